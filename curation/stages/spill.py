"""Spill files: records and texts a stage must see twice, kept on disk instead of in memory.

A stage that needs the whole input before it can decide (dedupe, balance, split) reads its input once,
writes each record to a `RecordSpill` and keeps only compact per-record keys in numpy arrays (digests,
ranks, category codes); it then decides on the keys and reads the records back, in input order or in
any order it chose, to yield them. Peak memory then grows with the keys (tens of bytes per record), not
with the records (kilobytes each).

Spill files live in the context's scratch folder: inside the build's staging folder during `unwritten
build` (removed before the folder is swapped in, and with it when a build is killed), or in a temporary
folder of the system otherwise.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, overload

from ..atomic import writing
from ..records import Record, decode_record, encode_record

_READ_BLOCK = 1 << 20


def scratch_folder(ctx: object) -> tuple[Path, bool]:
    """(folder for spill files, whether the caller must remove it): the folder given (a path, or a
    context's `scratch`), or a new temporary folder when there is none."""
    folder = ctx if isinstance(ctx, (str, os.PathLike)) else getattr(ctx, "scratch", None)
    if folder is not None:
        with writing(folder):
            Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder), False
    with writing(tempfile.gettempdir()):
        return Path(tempfile.mkdtemp(prefix="unwritten-spill-")), True


class _AppendFile:
    """An append-only file of variable-length frames, with their offsets in a compact array."""

    def __init__(self, folder: Path, prefix: str) -> None:
        with writing(folder):
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=".spill", dir=folder)
        self.path = Path(name)
        self._fh = os.fdopen(fd, "w+b", buffering=_READ_BLOCK)
        self._fd = fd
        self._dirty = False  # written since the last flush (reads go to the file descriptor)
        self.offsets = array("q", [0])

    def _add(self, data: bytes) -> int:
        try:
            self._fh.write(data)
        except OSError:
            with writing(self.path):  # the one-line error naming the file
                raise
        self._dirty = True
        self.offsets.append(self.offsets[-1] + len(data))
        return len(self.offsets) - 2

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def sync(self) -> None:
        """Everything appended is in the file (before a process forks: it must not inherit unwritten bytes)."""
        self._ready()

    def _ready(self) -> int:
        if self._dirty:
            with writing(self.path):
                self._fh.flush()
            self._dirty = False
        return self._fd

    def _frame(self, i: int) -> bytes:
        a, b = self.offsets[i], self.offsets[i + 1]
        return os.pread(self._ready(), b - a, a)

    def _frames(self, start: int = 0, stop: int | None = None) -> Iterator[bytes]:
        """Frames start..stop in order, read in blocks of about a megabyte."""
        stop = len(self) if stop is None else stop
        fd = self._ready()
        i = start
        while i < stop:
            j = i + 1
            while j < stop and self.offsets[j + 1] - self.offsets[i] <= _READ_BLOCK:
                j += 1
            base = self.offsets[i]
            block = os.pread(fd, self.offsets[j] - base, base)
            for k in range(i, j):
                yield block[self.offsets[k] - base : self.offsets[k + 1] - base]
            i = j

    def close(self) -> None:
        if not self._fh.closed:
            with contextlib.suppress(OSError):  # unflushed bytes of a file about to be deleted
                self._fh.close()
        self.path.unlink(missing_ok=True)


class RecordSpill(_AppendFile):
    """Records written once, read back in order (`__iter__`) or by position (`get`, `take`)."""

    def __init__(self, folder: Path, name: str = "records") -> None:
        super().__init__(folder, f".{name}.")

    def append(self, record: Record) -> int:
        return self._add(encode_record(record))

    def get(self, i: int) -> Record:
        return decode_record(self._frame(i))

    def take(self, indices: Iterable[int]) -> Iterator[Record]:
        """Records at `indices`, in that order (runs of consecutive positions are read in blocks)."""
        for i in indices:
            yield self.get(i)

    def __iter__(self) -> Iterator[Record]:
        for frame in self._frames():
            yield decode_record(frame)


class TextStore(_AppendFile, Sequence[str]):
    """A read-only sequence of texts kept in a file: what near-duplicate search and the contamination check
    index and verify without holding every text in memory. Slices read one block."""

    def __init__(self, folder: Path, name: str = "texts") -> None:
        super().__init__(folder, f".{name}.")
        self.lengths = array("q")  # characters per text

    def append(self, text: str) -> int:
        self.lengths.append(len(text))
        return self._add(text.encode("utf-8"))

    def extend(self, texts: Iterable[str]) -> None:
        for t in texts:
            self.append(t)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                return [self[k] for k in range(start, stop, step)]
            return [b.decode("utf-8") for b in self._frames(start, stop)] if start < stop else []
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._frame(i).decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        for b in self._frames():
            yield b.decode("utf-8")


class Scratch:
    """The spill files of one stage run, removed together (also on error)."""

    def __init__(self, ctx: object = None) -> None:
        self.folder, self._own = scratch_folder(ctx)
        self._files: list[_AppendFile] = []

    def records(self, name: str = "records") -> RecordSpill:
        s = RecordSpill(self.folder, name)
        self._files.append(s)
        return s

    def texts(self, name: str = "texts") -> TextStore:
        s = TextStore(self.folder, name)
        self._files.append(s)
        return s

    def close(self) -> None:
        for f in self._files:
            f.close()
        self._files.clear()
        if self._own:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Scratch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Columns:
    """Per-record keys collected one record at a time into numpy arrays (no Python object kept per
    record): fixed-width columns (`np.dtype`) and byte-string columns (dtype ``"S"``, width found at the end)."""

    _CHUNK = 65_536

    def __init__(self, **dtypes: str) -> None:
        import numpy as np

        self._np = np
        self.dtypes = dtypes
        self._rows: dict[str, list] = {k: [] for k in dtypes}
        self._done: dict[str, list] = {k: [] for k in dtypes}
        self.n = 0

    def add(self, *values: object) -> None:
        for rows, v in zip(self._rows.values(), values, strict=False):
            rows.append(v)
        self.n += 1
        if len(next(iter(self._rows.values()))) >= self._CHUNK:
            self._flush()

    def _flush(self) -> None:
        np = self._np
        for k, rows in self._rows.items():
            if rows:
                dt = self.dtypes[k]
                self._done[k].append(np.array(rows, dtype=dt) if dt != "S" else np.array(rows, dtype="S"))
                rows.clear()

    def finish(self) -> dict[str, Any]:
        np = self._np
        self._flush()
        out = {}
        for k, parts in self._done.items():
            dt = self.dtypes[k]
            if not parts:
                out[k] = np.zeros(0, dtype="S1" if dt == "S" else dt)
            elif dt == "S":
                width = max(p.dtype.itemsize for p in parts)
                out[k] = np.concatenate([p.astype(f"S{width}") for p in parts])
            else:
                out[k] = np.concatenate(parts)
            parts.clear()
        return out
