"""Open free texts of one of our objects, filled from the object of theirs that filled its other fields.

The matcher proposes a free text of ours that no name points to only when the build would stop without it (a
required field): an optional text ("the situation", "what the player asks") whose key says nothing (`locale`,
`wants`, `Logline`) stays open, although the generator keeps it where it keeps the object's other fields. So, after
the name matching and the forms: where two or more fields of one object of theirs fill children of one object of
ours (and most of its matched fields went there), the free texts that object of theirs still holds fill our
object's open free texts, one to one, in the order written (a text must fit the field's shape), when it holds as
many texts as there are open fields or more (fewer: their order cannot say which field each is). Texts of theirs left
over make the lines AMBIGUOUS; a draft beside a final text is never one
(`drafts_beside`). Top-level fields of ours are not filled this way: a group of theirs filling several of them
(`brief`, `Critique`) holds the pipeline's own notes as often as one of our texts.
"""

from __future__ import annotations

from .field_fit import FieldMatch, SpecField, TypeMatch, shape_fit
from .field_match import drafts_beside
from .profile import FieldStats, TypeProfile

#: their text averages this many words at least (a sentence, not a label)
FREE_WORDS = 6
#: ... in at least this share of the records holding their object
PRESENT = 0.45
#: a text fits our open text this well at least (`shape_fit`: narrated free text for a text with no role is 0.8)
MIN_FIT = 0.5
#: how a field of theirs counts as filling ours
_FILLING = ("exact", "alias", "proposed", "with_parent", "config")


def propose_open_texts(
    tm: TypeMatch, tp: TypeProfile, fields: list[SpecField], drafts: tuple[str, ...] = ()
) -> TypeMatch:
    """`tm` with a line for each open free text of ours that the object of theirs filling its siblings holds."""
    by_path = {f.path: f for f in fields}
    row = {m.source: m for m in tm.matches}
    skip = drafts_beside(tp, frozenset(drafts))
    for obj in tp.ordered():
        if obj.main_type != "object" or "[" in obj.path:
            continue
        kids = [c for c in tp.children(obj.path) if "[" not in c.path]
        into: dict[str, int] = {}
        for c in kids:
            m = row.get(c.path)
            if m is not None and m.target and m.how in _FILLING and m.target in by_path:
                into[by_path[m.target].parent] = into.get(by_path[m.target].parent, 0) + 1
        if not into:
            continue
        ours, n = max(into.items(), key=lambda kv: kv[1])
        if not ours or n < 2 or 2 * n <= sum(into.values()) or by_path[ours].type != "object":
            continue
        filled = _filled_beside(tm, tp, obj.path)
        targets = [
            f
            for f in fields
            if f.parent == ours and f.type == "string" and not f.enum and f.path not in filled and _free_text(f)
        ]
        texts = [
            c
            for c in kids
            if (m := row.get(c.path)) is not None and m.how == "unmatched" and c.path not in skip and _text(c, obj)
        ]
        if targets and len(texts) >= len(targets):  # (fewer texts than open fields: no order says which is which)
            _assign(tm, tp, obj, texts, targets, row, filled)
    return tm


def _filled_beside(tm: TypeMatch, tp: TypeProfile, path: str) -> set[str]:
    """Our fields filled by a field of theirs written beside `path` (`TypeProfile.beside`: the other prompt
    version's field, never beside it, leaves ours open in these records)."""
    return {m.target for m in tm.matches if m.target and m.how != "unmatched" and tp.beside(m.source, path)}


def _free_text(f: SpecField) -> bool:
    """A field of ours holding sentences: no label, name or version, and no short typical length."""
    return (
        not ({"name", "label", "version"} & set(f.roles))
        and f.format is None
        and (f.words is None or f.words[1] is None or f.words[1] > FREE_WORDS)
    )


def _text(st: FieldStats, obj: FieldStats) -> bool:
    return (
        st.share_of("string") >= 0.9
        and st.mean_words >= FREE_WORDS
        and st.records >= PRESENT * max(obj.records, 1)
        and not st.identifier()
    )


def _assign(
    tm: TypeMatch,
    tp: TypeProfile,
    obj: FieldStats,
    texts: list[FieldStats],
    targets: list[SpecField],
    row: dict[str, FieldMatch],
    filled: set[str],
) -> None:
    """Their texts to our open texts in the same order (theirs as written, ours as the spec lists them), each text
    that fits the next open field taking it; texts left over make every line of the object AMBIGUOUS."""
    placed: list[tuple[FieldStats, SpecField, float, str]] = []
    open_ = list(targets)
    for st in texts:
        if not open_:
            break
        fit, why = shape_fit(tp, st, open_[0], [])
        if fit >= MIN_FIT:
            placed.append((st, open_.pop(0), fit, why))
    left = [st.path for st in texts if all(st is not p[0] for p in placed)]
    for st, f, fit, why in placed:
        evidence = f"name 0%, {why}; the one object of theirs filling {f.parent}'s other fields ({obj.path}) holds it"
        if left:
            evidence += f"; AMBIGUOUS with {', '.join(left)}: check it"
        m = row[st.path]
        m.target, m.how, m.score, m.evidence = f.path, "proposed", round(fit, 2), evidence
        filled.add(f.path)
        tm.missing = [x for x in tm.missing if x.path != f.path]
