"""`unwritten schema` evidence from structure and values when names say nothing (another language): a type
label in two spellings, record ids, another field's labels, an object renamed around our own child names,
fields flattened out of one object with an explicit separator (perhaps under several wrappers), numbers mostly
outside a scale, and a required rule field in a small prompt version full of planted defects."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402


def _report(folder: Path, data_type: str):
    rep = schema_report([folder])
    return next(t for t in rep.matches if t.data_type == data_type), field_map(rep.matches).get(data_type, {})


def test_a_type_label_in_two_spellings_and_a_record_id_are_no_fields(tmp_path, valid):
    out = []
    for i, s in enumerate(valid["tension_building"] * 2):
        s = copy.deepcopy(s)
        name = s.pop("character_name")
        label = "tensionBuilding" if i % 2 else "tension_building"
        out.append({"uid": f"tb-{48213 + 7919 * i}", "category": label, "nombre": name, **s})
    write_batch(tmp_path / "in" / "tb.json", "tension_building", out)
    tm, lines = _report(tmp_path / "in", "tension_building")
    targets = {m.source: m.target for m in tm.matches}
    assert targets["category"] is None and targets["uid"] is None
    assert lines["nombre"] == "character_name"


def test_a_field_holding_another_fields_labels_is_not_a_free_label(tmp_path, valid):
    # `emotional_honesty` holds authenticity targets ("excellent", "failed"): it is no current_emotion, whatever
    # its name says
    out = []
    for s in valid["multi_step"]:
        s = copy.deepcopy(s)
        ctx, state = s["interaction_context"], s["npc_emotional_state"]
        s["emotional_honesty"] = ctx.pop("authenticity_target")
        state["gefuehl"] = state.pop("current_emotion")
        out.append(s)
    write_batch(tmp_path / "in" / "ms.json", "multi_step", out)
    tm, lines = _report(tmp_path / "in", "multi_step")
    assert lines["emotional_honesty"].endswith(".authenticity_target")  # (the context's or the metadata's copy)


def test_an_object_renamed_around_our_own_child_names_moves_whole(tmp_path, valid):
    out = []
    for s in valid["multi_step"]:
        s = copy.deepcopy(s)
        meta = s.pop("training_metadata")
        meta.pop("authenticity_target", None)
        out.append({**s, "the_dataset_bookkeeping_details": meta})
    write_batch(tmp_path / "in" / "ms.json", "multi_step", out)
    tm, lines = _report(tmp_path / "in", "multi_step")
    assert lines == {"the_dataset_bookkeeping_details": "training_metadata"}


def test_fields_flattened_out_of_one_object_under_two_wrappers_stay_together(tmp_path, valid):
    # a generator that groups values by kind (texts, numbers) and flattens objects with "__", in another
    # language: the prefix groups the fields, their values decide which object and which field
    out = []
    for s in valid["multi_step"]:
        s = copy.deepcopy(s)
        ctx, outcome = s.pop("interaction_context"), s.pop("game_outcomes")
        texts = {
            "Kontext__Lage": ctx["situation"],
            "Kontext__Anfrage": ctx["player_request"],
            "Kontext__Art": ctx["complexity_type"],
            "Kontext__Ziel": ctx["authenticity_target"],
            "Kontext__Stufe": ctx["capacity_level"],
        }
        numbers = {"Kontext__Bedarf": ctx["support_needed"], "Folgen__Danach": outcome["capacity_after"]}
        if "support_provided" in ctx:
            numbers["Kontext__Gegeben"] = ctx["support_provided"]
        numbers["Folgen__Vertrauen"] = outcome["trust_change"]
        out.append({**s, "texte": texts, "zahlen": numbers})
    write_batch(tmp_path / "in" / "ms.json", "multi_step", out)
    tm, lines = _report(tmp_path / "in", "multi_step")
    assert not tm.missing
    assert lines["texte.Kontext__Ziel"] == "interaction_context.authenticity_target"
    assert lines["texte.Kontext__Stufe"] == "interaction_context.capacity_level"
    assert lines["zahlen.Kontext__Bedarf"] == "interaction_context.support_needed"
    assert lines["zahlen.Folgen__Danach"] == "game_outcomes.capacity_after"  # never negative: not a change
    assert lines["zahlen.Folgen__Vertrauen"] in ("game_outcomes.trust_change", "game_outcomes.relationship_change")
    assert not any(v.startswith("game_outcomes") for k, v in lines.items() if "Kontext__" in k)
    # trust or relationship: values cannot tell, so the line says so
    evidence = {m.source: m.evidence for m in tm.matches}
    assert "AMBIGUOUS" in evidence["zahlen.Folgen__Vertrauen"]
    assert "AMBIGUOUS" not in evidence["zahlen.Folgen__Danach"]


def test_a_number_mostly_outside_a_scale_is_not_that_field(tmp_path, valid):
    # the NPC's age (20-70) named like "after" is never the capacity after the interaction (0-10)
    out = []
    for s in valid["multi_step"]:
        s = copy.deepcopy(s)
        s["npc_profile"]["alter"] = s["npc_profile"].pop("age")
        s.pop("game_outcomes")
        out.append(s)
    write_batch(tmp_path / "in" / "ms.json", "multi_step", out)
    tm, lines = _report(tmp_path / "in", "multi_step")
    assert lines.get("npc_profile.alter") != "game_outcomes.capacity_after"


def test_a_required_rule_field_is_filled_in_a_small_prompt_version_full_of_defects(tmp_path, valid):
    # one prompt version (a third of the records, most of them planted defects) names every number in another
    # language; its authenticity score must still be found (a map that leaves it empty rejects every record)
    first, second = [], []
    for i, s in enumerate(valid["emotional_authenticity"]):
        s = copy.deepcopy(s)
        if i % 3:
            first.append(s)
            continue
        rec = {
            "lage": s["situation"],
            "kontext": s["context"],
            "basis_wert": s["base_capacity"],
            "faktoren": s["capacity_factors"],
            "effektiv_wert": s["effective_capacity"],
            "bedarf_wert": s["support_level_needed"],
            "antwort_text": s["character_response"],
            "ehrlichkeit_wert": s["authenticity_score"],
            "zeigt": s["demonstrates_constraint"],
        }
        if len(second) % 2 == 0:
            rec["basis_wert"] = rec["basis_wert"] + 3.0  # planted: the capacity no longer adds up
        second.append(rec)
    write_batch(tmp_path / "in" / "v1.json", "emotional_authenticity", first)
    write_batch(tmp_path / "in" / "v2.json", "emotional_authenticity", second)
    tm, lines = _report(tmp_path / "in", "emotional_authenticity")
    assert not tm.missing
    assert lines["ehrlichkeit_wert"] == "authenticity_score"
