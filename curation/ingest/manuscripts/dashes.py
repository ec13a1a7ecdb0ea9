"""Chapters that mark speech with a dash opening the paragraph, as Spanish, French, Italian, Russian and
Vietnamese print do ("—Constitución —he says—. As fast as you can.", "— For you there's broth, — she said.
— The meat is for people who pay."): the taggers read them as if the speech were in double quotes.

Every tagger and the chunker's dialogue rules find speech by its quotes (`text.quoted_spans`); in a dash
chapter they would read every line of speech as narration and find no dialogue at all. `standard_dashes`
decides each chapter's convention from its paragraphs and, in a dash chapter, swaps the dashes that open
and close speech for double quotes in place, one character for one, so offsets and word counts do not move;
the pipeline gives the rows the author's text back (`quotes.restore`). A dash inside narration ("He waited
— nothing.") is never touched: only a paragraph that opens with a dash holds speech.

Inside such a paragraph speech and narration take turns at each dash. Spaced ("— Good morning, — he
said. — Sit."): every dash standing between spaces turns. Unspaced ("—Good evening —he says, very polite—.
Documents."): the speech gives way at a dash after a space and before a word, and comes back at a dash
after a word and before a space, a stop or the end; a dash that breaks a word off ("I was—") turns nothing.
Speech that runs to the paragraph's end is closed on its last stop ("…Documents”"), so the chunker never
takes it for a speech carried on into the next paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .quotes import HasText, swap_in_place

#: A paragraph of speech: a dash first, then the words spoken (after one space, or none).
_OPENS = re.compile(r"^\s*—(?: (?=[^\s—])|(?=[^\s—]))")
#: Where speech and narration change places (see the module's docstring).
_SPACED_TURN = re.compile(r"(?<=\s)—(?=\s|$)")
_TO_NARRATION = re.compile(r"(?<=\s)—(?=[^\s—])")
_TO_SPEECH = re.compile(r"(?<=\S)—(?=[\s.,;:!?…]|$)")
#: The last character of a speech that runs to the paragraph's end, when it is a stop or a broken-off dash.
_LAST_STOP = re.compile(r"[.,;:!?…—](?=[\s*_]*$)")
_QUOTED = re.compile(r"[“”\"«»„]")

#: A chapter is a dash chapter when at least this many paragraphs open with a dash and they outnumber the
#: paragraphs holding a quote mark this many times (a quoted book's closing signature, "— I.V.", or its few
#: dashes are not a convention).
MIN_PARAGRAPHS = 5
RATIO = 3


class _Chapter(Protocol):
    @property
    def scenes(self) -> list: ...


def opens_speech(text: str) -> bool:
    """The paragraph opens with a dash and then words: a line of speech in a dash chapter."""
    return bool(_OPENS.match(text))


def dash_quoted(paragraphs: list[str]) -> bool:
    """Whether these paragraphs (a chapter) mark their speech with opening dashes (see MIN_PARAGRAPHS, RATIO)."""
    dashed = sum(1 for t in paragraphs if opens_speech(t))
    quoted = sum(1 for t in paragraphs if _QUOTED.search(t))
    return dashed >= MIN_PARAGRAPHS and dashed >= RATIO * quoted


def as_quoted(text: str) -> str:
    """`text` with the dashes that open and close its speech swapped for double quotes, character for
    character; a paragraph that does not open with a dash comes back as it is."""
    m = _OPENS.match(text)
    if not m:
        return text
    spaced = text[m.end() - 1] == " "
    start = m.end() - (2 if spaced else 1)
    if spaced:
        turns = [t.start() for t in _SPACED_TURN.finditer(text, m.end())]
    else:
        to_narration = {t.start() for t in _TO_NARRATION.finditer(text, m.end())}
        to_speech = {t.start() for t in _TO_SPEECH.finditer(text, m.end())}
        turns = []
        for at in sorted(to_narration | to_speech):
            if at in (to_speech if len(turns) % 2 else to_narration):
                turns.append(at)
    if len(turns) % 2 == 0 and turns and not re.search(r"\w", text[turns[-1] :]):
        turns.pop()  # the dash closing a tag at the very end ("... he says—."): no speech comes back
    chars = list(text)
    chars[start] = "“"
    for k, at in enumerate(turns):
        chars[at] = "“" if k % 2 else "”"
    if len(turns) % 2 == 0:  # still speaking at the end: close it on its last stop
        last = _LAST_STOP.search(text, (turns[-1] if turns else start) + 1)
        if last:
            chars[last.start()] = "”"
    return "".join(chars)


def standard_dashes(chapters: Sequence[_Chapter]) -> dict[int, str]:
    """Swap the speech dashes of each dash chapter's paragraphs in place (`as_quoted`, by `quotes.swap_in_place`);
    returns each changed paragraph's original text by `id()` (empty for a book with no dash chapter: nothing is
    touched)."""
    originals: dict[int, str] = {}
    for chapter in chapters:
        paragraphs: list[HasText] = [p for s in chapter.scenes for p in s.paragraphs]
        if dash_quoted([p.text for p in paragraphs]):
            originals.update(swap_in_place(paragraphs, as_quoted))
    return originals
