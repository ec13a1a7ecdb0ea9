"""Reading JSON that may be hostile: too deep, too-long numbers, invalid.

Python's `json` raises `RecursionError` on a few thousand nested brackets and `ValueError` on an
integer of more than 4,300 digits (the int-conversion guard); neither is a `JSONDecodeError`, so a
reader that only catches that one aborts the whole command. Every line reader goes through `loads_line`,
which turns all three into a short reason the caller attaches to the file and line (a per-line reject or
a one-line error), never a traceback.
"""

from __future__ import annotations

import json
import sys
from typing import Any

#: Digits Python converts to int before refusing (3.11+: sys.get_int_max_str_digits(), 0 = unlimited).
MAX_INT_DIGITS = getattr(sys, "get_int_max_str_digits", lambda: 4300)() or 4300


class HugeNumber(str):
    """An integer literal longer than MAX_INT_DIGITS digits, kept as its text (see `parse_int`)."""


def parse_int(text: str) -> int | HugeNumber:
    """`json` parse_int hook: an int, or a `HugeNumber` marker instead of a ValueError that would lose the
    whole document (the record holding it is rejected by its reader)."""
    if len(text) - text.startswith("-") > MAX_INT_DIGITS:
        return HugeNumber(text)
    return int(text)


def find_huge_number(value: Any, path: str = "") -> str | None:
    """Path of the first HugeNumber inside a parsed value (None when there is none)."""
    if isinstance(value, HugeNumber):
        return path or "."
    if isinstance(value, dict):
        for k, v in value.items():
            found = find_huge_number(v, f"{path}.{k}" if path else str(k))
            if found:
                return found
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found = find_huge_number(v, f"{path}[{i}]")
            if found:
                return found
    return None


def problem(exc: BaseException) -> str:
    """The reason a JSON text could not be read, for a reject or a one-line error."""
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON ({exc.msg} at column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "nested too deeply to read (thousands of levels of brackets)"
    if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
        return f"a number with more than {MAX_INT_DIGITS:,} digits"
    return f"unreadable JSON ({type(exc).__name__})"


def loads_line(text: str) -> tuple[Any, str | None]:
    """(value, None) or (None, reason) for one JSON text (a JSONL line)."""
    try:
        return json.loads(text), None
    except (ValueError, RecursionError) as e:  # JSONDecodeError is a ValueError
        return None, problem(e)
