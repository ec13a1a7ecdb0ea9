"""The dataset folder writer: typed Parquet per config/split that real `load_dataset` reads."""

from __future__ import annotations

import json

import pytest
import yaml
from datasets import load_dataset

from curation.config import Config
from curation.export.card import render_card
from curation.export.dataset_folder import write_dataset_folder


def _write(folder, records):
    meta = write_dataset_folder(folder, records)
    card = render_card(meta, {"ledger": []}, Config(), None, folder)
    (folder / "README.md").write_text(card, encoding="utf-8")
    return meta


def test_folder_loads_with_typed_features(tmp_path, split_records):
    meta = _write(tmp_path, split_records)
    assert meta["counts"]["conversations"] == {"train": 6, "validation": 2, "test": 2}
    ds = load_dataset(str(tmp_path))
    assert set(ds) == {"train", "validation", "test"}
    row = ds["train"][0]
    assert row["conversations"][0] == {"from": "system", "value": "sys"}
    assert isinstance(row["metadata"]["token_count"], int)
    inter = load_dataset(str(tmp_path), "interactions")
    assert inter["train"].features["quality"].dtype == "float64"
    assert inter["train"].features["repairs"].feature.dtype == "string"
    first = sorted(inter["train"], key=lambda r: r["id"])[0]
    assert first["repairs"] == ["coerced_number:base_capacity"]
    assert json.loads(first["sample_json"])["base_capacity"] == 5.0
    scenes = load_dataset(str(tmp_path), "scenes")
    assert scenes["train"][0]["characters"] == ["Kael", "Ilse"]
    assert isinstance(scenes["train"][0]["chapter"], int)


def test_card_yaml_declares_default_config(tmp_path, split_records):
    _write(tmp_path, split_records)
    text = (tmp_path / "README.md").read_text()
    header = yaml.safe_load(text.split("---\n")[1])
    defaults = [c["config_name"] for c in header["configs"] if c.get("default")]
    assert defaults == ["conversations"]
    assert {i["config_name"] for i in header["dataset_info"]} == {"conversations", "messages", "interactions", "scenes"}


def test_same_records_give_identical_bytes(tmp_path, split_records):
    a, b = tmp_path / "a", tmp_path / "b"
    _write(a, split_records)
    _write(b, split_records)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files
    for rel in files:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_axolotl_jsonl_rows(tmp_path, split_records):
    _write(tmp_path, split_records)
    lines = (tmp_path / "axolotl" / "train.jsonl").read_text().splitlines()
    assert len(lines) == 6
    row = json.loads(lines[0])
    assert [t["from"] for t in row["conversations"]] == ["system", "human", "gpt"]
    assert all(isinstance(t["value"], str) and t["value"] for t in row["conversations"])


def test_record_without_split_is_refused(tmp_path, split_records):
    rec = split_records[0]
    rec.metadata.pop("split")
    with pytest.raises(ValueError):
        write_dataset_folder(tmp_path, [rec])


def test_empty_split_is_left_out_and_folder_still_loads(tmp_path, split_records):
    recs = [r for r in split_records if not (r.kind == "scene" and r.metadata["split"] == "test")]
    meta = write_dataset_folder(tmp_path, recs)
    (tmp_path / "README.md").write_text(render_card(meta, {"ledger": []}, Config(), None, tmp_path))
    assert meta["counts"]["scenes"]["test"] == 0
    assert not (tmp_path / "data" / "scenes" / "test.parquet").exists()
    scenes = load_dataset(str(tmp_path), "scenes")
    assert set(scenes) == {"train", "validation"}


def test_split_scene_parts_are_exported(tmp_path, split_records):
    recs = split_records
    recs[-1].metadata.update(split_part=2, split_parts=3)
    meta = write_dataset_folder(tmp_path, recs)
    (tmp_path / "README.md").write_text(render_card(meta, {"ledger": []}, Config(), None, tmp_path))
    scenes = load_dataset(str(tmp_path), "scenes")
    rows = [r for split in scenes.values() for r in split if r["id"] == recs[-1].id]
    assert rows[0]["split_part"] == 2 and rows[0]["split_parts"] == 3
    conv = load_dataset(str(tmp_path))
    meta_rows = [r["metadata"] for split in conv.values() for r in split if r["metadata"]["id"] == recs[-1].id]
    assert meta_rows[0]["split_parts"] == 3
