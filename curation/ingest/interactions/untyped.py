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
from typing import Any, NamedTuple

from ...domain import Spec
from .missing import MIN_MISSING

#: A file stops when more than this share of its records are untyped (and at least MIN_MISSING of them): then the
#: untyped records are the file, not strays in it. One generator call writes one file in one shape, so a file of
#: one shape is typed all or nothing; a minority of untyped records beside typed ones are defects of those records
#: (a note, a cut or foreign object), which the typed majority shows is not the file's shape.
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

    def failing(self) -> bool:
        return self.untyped >= MIN_MISSING and self.untyped > UNTYPED_SHARE * self.total

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


class CloseType(NamedTuple):
    """A data type the untyped records come close to, by how much of it `unwritten schema` finds in them."""

    type: str
    #: its required fields the matcher finds in the records
    found: int
    #: its required fields
    required: int
    #: fields of the records it places without a CHECK
    placed: int


def closest_types(samples: list[dict[str, Any]], spec: Spec) -> list[CloseType]:
    """Each type the records fill at least half the required fields of, best first: the matcher reads the records
    as each type in turn; a type that fills as much and places more of their fields, plainly, is closer."""
    from .schema_report import match_samples

    out: list[CloseType] = []
    for t, tspec in spec.types.items():
        required = [f.name for f in tspec.fields if f.required]
        if not required or not samples:
            continue
        tm = match_samples(t, {t: samples}, spec)
        missing = {f.path for f in tm.missing}
        found = sum(1 for f in required if f not in missing)
        placed = sum(1 for m in tm.matches if m.target and m.how != "unmatched" and "AMBIGUOUS" not in m.evidence)
        if found * 2 >= len(required):
            out.append(CloseType(t, found, len(required), placed))
    out.sort(key=lambda c: (-c.found / c.required, -c.placed))
    return out


def file_types_lines(lines: dict[str, str]) -> str:
    """The `file_types:` block (two-space indented, under `interactions:`) as YAML a user pastes."""
    import yaml

    text = yaml.safe_dump(
        {"file_types": lines}, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000
    )
    return "".join("  " + line + "\n" for line in text.splitlines())


def untyped_message(shown: str, tally: UntypedTally, spec: Spec, close: list[CloseType] | None = None) -> str:
    """One line naming the file, how many of its records are untyped, their fields and the closest types; then the
    `interactions.file_types` line to paste (the closest type, or a placeholder listing the types). `close`: the
    closest types when the caller has them already."""
    name = PurePosixPath(shown).name
    fields = tally.shared_fields()
    label = (
        "labels that name no data type of ours: " + ", ".join(repr(x) for x, _ in tally.labels.most_common(3))
        if tally.labels
        else "no data-type label"
    )
    what = (
        f"{shown}: {tally.untyped} of {tally.total} records are of no data type we know ({label}, no type in the "
        "file name, fields that match no type)"
    )
    if fields:
        what += f"; their fields: {', '.join(repr(f) for f in fields[:8])}{', ...' if len(fields) > 8 else ''}"
    own = tally.labels.most_common(1)[0] if tally.labels else None
    if own is not None and own[1] * 2 > tally.untyped:  # a type of the user's own, labelled: its entry is the fix
        return (
            what + "; nothing was written. They name a data type of your own: add its interactions.types entry to "
            "your config (the draft `unwritten schema` writes; check its roles, template and system prompt):\n"
            + _type_draft(own[0], tally.samples, spec).rstrip("\n")
        )
    if close is None:
        close = closest_types(tally.samples, spec)
    if close:
        what += "; closest by fields: " + ", ".join(
            f"{c.type} ({c.found} of {c.required} required fields, {c.placed} of theirs placed)" for c in close[:3]
        )
        value = close[0].type
    else:
        what += "; no data type's fields come close"
        value = "<data type: " + " | ".join(spec.types) + ">"
    return (
        what + "; nothing was written. Add this interactions.file_types line to your config (check the type; "
        "then `unwritten schema` proposes the field_map for its records):\ninteractions:\n"
        + file_types_lines({suggested_glob(name): value}).rstrip("\n")
    )


def _type_draft(label: str, samples: list[dict[str, Any]], spec: Spec) -> str:
    """The `interactions.types` entry `unwritten schema` drafts for a labelled type the spec does not know."""
    from .field_match import interactions_yaml
    from .normalize import normalize_label
    from .profile import profile_samples
    from .type_proposal import propose_type

    name = normalize_label(label)
    draft = propose_type(profile_samples(name, samples, known=False, spec=spec), spec)
    return interactions_yaml({"types": {name: draft}})
