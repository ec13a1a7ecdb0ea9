"""Leakage-safe train/validation/test splits, seeded and stratified.

Records are first joined into split groups: records sharing `record.group` (one scene's chunks, the
variations of one base scenario), a near-duplicate cluster (`metadata["dedupe_cluster"]`) or an origin
(expanded rows, upsampled copies) end up in one group, and a group is assigned to one split as a whole,
so leakage across splits is impossible by construction. Groups are stratified by their majority
(kind, data_type, universe) and dealt, in a seeded order that does not depend on input order, to the
split furthest below its target share. Afterwards a contamination check looks for near-duplicate
pairs across splits (same candidate generator and verifier as near dedupe) and reports them.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from typing import Iterable, Iterator

from ..records import Record, normalize_text
from .base import Context, Stage
from .dedupe import CLUSTER_KEY, similarity
from .near_pairs import PairParams, candidate_pairs
from .settings import SplitConfig

SPLITS = ("train", "validation", "test")


def _stratum_value(r: Record, key: str) -> str:
    if key == "kind":
        return r.kind
    if key == "data_type":
        return str(r.data_type)
    return str(r.metadata.get(key))


def split_groups(records: list[Record]) -> list[list[int]]:
    """Connected components of records linked by group, dedupe cluster or origin (union-find)."""
    parent = list(range(len(records)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_with: dict[tuple, int] = {}
    for i, r in enumerate(records):
        keys = [("origin", r.origin or r.id), ("id", r.id)]
        if r.group:
            keys.append(("group", r.group))
        if r.metadata.get(CLUSTER_KEY):
            keys.append(("id", r.metadata[CLUSTER_KEY]))
        if r.metadata.get("upsampled_from"):
            keys.append(("id", r.metadata["upsampled_from"]))
        for k in keys:
            j = first_with.setdefault(k, i)
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    comps: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        comps[find(i)].append(i)
    return list(comps.values())


class Split(Stage):
    name = "split"

    def __init__(self, cfg: SplitConfig | None = None, threshold: float = 0.85,
                 params: PairParams = PairParams()) -> None:
        self.cfg = cfg or SplitConfig()
        self.threshold = threshold
        self.params = params

    @classmethod
    def from_config(cls, cfg) -> "Split":
        return cls(cfg.stages.split, cfg.stages.dedupe.threshold)

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        records = list(records)
        ratios = {"train": self.cfg.train, "validation": self.cfg.validation, "test": self.cfg.test}
        strata: dict[tuple, list[tuple[str, list[int]]]] = defaultdict(list)
        for comp in split_groups(records):
            key = min(records[i].id for i in comp)
            votes = Counter(tuple(_stratum_value(records[i], k) for k in self.cfg.stratify) for i in comp)
            stratum = min(votes, key=lambda s: (-votes[s], s))
            strata[stratum].append((key, comp))
        salt = f"{ctx.seed}:split"
        for stratum in sorted(strata):
            comps = sorted(strata[stratum],
                           key=lambda kc: hashlib.sha1(f"{salt}:{kc[0]}".encode()).hexdigest())
            filled = Counter()
            for _, comp in comps:
                total = sum(filled.values()) + len(comp)
                # the split furthest below its target once this group is added
                name = max(SPLITS, key=lambda s: (ratios[s] * total - filled[s], ratios[s], -SPLITS.index(s)))
                if ratios[name] == 0:
                    name = max(SPLITS, key=lambda s: ratios[s])
                filled[name] += len(comp)
                for i in comp:
                    records[i].metadata["split"] = name
        counts = Counter(r.metadata["split"] for r in records)
        notes = {"counts": {s: counts.get(s, 0) for s in SPLITS}, "groups": sum(len(v) for v in strata.values()),
                 "strata": len(strata)}
        if self.cfg.contamination_check:
            notes["contamination"] = self.contamination(records)
        ctx.note(self, **notes)
        yield from records

    def contamination(self, records: list[Record]) -> dict:
        """Near-duplicate pairs (at the dedupe threshold) whose records sit in different splits."""
        texts = [normalize_text(r.content()) for r in records]
        pairs = candidate_pairs(texts, self.threshold, self.params)
        found = []
        for i, j in pairs.tolist():
            if records[i].metadata["split"] != records[j].metadata["split"]:
                s = similarity(texts[i], texts[j])
                if s >= self.threshold:
                    found.append((records[i].id, records[j].id, round(s, 4)))
        found.sort()
        return {"threshold": self.threshold, "cross_split_pairs": len(found),
                "examples": [list(x) for x in found[:10]]}
