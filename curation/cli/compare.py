"""`unwritten compare A B`: two datasets side by side, each figure marked improved / worse / same."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..config import DEFAULT_CONFIG_HELP, find_config, load_config
from ..outputs import check_output_file
from ..redact import shown_here
from ..system_paths import refuse_system_folder

_STYLE = {"improved": "green", "worse": "red", "same": "dim", "changed": "yellow", "n/a": "dim"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "compare",
        help="compare two datasets (batch folders, built dataset folders or conversation JSONL)",
        description="Old vs new dataset: authenticity spectrum, complexity, capacity balance, coverage gaps, "
        "diversity, quality distribution, duplicates, token lengths and quality gates, "
        "side by side.",
    )
    p.add_argument("a", type=Path, help="dataset A (the old one)")
    p.add_argument("b", type=Path, help="dataset B (the new one)")
    p.add_argument("--json", type=Path, dest="json_path", metavar="REPORT.json", help="write the full report")
    p.add_argument(
        "--md",
        type=Path,
        dest="md_path",
        metavar="REPORT.md",
        help="write a Markdown report with PNG plots (in REPORT_files/ beside it)",
    )
    p.add_argument(
        "--config",
        type=Path,
        default=None,
        help=f"pipeline config for thresholds and gates (default: {DEFAULT_CONFIG_HELP} when present)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from ..analytics.compare import compare_inputs, fmt_value

    read = [args.a, args.b, args.config]
    if args.json_path:
        check_output_file(args.json_path, read, option="--json", others=[args.md_path])
    if args.md_path:
        check_output_file(args.md_path, read, option="--md")
    cfg = None
    if args.config is not None or find_config():
        cfg = load_config(args.config)
    for path in (args.a, args.b):
        refuse_system_folder(path, "compare input")
    report = compare_inputs(args.a, args.b, cfg, json_path=args.json_path, md_path=args.md_path)

    console = Console()
    table = Table(title=f"A = {shown_here(args.a)}   B = {shown_here(args.b)}")
    for col, justify in (("section", "left"), ("figure", "left"), ("A", "right"), ("B", "right"), ("A → B", "left")):
        table.add_column(col, justify=justify)
    section = None
    for line in report["lines"]:
        shown = line["section"] if line["section"] != section else ""
        section = line["section"]
        v = line["verdict"]
        table.add_row(shown, line["metric"], fmt_value(line["a"]), fmt_value(line["b"]), f"[{_STYLE[v]}]{v}[/]")
    console.print(table)
    console.print(", ".join(f"{n} {k}" for k, n in report["summary"].items() if n))
    for label, path in (("json", args.json_path), ("markdown", args.md_path)):
        if path:
            console.print(f"{label} report: {shown_here(path)}", markup=False)
    return 0
