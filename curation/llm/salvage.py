"""Salvage messy LLM output: from raw bytes to JSON documents, and per-string text repairs.

Generated batch files are written by a local Qwen3 pipeline and break in predictable ways: a BOM,
CRLF line ends, ```json fences, `<think>` blocks, trailing commas, two documents in one file, a cut
at the end (interrupt, max_tokens), one record with an unescaped quote in the middle, mojibake
(UTF-8 read as cp1252 or Mac Roman), apostrophes lost from contractions ("I ll"), invisible
characters. Each fix is named (``repair`` ids below) so the record carries an audit trail; whatever
cannot be recovered is reported as a `Lost` item with its position, never dropped silently.

File-level checks decide which string repairs are needed at all, so clean files cost one regex scan.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import ftfy
from ftfy.badness import is_bad

from ..jsonio import parse_int

# strict=False: raw newlines/tabs inside strings are accepted; parse_int: an integer too long for Python
# becomes a HugeNumber marker (its record is rejected) instead of a ValueError that loses the whole file
_DECODER = json.JSONDecoder(strict=False, parse_int=parse_int)
_loads = functools.partial(json.loads, parse_int=parse_int)

# ---- file level -----------------------------------------------------------------------------------
# Every pattern is linear: strings are matched "unrolled" (no nested alternation to backtrack into), and
# anchors that could retry at many positions are bounded.
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*'
_JSON_START_LINE = re.compile(r"^[ \t]*(?:```|[\[{])", re.M)
_FENCE = re.compile(r"```[A-Za-z0-9_-]*")
_STRING_OR_TRAILING_COMMA = re.compile(rf'({_STRING}")|,(\s*[\]}}])')
_TOKEN = re.compile(rf'{_STRING}\\?(?:"|\Z)|[\[\]{{}}]')
_SAMPLES_KEY = re.compile(r'"samples"\s*:\s*\[')
_OBJECT_START = re.compile(r'\{\s*"')
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")

# ---- string level ---------------------------------------------------------------------------------
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad\u180e\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_N_T = "don|doesn|didn|isn|aren|wasn|weren|can|couldn|won|wouldn|shan|shouldn|mustn|mightn|needn|haven|hasn|hadn|ain"
#: A word (up to 7 letters: the longest allowed is "shouldn") whose apostrophe became a space, '?' or U+FFFD;
#: bounded and anchored by a look-behind, so it never backtracks far. The word is checked against
#: `_ALLOWED_SUFFIXES` in the replacement.
_CONTRACTION = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,7})[ ?\ufffd](t|ll|ve|re|d|m|s)\b", re.I)
#: Cheap first pass for a whole file: a separator then a suffix (the look-ahead rejects most positions at
#: once); each hit's preceding word is then checked (`_contraction_at`).
_CONTRACTION_SUFFIX = {
    sep: re.compile(re.escape(sep) + r"(?=[tdmslvrTDMSLVR])(?:t|ll|ve|re|d|m|s|T|LL|VE|RE|D|M|S)\b")
    for sep in (" ", "?", "\ufffd")
}
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,7}\Z")
#: Characters UTF-8 mojibake produces (lead bytes C2/C3/E2/F0 read as cp1252 or Mac Roman).
_MOJIBAKE_HINT = re.compile("[\u00c2\u00c3\u00e2\u00f0\u00d0\u201a\u221a\u00ac\u00c5\u00ce\u00cf]")
_ALLOWED_SUFFIXES = {
    "t": set(_N_T.split("|")),
    "ll": {"i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what"},
    "ve": {"i", "you", "we", "they", "who", "what", "could", "would", "should"},
    "re": {"you", "we", "they", "what", "who", "there", "here", "where", "how"},
    "d": {"i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what"},
    "m": {"i"},
    "s": {"it", "that", "there", "here", "what", "who", "where", "when", "how", "let", "he", "she"},
}


@dataclass
class Lost:
    """An item that could not be recovered: where it was and why."""

    index: int | None
    reason: str
    detail: str = ""


@dataclass
class Repaired:
    """An array element that parsed only after a repair (kept in place so positions stay true)."""

    value: Any
    repairs: list[str]


@dataclass
class Document:
    """One parsed JSON document of a file, with what it took to parse it.

    Arrays recovered element by element may hold `Lost` / `Repaired` markers in place of elements.
    """

    value: Any
    repairs: list[str] = field(default_factory=list)
    #: a truncated document: the innermost array open where the text ended, and whether an element had begun
    #: in it after the last complete one (a reader rejects a record holding that array, or the begun element,
    #: as `truncated_record`, as it does a cut element of a bare array)
    cut_in: list[Any] | None = None
    cut_began: bool = False


@dataclass
class ParsedFile:
    documents: list[Document]
    repairs: list[str]  # file-level repairs (apply to every record of the file)
    string_repairs: frozenset[str]  # string repairs this file needs: mojibake, contractions, invisible
    error: str | None = None  # set when nothing at all could be parsed
    error_detail: str = ""
    non_finite: bool = False  # the text may hold NaN / Infinity literals (json reads them as floats)


#: Deepest nesting a record may have (real samples nest under 10 levels); a deeper one is rejected on its
#: own instead of failing its whole file or a later stage.
MAX_DEPTH = 100


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True when `value` nests containers more than `limit` levels deep (iterative: no recursion)."""
    stack = [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            v = v.values()
        elif not isinstance(v, list):
            continue
        if d > limit:
            return True
        stack.extend((x, d + 1) for x in v if isinstance(x, (dict, list)))
    return False


def _unreadable(e: BaseException) -> tuple[str, str]:
    """(reason, detail) for a value json cannot build although its syntax may be fine."""
    if isinstance(e, RecursionError):
        return "nested_too_deeply", "nested too deeply to read"
    text = str(e)
    if "digits" in text:  # an integer longer than Python's int conversion limit
        return "number_too_large", text.split(";")[0]
    return "unparseable_record", text[:200]


def _element_end(text: str, i: int) -> int | None:
    """End of the JSON value starting at `i` (a bracket matcher over tokens: linear, no recursion)."""
    if text[i] not in "[{":
        m = re.compile(r"[,\]\n]").search(text, i)
        return m.start() if m else None
    depth = 0
    for m in _TOKEN.finditer(text, i):
        tok = m.group()
        if tok[0] == '"':
            continue
        depth += 1 if tok in "[{" else -1
        if depth == 0:
            return m.end()
    return None


def decode_bytes(raw: bytes) -> tuple[str, list[str]]:
    """Bytes to text: BOM, UTF-16, a cp1252 file, CRLF."""
    repairs: list[str] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        repairs.append("strip_bom")
    text = None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
            repairs.append("decode_utf16")
        except UnicodeDecodeError:  # a BOM-like start on bytes that are not UTF-16: read them as text below
            text = None
    if text is None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            repairs.append("decode_cp1252")
    if text.startswith("\ufeff"):
        text = text[1:]
        if "strip_bom" not in repairs:
            repairs.append("strip_bom")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        repairs.append("normalize_newlines")
    return text, repairs


def strip_wrappers(text: str) -> tuple[str, list[str]]:
    """Remove what an LLM puts around JSON: <think> blocks and markdown code fences."""
    repairs: list[str] = []
    if "think>" in text or "THINK>" in text:
        new = _strip_think(text)
        if new != text:
            repairs.append("strip_think_block")
            text = new
    if "```" in text:
        text = _FENCE.sub("", text)
        repairs.append("strip_code_fence")
    return text, repairs


def _strip_think(text: str) -> str:
    """Drop `<think>...</think>` blocks (linear scan with str.find). An unclosed block ends where a line
    starts with a fence or a bracket; a closing tag with no opening one (the chat template opened it)
    drops everything before it."""
    low = text.lower()
    out: list[str] = []
    pos = 0
    first_open = low.find("<think>")
    first_close = low.find("</think>")
    if first_close >= 0 and (first_open < 0 or first_close < first_open):
        pos = first_close + len("</think>")
    while True:
        i = low.find("<think>", pos)
        if i < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:i])
        j = low.find("</think>", i)
        if j >= 0:
            pos = j + len("</think>")
            continue
        m = _JSON_START_LINE.search(text, i + len("<think>"))
        if m is None:
            break  # reasoning to the end: nothing after it
        pos = m.start()
    return "".join(out).lstrip() if out else ""


def remove_trailing_commas(text: str) -> str:
    """Drop commas before ] or } outside strings."""
    return _STRING_OR_TRAILING_COMMA.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)


_WINDOWS = (1 << 12, 1 << 16)
_VALUE_START = re.compile(r'[{\[][ \t\n\r]*(?:["{\[\]}\d-]|true|false|null)')


def _decode_at(text: str, i: int) -> tuple[Any, int]:
    """`raw_decode` at position i, without the quadratic cost of many failures: a JSONDecodeError counts
    the lines of everything before its position, so a value is first tried on growing windows after i
    and only a value that runs past them is decoded on the whole text."""
    for size in _WINDOWS:
        if len(text) - i <= size:
            break
        window = text[i : i + size]
        try:
            value, end = _DECODER.raw_decode(window)
            return value, i + end
        except json.JSONDecodeError as e:
            if e.pos < len(window) - 1 and "Unterminated" not in e.msg:
                raise  # failed inside the window: the position in `e` is relative, the message true
    return _DECODER.raw_decode(text, i)


def _skip_ws(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] in " \t\n\r,":
        i += 1
    return i


def _next_start(text: str, i: int) -> int:
    """Position of the next '{' or '[' at or after i (-1 if none)."""
    a, b = text.find("{", i), text.find("[", i)
    if a < 0:
        return b
    if b < 0:
        return a
    return min(a, b)


@dataclass
class _Scan:
    """What one file's recovery already learned, so retries at later positions stay linear: no sibling
    record can be resynchronised to at or after `no_resync_from`; where the next `"samples": [` is; whether
    closing a truncated document was already tried (it scans to the end of the text)."""

    no_resync_from: int | None = None
    samples_key_from: int = -1
    samples_key: re.Match | None = None
    truncation_tried: bool = False

    def next_samples_key(self, text: str, i: int) -> re.Match | None:
        if (
            self.samples_key_from < 0
            or i < self.samples_key_from
            or (self.samples_key is not None and self.samples_key.start() < i)
        ):
            self.samples_key_from = i
            self.samples_key = _SAMPLES_KEY.search(text, i)
        return self.samples_key


def _recover_array(text: str, i: int, scan: _Scan | None = None) -> tuple[list[Any], int, bool]:
    """Parse array elements one by one from just after '['; resynchronise after a broken element.

    Returns (elements, end position, complete). Elements keep their positions: a broken element is
    replaced in place by a `Lost` marker (or by a `Repaired` wrapper when escaping stray quotes makes
    it parse). After a broken element, parsing resumes at the next object that parses and looks like a
    sibling (shares keys with the elements seen so far); with nothing parseable after it, the broken
    element is the truncated tail.
    """
    elements: list[Any] = []
    keys: set[str] = set()
    n = len(text)
    while True:
        i = _skip_ws(text, i)
        if i >= n:
            return elements, i, False
        if text[i] == "]":
            return elements, i + 1, True
        try:
            value, end = _decode_at(text, i)
        except json.JSONDecodeError as e:
            position = len(elements)
            resync = _resync(text, i + 1, keys, scan)
            if resync is None:
                elements.append(Lost(position, "truncated_record", f"cut at char {n}: {e.msg}"))
                return elements, n, False
            fixed = _try_escape_quotes(text[i:resync])
            if fixed is not None:
                elements.append(Repaired(fixed, ["escape_stray_quotes"]))
            else:
                elements.append(Lost(position, "unparseable_record", f"char {i}: {e.msg}"))
            i = resync
            continue
        except (ValueError, RecursionError) as e:  # valid syntax json cannot build: skip just this element
            reason, detail = _unreadable(e)
            elements.append(Lost(len(elements), reason, f"char {i}: {detail}"))
            skip = _element_end(text, i)
            if skip is None:
                return elements, n, False
            i = skip
            continue
        if too_deep(value):
            elements.append(Lost(len(elements), "nested_too_deeply", f"char {i}: nests more than {MAX_DEPTH} levels"))
            i = end
            continue
        elements.append(value)
        if isinstance(value, dict):
            keys.update(value)
        i = end


def _try_escape_quotes(segment: str) -> Any | None:
    """Parse an element whose strings contain unescaped quotes (`"she said "no" twice"`), if possible.

    A quote inside a string closes it only when followed by `,` `:` `}` or `]`; other quotes are
    escaped. Returns the parsed object or None.
    """
    segment = segment.rstrip().rstrip(",").rstrip()
    out: list[str] = []
    in_str = False
    n = len(segment)
    i = 0
    while i < n:
        ch = segment[i]
        if ch == "\\" and in_str:
            out.append(segment[i : i + 2])
            i += 2
            continue
        if ch == '"':
            if not in_str:
                in_str = True
                out.append(ch)
            else:
                j = i + 1
                while j < n and segment[j] in " \t\n":
                    j += 1
                if j >= n or segment[j] in ",:}]":
                    in_str = False
                    out.append(ch)
                else:
                    out.append('\\"')
        else:
            out.append(ch)
        i += 1
    try:
        value = _loads("".join(out), strict=False)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _resync(text: str, start: int, keys: set[str], scan: _Scan | None = None) -> int | None:
    """Start of the next parseable object that looks like a sibling record (or None)."""
    if scan is not None and scan.no_resync_from is not None and start >= scan.no_resync_from:
        return None  # nothing parseable after an earlier, smaller start: nothing after this one either
    for m in _OBJECT_START.finditer(text, start):
        pos = m.start()
        try:
            value, end = _decode_at(text, pos)
        except (ValueError, RecursionError):
            continue
        if not isinstance(value, dict):
            continue
        after = _skip_ws(text, end)
        if after < len(text) and text[after] not in "]{":
            continue  # a nested object inside a record, not a record
        if keys and len(keys.intersection(value)) < max(1, min(3, len(value) // 2)):
            continue
        return pos
    if scan is not None:
        scan.no_resync_from = start if scan.no_resync_from is None else min(start, scan.no_resync_from)
    return None


def _parse_object_leniently(text: str, i: int, scan: _Scan | None = None) -> tuple[Document | None, int, bool]:
    """Recover an object document with a `samples` array: header, every complete sample, trailing keys."""
    m = scan.next_samples_key(text, i) if scan is not None else _SAMPLES_KEY.search(text, i)
    if m is None:
        if scan is not None:
            if scan.truncation_tried:
                return None, len(text), False
            scan.truncation_tried = True
        return _close_truncated(text, i)
    head = text[i : m.start()].rstrip().rstrip(",") + "}"
    try:
        header = _loads(remove_trailing_commas(head), strict=False)
    except (ValueError, RecursionError):
        header = None
    if not isinstance(header, dict):
        return None, len(text), False
    elements, end, complete = _recover_array(text, m.end(), scan)
    header["samples"] = elements
    doc = Document(header)
    if not complete:
        return doc, len(text), False
    # trailing keys after the samples array, then the closing brace
    j = _skip_ws(text, end)
    if j < len(text) and text[j] == "}":
        return doc, j + 1, True
    close = _matching_close(text, end)
    if close is not None:
        try:
            tail = _loads("{" + remove_trailing_commas(text[end:close].lstrip().lstrip(",")) + "}", strict=False)
            for k, v in tail.items():
                header.setdefault(k, v)
        except (ValueError, RecursionError):
            doc.repairs.append("drop_broken_trailing_keys")
        return doc, close + 1, True
    doc.repairs.append("drop_broken_trailing_keys")
    return doc, len(text), False


def _matching_close(text: str, start: int) -> int | None:
    """Position of the '}' closing the object we are inside at `start` (depth 1)."""
    depth = 1
    for m in _TOKEN.finditer(text, start):
        tok = m.group()
        if tok[0] == '"':
            continue
        if tok in "[{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start() if tok == "}" else None
    return None


def _close_truncated(text: str, i: int) -> tuple[Document | None, int, bool]:
    """Cut a truncated document after its last complete array element and close the brackets."""
    stack: list[str] = []
    cuts: list[tuple[int, tuple[str, ...]]] = []
    for m in _TOKEN.finditer(text, i):
        tok = m.group()
        if tok[0] == '"':
            continue
        if tok in "[{":
            stack.append(tok)
            continue
        if not stack:
            break
        stack.pop()
        if not stack:
            break  # the document closed: it is broken, not truncated
        if stack[-1] == "[":
            cuts.append((m.end(), tuple(stack)))
    for end, open_ in reversed(cuts[-50:]):
        closing = "".join("]" if c == "[" else "}" for c in reversed(open_))
        try:
            value = _loads(remove_trailing_commas(text[i:end] + closing), strict=False)
        except (ValueError, RecursionError):
            continue
        rest = text[end:].lstrip(" \t\r\n,")
        began = bool(rest) and rest[0] not in "]}"  # else only brackets (and perhaps a header key) were cut
        doc = Document(value, ["salvage_truncated"], _innermost_array(value, len(open_)), began)
        return doc, len(text), False
    return None, len(text), False


def _innermost_array(value: Any, depth: int) -> list[Any] | None:
    """The array open at nesting `depth` when the text ended: the last child at every level."""
    node = value
    for _ in range(depth - 1):  # the innermost open array: the last child at every level
        if isinstance(node, dict) and node:
            node = node[next(reversed(node))]
        elif isinstance(node, list) and node:
            node = node[-1]
        else:
            return None
    return node if isinstance(node, list) else None


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) * 0.05


# ---- loose syntax: comments, Python literals, unquoted keys ----------------------------------------------
_LOOSE_TOKEN = re.compile(
    rf'(?P<dq>{_STRING}"?)'  # a JSON string: copied as is
    r"|(?P<sq>'[^'\\\n]*(?:\\.[^'\\\n]*)*'?)"  # a Python single-quoted string
    r"|(?P<lc>//[^\n]*)"  # // comment
    r"|(?P<bc>/\*)"  # /* comment */
    r"|(?P<word>\b(?:True|False|None)\b)"  # Python literals
    r"|(?P<key>\b[A-Za-z_][A-Za-z0-9_]*(?=[ \t]*:))"
)  # an unquoted key (checked: after { or ,)
#: Each rewrite runs only when the text shows it structurally (an object or array opening with a
#: single-quoted string or a bare key; a comment on its own line or after a bracket or comma), so prose
#: inside a string is not mistaken for syntax.
_LOOSE_HINTS = (
    ("strip_comments", re.compile(r"^[ \t]*(?://|/\*)|[,{\[][ \t]*(?://|/\*)", re.M)),
    ("convert_python_literal", re.compile(r"[{\[][ \t\n]*'")),
    ("quote_bare_keys", re.compile(r"\{[ \t\n]*[A-Za-z_][A-Za-z0-9_]*[ \t]*:")),
)
_PY_WORDS = {"True": "true", "False": "false", "None": "null"}


def _prev_char(text: str, i: int) -> str:
    """The last non-blank character before position i ('' at the start)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\n\r":
        j -= 1
    return text[j] if j >= 0 else ""


def _single_quoted(token: str) -> str:
    """A Python '...' string as a JSON string (unterminated at the end of the text stays unterminated)."""
    closed = len(token) > 1 and token.endswith("'") and not token.endswith("\\'")
    body = token[1:-1] if closed else token[1:]
    if closed:
        try:
            import ast

            return json.dumps(ast.literal_eval(token), ensure_ascii=False)
        except (ValueError, SyntaxError):
            pass
    text = json.dumps(body.replace("\\'", "'"), ensure_ascii=False)
    return text if closed else text[:-1]


def loosen_syntax(text: str) -> tuple[str, list[str]]:
    """Rewrite what JSON does not allow but LLMs write: // and /* */ comments, Python dict output
    ('single quotes', True/False/None), unquoted keys. One linear pass; JSON strings are never touched.
    Runs only on text that failed to parse and shows a hint of one of these."""
    wanted = {name for name, hint in _LOOSE_HINTS if hint.search(text)}
    if not wanted:
        return text, []
    out: list[str] = []
    done: set[str] = set()
    pos = 0
    n = len(text)
    while pos < n:
        m = _LOOSE_TOKEN.search(text, pos)
        if m is None:
            break
        kind = m.lastgroup
        start, end = m.start(), m.end()
        out.append(text[pos:start])
        tok = m.group()
        if kind == "dq":
            out.append(tok)
        elif kind == "sq" and "convert_python_literal" in wanted and _prev_char(text, start) in "{[,:":
            out.append(_single_quoted(tok))
            done.add("convert_python_literal")
        elif kind == "lc" and "strip_comments" in wanted:
            done.add("strip_comments")
        elif kind == "bc" and "strip_comments" in wanted:
            close = text.find("*/", end)
            end = n if close < 0 else close + 2
            done.add("strip_comments")
        elif kind == "word" and "convert_python_literal" in wanted and _prev_char(text, start) in "[,:":
            out.append(_PY_WORDS[tok])
            done.add("convert_python_literal")
        elif kind == "key" and "quote_bare_keys" in wanted and _prev_char(text, start) in "{,":
            out.append(f'"{tok}"')
            done.add("quote_bare_keys")
        else:  # not in a JSON position (prose around the document): keep one character, look again after it
            out.append(text[start])
            end = start + 1
        pos = end
    out.append(text[pos:])
    if not done:
        return text, []
    return "".join(out), [name for name, _ in _LOOSE_HINTS if name in done]


def _json_lines(text: str) -> bool:
    """Text that is JSON Lines of samples: several lines, the first a complete object on its own that is
    not a batch (a batch per line is read as concatenated documents)."""
    first_end = text.find("\n")
    if first_end < 0:
        return False
    rest = text[first_end + 1 :].lstrip()
    if not rest.startswith("{"):
        return False
    try:
        first = _loads(text[:first_end])
    except (ValueError, RecursionError):
        return False
    return isinstance(first, dict) and "samples" not in first


def parse_documents(text: str) -> tuple[list[Document], list[str], str | None, str]:
    """Every JSON document in `text` (usually one), recovering what can be recovered.

    Returns (documents, file repairs, error reason or None, error detail). The steps, each tried only when
    the one before failed: the whole text as JSON; JSON Lines; the whole text after loosening its syntax
    (`_parse_loosened`); documents one by one, salvaging broken ones (`_scan_documents`).
    """
    stripped = text.strip()
    if not stripped:
        return [], [], "empty_file", "no content"
    whole, err = _parse_whole(stripped)
    if whole is not None:
        return [whole], [], None, ""
    if _looks_binary(stripped):
        return [], [], "unparseable_file", "binary content, not text"
    if _json_lines(stripped):
        docs, more, error, detail = parse_lines(stripped)
        return docs, ["read_json_lines", *more], error, detail
    repairs: list[str] = []
    loosened, text, err = _parse_loosened(stripped, repairs, err)
    if loosened is not None:
        return [loosened], repairs, None, ""
    docs = _scan_documents(text, repairs)
    if not docs:
        return [], list(dict.fromkeys(repairs)), "unparseable_file", f"line {err.lineno} column {err.colno}: {err.msg}"
    if len(docs) > 1:
        repairs.append("split_concatenated_json")
    return docs, list(dict.fromkeys(repairs)), None, ""


def _parse_whole(stripped: str) -> tuple[Document | None, json.JSONDecodeError]:
    """The text as one JSON document, or None and the error that names the place."""
    try:
        return Document(_loads(stripped, strict=False)), json.JSONDecodeError("", stripped, 0)
    except json.JSONDecodeError as e:
        return None, e
    except (ValueError, RecursionError) as e:  # valid syntax, one value json cannot build: salvage per record
        return None, json.JSONDecodeError(_unreadable(e)[1], stripped, 0)


def _parse_loosened(
    stripped: str, repairs: list[str], err: json.JSONDecodeError
) -> tuple[Document | None, str, json.JSONDecodeError]:
    """The text as one document after loosening its syntax, then after removing trailing commas (each
    change named in `repairs`); else None, the repaired text and the error to report."""
    stripped, more = loosen_syntax(stripped)
    if more:
        repairs += more
        try:
            return Document(_loads(stripped, strict=False)), stripped, err
        except (ValueError, RecursionError) as e:  # a value json cannot build: salvage per record below
            err = e if isinstance(e, json.JSONDecodeError) else err
    fixed = remove_trailing_commas(stripped)
    if fixed != stripped:
        repairs.append("remove_trailing_comma")
        try:
            return Document(_loads(fixed, strict=False)), fixed, err
        except (ValueError, RecursionError) as e:  # a value json cannot build: salvage per record below
            err = e if isinstance(e, json.JSONDecodeError) else err
    return None, fixed, err


def _scan_documents(text: str, repairs: list[str]) -> list[Document]:
    """The documents of `text` one by one from each document start, salvaging broken ones, until the text
    or a truncated document ends; text outside them is named `strip_extra_text` in `repairs`."""
    scan = _Scan()
    docs: list[Document] = []
    i = 0
    n = len(text)
    while i < n:
        start = _next_start(text, i)
        if start < 0:
            if "strip_extra_text" not in repairs and text[i:].strip():
                repairs.append("strip_extra_text")
            break
        if "strip_extra_text" not in repairs and text[i:start].strip():
            repairs.append("strip_extra_text")
        doc, i, stop = _document_at(text, start, scan)
        if doc is not None:
            docs.append(doc)
        if stop:
            break
    return docs


def _document_at(text: str, start: int, scan: _Scan) -> tuple[Document | None, int, bool]:
    """(the document starting at `start` or None, where to go on, whether the text ends there: a truncated
    document)."""
    if not _VALUE_START.match(text, start):  # a brace in prose ("{ b"), not a document
        return None, start + 1, False
    try:
        value, end = _decode_at(text, start)
        return Document(value), end, False
    except (ValueError, RecursionError):
        pass  # the whole-text error (err) names the place; this one may be relative to a window
    if text[start] == "[":
        elements, end, complete = _recover_array(text, start + 1, scan)
        # an array of nothing but broken elements is a document only if it starts the text
        # (a truncated one-record batch), not a stray '[' in junk
        if elements and (start == 0 or not all(isinstance(e, Lost) for e in elements)):
            doc = Document(elements)
            if not complete:
                doc.repairs.append("salvage_truncated")
            return doc, end, not complete
        return None, start + 1, False
    doc, end, complete = _parse_object_leniently(text, start, scan)
    if doc is not None:
        if not complete and "salvage_truncated" not in doc.repairs:
            doc.repairs.append("salvage_truncated")
        return doc, end, not complete
    return None, start + 1, False  # not a document start (stray brace in text): move on


def parse_lines(text: str) -> tuple[list[Document], list[str], str | None, str]:
    """JSON Lines: one element per non-empty line; a broken line is a `Lost` marker at its position."""
    elements: list[Any] = []
    repairs: list[str] = []
    rows = [x for x in text.split("\n") if x.strip()]
    for n, line in enumerate(rows):
        try:
            value = _loads(line, strict=False)
        except json.JSONDecodeError as e:
            err = e
        except (ValueError, RecursionError) as e:
            elements.append(Lost(n, *_unreadable(e)))
            continue
        else:
            elements.append(
                Lost(n, "nested_too_deeply", f"line {n + 1}: nests more than {MAX_DEPTH} levels")
                if too_deep(value)
                else value
            )
            continue
        fixed = remove_trailing_commas(line)
        try:
            elements.append(Repaired(_loads(fixed, strict=False), ["remove_trailing_comma"]))
            continue
        except (ValueError, RecursionError):
            pass
        value = _try_escape_quotes(line)
        if value is not None:
            elements.append(Repaired(value, ["escape_stray_quotes"]))
        elif n == len(rows) - 1 and not line.rstrip().endswith(("}", "]")):
            elements.append(Lost(n, "truncated_record", f"last line cut: {err.msg}"))
        else:
            elements.append(Lost(n, "unparseable_record", f"line {n + 1}: {err.msg}"))
    if not elements:
        return [], repairs, "empty_file", "no content"
    return [Document(elements)], repairs, None, ""


def parse_file_bytes(raw: bytes, lines: bool = False) -> ParsedFile:
    """Decode, unwrap and parse one batch file (JSON, or JSON Lines when `lines`); decide which string
    repairs its records need.

    Fast path: a file that is valid JSON once decoded (BOM stripped, newlines normalised) is parsed by one
    strict `json.loads` and nothing else; only a file that fails it goes through the salvage steps. Valid
    JSON is therefore never altered (a fence or `<think>` quoted inside a string stays).
    """
    text, repairs = decode_bytes(raw)
    non_finite = "NaN" in text or "Infinity" in text
    if not lines:
        try:
            value = _loads(text)
        except (ValueError, RecursionError):
            pass  # a syntax error, or one record json cannot build (too deep, a huge int): salvage per record
        else:
            return ParsedFile(
                [Document(value)], repairs, string_repairs_needed(text, strict=True), None, "", non_finite
            )
    text, more = strip_wrappers(text)
    repairs += more
    try:
        docs, more, error, detail = parse_lines(text) if lines else parse_documents(text)
    except RecursionError:
        return ParsedFile([], repairs, frozenset(), "unparseable_file", "nested too deeply")
    repairs += more
    return ParsedFile(docs, repairs, string_repairs_needed(text), error, detail, non_finite)


# ---- string repairs -------------------------------------------------------------------------------
def _decode_escapes(text: str) -> str:
    """`\\u00e2` escapes as the characters they stand for, so the scans below see what the strings hold
    (a file written with ensure_ascii hides mojibake and zero-width characters behind escapes)."""
    return _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _contraction_at(text: str, sep_pos: int) -> bool:
    """The word just before `sep_pos` takes the suffix after it (a lost apostrophe, not "plan B s")."""
    m = _WORD_BEFORE.search(text, max(0, sep_pos - 8), sep_pos)
    if m is None:
        return False
    two = text[sep_pos + 1 : sep_pos + 3].lower()
    return m.group().lower() in _ALLOWED_SUFFIXES.get(two if two in ("ll", "ve", "re") else two[:1], ())


def _has_contraction(text: str) -> bool:
    for sep, pattern in _CONTRACTION_SUFFIX.items():
        if sep != " " and sep not in text:
            continue
        for m in pattern.finditer(text):
            if _contraction_at(text, m.start()):
                return True
    return False


def string_repairs_needed(text: str, strict: bool = False) -> frozenset[str]:
    """Which string repairs a file needs (whole-text scans, linear; clean files need none).

    `strict`: the text parsed as strict JSON, so no raw control character can be inside a string.
    Mojibake is judged by ftfy (`is_bad`) only when a character that UTF-8 mojibake produces in cp1252
    or Mac Roman is present; contractions only where a lost-apostrophe suffix follows an allowed word.
    """
    if "\\u" in text:
        text = _decode_escapes(text)
        strict = False
    needed = set()
    ascii_only = text.isascii()
    if not (ascii_only and strict) and _INVISIBLE.search(text):
        needed.add("invisible")
    if not ascii_only and _MOJIBAKE_HINT.search(text) and is_bad(text):
        needed.add("mojibake")
    if _has_contraction(text):
        needed.add("contractions")
    return frozenset(needed)


def _fix_contraction(m: re.Match) -> str:
    word, suffix = m.group(1), m.group(2)
    if word.lower() not in _ALLOWED_SUFFIXES.get(suffix.lower(), ()):
        return m.group(0)
    return f"{word}'{suffix}"


def repair_string(s: str, needed: frozenset[str]) -> tuple[str, list[str]]:
    """Apply the needed repairs to one string; returns (new string, repair kinds applied)."""
    kinds: list[str] = []
    if "mojibake" in needed and not s.isascii() and is_bad(s):
        fixed = ftfy.fix_encoding(s)
        if fixed != s:
            s = fixed
            kinds.append("fix_mojibake")
    if "invisible" in needed:
        fixed = _INVISIBLE.sub("", s)
        if fixed != s:
            s = fixed
            kinds.append("remove_zero_width")
    if "contractions" in needed:
        fixed = _CONTRACTION.sub(_fix_contraction, s)
        if fixed != s:
            s = fixed
            kinds.append("restore_contractions")
    return s, kinds


def repair_strings(value: Any, needed: frozenset[str], path: str = "") -> tuple[Any, list[str]]:
    """Walk a parsed sample and repair every string (keys included); repairs name kind and field path."""
    if not needed:
        return value, []
    repairs: list[str] = []
    if isinstance(value, str):
        new, kinds = repair_string(value, needed)
        return new, [f"{k}:{path or '.'}" for k in kinds]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            key = k
            if isinstance(k, str) and not k.isascii():
                key, kinds = repair_string(k, needed)
                key = unicodedata.normalize("NFC", key)
                repairs += [f"{kind}:{path + '.' if path else ''}{key}(key)" for kind in kinds]
            new, more = repair_strings(v, needed, f"{path}.{key}" if path else str(key))
            out[key] = new
            repairs += more
        return out, repairs
    if isinstance(value, list):
        out_list = []
        for i, v in enumerate(value):
            new, more = repair_strings(v, needed, f"{path}[{i}]")
            out_list.append(new)
            repairs += more
        return out_list, repairs
    return value, []
