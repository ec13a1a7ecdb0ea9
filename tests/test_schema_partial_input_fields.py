"""The support actually given (`support_provided`, input-only: the model is not asked for it, the X+2 check reads it)
is written only in the records where support was given, so a number of theirs named like nothing of ours and held by
some records only must not lose to the presence discount meant for a pipeline's now-and-then extras (it already loses
INPUT_ONLY_WEIGHT).

Witnesses: fresh16's Valletta studio (seed 38, `tweġiba.mogħti` in 57% of the records, lost to a rival at 0.470) and
fresh18's Dhaka studio (seed 14, `উত্তর.প্রদত্ত_সাহায্য.মান` in 42%: 0.434 -> 0.507, still under RARE, so still
unmatched). The dialect below is written for this test: a plain batch whose support given is `ofrenda`, left out of
two records in five."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples, write_batch  # noqa: E402


def _given(s: dict) -> float:
    return round(max(0.0, min(s["effective_capacity"] + 2.0, s["support_level_needed"]) - 0.5), 1)


def _support_line(folder: Path, left_out: tuple[int, ...]):
    rows = []
    for i, s in enumerate(copy.deepcopy(x) for x in valid_samples()["emotional_authenticity"] * 2):
        if i % 5 not in left_out:
            s["ofrenda"] = _given(s)
        rows.append(s)
    write_batch(folder / "batches" / "ea.json", "emotional_authenticity", rows)
    tm = next(t for t in schema_report([folder / "batches"]).matches if t.data_type == "emotional_authenticity")
    return next(m for m in tm.matches if m.source == "ofrenda")


def test_an_input_only_number_held_by_some_records_is_the_support_given_as_surely_as_one_held_by_all(tmp_path):
    full = _support_line(tmp_path / "all", ())
    some = _support_line(tmp_path / "some", (1, 3))  # the support given in three records of five
    assert full.target == some.target == "support_provided", (full, some)
    assert some.score == full.score and "of the records" not in some.evidence, (full, some)
