"""`unwritten schema` on a sentence stating numbers named like a scene (issue 11).

Over ten generators (fresh4, fresh8-fresh13, heldout, probe) the texts that hold a record's situation, context,
setup or scenario state numbers in at most 20% of records, the X+2 statement in 86-100% ("the X+2 line is 4; the ask
of 1 sits inside it"). fresh13's Kettleburn studio keeps that statement as `bubble.holding_back_how`, whose "back"
named it like `context`'s alias `background`: it took the context and the scene went to demonstrates_constraint,
so sentence-stated X+2 went unread. A free text stating numbers in most records fits a scene less
(`field_match.NUMBERED_SHARE`).
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402


def test_a_numbered_statement_named_like_a_background_is_the_constraint(tmp_path, valid):
    # a dialect written for this test: the X+2 statement as `back_story_math` (named like `background`), the
    # character's circumstances as `where_things_stand`
    out = []
    for s in valid["emotional_authenticity"]:
        s = copy.deepcopy(s)
        s["back_story_math"] = s.pop("demonstrates_constraint")
        s["where_things_stand"] = s.pop("context")
        out.append(s)
    write_batch(tmp_path / "in" / "emotional_authenticity.json", "emotional_authenticity", out)
    lines = field_map(schema_report([tmp_path / "in"]).matches)["emotional_authenticity"]
    assert lines.get("back_story_math") == "demonstrates_constraint", lines
    assert lines.get("where_things_stand") == "context", lines


def test_fresh13_kettleburn_the_x2_statement_is_not_the_context(tmp_path):
    from field_drift_fresh13 import write_fresh13_folder

    m = write_fresh13_folder(tmp_path / "batches", 2)
    assert m["plans"]["emotional_authenticity"]["truth"]["bubble.holding_back_how"] == "demonstrates_constraint"
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["emotional_authenticity"]
    assert lines.get("bubble.holding_back_how") == "demonstrates_constraint", lines  # (main: -> context)
