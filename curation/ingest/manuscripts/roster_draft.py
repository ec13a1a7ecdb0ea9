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
from .characters import CharacterModel, build_model
from .names import name_words
from .narrator import narrator_evidence
from .pipeline import ManuscriptResult, process_manuscript

HEADER = """\
# Draft roster written by `unwritten roster suggest` from: {books}
#
# Correct it, then point `manuscripts.roster` (or `--roster`) at it:
# - characters: one entry per person; `aliases` are the other names the book uses for them (merge two
#   entries by moving one's name and aliases into the other; delete anyone who is not a person).
#   `role: pov` marks the people whose scenes the book tells; only they can be a scene's POV.
#   `pronouns` is the gender the narration gives them. `mentions` is informational.
# - glossary: places (kind: place), organisations, kinds of being, things (ships, instruments, works of
#   art, personifications), call signs, posts (kind: title, held by several people) and other invented
#   terms. Terms with kind: place are used as settings. A post held by one person is one of their aliases.
#   `evidence` counts the uses that kept each term out of the characters: after a place preposition
#   (place, within, goal), after "the" or "a" (the, kind), set in italics (italic), named as an "it"
#   (named_it), named as an animal or a machine (named_as: "the mule is named X"; is_a: "X is a grey
#   parrot"), owning a made thing's part (part: "Agnes's lid"), where a work of art stands or what is
#   done to it (shown: "off the easel", "in the crate"), spoken to in radio talk (radio: "Central, all
#   units"), the subject of a plural verb (plural), and, against it, acting as a person (person: speaking,
#   thinking, perceiving; mind: thinking), addressed (vocative) or titled.
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
        renamed = _narrators_called_otherwise(result, model)
        for p in model.people:
            name = renamed.get(p.name, p.name)
            row = people.setdefault(
                name, {"name": name, "aliases": Counter(), "mentions": 0, "pronouns": Counter(), "acts": 0}
            )
            row["mentions"] += p.count
            row["acts"] += sum(p.evidence.get(k, 0) for k in ("person", "vocative", "social"))
            row["aliases"].update({v: n for v, n in p.variants.items() if v != name})
            if p.gender:
                row["pronouns"][p.gender] += p.count
        for e in model.others:
            term = model.display(e.name)
            kind = "place" if e in model.places else e.kind
            g = glossary.setdefault(term, {"term": term, "kind": kind, "mentions": 0, "evidence": Counter()})
            g["mentions"] += e.count
            g["evidence"].update({k: v for k, v in e.evidence.items() if k not in ("n", "mid", "caps", "owned")})
    pov_scenes = _pov_rows(pov_scenes, people)
    povs = {name for name, n in pov_scenes.items() if n >= 2 or (scenes <= 3 and n >= 1)}
    terms = [
        {**g, "evidence": dict(g["evidence"].most_common())}
        for g in sorted(glossary.values(), key=lambda g: (-g["mentions"], g["term"]))
        if g["mentions"] >= min_mentions
    ]
    return {"characters": _character_rows(people, povs, pov_scenes, min_mentions), "glossary": terms}


def _narrators_called_otherwise(result: ManuscriptResult, model: CharacterModel) -> dict[str, str]:
    """People who are a first-person narrator under another first name: addressed twice or more in the scenes
    that narrator tells, and sharing the narrator's family name ("Jack Seward" in the diary headed "Dr.
    Seward's Diary", whose writer is John Seward: "“When you come back, Jack, ...”", "“Jack Seward, I don't
    want to shove myself in”"). Returns person -> the narrator's name."""
    scenes = {s.index: s for ch in result.book.chapters for s in ch.scenes}
    called: dict[str, Counter] = {}
    for k, res in result.scene_pov.items():
        if res.person != "first" or not res.pov or k not in scenes:
            continue
        narrator = _person_named(res.pov, model)
        text = "\n\n".join(p.text for p in scenes[k].paragraphs)
        ev = narrator_evidence(text, model.index, lambda p: True)
        called.setdefault(narrator, Counter()).update({p: n for p, n in ev.addressed.items() if p != narrator})
    out: dict[str, str] = {}
    for narrator, names in called.items():
        for person, n in names.items():
            a, b = name_words(person), name_words(narrator)
            if n >= 2 and len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1] and a[0] != b[0] and person not in called:
                out[person] = narrator
    return out


def _person_named(name: str, model: CharacterModel) -> str:
    """The person a narrator's name (a heading's "Seward") stands for: the one the index gives it, else the one
    person whose name holds all its words and who is named at least twice as often as any other holder."""
    person = model.index.resolve(name)
    if person:
        return person
    words = set(name_words(name))
    holders = sorted((e for e in model.people if words and words <= set(name_words(e.name))), key=lambda e: -e.count)
    if holders and (len(holders) == 1 or holders[0].count >= 2 * holders[1].count):
        return holders[0].name
    return name


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
        if row["name"] not in povs and (row["mentions"] < min_mentions or (row["mentions"] <= 2 and not row["acts"])):
            continue  # named once or twice, never acting, spoken to or "Mr"-ed: an epitaph's or a list's name
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
