"""The field-drift scorer's `wrong` column judges a proposed map line by the values it reads, not by its path string:
a line that reads what the generator's own line reads by another documented path (a list element by title instead
of by position, `[]` on a one-row list instead of `[0]`) is not wrong; a line that reads another value is, and the
old string figure (`wrong(str)`) still counts both kinds."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples  # noqa: E402


@pytest.fixture(scope="module")
def scorer(benchmark_script) -> ModuleType:
    return benchmark_script("eval_field_drift")


def _dialect(s: dict) -> dict:
    """One emotional_authenticity sample written in a made-up dialect: titled blocks in a fixed order, the
    answer in a one-row list, the score under a name of its own."""
    rest = {
        k: v
        for k, v in s.items()
        if k
        not in (
            "context",
            "situation",
            "character_name",
            "base_capacity",
            "capacity_factors",
            "effective_capacity",
            "support_level_needed",
            "character_response",
            "authenticity_score",
        )
    }
    return {
        "panels": [
            {"heading": "Ask", "bg": s["context"], "now": s["situation"], "need": s["support_level_needed"]},
            {
                "heading": "Who",
                "nm": s["character_name"],
                "base": s["base_capacity"],
                "load": s["capacity_factors"],
                "left": s["effective_capacity"],
            },
        ],
        "said": [{"words": s["character_response"]}],
        "truthiness": s["authenticity_score"],
        **rest,
    }


TRUTH = {
    "panels[0].bg": "context",
    "panels[0].now": "situation",
    "panels[0].need": "support_level_needed",
    "panels[1].nm": "character_name",
    "panels[1].base": "base_capacity",
    "panels[1].load": "capacity_factors",
    "panels[1].left": "effective_capacity",
    "said[0].words": "character_response",
    "truthiness": "authenticity_score",
}


def test_a_line_reading_the_same_values_by_another_path_is_not_wrong_and_one_reading_others_is(scorer, tmp_path):
    from curation.analytics import batch_analysis as analysis

    samples = [s for s in valid_samples()["emotional_authenticity"] if s.get("character_name")][:4]
    assert len(samples) >= 2
    folder = tmp_path / "batches"
    folder.mkdir()
    (folder / "ea_batch.json").write_text(
        json.dumps({"data_type": "emotional_authenticity", "samples": [_dialect(s) for s in samples]}),
        encoding="utf-8",
    )
    proposed = {
        "panels[heading=Ask].need": "support_level_needed",  # by title, not by position: the same values
        "panels[heading=Who].nm": "character_name",
        "panels[heading=Who].base": "base_capacity",
        "panels[heading=Who].load": "capacity_factors",
        "panels[heading=Who].left": "effective_capacity",
        "said[].words": "character_response",  # every element of a one-row list: the same values
        "truthiness": "authenticity_score",  # the truth's own line
        "panels[heading=Ask].bg": "situation",  # swapped: each reads the other's text
        "panels[heading=Ask].now": "context",
    }
    truth = {"emotional_authenticity": TRUTH}
    mine = {"emotional_authenticity": proposed}
    got = scorer._values(analysis.analyze(scorer._config(tmp_path, {"field_map": mine})))
    want = scorer._values(analysis.analyze(scorer._config(tmp_path, {"field_map": truth})))
    assert len(got) == len(want) == len(samples)

    wrong = scorer._value_wrong_lines(mine, truth, got, want)
    assert sorted(w.split(" (")[0] for w in wrong) == [
        "emotional_authenticity: panels[heading=Ask].bg -> situation",
        "emotional_authenticity: panels[heading=Ask].now -> context",
    ]
    assert all(f"other values on {len(samples)} of {len(samples)} records" in w for w in wrong)
    # the string figure counts every line whose path is not the truth's, the right ones too
    assert len(scorer._wrong_lines(mine, truth)) == len(proposed) - 1  # all but the truth's own line


def test_a_move_nothing_needs_is_wrong_only_when_it_changes_the_value(scorer):
    rec = {("f.json", None, 0): ("gossip", {"reply": "yes", "mood": "sly", "tone": "sly"}, frozenset())}
    other = {("f.json", None, 0): ("gossip", {"reply": "yes", "mood": "sly", "tone": "flat"}, frozenset())}
    line = {"gossip": {"vibe": "mood"}}  # the truth names no `vibe`: a move that needs none
    assert scorer._value_wrong_lines(line, {"gossip": {}}, rec, rec) == []
    assert scorer._value_wrong_lines({"gossip": {"vibe": "tone"}}, {"gossip": {}}, other, rec) == [
        "gossip: vibe -> tone (needs no move; other values on 1 of 1 records)"
    ]
    # with either run stopped, the string judgement stands
    assert scorer._value_wrong_lines(line, {"gossip": {}}, None, rec) == [
        "gossip: vibe -> mood (needs no move; not compared: no record of the type read with both maps)"
    ]


def test_an_object_line_is_judged_on_the_fields_the_truth_fills_not_on_notes_it_carries_along(scorer):
    key = ("f.json", None, 0)
    moved = frozenset({"field_map:person->who"})
    want = {key: ("gossip", {"who": {"name": "Ada", "age": 30}}, frozenset())}
    notes = {key: ("gossip", {"who": {"name": "Ada", "age": 30, "name_note": {"by": "kim"}}}, moved)}
    other = {key: ("gossip", {"who": {"name": "Ada", "age": 31, "name_note": {"by": "kim"}}}, moved)}
    truth = {"gossip": {"person.name.v": "who.name", "person.age.v": "who.age"}}
    line = {"gossip": {"person": "who"}}
    assert scorer._value_wrong_lines(line, truth, notes, want) == []
    assert scorer._same(float("nan"), float("nan")) and not scorer._same(float("nan"), 0.5)
    assert scorer._value_wrong_lines(line, truth, other, want) == [
        "gossip: person -> who (truth reads it from person.age.v, person.name.v; other values on 1 of 1 records)"
    ]


def test_a_line_is_not_judged_on_records_another_line_into_its_field_filled(scorer):
    """A type written by two prompt versions: each version's line fills our field in its own records only."""
    a, b = ("f.json", None, 0), ("g.json", None, 0)
    truth = {"gossip": {"rumour_v1": "rumour", "talk.rumour_v2": "rumour"}}
    want = {a: ("gossip", {"rumour": "x"}, frozenset()), b: ("gossip", {"rumour": "y"}, frozenset())}
    mine = {"gossip": {"rumour_v1": "rumour", "talk.v2": "rumour"}}
    got = {
        a: ("gossip", {"rumour": "x"}, frozenset({"field_map:rumour_v1->rumour"})),
        b: ("gossip", {"rumour": "z"}, frozenset({"field_map:talk.v2->rumour"})),
    }
    assert scorer._value_wrong_lines(mine, truth, got, want) == [
        "gossip: talk.v2 -> rumour (truth reads it from rumour_v1, talk.rumour_v2; other values on 1 of 1 records)"
    ]


def test_a_line_is_not_judged_on_records_of_another_version_that_no_line_fills(scorer):
    """A field one version's line fills and the other version's records get from no line: a line is missing there,
    the line that reads its own records right is not wrong; a line that moved nothing anywhere is judged where no
    other line filled the field."""
    a, b = ("f.json", None, 0), ("g.json", None, 0)
    truth = {"gossip": {"rumour_v1": "rumour", "talk.rumour_v2": "rumour"}}
    want = {a: ("gossip", {"rumour": "x"}, frozenset()), b: ("gossip", {"rumour": "y"}, frozenset())}
    mine = {"gossip": {"rumour_v1": "rumour"}}
    got = {
        a: ("gossip", {"rumour": "x"}, frozenset({"field_map:rumour_v1->rumour"})),
        b: ("gossip", {"talk": {"rumour_v2": "y"}}, frozenset()),
    }
    assert scorer._value_wrong_lines(mine, truth, got, want) == []
    dead = {"gossip": {"rumour_v1": "rumour", "talk.v3": "rumour"}}
    assert scorer._value_wrong_lines(dead, truth, got, want) == [
        "gossip: talk.v3 -> rumour (truth reads it from rumour_v1, talk.rumour_v2; other values on 1 of 1 records)"
    ]


def test_a_line_judged_on_no_record_keeps_the_string_judgement(scorer):
    """A line that moved a note of theirs into our field only on records the generator's map leaves that field empty
    on has no record to be judged on: it is read as a path string (here a move nothing needs), not passed unread
    (on rel20 it passed: judged on no record, it differed on none)."""
    key = ("f.json", None, 0)
    truth = {"gossip": {"rumour_v1": "rumour"}}
    want = {key: ("gossip", {"aside": "heard it at the well"}, frozenset())}  # no rumour_v1: the truth fills nothing
    got = {key: ("gossip", {"rumour": "heard it at the well"}, frozenset({"field_map:aside->rumour"}))}
    assert scorer._value_wrong_lines({"gossip": {"aside": "rumour"}}, truth, got, want) == [
        "gossip: aside -> rumour (needs no move; not compared: the generator's map gives no value on its records)"
    ]
    # must not: the same line where it moved nothing changed no value (a container line the finer lines emptied)
    unmoved = {key: ("gossip", {"aside": "heard it at the well"}, frozenset())}
    assert scorer._value_wrong_lines({"gossip": {"aside": "rumour"}}, truth, unmoved, want) == []
    # nor a line the path strings accept (a container over the source the truth moves)
    container = {"gossip": {"talk.rumour_v2": "rumour"}}
    moved = {key: ("gossip", {"rumour": "heard it at the well"}, frozenset({"field_map:talk->rumour"}))}
    assert scorer._value_wrong_lines({"gossip": {"talk": "rumour"}}, container, moved, want) == []


def test_records_of_two_files_of_one_name_in_two_folders_are_both_judged(scorer):
    """Two teams' folders each with a batch_001.json: keyed by file name, the second record hid the first."""
    from types import SimpleNamespace as NS

    def rec(file: str, rumour: str) -> NS:
        return NS(source=NS(file=file, index=0), metadata={}, data_type="gossip", data={"rumour": rumour}, repairs=[])

    a = NS(recovered=[rec("batches/team_a/batch_001.json", "x"), rec("batches/team_b/batch_001.json", "y")])
    assert len(scorer._values(a)) == 2
