"""The records of a match (`SpecField`, `FieldMatch`, `TypeMatch`) and the two scores it is made of: how near a
name of theirs is to a field of ours (`name_similarity`, over a `Vocabulary` of the spec's words) and how well a field's
values fit ours (`shape_fit`).

Below both `field_match`, which pairs fields by these scores, and `field_forms`, which reads containers by place
with them and whose lines `field_match` asks for in its second settlement of the rules: each imports this module,
and `field_match` imports `field_forms`, so the dependency points one way.
"""

from __future__ import annotations

import copy
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from .assignment import best_assignment
from .normalize import normalize_label
from .number_text import Written, place, read_text
from .profile import (
    FieldStats,
    TypeProfile,
    field_name,
    value_at,
)

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


#: Below this name similarity, a pair is only proposed for a required field (or as an object whose children fit).
NAME_EVIDENCE = 0.3


#: A string field whose values average this many words is free text (a situation, a line, a rationale).
_FREE_TEXT_WORDS = 6
#: ... and a shorter one mostly addressed to someone ("Get out. Just get out.", "I'll remember this.") is a line.
_LINE_WORDS = 3


@dataclass(frozen=True)
class SpecField:
    """One field of a data type in the spec, addressed by its dotted path (`[]` = every list item)."""

    path: str
    type: str  # JSON type
    required: bool = False
    range: tuple[float | None, float | None] | None = None
    enum: tuple[str, ...] | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    description: str = ""
    parse: str | None = None  # a lenient reading the ingest applies (name_value_pairs, window, unit)
    words: tuple[int | None, int | None] | None = None  # typical words of a string value (a label, free text)
    generated: bool = True  # asked of a generator (False: read on input only, so rarer in a batch)
    unit: str | None = None  # the scale whose unit a value may be written with ("40 weeks ago": spec `units:`)
    format: str | None = None  # the written form of a string value (timestamp)
    #: the Master Truths version of the spec, for the field stating the record's version (role `version`): its values
    #: are versions of that major ("v1.2", "V1.1"); "v2.2" beside it is another program's (a pipeline's) version
    version: str | None = None
    #: the numbers a rule table of the spec allows it (a resonance weight is its type's weight): values repeated
    #: from a short list are what it holds, not a sign of a pipeline's setting
    table: tuple[float, ...] | None = None
    #: the name of the role it plays for the type, when a generator may call it that: the type's quality score
    #: answers to "quality" whatever its own name (`grading.quality` for the irony score, `q`, `MEM_QUAL`)
    role_names: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.path.rsplit(".", 1)[-1].removesuffix("[]")

    @property
    def parent(self) -> str:
        return self.path.rsplit(".", 1)[0] if "." in self.path else ""


@dataclass
class FieldMatch:
    """One of their field paths and what it is in the spec."""

    source: str  # their path
    target: str | None  # our path (None: unmatched)
    how: str  # exact | alias | config (the config's field_map) | proposed | with_parent | wrapper | unmatched
    score: float = 1.0
    evidence: str = ""


@dataclass
class TypeMatch:
    data_type: str
    known: bool
    records: int
    matches: list[FieldMatch] = field(default_factory=list)
    missing: list[SpecField] = field(default_factory=list)  # required spec fields nothing fits
    #: required spec path -> share of the samples that hold it (under any matched name), when below 1
    partial: dict[str, float] = field(default_factory=dict)
    #: their words -> ours, learned from this type's sure matches (`learn_lexicon`): later passes read names by it
    lexicon: dict[str, str] = field(default_factory=dict)
    #: the generator keeps values in cells (`_cells`): the key of a cell's value -> the keys of the notes beside it
    cells: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def by_how(self, how: str) -> list[FieldMatch]:
        return [m for m in self.matches if m.how == how]

    def map_lines(self) -> dict[str, str]:
        """The field_map entries of this type: proposed moves, parents before... only what is needed.

        A proposed object whose children then resolve (exact or alias) moves as a whole; a child that needs
        its own line gets one. Paths already covered by a moved parent are not repeated.
        """
        lines: dict[str, str] = {}
        moved: list[tuple[str, str]] = []
        for m in sorted(self.by_how("proposed"), key=lambda m: m.source.count(".")):
            if m.target is None:
                continue
            implied = None
            for src, dst in moved:
                if m.source.startswith(src + ".") or m.source.startswith(src + "[]."):
                    implied = dst + m.source[len(src) :]
            if implied == m.target:
                continue
            lines[m.source] = m.target
            moved.append((m.source, m.target))
        # a line moving a field out of an object the ingest would rename by alias (`Ocean.Extra` into
        # `ocean.extraversion`) creates our object first, so the alias rename no longer happens: the object
        # gets its own line too (a move onto our existing object merges what it lacks)
        by_source = {m.source: m for m in self.matches}
        for src in list(lines):
            parent = src.rsplit(".", 1)[0] if "." in src else ""
            while parent:  # (a list of one object read as an object is `x[]`: its line unwraps it)
                pm = by_source.get(parent)
                if pm is not None and pm.how == "alias" and pm.target and parent not in lines:
                    lines[parent] = pm.target
                parent = parent.rsplit(".", 1)[0] if "." in parent else ""
        return lines


def words(name: str) -> str:
    """'npcReply_text' -> 'npc reply text' (camelCase and separators split, lower case; 'EmoçãoAtual' ->
    'emocao atual': a key spelt with its language's diacritics is the same word as the key spelt without)."""
    if not name.isascii():
        name = _ascii(name)
    return " ".join(w.lower() for w in _WORD.findall(name))


#: letters NFKD does not take apart into a base letter and a mark
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae"})


def _ascii(name: str) -> str:
    """The name with its letters' diacritics dropped ('odpowiedź' -> 'odpowiedz', 'ação' -> 'acao')."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _token_sim(a: str, b: str) -> float:
    """Two words: equal 1.0; one an abbreviation of the other (a prefix of 3+ letters 0.9; 4+ of its letters in
    order from the same first letter 0.75); else a close spelling (rapidfuzz ratio >= 80) scaled; unrelated 0."""
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 3 and long_.startswith(short):
        return 0.9
    if len(short) >= 4 and short[0] == long_[0] and len(long_) <= 3 * len(short) and _subsequence(short, long_):
        return 0.75  # a skeleton of the word ("authn", "cplx", "thot"); three letters ("ctx") fit too many words
    if len(a) == len(b) and a[:-1] == b[:-1]:
        return 0.0  # one word with another ending ("played", "player"), not the same word spelled otherwise
    if len(short) >= 5 and _common_prefix(a, b) >= max(4, len(short) - 1):
        return 0.75  # the same stem with its language's ending ("irony", "ironia"; "capacity", "capacita")
    r = fuzz.ratio(a, b) / 100
    return r if r >= 0.8 else 0.0


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _subsequence(short: str, long_: str) -> bool:
    """Every letter of `short` occurs in `long_`, in order."""
    it = iter(long_)
    return all(ch in it for ch in short)


class Vocabulary:
    """Word weights of the spec's field names: a word many fields share ("score", "type") says less about
    which field is meant than a rare one ("rationale", "knowledge")."""

    def __init__(self, names: Iterable[str]) -> None:
        docs = [set(words(n).split()) for n in set(names)]
        self._splits: dict[str, list[str]] = {}
        self.n = max(len(docs), 1)
        self.df: dict[str, int] = {}
        for d in docs:
            for w in d:
                self.df[w] = self.df.get(w, 0) + 1
        #: their words -> ours, learned from the folder's own matches (`learn_lexicon`)
        self.lexicon: dict[str, str] = {}

    def with_lexicon(self, lexicon: dict[str, str]) -> Vocabulary:
        """The same weights, reading their words through `lexicon`."""
        out = copy.copy(self)
        out.lexicon = dict(lexicon)
        return out

    def weight(self, word: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(word, 0)))

    def split(self, word: str) -> list[str]:
        """A run-together name in the spec's words ('interactioncontextsupportneeded' -> interaction context
        support needed; 'rawcapacity' -> raw capacity), when known words cover most of it; else the word."""
        if len(word) < 6 or word in self.df or not self.df:
            return [word]
        got = self._splits.get(word)
        if got is None:
            n = len(word)
            best: list[tuple[int, int, int]] = [(0, 0, 0)] * (n + 1)  # (covered chars, -pieces, start)
            for i in range(1, n + 1):
                cands = [(best[i - 1][0], best[i - 1][1] - 1, i - 1)]  # one unknown letter
                for j in range(max(0, i - 20), i - 2):
                    if word[j:i] in self.df:  # known words of three letters or more
                        cands.append((best[j][0] + i - j, best[j][1] - 1, j))
                best[i] = max(cands)
            pieces: list[str] = []
            i = n
            while i > 0:
                j = best[i][2]
                piece = word[j:i]
                if i - j == 1 and pieces and (len(pieces[-1]) < 3 or pieces[-1] not in self.df):
                    pieces[-1] = piece + pieces[-1]  # letters outside the vocabulary stay one word
                else:
                    pieces.append(piece)
                i = j
            pieces.reverse()
            known = [p for p in pieces if p in self.df and len(p) >= 3]
            unknown = [p for p in pieces if p not in known]
            # known words cover half of it, or a known word of 4+ letters stands beside unknown words of two
            # letters or more ('believability' + 'score', 'bg' + 'effective' + 'headroom'), not stray letters
            words_ok = any(len(p) >= 4 for p in known) and all(len(p) >= 2 for p in unknown)
            # a lone letter left over is a word's ending in another language ('neuroticism' + 'o'), never a word of
            # its own: split off, it would meet our one-letter aliases (`o` for openness)
            stray = any(len(p) == 1 for p in unknown)
            got = pieces if len(pieces) > 1 and not stray and (sum(map(len, known)) >= 0.5 * n or words_ok) else [word]
            self._splits[word] = got
        return got


_NO_VOCAB = Vocabulary([])


def _words_sim(theirs: list[str], ours: list[str], vocab: Vocabulary) -> float:
    """Weighted overlap of two word lists (each word matched to its most similar word on the other side),
    averaged over both directions so that neither a subset nor a superset counts as equal."""
    if not theirs or not ours:
        return 0.0

    def side(a: list[str], b: list[str]) -> float:
        total = sum(vocab.weight(w) for w in a)
        got = sum(vocab.weight(w) * max(_token_sim(w, x) for x in b) for w in a)
        return got / total if total else 0.0

    return (side(theirs, ours) + side(ours, theirs)) / 2


def name_similarity(
    theirs: str, spec: SpecField, vocab: Vocabulary = _NO_VOCAB, tp: TypeProfile | None = None
) -> float:
    """0..1: how alike their field name (as `tp` names it: `field_name`) is to the spec field's name and aliases (the
    leaf names, then the whole paths, so `npc_card_narrative_dialogue_prose` still finds
    `npc_card_narrative.dialogue_prose`)."""
    leaf = [p for w in words(field_name(theirs, tp).removesuffix("[]")).split() for p in vocab.split(w)]
    if not leaf:
        return 0.0
    if vocab.lexicon:
        leaf = [vocab.lexicon.get(w, w) for w in leaf]
    spec_full = words(spec.path.replace("[]", "")).split()
    compact = "".join(leaf)
    best = 0.0
    for cand in (spec.name, *spec.aliases, *spec.role_names):
        c = words(cand).split()
        if not c:
            continue
        if "".join(c) == compact:
            return 1.0
        best = max(best, _words_sim(leaf, c, vocab))
    if len(spec_full) > 1:  # a flattened name: `ocean_openness` for `ocean.openness`
        best = max(best, 0.95 * _words_sim(leaf, spec_full, vocab))
    return min(best, 1.0)


def _enum_share(st: FieldStats, enum: tuple[str, ...]) -> float:
    if not st.labels:
        return 0.0
    total = sum(st.labels.values())
    ok = sum(n for v, n in st.labels.items() if normalize_label(v) in enum)
    return ok / total if total else 0.0


enum_share = _enum_share  # (the share of their values that are labels of `enum`: for the forms)


def _child_fit(
    tp: TypeProfile, path: str, spec_children: list[SpecField], elsewhere: frozenset[str] = frozenset()
) -> float:
    """How well the children of their object (or list item) `path` fit the spec object's children."""
    theirs = tp.children(path)
    if not theirs or not spec_children:
        return 0.0
    # each spec child's best counterpart: its values must fit, its name counts half (a renamed child whose
    # values are the spec's enum labels or range still fits)
    child = 0.0
    plain = [t for t in theirs if not t.path.endswith("[]")]
    shapes = [[0.0] * len(spec_children) for _ in plain]
    for j, s in enumerate(spec_children):
        best = 0.0
        for i, t in enumerate(plain):
            shape, _ = shape_fit(tp, t, s, [])
            if shape > 0.0:
                if t.path not in elsewhere:  # (a child named as a field outside the object fits it by value only)
                    shapes[i][j] = min(1.0, shape)
                name = name_similarity(t.path, s, tp=tp)
                best = max(best, name, min(1.0, shape) * (0.5 + 0.5 * name))
        child += best
    name_fit = child / len(spec_children)
    # values alone, one to one (names in another language): every spec child has its own child of theirs whose
    # values fit, and theirs holds no more children than ours (a wrapper holding everything fits anything)
    pairs = best_assignment([[v if v > 0.0 else None for v in row] for row in shapes])
    one_to_one = sum(shapes[i][j] for i, j in pairs) / max(len(spec_children), len(plain), 1)
    # structure: as many children, each of the spec's kind (five 0-1 numbers for an OCEAN profile)
    kinds = sorted(_kind(s.type) for s in spec_children)
    their_kinds = sorted(_stats_kind(t) for t in theirs)
    structure = 0.0
    if kinds == their_kinds:
        ranges = {s.range for s in spec_children}
        shared = next(iter(ranges)) if len(ranges) == 1 else None
        if shared is not None:
            lo, hi = shared
            structure = min(t.share_numbers(lo, hi) for t in theirs)
        else:  # the same kinds but mixed: weak evidence (a wrapper of three fields is not `memory`)
            structure = 0.35
    elif set(kinds) <= set(their_kinds):
        structure = 0.5 * min(len(kinds), len(their_kinds)) / max(len(kinds), len(their_kinds))
    fit = max(name_fit, 0.9 * structure, 0.9 * one_to_one if len(spec_children) >= 2 else 0.0)
    # many more children than ours: a wrapper around several objects (or the whole record), not this object
    return fit * min(1.0, (len(spec_children) + 2) / max(len(plain), 1))


def _looks_like_names(st: FieldStats) -> bool:
    """Short values, nearly all of them capitalised words, that vary: people's names, not labels or text."""
    labels = st.labels
    if not labels or not 1 <= st.mean_words <= 4 or len(labels) < min(3, st.text_count):
        return False
    total = sum(labels.values())
    caps = sum(n for v, n in labels.items() if all(w[:1].isupper() or w.isdigit() for w in str(v).split()))
    return caps >= 0.9 * total


def _kind(json_type: str) -> str:
    return "number" if json_type in ("number", "integer") else json_type


def _stats_kind(st: FieldStats) -> str:
    if st.numeric():
        return "number"
    return st.main_type


def shape_fit(
    tp: TypeProfile,
    st: FieldStats,
    spec: SpecField,
    spec_children: list[SpecField],
    elsewhere: frozenset[str] = frozenset(),
) -> tuple[float, str]:
    """(0..1, evidence): how well the values of their field fit the spec field's type, range and role
    (`elsewhere`: children of their object whose names say they are fields outside the spec object)."""
    t = spec.type
    if t in ("number", "integer"):
        return _number_fit(st, spec)
    if t == "string":
        return _string_fit(st, spec)
    if t == "object":
        if spec.parse == "window" and st.share_of("window_text") >= 0.5:
            return 0.3 + 0.6 * st.share_of(("window_text", "object")), "spans of weeks written as text"
        if spec.parse == "window" and _pairs_of_numbers(tp, st):
            return 0.3 + 0.6 * st.share_of("array"), "spans written as [low, high]"
        if spec.parse == "window" and not _ordered_ends(tp, st):
            return 0.0, ""  # two numbers in no fixed order (two scores side by side) are not a span's two ends
        return _object_fit(tp, st, spec_children, elsewhere)
    if t == "array":
        return _array_fit(tp, st, spec, spec_children, elsewhere)
    if t == "boolean":
        return (0.9 if st.main_type == "boolean" else 0.0), ""
    return 0.0, ""


def _pairs_of_numbers(tp: TypeProfile, st: FieldStats) -> bool:
    """Lists of two numbers ([2, 4]): a span the ingest reads as {min, max} (parse: window)."""
    items = tp.fields.get(st.path + "[]")
    return st.main_type == "array" and st.max_items == 2 and items is not None and items.numeric() and items.numbers > 0


#: a span's low end is at most its high end in this share of the records holding both (a planted defect may swap them)
ORDERED_SHARE = 0.8


def _ordered_ends(tp: TypeProfile, st: FieldStats) -> bool:
    """Their object could be a span (a window of weeks): two of its numbers are its ends, the one at most the other in
    nearly every record that holds both (the records' own rule for a span: low <= high). True without the evidence
    (fewer than two numbers in it, or fewer than three records holding two)."""
    return _ordered_numbers(tp, [c.path for c in tp.children(st.path) if not c.path.endswith("[]") and c.numeric()])


def _ordered_numbers(tp: TypeProfile, kids: list[str]) -> bool:
    """Two of the number fields `kids` are a span's ends, one at most the other in nearly every record holding both
    (`_ordered_ends`; `reveal_lo` / `reveal_hi` flattened beside each other). True without the evidence."""
    if len(kids) < 2:
        return True
    seen = False
    for a, b in itertools.permutations(kids, 2):
        both = [
            (x, y)
            for sample in tp.samples
            if (x := _number_at(sample, a)) is not None and (y := _number_at(sample, b)) is not None
        ]
        if len(both) < 3:
            continue
        seen = True
        if sum(1 for x, y in both if x <= y) >= ORDERED_SHARE * len(both):
            return True
    return not seen


#: A number below zero in this share of its values (of SIGNED_MIN or more) is signed: never a field whose scale starts
#: at 0 or above (planted out-of-range values are the few, and spread over several fields)
SIGNED_SHARE = 0.25
SIGNED_MIN = 8


def _number_fit(st: FieldStats, spec: SpecField) -> tuple[float, str]:
    """The share of their numbers inside the spec's range; whole numbers for an integer."""
    if not st.numeric():
        return 0.0, ""
    lo, hi = spec.range or (None, None)
    if lo is not None and lo >= 0 and st.numbers >= SIGNED_MIN and st.non_negative <= (1 - SIGNED_SHARE) * st.numbers:
        return 0.0, ""  # often below zero: a change that goes both ways (trust +0.3 / -1.5), not a level from lo up
    if 2 * st.percents >= st.numbers and place(Written(100.0, 100.0, form="percent"), spec.range) is None:
        return 0.0, ""  # "74%": the ingest reads a percentage only into a 0-1 or 0-100 field (number_text.place)
    den = _fraction_scale(st)
    if den is not None:  # "3.5/10": x on a 0-N scale, kept as x/N; placed on the field's scale as the ingest reads it
        if place(Written(den, den), spec.range) is None:
            return 0.0, ""  # the ingest reads no x/N in this field (see number_text.place)
        on_its_scale = hi == den  # (3/5 in a 1-5 level; else the field is a 0-1 share)
        inside = _placed_share(st, den, spec)
        fit = (0.3 + 0.7 * inside) * (1.0 if on_its_scale else 0.9)
        return fit, f"{inside:.0%} of values in [{_num(lo)}, {_num(hi)}] (written x/{_num(den)})"
    inside = st.share_numbers(lo, hi)
    if inside < 0.5 and st.numbers >= 2:
        return 0.0, ""  # most values outside the range: planted defects are the few, so not this field
    if _unit_fractions(st) and lo == 0 and (hi is None or hi > 2):
        return 0.0, ""  # 0.8, 0.93, 0.87: a score or a model's confidence, never a value on a 0-10 scale or a count
    fit = 0.3 + 0.7 * inside
    if st.values:  # "3 weeks ago" is read as a number only where that unit is expected (and "34 years" elsewhere)
        fit *= 1.0 - (st.types["unit_text"] - (st.units[spec.unit] if spec.unit else 0)) / st.values
    if spec.type == "integer" and st.numbers and st.integral / st.numbers < 0.9:
        fit *= 0.6
    elif spec.type == "number" and spec.parse != "unit" and _counts(st, spec.range):
        # whole numbers only, a handful of them (0, 1, 2): a count or a flag, not a measure on a scale (a number of
        # weeks, written with its unit or not, is a count)
        fit *= 0.3
    if _within_first_tenth(st, lo, hi):
        fit *= 0.8  # never above a tenth of the scale: more likely a 0-1 score than this 0-10 value
    if lo is not None and lo < 0 and st.num_min is not None and st.num_min >= 0 and st.numbers >= 5:
        fit *= 0.85  # a signed scale (a change) whose values are never negative: more likely a level
    evidence = f"{inside:.0%} of values in [{_num(lo)}, {_num(hi)}]"
    if spec.table is not None and st.first_numbers:
        # a score the record earns or a pipeline's setting holds few of the table's values: not the value a label fixes
        listed = _table_share(st, spec.table)
        fit *= SETTING_FIT + (1.0 - SETTING_FIT) * listed
        evidence += f"; {listed:.0%} of values in the rules' table"
    elif spec.type == "number" and (lo, hi) == (0.0, 1.0) and (few := _a_setting(st)):
        fit *= SETTING_FIT
        evidence += f"; {few} round values over {st.numbers} records: a setting of the pipeline, not a score"
    return fit, evidence


def _table_share(st: FieldStats, table: tuple[float, ...]) -> float:
    """The share of their numbers that are one of the rule table's numbers."""
    kept = st.first_numbers
    return sum(1 for v in kept if any(abs(v - t) < 0.005 for t in table)) / len(kept)


#: a 0-1 number repeating two to this many distinct round values ...
SETTING_VALUES = 5
#: ... over at least this many numbers (each value twice or more on average) is a setting, not a measure
SETTING_NUMBERS = 10
#: or repeating up to this many distinct values of two decimals (0.82, 0.88: a temperature sweep) ...
SETTING_SWEEP = 8
#: ... each this many times on average
SETTING_REPEATS = 5
#: what is left of its fit as a score, a share or a trait the record earns
SETTING_FIT = 0.4


def _a_setting(st: FieldStats) -> int:
    """The number of distinct values when their field repeats a few values over many records, not all whole: a
    sampling temperature or top_p (0.7, 0.9, 0.95; a sweep over 0.6, 0.82, 0.88), a model's stated confidence. A
    score, a share or a trait is earned by each record and varies with it. 0 when it does not.

    Round values (multiples of 0.05) twice each on average are enough; other values of two decimals must repeat
    SETTING_REPEATS times each (a judge writing 0.82 again and again is choosing from a list, not measuring)."""
    kept = st.first_numbers
    if st.numbers < SETTING_NUMBERS or st.integral >= st.numbers or not kept:
        return 0
    distinct = set(kept)
    if len(distinct) < 2:
        return 0  # (one value everywhere says nothing: the bench's copies of one sample hold one score)
    if min(distinct) != st.num_min or max(distinct) != st.num_max:
        return 0  # the numbers kept (the first ones read: copies of one sample, say) do not span the field's values
    if len(distinct) <= SETTING_VALUES and 2 * len(distinct) <= len(kept) and _steps_of(distinct, 20):
        return len(distinct)
    if len(distinct) <= SETTING_SWEEP and SETTING_REPEATS * len(distinct) <= len(kept) and _steps_of(distinct, 100):
        return len(distinct)
    return 0


def _steps_of(values: set[float], per_unit: int) -> bool:
    """Every value is a whole number of 1/`per_unit` steps."""
    return all(abs(v * per_unit - round(v * per_unit)) < 1e-6 for v in values)


def _placed_share(st: FieldStats, den: float, spec: SpecField) -> float:
    """The share of their numbers written x/`den` (kept as x/den) that `number_text.place` puts inside the spec's
    range (whole numbers for an integer)."""
    kept = st.first_numbers
    if not kept:
        return st.share_numbers(0.0, 1.0)
    lo, hi = spec.range or (None, None)
    integer = spec.type == "integer"
    n = 0
    for x in kept:
        v = place(Written(round(x * den, 9), den), spec.range, integer)
        n += v is not None and (lo is None or v >= lo) and (hi is None or v <= hi)
    return n / len(kept)


def _fraction_scale(st: FieldStats) -> float | None:
    """N when half their numbers or more are written "x/N"; None otherwise."""
    if not st.fractions or not st.numbers:
        return None
    den, n = st.fractions.most_common(1)[0]
    return den if n >= 0.5 * st.numbers else None


#: whole numbers never above this share of a wide scale are counted, not measured (0-4 retries on a 0-10 scale)
LOW_COUNT = 0.4
#: ... and never above this share once they are this many: 1-6 sentences or beats counted in every answer (a level
#: measured on the scale reaches past its middle over that many records, or is written with halves somewhere)
LOW_COUNT_MANY, MANY_COUNTS = 0.6, 10


def _counts(st: FieldStats, rng: tuple[float | None, float | None] | None) -> bool:
    """Five numbers or more, all whole, on a narrow scale (0-1, -1..1), only two or three distinct values, or never
    above LOW_COUNT of a wide scale (LOW_COUNT_MANY over MANY_COUNTS numbers): what a retry counter, a count of the
    answer's sentences or a flag holds, never a score, a capacity or a change written with decimals."""
    if st.numbers < 5 or st.integral < st.numbers:
        return False
    lo, hi = rng or (None, None)
    narrow = lo is not None and hi is not None and hi - lo <= 2
    values = len(set(st.first_numbers))
    # (1-4 or 0-4 on a 0-10 scale: a take or an attempt counted, not a capacity that never reaches half the scale;
    # whole numbers up to 4 are five values at most)
    share = LOW_COUNT_MANY if st.numbers >= MANY_COUNTS else LOW_COUNT
    low = lo is not None and hi is not None and st.num_max is not None and st.num_max <= lo + share * (hi - lo)
    return narrow or values <= 3 or low


def _unit_fractions(st: FieldStats) -> bool:
    """Three numbers or more, nearly all between 0 and 1 (a planted defect is the odd one out), not all whole: a
    0-1 score, a share or a confidence."""
    return st.numbers >= 3 and st.integral < st.numbers and st.share_numbers(0.0, 1.0) >= 0.9


def _within_first_tenth(st: FieldStats, lo: float | None, hi: float | None) -> bool:
    """Three numbers or more, none above a tenth of a wide scale."""
    if lo is None or hi is None or hi - lo <= 2 or st.num_max is None:
        return False
    return st.num_max <= lo + 0.1 * (hi - lo) and st.numbers >= 3


def _string_fit(st: FieldStats, spec: SpecField) -> tuple[float, str]:
    """Strings: the spec's labels (enum), its typical length (words), else what the field's role expects."""
    if st.written_share(("string", "numeric_text")) < 0.8:
        return 0.0, ""
    if st.share_of("numeric_text") > 0.5:
        return 0.1, "numbers written as text"  # a number the generator quoted, not a name or a sentence
    stamps = st.stamp_share
    if spec.format == "timestamp":
        return (0.3 + 0.7 * stamps, f"{stamps:.0%} of values are dates") if stamps >= 0.5 else (0.0, "")
    if stamps >= 0.5:
        return 0.0, ""  # dates and times: when a record was made, not a name, a label, a version or a sentence
    if st.identifier():
        return 0.0, ""  # a record id ("ten-14763188") names no character, is no label and says nothing
    if spec.version is not None and (shares := _version_shares(st, spec.version)) is not None:
        ours, others = shares
        if ours >= 0.5:
            return 0.3 + 0.65 * ours, f"{ours:.0%} of values are versions {_major(spec.version)}.x (the rules')"
        if others >= 0.5:
            return 0.1, f"{others:.0%} of values are versions of another major: another program's version"
    if spec.enum:
        share = _enum_share(st, spec.enum)
        if not share and spec.words is not None and spec.words[1] is not None and st.mean_words > spec.words[1]:
            return 0.1, f"{st.mean_words:.0f} words on average"  # sentences, where a label of a few words goes
        return 0.35 + 0.65 * share, f"{share:.0%} of values are {spec.name} labels"
    if spec.words is not None:  # the spec says how long its values are: a short label or free text
        lo, hi = spec.words
        inside = (lo is None or st.mean_words >= lo) and (hi is None or st.mean_words <= hi)
        fit = 0.9 if inside else 0.15 + 0.75 * _share_of_length(st, lo, hi)
        if hi is not None and hi <= 8 and _coded(st):
            fit *= 0.4  # "qwen3:14b", "v2.1": a model or a version, not a label or a few words
        return fit, f"{st.mean_words:.0f} words on average"
    return _role_text_fit(st, spec.roles)


def _share_of_length(st: FieldStats, lo: int | None, hi: int | None) -> float:
    """The share of their short values (the labels the profile counts) of `lo`..`hi` words; 0 when their values are
    not all short. A spec's typical length is judged per value, as a number's range is: a few long phrases the writer
    favours ("a tug of longing for the old mud village" among "a flustered shyness") pull a small sample's mean past
    the bound of a short field while most of its values are of that length."""
    if not st.labels or not st.text_count:
        return 0.0
    total = sum(st.labels.values())
    within = sum(
        n for v, n in st.labels.items() if (lo is None or len(v.split()) >= lo) and (hi is None or len(v.split()) <= hi)
    )
    return within / total


_CODED = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
#: a version as written ("v1.2", "V1.1", "version 2.2"): its major number
_VERSION = re.compile(r"^\s*v(?:ersion)?\s*(\d+)(?:\.\d+)+\s*$", re.I)


def _major(version: str) -> str:
    m = _VERSION.match(version)
    return m.group(1) if m else version


def _version_shares(st: FieldStats, version: str) -> tuple[float, float] | None:
    """(share of their values that are versions of `version`'s major, share that are versions of another major), or
    None when their values are not (nearly all) versions."""
    if not st.labels or not st.text_count:
        return None
    total = sum(st.labels.values())
    majors = [(m.group(1), n) for v, n in st.labels.items() if (m := _VERSION.match(v)) is not None]
    versions = sum(n for _, n in majors)
    if versions < 0.9 * total:
        return None
    ours = sum(n for major, n in majors if major == _major(version))
    return ours / total, (versions - ours) / total


def _coded(st: FieldStats) -> bool:
    """Most of its (few, repeated) values hold a word mixing letters and digits: "qwen3:14b", "v2.1", "gpt-4o" name a
    model or a version ("Mara 300" is a name and a number)."""
    if not st.labels:
        return False
    total = sum(st.labels.values())
    return sum(n for v, n in st.labels.items() if _CODED.search(v)) >= 0.5 * total


#: a string field holding exactly this many distinct one-word values (no digits) ...
FLAG_VALUES = 2
#: ... over at least this many records is a flag ("yes" / "no", "bai" / "ez"), not a text
FLAG_RECORDS = 10


def _a_flag(st: FieldStats) -> int:
    """The number of distinct values when their field is a flag: one word without digits, two values, over many
    records ("yes"/"no", "jes"/"ne"). Text is written anew for each
    record; two names may repeat, so capitalised words are never a flag for a name (see `_capitalised`). 0 when it is
    not."""
    labels = st.labels
    if not labels or st.text_count < FLAG_RECORDS or st.mean_words > 1.0 or st.digits:
        return 0
    return len(labels) if len(labels) == FLAG_VALUES else 0


def _capitalised(st: FieldStats) -> bool:
    """Its short values are capitalised words (two characters' names repeat: "Mara", "Theo"; "yes" / "no" do not)."""
    labels = st.labels
    if not labels:
        return False
    return all(str(v)[:1].isupper() for v in labels)


#: a name is at most this many characters on average ("Lakshmi Prasanna Duvvuri" is 24)
NAME_CHARS = 40


def _role_text_fit(st: FieldStats, roles: tuple[str, ...]) -> tuple[float, str]:
    """Free text or a short string, spoken (I/you) or narrated, as the field's role expects."""
    free = st.mean_words >= _FREE_TEXT_WORDS
    spoken = st.spoken_share
    words_seen = f"{st.mean_words:.0f} words on average"
    voice = f"free text, {spoken:.0%} spoken (I/you)"
    if (flag := _a_flag(st)) and not ("name" in roles and _capitalised(st)):
        return 0.1, f"{flag} one-word value(s) over {st.text_count} records: a flag or a tag, no text"
    if "constraint" in roles:
        # a narrated sentence on what the answer does within its limit, at best stating the numbers ("Capacity 2.5 + 2
        # = 4.5 max"; "Offers presence instead of solutions" states none): not the character's voice, not a label
        fit = 0.3 + 0.7 * (0.8 + 0.2 * st.digit_share) * (1.0 - spoken)
        return fit * (1.0 if free else 0.4), f"{st.digit_share:.0%} state numbers"
    if "spoken" in roles:  # the character's words: free text addressed to someone (a short reply mostly so)
        line = free or (st.mean_words >= _LINE_WORDS and spoken >= 0.5)
        return (0.4 if line else 0.1) + 0.6 * spoken, voice
    if "name" in roles or "label" in roles:
        if free:
            return 0.1, words_seen  # a sentence names no one and labels nothing
        if "name" in roles and _coded(st):
            return 0.1, "letters and digits in one word"  # "qwen3:14b": a model's name, not a character's
        if "name" in roles and st.mean_chars > NAME_CHARS:
            # a sentence in a script written without spaces between words (Lao, Thai) counts few words, not few
            # letters: a person's name, in any script, is short
            return 0.1, f"{st.mean_chars:.0f} characters on average"
        if "name" in roles and st.labels and not _looks_like_names(st):
            return 0.6, words_seen  # "retired ferry engineer": words, but not a person's name
        return 0.9, words_seen
    if not free and {"context", "unspoken", "answer"} & set(roles) and _coded(st):
        return 0.1, "letters and digits in one word"  # "llama-3.3-70b": the pipeline's model, no scene or thought
    if "unspoken" in roles:
        return (0.9 - 0.4 * spoken if free else 0.3), voice
    if "answer" in roles:
        return (0.85 if free else 0.3), words_seen
    if "context" in roles:  # a situation, what someone knows: narrated free text, not a label or a voice
        return (0.85 - 0.4 * spoken if free else 0.5), voice
    if not free and _looks_like_names(st):
        return 0.4, "people's names"  # "Mara Okafor", "Col Ashby": the character's name, not a note of a few words
    return (0.8 - 0.3 * spoken if free else 0.75), words_seen


def _object_fit(
    tp: TypeProfile, st: FieldStats, spec_children: list[SpecField], elsewhere: frozenset[str] = frozenset()
) -> tuple[float, str]:
    if st.main_type != "object":
        return 0.0, ""
    fit = _child_fit(tp, st.path, spec_children, elsewhere)
    if fit < 0.5:
        return 0.0, ""
    return 0.3 + 0.7 * fit, f"children fit {fit:.0%}"


def _array_fit(
    tp: TypeProfile,
    st: FieldStats,
    spec: SpecField,
    spec_children: list[SpecField],
    elsewhere: frozenset[str] = frozenset(),
) -> tuple[float, str]:
    """A list whose items fit the spec's items, or (for name_value_pairs) a name -> value table."""
    if spec.parse == "name_value_pairs" and st.main_type == "object" and tp.is_mapping(st.path):
        if all(c.numeric() for c in tp.children(st.path) if not c.path.endswith("[]")):
            return 0.9, "a name -> value table (the ingest reads it as a list)"
        return 0.0, ""  # (a table of name -> object: read by its keys, field_forms)
    if st.main_type != "array":
        return 0.0, ""
    if spec.parse == "name_value_pairs" and pairs_as_text(tp, st):
        return 0.85, "a list of name-value pairs written as text (the ingest reads each as a pair)"
    if spec_children:
        fit = _child_fit(tp, st.path + "[]", spec_children, elsewhere)
        if fit < 0.5:
            return 0.0, ""
        return 0.3 + 0.7 * fit, f"list items fit {fit:.0%}"
    return 0.7, "a list"


def pairs_as_text(tp: TypeProfile, st: FieldStats) -> bool:
    """A list whose items are short texts each naming a thing and its number ("money worries (-2)", "sleep: -1"),
    nearly all of them: what the ingest reads as a list of name-value pairs."""
    items = tp.fields.get(st.path + "[]")
    return (
        items is not None
        and items.text_count >= 2
        and items.share_of("string") >= 0.9
        and items.pair_texts >= 0.9 * items.text_count
    )


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def _written_at(sample: dict[str, Any], path: str) -> Written | None:
    """The number at a profiled path (no `[]` steps) in one record as written ("86%" is 86 of 100), else None."""
    obj = value_at(sample, path)  # (a key, or a pair list's label: `metrics[key=qa]`)
    if isinstance(obj, bool):
        return None
    if isinstance(obj, (int, float)):
        return Written(float(obj))
    if isinstance(obj, str):
        return read_text(obj)
    return None


def _number_at(sample: dict[str, Any], path: str) -> float | None:
    """The number at a profiled path in one record as a share of the scale it was written on ("86%" is 0.86)."""
    w = _written_at(sample, path)
    return None if w is None else w.share()
