"""Where each chunk tag came from: heuristic, LLM or the user's override, with a confidence.

`manuscripts.labeller` chooses who labels a chunk: `heuristic` (the taggers, offline), `llm` (the
generation server, `llm_labels`), or `both` (heuristic labels kept, the LLM's answer compared with
them; a disagreement sends the chunk to review). A user's overrides file, keyed by `chunk_key`, then
replaces any tag. Every chunk's metadata carries `tag_sources` and `tag_confidence` per tag and, when it
needs a human look, `review` with the reasons; `review.py` writes those rows to `<out>.review.csv`.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...config_base import read_yaml_mapping
from ...domain.scene_types import NARRATIVE_PERSONS, SCENE_TYPES
from ...errors import UserError

#: Tags a source can set (the LLM answers all of them; an override may replace any).
TAGS = ("pov", "person", "scene_type", "tension", "setting", "characters")
#: Tags compared in `both` mode: categorical ones, and tension (a disagreement is more than one step apart).
COMPARED = ("pov", "person", "scene_type", "tension")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
KEY_WORDS = 12


def first_words(text: str, n: int = KEY_WORDS) -> str:
    return " ".join(text.split()[:n])


def chunk_key(source: str, chapter: Any, text: str) -> str:
    """`book:chapter:hash` of the chunk's first words: the same after a rebuild or an edit elsewhere.

    `book` is the file's stem, `chapter` its number (or a slug of its title), the hash covers the first
    twelve words (lowercased, punctuation aside), so moving a chunk's end or editing another chapter
    keeps the key.
    """
    book = re.sub(r"[^\w\-]+", "-", Path(str(source)).stem).strip("-").lower() or "book"
    ch = str(chapter) if chapter not in (None, "") else "front"
    ch = re.sub(r"[^\w\-]+", "-", ch).strip("-").lower() or "front"
    words = _WORD.findall(text.lower().replace("’", "'"))[:KEY_WORDS]
    digest = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:10]
    return f"{book}:{ch}:{digest}"


# ---- overrides -------------------------------------------------------------------------------------
_REJECT = object()
#: Per tag: the value as stored when it is acceptable, else `_REJECT` ("pov" accepts None: no POV).
_CLEAN: dict[str, Any] = {
    "pov": lambda v: (v or None) if v is None or isinstance(v, str) else _REJECT,
    "person": lambda v: v if v in NARRATIVE_PERSONS else _REJECT,
    "scene_type": lambda v: v if v in SCENE_TYPES else _REJECT,
    "tension": lambda v: v if isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 5 else _REJECT,
    "setting": lambda v: v.strip() if isinstance(v, str) and v.strip() else _REJECT,
    "characters": lambda v: (
        [x for x in v if x.strip()] if isinstance(v, list) and all(isinstance(x, str) for x in v) else _REJECT
    ),
    "summary": lambda v: " ".join(v.split()) if isinstance(v, str) and v.strip() else _REJECT,
}
_EXPECTED = {
    "pov": "a name or null",
    "person": " | ".join(NARRATIVE_PERSONS),
    "scene_type": " | ".join(SCENE_TYPES),
    "tension": "an integer 1-5",
    "setting": "a place",
    "characters": "a list of names",
    "summary": "a sentence or two",
}


def _check_value(tag: str, value: Any, where: str) -> Any:
    clean = _CLEAN[tag](value)
    if clean is _REJECT:
        raise UserError(f"{where}: '{tag}' must be {_EXPECTED[tag]}, not {value!r}")
    return clean


@dataclass
class Overrides:
    """The user's corrections: chunk key -> {tag: value}; `used` records which keys matched a chunk."""

    by_key: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: str = ""
    used: set[str] = field(default_factory=set)

    def get(self, key: str) -> dict[str, Any]:
        got = self.by_key.get(key)
        if got is not None:
            self.used.add(key)
        return got or {}

    @property
    def unused(self) -> list[str]:
        return sorted(set(self.by_key) - self.used)


def load_overrides(path: str | Path | None) -> Overrides | None:
    """Read an overrides YAML: a mapping of chunk keys (from the review file) to the tags to set.

    ```yaml
    dracula:3:0a1b2c3d4e:
      pov: Jonathan Harker
      scene_type: dialogue
    ```
    """
    if path is None:
        return None
    path = Path(path)
    raw = read_yaml_mapping(path, "overrides file")
    out = Overrides(path=path.name)
    for key, tags in raw.items():
        where = f"{path}: {key}"
        if not isinstance(tags, dict) or not tags:
            raise UserError(f"{where}: needs tag: value lines (e.g. 'pov: Mina Murray')")
        unknown = sorted(set(tags) - set(TAGS) - {"summary"})
        if unknown:
            raise UserError(f"{where}: unknown tag '{unknown[0]}' (tags: {', '.join((*TAGS, 'summary'))})")
        out.by_key[str(key)] = {t: _check_value(t, v, where) for t, v in tags.items()}
    return out


# ---- one chunk's labels ----------------------------------------------------------------------------
@dataclass
class Labelling:
    """How a build labels its chunks. `llm` (texts, book, sheet) -> one answer dict or None per text."""

    mode: str = "heuristic"  # heuristic | llm | both
    llm: Callable[[list[str], str, str], list[dict | None]] | None = None
    overrides: Overrides | None = None
    review_below: float = 0.5

    def __post_init__(self) -> None:
        if self.mode not in ("heuristic", "llm", "both"):
            raise UserError(f"manuscripts.labeller must be heuristic, llm or both, not '{self.mode}'")
        if self.mode != "heuristic" and self.llm is None:
            raise UserError(f"manuscripts.labeller: {self.mode} needs an LLM server (the generation: section)")


def _same(tag: str, a: Any, b: Any) -> bool:
    if tag == "tension":
        return a is not None and b is not None and abs(int(a) - int(b)) <= 1
    if tag == "pov":
        return _name_key(a) == _name_key(b)
    return a == b


def _name_key(name: Any) -> frozenset[str]:
    """Words of a name without titles, so "Dr. Seward" and "John Seward" compare by surname overlap."""
    if not name:
        return frozenset()
    words = {w for w in _WORD.findall(str(name).lower()) if w not in ("mr", "mrs", "miss", "ms", "dr", "the")}
    return frozenset(words)


def same_person(a: Any, b: Any) -> bool:
    ka, kb = _name_key(a), _name_key(b)
    return ka == kb or (bool(ka) and bool(kb) and (ka <= kb or kb <= ka))


def apply_labels(
    meta: dict,
    heuristic_conf: dict[str, float | None],
    llm: dict | None,
    labelling: Labelling | None,
    key: str,
    why: dict[str, str] | None = None,
) -> dict:
    """Set the chunk's tags in `meta` from the chosen sources; returns what the review file needs.

    `meta` holds the heuristic tags on entry. Adds `chunk_key`, `tag_sources`, `tag_confidence`,
    `llm_labels` (in `both` mode, the LLM's answer where it differs), `summary` (the LLM's, or an
    override's) and `review` (reasons, empty when nothing needs a look). `why`: per tag, what made a
    heuristic tag unsure, written beside a low confidence. Steps: the LLM's labels by mode
    (`_take_llm`), the user's overrides (`_take_override`), then why the chunk needs a look
    (`_review_reasons`).
    """
    mode = labelling.mode if labelling else "heuristic"
    sources = {t: "heuristic" for t in TAGS}
    conf: dict[str, float | None] = {t: heuristic_conf.get(t) for t in TAGS}
    reasons = _take_llm(meta, llm, mode, sources, conf)
    if llm is not None and llm.get("summary"):
        meta["summary"] = llm["summary"]
    override = labelling.overrides.get(key) if labelling and labelling.overrides else {}
    if override:  # the user has looked at this chunk: it leaves the review list
        _take_override(meta, override, sources, conf)
        reasons = []
        meta.pop("llm_labels", None)
    else:
        reasons += _review_reasons(meta, conf, sources, labelling.review_below if labelling else 0.5, why or {})
    if "pov_confidence" in meta:
        meta["pov_confidence"] = conf["pov"]
    meta["chunk_key"] = key
    meta["tag_sources"] = sources
    meta["tag_confidence"] = {t: (round(c, 3) if c is not None else None) for t, c in conf.items()}
    meta["review"] = reasons
    return meta


def _take_llm(
    meta: dict, llm: dict | None, mode: str, sources: dict[str, str], conf: dict[str, float | None]
) -> list[str]:
    """`llm` mode: the LLM's tags replace the heuristic ones. `both`: agreement raises the confidence,
    disagreement is kept in `llm_labels` and listed for review. Returns the review reasons so far."""
    if llm is not None and mode == "llm":
        for t in TAGS:
            if t in llm:
                meta[t] = llm[t]
                sources[t] = "llm"
                conf[t] = llm.get("confidence")
        return []
    if llm is not None and mode == "both":
        disagree: dict[str, Any] = {}
        for t in COMPARED:
            if t not in llm:
                continue
            agree = same_person(meta.get(t), llm[t]) if t == "pov" else _same(t, meta.get(t), llm[t])
            if agree:  # two independent readers agree: at least as sure as the surer one
                conf[t] = max(c for c in (conf[t], llm.get("confidence"), 0.0) if c is not None)
            else:
                disagree[t] = llm[t]
        if not disagree:
            return []
        meta["llm_labels"] = disagree
        return [
            "disagreement: " + ", ".join(f"{t} heuristic {meta.get(t)!r} vs llm {v!r}" for t, v in disagree.items())
        ]
    if mode != "heuristic":
        return ["llm label missing (request failed or answer unusable): heuristic tags kept"]
    return []


def _take_override(meta: dict, override: dict, sources: dict[str, str], conf: dict[str, float | None]) -> None:
    """The user's values replace any tag (a summary is only text, not a tag with a source)."""
    for t, v in override.items():
        meta[t] = v
        if t != "summary":
            sources[t] = "override"
            conf[t] = 1.0


def _review_reasons(
    meta: dict, conf: dict[str, float | None], sources: dict[str, str], threshold: float, why: dict[str, str]
) -> list[str]:
    """No POV, and the tags whose confidence is under `threshold` (with what made a heuristic tag unsure)."""
    reasons = [] if meta.get("pov") else ["no POV"]
    low = [t for t in TAGS if (c := conf[t]) is not None and c < threshold and not (t == "pov" and not meta.get("pov"))]
    if low:
        because = {t: why.get(t) if sources[t] == "heuristic" else None for t in low}
        reasons.append(
            "low confidence: "
            + ", ".join(f"{t} {conf[t]:.2f}" + (f" ({because[t]})" if because[t] else "") for t in low)
        )
    return reasons


#: The lead of the best scene-type probability over the runner-up (`Tagger.scene_type`'s scores) at which the
#: type's confidence is 0.5, the review line. Calibrated on the 84 type-labelled chunks of the nine tuning
#: texts (`benchmarks/eval_manuscripts.py --type-review`): the smallest lead under which most (more than
#: half) of the mistyped chunks fall, halfway to the next chunk's lead. On all nine texts that is 0.321 with the
#: layer refitted on 113 books that reads the narration's word classes with the penalty at 0.03 (session 18: its
#: probabilities run flatter; 9 chunks under 0.5 hold 7 of the 13 misses, one over 0.7 is wrong 3 times in 69), 0.498
#: with the layer refitted on 101 books that reads habitual narration ("would", "used to"; session 16: 11 chunks under
#: 0.5 held 6 of the 10 misses, one over 0.7 was wrong 2 times in 67), 0.398 with the
#: layer refitted on 95 books that reads how much the talk recounts (session 14), 0.414 with the
#: layer refitted on 89 books that reads the narration's deixis (session 14), 0.581 with the
#: same layer refitted on 58 books (the six read blind on 2026-12-06 among them), 0.64 with the
#: layer whose penalty reads each column on its spread and that reads "spoken" (2026-12-06), 0.605 with the
#: layer refitted on 52 type-labelled books that reads the time a chunk spans (0.484 with the one fitted on 48,
#: 0.567 on 44, 0.549 with the layer that read the pacing only, 0.442 with the one before it, 0.38 on the
#: hand-weighted scores); fitted with each book left out in turn and applied to that book, it lists 15 chunks
#: (17.9%) holding 5 of the 8 misses (33.3% of those listed are wrong, 3 of the 69 others: 4.3%; the same with the
#: 48-book layer; with the 44-book layer, 16 chunks holding 5 of 8, 3 of 68 others).
#: On the 35 held-out texts, with the 44-book layer, the review line listed 102 of 380 chunks holding 33 of the 40
#: misses, 7 of the 278 others wrong (not re-measured for the 48- and 52-book layers).
TYPE_LEAD_AT_HALF = 0.321


def scene_type_confidence(lead: float) -> float:
    """How sure a scene type is, from the winning probability's lead over the runner-up (0-1):
    lead ** (log 0.5 / log `TYPE_LEAD_AT_HALF`). A tie is 0, the calibrated lead 0.5, a certain type 1; a lead
    of 0.2 is 0.37 and one of 0.8 is 0.87. With the layer refitted on 52 books, on the tuning texts a type under 0.5
    was wrong 5 times in 15 (the review file lists those 15), one of 0.5-0.7 twice in 10, one over 0.7 once in 59;
    with the 44-book layer, on the 35 held-out texts (which it was fitted on) under 0.5, 33 wrong of 102; 0.5-0.7, 4
    of 47; over 0.7, 3 of 231 (`--type-review --holdout`)."""
    lead = min(1.0, max(0.0, lead))
    return round(lead ** (math.log(0.5) / math.log(TYPE_LEAD_AT_HALF)), 3)


def heuristic_confidence(
    pov_conf: float | None,
    features: dict | None,
    person_conf: float | None = None,
    *,
    tension: float | None = None,
    setting: float | None = None,
    characters: float | None = None,
) -> dict:
    """Confidences the heuristic taggers state, per tag: POV (the tagger's own), scene type (the winning
    score's lead over the runner-up, `scene_type_confidence`), tension (`Tagger.book_tensions`), setting
    (`places.scene_setting`) and characters (`Tagger.characters_confidence`)."""
    out: dict[str, float | None] = {t: None for t in TAGS}
    out["pov"] = pov_conf
    out["person"] = person_conf
    scores = sorted(((features or {}).get("scores") or {}).values(), reverse=True)
    if len(scores) >= 2 and scores[0] > 0:
        out["scene_type"] = scene_type_confidence(scores[0] - max(0.0, scores[1]))
    out["tension"], out["setting"], out["characters"] = tension, setting, characters
    return out
