"""The ledger and the rejects file: nothing is lost silently.

Every stage reports how many records came in, went out, were created (a record expanded into several
rows, an upsampled copy) and were rejected, per reason. The ledger checks each stage
(``in + created == out + rejected``) and the whole build (``source records + created == final output +
rejected``) and refuses a build whose counts do not add up.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .errors import LedgerMismatch
from .records import Record


@dataclass
class StageCounts:
    name: str
    n_in: int = 0
    n_out: int = 0
    created: int = 0
    rejected: Counter = field(default_factory=Counter)
    flagged: Counter = field(default_factory=Counter)  # kept but marked (rule violations, warnings)
    notes: dict[str, Any] = field(default_factory=dict)  # stage-specific report (parameters, achieved mix)

    @property
    def n_rejected(self) -> int:
        return sum(self.rejected.values())

    @property
    def balanced(self) -> bool:
        return self.n_in + self.created == self.n_out + self.n_rejected

    @property
    def drop_share(self) -> float:
        return self.n_rejected / self.n_in if self.n_in else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.name,
            "in": self.n_in,
            "created": self.created,
            "out": self.n_out,
            "rejected": self.n_rejected,
            "rejected_by_reason": dict(sorted(self.rejected.items())),
            "flagged_by_rule": dict(sorted(self.flagged.items())),
            "notes": self.notes,
        }


class Ledger:
    """Per-stage counts, in pipeline order."""

    def __init__(self) -> None:
        self.stages: dict[str, StageCounts] = {}

    def stage(self, name: str) -> StageCounts:
        if name not in self.stages:
            self.stages[name] = StageCounts(name)
        return self.stages[name]

    @property
    def total_rejected(self) -> int:
        return sum(s.n_rejected for s in self.stages.values())

    @property
    def total_created(self) -> int:
        return sum(s.created for s in self.stages.values())

    def warnings(self, max_drop_share: float) -> list[str]:
        return [
            f"stage '{s.name}' dropped {s.n_rejected} of {s.n_in} records ({s.drop_share:.0%}), "
            f"more than {max_drop_share:.0%}"
            for s in self.stages.values()
            if s.n_in and s.drop_share > max_drop_share
        ]

    def check(self, n_source: int, n_output: int) -> None:
        """Raise LedgerMismatch unless every stage and the build as a whole add up."""
        for s in self.stages.values():
            if not s.balanced:
                raise LedgerMismatch(
                    f"ledger: stage '{s.name}' does not add up: in {s.n_in} + created {s.created} != "
                    f"out {s.n_out} + rejected {s.n_rejected}"
                )
        if n_source + self.total_created != n_output + self.total_rejected:
            raise LedgerMismatch(
                f"ledger: build does not add up: source records {n_source} + created {self.total_created}"
                f" != output {n_output} + rejected {self.total_rejected}"
            )

    def to_list(self) -> list[dict[str, Any]]:
        return [s.to_dict() for s in self.stages.values()]


class RejectsWriter:
    """JSONL of every dropped record: source file, index, stage, reason (+ detail, e.g. the kept twin).

    Lines are buffered and sorted on close so the file is byte-identical whatever the processing order.
    """

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def write(
        self,
        stage: str,
        reason: str,
        *,
        record: Record | None = None,
        source_file: str | None = None,
        index: int | None = None,
        kind: str | None = None,
        **detail: Any,
    ) -> None:
        row: dict[str, Any] = {"stage": stage, "reason": reason}
        if record is not None:
            row.update(record.reject_row())
        if source_file is not None:
            row["source_file"] = source_file
        if index is not None:
            row["index"] = index
        row.setdefault("index", None)
        if kind is not None:
            row["kind"] = kind
        if detail:
            row["detail"] = detail
        self.rows.append(row)

    def sorted_rows(self) -> list[dict[str, Any]]:
        return sorted(
            self.rows,
            key=lambda r: (
                str(r.get("source_file")),
                r.get("index") if isinstance(r.get("index"), int) else -1,
                str(r.get("id")),
                r["stage"],
                r["reason"],
            ),
        )

    def to_jsonl(self) -> str:
        buf = io.StringIO()
        for row in self.sorted_rows():
            buf.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) + "\n")
        return buf.getvalue()
