"""Book structure: parts, chapters, scenes and narrator changes; non-narrative text removed and reported.

Input is the reader's block stream; output is a `Book` whose chapters hold scenes of narrative
paragraphs, plus the list of everything removed (title pages, contents, author's notes, licences,
editorial notes, headings) with word counts, so the build can show what was dropped and why.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...errors import UserError
from .headings import (
    NONNARRATIVE_RE,
    NUMBER,
    NUMBER_RE,
    NUMBER_WORDS,
    PART_RE,
    Heading,
    classify_heading,
    plain,
)
from .names import title_case
from .readers import Block, RawDocument
from .text import LOWER, MONTH_NAMES, NAME_WORD_OR_INITIAL, UPPER, WEEKDAY_NAMES, word_count

#: A chapter named in capitals alone on its line ("MONDAY NIGHT", "THE FERRY", "ST. AGNES' EVE"): one to eight
#: words of capital letters, no digit, no closing mark of a sentence or a clause (see
#: `HeadingPlan._unmarked_capital_headings`).
_CAPITAL_HEADING = re.compile(rf"[{UPPER}][{UPPER}’'\-&.]*(?:[ \t]+[{UPPER}][{UPPER}’'\-&.]*){{0,7}}(?<![.])")
_MONTH = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
#: A dateline heading in capitals: a place, then the day ("DECATUR, ILLINOIS -- JUNE 14", as The Flying Delgados
#: heads each chapter; the form of "Base Camp, 5,000 m — 2 July" over The South Col Letters' chapters).
_CAPITAL_DATELINE = re.compile(
    rf"[{UPPER}][{UPPER}’'\-&.]*(?:,?[ \t]+[{UPPER}][{UPPER}’'\-&.]*){{0,5}}[ \t]*(?:,|--?|[—–])[ \t]*"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?"
)
#: A stamp line: a log stamp, a day count, a dateline ("SHIP-TIME 212.041 / 05:50", "DAY 3", "Stardate 4523.3",
#: "0600 HOURS", "Lisbon, 3 May 1921", "LOG ENTRY 14"): words and numbers only, no quote, no bracket, no sign of a
#: chat or a terminal line, a digit somewhere; a full stop only right after a number. Such a line heads a chapter
#: only where its shape repeats through the book (`HeadingPlan._stamp_headings`).
_STAMP_LINE = re.compile(r"(?=[^\W_])(?=[^\d]*\d)[\w’'′″\-./:,#°()—– ]{2,60}(?<![\s,;:(—–-])(?<![^\d]\.)")
_STAMP_NUMBER = re.compile(r"\d+(?:[.:,/-]\d+)*")
_STAMP_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.I,
)
#: A stamp group's gap: a chapter holds prose, a numbered list ("Step 1" / "Step 2" each over a line) does not.
_STAMP_MIN_GAP_WORDS = 150
#: Back-matter sections: once one starts after the story, nothing after it is narrative (an excerpt of
#: another book may carry its own "Chapter One").
BACK_KINDS = {"acknowledgments", "about_the_author", "also_by", "excerpt", "back_matter"}
PG_START = re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG", re.I)
PG_END = re.compile(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG|^End of (?:the )?Project Gutenberg", re.I)

#: Bracketed editorial notes inside chapters: [TK: ...], [Illustration: ...], [Footnote 3: ...], [1].
EDITORIAL_RE = re.compile(
    r"\s*\[\s*\*?(?:TK|TODO|TBD|FIXME|XXX|CHECK|NOTE|NB|Ed(?:itor)?(?:[’']s)?\.?\s*note|Author[’']?s?\s*note|"
    r"Editor(?:ial)?(?=\s*[:—–-])|Ed(?=\.\s*[:—–-])|Copy\s*edit(?:or)?|CE(?=\s*:)|AU(?=\s*:)|Query|"
    r"Note\s+to\s+self|Fact[\s-]*check|Continuity|Revise|Rewrite|Expand|Cut\??(?=\s*:)|"
    r"Illustration|Footnote|Sidenote|Transcriber[’']?s?\s*note|Comment|Research|Placeholder|\d{1,3})\b[^\]]*\]",
    re.I,
)

#: Document headings that change the narrator inside a chapter (journals, letters, telegrams...).
_DOC_WORDS = (
    r"(?:journal|diary|memorandum|memo|notebook|log|letter|telegram|note|report|cutting|record|account|"
    r"testimony|statement|transcript|papers|interview)"
)
#: Documents nobody in the story narrates: newspapers, logs, cuttings, interviews by an unnamed reporter.
_PRESS_WORDS = r"(?:gazette|times|herald|chronicle|courier|post|telegraph|mail|news|newspaper|tribune|journal)"
DOC_HEADING_RE = re.compile(rf"\b{_DOC_WORDS}\b", re.I)
_PRESS_HEADING = re.compile(
    rf"^[“\"‘']?(?:the\s+)?(?:{NAME_WORD_OR_INITIAL}\s+){{0,3}}{_PRESS_WORDS}\b[,.]?[”\"’']?[,.]?\s*(?:\d|[{UPPER}]|$)",
    re.I,
)
_POSSESSIVE_DOC = re.compile(
    rf"^(?!the\s)(?P<name>[{UPPER}][\w.\- ]*?)[’']s\s+(?:\w+\s+){{0,2}}?{_DOC_WORDS}\b"
    rf"(?:.*?\bspoken\s+by\s+(?P<voice>[{UPPER}][\w.\- ]+))?",
    re.I,
)
_SENDER_DOC = re.compile(
    rf"^(?:\w+\s+)?{_DOC_WORDS}(?:\s*\([^)]*\))?[,.]?\s+(?:(?:from|by|left\s+by|written\s+by)\s+)?(?P<name>[{UPPER}][^,]*?)\s*(?:,|\s+to\s+|\s+in\s+|\.?$)",
    re.I,
)
_IMPERSONAL_DOC = re.compile(
    r"^(?:cutting|clipping|log|report of|extract|from\s+the|interview|telegram,\s+\w+\s+\d)\b", re.I
)
_HONORIFIC = re.compile(r"^(?:miss|mrs\.?|mr\.?|ms\.?|hon\.|the\s+hon\.|lord|lady|sir|madam|messrs\.?)\s+", re.I)
_NOT_A_NAME = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|same|later)\b",
    re.I,
)
ENTRY_RE = re.compile(
    r"^\*[^*]{0,60}?\b(?:\d{1,2}|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|later|night|morning|"
    r"evening|noon|midnight)\b[^*]{0,60}\*",
    re.I,
)


@dataclass
class Paragraph:
    index: int  # position among the book's narrative paragraphs
    text: str
    place: str
    words: int
    beat: str | None = None  # "document" (narrator heading), "entry" (diary date), None


class ParagraphRun:
    """Word count and text of a run of paragraphs (scenes, chunks and fragments are all runs)."""

    paragraphs: list[Paragraph]

    @property
    def words(self) -> int:
        return sum(p.words for p in self.paragraphs)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(eq=False)
class Scene(ParagraphRun):
    index: int
    chapter: Chapter
    paragraphs: list[Paragraph]
    narrator: str | None = None  # named by a document heading ("Dr. Seward's Diary")
    document: str | None = None  # the heading text itself
    heading: str | None = None  # a sub-heading naming the scene (e.g. a character name)


@dataclass(eq=False)
class Chapter:
    index: int
    number: int | None
    title: str | None
    part: str | None
    scenes: list[Scene] = field(default_factory=list)
    narrator: str | None = None  # from a chapter title like "JONATHAN HARKER'S JOURNAL"
    document: str | None = None
    unit: str = "Chapter"  # what the book calls it: "Part" in a book divided into parts alone

    @property
    def label(self) -> str:
        if self.number is not None:
            return f"{self.unit} {self.number}"
        return self.title or "Front"


@dataclass
class Removed:
    kind: str  # title_page, contents, author_note, licence, editorial_note, back_matter, heading, ...
    text: str
    words: int
    place: str


@dataclass
class Book:
    source: str
    title: str | None
    chapters: list[Chapter]
    removed: list[Removed]

    @property
    def scenes(self) -> list[Scene]:
        return [s for c in self.chapters for s in c.scenes]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.scenes for p in s.paragraphs]

    def removed_words(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.removed:
            out[r.kind] = out.get(r.kind, 0) + r.words
        return dict(sorted(out.items()))


# ---- classification -------------------------------------------------------------------------------------
def heading_name(text: str) -> str:
    """A heading's first part, before a comma, colon, dash or bracket ("WILLA, June" -> "WILLA"): where a heading
    that labels a chapter by its narrator puts the name."""
    return re.split(r"[,:;—–(\[]|\s-\s", plain(text), maxsplit=1)[0].strip()


#: A chapter number, spelled or not, and its colon or full stop before the chapter's own title: "Four: Odile" (Out at
#: Celestine), "One: Harvest" (Kessler Red), "Three: Adeola Odeku" (The House on Bode Thomas), "6. Ada" (Cold Ledger).
_NUMBER_BEFORE_TITLE = re.compile(rf"^(?:{NUMBER})\s*[.:]\s+(?=\S)", re.I)


def title_after_number(text: str) -> str:
    """A chapter title without the number before it ("Four: Odile" -> "Odile"): the part a narrator's name is in."""
    t = plain(text)
    m = _NUMBER_BEFORE_TITLE.match(t)
    return t[m.end() :] if m else t


#: A number a heading's word is: digits or a number word, in any case, or a well-formed Roman numeral in capitals
#: ("IV", not the names "Lili", "Mimi" nor the words "Vivid", "Civil" that its letters spell).
_NUMBER_WORD = re.compile(
    r"^(?:\d{1,3}|(?:" + "|".join(NUMBER_WORDS) + r")(?:-(?:" + "|".join(NUMBER_WORDS) + r"))?)$", re.I
)
_CAPITAL_ROMAN = re.compile(r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


#: A month's or a weekday's name in full: chapters headed by the calendar ("# June" ... "# September", as The Rain at
#: Sohra heads them with no title line above; "## January" ... in The Ferry to Heimaey; "## Monday" ... in Slack Water)
#: are one series, as numbered ones are.
_CALENDAR_NAME = re.compile(rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})", re.I)


def _heading_shape(text: str) -> str:
    """A heading's name part with its numbers and calendar names blanked ("Stage One: Shrewsbury to Ludlow" -> "stage
    #", as "Stage Two: Ludlow to Knighton"; "June" -> "@", as "July"; "WILLA, June" -> "willa"): headings of one
    series share it."""
    words = heading_name(text).split()
    return " ".join(
        "#"
        if _NUMBER_WORD.match(w) or _CAPITAL_ROMAN.fullmatch(w)
        else "@"
        if _CALENDAR_NAME.fullmatch(w)
        else w.casefold()
        for w in words
    )


def _stamp_shape(text: str) -> str:
    """A stamp line with its numbers, month names and a leading place (before a comma, ahead of a number) blanked:
    "SHIP-TIME 212.041 / 05:50" -> "ship-time # / #", "Lisbon, 3 May 1921" -> "@, # month #"."""
    s = _STAMP_NUMBER.sub("#", _STAMP_MONTH.sub("month", text))
    return re.sub(r"^[^,#]+,(?=.*#)", "@,", s).casefold()


def document_narrator(text: str) -> tuple[str, str | None] | None:
    """A narrator-change heading ("Dr. Seward's Diary.", "Letter, Lucy Westenra to Mina Murray.").

    Returns (heading, narrator or None for impersonal documents such as a newspaper cutting or a
    ship's log), or None if `text` is not one. Only whole-line italic or upper-case lines qualify:
    that is how documents are headed in epistolary novels, and it keeps prose sentences out.
    """
    t = plain(text)
    t = re.sub(r"\s*[-—–]+\s*continued\.?$", "", t, flags=re.I).strip()
    if not t or len(t.split()) > 25:
        return None
    italic = text.strip().startswith("*") and text.strip().rstrip(".").endswith("*")
    caps = t.upper() == t and any(c.isalpha() for c in t)
    if not (italic or caps):
        return None
    if _PRESS_HEADING.match(t) and not _POSSESSIVE_DOC.match(t):
        return t, None
    if not DOC_HEADING_RE.search(t) or t.startswith(("“", '"', "‘")) or t[0].islower():
        return None
    if re.fullmatch(rf"{_DOC_WORDS}\.?", t, re.I):  # a bare "NOTE": whose it is may be in its signature
        return t, None
    if m := _POSSESSIVE_DOC.match(t):
        name = m.group("voice") or m.group("name")
        return t, _clean_name(name)
    if _IMPERSONAL_DOC.match(t):
        return t, None
    if m := _SENDER_DOC.match(t):
        return t, _clean_name(m.group("name"))
    return None


def _clean_name(name: str) -> str | None:
    """A narrator's name from a heading: "MISS MINA MURRAY" -> "Mina Murray", "Mrs. Harker" kept whole."""
    name = re.split(r",|\s+to\s+|\s+in\s+his\b|\s+in\s+her\b", name.strip(" .,"))[0].strip(" .,")
    if _NOT_A_NAME.match(name) or not re.search(rf"[{UPPER}{LOWER}]{{2}}", name):
        return None
    bare = _HONORIFIC.sub("", name).strip()
    if len(bare.split()) >= 2 or (bare and not _HONORIFIC.match(name)):
        name = bare  # keep "Mrs. Harker": the surname alone would be ambiguous
    if name.isupper():
        name = " ".join(title_case(w) for w in name.split())
    return name or None


_ATTRIBUTION = re.compile(rf"^\s*(?:[—–―]|-{{1,2}}(?=\s*[{UPPER}]))\s*\S")
_INLINE_ATTRIBUTION = re.compile(r"^(?P<quote>.*[”\"’*.!?])\s+(?:[—–―]|--)\s*(?P<who>[^—–―]{2,80})$")


def _quotation(text: str) -> bool:
    """A short passage set off as a quotation: wholly italic, or opening with a quote mark."""
    s = text.strip()
    return word_count(s) <= 90 and ((s.startswith("*") and s.rstrip(".,;").endswith("*")) or plain(s)[:1] in "“\"‘'«")


def epigraphs(blocks: list[Block]) -> set[int]:
    """Blocks that form an epigraph: a quotation followed by an attribution line ("— Author, Title"),
    or both in one paragraph. Only used where a chapter, part or the book has not started its prose."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind != "para" or not _quotation(b.text):
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and nxt.kind == "para" and _ATTRIBUTION.match(nxt.text) and word_count(nxt.text) <= 15:
            out.update((i, i + 1))
        elif (m := _INLINE_ATTRIBUTION.match(b.text)) and word_count(m.group("who")) <= 12:
            out.add(i)
    return out


def _is_title_line(text: str) -> bool:
    t = plain(text)
    if not t or len(t.split()) > 12 or t[0] in "“\"‘'(":
        return False
    letters = [c for c in t if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    if t.endswith((".", "!", "?", ",", ";", ":")):
        return False
    words = [w for w in re.findall(rf"[{UPPER}{LOWER}’']+", t)]
    small = {"a", "an", "the", "of", "in", "on", "and", "to", "for", "at", "by", "from", "with", "or"}
    return bool(words) and all(w[0].isupper() or w.lower() in small for w in words)


_TITLE_PAGE_HINT = re.compile(
    r"copyright|all rights reserved|isbn|published by|printed in|first edition|"
    rf"\bdraft\b|\bby\s+[{UPPER}]|not for distribution|www\.|https?://",
    re.I,
)


#: Copyright-page boilerplate, whatever its length: licence wording, fiction disclaimers, cataloguing.
_COPYRIGHT_PAGE = re.compile(
    r"all rights reserved|work of fiction|resemblance to (?:any )?(?:actual|real) (?:persons|people|events)|"
    r"(?:reproduced|transmitted|stored)[^.]{0,80}\b(?:form|means|system)|without (?:the )?(?:prior )?written "
    r"permission|\bISBN\b|library of congress|british library|cataloguing|cataloging|moral rights?|"
    r"has been asserted|first (?:published|edition|printing)|printed (?:and bound )?in|cover (?:design|art|image)|"
    r"typeset (?:in|by)|©|\(c\) ?\d{4}|copyright|trademarks?\b|e-?book edition|"
    r"\b10 9 8 7 6 5 4 3 2 1\b",
    re.I,
)
#: A dedication: "For Ruth, ...", "To my mother", "In memory of ...", "Dedicated to ...".
_DEDICATION = re.compile(
    rf"^(?:(?i:for|to)\s+(?:[{UPPER}]|my\b|our\b|the\s+memory\b|all\s+(?:the|who|those)\b|"
    r"everyone\b|anyone\b)|(?i:in\s+(?:loving\s+)?memory|dedicated\s+to)\b)"
)


def front_matter_kind(text: str) -> str | None:
    """Before the story starts: is this paragraph copyright-page text or a dedication?"""
    t = plain(text)
    if _COPYRIGHT_PAGE.search(t) and word_count(t) <= 120:
        return "licence"
    if _DEDICATION.match(t) and word_count(t) <= 60:
        return "dedication"
    return None


#: How a line that is a sentence or a line of speech ends.
_SENTENCE_END = (".", "!", "?", "”", '"', "’", "'")
#: A title page holds short lines; a paragraph longer than this is prose whatever words it contains (a
#: book read as one paragraph mentions "by" and "draft" somewhere).
TITLE_PAGE_MAX_WORDS = 60


def _is_title_page_line(text: str) -> bool:
    t = plain(text)
    n = len(t.split())
    return (
        bool(t) and (n <= 12 or (n <= TITLE_PAGE_MAX_WORDS and bool(_TITLE_PAGE_HINT.search(t)))) and t[0] not in '“"‘'
    )


# ---- parsing ----------------------------------------------------------------------------------------------
def _strip_editorial(text: str) -> tuple[str, list[str]]:
    found = [m.group(0).strip() for m in EDITORIAL_RE.finditer(text)]
    if not found:
        return text, []
    return re.sub(r"\s{2,}", " ", EDITORIAL_RE.sub("", text)).strip(), found


def parse_structure(doc: RawDocument, min_prose_words: int = 8) -> Book:
    """Walk the block stream once, removing non-narrative text and cutting chapters and scenes.

    Three steps: the Project Gutenberg header and footer go (`_strip_gutenberg`); every block is read
    for what it could be (`HeadingPlan`: headings, title lines under a heading, contents rows,
    epigraphs); then `_Walker`, a small state machine (front matter, body, a skipped section, back
    matter), hands each block to the handler of its kind.
    """
    removed: list[Removed] = []
    blocks = _strip_gutenberg(list(doc.blocks), removed)
    walker = _Walker(blocks, HeadingPlan.read(blocks, min_prose_words), removed)
    for i, b in enumerate(blocks):
        walker.step(i, b)
    return walker.book(doc.path)


def _drop(removed: list[Removed], kind: str, b: Block, text: str | None = None) -> None:
    t = text if text is not None else (b.text or b.raw)
    removed.append(Removed(kind, t, word_count(t), b.place))


def _strip_gutenberg(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """The blocks without a Project Gutenberg header and footer (file markers kept), which are reported."""
    start = next((i for i, b in enumerate(blocks) if b.kind == "para" and PG_START.match(b.text)), None)
    if start is not None:
        for b in blocks[: start + 1]:
            if b.kind != "file":
                _drop(removed, "licence", b)
        blocks = [b for b in blocks[: start + 1] if b.kind == "file"] + blocks[start + 1 :]
    end = next((i for i, b in enumerate(blocks) if b.kind == "para" and PG_END.match(b.text)), None)
    if end is not None:
        for b in blocks[end:]:
            _drop(removed, "licence", b)
        blocks = blocks[:end]
    return blocks


@dataclass
class HeadingPlan:
    """What each block could be, read before the walk: `kinds[i]` its heading reading (None: not a
    heading), `title_line` a title line under a chapter or part heading (-> that heading's index),
    `toc` the contents rows, `chapter_level` the explicit heading level of chapters, `epigraph` the
    blocks of epigraphs."""

    blocks: list[Block]
    kinds: list[Heading | None]
    min_prose_words: int
    title_line: dict[int, int] = field(default_factory=dict)
    toc: set[int] = field(default_factory=set)
    chapter_level: int | None = None
    epigraph: set[int] = field(default_factory=set)
    first_heading_recurs: bool = False

    @classmethod
    def read(cls, blocks: list[Block], min_prose_words: int) -> HeadingPlan:
        kinds: list[Heading | None] = []
        for b in blocks:
            if b.kind == "heading":
                kinds.append(classify_heading(b.text, explicit=True))
            elif b.kind == "para" and b.raw != "toc" and "\n" not in b.text:
                kinds.append(classify_heading(b.text, explicit=False))
            else:
                kinds.append(None)
        plan = cls(blocks, kinds, min_prose_words)
        plan._numbered_list_items()
        plan._bare_numerals_in_sequence()
        plan._unmarked_capital_headings()
        plan._stamp_headings()
        plan._title_lines()
        plan._contents_rows()
        plan._parts_as_chapters()
        plan.epigraph = epigraphs(blocks)
        plan.first_heading_recurs = plan._first_heading_recurs()
        return plan

    def _first_heading_recurs(self) -> bool:
        """Whether the first explicit heading comes back later at its level (its part before a comma or a dash:
        "# WILLA, June" ... "# WILLA, July"), opening prose each time: chapters headed by their narrators' names, as
        Contents of a House and Eighty Covers head theirs, and no book's title (a book does not head one of its
        chapters with its own title)."""
        heads = [
            i
            for i, h in enumerate(self.kinds)
            if h is not None and h.kind == "unknown" and self.blocks[i].kind == "heading" and i not in self.toc
        ]
        if len(heads) < 2:
            return False
        first = self.blocks[heads[0]]
        key = _heading_shape(first.text)
        return any(
            _heading_shape(self.blocks[j].text) == key
            and self.blocks[j].level == first.level
            and self._opens_prose(j, (heads + [len(self.blocks)])[k + 2])
            for k, j in enumerate(heads[1:])
        ) and self._opens_prose(heads[0], heads[1])

    def _numbered_list_items(self) -> None:
        """A short numbered line on a plain line right after a paragraph that opens with the number before it is a
        list's item, not a chapter: a notice's "13. The city will remember." after its long item 12, minutes' agenda
        "6. Miscellaneous." after item 5. Only where that paragraph reads as no heading itself (contents rows are
        headings, each in turn)."""
        blocks, kinds = self.blocks, self.kinds
        for i, h in enumerate(kinds):
            if i == 0 or h is None or h.kind != "chapter" or h.number is None or blocks[i].kind != "para":
                continue
            prev = blocks[i - 1]
            if (
                prev.kind == "para"
                and kinds[i - 1] is None
                and re.match(rf"{h.number - 1}[.)]\s", plain(prev.text))
                and re.match(rf"{h.number}[.)]\s", plain(blocks[i].text))
            ):
                kinds[i] = None

    def _bare_numerals_in_sequence(self) -> None:
        """A numeral alone on a plain line ("XIV", "7.") heads a chapter only where it fits the book's count: the
        chapter heading before it carries the number before its own, or the next one the number after (a first
        chapter; a count that restarts in a new part, as The War of the Worlds' Book Two does). A letter that spells a
        numeral signs letters too: "L." under "Your brother," in a book headed by month names is no chapter 50, nor
        "V." closing a letter in Chapter II; and a numeral right after a line ending on a comma ("Yours ever,", "Your
        loving sister,") is a signature, never a heading. A heading styled or marked as one keeps its reading."""
        blocks, kinds = self.blocks, self.kinds
        numbered = [
            (i, h.number) for i, h in enumerate(kinds) if h is not None and h.kind == "chapter" and h.number is not None
        ]
        before: int | None = None
        for k, (i, n) in enumerate(numbered):
            if blocks[i].kind == "para" and NUMBER_RE.match(plain(blocks[i].text)):
                after = numbered[k + 1][1] if k + 1 < len(numbered) else None
                closing = i > 0 and blocks[i - 1].kind == "para" and plain(blocks[i - 1].text).endswith(",")
                if closing or (before != n - 1 and after != n + 1):
                    kinds[i] = None
                    continue
            before = n

    def _unmarked_capital_headings(self) -> None:
        """Chapters a plain text heads by name alone, in capitals on a line of their own ("MONDAY NIGHT", "THE
        FERRY"), as a Markdown or Word book heads them with "#" or a heading style (which the explicit route already
        reads as chapters: Contents of a House, Eighty Covers). Only in a book with no explicit heading and nothing
        else read as a chapter or a part (a book with "CHAPTER ONE" keeps its capital newspaper headlines and signs as
        text, as Keeping Agatha does), and only lines that read as a heading: short, no digit, no sentence's closing
        mark, no quote, no document's heading, each opening prose; two at least past the first line of the book (its
        title); a digit only in a capital dateline's day and year ("DECATUR, ILLINOIS -- JUNE 14"). "THE END" and a
        "PROLOGUE" keep their own reading."""
        blocks, kinds = self.blocks, self.kinds
        if any(b.kind == "heading" for b in blocks) or any(
            h is not None and h.kind in ("chapter", "part") for h in kinds
        ):
            return
        cands = [
            i
            for i, b in enumerate(blocks)
            if b.kind == "para"
            and kinds[i] is None
            and "\n" not in b.text
            and (_CAPITAL_HEADING.fullmatch(plain(b.text)) or _CAPITAL_DATELINE.fullmatch(plain(b.text)))
            and document_narrator(b.text) is None  # "MINA'S JOURNAL" heads a document, read as one elsewhere
        ]
        first_para = next((i for i, b in enumerate(blocks) if b.kind == "para"), None)
        cands = [i for i in cands if i != first_para and i + 1 < len(blocks) and self.is_prose(i + 1)]
        cands = self._chapter_capitals(cands)
        if len(cands) < 2:
            return
        for i in cands:
            kinds[i] = Heading("chapter", None, plain(blocks[i].text))

    def _chapter_capitals(self, cands: list[int]) -> list[int]:
        """The capital lines that head chapters. One book's chapters are of a size: a line over less than a quarter of
        the prose the longest of them heads heads a document's section inside a scene ("SECTION A. LOCATION" over a
        form's six numbered answers, among month names over 3,000 words each), and so does every line opening with
        the same first word ("SECTION J. ENUMERATOR'S REMARKS", the form's last, over a longer stretch). A form's
        sections come in a series: a first word marks one only when two short lines share it, and a short line of its
        own is a short chapter ("THE LAST CROSSING" after "THE FERRY" and "THE STORM"; a closing "AFTERWARDS")."""
        if not cands:
            return cands
        words = [word_count(b.text) if self.is_prose(i) else 0 for i, b in enumerate(self.blocks)]
        ends = cands[1:] + [len(self.blocks)]
        stretch = {i: sum(words[i + 1 : j]) for i, j in zip(cands, ends, strict=True)}
        longest = max(stretch.values())
        first_word = {i: plain(self.blocks[i].text).split()[0].casefold() for i in cands}
        short_firsts = Counter(first_word[i] for i in cands if 4 * stretch[i] < longest)
        series = {w for w, n in short_firsts.items() if n >= 2}
        return [i for i in cands if first_word[i] not in series]

    def _stamp_headings(self) -> None:
        """Chapters a plain text heads with a stamp alone on its line, its shape repeated with other numbers
        ("SHIP-TIME 212.041 / 05:50" ... "SHIP-TIME 213.001 / 05:40" over The Long Quiet of the Tessaly's seven
        chapters; the same form The Long Patrol ("58°12′ N, 5°40′ W") and The Magpie Job ("14:20, Chiado") give their
        chapters as styled headings). Only where no chapter or part heading is read and no explicit heading but the
        book's title; only stamps (`_STAMP_LINE`, at most eight words) whose shape (numbers blanked, month names and a
        place before a comma too) holds a word and comes back with a different number, each followed at once by a
        paragraph and by a chapter's worth of prose before the next. A sentence, a line of speech or a lone number
        never is one."""
        blocks, kinds = self.blocks, self.kinds
        explicit = [i for i, b in enumerate(blocks) if b.kind == "heading"]
        first = next((i for i, b in enumerate(blocks) if b.kind in ("para", "heading")), None)
        if explicit not in ([], [first]) or any(h is not None and h.kind in ("chapter", "part") for h in kinds):
            return
        groups: dict[str, list[int]] = {}
        for i, b in enumerate(blocks):
            t = plain(b.text) if b.kind == "para" and "\n" not in b.text else ""
            if kinds[i] is None and i != first and len(t.split()) <= 8 and _STAMP_LINE.fullmatch(t):
                doc = document_narrator(t)  # "LOG ENTRY 14" heads its chapter's record; "MINA'S JOURNAL" is no stamp
                if re.search(r"[^\W\d_]{2}", key := _stamp_shape(t)) and (doc is None or doc[1] is None):
                    groups.setdefault(key, []).append(i)
        words = [word_count(b.text) if self.is_prose(i) else 0 for i, b in enumerate(blocks)]
        for members in groups.values():
            if len({plain(blocks[i].text) for i in members}) < 2:
                continue
            ends = members[1:] + [len(blocks)]
            if all(
                sum(words[i + 1 : j]) >= _STAMP_MIN_GAP_WORDS and blocks[i + 1].kind == "para"
                for i, j in zip(members, ends, strict=True)
            ):
                for i in members:
                    doc = document_narrator(plain(blocks[i].text))
                    kinds[i] = Heading("chapter", None, plain(blocks[i].text), document=doc[0] if doc else None)

    def _sub_heading(self, j: int, i: int) -> bool:
        """Whether explicit heading `j` is a heading that names nothing, below the level of explicit heading `i`."""
        bj, bi, h = self.blocks[j], self.blocks[i], self.kinds[j]
        return (
            bj.kind == "heading"
            and bi.kind == "heading"
            and h is not None
            and h.kind == "unknown"
            and bj.level is not None
            and bi.level is not None
            and bj.level > bi.level
        )

    def _parts_as_chapters(self) -> None:
        """A book divided into parts and nothing finer ("Part One: Omar Effendi" ... "Part Four: Abu Samir" and no
        chapter heading: The Night of the Fires, The Tenement on Orchard Street, A Wednesday in June, The Loom at
        Delos, The Back Four, The Cresswell Papers): each part is a chapter, numbered and titled as the book has it,
        so its scenes are never read as front matter and runs, prompts and POV continuity know where one ends; a
        prologue or an epilogue beside them does not change that. Not where a heading reads as a chapter, or chapters
        are headed by name at the level of chapters (an explicit heading there, the first aside, that opens prose)."""
        kinds, blocks = self.kinds, self.blocks
        if any(h is not None and h.kind == "chapter" and i not in self.toc for i, h in enumerate(kinds)):
            return
        heads = [i for i, h in enumerate(kinds) if h is not None and i not in self.toc] + [len(blocks)]
        if (
            self.chapter_level is not None
            and any(
                kinds[i].kind == "unknown"  # type: ignore[union-attr]
                and blocks[i].kind == "heading"
                and (blocks[i].level or 0) <= self.chapter_level
                and self._opens_prose(i, heads[k + 1])
                for k, i in enumerate(heads[1:-1], 1)
            )
        ):
            return
        for i, h in enumerate(kinds):
            if h is not None and h.kind == "part" and i not in self.toc:
                m = PART_RE.match(plain(self.blocks[i].text))
                title = (m.group("title") or "").strip(" .") if m else ""
                unit = m.group(0).split()[0].capitalize() if m else "Part"
                kinds[i] = Heading("chapter", h.number, title or None, unit=unit)

    def _opens_prose(self, i: int, end: int) -> bool:
        return any(self.is_prose(j) for j in range(i + 1, end))

    def is_prose(self, i: int) -> bool:
        b = self.blocks[i]
        return (
            b.kind == "para"
            and self.kinds[i] is None
            and i not in self.title_line
            and word_count(b.text) >= self.min_prose_words
            and not _is_title_line(b.text)
        )

    def _title_lines(self) -> None:
        """Title lines right after a chapter/part heading ("CHAPTER I" / "ON THE ARIZONA HILLS")."""
        blocks, kinds = self.blocks, self.kinds
        for i, h in enumerate(kinds):
            if h and h.kind in ("chapter", "part") and i + 1 < len(blocks) and kinds[i + 1] is None:
                nb = blocks[i + 1]
                if nb.kind == "para" and _is_title_line(nb.text) and not (h.kind == "chapter" and h.title):
                    nxt = i + 2
                    if nxt == len(blocks) or blocks[nxt].kind in ("para", "break", "file") or kinds[nxt] is not None:
                        self.title_line[i + 1] = i

    def _contents_rows(self) -> None:
        """Table-of-contents entries: chapter headings with no prose before the next heading (and the
        last row when prose follows it but it repeats a later chapter, and a part whose next chapter is
        a row); then the level explicit chapter headings use."""
        blocks, kinds, toc = self.blocks, self.kinds, self.toc
        heading_idx = [i for i, h in enumerate(kinds) if h is not None]
        kind_at = {i: h.kind for i, h in enumerate(kinds) if h is not None}
        for pos, i in enumerate(heading_idx):
            if kind_at[i] not in ("chapter", "special"):
                continue
            # a sub-heading under the chapter's own ("### One" / "#### Base Camp, 5,000 m — 2 July") is part of it
            nxt = next((j for j in heading_idx[pos + 1 :] if not self._sub_heading(j, i)), len(blocks))
            if not any(self.is_prose(j) for j in range(i + 1, nxt)) and nxt < len(blocks):
                toc.add(i)
        # the last contents row may be followed by prose (a prefatory note): it repeats a later chapter
        numbers_after: dict[int, set] = {}
        later: set = set()
        for i in reversed(heading_idx):
            numbers_after[i] = set(later)
            if kind_at[i] == "chapter" and i not in toc:
                later.add(kinds[i].number)  # type: ignore[union-attr]
        for pos, i in enumerate(heading_idx):
            if (
                pos
                and heading_idx[pos - 1] in toc
                and kind_at[i] == "chapter"
                and i not in toc
                and kinds[i].number in numbers_after[i]  # type: ignore[union-attr]
                and not any(self.is_prose(j) for j in range(heading_idx[pos - 1] + 1, i))
            ):
                toc.add(i)
        for pos, i in enumerate(heading_idx):  # a part is a contents row when the chapter after it is one
            if kind_at[i] == "part":
                chapter_after = next(
                    (j for j in heading_idx[pos + 1 :] if kind_at[j] in ("chapter", "special", "nonnarrative")), None
                )
                if chapter_after is not None and chapter_after in toc:
                    toc.add(i)
        # unknown explicit headings: the book title before anything else, else chapter-level or sub-headings
        levels = sorted(
            {
                level
                for i in heading_idx
                if blocks[i].kind == "heading"
                and (level := blocks[i].level) is not None  # (a heading block always has its level)
                and kind_at[i] in ("chapter", "special")
                and i not in toc
            }
        )
        self.chapter_level = levels[0] if levels else self._named_chapter_level()

    def _named_chapter_level(self) -> int | None:
        """With no heading that reads as a chapter, the level of explicit headings that each open prose
        ("## Chef", "## Marisol", "## The Review": chapters titled by narrator or by name, as many
        multi-POV novels are): two or more at one level, the book's title (its first heading) aside."""
        blocks, kinds = self.blocks, self.kinds
        heads = [i for i, h in enumerate(kinds) if h is not None and blocks[i].kind == "heading" and i not in self.toc]
        if not heads:
            return None
        counts: dict[int, int] = {}
        for pos, i in enumerate(heads):
            h, level = kinds[i], blocks[i].level
            if (pos == 0 and not self._first_heading_recurs()) or h is None or h.kind != "unknown" or level is None:
                continue
            nxt = heads[pos + 1] if pos + 1 < len(heads) else len(blocks)
            if any(self.is_prose(j) for j in range(i + 1, nxt)):
                counts[level] = counts.get(level, 0) + 1
        levels = sorted(lv for lv, n in counts.items() if n >= 2)
        return levels[0] if levels else None


class _Walker:
    """The walk over the blocks: a state machine whose `mode` is front (before the story), body, skip
    (inside a non-narrative section, `skip_kind`) or back (after the story), with one handler per kind
    of block (`step` picks it)."""

    def __init__(self, blocks: list[Block], plan: HeadingPlan, removed: list[Removed]) -> None:
        self.blocks, self.plan, self.removed = blocks, plan, removed
        self.chapters: list[Chapter] = []
        self.paragraphs_seen = 0
        self.title: str | None = None
        self.part: str | None = None
        self.mode = "front"  # front | body | skip (non-narrative section) | back (after THE END)
        self.skip_kind = "front_matter"
        self.cur_chapter: Chapter | None = None
        self.cur_scene: Scene | None = None
        self.n_body = sum(1 for b in blocks if b.kind == "para")
        self.seen_paras = 0
        self.numbered = 0
        self.front_prose_started = False

    # ---- state changes ------------------------------------------------------------------------------
    def drop(self, kind: str, b: Block, text: str | None = None) -> None:
        _drop(self.removed, kind, b, text)

    def new_chapter(self, number: int | None, ctitle: str | None) -> Chapter:
        ch = Chapter(len(self.chapters), number, ctitle, self.part)
        self.chapters.append(ch)
        self.cur_chapter, self.cur_scene = ch, None
        return ch

    def new_scene(self, **kw) -> Scene:
        assert self.cur_chapter is not None
        sc = Scene(sum(len(c.scenes) for c in self.chapters), self.cur_chapter, [], **kw)
        self.cur_chapter.scenes.append(sc)
        self.cur_scene = sc
        return sc

    def past_half(self) -> bool:
        return self.seen_paras > 0.5 * self.n_body

    # ---- dispatch -------------------------------------------------------------------------------------
    def step(self, i: int, b: Block) -> None:
        if b.kind == "para":
            self.seen_paras += 1
        if b.kind == "file":
            return self.on_file(i, b)
        if self.mode == "back":
            return self.drop("back_matter", b)
        if i in self.plan.toc:
            return self.drop("contents", b)
        if i in self.plan.title_line:
            return self.on_title_line(i, b)
        h = self.plan.kinds[i]
        if h is not None and self.on_heading(i, b, h):
            return
        if self.mode == "skip" and self.skip_kind == "contents" and b.kind == "para" and self.plan.is_prose(i):
            self.mode = "body" if self.chapters else "front"  # prose after the contents list: the contents ended
        if self.mode == "skip":
            return self.drop(self.skip_kind, b)
        if b.kind == "break":
            return self.on_break(b)
        if i in self.plan.epigraph and (
            self.cur_chapter is None or self.mode == "front" or not any(s.paragraphs for s in self.cur_chapter.scenes)
        ):
            return self.drop("epigraph", b)
        # an explicit heading not classified (too long) is read as text, like a paragraph
        self.on_text(b)

    # ---- one handler per kind of block ------------------------------------------------------------------
    def on_file(self, i: int, b: Block) -> None:
        """A chapter file with no heading of its own becomes a chapter named after the file."""
        if self.mode != "back" and not _file_has_heading(self.blocks, self.plan.kinds, i):
            stem = re.sub(r"^[\d_\-. ]+", "", b.text).replace("_", " ").replace("-", " ").strip()
            if stem and NONNARRATIVE_RE.match(stem) or re.search(r"front|back.?matter|title.?page", b.text, re.I):
                self.mode, self.skip_kind = "skip", "front_matter"
            else:
                self.mode = "body"
                self.numbered += 1
                self.new_chapter(self.numbered, None)

    def on_title_line(self, i: int, b: Block) -> None:
        """The title under a chapter heading names the chapter; under a part heading it names the part."""
        head = self.plan.kinds[self.plan.title_line[i]]
        ch = self.cur_chapter
        if ch is not None and self.mode == "body" and ch.title is None and not ch.scenes:
            ch.title = _titlecase(plain(b.text))
            doc_n = document_narrator(b.text)
            if doc_n:
                ch.document, ch.narrator = doc_n[0], doc_n[1]
        elif head and head.kind == "part":
            self.part = f"{self.part}: {plain(b.text)}" if self.part else plain(b.text)
        self.drop("heading", b)

    def on_heading(self, i: int, b: Block, h: Heading) -> bool:
        """A heading of any kind; False when it is read as text after all (an early "THE END")."""
        if h.kind == "end":
            return self.on_end(b)
        if h.kind == "nonnarrative":
            self.on_nonnarrative(b, h)
        elif h.kind == "part":
            self.on_part(b)
        elif h.kind in ("chapter", "special"):
            self.on_chapter(b, h)
        elif h.kind == "unknown":
            self.on_unknown_heading(b, h)
        return True

    def on_end(self, b: Block) -> bool:
        """ "THE END" past the middle of the book: everything after it is back matter."""
        if not self.past_half():
            return False
        self.drop("back_matter", b)
        self.mode = "back"
        return True

    def on_nonnarrative(self, b: Block, h: Heading) -> None:
        """Contents, notes, acknowledgements...: skipped until the next heading; back matter after the story."""
        nk = _nonnarrative_kind(h.title or "")
        self.drop(nk, b)
        self.mode, self.skip_kind = "skip", nk
        if nk in BACK_KINDS and self.chapters and self.past_half():
            self.mode = "back"

    def on_part(self, b: Block) -> None:
        self.part = plain(b.text)
        self.drop("heading", b)
        self.mode = "body"
        self.cur_chapter, self.cur_scene = None, None

    def on_chapter(self, b: Block, h: Heading) -> None:
        self.drop("heading", b)
        self.mode = "body"
        if h.kind == "chapter":
            self.numbered = h.number if h.number is not None else self.numbered + 1
            ch = self.new_chapter(self.numbered, h.title)
            ch.unit, ch.document = h.unit, h.document
        else:
            self.new_chapter(None, _titlecase(plain(b.text)))

    def on_unknown_heading(self, b: Block, h: Heading) -> None:
        """An explicit heading that names no chapter: the book's title (first), a chapter (at the chapter
        headings' level), part of a skipped section, else a sub-heading that starts a scene (often named
        after its POV character)."""
        if not self.chapters and self.mode == "front" and self.title is None and not self.plan.first_heading_recurs:
            self.title = h.title
            self.drop("title_page", b)
        elif self.plan.chapter_level is not None and b.level is not None and b.level <= self.plan.chapter_level:
            self.drop("heading", b)
            self.mode = "body"
            self.numbered += 1
            self.new_chapter(self.numbered, h.title)
            self.new_scene(heading=h.title)  # a heading that is a name ("## Chef") also heads the first scene
        elif self.mode == "skip" or (self.mode == "front" and not self.front_prose_started):
            self.drop(self.skip_kind if self.mode == "skip" else "front_matter", b)
        else:
            self.drop("heading", b)
            if self.cur_chapter is None:
                self.new_chapter(None, None)
            self.new_scene(heading=h.title)

    def on_break(self, b: Block) -> None:
        """A scene break ends the current scene (the next paragraph opens another)."""
        if self.cur_chapter is not None and self.cur_scene is not None and self.cur_scene.paragraphs:
            self.cur_scene = None
        if b.raw and b.raw not in ("(blank lines)", "(empty paragraphs)"):
            self.removed.append(Removed("scene_break", b.raw, 0, b.place))

    def on_text(self, b: Block) -> None:
        """A paragraph: editorial notes removed, front matter told from the story's first prose, then a
        narrative paragraph of the current scene (a document heading opens a scene of its own)."""
        text, notes = _strip_editorial(b.text)
        for n in notes:
            self.removed.append(Removed("editorial_note", n, word_count(n), b.place))
        if not text or not re.search(r"\w", text):
            return
        if self.mode == "front" and self.front_matter(b, text):
            return
        if self.cur_chapter is None:
            self.new_chapter(None, None)
        ch = self.cur_chapter
        assert ch is not None
        doc_n = document_narrator(text)
        beat = None
        if doc_n:
            beat = "document"
            if self.cur_scene is None or self.cur_scene.paragraphs:
                self.new_scene(narrator=doc_n[1], document=doc_n[0])
            else:
                self.cur_scene.narrator, self.cur_scene.document = doc_n[1], doc_n[0]
        elif ENTRY_RE.match(text):
            beat = "entry"
        if self.cur_scene is None:
            self.new_scene(
                narrator=ch.narrator if not ch.scenes else None, document=ch.document if not ch.scenes else None
            )
        assert self.cur_scene is not None
        self.cur_scene.paragraphs.append(Paragraph(self.paragraphs_seen, text, b.place, word_count(text), beat))
        self.paragraphs_seen += 1

    def front_matter(self, b: Block, text: str) -> bool:
        """Before the story: copyright text, a dedication or title-page lines are dropped (True); the first
        prose starts the story."""
        if self.cur_chapter is None and (fk := front_matter_kind(text)):
            self.drop(fk, b, text)
            return True
        if _is_title_page_line(text) and not self.front_prose_started:
            self.drop("title_page", b, text)
            return True
        # a short line that ends a sentence, or a line of speech (straight quotes too: 'She looked. "Why?"'), is prose
        if _is_title_page_line(text) and word_count(text) <= 6 and not text.rstrip("*_").endswith(_SENTENCE_END):
            self.drop("title_page", b, text)
            return True
        self.front_prose_started = True
        if self.cur_chapter is None:
            self.new_chapter(None, None)
        return False

    def book(self, path: object) -> Book:
        """The chapters with their empty scenes and chapters dropped and everything renumbered."""
        chapters = self.chapters
        for ch in chapters:
            ch.scenes = [s for s in ch.scenes if s.paragraphs]
        chapters = [c for c in chapters if c.scenes]
        for k, ch in enumerate(chapters):
            ch.index = k
        k = 0
        for ch in chapters:
            for s in ch.scenes:
                s.index = k
                k += 1
        if not chapters:
            raise NoNarrative(path, self.removed)
        return Book(str(path), self.title, chapters, self.removed)


class NoNarrative(UserError):
    """Nothing in the manuscript read as story prose: an error naming what it was read as, never an empty
    success."""

    def __init__(self, path: object, removed: list[Removed]) -> None:
        by_kind: dict[str, int] = {}
        for r in removed:
            by_kind[r.kind] = by_kind.get(r.kind, 0) + r.words
        words = sum(by_kind.values())
        kinds = ", ".join(f"{k} {v:,}" for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1]) if v)
        super().__init__(
            f"{path}: no narrative prose found: all {words:,} words were read as non-narrative"
            f"{f' ({kinds})' if kinds else ''}; is this the manuscript (paragraphs of story text)?"
        )


def _titlecase(t: str) -> str:
    """'ON THE ARIZONA HILLS' -> 'On the Arizona Hills'; mixed-case titles are kept as written."""
    if not t.isupper():
        return t
    small = {"a", "an", "the", "of", "in", "on", "and", "to", "for", "at", "by", "from", "with", "or"}
    words = t.lower().split()
    return " ".join(w if k and w in small else w[:1].upper() + w[1:] for k, w in enumerate(words))


def _file_has_heading(blocks: list[Block], kinds: list, i: int) -> bool:
    for j in range(i + 1, len(blocks)):
        if blocks[j].kind == "file":
            return False
        if kinds[j] is not None and kinds[j].kind in ("chapter", "special", "part", "nonnarrative", "unknown"):
            return True
        if blocks[j].kind == "para":
            return False
    return False


def _nonnarrative_kind(title: str) -> str:
    t = title.lower()
    if "content" in t:
        return "contents"
    if "note" in t or "preface" in t or "afterword" in t:
        return "author_note"
    if "acknowledg" in t:
        return "acknowledgments"
    if "about the" in t:
        return "about_the_author"
    if any(w in t for w in ("copyright", "imprint", "colophon", "uncopyright", "credits")):
        return "licence"
    if any(
        w in t for w in ("excerpt", "extract", "preview", "peek", "read on", "turn the page", "keep reading", "bonus")
    ):
        return "excerpt"
    if re.search(r"also by|books by|titles by|works by|novels by|same author|more from", t):
        return "also_by"
    return "front_matter" if "dedication" in t or "epigraph" in t else "back_matter"
