"""Words in any script: a letter and the combining marks written on it (Unicode Mn, Mc) belong to one word.

Python's `\\w` leaves the marks out, so `[^\\W\\d_]+` cuts `उत्तर` into `उत`, `तर` and `పాత్ర_పేరు` into five
single letters: every Indic, Sinhala, Khmer, Lao and Myanmar word is cut at each vowel sign and virama, and a
decomposed Latin accent (`re\\u0301sume\\u0301`) likewise. `re` has no `\\p{M}`, so the marks' class is built once
from `unicodedata`, on first use.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: the categories of the marks written on a letter: nonspacing (vowel signs above or below, a virama, an accent)
#: and spacing (vowel signs beside the letter)
MARKS = ("Mn", "Mc")
#: the planes any combining mark is in (basic, supplementary, and the variation selectors of plane 14)
_PLANES = (0, 1, 14)


@functools.cache
def _mark_ranges() -> str:
    """Every combining mark as the ranges of a regex character class (`\\u0300-\\u036f...`)."""
    ranges: list[list[int]] = []
    for plane in _PLANES:
        for cp in range(plane << 16, (plane + 1) << 16):
            if unicodedata.category(chr(cp)) in MARKS:
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp])
    return "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in ranges)


def mark_class() -> str:
    """A regex character class of every combining mark."""
    return f"[{_mark_ranges()}]"


def with_marks(chars: str) -> str:
    """A regex for a run of `chars` (a character class) where each may carry combining marks: `[^\\W\\d_]`
    becomes a word of letters in any script. A mark after anything else (a separator, a digit) is no letter."""
    # (an ASCII character is never a mark: the lookahead spares English text the search of the marks' ranges)
    return rf"{chars}(?:{chars}|(?=[^\x00-\x7f]){mark_class()})*"


@functools.cache
def _letters() -> re.Pattern[str]:
    """`letter_words`' pattern, compiled on first use (the marks' class takes a scan of three planes)."""
    return re.compile(with_marks(r"[^\W\d_]"))


def letter_words(text: str) -> list[str]:
    """The runs of letters in `text`, each with its marks: `'उत्तर_अस्वीकृत'` -> `['उत्तर', 'अस्वीकृत']`."""
    return _letters().findall(text)
