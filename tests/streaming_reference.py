"""The in-memory stage implementations the streaming ones replaced (as of 102c4eb), kept as a reference.

tests/test_streaming.py runs both on the same records and asserts the same output, order, rejects and
notes: the streaming stages change how much is held in memory, never what the build produces.
"""

# flake8: noqa
from __future__ import annotations

import copy
import hashlib
import math
import re
from collections import Counter, defaultdict
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from curation.records import GPT, HUMAN, Record, normalize_text
from curation.stages.base import Context, Stage
from curation.stages.balance import coverage_order, quotas, _bucket
from curation.stages.dedupe import CLUSTER_KEY, near_duplicates, pair_params, similarity, verify_pairs
from curation.stages.near_pairs import PairParams, candidate_pairs
from curation.stages.settings import BalanceConfig, SplitConfig

_WORD = re.compile(r"\w+(?:'\w+)*")
SPLITS = ("train", "validation", "test")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'").replace("‘", "'"))


def shingles(text: str, n: int) -> Iterable[int]:
    w = words(text)
    return (hash(tuple(w[i : i + n])) for i in range(len(w) - n + 1))


def _turns(r: Record, role: str) -> str:
    return "\n\n".join(t["value"] for t in r.conversations if t.get("from") == role and isinstance(t.get("value"), str))


def prompt_answer_overlaps(records: Sequence[Record], n: int = 8, limit: int = 10) -> dict:
    """Pairs (prompt record, answer record) in different splits sharing an `n`-word run.

    Counts per direction ("train<-test": a train prompt quoting a test answer) and a few examples."""
    owner: dict[int, dict[str, str]] = defaultdict(dict)  # shingle -> split -> one answer id holding it
    for r in records:
        split = r.metadata.get("split")
        for h in set(shingles(_turns(r, GPT), n)):
            owner[h].setdefault(split, r.id)
    pairs: set[tuple[str, str, str, str]] = set()
    for r in records:
        split = r.metadata.get("split")
        for h in shingles(_turns(r, HUMAN), n):
            for other, aid in owner.get(h, {}).items():
                if other != split:
                    pairs.add((split, other, r.id, aid))
    by_direction: dict[str, int] = defaultdict(int)
    for a, b, _, _ in pairs:
        by_direction[f"{a}<-{b}"] += 1
    examples = sorted(pairs, key=lambda p: (SPLITS.index(p[0]) if p[0] in SPLITS else 9, p[1], p[2], p[3]))[:limit]
    return {
        "ngram": n,
        "pairs": len(pairs),
        "by_direction": dict(sorted(by_direction.items())),
        "examples": [
            {"prompt_split": a, "prompt_id": pid, "answer_split": b, "answer_id": aid} for a, b, pid, aid in examples
        ],
    }


class ExactDedupe(Stage):  # reference
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
            if (
                h not in best
                or r.priority_key() < best[h].priority_key()
                or (r.priority_key() == best[h].priority_key() and r.id < best[h].id)
            ):
                best[h] = r
        for r in records:
            h = r.content_hash()
            if h in self.reference:
                ctx.reject(self, r, "exact_duplicate", kept=self.reference[h], similarity=1.0, against=True)
            elif best[h] is not r:
                ctx.reject(self, r, "exact_duplicate", kept=best[h].id, similarity=1.0)
            else:
                yield r


class NearDedupe(Stage):  # reference
    """Drops records at or above `threshold` rapidfuzz similarity with a better, kept record."""

    name = "dedupe_near"

    def __init__(
        self, threshold: float = 0.85, params: PairParams = PairParams(), against: Sequence[Record] = ()
    ) -> None:
        self.threshold = threshold
        self.params = params
        self.reference = list(against)

    @classmethod
    def from_config(cls, cfg) -> "NearDedupe":
        d = cfg.stages.dedupe
        return cls(d.threshold, pair_params(d))

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
                ctx.reject(
                    self,
                    r,
                    "near_duplicate",
                    kept=twin.id,
                    similarity=round(float(res.similarity[k]), 4),
                    **({"against": True} if res.lost_to[k] < off else {}),
                )
                continue
            root = res.cluster[k]
            if root != k or absorbed[k]:
                r.metadata[CLUSTER_KEY] = everyone[root].id
            yield r
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
        dims: list[tuple[str, Callable[[Record], str | None], dict[str, float], list[str], str]] = [
            (
                "data_type",
                lambda r: r.data_type if r.kind == "interaction" else None,
                self.cfg.data_types,
                self.cfg.coverage_keys,
                self.cfg.data_type_mode,
            ),
            (
                "scene_type",
                lambda r: r.metadata.get("scene_type") if r.kind == "scene" else None,
                self.cfg.scene_types,
                ["pov", "universe"],
                self.cfg.scene_type_mode,
            ),
            (
                "universe",
                lambda r: r.metadata.get("universe"),
                self.cfg.universes,
                ["kind", "data_type"],
                self.cfg.universe_mode,
            ),
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
            q = quotas(
                counts,
                weights,
                tolerance=self.cfg.tolerance,
                min_keep=self.cfg.min_keep,
                upsample=self.cfg.upsample,
                max_upsample=self.cfg.max_upsample,
            )
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
        note = {
            c: {
                "target": round(w / wsum, 4),
                "achieved": round(achieved.get(c, 0) / total, 4),
                "available": counts.get(c, 0),
                "kept": achieved.get(c, 0),
            }
            for c, w in sorted(weights.items())
        }
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
        buckets = Counter(
            _bucket(r, keys) for r in records if r.kind == "interaction" and any(k in r.metadata for k in keys)
        )
        per_key = {
            k: dict(
                sorted(
                    Counter(
                        str(r.metadata.get(k)) for r in records if r.kind == "interaction" and k in r.metadata
                    ).items()
                )
            )
            for k in keys
        }
        return {"buckets_filled": len(buckets), "per_key": per_key}


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

    def __init__(
        self, cfg: SplitConfig | None = None, threshold: float = 0.85, params: PairParams = PairParams()
    ) -> None:
        self.cfg = cfg or SplitConfig()
        self.threshold = threshold
        self.params = params

    @classmethod
    def from_config(cls, cfg) -> "Split":
        return cls(cfg.stages.split, cfg.stages.dedupe.threshold, pair_params(cfg.stages.dedupe))

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
            comps = sorted(strata[stratum], key=lambda kc: hashlib.sha1(f"{salt}:{kc[0]}".encode()).hexdigest())
            filled = Counter()
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
        notes = {
            "counts": {s: counts.get(s, 0) for s in SPLITS},
            "groups": sum(len(v) for v in strata.values()),
            "strata": len(strata),
            "groups_moved_to_fill_empty_splits": moved,
            "counts_by_kind": {
                k: {s: sum(1 for r in records if r.kind == k and r.metadata["split"] == s) for s in SPLITS}
                for k in sorted({r.kind for r in records})
            },
        }
        if self.cfg.contamination_check:
            notes["contamination"] = self.contamination(records)
            notes["prompt_leakage"] = prompt_answer_overlaps(records, self.cfg.leakage_ngram)
            # what the card may claim: no near-duplicates and no prompt quoting an answer across splits
            notes["leakage_safe"] = (
                notes["contamination"]["cross_split_pairs"] == 0 and notes["prompt_leakage"]["pairs"] == 0
            )
        ctx.note(self, **notes)
        yield from records

    @staticmethod
    def _fill_empty_splits(
        records: list[Record], placed: list[tuple[str, str, list[int]]], ratios: dict[str, float], salt: str
    ) -> int:
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
                k = min(
                    (k for k in mine if placed[k][0] == donor),
                    key=lambda k: (len(placed[k][2]), hashlib.sha1(f"{salt}:move:{placed[k][1]}".encode()).hexdigest()),
                )
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
        found = sorted(
            (records[i].id, records[j].id, round(similarity(texts[i], texts[j]), 4))
            for i, j in cross[scores > 0].tolist()
        )
        return {
            "threshold": self.threshold,
            "search": "candidate generator",  # (the streaming stage also names the search it used)
            "candidate_pairs": len(pairs),
            "cross_split_candidates": len(cross),
            "cross_split_pairs": len(found),
            "examples": [list(x) for x in found[:10]],
        }


# ---- analytics (curation/analytics/statistics.py as of 102c4eb: every row's text held in memory) ----------
from curation.analytics.diversity import diversity, text_hash  # noqa: E402
from curation.ingest.interactions.facets import Facets, facets_of  # noqa: E402
from curation.analytics.gates import GateTally, duplicate_share, evaluate  # noqa: E402
from curation.analytics.settings import AnalyticsConfig  # noqa: E402
from curation.analytics.statistics import (
    AUTHENTICITY_CATEGORIES,
    _capacity,
    _counts,
    _coverage,  # noqa: E402
    _mentions_capacity,
    _quality,
    _round,
    classify_reject,
)
from curation.tokens import DEFAULT_ENCODING, get_counter  # noqa: E402
from typing import Any, Mapping  # noqa: E402


def _token_stats(rows: list[Facets], sample_records: int, encoding: str) -> dict[str, Any]:
    """Percentiles of response length in tokens (tiktoken), on a hash-ordered sample for large sets."""
    texts = [f.text for f in rows]
    sampled = len(texts) > sample_records
    if sampled:
        texts = sorted(texts, key=text_hash)[:sample_records]
    if not texts:
        return {"rows": 0}
    counter = get_counter(encoding)
    counts = np.asarray(counter.count_batch(texts), dtype=np.int64)
    p = np.percentile(counts, [5, 25, 50, 75, 90, 95, 99])
    return {
        "rows": len(rows),
        "counted": len(texts),
        "sampled": sampled,
        "encoding": counter.name,
        "mean": _round(counts.mean(), 1),
        "min": int(counts.min()),
        "max": int(counts.max()),
        **{f"p{q}": float(v) for q, v in zip((5, 25, 50, 75, 90, 95, 99), p)},
    }


def _diversity_groups(rows: list[Facets], budget: int) -> dict[str, Any]:
    def measure(group: list[Facets]) -> dict[str, Any]:
        return diversity(
            [f.text for f in group], [(f.capacity_level, f.authenticity_category, f.complexity) for f in group], budget
        )

    by_type: dict[str, list[Facets]] = defaultdict(list)
    by_scene: dict[str, list[Facets]] = defaultdict(list)
    for f in rows:
        by_type[f.data_type].append(f)
        if f.scene_type:
            by_scene[f.scene_type].append(f)
    return {
        "all": measure(rows) if rows else None,
        "by_data_type": {k: measure(v) for k, v in sorted(by_type.items())},
        "by_scene_type": {k: measure(v) for k, v in sorted(by_scene.items())},
    }


def dataset_statistics(
    records: Iterable[Record],
    rejects: Iterable[Mapping[str, Any]] | None = None,
    config: AnalyticsConfig | None = None,
    *,
    encoding: str = DEFAULT_ENCODING,
) -> dict[str, Any]:
    """Gates, diversity, quality distribution, duplicates, token percentiles and coverage of `records`.

    `rejects`: reject rows of the same run (dicts with source_file, stage, reason, kind, detail), or
    None when unknown. `config`: the `analytics:` section (defaults when None).
    """
    cfg = config or AnalyticsConfig()
    rows = [facets_of(r) for r in records]
    units_by_id: dict[str, Facets] = {}
    for f in rows:
        units_by_id.setdefault(f.unit, f)
    units = list(units_by_id.values())

    build = GateTally(failures=0 if rejects is not None else None)
    batches: dict[str, GateTally] = defaultdict(lambda: GateTally(failures=0 if rejects is not None else None))
    seen_text: set[int] = set()
    for f in units:
        dup = False
        if f.text:
            h = text_hash(normalize_text(f.text))
            dup = h in seen_text
            seen_text.add(h)
        tallies = (build, batches[f.batch_file]) if f.kind == "interaction" else (build,)
        for t in tallies:
            t.samples += 1
            t.duplicates_present += dup
            if f.kind == "interaction":
                t.interaction_items += 1
                t.capacity_violations += any(v.startswith("capacity") for v in f.violations)
            if f.authenticity_category:
                t.authenticity[f.authenticity_category] += 1
            if f.authenticity is not None:
                t.scores.append(f.authenticity)
            if f.complexity:
                t.complexity[f.complexity] += 1

    reject_reasons: Counter = Counter()
    for row in rejects or ():
        cls = classify_reject(row)
        reject_reasons[cls] += 1
        if cls == "scene":
            continue
        file = str(row.get("source_file"))
        for t in (build, batches[file]):
            if cls == "duplicate":
                t.duplicates_removed += 1
            else:
                t.interaction_items += 1
                if cls == "failure":
                    t.failures += 1
                    t.capacity_violations += _mentions_capacity(row)

    kinds = Counter(f.kind for f in units)
    versions = Counter(f.version for f in units if f.kind == "interaction")
    scores = build.scores
    batch_gates = {file: evaluate(t, cfg.gates) for file, t in sorted(batches.items())}
    return {
        "records": len(rows),
        "samples": len(units),
        "kinds": dict(sorted(kinds.items())),
        "master_truths_versions": dict(sorted(versions.items())),
        "data_types": dict(sorted(Counter(f.data_type for f in units).items())),
        "scene_types": dict(sorted(Counter(f.scene_type for f in units if f.scene_type).items())),
        "quality": _quality(units),
        "authenticity": {
            "samples": sum(build.authenticity.values()),
            "categories": _counts(build.authenticity, AUTHENTICITY_CATEGORIES),
            "covered": sum(1 for c in AUTHENTICITY_CATEGORIES if build.authenticity.get(c)),
            "of": len(AUTHENTICITY_CATEGORIES),
            "min": _round(min(scores)) if scores else None,
            "max": _round(max(scores)) if scores else None,
            "range": _round(max(scores) - min(scores)) if scores else None,
            "std": _round(float(np.std(scores))) if scores else None,
        },
        "complexity": {
            "samples": sum(build.complexity.values()),
            "types": dict(sorted(build.complexity.items())),
            "covered": len(build.complexity),
            "baseline_share": _round(build.complexity["baseline"] / sum(build.complexity.values()))
            if build.complexity
            else None,
        },
        "capacity": _capacity(units, cfg.capacity_targets),
        "coverage": _coverage(units),
        "duplicates": {
            "present": build.duplicates_present,
            "removed": build.duplicates_removed,
            "share": _round(duplicate_share(build)),
        },
        "rejects": dict(sorted(reject_reasons.items())) if rejects is not None else None,
        "tokens": _token_stats(rows, cfg.token_sample_records, encoding),
        "diversity": _diversity_groups(rows, cfg.diversity_token_budget),
        "gates": {
            "build": evaluate(build, cfg.gates),
            "batches": batch_gates,
            "failed_batches": [f for f, e in batch_gates.items() if not e["passed"]],
        },
    }
