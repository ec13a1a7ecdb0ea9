"""The six typed generators: one call asks for N examples with shared rules (a shared-context batch).

Each example slot carries the parameters the planner chose (capacity, hook type, OCEAN profile...).
The prompt states them, the structured-output schema is the ingest's own sample schema, and
`finish_sample` then enforces locally what is arithmetic or a rule table rather than writing:
effective capacity from base and factors, payoff windows per hook type, resonance weights, the
impact range per irony option type, the systematic labels. The model writes; the rules are computed.
"""

from __future__ import annotations

from typing import Any

from ..domain import load_spec
from ..ingest.interactions.schemas import json_schema
from .parameters import IRONY_IMPACT

ROUND = 2


def request_schema(data_type: str, n: int) -> dict[str, Any]:
    """``{"samples": [n samples]}`` with the ingest's per-sample schema."""
    item = json_schema(data_type)
    item.pop("$schema", None)
    if data_type == "dramatic_irony":  # one option of each type (tone-deaf, misguided, growth)
        item["properties"]["response_options"].update(minItems=3, maxItems=3)
    return {"type": "object", "properties": {"samples": {"type": "array", "items": item,
                                                          "minItems": n, "maxItems": n}},
            "required": ["samples"]}


_RULES = load_spec().rules
IRONY_TYPES = _RULES.irony_option_types


def in_character_option(capacity: float) -> str:
    """The option a character at this capacity would take (the spec's option capacity ranges: the first
    option whose upper bound lies above the capacity; tone-deaf < 4, misguided 4-6, growth >= 7)."""
    for name, opt in _RULES.irony_options.items():
        if capacity < opt.capacity[1]:
            return name
    return IRONY_TYPES[-1]


def prompt_slots(data_type: str, slots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for s in slots:
        s = dict(s)
        if data_type == "dramatic_irony":
            s["option_types"] = list(IRONY_TYPES)
            s["recommended_option"] = in_character_option(s["character_capacity"])
        out.append(s)
    return out


# ---- local arithmetic --------------------------------------------------------------------------
def _num(v: Any, default: float = 0.0) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return default


def _clamp(v: Any, lo: float, hi: float, default: float | None = None) -> float:
    x = _num(v, lo if default is None else default)
    return round(min(hi, max(lo, x)), ROUND)


def fit_factors(factors: Any, base: float, effective: float) -> list[dict[str, Any]]:
    """Capacity factors whose impacts add up exactly to ``effective - base`` (capacity.effective_formula).

    The model's relative weights are kept when every impact has the sign of the difference (so no
    impact grows past it); otherwise the difference is shared equally. Rounded to 0.1 with the remainder on the last factor.
    """
    delta = round(effective - base, 1)
    items = [f for f in (factors if isinstance(factors, list) else []) if isinstance(f, dict)]
    items = [{"factor": str(f.get("factor") or f.get("name") or f"factor_{i + 1}"),
              "impact": _num(f.get("impact"))} for i, f in enumerate(items)][:6]
    if not items:
        items = [{"factor": "current_circumstances", "impact": delta}]
    same_sign = all((f["impact"] < 0) == (delta < 0) and f["impact"] != 0 for f in items)
    total = sum(f["impact"] for f in items)
    if delta and same_sign and total:
        scaled = [f["impact"] * delta / total for f in items]  # keeps the model's proportions
    else:
        scaled = [delta / len(items)] * len(items)
    rounded = [round(x, 1) for x in scaled]
    rounded[-1] = round(delta - sum(rounded[:-1]), 1)
    return [{"factor": f["factor"], "impact": r} for f, r in zip(items, rounded)]


def constraint_text(effective: float, support: float) -> str:
    x = _RULES.capacity.x_plus
    plus = f"{x:g}"
    limit = round(min(_RULES.capacity.scale[1], effective + x), 1)
    if support > limit:
        return (f"Capacity {effective} + {plus} = {limit} max support; needs {support}, so the response shows "
                f"an honest limitation instead of full support.")
    return f"Capacity {effective} + {plus} = {limit} max support; needs {support}, which is within reach."


def finish_sample(data_type: str, sample: dict[str, Any], slot: dict[str, Any]) -> dict[str, Any]:
    """Enforce the slot's parameters and the rule tables on one model-written sample."""
    s = dict(sample)
    if data_type == "emotional_authenticity":
        base, eff = slot["base_capacity"], slot["effective_capacity"]
        s["base_capacity"] = base
        s["capacity_factors"] = fit_factors(s.get("capacity_factors"), base, eff)
        s["effective_capacity"] = eff
        s["support_level_needed"] = slot["support_needed"]
        lo, hi = slot["authenticity_range"]
        s["authenticity_score"] = _clamp(s.get("authenticity_score"), lo, hi, (lo + hi) / 2)
        if not s.get("demonstrates_constraint"):
            s["demonstrates_constraint"] = constraint_text(eff, slot["support_needed"])
        for k in ("capacity_level", "authenticity_target", "complexity_type"):
            s[k] = slot[k]
    elif data_type == "dramatic_irony":
        cap = slot["character_capacity"]
        s["character_capacity"] = cap
        s["knowledge_gap_score"] = _clamp(s.get("knowledge_gap_score"), 0.6, 1.0, 0.75)
        options = []
        for i, o in enumerate(x for x in (s.get("response_options") or []) if isinstance(x, dict)):
            t = str(o.get("type", "")).strip().lower().replace("-", "_").replace(" ", "_")
            if t not in IRONY_TYPES or t in {x["type"] for x in options}:
                free = [x for x in IRONY_TYPES if x not in {y["type"] for y in options}]
                if not free:
                    break
                t = free[0]
            lo, hi = IRONY_IMPACT[t]
            options.append({**o, "type": t, "relationship_impact": _clamp(o.get("relationship_impact"), lo, hi,
                                                                            (lo + hi) / 2)})
        s["response_options"] = sorted(options, key=lambda o: IRONY_TYPES.index(o["type"]))
        s["recommended_option"] = in_character_option(cap)
        s["dramatic_irony_score"] = _clamp(s.get("dramatic_irony_score"), 0.0, 1.0, 0.7)
    elif data_type == "tension_building":
        s["hook_type"] = slot["hook_type"]
        s["relationship_level"] = slot["relationship_level"]
        s["payoff_window_weeks"] = dict(slot["payoff_window_weeks"])
        s["tension_score"] = _clamp(s.get("tension_score"), 0.0, 1.0, 0.7)
        if "hook_effectiveness" in s:
            s["hook_effectiveness"] = _clamp(s["hook_effectiveness"], 0.0, 1.0, 0.7)
    elif data_type == "memory_resonance":
        s["resonance_type"] = slot["resonance_type"]
        s["resonance_weight"] = slot["resonance_weight"]
        mem = s.get("memory") if isinstance(s.get("memory"), dict) else {}
        s["memory"] = {**mem, "weeks_ago": max(0.0, _num(mem.get("weeks_ago"), slot["weeks_ago"]))}
        s["resonance_score"] = _clamp(s.get("resonance_score"), 0.0, 1.0, 0.75)
    elif data_type == "personality_traits":
        s["ocean"] = dict(slot["ocean"])
        s["quality_score"] = _clamp(s.get("quality_score"), 0.0, 1.0, 0.7)
    elif data_type == "relationship_scoring":
        s["interaction_type"] = slot["interaction_type"]
        s["relationship_level"] = slot["relationship_level"]
        s["relationship_score"] = _clamp(s.get("relationship_score"), 0.0, 1.0, 0.5)
        s["trust_change"] = _clamp(s.get("trust_change"), -1.0, 1.0, 0.0)
        s["quality_score"] = _clamp(s.get("quality_score"), 0.0, 1.0, 0.7)
    return s
