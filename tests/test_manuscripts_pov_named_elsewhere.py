"""An unnamed-mind scene that names one of the book's POV characters of its pronoun's gender as its subject is theirs
(`unnamed_mind.named_pov_of_pronoun`, the pipeline's `_pov_elsewhere_of_unnamed_mind`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.pov import SceneEvidence
from curation.ingest.manuscripts.unnamed_mind import named_pov_of_pronoun

GENDER = {"Ilse": "she", "Wenna": "she", "Corvin": "he"}


def _ev(subject: dict, not_unmarked: dict | None = None, she: float = 9.0, he: float = 1.0) -> SceneEvidence:
    return SceneEvidence(
        unmarked=Counter({"she": she, "he": he}),
        present=set(subject) | set(not_unmarked or {}),
        subject=Counter(subject),
        not_unmarked=Counter(not_unmarked or {}),
    )


def test_the_one_pov_character_of_the_pronouns_gender_named_as_subject_owns_it():
    assert named_pov_of_pronoun(_ev({"Ilse": 1, "Corvin": 3}), GENDER, {"Ilse", "Corvin"}) == ("Ilse", "she")
    assert named_pov_of_pronoun(_ev({"Ilse": 1, "Corvin": 3}, she=1.0, he=9.0), GENDER, {"Ilse", "Corvin"}) == (
        "Corvin",
        "he",
    )


def test_no_owner_when_two_fit_none_is_a_pov_elsewhere_or_the_pronoun_is_shown_not_to_be_them():
    assert named_pov_of_pronoun(_ev({"Ilse": 1, "Wenna": 2}), GENDER, {"Ilse", "Wenna"}) is None
    assert named_pov_of_pronoun(_ev({"Ilse": 1}), GENDER, {"Corvin"}) is None
    assert named_pov_of_pronoun(_ev({"Ilse": 1}, {"Ilse": 1}), GENDER, {"Ilse"}) is None  # "she thought of Ilse"
    assert named_pov_of_pronoun(_ev({}, {"Wenna": 1}), GENDER, {"Wenna"}) is None  # named, never a subject
    assert named_pov_of_pronoun(_ev({"Ilse": 1}, she=4.0, he=4.0), GENDER, {"Ilse"}) is None  # no carrying pronoun


ILSE = (
    "Ilse Marten wondered whether the ferry would run at all. She knew the tide was wrong for it, and she thought of "
    "the long walk round by the causeway. She pulled her coat tighter and went on down the pier. "
)
CORVIN = (
    "Corvin Hale thought about the nets he had left on the rail. He knew they would be torn by morning. He wondered "
    "whether his brother had tied them, and decided he had not. He went back up the hill. "
)
STORM = (
    "Ilse Marten stood at the top of the slip with the lamp, looking like a woman who had not slept. The storm had "
    "come in off the firth before noon, and the boats were drawn up on the shingle. She counted them twice. She had a "
    "key to the shed on her belt, but she did not go in. She went along the wall instead, to where the water came "
    "over in sheets, and she stood there until her hands were numb. She felt the cold come through her boots. She "
    "remembered the winter the pier went. She turned back when the light failed, and she did not look at the sea "
    "again. "
)


def _povs(tmp_path: Path, scenes: list[str]) -> list:
    book = tmp_path / "ferry.md"
    book.write_text("# Ferry\n\n## One\n\n" + "\n\n* * *\n\n".join(scenes) + "\n", encoding="utf-8")
    return [(r.pov, r.confidence) for _, r in sorted(process_manuscript(book).scene_pov.items())]


def test_a_scene_in_her_pronoun_that_names_her_once_seen_from_outside_is_hers_at_a_low_confidence(tmp_path):
    # opens on her seen from outside ("looking like a woman who had not slept"), then "she" throughout: on main an
    # unnamed mind, though she is the book's one woman whose scenes it tells
    povs = _povs(tmp_path, [ILSE * 3, CORVIN * 3, ILSE * 2, STORM * 2])
    assert [p for p, _ in povs] == ["Ilse Marten", "Corvin Hale", "Ilse Marten", "Ilse Marten"], povs
    assert povs[3][1] <= 0.5


def test_a_scene_that_only_watches_her_stays_an_unnamed_mind(tmp_path):
    # must not: the "she" watches Ilse (never her subject), so the mind is someone else's, unnamed
    watched = STORM.replace("Ilse Marten stood at the top of the slip", "She saw Ilse Marten at the top of the slip")
    povs = _povs(tmp_path, [ILSE * 3, CORVIN * 3, ILSE * 2, watched * 2])
    assert povs[3][0] is None, povs
