"""Benchmark the curation stages on synthetic records: records/s, peak memory, dedupe recall/precision.

    python benchmarks/bench_stages.py --n 100000 --subset 5000 [--stages near,filters,...]

Each stage runs in its own subprocess on `--n` freshly generated records (split runs on the output of
exact + near dedupe, as in a build; that preparation is not timed). Peak memory is the kernel's peak
resident set (``getrusage().ru_maxrss``) of that process above its resident size just before the
stage, with the peak reset (``/proc/self/clear_refs``) once the input is ready, so numpy buffers and
C++ allocations count (tracemalloc would miss them). Near dedupe is timed end to end (normalisation,
candidates, verification, greedy keep).

Recall/precision are measured on a `--subset` against exhaustive pairwise rapidfuzz (fuzz.ratio/100 on
normalised content, same threshold): pair recall = true pairs (>= threshold) that were candidates;
removal recall/precision = records the exhaustive greedy keep policy removes vs records ours removes.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the record generator the tests share

from synthetic import make_records  # noqa: E402

from curation.records import normalize_text  # noqa: E402
from curation.stages.base import Context  # noqa: E402

STAGES = ("filters", "exact", "near", "balance", "split")


def _rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")  # resets the peak RSS (VmHWM / ru_maxrss) to the current RSS
        return True
    except OSError:
        return False


def worker(stage: str, n: int, seed: int, threshold: float) -> dict:
    """Run one stage on `n` synthetic records in this process; time and peak memory of that stage only."""
    from curation.stages.balance import Balance
    from curation.stages.dedupe import ExactDedupe, NearDedupe
    from curation.stages.filters import QualityFilters
    from curation.stages.split import Split

    recs, _ = make_records(n, seed)
    if stage == "split":  # a build splits deduplicated records
        recs = list(NearDedupe(threshold)(ExactDedupe()(recs, Context()), Context()))
    st = {
        "filters": QualityFilters(),
        "exact": ExactDedupe(),
        "near": NearDedupe(threshold),
        "balance": Balance(),
        "split": Split(threshold=threshold),
    }[stage]
    ctx = Context(seed=seed)
    gc.collect()
    base = _rss_mib()
    exact_peak = _reset_peak()
    t = time.perf_counter()
    out = list(st(recs, ctx))
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    c = ctx.ledger.stage(st.name)
    return {
        "stage": st.name,
        "in": c.n_in,
        "out": len(out),
        "rejected": dict(c.rejected),
        "seconds": round(dt, 2),
        "records_per_s": round(c.n_in / dt) if dt else None,
        "base_mib": round(base),
        "peak_mib": round(peak - base) if exact_peak else None,
        "notes": c.notes,
    }


def exhaustive_removed(texts, prio, threshold):
    """The reference: all pairs scored with rapidfuzz, then the same greedy keep policy."""
    m = process.cdist(
        texts, texts, scorer=fuzz.ratio, score_cutoff=threshold * 100 - 1e-9, workers=-1, dtype=np.float32
    )
    np.fill_diagonal(m, 0)
    true_pairs = {(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(m >= threshold * 100 - 1e-9, 1)), strict=False)}
    order = sorted(range(len(texts)), key=lambda i: prio[i])
    kept, removed = [], set()
    for i in order:
        if kept and (m[i, kept] > 0).any():
            removed.add(i)
        else:
            kept.append(i)
    return true_pairs, removed


def quality(subset: int, seed: int, threshold: float) -> None:
    from curation.stages.dedupe import near_duplicates
    from curation.stages.near_pairs import candidate_pairs

    recs, _ = make_records(subset, seed)
    texts = [normalize_text(r.content()) for r in recs]
    prio = [r.priority_key() + (r.id,) for r in recs]
    t = time.perf_counter()
    true_pairs, ref_removed = exhaustive_removed(texts, prio, threshold)
    t_ex = time.perf_counter() - t
    cands = {tuple(x) for x in candidate_pairs(texts, threshold).tolist()}
    res = near_duplicates(texts, prio, threshold)
    ours = set(map(int, np.nonzero(res.lost_to >= 0)[0]))
    pair_recall = len(true_pairs & cands) / len(true_pairs) if true_pairs else 1.0
    rec_ = len(ours & ref_removed) / len(ref_removed) if ref_removed else 1.0
    prec = len(ours & ref_removed) / len(ours) if ours else 1.0
    print(
        f"subset {subset}: exhaustive rapidfuzz {len(texts) * (len(texts) - 1) // 2:,} pairs in {t_ex:.0f} s; "
        f"{len(true_pairs)} pairs >= {threshold}; {len(cands)} candidates"
    )
    print(f"  pair recall {pair_recall:.4f} (pair precision 1.0 by construction: every pair is verified)")
    print(
        f"  removed records: exhaustive {len(ref_removed)}, ours {len(ours)}; recall {rec_:.4f}, precision {prec:.4f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--subset", type=int, default=5000, help="0 = skip the recall/precision measurement")
    ap.add_argument("--threshold", type=float, default=0.85)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, from {','.join(STAGES)}")
    ap.add_argument("--near-only", action="store_true", help="same as --stages near")
    ap.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.n, args.seed, args.threshold), default=str))
        return
    from curation.stages.near_pairs import PairParams

    stages = ["near"] if args.near_only else [s for s in args.stages.split(",") if s]
    recs, planted = make_records(min(args.n, 20_000), args.seed)
    print(
        f"{args.n} synthetic records (seed {args.seed}); about 15% planted variants at similarities "
        f"{min(x.similarity for x in planted):.2f}-{max(x.similarity for x in planted):.2f}; mean content "
        f"{np.mean([len(r.content()) for r in recs]):.0f} chars"
    )
    print(
        f"near dedupe: threshold {args.threshold} on rapidfuzz fuzz.ratio/100 of normalize_text(content); "
        f"candidate generator: rare-shingle anchors {PairParams().to_dict()}"
    )
    del recs, planted
    for stage in stages:
        proc = subprocess.run(
            [
                sys.executable,
                __file__,
                "--worker",
                stage,
                "--n",
                str(args.n),
                "--seed",
                str(args.seed),
                "--threshold",
                str(args.threshold),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        peak = f"peak +{r['peak_mib']:,} MiB" if r["peak_mib"] is not None else "peak n/a"
        print(
            f"  stage {r['stage']:<13} in {r['in']:>7} out {r['out']:>7} {r['seconds']:6.1f} s "
            f"{r['records_per_s'] or 0:>9,} records/s  {peak} over {r['base_mib']:,} MiB  rejected {r['rejected']}"
        )
        notes = r["notes"]
        if stage == "near":
            print(f"    {notes['candidate_pairs']:,} candidate pairs, {notes['verified_pairs']:,} verified")
        if stage == "split" and "contamination" in notes:
            c = notes["contamination"]
            print(
                f"    contamination: {c['candidate_pairs']:,} candidates, {c['cross_split_candidates']:,} "
                f"cross-split verified, {c['cross_split_pairs']} cross-split pairs >= {c['threshold']}"
            )
    if args.subset:
        quality(args.subset, args.seed, args.threshold)


if __name__ == "__main__":
    main()
