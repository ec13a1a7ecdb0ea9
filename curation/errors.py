"""User-facing errors: one clear line, no traceback.

Anything the user can fix (a missing path, a bad config key, an unreadable file) raises `UserError`;
the CLI prints its message and exits non-zero. Programming errors still raise normally.
"""

from __future__ import annotations


class UserError(Exception):
    """An error caused by input or configuration; `str(e)` is the one line shown to the user."""

    exit_code = 2


class LedgerMismatch(UserError):
    """The build's counts do not add up (input != output + rejected): refuse to publish."""

    exit_code = 3
