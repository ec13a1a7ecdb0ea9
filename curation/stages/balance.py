"""Balancing: bring the mix of data types, scene types and universes to target proportions.

For each dimension, the largest total that every listed category can supply at its target share is
kept (no upsampling), or the current total is redistributed with capped copies (upsampling on). Which
records go is deterministic and coverage-aware: inside a category, records are taken round-robin over
coverage buckets (capacity x authenticity x complexity for interactions), best quality first, so the
rare buckets survive downsampling. Records outside every listed category pass untouched. The achieved
mix against the target is written to the ledger notes.
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


def quotas(counts: dict[str, int], weights: dict[str, float], upsample: bool, max_upsample: float) -> dict[str, int]:
    """Records to keep per category so the mix matches `weights` (categories absent from data get 0)."""
    present = {c: w for c, w in weights.items() if w > 0 and counts.get(c, 0) > 0}
    if not present:
        return {}
    wsum = sum(present.values())
    if upsample:
        total = sum(counts[c] for c in present)
        total = min(total, min(counts[c] * max_upsample * wsum / w for c, w in present.items()))
    else:
        total = min(counts[c] * wsum / w for c, w in present.items())
    return {c: int(math.floor(total * w / wsum + 1e-9)) for c, w in present.items()}


class Balance(Stage):
    name = "balance"

    def __init__(self, cfg: BalanceConfig | None = None) -> None:
        self.cfg = cfg or BalanceConfig()

    @classmethod
    def from_config(cls, cfg) -> "Balance":
        return cls(cfg.stages.balance)

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        records = list(records)
        if not self.cfg.enabled:
            yield from records
            return
        dims: list[tuple[str, Callable[[Record], str | None], dict[str, float], list[str]]] = [
            ("data_type", lambda r: r.data_type if r.kind == "interaction" else None,
             self.cfg.data_types, self.cfg.coverage_keys),
            ("scene_type", lambda r: r.metadata.get("scene_type") if r.kind == "scene" else None,
             self.cfg.scene_types, ["pov", "universe"]),
            ("universe", lambda r: r.metadata.get("universe"), self.cfg.universes, ["kind", "data_type"]),
        ]
        notes = {}
        for dim, key, weights, cover in dims:
            if not weights:
                continue
            records, notes[dim] = self._rebalance(records, dim, key, weights, cover, ctx)
        if self.cfg.max_bucket_share:
            records = self._cap_buckets(records, ctx)
        notes["coverage"] = self._coverage(records)
        ctx.note(self, **notes)
        yield from records

    def _rebalance(self, records, dim, key, weights, cover, ctx):
        by_cat: dict[str, list[Record]] = defaultdict(list)
        rest: list[Record] = []
        for r in records:
            c = key(r)
            (by_cat[c] if c in weights else rest).append(r)
        counts = {c: len(v) for c, v in by_cat.items()}
        q = quotas(counts, weights, self.cfg.upsample, self.cfg.max_upsample)
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
