"""`unwritten schema`'s `_written_first` when two of our numbers in one object both fall to the place rule.

Each claim (a proposal by value shape, AMBIGUOUS with fields of its object nothing took) may keep its own field or
take one written before it that fits it as well. Taken one after the other, the first claim took the field written
first even where it was the only one the second claim could use, and the second kept a mark written last (fresh17
seed 10: the quality score took the authenticity written first, the authenticity score kept the confidence;
fresh11 seed 7 likewise). Taken together, the claims take the fields written earliest (`_earliest_together`).
"""

from __future__ import annotations

from curation.ingest.interactions.field_match import _earliest_together


def _place(order: list[str]):
    return lambda r: (order.index(r) / (len(order) - 1), 0.0)


def test_a_claim_leaves_the_first_field_to_the_claim_that_can_use_no_other():
    written = ["own", "made", "second", "sure"]  # a record's own two marks, then a second grader's and a confidence
    quality = ["second", "own", "made"]  # the second grader's place, AMBIGUOUS with both marks written before it
    authenticity = ["sure", "own"]  # the confidence's place, AMBIGUOUS with the mark written first only
    for order in ([0, 1], [1, 0]):  # whichever of the two comes first in our fields
        assert _earliest_together([quality, authenticity], _place(written), order) == ["made", "own"]


def test_claims_that_fit_the_same_fields_take_them_in_our_order():
    written = ["a", "b", "c", "d"]
    first, second = ["c", "a", "b"], ["d", "a", "b"]
    assert _earliest_together([first, second], _place(written), [0, 1]) == ["a", "b"]
    assert _earliest_together([first, second], _place(written), [1, 0]) == ["b", "a"]


def test_a_lone_claim_takes_the_field_written_first_and_a_claim_with_no_other_keeps_its_own():
    written = ["a", "b", "c"]
    assert _earliest_together([["c", "b", "a"]], _place(written), [0]) == ["a"]
    assert _earliest_together([["b"], ["c", "a"]], _place(written), [0, 1]) == ["b", "a"]
