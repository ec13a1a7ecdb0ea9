"""`Dedupe` (exact + near in one pass over one spill) against the two stages chained: the same records kept, in
the same order, with the same cluster tags, the same rejects, ledger rows, notes and index for the split's check,
with and without built records to dedupe against."""

from __future__ import annotations

import copy
import dataclasses
import random

import numpy as np
import pytest
from synthetic import make_records  # tests/synthetic.py

from curation.stages.base import Context, chain
from curation.stages.dedupe import NEAR_INDEX, Dedupe, ExactDedupe, NearDedupe


def _run(stages, records):
    ctx = Context()
    kept = [(r.id, dict(r.metadata)) for r in chain(records, stages, ctx)]
    rows = {n: ctx.ledger.stage(n).to_dict() for n in ("dedupe_exact", "dedupe_near")}
    index = ctx.derived.get(NEAR_INDEX)
    return kept, ctx.rejects.to_jsonl(), rows, index


@pytest.mark.parametrize("with_reference", [False, True])
@pytest.mark.parametrize("with_near", [False, True])
def test_fused_dedupe_equals_the_chained_stages(with_reference, with_near):
    recs, _ = make_records(700, 4, dup_share=0.35)
    rng = random.Random(1)
    rng.shuffle(recs)
    reference = recs[:120] if with_reference else []
    inputs = recs[120:] + [r for r in recs[:120] if rng.random() < 0.3]  # some inputs are built records again
    inputs += [dataclasses.replace(r, id=r.id + "-again") for r in rng.sample(recs[120:], 40)]  # exact repeats

    def stages(fused: bool):
        exact, near = ExactDedupe(reference), NearDedupe(0.85, against=reference)
        if fused:
            return [Dedupe(exact, near if with_near else None)]
        return [exact] + ([near] if with_near else [])

    a = _run(stages(False), copy.deepcopy(inputs))
    b = _run(stages(True), copy.deepcopy(inputs))
    assert a[0] == b[0] and a[1] == b[1]
    assert a[2] == b[2]
    assert a[2]["dedupe_exact"]["rejected"], "the input holds exact duplicates"
    if with_near:
        assert a[2]["dedupe_near"]["rejected"], "the input holds near duplicates"
        assert a[3].threshold == b[3].threshold and np.array_equal(a[3].digests, b[3].digests)
        assert np.array_equal(a[3].edges, b[3].edges)
