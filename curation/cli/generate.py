"""`unwritten generate`: write interaction batches with a local Qwen3 (Ollama) or OpenAI-compatible server.

    unwritten generate --samples 24 --out training_output_v1.2
    unwritten generate --hours 24 --types emotional_authenticity,multi_step
    unwritten generate --check-only            # is the server up, are the models pulled?
    unwritten generate --samples 5000 --host gpu1:11434 --host gpu2:11434 --host http://lb:8000/v1,api=openai

Several servers (repeat --host, or `generation.servers` in the config): each request goes to the
least-loaded healthy server; a server that fails is paused with backoff and its requests finish on
the others.

Ctrl-C finishes the requests in flight, writes what is done (a PARTIAL multi-step file) and exits;
running the same command again resumes without asking any answered request again.
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..config import DEFAULT_CONFIG_HELP, Config, find_config, load_config
from ..errors import UserError
from ..outputs import check_output_folder
from ..redact import RedactingFilter, paths_shown_here, redact_text, shown_here

LOG_NAME = "training_generation_{version}.log"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "generate", help="generate interaction batches with a local LLM server", description=__doc__.split("\n\n")[0]
    )
    size = p.add_mutually_exclusive_group()
    size.add_argument("--samples", type=positive(int), help="number of examples to generate (across types)")
    size.add_argument("--hours", type=positive(float), help="generate for this many hours")
    p.add_argument("--types", help="comma-separated data types (default: all seven)")
    p.add_argument("--out", help="output folder (default: generation.out_dir)")
    p.add_argument("--config", default=None, help=f"pipeline config (default: {DEFAULT_CONFIG_HELP} if present)")
    p.add_argument(
        "--host",
        action="append",
        metavar="URL[,api=openai][,weight=W][,concurrency=N]",
        help="inference server, repeatable for several (replaces generation.servers; one --host "
        "overrides OLLAMA_HOST and generation.host)",
    )
    p.add_argument("--api", choices=("ollama", "openai"), help="server API (default: generation.api)")
    p.add_argument("--base-url", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1")
    p.add_argument(
        "--concurrency", type=positive(int), help="requests in flight per server (default: generation.concurrency)"
    )
    p.add_argument("--seed", type=int, help="generation seed (default: generation.seed)")
    p.add_argument("--no-judge", action="store_true", help="skip LLM-as-judge validation")
    p.add_argument(
        "--check-only",
        action="store_true",
        help="check every server and the models, one line each, then exit (non-zero if none is up)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def positive(kind: type) -> Callable[[str], int | float]:
    """argparse type: a number > 0 (checked before any work; argparse prints one usage line and exits 2)."""

    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0 or value != value or value == float("inf"):
            raise argparse.ArgumentTypeError(f"must be a number greater than 0, got {text}")
        return value

    parse.__name__ = kind.__name__
    return parse


def load(config: str | None) -> Config:
    if config is not None or find_config():
        return load_config(config)
    return Config()


def _progress_columns() -> list:
    return [
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    ]


def check_only(client, models: list[str]) -> int:
    """One line per server (up ones on stdout, the others on stderr); non-zero when no server is up or
    a model is on none of the servers that are."""
    import sys

    from ..llm.client import run_sync

    async def survey() -> list[dict]:
        async with client:
            return await client.survey(models)

    rows = run_sync(survey())
    up = [r for r in rows if r["up"]]
    nowhere = {m for m in models if up and all(m in r["lacks"] for r in up)}
    for r, state in zip(rows, client.servers, strict=False):  # addresses may carry credentials: redacted
        if not r["up"]:
            print(redact_text(f"error: {r['problem']}"), file=sys.stderr)
        elif nowhere & set(r["lacks"]):
            m = sorted(nowhere & set(r["lacks"]))[0]
            print(redact_text(f"error: {state.client.pull_hint(m)}"), file=sys.stderr)
        else:
            note = f" (not {', '.join(r['lacks'])}: asked of the other servers)" if r["lacks"] else ""
            print(redact_text(f"ok: {r['where']} serves {', '.join(m for m in models if m not in r['lacks'])}{note}"))
    return 0 if up and not nowhere else 1


def _server_line(r: dict) -> str:
    err = f", last error: {r['last_error']}" if r["errors"] and r["last_error"] else ""
    return (
        f"{r['server']}: {r['state']}, {r['answered']} answered ({r['per_minute']:,.1f}/min), {r['errors']} errors{err}"
    )


def run(args: argparse.Namespace) -> int:
    from ..generate.runner import STATE_DIR, GenerationRun
    from ..llm.client import RequestCache, run_sync
    from ..llm.pool import ServerPool
    from ..llm.prompt_files import Prompts

    cfg = load(args.config)
    gen = cfg.generation
    if args.seed is not None:
        gen.seed = args.seed
    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    console = Console(stderr=True, quiet=args.quiet)
    out = Path(args.out) if args.out else cfg.resolve(gen.out_dir)
    prompts = Prompts(cfg.resolve(gen.prompts) if gen.prompts else None)

    if args.check_only:
        client = ServerPool.from_settings(gen, hosts=args.host, api=args.api, base_url=args.base_url)
        planner = GenerationRun(gen, client, out, samples=1, types=types, judge=not args.no_judge, prompts=prompts)
        return check_only(client, planner.models_needed())

    if args.samples is None and args.hours is None:
        raise UserError("generate: give --samples N or --hours H (or --check-only)")
    check_output_folder(out, [args.config], option="--out", replaced=False)
    out.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(out / LOG_NAME.format(version=gen.master_truths_version), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("curation.generate")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = args.verbose if hasattr(args, "verbose") else False
    cache = RequestCache(out / STATE_DIR / "requests.sqlite")
    client = ServerPool.from_settings(
        gen, hosts=args.host, api=args.api, base_url=args.base_url, cache=cache, concurrency=args.concurrency
    )
    started = time.monotonic()
    # 4 redraws a second, not rich's 10: each redraw of the bar and the server rows holds the interpreter ~4 ms,
    # time the requests in flight wait for (10/s was 4% of a core at 80 requests/s)
    bar_args = dict(console=console, transient=False, disable=args.quiet, refresh_per_second=4)
    with Progress(*_progress_columns(), **bar_args) as bar:
        task = bar.add_task("generating", total=args.samples, rate="")
        rows = (
            [bar.add_task(f"  {s.name}", total=None, rate="") for s in client.servers]
            if len(client.servers) > 1
            else []
        )

        def progress(summary, total) -> None:
            per_min = summary.total / max(time.monotonic() - started, 1e-6) * 60
            per_type = " ".join(f"{k.split('_')[0][:5]}:{v}" for k, v in sorted(summary.samples.items()))
            bar.update(
                task,
                completed=summary.total,
                rate=f"{per_min:,.1f}/min",
                description=f"generating [{per_type}]" if per_type else "generating",
            )
            for row, r in zip(rows, client.server_stats() if rows else [], strict=False):
                bar.update(
                    row,
                    completed=r["answered"],
                    description=f"  {r['server']} {r['state']}",
                    rate=f"{r['per_minute']:,.1f} answers/min, {r['errors']} errors",
                )

        run = GenerationRun(
            gen,
            client,
            out,
            samples=args.samples,
            hours=args.hours,
            types=types,
            judge=not args.no_judge,
            interactions=cfg.interactions,
            prompts=prompts,
            coverage_db=cfg.resolve(gen.coverage_db) if gen.coverage_db else None,
            progress=progress,
        )

        async def preflight() -> None:
            async with client:
                await client.check(run.models_needed())

        try:
            run_sync(preflight())
            summary = run.run()
        finally:
            cache.close()
            logger.removeHandler(handler)
            handler.close()
    res = Console(soft_wrap=True)
    res.print(
        f"{'resumed' if summary.resumed else 'run'} {summary.run_id}: {summary.total} samples "
        + ", ".join(f"{k} {v}" for k, v in sorted(summary.samples.items()))
        + f" | {summary.requests_sent} requests sent, {summary.cache_hits} answered from cache"
    )
    if summary.dropped_samples:
        res.print(f"{summary.dropped_samples} generated samples failed validation and were asked again")
    if summary.judged:
        res.print(
            f"judge: {summary.judged} samples scored; {len(summary.flagged_batches)} batches flagged under "
            f"{gen.judge.threshold}"
        )
    if len(summary.servers) > 1 or any(r["errors"] for r in summary.servers):
        for r in summary.servers:
            res.print("server " + _server_line(r))
    res.print(f"output: {shown_here(out)}", markup=False)
    console = Console(stderr=True, soft_wrap=True)  # outcome lines are shown even with --quiet
    if summary.stopped_reason:
        console.print(f"[bold red]{escape(paths_shown_here(redact_text(summary.stopped_reason)))}[/]")
        return 1
    if summary.interrupted:
        where = f" (wrote {escape(shown_here(summary.partial_file))})" if summary.partial_file else ""
        console.print(f"interrupted{where}; run the same command again to resume")
        return 130
    if summary.failed_jobs:
        console.print(
            f"[yellow]{summary.failed_jobs} batches/interactions incomplete; run the same command "
            f"again to retry them[/]"
        )
    return 0
