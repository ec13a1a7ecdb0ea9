"""Candidate pairs for near-duplicate detection: a rare-shingle anchor index (numpy, no Python loops).

Why not plain MinHash LSH: on generated text, unrelated records share stock phrasing ("I'm so sorry",
"[voice breaks]"), so their character 5-gram Jaccard is 0.1-0.3 (median 0.11 on tests/synthetic.py,
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
   (long texts get one per ``anchor_every``). Stock phrases are frequent and never anchors. Shingles in
   up to ``rare_df`` records count as equally rare (ties in hash order): with strict rarity, a record
   with several variants spent all its anchors on shingles shared with one variant each and missed a
   0.98-similar sibling (pair recall 0.95 on 1.5-4k-char texts; 1.0 with rare_df 4, +29% candidates).
4. Each anchor is looked up in the full posting list of its shingle; a pair where one record holds
   ``min_shared`` of the other's anchors is a candidate (per direction: one rare shingle both records
   picked as an anchor is one piece of evidence; counting it twice, as a first version did, let ~80% of
   candidates be unrelated pairs sharing a single 16-gram by chance). The posting cap bounds the cost at
   records x anchors x max_df hits, expanded in slices so memory stays flat.
5. A length filter that is exact for the Indel ratio (``2*min(len)/(len1+len2) >= threshold``).

Every surviving candidate is then verified exactly with rapidfuzz by the caller.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

import numpy as np

_SEP = 0  # code point used between texts; normalised text never contains NUL
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_BASE = np.uint64(0x100000001B3)


@dataclass(frozen=True)
class PairParams:
    shingle: int = 16  # characters per shingle (long enough to be rare; see module docstring)
    sample_mod: int = 4  # keep shingles whose hash % sample_mod == 0 (content-defined sample)
    min_sampled: int = 24  # texts with fewer sampled shingles keep all of theirs
    anchors: int = 24  # rarest shared shingles indexed per record
    anchor_every: int = 25  # long texts get one anchor per this many shared sampled shingles
    max_df: int = 128  # shingles in more records than this are never anchors (stock phrasing)
    rare_df: int = 4  # shingles in up to this many records are equally rare (ties: hash order)
    min_shared: int = 2  # of one record's anchors the other must hold (counted per direction)
    chunk_chars: int = 2_000_000  # texts are shingled in chunks of about this many characters
    slice_pairs: int = 2_000_000  # anchor/posting hits expanded at once (bounds peak memory; 4M: +70 MB at 100k)
    lsh_below: int = 8  # records with fewer usable shingles than this are also looked up by MinHash-LSH (0: off)
    lsh_gram: int = 4  # characters per MinHash shingle
    lsh_bins: int = 128  # one-permutation MinHash bins per record (a power of two)

    def to_dict(self) -> dict:
        return asdict(self)


DEFAULT_PARAMS = PairParams()  # (frozen: safe as a shared default argument)


def _mix(h: np.ndarray) -> np.ndarray:
    h ^= h >> np.uint64(33)
    h *= _MIX1
    h ^= h >> np.uint64(33)
    h *= _MIX2
    h ^= h >> np.uint64(33)
    return h


def _window_hash(c: np.ndarray, k: int) -> np.ndarray:
    """Polynomial hash of every length-`k` window, by doubling (log2 k passes instead of k)."""
    h, width, out_w = c, 1, 0
    out: np.ndarray | None = None
    while k:
        if k & 1:  # append a block of `width` characters to the result
            if out is None:
                out, out_w = h, width
            else:
                m = len(h) - out_w
                out = out[:m] * (_BASE ** np.uint64(width)) + h[out_w : out_w + m]
                out_w += width
        k >>= 1
        if k:
            h = h[:-width] * (_BASE ** np.uint64(width)) + h[width:]
            width *= 2
    assert out is not None  # k >= 1: the loop set it
    return out


def _doc_bits(n_docs: int) -> int:
    return max(1, int(n_docs).bit_length())


def _window_keys(codes: np.ndarray, doc: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(mixed hash, local record index) of every length-`k` window inside one text."""
    n = len(codes) - k + 1
    if n <= 0:
        return np.zeros(0, np.uint64), np.zeros(0, np.int32)
    h = _window_hash(codes.astype(np.uint64), k)[:n]
    valid = (doc[:n] == doc[k - 1 : n + k - 1]) & (codes[k - 1 : n + k - 1] != _SEP)
    return _mix(h[valid]), doc[:n][valid]


def _shingle_chunk(texts: Sequence[str], first_doc: int, bits: int, p: PairParams) -> np.ndarray:
    """Packed keys ``(shingle hash with its low `bits` bits replaced by the record index)`` of the
    sampled shingles of a run of texts. One uint64 per shingle: sorting the keys groups a shingle's
    postings, in record order, without an index array."""
    k = p.shingle
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    codes = np.frombuffer("\x00".join(texts).encode("utf-32-le") + b"\x00\x00\x00\x00", dtype=np.uint32)
    doc = np.repeat(np.arange(len(texts), dtype=np.int32), lens + 1)  # local index
    with np.errstate(over="ignore"):
        h, d = _window_keys(codes, doc, k)
        del codes, doc
        # texts shorter than one shingle: the whole text is its only shingle
        short = np.nonzero((lens > 0) & (lens < k))[0]
        if len(short):
            extra = np.array([hash_text(texts[int(i)]) for i in short], dtype=np.uint64)
            h = np.concatenate([h, extra])
            d = np.concatenate([d, short.astype(np.int32)])
        sampled = (h >> np.uint64(40)) % np.uint64(p.sample_mod) == 0
        n_sampled = np.bincount(d[sampled], minlength=len(texts))
        keep = sampled | (n_sampled[d] < p.min_sampled)
        mask = np.uint64((1 << bits) - 1)
        return (h[keep] & ~mask) | (d[keep].astype(np.uint64) + np.uint64(first_doc))


def hash_text(text: str) -> int:
    """A 64-bit hash of a short text (stable across runs, unlike Python's `hash`)."""
    import xxhash

    return xxhash.xxh3_64_intdigest(text.encode("utf-8"))


def _workers(workers: int) -> int:
    """Threads to use: numpy's sorts, gathers and hashes release the GIL, so chunks run in parallel."""
    return max(1, (os.cpu_count() or 1) if workers < 1 else workers)


def _spans(texts: Sequence[str], chunk_chars: int) -> list[tuple[int, int]]:
    """Runs of consecutive texts of about `chunk_chars` characters."""
    spans, start, size = [], 0, 0
    for i, t in enumerate(texts):
        size += len(t) + 1
        if size >= chunk_chars or i == len(texts) - 1:
            spans.append((start, i + 1))
            start, size = i + 1, 0
    return spans


_BUCKET_BITS = 4  # shingle keys are grouped in 2**this buckets by their top hash bits


def shingle_postings(texts: Sequence[str], p: PairParams, workers: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The usable shingles' postings: record indices (int32) grouped by shingle (groups in hash order, records
    ascending inside each), and each group's size (int32, 2..max_df). Usable: sampled (`_shingle_chunk`) and
    in 2..max_df records.

    Memory: each chunk of texts' packed keys is split by the top bits of the shingle hash into buckets as it is
    made; a bucket holds every posting of its shingles, so document frequencies are counted one bucket at a
    time and only usable postings are kept (most shingles are in one record only). At 1M records the keys are
    ~800 MB; sorting and counting them whole took three copies."""
    bits = _doc_bits(len(texts))
    spans = _spans(texts, p.chunk_chars)
    n_buckets = 1 << _BUCKET_BITS
    edges = np.arange(1, n_buckets, dtype=np.uint64) << np.uint64(64 - _BUCKET_BITS)

    def chunk(se: tuple[int, int]) -> list[np.ndarray]:
        keys = _shingle_chunk(texts[se[0] : se[1]], se[0], bits, p)
        keys.sort()
        return [part.copy() for part in np.split(keys, np.searchsorted(keys, edges))]  # (copies: keys is freed)

    buckets: list[list[np.ndarray]] = [[] for _ in range(n_buckets)]
    with ThreadPoolExecutor(_workers(workers)) as ex:
        for parts in ex.map(chunk, spans):
            for b, part in enumerate(parts):
                buckets[b].append(part)
        found = list(ex.map(lambda b: _usable_postings(buckets[b], bits, p.max_df), range(n_buckets)))
    d = np.concatenate([f[0] for f in found]) if found else np.zeros(0, np.int32)
    df = np.concatenate([f[1] for f in found]) if found else np.zeros(0, np.int32)
    return d, df


def _usable_postings(parts: list[np.ndarray], bits: int, max_df: int) -> tuple[np.ndarray, np.ndarray]:
    """(postings, group sizes) of the shingles in one bucket's keys that occur in 2..max_df records (the parts
    are released as they are read)."""
    if not parts:
        return np.zeros(0, np.int32), np.zeros(0, np.int32)
    keys = np.concatenate(parts)
    parts.clear()
    keys.sort()
    keys = keys[np.r_[True, keys[1:] != keys[:-1]]] if len(keys) else keys  # a shingle once per record
    starts = _runs(keys >> np.uint64(bits))
    df = np.diff(np.r_[starts, len(keys)])
    del starts
    usable = (df >= 2) & (df <= max_df)
    d = (keys[np.repeat(usable, df)] & np.uint64((1 << bits) - 1)).astype(np.int32)
    return d, df[usable].astype(np.int32)


def _runs(sorted_values: np.ndarray) -> np.ndarray:
    """Start offsets of the runs of equal values in a sorted array."""
    if not len(sorted_values):
        return np.zeros(0, np.int64)
    new = np.empty(len(sorted_values), dtype=bool)
    new[0] = True
    np.not_equal(sorted_values[1:], sorted_values[:-1], out=new[1:])
    return np.flatnonzero(new)


def _anchor_pairs(
    d: np.ndarray,
    df: np.ndarray,
    n_docs: int,
    p: PairParams,
    workers: int = 1,
    lengths: np.ndarray | None = None,
    threshold: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Pair keys ``lo * n_docs + hi`` (sorted, unique) where one record holds at least `min_shared` of the
    other's anchors, and each record's number of usable shingles (sampled, in 2..max_df records: what its
    anchors are chosen from), from the usable shingles' postings `d` and group sizes `df` (`shingle_postings`).

    A record's anchors are its rarest sampled shingles that occur in 2..max_df records. Each anchor is
    looked up in the full posting list of that shingle, so a near-duplicate is found even when its own
    rarest shingles are edit debris it shares by chance with unrelated records. Hits are counted per
    direction (how many of A's anchors B holds): a single rare shingle that both records picked as an
    anchor is one piece of evidence, not two. Records with fewer anchors than `min_shared` need all of
    theirs.

    Memory: indices are int32; anchor postings are expanded in slices of about `slice_pairs` hits that never
    split one record's anchors, so each slice's hit counts are final and only the surviving pairs are kept.
    With `lengths`, hits between records whose lengths cannot reach `threshold` (`length_compatible`) are
    dropped in each slice, before they are counted and kept.
    """
    bits = _doc_bits(n_docs)
    n_groups = len(df)
    if not n_groups:
        return np.zeros(0, dtype=np.int64), np.zeros(n_docs, dtype=np.int64)
    gstart = np.zeros(n_groups, dtype=np.int64)
    np.cumsum(df[:-1], out=gstart[1:])
    gid = np.repeat(np.arange(n_groups, dtype=np.int32), df)
    # anchors: per record, rarest first (ties by shingle order); one packed sort key when it fits
    dfbits, gbits = int(p.max_df).bit_length(), int(n_groups).bit_length()
    if bits + dfbits + gbits <= 64:
        order = d.astype(np.uint64)  # (built in place: one posting-sized temporary at a time)
        order <<= np.uint64(dfbits + gbits)
        rarity = np.maximum(df[gid], p.rare_df).astype(np.uint64)
        rarity <<= np.uint64(gbits)
        order |= rarity
        del rarity
        order |= gid.astype(np.uint64)
        del gid
        order.sort()
        ad = (order >> np.uint64(dfbits + gbits)).astype(np.int32)
        order &= np.uint64((1 << gbits) - 1)
        ag = order.astype(np.int32)
        del order
    else:  # pragma: no cover - beyond 2^64 combinations
        o = np.lexsort((gid, np.maximum(df[gid], p.rare_df), d))
        ad, ag = d[o], gid[o]
        del gid
    per_doc = np.bincount(ad, minlength=n_docs)
    doc_start = np.zeros(n_docs, dtype=np.int64)
    np.cumsum(per_doc[:-1], out=doc_start[1:])
    rank = np.arange(len(ad), dtype=np.int64)
    rank -= doc_start[ad]
    is_anchor = rank < np.maximum(p.anchors, per_doc // p.anchor_every)[ad]
    del rank
    a_doc, a_gid = ad[is_anchor], ag[is_anchor]
    del ad, ag, is_anchor
    need = np.minimum(p.min_shared, np.bincount(a_doc, minlength=n_docs)).astype(np.int32)
    # expand every anchor's posting list, in slices cut at record boundaries
    sizes = df[a_gid].astype(np.int64)
    cum = np.cumsum(sizes)
    cuts = [0]
    while cuts[-1] < len(a_doc):
        a0 = cuts[-1]
        a1 = int(np.searchsorted(cum, (cum[a0 - 1] if a0 else 0) + p.slice_pairs, side="right"))
        a1 = max(a1, a0 + 1)
        if a1 < len(a_doc):  # move the cut to the start of that record's anchors
            cut = int(np.searchsorted(a_doc, a_doc[a1], side="left"))
            a1 = cut if cut > a0 else int(np.searchsorted(a_doc, a_doc[a1], side="right"))
        cuts.append(min(a1, len(a_doc)))

    def expand(a0: int, a1: int) -> np.ndarray:
        sz = sizes[a0:a1]
        total = int(sz.sum())
        owner = np.repeat(a_doc[a0:a1], sz)
        pos = np.repeat(gstart[a_gid[a0:a1]] - (np.cumsum(sz) - sz), sz)
        pos += np.arange(total, dtype=np.int64)
        other = d[pos]
        del pos
        m = owner != other
        if lengths is not None:  # the Indel length bound, as `length_compatible` applies it
            la, lb = lengths[owner], lengths[other]
            m &= 2 * np.minimum(la, lb) >= threshold * (la + lb) - 1e-9
            del la, lb
        hit = owner[m].astype(np.int64) * n_docs + other[m]
        del owner, other, m
        hit.sort()
        run = _runs(hit)
        count = np.diff(np.r_[run, len(hit)])
        hit = hit[run]
        own, oth = np.divmod(hit, n_docs)
        ok = count >= need[own]
        own, oth = own[ok], oth[ok]
        return np.minimum(own, oth) * n_docs + np.maximum(own, oth)

    with ThreadPoolExecutor(_workers(workers)) as ex:
        found = list(ex.map(expand, cuts[:-1], cuts[1:]))
    return _union(found), per_doc


def _union(parts: list[np.ndarray]) -> np.ndarray:
    """Sorted unique values of several int64 arrays (the parts are released as they are copied)."""
    if not parts:
        return np.zeros(0, np.int64)
    keys = np.concatenate(parts)
    parts.clear()
    keys.sort()  # (np.unique hashes in numpy 2.x, several times slower than sort + runs here)
    return keys[_runs(keys)]


def length_compatible(pairs: np.ndarray, lengths: np.ndarray, threshold: float) -> np.ndarray:
    """Indel ratio is at most 2*min(len)/(len1+len2): pairs that cannot reach `threshold` go."""
    a, b = lengths[pairs[:, 0]], lengths[pairs[:, 1]]
    return pairs[2 * np.minimum(a, b) >= threshold * (a + b) - 1e-9]


def candidate_keys(
    texts: Sequence[str], threshold: float, p: PairParams = DEFAULT_PARAMS, workers: int = -1
) -> np.ndarray:
    """Candidate pairs as sorted unique int64 keys ``i * len(texts) + j`` (i < j): the anchor pairs, plus
    MinHash-LSH pairs of the records with fewer than `lsh_below` usable shingles. Both passes apply the Indel
    length bound (`length_compatible`) as they go, so every key can reach `threshold` by length.

    8 bytes per candidate; `pair_block` decodes a slice of them for verification, so the caller never holds
    the candidates twice. `workers` threads (-1: one per core) shingle chunks of texts and expand anchor
    and LSH slices in parallel; the result does not depend on it."""
    n = len(texts)
    if n < 2:
        return np.zeros(0, dtype=np.int64)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    keys, usable = _anchor_pairs(*shingle_postings(texts, p, workers), n, p, workers, lengths, threshold)
    if p.lsh_below > 0:
        poor = usable < p.lsh_below
        if poor.any():
            parts = [keys, minhash_pairs(texts, lengths, poor, threshold, p, workers)]
            del keys
            keys = _union(parts)
    return keys


def pair_block(keys: np.ndarray, n: int) -> np.ndarray:
    """(len(keys), 2) int32 pairs of `candidate_keys` keys over `n` texts."""
    lo, hi = np.divmod(keys, n)
    return np.stack([lo.astype(np.int32), hi.astype(np.int32)], axis=1)


def candidate_pairs(
    texts: Sequence[str], threshold: float, p: PairParams = DEFAULT_PARAMS, workers: int = -1
) -> np.ndarray:
    """Candidate (i, j) index pairs (i < j, int32, sorted, unique) among normalised `texts` (`candidate_keys`)."""
    if len(texts) < 2:
        return np.zeros((0, 2), dtype=np.int32)
    return pair_block(candidate_keys(texts, threshold, p, workers), len(texts))


# ---- second pass: MinHash-LSH for records the anchor index cannot serve ------------------------------------
# Short texts made of stock lines ("it's fine. no, it isn't. give me a minute.") have no shingle rare enough to
# anchor on: every 16-gram they share with a near-duplicate also sits in hundreds of unrelated records. Measured
# on tests/batch_records.py at 100k records: all 33 planted pairs the anchors missed had a side with < 8
# usable shingles (records below 4: 4 missed pairs left, below 6: 1, below 8: none); about 9% of records.
# Those records are looked up in a MinHash-LSH index of every length-compatible text: character `lsh_gram`-grams,
# one-permutation hashing into `lsh_bins` bins (densified), `bands` x `rows` derived from the threshold t:
#   a pair whose edits are spread one per gram keeps s = t^q of its grams: Jaccard floor s / (2 - s);
#   one whose edits sit in one block keeps t: Jaccard ceiling t / (2 - t). The S-curve is centred a quarter of
#   the way from floor to ceiling (0.45 at t = 0.85, q = 4: 25 bands x 5 rows), bands and rows minimising the
#   false-positive plus false-negative area as text-dedup's `optimal_param` does; a candidate whose bins agree
#   below the floor is dropped unverified. Chosen on the benchmark's texts (q 3-5, centre at the floor, a quarter,
#   half way): 4-grams at a quarter found every planted pair at 100k with the fewest candidates but one; on
#   tests/test_near_dedupe_short.py (character edits, written afterwards) it finds ~98% of the pairs >= t.


@dataclass(frozen=True)
class LshParams:
    bands: int
    rows: int
    jaccard_floor: float  # candidates whose estimated Jaccard is below this are dropped before verification
    centre: float  # where the S-curve is centred

    def to_dict(self) -> dict:
        return asdict(self)


def _area(y: np.ndarray, x: np.ndarray) -> float:
    return float(np.sum((y[1:] + y[:-1]) * np.diff(x)) / 2)


@functools.lru_cache(maxsize=64)
def optimal_bands(centre: float, bins: int) -> tuple[int, int]:
    """(bands, rows), bands*rows <= bins, minimising the false-positive area below `centre` plus the
    false-negative area above it of the LSH S-curve 1 - (1 - J^rows)^bands (text-dedup's `optimal_param`)."""
    lo, hi = np.linspace(0.0, centre, 256), np.linspace(centre, 1.0, 256)
    best = (np.inf, 1, 1)
    for b in range(1, bins + 1):
        for r in range(1, bins // b + 1):
            err = _area(1 - (1 - lo**r) ** b, lo) + _area((1 - hi**r) ** b, hi)
            if err < best[0]:
                best = (err, b, r)
    return best[1], best[2]


def lsh_params(threshold: float, p: PairParams = DEFAULT_PARAMS) -> LshParams:
    """The MinHash-LSH pass's parameters for a ratio `threshold` (see the comment above)."""
    s = threshold**p.lsh_gram
    floor, ceiling = s / (2 - s), threshold / (2 - threshold)
    centre = round(floor + (ceiling - floor) / 4, 4)
    bands, rows = optimal_bands(centre, p.lsh_bins)
    return LshParams(bands, rows, round(floor, 4), centre)


def _signature_chunk(texts: Sequence[str], q: int, bins: int) -> np.ndarray:
    """One-permutation MinHash of each text's character `q`-grams: per bin (top bits of the gram hash), the
    smallest low 32 bits; empty bins 0xFFFFFFFF (densified by the caller)."""
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    codes = np.frombuffer("\x00".join(texts).encode("utf-32-le") + b"\x00\x00\x00\x00", dtype=np.uint32)
    doc = np.repeat(np.arange(len(texts), dtype=np.int32), lens + 1)
    with np.errstate(over="ignore"):
        h, d = _window_keys(codes, doc, q)
    del codes, doc
    kb = bins.bit_length() - 1
    key = (d.astype(np.uint64) << np.uint64(32 + kb)) | ((h >> np.uint64(64 - kb)) << np.uint64(32))
    key |= h & np.uint64(0xFFFFFFFF)
    del h, d
    key.sort()
    cell = key >> np.uint64(32)
    key = key[np.r_[True, cell[1:] != cell[:-1]]] if len(key) else key
    sig = np.full((len(texts), bins), 0xFFFFFFFF, dtype=np.uint32)
    sig[
        (key >> np.uint64(32 + kb)).astype(np.int64), ((key >> np.uint64(32)) & np.uint64(bins - 1)).astype(np.int64)
    ] = (key & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    del key, cell
    _densify(sig)  # per chunk: the temporaries are a few times this chunk's signatures, not the whole set's
    return sig


def _densify(sig: np.ndarray) -> None:
    """Rotation densification: an empty bin takes the next filled bin to its right (circularly), salted by
    the distance, so two texts agree on an empty bin about as often as on a filled one."""
    empty = sig == 0xFFFFFFFF
    if not empty.any():
        return
    bins = sig.shape[1]
    at = np.arange(bins, dtype=np.int32)
    col = np.where(empty, np.int32(2 * bins), at)
    nxt = np.minimum.accumulate(
        np.concatenate([col, np.where(col < 2 * bins, col + bins, 2 * bins)], axis=1)[:, ::-1], axis=1
    )
    nxt = nxt[:, ::-1][:, :bins]
    src = np.where(nxt >= 2 * bins, 0, nxt % bins)
    dist = np.where(nxt >= 2 * bins, 0, nxt - at).astype(np.uint32)
    with np.errstate(over="ignore"):
        filled = np.take_along_axis(sig, src, axis=1) + dist * np.uint32(0x9E3779B1)
    np.copyto(sig, filled, where=empty)


def signatures(texts: Sequence[str], q: int, bins: int, chunk_chars: int = 2_000_000, workers: int = 1) -> np.ndarray:
    """(len(texts), bins) uint32 one-permutation MinHash signatures (rows of texts shorter than `q` are
    meaningless: the caller leaves them out)."""
    spans = _spans(texts, chunk_chars)
    with ThreadPoolExecutor(_workers(workers)) as ex:
        parts = list(ex.map(lambda se: _signature_chunk(texts[se[0] : se[1]], q, bins), spans))
    return np.concatenate(parts) if parts else np.zeros((0, bins), dtype=np.uint32)


@dataclass
class _Bands:
    """Per LSH band, the members sorted by bucket (`order`), and for every query record the start and size of
    its bucket in that order (0 size: alone in its bucket). Only the query side is indexed: a pair needs a
    query record, so memory is members + queries per band."""

    order: list[np.ndarray]  # per band: member positions sorted by bucket (int32)
    start: np.ndarray  # (bands, queries) int64: where each query's bucket starts in `order[band]`
    size: np.ndarray  # (bands, queries) int32: its bucket's size (0 when the query is alone)


def _bands(sig: np.ndarray, queries: np.ndarray, bands: int, rows: int) -> _Bands:
    start = np.zeros((bands, len(queries)), dtype=np.int64)
    size = np.zeros((bands, len(queries)), dtype=np.int32)
    orders = []
    for band in range(bands):
        with np.errstate(over="ignore"):
            h = np.full(len(sig), np.uint64(band + 1))
            for c in range(band * rows, (band + 1) * rows):
                h = _mix(h * _BASE + sig[:, c].astype(np.uint64))
        order = np.argsort(h, kind="stable")
        hs = h[order]
        del h
        starts = _runs(hs)
        sizes = np.diff(np.r_[starts, len(order)])
        where = np.empty(len(order), dtype=np.int64)  # member -> its bucket's index
        where[order] = np.repeat(np.arange(len(starts)), sizes)
        b = where[queries]
        start[band] = starts[b]
        size[band] = np.where(sizes[b] >= 2, sizes[b], 0)
        orders.append(order.astype(np.int32))
        del hs, starts, sizes, where, b
    return _Bands(orders, start, size)


def _query_slice_pairs(
    bands: _Bands, queries: np.ndarray, is_query: np.ndarray, q0: int, q1: int, m: int
) -> np.ndarray:
    """Unique member pairs ``q * m + other`` found by the queries `queries[q0:q1]` in any band. A pair of two
    query records is taken from the smaller one's side only, so slices never produce the same pair."""
    keys = []
    for band, order in enumerate(bands.order):
        sz = bands.size[band, q0:q1].astype(np.int64)
        total = int(sz.sum())
        if not total:
            continue
        owner = np.repeat(queries[q0:q1], sz)
        pos = np.repeat(bands.start[band, q0:q1] - (np.cumsum(sz) - sz), sz) + np.arange(total, dtype=np.int64)
        other = order[pos]
        del pos
        ok = (owner != other) & (~is_query[other] | (owner < other))
        keys.append(owner[ok].astype(np.int64) * m + other[ok])
        del owner, other, ok
    if not keys:
        return np.zeros(0, np.int64)
    k = np.concatenate(keys)
    del keys
    k.sort()
    return k[_runs(k)]


def minhash_pairs(
    texts: Sequence[str], lengths: np.ndarray, query: np.ndarray, threshold: float, p: PairParams, workers: int = 1
) -> np.ndarray:
    """Pair keys ``i * len(texts) + j`` (i < j, sorted, unique) with i or j a `query` record, found by
    MinHash-LSH over the texts whose length is compatible with some query record, with estimated Jaccard at
    or above the floor (see `lsh_params`).

    Streams: the queries are taken in slices of about `slice_pairs` bucket hits; each slice's pairs are
    made unique, length- and Jaccard-filtered before the next, so only surviving pairs are held (short
    templated texts fill LSH buckets with thousands of records: at 300k benchmark records the bands hold
    ~150M hits, ~80% of them repeats or below the floor)."""
    lp = lsh_params(threshold, p)
    q_len = lengths[query & (lengths >= p.lsh_gram)]
    if not len(q_len):
        return np.zeros(0, dtype=np.int64)
    lo, hi = q_len.min() * threshold / (2 - threshold) - 1, q_len.max() * (2 - threshold) / threshold + 1
    members = np.flatnonzero((lengths >= lo) & (lengths <= hi) & (lengths >= p.lsh_gram))
    sig = signatures([texts[i] for i in members.tolist()], p.lsh_gram, p.lsh_bins, p.chunk_chars, workers)
    is_query = query[members]
    queries = np.flatnonzero(is_query)
    m = len(members)
    bands = _bands(sig, queries, lp.bands, lp.rows)
    cum = np.cumsum(bands.size.sum(axis=0, dtype=np.int64))
    cuts = [0]
    while cuts[-1] < len(queries):
        base = cum[cuts[-1] - 1] if cuts[-1] else 0
        cuts.append(max(cuts[-1] + 1, int(np.searchsorted(cum, base + p.slice_pairs, side="right"))))
    cuts[-1] = min(cuts[-1], len(queries))
    mlen = lengths[members]

    def survivors(q0: int, q1: int) -> np.ndarray:
        a, b = np.divmod(_query_slice_pairs(bands, queries, is_query, q0, q1, m), m)
        la, lb = mlen[a], mlen[b]
        fits = 2 * np.minimum(la, lb) >= threshold * (la + lb) - 1e-9  # (the Indel length bound, as for anchors)
        a, b = a[fits], b[fits]
        del la, lb, fits
        ok = np.empty(len(a), dtype=bool)
        for k in range(0, len(a), 65_536):  # estimated Jaccard: the share of bins that agree
            ok[k : k + 65_536] = (sig[a[k : k + 65_536]] == sig[b[k : k + 65_536]]).mean(axis=1) >= lp.jaccard_floor
        a, b = members[a[ok]], members[b[ok]]
        return np.minimum(a, b) * len(lengths) + np.maximum(a, b)

    with ThreadPoolExecutor(_workers(workers)) as ex:
        found = list(ex.map(survivors, cuts[:-1], cuts[1:]))
    return _union(found)
