"""Scene-aware chunking: cut at scene breaks, merge short same-POV scenes, split long ones at beats.

Within a chapter, consecutive scenes that share a POV form a run; each run is cut into chunks by a
small dynamic programme over paragraph boundaries. Every chunk must hold `min_words`..`max_words`
words; among the valid cuts the programme prefers scene breaks and narrator changes, then beats
(a diary date, narration on both sides, a time jump), and sizes near the 1,200-1,500 target. It never
cuts inside a paragraph and never inside a dialogue exchange (consecutive speech paragraphs, or a
speech whose paragraph leaves its quote open) unless no other cut exists. What cannot become a chunk
(a run shorter than `min_words`) is returned as a fragment with its reason, so every narrative word ends
up in exactly one chunk or one fragment. A single paragraph longer than `max_words` is first cut at
sentence boundaries into pieces that fill up to `max_words` each (`split_long_paragraph`), so no chunk is
ever over the bound and no such paragraph is lost whole; two pieces of one paragraph never share a chunk
(together they exceed the bound), so each piece's text is exactly a span of the paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .structure import Paragraph, ParagraphRun, Scene
from .text import has_speech, leaves_quote_open, strip_emphasis

INF = float("inf")
FRAGMENT_COST_PER_WORD = 1000.0
DIALOGUE_CUT_COST = 1e9  # only when nothing else fits: dearer than rejecting any passage as a fragment
SCENE_BREAK_BONUS = -60.0

_TRANSITION = re.compile(
    r"^\W*(?:later|the next|next morning|that night|that evening|by the time|hours later|days later|"
    r"when (?:he|she|they|i|we) (?:woke|reached|returned|got back|arrived)|in the morning|at dawn|"
    r"morning came|the following)\b",
    re.I,
)
_SINGLE_QUOTE_SPEECH = re.compile(r"(?:^|[\s(—–-])‘[^’]{2,}")


@dataclass
class ParagraphPiece(Paragraph):
    """Part `piece` (0-based) of a paragraph longer than `max_words`, cut between sentences."""

    piece: int = 0


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][”’\"')\]])\s+")


def split_long_paragraph(p: Paragraph, hi: int) -> list[Paragraph]:
    """`p` itself when it fits in `hi` words, else consecutive pieces of at most `hi` words each.

    Pieces fill greedily up to `hi` at sentence ends (a sentence longer than `hi` is cut between
    words), so any two consecutive pieces hold more than `hi` words together and can never share a
    chunk. The pieces' texts joined by single spaces give the paragraph's words in order.
    """
    if p.words <= hi:
        return [p]
    sentences = [x for x in _SENTENCE_END.split(p.text) if x and x.strip()]
    units: list[list[str]] = []
    for sent in sentences:
        ws = sent.split()
        while len(ws) > hi:
            units.append(ws[:hi])
            ws = ws[hi:]
        if ws:
            units.append(ws)
    pieces: list[list[str]] = [[]]
    for ws in units:
        if pieces[-1] and len(pieces[-1]) + len(ws) > hi:
            pieces.append([])
        pieces[-1].extend(ws)
    return [
        ParagraphPiece(
            p.index,
            " ".join(ws),
            p.place if k == 0 else f"{p.place} (part {k + 1})",
            len(ws),
            p.beat if k == 0 else None,
            piece=k,
        )
        for k, ws in enumerate(pieces)
    ]


@dataclass
class Unit:
    """A paragraph in a run with what the chunker needs to know about it."""

    para: Paragraph
    scene: Scene
    speech: bool
    open_quote: bool


@dataclass
class Chunk(ParagraphRun):
    paragraphs: list[Paragraph]
    scenes: list[Scene]
    cut_in_dialogue: bool = False  # only when no other cut fitted (reported, counted)


@dataclass
class Fragment(ParagraphRun):
    paragraphs: list[Paragraph]
    scenes: list[Scene]
    reason: str


@dataclass
class ChunkPlan:
    chunks: list[Chunk] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)


def _units(scenes: list[Scene], max_words: int) -> list[Unit]:
    units: list[Unit] = []
    for s in scenes:
        for p in s.paragraphs:
            for piece in split_long_paragraph(p, max_words):
                units.append(Unit(piece, s, has_speech(piece.text), leaves_quote_open(piece.text)))
    # a speech carried over many paragraphs that is longer than a chunk is a story told inside the
    # story (The Time Machine): inside it only nested ‘single-quoted’ speech counts as dialogue. A
    # shorter one, a quoted letter included, stays one run that no cut may enter
    k = 0
    while k < len(units):
        if units[k].open_quote:
            j, words = k, 0
            while j < len(units) and (j == k or units[j - 1].open_quote):
                words += units[j].para.words
                j += 1
            if words > max_words:
                for u in units[k:j]:
                    u.speech = bool(_SINGLE_QUOTE_SPEECH.search(strip_emphasis(u.para.text)))
                    u.open_quote = False
            k = j
        else:
            k += 1
    return units


def boundary_cost(prev: Unit, nxt: Unit) -> float:
    """Cost of cutting between two paragraphs (lower is better; scene breaks are a bonus)."""
    if prev.scene is not nxt.scene:
        return SCENE_BREAK_BONUS
    if getattr(nxt.para, "piece", 0):  # inside an over-long paragraph: the cut is forced anyway
        return 0.0
    if prev.open_quote or (prev.speech and nxt.speech):
        return DIALOGUE_CUT_COST
    if nxt.para.beat == "document":
        return SCENE_BREAK_BONUS / 2
    if nxt.para.beat == "entry":
        return -20.0
    cost = 0.0 if not (prev.speech or nxt.speech) else 8.0
    if _TRANSITION.match(strip_emphasis(nxt.para.text)):
        cost -= 10.0
    return cost


def is_dialogue_cut(prev: Unit, nxt: Unit) -> bool:
    return (
        prev.scene is nxt.scene
        and not getattr(nxt.para, "piece", 0)
        and (prev.open_quote or (prev.speech and nxt.speech))
    )


def _size_cost(w: int, lo: int, hi: int, tlo: int, thi: int) -> float:
    if w < lo or w > hi:
        return INF
    d = tlo - w if w < tlo else (w - thi if w > thi else 0)
    return (d / 100.0) ** 2


def chunk_run(scenes: list[Scene], lo: int, hi: int, tlo: int, thi: int) -> ChunkPlan:
    """Cut one same-POV run of scenes (one chapter) into chunks and fragments, in three steps: the best
    cuts over paragraph boundaries (`_best_cuts`), the segments they make with adjacent fragments joined
    (`_segments`), then the chunks and fragments those segments hold."""
    units = _units(scenes, hi)
    plan = ChunkPlan()
    if not units:
        return plan
    prefix = [0]
    for u in units:
        prefix.append(prefix[-1] + u.para.words)
    back = _best_cuts(units, prefix, lo, hi, tlo, thi)
    n = len(units)
    for i, j, kind in _segments(back, prefix, lo):
        part = units[i:j]
        paras = [u.para for u in part]
        sc = list(dict.fromkeys(u.scene for u in part))
        if kind == "chunk":
            inside = j < n and is_dialogue_cut(units[j - 1], units[j])
            plan.chunks.append(Chunk(paras, sc, cut_in_dialogue=inside))
        else:
            plan.fragments.append(Fragment(paras, sc, "fragment_under_min_words"))
    return plan


def _best_cuts(units: list[Unit], prefix: list[int], lo: int, hi: int, tlo: int, thi: int) -> list[tuple[int, str]]:
    """The dynamic programme: for each end position j, the start i and kind ("chunk" or "fragment") of the
    last segment on the cheapest way to cut units[:j] (size cost + boundary cost + fragments' words)."""
    n = len(units)
    bcost = [0.0] + [boundary_cost(units[j - 1], units[j]) for j in range(1, n)] + [0.0]
    best = [INF] * (n + 1)
    back: list[tuple[int, str]] = [(-1, "")] * (n + 1)
    best[0] = 0.0
    for j in range(1, n + 1):
        cut = bcost[j] if j < n else 0.0
        for i in range(j - 1, -1, -1):
            w = prefix[j] - prefix[i]
            if best[i] < INF:
                c, kind = _segment_cost(w, lo, hi, tlo, thi)
                if kind and best[i] + c + cut < best[j]:
                    best[j], back[j] = best[i] + c + cut, (i, kind)
            if w > hi and j - i > 1:
                break
    return back


def _segment_cost(w: int, lo: int, hi: int, tlo: int, thi: int) -> tuple[float, str]:
    """(cost, kind) of a segment of `w` words: a chunk within the bounds, a fragment under `lo` (a unit is
    never over `hi`: `_units` split long paragraphs), else no segment ("")."""
    sc = _size_cost(w, lo, hi, tlo, thi)
    if sc < INF:
        return sc, "chunk"
    if w < lo:
        return FRAGMENT_COST_PER_WORD * w, "fragment"
    return INF, ""


def _segments(back: list[tuple[int, str]], prefix: list[int], lo: int) -> list[tuple[int, int, str]]:
    """The segments (start, end, kind) of the best cut in reading order; adjacent fragments are one
    rejected passage while together under `lo`."""
    segs: list[tuple[int, int, str]] = []
    j = len(back) - 1
    while j > 0:
        i, kind = back[j]
        segs.append((i, j, kind))
        j = i
    segs.reverse()
    merged: list[tuple[int, int, str]] = []
    for seg in segs:
        if merged and seg[2] == "fragment" == merged[-1][2] and prefix[seg[1]] - prefix[merged[-1][0]] < lo:
            merged[-1] = (merged[-1][0], seg[1], "fragment")
        else:
            merged.append(seg)
    return merged


def plan_chunks(
    chapters_scenes: list[list[Scene]], povs: Mapping[int, object], lo: int, hi: int, tlo: int, thi: int
) -> ChunkPlan:
    """Chunk every chapter: runs of consecutive scenes with the same POV are merged/split together.

    `povs`: scene index -> its POV key (any value: scenes whose keys are equal may share a chunk)."""
    plan = ChunkPlan()
    for scenes in chapters_scenes:
        run: list[Scene] = []
        for s in scenes:
            if run and povs.get(run[-1].index) != povs.get(s.index):
                sub = chunk_run(run, lo, hi, tlo, thi)
                plan.chunks += sub.chunks
                plan.fragments += sub.fragments
                run = []
            run.append(s)
        if run:
            sub = chunk_run(run, lo, hi, tlo, thi)
            plan.chunks += sub.chunks
            plan.fragments += sub.fragments
    return plan
