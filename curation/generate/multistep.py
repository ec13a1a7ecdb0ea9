"""The multi-step pipeline (v2.2): NPC primitives -> context -> tension -> dialogue -> outcomes.

Four focused calls instead of one giant prompt; each step sees the previous steps' results. The fifth
step (game outcomes) is arithmetic and runs locally, as do the capacity formula and the quality
score. Step schemas are slices of the ingest's multi-step schema, so the composed interaction has
exactly the documented shape.
"""

from __future__ import annotations

import re
from typing import Any

from ..ingest.interactions.schemas import HOOK_TYPES, OCEAN_TRAITS, json_schema
from .typed import _clamp, fit_factors


def _object_schema(fields: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": fields, "required": required}


def _part(path: str) -> dict[str, Any]:
    """JSON schema of one field of the ingest's multi-step schema (e.g. 'npc_profile')."""
    return dict(json_schema("multi_step")["properties"][path])


_STR = {"type": "string"}
_SCORE = {"type": "number", "minimum": 0, "maximum": 1}

STEP_SCHEMAS: dict[str, dict[str, Any]] = {
    "primitives": _object_schema({
        "npc_profile": {**_part("npc_profile"), "required": ["name", "age", "occupation", "background"]},
        "capacity_factors": _part("npc_emotional_state")["properties"]["capacity_factors"],
        "current_emotion": _STR,
        "npc_ocean_personality": {**_part("npc_ocean_personality"), "required": list(OCEAN_TRAITS)},
    }, ["npc_profile", "capacity_factors", "current_emotion", "npc_ocean_personality"]),
    "context": _object_schema({"situation": _STR, "player_request": _STR}, ["situation", "player_request"]),
    "tension": _object_schema({"hook_type": {"type": "string", "enum": list(HOOK_TYPES)},
                               "memory_reference": _STR}, ["hook_type", "memory_reference"]),
    "dialogue": _object_schema({"dialogue_prose": _STR, "authenticity_score": _SCORE},
                               ["dialogue_prose", "authenticity_score"]),
}
STEPS = ("primitives", "context", "tension", "dialogue")

_CONTRACTION = re.compile(r"\b\w+'(?:ll|re|ve|d|s|t|m)\b", re.I)


def step_values(step: str, slot: dict[str, Any], done: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Template variables of a step: the slot's parameters plus everything earlier steps produced."""
    v: dict[str, Any] = dict(slot)
    v["delta"] = round(slot["effective_capacity"] - slot["base_capacity"], 1)
    if "primitives" in done:
        p = done["primitives"]
        v["profile"] = p["npc_profile"]
        v["current_emotion"] = p.get("current_emotion", "tired")
    if "context" in done:
        v.update(done["context"])
    if "tension" in done:
        v.update(done["tension"])
    return v


def check_step(step: str, value: Any) -> dict[str, Any]:
    """The step's answer if it has what later steps need; ValueError otherwise."""
    if not isinstance(value, dict):
        raise ValueError(f"step {step}: answer is not an object")
    for key in STEP_SCHEMAS[step]["required"]:
        if value.get(key) in (None, "", [], {}):
            raise ValueError(f"step {step}: '{key}' missing")
    if step == "primitives":
        prof = value["npc_profile"]
        if not isinstance(prof, dict) or not str(prof.get("name") or "").strip():
            raise ValueError("step primitives: npc_profile.name missing")
    if step == "dialogue" and len(str(value["dialogue_prose"]).split()) < 5:
        raise ValueError("step dialogue: dialogue_prose is too short")
    return value


def outcomes(slot: dict[str, Any], authenticity: float) -> dict[str, float]:
    """Step 5, local: trust and relationship follow authenticity; giving support costs capacity.

    trust_change = 2 * (authenticity - 0.5), softened to 60% when the need is beyond X+2;
    relationship_change = trust_change / 2 (+0.1 when the need was within reach, -0.1 otherwise);
    capacity_after = effective - 0.3 * support actually given (at most X+2).
    """
    eff, need = slot["effective_capacity"], slot["support_needed"]
    within = need <= eff + 2
    trust = 2 * (authenticity - 0.5) * (1.0 if within else 0.6)
    given = min(need, eff + 2)
    return {"trust_change": round(trust, 2),
            "relationship_change": round(trust / 2 + (0.1 if within else -0.1), 2),
            "capacity_after": round(min(10.0, max(0.0, eff - 0.3 * given)), 1)}


def quality_score(prose: str, raw_authenticity: float, slot: dict[str, Any]) -> float:
    """A structural quality estimate in [0.5, 1]: 60-120 words, contractions, the model's own
    authenticity rating inside the target range. (The judge scores content; this scores form.)"""
    words = len(prose.split())
    length = 1.0 if 60 <= words <= 120 else max(0.0, 1 - min(abs(words - 60), abs(words - 120)) / 60)
    contractions = 1.0 if _CONTRACTION.search(prose) else 0.0
    lo, hi = slot["authenticity_range"]
    on_target = 1.0 if lo <= raw_authenticity <= hi else 0.0
    return round(0.5 + 0.5 * (length + contractions + on_target) / 3, 2)


def compose(slot: dict[str, Any], done: dict[str, dict[str, Any]], *, pipeline_version: str,
            master_truths_version: str, generated_at: str) -> dict[str, Any]:
    """The interaction in the documented shape, with outcomes and metadata computed locally."""
    p, c, t, d = (done[s] for s in STEPS)
    base, eff = slot["base_capacity"], slot["effective_capacity"]
    lo, hi = slot["authenticity_range"]
    raw_auth = _clamp(d.get("authenticity_score"), 0.0, 1.0, (lo + hi) / 2)
    auth = _clamp(raw_auth, lo, hi)
    prose = str(d["dialogue_prose"]).strip()
    profile = {k: p["npc_profile"].get(k) for k in ("name", "age", "occupation", "background")}
    try:
        profile["age"] = int(profile["age"])
    except (TypeError, ValueError):
        profile["age"] = 35
    ocean = p.get("npc_ocean_personality") or {}
    return {
        "npc_profile": profile,
        "npc_emotional_state": {"base_capacity": base,
                                "capacity_factors": fit_factors(p.get("capacity_factors"), base, eff),
                                "effective_capacity": eff,
                                "current_emotion": str(p.get("current_emotion") or "")},
        "npc_ocean_personality": {k: _clamp(ocean.get(k), 0.0, 1.0, 0.5) for k in OCEAN_TRAITS},
        "interaction_context": {"situation": str(c["situation"]), "player_request": str(c["player_request"]),
                                "support_needed": slot["support_needed"],
                                "complexity_type": slot["complexity_type"],
                                "authenticity_target": slot["authenticity_target"],
                                "capacity_level": slot["capacity_level"]},
        "tension_memory": {"hook_type": t["hook_type"] if t.get("hook_type") in HOOK_TYPES else "mystery_hook",
                           "memory_reference": str(t.get("memory_reference") or "")},
        "npc_card_narrative": {"dialogue_prose": prose},
        "game_outcomes": outcomes(slot, auth),
        "training_metadata": {"authenticity_score": auth,
                              "quality_score": quality_score(prose, raw_auth, slot),
                              "complexity_type": slot["complexity_type"],
                              "pipeline_version": pipeline_version,
                              "master_truths_version": master_truths_version,
                              "generated_at": generated_at},
    }
