"""Render the interaction analysis report (from `analysis.build_report`) as Markdown or terminal tables."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from ..domain import load_spec
from .batch_analysis import QUALITY_BAND_NAMES
from .compare import fmt_value


def _capacity_types() -> tuple[str, ...]:
    """Types whose samples state a capacity (the capacity rules read them)."""
    return tuple(t for t, ts in load_spec().types.items() if ts.roles.capacity)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def _q(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def type_rows(report: dict[str, Any]) -> list[list[str]]:
    """One row per data type: counts, pass rate, capacity violations, quality vs threshold, distribution."""
    rows = []
    for t, s in report["per_type"].items():
        d = s["quality_distribution"]
        rows.append(
            [
                t,
                str(s["recovered"]),
                str(s["valid"]),
                str(s["passed"]),
                _pct(s["pass_rate"]) + ("" if s["pass_rate_ok"] else " LOW"),
                f"{s['capacity_violations']} ({_pct(s['capacity_violation_rate'])})"
                + ("" if s["capacity_ok"] else " HIGH"),
                f"{_q(s['avg_quality'])} / {s['threshold']:g}" + ("" if s["avg_quality_ok"] else " LOW"),
                "/".join(str(d[b]) for b in QUALITY_BAND_NAMES) + (f" (+{d['missing']} none)" if d["missing"] else ""),
            ]
        )
    return rows


SHORT_HEADERS = [
    "type",
    "recov.",
    "valid",
    "kept",
    "pass %",
    "cap. viol.",
    "avg q / thr",
    "/".join(b[:4] for b in QUALITY_BAND_NAMES),
]


def type_headers(report: dict[str, Any]) -> list[str]:
    gates = report["gates"]
    return [
        "data type",
        "recovered",
        "valid",
        "passed",
        f"pass rate (>= {gates['min_pass_rate']:.0%})",
        f"capacity violations (< {gates['max_capacity_violation_share']:.0%})",
        "avg quality / threshold",
        "/".join(QUALITY_BAND_NAMES),
    ]


def summary_pairs(report: dict[str, Any]) -> list[tuple[str, Any]]:
    return [
        ("files seen", report["files_seen"]),
        ("files rejected", report["files_rejected"]),
        ("records seen", report["records_seen"]),
        ("records recovered", report["records_recovered"]),
        ("records kept", report["records_kept"]),
        ("records rejected", report["records_rejected"]),
        ("records repaired", report["records_repaired"]),
        ("exact duplicates", report["exact_duplicates"]),
        ("Master Truths versions", ", ".join(f"{k}: {v}" for k, v in report["master_truths_versions"].items()) or "-"),
    ]


def _md_table(headers: list[str], rows: list[list[Any]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def to_markdown(report: dict[str, Any]) -> str:
    """The analysis report as Markdown (with the analytics section when `report["analytics"]` is set)."""
    parts = [
        "# Interaction batch analysis",
        "",
        _md_table(["", "count"], [[k, v] for k, v in summary_pairs(report)]),
        "",
        "## Per data type",
        "",
        _md_table(type_headers(report), type_rows(report)) if report["per_type"] else "(no records)",
    ]
    for title, key in (
        ("Reject reasons (records)", "rejects_by_reason"),
        ("Reject reasons (files)", "file_rejects_by_reason"),
        ("Master Truths rule violations", "violations_by_rule"),
        ("Repairs", "repairs_by_kind"),
    ):
        parts += ["", f"## {title}", ""]
        items = report[key]
        parts.append(_md_table(["", "count"], [[k, v] for k, v in items.items()]) if items else "none")
    for t, cov in report["coverage"].items():
        parts += [
            "",
            f"## Coverage: {t} (capacity x authenticity x complexity, kept records)",
            "",
            f"{cov['combinations_covered']} of {cov['combinations_total']} combinations covered "
            f"(complexity list: {cov['complexity_list']}).",
            "",
        ]
        for axis in ("by_capacity_level", "by_authenticity_target", "by_complexity_type"):
            parts.append(
                f"- {axis.replace('by_', '').replace('_', ' ')}: "
                + ", ".join(f"{k}: {v}" for k, v in cov[axis].items())
            )
        if cov["gaps"]:
            parts += ["", f"Gaps ({len(cov['gaps'])}):", ""]
            parts += [
                f"- {g['capacity_level']} / {g['authenticity_target']} / {g['complexity_type']}" for g in cov["gaps"]
            ]
    if report["files_skipped"]:
        parts += ["", "## Files not read (name patterns)", ""] + [f"- {f}" for f in report["files_skipped"]]
    if report.get("analytics"):
        parts += ["", analytics_markdown(report["analytics"]).rstrip("\n")]
    return "\n".join(parts) + "\n"


def analytics_markdown(stats: dict[str, Any]) -> str:
    """The analytics figures (`curation.analytics.statistics.dataset_statistics`) as Markdown: gates,
    spectrum, complexity, capacity, coverage matrix, quality, duplicates, tokens. Formatting only; the
    figures are computed (and documented, docs/analytics.md) by the analytics package."""
    a, cx, cap, q = stats["authenticity"], stats["complexity"], stats["capacity"], stats["quality"]
    parts = [
        "## Analytics (kept samples; docs/analytics.md)",
        "",
        f"- samples: {stats['samples']} (rows {stats['records']})",
        f"- authenticity spectrum: {a['covered']}/{a['of']} categories "
        + ", ".join(f"{k}: {v}" for k, v in a["categories"].items())
        + f"; min-max {fmt_value(a['min'])}-{fmt_value(a['max'])}, std {fmt_value(a['std'])}",
        f"- complexity: {cx['covered']} types "
        + (", ".join(f"{k}: {v}" for k, v in cx["types"].items()) or "-")
        + f"; baseline share {fmt_value(cx['baseline_share'])}",
        "- capacity levels: "
        + ", ".join(f"{k}: {v}" for k, v in cap["levels"].items())
        + f"; balanced {fmt_value(cap['balanced'])}",
        "- quality: "
        + ", ".join(f"{k}: {v}" for k, v in q["distribution"].items())
        + f"; mean {fmt_value(q['mean'])} ({q['unscored']} unscored)",
        f"- duplicates: present {stats['duplicates']['present']}, removed {stats['duplicates']['removed']}, "
        f"share {fmt_value(stats['duplicates']['share'])}",
    ]
    tok = stats.get("tokens") or {}
    if tok.get("counted"):
        parts.append(
            f"- response tokens ({tok['encoding']}): p50 {tok['p50']:.0f}, p90 {tok['p90']:.0f}, "
            f"p99 {tok['p99']:.0f}, max {tok['max']}"
        )
    parts += [
        "",
        "### Quality gates",
        "",
        _md_table(
            ["gate", "value", "needs", "status"],
            [
                [r["gate"], fmt_value(r["value"]), f"{r['op']} {r['threshold']}", r["status"]]
                for r in stats["gates"]["build"]["results"]
            ],
        ),
    ]
    failed = stats["gates"]["failed_batches"]
    if failed:
        parts += [
            "",
            f"{len(failed)} of {len(stats['gates']['batches'])} batch files fail a gate: " + ", ".join(failed),
        ]
    c = stats["coverage"]
    parts += [
        "",
        f"### Capacity x authenticity coverage ({c['cells_covered']}/{c['cells']} cells)",
        "",
        _md_table(
            ["capacity", *c["columns"]],
            [[name, *(v if v else "gap" for v in row)] for name, row in zip(c["rows"], c["matrix"], strict=False)],
        ),
    ]
    return "\n".join(parts) + "\n"


def print_report(report: dict[str, Any], console: Any, capacity_only: bool = False) -> None:
    """Terminal tables (rich)."""
    if not capacity_only:
        t = Table(title="Interaction batches", show_header=False)
        for k, v in summary_pairs(report):
            t.add_row(k, str(v))
        console.print(t)
        if report["per_type"]:
            t = Table(title="Per data type")
            for h in SHORT_HEADERS:
                t.add_column(h)
            for row in type_rows(report):
                t.add_row(*row, style="red" if any(w in " ".join(row) for w in (" LOW", " HIGH")) else None)
            console.print(t)
        for title, key in (
            ("Reject reasons", "rejects_by_reason"),
            ("File reject reasons", "file_rejects_by_reason"),
            ("Repairs", "repairs_by_kind"),
        ):
            if report[key]:
                t = Table(title=title)
                t.add_column("reason")
                t.add_column("count", justify="right")
                for k, v in report[key].items():
                    t.add_row(k, str(v))
                console.print(t)
        for name, cov in report["coverage"].items():
            console.print(
                f"[bold]Coverage {name}[/]: {cov['combinations_covered']}/{cov['combinations_total']} "
                f"capacity x authenticity x complexity combinations ({len(cov['gaps'])} gaps; "
                f"listed in the Markdown/JSON report)"
            )
    t = Table(title="Master Truths capacity rule violations" if capacity_only else "Master Truths rule violations")
    t.add_column("rule")
    t.add_column("count", justify="right")
    shown = {
        k: v
        for k, v in report["violations_by_rule"].items()
        if not capacity_only or k.startswith(("capacity.", "irony.option_capacity"))
    }
    for k, v in shown.items():
        t.add_row(k, str(v), style="red" if k.startswith("capacity.") else None)
    if not shown:
        t.add_row("none", "0")
    console.print(t)
    if capacity_only:
        t = Table(title="Capacity violations per type")
        t.add_column("data type")
        t.add_column("violations", justify="right")
        t.add_column("rate")
        over = f" (>= {report['gates']['max_capacity_violation_share']:.0%})"
        for name, s in report["per_type"].items():
            if s["capacity_violations"] or name in _capacity_types():
                t.add_row(
                    name,
                    str(s["capacity_violations"]),
                    _pct(s["capacity_violation_rate"]) + ("" if s["capacity_ok"] else over),
                    style=None if s["capacity_ok"] else "red",
                )
        console.print(t)
