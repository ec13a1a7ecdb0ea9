"""`unwritten schema` reads a value's sign and a string's form, whatever the key says: a number often below zero is a
change, never a level on a scale that starts at 0; dates and times go to the spec's `format: timestamp` field and
nowhere else (a version such as "v2.2" is no time stamp, however its key resembles `generated_at`)."""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

import pytest

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.profile import profile_samples
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402


def _lines(folder: Path, data_type: str) -> dict[str, str]:
    return field_map(schema_report([folder]).matches).get(data_type, {})


def test_a_change_that_goes_both_ways_is_no_support_given(tmp_path, valid):
    # the trust change under `given` (a word like our alias `support_given`), half its values below zero; before,
    # its name won and it was proposed as the support given, whose 0-10 scale rejected every negative record
    rng = random.Random(5)
    out = []
    for s in valid["multi_step"] * 2:
        s = copy.deepcopy(s)
        g = s.pop("game_outcomes")
        change = rng.choice([-1.5, -1.0, -0.5, 0.5, 1.0, 1.5])
        s["kx_res"] = {"given": change, "kx_rel": g["relationship_change"], "kx_after": g["capacity_after"]}
        out.append(s)
    write_batch(tmp_path / "in" / "ms.json", "multi_step", out)
    lines = _lines(tmp_path / "in", "multi_step")
    assert lines.get("kx_res.given") == "game_outcomes.trust_change", lines


def test_a_few_values_below_zero_are_defects_not_a_sign(tmp_path, valid):
    # support given on its 0-10 scale under a key ours knows by value only; two of twenty-two values planted below
    # zero stay out-of-range values of that field (the ingest flags them), not a reason to call it a change
    out = []
    for i, s in enumerate(valid["emotional_authenticity"] * 2):
        s = copy.deepcopy(s)
        given = min(s["support_level_needed"], s["effective_capacity"] + 2.0)
        s["support_given_now"] = -1.0 if i in (3, 9) else given
        out.append(s)
    assert len(out) >= 20
    write_batch(tmp_path / "in" / "ea.json", "emotional_authenticity", out)
    assert _lines(tmp_path / "in", "emotional_authenticity").get("support_given_now") == "support_provided"


@pytest.mark.parametrize(("version_key", "stamp_key"), [("hat", "kx_made"), ("kx_hat", "kx_when")])
def test_a_version_is_no_time_stamp_and_dates_find_the_time_stamp(tmp_path, valid, version_key, stamp_key):
    # the pipeline's version under a key whose last letters are `at` (as in generated_at), the time stamp under a key
    # that says nothing: before, the version was proposed as generated_at and the dates went unmatched
    out = []
    for s in valid["multi_step"] * 2:
        s = copy.deepcopy(s)
        t = s.pop("training_metadata")
        t[version_key] = t.pop("pipeline_version")
        t["kx_mt"] = t.pop("master_truths_version")
        t[stamp_key] = t.pop("generated_at")
        s["kx_meta"] = t
        out.append(s)
    write_batch(tmp_path / "in" / "ms.json", "multi_step", out)
    lines = _lines(tmp_path / "in", "multi_step")
    assert lines.get(f"kx_meta.{stamp_key}") == "training_metadata.generated_at", lines
    assert f"kx_meta.{version_key}" not in lines or lines[f"kx_meta.{version_key}"] != "training_metadata.generated_at"


def test_dates_are_counted_in_their_written_forms():
    stamps = ["2026-11-17T16:37:00Z", "2026-11-17 16:37", "17.11.2026 16:37:05", "2026/11/17", "2025-10-14T11:44+02:00"]
    others = ["v2.2", "12 weeks ago", "2026 was a hard year", "ten-14763188", "2026-11"]
    tp = profile_samples("multi_step", [{"kx_a": a, "kx_b": b} for a, b in zip(stamps, others, strict=True)])
    assert tp.fields["kx_a"].stamp_share == 1.0
    assert tp.fields["kx_b"].stamp_share == 0.0


def test_a_limit_stated_in_words_is_the_constraint(tmp_path, valid):
    # the sentence on how the answer keeps within its limit under a key that says nothing, stating no numbers
    # ("Offers presence instead of solutions."): it is the text capacity.x_plus_2 reads, so a record whose need is
    # above X+2 is kept only with it mapped. Before, only a sentence stating numbers fitted the constraint, and such
    # a field went unmatched (fresh5: every emotional_authenticity record over X+2 rejected, in all three dialects)
    plain = ["Offers presence instead of solutions.", "Names the limit out loud and points to another helper.",
             "Takes on a small part and says no to the rest.", "Sets a time boundary and keeps it."]  # fmt: skip
    out = []
    for i, s in enumerate(valid["emotional_authenticity"] * 2):
        s = copy.deepcopy(s)
        del s["demonstrates_constraint"]
        s = {**s, "kx_lim": plain[i % len(plain)]}
        out.append(s)
    write_batch(tmp_path / "in" / "ea.json", "emotional_authenticity", out)
    lines = _lines(tmp_path / "in", "emotional_authenticity")
    assert lines.get("kx_lim") == "demonstrates_constraint", lines
