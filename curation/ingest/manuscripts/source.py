"""`ManuscriptSource`: the build's ingest step for novel manuscripts.

One `Record(kind="scene")` per chunk, conversations already filled; fragments are rejected with their
reason; removed non-narrative text (title pages, contents, notes, licences) is reported in the ledger
notes with word counts. A manuscript that cannot be read is rejected as an item (one line naming the
file), so one bad file does not stop the build.

With `manuscripts.llm_summary` the prompts carry LLM-written scene summaries from the `generation:`
server, cached under ``<output.dir>.build.json.cache/``; a server that is down or lacks the model stops the
build with one line naming the host (it is a setting the user turned on, not a bad manuscript).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

from ...errors import UserError
from ...llm.client import ModelMissing, ServerUnavailable
from ...llm.scene_labels import LLMLabeller
from ...llm.scene_summary import SceneSummarizer
from ...records import Record, Source, stable_id
from ...redact import shown_path
from ...stages.base import Context, SourceStep
from .labels import Labelling, load_overrides
from .pipeline import ManuscriptResult, Summarizer, process_manuscript
from .review import review_rows
from .roster import load_roster
from .settings import ChunkingConfig, ManuscriptsConfig


def result_records(result: ManuscriptResult) -> list[Record]:
    return [
        Record(
            id=row.id,
            kind="scene",
            source=Source(result.source, row.index, row.locator),
            data={"text": row.text, "paragraphs": list(row.paragraphs)},
            data_type="scene",
            conversations=row.conversations,
            metadata=dict(row.metadata),
            group=row.group,
            origin=row.group,
        )
        for row in result.rows
    ]


def report_result(step: SourceStep, result: ManuscriptResult, ctx: Context) -> None:
    """Fragments to the rejects (with their text), removed matter and dialogue cuts to the notes."""
    for frag in result.fragments:
        first = frag.paragraphs[0]
        ctx.reject_item(
            step,
            frag.reason,
            source_file=result.source,
            index=first.index,
            words=frag.words,
            chapter=frag.scenes[0].chapter.label,
            pov=result.scene_pov[frag.scenes[0].index].pov,
            place=first.place,
            text=frag.text,
            id=stable_id(result.source, "fragment", first.index),
        )
    notes = ctx.ledger.stage(step.name).notes.setdefault("manuscripts", {})
    summary = result.removed_summary()
    summary["removed"] = [
        {"kind": r.kind, "words": r.words, "place": r.place, "text": r.text[:120]} for r in result.removed if r.words
    ]
    summary["chunks_cut_inside_dialogue"] = sum(1 for r in result.rows if r.cut_in_dialogue)
    summary["prompt_sources"] = dict(sorted(Counter(r.metadata["prompt_source"] for r in result.rows).items()))
    fallbacks = [
        {"id": r.id, "place": r.locator, "note": r.metadata["prompt_note"]}
        for r in result.rows
        if r.metadata.get("prompt_note")
    ]
    if fallbacks:
        summary["prompt_fallbacks"] = fallbacks
    notes[result.source] = summary


def labelling_from_config(
    settings: ManuscriptsConfig,
    generation: Any,
    resolve: Callable[[str], Path],
    cache_dir: str | Path,
    host: str | None = None,
) -> Labelling:
    """`manuscripts.labeller`, `.overrides` and `.review_below` as a `Labelling` (an LLM labeller from
    the `generation:` section when asked for, answers cached under `cache_dir`)."""
    m = settings
    llm = None
    if m.labeller != "heuristic":
        llm = LLMLabeller(
            generation,
            Path(cache_dir) / "scene_labels.sqlite",
            resolve(generation.prompts) if generation.prompts else None,
            host=host,
        )
    return Labelling(m.labeller, llm, load_overrides(resolve(m.overrides)) if m.overrides else None, m.review_below)


class ManuscriptSource(SourceStep):
    name: ClassVar[str] = "manuscripts"
    kind: ClassVar[str] = "scene"

    def __init__(
        self,
        entries: list[dict[str, Any]],
        settings: ManuscriptsConfig,
        seed: int = 42,
        summarize: Summarizer | None = None,
        labelling: Labelling | None = None,
        chunking: ChunkingConfig | None = None,
    ) -> None:
        self.entries = entries
        self.settings = settings
        self.chunking = chunking
        self.seed = seed
        self.summarize = summarize
        self.labelling = labelling
        self.review_rows: list[dict[str, str]] = []  # chunks listed for review, written by the build

    @classmethod
    def from_config(
        cls,
        settings: ManuscriptsConfig,
        books: Sequence[Any],
        *,
        chunking: ChunkingConfig,
        generation: Any,
        seed: int,
        resolve: Callable[[str], Path],
        cache_dir: Path,
    ) -> ManuscriptSource:
        """From the `manuscripts` section and the books of `inputs.manuscripts` (path, universe, roster);
        named, what it shares: the `chunking:` bounds, the `generation:` server (LLM summaries and labels,
        answers cached under `cache_dir`) and the seed. `resolve` makes a configured path absolute."""
        root = resolve(".")
        entries = [
            {
                "path": resolve(m.path),
                "universe": m.universe,
                "roster": resolve(m.roster) if m.roster else None,
                "name": shown_path(resolve(m.path), root),
            }
            for m in books
        ]
        summarize = None
        if settings.llm_summary:
            summarize = SceneSummarizer.from_settings(
                generation,
                cache_dir / "scene_summaries.sqlite",
                resolve(generation.prompts) if generation.prompts else None,
            )
        labelling = labelling_from_config(settings, generation, resolve, cache_dir)
        return cls(entries, settings, seed, summarize, labelling, chunking)

    def read(self, ctx: Context) -> Iterator[Record]:
        for k, e in enumerate(self.entries):
            name = str(e.get("name") or e["path"])
            try:
                roster = load_roster(e.get("roster"))
                result = process_manuscript(
                    Path(e["path"]),
                    self.settings,
                    roster,
                    e.get("universe"),
                    ctx.seed,
                    source_name=name,
                    summarize=self.summarize,
                    labelling=self.labelling,
                    chunking=self.chunking,
                )
            except (ServerUnavailable, ModelMissing):
                raise
            except UserError as err:
                ctx.reject_item(self, "unreadable_manuscript", source_file=name, index=k, error=str(err))
                continue
            report_result(self, result, ctx)
            self.review_rows.extend(review_rows(result))
            yield from result_records(result)
        if self.labelling is not None and self.labelling.overrides is not None:
            notes = ctx.ledger.stage(self.name).notes
            notes["overrides"] = {
                "file": self.labelling.overrides.path,
                "entries": len(self.labelling.overrides.by_key),
                "applied": len(self.labelling.overrides.used),
                "unused": self.labelling.overrides.unused,
            }
