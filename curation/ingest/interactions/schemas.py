"""Per-data-type sample schemas, read from the domain spec (curation/domain/spec.yaml).

The spec drives three things: the validator (required fields, types, ranges, aliases), the generator's
structured-output schemas (`json_schema`), and the documentation (docs/interaction-formats.md). Names are
stable: other packages import `SCHEMAS`, `quality_field` and `json_schema`. `SCHEMAS` is the package's own
spec; a config with `interactions.types` / `interactions.field_map` reads `domain_for(cfg.interactions)`.

Conventions (see the spec file's header):
- types are JSON types: "string", "number", "integer", "boolean", "object", "array".
- `range` is inclusive (lo, hi); either end may be None.
- `aliases` are alternative names accepted on input and renamed to the canonical name (a repair).
- `enum` values are canonical snake_case; inputs like "Tone-Deaf" normalise to "tone_deaf" (a repair).
  An unknown enum value is not a schema error but a Master Truths rule violation (`enum_rule`),
  because the generator may legitimately use a label the rules do not know.
"""

from __future__ import annotations

from typing import Any

from ...domain import FieldSpec, Spec, TypeSpec, domain_for, load_spec

TypeSchema = TypeSpec  # the name other modules import

_SPEC = load_spec()
SCHEMAS: dict[str, TypeSpec] = _SPEC.types
RULES_TABLES = _SPEC.rules

DATA_TYPES: tuple[str, ...] = tuple(SCHEMAS)
TYPED_DATA_TYPES: tuple[str, ...] = tuple(t for t, s in SCHEMAS.items() if not s.headerless)
MULTI_STEP_TYPES: tuple[str, ...] = tuple(t for t, s in SCHEMAS.items() if s.headerless)

# ---- vocabularies (Master Truths v1.2, from the spec's rule tables) -------------------------------------------
CAPACITY_LEVELS = RULES_TABLES.capacity_levels
AUTHENTICITY_TARGETS = RULES_TABLES.authenticity_targets
COMPLEXITY_LISTS = RULES_TABLES.complexity_types
IRONY_OPTION_TYPES = RULES_TABLES.irony_option_types
HOOK_TYPES = RULES_TABLES.hook_types
RESONANCE_TYPES = RULES_TABLES.resonance_types
OCEAN_TRAITS = RULES_TABLES.ocean_traits

__all__ = [
    "AUTHENTICITY_TARGETS",
    "CAPACITY_LEVELS",
    "COMPLEXITY_LISTS",
    "DATA_TYPES",
    "FieldSpec",
    "HOOK_TYPES",
    "IRONY_OPTION_TYPES",
    "OCEAN_TRAITS",
    "RESONANCE_TYPES",
    "SCHEMAS",
    "TYPED_DATA_TYPES",
    "TypeSchema",
    "batch_json_schema",
    "json_schema",
    "quality_field",
    "schema_for",
]


def schema_for(data_type: str, spec: Spec | None = None) -> TypeSpec:
    return (spec or _SPEC).type(data_type)


def quality_field(data_type: str) -> str:
    """Dotted path of the quality score for a data type (e.g. 'training_metadata.quality_score')."""
    return schema_for(data_type).quality_field


def _field_schema(f: FieldSpec) -> dict[str, Any]:
    out: dict[str, Any] = {"type": f.type}
    if f.description:
        out["description"] = f.description
    if f.range is not None:
        lo, hi = f.range
        if lo is not None:
            out["minimum"] = lo
        if hi is not None:
            out["maximum"] = hi
    if f.enum is not None:
        out["enum"] = list(f.enum)
    if f.type == "object":
        out["properties"] = {c.name: _field_schema(c) for c in f.fields if c.generate}
        req = [c.name for c in f.fields if c.required]
        if req:
            out["required"] = req
    if f.type == "array" and f.items is not None:
        out["items"] = _field_schema(f.items)
        out["minItems"] = 1
    return out


def json_schema(data_type: str, spec: Spec | None = None) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for one sample of `data_type`, e.g. for structured output.

    Only canonical names appear (no aliases); unknown extra fields are allowed.
    """
    s = schema_for(data_type, spec)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": s.data_type,
        "description": s.description,
        "type": "object",
        "properties": {f.name: _field_schema(f) for f in s.fields if f.generate},
        "required": list(s.required),
    }


def batch_json_schema(data_type: str, spec: Spec | None = None) -> dict[str, Any]:
    """A JSON Schema for a list of samples of `data_type` (what one generation call returns)."""
    one = json_schema(data_type, spec)
    one.pop("$schema", None)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "items": one, "minItems": 1}


def domain(settings: Any = None) -> Spec:
    """The spec for a config's interactions section (user types and field maps applied)."""
    return domain_for(settings)
