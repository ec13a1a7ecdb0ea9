"""An optional LLM-written scene summary, for the manuscript prompts ("Write the scene where ...").

Uses the same client (cache, retries, clear errors) as generation. Synchronous, so manuscript code
can call it per scene or per book without an event loop of its own.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from .answers import strip_think
from .client import ChatRequest, LLMClient, RequestCache, RequestFailed, run_sync
from .prompt_files import Prompts

log = logging.getLogger("curation.generate")

MAX_SCENE_CHARS = 12000


def summary_request(
    text: str, *, model: str = "qwen3:8b", temperature: float = 0.3, seed: int = 0, prompts: Prompts | None = None
) -> ChatRequest:
    prompts = prompts or Prompts()
    body = text if len(text) <= MAX_SCENE_CHARS else text[:MAX_SCENE_CHARS]
    return ChatRequest.make(
        model,
        None,
        prompts.render("scene_summary", text=body),
        temperature=temperature,
        seed=seed,
        num_predict=200,
        purpose="scene summary",
    )


def _clean(answer: str) -> str:
    return " ".join(strip_think(answer).strip().strip('"').split())


def _fresh(client: LLMClient, concurrency: int) -> LLMClient:
    """A client with `client`'s settings for one event loop (httpx clients are bound to their loop)."""
    return LLMClient(
        api=client.api,
        host=client.host,
        base_url=client.base_url,
        api_key=client.api_key,
        timeout=client.timeout.read or 600.0,
        connect_timeout=client.timeout.connect or 5.0,
        retries=client.retries,
        backoff=client.backoff,
        concurrency=concurrency,
        keep_alive=client.keep_alive,
        think=client.think,
        cache=client.cache,
    )


def summarize_scenes(
    client: LLMClient,
    texts: list[str],
    *,
    model: str = "qwen3:8b",
    temperature: float = 0.3,
    seed: int = 0,
    prompts: Prompts | None = None,
) -> list[str | None]:
    """One summary per text, asked concurrently (the client's concurrency); None where the request
    failed after its retries. Checks the server and model once, only when something is not cached, so
    a rebuild from a full cache asks nothing. Raises ServerUnavailable / ModelMissing (UserError)."""
    reqs = [summary_request(t, model=model, temperature=temperature, seed=seed, prompts=prompts) for t in texts]

    async def go() -> list[Any]:
        async with _fresh(client, client.concurrency) as c:
            if any(c.cache is None or c.cache.get(r.key) is None for r in reqs):
                await c.check([model])
            return await asyncio.gather(*(c.chat(r) for r in reqs), return_exceptions=True)

    out: list[str | None] = []
    for got in run_sync(go()):
        if isinstance(got, RequestFailed):
            log.warning("scene summary failed: %s", got)
            out.append(None)
        elif isinstance(got, BaseException):
            raise got
        else:
            out.append(_clean(got.text) or None)
    return out


def summarize_scene(
    client: LLMClient, text: str, *, model: str = "qwen3:8b", seed: int = 0, prompts: Prompts | None = None
) -> str:
    """One or two sentences summarising `text`; raises UserError when the server/model is missing."""

    async def go() -> str:
        async with _fresh(client, 1) as c:
            return (await c.chat(summary_request(text, model=model, seed=seed, prompts=prompts))).text

    return _clean(run_sync(go()))


class SceneSummarizer:
    """Callable ``texts -> summaries`` for manuscript prompts, built from the `generation:` section.

    Host resolution is the generation client's (config, then OLLAMA_HOST); answers are cached in SQLite
    at `cache_path` (opened on first use), so a rebuild asks nothing twice and gets the same summaries.
    """

    def __init__(
        self, client: LLMClient, cache_path: str | Path, *, model: str, temperature: float, seed: int, prompts: Prompts
    ) -> None:
        self.client = client
        self.cache_path = Path(cache_path)
        self.model = model
        self.temperature = temperature
        self.seed = seed
        self.prompts = prompts
        prompts.source("scene_summary")  # a missing prompt file fails at configuration time

    @classmethod
    def from_settings(
        cls, gen: Any, cache_path: str | Path, prompts_dir: str | Path | None = None, host: str | None = None
    ) -> SceneSummarizer:
        """`host`: a CLI override (beats OLLAMA_HOST, which beats the config)."""
        prompts = Prompts(prompts_dir)
        return cls(
            LLMClient.from_settings(gen, host=host),
            cache_path,
            model=gen.model_for("summary"),
            temperature=gen.temperatures.get("summary", 0.3),
            seed=gen.seed,
            prompts=prompts,
        )

    @property
    def host(self) -> str:
        return self.client.base_url

    def __call__(self, texts: list[str]) -> list[str | None]:
        if self.client.cache is None:
            self.client.cache = RequestCache(self.cache_path)
        return summarize_scenes(
            self.client, texts, model=self.model, temperature=self.temperature, seed=self.seed, prompts=self.prompts
        )
