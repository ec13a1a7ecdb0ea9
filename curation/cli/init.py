"""`unwritten init DIR [--with-prompts]`: write a starter project (config, inputs layout, README)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init",
        help="write a starter project: unwritten.yaml, inputs/ layout, README",
        description="Write a starter project into DIR (new or empty): unwritten.yaml with paths relative to "
        "itself, empty inputs/interactions/ and inputs/manuscripts/, and a README saying what goes "
        "where. A non-empty folder not made by init is refused; nothing is ever overwritten.",
    )
    p.add_argument("dir", metavar="DIR", help="the project folder")
    p.add_argument(
        "--with-prompts",
        action="store_true",
        help="copy the packaged system and generation prompts into DIR/prompts/ to edit them",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..project import CONFIG_NAME, init_project
    from ..redact import shown_here

    result = init_project(args.dir, with_prompts=args.with_prompts)
    folder = shown_here(args.dir)
    for name in result.written:
        print(f"wrote {folder}/{name}")
    for name in result.kept:
        print(f"kept  {folder}/{name} (exists)")
    print(
        f"next: put your inputs under {folder}/inputs/ (see README.md there), then "
        f"`unwritten build --config {folder}/{CONFIG_NAME}`"
    )
    return 0
