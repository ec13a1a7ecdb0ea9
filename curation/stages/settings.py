"""Configuration of the curation stages, one sub-section per stage."""

from __future__ import annotations

from pydantic import Field

from ..config_base import Section


class DedupeConfig(Section):
    exact: bool = True
    near: bool = True
    threshold: float = Field(0.85, gt=0, le=1)


class SplitConfig(Section):
    train: float = Field(0.8, ge=0, le=1)
    validation: float = Field(0.1, ge=0, le=1)
    test: float = Field(0.1, ge=0, le=1)


class StagesConfig(Section):
    dedupe: DedupeConfig = Field(default_factory=DedupeConfig)
    split: SplitConfig = Field(default_factory=SplitConfig)
