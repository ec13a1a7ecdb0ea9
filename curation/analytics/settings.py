"""Configuration of dataset analytics: the quality gates (thresholds from the spec) and diversity budgets.

Defaults are the spec's numbers: systematic-generation-v1.2.md `quality_thresholds_enhanced`
(spectrum and complexity coverage), generation-pipeline-readme.md (pass rate >= 80 %, capacity
violations < 5 %) and qwen3-generation-strategy.md (< 2 % duplicate samples).
"""

from __future__ import annotations

from pydantic import Field

from ..config_base import Section
from ..domain import load_spec


class SpectrumGate(Section):
    """Authenticity spectrum coverage: failures and struggles must exist, excellence must not dominate."""

    min_failed: int = Field(2, ge=0, description="samples with authenticity in the 'failed' band (0.2-0.4)")
    min_struggling: int = Field(3, ge=0, description="samples in the 'struggling' band (0.4-0.6)")
    max_excellent_share: float = Field(0.4, ge=0, le=1, description="share of samples in 'excellent' (0.8-1.0)")
    min_authenticity_range: float = Field(
        0.3,
        ge=0,
        le=1,
        description="the spec's 'authenticity_variance': max - min authenticity score (see docs/analytics.md)",
    )


class ComplexityGate(Section):
    """Complexity coverage: several complicating behaviours, baseline not dominant, required types present."""

    min_types: int = Field(5, ge=0)
    max_baseline_share: float = Field(0.3, ge=0, le=1)
    required: dict[str, int] = Field(
        default_factory=lambda: {"people_pleasing": 2}, description="complexity type -> minimum samples"
    )


class GatesConfig(Section):
    spectrum: SpectrumGate = Field(default_factory=SpectrumGate)
    complexity: ComplexityGate = Field(default_factory=ComplexityGate)
    max_duplicate_share: float = Field(0.02, ge=0, le=1)
    min_pass_rate: float = Field(0.8, ge=0, le=1)
    max_capacity_violation_share: float = Field(0.05, ge=0, le=1)


class AnalyticsConfig(Section):
    enforce_gates: bool = Field(False, description="fail the build when a build-level gate fails")
    enforce_batch_gates: bool = Field(False, description="also fail when a gate fails for one batch file")
    gates: GatesConfig = Field(default_factory=GatesConfig)
    capacity_targets: dict[str, float] = Field(
        default_factory=lambda: {k: b.frequency for k, b in load_spec().rules.capacity.buckets.items()},
        description="share of each capacity level (default: the domain spec's frequencies, rules.capacity.buckets); "
        "'balanced' = every level >= half its target",
    )
    diversity_token_budget: int = Field(
        50_000, ge=1000, description="tokens sampled per group for distinct-n and compression (comparability)"
    )
    token_sample_records: int = Field(
        20_000, ge=100, description="rows whose tokens are counted for the percentiles (hash-ordered sample)"
    )
