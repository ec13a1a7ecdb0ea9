"""Read what `compare` and `analyze` are pointed at: a batch folder, a built dataset folder, or JSONL.

- built dataset folder (``data/<config>/<split>.parquet``): the conversation rows, each joined with its
  structured sample (``data/interactions``'s ``sample_json``) so authenticity scores are available; the
  build's rejects file inside the folder (``rejects.jsonl``; beside it, ``<folder>.rejects.jsonl``, for
  older builds), when present, supplies the pass rate and removed duplicates;
- conversation JSONL (a file or a folder of them): the rows as they are;
- anything else (batch files or folders of them): the interaction ingest and validation, so the figures
  are those of the samples a build would keep, with its rejects.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..ingest.conversations import read_conversation_records, read_parquet
from ..records import Record

BUILT, CONVERSATIONS, BATCHES = "built dataset", "conversation JSONL", "interaction batches"


@dataclass
class LoadedInput:
    path: str
    input: str  # one of BUILT, CONVERSATIONS, BATCHES
    records: list[Record]
    rejects: list[dict[str, Any]] | None = None  # None: unknown (no rejects file)
    notes: dict[str, Any] = field(default_factory=dict)


def input_kind(path: Path) -> str:
    if not path.exists():
        raise UserError(f"input not found: {path}")
    if path.is_dir() and (path / "data").is_dir() and any((path / "data").rglob("*.parquet")):
        return BUILT
    if path.is_file() and path.suffix == ".jsonl":
        return CONVERSATIONS
    if path.is_dir() and any(path.rglob("*.jsonl")) and not any(path.rglob("*.json")):
        return CONVERSATIONS
    return BATCHES


def _read_rejects(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise UserError(f"{path}: line {lineno}: invalid JSON ({e.msg})") from None
    return rows


def _samples_by_id(folder: Path) -> dict[str, dict[str, Any]]:
    """Structured samples of a built folder's `interactions` config, keyed by id (= origin)."""
    out: dict[str, dict[str, Any]] = {}
    for f in sorted((folder / "data" / "interactions").glob("*.parquet")):
        table = read_parquet(f, columns=["id", "sample_json"])
        for rid, js in zip(table.column("id").to_pylist(), table.column("sample_json").to_pylist(), strict=False):
            if rid and js:
                try:
                    out[rid] = json.loads(js)
                except json.JSONDecodeError:
                    raise UserError(f"{f}: row id {rid}: sample_json is not valid JSON") from None
    return out


def load_built(folder: Path) -> LoadedInput:
    records = list(read_conversation_records(folder))
    samples = _samples_by_id(folder)
    for r in records:
        sample = samples.get(r.origin or r.id)
        if sample is not None and not r.data:
            r.data = sample
    rejects = None
    for cand in (folder / "rejects.jsonl", folder.with_name(folder.name + ".rejects.jsonl")):
        if cand.is_file():
            rejects = _read_rejects(cand)
            break
    return LoadedInput(
        str(folder), BUILT, records, rejects, {"rejects_file": str(cand) if rejects is not None else None}
    )


def load_batches(path: Path, cfg: Any = None) -> LoadedInput:
    """Run the interaction ingest + validation over batch files, keeping its rejects."""
    from .batches import read_batches  # the interaction ingest, imported only when batches are given

    records, rejects = read_batches(path, cfg)
    return LoadedInput(str(path), BATCHES, records, rejects)


def load_input(path: str | Path, cfg: Any = None) -> LoadedInput:
    """Records (and rejects, when knowable) of a batch folder, built dataset folder or conversation JSONL."""
    path = Path(path)
    kind = input_kind(path)
    if kind == BUILT:
        return load_built(path)
    if kind == CONVERSATIONS:
        return LoadedInput(str(path), CONVERSATIONS, list(read_conversation_records(path)), None)
    return load_batches(path, cfg)
