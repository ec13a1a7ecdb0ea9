"""A sixth held-out drift generator (issue 11): folders of messy interaction batches from "another team".

Written apart from the matcher and from the other drift generators (their code was not read): the same seven
data types and meanings as curation/domain/spec.yaml, but the field names, nesting, value forms and file
layouts of pipelines other teams run (camelCase, SCREAMING_CASE, Hungarian prefixes, Spanish, Portuguese
and Italian keys, deep nesting, {name, val} pair lists, scores as "7.5/10" or "75 %", payoff windows as
"3 to 6 weeks" or two fields, per-record model metadata, batch envelopes, JSON Lines, fenced JSON in .txt,
bare multi-step arrays). Each seed picks one dialect per data type (three or four per type) and plants
defects whose expected outcome (keep / reject + reason / flag + rule / lost) is recorded in the manifest.

    write_fresh4_folder(folder, seed) -> manifest

The manifest: `records` (file name, index in its document's samples, data_type, expected, reason or rule,
defect), `plans` (per data type: dialect, truth = {their path: our path}, files), `counts`. Valid records
are built here from their own text pools (the `samples` argument the eval passes is ignored on purpose: this
writer shares no content with the others).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from drift_machinery import CAP_BUCKETS, OCEAN, TYPES, counts

__all__ = ["DIALECTS", "write_fresh4_folder"]

# --- the contract (spec.yaml rules / thresholds / reasons; restated here so the writer stands alone) -------------

AUTH_BUCKETS = {"failed": (0.2, 0.4), "struggling": (0.4, 0.6), "authentic": (0.6, 0.8), "excellent": (0.8, 1.0)}
SUPPORT_OFFSET = {"failed": (4.0, 6.0), "struggling": (1.5, 3.0), "authentic": (-0.5, 1.5), "excellent": (-2.0, -1.0)}
COMPLEXITY_SYS = ["baseline", "people_pleasing", "misjudgment_over", "misjudgment_under", "defensive_lashing",
                  "emergency_override", "cultural_indirect", "mixed_emotions"]  # fmt: skip
COMPLEXITY_MS = ["baseline", "people_pleasing", "misjudgment", "defensive_lashing", "emotional_shutdown",
                 "over_commitment", "avoidance", "projection"]  # fmt: skip
HOOK_WINDOWS = {"mystery_hook": (2, 4), "partial_reveal": (2, 4), "contradiction": (5, 8), "stakes_escalation": (0, 2)}
RESONANCE = {"same_emotion_different_context": 0.8, "opposite_emotion_growth": 0.9, "past_trauma_trigger": 0.95,
             "joy_sadness_contrast": 0.85, "emotional_growth_callback": 0.7}  # fmt: skip
THRESHOLD = {"dramatic_irony": 0.5, "tension_building": 0.6, "memory_resonance": 0.7, "personality_traits": 0.6,
             "relationship_scoring": 0.6, "multi_step": 0.6}  # fmt: skip


def _bucket(eff: float) -> str:
    return "crisis" if eff <= 1.5 else "low" if eff <= 4.0 else "medium" if eff <= 6.5 else "high"


# --- text pools (this writer's own) ------------------------------------------------------------------------------

FIRST = ["Odalys", "Bram", "Teodora", "Kwame", "Ines", "Rurik", "Maelle", "Tobiah", "Solenne", "Dario",
         "Femi", "Agnieszka", "Caspian", "Lucinda", "Ezequiel", "Nanami", "Gideon", "Perpetua", "Oisin",
         "Zuleika", "Anselm", "Marisol", "Tancredi", "Yelena", "Hollis", "Beatrix", "Ciaran", "Ottilie",
         "Lazlo", "Wren"]  # fmt: skip
LAST = ["Vantreight", "Okonkwo", "Marchetti", "Lindqvist", "Carvalho", "Pemberton", "Asante", "Rocafort",
        "Duvall", "Kessler", "Ibarra", "Moravec", "Thistlewood", "Quaresma", "Nakashima"]  # fmt: skip
JOBS = ["ferry mechanic", "night-shift pharmacist", "retired cartographer", "apprentice glassblower",
        "school librarian", "harbour pilot", "bakery owner", "hospice nurse", "tram conductor", "beekeeper",
        "court stenographer", "radio repair technician"]  # fmt: skip
PLACES = ["the flooded allotments", "a shuttered cinema", "the night market", "the lighthouse stairwell",
          "a laundrette at closing time", "the ferry terminal", "the hospital car park", "a rooftop greenhouse",
          "the old tram depot", "a village fete tent", "the quarry lake", "a bus shelter in the rain"]  # fmt: skip
BURDENS = ["has slept four hours in two days", "just lost the lease on the workshop", "is nursing a sprained wrist",
           "got a letter from the tax office this morning", "is covering a double shift",
           "buried an old friend last week", "has a daughter with a fever at home", "argued with a sibling at dawn",
           "is waiting on biopsy results", "was passed over for promotion", "has had the heating off all month",
           "is three days into quitting smoking"]  # fmt: skip
ASKS = ["asks for help moving a piano up three flights", "wants to talk through a breakup at length",
        "begs for a loan to cover rent", "needs someone to sit with them at a hearing",
        "asks for honest feedback on a failed business plan", "wants a promise to keep a secret from family",
        "needs a lift across the county before dawn", "asks to be taught to swim before a holiday",
        "wants help writing a eulogy", "asks them to vouch for a stranger", "needs reassurance after a panic attack",
        "wants company on a long walk to clear their head"]  # fmt: skip
FACTORS = [("sleep debt", -1.5), ("money worries", -2.0), ("grief", -3.0), ("physical pain", -1.0),
           ("a good morning", 1.0), ("a friend's call", 0.5), ("work deadline", -2.5), ("sick child", -2.0),
           ("fresh coffee", 0.5), ("small win at work", 1.5), ("old argument", -1.0), ("loneliness", -1.5)]  # fmt: skip
OPENERS = ["Look,", "Listen to me.", "Right, okay.", "Hey. Hey.", "I hear you.", "Oh, love.", "Honestly?",
           "Give me a second.", "Come here.", "All right."]  # fmt: skip
MIDDLES = ["I can do the first hour, not the whole night, and I'd rather tell you that now than flake at midnight.",
           "I'm running on fumes myself, so I'll sit with you, but I can't fix this tonight.",
           "let me put the kettle on and you tell me the worst part first.",
           "I'm not the right person for all of it, but I know who is, and I'll walk you there.",
           "I've got a bit left in the tank, so let's use it on the part that actually scares you.",
           "I'll come, but I'll be quiet company, not the brave kind.",
           "tell me what you need in one sentence and I'll tell you honestly if I can do it.",
           "you deserve more than I've got right now, and I hate that, but it's true.",
           "we'll take it one step at a time and I'm not going anywhere.",
           "I've cleared the afternoon, so talk as long as you like."]  # fmt: skip
CLOSERS = ["Tomorrow I'll have more.", "Is that enough for now?", "Deal?", "I mean it.", "Drink your tea.",
           "You're not on your own with this.", "Ask me again on Sunday.", "We'll figure out the rest."]  # fmt: skip
SECRETS = ["the letter in the drawer was never posted", "the bakery is being sold on Friday",
           "their brother is the anonymous donor", "the ferry will not run again after this season",
           "the ring in the lost-and-found is theirs", "the job offer was withdrawn an hour ago",
           "the doctor already called with good news", "the house they are saving for is already sold"]  # fmt: skip
EMOTIONS = ["quiet dread", "relief", "bittersweet pride", "shame", "tenderness", "anger", "homesick longing",
            "giddy joy"]  # fmt: skip
PLAYER_ACTS = ["breaks a promise made last week", "brings soup without being asked", "laughs at a private joke",
               "refuses to lend money", "apologises for an old slight", "reveals a secret they were told",
               "throws a surprise party", "fixes the broken gate", "teases them about a crush",
               "says no to a favour, kindly"]  # fmt: skip
TOPICS = ["the ferry timetable", "your brother", "the bakery lease", "that letter", "the lighthouse keeper",
          "the night of the storm", "the money in the tin", "who really called the police"]  # fmt: skip
INTERACTIONS = ["emotional_support", "broken_promise", "shared_celebration", "boundary_setting", "apology",
                "betrayal_discovered", "practical_help", "playful_teasing"]  # fmt: skip


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _said(rng: random.Random) -> str:
    opener = rng.choice(OPENERS)
    middle = rng.choice(MIDDLES)
    return f"{opener} {_cap(middle) if opener[-1] in '.?' else middle}"


def _speech(rng: random.Random, name: str) -> str:
    first = name.split()[0]
    return f"{_said(rng)} {rng.choice(CLOSERS)} That's {first}'s word on it."


def _r(x: float, nd: int = 2) -> float:
    return round(x + 0.0, nd)


def _halves(rng: random.Random, lo: float, hi: float) -> float:
    return rng.choice([lo + 0.5 * i for i in range(int(round((hi - lo) * 2)) + 1)])


def _inside(rng: random.Random, lo: float, hi: float, nd: int = 2) -> float:
    """A value well inside [lo, hi] (never on a bucket edge)."""
    return _r(rng.uniform(lo + 0.02, hi - 0.02), nd)


# --- valid records in OUR schema ---------------------------------------------------------------------------------


def _capacity(rng: random.Random, level: str) -> tuple[float, list[dict[str, Any]], float]:
    while True:
        eff = _halves(rng, *CAP_BUCKETS[level])
        factors = [{"factor": f, "impact": i} for f, i in rng.sample(FACTORS, rng.randint(1, 3))]
        base = eff - sum(f["impact"] for f in factors)
        if 0.0 <= base <= 10.0:
            return _r(base, 1), factors, eff


VALID_LIMIT_NOTES = [
    "{first} says the limit out loud: with capacity at {eff}, anything past a {lim} ceiling would be a lie.",
    "Running at {eff}/10, {first} keeps the help small and honest instead of pretending to carry it all.",
    "The reply stays inside the X+2 ceiling of {lim}: a short promise, a referral, no heroics.",
    "{first} admits to running on empty and is plain about what is left for tonight.",
]
VALID_FULL_NOTES = [
    "The need ({need}) sits within reach of a {eff} capacity, so the help is whole but unshowy.",
    "Capacity {eff} against a need of {need}: {first} can carry this without strain, and the reply sounds like it.",
    "Nothing here breaks the X+2 ceiling ({lim}); the warmth is real and fully available.",
]
# X+2 violations stated only in the sentence (this writer's own phrasings; support given > X+2)
OVER_NOTES = [
    "{first} knows the ceiling is {lim} but ends up giving {g} anyway, which rings hollow.",
    "Capped at {lim}, {first} nonetheless provides {g} out of 10 support in a single breath.",
    "Despite a limit of {lim}, {first} offers {g}/10 of herself and never flinches.",
    "X+2 caps it at {lim}, yet {first} delivers {g} points of support as if rested.",
    "Limit {lim}; support actually given: {g}.",
    "At capacity {eff} {first} somehow musters {g} support, far past what is possible.",
    "{first} lends {g} units of support, well beyond a ceiling of {lim}.",
    "Although only {lim} was within reach, {first} extended {g} support all the same.",
]


def make_emotional(rng: random.Random, level: str | None = None, target: str | None = None) -> dict[str, Any]:
    level = level or rng.choices(list(CAP_BUCKETS), [0.15, 0.25, 0.35, 0.25])[0]
    target = target or rng.choices(list(AUTH_BUCKETS), [0.15, 0.2, 0.35, 0.3])[0]
    base, factors, eff = _capacity(rng, level)
    lo, hi = SUPPORT_OFFSET[target]
    need = min(10.0, max(1.0, _halves(rng, lo, hi) + eff))
    name = _name(rng)
    first = name.split()[0]
    lim = _r(eff + 2.0, 1)
    notes = VALID_LIMIT_NOTES if need > lim or target in ("failed", "struggling") else VALID_FULL_NOTES
    rec = {
        "character_name": name,
        "context": f"{name}, a {rng.choice(JOBS)}, {rng.choice(BURDENS)}; they are at {rng.choice(PLACES)}.",
        "base_capacity": base,
        "capacity_factors": factors,
        "effective_capacity": eff,
        "capacity_level": level,
        "situation": f"A neighbour {rng.choice(ASKS)}.",
        "support_level_needed": need,
        "character_response": _speech(rng, name),
        "internal_thought": f"{first} counts what is left and decides to be honest about it.",
        "authenticity_score": _inside(rng, *AUTH_BUCKETS[target]),
        "authenticity_target": target,
        "complexity_type": rng.choice(COMPLEXITY_SYS),
        "demonstrates_constraint": rng.choice(notes).format(first=first, eff=eff, lim=lim, need=need),
    }
    if rng.random() < 0.5:
        rec["support_provided"] = _r(min(need, lim, 10.0), 1)
    return rec


def _recommended(cap: float) -> str:
    return "tone_deaf" if cap < 4 else "misguided" if cap < 6 else "growth"


def make_irony(rng: random.Random) -> dict[str, Any]:
    cap = rng.choice([1.5, 2.0, 2.5, 3.0, 3.5, 4.5, 5.0, 5.5, 7.0, 7.5, 8.0, 8.5, 9.0])
    name = _name(rng)
    first = name.split()[0]
    secret = rng.choice(SECRETS)
    return {
        "character_name": name,
        "scenario": f"At {rng.choice(PLACES)}, {first} chats about plans for next month while {rng.choice(BURDENS)}.",
        "player_knows": f"The player already learned that {secret}.",
        "character_knows": f"{first} has no idea that {secret} and assumes everything is on schedule.",
        "knowledge_gap_score": _inside(rng, 0.62, 0.98),
        "character_capacity": cap,
        "response_options": [
            {
                "type": "tone_deaf",
                "dialogue": f"{first} laughs: 'Nothing can go wrong now, can it?'",
                "relationship_impact": _r(rng.uniform(-1.4, -0.6), 1),
            },  # fmt: skip
            {
                "type": "misguided",
                "dialogue": f"'{first}, you look pale. Is it something I said about the plans?'",
                "relationship_impact": _r(rng.uniform(-0.45, -0.25)),
            },  # fmt: skip
            {
                "type": "growth",
                "dialogue": f"'You've gone quiet. {first} is listening, if there's news.'",
                "relationship_impact": _r(rng.uniform(0.35, 0.75)),
            },  # fmt: skip
        ],
        "recommended_option": _recommended(cap),
        "dramatic_irony_score": _inside(rng, 0.55, 0.95),
        "tension_notes": f"The gap widens every time {first} mentions the future.",
    }


def make_tension(rng: random.Random) -> dict[str, Any]:
    hook = rng.choice(list(HOOK_WINDOWS))
    lo, hi = HOOK_WINDOWS[hook]
    wlo = rng.randint(lo, hi - 1)
    whi = rng.randint(wlo + 1, hi)
    name = _name(rng)
    first = name.split()[0]
    return {
        "character_name": name,
        "context": f"{first} and the player shelter at {rng.choice(PLACES)} after a neighbour {rng.choice(ASKS)}.",
        "hook_type": hook,
        "dialogue": f"{first} stops mid-sentence. 'There's something about {rng.choice(TOPICS)} "
        f"you should hear. Not tonight.' {rng.choice(CLOSERS)}",
        "setup": f"The truth: {rng.choice(SECRETS)}; {first} found out by accident.",
        "payoff_window_weeks": {"min": wlo, "max": whi},
        "relationship_level": rng.randint(1, 5),
        "tension_score": _inside(rng, 0.62, 0.96),
        "hook_effectiveness": _inside(rng, 0.5, 0.95),
    }


def make_memory(rng: random.Random) -> dict[str, Any]:
    rtype = rng.choice(list(RESONANCE))
    name = _name(rng)
    first = name.split()[0]
    return {
        "character_name": name,
        "current_situation": f"The player and {first} are at {rng.choice(PLACES)} when a song starts on a radio.",
        "memory": {
            "description": f"The winter {first} walked home from {rng.choice(PLACES)} alone after the funeral.",
            "emotion": rng.choice(EMOTIONS),
            "weeks_ago": rng.randint(2, 90),
        },
        "resonance_type": rtype,
        "resonance_weight": RESONANCE[rtype],
        "character_response": f"{first} goes still. 'That song. {_cap(rng.choice(MIDDLES))}' {rng.choice(CLOSERS)}",
        "resonance_score": _inside(rng, 0.72, 0.97),
    }


def make_personality(rng: random.Random) -> dict[str, Any]:
    name = _name(rng)
    first = name.split()[0]
    ocean = {t: _inside(rng, 0.05, 0.95) for t in OCEAN}
    top = max(OCEAN, key=lambda t: abs(ocean[t] - 0.5))
    return {
        "character_name": name,
        "scenario": f"At {rng.choice(PLACES)}, a stranger {rng.choice(ASKS)}.",
        "dialogue": f"{_said(rng)} {first} shrugs. {rng.choice(CLOSERS)}",
        "ocean": ocean,
        "trait_expression": f"{first}'s {'high' if ocean[top] > 0.5 else 'low'} {top} shows in how the reply "
        f"weighs the stranger's need against the rules.",
        "quality_score": _inside(rng, 0.62, 0.96),
    }


def make_relationship(rng: random.Random) -> dict[str, Any]:
    name = _name(rng)
    first = name.split()[0]
    itype = rng.choice(INTERACTIONS)
    trust = _r(rng.uniform(-0.9, 0.9))
    return {
        "character_name": name,
        "interaction_type": itype,
        "relationship_level": rng.randint(1, 5),
        "player_action": f"The player {rng.choice(PLAYER_ACTS)} at {rng.choice(PLACES)}, in front of {first}.",
        "character_response": f"{first} answers: '{_cap(rng.choice(MIDDLES))}'",
        "relationship_score": _inside(rng, 0.05, 0.95),
        "trust_change": trust,
        "rationale": f"{'An' if itype[0] in 'aeiou' else 'A'} {itype.replace('_', ' ')} moment: "
        f"{first} reads the gesture as {'care' if trust > 0 else 'overreach'}, so trust moves {trust:+.2f} "
        f"and the bond {'deepens' if trust > 0 else 'cools'} a little.",
        "quality_score": _inside(rng, 0.62, 0.96),
    }


def make_multi_step(rng: random.Random, level: str | None = None) -> dict[str, Any]:
    level = level or rng.choice(list(CAP_BUCKETS))
    base, factors, eff = _capacity(rng, level)
    target = rng.choice(list(AUTH_BUCKETS))
    need = _r(min(10.0, max(0.5, eff + rng.choice([-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0]))), 1)
    name = _name(rng)
    first = name.split()[0]
    complexity = rng.choice(COMPLEXITY_MS)
    auth = _inside(rng, *AUTH_BUCKETS[target])
    return {
        "npc_profile": {
            "name": name,
            "age": rng.randint(19, 74),
            "occupation": rng.choice(JOBS),
            "background": f"{first} grew up above a chandler's shop and still keeps the ledger of every favour owed.",
        },
        "npc_emotional_state": {
            "base_capacity": base,
            "capacity_factors": factors,
            "effective_capacity": eff,
            "current_emotion": rng.choice(EMOTIONS),
        },
        "npc_ocean_personality": {t: _inside(rng, 0.05, 0.95) for t in OCEAN},
        "interaction_context": {
            "situation": f"Late at {rng.choice(PLACES)}; {first} {rng.choice(BURDENS)}.",
            "player_request": f"The player {rng.choice(ASKS)}.",
            "support_needed": need,
            "complexity_type": complexity,
            "authenticity_target": target,
            "capacity_level": level,
        },
        "tension_memory": {
            "hook_type": rng.choice(list(HOOK_WINDOWS)),
            "memory_reference": f"the night {rng.choice(SECRETS)}",
        },
        "npc_card_narrative": {
            "dialogue_prose": f'{first} wipes their hands on a rag and looks up. "{_said(rng)}" '
            f'A pause, then: "{rng.choice(CLOSERS)}"'
        },
        "game_outcomes": {
            "trust_change": _r(rng.uniform(-2, 3), 1),
            "relationship_change": _r(rng.uniform(-2, 3), 1),
            "capacity_after": _r(max(0.0, eff - 0.5), 1),
        },
        "training_metadata": {
            "authenticity_score": auth,
            "quality_score": _inside(rng, 0.62, 0.96),
            "complexity_type": complexity,
        },
    }


MAKERS = {
    "emotional_authenticity": make_emotional,
    "dramatic_irony": make_irony,
    "tension_building": make_tension,
    "memory_resonance": make_memory,
    "personality_traits": make_personality,
    "relationship_scoring": make_relationship,
    "multi_step": make_multi_step,
}


# --- value forms ----------------------------------------------------------------------------------------------------


class Raw:
    """A planted value written exactly as given (a defect bypasses the dialect's value form)."""

    def __init__(self, v: Any) -> None:
        self.v = v


def _g(x: float) -> str:
    return f"{x:g}"


FORMS = {
    "num": lambda v: v,
    "str": lambda v: _g(v),
    "pct": lambda v: f"{_g(round(v * 100, 1))}%",
    "pct_sp": lambda v: f"{_g(round(v * 100, 1))} %",
    "of10": lambda v: f"{_g(round(v * 10, 2))}/10",
    "comma": lambda v: _g(v).replace(".", ","),
    "cap10": lambda v: f"{_g(v)}/10",
    "ago": lambda v: f"{_g(v)} weeks ago",
    "wks": lambda v: f"{_g(v)} wks",
    "lvl5": lambda v: f"{v}/5",
    "title": lambda v: str(v).replace("_", " ").title(),
}


def _form(v: Any, form: str) -> Any:
    return v.v if isinstance(v, Raw) else FORMS[form](v)


# --- dialects ---------------------------------------------------------------------------------------------------------
# Entries: ("f", ours, theirs, form)                 one field (dotted paths on both sides)
#          ("l", ours, theirs, {our_key: their_key}, {our_key: form})  a list of objects
#          ("m", ours, theirs)                        capacity factors as {factor: impact}
#          ("t", ours, theirs)                        capacity factors as ["factor (-2)", ...]
#          ("p", theirs, key, val, {label: our path}, form)  a list of {key: label, val: value} pairs
#          ("w", ours, theirs, style)                 a payoff window as one value ("3 to 6 weeks", [3, 6], ...)
#          ("x", theirs, kind)                        the generator's own metadata (not ours): ts, model, ...
# A dialect: type, name, entries, file layout (json | jsonl | txt), envelope, label key/value, file stem.


def _e(*entries: tuple) -> list[tuple]:
    return list(entries)


DIALECTS: dict[str, dict[str, Any]] = {
    # ---- emotional_authenticity ----
    "ea_camel_nested": {
        "type": "emotional_authenticity",
        "layout": "json",
        "envelope": "data_items",
        "label": ("kind", "emotional_authenticity"),
        "stem": "emotional_authenticity_export",
        "entries": _e(
            ("x", "createdAt", "ts"),
            ("f", "character_name", "npc.displayName", "num"),
            ("f", "context", "npc.circumstances", "num"),
            ("f", "base_capacity", "capacityModel.baseline", "num"),
            ("l", "capacity_factors", "capacityModel.modifiers", {"factor": "label", "impact": "delta"}, {}),
            ("f", "effective_capacity", "capacityModel.current", "num"),
            ("f", "capacity_level", "capacityModel.band", "num"),
            ("f", "situation", "request.ask", "num"),
            ("f", "support_level_needed", "request.supportRequired", "cap10"),
            ("f", "support_provided", "request.supportGiven", "num"),
            ("f", "complexity_type", "complexityTag", "num"),
            ("f", "demonstrates_constraint", "constraintNote", "num"),
            ("f", "internal_thought", "reply.innerMonologue", "num"),
            ("f", "character_response", "reply.spokenText", "num"),
            ("f", "authenticity_score", "grading.authenticityPct", "pct"),
            ("f", "authenticity_target", "grading.targetBand", "num"),
            ("x", "llm", "model"),
        ),
    },
    "ea_screaming_es": {
        "type": "emotional_authenticity",
        "layout": "jsonl",
        "envelope": None,
        "label": ("category", "emotional"),
        "stem": "npc_emotional_lote",
        "entries": _e(
            ("f", "character_name", "PERSONAJE", "num"),
            ("f", "context", "CONTEXTO_PERSONAJE", "num"),
            ("f", "base_capacity", "CAP_BASE", "comma"),
            ("m", "capacity_factors", "FACTORES"),
            ("f", "effective_capacity", "CAP_EFECTIVA", "comma"),
            ("f", "capacity_level", "NIVEL_CAP", "num"),
            ("f", "situation", "SITUACION", "num"),
            ("f", "support_level_needed", "APOYO_REQUERIDO", "num"),
            ("f", "support_provided", "APOYO_DADO", "num"),
            ("f", "character_response", "RESPUESTA_NPC", "num"),
            ("f", "internal_thought", "PENSAMIENTO", "num"),
            ("f", "authenticity_score", "PUNTAJE_AUTENTICIDAD", "str"),
            ("f", "authenticity_target", "OBJETIVO_AUTENTICIDAD", "num"),
            ("f", "complexity_type", "TIPO_COMPLEJIDAD", "num"),
            ("f", "demonstrates_constraint", "NOTA_RESTRICCION", "num"),
            ("x", "MODELO", "model_name"),
            ("x", "TS_GENERADO", "ts"),
        ),
    },
    "ea_hungarian_txt": {
        "type": "emotional_authenticity",
        "layout": "txt",
        "envelope": "hungarian",
        "label": ("task", "emotional_authenticity"),
        "stem": "emotional_batch",
        "entries": _e(
            ("f", "character_name", "strName", "num"),
            ("f", "context", "strBackdrop", "num"),
            ("f", "base_capacity", "fBaseCap", "num"),
            ("t", "capacity_factors", "arrCapFactors"),
            ("f", "effective_capacity", "fEffCap", "cap10"),
            ("f", "capacity_level", "eCapBand", "num"),
            ("f", "situation", "strAsk", "num"),
            ("f", "support_level_needed", "fNeed", "num"),
            ("f", "complexity_type", "eComplexity", "num"),
            ("f", "character_response", "strReply", "num"),
            ("f", "internal_thought", "strThought", "num"),
            ("f", "authenticity_score", "fAuth", "of10"),
            ("f", "authenticity_target", "eTarget", "num"),
            ("f", "demonstrates_constraint", "strLimitNote", "num"),
            ("x", "nTokens", "tokens"),
            ("x", "fLatencySec", "latency_s"),
        ),
    },
    "ea_portuguese_deep": {
        "type": "emotional_authenticity",
        "layout": "json",
        "envelope": "lote_amostras",
        "label": ("type", "emotional_authenticity"),
        "stem": "emotional_authenticity_lote",
        "entries": _e(
            ("f", "character_name", "personagem.nome", "num"),
            ("f", "context", "personagem.contexto", "num"),
            ("f", "base_capacity", "capacidade.base", "num"),
            ("l", "capacity_factors", "capacidade.fatores", {"factor": "motivo", "impact": "peso"}, {}),
            ("f", "effective_capacity", "capacidade.efetiva", "num"),
            ("f", "capacity_level", "capacidade.faixa", "num"),
            ("f", "situation", "pedido.situacao", "num"),
            ("f", "support_level_needed", "pedido.apoioNecessario", "num"),
            ("f", "support_provided", "pedido.apoioOferecido", "num"),
            ("f", "character_response", "fala.texto", "num"),
            ("f", "internal_thought", "fala.pensamento", "num"),
            ("f", "authenticity_score", "avaliacao.autenticidade", "pct_sp"),
            ("f", "authenticity_target", "avaliacao.alvo", "num"),
            ("f", "complexity_type", "avaliacao.complexidade", "num"),
            ("f", "demonstrates_constraint", "avaliacao.restricao", "num"),
            ("x", "geradoEm", "ts"),
        ),
    },
    # ---- dramatic_irony ----
    "ir_italian": {
        "type": "dramatic_irony",
        "layout": "json",
        "envelope": "risultati",
        "label": ("task", "irony"),
        "stem": "dramatic_irony_risultati",
        "entries": _e(
            ("f", "character_name", "personaggio", "num"),
            ("f", "scenario", "scena", "num"),
            ("f", "player_knows", "giocatore_sa", "num"),
            ("f", "character_knows", "personaggio_sa", "num"),
            ("f", "knowledge_gap_score", "divario_conoscenza", "num"),
            ("f", "character_capacity", "capacita", "num"),
            (
                "l",
                "response_options",
                "opzioni",
                {"type": "tipo", "dialogue": "battuta", "relationship_impact": "impatto"},
                {},
            ),
            ("f", "recommended_option", "opzione_consigliata", "num"),
            ("f", "dramatic_irony_score", "punteggio_ironia", "num"),
            ("f", "tension_notes", "note_autore", "num"),
            ("x", "generato_il", "ts"),
        ),
    },
    "ir_camel_jsonl": {
        "type": "dramatic_irony",
        "layout": "jsonl",
        "envelope": None,
        "label": ("@type", "dramatic_irony"),
        "stem": "irony_samples",
        "entries": _e(
            ("f", "character_name", "scene.npc.name", "num"),
            ("f", "scenario", "scene.setup", "num"),
            ("f", "player_knows", "knowledge.player", "num"),
            ("f", "character_knows", "knowledge.npc", "num"),
            ("f", "knowledge_gap_score", "knowledge.gapScore", "pct"),
            ("f", "character_capacity", "npcState.capacity", "cap10"),
            (
                "l",
                "response_options",
                "branches",
                {"type": "style", "dialogue": "line", "relationship_impact": "relDelta"},
                {},
            ),
            ("f", "recommended_option", "expectedBranch", "num"),
            ("f", "dramatic_irony_score", "ironyRating", "of10"),
            ("f", "tension_notes", "writerNotes", "num"),
            ("x", "modelInfo", "model"),
        ),
    },
    "ir_screaming_txt": {
        "type": "dramatic_irony",
        "layout": "txt",
        "envelope": "BATCH_ITEMS",
        "label": ("record_type", "dramatic_irony"),
        "stem": "irony_llm_output",
        "entries": _e(
            ("f", "character_name", "NPC_NAME", "num"),
            ("f", "scenario", "SCENE_TEXT", "num"),
            ("f", "player_knows", "PLAYER_KNOWLEDGE_TEXT", "num"),
            ("f", "character_knows", "NPC_KNOWLEDGE_TEXT", "num"),
            ("f", "knowledge_gap_score", "GAP", "comma"),
            ("f", "character_capacity", "NPC_CAPACITY", "num"),
            (
                "l",
                "response_options",
                "OPTIONS",
                {"type": "OPTION_KIND", "dialogue": "OPTION_LINE", "relationship_impact": "REL_IMPACT"},
                {},
            ),
            ("f", "dramatic_irony_score", "IRONY_SCORE", "comma"),
            ("f", "tension_notes", "NOTES", "num"),
            ("x", "RUN_TS", "ts"),
        ),
    },
    # ---- tension_building ----
    "tb_spanish_text_window": {
        "type": "tension_building",
        "layout": "json",
        "envelope": "resultados",
        "label": ("category", "tension"),
        "stem": "tension_building_resultados",
        "entries": _e(
            ("f", "character_name", "personaje", "num"),
            ("f", "context", "contexto_escena", "num"),
            ("f", "hook_type", "tipo_gancho", "title"),
            ("f", "setup", "preparacion", "num"),
            ("w", "payoff_window_weeks", "ventana_pago", "to"),
            ("f", "relationship_level", "nivel_relacion", "num"),
            ("f", "dialogue", "linea_dialogo", "num"),
            ("f", "tension_score", "puntuacion_tension", "num"),
            ("f", "hook_effectiveness", "efectividad", "num"),
            ("x", "modelo", "model_name"),
        ),
    },
    "tb_split_window_jsonl": {
        "type": "tension_building",
        "layout": "jsonl",
        "envelope": None,
        "label": ("task", "tension_building"),
        "stem": "tension_hooks",
        "entries": _e(
            ("f", "character_name", "who", "num"),
            ("f", "context", "where", "num"),
            ("f", "hook_type", "hookKind", "num"),
            ("f", "setup", "hiddenTruth", "num"),
            ("f", "payoff_window_weeks.min", "payoffMinWeeks", "num"),
            ("f", "payoff_window_weeks.max", "payoffMaxWeeks", "num"),
            ("f", "relationship_level", "bondLevel", "lvl5"),
            ("f", "dialogue", "spoken", "num"),
            ("f", "tension_score", "tensionRating", "pct"),
            ("f", "hook_effectiveness", "hookPull", "num"),
            ("x", "ts", "ts"),
        ),
    },
    "tb_portuguese_nested_txt": {
        "type": "tension_building",
        "layout": "txt",
        "envelope": "saida_ganchos",
        "label": ("type", "tension"),
        "stem": "tension_saida",
        "entries": _e(
            ("f", "character_name", "npc.nome", "num"),
            ("f", "context", "cena.contexto", "num"),
            ("f", "setup", "cena.segredo", "num"),
            ("f", "hook_type", "gancho.tipo", "num"),
            ("w", "payoff_window_weeks", "gancho.janelaSemanas", "list"),
            ("f", "relationship_level", "nivelRelacao", "num"),
            ("f", "dialogue", "fala", "num"),
            ("f", "tension_score", "notas.tensao", "str"),
            ("f", "hook_effectiveness", "notas.eficacia", "str"),
        ),
    },
    # ---- memory_resonance ----
    "mr_camel_nested": {
        "type": "memory_resonance",
        "layout": "json",
        "envelope": "data_records",
        "label": ("dataType", "memory_resonance"),
        "stem": "memory_resonance_data",
        "entries": _e(
            ("f", "character_name", "npcDisplayName", "num"),
            ("f", "current_situation", "presentMoment", "num"),
            ("f", "memory.description", "recalled.what", "num"),
            ("f", "memory.emotion", "recalled.feltAs", "num"),
            ("f", "memory.weeks_ago", "recalled.howLongAgo", "ago"),
            ("f", "resonance_type", "echoKind", "num"),
            ("f", "resonance_weight", "echoStrength", "num"),
            ("f", "character_response", "spokenReply", "num"),
            ("f", "resonance_score", "echoScore", "of10"),
            ("x", "llm", "model"),
        ),
    },
    "mr_italian_flat_jsonl": {
        "type": "memory_resonance",
        "layout": "jsonl",
        "envelope": None,
        "label": ("kind", "memory"),
        "stem": "ricordi_memory",
        "entries": _e(
            ("f", "character_name", "nome_personaggio", "num"),
            ("f", "current_situation", "situazione_attuale", "num"),
            ("f", "memory.description", "ricordo_descrizione", "num"),
            ("f", "memory.emotion", "ricordo_emozione", "num"),
            ("f", "memory.weeks_ago", "ricordo_settimane_fa", "num"),
            ("f", "resonance_type", "tipo_risonanza", "num"),
            ("f", "resonance_weight", "peso_risonanza", "num"),
            ("f", "character_response", "risposta_personaggio", "num"),
            ("f", "resonance_score", "punteggio", "str"),
            ("x", "creato", "ts"),
        ),
    },
    "mr_screaming_txt": {
        "type": "memory_resonance",
        "layout": "txt",
        "envelope": "OUTPUT",
        "label": ("task", "memory"),
        "stem": "memory_run",
        "entries": _e(
            ("f", "character_name", "MEM_NPC", "num"),
            ("f", "current_situation", "MEM_NOW", "num"),
            ("f", "memory.description", "MEM_PAST.TXT", "num"),
            ("f", "memory.emotion", "MEM_PAST.EMO", "num"),
            ("f", "memory.weeks_ago", "MEM_PAST.WKS", "wks"),
            ("f", "resonance_type", "MEM_KIND", "num"),
            ("f", "resonance_weight", "MEM_W", "num"),
            ("f", "character_response", "MEM_REPLY", "num"),
            ("f", "resonance_score", "MEM_QUAL", "comma"),
            ("x", "MEM_TOKENS", "tokens"),
        ),
    },
    # ---- personality_traits ----
    "pt_trait_pairs": {
        "type": "personality_traits",
        "layout": "json",
        "envelope": "items",
        "label": ("task", "ocean"),
        "stem": "personality_traits_items",
        "entries": _e(
            ("f", "character_name", "speaker", "num"),
            ("f", "scenario", "setting", "num"),
            ("f", "dialogue", "utterance", "num"),
            ("p", "bigFive", "trait", "score", {t.title(): f"ocean.{t}" for t in OCEAN}, "num"),
            ("f", "trait_expression", "whyItFits", "num"),
            ("f", "quality_score", "overall", "of10"),
            ("x", "generatedAt", "ts"),
        ),
    },
    "pt_italian_flat_jsonl": {
        "type": "personality_traits",
        "layout": "jsonl",
        "envelope": None,
        "label": ("kind", "personality"),
        "stem": "ocean_profili",
        "entries": _e(
            ("f", "character_name", "personaggio", "num"),
            ("f", "scenario", "contesto_scena", "num"),
            ("f", "dialogue", "battuta", "num"),
            ("f", "ocean.openness", "apertura", "num"),
            ("f", "ocean.conscientiousness", "coscienziosita", "num"),
            ("f", "ocean.extraversion", "estroversione", "num"),
            ("f", "ocean.agreeableness", "amicalita", "num"),
            ("f", "ocean.neuroticism", "nevroticismo", "num"),
            ("f", "trait_expression", "spiegazione_tratti", "num"),
            ("f", "quality_score", "qualita", "pct_sp"),
            ("x", "modello", "model_name"),
        ),
    },
    "pt_metrics_deep_txt": {
        "type": "personality_traits",
        "layout": "txt",
        "envelope": "response_data_items",
        "label": ("category", "personality_traits"),
        "stem": "personality_completions",
        "entries": _e(
            ("f", "character_name", "profile.label", "num"),
            ("p", "profile.metrics", "metric", "val", {t[0].upper(): f"ocean.{t}" for t in OCEAN}, "str"),
            ("f", "scenario", "prompt.scene", "num"),
            ("f", "dialogue", "completion.text", "num"),
            ("f", "trait_expression", "completion.rationale", "num"),
            ("f", "quality_score", "eval.q", "num"),
            ("x", "eval.latency_ms", "latency_ms"),
        ),
    },
    # ---- relationship_scoring ----
    "rs_spanish": {
        "type": "relationship_scoring",
        "layout": "json",
        "envelope": "resultados",
        "label": ("category", "relationship"),
        "stem": "relationship_scoring_resultados",
        "entries": _e(
            ("f", "character_name", "nombre_npc", "num"),
            ("f", "interaction_type", "tipo_interaccion", "num"),
            ("f", "relationship_level", "nivel_vinculo", "num"),
            ("f", "player_action", "accion_jugador", "num"),
            ("f", "character_response", "respuesta_npc", "num"),
            ("f", "relationship_score", "puntaje_relacion", "str"),
            ("f", "trust_change", "cambio_confianza", "num"),
            ("f", "rationale", "justificacion", "num"),
            ("f", "quality_score", "calidad", "num"),
            ("x", "marca_tiempo", "ts"),
        ),
    },
    "rs_camel_nested_jsonl": {
        "type": "relationship_scoring",
        "layout": "jsonl",
        "envelope": None,
        "label": ("_type", "relationship"),
        "stem": "relationship_evals",
        "entries": _e(
            ("f", "character_name", "actor.npc", "num"),
            ("f", "relationship_level", "actor.bondLevel", "num"),
            ("f", "interaction_type", "event.kind", "num"),
            ("f", "player_action", "event.playerMove", "num"),
            ("f", "character_response", "event.npcReply", "num"),
            ("f", "relationship_score", "verdict.relScore", "pct"),
            ("f", "trust_change", "verdict.trustShift", "num"),
            ("f", "rationale", "verdict.why", "num"),
            ("f", "quality_score", "qa.overall", "num"),
            ("x", "modelInfo", "model"),
        ),
    },
    "rs_score_array_txt": {
        "type": "relationship_scoring",
        "layout": "txt",
        "envelope": "batch_results",
        "label": ("task", "relationship_scoring"),
        "stem": "relationship_judge",
        "entries": _e(
            ("f", "character_name", "NPC", "num"),
            ("f", "interaction_type", "INTERACTION_KIND", "num"),
            ("f", "player_action", "PLAYER_DID", "num"),
            ("f", "character_response", "NPC_SAID", "num"),
            (
                "p",
                "SCORES",
                "name",
                "val",
                {"relationship": "relationship_score", "trust": "trust_change", "quality": "quality_score"},
                "num",
            ),
            ("f", "rationale", "EXPLANATION", "num"),
            ("x", "JUDGE_MODEL", "model_name"),
        ),
    },
    # ---- multi_step ----
    "ms_payload_deep": {
        "type": "multi_step",
        "layout": "json",
        "envelope": "bare",
        "label": None,
        "stem": "multistep_dump",
        "entries": _e(
            ("f", "npc_profile.name", "payload.npc.profile.fullName", "num"),
            ("f", "npc_profile.age", "payload.npc.profile.age", "num"),
            ("f", "npc_profile.occupation", "payload.npc.profile.job", "num"),
            ("f", "npc_profile.background", "payload.npc.profile.lore", "num"),
            ("f", "npc_emotional_state.base_capacity", "payload.npc.state.capBase", "num"),
            (
                "l",
                "npc_emotional_state.capacity_factors",
                "payload.npc.state.modifiers",
                {"factor": "why", "impact": "amount"},
                {},
            ),
            ("f", "npc_emotional_state.effective_capacity", "payload.npc.state.capNow", "num"),
            ("f", "npc_emotional_state.current_emotion", "payload.npc.state.mood", "num"),
            *[("f", f"npc_ocean_personality.{t}", f"payload.npc.bigFive.{t[0].upper()}", "num") for t in OCEAN],
            ("f", "interaction_context.situation", "payload.scene.where", "num"),
            ("f", "interaction_context.player_request", "payload.scene.ask", "num"),
            ("f", "interaction_context.support_needed", "payload.scene.needLevel", "num"),
            ("f", "interaction_context.support_provided", "payload.scene.supportGiven", "num"),
            ("f", "interaction_context.complexity_type", "payload.scene.complexityTag", "num"),
            ("f", "interaction_context.authenticity_target", "payload.scene.targetBand", "num"),
            ("f", "interaction_context.capacity_level", "payload.scene.capBand", "num"),
            ("f", "tension_memory.hook_type", "payload.hook.kind", "num"),
            ("f", "tension_memory.memory_reference", "payload.hook.memoryRef", "num"),
            ("f", "npc_card_narrative.dialogue_prose", "payload.render.prose", "num"),
            ("f", "game_outcomes.trust_change", "payload.outcome.trustDelta", "num"),
            ("f", "game_outcomes.relationship_change", "payload.outcome.bondDelta", "num"),
            ("f", "game_outcomes.capacity_after", "payload.outcome.capAfter", "num"),
            ("f", "training_metadata.authenticity_score", "payload.eval.authenticity", "num"),
            ("f", "training_metadata.quality_score", "payload.eval.quality", "num"),
            ("f", "training_metadata.complexity_type", "payload.eval.complexityTag", "num"),
            ("x", "generatedAt", "ts"),
        ),
    },
    "ms_portuguese_jsonl": {
        "type": "multi_step",
        "layout": "jsonl",
        "envelope": None,
        "label": None,
        "stem": "multi_step_interacoes",
        "entries": _e(
            ("f", "npc_profile.name", "perfil_npc.nome", "num"),
            ("f", "npc_profile.age", "perfil_npc.idade", "num"),
            ("f", "npc_profile.occupation", "perfil_npc.profissao", "num"),
            ("f", "npc_profile.background", "perfil_npc.historia", "num"),
            ("f", "npc_emotional_state.base_capacity", "estado_emocional.capacidade_base", "num"),
            ("m", "npc_emotional_state.capacity_factors", "estado_emocional.fatores"),
            ("f", "npc_emotional_state.effective_capacity", "estado_emocional.capacidade_efetiva", "num"),
            ("f", "npc_emotional_state.current_emotion", "estado_emocional.emocao", "num"),
            (
                "p",
                "personalidade",
                "traco",
                "valor",
                dict(
                    zip(
                        ["abertura", "conscienciosidade", "extroversao", "amabilidade", "neuroticismo"],
                        [f"npc_ocean_personality.{t}" for t in OCEAN],
                        strict=True,
                    )
                ),
                "num",
            ),  # fmt: skip
            ("f", "interaction_context.situation", "contexto.situacao", "num"),
            ("f", "interaction_context.player_request", "contexto.pedido", "num"),
            ("f", "interaction_context.support_needed", "contexto.apoio_necessario", "num"),
            ("f", "interaction_context.support_provided", "contexto.apoio_dado", "num"),
            ("f", "interaction_context.complexity_type", "contexto.complexidade", "num"),
            ("f", "interaction_context.authenticity_target", "contexto.alvo_autenticidade", "num"),
            ("f", "interaction_context.capacity_level", "contexto.faixa_capacidade", "num"),
            ("f", "tension_memory.hook_type", "tensao.gancho", "num"),
            ("f", "tension_memory.memory_reference", "tensao.memoria", "num"),
            ("f", "npc_card_narrative.dialogue_prose", "narrativa_final", "num"),
            ("f", "game_outcomes.trust_change", "resultados_jogo.confianca", "num"),
            ("f", "game_outcomes.relationship_change", "resultados_jogo.relacao", "num"),
            ("f", "game_outcomes.capacity_after", "resultados_jogo.capacidade_depois", "num"),
            ("f", "training_metadata.authenticity_score", "metadados.autenticidade", "num"),
            ("f", "training_metadata.quality_score", "metadados.qualidade", "num"),
            ("f", "training_metadata.complexity_type", "metadados.complexidade", "num"),
            ("x", "metadados.modelo", "model_name"),
        ),
    },
    "ms_screaming_flat_txt": {
        "type": "multi_step",
        "layout": "txt",
        "envelope": "bare",
        "label": None,
        "stem": "multi_step_flat",
        "entries": _e(
            ("f", "npc_profile.name", "NPC_NAME", "num"),
            ("f", "npc_profile.age", "NPC_AGE", "num"),
            ("f", "npc_profile.occupation", "NPC_JOB", "num"),
            ("f", "npc_profile.background", "NPC_BIO", "num"),
            ("f", "npc_emotional_state.base_capacity", "CAP_BASE", "num"),
            ("t", "npc_emotional_state.capacity_factors", "CAP_FACTORS"),
            ("f", "npc_emotional_state.effective_capacity", "CAP_EFFECTIVE", "num"),
            ("f", "npc_emotional_state.current_emotion", "EMOTION_NOW", "num"),
            *[("f", f"npc_ocean_personality.{t}", f"OCEAN_{t[0].upper()}", "num") for t in OCEAN],
            ("f", "interaction_context.situation", "SITUATION_TEXT", "num"),
            ("f", "interaction_context.player_request", "PLAYER_REQUEST", "num"),
            ("f", "interaction_context.support_needed", "SUPPORT_NEED", "num"),
            ("f", "interaction_context.complexity_type", "COMPLEXITY_TAG", "num"),
            ("f", "interaction_context.authenticity_target", "AUTH_TARGET", "num"),
            ("f", "interaction_context.capacity_level", "CAP_BAND", "num"),
            ("f", "tension_memory.hook_type", "HOOK_KIND", "num"),
            ("f", "tension_memory.memory_reference", "MEMORY_REF", "num"),
            ("f", "npc_card_narrative.dialogue_prose", "PROSE_OUT", "num"),
            ("f", "game_outcomes.trust_change", "OUT_TRUST", "num"),
            ("f", "game_outcomes.relationship_change", "OUT_BOND", "num"),
            ("f", "game_outcomes.capacity_after", "OUT_CAP_AFTER", "num"),
            ("f", "training_metadata.authenticity_score", "SCORE_AUTH", "num"),
            ("f", "training_metadata.quality_score", "SCORE_QUALITY", "num"),
            ("x", "GEN_TS", "ts"),
        ),
    },
}

#: each type's answer field (ours): a cut record is cut before it
ANSWER = {
    "emotional_authenticity": "character_response",
    "dramatic_irony": "response_options",
    "tension_building": "dialogue",
    "memory_resonance": "character_response",
    "personality_traits": "dialogue",
    "relationship_scoring": "rationale",
    "multi_step": "npc_card_narrative.dialogue_prose",
}


# --- our record -> their record, and the ground-truth map -------------------------------------------------------------

_MISSING = object()
CUT = "__fresh4_cut__"


def _get(rec: dict[str, Any], path: str) -> Any:
    cur: Any = rec
    for k in path.split("."):
        if not isinstance(cur, dict) or k not in cur:
            return _MISSING
        cur = cur[k]
    return cur


def _put(rec: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    cur = rec
    for k in parents:
        cur = cur.setdefault(k, {})
    cur[last] = value


def _extra(kind: str, rng: random.Random, seed: int, i: int) -> Any:
    if kind == "ts":
        return f"2026-{1 + seed % 12:02d}-{1 + i % 28:02d}T{(7 + i) % 24:02d}:{(13 * i) % 60:02d}:{(29 * i) % 60:02d}Z"
    if kind == "model":
        return {"name": rng.choice(["mistral-small:22b", "llama3.1:8b-instruct", "gemma2:27b"]),
                "temperature": rng.choice([0.6, 0.7, 0.8, 0.9]), "seed": rng.randint(1, 99999)}  # fmt: skip
    if kind == "model_name":
        return rng.choice(["qwen2.5:14b-instruct-q4_K_M", "phi3:medium", "command-r:35b"])
    if kind == "tokens":
        return rng.randint(180, 900)
    if kind == "latency_s":
        return round(rng.uniform(1.2, 19.0), 2)
    return rng.randint(900, 24000)  # latency_ms


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any], rng: random.Random, seed: int, i: int) -> dict[str, Any]:
    """One of our records written in a dialect (fields absent from `rec` are left out)."""
    out: dict[str, Any] = {}
    for e in dialect["entries"]:
        kind = e[0]
        if kind == "x":
            _put(out, e[1], _extra(e[2], rng, seed, i))
            continue
        if kind == "p":
            _, theirs, key, val, labels, form = e
            pairs = [
                {key: lab, val: _form(v, form)}
                for lab, ours in labels.items()
                if (v := _get(rec, ours)) is not _MISSING
            ]
            if pairs:
                _put(out, theirs, pairs)
            continue
        v = _get(rec, e[1])
        if v is _MISSING:
            continue
        if kind == "f":
            _put(out, e[2], _form(v, e[3]))
        elif kind == "l":
            names, forms = e[3], e[4]
            _put(out, e[2], [{names.get(k, k): _form(x, forms.get(k, "num")) for k, x in item.items()} for item in v])
        elif kind == "m":
            _put(out, e[2], {f["factor"]: f["impact"] for f in v})
        elif kind == "t":
            _put(out, e[2], [f"{f['factor']} ({f['impact']:+g})" for f in v])
        elif kind == "w":
            lo, hi = v["min"], v["max"]
            text = {"to": f"{lo} to {hi} weeks", "between": f"between {lo} and {hi} weeks", "list": [lo, hi]}
            _put(out, e[2], text[e[3]])
    return out


def truth_map(dialect: dict[str, Any]) -> dict[str, str]:
    """{their path: our path} for every field whose path differs from ours (the ground truth for the eval)."""
    truth: dict[str, str] = {}
    for e in dialect["entries"]:
        kind = e[0]
        if kind == "x":
            continue
        if kind == "p":
            _, theirs, key, val, labels, _form_ = e
            for lab, ours in labels.items():
                truth[f"{theirs}[{key}={lab}].{val}"] = ours
            continue
        if e[2] != e[1]:
            truth[e[2]] = e[1]
        if kind == "l":
            for ok, tk in e[3].items():
                if tk != ok:
                    truth[f"{e[2]}[].{tk}"] = f"{e[1]}[].{ok}"
    return truth


def _their_path(dialect: dict[str, Any], ours: str) -> str | None:
    for e in dialect["entries"]:
        if e[0] in "flmtw" and e[1] == ours:
            return e[2]
        if e[0] == "p" and ours in e[4].values():
            return e[1]
    return None


def _maps(dialect: dict[str, Any], ours: str) -> bool:
    return _their_path(dialect, ours) is not None


# --- envelopes --------------------------------------------------------------------------------------------------------


def _envelope(name: str | None, recs: list[dict[str, Any]], label: tuple[str, str] | None, meta: dict[str, Any]) -> Any:
    lab = {label[0]: label[1]} if label else {}
    if name == "bare":
        return recs
    if name == "data_items":
        return {**lab, "meta": meta, "data": {"items": recs}}
    if name == "hungarian":
        return {**lab, "batchInfo": {"nCount": len(recs), **meta}, "lstRecords": recs}
    if name == "lote_amostras":
        return {**lab, "lote": {"info": meta, "amostras": recs}}
    if name == "risultati":
        return {**lab, "modello": meta.get("model"), "risultati": recs}
    if name == "BATCH_ITEMS":
        return {**lab, "BATCH": {"RUN": meta.get("run"), "ITEMS": recs}}
    if name == "resultados":
        return {**lab, "generado": meta.get("created"), "resultados": recs}
    if name == "saida_ganchos":
        return {**lab, "saida": {"ganchos": recs, "total": len(recs)}}
    if name == "data_records":
        return {**lab, "data": {"records": recs, "count": len(recs)}}
    if name == "OUTPUT":
        return {**lab, "RUN_ID": meta.get("run"), "OUTPUT": recs}
    if name == "items":
        return {**lab, "createdAt": meta.get("created"), "items": recs}
    if name == "response_data_items":
        return {**lab, "response": {"status": "ok", "data": {"items": recs}}}
    if name == "batch_results":
        return {**lab, "batch": {"id": meta.get("run"), "results": recs}}
    raise ValueError(name)


_PREFACES = ["Here is the batch you asked for.", "Sure! Below are the generated records.",
             "Output (model run follows):", "Certainly. The JSON is below; let me know if you want more."]  # fmt: skip


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], meta: dict[str, Any], rng: random.Random) -> str:
    layout, label = dialect["layout"], dialect["label"]
    if layout == "jsonl":
        lab = {label[0]: label[1]} if label else {}
        return "".join(json.dumps({**lab, **r}, ensure_ascii=False) + "\n" for r in recs)
    doc = _envelope(dialect["envelope"], recs, label, meta)
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    if layout == "txt":
        return f"{rng.choice(_PREFACES)}\n\n```json\n{text}\n```\n"
    return text + "\n"


def _cut(text: str) -> str:
    """The text cut inside the marked record (before its answer), the way an interrupted run leaves it."""
    pos = text.index(f'"{CUT}"')
    return text[:pos] + '"'


# --- defects (each on one otherwise valid record; expected outcome from spec.yaml's rule ids and reasons) -------------
# A defect: (name, needs, fn(rng) -> (record, expected, reason or rule)). `needs` = our paths the dialect must carry.


def _ea_x2_text(rng: random.Random) -> dict[str, Any]:
    r = make_emotional(rng, level=rng.choice(["crisis", "low", "medium"]), target="struggling")
    r.pop("support_provided", None)
    lim = _r(r["effective_capacity"] + 2.0, 1)
    given = _r(min(10.0, lim + rng.choice([1.5, 2.0, 2.5, 3.0])), 1)
    first = r["character_name"].split()[0]
    r["demonstrates_constraint"] = rng.choice(OVER_NOTES).format(
        first=first, lim=lim, g=_g(given), eff=r["effective_capacity"]
    )
    return r


def _ea_x2_field(rng: random.Random) -> dict[str, Any]:
    r = make_emotional(rng, level=rng.choice(["crisis", "low", "medium"]), target="struggling")
    r["support_provided"] = _r(min(10.0, r["effective_capacity"] + 2.0 + rng.choice([1.0, 1.5, 2.0])), 1)
    return r


def _formula(rec: dict[str, Any], state: str, label_path: str) -> dict[str, Any]:
    """Stated effective capacity 2 above what base + factors give (label moved along, so only the formula breaks)."""
    s = rec[state] if state else rec
    s["effective_capacity"] = _r(s["effective_capacity"] + 2.0, 1)
    _put(rec, label_path, _bucket(s["effective_capacity"]))
    return rec


def _wrong_bucket(rec: dict[str, Any], eff: float, label_path: str) -> dict[str, Any]:
    _put(rec, label_path, "high" if eff <= 4.0 else "crisis")
    return rec


def _ea_off_target(rng: random.Random) -> dict[str, Any]:
    r = make_emotional(rng, target="authentic")
    r["authenticity_target"] = "excellent"
    r["authenticity_score"] = _inside(rng, 0.6, 0.78)
    return r


def _set(rec: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    _put(rec, path, value)
    return rec


def _drop(rec: dict[str, Any], path: str) -> dict[str, Any]:
    *parents, last = path.split(".")
    cur = rec
    for k in parents:
        cur = cur[k]
    del cur[last]
    return rec


def _irony_low_cap_growth(rng: random.Random) -> dict[str, Any]:
    r = make_irony(rng)
    r["character_capacity"] = rng.choice([1.5, 2.0, 2.5, 3.0])
    r["recommended_option"] = "growth"
    return r


def _ms_x2(rng: random.Random) -> dict[str, Any]:
    r = make_multi_step(rng, level=rng.choice(["crisis", "low", "medium"]))
    eff = r["npc_emotional_state"]["effective_capacity"]
    r["interaction_context"]["support_provided"] = _r(min(10.0, eff + 2.0 + rng.choice([1.5, 2.0, 2.5])), 1)
    return r


def _ms_formula(rng: random.Random) -> dict[str, Any]:
    r = make_multi_step(rng, level=rng.choice(["crisis", "low", "medium"]))
    return _formula(r, "npc_emotional_state", "interaction_context.capacity_level")


def _ms_auth_bucket(rng: random.Random) -> dict[str, Any]:
    r = make_multi_step(rng)
    r["interaction_context"]["authenticity_target"] = "excellent"
    r["training_metadata"]["authenticity_score"] = _inside(rng, 0.3, 0.55)
    return r


def _ms_bucket(rng: random.Random) -> dict[str, Any]:
    r = make_multi_step(rng)
    return _wrong_bucket(r, r["npc_emotional_state"]["effective_capacity"], "interaction_context.capacity_level")


def _ms_complexity(rng: random.Random) -> dict[str, Any]:
    r = make_multi_step(rng)
    r["interaction_context"]["complexity_type"] = r["training_metadata"]["complexity_type"] = "rumination"
    return r


NAN = float("nan")
R = "reject"
F = "flag"

DEFECTS: dict[str, list[tuple[str, tuple[str, ...], Any, str, str]]] = {
    "emotional_authenticity": [
        (
            "capacity_out_of_range",
            (),
            lambda g: _set(make_emotional(g), "base_capacity", Raw(_r(g.uniform(10.5, 14.0), 1))),
            R,
            "capacity_out_of_range",
        ),
        ("missing_answer", (), lambda g: _drop(make_emotional(g), "character_response"), R, "missing_required_field"),
        ("x_plus_2_in_text", (), _ea_x2_text, F, "capacity.x_plus_2"),
        ("x_plus_2_in_field", ("support_provided",), _ea_x2_field, F, "capacity.x_plus_2"),
        (
            "effective_formula",
            (),
            lambda g: _formula(make_emotional(g, level=g.choice(["crisis", "low", "medium"])), "", "capacity_level"),
            F,
            "capacity.effective_formula",
        ),
        (
            "capacity_bucket",
            (),
            lambda g: (lambda r: _wrong_bucket(r, r["effective_capacity"], "capacity_level"))(make_emotional(g)),
            F,
            "capacity.bucket",
        ),
        ("off_authenticity_target", (), _ea_off_target, R, "off_authenticity_target"),
        (
            "unknown_complexity",
            (),
            lambda g: _set(make_emotional(g), "complexity_type", "overthinking"),
            F,
            "complexity.type",
        ),
        ("nan_score", (), lambda g: _set(make_emotional(g), "authenticity_score", Raw(NAN)), R, "not_a_number"),
    ],
    "dramatic_irony": [
        (
            "knowledge_gap",
            (),
            lambda g: _set(make_irony(g), "knowledge_gap_score", _inside(g, 0.3, 0.55)),
            F,
            "irony.knowledge_gap",
        ),
        (
            "growth_impact",
            (),
            lambda g: (
                lambda r: (r["response_options"][2].update(relationship_impact=_r(g.uniform(1.3, 2.2), 1)), r)[1]
            )(make_irony(g)),
            F,
            "irony.relationship_impact",
        ),
        ("option_capacity", ("recommended_option",), _irony_low_cap_growth, F, "irony.option_capacity"),
        (
            "score_out_of_range",
            (),
            lambda g: _set(make_irony(g), "dramatic_irony_score", Raw(_r(g.uniform(6.0, 9.5), 1))),
            R,
            "score_out_of_range",
        ),
        (
            "capacity_out_of_range",
            (),
            lambda g: _set(make_irony(g), "character_capacity", Raw(g.choice([11, 12.5, 15]))),
            R,
            "capacity_out_of_range",
        ),
        (
            "low_quality",
            (),
            lambda g: _set(make_irony(g), "dramatic_irony_score", _inside(g, 0.2, 0.45)),
            R,
            "below_quality_threshold",
        ),
        ("missing_player_knows", (), lambda g: _drop(make_irony(g), "player_knows"), R, "missing_required_field"),
    ],
    "tension_building": [
        (
            "payoff_window",
            (),
            lambda g: (
                lambda r: _set(
                    _set(r, "hook_type", "contradiction"), "payoff_window_weeks", {"min": 1, "max": g.choice([2, 3])}
                )
            )(make_tension(g)),
            F,
            "tension.payoff_window",
        ),
        ("unknown_hook", (), lambda g: _set(make_tension(g), "hook_type", "cliffhanger"), F, "tension.hook_type"),
        (
            "level_out_of_range",
            (),
            lambda g: _set(make_tension(g), "relationship_level", Raw(g.choice([0, 7, 9]))),
            R,
            "value_out_of_range",
        ),
        (
            "score_out_of_range",
            (),
            lambda g: _set(make_tension(g), "tension_score", Raw(_r(g.uniform(6.5, 9.5), 1))),
            R,
            "score_out_of_range",
        ),
        (
            "low_quality",
            (),
            lambda g: _set(make_tension(g), "tension_score", _inside(g, 0.2, 0.5)),
            R,
            "below_quality_threshold",
        ),
        ("missing_setup", (), lambda g: _drop(make_tension(g), "setup"), R, "missing_required_field"),
    ],
    "memory_resonance": [
        (
            "resonance_weight",
            (),
            lambda g: (
                lambda r: _set(
                    r,
                    "resonance_weight",
                    g.choice([w for w in (0.4, 0.5, 0.6) if abs(w - r["resonance_weight"]) > 0.05]),
                )
            )(make_memory(g)),
            F,
            "memory.resonance_weight",
        ),
        (
            "unknown_resonance",
            (),
            lambda g: _set(make_memory(g), "resonance_type", "nostalgia_spiral"),
            F,
            "memory.resonance_type",
        ),
        (
            "negative_weeks",
            (),
            lambda g: _set(make_memory(g), "memory.weeks_ago", Raw(-g.randint(2, 12))),
            R,
            "value_out_of_range",
        ),
        (
            "low_quality",
            (),
            lambda g: _set(make_memory(g), "resonance_score", _inside(g, 0.3, 0.65)),
            R,
            "below_quality_threshold",
        ),
        ("missing_answer", (), lambda g: _drop(make_memory(g), "character_response"), R, "missing_required_field"),
        ("nan_score", (), lambda g: _set(make_memory(g), "resonance_score", Raw(NAN)), R, "not_a_number"),
    ],
    "personality_traits": [
        (
            "trait_out_of_range",
            (),
            lambda g: _set(make_personality(g), f"ocean.{g.choice(OCEAN)}", Raw(g.choice([65, 72, 85]))),
            R,
            "score_out_of_range",
        ),
        (
            "low_quality",
            (),
            lambda g: _set(make_personality(g), "quality_score", _inside(g, 0.2, 0.5)),
            R,
            "below_quality_threshold",
        ),
        (
            "missing_expression",
            (),
            lambda g: _drop(make_personality(g), "trait_expression"),
            R,
            "missing_required_field",
        ),
        (
            "word_score",
            (),
            lambda g: _set(make_personality(g), "quality_score", Raw(g.choice(["pretty good", "solid"]))),
            R,
            "uncoercible_type",
        ),
    ],
    "relationship_scoring": [
        (
            "trust_out_of_range",
            (),
            lambda g: _set(make_relationship(g), "trust_change", Raw(g.choice([1.6, -2.0, 2.5]))),
            R,
            "value_out_of_range",
        ),
        (
            "score_out_of_range",
            (),
            lambda g: _set(make_relationship(g), "relationship_score", Raw(g.choice([6, 8, 42]))),
            R,
            "score_out_of_range",
        ),
        (
            "low_quality",
            (),
            lambda g: _set(make_relationship(g), "quality_score", _inside(g, 0.2, 0.5)),
            R,
            "below_quality_threshold",
        ),
        ("missing_action", (), lambda g: _drop(make_relationship(g), "player_action"), R, "missing_required_field"),
    ],
    "multi_step": [
        ("x_plus_2_in_field", ("interaction_context.support_provided",), _ms_x2, F, "capacity.x_plus_2"),
        ("capacity_bucket", (), _ms_bucket, F, "capacity.bucket"),
        ("effective_formula", (), _ms_formula, F, "capacity.effective_formula"),
        ("unknown_complexity", (), _ms_complexity, F, "complexity.type"),
        (
            "unknown_hook",
            (),
            lambda g: _set(make_multi_step(g), "tension_memory.hook_type", "red_herring"),
            F,
            "tension.hook_type",
        ),
        ("authenticity_bucket", (), _ms_auth_bucket, F, "authenticity.bucket"),
        (
            "low_quality",
            (),
            lambda g: _set(make_multi_step(g), "training_metadata.quality_score", _inside(g, 0.2, 0.5)),
            R,
            "below_quality_threshold",
        ),
        (
            "missing_prose",
            (),
            lambda g: _drop(make_multi_step(g), "npc_card_narrative.dialogue_prose"),
            R,
            "missing_required_field",
        ),
        (
            "capacity_out_of_range",
            (),
            lambda g: _set(make_multi_step(g), "npc_emotional_state.base_capacity", Raw(g.choice([11.5, 13.0, 20.0]))),
            R,
            "capacity_out_of_range",
        ),
    ],
}

BY_TYPE = {t: [n for n, d in DIALECTS.items() if d["type"] == t] for t in TYPES}


def _canon_raw(rec: dict[str, Any]) -> str:
    return json.dumps(rec, default=lambda o: o.v if isinstance(o, Raw) else str(o))


def _canon(rec: dict[str, Any]) -> str:
    return json.dumps(rec, sort_keys=True, default=lambda o: repr(o.v) if isinstance(o, Raw) else str(o))


def write_fresh4_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples) is accepted for the eval's call and ignored. `with_ours`
    adds each record as written in OUR schema (`ours`, planted values unwrapped) for the writer's own tests.
    """
    del samples
    rng = random.Random(f"fresh4:{seed}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    subdirs = ["", "inbox", f"run_{seed:03d}", "exports/late"]
    manifest: dict[str, Any] = {"family": "fresh4", "seed": seed, "records": [], "plans": {}, "files": []}
    seen: set[str] = set()
    cut_types = set(rng.sample(TYPES, 2))
    file_no = 0
    for dtype in TYPES:
        dname = BY_TYPE[dtype][(seed + TYPES.index(dtype)) % len(BY_TYPE[dtype])]
        dialect = DIALECTS[dname]
        planned: list[tuple[dict[str, Any], dict[str, Any]]] = []  # (our record, manifest row)

        for _ in range(rng.randint(14, 22)):
            _fresh(rng, seen, planned, MAKERS[dtype], {"expected": "keep", "defect": None})
        usable = [d for d in DEFECTS[dtype] if all(_maps(dialect, p) for p in d[1])]
        chosen = [d for d in usable if rng.random() < 0.7] or usable[:2]
        for name, _needs, make, expected, what in chosen:
            row = {"expected": expected, "defect": name, ("reason" if expected == R else "rule"): what}
            _fresh(rng, seen, planned, make, row)
        rng.shuffle(planned)
        # exact duplicates: a copy of a valid record, later in the same file
        n_files = rng.choice([1, 2]) if len(planned) > 16 else 1
        chunks = [planned[i::n_files] for i in range(n_files)]
        for k in range(rng.choice([1, 2])):
            chunk = chunks[k % n_files]
            valid = [i for i, (_, row) in enumerate(chunk) if row["expected"] == "keep"]
            src = rng.choice(valid)
            at = rng.randint(src + 1, len(chunk))
            chunk.insert(at, (chunk[src][0], {"expected": R, "defect": "exact_duplicate", "reason": "exact_duplicate",
                                              "copy_of": src}))  # fmt: skip
        plan_files = []
        written: list[dict[str, Any]] = []
        for c, chunk in enumerate(chunks):
            file_no += 1
            ext = {"json": ".json", "jsonl": ".jsonl", "txt": ".txt"}[dialect["layout"]]
            rel = Path(rng.choice(subdirs)) / f"{dialect['stem']}_{seed:03d}_{file_no:02d}{ext}"
            meta = {"created": _extra("ts", rng, seed, file_no), "model": _extra("model_name", rng, seed, 0),
                    "run": f"r{seed}-{file_no}"}  # fmt: skip
            theirs = [to_dialect(rec, dialect, rng, seed, i) for i, (rec, _) in enumerate(chunk)]
            # a copy must be byte-identical to its original (the generator wrote the same record twice)
            for i, (_, row) in enumerate(chunk):
                if row.get("defect") == "exact_duplicate":
                    orig = next(j for j in range(i) if chunk[j][0] is chunk[i][0])
                    theirs[i] = json.loads(json.dumps(theirs[orig]))
            rows = [row for _, row in chunk]
            ours = [rec for rec, _ in chunk]
            cut = dtype in cut_types and c == len(chunks) - 1
            if cut:
                rec = MAKERS[dtype](rng)
                t = to_dialect(rec, dialect, rng, seed, len(theirs))
                _mark_cut(t, _their_path(dialect, ANSWER[dtype]) or "")
                theirs.append(t)
                rows.append({"expected": "lost", "defect": "truncated_record"})
                ours.append(rec)
            written += theirs
            text = _render(dialect, theirs, meta, rng)
            if cut:
                text = _cut(text)
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            plan_files.append(rel.as_posix())
            manifest["files"].append(rel.as_posix())
            for i, row in enumerate(rows):
                out = {"file": rel.name, "path": rel.as_posix(), "index": i, "data_type": dtype}
                out.update({k: v for k, v in row.items() if k != "copy_of"})
                if with_ours:
                    out["ours"] = json.loads(_canon_raw(ours[i]))
                manifest["records"].append(out)
        truth = {k: v for k, v in truth_map(dialect).items() if any(_reaches(r, k) for r in written)}
        manifest["plans"][dtype] = {"dialect": dname, "truth": truth, "files": plan_files}
    manifest["counts"] = counts(manifest)
    return manifest


def _fresh(rng: random.Random, seen: set[str], planned: list, make: Any, row: dict[str, Any]) -> None:
    """Plan a record no earlier record of the folder equals (only planted duplicates repeat)."""
    while True:
        rec = make(rng)
        key = _canon(rec)
        if key not in seen:
            seen.add(key)
            planned.append((rec, row))
            return


def _reaches(obj: Any, path: str) -> bool:
    """Whether a field_map source path (dots, `[]`, `[key=label]`) reaches a value in obj."""
    if not path:
        return True
    head, _, rest = path.partition(".")
    key, bracket, sel = head.partition("[")
    if not isinstance(obj, dict) or key not in obj:
        return False
    v = obj[key]
    if not bracket:
        return _reaches(v, rest)
    if not isinstance(v, list):
        return False
    if sel == "]":
        return any(_reaches(x, rest) for x in v)
    k, _, label = sel.rstrip("]").partition("=")
    return any(isinstance(x, dict) and str(x.get(k)) == label and _reaches(x, rest) for x in v)


def _mark_cut(rec: dict[str, Any], answer_path: str) -> None:
    """Put the cut marker right before the answer, in the object that holds it."""
    *parents, last = answer_path.split(".")
    holder = rec
    for k in parents:
        holder = holder[k]
    items = list(holder.items())
    pos = next(i for i, (k, _) in enumerate(items) if k == last)
    holder.clear()
    holder.update(items[:pos])
    holder[CUT] = "x"
    holder.update(items[pos:])
