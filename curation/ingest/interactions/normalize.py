"""Apply a type's schema to one sample: canonical names, lossless coercion, then checks.

`normalize` renames aliases and coerces losslessly ("0.7" -> 0.7, 3.0 -> 3 for integers,
"Tone-Deaf" -> "tone_deaf", [2, 4] -> {"min": 2, "max": 4}); every change is a named repair. It never
drops a value it cannot coerce: `check` then reports it (missing_required_field, uncoercible_type,
not_a_number, score_out_of_range / capacity_out_of_range / value_out_of_range), so the validator can reject
with a precise reason. `normalize` is idempotent.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .number_text import NUM as _NUM
from .number_text import plain_number_text, read_on_scale
from .schemas import FieldSpec, TypeSchema

_WEEKS_UNIT = r"(?:weeks?|wks?)"
#: a payoff window in words: "2-4 weeks", "2 to 4 wks", "between 2 and 4 weeks", "weeks 2-4", "2-4 weeks out"
_WINDOW_TEXT = re.compile(
    rf"^\s*(?:(?:between|from|within|in)\s+)?(?:{_WEEKS_UNIT}\s+)?(\d+(?:\.\d+)?)\s*(?:-|–|—|to|and)\s*"
    rf"(\d+(?:\.\d+)?)\s*(?:{_WEEKS_UNIT}(?:\s+(?:later|out|away|from\s+now))?)?\s*$",
    re.I,
)
_LABEL_SEP = re.compile(r"[\s\-/]+")


@dataclass(frozen=True)
class Problem:
    """A schema failure: reason id (snake_case), the field path, and what was found."""

    reason: str
    path: str
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"reason": self.reason, "field": self.path, "detail": self.detail}


def _key_form(k: str) -> str:
    return _LABEL_SEP.sub("_", k.strip()).lower()


def normalize_label(value: str) -> str:
    """'Tone-Deaf ' -> 'tone_deaf' (labels and enum values)."""
    return _LABEL_SEP.sub("_", value.strip()).lower()


#: the repair each written form of a number is recorded as
_FORM_REPAIR = {
    "plain": "coerce_numeric_string",
    "percent": "percent_to_fraction",
    "fraction": "fraction_to_scale",
    "unit": "strip_unit",
}


_CANONICAL: dict[int, frozenset[str]] = {}


def _rename_aliases(obj: dict[str, Any], specs: tuple[FieldSpec, ...], path: str, repairs: list[str]) -> dict[str, Any]:
    canonical = _CANONICAL.get(id(specs))
    if canonical is None:
        canonical = _CANONICAL[id(specs)] = frozenset(f.name for f in specs)
    if canonical.issuperset(obj) or canonical.issubset(obj):  # no unknown key (nothing to rename) or nothing missing
        return obj
    missing = [f for f in specs if f.name not in obj]
    forms: dict[str, str] | None = None
    for f in missing:
        for alias in (f.name, *f.aliases):
            if alias != f.name and alias in obj and alias not in canonical:
                obj[f.name] = obj.pop(alias)
                repairs.append(f"rename_alias:{path}{alias}->{f.name}")
                break
        else:
            if forms is None:  # key spelled differently ("Character Response", "characterResponse")
                forms = {_key_form(k): k for k in obj if isinstance(k, str) and k not in canonical}
            for alias in (f.name, *f.aliases):
                k = forms.get(_key_form(alias)) or forms.get(alias.replace("_", ""))
                if k is not None and k in obj:
                    obj[f.name] = obj.pop(k)
                    repairs.append(f"rename_alias:{path}{k}->{f.name}")
                    break
    return obj


def _json_in_string(v: Any, opener: str, path: str, repairs: list[str]) -> tuple[Any, bool]:
    """A JSON object/array the model wrote as a string, parsed (recorded as a repair).

    Returns (value, usable): `usable` is False only for a string that opens like JSON but does not parse,
    which the caller keeps as it is (the schema check then rejects it with its type).
    """
    if not (isinstance(v, str) and v.lstrip().startswith(opener)):
        return v, True
    try:
        parsed = json.loads(v)
    except json.JSONDecodeError:
        return v, False
    repairs.append(f"parse_json_string:{path}")
    return parsed, True


def _normalize_value(v: Any, spec: FieldSpec, path: str, repairs: list[str]) -> Any:
    """One value brought to its field's type (each change named in `repairs`); a value already of the type
    returns at once (the common case), the others go to the step for their type."""
    t = spec.type
    tv = type(v)
    if (
        v is None
        or (t == "number" and (tv is float or tv is int))
        or (t == "integer" and tv is int)
        or (t == "string" and tv is str and spec.enum is None)
    ):
        return v
    step = _NORMALIZERS.get(t)
    return step(v, spec, path, repairs) if step is not None else v


def _normalize_number(v: Any, spec: FieldSpec, path: str, repairs: list[str]) -> Any:
    """A number field's value as a number on the field's scale: an integral float for an integer, or text read by
    `number_text` ("0,7", "75 %", "7/10", "3/5" in a 1-5 level, "40 weeks ago"); anything else is kept as written
    (the check rejects it)."""
    integer = spec.type == "integer"
    if isinstance(v, float):
        if integer and v.is_integer():
            repairs.append(f"coerce_integer:{path}")
            return int(v)
        return v
    if not isinstance(v, str):
        return v
    got = read_on_scale(v, spec.range, integer, ((spec.scale or "", spec.units),) if spec.units else ())
    if got is None:
        return v
    x, w = got
    if w.respelled:
        repairs.append(f"number_text:{path}")
    repairs.append(f"{_FORM_REPAIR[w.form]}:{path}")
    return x if integer else float(x)


def _normalize_string(v: Any, spec: FieldSpec, path: str, repairs: list[str]) -> Any:
    if spec.enum is not None and isinstance(v, str):
        label = normalize_label(v)
        if label != v:
            repairs.append(f"normalize_label:{path}")
            return label
    return v


def _normalize_object_value(v: Any, spec: FieldSpec, path: str, repairs: list[str]) -> Any:
    if type(v) is list and len(v) == 1 and isinstance(v[0], dict):  # [{...}]: a list of one object is the object
        v = v[0]
        repairs.append(f"object_from_one_item_list:{path}")
    # a JSON object written as a string; for a window also a JSON list ("[2, 4]")
    opener = "[" if spec.parse == "window" and isinstance(v, str) and v.lstrip()[:1] == "[" else "{"
    v, parsed = _json_in_string(v, opener, path, repairs)
    if not parsed:
        return v
    if spec.parse == "window":
        v = _window(v, spec, path, repairs)
    if isinstance(v, dict):
        return normalize_object(v, spec.fields, path + ".", repairs)
    return v


def _normalize_array(v: Any, spec: FieldSpec, path: str, repairs: list[str]) -> Any:
    v, parsed = _json_in_string(v, "[", path, repairs)
    if not parsed:
        return v
    if (
        isinstance(v, dict)
        and spec.parse == "name_value_pairs"
        and spec.items is not None
        and len(spec.items.fields) >= 2
        and v
        and all(isinstance(x, (int, float, str)) for x in v.values())
    ):
        name_f, value_f = spec.items.fields[0].name, spec.items.fields[1].name
        v = [{name_f: k, value_f: x} for k, x in v.items()]
        repairs.append(f"factors_from_mapping:{path}")
    elif (
        type(v) is list
        and v
        and spec.parse == "name_value_pairs"
        and spec.items is not None
        and len(spec.items.fields) >= 2
        and all(isinstance(x, str) for x in v)
    ):
        v = _pairs_from_text(v, spec.items.fields[0].name, spec.items.fields[1].name, path, repairs)
    if isinstance(v, list) and spec.items is not None:
        return [_normalize_value(x, spec.items, f"{path}[{i}]", repairs) for i, x in enumerate(v)]
    return v


#: one name-value pair written as text: "work crisis: -3", "Work crisis (-3)", "no sleep = -2", "-3 work crisis",
#: and with a signed number after the name: "money worries -2", "small win, +1.5", "rain -> -1"
_PAIR_TEXT = (
    re.compile(rf"^\s*(?P<name>[^:=()]*?[^\s:=()])\s*(?::|=|\()\s*(?P<num>{_NUM})\s*\)?\s*$"),
    re.compile(rf"^\s*(?P<num>{_NUM})\s+(?P<name>[^\d\s].*?)\s*$"),
    re.compile(r"^\s*(?P<name>[^:=()]*?[^\s,:=()\d-])\s*(?:,|->|\u2192)?\s+(?P<num>[-+](?:\d+(?:\.\d*)?|\.\d+))\s*$"),
)


def pair_text(text: str) -> re.Match[str] | None:
    """The name-value pair a text writes (its `name` and `num` groups), in the first form that reads it; else None.
    The ingest reads factor lists with it and the profile counts them with it, so both take the same forms."""
    for pattern in _PAIR_TEXT:
        m = pattern.match(text)
        if m is not None:
            return m
    return None


def _pairs_from_text(v: list[str], name_f: str, value_f: str, path: str, repairs: list[str]) -> Any:
    """A list of pairs written as text, as objects; unchanged unless every item reads (then the check rejects it)."""
    out = []
    for x in v:
        text = plain_number_text(x)
        m = pair_text(text)
        if m is None:
            return v
        out.append({name_f: m.group("name"), value_f: float(m.group("num"))})
    repairs.append(f"factors_from_text:{path}")
    return out


#: the normalising step per field type
_NORMALIZERS: dict[str, Callable[[Any, FieldSpec, str, list[str]], Any]] = {
    "number": _normalize_number,
    "integer": _normalize_number,
    "string": _normalize_string,
    "object": _normalize_object_value,
    "array": _normalize_array,
}


def window_text_ends(v: str) -> tuple[float, float] | None:
    """The two ends of a payoff window written in words ("2-4 weeks", "between 2 and 4 wks"), else None: the one
    reading the ingest applies and the profile counts."""
    m = _WINDOW_TEXT.match(plain_number_text(v))
    return (float(m.group(1)), float(m.group(2))) if m else None


def _window(v: Any, spec: FieldSpec, path: str, repairs: list[str]) -> Any:
    """A window given as [2, 4], "2-4 weeks" or 3 becomes {low: 2, high: 4} (the object's first two fields)."""
    if len(spec.fields) < 2:
        return v
    lo_name, hi_name = spec.fields[0].name, spec.fields[1].name
    if isinstance(v, list) and len(v) == 2:
        repairs.append(f"payoff_window_from_list:{path}")
        return {lo_name: v[0], hi_name: v[1]}
    if isinstance(v, str):
        ends = window_text_ends(v)
        if ends is not None:
            repairs.append(f"payoff_window_from_text:{path}")
            return {lo_name: ends[0], hi_name: ends[1]}
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        repairs.append(f"payoff_window_from_number:{path}")
        return {lo_name: v, hi_name: v}
    if isinstance(v, dict) and lo_name not in v and hi_name not in v:
        for lo, hi in ((f"{lo_name}_weeks", f"{hi_name}_weeks"), ("from", "to"), ("start", "end"), ("low", "high")):
            if lo in v and hi in v:
                repairs.append(f"rename_alias:{path}.{lo}/{hi}->{lo_name}/{hi_name}")
                return {lo_name: v[lo], hi_name: v[hi], **{k: x for k, x in v.items() if k not in (lo, hi)}}
    return v


def normalize_object(
    obj: dict[str, Any], specs: tuple[FieldSpec, ...], path: str, repairs: list[str]
) -> dict[str, Any]:
    obj = _rename_aliases(obj, specs, path, repairs)
    for f in specs:
        if f.name in obj:
            obj[f.name] = _normalize_value(obj[f.name], f, path + f.name, repairs)
    return obj


def normalize(sample: dict[str, Any], schema: TypeSchema) -> tuple[dict[str, Any], list[str]]:
    """Canonical names and lossless coercion, in place; returns (sample, repairs)."""
    repairs: list[str] = []
    normalize_object(sample, schema.fields, "", repairs)
    return sample, repairs


def _null_non_finite(v: Any, path: str, repairs: list[str]) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        repairs.append(f"null_non_finite:{path}")
        return None
    if isinstance(v, dict):
        return {k: _null_non_finite(x, f"{path}.{k}", repairs) for k, x in v.items()}
    if isinstance(v, list):
        return [_null_non_finite(x, f"{path}[{i}]", repairs) for i, x in enumerate(v)]
    return v


def null_non_finite_extras(obj: dict[str, Any], specs: tuple[FieldSpec, ...], path: str = "") -> list[str]:
    """Set NaN/Infinity in fields the schema does not know to null (in place; returns the repairs).

    A schema field holding NaN is left for `check` to reject (`not_a_number`): it is part of what the sample
    teaches. An extra field (generation metadata) is not, and a NaN there would make the written JSON invalid.
    """
    repairs: list[str] = []
    names = {f.name: f for f in specs}
    for k, v in list(obj.items()):
        spec = names.get(k)
        p = f"{path}{k}"
        if spec is None:
            obj[k] = _null_non_finite(v, p, repairs)
        elif spec.type == "object" and isinstance(v, dict):
            repairs += null_non_finite_extras(v, spec.fields, p + ".")
        elif spec.type == "array" and isinstance(v, list) and spec.items is not None and spec.items.type == "object":
            for i, x in enumerate(v):
                if isinstance(x, dict):
                    repairs += null_non_finite_extras(x, spec.items.fields, f"{p}[{i}].")
    return repairs


_TYPE_OK = {
    "string": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


def _check_value(v: Any, spec: FieldSpec, path: str, out: list[Problem]) -> None:
    t = spec.type
    tv = type(v)
    if t == "string" and tv is str:
        return
    if t == "number" and (tv is float or tv is int):
        rng = spec.range
        if tv is float and not math.isfinite(v):
            out.append(Problem("not_a_number", path, repr(v)))
        elif rng is not None and ((rng[0] is not None and v < rng[0]) or (rng[1] is not None and v > rng[1])):
            out.append(Problem(_range_reason(spec), path, f"{v} not in [{rng[0]}, {rng[1]}]"))
        return
    if not _TYPE_OK[t](v):
        out.append(Problem("uncoercible_type", path, f"expected {spec.type}, got {type(v).__name__}: {str(v)[:40]!r}"))
        return
    if spec.type in ("number", "integer"):
        if isinstance(v, float) and not math.isfinite(v):
            out.append(Problem("not_a_number", path, repr(v)))
            return
        if spec.range is not None:
            lo, hi = spec.range
            if (lo is not None and v < lo) or (hi is not None and v > hi):
                out.append(Problem(_range_reason(spec), path, f"{v} not in [{lo}, {hi}]"))
    elif spec.type == "object":
        check_object(v, spec.fields, path + ".", out)
    elif spec.type == "array" and spec.items is not None:
        for i, x in enumerate(v):
            _check_value(x, spec.items, f"{path}[{i}]", out)


def _range_reason(spec: FieldSpec) -> str:
    return spec.range_reason


def check_object(obj: dict[str, Any], specs: tuple[FieldSpec, ...], path: str, out: list[Problem]) -> None:
    for f in specs:
        v = obj.get(f.name)
        if v is None or (isinstance(v, str) and not v.strip()):
            if f.required:
                out.append(
                    Problem("missing_required_field", path + f.name, "empty" if isinstance(v, str) else "absent")
                )
            continue
        _check_value(v, f, path + f.name, out)


def check(sample: dict[str, Any], schema: TypeSchema) -> list[Problem]:
    """Every schema problem of a normalized sample (empty list = valid)."""
    out: list[Problem] = []
    check_object(sample, schema.fields, "", out)
    return out


@functools.lru_cache(maxsize=4096)
def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(dotted.split("."))


def get_path(obj: Any, dotted: str) -> Any:
    """obj['a']['b'] for 'a.b' (None when any step is missing)."""
    if "." not in dotted:
        return obj.get(dotted) if isinstance(obj, dict) else None
    for part in _parts(dotted):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def values_at(obj: Any, path: str) -> list[Any]:
    """Every value at a path with "[]" list steps ('response_options[].dialogue' -> each option's dialogue)."""
    nodes = [obj]
    for part in path.split("."):
        is_list = part.endswith("[]")
        key = part[:-2] if is_list else part
        nxt: list[Any] = []
        for n in nodes:
            if isinstance(n, dict) and key in n:
                v = n[key]
                if is_list:
                    nxt.extend(v if isinstance(v, list) else [])
                else:
                    nxt.append(v)
        nodes = nxt
    return nodes


def missing_answer(sample: dict[str, Any], schema: TypeSchema) -> str | None:
    """The answer role's path when the sample holds no non-empty text there, else None."""
    path = schema.roles.answer
    if not path:
        return None
    if "." not in path and "[" not in path:
        v = sample.get(path)
        return None if isinstance(v, str) and v.strip() else path
    vals = values_at(sample, path)
    if any(isinstance(v, str) and v.strip() for v in vals):
        return None
    return path
