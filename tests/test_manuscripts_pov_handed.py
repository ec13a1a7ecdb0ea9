"""A thought a bare "he"/"she" takes up right after a sentence whose named subject is its nearest antecedent
(`SceneEvidence.handed`, `pov._SceneReader._handed_mind`), on passages written for these tests (no labelled book's
text).

The boathouse scene opens on Hal Dorsey, named as the subject again and again; Niall Grace is named twice, each time
followed by a "He" that thinks. The scene's "he" is Niall's: whose inner states the pronoun reports right after his
name, not the man the scene opened on and names most.
"""

from __future__ import annotations

from curation.ingest.manuscripts.people import PersonIndex
from curation.ingest.manuscripts.pov import decide, scene_evidence, score_scene_detail

BOATHOUSE = (
    "Hal Dorsey came down to the boathouse at six and hung the lamp on its nail. Hal Dorsey set the oars out on the "
    "trestles, one by one, and counted them twice.\n\n"
    "Niall Grace said nothing. He was thinking that the river had come up a foot in the night, and that nobody would "
    "row on it today.\n\n"
    "Hal Dorsey went out to the slip and stood there in his oilskin. The rain came on again. He felt the cold come off "
    "the water. He did not say so.\n\n"
    "Niall Grace put the painter down on the bench. He knew then that the old skiff was gone from below the weir, and "
    "he wondered who had cut her loose.\n\n"
    "Hal Dorsey came back in and shook the rain from his cap.\n\n"
)
#: The pronoun is someone else's: the named subject has a "him" in his sentence ("Hal nodded to him"), or the "He"
#: comes in the next paragraph, or names another man first.
NOT_HANDED = (
    "Hal Dorsey nodded to him across the trestles. He wondered whether the river would fall by noon.\n\n"
    "Hal Dorsey hung the lamp on its nail.\n\n"
    "He thought of the weir.\n\n"
    "Hal Dorsey swept the slip. Then Niall Grace came in, and he knew the skiff was gone.\n\n"
)
#: A "she" thinks after Hal's sentence: not his pronoun.
OTHER_GENDER = "Hal Dorsey set the oars out. She knew he would count them twice.\n\n"
#: A scene a "she" carries: a "he" thinking once after his name is no claim on its mind.
HERS = (
    "Ruth Amory came down to the boathouse at six. She felt the damp in the boards and she knew the river was up. "
    "She watched the slip and heard the rain.\n\n"
    "Niall Grace said nothing. He was thinking of the skiff.\n\n"
    "She counted the oars again, and she wondered who had taken the old skiff.\n\n"
)


def _index() -> PersonIndex:
    idx = PersonIndex.from_names({"Hal Dorsey": [], "Niall Grace": [], "Ruth Amory": []})
    idx.gender.update({"Hal Dorsey": "he", "Niall Grace": "he", "Ruth Amory": "she"})
    return idx


def test_a_thought_right_after_the_name_is_handed_to_that_person():
    idx = _index()
    ev = scene_evidence(BOATHOUSE, idx)
    assert set(ev.handed) == {"Niall Grace"}
    assert ev.handed["Niall Grace"] > 0
    assert ev.subject["Hal Dorsey"] > ev.subject["Niall Grace"]  # Hal is named more: a name count would pick him


def test_the_handed_thoughts_take_the_carrying_pronoun_from_the_opener():
    # before h14c the opener held the "he" and won the scene outright (Hal 12.8 against Niall 0.4)
    idx = _index()
    ev = scene_evidence(BOATHOUSE, idx)
    scores, _, owners = score_scene_detail(ev, idx.gender, {}, None)
    assert owners["he"] == "Niall Grace"
    assert decide(scores)[0] != "Hal Dorsey"
    ev.handed.clear()  # the same scene without the signal: the opener keeps the pronoun
    _, _, owners = score_scene_detail(ev, idx.gender, {}, None)
    assert owners["he"] == "Hal Dorsey"


def test_no_hand_over_past_an_object_pronoun_a_paragraph_or_another_name():
    # must not: "Hal nodded to him" shows the "He" is someone else; a new paragraph, or a name before the pronoun,
    # leaves the nearest antecedent behind
    assert not scene_evidence(NOT_HANDED, _index()).handed


def test_no_hand_over_to_a_person_of_the_other_gender():
    # must not: a "She" after Hal's sentence is not his
    assert not scene_evidence(OTHER_GENDER, _index()).handed


def test_a_handed_thought_of_the_other_pronoun_claims_nothing():
    # must not: the scene is Ruth's "she"; Niall's one handed thought does not make him owner of anything he lacks
    idx = _index()
    ev = scene_evidence(HERS, idx)
    assert ev.handed["Niall Grace"] > 0
    assert ev.unmarked["she"] > ev.unmarked["he"]
    with_signal = score_scene_detail(ev, idx.gender, {}, None)
    ev.handed.clear()
    assert score_scene_detail(ev, idx.gender, {}, None) == with_signal
