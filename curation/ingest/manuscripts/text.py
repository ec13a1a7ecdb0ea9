"""Small text helpers shared by the manuscript readers, chunker and taggers.

Kept in one place so every module counts words, spots dialogue and normalises markup the same way:
the chunk bounds, the reconstruction test and the statistics must all agree on what a word is.
"""

from __future__ import annotations

import re
import unicodedata

#: The months' and the weekdays' names in full, as regex alternations (English, capitalised as written; a pattern
#: reading headings in any case compiles with re.I): one spelling for the patterns that read dates and calendar
#: headings.
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

#: Words are whitespace-separated tokens (the convention of the corpus README and the user's spec).
_WS = re.compile(r"\s+")

#: Invisible characters that only get in the way of matching (word joiner, zero-width space, soft hyphen).
_INVISIBLE = re.compile("[\u2060\u200b\u200c\u200d\ufeff\u00ad]")

#: The code points past ASCII whose letters `UPPER` and `LOWER` take: Latin-1 to the Cyrillic Supplement (Latin
#: Extended, Greek, Cyrillic; U+00C0-U+052F) and Latin Extended Additional (U+1E00-U+1EFF, "Ạ", "Ỳ").
_BEYOND_ASCII = (*range(0xC0, 0x530), *range(0x1E00, 0x1F00))
#: The capitals a name may open on, inside a regex character class: ASCII and the Latin, Greek and Cyrillic
#: capitals beyond it ("Élisabeth", "İskender", "Út", "Şahin", "Ōta"), which a bare `[A-Z]` never sees.
UPPER = "A-Z" + "".join(c for n in _BEYOND_ASCII if (c := chr(n)).isupper())
#: The lower-case letters of the same scripts, for the rest of such a name ("Ðorđe", "Şükrü") where a pattern
#: asks for lower case after the capital. A pattern that looks for an English word in lower case (the verb after
#: a name, "the ... of") or spells Roman numerals keeps `[a-z]` / `[IVXLCDM]`: those are ASCII on purpose.
LOWER = "a-z" + "".join(c for n in _BEYOND_ASCII if (c := chr(n)).islower())
#: A capitalised word as a name is written, for the patterns that look for names: a capital (`UPPER`), then letters,
#: digits, apostrophes and hyphens ("O’Brien", "Jean-Luc", "Park Ji-won"); two characters at least, so neither an
#: initial nor a lone "I". One piece, so the readers of names agree on what a name word is.
NAME_WORD = rf"[{UPPER}][\w’'\-]+"
#: `NAME_WORD` or a lone capital: an initial ("J. R. Hartley", with the full stop the pattern allows after it), "A".
NAME_WORD_OR_INITIAL = rf"[{UPPER}][\w’'\-]*"
# The variants still written out match other words, and stay so (one of these pieces in their place would change what
# they find): `[{UPPER}][{LOWER}][\w’'\-]*` a word in title case, neither an initial nor one in capitals ("MAMA", a
# heading), for vocatives and self-namings (`narrator`, `pov`, `second_person`) and `tagging`'s name candidates;
# `[{UPPER}][\w’']*\.?` a title or first word before a name ("Dr.", "Uncle"), without the hyphen; `[{UPPER}][\w\-]*`
# and `[{UPPER}][{LOWER}][\w\-]*` before a possessive "’s" the pattern spells out itself (`places`, `tagging`).

OPEN_QUOTES = '“"«„'
CLOSE_QUOTES = '”"»'

_NATURAL = re.compile(r"(\d+)")


def word_count(text: str) -> int:
    return len(text.split())


def clean_whitespace(text: str) -> str:
    """One line of prose: invisible characters removed, whitespace runs collapsed (NBSP kept as space)."""
    if not text.isascii():  # the invisible characters are all non-ASCII
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())  # str.split's whitespace is re's \s: the same runs, ~10x faster


def normalize_unicode(text: str) -> str:
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def natural_key(name: str) -> tuple:
    """Sort key putting "chapter 2" before "chapter 10"."""
    return tuple(int(p) if p.isdigit() else p.casefold() for p in _NATURAL.split(name))


# ---- italics ---------------------------------------------------------------------------------------
# Every reader writes italics as *x* so the same book read from .md, .txt or .docx gives the same text.
_UNDERSCORE_BOLD = re.compile(r"(?<![\w\\])__(?=\S)(.+?)(?<=\S)__(?!\w)")
_UNDERSCORE_ITALIC = re.compile(r"(?<![\w\\_*])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?![\w_])")


def normalize_emphasis(text: str) -> str:
    if "_" not in text:  # both patterns need an underscore; skipping them is most of a reader's time
        return text
    text = _UNDERSCORE_BOLD.sub(r"**\1**", text)
    return _UNDERSCORE_ITALIC.sub(r"*\1*", text)


_EMPHASIS_MARKS = re.compile(r"(?<!\w)[*_]+|[*_]+(?!\w)")


def strip_emphasis(text: str) -> str:
    """Plain text without *x* / _x_ markers (used for matching headings, names, quotes)."""
    if "*" not in text and "_" not in text:  # most prose: nothing to strip, and the taggers call this a lot
        return text
    return _EMPHASIS_MARKS.sub("", text)


#: A paragraph set wholly in italics: a document the scene quotes (a letter read, a register, a telegram).
_ITALIC_PARAGRAPH = re.compile(r"^\s*([*_])(?!\1|\s).*(?<!\s)\1[.,;:!?”’\"]*\s*$", re.S)


def without_quoted_documents(text: str, min_words: int = 100) -> str:
    """The scene without its wholly italic paragraphs (a letter a character reads, a copied register):
    whose "I" those hold says nothing about who narrates the scene. Kept whole when fewer than
    `min_words` words would remain (a scene that is all italics is itself the document)."""
    paras = text.split("\n\n")
    kept = [p for p in paras if not _ITALIC_PARAGRAPH.match(p)]
    if len(kept) == len(paras) or word_count("\n\n".join(kept)) < min_words:
        return text
    return "\n\n".join(kept)


# ---- sentences ---------------------------------------------------------------------------------------
#: Between two sentences: after . ! ? … (and a closing quote or bracket), before the next word.
SENTENCE_GAP = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][”’\"')\]])\s+")
#: A line whose last character ends a sentence, a speech or a broken-off line ("—", "--").
ENDS_SENTENCE = re.compile(r"(?:[.!?…]|—|--)[”’\"')\]*_]*\s*$")


def split_sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_GAP.split(text) if s.strip()]


# ---- dialogue ----------------------------------------------------------------------------------------
#: A quote never runs past its paragraph: a speech paragraph left open (the speaker goes on in the next
#: one) is quoted to its end, and the next paragraph opens its own quote.
_DOUBLE_QUOTED = re.compile(r"[“\"«„][^“”\"«»„\n]*[”\"»]|[“\"«„][^”\"»\n]*(?=\n|$)")
_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(—–-]))‘[^’]*(?:’(?!\w)|$)", re.S)


def quoted_spans(text: str, single: bool = False) -> list[tuple[int, int]]:
    """Spans of quoted speech (double quotes; single curly quotes too when `single`)."""
    spans = [m.span() for m in _DOUBLE_QUOTED.finditer(text)]
    if single:
        spans += [m.span() for m in _SINGLE_QUOTED.finditer(text)]
    return spans


#: What opens a quoted span that a speaker reads out rather than says: a second quote mark straight after the first
#: ("'To my dear and beloved brother Mendel ...", "'Regret to inform you ...": a letter, a telegram, a notice read
#: aloud, its words someone else's, set in single marks inside the reader's double ones).
_READ_OUT = re.compile(r"[“\"«„][‘'](?=\w)")
#: A single mark closing a quote inside the span (no letter follows it): the span is the whole document only when its
#: inner quote closes at the span's end ("'Your brother, Davie.'"), not a speaker quoting a word ("'Never' is a long
#: word") or a witness retelling an exchange ("'Tyke care,' says I. 'Bersicker is quick.'").
_SINGLE_CLOSE = re.compile(r"[’'](?![\w’'])")
#: The span's end when the inner quote closes there ("... Your brother, Davie.’”"): not an elision opening speech in
#: straight or curly marks ("'Tis a fine night," said Ned; "'Ere, hold on"; "'Cause I said so"), which never closes.
_INNER_CLOSE_AT_END = re.compile(r"[’']\s*[”\"»]$")
_READ_OUT_AGAIN = re.compile(r"\s*" + _READ_OUT.pattern)


def read_out_as_narration(text: str) -> str:
    """The text with the double marks of every quoted span that is read out (`_READ_OUT`) turned to spaces, one
    character for one, so the document's words read as narration: a letter or telegram a scene reads out sets out
    what happened or what its writer thinks, which is what the scene's type weighs, and nobody in the scene is
    talking while it is read (The Tenement on Orchard Street's letter from Zabludow, The Arkwright Claim's ship's log,
    The Flying Delgados' telegram). The inner quote must close at the span's end (`_INNER_CLOSE_AT_END`), or, for a
    paragraph of a document that runs on, the next paragraph must open the same two marks again."""
    if "‘" not in text and "'" not in text:
        return text
    out = list(text)
    for m in _DOUBLE_QUOTED.finditer(text):
        a, b = m.span()
        if not _READ_OUT.match(text, a) or _SINGLE_CLOSE.search(text, a + 2, b - 2):
            continue
        closed = text[b - 1] in CLOSE_QUOTES
        if closed and not _INNER_CLOSE_AT_END.search(text, a, b):
            continue
        if not closed and not _READ_OUT_AGAIN.match(text, b):
            continue
        out[a] = " "
        if closed:
            out[b - 1] = " "
    return "".join(out)


def quoted_word_count(text: str, single: bool = False) -> int:
    return sum(word_count(text[a:b]) for a, b in quoted_spans(text, single))


#: Around a name said to someone inside a quote: what may open it (a quote mark, a comma or dash, a sentence's end) and
#: what must follow it (a comma, a stop that ends no abbreviation, a closing quote) ("“Evening, Major,” he said").
VOCATIVE_OPEN = r"[“\"«„‘]\s*|[,;—–]\s*|[.!?]\s+"
VOCATIVE_CLOSE = r"(?=\s*(?:[,!?;—–]|\.(?!\w)|[”\"»]|’(?!\w)))"


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span blanked by as many spaces, so positions in it stay positions in `text`."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def narration_only(text: str, single: bool = False) -> str:
    """The text with quoted speech blanked out (what the narrator, not a speaker, says)."""
    spans = quoted_spans(text, single)
    if not spans:
        return text
    out, last = [], 0
    for a, b in sorted(spans):
        if a < last:
            continue
        out.append(text[last:a])
        out.append(" … ")
        last = b
    out.append(text[last:])
    return "".join(out)


#: A line of a transcript, a log or a play: a speaker's name in capitals (after an optional time stamp), a colon
#: and the words spoken ("ABEL SAARINEN: Pull her off.", "[0212:40] CALLOWAY TRAFFIC: Identify.", "ME: No."). The
#: name and its colon may be set in bold or italics, as a word processor prints a record's speaker tags ("**AMSEL:**
#: Sit down", The Bell at Saint Ermelinde's .docx read with its runs' emphasis; "*MERTENS*: ..." in Markdown). The
#: name may carry the recorder's note on the speaker in brackets before its colon, as a time stamp stands before it:
#: "CALLER (SEÑORA HERMELINDA, by telephone from Mancos): Don Juan?" (The Glacier Above Yungay's radio transcript,
#: whose other lines are "JUAN HUAMÁN: ..."); one text, kept as the transcript's own convention: the note belongs to
#: the label, as the stamp does, and the words after the colon are the line.
_SPEAKER_LINE = re.compile(
    rf"^([ \t]*(?:\[[^\]\n]{{1,24}}\][ \t]*)?(?:[*_]{{1,2}}(?=[{UPPER}]))?"
    rf"[{UPPER}][{UPPER}0-9 .’'\-]{{1,40}}(?:[ \t]*\([^()\n]{{1,80}}\))?(?:[*_]{{1,2}})?:(?:[*_]{{1,2}})?"
    r"[ \t]+)(\S[^\n]*)$",
    re.M,
)
_QUOTE_MARKS = re.compile(r"[“”\"]")


def speaker_lines_as_speech(text: str, min_lines: int = 2) -> str:
    """The text with each transcript line in quotes, so that it counts as speech: a radio log or
    a recorded meeting set as "NAME: words" is a conversation with no quotation marks (The Mercy Winter's
    council link, The Quorum at Calloway's traffic transcript). Only when the passage has `min_lines` such
    lines: one "NOTE: ..." is not a transcript."""
    if len(_SPEAKER_LINE.findall(text)) < min_lines:
        return text
    return _SPEAKER_LINE.sub(lambda m: f"“{m.group(1).strip()} {_QUOTE_MARKS.sub('', m.group(2))}”", text)


def speaker_label_spans(text: str) -> list[tuple[int, int]]:
    """Where each line's speaker label ("LATCH: ", "**RUUD:** ") stands: a name there says who speaks a line of a
    chat or a transcript, not that the narration talks about them as someone else (the "I" of a first-person scene
    tags her own lines with her handle: "LATCH: who's asking" in Cold Ledger's message board)."""
    return [m.span(1) for m in _SPEAKER_LINE.finditer(text)]


#: A record's question and answer lines, set down with no speakers' names: "Q. Your name." / "A. Naivo." (the
#: interrogation of The Rice Terraces at Moramanga; the cross-examinations of The Whitcombe Verdict and Plain Error).
_QA_LINE = re.compile(r"^[ \t]*(?:[*_]{1,2})?([QA])[.:](?:[*_]{1,2})?[ \t]+(\S[^\n]*)$", re.M)


def question_answer_lines_as_speech(text: str, min_lines: int = 2) -> str:
    """The text with each "Q." and "A." line in quotes, when it holds `min_lines` of each: the answers' "I" is the
    witness's, said aloud to a questioner, not a narrator's."""
    kinds = [m.group(1) for m in _QA_LINE.finditer(text)]
    if min(kinds.count("Q"), kinds.count("A")) < min_lines:
        return text
    return _QA_LINE.sub(lambda m: f"“{_QUOTE_MARKS.sub('', m.group(2))}”", text)


def question_answer_spans(text: str) -> list[tuple[int, int]]:
    """Where the words of each "Q." and "A." line stand: unquoted speech, whatever the count of such lines (the
    characters' reading of who is only talked about treats them as it treats quoted speech)."""
    return [m.span(2) for m in _QA_LINE.finditer(text)]


def transcript_lines_as_speech(text: str, min_lines: int = 2) -> str:
    """`speaker_lines_as_speech` for a transcript nobody in it narrates: its "I" is its speakers' ("IO: Thank
    you for coming in" in Isaura Vell's interview record; The Quorum at Calloway's traffic log), not a narrator's.
    A transcript with a "ME:" line (The Mercy Winter's council link, recorded by the narrator) is left as it is.
    Question and answer lines are speech too (`question_answer_lines_as_speech`)."""
    speakers = [re.sub(r"\[[^\]]*\]", "", m.group(1)).strip(" \t:*_") for m in _SPEAKER_LINE.finditer(text)]
    if any(s in ("ME", "I") for s in speakers):
        return text
    text = question_answer_lines_as_speech(text, min_lines)
    if len(speakers) < min_lines:
        return text
    return speaker_lines_as_speech(text, min_lines)


def transcript_record(text: str, share: float = 0.8) -> bool:
    """A scene that is a transcript nobody in it narrates (see `transcript_lines_as_speech`), with at most a
    header around it: `share` of its words or more in speaker lines. Nobody's mind is narrated in it."""
    if transcript_lines_as_speech(text) == text:
        return False
    lines = [*_SPEAKER_LINE.finditer(text), *_QA_LINE.finditer(text)]
    spoken = sum(word_count(m.group(0)) for m in lines)
    return spoken >= share * word_count(text)


#: An entry of a log: a line that opens on a clock time ("21:02. Festival control: crowd estimate ...", "[0212:40]
#: CALLOWAY TRAFFIC: ...").
_TIMED_ENTRY = re.compile(r"^[ \t*_]*\[?\d{1,2}[:.]?\d{2}(?::\d{2})?\]?[.:]?[ \t]+\S[^\n]*$", re.M)


def log_record(text: str, share: float = 0.8, min_entries: int = 3) -> bool:
    """A scene that is a log of timed entries, with at most a header around it: `share` of its words or more in
    lines that open on a clock time, and `min_entries` of them. An incident log kept by a control room ("21:02.
    Festival control: ...", Slack Water) or a traffic transcript ("[0212:40] CALLOWAY TRAFFIC: ...", The Quorum
    at Calloway, which `transcript_record` also knows) narrates nobody's mind; a few timed lines inside a scene
    (a telegraph clerk's book of received wires, The Cullerby Wire) leave it narrated."""
    entries = _TIMED_ENTRY.findall(text)
    return len(entries) >= min_entries and sum(map(word_count, entries)) >= share * word_count(text)


#: An entry of a record: a paragraph that opens on a label and a colon ("Present: ...", "Minutes taken by: ...",
#: "RESOLVED: ...", "IO: Thank you for coming in", "1. HEARD: ...") or on an item's number ("3. On the personal case
#: of ...").
_RECORD_ENTRY = re.compile(
    rf"^[ \t*_]*(?:\d{{1,2}}[.)][ \t]+|[{UPPER}][\w’'\-]*(?:[ \t]+[\w’'\-.]+){{0,4}}[ \t]*:[ \t]+\S)"
)


def entry_record(text: str, share: float = 0.8, min_entries: int = 3) -> bool:
    """A scene that is a record of labelled or numbered entries, with at most a header around it: `share` of its
    words or more in paragraphs that open on a label ("Present:", "SPOKE:", "RESOLVED:") or an item number, and
    `min_entries` of them. The minutes of a meeting ("1. HEARD: Comrade Zhukova L. I., who informed the Bureau ...",
    The Bread Queue on Furmanov Street) are written as an interview record is ("IO: Thank you for coming in", Isaura
    Vell; Slack Water; Keeping Agatha; The Bell at Saint Ermelinde; Kitty's Steps' broadcast): nobody's mind is
    narrated in either. An interview set inside a narrated scene (Polar Low's, about two thirds of the words) is not
    one."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    entries = [p for p in paragraphs if _RECORD_ENTRY.match(p)]
    return len(entries) >= min_entries and sum(map(word_count, entries)) >= share * word_count(text)


#: A field of a form: a line that opens on a label of a few words and a colon, after an item's number or not ("5. Date
#: of enumeration: 23 January 1964.", "Subject: HIGA Masao.", "Total persons resident: 4."); the label is group 1.
_FORM_FIELD = re.compile(
    rf"^[ \t*_]*(?:\d{{1,2}}[.)][ \t]+)?([{UPPER}][\w’'\-]*(?:[ \t]+[\w’'\-.()/]+){{0,4}})[ \t]*:[ \t]+\S"
)
#: A line of a form's own apparatus, in capitals: its title, a section heading ("SECTION A. LOCATION").
_CAPITALS_LINE = re.compile(rf"^[ \t*_]*[{UPPER}][^a-z\n]*$")


def form_record(text: str, share: float = 0.5, min_fields: int = 5) -> bool:
    """A scene that is a filled-in form, whatever remarks follow it: `share` of its words or more in its field lines,
    its numbered items and its lines in capitals (title, section headings), its field lines under `min_fields`
    different labels or more and under as many different labels as half their number. A government household
    schedule ("1. District: Wadi Halfa.", "SECTION D. DWELLING", then the enumerator's remarks, The Steamer from Wadi
    Halfa) is read as an interrogation record's header is ("Date:", "Subject:", "Captured:", "Interrogating
    officer:", The Cave below Itoman) and a meeting's minutes are (`entry_record`): nobody's mind is narrated in it.
    A transcript's or a chat's lines are labelled by a few speakers over and over, not each by its own field, and are
    not a form."""
    lines = [line for line in text.splitlines() if line.strip()]
    labels = [m.group(1).casefold() for line in lines if (m := _FORM_FIELD.match(line))]
    if len(set(labels)) < min_fields or 2 * len(set(labels)) < len(labels):
        return False
    form = [line for line in lines if _RECORD_ENTRY.match(line) or _CAPITALS_LINE.match(line)]
    return sum(map(word_count, form)) >= share * word_count(text)


#: A press by-line: the reporter named with the paper's post for them ("By Martin Crossley, Sports Reporter"), or the
#: post alone ("From our Cycling Correspondent, Ludlow, Monday evening.").
_PRESS_BYLINE = re.compile(
    rf"^(?:[Bb]y\s+(?:{NAME_WORD_OR_INITIAL}\.?\s+){{0,3}}{NAME_WORD}\s*,\s*|[Ff]rom\s+(?:[Oo]ur|[Aa]|[Tt]he)\s+)"
    r"(?:[\w’'\-]+\s+){0,3}(?i:correspondent|reporter|staff\s+writer|editor|columnist)\b"
)


def press_report(text: str, max_words: int = 40) -> bool:
    """A scene that is a printed report: its header (the short paragraphs before the body: a masthead, a headline, a
    standfirst) carries a press by-line (`_PRESS_BYLINE`), as a match report does ("By Martin Crossley, Sports
    Reporter", The Back Four) or a race report ("From our Cycling Correspondent, Ludlow", Kitty's Steps). Its teller is
    the paper's, never one of the people it reports on: nobody's mind is narrated in it."""
    for para in text.split("\n\n"):
        para = para.strip().strip("*_ ")
        if not para:
            continue
        if word_count(para) > max_words:
            return False
        if any(_PRESS_BYLINE.match(line.strip().strip("*_ ")) for line in para.splitlines()):
            return True
    return False


def speaker_lines_unlabelled(text: str, min_lines: int = 2) -> str:
    """A transcript's lines without their speakers' names and time stamps (see `speaker_lines_as_speech`): what
    was said, as plain text."""
    if len(_SPEAKER_LINE.findall(text)) < min_lines:
        return text
    return _SPEAKER_LINE.sub(lambda m: m.group(2), text)


def told_in_quotes(text: str) -> bool:
    """A passage that is a story told inside quotation marks (a letter or a narrator's tale quoted whole, each
    paragraph opening with a quote): long quoted spans, not an exchange of lines, and little narration outside
    them. Its narration is then the quoted text, and only its own single-quoted speech is speech."""
    spans = quoted_spans(text)
    if not spans:
        return False
    quoted = sum(word_count(text[a:b]) for a, b in spans)
    return word_count(narration_only(text)) < 0.3 * word_count(text) and quoted / len(spans) >= 80


def opens_quote(text: str) -> bool:
    """The paragraph starts with an opening quote (a line of speech)."""
    s = strip_emphasis(text).lstrip()
    return bool(s) and s[0] in OPEN_QUOTES


def leaves_quote_open(text: str) -> bool:
    """A speech paragraph that does not close its quote: the same speaker continues in the next one."""
    s = strip_emphasis(text)
    if "“" in s or "”" in s:
        return s.count("“") > s.count("”")
    return s.count('"') % 2 == 1


def has_speech(text: str) -> bool:
    s = text
    return any(q in s for q in OPEN_QUOTES)
