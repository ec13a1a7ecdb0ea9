"""`unwritten schema` telling a player's action from the rationale when every value is boxed (issue 11).

The generator writes each value in a one-key box (`{"zq_v": ...}`), a review app's habit (fresh18's Dhaka studio boxes
every value in `{"মান": ...}`; the probe family's box habit is another). The matcher reads the boxed values as the
fields they box; whether a text names the record's numbers (the rationale does now and then, the action never) must be
read inside the box too, or both read as naming nothing and the two are crossed by chance.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402

DEEDS = [
    "Carries the water jars up to the terrace before the heat comes.",
    "Reads her private letter aloud to the whole boarding house.",
    "Mends the broken shutter on his stall without a word.",
    "Mocks his stammer in front of the ferry crowd.",
    "Brings back the lent lamp, its wick trimmed and glass polished.",
    "Lets slip her debt to the landlord at the market.",
]
# (one in six names a number of ours, as the rationale does now and then)
WHYS = [
    "Quiet labour for someone else's comfort builds trust, and she sees it.",
    "Exposing a private letter is a deep intrusion; the warmth drains quickly.",
    "A repair done unasked is worth more than thanks, so a firm gain fits.",
    "Public mockery of a weakness cuts deep; the bond takes a hard knock.",
    "Returning a thing in better state is kind but moves little.",
    "Betraying a confidence over money is hard to forgive soon.",
]
REPLIES = [
    "You carried all of them? My back thanks you, truly.",
    "That letter was mine. You had no right at all.",
    "The shutter? You fixed it? I didn't even ask.",
    "Say it again. I dare you, say it again.",
    "It shines brighter than when I bought it. Thank you.",
    "You told her? About the rent? Why would you?",
]
KINDS = [
    "practical_help",
    "broken_promise",
    "practical_help",
    "playful_teasing",
    "practical_help",
    "betrayal_discovered",
]


def _box(v: object) -> dict:
    return {"zq_v": v}


def _records() -> list[dict]:
    rng = random.Random(11)
    out = []
    for k in range(12):
        i = k % len(DEEDS)
        out.append(
            {
                "zq_who": {"zq_nm": _box(["Sefa", "Idris Mallow", "Tuli"][k % 3]), "zq_lvl": _box(1 + k % 5)},
                "zq_meet": {"zq_kind": _box(KINDS[i]), "zq_deed": _box(DEEDS[i]), "zq_reply": _box(REPLIES[i])},
                "zq_verdict": {"zq_why": _box(WHYS[i]), "zq_draft": _box(WHYS[(i + 3) % len(WHYS)])},
                "zq_marks": {
                    "zq_a": _box(round(rng.uniform(0.1, 0.9), 2)),
                    "zq_b": _box(round(rng.uniform(-0.8, 0.8), 2)),
                    "zq_c": _box(round(rng.uniform(0.65, 0.95), 2)),
                },
            }
        )
    return out


def test_a_boxed_text_naming_the_records_numbers_is_the_rationale_not_the_action(tmp_path):
    write_batch(tmp_path / "in" / "rs.json", "relationship_scoring", _records())
    lines = field_map(schema_report([tmp_path / "in"]).matches)["relationship_scoring"]
    assert lines["zq_meet.zq_deed.zq_v"] == "player_action", lines
    assert lines["zq_verdict.zq_why.zq_v"] == "rationale", lines
    assert lines["zq_meet.zq_reply.zq_v"] == "character_response", lines
