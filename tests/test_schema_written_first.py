"""A record's own score and the bookkeeping appended after it on the same scale (a second grader's mark, a
confidence): when names, values and the records' rules cannot choose, the one written first in their object is the
score (`field_match._written_first`). Witnesses: fresh9-fresh12 (four writers) all append the decoys after the
score they stand beside; the dialect below was written for this test (a `grading` object at the head of each record
with the score first, a run id and a time, then two marks on the same scale that never fall under the threshold;
the whole dialect fails on main: the confidence written last takes the score)."""

from __future__ import annotations

import contextlib
import copy
import io
import random
import sys
from pathlib import Path

from curation.ingest.interactions.field_fit import Vocabulary
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift import valid_samples, write_batch  # noqa: E402


def _graded(data_type: str, score_key: str, score_last: bool) -> list[dict]:
    rng = random.Random(5)
    out = []
    for s in copy.deepcopy(valid_samples()[data_type]):
        real = s.pop("quality_score")
        grading = {"run": f"r-{rng.randint(1000, 9999)}", "made": "2026-12-01T10:00:00Z"}
        grading["k2"] = round(rng.uniform(0.72, 0.99), 2)  # a second grader's mark
        grading["k3"] = round(rng.uniform(0.75, 0.99), 2)  # a confidence
        grading = {**grading, score_key: real} if score_last else {score_key: real, **grading}
        out.append({"grading": grading, **s})
    return out


def _quality_lines(tmp_path: Path, score_key: str, score_last: bool = False) -> dict[str, dict[str, str]]:
    for t in ("personality_traits", "relationship_scoring"):
        write_batch(tmp_path / "batches" / f"{t}.json", t, _graded(t, score_key, score_last))
    proposed = field_map(schema_report([tmp_path / "batches"]).matches)
    return {t: {k: v for k, v in lines.items() if v == "quality_score"} for t, lines in proposed.items()}


def test_the_score_written_first_is_the_score(tmp_path):
    lines = _quality_lines(tmp_path, "k1")
    assert lines == {
        "personality_traits": {"grading.k1": "quality_score"},
        "relationship_scoring": {"grading.k1": "quality_score"},
    }, lines
    from curation.analytics import batch_analysis as analysis

    proposed = field_map(schema_report([tmp_path / "batches"]).matches)
    with contextlib.redirect_stderr(io.StringIO()):
        a = analysis.analyze(_eval_harness()._config(tmp_path, {"field_map": proposed}))
    status = a.status()
    n = len(valid_samples()["personality_traits"]) + len(valid_samples()["relationship_scoring"])
    assert sum(1 for r in a.recovered if r.id not in status) == n


def test_a_named_score_keeps_its_line(tmp_path):
    """Where the score's name says what it is, the place decides nothing: written after the two marks, it stays."""
    lines = _quality_lines(tmp_path, "quality", score_last=True)
    assert lines == {
        "personality_traits": {"grading.quality": "quality_score"},
        "relationship_scoring": {"grading.quality": "quality_score"},
    }, lines


_ANSWER = {"tension_building": "dialogue", "memory_resonance": "character_response", "personality_traits": "dialogue"}


def _with_turned_down(data_type: str) -> list[dict]:
    """The answer and, after it in the same object at the head of the record, a turned-down draft (another record's
    answer: the same shape) under a key that shares no stem with it and holds no draft word of ours."""
    key = _ANSWER[data_type]
    samples = copy.deepcopy(valid_samples()[data_type])
    out = []
    for i, s in enumerate(samples):
        rest = {k: v for k, v in s.items() if k != key}
        out.append({"gesagt": {"worte": s[key], "vorher": samples[(i + 1) % len(samples)][key]}, **rest})
    return out


def test_the_answer_written_first_is_the_answer(tmp_path):
    """(On main the draft took the answer in tension building and memory resonance.)"""
    for t in _ANSWER:
        write_batch(tmp_path / "batches" / f"{t}.json", t, _with_turned_down(t))
    proposed = field_map(schema_report([tmp_path / "batches"]).matches)
    for t, key in _ANSWER.items():
        said = {k: v for k, v in proposed[t].items() if k.startswith("gesagt")}
        assert said == {"gesagt.worte": key}, proposed[t]


def test_a_score_the_records_rules_left_without_a_line_is_written_first_too():
    # the state the records' rules leave (`_replacements`): the authenticity taken from the quality score by the
    # real authenticity, the quality score with no line, a second mark written after it holding our quality score.
    # The rules read no quality score; the mark written first beside the second one is the record's own.
    from curation.ingest.interactions.field_fit import FieldMatch, TypeMatch
    from curation.ingest.interactions.field_match import _written_first
    from curation.ingest.interactions.profile import profile_samples
    from curation.ingest.interactions.spec_fields import spec_fields

    rng = random.Random(11)
    samples = []
    for s in copy.deepcopy(valid_samples()["multi_step"]):
        tm = s.pop("training_metadata")
        s["mk"] = {"ta": tm["authenticity_score"], "tq": tm["quality_score"]}
        s["mk"]["tb"] = round(rng.uniform(0.45, 0.98), 2)  # a second mark
        s["mk"]["tc"] = round(rng.uniform(0.55, 0.99), 2)  # its confidence
        samples.append(s)
    tp = profile_samples("multi_step", samples)
    fields = spec_fields()["multi_step"]
    by_path = {f.path: f for f in fields}
    q, a = "training_metadata.quality_score", "training_metadata.authenticity_score"
    rules = "name 0%, 100% of values in [0, 1]; the records' rules decide: 2 of 12 fail with this map, 9 with "
    tm = TypeMatch("multi_step", True, len(samples))
    tm.matches = [
        FieldMatch("mk.ta", a, "proposed", 0.52, rules + "mk.ta -> None"),
        FieldMatch("mk.tq", None, "unmatched", 0.0, rules + f"mk.tq -> {a}"),
        FieldMatch("mk.tb", q, "proposed", 0.52, "name 0%, 100% of values in [0, 1]; AMBIGUOUS with mk.tc: check it"),
        FieldMatch("mk.tc", None, "unmatched", 0.0),
    ]
    scores = {(p, q): (0.52, "", 0.0) for p in ("mk.tq", "mk.tb", "mk.tc")}
    _written_first(tm, tp, by_path, Vocabulary(()), scores)
    got = {m.source: m.target for m in tm.matches if m.target}
    assert got == {"mk.ta": a, "mk.tq": q}, got
