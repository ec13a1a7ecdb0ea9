"""`unwritten schema` telling a player's action from the rationale that scores it, by their values (issue 11).

Both are narrated free text of a like length under made-up keys (`zq_*`) that name nothing of ours. The rationale
explains the record's numbers and now and then names one ("builds trust"); the action never does. The action sits
in an object with the reply and the interaction type, the rationale in another beside a turned-down draft: the
places of their neighbours must not cross them.
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
    "Lends her the storm lantern for the night walk to the quarry.",
    "Forgets the apprentice's name at the guild supper, twice.",
    "Covers his shift at the kiln without being asked.",
    "Laughs out loud when she slips on the mill steps.",
    "Returns the borrowed chisel, cleaned and freshly sharpened.",
    "Tells the foreman about her late arrivals.",
]
# (one in six names a number of ours: fewer than the share that marks a scene as an explanation)
WHYS = [
    "Lending something she needs builds trust, and the gesture is plainly felt.",
    "Forgetting a name in public stings; the warmth cools although nothing breaks.",
    "Unasked help with real work is rare, so a clear gain fits.",
    "Mocking a stumble wounds pride; the bond takes a visible knock.",
    "Handing tools back in better shape is courteous but alters little.",
    "Reporting a friend to the foreman is a betrayal she will not forget soon.",
]
REPLIES = [
    "You'd lend me your own light? Then I owe you a lamp of mine.",
    "It's Oriel. I've told you twice now.",
    "You did my whole shift? I don't know what to say.",
    "Oh, laugh away. I hope your boots fail you next.",
    "Sharper than when I lent it. Thank you.",
    "You told him? After everything I covered for you?",
]
KINDS = [
    "practical_help",
    "broken_promise",
    "practical_help",
    "playful_teasing",
    "practical_help",
    "betrayal_discovered",
]


def _records() -> list[dict]:
    rng = random.Random(7)
    out = []
    for k in range(12):
        i = k % len(DEEDS)
        out.append(
            {
                "zq_who": {"zq_nm": ["Oriel", "Bastien Kole", "Maud"][k % 3], "zq_lvl": 1 + k % 5},
                "zq_meet": {"zq_kind": KINDS[i], "zq_deed": DEEDS[i], "zq_reply": REPLIES[i]},
                "zq_verdict": {"zq_why": WHYS[i], "zq_draft": WHYS[(i + 2) % len(WHYS)]},
                "zq_marks": {
                    "zq_a": round(rng.uniform(0.1, 0.9), 2),
                    "zq_b": round(rng.uniform(-0.8, 0.8), 2),
                    "zq_c": round(rng.uniform(0.65, 0.95), 2),
                },
            }
        )
    return out


def test_the_text_that_names_the_records_numbers_is_the_rationale_not_the_action(tmp_path):
    write_batch(tmp_path / "in" / "rs.json", "relationship_scoring", _records())
    lines = field_map(schema_report([tmp_path / "in"]).matches)["relationship_scoring"]
    assert lines["zq_meet.zq_deed"] == "player_action"
    assert lines["zq_verdict.zq_why"] == "rationale"
    assert lines["zq_meet.zq_reply"] == "character_response"
