"""The `unwritten` command: a thin argparse front over the library.

Each subcommand lives in its own module exposing `register(subparsers)`; add new ones to COMMANDS.
User errors print one line (no traceback) and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from .. import __version__
from ..errors import UserError
from ..redact import RedactingFilter, redact_text

COMMANDS = [  # in the order of the data's journey: init -> generate -> inspect -> build -> check -> train -> publish
    "init",
    "generate",
    "coverage",
    "monitor",
    "analyze",
    "schema",
    "prepare_gaea",
    "config",
    "build",
    "dedupe",
    "compare",
    "qlora",
    "push",
]


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="unwritten",
        description="Curate generated interaction batches and novel manuscripts into a train-ready "
                    "Hugging Face dataset for QLoRA fine-tuning.")
    parser.add_argument("--version", action="version", version=f"unwritten-curation {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:  # no secret reaches a log line
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as e:
        print(f"error: {redact_text(str(e))}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
