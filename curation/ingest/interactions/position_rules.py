"""Rule inputs settled by the records once every pass has placed its fields: a number nothing took (a position of a
short tuple, or a plain number of theirs) replaces a shape-only reading of a field a Master Truths rule reads, when
the records holding it then fail the rules at most half as often.

The name matching settles rule inputs by the records (`field_match._settle_by_rules`), but before the later passes
place what names cannot: a tuple's positions (`gauge: [base, effective, "low"]`, `aims: [target, complexity]`) are
never its candidates, and a label a tuple holds (the authenticity target) is not yet there to check a score against.
So a rule field of ours goes to a loose number that merely fits its range (the support given as the effective
capacity; a model's confidence as the authenticity score), the last resort (field_guess) adds the position only
where that number is absent, and every record holding it fails the capacity formula or the authenticity bucket.
Here the records decide again with everything placed: the number takes the field when it at least halves the
records lost among those holding it (failing a rule, or left without a required field the reading it replaces holds
in only some records) and is held in as many of them as that reading. Only readings with no name evidence and not in
the configured map give way; the fields they leave are read again by the matcher (`schema_report._match_freed`), so
the support given can find its own field. A position the last resort placed by shape alone may move too, when a
reading it displaces fits the field it leaves: the two trade (the last resort fills the stopping fields one at a
time, so of two tuples' numbers it may give each the other's field).

Witnesses: fresh12's tally studio (`gauge[1]` beside `outlay.datum`, `sincerity.datum` beside `smoothness.datum`
once `aspiration[0]` holds the target; `gauge[1]` and `plea[1]` guessed the wrong way round, `outlay.datum` in 77-83%
of the records holding the support needed) and tests/test_schema_tuple_rules.py's and test_schema_tuple_swap.py's
dialects (`inputs.meter` beside `poured`; `aims` beside `assurance`; `dial` and `ask` beside a gapped `poured`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ...domain import Spec
from .field_fit import NAME_EVIDENCE, FieldMatch, SpecField, TypeMatch, Vocabulary, name_similarity, shape_fit
from .field_forms import MAX_TUPLE, _fixed_length, _show
from .field_guess import _holds, _position_stats
from .field_match import ELIMINATION_SCORE, REPLACED_SHARE, REPLACED_SPARE, RULE_SAMPLES, RULES_DECIDE, SHAPE_GUESS
from .profile import FieldStats, TypeProfile, value_at
from .rule_evidence import failing_records

#: a change is made when the failing records holding the tuple fall to at most this share
HALVES = 0.5
#: the most changes made per type
ROUNDS = 3
_POSITION = re.compile(r"\[\d+\]")


@dataclasses.dataclass
class _Change:
    """One field of theirs (`source`, inside `key`) taking field `f` of ours from the shape-only readings `weak`,
    with the failing records among the `checked` holding `key`: `n` after, `now` before."""

    n: int
    now: int
    checked: int
    source: str
    f: SpecField
    weak: list[FieldMatch]
    key: str
    #: (the weak reading that takes the field `source` left, that field): a swap of two shape-only guesses
    swap: tuple[FieldMatch, SpecField] | None = None


def settle_positions(
    tm: TypeMatch,
    tp: TypeProfile,
    fields: list[SpecField],
    spec: Spec,
    vocab: Vocabulary,
    config_map: dict[str, str] | None = None,
) -> tuple[list[FieldMatch], list[str]]:
    """Make the changes of the module docstring in `tm`, best first; the lines they placed and the fields of theirs
    that gave way (with any: every position line too, which the matcher keeps while it reads those again)."""
    # (a Master Truths rule's inputs: a quality score alone is read by the threshold only, which a pipeline's setting
    # passes better than the grader's own mark, planted low scores and all: fresh9's `SAMPLING_T` for `q_sc`)
    rule_fields = [f for f in fields if "rule" in f.roles and f.type in ("number", "integer") and "[]" not in f.path]
    if not rule_fields or not tp.samples:
        return [], []
    placed: list[FieldMatch] = []
    freed: list[str] = []
    for _ in range(ROUNDS):
        lines = {**(config_map or {}), **tm.map_lines()}
        tries = [
            c
            for key, holding, sources in _candidates(tm, tp, freed)
            for c in _changes(tm, tp, key, holding, sources, rule_fields, lines, spec, vocab, config_map or {})
        ]
        if not tries:
            break
        best = min(tries, key=lambda c: c.n)
        placed.append(_apply(tm, tp, best))
        freed += [m.source for m in best.weak if not best.swap or m is not best.swap[0]]
    if freed:
        placed += [
            m
            for m in tm.matches
            if m.target and m.how == "proposed" and _POSITION.search(m.source) and all(m is not p for p in placed)
        ]
    return placed, freed


def _changes(
    tm: TypeMatch,
    tp: TypeProfile,
    key: str,
    holding: list[dict[str, Any]],
    sources: list[tuple[str, FieldStats]],
    rule_fields: list[SpecField],
    lines: dict[str, str],
    spec: Spec,
    vocab: Vocabulary,
    fixed: dict[str, str],
) -> list[_Change]:
    """The changes at least halving the failing records holding `key`, one per field of theirs and field of ours,
    and sparing more than the planted defects one field's rules catch (as field_match's replacements must: a sampling
    temperature in a knowledge gap's place spared fresh11's two or three planted small gaps per folder)."""
    out: list[_Change] = []
    now = -1
    by_path = {f.path: f for f in rule_fields}
    for src, st in sources:
        mine = [m for m in tm.matches if m.source == src and m.target]
        for f in rule_fields:
            if shape_fit(tp, st, f, [])[0] < ELIMINATION_SCORE:
                continue
            left = None
            if any(m.target != f.path for m in mine):
                left = _left(mine, by_path, vocab, fixed, tp)
                if left is None:
                    continue  # (a field placed by a name, or by the last resort for a field of no rule, stays)
            weak = [
                m
                for m in tm.matches
                if m.target == f.path and m.source != src and m.how != "unmatched" and tp.beside(m.source, key)
            ]
            if not weak or any(not _stand_in(m, f, vocab, fixed, tp) for m in weak):
                continue  # (an open field is the last resort's; a named one stays)
            held = sum(_holds(s, src) for s in holding)
            if any(sum(value_at(s, m.source) is not None for s in holding) > held for m in weak):
                continue  # (held in fewer records: those without it would lose the field)
            swap = None
            both = [f]
            if left is not None:  # the field src leaves goes to a weak reading that fits it, or src stays
                takers = [m for m in weak if _fits(tp, m.source, left)]
                if not takers:
                    continue
                swap, both = (takers[0], left), [f, left]
            if now < 0:
                now = failing_records(holding, tm.data_type, lines, spec)
            trial = {k: v for k, v in lines.items() if k not in {m.source for m in weak} and k != src}
            trial[src] = f.path
            if swap:
                trial[swap[0].source] = swap[1].path
            # (a required field the readings leave empty in some records loses those records as a failed rule does)
            lacking = sum(_lacking(holding, lines, g) for g in both)
            lost = now + lacking
            if lost == 0:
                continue
            n = failing_records(holding, tm.data_type, trial, spec) + sum(_lacking(holding, trial, g) for g in both)
            # (failing records must halve, as a planted defect fails a rule in either reading; a record lacking the
            # field is lost for certain, so each the change spares counts in full)
            if n <= HALVES * now + lacking and lost - n >= max(REPLACED_SPARE, REPLACED_SHARE * len(holding)):
                out.append(_Change(n, lost, len(holding), src, f, weak, key, swap))
    return out


def _left(
    mine: list[FieldMatch], by_path: dict[str, SpecField], vocab: Vocabulary, fixed: dict[str, str], tp: TypeProfile
) -> SpecField | None:
    """The rule field of ours `src` would leave for `f`, when its one reading is the last resort's shape-only guess
    (the last resort fills the stopping fields one by one, so of a tuple's two numbers it may give each the other's
    field: `gauge[1]` as the support needed, `plea[1]` as the effective capacity)."""
    if len(mine) != 1:
        return None
    g = by_path.get(mine[0].target or "")
    if g is None or SHAPE_GUESS not in mine[0].evidence or not _stand_in(mine[0], g, vocab, fixed, tp):
        return None
    return g


def _fits(tp: TypeProfile, source: str, g: SpecField) -> bool:
    """Their field's (or tuple position's) values fit our field `g` as a shape-only pair must."""
    st = _position_stats(tp, source) or tp.fields.get(source)
    return st is not None and shape_fit(tp, st, g, [])[0] >= ELIMINATION_SCORE


def _lacking(holding: list[dict[str, Any]], lines: dict[str, str], f: SpecField) -> int:
    """The records holding the container that `lines` leave without our required field `f` (0 if f is optional)."""
    if not f.required:
        return 0
    sources = [k for k, v in lines.items() if v == f.path]
    return sum(not any(_holds(s, k) for k in sources) for s in holding)


def _apply(tm: TypeMatch, tp: TypeProfile, c: _Change) -> FieldMatch:
    """The change made: the weak readings unmatched, the line of `c.source` (added or moved) returned."""
    where = f"position {c.source[len(c.key) :]} of a list of plain values" if c.source != c.key else "a field"
    evidence = (
        f"{where} nothing took; {RULES_DECIDE}: {c.n} of {c.checked} fail or lack it with this map, "
        f"{c.now} with {', '.join(m.source for m in c.weak)} -> {c.f.path}: check it"
    )
    for m in c.weak:
        if c.swap and m is c.swap[0]:
            m.target, m.how, m.score = c.swap[1].path, "proposed", 0.5
            m.evidence = (
                f"the records' rules give it {c.swap[1].path}, which {c.source} leaves for {c.f.path}: check it"
            )
            continue
        m.evidence = f"its value shape fits {c.f.path}, but the records' rules read it at {c.source}"
        m.target, m.how, m.score = None, "unmatched", 0.0
    line = next((m for m in tm.matches if m.source == c.source), None)
    if line is None:
        line = FieldMatch(c.source, c.f.path, "proposed", 0.5, evidence)
        tm.matches.append(line)
        st = _position_stats(tp, c.source)
        if st is not None and c.key in tp.fields:
            _show(tp, st, tp.fields[c.key])  # (the schema table shows the position's values)
    else:
        line.target, line.how, line.score, line.evidence = c.f.path, "proposed", 0.5, evidence
    return line


def _candidates(
    tm: TypeMatch, tp: TypeProfile, freed: list[str]
) -> list[tuple[str, list[dict[str, Any]], list[tuple[str, FieldStats]]]]:
    """(their container, the sample records holding it, its numbers): each position of a tuple nothing took (a
    list of a fixed few plain values), and each plain number of theirs nothing took, outside lists (one that gave
    way here is the matcher's to read again)."""
    out = []
    for head in _tuples(tm, tp):
        holding = [s for s in tp.samples if isinstance(value_at(s, head), list)][:RULE_SAMPLES]
        places = [(pos, st) for i in range(MAX_TUPLE) if (st := _position_stats(tp, pos := f"{head}[{i}]"))]
        out.append((head, holding, [(p, st) for p, st in places if st.main_type in ("number", "integer")]))
    for m in tm.matches:
        st = tp.fields.get(m.source)
        if (
            m.how != "unmatched"
            or m.source in freed
            or st is None
            or "[" in m.source
            or "{" in m.source
            or st.identifier()
        ):
            continue
        if st.main_type in ("number", "integer") and st.records:
            holding = [s for s in tp.samples if value_at(s, m.source) is not None][:RULE_SAMPLES]
            out.append((m.source, holding, [(m.source, st)]))
    return out


def _tuples(tm: TypeMatch, tp: TypeProfile) -> list[str]:
    """Their lists nothing took as a whole, of a fixed few plain values (positions already placed included)."""
    out = []
    taken = {m.source for m in tm.matches if m.target and m.how != "unmatched"}
    for st in tp.ordered():
        if "[" in st.path or st.main_type != "array" or st.path in taken:
            continue
        items = tp.fields.get(st.path + "[]")
        n = _fixed_length(tp, st.path)
        if items is None or items.main_type in ("object", "array") or n is None or n > MAX_TUPLE:
            continue
        out.append(st.path)
    return out


def _stand_in(m: FieldMatch, f: SpecField, vocab: Vocabulary, fixed: dict[str, str], tp: TypeProfile) -> bool:
    """A reading proposed by value shape alone: no name evidence for `f`, not the configured map's."""
    return m.how == "proposed" and m.source not in fixed and name_similarity(m.source, f, vocab, tp) < NAME_EVIDENCE
