"""Records written as header-less spreadsheet rows (`{"vals": ["Mara", 3, "act_of_service", ...], "row_no": 12}`):
a value is known only by its cell's position, so each position is a field of its own, proposed as a `[N]` line by
its values, and the cells that are no field of ours (a withdrawn answer, a second judge's mark, a count) are left.

Witnesses: fresh14's row team (hwi14: `cells[11]`, 13 to 35 cells a row, decoys between ours) and the dialects
below, written for these tests before the profile read a row by position (relationship scoring and personality
traits as rows of their own order, each with its own decoys)."""

from __future__ import annotations

import contextlib
import copy
import io
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift import valid_samples, write_batch  # noqa: E402


def _kept(folder: Path, data_type: str, lines: dict) -> int:
    """Records kept with the proposed lines (the missing-field guard raises UserError if it stops)."""
    from curation.analytics import batch_analysis as analysis

    ev = _eval_harness()
    with contextlib.redirect_stderr(io.StringIO()):
        a = analysis.analyze(ev._config(folder.parent, {"field_map": {data_type: lines}}))
    status = a.status()
    return sum(1 for r in a.recovered if r.id not in status and r.data_type == data_type)


def _as_rows(data_type: str, key: str, columns: list[str], decoys: dict[int, object]) -> list[dict]:
    """Every valid sample of the type as one row under `key`: our fields in `columns` order (a dotted name reads a
    member of one of our objects), a decoy's value (a function of the sample and its number) at its position."""
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()[data_type])):
        cells = []
        for c in columns:
            v: object = s
            for step in c.split("."):
                v = v[step]  # type: ignore[index]
            cells.append(v)
        for at, make in sorted(decoys.items()):
            cells.insert(at, make(s, i))  # type: ignore[operator]
        out.append({key: cells, "row_no": 40 + 7 * i})
    return out


_RS_COLUMNS = [
    "player_action",
    "character_name",
    "relationship_level",
    "interaction_type",
    "character_response",
    "relationship_score",
    "trust_change",
    "rationale",
    "quality_score",
]
#: a withdrawn answer (the character's first take, also spoken), a second judge's score beside ours, a count
_RS_DECOYS = {
    5: lambda s, i: "Sorry, I can't today. " + s["character_response"][:40],
    8: lambda s, i: round(min(1.0, s["relationship_score"] + 0.03 * (i % 3 - 1)), 2),
    12: lambda s, i: 2 + i % 5,
}


def _truth(key: str, columns: list[str], decoys: dict) -> dict[str, str]:
    at, truth = 0, {}
    for c in columns:
        while at in decoys:
            at += 1
        truth[f"{key}[{at}]"] = c
        at += 1
    return truth


def test_a_row_s_cells_are_read_by_position_and_its_decoys_left(tmp_path):
    """Relationship scoring as a row of its own order: every number of ours from its own cell (the second judge's
    mark right after the score is left), the answer and the withdrawn take beside it marked for a person to check."""
    rows = _as_rows("relationship_scoring", "vals", _RS_COLUMNS, _RS_DECOYS)
    write_batch(tmp_path / "batches" / "rs.json", "relationship_scoring", rows)
    rep = schema_report([tmp_path / "batches"])
    lines = field_map(rep.matches)["relationship_scoring"]
    truth = _truth("vals", _RS_COLUMNS, _RS_DECOYS)
    numbers = {"relationship_level", "relationship_score", "trust_change", "quality_score"}
    assert {k: v for k, v in lines.items() if v in numbers} == {k: v for k, v in truth.items() if v in numbers}, lines
    for at in _RS_DECOYS:
        if at != 5:
            assert f"vals[{at}]" not in lines, lines
    for k in ("character_name", "player_action", "rationale"):
        assert lines.get(next(p for p, v in truth.items() if v == k)) == k, lines
    answer = next(m for tm in rep.matches for m in tm.matches if m.target == "character_response")
    assert answer.source in ("vals[4]", "vals[5]") and "AMBIGUOUS" in answer.evidence, answer


_PT_COLUMNS = [
    "character_name",
    "scenario",
    "ocean.openness",
    "ocean.conscientiousness",
    "ocean.extraversion",
    "ocean.agreeableness",
    "ocean.neuroticism",
    "dialogue",
    "trait_expression",
    "quality_score",
]
#: the grader's second opinion and its confidence (0-1, as the traits and the quality), a reroll count
_PT_DECOYS = {
    10: lambda s, i: round(max(0.0, s["quality_score"] - 0.05 * (i % 3)), 2),
    11: lambda s, i: round(0.55 + 0.05 * i, 2),
    12: lambda s, i: i % 3,
}


def test_a_row_s_numbers_on_one_scale_go_to_ours_in_our_order(tmp_path):
    """Personality traits as a row: five traits and the quality, then two more marks on the same 0-1 scale; the
    traits go O-C-E-A-N in the order written and the marks after the quality are left."""
    rows = _as_rows("personality_traits", "row", _PT_COLUMNS, _PT_DECOYS)
    write_batch(tmp_path / "batches" / "pt.json", "personality_traits", rows)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["personality_traits"]
    truth = _truth("row", _PT_COLUMNS, _PT_DECOYS)
    numbers = {k: v for k, v in truth.items() if v.startswith("ocean.") or v == "quality_score"}
    assert {k: v for k, v in lines.items() if k in numbers or k in ("row[10]", "row[11]")} == numbers, lines
    assert _kept(tmp_path / "batches", "personality_traits", lines) == len(rows)


def test_a_list_of_like_texts_is_no_row(tmp_path):
    """A list of like items (tags) of any length keeps being a list: one kind of value in every cell."""
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()["relationship_scoring"])):
        s["tags"] = [f"tag{(i + k) % 11}" for k in range(9)]
        out.append(s)
    write_batch(tmp_path / "batches" / "rs.json", "relationship_scoring", out)
    lines = field_map(schema_report([tmp_path / "batches"]).matches).get("relationship_scoring", {})
    assert not any(k.startswith("tags[") for k in lines), lines
