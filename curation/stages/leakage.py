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


def _word_table() -> np.ndarray:
    """Which code points `\\w` matches (str.isalnum() or the underscore), built once per process."""
    global _WORD_CHARS
    if _WORD_CHARS is None:
        table = np.fromiter((chr(c).isalnum() for c in range(0x110000)), dtype=bool, count=0x110000)
        table[ord("_")] = True
        _WORD_CHARS = table
    return _WORD_CHARS


_WORD_CHARS: np.ndarray | None = None
_APOSTROPHE = ord("'")
_CHAR_BASE = 0xD6E8FEB86659FD93  # odd: invertible modulo 2**64
_POWERS = (np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64))


def _inverse(b: int) -> int:
    """b**-1 modulo 2**64 (b odd), by Newton's iteration."""
    x = b
    for _ in range(6):
        x = x * (2 - b * x) % 2**64
    return x


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(_CHAR_BASE ** k, _CHAR_BASE ** -k) modulo 2**64 for k < n."""
    global _POWERS
    if len(_POWERS[0]) < n:
        size = max(n, 2 * len(_POWERS[0]))
        _POWERS = tuple(  # type: ignore[assignment]
            np.cumprod(np.r_[np.uint64(1), np.full(size - 1, b, dtype=np.uint64)], dtype=np.uint64)
            for b in (_CHAR_BASE, _inverse(_CHAR_BASE))
        )
    return _POWERS[0][:n], _POWERS[1][:n]


def word_spans(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (code point offsets) of the words `words` finds in an already lowercased `text`
    (apostrophes folded): runs of word characters, an apostrophe between two of them included. On arrays,
    for many texts at once (joined by a line break, which no word crosses)."""
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return _spans(cp, _word_table()[cp])


def _spans(cp: np.ndarray, isw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    apo = np.flatnonzero(cp[1:-1] == _APOSTROPHE) + 1 if len(cp) > 2 else np.zeros(0, np.int64)
    isw[apo[isw[apo - 1] & isw[apo + 1]]] = True  # \w+(?:'\w+)*: the neighbours are tested before any is set
    edge = np.diff(np.r_[False, isw, False].astype(np.int8))
    return np.flatnonzero(edge == 1), np.flatnonzero(edge == -1)


def _word_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """A 64-bit hash of every word of every text (in order; equal words, equal hashes) and the text it is in:
    sum of (code point + 1) * B**k over the word's characters, from prefix sums over the joined texts
    (the prefix difference at a word's ends, times B**-start)."""
    joined = "\n".join(texts)
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    starts, ends = _spans(cp, _word_table()[cp])
    if not len(starts):
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    up, down = _powers(len(cp) + 1)
    prefix = np.zeros(len(cp) + 1, dtype=np.uint64)
    np.cumsum((cp.astype(np.uint64) + np.uint64(1)) * up[: len(cp)], out=prefix[1:])
    with np.errstate(over="ignore"):
        h = (prefix[ends] - prefix[starts]) * down[starts]
        h += (ends - starts).astype(np.uint64) * _MIX
    text_starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    return h, np.searchsorted(text_starts, starts, side="right") - 1


class _HashSet:
    """Membership of int64 hashes in a sorted array: a bitmap of their low bits rules most values out with one
    lookup each, and binary search settles the rest (`np.isin` would sort both arrays together on every call:
    once per chunk, quadratic in the records)."""

    def __init__(self, sorted_values: np.ndarray) -> None:
        self.values = sorted_values
        bits = min(28, max(12, (len(sorted_values) * 16).bit_length()))  # ~16 bits a value (~0.4% pass), <= 32 MB
        self.mask = np.int64((1 << bits) - 1)
        low = sorted_values & self.mask
        self.bitmap = np.zeros(1 << (bits - 3), dtype=np.uint8)
        np.bitwise_or.at(self.bitmap, low >> 3, np.left_shift(1, low & 7).astype(np.uint8))

    def contains(self, values: np.ndarray) -> np.ndarray:
        if not len(self.values):
            return np.zeros(len(values), dtype=bool)
        low = values & self.mask
        maybe = np.flatnonzero((self.bitmap[low >> 3] >> (low & 7).astype(np.uint8)) & 1)
        at = np.searchsorted(self.values, values[maybe])
        at[at == len(self.values)] = 0
        out = np.zeros(len(values), dtype=bool)
        out[maybe[self.values[at] == values[maybe]]] = True
        return out


class OverlapIndex:
    """`prompt_answer_overlaps` for a stream: each record's prompt and answer texts are kept until a chunk of
    records is full, then their words are found and hashed on arrays (`_word_hashes`, the same words as
    `words`) and every `n`-word run hashed (`_runs`); the run hashes go to files (or memory without a
    folder). `overlaps` works on them in three sweeps (prompt runs -> answer runs some prompt holds -> the
    pairs), so memory holds the distinct prompt runs, not a dict entry per answer run."""

    _CHUNK = 16_384
    _CHARS = 1_000_000  # text held before a chunk is hashed (its arrays take ~50 bytes a character)

    def __init__(self, n: int = 8, folder: Path | None = None) -> None:
        self.n = n
        self.folder = folder
        self.count = 0
        # per side: each record's text (lowercased, apostrophes folded) and the record it belongs to
        self._buf: dict[str, list] = {"prompt": [], "prompt_rec": [], "answer": [], "answer_rec": []}
        self._chars = 0
        self._chunks: list[Any] = []  # dict of arrays, or of (file, offset, count) when kept in files
        self._files: dict[str, Any] = {}

    def add(self, r: Record) -> None:
        i = self.count
        self.count += 1
        for side, role in (("prompt", HUMAN), ("answer", GPT)):
            text = _turns(r, role)
            if text:
                text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
                self._buf[side].append(text)
                self._buf[side + "_rec"].append(i)
                self._chars += len(text)
        if i % self._CHUNK == self._CHUNK - 1 or self._chars >= self._CHARS:
            self._flush()

    def _runs(self, texts: list[str], rec: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Hashes of every run of `n` consecutive words inside one record, and that record."""
        n = self.n
        h, which = _word_hashes(texts) if texts else (np.zeros(0, np.uint64), np.zeros(0, np.int64))
        if len(h) < n:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        r = np.asarray(rec, dtype=np.int64)[which]
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
        self._chars = 0
        if self.folder is None:
            self._chunks.append(arrays)
            return
        from ..atomic import writing

        chunk = {}
        for key, a in arrays.items():  # raw int64 appended to one file per array (no zip, no checksum)
            if key not in self._files:
                path = self.folder / f".leakage.{id(self)}.{key}"
                with writing(path):
                    self._files[key] = (path, open(path, "w+b"))  # noqa: SIM115  # closed in close()
            path, fh = self._files[key]
            with writing(path):
                offset = fh.tell()
                fh.write(a.tobytes())
            chunk[key] = (offset, len(a))
        self._chunks.append(chunk)

    def _each(self) -> Iterable[dict[str, np.ndarray]]:
        for fh in (f for _, f in self._files.values()):
            fh.flush()
        for c in self._chunks:
            if self.folder is None:
                yield c
            else:
                yield {k: np.fromfile(self._files[k][0], dtype=np.int64, count=n, offset=o) for k, (o, n) in c.items()}

    def close(self) -> None:
        for path, fh in self._files.values():
            fh.close()
            path.unlink(missing_ok=True)
        self._files.clear()
        self._chunks.clear()

    def overlaps(self, split_of: Sequence[Any], ids: Sequence[str], limit: int = 10) -> dict:
        """The `prompt_answer_overlaps` report, given each record's split and id (in `add` order)."""
        if any(self._buf.values()) or not self._chunks:
            self._flush()
        names = sorted(set(split_of), key=lambda s: (SPLITS.index(s) if s in SPLITS else 9, str(s)))
        code = {s: k for k, s in enumerate(names)}
        split = np.array([code[s] for s in split_of], dtype=np.int64)
        # the distinct prompt runs, sorted (chunk by chunk first: templated prompts repeat their runs)
        prompts = np.unique(np.concatenate([np.unique(c["prompt"]) for c in self._each()] or [np.zeros(0, np.int64)]))
        # answer runs any prompt holds: (run, split) -> first record (in input order) holding it
        held = []
        prompt_set = _HashSet(prompts)
        for c in self._each():
            m = prompt_set.contains(c["answer"])
            held.append(np.stack([c["answer"][m], split[c["answer_rec"][m]], c["answer_rec"][m]], axis=1))
        del prompts, prompt_set
        owners = np.concatenate(held) if held else np.zeros((0, 3), np.int64)
        owners = owners[np.lexsort((owners[:, 2], owners[:, 1], owners[:, 0]))]
        first = (
            np.r_[True, (owners[1:, 0] != owners[:-1, 0]) | (owners[1:, 1] != owners[:-1, 1])]
            if len(owners)
            else np.zeros(0, bool)
        )
        owners = owners[first]
        keys = np.ascontiguousarray(owners[:, 0])
        key_set = _HashSet(keys)  # (a key repeats once per split holding it: still sorted)
        found = []
        for c in self._each():
            hit = key_set.contains(c["prompt"])
            h, rec = c["prompt"][hit], c["prompt_rec"][hit]
            lo = np.searchsorted(keys, h, side="left")
            hi = np.searchsorted(keys, h, side="right")
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
