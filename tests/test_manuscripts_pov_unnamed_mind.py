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


def test_a_scene_whose_speech_calls_the_pooled_owner_is_theirs(tmp_path):
    # The Brewer's Winter: Brica's scenes are told in "she" and name her once or twice in their narration; one names
    # her only in a neighbour's shout ("“Brica?” Senna calls from a doorway"): it is hers too
    from curation.ingest.manuscripts.pipeline import process_manuscript

    fill = "The mash went round. She stirred it, and the steam came up, and the yard was grey. She did not stop. "
    scenes = [
        "The vat was cold before light. "
        + fill * 6
        + "At noon Nell Ashby walked to the gate.\n\n“Not yet,” said Nell Ashby.\n\n"
        + fill * 4,
        "The river was high in March. " + fill * 6 + "Nell Ashby carried the sacks in. " + fill * 4,
        "The road was white with snow. " + fill * 6 + "Nell Ashby waited at the door. " + fill * 4,
        "Horses on the road at night: she was out of bed before she had heard them. "
        + fill * 6
        + "\n\n“Nell?” a woman called from a doorway. “Nell, what is it?”\n\n“Horsemen,” she said.\n\n"
        + fill * 4,
    ]
    book = tmp_path / "brew.md"
    book.write_text("# Brew\n\n## One\n\n" + "\n\n* * *\n\n".join(scenes) + "\n", encoding="utf-8")
    povs = [p.pov for _, p in sorted(process_manuscript(book).scene_pov.items())]
    assert povs == ["Nell Ashby"] * 4, povs
    # must not: a shout calling someone else gives the scene nobody
    book.write_text(book.read_text().replace("“Nell?”", "“Tam?”").replace("“Nell, what", "“Tam, what"))
    povs = [p.pov for _, p in sorted(process_manuscript(book).scene_pov.items())]
    assert povs[:3] == ["Nell Ashby"] * 3 and povs[3] is None, povs
