"""What the missing-field guard counts as missing (fieldcheck), and what the proposal's last resort (field_guess) checks
its lines against: a type's required paths, and the required fields one record lacks or holds in a shape no coercion
reads."""

from __future__ import annotations

import re

from ...domain import FieldSpec, TypeSpec
from .normalize import Problem

_INDEX = re.compile(r"\[\d+\]")
#: A field missing in fewer records than this is a defect of those records (rejected one by one), never a
#: naming mismatch, whatever the share (2 of a type's 5 records is 40%).
MIN_MISSING = 3


def unfit_paths(problems: list[Problem], required: frozenset[str]) -> tuple[list[str], list[str]]:
    """The required fields a record lacks, and those of `required` it holds in a shape no coercion reads (a list
    of five numbers where our object of five is), each as paths with `[]` for indexes."""
    absent = [_INDEX.sub("[]", p.path) for p in problems if p.reason == "missing_required_field"]
    unreadable = [q for p in problems if p.reason == "uncoercible_type" and (q := _INDEX.sub("[]", p.path)) in required]
    return list(dict.fromkeys(absent)), list(dict.fromkeys(unreadable))


def required_paths(t: TypeSpec) -> list[str]:
    """Every required field path of a type (objects' required children under required objects)."""
    out: list[str] = []

    def walk(specs: tuple[FieldSpec, ...], prefix: str) -> None:
        for f in specs:
            if not f.required:
                continue
            out.append(prefix + f.name)
            if f.type == "object":
                walk(f.fields, prefix + f.name + ".")
            elif f.type == "array" and f.items is not None:
                walk(f.items.fields, prefix + f.name + "[].")

    walk(t.fields, "")
    return out
