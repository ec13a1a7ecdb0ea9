#!/usr/bin/env python3
"""How the POV decision weights generalise: a leave-one-book-out refit over every labelled book.

    EVAL_MANUSCRIPTS_CORPUS=../shared/corpus python benchmarks/pov_cv.py [--only NAME[,NAME]]

The weights that turn a scene's evidence into a POV (`pov.W_OPENING`, `W_BOOK_PRIOR`, `W_CONTINUES`, `W_FOCAL`,
`W_OBSERVED`, `W_NOT_UNMARKED`, `W_OPENING_CLAIM`, and the camera-eye thresholds `CAMERA_AWAY`,
`CAMERA_MIND_PER_1000`) were set by hand on a few texts. This reads each third-person scene of every labelled book
once (as the pipeline does, no roster), then re-scores it under other weights (`score_scene_detail`, `decide`,
`camera_eye`; the book prior and the previous scene's POV as the pipeline computed them; the pipeline's later
passes, such as a neighbour settling an undecided scene, are left out) and counts the scenes whose POV the label
accepts. A scene is matched to the labelled scene its first paragraph falls in.

Printed: the shipped weights' score; a refit on all books (coordinate ascent over 0.5-2x each shipped value,
strictly better only); for each book, the weights refitted without it and its score under them (the
leave-one-book-out total is the honest figure for a book nobody tuned on); and each weight alone at 0.5-2x (flat
rows: the weight's exact value does not matter on these books; a row that falls off both ways: it is where the
books put it). The reading weights (named inner life > pronoun inner life > perception > subject) are an ordering,
not fitted here.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(REPO.parent / "shared" / "tiktoken"))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_manuscripts as em  # noqa: E402

from curation.ingest.manuscripts import pov  # noqa: E402
from curation.ingest.manuscripts.pipeline import process_manuscript  # noqa: E402
from curation.ingest.manuscripts.tagging import Tagger  # noqa: E402

KEYS = (
    "W_OPENING",
    "W_BOOK_PRIOR",
    "W_CONTINUES",
    "W_FOCAL",
    "W_OBSERVED",
    "W_NOT_UNMARKED",
    "W_OPENING_CLAIM",
    "CAMERA_AWAY",
    "CAMERA_MIND_PER_1000",
)
MULTIPLES = (0.5, 0.75, 1.0, 1.5, 2.0)


def scene_items(books: list[tuple[Path, dict]]) -> list[tuple]:
    """(book, evidence, genders, book prior, previous POV, accepted POVs, aliases) per third-person scored scene."""
    items = []
    for f, lab in books:
        path = em.source_path(lab)
        if path is None or path.suffix == ".docx":
            continue
        name = f.name.replace(".labels.yaml", "")
        res = process_manuscript(path)
        tagger = Tagger()
        tagger.model, tagger.people = res.model, res.model.index
        evidence = {s.index: tagger.pov_evidence(s.text) for s in res.book.scenes}
        tagger.learn_pov_prior([e for e in evidence.values() if e is not None])
        src = em._norm(path.read_text(encoding="utf-8-sig"))
        starts = em.locate_scenes(src, lab["scenes"])
        previous = None
        for s in res.book.scenes:
            got = res.scene_pov[s.index]
            ev = evidence[s.index]
            if ev is not None and "scores" in got.evidence:
                at = src.find(em._norm(s.paragraphs[0].text)[:60])
                k = max((i for i, st in enumerate(starts) if st <= at), default=None)
                label = lab["scenes"][k] if k is not None else {}
                accepted = label.get("pov_any") or [label.get("pov")]
                items.append(
                    (name, ev, tagger.people.gender, tagger.pov_prior, previous, accepted, lab.get("aliases") or {})
                )
            previous = got.pov
    return items


def right(items: list[tuple], weights: dict[str, float]) -> int:
    for k, v in weights.items():
        setattr(pov, k, v)
    n = 0
    for _, ev, gender, prior, previous, accepted, aliases in items:
        scores, unowned, owners = pov.score_scene_detail(ev, gender, prior, previous)
        who, _, _ = pov.decide(scores, unowned)
        if who and pov.camera_eye(ev, who, gender.get(who), pov.minds(ev, owners)[who]):
            who = None
        n += any(em.same_person(a, who, aliases) for a in accepted)
    return n


def fit(items: list[tuple], shipped: dict[str, float], rounds: int = 2) -> tuple[dict[str, float], int]:
    best, score = dict(shipped), right(items, shipped)
    for _ in range(rounds):
        moved = False
        for k in KEYS:
            for m in MULTIPLES:
                cand = {**best, k: shipped[k] * m}
                got = right(items, cand)
                if got > score:
                    best, score, moved = cand, got, True
        if not moved:
            break
    return best, score


def changed(weights: dict[str, float], shipped: dict[str, float]) -> str:
    return ", ".join(f"{k} x{weights[k] / shipped[k]:g}" for k in KEYS if weights[k] != shipped[k]) or "shipped"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="comma-separated book names")
    a = ap.parse_args(argv)
    items = scene_items(em.load_books(a.only, holdout=True))
    shipped = {k: getattr(pov, k) for k in KEYS}
    try:
        books = sorted({i[0] for i in items})
        print(f"POV decision weights, {len(items)} third-person scenes of {len(books)} books (no roster)")
        base = right(items, shipped)
        refit, refit_score = fit(items, shipped)
        print(f"  shipped weights                 {base:4d} right ({100 * base / len(items):.1f}%)")
        print(f"  refitted on all books           {refit_score:4d} right ({changed(refit, shipped)})")
        total = total_shipped = 0
        for b in books:
            train = [i for i in items if i[0] != b]
            test = [i for i in items if i[0] == b]
            w, _ = fit(train, shipped)
            got, was = right(test, w), right(test, shipped)
            total, total_shipped = total + got, total_shipped + was
            print(f"    {b:28s} {got:3d}/{len(test):<3d} (shipped {was:3d})  fitted without it: {changed(w, shipped)}")
        print(
            f"  leave-one-book-out              {total:4d} right (the shipped weights on these scenes: {total_shipped})"
        )
        print("  one weight at a time, all books (scenes right at 0.5x 0.75x 1x 1.5x 2x the shipped value):")
        for k in KEYS:
            row = " ".join(f"{right(items, {**shipped, k: shipped[k] * m}):4d}" for m in MULTIPLES)
            print(f"    {k:22s} {row}")
    finally:
        for k, v in shipped.items():
            setattr(pov, k, v)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
