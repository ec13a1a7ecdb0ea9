"""`unwritten schema` as a library call: profile batch files and match them to the spec."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from ...domain import Spec, domain_for, load_spec
from ...errors import UserError
from .field_codes import settle_coded_labels
from .field_fit import NAME_EVIDENCE, FieldMatch, SpecField, TypeMatch, Vocabulary, name_similarity
from .field_forms import Forms, propose_forms
from .field_guess import guess_required
from .field_match import (
    REPLACED_SHARE,
    REPLACED_SPARE,
    RULE_SAMPLES,
    RULES_DECIDE,
    cross_type,
    interactions_yaml,
    match_profile,
    match_type,
)
from .field_texts import propose_open_texts
from .normalize import normalize_label
from .position_rules import settle_positions
from .profile import UNKNOWN, FolderProfile, TypeProfile, profile_files, profile_samples
from .rule_evidence import failing_records
from .settings import InteractionsConfig
from .spec_fields import spec_fields
from .type_proposal import propose_type
from .untyped import UntypedTally, file_types_lines, matches_pattern, suggested_glob


@dataclass
class SchemaReport:
    profile: FolderProfile
    matches: list[TypeMatch]
    #: drafted `interactions.types` entries for labelled data types the spec does not know
    new_types: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: proposed `interactions.file_types` lines: a file of records of no type -> the type whose fields come closest
    file_types: dict[str, str] = field(default_factory=dict)
    #: why each file_types line is proposed (file, records, closest types)
    file_types_why: dict[str, str] = field(default_factory=dict)


def schema_report(paths: list[Path], settings: InteractionsConfig | None = None) -> SchemaReport:
    """Profile `paths` and match them to the spec.

    With a config's `interactions:` section: its include/exclude patterns, its declared data types
    (`interactions.types`) and its `interactions.field_map` apply (fields the map already moves show as
    matched by the config).

    A file most of whose records are of no type (untyped.py) gets an `interactions.file_types` line naming the
    type whose fields come closest, and its records are profiled as that type (so the field_map for them follows);
    when no type comes close, the call stops with the build's message.
    """
    include = exclude = None
    spec = None
    declared = None
    if settings is not None:
        include, exclude = settings.include, settings.exclude
        spec = domain_for(settings)
        declared = settings.declared_type
    configured_spec = spec  # None without settings: the profile reads with the ingest's defaults
    spec = spec or load_spec()
    untyped_share = (settings or InteractionsConfig()).max_untyped_share
    file_types: dict[str, str] = {}
    why: dict[str, str] = {}

    def retype(untyped: dict[str, UntypedTally], typed: set[str]) -> Callable[[Path], str | None] | None:
        """The files of no type get the type proposed for them (their records are profiled as that type)."""
        lines, reasons = _propose_file_types(untyped, typed, spec, untyped_share)
        file_types.update(lines)
        why.update(reasons)
        if not file_types:
            return None

        def said(path: Path) -> str | None:
            return (declared(path) if declared is not None else None) or next(
                (t for pattern, t in file_types.items() if matches_pattern(path, pattern)), None
            )

        return said

    profile = profile_files(paths, include, exclude, configured_spec, declared=declared, retype=retype)
    maps = {t: dict(spec.field_map(t).entries) for t in spec.types} if configured_spec is not None else {}
    new_types = {
        name: propose_type(tp, spec)
        for name, tp in sorted(profile.types.items())
        if name not in spec.types and name != UNKNOWN
    }
    fields = spec_fields(spec)
    matches = match_profile(profile, fields, maps, spec)
    vocab = _vocabulary(fields)
    share = (settings or InteractionsConfig()).max_missing_share
    for tm in matches:
        t = tm.data_type
        if t in fields and t in profile.types:
            elsewhere = cross_type(profile, fields, t)
            _after_names(tm, profile.types[t], fields[t], vocab, spec, maps.get(t), elsewhere, share)
    return SchemaReport(profile, matches, new_types, file_types, why)


def _propose_file_types(
    untyped: dict[str, UntypedTally], typed_files: set[str], spec: Spec, share: float
) -> tuple[dict[str, str], dict[str, str]]:
    """(pattern -> type, pattern -> why) for each file most of whose records are of no type: the type whose fields
    come closest; a file no type comes close to stops here, as the build stops on it. The pattern
    covers the file's numbered siblings, or is its exact name when it would also cover a file already typed (a
    declared type overrides a type the file name gives)."""
    lines: dict[str, str] = {}
    why: dict[str, str] = {}
    failing = {shown for shown, tally in untyped.items() if tally.failing(share)}
    typed = typed_files - failing
    for shown, tally in untyped.items():
        if shown not in failing:
            continue
        pattern = suggested_glob(Path(shown).name)
        if any(matches_pattern(Path(f), pattern) for f in typed):
            pattern = Path(shown).name
        if pattern in lines:
            continue
        close = closest_types(tally.samples, spec)
        if not close:
            raise UserError(untyped_message(shown, tally, spec, close))
        best = close[0]
        lines[pattern] = best.type
        why[pattern] = (
            f"{shown}: {tally.untyped} of {tally.total} records of no data type; {best.type}'s fields come closest "
            f"({best.found} of {best.required} required fields)" + (f", then {close[1].type}" if len(close) > 1 else "")
        )
    return lines, why


def _after_names(
    tm: TypeMatch,
    tp: TypeProfile,
    fields: list[SpecField],
    vocab: Vocabulary,
    spec: Spec,
    config_map: dict[str, str] | None,
    elsewhere: dict[str, frozenset[str]] | None,
    share: float,
) -> TypeMatch:
    """The passes after the name matching, for `unwritten schema` and the missing-field guard alike: containers
    filled by place (`[N]`, `{}`, turns) where names found nothing; the matcher again for the fields of theirs a form
    freed; open free texts of one object; coded labels of a pair list; a shape-only guess for a required field the
    build would still stop on (`share`: the guard's interactions.max_missing_share); last, rule inputs the records
    settle again with all of that placed (position_rules), the fields that gave way read again."""
    forms = propose_forms(tm, tp, fields, vocab)
    if forms.freed or forms.vacated:
        _match_freed(tm, tp, fields, vocab, spec, config_map, elsewhere, forms)
    _rules_with_forms(tm, tp, fields, vocab, spec, config_map, elsewhere, forms)
    propose_open_texts(tm, tp, fields, spec.draft_words)
    settle_coded_labels(tm, tp, fields)

    def rematch(fixed: dict[str, str]) -> TypeMatch:
        return match_type(tp, fields, vocab, fixed, spec, elsewhere)

    guess_required(tm, tp, fields, spec, share, config_map, rematch, vocab)
    placed, freed = settle_positions(tm, tp, fields, spec, vocab, config_map)
    if freed:
        _match_freed(tm, tp, fields, vocab, spec, config_map, elsewhere, Forms(placed=placed, freed=freed))
    return tm


def _match_freed(
    tm: TypeMatch,
    tp: TypeProfile,
    fields: list[SpecField],
    vocab: Vocabulary,
    spec: Spec,
    config_map: dict[str, str] | None,
    elsewhere: dict[str, frozenset[str]] | None,
    forms: Forms,
) -> None:
    """A field of theirs that gave way to a form was matched while the form's fields of ours looked open to it: with
    the form's lines fixed, the matcher reads the type again, and each freed field takes the field of ours it gets
    there if nothing written beside it fills that field (a grader's mark that lost the traits to a list of five
    numbers may be the quality score nothing else holds). Every other line stays as the first reading made it."""
    fixed = {**(config_map or {}), **{m.source: m.target for m in forms.placed if m.target}}
    view = tp
    if forms.read_whole:  # (what is under an object a form read whole is the form's: no field of its own again)
        kept = {p: st for p, st in tp.fields.items() if p in fixed or not any(_under(p, o) for o in forms.read_whole)}
        view = dataclasses.replace(tp, fields=kept)
    again = {m.source: m for m in match_type(view, fields, vocab, fixed, spec, elsewhere).matches}
    by_path = {f.path: f for f in fields}
    for m in tm.matches:
        got = again.get(m.source)
        if m.how != "unmatched" or got is None or got.how != "proposed":
            continue
        if m.source not in forms.freed and got.target not in forms.vacated:
            continue  # (a field unmatched from the first takes only what a form left open)
        target = got.target
        if target is None:
            continue
        holders = [
            o for o in tm.matches if o.target == target and o.how != "unmatched" and tp.beside(o.source, m.source)
        ]
        if not all(m.source in forms.freed and _stand_in(o, again, by_path[target], vocab, fixed, tp) for o in holders):
            continue
        for o in holders:
            o.evidence = f"its value shape fits {target}, but {m.source} does better once it gave way to a form"
            o.target, o.how, o.score = None, "unmatched", 0.0
        m.target, m.how, m.score = target, "proposed", got.score
        m.evidence = f"{got.evidence}; read again once it gave way to a form"
        tm.missing = [f for f in tm.missing if f.path != target]


def _rules_with_forms(
    tm: TypeMatch,
    tp: TypeProfile,
    fields: list[SpecField],
    vocab: Vocabulary,
    spec: Spec,
    config_map: dict[str, str] | None,
    elsewhere: dict[str, frozenset[str]] | None,
    forms: Forms,
) -> None:
    """The records' rules settled the rule inputs while the name matching ran, before any form placed its lines: a
    list a rule reads that only a form fills (factors keyed by their cause: the capacity formula's) was empty then, so
    the rule could not run and base and effective capacity were told apart without it. With the form's lines fixed
    the matcher reads the type again, its rules now seeing the list, and each rule input those rules moved takes its
    new field (or the field the names gave it, where only the first reading's rules moved it); a line holding that field
    on its value shape alone gives way (never a configured or form's line)."""
    by_path = {f.path: f for f in fields}

    def read_by_rules(target: str | None) -> bool:
        top = by_path.get((target or "").split("[]", 1)[0])
        return top is not None and top.type == "array" and "rule" in top.roles

    if not any(read_by_rules(m.target) for m in forms.placed):
        return
    fixed = {**(config_map or {}), **{m.source: m.target for m in forms.placed if m.target}}
    again = {m.source: m for m in match_type(tp, fields, vocab, fixed, spec, elsewhere).matches}
    moved = {
        m.source: got
        for m in tm.matches
        if m.how == "proposed"
        and m.source not in fixed
        and (got := again.get(m.source)) is not None
        and got.how == "proposed"
        and got.target != m.target
        and got.target is not None
        and all("rule" in by_path[t].roles for t in (got.target, m.target or got.target) if t in by_path)
        and (RULES_DECIDE in got.evidence or RULES_DECIDE in m.evidence)
    }
    if not moved:
        return
    taken = {got.target for got in moved.values()}
    left = {m.target for m in tm.matches if m.source in moved} - taken
    if any(by_path[t].required for t in left if t in by_path):
        return  # (a required field the reading again leaves empty: the first reading stands)
    saved = [(m, m.target, m.how, m.score, m.evidence) for m in tm.matches]
    before = failing_records(tp.samples, tm.data_type, {**(config_map or {}), **tm.map_lines()}, spec, RULE_SAMPLES)
    for m in tm.matches:
        got = moved.get(m.source)
        if got is not None:
            m.target, m.score = got.target, got.score
            m.evidence = f"{got.evidence}; read again once the form's lines gave the rules their list"
        elif (
            m.target in taken
            and m.how == "proposed"
            and m.source not in fixed
            and any(tp.beside(m.source, o) for o in moved)
        ):
            m.evidence = f"its value shape fits {m.target}, but the records' rules give it to another field"
            m.target, m.how, m.score = None, "unmatched", 0.0
    after = failing_records(tp.samples, tm.data_type, {**(config_map or {}), **tm.map_lines()}, spec, RULE_SAMPLES)
    spare = max(REPLACED_SPARE, REPLACED_SHARE * min(len(tp.samples), RULE_SAMPLES))
    if before - after < spare:  # (the records must agree, every line placed: as many spared as a replacement needs)
        for m, target, how, score, evidence in saved:
            m.target, m.how, m.score, m.evidence = target, how, score, evidence
        return
    tm.missing = [f for f in tm.missing if f.path not in taken]


def _stand_in(
    line: FieldMatch,
    again: dict[str, FieldMatch],
    target: SpecField,
    vocab: Vocabulary,
    fixed: dict[str, str],
    tp: TypeProfile,
) -> bool:
    """A line that took a field of ours only while a freed field was busy elsewhere: proposed by value shape alone
    (its name says nothing of ours), not a form's (`transcript[0].lineSaid`: fresh9) nor the configured map's, and
    not given that field again once the form's lines are fixed (fresh9's `SAMPLING_T` held the quality score while
    `q_sc` was taken for a trait that a list of five numbers holds)."""
    got = again.get(line.source)
    return (
        line.how == "proposed"
        and line.source not in fixed
        and name_similarity(line.source, target, vocab, tp) < NAME_EVIDENCE
        and (got is None or got.target != target.path)
    )


def _under(path: str, obj: str) -> bool:
    return path.startswith((obj + ".", obj + "[", obj + "{"))


def _vocabulary(fields: dict[str, list[Any]]) -> Vocabulary:
    """The words of every spec field name and alias (as the matcher builds it)."""
    return Vocabulary(n for fs in fields.values() for f in fs for n in (f.name, *f.aliases))


def match_samples(
    data_type: str, samples: dict[str, list[dict[str, Any]]], spec: Spec, share: float | None = None
) -> TypeMatch:
    """`unwritten schema`'s match for one data type of records already read (the missing-field guard proposes the
    same lines). `samples` holds every data type's records read so far: as in the folder, a field the other types
    write alike is the pipeline's bookkeeping (`cross_type`), so the guard and `unwritten schema` read it alike."""
    share = InteractionsConfig().max_missing_share if share is None else share
    fields = spec_fields(spec)
    vocab = _vocabulary(fields)
    types = {t: profile_samples(t, kept, spec=spec) for t, kept in samples.items() if kept}
    tp = types.get(data_type) or profile_samples(data_type, [], spec=spec)
    config_map = dict(spec.field_map(data_type).entries)
    elsewhere = cross_type(FolderProfile(types={**types, data_type: tp}), fields, data_type)
    tm = match_type(tp, fields[data_type], vocab, config_map, spec, elsewhere)
    return _after_names(tm, tp, fields[data_type], vocab, spec, config_map, elsewhere, share)


# A file of no known data type (untyped.py counts them): the types whose fields come closest and the stop's message.


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
    name = normalize_label(label)
    draft = propose_type(profile_samples(name, samples, known=False, spec=spec), spec)
    return interactions_yaml({"types": {name: draft}})
