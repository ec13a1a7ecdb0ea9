"""A scene that opens as a document set into the story: a letter, a diary or log entry.

Such a scene's type is the one readers disagree on most. In the 40 type-labelled books in tests/data/eval,
`document_opening` finds 14 such scenes in 12 books by different writers, labelled exposition 9 times (the letter
or log sets out what happened, in order), introspective 4 times (written to think or confess) and action once (an
incident log of a pursuit); second readers changed three of the nine from introspective to exposition. The
tagger's counts cannot tell a report from a confession (a letter's "I think" reads as interiority): left one book
out, 7 of the 14 are mistyped, and no count tried as a layer column told them apart (`Tagger.scene_type`). So such
a scene's type goes to the review file with the two readings named (`pipeline`), unless the whole book is told in
documents (an epistolary novel, where they are its ordinary narration).
"""

from __future__ import annotations

import re

from .text import MONTH_NAMES, UPPER, WEEKDAY_NAMES

#: Calendar and clock words of a dateline or a log header: month and day names, a year, an ordinal day, a day
#: count ("Ship day 212", "Station day 31"), a clock time ("14:10", "0610 ship time", "2350 local").
_WHEN = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b1\d{3}\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b[Dd]ay \d+\b|\b\d{1,2}:\d\d\b|\b\d{4} (?:local|ship|station|hours)\b"
)
#: What a record calls itself in its header ("SIGNALS LOG, RSV ...", "Survey log, ...", "Field journal, volume
#: three", "Incident log 5519.").
_RECORD = re.compile(r"\b(?:log|journal|diary|entry)\b", re.I)
#: A record's number in its header, in figures or words ("Incident log 5519", "Entry two hundred and twelve",
#: "Field journal, volume three").
_NUMBERED = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
    r"|thousand)\b",
    re.I,
)
#: An italic run opening a paragraph, of a few words.
_LEADING_ITALIC = re.compile(r"^[*_]([^*_\n]{1,60})[*_]")
#: A salutation on a line of its own: "Dear Lou,", "My dear Harry,", "To whoever raises her,", "Sister,—".
_SALUTATION = re.compile(
    r"^(?:(?:My )?[Dd]ear(?:est)? [^.!?\n]{1,40}[,:]|To [^.!?\n]{1,40},|"
    rf"[{UPPER}][\w’']+(?: [{UPPER}][\w’']+)?,—?)$"
)
#: A letter's opening formula ending on the greeting: "Sulpicia Galla to her Prisca, greeting.", "... to all his
#: reeves, bailiffs and sworn men, greeting.", "... from the Director and Board ..., greetings."
_GREETING = re.compile(r"\bto\b.*,\s+greetings?\.?$", re.I)
#: The most a scene type's confidence is in a scene that opens as a document, under the review line (0.5): on the
#: 40 type-labelled books, 7 of the 14 such scenes not typed dialogue are mistyped (left one book out).
#: With it (`benchmarks/eval_manuscripts.py --type-review --holdout`, 2026-12-05), the review file lists 79 of the 336
#: type-labelled chunks of the 31 held-out books for their type (69 before), holding 33 of the 42 mistyped (29);
#: the mistyped among those not listed fall from 13 of 267 to 9 of 257. The tuning texts and the four unlabelled
#: novels (Dracula among them: told in documents) are listed as before.
DOCUMENT_TYPE_CONFIDENCE = 0.45
#: The most words a dateline or a record's header holds ("Incident log 5519. Bristol Harbour Festival, Saturday,
#: evening. Operation LANTERN. Gold: ... Times are 24-hour." is 31).
HEADER_WORDS = 40
#: How early in its header a record names itself.
RECORD_NAME_WORDS = 6
#: Above this share of a book's chunks opening as documents or holding a dated entry, documents are the book's
#: narration, not a document set into it: Dracula (76 of its 113 chunks) and The Mercy Winter (3 of 8: one of its
#: two strands is a survey log); books with a letter or two set in stay at or under a quarter (Cutter Grade's two
#: letters of 8 chunks, Thin Water's two logs of 10).
EPISTOLARY_SHARE = 0.3


def _plain(para: str) -> str:
    return para.strip().strip("*_").strip()


def document_opening(text: str) -> str | None:
    """The kind of document `text` opens as ("a letter", "a record"), else None. A letter: a salutation as its
    first paragraph or as its second after a short heading (a dateline, "Entered in evidence: the first letter
    ..."), or an opening formula ending "greeting". A record: a first paragraph of at most `HEADER_WORDS` words
    that names itself a log, journal, diary or entry in its first words and numbers or dates it ("SIGNALS LOG, RSV
    ... Ship day 212", "Entry two hundred and fourteen. Station time ..."), or one italic line holding a date (a
    diary's "*January 10. Tuesday. Fine, cold.*")."""
    raw = [p.strip() for p in text.split("\n\n") if p.strip()][:2]
    if not raw:
        return None
    paras = [_plain(p) for p in raw]
    head = paras[0]
    short = len(head.split()) <= HEADER_WORDS
    if _SALUTATION.match(head) or (short and _GREETING.search(head)):
        return "a letter"
    if short and len(paras) > 1 and _SALUTATION.match(paras[1]):
        return "a letter"
    if (
        short
        and _RECORD.search(" ".join(head.split()[:RECORD_NAME_WORDS]))
        and (_NUMBERED.search(head) or _WHEN.search(head))
    ):
        return "a record"
    italic_line = raw[0][:1] in "*_" and raw[0].rstrip(".")[-1:] in "*_" and "\n" not in raw[0]
    if short and italic_line and _WHEN.search(head):
        return "a record"
    return None


#: A record's header names it in its first words, after a word or two of what kind ("Log of ...", "SIGNALS LOG",
#: "Survey log", "Field journal", "INTERROGATION RECORD."), as `_RECORD` does and "record".
_RECORD_HEADER = re.compile(r"^(?:[\w’'\-]+\s+)?(?:log|journal|diary|entry|record)\b", re.I)
#: Words that open a sentence about a thing, not a header naming one: "The log fire ...", "My diary from 1944 ...".
_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "his", "her", "their", "its", "this", "that", "your"})


def opens_as_record(text: str) -> bool:
    """Whether `text` opens as a record set into the story, its header however long: a header that names itself a
    log, journal, diary, entry or record in its first two words (`_RECORD_HEADER`, no determiner before) and dates
    or numbers it within its first `HEADER_WORDS` words ("Log of the Maria, night of 3 to 4 March 1951. Skipper ...
    Entered in this book ..."; "CUSTOMS RECORD. PORT OFFICE. / Date: 2 May 1921. File No. ..."), or a dated entry
    (`opens_on_a_date`). Stricter on the name than `document_opening`, which types the scene ("The log fire burned
    down by nine" is no record), and not on the header's length: whose "I" a record is asks only that it is one
    (`pipeline._own_record`)."""
    if document_opening(text) == "a letter":
        return False  # a dateline over "Dear Rodolfo," heads a letter, its writer's whoever dates it
    if opens_on_a_date(text):
        return True
    first = _plain(next((p for p in text.split("\n\n") if p.strip()), ""))
    words = first.split()
    head = " ".join(words[:HEADER_WORDS])
    return (
        bool(words)
        and words[0].casefold() not in _DETERMINERS
        and _RECORD_HEADER.match(first) is not None
        and (_NUMBERED.search(head) is not None or _WHEN.search(head) is not None)
    )


def _dated_entry(para: str) -> bool:
    """A paragraph that opens on a diary's or a journal's date in italics: "*5 June.*--The case ...", "*29
    September, in train to London.*--When ..."."""
    m = _LEADING_ITALIC.match(para)
    return m is not None and _WHEN.search(m.group(1)) is not None


#: How many words a diary's opening date may run to ("12th March.", "*January 10. Tuesday. Fine, cold.*").
DATE_LINE_WORDS = 6
_FIRST_SENTENCE = re.compile(r"^[^.!?\n]*[.!?]?")


def opens_on_a_date(text: str) -> bool:
    """Whether a scene opens as a dated entry: its first sentence, plain or in italics, is a short date ("12th March.
    Lamp trimmed, wick cut.", the keeper's diary in the-ferry-house probe; "*January 10. Tuesday. Fine, cold.*", the
    grandfather's diary in The Same Tea; "The 12th of September 1914"): a record of its own, whoever's "I" the scenes
    around it tell."""
    first = _FIRST_SENTENCE.match(_plain(text.lstrip().split("\n", 1)[0]))
    words = (first.group(0) if first else "").split()
    # a date, not a sentence about one: no lower-case word but "of", "the" ("On Monday I went to town." is narration)
    plain = all(not w[:1].islower() or w.strip(",.") in ("of", "the") for w in words)
    return 0 < len(words) <= DATE_LINE_WORDS and plain and _WHEN.search(" ".join(words)) is not None


#: The words of a dateline that say how its writer dates an entry (`record_shape`): a month's name, whole or cut short
#: ("Sept."), a day's name, or a number (a day, an ordinal day, an entry's number); a year (1000 to 2099) is left
#: out, written on one entry and not the next.
_MONTH_SHORT = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTH_WORD = re.compile(rf"{MONTH_NAMES}|{_MONTH_SHORT}")
#: A month cut short with a dot, whose dot ends no sentence ("Sept. 3rd.").
_MONTH_SHORT_DOT = re.compile(rf"\b({_MONTH_SHORT})\.")
_WEEKDAY_WORD = re.compile(WEEKDAY_NAMES)
_NUMBER_WORD = re.compile(r"\d+(?:st|nd|rd|th)?")
_YEAR_WORD = re.compile(r"(?:1\d|20)\d{2}")


def record_shape(text: str) -> tuple[str, ...]:
    """How a record's first sentence is set out, word by word up to `DATE_LINE_WORDS` (a month, a weekday, a number,
    else the word itself): entries of one journal are dated one way by their one writer ("April 30th.", "May 8th."
    in the-eclipse-at-sobral; "Sunday, 9 February 1964.", "Thursday, 20 February." in the-steamer-from-wadi-halfa),
    and an entry dated another way among them ("14 June 1911.") is another hand's."""
    first = _FIRST_SENTENCE.match(_MONTH_SHORT_DOT.sub(r"\1", _plain(text.lstrip().split("\n", 1)[0])))
    shape: list[str] = []
    for word in (first.group(0) if first else "").split()[:DATE_LINE_WORDS]:
        word = word.strip(",.;:!?*_")
        if not word or _YEAR_WORD.fullmatch(word):
            continue
        if _MONTH_WORD.fullmatch(word):
            shape.append("month")
        elif _WEEKDAY_WORD.fullmatch(word):
            shape.append("weekday")
        elif _NUMBER_WORD.fullmatch(word):
            shape.append("number")
        else:
            shape.append(word.casefold())
    return tuple(shape)


def book_documents(texts: list[str]) -> list[str | None]:
    """`document_opening` of every chunk of one book, all None when the book is told in documents: more than
    `EPISTOLARY_SHARE` of its chunks open as one or hold a dated entry (Dracula's "*5 June.*--")."""
    found = [document_opening(t) for t in texts]
    told = sum(
        f is not None or any(_dated_entry(p.strip()) for p in t.split("\n\n"))
        for f, t in zip(found, texts, strict=True)
    )
    if texts and told > EPISTOLARY_SHARE * len(texts):
        return [None] * len(texts)
    return found
