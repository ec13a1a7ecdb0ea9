"""Configuration of manuscript ingest: chunk bounds, prompts, tagging."""

from __future__ import annotations

from pydantic import Field

from ...config_base import Section


class ManuscriptsConfig(Section):
    min_words: int = Field(800, ge=1)
    max_words: int = Field(2500, ge=1)
    target_min_words: int = 1200
    target_max_words: int = 1500
    system_prompt: str = "You are a science fiction writer with expertise in character-driven narratives."
