"""A number placed on an input-only field (`generate: false`) by its values alone moves to the generated rule input of
its type when that makes fewer sample records fail the type's rules (`field_match._best_trade_up`).

Witness: fresh23 seed 5, both multi_step prompt versions in one folder; Cuttack's questionnaire answers the need for
support under a question code no name of ours fits. Before the trade the need went to `support_provided` (an input
the generator never writes) and a grader's certainty took `support_needed`, so the X+2 rule failed records it should
have passed (fresh23 1-6: 965 -> 974 of 976 valid records kept, benchmarks/results/eval_field_drift.h20i.txt)."""

from __future__ import annotations

import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

sys.path.insert(0, str(Path(__file__).resolve().parent))

from field_drift_fresh23 import write_fresh23_folder  # noqa: E402

SUPPORT = ("interaction_context.support_needed", "interaction_context.support_provided")


def test_a_need_placed_on_an_input_only_field_by_values_moves_to_the_rule_input(tmp_path):
    truth = write_fresh23_folder(tmp_path / "batches", 5)["plans"]["multi_step"]["truth"]
    proposed = field_map(schema_report([tmp_path / "batches"]).matches)["multi_step"]
    want = {t: o for t, o in truth.items() if o in SUPPORT}
    assert want, "the witness seed writes the need for support"
    assert {t: proposed.get(t) for t in want} == want
    # and no other field of theirs (the grader's certainty) is read as one of the two
    assert {t: o for t, o in proposed.items() if o in SUPPORT} == want
