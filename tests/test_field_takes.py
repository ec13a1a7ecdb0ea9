"""A list keeping every take of the answer (the draft first, the revision last) is no exchange (issue 11).

`unwritten schema` reads a fixed-length list of texts with no name it knows as an exchange by turn: the last item
the character's words, each item before it the nearest open text of ours before those (tests/field_drift_probe.py
`turns`). A refine loop that keeps its takes writes the same speaker's text at every position, so an earlier take
must fill no field of ours: it is not the request or the situation (fresh17's Chengdu studio put its draft first
and lost the situation to it). Our own dialect here: Polish keys, plain numbers, a JSON array file."""

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
    "Let me call your brother for you; I do not have it in me to go myself.",
]
ASKED = [
    "Her neighbour asks her to look after three children overnight while he drives to the hospital.",
    "A friend wants help moving a piano up four flights of stairs before the landlord arrives.",
    "The choir leader asks her to take over the rehearsals for the whole month.",
    "Her cousin begs her to lend the savings she put aside for the roof.",
    "A stranger at the station asks her to walk him to the far side of the city.",
    "Her sister wants her to explain the divorce to their parents at dinner.",
]
BACKS = [
    "A baker in a river town, up before dawn, whose mother fell ill in the spring.",
    "A retired teacher who runs the lending library and sleeps badly since the flood.",
    "A ferry clerk who has worked double shifts for a month to cover a colleague.",
    "A widow who keeps bees behind the chapel and rarely leaves the hill.",
]
NAMES = ["Zofia", "Marek", "Halina", "Bogdan", "Irena", "Tadeusz", "Wanda", "Jerzy", "Ewa", "Lech", "Olga", "Piotr"]


def _records(seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i, name in enumerate(NAMES):
        base = rng.choice([4.0, 5.0, 6.0, 7.0, 8.0])
        hit = rng.choice([-1.0, -2.0, 1.0])
        eff = base + hit
        need = min(eff + 1.0, rng.choice([2.0, 3.0, 4.0, 5.0]))
        final = SAID[i % len(SAID)]
        draft = rng.choice([s for s in SAID if s != final])
        out.append(
            {
                "osoba": {"imie": name, "tlo": BACKS[i % len(BACKS)]},
                "sily": {
                    "bazowe": base,
                    "wplywy": [{"przyczyna": "a sleepless week", "wplyw": hit}],
                    "teraz": eff,
                    "poziom": "medium" if 4 <= eff < 7 else ("high" if eff >= 7 else "low"),
                },
                "prosba": {"opis": ASKED[i % len(ASKED)], "potrzeba": need},
                "odpowiedz": {"wersje": [draft, final]},
                "ocena": {"autentycznosc": round(rng.uniform(0.72, 0.95), 2)},
            }
        )
    return out


def test_an_earlier_take_of_the_answer_fills_no_field_and_leaves_the_situation_to_its_own_field(tmp_path):
    folder = tmp_path / "batches"
    folder.mkdir()
    (folder / "emotional_authenticity_polish.json").write_text(json.dumps(_records(3)), encoding="utf-8")
    lines = field_map(schema_report([folder]).matches)["emotional_authenticity"]
    assert lines.get("odpowiedz.wersje[1]") == "character_response"
    assert "odpowiedz.wersje[0]" not in lines
    assert lines.get("prosba.opis") == "situation"
