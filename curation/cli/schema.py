"""`unwritten schema PATH... [--write FIELD_MAP.yaml [--force]] [--json REPORT.json] [--config C]`.

Profiles batch files (every format the ingest reads), matches their fields to the domain spec and prints,
per data type, the matched / proposed / unmatched fields and the exact `interactions.field_map` YAML to
paste into the config. `--write` writes that YAML (refusing an existing file unless --force).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import UserError
from ..redact import shown_here

_HOW_STYLE = {
    "exact": "green",
    "alias": "green",
    "with_parent": "green",
    "config": "cyan",
    "wrapper": "dim green",
    "proposed": "bold yellow",
    "unmatched": "dim",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "schema",
        help="profile batch files and propose the field_map for their field names",
        description="Profile the fields of interaction batches, match them to the domain spec "
        "and print the interactions.field_map YAML that maps them.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="batch files or folders (read recursively)")
    p.add_argument(
        "--write",
        metavar="FIELD_MAP.yaml",
        default=None,
        help="write the proposed `interactions: field_map:` YAML to this file",
    )
    p.add_argument("--force", action="store_true", help="with --write: replace an existing file")
    p.add_argument("--json", metavar="REPORT.json", default=None, help="also write the profile and matches as JSON")
    p.add_argument(
        "--config",
        default=None,
        help="config whose include/exclude patterns (and declared types) apply (default: built-in)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..atomic import write_text
    from ..config import load_config
    from ..ingest.interactions.field_match import as_dict, field_map_yaml
    from ..ingest.interactions.schema_report import schema_report

    paths = [Path(p) for p in args.paths]
    for p in paths:
        if not p.exists():
            raise UserError(f"{p}: no such file or folder")
    for target in (args.write, args.json):
        if target and Path(target).exists() and not args.force:
            raise UserError(f"{target} exists; pass --force to replace it (or choose another path)")
    report = schema_report(paths, load_config(args.config).interactions if args.config is not None else None)
    out = Console(width=max(Console().width, 140))
    prof = report.profile
    out.print(
        f"profiled {prof.records:,} records of {len(prof.types)} data types in {prof.files:,} files"
        f" ({len(prof.unreadable)} unreadable files, {prof.lost_items} unreadable records)"
    )
    for tm in report.matches:
        _print_type(out, report, tm)
    yaml_text = field_map_yaml(report.matches, report.new_types, report.file_types)
    if report.file_types:  # files of no type: the line that names it goes first (the field_map follows from it)
        for pattern, why in report.file_types_why.items():
            out.print(
                f"\n[bold]{escape(pattern)}[/]: {escape(why)}: proposed as an interactions.file_types line "
                "(check the type)"
            )
    for name in report.new_types:
        out.print(
            f"\n[bold]{escape(name)}[/] is not a data type of the spec: a draft `interactions.types` entry "
            "is below (check its roles, template and system prompt)"
        )
    what = ("file_types, " if report.file_types else "") + "field_map" + (" and types" if report.new_types else "")
    out.print(f"\n[bold]{what} to paste into your config[/] (or write it with --write FILE):")
    out.print(escape(yaml_text), highlight=False, markup=True, soft_wrap=True)
    if args.write:
        write_text(
            args.write, "# proposed by `unwritten schema`: check each line, then merge into your config\n" + yaml_text
        )
        out.print(f"wrote {shown_here(args.write)}", markup=False)
    if args.json:
        write_text(
            args.json,
            json.dumps(
                {
                    "profile": prof.to_dict(),
                    "matches": as_dict(report.matches),
                    "file_types": report.file_types,
                    "file_types_why": report.file_types_why,
                },
                indent=1,
                ensure_ascii=False,
                default=str,
            )
            + "\n",
        )
        out.print(f"wrote {shown_here(args.json)}", markup=False)
    return 0


def _values(st) -> str:
    if st.numeric() and st.num_min is not None:
        return f"{st.num_min:g} .. {st.num_max:g}"
    if st.text_count:
        return f"{st.mean_words:.0f} words"
    return ""


def _print_type(out: Console, report, tm) -> None:
    tp = report.profile.types[tm.data_type]
    kind = "" if tm.known else "  [bold red]not in the spec[/]"
    out.print(f"\n[bold]{tm.data_type}[/]: {tm.records:,} records in {len(tp.files)} files{kind}")
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for col in ("their field", "records", "types", "values", "examples", "our field", "match"):
        if col == "examples":  # one line per field: the examples are a glimpse, the JSON report has them whole
            table.add_column(col, no_wrap=True, overflow="ellipsis", max_width=44)
        else:
            table.add_column(col, overflow="fold")
    for m in tm.matches:
        st = tp.stats(m.source)
        share = f"{st.records / tp.records:.0%}" if tp.records else "-"
        types = "/".join(t for t, _ in st.types.most_common(2))
        how = m.how if m.how != "proposed" else f"proposed {m.score:.2f}"
        style = _HOW_STYLE[m.how]
        if m.how == "proposed" and ("AMBIGUOUS" in m.evidence or "chosen by value shape" in m.evidence):
            how, style = how + " CHECK", "bold red"  # names and values could not settle it: a person should
        table.add_row(
            escape(m.source),
            share,
            types,
            _values(st),
            escape(" | ".join(st.examples)),
            escape(m.target or "-"),
            f"[{style}]{how}[/]",
        )
    out.print(table)
    for m in tm.by_how("proposed"):
        out.print(f"  proposed {escape(m.source)} -> {escape(m.target or '')}: {escape(m.evidence)}")
    for value, notes in sorted(tm.cells.items()):
        out.print(
            f"  values kept in cells: each read out of its '{escape(value)}'; the notes beside it "
            f"({', '.join(repr(escape(n)) for n in notes)}) are no fields of ours and are not mapped"
        )
    for f in tm.missing:
        out.print(
            f"  [bold red]missing[/] required field {escape(f.path)} ({f.type}): no field of these "
            "samples fits it; map it by hand if it exists under another shape"
        )
    if not tm.known and tm.data_type not in report.new_types:
        out.print(
            "  samples whose data type nothing names (no label, file name or known fields): label them "
            "(data_type), name their files' type under `interactions.file_types`, or declare a type of your own "
            "under `interactions.types`"
        )
