"""Profile a batch folder: per data type, every field path the samples hold, how often, and its value shape.

The profile is what `unwritten schema` matches against the domain spec. It reads files exactly as the
build does (the salvage parser and the sample discovery, so every format the ingest reads is profiled) and
groups samples by the data type their label, their file name or (last) their content names. It knows
nothing about field names: it only records what it saw, which is why it can profile a generator we have
never met.

Paths are dotted; list items are written `name[]` (`response_options[].dialogue`). A path's `records` is
the number of samples holding it at least once, so shares are comparable across nesting levels.

A list of small pairs whose labels recur (`metrics: [{key: "trust shift", value: 0.3}, ...]`) also gets one
field per label, addressed as the field_map writes it (`metrics[key=trust shift].value`), with that label's
values only: a generator that keeps its numbers as key/value pairs names its fields by the labels, so each
label is matched like any other field (see `add_pair_labels`); a pair list under a label of another (a workbook of
labelled pages of labelled rows) likewise, `pages[page=reply].rows[field=line].value`, as deep as the labels go
(see `_nested_pairs`); a row of more members (its value beside notes: who entered it, when) is read as a keyed
list's element under the page's label, `pages[page=reply].rows[code=line].value` (see `_nested_keyed`).
A list of objects each named by a label member beside fields of their own (a log of steps, `trail: [{leg:
voicing, yield: {...}, ms: 412}]`) is read one object per label, `trail[leg=voicing].yield.said_line` (see
`_keyed_elements`).
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ...domain import Spec, load_spec
from ...llm.salvage import Lost, repair_strings
from .discovery import (
    RAW_LABEL_KEYS,
    SAMPLE_META_KEYS,
    RawSample,
    Unrecognised,
    canonical_type,
    detect_type,
    file_type_hint,
    find_files,
    iter_samples,
    parse_batch_bytes,
    raw_label,
    type_label,
)

# pair_text and window_text_ends: the readings `parse: name_value_pairs` and `parse: window` fields get in the ingest
from .normalize import normalize_label, pair_text, window_text_ends
from .number_text import Units, plain_number_text, read_text
from .untyped import UntypedTally

#: Top-level keys that label a sample rather than belong to it (the ingest removes them too).
_META_KEYS = frozenset({*SAMPLE_META_KEYS, *RAW_LABEL_KEYS})
#: a line someone says: I/you/we, or a verb contracted as people speak ("wasn't", "we'll"; not a possessive 's)
_SPOKEN = re.compile(
    r"\b(?:I|I'm|I've|I'll|I'd)\b|\b(?i:me|my|you|your|you're|we|us)\b|\w(?:n['’]t|['’](?:ll|re|ve))\b"
)
_DIGIT = re.compile(r"\d")
#: a date, perhaps with a time and a zone: "2026-11-17T16:37:00Z", "2026/11/17 16:37", "17.11.2026 16:37:05"
_STAMP = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?$"
)
_STAMP_CHARS = 40
_EXAMPLES = 2
_EXAMPLE_TRIES = 50
_WINDOW_CHARS = 48  # a window in words is short ("between 12 and 16 weeks out")
_INF = float("inf")
_MAX_SIGNATURES = 5000
_LABEL_CHARS = 60  # a string this short may be a label (an enum value); distinct ones are counted
#: a text this short may be a cause and its number ("the loom owner docked a week's wages for a broken warp: -2"; a
#: cause is a clause, longer than a label: fresh21's Lao rows write causes of 45-70 characters)
_PAIR_CHARS = 100
_MAX_LABELS = 64
_FIRST_NUMBERS = 500  # numbers kept per field: the share inside a spec range is counted on them
_EXAMPLE_CHARS = 48
UNKNOWN = "(unknown)"
#: samples kept per data type as written, for the checks that need whole records (rules between fields)
KEEP_SAMPLES = 300
#: a field is written beside another (in the same prompt version's records) when it is in at least this share of
#: the records holding the other (`TypeProfile.beside`)
BESIDE = 0.5
#: a dot inside a key, as profiled paths hold it (a path's dots are its steps); `unwritten schema` writes it
#: back as "\\." in the field_map lines, as FieldMap reads it
KEY_DOT = "\u2024"


#: a key that is a phrase, not a name: at least this many words
_PHRASE_WORDS = 4


def _phrase_key(key: str) -> bool:
    """A key written as a phrase of several words (data used as a key, as a cause in a name -> impact table)."""
    return len(key.split()) >= _PHRASE_WORDS


def profiled_key(key: str) -> str:
    return key.replace(".", KEY_DOT)


#: a pair list's label step at the end of a path: `metrics[key=trust shift].value`
_LABEL_STEP = re.compile(r"\[[^\[\]=]+=([^\[\]]*)\]\.[^.\[\]]+$")
#: one label step, its label captured: `[key=trust shift]`
_LABEL_VALUE = re.compile(r"\[[^\[\]=]+=([^\[\]]*)\]")
#: one step selecting a pair list's element by its label: `metrics[key=trust shift]`
_SELECTED = re.compile(r"^(.*)\[([^\[\]=]+)=([^\[\]]*)\]$")
#: one step taking a list's element by its position: `cells[11]`
_POSITION = re.compile(r"^([^\[\]]+)\[(\d+)\]$")


def key_step(obj: Any, step: str) -> Any:
    """One step of a profiled path into `obj` (a dict): a key, or a pair list's label (`metrics[key=qa]`: the
    element whose `key` is "qa", compared without case as the field_map does); None when absent."""
    key = step.replace(KEY_DOT, ".")
    if step[-1:] == "]" and key not in obj and (at := _POSITION.match(step)) is not None:
        lst = obj.get(at.group(1).replace(KEY_DOT, "."))
        i = int(at.group(2))
        return lst[i] if isinstance(lst, list) and i < len(lst) else None
    m = _SELECTED.match(step) if "=" in step and key not in obj else None
    if m is None:
        return obj.get(key)
    lst = obj.get(m.group(1).replace(KEY_DOT, "."))
    if isinstance(lst, str) and lst[:1] == "[":
        lst = _json_text(lst)
    label = m.group(3).strip().casefold()
    for el in lst if isinstance(lst, list) else ():
        if isinstance(el, dict) and str(el.get(m.group(2), "")).strip().casefold() == label:
            return el
    return None


def field_name(path: str, tp: TypeProfile | None = None) -> str:
    """The name a path gives its field: its last key, or for one label of a pair list the label (`qa` in
    `metrics[key=qa].value`: the member holding the value is only called `value`); in `tp`, the name its records
    give it where they give one (`FieldStats.name`: a questionnaire's slot is named by the question it answers)."""
    st = tp.fields.get(path) if tp is not None else None
    if st is not None and st.name is not None:
        return st.name
    m = _LABEL_STEP.search(path) if "=" in path else None
    return m.group(1) if m is not None else path.rsplit(".", 1)[-1]


@dataclass
class FieldStats:
    """What one field path held across the samples of one data type."""

    path: str
    records: int = 0  # samples holding the path at least once
    values: int = 0  # values seen (a list-item path may hold several per sample)
    types: Counter = field(default_factory=Counter)  # JSON type name (plus "numeric_text") -> values
    num_min: float | None = None
    num_max: float | None = None
    text_chars: int = 0  # total characters of the string values
    text_count: int = 0
    text_words: int = 0
    digits: int = 0  # string values holding a digit (a constraint sentence states its numbers)
    stamps: int = 0  # string values that are a date, perhaps with a time ("2026-11-17T16:37:00Z")
    spoken: int = 0  # string values addressed from one person to another (I/you/my/your): a character's line
    #: short string values that read as one name-value pair ("money worries (-2)", "sleep debt: -1.5"), as the
    #: ingest reads the items of a list of pairs written as text
    pair_texts: int = 0
    numbers: int = 0  # numeric values (numbers and numeric text)
    in_unit: int = 0  # ... within [0, 1]
    in_ten: int = 0  # ... within [0, 10]
    in_signed_unit: int = 0  # ... within [-1, 1]
    non_negative: int = 0  # ... at least 0 (an open scale such as weeks)
    first_numbers: list[float] = field(default_factory=list)  # the first numbers, for shares on any scale
    integral: int = 0  # ... that are whole numbers
    #: numbers written "x/N" ("3.5/10", "7 out of 10"): N -> values (kept as x/N; `number_text.place` puts them on a
    #: field's scale)
    fractions: Counter = field(default_factory=Counter)
    #: numbers written as percentages ("74%", "74 %"): kept as their share, but read by the ingest only into a 0-1 or
    #: a 0-100 field
    percents: int = 0
    #: numbers written as text with an explicit plus sign ("+0.45"): a writer marks the sign of a number that may go
    #: either way (a change), never of a mark or a level
    plus_signed: int = 0
    #: numbers written with the unit of a named scale ("3 weeks ago"): the scale -> values
    units: Counter = field(default_factory=Counter)
    labels: Counter | None = field(default_factory=Counter)  # short string values (None once too many)
    examples: list[str] = field(default_factory=list)
    example_tries: int = 0
    max_items: int = 0  # the longest list seen at this path (a list that never holds two items may be an object)
    stamp: int = 0  # the last sample (number) that held this path: counts each sample once
    #: order of first appearance (keeps the table in the generator's own order); the field's number in the
    #: signatures (a label of a pair list sits between its list and the list's items, in the labels' order)
    first_seen: float = 0
    #: for one label of a pair list (`metrics[key=qa].value`): the list's path (its number in the signatures
    #: stands for the label's: a record holding the list is taken to hold its labels)
    pair_of: str | None = None
    #: for a field inside one labelled element of a keyed list (`trail[leg=voicing].yield.line`): the list's path
    #: (as for a pair list's label, a record holding the list is taken to hold the element)
    keyed_of: str | None = None
    #: the field's name where its records name it and its path does not (`_name_slots`: `line` for
    #: `questions[code=line].answers[by=model].value`), read by `field_name`; None: its path names it
    name: str | None = None

    @property
    def mean_chars(self) -> float:
        return self.text_chars / self.text_count if self.text_count else 0.0

    @property
    def mean_words(self) -> float:
        return self.text_words / self.text_count if self.text_count else 0.0

    @property
    def spoken_share(self) -> float:
        return self.spoken / self.text_count if self.text_count else 0.0

    @property
    def digit_share(self) -> float:
        return self.digits / self.text_count if self.text_count else 0.0

    @property
    def stamp_share(self) -> float:
        return self.stamps / self.text_count if self.text_count else 0.0

    @property
    def main_type(self) -> str:
        return self.types.most_common(1)[0][0] if self.types else "null"

    def share_of(self, kind: str | tuple[str, ...]) -> float:
        kinds = (kind,) if isinstance(kind, str) else kind
        return sum(self.types[k] for k in kinds) / self.values if self.values else 0.0

    def written_share(self, kind: str | tuple[str, ...]) -> float:
        """`share_of` among the values written: a null is an optional value left out, not a value of another
        type (fresh10 writes `reply_opts_expected: null` in a third of its records, fresh2 `Fukusen.Kioku` in a
        quarter). A field null in most of its values is judged on all of them, as before."""
        kinds = (kind,) if isinstance(kind, str) else kind
        written = self.values - self.types["null"]
        if 2 * written < self.values:
            return self.share_of(kinds)
        return sum(self.types[k] for k in kinds) / written if written else 0.0

    def share_numbers(self, lo: float | None, hi: float | None) -> float:
        """Share of the numeric values inside [lo, hi] (from the buckets kept while profiling)."""
        if not self.numbers:
            return 0.0
        if lo is None and hi is None:
            return 1.0
        if (
            self.num_min is not None
            and self.num_max is not None
            and (lo is None or self.num_min >= lo)
            and (hi is None or self.num_max <= hi)
        ):
            return 1.0
        kept = self.first_numbers
        if kept:  # the first numbers seen (all of them in a folder of ordinary size)
            return sum(1 for x in kept if (lo is None or x >= lo) and (hi is None or x <= hi)) / len(kept)
        best = max(
            (
                n
                for (blo, bhi), n in (
                    ((0.0, 1.0), self.in_unit),
                    ((-1.0, 1.0), self.in_signed_unit),
                    ((0.0, 10.0), self.in_ten),
                    ((0.0, _INF), self.non_negative),
                )
                if (lo is None or lo <= blo) and (hi is None or bhi <= hi)
            ),
            default=0,
        )
        return best / self.numbers

    def identifier(self) -> bool:
        """One-word values with digits that mostly never repeat ("dra-32706906"; a duplicated record repeats its
        id): a record's id, not a name, a label or a sentence."""
        if self.text_count < 3 or self.mean_words > 1.05 or self.digit_share < 0.9:
            return False
        return self.labels is None or len(self.labels) >= 0.6 * self.text_count

    def numeric(self) -> bool:
        """Mostly numbers (numeric text such as "0.7" or "75%" counts: the ingest coerces it)."""
        return self.written_share(("number", "integer", "numeric_text", "unit_text")) >= 0.8

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "records": self.records,
            "values": self.values,
            "types": dict(self.types),
            "min": self.num_min,
            "max": self.num_max,
            "mean_chars": round(self.mean_chars, 1),
            "examples": list(self.examples),
        }


@dataclass
class TypeProfile:
    """Every field path of the samples of one data type (as labelled or detected)."""

    data_type: str
    known: bool  # a data type the spec (or the config) declares
    records: int = 0
    files: set[str] = field(default_factory=set)
    decided_by: Counter = field(default_factory=Counter)  # label / file_name / content -> samples
    fields: dict[str, FieldStats] = field(default_factory=dict)
    #: sorted field numbers (`first_seen`) a sample holds -> samples; None when too varied to keep
    signatures: dict[tuple[float, ...], int] | None = field(default_factory=dict)
    #: the first samples as written (rules and value relations between fields are checked on them)
    samples: list[dict[str, Any]] = field(default_factory=list)
    #: later samples holding a list of objects that fewer than PAIR_SAMPLES earlier samples held (a prompt
    #: version first seen late in a large folder): its labels are read on them too (`add_pair_labels`)
    pair_samples: list[dict[str, Any]] = field(default_factory=list)
    #: the units a number may be written with (every scale's in the spec `units:`), as `number_text` reads them
    units: tuple[tuple[str, Units], ...] = ()

    def together(self, a: str, b: str) -> int:
        """Samples holding both paths (an upper bound, min of the two, when signatures were not kept)."""
        fa, fb = self.fields[a], self.fields[b]
        if self.signatures is None:
            return min(fa.records, fb.records)
        ia, ib = self.signature_id(fa), self.signature_id(fb)
        return sum(n for sig, n in self.signatures.items() if ia in sig and ib in sig)

    def beside(self, a: str, b: str) -> bool:
        """Field `a` is written beside `b`: in at least BESIDE of the records holding `b` (field_map paths; a
        position, key or label step counts as its container). Two prompt versions of a type share no records, so a
        field of one is never beside a field of the other: what it fills, it fills in its own records only. Counted
        on the signatures (every record), or on the kept samples when the signatures were too varied to keep."""
        ka, kb = self._key(a), self._key(b)
        if self.signatures is not None and ka in self.fields and kb in self.fields:
            ia, ib = self.signature_id(self.fields[ka]), self.signature_id(self.fields[kb])
            holding = both = 0
            for sig, n in self.signatures.items():
                if ib in sig:
                    holding += n
                    both += n if ia in sig else 0
            return holding > 0 and both >= BESIDE * holding
        ha, hb = container_head(a), container_head(b)
        holders = [x for x in self.samples if value_at(x, hb) is not None]
        return bool(holders) and sum(value_at(x, ha) is not None for x in holders) >= BESIDE * len(holders)

    def is_mapping(self, path: str) -> bool:
        """An object used as a name -> value table (`{"work_crisis": -3, "no_sleep": -2}`): many keys, each in
        few samples, all of one kind. Its keys are data, not field names.

        Few: each key in under half the samples; or, when the pool of keys is small enough that a common one
        passes half (a small folder), each under three quarters while a key is on average in under a third
        (tables: a fifth or less; objects with optional fields: three quarters or more). Keys that are all phrases
        of several words ("the pump seized in the spring tide": a cause, not a field name) need only be missing
        from some of the samples holding the object: in a type of a few records three of four may share a cause,
        which says nothing about the keys, while a form keyed by its questions writes one of them in every record."""
        kids = [c for c in self.children(path) if not c.path.endswith("[]")]
        parent = self.fields.get(path)
        if parent is None or len(kids) < 3:
            return False
        kinds = {("number" if c.numeric() else c.main_type) for c in kids}
        if len(kinds) != 1:
            return False
        most = max(c.records for c in kids)
        mean = sum(c.records for c in kids) / len(kids)
        if most < 0.5 * parent.records:
            return True
        if all(_phrase_key(c.path[len(path) + 1 :]) for c in kids):
            return most < parent.records
        return most < 0.75 * parent.records and mean < parent.records / 3

    def stats(self, path: str) -> FieldStats:
        """A field's stats by its path as a field_map writes it (a dot inside a key escaped, `who\\.name`; a
        label of a pair list, `metrics[key=qa].value`, has its own stats, else its list's values stand for it)."""
        return self.fields[self._key(path)]

    def _key(self, path: str) -> str:
        exact = path.replace("\\.", KEY_DOT)
        return exact if exact in self.fields else profiled_path(path)

    def holding_any(self, paths: list[str]) -> int:
        """Samples holding at least one of `paths` (an estimate, capped at all samples, without signatures)."""
        paths = [self._key(p) for p in paths]
        ids = {self.signature_id(self.fields[p]) for p in paths if p in self.fields}
        if not ids:
            return 0
        if self.signatures is None:
            return min(self.records, sum(self.fields[p].records for p in paths if p in self.fields))
        return sum(n for sig, n in self.signatures.items() if not ids.isdisjoint(sig))

    def signature_id(self, st: FieldStats) -> float:
        """The field's number in `signatures` (a pair list's label has its list's)."""
        of = st.pair_of or st.keyed_of
        return st.first_seen if of is None else self.fields[of].first_seen

    def ordered(self) -> list[FieldStats]:
        return sorted(self.fields.values(), key=lambda f: f.first_seen)

    def children(self, path: str) -> list[FieldStats]:
        """Direct children of an object path (`a` -> `a.x`), or of its list items (`a[]` -> `a[].x`)."""
        prefix = path + "."
        return [f for f in self.ordered() if f.path.startswith(prefix) and "." not in f.path[len(prefix) :]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "data_type": self.data_type,
            "known": self.known,
            "records": self.records,
            "files": len(self.files),
            "decided_by": dict(self.decided_by),
            "fields": [f.to_dict() for f in self.ordered()],
        }


@dataclass
class FolderProfile:
    """The profile of every input file: per-type profiles plus what could not be read."""

    types: dict[str, TypeProfile] = field(default_factory=dict)
    files: int = 0
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    lost_items: int = 0  # truncated/unparseable elements and non-objects
    #: per file (as shown) that holds records of no type: its tally (untyped.py: most of a file untyped stops)
    untyped: dict[str, UntypedTally] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return sum(t.records for t in self.types.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "records": self.records,
            "lost_items": self.lost_items,
            "unreadable": [{"file": f, "reason": r} for f, r in self.unreadable],
            "types": {k: v.to_dict() for k, v in sorted(self.types.items())},
        }


def _short(v: Any) -> str:
    text = v if isinstance(v, str) else repr(v)
    text = " ".join(text.split())
    return text if len(text) <= _EXAMPLE_CHARS else text[: _EXAMPLE_CHARS - 1] + "…"


class _Profiler:
    """Walks samples, one `FieldStats` per path; per-sample presence is tracked with a stamp, not a set, and
    the paths each sample holds are counted as a signature (which fields occur together)."""

    def __init__(self, tp: TypeProfile, units: tuple[tuple[str, Units], ...] = ()) -> None:
        self.tp = tp
        self.units = units  # the units a number may carry (every scale's: the field is not known yet)
        self.current: list[float] = []
        self.pairs_wanted = False  # the sample holds a list of objects few samples before it held

    def add(self, sample: dict[str, Any]) -> None:
        tp = self.tp
        tp.records += 1
        n = tp.records
        current: list[float] = []  # the numbers of the fields this sample holds
        self.current = current
        kept = len(tp.samples) < KEEP_SAMPLES
        if kept:
            tp.samples.append(sample)
        self.pairs_wanted = False
        value = self._value
        for k, v in sample.items():
            if k not in _META_KEYS:  # the type label and version describe the sample, as in the ingest
                value(v, profiled_key(k), n)
        if self.pairs_wanted and not kept:
            tp.pair_samples.append(sample)
        sigs = tp.signatures
        if sigs is not None:
            key = tuple(sorted(current))
            sigs[key] = sigs.get(key, 0) + 1
            if len(sigs) > _MAX_SIGNATURES:
                tp.signatures = None  # too varied to tell which fields exclude each other: assume none do

    def _value(self, v: Any, path: str, n: int) -> None:
        st = self._stats(path, n)
        st.values += 1
        t = type(v)
        if t is str and v[:1] in "{[" and (parsed := _json_text(v)) is not None:
            v, t = parsed, type(parsed)  # JSON the model wrote as a string: the ingest parses it, so do we
        if t is str:
            _string(st, v, self.units)
        elif t is dict:
            st.types["object"] += 1
            prefix = path + "."
            for k, x in v.items():
                self._value(x, prefix + profiled_key(k), n)
        elif t is list:
            st.types["array"] += 1
            if len(v) > st.max_items:
                st.max_items = len(v)
            item = path + "[]"
            if st.records <= PAIR_SAMPLES and v and type(v[0]) is dict:
                self.pairs_wanted = True
            for x in v:
                self._value(x, item, n)
        elif t is float or t is int or t is bool:
            _scalar(st, v, t)
        else:
            st.types["null"] += 1

    def _stats(self, path: str, n: int) -> FieldStats:
        """The path's stats, created on first sight; counted once per sample (`n`)."""
        fields = self.tp.fields
        st = fields.get(path)
        if st is None:
            st = fields[path] = FieldStats(path, first_seen=len(fields))
        if st.stamp != n:
            st.stamp = n
            st.records += 1
            self.current.append(st.first_seen)
        return st


class _PairProfiler(_Profiler):
    """Profiles the values of one label of a pair list as a field of its own, numbered `at` (between the
    list and its items: the table and the order evidence see the labels where the list stands)."""

    def __init__(self, tp: TypeProfile, of: FieldStats, at: float, units: tuple[tuple[str, Units], ...] = ()) -> None:
        super().__init__(tp, units)
        self.of, self.at = of, at

    def _value(self, v: Any, path: str, n: int) -> None:
        # while a label's values are read, an item that is an object or a list gets no field (a list of objects
        # under a label is profiled afterwards, from the kept samples, by `_pair_items`, unless it is read as labels of
        # its own); a plain item (a text, a number) is counted, for the fit of the list it is in ("-2 no sleep" items
        # make the label's list a list of name-value pairs)
        if not path.endswith("[]") or not isinstance(v, (dict, list)):
            super()._value(v, path, n)

    def _stats(self, path: str, n: int) -> FieldStats:
        fields = self.tp.fields
        st = fields.get(path)
        if st is None:
            st = fields[path] = FieldStats(path, first_seen=self.at, pair_of=self.of.path)
        if st.stamp != n:
            st.stamp = n
            st.records += 1
        return st


#: samples read per list of objects at least, to find its labels (those beyond the first are kept for it)
PAIR_SAMPLES = 100
#: a pair list's label: a name of a few words (not a sentence, nothing a field_map step cannot address)
_PAIR_LABEL_WORDS = 5
_PAIR_LABEL_BAD = re.compile(rf"[][.]|^\s*$|(?:\S+\s+){{{_PAIR_LABEL_WORDS}}}")
#: a label in fewer of the list's records than this share (and than two) is no field of its own
PAIR_LABEL_SHARE = 0.2
#: the list's records hold on average at least this share of its labels: a fixed set of named values, not
#: items drawn from a pool (`capacity_factors: [{factor, impact}]` names its items, it does not label fields)
PAIR_FILL = 0.6
#: the labels kept cover at least this share of the list's items
PAIR_COVER = 0.8
#: a label repeats inside a record in at most this share of the list's records (each label is one field)
PAIR_REPEATS = 0.05


def add_pair_labels(tp: TypeProfile) -> None:
    """Give each label of a pair list its own field, `list[key=label].value`, profiled from the kept samples.

    A pair list is a list (not inside another list) of small objects with two members, one a short string
    label, the other its value, whose records hold mostly the same labels, each once: `metrics: [{key:
    "trust shift", value: "+0.2"}, {key: "qa", value: 0.81}]`, `big5: [{trait: Openness, score: 0.7}]`. Its
    labels are field names of the generator's, so each becomes a field the matcher can propose a line for (a
    top-level field or a child of one of our objects alike). Counts come from the samples kept (all of them in
    a folder of ordinary size; a list first seen late is read on its first PAIR_SAMPLES records); the records
    holding a label are scaled to the list's own count."""
    lists = _object_lists(tp)
    read_by: dict[frozenset[str], set[str]] = {}  # a readings list's member names -> the label members read by
    for st, members in lists:
        if st.max_items < 2:
            continue
        if (
            len(members) > 2
            and not _keyed_elements(tp, st, members)
            and (label_member := _readings(tp, st, members, _kin_lists(lists, st, members))) is not None
        ):
            read_by.setdefault(_member_names(members), set()).add(label_member)
        members = _telling(tp, st, members)
        if len(members) != 2:
            continue
        # the label member: short strings (the one with fewer distinct values first, when both are)
        keys = sorted(
            (c for c in members if c.labels and c.share_of("string") >= 0.9 and KEY_DOT not in _leaf_of(c.path)),
            key=lambda c: len(c.labels or ()),
        )
        for key in keys:
            value = members[1] if key is members[0] else members[0]
            if _pair_fields(tp, st, _leaf_of(key.path), _leaf_of(value.path)):
                break
    for st, members in lists:  # a group of one reading, beside groups of several read by their labels
        known = read_by.get(_member_names(members))
        if known and st.path + "[]" in tp.fields and not any(f.pair_of == st.path for f in tp.fields.values()):
            _readings(tp, st, members, _kin_lists(lists, st, members), known)
    _nested_pairs(tp)
    _pair_items(tp)
    _name_slots(tp)


def _telling(tp: TypeProfile, lst: FieldStats, members: list[FieldStats]) -> list[FieldStats]:
    """The members of list `lst`'s items that tell its elements apart: a member writing one same word in every
    item (an edit log's `op: add` beside each pointer and value) names nothing and holds nothing of ours, so a list
    of a label, a value and such constants is a pair list all the same."""
    item = tp.fields.get(lst.path + "[]")
    if item is None:  # (read as a keyed list already: its items gave way)
        return members
    items = item.values
    same = [
        c
        for c in members
        if c.labels is not None and len(c.labels) == 1 and c.share_of("string") >= 0.9 and c.values >= 0.9 * items
    ]
    return [c for c in members if c not in same] if same else members


#: a pair list under labels of others picks slots when this many labelled elements at least hold it
MIN_SLOT_PARENTS = 3


def _name_slots(tp: TypeProfile) -> None:
    """Name each field whose last label picks a slot by the label before it (`FieldStats.name`).

    A questionnaire keeps each answer in slots picked by who filled them (`questions[code=line].answers[by=model]
    .value`, a reviewer's slot beside the model's on some questions): the same few slot labels under every question,
    where a workbook's rows (`pages[page=reply].rows[field=line].value`) differ from page to page. The slot held under
    every question is the answer and takes the question's label as its name; another slot takes the question's label
    and its own (`line reviewer`). Named by the slot label alone, every answer of the questionnaire had one name. The
    names stay with the type's own fields: two folders profiled in one process name their slots apart."""
    # the path with labels as '[]' -> last label step -> the path before it -> the field
    groups: dict[str, dict[str, dict[str, FieldStats]]] = {}
    for p, st in tp.fields.items():
        steps = ANY_LABEL.findall(p)
        m = _LABEL_STEP.search(p)
        if len(steps) < 2 or m is None or not p.endswith(m.group(0)):
            continue
        groups.setdefault(_any_label(p), {}).setdefault(steps[-1], {})[p[: p.rindex(steps[-1])]] = st
    for by_label in groups.values():
        parents = {q for held in by_label.values() for q in held}
        answer = [s for s, held in by_label.items() if held.keys() == parents]
        if len(parents) < MIN_SLOT_PARENTS or len(by_label) >= len(parents) or len(answer) != 1:
            continue
        for step, held in by_label.items():
            for parent, st in held.items():
                before = _LABEL_VALUE.fullmatch(ANY_LABEL.findall(parent)[-1])
                own = _LABEL_VALUE.fullmatch(step)
                if before is None or own is None:
                    continue
                st.name = before.group(1) if step == answer[0] else f"{before.group(1)} {own.group(1)}"


#: the labels of a pair list read inside one label of another are numbered this far apart at most (below the outer
#: labels' own spacing)
_NESTED_SPAN = 1e-3


def _nested_pairs(tp: TypeProfile) -> None:
    """A label of a pair list whose value is itself a pair list (a workbook of labelled pages, each a list of
    labelled rows: `pages: [{page: reply, rows: [{field: line, value: ...}]}]`) gets the inner labels as fields too,
    `pages[page=reply].rows[field=line].value`, read from the kept samples (the field_map reads a label step after
    a label step); the inner list's members are judged as an outer pair list's are. Labels go as deep as the
    records do (`sections[name=talk].questions[code=line].answers[by=model].value`)."""
    todo = [st for st in tp.fields.values() if st.pair_of is not None and st.main_type == "array"]
    # (the list's path with its labels read as '[]', label member, value member) of the inner lists read: a list
    # of one row is read where lists at the same place in other labelled elements were
    done: set[tuple[str, str, str]] = set()
    late: list[tuple[FieldStats, str, str]] = []
    # likewise for rows of several members: the path with its labels as '[]' -> the label members read there
    keyed_done: dict[str, set[str]] = {}
    keyed_late: list[tuple[FieldStats, dict[str, Counter], int]] = []
    while todo or late or keyed_late:
        if not todo:  # a page of one row, beside pages of several rows written with the same members
            before = set(tp.fields)
            for st, key, value in late:
                if (_any_label(st.path), key, value) in done:
                    _pair_fields(tp, st, profiled_key(key), profiled_key(value), _nested_span(st.path), least=1)
            for st, kinds, items in keyed_late:
                if known := keyed_done.get(_any_label(st.path)):
                    _nested_keyed(tp, st, kinds, items, known)
            keyed_late = []
            todo = [tp.fields[p] for p in set(tp.fields) - before if tp.fields[p].main_type == "array"]
            if not todo:
                break
            continue
        st = todo.pop()
        kinds, items = _member_values(tp, st.path)
        if len(kinds) > 2:  # rows of several members (a value beside its notes): read by their labels, if any
            before = set(tp.fields)
            if (read_by := _nested_keyed(tp, st, kinds, items)) is not None:
                todo += [tp.fields[p] for p in set(tp.fields) - before if tp.fields[p].main_type == "array"]
                keyed_done.setdefault(_any_label(st.path), set()).add(read_by)
            else:
                keyed_late.append((st, kinds, items))
            continue
        if len(kinds) != 2 or any(c.total() < 0.9 * items for c in kinds.values()):
            continue
        keys = sorted(
            (k for k, c in kinds.items() if c[None] <= 0.1 * c.total() and "." not in k),
            key=lambda k: len(kinds[k]),
        )
        before = set(tp.fields)
        for key in keys:
            value = next(k for k in kinds if k != key)
            if _pair_fields(tp, st, profiled_key(key), profiled_key(value), _nested_span(st.path)):
                todo += [tp.fields[p] for p in set(tp.fields) - before if tp.fields[p].main_type == "array"]
                done.add((_any_label(st.path), key, value))
                break
        else:
            late += [(st, key, next(k for k in kinds if k != key)) for key in keys]


def _member_values(tp: TypeProfile, path: str) -> tuple[dict[str, Counter], int]:
    """Each member of the list's elements at `path` (kept samples) -> its values (casefolded texts; None for any
    other value), and the elements that are objects."""
    kinds: dict[str, Counter] = {}
    items = 0
    for sample in itertools.chain(tp.samples, tp.pair_samples):
        for el in _list_at(sample, path) or ():
            if isinstance(el, dict):
                items += 1
                for k, v in el.items():
                    kinds.setdefault(k, Counter())[v.strip().casefold() if isinstance(v, str) else None] += 1
    return kinds, items


def _nested_keyed(
    tp: TypeProfile, lst: FieldStats, kinds: dict[str, Counter], items: int, known: set[str] | None = None
) -> str | None:
    """Read the list `lst` under a label of another as a keyed list when its samples show one: the label member
    read by, or None.

    A workbook's row may keep its value beside notes of its own (`pages: [{page: reply, rows: [{code: line,
    value: ..., by: ann, at: "12-07"}]}]`): each row is an element of several members named by a label member,
    `pages[page=reply].rows[code=line].value`, its members fields as a keyed list's are (`_keyed_elements`). Rows
    are no list of like items (our response options, one of each type) when the elements under different labels
    hold different fields, or when the lists under the other labels of the outer list (the other pages) are
    labelled apart: each page asks its own questions, where like items repeat the same labels on every page. A
    page of one row is read by the member (`known`) that the rows at the same place on other pages were read by."""
    keys = sorted(
        (
            k
            for k, c in kinds.items()
            if c[None] <= 0.1 * c.total() and c.total() >= 0.9 * items and "." not in k and (not known or k in known)
        ),
        key=lambda k: len(kinds[k]),
    )
    siblings = [
        st
        for st in tp.fields.values()
        if st is not lst and st.pair_of == lst.pair_of and _any_label(st.path) == _any_label(lst.path)
    ]
    for key in keys:
        per_record, _items, spellings = _read_elements(tp, lst.path, profiled_key(key))
        labels = _recurring_labels(per_record, _items, 1 if known else 2)
        if labels is None:
            continue
        if (
            not known
            and not _shapes_differ(per_record, labels)
            # (only the other pages' lists labelled by the same member can show the labels kept apart)
            and (
                not (held := [h for s in siblings if (h := _labels_held(tp, s.path, key))])
                or any(labels & h for h in held)
            )
        ):
            continue
        _read_by_labels(tp, lst, profiled_key(key), per_record, labels, spellings, nested=True)
        return key
    return None


def _labels_held(tp: TypeProfile, path: str, key: str) -> set[str]:
    """The labels (casefolded) member `key` gives the elements of the list at `path` in the kept samples."""
    return {
        el[key].strip().casefold()
        for sample in itertools.chain(tp.samples, tp.pair_samples)
        for el in _list_at(sample, path) or ()
        if isinstance(el, dict) and isinstance(el.get(key), str)
    }


def _pair_items(tp: TypeProfile) -> None:
    """A label's value that is a list of objects no label names (a dossier's sheet line holding the options,
    `sheets[sheet=say].lines[line=options].value: [{type: ..., text: ...}, ...]`) gets its items' members as fields,
    `...value[].text`, read from the kept samples (the field_map reads a list step after a label step); a list read
    as labels of its own (`_nested_pairs`) is not one."""
    for st in [s for s in tp.fields.values() if s.pair_of is not None and s.main_type == "array"]:
        if st.share_of("array") < 0.9 or any(p.startswith(st.path + "[") for p in tp.fields):
            continue
        prof = _PairProfiler(tp, tp.fields[st.pair_of or ""], st.first_seen, tp.units)
        holding = 0
        for n, sample in enumerate(itertools.chain(tp.samples, tp.pair_samples), 1):
            items = _list_at(sample, st.path)
            if items and all(isinstance(x, dict) for x in items):
                holding += 1
                for x in items:
                    _Profiler._value(prof, x, st.path + "[]", n)  # the base reading: the override skips such items
        if holding and holding != st.records:  # (the samples are the first records; the rest are counted)
            for f in tp.fields.values():
                if f.path.startswith(st.path + "[]"):
                    f.records = min(st.records, round(f.records * st.records / holding))


#: any label step of a profiled path (`pages[page=reply]`)
ANY_LABEL = re.compile(r"\[[^\[\]=]+=[^\[\]]*\]")


def _nested_span(path: str) -> float:
    """How far apart the labels of the pair list at `path` are numbered: each label step deeper, a span under the
    spacing of the labels one step up (so a label's fields keep the order of the labels holding them)."""
    return _NESTED_SPAN ** len(ANY_LABEL.findall(path))


def _any_label(path: str) -> str:
    """The path with its label steps read as '[]' (`pages[page=reply].rows` -> `pages[].rows`)."""
    return ANY_LABEL.sub("[]", path)


def _leaf_of(path: str) -> str:
    return path.rsplit(".", 1)[-1]


def container_head(path: str) -> str:
    """A field_map path up to its first list, position or key step (`turns[0].text` -> `turns`), as `value_at`
    reads it."""
    return re.split(r"[\[{]", path, maxsplit=1)[0].replace("\\.", KEY_DOT)


def value_at(sample: dict[str, Any], path: str) -> Any:
    """The value at a profiled path (no `[]` steps) in one record as written, reading an object written as JSON
    text on the way and a pair list's label step (`metrics[key=qa]`); None when absent."""
    obj: Any = sample
    for step in path.split("."):
        if isinstance(obj, str) and obj[:1] == "{":
            obj = _json_text(obj)
        if not isinstance(obj, dict):
            return None
        obj = key_step(obj, step)
    return obj


#: an element's member counts the elements when in at least this share of the records holding it twice or more
_COUNTING = 0.9
#: one step into a keyed list's element: `events[kind=reply]`, and what follows it
_KEYED_AT = re.compile(r"^(.+?\[[^\[\]=]+=[^\[\]]*\])\.(.+)$")


def element_counters(tp: TypeProfile) -> frozenset[str]:
    """Members of a keyed list's elements that number the elements (`events[kind=reply].seq`): the same member in
    every label's element, whole numbers that in (nearly) every record run 0.., or 1.. up to the elements there, each
    once. An event log numbers its events as it appends them (in the order its workers finished), so the number is
    the element's place in the list, not a value of the record: in another record the same event has another."""
    groups: dict[tuple[str, str], list[str]] = {}
    for st in tp.fields.values():
        hit = _KEYED_AT.match(st.path) if st.keyed_of is not None else None
        if hit is not None and "." not in hit.group(2) and st.share_of("integer") >= _COUNTING:
            groups.setdefault((st.keyed_of or "", hit.group(2)), []).append(st.path)
    out: set[str] = set()
    for paths in groups.values():
        if len(paths) < 2:
            continue
        seen = counting = 0
        for sample in tp.samples:
            got = [v for p in paths if isinstance(v := value_at(sample, p), int) and not isinstance(v, bool)]
            if len(got) < 2:
                continue
            seen += 1
            low = min(got)
            counting += low in (0, 1) and sorted(got) == list(range(low, low + len(got)))
        if seen >= 2 and counting >= _COUNTING * seen:
            out.update(paths)
    return frozenset(out)


def _list_at(sample: dict[str, Any], path: str) -> list[Any] | None:
    obj = value_at(sample, path)
    if isinstance(obj, str) and obj[:1] == "[":
        obj = _json_text(obj)
    return obj if isinstance(obj, list) else None


def _read_labelled(
    tp: TypeProfile, path: str, key: str, take: Callable[[dict], Any]
) -> tuple[list[list[tuple[str, Any]]], int, dict]:
    """Per kept sample holding the list: its (casefolded label, what `take` reads of the element) pairs; the items
    `take` read (`_NOT_READ` leaves an item out); and each label's spellings. A label a field_map step cannot address
    (a dot, a bracket, a sentence) is left out. One reader for pair lists and keyed elements, so both judge labels
    alike."""
    real_key = key.replace(KEY_DOT, ".")
    items = 0
    per_record: list[list[tuple[str, Any]]] = []
    spellings: dict[str, Counter] = {}
    for sample in itertools.chain(tp.samples, tp.pair_samples):
        got = _list_at(sample, path)
        if got is None:
            continue
        pairs: list[tuple[str, Any]] = []
        for el in got:
            if not isinstance(el, dict):
                continue
            read = take(el)
            if read is _NOT_READ:
                continue
            items += 1
            label = el.get(real_key)
            if not isinstance(label, str) or len(label) > _LABEL_CHARS or _PAIR_LABEL_BAD.search(label):
                continue
            label = label.strip()
            pairs.append((label.casefold(), read))
            spellings.setdefault(label.casefold(), Counter())[label] += 1
        per_record.append(pairs)
    return per_record, items, spellings


#: what `_read_labelled`'s `take` returns for an element it does not read
_NOT_READ = object()


def _read_pairs(tp: TypeProfile, path: str, key: str, value: str) -> tuple[list[list[tuple[str, Any]]], int, dict]:
    """A pair list's (label, value) pairs per record: the items holding the value member count."""
    real_value = value.replace(KEY_DOT, ".")
    return _read_labelled(tp, path, key, lambda el: el.get(real_value, _NOT_READ))


def _pair_fields(tp: TypeProfile, lst: FieldStats, key: str, value: str, span: float = 1.0, least: int = 2) -> bool:
    """Add the label fields of list `lst` read with label member `key` and value member `value`, when the
    samples show a pair list (of `least` labels); True if they were added. They are numbered within `span` after
    the list."""
    per_record, items, spellings = _read_pairs(tp, lst.path, key, value)
    holding = len(per_record)
    labels = _recurring_labels(per_record, items, least)
    if labels is None:
        return False
    paths = {k: f"{lst.path}[{key}={spellings[k].most_common(1)[0][0]}].{value}" for k in labels}
    if any(p in tp.fields for p in paths.values()):
        return False
    # the labels in the order the records list them, numbered between the list and its items
    order = _label_order(per_record, labels)
    at = {k: lst.first_seen + span * (i + 1) / (len(order) + 1) for i, k in enumerate(order)}
    prof = _PairProfiler(tp, lst, 0.0, tp.units)
    for n, pairs in enumerate(per_record, 1):
        for k, v in pairs:
            if k in labels:
                prof.at = at[k]
                prof._value(v, paths[k], n)
    scale = lst.records / holding  # (the samples are the first records; the rest are counted, not kept)
    if scale != 1.0:
        for st in tp.fields.values():
            if st.pair_of == lst.path:
                st.records = min(lst.records, round(st.records * scale))
    return True


class _KeyedProfiler(_Profiler):
    """Profiles the elements under one label of a keyed list as an object of their own, `list[key=label]`,
    numbered from `at` (between the list and its items, in the labels' order)."""

    def __init__(
        self,
        tp: TypeProfile,
        of: FieldStats,
        at: float,
        units: tuple[tuple[str, Units], ...] = (),
        step: float = 0.0,
    ) -> None:
        super().__init__(tp, units)
        self.of, self.at, self.made = of, at, 0
        self.step = step or _KEYED_STEP  # (a keyed list under a label numbers its fields closer: `_nested_keyed`)

    def _stats(self, path: str, n: int) -> FieldStats:
        fields = self.tp.fields
        st = fields.get(path)
        if st is None:
            self.made += 1
            st = fields[path] = FieldStats(path, first_seen=self.at + self.made * self.step, keyed_of=self.of.path)
        if st.stamp != n:
            st.stamp = n
            st.records += 1
        return st


#: the numbers of the fields under one label of a keyed list are this far apart (below the labels' own spacing)
_KEYED_STEP = 1e-4


def _object_lists(tp: TypeProfile) -> list[tuple[FieldStats, list[FieldStats]]]:
    """The lists of objects outside any other list or label (`trail`, `stats․readings`), each with its items'
    members."""
    out = []
    for st in list(tp.fields.values()):
        if st.pair_of is not None or st.main_type != "array" or "[]" in st.path:
            continue
        item = tp.fields.get(st.path + "[]")
        if item is None or item.share_of("object") < 0.9:
            continue
        out.append((st, [c for c in tp.children(item.path) if not c.path.endswith("[]")]))
    return out


def _member_names(members: list[FieldStats]) -> frozenset[str]:
    return frozenset(_leaf_of(c.path) for c in members)


def _kin_lists(
    lists: list[tuple[FieldStats, list[FieldStats]]], lst: FieldStats, members: list[FieldStats]
) -> list[FieldStats]:
    """The other lists of `lists` (`_object_lists`) whose items hold the same members as `lst`'s (`_readings`' kin)."""
    names = _member_names(members)
    return [other for other, its in lists if other is not lst and _member_names(its) == names]


def _keyed_elements(tp: TypeProfile, lst: FieldStats, members: list[FieldStats]) -> bool:
    """Read list `lst` as a keyed list when its samples show one, True if they do.

    A keyed list holds objects of several members, one of them a short label naming the element, each label once
    per record and mostly the same labels in every record, in any order: a pipeline's log of steps (`trail:
    [{leg: voicing, yield: {line: ...}, ms: 412}, ...]`), a cast of speakers (`voices: [{role: npc, says: ...,
    mood: ...}, {role: player, ...}]`). As in a pair list, the labels are the generator's names: each element
    becomes an object of its own, `trail[leg=voicing]`, whose fields are matched like any other, and the list's
    items (`trail[].yield.line`, every label's values mixed) give way. Labels are tried in the order of fewest
    distinct values, as for pair lists."""
    keys = sorted(
        (
            c
            for c in members
            if c.labels
            and c.share_of("string") >= 0.9
            and c.values >= 0.9 * tp.fields[lst.path + "[]"].values
            and KEY_DOT not in _leaf_of(c.path)
        ),
        key=lambda c: len(c.labels or ()),
    )
    for key in keys:
        per_record, items, spellings = _read_elements(tp, lst.path, _leaf_of(key.path))
        labels = _recurring_labels(per_record, items)
        if labels is None or not _shapes_differ(per_record, labels):
            continue
        _read_by_labels(tp, lst, _leaf_of(key.path), per_record, labels, spellings)
        return True
    return False


def _readings(
    tp: TypeProfile, lst: FieldStats, members: list[FieldStats], kin: list[FieldStats], known: set[str] | None = None
) -> str | None:
    """Read list `lst` as a list of readings when its samples show one: the label member read by, or None.

    A dashboard may write every figure as a reading, `{metric, value, first}` (the figure settled on beside notes
    of its own: the model's first figure, a unit), and keep each group's readings in a list of its own
    (`stats.readings`, `scores.readings`). Its elements all hold the same members, as like items do (response
    options, one per type), but each group measures its own metrics: the record holds other lists of the same
    members (`kin`) that the same label member names apart, where like items repeat their labels wherever they are
    listed (as `_nested_keyed` tells a workbook's rows from like items). Each label is then a field of the
    generator's, read as a pair list's, its value the member the records write first after the label (of two that
    fit one number alike, the first written is proposed: the rest are notes). A group of one reading is read by the
    label member (`known`) its kin were read by."""
    keys = [
        _leaf_of(c.path)
        for c in members
        if c.labels
        and c.share_of("string") >= 0.9
        and KEY_DOT not in _leaf_of(c.path)
        and (known is None or _leaf_of(c.path) in known)
    ]
    for key in sorted(keys, key=lambda k: len(tp.fields[f"{lst.path}[].{k}"].labels or ())):
        own = _labels_held(tp, lst.path, key)  # (`keys` holds no escaped dot: the key is as written)
        held = [h for other in kin if (h := _labels_held(tp, other.path, key))]
        if not own or not held or any(own & h for h in held):
            continue
        value = next(_leaf_of(c.path) for c in members if _leaf_of(c.path) != key)
        if _pair_fields(tp, lst, key, value, least=1 if known else 2):
            return key
    return None


def _read_by_labels(
    tp: TypeProfile,
    lst: FieldStats,
    key: str,
    per_record: list[list[tuple[str, Any]]],
    labels: set[str],
    spellings: dict,
    nested: bool = False,
) -> None:
    """Replace the items of list `lst` by one object per label of member `key`, `lst[key=label]`, profiled from the
    kept samples and numbered in the labels' order within the span after the list (a list under another's label:
    the narrower `_nested_span`, its fields numbered closer), each field counted over the list's records."""
    order = _label_order(per_record, labels)
    step = (_nested_span(lst.path) if nested else 1) / (len(order) + 1)
    prefix = lst.path + "[]"
    for path in [p for p in tp.fields if p == prefix or p.startswith(prefix + ".") or p.startswith(prefix + "[")]:
        del tp.fields[path]
    for i, k in enumerate(order):
        prof = _KeyedProfiler(tp, lst, lst.first_seen + (i + 1) * step, tp.units, step * _KEYED_STEP if nested else 0.0)
        path = f"{lst.path}[{key}={spellings[k].most_common(1)[0][0]}]"
        for n, pairs in enumerate(per_record, 1):
            for label, element in pairs:
                if label == k:
                    prof._value(element, path, n)
    scale = lst.records / len(per_record)
    if scale != 1.0:
        for st in tp.fields.values():
            if st.keyed_of == lst.path:
                st.records = min(lst.records, round(st.records * scale))


#: a spreadsheet row: at least this many cells (a shorter list of mixed values is a tuple, read by `field_forms`)
ROW_CELLS = 8
#: ... in at least this share of its records the same number of cells (one sheet's columns)
ROW_SAME_LENGTH = 0.8
#: ... each cell holding one kind of value (a text, a number, a list; or empty) in this share of its records
ROW_CELL_KIND = 0.9
#: ... and its cells hold at least this many kinds between them (a list of texts only is a list of like items)
ROW_KINDS = 2


def add_row_positions(tp: TypeProfile) -> None:
    """Give each cell of a spreadsheet row its own field, `cells[11]`, profiled from the kept samples.

    A row is a list (not inside another list) of plain values, as a header-less sheet export writes a record
    (`{"cells": ["Wenna", 5.0, ["work: -2"], "MEDIUM", ...]}`, a Sheets range's `rows`): many cells, the same
    number of them in most records, each cell keeping one kind of value from record to record and the cells of
    several kinds. Its columns are the generator's fields with the header left out, so each position becomes a
    field the matcher proposes a `[N]` line for by its values, and the list's items (every column's values mixed)
    give way, as a keyed list's do."""
    for st in list(tp.fields.values()):
        if st.pair_of or st.keyed_of or st.main_type != "array" or st.max_items < ROW_CELLS or "[]" in st.path:
            continue
        rows = [v for s in tp.samples if isinstance(v := value_at(s, st.path), list)]
        if not rows:
            continue
        n, same = Counter(len(r) for r in rows).most_common(1)[0]
        if n < ROW_CELLS or same < ROW_SAME_LENGTH * len(rows):
            continue
        kinds = [Counter(_cell_kind(r[i]) for r in rows if i < len(r) and r[i] is not None) for i in range(n)]
        if any(k and k.most_common(1)[0][1] < ROW_CELL_KIND * sum(k.values()) for k in kinds):
            continue
        if "object" in {k.most_common(1)[0][0] for k in kinds if k}:
            continue
        if len({k.most_common(1)[0][0] for k in kinds if k}) < ROW_KINDS:
            continue
        prefix = st.path + "["
        for path in [p for p in tp.fields if p.startswith(prefix)]:
            del tp.fields[path]
        step = 1 / (n + 1)
        for i in range(n):
            prof = _KeyedProfiler(tp, st, st.first_seen + (i + 1) * step, tp.units)
            for k, r in enumerate(rows, 1):
                if i < len(r):
                    prof._value(r[i], f"{st.path}[{i}]", k)
        scale = st.records / len(rows)
        if scale != 1.0:
            for f in tp.fields.values():
                if f.keyed_of == st.path:
                    f.records = min(st.records, round(f.records * scale))


def _cell_kind(v: Any) -> str:
    """A cell's kind: a text, a number (written as one or as text), a list, an object."""
    if isinstance(v, (int, float)):  # (a bool too)
        return "number"
    if isinstance(v, str):
        return "number" if read_text(v) is not None else "text"
    return "list" if isinstance(v, list) else "object" if isinstance(v, dict) else "text"


def _shapes_differ(per_record: list[list[tuple[str, Any]]], labels: set[str]) -> bool:
    """The elements under different labels hold different fields (a step's own answer, a speaker's own lines): a
    list whose every element holds the same fields is a list of like items (response options, one per type), read
    as items even when each record names one of each type."""
    shapes: dict[str, set[str]] = {}
    for pairs in per_record:
        for k, element in pairs:
            if k in labels:
                shapes.setdefault(k, set()).update(_leaf_paths(element, ""))
    return len({frozenset(v) for v in shapes.values()}) > 1


def _leaf_paths(v: Any, path: str) -> Iterable[str]:
    if isinstance(v, dict):
        for k, x in v.items():
            yield from _leaf_paths(x, f"{path}.{k}")
    else:
        yield path


def _read_elements(tp: TypeProfile, path: str, key: str) -> tuple[list[list[tuple[str, Any]]], int, dict]:
    """A keyed list's (label, element without its label) pairs per record: every object item counts."""
    real_key = key.replace(KEY_DOT, ".")
    return _read_labelled(tp, path, key, lambda el: {k: v for k, v in el.items() if k != real_key})


def _recurring_labels(per_record: list[list[tuple[str, Any]]], items: int, least: int = 2) -> set[str] | None:
    """The labels that name fields (each once per record, mostly the same in every record, covering the items; at
    least `least` of them), or None when the records show no such set."""
    holding = len(per_record)
    repeats = sum(1 for pairs in per_record if len({k for k, _ in pairs}) < len(pairs))
    if not holding or repeats > PAIR_REPEATS * holding:
        return None
    records = Counter(k for pairs in per_record for k in {k for k, _ in pairs})
    labels = {k for k, n in records.items() if n >= max(2, PAIR_LABEL_SHARE * holding)}
    if len(labels) < least:
        return None
    fill = sum(records[k] for k in labels) / (holding * len(labels))
    covered = sum(1 for pairs in per_record for k, _ in pairs if k in labels)
    if fill < PAIR_FILL or covered < PAIR_COVER * items:
        return None
    return labels


def _label_order(per_record: list[list[tuple[str, Any]]], labels: set[str]) -> list[str]:
    """The labels in the order the records list them on average (then by name)."""
    places: dict[str, list[float]] = {}
    for pairs in per_record:
        for i, (k, _) in enumerate(pairs):
            places.setdefault(k, []).append(i / (len(pairs) - 1) if len(pairs) > 1 else 0.5)
    return sorted(labels, key=lambda k: (sum(places[k]) / len(places[k]), k))


def _json_text(v: str) -> dict[str, Any] | list[Any] | None:
    """The object or list a string holds as JSON text, else None."""
    try:
        parsed = json.loads(v)
    except ValueError:
        return None
    return parsed if isinstance(parsed, (dict, list)) else None


def _string(st: FieldStats, v: str, units: tuple[tuple[str, Units], ...]) -> None:
    """A string: numeric text ("0.7", "75%", "6/10", "0,82", "8 of 10", read by `number_text` as the ingest reads
    it) counts as a number, "3 weeks ago" as a number only a field with that unit takes, anything else as text."""
    w = read_text(v, units)
    if w is None:
        if len(v) <= _WINDOW_CHARS and window_text_ends(v) is not None:
            # "2 to 3 weeks", "between 2 and 4 weeks": a span only a field read as a window (parse: window) takes
            # (every form the ingest reads, words first included)
            st.types["window_text"] += 1
        else:
            _text(st, v)
    elif w.unit is not None:
        st.types["unit_text"] += 1  # "3 weeks ago": a number only a field read with its unit takes
        st.units[w.unit] += 1
        _number(st, w.value)
    else:
        # a number written on a scale of its own ("3/5", "75 %") is kept as its share of that scale, with the
        # scale's top for x/N: the matcher places it on each field's scale with the ingest's `place`
        st.types["numeric_text"] += 1
        _number(st, w.share())
        if w.form == "fraction":
            st.fractions[w.of] += 1
        elif w.form == "percent":
            st.percents += 1
        if v.lstrip().startswith("+"):
            st.plus_signed += 1
    if st.example_tries < _EXAMPLE_TRIES and v.strip():
        _example(st, v)


def _text(st: FieldStats, v: str) -> None:
    st.types["string"] += 1
    st.text_chars += len(v)
    st.text_count += 1
    st.text_words += v.count(" ") + 1
    if v.count(" ") >= 2 and _SPOKEN.search(v):  # (three words or more: "I'll remember this.", not a label)
        st.spoken += 1
    if _DIGIT.search(v):
        st.digits += 1
        if len(v) <= _STAMP_CHARS and _STAMP.match(v) is not None:
            st.stamps += 1
        if len(v) <= _PAIR_CHARS and pair_text(plain_number_text(v)) is not None:  # (read as the ingest reads)
            st.pair_texts += 1
    labels = st.labels
    if labels is not None:
        if len(v) > _LABEL_CHARS or (len(labels) >= _MAX_LABELS and v not in labels):
            st.labels = None
        else:
            labels[v] += 1


def _scalar(st: FieldStats, v: float | int | bool, t: type) -> None:
    """A JSON number or boolean (a boolean is no number: True is not 1 here)."""
    if t is float:
        st.types["number"] += 1
        if v == v and v not in (_INF, -_INF):
            _number(st, v)
    elif t is bool:
        st.types["boolean"] += 1
    else:
        st.types["integer"] += 1
        _number(st, float(v))
    if st.example_tries < _EXAMPLE_TRIES:
        _example(st, v)


def _number(st: FieldStats, x: float) -> None:
    st.numbers += 1
    if st.numbers <= _FIRST_NUMBERS:
        st.first_numbers.append(x)
    if 0.0 <= x <= 1.0:
        st.in_unit += 1
    if -1.0 <= x <= 1.0:
        st.in_signed_unit += 1
    if x >= 0.0:
        st.non_negative += 1
    if 0.0 <= x <= 10.0:
        st.in_ten += 1
    if x.is_integer():
        st.integral += 1
    if st.num_min is None or x < st.num_min:
        st.num_min = x
    if st.num_max is None or x > st.num_max:
        st.num_max = x


def _example(st: FieldStats, v: Any) -> None:
    """Keep the first two distinct values (a field that repeats one label stops looking after a while)."""
    st.example_tries += 1
    if len(st.examples) < _EXAMPLES:
        ex = _short(v)
        if ex not in st.examples:
            st.examples.append(ex)
    if len(st.examples) >= _EXAMPLES:
        st.example_tries = _EXAMPLE_TRIES


def sample_type(
    data: dict[str, Any], item: RawSample, hint: str | None, spec: Spec | None = None, declared: str | None = None
) -> tuple[str, str, bool]:
    """(data type, how it was decided, known) for one sample.

    A label wins (the sample's, its batch header's, the key it is filed under): a generator with its own
    field names still says what it wrote. Then the file name, then the content (the spec's required
    fields). A label that names no known type is kept as the name of a user data type.
    """
    label = type_label(data, spec)[0] or type_label(item.header, spec)[0] or item.explicit_type
    if label is None and declared is not None:  # interactions.file_types: what the file holds, as the ingest reads it
        t = detect_type(data, declared, None, spec)[0] or declared  # fields that plainly name another type win there
        return t, ("config" if t == declared else "content"), True
    if label is None:
        raw = raw_label(data) or raw_label(item.header)
        if raw is not None:
            raw = normalize_label(raw)
            known = canonical_type(raw, spec)
            return (known, "label", True) if known else (raw, "label", False)
    else:
        return label, "label", True
    if hint is not None:
        return hint, "file_name", True
    detected, _ = detect_type(data, None, None, spec)
    if detected is not None:
        return detected, "content", True
    return UNKNOWN, "none", False


#: records of the files after the first one holding records of no type that `profile_files` holds while a
#: `retype` call is pending; past it those files are read again once the types are settled (bounded memory)
HOLD_RECORDS = 20_000

#: what `profile_files` asks once every file is read: (per file holding records of no type: its tally, the files
#: holding records of a type) -> the declared type per file to read those files with again, or None to keep them
Retype = Callable[[dict[str, UntypedTally], set[str]], "Callable[[Path], str | None] | None"]


def profile_files(
    paths: Iterable[Path],
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    spec: Spec | None = None,
    display: Callable[[Path], str] = lambda p: p.as_posix(),
    declared: Callable[[Path], str | None] | None = None,
    retype: Retype | None = None,
) -> FolderProfile:
    """Profile every batch file under `paths` (folders recursively, with the ingest's include/exclude);
    `declared`: the data type the config's `interactions.file_types` gives a file. `retype`: asked once all files
    are typed; a new `declared` it returns types the records again before they are profiled (each file is
    parsed once: from the first file holding records of no type on, the records wait in memory, up to
    HOLD_RECORDS, for the answer; files in the same order as without it)."""
    from .settings import InteractionsConfig

    defaults = InteractionsConfig()
    files, _ = find_files(
        list(paths),
        include if include is not None else defaults.include,
        exclude if exclude is not None else defaults.exclude,
        spec=spec,  # a Markdown note beside the batches is skipped as the build skips it
    )
    out = FolderProfile()
    add = _FolderProfiler(out, spec_units(spec))
    held: list[_Held] = []  # every file from the first holding records of no type on
    n_held = 0
    typed_files: set[str] = set()
    for path in files:
        out.files += 1
        shown = display(path)
        samples = _read_samples(path, shown, spec, out)
        if samples is None:
            continue
        said = declared(path) if declared is not None else None
        records, tally = _typed(samples, spec, said)
        if any(r[1] != UNKNOWN for r in records):
            typed_files.add(shown)
        if retype is not None and (held or tally.untyped):
            keep = n_held + len(samples) <= HOLD_RECORDS
            held.append(_Held(path, shown, samples if keep else None, (records, tally) if keep else None))
            n_held += len(samples) if keep else 0
            if tally.untyped:
                out.untyped[shown] = tally  # for `retype`; set again as the file is profiled
            continue
        add(shown, records, tally)
    if held:
        assert retype is not None
        later = retype(dict(out.untyped), typed_files) or declared
        for path, shown, samples, typed in held:
            out.untyped.pop(shown, None)
            if samples is None:  # over HOLD_RECORDS: read again
                samples = _read_samples(path, shown, spec, None)
            if samples is not None:
                if typed is None or later is not declared:  # read again, or typed anew by `retype`'s answer
                    typed = _typed(samples, spec, later(path) if later else None)
                add(shown, *typed)
    for tp in out.types.values():
        add_pair_labels(tp)
        add_row_positions(tp)
    return out


#: one file's records with the item each came in and the type its name gives (`_read_samples`)
_Samples = list[tuple[dict[str, Any], RawSample, str | None]]
#: one file's records typed: (value, data type, how decided, known) each, and its tally of records of no type
_Typed = tuple[list[tuple[dict[str, Any], str, str, bool]], UntypedTally]


class _Held(NamedTuple):
    """A file `profile_files` profiles once `retype` has answered: its records and their first typing, both None
    past HOLD_RECORDS (the file is read again)."""

    path: Path
    shown: str
    samples: _Samples | None
    typed: _Typed | None


class _FolderProfiler:
    """Profiles one file's typed records at a call into a folder's profile (one `_Profiler` per type), so the files
    `profile_files` holds for `retype` go through the same door as the others."""

    def __init__(self, out: FolderProfile, units: tuple[tuple[str, Units], ...]) -> None:
        self.out = out
        self.units = units
        self.profilers: dict[str, _Profiler] = {}

    def __call__(self, shown: str, records: list[tuple[dict[str, Any], str, str, bool]], tally: UntypedTally) -> None:
        for value, data_type, how, known in records:
            prof = self.profilers.get(data_type)
            if prof is None:
                tp = self.out.types[data_type] = TypeProfile(data_type, known, units=self.units)
                prof = self.profilers[data_type] = _Profiler(tp, self.units)
            prof.tp.files.add(shown)
            prof.tp.decided_by[how] += 1
            prof.add(value)
        if tally.untyped:
            self.out.untyped[shown] = tally


def _read_samples(path: Path, shown: str, spec: Spec | None, out: FolderProfile | None) -> _Samples | None:
    """The file's records (strings repaired) with the item each came in and the type its name gives; None when it
    cannot be read. Unreadable files and records are counted in `out` (None: counted already)."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        if out is not None:
            out.unreadable.append((shown, f"unreadable_file: {e.strerror or e}"))
        return None
    parsed = parse_batch_bytes(raw, path)  # the build's one parse by file kind (Markdown block by block)
    if parsed.error:
        if out is not None:
            out.unreadable.append((shown, f"{parsed.error}: {parsed.error_detail}"))
        return None
    hint = file_type_hint(path, spec)
    samples: _Samples = []
    for item in iter_samples(parsed, spec):
        if isinstance(item, Unrecognised):
            if out is not None:
                out.lost_items += 1
            continue
        value = item.value
        if isinstance(value, Lost) or not isinstance(value, dict):
            if out is not None:
                out.lost_items += 1
            continue
        if parsed.string_repairs:
            value, _ = repair_strings(value, parsed.string_repairs)
        samples.append((value, item, hint))
    return samples


def _typed(samples: _Samples, spec: Spec | None, said: str | None) -> _Typed:
    """(value, data type, how decided, known) per record of one file, and the file's tally of records of no type."""
    tally = UntypedTally()
    records = []
    for value, item, hint in samples:
        data_type, how, known = sample_type(value, item, hint, spec, said)
        tally.add(value, data_type != UNKNOWN)
        records.append((value, data_type, how, known))
    return records, tally


def profile_samples(
    data_type: str, samples: Iterable[dict[str, Any]], known: bool = True, spec: Spec | None = None
) -> TypeProfile:
    """The profile of samples already read (the build's records), as `profile_files` makes it per type."""
    units = spec_units(spec)
    prof = _Profiler(TypeProfile(data_type, known, units=units), units)
    for s in samples:
        prof.add(s)
    add_pair_labels(prof.tp)
    add_row_positions(prof.tp)
    return prof.tp


def spec_units(spec: Spec | None) -> tuple[tuple[str, Units], ...]:
    """Every scale's unit in the spec (the package's without one): what a number of a field not yet matched may
    be written with."""
    return tuple((spec or load_spec()).units.items())


def profiled_path(written: str) -> str:
    """A field_map source path as the profile keys it: a dot inside a key escaped (`who\\.name`) is held apart
    from the path's steps, and a pivot over a list of pairs (`traits[name=openness].value`) reads the list's
    elements (`traits[].value`), as does a position (`turns[1].text` -> `turns[].text`)."""
    return _PIVOT.sub("[]", written.replace("\\.", KEY_DOT))


_PIVOT = re.compile(r"\[[^\]=]+=[^\]]*\]|\[\d+\]")
