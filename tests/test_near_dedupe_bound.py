"""The character-count bound near dedupe applies before rapidfuzz: a pair it drops can never verify, whatever
the alphabet (accents, CJK, emoji share bins with ASCII) and however long the texts."""

from __future__ import annotations

import random

import numpy as np
from rapidfuzz import fuzz
from synthetic import base_text, variant  # tests/synthetic.py

from curation.stages.dedupe import char_counts, within_reach


def _texts(rng: random.Random) -> list[str]:
    texts = []
    for _ in range(300):
        t = base_text(rng, 40, 600)
        texts.append(t)
        texts.append(variant(t, rng.uniform(0.7, 0.99), rng)[0])
    texts += ["ça déjà vu, naïve façade " * rng.randint(1, 6) for _ in range(40)]
    texts += ["東京で会いましょう。" * rng.randint(1, 9) + "🙂" * rng.randint(0, 5) for _ in range(40)]
    texts += ["a" * 70_000, "a" * 69_000 + "b" * 1_000, ""]  # counts past uint16: never pruned
    return texts


def test_a_pair_the_bound_drops_never_verifies():
    rng = random.Random(5)
    texts = _texts(rng)
    n = len(texts)
    pairs = np.array(sorted({tuple(sorted(rng.sample(range(n), 2))) for _ in range(20_000)}), dtype=np.int32)
    pairs = np.concatenate([pairs, np.array([[n - 3, n - 2]], dtype=np.int32)])
    pairs = np.concatenate([pairs, np.arange(0, 600, dtype=np.int32).reshape(-1, 2)])  # text, its variant
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    for threshold in (0.5, 0.85, 0.95):
        kept = {
            tuple(p) for p in within_reach(pairs, char_counts(texts, chunk_chars=5_000), lengths, threshold).tolist()
        }
        dropped = [tuple(p) for p in pairs.tolist() if tuple(p) not in kept]
        assert dropped, "the bound drops something"
        assert (n - 3, n - 2) in kept
        for i, j in dropped:
            assert fuzz.ratio(texts[i], texts[j]) / 100 < threshold, (texts[i][:60], texts[j][:60])
