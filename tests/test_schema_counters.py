"""`unwritten schema` on a retry counter beside the support needed (issue 11).

A counter of a pipeline's tries (0-4, whole numbers) lies on our 0-10 support scale. Read as the support given it
breaks X+2 wherever the character's capacity is low (4 tries against a capacity of 0.5 allows 2.5), and read as the
support needed it hides the real need. Whole numbers never above 40% of a wide scale are counted, not measured
(`field_fit._counts`); before, only four such values were (1-4), not five (0-4). Over ten records or more, whole
numbers never above 60% are a count too (1-6 sentences of the answer). A stage of theirs that then matches one of our
objects as a whole keeps a child holding another object's labels (the capacity bucket) for that object.
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


@pytest.mark.parametrize("data_type", ["emotional_authenticity", "multi_step"])
def test_a_count_of_the_answers_sentences_is_no_support_of_ours(data_type, tmp_path, valid):
    # a dialect written for this test: the support needed nested as `ask.help_wanted`, and a count of the answer's
    # sentences (1-6, whole) as `stats.n_sentences` in every record. Counts reaching 6 on a 0-10 scale escaped the
    # 40% bound: fresh13's relay team (`sentences_n` took support_needed, the need went to support_provided) and
    # fresh9's `sent_ct` / fresh12's `sentence_tally` (taken as support_provided: valid records failed X+2)
    rng = random.Random(13)
    out = []
    for sample in valid[data_type]:
        for _ in range(2):  # over MANY_COUNTS records: a count spread over 1-6 is told apart by its number
            s = copy.deepcopy(sample)
            where = s["interaction_context"] if data_type == "multi_step" else s
            need = where.pop("support_needed" if data_type == "multi_step" else "support_level_needed")
            where.setdefault("ask", {})["help_wanted"] = need
            s["stats"] = {"n_sentences": rng.randint(1, 6)}
            out.append(s)
    assert max(s["stats"]["n_sentences"] for s in out) == 6
    write_batch(tmp_path / "in" / f"{data_type}.json", data_type, out)
    lines = field_map(schema_report([tmp_path / "in"]).matches)[data_type]
    prefix = "interaction_context." if data_type == "multi_step" else ""
    need = "interaction_context.support_needed" if data_type == "multi_step" else "support_level_needed"
    assert lines.get(f"{prefix}ask.help_wanted") == need, lines
    assert "stats.n_sentences" not in lines, lines  # (main: stats.n_sentences -> a support field)


def test_a_bucket_label_inside_a_matched_stage_still_goes_to_its_own_object(tmp_path, valid):
    # a dialect written for this test: the multi-step emotional state as a pipeline stage `stage_two` with names
    # unlike ours, and the capacity bucket (ours: interaction_context.capacity_level) written inside that stage as
    # `band`. Once the stage matched npc_emotional_state as a whole, a child of it could go nowhere else unless
    # named like the field outside, so `band` was left out and no capacity.bucket rule could flag a wrong label
    # (fresh13's relay team: `trail[leg=gauging].yield.reserve_tier` beside the gauging stage's capacity numbers)
    out = []
    for sample in valid["multi_step"]:
        for _ in range(2):
            s = copy.deepcopy(sample)
            es = s.pop("npc_emotional_state")
            s["stage_two"] = {
                "pool_at_start": es["base_capacity"],
                "drains": es["capacity_factors"],
                "pool_left": es["effective_capacity"],
                "inner_weather": es["current_emotion"],
                "band": s["interaction_context"].pop("capacity_level"),
            }
            out.append(s)
    write_batch(tmp_path / "in" / "multi_step.json", "multi_step", out)
    lines = field_map(schema_report([tmp_path / "in"]).matches)["multi_step"]
    assert lines.get("stage_two") == "npc_emotional_state", lines
    assert lines.get("stage_two.pool_left") == "npc_emotional_state.effective_capacity", lines
    assert lines.get("stage_two.band") == "interaction_context.capacity_level", lines  # (main: no line)
