"""An optional field generators are not asked for stays empty when no number of theirs is it (issue 11).

`support_provided` is read on input only (`generate: false`): most generators never write it. The records' rules
settle the capacity numbers, and a replacement (a number nothing took moving into a rule field, the one there losing
its line) used to be the only way to move a wrong proposal off that field, so a folder without the field got a
sentence count or a confidence in it and X+2 rejected valid records (fresh16's Valletta and fresh17's Chengdu
multi_step, Chengdu's emotional_authenticity). Our own dialect here: Polish keys, plain numbers, a confidence out of
ten and a sentence count beside the answer, and no support-given field."""

from __future__ import annotations

import json
import random

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

SAID = [
    "Zosia, I can sit with you an hour tonight, not the whole night; my own week has been hard.",
    "I hear you. I can lend you the cart tomorrow morning, but I cannot drive it for you.",
    "Not today. Ask me on Sunday, when the mill is quiet and I have slept.",
    "I will write the letter with you, one page, and then I need to go home.",
    "You always ask when I am empty. Fine: ten minutes, and then I am done.",
    "I can help you carry the boxes down, that much I can do before my shift.",
]
ASKED = [
    "Her neighbour asks her to look after three children overnight while he drives to the hospital.",
    "A friend wants help moving a piano up four flights of stairs before the landlord arrives.",
    "The choir leader asks her to take over the rehearsals for the whole month.",
    "Her cousin begs her to lend the savings she put aside for the roof.",
]
NAMES = ["Zofia", "Marek", "Halina", "Bogdan", "Irena", "Tadeusz", "Wanda", "Jerzy"]
NAMES += ["Ewa", "Lech", "Olga", "Piotr", "Agata", "Roman", "Beata", "Kamil"]


def _n(x: float) -> str:
    return f"{x:g}/10"


def _records(seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i, name in enumerate(NAMES):
        base = rng.choice([3.0, 4.0, 5.0, 6.0, 7.0, 8.0])
        hit = rng.choice([-1.5, -1.0, 0.5])
        eff = base + hit
        need = rng.choice([x for x in (1.0, 2.0, 3.0, 4.0, 5.0) if x <= eff + 2])
        level = "low" if eff < 4 else ("medium" if eff < 7 else "high")
        score = rng.randint(62, 95) / 10
        target = "excellent" if score >= 8 else "authentic"
        out.append(
            {
                "osoba": {"imie": f"{name} Nowak", "tlo": "A ferry clerk from the river town, tired since the flood."},
                "sily": {
                    "bazowe": _n(base),
                    "wplywy": [f"a sleepless week: {hit:+g}"],
                    "teraz": _n(eff),
                    "poziom": level,
                },
                "prosba": {"opis": ASKED[i % len(ASKED)], "potrzeba": _n(need), "cel": target, "typ": "baseline"},
                "odpowiedz": {"tekst": SAID[i % len(SAID)], "liczba_zdan": rng.randint(1, 6)},
                "ocena": {"autentycznosc": f"{score:g} of 10", "pewnosc": f"{rng.randint(60, 99) / 10:g} of 10"},
            }
        )
    return out


def test_a_support_field_the_folder_never_writes_is_left_empty_not_filled_by_a_count_or_a_confidence(tmp_path):
    folder = tmp_path / "batches"
    folder.mkdir()
    (folder / "emotional_authenticity_polish.json").write_text(json.dumps(_records(5)), encoding="utf-8")
    lines = field_map(schema_report([folder]).matches)["emotional_authenticity"]
    assert lines.get("prosba.potrzeba") == "support_level_needed"
    assert "support_provided" not in lines.values()
