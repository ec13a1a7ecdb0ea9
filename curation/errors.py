"""User-facing errors: one clear line, no traceback.

Anything the user can fix (a missing path, a bad config key, an unreadable file) raises `UserError`;
the CLI prints its message and exits non-zero. Programming errors still raise normally.
"""

from __future__ import annotations

import errno


class UserError(Exception):
    """An error caused by input or configuration; `str(e)` is the one line shown to the user."""

    exit_code = 2


class LedgerMismatch(UserError):
    """The build's counts do not add up (input != output + rejected): refuse to publish."""

    exit_code = 3


# ---- the CLI's error boundary -------------------------------------------------------------------------
#: Set to 1 (or pass `unwritten --debug`) to see the traceback of any error instead of its one line.
DEBUG_ENV = "UNWRITTEN_DEBUG"
#: Exit code of an error the tool did not expect (a bug): EX_SOFTWARE.
UNEXPECTED_EXIT = 70
_MAX_LINE = 400


def one_line(text: object) -> str:
    """Whitespace runs (newlines included) collapsed, long messages cut: what fits on one terminal line."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= _MAX_LINE else flat[: _MAX_LINE - 1] + "…"


def describe(exc: BaseException) -> tuple[str, int]:
    """(one line, exit code) for any exception that escaped a command.

    Known families (the input or the machine, not the code) get a plain description naming the file when
    the exception knows it; anything else is reported as an unexpected error with a pointer to --debug.
    The places that can name the file and place raise `UserError` themselves; this is the last net.
    """
    if isinstance(exc, UserError):
        return str(exc), exc.exit_code
    where = ""
    filename = getattr(exc, "filename", None)
    if filename:
        where = f"{filename}: "
    if isinstance(exc, OSError):
        reason = {
            errno.ENOSPC: "no space left on device",
            errno.EDQUOT: "disk quota exceeded",
            errno.EROFS: "read-only file system",
            errno.EACCES: "permission denied",
            errno.EPERM: "operation not permitted",
            errno.ENOENT: "no such file or folder",
            errno.ENOTDIR: "not a folder",
            errno.EISDIR: "is a folder",
            errno.ENAMETOOLONG: "name too long",
            errno.EMFILE: "too many open files",
        }.get(exc.errno, exc.strerror or type(exc).__name__)
        return one_line(f"{where}{reason}"), 74  # EX_IOERR
    if isinstance(exc, RecursionError):
        return one_line(f"{where}input nested too deeply to read (thousands of levels of brackets or indentation)"), 65
    if isinstance(exc, MemoryError):
        return "out of memory (an input too large to hold?)", 71
    if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
        return one_line(f"{where}a number with more than 4,300 digits in the input ({exc})"), 65  # EX_DATAERR
    if isinstance(exc, UnicodeError):
        return one_line(f"{where}text that cannot be encoded or decoded: {exc}"), 65
    module = type(exc).__module__.split(".")[0]
    if module in ("pyarrow", "sqlite3", "yaml", "jinja2", "zipfile", "json"):
        return one_line(f"{where}unreadable input ({type(exc).__name__}: {exc})"), 65
    return one_line(
        f"unexpected error ({type(exc).__name__}: {exc}); this is a bug: rerun with --debug "
        f"(or {DEBUG_ENV}=1) for the traceback"
    ), UNEXPECTED_EXIT
