"""`unwritten push REPO_ID [--public] [--dry-run]`: upload the dataset folder to a private Hub repo."""

from __future__ import annotations

import argparse

from rich.console import Console

from ..config import DEFAULT_CONFIG_HELP, find_config, load_config
from ..redact import paths_shown_here, redact_text


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "push",
        help="push the dataset folder to a private Hugging Face dataset repo",
        description="Create the repo private (exist_ok), upload what changed, read the visibility back and fail "
        "if it is not private. The token comes from HF_TOKEN or the cached login and is never "
        "printed; the endpoint from HF_ENDPOINT.",
    )
    p.add_argument("repo_id", help="NAMESPACE/NAME (or NAME for the token's own namespace)")
    p.add_argument("--public", action="store_true", help="publish publicly (default: private, fail closed)")
    p.add_argument("--dry-run", action="store_true", help="list what would be uploaded; change nothing")
    p.add_argument("--dir", default=None, help="dataset folder (default: output.dir of the config)")
    p.add_argument("--config", default=None, help=f"pipeline config (default: {DEFAULT_CONFIG_HELP})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..publish.hub import check_repo_id, push
    from ..stages.contract import RowContract

    check_repo_id(args.repo_id)  # before reading anything, with --dry-run too
    # the config gives the folder and the role names; with --dir and no config file, defaults apply
    cfg = load_config(args.config) if (args.config or not args.dir or find_config()) else None
    folder = args.dir or cfg.resolve(cfg.output.dir)
    roles = RowContract.from_config(cfg.stages.contract).roles if cfg is not None else None
    console = Console(stderr=True, highlight=False)
    result = push(
        folder,
        args.repo_id,
        public=args.public,
        dry_run=args.dry_run,
        roles=roles,
        progress=lambda line: console.print(paths_shown_here(redact_text(line)), markup=False),
        local_folders=(cfg.root_dir,) if cfg is not None else (),
    )
    if not args.dry_run:
        Console(highlight=False).print(f"{result.url} ({'private' if result.private else 'public'})")
    return 0
