"""Configuration of the generation pipeline: server, model routing, sampling, coverage, judge.

Defaults follow the user's spec (../shared/spec): models per data type from the readme's table
(qwen3:30b-a3b for the quality-critical types, qwen3:8b for volume, qwen3:32b for validation),
temperatures and batch sizes from the readme's ``config.py`` where it gives them and from the Qwen3
strategy for the rest, and the systematic parameter space (capacity levels, authenticity targets with
their frequencies, complexity types) from systematic-generation-v1.2.md.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..config_base import Section
from ..domain import load_spec

_SPEC = load_spec()
#: The typed data types plus the multi-step interaction (the domain spec's types; same names as the ingest).
TYPED_DATA_TYPES: tuple[str, ...] = tuple(t for t, ts in _SPEC.types.items() if not ts.headerless)
MULTI_STEP = next(t for t, ts in _SPEC.types.items() if ts.headerless)
ALL_DATA_TYPES: tuple[str, ...] = (*TYPED_DATA_TYPES, MULTI_STEP)
#: samples per day of each type (the domain spec's daily_target: the readme's production table)
DAILY_TARGETS = {t: ts.daily_target for t, ts in _SPEC.types.items() if ts.daily_target}
#: the multi-step pipeline is not in that table: it gets as many as the smallest typed target
MULTI_STEP_WEIGHT = min(DAILY_TARGETS.values())

#: systematic-generation-v1.2.md (the list the coverage database is specified with)
COMPLEXITY_TYPES_V12 = list(_SPEC.rules.complexity_types["systematic"])
#: multi-step-pipeline-v2.2.md
COMPLEXITY_TYPES_V22 = list(_SPEC.rules.complexity_types["multi_step"])


class Bucket(Section):
    """A named level with a value range and the share of examples it should get."""

    name: str
    range: tuple[float, float]
    frequency: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> Bucket:
        if self.range[0] > self.range[1]:
            raise ValueError(f"range of '{self.name}' must be (low, high)")
        return self


def _per_type(**values):
    return lambda: dict(values)


class ParameterSpace(Section):
    # the generator draws values in the spec's `generate` ranges (rules.*.buckets in curation/domain/spec.yaml)
    capacity_levels: list[Bucket] = Field(
        default_factory=lambda: [
            Bucket(name=b.name, range=b.generate, frequency=b.frequency) for b in _SPEC.rules.capacity.buckets.values()
        ]
    )
    authenticity_targets: list[Bucket] = Field(
        default_factory=lambda: [
            Bucket(name=b.name, range=b.generate, frequency=b.frequency)
            for b in _SPEC.rules.authenticity_buckets.values()
        ]
    )
    complexity_types: list[str] = Field(
        default_factory=lambda: list(COMPLEXITY_TYPES_V12),
        description="round-robin; the v2.2 list is COMPLEXITY_TYPES_V22",
    )
    gap_first: bool = Field(True, description="schedule never-generated combinations before anything else")


class JudgeConfig(Section):
    enabled: bool = True
    model: str = "qwen3:32b"
    sample_share: float = Field(0.10, ge=0, le=1, description="share of each type's samples judged")
    threshold: float = Field(0.7, ge=0, le=1, description="flag batches whose mean overall score is below")
    temperature: float = Field(0.3, ge=0, le=2)


class ServerConfig(Section):
    """One inference server of `generation.servers` (a plain URL string is accepted too)."""

    url: str = Field(description="Ollama address (host:port) or OpenAI-compatible base URL (…/v1)")
    api: Literal["ollama", "openai"] | None = Field(None, description="default: generation.api")
    weight: float = Field(1.0, gt=0, description="share of the requests when the servers are not saturated")
    concurrency: int | None = Field(
        None, ge=1, description="requests in flight on this server; default: generation.concurrency"
    )


class GenerationConfig(Section):
    # ---- server(s) ---------------------------------------------------------------------------
    servers: list[ServerConfig] = Field(
        default_factory=list,
        description=(
            "several inference servers, requests to the least-loaded healthy one; empty: the one `host` "
            "(--host, repeatable, replaces this list)"
        ),
    )
    host: str = Field("http://127.0.0.1:11434", description="overridden by OLLAMA_HOST, then --host")
    api: Literal["ollama", "openai"] = "ollama"
    base_url: str | None = Field(None, description="OpenAI-compatible base URL (…/v1); --base-url")
    api_key: str | None = Field(None, description="bearer token for OpenAI-compatible servers")
    keep_alive: str = "24h"
    think: bool = Field(False, description="Qwen3 thinking mode; off for structured output")
    timeout: float = Field(600.0, gt=0, description="seconds per request (generation is slow)")
    connect_timeout: float = Field(5.0, gt=0)
    retries: int = Field(3, ge=0, description="extra attempts after a failed request")
    backoff: float = Field(1.0, ge=0, description="first retry delay in seconds, doubled each time")
    concurrency: int = Field(2, ge=1, description="requests in flight at once")
    max_backoff: float = Field(60.0, ge=0, description="longest pause before a down server is tried again")
    max_error_share: float = Field(0.5, gt=0, le=1, description="stop when this share of requests fail")
    min_requests_for_stop: int = Field(8, ge=1, description="requests seen before early stop may fire")
    # ---- models and sampling -----------------------------------------------------------------
    models: dict[str, str] = Field(
        default_factory=_per_type(
            emotional_authenticity="qwen3:30b-a3b",
            dramatic_irony="qwen3:30b-a3b",
            tension_building="qwen3:30b-a3b",
            memory_resonance="qwen3:30b-a3b",
            personality_traits="qwen3:8b",
            relationship_scoring="qwen3:8b",
            multi_step="qwen3:8b",
            summary="qwen3:8b",
        )
    )
    temperatures: dict[str, float] = Field(
        default_factory=_per_type(
            emotional_authenticity=0.82,
            dramatic_irony=0.85,
            tension_building=0.88,
            memory_resonance=0.85,
            personality_traits=0.9,
            relationship_scoring=0.88,
            multi_step=0.8,
            summary=0.3,
        )
    )
    batch_sizes: dict[str, int] = Field(
        default_factory=_per_type(
            emotional_authenticity=10,
            dramatic_irony=8,
            tension_building=10,
            memory_resonance=10,
            personality_traits=25,
            relationship_scoring=20,
        )
    )
    type_weights: dict[str, float] = Field(
        default_factory=lambda: {**DAILY_TARGETS, MULTI_STEP: MULTI_STEP_WEIGHT},
        description="share of --samples per type (the domain spec's daily_target of each type)",
    )
    tokens_per_example: int = Field(800, ge=64, description="num_predict = examples x this (min 3000)")
    min_tokens: int = Field(3000, ge=64)
    seed: int = 42
    # ---- systematic coverage, judge, files -------------------------------------------------------
    parameters: ParameterSpace = Field(default_factory=ParameterSpace)
    judge: JudgeConfig = Field(default_factory=JudgeConfig)
    out_dir: str = "training_output_v1.2"
    coverage_db: str | None = Field(None, description="SQLite coverage database; default <out>/coverage.db")
    prompts: str | None = Field(None, description="folder of prompt .txt files; null = the packaged prompts")
    master_truths_version: str = "v1.2"
    pipeline_version: str = "v2.2"

    @field_validator("servers", mode="before")
    @classmethod
    def _server_strings(cls, v):
        if isinstance(v, (list, tuple)):
            return [{"url": x} if isinstance(x, str) else x for x in v]
        return v

    @model_validator(mode="after")
    def _known_types(self) -> GenerationConfig:
        for key in ("models", "temperatures"):
            missing = [t for t in ALL_DATA_TYPES if t not in getattr(self, key)]
            if missing:
                raise ValueError(f"{key} has no entry for {', '.join(missing)}")
        missing = [t for t in TYPED_DATA_TYPES if t not in self.batch_sizes]
        if missing:
            raise ValueError(f"batch_sizes has no entry for {', '.join(missing)}")
        return self

    def model_for(self, data_type: str) -> str:
        return self.models.get(data_type) or self.models[MULTI_STEP]
