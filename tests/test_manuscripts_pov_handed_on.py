"""No-roster POV when a scene opens on one person and hands on to another (`pov.handed_on`), on passages written for
these tests (no labelled book's text).

The book follows Tom Reid by name (scenes opening on him, his thoughts named), so he holds the book prior. The last
scene names him first, coming into the bakery, and then follows Ines Farrow: her named thought, her name as the
subject again and again, a "she" who knows and remembers; Tom is only looked at and spoken of. The person named first
is not the POV unless the scene keeps following them.
"""

from __future__ import annotations

from pathlib import Path

from curation.ingest.manuscripts.pipeline import process_manuscript

HEAD = (
    "# The Bakery on Quay Lane\n\n"
    "Tom Reid knew the ovens would be late again. He wondered whether the new boy had banked them, and he decided "
    "he had not.\n\n"
    "He crossed the yard in the dark. Tom thought of the order for the Harbour Hotel, and of how much of it was "
    "still flour.\n\n"
    "* * *\n\n"
    "Tom Reid walked down to the quay at noon. He hoped the boat would be in, and he feared it would not.\n\n"
    "Tom counted the sacks twice on the harbour wall. He remembered the spring the whole load had gone green.\n\n"
    "Ines Farrow came down the steps with the cart, and Ines and he loaded the sacks between them. She said little. "
    "Tom wondered what she made of the price.\n\n"
    "* * *\n\n"
)

HANDED_ON = HEAD + (
    "Tom Reid came in at the side door with the flour order in his hand and stopped by the cooling racks.\n\n"
    "Ines Farrow knew the look of it before he said a word. Ines put the peel down on the bench. She had seen that "
    "look on her father the winter the mill shut, and she remembered how long it had lasted.\n\n"
    "Ines wiped her hands on her apron. She thought of the rent, and of the three loaves she had burnt that morning, "
    "and she felt the heat of the oven door on the backs of her legs.\n\n"
    "Ines took the order from him and read it through. She counted the lines twice. She knew before she reached the "
    "bottom that the hotel had halved it.\n\n"
    "Ines folded the paper and put it in her pocket and went back to the ovens.\n\n\n"
)

#: The same scene kept with Tom: his own thoughts carried by "he", Ines's one named thought in passing.
KEPT = HEAD + (
    "Tom Reid came in at the side door with the flour order in his hand and stopped by the cooling racks.\n\n"
    "He knew the look the room gave him. He thought of the hotel's letter in his pocket, and he wondered how to say "
    "it. Ines Farrow knew something was wrong and put the peel down.\n\n"
    "He handed her the order. He watched her read it, and he felt the heat of the ovens on his face, and he "
    "remembered the spring the load had gone green.\n\n"
    "Tom went back out into the yard and stood by the cart for a long time.\n\n\n"
)


def _povs(tmp_path: Path, text: str) -> list[str | None]:
    path = tmp_path / "book.md"
    path.write_text(text, encoding="utf-8")
    res = process_manuscript(path)
    return [res.scene_pov[i].pov for i in sorted(res.scene_pov)]


def test_a_scene_that_opens_on_one_person_and_follows_another_is_the_others(tmp_path):
    # on rel18 the last scene went to Tom: the opening and the book prior held it over Ines's named thoughts
    assert _povs(tmp_path, HANDED_ON) == ["Tom Reid", "Tom Reid", "Ines Farrow"]


def test_an_opener_the_scene_keeps_following_keeps_it(tmp_path):
    # must not: Tom's thoughts are his "he"; Ines's one named thought does not take the scene
    assert _povs(tmp_path, KEPT) == ["Tom Reid", "Tom Reid", "Tom Reid"]
