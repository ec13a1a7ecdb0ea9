"""Balancing: bring the mix of data types, scene types and universes towards target proportions.

Balancing trades data for mix, so by default it trades little: a dimension in ``report`` mode only
measures achieved against target; in ``downsample`` mode a category is cut only while its share exceeds
``tolerance`` x its target (default 1.5x), only down to that share, and never below ``min_keep`` of its
records (default half). Manuscript scene types are reported, not cut (cutting a book's scenes to hit a
30/25/25/20 mix loses the book's text); data types are downsampled within tolerance. With
``tolerance=1, min_keep=0`` a dimension gets its exact target mix. Optional capped upsampling raises
categories below ``target / tolerance``. Which records go is deterministic and coverage-aware: inside a
category, records are taken round-robin over coverage buckets (capacity x authenticity x complexity for
interactions), best quality first, so the rare buckets survive downsampling. Records outside every
listed category pass untouched. The achieved mix against the target is written to the ledger notes.
"""

from __future__ import annotations

import copy
import math
from collections import Counter, defaultdict
from typing import Callable, Iterable, Iterator

from ..records import Record
from .base import Context, Stage
from .settings import BalanceConfig


def _bucket(r: Record, keys: list[str]) -> tuple:
    return tuple(str(r.metadata.get(k)) for k in keys)


def coverage_order(records: list[Record], keys: list[str]) -> list[Record]:
    """Round-robin over coverage buckets, each bucket best-first: the order records are kept in."""
    buckets: dict[tuple, list[Record]] = defaultdict(list)
    for r in records:
        buckets[_bucket(r, keys)].append(r)
    for b in buckets.values():
        b.sort(key=lambda r: r.priority_key() + (r.id,))
    out: list[Record] = []
    queues = [buckets[k] for k in sorted(buckets)]
    depth = 0
    while len(out) < len(records):
        for q in queues:
            if depth < len(q):
                out.append(q[depth])
        depth += 1
    return out


def quotas(counts: dict[str, int], weights: dict[str, float], *, tolerance: float = 1.0, min_keep: float = 0.0,
           upsample: bool = False, max_upsample: float = 2.0) -> dict[str, int]:
    """Records to keep per category (copies included) for the mix `weights`, within `tolerance`.

    A category is cut only while its share of the kept total exceeds ``tolerance x target``, and then
    only down to that share (recomputed as the total shrinks, to a fixed point), never below
    ``min_keep`` of its records. With ``tolerance=1, min_keep=0`` this is the largest total every
    category can supply at its exact target share. Upsampling first raises categories below
    ``target / tolerance`` towards it, at most ``max_upsample`` times their size. Categories absent
    from the data or from `weights` are not in the result (they pass untouched).
    """
    present = {c: w for c, w in weights.items() if w > 0 and counts.get(c, 0) > 0}
    if not present:
        return {}
    wsum = sum(present.values())
    share = {c: w / wsum for c, w in present.items()}
    keep = {c: counts[c] for c in present}
    if upsample:
        total = sum(keep.values())
        for c in present:
            want = math.ceil(share[c] * total / tolerance - 1e-9)
            if keep[c] < want:
                keep[c] = min(want, int(math.floor(counts[c] * max_upsample + 1e-9)))
    for _ in range(1000):  # caps shrink with the total: iterate to the fixed point (monotone)
        total = sum(keep.values())
        new = {c: min(keep[c], max(math.ceil(min_keep * counts[c] - 1e-9),
                                   int(math.floor(tolerance * share[c] * total + 1e-9)))) for c in present}
        if new == keep:
            break
        keep = new
    return keep


class Balance(Stage):
    name = "balance"

    def __init__(self, cfg: BalanceConfig | None = None) -> None:
        self.cfg = cfg or BalanceConfig()

    @classmethod
    def from_config(cls, settings: BalanceConfig) -> "Balance":
        return cls(settings)

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        records = list(records)
        if not self.cfg.enabled:
            yield from records
            return
        dims: list[tuple[str, Callable[[Record], str | None], dict[str, float], list[str], str]] = [
            ("data_type", lambda r: r.data_type if r.kind == "interaction" else None,
             self.cfg.data_types, self.cfg.coverage_keys, self.cfg.data_type_mode),
            ("scene_type", lambda r: r.metadata.get("scene_type") if r.kind == "scene" else None,
             self.cfg.scene_types, ["pov", "universe"], self.cfg.scene_type_mode),
            ("universe", lambda r: r.metadata.get("universe"), self.cfg.universes, ["kind", "data_type"],
             self.cfg.universe_mode),
        ]
        notes = {}
        for dim, key, weights, cover, mode in dims:
            if not weights:
                continue
            records, notes[dim] = self._rebalance(records, dim, key, weights, cover, mode, ctx)
        notes["policy"] = {dim: mode for dim, _, weights, _, mode in dims if weights}
        notes["policy"].update(tolerance=self.cfg.tolerance, min_keep=self.cfg.min_keep, upsample=self.cfg.upsample)
        if self.cfg.max_bucket_share:
            records = self._cap_buckets(records, ctx)
        notes["coverage"] = self._coverage(records)
        ctx.note(self, **notes)
        yield from records

    def _rebalance(self, records, dim, key, weights, cover, mode, ctx):
        by_cat: dict[str, list[Record]] = defaultdict(list)
        rest: list[Record] = []
        for r in records:
            c = key(r)
            (by_cat[c] if c in weights else rest).append(r)
        counts = {c: len(v) for c, v in by_cat.items()}
        if mode == "report":
            q = counts
        else:
            q = quotas(counts, weights, tolerance=self.cfg.tolerance, min_keep=self.cfg.min_keep,
                       upsample=self.cfg.upsample, max_upsample=self.cfg.max_upsample)
        out = list(rest)
        for c in sorted(by_cat):
            ordered = coverage_order(by_cat[c], [k for k in cover if k != dim])
            n = q.get(c, len(ordered))
            out.extend(ordered[:n])
            for r in ordered[n:]:
                ctx.reject(self, r, "balance_downsampled", dimension=dim, category=c)
            copies = n - len(ordered)
            for k in range(max(0, copies)):
                src = ordered[k % len(ordered)]
                dup = copy.deepcopy(src)
                dup.id = f"{src.id}~up{k // len(ordered) + 1}"
                dup.origin = src.origin or src.id
                dup.metadata["upsampled_from"] = src.id
                out.append(dup)
            if copies > 0:
                ctx.created(self, copies)
        achieved = Counter(key(r) for r in out if key(r) in weights)
        total = sum(achieved.values()) or 1
        wsum = sum(weights.values())
        note = {c: {"target": round(w / wsum, 4), "achieved": round(achieved.get(c, 0) / total, 4),
                    "available": counts.get(c, 0), "kept": achieved.get(c, 0)} for c, w in sorted(weights.items())}
        return out, note

    def _cap_buckets(self, records, ctx):
        keys = self.cfg.coverage_keys
        by_type: dict[str | None, list[Record]] = defaultdict(list)
        for r in records:
            by_type[r.data_type].append(r)
        out: list[Record] = []
        for t, rs in sorted(by_type.items(), key=lambda kv: str(kv[0])):
            if t is None:
                out.extend(rs)
                continue
            cap = max(1, int(self.cfg.max_bucket_share * len(rs)))
            seen: Counter = Counter()
            for r in coverage_order(rs, keys):
                b = _bucket(r, keys)
                if seen[b] >= cap:
                    ctx.reject(self, r, "balance_bucket_cap", bucket=list(b))
                    continue
                seen[b] += 1
                out.append(r)
        return out

    def _coverage(self, records):
        keys = self.cfg.coverage_keys
        buckets = Counter(_bucket(r, keys) for r in records if r.kind == "interaction"
                          and any(k in r.metadata for k in keys))
        per_key = {k: dict(sorted(Counter(str(r.metadata.get(k)) for r in records
                                          if r.kind == "interaction" and k in r.metadata).items())) for k in keys}
        return {"buckets_filled": len(buckets), "per_key": per_key}
