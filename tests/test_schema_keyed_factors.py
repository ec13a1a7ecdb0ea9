"""Factors written as an object keyed by what they are, each value an object (`{"a night shift": {"wert": -2.5,
"seit_tagen": 3}}`): the key is the factor, one member of the value its impact. The ingest reads a table of
name -> number by itself (`parse: name_value_pairs`), not a table of name -> object, so `unwritten schema` proposes
the `{}` lines (`belastungen{}: capacity_factors[].factor`, `belastungen{}.wert: capacity_factors[].impact`) and no
plain rename the ingest cannot read.

The dialect here (German keys, a signed impact beside a day count and a time stamp in each value, the same table
inside multi-step's emotional state) was written for this test before the reading was tuned; fresh12's tally house
(`sinks: {"a record salt harvest": {"by": 1.5, "days": 26}}`, tests/field_drift_fresh12.py) is the other generator
that writes it."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_guess import GUESS
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report


def _table(factors: list[dict[str, Any]], rng: random.Random, objects: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in factors:
        name = str(f["factor"]).replace("_", " ")
        if objects:
            out[name] = {
                "wert": f["impact"],
                "seit_tagen": rng.randint(1, 30),
                "notiert": f"2026-10-{rng.randint(1, 28):02d}",
            }
        else:
            out[name] = f["impact"]
    return out


def _write(root: Path, valid: dict[str, list[dict]], objects: bool) -> Path:
    rng = random.Random(11)
    folder = root / "batches"
    folder.mkdir(parents=True)
    ea = []
    for s in valid["emotional_authenticity"]:
        r = copy.deepcopy(s)
        r["belastungen"] = _table(r.pop("capacity_factors"), rng, objects)
        ea.append(r)
    ms = []
    for s in valid["multi_step"]:
        r = copy.deepcopy(s)
        state = r["npc_emotional_state"]
        state["lasten"] = _table(state.pop("capacity_factors"), rng, objects)
        ms.append(r)
    for t, recs in (("emotional_authenticity", ea), ("multi_step", ms)):
        if not recs:
            continue
        body = {"data_type": t, "master_truths_version": "v1.2", "samples": recs}
        (folder / f"{t}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
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


def test_factors_keyed_by_name_with_objects_as_values_are_read_by_key(tmp_path, valid):
    lines = field_map(schema_report([_write(tmp_path, valid, objects=True)]).matches)
    ea, ms = lines["emotional_authenticity"], lines["multi_step"]
    assert ea.get("belastungen{}") == "capacity_factors[].factor"
    assert ea.get("belastungen{}.wert") == "capacity_factors[].impact"
    assert "belastungen" not in ea  # (a plain rename: the ingest reads a name -> number table only)
    assert not [k for k in ea if "seit_tagen" in k or "notiert" in k]
    state = "npc_emotional_state.capacity_factors[]"
    assert ms.get("npc_emotional_state.lasten{}") == f"{state}.factor"
    assert ms.get("npc_emotional_state.lasten{}.wert") == f"{state}.impact"
    n = len(valid["emotional_authenticity"]) + len(valid["multi_step"])
    assert _kept(tmp_path, lines) == n


def test_a_name_to_number_table_is_still_read_as_it_is(tmp_path, valid):
    lines = field_map(schema_report([_write(tmp_path, valid, objects=False)]).matches)
    assert lines["emotional_authenticity"].get("belastungen") == "capacity_factors"
    assert not [k for k in lines["emotional_authenticity"] if "{}" in k]
    n = len(valid["emotional_authenticity"]) + len(valid["multi_step"])
    assert _kept(tmp_path, lines) == n


def test_a_table_too_small_to_tell_its_keys_are_data_is_the_last_resorts_guess(tmp_path, valid):
    # four records of two factors each, from four causes in all: each cause in half the records, too few records for
    # the profile to call the object a table, so no form reads it and the build would stop on capacity_factors; the
    # last resort reads the keys as data (they vary from record to record) and marks the lines as its guess
    small = copy.deepcopy(valid["emotional_authenticity"][1:5])
    causes = ["a flooded cellar", "an unpaid loan", "a good harvest", "a sick mother"]
    for i, s in enumerate(small):
        for j, factor in enumerate(s["capacity_factors"]):
            factor["factor"] = causes[(i + j) % 4]
    folder = _write(tmp_path, {"emotional_authenticity": small, "multi_step": []}, objects=True)
    report = schema_report([folder])
    tm = next(tm for tm in report.matches if tm.data_type == "emotional_authenticity")
    lines = field_map(report.matches)["emotional_authenticity"]
    assert lines.get("belastungen{}") == "capacity_factors[].factor"
    assert lines.get("belastungen{}.wert") == "capacity_factors[].impact"
    assert all(GUESS in m.evidence for m in tm.matches if m.source.startswith("belastungen{}"))
    assert _kept(tmp_path, {"emotional_authenticity": lines}) == 4


def test_factors_keyed_by_name_each_value_one_member_are_read_by_key_not_as_boxes(tmp_path, valid):
    # each value holds the impact alone under one key (`{"een natte kelder": {"gewicht": -2.5}}`): every value is
    # shaped like a box around a plain value, but the object's keys are data (many, each in few records), so they are
    # no fields a box could stand for; read as boxes the object looked like a name -> number table and was proposed
    # as a plain rename the ingest cannot read, and the build stopped on capacity_factors. A Dutch dialect written
    # for this test; fresh16's Valletta studio (`saħħa.piżijiet{}.effett`) is the generator that showed it, fresh12's
    # tally house (`sinks{}.by` beside `days`) the earlier one with the same form holding more than one member
    rng = random.Random(5)
    folder = tmp_path / "batches"
    folder.mkdir(parents=True)
    ea = []
    for s in valid["emotional_authenticity"]:
        r = copy.deepcopy(s)
        r["lasten"] = {str(f["factor"]).replace("_", " "): {"gewicht": f["impact"]} for f in r.pop("capacity_factors")}
        r["ronde"] = {"nummer": rng.randint(1, 99)}
        ea.append(r)
    ms = []
    for s in valid["multi_step"]:
        r = copy.deepcopy(s)
        state = r["npc_emotional_state"]
        state["druk"] = {
            str(f["factor"]).replace("_", " "): {"gewicht": f["impact"]} for f in state.pop("capacity_factors")
        }
        ms.append(r)
    for t, recs in (("emotional_authenticity", ea), ("multi_step", ms)):
        body = {"data_type": t, "master_truths_version": "v1.2", "samples": recs}
        (folder / f"{t}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    lines = field_map(schema_report([folder]).matches)
    ea_lines, ms_lines = lines["emotional_authenticity"], lines["multi_step"]
    assert ea_lines.get("lasten{}") == "capacity_factors[].factor"
    assert ea_lines.get("lasten{}.gewicht") == "capacity_factors[].impact"
    assert "lasten" not in ea_lines
    state = "npc_emotional_state.capacity_factors[]"
    assert ms_lines.get("npc_emotional_state.druk{}") == f"{state}.factor"
    assert ms_lines.get("npc_emotional_state.druk{}.gewicht") == f"{state}.impact"
    n = len(valid["emotional_authenticity"]) + len(valid["multi_step"])
    assert _kept(tmp_path, lines) == n
