"""Helpers for manuscript prompts: a previous chunk's closing lines, the quote guard, the conversation.

The prompts themselves come from the Jinja2 templates of `briefs.py`; `quotes_chunk` guards that no
prompt (an LLM summary included) quotes the chunk it asks for, and the assistant turn is the chunk text,
unchanged.
"""

from __future__ import annotations

import re

from ...records import GPT, HUMAN, SYSTEM


def closing_lines(text: str, max_words: int = 60) -> str:
    sentences = re.split(r"(?<=[.!?…”])\s+", text.strip())
    out: list[str] = []
    n = 0
    for s in reversed(sentences):
        out.insert(0, s)
        n += len(s.split())
        if n >= max_words // 2:
            break
    tail = " ".join(out)
    words = tail.split()
    return " ".join(words[-max_words:]) if len(words) > max_words else tail


_WORD = re.compile(r"\w+(?:['’]\w+)*")
QUOTE_WINDOW = 12


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def quotes_chunk(prompt: str, chunk_text: str, window: int = QUOTE_WINDOW) -> bool:
    """True when `prompt` contains `window` consecutive words of the chunk (case and punctuation aside)."""
    pw = _words(prompt)
    if len(pw) < window:
        return False
    cw = _words(chunk_text)
    spans = {tuple(cw[i : i + window]) for i in range(len(cw) - window + 1)}
    return any(tuple(pw[i : i + window]) in spans for i in range(len(pw) - window + 1))


def conversations(system_prompt: str, human: str, chunk_text: str) -> list[dict[str, str]]:
    return [
        {"from": SYSTEM, "value": system_prompt},
        {"from": HUMAN, "value": human},
        {"from": GPT, "value": chunk_text},
    ]
