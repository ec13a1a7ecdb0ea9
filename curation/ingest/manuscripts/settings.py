"""Configuration of manuscript ingest: the chunk bounds (`chunking:` section, read by the chunker and by
the scene length filter alike) and the `manuscripts:` section (system prompt, labeller, review, optional
LLM-written scene summaries in the prompts)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ...config_base import Section


class ChunkingConfig(Section):
    """Chunk bounds in words (YAML: `chunking:`), the one place they are set: the chunker cuts every
    manuscript into chunks of `min_words`..`max_words`, and the scene length filter (`stages.filters`)
    checks scenes against the same two numbers, so raising one can never make the other drop every scene."""

    min_words: int = Field(800, ge=1, description="shorter passages merge with a same-POV neighbour or are rejected")
    max_words: int = Field(2500, ge=1, description="longer scenes split at a paragraph boundary between beats")
    target_min_words: int = Field(1200, ge=1, description="preferred chunk size, lower end")
    target_max_words: int = Field(1500, ge=1, description="preferred chunk size, upper end")

    @model_validator(mode="after")
    def _ordered(self) -> ChunkingConfig:
        if not (self.min_words <= self.target_min_words <= self.target_max_words <= self.max_words):
            raise ValueError("need min_words <= target_min_words <= target_max_words <= max_words")
        if self.max_words < 2 * self.min_words:
            raise ValueError("max_words must be at least twice min_words so long scenes can be split")
        return self


class ManuscriptsConfig(Section):
    split_run_chunks: int = Field(
        8,
        ge=1,
        description="a chapter, or at most this many consecutive chunks of a "
        "long one, is one split group; prompts quote only neighbours "
        "inside it",
    )
    system_prompt: str = "You are a science fiction writer with expertise in character-driven narratives."
    llm_summary: bool = Field(
        False,
        description="add LLM-written summaries (this chunk, the one before) to the "
        "human prompts, via the `generation:` server; cached beside the report",
    )

    labeller: Literal["heuristic", "llm", "both"] = Field(
        "heuristic",
        description="who tags chunks: the offline heuristics, the generation: server's LLM (JSON "
        "schema, cached), or both (heuristic tags kept, disagreements sent to review)",
    )
    overrides: str | None = Field(
        None,
        description="YAML of tag corrections keyed by the review file's chunk_key; replaces any tag on the next build",
    )
    review_below: float = Field(
        0.5, ge=0, le=1, description="list a chunk for review when a tag's confidence is below this"
    )
