"""Diversity measures cheap enough for 100k records, comparable between two datasets.

Measures that depend on corpus size (distinct-n, compression, openings) are computed on a deterministic
sample with a fixed token budget, so a 2k-record set and a 100k-record set are judged on the same amount
of text: records are ordered by a hash of their text (independent of input order) and taken until the
budget is reached. docs/analytics.md explains each measure.
"""

from __future__ import annotations

import lzma
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import xxhash

_TOKEN = re.compile(r"\w+(?:'\w+)?|[^\w\s]")

#: the spec's complexity list has 8 types; 4 capacity levels x 4 authenticity bands x 8 = 128 cells
PARAMETER_CELLS = 4 * 4 * 8


def tokenize(text: str) -> list[str]:
    """Lowercased words (with inner apostrophes) and punctuation marks."""
    return _TOKEN.findall(text.lower())


def text_hash(text: str) -> int:
    """A fast 64-bit hash of a text (ordering samples, spotting exact repeats)."""
    return xxhash.xxh64_intdigest(text.encode("utf-8", "surrogatepass"))


def budget_sample(texts: Iterable[str], budget_tokens: int, ordered: bool = False) -> list[list[str]]:
    """Tokenised texts in hash order until about `budget_tokens` tokens are collected (`ordered`: the texts
    already come in hash order, and are read only as far as needed)."""
    out, total = [], 0
    for t in texts if ordered else sorted(texts, key=text_hash):
        if total >= budget_tokens:
            break
        toks = tokenize(t)
        out.append(toks)
        total += len(toks)
    return out


def distinct_n(token_lists: Sequence[Sequence[str]], n: int) -> float | None:
    """Unique n-grams / all n-grams (n-grams never cross a record boundary); None when there are none."""
    seen: set = set()
    total = 0
    for toks in token_lists:
        grams = zip(*(toks[i:] for i in range(n)), strict=False) if n > 1 else toks
        for g in grams:
            seen.add(g)
            total += 1
    return len(seen) / total if total else None


def compression_ratio(token_lists: Sequence[Sequence[str]]) -> float | None:
    """Compressed / raw size of the sample (LZMA, 1 MiB dictionary: repeats anywhere in it are found).

    Higher is more diverse: heavily templated text compresses to a small fraction of its size.
    """
    raw = "\n".join(" ".join(t) for t in token_lists).encode("utf-8")
    if not raw:
        return None
    return len(lzma.compress(raw, preset=1)) / len(raw)


def openings_diversity(token_lists: Sequence[Sequence[str]], k: int = 3) -> float | None:
    """Distinct first-k-word openings / records: formulaic starts ("I want to help, but...") score low."""
    openings = [tuple(t[:k]) for t in token_lists if t]
    return len(set(openings)) / len(openings) if openings else None


def parameter_diversity(combos: Iterable[tuple]) -> float | None:
    """Normalised Shannon entropy of (capacity level, authenticity band, complexity type) combinations.

    Divided by log(128), the spec's full parameter space, so 1.0 means every cell equally used;
    None when no record carries any of the three parameters.
    """
    counts = Counter(c for c in combos if any(x is not None for x in c))
    n = sum(counts.values())
    if not n:
        return None
    h = -sum((c / n) * math.log(c / n) for c in counts.values())
    return min(1.0, h / math.log(PARAMETER_CELLS))


def length_spread(word_counts: Sequence[int]) -> dict[str, float] | None:
    """Mean, standard deviation, coefficient of variation and p10/p50/p90 of response lengths in words."""
    if not len(word_counts):
        return None
    a = np.asarray(word_counts, dtype=float)
    mean = float(a.mean())
    std = float(a.std())
    p10, p50, p90 = (float(x) for x in np.percentile(a, [10, 50, 90]))
    return {
        "mean": round(mean, 2),
        "std": round(std, 2),
        "cv": round(std / mean, 4) if mean else 0.0,
        "p10": p10,
        "p50": p50,
        "p90": p90,
    }


def diversity(texts: Sequence[str], combos: Sequence[tuple], budget_tokens: int) -> dict:
    """All diversity measures of one group of records, plus the composite pattern-diversity score.

    pattern_diversity = mean of the available components distinct-3, openings diversity and parameter
    diversity, each in [0, 1]: the spec's "old 0.42 vs new 0.89" style figure.
    """
    return diversity_of(
        len(texts), iter(sorted(texts, key=text_hash)), [len(t.split()) for t in texts], combos, budget_tokens
    )


def diversity_of(
    n_records: int, hash_ordered: Iterable[str], word_counts: Sequence[int], combos: Sequence[tuple], budget_tokens: int
) -> dict:
    """`diversity` from what it reads: the texts in `text_hash` order (read lazily, only until the token
    budget is reached), every text's word count and the parameter combinations."""
    sample = budget_sample(hash_ordered, budget_tokens, ordered=True)
    d = {f"distinct_{n}": distinct_n(sample, n) for n in (1, 2, 3)}
    parts = {
        "text": d["distinct_3"],
        "openings": openings_diversity(sample),
        "parameters": parameter_diversity(combos),
    }
    available = [v for v in parts.values() if v is not None]
    out = {
        "records": n_records,
        "sample_records": len(sample),
        "sample_tokens": sum(len(t) for t in sample),
        **d,
        "compression_ratio": compression_ratio(sample),
        "openings_diversity": parts["openings"],
        "parameter_diversity": parts["parameters"],
        "length_words": length_spread(word_counts),
        "pattern_diversity": sum(available) / len(available) if available else None,
    }
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in out.items()}
