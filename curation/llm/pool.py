"""Several inference servers behind one client: least-loaded routing, failover, one cache.

Why: one GPU gives 4-20 samples a minute; users scale out by running an inference server per GPU box
(Ollama, or vLLM/SGLang with data parallelism, possibly behind a load balancer) and fanning requests out.
`ServerPool` has the interface the generation run uses (`chat`, `check`, `stats`, `api`,
`concurrency`), so a run neither knows nor cares how many servers answer it. Each server is an
`LLMClient` used for single attempts (`send_once`); the pool owns retries, the request cache and
the routing:

- a request goes to the healthy server with the lowest load (requests in flight over its
  concurrency, divided by its weight) that serves the request's model (each server's models are
  read from /api/tags or /v1/models by `check`; a 404 "model not found" removes the model from that
  server's list); requests beyond the free slots wait, oldest first, and a freed slot wakes one of them;
- a failed attempt (connection refused, timeout, dropped connection, HTTP 429/5xx) marks the server
  down for `backoff` seconds, doubled per consecutive failure up to `max_backoff`, and the request is
  retried on another server; once the pause is over one request probes the server, and its success
  brings the server back;
- a request fails (`RequestFailed`) after `retries + 1` failed attempts that reached a server;
  refused connections are not charged to the request, but once every server that could serve it
  has refused `retries + 1` connections in a row the run stops with `ServerUnavailable`;
- answers are cached by request key before they are returned, and concurrent callers of the same
  key wait for the first one: a completed request is never asked again, on any server.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..errors import UserError
from .client import (
    DEFAULT_HOST,
    ChatRequest,
    ChatResult,
    ClientStats,
    LLMClient,
    ModelMissing,
    RequestCache,
    RequestFailed,
    ServerUnavailable,
    Transient,
    normalize_host,
    resolve_host,
)

log = logging.getLogger("curation.generate")

HOST_OPTIONS = ("api", "weight", "concurrency")


@dataclass(frozen=True)
class ServerSpec:
    """A resolved server: where, which API, how much traffic it takes."""

    url: str
    api: str = "ollama"
    weight: float = 1.0
    concurrency: int = 2

    @property
    def name(self) -> str:
        """host:port (plus path), without credentials: what logs, bars and reports show."""
        parts = urlsplit(self.url if "://" in self.url else "http://" + self.url)
        host = parts.hostname or self.url
        if ":" in host:
            host = f"[{host}]"
        port = f":{parts.port}" if parts.port else ""
        path = parts.path.rstrip("/")
        return f"{host}{port}{path}"


def parse_host(text: str, *, api: str = "ollama", concurrency: int = 2) -> ServerSpec:
    """One `--host` value: ``URL[,api=openai][,weight=W][,concurrency=N]``."""
    url, *opts = [p.strip() for p in text.split(",")]
    values: dict[str, str] = {}
    for o in opts:
        k, sep, v = o.partition("=")
        if not sep or k not in HOST_OPTIONS:
            raise UserError(f"--host {text}: '{o}' is not one of api=ollama|openai, weight=W, concurrency=N")
        values[k] = v
    try:
        kind = values.get("api", api)
        if kind not in ("ollama", "openai"):
            raise ValueError("api must be ollama or openai")
        weight = float(values.get("weight", 1.0))
        conc = int(values.get("concurrency", concurrency))
        if weight <= 0 or conc < 1:
            raise ValueError("weight must be > 0 and concurrency >= 1")
    except ValueError as e:
        raise UserError(f"--host {text}: {e}") from None
    if not url:
        raise UserError(f"--host {text}: no address")
    return ServerSpec(url, kind, weight, conc)


def resolve_servers(
    gen: Any,
    hosts: list[str] | None = None,
    *,
    api: str | None = None,
    base_url: str | None = None,
    concurrency: int | None = None,
    env: dict[str, str] | None = None,
) -> list[ServerSpec]:
    """The servers of a run: `--host` values (repeatable) beat `generation.servers`, which beats the
    single default server (`--base-url` for the OpenAI API, else OLLAMA_HOST, else `generation.host`)."""
    kind = api or gen.api
    conc = concurrency or gen.concurrency
    if hosts:
        return [parse_host(h, api=kind, concurrency=conc) for h in hosts]
    if gen.servers:
        return [
            ServerSpec(s.url, s.api or kind, s.weight, concurrency or s.concurrency or gen.concurrency)
            for s in gen.servers
        ]
    url = (
        (base_url or gen.base_url)
        if kind == "openai" and (base_url or gen.base_url)
        else resolve_host(gen.host, None, env)
    )
    return [ServerSpec(url, kind, 1.0, conc)]


@dataclass
class ServerState:
    """One server's health, load and counts, as the pool sees them."""

    spec: ServerSpec
    client: LLMClient
    in_flight: int = 0
    fails: int = 0  # consecutive failed attempts (one per incident, see `epoch`)
    connect_fails: int = 0  # consecutive refused connections
    down_until: float = 0.0
    epoch: int = 0  # bumped at every state change; failures of attempts begun earlier are not recounted
    models: set[str] | None = None  # None: not known yet
    lacks: set[str] = field(default_factory=set)
    ok: int = 0
    errors: int = 0
    busy_seconds: float = 0.0
    first_used: float | None = None
    last_error: str = ""

    @property
    def name(self) -> str:
        return self.spec.name

    def serves(self, model: str) -> bool:
        if model in self.lacks:
            return False
        if self.models is None:
            return True
        return model in self.models or model.removesuffix(":latest") in self.models

    def gone(self, retries: int) -> bool:
        return self.connect_fails > retries

    def state(self, now: float) -> str:
        if self.fails == 0:
            return "up"
        return "down" if now < self.down_until else "probing"

    def ready(self, now: float) -> bool:
        st = self.state(now)
        if st == "up":
            return self.in_flight < self.spec.concurrency
        return st == "probing" and self.in_flight == 0  # one request tests a server coming back


def _resolve(fut: asyncio.Future) -> None:
    if not fut.done():
        fut.set_result(None)


class ServerPool:
    """Async chat over several servers. ``async with ServerPool(...) as p: text = (await p.chat(r)).text``."""

    def __init__(
        self,
        specs: list[ServerSpec],
        *,
        cache: RequestCache | None = None,
        api_key: str | None = None,
        timeout: float = 600.0,
        connect_timeout: float = 5.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        keep_alive: str = "24h",
        think: bool = False,
    ) -> None:
        if not specs:
            raise UserError("no inference server configured (generation.servers or --host)")
        self.specs = list(specs)
        self.cache = cache
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._client_args = dict(
            api_key=api_key,
            timeout=timeout,
            connect_timeout=connect_timeout,
            retries=0,
            backoff=0.0,
            keep_alive=keep_alive,
            think=think,
        )
        self.servers = [self._state(s) for s in self.specs]
        self._stats = ClientStats()
        self._waiting: dict[str, asyncio.Event] = {}
        self._queue: list[tuple[str, asyncio.Future]] = []  # requests waiting for a slot: (model, wake-up)
        self._loop: asyncio.AbstractEventLoop | None = None

    def _state(self, spec: ServerSpec) -> ServerState:
        base = spec.url if spec.api == "openai" else None
        host = normalize_host(spec.url) if spec.api == "ollama" else DEFAULT_HOST
        return ServerState(
            spec, LLMClient(api=spec.api, host=host, base_url=base, concurrency=spec.concurrency, **self._client_args)
        )

    @classmethod
    def from_settings(
        cls,
        gen: Any,
        *,
        hosts: list[str] | str | None = None,
        api: str | None = None,
        base_url: str | None = None,
        cache: RequestCache | None = None,
        concurrency: int | None = None,
    ) -> ServerPool:
        """Build from a `GenerationConfig`; `hosts`/`api`/`base_url`/`concurrency` are CLI overrides."""
        if isinstance(hosts, str):
            hosts = [hosts]
        specs = resolve_servers(gen, hosts, api=api, base_url=base_url, concurrency=concurrency)
        return cls(
            specs,
            cache=cache,
            api_key=gen.api_key or os.environ.get("OPENAI_API_KEY"),
            timeout=gen.timeout,
            connect_timeout=gen.connect_timeout,
            retries=gen.retries,
            backoff=gen.backoff,
            max_backoff=gen.max_backoff,
            keep_alive=gen.keep_alive,
            think=gen.think,
        )

    # ---- what a run reads ------------------------------------------------------------------------
    @property
    def api(self) -> str:
        """The first server's API (part of a run's fingerprint; servers may be added on resume)."""
        return self.specs[0].api

    @property
    def concurrency(self) -> int:
        return sum(s.concurrency for s in self.specs)

    @property
    def stats(self) -> ClientStats:
        st = self._stats
        st.sent = sum(s.client.stats.sent for s in self.servers)
        by: dict[str, int] = {}
        for s in self.servers:
            for k, v in s.client.stats.by_status.items():
                by[k] = by.get(k, 0) + v
        st.by_status = by
        return st

    @property
    def where(self) -> str:
        if len(self.servers) == 1:
            return self.servers[0].client.where
        return f"{len(self.servers)} servers ({', '.join(s.name for s in self.servers)})"

    def server_stats(self) -> list[dict[str, Any]]:
        """Per server: state, answers, errors, answers per minute since first use, last error."""
        now = time.monotonic()
        rows = []
        for s in self.servers:
            span = now - s.first_used if s.first_used is not None else 0.0
            rows.append(
                {
                    "server": s.name,
                    "api": s.spec.api,
                    "state": s.state(now),
                    "in_flight": s.in_flight,
                    "answered": s.ok,
                    "errors": s.errors,
                    "per_minute": round(s.ok / span * 60, 1) if span > 0 else 0.0,
                    "mean_seconds": round(s.busy_seconds / s.ok, 3) if s.ok else None,
                    "last_error": s.last_error,
                }
            )
        return rows

    # ---- lifecycle -------------------------------------------------------------------------------
    async def __aenter__(self) -> ServerPool:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for s in self.servers:
            await s.client.aclose()

    # ---- routing ---------------------------------------------------------------------------------
    def _wake(self, freed: ServerState | None = None) -> None:
        """Wake the waiting requests a freed slot of `freed` can take (the oldest first), or all of them after a
        change of state (a server back, a model found missing). Waking one waiter per slot, not every waiter
        per slot, keeps a release O(slots): with hundreds waiting, waking all cost ms of CPU per request."""
        if freed is None:
            free = len(self._queue)
        else:
            up = freed.state(time.monotonic()) == "up"
            free = freed.spec.concurrency - freed.in_flight if up else int(freed.in_flight == 0)
        if free <= 0 or not self._queue:
            return
        kept, seen = [], 0
        for model, fut in self._queue:
            if free == 0:
                break
            seen += 1
            if not fut.done() and (freed is None or freed.serves(model)):
                fut.set_result(None)
                free -= 1
            elif not fut.done():
                kept.append((model, fut))
        self._queue = kept + self._queue[seen:]

    async def _acquire(self, model: str) -> ServerState:
        while True:
            now = time.monotonic()
            able = [s for s in self.servers if s.serves(model)]
            if not able:
                raise ModelMissing(self._missing(model))
            if all(s.gone(self.retries) for s in able):
                raise ServerUnavailable(self._down(able))
            ready = [s for s in able if s.ready(now)]
            if ready:
                best = min(
                    ready,
                    key=lambda s: (
                        s.in_flight / (s.spec.concurrency * s.spec.weight),
                        -s.spec.weight,
                        self.servers.index(s),
                    ),
                )
                best.in_flight += 1
                if best.first_used is None:
                    best.first_used = now
                return best
            wake = [s.down_until - now for s in able if s.state(now) == "down"]
            fut = asyncio.get_running_loop().create_future()
            self._queue.append((model, fut))
            timer = (
                asyncio.get_running_loop().call_later(max(min(wake), 0.0), _resolve, fut) if wake else None
            )  # a paused server's pause ends: look again
            try:
                await fut
            except asyncio.CancelledError:
                if fut.done() and not fut.cancelled():
                    self._wake()  # woken for a slot but cancelled: hand the slot on
                raise
            finally:
                if timer is not None:
                    timer.cancel()

    def _release(self, s: ServerState) -> None:
        s.in_flight -= 1
        self._wake(s)

    def _failed(self, s: ServerState, epoch: int, e: Transient) -> None:
        s.errors += 1
        s.last_error = str(e)[:200]
        if epoch != s.epoch:  # begun before the server was marked down: same incident
            return
        s.fails += 1
        s.connect_fails = s.connect_fails + 1 if e.connect else 0
        pause = min(self.backoff * 2 ** (s.fails - 1), self.max_backoff)
        s.down_until = time.monotonic() + pause
        s.epoch += 1
        log.warning("server %s down for %.1f s (%s)", s.name, pause, s.last_error)
        self._wake()  # requests waiting for its slots look elsewhere, or for the end of its pause

    def _succeeded(self, s: ServerState, seconds: float) -> None:
        s.ok += 1
        s.busy_seconds += seconds
        if s.fails:
            log.warning("server %s is back", s.name)
            s.fails = s.connect_fails = 0
            s.epoch += 1
            self._wake()  # all its slots are open again

    def _missing(self, model: str) -> str:
        if len(self.servers) == 1:
            return self.servers[0].client.pull_hint(model)
        return (
            f"model '{model}' is not available on any of the {len(self.servers)} servers "
            f"({', '.join(s.name for s in self.servers)}): pull or load it on at least one"
        )

    def _down(self, servers: list[ServerState]) -> str:
        if len(self.servers) == 1:
            return self.servers[0].client.down_message()
        return f"no server is reachable: {', '.join(s.name for s in servers)} (check --host / generation.servers)"

    # ---- requests --------------------------------------------------------------------------------
    async def chat(self, req: ChatRequest) -> ChatResult:
        """The answer for `req` from the cache or from one server; see the module docstring."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # events belong to one loop; a pool may serve several asyncio.run()s
            self._loop, self._waiting, self._queue = loop, {}, []
        key = req.key
        while True:
            if self.cache is not None:
                hit = self.cache.get(key)
                if hit is not None:
                    self._stats.cache_hits += 1
                    return ChatResult(hit, cached=True)
            other = self._waiting.get(key)
            if other is None:
                break
            await other.wait()  # the same request is in flight: take its answer (or ask if it failed)
        done = asyncio.Event()
        self._waiting[key] = done
        try:
            return await self._ask(req)
        finally:
            del self._waiting[key]
            done.set()

    async def _ask(self, req: ChatRequest) -> ChatResult:
        charged = 0
        attempts = 0
        last = ""
        while True:
            s = await self._acquire(req.model)
            epoch = s.epoch
            attempts += 1
            if attempts > 1:
                self._stats.retries += 1
            started = time.monotonic()
            try:
                text = await s.client.send_once(req)
            except Transient as e:
                self._release(s)
                self._failed(s, epoch, e)
                last = f"{s.name}: {e}"
                charged += not e.connect
                if charged > self.retries:
                    self._stats.failed += 1
                    raise RequestFailed(
                        f"{req.purpose or 'request'} to {req.model} failed after {attempts} attempts: {last}"
                    ) from None
                continue
            except ModelMissing:
                self._release(s)
                s.lacks.add(req.model)
                log.warning("server %s does not serve %s; asking the others", s.name, req.model)
                self._wake()  # requests waiting for that model may have no server left
                continue
            except RequestFailed:
                self._release(s)
                s.errors += 1
                self._stats.failed += 1
                raise
            except BaseException:
                self._release(s)
                raise
            self._release(s)
            self._succeeded(s, time.monotonic() - started)
            self._stats.ok += 1
            if self.cache is not None:
                self.cache.put(req, text)
            return ChatResult(text, attempts=attempts)

    # ---- checks ----------------------------------------------------------------------------------
    async def survey(self, models: list[str]) -> list[dict[str, Any]]:
        """Ask every server for its models at once. Per server: name, where, `up`, its models, the
        needed ones it lacks, and the one-line problem when down. Down servers start the run marked
        down (tried again after the backoff)."""

        async def one(s: ServerState) -> dict[str, Any]:
            row: dict[str, Any] = {
                "server": s.name,
                "where": s.client.where,
                "up": False,
                "models": [],
                "lacks": [],
                "problem": "",
            }
            try:
                have = await s.client.list_models()
            except UserError as e:
                row["problem"] = str(e)
                s.fails = max(s.fails, 1)
                s.connect_fails = max(s.connect_fails, 1)
                s.down_until = time.monotonic() + self.backoff
                s.last_error = row["problem"][:200]
                return row
            names = {n for n in have if n} | {n.removesuffix(":latest") for n in have if n}
            s.models = names
            row.update(
                up=True, models=sorted(n for n in have if n), lacks=[m for m in sorted(set(models)) if not s.serves(m)]
            )
            return row

        return list(await asyncio.gather(*(one(s) for s in self.servers)))

    async def check(self, models: list[str]) -> list[dict[str, Any]]:
        """Raise ServerUnavailable when no server is up, ModelMissing when a model is on no server
        that is up; otherwise the survey (servers down or lacking a model are logged)."""
        rows = await self.survey(models)
        up = [r for r in rows if r["up"]]
        if not up:
            raise ServerUnavailable(
                rows[0]["problem"] if len(rows) == 1 else "no server is up: " + "; ".join(r["problem"] for r in rows)
            )
        for m in sorted(set(models)):
            if all(m in r["lacks"] for r in up):
                raise ModelMissing(self._missing(m) if len(rows) > 1 else self.servers[0].client.pull_hint(m))
        for r in rows:
            if not r["up"]:
                log.warning("server %s is down at the start: %s", r["server"], r["problem"])
            elif r["lacks"]:
                log.warning("server %s lacks %s: those requests go to the others", r["server"], ", ".join(r["lacks"]))
        return rows
