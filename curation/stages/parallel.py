"""The build's first stretch on every core: batch files through the record-local stages in worker processes.

Reading a batch file and taking its records through the stages that judge each record alone (`Stage.local`:
version filter, validation, quality gate, conversion, token budget, quality filters) needs nothing from any
other file, so each file goes to a worker process (`curation.workers.ordered_map`) with its own context.
The parent takes the files back in order and merges each one's ledger counts, rejects and end-of-input
states; the stages' end-of-input work (the version mix check, the missing-field guard, the token note) runs
once on the merged states. Records, ledger, rejects and notes are those of one process (tested), and the
stages after the stretch (dedupe, balance, split) see the same stream.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ingest.interactions.source import InteractionSource
from ..ledger import StageCounts
from ..records import Record, decode_record, encode_record
from ..workers import default_workers, in_child, ordered_map
from .base import Context, SourceStep, Stage, chain


@dataclass
class _Part:
    """One batch file's trip through the local stages in a worker."""

    records: list[bytes] = field(default_factory=list)  # encoded, in output order
    ledger: dict[str, StageCounts] = field(default_factory=dict)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    partials: dict[str, list[Any]] = field(default_factory=dict)
    n_read: int = 0  # records the source yielded
    declared_missing: int = 0
    review_rows: list[dict[str, str]] = field(default_factory=list)  # the other sources' (manuscripts') review list


def _through_local_stages(payload: tuple[InteractionSource, list[Stage], Context], path: Path) -> _Part:
    """In a worker: one batch file read and taken through the local stages, on a context of its own."""
    source, stages, parent = payload
    ctx = Context(seed=parent.seed, config=parent.config, scratch=parent.scratch, partial=True, shared=parent.shared)
    part = _Part()
    source._declared_missing = 0

    def read() -> Iterator[Record]:
        for r in source.read_file(path, ctx):
            part.n_read += 1
            yield r

    part.records = [encode_record(r) for r in chain(read(), stages, ctx)]
    part.ledger, part.rejects, part.partials = ctx.ledger.stages, ctx.rejects.rows, ctx.partials
    part.declared_missing = source._declared_missing
    return part


def _others_through_local_stages(payload: tuple[list[SourceStep], list[Stage], Context], _: Any) -> _Part:
    """In a worker: the other sources (manuscripts) through the local stages, as one unit of work, while the
    pool takes the batch files; what the steps keep for the build (their review rows) comes back too."""
    others, stages, parent = payload
    ctx = Context(seed=parent.seed, config=parent.config, scratch=parent.scratch, partial=True, shared=parent.shared)
    part = _Part()
    part.records = [
        encode_record(r) for r in chain(itertools.chain.from_iterable(step(ctx) for step in others), stages, ctx)
    ]
    part.ledger, part.rejects, part.partials = ctx.ledger.stages, ctx.rejects.rows, ctx.partials
    part.review_rows = [row for step in others for row in getattr(step, "review_rows", None) or []]
    return part


def _fork_safe(steps: Sequence[SourceStep]) -> bool:
    """Whether the steps may run in a forked worker: no LLM client (a server connection, a cache database)."""
    return all(
        getattr(step, "summarize", None) is None and getattr(getattr(step, "labelling", None), "llm", None) is None
        for step in steps
    )


def _merge_counts(into: StageCounts, part: StageCounts) -> None:
    into.n_in += part.n_in
    into.n_out += part.n_out
    into.created += part.created
    into.rejected.update(part.rejected)
    into.flagged.update(part.flagged)
    into.notes.update(part.notes)


def local_prefix(stages: Sequence[Stage]) -> int:
    """How many stages at the start of `stages` are local."""
    return next((i for i, s in enumerate(stages) if not s.local), len(stages))


def run(steps: Sequence[SourceStep], stages: Sequence[Stage], ctx: Context, workers: int | None = None):
    """The records out of `stages` fed by `steps`, as `chain(sources, stages, ctx)` gives them; batch files
    go through the local stages in worker processes when there are enough of them (see module docstring)."""
    workers = default_workers() if workers is None else workers
    k = local_prefix(stages)
    source = steps[0] if steps and isinstance(steps[0], InteractionSource) else None
    if source is not None and workers > 1:
        files, skipped = source.files()
        if source.worth_workers(files):
            head = _head(source, files, skipped, steps[1:], list(stages[:k]), ctx, workers)
            return chain(head, stages[k:], ctx)
    return chain(itertools.chain.from_iterable(step(ctx) for step in steps), stages, ctx)


def _head(
    source: InteractionSource,
    files: list[Path],
    skipped: list[Path],
    others: Sequence[SourceStep],
    local: list[Stage],
    ctx: Context,
    workers: int,
) -> Iterator[Record]:
    """Records out of the local stages: the batch files' from the workers, in file order, then the other
    sources' (manuscripts) through the same stages, in one more worker running beside the pool when they
    may fork (else here, after the files); then the stages finish on the merged states."""
    # each stage's end state, merged as the files come in (memory holds one merged state, never one per file)
    states: dict[str, list[Any]] = {s.name: [] for s in local}
    by_name = {s.name: s for s in local}
    counts = ctx.ledger.stage(source.name)
    n_with_records = declared_missing = 0
    source.settings.domain()  # loaded once here, inherited by the workers
    aside = others and _fork_safe(others)
    with contextlib.ExitStack() as stack:
        others_part = (
            stack.enter_context(in_child(_others_through_local_stages, (list(others), local, ctx), None))
            if aside
            else None
        )
        for part in ordered_map(_through_local_stages, files, (source, local, ctx), workers):
            _merge(part, ctx, states, by_name)
            counts.n_out += part.n_read
            n_with_records += part.n_read > 0
            declared_missing += part.declared_missing
            if ctx.progress and local:
                ctx.progress(local[-1].name, ctx.ledger.stage(local[-1].name).n_out)
            for frame in part.records:
                yield decode_record(frame)
        counts.n_in = counts.n_out + counts.n_rejected
        ctx.note(
            source.name,
            files_seen=len(files),
            files_with_records=n_with_records,
            files_skipped=[source.display(p) for p in skipped],
            records_declared_missing=declared_missing,
        )
        if others_part is not None:
            part = others_part.result()
            _merge(part, ctx, states, by_name)
            for step in others:
                if hasattr(step, "review_rows"):
                    step.review_rows.extend(part.review_rows)  # type: ignore[attr-defined]  # (one step has them)
                    break
            for frame in part.records:
                yield decode_record(frame)
    if not aside:  # the other sources here, through the same stages, keeping their end states for the merge
        ctx.partial, ctx.partials = True, {}
        try:
            yield from chain(itertools.chain.from_iterable(step(ctx) for step in others), local, ctx)
        finally:
            for name, parts in ctx.partials.items():
                states[name] = [by_name[name].merge(states[name] + parts)]
            ctx.partial, ctx.partials = False, {}
    for stage in local:
        stage.finish(ctx, stage.merge(states[stage.name]))


def _merge(part: _Part, ctx: Context, states: dict[str, list[Any]], by_name: dict[str, Stage]) -> None:
    """A part's ledger counts, rejects and end-of-input states into the build's."""
    for name, stage_counts in part.ledger.items():
        _merge_counts(ctx.ledger.stage(name), stage_counts)
    ctx.rejects.rows.extend(part.rejects)
    for name, parts in part.partials.items():
        states[name] = [by_name[name].merge(states[name] + parts)]
