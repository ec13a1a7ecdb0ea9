"""Per-data-type sample schemas (Master Truths v1.2), as plain data.

One table drives three things: the validator (required fields, types, ranges, aliases), the
generator's structured-output schemas (`json_schema`), and the documentation
(docs/interaction-formats.md). It is dependency-free (stdlib only) and its names are stable: other
packages import `SCHEMAS`, `quality_field` and `json_schema`.

Conventions:
- types are JSON types: "string", "number", "integer", "boolean", "object", "array".
- `range` is inclusive (lo, hi); either end may be None.
- `aliases` are alternative names accepted on input and renamed to the canonical name (a repair).
- `enum` values are canonical snake_case; inputs like "Tone-Deaf" normalise to "tone_deaf" (a repair).
  An unknown enum value is not a schema error but a Master Truths rule violation (`enum_rule`),
  because the generator may legitimately use a label the rules do not know.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCORE = (0.0, 1.0)
CAPACITY = (0.0, 10.0)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str  # JSON type: string | number | integer | boolean | object | array
    required: bool = False
    range: tuple[float | None, float | None] | None = None
    aliases: tuple[str, ...] = ()
    enum: tuple[str, ...] | None = None
    enum_rule: str | None = None  # rule id flagged when the value is not in `enum`
    fields: tuple["FieldSpec", ...] = ()  # for objects
    items: "FieldSpec | None" = None  # for arrays
    description: str = ""

    def child(self, name: str) -> "FieldSpec | None":
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(frozen=True)
class TypeSchema:
    data_type: str
    fields: tuple[FieldSpec, ...]
    quality_field: str  # dotted path of the type's quality score
    quality_aliases: tuple[str, ...] = ()  # other dotted paths tried when the main one is absent
    default_threshold: float = 0.6
    description: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> FieldSpec | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


def _s(name: str, required: bool = False, aliases: tuple[str, ...] = (), **kw: Any) -> FieldSpec:
    return FieldSpec(name, "string", required, aliases=aliases, **kw)


def _n(name: str, required: bool = False, rng: tuple | None = None, aliases: tuple[str, ...] = (),
       **kw: Any) -> FieldSpec:
    return FieldSpec(name, "number", required, range=rng, aliases=aliases, **kw)


def _i(name: str, required: bool = False, rng: tuple | None = None, aliases: tuple[str, ...] = (),
       **kw: Any) -> FieldSpec:
    return FieldSpec(name, "integer", required, range=rng, aliases=aliases, **kw)


def _o(name: str, fields: tuple[FieldSpec, ...], required: bool = False, aliases: tuple[str, ...] = (),
       **kw: Any) -> FieldSpec:
    return FieldSpec(name, "object", required, aliases=aliases, fields=fields, **kw)


def _a(name: str, items: FieldSpec, required: bool = False, aliases: tuple[str, ...] = (),
       **kw: Any) -> FieldSpec:
    return FieldSpec(name, "array", required, aliases=aliases, items=items, **kw)


# ---- vocabularies (Master Truths v1.2) ----------------------------------------------------------
CAPACITY_LEVELS = ("crisis", "low", "medium", "high")
AUTHENTICITY_TARGETS = ("failed", "struggling", "authentic", "excellent")
#: The systematic generator (v1.2) and the multi-step pipeline (v2.2) use two different lists.
COMPLEXITY_TYPES_SYSTEMATIC = ("baseline", "people_pleasing", "misjudgment_over", "misjudgment_under",
                               "defensive_lashing", "emergency_override", "cultural_indirect",
                               "mixed_emotions")
COMPLEXITY_TYPES_MULTI_STEP = ("baseline", "people_pleasing", "misjudgment", "defensive_lashing",
                               "emotional_shutdown", "over_commitment", "avoidance", "projection")
IRONY_OPTION_TYPES = ("tone_deaf", "misguided", "growth")
HOOK_TYPES = ("mystery_hook", "partial_reveal", "contradiction", "stakes_escalation")
RESONANCE_TYPES = ("same_emotion_different_context", "opposite_emotion_growth", "past_trauma_trigger",
                   "joy_sadness_contrast", "emotional_growth_callback")
OCEAN_TRAITS = ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism")

_CAPACITY_FACTOR = _o("capacity_factor", (
    _s("factor", True, ("name", "factor_name", "description")),
    _n("impact", True, (-10.0, 10.0), ("value", "delta", "effect")),
))
_OCEAN_FIELDS = tuple(_n(t, True, SCORE, (t[0].upper(), t[0])) for t in OCEAN_TRAITS)

_SYSTEMATIC_LABELS = (
    _s("complexity_type", aliases=("complexity",)),
    _s("authenticity_target", aliases=("target_authenticity",)),
    _s("capacity_level", aliases=("capacity_bucket",)),
)

SCHEMAS: dict[str, TypeSchema] = {
    "emotional_authenticity": TypeSchema(
        "emotional_authenticity",
        (
            _s("context", True, ("background", "character_context")),
            _n("base_capacity", True, CAPACITY, ("baseline_capacity",)),
            _a("capacity_factors", _CAPACITY_FACTOR, True, ("factors", "capacity_modifiers")),
            _n("effective_capacity", True, CAPACITY, ("current_capacity", "capacity")),
            _s("situation", True, ("scenario",)),
            _n("support_level_needed", True, CAPACITY, ("support_needed", "support_level")),
            _s("character_response", True, ("response", "npc_response")),
            _n("authenticity_score", True, SCORE, ("authenticity",)),
            _s("demonstrates_constraint", aliases=("constraint_demonstrated", "constraint")),
            _s("character_name", aliases=("name", "npc_name", "character")),
            _s("internal_thought", aliases=("internal_thoughts", "inner_thought")),
            *_SYSTEMATIC_LABELS,
        ),
        quality_field="authenticity_score", quality_aliases=("quality_score",), default_threshold=0.7,
        description="a character constrained by emotional capacity (X+2 rule) answers a request for support",
    ),
    "dramatic_irony": TypeSchema(
        "dramatic_irony",
        (
            _s("scenario", True, ("situation", "context")),
            _s("player_knows", True, ("player_knowledge",)),
            _s("character_knows", True, ("character_knowledge",)),
            _n("knowledge_gap_score", True, SCORE, ("knowledge_gap",)),
            _n("character_capacity", True, CAPACITY, ("capacity", "effective_capacity")),
            _a("response_options", _o("response_option", (
                _s("type", True, ("option_type", "response_type"), enum=IRONY_OPTION_TYPES,
                   enum_rule="irony.option_type"),
                _s("dialogue", True, ("text", "response", "line")),
                _n("relationship_impact", True, (-10.0, 10.0), ("impact", "relationship_change")),
            )), True, ("options", "dialogue_options", "responses")),
            _n("dramatic_irony_score", True, SCORE, ("irony_score",)),
            _s("character_name", aliases=("name", "npc_name", "character")),
            _s("tension_notes", aliases=("notes",)),
        ),
        quality_field="dramatic_irony_score", quality_aliases=("quality_score",), default_threshold=0.5,
        description="the player knows what the character does not; three response options by capacity",
    ),
    "tension_building": TypeSchema(
        "tension_building",
        (
            _s("character_name", True, ("name", "npc_name", "character")),
            _s("context", True, ("situation", "scenario")),
            _s("hook_type", True, ("tension_type", "hook"), enum=HOOK_TYPES, enum_rule="tension.hook_type"),
            _s("dialogue", True, ("character_dialogue", "line")),
            _s("setup", True, ("hook_setup",)),
            _o("payoff_window_weeks", (
                _n("min", True, (0.0, None)),
                _n("max", True, (0.0, None)),
            ), True, ("payoff_window", "payoff_weeks")),
            _i("relationship_level", True, (1, 5), ("level",)),
            _n("tension_score", True, SCORE, ()),
            _n("hook_effectiveness", rng=SCORE, aliases=("effectiveness",)),
            _s("payoff_hint", aliases=("payoff",)),
        ),
        quality_field="tension_score", quality_aliases=("quality_score",), default_threshold=0.6,
        description="an incomplete revelation that makes the player want one more week",
    ),
    "memory_resonance": TypeSchema(
        "memory_resonance",
        (
            _s("character_name", True, ("name", "npc_name", "character")),
            _s("current_situation", True, ("situation", "context")),
            _o("memory", (
                _s("description", True, ("text", "summary", "event")),
                _s("emotion", True, ("feeling",)),
                _n("weeks_ago", True, (0.0, None), ("when_weeks_ago", "age_weeks")),
            ), True, ("past_memory", "recalled_memory")),
            _s("resonance_type", True, ("type",), enum=RESONANCE_TYPES, enum_rule="memory.resonance_type"),
            _n("resonance_weight", True, SCORE, ("weight", "emotional_weight")),
            _s("character_response", True, ("response", "dialogue")),
            _n("resonance_score", True, SCORE, ()),
        ),
        quality_field="resonance_score", quality_aliases=("quality_score",), default_threshold=0.7,
        description="a present situation recalls an emotionally weighted memory",
    ),
    "personality_traits": TypeSchema(
        "personality_traits",
        (
            _s("scenario", True, ("situation", "context")),
            _s("dialogue", True, ("character_dialogue", "response")),
            _o("ocean", _OCEAN_FIELDS, True, ("ocean_traits", "ocean_scores", "ocean_personality",
                                              "personality", "traits")),
            _s("trait_expression", True, ("trait_analysis", "expression", "analysis")),
            _n("quality_score", True, SCORE, ("quality",)),
            _s("character_name", aliases=("name", "npc_name", "character")),
        ),
        quality_field="quality_score", default_threshold=0.6,
        description="dialogue that expresses a given OCEAN profile",
    ),
    "relationship_scoring": TypeSchema(
        "relationship_scoring",
        (
            _s("player_action", True, ("action", "player_input")),
            _s("character_response", True, ("response", "npc_response")),
            _n("relationship_score", True, SCORE, ("interaction_score", "score")),
            _n("trust_change", True, (-1.0, 1.0), ("trust_delta",)),
            _s("rationale", True, ("reasoning", "explanation", "scoring_rationale")),
            _n("quality_score", True, SCORE, ("quality",)),
            _s("character_name", aliases=("name", "npc_name", "character")),
            _s("interaction_type"),
            _i("relationship_level", rng=(1, 5), aliases=("level",)),
        ),
        quality_field="quality_score", default_threshold=0.6,
        description="how a player action changes the relationship, with a rationale",
    ),
    "multi_step": TypeSchema(
        "multi_step",
        (
            _o("npc_profile", (
                _s("name", True, ("npc_name", "character_name")),
                _i("age", rng=(0, 150)),
                _s("occupation", aliases=("job", "role")),
                _s("background", aliases=("backstory", "bio")),
            ), True, ("profile", "npc_primitives")),
            _o("npc_emotional_state", (
                _n("base_capacity", rng=CAPACITY, aliases=("baseline_capacity",)),
                _a("capacity_factors", _CAPACITY_FACTOR, aliases=("factors",)),
                _n("effective_capacity", rng=CAPACITY, aliases=("current_capacity", "capacity")),
                _s("current_emotion", aliases=("emotion", "primary_emotion")),
            ), True, ("emotional_state",)),
            _o("npc_ocean_personality", tuple(_n(t, False, SCORE, (t[0].upper(), t[0])) for t in OCEAN_TRAITS),
               aliases=("ocean_personality", "ocean", "personality")),
            _o("interaction_context", (
                _s("situation", aliases=("scenario", "context")),
                _s("player_request", aliases=("request",)),
                _n("support_needed", rng=CAPACITY, aliases=("support_level_needed",)),
                *_SYSTEMATIC_LABELS,
            ), True, ("context",)),
            _o("tension_memory", (
                _s("hook_type", enum=HOOK_TYPES, enum_rule="tension.hook_type"),
                _s("memory_reference", aliases=("memory",)),
            ), aliases=("tension",)),
            _o("npc_card_narrative", (
                _s("dialogue_prose", True, ("dialogue", "prose", "narrative")),
            ), True, ("narrative", "card_narrative")),
            _o("game_outcomes", (
                _n("trust_change", rng=(-10.0, 10.0)),
                _n("relationship_change", rng=(-10.0, 10.0)),
                _n("capacity_after", rng=CAPACITY),
            ), aliases=("outcomes",)),
            _o("training_metadata", (
                _n("authenticity_score", rng=SCORE),
                _n("quality_score", rng=SCORE, aliases=("quality",)),
                _s("complexity_type"),
                _s("pipeline_version"),
                _s("master_truths_version"),
                _s("generated_at"),
            ), aliases=("metadata",)),
        ),
        quality_field="training_metadata.quality_score",
        quality_aliases=("training_metadata.authenticity_score", "quality_score"),
        default_threshold=0.6,
        description="a composed NPC interaction (profile, state, context, tension) rendered as prose",
    ),
}

DATA_TYPES: tuple[str, ...] = tuple(SCHEMAS)
TYPED_DATA_TYPES: tuple[str, ...] = tuple(t for t in SCHEMAS if t != "multi_step")


def schema_for(data_type: str) -> TypeSchema:
    try:
        return SCHEMAS[data_type]
    except KeyError:
        raise KeyError(f"unknown data type {data_type!r}; known: {', '.join(DATA_TYPES)}") from None


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
        out["properties"] = {c.name: _field_schema(c) for c in f.fields}
        req = [c.name for c in f.fields if c.required]
        if req:
            out["required"] = req
    if f.type == "array" and f.items is not None:
        out["items"] = _field_schema(f.items)
        out["minItems"] = 1
    return out


def json_schema(data_type: str) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for one sample of `data_type`, e.g. for structured output.

    Only canonical names appear (no aliases); unknown extra fields are allowed.
    """
    s = schema_for(data_type)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": s.data_type,
        "description": s.description,
        "type": "object",
        "properties": {f.name: _field_schema(f) for f in s.fields},
        "required": list(s.required),
    }


def batch_json_schema(data_type: str) -> dict[str, Any]:
    """A JSON Schema for a list of samples of `data_type` (what one generation call returns)."""
    one = json_schema(data_type)
    one.pop("$schema", None)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "items": one,
            "minItems": 1}
