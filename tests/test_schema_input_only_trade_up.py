"""A number placed on values alone in a field generators are not asked for (`generate: false`: multi_step's
`interaction_context.support_provided`) while a grader's certainty takes the support needed: the records' rules
cannot tell that map from the right one by halving the failing records (the X+2 rule reads either number), so
they settled nothing and every valid record whose need passes X+2 was rejected as if the response gave that much.
When the rules cannot tell the two apart, the field generators are asked for takes the number
(field_match._best_trade_up).

Witnesses: fresh23's Cuttack multi-step (the need question `...[ସଂକେତ=ଦରକାର]...` on the support provided, the
certainty on the support needed, seeds 2 and 5) and the questionnaire written here (invented words: sections by
name, questions by code, answer slots by who wrote them, a reviewer's slot beside the quality score, a certainty
among the marks)."""

from __future__ import annotations

import copy
import json
import random
import zlib
from pathlib import Path
from typing import Any

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

SYLLABLES = ["ka", "ro", "mu", "te", "zi", "lo", "pa", "vu", "ne", "sho", "gri", "dal", "fen", "tor", "bix"]
#: the section each of our objects is asked in (interaction_context split between strength and the ask)
SECTION = {
    "npc_profile": "who",
    "npc_ocean_personality": "nature",
    "npc_emotional_state": "power",
    "tension_memory": "hook",
    "npc_card_narrative": "say",
    "game_outcomes": "after",
}
CERTAINTY = "plindor"


def _word(text: str) -> str:
    """An invented code for one of our names (the same in every record)."""
    h = zlib.crc32(text.encode())
    return "".join(SYLLABLES[(h >> (4 * i)) % len(SYLLABLES)] for i in range(3))


def _section(top: str, key: str) -> str:
    if top == "interaction_context":
        return "power" if key == "capacity_level" else "ask"
    if top == "training_metadata":
        return "mark" if key.endswith("score") else "run"
    return SECTION[top]


def _questionnaire(record: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """One record as a questionnaire: scores "8.2 of 10", a reviewer's slot on the quality score, a certainty."""

    def of10() -> str:
        return f"{round(rng.uniform(5, 9.9), 1)} of 10"

    sections: dict[str, list[dict[str, Any]]] = {}
    for top, fields in record.items():
        for key, value in fields.items():
            if isinstance(value, float) and top == "training_metadata":
                value = f"{round(value * 10, 1)} of 10"
            slots = [{"who": "mod", "val": value}]
            if key == "quality_score":
                slots.append({"who": "rev", "val": of10()})
            q = {"kod": _word(f"{top}.{key}"), "slots": slots}
            sections.setdefault(_word(_section(top, key)), []).append(q)
    sections[_word("mark")].append({"kod": CERTAINTY, "slots": [{"who": "mod", "val": of10()}]})
    order = list(sections.items())
    rng.shuffle(order)
    return {"sekt": [{"nam": name, "qs": qs} for name, qs in order]}


def test_the_need_question_takes_the_support_needed_not_the_input_only_support_given(tmp_path: Path, valid):
    folder = tmp_path / "batches"
    folder.mkdir()
    rng = random.Random(3)
    records = [_questionnaire(s, rng) for s in copy.deepcopy(valid["multi_step"])]
    body = {"data_type": "multi_step", "samples": records}
    (folder / "multi_step.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    lines = field_map(schema_report([folder]).matches)["multi_step"]
    need = f"sekt[nam={_word('ask')}].qs[kod={_word('interaction_context.support_needed')}].slots[who=mod].val"
    assert lines.get(need) == "interaction_context.support_needed", lines
    assert "interaction_context.support_provided" not in lines.values(), lines
    assert not any(CERTAINTY in k for k, v in lines.items() if "support" in v), lines
