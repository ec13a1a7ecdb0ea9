"""Contiguous runs of chunks: the unit a manuscript is split by (train / validation / test).

A prompt may carry its neighbour's closing lines or summary ("Just before this: ...", "Continue the
story ..."); if that neighbour's text were the answer of a row in another split, the model would be
tested on what it was shown. So chunks are grouped into contiguous runs, a chapter or, for a long
chapter (or a book without chapters), consecutive stretches of at most `max_chunks` chunks cut only
between scenes, and a prompt only ever refers to a neighbour of its own run. Each run is one split
group (`Record.group`), so a run never straddles two splits.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...records import stable_id
from .chunking import Chunk


def split_runs(chunks: Sequence[Chunk], max_chunks: int = 8) -> list[int]:
    """Run number of each chunk (non-decreasing): a new run at every chapter, and inside a chapter
    after `max_chunks` chunks at the first boundary that is not inside a scene."""
    runs: list[int] = []
    run, size = -1, 0
    for k, c in enumerate(chunks):
        prev = chunks[k - 1] if k else None
        new_chapter = prev is None or c.scenes[0].chapter is not prev.scenes[-1].chapter
        shares_scene = prev is not None and c.scenes[0] is prev.scenes[-1]
        if new_chapter or (size >= max_chunks and not shares_scene):
            run, size = run + 1, 0
        runs.append(run)
        size += 1
    return runs


def run_groups(chunks: Sequence[Chunk], runs: list[int], source: str) -> list[str]:
    """A stable group id per chunk: the source and the first paragraph of its run."""
    first: dict[int, int] = {}
    for c, r in zip(chunks, runs, strict=False):
        first.setdefault(r, c.paragraphs[0].index)
    return [stable_id(source, "run", first[r]) for r in runs]
