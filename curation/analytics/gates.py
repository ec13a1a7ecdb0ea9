"""Quality gates of the spec, evaluated for one group of samples (a batch file, or the whole build).

Each gate gives ``{"gate", "value", "op", "threshold", "status"}`` with status "pass", "fail" or "n/a"
(n/a when the group has nothing the gate can judge: no authenticity scores, no complexity labels, no
reject information for the pass rate). Gates report; `enforce` turns failures into a UserError when the
config asks for it.
"""

from __future__ import annotations

import operator
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import UserError
from .settings import AnalyticsConfig, GatesConfig

_OPS = {">=": operator.ge, "<=": operator.le, "<": operator.lt}


@dataclass
class GateTally:
    """What the gates need to know about one group, accumulated sample by sample."""

    samples: int = 0  # kept samples (units)
    interaction_items: int = 0  # kept interaction samples + rejected interaction items
    failures: int | None = None  # rejected for validity/quality; None = rejects unknown
    capacity_violations: int = 0
    duplicates_removed: int = 0  # rejected by a dedupe stage
    duplicates_present: int = 0  # exact duplicates (normalised text) still among the samples
    authenticity: Counter = field(default_factory=Counter)
    scores: list[float] = field(default_factory=list)
    complexity: Counter = field(default_factory=Counter)


def _result(gate: str, value: Any, op: str, threshold: Any) -> dict[str, Any]:
    status = "n/a" if value is None else "pass" if _OPS[op](value, threshold) else "fail"
    if isinstance(value, float):
        value = round(value, 4)
    return {"gate": gate, "value": value, "op": op, "threshold": threshold, "status": status}


def evaluate(t: GateTally, g: GatesConfig) -> dict[str, Any]:
    """Every gate for one group; `passed` is False when any gate fails (n/a never fails)."""
    spectrum = sum(t.authenticity.values())
    rng = (max(t.scores) - min(t.scores)) if t.scores else None
    complexity = sum(t.complexity.values())
    sp, cx = g.spectrum, g.complexity
    results = [
        _result("spectrum.min_failed", t.authenticity["failed"] if spectrum else None, ">=", sp.min_failed),
        _result("spectrum.min_struggling", t.authenticity["struggling"] if spectrum else None, ">=", sp.min_struggling),
        _result(
            "spectrum.max_excellent_share",
            t.authenticity["excellent"] / spectrum if spectrum else None,
            "<=",
            sp.max_excellent_share,
        ),
        _result("spectrum.min_authenticity_range", rng, ">=", sp.min_authenticity_range),
        _result("complexity.min_types", len(t.complexity) if complexity else None, ">=", cx.min_types),
        _result(
            "complexity.max_baseline_share",
            t.complexity["baseline"] / complexity if complexity else None,
            "<=",
            cx.max_baseline_share,
        ),
        *(
            _result(f"complexity.required.{name}", t.complexity[name] if complexity else None, ">=", n)
            for name, n in sorted(cx.required.items())
        ),
        _result("duplicate_share", duplicate_share(t), "<", g.max_duplicate_share),
        _result(
            "pass_rate",
            (1 - t.failures / t.interaction_items) if t.failures is not None and t.interaction_items else None,
            ">=",
            g.min_pass_rate,
        ),
        _result(
            "capacity_violation_share",
            t.capacity_violations / t.interaction_items if t.interaction_items else None,
            "<",
            g.max_capacity_violation_share,
        ),
    ]
    return {"passed": all(r["status"] != "fail" for r in results), "samples": t.samples, "results": results}


def duplicate_share(t: GateTally) -> float | None:
    """(removed + still present duplicates) / (samples + removed): the share of generated samples that
    repeat another, whether or not dedupe already took them out."""
    seen = t.samples + t.duplicates_removed
    return (t.duplicates_removed + t.duplicates_present) / seen if seen else None


def failures_line(name: str, evaluation: dict[str, Any]) -> str:
    bad = [
        f"{r['gate']} {r['value']} (needs {r['op']} {r['threshold']})"
        for r in evaluation["results"]
        if r["status"] == "fail"
    ]
    return f"{name}: " + ", ".join(bad)


def enforce(gates: dict[str, Any], cfg: AnalyticsConfig) -> None:
    """Raise UserError listing the failed gates when the config enforces them."""
    problems: list[str] = []
    if cfg.enforce_gates and not gates["build"]["passed"]:
        problems.append(failures_line("build", gates["build"]))
    if cfg.enforce_batch_gates:
        problems += [failures_line(f, e) for f, e in sorted(gates["batches"].items()) if not e["passed"]]
    if problems:
        shown = problems[:5] + ([f"... and {len(problems) - 5} more"] if len(problems) > 5 else [])
        raise UserError("quality gates failed (analytics.enforce_gates): " + "; ".join(shown))
