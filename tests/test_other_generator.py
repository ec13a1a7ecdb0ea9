"""samples/interactions_other_generator/: batches from "StoryForge", a generator with its own field names.

Seven of our data types under other names and nesting, plus its own type (rumor_mill), in messy formats with
planted defects (MANIFEST.json). The config beside them holds the field_map `unwritten schema` proposes and the
rumor_mill type; with it, the real build keeps every valid record and flags every planted defect.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from curation.analytics import batch_analysis as analysis
from curation.cli import main
from curation.config import load_config

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "samples" / "interactions_other_generator"
OUR_TYPES = {
    "emotional_authenticity",
    "dramatic_irony",
    "tension_building",
    "memory_resonance",
    "personality_traits",
    "relationship_scoring",
    "multi_step",
}


def _generator():
    spec = importlib.util.spec_from_file_location("make_other", REPO / "scripts" / "make_other_generator_samples.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_regenerated_samples_and_config_are_byte_identical(tmp_path):
    gen = _generator()
    gen.write(tmp_path)
    gen.write_config(tmp_path)  # the field_map part is today's `unwritten schema` proposal
    shipped = sorted(p.relative_to(FOLDER) for p in FOLDER.rglob("*") if p.is_file())
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert shipped == fresh
    for rel in shipped:
        assert (FOLDER / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel


def test_folder_is_messy_and_different(tmp_path):
    manifest = json.loads((FOLDER / "MANIFEST.json").read_text(encoding="utf-8"))
    assert set(manifest["totals"]["by_data_type"]) == OUR_TYPES | {"rumor_mill"}
    cfg = yaml.safe_load((FOLDER / "unwritten.yaml").read_text(encoding="utf-8"))
    renamed = {t for t, m in cfg["interactions"]["field_map"].items() if m}
    assert len(renamed) >= 4  # at least four of our types under other names
    nested = [src for m in cfg["interactions"]["field_map"].values() for src in m if "." in src or "[]" in src]
    assert nested  # and nesting that differs from ours
    raw = b"".join(p.read_bytes() for p in (FOLDER / "batches").iterdir())
    for mess in (
        b"<think>",
        b"```json",
        b"\xef\xbb\xbf",
        b"\r\n",
        b"'sample_type': 'relationship'",
        b"\xc3\xa2\xe2\x82\xac",
    ):
        assert mess in raw, mess


def test_schema_proposes_the_shipped_map_and_drafts_the_user_type(tmp_path, capsys):
    out = tmp_path / "proposal.yaml"
    assert main(["schema", str(FOLDER), "--write", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "rumor_mill is not a data type of the spec" in printed
    proposal = yaml.safe_load(out.read_text(encoding="utf-8"))["interactions"]
    shipped = yaml.safe_load((FOLDER / "unwritten.yaml").read_text(encoding="utf-8"))["interactions"]
    assert proposal["field_map"] == shipped["field_map"]
    draft, checked = proposal["types"]["rumor_mill"], shipped["types"]["rumor_mill"]
    assert set(draft["fields"]) == set(checked["fields"])
    for role in ("answer", "name", "quality", "prose"):
        assert draft["roles"][role] == checked["roles"][role], role


def _outcomes(a) -> dict:
    status = a.status()
    out = {}
    for r in a.recovered:
        row = status.get(r.id)
        out[(Path(r.source.file).name, r.metadata["document"], r.source.index)] = (
            ("rejected", row["reason"]) if row else ("kept", list(r.violations))
        )
    for row in a.ctx.rejects.rows:
        if row.get("id") is None and row.get("index") is not None:
            d = row.get("detail") or {}
            out[(Path(row["source_file"]).name, d.get("document", 0), row["index"])] = ("rejected", row["reason"])
    return out


def test_every_record_meets_its_manifest():
    a = analysis.analyze(load_config(FOLDER / "unwritten.yaml"))
    got = _outcomes(a)
    manifest = json.loads((FOLDER / "MANIFEST.json").read_text(encoding="utf-8"))
    wrong = []
    for f in manifest["files"]:
        for e in f["records"]:
            state, detail = got[(Path(f["path"]).name, e["document"], e["index"])]
            exp = e["expected"]
            if exp["outcome"] == "accept":
                ok = state == "kept" and detail == []
            elif exp["outcome"] == "flag":
                ok = (state == "kept" and exp["rule"] in detail) or detail == "rule_" + exp["rule"].replace(".", "_")
            else:
                ok = state == "rejected" and detail == exp["reason"]
            if not ok:
                wrong.append((f["path"], e, state, detail))
    assert not wrong, wrong
    rep = a.report
    assert rep["records_seen"] == rep["records_kept"] + sum(rep["rejects_by_reason"].values())


@pytest.fixture()
def copied(tmp_path):
    dst = tmp_path / "samples" / "interactions_other_generator"
    shutil.copytree(FOLDER, dst)
    return tmp_path, dst / "unwritten.yaml"


def test_real_build_writes_a_dataset_load_dataset_reads(copied, capsys):
    root, cfg = copied
    assert main(["build", "--config", str(cfg), "--quiet"]) == 0
    capsys.readouterr()
    from datasets import load_dataset

    ds = load_dataset(str(root / "build" / "storyforge" / "dataset"))
    rows = [(m, c) for s in ds for m, c in zip(ds[s]["metadata"], ds[s]["conversations"], strict=False)]
    types = {m["data_type"] for m, _ in rows}
    assert types == OUR_TYPES | {"rumor_mill"}
    rumor = [c for m, c in rows if m["data_type"] == "rumor_mill"]
    assert rumor and all(c[0]["from"] == "system" and "rumour" in c[0]["value"] for c in rumor)
    assert all("Rumour:" in c[1]["value"] for c in rumor)
    assert any("field_map:" in r for m, _ in rows for r in m["repairs"])


def test_without_the_field_map_the_build_stops_before_writing(copied):
    root, cfg = copied
    raw = yaml.safe_load(cfg.read_text(encoding="utf-8"))
    del raw["interactions"]["field_map"]
    cfg.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "curation.cli", "build", "--config", str(cfg), "--quiet"], capture_output=True, text=True
    )
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "field_map" in proc.stderr and "emotional_authenticity" in proc.stderr
    assert not (root / "build").exists()
