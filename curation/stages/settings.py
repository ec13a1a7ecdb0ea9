"""Configuration of the curation stages: one section model per stage, each a sub-section of `stages:`
(`stages.tokens`, `.filters`, `.dedupe`, `.balance`, `.contract`, `.split`). Each stage's `from_config`
receives its own section (and, named, what it shares with another)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ..config_base import Section
from ..domain import load_spec


class FiltersConfig(Section):
    """Heuristic quality filters; each drop has a named reason (see curation/stages/filters.py)."""

    enabled: bool = True
    min_words: dict[str, int] = Field(
        default_factory=lambda: {"interaction": 8},
        description="per kind, words in the content (scenes: the chunking: section)",
    )
    max_words: dict[str, int] = Field(default_factory=lambda: {"interaction": 2000})
    max_repeated_ngram_share: float = Field(0.3, ge=0, le=1, description="share of word 4-grams that are repeats")
    max_repeated_line_share: float = Field(0.3, ge=0, le=1, description="share of non-empty lines repeated")
    min_language_words: int = Field(20, ge=1, description="texts with fewer words are never judged not_english")
    min_other_share: float = Field(
        0.12,
        ge=0,
        le=1,
        description=(
            "not_english when function words of es/fr/de/it/pt/nl are at least this share of the words and "
            "outnumber English ones (English prose: 0.4-0.55 English, ~0 other)"
        ),
    )
    max_non_latin_share: float = Field(
        0.5, ge=0, le=1, description="not_english when more letters than this are in non-Latin scripts"
    )
    check: list[str] = Field(
        default_factory=lambda: ["length", "repetition", "markup", "refusal", "think_tags", "placeholder", "language"]
    )

    @model_validator(mode="after")
    def _scene_bounds_are_chunking(self) -> FiltersConfig:
        for name in ("min_words", "max_words"):
            if "scene" in getattr(self, name):
                raise ValueError(
                    f"scene lengths are the chunk bounds: remove 'scene' here and write "
                    f"'chunking: {{{name}: {getattr(self, name)['scene']}}}' (one place for the "
                    f"chunker and this filter)"
                )
        return self


class DedupeConfig(Section):
    exact: bool = True
    near: bool = True
    threshold: float = Field(0.85, gt=0, le=1, description="rapidfuzz fuzz.ratio/100 on normalised content")
    shingle: int = Field(16, ge=2, le=64, description="characters per shingle")
    sample_mod: int = Field(4, ge=1, description="keep shingles whose hash % sample_mod == 0")
    anchors: int = Field(24, ge=1, description="rarest shared shingles per record used as anchors")
    max_df: int = Field(128, ge=2, description="shingles in more records than this are never anchors")
    rare_df: int = Field(
        4,
        ge=1,
        description=(
            "shingles in up to this many records count as equally rare when anchors are chosen (a record with "
            "many variants still gets anchors shared with each of them)"
        ),
    )
    min_shared: int = Field(2, ge=1, description="of one record's anchors the other must hold (per direction)")
    lsh_below: int = Field(
        8,
        ge=0,
        description=(
            "records with fewer usable (rare enough) shingles than this are also looked up by MinHash-LSH, bands and "
            "rows derived from the threshold (short texts made of stock lines); 0: anchors only"
        ),
    )

    @model_validator(mode="after")
    def _rare_within_max(self) -> DedupeConfig:
        if self.rare_df > self.max_df:
            raise ValueError(f"rare_df ({self.rare_df}) must not exceed max_df ({self.max_df})")
        return self


def _weights(table: dict[str, float]) -> dict[str, float]:
    """A default weight table as written (typed for mypy: the literal's integers are weights)."""
    return table


class BalanceConfig(Section):
    """Target mix per data type, coverage bucket, scene type and universe; achieved mix is reported.

    Defaults keep typical builds whole: data types are downsampled only where a type's share exceeds
    `tolerance` (1.5) x its target, only down to that share, and never below `min_keep` (0.5) of the
    type's records; the manuscript scene-type mix is reported only (``scene_type_mode: report``),
    because cutting a book's scenes to reach 30/25/25/20 loses its text. ``tolerance: 1`` with
    ``min_keep: 0`` gives exact target proportions (the largest total every category can supply).
    Achieved against target is in the ledger notes in every mode.
    """

    enabled: bool = True
    data_types: dict[str, float] = Field(
        default_factory=lambda: {t: ts.daily_target for t, ts in load_spec().types.items() if ts.daily_target},
        description="relative weights (default: the domain spec's daily_target of each type, the readme's "
        "production table); types not listed pass",
    )
    data_type_mode: Literal["report", "downsample"] = Field(
        "downsample", description="downsample = cut over-represented types within tolerance; report = measure only"
    )
    scene_types: dict[str, float] = Field(
        default_factory=lambda: _weights({"action": 30, "dialogue": 25, "introspective": 25, "exposition": 20}),
        description="relative weights; names as the manuscript tagger writes them",
    )
    scene_type_mode: Literal["report", "downsample"] = Field(
        "report", description="report = measure only (default: never cut a book's scenes); downsample = cut"
    )
    universes: dict[str, float] = Field(default_factory=dict, description="empty = no universe targets")
    universe_mode: Literal["report", "downsample"] = "downsample"
    tolerance: float = Field(
        1.5,
        ge=1,
        description=(
            "downsample a category only while its share exceeds tolerance x target, and only down to that share"
        ),
    )
    min_keep: float = Field(0.5, ge=0, le=1, description="never keep fewer than this share of a category's records")
    coverage_keys: list[str] = Field(
        default_factory=lambda: ["capacity_level", "authenticity_target", "complexity_type"],
        description="metadata keys forming coverage buckets (capacity x authenticity x complexity)",
    )
    max_bucket_share: float | None = Field(
        None, gt=0, le=1, description="cap any coverage bucket at this share of its type"
    )
    upsample: bool = False
    max_upsample: float = Field(2.0, ge=1, description="a record is copied at most this many times")


class SplitConfig(Section):
    train: float = Field(0.8, ge=0, le=1)
    validation: float = Field(0.1, ge=0, le=1)
    test: float = Field(0.1, ge=0, le=1)
    stratify: list[str] = Field(default_factory=lambda: ["kind", "data_type", "universe"])
    contamination_check: bool = True
    leakage_ngram: int = Field(
        8,
        ge=3,
        description="a prompt sharing this many consecutive words with another "
        "split's answer is a leak (checked with contamination_check)",
    )

    @model_validator(mode="after")
    def _sums_to_one(self) -> SplitConfig:
        total = self.train + self.validation + self.test
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"train + validation + test must be 1.0, got {total:g}")
        return self


class TokensConfig(Section):
    """How rows are counted and what happens to a row longer than `sequence_len` (never truncation)."""

    encoding: str = Field("cl100k_base", description="tiktoken encoding used when no tokenizer.json is set")
    tokenizer_json: str | None = Field(
        None, description="a base model's tokenizer.json (local path) for exact counts of the rendered chat"
    )
    chat_template: Literal["chatml"] = Field("chatml", description="how a conversation is rendered before counting")
    # 4096: a 2,500-word scene (the chunker's upper bound) renders to ~3,400 tokens with its prompt;
    # 2048 would force splits below the 800-word lower bound.
    sequence_len: int = Field(4096, ge=64, description="the training sequence length rows must fit in")
    policy: Literal["drop", "split", "raise"] = Field(
        "split", description="over-length rows: drop with a reason, split scenes (drop others), or stop the build"
    )
    margin: int = Field(0, ge=0, description="tokens kept free below sequence_len (approximate counters)")
    part_note: str = Field(
        "(Part {part} of {parts}.)", description="appended to the prompt of each part of a split scene"
    )


class ContractRoles(Section):
    system: str = "system"
    user: str = "human"
    assistant: str = "gpt"

    @model_validator(mode="after")
    def _distinct(self) -> ContractRoles:
        if len({self.system, self.user, self.assistant}) != 3:
            raise ValueError("system, user and assistant role names must be distinct")
        return self


class ContractConfig(Section):
    """The Axolotl row contract checked on every row before it is written."""

    roles: ContractRoles = Field(default_factory=ContractRoles)
    require_system: bool = Field(False, description="reject rows without a leading system turn")


class StagesConfig(Section):
    """The `stages:` section: one sub-section per stage, in pipeline order."""

    tokens: TokensConfig = Field(default_factory=TokensConfig)
    filters: FiltersConfig = Field(default_factory=FiltersConfig)
    dedupe: DedupeConfig = Field(default_factory=DedupeConfig)
    balance: BalanceConfig = Field(default_factory=BalanceConfig)
    contract: ContractConfig = Field(default_factory=ContractConfig)
    split: SplitConfig = Field(default_factory=SplitConfig)
