"""No-roster POV when the book prior would give a scene to a person it reports no mind of (`pov._borrowed_mind`), on
passages written for these tests (no labelled book's text).

The book follows Nell by name (scenes opening on her, her thoughts named), so she holds the book prior. The last scene
opens on the yard, names Nell as the subject of what she does and nothing she thinks or senses, and follows Ada: her
named thought, then a "she" who knows, feels, hears and remembers. The prior is the book's habit of following Nell;
it does not make a scene hers that reports only her actions while it reports someone else's mind.
"""

from __future__ import annotations

from pathlib import Path

from curation.ingest.manuscripts.pipeline import process_manuscript

FARM = (
    "# Hill Farm\n\n"
    "Nell Voss knew the frost had come before she opened the curtains. She wondered whether the ewes had found the "
    "lee of the wall, and she decided they had.\n\n"
    "She pulled on her boots in the dark. Nell thought of the hay, and of how little of it was left.\n\n"
    "* * *\n\n"
    "Nell Voss walked the top field at noon. She hoped the thaw would hold, and she feared it would not.\n\n"
    "Nell counted the ewes twice, and Ada Crane counted them again at the gate. Ada shook her head at the number. "
    "She remembered the winter the drifts had taken nine of them.\n\n"
    "* * *\n\n"
    "The rain came in off the moor at dusk, and the yard that Nell Voss had swept that morning was a pond again by "
    "six.\n\n"
    "The wind got under the slates on the barn and lifted them one by one.\n\n"
    "Nell carried the lamp across to the barn and hung it on its nail. Nell forked the hay into the racks and went "
    "back to the house.\n\n"
    "The girl in the loft had seen the roof go dark with wet. Ada Crane wondered whether it would hold another "
    "winter.\n\n"
    "She knew it would not. She felt the damp in her knees as she came down the ladder, and she heard the drips "
    "begin in the far stall.\n\n"
    "She thought of her mother, who had kept the loft dry for thirty years with tar and stubbornness. She remembered "
    "the smell of it on her hands. Ada set the bucket down.\n\n"
    "Nell came back with the bucket. Nell set it under the worst of the drips and went out again.\n\n\n"
)

#: The same last scene with Nell's own mind in it (pronouns only, none of her thoughts named) and one named sensing of
#: Ada's: the scene is Nell's.
NELLS_SCENE = FARM[: FARM.index("Nell carried the lamp across")] + (
    "Nell carried the lamp across to the barn and hung it on its nail. She forked the hay into the racks. She knew "
    "the roof would not hold another winter, and she felt the damp in her knees.\n\n"
    "Ada Crane heard the drips begin in the far stall and went for a bucket.\n\n"
    "She thought of her mother, who had kept the loft dry for thirty years with tar and stubbornness. She remembered "
    "the smell of it on her hands.\n\n\n"
)


def _povs(tmp_path: Path, text: str) -> list[str | None]:
    path = tmp_path / "book.md"
    path.write_text(text, encoding="utf-8")
    res = process_manuscript(path)
    return [res.scene_pov[i].pov for i in sorted(res.scene_pov)]


def test_a_scene_reporting_anothers_mind_is_not_given_to_the_prior_by_actions_alone(tmp_path):
    # on main the last scene went to Nell: the book prior gave her the scene's unmarked "she" over Ada's named thought
    assert _povs(tmp_path, FARM) == ["Nell Voss", "Nell Voss", "Ada Crane"]


def test_the_prior_stays_with_a_pov_whose_mind_the_pronouns_carry(tmp_path):
    # must not: Nell's thoughts are all "she knew", "she felt"; Ada's one named sensing does not take the scene
    assert _povs(tmp_path, NELLS_SCENE) == ["Nell Voss", "Nell Voss", "Nell Voss"]
