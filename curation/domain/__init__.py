"""The interaction domain as data: data types, their fields and roles, conversation templates and the Master
Truths rule tables (spec.yaml), loaded by `spec.py`. Nothing else in the package spells a field name of a data
type or a rule number."""

from .spec import (
    FieldMap,
    FieldSpec,
    FlatField,
    Roles,
    Rules,
    Spec,
    SpecError,
    Template,
    TypeSpec,
    apply_field_map,
    build_spec,
    domain_for,
    load_spec,
)

__all__ = [
    "FieldMap",
    "FieldSpec",
    "FlatField",
    "apply_field_map",
    "Roles",
    "Rules",
    "Spec",
    "SpecError",
    "Template",
    "TypeSpec",
    "build_spec",
    "domain_for",
    "load_spec",
]
