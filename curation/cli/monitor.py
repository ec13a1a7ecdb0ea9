"""`unwritten monitor DIR`: samples so far, per type, samples per hour, new since the last check."""

from __future__ import annotations

import argparse
import time

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import UserError
from ..redact import shown_here


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "monitor",
        help="watch a generation output folder",
        description="Samples generated so far (per type), samples per hour and new samples "
        "since the last check, read from the batch files.",
    )
    p.add_argument("dir", help="generation output folder")
    p.add_argument("--interval", type=float, default=60.0, help="seconds between checks (default: %(default)s)")
    p.add_argument("--once", action="store_true", help="check once and exit")
    p.set_defaults(func=run)


def _print(console: Console, r: dict) -> None:
    t = Table(title=f"{escape(shown_here(r['folder']))}: {r['samples']:,} samples in {r['files']} files")
    t.add_column("data type")
    t.add_column("samples", justify="right")
    for k, v in r["per_type"].items():
        t.add_row(k, f"{v:,}")
    console.print(t)
    rate = f"{r['samples_per_hour']:,.1f}" if r["samples_per_hour"] is not None else "n/a"
    since = f" (in {r['since_last_check_seconds']:.0f} s)" if r["since_last_check_seconds"] is not None else ""
    console.print(
        f"elapsed {r['elapsed_hours']:.2f} h | {rate} samples/hour | "
        f"{r['new_since_last_check']:+,} new since last check{since}"
    )
    srv = r.get("servers")
    if srv and srv["servers"]:
        t = Table(title=f"servers of run {srv['run_id']} (updated {srv['age_seconds']:.0f} s ago)")
        for col in ("server", "state", "answered", "answers/min", "errors", "last error"):
            t.add_column(col, justify="right" if col in ("answered", "answers/min", "errors") else "left")
        for x in srv["servers"]:
            t.add_row(
                x["server"],
                x["state"],
                f"{x['answered']:,}",
                f"{x['per_minute']:,.1f}",
                f"{x['errors']:,}",
                (x.get("last_error") or "")[:60],
            )
        console.print(t)
    if r["unreadable"]:
        console.print(f"[yellow]unreadable:[/] {', '.join(r['unreadable'][:5])}")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..generate.monitor import check

    if not Path(args.dir).is_dir():
        raise UserError(f"monitor: folder not found: {args.dir}")
    console = Console(soft_wrap=True)
    while True:
        _print(console, check(args.dir))
        if args.once:
            return 0
        try:
            time.sleep(args.interval)
        except KeyboardInterrupt:
            return 0
