#!/usr/bin/env python3
"""Speed of manuscript ingest: the five corpus novels read, chunked and tagged (target < 10 s, 2 cores).

TIKTOKEN_CACHE_DIR=../shared/tiktoken python benchmarks/bench_manuscripts.py [CORPUS_DIR]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(REPO.parent / "shared" / "tiktoken"))
sys.path.insert(0, str(REPO))

from curation.ingest.manuscripts.pipeline import process_manuscript  # noqa: E402
from curation.tokens import count_tokens  # noqa: E402

NOVELS = ["dracula.txt", "princess-of-mars.txt", "war-of-the-worlds.txt", "time-machine.txt", "little-fuzzy.txt"]


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus"
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    count_tokens("warm up")  # load the BPE file once, outside the timing
    total_words = total_chunks = 0
    t0 = time.perf_counter()
    for name in NOVELS:
        t = time.perf_counter()
        res = process_manuscript(corpus / name)
        words = sum(p.words for p in res.book.paragraphs)
        total_words += words
        total_chunks += len(res.rows)
        print(
            f"{name:24s} {words:>8,} words {len(res.rows):>4} chunks {len(res.fragments):>4} fragments "
            f"{time.perf_counter() - t:6.2f} s"
        )
    elapsed = time.perf_counter() - t0
    print(
        f"{'total':24s} {total_words:>8,} words {total_chunks:>4} chunks {elapsed:6.2f} s "
        f"({total_words / elapsed:,.0f} words/s; target < 10 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
