"""Where the tool may write: every output path is checked before any work, and a built folder is marked.

The rule is simple: the tool never deletes or overwrites what it did not make.

* A dataset folder the build made carries `MARKER` (``.unwritten-build.json``: tool, version, build id,
  the files it publishes). `--out` onto an existing folder without it is refused, so a folder of notes,
  an input folder, ``.``, ``/`` or the home folder is never replaced.
* An output file may not be an input (or sit inside an input folder, where the next run would read it
  back), a folder, or an existing file that is not of the kind the command writes (a manuscript, a note).
* Staging folders (``.<name>.building.*``) left by a killed build are removed by the next build, but only
  the ones that carry the marker (or are empty).

Every command that takes an output path calls `check_output_file` / `check_output_folder` before it reads
its inputs, so a refused run writes nothing and prints one line.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import __version__, atomic
from .errors import UserError

TOOL = "unwritten-curation"
MARKER = ".unwritten-build.json"
#: the build report and rejects live inside the dataset folder (swapped in with it, never pushed)
REPORT_NAME = "build_report.json"
REJECTS_NAME = "rejects.jsonl"
#: what a folder built before the marker existed holds (accepted as the tool's own)
_LEGACY_ENTRIES = {"README.md", "data", "axolotl", "assets"}
#: the start of every kind of file the commands write, by suffix (an existing file must look like one)
_OWN_START = {
    ".json": (b"{", b"["),
    ".jsonl": (b"{", b"["),
    ".yaml": (b"# Axolotl",),
    ".md": (b"# Interaction batch analysis", b"# Dataset comparison"),
    ".csv": (b"chunk_key,",),
}


def _abs(p: str | os.PathLike) -> Path:
    return Path(os.path.abspath(Path(p).expanduser()))


def _real(p: str | os.PathLike) -> Path:
    return Path(p).expanduser().resolve()


def _within(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def _special(target: Path) -> str | None:
    """Why `target` can never be an output folder (the file system root, home, the current folder)."""
    if target.parent == target:
        return "the file system root"
    home = _real(Path.home())
    if _within(home, target):
        return "the home folder" if target == home else "a folder holding the home folder"
    cwd = _real(Path.cwd())
    if _within(cwd, target):
        return "the current folder" if target == cwd else "a folder holding the current folder"
    return None


def _inputs(inputs: Iterable[str | os.PathLike | None]) -> list[Path]:
    return [_real(p) for p in inputs if p]


def check_output_file(
    path: str | os.PathLike,
    inputs: Iterable[str | os.PathLike | None] = (),
    *,
    option: str = "--out",
    others: Iterable[str | os.PathLike | None] = (),
) -> Path:
    """Refuse an output file that would overwrite an input or something the tool did not write.

    `others`: the command's other output paths (two outputs may not be one file). Returns the path.
    """
    shown = str(path)
    target = _real(path)
    if target.exists() and target.is_dir():
        raise UserError(f"{option} {shown}: is a folder; give a file name")
    for inp in _inputs(inputs):
        if target == inp:
            raise UserError(f"{option} {shown}: is an input of this run; write the output to another file")
        if inp.is_dir() and _within(target, inp):
            raise UserError(
                f"{option} {shown}: is inside the input folder {inp} (the next run would read it "
                "back as input); write it outside that folder"
            )
    for other in _inputs(others):
        if target == other:
            raise UserError(f"{option} {shown}: is also another output of this command; give distinct paths")
    if target.exists():
        if not target.is_file():
            raise UserError(f"{option} {shown}: is not a regular file; give another path")
        if not _looks_own(target):
            raise UserError(
                f"{option} {shown}: exists and is not a file this tool writes "
                f"({target.suffix or 'no suffix'} content); choose another path or move it away"
            )
    return Path(path)


def _looks_own(file: Path) -> bool:
    """An existing file may be replaced when it is empty or starts like the files the commands write."""
    starts = _OWN_START.get(file.suffix.lower())
    if starts is None:
        return file.stat().st_size == 0
    try:
        with file.open("rb") as fh:
            head = fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return not head or head.startswith(starts)


def is_tool_folder(folder: Path) -> bool:
    """True for a folder this tool built (marker, or the layout of a build made before the marker)."""
    marker = folder / MARKER
    if marker.is_file():
        try:
            return read_marker(folder).get("tool") == TOOL
        except UserError:
            return False
    try:
        entries = {p.name for p in folder.iterdir()}
    except OSError:
        return False
    if not entries:
        return True  # an empty folder holds nothing to lose
    if "README.md" in entries and entries <= _LEGACY_ENTRIES | {REPORT_NAME, REJECTS_NAME}:
        try:
            head = (folder / "README.md").read_text(encoding="utf-8", errors="replace")[:20000]
        except OSError:
            return False
        return TOOL in head and (folder / "data").is_dir()
    return False


def check_output_folder(
    path: str | os.PathLike,
    inputs: Iterable[str | os.PathLike | None] = (),
    *,
    option: str = "--out",
    replaced: bool = True,
    inputs_may_hold: bool = False,
) -> Path:
    """Refuse an output folder that is special, an input, holds or sits inside an input, or (when the
    command replaces the whole folder, `replaced`) exists without the tool's marker. Returns it resolved.

    A folder the command only adds named files to (`replaced=False`) may hold inputs; with
    `inputs_may_hold` it may also be (or sit inside) an input folder, for a reader that skips the files
    the command writes (`analyze`, like the spec's script)."""
    shown = str(path)
    target = _real(path)
    why = _special(target) if replaced else ("the file system root" if target.parent == target else None)
    if why:
        raise UserError(f"{option} {shown}: is {why}; give a folder of its own (e.g. builders/unwritten)")
    if target.exists() and not target.is_dir():
        raise UserError(f"{option} {shown}: is a file, not a folder")
    for inp in _inputs(inputs):
        if inputs_may_hold and inp.is_dir():
            continue
        if target == inp:
            raise UserError(f"{option} {shown}: is an input of this run; give another folder")
        if replaced and _within(inp, target):
            raise UserError(f"{option} {shown}: holds the input {inp}; give a folder of its own")
        if inp.is_dir() and _within(target, inp):
            raise UserError(
                f"{option} {shown}: is inside the input folder {inp} (the next run would read it "
                "back as input); give a folder outside it"
            )
    if replaced and target.is_dir() and not is_tool_folder(target):
        raise UserError(
            f"{option} {shown}: exists and was not built by this tool (no {MARKER}); it would be "
            "replaced: give a new or empty folder, or move its content away"
        )
    return target


# ---- the marker ------------------------------------------------------------------------------------
def read_marker(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((Path(folder) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as e:
        raise UserError(f"{Path(folder) / MARKER}: unreadable build marker ({type(e).__name__})") from None
    if not isinstance(data, dict):
        raise UserError(f"{Path(folder) / MARKER}: not a build marker")
    return data


def write_marker(folder: Path, build_id: str, status: str, **fields: Any) -> None:
    """Mark `folder` as the tool's; the first marker of a staging folder is written in place (a kill
    mid-write still leaves a marker file), the final one atomically."""
    data = {"tool": TOOL, "version": __version__, "build_id": build_id, "status": status, **fields}
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    if (Path(folder) / MARKER).exists():
        atomic.write_text(Path(folder) / MARKER, text)
    else:
        (Path(folder) / MARKER).write_text(text, encoding="utf-8")


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def publishable(folder: Path) -> set[str] | None:
    """The files a push may upload (posix, relative): the marker's allow-list; None for a folder built
    before the marker (everything but the report and rejects)."""
    folder = Path(folder)
    if not (folder / MARKER).is_file():
        return None
    listed = read_marker(folder).get("publish")
    if not isinstance(listed, list):
        raise UserError(f"{folder / MARKER}: no 'publish' list; rebuild the folder with `unwritten build`")
    return {str(p) for p in listed}


# ---- leftovers of killed builds --------------------------------------------------------------------
def staging_prefix(target: Path) -> str:
    return f".{target.name}.building."


def remove_leftovers(target: Path) -> list[Path]:
    """Remove staging folders a killed build left beside `target` (only marked or empty ones)."""
    target = Path(target)
    removed: list[Path] = []
    if not target.parent.is_dir():
        return removed
    for p in sorted(target.parent.glob(staging_prefix(target) + "*")):
        if p.is_symlink() or not p.is_dir():
            continue
        entries = [e.name for e in p.iterdir()]
        # marked, empty, or holding only the marker's temporary file (killed while writing it)
        if MARKER in entries or all(e.startswith(MARKER + ".") for e in entries):
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed
