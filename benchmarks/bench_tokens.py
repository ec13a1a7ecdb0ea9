"""Token budget throughput: rows/s of TokenBudget (tiktoken cl100k_base) on synthetic interactions and scenes.

Run: TIKTOKEN_CACHE_DIR=../shared/tiktoken python benchmarks/bench_tokens.py [N]
Reports rows/s for counting (all rows fit) and for the split policy (every scene over the budget).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this tree's package, not an editable install's

from curation.records import Record, Source
from curation.stages.base import Context
from curation.stages.token_budget import TokenBudget
from curation.tokens import TiktokenCounter


def rows(n: int, scene_paragraphs: int) -> list[Record]:
    out = []
    for i in range(n):
        if i % 4 == 0:
            text = "\n\n".join(
                f"Paragraph {p} of scene {i}: Kaelen watched the tide turn against the harbour wall, "
                "counting the boats that did not come back." * 3
                for p in range(scene_paragraphs)
            )
            kind = "scene"
        else:
            text = f"Jun looks away. 'Fine,' he says, though his hands say otherwise ({i})."
            kind = "interaction"
        out.append(
            Record(
                id=str(i),
                kind=kind,
                source=Source("bench", i),
                conversations=[
                    {"from": "system", "value": "You are a novelist."},
                    {"from": "human", "value": f"Prompt {i}"},
                    {"from": "gpt", "value": text},
                ],
            )
        )
    return out


def bench(label: str, stage: TokenBudget, records: list[Record]) -> None:
    ctx = Context()
    t = time.perf_counter()
    out = list(stage(records, ctx))
    dt = time.perf_counter() - t
    c = ctx.ledger.stage("tokens")
    print(
        f"{label}: {len(records):,} rows in {dt:.2f}s = {len(records) / dt:,.0f} rows/s "
        f"(out {len(out):,}, created {c.created:,}, rejected {c.n_rejected:,})"
    )


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40_000
    counter = TiktokenCounter()
    bench("count (seq 4096)", TokenBudget(counter, sequence_len=4096), rows(n, 6))
    bench("split scenes (seq 512)", TokenBudget(counter, sequence_len=512, policy="split"), rows(n // 10, 12))
