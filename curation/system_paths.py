"""System folders are never inputs or outputs.

`root: /` or an input of `/proc` would scan pseudo-files that never end and are not data; an output under
`/proc` or `/sys` cannot be written. Commands check their paths before any work and stop with one line.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .errors import UserError

#: Pseudo file systems: nothing inside them is a manuscript, a batch or a place for outputs.
PSEUDO = ("/proc", "/sys", "/dev", "/run")
#: Roots of the operating system: scanning one of them whole is always a mistake (files inside, such as
#: /var/data/batches, stay usable).
SYSTEM_ROOTS = (
    "/",
    "/bin",
    "/boot",
    "/etc",
    "/lib",
    "/lib32",
    "/lib64",
    "/opt",
    "/sbin",
    "/srv",
    "/usr",
    "/var",
    "/snap",
    "/home",
    "/root",
    "/tmp",
    "/mnt",
    "/media",
)


def system_folder(path: str | os.PathLike) -> str | None:
    """The system folder `path` is (or lies inside, for pseudo file systems), else None."""
    p = Path(os.path.abspath(os.path.expanduser(str(path))))
    with contextlib.suppress(OSError, RuntimeError):
        p = p.resolve()
    s = p.as_posix()
    for pseudo in PSEUDO:
        if s == pseudo or s.startswith(pseudo + "/"):
            return pseudo
    if os.name == "posix" and s in SYSTEM_ROOTS:
        return s
    return None


def refuse_system_folder(path: str | os.PathLike, what: str) -> None:
    """One-line UserError when `path` (an input to scan) is a system folder."""
    found = system_folder(path)
    if found:
        raise UserError(
            f"{what}: {path} is the system folder {found}, not a folder of your data: "
            "name the folder that holds your files (check `root:` and the input paths)"
        )


def refuse_system_output(path: str | os.PathLike, what: str) -> None:
    """One-line UserError when `path` (a file or folder to write) is, or lies in, a system folder."""
    p = Path(path)
    found = system_folder(p) or (system_folder(p.parent) if system_folder(p.parent) in PSEUDO else None)
    if found:
        raise UserError(f"{what}: {path} is in the system folder {found}: choose a folder of your own")
