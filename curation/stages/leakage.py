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
from typing import Iterable, Sequence, cast

from ..records import GPT, HUMAN, Record

_WORD = re.compile(r"\w+(?:'\w+)*")
SPLITS = ("train", "validation", "test")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'").replace("‘", "'"))


def shingles(text: str, n: int) -> Iterable[int]:
    w = words(text)
    return (hash(tuple(w[i:i + n])) for i in range(len(w) - n + 1))


def _turns(r: Record, role: str) -> str:
    return "\n\n".join(t["value"] for t in r.conversations if t.get("from") == role and isinstance(t.get("value"), str))


def prompt_answer_overlaps(records: Sequence[Record], n: int = 8, limit: int = 10) -> dict:
    """Pairs (prompt record, answer record) in different splits sharing an `n`-word run.

    Counts per direction ("train<-test": a train prompt quoting a test answer) and a few examples."""
    owner: dict[int, dict[str, str]] = defaultdict(dict)  # shingle -> split -> one answer id holding it
    for r in records:
        split = cast(str, r.metadata.get("split"))
        for h in set(shingles(_turns(r, GPT), n)):
            owner[h].setdefault(split, r.id)
    pairs: set[tuple[str, str, str, str]] = set()
    for r in records:
        split = cast(str, r.metadata.get("split"))
        for h in shingles(_turns(r, HUMAN), n):
            for other, aid in owner.get(h, {}).items():
                if other != split:
                    pairs.add((split, other, r.id, aid))
    by_direction: dict[str, int] = defaultdict(int)
    for a, b, _, _ in pairs:
        by_direction[f"{a}<-{b}"] += 1
    examples = sorted(pairs, key=lambda p: (SPLITS.index(p[0]) if p[0] in SPLITS else 9, p[1], p[2], p[3]))[:limit]
    return {"ngram": n, "pairs": len(pairs), "by_direction": dict(sorted(by_direction.items())),
            "examples": [{"prompt_split": a, "prompt_id": pid, "answer_split": b, "answer_id": aid}
                         for a, b, pid, aid in examples]}
