"""The systematic parameter space and how the next example's parameters are chosen.

systematic-generation-v1.2.md: every emotional-authenticity and multi-step example is placed in a
(capacity level, authenticity target, complexity type) cell. Selection is

1. gap-first: cells never generated (per the coverage database plus what this run already planned)
   come first, picked so that each prefix is spread over every dimension;
2. then by frequency: capacity and authenticity levels by largest deficit against their configured
   share, complexity types round-robin.

The other data types have their own (smaller) spaces: hook type x relationship level, resonance type,
dominant OCEAN trait, interaction type, the character's capacity level for dramatic irony. They use
the same planner with uniform shares. Which dimensions a type has is the domain spec's
generation.dimensions. Everything is deterministic for a given seed and start counts.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from dataclasses import dataclass
from typing import Any

from ..domain import load_spec
from ..ingest.interactions.schemas import HOOK_TYPES, OCEAN_TRAITS, RESONANCE_TYPES
from .settings import ParameterSpace

Combo = tuple[str, ...]

_SPEC = load_spec()
_RULES = _SPEC.rules
#: slot parameters that carry a field's value (domain spec generation.slots; the prompt files name them)
SLOTS = _SPEC.raw["generation"]["slots"]
#: tension.payoff_window (weeks) per hook type, from the domain spec's rule table
PAYOFF_WEEKS = dict(_RULES.payoff_weeks)
#: memory.resonance_weight per resonance type
RESONANCE_WEIGHTS = dict(_RULES.resonance_weights)
#: irony.relationship_impact range per response option type
IRONY_IMPACT = {k: o.relationship_impact for k, o in _RULES.irony_options.items()}
#: the player interactions relationship-scoring samples are spread over
INTERACTION_TYPES = tuple(_SPEC.raw["generation"]["interaction_types"])
TRIPLE_DIMENSIONS = ("capacity_level", "authenticity_target", "complexity_type")


@dataclass(frozen=True)
class Dimension:
    name: str
    values: tuple[str, ...]
    shares: tuple[float, ...]  # normalised to sum 1


def _uniform(name: str, values: Any) -> Dimension:
    vals = tuple(str(v) for v in values)
    return Dimension(name, vals, tuple(1 / len(vals) for _ in vals))


def _weighted(name: str, buckets: list) -> Dimension:
    total = sum(b.frequency for b in buckets)
    return Dimension(name, tuple(b.name for b in buckets), tuple(b.frequency / total for b in buckets))


_LEVELS = range(int(_SPEC.scales["level"][0]), int(_SPEC.scales["level"][1]) + 1)
#: dimension name -> its values in a parameter space (the names generation.dimensions may use)
_DIMENSIONS = {
    "capacity_level": lambda space: _weighted("capacity_level", space.capacity_levels),
    "authenticity_target": lambda space: _weighted("authenticity_target", space.authenticity_targets),
    "complexity_type": lambda space: _uniform("complexity_type", space.complexity_types),
    "hook_type": lambda space: _uniform("hook_type", HOOK_TYPES),
    "resonance_type": lambda space: _uniform("resonance_type", RESONANCE_TYPES),
    "dominant_trait": lambda space: _uniform(
        "dominant_trait", [f"{t}_{p}" for t in OCEAN_TRAITS for p in ("high", "low")]
    ),
    SLOTS["level"]: lambda space: _uniform(SLOTS["level"], _LEVELS),
    SLOTS["interaction"]: lambda space: _uniform(SLOTS["interaction"], INTERACTION_TYPES),
}


def dimensions_for(data_type: str, space: ParameterSpace) -> tuple[Dimension, ...]:
    """The planner's dimensions of a data type (domain spec generation.dimensions), valued in `space`."""
    names = _SPEC.raw["generation"]["dimensions"].get(data_type)
    if names is None:
        raise KeyError(f"no parameter space for data type {data_type!r}")
    return tuple(_DIMENSIONS[n](space) for n in names)


def triple_dimensions(space: ParameterSpace) -> tuple[Dimension, ...]:
    """capacity level x authenticity target x complexity type: the systematic cell of the coverage report."""
    return tuple(_DIMENSIONS[n](space) for n in TRIPLE_DIMENSIONS)


class Planner:
    """Chooses parameter combinations for one data type: gaps first, then by frequency."""

    def __init__(
        self,
        dims: tuple[Dimension, ...],
        start_counts: dict[Combo, int] | None = None,
        gap_first: bool = True,
        seed: str = "",
    ) -> None:
        self.dims = dims
        self.combo_counts: dict[Combo, int] = {c: 0 for c in itertools.product(*(d.values for d in dims))}
        for combo, n in (start_counts or {}).items():
            if combo in self.combo_counts:
                self.combo_counts[combo] += n
        self.value_counts = [{v: 0 for v in d.values} for d in dims]
        for combo, n in self.combo_counts.items():
            for i, v in enumerate(combo):
                self.value_counts[i][v] += n
        self.gap_first = gap_first
        # a seeded tie-break order so equal candidates are not always taken in declaration order
        self._tiebreak = {c: hashlib.sha1(f"{seed}|{c}".encode()).hexdigest() for c in self.combo_counts}

    @property
    def gaps(self) -> list[Combo]:
        return [c for c, n in self.combo_counts.items() if n == 0]

    def _take(self, combo: Combo) -> Combo:
        self.combo_counts[combo] += 1
        for i, v in enumerate(combo):
            self.value_counts[i][v] += 1
        return combo

    def next(self) -> Combo:
        gaps = self.gaps if self.gap_first else []
        if gaps:  # the gap whose values are least represented so far: spreads every prefix
            return self._take(
                min(gaps, key=lambda c: (sum(self.value_counts[i][v] for i, v in enumerate(c)), self._tiebreak[c]))
            )
        combo = []
        for i, d in enumerate(self.dims):
            total = sum(self.value_counts[i].values()) + 1
            combo.append(
                max(
                    d.values,
                    key=lambda v: (d.shares[d.values.index(v)] * total - self.value_counts[i][v], -d.values.index(v)),
                )
            )
        return self._take(tuple(combo))


def support_needed(effective_capacity: float, authenticity_target: str, rng: random.Random) -> float:
    """The spec's `_calculate_support_for_authenticity`, kept on the 0-10 scale (offsets from the domain spec:
    rules.authenticity.support_offset; the top target is easy: capacity minus its offset, at least the floor)."""
    x = effective_capacity
    lo, hi = _RULES.support_offset[authenticity_target]
    if authenticity_target == _RULES.authenticity_targets[-1]:
        v = max(_RULES.excellent_support_floor, x - rng.uniform(-hi, -lo))
    else:
        v = x + rng.uniform(lo, hi)
    top = _RULES.capacity.scale[1]
    return round(min(top, max(_RULES.capacity.scale[0], v)), 1)


def bucket_range(space: ParameterSpace, kind: str, name: str) -> tuple[float, float]:
    buckets = space.capacity_levels if kind == "capacity" else space.authenticity_targets
    for b in buckets:
        if b.name == name:
            return b.range
    raise KeyError(f"unknown {kind} level {name!r}")


def slot_rng(*parts: Any) -> random.Random:
    return random.Random(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest())


def capacity_slot(space: ParameterSpace, capacity_level: str, rng: random.Random) -> dict[str, float]:
    """Base and effective capacity for a capacity level (effective drawn inside the bucket)."""
    lo, hi = bucket_range(space, "capacity", capacity_level)
    eff = round(rng.uniform(lo, hi), 1)
    base = round(rng.uniform(max(eff, 5.0), 10.0), 1)
    return {SLOTS["base"]: base, SLOTS["effective"]: eff}


def _finish_slots(data_type: str) -> set[str]:
    """The slots a type's generated samples take values from (domain spec generation.finish)."""
    return {step["slot"] for step in _SPEC.raw["generation"]["finish"].get(data_type, ()) if "slot" in step}


def slot_parameters(data_type: str, combo: Combo, space: ParameterSpace, rng: random.Random) -> dict[str, Any]:
    """Concrete values for one example: what the prompt states and post-processing enforces."""
    names = [d.name for d in dimensions_for(data_type, space)]
    p: dict[str, Any] = dict(zip(names, combo, strict=False))
    if "capacity_level" in p:
        p.update(capacity_slot(space, p["capacity_level"], rng))
    if "authenticity_target" in p:
        lo, hi = bucket_range(space, "authenticity", p["authenticity_target"])
        p["authenticity_range"] = (lo, hi)
        eff = p[SLOTS["effective"]]
        p["support_needed"] = support_needed(eff, p["authenticity_target"], rng)
        p["max_support"] = round(min(_RULES.capacity.scale[1], eff + _RULES.capacity.x_plus), 1)
    slots = _finish_slots(data_type)
    if SLOTS["level"] in p:  # planned: the dimension's value as a number
        p[SLOTS["level"]] = int(p[SLOTS["level"]])
    if "hook_type" in p:
        p[SLOTS["payoff_window"]] = dict(zip(("min", "max"), PAYOFF_WEEKS[p["hook_type"]], strict=False))
    if "resonance_type" in p:
        p["resonance_weight"] = RESONANCE_WEIGHTS[p["resonance_type"]]
        p[SLOTS["memory_age"]] = rng.randint(1, 104)
    if "dominant_trait" in p:
        trait, pole = p["dominant_trait"].rsplit("_", 1)
        ocean = {t: round(rng.uniform(0.3, 0.7), 2) for t in OCEAN_TRAITS}
        ocean[trait] = round(rng.uniform(0.8, 0.95) if pole == "high" else rng.uniform(0.05, 0.2), 2)
        p["ocean"] = ocean
    if SLOTS["level"] in slots and SLOTS["level"] not in p:  # the samples state a level the planner does not spread
        p[SLOTS["level"]] = rng.randint(_LEVELS[0], _LEVELS[-1])
    if SLOTS["irony_capacity"] in slots:  # the capacity slot of this type is the character's (irony)
        p[SLOTS["irony_capacity"]] = p.pop(SLOTS["effective"])
        p.pop(SLOTS["base"], None)
    return p
