"""An exchange written as turns that carry more than the words said (who speaks, a rejected draft on the last turn
only) is still read by turn, even when value shape alone first proposed a turn's text for a text of ours: by
position, or by the speaker's label once every turn names its speaker (a keyed list, test_schema_keyed_elements)."""

from __future__ import annotations

import contextlib
import copy
import io
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import SHAPE_GUESS, field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift import valid_samples, write_batch  # noqa: E402


def _with_turns(s: dict, factors_by_key: bool) -> dict:
    s = copy.deepcopy(s)
    request = s["interaction_context"].pop("player_request")
    prose = s.pop("npc_card_narrative")["dialogue_prose"]
    s["talk"] = [
        {"voice": "player", "line": request},
        {"voice": "npc", "line": prose, "line_dropped": "She shrugs and says she will think about it tomorrow."},
    ]
    if factors_by_key:  # the factors as {factor: impact}: nothing of theirs names `capacity_factors[].factor`
        state = s["npc_emotional_state"]
        state["strains"] = {f["factor"]: f["impact"] for f in state.pop("capacity_factors")}
    return s


def _read_by_turn(lines: dict) -> None:
    """The request and the prose are read from their turns, by position or by the speaker's label."""
    by_label = "talk[voice=player].line" in lines
    player, npc = ("talk[voice=player].line", "talk[voice=npc].line") if by_label else ("talk[0].line", "talk[1].line")
    assert lines.get(player) == "interaction_context.player_request", lines
    assert lines.get(npc) == "npc_card_narrative.dialogue_prose", lines
    assert not any(k.startswith("talk[]") for k in lines)


def _build(folder: Path, lines: dict) -> None:
    """Run the ingest with the proposed map; the missing-field guard raises UserError if it stops."""
    from curation.analytics import batch_analysis as analysis

    ev = _eval_harness()
    with contextlib.redirect_stderr(io.StringIO()):
        analysis.analyze(ev._config(folder.parent, {"field_map": lines}))


def test_turns_with_a_speaker_and_a_draft_on_the_last_turn_are_read_by_position(tmp_path):
    # the draft is a text of the last turn only, so the words each turn says are the member every turn holds
    out = [_with_turns(s, factors_by_key=False) for s in valid_samples()["multi_step"]]
    write_batch(tmp_path / "batches" / "ms.json", "multi_step", out)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["multi_step"]
    _read_by_turn(lines)
    _build(tmp_path / "batches", {"multi_step": lines})  # (before: stopped, npc_card_narrative missing in 100%)


def test_a_turn_text_taken_by_value_shape_alone_gives_way_to_the_turns(tmp_path):
    # with the factors keyed by name, `capacity_factors[].factor` is open and the turns' text (a text of no
    # name of ours) was proposed for it by length alone; the turns' structure is the better reading
    out = [_with_turns(s, factors_by_key=True) for s in valid_samples()["multi_step"]]
    write_batch(tmp_path / "batches" / "ms.json", "multi_step", out)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["multi_step"]
    _read_by_turn(lines)


def test_two_texts_in_every_turn_are_read_by_position_only_as_a_marked_guess(tmp_path):
    # when every turn holds two texts, which one is the words said is not known from structure: the form reads no
    # position, and only the last resort (field_guess: without the card's prose the build stops) proposes one, as a
    # shape-only guess naming the texts it could as well be (CHECK)
    out = []
    for s in valid_samples()["multi_step"]:
        s = _with_turns(s, factors_by_key=False)
        s["talk"][0]["line_dropped"] = "I guess it can wait until the weekend, never mind then."
        out.append(s)
    write_batch(tmp_path / "batches" / "ms.json", "multi_step", out)
    tm = next(x for x in schema_report([tmp_path / "batches"]).matches if x.data_type == "multi_step")
    if "talk[voice=npc].line" in tm.map_lines():
        # every turn names its speaker: a keyed list, each turn an object of its own; beside `line` the turned-down
        # `line_dropped` is a draft (spec.yaml `drafts:`), so the turn's words are known by name, no guess
        _read_by_turn(tm.map_lines())
        assert not any("line_dropped" in k for k in tm.map_lines())
        return
    by_position = [m for m in tm.matches if m.how == "proposed" and m.source.startswith(("talk[0]", "talk[1]"))]
    assert by_position, tm.map_lines()
    assert all(SHAPE_GUESS in m.evidence and "AMBIGUOUS" in m.evidence for m in by_position)
    assert tm.map_lines().get("talk[1].line") == "npc_card_narrative.dialogue_prose"
