"""POV with a POV-only roster, on passages written for these tests (no labelled book's text).

A roster names the POV characters with their aliases; with one, a scene's POV is a listed person or None, chosen by
whose perceptions, thoughts and feelings the narration reports (first person: who the "I" is by being addressed,
self-named, a heading, or the previous scene of the same narrator); never a name the roster leaves out, and never a
listed person the scene merely mentions or shows acting. These hold on the shipped code and guard the roster's rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.roster import Character, Roster

_DATA = Path(__file__).parent / "data" / "pov_roster"
_QUAY = (_DATA / "quay.md").read_text(encoding="utf-8")


def _povs(tmp_path: Path, text: str, roster: Roster | None) -> list[str | None]:
    path = tmp_path / "book.md"
    path.write_text(text, encoding="utf-8")
    res = process_manuscript(path, roster=roster)
    return [res.scene_pov[i].pov for i in sorted(res.scene_pov)]


@pytest.fixture()
def quay_roster() -> Roster:
    return Roster(
        [
            Character("Ines Calder", ["Ines"], "pov"),
            Character("Bram Oyelaran", ["Bram", "Mr Oyelaran"], "pov"),
        ]
    )


def test_with_a_roster_no_scene_is_lost_to_a_name_the_roster_leaves_out(tmp_path, quay_roster):
    povs = _povs(tmp_path, _QUAY, quay_roster)
    # Teodor, named as the subject of every action, does not take Ines's scene (her "she" wonders and feels) ...
    assert povs[0] == "Ines Calder"
    # ... and Teodor's own scene (his thoughts, by name) has no POV: he is no POV character, and no listed one is there
    assert povs[2] is None


def test_with_a_roster_a_listed_character_merely_remembered_is_not_the_pov(tmp_path, quay_roster):
    # Bram's scene names Ines three times as the subject of what he remembers; his "he" thinks and feels
    assert _povs(tmp_path, _QUAY, quay_roster)[1] == "Bram Oyelaran"


def test_with_a_roster_a_first_person_narrator_is_who_the_i_is_addressed_as(tmp_path, quay_roster):
    povs = _povs(tmp_path, _QUAY, quay_roster)
    # "Morning, Ines," to the "I"; the "I" asking after Teodor does not make Teodor the narrator
    assert povs[3] == "Ines Calder"
    # the next scene of the chapter names nobody: the same narrator goes on
    assert povs[4] == "Ines Calder"
    # "“Teodor,” I said" calls someone else; "Mr Oyelaran" (a listed alias) is the "I"
    assert povs[5] == "Bram Oyelaran"


def test_with_a_roster_an_unnamed_pronoun_goes_to_the_listed_character_only_the_speech_names(tmp_path):
    # The Hares of Hollin Down (the old jack, "Lammas! Come home!") and The Whitcombe Verdict (the juror, "Mr.
    # Dressler" from the judge): the narration never names the POV character in the scene, only the others' speech
    # does; the scene's "he" nobody in the narration can own is that listed man's, not an unnamed mind.
    roster = Roster([Character("Oskar Lind", ["Oskar"], "pov"), Character("Mira Santos", ["Mira"], "pov")])
    hut = (
        "The hut at the end of the jetty had been a bait shop once.\n\n"
        "He sat on the crate by the stove and listened to the wind. He was thinking about the ice, and about the "
        "boy who had gone through it in March. He did not like the sound of the wind.\n\n"
        "{call}\n\n"
        "He got up. He felt the cold in his knees, and he wondered how long the lake would hold.\n\n"
    )
    mira = "Mira Santos wondered about the boat. Mira thought of the harbour. Mira knew the tide, and she was sure.\n\n"
    book = (
        "# One\n\n"
        "Oskar Lind wondered whether the ice would hold. Oskar thought it would. Oskar knew the lake, and he was "
        "certain of the ice.\n\n* * *\n\n"
        + mira
        + "# Two\n\n"
        + hut.format(call="“Are you coming?” the harbourmaster called from the door.")
        + "* * *\n\n"
        + mira
        + "* * *\n\n"
        + hut.format(call="“Oskar,” the harbourmaster called from the door. “Are you coming?”")
    )
    povs = _povs(tmp_path, book, roster)
    assert povs[4] == "Oskar Lind"
    # must not: the same scene with nobody listed named in it stays an unnamed mind
    assert povs[2] is None


def test_with_a_roster_an_unnamed_pronoun_goes_to_the_one_listed_character_of_its_gender_the_scene_names(tmp_path):
    # The House at Lyallpur (the schoolmaster, whom men in the yard name in reported speech while his "he" walks and
    # knows), The Whitcombe Verdict (the juror, seen from outside as the scene opens) and Guadalupe Street (the boy,
    # named only as someone else's thought or object): the scene's "he" carries it, and the narration names the one
    # listed man of that gender only where it shows him as not the pronoun (a thing said of him, a look at him). With
    # a roster only listed characters narrate, so the "he" is his, not an unnamed mind.
    roster = Roster([Character("Piet Haller", ["Piet"], "pov"), Character("Anna Weir", ["Anna"], "pov")])
    anna = "Anna Weir wondered about the harbour. Anna thought of the tide. Anna knew the boats, and she was sure.\n\n"
    ferry = (
        "The ferry was late again, and the light was going.\n\n"
        "He stood at the rail and watched the gulls. He was thinking about the letter, and he did not like what it "
        "said. He heard the deckhands on the car deck say, in mutters, the name of {name}.\n\n"
        "He felt the deck shudder under him. He wondered whether they would make the harbour before dark, and he "
        "knew they would not.\n\n"
    )
    book = (
        "# One\n\n"
        "Piet Haller wondered whether the ferry would run. Piet thought it would. Piet knew the crossing, and he was "
        "certain of the weather.\n\n* * *\n\n"
        + anna
        + "# Two\n\n"
        + ferry.format(name="Piet Haller")
        + "* * *\n\n"
        + anna
        + "* * *\n\n"
        + ferry.format(name="the new man")
    )
    povs = _povs(tmp_path, book, roster)
    assert povs[2] == "Piet Haller"
    # must not: the same scene naming no listed man stays an unnamed mind
    assert povs[4] is None


_SENORA = """# One

The señora had learned to sew in chain stitch. She sat at the kitchen table with the lamp brought in from the bedroom, \
and she thought about the boy, and she wondered whether he was cold tonight. The señora remembered the night they \
came. She felt the needle go in and out, and she knew that she would finish before midnight.

Rodolfo came to the door and watched her. He said nothing. The señora did not look up. She thought of the Plaza, and \
of Thursday, and she decided that she would go whatever he said.

Later the señora stood at the window. She could hear the radio in the next flat, and she hated it, and she loved the \
neighbours for shouting, because it meant that nobody listened to her.

# Two

Rodolfo sat in his armchair with the sound low. He thought about the office and about the men in the grey suits, and \
he wondered how long a man could go on not asking. Rodolfo knew that he was a coward. He felt it in his stomach every \
morning.

He heard the señora in the kitchen. He did not get up. He remembered the boy at the football, and he wished he had \
shouted louder that day.
"""


def test_with_a_roster_a_description_the_narration_calls_a_pov_by_is_her_name(tmp_path):
    # The Taxi on Avenida de Mayo (the mother, "the señora" nearly throughout, "Amalia" only in her husband's mouth),
    # The Reindeer Road (the grandmother, "the old woman"): a close third person the narration knows by a roster's
    # description, not a name, is the POV of the scenes that think and feel through her
    roster = Roster(
        [
            Character("Amalia Etcheverry", ["Amalia", "the señora"], "pov"),
            Character("Rodolfo Etcheverry", ["Rodolfo"], "pov"),
        ]
    )
    assert _povs(tmp_path, _SENORA, roster) == ["Amalia Etcheverry", "Rodolfo Etcheverry"]
