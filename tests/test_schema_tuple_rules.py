"""A tuple's numbers placed by the records' rules (position_rules): a loose number beside a nameless tuple of a
record's capacities must not hold the effective capacity the tuple holds, or every record fails the capacity formula.

Witnesses: fresh12's tally studio (`gauge: [base, effective, "low"]` beside `outlay.datum`, the support given: 384
valid records rejected as rule_capacity_effective_formula on main) and the dialect below, written for this test:
capacities as `inputs.meter: [base, effective]` (other names, one level down, no label in the tuple) beside
`poured`, the support given, in the same 0-10 range."""

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
    """Records kept with the proposed lines and no rule flagged (the missing-field guard raises if it stops)."""
    from curation.analytics import batch_analysis as analysis

    ev = _eval_harness()
    with contextlib.redirect_stderr(io.StringIO()):
        a = analysis.analyze(ev._config(folder.parent, {"field_map": {data_type: lines}}))
    status = a.status()
    return sum(1 for r in a.recovered if r.id not in status and r.data_type == data_type)


def _metered() -> list[dict]:
    """Emotional authenticity whose base and effective capacity sit in a nameless pair one level down, with the
    support the character gives (within effective + 2, on the same scale) beside it under a name of its own."""
    out = []
    for s in copy.deepcopy(valid_samples()["emotional_authenticity"]):
        meter = [s.pop("base_capacity"), s.pop("effective_capacity")]
        poured = round(max(0.0, min(meter[1] + 2.0, s["support_level_needed"]) - 0.5), 1)
        s["inputs"] = {"meter": meter}
        s["poured"] = poured
        out.append(s)
    return out


def test_a_loose_number_gives_the_effective_capacity_back_to_the_tuple(tmp_path):
    out = _metered()
    write_batch(tmp_path / "batches" / "ea.json", "emotional_authenticity", out)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["emotional_authenticity"]
    assert lines.get("inputs.meter[1]") == "effective_capacity", lines
    assert lines.get("poured") != "effective_capacity", lines
    assert _kept(tmp_path / "batches", "emotional_authenticity", lines) == len(out)


_BUCKETS = [("failed", 0.2), ("struggling", 0.4), ("authentic", 0.6), ("excellent", 0.8)]


def _aimed() -> list[dict]:
    """Emotional authenticity whose target and complexity sit in a nameless pair (`aims`, which only the labels'
    position form reads), its authenticity score under a name of its own (`zeal`) and, written before it, the model's
    stated confidence (`assurance`, 0.55-0.99, no field of ours) in the same 0-1 form."""
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()["emotional_authenticity"])):
        score = s.pop("authenticity_score")
        s.pop("authenticity_target", None)
        if s["support_level_needed"] > s["effective_capacity"] + 2 and score >= 0.8:
            score = round(0.61 + 0.01 * (i % 15), 2)  # (an excellent target over X+2 would be a planted violation)
        target = [name for name, lo in _BUCKETS if score >= lo][-1]
        assurance = round(0.55 + ((7 * i) % 45) / 100, 2)
        out.append({"aims": [target, s.pop("complexity_type")], **s, "assurance": assurance, "zeal": score})
    return out


def test_a_score_the_rules_read_goes_to_the_field_the_labels_agree_with(tmp_path):
    out = _aimed()
    write_batch(tmp_path / "batches" / "ea.json", "emotional_authenticity", out)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["emotional_authenticity"]
    assert lines.get("aims[0]") == "authenticity_target", lines
    assert lines.get("zeal") == "authenticity_score", lines
    assert "assurance" not in lines, lines
    assert _kept(tmp_path / "batches", "emotional_authenticity", lines) == len(out)
