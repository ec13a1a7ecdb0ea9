"""The multi-step pipeline (v2.2): NPC primitives -> context -> tension -> dialogue -> outcomes.

Four focused calls instead of one giant prompt; each step sees the previous steps' results. The fifth
step (game outcomes) is arithmetic and runs locally, as do the capacity formula and the quality
score. Step schemas are slices of the ingest's multi-step schema, so the composed interaction has
exactly the documented shape. What each step answers and where each value lands in the interaction is
the domain spec's `generation.multi_step` table.
"""

from __future__ import annotations

import re
from typing import Any

from ..domain import load_spec
from ..ingest.interactions.schemas import HOOK_TYPES, OCEAN_TRAITS, json_schema
from .parameters import SLOTS
from .settings import MULTI_STEP
from .typed import _clamp, _set, fit_factors

_SPEC = load_spec()
_RULES = _SPEC.rules
_MS = _SPEC.raw["generation"]["multi_step"]
#: answer key of each step value (role -> the key the step's schema and prompt use)
ANSWERS: dict[str, str] = _MS["answers"]
#: where the composed interaction puts each value (role -> dotted path of the multi_step type)
FIELDS: dict[str, str] = _MS["fields"]
PROFILE_KEYS: list[str] = _MS["profile_keys"]


def _object_schema(fields: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": fields, "required": required}


def _part(path: str) -> dict[str, Any]:
    """JSON schema of one (dotted) field of the ingest's multi-step schema (e.g. 'npc_profile')."""
    node: dict[str, Any] = json_schema(MULTI_STEP)
    for part in path.split("."):
        node = node["properties"][part]
    return dict(node)


_STR = {"type": "string"}
_SCORE = {"type": "number", "minimum": 0, "maximum": 1}


def _answer_schema(role: str) -> dict[str, Any]:
    if role == "profile":
        return {**_part(FIELDS[role]), "required": list(PROFILE_KEYS)}
    if role == "ocean":
        return {**_part(FIELDS[role]), "required": list(OCEAN_TRAITS)}
    if role == "factors":
        return _part(FIELDS[role])
    if role == "hook":
        return {"type": "string", "enum": list(HOOK_TYPES)}
    if role == "authenticity":
        return _SCORE
    return _STR


STEP_SCHEMAS: dict[str, dict[str, Any]] = {
    step: _object_schema({ANSWERS[r]: _answer_schema(r) for r in roles}, [ANSWERS[r] for r in roles])
    for step, roles in _MS["steps"].items()
}
STEPS = tuple(_MS["steps"])

_CONTRACTION = re.compile(r"\b\w+'(?:ll|re|ve|d|s|t|m)\b", re.I)


def step_values(step: str, slot: dict[str, Any], done: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Template variables of a step: the slot's parameters plus everything earlier steps produced."""
    v: dict[str, Any] = dict(slot)
    v["delta"] = round(slot[SLOTS["effective"]] - slot[SLOTS["base"]], 1)
    if STEPS[0] in done:
        p = done[STEPS[0]]
        v["profile"] = p[ANSWERS["profile"]]
        v[ANSWERS["emotion"]] = p.get(ANSWERS["emotion"], _MS["default_emotion"])
    for later in STEPS[1:3]:  # context and tension answers are template variables as they are
        if later in done:
            v.update(done[later])
    return v


def check_step(step: str, value: Any) -> dict[str, Any]:
    """The step's answer if it has what later steps need; ValueError otherwise."""
    if not isinstance(value, dict):
        raise ValueError(f"step {step}: answer is not an object")
    for key in STEP_SCHEMAS[step]["required"]:
        if value.get(key) in (None, "", [], {}):
            raise ValueError(f"step {step}: '{key}' missing")
    profile, prose = ANSWERS["profile"], ANSWERS["prose"]
    if profile in STEP_SCHEMAS[step]["properties"]:
        prof = value[profile]
        if not isinstance(prof, dict) or not str(prof.get(PROFILE_KEYS[0]) or "").strip():
            raise ValueError(f"step {step}: {profile}.{PROFILE_KEYS[0]} missing")
    if prose in STEP_SCHEMAS[step]["properties"] and len(str(value[prose]).split()) < 5:
        raise ValueError(f"step {step}: {prose} is too short")
    return value


def outcomes(slot: dict[str, Any], authenticity: float) -> dict[str, float]:
    """Step 5, local: trust and relationship follow authenticity; giving support costs capacity.

    trust = 2 * (authenticity - 0.5), softened to 60% when the need is beyond X+2;
    relationship = trust / 2 (+0.1 when the need was within reach, -0.1 otherwise);
    after = effective - 0.3 * support actually given (at most X+2), on the capacity scale.
    Keyed by role; `compose` puts them at generation.multi_step.fields.
    """
    eff, need = slot[SLOTS["effective"]], slot["support_needed"]
    limit = eff + _RULES.capacity.x_plus
    within = need <= limit
    trust = 2 * (authenticity - 0.5) * (1.0 if within else 0.6)
    given = min(need, limit)
    lo, hi = _RULES.capacity.scale
    return {
        "trust": round(trust, 2),
        "relationship": round(trust / 2 + (0.1 if within else -0.1), 2),
        "after": round(min(hi, max(lo, eff - 0.3 * given)), 1),
    }


def quality_score(prose: str, raw_authenticity: float, slot: dict[str, Any]) -> float:
    """A structural quality estimate in [0.5, 1]: 60-120 words, contractions, the model's own
    authenticity rating inside the target range. (The judge scores content; this scores form.)"""
    words = len(prose.split())
    length = 1.0 if 60 <= words <= 120 else max(0.0, 1 - min(abs(words - 60), abs(words - 120)) / 60)
    contractions = 1.0 if _CONTRACTION.search(prose) else 0.0
    lo, hi = slot["authenticity_range"]
    on_target = 1.0 if lo <= raw_authenticity <= hi else 0.0
    return round(0.5 + 0.5 * (length + contractions + on_target) / 3, 2)


def compose(
    slot: dict[str, Any],
    done: dict[str, dict[str, Any]],
    *,
    pipeline_version: str,
    master_truths_version: str,
    generated_at: str,
) -> dict[str, Any]:
    """The interaction in the documented shape, with outcomes and metadata computed locally."""
    p, c, t, d = (done[s] for s in STEPS)
    A = ANSWERS
    base, eff = slot[SLOTS["base"]], slot[SLOTS["effective"]]
    lo, hi = slot["authenticity_range"]
    raw_auth = _clamp(d.get(A["authenticity"]), 0.0, 1.0, (lo + hi) / 2)
    auth = _clamp(raw_auth, lo, hi)
    prose = str(d[A["prose"]]).strip()
    profile = {k: p[A["profile"]].get(k) for k in PROFILE_KEYS}
    age = PROFILE_KEYS[1]
    try:
        profile[age] = int(profile[age])
    except (TypeError, ValueError):
        profile[age] = _MS["default_age"]
    ocean = p.get(A["ocean"]) or {}
    hook = t.get(A["hook"])
    values: list[tuple[str, Any]] = [
        ("profile", profile),
        ("base", base),
        ("factors", fit_factors(p.get(A["factors"]), base, eff)),
        ("effective", eff),
        ("emotion", str(p.get(A["emotion"]) or "")),
        ("ocean", {k: _clamp(ocean.get(k), 0.0, 1.0, 0.5) for k in OCEAN_TRAITS}),
        ("situation", str(c[A["situation"]])),
        ("request", str(c[A["request"]])),
        ("support_needed", slot["support_needed"]),
        ("complexity_type", slot["complexity_type"]),
        ("authenticity_target", slot["authenticity_target"]),
        ("capacity_level", slot["capacity_level"]),
        ("hook", hook if hook in HOOK_TYPES else _MS["default_hook"]),
        ("memory", str(t.get(A["memory"]) or "")),
        ("prose", prose),
        *outcomes(slot, auth).items(),
        ("authenticity", auth),
        ("quality", quality_score(prose, raw_auth, slot)),
        ("metadata_complexity_type", slot["complexity_type"]),
        ("pipeline", pipeline_version),
        ("version", master_truths_version),
        ("generated", generated_at),
    ]
    out: dict[str, Any] = {}
    for role, value in values:
        _set(out, FIELDS[role], value)
    return out
