"""Prompt files (the packaged curation/defaults/prompts/generation/*.txt, or `generation.prompts`), rendered
with Jinja2.

Prompts are data the user tunes, so they live as files; a missing file or an undefined variable is a
one-line error naming the file. The text of every prompt used is part of the run fingerprint, so
editing a prompt starts a new run instead of resuming an old one with a different prompt.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import jinja2

from .. import defaults
from ..errors import UserError


class Prompts:
    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder else defaults.path(defaults.GENERATION_PROMPTS)
        if not self.folder.is_dir():
            raise UserError(f"prompt folder not found: {self.folder} (generation.prompts; null = the packaged prompts)")
        self.env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=False, autoescape=False)
        self._templates: dict[str, jinja2.Template] = {}
        self._sources: dict[str, str] = {}

    def source(self, name: str) -> str:
        """The prompt file's text, read once per Prompts (a dict on the instance, freed with it)."""
        if name not in self._sources:
            path = self.folder / f"{name}.txt"
            try:
                self._sources[name] = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise UserError(f"prompt file not found: {path}") from None
        return self._sources[name]

    def render(self, name: str, **values: Any) -> str:
        try:
            template = self._templates.get(name)
            if template is None:  # compiled once: a run renders a prompt per request
                template = self._templates[name] = self.env.from_string(self.source(name))
            return template.render(**values).strip()
        except jinja2.TemplateError as e:
            raise UserError(f"{self.folder / (name + '.txt')}: {e}") from None

    def fingerprint(self) -> str:
        h = hashlib.sha256()
        for p in sorted(self.folder.glob("*.txt")):
            h.update(p.name.encode() + b"\0" + p.read_bytes())
        return h.hexdigest()[:16]
