"""`unwritten schema` evidence from value forms and record structure, without names: numbers with a unit, spans
written as text, JSON written as a string, record ids and type labels, and two prompt versions (dialects) of
one data type in one folder."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402


def _lines(folder: Path, data_type: str) -> dict[str, str]:
    return field_map(schema_report([folder]).matches).get(data_type, {})


def test_weeks_with_their_unit_and_a_window_written_as_text_are_found_by_value(tmp_path, valid):
    tb, mr = [], []
    for s in valid["tension_building"]:
        s = copy.deepcopy(s)
        w = s.pop("payoff_window_weeks")
        tb.append({**s, "qqq": f"{w['min']} to {w['max']} weeks"})
    for s in valid["memory_resonance"]:
        s = copy.deepcopy(s)
        weeks = s["memory"].pop("weeks_ago")
        s["memory"]["zzz"] = f"{weeks:g} weeks ago"
        mr.append(s)
    write_batch(tmp_path / "in" / "tb.json", "tension_building", tb)
    write_batch(tmp_path / "in" / "mr.json", "memory_resonance", mr)
    assert _lines(tmp_path / "in", "tension_building") == {"qqq": "payoff_window_weeks"}
    assert _lines(tmp_path / "in", "memory_resonance") == {"memory.zzz": "memory.weeks_ago"}


def test_a_window_in_words_that_opens_with_a_word_is_a_window_as_the_ingest_reads_it(tmp_path, valid):
    """'between 2 and 4 weeks' and 'from 3 to 5 weeks' (forms the ingest reads as a window) are profiled as spans,
    so the window takes them and a 1-5 level beside them keeps the level (it was left to fill the window's end)."""
    tb = []
    for i, s in enumerate(valid["tension_building"]):
        s = copy.deepcopy(s)
        w = s.pop("payoff_window_weeks")
        level = s.pop("relationship_level")
        opener = ("between", "from")[i % 2]
        tb.append({**s, "qqq": f"{opener} {w['min']} {('and', 'to')[i % 2]} {w['max']} weeks", "lvl": level})
    write_batch(tmp_path / "in" / "tb.json", "tension_building", tb)
    assert _lines(tmp_path / "in", "tension_building") == {"qqq": "payoff_window_weeks", "lvl": "relationship_level"}


def test_an_object_written_as_json_text_is_profiled_as_the_object(tmp_path, valid):
    out = []
    for s in valid["personality_traits"]:
        s = copy.deepcopy(s)
        ocean = s.pop("ocean")
        out.append({**s, "blob": json.dumps(ocean)})
    write_batch(tmp_path / "in" / "pt.json", "personality_traits", out)
    assert _lines(tmp_path / "in", "personality_traits") == {"blob": "ocean"}


def test_record_ids_and_type_labels_are_never_names(tmp_path, valid):
    out = []
    for i, s in enumerate(valid["tension_building"]):
        s = copy.deepcopy(s)
        out.append({"uid": f"ten-{14763188 + 7919 * i}", "kind": "tension_building", **s})
    write_batch(tmp_path / "in" / "tb.json", "tension_building", out)
    rep = schema_report([tmp_path / "in"])
    targets = {m.source: m.target for tm in rep.matches for m in tm.matches}
    assert targets["uid"] is None and targets["kind"] is None
    assert targets["character_name"] == "character_name"


def test_two_prompt_versions_of_one_type_each_get_their_lines(tmp_path, valid):
    # one file wraps the fields in `rec`, the other in `all_text` / `all_numbers` with other names: no record holds
    # both, so each name set is matched on its own records and both sets get lines
    first, second = [], []
    for i, s in enumerate(valid["personality_traits"] * 2):
        s = copy.deepcopy(s)
        if i % 2 == 0:
            first.append({"rec": s})
        else:
            second.append(
                {
                    "all_text": {
                        "a_text": s["scenario"],
                        "b_text": s["dialogue"],
                        "c_text": s["trait_expression"],
                        "d_text": s["character_name"],
                    },
                    "all_numbers": {"big5": s["ocean"], "q_value": s["quality_score"]},
                }
            )
    write_batch(tmp_path / "in" / "v1.json", "personality_traits", first)
    write_batch(tmp_path / "in" / "v2.json", "personality_traits", second)
    rep = schema_report([tmp_path / "in"])
    tm = next(t for t in rep.matches if t.data_type == "personality_traits")
    assert not tm.missing
    lines = field_map(rep.matches)["personality_traits"]
    assert lines["all_numbers.big5"] == "ocean"
    assert lines["all_text.b_text"] == "dialogue"
    assert lines["all_numbers.q_value"] == "quality_score"
    assert lines["rec.scenario"] == "scenario"


def test_decimal_commas_are_profiled_as_the_numbers_the_ingest_reads():
    """A European-locale generator writes "0,77" and "4,5": the ingest reads them as numbers (plain_number_text),
    so the profile must too, or a score or a capacity written that way is left unmatched and the build stops."""
    from curation.ingest.interactions.profile import profile_samples

    rows = [
        {"brecha": f"0,{40 + 7 * i}", "nivel": f"{2 + i},5", "nota": "\u22120,5", "texto": "uno, dos"} for i in range(6)
    ]
    tp = profile_samples("dramatic_irony", rows)
    assert tp.stats("brecha").numeric() and tp.stats("nivel").numeric() and tp.stats("nota").numeric()
    assert (tp.stats("brecha").num_min, tp.stats("brecha").num_max) == (0.4, 0.75)
    assert (tp.stats("nivel").num_min, tp.stats("nota").num_max) == (2.5, -0.5)
    assert not tp.stats("texto").numeric()
    assert tp.stats("nivel").examples[0] == "2,5"  # shown as written
