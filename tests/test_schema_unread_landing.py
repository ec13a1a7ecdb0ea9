"""The records' rules settle the fields they read (a quality or tension score against the quality threshold); a swap
that takes a rule field from one proposal moves its partner onto the other's field, which no rule may read (the hook
effectiveness). There the rules told the partner only what it is not, so it stays AMBIGUOUS with the fields nothing
took that fit that field as well, and the one of them written first takes it (field_match._note_unread_landings,
then _written_first, our fields taken up in our order). Before, the swap cleared the mark: fresh10 seed 3 (Tallinn)
and fresh20 seeds 10 and 22 (Dhivehi) gave the hook effectiveness to a second judge's mark written after it.

The records here are written for this test: Lithuanian keys, a review object holding the tension score, the hook
effectiveness, a second judge's mark and a confidence (all 0-1, named like nothing of ours), then the run's own
bookkeeping, as a pipeline appends it.
"""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples, write_batch  # noqa: E402

TB = "tension_building"


def _lithuanian(seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for s in copy.deepcopy(valid_samples()[TB]):
        w = s["payoff_window_weeks"]
        out.append(
            {
                "veikejas": {"vardas": s["character_name"]},
                "aplinka": s["context"],
                "kabliukas": {
                    "rusis": s["hook_type"],
                    "paslaptis": s["setup"],
                    "langas": {"nuo": w["min"], "iki": w["max"]},
                    "uzuomina": s["payoff_hint"],
                },
                "atsakymas": {"replika": s["dialogue"]},
                "santykiu_lygis": s["relationship_level"],
                "vertinimas": {
                    "itampa": s["tension_score"],
                    "poveikis": s["hook_effectiveness"],
                    "antras_vertintojas": round(rng.uniform(0.45, 0.98), 2),
                    "pasitikejimas": round(rng.uniform(0.55, 0.99), 2),
                },
                "technika": {
                    "modelis": rng.choice(["qwen3:14b", "qwen3:32b"]),
                    "seklas": rng.randint(1, 2**31 - 1),
                    "trukme_ms": rng.randint(1200, 41000),
                    "zetonai": rng.randint(120, 2900),
                    "bandymas": rng.randint(1, 4),
                },
            }
        )
    return out


@pytest.mark.parametrize("seed", [0, 4])
def test_the_effectiveness_written_first_holds_it_not_the_second_judge(tmp_path, seed):
    write_batch(tmp_path / "in" / "tension_building_lt.json", TB, _lithuanian(seed))
    report = schema_report([tmp_path / "in"])
    lines = field_map(report.matches)[TB]
    assert lines.get("vertinimas.itampa") == "tension_score", lines
    assert lines.get("vertinimas.poveikis") == "hook_effectiveness", lines
    assert "vertinimas.antras_vertintojas" not in lines, lines
    tm = next(tm for tm in report.matches if tm.data_type == TB)
    held = next(m for m in tm.matches if m.source == "vertinimas.poveikis")
    assert "AMBIGUOUS" in held.evidence  # (place chose it, not names, values or rules: a person should check it)
