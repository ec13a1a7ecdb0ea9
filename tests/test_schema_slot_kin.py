"""A questionnaire's answers named by their questions (`profile._name_slots`) are filed with the other questions of
their section, as the keys of one object are (`field_match._kin_group`): where names and value shapes tie, the
questions of a strength section go to our emotional state and those of an outcomes section to our outcomes.

Witness: fresh23 seed 2, both multi_step prompt versions in one folder; Cuttack's questionnaire writes base, today's
and remaining strength as numbers 0-10 no name of ours fits. Filed each by its own slot, no two questions were kin:
on main the remaining strength went unread and the need for support took its place; with the slots named but not
filed, base, effective and remaining capacity rotated (41 valid records rejected by the capacity formula)."""

from __future__ import annotations

import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

sys.path.insert(0, str(Path(__file__).resolve().parent))

from field_drift_fresh23 import SECS, write_fresh23_folder  # noqa: E402

OURS = ("base_capacity", "effective_capacity", "capacity_after", "dialogue_prose")


def test_a_questionnaire_s_answers_are_kin_of_the_questions_of_their_section(tmp_path):
    truth = write_fresh23_folder(tmp_path / "batches", 2)["plans"]["multi_step"]["truth"]
    proposed = field_map(schema_report([tmp_path / "batches"]).matches)["multi_step"]
    want = {t: o for t, o in truth.items() if t.startswith(SECS) and o.rsplit(".", 1)[-1] in OURS}
    assert len(want) == len(OURS)
    assert {t: proposed.get(t) for t in want} == want
