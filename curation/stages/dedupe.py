"""Exact and near-duplicate removal with a deterministic keep policy and a cluster report.

Both stages see the whole input before deciding, so the outcome does not depend on input order: in
every group of duplicates the record with the best `Record.priority_key()` (manuscript over synthetic,
then higher quality, then smallest content hash) is kept and the others are rejected naming it.

Near duplicates: candidates from `near_pairs.candidate_pairs`, every candidate verified with
``rapidfuzz.fuzz.ratio / 100`` (normalised Indel similarity, ``2*LCS/(len1+len2)``) on
`normalize_text(record.content())`. Keeping is greedy in priority order: a record is dropped when it is
at or above the threshold with an already *kept* record, so a chain A~B~C never removes C because of A
(no dropping of whole connected components). Kept records that absorbed duplicates carry
``metadata["dedupe_cluster"]`` (the cluster's kept id), which the split stage groups on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

import numpy as np
from rapidfuzz import fuzz

from ..records import Record, normalize_text
from .base import Context, Stage
from .near_pairs import PairParams, candidate_pairs

CLUSTER_KEY = "dedupe_cluster"


@dataclass
class NearResult:
    """Outcome per input index: kept or the index it lost to, with the verified similarity."""

    lost_to: np.ndarray                # -1 when kept
    similarity: np.ndarray             # similarity to `lost_to` (0 when kept)
    cluster: np.ndarray                # index of the kept record that represents the cluster
    n_candidates: int = 0
    n_verified: int = 0
    params: dict = field(default_factory=dict)


def similarity(a: str, b: str) -> float:
    """The verification score: rapidfuzz normalised Indel similarity of two normalised texts, 0..1."""
    return fuzz.ratio(a, b) / 100.0


def near_duplicates(texts: Sequence[str], priority: Sequence[tuple], threshold: float,
                    params: PairParams = PairParams(), n_protected: int = 0) -> NearResult:
    """Greedy near-duplicate resolution over normalised `texts`.

    `priority[i]` orders records (smaller = kept first). The first `n_protected` texts (an already built
    dataset in incremental mode) are always kept and win over everything else.
    """
    n = len(texts)
    order = sorted(range(n), key=lambda i: (0 if i < n_protected else 1, priority[i], i))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    pairs = candidate_pairs(texts, threshold, params)
    # adjacency: for each record, its candidates that come earlier in keep order
    a, b = pairs[:, 0], pairs[:, 1]
    later = np.where(rank[a] > rank[b], a, b)
    earlier = np.where(rank[a] > rank[b], b, a)
    o = np.lexsort((rank[earlier], later))
    later, earlier = later[o], earlier[o]
    starts = np.searchsorted(later, np.arange(n + 1))
    lost_to = np.full(n, -1, dtype=np.int64)
    sim = np.zeros(n, dtype=np.float64)
    parent = np.arange(n)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    cutoff = threshold * 100 - 1e-9
    verified = 0
    for i in order:
        lo, hi = starts[i], starts[i + 1]
        if lo == hi or i < n_protected:
            continue
        best_j, best_s = -1, -1.0
        links = []
        for j in earlier[lo:hi].tolist():
            verified += 1
            s = fuzz.ratio(texts[i], texts[j], score_cutoff=cutoff)
            if not s:
                continue
            links.append(j)
            # only kept records can absorb; ties go to the better-ranked twin (candidates in keep order)
            if lost_to[j] == -1 and s > best_s:
                best_j, best_s = j, s
        # linked records share a cluster (a chain A~B~C through a dropped B keeps A and C together)
        for j in links:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[ri if rank[ri] > rank[rj] else rj] = rj if rank[ri] > rank[rj] else ri
        if best_j >= 0:
            lost_to[i], sim[i] = best_j, best_s / 100.0
    cluster = np.fromiter((find(i) for i in range(n)), dtype=np.int64, count=n)
    return NearResult(lost_to, sim, cluster, len(pairs), verified, params.to_dict())


class ExactDedupe(Stage):
    """Drops records whose normalised content (assistant turns / scene body) is identical to a better one."""

    name = "dedupe_exact"

    def __init__(self, against: Iterable[Record] = ()) -> None:
        self.reference = {r.content_hash(): r.id for r in against}

    @classmethod
    def from_config(cls, cfg) -> "ExactDedupe":
        return cls()

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        records = list(records)
        best: dict[str, Record] = {}
        for r in records:
            h = r.content_hash()
            if h not in best or r.priority_key() < best[h].priority_key() or (
                    r.priority_key() == best[h].priority_key() and r.id < best[h].id):
                best[h] = r
        for r in records:
            h = r.content_hash()
            if h in self.reference:
                ctx.reject(self, r, "exact_duplicate", kept=self.reference[h], similarity=1.0, against=True)
            elif best[h] is not r:
                ctx.reject(self, r, "exact_duplicate", kept=best[h].id, similarity=1.0)
            else:
                yield r


class NearDedupe(Stage):
    """Drops records at or above `threshold` rapidfuzz similarity with a better, kept record."""

    name = "dedupe_near"

    def __init__(self, threshold: float = 0.85, params: PairParams = PairParams(),
                 against: Sequence[Record] = ()) -> None:
        self.threshold = threshold
        self.params = params
        self.reference = list(against)

    @classmethod
    def from_config(cls, cfg) -> "NearDedupe":
        d = cfg.stages.dedupe
        return cls(d.threshold, PairParams(shingle=d.shingle, sample_mod=d.sample_mod, anchors=d.anchors,
                                           max_df=d.max_df, min_shared=d.min_shared))

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        records = list(records)
        everyone = self.reference + records
        texts = [normalize_text(r.content()) for r in everyone]
        prio = [r.priority_key() + (r.id,) for r in everyone]
        res = near_duplicates(texts, prio, self.threshold, self.params, n_protected=len(self.reference))
        off = len(self.reference)
        absorbed = np.bincount(res.cluster[res.lost_to >= 0], minlength=len(everyone))
        for k, r in enumerate(records, start=off):
            if res.lost_to[k] >= 0:
                twin = everyone[res.lost_to[k]]
                ctx.reject(self, r, "near_duplicate", kept=twin.id, similarity=round(float(res.similarity[k]), 4),
                           **({"against": True} if res.lost_to[k] < off else {}))
                continue
            root = res.cluster[k]
            if root != k or absorbed[k]:
                r.metadata[CLUSTER_KEY] = everyone[root].id
            yield r
        ctx.note(self, threshold=self.threshold, scorer="rapidfuzz.fuzz.ratio/100 on normalize_text(content)",
                 candidate_generator="rare-shingle anchors (curation.stages.near_pairs)",
                 params=res.params, candidate_pairs=res.n_candidates, verified_pairs=res.n_verified,
                 reference_records=off)
