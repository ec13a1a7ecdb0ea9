"""Human-readable view of `dataset_statistics` for terminals (`unwritten analyze`, `unwritten build`)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from .compare import fmt_value

_STATUS = {"pass": "[green]pass[/]", "fail": "[red]FAIL[/]", "n/a": "[dim]n/a[/]"}


def gates_table(stats: dict[str, Any], title: str = "quality gates (build)") -> Table:
    t = Table(title=title)
    for col in ("gate", "value", "needs", "status"):
        t.add_column(col)
    for r in stats["gates"]["build"]["results"]:
        t.add_row(r["gate"], fmt_value(r["value"]), f"{r['op']} {r['threshold']}", _STATUS[r["status"]])
    return t


def coverage_table(stats: dict[str, Any]) -> Table:
    c = stats["coverage"]
    t = Table(title=f"capacity x authenticity coverage ({c['cells_covered']}/{c['cells']} cells)")
    t.add_column("capacity")
    for col in c["columns"]:
        t.add_column(col, justify="right")
    for name, row in zip(c["rows"], c["matrix"], strict=False):
        t.add_row(name, *(str(v) if v else "[red]gap[/]" for v in row))
    return t


def diversity_table(stats: dict[str, Any]) -> Table:
    t = Table(title="diversity (fixed token budget per group; docs/analytics.md)")
    cols = (
        "records",
        "distinct_1",
        "distinct_2",
        "distinct_3",
        "compression_ratio",
        "openings_diversity",
        "parameter_diversity",
        "pattern_diversity",
    )
    t.add_column("group")
    for col in cols:
        t.add_column(col.replace("_diversity", "").replace("_", "-"), justify="right")
    d = stats["diversity"]
    groups = (
        ([("all", d["all"])] if d["all"] else [])
        + list(d["by_data_type"].items())
        + [(f"scene: {k}", v) for k, v in d["by_scene_type"].items()]
    )
    for name, g in groups:
        t.add_row(name, *(fmt_value(g.get(c)) for c in cols))
    return t


def print_statistics(stats: dict[str, Any], console: Console | None = None) -> None:
    """Print gates, spectrum, complexity, coverage, quality, duplicates, tokens and diversity."""
    console = console or Console()
    a, cx, q, tok = stats["authenticity"], stats["complexity"], stats["quality"], stats["tokens"]
    console.print(
        f"samples {stats['samples']} (rows {stats['records']}); Master Truths versions "
        f"{stats['master_truths_versions'] or '-'}"
    )
    console.print(
        f"authenticity spectrum: {a['covered']}/{a['of']} categories {a['categories']}, "
        f"min-max {fmt_value(a['min'])}-{fmt_value(a['max'])}"
    )
    console.print(f"complexity: {cx['covered']} types {cx['types']}, baseline share {fmt_value(cx['baseline_share'])}")
    console.print(f"capacity: {stats['capacity']['levels']} balanced {fmt_value(stats['capacity']['balanced'])}")
    console.print(f"quality: {q['distribution']} mean {fmt_value(q['mean'])} ({q['unscored']} unscored)")
    console.print(f"duplicates: {stats['duplicates']}")
    if tok.get("counted"):
        console.print(
            f"tokens ({tok['encoding']}): p50 {tok['p50']:.0f}, p90 {tok['p90']:.0f}, "
            f"p99 {tok['p99']:.0f}, max {tok['max']}"
        )
    console.print(gates_table(stats))
    failed = stats["gates"]["failed_batches"]
    if failed:
        console.print(
            f"[yellow]{len(failed)} of {len(stats['gates']['batches'])} batch files fail a gate[/]: "
            + ", ".join(failed[:10])
            + (" ..." if len(failed) > 10 else "")
        )
    console.print(coverage_table(stats))
    console.print(diversity_table(stats))
