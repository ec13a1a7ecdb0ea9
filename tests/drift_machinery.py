"""The machinery the drift generators (tests/field_drift_fresh*.py) share, kept in one place.

Each generator was written by a writer of its own who copied the previous one's machinery (how a file is written
and made messy, how a planted row is recorded, how the manifest is counted and written) and changed only the habits
(names, nesting, value forms, envelopes, pools). The habits stay in each generator; what the writers copied
unchanged lives here, so a fix is made once and a new generator borrows it instead of copying it again.

Nothing here draws from a generator's random stream in another order than the copies did: every family writes the
same bytes as before (proved per family and seed when this module was made).
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Callable
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


# --- paths in a record (field_map's: dots, "\\." inside a key, "[N]", "[key=label]") ---------------------------------


def path_steps(path: str) -> list[str]:
    """A field_map path's steps; "\\." is a dot inside a key."""
    return [s.replace("\\.", ".") for s in re.split(r"(?<!\\)\.", path)]


def put(obj: dict[str, Any], path: str, value: Any) -> None:
    """Write value at a field_map path (dots, "[N]", "[key=label]"), creating what is missing."""
    steps = path_steps(path)
    node: Any = obj
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        pos = re.fullmatch(r"(.+?)\[(\d+)\]", step)
        pair = re.fullmatch(r"(.+?)\[(.+?)=(.+)\]", step)
        if pos:
            lst = node.setdefault(pos[1], [])
            n = int(pos[2])
            while len(lst) <= n:
                lst.append(None if last else {})
            if last:
                lst[n] = value
            else:
                node = lst[n]
        elif pair:
            lst = node.setdefault(pair[1], [])
            item = next((x for x in lst if x.get(pair[2]) == pair[3]), None)
            if item is None:
                item = {pair[2]: pair[3]}
                lst.append(item)
            node = item
        elif last:
            node[step] = value
        else:
            node = node.setdefault(step, {})


def get(obj: Any, path: str) -> Any:
    """The value at a plain dotted path of our record, None where a step is missing."""
    for step in path.split("."):
        obj = obj.get(step) if isinstance(obj, dict) else None
    return obj


def get_their(obj: Any, path: str) -> Any:
    """The node at a path of a record being written in their names (it exists: put made it)."""
    for step in path_steps(path):
        pair = re.fullmatch(r"(.+?)\[(.+?)=(.+)\]", step)
        obj = next(x for x in obj[pair[1]] if x.get(pair[2]) == pair[3]) if pair else obj[step]
    return obj


def plain_number(v: Any) -> Any:
    """A planted out-of-range number as a model writes it (84, not 84.0)."""
    return int(v) if isinstance(v, float) and math.isfinite(v) and v.is_integer() else v


def truth_map(dialect: dict[str, Any]) -> dict[str, str]:
    """The dialect's true field_map lines: {their path: our path}."""
    return {theirs: ours for ours, theirs, _ in dialect["map"]}


# --- the manifest and the command line -----------------------------------------------------------------------------


def counts(manifest: dict[str, Any]) -> dict[str, Any]:
    """Planted records by expectation, by reason/rule, by defect name and by type."""
    recs = manifest["records"]
    return {
        "records": len(recs),
        "by_expected": dict(Counter(r["expected"] for r in recs)),
        "by_outcome": dict(Counter(r.get("reason") or r.get("rule") or r["expected"] for r in recs)),
        "by_defect": dict(Counter(f"{r['data_type']}:{r['defect']}" for r in recs if r["defect"])),
        "by_type": dict(Counter(r["data_type"] for r in recs)),
    }


def command_line(doc: str | None, writer: Callable[[Path, int], dict[str, Any]], family: str) -> int:
    """`python tests/field_drift_<family>.py OUT_DIR [--seed N]`: one folder, its manifest beside it as
    OUT_DIR.<family>.manifest.json (never inside, where the ingest would read it), the counts on stdout."""
    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    out = Path(args.out)
    m = writer(out, args.seed)
    side = out.parent / f"{out.name}.{family}.manifest.json"
    side.write_text(json.dumps(m, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(m["counts"], indent=1))
    return 0
