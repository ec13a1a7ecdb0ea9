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
    options = load_spec().type(data_type).roles.irony.get("options")
    if options:  # one option of each type (tone-deaf, misguided, growth)
        item["properties"][options[0]].update(minItems=len(IRONY_TYPES), maxItems=len(IRONY_TYPES))
    return {
        "type": "object",
        "properties": {"samples": {"type": "array", "items": item, "minItems": n, "maxItems": n}},
        "required": ["samples"],
    }


_SPEC = load_spec()
_RULES = _SPEC.rules
IRONY_TYPES = _RULES.irony_option_types
_GEN = _SPEC.raw["generation"]
_SLOTS = _GEN["slots"]


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
        recommended = _SPEC.type(data_type).roles.irony.get("recommended")
        if recommended:
            s["option_types"] = list(IRONY_TYPES)
            s[recommended[0]] = in_character_option(s[_SLOTS["irony_capacity"]])
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
    impact grows past it); otherwise the difference is shared equally. Rounded to 0.1 with the remainder on the
    last factor.
    """
    delta = round(effective - base, 1)
    items = [f for f in (factors if isinstance(factors, list) else []) if isinstance(f, dict)]
    items = [
        {"factor": str(f.get("factor") or f.get("name") or f"factor_{i + 1}"), "impact": _num(f.get("impact"))}
        for i, f in enumerate(items)
    ][:6]
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
    return [{"factor": f["factor"], "impact": r} for f, r in zip(items, rounded, strict=False)]


def constraint_text(effective: float, support: float) -> str:
    x = _RULES.capacity.x_plus
    plus = f"{x:g}"
    limit = round(min(_RULES.capacity.scale[1], effective + x), 1)
    if support > limit:
        return (
            f"Capacity {effective} + {plus} = {limit} max support; needs {support}, so the response shows "
            f"an honest limitation instead of full support."
        )
    return f"Capacity {effective} + {plus} = {limit} max support; needs {support}, which is within reach."


def _get(sample: dict[str, Any], path: str) -> Any:
    node: Any = sample
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _set(sample: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted path; parent objects are copied (a non-object parent becomes {}), keys keep their order."""
    head, _, rest = path.partition(".")
    if not rest:
        sample[head] = value
        return
    parent = sample.get(head)
    parent = dict(parent) if isinstance(parent, dict) else {}
    _set(parent, rest, value)
    sample[head] = parent


def _irony_options(data_type: str, value: Any) -> list[dict[str, Any]]:
    """One option per irony option type (unknown or repeated types take the next free one), each impact
    clamped to its type's range, in the rule table's order."""
    irony = _SPEC.type(data_type).roles.irony
    kind, impact = irony["option_type"][0], irony["impact"][0]
    options: list[dict[str, Any]] = []
    for o in (x for x in (value or []) if isinstance(x, dict)):
        t = str(o.get(kind, "")).strip().lower().replace("-", "_").replace(" ", "_")
        if t not in IRONY_TYPES or t in {x[kind] for x in options}:
            free = [x for x in IRONY_TYPES if x not in {y[kind] for y in options}]
            if not free:
                break
            t = free[0]
        lo, hi = IRONY_IMPACT[t]
        options.append({**o, kind: t, impact: _clamp(o.get(impact), lo, hi, (lo + hi) / 2)})
    return sorted(options, key=lambda o: IRONY_TYPES.index(o[kind]))


def _finish_value(data_type: str, step: dict[str, Any], s: dict[str, Any], slot: dict[str, Any]) -> Any:
    current = _get(s, step["field"])
    if "slot" in step:
        v = slot[step["slot"]]
        return dict(v) if isinstance(v, dict) else v
    if "range" in step:
        r = step["range"]
        lo, hi = _SPEC.scales[r] if isinstance(r, str) else r
        return _clamp(current, lo, hi, step.get("default"))
    if "slot_range" in step:
        lo, hi = slot[step["slot_range"]]
        return _clamp(current, lo, hi, step.get("default", (lo + hi) / 2))
    if "fit_factors" in step:
        base, eff = step["fit_factors"]
        return fit_factors(current, slot[base], slot[eff])
    if "constraint" in step:
        eff, support = step["constraint"]
        return current or constraint_text(slot[eff], slot[support])
    if "irony_options" in step:
        return _irony_options(data_type, current)
    if "in_character" in step:
        return in_character_option(slot[step["in_character"]])
    if "at_least" in step:
        return max(step["at_least"], _num(current, slot[step["default_slot"]]))
    raise ValueError(f"generation.finish.{data_type}: no operation in {step}")


def finish_sample(data_type: str, sample: dict[str, Any], slot: dict[str, Any]) -> dict[str, Any]:
    """Enforce the slot's parameters and the rule tables on one model-written sample (the domain spec's
    generation.finish steps for the data type, in order)."""
    s = dict(sample)
    for step in _GEN["finish"].get(data_type, ()):
        if step.get("if_present") and _get(s, step["field"]) is None and step["field"] not in s:
            continue
        _set(s, step["field"], _finish_value(data_type, step, s, slot))
    return s
