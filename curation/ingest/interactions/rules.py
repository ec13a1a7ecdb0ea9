"""Master Truths v1.2 rules as named checks, and the labels derived from numbers.

Each rule has a stable id (`capacity.x_plus_2`, `irony.relationship_impact`, ...) listed in the spec's
`rule_ids`; `violations(data_type, sample, cfg)` returns the ids a (schema-valid) sample breaks. Which
violations drop a record is configuration (`interactions.drop_rules`); the rest are flagged on the record.

Every number (buckets, X+2, impact ranges, payoff windows, resonance weights) and every field a rule reads
comes from the domain spec (curation/domain/spec.yaml: `rules:` and each type's `roles:`). Rules only judge
what a sample states: a missing optional field is not a violation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from ...domain import Spec, TypeSpec, load_spec
from .normalize import get_path, normalize_label
from .script_words import with_marks
from .settings import InteractionsConfig

_SPEC = load_spec()
_T = _SPEC.rules
#: Systematic capacity buckets (classification ranges); values in the gaps are tolerated on both sides.
CAPACITY_BUCKETS: dict[str, tuple[float, float]] = {k: b.accept for k, b in _T.capacity.buckets.items()}
AUTHENTICITY_BUCKETS: dict[str, tuple[float, float]] = {k: b.accept for k, b in _T.authenticity_buckets.items()}
IRONY_OPTION_CAPACITY: dict[str, tuple[float, float]] = {k: o.capacity for k, o in _T.irony_options.items()}
IRONY_RELATIONSHIP_IMPACT: dict[str, tuple[float, float]] = {
    k: o.relationship_impact for k, o in _T.irony_options.items()
}
KNOWLEDGE_GAP_TRIGGER = _T.knowledge_gap_trigger
PAYOFF_WINDOW_WEEKS: dict[str, tuple[float, float]] = dict(_T.payoff_weeks)
RESONANCE_WEIGHTS: dict[str, float] = dict(_T.resonance_weights)
#: a weight this close to its type's is its type's: half the smallest gap between two weights of the table (a
#: neighbouring type's weight, 0.85 for 0.8, is that type's and never passes)
_WEIGHTS = sorted(set(RESONANCE_WEIGHTS.values()))
WEIGHT_TOLERANCE = round(min((b - a for a, b in zip(_WEIGHTS, _WEIGHTS[1:], strict=False)), default=0.0) / 2, 9)
X_PLUS = _T.capacity.x_plus
RULES: dict[str, str] = dict(_T.ids)
_EPS = 1e-9


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _label(v: Any) -> str | None:
    return normalize_label(v) if isinstance(v, str) and v.strip() else None


def _value_at(s: dict[str, Any], p: str) -> Any:
    return s.get(p) if "." not in p else get_path(s, p)


def _first(s: dict[str, Any], paths: tuple[str, ...]) -> Any:
    for p in paths:
        v = _value_at(s, p)
        if v is not None and v != "":
            return v
    return None


def capacity_bucket(x: float) -> str:
    """Nearest systematic capacity bucket of an effective capacity."""
    best, dist = "", float("inf")
    for name, (lo, hi) in CAPACITY_BUCKETS.items():
        d = 0.0 if lo <= x <= hi else min(abs(x - lo), abs(x - hi))
        if d < dist:
            best, dist = name, d
    return best


def authenticity_bucket(score: float) -> str:
    names = list(AUTHENTICITY_BUCKETS)
    for name in names[:-1]:
        if score < AUTHENTICITY_BUCKETS[name][1]:
            return name
    return names[-1]


def _bucket_allows(buckets: dict[str, tuple[float, float]], label: str, x: float, tol: float) -> bool:
    """x fits `label`'s range, extended over the gaps to the neighbouring buckets."""
    names = list(buckets)
    i = names.index(label)
    lo, hi = buckets[label]
    lo = buckets[names[i - 1]][1] if i > 0 else min(lo, 0.0)
    if i < len(names) - 1:
        hi = buckets[names[i + 1]][0]
    return lo - tol <= x <= hi + tol


def target_agrees(target: str, score: float, tolerance: float) -> bool:
    """The authenticity score lies in the target's range (widened by `tolerance`; bounds inclusive)."""
    return _bucket_allows(AUTHENTICITY_BUCKETS, target, score, max(tolerance, _EPS))


@functools.lru_cache(maxsize=256)
def is_authenticity_field(path: str | None) -> bool:
    """A quality path that is some type's authenticity score ('authenticity_score',
    'training_metadata.authenticity_score') rather than a quality score: on the spectrum, a low value is intended."""
    if not isinstance(path, str):
        return False
    leaf = path.rsplit(".", 1)[-1]
    return any(
        leaf == p.rsplit(".", 1)[-1]
        for t in _SPEC.types.values()
        for p in t.roles.capacity.get("authenticity_score", ())
    )


def spectrum_target(metadata: dict[str, Any], cfg: InteractionsConfig) -> str | None:
    """The declared authenticity target a spectrum-aware quality gate judges instead of a threshold, or None.

    Applies when the record's quality score is its authenticity score (no quality score of its own) and the
    sample itself states a known authenticity target (a label derived from the score does not count).
    """
    if not cfg.spectrum_aware_quality or not is_authenticity_field(metadata.get("quality_field")):
        return None
    target = metadata.get("authenticity_target")
    if target not in AUTHENTICITY_BUCKETS or "authenticity_target" in (metadata.get("labels_derived") or ()):
        return None
    return target


# ---- the support a text says was given (X+2) --------------------------------------------------------------
# the whole number: never "6" of "6.5" (a boundary below would otherwise accept the decimal point after it)
_NUMBER = r"(?P<num>\d+(?:\.\d+)?)(?!\.?\d)"
_JOINERS = (
    "but|and|while|even|though|although|despite|when|which|instead|to|of|for|from|in|at|on|with|because|so|as|"
    "anyway|still|regardless|nonetheless|all\\s+the\\s+same|too|now|here|yet|against"
)


def _alternation(words: tuple[str, ...]) -> str:
    """Words (or phrases: "at most") as a regex alternation, longest first."""
    return "|".join(r"\s+".join(re.escape(w) for w in x.split()) for x in sorted(set(words), key=len, reverse=True))


def _amount(units: str) -> str:
    """The number and what may follow it: "/10", "out of 10", "%", a unit word, or a boundary (punctuation, the
    end, a joining word), so that "gives 6 reasons" is not read as support."""
    return (
        rf"{_NUMBER}(?:(?:\s*(?:/|out\s+of)\s*(?P<den>\d+(?:\.\d+)?))|(?P<pct>\s*%)|(?:\s+(?:{units})\b|"
        rf"(?=\s*(?:[.,;:!?()\]]|$|\s+(?:{_JOINERS})\b))))"
    )


@functools.lru_cache(maxsize=1)
def _support_patterns() -> tuple[re.Pattern[str], ...]:
    """(verb first, support named first) patterns, from the spec's words."""
    c = _T.capacity
    units = _alternation(c.support_units)
    gap_word = with_marks(r"[\w'’-]")  # (a word of a text in any script: its letters' vowel signs are its own)
    # verb, up to four words that are not numbers ("only", "her friend", "a level of"), the number
    verb_first = re.compile(
        rf"\b(?P<verb>{_alternation(c.support_words)})\b(?P<gap>(?:\s+(?!\d){gap_word}){{0,4}}?)\s*[:=]?\s+"
        rf"(?:an?\s+)?(?:level\s+of\s+)?{_amount(units)}",
        re.IGNORECASE,
    )
    if not c.support_nouns or not c.support_participles:
        return (verb_first,)
    # "support actually given: 7", "support provided = 6/10", "actual support 7.5", "real support given was 6"
    nouns, parts = _alternation(c.support_nouns), _alternation(c.support_participles)
    noun_first = re.compile(
        rf"\b(?:(?:actual|real)\s+(?:{nouns})(?:\s+(?:{parts}))?|(?:{nouns})\s+(?:level\s+)?(?:actually\s+|really\s+)?"
        rf"(?:{parts}))\s*(?:[:=]|\s(?:was|is|of|came\s+to|amounts\s+to))?\s*{_amount(units)}",
        re.IGNORECASE,
    )
    if not c.support_arrivals:
        return verb_first, noun_first
    # "support came in at 7", "her actual support ran to 6.5", "the support she offered reached 9/10"
    arrival = re.compile(
        rf"\b(?:{nouns})(?:\s+level)?(?P<gap>(?:[\s,]+(?!\d){gap_word}){{0,3}}?)[\s,]+(?:{_alternation(c.support_arrivals)})"
        rf"\s*[:=]?\s*{_amount(units)}",
        re.IGNORECASE,
    )
    return verb_first, noun_first, arrival


_DIGIT = re.compile(r"\d")


def _names_support(text: str) -> bool:
    low = text.lower()
    return any(n in low for n in _T.capacity.support_nouns)


_NEGATION_WINDOW = 3
_CLAUSE_END = re.compile(r"[,;.:!?()]|\bbut\b|\byet\b", re.IGNORECASE)


@functools.cache
def _word() -> re.Pattern[str]:
    """A word of the text in any script, with its apostrophes and its letters' marks (compiled on first use, when
    `script_words` builds the marks' class, not on import)."""
    return re.compile(with_marks(r"[\w'’]"))


def _clause_words(text: str, end: int) -> list[str]:
    """The last few words of `text` before `end`, back to the start of their clause (a comma, a "but")."""
    before = text[:end]
    start = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    return _word().findall(before[start:].lower())[-_NEGATION_WINDOW:]


def _states_a_limit(before: list[str], gap: list[str]) -> bool:
    """A modal right before the verb ("can give 5", "could only offer 4") or a bound after it ("gives at most
    5", "offers up to 4"): the number is what could be given, not what was."""
    c = _T.capacity
    if before and (before[-1] in c.support_modals or (len(before) > 1 and before[-2] in c.support_modals)):
        return True
    return any(gap[i : i + len(b.split())] == b.split() for b in c.support_bounds for i in range(len(gap)))


def support_given_in_text(text: Any, scale_max: float | None = None) -> float | None:
    """The support a sentence says was given ("she gives 6", "offers 6/10", "provides 7 out of 10 support",
    "= 2.5 max support, but he gives 6", "support actually given: 7"), on the capacity scale; None when the text
    states none.

    The words are the spec's (rules.capacity.support_given). A negation within a few words before the verb, in
    the same clause ("cannot give 8", "doesn't offer 7"), means the number is not given; a modal before the verb
    or a bound after it ("can give 5", "offers up to 4") states the limit, not the support given: both are
    skipped. A fraction on another scale ("3/5") or a percentage is rescaled to the capacity scale.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    if not _DIGIT.search(text):
        return None
    top = scale_max if scale_max is not None else _T.capacity.scale[1]
    negations = _T.capacity.negations
    patterns = _support_patterns()
    if len(patterns) > 1 and not _names_support(text):
        patterns = patterns[:1]  # no noun of support in the text: only the verb-first reading can match
    found = sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())
    for m in found:
        verb_first = "verb" in m.re.groupindex
        before = _clause_words(text, m.start())
        gap = _word().findall(m.group("gap").lower()) if "gap" in m.re.groupindex else []
        if any(w in negations or w.endswith("n't") or w.endswith("n’t") for w in before + gap):
            continue
        if verb_first and _states_a_limit(before, gap):
            continue
        if not verb_first and any(w in _T.capacity.support_modals for w in gap):  # "support could reach 7"
            continue
        value = float(m.group("num"))
        if m.group("den") is not None:
            d = float(m.group("den"))
            if d <= 0:
                continue
            value = value / d * top
        elif m.group("pct") is not None:
            value = value / 100 * top
        if 0 <= value <= top:
            return value
    return None


# ---- the facts a rule reads, per data type ----------------------------------------------------------
def capacity_facts(data_type: str, s: dict[str, Any], spec: Spec | None = None) -> dict[str, Any]:
    """Capacity numbers and systematic labels, wherever the type keeps them (its roles in the spec)."""
    t = (spec or _SPEC).types.get(data_type)
    if t is None:
        return {}
    cap, labels = t.roles.capacity, t.roles.labels
    if not cap and not labels:
        return {}
    facts: dict[str, Any] = {
        "base": _num(_first(s, cap.get("base", ()))),
        "factors": _first(s, cap.get("factors", ())),
        "effective": _num(_first(s, cap.get("effective", ()))),
        "support": _num(_first(s, cap.get("support_needed", ()))),
        "capacity_level": _label(_first(s, labels.get("capacity_level", ()))),
        "authenticity_target": _label(_first(s, labels.get("authenticity_target", ()))),
        "complexity_type": _label(_first(s, labels.get("complexity_type", ()))),
        "authenticity_score": _num(_first(s, cap.get("authenticity_score", ()))),
        "constraint": _first(s, cap.get("constraint", ())) if cap.get("constraint") else None,
        "constraint_required": t.roles.constraint_required,
        "support_provided": _num(_first(s, cap.get("support_provided", ()))),
    }
    return facts


def factor_impacts(data_type: str, facts: dict[str, Any], spec: Spec) -> list[float] | None:
    """The capacity factors' impacts (`capacity_facts`), or None when the factors are not a list of readable ones."""
    factors = facts.get("factors")
    if not isinstance(factors, list):
        return None
    impacts = [_num(_first(x, _factor_impact_paths(data_type, spec))) if isinstance(x, dict) else None for x in factors]
    return None if any(i is None for i in impacts) else [i for i in impacts if i is not None]


def formula_holds(base: float, impacts: list[float], effective: float, tol: float) -> bool:
    """effective == clamp(base + sum(impacts)) on the capacity scale, within `tol` (capacity.effective_formula)."""
    lo_scale, hi_scale = _T.capacity.scale
    return abs(min(hi_scale, max(lo_scale, base + sum(impacts))) - effective) <= tol


def support_provided(f: dict[str, Any]) -> float | None:
    """The support given: the number field, else what the constraint text states (read only when asked)."""
    if f.get("support_provided") is not None:
        return f["support_provided"]
    c = f.get("constraint")
    return support_given_in_text(c) if c is not None else None


# ---- the rules -------------------------------------------------------------------------------------
def _capacity_rules(data_type: str, s: dict[str, Any], cfg: InteractionsConfig, spec: Spec) -> Iterator[str]:
    f = capacity_facts(data_type, s, spec)
    if not f:
        return
    tol = cfg.capacity_tolerance
    eff, base = f.get("effective"), f.get("base")
    impacts = factor_impacts(data_type, f, spec)
    if eff is not None and base is not None and impacts is not None and not formula_holds(base, impacts, eff, tol):
        yield "capacity.effective_formula"
    support = f.get("support")
    limit = eff + X_PLUS + tol if eff is not None else None
    provided = support_provided(f) if limit is not None else None
    if limit is not None and support is not None and support > limit:
        constraint = f.get("constraint")
        if (
            f.get("authenticity_target") == _excellent()
            or (provided is not None and provided > limit)
            or (f.get("constraint_required") and not (isinstance(constraint, str) and constraint.strip()))
        ):
            yield "capacity.x_plus_2"
    elif limit is not None and provided is not None and provided > limit:
        yield "capacity.x_plus_2"
    level = f.get("capacity_level")
    if (
        level is not None
        and eff is not None
        and (level not in CAPACITY_BUCKETS or not _bucket_allows(CAPACITY_BUCKETS, level, eff, tol))
    ):
        yield "capacity.bucket"
    target, score = f.get("authenticity_target"), f.get("authenticity_score")
    if (
        target is not None
        and score is not None
        and (target not in AUTHENTICITY_BUCKETS or not target_agrees(target, score, cfg.authenticity_target_tolerance))
    ):
        yield "authenticity.bucket"
    # every complexity label the record states, in each place its type keeps one (the context's and the metadata's
    # in a multi-step record): an unknown one in either breaks the rule, whichever a map put first
    known = cfg.all_complexity_types()
    t = spec.types.get(data_type)
    stated = [_label(_value_at(s, p)) for p in (t.roles.labels.get("complexity_type", ()) if t else ())]
    if any(c is not None and c not in known for c in stated):
        yield "complexity.type"


def _excellent() -> str:
    """The top authenticity target: a response that meets every need, which X+2 forbids above the limit."""
    return list(AUTHENTICITY_BUCKETS)[-1]


@functools.lru_cache(maxsize=64)
def _factor_impact_paths(data_type: str, spec: Spec) -> tuple[str, ...]:
    """The number field of a capacity factor (its second field in the spec; 'impact' in ours)."""
    t = spec.types[data_type]
    paths = t.roles.capacity.get("factors", ())
    for p in paths:
        f = t.field_at(p)
        if f is not None and f.items is not None:
            nums = [c.name for c in f.items.fields if c.type in ("number", "integer")]
            if nums:
                return (nums[0],)
    return ()


def _irony_rules(t: TypeSpec, s: dict[str, Any], cfg: InteractionsConfig) -> Iterator[str]:
    r = t.roles.irony
    gap = _num(_first(s, r.get("knowledge_gap", ())))
    if gap is not None and gap < KNOWLEDGE_GAP_TRIGGER - _EPS:
        yield "irony.knowledge_gap"
    capacity = _num(_first(s, t.roles.capacity.get("effective", ())))
    raw_options = _first(s, r.get("options", ()))
    options = [o for o in (raw_options if isinstance(raw_options, list) else []) if isinstance(o, dict)]
    types = [_label(_first(o, r.get("option_type", ()))) for o in options]
    bad_type = bad_impact = bad_capacity = False
    tol_impact = _T.impact_tolerance
    for o, kind in zip(options, types, strict=False):
        if kind not in IRONY_OPTION_CAPACITY:
            bad_type = True
            continue
        impact = _num(_first(o, r.get("impact", ())))
        lo, hi = IRONY_RELATIONSHIP_IMPACT[kind]
        if impact is not None and not (lo - tol_impact <= impact <= hi + tol_impact):
            bad_impact = True
        own = _num(_first(o, r.get("option_capacity", ())))
        if own is not None and not _fits_option(kind, own, cfg.capacity_tolerance):
            bad_capacity = True
    if capacity is not None:
        chosen = _label(_first(s, r.get("recommended", ())))
        if chosen in IRONY_OPTION_CAPACITY and not _fits_option(chosen, capacity, cfg.capacity_tolerance):
            bad_capacity = True
        valid = [k for k in types if k in IRONY_OPTION_CAPACITY]
        # not the full set of option types: the options given must fit the capacity
        if (
            valid
            and len(set(valid)) < len(IRONY_OPTION_CAPACITY)
            and not any(_fits_option(k, capacity, cfg.capacity_tolerance) for k in valid)
        ):
            bad_capacity = True
    if bad_type:
        yield "irony.option_type"
    if bad_capacity:
        yield "irony.option_capacity"
    if bad_impact:
        yield "irony.relationship_impact"


def _fits_option(option_type: str, capacity: float, tol: float) -> bool:
    """Capacity fits the option's [low, high) range; the lowest option is open below, the highest above."""
    names = list(IRONY_OPTION_CAPACITY)
    lo, hi = IRONY_OPTION_CAPACITY[option_type]
    if option_type == names[0]:
        return capacity < hi + tol
    if option_type == names[-1]:
        return capacity > lo - tol
    return lo - tol <= capacity < hi + tol


def _tension_rules(hook: Any, window: Any, bounds: tuple[str, str] | None) -> Iterator[str]:
    h = _label(hook)
    if h is None:
        return
    if h not in PAYOFF_WINDOW_WEEKS:
        yield "tension.hook_type"
        return
    if isinstance(window, dict) and bounds is not None:
        lo, hi = _num(window.get(bounds[0])), _num(window.get(bounds[1]))
        if lo is not None and hi is not None:
            wlo, whi = PAYOFF_WINDOW_WEEKS[h]
            if lo > hi or lo < wlo - _EPS or hi > whi + _EPS:
                yield "tension.payoff_window"


def _window_bounds(t: TypeSpec, path: str) -> tuple[str, str] | None:
    f = t.field_at(path)
    return (f.fields[0].name, f.fields[1].name) if f is not None and len(f.fields) >= 2 else None


def _memory_rules(t: TypeSpec, s: dict[str, Any], cfg: InteractionsConfig) -> Iterator[str]:
    r = t.roles.memory
    rtype = _label(_first(s, r.get("resonance_type", ())))
    if rtype is None:
        return
    if rtype not in RESONANCE_WEIGHTS:
        yield "memory.resonance_type"
        return
    w = _num(_first(s, r.get("resonance_weight", ())))
    tol = WEIGHT_TOLERANCE if cfg.weight_tolerance is None else cfg.weight_tolerance
    if w is not None and abs(w - RESONANCE_WEIGHTS[rtype]) > tol + _EPS:
        yield "memory.resonance_weight"


def violations(data_type: str, sample: dict[str, Any], cfg: InteractionsConfig, spec: Spec | None = None) -> list[str]:
    """Rule ids the sample violates, in a stable order (no duplicates)."""
    spec = spec or cfg.domain()
    t = spec.types.get(data_type)
    if t is None:
        return []
    families = t.roles.rules
    found: list[str] = []
    if "capacity" in families:
        found += _capacity_rules(data_type, sample, cfg, spec)
    if "irony" in families:
        found += _irony_rules(t, sample, cfg)
    if "tension" in families:
        window_path = t.roles.tension.get("payoff_window", ())
        found += _tension_rules(
            _first(sample, t.roles.tension.get("hook_type", ())),
            _first(sample, window_path) if window_path else None,
            _window_bounds(t, window_path[0]) if window_path else None,
        )
    if "memory" in families:
        found += _memory_rules(t, sample, cfg)
    return list(dict.fromkeys(found))


def derived_labels(data_type: str, sample: dict[str, Any], spec: Spec | None = None) -> dict[str, Any]:
    """capacity_level / authenticity_target / complexity_type as given, else derived from numbers.

    Returns the labels plus `effective_capacity`, `support_needed`, `authenticity_bucket` (from the
    score) and `labels_derived` (which labels were computed rather than given).
    """
    f = capacity_facts(data_type, sample, spec)
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
