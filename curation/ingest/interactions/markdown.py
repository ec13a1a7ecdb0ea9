"""Batches inside Markdown: an LLM's answer saved as `.md`, the batch in fenced code blocks.

A generator that keeps the model's whole answer writes prose around the batch and the batch inside ``` fences,
sometimes split over several blocks, the last one cut when the answer was. `parse_markdown` reads the JSON of
every fenced block whose info string is empty or names JSON (`json`, `jsonl`, ...), each block a document of
the file (a block that does not parse is a `Lost` record, rejected with its place, never dropped); a Markdown
file with no fence at all is read as a whole, as a `.txt` answer is. Whether the JSON is a batch (and so whether
a folder scan reads the file at all, or skips and lists it like a README or notes) is decided by
`discovery.holds_batches`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...llm.salvage import (
    Document,
    Lost,
    ParsedFile,
    decode_bytes,
    parse_documents,
    parse_file_bytes,
    parse_lines,
    string_repairs_needed,
)

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
#: info strings of a fenced block read as JSON (the first word, lower case) ...
JSON_INFO = frozenset({"json", "jsonl", "ndjson", "json5", "jsonc"})
#: ... and those read when the block starts like JSON (a bare ``` block of a shell command is not a batch)
_MAYBE_JSON_INFO = frozenset({"", "js", "javascript", "text", "txt"})
_LINES_INFO = frozenset({"jsonl", "ndjson"})
# CommonMark fences: up to three spaces, then three or more backticks (no backtick in the info string) or tildes
_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)", re.M)


@dataclass
class Block:
    """One fenced code block: its info string's first word, its text, the line it starts on (1-based), whether
    a closing fence ended it (an answer cut inside its block has none), and where it lies in the text, fences
    included (`start`, `stop`)."""

    info: str
    body: str
    line: int
    closed: bool
    start: int = 0
    stop: int = 0


def is_markdown(name: str) -> bool:
    return name.lower().endswith(tuple(MARKDOWN_SUFFIXES))


def fenced_blocks(text: str) -> list[Block]:
    """Every fenced code block of `text`, in order (an unclosed one runs to the end of the text)."""
    blocks: list[Block] = []
    pos = line = counted = 0
    while True:
        m = _OPEN.search(text, pos)
        if m is None:
            return blocks
        fence, info = m.group("fence"), m.group("info")
        if fence[0] == "`" and "`" in info:  # inline code spanning a line (```a```), not a fence
            pos = m.end()
            continue
        line += text.count("\n", counted, m.start())
        counted = m.start()
        close = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.M)
        body_start = m.end() + 1
        end = close.search(text, body_start) if body_start <= len(text) else None
        body = text[body_start : end.start()].removesuffix("\n") if end is not None else text[body_start:]
        word = info.split()[0].lower() if info.split() else ""
        stop = end.end() if end is not None else len(text)
        blocks.append(Block(word, body, line + 1, end is not None, m.start(), stop))
        if end is None:
            return blocks
        pos = stop


def _outside(text: str, blocks: list[Block]) -> bool:
    """Text other than the blocks' JSON (prose, headings, other code) is in the file."""
    pos = 0
    for b in blocks:
        if text[pos : b.start].strip():
            return True
        pos = b.stop
    return bool(text[pos:].strip())


def _drop_thinking(text: str) -> tuple[str, list[str]]:
    """The answer after the model's closed `<think>` block (a draft in its reasoning is not the batch)."""
    end = text.lower().rfind("</think>")
    if end < 0:
        return text, []
    return text[end + len("</think>") :], ["strip_think_block"]


def parse_markdown(raw: bytes) -> ParsedFile:
    """The JSON documents of a Markdown file's fenced JSON blocks (see module docstring); the error
    `no_samples_found` when it has fences but none holding JSON."""
    text, repairs = decode_bytes(raw)
    text, more = _drop_thinking(text)
    repairs += more
    blocks = fenced_blocks(text)
    if not blocks:  # an answer saved without fences: the text as a whole, as a .txt file is read
        return parse_file_bytes(raw)
    json_blocks = [
        b
        for b in blocks
        if b.body.strip() and (b.info in JSON_INFO or b.info in _MAYBE_JSON_INFO and b.body.lstrip()[0] in "[{")
    ]
    if not json_blocks:
        return ParsedFile([], repairs, frozenset(), "no_samples_found", "Markdown with no fenced JSON block")
    repairs.append("strip_code_fence")
    if _outside(text, json_blocks):
        repairs.append("strip_extra_text")
    docs: list[Document] = []
    for b in json_blocks:
        body = b.body.strip()
        lines = b.info in _LINES_INFO
        found, more, error, detail = parse_lines(body) if lines else parse_documents(body)
        if error:
            where = f"the block at line {b.line}"
            docs.append(Document([Lost(None, "unparseable_record", f"{where}: {detail or error}")]))
            continue
        for d in found:
            d.repairs = list(dict.fromkeys([*more, *d.repairs]))
        docs += found
    if len(docs) > 1:
        repairs.append("split_concatenated_json")
    joined = "\n".join(b.body for b in json_blocks)
    non_finite = "NaN" in joined or "Infinity" in joined
    return ParsedFile(docs, list(dict.fromkeys(repairs)), string_repairs_needed(joined), None, "", non_finite)
