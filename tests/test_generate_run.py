"""Generation runs end to end against a loopback Ollama: planning, files, resume, coverage, ingest, build."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from curation.cli import main
from curation.config import Config, load_config
from curation.generate.coverage import CoverageDB
from curation.generate.parameters import Planner, dimensions_for, support_needed
from curation.generate.runner import STATE_DIR, GenerationRun, allocate
from curation.generate.settings import ALL_DATA_TYPES, GenerationConfig, ParameterSpace
from curation.llm.client import LLMClient, RequestCache
from curation.stages.base import Context

REPO = Path(__file__).resolve().parents[1]


def run_generation(server, out, **kw):
    gen = GenerationConfig(host=server.url, backoff=0.01, concurrency=kw.pop("concurrency", 4), **kw.pop("gen", {}))
    cache = RequestCache(Path(out) / STATE_DIR / "requests.sqlite")
    try:
        return GenerationRun(gen, LLMClient.from_settings(gen, cache=cache), out, **kw).run()
    finally:
        cache.close()


def batch_samples(out: Path) -> Counter:
    n = Counter()
    for p in out.glob("*.json"):
        d = json.loads(p.read_text())
        if isinstance(d, list):
            n["multi_step"] += len(d)
        else:
            n[d["data_type"]] += d["sample_count"]
            assert d["sample_count"] == len(d["samples"])
    return n


def ingest(out: Path):
    """The interactions ingest and its validation stage, as the build runs them."""
    from curation.ingest.interactions.source import InteractionSource
    from curation.stages.interactions import ValidateInteractions

    cfg = Config.model_validate({"inputs": {"interactions": [str(out)]}})
    ctx = Context(config=cfg)
    records = list(
        ValidateInteractions.from_config(cfg.interactions)(
            InteractionSource.from_config(cfg.interactions, cfg.inputs.interactions, cfg.resolve)(ctx), ctx
        )
    )
    return records, ctx


# ---- planning --------------------------------------------------------------------------------------
def test_gap_first_covers_every_combination_once_then_follows_frequencies():
    space = ParameterSpace()
    planner = Planner(dimensions_for("emotional_authenticity", space), {}, True, seed="t")
    first = [planner.next() for _ in range(128)]
    assert len(set(first)) == 128  # every (capacity, authenticity, complexity) cell exactly once
    # every prefix is spread: the first 8 picks use every complexity type
    assert len({c[2] for c in first[:8]}) == 8 and len({c[0] for c in first[:4]}) == 4
    more = [planner.next() for _ in range(2000)]
    caps = Counter(c[0] for c in more)
    for b in space.capacity_levels:  # frequencies from the spec once the gaps are filled
        assert abs(caps[b.name] / 2000 - b.frequency) < 0.02
    assert max(Counter(c[2] for c in more).values()) - min(Counter(c[2] for c in more).values()) <= 1


def test_gap_first_starts_from_the_database_counts():
    dims = dimensions_for("memory_resonance", ParameterSpace())
    counts = {(v,): 3 for v in dims[0].values if v != "past_trauma_trigger"}
    assert Planner(dims, counts).next() == ("past_trauma_trigger",)


def test_support_needed_formula():
    import random

    rng = random.Random(0)
    for _ in range(200):
        x = rng.uniform(0.5, 9.5)
        assert support_needed(x, "failed", rng) >= min(10.0, x + 4.0) - 0.05
        s = support_needed(x, "struggling", rng)
        assert min(10.0, x + 1.5) - 0.05 <= s <= x + 3.05
        assert support_needed(x, "excellent", rng) <= max(1.0, x - 1.0) + 0.05


def test_allocation_follows_weights_and_keeps_every_type():
    a = allocate(24, list(ALL_DATA_TYPES), GenerationConfig().type_weights)
    assert sum(a.values()) == 24 and min(a.values()) >= 1
    assert a["personality_traits"] >= a["relationship_scoring"]


# ---- runs ------------------------------------------------------------------------------------------
def test_run_writes_spec_files_that_ingest_without_format_rejects(server, tmp_path):
    out = tmp_path / "training_output_v1.2"
    s = run_generation(server, out, samples=24)
    assert s.total == 24 and s.failed_jobs == 0
    assert batch_samples(out) == Counter(s.samples)
    names = sorted(p.name for p in out.glob("*.json"))
    assert any(n.startswith("emotional_authenticity_batch0001_") for n in names)
    assert any(n.startswith("multi_step_batch_") and "PARTIAL" not in n for n in names)
    doc = json.loads(next(out.glob("emotional_authenticity_batch0001_*.json")).read_text())
    assert set(doc) == {"master_truths_version", "data_type", "batch_number", "timestamp", "sample_count", "samples"}
    for sample in doc["samples"]:  # the capacity arithmetic holds
        total = sample["base_capacity"] + sum(f["impact"] for f in sample["capacity_factors"])
        assert abs(max(0, min(10, total)) - sample["effective_capacity"]) < 0.05
    records, ctx = ingest(out)
    assert len(records) == 24
    assert ctx.ledger.total_rejected == 0, ctx.rejects.rows
    assert Counter(r.data_type for r in records) == Counter(s.samples)
    assert (out / "coverage.db").exists() and not list(out.glob("*.log"))  # log is the CLI's


def test_faulty_server_still_yields_valid_batches(server, tmp_path):
    server.script = ["500", "think", "malformed", "fence"]  # each fault at least once, whatever the draws
    server.fault_rates = {"think": 0.2, "malformed": 0.1, "fence": 0.1, "500": 0.1}
    s = run_generation(server, tmp_path / "o", samples=30, gen={"max_error_share": 0.9})
    records, ctx = ingest(tmp_path / "o")
    assert len(records) == s.total and ctx.ledger.total_rejected == 0
    assert server.counts["think"] and server.counts["500"]
    assert s.total >= 24  # malformed answers are asked again with a new seed; few slots stay empty


def test_error_rate_stops_the_run_early(server, tmp_path):
    server.fault_rates = {"500": 1.0}
    s = run_generation(server, tmp_path / "o", samples=40, gen={"retries": 0, "min_requests_for_stop": 5})
    assert s.stopped_reason and "stopped early" in s.stopped_reason and s.total == 0
    assert server.counts["500"] < 40


def test_rerun_of_a_finished_run_plans_new_examples_gap_first(server, tmp_path):
    out = tmp_path / "o"
    run_generation(server, out, samples=64, types=["multi_step"], judge=False)
    run_generation(server, out, samples=64, types=["multi_step"], judge=False)
    with CoverageDB(out / "coverage.db") as cov:
        report = cov.report(ParameterSpace(), ["multi_step"])
    assert report["gaps_to_fill"] == [] and report["total_examples_generated"] == 128
    assert report["types"]["multi_step"]["covered"] == 128
    assert len(server.chat_keys) == len(set(server.chat_keys))


def test_cli_generate_interrupted_then_resumed(server, tmp_path):
    """Ctrl-C mid-run writes a PARTIAL file; the rerun asks nothing twice and loses nothing."""
    out = tmp_path / "o"
    server.slow_seconds = 0.15
    server.fault_rates = {"slow": 1.0}
    cmd = [
        sys.executable,
        "-m",
        "curation.cli",
        "generate",
        "--samples",
        "24",
        "--out",
        str(out),
        "--host",
        server.url,
        "--concurrency",
        "2",
        "--quiet",
        "--types",
        "emotional_authenticity,multi_step,tension_building",
    ]
    env = {**os.environ, "OLLAMA_HOST": "http://127.0.0.1:9"}  # --host wins over the environment
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while len(server.chat_keys) < 12 and time.time() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    partial = list(out.glob("multi_step_batch_PARTIAL_*.json"))
    assert partial and "run the same command again to resume" in err
    kept = {json.dumps(x, sort_keys=True) for x in json.loads(partial[0].read_text())}
    asked_before = len(server.chat_keys)

    server.fault_rates = {}
    proc = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "resumed" in proc.stdout
    assert len(server.chat_keys) == len(set(server.chat_keys))  # no request asked twice
    assert len(server.chat_keys) > asked_before
    assert not list(out.glob("*PARTIAL*"))
    final = json.loads(next(out.glob("multi_step_batch_*.json")).read_text())
    assert kept <= {json.dumps(x, sort_keys=True) for x in final}  # nothing lost
    assert sum(batch_samples(out).values()) == 24
    assert (out / "training_generation_v1.2.log").read_text().count("resumed") == 1
    with CoverageDB(out / "coverage.db") as cov:  # each sample counted once despite the two runs
        assert sum(cov.counts("multi_step").values()) == batch_samples(out)["multi_step"]


def test_cli_check_only(server, capsys):
    assert main(["generate", "--check-only", "--host", server.url]) == 0
    assert capsys.readouterr().out.startswith("ok: Ollama at")
    server.models.discard("qwen3:32b")
    assert main(["generate", "--check-only", "--host", server.url]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: model 'qwen3:32b' is not available on Ollama at {server.url}: run `ollama pull qwen3:32b`"]


def test_cli_check_only_server_down_is_one_line():
    proc = subprocess.run(
        [sys.executable, "-m", "curation.cli", "generate", "--check-only", "--host", "http://127.0.0.1:9"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot connect to Ollama at http://127.0.0.1:9" in lines[0]
    assert "Traceback" not in proc.stderr


def test_cli_openai_api(server, tmp_path, capsys):
    out = tmp_path / "o"
    assert (
        main(
            [
                "generate",
                "--samples",
                "7",
                "--out",
                str(out),
                "--api",
                "openai",
                "--base-url",
                server.url + "/v1",
                "--quiet",
                "--no-judge",
            ]
        )
        == 0
    )
    assert sum(batch_samples(out).values()) == 7


def test_cli_coverage_and_monitor(server, tmp_path, capsys):
    out = tmp_path / "o"
    assert (
        main(
            [
                "generate",
                "--samples",
                "130",
                "--types",
                "emotional_authenticity",
                "--out",
                str(out),
                "--host",
                server.url,
                "--quiet",
                "--no-judge",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["coverage", str(out)]) == 0
    text = capsys.readouterr().out
    assert "every combination covered" in text and "130 examples in 128 of 128" in text
    assert main(["coverage", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["gaps_to_fill"] == []
    assert main(["monitor", str(out), "--once"]) == 0
    assert "130 samples" in capsys.readouterr().out
    assert main(["monitor", str(out), "--once"]) == 0
    assert "+0 new since last check" in capsys.readouterr().out


def test_generate_then_build(server, tmp_path):
    """generate -> build: the dataset folder holds every generated sample that passes the quality gate."""
    from curation.build import build

    gen_out = tmp_path / "gen"
    s = run_generation(server, gen_out, samples=24)
    cfg_path = tmp_path / "build.yaml"
    cfg_path.write_text(f"root: {REPO}\ninputs:\n  interactions: [{gen_out}]\n", encoding="utf-8")
    result = build(load_config(cfg_path), tmp_path / "ds")
    ledger = {st["stage"]: st for st in result.report["ledger"]}
    assert ledger["interactions"]["out"] == s.total and ledger["interactions"]["rejected"] == 0
    assert ledger["validate_interactions"]["rejected"] == 0
    assert (tmp_path / "ds").is_dir()
