"""An answer written in a shape the ingest cannot read as ours (a list of its sentences where our text goes) beside a
one-word label of the generator's own (`kind: "act_of_service"`, `mood: "wary"`): the label is no evidence of a
sentence, so the last resort never proposes it for the answer; the proposal keeps every role it can read and the
missing-field guard names the list, with the `[N]` line that reads it, as the field to map.

Witnesses: two dialects written for these tests, no family's (relationship scoring with the scored response split
into sentences and an interaction kind beside it; emotional authenticity with the reply's lines inside an object of
its own and a mood tag at the top). Before, the label was taken for the answer by elimination and the stop message
offered `kind: character_response`."""

from __future__ import annotations

import contextlib
import copy
import io
import re
import sys
from pathlib import Path

import pytest

from curation.errors import UserError
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift import valid_samples, write_batch  # noqa: E402


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _stop_message(root: Path) -> str:
    from curation.analytics import batch_analysis as analysis

    ev = _eval_harness()
    with pytest.raises(UserError) as e, contextlib.redirect_stderr(io.StringIO()):
        analysis.analyze(ev._config(root, None))
    return str(e.value)


def _rs_rows() -> list[dict]:
    kinds = ["act_of_service", "public_criticism", "small_gift", "broken_plan"]
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()["relationship_scoring"])):
        out.append(
            {
                "who": s["character_name"],
                "act": s["player_action"],
                "kind": kinds[i % len(kinds)],
                "said": _sentences(s["character_response"]),
                "rel": s["relationship_score"],
                "trust": s["trust_change"],
                "why": s["rationale"],
                "q": s["quality_score"],
            }
        )
    return out


def _ea_rows() -> list[dict]:
    moods = ["wary", "warm", "tired", "brittle", "flat"]
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()["emotional_authenticity"])):
        r = {k: v for k, v in s.items() if k != "character_response"}
        r["reply"] = {"lines": _sentences(s["character_response"])}
        r["mood"] = moods[i % len(moods)]
        out.append(r)
    return out


def test_a_short_list_of_sentences_is_read_by_position_and_never_the_label(tmp_path):
    """Relationship rows, the scored response as its sentences (one to five): the label beside it is not proposed
    for the response, the list's first position is (a shape-only guess to check), and the stop message names it."""
    records = _rs_rows()
    assert any(len(r["said"]) > 1 for r in records) and max(len(r["said"]) for r in records) <= 5
    write_batch(tmp_path / "batches" / "b.json", "relationship_scoring", records)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["relationship_scoring"]
    assert "kind" not in lines, lines  # a one-word label is no sentence of ours
    assert lines.get("said[0]") == "character_response", lines
    msg = _stop_message(tmp_path)
    first = msg.split("\n")[0]
    assert "required field 'character_response'" in first and "'said[0]'" in first, first
    assert "'kind'" not in first and "kind: character_response" not in msg, msg
    assert "said[0]: character_response" in msg, msg


def test_a_long_list_leaves_the_answer_to_the_user_and_never_to_the_label(tmp_path):
    """Emotional authenticity with the reply's lines in an object of its own (more than a tuple holds) and a mood
    tag at the top: no line reads the list as one text, so nothing is proposed for the answer, the tag is not taken
    for it (before, the proposal took it and every record was kept with "wary" as its answer), and the stop message
    leaves the line to fill in, naming the object the answer may be in."""
    records = _ea_rows()
    assert max(len(r["reply"]["lines"]) for r in records) > 5
    write_batch(tmp_path / "batches" / "b.json", "emotional_authenticity", records)
    lines = field_map(schema_report([tmp_path / "batches"]).matches).get("emotional_authenticity", {})
    assert "character_response" not in lines.values(), lines
    msg = _stop_message(tmp_path)
    first = msg.split("\n")[0]
    assert "required field 'character_response'" in first and "'reply'" in first, first
    assert "mood: character_response" not in msg, msg
    assert "<your name for character_response>: character_response" in msg, msg


def test_the_roles_it_can_read_are_still_proposed(tmp_path):
    """The answer's list aside, every other role of the relationship rows is proposed by name or by values."""
    write_batch(tmp_path / "batches" / "b.json", "relationship_scoring", _rs_rows())
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["relationship_scoring"]
    want = {
        "act": "player_action",
        "rel": "relationship_score",
        "trust": "trust_change",
        "why": "rationale",
        "q": "quality_score",
    }
    assert {k: lines.get(k) for k in want} == want, lines
