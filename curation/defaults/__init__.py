"""The packaged defaults: starter config, system prompts, generation prompts and dataset card template.

They ship inside the package (found through ``importlib.resources``), so an installed ``unwritten`` works
from any folder. A config key left at ``null`` (``interactions.system_prompts``, ``generation.prompts``,
``output.card.template``) means the packaged file; a path replaces it with the user's own.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

STARTER_CONFIG = "unwritten.yaml"
SYSTEM_PROMPTS = "prompts/system_prompts.yaml"
GENERATION_PROMPTS = "prompts/generation"
CARD_TEMPLATE = "dataset_card.md.j2"


def path(name: str) -> Path:
    """A packaged file or folder as a filesystem path (the package is installed unzipped)."""
    return Path(str(resources.files(__name__).joinpath(name)))


def text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
