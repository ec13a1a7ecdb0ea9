"""`unwritten schema` letting the records' rules choose between two same-shaped numbers when many records fail
other rules anyway (issue 11).

The rule settlement (`field_match._settle_by_rules`) takes a change that halves the failing sample records. In a
small group of records where many fail rules no choice of these fields touches (planted defects, unknown labels),
a second grader's mark on the authenticity score fails the authenticity buckets on a third of the records and the
real score on none, yet the total does not halve: the records failing whatever the two fields hold are a floor
common to both maps, and the change is judged above it.
"""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402

EA = "emotional_authenticity"
#: the authenticity target's upper bounds (spec.yaml's buckets), to label each valid record's own score
BUCKETS = [("failed", 0.4), ("struggling", 0.6), ("authentic", 0.8), ("excellent", 1.01)]


def test_a_second_grader_s_mark_gives_way_to_the_score_the_target_agrees_with(tmp_path, valid):
    # a dialect written for this test: the authenticity score as `mark_a`, a second grader's mark `mark_b` beside it
    # (written first), the target each record states, and every other record an unknown complexity label (flagged
    # whatever the scores hold): 8 of 15 fail under both maps
    rng = random.Random(7)
    out = []
    for i, s in enumerate(valid[EA]):
        r = copy.deepcopy(s)
        score = r.pop("authenticity_score")
        r["mark_b"] = round(rng.uniform(0.45, 0.98), 2)
        r["mark_a"] = score
        r["authenticity_target"] = next(b for b, hi in BUCKETS if score < hi)
        if i % 2 == 0:
            r["complexity_type"] = "overthinking"
        out.append(r)
    write_batch(tmp_path / "in" / f"{EA}.json", EA, out)
    (tm,) = schema_report([tmp_path / "in"]).matches
    lines = field_map([tm])[EA]
    assert lines.get("mark_a") == "authenticity_score", lines
    assert "mark_b" not in lines, lines
    (line,) = [m for m in tm.matches if m.source == "mark_a"]
    assert "the records' rules decide" in line.evidence, line.evidence


def test_fresh11_a_second_reviewer_s_mark_gives_way_to_the_authenticity_score(tmp_path):
    # fresh11 seed 17 (the Ukrainian team's multi-step records, 19 in the folder): `мета.другий_рецензент` (a second
    # reviewer's mark) held the authenticity score and `мета.щирість` (the score) was left out; 6 valid records were
    # flagged authenticity.bucket. 14 of 19 fail with the mark, 8 with the score: 7 fail whatever the two hold
    from field_drift_fresh11 import write_fresh11_folder

    m = write_fresh11_folder(tmp_path / "batches", 17)
    assert m["plans"]["multi_step"]["truth"]["мета.щирість"] == "training_metadata.authenticity_score"
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["multi_step"]
    assert lines.get("мета.щирість") == "training_metadata.authenticity_score", lines
    assert "мета.другий_рецензент" not in lines, lines
