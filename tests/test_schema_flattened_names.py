"""`unwritten schema` on keys a flattening export wrote with a dot in them (issue 11).

`inner_life.net_level` in a flat record is `net_level` inside `inner_life`, as its nested form is: the object's words
say which object the field is in, not which of its fields it is. Two same-shaped capacities in two flattened objects
(the effective capacity and the capacity after the interaction) must not be crossed because the second object is
named with a word spelt like one of ours (`effects_of_play` and `effective`). The batch is the drift generators'
valid multi-step samples with two of their objects flattened under made-up names.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402

MS = "multi_step"
#: our object -> (their flattened prefix, our field -> their key)
FLAT = {
    "npc_emotional_state": (
        "inner_life",
        {
            "base_capacity": "start_level",
            "capacity_factors": "weights",
            "effective_capacity": "net_level",
            "current_emotion": "mood",
        },
    ),  # fmt: skip
    "game_outcomes": (
        "effects_of_play",
        {"trust_change": "faith_move", "relationship_change": "bond_move", "capacity_after": "level_post"},
    ),  # fmt: skip
}


def _flattened(valid: dict) -> list[dict]:
    out = []
    for s in valid[MS]:
        s = copy.deepcopy(s)
        for obj, (prefix, keys) in FLAT.items():
            for k, v in s.pop(obj).items():
                s[f"{prefix}.{keys[k]}"] = v
        out.append(s)
    return out


def test_a_flattened_objects_words_do_not_cross_two_of_its_fields(tmp_path, valid):
    write_batch(tmp_path / "in" / f"{MS}.json", MS, _flattened(valid))
    lines = field_map(schema_report([tmp_path / "in"]).matches).get(MS, {})
    assert lines.get("inner_life\\.net_level") == "npc_emotional_state.effective_capacity"
    assert lines.get("effects_of_play\\.level_post") == "game_outcomes.capacity_after"
    cfg = {
        "root": str(tmp_path),
        "inputs": {"interactions": ["in"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": {MS: lines}},
    }
    path = tmp_path / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    a = analysis.analyze(load_config(path))
    status = a.status()
    assert len(a.recovered) == len(valid[MS])
    # every record's effective capacity adds up from its factors: none fails the formula rule
    assert not any(r.id in status for r in a.recovered)
    assert not any("capacity.effective_formula" in r.violations for r in a.recovered)
