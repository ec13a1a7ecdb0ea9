"""The LLM client against a real HTTP server on 127.0.0.1 (tests/fake_ollama.py), with faults."""

from __future__ import annotations

import asyncio
import json

import pytest
from fake_ollama import FakeOllama

from curation.llm.answers import BadAnswer, parse_answer
from curation.llm.client import (
    ChatRequest,
    LLMClient,
    ModelMissing,
    RequestCache,
    RequestFailed,
    ServerUnavailable,
    normalize_host,
    resolve_host,
)
from curation.llm.scene_summary import summarize_scene

SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "score": {"type": "number", "minimum": 0, "maximum": 1}},
    "required": ["name", "score"],
}


def req(model="qwen3:8b", seed=1, user="hello") -> ChatRequest:
    return ChatRequest.make(model, "system", user, schema=SCHEMA, temperature=0.5, seed=seed, purpose="test")


def ask(client: LLMClient, r: ChatRequest):
    async def go():
        async with client:
            return await client.chat(r)

    return asyncio.run(go())


def test_host_resolution_follows_ollama_rules():
    assert normalize_host("example:1234") == "http://example:1234"
    assert normalize_host("0.0.0.0") == "http://127.0.0.1:11434"
    assert normalize_host("https://gpu.local") == "https://gpu.local"
    assert resolve_host("http://cfg:1", None, {"OLLAMA_HOST": "env:2"}) == "http://env:2"
    assert resolve_host("http://cfg:1", "cli:3", {"OLLAMA_HOST": "env:2"}) == "http://cli:3"
    assert resolve_host("http://cfg:1", None, {}) == "http://cfg:1"


@pytest.mark.parametrize("api", ["ollama", "openai"])
def test_structured_answer_both_apis(server, api):
    c = LLMClient(api=api, host=server.url, base_url=server.url + "/v1" if api == "openai" else None)
    value = parse_answer(ask(c, req()).text)
    assert set(value) == {"name", "score"} and 0 <= value["score"] <= 1


@pytest.mark.parametrize("fault", ["think", "fence", "prose"])
def test_wrapped_answers_are_salvaged(server, fault):
    server.script = [fault]
    text = ask(LLMClient(host=server.url), req()).text
    assert text != json.dumps(parse_answer(text))  # it was wrapped ...
    assert set(parse_answer(text)) == {"name", "score"}  # ... and still parses


def test_malformed_answer_is_reported_not_crashing(server):
    server.script = ["malformed"]
    text = ask(LLMClient(host=server.url), req()).text
    try:
        value = parse_answer(text)  # salvage may recover a prefix object ...
        assert isinstance(value, (dict, list))
    except BadAnswer:  # ... or say clearly there is nothing usable
        pass


def test_http_500_is_retried_then_succeeds(server):
    server.script = ["500", "500"]
    c = LLMClient(host=server.url, retries=3, backoff=0.01)
    res = ask(c, req())
    assert res.attempts == 3 and c.stats.retries == 2 and c.stats.by_status == {"500": 2, "200": 1}


def test_http_500_exhausts_retries(server):
    server.script = ["500"] * 5
    c = LLMClient(host=server.url, retries=2, backoff=0.01)
    with pytest.raises(RequestFailed, match="after 3 attempts"):
        ask(c, req())


def test_slow_answer_times_out_and_retries(server):
    server.slow_seconds = 1.0
    server.script = ["slow"]
    c = LLMClient(host=server.url, timeout=0.2, retries=1, backoff=0.01)
    assert set(parse_answer(ask(c, req()).text)) == {"name", "score"}
    assert c.stats.retries == 1


def test_missing_model_names_the_pull_command(server):
    with pytest.raises(ModelMissing, match=r"run `ollama pull qwen3:14b`"):
        ask(LLMClient(host=server.url), req(model="qwen3:14b"))

    async def check():
        async with LLMClient(host=server.url) as c:
            await c.check(["qwen3:8b", "qwen3:99b"])

    with pytest.raises(ModelMissing, match="qwen3:99b"):
        asyncio.run(check())


def test_server_down_is_one_clear_error():
    c = LLMClient(host="http://127.0.0.1:9", retries=1, backoff=0.01, connect_timeout=0.5)
    with pytest.raises(ServerUnavailable, match="ollama serve"):
        ask(c, req())


def test_cache_answers_repeated_requests(server, tmp_path):
    cache = RequestCache(tmp_path / "cache.sqlite")
    first = ask(LLMClient(host=server.url, cache=cache), req(seed=7))
    again = ask(LLMClient(host=server.url, cache=cache), req(seed=7))
    other = ask(LLMClient(host=server.url, cache=cache), req(seed=8))
    assert not first.cached and again.cached and again.text == first.text and not other.cached
    assert len(server.chat_keys) == 2


def test_concurrency_is_bounded(server):
    server.slow_seconds = 0.2
    server.fault_rates = {"slow": 1.0}
    c = LLMClient(host=server.url, concurrency=3)

    async def go():
        async with c:
            return await asyncio.gather(*(c.chat(req(seed=i)) for i in range(9)))

    import time

    t = time.perf_counter()
    asyncio.run(go())
    elapsed = time.perf_counter() - t
    assert len(server.chat_keys) == 9
    assert elapsed >= 0.55  # 9 requests, 3 at a time, 0.2 s each: three waves at least


def test_summarize_scene_uses_the_client(tmp_path):
    with FakeOllama(plain_text="<think>plan</think>Mara waits for her brother at the station.") as s:
        out = summarize_scene(LLMClient(host=s.url), "Mara stood on the platform...")
    assert out == "Mara waits for her brother at the station."
