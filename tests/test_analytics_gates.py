"""Each quality gate passes and fails on a fixture built for it, per batch file and per build."""

from __future__ import annotations

import pytest

from curation.analytics.gates import enforce
from curation.analytics.settings import AnalyticsConfig
from curation.analytics.statistics import dataset_statistics
from curation.errors import UserError
from curation.records import Record, Source

# a passing batch: 2 failed, 3 struggling, 3 authentic, 2 excellent (20 %); range 0.25-0.95
GOOD_SCORES = [0.25, 0.35, 0.45, 0.5, 0.55, 0.65, 0.7, 0.75, 0.85, 0.95]
# 5 types, baseline 2/10 = 20 %, people_pleasing 2
GOOD_TYPES = [
    "baseline",
    "baseline",
    "people_pleasing",
    "people_pleasing",
    "misjudgment_over",
    "misjudgment_over",
    "defensive_lashing",
    "mixed_emotions",
    "mixed_emotions",
    "cultural_indirect",
]


def batch(file: str, scores=GOOD_SCORES, types=GOOD_TYPES, violations=None, texts=None) -> list[Record]:
    out = []
    for i, (s, t) in enumerate(zip(scores, types, strict=False)):
        text = texts[i] if texts else f"{file} sample {i}: I can't carry this tonight, but I hear you ({s})."
        out.append(
            Record(
                id=f"{file}:{i}",
                kind="interaction",
                source=Source(file, i),
                data_type="emotional_authenticity",
                data={
                    "authenticity_score": s,
                    "complexity_type": t,
                    "effective_capacity": 5.0,
                    "character_response": text,
                },
                metadata={"quality": s, "master_truths_version": "v1.2"},
                violations=list((violations or {}).get(i, [])),
            )
        )
    return out


def gate(stats, name, where="build"):
    ev = stats["gates"]["build"] if where == "build" else stats["gates"]["batches"][where]
    return next(r for r in ev["results"] if r["gate"] == name)


def test_good_batch_passes_every_gate():
    stats = dataset_statistics(batch("b1.json"), rejects=[])
    assert stats["gates"]["build"]["passed"], stats["gates"]["build"]
    assert stats["gates"]["batches"]["b1.json"]["passed"]
    assert stats["gates"]["failed_batches"] == []


@pytest.mark.parametrize(
    "scores, name, value",
    [
        ([0.25] + [0.5] * 3 + [0.7] * 6, "spectrum.min_failed", 1),
        ([0.25, 0.3] + [0.5] * 2 + [0.7] * 6, "spectrum.min_struggling", 2),
        ([0.25, 0.3, 0.45, 0.5, 0.55] + [0.9] * 5, "spectrum.max_excellent_share", 0.5),
    ],
)
def test_spectrum_gates_fail(scores, name, value):
    stats = dataset_statistics(batch("b.json", scores=scores), rejects=[])
    r = gate(stats, name, "b.json")
    assert (r["status"], r["value"]) == ("fail", value)
    assert not stats["gates"]["build"]["passed"]
    assert stats["gates"]["failed_batches"] == ["b.json"]


def test_authenticity_range_is_max_minus_min():
    narrow = [0.82, 0.85, 0.88, 0.9, 0.95, 0.83, 0.86, 0.9, 0.91, 0.93]  # the spec's "before": 0.13 range
    r = gate(dataset_statistics(batch("b.json", scores=narrow)), "spectrum.min_authenticity_range")
    assert r["status"] == "fail" and r["value"] == pytest.approx(0.13)
    r = gate(dataset_statistics(batch("b.json")), "spectrum.min_authenticity_range")
    assert r["status"] == "pass" and r["value"] == pytest.approx(0.7)


def test_complexity_gates():
    four_types = (
        ["baseline", "baseline", "people_pleasing", "people_pleasing"]
        + ["mixed_emotions"] * 3
        + ["misjudgment_over"] * 3
    )
    stats = dataset_statistics(batch("b.json", types=four_types))
    assert gate(stats, "complexity.min_types")["status"] == "fail"
    heavy_baseline = ["baseline"] * 4 + GOOD_TYPES[2:8]
    stats = dataset_statistics(batch("b.json", types=heavy_baseline))
    r = gate(stats, "complexity.max_baseline_share")
    assert (r["status"], r["value"]) == ("fail", 0.4)
    no_pleasing = [t if t != "people_pleasing" else "emergency_override" for t in GOOD_TYPES]
    no_pleasing[2] = "people_pleasing"
    r = gate(dataset_statistics(batch("b.json", types=no_pleasing)), "complexity.required.people_pleasing")
    assert (r["status"], r["value"]) == ("fail", 1)
    assert gate(dataset_statistics(batch("b.json")), "complexity.min_types")["status"] == "pass"


def test_duplicate_share_counts_present_and_removed_duplicates():
    records = [r for i in range(10) for r in batch(f"b{i}.json")]  # 100 distinct samples
    assert gate(dataset_statistics(records), "duplicate_share")["value"] == 0.0
    records[5].data["character_response"] = records[4].data["character_response"].upper()  # same after normalising
    r = gate(dataset_statistics(records), "duplicate_share")
    assert (r["status"], r["value"]) == ("pass", 0.01)
    removed = [{"source_file": "b9.json", "reason": "near_duplicate", "kind": "interaction", "stage": "dedupe"}]
    r = gate(dataset_statistics(records, rejects=removed), "duplicate_share")
    assert r["status"] == "pass" and r["value"] == pytest.approx(2 / 101, abs=1e-4)  # just under 2 %
    r = gate(dataset_statistics(records, rejects=removed * 2), "duplicate_share")
    assert r["status"] == "fail" and r["value"] == pytest.approx(3 / 102, abs=1e-4)


def test_pass_rate_needs_rejects_and_counts_failures_only():
    records = batch("b.json")
    assert gate(dataset_statistics(records), "pass_rate")["status"] == "n/a"
    failed = [{"source_file": "b.json", "reason": "below_quality_threshold", "kind": "interaction"}] * 4
    selected = [{"source_file": "b.json", "reason": "master_truths_version_excluded", "kind": "interaction"}] * 5
    r = gate(dataset_statistics(records, rejects=failed + selected), "pass_rate", "b.json")
    assert (r["status"], r["value"]) == ("fail", round(1 - 4 / 19, 4))
    r = gate(dataset_statistics(records, rejects=failed[:2]), "pass_rate", "b.json")
    assert (r["status"], r["value"]) == ("pass", round(1 - 2 / 12, 4))


def test_capacity_violations_from_flags_and_rejects():
    records = batch("b.json", violations={0: ["capacity.x_plus_2"]})
    r = gate(dataset_statistics(records, rejects=[]), "capacity_violation_share")
    assert (r["status"], r["value"]) == ("fail", 0.1)
    records = [r for i in range(3) for r in batch(f"b{i}.json")]
    rejects = [
        {
            "source_file": "b0.json",
            "reason": "rule_violation",
            "kind": "interaction",
            "detail": {"rules": ["capacity.effective_formula"]},
        }
    ]
    stats = dataset_statistics(records, rejects=rejects)
    assert gate(stats, "capacity_violation_share")["value"] == pytest.approx(1 / 31, abs=1e-4)
    assert gate(stats, "capacity_violation_share", "b0.json")["status"] == "fail"
    assert gate(stats, "capacity_violation_share", "b1.json")["status"] == "pass"


def test_gates_not_applicable_without_spectrum_data():
    r = Record(
        id="x",
        kind="interaction",
        source=Source("di.json", 0),
        data_type="dramatic_irony",
        data={"scenario": "s"},
        metadata={"quality": 0.8},
    )
    stats = dataset_statistics([r])
    statuses = {x["gate"]: x["status"] for x in stats["gates"]["build"]["results"]}
    assert statuses["spectrum.min_failed"] == "n/a" and statuses["complexity.min_types"] == "n/a"
    assert stats["gates"]["build"]["passed"]


def test_per_batch_and_build_are_judged_separately():
    bad = batch("bad.json", scores=[0.9] * 10)
    stats = dataset_statistics(batch("good.json") + bad, rejects=[])
    assert stats["gates"]["failed_batches"] == ["bad.json"]
    assert stats["gates"]["batches"]["good.json"]["passed"]


def test_enforce_raises_only_when_configured():
    stats = dataset_statistics(batch("b.json", scores=[0.9] * 10))
    enforce(stats["gates"], AnalyticsConfig())  # reported, not enforced
    with pytest.raises(UserError, match=r"build: spectrum.min_failed 0 \(needs >= 2\)"):
        enforce(stats["gates"], AnalyticsConfig(enforce_gates=True))
    ok = dataset_statistics(batch("good.json") + batch("bad.json", scores=[0.25, 0.3, 0.45, 0.5] + [0.7] * 6))
    enforce(ok["gates"], AnalyticsConfig(enforce_gates=True))
    with pytest.raises(UserError, match="bad.json: spectrum.min_struggling"):
        enforce(ok["gates"], AnalyticsConfig(enforce_batch_gates=True))
