"""A book's own scene-break line: a short mark the readers' fixed lists do not know ("o", "x", "oOo").

`readers.is_break_marker` leaves letters out on purpose, since a lone "I" or "A" can be a line of speech and a
lone "V" a chapter number. A letter mark is therefore read from the whole book, before its blocks are built:
it is a break only where the book itself uses it as one, standing alone between paragraphs again and again and
never as a word of its text (The Reindeer Road breaks scenes with a lone "o", tests/data/break_lines/the-box-ferry.md
with a lone "x").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .headings import classify_heading

#: A paragraph that could be a break mark: one to three characters besides spaces, none a quote, a bracket or a
#: sentence's closing mark (a lone "?" or "O!" is somebody's speech).
_SHORT = re.compile(r"^(?:[^\s“”\"‘’'«»„…(){}\[\]<>|?!.,;:]\s*){1,3}$")
#: How many times a mark has to stand alone before it is the book's break, not a stray letter.
MIN_RECURRENCE = 2


def _short(text: str) -> bool:
    return bool(_SHORT.match(text))


def _lettered(text: str) -> bool:
    """A short line with a letter or a digit in it: one of symbols only ("* * *", "+", "°") the readers' own
    `is_break_marker` already takes for a break, whatever the book."""
    return _short(text) and re.search(r"[^\W_]", text) is not None


def _as_word(mark: str) -> re.Pattern[str]:
    """The mark as a word of a sentence in either case ("O Lord" for "o", "a cup" for "A", "3 x 4"); not inside a
    word nor an elision ("o'clock"), nor a letter of an abbreviation joined by a slash ("d/o", "c/o", "T/Sgt."),
    which says its letter as no word of its own."""
    body = r"\s*".join(re.escape(c) for c in mark.replace(" ", ""))
    return re.compile(rf"(?<![\w’'\-/]){body}(?![\w’'\-/])", re.I)


def book_break_lines(paragraphs: Sequence[str]) -> frozenset[str]:
    """The short lines that break scenes in this book, from its paragraphs in order (each stripped).

    A mark counts when it stands as a paragraph of its own at least MIN_RECURRENCE times, every time between
    paragraphs that are not short marks themselves (a list of single letters is no break), never occurs as a
    word inside another paragraph, and is no heading on a plain line (`headings.classify_heading`: a lone "I", "V"
    or "X" is a Roman numeral)."""

    def lone_mark(text: str) -> bool:
        return _lettered(text) and classify_heading(text, explicit=False) is None

    places: dict[str, list[int]] = {}
    for k, text in enumerate(paragraphs):
        if lone_mark(text):
            places.setdefault(" ".join(text.split()), []).append(k)
    marks: set[str] = set()
    for mark, at in places.items():
        if len(at) < MIN_RECURRENCE:
            continue
        if any(lone_mark(paragraphs[j]) for k in at for j in (k - 1, k + 1) if 0 <= j < len(paragraphs)):
            continue
        word = _as_word(mark)
        if any(word.search(text) for k, text in enumerate(paragraphs) if not _short(text)):
            continue
        marks.add(mark)
    return frozenset(marks)
