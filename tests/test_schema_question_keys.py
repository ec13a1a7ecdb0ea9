"""Keys that hold a ";" (a questionnaire prompt whose keys are questions ending in a Greek question mark, which is a
";" in its canonical form): the matcher's evidence names such keys as rivals, and the rules that read the rivals back
(`field_match._written_first`: the answer written before a turned-down take beside it) must read them whole.
Witnesses: the Athens studio of the eighteenth drift family (`...;` questions, a turned-down take after the answer)
and the dialect below, written for this test (German questions, the turned-down take another record's answer, so
of the same shape and length, one answer missing; on main the take, held by every record and written last, took the
answer)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples, write_batch  # noqa: E402

#: (memory resonance is left out: there one missing answer makes the take win outright, not AMBIGUOUS with the answer,
#: so no rule reads the rivals; a separate cause)
_ANSWER = {"tension_building": "dialogue", "personality_traits": "dialogue"}
_SAID, _REFUSED = "Was sagt die Figur;", "Welcher Satz wurde verworfen;"


def _asked(data_type: str) -> list[dict]:
    key = _ANSWER[data_type]
    samples = copy.deepcopy(valid_samples()[data_type])
    out = []
    for i, s in enumerate(samples):
        rest = {k: v for k, v in s.items() if k != key}
        said = {} if i == 1 else {_SAID: s[key]}  # one answer missing, as a batch holds (the take never is)
        out.append({**rest, **said, _REFUSED: samples[(i + 1) % len(samples)][key]})
    return out


def test_the_answer_asked_first_is_the_answer(tmp_path):
    for t in _ANSWER:
        write_batch(tmp_path / "batches" / f"{t}.json", t, _asked(t))
    proposed = field_map(schema_report([tmp_path / "batches"]).matches)
    for t, key in _ANSWER.items():
        said = {k: v for k, v in proposed[t].items() if k in (_SAID, _REFUSED)}
        assert said == {_SAID: key}, (t, proposed[t])
