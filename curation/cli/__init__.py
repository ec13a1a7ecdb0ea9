"""The `unwritten` command: a thin argparse front over the library.

Each subcommand lives in its own module exposing `register(subparsers)`; add new ones to COMMANDS.
Errors print one line (no traceback) and exit non-zero: `UserError` as written, other known families (disk
full, unreadable input, nesting too deep) described by `errors.describe`, anything else as an unexpected
error; `--debug` or UNWRITTEN_DEBUG=1 shows the traceback instead. Paths in what a command prints are relative
to the working folder (`redact.shown_here`); error and log lines get the same (`redact.paths_shown_here`).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from .. import __version__
from ..errors import DEBUG_ENV, describe
from ..redact import RedactingFilter, paths_shown_here, redact_text

COMMANDS = [  # in the order of the data's journey: init -> generate -> inspect -> build -> check -> train -> publish
    "init",
    "generate",
    "coverage",
    "monitor",
    "analyze",
    "schema",
    "prepare_gaea",
    "roster",
    "config",
    "build",
    "dedupe",
    "compare",
    "qlora",
    "push",
]


class OneLineParser(argparse.ArgumentParser):
    """A usage error is one line naming the option, with a pointer to --help (subparsers inherit this)."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def make_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="unwritten",
        description="Curate generated interaction batches and novel manuscripts into a train-ready "
        "Hugging Face dataset for QLoRA fine-tuning.",
    )
    parser.add_argument("--version", action="version", version=f"unwritten-curation {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.add_argument(
        "--debug",
        action="store_true",
        help=f"show the traceback of an error instead of its one line (or set {DEBUG_ENV}=1)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    for handler in logging.getLogger().handlers:  # no secret reaches a log line
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # the error boundary: one line, never a traceback (unless --debug)
        if args.debug or os.environ.get(DEBUG_ENV, "") not in ("", "0"):
            raise
        message, code = describe(e)
        print(f"error: {paths_shown_here(redact_text(message))}", file=sys.stderr)
        return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
