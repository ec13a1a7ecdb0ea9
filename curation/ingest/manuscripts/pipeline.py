"""One manuscript end to end: read -> structure -> scene POV -> chunk -> tag -> prompt.

`process_manuscript` is the library entry point used by the build's `ManuscriptSource`, the
`prepare-gaea` command and `prepare_visions_of_gaea.py`; it returns plain data (rows, fragments,
removed text) so callers decide how to report it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from ...records import stable_id
from ...tokens import count_tokens
from .chunking import Chunk, Fragment, plan_chunks
from .prompts import build_prompt, conversations
from .readers import read_manuscript
from .roster import Roster
from .settings import ManuscriptsConfig
from .structure import Book, Removed, Scene, parse_structure
from .tagging import PovResult, Tagger


@dataclass
class ChunkRow:
    id: str
    group: str
    text: str
    conversations: list[dict[str, str]]
    metadata: dict
    locator: str
    index: int
    paragraphs: tuple[int, int]  # first, last+1 narrative paragraph index
    cut_in_dialogue: bool = False


@dataclass
class ManuscriptResult:
    source: str
    book: Book
    rows: list[ChunkRow] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)
    scene_pov: dict[int, PovResult] = field(default_factory=dict)

    @property
    def removed(self) -> list[Removed]:
        return self.book.removed

    def removed_summary(self) -> dict:
        return {"removed_words_by_kind": self.book.removed_words(),
                "removed_items": sum(1 for r in self.book.removed if r.words),
                "narrative_words": sum(p.words for p in self.book.paragraphs),
                "chunk_words": sum(r.metadata["word_count"] for r in self.rows),
                "fragment_words": sum(f.words for f in self.fragments)}


def _scene_povs(book: Book, tagger: Tagger) -> dict[int, PovResult]:
    out: dict[int, PovResult] = {}
    context_narrator: str | None = None
    for ch in book.chapters:
        if ch.narrator:
            context_narrator = ch.narrator
        for s in ch.scenes:
            explicit = s.document is not None
            if explicit:
                context_narrator = s.narrator
            narrator = s.narrator if explicit else context_narrator
            res = tagger.pov(s.text, narrator=narrator, chapter_title=ch.title, heading=s.heading)
            if explicit and s.narrator is None and res.person == "first":
                res = PovResult(None, 0.5, res.person, {"from": "impersonal document"})
            out[s.index] = res
    return out


def _group_ids(chunks: list[Chunk], source: str) -> list[str]:
    """Chunks sharing a scene share a group (union of scenes linked by a chunk)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c in chunks:
        first = c.scenes[0].index
        for s in c.scenes[1:]:
            parent[find(s.index)] = find(first)
    return [stable_id(source, "scene", min(find(c.scenes[0].index), c.scenes[0].index)) for c in chunks]


def process_manuscript(path: str | Path, settings: ManuscriptsConfig | None = None,
                       roster: Roster | None = None, universe: str = "visions_of_gaea", seed: int = 42,
                       source_name: str | None = None) -> ManuscriptResult:
    settings = settings or ManuscriptsConfig()
    doc = read_manuscript(path)
    book = parse_structure(doc)
    source = source_name or Path(path).as_posix()
    tagger = Tagger(roster, universe)
    tagger.learn_book([p.text for p in book.paragraphs])
    povs = _scene_povs(book, tagger)
    pov_key = {i: r.pov for i, r in povs.items()}
    plan = plan_chunks([c.scenes for c in book.chapters], pov_key, settings.min_words, settings.max_words,
                       settings.target_min_words, settings.target_max_words)
    result = ManuscriptResult(source, book, fragments=plan.fragments, scene_pov=povs)
    groups = _group_ids(plan.chunks, source)
    universe_name = " ".join(w if w in ("of", "the", "and") and k else w.capitalize()
                             for k, w in enumerate(universe.replace("_", " ").split()))
    previous: str | None = None
    prev_chapter = None
    for k, (chunk, group) in enumerate(zip(plan.chunks, groups)):
        scene: Scene = chunk.scenes[0]
        ch = scene.chapter
        text = chunk.text
        pov = povs[scene.index]
        characters = tagger.characters_in(text)
        kind, features = tagger.scene_type(text)
        meta = {
            "pov": pov.pov,
            "pov_confidence": pov.confidence,
            "person": pov.person,
            "scene_type": kind,
            "scene_type_features": features,
            "chapter": ch.number,
            "chapter_title": ch.title,
            "part": ch.part,
            "word_count": chunk.words,
            "token_count": count_tokens(text),
            "tension": tagger.tension(text),
            "characters": characters,
            "worldbuilding_terms": tagger.worldbuilding_terms(text, characters),
            "setting": tagger.setting(text, ch.title),
            "universe": universe,
            "source": source,
            "scenes": [s.index for s in chunk.scenes],
        }
        cid = stable_id(source, "chunk", chunk.paragraphs[0].index, chunk.paragraphs[-1].index)
        rng = random.Random(f"{seed}:prompt:{cid}")
        human = build_prompt(meta, previous, rng, universe_name)
        locator = f"{ch.label}, scene {scene.index + 1}" + (f"-{chunk.scenes[-1].index + 1}" if len(chunk.scenes) > 1 else "")
        result.rows.append(ChunkRow(cid, group, text, conversations(settings.system_prompt, human, text), meta,
                                    locator, k, (chunk.paragraphs[0].index, chunk.paragraphs[-1].index + 1),
                                    chunk.cut_in_dialogue))
        previous, prev_chapter = text, ch.index
    return result
