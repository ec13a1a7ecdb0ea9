"""The chunker never emits a chunk outside min_words..max_words, whatever the paragraphs look like.

Property test (hypothesis): random chapters of random scenes whose paragraphs run from one word to
well over `max_words`, with and without speech. Every chunk is in bounds by the whitespace count the
length filter also uses; chunks and fragments together hold every word of the book exactly once, in order.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from curation.ingest.manuscripts.chunking import plan_chunks, split_long_paragraph
from curation.ingest.manuscripts.settings import ChunkingConfig
from curation.ingest.manuscripts.structure import Chapter, Paragraph, Scene
from curation.records import Record, Source
from curation.stages.filters import QualityFilters

LO, HI, TLO, THI = 80, 250, 120, 150


def _paragraph(index: int, words: int, kind: str, rng: random.Random) -> Paragraph:
    ws = []
    for k in range(words):
        w = rng.choice(["the", "well—I", "twenty-five", "don’t", "Kael", "ran", "sky", "and"])
        ws.append(w + ("." if rng.random() < 0.08 or k == words - 1 else ""))
    text = " ".join(ws)
    if kind == "speech":
        text = "“" + text + "”"
    elif kind == "open":
        text = "“" + text
    return Paragraph(index, text, f"p{index}", len(text.split()))


para = st.tuples(st.integers(1, 700), st.sampled_from(["plain", "plain", "speech", "open"]))
scene = st.lists(para, min_size=1, max_size=8)
chapter = st.lists(st.tuples(scene, st.sampled_from(["a", "b"])), min_size=1, max_size=4)


@settings(max_examples=60, deadline=None)
@given(st.lists(chapter, min_size=1, max_size=3), st.integers(0, 10**6))
def test_chunks_in_bounds_and_every_word_once(book, seed):
    rng = random.Random(seed)
    chapters, povs, index, order = [], {}, 0, []
    for ci, scenes in enumerate(book):
        ch = Chapter(ci, ci + 1, None, None)
        for paras, pov in scenes:
            s = Scene(len(povs), ch, [])
            for words, kind in paras:
                p = _paragraph(index, words, kind, rng)
                index += 1
                s.paragraphs.append(p)
                order.append(p)
            povs[s.index] = pov
            ch.scenes.append(s)
        chapters.append(ch)
    plan = plan_chunks([c.scenes for c in chapters], povs, LO, HI, TLO, THI)
    # the scene length filter reads the same chunking section the chunker was given
    filt = QualityFilters(
        chunking=ChunkingConfig(min_words=LO, max_words=HI, target_min_words=TLO, target_max_words=THI)
    )
    for c in plan.chunks:
        n = len(c.text.split())
        assert LO <= n <= HI, n
        rec = Record(id="x", kind="scene", source=Source("f", 0, ""), data={"text": c.text})
        verdict = filt._length(rec, rec.content(), "", [])
        assert verdict is None, verdict
    for f in plan.fragments:
        assert f.reason == "fragment_under_min_words" and f.words < LO
    # every word once, in order: pieces of a long paragraph are consecutive spans of it
    got = [
        w
        for run in sorted(
            [*plan.chunks, *plan.fragments], key=lambda r: (r.paragraphs[0].index, getattr(r.paragraphs[0], "piece", 0))
        )
        for w in run.text.split()
    ]
    assert got == [w for p in order for w in p.text.split()]


def test_long_paragraph_pieces_fill_up_to_the_bound():
    rng = random.Random(1)
    p = _paragraph(0, 1000, "plain", rng)
    pieces = split_long_paragraph(p, HI)
    assert [w for x in pieces for w in x.text.split()] == p.text.split()
    assert all(x.words <= HI for x in pieces)
    assert all(a.words + b.words > HI for a, b in zip(pieces, pieces[1:], strict=False))  # never two in one chunk
    assert split_long_paragraph(_paragraph(1, 40, "plain", rng), HI)[0].text.count(" ") == 39
