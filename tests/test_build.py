"""End to end: `unwritten build` on the embedded samples, loaded back with the real `load_dataset`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from datasets import load_dataset

from curation.build import build
from curation.cli import main
from curation.config import load_config


@pytest.fixture(scope="module")
def built(tmp_path_factory, repo):
    out = tmp_path_factory.mktemp("build") / "unwritten"
    result = build(load_config(repo / "configs" / "unwritten.yaml"), out)
    return result


def test_build_loads_every_config(built):
    ds = load_dataset(str(built.out_dir))
    assert set(ds) == {"train", "validation", "test"}
    assert ds["train"].num_rows > 0
    turns = ds["train"][0]["conversations"]
    assert turns[-1]["from"] == "gpt" and all(t["value"] for t in turns)
    inter = load_dataset(str(built.out_dir), "interactions")
    assert inter["train"].features["quality"].dtype == "float64"
    assert inter["train"].features["violations"].feature.dtype == "string"
    scenes = load_dataset(str(built.out_dir), "scenes")
    words = [w for split in scenes.values() for w in split["word_count"]]
    assert words and all(isinstance(w, int) and 800 <= w <= 2500 for w in words)


def test_ledger_adds_up_and_rejects_are_complete(built):
    report = json.loads(built.report_path.read_text())
    t = report["totals"]
    assert t["source_records"] + t["created"] == t["output_records"] + t["rejected"]
    for s in report["ledger"]:
        assert s["in"] + s["created"] == s["out"] + s["rejected"], s["stage"]
    rejects = built.rejects_path.read_text().splitlines()
    assert len(rejects) == t["rejected"]
    for line in rejects:
        row = json.loads(line)
        assert row["stage"] and row["reason"] and row["source_file"]
    assert all(src["sha256"] and len(src["sha256"]) == 64 for src in report["sources"])
    outputs = report["outputs"]["conversations"]
    assert sum(outputs.values()) == t["output_records"]


def test_report_and_rejects_swap_in_with_the_folder_but_are_never_published(built):
    from curation.outputs import MARKER, read_marker
    from curation.publish.hub import local_files

    assert built.report_path.parent == built.out_dir == built.rejects_path.parent
    marker = read_marker(built.out_dir)
    assert marker["status"] == "complete"
    assert json.loads(built.report_path.read_text())["build_id"] == marker["build_id"]
    pushed = {f.path for f in local_files(built.out_dir)}
    assert pushed == set(marker["publish"]) and "README.md" in pushed
    assert not pushed & {built.report_path.name, built.rejects_path.name, MARKER}


def test_two_builds_are_byte_identical(built, tmp_path, repo):
    second = build(load_config(repo / "configs" / "unwritten.yaml"), tmp_path / "unwritten")
    a, b = built.out_dir, second.out_dir
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert Path("README.md") in files
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files:
        if rel.name in (".unwritten-build.json", "build_report.json"):  # these name the build (its id)
            continue
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    ra, rb = (json.loads((x / "build_report.json").read_text()) for x in (a, b))
    assert ra.pop("build_id") != rb.pop("build_id") and ra == rb


def test_interrupted_build_keeps_previous_folder(built, tmp_path, repo, monkeypatch):
    out = tmp_path / "unwritten"
    shutil.copytree(built.out_dir, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    import curation.build as build_module

    def killed(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "render_card", killed)  # the card step, as the build calls it
    with pytest.raises(KeyboardInterrupt):
        build(load_config(repo / "configs" / "unwritten.yaml"), out)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unwritten"]


def _config(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "c.yaml"
    p.write_text(f"root: {tmp_path}\n{body}")
    return p


@pytest.mark.parametrize(
    "body,expected",
    [
        ("inputs:\n  interactions: [does/not/exist]\n", "input not found"),
        ("inputs:\n  interactions: [empty]\n", "input folder is empty"),
        ("inputs:\n  interactions: [empty]\n  manuscritps: []\n", "unknown key 'inputs.manuscritps'"),
    ],
)
def test_bad_input_is_one_line_no_traceback(tmp_path, body, expected):
    (tmp_path / "empty").mkdir()
    cfg = _config(tmp_path, body)
    proc = subprocess.run(
        [sys.executable, "-m", "curation.cli", "build", "--config", str(cfg), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert expected in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_cli_build_prints_summary(tmp_path, repo, capsys):
    code = main(
        ["build", "--config", str(repo / "configs" / "unwritten.yaml"), "--out", str(tmp_path / "ds"), "--quiet"]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "stage funnel" in out and str(tmp_path / "ds") in out.replace("\n", "")
