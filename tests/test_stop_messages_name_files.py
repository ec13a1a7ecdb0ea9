"""The interaction ingest's stops and file-level rejects name the file (and the place where there is one) as the
records and rejects show it, relative to the project, and never print or write an absolute local path: the
missing-field guard names the files holding the records that lack each field, the untyped-file stop names its file,
and a file that cannot be read is a reject naming it, not a crash of the report's checksums."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

from test_interactions import EA, MS, batch, variant, write

CONFIG = {"inputs": {"interactions": ["inputs"]}, "output": {"dir": "out"}}


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "curation.cli", *args], capture_output=True, text=True, cwd=tmp_path / "elsewhere"
    )


def _project(tmp_path: Path) -> Path:
    """A project whose config sits in tmp_path/project (the root paths are shown from); the commands run from
    another folder, so nothing relative to the working folder hides an absolute path."""
    project = tmp_path / "project"
    write(project / "unwritten.yaml", json.dumps(CONFIG))
    (tmp_path / "elsewhere").mkdir()
    return project


def _error_line(stderr: str) -> str:
    """The stop's one line: warnings may come first (tiktoken's, offline without its cached file)."""
    return next((x for x in stderr.split("\n") if x.startswith("error: ")), "")


def _build(tmp_path: Path, project: Path) -> subprocess.CompletedProcess:
    return _cli(tmp_path, "build", "--quiet", "--config", str(project / "unwritten.yaml"))


def _renamed_ea(i: int) -> dict:
    """An emotional_authenticity sample whose answer is under a name of the writer's own."""
    s = variant(EA, i)
    s["reply_in_voice"] = s.pop("character_response")
    return s


def test_missing_field_stop_names_the_files_that_hold_the_records(tmp_path):
    project = _project(tmp_path)
    for k, folder in enumerate(["batches/may", "batches/may", "batches/june"]):
        samples = [_renamed_ea(10 * k + i) for i in range(4)]
        write(
            project / "inputs" / folder / f"emotional_authenticity_part{k}.json",
            batch("emotional_authenticity", samples),
        )
    proc = _build(tmp_path, project)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr
    head = _error_line(proc.stderr)
    assert "emotional_authenticity: required field 'character_response' (answer) is missing in 12 of 12 records" in head
    # two files by name (in the order read), the third counted, each relative to the project
    assert (
        "(100%) in inputs/batches/june/emotional_authenticity_part2.json, "
        "inputs/batches/may/emotional_authenticity_part0.json and 1 more file;" in head
    ), head
    assert "'reply_in_voice'" in head and "reply_in_voice: character_response" in proc.stderr
    assert str(tmp_path) not in proc.stderr + proc.stdout
    assert not (project / "out").exists()


def test_missing_field_stop_names_other_files_where_another_field_is_missing(tmp_path):
    """Fields missing in different files: each names its own; a field missing in the files named already says so."""
    project = _project(tmp_path)
    old = [_renamed_ea(i) for i in range(5)]
    new = [_renamed_ea(10 + i) for i in range(5)]
    for s in new:
        s["how_true"] = s.pop("authenticity_score")
    write(project / "inputs" / "ea_old.json", batch("emotional_authenticity", old))
    write(project / "inputs" / "ea_new.json", batch("emotional_authenticity", new))
    proc = _build(tmp_path, project)
    parts = [x.strip() for x in _error_line(proc.stderr).split("; ")]
    score = next(x for x in parts if "required field 'authenticity_score'" in x)
    answer = next(x for x in parts if "required field 'character_response'" in x)
    assert score.endswith("is missing in 5 of 10 records (50%) in inputs/ea_new.json"), score
    assert answer.endswith("is missing in 10 of 10 records (100%) in inputs/ea_new.json, inputs/ea_old.json"), answer
    assert str(tmp_path) not in proc.stderr


def test_headerless_multi_step_array_of_other_names_stops_naming_its_file(tmp_path):
    """The multi-step pipeline's bare array (no header, the type in the file name only), written with other names:
    the guard names the file."""
    project = _project(tmp_path)
    cards = []
    for i in range(4):
        s = copy.deepcopy(MS)
        s["card"] = s.pop("npc_card_narrative")
        s["npc_profile"]["name"] += f" {i}"
        cards.append(s)
    write(project / "inputs" / "pipeline" / "multi_step_batch_0007.json", cards)
    proc = _build(tmp_path, project)
    head = _error_line(proc.stderr)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "multi_step: required field 'npc_card_narrative' (answer) is missing in 4 of 4 records (100%) in " in head
    assert "inputs/pipeline/multi_step_batch_0007.json" in head
    assert str(tmp_path) not in proc.stderr


def test_file_of_no_data_type_stops_naming_the_file_relative_to_the_project(tmp_path):
    project = _project(tmp_path)
    write(project / "inputs" / "sheets" / "export_0003.json", [{"foo": f"x{i}", "bar": i} for i in range(6)])
    proc = _build(tmp_path, project)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr
    stop = _error_line(proc.stderr)
    assert stop.startswith("error: inputs/sheets/export_0003.json: 6 of 6 records are of no data type"), proc.stderr
    assert str(tmp_path) not in proc.stderr


def test_unreadable_file_is_a_reject_naming_it_and_no_output_holds_a_local_path(tmp_path):
    """A batch file that cannot be read (here a link whose target is gone: reading fails as a file without read
    permission does) is rejected `unreadable_file` with the reason alone (an OSError's text repeats the absolute
    path), listed in the card's sources as unreadable, and the build goes on with the other files."""
    project = _project(tmp_path)
    write(project / "inputs" / "ea.json", batch("emotional_authenticity", [variant(EA, i) for i in range(3)]))
    (project / "inputs" / "emotional_authenticity_lost.json").symlink_to(project / "inputs" / "gone" / "lost.json")
    proc = _build(tmp_path, project)
    assert proc.returncode == 0, proc.stderr
    rejects = [json.loads(x) for x in (project / "out" / "rejects.jsonl").read_text().splitlines()]
    lost = [r for r in rejects if r["reason"] == "unreadable_file"]
    assert len(lost) == 1 and lost[0]["source_file"] == "inputs/gone/lost.json", rejects
    assert lost[0]["detail"] == {"error": "No such file or directory"} and lost[0]["index"] is None
    report = json.loads((project / "out" / "build_report.json").read_text())
    assert {
        "path": "inputs/gone/lost.json",
        "sha256": None,
        "bytes": None,
        "unreadable": "No such file or directory",
    } in (report["sources"])
    card = (project / "out" / "README.md").read_text()
    assert "| `inputs/gone/lost.json` |  | unreadable: No such file or directory |" in card
    for f in (project / "out").rglob("*"):
        if f.is_file() and f.suffix in (".json", ".jsonl", ".md", ".yaml", ".yml"):
            assert str(tmp_path) not in f.read_text(encoding="utf-8"), f
    assert str(tmp_path) not in proc.stderr
