"""A roster's lower-case alias ("the porter") in a scene's POV reading, on passages written for these tests.

The user's roster says who the book calls by a description; a scene that opens on one as its subject opens on that
character. After the scene has a subject, a description is how someone else is seen and takes nothing (after a
pronoun subject: test_manuscripts_pov's test of a listed character's prior, "The keeper had known since breakfast").
"""

from __future__ import annotations

from curation.ingest.manuscripts.roster import Character, Roster
from curation.ingest.manuscripts.tagging import Tagger

_ROSTER = Roster(
    [
        Character("Yusuf Demir", ["Yusuf", "the porter"], "pov"),
        Character("Leon Marsh", ["Leon", "Mr Marsh"], "pov"),
    ]
)

_OPENS_ON_THE_PORTER = "\n\n".join(
    [
        "The porter swept the steps before the sun was over the roofs. He thought of his daughter, and of the letter "
        "he had not answered.",
        "Leon came down the stairs with his case under his arm. The porter watched him go. He wondered whether the "
        "young man had eaten anything since Sunday.",
        "The porter leaned on the broom. He knew the clerk would be late again, and he felt the old ache in his knees "
        "when he bent for the bucket. Leon went out into the street.",
    ]
)

_THE_PORTER_SEEN = "\n\n".join(
    [
        "Leon stood in the doorway of the lodge and waited for the rain to ease.",
        "The porter looked up from his ledger. He set down his pen, and he took off his spectacles, and he rubbed his "
        "eyes with the heel of his hand. The porter said nothing for a while. He turned a page, and then another, and "
        "he felt for the keys on the board behind the desk.",
        "Leon waited. The porter found the key at last and held it out across the desk.",
    ]
)


def _pov(text: str) -> str | None:
    tagger = Tagger(_ROSTER)
    tagger.learn_book([text])
    return tagger.pov(text).pov


def test_a_scene_opening_on_a_listed_description_is_that_characters():
    # Leon is named three times, the porter never by name: the "he" who thinks and wonders is the porter's
    assert _pov(_OPENS_ON_THE_PORTER) == "Yusuf Demir"


def test_a_description_after_the_scene_named_its_subject_takes_nothing():
    # the scene opens on Leon; the porter, a description from then on, is watched doing things, not followed
    assert _pov(_THE_PORTER_SEEN) == "Leon Marsh"
