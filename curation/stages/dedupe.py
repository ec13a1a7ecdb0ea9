"""Exact and near-duplicate removal with a deterministic keep policy and a cluster report.

Both stages see the whole input before deciding, so the outcome does not depend on input order: in
every group of duplicates the record with the best `Record.priority_key()` (manuscript over synthetic,
then higher quality, then smallest content hash) is kept and the others are rejected naming it.

Near duplicates: candidates from `near_pairs.candidate_keys`, every candidate verified with
``rapidfuzz.fuzz.ratio / 100`` (normalised Indel similarity, ``2*LCS/(len1+len2)``) on
`normalize_text(record.content())`. Keeping is greedy in priority order: a record is dropped when it is
at or above the threshold with an already *kept* record, so a chain A~B~C never removes C because of A
(no dropping of whole connected components). Kept records in a cluster (a connected component of
verified near-duplicate pairs, including chains through dropped records) carry
``metadata["dedupe_cluster"]`` (the id of the cluster's best-ranked record), which the split stage
groups on.

`Dedupe` runs both stages in one pass over one spill file (what `unwritten dedupe` uses); its records, rejects
and ledger rows are those of the two stages chained.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from ..records import Record, normalize_text
from .base import Context, Stage
from .near_pairs import DEFAULT_PARAMS, PairParams, candidate_keys, lsh_params, pair_block
from .settings import DedupeConfig
from .spill import Columns, Scratch

CLUSTER_KEY = "dedupe_cluster"


@dataclass
class NearResult:
    """Outcome per input index: kept or the index it lost to, with the verified similarity."""

    lost_to: np.ndarray  # -1 when kept
    similarity: np.ndarray  # similarity to `lost_to` (0 when kept)
    cluster: np.ndarray  # the kept record that represents the cluster (itself when kept)
    n_candidates: int = 0
    n_verified: int = 0
    params: dict = field(default_factory=dict)
    edges: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))  # verified pairs (i < j)


@dataclass
class NearIndex:
    """What near dedupe searched, kept for the split's contamination check (`Context.derived["near_index"]`):
    the sha256 of every text it kept, sorted, and the verified near-duplicate pairs between kept texts (as
    indices into `digests`; empty unless a pair was only found after both were kept). A later stage whose
    texts all have a digest here needs no second search: the candidate generator already ran over a superset
    of them at `threshold`."""

    threshold: float
    digests: np.ndarray  # sorted unique sha256 digests (dtype S32) of the kept normalised texts
    edges: np.ndarray  # (k, 2) int64 positions in `digests`
    n_candidates: int = 0

    def positions(self, digests: np.ndarray) -> np.ndarray | None:
        """Each digest's position in the index, or None when any is missing (a text the search never saw)."""
        if not len(digests):
            return np.zeros(0, dtype=np.int64)
        pos = np.searchsorted(self.digests, digests)
        inside = pos < len(self.digests)
        if not inside.all() or not np.array_equal(self.digests[pos], digests):
            return None
        return pos.astype(np.int64)


NEAR_INDEX = "near_index"  # key of the NearIndex in Context.derived


def text_digest(text: str) -> bytes:
    """sha256 of a normalised text (what exact dedupe, near dedupe and the split's check key on)."""
    return hashlib.sha256(text.encode("utf-8")).digest()


def similarity(a: str, b: str) -> float:
    """The verification score: rapidfuzz normalised Indel similarity of two normalised texts, 0..1."""
    return fuzz.ratio(a, b) / 100.0


def verify_pairs(
    texts: Sequence[str], left: np.ndarray, right: np.ndarray, threshold: float, workers: int = -1
) -> np.ndarray:
    """`similarity` of every pair (left[k], right[k]), 0 where it is below `threshold`.

    One rapidfuzz ``process.cpdist`` call per batch: the loop runs in C++ on `workers` threads, and the
    score cutoff lets rapidfuzz stop early on pairs that cannot reach it (about 3x faster than scoring).
    """
    if not len(left):
        return np.zeros(0, dtype=np.float32)
    scores = process.cpdist(
        [texts[i] for i in left.tolist()],
        [texts[j] for j in right.tolist()],
        scorer=fuzz.ratio,
        score_cutoff=threshold * 100 - 1e-9,
        workers=workers,
        dtype=np.float32,
    )
    return scores / np.float32(100)


def near_duplicates(
    texts: Sequence[str],
    priority: Sequence[Any] | np.ndarray,
    threshold: float,
    params: PairParams = DEFAULT_PARAMS,
    n_protected: int = 0,
    *,
    workers: int = -1,
    batch_pairs: int = 262_144,
) -> NearResult:
    """Greedy near-duplicate resolution over normalised `texts`.

    `priority[i]` orders records (smaller = kept first). The first `n_protected` texts (an already built
    dataset in incremental mode) are always kept and win over everything else.

    1. Every candidate pair is verified with `verify_pairs` (C++ threads, in batches); only the verified
       pairs are kept, as arrays (`Graph`). Measured on tests/synthetic.py at 100k records, 97% of
       candidates join two records that both end up kept, so verifying lazily in keep order (skipping
       pairs with a dropped record) saves ~3% of the work and costs the parallelism; verifying in bulk
       also gives the full near-duplicate graph.
    2. Records are resolved in keep order (`_resolve`): a record is dropped for its most similar kept twin
       (ties: the better-ranked one), so a chain A~B~C never removes C because of A. A record without a
       kept twin is also checked against the kept twins of its own near duplicates (two steps through the
       graph): a variant of a variant is caught even when the generator only paired it with the middle one.
    3. Clusters are the connected components of the verified graph (a chain A~B~C through a dropped B
       keeps A and C in one cluster), represented by their best-ranked member.
    """
    n = len(texts)
    rank = keep_rank(priority, n_protected)
    keys = candidate_keys(texts, threshold, params, workers)
    n_candidates = len(keys)
    graph, n_verified = _verified_graph(texts, keys, threshold, workers, batch_pairs, n_protected)
    del keys
    lost_to, extra = _resolve(texts, graph, rank, n_protected, threshold)
    graph = graph.with_edges(extra)
    sim = np.zeros(n, dtype=np.float64)
    for i in np.flatnonzero(lost_to >= 0).tolist():  # the reported similarity in full precision
        sim[i] = similarity(texts[i], texts[lost_to[i]])
    return NearResult(
        lost_to,
        sim,
        _clusters(graph, rank, n),
        n_candidates,
        n_verified + extra.n_scored,
        described(params, threshold),
        graph.edges(),
    )


def described(params: PairParams, threshold: float) -> dict:
    """The candidate generator's parameters, the derived MinHash-LSH bands and rows included (for reports)."""
    d = params.to_dict()
    if params.lsh_below > 0:
        d["lsh"] = lsh_params(threshold, params).to_dict()
    return d


def keep_rank(priority: Sequence[Any] | np.ndarray, n_protected: int = 0) -> np.ndarray:
    """Each record's place in keep order: protected records first, then by `priority`, then index."""
    n = len(priority)
    if isinstance(priority, np.ndarray) and priority.ndim == 1 and priority.dtype.kind in "iuf":
        order = np.lexsort((np.arange(n), priority, np.arange(n) >= n_protected))  # (the same order, vectorised)
    else:
        order = np.array(sorted(range(n), key=lambda i: (0 if i < n_protected else 1, priority[i], i)), dtype=np.int64)
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return rank


@dataclass
class Graph:
    """The verified near-duplicate pairs as arrays: `a[k] < b[k]`, similarity `s[k]` (float32). Compact where a
    dict per record would hold ~200 bytes per pair, which at 1M templated records is gigabytes."""

    n: int
    a: np.ndarray
    b: np.ndarray
    s: np.ndarray

    def adjacency(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """CSR form, both directions: (offsets, neighbours, similarities); record i's neighbours are
        ``neighbours[offsets[i]:offsets[i + 1]]``."""
        src = np.concatenate([self.a, self.b])
        order = np.argsort(src, kind="stable")
        dst = np.concatenate([self.b, self.a])[order]
        sim = np.concatenate([self.s, self.s])[order]
        offsets = np.zeros(self.n + 1, dtype=np.int64)
        np.cumsum(np.bincount(src, minlength=self.n), out=offsets[1:])
        return offsets, dst, sim

    def with_edges(self, extra: TwoStep) -> Graph:
        if not extra.a:
            return self
        a, b = np.array(extra.a, dtype=self.a.dtype), np.array(extra.b, dtype=self.b.dtype)
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        return Graph(
            self.n,
            np.concatenate([self.a, lo]),
            np.concatenate([self.b, hi]),
            np.concatenate([self.s, np.array(extra.s, dtype=np.float32)]),
        )

    def edges(self) -> np.ndarray:
        """(k, 2) int64 pairs (i < j), sorted."""
        order = np.lexsort((self.b, self.a))
        return np.stack([self.a[order], self.b[order]], axis=1).astype(np.int64).reshape(-1, 2)


@dataclass
class TwoStep:
    """Pairs the two-step check verified (record, its better-ranked kept twin, similarity) and how many it scored."""

    a: list[int] = field(default_factory=list)
    b: list[int] = field(default_factory=list)
    s: list[float] = field(default_factory=list)
    n_scored: int = 0


_BINS = 32  # characters are counted by code point mod this for the cheap bound before verification
_BINNED = 65_535  # texts longer than this are never pruned by the bound (their counts would not fit)


def char_counts(texts: Sequence[str], chunk_chars: int = 2_000_000) -> np.ndarray:
    """(len(texts), 32) uint16 counts of each text's characters by code point mod 32."""
    out = np.zeros((len(texts), _BINS), dtype=np.uint16)
    start = 0
    while start < len(texts):
        stop, size = start, 0
        while stop < len(texts) and (size < chunk_chars or stop == start):
            size += len(texts[stop])
            stop += 1
        part = texts[start:stop]
        lens = np.fromiter((len(t) for t in part), dtype=np.int64, count=len(part))
        codes = np.frombuffer("".join(part).encode("utf-32-le"), dtype=np.uint32)
        cell = np.repeat(np.arange(len(part), dtype=np.int64) * _BINS, lens) + (codes & np.uint32(_BINS - 1))
        counts = np.bincount(cell, minlength=len(part) * _BINS).reshape(len(part), _BINS)
        out[start:stop] = np.minimum(counts, _BINNED)
        start = stop
    return out


def within_reach(pairs: np.ndarray, counts: np.ndarray, lengths: np.ndarray, threshold: float) -> np.ndarray:
    """Pairs whose similarity can reach `threshold` by their character counts: an alignment matches at most
    ``sum(min(count_a, count_b))`` characters of each kind (binned counts only loosen this), so the Indel ratio
    ``2 * LCS / (len_a + len_b)`` is at most ``2 * sum(min(...)) / (len_a + len_b)``. A bound, never a guess:
    a pair it drops cannot verify. Drops about a third of the benchmark's candidates for ~0.1 us a pair."""
    a, b = pairs[:, 0], pairs[:, 1]
    la, lb = lengths[a], lengths[b]
    shared = np.minimum(counts[a], counts[b]).sum(axis=1, dtype=np.int64)
    return pairs[(2 * shared >= threshold * (la + lb) - 1e-6) | (np.maximum(la, lb) > _BINNED)]


def _verified_graph(
    texts: Sequence[str], keys: np.ndarray, threshold: float, workers: int, batch: int, n_protected: int = 0
) -> tuple[Graph, int]:
    """The candidate pairs (`candidate_keys`) at or above `threshold`, verified a block at a time: only the
    verified pairs are kept. Pairs of two protected records are skipped (both are kept by definition), and
    pairs the character-count bound rules out (`within_reach`) are never scored.
    Returns the graph and the number of pairs scored."""
    a, b, s = [], [], []
    scored = 0
    counts = char_counts(texts)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    for k in range(0, len(keys), batch):
        block = pair_block(keys[k : k + batch], len(texts))
        block = within_reach(block[block[:, 1] >= n_protected], counts, lengths, threshold)
        scored += len(block)
        scores = verify_pairs(texts, block[:, 0], block[:, 1], threshold, workers)
        hit = np.flatnonzero(scores > 0)
        a.append(block[hit, 0])
        b.append(block[hit, 1])
        s.append(scores[hit])
    if not a:
        return Graph(len(texts), np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.float32)), 0
    return Graph(len(texts), np.concatenate(a), np.concatenate(b), np.concatenate(s)), scored


def _resolve(
    texts: Sequence[str], graph: Graph, rank: np.ndarray, n_protected: int, threshold: float
) -> tuple[np.ndarray, TwoStep]:
    """The greedy keep policy: in keep order, a record loses to its most similar kept twin (ties: the
    better-ranked one); a record without one is checked against the kept twins of its neighbours (two steps).

    Records are visited in keep order, so every record already visited is better-ranked: each record keeps
    the list of its kept neighbours (with the similarity), filled as they are kept, and a record's twins are
    that list, its two-step candidates its neighbours' lists. Returns `lost_to` (-1: kept) and the pairs the
    two-step check verified."""
    lost_to = np.full(len(texts), -1, dtype=np.int64)
    offsets, nbr, sim = graph.adjacency()
    deg = np.diff(offsets)
    nodes = np.flatnonzero(deg)
    nodes = nodes[np.argsort(rank[nodes], kind="stable")]
    kept_near: dict[int, list[tuple[int, float]]] = {}  # record -> its kept neighbours so far, with similarity
    extra = TwoStep()
    cutoff = threshold * 100 - 1e-9
    for i in nodes.tolist():
        lo, hi = int(offsets[i]), int(offsets[i + 1])
        twins = kept_near.get(i) if i >= n_protected else None
        if i >= n_protected and not twins:
            twins = _two_step(texts, i, nbr[lo:hi].tolist(), kept_near, cutoff, extra)
        if twins:
            best = min(twins, key=lambda t: (-t[1], rank[t[0]]))
            lost_to[i] = best[0]
            continue
        for m, s in zip(nbr[lo:hi].tolist(), sim[lo:hi].tolist(), strict=True):  # i is kept
            kept_near.setdefault(m, []).append((i, s))
    return lost_to, extra


def _two_step(
    texts: Sequence[str],
    i: int,
    near: list[int],
    kept_near: dict[int, list[tuple[int, float]]],
    cutoff: float,
    extra: TwoStep,
) -> list[tuple[int, float]]:
    """Kept (so better-ranked) records two steps from `i` that verify against it; each is recorded in `extra`
    and, as `i` then loses, in `i`'s kept neighbours (later records reach it through `i`)."""
    twins: list[tuple[int, float]] = []
    tried = set(near)
    for m in near:
        for y, _ in kept_near.get(m, ()):
            if y in tried:
                continue
            tried.add(y)
            extra.n_scored += 1
            s = float(np.float32(fuzz.ratio(texts[i], texts[y], score_cutoff=cutoff)) / np.float32(100))
            if s:
                twins.append((y, s))
                extra.a.append(i)
                extra.b.append(y)
                extra.s.append(s)
    if twins:
        kept_near[i] = list(twins)
    return twins


def _clusters(graph: Graph, rank: np.ndarray, n: int) -> np.ndarray:
    """Connected components of the verified graph, each labelled by its best-ranked member (vectorised
    label propagation with pointer jumping, on ranks so the smallest label is the best-ranked member)."""
    by_rank = np.argsort(rank)  # rank -> record
    label = np.arange(n, dtype=np.int64)  # per rank position
    if len(graph.a):
        ra, rb = rank[graph.a], rank[graph.b]
        while True:
            la, lb = label[ra], label[rb]
            low = np.minimum(la, lb)
            before = label.copy()
            np.minimum.at(label, la, low)
            np.minimum.at(label, lb, low)
            while True:  # pointer jumping: every label points at its root
                nxt = label[label]
                if np.array_equal(nxt, label):
                    break
                label = nxt
            if np.array_equal(label, before):
                break
    cluster = np.empty(n, dtype=np.int64)
    cluster[by_rank] = by_rank[label]
    return cluster


def pair_params(d) -> PairParams:
    """Candidate-generator parameters from the `stages.dedupe` config section."""
    return PairParams(
        shingle=d.shingle,
        sample_mod=d.sample_mod,
        anchors=d.anchors,
        max_df=d.max_df,
        rare_df=d.rare_df,
        min_shared=d.min_shared,
        lsh_below=d.lsh_below,
    )


def record_keys(r: Record) -> tuple[str, int, float, bytes]:
    """(normalised content, kind order, -quality, sha256 of the normalised content): what
    `Record.priority_key` orders by, computed once so a stage can keep it in arrays."""
    text = normalize_text(r.content())
    q = r.quality
    return (
        text,
        0 if r.kind == "scene" else 1,
        -(q if q is not None else -1.0),
        text_digest(text),
    )


def priority_rank(kind: np.ndarray, neg_quality: np.ndarray, digest: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Each record's place in keep order (`Record.priority_key()` then id), from key arrays."""
    order = np.lexsort((ids, digest, neg_quality, kind))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank


def _exact_best(k: dict[str, np.ndarray]) -> np.ndarray:
    """Per record, the input index of the best record with its digest: kind, quality, id, then first seen."""
    n = len(k["digest"])
    order = np.lexsort((np.arange(n), k["id"], k["neg_quality"], k["kind"], k["digest"]))
    d = k["digest"][order]
    first = np.r_[True, d[1:] != d[:-1]] if n else np.zeros(0, bool)
    best = np.empty(n, dtype=np.int64)
    best[order] = order[np.maximum.accumulate(np.where(first, np.arange(n), 0))] if n else order
    return best


class ExactDedupe(Stage):
    """Drops records whose normalised content (assistant turns / scene body) is identical to a better one.

    Streams: the input is spilled to disk while a 32-byte digest, kind, quality and id per record are kept
    in arrays; the best record of each digest is chosen on the arrays, then the records are read back in
    input order."""

    name = "dedupe_exact"

    def __init__(self, against: Iterable[Record] = ()) -> None:
        self.reference = {bytes.fromhex(r.content_hash()): r.id for r in against}

    @classmethod
    def from_config(cls, settings: DedupeConfig) -> ExactDedupe:
        return cls()

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        with Scratch(ctx) as scratch:
            spill = scratch.records(self.name)
            cols = Columns(kind="i1", neg_quality="f8", digest="S", id="S", in_reference="?")
            for r in records:
                spill.append(r)
                _, kind, neg_q, digest = record_keys(r)
                cols.add(kind, neg_q, digest, r.id.encode("utf-8"), digest in self.reference)
            k = cols.finish()
            best = _exact_best(k)
            for i, r in enumerate(spill):
                if self.outcome(r, i, k, best, ctx):
                    yield r

    def outcome(self, r: Record, i: int, k: dict[str, np.ndarray], best: np.ndarray, ctx: Context) -> bool:
        """Rejects record `i` when it duplicates a built record or a better one; True when it is kept."""
        if k["in_reference"][i]:
            kept = self.reference[k["digest"][i].ljust(32, b"\0")]
            ctx.reject(self, r, "exact_duplicate", kept=kept, similarity=1.0, against=True)
            return False
        if best[i] != i:
            ctx.reject(self, r, "exact_duplicate", kept=k["id"][best[i]].decode("utf-8"), similarity=1.0)
            return False
        return True


@dataclass
class _NearOutcome:
    """Near dedupe's decision over the reference records (first `off`) and the input records after them."""

    res: NearResult
    ids: np.ndarray
    off: int
    absorbed: np.ndarray  # per record, how many records its cluster absorbed


class NearDedupe(Stage):
    """Drops records at or above `threshold` rapidfuzz similarity with a better, kept record."""

    name = "dedupe_near"

    def __init__(
        self, threshold: float = 0.85, params: PairParams = DEFAULT_PARAMS, against: Sequence[Record] = ()
    ) -> None:
        self.threshold = threshold
        self.params = params
        self.reference = list(against)

    @classmethod
    def from_config(cls, d: DedupeConfig) -> NearDedupe:
        return cls(d.threshold, pair_params(d))

    def _index(self, res: NearResult, digests: np.ndarray, off: int) -> NearIndex:
        """The kept texts' digests and the verified pairs between kept texts, for a later check to reuse."""
        kept = np.flatnonzero(res.lost_to < 0)
        kept = kept[kept >= off]  # (built records are not part of this run's output)
        index = NearIndex(self.threshold, np.unique(digests[kept].astype("S32")), np.zeros((0, 2), np.int64))
        e = res.edges
        e = e[(res.lost_to[e[:, 0]] < 0) & (res.lost_to[e[:, 1]] < 0) & (e[:, 0] >= off)]
        if len(e):
            pos = index.positions(digests[e.reshape(-1)].astype("S32"))
            assert pos is not None  # kept texts are in the index by construction
            index.edges = pos.reshape(-1, 2)
        index.n_candidates = res.n_candidates
        return index

    def reference_keys(self) -> tuple[list[str], Columns]:
        """The built records' texts and keys (protected: they come first)."""
        texts, cols = [], Columns(kind="i1", neg_quality="f8", digest="S", id="S")
        for r in self.reference:
            text, kind, neg_q, digest = record_keys(r)
            texts.append(text)
            cols.add(kind, neg_q, digest, r.id.encode("utf-8"))
        return texts, cols

    def decide(self, texts: list[str], k: dict[str, np.ndarray], ctx: Context) -> _NearOutcome:
        """Near dedupe over in-memory `texts` (the reference records' first) and their key columns; leaves
        the index for the split's check in `ctx.derived` and the notes in the ledger."""
        ids = k["id"]
        rank = priority_rank(k["kind"], k["neg_quality"], k["digest"], ids)
        off = len(self.reference)
        res = near_duplicates(texts, rank, self.threshold, self.params, n_protected=off)
        ctx.derived[NEAR_INDEX] = self._index(res, k["digest"], off)
        ctx.note(
            self,
            threshold=self.threshold,
            scorer="rapidfuzz.fuzz.ratio/100 on normalize_text(content)",
            candidate_generator="rare-shingle anchors (curation.stages.near_pairs)",
            params=res.params,
            candidate_pairs=res.n_candidates,
            verified_pairs=res.n_verified,
            reference_records=off,
        )
        return _NearOutcome(res, ids, off, np.bincount(res.cluster[res.lost_to >= 0], minlength=len(texts)))

    def outcome(self, r: Record, j: int, out: _NearOutcome, ctx: Context) -> bool:
        """Rejects record `j` (its index after the reference records) when it lost to a kept near duplicate,
        else tags its cluster; True when it is kept."""
        res, ids = out.res, out.ids
        if res.lost_to[j] >= 0:
            ctx.reject(
                self,
                r,
                "near_duplicate",
                kept=ids[res.lost_to[j]].decode("utf-8"),
                similarity=round(float(res.similarity[j]), 4),
                **({"against": True} if res.lost_to[j] < out.off else {}),
            )
            return False
        root = res.cluster[j]
        if root != j or out.absorbed[j]:
            r.metadata[CLUSTER_KEY] = ids[root].decode("utf-8")
        return True

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        with Scratch(ctx) as scratch:
            spill, texts = scratch.records(self.name), scratch.texts(self.name)
            ref_texts, cols = self.reference_keys()
            texts.extend(ref_texts)
            del ref_texts
            for r in records:
                spill.append(r)
                text, kind, neg_q, digest = record_keys(r)
                texts.append(text)
                cols.add(kind, neg_q, digest, r.id.encode("utf-8"))
            # the texts in memory while they are searched and verified: the search holds nearly all of them
            # anyway, and verification reads millions of scattered pairs (one file read each: ~10 CPU-s at 100k)
            out = self.decide(texts[:], cols.finish(), ctx)
            for j, r in enumerate(spill, start=out.off):
                if self.outcome(r, j, out, ctx):
                    yield r


class Dedupe(Stage):
    """`ExactDedupe` then `NearDedupe` in one pass: every record is spilled once and its keys (normalised text,
    digest) computed once; chained, the near stage spills, reads back and normalises again every record the
    exact stage yields (~40 us a record). Records, rejects, notes and each stage's ledger row are those of the
    two stages chained."""

    name = "dedupe"

    def __init__(self, exact: ExactDedupe, near: NearDedupe | None = None) -> None:
        self.exact, self.near = exact, near

    def __call__(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        return self.process(records, ctx)  # (each inner stage keeps its own ledger row)

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        exact, near = self.exact, self.near
        ex = ctx.ledger.stage(exact.name)
        with Scratch(ctx) as scratch:
            spill, texts = scratch.records(self.name), scratch.texts(self.name)
            cols = Columns(kind="i1", neg_quality="f8", digest="S", id="S", in_reference="?")
            for r in records:
                ex.n_in += 1
                spill.append(r)
                text, kind, neg_q, digest = record_keys(r)
                texts.append(text)
                cols.add(kind, neg_q, digest, r.id.encode("utf-8"), digest in exact.reference)
            k = cols.finish()
            best = _exact_best(k)
            survivors = np.flatnonzero((best == np.arange(len(best))) & ~k["in_reference"])
            ex.n_out = len(survivors)
            out, at = None, np.full(len(best), -1, dtype=np.int64)  # at: a survivor's index in near dedupe
            if near is not None:
                ctx.ledger.stage(near.name).n_in += len(survivors)
                ref_texts, ref_cols = near.reference_keys()
                rk = ref_cols.finish()
                nk = {c: np.concatenate([rk[c], k[c][survivors]]) for c in ("kind", "neg_quality", "digest", "id")}
                all_texts = texts[:]
                out = near.decide(ref_texts + [all_texts[i] for i in survivors.tolist()], nk, ctx)
                del all_texts, ref_texts, nk
                at[survivors] = np.arange(len(survivors)) + out.off
            for i, r in enumerate(spill):
                if not exact.outcome(r, i, k, best, ctx):
                    continue
                if out is not None and near is not None:
                    if not near.outcome(r, int(at[i]), out, ctx):
                        continue
                    ctx.ledger.stage(near.name).n_out += 1
                yield r
