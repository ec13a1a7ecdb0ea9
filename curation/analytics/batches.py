"""Interaction batch files as analytics sees them: the build's own ingest and validation, with rejects.

Running the same steps as the build (salvage, schema, Master Truths rules, quality thresholds) makes a
batch folder's pass rate, capacity violations and spectrum the figures a build of it would report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..records import Record
from ..ingest.interactions.stages import validation_stages
from ..stages.base import Context, chain


def read_batches(path: str | Path, cfg: Any = None) -> tuple[list[Record], list[dict[str, Any]]]:
    """(kept records, reject rows) of the batch files at `path` (a file or a folder, recursive)."""
    from ..config import Config
    from ..ingest.interactions.source import InteractionSource

    cfg = cfg or Config()
    ctx = Context(seed=cfg.seed, config=cfg)
    source = InteractionSource([Path(path)], cfg.interactions, Path(path).resolve().parent)
    records = list(chain(source(ctx), validation_stages(cfg), ctx))
    return records, ctx.rejects.rows
