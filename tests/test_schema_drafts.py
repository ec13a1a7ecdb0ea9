"""A draft beside the final value (spec `drafts:`): a pipeline that keeps its earlier try writes it in the same shape
and length as the final answer, often first; `unwritten schema` proposes the final one, whatever the order."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def _lines(folder: Path) -> dict[str, dict[str, str]]:
    from curation.ingest.interactions.field_match import field_map
    from curation.ingest.interactions.schema_report import schema_report

    return field_map(schema_report([folder]).matches)


def _answers(data_type: str = "emotional_authenticity") -> list[tuple[dict, str, str]]:
    """Each valid sample without its answer, its answer, and another sample's answer (the draft: same pool)."""
    from field_drift import valid_samples

    samples = valid_samples()[data_type]
    answers = [s["character_response"] for s in samples]
    out = []
    for i, s in enumerate(samples):
        rec = {k: v for k, v in s.items() if k != "character_response"}
        out.append((rec, answers[i], answers[(i + 1) % len(answers)]))
    return out


def test_a_draft_written_first_beside_the_sent_line_is_never_the_answer(tmp_path):
    # `turn.draftLine` comes first and fits the answer as well as `turn.sentLine` (neither is named like ours)
    from field_drift import write_batch

    out = [{**rec, "turn": {"draftLine": draft, "sentLine": final}} for rec, final, draft in _answers()]
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert lines.get("turn.sentLine") == "character_response", lines
    assert "turn.draftLine" not in lines, lines


def test_a_draft_object_beside_the_approved_object_is_never_the_answer(tmp_path):
    # the draft word names the object holding the text (`Draft.Text` beside `Approved.Text`)
    from field_drift import write_batch

    out = [{**rec, "Out": {"Draft": {"Text": draft}, "Approved": {"Text": final}}} for rec, final, draft in _answers()]
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert lines.get("Out.Approved.Text") == "character_response", lines
    assert not any(k.startswith("Out.Draft") for k in lines), lines


def test_a_draft_alone_is_still_a_candidate(tmp_path):
    # nothing of its kind beside it: the only spoken text there is (a batch of drafts) is still proposed
    from field_drift import write_batch

    out = [{**rec, "reply_draft": final} for rec, final, _ in _answers()]
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert lines.get("reply_draft") == "character_response", lines


def test_the_spec_names_the_draft_words():
    from curation.domain import load_spec

    assert "draft" in load_spec().draft_words


def test_a_rejected_line_written_first_is_never_the_answer(tmp_path):
    # a turned-down line is an earlier try too (`drafts: [draft, rejected]`): `spoken.rejected_words` first, beside
    # `spoken.kept_words`, neither named like ours nor one the other's with words added (fresh10's
    # `npc-output.spoken-rejected` beside `npc-output.spoken-line`; the probe's `line_rejected` beside `line`)
    from field_drift import write_batch

    out = [{**rec, "spoken": {"rejected_words": draft, "kept_words": final}} for rec, final, draft in _answers()]
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert lines.get("spoken.kept_words") == "character_response", lines
    assert "spoken.rejected_words" not in lines, lines
