"""The spec as the matcher sees it: per data type, every field as a dotted path with its roles.

Interim adapter over `schemas.SCHEMAS` until the domain spec loader lands (then this module reads it).
"""

from __future__ import annotations

from .field_match import SpecField
from .schemas import SCHEMAS, FieldSpec

#: Interim: the answer text each type trains on (convert.py); replaced by the spec's roles.
_ANSWER = {"emotional_authenticity": "character_response", "dramatic_irony": "response_options[].dialogue",
           "tension_building": "dialogue", "memory_resonance": "character_response",
           "personality_traits": "dialogue", "relationship_scoring": "character_response",
           "multi_step": "npc_card_narrative.dialogue_prose"}


def _flatten(f: FieldSpec, prefix: str, out: list[SpecField], answer: str, quality: str) -> None:
    path = prefix + f.name
    roles = tuple(r for r, p in (("answer", answer), ("score", quality)) if p == path)
    if f.name in ("character_name", "name") and f.type == "string":
        roles += ("name",)
    out.append(SpecField(path, f.type, f.required, f.range, f.enum, f.aliases, roles, f.description))
    if f.type == "object":
        for c in f.fields:
            _flatten(c, path + ".", out, answer, quality)
    elif f.type == "array" and f.items is not None and f.items.type == "object":
        for c in f.items.fields:
            _flatten(c, path + "[].", out, answer, quality)


def spec_fields() -> dict[str, list[SpecField]]:
    out: dict[str, list[SpecField]] = {}
    for t, schema in SCHEMAS.items():
        lst: list[SpecField] = []
        for f in schema.fields:
            _flatten(f, "", lst, _ANSWER[t], schema.quality_field)
        out[t] = lst
    return out
