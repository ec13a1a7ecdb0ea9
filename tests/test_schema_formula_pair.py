"""Base and effective capacity settled by the capacity formula itself (field_match._formula_change).

Numbers on one scale under names that say nothing, written in an order that changes from record to record, leave
the matcher to guess which is which; with five or six such numbers crossed at once (base, effective, support
needed, the authenticity score, a second judge's mark and a certainty, all "x out of 10"), every record breaks some
rule under each single swap, so counting failing records never finds a swap that halves them, and the capacity
formula rejected every record. The formula tells its own two inputs apart: exactly one pair of the numbers keeps
effective = base + the factors' impacts in nearly every record.

Witnesses: fresh24's Agadir dossiers (sheets of labelled lines, shuffled per record; ~380 records rejected on the
formula at seeds 1-40) and the register below, written for this test: a list of labelled Georgian cells in a
shuffled order beside our own names for everything else.
"""

from __future__ import annotations

import contextlib
import copy
import io
import random
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift import valid_samples, write_batch  # noqa: E402

EA = "emotional_authenticity"
#: the register's labels (Georgian): base, effective, need, score, a second judge's mark, the model's certainty
LABELS = ["საწყისი", "ეფექტური", "საჭირო", "ნამდვილობა", "მეორე_მსაჯი", "რწმენა"]


def _tenths(x: float) -> str:
    return f"{round(x, 1):g} out of 10"


def _register() -> list[dict]:
    """Emotional authenticity with its six numbers in a list of labelled cells (`რეესტრი`), shuffled per record."""
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()[EA])):
        rnd = random.Random(i)
        score = s.pop("authenticity_score")
        values = [
            s.pop("base_capacity"),
            s.pop("effective_capacity"),
            s.pop("support_level_needed"),
            10 * score,
            10 * min(1.0, max(0.0, score + rnd.choice([-0.2, -0.1, 0.1, 0.2]))),
            rnd.uniform(5.5, 9.9),
        ]
        cells = [{"ნიშანი": label, "ჩანაწერი": _tenths(v)} for label, v in zip(LABELS, values, strict=True)]
        rnd.shuffle(cells)
        s["რეესტრი"] = cells
        out.append(s)
    return out


def _formula_rejects(folder: Path, lines: dict) -> int:
    """Records rejected on the capacity formula with the proposed lines (the missing-field guard raises if it stops)."""
    from curation.analytics import batch_analysis as analysis

    ev = _eval_harness()
    with contextlib.redirect_stderr(io.StringIO()):
        a = analysis.analyze(ev._config(folder.parent, {"field_map": {EA: lines}}))
    return sum(1 for row in a.status().values() if row["reason"] == "rule_capacity_effective_formula")


def test_the_capacity_formula_names_its_own_two_inputs(tmp_path):
    out = _register()
    write_batch(tmp_path / "batches" / "ea.json", EA, out)
    report = schema_report([tmp_path / "batches"])
    lines = field_map(report.matches)[EA]
    assert lines.get(f"რეესტრი[ნიშანი={LABELS[0]}].ჩანაწერი") == "base_capacity", lines
    assert lines.get(f"რეესტრი[ნიშანი={LABELS[1]}].ჩანაწერი") == "effective_capacity", lines
    evidence = {m.source: m.evidence for t in report.matches if t.data_type == EA for m in t.matches}
    assert "the capacity formula holds" in evidence[f"რეესტრი[ნიშანი={LABELS[0]}].ჩანაწერი"]
    assert _formula_rejects(tmp_path / "batches", lines) == 0


def test_a_map_that_keeps_the_formula_is_left_to_the_failure_counts(tmp_path):
    # the same register with base and effective under our own names: the map keeps the formula, nothing is moved
    out = _register()
    for s, raw in zip(out, valid_samples()[EA], strict=True):
        s["რეესტრი"] = [c for c in s["რეესტრი"] if c["ნიშანი"] not in LABELS[:2]]
        s["base_capacity"], s["effective_capacity"] = raw["base_capacity"], raw["effective_capacity"]
    write_batch(tmp_path / "batches" / "ea.json", EA, out)
    report = schema_report([tmp_path / "batches"])
    evidence = " ".join(m.evidence for t in report.matches if t.data_type == EA for m in t.matches)
    assert "the capacity formula holds" not in evidence
    assert _formula_rejects(tmp_path / "batches", field_map(report.matches)[EA]) == 0
