"""Master Truths v1.2 rules as named checks, and the labels derived from numbers.

Each rule has a stable id (`capacity.x_plus_2`, `irony.relationship_impact`, ...) listed in `RULES`;
`violations(data_type, sample, cfg)` returns the ids a (schema-valid) sample breaks. Which violations
drop a record is configuration (`interactions.drop_rules`); the rest are flagged on the record.

The numbers are the spec's (generation-pipeline-readme.md "Master Truths v1.2 Compliance",
systematic-generation-v1.2.md parameter buckets). Rules only judge what a sample states: a missing
optional field is not a violation.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from .normalize import get_path, normalize_label
from .schemas import HOOK_TYPES, IRONY_OPTION_TYPES, RESONANCE_TYPES
from .settings import InteractionsConfig

#: Systematic capacity buckets; values in the gaps between buckets are tolerated on both sides.
CAPACITY_BUCKETS: dict[str, tuple[float, float]] = {
    "crisis": (0.0, 1.5), "low": (2.0, 4.0), "medium": (4.5, 6.5), "high": (7.0, 10.0)}
AUTHENTICITY_BUCKETS: dict[str, tuple[float, float]] = {
    "failed": (0.0, 0.4), "struggling": (0.4, 0.6), "authentic": (0.6, 0.8), "excellent": (0.8, 1.0)}
#: Dramatic irony option types by the character's capacity (tone-deaf < 4, misguided 4-6, growth >= 7).
IRONY_OPTION_CAPACITY: dict[str, tuple[float, float]] = {
    "tone_deaf": (0.0, 4.0), "misguided": (4.0, 7.0), "growth": (6.0, 10.0)}
IRONY_RELATIONSHIP_IMPACT: dict[str, tuple[float, float]] = {
    "tone_deaf": (-1.5, -0.5), "misguided": (-0.5, -0.2), "growth": (0.3, 0.8)}
KNOWLEDGE_GAP_TRIGGER = 0.6
PAYOFF_WINDOW_WEEKS: dict[str, tuple[float, float]] = {
    "mystery_hook": (2, 4), "partial_reveal": (2, 4), "contradiction": (5, 8), "stakes_escalation": (0, 2)}
RESONANCE_WEIGHTS: dict[str, float] = {
    "same_emotion_different_context": 0.8, "opposite_emotion_growth": 0.9, "past_trauma_trigger": 0.95,
    "joy_sadness_contrast": 0.85, "emotional_growth_callback": 0.7}
X_PLUS = 2.0
_EPS = 1e-9

RULES: dict[str, str] = {
    "capacity.effective_formula": "effective_capacity == clamp(base_capacity + sum(factor impacts), 0, 10)",
    "capacity.x_plus_2": "support needed above effective capacity + 2 must show limitation "
                         "(target not 'excellent', demonstrates_constraint present, support provided <= X+2)",
    "capacity.bucket": "capacity_level label agrees with effective capacity (crisis/low/medium/high)",
    "authenticity.bucket": "authenticity_target label agrees with the authenticity score",
    "complexity.type": "complexity_type is in a configured list",
    "irony.option_type": "response option type is tone_deaf, misguided or growth",
    "irony.option_capacity": "option types fit capacity: tone_deaf < 4, misguided 4-6, growth >= 7",
    "irony.relationship_impact": "impact in range: tone_deaf -1.5..-0.5, misguided -0.5..-0.2, growth 0.3..0.8",
    "irony.knowledge_gap": "knowledge_gap_score >= 0.6 (irony triggers)",
    "tension.hook_type": "hook_type is mystery_hook, partial_reveal, contradiction or stakes_escalation",
    "tension.payoff_window": "payoff window within the hook type's (mystery/partial 2-4, contradiction 5-8, "
                             "stakes 0-2 weeks), min <= max",
    "memory.resonance_type": "resonance_type is one of the five types",
    "memory.resonance_weight": "resonance_weight equals the type's weight (0.8/0.9/0.95/0.85/0.7)",
}


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _label(v: Any) -> str | None:
    return normalize_label(v) if isinstance(v, str) and v.strip() else None


def capacity_bucket(x: float) -> str:
    """Nearest systematic capacity bucket of an effective capacity."""
    best, dist = "medium", float("inf")
    for name, (lo, hi) in CAPACITY_BUCKETS.items():
        d = 0.0 if lo <= x <= hi else min(abs(x - lo), abs(x - hi))
        if d < dist:
            best, dist = name, d
    return best


def authenticity_bucket(score: float) -> str:
    for name in ("failed", "struggling", "authentic"):
        if score < AUTHENTICITY_BUCKETS[name][1]:
            return name
    return "excellent"


def _bucket_allows(buckets: dict[str, tuple[float, float]], label: str, x: float, tol: float) -> bool:
    """x fits `label`'s range, extended over the gaps to the neighbouring buckets."""
    names = list(buckets)
    i = names.index(label)
    lo, hi = buckets[label]
    if i > 0:
        lo = buckets[names[i - 1]][1]
    else:
        lo = min(lo, 0.0)
    if i < len(names) - 1:
        hi = buckets[names[i + 1]][0]
    return lo - tol <= x <= hi + tol


def target_agrees(target: str, score: float, tolerance: float) -> bool:
    """The authenticity score lies in the target's range (widened by `tolerance`; bounds inclusive)."""
    return _bucket_allows(AUTHENTICITY_BUCKETS, target, score, max(tolerance, _EPS))


def is_authenticity_field(path: str | None) -> bool:
    """A quality path that measures authenticity ('authenticity_score', 'training_metadata.authenticity_score')
    rather than quality: on the spectrum, a low value is intended, not bad."""
    return isinstance(path, str) and path.rsplit(".", 1)[-1].startswith("authenticity")


def spectrum_target(metadata: dict[str, Any], cfg: InteractionsConfig) -> str | None:
    """The declared authenticity target a spectrum-aware quality gate judges instead of a threshold, or None.

    Applies when the record's quality score is its authenticity score (no quality score of its own) and the
    sample itself states a known `authenticity_target` (a label derived from the score does not count).
    """
    if not cfg.spectrum_aware_quality or not is_authenticity_field(metadata.get("quality_field")):
        return None
    target = metadata.get("authenticity_target")
    if target not in AUTHENTICITY_BUCKETS or "authenticity_target" in (metadata.get("labels_derived") or ()):
        return None
    return target


# ---- the facts a rule reads, per data type ----------------------------------------------------------
def capacity_facts(data_type: str, s: dict[str, Any]) -> dict[str, Any]:
    """Capacity numbers and systematic labels, wherever the type keeps them."""
    if data_type == "multi_step":
        st = s.get("npc_emotional_state") or {}
        ctx = s.get("interaction_context") or {}
        meta = s.get("training_metadata") or {}
        return {
            "base": _num(st.get("base_capacity")), "factors": st.get("capacity_factors"),
            "effective": _num(st.get("effective_capacity")), "support": _num(ctx.get("support_needed")),
            "capacity_level": _label(ctx.get("capacity_level")),
            "authenticity_target": _label(ctx.get("authenticity_target")),
            "complexity_type": _label(ctx.get("complexity_type") or meta.get("complexity_type")),
            "authenticity_score": _num(meta.get("authenticity_score")),
            "constraint": None, "support_provided": _num(ctx.get("support_provided")),
        }
    if data_type == "emotional_authenticity":
        return {
            "base": _num(s.get("base_capacity")), "factors": s.get("capacity_factors"),
            "effective": _num(s.get("effective_capacity")), "support": _num(s.get("support_level_needed")),
            "capacity_level": _label(s.get("capacity_level")),
            "authenticity_target": _label(s.get("authenticity_target")),
            "complexity_type": _label(s.get("complexity_type")),
            "authenticity_score": _num(s.get("authenticity_score")),
            "constraint": s.get("demonstrates_constraint"),
            "support_provided": _num(s.get("support_provided", s.get("support_level_provided"))),
        }
    if data_type == "dramatic_irony":
        return {"effective": _num(s.get("character_capacity")), "capacity_level": _label(s.get("capacity_level"))}
    return {}


# ---- the rules -------------------------------------------------------------------------------------
def _capacity_rules(data_type: str, s: dict[str, Any], cfg: InteractionsConfig) -> Iterator[str]:
    f = capacity_facts(data_type, s)
    if not f:
        return
    tol = cfg.capacity_tolerance
    eff, base, factors = f.get("effective"), f.get("base"), f.get("factors")
    if eff is not None and base is not None and isinstance(factors, list):
        impacts = [_num(x.get("impact")) if isinstance(x, dict) else None for x in factors]
        if all(i is not None for i in impacts):
            expected = min(10.0, max(0.0, base + sum(impacts)))  # type: ignore[arg-type]
            if abs(expected - eff) > tol:
                yield "capacity.effective_formula"
    support = f.get("support")
    if eff is not None and support is not None and support > eff + X_PLUS + tol:
        provided = f.get("support_provided")
        constraint = f.get("constraint")
        if (f.get("authenticity_target") == "excellent"
                or (provided is not None and provided > eff + X_PLUS + tol)
                or (data_type == "emotional_authenticity"
                    and not (isinstance(constraint, str) and constraint.strip()))):
            yield "capacity.x_plus_2"
    elif eff is not None and f.get("support_provided") is not None and f["support_provided"] > eff + X_PLUS + tol:
        yield "capacity.x_plus_2"
    level = f.get("capacity_level")
    if level is not None and eff is not None:
        if level not in CAPACITY_BUCKETS or not _bucket_allows(CAPACITY_BUCKETS, level, eff, tol):
            yield "capacity.bucket"
    target, score = f.get("authenticity_target"), f.get("authenticity_score")
    if target is not None and score is not None:
        if target not in AUTHENTICITY_BUCKETS or not target_agrees(target, score, cfg.authenticity_target_tolerance):
            yield "authenticity.bucket"
    ctype = f.get("complexity_type")
    if ctype is not None and ctype not in cfg.all_complexity_types():
        yield "complexity.type"


def _irony_rules(s: dict[str, Any], cfg: InteractionsConfig) -> Iterator[str]:
    gap = _num(s.get("knowledge_gap_score"))
    if gap is not None and gap < KNOWLEDGE_GAP_TRIGGER - _EPS:
        yield "irony.knowledge_gap"
    capacity = _num(s.get("character_capacity"))
    options = [o for o in (s.get("response_options") or []) if isinstance(o, dict)]
    types = [_label(o.get("type")) for o in options]
    bad_type = bad_impact = bad_capacity = False
    for o, t in zip(options, types):
        if t not in IRONY_OPTION_TYPES:
            bad_type = True
            continue
        impact = _num(o.get("relationship_impact"))
        lo, hi = IRONY_RELATIONSHIP_IMPACT[t]
        if impact is not None and not (lo - 0.005 <= impact <= hi + 0.005):
            bad_impact = True
        own = _num(o.get("capacity", o.get("character_capacity", o.get("required_capacity"))))
        if own is not None and not _fits_option(t, own, cfg.capacity_tolerance):
            bad_capacity = True
    if capacity is not None:
        chosen = _label(s.get("recommended_option") or s.get("expected_option") or s.get("selected_option")
                        or s.get("chosen_option") or s.get("in_character_option"))
        if chosen in IRONY_OPTION_TYPES and not _fits_option(chosen, capacity, cfg.capacity_tolerance):
            bad_capacity = True
        valid = [t for t in types if t in IRONY_OPTION_TYPES]
        if valid and len(set(valid)) < len(IRONY_OPTION_TYPES):
            # not the full tone-deaf/misguided/growth set: the options given must fit the capacity
            if not any(_fits_option(t, capacity, cfg.capacity_tolerance) for t in valid):
                bad_capacity = True
    if bad_type:
        yield "irony.option_type"
    if bad_capacity:
        yield "irony.option_capacity"
    if bad_impact:
        yield "irony.relationship_impact"


def _fits_option(option_type: str, capacity: float, tol: float) -> bool:
    lo, hi = IRONY_OPTION_CAPACITY[option_type]
    if option_type == "tone_deaf":
        return capacity < hi + tol
    if option_type == "misguided":
        return lo - tol <= capacity < hi + tol
    return capacity > lo - tol


def _tension_rules(hook: Any, window: Any) -> Iterator[str]:
    h = _label(hook)
    if h is None:
        return
    if h not in HOOK_TYPES:
        yield "tension.hook_type"
        return
    if isinstance(window, dict):
        lo, hi = _num(window.get("min")), _num(window.get("max"))
        if lo is not None and hi is not None:
            wlo, whi = PAYOFF_WINDOW_WEEKS[h]
            if lo > hi or lo < wlo - _EPS or hi > whi + _EPS:
                yield "tension.payoff_window"


def _memory_rules(s: dict[str, Any], cfg: InteractionsConfig) -> Iterator[str]:
    rtype = _label(s.get("resonance_type"))
    if rtype is None:
        return
    if rtype not in RESONANCE_TYPES:
        yield "memory.resonance_type"
        return
    w = _num(s.get("resonance_weight"))
    if w is not None and abs(w - RESONANCE_WEIGHTS[rtype]) > cfg.weight_tolerance + _EPS:
        yield "memory.resonance_weight"


RuleSet = Callable[[str, dict[str, Any], InteractionsConfig], Iterator[str]]


def violations(data_type: str, sample: dict[str, Any], cfg: InteractionsConfig) -> list[str]:
    """Rule ids the sample violates, in a stable order (no duplicates)."""
    found: list[str] = list(_capacity_rules(data_type, sample, cfg))
    if data_type == "dramatic_irony":
        found += _irony_rules(sample, cfg)
    elif data_type == "tension_building":
        found += _tension_rules(sample.get("hook_type"), sample.get("payoff_window_weeks"))
    elif data_type == "memory_resonance":
        found += _memory_rules(sample, cfg)
    elif data_type == "multi_step":
        found += _tension_rules(get_path(sample, "tension_memory.hook_type"), None)
    return list(dict.fromkeys(found))


def derived_labels(data_type: str, sample: dict[str, Any]) -> dict[str, Any]:
    """capacity_level / authenticity_target / complexity_type as given, else derived from numbers.

    Returns the labels plus `effective_capacity`, `support_needed`, `authenticity_bucket` (from the
    score) and `labels_derived` (which labels were computed rather than given).
    """
    f = capacity_facts(data_type, sample)
    eff = f.get("effective")
    score = f.get("authenticity_score")
    out: dict[str, Any] = {
        "effective_capacity": eff,
        "support_needed": f.get("support"),
        "capacity_level": f.get("capacity_level"),
        "authenticity_target": f.get("authenticity_target"),
        "complexity_type": f.get("complexity_type"),
        "authenticity_bucket": authenticity_bucket(score) if score is not None else None,
    }
    derived = []
    if out["capacity_level"] is None and eff is not None:
        out["capacity_level"] = capacity_bucket(eff)
        derived.append("capacity_level")
    if out["authenticity_target"] is None and out["authenticity_bucket"] is not None:
        out["authenticity_target"] = out["authenticity_bucket"]
        derived.append("authenticity_target")
    out["labels_derived"] = derived
    return out
