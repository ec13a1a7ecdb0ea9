"""memory.resonance_weight: a weight names its resonance type (issue 11).

The spec's table steps by 0.05 (0.8, 0.85, 0.9, 0.95); a tolerance of a whole step let a record carry a
neighbouring type's weight (0.85 for same_emotion_different_context, 1.0 for past_trauma_trigger) unflagged. The
default tolerance is now half the table's smallest gap; a user may still set `interactions.weight_tolerance`.
"""

from __future__ import annotations

import copy

import pytest
from test_interactions import MR

from curation.domain import load_spec
from curation.ingest.interactions.normalize import check, normalize
from curation.ingest.interactions.rules import violations
from curation.ingest.interactions.settings import InteractionsConfig

SPEC = load_spec()
TABLE: dict[str, float] = dict(SPEC.raw["rules"]["memory"]["resonance_weights"])
MEMORY = "memory_resonance"


def _flags(weight: object, kind: str, cfg: InteractionsConfig | None = None) -> list[str]:
    s = copy.deepcopy(MR)
    s["resonance_type"], s["resonance_weight"] = kind, weight
    s, _ = normalize(s, SPEC.type(MEMORY))
    assert check(s, SPEC.type(MEMORY)) == []
    return violations(MEMORY, s, cfg or InteractionsConfig())


@pytest.mark.parametrize("kind", sorted(TABLE))
def test_a_weight_passes_for_its_own_type_only(kind):
    assert _flags(TABLE[kind], kind) == []
    assert _flags(f"{round(TABLE[kind] * 100)}%", kind) == []  # "80%": the same weight, read as a share
    assert _flags(round(TABLE[kind] + 0.01, 2), kind) == []  # a rounding of its own weight
    for other, w in TABLE.items():
        if w != TABLE[kind]:
            assert _flags(w, kind) == ["memory.resonance_weight"], (kind, other)


def test_a_step_off_the_table_is_flagged_and_a_configured_tolerance_still_applies():
    kind = min(TABLE, key=lambda k: TABLE[k])  # emotional_growth_callback, 0.7 (a step below: 0.65)
    step_off = round(TABLE[kind] - 0.05, 2)
    assert _flags(step_off, kind) == ["memory.resonance_weight"]
    assert _flags(step_off, kind, InteractionsConfig(weight_tolerance=0.05)) == []
