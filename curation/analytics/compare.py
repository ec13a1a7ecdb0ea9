"""Old vs new dataset, side by side: the spec's `compare_training_approaches.py`, generalised.

`compare_statistics(a, b)` lines up the figures of two `dataset_statistics` results and marks each line
improved / worse / same by the direction that is better for training data (more spectrum coverage, more
diversity, fewer duplicates...). Figures with no better direction (sizes, token lengths) are marked
"same" or "changed". `render_markdown` writes the report with the two side-by-side plots.
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import atomic
from ..ingest.interactions.facets import QUALITY_CATEGORIES
from .inputs import load_input
from .statistics import dataset_statistics

Getter = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class Metric:
    section: str
    name: str
    get: Getter
    better: str | None = "higher"  # "higher", "lower" or None (no better direction)
    tol: float = 0.0  # differences up to this are "same"


def _path(*keys: str) -> Getter:
    def get(s: dict[str, Any]) -> Any:
        node: Any = s
        for k in keys:
            if not isinstance(node, dict):
                return None
            node = node.get(k)
        return node

    return get


def _minmax(s: dict[str, Any]) -> str | None:
    a = s["authenticity"]
    return f"{a['min']:.2f}-{a['max']:.2f}" if a["min"] is not None else None


def _share(*cats: str) -> Getter:
    return lambda s: sum(s["quality"]["shares"].get(c) or 0 for c in cats) if s["quality"]["scored"] else None


def _gates_passed(s: dict[str, Any]) -> int:
    return sum(r["status"] == "pass" for r in s["gates"]["build"]["results"])


def _failed_batch_share(s: dict[str, Any]) -> float | None:
    n = len(s["gates"]["batches"])
    return len(s["gates"]["failed_batches"]) / n if n else None


def _pass_rate(s: dict[str, Any]) -> float | None:
    return next((r["value"] for r in s["gates"]["build"]["results"] if r["gate"] == "pass_rate"), None)


def _diversity(group: str, key: str, *sub: str) -> Getter:
    def get(s: dict[str, Any]) -> Any:
        d = s["diversity"]["all"] if group == "all" else s["diversity"]["by_data_type"].get(group)
        return _path(key, *sub)(d) if d else None

    return get


METRICS: tuple[Metric, ...] = (
    Metric("size", "samples", _path("samples"), None),
    Metric("size", "rows", _path("records"), None),
    Metric("authenticity spectrum", "categories covered (of 4)", _path("authenticity", "covered")),
    Metric("authenticity spectrum", "min-max", _minmax, None),
    Metric("authenticity spectrum", "range (max - min)", _path("authenticity", "range"), "higher", 0.005),
    Metric("authenticity spectrum", "std", _path("authenticity", "std"), "higher", 0.005),
    Metric("authenticity spectrum", "failed samples", _path("authenticity", "categories", "failed")),
    Metric("authenticity spectrum", "struggling samples", _path("authenticity", "categories", "struggling")),
    Metric("complexity", "types covered", _path("complexity", "covered")),
    Metric("complexity", "baseline share", _path("complexity", "baseline_share"), "lower", 0.005),
    Metric("capacity", "balanced", _path("capacity", "balanced")),
    Metric("capacity", "distance to target mix", _path("capacity", "distance_to_target"), "lower", 0.005),
    Metric("coverage", "capacity x authenticity cells covered (of 16)", _path("coverage", "cells_covered")),
    Metric("coverage", "gaps", lambda s: len(s["coverage"]["gaps"]) if s["coverage"]["samples"] else None, "lower"),
    Metric(
        "coverage",
        "capacity x authenticity x complexity combinations",
        _path("coverage", "combinations_with_complexity"),
    ),
    Metric("diversity", "pattern diversity", _diversity("all", "pattern_diversity"), "higher", 0.005),
    Metric("diversity", "distinct-1", _diversity("all", "distinct_1"), "higher", 0.002),
    Metric("diversity", "distinct-2", _diversity("all", "distinct_2"), "higher", 0.002),
    Metric("diversity", "distinct-3", _diversity("all", "distinct_3"), "higher", 0.002),
    Metric("diversity", "compression ratio", _diversity("all", "compression_ratio"), "higher", 0.002),
    Metric("diversity", "openings diversity", _diversity("all", "openings_diversity"), "higher", 0.005),
    Metric("diversity", "parameter diversity", _diversity("all", "parameter_diversity"), "higher", 0.005),
    Metric("diversity", "length spread (cv of words)", _diversity("all", "length_words", "cv"), "higher", 0.01),
    Metric("quality", "mean quality", _path("quality", "mean"), "higher", 0.005),
    *(Metric("quality", f"{c} share", _share(c), None, 0.005) for c in reversed(QUALITY_CATEGORIES)),
    Metric("quality", "good or excellent share", _share("excellent", "good"), "higher", 0.005),
    Metric("quality", "poor share", _share("poor"), "lower", 0.005),
    Metric("duplicates", "duplicate share", _path("duplicates", "share"), "lower", 0.0005),
    Metric("tokens", "p50", _path("tokens", "p50"), None),
    Metric("tokens", "p90", _path("tokens", "p90"), None),
    Metric("tokens", "p99", _path("tokens", "p99"), None),
    Metric("tokens", "max", _path("tokens", "max"), None),
    Metric("gates", "build gates passed", _gates_passed),
    Metric("gates", "all build gates pass", _path("gates", "build", "passed")),
    Metric("gates", "pass rate", _pass_rate, "higher", 0.005),
    Metric("gates", "share of batch files failing a gate", _failed_batch_share, "lower", 0.005),
)


def verdict(a: Any, b: Any, better: str | None, tol: float = 0.0) -> str:
    """'improved' / 'worse' / 'same' going from a to b; 'changed' when no direction is better; 'n/a'."""
    if a is None and b is None:
        return "n/a"
    if a is None or b is None:
        return "changed"
    if isinstance(a, bool) or isinstance(b, bool):
        if a == b:
            return "same"
        return "improved" if b else "worse"
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return "same" if a == b else "changed"
    if abs(b - a) <= tol:
        return "same"
    if better is None:
        return "changed"
    return "improved" if (b > a) == (better == "higher") else "worse"


def _per_type_metrics(a: dict[str, Any], b: dict[str, Any]) -> list[Metric]:
    types = sorted(set(a["diversity"]["by_data_type"]) | set(b["diversity"]["by_data_type"]))
    return [
        Metric("diversity by data type", f"{t}: pattern diversity", _diversity(t, "pattern_diversity"), "higher", 0.005)
        for t in types
    ]


def compare_statistics(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, Any]]:
    """One line per figure: section, metric, A, B, better direction, verdict."""
    lines = []
    for m in (*METRICS, *_per_type_metrics(a, b)):
        va, vb = m.get(a), m.get(b)
        lines.append(
            {
                "section": m.section,
                "metric": m.name,
                "a": va,
                "b": vb,
                "better": m.better,
                "verdict": verdict(va, vb, m.better, m.tol),
            }
        )
    return lines


def summary(lines: list[dict[str, Any]]) -> dict[str, int]:
    out = {"improved": 0, "worse": 0, "same": 0, "changed": 0, "n/a": 0}
    for line in lines:
        out[line["verdict"]] += 1
    return out


def fmt_value(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.4g}" if abs(v) < 1000 else f"{v:,.0f}"
    return str(v)


_MARK = {"improved": "✅ improved", "worse": "❌ worse", "same": "same", "changed": "changed", "n/a": "n/a"}


def render_markdown(report: dict[str, Any], images: dict[str, str] | None = None) -> str:
    """The comparison as Markdown: a table per section, the plots, and the gates that fail."""
    a, b = report["a"], report["b"]
    out = [
        "# Dataset comparison: A vs B\n",
        f"- **A**: `{a['path']}` ({a['input']}, {a['statistics']['samples']} samples)",
        f"- **B**: `{b['path']}` ({b['input']}, {b['statistics']['samples']} samples)",
        "- Verdicts read A → B: " + ", ".join(f"{v} {k}" for k, v in report["summary"].items() if v) + "\n",
        "How each figure is computed: docs/analytics.md.\n",
    ]
    section = None
    for line in report["lines"]:
        if line["section"] != section:
            section = line["section"]
            out += [f"\n## {section.capitalize()}\n", "| figure | A | B | A → B |", "|---|---:|---:|---|"]
        out.append(f"| {line['metric']} | {fmt_value(line['a'])} | {fmt_value(line['b'])} | {_MARK[line['verdict']]} |")
    for key, title in (("coverage", "Capacity x authenticity coverage"), ("quality", "Quality distribution")):
        if images and key in images:
            out += [f"\n## {title} (plot)\n", f"![{title}]({images[key]})"]
    for label, side in (("A", a), ("B", b)):
        gates = side["statistics"]["gates"]
        failed = [r for r in gates["build"]["results"] if r["status"] == "fail"]
        out.append(f"\n## Gates failing in {label}\n")
        out += [f"- `{r['gate']}`: {fmt_value(r['value'])} (needs {r['op']} {r['threshold']})" for r in failed] or [
            "- none"
        ]
        if gates["failed_batches"]:
            n = len(gates["failed_batches"])
            out.append(
                f"- {n} of {len(gates['batches'])} batch files fail at least one gate "
                f"(first: {', '.join(gates['failed_batches'][:5])})"
            )
    return "\n".join(out) + "\n"


def image_paths(md_path: Path) -> dict[str, Path]:
    """Where the report's PNGs go: a folder beside the Markdown file, named after it."""
    folder = md_path.with_name(md_path.stem + "_files")
    return {"coverage": folder / "coverage_heatmap.png", "quality": folder / "quality_histogram.png"}


def side_statistics(path: str | Path, cfg: Any = None) -> dict[str, Any]:
    """Load one input and measure it: {"path", "input", "notes", "statistics"}."""
    loaded = load_input(path, cfg)
    stats = dataset_statistics(loaded.records, loaded.rejects, getattr(cfg, "analytics", None))
    return {"path": loaded.path, "input": loaded.input, "notes": loaded.notes, "statistics": stats}


def compare_inputs(
    path_a: str | Path,
    path_b: str | Path,
    cfg: Any = None,
    *,
    json_path: str | Path | None = None,
    md_path: str | Path | None = None,
    parallel: bool = True,
) -> dict[str, Any]:
    """Load A and B (batch folders, built dataset folders or conversation JSONL), compare, write reports.

    `cfg` is the whole pipeline Config (None: defaults); returns the JSON-ready report. With `parallel`,
    A and B are read and measured in two processes (the machine's two cores).
    """
    from .plots import coverage_heatmaps, quality_histograms  # matplotlib: loaded only when plots are written

    paths = {"a": path_a, "b": path_b}
    if parallel:
        # one process per side: reading and measuring are CPU-bound and independent; only the small
        # statistics dict comes back. Errors (UserError) re-raise here unchanged.
        with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = {k: pool.submit(side_statistics, p, cfg) for k, p in paths.items()}
            sides = {k: f.result() for k, f in futures.items()}
    else:
        sides = {k: side_statistics(p, cfg) for k, p in paths.items()}
    lines = compare_statistics(sides["a"]["statistics"], sides["b"]["statistics"])
    report = {**sides, "lines": lines, "summary": summary(lines)}
    if md_path is not None:
        md_path = Path(md_path)
        images = image_paths(md_path)
        pair = [sides["a"]["statistics"], sides["b"]["statistics"]]
        coverage_heatmaps(pair, ["A", "B"], images["coverage"])
        quality_histograms(pair, ["A", "B"], images["quality"])
        rel = {k: p.relative_to(md_path.parent).as_posix() for k, p in images.items()}
        atomic.write_text(md_path, render_markdown(report, rel))
    if json_path is not None:
        atomic.write_text(
            json_path, json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"
        )
    return report
