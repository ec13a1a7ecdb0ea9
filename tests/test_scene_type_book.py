"""Scene types judged a book at a time (`Tagger.book_scene_types`): a score also counts how far a chunk stands
out in its own book, so a quiet book's one chase is action although a thriller's chase would hold more verbs."""

from __future__ import annotations

from curation.ingest.manuscripts.tagging import SCENE_TYPE_WEIGHTS, Tagger

ROOM = (
    "The kitchen was quiet and the clock ticked on the wall by the stove in the corner. The light lay on the floor "
    "in a pale square near the door. The bread was cooling on its board beside the blue jug. "
)
THOUGHT = "She wondered whether she had been wrong about the letter all along. "
CHASE = "She grabbed the gate and ran down the lane toward the road. "


def chunk(thoughts: int, chases: int) -> str:
    return " ".join([THOUGHT] * thoughts + [ROOM] * 10 + [CHASE] * chases)


def quiet_book() -> list[str]:
    """Six chunks of a reflective book; the fourth has its one short burst of running."""
    return [chunk(4, 0), chunk(3, 0), chunk(5, 0), chunk(4, 1), chunk(4, 0), chunk(5, 0)]


def test_the_one_chunk_that_moves_in_a_quiet_book_is_action():
    t = Tagger()
    profiles = [t.profile(x) for x in quiet_book()]
    # on the absolute scale alone the thinking words still outweigh the one sentence of running
    assert t.scene_type(profiles[3])[0] == "introspective"
    kinds = [kind for kind, _ in t.book_scene_types(profiles)]
    assert kinds == ["introspective"] * 3 + ["action"] + ["introspective"] * 2
    _, features = t.book_scene_types(profiles)[3]
    assert features["absolute_scores"]["introspective"] > features["absolute_scores"]["action"]
    assert features["scores"]["action"] > features["scores"]["introspective"]


def test_a_book_too_short_for_a_distribution_or_all_alike_keeps_the_absolute_types():
    t = Tagger()
    short = [t.profile(x) for x in quiet_book()[2:5]]  # three chunks: fewer than min_chunks
    assert [k for k, _ in t.book_scene_types(short)] == [t.scene_type(p)[0] for p in short]
    assert not any("absolute_scores" in f for _, f in t.book_scene_types(short))
    same = [t.profile(chunk(4, 1))] * 6  # nothing stands out: every score sits on its book's mean
    for kind, features in t.book_scene_types(same):
        assert kind == t.scene_type(same[0])[0] == "introspective"
        assert features["scores"] == features["absolute_scores"]


def test_the_book_weight_zero_is_the_absolute_scale():
    from dataclasses import replace

    t = Tagger()
    profiles = [t.profile(x) for x in quiet_book()]
    flat = replace(SCENE_TYPE_WEIGHTS, book=0.0)
    assert [k for k, _ in t.book_scene_types(profiles, flat)] == [t.scene_type(p)[0] for p in profiles]


def test_the_harness_types_a_book_together_and_counts_only_labelled_chunks(benchmark_script):
    ev = benchmark_script("eval_manuscripts")
    t = Tagger()
    profiles = [t.profile(x) for x in quiet_book()]
    # the chase chunk is labelled, its quiet neighbours are not: they still make the book's distribution
    items = [("quiet", p, "action" if k == 3 else None) for k, p in enumerate(profiles)]
    assert ev._right(items, ev.SCENE_TYPE_WEIGHTS) == 1
    assert ev._labelled(items) == 1
    alone = [("quiet", profiles[3], "action")]  # one chunk: no book to compare it with
    assert ev._right(alone, ev.SCENE_TYPE_WEIGHTS) == 0
