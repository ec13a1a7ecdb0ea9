"""How long QLoRA training on a dataset takes, and how many optimizer steps: for the dataset card and the
QLoRA config report (`output.qlora` holds the throughput and batch settings)."""

from __future__ import annotations

import math
from typing import Any

PACKING_EFFICIENCY = 0.95  # share of a packed sequence that holds real tokens (for the step estimate)


def estimate_training(
    train_tokens: int, qcfg: Any, train_rows: int | None = None, sequence_len: int | None = None
) -> dict[str, Any]:
    """Expected training time (tokens x epochs / tokens-per-second) and optimizer steps."""
    total = train_tokens * qcfg.num_epochs
    seconds = total / qcfg.tokens_per_second
    out: dict[str, Any] = {
        "train_tokens": train_tokens,
        "epochs": qcfg.num_epochs,
        "tokens_total": total,
        "tokens_per_second": qcfg.tokens_per_second,
        "seconds": round(seconds),
        "hours": round(seconds / 3600, 2),
        "duration": duration(seconds),
    }
    if sequence_len:
        sequences = (
            math.ceil(train_tokens / (sequence_len * PACKING_EFFICIENCY)) if qcfg.sample_packing else (train_rows or 0)
        )
        per_step = qcfg.micro_batch_size * qcfg.gradient_accumulation_steps
        out["steps_per_epoch"] = max(1, math.ceil(sequences / per_step)) if sequences else 0
        out["total_steps"] = out["steps_per_epoch"] * qcfg.num_epochs
    return out


def duration(seconds: float) -> str:
    """Human-readable duration: '2.4 h', '35 min', '40 s'."""
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    if seconds >= 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds:.0f} s"
