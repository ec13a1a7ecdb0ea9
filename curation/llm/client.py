"""One LLM client for Ollama's native API and for OpenAI-compatible servers.

Ollama: ``POST /api/chat`` with ``format`` set to a JSON schema, ``options`` (temperature, seed,
num_predict), ``keep_alive`` and ``think``. OpenAI-compatible (vLLM, llama.cpp server, LM Studio):
``POST /v1/chat/completions`` with ``response_format = {"type": "json_schema", ...}``.

The client is asynchronous (httpx.AsyncClient) with bounded concurrency, timeouts, retries with
exponential backoff on transient failures (connection errors, timeouts, HTTP 429/5xx) and a request
cache: an answer already received for the same (model, prompt, options, seed) is returned from the
cache, so a rerun of an interrupted generation resumes without asking again. A missing model or an
unreachable server raises a `UserError` with a one-line fix ("run `ollama pull qwen3:30b-a3b`").
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import logging
import os
import sqlite3
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from ..errors import UserError

log = logging.getLogger("curation.generate")

DEFAULT_HOST = "http://127.0.0.1:11434"


class ServerUnavailable(UserError):
    """The LLM server cannot be reached."""


class ModelMissing(UserError):
    """The server answers but does not have the model."""


class RequestFailed(Exception):
    """A request failed after all retries (counted toward the error rate, not fatal by itself)."""


class Transient(Exception):
    """One attempt failed in a way worth retrying: connection refused (`connect`), timeout, dropped
    connection, HTTP 429/5xx, an answer that is not JSON."""

    def __init__(self, message: str, connect: bool = False) -> None:
        super().__init__(message)
        self.connect = connect


def normalize_host(host: str) -> str:
    """Ollama's own rules for OLLAMA_HOST: scheme optional (http), port optional (11434)."""
    host = host.strip().rstrip("/")
    if not host:
        return DEFAULT_HOST
    if "://" not in host:
        host = "http://" + host
    scheme, rest = host.split("://", 1)
    hostport = rest.split("/", 1)[0]
    path = rest[len(hostport) :]
    has_port = "]:" in hostport if hostport.startswith("[") else ":" in hostport  # "[...]": an IPv6 literal
    if not has_port:
        hostport += ":11434" if scheme == "http" else ""
    if hostport.startswith("0.0.0.0"):
        hostport = "127.0.0.1" + hostport[len("0.0.0.0") :]
    return f"{scheme}://{hostport}{path}"


def resolve_host(config_host: str | None, cli_host: str | None = None, env: dict[str, str] | None = None) -> str:
    """Server address: --host beats OLLAMA_HOST beats the config (as Ollama's own tools do)."""
    env = os.environ if env is None else env
    return normalize_host(cli_host or env.get("OLLAMA_HOST") or config_host or DEFAULT_HOST)


@dataclass(frozen=True)
class ChatRequest:
    """Everything that determines an answer; its `key` is the cache key."""

    model: str
    messages: tuple[tuple[str, str], ...]  # (role, content)
    schema: dict[str, Any] | None = None
    temperature: float = 0.8
    seed: int = 0
    num_predict: int = 3000
    purpose: str = ""  # for logs only; not part of the key

    @classmethod
    def make(cls, model: str, system: str | None, user: str, **kw: Any) -> ChatRequest:
        msgs = ((("system", system),) if system else ()) + (("user", user),)
        return cls(model=model, messages=msgs, **kw)

    def options(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "seed": self.seed, "num_predict": self.num_predict}

    @functools.cached_property  # asked for by the cache lookup, the in-flight table and the cache write
    def key(self) -> str:
        blob = json.dumps(
            [self.model, self.messages, self.schema, self.options()],
            sort_keys=True,
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass
class ChatResult:
    text: str
    cached: bool = False
    attempts: int = 0


class RequestCache:
    """SQLite map from request key to answer text. Only successful answers are stored."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, model TEXT, "
                "purpose TEXT, text TEXT NOT NULL)"
            )
        except sqlite3.DatabaseError as e:
            raise UserError(f"{self.path}: not a usable request cache ({e}); move it away") from None

    def get(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT text FROM responses WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, req: ChatRequest, text: str) -> None:
        """Store an answer; the first one for a key is kept (one completed request, one entry)."""
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO responses (key, model, purpose, text) VALUES (?,?,?,?)",
                (req.key, req.model, req.purpose, text),
            )

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


@dataclass
class ClientStats:
    sent: int = 0  # HTTP requests actually made (including retries)
    ok: int = 0
    failed: int = 0  # requests that failed after all retries
    cache_hits: int = 0
    retries: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def error_share(self) -> float:
        done = self.ok + self.failed
        return self.failed / done if done else 0.0


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context, built once per process: building it reads the CA bundle (30 ms),
    and a pool builds a client per server and per run."""
    return httpx.create_ssl_context(verify=True, trust_env=False)


class LLMClient:
    """Async chat client. Use as ``async with LLMClient(...) as c: text = (await c.chat(req)).text``."""

    def __init__(
        self,
        *,
        api: str = "ollama",
        host: str = DEFAULT_HOST,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 600.0,
        connect_timeout: float = 5.0,
        retries: int = 3,
        backoff: float = 1.0,
        concurrency: int = 2,
        keep_alive: str = "24h",
        think: bool = False,
        cache: RequestCache | None = None,
    ) -> None:
        if api not in ("ollama", "openai"):
            raise UserError(f"unknown api '{api}' (use 'ollama' or 'openai')")
        self.api = api
        self.host = normalize_host(host)
        if api == "openai":
            url = (base_url or self.host + "/v1").rstrip("/")
            self.base_url = url if url.endswith("/v1") or "/v1/" in url else url + "/v1"
        else:
            self.base_url = self.host
        self.api_key = api_key
        self.timeout = httpx.Timeout(timeout, connect=connect_timeout)
        self.retries = retries
        self.backoff = backoff
        self.concurrency = concurrency
        self.keep_alive = keep_alive
        self.think = think
        self.cache = cache
        self.stats = ClientStats()
        self._http: httpx.AsyncClient | None = None
        self._sem: asyncio.Semaphore | None = None

    @classmethod
    def from_settings(
        cls,
        gen: Any,
        *,
        host: str | None = None,
        api: str | None = None,
        base_url: str | None = None,
        cache: RequestCache | None = None,
        concurrency: int | None = None,
    ) -> LLMClient:
        """Build from a `GenerationConfig`; `host`/`api`/`base_url` are CLI overrides. With
        `generation.servers` and no override: the first of those servers (`pool.ServerPool` uses them all)."""
        common = dict(
            api_key=gen.api_key or os.environ.get("OPENAI_API_KEY"),
            timeout=gen.timeout,
            connect_timeout=gen.connect_timeout,
            retries=gen.retries,
            backoff=gen.backoff,
            keep_alive=gen.keep_alive,
            think=gen.think,
            cache=cache,
        )
        if getattr(gen, "servers", None) and not host and not base_url:
            first = gen.servers[0]
            kind = api or first.api or gen.api
            return cls(
                api=kind,
                host=normalize_host(first.url) if kind == "ollama" else DEFAULT_HOST,
                base_url=first.url if kind == "openai" else None,
                concurrency=concurrency or first.concurrency or gen.concurrency,
                **common,
            )
        return cls(
            api=api or gen.api,
            host=resolve_host(gen.host, host),
            base_url=base_url or gen.base_url,
            concurrency=concurrency or gen.concurrency,
            **common,
        )

    # ---- lifecycle -------------------------------------------------------------------------------
    async def __aenter__(self) -> LLMClient:
        self._ensure()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()

    def _ensure(self) -> httpx.AsyncClient:
        if self._http is None:
            limits = httpx.Limits(max_connections=self.concurrency + 2, max_keepalive_connections=self.concurrency + 2)
            headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
            self._http = httpx.AsyncClient(
                timeout=self.timeout, limits=limits, headers=headers, trust_env=False, verify=_ssl_context()
            )
            self._sem = asyncio.Semaphore(self.concurrency)
        return self._http

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    @property
    def where(self) -> str:
        return f"{'Ollama' if self.api == 'ollama' else 'OpenAI-compatible server'} at {self.base_url}"

    # ---- wire formats ----------------------------------------------------------------------------
    def _payload(self, req: ChatRequest) -> tuple[str, dict[str, Any]]:
        messages = [{"role": r, "content": c} for r, c in req.messages]
        if self.api == "ollama":
            body: dict[str, Any] = {
                "model": req.model,
                "messages": messages,
                "stream": False,
                "options": req.options(),
                "keep_alive": self.keep_alive,
                "think": self.think,
            }
            if req.schema is not None:
                body["format"] = req.schema
            return self.base_url + "/api/chat", body
        if not self.think and messages:  # Qwen3's soft switch; servers without `think` honour it
            messages[-1] = {**messages[-1], "content": messages[-1]["content"] + "\n/no_think"}
        body = {
            "model": req.model,
            "messages": messages,
            "temperature": req.temperature,
            "seed": req.seed,
            "max_tokens": req.num_predict,
            "stream": False,
        }
        if req.schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {
                    "name": (req.purpose or "output").replace(" ", "_")[:64] or "output",
                    "schema": req.schema,
                    "strict": False,
                },
            }
        return self.base_url + "/chat/completions", body

    def _text(self, data: Any) -> str:
        try:
            if self.api == "ollama":
                return data["message"]["content"] or ""
            return data["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError):
            raise RequestFailed(f"unexpected answer shape from {self.where}: {str(data)[:200]}") from None

    def _missing_model(self, resp: httpx.Response, model: str) -> bool:
        if resp.status_code != 404:
            return False
        try:
            msg = str(resp.json().get("error", ""))
        except ValueError:
            msg = resp.text
        return "not found" in msg.lower() or "model" in msg.lower() or self.api == "ollama"

    def pull_hint(self, model: str) -> str:
        if self.api == "ollama":
            return f"model '{model}' is not available on {self.where}: run `ollama pull {model}`"
        return f"model '{model}' is not served by {self.where}: load it in the server or pick another model"

    # ---- requests --------------------------------------------------------------------------------
    async def send_once(self, req: ChatRequest) -> str:
        """One HTTP attempt, no cache and no retry: the answer text, or `Transient` (worth asking again,
        here or on another server), `ModelMissing`, `RequestFailed` (a 4xx: asking again will not help).
        The building block of `chat` and of `pool.ServerPool`."""
        http = self._ensure()
        url, body = self._payload(req)
        self.stats.sent += 1
        try:
            resp = await http.post(url, json=body)
        except (httpx.ConnectError, httpx.ConnectTimeout) as e:
            raise Transient(f"cannot connect ({type(e).__name__})", connect=True) from None
        except (
            httpx.TimeoutException,
            httpx.RemoteProtocolError,
            httpx.ReadError,
            httpx.WriteError,
            httpx.PoolTimeout,
        ) as e:
            raise Transient(
                f"{type(e).__name__} after {self.timeout.read}s"
                if isinstance(e, httpx.TimeoutException)
                else type(e).__name__
            ) from None
        code = str(resp.status_code)
        self.stats.by_status[code] = self.stats.by_status.get(code, 0) + 1
        if self._missing_model(resp, req.model):
            raise ModelMissing(self.pull_hint(req.model))
        if resp.status_code == 429 or resp.status_code >= 500:
            raise Transient(f"HTTP {resp.status_code}: {resp.text[:200]}")
        if resp.status_code >= 400:
            raise RequestFailed(f"HTTP {resp.status_code} from {url}: {resp.text[:200]}")
        try:
            return self._text(resp.json())
        except ValueError:
            raise Transient("answer is not JSON") from None

    async def chat(self, req: ChatRequest) -> ChatResult:
        """The answer text for `req` (from the cache when asked before). Raises RequestFailed after
        the retries, ModelMissing at once, ServerUnavailable when the server never answered."""
        if self.cache is not None:
            hit = self.cache.get(req.key)
            if hit is not None:
                self.stats.cache_hits += 1
                return ChatResult(hit, cached=True)
        self._ensure()
        assert self._sem is not None
        last: str = ""
        connect_failures = 0
        async with self._sem:
            for attempt in range(self.retries + 1):
                if attempt:
                    self.stats.retries += 1
                    await asyncio.sleep(self.backoff * (2 ** (attempt - 1)))
                try:
                    text = await self.send_once(req)
                except Transient as e:
                    connect_failures += e.connect
                    last = str(e)
                    continue
                except RequestFailed:
                    self.stats.failed += 1
                    raise
                self.stats.ok += 1
                if self.cache is not None:
                    self.cache.put(req, text)
                return ChatResult(text, attempts=attempt + 1)
        if connect_failures == self.retries + 1:
            raise ServerUnavailable(self.down_message())
        self.stats.failed += 1
        raise RequestFailed(
            f"{req.purpose or 'request'} to {req.model} failed after {self.retries + 1} attempts: {last}"
        )

    def down_message(self) -> str:
        if self.api == "ollama":
            return (
                f"cannot connect to Ollama at {self.base_url}: start it with `ollama serve` "
                f"(or set --host / OLLAMA_HOST)"
            )
        return f"cannot connect to the OpenAI-compatible server at {self.base_url} (check --base-url)"

    async def list_models(self) -> list[str]:
        http = self._ensure()
        url = self.base_url + ("/api/tags" if self.api == "ollama" else "/models")
        try:
            resp = await http.get(url)
        except httpx.HTTPError:
            raise ServerUnavailable(self.down_message()) from None
        if resp.status_code != 200:
            raise ServerUnavailable(f"{self.where} answered HTTP {resp.status_code} to {url}")
        try:
            data = resp.json()
            if self.api == "ollama":
                return [m.get("name") or m.get("model") for m in data.get("models", [])]
            return [m["id"] for m in data.get("data", [])]
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ServerUnavailable(f"{self.where} is not an {self.api} API server ({url})") from None

    async def check(self, models: list[str]) -> list[str]:
        """Raise ServerUnavailable / ModelMissing unless the server is up and has every model."""
        have = await self.list_models()
        names = set(have) | {n.removesuffix(":latest") for n in have if n}
        for m in sorted(set(models)):
            if m not in names and m.removesuffix(":latest") not in names:
                raise ModelMissing(self.pull_hint(m))
        return have


def run_sync(coro: Any) -> Any:
    """Run a coroutine from synchronous code (also from inside a running loop, via a thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    out: dict[str, Any] = {}

    def target() -> None:
        try:
            out["v"] = asyncio.run(coro)
        except BaseException as e:  # re-raised in the caller's thread
            out["e"] = e

    t = threading.Thread(target=target)
    t.start()
    t.join()
    if "e" in out:
        raise out["e"]
    return out["v"]
