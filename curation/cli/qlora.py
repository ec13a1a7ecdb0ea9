"""`unwritten qlora`: write validated Axolotl QLoRA configs (scenes, interactions, combined) for the built dataset."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table

from ..config import DEFAULT_CONFIG_HELP, load_config
from ..redact import shown_here


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "qlora",
        help="write Axolotl QLoRA configs under configs/qlora/",
        description="Write Axolotl QLoRA configs for (a) style transfer on scenes, (b) character interactions and "
        "(c) both combined, from the built dataset; each is checked by a strict schema (unknown keys "
        "rejected) and by Axolotl's own validation when axolotl is available.",
    )
    p.add_argument("--config", default=None, help=f"pipeline config (default: {DEFAULT_CONFIG_HELP})")
    p.add_argument("--dir", default=None, help="built dataset folder (default: output.dir)")
    p.add_argument("--out", default=None, help="where the YAML files go (default: output.qlora.out_dir)")
    p.add_argument(
        "--dataset",
        default=None,
        help="dataset path written into the configs: a local folder or a Hub repo id "
        "(default: output.dir, or output.hub_repo_id when output.qlora.dataset is 'hub')",
    )
    p.add_argument(
        "--only",
        action="append",
        choices=["scenes", "interactions", "combined"],
        help="write only this config (repeatable)",
    )
    p.add_argument(
        "--axolotl-python",
        default=None,
        help="a Python interpreter with axolotl installed, to validate with Axolotl's own schema",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..publish.qlora import write_qlora_configs

    cfg = load_config(args.config)
    written = write_qlora_configs(cfg, args.dir, args.out, args.dataset, args.only, args.axolotl_python)
    table = Table(title="QLoRA configs")
    for col in ("config", "file", "sequence_len", "train tokens", "steps", "expected time", "axolotl check"):
        table.add_column(col, justify="right" if col in ("sequence_len", "train tokens", "steps") else "left")
    for w in written:
        e = w.estimate
        table.add_row(
            w.name,
            shown_here(w.path),
            str(w.sequence_len),
            f"{e['train_tokens']:,}",
            str(e["total_steps"]),
            e["duration"],
            w.axolotl_check or "",
        )
    Console().print(table)
    return 0
