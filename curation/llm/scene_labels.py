"""Chunk labels from the LLM the user already runs (`manuscripts.labeller: llm | both`).

One request per chunk to the `generation:` server (Ollama or OpenAI-compatible) through the shared
client, with its request cache, retries and one-line errors: the prompt is the packaged
`scene_labels.txt` (or the user's prompt folder's), holding the book's character sheet and the chunk,
and the answer is constrained by `LABEL_SCHEMA` (structured output). A rebuild from a full cache asks
nothing. An answer that fails after retries, or does not fit the schema, is None for that chunk: the
caller keeps the heuristic tags and lists the chunk for review.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from ..domain.scene_types import NARRATIVE_PERSONS, SCENE_TYPES, scene_type_meanings
from ..errors import UserError
from .answers import BadAnswer, parse_answer
from .client import ChatRequest, LLMClient, RequestCache, RequestFailed, run_sync
from .prompt_files import Prompts

log = logging.getLogger("curation.manuscripts")

MAX_SCENE_CHARS = 16000

LABEL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "pov": {"type": ["string", "null"]},
        "person": {"type": "string", "enum": list(NARRATIVE_PERSONS)},
        "scene_type": {"type": "string", "enum": list(SCENE_TYPES)},
        "tension": {"type": "integer", "minimum": 1, "maximum": 5},
        "setting": {"type": ["string", "null"]},
        "characters": {"type": "array", "items": {"type": "string"}, "maxItems": 12},
        "summary": {"type": "string"},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    },
    "required": ["pov", "person", "scene_type", "tension", "setting", "characters", "summary", "confidence"],
}


def clean_labels(value: Any) -> dict | None:
    """The answer as tags, or None when it does not fit the schema (a wrong type or enum value)."""
    if not isinstance(value, dict):
        return None
    out: dict[str, Any] = {}
    pov = value.get("pov")
    if pov is not None and not isinstance(pov, str):
        return None
    out["pov"] = (pov or "").strip() or None
    if str(out["pov"]).lower() in ("null", "none", "unknown", "n/a"):
        out["pov"] = None
    if value.get("person") not in NARRATIVE_PERSONS or value.get("scene_type") not in SCENE_TYPES:
        return None
    out["person"], out["scene_type"] = value["person"], value["scene_type"]
    tension = value.get("tension")
    if isinstance(tension, float) and tension.is_integer():
        tension = int(tension)
    if not isinstance(tension, int) or isinstance(tension, bool) or not 1 <= tension <= 5:
        return None
    out["tension"] = tension
    setting = value.get("setting")
    out["setting"] = setting.strip() if isinstance(setting, str) and setting.strip() else None
    chars = value.get("characters") or []
    if not isinstance(chars, list):
        return None
    seen: dict[str, None] = {}
    for c in chars:
        if isinstance(c, str) and c.strip():
            seen.setdefault(" ".join(c.split()), None)
    out["characters"] = list(seen)
    summary = value.get("summary")
    out["summary"] = " ".join(summary.split()) if isinstance(summary, str) and summary.strip() else None
    conf = value.get("confidence")
    out["confidence"] = (
        float(conf) if isinstance(conf, (int, float)) and not isinstance(conf, bool) and 0 <= conf <= 1 else None
    )
    return out


class LLMLabeller:
    """Callable ``(texts, book, sheet) -> [labels | None]`` built from the `generation:` section."""

    def __init__(
        self, gen: Any, cache_path: str | Path, prompts_dir: str | Path | None = None, host: str | None = None
    ) -> None:
        self.gen = gen
        self.host = host
        self.cache_path = Path(cache_path)
        user = Path(prompts_dir) if prompts_dir else None
        self.prompts = Prompts(user if user and (user / "scene_labels.txt").is_file() else None)
        self.prompts.source("scene_labels")  # a broken prompt file fails at configuration time
        self.model = gen.models.get("labels") or gen.model_for("summary")
        self.temperature = gen.temperatures.get("labels", 0.1)
        self.seed = gen.seed
        self._cache = None

    def request(self, text: str, book: str, sheet: str):
        body = text if len(text) <= MAX_SCENE_CHARS else text[:MAX_SCENE_CHARS]
        prompt = self.prompts.render(
            "scene_labels", text=body, book=book, sheet=sheet, scene_types=scene_type_meanings()
        )
        return ChatRequest.make(
            self.model,
            None,
            prompt,
            schema=LABEL_SCHEMA,
            temperature=self.temperature,
            seed=self.seed,
            num_predict=600,
            purpose="scene labels",
        )

    def __call__(self, texts: list[str], book: str, sheet: str) -> list[dict | None]:
        if self._cache is None:
            self._cache = RequestCache(self.cache_path)
        reqs = [self.request(t, book, sheet) for t in texts]

        async def go() -> list[Any]:
            async with LLMClient.from_settings(self.gen, host=self.host, cache=self._cache) as c:
                if any(self._cache.get(r.key) is None for r in reqs):
                    await c.check([self.model])
                return await asyncio.gather(*(c.chat(r) for r in reqs), return_exceptions=True)

        out: list[dict | None] = []
        for got in run_sync(go()):
            if isinstance(got, RequestFailed):
                log.warning("scene labels failed: %s", got)
                out.append(None)
            elif isinstance(got, (UserError, BaseException)):
                raise got
            else:
                try:
                    out.append(clean_labels(parse_answer(got.text)))
                except BadAnswer:
                    out.append(None)
        return out
