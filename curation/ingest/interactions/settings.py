"""Configuration of the interaction-batch ingest (the `interactions:` section of configs/unwritten.yaml).

Defaults are the spec's numbers (generation-pipeline-readme.md thresholds, Master Truths v1.2 rules)
and equal the defaults written in configs/unwritten.yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, PrivateAttr, model_validator

from ...config_base import Section
from ...domain import Spec, SpecError, domain_for
from .schemas import COMPLEXITY_LISTS, SCHEMAS
from .untyped import UNTYPED_SHARE, matches_pattern

DATA_TYPES = tuple(SCHEMAS)
DEFAULT_QUALITY_THRESHOLD = 0.6  # a type that sets none (the domain spec's default too)


def _default_quality_fields() -> dict[str, list[str]]:
    return {t: [s.quality_field, *s.quality_aliases] for t, s in SCHEMAS.items()}


class InteractionsConfig(Section):
    include: list[str] = Field(
        default_factory=lambda: ["*.json", "*.jsonl", "*.txt", "*.md", "*.markdown"],
        description="file name patterns read inside input folders (a Markdown file only when its fenced JSON "
        "is a batch: notes and READMEs are skipped and listed)",
    )
    exclude: list[str] = Field(
        default_factory=lambda: ["MANIFEST.json", "manifest.json", "*.manifest.json", "README*", ".*"],
        description="file name patterns never read (ground-truth manifests, notes)",
    )
    quality_thresholds: dict[str, float] = Field(
        default_factory=lambda: {t: s.default_threshold for t, s in SCHEMAS.items()}
    )
    min_quality: float | None = Field(None, ge=0, le=1, description="overrides every per-type threshold")
    spectrum_aware_quality: bool = Field(
        True,
        description="a sample that declares an authenticity_target and has no quality score of its own "
        "is gated on target agreement, not on the authenticity threshold (keeps the "
        "failed/struggling end of the spectrum)",
    )
    authenticity_target_tolerance: float = Field(
        0.0,
        ge=0,
        le=0.5,
        description="how far outside its authenticity_target's range a score may lie and still "
        "agree (spectrum-aware gate and the authenticity.bucket rule)",
    )
    quality_fields: dict[str, list[str]] = Field(
        default_factory=_default_quality_fields,
        description="per type, dotted paths tried in order for the quality score",
    )
    drop_rules: list[str] = Field(
        default_factory=lambda: ["capacity.effective_formula", "capacity.x_plus_2"],
        description="rule ids (or prefixes ending in '.') whose violation drops a record",
    )
    versions: list[str] | None = Field(
        None,
        description="Master Truths versions to keep (others rejected); "
        "None = keep all (the version guard reports a mix)",
    )
    complexity_types: dict[str, list[str]] = Field(
        default_factory=lambda: {k: list(v) for k, v in COMPLEXITY_LISTS.items()},
        description="named lists of accepted complexity types (the spec has two); a value in any list passes",
    )
    capacity_tolerance: float = Field(0.05, ge=0, description="tolerance of capacity arithmetic and X+2 checks")
    weight_tolerance: float | None = Field(
        None,
        ge=0,
        description="tolerance of memory resonance weights; None: half the smallest gap between two weights of "
        "the rules' table, so a weight within it names one resonance type",
    )
    irony_rows: Literal["all_options", "per_option"] = Field(
        "all_options", description="dramatic irony: one row asking for all three options, or one row per option"
    )
    fix_mojibake: bool = True
    fix_contractions: bool = True
    remove_invisible: bool = True
    system_prompts: str | None = Field(
        None, description="YAML of per-type system prompts; null = the packaged prompts/system_prompts.yaml"
    )
    field_map: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        description="per data type, their field name or dotted path -> ours (e.g. personality_traits: "
        "{line: dialogue, openness: ocean.openness, 'big5[0]': ocean.openness}; '[]' every element of a list, "
        "'[N]' the element at position N, '[key=label]' the element whose key holds label, '{}' every value of an "
        "object whose keys are data); applied before validation",
    )
    types: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="add a data type or override one: the shape of a `types:` entry of curation/domain/spec.yaml "
        "(fields, roles, template, quality_threshold; `extends: <type>` to start from a known one)",
    )
    file_types: dict[str, str] = Field(
        default_factory=dict,
        description="file name pattern (or a path's last parts, 'addis/tana_*') -> the data type of every record of "
        "the files it matches, read as the label of each record that carries none (a record's own label, and "
        "fields that plainly name another type, still win); for files whose records say no type (no label, no "
        "type in the file name, fields of their own). The first pattern that matches wins",
    )
    max_missing_share: float = Field(
        0.2,
        ge=0,
        le=1,
        description="build, analyze and dedupe stop (before writing) when a required field of a data type is "
        "missing in more than this share of its records (and in at least 3): a field-name mismatch, "
        "fixed by field_map",
    )
    max_untyped_share: float = Field(
        UNTYPED_SHARE,
        ge=0,
        le=1,
        description="build, analyze, compare, dedupe and schema stop (before writing) when more than this share of "
        "a file's records (and at least 3) are of no data type we know, naming the interactions.file_types line "
        "that declares it; 1.0 never stops (every such record is an unknown_data_type reject)",
    )
    default_version: str = Field(
        "v1.2", description="Master Truths version of a batch that states none (the multi-step pipeline's bare arrays)"
    )
    _domain: Spec | None = PrivateAttr(None)

    @model_validator(mode="after")
    def _domain_ok(self) -> InteractionsConfig:
        try:
            self._domain = domain_for(self)
        except SpecError as e:
            raise ValueError(str(e)) from None
        known = set(self._domain.types)
        for key in ("quality_thresholds", "quality_fields"):
            unknown = sorted(set(getattr(self, key)) - known)
            if unknown:
                raise ValueError(f"{key}: unknown data type(s) {unknown}; known: {sorted(known)}")
        wrong = {p: t for p, t in self.file_types.items() if t not in known}
        if wrong:
            p, t = next(iter(wrong.items()))
            raise ValueError(f"file_types: {p!r}: unknown data type {t!r}; known: {sorted(known)}")
        return self

    def declared_type(self, path: Path) -> str | None:
        """The data type `file_types` declares for a file: the first pattern matching its name, or (a pattern with
        '/') the last parts of its path."""
        if not self.file_types:
            return None
        return next((t for pattern, t in self.file_types.items() if matches_pattern(path, pattern)), None)

    def domain(self) -> Spec:
        """The domain spec with this config's `types` and `field_map` (computed once per config)."""
        if self._domain is None:
            self._domain = domain_for(self)
        return self._domain

    def data_types(self) -> tuple[str, ...]:
        return self.domain().data_types

    def quality_paths(self, data_type: str) -> list[str]:
        """Dotted paths tried in order for a type's quality score (config first, else the type's role)."""
        if data_type in self.quality_fields:
            return self.quality_fields[data_type]
        t = self.domain().types.get(data_type)
        return list(t.roles.quality) if t is not None else []

    def threshold(self, data_type: str | None) -> float:
        if self.min_quality is not None:
            return self.min_quality
        if data_type is None:
            return DEFAULT_QUALITY_THRESHOLD  # an untyped sample: no type's threshold applies
        overridden = "quality_threshold" in (self.types.get(data_type) or {})
        if data_type in self.quality_thresholds and ("quality_thresholds" in self.model_fields_set or not overridden):
            return self.quality_thresholds[data_type]
        t = self.domain().types.get(data_type)
        return t.quality_threshold if t is not None else DEFAULT_QUALITY_THRESHOLD

    def drops(self, rule: str) -> bool:
        return any(rule == r or (r.endswith(".") and rule.startswith(r)) for r in self.drop_rules)

    def all_complexity_types(self) -> set[str]:
        return {c for lst in self.complexity_types.values() for c in lst}
