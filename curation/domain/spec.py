"""The interaction domain spec (curation/domain/spec.yaml) as typed, cached objects: the one place that knows
the field names of every data type, their roles, the conversation templates and the Master Truths rule tables.

    from curation.domain import load_spec, domain_for
    spec = load_spec()                       # the package's spec (cached)
    dom = domain_for(cfg.interactions)       # + the user's interactions.types and interactions.field_map
    t = dom.type("emotional_authenticity")   # TypeSpec: fields, roles, template, quality threshold
    t.roles.answer                           # 'character_response'
    dom.rules.capacity.x_plus                # 2.0

Entries of `interactions.types` have the shape of an entry of `types:` in spec.yaml and are validated by the
same models (unknown keys are errors). `interactions.field_map` maps, per data type, the user's name or dotted
path to ours; `FieldMap.apply` moves the values before the schema reads them.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SPEC_PATH = Path(__file__).with_name("spec.yaml")
JSON_TYPES = ("string", "number", "integer", "boolean", "object", "array")
Range = tuple[float | None, float | None]


class SpecError(ValueError):
    """The spec (or a user's interactions.types / field_map) is not well formed; one line."""


# ---- the objects every module reads -------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str  # JSON type: string | number | integer | boolean | object | array
    required: bool = False
    range: Range | None = None
    aliases: tuple[str, ...] = ()
    enum: tuple[str, ...] | None = None
    enum_rule: str | None = None  # rule id flagged when the value is not in `enum`
    fields: tuple[FieldSpec, ...] = ()  # for objects
    items: FieldSpec | None = None  # for arrays
    description: str = ""
    scale: str | None = None  # the named scale of `range` ("score", "capacity", ...)
    parse: str | None = None  # window | name_value_pairs | unit
    #: the words of the unit of the field's scale and what may follow them (spec `units:`), for a number field
    units: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    range_reason: str = "value_out_of_range"
    generate: bool = True  # asked of a generator (False: read on input only, e.g. what a rule reads if present)
    words: tuple[int | None, int | None] | None = None  # typical length of a string value (schema matching only)
    values: tuple[str, ...] | None = None  # the labels a field usually holds, not enforced (schema matching only)
    format: str | None = None  # the written form of a string value: timestamp (schema matching only)

    def child(self, name: str) -> FieldSpec | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(frozen=True, eq=False)
class Roles:
    """What each field of a type is for (paths are dotted; "[]" walks a list)."""

    answer: str
    context: tuple[str, ...] = ()
    quality: tuple[str, ...] = ()
    name: str | None = None
    group: tuple[str, ...] = ()
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    capacity: dict[str, tuple[str, ...]] = field(default_factory=dict)
    irony: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tension: dict[str, tuple[str, ...]] = field(default_factory=dict)
    memory: dict[str, tuple[str, ...]] = field(default_factory=dict)
    version: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    prose: tuple[str, ...] = ()
    constraint_required: bool = False


@dataclass(frozen=True)
class Template:
    """Jinja2 templates of one conversation row; `each` names a list field: one row per element (`item`)."""

    human: str
    assistant: str
    each: str | None = None


@dataclass(frozen=True, eq=False)
class TypeSpec:
    data_type: str
    fields: tuple[FieldSpec, ...]
    roles: Roles
    template: Template
    variants: dict[str, Template] = field(default_factory=dict)  # e.g. per_option
    quality_threshold: float = 0.6
    description: str = ""
    daily_target: float | None = None  # samples per day (production table): generation share, balance weight
    headerless: bool = False
    identifying_fields: tuple[str, ...] = ()
    system_prompt: str | None = None
    label_synonyms: tuple[str, ...] = ()

    def get(self, name: str) -> FieldSpec | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    def field_at(self, path: str) -> FieldSpec | None:
        """The FieldSpec at a dotted path ('memory.emotion', 'response_options[].dialogue')."""
        specs: tuple[FieldSpec, ...] = self.fields
        found: FieldSpec | None = None
        for part in path.split("."):
            name = part[:-2] if part.endswith("[]") else part
            found = next((f for f in specs if f.name == name), None)
            if found is None:
                return None
            if part.endswith("[]") and found.items is not None:
                found = found.items
            specs = found.fields
        return found

    def flat_fields(self) -> list[FlatField]:
        """Every field at any depth with its dotted path ('memory.emotion', 'response_options[].dialogue'),
        whether it is required where it stands (it and every parent required), and its role."""
        out: list[FlatField] = []

        def walk(specs: tuple[FieldSpec, ...], prefix: str, parents_required: bool) -> None:
            for f in specs:
                path = prefix + f.name
                req = parents_required and f.required
                out.append(FlatField(path, f, req, self.role_of(path)))
                if f.type == "object":
                    walk(f.fields, path + ".", req)
                elif f.type == "array" and f.items is not None:
                    walk(f.items.fields, path + "[].", req)

        walk(self.fields, "", True)
        return out

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @property
    def quality_field(self) -> str:
        return self.roles.quality[0] if self.roles.quality else ""

    @property
    def quality_aliases(self) -> tuple[str, ...]:
        return tuple(self.roles.quality[1:])

    @property
    def default_threshold(self) -> float:
        return self.quality_threshold

    def role_of(self, path: str) -> str | None:
        """The role a field path plays ('answer', 'context', 'quality', a label, ...), or None."""
        r = self.roles
        if path == r.answer or r.answer.startswith(path + ".") or r.answer.startswith(path + "[]"):
            return "answer"
        if path in r.quality:
            return "quality"
        for label, paths in r.labels.items():
            if path in paths:
                return f"label {label}"
        if path in r.context or path.split(".")[0] in r.context:
            return "context"
        if path in r.prose:
            return "prose"
        return None


@dataclass(frozen=True)
class FlatField:
    path: str  # dotted; "[]" = every element of a list
    field: FieldSpec
    required: bool  # required where it stands (the field and all its parents)
    role: str | None  # answer | quality | context | label <name> | None


@dataclass(frozen=True)
class Bucket:
    name: str
    accept: tuple[float, float]
    generate: tuple[float, float]
    frequency: float


@dataclass(frozen=True, eq=False)
class CapacityRules:
    scale: tuple[float, float]
    x_plus: float
    buckets: dict[str, Bucket]
    support_words: tuple[str, ...]
    support_units: tuple[str, ...]
    negations: tuple[str, ...]
    support_modals: tuple[str, ...] = ()
    support_bounds: tuple[str, ...] = ()
    support_nouns: tuple[str, ...] = ()
    support_participles: tuple[str, ...] = ()
    support_arrivals: tuple[str, ...] = ()


@dataclass(frozen=True)
class IronyOption:
    name: str
    display: str
    capacity: tuple[float, float]
    relationship_impact: tuple[float, float]


@dataclass(frozen=True, eq=False)
class Rules:
    capacity: CapacityRules
    authenticity_buckets: dict[str, Bucket]
    support_offset: dict[str, tuple[float, float]]
    excellent_support_floor: float
    complexity_types: dict[str, tuple[str, ...]]
    irony_options: dict[str, IronyOption]
    knowledge_gap_trigger: float
    impact_tolerance: float
    payoff_weeks: dict[str, tuple[float, float]]
    hook_frequency_by_level: dict[int, float]
    resonance_weights: dict[str, float]
    ocean_traits: tuple[str, ...]
    ids: dict[str, str]
    #: (band, lower bound) best first; the last band's bound is None (everything below)
    quality_bands: tuple[tuple[str, float | None], ...] = ()

    def quality_band(self, score: float) -> str:
        """The quality band of a score (rules.quality_bands)."""
        for name, lower in self.quality_bands:
            if lower is None or score >= lower:
                return name
        return self.quality_bands[-1][0]

    @property
    def hook_types(self) -> tuple[str, ...]:
        return tuple(self.payoff_weeks)

    @property
    def resonance_types(self) -> tuple[str, ...]:
        return tuple(self.resonance_weights)

    @property
    def irony_option_types(self) -> tuple[str, ...]:
        return tuple(self.irony_options)

    @property
    def capacity_levels(self) -> tuple[str, ...]:
        return tuple(self.capacity.buckets)

    @property
    def authenticity_targets(self) -> tuple[str, ...]:
        return tuple(self.authenticity_buckets)


@dataclass(frozen=True)
class FieldMap:
    r"""One data type's user mapping: their name or dotted path -> ours, applied in place before validation.

    Source paths are paths in the sample as written; "[]" means every element of a list
    ('choices[].says: response_options[].dialogue'); "[key=label]" the element of a list whose `key` is `label`
    (a list of name/value pairs pivoted into an object: 'traits[name=openness].value: ocean.openness'; the
    element goes once emptied); "\." a dot inside a key ('stats\.v2: quality_score'). Deeper entries apply
    first (so 'big5.o: ocean.openness' runs before 'big5: ocean'); a move onto an object that already exists
    merges the keys it lacks; a value never overwrites one already under our name. Each move is a repair
    'field_map:<theirs>-><ours>'.

    Two steps read containers by where a value sits rather than by its name: "[N]" is the element at position N
    of a list ('big5[0]: ocean.openness', 'turns[1].text: npc_card_narrative.dialogue_prose'; elements taken go
    once every line has run, so positions never shift), and "{}" every value of an object whose keys are data
    ('options{}: response_options[].type' turns `{"growth": {...}}` into our list, each key under `type`;
    'options{}.line: response_options[].dialogue' renames inside every value).
    """

    entries: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.entries)

    @functools.cached_property
    def _ordered(self) -> tuple[tuple[str, str], ...]:
        def depth(p: str) -> int:
            return p.count(".") + p.count("[]") + p.count("{}")

        return tuple(sorted(self.entries, key=lambda e: -depth(e[0])))

    def top_level_sources(self, ours: str) -> tuple[str, ...]:
        """Their top-level keys that feed our top-level field `ours` (type detection counts them)."""
        out = []
        for theirs, dst in self.entries:
            if dst.split(".")[0].removesuffix("[]") == ours:
                out.append(_STEP.sub("", path_parts(theirs)[0]))
        return tuple(out)

    def apply(self, data: dict[str, Any], repairs: list[str]) -> dict[str, Any]:
        taken: list[_Taken] = []  # list elements read by position ("[N]")
        line_of: list[str] = []  # ... and the repair of the line that took each
        # a list read both by position and by label ('panels[1].base' beside 'panels[heading=Who].nm'): an element
        # the label line empties goes at the end too, so positions never shift
        by_position = {t[: m.start()] for t, _ in self.entries if "[" in t and (m := _POSITION.search(t))}
        for theirs, ours in self._ordered:
            sel = _SELECT.search(theirs) if "=" in theirs else None
            if sel is None and "{}" in theirs:
                moved = _move_keyed(data, theirs, ours)
            elif sel is None and "[" in theirs and _POSITION.search(theirs):
                moved = _move_positional(data, theirs, ours, taken)
                line_of += [f"field_map:{theirs}->{ours}"] * (len(taken) - len(line_of))
            else:  # (a label step comes before any "[]" or "{}" of its line: the element is found first)
                moved = _move(data, theirs, ours, taken if sel and theirs[: sel.start()] in by_position else None)
                line_of += [f"field_map:{theirs}->{ours}"] * (len(taken) - len(line_of))
            if moved:
                repairs.append(f"field_map:{theirs}->{ours}")
        if taken:
            for k in _drop_taken(data, taken):  # (a value that went back into its list moved nowhere)
                repairs.remove(line_of[k])
        return data


def apply_field_map(sample: dict[str, Any], data_type: str, spec: Spec) -> tuple[dict[str, Any], list[str]]:
    """The sample (changed in place) with the spec's field map of `data_type` applied, and the repairs made."""
    repairs: list[str] = []
    spec.field_map(data_type).apply(sample, repairs)
    return sample, repairs


_MISSING = object()


#: "[key=label]" in a source path: the list element whose `key` holds `label`
_SELECT = re.compile(r"\[([^\[\]=]+)=([^\[\]]*)\]")
_UNESCAPED_DOT = re.compile(r"(?<!\\)\.")
#: "[N]" in a source path: the list element at position N (0-based)
_POSITION = re.compile(r"\[(\d+)\]")
#: every list or object step of a path ("[]", "[N]", "[key=label]", "{}"): what is left is the key
_STEP = re.compile(r"\[[^\[\]]*\]|\{\}")
#: an element taken whole by a position line (removed, with the others taken, once every line has run)
_TAKEN = object()
#: what a position line took: the list, the position, the list's path, and (ours, value) when ours lies behind the list
_Taken = tuple[list[Any], int, list[str], tuple[list[str], Any] | None]


def path_parts(path: str) -> list[str]:
    r"""A dotted path's keys; "\." is a dot inside a key ('meta.score\.v2' -> ['meta', 'score.v2'])."""
    if "\\" not in path:
        return path.split(".")  # (the common case, on every record's every map line: no regex)
    return [p.replace("\\.", ".") for p in _UNESCAPED_DOT.split(path)]


def path_key(key: str) -> str:
    """A key as one step of a dotted path (its dots escaped)."""
    return key.replace(".", "\\.")


def _split_list(path: str) -> tuple[str, str | None]:
    if "[]" in path:
        head, _, tail = path.partition("[]")
        return head, tail.lstrip(".") or None
    return path, None


def _pop(obj: Any, parts: list[str]) -> Any:
    for p in parts[:-1]:
        if not isinstance(obj, dict):
            return _MISSING
        obj = obj.get(p)
    if not isinstance(obj, dict) or parts[-1] not in obj:
        return _MISSING
    return obj.pop(parts[-1])


def _has(obj: Any, parts: list[str]) -> bool:
    for p in parts:
        if not isinstance(obj, dict) or p not in obj:
            return False
        obj = obj[p]
    return obj is not None


def _put(obj: dict[str, Any], parts: list[str], value: Any) -> bool:
    for p in parts[:-1]:
        nxt = obj.get(p)
        if nxt is None:
            nxt = obj[p] = {}
        if not isinstance(nxt, dict):
            return False
        obj = nxt
    obj[parts[-1]] = value
    return True


def _move(
    data: dict[str, Any],
    theirs: str,
    ours: str,
    taken: list[_Taken] | None = None,
    dst: dict[str, Any] | None = None,
) -> bool:
    """Move the value at their path to ours (paths with `[]` step into list elements); True if anything moved.
    With `taken`, a list element a "[key=label]" step empties is marked there, not removed (see `_drop_taken`).
    With `dst`, their path is read in `data` (an element a label step chose) and ours in `dst` (the sample)."""
    if "=" in theirs and (sel := _SELECT.search(theirs)) is not None:
        return _move_selected(data, theirs, sel, ours, taken, dst)
    dst = data if dst is None else dst
    if theirs.count("[]") > ours.count("[]"):
        return _move_from_list_of_one(data, theirs, ours, dst)
    t_head, t_tail = _split_list(theirs)
    o_head, o_tail = _split_list(ours)
    if t_tail is not None or o_tail is not None:  # inside the elements of a list
        if t_tail is None or o_tail is None:
            return False
        lst = _get_parts(data, path_parts(t_head))
        if not isinstance(lst, list):
            lst = _get_parts(dst, path_parts(o_head))  # the list already moved (or had our name)
        moved = False
        if isinstance(lst, list):
            for el in lst:
                if isinstance(el, dict):
                    moved |= _move(el, t_tail, o_tail)
        return moved
    t_parts, o_parts = path_parts(theirs), path_parts(ours)
    if not _has(data, t_parts) or (t_parts == o_parts and dst is data):
        return False
    if _has(dst, o_parts):
        return dst is data and _merge_into_ours(data, t_parts, o_parts)
    value = _pop(data, t_parts)
    return value is not _MISSING and _put(dst, o_parts, value)


def _move_from_list_of_one(data: dict[str, Any], theirs: str, ours: str, dst: dict[str, Any] | None = None) -> bool:
    """Their list holds one object where ours is an object (`result[].reply: character_response`,
    `mem[]: memory`): the list of one is read as its object (unwrapped in place, once)."""
    head = theirs.partition("[]")[0]
    parts = path_parts(head)
    lst = _get_parts(data, parts)
    if isinstance(lst, list) and len(lst) == 1 and isinstance(lst[0], dict):
        holder = _get_parts(data, parts[:-1]) if len(parts) > 1 else data
        if not isinstance(holder, dict):
            return False
        holder[parts[-1]] = lst = lst[0]
    if not isinstance(lst, dict):
        return False
    return _move(data, theirs.replace("[]", "", 1), ours, dst=dst)


def _move_selected(
    data: dict[str, Any],
    theirs: str,
    sel: re.Match[str],
    ours: str,
    taken: list[_Taken] | None = None,
    dst: dict[str, Any] | None = None,
) -> bool:
    """'traits[name=openness].value: ocean.openness': the value inside the list element whose `name` is
    'openness' (labels compared without case) moves to ours, unless ours holds one; the element goes once only
    its selecting key is left, and the list once empty. The rest of their path is read inside the element with
    the steps of any path ('pages[page=reply].rows[field=line].value', 'cards[card=power].causes{}.impact'),
    ours staying a path of the sample (`dst`)."""
    dst = data if dst is None else dst
    head, tail = theirs[: sel.start()], theirs[sel.end() :].removeprefix(".")
    head_parts = path_parts(head)
    lst = _get_parts(data, head_parts)
    if not isinstance(lst, list) or not tail:
        return False
    key, label = sel.group(1).strip(), sel.group(2).strip().casefold()
    for i, el in enumerate(lst):
        if not (isinstance(el, dict) and str(el.get(key, "")).strip().casefold() == label):
            continue
        if "{}" in tail and "=" not in tail.partition("{}")[0]:  # an object of the element keyed by data
            if not _move_keyed(el, tail, ours, dst):
                return False
        elif "=" in tail or "[]" in tail:  # another label step, or a list of the element
            if not _move(el, tail, ours, dst=dst):
                return False
        else:
            o_parts = path_parts(ours)
            if _has(dst, o_parts) or not _has(el, path_parts(tail)):
                return False
            value = _pop(el, path_parts(tail))
            if not _put(dst, o_parts, value):
                _put(el, path_parts(tail), value)  # nowhere to go: stays where it was
                return False
        if set(el) <= {key}:
            if taken is not None:  # a position line may still count this element: it goes at the end
                lst[i] = _TAKEN
                taken.append((lst, i, head_parts, None))
                return True
            del lst[i]
            if not lst:
                _pop(data, head_parts)
        return True
    return False


def _move_positional(data: dict[str, Any], theirs: str, ours: str, taken: list[_Taken]) -> bool:
    """'big5[0]: ocean.openness', 'turns[1].text: npc_card_narrative.dialogue_prose': the value at position N of
    their list (or a key inside that element) moves to ours, unless ours holds one. The element is not removed
    here (the next line's position must still count it): `_drop_taken` removes what was taken at the end."""
    pos = _POSITION.search(theirs)
    assert pos is not None
    head, index = theirs[: pos.start()], int(pos.group(1))
    tail = theirs[pos.end() :].removeprefix(".")
    head_parts = path_parts(head)
    lst = _get_parts(data, head_parts)
    o_parts = path_parts(ours)
    if not isinstance(lst, list) or index >= len(lst) or lst[index] is _TAKEN or _has(data, o_parts):
        return False
    el = lst[index]
    if tail:
        t_parts = path_parts(tail)
        if not _has(el, t_parts):
            return False
        value = _pop(el, t_parts)
        if not _put(data, o_parts, value):
            _put(el, t_parts, value)  # nowhere to go: stays where it was
            return False
    else:
        if el is None:
            return False
        if not _put(data, o_parts, el):
            # ours is inside the very place the list is ('ocean[0]: ocean.openness'): set once the list has gone
            if not _through(data, o_parts, lst):
                return False
            taken.append((lst, index, head_parts, (o_parts, el)))
            lst[index] = _TAKEN
            return True
        lst[index] = _TAKEN
    taken.append((lst, index, head_parts, None))
    return True


def _through(data: dict[str, Any], parts: list[str], lst: list[Any]) -> bool:
    """The path `parts` runs through the list `lst` (one of its keys holds it)."""
    obj: Any = data
    for p in parts[:-1]:
        if not isinstance(obj, dict):
            return False
        obj = obj.get(p)
        if obj is lst:
            return True
    return False


def _drop_taken(data: dict[str, Any], taken: list[_Taken]) -> list[int]:
    """Remove the list elements position lines took whole or emptied; a list left empty goes too. A value whose
    place lies behind the list ('ocean[0]: ocean.openness') is set once the list has gone; while elements no line
    took remain, such values go back into the list instead (nothing is lost); returns the numbers (in `taken`) of
    the values that went back."""
    groups: dict[int, list[tuple[int, _Taken]]] = {}
    for k, t in enumerate(taken):
        groups.setdefault(id(t[0]), []).append((k, t))
    back: list[int] = []
    for group in groups.values():
        lst, head_parts = group[0][1][0], group[0][1][2]
        behind = [(k, t[1], t[3]) for k, t in group if t[3] is not None]
        if behind and any(x is not _TAKEN and x != {} for x in lst):
            for k, i, (_, value) in behind:
                lst[i] = value
                back.append(k)
            behind = []
        for i in sorted({t[1] for _, t in group}, reverse=True):
            if lst[i] is _TAKEN or lst[i] == {}:
                del lst[i]
        if not lst and _get_parts(data, head_parts) is lst:
            _pop(data, head_parts)
        for _, _, (o_parts, value) in behind:
            if not _has(data, o_parts):
                _put(data, o_parts, value)
    return back


def _move_keyed(data: dict[str, Any], theirs: str, ours: str, dst: dict[str, Any] | None = None) -> bool:
    """An object whose keys are data ('options': {"growth": {...}, "tone_deaf": {...}}). 'options{}.line:
    response_options[].dialogue' moves a key inside every value; 'options{}: response_options[].type' makes our
    list of the values, in their order, each holding its key under `type` (a value's own `type` is kept). Values
    must be objects; ours must be free (or be the same path). With `dst`, ours is a path of `dst`."""
    dst = data if dst is None else dst
    head, _, tail = theirs.partition("{}")
    tail = tail.removeprefix(".")
    head_parts = path_parts(head)
    o_head, o_tail = _split_list(ours)
    if o_tail is None:
        return False
    obj = _get_parts(data, head_parts)
    if tail:
        if isinstance(obj, dict):
            values = list(obj.values())
        else:  # the object already became our list
            values = _get_parts(dst, path_parts(o_head))
            values = values if isinstance(values, list) else []
        moved = False
        for v in values:
            if isinstance(v, dict):
                moved |= _move(v, tail, o_tail)
        return moved
    o_parts = path_parts(o_head)
    if not isinstance(obj, dict) or not obj or not all(isinstance(v, dict) for v in obj.values()):
        return False
    if (o_parts != head_parts or dst is not data) and _has(dst, o_parts):
        return False
    key_parts = path_parts(o_tail)
    items = []
    for k, v in obj.items():
        if not _has(v, key_parts):
            _put(v, key_parts, k)
        items.append(v)
    _pop(data, head_parts)
    if not _put(dst, o_parts, items):
        _put(data, head_parts, obj)
        return False
    return True


def _merge_into_ours(data: dict[str, Any], t_parts: list[str], o_parts: list[str]) -> bool:
    """Both paths hold a value: two objects merge (ours keeps its keys, theirs gives what ours lacks and goes
    when emptied); anything else stays where it is."""
    src, dst = _get_parts(data, t_parts), _get_parts(data, o_parts)
    if not (isinstance(src, dict) and isinstance(dst, dict)):
        return False
    added = False
    for k in list(src):
        if k not in dst:
            dst[k] = src.pop(k)
            added = True
    if not src:
        _pop(data, t_parts)
    return added


def _get_parts(obj: Any, parts: list[str]) -> Any:
    for p in parts:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(p)
    return obj


@dataclass(frozen=True, eq=False)
class Spec:
    """The loaded domain: data types (in order), rule tables, scales; plus the user's field maps."""

    types: dict[str, TypeSpec]
    rules: Rules
    scales: dict[str, Range]
    master_truths_version: str
    field_maps: dict[str, FieldMap] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    #: per scale name, the words of its unit and what may follow them (spec `units:`)
    units: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    #: words naming an earlier try kept beside the final value (spec `drafts:`): evidence for `unwritten schema`
    draft_words: tuple[str, ...] = ()

    @property
    def data_types(self) -> tuple[str, ...]:
        return tuple(self.types)

    def type(self, data_type: str) -> TypeSpec:
        try:
            return self.types[data_type]
        except KeyError:
            raise KeyError(f"unknown data type {data_type!r}; known: {', '.join(self.types)}") from None

    @functools.cached_property
    def label_index(self) -> dict[str, str]:
        """Every type name and label synonym -> the type (a batch's `data_type` label resolves through it)."""
        out: dict[str, str] = {}
        for name, t in self.types.items():
            for syn in t.label_synonyms:
                out.setdefault(syn, name)
        out.update({name: name for name in self.types})
        return out

    @functools.cached_property
    def quality_keys(self) -> frozenset[str]:
        """Leaf names of every type's quality paths (a wrapper object may carry one beside the sample)."""
        return frozenset(p.rsplit(".", 1)[-1] for t in self.types.values() for p in t.roles.quality)

    def field_map(self, data_type: str) -> FieldMap:
        return self.field_maps.get(data_type) or FieldMap()

    def field_names(self) -> frozenset[str]:
        """Every field name and alias of every type, at any depth (the grep test reads it)."""
        out: set[str] = set()

        def walk(specs: Iterable[FieldSpec]) -> None:
            for f in specs:
                out.add(f.name)
                out.update(f.aliases)
                walk(f.fields)
                if f.items is not None:
                    out.update(f.items.aliases)
                    walk(f.items.fields)

        for t in self.types.values():
            walk(t.fields)
        return frozenset(out)


# ---- validation models (the YAML shape; extra keys are errors) --------------------------------------------
class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldDef(_Model):
    type: Literal["string", "number", "integer", "boolean", "object", "array"] | None = None
    ref: str | None = None
    required: bool | None = None
    range: str | list[float | None] | None = None
    enum: str | list[str] | None = None
    enum_rule: str | None = None
    aliases: list[str] | None = None
    description: str | None = None
    fields: dict[str, FieldDef] | None = None
    items: FieldDef | None = None
    parse: Literal["window", "name_value_pairs", "unit"] | None = None
    fields_required: bool | None = Field(None, description="false: every field of a referenced object optional")
    generate: bool | None = Field(None, description="false: not part of the generator's output schema")
    words: list[int | None] | None = Field(
        None,
        description="typical [min, max] words of a string value (a short "
        "label or free text): evidence for `unwritten schema`, never a check",
    )
    values: str | list[str] | None = Field(
        None,
        description="the labels the field usually holds (a list or "
        "rules.<path>): evidence for `unwritten schema`, never a check",
    )
    format: Literal["timestamp"] | None = Field(
        None,
        description="the written form of a string value (timestamp: a date and time, "
        "2026-11-17T16:37:00Z): evidence for `unwritten schema`, never a check",
    )


PathOrPaths = str | list[str]


class RolesDef(_Model):
    answer: str
    context: list[str] = Field(default_factory=list)
    quality: PathOrPaths = Field(default_factory=list)
    name: str | None = None
    group: list[str] = Field(default_factory=list)
    labels: dict[Literal["capacity_level", "authenticity_target", "complexity_type"], PathOrPaths] = Field(
        default_factory=dict
    )
    capacity: dict[
        Literal[
            "base",
            "factors",
            "effective",
            "support_needed",
            "support_provided",
            "constraint",
            "authenticity_score",
            "constraint_required",
        ],
        PathOrPaths | bool,
    ] = Field(default_factory=dict)
    irony: dict[
        Literal["options", "option_type", "impact", "option_capacity", "knowledge_gap", "recommended"], PathOrPaths
    ] = Field(default_factory=dict)
    tension: dict[Literal["hook_type", "payoff_window"], PathOrPaths] = Field(default_factory=dict)
    memory: dict[Literal["resonance_type", "resonance_weight"], PathOrPaths] = Field(default_factory=dict)
    version: PathOrPaths = Field(default_factory=list)
    rules: list[Literal["capacity", "irony", "tension", "memory"]] = Field(default_factory=list)
    prose: list[str] = Field(default_factory=list)


class TemplateDef(_Model):
    human: str
    assistant: str
    each: str | None = None


class TypeDef(_Model):
    description: str = ""
    quality_threshold: float = Field(0.6, ge=0, le=1)
    daily_target: int | float | None = Field(None, gt=0)
    fields: dict[str, FieldDef]
    roles: RolesDef
    template: TemplateDef
    per_option: TemplateDef | None = None
    headerless: bool = False
    identifying_fields: list[str] = Field(default_factory=list)
    system_prompt: str | None = None
    label_synonyms: list[str] = Field(default_factory=list)
    extends: str | None = Field(None, description="start from a built-in type and override what is given")

    @field_validator("fields")
    @classmethod
    def _some(cls, v: dict) -> dict:
        if not v:
            raise ValueError("a data type needs at least one field")
        return v


class TypeOverride(_Model):
    """A user's entry in interactions.types: a new type (every key) or an override of a known one."""

    description: str | None = None
    quality_threshold: float | None = Field(None, ge=0, le=1)
    daily_target: int | float | None = Field(None, gt=0)
    fields: dict[str, FieldDef] | None = None
    roles: RolesDef | None = None
    template: TemplateDef | None = None
    per_option: TemplateDef | None = None
    headerless: bool | None = None
    identifying_fields: list[str] | None = None
    system_prompt: str | None = None
    label_synonyms: list[str] | None = None
    extends: str | None = None


# ---- building the objects --------------------------------------------------------------------------------
def _paths(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(v)


def _rule_table(raw: dict[str, Any], dotted: str) -> Any:
    node: Any = raw
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            raise SpecError(f"enum {dotted!r} names no rule table")
        node = node[part]
    return node


class _Builder:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.scales: dict[str, Range] = {k: (v[0], v[1]) for k, v in (raw.get("scales") or {}).items()}
        self.reasons: dict[str, str] = dict(raw.get("range_reasons") or {})
        self.units: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
            k: (tuple(v.get("words") or ()), tuple(v.get("after") or ())) for k, v in (raw.get("units") or {}).items()
        }
        self.definitions: dict[str, FieldDef] = {
            k: FieldDef.model_validate(v) for k, v in (raw.get("definitions") or {}).items()
        }

    def resolve(self, d: FieldDef, where: str, seen: tuple[str, ...] = ()) -> FieldDef:
        if d.ref is None:
            return d
        if d.ref not in self.definitions:
            raise SpecError(f"{where}: ref {d.ref!r} is not in definitions ({', '.join(self.definitions)})")
        if d.ref in seen:
            raise SpecError(f"{where}: ref {d.ref!r} refers to itself")
        base = self.resolve(self.definitions[d.ref], where, (*seen, d.ref))
        over = {k: v for k, v in d.model_dump(exclude_unset=True).items() if k != "ref"}
        merged = base.model_copy(update={k: getattr(d, k) for k in over})
        if d.fields_required is False and merged.fields:
            merged = merged.model_copy(
                update={
                    "fields": {
                        k: self.resolve(v, where).model_copy(update={"required": False})
                        for k, v in merged.fields.items()
                    }
                }
            )
        return merged

    def field(self, name: str, d: FieldDef, where: str) -> FieldSpec:
        d = self.resolve(d, f"{where}.{name}")
        if d.type is None:
            raise SpecError(f"{where}.{name}: no type (one of {', '.join(JSON_TYPES)})")
        rng: Range | None = None
        scale: str | None = None
        if isinstance(d.range, str):
            if d.range not in self.scales:
                raise SpecError(f"{where}.{name}: range {d.range!r} is no scale ({', '.join(self.scales)})")
            scale, rng = d.range, self.scales[d.range]
        elif d.range is not None:
            if len(d.range) != 2:
                raise SpecError(f"{where}.{name}: range must be [low, high]")
            rng = (d.range[0], d.range[1])
            scale = next((k for k, v in self.scales.items() if v == rng), None)
        enum: tuple[str, ...] | None = None
        if isinstance(d.enum, str):
            table = _rule_table(self.raw, d.enum)
            enum = tuple(table)
        elif d.enum is not None:
            enum = tuple(d.enum)
        if d.parse == "unit" and (scale is None or scale not in self.units):
            raise SpecError(f"{where}.{name}: parse: unit needs a range named in units ({', '.join(self.units)})")
        values: tuple[str, ...] | None = None
        if d.values is not None:
            values = tuple(_rule_table(self.raw, d.values)) if isinstance(d.values, str) else tuple(d.values)
        fields = tuple(self.field(k, v, f"{where}.{name}") for k, v in (d.fields or {}).items())
        items = self.field(f"{name}[]", d.items, where) if d.items is not None else None
        if items is not None and d.items is not None:
            items = FieldSpec(**{**items.__dict__, "name": _item_name(name, d.items)})
        return FieldSpec(
            name=name,
            type=d.type,
            required=bool(d.required),
            range=rng,
            aliases=tuple(d.aliases or ()),
            enum=enum,
            enum_rule=d.enum_rule,
            fields=fields,
            items=items,
            description=d.description or "",
            scale=scale,
            parse=d.parse,
            units=self.units.get(scale or "") if d.type in ("number", "integer") else None,
            range_reason=self.reasons.get(scale or "", "value_out_of_range"),
            generate=d.generate is not False,
            words=(d.words[0], d.words[1]) if d.words and len(d.words) == 2 else None,
            values=values,
            format=d.format,
        )

    def type_spec(self, name: str, d: TypeDef) -> TypeSpec:
        where = f"types.{name}"
        fields = tuple(self.field(k, v, where + ".fields") for k, v in d.fields.items())
        r = d.roles
        cap: dict[str, tuple[str, ...]] = {k: _paths(v) for k, v in r.capacity.items() if k != "constraint_required"}
        roles = Roles(
            answer=r.answer,
            context=tuple(r.context),
            quality=_paths(r.quality),
            name=r.name,
            group=tuple(r.group),
            labels={k: _paths(v) for k, v in r.labels.items()},
            capacity=cap,
            irony={k: _paths(v) for k, v in r.irony.items()},
            tension={k: _paths(v) for k, v in r.tension.items()},
            memory={k: _paths(v) for k, v in r.memory.items()},
            version=_paths(r.version),
            rules=tuple(r.rules),
            prose=tuple(r.prose),
            constraint_required=bool(r.capacity.get("constraint_required", False)),
        )
        t = TypeSpec(
            data_type=name,
            fields=fields,
            roles=roles,
            template=Template(d.template.human, d.template.assistant, d.template.each),
            variants={"per_option": Template(d.per_option.human, d.per_option.assistant, d.per_option.each)}
            if d.per_option
            else {},
            quality_threshold=d.quality_threshold,
            description=d.description,
            daily_target=d.daily_target,
            headerless=d.headerless,
            identifying_fields=tuple(d.identifying_fields),
            system_prompt=d.system_prompt,
            label_synonyms=tuple(d.label_synonyms),
        )
        _check_roles(t, where)
        return t


def _item_name(list_name: str, d: FieldDef) -> str:
    return d.ref or (list_name[:-1] if list_name.endswith("s") else list_name + "_item")


def _check_roles(t: TypeSpec, where: str) -> None:
    """Every role path names a field of the type (a typo in a role would silently read nothing)."""

    def check(path: str, role: str) -> None:
        if t.field_at(path) is None and path.split(".")[0] not in ("quality_score",):
            raise SpecError(
                f"{where}.roles.{role}: {path!r} is not a field of {t.data_type} "
                f"(fields: {', '.join(f.name for f in t.fields)})"
            )

    check(t.roles.answer, "answer")
    for p in (*t.roles.context, *t.roles.group):
        check(p, "context/group")
    if t.roles.name:
        check(t.roles.name, "name")
    ans = t.field_at(t.roles.answer)
    if ans is not None and ans.type != "string":
        raise SpecError(f"{where}.roles.answer: {t.roles.answer!r} must be a string field, is {ans.type}")


def _rules(raw: dict[str, Any]) -> Rules:
    r = raw["rules"]
    c = r["capacity"]
    a = r["authenticity"]

    def buckets(d: dict[str, Any]) -> dict[str, Bucket]:
        return {
            k: Bucket(k, tuple(v["accept"]), tuple(v["generate"]), float(v["frequency"]))  # type: ignore[arg-type]
            for k, v in d.items()
        }

    return Rules(
        capacity=CapacityRules(
            tuple(c["scale"]),
            float(c["x_plus"]),
            buckets(c["buckets"]),  # type: ignore[arg-type]
            tuple(c["support_given"]["verbs"]),
            tuple(c["support_given"]["units"]),
            tuple(c["support_given"]["negations"]),
            tuple(c["support_given"].get("modals", ())),
            tuple(c["support_given"].get("bounds", ())),
            tuple(c["support_given"].get("nouns", ())),
            tuple(c["support_given"].get("participles", ())),
            tuple(c["support_given"].get("arrivals", ())),
        ),
        authenticity_buckets=buckets(a["buckets"]),
        support_offset={k: (float(v[0]), float(v[1])) for k, v in a["support_offset"].items()},
        excellent_support_floor=float(a["excellent_support_floor"]),
        complexity_types={k: tuple(v) for k, v in r["complexity_types"].items()},
        irony_options={
            k: IronyOption(k, v.get("name", k), tuple(v["capacity"]), tuple(v["relationship_impact"]))  # type: ignore[arg-type]
            for k, v in r["irony"]["options"].items()
        },
        knowledge_gap_trigger=float(r["irony"]["knowledge_gap_trigger"]),
        impact_tolerance=float(r["irony"]["impact_tolerance"]),
        payoff_weeks={k: tuple(v["payoff_weeks"]) for k, v in r["tension"]["hooks"].items()},  # type: ignore[misc]
        hook_frequency_by_level={int(k): float(v) for k, v in r["tension"]["frequency_by_level"].items()},
        resonance_weights={k: float(v) for k, v in r["memory"]["resonance_weights"].items()},
        ocean_traits=tuple(r["ocean_traits"]),
        ids=dict(raw["rule_ids"]),
        quality_bands=tuple((k, None if v is None else float(v)) for k, v in r["quality_bands"].items()),
    )


def _errors(e: ValidationError, where: str) -> str:
    first = e.errors()[0]
    loc = ".".join(str(x) for x in first["loc"])
    msg = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
    return f"{where}.{loc}: {msg}" if loc else f"{where}: {msg}"


def build_spec(
    raw: dict[str, Any], user_types: dict[str, Any] | None = None, field_map: dict[str, dict[str, str]] | None = None
) -> Spec:
    """A Spec from the parsed YAML, plus a user's type definitions/overrides and field maps."""
    b = _Builder(raw)
    defs: dict[str, TypeDef] = {}
    for name, d in (raw.get("types") or {}).items():
        try:
            defs[name] = TypeDef.model_validate(d)
        except ValidationError as e:
            raise SpecError(_errors(e, f"spec types.{name}")) from None
    for name, d in (user_types or {}).items():
        defs[name] = _user_type(name, d, defs)
    types = {}
    for name, d in defs.items():
        where = f"interactions.types.{name}" if name in (user_types or {}) else f"spec types.{name}"
        try:
            types[name] = b.type_spec(name, d)
        except SpecError as e:
            raise SpecError(
                str(e).replace(f"types.{name}", where, 1) if where.startswith("interactions") else str(e)
            ) from None
    maps = {t: _field_map(t, m, types) for t, m in (field_map or {}).items()}
    try:
        rules = _rules(raw)
    except (KeyError, TypeError, ValueError) as e:
        raise SpecError(f"spec rules: {type(e).__name__}: {e}") from None
    return Spec(
        types=types,
        rules=rules,
        scales=b.scales,
        master_truths_version=str(raw.get("master_truths_version", "v1.2")),
        field_maps=maps,
        raw=raw,
        units=b.units,
        draft_words=tuple(str(w).lower() for w in raw.get("drafts") or ()),
    )


def _user_type(name: str, d: Any, defs: dict[str, TypeDef]) -> TypeDef:
    """`interactions.types.<name>`: a new data type (fields, roles, template given) or an override of a known
    one (its own name, or `extends:`), whose fields are added to or replace the base's."""
    try:
        over = TypeOverride.model_validate(d or {})
    except ValidationError as e:
        raise SpecError(_errors(e, f"interactions.types.{name}")) from None
    base_name = over.extends or (name if name in defs else None)
    if base_name is not None and base_name not in defs:
        raise SpecError(f"interactions.types.{name}.extends: unknown data type {base_name!r}")
    given = over.model_dump(exclude_unset=True, exclude={"extends"})
    if base_name is None:
        missing = [k for k in ("fields", "roles", "template") if k not in given]
        if missing:
            raise SpecError(
                f"interactions.types.{name}: a new data type needs {', '.join(missing)} (or extends: <a known type>)"
            )
        return TypeDef.model_validate(given)
    base = defs[base_name].model_copy(deep=True)
    fields = dict(base.fields)
    fields.update(over.fields or {})  # fields given are added or replace ours of the same name
    upd = {k: getattr(over, k) for k in given if k != "fields"}
    return base.model_copy(update={**upd, "fields": fields})


def _field_map(t: str, m: Any, types: dict[str, TypeSpec]) -> FieldMap:
    """`interactions.field_map.<type>`: their name -> our field, every target a field of the type."""
    if t not in types:
        raise SpecError(f"interactions.field_map.{t}: unknown data type; known: {', '.join(types)}")
    if not isinstance(m, dict):
        raise SpecError(f"interactions.field_map.{t}: expected a mapping of their field -> ours")
    spec = types[t]
    for theirs, ours in m.items():
        if not isinstance(theirs, str) or not isinstance(ours, str) or not theirs.strip() or not ours.strip():
            raise SpecError(f"interactions.field_map.{t}: {theirs!r}: {ours!r} must map a name to a name")
        rest = _POSITION.sub("", _SELECT.sub("", theirs)).replace("[]", "").replace("{}", "")
        if "[" in rest or "]" in rest or not _labels_first(theirs, ours):
            raise SpecError(
                f"interactions.field_map.{t}: {theirs!r}: a list step is '[]' (every element), '[N]' (the element at"
                " position N, from 0) or '[key=label]' (the element whose key holds label; a '[]' or '{}' of the"
                " line comes after it, and then ours is one of our lists); an object's values are '{}'; write a dot"
                " inside a key as '\\.'"
            )
        if "{" in rest or "}" in rest:
            raise SpecError(
                f"interactions.field_map.{t}: {theirs!r}: '{{}}' (every value of an object whose keys are data) is"
                " written without anything between the braces"
            )
        _check_place_steps(t, theirs, ours, m)
        if spec.field_at(ours) is None:
            raise SpecError(
                f"interactions.field_map.{t}.{theirs}: {ours!r} is not a field of {t} "
                f"(fields: {', '.join(f.name for f in spec.fields)})"
            )
    return FieldMap(tuple(m.items()))


def _labels_first(theirs: str, ours: str) -> bool:
    """A line's label steps ('[key=label]') come before its '[]' and '{}' steps (the element is found first, then
    read like any sample), and ours is one of our lists only where theirs has such a step after them."""
    sels = list(_SELECT.finditer(theirs)) if "=" in theirs else []
    if not sels:
        return True
    if any(theirs[m.end() : m.end() + 1] not in ("", ".") for m in sels):
        return False  # a step after a label is a key of the element ('traits[name=o][]' is no path)
    before, after = theirs[: sels[-1].start()], theirs[sels[-1].end() :]
    if "[]" in before or "{}" in before:
        return False
    return "[]" not in ours or "[]" in after or "{}" in after


def _check_place_steps(t: str, theirs: str, ours: str, m: dict[str, str]) -> None:
    """A line with a position ('[N]') or an object's values ('{}') reads one container, with no other list step;
    ours is a plain path for a position, an element of one of our lists for '{}' (whose key line must be there)."""
    where = f"interactions.field_map.{t}: {theirs!r}"
    positions = _POSITION.findall(theirs)
    keyed = theirs.count("{}")
    if not positions and not keyed:
        return
    if "{" in ours or _POSITION.search(ours):
        raise SpecError(f"{where}: '[N]' and '{{}}' are steps of your path only; ours is our field ({ours!r})")
    others = "[]" in theirs or _SELECT.search(theirs) is not None
    if positions and (keyed or others or len(positions) > 1 or "[]" in ours):
        raise SpecError(
            f"{where}: a position '[N]' is the only list step of a line, and ours a plain field "
            "('big5[0]: ocean.openness', 'turns[1].text: npc_card_narrative.dialogue_prose')"
        )
    if not keyed:
        return
    head, _, tail = theirs.partition("{}")
    others = "[]" in theirs  # (label steps come before '{}': `_labels_first`)
    if keyed > 1 or others or (tail and not tail.startswith(".")) or ours.count("[]") != 1 or ours.endswith("[]"):
        raise SpecError(
            f"{where}: '{{}}' reads the values of one object into one of our lists: its key goes into a field of the "
            "list's elements ('options{}: response_options[].type'), a key inside its values likewise "
            "('options{}.line: response_options[].dialogue')"
        )
    key_line = m.get(head + "{}")
    if key_line is None or not isinstance(key_line, str):
        raise SpecError(
            f"{where}: an object read with '{{}}' needs the line that places its keys ('{head}{{}}: "
            "<our list>[].<field the key fills>')"
        )
    if key_line.partition("[]")[0] != ours.partition("[]")[0]:
        raise SpecError(f"{where}: {ours!r} is not in {key_line.partition('[]')[0]!r}, the list '{head}{{}}' becomes")


@functools.lru_cache(maxsize=4)
def _raw(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as e:
        raise SpecError(f"{path}: cannot read the domain spec ({type(e).__name__}: {e})") from None
    if not isinstance(raw, dict):
        raise SpecError(f"{path}: the domain spec must be a mapping")
    return raw


@functools.lru_cache(maxsize=4)
def load_spec(path: str | None = None) -> Spec:
    """The package's domain spec (or the one at `path`), parsed once per process."""
    return build_spec(copy.deepcopy(_raw(str(path or SPEC_PATH))))


@functools.lru_cache(maxsize=32)
def _domain(key: str) -> Spec:
    d = json.loads(key)
    if not d["types"] and not d["field_map"]:
        return load_spec()
    return build_spec(copy.deepcopy(_raw(str(SPEC_PATH))), d["types"], d["field_map"])


def domain_for(settings: Any = None) -> Spec:
    """The spec with a config's `interactions.types` and `interactions.field_map` applied (cached per content).

    `settings` is an InteractionsConfig (or anything with `types` and `field_map`), or None for the package spec.
    """
    if settings is None:
        return load_spec()
    types = getattr(settings, "types", None) or {}
    fmap = getattr(settings, "field_map", None) or {}
    return _domain(json.dumps({"types": types, "field_map": fmap}, sort_keys=True, default=str))
