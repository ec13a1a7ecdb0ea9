"""Near-dedupe side by side with datasketch MinHash-LSH + rapidfuzz verification, same texts, same run.

    pip install datasketch          # only in the environment that runs this benchmark; not a dependency
    python benchmarks/bench_near_dedupe.py [--records 100000] [--runs 3] [--cli] [--data DIR]
    python benchmarks/bench_near_dedupe.py --records 1000000 --texts build --methods ours --runs 1

1. Writes `--records` realistic generated samples as batch files (`tests/batch_records.py`: six
   typed data types, 5-28 samples a file, stock phrasing, exact repeats, planted variants edited
   towards a similarity in 0.8-1.0), or reuses `--data DIR` written by it. With `--texts build`, no files:
   texts drawn the way `bench_build.py` draws them (its grammar, repeats and variants), for 1M records.
2. Reads them the way `unwritten dedupe` does (interaction ingest + conversion, then exact dedupe) and
   keeps the normalised content of every record: the texts both methods see (not timed).
3. Runs, interleaved `--runs` times, each in its own subprocess that loads the texts first:
   - **ours**: `curation.stages.dedupe.near_duplicates` (candidates, verification, greedy keep);
   - **datasketch**: MinHash of character 5-gram sets (128 permutations, `MinHash.bulk`), MinHashLSH at
     Jaccard threshold 0.5 (its own band/row choice), every LSH candidate verified with rapidfuzz
     (`process.cpdist`, the same batched call and score cutoff ours uses), the same greedy keep;
   - with `--cli`: the whole `unwritten dedupe` command on the batch folder (reading, salvage, conversion,
     exact + near dedupe, writing), in-process in its worker.
   Time is wall time of the method (texts already in memory), next to its CPU time (all threads; the
   CLI's worker processes included), which other jobs on the machine inflate less; memory is the worker's
   peak resident set (`ru_maxrss`: numpy and C++ buffers count), in total and above the resident size before
   the method.
4. Prints medians: time ratio ours / datasketch (target <= 0.35), peak memory (target <= 0.7 GB),
   planted-pair recall (planted pairs whose final texts are >= threshold; found = the method verified
   the pair; target >= 0.999), and checks that every removed record has a verified partner >= threshold.

Absent datasketch, the comparison is skipped with one line and ours still runs.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # the batch-file writer the tests share

from curation.records import normalize_text  # noqa: E402


def _rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def _reset_peak() -> None:
    """Start the peak at the current resident size: a child inherits its parent's ru_maxrss across fork+exec,
    so without this a worker reports the parent's peak (the text extraction), not its method's."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:  # not Linux or not permitted: ru_maxrss below stays an upper bound
        pass


def _cpu_s() -> float:
    """CPU seconds of this process, all threads (user + system): less inflated by other jobs than wall time."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _peak_mib() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def extract(folder: Path, planted_json: Path, threshold: float) -> dict:
    """Texts, priorities and the planted pairs (as text indices) the way `unwritten dedupe` reads them."""
    from rapidfuzz import fuzz

    from curation.cli.dedupe import read_inputs
    from curation.config import Config
    from curation.stages.base import Context
    from curation.stages.dedupe import ExactDedupe

    cfg = Config()
    ctx = Context(config=cfg)
    records = list(read_inputs([folder], cfg, ctx))
    n_read = len(records)
    records = list(ExactDedupe()(records, ctx))
    texts = [normalize_text(r.content()) for r in records]
    prio = [r.priority_key() + (r.id,) for r in records]
    where = {(Path(r.source.file).name, r.source.index): k for k, r in enumerate(records)}
    planted, below, gone = [], 0, 0
    for p in json.loads(planted_json.read_text(encoding="utf-8")):
        a = where.get((p["base_file"], p["base_index"]))
        b = where.get((p["variant_file"], p["variant_index"]))
        if a is None or b is None:
            gone += 1  # an exact duplicate of something else: exact dedupe's, not near dedupe's
            continue
        if fuzz.ratio(texts[a], texts[b]) / 100 >= threshold:
            planted.append((min(a, b), max(a, b)))
        else:
            below += 1
    return {
        "texts": texts,
        "prio": prio,
        "planted": planted,
        "n_read": n_read,
        "planted_below": below,
        "planted_gone": gone,
        "n_files": sum(1 for _ in folder.iterdir()),
    }


def build_texts(n: int, seed: int, threshold: float) -> dict:
    """Texts the way `bench_build.py` draws each record's assistant text (the `tests/synthetic.py` grammar per
    data type and length, 3 % exact repeats, 4 % variants of an earlier text at ratio 0.86-0.99), without
    batch files: for millions of records. The random stream differs from bench_build's (it also draws the
    records' other fields), the distribution is the same. Exact repeats are removed, as exact dedupe would."""
    import random

    import bench_build as bb  # benchmarks/bench_build.py
    from rapidfuzz import fuzz
    from synthetic import base_text, variant  # tests/synthetic.py

    rng = random.Random(seed)
    types, weights = list(bb.MIX), list(bb.MIX.values())
    pool: dict[str, list[str]] = {t: [] for t in types}
    texts: list[str] = []
    where: dict[str, int] = {}
    variants = []
    for _ in range(n):
        t = rng.choices(types, weights)[0]
        x, src = rng.random(), None
        if pool[t] and x < 0.03:
            text = rng.choice(pool[t])
        elif pool[t] and x < 0.07:
            src = rng.choice(pool[t])
            text, _ = variant(src, rng.uniform(0.86, 0.99), rng)
        else:
            text = base_text(rng, *bb.LENGTHS[t])
            if len(pool[t]) < 2000:
                pool[t].append(text)
            elif rng.random() < 0.05:
                pool[t][rng.randrange(2000)] = text
        norm = normalize_text(text)
        if norm not in where:
            where[norm] = len(texts)
            texts.append(norm)
        if src is not None:
            variants.append((where[normalize_text(src)], where[norm]))
    planted, below, gone = set(), 0, 0
    for a, b in variants:
        if a == b:
            gone += 1
        elif fuzz.ratio(texts[a], texts[b]) / 100 >= threshold:
            planted.add((min(a, b), max(a, b)))
        else:
            below += 1
    return {
        "texts": texts,
        "prio": [(1, -rng.random(), f"r{i:08d}") for i in range(len(texts))],  # (kind, -quality, id)
        "planted": sorted(planted),
        "n_read": n,
        "planted_below": below,
        "planted_gone": gone,
        "n_files": 0,
    }


def greedy_keep(n: int, prio: list, edges: np.ndarray) -> np.ndarray:
    """The keep policy on a verified graph: in priority order, drop a record with a verified kept twin."""
    near: dict[int, list[int]] = {}
    for a, b in edges.tolist():
        near.setdefault(a, []).append(b)
        near.setdefault(b, []).append(a)
    lost = np.full(n, -1, dtype=np.int64)
    kept = np.zeros(n, dtype=bool)
    for i in sorted(range(n), key=lambda i: prio[i]):
        twin = next((j for j in near.get(i, ()) if kept[j]), None)
        if twin is None:
            kept[i] = True
        else:
            lost[i] = twin
    return lost


def run_ours(texts, prio, threshold):
    from curation.stages.dedupe import near_duplicates

    res = near_duplicates(texts, prio, threshold)
    return res.lost_to, res.edges, {"candidates": res.n_candidates, "verified": res.n_verified, "params": res.params}


def run_datasketch(texts, prio, threshold):
    from datasketch import MinHash, MinHashLSH

    from curation.stages.dedupe import verify_pairs

    def shingles(t: str) -> list[bytes]:
        if len(t) < 5:
            return [t.encode("utf-8")]
        return [s.encode("utf-8") for s in {t[i : i + 5] for i in range(len(t) - 4)}]

    mhs = MinHash.bulk((shingles(t) for t in texts), num_perm=128)
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    with lsh.insertion_session() as session:
        for i, m in enumerate(mhs):
            session.insert(i, m, check_duplication=False)
    left, right = [], []
    for i, m in enumerate(mhs):
        for j in lsh.query(m):
            if j > i:
                left.append(i)
                right.append(j)
    a, b = np.array(left, dtype=np.int64), np.array(right, dtype=np.int64)
    scores = np.concatenate(
        [verify_pairs(texts, a[k : k + 262_144], b[k : k + 262_144], threshold) for k in range(0, len(a), 262_144)]
        or [np.zeros(0, np.float32)]
    )
    hit = scores > 0
    edges = np.stack([a[hit], b[hit]], axis=1)
    lost = greedy_keep(len(texts), prio, edges)
    return (
        lost,
        edges,
        {
            "candidates": len(a),
            "verified": len(a),
            "params": {"num_perm": 128, "threshold": 0.5, "bands": lsh.b, "rows": lsh.r, "shingle": "char 5-gram set"},
        },
    )


def worker(method: str, data: Path, threshold: float) -> dict:
    if method == "cli":
        from curation.cli import main as cli_main

        with tempfile.TemporaryDirectory() as d:
            gc.collect()
            base = _rss_mib()
            _reset_peak()
            t, c = time.perf_counter(), _cpu_s()
            rc = cli_main(
                [
                    "dedupe",
                    str(data / "training_output_v1.2"),
                    "--out",
                    f"{d}/kept.jsonl",
                    "--clusters",
                    f"{d}/clusters.jsonl",
                    "--threshold",
                    str(threshold),
                ]
            )
            dt, cpu = time.perf_counter() - t, _cpu_s() - c
            ru = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI's worker processes (reading, converting)
            cpu += ru.ru_utime + ru.ru_stime
            with open(f"{d}/kept.jsonl", encoding="utf-8") as fh:
                kept = sum(1 for _ in fh)
            with open(f"{d}/clusters.jsonl", encoding="utf-8") as fh:
                removed = sum(1 for _ in fh)
        return {
            "method": method,
            "seconds": dt,
            "cpu": cpu,
            "peak_mib": _peak_mib(),
            "base_mib": base,
            "rc": rc,
            "kept": kept,
            "removed": removed,
        }
    with open(data / "texts.pkl", "rb") as fh:
        d = pickle.load(fh)
    texts, prio, planted = d["texts"], d["prio"], d["planted"]
    del d
    gc.collect()
    base = _rss_mib()
    _reset_peak()
    t, c = time.perf_counter(), _cpu_s()
    lost, edges, info = (run_ours if method == "ours" else run_datasketch)(texts, prio, threshold)
    dt, cpu = time.perf_counter() - t, _cpu_s() - c
    peak = _peak_mib()
    from rapidfuzz import fuzz

    found = {(int(a), int(b)) if a < b else (int(b), int(a)) for a, b in edges.tolist()}
    missed = [p for p in planted if tuple(p) not in found]
    removed = np.flatnonzero(lost >= 0)
    below = [int(i) for i in removed if fuzz.ratio(texts[i], texts[lost[i]]) / 100 < threshold - 1e-9]
    return {
        "method": method,
        "seconds": dt,
        "cpu": cpu,
        "peak_mib": peak,
        "base_mib": base,
        "removed": len(removed),
        "verified_pairs": len(found),
        "planted": len(planted),
        "planted_missed": len(missed),
        "missed_examples": [[texts[a][:160], texts[b][:160]] for a, b in missed[:3]],
        "removed_below_threshold": len(below),
        **info,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threshold", type=float, default=0.85)
    ap.add_argument("--cli", action="store_true", help="also time the whole `unwritten dedupe` on the batch files")
    ap.add_argument("--data", default=None, help="reuse (or create) this folder instead of a temporary one")
    ap.add_argument(
        "--texts",
        choices=["batches", "build"],
        default="batches",
        help="batches: batch files from tests/batch_records.py, read as `unwritten dedupe` reads them; build: texts "
        "drawn the way bench_build.py draws them, no files (for millions of records)",
    )
    ap.add_argument("--methods", default="ours,datasketch", help="comma-separated: ours, datasketch")
    ap.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, Path(args.data), args.threshold), default=str))
        return 0
    tmp = None
    if args.data:
        data = Path(args.data)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="bench_near_")
        data = Path(tmp.name)
    try:
        return _bench(args, data)
    finally:
        if tmp:
            tmp.cleanup()


def _inputs(args, data: Path) -> None:
    """The texts both methods see in `data/texts.pkl` (made once; batch files too unless `--texts build`)."""
    from batch_records import write_batches  # tests/batch_records.py

    folder = data / "training_output_v1.2"
    if (data / "texts.pkl").exists():
        return
    t = time.perf_counter()
    if args.texts == "build":
        d = build_texts(args.records, args.seed, args.threshold)
        print(f"drew {args.records:,} texts the way bench_build.py does ({time.perf_counter() - t:.0f} s, not timed)")
    else:
        if not (data / "planted.json").exists():
            planted = write_batches(folder, args.records, args.seed)
            (data / "planted.json").write_text(json.dumps([p.__dict__ for p in planted]), encoding="utf-8")
            print(
                f"wrote {args.records:,} samples in {len(os.listdir(folder)):,} batch files "
                f"({time.perf_counter() - t:.0f} s, not timed)"
            )
        d = extract(folder, data / "planted.json", args.threshold)
    with open(data / "texts.pkl", "wb") as fh:
        pickle.dump(d, fh)


def _bench(args, data: Path) -> int:
    if args.cli and args.texts == "build":
        print("--cli needs batch files: use --texts batches")
        return 2
    _inputs(args, data)
    with open(data / "texts.pkl", "rb") as fh:
        d = pickle.load(fh)
    lens = [len(t) for t in d["texts"]]
    print(
        f"{d['n_read']:,} records read from {d['n_files']:,} files; {len(d['texts']):,} texts after exact dedupe "
        f"(content chars: median {statistics.median(lens):.0f}, p90 {np.percentile(lens, 90):.0f}); "
        f"{len(d['planted']):,} planted pairs >= {args.threshold} ({d['planted_below']} planted below it, "
        f"{d['planted_gone']} removed as exact duplicates)"
    )
    del d
    methods = [m for m in args.methods.split(",") if m]
    if "datasketch" in methods:
        try:
            import datasketch  # noqa: F401
        except ImportError:
            print("datasketch not installed: comparison skipped (pip install datasketch in this environment)")
            methods.remove("datasketch")
    if args.cli:
        methods.append("cli")
    results: dict[str, list[dict]] = {m: [] for m in methods}
    for run in range(args.runs):
        for m in methods:
            proc = subprocess.run(
                [sys.executable, __file__, "--worker", m, "--data", str(data), "--threshold", str(args.threshold)],
                capture_output=True,
                text=True,
            )
            if proc.returncode != 0:
                print(proc.stderr[-3000:])
                return 1
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            results[m].append(r)
            print(
                f"  run {run + 1} {m:<10} {r['seconds']:7.2f} s  cpu {r['cpu']:7.2f} s  "
                f"load {os.getloadavg()[0]:4.1f}  peak {r['peak_mib']:6.0f} MiB "
                f"(+{r['peak_mib'] - r['base_mib']:.0f})  removed {r['removed']:,}"
                + (f"  candidates {r['candidates']:,}  planted missed {r['planted_missed']}" if m != "cli" else ""),
                flush=True,
            )
    print(
        f"\nmedians of {args.runs} interleaved runs (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):"
    )
    med = {
        m: {k: statistics.median(x[k] for x in rs) for k in ("seconds", "cpu", "peak_mib", "base_mib")}
        for m, rs in results.items()
    }
    for m, rs in results.items():
        last = rs[-1]
        line = (
            f"  {m:<10} {med[m]['seconds']:7.2f} s  cpu {med[m]['cpu']:7.2f} s  peak {med[m]['peak_mib'] / 1024:.2f} GB"
        )
        if m != "cli":
            line += (
                f"  recall {1 - last['planted_missed'] / max(1, last['planted']):.4f} "
                f"({last['planted_missed']} of {last['planted']:,} missed)  candidates {last['candidates']:,}  "
                f"removed {last['removed']:,}  removed below threshold {last['removed_below_threshold']}"
            )
        print(line)
        if m != "cli":
            print(f"             params {json.dumps(last['params'])}")
            for a, b in last["missed_examples"]:
                print(f"             missed: {a!r}\n                     {b!r}")
    ok = True
    ours = results["ours"][-1]
    limit = 0.7 if args.records <= 100_000 else 4.0  # the targets: near dedupe at 100k, a whole 1M build
    checks = [
        (f"peak memory <= {limit} GB", med["ours"]["peak_mib"] <= limit * 1024),
        ("planted-pair recall >= 0.999", 1 - ours["planted_missed"] / max(1, ours["planted"]) >= 0.999),
        ("every removed record verified >= threshold", ours["removed_below_threshold"] == 0),
    ]
    if "datasketch" in med:
        ratio = med["ours"]["seconds"] / med["datasketch"]["seconds"]
        cpu_ratio = med["ours"]["cpu"] / med["datasketch"]["cpu"]
        print(f"  time ratio ours / datasketch+verify: {ratio:.3f}x (CPU-time ratio {cpu_ratio:.3f}x)")
        checks.insert(0, ("time <= 0.35x datasketch+verify", ratio <= 0.35))
    if "cli" in med:
        checks.append(("`unwritten dedupe` on the batch files < 30 s", med["cli"]["seconds"] < 30))
    for name, good in checks:
        print(f"  {'met    ' if good else 'NOT met'} {name}")
        ok &= good
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
