"""An eighth held-out drift generator (issue 11): folders of interaction batches from "yet another team".

Written apart from the matcher and from the other drift generators (only their top docstrings and fresh5's manifest
code were read): the same seven data types and meanings as curation/domain/spec.yaml, in naming habits the others
did not imitate: Vietnamese keys written without diacritics (`nhan_vat.ten`, `muc_do_quan_he`), Finnish
(`hahmo`, `vastaus`, `viikkoa_sitten`), Czech PascalCase (`JmenoPostavy`, `Odpoved.Obsah.Text`), Swahili
header/body/meta groups (`kichwa` / `mwili` / `tathmini`), Korean romaja (`inmul.ireum`, `gamjeong.yuhyo_yongnyang`),
Romanian keys holding a literal dot (`"npc.nume"`, `"stare.capacitate_baza"`: a flattened export), and Hungarian
(`valasz_szoveg`, `bizalom_valtozas`). Structure: the answer two levels down (`Odpoved.Obsah.Text`), a whole
record inside a one-key wrapper (`{"rekord": {...}}`), numbers kept in an attribute list of `{Klic, Hodnota}` or
`{nev, ertek}` pairs, OCEAN as five `{piirre, arvo}` / `{teukseong, gap}` objects (one per trait, in another order),
irony options whose text sits one object down (`lua_chon[].loi.noi_dung`), a payoff window as `{tu, den}`,
as two flat fields or as text, factor lists as `{ly_do, muc}` items, a name -> impact table or "name (-1.5)" texts.
Values only in readings docs/interaction-formats.md documents as lossless: decimal commas ("6,5"), "82%",
"82 percent", "8.2 out of 10", "7 of 10", capacities "6.5/10", levels "4/5", trust "+0.30" or with a typographic
minus ("−0.30"), weeks "12 wks ago" / "26 weeks", ages "34 years old", payoff windows "2 to 4 wks" / "weeks 2-4" /
[2, 4], enum labels in Title Case or UPPER_SNAKE. Extra fields a real pipeline leaves in (the writer model, a latency,
a retry count, a run id; never a name or alias of one of our fields), which no map line should move.
Files: a Vietnamese batch header, an Airtable export (`{"records": [{"id", "createdTime", "fields"}]}`), an
`{"id", "kind", "payload"}` envelope list, an object keyed by the data type, JSON Lines in .json, a Markdown
answer with a ```jsonl fence, a JSON array with `//` and `/* */` comments, one batch per folder in UTF-16, the
multi-step pipeline's bare array; one file per folder with a BOM and CRLF; a few answers with mojibake (kept: a
repair); two files per folder end inside their last record (a record of its own, planted `lost`).
Planted defects (each applicable kind on about 70% of seeds), on the canonical record before the dialect renders it,
so the expected outcome is the spec's whatever the names: out-of-range values written as plain numbers (a score of
1.4, a capacity of 11.5 or 12, trust 1.7, level 7, weeks -3, an OCEAN trait of 1.35, age 190, capacity after 12.5),
a NaN trust change, a score with words ("0.72 (strong)"), a missing answer, low quality, an authenticity score off
its declared target, rule violations of every family a type has (capacity formula, X+2 by an excellent target and
by a support-given number, capacity and authenticity buckets, complexity type, irony knowledge gap / impact / option
type / option capacity, hook type and payoff window, resonance type and weight), and one or two exact duplicates per
type (a retried call or an overlapping page: the same record, with the same content-derived id, later in its file).
Each data type's dialect is `BY_TYPE[type][(seed + type's position) % 3]`, so any three consecutive seeds use all 21.

    write_fresh6_folder(folder, seed, samples=None, with_ours=False) -> manifest

The manifest: `records` (file, path, index in the file's one document, data_type, expected keep / reject +
reason / flag + rule / lost, defect, note), `plans` (per data type: dialect, truth = {their path: our path},
files), `files`, `counts`. Valid records are built from this writer's own text pools (`samples` is ignored).

    python tests/field_drift_fresh6.py OUT_DIR [--seed N]   # write one folder (+ OUT_DIR.fresh6.manifest.json)
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path
from typing import Any

from drift_machinery import CAP_BUCKETS, MULTI, OCEAN, OFFSET, SYSTEMATIC, TYPES, WEIGHTS, command_line, counts
from drift_machinery import option_in_character as _in_character
from drift_machinery import path_steps as _steps

K, R, F, L = "keep", "reject", "flag", "lost"
S = "str"

# --- this writer's text pools --------------------------------------------------------------------------------------

NAMES = [
    "Ilse Marrow",
    "Tobiah Wren",
    "Nadia Okonkwo",
    "Piet Hallam",
    "Rosa Quennell",
    "Dao Minh",
    "Aurek Sol",
    "Maren Lusk",
    "Col Ashby",
    "Yevgenia Tarr",
    "Bram Ostler",
    "Fen Harrow",
    "Lucía Varga",
    "Oskar Deane",
    "Wilhelmina Cray",
    "Jory Pell",
    "Sunniva Kade",
    "Elias Thorne",
    "Mabel Ferro",
    "Hugo Brisk",
]
JOBS = [
    "ferry pilot",
    "night baker",
    "clock repairer",
    "lighthouse keeper",
    "herbalist",
    "bookbinder",
    "salt merchant",
    "canal lock tender",
    "retired fencing master",
    "glassblower",
]
PLACES = [
    "the flooded market",
    "the observatory stairs",
    "a rented room above the tannery",
    "the ferry landing",
    "the winter orchard",
    "the guild archive",
    "the bakery's back step",
    "the empty chapel",
    "the lock gates at dusk",
    "a stall in the rain",
]
PRESSURES = [
    "debt to the guild",
    "a sick brother",
    "three nights without sleep",
    "a letter from home",
    "the landlord's threat",
    "a small win at the market",
    "a friend's visit",
    "an old injury flaring",
    "a lost apprentice",
    "news of the flood",
]
ASKS = [
    "asks them to vouch for a stranger at the guild hearing",
    "needs a place to hide for the night",
    "wants help writing a letter to an estranged sister",
    "begs them to come to the funeral tomorrow",
    "asks them to cover a debt until spring",
    "needs someone to sit with them through the storm",
    "wants an honest opinion on a failed invention",
    "asks them to carry a message across the river",
]
OPEN = [
    "I hear you, I do.",
    "Sit down, the kettle’s still warm.",
    "Not tonight — I’m sorry.",
    "Of course I remember.",
    "Look at me for a second.",
    "You came all this way in the rain?",
    "I wish I had more to give.",
    "Stop, breathe first.",
]
MIDDLE = [
    "I can listen, but I can’t carry this for you",
    "I’ll walk you as far as the bridge and no further",
    "my hands are shaking too much to write anything clean",
    "I can give you the morning, not the whole day",
    "there’s a blanket and some bread, that much I have",
    "I’ll say what I saw, nothing more",
    "I have nothing left in me after this week",
    "let me sleep on it and ask me again at noon",
]
CLOSE = [
    "Is that enough for now?",
    "Don’t look at me like that.",
    "We’ll find someone stronger for the rest.",
    "I mean it.",
    "Tell me you understand.",
    "Go on, before I change my mind.",
    "That’s all I’ve got.",
    "Come back tomorrow.",
]
LIMITS = [
    "Offers only a part of what was asked and names the limit out loud.",
    "Sets a clear boundary instead of promising the whole thing.",
    "Admits being too drained to do more and suggests someone else.",
    "Gives what little is left and says plainly that it is not enough.",
    "Holds back the larger favour and explains why.",
]
THOUGHTS = [
    "If I say yes to all of it I will break by Friday.",
    "She deserves better than what I have left.",
    "Why does everyone come to me when I am empty?",
    "Just this once, then I rest.",
    "I am ashamed of how little I can do.",
]
SECRETS = [
    "the ferry was sabotaged on purpose",
    "the letter was forged by the mayor's clerk",
    "the brother is already dead",
    "the guild vote is rigged",
    "the orchard is being sold tomorrow",
    "the apprentice ran away with the savings",
    "the lighthouse lamp was put out deliberately",
]
BELIEFS = [
    "it was an accident",
    "the letter is genuine",
    "the brother is recovering in the hills",
    "the vote will be fair",
    "the orchard is safe for another year",
    "the apprentice is visiting family",
    "the lamp failed in the storm",
]
TONE_DEAF = [
    "Cheer up, accidents happen to everyone.",
    "Well, at least the weather is nice.",
    "Honestly, you worry too much about these things.",
    "Can we talk about my day instead?",
]
MISGUIDED = [
    "Let me fix it my way, you'll thank me later.",
    "I'll just tell everyone it was nothing.",
    "You should confront them tonight, loudly.",
    "Maybe if we ignore it, it goes away.",
]
GROWTH = [
    "Tell me what you know, and I'll listen properly this time.",
    "I was wrong before. What do you need?",
    "I can see something is off. Walk me through it.",
    "Whatever it is, I'd rather hear it from you.",
]
HOOK_LINES = [
    "There's a name in the ledger you wouldn't believe. Not yet.",
    "Ask me again after the thaw.",
    "He wasn't at the docks that night, whatever he says.",
    "If the bell rings twice, run. I'll explain.",
    "I found the second key. The first one was never lost.",
    "Your mother knew. That's all I'll say.",
]
SETUPS = [
    "The speaker saw the clerk burn a page from the ledger.",
    "A second key opens the archive vault.",
    "The witness was paid to lie about the docks.",
    "The bell is a signal for smugglers.",
    "The mother signed the sale years ago.",
]
HINTS = [
    "The ledger resurfaces at the hearing.",
    "The vault is opened in front of everyone.",
    "The witness recants.",
    "The smugglers arrive on the second bell.",
]
NOW = [
    "sees a child drop a loaf in the gutter",
    "hears a waltz through an open window",
    "is handed a burnt letter",
    "smells tar on the ferry ropes",
    "finds a pressed flower in a book",
    "watches the river rise over the steps",
]
PAST = [
    "the winter the bakery burned and nobody came to help",
    "dancing at a cousin's wedding before the war",
    "the last letter from a friend lost at sea",
    "a summer spent caulking boats with a father",
    "the day the apprentice first laughed at the forge",
    "a flood that took the family's house",
]
EMOTIONS = ["grief", "quiet joy", "shame", "fear", "tender pride", "anger", "relief"]
RECALL = [
    "I know that smell. I was nine and the water was everywhere.",
    "Funny, I haven't thought of that in years.",
    "Put it down, please. Just put it down.",
    "She used to hum that exact tune while she worked.",
    "That was the last good day, I think.",
    "I'm not that frightened boy any more.",
]
SCENES = [
    "A stranger cuts in line at the well.",
    "The guild offers a promotion that means moving away.",
    "A friend forgets their birthday.",
    "Someone knocks over their stall.",
    "They are asked to lead the harvest song.",
    "A rival asks them for help.",
]
TRAIT_LINES = [
    "Well! Nobody's ever asked me that. Let's try it.",
    "I'd rather check the schedule first, properly.",
    "Oh, go on then, everyone's welcome at my table.",
    "Fine. Whatever. It'll probably go wrong anyway.",
    "Let me think about it quietly for a while.",
    "Ha! You'll need a bigger basket for that idea.",
]
EXPRESS = [
    "Openness in the eager yes; low neuroticism in the easy tone.",
    "Conscientiousness in the checking; introversion in the short reply.",
    "Agreeableness in the welcome; extraversion in the exclamation.",
    "High neuroticism in the expectation of failure.",
    "Low extraversion shows as a wish for quiet.",
]
ACTIONS = [
    "brings soup when the character is ill",
    "laughs at the character's accent",
    "repays an old loan early",
    "reads the character's diary",
    "defends the character at the guild hearing",
    "breaks a promise to meet at the bridge",
    "teases them about the burnt bread",
]
REPLIES = [
    "You didn't have to. Thank you.",
    "That wasn't funny the first time either.",
    "I'll remember this.",
    "Get out. Just get out.",
    "I owe you more than soup.",
    "Next time, send word at least.",
]
WHYS = [
    "Kindness during illness builds trust quickly.",
    "Mockery of identity cuts deeper than it looks.",
    "Keeping money promises shows reliability.",
    "Reading private writing is a serious breach.",
    "Public defence costs the player something, so it counts.",
    "Light teasing among friends barely moves trust.",
]
ITYPES = [
    "emotional_support",
    "broken_promise",
    "shared_celebration",
    "boundary_setting",
    "apology",
    "betrayal_discovered",
    "practical_help",
    "playful_teasing",
]
PROSE = [
    '{n} sets down the cup and looks at the door a long moment. "{m}." The rain keeps on.',
    '{n} wipes floury hands on the apron. "{m}." A pause, then a tired half-smile.',
    '{n} doesn\'t turn from the window. "{m}." The clock ticks louder than it should.',
    '{n} folds the letter twice, then a third time. "{m}." The candle gutters.',
]
MEMREF = [
    "the night of the ferry fire",
    "the promise made at the lock gates",
    "the unpaid winter debt",
    "the apprentice's last letter",
]

CAP_FREQ = {"crisis": 0.15, "low": 0.25, "medium": 0.35, "high": 0.25}
AUTH = {"failed": (0.22, 0.38), "struggling": (0.42, 0.58), "authentic": (0.62, 0.78), "excellent": (0.82, 0.98)}
AUTH_FREQ = {"failed": 0.15, "struggling": 0.2, "authentic": 0.35, "excellent": 0.3}
IMPACT = {"tone_deaf": (-1.4, -0.6), "misguided": (-0.45, -0.25), "growth": (0.35, 0.75)}
HOOKS = {
    "mystery_hook": [(2, 4), (2, 3), (3, 4)],
    "partial_reveal": [(2, 4), (3, 4), (2, 3)],
    "contradiction": [(5, 8), (5, 7), (6, 8)],
    "stakes_escalation": [(0, 2), (1, 2), (0, 1)],
}


class Raw:
    """A planted value written as is, whatever form the dialect gives the field (an out-of-range number)."""

    def __init__(self, v: Any) -> None:
        self.v = v


def _r(x: float, nd: int = 2) -> float:
    return round(x, nd)


def _u(rng: random.Random, lo: float, hi: float, nd: int = 2) -> float:
    return _r(rng.uniform(lo, hi), nd)


def _pick(rng: random.Random, freq: dict[str, float]) -> str:
    return rng.choices(list(freq), weights=list(freq.values()))[0]


def _line(rng: random.Random) -> str:
    return f"{rng.choice(OPEN)} {rng.choice(MIDDLE)}. {rng.choice(CLOSE)}"


def _capacity(rng: random.Random, level: str) -> tuple[float, float, list[dict[str, Any]]]:
    """(base, effective, factors) with effective = base + the impacts, all on the 0-10 scale, one decimal."""
    lo, hi = CAP_BUCKETS[level]
    eff = _u(rng, lo, hi, 1)
    while True:
        factors = [
            {"factor": f, "impact": rng.choice([-3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.5, 1.0, 1.5])}
            for f in rng.sample(PRESSURES, rng.randint(1, 3))
        ]
        base = _r(eff - sum(f["impact"] for f in factors), 1)
        if 0.0 <= base <= 10.0:
            return base, eff, factors


def _need(rng: random.Random, eff: float, target: str) -> float:
    lo, hi = OFFSET[target]
    need = min(10.0, max(0.0, eff + _u(rng, lo, hi, 1)))
    return _r(max(need, 1.0) if target == "excellent" else need, 1)


def make_emotional(rng: random.Random, level: str | None = None, target: str | None = None) -> dict[str, Any]:
    level = level or _pick(rng, CAP_FREQ)
    target = target or _pick(rng, AUTH_FREQ)
    base, eff, factors = _capacity(rng, level)
    need = _need(rng, eff, target)
    return {
        "character_name": rng.choice(NAMES),
        "context": f"A {rng.choice(JOBS)} near {rng.choice(PLACES)}, worn down by {rng.choice(PRESSURES)}.",
        "base_capacity": base,
        "capacity_factors": factors,
        "effective_capacity": eff,
        "situation": f"A neighbour {rng.choice(ASKS)}.",
        "support_level_needed": need,
        "character_response": _line(rng),
        "authenticity_score": _u(rng, *AUTH[target]),
        "demonstrates_constraint": rng.choice(LIMITS),
        "internal_thought": rng.choice(THOUGHTS),
        "complexity_type": rng.choice(SYSTEMATIC),
        "authenticity_target": target,
        "capacity_level": level,
        "support_provided": _r(min(need, eff + 2.0), 1),
    }


def make_irony(rng: random.Random, cap: float | None = None) -> dict[str, Any]:
    while cap is None:
        c = _u(rng, 0.5, 9.5, 1)
        if not (3.8 <= c <= 4.2 or 6.8 <= c <= 7.2):
            cap = c
    i = rng.randrange(len(SECRETS))
    return {
        "character_name": rng.choice(NAMES),
        "scenario": f"At {rng.choice(PLACES)}, the character is told everything is fine.",
        "player_knows": f"The player knows {SECRETS[i]}.",
        "character_knows": f"The character believes {BELIEFS[i]}.",
        "knowledge_gap_score": _u(rng, 0.62, 0.98),
        "character_capacity": cap,
        "response_options": [
            {
                "type": "tone_deaf",
                "dialogue": rng.choice(TONE_DEAF),
                "relationship_impact": _u(rng, *IMPACT["tone_deaf"]),
            },
            {
                "type": "misguided",
                "dialogue": rng.choice(MISGUIDED),
                "relationship_impact": _u(rng, *IMPACT["misguided"]),
            },
            {"type": "growth", "dialogue": rng.choice(GROWTH), "relationship_impact": _u(rng, *IMPACT["growth"])},
        ],
        "dramatic_irony_score": _u(rng, 0.55, 0.97),
        "tension_notes": rng.choice(["Keep the secret one scene longer.", "The gap should sting, not crush."]),
        "recommended_option": _in_character(cap),
    }


def make_tension(rng: random.Random, hook: str | None = None) -> dict[str, Any]:
    hook = hook or rng.choice(list(HOOKS))
    lo, hi = rng.choice(HOOKS[hook])
    return {
        "character_name": rng.choice(NAMES),
        "context": f"Late evening at {rng.choice(PLACES)}; the player has earned a little trust.",
        "hook_type": hook,
        "dialogue": rng.choice(HOOK_LINES),
        "setup": rng.choice(SETUPS),
        "payoff_window_weeks": {"min": lo, "max": hi},
        "relationship_level": rng.randint(1, 5),
        "tension_score": _u(rng, 0.62, 0.96),
        "hook_effectiveness": _u(rng, 0.5, 0.95),
        "payoff_hint": rng.choice(HINTS),
    }


def make_memory(rng: random.Random) -> dict[str, Any]:
    rtype = rng.choice(list(WEIGHTS))
    return {
        "character_name": rng.choice(NAMES),
        "current_situation": f"The character {rng.choice(NOW)}.",
        "memory": {
            "description": f"Remembers {rng.choice(PAST)}.",
            "emotion": rng.choice(EMOTIONS),
            "weeks_ago": rng.choice([2, 5, 12, 26, 40, 52, 104, 260]),
        },
        "resonance_type": rtype,
        "resonance_weight": WEIGHTS[rtype],
        "character_response": rng.choice(RECALL),
        "resonance_score": _u(rng, 0.72, 0.97),
    }


def make_personality(rng: random.Random) -> dict[str, Any]:
    return {
        "character_name": rng.choice(NAMES),
        "scenario": rng.choice(SCENES),
        "dialogue": rng.choice(TRAIT_LINES),
        "ocean": {t: _u(rng, 0.05, 0.95) for t in OCEAN},
        "trait_expression": rng.choice(EXPRESS),
        "quality_score": _u(rng, 0.62, 0.96),
    }


def make_relationship(rng: random.Random) -> dict[str, Any]:
    i = rng.randrange(len(WHYS))
    return {
        "character_name": rng.choice(NAMES),
        "interaction_type": rng.choice(ITYPES),
        "relationship_level": rng.randint(1, 5),
        "player_action": f"The player {ACTIONS[i]}.",
        "character_response": rng.choice(REPLIES),
        "relationship_score": _u(rng, 0.05, 0.95),
        "trust_change": _u(rng, -0.9, 0.9),
        "rationale": WHYS[i],
        "quality_score": _u(rng, 0.62, 0.96),
    }


def make_multi(rng: random.Random, level: str | None = None, target: str | None = None) -> dict[str, Any]:
    level = level or _pick(rng, CAP_FREQ)
    target = target or _pick(rng, AUTH_FREQ)
    base, eff, factors = _capacity(rng, level)
    name = rng.choice(NAMES)
    return {
        "npc_profile": {
            "name": name,
            "age": rng.randint(19, 78),
            "occupation": rng.choice(JOBS),
            "background": f"Grew up near {rng.choice(PLACES)} and never quite left it behind.",
        },
        "npc_emotional_state": {
            "base_capacity": base,
            "capacity_factors": factors,
            "effective_capacity": eff,
            "current_emotion": rng.choice(EMOTIONS),
        },
        "npc_ocean_personality": {t: _u(rng, 0.05, 0.95) for t in OCEAN},
        "interaction_context": {
            "situation": f"Evening at {rng.choice(PLACES)}.",
            "player_request": f"The player {rng.choice(ASKS)}.",
            "support_needed": min(_need(rng, eff, target), _r(eff + 2.0, 1)),
            "complexity_type": rng.choice(MULTI),
            "authenticity_target": target,
            "capacity_level": level,
        },
        "tension_memory": {"hook_type": rng.choice(list(HOOKS)), "memory_reference": rng.choice(MEMREF)},
        "npc_card_narrative": {"dialogue_prose": rng.choice(PROSE).format(n=name.split()[0], m=rng.choice(MIDDLE))},
        "game_outcomes": {
            "trust_change": _u(rng, -2.0, 3.0, 1),
            "relationship_change": _u(rng, -2.0, 3.0, 1),
            "capacity_after": _r(min(10.0, max(0.0, eff + rng.choice([-1.0, -0.5, 0.0, 0.5]))), 1),
        },
        "training_metadata": {
            "authenticity_score": _u(rng, *AUTH[target]),
            "quality_score": _u(rng, 0.62, 0.96),
            "pipeline_version": "v2.2",
            "master_truths_version": "v1.2",
            "generated_at": f"2026-11-{rng.randint(10, 28)}T{rng.randint(10, 23)}:00:00Z",
        },
    }


MAKERS = {
    "emotional_authenticity": make_emotional,
    "dramatic_irony": make_irony,
    "tension_building": make_tension,
    "memory_resonance": make_memory,
    "personality_traits": make_personality,
    "relationship_scoring": make_relationship,
    "multi_step": make_multi,
}
ANSWER = {
    "emotional_authenticity": "character_response",
    "dramatic_irony": "response_options",
    "tension_building": "dialogue",
    "memory_resonance": "character_response",
    "personality_traits": "dialogue",
    "relationship_scoring": "rationale",
    "multi_step": "npc_card_narrative.dialogue_prose",
}


def _get(rec: dict[str, Any], path: str) -> Any:
    cur: Any = rec
    for k in path.split("."):
        if not isinstance(cur, dict) or k not in cur:
            return None
        cur = cur[k]
    return cur


def _set(rec: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    *parents, last = path.split(".")
    cur = rec
    for k in parents:
        cur = cur[k]
    if value is None:
        cur.pop(last, None)
    else:
        cur[last] = value
    return rec


# --- planted defects: each makes a record in OUR schema that breaks exactly one check ------------------------------


def _ea_formula(rng: random.Random) -> dict[str, Any]:
    rec = make_emotional(rng)
    b = rec["base_capacity"]
    return _set(rec, "base_capacity", _r(b + 2.5 if b <= 7.5 else b - 2.5, 1))


def _ea_bucket(rng: random.Random) -> dict[str, Any]:
    rec = make_emotional(rng, level=rng.choice(["medium", "high"]))
    return _set(rec, "capacity_level", "crisis")


def _ea_x2(rng: random.Random) -> dict[str, Any]:
    rec = make_emotional(rng, level=rng.choice(["crisis", "low"]), target="excellent")
    return _set(rec, "support_level_needed", _r(rec["effective_capacity"] + rng.choice([3.0, 3.5, 4.0]), 1))


def _ea_given(rng: random.Random) -> dict[str, Any]:
    rec = make_emotional(rng, level=rng.choice(["crisis", "low"]), target="struggling")
    over = _r(rec["effective_capacity"] + 3.0, 1)
    rec["support_level_needed"] = over
    return _set(rec, "support_provided", over)


def _ea_cplx(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng), "complexity_type", "overthinking")


def _ea_off(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng, target="authentic"), "authenticity_score", _u(rng, 0.2, 0.35))


def _ea_eff(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng, level="high"), "effective_capacity", Raw(rng.choice([11.5, 13, 10.6])))


def _ea_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng), "authenticity_score", Raw(rng.choice([1.4, 1.15, 2.0])))


def _ea_missing(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng), "character_response", None)


def _ir_gap(rng: random.Random) -> dict[str, Any]:
    return _set(make_irony(rng), "knowledge_gap_score", _u(rng, 0.15, 0.45))


def _ir_impact(rng: random.Random) -> dict[str, Any]:
    rec = make_irony(rng)
    rec["response_options"][2]["relationship_impact"] = _u(rng, -1.2, -0.6)
    return rec


def _ir_capfit(rng: random.Random) -> dict[str, Any]:
    return _set(make_irony(rng, cap=_u(rng, 0.5, 2.5, 1)), "recommended_option", "growth")


def _ir_type(rng: random.Random) -> dict[str, Any]:
    rec = make_irony(rng)
    rec["response_options"][1]["type"] = "sarcastic"
    return rec


def _ir_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_irony(rng), "dramatic_irony_score", _u(rng, 0.1, 0.4))


def _ir_cap(rng: random.Random) -> dict[str, Any]:
    return _set(make_irony(rng, cap=8.0), "character_capacity", Raw(rng.choice([12.0, 15, 10.5])))


def _ir_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_irony(rng), "dramatic_irony_score", Raw(rng.choice([1.3, 1.75])))


def _tb_window(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng, hook="stakes_escalation"), "payoff_window_weeks", {"min": 6, "max": 9})


def _tb_hook(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng), "hook_type", "slow_burn")


def _tb_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng), "tension_score", _u(rng, 0.15, 0.45))


def _tb_level(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng), "relationship_level", Raw(rng.choice([7, 9])))


def _tb_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng), "tension_score", Raw(rng.choice([1.6, 1.25])))


def _mr_weight(rng: random.Random) -> dict[str, Any]:
    rec = make_memory(rng)
    return _set(rec, "resonance_weight", _r(WEIGHTS[rec["resonance_type"]] - 0.35))


def _mr_type(rng: random.Random) -> dict[str, Any]:
    return _set(make_memory(rng), "resonance_type", "nostalgic_echo")


def _mr_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_memory(rng), "resonance_score", _u(rng, 0.2, 0.5))


def _mr_weeks(rng: random.Random) -> dict[str, Any]:
    return _set(make_memory(rng), "memory.weeks_ago", Raw(rng.choice([-3, -12])))


def _mr_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_memory(rng), "resonance_score", Raw(rng.choice([1.2, 1.9])))


def _pt_trait(rng: random.Random) -> dict[str, Any]:
    return _set(make_personality(rng), f"ocean.{rng.choice(OCEAN)}", Raw(rng.choice([1.35, 1.8])))


def _pt_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_personality(rng), "quality_score", _u(rng, 0.15, 0.45))


def _pt_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_personality(rng), "quality_score", Raw(rng.choice([1.25, 1.6])))


def _pt_missing(rng: random.Random) -> dict[str, Any]:
    return _set(make_personality(rng), "dialogue", None)


def _rs_trust(rng: random.Random) -> dict[str, Any]:
    return _set(make_relationship(rng), "trust_change", Raw(rng.choice([1.7, -1.45])))


def _rs_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_relationship(rng), "relationship_score", Raw(rng.choice([1.8, 1.3])))


def _rs_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_relationship(rng), "quality_score", _u(rng, 0.1, 0.45))


def _rs_nan(rng: random.Random) -> dict[str, Any]:
    return _set(make_relationship(rng), "trust_change", Raw(float("nan")))


def _pt_words(rng: random.Random) -> dict[str, Any]:
    rec = make_personality(rng)
    return _set(rec, "quality_score", Raw(f"{rec['quality_score']} ({rng.choice(['good', 'solid', 'ok'])})"))


def _tb_words(rng: random.Random) -> dict[str, Any]:
    rec = make_tension(rng)
    return _set(rec, "tension_score", Raw(f"{rec['tension_score']} ({rng.choice(['strong', 'good'])})"))


def _ms_formula(rng: random.Random) -> dict[str, Any]:
    rec = make_multi(rng)
    b = rec["npc_emotional_state"]["base_capacity"]
    return _set(rec, "npc_emotional_state.base_capacity", _r(b + 2.5 if b <= 7.5 else b - 2.5, 1))


def _ms_bucket(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng, level=rng.choice(["crisis", "low"])), "interaction_context.capacity_level", "high")


def _ms_x2(rng: random.Random) -> dict[str, Any]:
    rec = make_multi(rng, level=rng.choice(["crisis", "low", "medium"]), target="excellent")
    eff = rec["npc_emotional_state"]["effective_capacity"]
    return _set(rec, "interaction_context.support_needed", _r(min(10.0, eff + 3.5), 1))


def _ms_cplx(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng), "interaction_context.complexity_type", "overthinking")


def _ms_auth(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng, target="excellent"), "training_metadata.authenticity_score", _u(rng, 0.22, 0.36))


def _ms_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng), "training_metadata.quality_score", _u(rng, 0.15, 0.45))


def _ms_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng), "training_metadata.quality_score", Raw(rng.choice([1.4, 1.1])))


def _ms_after(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng), "game_outcomes.capacity_after", Raw(rng.choice([12.5, 14])))


def _ms_age(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng), "npc_profile.age", Raw(rng.choice([190, 230])))


EA_PROV = "support_provided"
#: per type: (defect name, our fields the dialect must write for it, maker, expected, reason or rule)
DEFECTS: dict[str, list[tuple[str, tuple[str, ...], Any, str, str]]] = {
    "emotional_authenticity": [
        ("formula", (), _ea_formula, F, "capacity.effective_formula"),
        ("bucket", ("capacity_level",), _ea_bucket, F, "capacity.bucket"),
        ("x_plus_2_excellent", ("authenticity_target",), _ea_x2, F, "capacity.x_plus_2"),
        ("x_plus_2_given", (EA_PROV, "authenticity_target"), _ea_given, F, "capacity.x_plus_2"),
        ("complexity", ("complexity_type",), _ea_cplx, F, "complexity.type"),
        ("off_target", ("authenticity_target",), _ea_off, R, "off_authenticity_target"),
        ("effective_out_of_range", (), _ea_eff, R, "capacity_out_of_range"),
        ("score_out_of_range", (), _ea_score, R, "score_out_of_range"),
        ("missing_answer", (), _ea_missing, R, "missing_required_field"),
    ],
    "dramatic_irony": [
        ("knowledge_gap", (), _ir_gap, F, "irony.knowledge_gap"),
        ("impact", (), _ir_impact, F, "irony.relationship_impact"),
        ("option_capacity", ("recommended_option",), _ir_capfit, F, "irony.option_capacity"),
        ("option_type", (), _ir_type, F, "irony.option_type"),
        ("low_quality", (), _ir_low, R, "below_quality_threshold"),
        ("capacity_out_of_range", (), _ir_cap, R, "capacity_out_of_range"),
        ("score_out_of_range", (), _ir_score, R, "score_out_of_range"),
    ],
    "tension_building": [
        ("payoff_window", (), _tb_window, F, "tension.payoff_window"),
        ("hook_type", (), _tb_hook, F, "tension.hook_type"),
        ("low_quality", (), _tb_low, R, "below_quality_threshold"),
        ("level_out_of_range", (), _tb_level, R, "value_out_of_range"),
        ("score_out_of_range", (), _tb_score, R, "score_out_of_range"),
        ("score_in_words", (), _tb_words, R, "uncoercible_type"),
    ],
    "memory_resonance": [
        ("weight", (), _mr_weight, F, "memory.resonance_weight"),
        ("resonance_type", (), _mr_type, F, "memory.resonance_type"),
        ("low_quality", (), _mr_low, R, "below_quality_threshold"),
        ("weeks_negative", (), _mr_weeks, R, "value_out_of_range"),
        ("score_out_of_range", (), _mr_score, R, "score_out_of_range"),
    ],
    "personality_traits": [
        ("trait_out_of_range", (), _pt_trait, R, "score_out_of_range"),
        ("low_quality", (), _pt_low, R, "below_quality_threshold"),
        ("score_out_of_range", (), _pt_score, R, "score_out_of_range"),
        ("missing_answer", (), _pt_missing, R, "missing_required_field"),
        ("score_in_words", (), _pt_words, R, "uncoercible_type"),
    ],
    "relationship_scoring": [
        ("trust_out_of_range", (), _rs_trust, R, "value_out_of_range"),
        ("score_out_of_range", (), _rs_score, R, "score_out_of_range"),
        ("low_quality", (), _rs_low, R, "below_quality_threshold"),
        ("trust_nan", (), _rs_nan, R, "not_a_number"),
    ],
    "multi_step": [
        ("formula", (), _ms_formula, F, "capacity.effective_formula"),
        ("bucket", ("interaction_context.capacity_level",), _ms_bucket, F, "capacity.bucket"),
        ("x_plus_2", ("interaction_context.authenticity_target",), _ms_x2, F, "capacity.x_plus_2"),
        ("complexity", ("interaction_context.complexity_type",), _ms_cplx, F, "complexity.type"),
        ("authenticity_bucket", ("interaction_context.authenticity_target",), _ms_auth, F, "authenticity.bucket"),
        ("low_quality", (), _ms_low, R, "below_quality_threshold"),
        ("score_out_of_range", (), _ms_score, R, "score_out_of_range"),
        ("capacity_after_out_of_range", ("game_outcomes.capacity_after",), _ms_after, R, "capacity_out_of_range"),
        ("age_out_of_range", ("npc_profile.age",), _ms_age, R, "value_out_of_range"),
    ],
}

# --- dialects ------------------------------------------------------------------------------------------------------
# A dialect: `label` (key, value) naming the type, `envelope` (file shape), `stem`, `map`: entries
# (our path, their path, form[, sub]). Their path uses the field_map syntax: "." between keys, "\." a dot inside a
# key, "[k=label]" the element of a pair list whose k is label. Forms: S / "num" as is, a scalar form of FORMS,
# "items" (a list of objects; sub = {our child: (their child path, form)}), "table" (factor -> impact object),
# "texts" (["factor (-1.5)"]), "window:<form>" (a payoff window in one value).


def _m(*entries: tuple) -> list[tuple]:
    return list(entries)


def _ocean_pairs(prefix: str, key: str, val: str, labels: dict[str, str], form: str, ours: str) -> list[tuple]:
    return [(f"{ours}.{t}", f"{prefix}[{key}={labels[t]}].{val}", form) for t in labels]


FI_OCEAN = {
    "neuroticism": "neuroottisuus",
    "openness": "avoimuus",
    "agreeableness": "sovinnollisuus",
    "extraversion": "ulospainsuuntautuneisuus",
    "conscientiousness": "tunnollisuus",
}
KO_OCEAN = {
    "extraversion": "oehyangseong",
    "conscientiousness": "seongsilseong",
    "openness": "gaebangseong",
    "neuroticism": "singyeongseong",
    "agreeableness": "chinhwaseong",
}
RO = "\\."  # a dot inside a Romanian key, in map syntax

DIALECTS: dict[str, dict[str, Any]] = {
    # --- emotional_authenticity ---
    "ea_vi_groups": {
        "label": ("category", "emotional"),
        "envelope": "vi_batch",
        "stem": "lo_cam_xuc",
        "ext": "json",
        "map": _m(
            ("character_name", "nhan_vat.ten", S),
            ("context", "nhan_vat.hoan_canh", S),
            ("base_capacity", "nang_luc.goc", "comma"),
            ("capacity_factors", "nang_luc.yeu_to", "items", {"factor": ("ly_do", S), "impact": ("muc", "comma")}),
            ("effective_capacity", "nang_luc.hieu_dung", "comma"),
            ("capacity_level", "nang_luc.bac", S),
            ("situation", "yeu_cau.tinh_huong", S),
            ("support_level_needed", "yeu_cau.muc_can", "comma"),
            ("character_response", "tra_loi.loi_noi", S),
            ("demonstrates_constraint", "tra_loi.gioi_han", S),
            ("internal_thought", "tra_loi.suy_nghi", S),
            ("authenticity_score", "danh_gia.do_that", "pct"),
            ("authenticity_target", "danh_gia.muc_tieu", S),
            ("complexity_type", "danh_gia.do_phuc_tap", S),
        ),
    },
    "ea_cs_pairs": {
        "label": ("task", "emotional_authenticity"),
        "envelope": "jsonl",
        "stem": "emocni_zaznamy",
        "ext": "json",
        "map": _m(
            ("character_name", "JmenoPostavy", S),
            ("context", "Pozadi", S),
            ("situation", "Situace", S),
            ("capacity_factors", "Vlivy", "texts"),
            ("base_capacity", "Hodnoty[Klic=zakladni kapacita].Hodnota", "cap10"),
            ("effective_capacity", "Hodnoty[Klic=ucinna kapacita].Hodnota", "cap10"),
            ("support_level_needed", "Hodnoty[Klic=potrebna podpora].Hodnota", "text"),
            (EA_PROV, "Hodnoty[Klic=poskytnuta podpora].Hodnota", "text"),
            ("authenticity_score", "Hodnoty[Klic=autenticita].Hodnota", "of10"),
            ("character_response", "Odpoved.Obsah.Text", S),
            ("demonstrates_constraint", "Odpoved.Omezeni", S),
            ("internal_thought", "Odpoved.Myslenka", S),
            ("capacity_level", "UrovenKapacity", S),
            ("authenticity_target", "CilovaAutenticita", S),
            ("complexity_type", "TypSlozitosti", S),
        ),
    },
    "ea_fi_wrapped": {
        "label": ("kind", "emotional"),
        "envelope": "airtable",
        "stem": "tunne_aitous_export",
        "ext": "json",
        "map": _m(
            ("character_name", "tietue.hahmo", S),
            ("context", "tietue.tausta", S),
            ("base_capacity", "tietue.kyky_alku", "text"),
            ("capacity_factors", "tietue.tekijat", "table"),
            ("effective_capacity", "tietue.kyky_nyt", "text"),
            ("situation", "tietue.pyynto", S),
            ("support_level_needed", "tietue.tuen_tarve", "text"),
            ("character_response", "tietue.vastaus", S),
            ("authenticity_score", "tietue.aitous", "pctw"),
            ("demonstrates_constraint", "tietue.raja", S),
            ("complexity_type", "tietue.monimutkaisuus", S),
            ("authenticity_target", "tietue.tavoite", S),
            ("capacity_level", "tietue.kykytaso", S),
        ),
    },
    # --- dramatic_irony ---
    "di_vi_nested": {
        "label": ("category", "irony"),
        "envelope": "keyed",
        "stem": "mia_kich",
        "ext": "json",
        "map": _m(
            ("character_name", "ten_nhan_vat", S),
            ("scenario", "boi_canh", S),
            ("player_knows", "hieu_biet.nguoi_choi", S),
            ("character_knows", "hieu_biet.nhan_vat", S),
            ("knowledge_gap_score", "hieu_biet.khoang_cach", "comma"),
            ("character_capacity", "suc_chiu", "cap10"),
            (
                "response_options",
                "lua_chon",
                "items",
                {
                    "type": ("kieu", "Title"),
                    "dialogue": ("loi.noi_dung", S),
                    "relationship_impact": ("tac_dong", "signed"),
                },
            ),
            ("dramatic_irony_score", "diem_mia", "pct"),
            ("recommended_option", "lua_chon_phu_hop", S),
            ("tension_notes", "ghi_chu", S),
        ),
    },
    "di_hu_flat": {
        "label": ("record_type", "dramatic_irony"),
        "envelope": "comments",
        "stem": "dramai_irónia",
        "ext": "json",
        "map": _m(
            ("character_name", "szereplo_neve", S),
            ("scenario", "helyzet_leiras", S),
            ("player_knows", "jatekos_tudja", S),
            ("character_knows", "szereplo_tudja", S),
            ("knowledge_gap_score", "tudasresi_pont", "text"),
            ("character_capacity", "teherbiras", "text"),
            (
                "response_options",
                "valaszlehetosegek",
                "items",
                {"type": ("fajta", "UPPER"), "dialogue": ("mondat", S), "relationship_impact": ("hatas", "minus")},
            ),
            ("dramatic_irony_score", "irónia_pontszam", "of10"),
            ("tension_notes", "megjegyzes", S),
        ),
    },
    "di_ro_dotted": {
        "label": ("type", "irony"),
        "envelope": "payload",
        "stem": "ironie_dramatica",
        "ext": "json",
        "map": _m(
            ("character_name", f"personaj{RO}nume", S),
            ("scenario", f"scena{RO}descriere", S),
            ("player_knows", f"cunoastere{RO}jucator", S),
            ("character_knows", f"cunoastere{RO}personaj", S),
            ("knowledge_gap_score", f"cunoastere{RO}decalaj", "num"),
            ("character_capacity", f"personaj{RO}capacitate", "num"),
            (
                "response_options",
                "variante",
                "items",
                {"type": ("tip", S), "dialogue": ("replica", S), "relationship_impact": ("efect_relatie", "num")},
            ),
            ("dramatic_irony_score", f"evaluare{RO}ironie", "text"),
            ("recommended_option", f"evaluare{RO}varianta_potrivita", S),
        ),
    },
    # --- tension_building ---
    "tb_fi_nested": {
        "label": ("task", "tension"),
        "envelope": "md_jsonl",
        "stem": "jannite_vastaus",
        "ext": "md",
        "map": _m(
            ("character_name", "hahmo", S),
            ("context", "tilanne", S),
            ("hook_type", "koukku.laji", "Title"),
            ("setup", "koukku.taustatieto", S),
            ("payoff_window_weeks.min", "koukku.ikkuna.alku", "num"),
            ("payoff_window_weeks.max", "koukku.ikkuna.loppu", "num"),
            ("dialogue", "repliikki", S),
            ("relationship_level", "suhteen_taso", "lvl5"),
            ("tension_score", "arvio.jannite", "pct"),
            ("hook_effectiveness", "arvio.teho", "pct"),
            ("payoff_hint", "vihje", S),
        ),
    },
    "tb_sw_groups": {
        "label": ("kind", "tension_building"),
        "envelope": "jsonl",
        "stem": "mvutano_rekodi",
        "ext": "json",
        "map": _m(
            ("character_name", "kichwa.mhusika", S),
            ("relationship_level", "kichwa.kiwango_uhusiano", "num"),
            ("context", "mwili.mazingira", S),
            ("dialogue", "mwili.kauli.maneno", S),
            ("hook_type", "mwili.ndoano", "UPPER"),
            ("setup", "mwili.siri", S),
            ("payoff_window_weeks", "mwili.muda_wa_malipo", "window:to"),
            ("tension_score", "tathmini.alama_mvutano", "comma"),
            ("hook_effectiveness", "tathmini.ufanisi", "comma"),
            ("payoff_hint", "tathmini.dokezo", S),
        ),
    },
    "tb_ko_pascal": {
        "label": ("dataType", "tension"),
        "envelope": "utf16",
        "stem": "GinjangBatch",
        "ext": "json",
        "map": _m(
            ("character_name", "Ireum", S),
            ("context", "Sanghwang", S),
            ("hook_type", "Gori", S),
            ("dialogue", "Daesa", S),
            ("setup", "Bokseon", S),
            ("payoff_window_weeks", "HoesuGigan", "window:weeks"),
            ("relationship_level", "GwangyeDangye", "text"),
            ("tension_score", "GinjangJeomsu", "of10"),
            ("hook_effectiveness", "Hyogwa", "text"),
        ),
    },
    # --- memory_resonance ---
    "mr_sw_flat": {
        "label": ("category", "memory"),
        "envelope": "vi_batch",
        "stem": "kumbukumbu_kundi",
        "ext": "json",
        "map": _m(
            ("character_name", "jina_la_mhusika", S),
            ("current_situation", "hali_ya_sasa", S),
            ("memory.description", "kumbukumbu_maelezo", S),
            ("memory.emotion", "kumbukumbu_hisia", S),
            ("memory.weeks_ago", "kumbukumbu_wiki_zilizopita", "wks"),
            ("resonance_type", "aina_ya_mwangwi", "Title"),
            ("resonance_weight", "uzito_wa_mwangwi", "text"),
            ("character_response", "jibu_la_mhusika", S),
            ("resonance_score", "alama_ya_mwangwi", "pct"),
        ),
    },
    "mr_cs_wrapped": {
        "label": ("@type", "memory_resonance"),
        "envelope": "comments",
        "stem": "vzpominky",
        "ext": "json",
        "map": _m(
            ("character_name", "Zaznam.Postava", S),
            ("current_situation", "Zaznam.Pritomnost", S),
            ("memory.description", "Zaznam.Vzpominka.Udalost", S),
            ("memory.emotion", "Zaznam.Vzpominka.Pocit", S),
            ("memory.weeks_ago", "Zaznam.Vzpominka.PredTydny", "weeks"),
            ("resonance_type", "Zaznam.DruhRezonance", S),
            ("resonance_weight", "Zaznam.VahaRezonance", "comma"),
            ("character_response", "Zaznam.Reakce.Obsah.Zneni", S),
            ("resonance_score", "Zaznam.SkoreRezonance", "comma"),
        ),
    },
    "mr_hu_pairs": {
        "label": ("task_type", "memory"),
        "envelope": "airtable",
        "stem": "emlek_rezonancia",
        "ext": "json",
        "map": _m(
            ("character_name", "szereplo", S),
            ("current_situation", "jelen_helyzet", S),
            ("memory.description", "emlek.leiras", S),
            ("memory.emotion", "emlek.erzelem", S),
            ("memory.weeks_ago", "adatok[nev=hetek ota].ertek", "num"),
            ("resonance_type", "rezonancia_fajta", S),
            ("resonance_weight", "adatok[nev=suly].ertek", "num"),
            ("resonance_score", "adatok[nev=pontszam].ertek", "text"),
            ("character_response", "valasz_szoveg", S),
        ),
    },
    # --- personality_traits ---
    "pt_fi_pairs": {
        "label": ("task", "personality"),
        "envelope": "jsonl",
        "stem": "persoonallisuus",
        "ext": "json",
        "map": _m(
            ("character_name", "hahmon_nimi", S),
            ("scenario", "kohtaus", S),
            ("dialogue", "puhe.repliikki", S),
            *_ocean_pairs("piirteet", "piirre", "arvo", FI_OCEAN, "num", "ocean"),
            ("trait_expression", "puhe.piirteiden_nakyminen", S),
            ("quality_score", "laatu", "pct"),
        ),
    },
    "pt_ro_dotted": {
        "label": ("kind", "ocean"),
        "envelope": "payload",
        "stem": "personalitate_ocean",
        "ext": "json",
        "map": _m(
            ("character_name", f"personaj{RO}nume", S),
            ("scenario", f"scena{RO}text", S),
            ("dialogue", f"raspuns{RO}replica", S),
            ("ocean.openness", f"personalitate{RO}deschidere", "comma"),
            ("ocean.conscientiousness", f"personalitate{RO}constiinciozitate", "comma"),
            ("ocean.extraversion", f"personalitate{RO}extraversie", "comma"),
            ("ocean.agreeableness", f"personalitate{RO}agreabilitate", "comma"),
            ("ocean.neuroticism", f"personalitate{RO}nevrotism", "comma"),
            ("trait_expression", f"raspuns{RO}analiza_trasaturi", S),
            ("quality_score", f"evaluare{RO}calitate", "text"),
        ),
    },
    "pt_ko_nested": {
        "label": ("category", "personality_traits"),
        "envelope": "keyed",
        "stem": "seonggyeok_daesa",
        "ext": "json",
        "map": _m(
            ("character_name", "inmul.ireum", S),
            ("scenario", "jangmyeon", S),
            ("dialogue", "eungdap.daesa.naeyong", S),
            *_ocean_pairs("inmul.seonggyeok", "teukseong", "gap", KO_OCEAN, "of10", "ocean"),
            ("trait_expression", "eungdap.haeseok", S),
            ("quality_score", "pumjil", "comma"),
        ),
    },
    # --- relationship_scoring ---
    "rs_hu_snake": {
        "label": ("category", "relationship"),
        "envelope": "utf16",
        "stem": "kapcsolat_pontozas",
        "ext": "json",
        "map": _m(
            ("character_name", "szereplo_nev", S),
            ("interaction_type", "interakcio_fajta", S),
            ("relationship_level", "kapcsolati_szint", "lvl5"),
            ("player_action", "jatekos_tette", S),
            ("character_response", "szereplo_reakcio", S),
            ("relationship_score", "kapcsolat_pont", "pct"),
            ("trust_change", "bizalom_valtozas", "minus"),
            ("rationale", "indoklas", S),
            ("quality_score", "minoseg", "pct"),
        ),
    },
    "rs_vi_groups": {
        "label": ("sample_type", "relationship_scoring"),
        "envelope": "md_jsonl",
        "stem": "cham_diem_quan_he",
        "ext": "md",
        "map": _m(
            ("character_name", "dau_vao.nhan_vat", S),
            ("interaction_type", "dau_vao.loai_tuong_tac", S),
            ("player_action", "dau_vao.hanh_dong", S),
            ("character_response", "dau_vao.phan_hoi", S),
            ("relationship_level", "dau_vao.muc_do_quan_he", "num"),
            ("relationship_score", "ket_qua.diem_quan_he", "of10"),
            ("trust_change", "ket_qua.thay_doi_tin_cay", "signed"),
            ("rationale", "ket_qua.giai_thich.van_ban", S),
            ("quality_score", "chat_luong", "comma"),
        ),
    },
    "rs_cs_pairs": {
        "label": ("type", "relationship"),
        "envelope": "vi_batch",
        "stem": "vztahy_hodnoceni",
        "ext": "json",
        "map": _m(
            ("character_name", "Postava", S),
            ("interaction_type", "DruhInterakce", S),
            ("player_action", "CinHrace", S),
            ("character_response", "ReakcePostavy", S),
            ("relationship_score", "Metriky[Nazev=skore vztahu].Hodnota", "text"),
            ("trust_change", "Metriky[Nazev=zmena duvery].Hodnota", "signed"),
            ("quality_score", "Metriky[Nazev=kvalita].Hodnota", "text"),
            ("rationale", "Zduvodneni", S),
        ),
    },
    # --- multi_step ---
    "ms_ko_deep": {
        "label": ("record_type", "multistep"),
        "envelope": "bare",
        "stem": "multi_step_batch",
        "ext": "json",
        "map": _m(
            ("npc_profile.name", "inmul.ireum", S),
            ("npc_profile.age", "inmul.nai", "yrs"),
            ("npc_profile.occupation", "inmul.jigeop", S),
            ("npc_profile.background", "inmul.gwageo", S),
            ("npc_emotional_state.base_capacity", "inmul.gamjeong.gibon_yongnyang", "text"),
            (
                "npc_emotional_state.capacity_factors",
                "inmul.gamjeong.yoin",
                "items",
                {"factor": ("iyu", S), "impact": ("jeongdo", "num")},
            ),
            ("npc_emotional_state.effective_capacity", "inmul.gamjeong.yuhyo_yongnyang", "text"),
            ("npc_emotional_state.current_emotion", "inmul.gamjeong.gibun", S),
            *_ocean_pairs("inmul.seonggyeok", "teukseong", "gap", KO_OCEAN, "num", "npc_ocean_personality"),
            ("interaction_context.situation", "sanghwang.jangso", S),
            ("interaction_context.player_request", "sanghwang.yocheong", S),
            ("interaction_context.support_needed", "sanghwang.piryo_jiwon", "text"),
            ("interaction_context.complexity_type", "sanghwang.bokjapseong", S),
            ("interaction_context.authenticity_target", "sanghwang.jinjeongseong_mokpyo", S),
            ("interaction_context.capacity_level", "sanghwang.yongnyang_dangye", S),
            ("tension_memory.hook_type", "ginjang.gori", S),
            ("tension_memory.memory_reference", "ginjang.gieok", S),
            ("npc_card_narrative.dialogue_prose", "jangmyeon.mundan.bonmun", S),
            ("game_outcomes.trust_change", "gyeolgwa.sinroe", "num"),
            ("game_outcomes.relationship_change", "gyeolgwa.gwangye", "num"),
            ("game_outcomes.capacity_after", "gyeolgwa.ihu_yongnyang", "num"),
            ("training_metadata.authenticity_score", "pyeongga.jinjeongseong", "text"),
            ("training_metadata.quality_score", "pyeongga.pumjil", "text"),
            ("training_metadata.pipeline_version", "pyeongga.paipeurain", S),
            ("training_metadata.master_truths_version", "pyeongga.jinri_beojeon", S),
        ),
    },
    "ms_ro_dotted": {
        "label": ("_type", "multi_step"),
        "envelope": "jsonl",
        "stem": "interactiuni_pasi",
        "ext": "json",
        "map": _m(
            ("npc_profile.name", f"npc{RO}nume", S),
            ("npc_profile.age", f"npc{RO}varsta", "num"),
            ("npc_profile.occupation", f"npc{RO}ocupatie", S),
            ("npc_profile.background", f"npc{RO}trecut", S),
            ("npc_emotional_state.base_capacity", f"stare{RO}capacitate_baza", "cap10"),
            ("npc_emotional_state.capacity_factors", f"stare{RO}factori", "table"),
            ("npc_emotional_state.effective_capacity", f"stare{RO}capacitate_efectiva", "cap10"),
            ("npc_emotional_state.current_emotion", f"stare{RO}emotie", S),
            ("npc_ocean_personality.openness", f"personalitate{RO}deschidere", "num"),
            ("npc_ocean_personality.conscientiousness", f"personalitate{RO}constiinciozitate", "num"),
            ("npc_ocean_personality.extraversion", f"personalitate{RO}extraversie", "num"),
            ("npc_ocean_personality.agreeableness", f"personalitate{RO}agreabilitate", "num"),
            ("npc_ocean_personality.neuroticism", f"personalitate{RO}nevrotism", "num"),
            ("interaction_context.situation", f"interactiune{RO}loc", S),
            ("interaction_context.player_request", f"interactiune{RO}cerere", S),
            ("interaction_context.support_needed", f"interactiune{RO}sprijin_necesar", "num"),
            ("interaction_context.complexity_type", f"interactiune{RO}complexitate", S),
            ("interaction_context.authenticity_target", f"interactiune{RO}tinta_autenticitate", S),
            ("interaction_context.capacity_level", f"interactiune{RO}nivel_capacitate", S),
            ("tension_memory.hook_type", f"tensiune{RO}carlig", "Title"),
            ("tension_memory.memory_reference", f"tensiune{RO}amintire", S),
            ("npc_card_narrative.dialogue_prose", f"scena{RO}proza", S),
            ("game_outcomes.trust_change", f"rezultat{RO}incredere", "num"),
            ("game_outcomes.capacity_after", f"rezultat{RO}capacitate_dupa", "num"),
            ("training_metadata.authenticity_score", f"evaluare{RO}autenticitate", "num"),
            ("training_metadata.quality_score", f"evaluare{RO}calitate", "num"),
            ("training_metadata.master_truths_version", f"evaluare{RO}versiune_reguli", S),
        ),
    },
    "ms_sw_groups": {
        "label": ("kind", "multi_step_interaction"),
        "envelope": "airtable",
        "stem": "mwingiliano_hatua",
        "ext": "json",
        "map": _m(
            ("npc_profile.name", "kichwa.jina", S),
            ("npc_profile.age", "kichwa.umri", "text"),
            ("npc_profile.occupation", "kichwa.kazi", S),
            ("npc_profile.background", "kichwa.historia", S),
            ("npc_emotional_state.base_capacity", "kichwa.uwezo_msingi", "comma"),
            ("npc_emotional_state.capacity_factors", "kichwa.sababu", "texts"),
            ("npc_emotional_state.effective_capacity", "kichwa.uwezo_halisi", "comma"),
            ("npc_emotional_state.current_emotion", "kichwa.hisia", S),
            ("npc_ocean_personality.openness", "kichwa.tabia.uwazi", "pct"),
            ("npc_ocean_personality.conscientiousness", "kichwa.tabia.umakini", "pct"),
            ("npc_ocean_personality.extraversion", "kichwa.tabia.uchangamfu", "pct"),
            ("npc_ocean_personality.agreeableness", "kichwa.tabia.upole", "pct"),
            ("npc_ocean_personality.neuroticism", "kichwa.tabia.wasiwasi", "pct"),
            ("interaction_context.situation", "mwili.mazingira", S),
            ("interaction_context.player_request", "mwili.ombi", S),
            ("interaction_context.support_needed", "mwili.msaada_unaohitajika", "comma"),
            ("interaction_context.complexity_type", "mwili.ugumu", S),
            ("interaction_context.authenticity_target", "mwili.lengo_uhalisia", S),
            ("interaction_context.capacity_level", "mwili.kiwango_uwezo", S),
            ("tension_memory.hook_type", "mwili.ndoano", S),
            ("tension_memory.memory_reference", "mwili.kumbukumbu", S),
            ("npc_card_narrative.dialogue_prose", "mwili.simulizi.maneno", S),
            ("game_outcomes.trust_change", "matokeo.imani", "signed"),
            ("game_outcomes.relationship_change", "matokeo.uhusiano", "signed"),
            ("game_outcomes.capacity_after", "matokeo.uwezo_baadaye", "comma"),
            ("training_metadata.authenticity_score", "tathmini.uhalisia", "pct"),
            ("training_metadata.quality_score", "tathmini.ubora", "pct"),
            ("training_metadata.pipeline_version", "tathmini.toleo_mfumo", S),
        ),
    },
}

#: fields a real pipeline leaves in a record (never a name or alias of one of our fields): dialect -> {key: kind};
#: kinds: "model" (the writer model), "ms" (latency), "retry" (retries), "run" (a run id); the values come from the
#: record's own content, so a duplicate stays byte for byte the same
EXTRAS: dict[str, dict[str, str]] = {
    "ea_vi_groups": {"mo_hinh": "model", "thoi_gian_xu_ly_ms": "ms"},
    "ea_cs_pairs": {"Model": "model", "PocetPokusu": "retry"},
    "di_hu_flat": {"modell": "model", "futas_azonosito": "run"},
    "tb_sw_groups": {"muda_ms": "ms"},
    "tb_ko_pascal": {"Moderu": "model", "JaesidoHoetsu": "retry"},
    "mr_cs_wrapped": {"Beh": "run"},
    "pt_fi_pairs": {"malli": "model", "viive_ms": "ms"},
    "rs_vi_groups": {"mo_hinh": "model", "so_lan_thu": "retry"},
    "ms_ro_dotted": {f"generare{RO}model": "model", f"generare{RO}latenta_ms": "ms"},
    "ms_sw_groups": {"modeli": "model", "jaribio": "retry"},
}
for _name, _extras in EXTRAS.items():
    DIALECTS[_name]["extras"] = _extras


def _extra(kind: str, rec: dict[str, Any]) -> Any:
    h = int(hashlib.sha1(json.dumps(rec, sort_keys=True).encode()).hexdigest()[:8], 16)
    if kind == "model":
        return ["qwen3-8b-instruct", "qwen3-14b-awq", "llama-3.1-8b"][h % 3]
    if kind == "ms":
        return 800 + h % 4000
    if kind == "retry":
        return h % 3
    return f"r{h % 10**6:06d}"


BY_TYPE = {
    "emotional_authenticity": ["ea_vi_groups", "ea_cs_pairs", "ea_fi_wrapped"],
    "dramatic_irony": ["di_vi_nested", "di_hu_flat", "di_ro_dotted"],
    "tension_building": ["tb_fi_nested", "tb_sw_groups", "tb_ko_pascal"],
    "memory_resonance": ["mr_sw_flat", "mr_cs_wrapped", "mr_hu_pairs"],
    "personality_traits": ["pt_fi_pairs", "pt_ro_dotted", "pt_ko_nested"],
    "relationship_scoring": ["rs_hu_snake", "rs_vi_groups", "rs_cs_pairs"],
    "multi_step": ["ms_ko_deep", "ms_ro_dotted", "ms_sw_groups"],
}

# --- writing a record in a dialect ---------------------------------------------------------------------------------


def _g(x: float) -> str:
    return f"{round(x, 4):g}"


#: how a scalar form writes a value (every one a lossless reading docs/interaction-formats.md documents)
FORMS: dict[str, Any] = {
    "text": _g,
    "comma": lambda v: _g(v).replace(".", ","),
    "pct": lambda v: f"{_g(round(v * 100, 1))}%",
    "pctw": lambda v: f"{_g(round(v * 100, 1))} percent",
    "of10": lambda v: f"{_g(round(v * 10, 2))} out of 10",
    "cap10": lambda v: f"{_g(v)}/10",
    "lvl5": lambda v: f"{v}/5",
    "signed": lambda v: f"{v:+.2f}",
    "minus": lambda v: f"{v:.2f}".replace("-", "\u2212"),
    "wks": lambda v: f"{_g(v)} wks ago",
    "weeks": lambda v: f"{_g(v)} weeks",
    "yrs": lambda v: f"{v} years old",
    "Title": lambda v: v.replace("_", " ").title(),
    "UPPER": lambda v: v.upper(),
    "window:to": lambda v: f"{v['min']} to {v['max']} wks",
    "window:weeks": lambda v: f"weeks {v['min']}-{v['max']}",
    "window:list": lambda v: [v["min"], v["max"]],
}


def _form(v: Any, form: str) -> Any:
    if isinstance(v, Raw):
        return v.v
    if form in ("num", S):
        return v
    return FORMS[form](v)


def _put(rec: dict[str, Any], path: str, value: Any) -> None:
    """Set `value` at a map path in `rec`, creating objects and pair-list elements ("key[k=label]") on the way."""
    *parents, last = _steps(path)
    cur = rec
    for step in parents:
        m = re.fullmatch(r"(.+)\[(.+)=(.+)\]", step)
        if m:
            items = cur.setdefault(m[1], [])
            found = next((x for x in items if x.get(m[2]) == m[3]), None)
            if found is None:
                found = {m[2]: m[3]}
                items.append(found)
            cur = found
        else:
            cur = cur.setdefault(step, {})
    cur[last] = value


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any]) -> dict[str, Any]:
    """One of our records written in a dialect (deterministic: a duplicate is written byte for byte the same)."""
    out: dict[str, Any] = {}
    for ours, theirs, form, *sub in dialect["map"]:
        v = _get(rec, ours)
        if v is None:
            continue
        if form == "items":
            items = []
            for x in v:
                item: dict[str, Any] = {}
                for k, (tk, f) in sub[0].items():
                    _put(item, tk, _form(x[k], f))
                items.append(item)
            v = items
        elif form == "table":
            v = {f["factor"]: f["impact"] for f in v}
        elif form == "texts":
            v = [f"{f['factor']} ({f['impact']:+g})" for f in v]
        else:
            v = _form(v, form)
        _put(out, theirs, v)
    for key, kind in dialect.get("extras", {}).items():
        _put(out, key, _extra(kind, out))
    return out


def truth_map(dialect: dict[str, Any]) -> dict[str, str]:
    """{their path: our path}, the lines a person would write in interactions.field_map for this dialect."""
    truth: dict[str, str] = {}
    for ours, theirs, form, *sub in dialect["map"]:
        truth[theirs] = ours
        if form == "items":
            for k, (tk, _f) in sub[0].items():
                truth[f"{theirs}[].{tk}"] = f"{ours}[].{k}"
    return truth


def _writes(dialect: dict[str, Any], ours: str) -> bool:
    return any(e[0] == ours or e[0].startswith(ours + ".") for e in dialect["map"])


# --- files ---------------------------------------------------------------------------------------------------------


def _labelled(dialect: dict[str, Any], recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    k, v = dialect["label"]
    return [{k: v, **r} for r in recs]


def _render(dtype: str, dialect: dict[str, Any], recs: list[dict[str, Any]], seed: int, n: int) -> str:
    """A file's text in the dialect's envelope; its records are the document's samples, in order."""
    env = dialect["envelope"]
    k, v = dialect["label"]
    stamp = f"2026-11-{(seed % 17) + 11:02d}T{(n % 12) + 8:02d}:40:00Z"
    if env in ("vi_batch", "utf16"):
        doc: Any = {k: v, "lo_so": n, "thoi_gian": stamp, "phien_ban_quy_tac": "v1.2", "mau_du_lieu": recs}
    elif env == "keyed":
        doc = {dtype: recs}
    elif env == "airtable":
        doc = {
            "records": [{"id": _rid("rec", r), "createdTime": stamp, "fields": {k: v, **r}} for r in recs],
            "offset": None,
        }
    elif env == "payload":
        doc = [{"id": _rid(dialect["stem"] + "-", r), k: v, "payload": r} for r in recs]
    elif env == "bare":
        doc = _labelled(dialect, recs)
    elif env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _labelled(dialect, recs))
    elif env == "md_jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _labelled(dialect, recs))
        intro = f"Tässä pyydetyt rivit, yksi objekti riviä kohden ({len(recs)} kpl)."
        return f"{intro}\n\n```jsonl\n{body}```\n\nKerro jos haluat lisää.\n"
    elif env == "comments":
        parts = [
            f"  // zaznam {i + 1}\n  {json.dumps(r, ensure_ascii=False)}"
            for i, r in enumerate(_labelled(dialect, recs))
        ]
        return f"/* export {stamp}, pravidla v1.2 */\n[\n" + ",\n".join(parts) + "\n]\n"
    else:
        raise ValueError(env)
    return json.dumps(doc, ensure_ascii=False, indent=1)


def _rid(prefix: str, rec: dict[str, Any]) -> str:
    """A record id derived from its content (a page overlap repeats a record with its id: an exact duplicate)."""
    return prefix + hashlib.sha1(json.dumps(rec, sort_keys=True).encode()).hexdigest()[:12]


CUTTABLE = {"vi_batch", "keyed", "airtable", "payload", "bare", "jsonl"}


def _cut(text: str, marker: str) -> str:
    """End the text inside the last record's answer (found by its text)."""
    at = text.rindex(marker)
    return text[: at + len(marker) // 2]


def _mojibake(text: str) -> str | None:
    """UTF-8 read back as cp1252 (only for a text with a character that round-trips exactly)."""
    try:
        bad = text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None
    return bad if bad != text else None


def _canon(rec: dict[str, Any]) -> str:
    return json.dumps(rec, sort_keys=True, default=lambda o: repr(o.v) if isinstance(o, Raw) else str(o))


def _fresh(rng: random.Random, seen: set[str], make: Any) -> dict[str, Any]:
    """A record no earlier record of the folder equals (only planted duplicates repeat)."""
    while True:
        rec = make(rng)
        key = _canon(rec)
        if key not in seen:
            seen.add(key)
            return rec


def _answer_text(rec: dict[str, Any], dtype: str) -> str | None:
    v = _get(rec, ANSWER[dtype])
    if isinstance(v, list):
        return v[-1]["dialogue"]
    return v if isinstance(v, str) else None


def _plan(rng: random.Random, seen: set[str], dtype: str, dialect: dict[str, Any]) -> list[tuple[dict, dict]]:
    """A type's records in OUR schema with their manifest rows: valid ones, then the defects this dialect can carry."""
    planned: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for _ in range(rng.randint(14, 20)):
        planned.append((_fresh(rng, seen, MAKERS[dtype]), {"expected": K, "defect": None}))
    usable = [d for d in DEFECTS[dtype] if all(_writes(dialect, p) for p in d[1])]
    chosen = [d for d in usable if rng.random() < 0.7] or usable[:2]
    for name, _needs, make, expected, what in chosen:
        row = {"expected": expected, "defect": name, ("reason" if expected == R else "rule"): what}
        planned.append((_fresh(rng, seen, make), row))
    for rec, row in planned:  # valid answers with mojibake (UTF-8 read back as cp1252): kept, a repair
        text = _answer_text(rec, dtype)
        if row["expected"] == K and text and dtype != "dramatic_irony" and rng.random() < 0.15:
            bad = _mojibake(text)
            if bad:
                _set(rec, ANSWER[dtype], bad)
                row["note"] = "mojibake"
    return planned


def _duplicates(rng: random.Random, chunks: list[list[tuple[dict, dict]]]) -> None:
    """One or two exact duplicates: a valid record written again later in the same file (a retried call)."""
    for k in range(rng.choice([1, 2])):
        chunk = chunks[k % len(chunks)]
        valid = [i for i, (_, row) in enumerate(chunk) if row["expected"] == K and not row.get("note")]
        src = rng.choice(valid)
        at = rng.randint(src + 1, len(chunk))
        chunk.insert(at, (chunk[src][0], {"expected": R, "defect": "exact_duplicate", "reason": "exact_duplicate"}))


def _write(path: Path, text: str, encoding: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if encoding == "bom_crlf":  # a Windows editor's save
        path.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
    elif encoding == "utf-16":  # Python's utf-16 writes a byte-order mark
        path.write_bytes(text.encode("utf-16"))
    else:
        path.write_text(text, encoding="utf-8")


def write_fresh6_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    The seed picks each type's dialect (all three of a type's dialects appear over any three consecutive seeds),
    the number of records, which defects are planted, which files are cut, and the rest. `samples` (the other
    families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds each record as written
    in OUR schema (`ours`, planted values unwrapped) for this writer's own test.
    """
    del samples
    rng = random.Random(f"fresh6/{seed}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    subdirs = ["", "dot_1", f"ajo_{seed:02d}", "vienti/2026-11-30"]
    manifest: dict[str, Any] = {"family": "fresh6", "seed": seed, "records": [], "plans": {}, "files": []}
    seen: set[str] = set()
    dialects = {t: BY_TYPE[t][(seed + ti) % 3] for ti, t in enumerate(TYPES)}
    cuttable = [t for t in TYPES if DIALECTS[dialects[t]]["envelope"] in CUTTABLE]
    cut_types = set(rng.sample(cuttable, min(2, len(cuttable))))
    file_no = 0
    bom_done = False
    for dtype in TYPES:
        dname = dialects[dtype]
        dialect = DIALECTS[dname]
        planned = _plan(rng, seen, dtype, dialect)
        rng.shuffle(planned)
        n_files = 2 if len(planned) > 19 and rng.random() < 0.5 else 1
        chunks = [planned[i::n_files] for i in range(n_files)]
        _duplicates(rng, chunks)
        plan_files = []
        for c, chunk in enumerate(chunks):
            file_no += 1
            rel = Path(rng.choice(subdirs)) / f"{dialect['stem']}_{seed:03d}_{file_no:02d}.{dialect['ext']}"
            rows = [row for _, row in chunk]
            ours = [rec for rec, _ in chunk]
            cut = dtype in cut_types and c == len(chunks) - 1
            if cut:  # one more record of its own, cut inside its answer: planted lost
                rec = _fresh(rng, seen, MAKERS[dtype])
                rows.append({"expected": L, "defect": "truncated_record"})
                ours.append(rec)
            text = _render(dtype, dialect, [to_dialect(r, dialect) for r in ours], seed, file_no)
            if cut:
                text = _cut(text, json.dumps(_answer_text(ours[-1], dtype), ensure_ascii=False)[1:-1])
            env = dialect["envelope"]
            encoding = "utf-16" if env == "utf16" else "plain"
            if not cut and not bom_done and env in ("vi_batch", "payload", "keyed") and rng.random() < 0.6:
                encoding, bom_done = "bom_crlf", True
            _write(folder / rel, text, encoding)
            plan_files.append(rel.as_posix())
            manifest["files"].append(rel.as_posix())
            for i, row in enumerate(rows):
                out = {"file": rel.name, "path": rel.as_posix(), "index": i, "data_type": dtype, **row}
                out.setdefault("note", None)
                if with_ours:
                    out["ours"] = json.loads(json.dumps(ours[i], default=lambda o: o.v))
                manifest["records"].append(out)
        manifest["plans"][dtype] = {"dialect": dname, "truth": truth_map(dialect), "files": plan_files}
    manifest["counts"] = counts(manifest)
    return manifest


def main() -> int:
    return command_line(__doc__, write_fresh6_folder, "fresh6")


if __name__ == "__main__":
    raise SystemExit(main())
