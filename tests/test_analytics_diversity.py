"""Diversity measures: exact on small inputs, and a repetitive set ranks below a varied one."""

from __future__ import annotations

import random

import pytest

from curation.analytics.diversity import (
    budget_sample,
    compression_ratio,
    distinct_n,
    diversity,
    length_spread,
    openings_diversity,
    parameter_diversity,
    tokenize,
)

WORDS = [
    "rain",
    "kettle",
    "letter",
    "harbor",
    "lantern",
    "orchard",
    "winter",
    "promise",
    "silence",
    "door",
    "window",
    "river",
    "stone",
    "bread",
    "candle",
    "mirror",
    "sister",
    "brother",
    "father",
    "mother",
    "friend",
    "stranger",
    "road",
    "night",
    "morning",
    "tired",
    "angry",
    "gentle",
    "quiet",
    "sharp",
    "warm",
    "cold",
    "late",
    "early",
    "broken",
    "whole",
    "small",
    "heavy",
    "bright",
    "dim",
]


def varied(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 60))) for _ in range(n)]


def repetitive(n: int) -> list[str]:
    templates = [
        "I want to help, but I'm completely wiped right now. Can we talk tomorrow?",
        "I want to help, but I'm running on empty. Can we talk tomorrow?",
    ]
    return [templates[i % 2] for i in range(n)]


def test_tokenize_keeps_contractions_and_punctuation():
    assert tokenize("I'm fine. Don't!") == ["i'm", "fine", ".", "don't", "!"]


def test_distinct_n_exact():
    toks = [["a", "b", "a", "b"], ["a", "b"]]
    assert distinct_n(toks, 1) == pytest.approx(2 / 6)
    assert distinct_n(toks, 2) == pytest.approx(2 / 4)  # ab, ba, ab | ab -> {ab, ba}
    assert distinct_n(toks, 3) == pytest.approx(2 / 2)
    assert distinct_n([], 2) is None


def test_openings_and_parameters():
    assert openings_diversity([["a", "b", "c", "d"], ["a", "b", "c", "e"], ["x", "y", "z"]]) == pytest.approx(2 / 3)
    assert parameter_diversity([("low", "excellent", "baseline")] * 50) == 0.0
    everywhere = [(c, a, x) for c in "abcd" for a in "abcd" for x in "abcdefgh"]
    assert parameter_diversity(everywhere) == pytest.approx(1.0)
    assert parameter_diversity([(None, None, None)]) is None


def test_length_spread():
    s = length_spread([10, 20, 30])
    assert s["mean"] == 20 and s["p50"] == 20 and s["cv"] == pytest.approx(8.165 / 20, abs=1e-3)


def test_budget_sample_is_order_independent_and_bounded():
    texts = varied(500)
    a = budget_sample(texts, 2000)
    b = budget_sample(list(reversed(texts)), 2000)
    assert a == b
    assert 2000 <= sum(map(len, a)) < 2000 + 61


def test_repetitive_set_ranks_below_varied_set():
    rep, var = repetitive(400), varied(400)
    combos_rep = [("low", "excellent", "baseline")] * 400
    rng = random.Random(3)
    combos_var = [(rng.choice("abcd"), rng.choice("abcd"), rng.choice("abcdefgh")) for _ in range(400)]
    d_rep = diversity(rep, combos_rep, 5000)
    d_var = diversity(var, combos_var, 5000)
    for key in (
        "distinct_1",
        "distinct_2",
        "distinct_3",
        "compression_ratio",
        "openings_diversity",
        "parameter_diversity",
        "pattern_diversity",
    ):
        assert d_rep[key] < d_var[key], key
    assert d_rep["length_words"]["cv"] < d_var["length_words"]["cv"]
    assert 0 <= d_rep["pattern_diversity"] < 0.3 < 0.7 < d_var["pattern_diversity"] <= 1


def test_scores_comparable_across_sizes():
    """The fixed token budget makes a 10x larger set of the same kind score about the same."""
    small, large = diversity(varied(300, 5), [], 3000), diversity(varied(3000, 6), [], 3000)
    assert small["distinct_2"] == pytest.approx(large["distinct_2"], abs=0.05)
    assert compression_ratio([]) is None
