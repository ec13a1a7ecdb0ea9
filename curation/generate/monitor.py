"""Watch a generation output folder: samples so far, per type, samples per hour, new since last check.

Counts come from the batch files themselves (typed batch objects, multi-step arrays, PARTIAL files),
so the monitor works on any run, including one started by another tool. The previous check is kept in
``.generate/monitor.state`` so "new since the last check" survives between invocations. Per-server
throughput and errors come from ``.generate/servers.json``, which `unwritten generate` rewrites every
second while it runs.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..atomic import write_text
from .settings import MULTI_STEP

_TYPED = re.compile(r"^(?P<type>[a-z_]+?)_batch\d+_")


@dataclass
class Snapshot:
    total: int = 0
    per_type: dict[str, int] = field(default_factory=dict)
    files: int = 0
    unreadable: list[str] = field(default_factory=list)
    first_mtime: float | None = None
    last_mtime: float | None = None


def _count(path: Path) -> tuple[str, int]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("samples"), list):
        return str(data.get("data_type") or _guess(path.name)), len(data["samples"])
    if isinstance(data, list):
        return (MULTI_STEP if path.name.startswith(MULTI_STEP) else _guess(path.name)), len(data)
    raise ValueError("not a batch")


def _guess(name: str) -> str:
    m = _TYPED.match(name)
    return m.group("type") if m else "unknown"


def scan(folder: str | Path) -> Snapshot:
    snap = Snapshot()
    for path in sorted(Path(folder).glob("*batch*.json")):
        try:
            dt, n = _count(path)
        except (OSError, ValueError):
            snap.unreadable.append(path.name)
            continue
        snap.files += 1
        snap.total += n
        snap.per_type[dt] = snap.per_type.get(dt, 0) + n
        m = path.stat().st_mtime
        snap.first_mtime = m if snap.first_mtime is None else min(snap.first_mtime, m)
        snap.last_mtime = m if snap.last_mtime is None else max(snap.last_mtime, m)
    return snap


def _servers(path: Path, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            "run_id": data.get("run_id"),
            "age_seconds": round(now - float(data["time"]), 1),
            "servers": list(data["servers"]),
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None


def check(folder: str | Path, now: float | None = None, remember: bool = True) -> dict[str, Any]:
    """One monitoring report; updates the stored last check unless `remember` is False."""
    folder = Path(folder)
    now = time.time() if now is None else now
    snap = scan(folder)
    state_path = folder / ".generate" / "monitor.state"
    try:
        last = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        last = None
    span_h = ((snap.last_mtime - snap.first_mtime) / 3600) if snap.files > 1 else 0.0
    report = {
        "folder": str(folder),
        "files": snap.files,
        "samples": snap.total,
        "per_type": dict(sorted(snap.per_type.items())),
        "elapsed_hours": round(span_h, 3),
        "samples_per_hour": round(snap.total / span_h, 1) if span_h > 0 else None,
        "new_since_last_check": snap.total - last["samples"] if last else snap.total,
        "since_last_check_seconds": round(now - last["time"], 1) if last else None,
        "unreadable": snap.unreadable,
        "servers": _servers(folder / ".generate" / "servers.json", now),
    }
    if remember:
        write_text(state_path, json.dumps({"samples": snap.total, "time": now}))
    return report
