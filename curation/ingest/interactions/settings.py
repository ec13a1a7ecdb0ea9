"""Configuration of the interaction-batch ingest (the `interactions:` section of configs/unwritten.yaml).

Defaults are the spec's numbers (generation-pipeline-readme.md thresholds, Master Truths v1.2 rules)
and equal the defaults written in configs/unwritten.yaml.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from ...config_base import Section
from .schemas import COMPLEXITY_TYPES_MULTI_STEP, COMPLEXITY_TYPES_SYSTEMATIC, SCHEMAS

DATA_TYPES = tuple(SCHEMAS)


def _default_quality_fields() -> dict[str, list[str]]:
    return {t: [s.quality_field, *s.quality_aliases] for t, s in SCHEMAS.items()}


class InteractionsConfig(Section):
    include: list[str] = Field(default_factory=lambda: ["*.json", "*.jsonl", "*.txt"],
                               description="file name patterns read inside input folders")
    exclude: list[str] = Field(default_factory=lambda: ["MANIFEST.json", "manifest.json", "*.manifest.json",
                                                        "README*", ".*"],
                               description="file name patterns never read (ground-truth manifests, notes)")
    quality_thresholds: dict[str, float] = Field(default_factory=lambda: {
        t: s.default_threshold for t, s in SCHEMAS.items()})
    min_quality: float | None = Field(None, ge=0, le=1, description="overrides every per-type threshold")
    spectrum_aware_quality: bool = Field(
        True, description="a sample that declares an authenticity_target and has no quality score of its own "
                          "is gated on target agreement, not on the authenticity threshold (keeps the "
                          "failed/struggling end of the spectrum)")
    authenticity_target_tolerance: float = Field(
        0.0, ge=0, le=0.5, description="how far outside its authenticity_target's range a score may lie and still "
                                       "agree (spectrum-aware gate and the authenticity.bucket rule)")
    quality_fields: dict[str, list[str]] = Field(
        default_factory=_default_quality_fields,
        description="per type, dotted paths tried in order for the quality score")
    drop_rules: list[str] = Field(default_factory=lambda: ["capacity.effective_formula", "capacity.x_plus_2"],
                                  description="rule ids (or prefixes ending in '.') whose violation drops a record")
    versions: list[str] | None = Field(None, description="Master Truths versions to keep (others rejected); "
                                                         "None = keep all (the version guard reports a mix)")
    complexity_types: dict[str, list[str]] = Field(
        default_factory=lambda: {"systematic": list(COMPLEXITY_TYPES_SYSTEMATIC),
                                 "multi_step": list(COMPLEXITY_TYPES_MULTI_STEP)},
        description="named lists of accepted complexity types (the spec has two); a value in any list passes")
    capacity_tolerance: float = Field(0.05, ge=0, description="tolerance of capacity arithmetic and X+2 checks")
    weight_tolerance: float = Field(0.05, ge=0, description="tolerance of memory resonance weights")
    irony_rows: Literal["all_options", "per_option"] = Field(
        "all_options", description="dramatic irony: one row asking for all three options, or one row per option")
    fix_mojibake: bool = True
    fix_contractions: bool = True
    remove_invisible: bool = True
    system_prompts: str | None = Field(
        None, description="YAML of per-type system prompts; null = the packaged prompts/system_prompts.yaml")

    @field_validator("quality_thresholds", "quality_fields")
    @classmethod
    def _known_types(cls, v: dict) -> dict:
        unknown = sorted(set(v) - set(DATA_TYPES))
        if unknown:
            raise ValueError(f"unknown data type(s) {unknown}; known: {list(DATA_TYPES)}")
        return v

    def threshold(self, data_type: str) -> float:
        if self.min_quality is not None:
            return self.min_quality
        return self.quality_thresholds.get(data_type, SCHEMAS[data_type].default_threshold)

    def drops(self, rule: str) -> bool:
        return any(rule == r or (r.endswith(".") and rule.startswith(r)) for r in self.drop_rules)

    def all_complexity_types(self) -> set[str]:
        return {c for lst in self.complexity_types.values() for c in lst}
