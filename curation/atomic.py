"""Atomic writes: an interrupted run never leaves a half-written file or folder behind.

Files are written to a temporary sibling and `os.replace`d into place. Folders are built in a
temporary sibling and swapped in with two renames; the previous folder survives until the new one is
complete, and a crash between the two renames leaves the old copy under ``<name>.previous``, which the
next build restores if the target is missing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import UserError


@contextlib.contextmanager
def writing(path: object) -> Iterator[None]:
    """Turn a failed write (disk full, no permission) into the one-line error naming the file; for files
    written in pieces (spill files, streamed data files), where `write_bytes` cannot be used."""
    try:
        yield
    except OSError as e:
        raise UserError(f"{path}: cannot write ({e.strerror or type(e).__name__})") from None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` atomically; a failure (disk full, no permission, no such folder) is a one-line
    UserError naming the file, and leaves no temporary file behind."""
    try:
        _write_bytes(path, data)
    except OSError as e:
        raise UserError(f"{path}: cannot write ({e.strerror or type(e).__name__})") from None


def _write_bytes(path: str | os.PathLike, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes 0600: give the file the mode the user's umask asks for
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text(path: str | os.PathLike, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def remove_tree(folder: Path, last: str | None = None) -> None:
    """Delete `folder`; the entry named `last` (an ownership marker) goes last, so a folder interrupted
    half-way through deletion still says whose it is."""
    folder = Path(folder)
    if last is None or not (folder / last).exists():
        shutil.rmtree(folder, ignore_errors=True)
        return
    for p in folder.iterdir():
        if p.name != last:
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
    shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def atomic_dir(
    target: str | os.PathLike, owned: Callable[[Path], bool] = lambda p: True, marker: str | None = None
) -> Iterator[Path]:
    """Yield an empty staging folder; on success it replaces `target`, on failure it is removed.

    `owned(folder)` says whether a ``<name>.previous`` folder was made by this code: one that was not
    is never restored, replaced or deleted (the swap is refused instead). `marker`: the file that marks
    the folders as ours, deleted last.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    previous = target.with_name(target.name + ".previous")
    if previous.exists() and not owned(previous):
        raise UserError(f"{previous} exists and was not made by this tool; move it away")
    if previous.exists() and not target.exists():  # recover from a crash between the two renames
        os.replace(previous, target)
    prefix = f".{target.name}.building."
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent))
    os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes 0700
    try:
        yield staging
    except BaseException:
        remove_tree(staging, marker)
        raise
    if previous.exists():
        _discard(previous, prefix, marker)
    if target.exists():
        os.replace(target, previous)
    os.replace(staging, target)
    _discard(previous, prefix, marker)


def _discard(folder: Path, prefix: str, marker: str | None) -> None:
    """Move `folder` under a staging name first (one rename), then delete it: a kill half-way leaves a
    leftover the next run recognises and removes, never a half-deleted ``.previous``."""
    if not folder.exists():
        return
    trash = Path(tempfile.mkdtemp(prefix=prefix + "old.", dir=folder.parent))
    os.replace(folder, trash)  # replaces the empty placeholder
    remove_tree(trash, marker)
