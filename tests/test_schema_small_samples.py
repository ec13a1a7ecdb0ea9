"""A handful of records (a short batch of one type in a folder of several) and the matcher's evidence of shape: a
share that says "nearly all" or a mean that says "a few words" is judged so that one planted defect, or one long
phrase the writer favours drawn a few times, does not hide the field. Without that, a required field of ours is left
unplaced and the build stops even with the proposed map.

Witnesses: fresh24 seeds 14 (memory_resonance, 6 records: the emotion phrases' mean pulled past our four words by
"a tug of longing for the old mud village" drawn three times, so the character's name took the emotion and the name
was missing; the weeks written "234w earlier" beside one bare negative planted number, so an utterance count took
the weeks) and 28 (tension_building, 4 records: the relationship level 0 planted in one, 75% on the 1-5 scale, so
nothing took the level). fresh22, fresh23 and fresh25 write emotion phrases past four words too ("a pull toward the
old shore"). The dialects here (Welsh keys, grouped by the writer's own sections) were written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

_TYPES = [
    ("past_trauma_trigger", 0.95),
    ("emotional_growth_callback", 0.7),
    ("same_emotion_different_context", 0.8),
    ("opposite_emotion_growth", 0.9),
    ("joy_sadness_contrast", 0.85),
    ("past_trauma_trigger", 0.95),
]
_NAMES = ["Idris Rhys", "Megan Pritchard", "Owain Lloyd", "Carys Bevan", "Gethin Morgan", "Siân Howells"]
_LONGING = "a longing for the farm we sold that spring"
_EMOTIONS = [_LONGING, "a quiet pride", _LONGING, "a nervous hope", _LONGING, "a dull unease"]
_SHORT_EMOTIONS = ["a quiet pride", "a nervous hope", "a dull unease", "a sudden warmth", "a bitter ache", "a calm"]
_EVENTS = [
    "the winter the river froze and the whole village walked across it to the chapel",
    "their first shift at the slate quarry, when the foreman called them by their father's name",
    "the summer the harbour wall gave way and the boats were lost in one night",
    "the day the school closed and the children were bused to the next valley",
    "a night spent searching the hill for a lost ewe in the snow with a lantern",
    "the morning their sister left for the city on the early train",
]
_NOW = [
    "The player brings a jar of honey from the old hives to the market stall.",
    "The player asks about the slate plaque above the pub door.",
    "The player hums a hymn while they mend the fence together.",
    "The player shows a photograph of the harbour before the storm.",
    "The player asks whether the ewes ever come down from the hill on their own.",
    "The player buys a train ticket at the little station.",
]
_REPLIES = [
    "That honey tastes like my mother's kitchen. I haven't had it since we sold the farm.",
    "My father's name is on that plaque. I walk past it every day and still can't look at it.",
    "You sing it just like my nain did. I'd forgotten how it goes.",
    "I was on that wall the night before it went. I still hear it some nights.",
    "They do, if you leave the gate open. I learned that the hard way one winter.",
    "She took that same train. I should ring her, I keep meaning to.",
]


def _memory(i: int, emotions: list[str], weeks: list[object], with_count: bool) -> dict:
    """A memory_resonance record: the name in a section of its own, the memory's parts in one section with the
    resonance type and weight (so the section is no object of ours), the reply with a sentence count beside it."""
    kind, weight = _TYPES[i]
    reply: dict[str, object] = {"geiriau": _REPLIES[i]}
    if with_count:
        reply["brawddegau"] = [2, 2, 2, 2, 1, 2][i]
    return {
        "cymeriad": {"enw": _NAMES[i]},
        "sefyllfa": _NOW[i],
        "atgof": {"digwyddiad": _EVENTS[i], "teimlad": emotions[i], "pryd": weeks[i], "math": kind, "pwysau": weight},
        "ymateb": reply,
        "barn": {"sgor": [0.82, 0.9, 0.78, 0.88, 0.85, 0.8][i]},
    }


def _lines(root: Path, data_type: str, records: list[dict]) -> dict[str, str]:
    folder = root / "batches"
    folder.mkdir(parents=True)
    body = {"data_type": data_type, "samples": records}
    (folder / f"{data_type}_export.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return field_map(schema_report([folder]).matches).get(data_type, {})


def test_a_long_phrase_drawn_often_leaves_the_emotion_to_the_emotions(tmp_path):
    """Half the emotions are one eight-word phrase (mean 5.5 words, past our four), half are of our length: they are
    the memory's emotion, and the name stays the character's."""
    weeks = ["40w earlier", "120w earlier", "8w earlier", "300w earlier", "75w earlier", "12w earlier"]
    lines = _lines(tmp_path, "memory_resonance", [_memory(i, _EMOTIONS, weeks, False) for i in range(6)])
    assert lines.get("atgof.teimlad") == "memory.emotion", lines
    assert lines.get("cymeriad.enw") == "character_name", lines


def test_weeks_written_with_their_unit_but_one_planted_number_are_the_weeks(tmp_path):
    """Five of six weeks written "40w earlier", one a bare -3 (a planted negative): the field is written in weeks
    all but once, and a sentence count beside the reply (1-2, on the open weeks scale too) does not take them."""
    weeks: list[object] = ["40w earlier", "120w earlier", -3, "300w earlier", "75w earlier", "12w earlier"]
    lines = _lines(tmp_path, "memory_resonance", [_memory(i, _SHORT_EMOTIONS, weeks, True) for i in range(6)])
    assert lines.get("atgof.pryd") == "memory.weeks_ago", lines
    assert "ymateb.brawddegau" not in lines, lines


def test_one_planted_level_off_the_scale_in_four_records_leaves_the_level(tmp_path):
    """Four tension rows flattened one level by the exporter (`person.agosrwydd`), the relationship level 0 in one (a
    planted out-of-range value: 75% on the 1-5 scale): the level is still proposed (that record is then rejected,
    as planted), beside a sentence count (2-6) and a seed nothing takes."""
    hooks = ["MYSTERY_HOOK", "PARTIAL_REVEAL", "CONTRADICTION", "MYSTERY_HOOK"]
    windows = ["between 2 and 4 weeks", "between 2 and 3 weeks", "between 5 and 8 weeks", "between 3 and 4 weeks"]
    rows = [
        {
            "person.enw": _NAMES[i],
            "person.agosrwydd": [0, 3, 2, 4][i],
            "golygfa.lle": _NOW[i],
            "bachyn.math": hooks[i],
            "bachyn.cyfrinach": _EVENTS[i].capitalize() + ".",
            "bachyn.amser": windows[i],
            "ateb.llinell": _REPLIES[i],
            "ateb.brawddegau": [2, 2, 3, 6][i],
            "barn.tensiwn": f"{[82, 90, 78, 88][i]} percent",
            "rhediad.hadau": [1307243383, 1835233810, 1271000000, 1500000000][i],
            "dataType": "tension_building",
        }
        for i in range(4)
    ]
    folder = tmp_path / "batches"
    folder.mkdir()
    (folder / "rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = schema_report([folder])
    lines = field_map(report.matches)["tension_building"]
    assert lines.get("person\\.agosrwydd") == "relationship_level", lines
    tm = next(tm for tm in report.matches if tm.data_type == "tension_building")
    assert not tm.missing, tm.missing
