"""An optional LLM-written scene summary, for the manuscript prompts ("Write the scene where ...").

Uses the same client (cache, retries, clear errors) as generation. Synchronous, so manuscript code
can call it per scene without an event loop of its own.
"""

from __future__ import annotations

from .answers import strip_think
from .client import ChatRequest, LLMClient, run_sync
from .prompts import Prompts

MAX_SCENE_CHARS = 12000


def summary_request(text: str, *, model: str = "qwen3:8b", temperature: float = 0.3, seed: int = 0,
                    prompts: Prompts | None = None) -> ChatRequest:
    prompts = prompts or Prompts()
    body = text if len(text) <= MAX_SCENE_CHARS else text[:MAX_SCENE_CHARS]
    return ChatRequest.make(model, None, prompts.render("scene_summary", text=body), temperature=temperature,
                            seed=seed, num_predict=200, purpose="scene summary")


def summarize_scene(client: LLMClient, text: str, *, model: str = "qwen3:8b", seed: int = 0,
                    prompts: Prompts | None = None) -> str:
    """One or two sentences summarising `text`; raises UserError when the server/model is missing."""

    async def go() -> str:
        fresh = LLMClient(api=client.api, host=client.host, base_url=client.base_url, api_key=client.api_key,
                          timeout=client.timeout.read or 600.0, retries=client.retries, backoff=client.backoff,
                          concurrency=1, keep_alive=client.keep_alive, think=client.think, cache=client.cache)
        async with fresh:
            return (await fresh.chat(summary_request(text, model=model, seed=seed, prompts=prompts))).text

    out = strip_think(run_sync(go()))
    return " ".join(out.strip().strip('"').split())
