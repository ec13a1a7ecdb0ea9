"""Configuration of the generation pipeline (LLM server, models, batch sizes)."""

from __future__ import annotations

from ..config_base import Section


class GenerationConfig(Section):
    host: str = "http://127.0.0.1:11434"
    api: str = "ollama"
