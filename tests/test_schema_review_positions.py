"""A required score that only a list of reviews by position holds: the record's own grader is the first review and a
second reviewer, with the same keys on the same scale, comes after it; within a review the mark is written before the
reviewer's confidence (`field_guess._later_element`). Witnesses: the Pune studio of the eighteenth drift family (a
grader's review first, a human reviewer's decoy marks second) and the dialect below, written for this test (Swahili
keys, a reviewer named in each review, the second review's mark and both confidences within 0.06 of the grader's mark,
one grader's mark out of range as a batch holds; on main the second review's mark, always in range, fitted better and
took the score)."""

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


def _reviewed(data_type: str, seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()[data_type])):
        real = s.pop("quality_score")
        real = 1.3 if i == 2 else real  # a score out of range, as a batch holds (the decoys never are)
        near = [round(min(0.99, max(0.5, real + rng.uniform(-0.06, 0.06))), 2) for _ in range(3)]
        grader = {"mkaguzi": "kipimo-v3", "alama": real, "uhakika": near[0]}
        human = {"mkaguzi": f"mtu:{rng.choice(['asha', 'juma', 'neema'])}", "alama": near[1], "uhakika": near[2]}
        out.append({**s, "tathmini": [grader, human]})
    return out


def test_the_first_review_holds_the_score(tmp_path):
    types = ("personality_traits", "relationship_scoring")
    for seed in (1, 2, 3):
        folder = tmp_path / f"s{seed}"
        for t in types:
            write_batch(folder / f"{t}.json", t, _reviewed(t, seed))
        proposed = field_map(schema_report([folder]).matches)
        for t in types:
            lines = {k: v for k, v in proposed[t].items() if k.startswith("tathmini")}
            assert lines == {"tathmini[0].alama": "quality_score"}, (seed, t, lines)
