"""A required text of ours comes from the field the generator fills in every record, not from the one it leaves null
now and then: a field null in one or two records is a planted defect of those records (as the guard counts an
absent field: missing.MIN_MISSING), a field null in several is one the generator may skip. Both used to lose the same
share of their score for any null, so two narrated texts side by side tied and the skippable one could win, and then
every record where it is null is missing the required field (the build stops once they pass the share).

Witnesses: fresh14's row team (seed 13: `cells[4]`, the hidden truth, null in one record, lost `setup` to
`cells[6]`, the payoff hint null in 40%, and the folder stopped) and the two dialects below, written for this test
(tension building with Welsh column names and the hint written first; memory resonance with a scene note of the
generator's own beside the present situation)."""

from __future__ import annotations

import contextlib
import copy
import io
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift import valid_samples, write_batch  # noqa: E402

#: records whose optional text is left null (several: the generator may skip it)
_SKIPPED = (1, 4, 6, 9, 11)


def _kept(root: Path, data_type: str, lines: dict) -> int:
    from curation.analytics import batch_analysis as analysis

    ev = _eval_harness()
    with contextlib.redirect_stderr(io.StringIO()):
        a = analysis.analyze(ev._config(root, {"field_map": {data_type: lines}}))
    status = a.status()
    return sum(1 for r in a.recovered if r.id not in status and r.data_type == data_type)


def _tb_rows() -> list[dict]:
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()["tension_building"])):
        r = {"awgrym": None if i in _SKIPPED else s.pop("payoff_hint", None) or "A torn receipt in her coat pocket."}
        s.pop("payoff_hint", None)
        r["gwir"] = None if i == 7 else s.pop("setup")  # one record without it: a defect of that record
        s.pop("setup", None)
        r.update(s)
        out.append(r)
    return out


_PLACES = ["kitchen", "yard", "car park"]


def _mr_rows() -> list[dict]:
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()["memory_resonance"])):
        now = s.pop("current_situation")
        r = {
            "scene_note": None
            if i in _SKIPPED
            else f"Late evening in the {_PLACES[i % 3]}, the radio on low and the player just in.",
            "kesk": None if i == 2 else now,
        }
        r.update(s)
        out.append(r)
    return out


def test_the_text_every_record_fills_is_the_required_one(tmp_path):
    """Tension building: the hidden truth (null once) is `setup`, the hint written before it (null in five) is not."""
    rows = _tb_rows()
    write_batch(tmp_path / "batches" / "tb.json", "tension_building", rows)
    lines = field_map(schema_report([tmp_path / "batches"]).matches).get("tension_building", {})
    assert lines.get("gwir") == "setup", lines
    assert lines.get("awgrym") != "setup", lines
    assert _kept(tmp_path, "tension_building", lines) == len(rows) - 1  # only the record without it


def test_a_note_the_generator_skips_is_not_the_situation(tmp_path):
    """Memory resonance: the present situation (null once) is `current_situation`, the scene note (null in five) is
    not, and every record but the one without it is kept (a guard: here the situation also won before, by its
    length and place)."""
    rows = _mr_rows()
    write_batch(tmp_path / "batches" / "mr.json", "memory_resonance", rows)
    lines = field_map(schema_report([tmp_path / "batches"]).matches).get("memory_resonance", {})
    assert lines.get("kesk") == "current_situation", lines
    assert lines.get("scene_note") != "current_situation", lines
    assert _kept(tmp_path, "memory_resonance", lines) == len(rows) - 1
