"""Benchmark the curation stages on synthetic records: records/s, peak memory, dedupe recall/precision.

    python benchmarks/bench_stages.py --n 100000 --subset 5000

Near dedupe is timed on its own (normalisation + candidates + verification + greedy keep) with the
peak resident memory of that step. Recall/precision are measured on a `--subset` against exhaustive
pairwise rapidfuzz (fuzz.ratio/100 on normalised content, same threshold): pair recall = true pairs
(>= threshold) that were candidates; removal recall/precision = records the exhaustive greedy keep
policy removes vs records our stage removes.
"""

from __future__ import annotations

import argparse
import resource
import sys
import threading
import time
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import make_records  # noqa: E402
from curation.records import normalize_text  # noqa: E402
from curation.stages.balance import Balance  # noqa: E402
from curation.stages.base import Context  # noqa: E402
from curation.stages.dedupe import ExactDedupe, NearDedupe, near_duplicates  # noqa: E402
from curation.stages.filters import QualityFilters  # noqa: E402
from curation.stages.near_pairs import PairParams, candidate_pairs  # noqa: E402
from curation.stages.split import Split  # noqa: E402


class PeakRSS:
    """Peak resident memory above the level at start, sampled every 20 ms (RSS of this process)."""

    def __enter__(self):
        self.base = self.peak = _rss()
        self._stop = False
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        return self

    def _run(self):
        while not self._stop:
            self.peak = max(self.peak, _rss())
            time.sleep(0.02)

    def __exit__(self, *exc):
        self._stop = True
        self._t.join()
        self.peak = max(self.peak, _rss())


def _rss() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()


def exhaustive_removed(texts, prio, threshold):
    """The reference: all pairs scored with rapidfuzz, then the same greedy keep policy."""
    m = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=threshold * 100 - 1e-9, workers=-1,
                      dtype=np.float32)
    np.fill_diagonal(m, 0)
    true_pairs = {(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(m >= threshold * 100 - 1e-9, 1)))}
    order = sorted(range(len(texts)), key=lambda i: prio[i])
    kept, removed = [], set()
    for i in order:
        if kept and (m[i, kept] > 0).any():
            removed.add(i)
        else:
            kept.append(i)
    return true_pairs, removed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--subset", type=int, default=5000)
    ap.add_argument("--threshold", type=float, default=0.85)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--near-only", action="store_true", help="only time near dedupe at full size")
    args = ap.parse_args()
    p = PairParams()
    print(f"generating {args.n} synthetic records (seed {args.seed}) ...", flush=True)
    recs, planted = make_records(args.n, args.seed)
    print(f"  {len(planted)} planted variants, similarities {min(x.similarity for x in planted):.2f}"
          f"-{max(x.similarity for x in planted):.2f}; mean content {np.mean([len(r.content()) for r in recs]):.0f} chars")
    print(f"near dedupe: threshold {args.threshold} on rapidfuzz fuzz.ratio/100 of normalize_text(content)")
    print(f"  candidate generator: rare-shingle anchors, params {p.to_dict()}")

    # ---- near dedupe at full size ---------------------------------------------------------------
    with PeakRSS() as mem:
        t0 = time.perf_counter()
        texts = [normalize_text(r.content()) for r in recs]
        prio = [r.priority_key() + (r.id,) for r in recs]
        t1 = time.perf_counter()
        res = near_duplicates(texts, prio, args.threshold, p)
        t2 = time.perf_counter()
    removed = int((res.lost_to >= 0).sum())
    print(f"  {args.n} records: {t2 - t0:.1f} s total ({t1 - t0:.1f} s normalise + priority, {t2 - t1:.1f} s "
          f"candidates+verify), {args.n / (t2 - t0):,.0f} records/s, peak +{(mem.peak - mem.base) / 2**20:,.0f} MiB "
          f"over {mem.base / 2**20:,.0f} MiB baseline; {res.n_candidates} candidates, {res.n_verified} verified, "
          f"{removed} removed")
    del texts
    if args.near_only:
        return

    # ---- every stage, timed -----------------------------------------------------------------------
    ctx = Context(seed=args.seed)
    stages = [QualityFilters(), ExactDedupe(), NearDedupe(args.threshold, p), Balance(), Split(threshold=args.threshold)]
    data = recs
    for st in stages:
        t = time.perf_counter()
        data = list(st(data, ctx))
        dt = time.perf_counter() - t
        c = ctx.ledger.stage(st.name)
        print(f"  stage {st.name:<13} in {c.n_in:>7} out {c.n_out:>7} rejected {dict(c.rejected)} "
              f"{dt:6.1f} s  {c.n_in / dt if dt else float('inf'):>10,.0f} records/s")
    print(f"  split contamination: {ctx.ledger.stage('split').notes['contamination']['cross_split_pairs']} cross-split pairs")

    # ---- recall / precision on a subset against exhaustive rapidfuzz -----------------------------------
    sub = recs[: args.subset]
    texts = [normalize_text(r.content()) for r in sub]
    prio = [r.priority_key() + (r.id,) for r in sub]
    t = time.perf_counter()
    true_pairs, ref_removed = exhaustive_removed(texts, prio, args.threshold)
    t_ex = time.perf_counter() - t
    cands = {tuple(x) for x in candidate_pairs(texts, args.threshold, p).tolist()}
    res = near_duplicates(texts, prio, args.threshold, p)
    ours = set(map(int, np.nonzero(res.lost_to >= 0)[0]))
    pair_recall = len(true_pairs & cands) / len(true_pairs) if true_pairs else 1.0
    rec_ = len(ours & ref_removed) / len(ref_removed) if ref_removed else 1.0
    prec = len(ours & ref_removed) / len(ours) if ours else 1.0
    print(f"subset {args.subset}: exhaustive rapidfuzz {len(texts) * (len(texts) - 1) // 2:,} pairs in {t_ex:.0f} s; "
          f"{len(true_pairs)} pairs >= {args.threshold}; candidates {len(cands)}")
    print(f"  pair recall {pair_recall:.4f} (pair precision 1.0 by construction: every pair is verified)")
    print(f"  removed records: exhaustive {len(ref_removed)}, ours {len(ours)}; recall {rec_:.4f}, precision {prec:.4f}")


if __name__ == "__main__":
    main()
