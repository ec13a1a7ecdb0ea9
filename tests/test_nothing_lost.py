"""Every record read ends kept or rejected with its reason (issue 11: nothing lost silently): a file whose name
states its type only through the part of ours it composes (`*_npc_card_*`) is read as that type, not rejected
whole as of unknown type; and a stage that drops a record without a reject stops the analysis with the file
named."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

import pytest

from curation.analytics import batch_analysis as analysis
from curation.errors import LedgerMismatch
from curation.ingest.interactions.discovery import file_type_hint
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.profile import profile_files
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift import valid_samples  # noqa: E402


def _analyze(root: Path, field_map_: dict | None = None) -> analysis.Analysis:
    ev = _eval_harness()
    with contextlib.redirect_stderr(io.StringIO()):
        return analysis.analyze(ev._config(root, {"field_map": field_map_} if field_map_ else None))


@pytest.mark.parametrize(
    ("name", "data_type"),
    [
        ("studio_npc_card_export_3.json", "multi_step"),
        ("NpcCard-2026.jsonl", "multi_step"),
        ("game_outcomes_batch.json", "multi_step"),
        # a run with another type's label among its words says both types: the label of the type wins as before
        ("npc_emotional_lote_1.json", "emotional_authenticity"),
        ("tension_memory_4.json", "tension_building"),
        ("npc_batch.json", None),
    ],
)
def test_a_file_named_after_a_part_that_identifies_a_type_is_that_type(name, data_type):
    assert file_type_hint(Path(name)) == data_type


def _flat_card(s: dict) -> dict:
    """A multi-step record as one flat sheet row with two-level column names of our own dialect (no label)."""
    p, st, c = s["npc_profile"], s["npc_emotional_state"], s["interaction_context"]
    return {
        "Figur | Name": p["name"],
        "Figur | Beruf": p.get("occupation", "ferryman"),
        "Kraft | Basis": st["base_capacity"],
        "Kraft | Jetzt": st["effective_capacity"],
        "Kraft | Gefuehl": st.get("current_emotion", "tired"),
        "Bitte | Lage": c["situation"],
        "Bitte | Wunsch": c["player_request"],
        "Bitte | Bedarf": c["support_needed"],
        "Antwort | Text": s["npc_card_narrative"]["dialogue_prose"],
    }


def test_records_of_a_card_export_are_read_as_their_type_and_every_one_is_accounted_for(tmp_path):
    # a pandas-style one-line export: an array on one line, every "/" escaped, no newline at the end
    rows = [_flat_card(s) for s in valid_samples()["multi_step"]]
    text = json.dumps(rows, ensure_ascii=False).replace("/", "\\/")
    folder = tmp_path / "batches"
    folder.mkdir()
    (folder / "studio_npc_card_export_3.json").write_text(text, encoding="utf-8")
    prof = profile_files([folder])
    assert list(prof.types) == ["multi_step"]  # (before: "(unknown)", every record rejected as unknown_data_type)
    lines = field_map(schema_report([folder]).matches)
    a = _analyze(tmp_path, lines)
    reasons = [row["reason"] for row in a.ctx.rejects.rows]
    assert "unknown_data_type" not in reasons
    assert len(a.recovered) == len(rows)
    assert a.report["records_seen"] == a.report["records_kept"] + a.report["records_rejected"] == len(rows)


def test_a_record_a_stage_drops_without_a_reject_stops_the_analysis_naming_its_file(tmp_path, monkeypatch):
    folder = tmp_path / "batches"
    folder.mkdir()
    samples = valid_samples()["memory_resonance"]
    (folder / "memory_resonance_7.json").write_text(json.dumps({"samples": samples}), encoding="utf-8")
    assert len(_analyze(tmp_path).kept) == len(samples)  # (every one kept: the check passes)

    process = analysis.SampleDuplicates.process

    def drops_the_second(self, records, ctx):  # a future stage that forgets its reject row
        for i, r in enumerate(process(self, records, ctx)):
            if i != 1:
                yield r

    monkeypatch.setattr(analysis.SampleDuplicates, "process", drops_the_second)
    with pytest.raises(LedgerMismatch, match=r"memory_resonance_7\.json: 1 record\(s\) read but neither kept"):
        _analyze(tmp_path)
