"""Read conversation rows back into Records: conversation JSONL files and built dataset folders.

Used by the stand-alone commands (`dedupe`, `compare`, incremental dedupe `--against`) that work on
already-converted data. Accepts our own rows (`conversations` with from/value + `metadata`) and the
common OpenAI shape (`messages` with role/content).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..jsonio import loads_line
from ..records import GPT, HUMAN, SYSTEM, Record, Source, stable_id
from ..stages.base import Context, SourceStep

ROLE_NAMES = {"system": SYSTEM, "human": HUMAN, "user": HUMAN, "gpt": GPT, "assistant": GPT}


def _turns(row: dict[str, Any]) -> list[dict[str, str]] | None:
    turns = row.get("conversations", row.get("messages"))
    if not isinstance(turns, list):
        return None
    out = []
    for t in turns:
        if not isinstance(t, dict):
            return None
        role = t.get("from", t.get("role"))
        value = t.get("value", t.get("content"))
        if role not in ROLE_NAMES or not isinstance(value, str):
            return None
        out.append({"from": ROLE_NAMES[role], "value": value})
    return out


def row_to_record(row: dict[str, Any], file: str, index: int) -> Record | None:
    """A conversation row as a Record, or None when the row has no usable turns."""
    turns = _turns(row)
    if not turns:
        return None
    meta = dict(row.get("metadata") or {})
    meta = {k: v for k, v in meta.items() if v is not None}
    rid = meta.pop("id", None) or stable_id(file, index, json.dumps(turns, sort_keys=True))
    kind = meta.pop("kind", None) or ("scene" if meta.get("data_type") == "scene" else "interaction")
    data_type = meta.pop("data_type", None)
    repairs, violations = meta.pop("repairs", []) or [], meta.pop("violations", []) or []
    meta.pop("source_file", None), meta.pop("source_index", None)
    origin = meta.pop("origin", None)
    return Record(
        id=str(rid),
        kind=kind,
        source=Source(file, index),
        data_type=data_type,
        conversations=turns,
        metadata=meta,
        repairs=list(repairs),
        violations=list(violations),
        origin=origin,
    )


def _jsonl_rows(path: Path) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, parsed row or None, error) for each non-blank line."""
    with path.open("r", encoding="utf-8-sig", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row, err = loads_line(line)
            yield lineno, row, err


def read_parquet(path: Path, columns: list[str] | None = None):
    """A Parquet file as a pyarrow Table, or a one-line UserError naming it (corrupt, truncated, not Parquet,
    missing columns)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.read_table(path, columns=columns)
    except (pa.ArrowException, OSError, ValueError) as e:
        first = (str(e).splitlines() or [type(e).__name__])[0]
        raise UserError(f"{path}: not a readable Parquet file ({first.split(': ', 1)[-1][:200]})") from None


def _parquet_rows(folder: Path) -> Iterator[tuple[str, int, dict[str, Any], str]]:
    files = sorted((folder / "data" / "conversations").glob("*.parquet"))
    if not files:
        raise UserError(f"{folder}: not a built dataset folder (no data/conversations/*.parquet)")
    for f in files:
        for i, row in enumerate(read_parquet(f).to_pylist()):
            yield f.as_posix(), i, row, f.stem


def read_conversation_records(
    path: str | Path, ctx: Context | None = None, stage: str = "conversations"
) -> Iterator[Record]:
    """Records from a conversation JSONL file, a folder of them, or a built dataset folder.

    Without `ctx`, a bad line raises UserError naming file and line; with `ctx`, it is rejected.
    """
    path = Path(path)
    if not path.exists():
        raise UserError(f"input not found: {path}")
    if path.is_dir() and (path / "data" / "conversations").is_dir():
        for file, i, row, split in _parquet_rows(path):
            rec = row_to_record(row, file, i)
            if rec is None:
                raise UserError(f"{file}: row {i}: no usable conversation turns")
            rec.metadata.setdefault("split", split)
            yield rec
        return
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    if path.is_dir() and not files:
        raise UserError(f"{path}: no .jsonl files found")
    for f in files:
        for lineno, row, err in _jsonl_rows(f):
            rec = row_to_record(row, f.as_posix(), lineno) if isinstance(row, dict) else None
            if rec is None:
                err = err or "no usable conversation turns (need conversations[from,value] or messages[role,content])"
                if ctx is None:
                    raise UserError(f"{f}: line {lineno}: {err}")
                ctx.reject_item(stage, "unreadable_row", source_file=f.as_posix(), index=lineno, error=err)
                continue
            yield rec


class ConversationSource(SourceStep):
    """Ingest step over conversation JSONL files / built dataset folders."""

    name = "conversations"

    def __init__(self, paths: list[str | Path]):
        self.paths = [Path(p) for p in paths]

    def read(self, ctx: Context) -> Iterator[Record]:
        for p in self.paths:
            yield from read_conversation_records(p, ctx, self.name)
