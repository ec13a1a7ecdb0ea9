"""Configuration of the outputs: where the dataset folder, report and rejects go."""

from __future__ import annotations

from ..config_base import Section


class OutputConfig(Section):
    dir: str = "builders/unwritten"
    report: str = "builders/unwritten.build.json"
    rejects: str = "builders/unwritten.rejects.jsonl"
    pretty_name: str = "Unwritten: narrative character interactions and manuscript scenes"
    license: str = "other"
