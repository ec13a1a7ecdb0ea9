"""A generation run: plan, ask, validate, judge, write batch files, record coverage; resumable.

Resuming: the run's plan is a pure function of the run manifest (seed, run id, arguments, the coverage
counts when the run started), and every answer is cached by request key. A rerun of an interrupted run
with the same arguments replays the plan, takes every answer it already has from the cache, and asks
only for what is missing; batch files are rewritten with identical names and content, and the coverage
database counts each sample once. A finished run is not resumed: the next run plans new examples
(gap-first against the updated coverage).

Files, in the spec's formats (docs/interaction-formats.md):
- ``<type>_batch<NNNN>_<YYYYMMDD_HHMMSS>_<run>.json``: typed batch object (header + samples); ``<run>`` is a
  short random run id, so two runs started in the same second never write the same name;
- ``multi_step_batch_<YYYYMMDD_HHMMSS>_<run>.json``: JSON array of interactions, or
  ``multi_step_batch_PARTIAL_<...>.json`` when interrupted (removed once the run completes);
- ``coverage.db`` (SQLite), ``training_generation_v1.2.log``; state in ``.generate/`` (request cache,
  run manifest, judge verdicts, per-server counts in ``servers.json`` for `unwritten monitor`, and the lock
  that refuses a second run into the same folder).

The client is an `LLMClient` (one server) or a `pool.ServerPool` (several): requests complete in any
order on any server, but every file is written in the order of the plan (batch numbers, slot order,
multi-step by index), so two runs over different servers are comparable.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import secrets
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..atomic import write_text
from ..errors import UserError
from ..ingest.interactions.settings import InteractionsConfig
from ..llm.answers import BadAnswer, answer_items, parse_answer
from ..llm.client import ChatRequest, LLMClient, ModelMissing, RequestFailed, ServerUnavailable
from ..llm.prompt_files import Prompts
from ..locks import output_lock
from . import judge as judging
from . import multistep, typed
from .coverage import CoverageDB
from .parameters import Planner, dimensions_for, slot_parameters, slot_rng
from .settings import ALL_DATA_TYPES, MULTI_STEP, GenerationConfig
from .validate import validate_sample

log = logging.getLogger("curation.generate")

STATE_DIR = ".generate"
MAX_ATTEMPTS = 3


@dataclass
class Slot:
    data_type: str
    index: int  # position among this type's examples in the run
    combo: tuple[str, ...]
    params: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.data_type}:{self.index}"


@dataclass
class Job:
    data_type: str
    number: int  # batch number (typed, 1-based) or interaction index (multi-step)
    slots: list[Slot]


@dataclass
class RunSummary:
    out: Path
    run_id: str
    samples: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    failed_jobs: int = 0
    dropped_samples: int = 0
    flagged_rules: dict[str, int] = field(default_factory=dict)
    judged: int = 0
    flagged_batches: list[str] = field(default_factory=list)
    interrupted: bool = False
    stopped_reason: str | None = None
    resumed: bool = False
    requests_sent: int = 0
    cache_hits: int = 0
    partial_file: str | None = None
    servers: list[dict[str, Any]] = field(default_factory=list)  # per server: state, answers, errors

    @property
    def total(self) -> int:
        return sum(self.samples.values())


def _add_signal_handlers(loop: asyncio.AbstractEventLoop, handler: Callable[[], None]) -> list[signal.Signals]:
    """Ctrl-C and SIGTERM call `handler`; the signals installed (none where the loop cannot, e.g. off the main
    thread), for removal at the end."""
    installed: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, handler)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):
            pass
    return installed


def allocate(total: int, types: list[str], weights: dict[str, float]) -> dict[str, int]:
    """Split `total` across types by weight (largest remainder), at least one each when possible."""
    w = {t: max(float(weights.get(t, 1.0)), 0.0) or 1.0 for t in types}
    if total >= len(types):
        base = {t: 1 for t in types}
        rest = total - len(types)
    else:
        base = {t: 0 for t in types}
        rest = total
    s = sum(w.values())
    raw = {t: rest * w[t] / s for t in types}
    out = {t: base[t] + int(raw[t]) for t in types}
    left = total - sum(out.values())
    for t in sorted(types, key=lambda t: (-(raw[t] - int(raw[t])), types.index(t)))[:left]:
        out[t] += 1
    return out


class GenerationRun:
    def __init__(
        self,
        gen: GenerationConfig,
        client: LLMClient,
        out: str | Path,
        *,
        samples: int | None = None,
        hours: float | None = None,
        types: list[str] | None = None,
        judge: bool | None = None,
        interactions: InteractionsConfig | None = None,
        prompts: Prompts | None = None,
        coverage_db: str | Path | None = None,
        progress: Callable[[RunSummary, int | None], None] | None = None,
    ) -> None:
        if (samples is None) == (hours is None):
            raise UserError("give either --samples N or --hours H")
        if samples is not None and samples < 1:
            raise UserError("--samples must be at least 1")
        types = list(types or ALL_DATA_TYPES)
        unknown = [t for t in types if t not in ALL_DATA_TYPES]
        if unknown:
            raise UserError(f"unknown data type(s): {', '.join(unknown)}; known: {', '.join(ALL_DATA_TYPES)}")
        self.gen, self.client, self.out = gen, client, Path(out)
        self.samples, self.hours, self.types = samples, hours, types
        self.judge_on = gen.judge.enabled if judge is None else judge
        self.interactions = interactions or InteractionsConfig()
        self.prompts = prompts or Prompts()
        self.coverage_path = (
            Path(coverage_db)
            if coverage_db
            else (Path(gen.coverage_db) if gen.coverage_db else self.out / "coverage.db")
        )
        self.progress = progress
        self.state = self.out / STATE_DIR
        self.system = self.prompts.render("system", master_truths_version=gen.master_truths_version)
        self._stop: asyncio.Event = asyncio.Event()  # replaced inside the running loop
        self._stop_reason: str | None = None
        self._fatal: BaseException | None = None
        self._requests = 0
        self._bad = 0
        self._multi: dict[int, dict[str, Any]] = {}
        self._verdicts: list[judging.Verdict] = []
        self._servers_saved = 0.0
        self._servers_writing: asyncio.Future | None = None

    # ---- manifest --------------------------------------------------------------------------------
    def models_needed(self) -> list[str]:
        models = {self.gen.model_for(t) for t in self.types}
        if self.judge_on and self.gen.judge.sample_share > 0:
            models.add(self.gen.judge.model)
        return sorted(models)

    def fingerprint(self) -> str:
        g = self.gen
        blob = {
            "samples": self.samples,
            "hours": self.hours,
            "types": self.types,
            "seed": g.seed,
            "models": {t: g.model_for(t) for t in self.types},
            "temperatures": g.temperatures,
            "batch_sizes": g.batch_sizes,
            "weights": g.type_weights,
            "parameters": g.parameters.model_dump(),
            "judge": g.judge.model_dump() if self.judge_on else None,
            "api": self.client.api,
            "think": g.think,
            "prompts": self.prompts.fingerprint(),
            "versions": [g.master_truths_version, g.pipeline_version],
            "tokens": [g.tokens_per_example, g.min_tokens],
        }
        return hashlib.sha256(json.dumps(blob, sort_keys=True, default=str).encode()).hexdigest()[:20]

    def _load_or_start(self, cov: CoverageDB) -> dict[str, Any]:
        path = self.state / "run.manifest"
        fp = self.fingerprint()
        if path.exists():
            try:
                m = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                m = {}
            if m.get("fingerprint") == fp and m.get("status") != "complete":
                m["resumes"] = int(m.get("resumes", 0)) + 1
                self._save_manifest(m)
                m["resumed"] = True
                return m
        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        short = secrets.token_hex(3)  # two runs started in the same second never share file names
        m = {
            "fingerprint": fp,
            "timestamp": stamp,
            "short_id": short,
            "run_id": f"{self.gen.seed}-{stamp}-{short}",
            "status": "running",
            "start_counts": {t: [[list(c), n] for c, n in sorted(cov.counts(t).items())] for t in self.types},
            "resumes": 0,
        }
        self._save_manifest(m)
        m["resumed"] = False
        return m

    def _save_manifest(self, m: dict[str, Any]) -> None:
        write_text(self.state / "run.manifest", json.dumps({k: v for k, v in m.items() if k != "resumed"}, indent=1))

    def _set_status(self, m: dict[str, Any], status: str) -> None:
        self._save_manifest({**m, "status": status})

    # ---- planning --------------------------------------------------------------------------------
    def plan(self, manifest: dict[str, Any]) -> Iterator[Job]:
        """Jobs in a deterministic order, interleaving types by their share (endless with --hours)."""
        space = self.gen.parameters
        run_id = manifest["run_id"]
        starts = {t: {tuple(c): n for c, n in manifest["start_counts"].get(t, [])} for t in self.types}
        planners = {
            t: Planner(dimensions_for(t, space), starts[t], space.gap_first, seed=f"{run_id}|{t}") for t in self.types
        }
        quota = allocate(self.samples, self.types, self.gen.type_weights) if self.samples else None
        weights = {t: max(self.gen.type_weights.get(t, 1.0), 1e-9) for t in self.types}
        wsum = sum(weights.values())
        planned = {t: 0 for t in self.types}
        batches = {t: 0 for t in self.types}
        while True:
            open_types = [t for t in self.types if quota is None or planned[t] < quota[t]]
            if not open_types:
                return
            total = sum(planned.values()) + 1
            t = max(open_types, key=lambda x: (weights[x] / wsum * total - planned[x], -self.types.index(x)))
            size = 1 if t == MULTI_STEP else self.gen.batch_sizes[t]
            if quota is not None:
                size = min(size, quota[t] - planned[t])
            slots = []
            for _ in range(size):
                combo = planners[t].next()
                i = planned[t]
                params = slot_parameters(t, combo, space, slot_rng(run_id, t, i))
                slots.append(Slot(t, i, combo, params))
                planned[t] += 1
            batches[t] += 1
            yield Job(t, batches[t] if t != MULTI_STEP else slots[0].index, slots)

    def _start_order(self, jobs: Iterator[Job]) -> Iterator[Job]:
        """The order jobs are started in. A multi-step interaction is a chain of one request per step, the
        longest job of a run: started in plan order, the last chains began when the typed batches were
        nearly done and the run ended waiting on them alone (most of the gap between 4 servers' request
        rate and their `generate` rate). With a sample count the plan is finite, so chains start first
        (longest first) while typed batches fill the remaining slots; what is asked, the file names and
        their content stay those of the plan. With --hours the plan is endless and runs in plan order."""
        if self.samples is None:
            return jobs
        return iter(sorted(jobs, key=lambda job: job.data_type != MULTI_STEP))  # stable: plan order within each

    # ---- requests --------------------------------------------------------------------------------
    def _seed(self, *parts: Any) -> int:
        return int(hashlib.sha256("|".join(map(str, (self.run_id, *parts))).encode()).hexdigest()[:8], 16)

    def _num_predict(self, n: int) -> int:
        return max(self.gen.min_tokens, n * self.gen.tokens_per_example)

    async def _ask(self, req: ChatRequest) -> Any | None:
        """Parsed answer, or None (failed request / unusable answer: counted toward the error rate)."""
        try:
            res = await self.client.chat(req)
        except RequestFailed as e:
            self._note_error(f"{req.purpose}: {e}")
            return None
        if not res.cached:
            self._requests += 1
        try:
            return parse_answer(res.text)
        except BadAnswer as e:
            if not res.cached:
                self._bad += 1
            log.warning("%s: unusable answer (%s)", req.purpose, e)
            self._check_error_rate(str(e))
            return None

    def _note_error(self, msg: str) -> None:
        self._requests += 1
        self._bad += 1
        log.warning("%s", msg)
        self._check_error_rate(msg)

    def _check_error_rate(self, last: str) -> None:
        if (
            self._requests >= self.gen.min_requests_for_stop
            and self._bad / self._requests > self.gen.max_error_share
            and self._stop_reason is None
        ):
            self._stop_reason = (
                f"stopped early: {self._bad} of {self._requests} requests failed or gave unusable "
                f"answers (more than {self.gen.max_error_share:.0%}); last: {last}"
            )
            log.error(self._stop_reason)
            self._stop.set()

    # ---- typed batches ---------------------------------------------------------------------------
    async def _typed_job(self, job: Job, summary: RunSummary) -> None:
        dt = job.data_type
        got: dict[int, dict[str, Any]] = {}
        pending = list(job.slots)
        for attempt in range(self.max_attempts):
            if not pending or (attempt and self._stop.is_set()):
                break
            shown = typed.prompt_slots(dt, [s.params for s in pending])
            user = self.prompts.render(dt, n=len(pending), slots=shown)
            req = ChatRequest.make(
                self.gen.model_for(dt),
                self.system,
                user,
                schema=typed.request_schema(dt, len(pending)),
                temperature=self.gen.temperatures[dt],
                seed=self._seed(dt, job.number, attempt),
                num_predict=self._num_predict(len(pending)),
                purpose=f"{dt} batch {job.number}",
            )
            value = await self._ask(req)
            if value is None:
                continue
            try:
                items = answer_items(value)
            except BadAnswer:
                continue
            for slot, item in zip(pending, items, strict=False):
                v = validate_sample(dt, typed.finish_sample(dt, item, slot.params), self.interactions)
                if v.ok:
                    got[slot.index] = v.sample
                    for r in v.flagged:
                        summary.flagged_rules[r] = summary.flagged_rules.get(r, 0) + 1
                else:
                    summary.dropped_samples += 1
                    log.info("%s slot %d: dropped (%s)", req.purpose, slot.index, ", ".join(v.problems[:4]))
            pending = [s for s in pending if s.index not in got]
        if pending and not self._stop.is_set():
            summary.failed_jobs += 1
            log.warning(
                "%s batch %d: %d of %d examples missing after %d attempts",
                dt,
                job.number,
                len(pending),
                len(job.slots),
                self.max_attempts,
            )
        if not got:
            return
        slots = [s for s in job.slots if s.index in got]
        samples = [got[s.index] for s in slots]
        verdicts = await self._judge(dt, slots, samples)
        name = f"{dt}_batch{job.number:04d}_{self.stamp}.json"
        if verdicts and judging.batch_flagged(verdicts, self.gen.judge.threshold):
            summary.flagged_batches.append(name)
            log.warning("%s: judged quality under %.2f, flagged for review", name, self.gen.judge.threshold)
        doc = {
            "master_truths_version": self.gen.master_truths_version,
            "data_type": dt,
            "batch_number": job.number,
            "timestamp": self.timestamp,
            "sample_count": len(samples),
            "samples": samples,
        }
        await asyncio.to_thread(self._write, name, doc, summary)  # an fsync must not stall the requests
        self._record(dt, slots)
        summary.samples[dt] = summary.samples.get(dt, 0) + len(samples)

    async def _judge(self, dt: str, slots: list[Slot], samples: list[dict[str, Any]]) -> list[judging.Verdict]:
        if not self.judge_on:
            return []
        out = []
        for slot, sample in zip(slots, samples, strict=False):
            key = f"{self.run_id}:{slot.key}"
            if not judging.selected(key, self.gen.judge.sample_share):
                continue
            v = await judging.judge(
                self.client, self.prompts, self.gen.judge, dt, key, sample, self._seed("judge", slot.key), self.system
            )
            if v is None:
                log.warning("judge: no usable verdict for %s", slot.key)
                continue
            out.append(v)
        self._verdicts.extend(out)
        return out

    # ---- multi-step ------------------------------------------------------------------------------
    async def _multi_job(self, job: Job, summary: RunSummary) -> None:
        slot = job.slots[0]
        done: dict[str, dict[str, Any]] = {}
        model, temp = self.gen.model_for(MULTI_STEP), self.gen.temperatures[MULTI_STEP]
        for step in multistep.STEPS:
            for attempt in range(self.max_attempts):
                if attempt and self._stop.is_set():
                    return
                user = self.prompts.render(f"multi_step_{step}", **multistep.step_values(step, slot.params, done))
                req = ChatRequest.make(
                    model,
                    self.system,
                    user,
                    schema=multistep.STEP_SCHEMAS[step],
                    temperature=temp,
                    seed=self._seed(MULTI_STEP, slot.index, step, attempt),
                    num_predict=self.gen.min_tokens,
                    purpose=f"multi_step {slot.index} {step}",
                )
                value = await self._ask(req)
                if value is None:
                    continue
                try:
                    done[step] = multistep.check_step(step, value)
                    break
                except ValueError as e:
                    log.info("%s: %s", req.purpose, e)
            else:
                if not self._stop.is_set():
                    summary.failed_jobs += 1
                    log.warning("multi_step %d: step %s failed %d times", slot.index, step, self.max_attempts)
                return
        interaction = multistep.compose(
            slot.params,
            done,
            pipeline_version=self.gen.pipeline_version,
            master_truths_version=self.gen.master_truths_version,
            generated_at=self.generated_at,
        )
        v = validate_sample(MULTI_STEP, interaction, self.interactions)
        if not v.ok:
            summary.dropped_samples += 1
            summary.failed_jobs += 1
            log.warning("multi_step %d: dropped (%s)", slot.index, ", ".join(v.problems[:4]))
            return
        for r in v.flagged:
            summary.flagged_rules[r] = summary.flagged_rules.get(r, 0) + 1
        await self._judge(MULTI_STEP, [slot], [interaction])
        self._multi[slot.index] = interaction
        self._record(MULTI_STEP, [slot])
        summary.samples[MULTI_STEP] = summary.samples.get(MULTI_STEP, 0) + 1

    # ---- outputs ---------------------------------------------------------------------------------
    def _write(self, name: str, doc: Any, summary: RunSummary) -> None:
        path = self.out / name
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        if not (path.exists() and path.read_text(encoding="utf-8") == text):
            write_text(path, text)
        if name not in summary.files:
            summary.files.append(name)

    def _record(self, dt: str, slots: list[Slot]) -> None:
        self.cov.record(
            dt, dimensions_for(dt, self.gen.parameters), [(f"{self.run_id}:{s.key}", s.combo) for s in slots]
        )

    def _write_multi(self, summary: RunSummary, complete: bool) -> None:
        if not self._multi:
            return
        items = [self._multi[i] for i in sorted(self._multi)]
        final = f"multi_step_batch_{self.stamp}.json"
        partial = f"multi_step_batch_PARTIAL_{self.stamp}.json"
        if complete:
            self._write(final, items, summary)
            (self.out / partial).unlink(missing_ok=True)
        else:
            self._write(partial, items, summary)
            summary.partial_file = partial

    def _save_servers(self, summary: RunSummary) -> None:
        """Per-server counts for `unwritten monitor`, at most once a second, written off the event loop (an
        fsync must not stall the requests in flight); one write at a time, so an older one never lands last."""
        stats = getattr(self.client, "server_stats", None)
        now = time.monotonic()
        if stats is None or now - self._servers_saved < 1.0:
            return
        if self._servers_writing is not None:
            if not self._servers_writing.done():
                return
            self._servers_writing.result()  # a failed write (disk full) stops the run as any write does
        self._servers_saved = now
        summary.servers = stats()
        self._servers_writing = asyncio.ensure_future(asyncio.to_thread(self._write_servers, summary.servers))

    async def _save_servers_last(self, summary: RunSummary) -> None:
        """The final per-server counts, after any write still in flight."""
        stats = getattr(self.client, "server_stats", None)
        if stats is None:
            return
        if self._servers_writing is not None:
            await self._servers_writing
            self._servers_writing = None
        summary.servers = stats()
        self._write_servers(summary.servers)

    def _write_servers(self, servers: list[dict[str, Any]]) -> None:
        write_text(
            self.state / "servers.json",
            json.dumps({"run_id": self.run_id, "time": time.time(), "servers": servers}, indent=1),
        )

    def _write_verdicts(self) -> None:
        if not self._verdicts:
            return
        rows = sorted((v.to_dict() for v in self._verdicts), key=lambda r: r["key"])
        write_text(
            self.state / f"judge_{self.stamp}.jsonl",
            "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows),
        )

    # ---- the loop --------------------------------------------------------------------------------
    def run(self) -> RunSummary:
        """Run under the output folder's lock: a second run into the same folder is refused."""
        with output_lock(self.out / STATE_DIR / "lock", "unwritten generate", f"generation folder {self.out}"):
            return asyncio.run(self.arun())

    async def arun(self) -> RunSummary:
        self.out.mkdir(parents=True, exist_ok=True)
        self._stop = asyncio.Event()
        self.cov = CoverageDB(self.coverage_path)
        try:
            manifest = self._load_or_start(self.cov)
            self.run_id, self.stamp = manifest["run_id"], manifest["timestamp"]
            self.timestamp = self.stamp
            # each resume grants every job fresh attempts (earlier ones replay from the cache)
            self.max_attempts = MAX_ATTEMPTS * (1 + int(manifest.get("resumes", 0)))
            self.generated_at = datetime.strptime(self.stamp, "%Y%m%d_%H%M%S").isoformat()
            if manifest.get("short_id"):  # file names: <timestamp>_<short run id>
                self.stamp = f"{self.stamp}_{manifest['short_id']}"
            summary = RunSummary(self.out, self.run_id, resumed=manifest.get("resumed", False))
            log.info(
                "run %s %s: %s",
                self.run_id,
                "resumed" if summary.resumed else "started",
                f"{self.samples} samples" if self.samples else f"{self.hours} hours",
            )
            await self._drive(manifest, summary)
            complete = not summary.interrupted and self._stop_reason is None and self._fatal is None
            self._write_multi(summary, complete)
            self._write_verdicts()
            summary.stopped_reason = self._stop_reason
            summary.requests_sent = self.client.stats.sent
            summary.cache_hits = self.client.stats.cache_hits
            summary.judged = len(self._verdicts)
            summary.files.sort()
            await self._save_servers_last(summary)
            if complete and summary.failed_jobs == 0:
                self._set_status(manifest, "complete")
            if self._fatal is not None:
                raise self._fatal
            log.info(
                "run %s: %d samples, %d requests sent, %d from cache%s",
                self.run_id,
                summary.total,
                summary.requests_sent,
                summary.cache_hits,
                " (interrupted)" if summary.interrupted else "",
            )
            return summary
        finally:
            self.cov.close()

    async def _drive(self, manifest: dict[str, Any], summary: RunSummary) -> None:
        """Keep up to twice the client's concurrency of jobs in flight until the plan, the deadline or a stop
        ends the run; Ctrl-C once finishes what is in flight, twice abandons it."""
        loop = asyncio.get_running_loop()
        active: set[asyncio.Task] = set()

        def on_signal() -> None:
            if summary.interrupted:  # second Ctrl-C: abandon requests in flight
                for t in active:
                    t.cancel()
                return
            summary.interrupted = True
            log.warning("interrupted: finishing requests in flight (Ctrl-C again to abandon them)")
            self._stop.set()

        installed = _add_signal_handlers(loop, on_signal)
        deadline = time.monotonic() + self.hours * 3600 if self.hours else None
        total = self.samples
        jobs = self._start_order(self.plan(manifest))
        limit = max(2, self.client.concurrency * 2)
        try:
            while True:
                self._fill(active, jobs, limit, deadline, summary)
                if not active:
                    break
                finished, _ = await asyncio.wait(active, return_when=asyncio.FIRST_COMPLETED)
                for t in finished:
                    active.discard(t)
                    self._reap(t)
                self._save_servers(summary)
                if self.progress:
                    self.progress(summary, total)
        except asyncio.CancelledError:
            summary.interrupted = True
        finally:
            for t in active:
                t.cancel()
            for sig in installed:
                loop.remove_signal_handler(sig)

    def _fill(
        self, active: set[asyncio.Task], jobs: Iterator[Job], limit: int, deadline: float | None, summary: RunSummary
    ) -> None:
        """Start jobs until `limit` are in flight, unless stopped, past the deadline or out of jobs."""
        while not self._stop.is_set() and len(active) < limit:
            if deadline is not None and time.monotonic() >= deadline:
                break
            job = next(jobs, None)
            if job is None:
                break
            runner = self._multi_job if job.data_type == MULTI_STEP else self._typed_job
            active.add(asyncio.ensure_future(runner(job, summary)))

    def _reap(self, t: asyncio.Task) -> None:
        """A finished job: a missing model or no server left stops the run (raised at its end); any other
        error is a bug and raised now."""
        if t.cancelled():
            return
        exc = t.exception()
        if isinstance(exc, (ModelMissing, ServerUnavailable)):
            self._fatal = exc
            self._stop.set()
        elif exc is not None:
            raise exc
