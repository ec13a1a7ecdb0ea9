"""Generation throughput over several inference servers: 1 server vs N, same client, same run.

Fake Ollama servers (tests/fake_ollama.py, one process each, as on separate machines) answer every chat
request after `--latency` seconds (default 200 ms) and answer at most `--parallel` requests at once (like
OLLAMA_NUM_PARALLEL=4); the client keeps the same number in flight per server. Two measures, each with
1 server and with `--servers` servers, interleaved `--rounds` times (medians reported):

- requests: `--requests` small structured requests through `ServerPool.chat`, all submitted at once;
- generate: the real `unwritten generate --samples S --no-judge` (a subprocess) with one `--host` per
  server: samples per minute over the run's own span (first to last line of its log: the run, without
  interpreter start-up and the server check), and over the command's wall time.

Target (issue 15): `generate` with 4 servers at least 3.5x the samples per minute of 1 server. A
benchmark, not a timed test. Run: ``python benchmarks/bench_servers.py [--samples 3000] [--rounds 1]``.

Steady state, honestly: both runs do the same plan (the same S samples), and S is large enough that
the run's ends do not decide the ratio. A multi-step interaction is a chain of 4 requests that cannot run
side by side and a run ends with its last batches in flight, so a run lasts at least ~4 answers more than
its steady-state share; with 120 samples (56 requests: 14 rounds of 4 on one server, at best 4 on four)
no scheduler could exceed ~3.5x, and the ratio measured the length of one chain, not throughput. At the
default 3,000 samples (1,402 requests: 70 s on one server, 17.5 s on four) those ends cost about 5%.

The client's own CPU (prompt rendering, answer parsing and salvage, validation, the request cache,
coverage and batch files) must not be what bounds N servers: 4 servers x 4 at 200 ms is 80 requests/s.
So the client's CPU seconds per request are printed (the `generate` process's user+sys, from
getrusage, divided by the requests it sent; with and without its start-up, which `--check-only`
measures), and the share of one core the client needs at N servers' rate. The fake servers run on
the same cores (their CPU is printed too); on a machine shared with other work, say its load.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this tree's package, not an editable install's

from curation.llm.client import ChatRequest
from curation.llm.pool import ServerPool, ServerSpec

REPO = Path(__file__).resolve().parents[1]
SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "score": {"type": "number", "minimum": 0, "maximum": 1}},
    "required": ["name", "score"],
}


def start_servers(n: int, latency: float, parallel: int) -> tuple[list[subprocess.Popen], list[str]]:
    """One process per server (as on separate machines: their answer-making does not share a GIL)."""
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(REPO / "tests" / "fake_ollama.py"),
                "--latency",
                str(latency),
                "--max-parallel",
                str(parallel),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    return procs, [p.stdout.readline().strip() for p in procs if p.stdout is not None]


def process_cpu(pid: int) -> float:
    """user+sys seconds of a running process (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


async def requests_per_second(urls: list[str], n: int, parallel: int, tag: str) -> tuple[float, float]:
    """(requests/s, client CPU seconds per request) for `n` requests through one `ServerPool`."""
    pool = ServerPool([ServerSpec(u, concurrency=parallel) for u in urls], retries=0)
    reqs = [ChatRequest.make("qwen3:8b", "system", f"{tag} request {i}", schema=SCHEMA, seed=i) for i in range(n)]
    async with pool:
        await asyncio.gather(
            *(
                pool.chat(ChatRequest.make("qwen3:8b", None, f"{tag} warm {i}", seed=i))
                for i in range(parallel * len(urls))
            )
        )  # open the connections
        c, t = time.process_time(), time.perf_counter()
        await asyncio.gather(*(pool.chat(r) for r in reqs))
        return n / (time.perf_counter() - t), (time.process_time() - c) / n


def _log_span(log: Path) -> float:
    """Seconds from the run's first log line to its last (the run itself: no interpreter start-up)."""
    stamps = [
        datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
        for line in log.read_text(encoding="utf-8").splitlines()
        if line[:4].isdigit()
    ]
    return (stamps[-1] - stamps[0]).total_seconds()


def generate(urls: list[str], samples: int, parallel: int, check_only: bool = False) -> dict[str, float]:
    """One `unwritten generate` command: samples/min (run span, wall), requests sent, its CPU seconds."""
    with tempfile.TemporaryDirectory() as d:
        cmd = [sys.executable, "-m", "curation.cli", "generate", "--no-judge", "--quiet"]
        cmd += ["--check-only"] if check_only else ["--samples", str(samples), "--out", str(Path(d) / "o")]
        cmd += ["--concurrency", str(parallel)]
        for u in urls:
            cmd += ["--host", u]
        cpu, t = children_cpu(), time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=d)
        elapsed, cpu = time.perf_counter() - t, children_cpu() - cpu
        if proc.returncode != 0:
            raise SystemExit(f"generate failed: {proc.stderr.strip()[-500:]}")
        if check_only:
            return {"cpu": cpu, "wall": elapsed}
        m = re.search(r"(\d+) requests sent", proc.stdout)
        span = _log_span(next((Path(d) / "o").glob("training_generation_*.log")))
    return {
        "run": samples / span * 60,
        "wall": samples / elapsed * 60,
        "requests": float(m.group(1)) if m else float("nan"),
        "span": span,
        "cpu": cpu,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--servers", type=int, default=4)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--parallel", type=int, default=4)
    ap.add_argument("--requests", type=int, default=800)
    ap.add_argument("--samples", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=1, help="1-vs-N measurements, interleaved; medians reported")
    ap.add_argument("--skip-generate", action="store_true")
    ap.add_argument("--label", help="what is measured, for the report (default: the git commit)")
    args = ap.parse_args()
    load0 = os.getloadavg()[0]
    procs, urls = start_servers(args.servers, args.latency, args.parallel)
    many = args.servers
    req: dict[int, list[tuple[float, float]]] = {1: [], many: []}
    gen: dict[int, list[dict[str, float]]] = {1: [], many: []}
    start: list[float] = []
    try:
        for r in range(args.rounds):
            for k in (1, many):
                req[k].append(asyncio.run(requests_per_second(urls[:k], args.requests, args.parallel, f"{r}-{k}")))
            if not args.skip_generate:
                start.append(generate(urls, 0, args.parallel, check_only=True)["cpu"])
                for k in (1, many):
                    gen[k].append(generate(urls[:k], args.samples, args.parallel))
        server_cpu = sum(process_cpu(p.pid) for p in procs)
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait()
    report(args, load0, req, gen, start, server_cpu)
    if args.skip_generate:
        return 0
    ratio = med(gen[many], "run") / med(gen[1], "run")
    return 0 if ratio >= 3.5 else 1


def med(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def report(args, load0, req, gen, start, server_cpu) -> None:
    many, ideal = args.servers, args.parallel / args.latency
    label = (
        args.label
        or subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
        ).stdout.strip()
    )
    print(
        f"bench_servers {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {label or 'commit ?'}, "
        f"{os.cpu_count()} cores, load average {load0:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print(
        f"fake servers: {args.latency * 1000:.0f} ms per answer, {args.parallel} at once each (ideal "
        f"{ideal:.0f} requests/s per server); {args.rounds} round(s), medians; {args.requests} requests, "
        f"generate --samples {args.samples} --no-judge"
    )
    rows = [
        ("requests/s (ServerPool)", statistics.median(x[0] for x in req[1]), statistics.median(x[0] for x in req[many]))
    ]
    if gen[1]:
        rows += [
            ("generate samples/min (run)", med(gen[1], "run"), med(gen[many], "run")),
            ("  same, wall incl. start", med(gen[1], "wall"), med(gen[many], "wall")),
        ]
    print(f"{'measure':28s} {'1 server':>10s} {f'{many} servers':>10s} {'ratio':>7s}")
    for name, a, b in rows:
        print(f"{name:28s} {a:10.1f} {b:10.1f} {b / a:6.2f}x")
    pool_ms = [statistics.median(x[1] for x in req[k]) * 1000 for k in (1, many)]
    print(f"client CPU per request, ServerPool alone: {pool_ms[0]:.2f} ms (1 server), {pool_ms[1]:.2f} ms ({many})")
    if gen[1]:
        boot = statistics.median(start)
        for k in (1, many):
            cpu, n, span = med(gen[k], "cpu"), med(gen[k], "requests"), med(gen[k], "span")
            per = (cpu - boot) / n
            print(
                f"generate, {k} server(s): {n:.0f} requests in {span:.1f} s ({n / span:.1f}/s), client CPU "
                f"{cpu:.2f} s = {cpu / n * 1000:.2f} ms/request with start-up, {per * 1000:.2f} ms without "
                f"(start-up {boot:.2f} s, `--check-only`); at this rate it uses {n / span * per:.0%} of one core"
            )
        need = many * ideal
        per = (med(gen[many], "cpu") - boot) / med(gen[many], "requests")
        print(
            f"at the ideal {need:.0f} requests/s of {many} servers the client needs {need * per:.0%} of one core "
            f"(it could sustain {1 / per:.0f} requests/s on one free core)"
        )
    print(f"the {many} fake servers used {server_cpu:.1f} CPU-s in all (same machine)")
    name, a, b = rows[1] if len(rows) > 1 else rows[0]
    ok = b / a >= 3.5
    print(f"target {name.split(' (')[0]} ratio >= 3.5x with {many} servers:", "met" if ok else "NOT met")


if __name__ == "__main__":
    sys.exit(main())
