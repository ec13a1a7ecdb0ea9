"""A record written as an edit log (`log: [{op: add, at: "/judge/bond", value: 0.7}, ...]`): every element the same
three members, one of them (the op) one same word throughout. That member names nothing and holds nothing of ours, so
the list is a pair list of a label (the pointer) and its value: the profile reads `log[at=/judge/bond].value` as a
field of its own, where before the third member made it a list of like items and every field stayed mixed in
`log[].value` (fresh29's Fugong logs stopped the build on every seed). Like items whose members all vary (response
options one per type) stay a list (test_schema_keyed_elements)."""

from __future__ import annotations

import copy
import random
from typing import Any

from curation.ingest.interactions.profile import profile_samples
from tests.test_schema_keyed_elements import _proposed, _write
from tests.test_schema_pivots import _kept


def _logged(originals: list[dict[str, Any]], op: str = "add") -> list[dict[str, Any]]:
    """Relationship records as edit logs, one op per field of ours, in a shuffled order."""
    rng = random.Random(11)
    pointers = {
        "player_action": "/scene/visitor",
        "character_name": "/scene/keeper",
        "character_response": "/reply/line",
        "relationship_score": "/judge/bond",
        "trust_change": "/judge/shift",
        "rationale": "/judge/why",
        "quality_score": "/judge/grade",
    }
    out = []
    for s in copy.deepcopy(originals):
        ops = [{"op": op, "at": at, "value": s.pop(ours)} for ours, at in pointers.items()]
        rng.shuffle(ops)
        s["log"] = ops
        out.append(s)
    return out


def test_a_constant_op_beside_each_pointer_leaves_a_pair_list(valid):
    """Each pointer is a field of its own with its values only (the judge's bond, not every number mixed)."""
    originals = valid["relationship_scoring"]
    tp = profile_samples("relationship_scoring", _logged(originals))
    assert "log[at=/judge/bond].value" in tp.fields
    assert "log[at=/reply/line].value" in tp.fields
    assert tp.fields["log[at=/judge/bond].value"].records == len(originals)
    assert tp.fields["log[at=/judge/grade].value"].num_max <= 1.0


def test_an_edit_log_is_proposed_by_pointer_and_kept(tmp_path, valid):
    originals = valid["relationship_scoring"]
    folder = _write(tmp_path, "relationship_scoring", _logged(originals))
    lines = _proposed(folder, "relationship_scoring")
    for source, ours in {
        "log[at=/scene/visitor].value": "player_action",
        "log[at=/reply/line].value": "character_response",
        "log[at=/judge/shift].value": "trust_change",
    }.items():
        assert lines.get(source) == ours, (source, lines)
    _kept(tmp_path, "relationship_scoring", lines, originals)


def test_a_member_that_varies_is_no_constant(valid):
    """The same log with ops of several kinds (`add`, `replace`) keeps its three members: no pair list is read."""
    rng = random.Random(2)
    logged = _logged(valid["relationship_scoring"])
    for s in logged:
        for element in s["log"]:
            element["op"] = rng.choice(("add", "replace"))
    tp = profile_samples("relationship_scoring", logged)
    assert not any("[at=" in p for p in tp.fields)
    assert "log[].value" in tp.fields
