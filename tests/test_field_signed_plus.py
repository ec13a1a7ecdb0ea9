"""A change written with its plus sign ("+0.3") is a signed number, even when it mostly goes up (issue 11).

Its twin test (`field_match._signs_alike`) told a change from a mark by the share of its values below zero; a
change that rose in six records of seven read as unsigned, so a name holding the mark's name (`usaldus_muutus`, the
trust's change, beside `usaldus`, a model's confidence) made it a variant of the mark and the trust change went to
another number. Our own dialect: Estonian keys, plain numbers, a second judge's mark beside the quality."""

from __future__ import annotations

import json
import random

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

NAMES = ["Mari", "Jaan", "Liis", "Toomas", "Kadri", "Peeter", "Anu", "Rein"]
DONE = [
    "The player mends the fence the storm broke, unasked.",
    "The player shares the last of the bread on the ferry.",
    "The player forgets the promised visit on market day.",
    "The player carries the nets down to the boat at dawn.",
]
SAID = [
    "You did not have to do that. Thank you, truly.",
    "I will remember this when the winter comes.",
    "I waited all afternoon. Next time, send word.",
    "Well. That is one less thing for my back.",
]


def _records(seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i, name in enumerate(NAMES[:7]):
        change = -rng.choice([0.3, 0.4]) if i == 2 else rng.choice([0.2, 0.3, 0.45, 0.6, 0.7])
        out.append(
            {
                "tegelane": {"nimi": name, "tase": rng.randint(1, 5)},
                "kohtumine": {"tegu": DONE[i % 4], "vastus": SAID[i % 4]},
                "pohjendus": "Help given unasked builds trust; the warm answer shows it landed.",
                "hinne": {
                    "suhe": round(rng.uniform(0.1, 0.9), 2),
                    "usaldus_muutus": f"{change:+g}",
                    "kvaliteet": round(rng.uniform(0.6, 0.9), 2),
                    "teine_hinnang": round(rng.uniform(0.45, 0.85), 2),
                    "usaldus": round(rng.uniform(0.5, 0.9), 2),
                },
            }
        )
    return out


def test_a_change_written_with_its_plus_sign_is_not_a_variant_of_the_mark_named_in_it(tmp_path):
    folder = tmp_path / "batches"
    folder.mkdir()
    (folder / "relationship_scoring_tallinn.json").write_text(json.dumps(_records(3)), encoding="utf-8")
    lines = field_map(schema_report([folder]).matches)["relationship_scoring"]
    assert lines.get("hinne.usaldus_muutus") == "trust_change"
