"""Leakage-safe train/validation/test splits, seeded and stratified.

Records are first joined into split groups: records sharing `record.group` (one scene's chunks, the
variations of one base scenario), a near-duplicate cluster (`metadata["dedupe_cluster"]`) or an origin
(expanded rows, upsampled copies) end up in one group, and a group is assigned to one split as a whole,
so leakage across splits is impossible by construction. Groups are stratified by their majority
(kind, data_type, universe) and dealt, in a seeded order that does not depend on input order, to the
split furthest below its target share; then, per kind with at least 3 groups, an empty validation or
test split receives one whole group. Afterwards a contamination check looks for near-duplicate
pairs across splits (same candidate generator and verifier as near dedupe) and for prompts of one
split quoting an answer of another (`leakage.prompt_answer_overlaps`), reports them, and sets
`leakage_safe`, the only basis on which the card may call the split leakage-safe.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from typing import Any, Iterable, Iterator

import numpy as np

from ..records import Record, normalize_text
from .base import Context, Stage
from .leakage import prompt_answer_overlaps
from .dedupe import CLUSTER_KEY, pair_params, similarity, verify_pairs
from .near_pairs import PairParams, candidate_pairs
from .settings import DedupeConfig, SplitConfig

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
    def from_config(cls, settings: SplitConfig, dedupe: DedupeConfig) -> "Split":
        """From `stages.split`; the contamination check finds near-duplicates across splits with `stages.dedupe`'s
        threshold and candidate parameters."""
        return cls(settings, dedupe.threshold, pair_params(dedupe))

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
        placed: list[tuple[str, str, list[int]]] = []  # (split, group key, member indices)
        for stratum in sorted(strata):
            comps = sorted(strata[stratum],
                           key=lambda kc: hashlib.sha1(f"{salt}:{kc[0]}".encode()).hexdigest())
            filled: Counter[str] = Counter()
            for key, comp in comps:
                total = sum(filled.values()) + len(comp)
                # the split furthest below its target once this group is added
                name = max(SPLITS, key=lambda s: (ratios[s] * total - filled[s], ratios[s], -SPLITS.index(s)))
                if ratios[name] == 0:
                    name = max(SPLITS, key=lambda s: ratios[s])
                filled[name] += len(comp)
                placed.append((name, key, comp))
        moved = self._fill_empty_splits(records, placed, ratios, salt)
        for name, _, comp in placed:
            for i in comp:
                records[i].metadata["split"] = name
        counts = Counter(r.metadata["split"] for r in records)
        notes: dict[str, Any] = {"counts": {s: counts.get(s, 0) for s in SPLITS}, "groups": sum(len(v) for v in strata.values()),
                 "strata": len(strata), "groups_moved_to_fill_empty_splits": moved,
                 "counts_by_kind": {k: {s: sum(1 for r in records if r.kind == k and r.metadata["split"] == s)
                                        for s in SPLITS} for k in sorted({r.kind for r in records})}}
        if self.cfg.contamination_check:
            notes["contamination"] = self.contamination(records)
            notes["prompt_leakage"] = prompt_answer_overlaps(records, self.cfg.leakage_ngram)
            # what the card may claim: no near-duplicates and no prompt quoting an answer across splits
            notes["leakage_safe"] = (notes["contamination"]["cross_split_pairs"] == 0
                                     and notes["prompt_leakage"]["pairs"] == 0)
        ctx.note(self, **notes)
        yield from records

    @staticmethod
    def _fill_empty_splits(records: list[Record], placed: list[tuple[str, str, list[int]]],
                           ratios: dict[str, float], salt: str) -> int:
        """Per kind with at least 3 split groups, give every split with a non-zero ratio at least one
        group: the smallest group (ties by seeded hash) of the split holding most of that kind's groups
        moves. Whole groups move, so nothing can straddle two splits. Returns the number moved."""
        def kind_of(comp: list[int]) -> str:
            votes = Counter(records[i].kind for i in comp)
            return min(votes, key=lambda k: (-votes[k], k))

        kinds = [kind_of(comp) for _, _, comp in placed]
        moved = 0
        for kind in sorted(set(kinds)):
            mine = [k for k, kk in enumerate(kinds) if kk == kind]
            if len(mine) < 3:
                continue
            for target in SPLITS:
                have = Counter(placed[k][0] for k in mine)
                if ratios[target] == 0 or have[target]:
                    continue
                donor = max((s for s in SPLITS if have[s] > 1), key=lambda s: (have[s], ratios[s]), default=None)
                if donor is None:
                    continue
                k = min((k for k in mine if placed[k][0] == donor), key=lambda k: (
                    len(placed[k][2]), hashlib.sha1(f"{salt}:move:{placed[k][1]}".encode()).hexdigest()))
                placed[k] = (target, placed[k][1], placed[k][2])
                moved += 1
        return moved

    def contamination(self, records: list[Record]) -> dict:
        """Near-duplicate pairs (at the dedupe threshold) whose records sit in different splits.

        Candidates come from the near-dedupe generator; only pairs across splits are verified (one
        batched rapidfuzz call), since a pair inside one split cannot leak."""
        texts = [normalize_text(r.content()) for r in records]
        pairs = candidate_pairs(texts, self.threshold, self.params)
        split_of = np.array([SPLITS.index(r.metadata["split"]) for r in records], dtype=np.int8)
        cross = pairs[split_of[pairs[:, 0]] != split_of[pairs[:, 1]]]
        scores = verify_pairs(texts, cross[:, 0], cross[:, 1], self.threshold)
        found = sorted((records[i].id, records[j].id, round(similarity(texts[i], texts[j]), 4))
                       for i, j in cross[scores > 0].tolist())
        return {"threshold": self.threshold, "candidate_pairs": len(pairs), "cross_split_candidates": len(cross),
                "cross_split_pairs": len(found), "examples": [list(x) for x in found[:10]]}
