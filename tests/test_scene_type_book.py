"""Scene types judged a book at a time (`Tagger.book_scene_types`): the type layer (`type_layer.TYPE_LAYER`) also
weighs how far a chunk's scores stand out in its own book, so a quiet book's one chase is action although a
thriller's chase would hold more verbs."""

from __future__ import annotations

import pytest

from curation.ingest.manuscripts.tagging import Tagger
from curation.ingest.manuscripts.type_layer import TYPES, TypeLayer, fit_type_layer

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
    return [chunk(4, 0), chunk(3, 0), chunk(5, 0), chunk(4, 2), chunk(4, 0), chunk(5, 0)]


def thriller() -> list[str]:
    """Six chunks of a book that runs all the time; the fourth is the quiet book's fourth, its pause."""
    return [chunk(1, 6), chunk(1, 7), chunk(2, 6), chunk(4, 2), chunk(1, 6), chunk(1, 8)]


def test_the_one_chunk_that_moves_in_a_quiet_book_is_action():
    """The same chunk (thinking, and two sentences of running) is the quiet book's action and the thriller's pause:
    its type depends on how it stands in its own book."""
    t = Tagger()
    quiet = t.book_scene_types([t.profile(x) for x in quiet_book()])
    kinds = [kind for kind, _ in quiet]
    assert kinds[3] == "action"
    # the most thoughtful chunks of the book stay introspective
    assert kinds[2] == kinds[5] == "introspective"
    features = quiet[3][1]
    assert features["standing"]["action"] > 1.0
    fast = t.book_scene_types([t.profile(x) for x in thriller()])
    assert fast[3][0] == "introspective" and fast[3][1]["standing"]["action"] < -1.0
    assert fast[3][1]["absolute_scores"] == features["absolute_scores"]
    assert [kind for kind, _ in fast].count("action") == 5
    assert features["standing"]["action"] > 0.5  # the chase stands out from its book in motion
    assert abs(sum(features["scores"].values()) - 1) < 0.01  # each type's probability


def test_a_book_too_short_for_a_distribution_is_typed_as_lone_passages():
    t = Tagger()
    short = [t.profile(x) for x in quiet_book()[2:5]]  # three chunks: fewer than min_chunks
    assert t.book_scene_types(short) == [t.scene_type(p) for p in short]
    assert not any("standing" in f for _, f in t.book_scene_types(short))
    same = [t.profile(chunk(4, 1))] * 6  # nothing stands out: every standing is 0
    for _, features in t.book_scene_types(same):
        assert set(features["standing"].values()) == {0.0}


def test_the_layer_reads_standing_none_as_the_books_mean():
    layer = TypeLayer(
        absolute=((1.0, 0.0, 0.0, 0.0), (0.0, 1.0, 0.0, 0.0), (0.0, 0.0, 1.0, 0.0), (0.0, 0.0, 0.0, 1.0)),
        standing=((2.0, 0.0, 0.0, 0.0), (0.0, 2.0, 0.0, 0.0), (0.0, 0.0, 2.0, 0.0), (0.0, 0.0, 0.0, 2.0)),
        bias=(0.0, 0.0, 0.0, 0.0),
    )
    scores = {"action": 0.5, "dialogue": 0.2, "exposition": 0.1, "introspective": 0.6}
    alone = layer.probabilities(scores, None)
    assert max(alone, key=alone.get) == "introspective"
    assert alone == layer.probabilities(scores, dict.fromkeys(TYPES, 0.0))
    # the same scores in a book whose every chunk thinks more and moves less: the chunk stands out in action
    standing = {"action": 1.0, "dialogue": 0.0, "exposition": 0.0, "introspective": -1.0}
    in_book = layer.probabilities(scores, standing)
    assert max(in_book, key=in_book.get) == "action"


def test_fitting_the_layer_learns_which_score_names_which_type():
    """Made-up chunks whose type is the score that stands highest in its book, though another is higher in
    absolute terms (a talky writer: every chunk quotes a lot): the fitted layer reads the standing."""
    rows = []
    for kind in TYPES:
        for shift in (0.0, 0.1, 0.2):
            absolute = {t: 0.4 + shift for t in TYPES}
            absolute["dialogue"] = 1.2 + shift  # the writer's habit, in every chunk
            standing = dict.fromkeys(TYPES, -0.5)
            standing[kind] = 1.5
            rows.append((absolute, standing, kind))
    layer = fit_type_layer(rows, l2=0.01)
    assert layer == fit_type_layer(rows, l2=0.01)  # a convex fit: the same layer every time
    for absolute, standing, kind in rows:
        p = layer.probabilities(absolute, standing)
        assert max(p, key=p.get) == kind
    with pytest.raises(ValueError, match="no labelled chunk"):
        fit_type_layer([])


def test_the_harness_types_a_book_together_and_counts_only_labelled_chunks(benchmark_script):
    ev = benchmark_script("eval_manuscripts")
    t = Tagger()
    profiles = [t.profile(x) for x in quiet_book()]
    # the chase chunk is labelled, its quiet neighbours are not: they still make the book's distribution
    items = [("quiet", p, "action" if k == 3 else None) for k, p in enumerate(profiles)]
    assert ev._right(items) == 1
    assert ev._labelled(items) == 1
    busy = [("fast", t.profile(x), "action" if k == 3 else None) for k, x in enumerate(thriller())]
    assert ev._right(busy) == 0  # the same chunk among chases is their pause
    alone = [("quiet", profiles[3], "action")]  # one chunk: no book to compare it with, its highest hand score
    assert ev._right(alone) == (t.scene_type(profiles[3])[0] == "action")
    in_book, lone = ev.layer_rows(items)
    assert len(in_book) == len(lone) == 1 and in_book[0][2] == "action" and lone[0][1] is None


def test_the_confusion_table_counts_each_miss_by_chunks_and_by_books(benchmark_script):
    """A miss that two books share comes first and says so; a chunk typed right is not in the table."""
    ev = benchmark_script("eval_manuscripts")
    typed = [
        ("ledger", "exposition", "introspective"),
        ("ledger", "dialogue", "dialogue"),
        ("harbour", "exposition", "introspective"),
        ("harbour", "action", "dialogue"),
    ]
    lines = ev.confusion(typed)
    assert len(lines) == 2
    assert lines[0].split() == ["exposition", "->", "introspective", "2", "chunk(s),", "2", "book(s)"]
    assert lines[1].split() == ["action", "->", "dialogue", "1", "chunk(s),", "1", "book(s)"]
    assert ev._typed([("quiet", Tagger().profile(quiet_book()[0]), None)]) == []  # unlabelled: nothing to score


def test_the_nested_check_chooses_the_penalty_without_the_book_it_scores(benchmark_script):
    """Three made-up books of plain talk, running and brooding: whatever penalty each fold picks, a layer fitted
    on two of the books types the third right."""
    ev = benchmark_script("eval_manuscripts")
    t = Tagger()
    kinds = {
        "dialogue": "“Come in,” she said. “Sit.” “Thanks,” he said. “Tea?” “Please.” ",
        "action": "He ran. He jumped the wall and fell and rolled and grabbed the rail and hauled. ",
        "introspective": "She thought of her mother and wondered, and remembered, and felt the old grief. ",
    }
    items = []
    for book in ("one", "two", "three"):
        for repeat in (5, 7):
            for label, text in kinds.items():
                items.append((book, t.profile((text + ROOM) * repeat), label))
    assert ev.nested_type_cv(items, grid=(0.1, 0.01)) == len(items)


def test_a_lone_passage_is_its_highest_hand_score_and_the_sharpness_follows_how_often_that_is_right():
    from curation.ingest.manuscripts.type_layer import fit_sharpness, plain_layer

    scores = {"action": 0.9, "dialogue": 0.2, "exposition": 0.4, "introspective": 0.8}
    p = plain_layer(3.0).probabilities(scores, None)
    assert max(p, key=p.get) == "action" and p["action"] - p["introspective"] < 0.5  # close scores, close odds
    right = [(dict(scores), None, "action")] * 10
    half = right[:5] + [(dict(scores), None, "introspective")] * 5  # the runner-up is as often right
    assert fit_sharpness(right) > fit_sharpness(half)
    with pytest.raises(ValueError, match="no labelled chunk"):
        fit_sharpness([])


def test_the_book_layer_reads_how_often_a_chunk_starts_a_new_paragraph():
    """Pacing (`type_layer.PACING`): the same sentences run on as one paragraph or broken into many give the same
    four scores but not the same pacing, and a layer fitted on chunks whose type follows the pacing reads it."""
    from curation.ingest.manuscripts.type_layer import PACING, PACING_CAP

    t = Tagger()
    sentences = [THOUGHT, CHASE, ROOM] * 2
    run_on = t.profile(" ".join(sentences))
    broken = t.profile("\n\n".join(sentences))
    assert (run_on.paragraphs, broken.paragraphs) == (1, 6)
    run_on_features, broken_features = t.scene_type(run_on)[1], t.scene_type(broken)[1]
    assert run_on_features["absolute_scores"] == broken_features["absolute_scores"]
    assert broken_features["pacing"]["paragraphs"] == round(600 / broken.words, 3)  # per 100 words
    # made-up chunks with equal scores whose type is exposition when the paragraphs run long, dialogue when short
    scores = {**dict.fromkeys(TYPES, 0.5), "chained": 3.0, "perceived": 1.0, "spans": 0.0, "recounted": 0.0}
    rows = [
        ({**scores, "paragraphs": pace}, dict.fromkeys(TYPES, 0.0), kind)
        for pace, kind in [(0.5, "exposition"), (0.8, "exposition"), (4.0, "dialogue"), (5.0, "dialogue")]
    ]
    layer = fit_type_layer(rows, l2=0.01)
    assert len(layer.pacing) == len(TYPES) and all(len(row) == len(PACING) for row in layer.pacing)
    for absolute, standing, kind in rows:
        p = layer.probabilities(absolute, standing)
        assert max(p, key=p.get) == kind
    # a chunk of one-word paragraphs counts as no more broken up than the cap
    assert layer.probabilities({**scores, "paragraphs": 50.0}, None) == layer.probabilities(
        {**scores, "paragraphs": PACING_CAP}, None
    )
    # chunks without the pacing measure give a layer that reads none (the lone-passage rows)
    assert fit_type_layer([(scores, None, "dialogue"), (dict.fromkeys(TYPES, 0.1), None, "action")]).pacing == ()


def test_the_book_layer_reads_how_the_narration_chains_and_perceives():
    """`type_layer.STANDING_ONLY`: the narration's "and" and its verbs of perceiving per 100 narration words (speech
    left out), read only as the chunk's standing in its book. A passage told as it happens strings its moments
    together and has someone seeing and hearing; a summary of the same matter does neither."""
    from curation.ingest.manuscripts.type_layer import STANDING_ONLY, TYPE_LAYER

    t = Tagger()
    scene = (
        "Ines heard the van before she saw it, and she stood at the window and watched it turn in at the gate. "
        '"Is that him and his dog?" her brother asked, and she said nothing and listened to the engine die.'
    )
    summary = (
        "The cannery closed in the spring of its ninetieth year. Its owners sold the machines to a firm in the "
        "north, the workers found places in the town or left it, and the building stood empty for a decade."
    )
    seen, told = t.profile(scene), t.profile(summary)
    # narration only: neither the "and" inside the quoted question nor "see" in speech would count
    assert (seen.ands, seen.perceptions) == (4, 4)  # heard, saw, watched, listened
    assert (told.ands, told.perceptions) == (1, 0)
    measures = t.scene_type(seen)[1]["measures"]
    assert set(measures) == set(STANDING_ONLY)
    assert {k: measures[k] for k in ("chained", "perceived", "spoken", "deictic", "habitual")} == {
        "chained": round(400 / seen.narration_words, 3),
        "perceived": round(400 / seen.narration_words, 3),
        "spoken": round(100 / seen.words, 3),  # one paragraph of the one carries speech
        "deictic": 0.0,
        "habitual": 0.0,
    }
    # in a book, each is read as the chunk's standing, like the four scores; read alone, not at all
    book = [summary * 3] * 4 + [scene * 3] + [summary * 3]
    typed = t.book_scene_types([t.profile(x) for x in book])
    assert all(set(STANDING_ONLY) <= set(f["standing"]) for _, f in typed)
    assert typed[4][1]["standing"]["perceived"] > 1.0 > 0.0 > typed[0][1]["standing"]["perceived"]
    assert "standing" not in t.scene_type(seen)[1]
    # the shipped layer: the same scores, perceiving more than the rest of the book leans away from exposition
    scores = {**dict.fromkeys(TYPES, 0.5), "paragraphs": 2.0, "spans": 0.0, "recounted": 0.0}
    flat = dict.fromkeys(TYPES, 0.0)
    more = TYPE_LAYER.probabilities(scores, {**flat, "perceived": 1.5, "chained": 0.0})
    less = TYPE_LAYER.probabilities(scores, {**flat, "perceived": -1.5, "chained": 0.0})
    assert more["exposition"] < less["exposition"]
    assert TYPE_LAYER.probabilities(scores, None) == TYPE_LAYER.probabilities(
        scores, {**flat, "perceived": 0.0, "chained": 0.0}
    )
    # made-up chunks with equal scores: exposition where the chunk perceives less than its book, else introspective
    rows = [
        (scores, {**flat, **dict.fromkeys(STANDING_ONLY, 0.0), "perceived": z}, kind)
        for z, kind in [(-2.0, "exposition"), (-1.0, "exposition"), (1.0, "introspective"), (2.0, "introspective")]
    ]
    layer = fit_type_layer(rows, l2=0.01)
    assert len(layer.measures) == len(TYPES) and all(len(row) == len(STANDING_ONLY) for row in layer.measures)
    for absolute, standing, kind in rows:
        p = layer.probabilities(absolute, standing)
        assert max(p, key=p.get) == kind
    # chunks with no standing (lone passages) give a layer that reads no measure
    assert fit_type_layer([(scores, None, "dialogue"), ({**scores, "action": 2.0}, None, "action")]).measures == ()


def test_the_book_layer_reads_how_much_time_the_narration_covers():
    """The "spans" pacing measure (`type_layer.PACING`): the narration's words naming a span of time
    (`tagging.SPAN_WORDS`) per 100 narration words. A ferryman's account of his trade over the years and the same
    ferry in one crossing can weigh alike in the four scores; only the account covers seasons and years, and the
    shipped layer reads that as summary, not as the crossing's action."""
    from curation.ingest.manuscripts.type_layer import TYPE_LAYER

    t = Tagger()
    account = (
        "Nine years I worked the ferry at Colm's Reach, and in the dry months the river dropped so low that we "
        "poled across. Every spring the melt came down brown and fast, and for three weeks nobody crossed at all. "
        '"Twelve years," my father said once, "is a long season," but he meant a different thing by it.'
    )
    crossing = (
        "I worked the ferry at Colm's Reach that night, and the river dropped so low at the bank that we poled "
        "across. The water came down brown and fast against the bow, and for a while nobody crossed at all. "
        '"Twelve years," my father said, "is a long season," but he meant a different thing by it.'
    )
    told, lived = t.profile(account), t.profile(crossing)
    # narration only: the "years" and "season" inside the quoted speech do not count
    assert (told.spans, lived.spans) == (4, 0)  # years, months, spring, weeks
    assert t.scene_type(told)[1]["pacing"]["spans"] == round(400 / told.narration_words, 3)
    scores = {**dict.fromkeys(TYPES, 0.5), "paragraphs": 2.0, "recounted": 0.0}
    flat = {**dict.fromkeys(TYPES, 0.0), "chained": 0.0, "perceived": 0.0, "spoken": 0.0}
    summary = TYPE_LAYER.probabilities({**scores, "spans": 1.5}, flat)
    scene = TYPE_LAYER.probabilities({**scores, "spans": 0.0}, flat)
    assert summary["exposition"] > scene["exposition"] and summary["action"] < scene["action"]


def test_the_layer_penalty_does_not_depend_on_the_unit_a_measure_is_counted_in():
    """A measure counted per 1,000 words in place of per 100 (every value ten times larger) says the same about
    each chunk, so the fitted layer must type and weigh every chunk the same: the L2 penalty reads each column on
    its own spread over the chunks. On the raw scale it did not: a column of small values needs large weights and
    was penalised hardest, so what a measure counts for depended on its unit."""
    flat = dict.fromkeys(TYPES, 0.0)
    scores = dict.fromkeys(TYPES, 0.5)
    # made-up chunks with equal scores whose type follows how often the narration says "and", noisily
    pattern = [(-0.3, "exposition"), (-0.2, "exposition"), (-0.1, "introspective"), (0.1, "exposition")]
    pattern += [(0.15, "introspective"), (0.25, "introspective"), (0.05, "exposition"), (-0.05, "introspective")]

    def rows(unit: float) -> list:
        still = {"perceived": 0.0, "spoken": 0.0, "deictic": 0.0}
        return [(scores, {**flat, "chained": z * unit, **still}, kind) for z, kind in pattern]

    small, large = fit_type_layer(rows(1.0), l2=0.03), fit_type_layer(rows(10.0), l2=0.03)
    for z, _ in pattern:
        p = small.probabilities(scores, {**flat, "chained": z, "perceived": 0.0, "spoken": 0.0})
        q = large.probabilities(scores, {**flat, "chained": 10 * z, "perceived": 0.0, "spoken": 0.0})
        assert all(abs(p[k] - q[k]) < 2e-3 for k in TYPES)


def test_a_chunk_that_breaks_into_more_exchanges_than_its_book_leans_away_from_thought():
    """The "spoken" measure (`type_layer.STANDING_ONLY`): paragraphs carrying speech per 100 words, read as the
    chunk's standing in its book. A writer who quotes a line in every scene gives every chunk some quoted share;
    the scene told in exchanges breaks into many more speaking paragraphs than the rest of that book."""
    from curation.ingest.manuscripts.type_layer import TYPE_LAYER

    t = Tagger()
    musing = (
        "Maren thought about the orchard most evenings, and about what her aunt had meant by leaving it to her. "
        '"Keep it or sell it," the letter said, and nothing else, and she wondered whether that was a kindness.'
    )
    exchange = '"Sell it," Oskar said.\n\n"To whom?"\n\n"Anyone. The council."\n\n"Never," she said.\n\n"Then keep it."'
    book = [musing * 3] * 4 + [exchange + "\n\n" + musing] + [musing * 3]
    typed = t.book_scene_types([t.profile(x) for x in book])
    assert typed[4][1]["standing"]["spoken"] > 1.0 > 0.0 > typed[0][1]["standing"]["spoken"]
    scores = {**dict.fromkeys(TYPES, 0.5), "paragraphs": 2.0, "spans": 0.0, "recounted": 0.0}
    flat = {**dict.fromkeys(TYPES, 0.0), "chained": 0.0, "perceived": 0.0}
    more = TYPE_LAYER.probabilities(scores, {**flat, "spoken": 1.5})
    less = TYPE_LAYER.probabilities(scores, {**flat, "spoken": -1.5})
    # away from thought, to talk over thought (the layer refitted with "habitual" gives some of the gain to action)
    assert more["introspective"] < less["introspective"]
    assert more["dialogue"] / more["introspective"] > less["dialogue"] / less["introspective"]


def test_narration_pointing_at_its_here_and_now_is_read_as_the_chunks_standing():
    """The "deictic" measure (`type_layer.STANDING_ONLY`): the narration's words pointing at the here and now
    (`tagging.DEICTIC_WORDS`: now, here, this, these, today, tonight) per 100 narration words, read as the chunk's
    standing in its book. Narration that points so comments, explains or thinks from inside a present ("This was the
    house. Now it was hers."); a scene told as its events happen points far less, whatever the words in its speech."""
    from curation.ingest.manuscripts.type_layer import TYPE_LAYER

    t = Tagger()
    pointing = (
        "This was the house, then. Now it was hers, these rooms and the damp in them, and tonight she would sleep "
        'here for the first time. "Take that one there," the agent had said of the keys, and gone.'
    )
    told = (
        "She took the keys from the agent at the gate and carried her bags up the path. The agent drove off, and "
        'she unlocked the door and pushed it open with her shoulder. "Now this is it," she said, "here, today."'
    )
    near, far = t.profile(pointing), t.profile(told)
    # narration only: the "now", "this", "here" and "today" inside the quoted speech do not count
    assert (near.deictic, far.deictic) == (5, 0)  # this, now, these, tonight, here
    assert t.scene_type(near)[1]["measures"]["deictic"] == round(500 / near.narration_words, 3)
    book = [told * 3] * 4 + [pointing * 3] + [told * 3]
    typed = t.book_scene_types([t.profile(x) for x in book])
    assert typed[4][1]["standing"]["deictic"] > 1.0 > 0.0 > typed[0][1]["standing"]["deictic"]
    assert "standing" not in t.scene_type(near)[1]
    # the shipped layer: the same scores, pointing more than the rest of the book leans away from action
    scores = {**dict.fromkeys(TYPES, 0.5), "paragraphs": 2.0, "spans": 0.0, "recounted": 0.0}
    flat = {**dict.fromkeys(TYPES, 0.0), "chained": 0.0, "perceived": 0.0, "spoken": 0.0}
    more = TYPE_LAYER.probabilities(scores, {**flat, "deictic": 1.5})
    less = TYPE_LAYER.probabilities(scores, {**flat, "deictic": -1.5})
    assert more["action"] < less["action"]
    assert more["exposition"] > less["exposition"] and more["introspective"] > less["introspective"]


def test_talk_that_recounts_the_past_is_read_as_a_pacing_measure():
    """The "recounted" pacing measure (`type_layer.PACING`): the past tense's auxiliaries (`tagging.PAST_AUXILIARIES`:
    was, were, had, did, been) per 100 quoted words, over at least `tagging.RECOUNTED_FLOOR` of them. Two people
    telling each other what happened years ago and two people in the middle of a raid can quote as many words; only
    the first talk recounts, and the shipped layer reads it away from action."""
    from curation.ingest.manuscripts.tagging import RECOUNTED_FLOOR
    from curation.ingest.manuscripts.type_layer import TYPE_LAYER

    t = Tagger()
    telling = (
        '"Your grandfather was a ferryman before the bridge was built," Aunt Rose said. "He had a boat that had been '
        'his father\'s, and the river was his." The kettle was on. "Did he like it?" "He did, until the war."'
    )
    raiding = (
        '"Down, get down, they are at the door," Aunt Rose said. "Take the lamp and run for the back stairs now." '
        'The kettle was on. "Where do we go?" "Out, out through the yard, and keep your head low."'
    )
    told, lived = t.profile(telling), t.profile(raiding)
    # quoted speech only: the narration's "was" ("The kettle was on") does not count
    assert (told.spoken_past, lived.spoken_past) == (8, 0)  # was, was, had, had, been, was, did, did
    assert told.spoken_words > RECOUNTED_FLOOR
    pacing = t.scene_type(told)[1]["pacing"]
    assert pacing["recounted"] == round(800 / told.spoken_words, 3)
    # a line or two of speech is read over the floor, not as a share of its handful of words
    one_line = t.profile('The door was shut. "It was you," she said.')
    assert t.scene_type(one_line)[1]["pacing"]["recounted"] == round(100 / RECOUNTED_FLOOR, 3)
    scores = {**dict.fromkeys(TYPES, 0.5), "paragraphs": 2.0, "spans": 0.0}
    flat = {**dict.fromkeys(TYPES, 0.0), "chained": 0.0, "perceived": 0.0, "spoken": 0.0, "deictic": 0.0}
    recounting = TYPE_LAYER.probabilities({**scores, "recounted": 8.0}, flat)
    present = TYPE_LAYER.probabilities({**scores, "recounted": 0.0}, flat)
    assert recounting["action"] < present["action"]


def test_narration_telling_what_used_to_or_would_happen_is_read_as_the_chunks_standing():
    """The "habitual" measure (`type_layer.STANDING_ONLY`): the narration's "would" and "used to" (`tagging.
    HABITUAL_WORDS`) per 100 narration words, read as the chunk's standing in its book. Narration that tells what
    someone used to do or what they imagine would come is not telling the scene's events as they happen; how often a
    writer says "would" at all is their style."""
    from curation.ingest.manuscripts.type_layer import TYPE_LAYER

    t = Tagger()
    musing = (
        "Every summer they used to row out to the island, and her father would let her hold the oars. He would be "
        'sixty now. She would write to her brother tonight, she thought. "Would you like tea?" the landlady called.'
    )
    rowing = (
        "She pushed the boat off the shingle and pulled hard for the island, and the oars used the whole of her "
        'strength. The wind came round and she leaned into it. "Would you hold her steady?" the boy shouted.'
    )
    mind, scene = t.profile(musing), t.profile(rowing)
    # narration only: the "Would" in the quoted speech does not count, nor "used" without "to"
    assert (mind.habitual, scene.habitual) == (4, 0)  # used to, would, would, would
    assert t.scene_type(mind)[1]["measures"]["habitual"] == round(400 / mind.narration_words, 3)
    book = [rowing * 3] * 4 + [musing * 3] + [rowing * 3]
    typed = t.book_scene_types([t.profile(x) for x in book])
    assert typed[4][1]["standing"]["habitual"] > 1.0 > 0.0 > typed[0][1]["standing"]["habitual"]
    # the shipped layer: the same scores, saying it more than the rest of the book leans away from action
    scores = {**dict.fromkeys(TYPES, 0.5), "paragraphs": 2.0, "spans": 0.0, "recounted": 0.0}
    flat = {**dict.fromkeys(TYPES, 0.0), "chained": 0.0, "perceived": 0.0, "spoken": 0.0, "deictic": 0.0}
    more = TYPE_LAYER.probabilities(scores, {**flat, "habitual": 1.5})
    less = TYPE_LAYER.probabilities(scores, {**flat, "habitual": -1.5})
    assert more["action"] < less["action"] and more["introspective"] > less["introspective"]


def test_the_narrations_word_classes_are_counted_and_read_as_the_chunks_standing():
    """The word classes (`word_classes.MEASURES`, in `type_layer.STANDING_ONLY`): quantifiers, negators, reasoning
    words, kin, sense words, words that introduce, number words, "-ing" forms and similes, counted in the narration
    per 100 narration words, and paragraphs of speech next to another per 100 words; each read only as the chunk's
    standing in its book."""
    from curation.ingest.manuscripts.type_layer import STANDING_ONLY, TYPE_LAYER
    from curation.ingest.manuscripts.word_classes import MEASURES, NARRATION_CLASSES, exchange_turns

    assert set(MEASURES) <= set(STANDING_ONLY) and set(NARRATION_CLASSES) < set(MEASURES)
    t = Tagger()
    summary = (
        "Everybody in the valley knew the mill, which had been built by a man called Ashe, who was a friend to nobody. "
        "It always shut in winter and never opened before the thaw, because the race froze; two hundred people "
        "worked there and nothing was wasted."
    )
    moment = (
        "Her brother was standing in the cold yard, holding the lamp like a man holding a bell. The smell of wet "
        "straw was sharp and the morning was dark.\n\n"
        '"Never mind the lamp," he said.\n\n"Why not?"\n\nShe didn\'t answer him.'
    )
    told, seen = t.profile(summary), t.profile(moment)
    assert told.word_classes == {
        "generic": 4,  # everybody, nobody, always, never
        "negation": 1,  # nothing
        "abstract": 3,  # which, been, because
        "kin": 0,
        "sensory": 0,
        "introducing": 2,  # called, who
        "numbers": 2,  # two, hundred
        "participles": 0,
        "similes": 0,
    }
    assert seen.word_classes == {
        "generic": 0,  # the quoted "Never" is speech
        "negation": 1,  # didn't (the quoted "not" is speech)
        "abstract": 0,  # the quoted "Why" is speech
        "kin": 1,  # brother
        "sensory": 5,  # cold, smell, wet, sharp, dark
        "introducing": 0,
        "numbers": 0,
        "participles": 3,  # standing, holding, holding ("morning" is no verb form)
        "similes": 1,  # like a
    }
    assert (told.exchange_turns, seen.exchange_turns) == (0, 2)  # the two lines next to each other, not the third
    assert exchange_turns([True, False, True, True, False, True]) == 2
    measures = t.scene_type(told)[1]["measures"]
    assert measures["generic"] == round(400 / told.narration_words, 3) and measures["exchange"] == 0.0
    # in a book, read as the chunk's standing
    book = [moment * 3] * 4 + [summary * 3] + [moment * 3]
    typed = t.book_scene_types([t.profile(x) for x in book])
    assert typed[4][1]["standing"]["generic"] > 1.0 > 0.0 > typed[0][1]["standing"]["generic"]
    # the shipped layer: the same scores, more of a class than the rest of the book leans as the classes do in the
    # labelled books: quantifiers and introductions to exposition and away from action, kin to introspection,
    # exchanged lines to dialogue, "-ing" forms to action
    scores = {**dict.fromkeys(TYPES, 0.5), "paragraphs": 2.0, "spans": 0.0, "recounted": 0.0}
    flat = {**dict.fromkeys(TYPES, 0.0), **dict.fromkeys(STANDING_ONLY, 0.0)}

    def leaning(measure: str) -> dict[str, float]:
        more = TYPE_LAYER.probabilities(scores, {**flat, measure: 1.5})
        less = TYPE_LAYER.probabilities(scores, {**flat, measure: -1.5})
        return {k: more[k] - less[k] for k in TYPES}

    for measure, towards, away in [
        ("generic", "exposition", "action"),
        ("introducing", "exposition", "action"),
        ("kin", "introspective", "action"),
        ("exchange", "dialogue", "exposition"),
        ("participles", "action", "introspective"),
    ]:
        lean = leaning(measure)
        assert lean[towards] > 0 > lean[away], (measure, lean)
