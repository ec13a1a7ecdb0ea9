"""scripts/make_sample_batches.py: sample data files + defect planting -> samples/interactions/, byte for byte.

The records and the planted defects are data (scripts/sample_batches/); the script plants them and checks the
result with the tool itself. These tests regenerate the folder and compare every file with the committed one,
and show that the self-check fails when the data and the expectations disagree.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "samples" / "interactions"


def _generator():
    spec = importlib.util.spec_from_file_location("make_sample_batches", REPO / "scripts" / "make_sample_batches.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_regenerated_samples_are_byte_identical(tmp_path):
    manifest = _generator().write(tmp_path)  # runs the self-check first
    shipped = sorted(p.relative_to(FOLDER) for p in FOLDER.rglob("*") if p.is_file())
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert shipped == fresh
    for rel in shipped:
        assert (FOLDER / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel
    assert manifest["totals"]["defects"] == 27 and manifest["totals"]["records_recoverable"] == 108


def _edited_data(tmp_path, edit) -> Path:
    data = tmp_path / "sample_batches"
    shutil.copytree(REPO / "scripts" / "sample_batches", data)
    edit(data)
    return data


def _edit_yaml(path: Path, change) -> None:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _defect(plan: dict, did: str) -> dict:
    return next(d for f in plan["files"] for d in f.get("defects", []) if d["id"] == did)


@pytest.mark.parametrize(
    "edit, message",
    [
        # an expectation the tool does not share: the planted weight breaks memory.resonance_weight, not another rule
        (
            lambda data: _edit_yaml(
                data / "batches.yaml",
                lambda p: _defect(p, "D02")["expected_handling"].update(rule="memory.resonance_type"),
            ),
            "expected flag ['memory.resonance_type']",
        ),
        # a planted value the tool accepts: not a defect at all
        (
            lambda data: _edit_yaml(
                data / "batches.yaml", lambda p: _defect(p, "D07").update(set={"authenticity_score": 0.95})
            ),
            "expected reject score_out_of_range",
        ),
        # a record of the data files that is not valid before anything is planted
        (
            lambda data: _edit_yaml(
                data / "memory_resonance.yaml", lambda r: r["batch1"][0].update(resonance_weight=0.3)
            ),
            "memory_resonance.yaml batch1[0]: not valid: ['memory.resonance_weight']",
        ),
        # a second copy of a record that no defect declares
        (
            lambda data: _edit_yaml(
                data / "batches.yaml", lambda p: p["files"][-1]["documents"][0].update(samples=["interactions[0]"])
            ),
            "without a defect declaring it",
        ),
    ],
)
def test_self_check_refuses_data_and_expectations_that_disagree(tmp_path, monkeypatch, capsys, edit, message):
    gen = _generator()
    monkeypatch.setattr(gen, "DATA", _edited_data(tmp_path, edit))
    with pytest.raises(SystemExit) as e:
        gen.write(tmp_path / "out")
    assert message in str(e.value)
    assert not (tmp_path / "out").exists()  # nothing written
