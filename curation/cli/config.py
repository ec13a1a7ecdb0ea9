"""`unwritten config [--config PATH]`: validate a config and print every effective key with its value."""

from __future__ import annotations

import argparse

import yaml

from ..config import DEFAULT_CONFIG_HELP, load_config


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("config", help="validate a config and print the effective settings (defaults filled in)")
    p.add_argument("--config", default=None, help=f"pipeline config (default: {DEFAULT_CONFIG_HELP})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    print(yaml.safe_dump(cfg.to_public_dict(), sort_keys=False, allow_unicode=True, width=110), end="")
    return 0
