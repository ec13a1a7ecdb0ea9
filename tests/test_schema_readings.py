"""Numbers written as readings: a dashboard that flattens each record one level with pandas (`json_normalize(rec,
max_level=1)`, so every group's field is one key holding a dot) and writes every figure as a reading, `{gauge, val,
draft}` (the figure the finish step settled on beside the model's first one), keeps each group's readings in a list
of its own (`past.figures`, `marks.figures`), each group measuring its own figures. `unwritten schema` reads each
label as a field of theirs, its value the member written first (`past\\.figures[gauge=kx].val`), never the draft
beside it; a group of one reading is read by the label member its kin were read by. A type written in two prompt
versions, one of them flattened, is matched version by version on the records of each (the flattened version's keys
hold a dot).

The dashboard here (English group names, two-letter gauge codes, a draft beside each figure) was written for this
test; fresh28's Xichang studio (tests/field_drift_fresh28.py, its readings `{metric, value.final, value.first}`) is
the generator that showed it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_match import _dialects, field_map
from curation.ingest.interactions.schema_report import schema_report


def _reading(gauge: str, val: Any, i: int) -> dict[str, Any]:
    """A reading: the settled figure, then the model's first one (off the settled one in every third record)."""
    draft = round(val * 0.9, 2) if isinstance(val, float) and i % 3 == 0 else val
    return {"gauge": gauge, "val": val, "draft": draft}


def _flat_memory(s: dict[str, Any], i: int) -> dict[str, Any]:
    return {
        "who.name": s["character_name"],
        "scene.now": s["current_situation"],
        "past.text": s["memory"]["description"],
        "past.feeling": s["memory"]["emotion"],
        "past.figures": [_reading("kx", s["memory"]["weeks_ago"], i), _reading("mq", s["resonance_weight"], i)],
        "past.kind": s["resonance_type"],
        "reply.said": s["character_response"],
        "marks.figures": [_reading("tz", s["resonance_score"], i), _reading("rw", round(0.5 + i % 4 / 10, 2), i)],
    }


def _flat_tension(s: dict[str, Any], i: int) -> dict[str, Any]:
    w = s["payoff_window_weeks"]
    return {
        "who.name": s["character_name"],
        "who.figures": [_reading("lv", s["relationship_level"], i)],  # (a group of one reading)
        "scene.now": s["context"],
        "hook.kind": s["hook_type"],
        "hook.plant": s["setup"],
        "hook.later": s["payoff_hint"],
        "hook.window": f"{w['min']}-{w['max']} weeks",
        "reply.said": s["dialogue"],
        # (the score and the hook's strength, then a second judge's mark and a certainty on the same scale)
        "marks.figures": [
            _reading("tz", s["tension_score"], i),
            _reading("hf", s["hook_effectiveness"], i),
            _reading("rw", round(0.5 + i % 4 / 10, 2), i),
            _reading("cq", round(0.95 - i % 3 / 10, 2), i),
        ],
    }


def _write(root: Path, valid: dict[str, list[dict]], plain_tension: bool = False) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    memory = [_flat_memory(s, i) for i, s in enumerate(valid["memory_resonance"] * 2)]
    for i, r in enumerate(memory):  # (no two records alike)
        r["scene.now"] += f" (visit {i})"
    body = {"data_type": "memory_resonance", "samples": memory}
    (folder / "memory_resonance.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    tension = [_flat_tension(s, i) for i, s in enumerate(valid["tension_building"])]
    body = {"data_type": "tension_building", "samples": tension}
    (folder / "tension_building_flat.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    if plain_tension:  # another prompt version of the type, written with our own keys
        plain = copy.deepcopy(valid["tension_building"])
        body = {"data_type": "tension_building", "samples": plain}
        (folder / "tension_building_plain.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def _kept(root: Path, lines: dict[str, dict[str, str]]) -> int:
    cfg = {
        "root": str(root),
        "inputs": {"interactions": ["batches"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": lines},
    }
    path = root / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True), encoding="utf-8")
    a = analysis.analyze(load_config(path))
    status = a.status()
    return sum(1 for r in a.recovered if r.id not in status)


def test_groups_of_readings_are_read_by_their_labels_and_settled_figures(tmp_path, valid):
    folder = _write(tmp_path, valid)
    lines = field_map(schema_report([folder]).matches)
    mr = lines["memory_resonance"]
    assert mr.get("past\\.figures[gauge=kx].val") == "memory.weeks_ago"
    assert mr.get("past\\.figures[gauge=mq].val") == "resonance_weight"
    assert mr.get("marks\\.figures[gauge=tz].val") == "resonance_score"
    assert not [k for k in mr if "draft" in k or "[]" in k or "[0]" in k or "[1]" in k]
    tb = lines["tension_building"]
    assert tb.get("who\\.figures[gauge=lv].val") == "relationship_level"  # (its kin were read by `gauge`)
    assert tb.get("marks\\.figures[gauge=tz].val") == "tension_score"
    assert tb.get("marks\\.figures[gauge=hf].val") == "hook_effectiveness"
    assert not [k for k in tb if "draft" in k]
    assert _kept(tmp_path, lines) == 2 * len(valid["memory_resonance"]) + len(valid["tension_building"])


def test_a_flattened_prompt_version_is_matched_on_its_own_records(tmp_path, valid):
    folder = _write(tmp_path, valid, plain_tension=True)
    rep = schema_report([folder])
    versions = _dialects(rep.profile.types["tension_building"])
    assert len(versions) == 2
    # (each version's view holds its own records: the rules and the order written are read on them)
    assert sorted(len(v.samples) for v in versions) == [len(valid["tension_building"])] * 2
    lines = field_map(rep.matches)
    tb = lines["tension_building"]
    # (the score and the hook's strength are written before the second mark and the certainty beside them: only the
    # flattened version's own records show that order)
    assert tb.get("marks\\.figures[gauge=tz].val") == "tension_score"
    assert tb.get("marks\\.figures[gauge=hf].val") == "hook_effectiveness"
    assert _kept(tmp_path, lines) == 2 * len(valid["memory_resonance"]) + 2 * len(valid["tension_building"])
