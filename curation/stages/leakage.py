"""Prompt-to-answer leakage across splits: a prompt of one split quoting an answer of another.

Near-duplicate records are caught by the split's contamination check; this catches the other way a
row can hand a test answer to training: its *prompt* carries text that is another split's *answer*
(a manuscript prompt quoting the previous chunk's closing lines, a multi-step prompt quoting an
earlier turn). Any run of `n` consecutive words (lowercased, punctuation aside) shared by a human turn
of one split and an assistant turn of another counts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..records import GPT, HUMAN, Record

_WORD = re.compile(r"\w+(?:'\w+)*")
SPLITS = ("train", "validation", "test")
_MIX = np.uint64(0x9E3779B97F4A7C15)
_BASE = np.uint64(0x100000001B3)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'").replace("‘", "'"))


def shingles(text: str, n: int) -> Iterable[int]:
    w = words(text)
    return (hash(tuple(w[i : i + n])) for i in range(len(w) - n + 1))


def _turns(r: Record, role: str) -> str:
    return "\n\n".join(t["value"] for t in r.conversations if t.get("from") == role and isinstance(t.get("value"), str))


class OverlapIndex:
    """`prompt_answer_overlaps` for a stream: each record's `n`-word run hashes are computed once as it
    passes (`add`) and kept in numpy chunks on disk (or in memory without a folder); `overlaps` then
    works on the arrays in three sweeps (prompt runs -> answer runs some prompt holds -> the pairs), so
    memory holds the distinct prompt runs, not a dict entry per answer run."""

    _CHUNK = 16_384

    def __init__(self, n: int = 8, folder: Path | None = None) -> None:
        self.n = n
        self.folder = folder
        self.count = 0
        # per side: every word's hash and the record it belongs to (runs are hashed per chunk, in numpy)
        self._buf: dict[str, list] = {"prompt": [], "prompt_rec": [], "answer": [], "answer_rec": []}
        self._chunks: list[Any] = []  # file path (npz) or dict of arrays

    def add(self, r: Record) -> None:
        i = self.count
        self.count += 1
        for side, role in (("prompt", HUMAN), ("answer", GPT)):
            w = words(_turns(r, role))
            if len(w) >= self.n:
                self._buf[side].extend(map(hash, w))
                self._buf[side + "_rec"].extend([i] * len(w))
        if i % self._CHUNK == self._CHUNK - 1:
            self._flush()

    def _runs(self, word_hashes: list[int], rec: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Hashes of every run of `n` consecutive words inside one record, and that record."""
        n = self.n
        if len(word_hashes) < n:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        h = np.array(word_hashes, dtype=np.int64).view(np.uint64)
        r = np.array(rec, dtype=np.int64)
        with np.errstate(over="ignore"):
            h = (h ^ (h >> np.uint64(31))) * _MIX
            m = len(h) - n + 1
            run = np.zeros(m, dtype=np.uint64)
            for k in range(n):  # a polynomial over the n word hashes: equal runs, equal hash
                run = run * _BASE + h[k : k + m]
        inside = r[:m] == r[n - 1 :]
        return run[inside].view(np.int64), r[:m][inside]

    def _flush(self) -> None:
        arrays = {}
        for side in ("prompt", "answer"):
            arrays[side], arrays[side + "_rec"] = self._runs(self._buf[side], self._buf[side + "_rec"])
        for v in self._buf.values():
            v.clear()
        if self.folder is not None:
            from ..atomic import writing

            path = self.folder / f".leakage.{id(self)}.{len(self._chunks)}.npz"
            with writing(path):
                np.savez(path, **arrays)  # type: ignore[arg-type]  # numpy stubs type **kwds as bool
            self._chunks.append(path)
        else:
            self._chunks.append(arrays)

    def _each(self) -> Iterable[dict[str, np.ndarray]]:
        for c in self._chunks:
            if isinstance(c, Path):
                with np.load(c) as z:
                    yield {k: z[k] for k in z.files}
            else:
                yield c

    def close(self) -> None:
        for c in self._chunks:
            if isinstance(c, Path):
                c.unlink(missing_ok=True)
        self._chunks.clear()

    def overlaps(self, split_of: Sequence[Any], ids: Sequence[str], limit: int = 10) -> dict:
        """The `prompt_answer_overlaps` report, given each record's split and id (in `add` order)."""
        if any(self._buf.values()) or not self._chunks:
            self._flush()
        names = sorted(set(split_of), key=lambda s: (SPLITS.index(s) if s in SPLITS else 9, str(s)))
        code = {s: k for k, s in enumerate(names)}
        split = np.array([code[s] for s in split_of], dtype=np.int64)
        prompts = np.unique(np.concatenate([c["prompt"] for c in self._each()] or [np.zeros(0, np.int64)]))
        # answer runs any prompt holds: (run, split) -> first record (in input order) holding it
        held = []
        for c in self._each():
            m = np.isin(c["answer"], prompts)
            held.append(np.stack([c["answer"][m], split[c["answer_rec"][m]], c["answer_rec"][m]], axis=1))
        del prompts
        owners = np.concatenate(held) if held else np.zeros((0, 3), np.int64)
        owners = owners[np.lexsort((owners[:, 2], owners[:, 1], owners[:, 0]))]
        first = (
            np.r_[True, (owners[1:, 0] != owners[:-1, 0]) | (owners[1:, 1] != owners[:-1, 1])]
            if len(owners)
            else np.zeros(0, bool)
        )
        owners = owners[first]
        found = []
        for c in self._each():
            h, rec = c["prompt"], c["prompt_rec"]
            lo = np.searchsorted(owners[:, 0], h, side="left")
            hi = np.searchsorted(owners[:, 0], h, side="right")
            width = hi - lo
            if not width.sum():
                continue
            prompt_rec = np.repeat(rec, width)
            pos = np.repeat(lo - (np.cumsum(width) - width), width) + np.arange(int(width.sum()))
            other, aid = owners[pos, 1], owners[pos, 2]
            m = other != split[prompt_rec]
            found.append(np.stack([prompt_rec[m], other[m], aid[m]], axis=1))
        pairs = np.unique(np.concatenate(found), axis=0) if found else np.zeros((0, 3), np.int64)
        by_direction: dict[str, int] = defaultdict(int)
        for (a, b), k in (
            zip(
                *np.unique(np.stack([split[pairs[:, 0]], pairs[:, 1]], axis=1), axis=0, return_counts=True),
                strict=False,
            )
            if len(pairs)
            else ()
        ):
            by_direction[f"{names[a]}<-{names[b]}"] += int(k)
        rows = [(names[split[p]], names[o], ids[p], ids[a]) for p, o, a in pairs.tolist()]
        examples = sorted(rows, key=lambda p: (SPLITS.index(p[0]) if p[0] in SPLITS else 9, p[1], p[2], p[3]))[:limit]
        return {
            "ngram": self.n,
            "pairs": len(rows),
            "by_direction": dict(sorted(by_direction.items())),
            "examples": [
                {"prompt_split": a, "prompt_id": pid, "answer_split": b, "answer_id": aid}
                for a, b, pid, aid in examples
            ],
        }


def prompt_answer_overlaps(records: Sequence[Record], n: int = 8, limit: int = 10) -> dict:
    """Pairs (prompt record, answer record) in different splits sharing an `n`-word run.

    Counts per direction ("train<-test": a train prompt quoting a test answer) and a few examples."""
    index = OverlapIndex(n)
    for r in records:
        index.add(r)
    return index.overlaps([r.metadata.get("split") for r in records], [r.id for r in records], limit)
