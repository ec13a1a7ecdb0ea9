"""Interaction batch files as analytics sees them: the build's own ingest and validation, with rejects.

Running the same steps as the build (salvage, schema, Master Truths rules, quality thresholds) makes a
batch folder's pass rate, capacity violations and spectrum the figures a build of it would report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..ingest.interactions.settings import InteractionsConfig
from ..ingest.interactions.source import InteractionSource
from ..records import Record
from ..stages.base import Context, chain
from ..stages.interactions import validation_stages


def read_batches(path: str | Path, cfg: Any = None) -> tuple[list[Record], list[dict[str, Any]]]:
    """(kept records, reject rows) of the batch files at `path` (a file or a folder, recursive); `cfg` is a
    `Config` (its `interactions:` section and seed), or None for the defaults."""
    settings = cfg.interactions if cfg is not None else InteractionsConfig()
    ctx = Context(seed=cfg.seed, config=cfg) if cfg is not None else Context()
    source = InteractionSource([Path(path)], settings, Path(path).resolve().parent)
    records = list(chain(source(ctx), validation_stages(settings), ctx))
    return records, ctx.rejects.rows
