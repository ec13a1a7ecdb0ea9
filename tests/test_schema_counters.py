"""`unwritten schema` on a retry counter beside the support needed (issue 11).

A counter of a pipeline's tries (0-4, whole numbers) lies on our 0-10 support scale. Read as the support given it
breaks X+2 wherever the character's capacity is low (4 tries against a capacity of 0.5 allows 2.5), and read as the
support needed it hides the real need. Whole numbers never above 40% of a wide scale are counted, not measured
(`field_match._counts`); before, only four such values were (1-4), not five (0-4).
"""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

import pytest

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402


@pytest.mark.parametrize("data_type", ["emotional_authenticity", "multi_step"])
def test_a_retry_counter_is_no_support_of_ours(data_type, tmp_path, valid):
    # a dialect written for this test: the support needed as `aid_req`, and the pipeline's retries `redo_n` (0-4)
    # beside it in every record
    rng = random.Random(11)
    out = []
    for s in valid[data_type]:
        s = copy.deepcopy(s)
        where = s["interaction_context"] if data_type == "multi_step" else s
        where["aid_req"] = where.pop("support_needed" if data_type == "multi_step" else "support_level_needed")
        where["redo_n"] = rng.randint(0, 4)
        out.append(s)
    write_batch(tmp_path / "in" / f"{data_type}.json", data_type, out)
    lines = field_map(schema_report([tmp_path / "in"]).matches)[data_type]
    prefix = "interaction_context." if data_type == "multi_step" else ""
    need = "interaction_context.support_needed" if data_type == "multi_step" else "support_level_needed"
    assert lines == {f"{prefix}aid_req": need}, lines  # (main: redo_n -> support_provided)


def test_fresh11_a_retry_counter_does_not_take_the_support_needed(tmp_path):
    # fresh11 seed 27 (the ridge team's key-value multi-step records): `retryN` (0-4) took support_needed and the
    # real need `suppReq` went to support_provided; 3 valid records were rejected rule_capacity_x_plus_2
    from field_drift_fresh11 import write_fresh11_folder

    m = write_fresh11_folder(tmp_path / "batches", 27)
    assert m["plans"]["multi_step"]["truth"]["kv[prop=suppReq].propVal"] == "interaction_context.support_needed"
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["multi_step"]
    assert lines.get("kv[prop=suppReq].propVal") == "interaction_context.support_needed", lines
    assert "kv[prop=retryN].propVal" not in lines, lines
