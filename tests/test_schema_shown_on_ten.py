"""A number written "x/N" beside numbers of that same 0-N scale written plain is a 0-1 score shown on N, not a value of
that scale: a writer who keeps the capacities as they are ("6,5", 6.5) and writes the judge's mark "8,2/10" has
rescaled the mark for display. Where every number is written "x/N", the form says nothing, and "3/10" in a 0-10
capacity still reads 3 (number_text.place).

Witnesses: fresh16's Valletta studio (capacities "6,5" with a decimal comma, the judge's scores "8,2/10": the
authenticity score and two decoy judges' marks took the support numbers of ours, 0-10, over seeds 1, 2, 4, 7, 8 ...)
and the dialect below, written for this test (Icelandic keys, capacities as plain numbers, the reviewers' marks under
`mat` written "x/10" as text, no support given in any record)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples, write_batch  # noqa: E402


def _tenths(v: float) -> str:
    return f"{round(v * 10, 6):g}/10"


def _rows(all_on_ten: bool) -> list[dict]:
    def cap(v: float) -> float | str:
        return f"{v:g}/10" if all_on_ten else v

    out = []
    for i, s in enumerate(copy.deepcopy(x) for x in valid_samples()["emotional_authenticity"] * 2):
        second = round(min(1.0, max(0.0, s["authenticity_score"] - 0.07 + 0.02 * (i % 7))), 2)
        out.append(
            {
                "persóna": {"nafn": s["character_name"], "baksaga": s["context"]},
                "orka": {
                    "í_upphafi": cap(s["base_capacity"]),
                    "álag": [{"hvað": f["factor"], "áhrif": f["impact"]} for f in s["capacity_factors"]],
                    "núna": cap(s["effective_capacity"]),
                    "stig": s["capacity_level"],
                },
                "beiðni": {
                    "aðstæður": s["situation"],
                    "þörf": cap(s["support_level_needed"]),
                    "flækja": s["complexity_type"],
                    "markmið": s.get("authenticity_target", "authentic"),
                },
                "svar": {
                    "orð": s["character_response"],
                    "hugsun": s["internal_thought"],
                    "mörk": s["demonstrates_constraint"],
                },
                "mat": {"trúverðugleiki": _tenths(s["authenticity_score"]), "annar_rýnir": _tenths(second)},
            }
        )
    return out


def _lines(tmp_path: Path, all_on_ten: bool) -> dict[str, str]:
    write_batch(tmp_path / "batches" / "orka.json", "emotional_authenticity", _rows(all_on_ten))
    tm = next(t for t in schema_report([tmp_path / "batches"]).matches if t.data_type == "emotional_authenticity")
    return field_map([tm])["emotional_authenticity"]


def test_marks_written_on_ten_beside_plain_capacities_are_scores_not_support(tmp_path):
    lines = _lines(tmp_path, all_on_ten=False)
    assert lines.get("beiðni.þörf") == "support_level_needed", lines
    assert lines.get("orka.núna") == "effective_capacity", lines
    on_ten = {lines.get("mat.trúverðugleiki"), lines.get("mat.annar_rýnir")}
    # neither mark fills a 0-10 field of ours (no record gives support; the capacities are taken by their own)
    assert not on_ten & {"support_level_needed", "support_provided", "effective_capacity", "base_capacity"}, lines
    assert "authenticity_score" in on_ten, lines


def test_a_writer_who_writes_every_number_on_ten_still_fills_the_capacities(tmp_path):
    lines = _lines(tmp_path, all_on_ten=True)
    ten = {"support_level_needed", "support_provided", "effective_capacity", "base_capacity"}
    # (which 0-10 field each capacity takes is the names' and the rules' business; the form keeps them on 0-10)
    assert {lines.get(k) for k in ("orka.í_upphafi", "orka.núna", "beiðni.þörf")} <= ten, lines
    assert lines.get("orka.í_upphafi") == "base_capacity", lines
