"""`unwritten coverage [DIR]`: the systematic coverage report and the gaps still to fill."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import UserError
from ..redact import shown_here


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "coverage",
        help="parameter coverage of generated data, with the gaps",
        description="Report from the SQLite coverage database: examples per capacity level, "
        "authenticity target and complexity type, and the combinations not yet generated.",
    )
    p.add_argument("dir", nargs="?", help="generation output folder (default: generation.out_dir)")
    p.add_argument("--db", help="coverage database (default: DIR/coverage.db)")
    p.add_argument("--config", default=None, help="pipeline config")
    p.add_argument("--types", help="comma-separated data types (default: all seven)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--gaps", type=int, default=10, help="gaps to list (default: %(default)s)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..generate.coverage import CoverageDB
    from ..generate.settings import ALL_DATA_TYPES
    from .generate import load

    cfg = load(args.config)
    gen = cfg.generation
    db = (
        Path(args.db)
        if args.db
        else (
            Path(args.dir) / "coverage.db"
            if args.dir
            else (cfg.resolve(gen.coverage_db) if gen.coverage_db else cfg.resolve(gen.out_dir) / "coverage.db")
        )
    )
    if not db.exists():
        raise UserError(f"coverage: no coverage database at {db} (run `unwritten generate` first)")
    types = [t.strip() for t in args.types.split(",")] if args.types else list(ALL_DATA_TYPES)
    unknown = [t for t in types if t not in ALL_DATA_TYPES]
    if unknown:
        raise UserError(f"coverage: unknown data type(s): {', '.join(unknown)}")
    with CoverageDB(db) as cov:
        report = cov.report(gen.parameters, types)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    con = Console(soft_wrap=True)
    con.print(
        f"[bold]{escape(shown_here(db))}[/]: {report['total_examples_generated']} examples in "
        f"{report['total_combinations_tracked']} of {report['total_combinations']} "
        f"(capacity x authenticity x complexity) combinations"
    )
    for title, key in (
        ("capacity level", "capacity_coverage"),
        ("authenticity target", "authenticity_coverage"),
        ("complexity type", "complexity_coverage"),
    ):
        t = Table(title=title)
        t.add_column("value")
        t.add_column("examples", justify="right")
        for k, v in report[key].items():
            t.add_row(k, str(v) if v else "[red]0[/]")
        con.print(t)
    t = Table(title="per data type")
    for c in ("data type", "dimensions", "covered", "examples", "gaps"):
        t.add_column(c, justify="left" if c in ("data type", "dimensions") else "right")
    for dt, r in report["types"].items():
        t.add_row(
            dt,
            " x ".join(r["dimensions"]),
            f"{r['covered']}/{r['combinations']}",
            str(r["examples"]),
            str(len(r["gaps"])),
        )
    con.print(t)
    gaps = report["gaps_to_fill"]
    if gaps:
        con.print(f"{len(gaps)} combinations never generated (gap-first selection fills them next), e.g.:")
        for g in gaps[: args.gaps]:
            con.print(f"  capacity={g['capacity']} authenticity={g['authenticity']} complexity={g['complexity']}")
    else:
        con.print("[green]every combination covered[/]")
    return 0
