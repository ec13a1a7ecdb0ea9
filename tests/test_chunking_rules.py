"""The chunker's rules on small scenes: each with a case that fires and one that must not."""

from __future__ import annotations

from curation.ingest.manuscripts.chunking import Unit, boundary_cost, chunk_run, plan_chunks, split_long_paragraph
from curation.ingest.manuscripts.structure import Chapter, Paragraph, Scene

LO, HI, TLO, THI = 100, 300, 150, 200


def words(n: int, speech: bool = False) -> str:
    body = " ".join(["word"] * (n - 1) + ["end."])
    return f"“{body}”" if speech else body


def scene(ch: Chapter, *paras: tuple[int, bool], start: int = 0) -> Scene:
    s = Scene(
        len(ch.scenes), ch, [Paragraph(start + k, words(n, sp), f"p{start + k}", n) for k, (n, sp) in enumerate(paras)]
    )
    ch.scenes.append(s)
    return s


def test_short_same_pov_scenes_merge_and_a_pov_change_keeps_them_apart():
    ch = Chapter(0, 1, None, None)
    a, b = scene(ch, (60, False)), scene(ch, (70, False), start=1)
    merged = plan_chunks([ch.scenes], {a.index: "x", b.index: "x"}, LO, HI, TLO, THI)
    assert len(merged.chunks) == 1 and merged.chunks[0].scenes == [a, b]
    apart = plan_chunks([ch.scenes], {a.index: "x", b.index: "y"}, LO, HI, TLO, THI)
    assert not apart.chunks and {f.reason for f in apart.fragments} == {"fragment_under_min_words"}


def test_a_long_scene_is_split_between_paragraphs_within_bounds():
    ch = Chapter(0, 1, None, None)
    scene(ch, *[(90, False)] * 5)
    plan = chunk_run(ch.scenes, LO, HI, TLO, THI)
    assert len(plan.chunks) == 2 and all(LO <= c.words <= HI for c in plan.chunks)
    one = Chapter(0, 1, None, None)
    scene(one, (90, False), (90, False))
    assert len(chunk_run(one.scenes, LO, HI, TLO, THI).chunks) == 1  # fits: never split


def test_a_cut_avoids_a_dialogue_exchange_when_another_cut_fits():
    ch = Chapter(0, 1, None, None)
    scene(ch, (90, False), (90, True), (90, True), (90, False), (90, False))
    plan = chunk_run(ch.scenes, LO, HI, TLO, THI)
    assert all(not c.cut_in_dialogue for c in plan.chunks)
    assert [len(c.paragraphs) for c in plan.chunks] == [3, 2]  # after the exchange, not inside it


def test_boundary_costs_prefer_scene_breaks_and_price_dialogue_cuts():
    ch = Chapter(0, 1, None, None)
    s1 = scene(ch, (10, False), (10, True), (10, True))
    s2 = scene(ch, (10, False), start=3)
    u = [Unit(p, s1, "“" in p.text, False) for p in s1.paragraphs]
    nxt = Unit(s2.paragraphs[0], s2, False, False)
    assert boundary_cost(u[2], nxt) < 0  # a scene break is a bonus
    assert boundary_cost(u[1], u[2]) >= 1e9  # inside an exchange: only when nothing else fits
    assert boundary_cost(u[0], u[1]) < 1e9


def test_a_paragraph_over_the_bound_is_cut_at_sentences_and_a_short_one_is_not():
    p = Paragraph(0, " ".join(f"Sentence number {k} ends here." for k in range(100)), "p0", 500)
    pieces = split_long_paragraph(p, HI)
    assert len(pieces) == 2 and all(x.words <= HI for x in pieces) and pieces[0].text.endswith(".")
    short = Paragraph(1, words(50), "p1", 50)
    assert split_long_paragraph(short, HI) == [short]
