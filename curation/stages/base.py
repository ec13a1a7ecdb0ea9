"""The stage protocol: an iterator of records in, an iterator of records out.

A stage keeps a record by yielding it and drops one by calling ``ctx.reject(...)`` with a reason, which
sends it to the rejects file and the ledger. The counting wrapper (`Stage.__call__`) records in/out so a
stage cannot lose a record without the ledger noticing.

Ingest steps are `SourceStep`s: they have no input and count every item they find (file, sample, chunk)
as their "in", so the build can check ``source items + created == output + rejected``.
"""

from __future__ import annotations

import logging
import random
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..ledger import Ledger, RejectsWriter
from ..records import Record

log = logging.getLogger("curation")


@dataclass
class Context:
    """Shared by every stage of one run: ledger, rejects, seed, and the run's configuration."""

    ledger: Ledger = field(default_factory=Ledger)
    rejects: RejectsWriter = field(default_factory=RejectsWriter)
    seed: int = 42
    config: Any = None
    progress: Callable[[str, int], None] | None = None  # (stage name, records seen) -> None
    scratch: Any = None  # folder for spill files (the build's staging folder); None: a temporary folder
    # the stages see a part of the input (a worker's file): each `local` stage keeps its end-of-input state in
    # `partials` (stage name -> states) instead of finishing; `stages.parallel` merges them and finishes once
    partial: bool = False
    partials: dict[str, list[Any]] = field(default_factory=dict)
    # what a process keeps across the parts of the input it works on (a worker's successive batch files)
    shared: dict[str, Any] = field(default_factory=dict)
    derived: dict[str, Any] = field(default_factory=dict)  # a stage's result a later one reuses, by name

    def rng(self, salt: str) -> random.Random:
        """A deterministic RNG per purpose, so adding a stage does not shift another's randomness."""
        return random.Random(f"{self.seed}:{salt}")

    def reject(self, stage: str | Stage | SourceStep, record: Record | None, reason: str, **detail: Any) -> None:
        name = stage if isinstance(stage, str) else stage.name
        self.ledger.stage(name).rejected[reason] += 1
        self.rejects.write(name, reason, record=record, **detail)

    def reject_item(
        self, stage: str | Stage | SourceStep, reason: str, *, source_file: str, index: int | None, **detail: Any
    ) -> None:
        """Reject something that never became a record (an unreadable file, an unparseable sample)."""
        name = stage if isinstance(stage, str) else stage.name
        self.ledger.stage(name).rejected[reason] += 1
        # an ingest step says which kind of item (interaction, scene) it could not use
        self.rejects.write(
            name, reason, source_file=source_file, index=index, kind=getattr(stage, "kind", None), **detail
        )

    def flag(self, stage: str | Stage | SourceStep, record: Record, rule: str) -> None:
        """Mark a kept record (rule violation, warning); counted per rule, not a drop."""
        name = stage if isinstance(stage, str) else stage.name
        self.ledger.stage(name).flagged[rule] += 1
        if rule not in record.violations:
            record.violations.append(rule)

    def created(self, stage: str | Stage | SourceStep, n: int = 1) -> None:
        name = stage if isinstance(stage, str) else stage.name
        self.ledger.stage(name).created += n

    def note(self, stage: str | Stage | SourceStep, **notes: Any) -> None:
        name = stage if isinstance(stage, str) else stage.name
        self.ledger.stage(name).notes.update(notes)


class Stage(ABC):
    """Records in, records out. Subclasses implement `process`; call the instance to run it counted."""

    name: ClassVar[str] = "stage"
    #: each record is judged alone (no record waits for another), so the stage may run on parts of the input
    #: in worker processes; what it does at the end of its input goes through `end` (-> `merge`, `finish`)
    local: ClassVar[bool] = False

    @abstractmethod
    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]: ...

    def end(self, ctx: Context, state: Any) -> None:
        """The end of the stage's input: `finish` with `state`, or on a part of the input (`ctx.partial`)
        keep it for `merge` with the other parts' states."""
        if ctx.partial:
            ctx.partials.setdefault(self.name, []).append(state)
        else:
            self.finish(ctx, state)

    @staticmethod
    def merge(states: list[Any]) -> Any:
        """One state from the states of consecutive parts of the input, in input order."""
        return states[0] if states else None

    def finish(self, ctx: Context, state: Any) -> None:
        """End-of-input work of a `local` stage (checks over every record, notes), on its merged state;
        none by default."""
        return None

    def __call__(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        counts = ctx.ledger.stage(self.name)

        def counted_in() -> Iterator[Record]:
            for r in records:
                counts.n_in += 1
                yield r

        for r in self.process(counted_in(), ctx):
            counts.n_out += 1
            if ctx.progress and counts.n_out % 1000 == 0:
                ctx.progress(self.name, counts.n_out)
            yield r


class Filter(Stage):
    """A stage that keeps or drops each record independently: `check` returns a reason or None."""

    local = True

    @abstractmethod
    def check(self, record: Record, ctx: Context) -> str | tuple[str, dict] | None: ...

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        for r in records:
            verdict = self.check(r, ctx)
            if verdict is None:
                yield r
            elif isinstance(verdict, tuple):
                ctx.reject(self, r, verdict[0], **verdict[1])
            else:
                ctx.reject(self, r, verdict)


class SourceStep(ABC):
    """An ingest step: finds items (samples, chunks) and yields records.

    Implementations must, for every item found, either yield a record or call `ctx.reject_item` /
    `ctx.reject`. The wrapper counts yielded records as "out"; "in" is out + rejected by definition
    of an ingest step (an item it found and could not use is a reject, never a silent skip).
    """

    name: ClassVar[str] = "ingest"
    kind: ClassVar[str | None] = None  # "interaction" | "scene": the kind of item this step reads

    @abstractmethod
    def read(self, ctx: Context) -> Iterator[Record]: ...

    def __call__(self, ctx: Context) -> Iterator[Record]:
        counts = ctx.ledger.stage(self.name)
        for r in self.read(ctx):
            counts.n_out += 1
            yield r
        counts.n_in = counts.n_out + counts.n_rejected


def chain(records: Iterable[Record], stages: Iterable[Stage], ctx: Context) -> Iterator[Record]:
    """Compose stages lazily: the output iterator of one is the input of the next."""
    for stage in stages:
        records = stage(records, ctx)
    return iter(records)
