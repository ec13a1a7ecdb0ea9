"""A ninth held-out drift generator (issue 11): folders of interaction batches from "yet another team".

Written apart from the matcher and from the other drift generators (only their top docstrings and fresh6's manifest
code were read): the same seven data types and meanings as curation/domain/spec.yaml, in languages the others did
not use: Russian transliterated (`replika_geroya`, `kryuchok.okno_vyplaty.ot`), Hinglish (`kirdar_ka_jawab`,
`bharosa_badlav`), Catalan (`resposta_personatge`, `puntuacio_ressonancia`), Greek transliterated
(`apantisi.keimeno`, `vathmos_eironeias`), Chinese pinyin (`taici`, `renwu.mingzi`, `xingge.kaifangxing`), Tagalog
camelCase (`sagotNgTauhan`, `alaala.ilangLinggoNakaraan`) and Danish (`replik`, `tillidsaendring`). Structure:
records split into header / body / meta groups in that language (`shuruat` / `mukhya` / `janch`), the answer two or
three levels down (`vyvod.otvet.tekst`), a payoff window as `{ot, do_}` or two flat fields or text, factor lists as
`{prichina, sdvig}` items or a name -> impact table, OCEAN as named objects or a `{tezhi, fenshu}` pair list, a
multi-step interaction whose spoken line and the player's request sit in a list of turns keyed by speaker
(`lunci[shuohua=npc].neirong`). Values only in readings docs/interaction-formats.md documents as lossless: numbers
as text, decimal commas, "82%", "82 percent", "8.2 out of 10", capacities "6.5/10", levels "4/5", trust "+0.30",
weeks "12 weeks ago", ages "34 years old", payoff windows "2-4 weeks", enum labels in Title Case or kebab-case.
Pipeline extras on every record (run id, model, latency) that no map line should move; optional fields no rule,
label or gate reads (an inner thought, a hook's effectiveness) left out of some records. Files: a Russian wrapper
`{"paket": {"zapisi": [...]}}`, JSON Lines (`.jsonl` and lines in `.json`), a Markdown answer with a fenced JSON
array, a typed batch with header, an API response `{"code", "msg", "data": {"list"}}`, an object keyed by the data
type, the multi-step pipeline's bare array; one file per folder with a BOM and CRLF; a few answers with mojibake
(kept: a repair); one file per folder ends inside its last record (planted `lost`). Planted defects (each applicable
kind on about 70% of seeds) on the canonical record, so the expected outcome is the spec's whatever the names:
out-of-range values written as plain numbers, a NaN trust change, a missing answer, low quality, an authenticity
score off its declared target, rule violations of every family a type has, exact duplicates. Each data type's
dialect is `BY_TYPE[type][(seed + position) % 3]`.

Not planted (no field_map line can express it): OCEAN as a bare array of five numbers, irony options keyed by
option type in an object, a list of turns addressed by position.

    write_fresh7_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh7.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh7.manifest.json)
"""

from __future__ import annotations

import json
import math
import random
import re
from pathlib import Path
from typing import Any

from drift_machinery import CAP_BUCKETS, HOOKS, MULTI, OCEAN, OFFSET, SYSTEMATIC, TYPES, WEIGHTS, command_line, counts
from drift_machinery import cut_inside as _cut
from drift_machinery import option_in_character as _in_character
from drift_machinery import write_file as _write

# --- this writer's own text pools ------------------------------------------------------------------------------

NAMES = [
    "Oksana Vel",
    "Tavi Brann",
    "Mirela Ost",
    "Jun Halloway",
    "Dara Quill",
    "Pell Ormsby",
    "Sefa Lind",
    "Ravi Kettering",
    "Hild Marrow",
    "Ambrose Tey",
    "Noor Castell",
    "Lio Vance",
    "Greta Fenn",
    "Odo Pike",
]
JOBS = ["ferry pilot", "glassblower", "night nurse", "archivist", "beekeeper", "locksmith", "radio operator"]
PLACES = [
    "the salt market",
    "the flooded mill",
    "the lighthouse stairs",
    "the tram depot",
    "the orchard gate",
    "the old granary",
    "the harbour office",
]
PRESSURES = [
    "a sister in hospital",
    "no sleep for two nights",
    "a debt called in",
    "a good letter from home",
    "the shop flooded",
    "a small win at the guild",
    "a quarrel with the landlord",
    "a bad knee again",
]
ASKS = [
    "asks her to cover a night shift",
    "asks him to hide a stolen ledger",
    "wants help moving a boat",
    "begs for a loan until spring",
    "asks for company at a funeral",
    "wants a witness at the council",
]
REPLIES = [
    "I hear you. I can sit with you an hour tonight, but I can’t carry the whole thing.",
    "Not this week. I’m running on fumes and I would only make it worse.",
    "Fine, yes, I’ll come. Don’t look at me like that, I said yes.",
    "Give me the short version, I’ve got ten minutes and then the ferry leaves.",
    "I want to help. I just don’t know if there’s anything left in me to give.",
    "Of course. Bring the ledger to the back door after dark and say nothing to Pell.",
    "You always come to me first. Maybe that’s the problem, maybe it isn’t.",
    "I can do the morning. The evening belongs to my sister now.",
]
LIMITS = [
    "offers a short hour instead of the whole night",
    "admits she is spent and names what she can still do",
    "helps only with the first step and says so plainly",
    "sets a boundary and keeps it kind",
]
THOUGHTS = ["If I say yes again I will break.", "He would do it for me. Would he?", "Not now. Please not now."]
SECRETS = [
    "the ferry will not sail on Friday",
    "her brother sold the family boat",
    "the letter was forged",
    "the mill owner is already dead",
    "the guild has voted him out",
]
BELIEFS = [
    "the ferry runs as usual",
    "the boat is still moored at home",
    "the letter is genuine",
    "the mill owner is away on business",
    "he is still a member in good standing",
]
TONE_DEAF = ["Cheer up, it is only a boat.", "You worry too much, honestly.", "Well, that is your problem."]
MISGUIDED = [
    "Let me sort it out for you, I know best.",
    "Just ignore it and it will pass.",
    "I will tell everyone so you don’t have to.",
]
GROWTH = [
    "Tell me what you need, and I will listen first.",
    "That sounds heavy. Do you want company or quiet?",
    "I was wrong before. Let me try again, properly.",
]
HOOK_LINES = [
    "There is something about the lighthouse I never told you. Not yet.",
    "Ask me again after the storm and I might answer.",
    "He said one thing at the council and another at my door.",
    "If the ledger turns up, everything changes. Everything.",
]
SETUPS = [
    "she saw the keeper leave at midnight",
    "the ledger has two sets of numbers",
    "the council minutes were rewritten",
    "her brother owes the guild",
]
NOW = [
    "standing at the tram depot in the rain",
    "sorting letters at the harbour office",
    "watching the orchard burn its leaves",
    "waiting for the ferry that is late again",
]
PAST = [
    "the night the mill flooded and she carried the children out",
    "her father teaching her to row",
    "the winter the harbour froze and nobody came",
    "the first glass she blew that did not crack",
]
EMOTIONS = ["grief", "quiet pride", "shame", "fear", "relief", "longing"]
RECALL = [
    "The water smells the same as that night. I hate that it still gets to me.",
    "He taught me this knot. I keep tying it without thinking.",
    "Nobody came then either. I should be used to it by now.",
    "Funny, I’m smiling. I didn’t expect to smile about that.",
]
SCENES = [
    "a stranger asks for directions at dusk",
    "the guild meeting runs late",
    "a child breaks a window",
    "the tram stops between stations",
]
TRAIT_LINES = [
    "Let us check the timetable twice before we decide anything.",
    "Oh, come along, it will be an adventure, I promise!",
    "I would rather not. Crowds make my hands shake.",
    "Whatever you think is best, truly, I don’t mind.",
]
EXPRESS = [
    "careful planning shows high conscientiousness",
    "eager invitation shows high extraversion",
    "avoidance shows high neuroticism",
    "yielding shows high agreeableness",
]
ACTIONS = [
    "brings soup when she is ill",
    "forgets the promised meeting",
    "teases him about the boat",
    "tells her secret to the guild",
    "repairs the gate without asking",
    "apologises in front of everyone",
]
WHYS = [
    "A kept promise at a hard time builds trust quickly.",
    "Forgetting a promise costs more than it seems.",
    "Light teasing between friends warms the bond a little.",
    "Betraying a secret breaks trust badly.",
]
ITYPES = ["emotional_support", "broken_promise", "playful_teasing", "betrayal_discovered", "practical_help", "apology"]
PROSE = [
    "She sets the lamp down and does not look at him. \u201cOne hour,\u201d she says. "
    "\u201cThat is all I\u2019ve got.\u201d",
    "He laughs too loudly, then stops. \u201cAll right. Tell me from the start.\u201d",
    "Her hands keep working the net while she listens, and when she answers it is barely a whisper.",
]
MEMREF = ["the flood at the mill", "the frozen harbour", "the forged letter", "the last ferry of autumn"]

CAP_FREQ = {"crisis": 0.15, "low": 0.25, "medium": 0.35, "high": 0.25}
AUTH = {"failed": (0.22, 0.38), "struggling": (0.42, 0.58), "authentic": (0.62, 0.78), "excellent": (0.82, 0.97)}
AUTH_FREQ = {"failed": 0.15, "struggling": 0.2, "authentic": 0.35, "excellent": 0.3}
IMPACT = {"tone_deaf": (-1.4, -0.6), "misguided": (-0.45, -0.25), "growth": (0.35, 0.75)}


def _u(rng: random.Random, lo: float, hi: float, nd: int = 2) -> float:
    return round(rng.uniform(lo, hi), nd)


def _pick(rng: random.Random, freq: dict[str, float]) -> str:
    return rng.choices(list(freq), weights=list(freq.values()))[0]


def _capacity(rng: random.Random, level: str) -> tuple[float, float, list[dict[str, Any]]]:
    """(base, effective, factors) with effective = base + sum(impacts), all on one decimal, base in [0, 10]."""
    while True:
        eff = _u(rng, *CAP_BUCKETS[level], nd=1)
        factors = [
            {"factor": f, "impact": round(rng.choice([-1, 1]) * rng.uniform(0.5, 2.5), 1)}
            for f in rng.sample(PRESSURES, rng.randint(1, 3))
        ]
        base = round(eff - sum(f["impact"] for f in factors), 1)
        if 0.0 <= base <= 10.0:
            return base, eff, factors


def _need(rng: random.Random, eff: float, target: str, cap_at_x2: bool) -> float:
    need = round(eff + rng.uniform(*OFFSET[target]), 1)
    if target == "excellent":
        need = max(need, 1.0)
    if cap_at_x2:
        need = min(need, eff + 2.0)
    return round(min(max(need, 0.0), 10.0), 1)


def make_emotional(rng: random.Random) -> dict[str, Any]:
    level, target = _pick(rng, CAP_FREQ), _pick(rng, AUTH_FREQ)
    base, eff, factors = _capacity(rng, level)
    rec = {
        "character_name": rng.choice(NAMES),
        "context": f"{rng.choice(JOBS)} near {rng.choice(PLACES)}, with {rng.choice(PRESSURES)}",
        "base_capacity": base,
        "capacity_factors": factors,
        "effective_capacity": eff,
        "situation": f"a friend {rng.choice(ASKS)}",
        "support_level_needed": _need(rng, eff, target, cap_at_x2=False),
        "character_response": rng.choice(REPLIES),
        "authenticity_score": _u(rng, *AUTH[target]),
        "demonstrates_constraint": rng.choice(LIMITS),
        "internal_thought": rng.choice(THOUGHTS),
        "complexity_type": rng.choice(SYSTEMATIC),
        "authenticity_target": target,
        "capacity_level": level,
    }
    return _some(rng, rec, "internal_thought", 0.7)


def _some(rng: random.Random, rec: dict[str, Any], key: str, keep: float) -> dict[str, Any]:
    """Leave an optional field (none a rule, label or gate reads) out of some records, as a model does."""
    if rng.random() >= keep:
        rec.pop(key)
    return rec


def make_irony(rng: random.Random) -> dict[str, Any]:
    i = rng.randrange(len(SECRETS))
    cap = _u(rng, 0.5, 9.5, nd=1)
    pools = {"tone_deaf": TONE_DEAF, "misguided": MISGUIDED, "growth": GROWTH}
    return {
        "character_name": rng.choice(NAMES),
        "scenario": f"at {rng.choice(PLACES)}, talking about tomorrow",
        "player_knows": SECRETS[i],
        "character_knows": BELIEFS[i],
        "knowledge_gap_score": _u(rng, 0.62, 0.95),
        "character_capacity": cap,
        "response_options": [
            {"type": t, "dialogue": rng.choice(pools[t]), "relationship_impact": _u(rng, *IMPACT[t])} for t in IMPACT
        ],
        "dramatic_irony_score": _u(rng, 0.55, 0.95),
        "recommended_option": _in_character(cap),
    }


def make_tension(rng: random.Random) -> dict[str, Any]:
    hook = rng.choice(list(HOOKS))
    lo, hi = HOOKS[hook]
    a = rng.randint(lo, hi - 1)
    rec = {
        "character_name": rng.choice(NAMES),
        "context": f"late evening at {rng.choice(PLACES)}",
        "hook_type": hook,
        "dialogue": rng.choice(HOOK_LINES),
        "setup": rng.choice(SETUPS),
        "payoff_window_weeks": {"min": a, "max": rng.randint(a + 1, hi)},
        "relationship_level": rng.randint(1, 5),
        "tension_score": _u(rng, 0.62, 0.95),
        "hook_effectiveness": _u(rng, 0.5, 0.95),
    }
    return _some(rng, rec, "hook_effectiveness", 0.6)


def make_memory(rng: random.Random) -> dict[str, Any]:
    rtype = rng.choice(list(WEIGHTS))
    return {
        "character_name": rng.choice(NAMES),
        "current_situation": rng.choice(NOW),
        "memory": {"description": rng.choice(PAST), "emotion": rng.choice(EMOTIONS), "weeks_ago": rng.randint(1, 90)},
        "resonance_type": rtype,
        "resonance_weight": WEIGHTS[rtype],
        "character_response": rng.choice(RECALL),
        "resonance_score": _u(rng, 0.72, 0.97),
    }


def make_personality(rng: random.Random) -> dict[str, Any]:
    i = rng.randrange(len(TRAIT_LINES))
    return {
        "character_name": rng.choice(NAMES),
        "scenario": rng.choice(SCENES),
        "dialogue": TRAIT_LINES[i],
        "ocean": {t: _u(rng, 0.05, 0.95) for t in OCEAN},
        "trait_expression": EXPRESS[i],
        "quality_score": _u(rng, 0.62, 0.97),
    }


def make_relationship(rng: random.Random) -> dict[str, Any]:
    i = rng.randrange(len(WHYS))
    return {
        "character_name": rng.choice(NAMES),
        "interaction_type": rng.choice(ITYPES),
        "player_action": f"the player {rng.choice(ACTIONS)}",
        "character_response": rng.choice(REPLIES),
        "relationship_score": _u(rng, 0.05, 0.95),
        "trust_change": _u(rng, -0.8, 0.8),
        "rationale": WHYS[i],
        "quality_score": _u(rng, 0.62, 0.97),
        "relationship_level": rng.randint(1, 5),
    }


def make_multi(rng: random.Random) -> dict[str, Any]:
    level, target = _pick(rng, CAP_FREQ), _pick(rng, AUTH_FREQ)
    base, eff, factors = _capacity(rng, level)
    cplx = rng.choice(MULTI)
    return {
        "npc_profile": {
            "name": rng.choice(NAMES),
            "age": rng.randint(19, 78),
            "occupation": rng.choice(JOBS),
            "background": f"grew up near {rng.choice(PLACES)} and has never left the district for long",
        },
        "npc_emotional_state": {
            "base_capacity": base,
            "capacity_factors": factors,
            "effective_capacity": eff,
            "current_emotion": rng.choice(EMOTIONS),
        },
        "npc_ocean_personality": {t: _u(rng, 0.05, 0.95) for t in OCEAN},
        "interaction_context": {
            "situation": f"at {rng.choice(PLACES)} after closing",
            "player_request": f"the player {rng.choice(ASKS)}",
            "support_needed": _need(rng, eff, target, cap_at_x2=True),
            "complexity_type": cplx,
            "authenticity_target": target,
            "capacity_level": level,
        },
        "tension_memory": {"hook_type": rng.choice(list(HOOKS)), "memory_reference": rng.choice(MEMREF)},
        "npc_card_narrative": {"dialogue_prose": rng.choice(PROSE)},
        "game_outcomes": {
            "trust_change": _u(rng, -2.0, 2.0, 1),
            "relationship_change": _u(rng, -2.0, 2.0, 1),
            "capacity_after": round(min(10.0, max(0.0, eff + rng.uniform(-1, 1))), 1),
        },
        "training_metadata": {
            "authenticity_score": _u(rng, *AUTH[target]),
            "quality_score": _u(rng, 0.62, 0.97),
            "complexity_type": cplx,
            "pipeline_version": "v2.2",
            "master_truths_version": "v1.2",
            "generated_at": f"2026-11-{rng.randint(10, 28)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
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
    for k in path.split("."):
        rec = rec[k]
    return rec


def _set(rec: dict[str, Any], path: str, value: Any) -> None:
    *head, last = path.split(".")
    for k in head:
        rec = rec[k]
    rec[last] = value


# --- planted defects: (name, expected, reason or rule, change to our record, paths written as plain numbers) -------

F, R = "flag", "reject"


def _d_formula(rng: random.Random, r: dict[str, Any], state: str = "") -> None:
    """Move the base capacity by 1.5 (labels and need stay right for the effective capacity it no longer sums to)."""
    p = f"{state}." if state else ""
    base = _get(r, p + "base_capacity")
    _set(r, p + "base_capacity", round(base + 1.5 if base <= 8.5 else base - 1.5, 1))


def _d_bucket(rng: random.Random, r: dict[str, Any], ctx: str = "") -> None:
    eff = _get(r, ("npc_emotional_state." if ctx else "") + "effective_capacity")
    far = "high" if eff < 4.5 else "crisis"
    _set(r, (ctx + "." if ctx else "") + "capacity_level", far)


def _ea_x2(rng: random.Random, r: dict[str, Any]) -> None:
    r["authenticity_target"] = "excellent"
    r["authenticity_score"] = _u(rng, *AUTH["excellent"])
    r["support_level_needed"] = round(min(10.0, r["effective_capacity"] + 3.5), 1)
    if r["support_level_needed"] <= r["effective_capacity"] + 2:  # a capacity near 10: lower it instead
        _low_capacity(r, rng)
        r["support_level_needed"] = round(r["effective_capacity"] + 3.5, 1)


def _low_capacity(r: dict[str, Any], rng: random.Random) -> None:
    base, eff, factors = _capacity(rng, "low")
    r.update(base_capacity=base, effective_capacity=eff, capacity_factors=factors, capacity_level="low")


def _ea_given(rng: random.Random, r: dict[str, Any]) -> None:
    if r["effective_capacity"] > 7.5:
        _low_capacity(r, rng)
    r["support_provided"] = round(r["effective_capacity"] + 2.5, 1)


def _ea_off(rng: random.Random, r: dict[str, Any]) -> None:
    t = r["authenticity_target"]
    other = "failed" if t in ("authentic", "excellent") else "excellent"
    r["authenticity_score"] = _u(rng, *AUTH[other])


DEFECTS: dict[str, list[tuple[str, str, str, Any, list[str]]]] = {
    "emotional_authenticity": [
        ("capacity_formula", F, "capacity.effective_formula", lambda g, r: _d_formula(g, r), []),
        ("capacity_bucket", F, "capacity.bucket", lambda g, r: _d_bucket(g, r), []),
        ("x_plus_2_excellent", F, "capacity.x_plus_2", _ea_x2, []),
        ("x_plus_2_given", F, "capacity.x_plus_2", _ea_given, []),
        ("complexity_unknown", F, "complexity.type", lambda g, r: r.update(complexity_type="stoic_deflection"), []),
        ("off_target", R, "off_authenticity_target", _ea_off, []),
        (
            "capacity_12",
            R,
            "capacity_out_of_range",
            lambda g, r: r.update(
                base_capacity=12.0,
                capacity_factors=[{"factor": "adrenaline", "impact": 0.0}],
                effective_capacity=12.0,
                capacity_level="high",
            ),
            ["base_capacity", "effective_capacity"],
        ),
        (
            "authenticity_1_3",
            R,
            "score_out_of_range",
            lambda g, r: r.update(authenticity_score=1.3),
            ["authenticity_score"],
        ),
        ("missing_answer", R, "missing_required_field", lambda g, r: r.pop("character_response"), []),
    ],
    "dramatic_irony": [
        ("knowledge_gap_low", F, "irony.knowledge_gap", lambda g, r: r.update(knowledge_gap_score=0.35), []),
        (
            "impact_off",
            F,
            "irony.relationship_impact",
            lambda g, r: r["response_options"][2].update(relationship_impact=1.6),
            [],
        ),
        (
            "option_type_unknown",
            F,
            "irony.option_type",
            lambda g, r: r["response_options"][1].update(type="sarcastic"),
            [],
        ),
        (
            "option_capacity",
            F,
            "irony.option_capacity",
            lambda g, r: r.update(character_capacity=2.0, recommended_option="growth"),
            [],
        ),
        ("low_quality", R, "below_quality_threshold", lambda g, r: r.update(dramatic_irony_score=0.31), []),
        (
            "capacity_11_5",
            R,
            "capacity_out_of_range",
            lambda g, r: r.update(character_capacity=11.5, recommended_option="growth"),
            ["character_capacity"],
        ),
        (
            "irony_score_1_4",
            R,
            "score_out_of_range",
            lambda g, r: r.update(dramatic_irony_score=1.4),
            ["dramatic_irony_score"],
        ),
    ],
    "tension_building": [
        (
            "window_outside",
            F,
            "tension.payoff_window",
            lambda g, r: r.update(hook_type="stakes_escalation", payoff_window_weeks={"min": 6, "max": 9}),
            [],
        ),
        ("hook_unknown", F, "tension.hook_type", lambda g, r: r.update(hook_type="red_herring"), []),
        ("low_quality", R, "below_quality_threshold", lambda g, r: r.update(tension_score=0.38), []),
        ("level_7", R, "value_out_of_range", lambda g, r: r.update(relationship_level=7), ["relationship_level"]),
        ("tension_1_2", R, "score_out_of_range", lambda g, r: r.update(tension_score=1.2), ["tension_score"]),
    ],
    "memory_resonance": [
        (
            "weight_off",
            F,
            "memory.resonance_weight",
            lambda g, r: r.update(resonance_weight=round(WEIGHTS[r["resonance_type"]] - 0.25, 2)),
            [],
        ),
        ("type_unknown", F, "memory.resonance_type", lambda g, r: r.update(resonance_type="deja_vu"), []),
        ("low_quality", R, "below_quality_threshold", lambda g, r: r.update(resonance_score=0.45), []),
        (
            "weeks_negative",
            R,
            "value_out_of_range",
            lambda g, r: r["memory"].update(weeks_ago=-4),
            ["memory.weeks_ago"],
        ),
        ("resonance_1_5", R, "score_out_of_range", lambda g, r: r.update(resonance_score=1.5), ["resonance_score"]),
    ],
    "personality_traits": [
        ("trait_1_3", R, "score_out_of_range", lambda g, r: r["ocean"].update(neuroticism=1.3), ["ocean.neuroticism"]),
        ("low_quality", R, "below_quality_threshold", lambda g, r: r.update(quality_score=0.41), []),
        ("quality_1_2", R, "score_out_of_range", lambda g, r: r.update(quality_score=1.2), ["quality_score"]),
        ("missing_answer", R, "missing_required_field", lambda g, r: r.pop("dialogue"), []),
    ],
    "relationship_scoring": [
        ("trust_1_6", R, "value_out_of_range", lambda g, r: r.update(trust_change=1.6), ["trust_change"]),
        ("score_1_3", R, "score_out_of_range", lambda g, r: r.update(relationship_score=1.3), ["relationship_score"]),
        ("low_quality", R, "below_quality_threshold", lambda g, r: r.update(quality_score=0.44), []),
        ("trust_nan", R, "not_a_number", lambda g, r: r.update(trust_change=math.nan), ["trust_change"]),
    ],
    "multi_step": [
        ("capacity_formula", F, "capacity.effective_formula", lambda g, r: _d_formula(g, r, "npc_emotional_state"), []),
        ("capacity_bucket", F, "capacity.bucket", lambda g, r: _d_bucket(g, r, "interaction_context"), []),
        (
            "complexity_unknown",
            F,
            "complexity.type",
            lambda g, r: (
                r["interaction_context"].update(complexity_type="stonewalling"),
                r["training_metadata"].update(complexity_type="stonewalling"),
            ),
            [],
        ),
        (
            "authenticity_bucket",
            F,
            "authenticity.bucket",
            lambda g, r: r["training_metadata"].update(
                authenticity_score=_u(
                    g,
                    *AUTH[
                        "failed"
                        if r["interaction_context"]["authenticity_target"] in ("authentic", "excellent")
                        else "excellent"
                    ],
                )
            ),
            [],
        ),
        (
            "low_quality",
            R,
            "below_quality_threshold",
            lambda g, r: r["training_metadata"].update(quality_score=0.35),
            [],
        ),
        (
            "quality_1_3",
            R,
            "score_out_of_range",
            lambda g, r: r["training_metadata"].update(quality_score=1.3),
            ["training_metadata.quality_score"],
        ),
        (
            "capacity_after_12_5",
            R,
            "capacity_out_of_range",
            lambda g, r: r["game_outcomes"].update(capacity_after=12.5),
            ["game_outcomes.capacity_after"],
        ),
        ("age_190", R, "value_out_of_range", lambda g, r: r["npc_profile"].update(age=190), ["npc_profile.age"]),
    ],
}


# --- dialects: (our path, their path, value form[, item map {our key: (their key, form)}]) ------------------------
# forms: num (as is), str ("6.5"), comma ("6,5"), pct ("82%"), pctw ("82 percent"), of10 ("8.2 out of 10"),
# slash10 ("6.5/10"), level5 ("4/5"), signed ("+0.30"), minus ("−0.30" for a negative), weeks ("12 weeks ago"),
# years ("34 years old"), wintext ("2-4 weeks"), winlist ([2, 4]), title ("Past Trauma Trigger"), kebab
# ("mystery-hook"), items (a list of objects, item keys renamed), table ({factor: impact}).
# "a|b": one of the two forms, picked per record.

FACT_RU = {"factor": ("prichina", "num"), "impact": ("sdvig", "str")}
FACT_CA = {"factor": ("motiu", "num"), "impact": ("efecte_punts", "comma")}
FACT_TL = {"factor": ("dahilan", "num"), "impact": ("epekto", "str")}
FACT_DA = {"factor": ("aarsag", "num"), "impact": ("virkning", "comma")}
OPT_EL = {
    "type": ("eidos", "title"),
    "dialogue": ("logia", "num"),
    "relationship_impact": ("epidrasi_sxesis", "signed"),
}
OPT_ZH = {
    "type": ("leixing", "kebab"),
    "dialogue": ("taici", "num"),
    "relationship_impact": ("guanxi_yingxiang", "str"),
}
OPT_TL = {
    "type": ("uri", "title"),
    "dialogue": ("sasabihin", "num"),
    "relationship_impact": ("epektoSaRelasyon", "minus"),
}


def _ocean(prefix: str, words: list[str], form: str, ours: str = "ocean") -> list[tuple]:
    return [(f"{ours}.{t}", f"{prefix}{w}", form) for t, w in zip(OCEAN, words, strict=True)]


def _pairs(lst: str, key: str, val: str, words: list[str], form: str, ours: str) -> list[tuple]:
    return [(f"{ours}.{t}", f"{lst}[{key}={w}].{val}", form) for t, w in zip(OCEAN, words, strict=True)]


ZH_OCEAN = ["kaifangxing", "jinzexing", "waixiangxing", "yirenxing", "shenjingzhi"]
RU_OCEAN = ["otkrytost", "dobrosovestnost", "ekstraversiya", "druzhelyubie", "nevrotizm"]
DA_OCEAN = ["aabenhed", "samvittighedsfuldhed", "udadvendthed", "venlighed", "neuroticisme"]
TL_OCEAN = ["pagkaBukas", "pagkaMasinop", "pagkaPalakaibigan", "pagkaMabait", "pagkaBalisa"]

DIALECTS: dict[str, dict[str, Any]] = {
    # --- emotional_authenticity
    "ru_resurs": {
        "lang": "ru",
        "envelope": "ru_wrap",
        "stem": "emo_podlinnost",
        "label": "emotional",
        "map": [
            ("character_name", "personazh.imya", "num"),
            ("context", "personazh.obstoyatelstva", "num"),
            ("base_capacity", "resurs.bazovyi", "slash10"),
            ("capacity_factors", "resurs.vliyaniya", "items", FACT_RU),
            ("effective_capacity", "resurs.tekushchii", "comma"),
            ("situation", "zapros.opisanie", "num"),
            ("support_level_needed", "zapros.nuzhno_podderzhki", "num"),
            ("character_response", "vyvod.otvet.tekst", "num"),
            ("demonstrates_constraint", "vyvod.ogranichenie_pokazano", "num"),
            ("internal_thought", "vyvod.mysli_pro_sebya", "num"),
            ("support_provided", "vyvod.okazano_podderzhki", "num"),
            ("authenticity_score", "otsenka.podlinnost", "pct|str"),
            ("complexity_type", "metki.slozhnost_vid", "num"),
            ("authenticity_target", "metki.tsel_podlinnosti", "num"),
            ("capacity_level", "metki.uroven_resursa", "num"),
        ],
    },
    "hi_kshamta": {
        "lang": "hi",
        "envelope": "jsonl",
        "stem": "bhavna_sachchai",
        "extras_in": "janch",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "shuruat.kirdar_naam", "num"),
            ("context", "shuruat.halaat", "num"),
            ("base_capacity", "shuruat.mool_kshamta", "str"),
            ("capacity_factors", "shuruat.karan_asar", "table"),
            ("effective_capacity", "shuruat.asli_kshamta", "str"),
            ("situation", "mukhya.maang", "num"),
            ("support_level_needed", "mukhya.zaroori_sahara", "slash10"),
            ("character_response", "mukhya.kirdar_ka_jawab", "num"),
            ("demonstrates_constraint", "mukhya.seema_dikhayi", "num"),
            ("internal_thought", "mukhya.mann_ki_baat", "num"),
            ("support_provided", "mukhya.diya_gaya_sahara", "str"),
            ("authenticity_score", "janch.sachchai_ank", "of10"),
            ("complexity_type", "janch.jatilta_prakar", "num"),
            ("authenticity_target", "janch.sachchai_lakshya", "num"),
            ("capacity_level", "janch.kshamta_star", "num"),
        ],
    },
    "ca_capacitat": {
        "lang": "ca",
        "envelope": "md",
        "stem": "autenticitat_resposta",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "nom_personatge", "num"),
            ("context", "circumstancies", "num"),
            ("base_capacity", "capacitat_inicial", "num"),
            ("capacity_factors", "influencies", "items", FACT_CA),
            ("effective_capacity", "capacitat_actual", "slash10"),
            ("situation", "peticio", "num"),
            ("support_level_needed", "suport_necessari", "comma"),
            ("character_response", "resposta_personatge", "num"),
            ("demonstrates_constraint", "limit_demostrat", "num"),
            ("internal_thought", "pensament_intern", "num"),
            ("support_provided", "suport_donat", "comma"),
            ("authenticity_score", "puntuacio_autenticitat", "pctw"),
            ("complexity_type", "tipus_complexitat", "num"),
            ("authenticity_target", "objectiu_autenticitat", "num"),
            ("capacity_level", "nivell_capacitat", "num"),
        ],
    },
    # --- dramatic_irony
    "el_eironeia": {
        "lang": "el",
        "envelope": "header",
        "stem": "dramatiki_eironeia",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "prosopo.onoma", "num"),
            ("character_capacity", "prosopo.ikanotita", "slash10"),
            ("scenario", "skini", "num"),
            ("player_knows", "gnosi.paiktis", "num"),
            ("character_knows", "gnosi.prosopo", "num"),
            ("knowledge_gap_score", "gnosi.chasma", "str"),
            ("response_options", "epiloges", "items", OPT_EL),
            ("dramatic_irony_score", "vathmos_eironeias", "pct"),
            ("recommended_option", "protimomeni_epilogi", "num"),
        ],
    },
    "zh_fanfeng": {
        "lang": "zh",
        "envelope": "api",
        "stem": "xiju_fanfeng",
        "label": "irony",
        "map": [
            ("character_name", "renwu.mingzi", "num"),
            ("character_capacity", "renwu.nengli", "num"),
            ("scenario", "changjing", "num"),
            ("player_knows", "xinxi.wanjia_zhidao", "num"),
            ("character_knows", "xinxi.juese_zhidao", "num"),
            ("knowledge_gap_score", "xinxi.xinxi_chaju", "comma|num"),
            ("response_options", "huida_xuanxiang", "items", OPT_ZH),
            ("dramatic_irony_score", "pingfen.fanfeng_fen", "of10"),
            ("recommended_option", "pingfen.tuijian", "num"),
        ],
    },
    "tl_ironya": {
        "lang": "tl",
        "envelope": "lines",
        "stem": "ironya_batch",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "pangalanNgTauhan", "num"),
            ("scenario", "tagpo", "num"),
            ("player_knows", "alamNgManlalaro", "num"),
            ("character_knows", "alamNgTauhan", "num"),
            ("knowledge_gap_score", "agwatNgKaalaman", "pct"),
            ("character_capacity", "kakayahanNgTauhan", "comma"),
            ("response_options", "mgaPagpipilian", "items", OPT_TL),
            ("dramatic_irony_score", "markaNgIronya", "str"),
            ("recommended_option", "inirerekomenda", "num"),
        ],
    },
    # --- tension_building
    "da_spaending": {
        "lang": "da",
        "envelope": "keyed",
        "stem": "spaendingsopbygning",
        "label": "tension_building",
        "map": [
            ("character_name", "figur_navn", "num"),
            ("context", "omstaendigheder", "num"),
            ("hook_type", "krog_art", "title"),
            ("dialogue", "replik", "num"),
            ("setup", "skjult_forhistorie", "num"),
            ("payoff_window_weeks", "udbetaling_uger", "wintext"),
            ("relationship_level", "relationsniveau", "level5"),
            ("tension_score", "spaendingsvaerdi", "str"),
            ("hook_effectiveness", "krogens_virkning", "num"),
        ],
    },
    "ru_kryuchok": {
        "lang": "ru",
        "envelope": "ru_wrap",
        "stem": "napryazhenie",
        "label": "tension",
        "map": [
            ("character_name", "geroi.imya", "num"),
            ("relationship_level", "geroi.uroven_otnoshenii", "num"),
            ("context", "obstanovka", "num"),
            ("hook_type", "kryuchok.vid", "kebab"),
            ("setup", "kryuchok.predystoriya", "num"),
            ("payoff_window_weeks.min", "kryuchok.okno_vyplaty.ot", "num"),
            ("payoff_window_weeks.max", "kryuchok.okno_vyplaty.do_", "num"),
            ("dialogue", "replika_geroya", "num"),
            ("tension_score", "otsenka.napryazhennost", "pct"),
            ("hook_effectiveness", "otsenka.deistvennost", "num"),
        ],
    },
    "hi_tanav": {
        "lang": "hi",
        "envelope": "lines",
        "stem": "tanav_nirman",
        "label": "tension_building",
        "map": [
            ("character_name", "kirdar", "num"),
            ("context", "mahaul", "num"),
            ("hook_type", "kaanta_prakar", "num"),
            ("dialogue", "samvaad", "num"),
            ("setup", "chhupi_baat", "num"),
            ("payoff_window_weeks.min", "natija_hafte_se", "str"),
            ("payoff_window_weeks.max", "natija_hafte_tak", "str"),
            ("relationship_level", "rishta_darja", "str"),
            ("tension_score", "tanav_ank", "comma"),
            ("hook_effectiveness", "kaanta_asar", "num"),
        ],
    },
    # --- memory_resonance
    "tl_alaala": {
        "lang": "tl",
        "envelope": "jsonl",
        "stem": "alingawngaw_alaala",
        "label": "memory_resonance",
        "map": [
            ("character_name", "tauhan.pangalan", "num"),
            ("current_situation", "kasalukuyangKalagayan", "num"),
            ("memory.description", "alaala.paglalarawan", "num"),
            ("memory.emotion", "alaala.damdamin", "num"),
            ("memory.weeks_ago", "alaala.ilangLinggoNakaraan", "weeks|num"),
            ("resonance_type", "uriNgAlingawngaw", "title"),
            ("resonance_weight", "bigatNgAlingawngaw", "num"),
            ("character_response", "sagotNgTauhan", "num"),
            ("resonance_score", "markaNgAlingawngaw", "pct"),
        ],
    },
    "ca_record": {
        "lang": "ca",
        "envelope": "md",
        "stem": "ressonancia_record",
        "label": "memory",
        "map": [
            ("character_name", "personatge", "num"),
            ("current_situation", "situacio_present", "num"),
            ("memory.description", "record_descripcio", "num"),
            ("memory.emotion", "record_emocio", "num"),
            ("memory.weeks_ago", "record_setmanes", "num"),
            ("resonance_type", "tipus_ressonancia", "kebab"),
            ("resonance_weight", "pes_ressonancia", "str"),
            ("character_response", "resposta", "num"),
            ("resonance_score", "puntuacio_ressonancia", "comma"),
        ],
    },
    "el_anamnisi": {
        "lang": "el",
        "envelope": "header",
        "stem": "antichisi_mnimis",
        "label": "memory_resonance",
        "map": [
            ("character_name", "iroas", "num"),
            ("current_situation", "tora", "num"),
            ("memory.description", "anamnisi.perigrafi", "num"),
            ("memory.emotion", "anamnisi.synaisthima", "num"),
            ("memory.weeks_ago", "anamnisi.evdomades_prin", "weeks"),
            ("resonance_type", "eidos_antichisis", "num"),
            ("resonance_weight", "varos_antichisis", "num"),
            ("character_response", "apantisi.keimeno", "num"),
            ("resonance_score", "vathmologia.antichisi", "of10"),
        ],
    },
    # --- personality_traits
    "zh_xingge": {
        "lang": "zh",
        "envelope": "api",
        "stem": "xingge_tezhi",
        "label": "ocean",
        "map": [
            ("character_name", "renwu_mingzi", "num"),
            ("scenario", "qingjing", "num"),
            ("dialogue", "shuohua.neirong", "num"),
            *_pairs("xingge", "tezhi", "fenshu", ZH_OCEAN, "str", "ocean"),
            ("trait_expression", "xingge_biaoxian", "num"),
            ("quality_score", "zhiliang_fen", "pct"),
        ],
    },
    "da_personlighed": {
        "lang": "da",
        "envelope": "keyed",
        "stem": "personlighedstraek",
        "label": "personality_traits",
        "map": [
            ("character_name", "karakter.navn", "num"),
            ("scenario", "scenebeskrivelse", "num"),
            ("dialogue", "replik", "num"),
            *_ocean("femfaktor.", DA_OCEAN, "comma"),
            ("trait_expression", "traekkenes_udtryk", "num"),
            ("quality_score", "kvalitetsvurdering", "num"),
        ],
    },
    "ru_cherty": {
        "lang": "ru",
        "envelope": "ru_wrap",
        "stem": "cherty_lichnosti",
        "label": "personality",
        "map": [
            ("character_name", "imya_geroya", "num"),
            ("scenario", "syuzhet", "num"),
            ("dialogue", "rech.fraza", "num"),
            *_ocean("cherty_", RU_OCEAN, "pct"),
            ("trait_expression", "proyavlenie_chert", "num"),
            ("quality_score", "kachestvo_ball", "str"),
        ],
    },
    # --- relationship_scoring
    "hi_rishta": {
        "lang": "hi",
        "envelope": "jsonl",
        "stem": "rishta_ankan",
        "label": "relationship",
        "map": [
            ("character_name", "kirdar_naam", "num"),
            ("interaction_type", "baatcheet_prakar", "num"),
            ("player_action", "khiladi_ka_kadam", "num"),
            ("character_response", "kirdar_ka_jawab", "num"),
            ("relationship_score", "rishta_ank", "pct"),
            ("trust_change", "bharosa_badlav", "signed"),
            ("rationale", "karan_vyakhya", "num"),
            ("quality_score", "gunvatta", "str"),
            ("relationship_level", "rishta_darja", "level5"),
        ],
    },
    "el_schesi": {
        "lang": "el",
        "envelope": "header",
        "stem": "vathmologisi_schesis",
        "extras_in": "axiologisi",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "eisodos.onoma_prosopou", "num"),
            ("interaction_type", "eisodos.eidos_synantisis", "num"),
            ("player_action", "eisodos.praxi_pekti", "num"),
            ("relationship_level", "eisodos.vathmida", "num"),
            ("character_response", "exodos.antidrasi", "num"),
            ("rationale", "exodos.aitiologisi", "num"),
            ("relationship_score", "axiologisi.schesi", "of10"),
            ("trust_change", "axiologisi.metavoli_empistosynis", "minus|num"),
            ("quality_score", "axiologisi.poiotita", "pctw"),
        ],
    },
    "ca_relacio": {
        "lang": "ca",
        "envelope": "md",
        "stem": "puntuacio_relacio",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "nom", "num"),
            ("interaction_type", "tipus_interaccio", "num"),
            ("player_action", "accio_jugador", "num"),
            ("character_response", "resposta_personatge", "num"),
            ("relationship_score", "puntuacio_relacio", "comma"),
            ("trust_change", "canvi_confianca", "str"),
            ("rationale", "justificacio", "num"),
            ("quality_score", "qualitat", "of10"),
            ("relationship_level", "nivell_relacio", "num"),
        ],
    },
    # --- multi_step
    "tl_hakbang": {
        "lang": "tl",
        "envelope": "jsonl",
        "stem": "maramihang_hakbang",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "tauhan.pangalan", "num"),
            ("npc_profile.age", "tauhan.edad", "years"),
            ("npc_profile.occupation", "tauhan.hanapbuhay", "num"),
            ("npc_profile.background", "tauhan.pinagmulan", "num"),
            ("npc_emotional_state.base_capacity", "damdamin.batayangKakayahan", "slash10|num"),
            ("npc_emotional_state.capacity_factors", "damdamin.mgaSalik", "items", FACT_TL),
            ("npc_emotional_state.effective_capacity", "damdamin.aktwalNaKakayahan", "num"),
            ("npc_emotional_state.current_emotion", "damdamin.nararamdaman", "num"),
            *_ocean("ugali.", TL_OCEAN, "num", "npc_ocean_personality"),
            ("interaction_context.situation", "pangyayari.kalagayan", "num"),
            ("interaction_context.player_request", "pangyayari.hilingNgManlalaro", "num"),
            ("interaction_context.support_needed", "pangyayari.kailangangTulong", "str"),
            ("interaction_context.complexity_type", "pangyayari.uriNgKomplikasyon", "num"),
            ("interaction_context.authenticity_target", "pangyayari.targetNaKatapatan", "num"),
            ("interaction_context.capacity_level", "pangyayari.antasNgKakayahan", "num"),
            ("tension_memory.hook_type", "tensiyon.uriNgKawit", "title"),
            ("tension_memory.memory_reference", "tensiyon.alaalangBinanggit", "num"),
            ("npc_card_narrative.dialogue_prose", "salaysay.tuluyan", "num"),
            ("game_outcomes.trust_change", "resulta.pagbabagoNgTiwala", "signed"),
            ("game_outcomes.relationship_change", "resulta.pagbabagoNgUgnayan", "num"),
            ("game_outcomes.capacity_after", "resulta.kakayahanPagkatapos", "num"),
            ("training_metadata.authenticity_score", "pagsusuri.katapatan", "pct"),
            ("training_metadata.quality_score", "pagsusuri.kalidad", "str"),
            ("training_metadata.complexity_type", "pagsusuri.komplikasyon", "num"),
            ("training_metadata.pipeline_version", "pagsusuri.bersyonNgDaloy", "num"),
            ("training_metadata.master_truths_version", "pagsusuri.bersyonNgKatotohanan", "num"),
            ("training_metadata.generated_at", "pagsusuri.nilikhaNoong", "num"),
        ],
    },
    "zh_lunci": {
        "lang": "zh",
        "envelope": "api",
        "stem": "duobu_hudong",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "renwu.mingzi", "num"),
            ("npc_profile.age", "renwu.nianling", "num"),
            ("npc_profile.occupation", "renwu.zhiye", "num"),
            ("npc_profile.background", "renwu.beijing", "num"),
            ("npc_emotional_state.base_capacity", "qingxu.jichu_nengli", "num"),
            ("npc_emotional_state.capacity_factors", "qingxu.yingxiang_yinsu", "table"),
            ("npc_emotional_state.effective_capacity", "qingxu.dangqian_nengli", "comma"),
            ("npc_emotional_state.current_emotion", "qingxu.dangxia_qinggan", "num"),
            *_ocean("xingge.", ZH_OCEAN, "num", "npc_ocean_personality"),
            ("interaction_context.situation", "changjing.miaoshu", "num"),
            ("interaction_context.player_request", "lunci[shuohua=wanjia].neirong", "num"),
            ("npc_card_narrative.dialogue_prose", "lunci[shuohua=npc].neirong", "num"),
            ("interaction_context.support_needed", "changjing.xuyao_zhichi", "num"),
            ("interaction_context.complexity_type", "changjing.fuzaxing", "num"),
            ("interaction_context.authenticity_target", "changjing.zhenshi_mubiao", "num"),
            ("interaction_context.capacity_level", "changjing.nengli_dengji", "num"),
            ("tension_memory.hook_type", "xuannian.gouzi_leixing", "kebab"),
            ("tension_memory.memory_reference", "xuannian.huiyi_yinyong", "num"),
            ("game_outcomes.trust_change", "jieguo.xinren_bianhua", "num"),
            ("game_outcomes.relationship_change", "jieguo.guanxi_bianhua", "num"),
            ("game_outcomes.capacity_after", "jieguo.shihou_nengli", "num"),
            ("training_metadata.authenticity_score", "yuan_shuju.zhenshi_fen", "of10"),
            ("training_metadata.quality_score", "yuan_shuju.zhiliang_fen", "num"),
            ("training_metadata.complexity_type", "yuan_shuju.fuzaxing_biaoqian", "num"),
            ("training_metadata.pipeline_version", "yuan_shuju.liushuixian_banben", "num"),
            ("training_metadata.master_truths_version", "yuan_shuju.zhenli_banben", "num"),
            ("training_metadata.generated_at", "yuan_shuju.shengcheng_shijian", "num"),
        ],
    },
    "da_flertrin": {
        "lang": "da",
        "envelope": "bare",
        "stem": "multi_step_batch",
        "label": None,
        "map": [
            ("npc_profile.name", "npc_profil.navn", "num"),
            ("npc_profile.age", "npc_profil.alder", "years"),
            ("npc_profile.occupation", "npc_profil.erhverv", "num"),
            ("npc_profile.background", "npc_profil.baggrund", "num"),
            ("npc_emotional_state.base_capacity", "sindstilstand.grundkapacitet", "num"),
            ("npc_emotional_state.capacity_factors", "sindstilstand.paavirkninger", "items", FACT_DA),
            ("npc_emotional_state.effective_capacity", "sindstilstand.aktuel_kapacitet", "slash10"),
            ("npc_emotional_state.current_emotion", "sindstilstand.foelelse", "num"),
            *_ocean("femfaktor.", DA_OCEAN, "num", "npc_ocean_personality"),
            ("interaction_context.situation", "samspil.omstaendighed", "num"),
            ("interaction_context.player_request", "samspil.spillerens_anmodning", "num"),
            ("interaction_context.support_needed", "samspil.stoettebehov", "comma"),
            ("interaction_context.complexity_type", "samspil.kompleksitetsart", "num"),
            ("interaction_context.authenticity_target", "samspil.aegthedsmaal", "num"),
            ("interaction_context.capacity_level", "samspil.kapacitetsniveau", "num"),
            ("tension_memory.hook_type", "spaending.krog", "num"),
            ("tension_memory.memory_reference", "spaending.erindring", "num"),
            ("npc_card_narrative.dialogue_prose", "fortaelling.replikker", "num"),
            ("game_outcomes.trust_change", "udfald.tillidsaendring", "signed"),
            ("game_outcomes.relationship_change", "udfald.relationsaendring", "num"),
            ("game_outcomes.capacity_after", "udfald.kapacitet_efter", "num"),
            ("training_metadata.authenticity_score", "traeningsdata.aegthed", "pct"),
            ("training_metadata.quality_score", "traeningsdata.kvalitetstal", "str"),
            ("training_metadata.complexity_type", "traeningsdata.kompleksitetsmaerke", "num"),
            ("training_metadata.pipeline_version", "traeningsdata.pipeline_udgave", "num"),
            ("training_metadata.master_truths_version", "traeningsdata.sandheder_udgave", "num"),
            ("training_metadata.generated_at", "traeningsdata.dannet", "num"),
        ],
    },
}

BY_TYPE = {
    "emotional_authenticity": ["ru_resurs", "hi_kshamta", "ca_capacitat"],
    "dramatic_irony": ["el_eironeia", "zh_fanfeng", "tl_ironya"],
    "tension_building": ["da_spaending", "ru_kryuchok", "hi_tanav"],
    "memory_resonance": ["tl_alaala", "ca_record", "el_anamnisi"],
    "personality_traits": ["zh_xingge", "da_personlighed", "ru_cherty"],
    "relationship_scoring": ["hi_rishta", "el_schesi", "ca_relacio"],
    "multi_step": ["tl_hakbang", "zh_lunci", "da_flertrin"],
}

#: per language: the pipeline's own extra keys on every record (never a name or alias of ours; no map line moves them)
EXTRAS = {
    "ru": ["id_zapuska", "model_generatsii", "zaderzhka_ms"],
    "hi": ["chalan_id", "model_ka_naam", "deri_ms"],
    "ca": ["id_execucio", "model_generador", "latencia_ms"],
    "el": ["kodikos_ektelesis", "montelo", "kathysterisi_ms"],
    "zh": ["yunxing_id", "moxing", "yanchi_ms"],
    "tl": ["idNgTakbo", "modeloNgAI", "tagalNgSagotMs"],
    "da": ["koersels_id", "sprogmodel", "svartid_ms"],
}
MODELS = ["qwen3-32b-instruct", "qwen3-14b", "llama-3.3-70b", "mistral-small-3"]
#: the data type label key each envelope puts on every record (None: the header or the file says it)
LABEL_KEY = {
    "ru_wrap": "record_type",
    "jsonl": "task_type",
    "lines": "kind",
    "md": "sample_type",
    "header": None,
    "api": "@type",
    "keyed": None,
    "bare": None,
}
EXT = {
    "ru_wrap": "json",
    "jsonl": "jsonl",
    "lines": "json",
    "md": "md",
    "header": "json",
    "api": "json",
    "keyed": "json",
    "bare": "json",
}


# --- rendering ----------------------------------------------------------------------------------------------------


def _g(x: float) -> str:
    return f"{x:g}" if isinstance(x, float) else str(x)


def _form(v: Any, form: str) -> Any:  # noqa: C901 (one branch per value form)
    """A value in one of the lossless written forms the docs list (numbers only; text passes through)."""
    if isinstance(v, str) and form in ("title", "kebab"):
        return v.replace("_", " ").title() if form == "title" else v.replace("_", "-")
    if isinstance(v, dict) and form == "wintext":
        return f"{v['min']}-{v['max']} weeks"
    if isinstance(v, dict) and form == "winlist":
        return [v["min"], v["max"]]
    if not isinstance(v, (int, float)) or isinstance(v, bool) or form == "num":
        return v
    if form == "str":
        return _g(v)
    if form == "comma":
        return _g(v).replace(".", ",")
    if form == "pct":
        return f"{round(v * 100)}%"
    if form == "pctw":
        return f"{round(v * 100)} percent"
    if form == "of10":
        return f"{_g(round(v * 10, 2))} out of 10"
    if form == "slash10":
        return f"{_g(v)}/10"
    if form == "level5":
        return f"{v}/5"
    if form == "signed":
        return f"{v:+.2f}"
    if form == "minus":
        return f"\u2212{_g(-v)}" if v < 0 else v
    if form == "weeks":
        return f"{_g(v)} weeks ago"
    if form == "years":
        return f"{v} years old"
    raise ValueError(form)


def _put(out: dict[str, Any], path: str, value: Any) -> None:
    """Set a value at a path of dotted keys, a `list[key=label]` step making or finding that list's element."""
    steps = path.split(".")
    node = out
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        m = re.fullmatch(r"(.+?)\[(.+?)=(.+?)\]", step)
        if m:
            lst = node.setdefault(m[1], [])
            el = next((x for x in lst if x.get(m[2]) == m[3]), None)
            if el is None:
                el = {m[2]: m[3]}
                lst.append(el)
            node = el
        elif last:
            node[step] = value
        else:
            node = node.setdefault(step, {})


def _has(rec: dict[str, Any], path: str) -> bool:
    node: Any = rec
    for k in path.split("."):
        if not isinstance(node, dict) or k not in node:
            return False
        node = node[k]
    return True


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any], raw: list[str], rng: random.Random) -> dict[str, Any]:
    """Our record written in a dialect; the paths in `raw` (planted out-of-range values) as plain numbers; a form
    "a|b" is picked per record (a model is not consistent from one record to the next)."""
    out: dict[str, Any] = {}
    for ours, theirs, form, *sub in dialect["map"]:
        if not _has(rec, ours):
            continue
        v = _get(rec, ours)
        if form == "items":
            v = [{sub[0][k][0]: _form(x[k], sub[0][k][1]) for k in sub[0] if k in x} for x in v]
        elif form == "table":
            v = {x["factor"]: x["impact"] for x in v}
        elif ours not in raw:
            v = _form(v, rng.choice(form.split("|")))
        _put(out, theirs, v)
    return out


def truth_map(dialect: dict[str, Any]) -> dict[str, str]:
    """Their path -> our path for every field written under another path (map syntax: `[]`, `[key=label]`)."""
    out = {}
    for ours, theirs, form, *sub in dialect["map"]:
        if theirs != ours:
            out[theirs] = ours
        if form == "items":
            for k, (tk, _f) in sub[0].items():
                out[f"{theirs}[].{tk}"] = f"{ours}[].{k}"
    return out


def _extras(rng: random.Random, lang: str) -> dict[str, Any]:
    run, model, ms = EXTRAS[lang]
    return {run: f"{rng.getrandbits(40):010x}", model: rng.choice(MODELS), ms: rng.randint(400, 9000)}


def _with_extras(rng: random.Random, dialect: dict[str, Any], rec: dict[str, Any]) -> dict[str, Any]:
    """The pipeline's extras first in the record, or last in the dialect's own meta group (`extras_in`)."""
    extras = _extras(rng, dialect["lang"])
    if "extras_in" in dialect:
        rec[dialect["extras_in"]].update(extras)
        return rec
    return {**extras, **rec}


def _labelled(dialect: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    key = LABEL_KEY[dialect["envelope"]]
    return {key: dialect["label"], **row} if key else row


def _render(dtype: str, dialect: dict[str, Any], rows: list[dict[str, Any]], seed: int, n: int) -> str:
    """The text of one file in the dialect's envelope."""
    env, label = dialect["envelope"], dialect["label"]
    rows = [_labelled(dialect, r) for r in rows]
    stamp = f"2026-11-{10 + seed % 18:02d}T0{n % 10}:15:00Z"
    if env in ("jsonl", "lines"):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if env == "md":
        body = json.dumps(rows, ensure_ascii=False, indent=2)
        return (
            f"Aquí teniu el lot {n} ({len(rows)} mostres), en format JSON tal com es demanava.\n\n"
            f"```json\n{body}\n```\n\nSi voleu més exemples, digueu-m'ho.\n"
        )
    if env == "ru_wrap":
        doc: Any = {"paket": {"nomer": n, "sozdan": stamp, "zapisi": rows}, "istochnik": "konveier-v3"}
    elif env == "header":
        doc = {
            "data_type": label,
            "master_truths_version": "v1.2",
            "batch_number": n,
            "timestamp": stamp,
            "sample_count": len(rows),
            "samples": rows,
        }
    elif env == "api":
        doc = {
            "code": 0,
            "msg": "ok",
            "request_id": f"req-{seed:03d}-{n:02d}",
            "data": {"total": len(rows), "list": rows},
        }
    elif env == "keyed":
        doc = {label: rows}
    else:  # bare: the multi-step pipeline's own array, named by its file
        doc = rows
    return json.dumps(doc, ensure_ascii=False, indent=1)


def _mojibake(text: str) -> str | None:
    """UTF-8 read as cp1252, when that round-trips (ftfy's fix_encoding restores it exactly)."""
    if text.isascii():
        return None
    try:
        bad = text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None
    return bad if bad.encode("cp1252").decode("utf-8") == text else None


def _answer_text(rec: dict[str, Any], dtype: str) -> str:
    a = _get(rec, ANSWER[dtype])
    return a[0]["dialogue"] if isinstance(a, list) else a


def _fresh(rng: random.Random, seen: set[str], dtype: str) -> dict[str, Any]:
    """A valid record of our own, unlike every earlier one (so no accidental duplicate)."""
    while True:
        rec = MAKERS[dtype](rng)
        key = json.dumps(rec, sort_keys=True)
        if key not in seen:
            seen.add(key)
            return rec


def _plan(rng: random.Random, seen: set[str], dtype: str) -> list[dict[str, Any]]:
    """Rows {ours, raw, expected, reason|rule, defect, note} for one type: valid records and planted defects."""
    rows = [
        {"ours": _fresh(rng, seen, dtype), "raw": [], "expected": "keep", "defect": None, "note": None}
        for _ in range(rng.randint(14, 20))
    ]
    for name, expected, why, change, raw in DEFECTS[dtype]:
        if rng.random() >= 0.7:
            continue
        rec = _fresh(rng, seen, dtype)
        change(rng, rec)
        row = {"ours": rec, "raw": raw, "expected": expected, "defect": name, "note": None}
        row["reason" if expected == "reject" else "rule"] = why
        rows.append(row)
    return rows


CUTTABLE = {"ru_wrap", "jsonl", "lines", "header", "api", "keyed", "bare"}


def write_fresh7_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    rng = random.Random(f"fresh7/{seed}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    subdirs = ["", f"zapusk_{seed:02d}", "vypusk/2026-11-29", "out"]
    manifest: dict[str, Any] = {"family": "fresh7", "seed": seed, "records": [], "plans": {}, "files": []}
    seen: set[str] = set()
    dialects = {t: BY_TYPE[t][(seed + ti) % 3] for ti, t in enumerate(TYPES)}
    cuttable = [t for t in TYPES if DIALECTS[dialects[t]]["envelope"] in CUTTABLE]
    cut_type = rng.choice(cuttable) if cuttable else None
    mojibake_left = rng.randint(1, 3)
    file_no, bom_done = 0, False
    for dtype in TYPES:
        dname = dialects[dtype]
        dialect = DIALECTS[dname]
        planned = _plan(rng, seen, dtype)
        rng.shuffle(planned)
        n_files = 2 if len(planned) > 20 and rng.random() < 0.5 else 1
        chunks = [planned[i::n_files] for i in range(n_files)]
        plan_files = []
        for c, chunk in enumerate(chunks):
            file_no += 1
            rendered = []
            for row in chunk:
                their = _with_extras(rng, dialect, to_dialect(row["ours"], dialect, row["raw"], rng))
                if row["expected"] == "keep" and dtype in ANSWER and mojibake_left and dtype != "dramatic_irony":
                    answer = _answer_text(row["ours"], dtype)
                    bad = _mojibake(answer)
                    theirs_path = next(t for o, t, *_ in dialect["map"] if o == ANSWER[dtype])
                    if bad and "[" not in theirs_path:
                        _put(their, theirs_path, bad)
                        row["note"] = "mojibake"
                        mojibake_left -= 1
                rendered.append(their)
            if rng.random() < 0.7:  # a retried call: the same record (same run id) again, later in the file
                keep = [i for i, r in enumerate(chunk) if r["expected"] == "keep"]
                src = rng.choice(keep)
                at = rng.randint(src + 1, len(chunk))
                dup = {
                    **chunk[src],
                    "expected": "reject",
                    "reason": "exact_duplicate",
                    "defect": "exact_duplicate",
                    "note": None,
                }
                chunk.insert(at, dup)
                rendered.insert(at, json.loads(json.dumps(rendered[src])))
            cut = dtype == cut_type and c == len(chunks) - 1
            if cut:  # one more record of its own, cut inside its answer: planted lost
                rec = _fresh(rng, seen, dtype)
                chunk.append({"ours": rec, "raw": [], "expected": "lost", "defect": "truncated_record", "note": None})
                rendered.append(_with_extras(rng, dialect, to_dialect(rec, dialect, [], rng)))
            ext = EXT[dialect["envelope"]]
            stem = dialect["stem"] if dialect["envelope"] != "bare" else f"multi_step_batch_2026112{seed % 10}"
            rel = Path(rng.choice(subdirs)) / f"{stem}_{seed:03d}_{file_no:02d}.{ext}"
            text = _render(dtype, dialect, rendered, seed, file_no)
            if cut:
                text = _cut(text, json.dumps(_answer_text(chunk[-1]["ours"], dtype), ensure_ascii=False)[1:-1])
            bom = not cut and not bom_done and dialect["envelope"] in ("header", "api", "keyed") and rng.random() < 0.7
            bom_done |= bom
            _write(folder / rel, text, bom)
            plan_files.append(rel.as_posix())
            manifest["files"].append(rel.as_posix())
            for i, row in enumerate(chunk):
                out = {
                    "file": rel.name,
                    "path": rel.as_posix(),
                    "index": i,
                    "data_type": dtype,
                    **{k: v for k, v in row.items() if k not in ("ours", "raw")},
                }
                if with_ours:
                    out["ours"] = row["ours"]
                manifest["records"].append(out)
        manifest["plans"][dtype] = {"dialect": dname, "truth": truth_map(dialect), "files": plan_files}
    manifest["counts"] = counts(manifest)
    return manifest


def main() -> int:
    return command_line(__doc__, write_fresh7_folder, "fresh7")


if __name__ == "__main__":
    raise SystemExit(main())
