"""Descriptions a book uses for a character instead of a name ("the widow"), read without a roster, on passages written
for these tests.

Close third person may name its POV character only by a description and carry them by "she": without a roster the
POV readers keep to names, and the scene's "she" went to whoever was named in passing (the POV of the book's other
scenes). `descriptions.learn_descriptions` finds the descriptions that act as a mind of their own; `Tagger.
learn_descriptions` reads them as a roster's lower-case aliases are read.
"""

from __future__ import annotations

from curation.ingest.manuscripts.descriptions import learn_descriptions
from curation.ingest.manuscripts.roster import Character, Roster
from curation.ingest.manuscripts.tagging import Tagger

#: Two POV characters: a woman the narration only ever calls "the widow", and Marta Vell, named.
_WIDOW_WAKES = "\n\n".join(
    [
        "The widow woke before the bells, as she always did in the cold months. She knew the frost had come in the "
        "night by the silence of the yard.",
        "The widow lay still and listened to the house settle. She thought of the orchard, and of the ladder her "
        "husband had left against the wall the winter he died.",
    ]
)
_MARTA_AT_THE_MILL = "\n\n".join(
    [
        "Marta Vell walked to the mill with her sister's letter in her pocket. Marta knew what it said without opening "
        "it again.",
        "At the weir she stopped and read it anyway. She wondered whether her sister had ever once written to ask how "
        "she was. Marta thought not.",
    ]
)
_WIDOW_WAITS = "\n\n".join(
    [
        "The widow heard the cart long before she saw it. She stood at the gate with her shawl pulled close and "
        "counted the turns of the wheels.",
        "Marta Vell had promised to come on Sunday, and had not come. The widow watched the road until the light went "
        "out of it. She thought that a promise was a small thing to a young woman, and a large thing to an old one.",
    ]
)
_BOOK = [_WIDOW_WAKES, _MARTA_AT_THE_MILL, _WIDOW_WAITS]


def _tagger(scenes: list[str], roster: Roster | None = None) -> Tagger:
    tagger = Tagger(roster)
    tagger.learn_book([p for s in scenes for p in s.split("\n\n")])
    tagger.learn_descriptions(scenes)
    return tagger


def test_a_description_that_thinks_and_opens_scenes_is_learned_with_its_pronoun():
    tagger = _tagger(_BOOK)
    assert learn_descriptions(_BOOK, tagger.people) == {"the widow": "she"}
    assert tagger.people.gender["the widow"] == "she"


def test_a_scene_told_from_a_description_is_that_characters_not_the_named_visitors():
    # the scene names Marta Vell, the POV of another scene, once as a subject; the "she" who hears, watches and thinks
    # is the widow's
    tagger = _tagger(_BOOK)
    assert tagger.pov(_WIDOW_WAITS).pov == "the widow"
    assert tagger.pov(_MARTA_AT_THE_MILL).pov == "Marta Vell"


def test_without_learning_the_description_the_visitor_took_the_scene():
    # what the fix changes: the same scene read with names only gives its "she" to the one woman it names
    tagger = Tagger(None)
    tagger.learn_book([p for s in _BOOK for p in s.split("\n\n")])
    assert tagger.pov(_WIDOW_WAITS).pov == "Marta Vell"


def test_a_description_in_one_scene_only_is_not_learned():
    tagger = _tagger([_WIDOW_WAKES, _MARTA_AT_THE_MILL])
    assert learn_descriptions([_WIDOW_WAKES, _MARTA_AT_THE_MILL], tagger.people) == {}


def test_a_title_the_book_gives_a_named_holder_is_not_learned():
    # "the captain" is Captain Rudd, whom the index knows by name: the description is his title, not a person
    rudd = (
        "Captain Rudd came aboard at dawn. Rudd said nothing to anyone. Later Rudd went below, and Rudd wrote up the "
        "log by lamplight."
    )
    scenes = [s.replace("The widow", "The captain").replace("she", "he").replace("She", "He") for s in _BOOK]
    scenes[1] = rudd + "\n\n" + scenes[1]
    tagger = _tagger(scenes)
    assert "the captain" not in learn_descriptions(scenes, tagger.people)


def test_a_thing_taken_up_by_she_is_not_learned():
    # "The cart came up the lane. She watched it": the cart never thinks or perceives under its own words
    cart = "\n\n".join(
        [
            "The cart came up the lane at noon. She watched it from the window and knew it was the miller's.",
            "The cart stopped at the gate. She thought it had come for the flour.",
        ]
    )
    scenes = [cart, _MARTA_AT_THE_MILL, cart.replace("noon", "dusk")]
    tagger = _tagger(scenes)
    assert learn_descriptions(scenes, tagger.people) == {}


def test_with_a_roster_nothing_is_learned():
    roster = Roster([Character("Marta Vell", ["Marta"], "pov")])
    tagger = _tagger(_BOOK, roster)
    assert tagger.learn_descriptions(_BOOK) == {}
    assert "the widow" not in tagger.people.descriptions
