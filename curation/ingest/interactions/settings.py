"""Configuration of the interaction-batch ingest: thresholds, rules that drop, field names."""

from __future__ import annotations

from pydantic import Field

from ...config_base import Section

DATA_TYPES = (
    "emotional_authenticity", "dramatic_irony", "tension_building",
    "memory_resonance", "personality_traits", "relationship_scoring", "multi_step",
)


class InteractionsConfig(Section):
    quality_thresholds: dict[str, float] = Field(default_factory=lambda: {
        "emotional_authenticity": 0.7, "dramatic_irony": 0.5, "tension_building": 0.6,
        "memory_resonance": 0.7, "personality_traits": 0.6, "relationship_scoring": 0.6,
        "multi_step": 0.6,
    })
    min_quality: float | None = Field(None, ge=0, le=1, description="overrides every per-type threshold")
    drop_rules: list[str] = Field(default_factory=lambda: ["capacity.effective_formula", "capacity.x_plus_2"],
                                  description="rule ids (or prefixes ending in '.') whose violation drops a record")
    versions: list[str] | None = Field(None, description="Master Truths versions to keep; None = refuse a mix")
    system_prompts: str = "configs/prompts/system_prompts.yaml"
