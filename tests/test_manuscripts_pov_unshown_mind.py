"""Without a roster, a third-person POV whose thought and sensing its scene never names keeps its name below the
review line (`pipeline._unshown_minds`, `pov.shows_no_mind`), on passages written for these tests (no labelled book's
text).

The opening, the book prior or being the first named subject hands such a person the scene's pronoun; on the labelled
books those guesses are wrong about a fifth of the time, against one in twenty-five where the scene names the mind.
"""

from __future__ import annotations

from pathlib import Path

from curation.ingest.manuscripts.people import PersonIndex
from curation.ingest.manuscripts.pipeline import UNSHOWN_MIND_CONF, process_manuscript
from curation.ingest.manuscripts.pov import scene_evidence, shows_no_mind
from curation.ingest.manuscripts.roster import Character, Roster

_HARBOUR = (
    "# One\n\n"
    "Ruth Ortheris came down to the harbour before the boats were in. Ruth wondered whether the weather would hold, "
    "and she felt the wind turn. She watched the gulls fight over the nets.\n\n"
    "“Morning,” Marc said. He was mending a net on the wall, and he did not look up.\n\n"
    "Ruth knew the tide would be late. She thought of the long winter, and of the money.\n\n"
    "* * *\n\n"
    "The fish market opened at six, and by seven the stalls were full.\n\n"
    "Ruth Ortheris walked between the stalls and counted the boxes.\n\n"
    "The cold came up from the stones. The buyers were late again.\n\n"
    "“Ruth,” Marc called from the scales. She turned.\n\n"
    "She remembered the price from last week and knew it would be lower. She did not like it.\n\n"
)


def _povs(tmp_path: Path, roster: Roster | None = None) -> list[tuple[str | None, float]]:
    path = tmp_path / "book.md"
    path.write_text(_HARBOUR, encoding="utf-8")
    res = process_manuscript(path, roster=roster)
    return [(res.scene_pov[i].pov, res.scene_pov[i].confidence) for i in sorted(res.scene_pov)]


def test_shows_no_mind_reads_named_thought_and_sensing_only():
    idx = PersonIndex.from_names({"Ruth Ortheris": ["Ruth"]})
    idx.gender.update({"Ruth Ortheris": "she"})
    assert shows_no_mind(scene_evidence("Ruth walked between the stalls and counted the boxes.", idx), "Ruth Ortheris")
    # must not: her named thought, or her sensing, is her mind
    for text in ("Ruth wondered where the buyers were.", "Ruth watched the gulls fight over the nets."):
        assert not shows_no_mind(scene_evidence(text, idx), "Ruth Ortheris"), text


def test_a_pov_whose_mind_the_scene_never_names_keeps_its_name_below_the_review_line(tmp_path):
    (first, first_conf), (second, second_conf) = _povs(tmp_path)
    # the market scene names Ruth only walking and counting: the name stays, marked as the book's guess
    assert second == "Ruth Ortheris" and second_conf == UNSHOWN_MIND_CONF < 0.5
    # must not: the harbour scene names her thought ("Ruth wondered", "Ruth knew") and keeps its confidence
    assert first == "Ruth Ortheris" and first_conf > 0.5


def test_must_not_a_roster_keeps_the_confidence(tmp_path):
    # the user's POV list is their word that Ruth narrates
    roster = Roster([Character("Ruth Ortheris", ["Ruth"], "pov")])
    assert all(conf > 0.5 for _, conf in _povs(tmp_path, roster))
