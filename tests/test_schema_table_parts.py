"""A list of ours that a name -> value table of theirs fills (`{"a night shift": -2.5}` read as capacity factors:
`parse: name_value_pairs`) has no parts left to match: the ingest expands the table into the factors itself, so no
other list of theirs may be proposed for a factor's text or impact (`TypeMatcher.assign_in_steps`, step 3, as for an
object read whole from text). Witnesses: the Pune studio of the eighteenth drift family (a cause -> impact table beside
a list of reviews whose reviewer names were proposed as the factors' texts) and the dialect below, written for this
test (Dutch keys, the table beside a list of tags, one short word each; on main the tags were proposed as the
factors' texts)."""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples, write_batch  # noqa: E402

_TAGS = ["nacht", "regen", "haven", "markt", "brug", "veer"]


def _tabled(rng: random.Random) -> list[dict]:
    out = []
    for s in copy.deepcopy(valid_samples()["emotional_authenticity"]):
        table = {str(f["factor"]).replace("_", " "): f["impact"] for f in s.pop("capacity_factors")}
        tags = [{"label": rng.choice(_TAGS), "gewicht": rng.randint(1, 9)} for _ in range(rng.randint(1, 3))]
        out.append({**s, "lasten": table, "kenmerken": tags})
    return out


def test_no_part_of_a_table_filled_list_comes_from_another_list(tmp_path):
    folder = tmp_path / "batches"
    write_batch(folder / "emotional_authenticity.json", "emotional_authenticity", _tabled(random.Random(4)))
    lines = field_map(schema_report([folder]).matches)["emotional_authenticity"]
    factors = {k: v for k, v in lines.items() if v.startswith("capacity_factors")}
    assert factors == {"lasten": "capacity_factors"}, lines
