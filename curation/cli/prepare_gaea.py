"""`unwritten prepare-gaea`: chunk, tag and prompt a manuscript into Axolotl JSONL (+ statistics)."""

from __future__ import annotations

from ..ingest.manuscripts.prepare import add_arguments, run_from_args


def register(subparsers) -> None:
    p = subparsers.add_parser("prepare-gaea", help="manuscript(s) -> scene chunks JSONL with tags and prompts",
                              description=__doc__)
    add_arguments(p)
    p.set_defaults(func=run)


def run(args) -> int:
    return run_from_args(args)
