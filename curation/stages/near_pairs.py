"""Candidate pairs for near-duplicate detection: a rare-shingle anchor index (numpy, no Python loops).

Why not plain MinHash LSH: on generated text, unrelated records share stock phrasing ("I'm so sorry",
"[voice breaks]"), so their character 5-gram Jaccard is 0.1-0.3 (median 0.11 on benchmarks/synthetic.py,
0.04 between passages of one novel), while a pair at rapidfuzz ratio 0.85 sits at Jaccard 0.55-0.6.
An LSH S-curve that keeps recall >= 0.99 at J=0.55 and still rejects J=0.1-0.3 needs r*b in the
thousands per record; with 128 hashes it floods the verifier (r=4, b=32: ~5e7 false candidates
expected at 100k records on that text, computed from measured Jaccard distributions).

What we do instead (prefix filtering / bottom-k with a rarity order instead of a random one):

1. Character ``shingle``-grams (default 16: long enough that text a pair shares is rare at 100k
   records; 5-grams are not, they recur in hundreds of unrelated records) of the normalised text,
   hashed with a vectorised polynomial hash; a content-defined sample (``hash % sample_mod == 0``) is
   kept, so two texts sample the same shingles wherever they share text.
2. Document frequency of every sampled shingle over the whole input.
3. Each record's anchors: its ``anchors`` rarest sampled shingles that occur in 2..``max_df`` records
   (long texts get one per ``anchor_every``). Stock phrases are frequent and never anchors.
4. Each anchor is looked up in the full posting list of its shingle; a pair hit ``min_shared`` times
   (hits from both sides count) is a candidate. The posting cap bounds the cost at
   records x anchors x max_df pairs.
5. A length filter that is exact for the Indel ratio (``2*min(len)/(len1+len2) >= threshold``).

Every surviving candidate is then verified exactly with rapidfuzz by the caller.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np

_SEP = 0  # code point used between texts; normalised text never contains NUL
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_BASE = np.uint64(0x100000001B3)


@dataclass(frozen=True)
class PairParams:
    shingle: int = 16         # characters per shingle (long enough to be rare; see module docstring)
    sample_mod: int = 4       # keep shingles whose hash % sample_mod == 0 (content-defined sample)
    min_sampled: int = 24     # texts with fewer sampled shingles keep all of theirs
    anchors: int = 24         # rarest shared shingles indexed per record
    anchor_every: int = 25    # long texts get one anchor per this many shared sampled shingles
    max_df: int = 128         # shingles in more records than this are never anchors (stock phrasing)
    min_shared: int = 2       # anchor hits (both directions counted) a candidate pair needs
    chunk_chars: int = 8_000_000  # texts are shingled in chunks of about this many characters
    slice_pairs: int = 20_000_000  # anchor/posting pairs expanded at once (bounds peak memory)

    def to_dict(self) -> dict:
        return asdict(self)


def _mix(h: np.ndarray) -> np.ndarray:
    h ^= h >> np.uint64(33)
    h *= _MIX1
    h ^= h >> np.uint64(33)
    h *= _MIX2
    h ^= h >> np.uint64(33)
    return h


def _window_hash(c: np.ndarray, k: int) -> np.ndarray:
    """Polynomial hash of every length-`k` window, by doubling (log2 k passes instead of k)."""
    h, width, out, out_w = c, 1, None, 0
    while k:
        if k & 1:  # append a block of `width` characters to the result
            if out is None:
                out, out_w = h, width
            else:
                m = len(h) - out_w
                out = out[:m] * (_BASE ** np.uint64(width)) + h[out_w:out_w + m]
                out_w += width
        k >>= 1
        if k:
            h = h[:-width] * (_BASE ** np.uint64(width)) + h[width:]
            width *= 2
    return out


def _shingle_chunk(texts: Sequence[str], first_doc: int, p: PairParams) -> tuple[np.ndarray, np.ndarray]:
    """Sampled shingle hashes and their record index for a run of texts."""
    k = p.shingle
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    codes = np.frombuffer("\x00".join(texts).encode("utf-32-le") + b"\x00\x00\x00\x00", dtype=np.uint32)
    doc = np.repeat(np.arange(first_doc, first_doc + len(texts), dtype=np.int64), lens + 1)
    n = len(codes) - k + 1
    with np.errstate(over="ignore"):
        if n > 0:
            h = _window_hash(codes.astype(np.uint64), k)[:n]
            valid = (doc[:n] == doc[k - 1:n + k - 1]) & (codes[k - 1:n + k - 1] != _SEP)
            h, d = _mix(h[valid]), doc[:n][valid]
        else:
            h, d = np.zeros(0, np.uint64), np.zeros(0, np.int64)
        # texts shorter than one shingle: the whole text is its only shingle
        short = np.nonzero((lens > 0) & (lens < k))[0]
        if len(short):
            extra = np.array([hash_text(texts[i]) for i in short], dtype=np.uint64)
            h = np.concatenate([h, extra])
            d = np.concatenate([d, short + first_doc])
        sampled = (h % np.uint64(p.sample_mod)) == 0
        n_sampled = np.bincount(d[sampled] - first_doc, minlength=len(texts))
        keep = sampled | (n_sampled[d - first_doc] < p.min_sampled)
    return h[keep], d[keep]


def hash_text(text: str) -> int:
    """A 64-bit hash of a short text (stable across runs, unlike Python's `hash`)."""
    import xxhash
    return xxhash.xxh3_64_intdigest(text.encode("utf-8"))


def sampled_shingles(texts: Sequence[str], p: PairParams) -> tuple[np.ndarray, np.ndarray]:
    hs, ds = [], []
    start, size = 0, 0
    for i, t in enumerate(texts):
        size += len(t) + 1
        if size >= p.chunk_chars or i == len(texts) - 1:
            h, d = _shingle_chunk(texts[start:i + 1], start, p)
            hs.append(h)
            ds.append(d)
            start, size = i + 1, 0
    if not hs:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    return np.concatenate(hs), np.concatenate(ds)


def _anchor_pairs(h: np.ndarray, d: np.ndarray, lengths: np.ndarray, p: PairParams) -> np.ndarray:
    """Pairs (lo, hi) of records where one holds the other's anchor, at least `min_shared` times.

    A record's anchors are its rarest sampled shingles that occur in 2..max_df records. Each anchor is
    looked up in the full posting list of that shingle, so a near-duplicate is found even when its own
    rarest shingles are edit debris it shares by chance with unrelated records.
    """
    n_docs = int(lengths.shape[0])
    order = np.argsort(h, kind="stable")  # stable: records stay in index order within a hash
    h, d = h[order], d[order]
    first = np.ones(len(h), dtype=bool)
    first[1:] = (h[1:] != h[:-1]) | (d[1:] != d[:-1])  # drop repeats of a shingle inside one record
    h, d = h[first], d[first]
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
    df = np.diff(np.r_[starts, len(h)])
    dfe = np.repeat(df, df)
    usable = (dfe >= 2) & (dfe <= p.max_df)
    h, d, dfe = h[usable], d[usable], dfe[usable]
    # posting list start of every entry (entries are sorted by hash)
    gstarts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]]) if len(h) else np.zeros(0, np.int64)
    pstart = np.repeat(gstarts, dfe[gstarts]) if len(h) else gstarts
    # anchors: per record, rarest first (ties by hash)
    key = np.lexsort((h, dfe, d))
    ds = d[key]
    rec_start = np.flatnonzero(np.r_[True, ds[1:] != ds[:-1]]) if len(ds) else np.zeros(0, np.int64)
    rank = np.arange(len(ds)) - np.repeat(rec_start, np.diff(np.r_[rec_start, len(ds)]))
    per_doc = np.bincount(d, minlength=n_docs)
    anchor = key[rank < np.maximum(p.anchors, per_doc[ds] // p.anchor_every)]
    # every anchor meets every other record in its posting list; in slices to bound memory
    sizes_all = dfe[anchor]
    ends = np.cumsum(sizes_all)
    key_parts, count_parts = [], []
    a0 = 0
    while a0 < len(anchor):
        a1 = int(np.searchsorted(ends, (ends[a0 - 1] if a0 else 0) + p.slice_pairs, side="right"))
        a1 = max(a1, a0 + 1)
        sl = anchor[a0:a1]
        sizes = sizes_all[a0:a1]
        owner = np.repeat(d[sl], sizes)
        within = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        other = d[np.repeat(pstart[sl], sizes) + within]
        keep = owner != other
        lo, hi = np.minimum(owner[keep], other[keep]), np.maximum(owner[keep], other[keep])
        k, c = np.unique(lo * (n_docs + 1) + hi, return_counts=True)
        key_parts.append(k)
        count_parts.append(c)
        a0 = a1
    if not key_parts:
        return np.zeros((0, 2), dtype=np.int64)
    keys = np.concatenate(key_parts)
    counts = np.concatenate(count_parts)
    if len(key_parts) > 1:  # merge the slices' counts
        keys, inv = np.unique(keys, return_inverse=True)
        counts = np.bincount(inv, weights=counts).astype(np.int64)
    keys = keys[counts >= p.min_shared]
    return np.stack(np.divmod(keys, n_docs + 1), axis=1)


def length_compatible(pairs: np.ndarray, lengths: np.ndarray, threshold: float) -> np.ndarray:
    """Indel ratio is at most 2*min(len)/(len1+len2): pairs that cannot reach `threshold` go."""
    a, b = lengths[pairs[:, 0]], lengths[pairs[:, 1]]
    return pairs[2 * np.minimum(a, b) >= threshold * (a + b) - 1e-9]


def candidate_pairs(texts: Sequence[str], threshold: float, p: PairParams = PairParams()) -> np.ndarray:
    """Candidate (i, j) index pairs (i < j, sorted, unique) among normalised `texts`."""
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    h, d = sampled_shingles(texts, p)
    pairs = _anchor_pairs(h, d, lengths, p)
    return length_compatible(pairs, lengths, threshold)
