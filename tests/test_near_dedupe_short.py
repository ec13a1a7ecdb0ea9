"""Near dedupe on short, templated texts: every line is stock phrasing shared by hundreds of records, so no
shingle a near-duplicate pair shares is rare. The anchor index alone misses such pairs; the MinHash-LSH pass
for records with too few usable shingles must find every pair at or above the threshold.

The texts here are not the benchmark's (tests/batch_records.py): other stock lines (a ship's log and a
shop counter), other names, edits by character deletion, duplication and transposition."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rapidfuzz import fuzz

from curation.stages.dedupe import near_duplicates
from curation.stages.near_pairs import PairParams, candidate_pairs, lsh_params, optimal_bands

LINES = [
    "wind from the north-east, steady at force four.",
    "the bosun reports the forward pump is running again.",
    "we sighted a trawler off the starboard bow at dawn.",
    "all hands fed; the cook has run out of onions.",
    "barometer falling slowly since the middle watch.",
    "the customer asked whether we still sell lamp oil.",
    "sold two brass hinges and a tin of boot polish.",
    "the till was short by a shilling at closing.",
    "a letter came for the captain, unopened.",
    "rain all afternoon and the deck seams leak again.",
    "the apprentice swept the shop and broke a jar.",
    "fog thick enough that we rang the bell every minute.",
]
NAMES = ["odile", "brannock", "mwangi", "tove", "esperanza", "ruairi", "yusuf", "hedda", "caspian", "ngozi"]


def entry(rng: random.Random) -> str:
    lines = rng.sample(LINES, rng.choice([2, 2, 3]))
    lines.insert(rng.randrange(len(lines) + 1), f"{rng.choice(NAMES)} signed the {rng.choice(['log', 'ledger'])}.")
    return " ".join(lines)


def mangle(text: str, rng: random.Random, edits: int) -> str:
    s = list(text)
    for _ in range(edits):
        k = rng.randrange(len(s) - 1)
        op = rng.random()
        if op < 0.4:
            del s[k]
        elif op < 0.7:
            s.insert(k, s[k])
        else:
            s[k], s[k + 1] = s[k + 1], s[k]
    return "".join(s)


def corpus(n: int, seed: int) -> tuple[list[str], list[tuple[int, int]]]:
    rng = random.Random(seed)
    texts, planted = [], []
    seen = set()
    while len(texts) < n:
        t = entry(rng)
        if t in seen:
            continue
        seen.add(t)
        texts.append(t)
        if rng.random() < 0.05:
            v = mangle(t, rng, rng.randint(3, 14))
            if v not in seen:
                seen.add(v)
                texts.append(v)
                planted.append((len(texts) - 2, len(texts) - 1))
    return texts, planted


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_short_templated_pairs_are_found_by_the_lsh_pass(seed):
    """Measured (not tuned on: written after the parameters were chosen on the benchmark's texts): of ~300 pairs
    >= 0.85, the anchors alone miss ~130; with the LSH pass 6 are left for either seed. Character edits spread
    through a short text leave a pair few shared 4-grams (Jaccard 0.35-0.5 at ratio 0.94): the LSH pass is a
    probabilistic net there, not a guarantee."""
    texts, planted = corpus(6000, seed)
    near = [(a, b) for a, b in planted if fuzz.ratio(texts[a], texts[b]) / 100 >= 0.85]
    assert len(near) > 250
    anchors_only = {tuple(p) for p in candidate_pairs(texts, 0.85, PairParams(lsh_below=0)).tolist()}
    with_lsh = {tuple(p) for p in candidate_pairs(texts, 0.85, PairParams()).tolist()}
    missed_by_anchors = [p for p in near if p not in anchors_only]
    missed = [p for p in near if p not in with_lsh]
    assert len(missed_by_anchors) > 0.3 * len(near)  # the case the second pass exists for
    assert len(missed) <= 0.03 * len(near) and len(missed) <= 0.1 * len(missed_by_anchors)
    assert anchors_only <= with_lsh  # the second pass only adds
    res = near_duplicates(texts, list(range(len(texts))), 0.85)
    edges = {tuple(e) for e in res.edges.tolist()}
    assert all(p in edges for p in near if p in with_lsh)  # every candidate pair found is verified
    removed = np.flatnonzero(res.lost_to >= 0)
    assert len(removed) and all(fuzz.ratio(texts[i], texts[res.lost_to[i]]) / 100 >= 0.85 - 1e-9 for i in removed)


def test_lsh_bands_and_rows_follow_the_threshold():
    lo, hi = lsh_params(0.7), lsh_params(0.95)
    assert lo.jaccard_floor < hi.jaccard_floor and lo.centre < hi.centre
    for lp in (lo, lsh_params(0.85), hi):
        assert lp.bands * lp.rows <= PairParams().lsh_bins
        # the S-curve's steepest point sits near the centre it was fitted to
        assert abs((1 / lp.bands) ** (1 / lp.rows) - lp.centre) < 0.12
    assert optimal_bands(0.5, 128) == optimal_bands(0.5, 128)
