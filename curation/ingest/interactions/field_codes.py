"""Coded labels of a pair list read as the fields of one of our objects (`TraitSheet[Axis=CSN].Reading`).

A score sheet often labels its pairs with short codes (`OPN`, `CSN`, `XTR`, `NRT`): too short for the matcher's names
(three letters fit too many words, so it reads them by value shape, and five same-shaped numbers then cross with each
other or with a judge's numbers beside them). Read together they say more: when two or more labels of one pair list
fill fields of one object of ours, the list is that object, and each code is the abbreviation of one of its fields'
names (its letters in order, the first among the name's first two: `XTR` in eXTRaversion). When every label of the
list names exactly one field that way (or by its name), those are its lines, and what held those fields before
(another label, a field outside the list written in the same records) is left unmatched.
"""

from __future__ import annotations

from .field_fit import FieldMatch, SpecField, TypeMatch, name_similarity, words
from .field_match import NAMED
from .profile import TypeProfile, field_name

#: a code is at most this many letters (a longer label is a word the matcher reads by its name)
CODE_LETTERS = 4
#: how a field of theirs counts as filling ours
_FILLING = ("exact", "alias", "proposed", "with_parent", "config")


def settle_coded_labels(tm: TypeMatch, tp: TypeProfile, fields: list[SpecField]) -> TypeMatch:
    """`tm` with each pair list whose labels abbreviate one object's fields read as that object."""
    by_path = {f.path: f for f in fields}
    row = {m.source: m for m in tm.matches}
    groups: dict[tuple[str, str], list[str]] = {}
    for st in tp.ordered():
        if st.pair_of is not None and st.path in row:
            groups.setdefault((st.pair_of, st.path.rsplit("].", 1)[-1]), []).append(st.path)
    for members in groups.values():
        if len(members) < 2:
            continue
        settled: set[str] = set()
        for family in _families(members, tp):  # (first: a mark shared by the codes says more than one code alone)
            for obj in (f.path for f in fields if f.type == "object"):
                if _place(tm, tp, members, obj, row, _family_codes(family, fields, obj, tp), list_only=True):
                    settled.add(obj)
        into: dict[str, int] = {}
        for p in members:
            m = row[p]
            if m.target and m.how in _FILLING and m.target in by_path:
                into[by_path[m.target].parent] = into.get(by_path[m.target].parent, 0) + 1
        if not into:
            continue
        ours, n = max(into.items(), key=lambda kv: kv[1])
        if not ours or n < 2 or ours not in by_path or by_path[ours].type != "object" or ours in settled:
            continue
        kids = [f for f in fields if f.parent == ours]
        _place(tm, tp, members, ours, row, _one_each(members, kids, tp))
    return tm


def _place(
    tm: TypeMatch,
    tp: TypeProfile,
    members: list[str],
    ours: str,
    row: dict[str, FieldMatch],
    placed: dict[str, SpecField] | None,
    list_only: bool = False,
) -> bool:
    """`placed` (labels of the pair list `members` -> fields of our object `ours`) as the lines; what held those
    fields before in the list's records (with `list_only`, only the list's other labels) is left unmatched. A field
    of ours a label gave up that nothing holds now goes to the one label so left whose label abbreviates it (the
    codes undo a crossing: `tOpn` held quality_score, `qSc` openness). True if any line changed."""
    if placed is None or all(row[p].target == f.path for p, f in placed.items()):
        return False
    taken = {f.path for f in placed.values()}
    given_up = {t for t in (row[p].target for p in placed) if t and t not in taken}
    lst = tp.fields[members[0]].pair_of or ""
    displaced: list[FieldMatch] = []
    for m in tm.matches:
        if list_only and m.source not in members:
            continue
        # (a field of the other prompt version, never in the list's records, keeps its line for its records)
        if m.target in taken and m.source not in placed and tp.beside(m.source, lst):
            m.target, m.how, m.score = None, "unmatched", 0.0
            m.evidence = f"its field of ours is read from the labels of {members[0].rsplit('[', 1)[0]}"
            displaced.append(m)
    for p, f in placed.items():
        m = row[p]
        code = field_name(p, tp)
        m.target, m.how, m.score = f.path, "proposed", max(m.score, 0.6)
        m.evidence = (
            f"its label {code} abbreviates {f.name} (its letters in order); the list's other labels fill "
            f"{ours}'s other fields"
        )
    free = sorted(given_up - {t for t in (row[p].target for p in members) if t})  # (the other version's own stay)
    for target in free if list_only else ():
        name = target.rsplit(".", 1)[-1]
        coded = [m for m in displaced if m.target is None and _abbreviates(field_name(m.source, tp), name)]
        if len(coded) == 1:
            m = coded[0]
            m.target, m.how, m.score = target, "proposed", 0.5
            m.evidence = f"its label {field_name(m.source, tp)} abbreviates {name}, which the labels of {ours} gave up"
    return True


def _one_each(members: list[str], kids: list[SpecField], tp: TypeProfile) -> dict[str, SpecField] | None:
    """Each label's field of ours, when every label naming one of `kids` (a code abbreviating it, or a word naming
    it) names exactly one, one to one, two labels at least; None otherwise (a label naming none stays as it was)."""
    options: dict[str, list[SpecField]] = {}
    for p in members:
        label = field_name(p, tp)
        named = [f for f in kids if _abbreviates(label, f.name) or name_similarity(p, f, tp=tp) >= NAMED]
        if named:
            options[p] = named
    if len(options) < 2:
        return None
    return _one_to_one(options)


def _one_to_one(options: dict[str, list[SpecField]]) -> dict[str, SpecField] | None:
    """Each label -> its one field of ours, settling the labels with one option first and taking their fields from
    the others' options until every label has one; None when two labels want one field or some label is left with
    several (no guess)."""
    out: dict[str, SpecField] = {}
    while options:
        sure = {p: fs[0] for p, fs in options.items() if len(fs) == 1}
        if not sure or len({f.path for f in sure.values()}) < len(sure):
            return None
        out.update(sure)
        done = {f.path for f in sure.values()}
        options = {p: [f for f in fs if f.path not in done] for p, fs in options.items() if p not in sure}
    return out


def _families(members: list[str], tp: TypeProfile) -> list[list[str]]:
    """Labels of two words or more whose words before the last are written the same, two labels or more a family
    (`tOpn`, `tCsn`, `tXtr`: the `t` marks the family, the last word is the code)."""
    heads: dict[tuple[str, ...], list[str]] = {}
    for p in members:
        ws = words(field_name(p, tp)).split()
        if len(ws) >= 2:
            heads.setdefault(tuple(ws[:-1]), []).append(p)
    return [ps for ps in heads.values() if len(ps) >= 2]


def _family_codes(
    family: list[str], fields: list[SpecField], ours: str, tp: TypeProfile
) -> dict[str, SpecField] | None:
    """Each label of `family` -> the field of our object `ours` its code (its last word) abbreviates, when every
    label's code abbreviates one, one to one; None otherwise."""
    kids = [f for f in fields if f.parent == ours]
    options = {p: [f for f in kids if _abbreviates(words(field_name(p, tp)).split()[-1], f.name)] for p in family}
    if not all(options.values()):
        return None
    return _one_to_one(options)


def _abbreviates(code: str, name: str) -> bool:
    """`code` (two to four letters) is an abbreviation of our field name: its letters occur in the name in order,
    the first among the name's first two letters (`XTR`: eXTRaversion; `CNS`: CoNScientiousness)."""
    code, letters = code.lower(), name.replace("_", "").lower()
    if not (2 <= len(code) <= CODE_LETTERS and code.isalpha()) or code[0] not in letters[:2]:
        return False
    it = iter(letters[letters.index(code[0]) + 1 :])
    return all(ch in it for ch in code[1:])
