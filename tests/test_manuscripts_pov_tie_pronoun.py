"""A scene `decide` leaves open for want of a margin, settled by its carrying pronoun (`pov.pronoun_breaks_tie`)."""

from __future__ import annotations

from collections import Counter

from curation.ingest.manuscripts.pov import decide, pronoun_breaks_tie

GENDER = {"Maren": "she", "Aldo": "he", "Ines": "she", "Tobiah": "he"}


def _ev(she: float, he: float):
    from curation.ingest.manuscripts.pov import SceneEvidence

    return SceneEvidence(unmarked=Counter({"she": she, "he": he}))


def test_a_close_call_between_a_woman_and_a_man_goes_to_the_owner_of_the_carrying_pronoun():
    # the scene opens on Aldo at the boathouse door and then runs in Maren's "she": too close for `decide` ...
    scores = {"Maren": 9.0, "Aldo": 8.4}
    assert decide(scores)[0] is None
    # ... but the pronoun that carries it is hers, and he is a "he"
    assert pronoun_breaks_tie(_ev(she=6.0, he=2.0), scores, {"she": "Maren", "he": "Aldo"}, GENDER) == "Maren"


def test_no_tie_is_settled_between_two_of_one_gender_or_without_a_carrying_pronoun_or_by_a_pronoun_not_the_leaders():
    owners = {"she": "Maren", "he": "Aldo"}
    assert pronoun_breaks_tie(_ev(6.0, 2.0), {"Maren": 9.0, "Ines": 8.4}, owners, GENDER) is None
    assert pronoun_breaks_tie(_ev(4.0, 4.0), {"Maren": 9.0, "Aldo": 8.4}, owners, GENDER) is None
    assert pronoun_breaks_tie(_ev(2.0, 6.0), {"Maren": 9.0, "Aldo": 8.4}, owners, GENDER) is None  # he carries it
    assert pronoun_breaks_tie(_ev(6.0, 2.0), {"Maren": 9.0, "Wick": 8.4}, owners, GENDER) is None  # gender unknown
    assert pronoun_breaks_tie(_ev(6.0, 2.0), {"Maren": 1.8, "Aldo": 1.7}, owners, GENDER) is None  # too weak a leader
