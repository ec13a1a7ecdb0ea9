"""Manuscript readers: .md, .txt, .docx and chapter folders into one block stream.

Every reader produces the same thing, a list of `Block`s (paragraph, heading, scene break), with
paragraph text normalised the same way (hard wraps joined, italics as ``*x*``), so one book given as
.md, .txt or .docx yields the same chunks. Deciding which block is a chapter heading, front matter or a
narrator change is the job of `structure`, not of the readers.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ...errors import UserError
from .break_lines import book_break_lines
from .text import (
    CLOSE_QUOTES,
    ENDS_SENTENCE,
    LOWER,
    NAME_WORD_OR_INITIAL,
    OPEN_QUOTES,
    UPPER,
    clean_whitespace,
    natural_key,
    normalize_emphasis,
    normalize_unicode,
    split_sentences,
)

TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
DOCX_SUFFIXES = (".docx",)
SUFFIXES = TEXT_SUFFIXES + DOCX_SUFFIXES

#: Limits that refuse decompression bombs before python-docx inflates anything.
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 200


@dataclass
class Block:
    """One unit of the raw document.

    kind: ``para`` (text), ``heading`` (explicit heading: Markdown ``#`` or a docx Heading style; `level`
    set), ``break`` (explicit scene-break marker), ``file`` (start of a new file in a chapter folder).
    """

    kind: str
    text: str
    place: str
    level: int | None = None
    raw: str = ""  # the marker as written, for breaks and headings


@dataclass
class RawDocument:
    path: Path
    fmt: str
    blocks: list[Block]


# ---- decoding -----------------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


#: Byte-order marks of the Unicode encodings word processors and Windows editors save as ("Unicode" = UTF-16).
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def decode_text(data: bytes, name: str) -> str:
    """UTF-16/32 with a BOM, UTF-8 (with or without BOM), then cp1252; refuse binary data; normalise line
    endings."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                data = data[len(bom) :].decode(encoding).encode("utf-8")
            except UnicodeDecodeError as e:
                raise UserError(
                    f"{name}: byte {e.start + len(bom)}: starts like {encoding.upper()} text "
                    "(byte-order mark) but is not"
                ) from None
            break
    if not data.strip():
        raise UserError(f"{name}: empty file, no text to read")
    if b"\x00" in data[:65536]:
        raise UserError(f"{name}: looks like a binary file (NUL bytes), not a text manuscript")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError as e:
            err = e
    else:
        raise UserError(f"{name}: byte {err.start}: not UTF-8 or cp1252 text")  # noqa: F821
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        raise UserError(f"{name}: looks like a binary file (control characters), not a text manuscript")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return normalize_unicode(text)


# ---- plain text and Markdown ---------------------------------------------------------------------------
_MD_HEADING = re.compile(r"^(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_RULE = re.compile(r"^\s*(?:(?:[*\-_~=#•·∗⁂❧☙✦◆◇❖§]\s*){1,12}|[⁂❧☙]|~+|#)\s*$")
#: Any short line of symbols only (ornaments such as ❦ ✧ ◊ ※ ⸙ • o O o aside): no letter, digit or quote.
_ORNAMENT = re.compile(r"^\s*(?:[^\w\s“”\"‘’'«»„…(){}\[\]<>|?!]\s*){1,12}$")


def is_break_marker(line: str) -> bool:
    """A scene-break line: a rule of asterisks, dashes, tildes, a hash, or any short ornament."""
    return bool(_RULE.match(line) or _ORNAMENT.match(line))


_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_LINE_BLOCK = re.compile(r"^\|\s?")
_QUOTE_PREFIX = re.compile(r"^>\s?")


def _paragraphs(lines: list[str]) -> list[tuple[int, list[str], int]]:
    """Group lines into (first line number, lines, blank lines before) paragraphs."""
    out: list[tuple[int, list[str], int]] = []
    cur: list[str] = []
    start = 0
    blanks = 0
    for i, line in enumerate(lines, 1):
        if line.strip():
            if not cur:
                start = i
            cur.append(line)
        else:
            if cur:
                out.append((start, cur, blanks))
                cur, blanks = [], 0
            blanks += 1
    if cur:
        out.append((start, cur, blanks))
    return out


def _one_paragraph_per_line(lines: list[str]) -> bool:
    nonblank = [ln for ln in lines if ln.strip()]
    if len(nonblank) < 20:
        return False
    blank = len(lines) - len(nonblank)
    long = sorted(len(ln) for ln in nonblank)[len(nonblank) // 2]
    return blank < 0.05 * len(lines) and long > 120


_TOC_ROW = re.compile(r"^(?:chapter|part|book|prologue|epilogue|\d{1,3}\b|[IVXLC]{1,7}\b)", re.I)


def _heading_ish(line: str) -> bool:
    s = line.strip().strip("*_ ")
    letters = [c for c in s if c.isalpha()]
    return (
        bool(s)
        and len(s.split()) <= 12
        and (bool(_TOC_ROW.match(s)) or (bool(letters) and all(c.isupper() for c in letters)))
    )


#: A line that opens with a short label and a colon: a header field ("From: ...", "Subject: ..."), a transcript's
#: or a chat's turn ("IO: Thank you for coming in", "Dad: where are you").
_LABELLED_LINE = re.compile(rf"^{NAME_WORD_OR_INITIAL}(?:\s+[\w’'\-]+){{0,2}}:\s+\S")


def _labelled_lines(lines: list[str], max_chars: int = 160) -> bool:
    """Lines that each open with a label and a colon (an email's or a memo's header, a transcript): each is
    its own item, as a transcript written with blank lines shows (Isaura Vell's interview, one turn a
    paragraph); joined into one paragraph, "To: Nora Rowe" and "Subject: ..." would read as a person "Nora
    Rowe Subject"."""
    return all(_LABELLED_LINE.match(ln) and len(ln) <= max_chars for ln in lines)


def _looks_like_lone_lines(par: list[str]) -> bool:
    """A short multi-line group whose lines stand alone (heading + title line, a contents list, a header
    of labelled fields)."""
    if len(par) >= 2 and _labelled_lines([ln.strip() for ln in par]):
        return True
    if len(par) < 2 or not _heading_ish(par[0]):
        return False
    lines = [ln.strip() for ln in par]
    if any(re.search(r"[a-z,;]$", a) and b[:1].islower() for a, b in zip(lines, lines[1:], strict=False)):
        return False  # a hard-wrapped sentence, not separate lines
    return sum(_heading_ish(ln) for ln in lines) * 2 >= len(lines) and all(len(ln) <= 80 for ln in lines)


# ---- text without blank lines between paragraphs ---------------------------------------------------------
#: Blank-line groups this many lines long on average (or one group holding most of the text) mean the
#: writer's blank lines are missing (a hard-wrapped export, a book on one line): paragraphs are then read
#: from indentation, line length and sentence ends instead. Ordinary prose paragraphs are 2-8 lines.
UNBROKEN_MEAN_LINES = 12
#: One line this long is a whole text on one line (no paragraph is): paragraphs come from sentences.
LONG_LINE_WORDS = 1000
#: Narration sentences are grouped into paragraphs of about this many words when nothing else marks them.
SENTENCE_PARAGRAPH_WORDS = 120
#: "Chapter Seven. ..." run into its first paragraph. ASCII on purpose: the chapter words and their numbers
#: ("Seven", "XII", "twenty-one") are English, and the front- and back-matter file words below are too.
_INLINE_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?(?P<h>(?:chapter|part|book)\s+(?:\d{1,3}|[IVXLCDM]{1,7}|[A-Za-z]+(?:-[a-z]+)?)"
    r"\b[.:]?)\s+(?=\S)",
    re.I,
)


#: A delimiter line such as "*** END OF THE BOOK ***" or "* * *": it stands alone.
_MARKER_LINE = re.compile(r"^(?:\*\s*){3}")
#: The same delimiters inside a text on one line.
_INLINE_MARKER = re.compile(r"(?<!\S)(\*{3}[^*]{0,300}?\*{3}|(?:\*\s){2}\*)(?!\S)")


def _missing_blank_lines(groups: list[tuple[int, list[str], int]]) -> bool:
    sizes = [len(g[1]) for g in groups]
    total = sum(sizes)
    if not sizes:
        return False
    if any(len(ln.split()) > LONG_LINE_WORDS for g in groups for ln in g[1]):
        return True
    return total >= 30 and (total / len(sizes) >= UNBROKEN_MEAN_LINES or max(sizes) >= 0.5 * total)


def _percentile_width(lines: list[str]) -> int:
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _sentence_paragraphs(lineno: int, line: str, blanks: int) -> list[tuple[int, list[str], int]]:
    """A whole text on one line, as paragraphs: a heading ("Chapter 2") stands alone, each line of speech
    (a sentence opening with a quote) starts a paragraph, narration is grouped by about
    SENTENCE_PARAGRAPH_WORDS words ending at a sentence end."""
    out: list[tuple[int, list[str], int]] = []
    cur: list[str] = []
    words = 0

    def flush() -> None:
        nonlocal cur, words
        if cur:
            out.append((lineno, [" ".join(cur)], blanks if not out else 0))
        cur, words = [], 0

    pieces = _INLINE_MARKER.split(line)
    sentences = [s for k, piece in enumerate(pieces) for s in ([piece] if k % 2 else split_sentences(piece))]
    for sentence in sentences:
        s = sentence.strip()
        if _MARKER_LINE.match(s):
            flush()
            out.append((lineno, [s], 0))
            continue
        m = _INLINE_HEADING.match(s)
        if m and (not cur or ENDS_SENTENCE.search(cur[-1])):
            flush()
            out.append((lineno, [m.group("h")], 1 if out else blanks))
            s = s[m.end() :]
        speech = s[:1] in OPEN_QUOTES
        if cur and (speech or words >= SENTENCE_PARAGRAPH_WORDS or cur[-1].rstrip("*_")[-1:] in CLOSE_QUOTES):
            flush()
        cur.append(s)
        words += len(s.split())
    flush()
    return out


def _reflow(groups: list[tuple[int, list[str], int]]) -> list[tuple[int, list[str], int]]:
    """Paragraphs inside blank-line groups that hold many: a new paragraph at a first-line indent (when the
    text indents), after a line clearly shorter than the wrap width (the last line of a hard-wrapped
    paragraph: always when under half the width, else when it ends a sentence or the next line starts
    one), and around a heading or a break marker on its own line."""
    body = [ln for _, lines, _ in groups if len(lines) >= 4 for ln in lines]
    width = _percentile_width(body)
    indented = sum(1 for ln in body if ln[:1] in (" ", "\t") and ln.strip())
    by_indent = 0.02 * len(body) <= indented <= 0.6 * len(body)
    out: list[tuple[int, list[str], int]] = []
    for start, lines, blanks in groups:
        if len(lines) == 1 and len(lines[0].split()) > LONG_LINE_WORDS:
            out.extend(_sentence_paragraphs(start, lines[0], blanks))
        elif len(lines) < 4:
            out.append((start, lines, blanks))
        else:
            out.extend(_split_group(start, lines, blanks, width, by_indent))
    return out


def _split_group(
    start: int, lines: list[str], blanks: int, width: float, by_indent: bool
) -> list[tuple[int, list[str], int]]:
    """One blank-line group of many lines cut into paragraphs (see `_reflow`)."""
    out: list[tuple[int, list[str], int]] = []
    cur: list[str] = []
    first = start
    gap = blanks

    def flush() -> None:
        nonlocal cur, gap
        if cur:
            out.append((first, cur, gap))
            gap = 0
        cur = []

    for k, line in enumerate(lines):
        s = line.strip()
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if (
            is_break_marker(s)
            or _MARKER_LINE.match(s)
            or (len(s) < 0.6 * width and _heading_ish(s) and (not ENDS_SENTENCE.search(s) or len(s.split()) <= 3))
        ):
            flush()
            out.append((start + k, [line], gap))
            gap = 0
            continue
        if by_indent and cur and line[:1] in (" ", "\t"):
            flush()
        if not cur:
            first = start + k
        cur.append(line)
        short = len(line.rstrip()) < 0.75 * width
        if short and (
            len(line.rstrip()) < 0.5 * width or ENDS_SENTENCE.search(s) or nxt[:1].isupper() or nxt[:1] in OPEN_QUOTES
        ):
            flush()
    flush()
    return out


def read_text(path: Path, data: bytes, markdown: bool) -> list[Block]:
    """Blocks of a .txt or .md file: its lines grouped into paragraphs (`_line_groups`), a scene break
    where more blank lines than usual separate two or at the book's own break line (`book_break_lines`),
    and each group read as a heading, a break marker or paragraphs (`_group_blocks`)."""
    text = decode_text(data, str(path))
    lines = _markdown_lines(text) if markdown else text.split("\n")
    groups, gap_break = _line_groups(lines)
    own_breaks = book_break_lines([" ".join(ln.strip() for ln in par) for _, par, _ in groups])
    blocks: list[Block] = []
    for lineno, par, blanks_before in groups:
        place = f"line {lineno}"
        if blanks_before >= gap_break and blocks and blocks[-1].kind == "para":
            blocks.append(Block("break", "", place, raw="(blank lines)"))
        if len(par) == 1 and " ".join(par[0].split()) in own_breaks:
            blocks.append(Block("break", "", place, raw=par[0].strip()))
            continue
        blocks.extend(_group_blocks(lineno, par, markdown))
    return blocks


def _markdown_lines(text: str) -> list[str]:
    """Markdown's lines without HTML comments, headings standing alone even without blank lines around them."""
    fixed: list[str] = []
    for ln in _HTML_COMMENT.sub("", text).split("\n"):
        heading = _MD_HEADING.match(ln.strip()) is not None
        if heading and fixed and fixed[-1].strip():
            fixed.append("")
        fixed.append(ln)
        if heading:
            fixed.append("")
    return fixed


def _line_groups(lines: list[str]) -> tuple[list[tuple[int, list[str], int]], int]:
    """(groups of (first line number, lines, blank lines before), blank lines that make a scene break).

    A file written one paragraph per line breaks scenes at any blank line; otherwise paragraphs are
    blank-line groups and a break is one blank line more than the usual gap (or, in a file that lost its
    blank lines between paragraphs, re-read by `_reflow`, a single one)."""
    if _one_paragraph_per_line(lines):
        groups: list[tuple[int, list[str], int]] = []
        blanks = 0
        for i, ln in enumerate(lines, 1):
            if ln.strip():
                groups.append((i, [ln], blanks))
                blanks = 0
            else:
                blanks += 1
        return groups, 1
    groups = _paragraphs(lines)
    if _missing_blank_lines(groups):
        return _reflow(groups), 1
    gaps = [b for _, _, b in groups[1:]]
    modal = max(set(gaps), key=gaps.count) if gaps else 1
    return groups, modal + 1


def _group_blocks(lineno: int, par: list[str], markdown: bool) -> list[Block]:
    """One group of lines as blocks: a Markdown heading (ATX or setext) or rule, a break marker, lone lines
    (verse, a letter's address) one paragraph each, else one paragraph."""
    place = f"line {lineno}"
    first = par[0].strip()
    marks = [k for k, ln in enumerate(par) if _glued_break(ln)] if len(par) > 1 else []
    if marks:  # a break marker with no blank line around it ("...all I'm saying." / "* * *") still breaks the scene
        out: list[Block] = []
        start = 0
        for k in marks + [len(par)]:
            if par[start:k]:
                out.extend(_group_blocks(lineno + start, par[start:k], markdown))
            if k < len(par):
                out.append(Block("break", "", f"line {lineno + k}", raw=par[k].strip()))
            start = k + 1
        return out
    if markdown:
        m = _MD_HEADING.match(first)
        if m and len(par) == 1:
            body = (m.group(2) or "").strip()
            if not body or is_break_marker(body):
                return [Block("break", "", place, raw=first)]
            return [Block("heading", _inline(body, True), place, level=len(m.group(1)), raw=first)]
        if len(par) == 2 and _SETEXT.match(par[1].strip()) and len(first) < 100:
            level = 1 if par[1].strip()[0] == "=" else 2
            return [Block("heading", _inline(first, True), place, level=level, raw=first)]
        par = [_QUOTE_PREFIX.sub("", _LINE_BLOCK.sub("", ln.strip())) for ln in par]
    if len(par) == 1 and is_break_marker(par[0]):
        return [Block("break", "", place, raw=par[0].strip())]
    if _looks_like_lone_lines(par):
        return [Block("para", _inline(ln, markdown), f"line {lineno + k}") for k, ln in enumerate(par) if ln.strip()]
    joined = _inline(" ".join(ln.strip() for ln in par), markdown)
    return [Block("para", joined, place)] if joined else []


def _glued_break(line: str) -> bool:
    """A break marker on a line of its own inside a group of lines; not a run of "=" or "-" (a heading's
    underline, or a rule a table or a setext heading uses)."""
    return is_break_marker(line) and not _SETEXT.match(line.strip())


def _inline(text: str, markdown: bool) -> str:
    text = normalize_emphasis(clean_whitespace(text))
    if markdown:
        text = _MD_ESCAPE.sub(r"\1", text)
    return text


# ---- docx ----------------------------------------------------------------------------------------------
def _check_docx_zip(path: Path, data: bytes) -> None:
    import io

    if not data:
        raise UserError(f"{path}: empty file, no document to read")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UserError(f"{path}: not a valid .docx (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > MAX_DOCX_UNCOMPRESSED or (total > 20 * 1024 * 1024 and total / packed > MAX_DOCX_RATIO):
                raise UserError(
                    f"{path}: refused: expands to {total:,} bytes from {len(data):,} "
                    "(oversized zip, possible decompression bomb)"
                )
            if "word/document.xml" not in names:
                raise UserError(f"{path}: not a valid .docx (no word/document.xml in the archive)")
    except zipfile.BadZipFile as e:
        raise UserError(f"{path}: corrupt .docx ({e})") from None


#: WordprocessingML's namespace; every element and attribute of document.xml and styles.xml lives in it.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = ("0", "false", "off", "none")


def _on(el) -> bool | None:
    """An on/off property element (<w:i/>, <w:b w:val="0"/>): None when absent, else its value."""
    if el is None:
        return None
    return el.get(_W + "val", "true").lower() not in _OFF


class _DocxStyles:
    """The style table read once (python-docx scans it again for every run and paragraph, which made a
    66 MB document take minutes): name, type, base, italic/bold and alignment per style id, and the
    default paragraph and character styles; inherited flags resolved once per style."""

    def __init__(self, xml: bytes | None) -> None:
        from lxml import etree

        self.styles: dict[str, dict] = {}
        self.default: dict[str, str] = {}
        self._flags: dict[tuple[str, str], bool] = {}
        if not xml:
            return
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
        for st in root.iter(_W + "style"):
            sid = st.get(_W + "styleId")
            if sid is None:
                continue
            kind = st.get(_W + "type", "paragraph")
            name = st.find(_W + "name")
            based = st.find(_W + "basedOn")
            rpr, ppr = st.find(_W + "rPr"), st.find(_W + "pPr")
            jc = ppr.find(_W + "jc") if ppr is not None else None
            self.styles[sid] = {
                "type": kind,
                "name": name.get(_W + "val") if name is not None else None,
                "based": based.get(_W + "val") if based is not None else None,
                "i": _on(rpr.find(_W + "i")) if rpr is not None else None,
                "b": _on(rpr.find(_W + "b")) if rpr is not None else None,
                "jc": jc.get(_W + "val") if jc is not None else None,
            }
            if st.get(_W + "default", "0").lower() not in _OFF:
                self.default[kind] = sid  # the last default of a type wins, as in Word and python-docx

    def resolve(self, sid: str | None, kind: str) -> str | None:
        """The style id a paragraph or run uses: its own when it exists with that type, else the default."""
        st = self.styles.get(sid) if sid is not None else None
        return sid if st is not None and st["type"] == kind else self.default.get(kind)

    def flag(self, sid: str | None, attr: str) -> bool:
        """Italic/bold of a character style, inherited from its base styles (at most 10 levels)."""
        if sid is None:
            return False
        key = (sid, attr)
        if key not in self._flags:
            val, cur, seen = None, sid, 0
            while cur is not None and val is None and seen < 10:
                st = self.styles.get(cur)
                if st is None:
                    break
                val, cur, seen = st[attr], st["based"], seen + 1
            self._flags[key] = bool(val)
        return self._flags[key]


def _run_text(r) -> str:
    """A run's text as python-docx gives it: w:t, tabs as \t, line breaks as \n, non-breaking hyphens."""
    out = []
    for el in r:
        tag = el.tag
        if tag == _W + "t":
            out.append(el.text or "")
        elif tag in (_W + "tab", _W + "ptab"):
            out.append("\t")
        elif tag == _W + "br":
            out.append("\n" if el.get(_W + "type", "textWrapping") == "textWrapping" else "")
        elif tag == _W + "cr":
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
    return "".join(out)


@dataclass
class _DocxParagraph:
    text: str  # runs and hyperlinks, as python-docx's paragraph.text
    style: str  # paragraph style name
    centred: bool
    segments: list[list]  # [flags "i"/"b"/"ib"/"", text] of the direct runs, adjacent equal flags merged


def _docx_paragraph(p, styles: _DocxStyles) -> _DocxParagraph:
    ppr = p.find(_W + "pPr")
    psid = None
    jc = None
    if ppr is not None:
        ps = ppr.find(_W + "pStyle")
        psid = ps.get(_W + "val") if ps is not None else None
        j = ppr.find(_W + "jc")
        jc = j.get(_W + "val") if j is not None else None
    sid = styles.resolve(psid, "paragraph")
    st = styles.styles.get(sid) if sid is not None else None
    texts: list[str] = []
    segs: list[list] = []
    runs = (
        r
        for child in p
        for r in (
            (child,) if child.tag == _W + "r" else child.findall(_W + "r") if child.tag == _W + "hyperlink" else ()
        )
    )
    for run in runs:  # a hyperlink's runs are text too (python-docx's paragraph.runs leaves them out)
        t = _run_text(run)
        texts.append(t)
        if not t:
            continue
        rpr = run.find(_W + "rPr")
        direct_i = _on(rpr.find(_W + "i")) if rpr is not None else None
        direct_b = _on(rpr.find(_W + "b")) if rpr is not None else None
        rsid = None
        if rpr is not None and (rs := rpr.find(_W + "rStyle")) is not None:
            rsid = rs.get(_W + "val")
        csid = styles.resolve(rsid, "character")
        italic = direct_i if direct_i is not None else styles.flag(csid, "i")
        bold = direct_b if direct_b is not None else styles.flag(csid, "b")
        flags = ("i" if italic else "") + ("b" if bold else "")
        if segs and segs[-1][0] == flags:
            segs[-1][1] += t
        else:
            segs.append([flags, t])
    centred = jc == "center" or (st is not None and st["jc"] == "center")
    return _DocxParagraph("".join(texts), (st or {}).get("name") or "", centred, segs)


def _docx_text(par: _DocxParagraph) -> str:
    """Paragraph text with italic runs as *x* (bold as **x**)."""
    out = []
    for style, t in par.segments:
        mark = ("*" if "i" in style else "") + ("**" if "b" in style else "")
        core = t.strip()
        if mark and core:
            lead = t[: len(t) - len(t.lstrip())]
            trail = t[len(t.rstrip()) :]
            out.append(f"{lead}{mark}{core}{mark[::-1]}{trail}")
        else:
            out.append(t)
    text = "".join(out) if par.segments else par.text
    return normalize_emphasis(clean_whitespace(normalize_unicode(text)))


def docx_paragraphs(path: Path, data: bytes) -> list[_DocxParagraph]:
    """The body's paragraphs (top level, as python-docx's `document.paragraphs`), read in one streaming
    pass over word/document.xml: time and memory linear in the document's size."""
    import io

    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            styles = _DocxStyles(zf.read("word/styles.xml") if "word/styles.xml" in names else None)
            out: list[_DocxParagraph] = []
            with zf.open("word/document.xml") as fh:
                events = etree.iterparse(
                    fh,
                    events=("end",),
                    tag=(_W + "p", _W + "tbl", _W + "sdt"),
                    resolve_entities=False,
                    no_network=True,
                    huge_tree=True,
                )
                for _, el in events:
                    parent = el.getparent()
                    if parent is None or parent.tag != _W + "body":
                        continue  # a paragraph in a table or text box: not a body paragraph
                    if el.tag == _W + "p":
                        out.append(_docx_paragraph(el, styles))
                    el.clear()
                    while el.getprevious() is not None:  # drop what was read: memory stays flat
                        del parent[0]
    except UserError:
        raise
    except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, zlib.error) as e:
        raise UserError(f"{path}: corrupt .docx, cannot be read ({type(e).__name__}: {e})") from None
    return out


_HEADING_STYLE = re.compile(r"^(?:heading\s*(\d)|title|subtitle)$", re.I)


def read_docx(path: Path, data: bytes) -> list[Block]:
    _check_docx_zip(path, data)
    paragraphs = docx_paragraphs(path, data)
    blocks: list[Block] = []
    empties = 0
    # empty paragraphs between body paragraphs: if rare, one marks a break; if common, a run of two does
    n_empty_gaps = sum(1 for p in paragraphs if not p.text.strip())
    empty_break = 1 if n_empty_gaps < 0.05 * max(1, len(paragraphs)) else 2
    own_breaks = book_break_lines([" ".join(p.text.split()) for p in paragraphs if p.text.strip()])
    for k, par in enumerate(paragraphs, 1):
        place = f"paragraph {k}"
        raw = par.text.strip()
        if not raw:
            empties += 1
            continue
        if empties >= empty_break and blocks and blocks[-1].kind == "para":
            blocks.append(Block("break", "", place, raw="(empty paragraphs)"))
        empties = 0
        style = par.style
        m = _HEADING_STYLE.match(style.strip())
        text = _docx_text(par)
        symbol_only = not re.search(r"\w", text)
        if (
            symbol_only
            or " ".join(raw.split()) in own_breaks
            or "break" in style.lower()
            or "separator" in style.lower()
            or (par.centred and len(text) <= 5 and not re.search(rf"[{UPPER}{LOWER}0-9]{{2}}", text))
        ):
            blocks.append(Block("break", "", place, raw=raw))
            continue
        if m:
            level = int(m.group(1)) if m.group(1) else (0 if style.lower() == "title" else 1)
            blocks.append(Block("heading", text, place, level=level, raw=raw))
            continue
        blocks.append(Block("para", text, place))
    return blocks


# ---- entry points --------------------------------------------------------------------------------------
def read_file(path: Path) -> list[Block]:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UserError(f"{path}: cannot read ({e.strerror})") from None
    if suffix in DOCX_SUFFIXES:
        return read_docx(path, data)
    if suffix in TEXT_SUFFIXES:
        return read_text(path, data, markdown=suffix in (".md", ".markdown"))
    raise UserError(f"{path}: unsupported manuscript format '{suffix}' (use .md, .txt or .docx)")


_FRONT_FILE = re.compile(
    r"(?<![a-z])(?:front.?matter|front|title.?page|half.?title|title|copyright|dedication|"
    r"epigraph|contents|toc|preface|foreword|prologue)(?![a-z])",
    re.I,
)
_BACK_FILE = re.compile(
    r"(?<![a-z])(?:back.?matter|back|acknowledge?ments?|about.?the.?author|also.?by|afterword|"
    r"epilogue|excerpt|preview|appendix|appendices|glossary|colophon)(?![a-z])",
    re.I,
)


def folder_order(path: Path) -> tuple:
    """Files of a chapter folder in reading order: front matter and prologue first, chapters in natural
    order (2 before 10), back matter, epilogue and appendices last, whatever the names sort as.

    A file whose name starts with a number keeps its numbered place: the writer has ordered it."""
    stem = path.stem
    if re.match(r"^\s*\d", stem):
        role = 1
    elif _FRONT_FILE.search(stem) and not re.search(r"chapter|\bch\b", stem, re.I):
        role = 0
    elif _BACK_FILE.search(stem) and not re.search(r"chapter|\bch\b", stem, re.I):
        role = 2
    else:
        role = 1
    return (role, natural_key(path.name))


def read_manuscript(path: str | Path) -> RawDocument:
    """Read a manuscript file, or a folder of chapter files taken in natural order (2 before 10)."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: manuscript not found")
    if path.is_dir():
        files = sorted(
            (
                p
                for p in path.iterdir()
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "~$"))
            ),
            key=folder_order,
        )
        if not files:
            raise UserError(f"{path}: folder holds no .md, .txt or .docx files")
        blocks: list[Block] = []
        for f in files:
            blocks.append(Block("file", f.stem, f.name))
            blocks.extend(Block(b.kind, b.text, f"{f.name} {b.place}", b.level, b.raw) for b in read_file(f))
        return RawDocument(path, "folder", blocks)
    blocks = read_file(path)
    return RawDocument(path, path.suffix.lower().lstrip("."), blocks)
