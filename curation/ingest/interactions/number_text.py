"""Numbers written as text, read and placed on a field's scale: the one reading of the ingest (`normalize`), the
profiler behind `unwritten schema` and the field matcher's record checks.

Reading (`read_text`) knows no field: it says what was written. "0.7", "−2" and "7,5" are plain numbers (a decimal
comma and a typographic minus read as `plain_number_text` does); "3/10", "5.1 / 10", "8 of 10", "7 out of 10"
are a number on its own scale 0-N; "75 %", "86 percent" are a number on a scale of 100; "40 weeks ago" is a
number with the unit of a named scale, in the words of the spec's `units:`. Anything else is no number.

Placing (`place`) puts what was written on a field's range (the spec's scale). A plain number, or one with the
field's unit, is itself. x written on a scale of N (x/N, or a percent: N = 100) is read on that scale and placed:
where the field's scale is that scale (0-N, or a 1-N level) it is x (3/5 in a 1-5 level is 3, 3/10 in a 0-10
capacity is 3); where the field is a 0-1 share it is x/N (3/10 in a 0-1 score is 0.3, 51/100 is 0.51, 75 % is
0.75). Anywhere else the scale of the text is not the field's and no reading is lossless ("95%" for a capacity,
"20%" for a trust change, 7/10 for a 1-5 level), nor is a fraction of a whole for an integer field: the value
stays as written and the check rejects it with its reason. Out-of-range readings ("12/10") are placed and left to
the range check, so a planted defect is never hidden by the reading.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from typing import NamedTuple

#: a number as the forms below write it (sign, digits, a decimal point)
NUM = r"([-+]?(?:\d+(?:\.\d*)?|\.\d+))"
#: a plain number (an exponent allowed), the whole text
_PLAIN = re.compile(r"^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$")
_PERCENT = re.compile(rf"^\s*{NUM}\s*(?:%|percent|per\s+cent|pct)\s*$", re.I)
_OUT_OF = re.compile(rf"^\s*{NUM}\s*(?:/|out\s+of|of)\s*(\d+(?:\.\d+)?)\s*$", re.I)
#: a decimal comma ("0,82", "3,5/10", "-0,3"): one comma between digits, with no other separator around it
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d+),(\d+)(?![\d.,])")
#: minus signs a model writes instead of "-" (U+2212 MINUS SIGN, U+2013 EN DASH before a digit)
_MINUS = re.compile(r"(?:\u2212|\u2013)(?=\s*[\d.])")
#: what a text that may be a number starts with (the rest are never read: a fast way out for free text)
_START = frozenset("0123456789-+.\u2212\u2013 \t\n\r\u00a0")
#: longer texts are sentences, not values ("3 weeks ago" and "86 percent" are far shorter)
MAX_CHARS = 40

#: a scale's unit as the spec's `units:` gives it: (its words, the words that may follow them)
Units = tuple[tuple[str, ...], tuple[str, ...]]
Range = tuple[float | None, float | None]


class Written(NamedTuple):
    """A number as it was written: its value on the scale it was written on."""

    value: float
    #: the top of the scale it was written on: N of "x/N" or "x out of N", 100 of a percent (None: plain)
    of: float | None = None
    #: the named scale whose unit it carries ("weeks" of "40 weeks ago"), else None
    unit: str | None = None
    #: percent | fraction | unit | plain
    form: str = "plain"
    #: True when a decimal comma or a typographic minus was read (`plain_number_text` changed the text)
    respelled: bool = False

    def share(self) -> float:
        """The value as a share of its scale (a plain number or one with a unit as it is)."""
        return self.value / self.of if self.of else self.value


def _decimal_point(m: re.Match[str]) -> str:
    whole, frac = m.group(1), m.group(2)
    if len(frac) == 3 and whole.lstrip("0"):  # "1,500" may be a thousand and five hundred: left as written
        return m.group(0)
    return f"{whole}.{frac}"


def plain_number_text(v: str) -> str:
    """A number as a model may write it in a European locale or with typographic signs, in plain form:
    "0,82" -> "0.82", "3,5/10" -> "3.5/10", "−0.3" -> "-0.3". Lossless only: "1,500" (a thousands separator
    or a decimal comma) is left as written, and so is anything that is not one of these."""
    if "," in v:
        v = _DECIMAL_COMMA.sub(_decimal_point, v)
    if "\u2212" in v or "\u2013" in v:
        v = _MINUS.sub("-", v)
    return v


@functools.lru_cache(maxsize=16)
def unit_text(units: Units) -> re.Pattern[str]:
    """A number with its unit ("40 weeks", "3 wks ago", "34 years old"): the spec's words for the unit, then
    optionally one of the words that may follow it."""
    words, after = ("|".join(re.escape(w) for w in sorted(x, key=len, reverse=True)) for x in units)
    tail = rf"(?:\s+(?:{after}))?" if after else ""
    return re.compile(rf"^\s*{NUM}\s*(?:{words})\.?{tail}\s*$", re.I)


def read_text(v: str, units: Iterable[tuple[str, Units]] = ()) -> Written | None:
    """What number a text writes, on the scale it is written on; None when it writes none. `units` are the
    (scale, unit words) a number may carry (a field's own, or every scale's for a field not yet known)."""
    if not v or v[0] not in _START or len(v) > MAX_CHARS:
        return None
    text = plain_number_text(v)
    respelled = text != v
    if _PLAIN.match(text):
        x = float(text)
        return Written(x, respelled=respelled) if math.isfinite(x) else None  # "1e999" is no number to keep
    m = _OUT_OF.match(text)
    if m is not None:
        return Written(float(m.group(1)), float(m.group(2)), None, "fraction", respelled)
    m = _PERCENT.match(text)
    if m is not None:
        return Written(float(m.group(1)), 100.0, None, "percent", respelled)
    for scale, words in units:
        m = unit_text(words).match(text)
        if m is not None:
            return Written(float(m.group(1)), None, scale, "unit", respelled)
    return None


def place(w: Written, rng: Range | None, integer: bool = False) -> float | int | None:
    """A reading on a field's range (see the module docstring); None when it has no lossless place there."""
    x = w.value
    if w.of is not None:
        if rng is None or w.of <= 0:
            return None
        lo, hi = rng
        if hi == w.of and lo in (0, 1):
            pass  # the field's own scale: x as written
        elif lo == 0 and hi == 1:
            x = x / w.of
        else:
            return None
    if integer:
        return int(x) if float(x).is_integer() else None
    return x


def read_on_scale(
    v: str, rng: Range | None, integer: bool = False, units: Iterable[tuple[str, Units]] = ()
) -> tuple[float | int, Written] | None:
    """(the value of text `v` on a field's range, what was read) or None: `read_text`, then `place`."""
    w = read_text(v, units)
    if w is None:
        return None
    x = place(w, rng, integer)
    return None if x is None else (x, w)
