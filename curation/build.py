"""`unwritten build`: inputs -> records -> stages -> dataset folder, card, report, rejects.

The stage order is the one in `pipeline()`; each stage is built from the validated config. The folder is
built in a staging directory and swapped in only when the ledger adds up, so an interrupted or refused
build leaves the previous `builders/unwritten/` intact.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import secrets
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from . import __version__, atomic, redact
from .analytics import gates
from .analytics.statistics import dataset_statistics
from .config import Config
from .errors import UserError
from .export import dataset_folder
from .export.card import render_card
from .export.dataset_folder import DatasetWriter, write_dataset_folder
from .ingest.interactions.source import InteractionSource
from .ingest.manuscripts.review import review_path, write_review
from .ingest.manuscripts.source import ManuscriptSource
from .ledger import RejectsWriter
from .locks import lock_beside, output_lock
from .outputs import (
    MARKER,
    REJECTS_NAME,
    REPORT_NAME,
    check_output_file,
    check_output_folder,
    is_tool_folder,
    remove_leftovers,
    write_marker,
)
from .records import Record
from .stages import parallel
from .stages.balance import Balance
from .stages.base import Context, SourceStep, Stage
from .stages.contract import RowContract
from .stages.dedupe import ExactDedupe, NearDedupe
from .stages.filters import QualityFilters
from .stages.interactions import ConvertInteractions, QualityGate, ValidateInteractions
from .stages.spill import Columns, Scratch
from .stages.split import Split
from .stages.token_budget import TokenBudget
from .stages.versions import VersionFilter
from .system_paths import refuse_system_folder, refuse_system_output
from .workers import can_fork, default_workers, in_child

log = logging.getLogger("curation.build")


def sources(cfg: Config) -> list[SourceStep]:
    """Ingest steps for the configured inputs (interaction batches, manuscripts)."""
    steps: list[SourceStep] = []
    if cfg.inputs.interactions:
        steps.append(InteractionSource.from_config(cfg.interactions, cfg.inputs.interactions, cfg.resolve))
    if cfg.inputs.manuscripts:
        steps.append(
            ManuscriptSource.from_config(
                cfg.manuscripts,
                cfg.inputs.manuscripts,
                chunking=cfg.chunking,
                generation=cfg.generation,
                seed=cfg.seed,
                resolve=cfg.resolve,
                cache_dir=llm_cache_dir(cfg),
            )
        )
    return steps


def llm_cache_dir(cfg: Config) -> Path:
    """Where a build keeps LLM answers (scene summaries, labels): `<output.dir>.build.json.cache/` beside the
    dataset folder, outside it so it is never pushed and survives a rebuild."""
    return cfg.resolve((cfg.output.report or cfg.output.dir + ".build.json") + ".cache")


def pipeline(cfg: Config) -> list[Stage]:
    """The curation stages, in order (the one place the order is written); each is built from its own
    settings section (and, named, what it shares with another: the row contract's roles, the chunk bounds
    the scene length filter checks, the dedupe threshold the split's contamination check uses)."""
    i, s = cfg.interactions, cfg.stages
    return [
        VersionFilter.from_config(i),
        ValidateInteractions.from_config(i),
        QualityGate.from_config(i),
        ConvertInteractions.from_config(i, resolve=cfg.resolve),
        TokenBudget.from_config(s.tokens, roles=s.contract.roles, resolve=cfg.resolve),
        QualityFilters.from_config(s.filters, chunking=cfg.chunking),
        ExactDedupe.from_config(s.dedupe),
        NearDedupe.from_config(s.dedupe),
        Balance.from_config(s.balance),
        RowContract.from_config(s.contract),
        Split.from_config(s.split, dedupe=s.dedupe),
    ]


def check_inputs(cfg: Config) -> None:
    """Fail early, with one line naming the path, on missing or empty inputs."""
    paths = [*cfg.inputs.interactions, *(m.path for m in cfg.inputs.manuscripts)]
    if not paths:
        raise UserError(f"{cfg.path}: no inputs configured (inputs.interactions / inputs.manuscripts)")
    for p in paths:
        resolved = cfg.resolve(p)
        if not resolved.exists():
            raise UserError(f"input not found: {resolved}")
        refuse_system_folder(resolved, "input")
        if resolved.is_dir() and not any(f.is_file() for f in resolved.rglob("*")):
            raise UserError(f"input folder is empty: {resolved}")
        if resolved.is_file() and resolved.stat().st_size == 0:
            raise UserError(f"input file is empty: {resolved}")


def input_files(cfg: Config, steps: list[SourceStep]) -> list[Path]:
    """The files the build actually read (a step with `files()` says which; e.g. MANIFEST.json is skipped)."""
    files: list[Path] = []
    for step in steps:
        listed = getattr(step, "files", None)
        if listed is not None:
            chosen = listed()
            files.extend(chosen[0] if isinstance(chosen, tuple) else chosen)
    if any(getattr(step, "files", None) is None for step in steps):
        for m in cfg.inputs.manuscripts:
            resolved = cfg.resolve(m.path)
            files.extend(sorted(f for f in resolved.rglob("*") if f.is_file()) if resolved.is_dir() else [resolved])
    return sorted(set(files))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def relative(path: Path, root: Path) -> str:
    return redact.shown_path(path, root)


@dataclass
class BuildResult:
    out_dir: Path
    report_path: Path
    rejects_path: Path
    report: dict[str, Any]
    records: list[Record] = field(default_factory=list)  # empty: the build streams, it keeps no record list
    warnings: list[str] = field(default_factory=list)


class Tally:
    """The counts the card and report show (data types, POV, scene types, universes, coverage cells, scene
    tags by source), taken from the final records as they stream past."""

    KEYS: dict[str, Callable[[Record], Any]] = {
        "data_type": lambda r: r.data_type,
        "split": lambda r: r.metadata.get("split"),
        "pov": lambda r: r.metadata.get("pov") if r.kind == "scene" else None,
        "scene_type": lambda r: r.metadata.get("scene_type") if r.kind == "scene" else None,
        "universe": lambda r: r.metadata.get("universe"),
        "capacity_x_authenticity": lambda r: (
            f"{r.metadata.get('capacity_level')}|{r.metadata.get('authenticity_target')}"
            if r.kind == "interaction" and r.metadata.get("capacity_level")
            else None
        ),
    }

    def __init__(self) -> None:
        self.counts: dict[str, Counter] = {name: Counter() for name in self.KEYS}
        self.tag_sources: dict[str, Counter] = {}
        self.n = 0

    def add(self, r: Record) -> None:
        self.n += 1
        for name, fn in self.KEYS.items():
            v = fn(r)
            if v is not None:
                self.counts[name][str(v)] += 1
        for tag, src in (r.metadata.get("tag_sources") or {}).items() if r.kind == "scene" else ():
            self.tag_sources.setdefault(tag, Counter())[src] += 1

    def distributions(self) -> dict[str, dict[str, int]]:
        return {name: dict(sorted(c.items())) for name, c in self.counts.items()}


def distributions(records: Iterable[Record]) -> dict[str, dict[str, int]]:
    """Counts the card and report show: data types, POV, scene types, universes, coverage cells."""
    tally = Tally()
    for r in records:
        tally.add(r)
    return tally.distributions()


def _review(steps: list[SourceStep], out: Path, tally: Tally, report: dict[str, Any]) -> Callable[[], Any] | None:
    """Scene tags by source into the report, and the writer of `<out>.review.csv` (manuscript builds)."""
    report["tag_sources"] = {t: dict(sorted(c.items())) for t, c in tally.tag_sources.items()}
    rows = [row for step in steps for row in (getattr(step, "review_rows", None) or [])]
    if not any(hasattr(step, "review_rows") for step in steps):
        return None
    path = review_path(out)
    reasons = Counter(why.split(":")[0] for row in rows for why in row["why"].split(" | "))
    report["review"] = {"file": path.name, "listed": len(rows), "by_reason": dict(sorted(reasons.items()))}
    return lambda: write_review(path, rows)


def read_paths(cfg: Config) -> list[Path]:
    """Everything the build reads (inputs, roster, config, prompts, template): never an output."""
    paths = [
        *cfg.inputs.interactions,
        *(m.path for m in cfg.inputs.manuscripts),
        *(m.roster for m in cfg.inputs.manuscripts if m.roster),
        cfg.interactions.system_prompts,
        cfg.output.card.template,
        cfg.stages.tokens.tokenizer_json,
    ]
    return [cfg.resolve(p) for p in paths if p] + ([cfg.path] if cfg.path else [])


def build(
    cfg: Config, out_dir: str | Path | None = None, progress: Callable[[str, int], None] | None = None
) -> BuildResult:
    """Run the whole pipeline and write the dataset folder atomically; returns the report.

    The folder is checked first (never one the tool did not build, never an input), locked against a
    second build, and the report and rejects are written inside it, so all three swap in together.
    """
    check_inputs(cfg)
    out = Path(out_dir).expanduser().resolve() if out_dir else cfg.resolve(cfg.output.dir)
    refuse_system_output(out, "output folder")
    out = check_output_folder(
        out, read_paths(cfg), option="--out" if out_dir else f"{cfg.path or 'config'}: output.dir"
    )
    if cfg.inputs.manuscripts:  # the review list beside the folder (written after it) is never a user's file
        check_output_file(review_path(out), read_paths(cfg), option="review file (beside the folder)")
    with output_lock(lock_beside(out), "unwritten build", f"dataset folder {out}"):
        removed = remove_leftovers(out)
        if removed:
            log.warning("removed %d staging folder(s) left beside %s by an interrupted build", len(removed), out)
        return _build(cfg, out, progress, out_dir)


#: the spill files of a build (records stages must see twice), inside the staging folder, removed before the swap
SCRATCH_NAME = ".spill"


def _build(
    cfg: Config, out: Path, progress: Callable[[str, int], None] | None, out_dir: str | Path | None
) -> BuildResult:
    """The pipeline streams: records flow through the stages (those that must see everything spill to
    files in the staging folder and keep compact keys) into one last spill, from which the report is
    counted and the data files are written in id order, a row group at a time."""
    report_path, rejects_path = out / REPORT_NAME, out / REJECTS_NAME
    build_id = time.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)
    started = time.perf_counter()
    ctx = Context(seed=cfg.seed, config=cfg, rejects=RejectsWriter(), progress=progress)
    steps = sources(cfg)
    stages = pipeline(cfg)
    for step in [*steps, *stages]:  # register in pipeline order (iterators run lazily, last stage first)
        ctx.ledger.stage(step.name)
    existing_readme = (out / "README.md").read_text(encoding="utf-8") if (out / "README.md").exists() else None
    with atomic.atomic_dir(out, owned=is_tool_folder, marker=MARKER) as staging:
        write_marker(staging, build_id, "building")
        ctx.scratch = staging / SCRATCH_NAME
        with Scratch(ctx) as scratch:
            final = scratch.records("final")
            tally = Tally()
            ids = Columns(id="S")
            for r in parallel.run(steps, stages, ctx):  # batch files through the local stages on every core
                final.append(r)
                tally.add(r)
                ids.add(r.id.encode("utf-8"))
            n_source = sum(ctx.ledger.stage(s.name).n_in for s in steps)
            ctx.ledger.check(n_source, len(final))
            by_id = np.argsort(ids.finish()["id"], kind="stable").tolist()
            del ids
            if len(final) >= dataset_folder.PARALLEL_MIN_ROWS and default_workers() > 1 and can_fork():
                final.sync()  # the workers fork with nothing of the spill left in this process's buffer
                # the analytics and the inputs' checksums in a worker of their own while the data files are written
                with in_child(_statistics, (final, ctx.rejects.rows, cfg, steps, ctx.scratch), None) as stats:
                    meta = dataset_folder.write_in_two(
                        staging,
                        functools.partial(final.take, by_id),
                        default_format=cfg.output.default_format,
                        roles=cfg.stages.contract.roles,
                    )
                    analytics, checksums = stats.result()
                report, warnings, review = _report(
                    cfg, ctx, steps, final, tally, out, out_dir, build_id, analytics, checksums
                )
            else:
                report, warnings, review = _report(cfg, ctx, steps, final, tally, out, out_dir, build_id)
                meta = write_dataset_folder(
                    staging,
                    final.take(by_id),
                    default_format=cfg.output.default_format,
                    roles=cfg.stages.contract.roles,
                    streamed=DatasetWriter,
                )
            del by_id
            for key in ("report", "rejects"):
                if getattr(cfg.output, key):
                    warnings.append(
                        f"output.{key} is no longer used: the {key} file is written inside the dataset "
                        f"folder ({(report_path if key == 'report' else rejects_path).name}); remove the key"
                    )
        shutil.rmtree(ctx.scratch, ignore_errors=True)
        _finish(cfg, staging, meta, report, existing_readme, build_id, ctx)
    if review is not None:
        review()
    log.info("built %s in %.1fs", out, time.perf_counter() - started)
    return BuildResult(out, report_path, rejects_path, report, [], warnings)


def _statistics(payload: tuple[Iterable[Record], list[dict[str, Any]], Config, list[SourceStep], Path], _: Any):
    """In a worker: the report's analytics of the final records and the input files' checksums."""
    final, rejects, cfg, steps, scratch = payload
    return dataset_statistics(final, rejects=rejects, config=cfg.analytics, scratch=scratch), _sources(cfg, steps)


def _sources(cfg: Config, steps: list[SourceStep]) -> list[dict[str, Any]]:
    """The files the build read, with their sha256 and size; a file that could not be read (rejected
    `unreadable_file` by its source) with the reason instead, never a crash naming its absolute path."""
    out: list[dict[str, Any]] = []
    for f in input_files(cfg, steps):
        try:
            out.append({"path": relative(f, cfg.root_dir), "sha256": sha256_file(f), "bytes": f.stat().st_size})
        except OSError as e:
            out.append({"path": relative(f, cfg.root_dir), "sha256": None, "bytes": None, "unreadable": e.strerror})
    return out


def _report(
    cfg: Config,
    ctx: Context,
    steps: list[SourceStep],
    final: Iterable[Record],
    tally: Tally,
    out: Path,
    out_dir: str | Path | None,
    build_id: str,
    analytics: dict[str, Any] | None = None,
    checksums: list[dict[str, Any]] | None = None,
) -> tuple[dict[str, Any], list[str], Callable[[], Any] | None]:
    """The build report (ledger, totals, distributions, analytics, warnings), redacted; the warnings; the
    review file's writer. `analytics`, `checksums`: the figures and input checksums when already computed
    (else here)."""

    root = cfg.root_dir
    n_source = sum(ctx.ledger.stage(s.name).n_in for s in steps)
    report: dict[str, Any] = {
        "tool": {"name": "unwritten-curation", "version": __version__},
        "build_id": build_id,
        "config_file": relative(cfg.path, root) if cfg.path else None,
        "config": cfg.to_public_dict(),
        "sources": checksums if checksums is not None else _sources(cfg, steps),
        "ledger": ctx.ledger.to_list(),
        "totals": {
            "source_records": n_source,
            "created": ctx.ledger.total_created,
            "output_records": tally.n,
            "rejected": ctx.ledger.total_rejected,
        },
        "distributions": tally.distributions(),
        "analytics": analytics
        if analytics is not None
        else dataset_statistics(final, rejects=ctx.rejects.rows, config=cfg.analytics, scratch=ctx.scratch),
    }
    gates.enforce(report["analytics"]["gates"], cfg.analytics)
    warnings = ctx.ledger.warnings(cfg.max_drop_share)
    counter = str(ctx.ledger.stage("tokens").notes.get("counter", ""))
    split_notes = ctx.ledger.stage("split").notes
    if split_notes.get("leakage_safe") is False:
        leak, near = split_notes["prompt_leakage"], split_notes["contamination"]
        warnings.append(
            f"the split is not leakage-safe: {leak['pairs']} prompt(s) share a {leak['ngram']}-word run "
            f"with an answer of another split, {near['cross_split_pairs']} near-duplicate pair(s) cross "
            "splits (report: ledger, split notes)"
        )
    report["warnings"] = list(warnings)
    if counter.startswith("approx"):  # curation.tokens already warned once on stderr; report and card keep it
        report["warnings"].append(
            "token counts are estimates: tiktoken's cl100k_base file could not be loaded "
            "(offline first use); set TIKTOKEN_CACHE_DIR to a folder holding it for exact "
            "tiktoken counts"
        )
    review = _review(steps, out, tally, report)
    # the card's load example: the configured folder relative to the root; an --out folder by its name (so
    # the same build written to two places is byte-identical)
    report["output_dir"] = out.name if out_dir else redact.shown_path(out, root)
    report = redact.redact_strings(report, root)  # no secret or absolute local path in report, card or rejects
    return report, warnings, review


def _finish(
    cfg: Config,
    staging: Path,
    meta: dict[str, Any],
    report: dict[str, Any],
    existing_readme: str | None,
    build_id: str,
    ctx: Context,
) -> None:
    """Card, report, rejects and the completed marker, inside the staging folder."""

    root = cfg.root_dir
    report["outputs"] = meta["counts"]
    card = render_card(meta, report, cfg, existing_readme, staging)
    atomic.write_text(staging / "README.md", card)
    publish = sorted(
        f.relative_to(staging).as_posix()
        for f in staging.rglob("*")
        if f.is_file() and not f.name.startswith(".") and f.name not in (REPORT_NAME, REJECTS_NAME)
    )
    atomic.write_text(
        staging / REPORT_NAME, json.dumps(report, indent=2, ensure_ascii=False, sort_keys=False, default=str) + "\n"
    )
    atomic.write_text(staging / REJECTS_NAME, redact.scrub_paths(redact.redact_text(ctx.rejects.to_jsonl()), root))
    write_marker(
        staging,
        build_id,
        "complete",
        publish=publish,
        sha256={n: sha256_file(staging / n) for n in (REPORT_NAME, REJECTS_NAME)},
    )
