"""Fail loud on a field-name mismatch: when a required field of a data type is missing in more than
`interactions.max_missing_share` of that type's records, the batch was written with other names than ours.
Rejecting most of the data one record at a time would hide that, so `build`, `analyze` and `dedupe` stop
before writing anything, with one message naming the data type, the missing field, the files that hold the records
lacking it (as records and rejects show them: relative, never a local absolute path), the present fields that look
like it and the `interactions.field_map` lines that fix it: `unwritten schema`'s own matcher, run on the
records read (one code path: the stop message and the command propose the same lines).
Below the share, records are rejected one by one with their reason, as before.
"""

from __future__ import annotations

import copy
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from ...domain import Spec
from ...errors import UserError
from ...records import Record
from .missing import MIN_MISSING, required_paths, unfit_paths
from .normalize import Problem, check
from .settings import InteractionsConfig

_STEP = re.compile(r"([^.\[\]]+)((?:\[\d+\])*)")


def _walk(obj: Any, path: str) -> Any:
    """The object at a repair's path ('npc_emotional_state.', 'response_options[0].')."""
    for m in _STEP.finditer(path):
        obj = obj.get(m.group(1)) if isinstance(obj, dict) else None
        for i in re.findall(r"\d+", m.group(2)):
            obj = obj[int(i)] if isinstance(obj, list) and int(i) < len(obj) else None
    return obj


def as_written(data: dict[str, Any], repairs: list[str]) -> dict[str, Any]:
    """A copy of the record with the ingest's renames undone (alias renames, one-object lists), so that the
    field_map lines proposed from it name the fields as the batch wrote them (the map applies before those)."""
    out = copy.deepcopy(data)
    for rep in reversed(repairs):
        kind, _, rest = rep.partition(":")
        if kind == "rename_alias" and "->" in rest:
            where, _, ours = rest.rpartition("->")
            parent, _, theirs = where.rpartition(".") if "." in where else ("", "", where)
            holder = _walk(out, parent) if parent else out
            if isinstance(holder, dict) and ours in holder and theirs not in holder:
                holder[theirs] = holder.pop(ours)
        elif kind == "object_from_one_item_list":
            parent, _, name = rest.rpartition(".")
            holder = _walk(out, parent) if parent else out
            if isinstance(holder, dict) and isinstance(holder.get(name), dict):
                holder[name] = [holder[name]]
    return out


_SAMPLE_KEEP = 300  # records kept per data type for `unwritten schema`'s matcher (the rest are only counted)
_FILES_SHOWN = 2  # files named per missing field; the rest are counted ("and 3 more files")


class MissingFieldTally:
    """Counts, per data type, the records lacking each required field, as records stream past; `raise_if_failing`
    stops with the fix when a field is missing in more than the share. Keeps the first few hundred records of
    each type (what `unwritten schema` matches to propose the fix), so a 100k-record run is not held in memory."""

    def __init__(
        self, settings: InteractionsConfig, spec: Spec | None = None, kept_before: Counter | None = None
    ) -> None:
        self.settings = settings
        self.spec = spec or settings.domain()
        self.per_type: Counter = Counter()
        self.samples: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.n_missing: Counter = Counter()
        #: of those, the records whose field is there in a shape no coercion reads (the message says so)
        self.n_unreadable: Counter = Counter()
        #: per (type, path) missing, the files holding the records that lack it (shown paths, first seen first)
        self.files_missing: dict[tuple[str, str], dict[str, int]] = {}
        self._required: dict[str, frozenset[str]] = {}
        # per type, records kept by tallies of earlier parts of the same stream (a worker process's earlier
        # batch files): those count towards the few hundred kept, so a later part copies none it need not
        self.kept_before = kept_before if kept_before is not None else Counter()

    def add(self, r: Record, problems: list[Problem]) -> None:
        data_type = r.data_type
        assert data_type is not None, "only records of a spec type are tallied (callers check the type)"
        self.per_type[data_type] += 1
        kept = self.samples[data_type]
        if len(kept) + self.kept_before[data_type] < _SAMPLE_KEEP:
            kept.append(as_written(r.data, r.repairs))
        required = self._required.get(data_type)
        if required is None:
            required = self._required[data_type] = frozenset(required_paths(self.spec.types[data_type]))
        absent, unreadable = unfit_paths(problems, required)
        for path in dict.fromkeys(absent + unreadable):  # an unreadable field counts as missing
            self.n_missing[(data_type, path)] += 1
            files = self.files_missing.setdefault((data_type, path), {})
            files[r.source.file] = files.get(r.source.file, 0) + 1
        for path in unreadable:
            self.n_unreadable[(data_type, path)] += 1

    def raise_if_failing(self) -> None:
        share = self.settings.max_missing_share
        failing = [
            (t, path, n) for (t, path), n in self.n_missing.items() if n > share * self.per_type[t] and n >= MIN_MISSING
        ]
        if failing:
            raise UserError(
                _message(failing, self.samples, self.per_type, self.spec, share, self.n_unreadable, self.files_missing)
            )


def check_missing_fields(
    records: Iterable[Record], settings: InteractionsConfig, spec: Spec | None = None
) -> dict[int, list[Problem]]:
    """Raise UserError when a required field is missing in more than `settings.max_missing_share` of a type's
    records; otherwise return each record's schema problems (by id(record))."""
    tally = MissingFieldTally(settings, spec)
    problems: dict[int, list[Problem]] = {}
    for r in records:
        if r.kind != "interaction" or r.data_type not in tally.spec.types:
            continue
        ps = check(r.data, tally.spec.types[r.data_type])
        problems[id(r)] = ps
        tally.add(r, ps)
    tally.raise_if_failing()
    return problems


def _message(
    failing: list[tuple[str, str, int]],
    samples: dict[str, list[dict[str, Any]]],
    per_type: Counter,
    spec: Spec,
    share: float,
    n_unreadable: Counter,
    files_missing: dict[tuple[str, str], dict[str, int]] | None = None,
) -> str:
    """One line: per missing field, the data type, the field and its role, how many records lack it, in which files
    (named at a type's first field, then only where they differ) and what the records hold instead as `unwritten
    schema` matches it; then the field_map lines `unwritten schema` proposes
    for those records, as YAML to paste."""
    from .field_match import interactions_yaml
    from .schema_report import match_samples

    parts = []
    fixes: dict[str, dict[str, str]] = defaultdict(dict)
    # per type, the most-missed field first; a nested field whose parent object is missing is reported with it
    failing.sort(key=lambda x: (x[0], -x[2] / per_type[x[0]], x[1]))
    missing_paths = {(t, p) for t, p, _ in failing}
    matches = {t: match_samples(t, samples, spec, share) for t in dict.fromkeys(t for t, _, _ in failing)}
    files_named: dict[str, list[str]] = {}  # per type, the files its first reported field named
    for t, path, n in failing:
        if "." in path and any((t, q) in missing_paths for q in _parents(path)):
            continue
        tm = matches[t]
        fixes[t].update(tm.map_lines())
        role = spec.types[t].role_of(path)
        total = per_type[t]
        what = f"{t}: required field '{path}'" + (f" ({role})" if role else "")
        odd = n_unreadable[(t, path)]
        what += f" is missing in {n} of {total} records ({n / total:.0%})"
        files = list((files_missing or {}).get((t, path), {}))
        if files:
            if t not in files_named:
                files_named[t] = files
                what += " in " + _files(files)
            elif files == files_named[t]:
                what += " in the same " + ("file" if len(files) == 1 else f"{len(files)} files")
            else:
                what += " in " + _files(files)
        if odd:
            what += f" ({odd} of them hold it in a shape we cannot read, e.g. a list where our object is)"
        found = [
            m
            for m in tm.matches
            if m.target and m.how in ("proposed", "with_parent") and (m.target == path or _within(m.target, path))
        ]
        if found:
            what += "; present and alike: " + ", ".join(
                f"'{m.source}'"
                + (f" -> {m.target}" if m.target != path else "")
                + (" (AMBIGUOUS: check it)" if "AMBIGUOUS" in m.evidence else "")
                for m in found[:5]
            )
        else:
            left = _outermost(
                [m.source for m in tm.matches if m.how == "unmatched" and not m.source.endswith("[]")],
                [m.source for m in tm.matches if m.how != "unmatched"],
            )
            what += "; nothing in these records fits it" + (
                f" (left unmatched: {', '.join(repr(x) for x in left[:6])}{', ...' if len(left) > 6 else ''};"
                " if one of them holds it, write its name in the line below)"
                if left
                else " (write your field's name in the line below)"
            )
            fixes[t][f"<your name for {path}>"] = path
        parts.append(what)
    head = (
        f"interaction batches do not use our field names (more than interactions.max_missing_share = "
        f"{share:g} of a type's records lack a required field; nothing was written):"
    )
    return (
        head
        + " "
        + "; ".join(x.strip() for x in parts)
        + ". Add these interactions.field_map lines to your config (what `unwritten schema PATH` proposes; "
        "check each):\n" + interactions_yaml({"field_map": dict(fixes)}).rstrip("\n")
    )


def _files(files: list[str]) -> str:
    """The first files by name, the rest counted: 'a.json', 'a.json, b.json and 3 more files'."""
    shown = ", ".join(files[:_FILES_SHOWN])
    rest = len(files) - _FILES_SHOWN
    return shown + (f" and {rest} more file{'s' if rest != 1 else ''}" if rest > 0 else "")


def _within(path: str, parent: str) -> bool:
    return path.startswith(parent + ".") or path.startswith(parent + "[].")


def _outermost(unmatched: list[str], matched: list[str]) -> list[str]:
    """Their unmatched fields, a container whose every field is unmatched named once for all of them (`Forks`, not
    `Forks.tone_deaf.VoicedLine`: a list or object read by position or key may hold the missing field), the
    containers first."""

    def under(p: str, q: str) -> bool:
        return p.startswith((q + ".", q + "[", q + "{"))

    whole = [q for q in unmatched if not any(under(x, q) for x in matched)]  # (nothing inside it matched)
    inside = {p for p in unmatched if any(under(p, q) for q in whole if q != p)}
    out = [p for p in unmatched if p not in inside]
    holders = {p for p in out if any(q.startswith((p + ".", p + "[", p + "{")) for q in inside)}
    return [p for p in out if p in holders] + [p for p in out if p not in holders]


def _parents(path: str) -> list[str]:
    bits = path.split(".")
    return [".".join(bits[:i]) for i in range(1, len(bits))]
