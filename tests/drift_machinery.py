"""The machinery the drift generators (tests/field_drift_fresh*.py) share, kept in one place.

Each generator was written by a writer of its own who copied the previous one's machinery (how a file is written
and made messy, how a planted row is recorded, how the manifest is counted and written) and changed only the habits
(names, nesting, value forms, envelopes, pools). The habits stay in each generator; what the writers copied
unchanged lives here, so a fix is made once and a new generator borrows it instead of copying it again.

Nothing here draws from a generator's random stream in another order than the copies did: every family writes the
same bytes as before (proved per family and seed when this module was made).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# --- files and the mess planted in them ----------------------------------------------------------------------------


def write_file(path: Path, text: str, bom: bool) -> None:
    """Write a folder's file as UTF-8; with `bom`, as a Windows tool saves it (a BOM and CRLF line ends)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if bom:
        text = "\ufeff" + text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))


def cut_inside(text: str, answer: str) -> str:
    """The text ended inside the last record's answer (the model hit its token limit, the writer was killed)."""
    at = text.rfind(answer)
    assert at > 0, "the answer is written in the file"
    return text[: at + max(3, len(answer) // 2)]


def mojibake(text: str, encoding: str) -> str | None:
    """UTF-8 read as cp1252 or as Mac Roman, when that decodes; None for a text without non-ASCII letters."""
    try:
        bad = text.encode("utf-8").decode(encoding)
    except UnicodeDecodeError:
        return None
    return bad if bad != text else None


def record_key(dtype: str, rec: dict[str, Any]) -> str:
    """A record's identity in our fields: two planted records never share one unless one is a planted duplicate."""
    return json.dumps([dtype, rec], sort_keys=True, ensure_ascii=False)
