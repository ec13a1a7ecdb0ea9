"""Short labelled probe texts (tests/data/probes), written for these tests and never used to fit a weight: POV
alternating inside chapters with no heading, a first-person narrator named only by the nickname others use
for her, a letter named by its signature, and a scene told by no one (camera-eye)."""

from __future__ import annotations

from pathlib import Path

import pytest

from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.roster import load_roster

PROBES = Path(__file__).parent / "data" / "probes"

#: (book, the scene's first words, accepted POVs: any one of the names, None for no POV)
LAMP_STREET = [
    ("Hester Quill smelled the smoke", {"Hester Quill", "Hester"}),
    ("The engine took the corner", {"Owen Tallis", "Owen"}),
    ("Hester counted.", {"Hester Quill", "Hester"}),
    ("They kept me at Miss Quill", {"Jennet Ashe", "Wren", "Jennet"}),
    ("At half past one the fog", {None}),
    ("Owen woke at six", {"Owen Tallis", "Owen"}),
    ("Dear Hester,", {"Barnaby Quill", "Barnaby"}),
]


def _povs(book: str, with_roster: bool) -> dict[str, tuple[str | None, float]]:
    roster = load_roster(PROBES / f"{book}.pov-roster.yaml") if with_roster else None
    res = process_manuscript(PROBES / f"{book}.md", roster=roster)
    povs = res.scene_pov
    return {s.paragraphs[0].text: (povs[s.index].pov, povs[s.index].confidence) for s in res.book.scenes}


@pytest.mark.parametrize("with_roster", [False, True], ids=["no-roster", "roster"])
def test_lamp_street_named_scenes(with_roster):
    got = _povs("lamp-street", with_roster)
    assert len(got) == len(LAMP_STREET)
    for opens, accepted in LAMP_STREET:
        ((pov, conf),) = [v for k, v in got.items() if k.startswith(opens)]
        if accepted != {None}:
            assert pov in accepted, (opens, pov)


@pytest.mark.parametrize("with_roster", [False, True], ids=["no-roster", "roster"])
def test_lamp_street_camera_eye_scene_has_no_pov_and_goes_to_review(with_roster):
    # the night scene moves among the bakers, the chemist asleep in her chair, the constable and the firemen, and
    # tells no one's thoughts: no POV, at a confidence under the review line (0.5), with or without a roster
    got = _povs("lamp-street", with_roster)
    ((pov, conf),) = [v for k, v in got.items() if k.startswith("At half past one the fog")]
    assert pov is None and conf < 0.5
