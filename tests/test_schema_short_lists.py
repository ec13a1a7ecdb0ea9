"""Short lists of mixed plain values written by position (`gist: ["same_emotion_different_context", 0.8, 0.86]`):
each position is one field of ours, so a position one guess placed is not offered to the next field, and the
positions go to the fields they fit in the order the spec lists them (as a list of five numbers goes to O-C-E-A-N).
A list of one-word labels is no exchange: its two positions are not the player's words and the character's.

Witnesses: fresh12's tally studio (hwi12: `gauge: [base, effective, "low"]`, `aspiration: [target, complexity]`)
and the dialects below, written for these tests before the rule was tuned (memory resonance and tension building
as tuples; relationship scoring with mood tags beside real turns)."""

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


def _memory_tuples() -> list[dict]:
    """Memory resonance whose type, weight and score sit in one nameless tuple, the two 0-1 numbers side by side."""
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()["memory_resonance"])):
        s["gist"] = [s.pop("resonance_type"), s.pop("resonance_weight"), s.pop("resonance_score")]
        s["serial"] = f"mr-{i:03d}"
        out.append(s)
    return out


def test_a_tuple_s_positions_go_one_to_one_in_our_order(tmp_path):
    out = _memory_tuples()
    write_batch(tmp_path / "batches" / "mr.json", "memory_resonance", out)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["memory_resonance"]
    assert lines.get("gist[0]") == "resonance_type", lines
    assert lines.get("gist[1]") == "resonance_weight", lines
    assert lines.get("gist[2]") == "resonance_score", lines
    assert _kept(tmp_path / "batches", "memory_resonance", lines) == len(out)


def test_a_tuple_of_a_label_a_level_and_a_score(tmp_path):
    """Tension building with hook type, relationship level and tension score as one tuple (label, integer, 0-1)."""
    out = []
    for s in copy.deepcopy(valid_samples()["tension_building"]):
        s["pace"] = [s.pop("hook_type"), s.pop("relationship_level"), s.pop("tension_score")]
        out.append(s)
    write_batch(tmp_path / "batches" / "tb.json", "tension_building", out)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["tension_building"]
    assert [lines.get(f"pace[{i}]") for i in range(3)] == ["hook_type", "relationship_level", "tension_score"], lines
    assert _kept(tmp_path / "batches", "tension_building", lines) == len(out)


_MOODS = ["wary", "warm", "tired", "guarded", "calm", "restless", "amused"]


def _moods(i: int, s: dict, turns: bool) -> dict:
    """Relationship scoring with a list of two one-word mood tags (no field of ours: before and after) written first,
    and the player's action and the character's answer either as two turns or under keys that name nothing of ours
    (so only their values' shape proposes them)."""
    s = copy.deepcopy(s)
    said = [s.pop("player_action"), s.pop("character_response")]
    mood = [_MOODS[i % len(_MOODS)], _MOODS[(3 * i + 1) % len(_MOODS)]]
    return {"mood": mood, **s, **({"talk": said} if turns else {"zqa_1": said[0], "zqa_2": said[1]})}


def test_two_one_word_labels_are_no_exchange(tmp_path):
    """A list of two short tags is not the player's words and the character's, even where only value shape holds
    those fields (a shape-only reading gives way to an exchange's structure: not to a list of tags)."""
    out = [_moods(i, s, turns=False) for i, s in enumerate(valid_samples()["relationship_scoring"])]
    write_batch(tmp_path / "batches" / "rs.json", "relationship_scoring", out)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["relationship_scoring"]
    assert not any(k.startswith("mood") for k in lines), lines
    assert lines.get("zqa_2") == "character_response", lines
    assert _kept(tmp_path / "batches", "relationship_scoring", lines) == len(out)


def test_turns_beside_tags_are_still_an_exchange(tmp_path):
    out = [_moods(i, s, turns=True) for i, s in enumerate(valid_samples()["relationship_scoring"])]
    write_batch(tmp_path / "batches" / "rs.json", "relationship_scoring", out)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["relationship_scoring"]
    assert lines.get("talk[0]") == "player_action", lines
    assert lines.get("talk[1]") == "character_response", lines
    assert not any(k.startswith("mood") for k in lines), lines
    assert _kept(tmp_path / "batches", "relationship_scoring", lines) == len(out)


def test_a_tuple_s_labels_are_their_fields_optional_or_not(tmp_path):
    """Positions holding our labels are those labelled fields, in any order and though optional: emotional
    authenticity's capacity level and complexity type as `aims`, multi-step's capacity level and hook type as
    `tags` (first in each record). Before, a tuple of optional labels was read by nothing."""
    ea = []
    for s in copy.deepcopy(valid_samples()["emotional_authenticity"]):
        aims = [s.pop("capacity_level"), s.pop("complexity_type")]
        ea.append({**s, "aims": aims})
    ms = []
    for s in copy.deepcopy(valid_samples()["multi_step"]):
        tags = [s["interaction_context"].pop("capacity_level"), s["tension_memory"].pop("hook_type")]
        ms.append({"tags": tags, **s})
    write_batch(tmp_path / "batches" / "ea.json", "emotional_authenticity", ea)
    write_batch(tmp_path / "batches" / "ms.json", "multi_step", ms)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)
    assert lines["emotional_authenticity"] == {"aims[0]": "capacity_level", "aims[1]": "complexity_type"}, lines
    assert lines["multi_step"] == {
        "tags[0]": "interaction_context.capacity_level",
        "tags[1]": "tension_memory.hook_type",
    }, lines
    assert _kept(tmp_path / "batches", "emotional_authenticity", lines["emotional_authenticity"]) == len(ea)
