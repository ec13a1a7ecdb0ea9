"""Synthetic records for the stage tests and benchmarks: varied LLM-style prose with planted near-duplicates.

Why our own generator: the benchmark must run offline, at any size, with near-duplicates whose
similarity is *known*. Text is built from a small grammar (names, places, feelings, stage directions,
dialogue) so that unrelated records share the stock phrasing that makes generated data hard to
deduplicate (the same "[voice breaks]" and "I can't do this right now" in thousands of rows), while
each record still has its own content. A share of records are planted variants of a base record,
edited (word swaps, insertions, deletions, typos, sentence drops) until their rapidfuzz ratio to the
base reaches a target drawn from a range around the threshold, so both sides of 0.85 are exercised.

    python tests/synthetic.py 1000 > sample.jsonl     # or: make_records(n, seed)
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass

from rapidfuzz import fuzz

from curation.records import GPT, HUMAN, SYSTEM, Record, Source, normalize_text

NAMES = [
    "Mara",
    "Okafor",
    "Elias",
    "Venn",
    "Priya",
    "Sato",
    "Tomas",
    "Reyes",
    "Ilse",
    "Moreau",
    "Kofi",
    "Lind",
    "Aiyana",
    "Cole",
    "Dario",
    "Frost",
    "Nell",
    "Achterberg",
    "Rowan",
    "Pike",
    "Sunniva",
    "Hale",
    "Jonah",
    "Ibarra",
    "Lucia",
    "Brandt",
    "Oren",
    "Walsh",
    "Tamsin",
    "Oduya",
    "Wren",
    "Castellanos",
    "Hugo",
    "Marchetti",
    "Yara",
    "Kovacs",
    "Bram",
    "Halloran",
    "Ines",
    "Takeda",
    "Caspian",
    "Reed",
]
PLACES = [
    "the hospital corridor",
    "the kitchen at 3 a.m.",
    "a crowded train platform",
    "the back of the bakery",
    "her sister's apartment",
    "the parking garage",
    "the night shift break room",
    "a rain-soaked bus stop",
    "the empty classroom",
    "the community garden",
    "the hospice waiting room",
    "a diner off Route 9",
    "the rooftop of the clinic",
    "his father's workshop",
    "the ferry terminal",
    "the laundromat",
]
FEELINGS = [
    "exhausted",
    "hollowed out",
    "furious",
    "numb",
    "afraid",
    "guilty",
    "relieved",
    "ashamed",
    "brittle",
    "restless",
    "heartbroken",
    "overwhelmed",
    "tender",
    "defensive",
    "resentful",
    "hopeful",
    "jittery",
    "raw",
    "detached",
    "grateful",
]
DIRECTIONS = [
    "[voice breaks]",
    "[long pause]",
    "[looks away]",
    "[rubs temples]",
    "[laughs without humor]",
    "[hands shaking]",
    "[sits down heavily]",
    "[exhales slowly]",
    "[stares at the phone]",
    "[jaw tightens]",
    "[reaches out, then stops]",
    "[eyes glassy]",
    "[steps back]",
    "[quietly]",
]
STOCK = (
    "I can't do this right now.",
    "I'm so sorry, I really am.",
    "I want to help, I just don't have it in me.",
    "Can we talk about this tomorrow?",
    "You deserve more than I can give tonight.",
    "I hear you. I do.",
    "That's not fair and you know it.",
    "I didn't mean it like that.",
    "Please, just give me a minute.",
    "I'm running on empty.",
    "I don't know what you want me to say.",
)
OBJECTS = [
    "the unpaid bills",
    "the voicemail from the school",
    "her mother's diagnosis",
    "the layoff notice",
    "the cracked phone screen",
    "the eviction letter",
    "his brother's wedding",
    "the custody hearing",
    "the missed deadline",
    "the broken promise",
    "the funeral arrangements",
    "the lab results",
    "the overdue rent",
    "the argument from last week",
    "the scholarship rejection",
    "the late train",
]
VERBS = [
    "kept thinking about",
    "couldn't stop replaying",
    "had been avoiding",
    "tried to forget",
    "wanted to explain",
    "refused to mention",
    "kept circling back to",
    "was still angry about",
    "felt crushed by",
    "had no words for",
    "was ashamed of",
    "had promised to fix",
    "could barely look at",
    "never asked about",
]
ADVERBS = [
    "quietly",
    "finally",
    "again",
    "carefully",
    "too quickly",
    "without thinking",
    "for the first time",
    "almost gently",
    "against every instinct",
    "half-heartedly",
    "stubbornly",
    "at last",
]
TIMES = [
    "after the double shift",
    "before dawn",
    "three days without sleep",
    "since the accident",
    "after the phone call",
    "in the middle of the move",
    "the night before the exam",
    "right after the funeral",
    "during the storm",
]
CONNECT = ["but", "and", "because", "so", "even though", "while", "until", "although"]
NOUNS = [
    "window",
    "kettle",
    "letter",
    "ledger",
    "coat",
    "staircase",
    "harbor",
    "orchard",
    "lantern",
    "envelope",
    "radio",
    "blanket",
    "doorway",
    "suitcase",
    "notebook",
    "bicycle",
    "ceiling",
    "mirror",
    "garden",
    "curtain",
    "bridge",
    "station",
    "photograph",
    "promise",
    "secret",
    "apology",
    "silence",
    "rumor",
    "debt",
    "fever",
    "storm",
    "river",
    "fence",
    "hallway",
    "pharmacy",
    "tram",
    "chapel",
    "warehouse",
    "receipt",
    "voicemail",
    "recipe",
    "quilt",
    "candle",
    "compass",
    "ticket",
    "shovel",
    "bracelet",
    "jacket",
    "scarf",
    "pillow",
    "medicine",
    "wallet",
    "stethoscope",
    "paycheck",
    "mortgage",
    "diary",
    "calendar",
    "sandwich",
    "motorcycle",
    "violin",
    "typewriter",
    "helmet",
    "locket",
    "deadline",
    "contract",
    "verdict",
    "diagnosis",
    "scholarship",
    "interview",
    "inheritance",
    "tattoo",
    "bruise",
    "scar",
    "cigarette",
]
ADJS = [
    "cold",
    "narrow",
    "faded",
    "crooked",
    "quiet",
    "bitter",
    "heavy",
    "brittle",
    "warm",
    "rusted",
    "borrowed",
    "stolen",
    "unopened",
    "crumpled",
    "patient",
    "careless",
    "familiar",
    "distant",
    "stubborn",
    "awkward",
    "hollow",
    "bright",
    "gentle",
    "fragile",
    "reckless",
    "tired",
    "silver",
    "muddy",
    "secondhand",
    "enormous",
    "tiny",
    "sour",
    "sweet",
    "yellowed",
    "frayed",
    "polished",
]
ACTS = [
    "folded",
    "picked up",
    "set down",
    "stared at",
    "tore open",
    "hid",
    "pushed away",
    "turned over",
    "counted",
    "cleaned",
    "repaired",
    "ignored",
    "studied",
    "pocketed",
    "returned",
    "dropped",
    "signed",
    "burned",
    "smoothed out",
    "wrapped",
    "guarded",
]

DATA_TYPES = {  # the spec's daily production table
    "emotional_authenticity": 2000,
    "dramatic_irony": 1500,
    "tension_building": 1200,
    "memory_resonance": 1000,
    "personality_traits": 2500,
    "relationship_scoring": 1000,
}
CAPACITY = ("crisis", "low", "medium", "high")
AUTHENTICITY = ("failed", "struggling", "authentic", "excellent")
COMPLEXITY = (
    "baseline",
    "people_pleasing",
    "misjudgment_over",
    "misjudgment_under",
    "defensive_lashing",
    "emergency_override",
    "cultural_indirect",
    "mixed_emotions",
)
SCENE_TYPES = ("action", "dialogue", "introspective", "exposition")  # the tagger's names
UNIVERSES = ("unwritten", "visions_of_gaea")
WORDS = sorted(
    {
        w.strip(".,?'[]").lower()
        for part in (STOCK, PLACES, OBJECTS, VERBS, ADVERBS, TIMES, FEELINGS, NOUNS, ADJS)
        for s in part
        for w in s.split()
        if len(w) > 2
    }
)


SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "ve",
    "lan",
    "tor",
    "is",
    "el",
    "an",
    "sa",
    "bel",
    "dor",
    "fin",
    "gar",
    "hal",
    "jun",
    "kes",
    "lor",
    "mar",
    "nev",
    "or",
    "pel",
    "quin",
    "ras",
    "sen",
    "tal",
    "ul",
    "vor",
    "wen",
    "yar",
    "zel",
    "ath",
    "bri",
    "cor",
    "dal",
    "eth",
    "gwen",
    "hol",
    "ith",
    "jor",
    "kael",
    "lys",
    "mir",
    "nor",
    "oth",
]


def _name(rng: random.Random) -> str:
    """A made-up proper name: generated scenarios each have their own cast and places."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _free(rng: random.Random, cast: list[str]) -> str:
    """A sentence from the open grammar: the varied part of a response."""
    a = rng.choice(cast)
    n1, n2 = rng.sample(NOUNS, 2)
    return (
        f"{a} {rng.choice(ACTS)} the {rng.choice(ADJS)} {n1} {rng.choice(CONNECT)} "
        f"the {rng.choice(ADJS)} {n2} {rng.choice(('seemed', 'looked', 'felt', 'was'))} "
        f"{rng.choice(ADJS)}."
    )


def _sentence(rng: random.Random, cast: list[str]) -> str:
    a, b = rng.sample(cast, 2)
    form = rng.randrange(14)
    if form >= 7:
        return _free(rng, cast)
    if form == 0:
        return f"{a} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TIMES)}."
    if form == 1:
        return f'"{rng.choice(STOCK)}" {a} said {rng.choice(ADVERBS)}, {rng.choice(DIRECTIONS)}'
    if form == 2:
        return (
            f"In {rng.choice(PLACES)}, {a} felt {rng.choice(FEELINGS)} {rng.choice(CONNECT)} "
            f"{b} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."
        )
    if form == 3:
        return f'{rng.choice(DIRECTIONS)} "{b}, I {rng.choice(VERBS).split()[0]} {rng.choice(OBJECTS)}."'
    if form == 4:
        return (
            f"{a} was {rng.choice(FEELINGS)}, {rng.choice(TIMES)}, and {rng.choice(ADVERBS)} "
            f"told {b} about {rng.choice(OBJECTS)}."
        )
    if form == 5:
        n = rng.randint(3, 9)
        return f"Capacity {n}/10 means {a} can offer support up to {min(10, n + 2)}/10, not more."
    return f'"{rng.choice(STOCK)} {rng.choice(STOCK)}" {rng.choice(DIRECTIONS)}'


def base_text(rng: random.Random, min_chars: int, max_chars: int) -> str:
    target = rng.randint(min_chars, max_chars)
    cast = [_name(rng) for _ in range(3)] + rng.sample(NAMES, 2)
    out: list[str] = []
    size = 0
    while size < target:
        s = _sentence(rng, cast)
        out.append(s)
        size += len(s) + 1
    return " ".join(out)


def _edit(words: list[str], rng: random.Random) -> None:
    op = rng.random()
    i = rng.randrange(len(words)) if words else 0
    if op < 0.35 and words:
        words[i] = rng.choice(WORDS)
    elif op < 0.55:
        words.insert(i, rng.choice(WORDS))
    elif op < 0.75 and len(words) > 5:
        del words[i]
    elif op < 0.9 and words and len(words[i]) > 3:
        w = words[i]
        j = rng.randrange(len(w) - 1)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]  # transposition typo
    elif len(words) > 20:  # drop a short run of words (a lost clause)
        del words[i : i + rng.randint(2, 6)]


def variant(text: str, target: float, rng: random.Random) -> tuple[str, float]:
    """Edit `text` until its fuzz.ratio/100 to the original (normalised) drops to about `target`."""
    base = normalize_text(text)
    words = text.split()
    sim = 1.0
    step = max(1, len(words) // 60)
    while True:
        trial = list(words)
        for _ in range(step):
            _edit(trial, rng)
        s = fuzz.ratio(base, normalize_text(" ".join(trial))) / 100
        if s < target - 0.01 and step > 1:
            step = max(1, step // 2)
            continue
        words, sim = trial, s
        if sim <= target:
            return " ".join(words), sim


@dataclass
class Planted:
    base: str
    variant: str
    similarity: float


def make_records(
    n: int,
    seed: int = 0,
    *,
    dup_share: float = 0.15,
    sim_range: tuple[float, float] = (0.7, 1.0),
    scene_share: float = 0.02,
    min_chars: int = 250,
    max_chars: int = 1400,
) -> tuple[list[Record], list[Planted]]:
    """`n` records, about `dup_share` of them planted variants of another record (similarities known)."""
    rng = random.Random(seed)
    types = list(DATA_TYPES)
    weights = list(DATA_TYPES.values())
    records: list[Record] = []
    planted: list[Planted] = []
    for i in range(n):
        scene = rng.random() < scene_share
        if records and rng.random() < dup_share:
            src = records[rng.randrange(len(records))]
            target = rng.uniform(*sim_range)
            text, sim = variant(src.content(), target, rng)
            planted.append(Planted(src.id, f"r{i:07d}", sim))
            kind, dtype, group = src.kind, src.data_type, None
            meta_src = src.metadata
        else:
            kind = "scene" if scene else "interaction"
            dtype = None if scene else rng.choices(types, weights)[0]
            text = base_text(rng, *((4000, 9000) if scene else (min_chars, max_chars)))
            group = f"scenario-{rng.randrange(max(1, n // 4))}" if not scene else f"scene-{i}"
            meta_src = {}
        meta = {
            "quality": round(rng.uniform(0.5, 1.0), 3),
            "universe": meta_src.get("universe", "visions_of_gaea" if kind == "scene" else rng.choice(UNIVERSES)),
        }
        if kind == "scene":
            meta["scene_type"] = meta_src.get("scene_type", rng.choices(SCENE_TYPES, (35, 30, 20, 15))[0])
        else:
            meta.update(
                capacity_level=meta_src.get("capacity_level", rng.choice(CAPACITY)),
                authenticity_target=meta_src.get("authenticity_target", rng.choice(AUTHENTICITY)),
                complexity_type=meta_src.get("complexity_type", rng.choice(COMPLEXITY)),
            )
        records.append(
            Record(
                id=f"r{i:07d}",
                kind=kind,
                source=Source(f"synthetic/batch{i // 100:05d}.json", i % 100),
                data_type=dtype,
                group=group,
                metadata=meta,
                conversations=[
                    {"from": SYSTEM, "value": "You are a character in a narrative game."},
                    {"from": HUMAN, "value": f"Respond as the character ({dtype or 'scene'})."},
                    {"from": GPT, "value": text},
                ],
            )
        )
    return records, planted


if __name__ == "__main__":  # pragma: no cover
    recs, _ = make_records(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
    for r in recs:
        print(
            json.dumps(
                {"id": r.id, "data_type": r.data_type, "conversations": r.conversations, "metadata": r.metadata},
                ensure_ascii=False,
            )
        )
