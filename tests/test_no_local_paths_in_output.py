"""No command prints or writes a local path: stdout, stderr (log lines included) and every file a command writes
name paths relative to the working folder (`../` steps outside it), never the absolute path of the user's folders.

Each command runs as the user runs it (a subprocess of `python -m curation.cli`, so the log handler and the error
boundary are the real ones) from a project folder copied from the embedded samples, with its outputs given as
absolute paths (the strictest case: even what the user typed is shown relative). The QLoRA YAML files are the one
exception, by design: Axolotl resolves relative paths against the folder it runs in, so they hold absolute paths
(README, `unwritten qlora`); what `qlora` prints is checked like every other command's output.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# wide lines: rich folds a long path inside a table cell over two lines, which would hide it from the check
ENV = {**os.environ, "COLUMNS": "1000", "HF_HUB_OFFLINE": "1", "MPLBACKEND": "Agg"}
QLORA_OUT = "qlora_out"  # the folder of the QLoRA configs, which hold absolute paths by design
ENV["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)


@pytest.fixture(scope="module")
def machine(tmp_path_factory) -> Path:
    """A folder standing for the user's machine: `proj/` (the working folder: the samples and the repo's config)
    and room beside it for outputs outside the working folder."""
    base = tmp_path_factory.mktemp("machine").resolve()
    proj = base / "proj"
    proj.mkdir()
    shutil.copytree(REPO / "samples", proj / "samples")
    (proj / "configs").mkdir()
    shutil.copy(REPO / "configs" / "unwritten.yaml", proj / "configs" / "unwritten.yaml")
    return base


def _files(base: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in base.rglob("*") if p.is_file()}


def _local_paths(base: Path) -> list[str]:
    """The strings that must not appear: the machine folder's absolute path and the home folder's."""
    home = str(Path.home())
    return [str(base), *([home + "/"] if len(home) > 1 else [])]


def _run(base: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
    """Run `unwritten ARGS` from base/proj; assert its output and every file it wrote or changed hold no local
    path (the QLoRA configs excepted, see the module docstring)."""
    before = _files(base)
    proc = subprocess.run(
        [sys.executable, "-m", "curation.cli", *args], capture_output=True, text=True, cwd=base / "proj", env=ENV
    )
    assert (proc.returncode == 0) == ok, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    written = [p for p, digest in _files(base).items() if before.get(p) != digest]
    for local in _local_paths(base):
        assert local not in proc.stdout, (args, local, proc.stdout)
        assert local not in proc.stderr, (args, local, proc.stderr)
        for path in written:
            if path.parent.name == QLORA_OUT:
                continue
            text = path.read_bytes().decode("utf-8", errors="replace")
            assert local not in text, (args, local, path.relative_to(base))
    return proc


def _error(proc: subprocess.CompletedProcess) -> str:
    """The one error line (a warning may come before it)."""
    lines = [x for x in proc.stderr.splitlines() if x.startswith("error: ")]
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_build_names_its_outputs_relative_to_the_working_folder(machine):
    proc = _run(machine, "build", "--quiet", "--config", str(machine / "proj" / "configs" / "unwritten.yaml"))
    assert "dataset: builders/unwritten\n" in proc.stdout
    assert "report:  builders/unwritten/build_report.json\n" in proc.stdout
    assert "rejects: builders/unwritten/rejects.jsonl\n" in proc.stdout
    written = {p.name for p in (machine / "proj" / "builders" / "unwritten").iterdir()}
    assert {"README.md", "build_report.json", "rejects.jsonl"} <= written  # the card, report and rejects checked


def test_build_out_of_the_working_folder_and_qlora_on_it(machine):
    proc = _run(machine, "build", "--quiet", "--config", "configs/unwritten.yaml", "--out", str(machine / "out"))
    assert "dataset: ../out\nreport:  ../out/build_report.json\nrejects: ../out/rejects.jsonl" in proc.stdout
    proc = _run(
        machine, "qlora", "--config", "configs/unwritten.yaml", "--dir", str(machine / "out"), "--out", QLORA_OUT
    )
    assert f"{QLORA_OUT}/scenes.yaml" in proc.stdout and f"{QLORA_OUT}/combined.yaml" in proc.stdout


def test_prepare_gaea_roster_schema_analyze_and_config(machine):
    book = "samples/manuscripts/visions-of-gaea-sample.md"
    gaea = machine / "gaea"
    proc = _run(
        machine,
        "prepare-gaea",
        book,
        "--out",
        str(gaea / "scenes.jsonl"),
        "--stats",
        str(gaea / "stats.json"),
        "--rejects",
        str(gaea / "rejects.jsonl"),
        "--roster",
        "samples/manuscripts/roster.yaml",
    )
    assert "wrote ../gaea/scenes.jsonl" in proc.stderr and "listed in ../gaea/scenes.review.csv" in proc.stderr
    assert (gaea / "scenes.review.csv").is_file()
    proc = _run(machine, "roster", "suggest", book, "--out", str(machine / "roster.yaml"))
    assert proc.stdout.startswith("wrote ../roster.yaml: ")
    proc = _run(
        machine, "schema", "samples/interactions", "--json", str(machine / "schema.json"), "--write", "field_map.yaml"
    )
    assert "wrote ../schema.json" in proc.stdout and "wrote field_map.yaml" in proc.stdout
    _run(machine, "analyze", str(machine / "proj" / "samples" / "interactions"), "--json", str(machine / "a.json"))
    assert '"inputs": [\n    "samples/interactions"\n  ]' in (machine / "a.json").read_text()
    proc = _run(machine, "config", "--config", str(machine / "proj" / "configs" / "unwritten.yaml"))
    assert "root: ..\n" in proc.stdout


def test_errors_name_the_file_relative_in_one_line(machine):
    proc = _run(machine, "init", str(machine / "proj" / "newproj"))
    assert "wrote newproj/unwritten.yaml" in proc.stdout
    proc = _run(machine, "build", "--config", str(machine / "proj" / "newproj" / "unwritten.yaml"), ok=False)
    assert _error(proc) == "error: input folder is empty: newproj/inputs/interactions"
    proc = _run(machine, "config", "--config", str(machine / "elsewhere" / "unwritten.yaml"), ok=False)
    assert _error(proc) == "error: config file not found: ../elsewhere/unwritten.yaml"
    bad = machine / "bad.yaml"
    bad.write_text("root: .\ninputs: [\n", encoding="utf-8")
    proc = _run(machine, "build", "--config", str(bad), ok=False)
    assert _error(proc).startswith("error: ../bad.yaml: line 3, column 1: not valid YAML"), proc.stderr
    proc = _run(machine, "prepare-gaea", str(machine / "books" / "lost.md"), "--out", "lost.jsonl", ok=False)
    assert _error(proc) == "error: ../books/lost.md: manuscript not found"
