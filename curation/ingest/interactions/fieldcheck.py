"""Fail loud on a field-name mismatch: when a required field of a data type is missing in more than
`interactions.max_missing_share` of that type's records, the batch was written with other names than ours.
Rejecting most of the data one record at a time would hide that, so `build`, `analyze` and `dedupe` stop
before writing anything, with one message naming the data type, the missing field, the present fields that
look like it (rapidfuzz on the names, plus the value's shape) and the `interactions.field_map` lines that fix it.
Below the share, records are rejected one by one with their reason, as before.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any, Iterable

from ...domain import FieldSpec, Spec, TypeSpec
from ...errors import UserError
from ...records import Record
from .normalize import Problem, check
from .settings import InteractionsConfig

_INDEX = re.compile(r"\[\d+\]")
_MIN_SCORE = 55.0
_MAX_DEPTH = 3
#: A field missing in fewer records than this is a defect of those records (rejected one by one), never a
#: naming mismatch, whatever the share (2 of a type's 5 records is 40%).
MIN_MISSING = 3


def _known_names(specs: tuple[FieldSpec, ...]) -> set[str]:
    return {n for f in specs for n in (f.name, *f.aliases)}


def _present_paths(obj: Any, specs: tuple[FieldSpec, ...] | None, prefix: str, depth: int,
                   out: dict[str, Any]) -> None:
    """Paths of the record's values that the spec does not know (candidates for the user's names)."""
    if not isinstance(obj, dict) or depth > _MAX_DEPTH:
        return
    known = _known_names(specs) if specs else set()
    by_name = {f.name: f for f in specs} if specs else {}
    for k, v in obj.items():
        if not isinstance(k, str):
            continue
        path = f"{prefix}{k}"
        if k in by_name:
            f = by_name[k]
            if f.type == "object":
                _present_paths(v, f.fields, path + ".", depth + 1, out)
            elif f.type == "array" and f.items is not None and isinstance(v, list) and v and isinstance(v[0], dict):
                _present_paths(v[0], f.items.fields, path + "[].", depth + 1, out)
            continue
        if k in known:
            continue
        out.setdefault(path, v)
        if isinstance(v, dict):
            _present_paths(v, None, path + ".", depth + 1, out)
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            _present_paths(v[0], None, path + "[].", depth + 1, out)


def _shape_fits(f: FieldSpec, v: Any) -> bool:
    if f.type == "string":
        return isinstance(v, str) and bool(v.strip())
    if f.type in ("number", "integer"):
        if isinstance(v, str):
            try:
                v = float(v.strip().rstrip("%"))
            except ValueError:
                return False
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return False
        return True
    if f.type == "object":
        return isinstance(v, (dict, str, list))
    if f.type == "array":
        return isinstance(v, (list, dict, str))
    return True


def _words(name: str) -> str:
    name = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    return re.sub(r"[\W_]+", " ", name).strip().lower()


def look_alikes(missing: str, f: FieldSpec, present: dict[str, Counter], samples: dict[str, Any]) -> list[str]:
    """Present paths that look like the missing field: name similarity (the field's name, aliases and
    description) plus a value of the right shape, best first."""
    from rapidfuzz import fuzz

    leaf = missing.rsplit(".", 1)[-1].removesuffix("[]")
    targets = [_words(n) for n in (leaf, *f.aliases)]
    scored = []
    for path, count in present.items():
        if not _shape_fits(f, samples.get(path)):
            continue
        their = _words(path.rsplit(".", 1)[-1].removesuffix("[]"))
        if not their:
            continue
        score = max(max(fuzz.token_set_ratio(their, t), fuzz.partial_ratio(their, t) * 0.9) for t in targets)
        if f.description:
            score = max(score, fuzz.partial_token_set_ratio(their, _words(f.description)) * 0.8)
        # a path under the same parent as the missing one is a closer candidate
        parent = missing.rsplit(".", 1)[0] if "." in missing else ""
        if parent and path.startswith(parent + "."):
            score += 10
        if score >= _MIN_SCORE:
            scored.append((score, sum(count.values()), path))
    scored.sort(key=lambda x: (-x[0], -x[1], x[2]))
    if not scored and f.type == "string":
        # no name alike: the present free-text fields, longest text first (an answer is the longest line)
        texts = [(len(samples[p]) if isinstance(samples.get(p), str) else 0, sum(c.values()), p)
                 for p, c in present.items() if _shape_fits(f, samples.get(p))]
        texts.sort(key=lambda x: (-x[0], -x[1], x[2]))
        return [p for _, _, p in texts[:3]]
    if not scored and f.type == "array":  # no name alike: the present lists of objects
        lists = [(sum(c.values()), p) for p, c in present.items()
                 if isinstance(samples.get(p), list) and samples[p] and isinstance(samples[p][0], dict)]
        return [p for _, p in sorted(lists, key=lambda x: (-x[0], x[1]))[:3]]
    return [p for _, _, p in scored[:3]]


def child_moves(missing: str, f: FieldSpec, present: dict[str, Counter]) -> list[tuple[str, str]]:
    """For a missing object: present paths named like its children ('openness' for 'ocean.openness')."""
    if f.type != "object" or not f.fields:
        return []
    out = []
    by_leaf = {p.rsplit(".", 1)[-1]: p for p in present}
    for c in f.fields:
        for n in (c.name, *c.aliases):
            if n in by_leaf and len(n) > 1:
                out.append((by_leaf[n], f"{missing}.{c.name}"))
                break
    return out if len(out) * 2 >= len(f.fields) else []


def _missing_paths(problems: list[Problem]) -> list[str]:
    return list(dict.fromkeys(_INDEX.sub("[]", p.path) for p in problems if p.reason == "missing_required_field"))


_SAMPLE_KEEP = 200  # records kept per missing field to find look-alikes (the rest are only counted)


class MissingFieldTally:
    """Counts, per data type, the records lacking each required field, as records stream past; `raise_if_failing`
    stops with the fix when a field is missing in more than the share. Keeps at most a few hundred records per
    missing field (for the look-alike search), so a 100k-record run is not held in memory for it."""

    def __init__(self, settings: InteractionsConfig, spec: Spec | None = None) -> None:
        self.settings = settings
        self.spec = spec or settings.domain()
        self.per_type: Counter = Counter()
        self.missing: dict[tuple[str, str], list[Record]] = defaultdict(list)
        self.n_missing: Counter = Counter()

    def add(self, r: Record, problems: list[Problem]) -> None:
        self.per_type[r.data_type] += 1
        for path in _missing_paths(problems):
            key = (r.data_type, path)
            self.n_missing[key] += 1
            if len(self.missing[key]) < _SAMPLE_KEEP:
                self.missing[key].append(r)

    def raise_if_failing(self) -> None:
        share = self.settings.max_missing_share
        failing = [(t, path, n) for (t, path), n in self.n_missing.items()
                   if n > share * self.per_type[t] and n >= MIN_MISSING]
        if failing:
            raise UserError(_message(failing, self.missing, self.per_type, self.spec, share))


def check_missing_fields(records: Iterable[Record], settings: InteractionsConfig,
                         spec: Spec | None = None) -> dict[int, list[Problem]]:
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


def _message(failing: list[tuple[str, str, int]], kept: dict[tuple[str, str], list[Record]],
             per_type: Counter, spec: Spec, share: float) -> str:
    parts = []
    fixes: dict[str, list[str]] = defaultdict(list)
    # the most-missed field first; a nested field whose parent object is missing is reported with its parent
    failing.sort(key=lambda x: (-x[2] / per_type[x[0]], x[0], x[1]))
    missing_paths = {(t, p) for t, p, _ in failing}
    for t, path, n in failing:
        if "." in path and any((t, q) in missing_paths for q in _parents(path)):
            continue
        ts = spec.types[t]
        f = ts.field_at(path.replace("[]", "")) or ts.field_at(path)
        if f is None:
            continue
        present: dict[str, Counter] = defaultdict(Counter)
        samples: dict[str, Any] = {}
        recs = kept[(t, path)]
        for r in recs:
            found: dict[str, Any] = {}
            _present_paths(r.data, ts.fields, "", 0, found)
            for p, v in found.items():
                present[p][r.source.file] += 1
                samples.setdefault(p, v)
        moves = child_moves(path, f, present)
        alikes = [] if moves else look_alikes(path, f, present, samples)
        role = ts.role_of(path)
        total = per_type[t]
        what = f"{t}: required field '{path}'" + (f" ({role})" if role else "") + \
            f" is missing in {n} of {total} records ({n / total:.0%})"
        if moves:
            what += "; its parts are present flat: " + ", ".join(f"'{a}'" for a, _ in moves)
            fixes[t] += [f"{_yaml_key(a)}: {b}" for a, b in moves]
        elif alikes:
            what += "; present and alike: " + ", ".join(
                f"'{p}' (in {sum(present[p].values())} of {len(recs)} records looked at)" for p in alikes)
            fixes[t].append(f"{_yaml_key(alikes[0])}: {path}")
        else:
            fixes[t].append(f"<your name for it>: {path}")
        parts.append(what)
    head = (f"interaction batches do not use our field names (more than interactions.max_missing_share = "
            f"{share:g} of a type's records lack a required field; nothing was written): ")
    yaml_lines = ["interactions:", "  field_map:"]
    for t, lines in fixes.items():
        yaml_lines.append(f"    {t}:")
        yaml_lines += [f"      {x}" for x in dict.fromkeys(lines)]
    return head + "; ".join(parts) + ". Add to your config (check each line; `unwritten schema PATH` proposes " \
        "a full map):\n" + "\n".join(yaml_lines)


def _parents(path: str) -> list[str]:
    bits = path.split(".")
    return [".".join(bits[:i]) for i in range(1, len(bits))]


def _yaml_key(path: str) -> str:
    return path if re.fullmatch(r"[A-Za-z_][\w.\[\]-]*", path) else f'"{path}"'


def required_paths(t: TypeSpec) -> list[str]:
    """Every required field path of a type (objects' required children under required objects)."""
    out: list[str] = []

    def walk(specs: tuple[FieldSpec, ...], prefix: str) -> None:
        for f in specs:
            if not f.required:
                continue
            out.append(prefix + f.name)
            if f.type == "object":
                walk(f.fields, prefix + f.name + ".")
            elif f.type == "array" and f.items is not None:
                walk(f.items.fields, prefix + f.name + "[].")

    walk(t.fields, "")
    return out
