"""Configuration of the outputs: where the dataset folder goes, its default format and names, and the
publishing sub-sections (dataset card, QLoRA configs). The token budget and the row contract are stages:
their sections are `stages.tokens` and `stages.contract` (`curation/stages/settings.py`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from ..config_base import Section


class CardConfig(Section):
    template: str | None = Field(None, description="Jinja2 template of the card; null = the packaged one")
    language: list[str] = Field(default_factory=lambda: ["en"])
    task_categories: list[str] = Field(default_factory=lambda: ["text-generation"])
    tags: list[str] = Field(
        default_factory=lambda: ["fiction", "roleplay", "synthetic", "narrative", "axolotl", "qlora", "sharegpt"]
    )
    assets_dir: str = Field("assets", description="plots, relative to the dataset folder")
    histogram_bins: int = Field(20, ge=2, le=200)


class QloraConfig(Section):
    """Axolotl QLoRA configs written by `unwritten qlora` (defaults: the spec's training configuration)."""

    out_dir: str = "configs/qlora"
    base_model: str = "Qwen/Qwen3-8B"
    chat_template: str = "chatml"
    dataset: Literal["local", "hub"] = Field(
        "local", description="dataset path: the local folder or output.hub_repo_id"
    )
    lora_r: int = Field(16, ge=1)
    lora_alpha: int = Field(32, ge=1)
    lora_dropout: float = Field(0.05, ge=0, lt=1)
    learning_rate: float = Field(2e-4, gt=0)
    num_epochs: int = Field(3, ge=1)
    micro_batch_size: int = Field(8, ge=1)
    gradient_accumulation_steps: int = Field(4, ge=1)
    warmup_steps: int = Field(100, ge=0)
    sample_packing: bool = True
    min_sequence_len: int = Field(256, ge=64, description="floor of the percentile-derived sequence_len")
    sequence_len_percentile: float = Field(
        100.0, gt=0, le=100, description="rows above it would be dropped by Axolotl: keep 100"
    )
    tokens_per_second: float = Field(1500.0, gt=0, description="training throughput for the time estimate")
    output_root: str = Field(
        "outputs", description="Axolotl output_dir and prepared-data parent (absolute in the configs)"
    )


class OutputConfig(Section):
    dir: str = "builders/unwritten"
    # the report and rejects are written inside the dataset folder (build_report.json, rejects.jsonl), so
    # that they swap in with it; these two keys of older configs are accepted and warned about
    report: str | None = Field(None, description="no longer used: the report is <dir>/build_report.json")
    rejects: str | None = Field(None, description="no longer used: the rejects are <dir>/rejects.jsonl")
    default_format: Literal["conversations", "messages"] = Field(
        "conversations",
        description="the default config of the dataset folder and the rows the QLoRA configs "
        "train on: ShareGPT `conversations` (from/value) or OpenAI-style `messages` (role/content); both are "
        "always written",
    )
    pretty_name: str = "Unwritten: narrative character interactions and manuscript scenes"
    license: str = "other"
    hub_repo_id: str | None = Field(None, description="the Hub dataset repo (card's load example, QLoRA dataset path)")
    card: CardConfig = Field(default_factory=CardConfig)
    qlora: QloraConfig = Field(default_factory=QloraConfig)

    @field_validator("hub_repo_id")
    @classmethod
    def _repo_id(cls, v: str | None) -> str | None:
        if v is not None:
            # imported only when a repo id is set: huggingface_hub is slow to import and reads its env at import
            from huggingface_hub.utils import HFValidationError, validate_repo_id

            try:
                validate_repo_id(v)
            except HFValidationError:
                raise ValueError(
                    f"not a valid Hub repo id {v!r} (expected NAME or NAMESPACE/NAME: letters, digits, '-', '_', '.')"
                ) from None
        return v
