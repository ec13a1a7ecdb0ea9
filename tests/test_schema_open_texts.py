"""Open free texts of one of our objects are filled from the object of theirs that filled its other fields
(field_texts.py): `unwritten schema` reads the texts a generator keeps beside the object's numbers and labels, in the
order written, even when their keys say nothing."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def _report(folder: Path):
    from curation.ingest.interactions.schema_report import schema_report

    return schema_report([folder])


def _lines(folder: Path) -> dict[str, dict[str, str]]:
    from curation.ingest.interactions.field_match import field_map

    return field_map(_report(folder).matches)


def _asks(extra: dict | None = None) -> list[dict]:
    """Multi-step samples whose interaction context is `ask`: its labels and number under their own short keys,
    its two texts under keys that name nothing of ours (`gist`, `hope`)."""
    from field_drift import valid_samples

    out = []
    for s in valid_samples()["multi_step"]:
        rec = {k: v for k, v in s.items() if k != "interaction_context"}
        ic = s["interaction_context"]
        rec["ask"] = {
            "gist": ic["situation"],
            "hope": ic["player_request"],
            "support_needed": ic["support_needed"],
            "complexity_type": ic["complexity_type"],
            "authenticity_target": ic["authenticity_target"],
            "capacity_level": ic["capacity_level"],
            **(extra or {}),
        }
        out.append(rec)
    return out


def test_the_texts_beside_an_object_s_matched_fields_fill_its_open_texts_in_order(tmp_path):
    from field_drift import write_batch

    write_batch(tmp_path / "in" / "b.json", "multi_step", _asks())
    lines = _lines(tmp_path / "in")["multi_step"]
    assert lines.get("ask.gist") == "interaction_context.situation", lines
    assert lines.get("ask.hope") == "interaction_context.player_request", lines


def test_a_draft_beside_the_texts_is_left_alone_and_a_short_label_is_no_text(tmp_path):
    from field_drift import write_batch

    recs = _asks({"hope_draft": "Could I maybe head out a bit early tonight, if that is all right?", "tag": "x"})
    write_batch(tmp_path / "in" / "b.json", "multi_step", recs)
    lines = _lines(tmp_path / "in")["multi_step"]
    assert lines.get("ask.hope") == "interaction_context.player_request", lines
    assert "ask.hope_draft" not in lines and "ask.tag" not in lines, lines


def test_more_texts_than_open_fields_are_proposed_in_order_and_marked_ambiguous(tmp_path):
    from field_drift import write_batch

    recs = _asks({"aside": "Keep the office lights low and let the phone ring twice before anyone answers it."})
    write_batch(tmp_path / "in" / "b.json", "multi_step", recs)
    rep = _report(tmp_path / "in")
    tm = next(t for t in rep.matches if t.data_type == "multi_step")
    got = {m.source: m for m in tm.matches}
    assert got["ask.gist"].target == "interaction_context.situation"
    assert got["ask.hope"].target == "interaction_context.player_request"
    assert got["ask.aside"].target is None
    assert "AMBIGUOUS with ask.aside" in got["ask.gist"].evidence


def test_a_top_level_text_is_not_filled_from_a_group_of_theirs(tmp_path):
    # `notes` sits in `brief` beside fields of ours at the top level: a group of the pipeline's, not one of ours
    from field_drift import valid_samples, write_batch

    out = []
    for s in valid_samples()["emotional_authenticity"]:
        rec = {k: v for k, v in s.items() if k not in ("context", "situation", "internal_thought")}
        notes = "Exterior, the platform at dusk, the last freight pulling out behind them."
        rec["brief"] = {"context": s["context"], "situation": s["situation"], "notes": notes}
        out.append(rec)
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert "brief.notes" not in lines, lines


def test_fewer_texts_than_open_fields_are_left_alone(tmp_path):
    # one text of theirs beside two open texts of ours: its place in the order says nothing of which it is
    from field_drift import valid_samples, write_batch

    out = []
    for s in valid_samples()["multi_step"]:
        rec = {k: v for k, v in s.items() if k != "interaction_context"}
        ic = s["interaction_context"]
        rec["ask"] = {"hope": ic["player_request"], **{k: ic[k] for k in ("support_needed", "complexity_type",
                      "authenticity_target", "capacity_level")}}  # fmt: skip
        out.append(rec)
    write_batch(tmp_path / "in" / "b.json", "multi_step", out)
    lines = _lines(tmp_path / "in")["multi_step"]
    assert "ask.hope" not in lines, lines
