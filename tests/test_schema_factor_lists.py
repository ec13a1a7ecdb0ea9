"""A list of capacity factors that happens to hold as many items in every record (a small batch) is read as the
list of factors it is, item for item, not as the turns of an exchange whose last text is the character's words."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples  # noqa: E402

_CAUSES = [
    "a letter from home went unanswered",
    "the harvest came in early this year",
    "her knee has been aching since spring",
    "the landlord raised the rent again",
    "a friend visited over the weekend",
    "the night bus broke down twice",
]


def test_factors_as_many_in_every_record_are_a_list_of_factors_not_an_exchange(tmp_path):
    # three factors in every record, their causes drawn from one small pool (a cause at one place in one record is
    # at another in the next): the factors list fits our capacity_factors item for item, so its last item's text
    # is no "character's words" (before: `tekijat[2].syy -> character_response`, capacity_factors unmapped)
    rows = []
    for i, s in enumerate(valid_samples()["emotional_authenticity"]):
        impacts = [f["impact"] for f in s["capacity_factors"]] * 3
        rows.append(
            {
                "hahmo": {"nimi": s["character_name"], "tausta": s["context"]},
                "voima": {
                    "perus": s["base_capacity"],
                    "nyt": s["effective_capacity"],
                    "tekijat": [{"syy": _CAUSES[(i + k) % len(_CAUSES)], "vaikutus": impacts[k]} for k in range(3)],
                },
                "pyynto": {"tilanne": s["situation"], "tarve": s["support_level_needed"]},
                "arvio": {"aitous": s["authenticity_score"]},
            }
        )
    folder = tmp_path / "batches"
    folder.mkdir()
    (folder / "emotional_authenticity_kuormitus.json").write_text(json.dumps(rows), encoding="utf-8")
    lines = field_map(schema_report([folder]).matches)["emotional_authenticity"]
    assert lines.get("voima.tekijat") == "capacity_factors", lines
    assert lines.get("voima.tekijat[].syy") == "capacity_factors[].factor"
    assert lines.get("voima.tekijat[].vaikutus") == "capacity_factors[].impact"
    assert not any("[2]" in k for k in lines)
