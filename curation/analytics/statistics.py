"""`dataset_statistics`: every analytic figure of a set of records, as one JSON-ready dict.

The build puts it into its report under "analytics" and the card shows it; `unwritten analyze` and
`unwritten compare` print the same figures. Sample-level figures (spectrum, complexity, capacity,
coverage, quality, gates) count each source sample once, even when conversion expanded it into several
rows (rows share `origin`); text figures (diversity, tokens) look at every row.

Reject rows (`ctx.rejects.rows`, or a build's rejects JSONL) add what the kept records cannot show: how
many samples failed validation or quality (pass rate), broke a capacity rule, or were removed as
duplicates. Without them the pass rate is "n/a".
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ..ingest.interactions.facets import (
    AUTHENTICITY_CATEGORIES,
    CAPACITY_LEVELS,
    QUALITY_CATEGORIES,
    Facets,
    facets_of,
    quality_band,
)
from ..records import Record, normalize_text
from ..stages.spill import Scratch
from ..tokens import DEFAULT_ENCODING, get_counter
from .diversity import diversity_of, text_hash
from .gates import GateTally, duplicate_share, evaluate
from .settings import AnalyticsConfig

#: reject reasons that are selection, not failure: the sample was valid but not wanted
_SELECTION_MARKERS = ("version_excluded", "downsampl", "balanc", "sequence_len", "token", "contamination", "split")
QUALITY_HIST_BINS = 20


def classify_reject(row: Mapping[str, Any]) -> str:
    """'scene' (not an interaction item), 'duplicate', 'selection' or 'failure'."""
    if row.get("kind") == "scene":
        return "scene"
    reason = str(row.get("reason", ""))
    if "duplicate" in reason:
        return "duplicate"
    if any(m in reason for m in _SELECTION_MARKERS):
        return "selection"
    return "failure"


def _mentions_capacity(row: Mapping[str, Any]) -> bool:
    """A reject caused by a capacity rule: the reason ('rule_capacity_x_plus_2') names one, or a rule id
    in its detail starts with 'capacity'."""
    if "capacity" in str(row.get("reason", "")):
        return True
    stack: list[Any] = [row.get("detail")]
    while stack:
        v = stack.pop()
        if isinstance(v, str) and v.startswith("capacity"):
            return True
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
    return False


def _counts(counter: Counter, order: Iterable[str]) -> dict[str, int]:
    """Counts in a fixed order (known labels first, then others alphabetically)."""
    order = list(order)
    return {**{k: counter.get(k, 0) for k in order}, **{k: counter[k] for k in sorted(counter) if k not in order}}


def _round(x: float | None, nd: int = 4) -> float | None:
    return None if x is None else round(float(x), nd)


def _token_stats(rows: list[Facets], texts: _Texts, sample_records: int, encoding: str) -> dict[str, Any]:
    """Percentiles of response length in tokens (tiktoken), on a hash-ordered sample for large sets."""
    sampled = len(rows) > sample_records
    chosen = sorted(texts.hash_order(range(len(rows)))[:sample_records]) if sampled else range(len(rows))
    if not len(chosen):
        return {"rows": 0}
    counter = get_counter(encoding)
    counts = np.asarray(counter.count_batch([texts.store[i] for i in chosen]), dtype=np.int64)
    p = np.percentile(counts, [5, 25, 50, 75, 90, 95, 99])
    return {
        "rows": len(rows),
        "counted": len(chosen),
        "sampled": sampled,
        "encoding": counter.name,
        "mean": _round(counts.mean(), 1),
        "min": int(counts.min()),
        "max": int(counts.max()),
        **{f"p{q}": float(v) for q, v in zip((5, 25, 50, 75, 90, 95, 99), p, strict=False)},
    }


class _Texts:
    """Every row's text, kept in a file (`TextStore`) with its hash and word count in arrays: the figures
    that need text read only the rows they sample."""

    def __init__(self, scratch: Scratch) -> None:
        self.store = scratch.texts("analytics")
        self.hashes = array("Q")
        self.words = array("q")

    def add(self, text: str) -> None:
        self.store.append(text)
        self.hashes.append(text_hash(text))
        self.words.append(len(text.split()))

    def finish(self) -> None:
        self.hash_array = np.frombuffer(self.hashes, dtype=np.uint64).copy()
        self.word_array = np.frombuffer(self.words, dtype=np.int64).copy()
        del self.hashes, self.words

    def hash_order(self, rows: Iterable[int]) -> list[int]:
        """`rows` sorted by text hash (stable), as `sorted(texts, key=text_hash)` orders their texts."""
        idx = np.fromiter(rows, dtype=np.int64)
        return idx[np.argsort(self.hash_array[idx], kind="stable")].tolist()


def _quality(units: list[Facets]) -> dict[str, Any]:
    scores = [f.quality for f in units if f.quality is not None]
    dist = Counter(quality_band(q) for q in scores)
    hist, edges = np.histogram(scores, bins=QUALITY_HIST_BINS, range=(0.0, 1.0)) if scores else ([], [])
    n = len(scores)
    return {
        "scored": n,
        "unscored": len(units) - n,
        "distribution": _counts(dist, reversed(QUALITY_CATEGORIES)),
        "shares": {k: _round(dist.get(k, 0) / n) if n else None for k in reversed(QUALITY_CATEGORIES)},
        "mean": _round(float(np.mean(scores))) if n else None,
        "min": _round(min(scores)) if n else None,
        "max": _round(max(scores)) if n else None,
        "histogram": {"edges": [round(float(e), 3) for e in edges], "counts": [int(c) for c in hist]},
    }


def _capacity(units: list[Facets], targets: dict[str, float]) -> dict[str, Any]:
    levels = Counter(f.capacity_level for f in units if f.capacity_level)
    n = sum(levels.values())
    shares = {k: (levels.get(k, 0) / n if n else 0.0) for k in CAPACITY_LEVELS}
    balanced = bool(n) and all(shares.get(k, 0.0) >= 0.5 * t for k, t in targets.items())
    distance = 0.5 * sum(abs(shares.get(k, 0.0) - targets.get(k, 0.0)) for k in set(shares) | set(targets))
    return {
        "samples": n,
        "levels": _counts(levels, CAPACITY_LEVELS),
        "shares": {k: _round(v) for k, v in shares.items()},
        "targets": dict(targets),
        "balanced": balanced if n else None,
        "distance_to_target": _round(distance) if n else None,
    }


def _coverage(units: list[Facets]) -> dict[str, Any]:
    cells = Counter(
        (f.capacity_level, f.authenticity_category) for f in units if f.capacity_level and f.authenticity_category
    )
    matrix = [[cells.get((c, a), 0) for a in AUTHENTICITY_CATEGORIES] for c in CAPACITY_LEVELS]
    combos = {
        (f.capacity_level, f.authenticity_category, f.complexity)
        for f in units
        if f.capacity_level and f.authenticity_category and f.complexity
    }
    return {
        "rows": list(CAPACITY_LEVELS),
        "columns": list(AUTHENTICITY_CATEGORIES),
        "matrix": matrix,
        "samples": sum(cells.values()),
        "cells_covered": sum(1 for row in matrix for v in row if v),
        "cells": len(CAPACITY_LEVELS) * len(AUTHENTICITY_CATEGORIES),
        "gaps": [[c, a] for c in CAPACITY_LEVELS for a in AUTHENTICITY_CATEGORIES if not cells.get((c, a))]
        if cells
        else [],
        "combinations_with_complexity": len(combos),
    }


def _diversity_groups(rows: list[Facets], texts: _Texts, budget: int) -> dict[str, Any]:
    def measure(group: list[int]) -> dict[str, Any]:
        return diversity_of(
            len(group),
            (texts.store[i] for i in texts.hash_order(group)),
            texts.word_array[group].tolist(),
            [(rows[i].capacity_level, rows[i].authenticity_category, rows[i].complexity) for i in group],
            budget,
        )

    by_type: dict[str, list[int]] = defaultdict(list)
    by_scene: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(rows):
        by_type[f.data_type].append(i)
        if f.scene_type:
            by_scene[f.scene_type].append(i)
    return {
        "all": measure(list(range(len(rows)))) if rows else None,
        "by_data_type": {k: measure(v) for k, v in sorted(by_type.items())},
        "by_scene_type": {k: measure(v) for k, v in sorted(by_scene.items())},
    }


def dataset_statistics(
    records: Iterable[Record],
    rejects: Iterable[Mapping[str, Any]] | None = None,
    config: AnalyticsConfig | None = None,
    *,
    encoding: str = DEFAULT_ENCODING,
    scratch: Path | None = None,
) -> dict[str, Any]:
    """Gates, diversity, quality distribution, duplicates, token percentiles and coverage of `records`.

    `rejects`: reject rows of the same run (dicts with source_file, stage, reason, kind, detail), or
    None when unknown. `config`: the `analytics:` section (defaults when None). Records are read once,
    in order; their texts go to a file in `scratch` (a temporary folder when None) and only sampled
    ones are read back, so memory holds one small view per record, not its text.
    """
    with Scratch(scratch) as spill:
        return _statistics(records, rejects, config or AnalyticsConfig(), encoding, _Texts(spill))


def _statistics(
    records: Iterable[Record],
    rejects: Iterable[Mapping[str, Any]] | None,
    cfg: AnalyticsConfig,
    encoding: str,
    texts: _Texts,
) -> dict[str, Any]:
    rows: list[Facets] = []
    units_by_id: dict[str, Facets] = {}
    unit_text_hash: dict[int, int | None] = {}  # id(unit facets) -> hash of its normalised text (None: no text)
    for r in records:
        f = facets_of(r)
        texts.add(f.text)
        if f.unit not in units_by_id:
            units_by_id[f.unit] = f
            unit_text_hash[id(f)] = text_hash(normalize_text(f.text)) if f.text else None
        f.text = ""  # kept in `texts`
        rows.append(f)
    texts.finish()
    units = list(units_by_id.values())

    build = GateTally(failures=0 if rejects is not None else None)
    batches: dict[str, GateTally] = defaultdict(lambda: GateTally(failures=0 if rejects is not None else None))
    seen_text: set[int] = set()
    for f in units:
        dup = False
        h = unit_text_hash[id(f)]
        if h is not None:
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
        "tokens": _token_stats(rows, texts, cfg.token_sample_records, encoding),
        "diversity": _diversity_groups(rows, texts, cfg.diversity_token_budget),
        "gates": {
            "build": evaluate(build, cfg.gates),
            "batches": batch_gates,
            "failed_batches": [f for f, e in batch_gates.items() if not e["passed"]],
        },
    }
