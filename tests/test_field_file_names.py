"""A batch file's name states its data type in the spellings a label inside a file may use: kebab case,
camel case, a label synonym (`memory_*.jsonl`, `irony_*.json`); a name stating no type states none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curation.ingest.interactions.discovery import file_type_hint
from curation.ingest.interactions.profile import profile_files


@pytest.mark.parametrize(
    ("name", "data_type"),
    [
        ("emotional_authenticity_batch_001.json", "emotional_authenticity"),
        ("memory-resonance_001.jsonl", "memory_resonance"),
        ("MemoryResonance-7.json", "memory_resonance"),
        ("memory_2026.jsonl", "memory_resonance"),
        ("irony_batch_3.json", "dramatic_irony"),
        ("personality_x.json", "personality_traits"),
        ("Tension-Building.json", "tension_building"),
        ("multistep.json", "multi_step"),
        ("batch_004.json", None),
        ("notes.json", None),
    ],
)
def test_a_file_name_states_its_type_as_a_label_would(name, data_type):
    assert file_type_hint(Path(name)) == data_type


def test_records_of_a_kebab_case_file_are_typed_by_its_name(tmp_path):
    # records with none of our field names and no label: only the file name says what they are
    rows = [{"who": f"Person {i}", "text": "A line of text that is long enough to be something."} for i in range(4)]
    (tmp_path / "memory-resonance_001.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    profile = profile_files([tmp_path])
    assert list(profile.types) == ["memory_resonance"]
    assert profile.types["memory_resonance"].decided_by == {"file_name": 4}
