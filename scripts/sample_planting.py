"""What both sample generators (make_sample_batches.py, make_other_generator_samples.py) do to valid records.

Their records and the defects to plant are data (scripts/sample_batches/, scripts/other_generator/); these are the
few operations they share: set a value by dotted path, write JSON the way a generator does, damage an encoding.
"""

from __future__ import annotations

import json
from typing import Any


def set_path(obj: Any, dotted: str, value: Any) -> None:
    """obj[a][b][2] = value for "a.b.2" (a number steps into a list); value None deletes the key."""
    parts = dotted.split(".")
    for p in parts[:-1]:
        obj = obj[int(p)] if isinstance(obj, list) else obj[p]
    last = parts[-1]
    if value is None:
        del obj[last]
    elif isinstance(obj, list):
        obj[int(last)] = value
    else:
        obj[last] = value


def dumps(obj: Any) -> str:
    """JSON as the generators write it: indented, UTF-8 text as is."""
    return json.dumps(obj, ensure_ascii=False, indent=2)


def mojibake(text: str) -> str:
    """UTF-8 bytes read as cp1252 (undefined bytes become U+FFFD): what a pipeline with the wrong codec writes."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def sloppy_mojibake(text: str) -> str:
    """UTF-8 bytes read as cp1252, the five undefined bytes passed through as the same code point (as ftfy's
    'sloppy' codec reads them back): the wrong-codec damage that a strict cp1252 cannot undo."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)
