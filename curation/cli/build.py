"""`unwritten build [--config PATH] [--out DIR]`: build the dataset folder from the configured inputs."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table

from ..config import DEFAULT_CONFIG_HELP, load_config
from ..redact import paths_shown_here, shown_here


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "build",
        help="build builders/unwritten/ from the configured inputs",
        description="Ingest, curate and write the Hugging Face dataset folder, card, report and rejects.",
    )
    p.add_argument("--config", default=None, help=f"pipeline config (default: {DEFAULT_CONFIG_HELP})")
    p.add_argument("--out", default=None, help="dataset folder to write (default: output.dir of the config)")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..build import build

    console = Console(stderr=True, quiet=args.quiet)
    cfg = load_config(args.config)
    with console.status("building...") as status:

        def progress(stage: str, n: int) -> None:
            status.update(f"{stage}: {n:,} records")

        result = build(cfg, args.out, progress=progress)

    out = Console()
    ledger = Table(title="stage funnel", show_lines=False)
    for col in ("stage", "in", "created", "out", "rejected", "top reasons"):
        ledger.add_column(col, justify="left" if col in ("stage", "top reasons") else "right")
    for s in result.report["ledger"]:
        reasons = sorted(s["rejected_by_reason"].items(), key=lambda kv: -kv[1])[:3]
        ledger.add_row(
            s["stage"],
            str(s["in"]),
            str(s["created"]),
            str(s["out"]),
            str(s["rejected"]),
            ", ".join(f"{k} {v}" for k, v in reasons),
        )
    out.print(ledger)
    splits = Table(title="outputs")
    for col in ("config", "train", "validation", "test"):
        splits.add_column(col, justify="left" if col == "config" else "right")
    for name, counts in result.report["outputs"].items():
        splits.add_row(name, *(str(counts.get(s, 0)) for s in ("train", "validation", "test")))
    out.print(splits)
    loud = Console(stderr=True)  # warnings show even with --quiet
    for w in result.warnings:
        loud.print(f"[bold yellow]warning:[/] {paths_shown_here(w)}")
    out.print(
        f"dataset: {shown_here(result.out_dir)}\nreport:  {shown_here(result.report_path)}\n"
        f"rejects: {shown_here(result.rejects_path)}",
        markup=False,
    )
    return 0
