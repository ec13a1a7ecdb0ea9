"""Containers a generator fills by place rather than by name, proposed as `[N]` and `{}` field_map lines.

The matcher pairs their names with ours. Three realistic forms carry no name for what a value is:
- a list of numbers of fixed length where ours is an object of that many numbers (OCEAN as `[0.7, 0.4, 0.6, 0.8,
  0.3]`): the position is the trait, in the spec's order of the object's fields (O-C-E-A-N, the acronym's order);
- a list of a fixed few texts where ours is an exchange (`turns[0].text` the player, `turns[1].text` the character):
  the last turn is the character's words (the type's `prose` role), the turns before it the open texts of ours the
  spec lists before those words, nearest first;
- an object whose keys are our labels (`options: {"growth": {...}, "tone_deaf": {...}}`): the key is the value of
  the labelled field of one of our lists of objects (`response_options[].type`), the values are its elements;
- a short tuple of a record's own plain values (`gauge: [5.5, 4.5, "medium"]`): a position holding our labels is
  the field of those labels (the other positions are the last resort's, field_guess).
Run by `schema_report` (for `unwritten schema` and the missing-field guard alike) after the name matching. Each is
proposed only for a field of ours nothing else filled (a required one would stop the build), from a field
nothing was matched to, and with the evidence that says what a person should check (a position's order).
"Filled" is judged over the records holding the container: the other prompt version's field of a type (records of
two versions share no keys) fills ours in its own records only. And a field of theirs proposed by value shape alone
(no name evidence) is a weaker explanation than a container whose structure fits: it gives way to the form.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Any

from .field_fit import (
    NAME_EVIDENCE,
    FieldMatch,
    SpecField,
    TypeMatch,
    Vocabulary,
    enum_share,
    name_similarity,
    pairs_as_text,
    shape_fit,
)
from .normalize import normalize_label
from .profile import KEY_DOT, FieldStats, TypeProfile, profile_samples, profiled_key, value_at

#: a list holds its fixed length in at least this share of the records holding it
FIXED_SHARE = 0.8
#: a keyed object's keys are labels of ours in at least this share of its keys
KEY_LABELS = 0.8
#: an object keyed by data holds a free text of ours in its keys when they fit it this well by value shape
KEY_FIT = 0.5
#: the most turns of an exchange read by position
MAX_TURNS = 4
#: the words a turn's text holds on average at each position (a tag or a label is no turn)
TURN_WORDS = 3
#: a position before the last whose texts are, in at least this share of the records, texts written at the last
#: position too (in some record) holds takes of the last one's text, not a turn of an exchange (`_takes`)
TAKE_SHARE = 0.25
#: the most positions of a tuple read by position
MAX_TUPLE = 5
#: a tuple's position holding our labels in this share of its values is that labelled field
TUPLE_LABELS = 0.8
#: a member of the keyed values is proposed for a child of ours at this score (0.45 name + 0.55 shape) at least
MEMBER_SCORE = 0.3
_CHECK_ORDER = "chosen by value shape and position: check the order your prompt asks for"
#: how a field under our own name (or an alias) is matched: the ingest renames it, then cannot read its shape
_OURS = ("exact", "alias")


@dataclasses.dataclass
class Forms:
    """What `propose_forms` changed in a type's match."""

    #: the lines read by place (`trait_vec[0]` -> ocean.openness)
    placed: list[FieldMatch] = dataclasses.field(default_factory=list)
    #: their fields whose weaker readings gave way to a form (now unmatched: free for another field of ours)
    freed: list[str] = dataclasses.field(default_factory=list)
    #: their objects read whole by a form (keyed by our labels): what is under them is the form's, not a field
    read_whole: list[str] = dataclasses.field(default_factory=list)
    #: fields of ours a shape-only line inside such an object held, left open by the form (for another field)
    vacated: list[str] = dataclasses.field(default_factory=list)


def propose_forms(tm: TypeMatch, tp: TypeProfile, fields: list[SpecField], vocab: Vocabulary) -> Forms:
    """Add the lines of the forms above to `tm` (the fields of theirs they read leave `unmatched`)."""
    if not tp.samples:
        return Forms()
    vocab = vocab.with_lexicon(tm.lexicon) if tm.lexicon else vocab  # (the words the matcher learned: its names)
    # the forms read the profile's paths, where a dot inside a key is `KEY_DOT`; the match writes it `\.` (a
    # pandas-flattened `"stats.causes": {...}` is the container `stats\.causes`): one spelling while they run
    for m in tm.matches:
        m.source = m.source.replace("\\.", KEY_DOT)
    room = _Room(tm, tp, fields, vocab)
    try:
        _keyed_objects(tm, tp, fields, vocab, room)
        _number_lists(tm, tp, fields, room)
        _exchanges(tm, tp, fields, room)
        _tuples(tm, tp, fields, room)
    finally:
        for m in [*tm.matches, *room.forms.placed]:
            m.source = _as_written(m.source)
    forms = room.forms
    forms.freed, forms.read_whole = [_as_written(p) for p in forms.freed], [_as_written(p) for p in forms.read_whole]
    return forms


def _as_written(path: str) -> str:
    """A profiled path as a field_map source: a dot inside a key escaped."""
    return path.replace(KEY_DOT, "\\.")


# ---- what is open ------------------------------------------------------------------------------------------
class _Room:
    """Which fields of ours are open for one container of theirs: nothing written beside it (`TypeProfile.beside`,
    the records of its own prompt version) fills them, or only weaker readings, which give way to a container whose
    structure fits (their lines become unmatched): fields proposed by value shape alone (no name evidence), or loose
    fields of theirs proposed into our object that leave a required part of it empty (a list holding all of it in
    order explains the records better)."""

    def __init__(self, tm: TypeMatch, tp: TypeProfile, fields: list[SpecField], vocab: Vocabulary) -> None:
        self.tm, self.tp, self.vocab = tm, tp, vocab
        self.by_path = {f.path: f for f in fields}
        self.forms = Forms()
        self._beside: dict[tuple[str, str], bool] = {}  # (their field, their container) -> written beside it

    def beside(self, source: str, container: str) -> bool:
        key = (source, container)
        if key not in self._beside:
            self._beside[key] = self.tp.beside(source, container)
        return self._beside[key]

    def _by_shape(self, m: FieldMatch) -> bool:
        """A line proposed by value shape alone: its name says nothing of ours."""
        spec = self.by_path.get(m.target or "")
        return (
            m.how == "proposed"
            and spec is not None
            and name_similarity(m.source, spec, self.vocab, self.tp) < NAME_EVIDENCE
        )

    def _part_empty(self, path: str, filling: list[FieldMatch]) -> bool:
        """A required field inside our object `path` that none of `filling` fills."""
        inside = [f for f in self.by_path.values() if f.required and f.path.startswith((path + ".", path + "[]."))]
        return any(not any(m.target == f.path for m in filling) for f in inside)

    def weak(self, container: str, path: str) -> list[FieldMatch] | None:
        """The lines filling our `path` (or a part of it) in the records holding their `container` when they are the
        weaker reading ([] when nothing fills it there); None when one with better evidence does."""
        filling = [
            m
            for m in self.tm.matches
            if m.target and (m.target == path or m.target.startswith((path + ".", path + "[]")))
            and self.beside(m.source, container)
        ]  # fmt: skip
        if all(self._by_shape(m) for m in filling):
            return filling
        loose = all(m.how == "proposed" and "." not in m.source and "[" not in m.source for m in filling)
        return filling if loose and self._part_empty(path, filling) else None

    def open(self, container: str, path: str) -> bool:
        return self.weak(container, path) is not None

    def give_way(self, container: str, paths: list[str]) -> None:
        """The shape-only lines filling `paths` in the container's records are left unmatched: the form fills them."""
        for path in paths:
            for m in self.weak(container, path) or []:
                m.evidence = f"its value shape fits {m.target}, but {container} holds that by its structure"
                m.target, m.how, m.score = None, "unmatched", 0.0
                self.forms.freed.append(m.source)

    def read_whole(self, their: str, lines: list[FieldMatch], ours: str) -> None:
        """`place` for an object read whole: the shape-only lines inside it go, and each field of ours they held is
        left open (`Forms.vacated`) where nothing written beside the object fills it (another version may),
        missing again when nothing fills it at all."""
        tm = self.tm
        held = dict.fromkeys(
            m.target for m in tm.matches if m.target and m.how != "unmatched" and _within(m.source, their)
        )
        self.place(their, lines, ours)
        self.forms.read_whole.append(their)
        for t in held:
            if not any(m.target == t and self.beside(m.source, their) for m in tm.matches):
                self.forms.vacated.append(t)
                if all(m.target != t for m in tm.matches) and self.by_path[t].required:
                    tm.missing.append(self.by_path[t])

    def place(self, their: str, lines: list[FieldMatch], ours: str) -> None:
        """Their container's rows give way to `lines` (`_replace`)."""
        _replace(self.tm, their, lines, ours)
        self.forms.placed += lines


def _within(source: str, path: str) -> bool:
    return source == path or source.startswith((path + ".", path + "["))


def _unmatched(tm: TypeMatch, path: str, room: _Room | None = None) -> bool:
    """Their field and everything under it left unmatched (with `room`: or matched by value shape alone, a reading
    the form's structure explains better: a member of one keyed value is no field of ours beside the others)."""
    inside = [m for m in tm.matches if _within(m.source, path)]
    return bool(inside) and all(m.how == "unmatched" or (room is not None and room._by_shape(m)) for m in inside)


def _replace(tm: TypeMatch, their: str, lines: list[FieldMatch], ours: str) -> None:
    """Their field's unmatched rows give way to `lines`; what was missing under `ours` is no longer."""
    tm.matches = [
        m for m in tm.matches if not (m.source == their or m.source.startswith((their + ".", their + "[")))
    ] + lines
    _found(tm, ours)


def _found(tm: TypeMatch, ours: str) -> None:
    """A field of ours (and what it holds) is no longer missing."""
    tm.missing = [f for f in tm.missing if not (f.path == ours or f.path.startswith((ours + ".", ours + "[]")))]
    for p in list(tm.partial):
        if p == ours or p.startswith((ours + ".", ours + "[]")):
            del tm.partial[p]


def _fixed_length(tp: TypeProfile, path: str) -> int | None:
    """The length nearly every record's list at `path` has (at least 2), or None."""
    lengths = Counter(len(v) for s in tp.samples if isinstance(v := value_at(s, path), list))
    if not lengths:
        return None
    n, held = lengths.most_common(1)[0]
    return n if n >= 2 and held >= FIXED_SHARE * sum(lengths.values()) else None


def _stats_of(tp: TypeProfile, values: list[Any], path: str) -> FieldStats:
    """The stats of values gathered from the kept records, as the profile would have kept them at `path`."""
    st = profile_samples(tp.data_type, ({"v": v} for v in values)).fields.get("v")
    return dataclasses.replace(st, path=path) if st is not None else FieldStats(path)


def _show(tp: TypeProfile, st: FieldStats, container: FieldStats) -> None:
    """Add the stats of a place inside their container to the profile (the schema table shows its values): it is
    held by the records holding the container, and has the container's number in the profile's signatures, so
    "written in the same records as" (`TypeProfile.beside`) reads it as the container (its own number, 0 from the
    stats' one-field profile, would be another field's)."""
    tp.fields.setdefault(
        st.path,
        dataclasses.replace(st, records=container.records, first_seen=container.first_seen, pair_of=container.pair_of),
    )


# ---- a list of numbers by position -------------------------------------------------------------------------
def _number_lists(tm: TypeMatch, tp: TypeProfile, fields: list[SpecField], room: _Room) -> None:
    """`big5: [0.7, 0.4, 0.6, 0.8, 0.3]` where ours is an object of five numbers nothing filled: one line per
    position, in the order the spec lists the object's fields. A list under the object's own name (or an alias:
    `"ocean": [...]`, which the ingest cannot read as the object) gets the same lines, into that object only."""
    by_path = {f.path: f for f in fields}
    for st in tp.ordered():
        if "[" in st.path or st.main_type != "array" or st.share_of("array") < 0.9:
            continue
        own = next((m for m in tm.matches if m.source == st.path), None)
        claimed = own.target if own is not None and own.how in _OURS and own.target in by_path else None
        if claimed is not None and (by_path[claimed].type != "object" or by_path[claimed].parse is not None):
            continue  # (a list the ingest reads as the object, `[2, 4]` for a window, needs no line)
        if own is not None and own.how not in _OURS and own.how != "unmatched":
            continue  # matched as a whole already
        if claimed is None and not _unmatched(tm, st.path):
            continue
        items = tp.fields.get(st.path + "[]")
        n = _fixed_length(tp, st.path)
        if items is None or n is None or not items.numeric():
            continue
        fits = []
        for obj in fields:
            kids = [f for f in fields if f.parent == obj.path]
            if obj.type != "object" or "[]" in obj.path or len(kids) != n:
                continue
            if (claimed is not None and obj.path != claimed) or (claimed is None and not room.open(st.path, obj.path)):
                continue
            if any(k.type not in ("number", "integer") or k.range != kids[0].range for k in kids):
                continue
            lo, hi = kids[0].range or (None, None)
            if items.share_numbers(lo, hi) >= 0.95:
                fits.append((name_similarity(st.path, obj, tp=tp), obj, kids))
        if not fits:
            continue
        fits.sort(key=lambda x: -x[0])
        name, obj, kids = fits[0]
        rivals = [o.path for _, o, _ in fits[1:]]
        evidence = f"a list of {n} numbers in every record, ours an object of {n} such numbers: {_CHECK_ORDER}"
        if rivals:
            evidence += f"; AMBIGUOUS with {', '.join(rivals)}: check it"
        lines = [FieldMatch(f"{st.path}[{i}]", k.path, "proposed", 0.5, evidence) for i, k in enumerate(kids)]
        for i in range(n):  # (each position's own values, as the table shows them)
            at = [v[i] for s in tp.samples if isinstance(v := value_at(s, st.path), list) and len(v) == n]
            _show(tp, _stats_of(tp, at, f"{st.path}[{i}]"), st)
        room.give_way(st.path, [obj.path])
        room.place(st.path, lines, obj.path)


# ---- an exchange by position -------------------------------------------------------------------------------
def _turn_texts(tp: TypeProfile, path: str, n: int) -> tuple[str | None, list[list[str]]] | None:
    """The texts at each of the `n` positions of the list at `path` (items are texts, or objects holding one
    text member at every position: its name), or None. A text written at some positions only (a rejected draft
    beside the last turn's words) is not what each turn says, and a position holding a word or two (a tag, a label)
    is no turn."""
    member: str | None = None
    item = tp.fields.get(path + "[]")
    if item is None:
        return None
    if item.main_type == "object":
        texts = [c for c in tp.children(item.path) if c.main_type == "string" and c.mean_words >= TURN_WORDS]
        if len(texts) > 1:
            texts = [c for c in texts if _at_every_turn(tp, path, n, c.path.rsplit(".", 1)[-1])]
        if len(texts) != 1:
            return None
        member = texts[0].path.rsplit(".", 1)[-1]
    elif item.main_type != "string":
        return None
    per: list[list[str]] = [[] for _ in range(n)]
    for s in tp.samples:
        lst = value_at(s, path)
        if not isinstance(lst, list) or len(lst) != n:
            continue
        for i, el in enumerate(lst):
            v = el.get(member) if member is not None and isinstance(el, dict) else el
            if isinstance(v, str):
                per[i].append(v)
    if any(sum(len(v.split()) for v in texts) < TURN_WORDS * len(texts) for texts in per if texts):
        return None  # a turn is words said: two one-word tags ("wary", "tired"; two labels of ours) are no exchange
    return member, per


def _takes(per: list[list[str]]) -> list[int]:
    """The positions before the last whose texts are takes of the last one's (a draft kept before its revision):
    TAKE_SHARE of their texts, two at least, are written word for word at the last position of some record. The
    two sides of an exchange are said by two people, so one's words never come back as the other's; the takes of
    a refine loop that keeps every take are one speaker's, and a batch's model comes back to its own lines, so a
    take turned down in one record is the one kept in another."""
    last = set(per[-1])
    out = []
    for i, texts in enumerate(per[:-1]):
        again = sum(t in last for t in texts)
        if again >= 2 and again >= TAKE_SHARE * len(texts):
            out.append(i)
    return out


def _at_every_turn(tp: TypeProfile, path: str, n: int, member: str) -> bool:
    """`member` is a text in every one of the `n` turns of nearly every record's list at `path`."""
    lists = [v for s in tp.samples if isinstance(v := value_at(s, path), list) and len(v) == n]
    full = sum(all(isinstance(el, dict) and isinstance(el.get(member), str) for el in v) for v in lists)
    return bool(lists) and full >= FIXED_SHARE * len(lists)


def _turn_lists(tp: TypeProfile, tm: TypeMatch, room: _Room) -> list[FieldStats]:
    """Their lists an exchange may be: left unmatched, or read only by value shape (a turn's text proposed for a
    text of ours by its length alone, with no name evidence, is a weaker reading than the turns' structure). Not a
    list read whole as a list of ours whose items' every field (two or more) a member of its items fills: that is
    a list of things (capacity factors: a cause and its impact), each record's count of them the same by chance;
    nor a list of such things written as texts that each name a thing and its number ("a late frost (-2.5)")."""
    out = []
    for st in tp.ordered():
        if "[" in st.path or st.main_type != "array" or st.share_of("array") < 0.9:
            continue
        if pairs_as_text(tp, st):
            continue
        inside = [m for m in tm.matches if m.source == st.path or m.source.startswith((st.path + ".", st.path + "["))]
        if not inside or _read_whole(st, inside, room):
            continue
        if all(m.how == "unmatched" or room._by_shape(m) for m in inside):
            out.append(st)
    return out


def _read_whole(st: FieldStats, inside: list[FieldMatch], room: _Room) -> bool:
    """The list `st` is proposed for a list of ours, and its items' members fill every field of that list's items."""
    whole = next((m.target for m in inside if m.source == st.path and m.target), None)
    if whole is None:
        return False
    kids = {p for p in room.by_path if p.startswith(whole + "[].") and "." not in p[len(whole) + 3 :]}
    got = {m.target for m in inside if m.source.startswith(st.path + "[].") and m.target in kids}
    return len(kids) >= 2 and got == kids


def _exchanges(tm: TypeMatch, tp: TypeProfile, fields: list[SpecField], room: _Room) -> None:
    """`turns: [{"text": <the player>}, {"text": <the character>}]` where the character's words (the type's prose
    role) are missing: the last turn is those words, each turn before it the nearest open text of ours listed
    before them in the spec (not one inside an object of ours whose other fields come from one object of theirs that
    still holds as many free texts nothing took as the object has open texts: those texts are its fields')."""
    by_path = {f.path: f for f in fields}
    spoken = [f for f in fields if "spoken" in f.roles and f.type == "string" and "[]" not in f.path]
    if not spoken:
        return
    for st in _turn_lists(tp, tm, room):
        n = _fixed_length(tp, st.path)
        if n is None or n > MAX_TURNS:
            continue
        got = _turn_texts(tp, st.path, n)
        if got is None:
            continue
        member, per = got
        takes = _takes(per)
        answer = next(
            (f for f in spoken if room.open(st.path, f.path) and room.open(st.path, f.parent or f.path)), None
        )
        if answer is None:
            continue
        rank = {f.path: i for i, f in enumerate(fields)}
        freed = {m.source for m in room.weak(st.path, answer.path) or []}  # (they give way to the turns)
        before = [
            f
            for f in fields
            if f.type == "string"
            and not f.enum
            and "[]" not in f.path
            and rank[f.path] < rank[answer.path]
            and room.open(st.path, f.path)
            and (not f.parent or by_path[f.parent].type == "object")
            and (f.words is None or (f.words[1] or 99) > 4)  # free text, not a label
            and not (f.roles and set(f.roles) <= {"name"})
        ]
        before = [f for f in before if not _texts_left_in_its_object(tm, tp, f, freed, before)]
        targets = [answer, *reversed(before)][: n - len(takes)]
        if len(targets) < n - len(takes):
            continue
        targets = [*reversed(targets[1:]), targets[0]]
        turns = [i for i in range(n) if i not in takes]  # (a take of the answer's text fills no field of ours)
        step = f".{member}" if member else ""
        lines: list[FieldMatch] = []
        for i, f in zip(turns, targets, strict=True):
            st_i = _stats_of(tp, per[i], f"{st.path}[{i}]{step}")
            shape, _ = shape_fit(tp, st_i, f, [])
            if shape <= 0.0:
                lines = []
                break
            evidence = (
                f"turn {i + 1} of {n} in every record; the last is the character's words"
                + ("" if f is answer else ", a turn before it the nearest open text of ours before those")
                + (f" (turn {', '.join(str(k + 1) for k in takes)}: earlier takes of those words)" if takes else "")
                + f": {_CHECK_ORDER}"
            )
            lines.append(FieldMatch(f"{st.path}[{i}]{step}", f.path, "proposed", 0.5, evidence))
            _show(tp, st_i, st)
        if lines:
            room.give_way(st.path, [f.path for f in targets])
            room.place(st.path, lines, answer.path)
            for f in targets[:-1]:
                _found(tm, f.path)


def _texts_left_in_its_object(
    tm: TypeMatch, tp: TypeProfile, f: SpecField, freed: set[str], open_texts: list[SpecField]
) -> bool:
    """Our `f` sits in an object of ours whose matched fields come from one object of theirs, and that object holds
    free texts left unmatched (or among `freed`) for each of the object's `open_texts`."""
    if not f.parent:
        return False
    theirs = {
        m.source.rsplit(".", 1)[0] if "." in m.source else ""
        for m in tm.matches
        if m.target and m.target.startswith(f.parent + ".") and m.source not in freed
    }
    if len(theirs) != 1 or not (obj := theirs.pop()) or "[" in obj or obj not in tp.fields:
        return False
    left = sum(
        (m.how == "unmatched" or m.source in freed)
        and m.source.rsplit(".", 1)[0] == obj
        and (st := tp.fields.get(m.source)) is not None
        and st.main_type == "string"
        and st.mean_words >= 3
        for m in tm.matches
    )
    return left > 0 and left >= sum(g.parent == f.parent for g in open_texts)


# ---- a tuple's labels by position --------------------------------------------------------------------------
def _tuples(tm: TypeMatch, tp: TypeProfile, fields: list[SpecField], room: _Room) -> None:
    """`gauge: [5.5, 4.5, "medium"]`, `aspiration: ["authentic", "misjudgment_over"]`: a list nothing took, of a fixed
    few plain values, whose positions are a record's own fields. A position holding the labels of one field of ours
    (TUPLE_LABELS of its values) is that field, wherever the spec lists it; each field is taken once. The other
    positions are left to the last resort (field_guess), which places a required field the build would stop on: a
    record's numbers and texts are too alike to say by order alone which is which (a request's text and its number
    went to a background and a base capacity, when tried)."""
    by_path = {f.path: f for f in fields}
    for st in tp.ordered():
        if "[" in st.path or st.main_type != "array" or st.share_of("array") < 0.9 or not _unmatched(tm, st.path):
            continue
        items = tp.fields.get(st.path + "[]")
        n = _fixed_length(tp, st.path)
        if items is None or items.main_type in ("object", "array") or n is None or n > MAX_TUPLE:
            continue
        labelled = [
            f
            for f in fields
            if f.enum
            and f.type == "string"
            and "[]" not in f.path
            and (not f.parent or by_path[f.parent].type == "object")
            and room.open(st.path, f.path)
        ]
        got: dict[int, SpecField] = {}
        places = {}
        for i in range(n):
            at = [v[i] for s in tp.samples if isinstance(v := value_at(s, st.path), list) and len(v) == n]
            places[i] = _stats_of(tp, at, f"{st.path}[{i}]")
            share, f = max(
                ((enum_share(places[i], f.enum or ()), f) for f in labelled if f not in got.values()),
                key=lambda x: x[0],
                default=(0.0, None),
            )
            if f is not None and share >= TUPLE_LABELS:
                got[i] = f
        if not got:
            continue
        evidence = f"a list of {n} plain values in every record; at this position our labels: {_CHECK_ORDER}"
        lines = [FieldMatch(f"{st.path}[{i}]", f.path, "proposed", 0.5, evidence) for i, f in sorted(got.items())]
        for i in got:
            _show(tp, places[i], st)
        targets = [f.path for f in got.values()]
        room.give_way(st.path, targets)
        tm.matches += lines  # (the list's own row stays unmatched: its other positions are open to the last resort)
        room.forms.placed += lines
        for path in targets:
            _found(tm, path)


# ---- an object keyed by our labels -------------------------------------------------------------------------
#: a label step of a profiled path (`cards[card=power]`): the field_map reads a '{}' step after it
_LABEL_STEPS = re.compile(r"\[[^\[\]=]+=[^\[\]]*\]")


def _keyed_objects(tm: TypeMatch, tp: TypeProfile, fields: list[SpecField], vocab: Vocabulary, room: _Room) -> None:
    """`options: {"growth": {"says": ..., "effect": 0.5}, ...}` where ours is a list of objects with a labelled
    field (`response_options[].type`) nothing filled: the key fills the label, each value is an element. An object
    under the list's own name or an alias (`"options": {...}`, which the ingest cannot read as the list) gets the same
    lines, into that list only. An object keyed by data (`TypeProfile.is_mapping`: many keys, each in few records)
    whose keys are no labels of ours may hold a free text of our list's elements in its keys (`_text_keys`)."""
    labelled = [f for f in fields if f.enum and f.parent.endswith("[]") and f.parent.count("[]") == 1]
    by_path = {f.path: f for f in fields}
    for st in tp.ordered():
        # (an object inside a list element chosen by its label, `cards[card=power].causes`, is read the same way)
        if "[" in _LABEL_STEPS.sub("", st.path) or st.main_type != "object" or st.share_of("object") < 0.9:
            continue
        own = next((m for m in tm.matches if m.source == st.path), None)
        claimed = own.target if own is not None and own.how in _OURS and own.target in by_path else None
        if claimed is not None and (by_path[claimed].type != "array" or by_path[claimed].parse is not None):
            continue
        if own is not None and own.how not in _OURS and own.how != "unmatched":
            continue  # matched as a whole already
        if claimed is None and not _unmatched(tm, st.path, room):
            continue
        keys, values = _keyed_values(tp, st.path)
        total = sum(keys.values())
        if not total or len(values) < total * 0.9:
            continue
        for label in labelled:
            known = {normalize_label(x) for x in label.enum or ()}
            if sum(c for k, c in keys.items() if normalize_label(str(k)) in known) < KEY_LABELS * total:
                continue
            lst = label.parent.removesuffix("[]")
            if (claimed is not None and lst != claimed) or (claimed is None and not room.open(st.path, lst)):
                continue
            evidence = f"its keys are our {label.name} labels ({', '.join(sorted(map(str, keys))[:4])})"
            lines = keyed_lines(tp, st, label, fields, vocab, evidence)
            room.give_way(st.path, [lst])
            room.read_whole(st.path, lines, lst)
            break
        else:
            if claimed is None and tp.is_mapping(st.path):
                got = _text_keys(tp, st, keys, fields, vocab, room)
                if got is not None:
                    lst, lines = got
                    room.give_way(st.path, [lst])
                    room.read_whole(st.path, lines, lst)


def _text_keys(
    tp: TypeProfile, st: FieldStats, keys: Counter, fields: list[SpecField], vocab: Vocabulary, room: _Room
) -> tuple[str, list[FieldMatch]] | None:
    """An object keyed by data whose values are objects (`sinks: {"a record salt harvest": {"by": 1.5, "days": 26}}`)
    read as one of our lists of objects that nothing fills: its keys fit a free text of the elements (the factor)
    by value shape, and the members of its values fill the element's other required fields (`by` the impact; `days`
    left as an extra). The ingest reads a table of name -> number by itself (`parse: name_value_pairs`), not this.
    Of several lists, the keys' best fit; (our list's path, the lines) or None."""
    best: tuple[float, str, list[FieldMatch]] | None = None
    for f in fields:
        if f.type != "string" or f.enum or not f.parent.endswith("[]") or f.parent.count("[]") != 1:
            continue
        lst = f.parent.removesuffix("[]")
        fit, how = key_fit(tp, st, keys, f)
        if fit < KEY_FIT or (best is not None and fit <= best[0]) or not room.open(st.path, lst):
            continue
        evidence = f"its keys are data read as our {f.name} ({how}; {', '.join(sorted(map(str, keys))[:3])})"
        lines = keyed_lines(tp, st, f, fields, vocab, evidence)
        filled = {m.target for m in lines}
        if all(c.path in filled for c in fields if c.parent == f.parent and c.required and c != f):
            best = (fit, lst, lines)
    return (best[1], best[2]) if best is not None else None


def key_fit(tp: TypeProfile, st: FieldStats, keys: Counter, f: SpecField) -> tuple[float, str]:
    """How well the keys of their object `st` (`keys`: key -> times written) fit our free text `f` by value shape."""
    return shape_fit(tp, _stats_of(tp, list(keys.elements()), st.path + "{}"), f, [])


def _keyed_values(tp: TypeProfile, path: str) -> tuple[Counter, list[dict[str, Any]]]:
    """The keys of their object over the kept records, and its values that are objects."""
    keys: Counter = Counter()
    values: list[dict[str, Any]] = []
    for s in tp.samples:
        obj = value_at(s, path)
        if isinstance(obj, dict):
            keys.update(list(obj))
            values += [v for v in obj.values() if isinstance(v, dict)]
    return keys, values


def keyed_lines(
    tp: TypeProfile, st: FieldStats, label: SpecField, fields: list[SpecField], vocab: Vocabulary, evidence: str
) -> list[FieldMatch]:
    """The lines reading their object `st` as our list of `label`'s parent: each key under `label`, each value an
    element, its members paired with the element's fields by name and value shape (their places shown in the
    profile). Also the last resort's reading of an object of objects (field_guess)."""
    keys, values = _keyed_values(tp, st.path)
    members = _members(tp, st.path, values, [f for f in fields if f.parent == label.parent and f != label], vocab)
    _show(tp, _stats_of(tp, list(keys.elements()), st.path + "{}"), st)
    lines = [FieldMatch(st.path + "{}", label.path, "proposed", 0.9, evidence)]
    for member, (target, score, st_m) in members.items():
        _show(tp, st_m, st)
        if target.name != member and member not in target.aliases:
            lines.append(
                FieldMatch(st_m.path, target.path, "proposed", score, f"inside every value of {_as_written(st.path)}")
            )
    return lines


def _members(
    tp: TypeProfile, path: str, values: list[dict[str, Any]], children: list[SpecField], vocab: Vocabulary
) -> dict[str, tuple[SpecField, float, FieldStats]]:
    """The members of the keyed values, each paired one to one with a child of our list's elements by name and
    value shape (best pairs first)."""
    names = list(dict.fromkeys(k for v in values for k in v))
    scored = []
    stats: dict[str, FieldStats] = {}
    for k in names:
        st = stats[k] = _stats_of(tp, [v[k] for v in values if k in v], f"{path}{{}}.{profiled_key(k)}")
        for c in children:
            shape, _ = shape_fit(tp, st, c, [])
            if shape <= 0.0:
                continue
            score = 0.45 * name_similarity(k, c, vocab) + 0.55 * shape
            if score >= MEMBER_SCORE:
                scored.append((score, k, c))
    out: dict[str, tuple[SpecField, float, FieldStats]] = {}
    taken: set[str] = set()
    for score, k, c in sorted(scored, key=lambda x: -x[0]):
        if k not in out and c.path not in taken:
            out[k] = (c, score, stats[k])
            taken.add(c.path)
    return out
