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

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

import numpy as np

from ..records import Record
from .base import Context, Stage
from .settings import BalanceConfig
from .spill import Columns, RecordSpill, Scratch


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


def quotas(
    counts: dict[str, int],
    weights: dict[str, float],
    *,
    tolerance: float = 1.0,
    min_keep: float = 0.0,
    upsample: bool = False,
    max_upsample: float = 2.0,
) -> dict[str, int]:
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
        new = {
            c: min(
                keep[c],
                max(math.ceil(min_keep * counts[c] - 1e-9), int(math.floor(tolerance * share[c] * total + 1e-9))),
            )
            for c in present
        }
        if new == keep:
            break
        keep = new
    return keep


class _Items:
    """The balance stage's view of its input: per item (a spilled record, or an upsampled copy of one) the
    record's position in the spill, its id, and the category and coverage codes it is sorted by. Only
    arrays, plus a small dict for the copies."""

    def __init__(
        self,
        base: np.ndarray,
        ids: np.ndarray,
        codes: dict[str, np.ndarray],
        vocab: dict[str, list[str]],
        kind: np.ndarray,
        neg_quality: np.ndarray,
        digest: np.ndarray,
        data_type: np.ndarray,
        data_types: list[str | None],
    ) -> None:
        self.base, self.ids, self.codes, self.vocab = base, ids, codes, vocab
        self.kind, self.neg_quality, self.digest = kind, neg_quality, digest
        self.data_type, self.data_types = data_type, data_types
        self.copies: dict[int, tuple[str, str, str]] = {}  # item -> (id, origin, upsampled_from)

    def rank(self, items: np.ndarray) -> np.ndarray:
        """Keep-order rank (`priority_key()` then id) of `items`, relative to each other."""
        b = self.base[items]
        order = np.lexsort((self.ids[items], self.digest[b], self.neg_quality[b], self.kind[b]))
        rank = np.empty(len(items), dtype=np.int64)
        rank[order] = np.arange(len(items))
        return rank

    def buckets(self, items: np.ndarray, keys: list[str]) -> np.ndarray:
        """Bucket number of each item, numbered in the sorted order of the bucket tuples."""
        if not keys or not len(items):
            return np.zeros(len(items), dtype=np.int64)
        rows = np.stack([self.codes[k][self.base[items]] for k in keys], axis=1)
        return np.unique(rows, axis=0, return_inverse=True)[1].reshape(-1)

    def coverage_order(self, items: np.ndarray, keys: list[str]) -> np.ndarray:
        """`coverage_order` on arrays: round-robin over buckets (sorted), each bucket best-first."""
        if not len(items):
            return items
        bucket = self.buckets(items, keys)
        by_bucket = np.lexsort((self.rank(items), bucket))
        b = bucket[by_bucket]
        start = np.r_[True, b[1:] != b[:-1]]
        run_start = np.maximum.accumulate(np.where(start, np.arange(len(b)), 0))
        depth = np.arange(len(b)) - run_start
        return items[by_bucket[np.lexsort((b, depth))]]

    def add_copies(self, sources: list[int], numbers: list[int], spill: RecordSpill) -> np.ndarray:
        """Upsampled copies: copy `numbers[j]` of item `sources[j]` (id ``<id>~up<n>``, origin kept)."""
        first = len(self.base)
        new_ids = []
        for j, (src, k) in enumerate(zip(sources, numbers, strict=False)):
            sid = self.ids[src].decode("utf-8")
            origin = self.copies[src][1] if src in self.copies else (spill.get(int(self.base[src])).origin or sid)
            self.copies[first + j] = (f"{sid}~up{k}", origin, sid)
            new_ids.append(f"{sid}~up{k}".encode())
        self.base = np.concatenate([self.base, self.base[np.asarray(sources, dtype=np.int64)]])
        self.ids = np.concatenate([self.ids, np.array(new_ids, dtype="S")])
        return np.arange(first, len(self.base), dtype=np.int64)


class Balance(Stage):
    """Streams: the input is spilled to disk; categories, coverage buckets and keep order are decided on
    per-record codes in arrays; the kept records (and upsampled copies) are read back in the order the
    in-memory algorithm produced."""

    name = "balance"

    def __init__(self, cfg: BalanceConfig | None = None) -> None:
        self.cfg = cfg or BalanceConfig()

    @classmethod
    def from_config(cls, settings: BalanceConfig) -> Balance:
        return cls(settings)

    def _dims(self) -> list[tuple[str, str, dict[str, float], list[str], str]]:
        """(dimension, code column of its category, weights, coverage keys, mode) per balanced dimension."""
        return [
            ("data_type", "@data_type", self.cfg.data_types, self.cfg.coverage_keys, self.cfg.data_type_mode),
            ("scene_type", "@scene_type", self.cfg.scene_types, ["pov", "universe"], self.cfg.scene_type_mode),
            ("universe", "@universe", self.cfg.universes, ["kind", "data_type"], self.cfg.universe_mode),
        ]

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        if not self.cfg.enabled:
            yield from records
            return
        from .dedupe import record_keys

        dims = [d for d in self._dims() if d[2]]
        keys = sorted({*self.cfg.coverage_keys, "pov", "universe", "kind", "data_type"})
        category = {
            "@data_type": lambda r: r.data_type if r.kind == "interaction" else None,
            "@scene_type": lambda r: r.metadata.get("scene_type") if r.kind == "scene" else None,
            "@universe": lambda r: r.metadata.get("universe"),
        }
        coded = [*keys, *category, "@type"]  # metadata values (as str), categories, data type: small vocabularies
        with Scratch(ctx) as scratch:
            spill = scratch.records(self.name)
            # per record one code for its whole combination of small-vocabulary values (interaction?, which keys
            # its metadata has, each coded value): one dict lookup a record; the columns are unpacked at the end
            combos: dict[tuple, int] = {}
            cols = Columns(**{"@kind": "i1", "@neg_quality": "f8", "@digest": "S", "@id": "S", "@combo": "i4"})
            for r in records:
                spill.append(r)
                _, kind, neg_q, digest = record_keys(r)
                md = r.metadata
                combo = (
                    r.kind == "interaction",
                    *[key in md for key in keys],
                    *[str(md.get(key)) for key in keys],
                    *[category[c](r) for c in category],
                    r.data_type,
                )
                cols.add(kind, neg_q, digest, r.id.encode("utf-8"), combos.setdefault(combo, len(combos)))
            raw = cols.finish()
            table = list(combos)  # combination code -> values; combinations in order of first appearance
            del combos
            combo_of = raw.pop("@combo")
            # codes renumbered so that code order is the values' sort order (str() of each value); a value's
            # first appearance among the combinations is its first appearance among the records
            k: dict[str, np.ndarray] = {}
            words: dict[str, list] = {}
            at = 1 + len(keys)
            for j, name in enumerate(coded):
                voc: dict = {}
                first_code = np.array([voc.setdefault(t[at + j], len(voc)) for t in table] or [0], dtype=np.int32)
                values = sorted(voc, key=lambda v: (str(v), v is None))
                remap = np.zeros(max(1, len(voc)), dtype=np.int32)
                for new, v in enumerate(values):
                    remap[voc[v]] = new
                k[name] = remap[first_code][combo_of]
                words[name] = values
            k["interaction"] = np.array([t[0] for t in table] or [False], dtype=bool)[combo_of]
            for i, key in enumerate(keys):
                k[f"has:{key}"] = np.array([t[1 + i] for t in table] or [False], dtype=bool)[combo_of]
            n = cols.n
            items = _Items(
                np.arange(n, dtype=np.int64),
                raw["@id"],
                {c: k[c] for c in [*keys, *category]},
                words,
                raw["@kind"],
                raw["@neg_quality"],
                raw["@digest"],
                k["@type"],
                words["@type"],
            )
            order = np.arange(n, dtype=np.int64)
            rejected: list[tuple[int, str, dict]] = []
            notes: dict = {}
            for dim, col, weights, cover, mode in dims:
                order, notes[dim] = self._rebalance(items, order, dim, col, weights, cover, mode, rejected, spill, ctx)
            notes["policy"] = {dim: mode for dim, _, _, _, mode in dims}
            notes["policy"].update(tolerance=self.cfg.tolerance, min_keep=self.cfg.min_keep, upsample=self.cfg.upsample)
            if self.cfg.max_bucket_share:
                order = self._cap_buckets(items, order, rejected)
            notes["coverage"] = self._coverage(items, order, k)
            ctx.note(self, **notes)
            for item, reason, detail in rejected:
                ctx.reject(self, self._record(items, item, spill), reason, **detail)
            del rejected
            for item in order.tolist():
                yield self._record(items, item, spill)

    @staticmethod
    def _record(items: _Items, item: int, spill: RecordSpill) -> Record:
        r = spill.get(int(items.base[item]))
        if item in items.copies:
            r.id, r.origin, r.metadata["upsampled_from"] = items.copies[item]
        return r

    def _rebalance(
        self,
        items: _Items,
        order: np.ndarray,
        dim: str,
        col: str,
        weights: dict[str, float],
        cover: list[str],
        mode: str,
        rejected: list,
        spill: RecordSpill,
        ctx: Context,
    ):
        names = items.vocab[col]
        code = items.codes[col][items.base[order]]
        wanted = np.array([v in weights for v in names] or [False], dtype=bool)
        in_cat = wanted[code] if len(order) else np.zeros(0, bool)
        counts = {names[c]: int(m) for c, m in enumerate(np.bincount(code[in_cat], minlength=len(names))) if m}
        if mode == "report":
            q = counts
        else:
            q = quotas(
                counts,
                weights,
                tolerance=self.cfg.tolerance,
                min_keep=self.cfg.min_keep,
                upsample=self.cfg.upsample,
                max_upsample=self.cfg.max_upsample,
            )
        out = [order[~in_cat]]
        cover_keys = [c for c in cover if c != dim]
        copies_made = 0
        for c in sorted(counts):
            members = order[in_cat & (code == names.index(c))]
            ordered = items.coverage_order(members, cover_keys)
            n = q.get(c, len(ordered))
            out.append(ordered[:n])
            rejected.extend(
                (int(i), "balance_downsampled", {"dimension": dim, "category": c}) for i in ordered[n:].tolist()
            )
            copies = n - len(ordered)
            if copies > 0:
                out.append(
                    items.add_copies(
                        [int(ordered[j % len(ordered)]) for j in range(copies)],
                        [j // len(ordered) + 1 for j in range(copies)],
                        spill,
                    )
                )
                copies_made += copies
        if copies_made:
            ctx.created(self, copies_made)
        order = np.concatenate(out) if out else order
        code = items.codes[col][items.base[order]]
        achieved_codes = np.bincount(code, minlength=len(names)) if len(order) else np.zeros(len(names), int)
        achieved = {names[c]: int(m) for c, m in enumerate(achieved_codes) if m and names[c] in weights}
        total = sum(achieved.values()) or 1
        wsum = sum(weights.values())
        note = {
            c: {
                "target": round(w / wsum, 4),
                "achieved": round(achieved.get(c, 0) / total, 4),
                "available": counts.get(c, 0),
                "kept": achieved.get(c, 0),
            }
            for c, w in sorted(weights.items())
        }
        return order, note

    def _cap_buckets(self, items: _Items, order: np.ndarray, rejected: list) -> np.ndarray:
        keys = self.cfg.coverage_keys
        types = items.data_type[items.base[order]]
        out = []
        for t in sorted(set(types.tolist()), key=lambda c: str(items.data_types[c])):
            rs = order[types == t]
            if items.data_types[t] is None:
                out.append(rs)
                continue
            share = self.cfg.max_bucket_share
            assert share is not None  # only called when a bucket share is set
            cap = max(1, int(share * len(rs)))
            ordered = items.coverage_order(rs, keys)
            bucket = items.buckets(ordered, keys)
            seen = np.zeros(int(bucket.max()) + 1 if len(bucket) else 0, dtype=np.int64)
            keep = np.zeros(len(ordered), dtype=bool)
            for j, b in enumerate(bucket.tolist()):
                if seen[b] >= cap:
                    values = [items.vocab[k][items.codes[k][items.base[ordered[j]]]] for k in keys]
                    rejected.append((int(ordered[j]), "balance_bucket_cap", {"bucket": values}))
                    continue
                seen[b] += 1
                keep[j] = True
            out.append(ordered[keep])
        return np.concatenate(out) if out else order

    def _coverage(self, items: _Items, order: np.ndarray, k: dict) -> dict:
        keys = self.cfg.coverage_keys
        b = items.base[order]
        counted = k["interaction"][b]
        has = {key: counted & k[f"has:{key}"][b] for key in keys}
        any_key = np.logical_or.reduce([has[key] for key in keys]) if keys else np.zeros(len(b), bool)
        filled = len(np.unique(np.stack([k[key][b[any_key]] for key in keys], axis=1), axis=0)) if keys else 0
        per_key = {}
        for key in keys:
            c = np.bincount(k[key][b[has[key]]], minlength=len(items.vocab[key]))
            per_key[key] = dict(sorted((items.vocab[key][j], int(m)) for j, m in enumerate(c) if m))
        return {"buckets_filled": int(filled) if any_key.any() else 0, "per_key": per_key}
