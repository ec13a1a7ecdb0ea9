"""Field-map and label readings another generator needs: a list of one object read as that object, and
camelCase data-type labels. The held-out drift generator's own ground-truth map must recover every record
(that checks the generator and the ingest, not `unwritten schema`, which tests/test_field_drift_heldout.py scores)."""

from __future__ import annotations

import sys
from pathlib import Path

from curation.domain import load_spec
from curation.domain.spec import FieldMap
from curation.ingest.interactions.discovery import canonical_type

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402


def test_a_list_of_one_object_is_read_as_the_object():
    fm = FieldMap(
        (
            ("result[].reply", "character_response"),
            ("result[].mem[]", "memory"),
            ("result[].mem[].desc", "memory.description"),
            ("opts[].says", "response_options[].dialogue"),
        )
    )
    data = {
        "result": [{"reply": "I can't tonight.", "mem": [{"desc": "the fire", "feeling": "dread"}]}],
        "opts": [{"says": "a"}, {"says": "b"}],
    }
    repairs: list[str] = []
    fm.apply(data, repairs)
    assert data["character_response"] == "I can't tonight."
    assert data["memory"] == {"description": "the fire", "feeling": "dread"}
    assert data["opts"] == [{"dialogue": "a"}, {"dialogue": "b"}]  # equal list depth: every item
    # a list of two objects is not one object: nothing moves
    two = {"result": [{"reply": "x"}, {"reply": "y"}]}
    FieldMap((("result[].reply", "character_response"),)).apply(two, [])
    assert "character_response" not in two


def test_camel_case_type_labels_name_their_type():
    assert canonical_type("memoryResonance") == "memory_resonance"
    assert canonical_type("PersonalityTraits") == "personality_traits"
    assert canonical_type("NPC") is None


def test_heldout_generator_truth_map_keeps_every_valid_record_and_flags_every_defect():
    from field_drift import valid_samples

    rules = set(load_spec().raw["rule_ids"])
    res = _eval_harness().score_seed("heldout", 3, valid_samples(), rules, "truth")
    assert res["valid"] > 80 and res["defects"] > 20
    assert res["kept"] == res["valid"] and res["flagged"] == res["defects"], res["misses"][:3]
