"""What a reviewing pipeline writes beside the answer and its scores: a variant named as the plain field with words
added (another judge's mark, a rejected line), a percentage where only a 0-1 or 0-100 field reads it, and a support
given written beside only some answers. `unwritten schema` proposes the plain field, never a reading the ingest
refuses, and judges a field held by fewer records on the records holding it."""

from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def _lines(folder: Path) -> dict[str, dict[str, str]]:
    from curation.ingest.interactions.field_match import field_map
    from curation.ingest.interactions.schema_report import schema_report

    return field_map(schema_report([folder]).matches)


def _twice(data_type: str) -> list[dict]:
    """Every valid sample of the type twice (the second under another character name: no duplicates)."""
    from field_drift import valid_samples

    out = []
    for k in range(2):
        for s in valid_samples()[data_type]:
            rec = dict(s)
            if k and "character_name" in rec:
                rec["character_name"] = rec["character_name"].split()[0] + " Vance"
            out.append(rec)
    return out


def test_a_rejected_line_and_a_second_judge_named_as_the_plain_field_with_words_added(tmp_path):
    # `reply_txt` / `reply_rejected_txt` and `review.ring` / `review.ring_judge_b`: same shape, no name of ours
    from field_drift import write_batch

    rng = random.Random(3)
    recs = _twice("emotional_authenticity")
    answers = [r["character_response"] for r in recs]
    out = []
    for i, r in enumerate(recs):
        out.append(
            {
                **{k: v for k, v in r.items() if k not in ("character_response", "authenticity_score")},
                "reply_txt": r["character_response"],
                "reply_rejected_txt": answers[(i + 3) % len(answers)],
                "review": {
                    "ring": f"{r['authenticity_score'] * 10:.1f}/10",
                    "ring_judge_b": f"{rng.uniform(4.5, 9.8):.1f}/10",
                },
            }
        )
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert lines.get("reply_txt") == "character_response", lines
    assert lines.get("review.ring") == "authenticity_score", lines
    assert "reply_rejected_txt" not in lines, lines
    assert "review.ring_judge_b" not in lines, lines


def test_added_words_that_name_another_field_of_ours_keep_their_field(tmp_path):
    # must not: `help_needed` beside `help` (the support given): the added word names support_level_needed, so
    # it stays that field's candidate
    from field_drift import write_batch

    out = []
    for r in _twice("emotional_authenticity"):
        rec = {k: v for k, v in r.items() if k != "support_level_needed"}
        rec["help_needed"] = r["support_level_needed"]
        rec["help"] = min(r["support_level_needed"], r["effective_capacity"] + 2.0)
        out.append(rec)
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert lines.get("help_needed") == "support_level_needed", lines


def test_a_percentage_is_never_proposed_where_the_ingest_cannot_read_it(tmp_path):
    # "74%" read into trust_change (-1..1) is uncoercible: a percentage fits a 0-1 or 0-100 field only
    from field_drift import write_batch

    rng = random.Random(5)
    out = []
    for r in _twice("relationship_scoring"):
        rec = {k: v for k, v in r.items() if k != "trust_change"}
        rec["credibility_pct"] = f"{rng.randint(40, 97)}%"
        out.append(rec)
    write_batch(tmp_path / "in" / "b.json", "relationship_scoring", out)
    lines = _lines(tmp_path / "in").get("relationship_scoring", {})
    assert lines.get("credibility_pct") != "trust_change", lines


def test_a_support_given_on_some_records_is_judged_where_it_is_written(tmp_path):
    # the support given (`gave`) written beside 70% of the answers, a grader's 0-10 mark (`mark`) on every record:
    # the mark breaks X+2 on many records and the support given on none, but fewer records hold the support given
    from field_drift import write_batch

    rng = random.Random(7)
    out = []
    for i, r in enumerate(_twice("emotional_authenticity")):
        rec = {k: v for k, v in r.items()}
        ceiling = min(r["support_level_needed"], r["effective_capacity"] + 2.0)
        if i % 10 < 7:
            rec["gave"] = round(max(0.0, ceiling - rng.choice([0.0, 0.5, 1.0])), 1)
        rec["mark"] = round(rng.uniform(3.0, 9.5), 1)
        out.append(rec)
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert lines.get("gave") == "support_provided", lines
    assert "mark" not in lines, lines


def test_the_reviewing_pipeline_probe_proposes_none_of_its_bookkeeping(tmp_path):
    # probe `reviewed` (seed REVIEWS_FROM): a rejected line beside each answer, a second judge named as the score with
    # words added, and a certainty / toxicity / attempt in a review group that multi-step calls `audit`
    from field_drift_probe import REVIEWS_FROM, probe_of, write_probe_folder

    assert probe_of(REVIEWS_FROM) == "reviewed"
    manifest = write_probe_folder(tmp_path / "in", REVIEWS_FROM)
    lines = _lines(tmp_path / "in")
    bookkeeping = ("_rejected", "_second_judge", "certainty", "toxicity", "attempt")
    proposed = [f"{t}: {k}" for t, m in lines.items() for k in m if k.endswith(bookkeeping)]
    assert not proposed, proposed
    for data_type, plan in manifest["plans"].items():  # the type's score, in the group, is proposed where written
        score = next(k for k in plan["truth"] if k.startswith(("review.", "audit.")))
        assert lines[data_type].get(score) == plan["truth"][score], (data_type, lines[data_type])


def test_a_type_tag_is_no_plain_twin_of_a_prefixed_label(tmp_path):
    # must not: every key written `db_col_<our name>` beside the record's tag `type: "Emotional Authenticity"`: the
    # tag's key is `db_col_complexity_type`'s without some words and fits the complexity label by name as well, but
    # its values are no complexity labels, so it is no plain twin (fresh seed 24's `m_strComplexityType` beside
    # `type` is the other witness); the label must stay matched, or a planted unknown complexity type goes unflagged
    from field_drift import write_batch

    out = [
        {"type": "Emotional Authenticity", **{f"db_col_{k}": v for k, v in r.items()}}
        for r in _twice("emotional_authenticity")
    ]
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert lines.get("db_col_complexity_type") == "complexity_type", lines
    assert "type" not in lines, lines


def test_a_signed_change_named_as_a_mark_with_words_added_is_no_variant_of_it(tmp_path):
    # the change of a mark is written signed ("+0.3", "-0.45") beside the mark, never below zero, whose name it
    # holds (`vyra_skew` beside `vyra`; fresh17's Cairo team: `تغير_الثقة` beside `الثقة`); a second judge's mark
    # on the 0-1 scale (`otra`) fits a -1..1 change by value alone and must not take it
    from field_drift import write_batch

    rng = random.Random(5)
    out = []
    for r in _twice("relationship_scoring"):
        rec = {kk: v for kk, v in r.items() if kk != "trust_change"}
        rec["tally"] = {
            "vyra_skew": f"{r['trust_change']:+.2f}",
            "otra": round(rng.uniform(0.45, 0.98), 2),
            "vyra": round(rng.uniform(0.55, 0.99), 2),
        }
        out.append(rec)
    write_batch(tmp_path / "in" / "b.json", "relationship_scoring", out)
    lines = _lines(tmp_path / "in")["relationship_scoring"]
    assert lines.get("tally.vyra_skew") == "trust_change", lines
    assert "tally.otra" not in lines and "tally.vyra" not in lines, lines


def _tabbed(withdrawn_first: bool) -> list[dict]:
    """Memory resonance whose answer sits in a tab picked by its title (Amharic keys), beside a withdrawn take of
    the same shape named as the answer with a word added; the tabs in another order in every other record."""
    from field_drift import valid_samples

    recs = _twice("memory_resonance")
    answers = [r["character_response"] for r in recs]
    out = []
    for i, r in enumerate(recs):
        reply = {"መልስ": r["character_response"]}
        withdrawn = {"መልስ_የተተወ": answers[(i + 3) % len(answers)]}
        tab = {"ርዕስ": "ምላሽ", **(withdrawn | reply if withdrawn_first else reply | withdrawn)}
        note = {"ርዕስ": "ማስታወሻ", "ቆጠራ": 1 + i % 4}
        rest = {k: v for k, v in r.items() if k != "character_response"}
        out.append({**rest, "ትሮች": [tab, note] if i % 2 else [note, tab]})
    assert len(valid_samples()["memory_resonance"]) * 2 == len(out)
    return out


def test_a_withdrawn_take_in_the_answers_own_tab_is_a_variant_of_it(tmp_path):
    # fresh24's Yogyakarta tabs (`ꦠꦸꦠꦸꦂ` beside `ꦠꦸꦠꦸꦂ_ꦏꦧꦸꦮꦁ` under one title): the title named both, so neither
    # looked like the other with words added, and the withdrawn take was proposed as the answer on some seeds
    from field_drift import write_batch

    for first in (True, False):
        folder = tmp_path / str(first) / "in"
        write_batch(folder / "b.json", "memory_resonance", _tabbed(first))
        lines = _lines(folder)["memory_resonance"]
        assert lines.get("ትሮች[ርዕስ=ምላሽ].መልስ") == "character_response", lines
        assert "ትሮች[ርዕስ=ምላሽ].መልስ_የተተወ" not in lines, lines
