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

from .field_match import NAMED, SpecField, TypeMatch, name_similarity
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
        into: dict[str, int] = {}
        for p in members:
            m = row[p]
            if m.target and m.how in _FILLING and m.target in by_path:
                into[by_path[m.target].parent] = into.get(by_path[m.target].parent, 0) + 1
        if not into:
            continue
        ours, n = max(into.items(), key=lambda kv: kv[1])
        if not ours or n < 2 or ours not in by_path or by_path[ours].type != "object":
            continue
        kids = [f for f in fields if f.parent == ours]
        placed = _one_each(members, kids)
        if placed is None or all(row[p].target == f.path for p, f in placed.items()):
            continue
        taken = {f.path for f in placed.values()}
        lst = tp.fields[members[0]].pair_of or ""
        for m in tm.matches:
            # (a field of the other prompt version, never beside the list, keeps its line for its own records)
            if m.target in taken and m.source not in placed and tp.beside(m.source, lst):
                m.target, m.how, m.score = None, "unmatched", 0.0
                m.evidence = f"its field of ours is read from the labels of {members[0].rsplit('[', 1)[0]}"
        for p, f in placed.items():
            m = row[p]
            code = field_name(p)
            m.target, m.how, m.score = f.path, "proposed", max(m.score, 0.6)
            m.evidence = (
                f"its label {code} abbreviates {f.name} (its letters in order); the list's other labels fill "
                f"{ours}'s other fields"
            )
    return tm


def _one_each(members: list[str], kids: list[SpecField]) -> dict[str, SpecField] | None:
    """Each label's field of ours, when every label naming one of `kids` (a code abbreviating it, or a word naming
    it) names exactly one, one to one, two labels at least; None otherwise (a label naming none stays as it was)."""
    options: dict[str, list[SpecField]] = {}
    for p in members:
        label = field_name(p)
        named = [f for f in kids if _abbreviates(label, f.name) or name_similarity(p, f) >= NAMED]
        if named:
            options[p] = named
    if len(options) < 2:
        return None
    out: dict[str, SpecField] = {}
    while options:
        sure = {p: fs[0] for p, fs in options.items() if len(fs) == 1}
        if not sure or len({f.path for f in sure.values()}) < len(sure):
            return None
        out.update(sure)
        done = {f.path for f in sure.values()}
        options = {p: [f for f in fs if f.path not in done] for p, fs in options.items() if p not in sure}
    return out


def _abbreviates(code: str, name: str) -> bool:
    """`code` (two to four letters) is an abbreviation of our field name: its letters occur in the name in order,
    the first among the name's first two letters (`XTR`: eXTRaversion; `CNS`: CoNScientiousness)."""
    code, letters = code.lower(), name.replace("_", "").lower()
    if not (2 <= len(code) <= CODE_LETTERS and code.isalpha()) or code[0] not in letters[:2]:
        return False
    it = iter(letters[letters.index(code[0]) + 1 :])
    return all(ch in it for ch in code[1:])
