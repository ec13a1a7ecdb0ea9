"""`unwritten schema` evidence beyond names: the records' own rules, lists of one object, elimination, and the
missing-field guard proposing exactly the lines the command proposes (one code path)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest
import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.errors import UserError
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch, write_drifted_folder  # noqa: E402


def _config(root: Path, interactions: dict | None):
    cfg = {"root": str(root), "inputs": {"interactions": ["in"], "manuscripts": []}, "output": {"dir": "out"}}
    if interactions:
        cfg["interactions"] = interactions
    (root / "c.yaml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return load_config(root / "c.yaml")


def test_the_capacity_formula_tells_base_from_effective_when_names_and_order_cannot(tmp_path, valid):
    # both written as "cap_<letter>", the effective one first: names tie and the field order points the wrong way
    out = []
    for s in valid["emotional_authenticity"]:
        s = copy.deepcopy(s)
        eff, base = s.pop("effective_capacity"), s.pop("base_capacity")
        out.append({"cap_b": eff, "cap_a": base, **s})
    write_batch(tmp_path / "in" / "ea.json", "emotional_authenticity", out)
    rep = schema_report([tmp_path / "in"])
    lines = field_map(rep.matches)["emotional_authenticity"]
    assert lines == {"cap_b": "effective_capacity", "cap_a": "base_capacity"}
    ev = {m.source: m.evidence for tm in rep.matches for m in tm.matches}
    assert "the records' rules decide" in ev["cap_b"]


def test_a_list_of_one_object_is_proposed_as_the_object_and_the_records_are_kept(tmp_path, valid):
    out = []
    for s in valid["memory_resonance"]:
        s = copy.deepcopy(s)
        mem = s.pop("memory")
        s["recalled"] = [{"what": mem["description"], "felt": mem["emotion"], "weeks_back": mem["weeks_ago"]}]
        out.append({"result": [s]})
    write_batch(tmp_path / "in" / "mr.json", "memory_resonance", out)
    lines = field_map(schema_report([tmp_path / "in"]).matches)["memory_resonance"]
    assert lines["result[].recalled[]"] == "memory"
    assert lines["result[].recalled[].what"] == "memory.description"
    assert lines["result[].recalled[].felt"] == "memory.emotion"
    a = analysis.analyze(_config(tmp_path, {"field_map": {"memory_resonance": lines}}))
    assert len(a.kept) == len(out) and not a.ctx.rejects.rows


def test_the_stop_message_proposes_the_lines_unwritten_schema_proposes(tmp_path, valid):
    write_drifted_folder(tmp_path / "in", 206, samples=valid)
    proposed = field_map(schema_report([tmp_path / "in"]).matches)
    with pytest.raises(UserError) as e:
        analysis.analyze(_config(tmp_path, None))
    msg = str(e.value)
    head, _, block = msg.partition("\ninteractions:\n")
    assert "\n" not in head and "field_map" in head  # one line of problems, then the YAML to paste
    stop_map = yaml.safe_load("interactions:\n" + block)["interactions"]["field_map"]
    assert stop_map and all(stop_map[t] == proposed[t] for t in stop_map)
    # pasting them keeps every record the guard judged
    a = analysis.analyze(_config(tmp_path, {"field_map": proposed}))
    assert a.kept


def test_a_required_field_nothing_names_is_proposed_by_its_shape_and_marked(tmp_path, valid):
    out = []
    for s in valid["relationship_scoring"]:
        s = copy.deepcopy(s)
        s["zz"] = s.pop("rationale")
        out.append(s)
    write_batch(tmp_path / "in" / "rs.json", "relationship_scoring", out)
    rep = schema_report([tmp_path / "in"])
    m = next(m for tm in rep.matches for m in tm.matches if m.source == "zz")
    assert m.target == "rationale" and "by value shape" in m.evidence  # the table says how it was chosen


def test_a_child_moved_out_of_an_alias_named_object_brings_the_object_along(tmp_path, valid):
    out = []
    for s in valid["personality_traits"]:
        s = copy.deepcopy(s)
        o = s.pop("ocean")
        s["Ocean"] = {
            "Openness": o["openness"],
            "conscientiousness": o["conscientiousness"],
            "Extra": o["extraversion"],
            "agreeableness": o["agreeableness"],
            "Neuro": o["neuroticism"],
        }
        out.append(s)
    write_batch(tmp_path / "in" / "pt.json", "personality_traits", out)
    lines = field_map(schema_report([tmp_path / "in"]).matches)["personality_traits"]
    assert lines["Ocean.Extra"] == "ocean.extraversion" and lines["Ocean"] == "ocean"
    a = analysis.analyze(_config(tmp_path, {"field_map": {"personality_traits": lines}}))
    assert len(a.kept) == len(out) and not a.ctx.rejects.rows


def test_a_wrapper_every_type_uses_is_no_evidence_of_a_type(tmp_path, valid):
    # labelled irony records and unlabelled multi-step records (named by their file), all under `data`
    write_batch(tmp_path / "in" / "di.json", "dramatic_irony", [{"data": s} for s in valid["dramatic_irony"]])
    (tmp_path / "in" / "run_multi_step.json").write_text(
        json.dumps([{"data": s} for s in valid["multi_step"]]), encoding="utf-8"
    )
    fm = field_map(schema_report([tmp_path / "in"]).matches)
    a = analysis.analyze(_config(tmp_path, {"field_map": fm}))
    by_type: dict[str, int] = {}
    for r in a.kept:
        by_type[r.data_type] = by_type.get(r.data_type, 0) + 1
    assert by_type == {"dramatic_irony": len(valid["dramatic_irony"]), "multi_step": len(valid["multi_step"])}
