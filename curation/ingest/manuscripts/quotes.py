"""Books that mark speech with single quotes (‘Come in,’ she said / 'Come in,' she said), as most British
publishers do: the taggers read them as if the speech were in double quotes.

Every tagger (POV, narrator, characters, scene type, setting) and the chunker's dialogue rules find speech
by its double quotes (`text.quoted_spans`); in a single-quoted book they would read every line of speech as
narration (its "I" and "you", its names and verbs) and find no dialogue at all. `standard_quotes` decides
the book's convention from all its paragraphs and, for a single-quoted book, swaps each speech mark for its
double counterpart in place, one character for one character, so offsets and word counts do not move.
The pipeline gives the rows (and the LLM) the author's own text back (`restore`): only the analysis sees
the swapped marks. An apostrophe ("don’t", "the boys’ room" ends a quote early, an accepted slip) is
never an opening mark: that needs a space, a bracket or a dash before it and a character after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

#: A speech span in single quotes: the opening mark after a space, bracket or dash (or at the start), then
#: anything but a closing mark (an apostrophe inside a word is not one), to a closing mark that no letter
#: follows, or to the end of the paragraph (the speaker goes on in the next one).
_CURLY = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(?=\S)(?:[^’\n]|’(?=\w))*(?:’(?!\w)|$)")
_STRAIGHT = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[^\s'])(?:[^'\n]|'(?=\w))*(?:'(?!\w)|$)")
_DOUBLE = re.compile(r"[“”\"«»„]")

#: A book is single-quoted when at least this many paragraphs hold single-quoted speech and they outnumber
#: the paragraphs holding any double quote this many times (a double-quoted book's nested ‘...’ sit
#: inside paragraphs that have double quotes too).
MIN_PARAGRAPHS = 5
RATIO = 3


class HasText(Protocol):
    text: str


def single_quoted(paragraphs: list[str]) -> bool:
    """Whether the book marks its speech with single quotes (see MIN_PARAGRAPHS, RATIO)."""
    single = sum(1 for t in paragraphs if _CURLY.search(t) or _STRAIGHT.search(t))
    double = sum(1 for t in paragraphs if _DOUBLE.search(t))
    return single >= MIN_PARAGRAPHS and single >= RATIO * double


def as_double(text: str) -> str:
    """`text` with its single-quoted speech marks swapped for double ones, character for character."""
    chars = list(text)
    for rx, (open_, close) in ((_CURLY, ("“", "”")), (_STRAIGHT, ('"', '"'))):
        for m in rx.finditer(text):
            a, b = m.span()
            chars[a] = open_
            if b - 1 > a and text[b - 1] in "’'":
                chars[b - 1] = close
    return "".join(chars)


def standard_quotes(paragraphs: Sequence[HasText]) -> dict[int, str]:
    """Swap a single-quoted book's speech marks in place (`as_double`); returns each changed paragraph's
    original text by `id()` (empty for a book that uses double quotes: nothing is touched)."""
    if not single_quoted([p.text for p in paragraphs]):
        return {}
    return swap_in_place(paragraphs, as_double)


def swap_in_place(paragraphs: Iterable[HasText], swap: Callable[[str], str]) -> dict[int, str]:
    """Give each paragraph its swapped text (`swap` keeps every character's place); returns each changed paragraph's
    original text by `id()`, what `restore` gives the rows back."""
    originals: dict[int, str] = {}
    for p in paragraphs:
        swapped = swap(p.text)
        if swapped != p.text:
            originals[id(p)] = p.text
            p.text = swapped
    return originals


def restore(paragraphs: list, originals: dict[int, str], by_index: Mapping[int, HasText]) -> str:
    """The author's text of a run of paragraphs (a chunk) whose marks were swapped in place (`standard_quotes`,
    `dashes.standard_dashes`). A piece of an over-long paragraph (it shares the paragraph's `index`; `by_index`
    holds the book's paragraphs) is cut from the original at the same place; where its spacing differs, it is
    the original's words at the same places (a swap never moves a space)."""
    if not originals:
        return "\n\n".join(p.text for p in paragraphs)
    out = []
    for p in paragraphs:
        if id(p) in originals:
            out.append(originals[id(p)])
            continue
        whole = by_index.get(p.index)
        if whole is not None and whole is not p and id(whole) in originals:
            out.append(_same_place(p.text, whole.text, originals[id(whole)]))
        else:
            out.append(p.text)
    return "\n\n".join(out)


def _same_place(piece: str, swapped: str, original: str) -> str:
    """The part of `original` that stands where `piece` stands in `swapped` (its swapped twin)."""
    at = swapped.find(piece)
    if at >= 0:
        return original[at : at + len(piece)]
    words, own = swapped.split(), piece.split()
    for k in range(len(words) - len(own) + 1):
        if words[k : k + len(own)] == own:
            return " ".join(original.split()[k : k + len(own)])
    return piece
