"""One writer per output folder: a lock file refuses a second concurrent build or generation run.

The lock is an exclusive `flock` on a small file that also records who holds it (pid, host, the process
start time, the command). The operating system releases the `flock` when its holder dies, even by
kill -9, so a lock whose process is gone is stale: the next run takes it over and says so in one line.
Where `flock` is not available the recorded pid decides: a lock whose pid no longer runs (or now belongs
to a process started at another time) is stale. A lock held from another host is never taken over
automatically; the error names the file to delete once that run is known to be dead.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import UserError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("curation.locks")


class Locked(UserError):
    """Another live run holds the output's lock."""

    exit_code = 5


def _process_start(pid: int) -> str | None:
    """The kernel's start time of `pid` (clock ticks since boot), to tell a reused pid from the holder."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[-1].split()[19]


def _alive(pid: int, start: str | None) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    now = _process_start(pid)
    return start is None or now is None or now == start


def _holder(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text) if text.strip() else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _describe(h: dict[str, Any]) -> str:
    when = (
        time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(h["since"]))
        if isinstance(h.get("since"), (int, float))
        else "?"
    )
    return f"{h.get('command', 'a run')} (pid {h.get('pid', '?')} on {h.get('host', '?')}, since {when})"


@contextlib.contextmanager
def output_lock(lock_file: str | os.PathLike, command: str, what: str) -> Iterator[Path]:
    """Hold `lock_file` for the block; `what` names the guarded output in the messages."""
    path = Path(lock_file)
    created = [d for d in (path.parent, *path.parent.parents) if not d.exists()]  # removed again if left empty
    path.parent.mkdir(parents=True, exist_ok=True)
    me = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "start": _process_start(os.getpid()),
        "since": time.time(),
        "command": command,
    }
    for _ in range(20):  # the file can be unlinked by its releasing holder between open and flock: retry
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    held = _holder(_read_fd(fd))
                    raise Locked(
                        f"{what} is being written by {_describe(held)}; wait for it to finish (lock: {path})"
                    ) from None
                try:
                    same = os.fstat(fd).st_ino == os.stat(path).st_ino
                except FileNotFoundError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
            previous = _holder(_read_fd(fd))
            if previous.get("pid") is not None:
                if previous.get("host") not in (None, me["host"]):
                    raise Locked(f"{what} is locked by {_describe(previous)}; if that run is dead, delete {path}")
                if fcntl is None and _alive(int(previous["pid"]), previous.get("start")):
                    raise Locked(
                        f"{what} is being written by {_describe(previous)}; wait for it to finish (lock: {path})"
                    )
                log.warning("taking over the stale lock of %s on %s: that process is gone", _describe(previous), what)
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(me).encode(), 0)
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            for d in created:
                with contextlib.suppress(OSError):
                    d.rmdir()
            raise
        break
    else:  # pragma: no cover - 20 unlink races in a row
        raise Locked(f"{what}: could not take the lock {path}")
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)
        for d in created:  # a refused or failed run leaves no empty folder behind
            with contextlib.suppress(OSError):
                d.rmdir()


def _read_fd(fd: int) -> str:
    chunks = []
    offset = 0
    while True:
        b = os.pread(fd, 65536, offset)
        if not b:
            break
        chunks.append(b)
        offset += len(b)
        if offset > 1 << 20:
            break
    return b"".join(chunks).decode("utf-8", errors="replace")


def lock_beside(target: str | os.PathLike) -> Path:
    """The lock of a folder that is replaced as a whole: a hidden file beside it."""
    target = Path(target)
    return target.parent / f".{target.name}.lock"
