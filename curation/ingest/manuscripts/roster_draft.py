"""A draft roster from one or more books, for the user to correct (`unwritten roster suggest`).

The book-level character model (`characters.build_model`) lists people with the name variants the
books use, their mention counts and pronoun gender, and the places, organisations and kinds of being
kept apart from them. The POV tagger says which people carry scenes: anyone who is the POV of at least
two scenes (or of every scene of a short book) is marked `role: pov`. The file is the roster format the
build reads (samples/manuscripts/roster.yaml), with counts as extra keys the reader ignores, so a user
deletes or fixes lines and points `manuscripts.roster` at it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from ... import atomic
from ...errors import UserError
from .characters import build_model
from .names import name_words
from .pipeline import process_manuscript

HEADER = """\
# Draft roster written by `unwritten roster suggest` from: {books}
#
# Correct it, then point `manuscripts.roster` (or `--roster`) at it:
# - characters: one entry per person; `aliases` are the other names the book uses for them (merge two
#   entries by moving one's name and aliases into the other; delete anyone who is not a person).
#   `role: pov` marks the people whose scenes the book tells; only they can be a scene's POV.
#   `pronouns` is the gender the narration gives them. `mentions` is informational.
# - glossary: places (kind: place), organisations, kinds of being and other invented terms.
#   Terms with kind: place are used as settings.
"""


def suggest(paths: list[Path], min_mentions: int = 2) -> dict:
    """The draft roster for the books at `paths` (one cast across them: a series shares its people)."""
    people: dict[str, dict] = {}
    glossary: dict[str, dict] = {}
    pov_scenes: Counter = Counter()
    scenes = 0
    for path in paths:
        result = process_manuscript(path)
        # the model the tagger read the book with (built once per book)
        model = result.model or build_model([p.text for p in result.book.paragraphs])
        for res in result.scene_pov.values():
            scenes += 1
            if res.pov:
                pov_scenes[res.pov] += 1
        for p in model.people:
            row = people.setdefault(
                p.name, {"name": p.name, "aliases": Counter(), "mentions": 0, "pronouns": Counter()}
            )
            row["mentions"] += p.count
            row["aliases"].update({v: n for v, n in p.variants.items() if v != p.name})
            if p.gender:
                row["pronouns"][p.gender] += p.count
        for e in model.others:
            term = model.display(e.name)
            kind = "place" if e in model.places else ("place" if e.kind == "thing" else e.kind)
            g = glossary.setdefault(term, {"term": term, "kind": kind, "mentions": 0})
            g["mentions"] += e.count
    pov_scenes = _pov_rows(pov_scenes, people)
    povs = {name for name, n in pov_scenes.items() if n >= 2 or (scenes <= 3 and n >= 1)}
    terms = [
        g for g in sorted(glossary.values(), key=lambda g: (-g["mentions"], g["term"])) if g["mentions"] >= min_mentions
    ]
    return {"characters": _character_rows(people, povs, pov_scenes, min_mentions), "glossary": terms}


def _pov_rows(pov_scenes: Counter, people: dict[str, dict]) -> Counter:
    """POV scene counts keyed by the person row each POV name belongs to. A narrator named by a document
    heading ("Dr. Seward's Diary" -> "Seward") or in a fuller form than the row's ("Abraham Van Helsing"
    for "Van Helsing") is that row's person: its name or one of its aliases, else the row whose name holds
    every word of it, when one such row has at least twice the mentions of any other (two Harkers: neither).
    The form is added to the row's aliases, so the roster matches it back."""
    out: Counter = Counter()
    for pov, n in pov_scenes.items():
        row = _row_of(pov, people)
        if row is None:
            out[pov] += n
            continue
        out[row["name"]] += n
        if pov != row["name"]:
            row["aliases"][pov] += 0
    return out


def _row_of(pov: str, people: dict[str, dict]) -> dict | None:
    if pov in people:
        return people[pov]
    words = set(name_words(pov))
    if not words:
        return None
    for row in people.values():
        if pov in row["aliases"] or any(set(name_words(a)) == words for a in row["aliases"]):
            return row
    holders = sorted(
        (r for r in people.values() if words <= set(name_words(r["name"])) or words >= set(name_words(r["name"]))),
        key=lambda r: -r["mentions"],
    )
    if holders and (len(holders) == 1 or holders[0]["mentions"] >= 2 * holders[1]["mentions"]):
        return holders[0]
    return None


def _character_rows(people: dict[str, dict], povs: set[str], pov_scenes: Counter, min_mentions: int) -> list[dict]:
    """Roster rows, most mentioned first: name, aliases, role pov (with its scene count), pronouns."""
    characters = []
    for row in sorted(people.values(), key=lambda r: (-r["mentions"], r["name"])):
        if row["mentions"] < min_mentions and row["name"] not in povs:
            continue
        out: dict = {"name": row["name"]}
        aliases = [a for a, _ in row["aliases"].most_common() if _clean_alias(a)]
        if aliases:
            out["aliases"] = aliases
        if row["name"] in povs:
            out["role"] = "pov"
            out["pov_scenes"] = pov_scenes[row["name"]]
        if row["pronouns"]:
            out["pronouns"] = row["pronouns"].most_common(1)[0][0]
        out["mentions"] = row["mentions"]
        characters.append(out)
    return characters


def _clean_alias(alias: str) -> bool:
    return alias[:1].isupper()


def render(draft: dict, books: list[Path]) -> str:
    body = yaml.safe_dump(draft, allow_unicode=True, sort_keys=False, width=110)
    return HEADER.format(books=", ".join(p.name for p in books)) + "\n" + body


def write_draft(paths: list[Path], out: Path, force: bool = False, min_mentions: int = 2) -> dict:
    """Write the draft roster atomically; never over a book, nor over an existing file without `force`."""
    out = Path(out)
    for p in paths:
        if not p.exists():
            raise UserError(f"{p}: no such manuscript")
        if p.resolve() == out.resolve():
            raise UserError(f"{out}: is one of the input books; choose another --out")
    if out.exists() and not force:
        raise UserError(
            f"{out}: already exists (a roster you may have corrected); pass --force to replace it "
            "or choose another --out"
        )
    draft = suggest(paths, min_mentions)
    atomic.write_text(out, render(draft, paths))
    return draft
