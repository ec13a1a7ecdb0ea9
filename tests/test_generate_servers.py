"""Generation over several servers: routing, failover, servers coming back, per-server models, the
request cache across servers, and the acceptance run (three faulty servers, `unwritten generate`)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from fake_ollama import FakeOllama, dead_port, free_port

from curation.cli import main
from curation.errors import UserError
from curation.generate.settings import GenerationConfig
from curation.llm.client import ChatRequest, ModelMissing, RequestCache, ServerUnavailable
from curation.llm.pool import ServerPool, ServerSpec, parse_host, resolve_servers

REPO = Path(__file__).resolve().parents[1]
SCHEMA = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}


def req(i: int, model: str = "qwen3:8b") -> ChatRequest:
    return ChatRequest.make(model, "system", f"request {i}", schema=SCHEMA, seed=i, purpose="test")


def pool(*servers, cache=None, concurrency=2, **kw) -> ServerPool:
    specs = [ServerSpec(s if isinstance(s, str) else s.url, concurrency=concurrency) for s in servers]
    return ServerPool(
        specs,
        cache=cache,
        backoff=kw.pop("backoff", 0.01),
        max_backoff=kw.pop("max_backoff", 0.05),
        connect_timeout=1.0,
        **kw,
    )


def ask_all(p: ServerPool, reqs, check: list[str] | None = None):
    async def go():
        async with p:
            if check is not None:
                await p.check(check)
            return await asyncio.gather(*(p.chat(r) for r in reqs))

    return asyncio.run(go())


def answered(*servers) -> Counter:
    return Counter(e["key"] for s in servers for e in s.log if e["event"] == "answered")


def asked_after_answer(*logs) -> list[dict]:
    """Requests a server received after some server had answered them (servers' logs, one clock): a
    completed request asked again, even if that second asking failed."""
    events = [e for log in logs for e in (log.log if isinstance(log, FakeOllama) else log)]
    answered_at = {e["key"]: e["t"] for e in events if e["event"] == "answered"}
    return [e for e in events if e["event"] == "received" and e["t"] > answered_at.get(e["key"], float("inf"))]


# ---- which servers ---------------------------------------------------------------------------------
def test_servers_come_from_hosts_then_config_then_the_default():
    gen = GenerationConfig(
        servers=["http://gpu1:11434", {"url": "http://lb:8000/v1", "api": "openai", "weight": 2, "concurrency": 8}],
        concurrency=3,
    )
    assert resolve_servers(gen) == [
        ServerSpec("http://gpu1:11434", "ollama", 1.0, 3),
        ServerSpec("http://lb:8000/v1", "openai", 2.0, 8),
    ]
    assert resolve_servers(gen, ["a:1", "b:2,weight=3,concurrency=5,api=openai"]) == [
        ServerSpec("a:1", "ollama", 1.0, 3),
        ServerSpec("b:2", "openai", 3.0, 5),
    ]
    from curation.llm.client import LLMClient  # one-server callers (scene summaries) take the first

    assert LLMClient.from_settings(gen).base_url == "http://gpu1:11434"
    assert LLMClient.from_settings(gen, host="x:5").base_url == "http://x:5"
    one = resolve_servers(GenerationConfig(host="http://cfg:1"), env={"OLLAMA_HOST": "env:2"})
    assert one == [ServerSpec("http://env:2", "ollama", 1.0, 2)]
    assert ServerSpec("http://user:secret@gpu1:11434").name == "gpu1:11434"  # no credentials in names
    with pytest.raises(UserError, match="'speed=9' is not one of"):
        parse_host("a:1,speed=9")


def test_config_section_validates_servers(tmp_path, capsys):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("generation:\n  servers:\n    - http://gpu1:11434\n    - {url: http://gpu2:11434, weight: 0}\n")
    assert main(["config", "--config", str(cfg)]) != 0
    assert "weight" in capsys.readouterr().err


# ---- routing and failover --------------------------------------------------------------------------
def test_requests_spread_over_servers_each_answered_once():
    with FakeOllama(latency=0.05) as a, FakeOllama(latency=0.05) as b, FakeOllama(latency=0.05) as c:
        p = pool(a, b, c)
        res = ask_all(p, [req(i) for i in range(30)])
        counts = answered(a, b, c)
        assert len(res) == 30 and len(counts) == 30 and set(counts.values()) == {1}
        assert all(len(answered(s)) >= 5 for s in (a, b, c))  # least-loaded: nobody idles
        assert [r["answered"] for r in p.server_stats()] == [len(answered(s)) for s in (a, b, c)]


def test_waiting_requests_take_freed_slots_even_when_some_are_cancelled():
    """Requests beyond the slots wait in a queue; each freed slot wakes the oldest waiter (not all of them),
    and a waiter cancelled after being woken hands its slot on, so nobody is left waiting."""
    with FakeOllama(latency=0.02) as a, FakeOllama(latency=0.02) as b:
        p = pool(a, b, concurrency=2)

        async def go():
            async with p:
                tasks = [asyncio.ensure_future(p.chat(req(i))) for i in range(60)]
                await asyncio.sleep(0.03)
                for t in tasks[10:40:3]:
                    t.cancel()
                done = await asyncio.gather(*tasks, return_exceptions=True)
                return done, len(p._queue), [s.in_flight for s in p.servers]

        done, queued, in_flight = asyncio.run(go())
        cancelled = [d for d in done if isinstance(d, asyncio.CancelledError)]
        assert len(cancelled) == 10 and all(getattr(d, "text", None) for d in done if d not in cancelled)
        assert queued == 0 and in_flight == [0, 0]
        counts = answered(a, b)
        assert set(counts.values()) == {1} and len(counts) >= 50


def test_a_woken_waiter_cancelled_hands_its_slot_on():
    p = pool("http://127.0.0.1:1", concurrency=2)  # slots only: nothing is sent

    async def go():
        held = [await p._acquire("qwen3:8b") for _ in range(2)]
        first, second = (asyncio.ensure_future(p._acquire("qwen3:8b")) for _ in range(2))
        await asyncio.sleep(0)
        p._release(held[0])  # one slot: wakes the oldest waiter only
        first.cancel()  # ... which is cancelled before it runs
        for _ in range(5):
            await asyncio.sleep(0)
        return first.cancelled(), second.done() and second.result() is p.servers[0]

    assert asyncio.run(go()) == (True, True)


def test_dead_server_work_finishes_elsewhere():
    with FakeOllama(latency=0.05, die_after=4) as dying, FakeOllama(latency=0.02) as good:
        p = pool(dying, good)
        res = ask_all(p, [req(i) for i in range(24)])
        assert len(res) == 24
        dropped = {e["key"] for e in dying.log if e["event"] == "dropped"}
        assert dropped and dropped <= set(answered(good))
        counts = answered(dying, good)
        assert len(counts) == 24 and set(counts.values()) == {1}
        assert dying.received >= 4  # died at its 4th request; later connections are refused
        assert len(dropped) == dying.received - len(answered(dying))


def test_server_coming_back_is_used_again():
    port = free_port()
    with FakeOllama(latency=0.02) as good:
        p = pool(f"http://127.0.0.1:{port}", good, max_backoff=0.05)
        revived = FakeOllama(latency=0.02, port=port)

        async def go():
            async with p:
                first = await asyncio.gather(*(p.chat(req(i)) for i in range(6)))
                assert p.server_stats()[0]["answered"] == 0 and p.server_stats()[0]["errors"] >= 1
                revived.start()
                await asyncio.sleep(0.1)
                return first + list(await asyncio.gather(*(p.chat(req(i)) for i in range(6, 30))))

        try:
            assert len(asyncio.run(go())) == 30
            assert len(answered(revived)) >= 5 and p.server_stats()[0]["state"] == "up"
        finally:
            revived.stop()


def test_http_500_for_a_while_then_used_again():
    with FakeOllama(latency=0.02) as flaky, FakeOllama(latency=0.02) as good:
        flaky.script = ["500"] * 3
        p = pool(flaky, good)
        ask_all(p, [req(i) for i in range(40)])
        events = [e["event"] for e in flaky.log]
        assert events.count("error") == 3 and "answered" in events[events.index("error") :]
        counts = answered(flaky, good)
        assert len(counts) == 40 and set(counts.values()) == {1}


def test_every_server_down_is_one_error():
    p = pool(f"http://127.0.0.1:{dead_port()}", f"http://127.0.0.1:{dead_port()}", retries=1)
    with pytest.raises(ServerUnavailable, match="no server is reachable"):
        ask_all(p, [req(1)])
    with pytest.raises(ServerUnavailable, match="no server is up"):
        ask_all(p, [], check=["qwen3:8b"])


def test_models_route_to_the_servers_that_have_them():
    with FakeOllama(models=("qwen3:8b",)) as small, FakeOllama(models=("qwen3:32b",)) as big:
        for check in (["qwen3:8b", "qwen3:32b"], None):  # known from /api/tags, or learnt from a 404
            p = pool(small, big)
            ask_all(p, [req(i, "qwen3:8b") for i in range(8)] + [req(i, "qwen3:32b") for i in range(8)], check)
        for s in (small, big):  # both rounds: each request only on the server that has its model
            assert len(answered(s)) == 8 and sum(answered(s).values()) == 16
        with pytest.raises(ModelMissing, match="qwen3:99b.*not available on any of the 2 servers"):
            ask_all(pool(small, big), [req(1, "qwen3:99b")])
        with pytest.raises(ModelMissing, match="qwen3:99b"):
            ask_all(pool(small, big), [], check=["qwen3:99b"])


def test_cache_across_servers_and_concurrent_duplicates(tmp_path):
    cache = RequestCache(tmp_path / "c.sqlite")
    with FakeOllama(latency=0.05) as a, FakeOllama(latency=0.05) as b:
        same = [req(1)] * 5 + [req(2)] * 3
        res = ask_all(pool(a, b, cache=cache), same)
        assert len(answered(a, b)) == 2 and sum(answered(a, b).values()) == 2  # one HTTP request per key
        assert len({r.text for r in res[:5]}) == 1
        again = ask_all(pool(b, a, cache=cache), same)  # a rerun over other servers asks nothing
        assert all(r.cached for r in again) and sum(answered(a, b).values()) == 2
    assert len(cache) == 2
    cache.close()


def test_check_only_names_each_server(capsys):
    down = f"http://127.0.0.1:{dead_port()}"
    with FakeOllama() as up, FakeOllama(models=("qwen3:8b",)) as partial:
        assert main(["generate", "--check-only", "--host", up.url, "--host", down, "--host", partial.url]) == 0
        out, err = capsys.readouterr()
        lines = out.strip().splitlines()
        assert len(lines) == 2 and lines[0].startswith(f"ok: Ollama at {up.url} serves")
        assert "(not qwen3:30b-a3b, qwen3:32b: asked of the other servers)" in lines[1]
        assert err.strip().splitlines() == [
            f"error: cannot connect to Ollama at {down}: start it with `ollama serve` (or set --host / OLLAMA_HOST)"
        ]
    assert main(["generate", "--check-only", "--host", down, "--host", f"http://127.0.0.1:{dead_port()}"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 2


# ---- acceptance ------------------------------------------------------------------------------------
def test_generate_60_over_three_faulty_servers(tmp_path):
    """One slow server, one that dies mid-run, one answering HTTP 500 for a while: every record once,
    no completed request asked twice, the dead server's work done by the others, the files build."""
    logs = {n: tmp_path / f"{n}.log" for n in ("slow", "dies", "flaky")}
    slow = FakeOllama(latency=0.25, log_path=str(logs["slow"])).start()
    dies = FakeOllama(latency=0.03, die_after=7, log_path=str(logs["dies"])).start()
    flaky = FakeOllama(latency=0.03, log_path=str(logs["flaky"])).start()
    flaky.script = ["500"] * 5
    cfg = tmp_path / "gen.yaml"
    cfg.write_text(f"root: {REPO}\ngeneration:\n  backoff: 0.05\n  max_backoff: 0.4\n", encoding="utf-8")
    out = tmp_path / "out"
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "curation.cli",
                "generate",
                "--samples",
                "60",
                "--out",
                str(out),
                "--config",
                str(cfg),
                "--quiet",
                "--host",
                slow.url,
                "--host",
                dies.url,
                "--host",
                flaky.url,
            ],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
    finally:
        for s in (slow, dies, flaky):
            s.stop()
    assert proc.returncode == 0, proc.stderr
    # every record written exactly once
    samples = []
    for p in sorted(out.glob("*batch*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        samples += d if isinstance(d, list) else d["samples"]
    keys = [json.dumps(s, sort_keys=True) for s in samples]
    assert len(keys) == 60 and len(set(keys)) == 60 and not list(out.glob("*PARTIAL*"))
    # no completed request asked twice, on any server (the servers' own logs, with the request bodies)
    events = {n: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()] for n, p in logs.items()}
    done = Counter(e["key"] for evs in events.values() for e in evs if e["event"] == "answered")
    assert done and set(done.values()) == {1}
    assert not asked_after_answer(*events.values())  # once answered, a request never reaches a server again
    assert all(e["body"]["model"] for evs in events.values() for e in evs if e["event"] == "received")
    with sqlite3.connect(out / ".generate" / "requests.sqlite") as db:  # one completed request, one entry
        assert {k for (k,) in db.execute("SELECT key FROM responses")} and db.execute(
            "SELECT COUNT(*) FROM responses"
        ).fetchone()[0] == len(done)
    # the dead server's dropped requests were answered by the others; the flaky one came back
    dropped = {e["key"] for e in events["dies"] if e["event"] == "dropped"}
    others = {e["key"] for n in ("slow", "flaky") for e in events[n] if e["event"] == "answered"}
    assert dropped and dropped <= others
    died = [e["event"] for e in events["dies"]]
    assert died.count("received") >= 7  # it died at its 7th request (one arriving at that moment is also lost)
    assert died.count("dropped") == died.count("received") - died.count("answered")
    flaky_events = [e["event"] for e in events["flaky"]]
    assert flaky_events.count("error") == 5 and "answered" in flaky_events[flaky_events.index("error") :]
    assert any(e["event"] == "answered" for e in events["slow"])
    assert proc.stdout.count("server 127.0.0.1:") == 3
    # per-server figures for `unwritten monitor`
    servers = json.loads((out / ".generate" / "servers.json").read_text())["servers"]
    assert [s["server"] for s in servers] == [u.removeprefix("http://") for u in (slow.url, dies.url, flaky.url)]
    assert sum(s["answered"] for s in servers) == len(done) and servers[1]["errors"] >= 1
    # the batch files build, nothing rejected for format
    build_cfg = tmp_path / "build.yaml"
    build_cfg.write_text(f"root: {REPO}\ninputs:\n  interactions: [{out}]\n", encoding="utf-8")
    assert main(["build", "--config", str(build_cfg), "--out", str(tmp_path / "ds"), "--quiet"]) == 0
    report = json.loads((tmp_path / "ds" / "build_report.json").read_text(encoding="utf-8"))
    ledger = {st["stage"]: st for st in report["ledger"]}
    assert ledger["interactions"]["out"] == 60 and ledger["interactions"]["rejected"] == 0
    assert ledger["validate_interactions"]["rejected"] == 0


def test_monitor_shows_servers(tmp_path, capsys):
    out = tmp_path / "o"
    with FakeOllama() as a, FakeOllama() as b:
        assert (
            main(
                [
                    "generate",
                    "--samples",
                    "12",
                    "--out",
                    str(out),
                    "--host",
                    a.url,
                    "--host",
                    b.url,
                    "--quiet",
                    "--no-judge",
                ]
            )
            == 0
        )
    capsys.readouterr()
    assert main(["monitor", str(out), "--once"]) == 0
    text = capsys.readouterr().out
    assert "12 samples" in text and a.url.removeprefix("http://") in text and b.url.removeprefix("http://") in text


def test_generate_over_configured_servers_of_both_apis(tmp_path):
    """`generation.servers` from the config (no --host): an Ollama server and an OpenAI-compatible one."""
    with FakeOllama() as a, FakeOllama() as b:
        cfg = tmp_path / "gen.yaml"
        cfg.write_text(
            f"root: {REPO}\ngeneration:\n  servers:\n    - {a.url}\n"
            f"    - {{url: '{b.url}/v1', api: openai, concurrency: 3}}\n",
            encoding="utf-8",
        )
        out = tmp_path / "o"
        assert (
            main(["generate", "--samples", "14", "--out", str(out), "--config", str(cfg), "--quiet", "--no-judge"]) == 0
        )
        assert answered(a) and answered(b)
        assert any(e["event"] == "answered" for e in b.log) and b.counts["ok"] == len(answered(b))
    n = sum(
        len(d) if isinstance(d, list) else d["sample_count"]
        for d in (json.loads(p.read_text()) for p in out.glob("*batch*.json"))
    )
    assert n == 14


def test_same_plan_same_files_whatever_the_servers(tmp_path, monkeypatch):
    """Answers complete in any order on any server; the files follow the plan, so runs compare."""
    from datetime import datetime

    import curation.generate.runner as runner_mod
    from curation.generate.runner import STATE_DIR, GenerationRun

    class Fixed(datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2026, 1, 2, 3, 4, 5)

    monkeypatch.setattr(runner_mod, "datetime", Fixed)  # the same run id for both runs
    monkeypatch.setattr(runner_mod.secrets, "token_hex", lambda n: "0a1b2c"[: 2 * n])  # (its random part too)
    gen = GenerationConfig(backoff=0.01)
    outs = []
    with FakeOllama() as one, FakeOllama(latency=0.06) as a, FakeOllama() as b, FakeOllama(latency=0.02) as c:
        for i, servers in enumerate([(one,), (a, b, c)]):
            out = tmp_path / f"run{i}"
            cache = RequestCache(out / STATE_DIR / "requests.sqlite")
            s = GenerationRun(gen, pool(*servers, cache=cache, concurrency=3), out, samples=40).run()
            cache.close()
            assert s.total == 40
            outs.append({p.name: p.read_text(encoding="utf-8") for p in out.glob("*batch*.json")})
        assert all(answered(s) for s in (a, b, c))
    assert outs[0] == outs[1] and len(outs[0]) >= 7


def test_interrupted_run_resumes_on_other_servers_without_asking_twice(tmp_path):
    import os
    import signal

    out = tmp_path / "o"
    a, b, c = (FakeOllama(latency=0.1).start() for _ in range(3))
    base = [
        sys.executable,
        "-m",
        "curation.cli",
        "generate",
        "--samples",
        "60",
        "--out",
        str(out),
        "--quiet",
        "--types",
        "emotional_authenticity,multi_step,personality_traits",
        "--concurrency",
        "1",
    ]
    try:
        proc = subprocess.Popen(
            base + ["--host", a.url, "--host", b.url],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ},
        )
        while sum(answered(a, b).values()) < 8 and proc.poll() is None:
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate()
        assert proc.returncode == 130, err
        before = sum(answered(a, b).values())
        proc = subprocess.run(base + ["--host", b.url, "--host", c.url], cwd=tmp_path, capture_output=True, text=True)
        assert proc.returncode == 0 and "resumed" in proc.stdout, proc.stderr
    finally:
        for s in (a, b, c):
            s.stop()
    counts = answered(a, b, c)
    assert set(counts.values()) == {1} and sum(counts.values()) > before and answered(c)
    assert not asked_after_answer(a, b, c)  # the rerun asked no server anything answered in the first run
    samples = []
    for p in out.glob("*batch*.json"):
        d = json.loads(p.read_text(encoding="utf-8"))
        samples += d if isinstance(d, list) else d["samples"]
    assert len(samples) == 60 and len({json.dumps(x, sort_keys=True) for x in samples}) == 60
    assert not list(out.glob("*PARTIAL*"))


def test_multi_step_chains_start_first_and_the_plan_is_unchanged(tmp_path):
    """Chains of one request per step are the longest jobs: with a sample count they start first (so a
    run does not end waiting on chains begun last); every planned job runs once, in plan order within each
    kind. With --hours the plan is endless and keeps its order."""
    from curation.generate.runner import GenerationRun
    from curation.generate.settings import MULTI_STEP

    manifest = {"run_id": "r", "start_counts": {}}
    run = GenerationRun(GenerationConfig(), None, tmp_path, samples=60)  # type: ignore[arg-type]
    plan = list(run.plan(manifest))
    started = list(run._start_order(iter(plan)))
    key = [(j.data_type, j.number) for j in plan]
    assert sorted(key) == sorted((j.data_type, j.number) for j in started)
    kinds = [j.data_type == MULTI_STEP for j in started]
    assert any(kinds) and kinds == sorted(kinds, reverse=True)  # every chain before every typed batch
    assert [j for j in started if j.data_type != MULTI_STEP] == [j for j in plan if j.data_type != MULTI_STEP]
    assert plan.index(next(j for j in plan if j.data_type == MULTI_STEP)) > 0  # (the plan itself interleaves)
    endless = GenerationRun(GenerationConfig(), None, tmp_path, hours=1.0)  # type: ignore[arg-type]
    jobs = endless.plan(manifest)
    assert endless._start_order(jobs) is jobs
