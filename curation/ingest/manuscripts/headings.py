"""Heading lines: what a short line of a book means as a heading (a chapter, a part, a prologue, back matter, the
end), or that it is none.

Its own module, below both the readers and `structure`: `structure` splits a book at these headings, and the
readers' `break_lines` must leave a lone Roman numeral or chapter number alone when it looks for a book's own
scene-break mark; both ask `classify_heading`, so the two can never read a line differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import LOWER, UPPER, strip_emphasis

NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
]
NUMBER = (
    r"(?:\d{1,3}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|(?:"
    + "|".join(NUMBER_WORDS)
    + r")(?:[\s-](?:"
    + "|".join(NUMBER_WORDS)
    + r"))?)"
)
_SEP = r"(?:\s*[.:—–\-]+\s*|\s+)"
#: An ordinal written out, as older books number their chapters ("CHAPTER THE FIRST.", "Chapter the Twenty-Second"),
#: the way `PART_RE` already reads "Book the First" (A Tale of Two Cities).
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_TENS_ORDINAL = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
_ORDINAL = rf"the\s+(?:(?:twenty|thirty|forty|fifty)[\s-])?(?:{'|'.join(_ORDINALS + list(_TENS_ORDINAL)[1:])})"
CHAPTER_RE = re.compile(
    rf"^(?:chapter|chap\.|ch\.)\s+(?P<num>{NUMBER}|{_ORDINAL})\b\.?(?:{_SEP}(?P<title>\S.*))?$", re.I
)
NUMBER_RE = re.compile(r"^(?P<num>\d{1,3}|[IVXLCDM]{1,8})\.?$")
#: A chapter heading that is a number spelled out on its own: "SEVEN", "Twenty-One".
SPELLED_NUMBER_RE = re.compile(rf"^(?P<num>(?:{'|'.join(NUMBER_WORDS)})(?:[\s-](?:{'|'.join(NUMBER_WORDS)}))?)$", re.I)
NUMBER_TITLE_RE = re.compile(rf"^(?P<num>\d{{1,3}}|[IVXLCDM]{{1,8}})[.:]\s+(?P<title>[{UPPER}“\"‘'].*)$")
#: A chapter number written out, then a colon or a dash and the chapter's title: "ONE — Agulha" (The Hill of the
#: Samba), "ONE: Pagers" (The Long Carry), "Four: Odile" (Out at Celestine); a numeral with a dash, "3 — The Ferry".
_SPELLED = rf"(?i:(?:{'|'.join(NUMBER_WORDS)})(?:[\s-](?:{'|'.join(NUMBER_WORDS)}))?)"
SPELLED_TITLE_RE = re.compile(
    rf"^(?:(?P<num>{_SPELLED})(?:\s*:|\s*[—–]|\s+--?)|(?P<numeral>\d{{1,3}}|[IVXLCDM]{{1,8}})(?:\s*[—–]|\s+--?))"
    rf"\s+(?P<title>[{UPPER}“\"‘'].*)$"
)
#: A lone initial ("C. M." signing a letter is no chapter C titled "M").
_INITIAL = re.compile(rf"^[{UPPER}]\.?$")
PART_RE = re.compile(rf"^(?:part|book|act|volume)\s+(?P<num>{NUMBER}|the\s+\w+)\b\.?(?:{_SEP}(?P<title>\S.*))?$", re.I)
SPECIAL_RE = re.compile(
    r"^(?P<title>prologue|epilogue|interlude|foreword|coda)\b(?:\s*[.:—–-]+\s*(?P<sub>\S.*))?$", re.I
)
NONNARRATIVE_RE = re.compile(
    r"^(?:(?:table\s+of\s+)?contents|(?:an?\s+)?(?:author[’']?s|editor[’']?s|translator[’']?s)\s+notes?|"
    r"a\s+note\s+(?:from|on|about)\b.*|note\s+on\s+the\s+text|acknowledge?ments?|about\s+the\s+(?:author|authors|type)|"
    r"dedication|copyright.*|imprint|colophon|uncopyright|also\s+by\b.*|(?:other\s+)?books\s+by\b.*|"
    r"praise\s+for\b.*|(?:list\s+of\s+)?illustrations|glossary|afterword|preface|bibliography|"
    r"reading\s+group\s+guide|discussion\s+questions|coming\s+soon.*|credits|epigraph|"
    r"(?:read\s+on|turn\s+the\s+page|keep\s+reading)\b.*|(?:an?\s+)?(?:exclusive\s+)?(?:excerpt|extract)\b.*|"
    r"(?:an?\s+)?(?:sneak\s+)?(?:preview|peek)\b.*|bonus\s+(?:chapter|content|material|scene)s?\b.*|"
    r"(?:more\s+)?(?:books\s+)?(?:from|by)\s+the\s+same\s+author.*|more\s+from\b.*|"
    r"(?:other\s+)?(?:books|titles|works|novels)\s+by\b.*|a\s+conversation\s+with\b.*|"
    r"reader[’']?s?\s+guide|about\s+the\s+publisher|"
    r"transcriber[’']?s\s+notes?)\.?$",
    re.I,
)
END_RE = re.compile(r"^(?:the\s+end|end|finis)\.?$", re.I)


def roman_to_int(s: str) -> int | None:
    vals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    s = s.lower()
    if not s or any(ch not in vals for ch in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=False):
        v = vals[a]
        total += -v if b != " " and vals.get(b, 0) > v else v
    return total


def parse_number(tok: str) -> int | None:
    tok = tok.strip().lower().rstrip(".")
    if tok.isdigit():
        return int(tok)
    parts = re.split(r"[\s-]+", tok)
    if parts[0] == "the" and len(parts) > 1:  # "the first", "the twenty-second"
        tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}.get(parts[1], 0) if len(parts) == 3 else 0
        last = parts[-1]
        unit = _ORDINALS.index(last) + 1 if last in _ORDINALS else _TENS_ORDINAL.get(last)
        return None if unit is None else tens + unit
    if all(p in NUMBER_WORDS for p in parts):
        vals = [
            (NUMBER_WORDS.index(p) + 1) if NUMBER_WORDS.index(p) < 19 else (NUMBER_WORDS.index(p) - 17) * 10
            for p in parts
        ]
        return sum(vals)
    return roman_to_int(tok)


def plain(text: str) -> str:
    """A line without its emphasis marks and the spaces around them: how a heading is read."""
    return strip_emphasis(text).strip().strip("*_ ").strip()


@dataclass
class Heading:
    kind: str  # chapter | part | special | nonnarrative | end | unknown
    number: int | None = None
    title: str | None = None
    unit: str = "Chapter"
    document: str | None = None  # a stamp that is also an impersonal document's heading ("LOG ENTRY 14")


def classify_heading(text: str, explicit: bool) -> Heading | None:
    """What a short line means as a heading, or None if it is not one."""
    t = plain(text)
    if not t or len(t.split()) > (16 if explicit else 12):
        return None
    if m := CHAPTER_RE.match(t):
        return Heading("chapter", parse_number(m.group("num")), (m.group("title") or "").strip(" .") or None)
    if m := PART_RE.match(t):
        return Heading("part", parse_number(m.group("num")), t)
    if NONNARRATIVE_RE.match(t):
        return Heading("nonnarrative", title=t)
    if m := SPECIAL_RE.match(t):
        return Heading("special", title=t)
    if END_RE.match(t):
        return Heading("end", title=t)
    if m := NUMBER_RE.match(t):
        n = parse_number(m.group("num"))
        if n is not None and (m.group("num").isdigit() or m.group("num").isupper()):
            return Heading("chapter", n, None)
    if (
        (m := SPELLED_NUMBER_RE.match(t))
        and (t.isupper() or t.istitle())
        and (explicit or not text.strip().endswith("."))
    ):
        return Heading("chapter", parse_number(m.group("num")), None)
    if m := NUMBER_TITLE_RE.match(t) or _spelled_title(t, explicit):
        title = m.group("title").strip(" .")
        if (
            len(t.split()) <= (14 if title.isupper() else 10)
            and not title.endswith((",", ";"))
            and not re.search(rf"[{LOWER}]\.\s+[{UPPER}]", title)
            and not _INITIAL.match(title)
        ):
            return Heading("chapter", parse_number(m.group("num") or m.group("numeral")), title)
    if explicit:
        return Heading("unknown", title=t)
    return None


def _spelled_title(t: str, explicit: bool) -> re.Match | None:
    """`SPELLED_TITLE_RE` where it reads as a heading: the number in capitals or title case ("ONE", "Twenty-One"),
    and on a plain line no sentence (no closing stop, no "I" after the dash: "One — I never said so.")."""
    m = SPELLED_TITLE_RE.match(t)
    if m is None:
        return None
    num, title = m.group("num") or m.group("numeral"), m.group("title")
    if not (num.isdigit() or num.isupper() or num.istitle()) or parse_number(num) is None:
        return None
    if not explicit and (title.rstrip("*_”’\"' ").endswith((".", "!", "?", ",", ";", ":")) or re.match(r"I\b", title)):
        return None
    return m
