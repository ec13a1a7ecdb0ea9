#!/usr/bin/env python3
"""Manuscript tag quality on every labelled text, scored independently of the tagger.

    TIKTOKEN_CACHE_DIR=../shared/tiktoken python benchmarks/eval_manuscripts.py [--roster] [--only NAME[,NAME]]
        [--holdout] [--details] [--json OUT] [--type-cv] [--type-fit] [--tension-cv] [--type-review] [--single-quotes]

Labels live in `tests/data/eval/*.labels.yaml`, one file per book, written by hand (or converted from
the hand labels shipped with a text). Each lists the book's scenes in reading order, each found by the
first words it `opens` with, and what a reader says about it: `pov` (null: nobody named), `type`,
`tension` 1-5, `setting` (places), `characters` (people present); `pov_any` lists every acceptable POV
where the text leaves it open (null among them accepts no POV). Any of these may be left out: a book
labelled for POV only (the corpus novels) shows n/a for type and tension. `not_characters` lists the names in
the book that are places, ships, species, organisations or objects. Books whose `source` starts with
`corpus:` are read from ../shared/corpus (or the folder EVAL_MANUSCRIPTS_CORPUS names) and skipped when it is
absent; books marked `holdout: true` are only scored with `--holdout` (kept out of the tuning loop).

The scorer below reads the labels and the pipeline's output rows only; it shares no code with the
tagger. Each chunk is matched to the labelled scene that holds most of its words (paragraphs are
located in the source text by their opening characters). Columns:

  chunks     rows the pipeline produced
  POV        chunks whose POV names the labelled person (a part of the full name or a listed alias
             counts; a null label needs a null POV)
  type       scene type equal to the label
  tens±1     tension within 1 of the label (chunks whose scene has a tension label)
  setting    settings that are not a chapter title (unless the scene's labelled places name that very
             place: a chapter "The Bishop" set on the Bishop), "unspecified" or a person's name, and, where
             the scene lists places, share a word with one of them
  chars      chunks whose characters include no labelled non-person (place, ship, species ...)
  ch.recall  labelled characters present that the chunk lists (where labelled)
  ch.prec    listed characters that are labelled present there or are the scene's POV (where labelled): a
             name the chunk only talks about ("Did Marjorie ring?") is listed wrongly
  leaks      prompts that quote 8+ consecutive words of any chunk of the book

With `--roster` each book is run with its `pov_roster` (only the POV characters and the aliases a
reader would know), when it has one.

`--single-quotes` runs every book rewritten with single quotes for speech (‘Come in,’ she said), as most
British publishers print it, and scores it against the same labels: the tags should not depend on the
convention.

`--type-cv` checks how the scene-type layers (`type_layer.TYPE_LAYER`, `TYPE_LAYER_ALONE`: how the four hand-made
scores of `tagging.SCENE_TYPE_WEIGHTS` become a type) generalise: it refits them on the type-labelled chunks of all
books but one, scores the book left out, and prints the leave-one-book-out total beside the shipped layers' score
and an all-books refit, with the left-out books' misses as a table of label -> type given (chunks, books: what the
misses of different books share); a second leave-one-book-out total refits them over the hand weights' middle of
the grid (hand weights no book has seen), and a third chooses the layer's L2 penalty without the book as well (the
honest figure: the shipped penalty was chosen with all books). This part runs the tagger's own formula (it is what is
being checked), a book at a time as the pipeline does (`Tagger.book_scene_types`: each score is also judged by its
standing in the book's own distribution of it, so every chunk of a type-labelled book is profiled, labelled or
not). `--type-fit` prints the two layers fitted on every type-labelled book, as `type_layer.py` ships them.
`--tension-cv` refits the tension weights (`tagging.TENSION_WEIGHTS`: the score's divisors and the book blend)
the same way, scoring tension within one level.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(REPO.parent / "shared" / "tiktoken"))
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from curation.ingest.manuscripts.dashes import as_quoted, dash_quoted  # noqa: E402
from curation.ingest.manuscripts.pipeline import process_manuscript  # noqa: E402
from curation.ingest.manuscripts.quotes import as_double, single_quoted  # noqa: E402
from curation.ingest.manuscripts.readers import read_manuscript  # noqa: E402
from curation.ingest.manuscripts.roster import load_roster  # noqa: E402
from curation.ingest.manuscripts.tagging import (  # noqa: E402
    SCENE_TYPE_WEIGHTS,
    TENSION_WEIGHTS,
    Tagger,
    TensionWeights,
    TextProfile,
)
from curation.ingest.manuscripts.type_layer import (  # noqa: E402
    TYPE_LAYER_L2,
    TypeLayer,
    fit_sharpness,
    fit_type_layer,
    plain_layer,
)

LABELS = REPO / "tests" / "data" / "eval"
#: the corpus novels: ../shared/corpus beside the checkout, or EVAL_MANUSCRIPTS_CORPUS (a worktree elsewhere)
CORPUS = Path(os.environ.get("EVAL_MANUSCRIPTS_CORPUS") or REPO.parent / "shared" / "corpus")


# ---- independent scorer ---------------------------------------------------------------------------
def _norm(text: str) -> str:
    text = re.sub(r"[*_#\\]", "", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def _words(name: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[A-Za-z][\w'’\-]*", name or "")} - {
        "mr",
        "mrs",
        "ms",
        "dr",
        "miss",
        "the",
        "captain",
        "inspector",
        "sergeant",
        "of",
    }


def _spelled(name: str) -> str:
    """A name as written, titles kept: case, full stops and spacing aside ("Mrs Whitcombe" = "mrs. whitcombe")."""
    return " ".join(name.replace(".", " ").lower().split())


def same_person(
    label: str | None, got: str | None, aliases: dict[str, list[str]], others: tuple[str, ...] = ()
) -> bool:
    """`got` names the labelled person: it is the full name, or all its words are in the full name, in one
    listed alias, or in one alias together with the full name ("Cass Whitlow" for Cassandra Whitlow with the
    alias Cass), and (for a part of a name) not also in another labelled person's name ("Teller" for two
    Tellers)."""
    if label is None or got is None:
        return label is None and got is None
    g = _words(got)
    if not g:
        return False
    if g == _words(label):
        return True  # the label's own full name, even when another label's name contains it ("X" and "X the elder")
    if any(g == _words(o) for o in others if o != label):
        return False  # another labelled person's own full name
    if any(g == _words(alias) for alias in aliases.get(label, [])):
        return True  # an alias the label writer listed for this person ("Mercer" beside a "Rosa Mercer")
    if g <= _words(label):
        return not _shared(g, label, others, aliases)
    for alias in aliases.get(label, []):
        if g <= _words(alias):
            return True
        if g <= _words(alias) | _words(label):
            return not _shared(g, label, others, aliases)
    return False


def _shared(g: set[str], label: str, others: tuple[str, ...], aliases: dict[str, list[str]]) -> bool:
    """The words `g` also name another labelled person (not a short form or an alias of `label` itself)."""
    own = _words(label)
    return any(
        g <= _words(o) for o in others if o != label and not _words(o) <= own and o not in aliases.get(label, [])
    )


def locate_scenes(source: str, scenes: list[dict]) -> list[int]:
    """Start offset of each labelled scene in the normalised source (in order)."""
    starts, pos = [], 0
    for s in scenes:
        key = _norm(s["opens"])
        at = source.find(key, pos)
        if at < 0:
            raise SystemExit(f"label: scene opening not found in order: {s['opens']!r}")
        starts.append(at)
        pos = at + 1
    return starts


def scene_of_chunk(text: str, source: str, starts: list[int], cursor: list[int]) -> dict[int, int]:
    """Words of the chunk per labelled scene (paragraphs found in the source after `cursor`)."""
    out: dict[int, int] = {}
    for para in text.split("\n\n"):
        key = _norm(para)[:60]
        if not key:
            continue
        at = source.find(key, cursor[0])
        if at < 0:
            at = source.find(key)
        if at < 0:
            continue
        cursor[0] = at
        k = max((i for i, s in enumerate(starts) if s <= at), default=None)
        if k is not None:
            out[k] = out.get(k, 0) + len(para.split())
    return out


def ngrams(text: str, n: int = 8) -> set[tuple[str, ...]]:
    w = re.findall(r"[a-z0-9']+", _norm(text).lower())
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def book_text(path: Path) -> str:
    """The book's text the labels' `opens` lines are found in: the file itself, or a .docx's paragraphs."""
    if path.suffix.lower() != ".docx":
        return path.read_text(encoding="utf-8-sig")
    return "\n\n".join(b.text for b in read_manuscript(path).blocks if b.text)


def score_book(labels: dict, rows: list, source_text: str) -> dict:
    scenes = labels["scenes"]
    aliases = labels.get("aliases") or {}
    # a part of a name ("Ashby") is right only if no other labelled person shares it: every labelled POV
    # character, every character present in a scene and every aliased person counts, not only the POVs
    people_named = {s["pov"] for s in scenes if s.get("pov")} | set(aliases)
    people_named |= {c for s in scenes for c in s.get("characters") or []}
    people_named |= {p for s in scenes for p in s.get("pov_any") or []}
    povs = tuple(sorted(p for p in people_named if p))
    non_persons = [_words(n) for n in labels.get("not_characters") or []]
    # a name spelled as the label writer spelled a person ("Mrs. Whitcombe", the widow, beside the county
    # "WHITCOMBE") is that person, though its words without the title are the non-person's
    listed_names = {_spelled(n) for n in povs} | {_spelled(a) for names in aliases.values() for a in names or []}
    src = _norm(source_text)
    starts = locate_scenes(src, scenes)
    cursor = [0]
    answers = [ngrams(r.text) for r in rows]
    all_answers = set().union(*answers) if answers else set()
    n = pov_n = pov_ok = type_n = type_ok = tens_n = tens_ok = set_ok = chars_ok = leaks = 0
    recall_hit = recall_n = listed_ok = listed_n = 0
    details = []
    # a book labelled for POV only (a corpus novel) gets no type figure, even for a chunk no scene holds
    has_pov = any("pov" in s or "pov_any" in s for s in scenes)
    has_type = any("type" in s for s in scenes)
    for r in rows:
        n += 1
        words = scene_of_chunk(r.text, src, starts, cursor)
        lab = scenes[max(words, key=words.get)] if words else {}
        m = r.metadata
        ok_pov = ok_type = None
        if "pov" in lab or "pov_any" in lab or (not lab and has_pov):
            pov_n += 1
            accepted = lab.get("pov_any") or [lab.get("pov")]
            ok_pov = any(same_person(a, m.get("pov"), aliases, povs) for a in accepted) if lab else False
            pov_ok += ok_pov
        if "type" in lab or (not lab and has_type):
            type_n += 1
            ok_type = m.get("scene_type") == lab.get("type")
            type_ok += ok_type
        t_ok = None
        if lab.get("tension") is not None:
            tens_n += 1
            t_ok = abs(int(m.get("tension") or 0) - int(lab["tension"])) <= 1
            tens_ok += t_ok
        setting = m.get("setting") or ""
        people = [_words(c) for c in lab.get("characters") or []] + [_words(lab.get("pov") or "")]
        s_words = _words(setting)
        labelled_places = [_words(x) for x in lab.get("setting") or []]
        as_title = setting.strip().casefold() == (m.get("chapter_title") or "").strip().casefold()
        s_valid = (
            bool(s_words)
            and setting.strip().casefold() != "unspecified"
            # a chapter title is no setting, unless the reader names that very place ("The Bishop", a ridge)
            and (not as_title or any(x and x <= s_words for x in labelled_places))
            and not any(p and p <= s_words for p in people if p)
        )
        if s_valid and labelled_places:
            s_valid = any(x & s_words for x in labelled_places)
        set_ok += s_valid
        chars = m.get("characters") or []
        # a name holding a non-person's name is wrong unless it names a labelled person ("Ellen Grace Hawes", the
        # woman, beside her boat "Ellen Grace"); the non-person's name itself always is
        bad = [
            c
            for c in chars
            if any(np and np <= _words(c) for np in non_persons)
            and _spelled(c) not in listed_names
            and (_words(c) in non_persons or not any(same_person(p, c, aliases, povs) for p in povs))
        ]
        chars_ok += not bad
        missed = []
        if lab.get("characters"):
            for c in lab["characters"]:
                recall_n += 1
                hit = any(same_person(c, got, aliases) for got in chars)
                recall_hit += hit
                if not hit:
                    missed.append(c)
            present = lab["characters"] + [p for p in [lab.get("pov")] + (lab.get("pov_any") or []) if p]
            extra = [c for c in chars if not any(same_person(p, c, aliases) for p in present)]
            listed_n += len(chars)
            listed_ok += len(chars) - len(extra)
        human = next((t["value"] for t in r.conversations if t.get("from") == "human"), "")
        leak = bool(ngrams(human) & all_answers)
        leaks += leak
        details.append(
            {
                "chunk": r.locator,
                "label_pov": lab.get("pov"),
                "pov": m.get("pov"),
                "label_type": lab.get("type"),
                "type": m.get("scene_type"),
                "label_tension": lab.get("tension"),
                "tension": m.get("tension"),
                "setting": setting,
                "setting_ok": s_valid,
                "label_setting": lab.get("setting"),
                "characters": chars,
                "label_characters": lab.get("characters"),
                "non_person_characters": bad,
                "missed_characters": missed,
                "leak": leak,
                "ok": {"pov": ok_pov, "type": ok_type, "tension": t_ok},
            }
        )
    d = max(1, n)
    return {
        "chunks": n,
        "pov": pov_ok / pov_n if pov_n else None,
        "pov_n": pov_n,
        "type": type_ok / type_n if type_n else None,
        "type_n": type_n,
        "tension": (tens_ok / tens_n) if tens_n else None,
        "tension_n": tens_n,
        "setting": set_ok / d,
        "chars_clean": chars_ok / d,
        "recall": (recall_hit / recall_n) if recall_n else None,
        "recall_hit": recall_hit,
        "recall_n": recall_n,
        "precision": (listed_ok / listed_n) if listed_n else None,
        "listed_ok": listed_ok,
        "listed_n": listed_n,
        "leaks": leaks,
        "details": details,
    }


# ---- scene-type layer, left one book out ----------------------------------------------------------
#: The range each hand weight of the four scores (`tagging.SceneTypeWeights`) was tried over when they were set;
#: the middle of every row is a set of weights that has seen no book (`neutral_type_weights`).
TYPE_GRID = {
    "dialogue_share": [0.45, 0.5, 0.55, 0.6, 0.7, 0.8],
    "speech_verbs": [40.0, 60.0, 90.0],
    "action": [6.0, 7.0, 8.0, 9.0, 10.0, 12.0, 14.0],
    "short": [0.0, 1.0, 2.0, 3.0],
    "path_floor": [10.0, 12.0, 14.0, 16.0, 18.0],
    "path": [8.0, 12.0, 16.0, 24.0, 1e9],
    "introspection": [10.0, 12.0, 14.0, 16.0, 18.0, 21.0],
    "questions": [0.0, 1.0, 2.0, 3.0],
    "exposition": [16.0, 18.0, 20.0, 22.0, 25.0, 28.0],
    "long": [0.0, 0.75, 1.5, 3.0],
    "addressed": [0.0, 0.45, 1.0],
    "book_floor": [0.1, 0.2, 0.3, 0.5],
}


def _by_book(items: list[tuple[str, TextProfile, str | None]]) -> dict[str, list[tuple[TextProfile, str | None]]]:
    books: dict[str, list[tuple[TextProfile, str | None]]] = {}
    for name, p, label in items:
        books.setdefault(name, []).append((p, label))
    return books


def _typed(items: list[tuple[str, TextProfile, str | None]], weights=None, layers=None) -> list[tuple[str, str, str]]:
    """(book, label, type given) of every labelled chunk; each book's chunks (in reading order, unlabelled ones
    too: label None) are typed together, as the pipeline types them (`Tagger.book_scene_types`), with `layers`
    (book layer, lone layer) in place of the shipped ones when given."""
    tagger = Tagger()
    out = []
    for book, chunks in _by_book(items).items():
        kinds = tagger.book_scene_types([p for p, _ in chunks], weights, layers=layers)
        out += [(book, label, k) for (k, _), (_, label) in zip(kinds, chunks, strict=True) if label is not None]
    return out


def _right(items: list[tuple[str, TextProfile, str | None]], weights=None, layers=None) -> int:
    """Labelled chunks typed right (`_typed`)."""
    return sum(label == kind for _, label, kind in _typed(items, weights, layers))


def confusion(typed: list[tuple[str, str, str]]) -> list[str]:
    """The wrong types as lines "label -> given: chunks, books", most chunks first: what the misses of
    different books share (a confusion spread over many books is a cause; one book's is its own)."""
    pairs: dict[tuple[str, str], set[int]] = {}
    books: dict[tuple[str, str], set[str]] = {}
    for i, (book, label, kind) in enumerate(typed):
        if label != kind:
            pairs.setdefault((label, kind), set()).add(i)
            books.setdefault((label, kind), set()).add(book)
    order = sorted(pairs, key=lambda k: (-len(pairs[k]), k))
    return [f"    {a:13s} -> {b:13s} {len(pairs[a, b]):3d} chunk(s), {len(books[a, b]):2d} book(s)" for a, b in order]


def _labelled(items: list[tuple[str, TextProfile, str | None]]) -> int:
    return sum(label is not None for _, _, label in items)


def neutral_type_weights():
    """The middle value of every TYPE_GRID row: hand weights that have seen no book."""
    from dataclasses import replace

    return replace(SCENE_TYPE_WEIGHTS, **{k: v[len(v) // 2] for k, v in TYPE_GRID.items()})


def layer_rows(items: list[tuple[str, TextProfile, str | None]], weights=None) -> tuple[list, list]:
    """What the two layers are fitted on: every labelled chunk as (absolute scores, standing in its book,
    label), and as (absolute scores, None, label) for the lone-passage layer; the absolute scores carry the
    chunk's pacing measures (`type_layer.PACING`). The standings come from
    `book_scene_types` itself, so they are the pipeline's; a book too short for a distribution gives none."""
    tagger = Tagger()
    in_book, alone = [], []
    for chunks in _by_book(items).values():
        typed = tagger.book_scene_types([p for p, _ in chunks], weights)
        for (_, features), (_, label) in zip(typed, chunks, strict=True):
            if label is None:
                continue
            absolute = {**features["absolute_scores"], **features["pacing"]}  # what the book layer reads
            if "standing" in features:
                in_book.append((absolute, features["standing"], label))
            alone.append((absolute, None, label))
    return in_book, alone


def fit_type_layers(items: list[tuple[str, TextProfile, str | None]], weights=None, l2: float = TYPE_LAYER_L2):
    """The book layer (`type_layer.fit_type_layer`) and the lone-passage layer (`plain_layer`, its sharpness
    `fit_sharpness`) fitted on `items`' labelled chunks.
    The absolute scores and standings are rounded as the pipeline stores them."""
    in_book, alone = layer_rows(items, weights)
    return fit_type_layer(in_book or alone, l2), plain_layer(fit_sharpness(alone))


def as_tagged(res) -> list[str]:
    """Each row's text as the pipeline's taggers read it: rows keep the author's speech marks, but the taggers read
    a single-quoted book with its quotes doubled (`quotes`) and a dash chapter's speech dashes as quotes (`dashes`)."""
    swap = single_quoted([p.text for p in res.book.paragraphs])
    dashed = {
        p.text
        for c in res.book.chapters
        if dash_quoted([p.text for s in c.scenes for p in s.paragraphs])
        for s in c.scenes
        for p in s.paragraphs
    }
    return [
        "\n\n".join(as_quoted(x) if x in dashed else as_double(x) if swap else x for x in r.text.split("\n\n"))
        for r in res.rows
    ]


def type_items(books: list[tuple[Path, dict]]) -> list[tuple[str, TextProfile, str | None]]:
    """(book, profile, labelled type or None) of every chunk of the type-labelled books, in reading order, the
    profile as the pipeline computed it (a book's unlabelled chunks count in its distribution)."""
    items: list[tuple[str, TextProfile, str | None]] = []
    for f, lab in books:
        path = source_path(lab)
        if path is None or not any("type" in s for s in lab["scenes"]):
            continue
        name = f.name.replace(".labels.yaml", "")
        res = process_manuscript(path)
        s = score_book(lab, res.rows, book_text(path))
        tagger = Tagger()  # the pipeline's profile: the book's model, no roster
        tagger.model, tagger.people = res.model, res.model.index
        profiles = [tagger.profile(text) for text in as_tagged(res)]
        kinds = tagger.book_scene_types(profiles)
        for r, d, p, (kind, _) in zip(res.rows, s["details"], profiles, kinds, strict=True):
            if kind != r.metadata.get("scene_type"):
                raise SystemExit(f"{name} {r.locator}: the profiles do not reproduce the pipeline's scene type")
            items.append((name, p, d["label_type"] or None))
    return items


def type_cv(books: list[tuple[Path, dict]]) -> int:
    """The shipped layers, layers refitted on all books, and two leave-one-book-out totals: the layers
    refitted on the other books over the shipped hand weights of the four scores (which were set with every
    book, the left-out one too, but only scale the scores the layer weighs), and over the grid's middle (hand
    weights no book has seen). Each fold fits with the shipped L2 penalty, `TYPE_LAYER_L2`; a last total chooses
    the penalty without the book too (`nested_type_cv`)."""
    items = type_items(books)
    names = sorted({b for b, _, _ in items})
    n = _labelled(items)
    shipped = _right(items)
    refit = _right(items, layers=fit_type_layers(items))
    neutral = neutral_type_weights()
    alone = sum(
        Tagger().scene_type(p)[0] == label for _, p, label in items if label is not None
    )  # every chunk as a lone passage
    print(f"scene type, {n} labelled chunks of {len(names)} books (layer L2 {TYPE_LAYER_L2})")
    print(f"  shipped layers                       {shipped:3d} right ({100 * shipped / n:.1f}%)")
    print(f"  refitted on all books                {refit:3d} right ({100 * refit / n:.1f}%)")
    print(f"  each chunk as a lone passage         {alone:3d} right ({100 * alone / n:.1f}%)")
    print(f"    {'layers fitted without the book, over:':38s} shipped  neutral hand weights")
    total = total_neutral = 0
    left_out: list[tuple[str, str, str]] = []
    for b in names:
        train = [x for x in items if x[0] != b]
        test = [x for x in items if x[0] == b]
        typed = _typed(test, layers=fit_type_layers(train))
        left_out += typed
        got = sum(label == kind for _, label, kind in typed)
        got_neutral = _right(test, neutral, fit_type_layers(train, neutral))
        total += got
        total_neutral += got_neutral
        k = _labelled(test)
        print(f"    {b:38s} {got:2d}/{k:<2d}    {got_neutral:2d}/{k:<2d}")
    print(f"  leave-one-book-out                   {total:3d} right ({100 * total / n:.1f}%)")
    print(f"  leave-one-book-out, neutral weights  {total_neutral:3d} right ({100 * total_neutral / n:.1f}%)")
    print("  leave-one-book-out misses, label -> type given:")
    print("\n".join(confusion(left_out)))
    nested = nested_type_cv(items)
    print(f"  leave-one-book-out, L2 chosen within {nested:3d} right ({100 * nested / n:.1f}%)")
    return 0


#: The L2 penalties `nested_type_cv` chooses from (`type_layer.TYPE_LAYER_L2` is the one all books choose).
TYPE_L2_GRID = (0.1, 0.03, 0.01, 0.003, 0.001)


def nested_type_cv(items: list[tuple[str, TextProfile, str | None]], grid: tuple[float, ...] = TYPE_L2_GRID) -> int:
    """Leave-one-book-out with the L2 penalty itself chosen without the book: for each book left out, the
    penalty that types the other books best, each of them left out in turn, fits the layer on those books and
    types the one left out. The shipped penalty was chosen with every book, so this is the honest figure. A layer is
    fitted once per set of books (the one fitted without books A and B serves A left out as B, and B as A)."""
    by_book = {b: [x for x in items if x[0] == b] for b in sorted({b for b, _, _ in items})}
    rows = {b: layer_rows(chunks) for b, chunks in by_book.items()}
    layers: dict[tuple[frozenset[str], float], TypeLayer] = {}

    def fitted(books: list[str], l2: float) -> TypeLayer:
        key = (frozenset(books), l2)
        if key not in layers:
            layers[key] = fit_type_layer([r for b in books for r in rows[b][0]], l2)
        return layers[key]

    total = 0
    for out in by_book:
        inner = [b for b in by_book if b != out]
        alone = plain_layer(fit_sharpness([r for b in inner for r in rows[b][1]]))

        def inner_right(l2: float, inner=inner, alone=alone) -> int:
            return sum(_right(by_book[c], layers=(fitted([b for b in inner if b != c], l2), alone)) for c in inner)

        scores = {l2: inner_right(l2) for l2 in grid}
        best = max(grid, key=lambda l2: (scores[l2], l2))
        total += _right(by_book[out], layers=(fitted(inner, best), alone))
    return total


def type_fit(books: list[tuple[Path, dict]]) -> int:
    """The two layers fitted on every type-labelled book, as `type_layer.py` ships them."""
    items = type_items(books)
    in_book, alone = fit_type_layers(items)
    print(
        f"# fitted on the {_labelled(items)} type-labelled chunks of {len(_by_book(items))} books, l2 {TYPE_LAYER_L2}"
    )
    print(f"TYPE_LAYER = {in_book!r}")
    print(f"TYPE_LAYER_ALONE = plain_layer({alone.absolute[0][0]})")
    return 0


# ---- tension weights, left one book out ------------------------------------------------------------
TENSION_GRID = {
    "danger": [4.0, 5.0, 6.0, 8.0, 10.0],
    "action": [8.0, 10.0, 12.0, 15.0, 20.0],
    "exclamations": [2.0, 3.0, 4.0, 6.0, 8.0],
    "short": [0.0, 1.0, 2.0, 3.0, 4.0],
    "absolute": [0.5, 0.6, 0.7, 0.8, 0.9, 1.0],
    "coda": [0, 1, 2],
}


def _tension_right(books: list[tuple[str, list[TextProfile], list[int | None]]], weights: TensionWeights) -> int:
    """Chunks whose book-blended tension is within one level of the label."""
    tagger = Tagger()
    got = 0
    for _, profiles, labels in books:
        levels = [lv for lv, _, _ in tagger.book_tension_detail(profiles, weights=weights)]
        got += sum(abs(lv - lab) <= 1 for lv, lab in zip(levels, labels, strict=True) if lab is not None)
    return got


def _with(weights: TensionWeights, key: str, value: float) -> TensionWeights:
    from dataclasses import replace

    if key == "absolute":  # the two shares of the blend move together
        return replace(weights, absolute=value, rank=round(1 - value, 2))
    return replace(weights, **{key: value})


def fit_tension_weights(books, start: TensionWeights | None = None, rounds: int = 3):
    """Coordinate ascent over TENSION_GRID (strictly better only), as `fit_type_weights`."""
    best = start or TENSION_WEIGHTS
    score = _tension_right(books, best)
    for _ in range(rounds):
        moved = False
        for key, values in TENSION_GRID.items():
            for v in values:
                cand = _with(best, key, v)
                got = _tension_right(books, cand)
                if got > score:
                    best, score, moved = cand, got, True
        if not moved:
            break
    return best, score


def tension_items(books: list[tuple[Path, dict]]) -> list[tuple[str, list[TextProfile], list[int | None]]]:
    """(book, every chunk's profile as the pipeline computed it, each chunk's labelled tension or None)."""
    out = []
    for f, lab in books:
        path = source_path(lab)
        if path is None or not any("tension" in s for s in lab["scenes"]):
            continue
        res = process_manuscript(path)
        s = score_book(lab, res.rows, book_text(path))
        tagger = Tagger()
        tagger.model, tagger.people = res.model, res.model.index
        profiles = [tagger.profile(text) for text in as_tagged(res)]
        levels = [lv for lv, _, _ in tagger.book_tension_detail(profiles)]
        name = f.name.replace(".labels.yaml", "")
        if levels != [r.metadata.get("tension") for r in res.rows]:
            raise SystemExit(f"{name}: the profiles do not reproduce the pipeline's tension levels")
        out.append((name, profiles, [d["label_tension"] for d in s["details"]]))
    return out


def tension_cv(books: list[tuple[Path, dict]]) -> int:
    """Shipped tension weights, an all-books refit and leave-one-book-out totals (from the shipped weights
    and from the grid's middle), as `type_cv` does for the scene type."""
    items = tension_items(books)
    n = sum(lab is not None for _, _, labels in items for lab in labels)
    shipped = _tension_right(items, TENSION_WEIGHTS)
    _, refit = fit_tension_weights(items)
    neutral = TENSION_WEIGHTS
    for key, values in TENSION_GRID.items():
        neutral = _with(neutral, key, values[len(values) // 2])
    print(f"tension within one level, {n} labelled chunks of {len(items)} books")
    print(f"  shipped weights                      {shipped:3d} right ({100 * shipped / n:.1f}%)")
    print(f"  refitted on all books                {refit:3d} right ({100 * refit / n:.1f}%)")
    print(f"    {'fitted without the book, from:':32s} shipped  neutral")
    total = total_neutral = 0
    for name, _, labels in items:
        train = [x for x in items if x[0] != name]
        test = [x for x in items if x[0] == name]
        k = sum(lab is not None for lab in labels)
        got = _tension_right(test, fit_tension_weights(train)[0])
        got_neutral = _tension_right(test, fit_tension_weights(train, start=neutral)[0])
        total += got
        total_neutral += got_neutral
        print(f"    {name:32s} {got:2d}/{k:<2d}    {got_neutral:2d}/{k:<2d}")
    print(f"  leave-one-book-out                   {total:3d} right ({100 * total / n:.1f}%)")
    print(f"  leave-one-book-out, neutral start    {total_neutral:3d} right ({100 * total_neutral / n:.1f}%)")
    return 0


# ---- scene-type confidence and the review file ------------------------------------------------------
REVIEW_THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def review_items(books: list[tuple[Path, dict]]) -> list[dict]:
    """Every type-labelled chunk: its book, whether the book is held out, the pipeline's scene type, its
    confidence and the lead of its best score over the runner-up, the label, and the same for tension."""
    out = []
    for f, lab in books:
        path = source_path(lab)
        if path is None or not any("type" in s for s in lab["scenes"]):
            continue
        res = process_manuscript(path)
        s = score_book(lab, res.rows, book_text(path))
        for r, d in zip(res.rows, s["details"], strict=True):
            if not d["label_type"]:
                continue
            m = r.metadata
            ranked = sorted((m.get("scene_type_features") or {}).get("scores", {}).values(), reverse=True)
            out.append(
                {
                    "book": f.name.replace(".labels.yaml", ""),
                    "holdout": bool(lab.get("holdout")),
                    "lead": ranked[0] - max(0.0, ranked[1]) if len(ranked) >= 2 else 0.0,
                    "conf": m["tag_confidence"]["scene_type"],
                    "wrong": d["ok"]["type"] is False,
                    "tension_conf": m["tag_confidence"]["tension"],
                    "tension_wrong": d["ok"]["tension"] is False,
                    "listed": "scene_type" in " ".join(m.get("review") or []),
                }
            )
    return out


def lead_at_half(items: list[dict]) -> float:
    """The calibration of `labels.TYPE_LEAD_AT_HALF`: the smallest lead under which most of the mistyped
    chunks fall (the lead of the middle miss), halfway to the next chunk's lead above it."""
    misses = sorted(x["lead"] for x in items if x["wrong"])
    if not misses:
        raise SystemExit("no mistyped chunk to calibrate the scene-type confidence on")
    edge = misses[len(misses) // 2]
    above = [x["lead"] for x in items if x["lead"] > edge + 1e-9]
    return round((edge + min(above, default=edge)) / 2, 3)


def _listing(items: list[dict], listed) -> str:
    got = [x for x in items if listed(x)]
    caught = sum(x["wrong"] for x in got)
    misses = sum(x["wrong"] for x in items)
    rest, rest_wrong = len(items) - len(got), misses - caught
    return (
        f"listed {len(got):3d} ({100 * len(got) / max(1, len(items)):4.1f}%)  caught {caught:2d}/{misses:<2d}  "
        f"precision {100 * caught / max(1, len(got)):5.1f}%  wrong among the rest {rest_wrong}/{rest} "
        f"({100 * rest_wrong / max(1, rest):.1f}%)"
    )


def type_review(books: list[tuple[Path, dict]]) -> int:
    """How well the scene-type confidence sorts right from wrong: per review threshold, the chunks the
    review file would list, the mistyped ones among them and the precision; the confidence in bands; the
    lead's calibration left one book out (fitted on the tuning texts only: a held-out book is scored with
    the shipped value, never fitted on); and the same threshold table for the tension confidence."""
    from curation.ingest.manuscripts.labels import TYPE_LEAD_AT_HALF, scene_type_confidence

    items = review_items(books)
    groups = [("tuning texts", [x for x in items if not x["holdout"]])]
    if any(x["holdout"] for x in items):
        groups.append(("held-out texts", [x for x in items if x["holdout"]]))
    for title, group in groups:
        names = sorted({x["book"] for x in group})
        print(
            f"scene type, {title}: {len(group)} labelled chunks of {len(names)} books, "
            f"{sum(x['wrong'] for x in group)} mistyped"
        )
        for t in REVIEW_THRESHOLDS:
            print(f"  confidence < {t:.1f}: " + _listing(group, lambda x, t=t: x["conf"] < t))
        print("  listed in the review file (scene type):  " + _listing(group, lambda x: x["listed"]))
        for lo, hi in ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01)):
            band = [x for x in group if lo <= x["conf"] < hi]
            wrong = sum(x["wrong"] for x in band)
            print(
                f"  confidence {lo:.2f}-{min(hi, 1.0):.2f}: {len(band):3d} chunks, {wrong} wrong "
                f"({100 * wrong / max(1, len(band)):.0f}%)"
            )
        if title == "tuning texts":
            print(
                f"  lead at 0.5 fitted on all {len(names)} books: {lead_at_half(group):.3f} "
                f"(shipped {TYPE_LEAD_AT_HALF})"
            )
            print("  fitted without the book, applied to it:")
            folds = []
            for b in names:
                half = lead_at_half([x for x in group if x["book"] != b])
                test = [x for x in group if x["book"] == b]
                # the book's confidences as they would be with the fold's lead at 0.5
                test = [{**x, "conf": scene_type_confidence(x["lead"] * TYPE_LEAD_AT_HALF / half)} for x in test]
                folds += test
                print(f"    {b:32s} lead {half:.3f}  " + _listing(test, lambda x: x["conf"] < 0.5))
            print("  leave-one-book-out, confidence < 0.5:  " + _listing(folds, lambda x: x["conf"] < 0.5))
        tens = [{**x, "wrong": x["tension_wrong"], "conf": x["tension_conf"]} for x in group]
        print(f"tension, {title}: {sum(x['wrong'] for x in tens)} chunks more than one level off")
        for t in REVIEW_THRESHOLDS:
            print(f"  confidence < {t:.1f}: " + _listing(tens, lambda x, t=t: x["conf"] < t))
    # books with no type labels (the corpus novels): how much of a whole novel the review file lists
    for f, lab in books:
        path = source_path(lab)
        if path is None or any("type" in sc for sc in lab["scenes"]):
            continue
        rows = process_manuscript(path).rows
        typed = sum("scene_type" in " ".join(r.metadata.get("review") or []) for r in rows)
        listed = sum(bool(r.metadata.get("review")) for r in rows)
        print(
            f"unlabelled {f.name.replace('.labels.yaml', ''):24s} {len(rows):4d} chunks: {typed:3d} listed for their "
            f"scene type ({100 * typed / max(1, len(rows)):.0f}%), {listed} for any reason"
        )
    return 0


# ---- running the pipeline ---------------------------------------------------------------------------
def load_books(only: str | None, holdout: bool) -> list[tuple[Path, dict]]:
    out = []
    for f in sorted(LABELS.glob("*.labels.yaml")):
        lab = yaml.safe_load(f.read_text(encoding="utf-8"))
        if only and not any(o and o in f.name for o in only.split(",")):
            continue
        if lab.get("holdout") and not holdout:
            continue
        out.append((f, lab))
    return out


def single_quotes(text: str) -> str:
    """A double-quoted book in British single quotes: curly and straight double marks become single ones."""
    text = text.replace("“", "‘").replace("”", "’")
    text = re.sub(r'(^|(?<=[\s(\[—–-]))"', "‘", text, flags=re.M)
    return text.replace('"', "’")


def source_path(lab: dict) -> Path | None:
    src = lab["source"]
    if src.startswith("corpus:"):
        p = CORPUS / src.split(":", 1)[1]
        return p if p.exists() else None
    return REPO / src


def _add_up(tot: dict, s: dict) -> None:
    """One book's figures added to the totals (rates weighted by the chunks or names they count)."""
    n = s["chunks"]
    tot["chunks"] += n
    for k, key in (("setting", "setting"), ("chars", "chars_clean")):
        tot[k] += s[key] * n
    for k in ("recall_hit", "recall_n", "listed_ok", "listed_n"):
        tot[k] = tot.get(k, 0) + s[k]
    for k in ("pov", "type", "tension"):
        if s[k] is not None:
            tot[k] += s[k] * s[f"{k}_n"]
            tot[f"{k}_n"] += s[f"{k}_n"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--roster", action="store_true", help="run each book with its POV-only roster")
    ap.add_argument("--only", help="books whose labels file name contains this (several: comma-separated)")
    ap.add_argument("--holdout", action="store_true", help="also score the held-out books")
    ap.add_argument(
        "--details", action="store_true", help="print every chunk that misses a label (and the characters missed)"
    )
    ap.add_argument("--json", help="write all figures and per-chunk details here")
    ap.add_argument("--type-cv", action="store_true", help="scene-type layers refitted leaving one book out")
    ap.add_argument("--type-fit", action="store_true", help="print the scene-type layers fitted on every book")
    ap.add_argument("--tension-cv", action="store_true", help="tension weights refitted leaving one book out")
    ap.add_argument(
        "--type-review", action="store_true", help="how the scene-type confidence sorts right from wrong (review)"
    )
    ap.add_argument("--single-quotes", action="store_true", help="every book rewritten with single-quoted speech")
    a = ap.parse_args(argv)
    books = load_books(a.only, a.holdout)
    checks = [
        run
        for flag, run in (
            ("type_cv", type_cv),
            ("type_fit", type_fit),
            ("tension_cv", tension_cv),
            ("type_review", type_review),
        )
        if getattr(a, flag)
    ]
    if checks:
        return checks[0](books)
    head = (
        f"{'book':34s} {'chunks':>6} {'POV':>6} {'type':>6} {'tens±1':>7} {'setting':>7} {'chars':>6} "
        f"{'ch.rec':>6} {'ch.prec':>7} {'leaks':>5} {'secs':>5}"
    )
    print(
        ("with POV-only rosters" if a.roster else "no roster") + (", single-quoted speech" if a.single_quotes else "")
    )
    print(head)
    print("-" * len(head))
    results = {}
    tot = {
        "chunks": 0,
        "pov": 0.0,
        "pov_n": 0,
        "type": 0.0,
        "type_n": 0,
        "tension": 0.0,
        "tension_n": 0,
        "setting": 0.0,
        "chars": 0.0,
    }
    for f, lab in books:
        path = source_path(lab)
        name = f.name.replace(".labels.yaml", "") + (" (held out)" if lab.get("holdout") else "")
        if path is None:
            print(f"{name:34s} skipped: {lab['source']} not found")
            continue
        roster = None
        if a.roster:
            if not lab.get("pov_roster"):
                print(f"{name:34s} skipped: no pov_roster")
                continue
            roster = load_roster(REPO / lab["pov_roster"])
        if a.single_quotes and path.suffix != ".docx":
            tmp = Path(tempfile.mkdtemp(prefix="eval-quotes-")) / path.name
            tmp.write_text(single_quotes(path.read_text(encoding="utf-8-sig")), encoding="utf-8")
            path = tmp
            lab = {**lab, "scenes": [{**sc, "opens": single_quotes(sc["opens"])} for sc in lab["scenes"]]}
        t = time.perf_counter()
        res = process_manuscript(path, roster=roster)
        secs = time.perf_counter() - t
        s = score_book(lab, res.rows, book_text(path))
        results[name] = s
        fmt = lambda v: "   n/a" if v is None else f"{100 * v:5.1f}%"  # noqa: E731
        print(
            f"{name:34s} {s['chunks']:>6} {fmt(s['pov']):>6} {fmt(s['type']):>6} {fmt(s['tension']):>7} "
            f"{fmt(s['setting']):>7} {fmt(s['chars_clean']):>6} {fmt(s['recall']):>6} {fmt(s['precision']):>7} "
            f"{s['leaks']:>5} {secs:5.1f}"
        )
        _add_up(tot, s)
        if a.details:
            for d in s["details"]:
                bad = (
                    [k for k, v in d["ok"].items() if v is False]
                    + (["setting"] if not d["setting_ok"] else [])
                    + (["chars"] if d["non_person_characters"] else [])
                    + (["ch.rec"] if d["missed_characters"] else [])
                )
                if bad:
                    print(
                        f"    {d['chunk']:28s} miss={','.join(bad)} pov={d['pov']!r}/{d['label_pov']!r} "
                        f"type={d['type']}/{d['label_type']} t={d['tension']}/{d['label_tension']} "
                        f"set={d['setting']!r} np={d['non_person_characters']}"
                        + (f" missed={d['missed_characters']} got={d['characters']}" if d["missed_characters"] else "")
                    )
    if tot["chunks"]:
        n = tot["chunks"]
        pct = {
            k: (f"{100 * tot[k] / tot[k + '_n']:5.1f}%" if tot[k + "_n"] else "   n/a")
            for k in ("pov", "type", "tension")
        }
        print("-" * len(head))
        print(
            f"{'all (labelled chunks)':34s} {n:>6} {pct['pov']:>6} {pct['type']:>6} {pct['tension']:>7} "
            f"{100 * tot['setting'] / n:6.1f}% {100 * tot['chars'] / n:5.1f}%"
            + (f" {100 * tot['recall_hit'] / tot['recall_n']:5.1f}%" if tot.get("recall_n") else "")
            + (f" {100 * tot['listed_ok'] / tot['listed_n']:6.1f}%" if tot.get("listed_n") else "")
        )
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
