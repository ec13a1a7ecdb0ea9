"""The SQLite coverage database: which parameter combinations have been generated, how often.

``parameter_coverage`` is the table of systematic-generation-v1.2.md, unchanged: one row per
(capacity level, authenticity target, complexity type) cell, fed by emotional-authenticity and
multi-step examples. ``type_coverage`` holds the same counts per data type over each type's own
parameter space (the planner reads it), and ``recorded_samples`` makes recording idempotent: a sample
recorded twice (a resumed run writing a batch again) is counted once.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import UserError
from .parameters import TRIPLE_DIMENSIONS, Combo, Dimension, dimensions_for, triple_dimensions
from .settings import ParameterSpace

SCHEMA = """
CREATE TABLE IF NOT EXISTS parameter_coverage (
    id INTEGER PRIMARY KEY,
    capacity_level TEXT,
    authenticity_target TEXT,
    complexity_type TEXT,
    generated_count INTEGER DEFAULT 1,
    first_generated TIMESTAMP,
    last_generated TIMESTAMP,
    UNIQUE(capacity_level, authenticity_target, complexity_type)
);
CREATE TABLE IF NOT EXISTS type_coverage (
    data_type TEXT NOT NULL,
    combination TEXT NOT NULL,
    generated_count INTEGER DEFAULT 1,
    first_generated TIMESTAMP,
    last_generated TIMESTAMP,
    PRIMARY KEY (data_type, combination)
);
CREATE TABLE IF NOT EXISTS recorded_samples (
    sample_key TEXT PRIMARY KEY,
    data_type TEXT NOT NULL
);
"""


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


class CoverageDB:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(self.path))
            # WAL without a sync per commit: a commit per batch must not stall the requests in flight
            # (an fsync there took 26 ms on a busy disk); a crash of the process loses nothing committed
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self.db.commit()
        except sqlite3.DatabaseError as e:
            raise UserError(
                f"{self.path}: not a usable coverage database ({e}); move it away or name another "
                "with --db / generation.coverage_db"
            ) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CoverageDB:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ---- writing ---------------------------------------------------------------------------------
    def record(self, data_type: str, dims: tuple[Dimension, ...], combos: Iterable[tuple[str, Combo]]) -> int:
        """Count each (sample key, combination) once; returns how many were new."""
        new = 0
        now = _now()
        names = [d.name for d in dims]
        with self.db:
            for key, combo in combos:
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO recorded_samples (sample_key, data_type) VALUES (?, ?)", (key, data_type)
                )
                if cur.rowcount == 0:
                    continue
                new += 1
                self.db.execute(
                    "INSERT INTO type_coverage (data_type, combination, generated_count, first_generated, "
                    "last_generated) VALUES (?, ?, 1, ?, ?) ON CONFLICT(data_type, combination) DO UPDATE "
                    "SET generated_count = generated_count + 1, last_generated = excluded.last_generated",
                    (data_type, json.dumps(list(combo)), now, now),
                )
                if tuple(names) == TRIPLE_DIMENSIONS:
                    self.db.execute(
                        "INSERT INTO parameter_coverage (capacity_level, authenticity_target, complexity_type,"
                        " generated_count, first_generated, last_generated) VALUES (?, ?, ?, 1, ?, ?) "
                        "ON CONFLICT(capacity_level, authenticity_target, complexity_type) DO UPDATE SET "
                        "generated_count = generated_count + 1, last_generated = excluded.last_generated",
                        (*combo, now, now),
                    )
        return new

    # ---- reading ---------------------------------------------------------------------------------
    def counts(self, data_type: str) -> dict[Combo, int]:
        rows = self.db.execute(
            "SELECT combination, generated_count FROM type_coverage WHERE data_type = ?", (data_type,)
        )
        return {tuple(json.loads(c)): n for c, n in rows}

    def triple_counts(self) -> dict[Combo, int]:
        rows = self.db.execute(
            "SELECT capacity_level, authenticity_target, complexity_type, generated_count FROM parameter_coverage"
        )
        return {(a, b, c): n for a, b, c, n in rows}

    def report(self, space: ParameterSpace, data_types: Iterable[str]) -> dict[str, Any]:
        """The spec's coverage report (for the triple) plus per-type counts and gaps."""
        dims = triple_dimensions(space)
        triple = self.triple_counts()
        cells = [(a, b, c) for a in dims[0].values for b in dims[1].values for c in dims[2].values]
        per_value = [{v: 0 for v in d.values} for d in dims]
        for combo, n in triple.items():
            for i, v in enumerate(combo):
                if v in per_value[i]:
                    per_value[i][v] += n
        total = sum(triple.values())
        out: dict[str, Any] = {
            "total_combinations_tracked": sum(1 for c in cells if triple.get(c)),
            "total_combinations": len(cells),
            "total_examples_generated": total,
            "avg_per_combination": round(total / len(cells), 2) if cells else 0.0,
            "capacity_coverage": per_value[0],
            "authenticity_coverage": per_value[1],
            "complexity_coverage": per_value[2],
            "gaps_to_fill": [
                {"capacity": a, "authenticity": b, "complexity": c, "count": 0}
                for a, b, c in cells
                if not triple.get((a, b, c))
            ],
            "types": {},
        }
        for dt in data_types:
            tdims = dimensions_for(dt, space)
            counts = self.counts(dt)
            combos = list(_product(tdims))
            out["types"][dt] = {
                "dimensions": [d.name for d in tdims],
                "combinations": len(combos),
                "covered": sum(1 for c in combos if counts.get(c)),
                "examples": sum(counts.get(c, 0) for c in combos),
                "gaps": [list(c) for c in combos if not counts.get(c)],
            }
        return out


def _product(dims: tuple[Dimension, ...]) -> Iterable[Combo]:
    return itertools.product(*(d.values for d in dims))
