"""Turn an LLM answer into JSON: strip ``<think>`` blocks and markdown fences, then salvage.

Structured output makes a clean answer the normal case, but Qwen3 may still prepend a thinking block,
wrap the JSON in ```json fences, add a sentence before it, or be cut off by ``num_predict``. The same
salvage the interactions ingest applies to batch files is tried when available, so a generated batch
and a hand-edited one are read by one set of rules.
"""

from __future__ import annotations

import json
import re
from typing import Any

from . import salvage

_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_FENCE = re.compile(r"^\s*```[a-zA-Z0-9_-]*\s*\n?(.*?)\n?\s*```\s*$", re.DOTALL)


class BadAnswer(ValueError):
    """The answer holds no usable JSON value."""


def strip_think(text: str) -> str:
    text = _THINK.sub("", text)
    low = text.lower()
    if "<think>" in low:  # unterminated block: everything after it is reasoning
        text = text[: low.index("<think>")]
    if "</think>" in low:  # block opened by the chat template, closed in the answer
        text = text[low.rindex("</think>") + len("</think>") :]
    return text.strip()


def _strip_fence(text: str) -> str:
    m = _FENCE.match(text)
    return m.group(1) if m else text


def _first_value(text: str) -> Any:
    """The first complete JSON object/array in `text` (prose around it is ignored)."""
    dec = json.JSONDecoder()
    for i, ch in enumerate(text):
        if ch in "[{":
            try:
                return dec.raw_decode(text, i)[0]
            except json.JSONDecodeError:
                continue
    raise BadAnswer("no JSON value in the answer")


def _repaired(value: Any, text: str) -> Any:
    needed = salvage.string_repairs_needed(text)
    return salvage.repair_strings(value, needed)[0] if needed else value


def parse_answer(text: str) -> Any:
    """JSON value of an answer; raises BadAnswer when nothing usable is in it.

    After removing thinking, the ingest's salvage (`parse_file_bytes`: fences, trailing commas,
    truncation, prose around the JSON) reads the answer, and its string repairs (lost apostrophes,
    mojibake, invisible characters) are applied, exactly as for a batch file on disk.
    """
    body = strip_think(text or "")
    if not body:
        raise BadAnswer("empty answer")
    try:
        return _repaired(json.loads(body), body)
    except json.JSONDecodeError:
        pass
    parsed = salvage.parse_file_bytes(body.encode("utf-8"))
    if parsed.error is None and parsed.documents:
        return _repaired(parsed.documents[0].value, body)
    try:
        return _first_value(_strip_fence(body))
    except BadAnswer:
        raise BadAnswer(f"answer is not JSON ({parsed.error or 'unparseable'}; starts {body[:60]!r})") from None


def answer_items(value: Any, key: str = "samples") -> list[dict[str, Any]]:
    """The list of objects in an answer: ``{"samples": [...]}``, a bare list, or one object."""
    if isinstance(value, dict):
        for k in (key, "examples", "items", "data"):
            if isinstance(value.get(k), list):
                value = value[k]
                break
        else:
            value = [value]
    if not isinstance(value, list):
        raise BadAnswer("answer is neither an object nor a list")
    return [v for v in value if isinstance(v, dict)]
