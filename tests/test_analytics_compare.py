"""`unwritten compare` on two fixture datasets reports the differences built into them."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from datasets import load_dataset

from curation.analytics.compare import compare_inputs, compare_statistics, verdict
from curation.analytics.inputs import BUILT, CONVERSATIONS, input_kind, load_input
from curation.cli import main
from curation.export.dataset_folder import write_dataset_folder
from curation.records import Record, Source

COMPLEXITY = [
    "baseline",
    "people_pleasing",
    "misjudgment_over",
    "misjudgment_under",
    "defensive_lashing",
    "emergency_override",
    "cultural_indirect",
    "mixed_emotions",
]
WORDS = [
    "rain",
    "kettle",
    "letter",
    "harbor",
    "lantern",
    "orchard",
    "winter",
    "promise",
    "silence",
    "door",
    "window",
    "river",
    "stone",
    "bread",
    "candle",
    "mirror",
    "sister",
    "brother",
    "father",
    "friend",
    "stranger",
    "road",
    "night",
    "morning",
    "tired",
    "angry",
    "gentle",
    "quiet",
    "sharp",
    "warm",
    "late",
    "early",
    "broken",
    "whole",
    "small",
    "heavy",
    "bright",
    "I",
    "you",
    "we",
    "can't",
    "won't",
    "maybe",
    "sorry",
]
CAPACITY = {"crisis": 1.0, "low": 3.0, "medium": 5.5, "high": 8.0}


def record(i: int, auth: float, cap: float, complexity: str, text: str, file: str) -> Record:
    return Record(
        id=f"{file}-{i}",
        kind="interaction",
        source=Source(file, i),
        data_type="emotional_authenticity",
        data={
            "authenticity_score": auth,
            "effective_capacity": cap,
            "complexity_type": complexity,
            "character_response": text,
        },
        conversations=[
            {"from": "system", "value": "You are a character."},
            {"from": "human", "value": "My friend needs support."},
            {"from": "gpt", "value": text},
        ],
        metadata={
            "quality": auth,
            "master_truths_version": "v1.2",
            "effective_capacity": cap,
            "complexity_type": complexity,
            "split": ("train", "validation", "test")[i % 3],
        },
    )


def old_set(n: int = 120) -> list[Record]:
    """The spec's "before": 0.82-0.95 only, baseline only, low capacity, templated, 5 % exact repeats."""
    rng = random.Random(1)
    templates = [
        "I want to help, but I'm completely wiped after the accident. Can we talk tomorrow?",
        "I want to help, but I haven't slept in three days. Can we talk tomorrow?",
        "I want to help, but I'm running on empty since the crash. Can we talk tomorrow?",
    ]
    out = []
    for i in range(n):
        text = f"{templates[i % 3]} ({i})" if i % 20 else templates[0]
        out.append(record(i, round(rng.uniform(0.82, 0.95), 3), 2.5, "baseline", text, "old/ea_batch.json"))
    return out


def new_set(n: int = 160) -> list[Record]:
    """The spec's "after": full spectrum, 8 complexity types, every capacity level, varied text."""
    rng = random.Random(2)
    out = []
    for i in range(n):
        auth = round(0.2 + 0.8 * ((i * 7) % n) / n, 3)
        level = list(CAPACITY)[i % 4]
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 70)))
        out.append(record(i, auth, CAPACITY[level], COMPLEXITY[(i // 4) % 8], text, "new/ea_batch.json"))
    return out


def write_jsonl(path: Path, records: list[Record]) -> Path:
    rows = [
        {
            "conversations": r.conversations,
            "metadata": {**r.metadata, "id": r.id, "data_type": r.data_type, "kind": r.kind},
        }
        for r in records
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in rows), encoding="utf-8")
    return path


def lines_by_metric(report):
    return {line["metric"]: line for line in report["lines"]}


def test_verdicts():
    assert verdict(1, 2, "higher") == "improved"
    assert verdict(1, 2, "lower") == "worse"
    assert verdict(0.5, 0.502, "higher", 0.005) == "same"
    assert verdict(False, True, "higher") == "improved"
    assert verdict(10, 20, None) == "changed"
    assert verdict(None, None, "higher") == "n/a"


def test_compare_cli_reports_known_differences(tmp_path, capsys):
    a = write_jsonl(tmp_path / "old.jsonl", old_set())
    b = write_jsonl(tmp_path / "new.jsonl", new_set())
    md, js = tmp_path / "report" / "cmp.md", tmp_path / "report" / "cmp.json"
    assert main(["compare", str(a), str(b), "--json", str(js), "--md", str(md)]) == 0
    out = capsys.readouterr().out
    assert "pattern diversity" in out and "improved" in out

    report = json.loads(js.read_text())
    assert report["a"]["input"] == report["b"]["input"] == CONVERSATIONS
    m = lines_by_metric(report)
    assert (m["categories covered (of 4)"]["a"], m["categories covered (of 4)"]["b"]) == (1, 4)
    assert m["min-max"]["a"].startswith("0.8") and m["min-max"]["b"].startswith("0.2")
    assert (m["types covered"]["a"], m["types covered"]["b"]) == (1, 8)
    assert (m["baseline share"]["a"], m["baseline share"]["b"]) == (1.0, 0.125)
    assert (m["balanced"]["a"], m["balanced"]["b"]) == (False, True)
    assert (
        m["capacity x authenticity cells covered (of 16)"]["a"],
        m["capacity x authenticity cells covered (of 16)"]["b"],
    ) == (1, 16)
    assert m["duplicate share"]["a"] == pytest.approx(5 / 120, abs=1e-4) and m["duplicate share"]["b"] == 0
    for metric in (
        "categories covered (of 4)",
        "range (max - min)",
        "types covered",
        "baseline share",
        "balanced",
        "gaps",
        "pattern diversity",
        "distinct-2",
        "compression ratio",
        "duplicate share",
        "build gates passed",
        "all build gates pass",
    ):
        assert m[metric]["verdict"] == "improved", metric
    assert m["mean quality"]["verdict"] == "worse"  # a full spectrum has lower mean scores, honestly shown
    assert m["samples"]["verdict"] == "changed"
    assert m["pass rate"]["verdict"] == "n/a"  # conversation JSONL carries no rejects
    assert report["summary"]["improved"] > report["summary"]["worse"]

    text = md.read_text()
    assert "| categories covered (of 4) | 1 | 4 | ✅ improved |" in text
    for png in ("cmp_files/coverage_heatmap.png", "cmp_files/quality_histogram.png"):
        assert f"]({png})" in text
        assert (md.parent / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "spectrum.min_failed" in text  # A fails the spectrum gates


def test_compare_is_deterministic(tmp_path):
    a = write_jsonl(tmp_path / "old.jsonl", old_set())
    b = write_jsonl(tmp_path / "new.jsonl", new_set())
    r1 = compare_inputs(a, b, json_path=tmp_path / "1.json", md_path=tmp_path / "1.md")
    r2 = compare_inputs(a, b, json_path=tmp_path / "2.json", md_path=tmp_path / "2.md")
    assert r1["lines"] == r2["lines"]
    assert (tmp_path / "1.json").read_text() == (tmp_path / "2.json").read_text()
    assert (tmp_path / "1_files" / "coverage_heatmap.png").read_bytes() == (
        tmp_path / "2_files" / "coverage_heatmap.png"
    ).read_bytes()


def test_built_dataset_folder_joins_structured_samples(tmp_path):
    folder = tmp_path / "built"
    records = new_set(40)
    for r in records:  # a multi-row-free build: authenticity lives only in the structured sample
        del r.metadata["quality"]
    write_dataset_folder(folder, records)
    assert load_dataset(str(folder / "data" / "conversations"), split="train").num_rows > 0
    rejects = [
        {
            "stage": "quality",
            "reason": "below_quality_threshold",
            "source_file": "new/ea_batch.json",
            "kind": "interaction",
        }
    ] * 10
    (tmp_path / "built.rejects.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rejects))
    assert input_kind(folder) == BUILT
    loaded = load_input(folder)
    assert loaded.input == BUILT and len(loaded.records) == 40 and len(loaded.rejects) == 10
    report = compare_inputs(write_jsonl(tmp_path / "old.jsonl", old_set()), folder)
    m = lines_by_metric(report)
    assert m["categories covered (of 4)"]["b"] == 4  # read from sample_json's authenticity_score
    assert m["pass rate"]["b"] == pytest.approx(0.8)


def test_missing_input_is_a_one_line_error(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "nope"), str(tmp_path / "nope2")]) == 2
    assert capsys.readouterr().err.strip().startswith("error: input not found:")


def test_per_data_type_lines_cover_both_sides():
    from curation.analytics.statistics import dataset_statistics

    a = dataset_statistics(old_set())
    b = dataset_statistics(new_set())
    lines = compare_statistics(a, b)
    assert any(
        line["metric"] == "emotional_authenticity: pattern diversity" and line["verdict"] == "improved"
        for line in lines
    )


def test_print_statistics_shows_gates_coverage_and_diversity():
    from rich.console import Console

    from curation.analytics.statistics import dataset_statistics
    from curation.analytics.summary import print_statistics

    console = Console(record=True, width=200)
    print_statistics(dataset_statistics(old_set()), console)
    text = console.export_text()
    assert "spectrum.min_failed" in text and "FAIL" in text
    assert "capacity x authenticity coverage (1/16 cells)" in text
    assert "emotional_authenticity" in text


def ea_sample(i: int, auth: float, level: str, complexity: str, text: str, eff_ok: bool = True) -> dict:
    cap = CAPACITY[level]
    return {
        "context": f"Week {i}: the mill closed",
        "base_capacity": cap + 2.0,
        "capacity_factors": [{"factor": "work_stress", "impact": -2.0}],
        "effective_capacity": cap if eff_ok else cap + 3.0,
        "situation": f"Friend {i} needs support",
        "support_level_needed": min(10.0, cap + 1.5),
        "character_response": text,
        "authenticity_score": auth,
        "demonstrates_constraint": f"Capacity {cap} + 2 = {cap + 2} max",
        "complexity_type": complexity,
    }


def write_batch(path: Path, version: str, samples: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "master_truths_version": version,
                "data_type": "emotional_authenticity",
                "batch_number": 1,
                "timestamp": "20251014_143022",
                "sample_count": len(samples),
                "samples": samples,
            }
        ),
        encoding="utf-8",
    )
    return path


def test_batch_folders_run_through_validation(tmp_path):
    old = [
        ea_sample(
            i,
            0.85 + (i % 3) / 100,
            "low",
            "baseline",
            f"I want to help, but I'm wiped. Can we talk tomorrow? ({i % 4})",
            eff_ok=i != 0,
        )
        for i in range(12)
    ]
    old.append(dict(old[1], authenticity_score=0.3))  # below the 0.7 threshold: a failure, not kept
    rng = random.Random(4)
    new = [
        ea_sample(
            i,
            round(0.7 + 0.3 * i / 16, 3),
            list(CAPACITY)[i % 4],
            COMPLEXITY[i % 8],
            " ".join(rng.choice(WORDS) for _ in range(30)),
        )
        for i in range(16)
    ]
    write_batch(tmp_path / "old" / "emotional_authenticity_batch0001_20251014_143022.json", "v1.2", old)
    write_batch(tmp_path / "new" / "emotional_authenticity_batch0001_20251014_143022.json", "v1.2", new)
    report = compare_inputs(tmp_path / "old", tmp_path / "new")
    assert report["a"]["input"] == "interaction batches"
    a = report["a"]["statistics"]
    assert a["samples"] == 11  # 13 found: one breaks the effective-capacity formula, one is below threshold
    pass_rate = next(r for r in a["gates"]["build"]["results"] if r["gate"] == "pass_rate")
    cap = next(r for r in a["gates"]["build"]["results"] if r["gate"] == "capacity_violation_share")
    assert pass_rate["value"] == pytest.approx(11 / 13, abs=1e-4)
    assert cap["value"] == pytest.approx(1 / 13, abs=1e-4) and cap["status"] == "fail"
    assert a["duplicates"]["present"] == 7  # 4 distinct replies among 11 kept samples
    m = lines_by_metric(report)
    assert m["types covered"]["verdict"] == "improved" and m["duplicate share"]["verdict"] == "improved"


def test_mixed_version_batch_folder_stops_with_the_files(tmp_path):
    from curation.analytics.batches import read_batches
    from curation.errors import UserError
    from curation.stages.versions import check_versions

    s = [ea_sample(0, 0.8, "low", "baseline", "Not tonight, I'm sorry.")]
    write_batch(tmp_path / "in" / "emotional_authenticity_batch0001_20251013_100000.json", "v1.1", s)
    write_batch(tmp_path / "in" / "emotional_authenticity_batch0002_20251014_100000.json", "v1.2", s)
    records, _ = read_batches(tmp_path / "in")
    with pytest.raises(UserError) as e:
        check_versions(records, None)
    assert "v1.1 in 1 file (in/emotional_authenticity_batch0001_20251013_100000.json)" in str(e.value)
    assert "v1.2 in 1 file (in/emotional_authenticity_batch0002_20251014_100000.json)" in str(e.value)
