#!/usr/bin/env python3
"""A tenth held-out drift generator (issue 11): folders of interaction batches from teams nobody here has met.

Written apart from the matcher and the other drift generators (only their top docstrings, fresh7's folder writer,
`counts`, `main` and manifest test were read): the seven data types and meanings of curation/domain/spec.yaml, in
languages no earlier family used. Basque (`sarrera.gaitasuna.eragileak[].eragina`, `irteera.erantzuna`), Arabic
transliterated (`qudra_fiiliya`, `al_radd`, `darajat_al_asala`), Croatian (`znanje.jaz`,
`mogući_odgovori[].učinak_na_odnos`), Persian transliterated (`khoruji.gozineha[].jomle`, `arzyabi.emtiaz_tanz`),
Esperanto (`eldiro`, `malkaŝa_fenestro`), English written as sentences (`how_much_suspense_this_builds`), Welsh
(`atgof.wythnosau_yn_ol`), Icelandic (`uttak.svar.texti`), Irish (`tréithe[tréith=oscailteacht].luach`), Lithuanian
(`ivestis.bruozai.atvirumas`), Hebrew transliterated (`tguvat_hadmut`, `madadim[shem=shinui emun].erekh`), English
keys with spaces, capitals and punctuation (`PC Behaviour`, `NPC.Reply (final)`, `Trust Δ`), Latvian four levels deep
(`npc.emocijas.faktiska_speja`, `karte.teksts.proza`) and a Croatian flattened dataframe export whose keys hold
dots (`emocije.čimbenici[].utjecaj`, mapped as `emocije\\.čimbenici[].utjecaj`).

Structure: every data type has two prompt versions (two dialects); a seed writes one of them or BOTH in one folder
(different key sets for the same type in different files, one truth map holding both). Records split into
input / output / evaluation groups under their own names, answers three levels down, multi-step interactions four
levels deep or flattened with dotted keys, factor lists as items, as a name -> impact table or as "name (+1.5)"
text, OCEAN as a label/value pair list or as named fields, payoff windows as text or as two flat fields. Values only
in readings docs/interaction-formats.md documents as lossless: decimal commas ("6,5", "3,5/10"), "82%", "82 percent",
"7/10", "6.5 out of 10", "4/5", "+0.30", a typographic minus ("−0.40"), "12 weeks ago", "3 wks", "26w",
"41 years old", "between 2 and 4 weeks", option labels "Tone-Deaf" / "tone-deaf", hook labels "partial-reveal".
Pipeline metadata on every record (run ids, model names, latency, token counts, temperatures, prompt hashes,
"yes"/"no" review flags) and, on some records, a reviewer's free-text note: none of them is ours, no map line may
move them. Optional fields (a name, an inner thought, notes, a hook's effectiveness, a level) vary per record.
Files: a Basque wrapper, JSON Lines (`.jsonl` and lines in `.json`), a typed batch header, a Markdown answer with a
fenced array, bare arrays, an object keyed by the data type, a paged API answer, a three-level export; one file per
folder with a BOM and CRLF; one to three answers with mojibake, UTF-8 read as cp1252 or as Mac Roman as in the
spec's own sample (kept: a repair); one file per folder ends inside its
last record (planted `lost`). Planted defects (each applicable kind on about 70% of seeds, per prompt version) on
the canonical record, so the expected outcome is the spec's whatever the names: X+2 in both forms (an excellent
target whose need exceeds X+2; support given above X+2 in a number field or in the constraint sentence), the
capacity formula, capacity buckets, complexity types, the irony knowledge gap / impact ranges / option types /
recommended option, payoff windows, hook types, resonance weights and types, out-of-range values written as plain
numbers, a NaN trust change, a missing answer, low quality, an authenticity score off its declared target, exact
duplicates.

Not planted (no field_map line can express it, or the docs do not say it is read): the record as a JSON string
inside an OpenAI-style batch line (`response.body.choices[0].message.content`), numbers written as words
("seven out of ten"), payoff windows in another language's units ("2-4 settimane"), a list addressed by position.

    write_fresh8_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh8.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh8.manifest.json)
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drift_machinery import (
    ANSWER,
    AUTH,
    CAP_BUCKETS,
    HOOKS,
    IMPACT,
    ITYPES,
    MULTI,
    OCEAN,
    OFFSET,
    SYSTEMATIC,
    TRUST_SIGN,
    TYPES,
    WEIGHTS,
    Planters,
    Row,
    command_line,
    counts,
    truth_map,
)
from drift_machinery import answer_text as _answer_text
from drift_machinery import cut_inside as _cut
from drift_machinery import flag as _flag
from drift_machinery import get as _get
from drift_machinery import get_their as _get_their
from drift_machinery import inside_grid as _u
from drift_machinery import mojibake as _mojibake
from drift_machinery import on_grid as _grid
from drift_machinery import option_in_character as _in_character
from drift_machinery import pick_weighted as _pick
from drift_machinery import plain_number as _plain
from drift_machinery import put as _put
from drift_machinery import reject as _reject
from drift_machinery import row as _row
from drift_machinery import write_file as _write

# --- content pools (English values; the keys carry the team's language) ---------------------------------------

NAMES = [
    "Inês",
    "Maarten",
    "Haruto",
    "Giulia",
    "Rhiannon",
    "Sigrún",
    "Ingrid",
    "Aisyah",
    "Yael",
    "Tobias",
    "Keiko",
    "Dafydd",
    "Lorenzo",
    "Solveig",
    "Nurul",
    "Avi",
    "Bram",
    "Carys",
    "Tiago",
    "Emi",
]
JOBS = [
    "ferry mechanic",
    "night-shift nurse",
    "bakery owner",
    "archivist",
    "harbour pilot",
    "school caretaker",
    "tram driver",
    "beekeeper",
    "pharmacist",
    "market stall trader",
    "violin teacher",
    "lighthouse keeper",
]
PLACES = [
    "the flooded lower town",
    "a harbour bar after closing",
    "the archive's reading room",
    "a rain-soaked tram stop",
    "the bakery before dawn",
    "a hospital corridor at shift change",
    "the ferry's engine room",
    "a rooftop garden",
]
PRESSURES = [
    ("late shifts", -2.0),
    ("a sick parent", -2.5),
    ("unpaid rent", -1.5),
    ("no sleep", -1.0),
    ("a quarrel with a sibling", -1.5),
    ("a small win at work", 1.0),
    ("a friend's visit", 1.5),
    ("a cancelled holiday", -0.5),
    ("a court date", -3.0),
    ("a good night's rest", 0.5),
]
ASKS = [
    "The player asks for help moving out this weekend.",
    "The player wants them to cover a shift tomorrow.",
    "The player asks them to listen to a long confession.",
    "The player needs a loan to pay a fine.",
    "The player asks them to come to a hearing as a witness.",
    "The player wants a lift to the coast tonight.",
    "The player asks them to look after a dog for a week.",
    "The player wants honest feedback on a song.",
]
REPLIES = [
    "I can’t carry all of that tonight — but I’ll sit with you for an hour, and that’s real.",
    "Honestly? I’m running on empty. I can do the first part, not the rest.",
    "Yes. I’ll be there at nine, coffee in hand — you won’t do this alone.",
    "I want to say yes so badly, and I can’t. Ask me again on Sunday?",
    "Don’t look at me like that. I’ve got nothing left this week — nothing.",
    "Okay. Okay — give me ten minutes to breathe, then tell me everything.",
    "I’ll lend you what I can, which isn’t much, and I’ll hate myself for the rest.",
    "You’re asking the wrong person today… but I’ll make one call for you.",
]
THOUGHTS = [
    "If I say no they will stop asking.",
    "I am so tired of being the reliable one.",
    "This is exactly what I would want someone to do for me.",
    "Why does everything land on the same week?",
]
SECRETS = [
    "the player's brother owes money to the harbour gang",
    "the letter they treasure was forged",
    "the shop is being sold behind their back",
    "their mentor reported them to the guild",
    "the storm warning was ignored on purpose",
    "their best friend is leaving town for good",
]
BELIEFS = [
    "their brother is simply bad with money",
    "the letter came from their late father",
    "the shop's future is secure",
    "the mentor recommended them for promotion",
    "the storm took everyone by surprise",
    "their friend is only away for a week",
]
TONE_DEAF = [
    "Cheer up, it could be so much worse!",
    "Honestly, that sounds like a you problem.",
    "Let's talk about something fun instead.",
    "Money comes and goes, don't be dramatic.",
]
MISGUIDED = [
    "I'm sure it's all a misunderstanding, you'll see.",
    "Maybe if you just talk to them nicely…",
    "Let me fix it — I'll go and ask them myself.",
    "You should be grateful, really.",
]
GROWTH = [
    "Whatever happens, I'm here — tell me what you need.",
    "I think there's more to this. Shall we look together?",
    "That must be heavy. Do you want advice, or just company?",
    "I might not know everything, and that's okay.",
]
HOOK_LINES = [
    "There's something about the lighthouse I've never told anyone… not yet.",
    "Ask me again after the festival — then I'll tell you who really paid.",
    "He said one thing to you and the opposite to me. Funny, isn’t it?",
    "If the vote goes wrong on Friday, none of us keeps the harbour.",
    "I found a second key in her coat. I don't know what it opens — yet.",
    "You think the fire was an accident? Keep thinking that, for now.",
]
SETUPS = [
    "The keeper hid a shipwreck survivor years ago.",
    "The festival's sponsor is the one who burned the mill.",
    "Two versions of the same will exist.",
    "The council has already sold the harbour.",
    "The key opens the archive's sealed room.",
    "The fire was set to hide the ledger.",
]
HINTS = [
    "A lamp that is lit on nights with no ships.",
    "Who bought the festival's fireworks?",
    "The notary's date does not match.",
    "A buyer's car outside the council at midnight.",
    "A door in the archive nobody has opened.",
    "A ledger missing from the mill's office.",
]
NOW = [
    "The player hums a song at the market.",
    "Rain hammers the tram stop while they wait.",
    "A child drops a kite near the pier.",
    "The bakery smells of burnt sugar.",
    "The player hands them an old photograph.",
    "Someone laughs exactly like their late aunt.",
]
PAST = [
    "their mother singing while mending nets",
    "the night the old bakery burned down",
    "flying kites with a brother who later left",
    "the first winter alone in the city",
    "a wedding dance that ended in an argument",
    "sitting by a hospital bed until morning",
]
EMOTIONS = ["grief", "warm nostalgia", "shame", "quiet joy", "fear", "relief", "longing"]
RECALL = [
    "That song… my mother used to sing it. I haven’t heard it in years.",
    "Burnt sugar. Every time. I’m back in that kitchen and I can’t breathe.",
    "A kite. Of course it’s a kite — he always let go too early.",
    "Funny, I used to be terrified of winters like this. Now they’re almost kind.",
    "You laugh like her. I’m sorry — give me a second.",
    "I stayed up like this once before, and I swore I never would again.",
]
SCENES = [
    "A stranger cuts the queue at the ferry.",
    "The player forgets their birthday.",
    "A storm cancels the market day.",
    "A colleague takes credit for their idea.",
    "The player invites them to an impromptu party.",
    "A letter arrives with bad news.",
]
TRAIT_LINES = [
    "Oh! Well — never mind, let's just find another way, shall we?",
    "I made a list. Three options, ranked. We start with the first one at eight.",
    "A party? Right now? Give me five minutes, I'm bringing the speakers!",
    "It's fine. It's always fine. Don't worry about me.",
    "Ugh, of course it rained. Of course it did. Why do I even plan anything?",
    "Interesting — I never thought of the ferry as a place to meet people.",
]
EXPRESS = [
    "High agreeableness softens the complaint; low neuroticism keeps it calm.",
    "High conscientiousness shows in the ranked plan and fixed time.",
    "High extraversion drives the instant enthusiasm for company.",
    "High neuroticism colours the catastrophising about the weather.",
    "High openness turns an annoyance into curiosity.",
]
ACTIONS = [
    "The player brings soup when they are ill.",
    "The player forgets a promised meeting.",
    "The player defends them in front of the council.",
    "The player reads their diary without asking.",
    "The player pays back an old debt in full.",
    "The player teases them about their accent.",
]
RESPONSES = [
    "You remembered. Nobody remembers.",
    "I waited an hour. An hour.",
    "You didn't have to do that — thank you.",
    "That was private. I need you to leave.",
    "We're square, then. Good.",
    "Ha! Says the one who can't whistle.",
]
WHYS = [
    "A caring gesture at a vulnerable moment builds trust — the response shows genuine warmth.",
    "A broken promise costs trust; the clipped reply signals hurt rather than anger.",
    "Public loyalty is rare and valued — a large positive shift is justified.",
    "A privacy violation is a serious breach; the boundary is stated clearly.",
    "Repaying a debt restores balance but does not create closeness.",
    "Light teasing within an established bond reads as affection, not insult.",
]
PROSE = [
    "Inês wipes her hands on her apron and looks past you. “I’ll help with the boxes — not the van, not today.”",
    "He laughs, too loudly, and agrees to everything — then sits very still once you've gone.",
    "She listens without interrupting, nods once, and writes the address on the back of a receipt.",
    "The mechanic shakes his head. “Ask me in a week. Right now I’d only make it worse.”",
    "Keiko folds the letter twice and slides it back. “I can’t read this tonight — I’m sorry.”",
]
MEMREF = [
    "the night the mill burned",
    "a promise made at the ferry",
    "the winter of the long strike",
    "their first week in the city",
    "a photograph left on the piano",
]
UNKNOWN_COMPLEXITY = ["stoic_deflection", "martyrdom", "overexplaining", "quiet_withdrawal"]

THRESHOLD = {
    "dramatic_irony": 0.5,
    "tension_building": 0.6,
    "memory_resonance": 0.7,
    "personality_traits": 0.6,
    "relationship_scoring": 0.6,
    "multi_step": 0.6,
}


def _factors(rng: random.Random, eff: float) -> tuple[float, list[dict[str, Any]]]:
    """(base, factors) whose impacts take base to eff exactly, base inside [0, 10]."""
    while True:
        chosen = rng.sample(PRESSURES, rng.randint(1, 3))
        total = sum(i for _, i in chosen)
        base = round(eff - total, 2)
        if 0.0 <= base <= 10.0:
            return base, [{"factor": f, "impact": i} for f, i in chosen]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving before a number (valid records state no support given)."""
    x2 = eff + 2
    if need > x2:
        return (
            f"At {eff:g}/10 the X+2 line sits at {x2:g}; the ask of {need:g} is beyond it, so the answer stays partial."
        )
    return f"At {eff:g}/10 the X+2 line sits at {x2:g}; the ask of {need:g} is within it, yet tiredness still shows."


def make_emotional(rng: random.Random) -> dict[str, Any]:
    level = _pick(rng, {"crisis": 0.15, "low": 0.25, "medium": 0.35, "high": 0.25})
    eff = _grid(rng, *CAP_BUCKETS[level])
    base, factors = _factors(rng, eff)
    target = _pick(rng, {"failed": 0.15, "struggling": 0.2, "authentic": 0.35, "excellent": 0.3})
    need = eff + _grid(rng, *OFFSET[target])
    need = min(10.0, max(1.0 if target == "excellent" else 0.5, need))
    rec: dict[str, Any] = {
        "character_name": rng.choice(NAMES),
        "context": f"A {rng.choice(JOBS)} in {rng.choice(PLACES)}, stretched by {factors[0]['factor']}.",
        "base_capacity": base,
        "capacity_factors": factors,
        "effective_capacity": eff,
        "situation": rng.choice(ASKS),
        "support_level_needed": need,
        "character_response": rng.choice(REPLIES),
        "internal_thought": rng.choice(THOUGHTS),
        "demonstrates_constraint": _constraint(eff, need),
        "authenticity_score": _u(rng, *AUTH[target]),
        "authenticity_target": target,
        "capacity_level": level,
        "complexity_type": rng.choice(SYSTEMATIC),
        "support_provided": _grid(rng, 0.0, min(need, eff + 2)),
    }
    for opt in ("character_name", "internal_thought", "support_provided"):
        if rng.random() < 0.3:
            del rec[opt]
    return rec


def make_irony(rng: random.Random) -> dict[str, Any]:
    level = _pick(rng, {"crisis": 0.15, "low": 0.25, "medium": 0.35, "high": 0.25})
    cap = _grid(rng, *CAP_BUCKETS[level])
    i = rng.randrange(len(SECRETS))
    options = [
        {"type": t, "dialogue": rng.choice(pool), "relationship_impact": _u(rng, *IMPACT[t])}
        for t, pool in (("tone_deaf", TONE_DEAF), ("misguided", MISGUIDED), ("growth", GROWTH))
    ]
    rng.shuffle(options)
    rec: dict[str, Any] = {
        "scenario": f"At {rng.choice(PLACES)}, the talk turns to what happened last month.",
        "player_knows": f"The player knows {SECRETS[i]}.",
        "character_knows": f"The character believes {BELIEFS[i]}.",
        "character_name": rng.choice(NAMES),
        "character_capacity": cap,
        "knowledge_gap_score": _u(rng, 0.6, 0.97),
        "response_options": options,
        "recommended_option": _in_character(cap),
        "dramatic_irony_score": _u(rng, 0.55, 0.96),
        "tension_notes": "Let the player sit with what they know; no reveal this scene.",
    }
    for opt in ("character_name", "recommended_option", "tension_notes"):
        if rng.random() < 0.3:
            del rec[opt]
    return rec


def make_tension(rng: random.Random) -> dict[str, Any]:
    hook = rng.choice(list(HOOKS))
    lo, hi = HOOKS[hook]
    a = rng.randint(lo, hi - 1)  # a window, not a single week ("between 3 and 3 weeks" is no one's wording)
    i = rng.randrange(len(HOOK_LINES))
    rec: dict[str, Any] = {
        "character_name": rng.choice(NAMES),
        "context": f"Late evening at {rng.choice(PLACES)}; the player lingers after the others leave.",
        "hook_type": hook,
        "dialogue": HOOK_LINES[i],
        "setup": SETUPS[i],
        "payoff_window_weeks": {"min": a, "max": rng.randint(a + 1, hi)},
        "relationship_level": rng.randint(1, 5),
        "tension_score": _u(rng, 0.62, 0.96),
        "hook_effectiveness": _u(rng, 0.5, 0.95),
        "payoff_hint": HINTS[i],
    }
    for opt in ("hook_effectiveness", "payoff_hint"):
        if rng.random() < 0.3:
            del rec[opt]
    return rec


def make_memory(rng: random.Random) -> dict[str, Any]:
    kind = rng.choice(list(WEIGHTS))
    i = rng.randrange(len(NOW))
    return {
        "character_name": rng.choice(NAMES),
        "current_situation": NOW[i],
        "memory": {
            "description": f"The memory of {rng.choice(PAST)}, years before the harbour changed.",
            "emotion": rng.choice(EMOTIONS),
            "weeks_ago": rng.randint(2, 400),
        },
        "resonance_type": kind,
        "resonance_weight": WEIGHTS[kind],
        "character_response": RECALL[i],
        "resonance_score": _u(rng, 0.72, 0.97),
    }


def make_personality(rng: random.Random) -> dict[str, Any]:
    i = rng.randrange(len(TRAIT_LINES))
    rec: dict[str, Any] = {
        "character_name": rng.choice(NAMES),
        "scenario": rng.choice(SCENES),
        "ocean": {t: _u(rng, 0.04, 0.96) for t in OCEAN},
        "dialogue": TRAIT_LINES[i],
        "trait_expression": EXPRESS[i % len(EXPRESS)],
        "quality_score": _u(rng, 0.62, 0.96),
    }
    if rng.random() < 0.3:
        del rec["character_name"]
    return rec


def make_relationship(rng: random.Random) -> dict[str, Any]:
    i = rng.randrange(len(ACTIONS))
    rec: dict[str, Any] = {
        "player_action": ACTIONS[i],
        "character_response": RESPONSES[i],
        "relationship_score": _u(rng, 0.05, 0.95),
        "trust_change": TRUST_SIGN[i] * _u(rng, 0.02, 0.9),
        "rationale": WHYS[i],
        "quality_score": _u(rng, 0.62, 0.96),
        "character_name": rng.choice(NAMES),
        "interaction_type": ITYPES[i],
        "relationship_level": rng.randint(1, 5),
    }
    for opt in ("character_name", "interaction_type", "relationship_level"):
        if rng.random() < 0.3:
            del rec[opt]
    return rec


def make_multi(rng: random.Random) -> dict[str, Any]:
    level = _pick(rng, {"crisis": 0.15, "low": 0.25, "medium": 0.35, "high": 0.25})
    eff = _grid(rng, *CAP_BUCKETS[level])
    base, factors = _factors(rng, eff)
    target = _pick(rng, {"failed": 0.15, "struggling": 0.2, "authentic": 0.35, "excellent": 0.3})
    need = min(eff + 2, max(0.5, eff + _grid(rng, *OFFSET[target])))  # no stated constraint: need <= X+2
    cplx = rng.choice(MULTI)
    name = rng.choice(NAMES)
    rec: dict[str, Any] = {
        "npc_profile": {
            "name": name,
            "age": rng.randint(19, 78),
            "occupation": rng.choice(JOBS),
            "background": f"Grew up near {rng.choice(PLACES)} and has kept the same routine for twenty years since.",
        },
        "npc_emotional_state": {
            "base_capacity": base,
            "capacity_factors": factors,
            "effective_capacity": eff,
            "current_emotion": rng.choice(EMOTIONS),
        },
        "npc_ocean_personality": {t: _u(rng, 0.04, 0.96) for t in OCEAN},
        "interaction_context": {
            "situation": f"{name} is closing up at {rng.choice(PLACES)}.",
            "player_request": rng.choice(ASKS),
            "support_needed": need,
            "complexity_type": cplx,
            "authenticity_target": target,
            "capacity_level": level,
        },
        "tension_memory": {"hook_type": rng.choice(list(HOOKS)), "memory_reference": rng.choice(MEMREF)},
        "npc_card_narrative": {"dialogue_prose": rng.choice(PROSE)},
        "game_outcomes": {
            "trust_change": _grid(rng, -2.0, 2.0),
            "relationship_change": _grid(rng, -2.0, 2.0),
            "capacity_after": _grid(rng, 0.0, 10.0),
        },
        "training_metadata": {
            "authenticity_score": _u(rng, *AUTH[target]),
            "quality_score": _u(rng, 0.62, 0.96),
            "complexity_type": cplx,
            "pipeline_version": "v2.2",
            "master_truths_version": "v1.2",
            "generated_at": f"2026-11-{rng.randint(10, 28)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
        },
    }
    if rng.random() < 0.25:
        del rec["npc_profile"]["age"]
    if rng.random() < 0.25:
        del rec["tension_memory"]
    return rec


MAKERS: dict[str, Callable[[random.Random], dict[str, Any]]] = {
    "emotional_authenticity": make_emotional,
    "dramatic_irony": make_irony,
    "tension_building": make_tension,
    "memory_resonance": make_memory,
    "personality_traits": make_personality,
    "relationship_scoring": make_relationship,
    "multi_step": make_multi,
}


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------


def _fresh_ea(rng: random.Random, ok: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    while True:
        rec = make_emotional(rng)
        if ok(rec):
            return rec


GIVEN_SENTENCES = [
    "Stretched thin, yet she provides {g} out of 10 support anyway.",
    "He is exhausted, but he gives {g} anyway and pretends it costs nothing.",
    "Worn out as she is, she hands over {g} worth of support.",
]


def ea_x2_given(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = _fresh_ea(rng, lambda r: r["effective_capacity"] <= 6.5 and r["authenticity_target"] != "excellent")
    eff = rec["effective_capacity"]
    given = min(10.0, eff + 2 + _grid(rng, 1.0, 2.5))
    rec["support_level_needed"] = max(rec["support_level_needed"], given)
    if any(o == "support_provided" for o, *_ in d["map"]):
        rec["support_provided"] = given
        rec["demonstrates_constraint"] = _constraint(eff, rec["support_level_needed"])
        return _flag(rec, "capacity.x_plus_2", "x_plus_2_given_field")
    rec.pop("support_provided", None)
    rec["demonstrates_constraint"] = rng.choice(GIVEN_SENTENCES).format(g=f"{given:g}")
    return _flag(rec, "capacity.x_plus_2", "x_plus_2_given_sentence")


def ea_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_emotional(rng)
    rec["authenticity_score"] = float(rng.choice([78, 84, 91]))
    return _reject(rec, "score_out_of_range", "score_on_100_scale", ["authenticity_score"])


def di_impact(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_irony(rng)
    o = rng.choice(rec["response_options"])
    o["relationship_impact"] = {"tone_deaf": -2.5, "misguided": -1.0, "growth": 1.4}[o["type"]]
    return _flag(rec, "irony.relationship_impact", "impact_out_of_type_range")


def di_option_type(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_irony(rng)
    fits = _in_character(rec["character_capacity"])
    o = rng.choice([o for o in rec["response_options"] if o["type"] != fits])
    o["type"] = rng.choice(["sarcastic", "deflecting", "flippant"])
    return _flag(rec, "irony.option_type", "unknown_option_type")


def di_low(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_irony(rng)
    rec["dramatic_irony_score"] = _u(rng, 0.15, 0.45)
    return _reject(rec, "below_quality_threshold", "low_quality")


def di_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_irony(rng)
    rec["character_capacity"] = rng.choice([12.0, 13.5, 15.0])
    rec.pop("recommended_option", None)
    return _reject(rec, "capacity_out_of_range", "capacity_over_10", ["character_capacity"])


def tb_window(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_tension(rng)
    rec["payoff_window_weeks"] = {
        "mystery_hook": {"min": 5, "max": 8},
        "partial_reveal": {"min": 6, "max": 9},
        "contradiction": {"min": 1, "max": 3},
        "stakes_escalation": {"min": 3, "max": 6},
    }[rec["hook_type"]]
    return _flag(rec, "tension.payoff_window", "window_outside_hook")


def tb_hook(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_tension(rng)
    rec["hook_type"] = rng.choice(["red_herring", "slow_burn", "cliff_drop"])
    return _flag(rec, "tension.hook_type", "unknown_hook")


def tb_level(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_tension(rng)
    rec["relationship_level"] = rng.choice([6, 7, 9])
    return _reject(rec, "value_out_of_range", "level_over_5", ["relationship_level"])


def mr_weight(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_memory(rng)
    rec["resonance_weight"] = rng.choice([w for w in (0.5, 0.6, 0.75, 1.0) if w != WEIGHTS[rec["resonance_type"]]])
    return _flag(rec, "memory.resonance_weight", "wrong_weight")


def mr_type(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_memory(rng)
    rec["resonance_type"] = rng.choice(["nostalgic_echo", "sensory_trigger", "bittersweet_return"])
    return _flag(rec, "memory.resonance_type", "unknown_resonance_type")


def mr_weeks(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_memory(rng)
    rec["memory"]["weeks_ago"] = rng.choice([-3, -12, -40])
    return _reject(rec, "value_out_of_range", "negative_weeks", ["memory.weeks_ago"])


def mr_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_memory(rng)
    rec["resonance_score"] = float(rng.choice([88, 93, 97]))
    return _reject(rec, "score_out_of_range", "score_on_100_scale", ["resonance_score"])


def pt_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_personality(rng)
    trait = rng.choice(OCEAN)
    rec["ocean"][trait] = float(rng.choice([65, 70, 82]))
    return _reject(rec, "score_out_of_range", "trait_on_100_scale", [f"ocean.{trait}"])


def rs_trust(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_relationship(rng)
    rec["trust_change"] = rng.choice([1.6, -2.0, 3.5])
    return _reject(rec, "value_out_of_range", "trust_over_1", ["trust_change"])


def rs_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_relationship(rng)
    rec["relationship_score"] = rng.choice([7.5, 8.0, 6.5])
    return _reject(rec, "score_out_of_range", "score_on_10_scale", ["relationship_score"])


def _fresh_ms(rng: random.Random, ok: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    while True:
        rec = make_multi(rng)
        if ok(rec):
            return rec


def ms_formula(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = _fresh_ms(rng, lambda r: r["npc_emotional_state"]["base_capacity"] <= 8.0)
    rec["npc_emotional_state"]["base_capacity"] = round(rec["npc_emotional_state"]["base_capacity"] + 2.0, 2)
    return _flag(rec, "capacity.effective_formula", "capacity_formula")


def ms_x2(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = _fresh_ms(rng, lambda r: r["npc_emotional_state"]["effective_capacity"] <= 6.5)
    eff = rec["npc_emotional_state"]["effective_capacity"]
    rec["interaction_context"]["support_needed"] = min(10.0, eff + 2 + _grid(rng, 1.0, 2.5))
    return _flag(rec, "capacity.x_plus_2", "x_plus_2_need")


def ms_age(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_multi(rng)
    rec["npc_profile"]["age"] = rng.choice([212, 340, 999])
    return _reject(rec, "value_out_of_range", "age_over_150", ["npc_profile.age"])


def ms_after(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = make_multi(rng)
    rec["game_outcomes"]["capacity_after"] = rng.choice([11.5, 12.0, 14.0])
    return _reject(rec, "capacity_out_of_range", "capacity_over_10", ["game_outcomes.capacity_after"])


#: the shared defect planters, bound to this family's makers and habits
PLANT = Planters(makers=MAKERS, constraint=_constraint, unknown_complexity=UNKNOWN_COMPLEXITY)

DEFECTS: dict[str, list[Callable[[random.Random, dict[str, Any]], Row]]] = {
    "emotional_authenticity": [
        PLANT.ea_formula,
        PLANT.ea_bucket,
        PLANT.ea_x2_excellent,
        ea_x2_given,
        PLANT.ea_complexity,
        PLANT.ea_off_target,
        ea_range,
        PLANT.ea_missing,
    ],
    "dramatic_irony": [PLANT.di_gap, di_impact, di_option_type, PLANT.di_recommended, di_low, di_range],
    "tension_building": [tb_window, tb_hook, tb_level, PLANT.tb_low, PLANT.tb_missing],
    "memory_resonance": [mr_weight, mr_type, mr_weeks, PLANT.mr_low, mr_range],
    "personality_traits": [pt_range, PLANT.pt_low, PLANT.pt_missing],
    "relationship_scoring": [rs_trust, PLANT.rs_nan, PLANT.rs_low, rs_range],
    "multi_step": [
        ms_formula,
        PLANT.ms_bucket,
        ms_x2,
        PLANT.ms_auth_bucket,
        PLANT.ms_complexity,
        PLANT.ms_low,
        ms_age,
        ms_after,
    ],
}


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A list entry ("list") writes one empty object per element; the "[]" entries after it fill them. Forms are the
# documented lossless readings (see the module docstring); None writes the value as it is.


def _ocean_pairs(listkey: str, label_key: str, value_key: str, labels: list[str], form: str | None) -> list[tuple]:
    return [
        (f"ocean.{t}", f"{listkey}[{label_key}={lab}].{value_key}", form) for t, lab in zip(OCEAN, labels, strict=True)
    ]


DIALECTS: dict[str, dict[str, Any]] = {
    "ea_eu": {  # Basque, prompt v1: sarrera / irteera / ebaluazioa (input / output / evaluation), a wrapper
        "envelope": "wrap",
        "stem": "emotional_authenticity_multzoa",
        "label": "emotional_authenticity",
        "extras": "eu",
        "note": "ebaluazioa.berrikuslearen_oharra",
        "map": [
            ("character_name", "sarrera.pertsonaia.izena", None),
            ("context", "sarrera.pertsonaia.testuingurua", None),
            ("base_capacity", "sarrera.gaitasuna.hasierakoa", "comma"),
            ("capacity_factors", "sarrera.gaitasuna.eragileak", "list"),
            ("capacity_factors[].factor", "sarrera.gaitasuna.eragileak[].zergatia", None),
            ("capacity_factors[].impact", "sarrera.gaitasuna.eragileak[].eragina", "comma"),
            ("effective_capacity", "sarrera.gaitasuna.eraginkorra", "comma"),
            ("situation", "sarrera.eskaera", None),
            ("support_level_needed", "sarrera.behar_den_laguntza", "comma_of10"),
            ("character_response", "irteera.erantzuna", None),
            ("internal_thought", "irteera.barne_pentsamendua", None),
            ("demonstrates_constraint", "irteera.muga_erakutsia", None),
            ("authenticity_score", "ebaluazioa.benetakotasuna", "comma"),
            ("authenticity_target", "ebaluazioa.helburua", None),
            ("capacity_level", "ebaluazioa.gaitasun_maila", None),
            ("complexity_type", "ebaluazioa.konplexutasuna", None),
        ],
    },
    "ea_ar": {  # Arabic transliterated, prompt v2: flat, factors as a name -> impact table, JSON Lines
        "envelope": "jsonl",
        "stem": "emotional_v2_dufaat",
        "label": None,
        "extras": "ar",
        "note": "mulahazat_al_murajia",
        "map": [
            ("character_name", "ism_al_shakhsiya", None),
            ("context", "khalfiya", None),
            ("base_capacity", "qudra_asasiya", None),
            ("capacity_factors", "awamil", "factors_map"),
            ("effective_capacity", "qudra_fiiliya", "of10"),
            ("situation", "al_talab", None),
            ("support_level_needed", "al_dam_al_matlub", "str"),
            ("support_provided", "al_dam_al_muqaddam", "str"),
            ("character_response", "al_radd", None),
            ("internal_thought", "fikra_dakhiliya", None),
            ("demonstrates_constraint", "al_qaid_al_zahir", None),
            ("authenticity_score", "darajat_al_asala", "pct"),
            ("authenticity_target", "hadaf_al_asala", None),
            ("capacity_level", "mustawa_al_qudra", None),
            ("complexity_type", "naw_al_taqid", None),
        ],
    },
    "di_hr": {  # Croatian, a typed batch header, knowledge and the character one level down
        "envelope": "batch",
        "stem": "dramatic_irony_serija",
        "label": "dramatic_irony",
        "extras": "hr",
        "note": None,
        "map": [
            ("scenario", "prizor.opis", None),
            ("player_knows", "znanje.igrač", None),
            ("character_knows", "znanje.lik", None),
            ("knowledge_gap_score", "znanje.jaz", "comma"),
            ("character_name", "osoba.ime", None),
            ("character_capacity", "osoba.snaga", "comma_of10"),
            ("response_options", "mogući_odgovori", "list"),
            ("response_options[].type", "mogući_odgovori[].vrsta", "title"),
            ("response_options[].dialogue", "mogući_odgovori[].rečenica", None),
            ("response_options[].relationship_impact", "mogući_odgovori[].učinak_na_odnos", "comma"),
            ("recommended_option", "preporučeno", None),
            ("dramatic_irony_score", "ocjena.ironičnost", "comma"),
            ("tension_notes", "redateljska_bilješka", None),
        ],
    },
    "di_fa": {  # Persian transliterated: vorudi / khoruji / arzyabi (input / output / evaluation), a Markdown answer
        "envelope": "md",
        "stem": "irony_pasokh",
        "label": None,
        "extras": "fa",
        "note": None,
        "map": [
            ("scenario", "vorudi.sahne", None),
            ("player_knows", "vorudi.danesh.bazikon", None),
            ("character_knows", "vorudi.danesh.nafar", None),
            ("character_name", "vorudi.nafar.nam", None),
            ("character_capacity", "vorudi.nafar.zarfiyat", "outof10"),
            ("knowledge_gap_score", "arzyabi.fasele_danesh", "pct"),
            ("response_options", "khoruji.gozineha", "list"),
            ("response_options[].type", "khoruji.gozineha[].no", "kebab"),
            ("response_options[].dialogue", "khoruji.gozineha[].jomle", None),
            ("response_options[].relationship_impact", "khoruji.gozineha[].tasir_bar_rabete", "tminus"),
            ("recommended_option", "khoruji.pishnahad", None),
            ("dramatic_irony_score", "arzyabi.emtiaz_tanz", "pct"),
            ("tension_notes", "khoruji.yaddasht_kargardan", None),
        ],
    },
    "tb_eo": {  # Esperanto, flat, a bare array with a task label on every record
        "envelope": "bare",
        "stem": "tension_aro",
        "label": "tension_building",
        "extras": "eo",
        "note": None,
        "map": [
            ("character_name", "rolulo", None),
            ("context", "medio", None),
            ("hook_type", "hoka_speco", "kebab"),
            ("dialogue", "eldiro", None),
            ("setup", "kasita_vero", None),
            ("payoff_window_weeks", "malkaŝa_fenestro", "win_between"),
            ("relationship_level", "rilata_nivelo", "of5"),
            ("tension_score", "streĉa_poentaro", "comma"),
            ("hook_effectiveness", "hoka_efikeco", "comma"),
            ("payoff_hint", "sugesto", None),
        ],
    },
    "tb_verbose": {  # English written as sentences, an export three levels deep
        "envelope": "nested",
        "stem": "tension_building_export",
        "label": "tension",
        "extras": "verbose",
        "note": None,
        "map": [
            ("character_name", "who_is_speaking", None),
            ("context", "where_and_when_this_happens", None),
            ("hook_type", "kind_of_cliffhanger", None),
            ("dialogue", "what_they_say_to_tease_it", None),
            ("setup", "the_secret_being_hinted_at", None),
            ("payoff_window_weeks.min", "earliest_reveal_in_weeks", "wks"),
            ("payoff_window_weeks.max", "latest_reveal_in_weeks", "wks"),
            ("relationship_level", "how_close_they_are_from_1_to_5", None),
            ("tension_score", "how_much_suspense_this_builds", "pct_word"),
            ("hook_effectiveness", "how_well_the_hook_lands", None),
            ("payoff_hint", "a_small_clue_about_what_comes", None),
        ],
    },
    "mr_cy": {  # Welsh, flat with the memory as an object, an object keyed by the data type
        "envelope": "keyed",
        "stem": "memory_atgofion",
        "label": "memory_resonance",
        "extras": "cy",
        "note": "nodyn_golygydd",
        "map": [
            ("character_name", "cymeriad", None),
            ("current_situation", "sefyllfa_nawr", None),
            ("memory.description", "atgof.disgrifiad", None),
            ("memory.emotion", "atgof.teimlad", None),
            ("memory.weeks_ago", "atgof.wythnosau_yn_ol", "weeks_ago"),
            ("resonance_type", "math_o_atsain", None),
            ("resonance_weight", "pwysau_atsain", None),
            ("character_response", "ymateb_y_cymeriad", None),
            ("resonance_score", "sgor_atsain", "comma"),
        ],
    },
    "mr_is": {  # Icelandic: inntak / uttak / mat, three levels, JSON Lines inside a .json file
        "envelope": "jsonl_json",
        "stem": "memory_resonance_minningar",
        "label": None,
        "extras": "is",
        "note": None,
        "map": [
            ("character_name", "inntak.persona.nafn", None),
            ("current_situation", "inntak.adstaedur", None),
            ("memory.description", "inntak.minning.atburdur", None),
            ("memory.emotion", "inntak.minning.tilfinning", None),
            ("memory.weeks_ago", "inntak.minning.vikur_sidan", "w"),
            ("resonance_type", "mat.omun.tegund", None),
            ("resonance_weight", "mat.omun.vaegi", "pct"),
            ("character_response", "uttak.svar.texti", None),
            ("resonance_score", "mat.einkunn", "comma"),
        ],
    },
    "pt_ga": {  # Irish, OCEAN as a label/value pair list, a paged API answer
        "envelope": "pages",
        "stem": "personality_freagrai",
        "label": None,
        "extras": "ga",
        "note": "tracht",
        "map": [
            ("character_name", "ainm", None),
            ("scenario", "cas_radhairc", None),
            ("dialogue", "caint", None),
            *_ocean_pairs(
                "tréithe",
                "tréith",
                "luach",
                ["oscailteacht", "coinsiasacht", "eisdíritheacht", "comhaontacht", "néaróiseachas"],
                "comma",
            ),
            ("trait_expression", "leiriu_na_dtreithe", None),
            ("quality_score", "cailiocht", "comma"),
        ],
    },
    "pt_lt": {  # Lithuanian: ivestis / isvestis / vertinimas (input / output / evaluation), a typed batch header
        "envelope": "batch",
        "stem": "ocean_partija",
        "label": "personality_traits",
        "extras": "lt",
        "note": None,
        "map": [
            ("character_name", "ivestis.veikejas", None),
            ("scenario", "ivestis.scenos_aprasymas", None),
            ("ocean.openness", "ivestis.bruozai.atvirumas", "pct"),
            ("ocean.conscientiousness", "ivestis.bruozai.samoningumas", "pct"),
            ("ocean.extraversion", "ivestis.bruozai.ekstraversija", "pct"),
            ("ocean.agreeableness", "ivestis.bruozai.sutarumas", "pct"),
            ("ocean.neuroticism", "ivestis.bruozai.neurotiskumas", "pct"),
            ("dialogue", "isvestis.kalba", None),
            ("trait_expression", "isvestis.bruozu_raiska", None),
            ("quality_score", "vertinimas.kokybe", "str"),
        ],
    },
    "rs_he": {  # Hebrew transliterated, the scores in a label/value metrics list, a bare array with a record-type label
        "envelope": "bare",
        "stem": "relationship_tsiyunim",
        "label": "relationship_scoring",
        "extras": "he",
        "note": "hearat_bodek",
        "map": [
            ("player_action", "peulat_hasakhkan", None),
            ("character_response", "tguvat_hadmut", None),
            ("relationship_score", "madadim[shem=tsiyun kesher].erekh", "str"),
            ("trust_change", "madadim[shem=shinui emun].erekh", "signed"),
            ("rationale", "nimuk", None),
            ("quality_score", "madadim[shem=eikhut].erekh", "comma"),
            ("character_name", "shem_hadmut", None),
            ("interaction_type", "sug_hamifgash", None),
            ("relationship_level", "darga", "of5"),
        ],
    },
    "rs_caps": {  # English keys with spaces, capitals and punctuation (a dot inside a key), a wrapper
        "envelope": "wrap_caps",
        "stem": "relationship_scoring_sheet",
        "label": None,
        "extras": "caps",
        "note": "Reviewer Comment",
        "map": [
            ("player_action", "PC Behaviour", None),
            ("character_response", "NPC\\.Reply (final)", None),
            ("relationship_score", "Bond Rating", "pct"),
            ("trust_change", "Trust Δ", "tminus"),
            ("rationale", "Scoring Basis", None),
            ("quality_score", "QA Mark", "str"),
            ("character_name", "Speaker", None),
            ("interaction_type", "Encounter Kind", None),
            ("relationship_level", "Bond Tier", None),
        ],
    },
    "ms_lv": {  # Latvian, four levels deep, the multi-step pipeline's bare array
        "envelope": "bare",
        "stem": "multi_step_batch_lv",
        "label": None,
        "extras": "lv",
        "note": None,
        "map": [
            ("npc_profile.name", "npc.profils.vards", None),
            ("npc_profile.age", "npc.profils.vecums", "years_old"),
            ("npc_profile.occupation", "npc.profils.nodarbosanas", None),
            ("npc_profile.background", "npc.profils.pagatne", None),
            ("npc_emotional_state.base_capacity", "npc.emocijas.bazes_speja", "of10"),
            ("npc_emotional_state.capacity_factors", "npc.emocijas.faktori", "factors_text"),
            ("npc_emotional_state.effective_capacity", "npc.emocijas.faktiska_speja", "of10"),
            ("npc_emotional_state.current_emotion", "npc.emocijas.noskanojums", None),
            ("npc_ocean_personality.openness", "npc.raksturs.atvertiba", None),
            ("npc_ocean_personality.conscientiousness", "npc.raksturs.apzinigums", None),
            ("npc_ocean_personality.extraversion", "npc.raksturs.ekstraversija", None),
            ("npc_ocean_personality.agreeableness", "npc.raksturs.labveligums", None),
            ("npc_ocean_personality.neuroticism", "npc.raksturs.neirotisms", None),
            ("interaction_context.situation", "aina.apstakli", None),
            ("interaction_context.player_request", "aina.lugums", None),
            ("interaction_context.support_needed", "aina.vajadzigais_atbalsts", "of10"),
            ("interaction_context.complexity_type", "aina.sarezgitiba", None),
            ("interaction_context.authenticity_target", "aina.merkis", None),
            ("interaction_context.capacity_level", "aina.spejas_limenis", None),
            ("tension_memory.hook_type", "spriedze.aka_veids", None),
            ("tension_memory.memory_reference", "spriedze.atminu_atsauce", None),
            ("npc_card_narrative.dialogue_prose", "karte.teksts.proza", None),
            ("game_outcomes.trust_change", "iznakums.uzticibas_maina", "signed"),
            ("game_outcomes.relationship_change", "iznakums.attiecibu_maina", "signed"),
            ("game_outcomes.capacity_after", "iznakums.speja_pec", None),
            ("training_metadata.authenticity_score", "apmaciba.istums", "str"),
            ("training_metadata.quality_score", "apmaciba.kvalitate", "str"),
            ("training_metadata.complexity_type", "apmaciba.sarezgitibas_ieraksts", None),
            ("training_metadata.pipeline_version", "apmaciba.konveijera_versija", None),
            ("training_metadata.master_truths_version", "apmaciba.mp_versija", None),
            ("training_metadata.generated_at", "apmaciba.izveidots", None),
        ],
    },
    "ms_hr": {  # Croatian, a flattened dataframe export: keys that hold dots, lists left as lists
        "envelope": "bare",
        "stem": "multi_step_batch_ravno",
        "label": None,
        "extras": "hrflat",
        "note": None,
        "map": [
            ("npc_profile.name", "profil\\.ime", None),
            ("npc_profile.age", "profil\\.dob", None),
            ("npc_profile.occupation", "profil\\.zanimanje", None),
            ("npc_profile.background", "profil\\.pozadina", None),
            ("npc_emotional_state.base_capacity", "emocije\\.osnovna_snaga", "comma"),
            ("npc_emotional_state.capacity_factors", "emocije\\.čimbenici", "list"),
            ("npc_emotional_state.capacity_factors[].factor", "emocije\\.čimbenici[].uzrok", None),
            ("npc_emotional_state.capacity_factors[].impact", "emocije\\.čimbenici[].utjecaj", "comma"),
            ("npc_emotional_state.effective_capacity", "emocije\\.trenutna_snaga", "comma"),
            ("npc_emotional_state.current_emotion", "emocije\\.osjećaj", None),
            ("npc_ocean_personality.openness", "ličnost\\.otvorenost", "comma"),
            ("npc_ocean_personality.conscientiousness", "ličnost\\.savjesnost", "comma"),
            ("npc_ocean_personality.extraversion", "ličnost\\.ekstraverzija", "comma"),
            ("npc_ocean_personality.agreeableness", "ličnost\\.ugodnost", "comma"),
            ("npc_ocean_personality.neuroticism", "ličnost\\.neuroticizam", "comma"),
            ("interaction_context.situation", "prizor\\.opis", None),
            ("interaction_context.player_request", "prizor\\.molba", None),
            ("interaction_context.support_needed", "prizor\\.potrebna_podrška", "comma"),
            ("interaction_context.complexity_type", "prizor\\.složenost", None),
            ("interaction_context.authenticity_target", "prizor\\.cilj_vjerodostojnosti", None),
            ("interaction_context.capacity_level", "prizor\\.razina_snage", None),
            ("tension_memory.hook_type", "napetost\\.udica", None),
            ("tension_memory.memory_reference", "napetost\\.sjećanje", None),
            ("npc_card_narrative.dialogue_prose", "kartica\\.proza", None),
            ("game_outcomes.trust_change", "ishod\\.povjerenje", "comma"),
            ("game_outcomes.relationship_change", "ishod\\.odnos", "comma"),
            ("game_outcomes.capacity_after", "ishod\\.snaga_poslije", "comma"),
            ("training_metadata.authenticity_score", "obuka\\.vjerodostojnost", "comma"),
            ("training_metadata.quality_score", "obuka\\.kvaliteta", "comma"),
            ("training_metadata.complexity_type", "obuka\\.složenost", None),
            ("training_metadata.pipeline_version", "obuka\\.cjevovod", None),
            ("training_metadata.master_truths_version", "obuka\\.mi_verzija", None),
            ("training_metadata.generated_at", "obuka\\.stvoreno", None),
        ],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_eu", "ea_ar"],
    "dramatic_irony": ["di_hr", "di_fa"],
    "tension_building": ["tb_eo", "tb_verbose"],
    "memory_resonance": ["mr_cy", "mr_is"],
    "personality_traits": ["pt_ga", "pt_lt"],
    "relationship_scoring": ["rs_he", "rs_caps"],
    "multi_step": ["ms_lv", "ms_hr"],
}
#: each envelope's file extension, and the envelopes a file may be cut in (not a Markdown answer)
EXT = {
    "wrap": "json",
    "jsonl": "jsonl",
    "batch": "json",
    "md": "md",
    "bare": "json",
    "nested": "json",
    "keyed": "json",
    "jsonl_json": "json",
    "pages": "json",
    "wrap_caps": "json",
}
CUTTABLE = {"wrap", "jsonl", "batch", "bare", "nested", "keyed", "jsonl_json", "pages", "wrap_caps"}

#: pipeline metadata per register: key (field_map syntax) -> how its value is drawn (none of it is ours)
EXTRAS: dict[str, dict[str, str]] = {
    "eu": {
        "exekuzioa.id": "run",
        "exekuzioa.eredua": "model",
        "exekuzioa.latentzia_ms": "ms",
        "exekuzioa.token_kopurua": "tok",
        "exekuzioa.tenperatura": "temp",
        "exekuzioa.galdera_hash": "hash",
        "exekuzioa.berrikusia": "baiez",
    },
    "ar": {
        "tashghil": "run",
        "namudhaj": "model",
        "zaman_ms": "ms",
        "rumuz_dakhil": "tok",
        "rumuz_kharij": "tok",
        "harara": "temp",
        "basmat_al_talab": "hash",
        "uida": "naamla",
    },
    "hr": {
        "cjevovod.id": "run",
        "cjevovod.model": "model",
        "cjevovod.trajanje_ms": "ms",
        "cjevovod.tokeni": "tok",
        "cjevovod.temperatura": "temp",
        "cjevovod.hash_upita": "hash",
        "cjevovod.provjereno": "dane",
    },
    "fa": {
        "ejra.shenase": "run",
        "ejra.model": "model",
        "ejra.takhir_ms": "ms",
        "ejra.tokenha.dar": "tok",
        "ejra.tokenha.birun": "tok",
        "ejra.dama": "temp",
        "ejra.top_p": "topp",
        "ejra.hash": "hash",
    },
    "eo": {
        "plenumo.id": "run",
        "plenumo.modelo": "model",
        "plenumo.daŭro_ms": "ms",
        "plenumo.signoj": "tok",
        "plenumo.temperaturo": "temp",
        "plenumo.ripetita": "jesne",
    },
    "verbose": {
        "generation_run_identifier": "run",
        "language_model_used": "model",
        "milliseconds_taken": "ms",
        "tokens_consumed_in_total": "tok",
        "sampling_temperature_used": "temp",
        "hash_of_the_prompt": "hash",
        "was_this_retried": "yesno",
    },
    "cy": {
        "rhediad.id": "run",
        "rhediad.model_iaith": "model",
        "rhediad.oedi_ms": "ms",
        "rhediad.tocynnau": "tok",
        "rhediad.tymheredd": "temp",
    },
    "is": {
        "keyrsla.auðkenni": "run",
        "keyrsla.likan": "model",
        "keyrsla.timi_ms": "ms",
        "keyrsla.tokar": "tok",
        "keyrsla.hitastig": "temp",
        "keyrsla.yfirfarid": "yesno",
    },
    "ga": {
        "rith.aitheantas": "run",
        "rith.samhail": "model",
        "rith.moill_ms": "ms",
        "rith.comharthai": "tok",
        "rith.teocht": "temp",
        "rith.top_p": "topp",
        "rith.seiceailte": "tanil",
    },
    "lt": {
        "vykdymas.id": "run",
        "vykdymas.modelis": "model",
        "vykdymas.delsa_ms": "ms",
        "vykdymas.zetonai": "tok",
        "vykdymas.temperatura": "temp",
        "vykdymas.uzklausos_maisa": "hash",
    },
    "he": {
        "hafala.mezahe": "run",
        "hafala.model": "model",
        "hafala.zman_ms": "ms",
        "hafala.asimonim": "tok",
        "hafala.temperatura": "temp",
        "hafala.nivdak": "yesno",
    },
    "caps": {
        "Run ID": "run",
        "Model": "model",
        "Latency (ms)": "ms",
        "Tokens In": "tok",
        "Tokens Out": "tok",
        "Temp": "temp",
        "Prompt SHA": "hash",
        "Human Reviewed?": "yesno",
    },
    "lv": {
        "izpilde.id": "run",
        "izpilde.modelis": "model",
        "izpilde.aizture_ms": "ms",
        "izpilde.marieri.ieeja": "tok",
        "izpilde.marieri.izeja": "tok",
        "izpilde.temperatura": "temp",
        "izpilde.top_p": "topp",
        "izpilde.jaucejs": "hash",
    },
    "hrflat": {
        "izvođenje\\.id": "run",
        "izvođenje\\.model": "model",
        "izvođenje\\.kašnjenje_ms": "ms",
        "potrošnja\\.ulazni_tokeni": "tok",
        "potrošnja\\.izlazni_tokeni": "tok",
        "izvođenje\\.temperatura": "temp",
    },
}
MODELS = ["qwen3-14b-instruct-q4_k_m", "qwen3-32b-awq", "llama-3.1-70b-instruct", "mistral-small-24b"]
NOTES = [
    "tone ok, maybe a bit long",
    "check the numbers against the sheet",
    "good — keep",
    "rewrite? feels flat",
    "second opinion wanted on the ending",
]


def _n(v: float) -> str:
    return f"{v:g}"


FORMS: dict[str, Callable[[Any], Any]] = {
    "str": _n,
    "comma": lambda v: _n(v).replace(".", ","),
    "pct": lambda v: f"{round(v * 100)}%",
    "pct_word": lambda v: f"{round(v * 100)} percent",
    "of10": lambda v: f"{_n(v)}/10",
    "comma_of10": lambda v: f"{_n(v)}/10".replace(".", ","),
    "outof10": lambda v: f"{_n(v)} out of 10",
    "of5": lambda v: f"{v}/5",
    "signed": lambda v: f"{v:+.2f}",
    "tminus": lambda v: f"{v:+.2f}".replace("-", "\u2212"),
    "weeks_ago": lambda v: f"{_n(v)} weeks ago",
    "wks": lambda v: f"{_n(v)} wks",
    "w": lambda v: f"{_n(v)}w",
    "years_old": lambda v: f"{v} years old",
    "win_between": lambda w: f"between {_n(w['min'])} and {_n(w['max'])} weeks",
    "kebab": lambda s: s.replace("_", "-"),
    "title": lambda s: "-".join(p.capitalize() for p in s.split("_")),
    "factors_map": lambda fs: {f["factor"]: f["impact"] for f in fs},
    "factors_text": lambda fs: [f"{f['factor']} ({f['impact']:+g})" for f in fs],
}


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any], raw: list[str]) -> dict[str, Any]:
    """One of our records written in a dialect (raw paths keep a planted plain number as it is)."""
    out: dict[str, Any] = {}
    lists: dict[str, str] = {}  # their list path -> our list path
    for ours, theirs, form in dialect["map"]:
        if "[]" in ours:
            head, _, rest = ours.partition("[].")
            their_head, _, their_rest = theirs.partition("[].")
            items = _get(rec, head)
            if not isinstance(items, list):
                continue
            their_items = _get_their(out, their_head)
            for x, y in zip(items, their_items, strict=True):
                v = x.get(rest)
                if v is not None:
                    _put(y, their_rest, FORMS[form](v) if form else v)
            continue
        v = _get(rec, ours)
        if v is None:
            continue
        if form == "list":
            _put(out, theirs, [{} for _ in v])
            lists[theirs] = ours
        elif ours in raw:
            _put(out, theirs, _plain(v))
        else:
            _put(out, theirs, FORMS[form](v) if form else v)
    return out


def _extra_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"run-{rng.getrandbits(40):010x}",
        "model": lambda: rng.choice(MODELS),
        "ms": lambda: rng.randint(800, 21000),
        "tok": lambda: rng.randint(180, 2400),
        "temp": lambda: rng.choice([0.2, 0.6, 0.7, 0.8, 0.9]),
        "topp": lambda: rng.choice([0.8, 0.9, 0.95]),
        "hash": lambda: f"{rng.getrandbits(64):016x}",
        "yesno": lambda: rng.choice(["yes", "no"]),
        "baiez": lambda: rng.choice(["bai", "ez"]),
        "naamla": lambda: rng.choice(["naam", "la"]),
        "dane": lambda: rng.choice(["da", "ne"]),
        "jesne": lambda: rng.choice(["jes", "ne"]),
        "tanil": lambda: rng.choice(["tá", "níl"]),
    }[kind]()


def _with_extras(rng: random.Random, dialect: dict[str, Any], their: dict[str, Any]) -> dict[str, Any]:
    """Add the register's pipeline metadata, a task label where the dialect writes one, a note on some records."""
    for key, kind in EXTRAS[dialect["extras"]].items():
        _put(their, key, _extra_value(rng, kind))
    if dialect["envelope"] == "bare" and dialect["label"]:
        their["task" if dialect["extras"] == "eo" else "record_type"] = dialect["label"]
    if dialect["note"] and rng.random() < 0.4:
        _put(their, dialect["note"], rng.choice(NOTES))
    return their


# --- files ------------------------------------------------------------------------------------------------------


def _stamp(rng: random.Random) -> str:
    return f"2026-11-{rng.randint(10, 28)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> str:
    """The file's text in the dialect's envelope."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False, indent=2)

    if env in ("jsonl", "jsonl_json"):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    if env == "md":
        return (
            "Here are the dramatic irony samples in the agreed format.\n\n```json\n"
            + dump(recs)
            + "\n```\n\nEvery option carries its relationship effect; tell me if you want more.\n"
        )
    doc: Any = {
        "bare": lambda: recs,
        "wrap": lambda: {
            "task": label,
            "sortua": _stamp(rng),
            "emaitzak": {"guztira": len(recs), "erregistroak": recs},
        },
        "batch": lambda: {
            "data_type": label,
            "master_truths_version": "v1.2",
            "batch_number": file_no,
            "timestamp": _stamp(rng),
            "sample_count": len(recs),
            "samples": recs,
        },
        "nested": lambda: {"category": label, "export": {"prompt_v2": {"records": recs}}},
        "keyed": lambda: {label: recs},
        "pages": lambda: {"side": 1, "per_side": len(recs), "results": recs, "neste": None},
        "wrap_caps": lambda: {"Sheet": "NPC bond scoring", "Exported At": _stamp(rng), "Rows": recs},
    }[env]()
    return dump(doc) + "\n"


def _plan(rng: random.Random, dtype: str, dname: str, n_valid: int) -> list[Row]:
    """Valid records and the planted defects of one prompt version, shuffled."""
    rows = [_row(MAKERS[dtype](rng), "keep", "") for _ in range(n_valid)]
    for row in rows:
        row["defect"] = None
    rows += [plant(rng, DIALECTS[dname]) for plant in DEFECTS[dtype] if rng.random() < 0.7]
    rng.shuffle(rows)
    return rows


def _files(rng: random.Random, seed: int) -> list[tuple[str, str, list[Row]]]:
    """(type, dialect, rows) per file: one prompt version or both, per the seed."""
    files = []
    for ti, dtype in enumerate(TYPES):
        mode = (seed + ti) % 3  # 0: version A, 1: version B, 2: both in one folder
        names = BY_TYPE[dtype] if mode == 2 else [BY_TYPE[dtype][mode]]
        for dname in names:
            rows = _plan(rng, dtype, dname, rng.randint(10, 14) if mode == 2 else rng.randint(16, 24))
            n_files = 2 if mode != 2 and len(rows) > 22 and rng.random() < 0.5 else 1
            files += [(dtype, dname, rows[i::n_files]) for i in range(n_files)]
    return files


def write_fresh8_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    rng = random.Random(f"fresh8/{seed}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    subdirs = ["", f"izlaide_{seed:02d}", "out/2026-12-04", "runs/b"]
    manifest: dict[str, Any] = {"family": "fresh8", "seed": seed, "records": [], "plans": {}, "files": []}
    files = _files(rng, seed)
    cut_at = rng.choice([i for i, f in enumerate(files) if DIALECTS[f[1]]["envelope"] in CUTTABLE])
    bom_at = rng.choice(
        [
            i
            for i, f in enumerate(files)
            if i != cut_at
            and EXT[DIALECTS[f[1]]["envelope"]] == "json"
            and not DIALECTS[f[1]]["envelope"].startswith("jsonl")
        ]
    )
    mojibake_left = rng.randint(1, 3)
    for file_no, (dtype, dname, chunk) in enumerate(files, start=1):
        dialect = DIALECTS[dname]
        rendered = []
        for row in chunk:
            their = _with_extras(rng, dialect, to_dialect(row["ours"], dialect, row["raw"]))
            if row["expected"] == "keep" and mojibake_left and dtype != "dramatic_irony" and rng.random() < 0.3:
                encoding = rng.choice(["cp1252", "mac_roman"])
                bad = _mojibake(_answer_text(row["ours"], dtype), encoding)
                if bad:
                    _put(their, next(t for o, t, _ in dialect["map"] if o == ANSWER[dtype]), bad)
                    row["note"], row["mojibake_as"] = "mojibake", encoding
                    mojibake_left -= 1
            rendered.append(their)
        if rng.random() < 0.7:  # a retried call: the same record again, later in the file
            src = rng.choice([i for i, r in enumerate(chunk) if r["expected"] == "keep"])
            at = rng.randint(src + 1, len(chunk))
            dup = {
                **{k: v for k, v in chunk[src].items() if k != "mojibake_as"},
                "expected": "reject",
                "reason": "exact_duplicate",
                "defect": "exact_duplicate",
                "note": None,
            }
            chunk.insert(at, dup)
            rendered.insert(at, json.loads(json.dumps(rendered[src])))
        cut = file_no - 1 == cut_at
        if cut:  # one more record of its own, cut inside its answer: planted lost
            rec = MAKERS[dtype](rng)
            chunk.append({"ours": rec, "raw": [], "expected": "lost", "defect": "truncated_record", "note": None})
            rendered.append(_with_extras(rng, dialect, to_dialect(rec, dialect, [])))
        rel = Path(rng.choice(subdirs)) / f"{dialect['stem']}_{seed:03d}_{file_no:02d}.{EXT[dialect['envelope']]}"
        text = _render(dialect, rendered, rng, file_no)
        if cut:
            text = _cut(text, json.dumps(_answer_text(chunk[-1]["ours"], dtype), ensure_ascii=False)[1:-1])
        _write(folder / rel, text, file_no - 1 == bom_at)
        manifest["files"].append(rel.as_posix())
        for i, row in enumerate(chunk):
            out = {
                "file": rel.name,
                "path": rel.as_posix(),
                "index": i,
                "data_type": dtype,
                "dialect": dname,
                **{k: v for k, v in row.items() if k not in ("ours", "raw")},
            }
            if with_ours:
                out["ours"] = row["ours"]
            manifest["records"].append(out)
        plan = manifest["plans"].setdefault(dtype, {"dialect": "", "truth": {}, "files": []})
        if dname not in plan["dialect"].split("+"):
            plan["dialect"] = "+".join(x for x in (plan["dialect"], dname) if x)
            plan["truth"].update(truth_map(dialect))
        plan["files"].append(rel.as_posix())
    manifest["counts"] = counts(manifest)
    return manifest


def main() -> int:
    return command_line(__doc__, write_fresh8_folder, "fresh8")


if __name__ == "__main__":
    raise SystemExit(main())
