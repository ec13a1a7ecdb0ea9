"""A POV character written almost only as "she": the book's unnamed-mind scenes pooled (`unnamed_mind`)."""

from __future__ import annotations

from collections import Counter

from curation.ingest.manuscripts.pov import SceneEvidence
from curation.ingest.manuscripts.unnamed_mind import pooled_owner


def _scene(present: set[str], she: float = 9.0, he: float = 1.0) -> SceneEvidence:
    return SceneEvidence(unmarked=Counter({"she": she, "he": he}), present=present)


def test_the_person_most_of_the_unnamed_scenes_name_owns_them():
    scenes = [_scene({"Mara", "Corvin"}), _scene({"Mara", "Tull"}), _scene({"Mara", "Ilse", "Tull"})]
    assert pooled_owner(scenes, {"Ilse": "she"}) == ("Mara", "she")


def test_someone_of_the_other_gender_never_owns_the_pronoun():
    scenes = [_scene({"Corvin"}), _scene({"Corvin"}), _scene({"Corvin", "Mara"})]
    assert pooled_owner(scenes, {"Corvin": "he"}) is None


def test_no_owner_when_named_in_half_the_scenes_or_tied_or_alone():
    assert pooled_owner([_scene({"Mara"}), _scene({"Tull"}), _scene(set()), _scene({"Mara"})], {}) is None
    assert pooled_owner([_scene({"Mara", "Ilse"}), _scene({"Mara", "Ilse"})], {}) is None
    assert pooled_owner([_scene({"Mara"})], {}) is None


def test_scenes_carried_by_different_pronouns_are_not_one_mind():
    scenes = [_scene({"Mara"}), _scene({"Mara"}, she=1.0, he=9.0)]
    assert pooled_owner(scenes, {}) is None


def test_a_roster_limits_who_may_own_them():
    scenes = [_scene({"Mara", "Ilse"}), _scene({"Mara", "Ilse"}), _scene({"Ilse"})]
    assert pooled_owner(scenes, {}) == ("Ilse", "she")
    assert pooled_owner(scenes, {}, allowed={"Mara"}) == ("Mara", "she")
