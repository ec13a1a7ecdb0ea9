"""Leakage-safe train/validation/test splits, seeded and stratified.

Records are first joined into split groups: records sharing `record.group` (one scene's chunks, the
variations of one base scenario), a near-duplicate cluster (`metadata["dedupe_cluster"]`) or an origin
(expanded rows, upsampled copies) end up in one group, and a group is assigned to one split as a whole,
so leakage across splits is impossible by construction. Groups are stratified by their majority
(kind, data_type, universe) and dealt, in a seeded order that does not depend on input order, to the
split furthest below its target share; then, per kind with at least 3 groups, an empty validation or
test split receives one whole group. Afterwards a contamination check looks for near-duplicate
pairs across splits (same candidate generator and verifier as near dedupe) and for prompts of one
split quoting an answer of another (`leakage.prompt_answer_overlaps`), reports them, and sets
`leakage_safe`, the only basis on which the card may call the split leakage-safe.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from ..records import Record, normalize_text
from .base import Context, Stage
from .dedupe import CLUSTER_KEY, NEAR_INDEX, NearIndex, pair_params, similarity, text_digest, verify_pairs
from .leakage import OverlapIndex
from .near_pairs import DEFAULT_PARAMS, PairParams, candidate_pairs
from .settings import DedupeConfig, SplitConfig
from .spill import Columns, Scratch

SPLITS = ("train", "validation", "test")


def _stratum_value(r: Record, key: str) -> str:
    if key == "kind":
        return r.kind
    if key == "data_type":
        return str(r.data_type)
    return str(r.metadata.get(key))


def _link_keys(r: Record) -> list[tuple[str, str]]:
    """What ties a record to others in one split: its origin sample, its group, its dedupe cluster and the
    record it was upsampled from (records sharing any key are one group)."""
    keys = [("origin", r.origin or r.id), ("id", r.id)]
    if r.group:
        keys.append(("group", r.group))
    if r.metadata.get(CLUSTER_KEY):
        keys.append(("id", r.metadata[CLUSTER_KEY]))
    if r.metadata.get("upsampled_from"):
        keys.append(("id", r.metadata["upsampled_from"]))
    return keys


def _components(edges_rec: np.ndarray, edges_key: np.ndarray, n: int) -> np.ndarray:
    """Connected components of records linked through shared keys: each record's label is the smallest
    record index of its component (min-label propagation with pointer jumping, on arrays)."""
    label = np.arange(n, dtype=np.int64)
    if not len(edges_rec):
        return label
    n_keys = int(edges_key.max()) + 1
    while True:
        key_label = np.full(n_keys, n, dtype=np.int64)
        np.minimum.at(key_label, edges_key, label[edges_rec])
        new = label.copy()
        np.minimum.at(new, edges_rec, key_label[edges_key])
        while True:  # pointer jumping: a label's own label is smaller or equal
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, label):
            return label
        label = new


def _pairs_through_index(pos: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Record pairs (i < j) whose texts are identical or joined by a verified edge of the near index; `pos` is
    each record's text position in the index."""
    order = np.argsort(pos, kind="stable")
    sorted_pos = pos[order]
    out = []
    starts = np.flatnonzero(np.r_[True, sorted_pos[1:] != sorted_pos[:-1]]) if len(pos) else np.zeros(0, np.int64)
    sizes = np.diff(np.r_[starts, len(pos)])
    for s0, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
        members = order[s0 : s0 + size]  # records with one text (upsampled copies, repeated rows)
        a, b = np.triu_indices(size, 1)
        out.append(np.stack([members[a], members[b]], axis=1))
    for u, v in edges.tolist():
        mu = order[np.searchsorted(sorted_pos, u, "left") : np.searchsorted(sorted_pos, u, "right")]
        mv = order[np.searchsorted(sorted_pos, v, "left") : np.searchsorted(sorted_pos, v, "right")]
        out.append(np.stack(np.meshgrid(mu, mv, indexing="ij"), axis=-1).reshape(-1, 2))
    if not out:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(out).astype(np.int64)
    return np.unique(np.sort(pairs, axis=1), axis=0)


def _key_hash(kind: str, value: str) -> int:
    import xxhash

    return xxhash.xxh3_64_intdigest(f"{kind}\x1f{value}".encode("utf-8", "surrogatepass"))


class Split(Stage):
    """Streams: records are spilled to disk while their ids, link keys (hashed), strata and texts are kept
    in arrays and text files; groups, the assignment and the contamination checks run on those, then the
    records are read back in input order with their split set."""

    name = "split"

    def __init__(
        self, cfg: SplitConfig | None = None, threshold: float = 0.85, params: PairParams = DEFAULT_PARAMS
    ) -> None:
        self.cfg = cfg or SplitConfig()
        self.threshold = threshold
        self.params = params

    @classmethod
    def from_config(cls, settings: SplitConfig, dedupe: DedupeConfig) -> Split:
        """From `stages.split`; the contamination check finds near-duplicates across splits with `stages.dedupe`'s
        threshold and candidate parameters."""
        return cls(settings, dedupe.threshold, pair_params(dedupe))

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        with Scratch(ctx) as scratch:
            spill = scratch.records(self.name)
            check = self.cfg.contamination_check
            texts = scratch.texts(self.name) if check else None
            digests = bytearray()  # sha256 of each normalised text, 32 bytes a record (contamination check)
            overlaps = OverlapIndex(self.cfg.leakage_ngram, scratch.folder) if check else None
            strata_vocab: dict[tuple, int] = {}
            kinds_vocab: dict[str, int] = {}
            cols = Columns(id="S", stratum="i4", kind="i4")
            link_rec = array("q")  # (record, hashed key) links, compact
            link_key = array("Q")
            try:
                for i, r in enumerate(records):
                    spill.append(r)
                    cols.add(
                        r.id.encode("utf-8"),
                        strata_vocab.setdefault(
                            tuple(_stratum_value(r, k) for k in self.cfg.stratify), len(strata_vocab)
                        ),
                        kinds_vocab.setdefault(r.kind, len(kinds_vocab)),
                    )
                    for kind, value in _link_keys(r):
                        link_rec.append(i)
                        link_key.append(_key_hash(kind, str(value)))
                    if texts is not None:
                        text = normalize_text(r.content())
                        texts.append(text)
                        digests += text_digest(text)
                    if overlaps is not None:
                        overlaps.add(r)
                k = cols.finish()
                n = cols.n
                ids = k["id"]
                key_codes = (
                    np.unique(np.frombuffer(link_key, dtype=np.uint64), return_inverse=True)[1].reshape(-1)
                    if len(link_key)
                    else np.zeros(0, np.int64)
                )
                label = _components(np.frombuffer(link_rec, dtype=np.int64), key_codes, n)
                del link_rec, link_key, key_codes
                split_code, notes = self._assign(ids, label, k["stratum"], strata_vocab, k["kind"], kinds_vocab, ctx)
                if check:
                    assert texts is not None and overlaps is not None
                    split_names = [SPLITS[c] for c in split_code.tolist()]
                    id_list = [x.decode("utf-8") for x in ids.tolist()]
                    notes["contamination"] = self.contamination_of(
                        texts, split_code, ids, np.frombuffer(bytes(digests), dtype="S32"), ctx.derived.get(NEAR_INDEX)
                    )
                    notes["prompt_leakage"] = overlaps.overlaps(split_names, id_list)
                    del split_names, id_list
                    # what the card may claim: no near-duplicates and no prompt quoting an answer across splits
                    notes["leakage_safe"] = (
                        notes["contamination"]["cross_split_pairs"] == 0 and notes["prompt_leakage"]["pairs"] == 0
                    )
                ctx.note(self, **notes)
                for i, r in enumerate(spill):
                    r.metadata["split"] = SPLITS[split_code[i]]
                    yield r
            finally:
                if overlaps is not None:
                    overlaps.close()

    def _assign(
        self,
        ids: np.ndarray,
        label: np.ndarray,
        stratum: np.ndarray,
        strata_vocab: dict[tuple, int],
        kind: np.ndarray,
        kinds_vocab: dict[str, int],
        ctx: Context,
    ) -> tuple[np.ndarray, dict]:
        """Each record's split (index into SPLITS) and the notes, from the groups' arrays."""
        n = len(ids)
        ratios = {"train": self.cfg.train, "validation": self.cfg.validation, "test": self.cfg.test}
        # renumber strata and kinds in their sort order, groups 0..G-1
        strata_names = sorted(strata_vocab)
        remap = np.zeros(max(1, len(strata_vocab)), dtype=np.int64)
        for new, s in enumerate(strata_names):
            remap[strata_vocab[s]] = new
        stratum = remap[stratum] if n else stratum
        kind_names = sorted(kinds_vocab)
        kremap = np.zeros(max(1, len(kinds_vocab)), dtype=np.int64)
        for new, kname in enumerate(kind_names):
            kremap[kinds_vocab[kname]] = new
        kind = kremap[kind] if n else kind
        roots, group = np.unique(label, return_inverse=True)
        n_groups = len(roots)
        size = np.bincount(group, minlength=n_groups)
        # the group's key: its smallest id
        by_id = np.lexsort((ids, group))
        first = np.r_[True, group[by_id][1:] != group[by_id][:-1]] if n else np.zeros(0, bool)
        key = ids[by_id[first]]

        def majority(codes: np.ndarray) -> np.ndarray:
            """Per group, the most frequent code (ties: the smallest)."""
            pairs, counts = np.unique(np.stack([group, codes], axis=1), axis=0, return_counts=True)
            order = np.lexsort((pairs[:, 1], -counts, pairs[:, 0]))
            pairs = pairs[order]
            firsts = np.r_[True, pairs[1:, 0] != pairs[:-1, 0]]
            out = np.empty(n_groups, dtype=np.int64)
            out[pairs[firsts, 0]] = pairs[firsts, 1]
            return out

        g_stratum = majority(stratum) if n else np.zeros(0, np.int64)
        g_kind = majority(kind) if n else np.zeros(0, np.int64)
        salt = f"{ctx.seed}:split"
        keys = [x.decode("utf-8") for x in key.tolist()]
        placed_split = np.zeros(n_groups, dtype=np.int64)
        placed_order: list[int] = []  # groups in the order they were placed
        for si in range(len(strata_names)):
            members = np.flatnonzero(g_stratum == si).tolist()
            members.sort(key=lambda g: hashlib.sha1(f"{salt}:{keys[g]}".encode()).hexdigest())
            filled: Counter = Counter()
            for g in members:
                total = sum(filled.values()) + int(size[g])
                # the split furthest below its target once this group is added
                name = max(SPLITS, key=lambda sp: (ratios[sp] * total - filled[sp], ratios[sp], -SPLITS.index(sp)))
                if ratios[name] == 0:
                    name = max(SPLITS, key=lambda sp: ratios[sp])
                filled[name] += int(size[g])
                placed_split[g] = SPLITS.index(name)
                placed_order.append(g)
        moved = self._fill_empty(placed_order, placed_split, size, g_kind, keys, ratios, salt)
        split_code = placed_split[group] if n else np.zeros(0, np.int64)
        counts = np.bincount(split_code, minlength=len(SPLITS))
        notes = {
            "counts": {s: int(counts[j]) for j, s in enumerate(SPLITS)},
            "groups": n_groups,
            "strata": len(set(g_stratum.tolist())),
            "groups_moved_to_fill_empty_splits": moved,
            "counts_by_kind": {
                kn: {s: int(np.sum((kind == kc) & (split_code == j))) for j, s in enumerate(SPLITS)}
                for kc, kn in enumerate(kind_names)
            },
        }
        return split_code, notes

    @staticmethod
    def _fill_empty(
        placed_order: list[int],
        placed_split: np.ndarray,
        size: np.ndarray,
        g_kind: np.ndarray,
        keys: list[str],
        ratios: dict[str, float],
        salt: str,
    ) -> int:
        """Per kind with at least 3 split groups, give every split with a non-zero ratio at least one
        group: the smallest group (ties by seeded hash) of the split holding most of that kind's groups
        moves. Whole groups move, so nothing can straddle two splits. Returns the number moved."""
        moved = 0
        for kind in sorted(set(g_kind[placed_order].tolist())):
            mine = [g for g in placed_order if g_kind[g] == kind]
            if len(mine) < 3:
                continue
            for t, target in enumerate(SPLITS):
                have = Counter(SPLITS[placed_split[g]] for g in mine)
                if ratios[target] == 0 or have[target]:
                    continue
                donor = max((s for s in SPLITS if have[s] > 1), key=lambda s: (have[s], ratios[s]), default=None)
                if donor is None:
                    continue
                g = min(
                    (g for g in mine if SPLITS[placed_split[g]] == donor),
                    key=lambda g: (int(size[g]), hashlib.sha1(f"{salt}:move:{keys[g]}".encode()).hexdigest()),
                )
                placed_split[g] = t
                moved += 1
        return moved

    def contamination_of(
        self,
        texts: Sequence[str],
        split_code: np.ndarray,
        ids: np.ndarray,
        digests: np.ndarray | None = None,
        index: NearIndex | None = None,
    ) -> dict:
        """Near-duplicate pairs (at the dedupe threshold) whose records sit in different splits.

        When near dedupe ran in this build at this threshold or below and saw every text (`index`, matched by
        `digests`), its search is reused: the pairs it verified between kept texts and identical texts are the
        candidates, with no second search (the split groups its clusters, so a cross-split pair there means a
        bug). Otherwise candidates come from the near-dedupe generator over these texts. Only pairs across
        splits are verified (one batched rapidfuzz call), since a pair inside one split cannot leak."""
        pos = None
        if index is not None and digests is not None and index.threshold <= self.threshold + 1e-12:
            pos = index.positions(digests)
        if pos is not None:
            pairs = _pairs_through_index(pos, index.edges if index is not None else np.zeros((0, 2), np.int64))
            search = "near dedupe's search (every text was searched there)"
        else:
            pairs = candidate_pairs(texts, self.threshold, self.params)
            search = "candidate generator"
        split_of = split_code.astype(np.int8)
        cross = pairs[split_of[pairs[:, 0]] != split_of[pairs[:, 1]]]
        scores = verify_pairs(texts, cross[:, 0], cross[:, 1], self.threshold)
        found = sorted(
            (ids[i].decode("utf-8"), ids[j].decode("utf-8"), round(similarity(texts[i], texts[j]), 4))
            for i, j in cross[scores > 0].tolist()
        )
        return {
            "threshold": self.threshold,
            "search": search,
            "candidate_pairs": len(pairs),
            "cross_split_candidates": len(cross),
            "cross_split_pairs": len(found),
            "examples": [list(x) for x in found[:10]],
        }

    def contamination(self, records: list[Record]) -> dict:
        """`contamination_of` for records already split (metadata["split"])."""
        return self.contamination_of(
            [normalize_text(r.content()) for r in records],
            np.array([SPLITS.index(r.metadata["split"]) for r in records], dtype=np.int64),
            np.array([r.id.encode("utf-8") for r in records], dtype="S"),
        )
