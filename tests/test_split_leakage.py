"""Split-safe neighbours: no prompt of one split carries the answer text of another.

Manuscript prompts may quote the previous chunk; chunks are grouped into contiguous runs (a chapter or
a stretch of one) and a prompt refers only to a neighbour of its own run, which is one split group. The
split stage checks every prompt against every other split's answers (an 8-word run) and the card claims
a leakage-safe split only when none match.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
import yaml

from builders import make_scene
from curation.build import build
from curation.config import load_config
from curation.records import Record, Source, normalize_text
from curation.stages.base import Context
from curation.stages.dedupe import text_digest
from curation.stages.leakage import prompt_answer_overlaps
from curation.stages.settings import SplitConfig
from curation.stages.split import Split

NOVELS = ["dracula.txt", "princess-of-mars.txt", "war-of-the-worlds.txt", "time-machine.txt", "little-fuzzy.txt"]


def rec(rid: str, split: str, prompt: str, answer: str, group: str | None = None) -> Record:
    return make_scene(
        0, answer, rid=rid, prompt=prompt, system="sys", split=split, source=Source("f", 0, ""), group=group
    )


ANSWER_A = "The lamp guttered twice before the mate came down the ladder with the ledger under one arm."
ANSWER_B = "Nobody on the quay would say what had happened to the Harwich boat after the storm broke."


def test_overlaps_find_a_prompt_quoting_another_splits_answer():
    recs = [
        rec("a", "test", "Write the opening.", ANSWER_A),
        rec(
            "b",
            "train",
            "Continue the story. It ends: before the mate came down the ladder with the ledger under one arm.",
            ANSWER_B,
        ),
        rec("c", "train", "Just before this: " + ANSWER_B, "Something else entirely, told in other words."),
    ]
    got = prompt_answer_overlaps(recs, 8)
    # b quotes a test answer (leak); c quotes an answer of its own split (not a leak)
    assert got["pairs"] == 1 and got["by_direction"] == {"train<-test": 1}
    assert got["examples"] == [{"prompt_split": "train", "prompt_id": "b", "answer_split": "test", "answer_id": "a"}]
    # seven shared words are not a run of eight; punctuation and case do not hide a match
    seven = " ".join(ANSWER_A.split()[3:10])
    assert prompt_answer_overlaps([rec("a", "test", "x", ANSWER_A), rec("b", "train", seven, "y z")], 8)["pairs"] == 0
    loud = ANSWER_A.upper().replace(" ", ", ")
    assert prompt_answer_overlaps([rec("a", "test", "x", ANSWER_A), rec("b", "train", loud, "y z")], 8)["pairs"] == 1


STORIES = [
    "a goat ate the mayor's hat",
    "rain fell on seven quiet orchards",
    "the clock tower lost its hands",
    "a tailor sewed maps into coats",
    "two sisters sold salt by moonlight",
    "the ferry ran without a pilot",
    "bees nested in the organ pipes",
    "a boy traded his shadow for bread",
    "snow came up from the ground",
    "the king's dog learned to read",
    "every mirror in town went grey",
    "owls delivered the winter post",
]


def test_split_stage_reports_and_withdraws_the_claim():
    seen = set()
    for seed in range(30):
        recs = [
            rec(
                f"q{k}",
                "",
                f"Continue: {ANSWER_A}" if k == 5 else f"Prompt {k}.",
                ANSWER_A if k == 0 else f"Once upon a time {STORIES[k]}.",
                group=f"g{k}",
            )
            for k in range(12)
        ]
        ctx = Context(seed=seed)
        out = list(Split(SplitConfig()).process(recs, ctx))
        notes = ctx.ledger.stage("split").notes
        split_of = {r.id: r.metadata["split"] for r in out}
        leaked = split_of["q5"] != split_of["q0"]
        assert notes["contamination"]["cross_split_pairs"] == 0
        assert notes["prompt_leakage"]["pairs"] == int(leaked)
        assert notes["leakage_safe"] is (not leaked)
        seen.add(leaked)
    assert seen == {True, False}


def words(text: str) -> list[str]:
    """Independent of the stage's tokenizer: letters and digits only, apostrophes dropped."""
    return re.sub(r"[^a-z0-9\s]", " ", text.lower().replace("’", "").replace("'", "")).split()


def shared_runs(prompts: list[str], answers: list[str], n: int = 8) -> int:
    """How many answers share an n-word run with any prompt."""
    grams = {tuple(w[i : i + n]) for p in prompts for w in [words(p)] for i in range(len(w) - n + 1)}
    return sum(any(tuple(w[i : i + n]) in grams for i in range(len(w) - n + 1)) for a in answers for w in [words(a)])


@pytest.mark.corpus
@pytest.mark.slow
def test_five_novel_build_has_no_answer_in_another_splits_prompt(corpus_dir, tmp_path, repo):
    cfg = {
        "root": str(repo),
        "inputs": {"manuscripts": [{"path": str(corpus_dir / n), "universe": Path(n).stem} for n in NOVELS]},
        "output": {
            "dir": str(tmp_path / "out" / "unwritten"),
            "report": str(tmp_path / "out" / "build.json"),
            "rejects": str(tmp_path / "out" / "rejects.jsonl"),
        },
    }
    path = tmp_path / "cfg.yaml"
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    result = build(load_config(path))
    rows: dict[str, list[dict]] = {}
    for split in ("train", "validation", "test"):
        f = result.out_dir / "axolotl" / "scenes" / f"{split}.jsonl"
        rows[split] = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines()]
        assert rows[split], split

    def turns(split: str, role: str) -> list[str]:
        return [t["value"] for r in rows[split] for t in r["conversations"] if t["from"] == role]

    # prompts do quote neighbours (the check below is not vacuous) ...
    assert any("Just before this" in p or "Continue" in p or "Pick up" in p for p in turns("train", "human"))
    # ... but never an answer of another split
    for held in ("validation", "test"):
        assert shared_runs(turns("train", "human"), turns(held, "gpt")) == 0, held
        assert shared_runs(turns(held, "human"), turns("train", "gpt")) == 0, held
    assert shared_runs(turns("validation", "human"), turns("test", "gpt")) == 0
    split_notes = next(s["notes"] for s in result.report["ledger"] if s["stage"] == "split")
    assert split_notes["prompt_leakage"]["pairs"] == 0
    card = (result.out_dir / "README.md").read_text(encoding="utf-8")
    assert ("checked: no near-duplicate and no prompt quoting an answer" in card) is split_notes["leakage_safe"]


# ---- contamination check: near dedupe's search reused --------------------------------------------------
def _synthetic_records(n: int, seed: int) -> list[Record]:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from synthetic import make_records  # tests/synthetic.py

    return make_records(n, seed)[0]


def test_contamination_reuses_near_dedupes_search_and_agrees_with_a_fresh_search():
    from curation.stages.base import chain
    from curation.stages.dedupe import NEAR_INDEX, ExactDedupe, NearDedupe

    recs = _synthetic_records(1500, 3)
    ctx = Context()
    out = list(chain(recs, [ExactDedupe(), NearDedupe(0.85), Split()], ctx))
    c = ctx.ledger.stage("split").notes["contamination"]
    assert c["search"].startswith("near dedupe's search") and c["cross_split_pairs"] == 0
    assert ctx.derived[NEAR_INDEX].threshold == 0.85
    fresh = Split().contamination(out)  # the generator over the split's own texts: no cross-split pair either
    assert fresh["search"] == "candidate generator" and fresh["cross_split_pairs"] == 0


def test_contamination_searches_again_when_a_text_changed_after_dedupe():
    from curation.stages.base import chain
    from curation.stages.dedupe import ExactDedupe, NearDedupe

    recs = _synthetic_records(600, 4)
    ctx = Context()
    kept = list(chain(recs, [ExactDedupe(), NearDedupe(0.85)], ctx))
    kept[0].conversations[-1]["value"] += " An ending added after dedupe."
    list(Split().process(kept, ctx))
    assert ctx.ledger.stage("split").notes["contamination"]["search"] == "candidate generator"


def test_contamination_through_the_index_finds_identical_and_verified_pairs_across_splits():
    from curation.stages.base import chain
    from curation.stages.dedupe import NEAR_INDEX, ExactDedupe, NearDedupe

    seen = set()
    for seed in range(12):
        recs = [rec(f"r{k}", "", "Prompt.", f"Once upon a time {STORIES[k]}, and then it rained.") for k in range(12)]
        ctx = Context(seed=seed)
        kept = list(chain(recs, [ExactDedupe(), NearDedupe(0.85)], ctx))
        twin = rec("copy", "", "Prompt.", kept[0].conversations[-1]["value"])  # same text, no link to r0
        out = list(Split(SplitConfig()).process([*kept, twin], ctx))
        c = ctx.ledger.stage("split").notes["contamination"]
        assert c["search"].startswith("near dedupe's search")
        split_of = {r.id: r.metadata["split"] for r in out}
        apart = split_of["copy"] != split_of[kept[0].id]
        assert c["cross_split_pairs"] == int(apart) and ctx.ledger.stage("split").notes["leakage_safe"] is not apart
        seen.add(apart)
    assert seen == {True, False}
    # a verified pair between two kept texts (an index edge) is a candidate too
    index = ctx.derived[NEAR_INDEX]
    a, b = (
        np.searchsorted(index.digests, np.array([text_digest(normalize_text(r.content()))], "S32"))[0] for r in kept[:2]
    )
    index.edges = np.array([[a, b]])
    notes = Split().contamination_of(
        [normalize_text(r.content()) for r in kept[:2]],
        np.array([0, 1]),
        np.array([b"x", b"y"], dtype="S"),
        np.array([text_digest(normalize_text(r.content())) for r in kept[:2]], dtype="S32"),
        index,
    )
    assert notes["candidate_pairs"] == 1 and notes["cross_split_candidates"] == 1  # (verified: below threshold)
