"""`unwritten schema` on a pipeline's bookkeeping written beside every data type of a folder (issue 11).

A generation pipeline writes its own bookkeeping on every record it makes, whatever the data type: a judge's
confidence and a toxicity score (0-1 numbers, like a score), the attempt number and the token counts (whole numbers,
like a level or a span of weeks), the model's tag ("qwen3:14b", one word, like a name). Written the same way beside
several data types, such a field is the same thing in each, so it is not a field that only one of those types has (a
tension, a relationship's score, a level); a number written with the unit our field counts in ("2 wks") says what it
counts; two counts in no fixed order are not a span's two ends; a model's tag is nobody's name; a temperature swept
over a few values is no score. The batches are the drift generators' valid samples with their fields under made-up
words (`zq_*`) and made-up bookkeeping (`gx_*`) beside them, so only the values and where they recur can tell.
"""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402

TB, RS, EA = "tension_building", "relationship_scoring", "emotional_authenticity"
MODELS = ["qwen3:14b", "qwen3:30b-a3b", "llama3.1:8b"]


def _proposed(tmp_path: Path, batches: dict[str, list[dict]]) -> dict[str, dict[str, str]]:
    for data_type, samples in batches.items():
        write_batch(tmp_path / "in" / f"{data_type}.json", data_type, samples)
    return field_map(schema_report([tmp_path / "in"]).matches)


def _takes(samples: list[dict], n: int, line: str) -> list[dict]:
    """Each sample `n` times, each take's `line` field with a word more (no duplicates)."""
    out = []
    for k in range(n):
        for s in samples:
            s = copy.deepcopy(s)
            s[line] += " Anyway." * k
            out.append(s)
    return out


def _graded(rng: random.Random, s: dict, scores: tuple[tuple[str, float], ...] = ()) -> dict:
    """The record with the pipeline's grading written after it: its judge's confidence and toxicity (0-1 numbers,
    like a score) among the type's own scores, if any, and the attempt."""
    conf, tox = ("conf", round(rng.uniform(0.55, 0.99), 2)), ("tox", round(rng.uniform(0.0, 0.09), 2))
    s["grading"] = dict([conf, *scores[:1], tox, *scores[1:]])
    s["gx_attempt"] = rng.randint(1, 3)
    return s


def test_a_judges_confidence_written_in_every_type_is_no_types_own_score(tmp_path, valid):
    # the tension's two scores sit in the pipeline's grading object between its judge's confidence and toxicity, all
    # named like nothing of ours; the other two types' own scores keep our names, the grading beside them: the judge's
    # numbers are the same thing in every type, and those types have no tension to give them
    rng = random.Random(3)
    tb = []
    for s in _takes(valid[TB], 2, "dialogue"):
        pull, bite = s.pop("tension_score"), s.pop("hook_effectiveness")
        tb.append(_graded(rng, s, (("pull", pull), ("bite", bite))))
    rs = [_graded(rng, s) for s in _takes(valid[RS], 2, "character_response")]
    ea = [_graded(rng, s) for s in _takes(valid[EA], 2, "character_response")]
    lines = _proposed(tmp_path, {TB: tb, RS: rs, EA: ea})
    assert lines[TB] == {"grading.pull": "tension_score", "grading.bite": "hook_effectiveness"}
    assert not lines.get(RS) and not lines.get(EA)


def test_a_field_written_alike_in_two_types_is_still_their_score_when_nothing_else_fits(tmp_path, valid):
    # a guard: one grader's mark under one made-up key in two types is each type's own quality score when no other
    # field of the records fits it (a pipeline's habit, not its bookkeeping)
    rs, ea = [], []
    for s in _takes(valid[RS], 2, "character_response"):
        s["zq_mark"] = s.pop("quality_score")
        rs.append(s)
    for s in _takes(valid[EA], 2, "character_response"):
        s["zq_mark"] = s.pop("authenticity_score")
        ea.append(s)
    lines = _proposed(tmp_path, {RS: rs, EA: ea})
    assert lines[RS].get("zq_mark") == "quality_score" and lines[EA].get("zq_mark") == "authenticity_score"


def test_weeks_written_with_their_unit_are_the_window_not_two_token_counts(tmp_path, valid):
    # the window as two flattened numbers written "2 wks", beside two token counts whose first word is shared as
    # theirs is (`tok` / `reveal`) and whose first is named a little like our `min` ("in")
    rng = random.Random(8)
    tb = []
    for s in _takes(valid[TB], 3, "dialogue"):
        window = s.pop("payoff_window_weeks")
        s = {"gx_tok_in": rng.randint(150, 3100), "gx_tok_out": rng.randint(150, 3100), **s}
        s["zq_reveal_lo"] = f"{window['min']} wks"
        s["zq_reveal_hi"] = f"{window['max']} wks"
        tb.append(s)
    lines = _proposed(tmp_path, {TB: tb})[TB]
    assert lines.get("zq_reveal_lo") == "payoff_window_weeks.min"
    assert lines.get("zq_reveal_hi") == "payoff_window_weeks.max"
    assert "gx_tok_in" not in lines and "gx_tok_out" not in lines


def test_weeks_written_with_their_unit_beat_two_counts_in_order(tmp_path, valid):
    # the token counts now in a fixed order too (the reply never shorter than the prompt, as a span's ends are): only
    # the unit the window's numbers are written with tells the span from the counts
    rng = random.Random(4)
    tb = []
    for s in _takes(valid[TB], 2, "dialogue"):
        window = s.pop("payoff_window_weeks")
        tok_in = rng.randint(150, 900)
        s = {"gx_tok_in": tok_in, "gx_tok_out": tok_in + rng.randint(50, 2000), **s}
        s["zq_reveal_lo"] = f"{window['min']} wks"
        s["zq_reveal_hi"] = f"{window['max']} wks"
        tb.append(s)
    lines = _proposed(tmp_path, {TB: tb})[TB]
    assert lines.get("zq_reveal_lo") == "payoff_window_weeks.min"
    assert lines.get("zq_reveal_hi") == "payoff_window_weeks.max"
    assert "gx_tok_in" not in lines and "gx_tok_out" not in lines


def test_a_models_tag_is_nobodys_name(tmp_path, valid):
    # the model's tag in the pipeline's telemetry under a key ending in "Name" (named like our character_name), the
    # speaker under a made-up key
    rng = random.Random(5)
    rs = []
    for s in _takes(valid[RS], 2, "character_response"):
        name = s.pop("character_name")
        telemetry = {"llmName": rng.choice(MODELS), "attempt": rng.randint(1, 3)}
        rs.append({"zq_voicedBy": name, **s, "telemetry": telemetry})
    lines = _proposed(tmp_path, {RS: rs})[RS]
    assert lines == {"zq_voicedBy": "character_name"}


def test_a_temperature_swept_over_a_few_values_is_no_quality_score(tmp_path, valid):
    # six temperatures of two decimals (not all round), each on six records or more, beside the quality score under
    # a made-up key; 0.81 / 0.83 / 0.87 on twelve records stays a score (test_schema_pipeline_settings)
    rng = random.Random(9)
    sweep = [0.6, 0.7, 0.82, 0.85, 0.88, 0.9]
    rs = []
    for i, s in enumerate(_takes(valid[RS], 3, "character_response")):
        s = {"gx_temp": sweep[i % len(sweep)], **s}
        s["zq_mark"] = round(min(0.99, max(0.6, s.pop("quality_score") + rng.uniform(-0.08, 0.08))), 2)
        rs.append(s)
    lines = _proposed(tmp_path, {RS: rs})[RS]
    assert lines.get("zq_mark") == "quality_score"
    assert "gx_temp" not in lines
