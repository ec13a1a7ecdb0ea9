"""No-roster POV in a book whose POV alternates between two people of one gender (`pov.only_watched`), on passages
written for these tests (no labelled book's text).

The book follows one woman by name (her thoughts named, scenes opening on her), so she holds the book prior; the
other woman's scenes open on a bare "she" right after hers and name the first woman only to look at her. A person the
scene only watches is not the one it follows: neither the prior nor the previous scene gives her its "she".
"""

from __future__ import annotations

from pathlib import Path

from curation.ingest.manuscripts.pipeline import process_manuscript

FERRY = (
    "# The Crossing\n\n"
    "Greta Lund knew the weather before she opened the shutters. She wondered whether the boat would run at all, "
    "and she decided it would.\n\n"
    "She climbed to the lamp room and wiped the glass. Greta thought of her father, who had wiped it every morning "
    "for forty years and never once complained of the stairs.\n\n"
    "Greta felt the wind lean on the tower. She remembered the winter the boat had not come for nine days.\n\n"
    "* * *\n\n"
    "Greta Lund went down to the jetty at noon. She hoped the mail would be on it, and she knew it would not.\n\n"
    "Greta watched the grey water for the bow. She wondered how long the coal would last, and she counted the sacks "
    "in her head.\n\n"
    "Marit Olsen waved to her from the door of the post office. Greta waved back and went on down the steps.\n\n"
    "* * *\n\n"
    "She counted the stamps twice and the coins three times, and the till came out a shilling short again.\n\n"
    "Marit Olsen locked the drawer. Marit put on her coat and went out into the street, and the wind took the door "
    "out of her hand.\n\n"
    "Marit walked down to the harbour wall with her collar up. From the harbour wall she watched Greta at the lamp, "
    "small and dark against the light.\n\n"
    "“Late again,” Marit said to nobody. She pulled her scarf tighter. She sat on the bollard and waited for the "
    "boat, and she felt the cold come up through her boots.\n\n"
    "She did not go up to the tower. She never did.\n\n"
)


def _povs(tmp_path: Path, text: str) -> list[str | None]:
    path = tmp_path / "book.md"
    path.write_text(text, encoding="utf-8")
    res = process_manuscript(path)
    return [res.scene_pov[i].pov for i in sorted(res.scene_pov)]


def test_a_scene_that_only_watches_the_books_main_pov_is_the_other_womans(tmp_path):
    # on main the last scene went to Greta: the previous scene's POV carrying its opening "She", and the book prior
    assert _povs(tmp_path, FERRY) == ["Greta Lund", "Greta Lund", "Marit Olsen"]


def test_a_scene_that_follows_the_main_pov_stays_hers(tmp_path):
    # must not: a scene where Greta is a subject and a mind is hers, however often Marit is looked at in it
    text = FERRY.replace(
        "From the harbour wall she watched Greta at the lamp",
        "Greta stood at the lamp and watched her",
    )
    assert _povs(tmp_path, text)[:2] == ["Greta Lund", "Greta Lund"]


#: The second scene opens on its setting (naming Harrow, not as its subject), then on Harrow (the first named subject
#: of its second paragraph: the scene's opener, `_SceneReader._bind_name`), likened as a watcher would see him ("like a
#: tray of cups"); the mind is Pell's.
LEDGER = (
    "# The Count\n\n"
    "Pell thought the mill would close by spring. He knew the figures, and he hated knowing them.\n\n"
    "“You’re late tonight,” Tom Harrow said from the gate. He had his coat buttoned to the chin.\n\n"
    "“The books,” Pell said. He walked home by the river. He wondered whether Harrow had guessed, and he decided "
    "Harrow had not. The water was high and brown, and he felt the cold of it through his boots.\n\n"
    "“Goodnight, Mr Pell,” Harrow called after him.\n\n"
    "Pell raised a hand and did not turn round. He counted the lamps along the bank, nine of them, the way he had "
    "every night for twenty years.\n\n"
    "* * *\n\n"
    "The rain had been falling on the counting house since noon, and the gutters that Harrow had cleared were full.\n\n"
    "Harrow carried the ledger in from the strong room, held out in front of him like a tray of cups. He set it on "
    "the desk and stepped back.\n\n"
    "Pell opened it at the last page. He ran his finger down the column, and he felt the old tightness come into "
    "his chest. He had known for a month, but it was worse to see it written.\n\n"
    "“Well?” Harrow said.\n\n"
    "“Well,” Pell said. He closed the book. He looked at the rain on the window and thought of the men on the "
    "floor below, and he wondered how he would tell them.\n\n"
    "“Shall I fetch the foreman?” Harrow said.\n\n"
    "“Not yet,” Pell said. He sat a long time with his hand flat on the cover, and he listened to the looms.\n\n"
)


def test_a_late_opener_likened_as_a_watcher_sees_him_is_not_the_scenes_mind(tmp_path):
    # on main the second scene went to Harrow: its opener, holding the unmarked "he" from the second paragraph on
    assert _povs(tmp_path, LEDGER)[1] == "Pell"
