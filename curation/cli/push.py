"""`unwritten push REPO_ID [--public] [--dry-run]`: upload the dataset folder to a private Hub repo."""

from __future__ import annotations

import argparse

from rich.console import Console

from ..config import DEFAULT_CONFIG, load_config


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "push", help="push the dataset folder to a private Hugging Face dataset repo",
        description="Create the repo private (exist_ok), upload what changed, read the visibility back and fail "
                    "if it is not private. The token comes from HF_TOKEN or the cached login and is never "
                    "printed; the endpoint from HF_ENDPOINT.")
    p.add_argument("repo_id", help="NAMESPACE/NAME (or NAME for the token's own namespace)")
    p.add_argument("--public", action="store_true", help="publish publicly (default: private, fail closed)")
    p.add_argument("--dry-run", action="store_true", help="list what would be uploaded; change nothing")
    p.add_argument("--dir", default=None, help="dataset folder (default: output.dir of the config)")
    p.add_argument("--config", default=str(DEFAULT_CONFIG), help="pipeline config (default: %(default)s)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..publish.hub import push

    if args.dir:
        folder = args.dir
    else:
        cfg = load_config(args.config)
        folder = cfg.resolve(cfg.output.dir)
    console = Console(stderr=True, highlight=False)
    result = push(folder, args.repo_id, public=args.public, dry_run=args.dry_run,
                  progress=lambda line: console.print(line, markup=False))
    if not args.dry_run:
        Console(highlight=False).print(f"{result.url} ({'private' if result.private else 'public'})")
    return 0
