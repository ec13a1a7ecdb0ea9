"""Fail loud on a file of unknown data type: when most of a file's records say no type we know (no label, a file
name that names none, fields that match no type), the file was written in a shape of its own, not with a few bad
records. Rejecting all of it `unknown_data_type` would drop the file while the build goes on, so `build`, `analyze`,
`compare`, `dedupe` and `unwritten schema` stop with one message naming the file, its records' fields, the types
whose fields come closest and the `interactions.file_types` line that declares its type. A few untyped records
inside an otherwise typed file stay rejects, one by one, with their reason.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath, PurePosixPath
from typing import Any

from .missing import MIN_MISSING

#: The default of interactions.max_untyped_share: a file stops when more than this share of its records are
#: untyped (and at least MIN_MISSING of them): then the untyped records are the file, not strays in it. One
#: generator call writes one file in one shape, so a file of one shape is typed all or nothing; a minority of untyped
#: records beside typed ones are defects of those records (a note, a cut or foreign object), which the typed majority
#: shows is not the file's shape.
UNTYPED_SHARE = 0.5
#: records kept per file to find the closest types (the matcher's reading of a few dozen is as good as of all)
_KEEP = 40


@dataclass
class UntypedTally:
    """Per file: records whose type was decided, those left untyped, their fields and labels, a few kept."""

    total: int = 0
    untyped: int = 0
    keys: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    samples: list[dict[str, Any]] = field(default_factory=list)

    def add(self, data: dict[str, Any], typed: bool, label: Any = None) -> None:
        self.total += 1
        if typed:
            return
        self.untyped += 1
        self.keys.update(str(k) for k in data)
        if isinstance(label, str) and label.strip():
            self.labels[label.strip()] += 1
        if len(self.samples) < _KEEP:
            self.samples.append(data)

    def failing(self, share: float = UNTYPED_SHARE) -> bool:
        """Most of the file is untyped (more than `share` of its records, interactions.max_untyped_share; 1.0 never
        stops: then every untyped record is an `unknown_data_type` reject)."""
        return self.untyped >= MIN_MISSING and self.untyped > share * self.total

    def shared_fields(self) -> list[str]:
        """The fields more than half the untyped records hold, the most held first (then in the order first seen)."""
        most = [k for k, n in self.keys.items() if n * 2 > self.untyped]
        return sorted(most, key=lambda k: -self.keys[k])


_DIGITS = re.compile(r"\d")


def suggested_glob(name: str) -> str:
    """A pattern for a file and its numbered siblings: its name cut at the first digit (`tana_npc_card_sheet_07.json`
    -> `tana_npc_card_sheet_*`), or the name itself when it holds no digit or one in its first three characters."""
    m = _DIGITS.search(name)
    if m is None or m.start() < 3:
        return name
    return name[: m.start()] + "*"


def matches_pattern(path: PurePath, pattern: str) -> bool:
    """A `file_types` pattern matches a file's name, or (with '/') the last parts of its path."""
    return PurePosixPath(path.as_posix()).match(pattern)


def file_types_lines(lines: dict[str, str]) -> str:
    """The `file_types:` block (two-space indented, under `interactions:`) as YAML a user pastes."""
    import yaml

    text = yaml.safe_dump(
        {"file_types": lines}, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000
    )
    return "".join("  " + line + "\n" for line in text.splitlines())
