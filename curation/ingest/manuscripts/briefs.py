"""Human prompts for manuscript chunks that say what happens, from Jinja2 templates (package data).

Every prompt states what happens in the scene (the LLM's summary when a labeller or summary endpoint
gave one, else a sentence built from the chunk's own tags by `summary.j2`: who is present, where, and
how the scene turns), its POV and tone, in one of several phrasings chosen deterministically per chunk:
`full-*.j2` briefs, `light-*.j2` short asks and, when the previous chunk is of the same split group,
`continue-*.j2` with its closing lines. The templates live in `curation/defaults/prompts/scenes/` (or a
folder of the user's with the same names): prompts are data, not code.

Names appear once each: a short form of a listed person ("Kael" beside "Kael Varro") is dropped; places
and chapter titles are never settings or characters here (`people` and `setting` are filtered by the
caller's knowledge of the book).
"""

from __future__ import annotations

import random
import re
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from ... import defaults
from ...errors import UserError
from .labels import same_person
from .prompts import closing_lines

SCENE_PROMPTS = "prompts/scenes"
TONE = {1: "quiet", 2: "measured", 3: "uneasy", 4: "tense", 5: "urgent"}
TYPE_PHRASE = {
    "action": ["an action scene", "a scene of physical conflict", "a fast-moving scene"],
    "dialogue": ["a dialogue-driven scene", "a conversation scene", "a scene carried by its dialogue"],
    "introspective": ["an introspective scene", "a reflective, interior scene", "a character scene"],
    "exposition": ["a worldbuilding scene", "a scene that unfolds the world", "an expository scene"],
}
TYPE_ADJECTIVE = {
    "action": "action",
    "dialogue": "dialogue-driven",
    "introspective": "introspective",
    "exposition": "expository",
}
_TITLE = re.compile(r"\b(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Lord|Captain|Professor)\b\.?", re.I)
_VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|se|su|ro|ti)|hon|hour|heir)", re.I)


#: Places one is on rather than in ("on the roof", "on the bridge", "on the quay"); every other place takes "in".
_ON_PLACES = frozenset(
    [
        "roof",
        "roofs",
        "rooftop",
        "rooftops",
        "deck",
        "bridge",
        "bank",
        "shore",
        "beach",
        "pier",
        "quay",
        "jetty",
        "wharf",
        "street",
        "road",
        "platform",
        "terrace",
        "balcony",
        "porch",
        "veranda",
        "verandah",
        "landing",
        "stair",
        "stairs",
        "staircase",
        "hull",
        "spine",
        "ice",
        "island",
        "hillside",
        "hill",
        "ridge",
        "mountain",
        "moor",
        "moors",
        "heath",
        "plain",
        "plains",
        "lawn",
        "track",
        "path",
        "cliff",
        "cliffs",
        "dune",
        "dunes",
        "reef",
        "ledge",
        "summit",
        "sea",
        "ocean",
        "lake",
        "river",
        "water",
    ]
)


def at_place(setting: str) -> str:
    """ "in the kitchen", "on the roof, Kowalski's", "in bed": the setting with the preposition its first place
    takes."""
    setting = str(setting)
    words = setting.split(",")[0].split()
    head = words[-1].casefold() if words else ""
    if words and [w.casefold() for w in words] == ["the", "bed"]:  # "in bed", as English says it
        return "in bed" + setting[len("the bed") :]
    return ("on " if head in _ON_PLACES else "in ") + setting


def indefinite(phrase: str) -> str:
    """ "an uneasy", "a tense", "a unique", "an hour-long" """
    phrase = str(phrase).strip()
    return ("an " if _VOWEL_SOUND.match(phrase) else "a ") + phrase


def join_names(names: Any) -> str:
    names = [str(n) for n in names or []]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s'") else f"{name}'s"


def distinct_people(names: list[str], pov: str | None, limit: int = 3) -> list[str]:
    """Each person once, the POV excluded: a name that is part of another listed name (a first name,
    a surname) is the same person named shorter and is dropped; the longest form is kept."""
    out: list[str] = []
    for n in sorted(dict.fromkeys(names), key=lambda n: -len(_TITLE.sub("", n).split())):
        if pov and same_person(n, pov):
            continue
        if any(same_person(n, o) for o in out):
            continue
        out.append(n)
    order = {n: k for k, n in enumerate(names)}
    return sorted(out, key=lambda n: order[n])[:limit]


class Briefs:
    """The scene prompt templates of one folder, with the filters they use (`a`, `names`, `possessive`)."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder else defaults.path(SCENE_PROMPTS)
        if not (self.folder / "summary.j2").is_file():
            raise UserError(f"scene prompt folder {self.folder} has no summary.j2 (null = the packaged templates)")
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.folder)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
        )
        self.env.filters.update(a=indefinite, names=join_names, possessive=possessive, at=at_place)
        self.kinds = {k: sorted(p.name for p in self.folder.glob(f"{k}-*.j2")) for k in ("full", "light", "continue")}
        if not self.kinds["full"]:
            raise UserError(f"scene prompt folder {self.folder} has no full-*.j2 template")

    def render(self, name: str, **ctx: Any) -> str:
        try:
            text = self.env.get_template(name).render(**ctx)
        except jinja2.TemplateError as e:
            raise UserError(f"{self.folder / name}: {e}") from None
        return re.sub(r"[ \t]+", " ", text).strip()

    def tag_summary(self, ctx: dict) -> str:
        return self.render("summary.j2", **ctx)

    def prompt(
        self,
        meta: dict,
        rng: random.Random,
        universe_name: str,
        *,
        people: list[str],
        setting: str | None,
        turn: str,
        gender: str | None,
        summary: str | None = None,
        previous_summary: str | None = None,
        previous_text: str | None = None,
        terms: list[str] | None = None,
    ) -> str:
        """One chunk's prompt. `people`: persons present (already filtered to real people), `setting`: a
        place or None, `turn`: rising | falling | steady, `gender`: "he" | "she" | None for the POV, `terms`:
        the chunk's worldbuilding terms as the book writes them ("the Guild"; default: the tagged ones)."""
        pov = meta.get("pov")
        person = meta.get("person") or "third"
        kind = meta.get("scene_type") or "dialogue"
        others = distinct_people(people, pov)
        ctx = {
            "pov": pov,
            "pov_short": pov,
            "person": person,
            "scene_type": kind,
            "type_phrase": rng.choice(TYPE_PHRASE[kind]),
            "type_adjective": TYPE_ADJECTIVE[kind],
            "tone": TONE.get(int(meta.get("tension") or 2), "measured"),
            "setting": setting,
            "others": others,
            "universe": universe_name,
            "turn": turn,
            # what the scene explains, not the place it is set in ("learns more about Hollis in the Delacroix")
            "terms": [
                t
                for t in (meta.get("worldbuilding_terms") or [] if terms is None else terms)
                if t.casefold().removeprefix("the ") not in (setting or "").casefold()
            ][:2],
            "poss": {"he": "his", "she": "her"}.get(gender or "", "their"),
            "obj": {"he": "him", "she": "her"}.get(gender or "", "them"),
            "previous_summary": previous_summary,
            "tail": None,
        }
        # which phrasing of the summary: fixed per chunk by its generator's state, without drawing from it
        # (the template and type-phrase choices stay as they were)
        ctx["variant"] = zlib.crc32(repr(rng.getstate()[1][:8]).encode()) % 3
        ctx["what"] = summary or self.tag_summary(ctx)
        roll = rng.random()
        if previous_text and roll < 0.2 and self.kinds["continue"]:
            ctx["tail"] = closing_lines(previous_text)
            return self.render(rng.choice(self.kinds["continue"]), **ctx)
        if previous_text and not previous_summary:
            ctx["tail"] = closing_lines(previous_text, 40)
        if roll < 0.4 and self.kinds["light"]:
            return self.render(rng.choice(self.kinds["light"]), **ctx)
        return self.render(rng.choice(self.kinds["full"]), **ctx)


@lru_cache(maxsize=4)
def briefs(folder: str | None = None) -> Briefs:
    return Briefs(folder)


def prompt_setting(setting: str | None, chapter_title: str | None) -> str | None:
    """The tagged setting as a prompt may use it: never a chapter title or a placeholder; a room and the
    named place it is in ("the galley / the Meridian") read "the galley, the Meridian"."""
    if not setting or setting == "unspecified":
        return None
    title = (chapter_title or "").strip().casefold()
    parts = [p.strip() for p in setting.split(" / ") if p.strip() and p.strip().casefold() != title]
    if not parts or (chapter_title and setting == chapter_title):
        return None
    return ", ".join(parts[:2])


#: Words a title keeps in lower case after its first word ("The Quorum at Calloway", "War of the Worlds").
_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "from",
        "with",
        "into",
        "upon",
        "as",
        "via",
    ]
)


def universe_name(universe: str | None, source: str) -> str:
    """How prompts name the book's world: the given universe, else the file's name, in title case."""
    raw = universe or Path(source).stem
    words = re.sub(r"[_\-]+", " ", raw).split()
    return " ".join(
        w if k and w.lower() in _MINOR_WORDS else (w[:1].upper() + w[1:])
        for k, w in enumerate(w.lower() if w.isupper() else w for w in words)
    )


def universe_slug(universe: str | None, source: str) -> str:
    """The `universe` stored on rows: the given one, else the file's stem ("war-of-the-worlds")."""
    if universe:
        return universe
    return re.sub(r"[^\w\-]+", "-", Path(source).stem).strip("-").lower() or "manuscript"


def scene_turn(text: str, tension_of: Any) -> str:
    """rising | falling | steady: the tension of the chunk's second half against its first."""
    paras = text.split("\n\n")
    if len(paras) < 2:
        return "steady"
    total = sum(len(p.split()) for p in paras)
    acc, cut = 0, 1
    for k, p in enumerate(paras):
        acc += len(p.split())
        if acc >= total / 2:
            cut = max(1, min(len(paras) - 1, k + 1))
            break
    a, b = tension_of("\n\n".join(paras[:cut])), tension_of("\n\n".join(paras[cut:]))
    return "rising" if b - a >= 1 else "falling" if a - b >= 1 else "steady"
