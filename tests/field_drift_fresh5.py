"""A seventh held-out drift generator (issue 11): folders of interaction batches from "yet another team".

Written apart from the matcher and from the other drift generators (only their top docstrings were read): the
same seven data types and meanings as curation/domain/spec.yaml, in the naming habits of teams the others did
not imitate: Turkish keys (snake_case and kebab-case, some with Turkish letters: `kanca-türü`), Indonesian keys
(`nama_tokoh`, `jendela_minggu.dari`), and terse abbreviations that carry their unit in the key (`cap_eff_pts`,
`supp_req_pts`, `tensionScore_pct`, `payoffMinWeeks`, `resScore_outOf10`). Structure: records split into the
team's own groups (`tokoh` / `kapasitas` / `permintaan` / `jawaban` / `penilaian`), a memory flattened into
prefixed fields, a payoff window as two fields or a `{dari, sampai}` object, numbers wrapped as
`{"value": x, "unit": "pts"}`, OCEAN as a list of `{sifat, nilai}` pairs labelled in Indonesian
(`keterbukaan`), factor lists as `{etken, etki}` items, a name -> impact table or "name: -1.5" texts.
Values only in readings docs/interaction-formats.md documents as lossless: decimal commas ("0,82"), "82%",
"8.5 out of 10", capacities "6.5/10", levels "4/5", trust "+0.30", weeks "12 wks ago" / "26w", ages
"34 years old", payoff windows "between 2 and 4 weeks" / [2, 4], enum labels in Title Case or kebab-case.
Files: a Turkish batch envelope, a task/rows envelope, an object keyed by the data type, JSON:API documents,
JSON Lines in .json, Markdown answers with a fenced block (one with a `<think>` block), the multi-step
pipeline's bare array; one file per folder with a BOM and CRLF; a few answers with mojibake (kept: a repair).

    write_fresh5_folder(folder, seed, samples=None) -> manifest

The manifest: `records` (file, path, index in the file's one document, data_type, expected keep / reject +
reason / flag + rule / lost, defect), `plans` (per data type: dialect, truth = {their path: our path}, files),
`files`, `counts`. Valid records are built here from this writer's own text pools (`samples` is ignored).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from drift_machinery import CAP_BUCKETS, HOOKS, MULTI, OCEAN, SYSTEMATIC, TYPES, WEIGHTS, counts

R, F, K, L = "reject", "flag", "keep", "lost"

# --- the rule tables this writer needs (read off curation/domain/spec.yaml by hand) ------------------------------

CAP_FREQ = {"crisis": 0.15, "low": 0.25, "medium": 0.35, "high": 0.25}
AUTH_GEN = {"failed": (0.2, 0.4), "struggling": (0.4, 0.6), "authentic": (0.6, 0.8), "excellent": (0.8, 1.0)}
AUTH_FREQ = {"failed": 0.15, "struggling": 0.2, "authentic": 0.35, "excellent": 0.3}
SUPPORT_OFFSET = {"failed": (4.0, 6.0), "struggling": (1.5, 3.0), "authentic": (-0.5, 1.5), "excellent": (-2.0, -1.0)}
IMPACT = {"tone_deaf": (-1.4, -0.6), "misguided": (-0.45, -0.25), "growth": (0.35, 0.75)}
INTERACTIONS = ["emotional_support", "broken_promise", "shared_celebration", "boundary_setting", "apology",
                "betrayal_discovered", "practical_help", "playful_teasing"]  # fmt: skip

# --- this writer's own text pools ----------------------------------------------------------------------------------

NAMES = ["Ayşe", "Deniz", "Kemal", "Elif", "Murat", "Zeynep", "Baran", "Selin", "Wayan", "Putri", "Bayu", "Sari",
         "Dimas", "Ratna", "Agus", "Intan", "Oğuz", "Nilüfer", "Renée", "Joaquín", "Hülya", "Cahya", "Ketut",
         "Gülşen"]  # fmt: skip
PLACES = ["the ferry pier", "the night market", "the rooftop garden", "the spice stall", "the tram depot",
          "the harbour library", "the tea house by the bridge", "the rice terraces", "the shuttered cinema",
          "the fish auction hall", "the bus shelter on the hill", "the pottery kiln"]  # fmt: skip
JOBS = [
    "a batik workshop",
    "the late shift at a bakery",
    "a repair stall for radios",
    "a small guesthouse",
    "the ferry ticket booth",
    "a dentist's front desk",
    "a stall of dried fruit",
    "a youth football club",
]
STRAINS = ["sleeping badly since the flood", "covering two colleagues' hours", "nursing a sprained wrist",
           "waiting on a visa letter that never comes", "arguing with a landlord every evening",
           "looking after a grandmother who forgets names", "grieving a dog that died in spring",
           "studying for an exam at night"]  # fmt: skip
ASKS = ["lend a hand moving a cousin's furniture tonight", "listen to a long story about a breakup",
        "cover the stall for the whole weekend", "come to a hospital appointment tomorrow",
        "help write a difficult letter to a father", "stay up and talk until the panic passes",
        "drive across town to fetch forgotten keys", "rehearse a job interview twice more"]  # fmt: skip
OPENERS = ["Listen, I hear you.", "I am glad you told me.", "Oh, that sounds heavy.", "Sit down a moment.",
           "I know this matters to you.", "Give me a second to think."]  # fmt: skip
LIMITS = ["I can stay for a little while, but not all night.", "I cannot carry all of it today.",
          "I will do the first part and ask Dimas for the rest.", "I am running low and I will not pretend otherwise.",
          "Tonight I only have enough in me to listen.", "I can make one call for you, nothing more."]  # fmt: skip
CLOSERS = [
    "Tomorrow I will be steadier.",
    "Text me when you get home.",
    "We will find someone for the rest.",
    "Is that enough for now?",
    "I am sorry it is not more.",
    "Let us start with the smallest piece.",
]
CONSTRAINTS = ["Names the limit out loud and points to another helper.", "Offers presence instead of solutions.",
               "Takes on a small part and says no to the rest.", "Admits being tired rather than faking energy.",
               "Sets a time boundary and keeps it.", "Splits the task and keeps only the easy half."]  # fmt: skip
THOUGHTS = [
    "If I say yes to everything I will break by Friday.",
    "I wish I had more to give today.",
    "Be honest, it is kinder in the end.",
    "Not again, not this week.",
    "I should rest before I help.",
]
FACTORS = ["kurang tidur", "rent dispute", "sore wrist", "hunger", "sister's wedding stress", "rain all week",
           "late payment", "night shift", "a cousin in hospital", "noisy neighbours"]  # fmt: skip
LIFTS = ["a kind phone call", "good news from school", "a quiet morning", "a warm meal"]
EMOTIONS = ["weary", "anxious", "tender", "restless", "numb", "hopeful", "irritable", "quietly proud"]
SECRETS = [
    "the loan was never repaid",
    "the letter was opened before it arrived",
    "the boat engine was sabotaged",
    "the cousin already left town",
    "the promotion went to someone else",
    "the test results came back",
]
HOOK_LINES = ["There is something about the harbour master I should have told you.",
              "I found a second key. It does not open anything in this house.",
              "She said she was at the market. The market was closed that day.",
              "If the council votes tomorrow, we lose the stall. Maybe more.",
              "Ask me again about the photograph. Not today, though.",
              "My brother swears he never sent that letter."]  # fmt: skip
MEMORIES = ["the night the ferry stalled and everyone sang to stay warm", "losing a kite in the terraces as a child",
            "a grandmother teaching how to fold dumplings", "the first exam failed and the long walk home",
            "the flood that took the workshop's tools", "dancing at a cousin's wedding until dawn",
            "waiting outside a hospital room in the rain", "the day the old cinema closed for good"]  # fmt: skip
ACTIONS = ["brings soup when the character is sick", "forgets the promised meeting again",
           "laughs at the character's new haircut", "pays back the borrowed money early",
           "tells a secret to the neighbours", "helps carry crates before dawn",
           "apologises for last week's shouting", "refuses to cover the shift"]  # fmt: skip
EXPRESSIONS = ["High openness shows in the odd questions; low neuroticism keeps the tone calm.",
               "Conscientiousness drives the list-making; low extraversion keeps the reply short.",
               "Agreeableness softens every refusal; neuroticism leaks out in the second sentence.",
               "Extraversion fills the room; low conscientiousness forgets the time."]  # fmt: skip


def _r(x: float, nd: int = 2) -> float:
    return round(x + 0.0, nd)


def _half(rng: random.Random, lo: float, hi: float) -> float:
    return rng.randint(round(lo * 2), round(hi * 2)) / 2


def _inside(rng: random.Random, lo: float, hi: float) -> float:
    """A value strictly inside (lo, hi), two decimals, away from the bounds."""
    return _r(rng.uniform(lo + 0.03, hi - 0.03))


def _pick(rng: random.Random, freq: dict[str, float]) -> str:
    return rng.choices(list(freq), weights=list(freq.values()))[0]


def _two(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(NAMES, 2)
    return a, b


# --- valid records in OUR schema -----------------------------------------------------------------------------------


def _factors(rng: random.Random, eff: float) -> tuple[float, list[dict[str, Any]]]:
    while True:
        facts = [{"factor": n, "impact": _half(rng, -2.5, -0.5)} for n in rng.sample(FACTORS, rng.randint(1, 3))]
        if rng.random() < 0.4:
            facts.append({"factor": rng.choice(LIFTS), "impact": _half(rng, 0.5, 1.5)})
        base = eff - sum(f["impact"] for f in facts)
        if 0.0 <= base <= 10.0:
            return _r(base, 1), facts


def make_emotional(rng: random.Random, level: str | None = None, target: str | None = None) -> dict[str, Any]:
    level = level or _pick(rng, CAP_FREQ)
    target = target or _pick(rng, AUTH_FREQ)
    eff = _half(rng, *CAP_BUCKETS[level])
    base, facts = _factors(rng, eff)
    lo, hi = SUPPORT_OFFSET[target]
    need = min(10.0, max(0.0, _half(rng, eff + lo, eff + hi)))
    if target == "excellent":
        need = max(1.0, need)
    name, helper = _two(rng)
    return {
        "character_name": name,
        "context": f"{name} runs {rng.choice(JOBS)} near {rng.choice(PLACES)} and has been {rng.choice(STRAINS)}.",
        "base_capacity": base,
        "capacity_factors": facts,
        "effective_capacity": eff,
        "situation": f"{helper} asks {name} to {rng.choice(ASKS)}.",
        "support_level_needed": need,
        "character_response": f"{rng.choice(OPENERS)} {rng.choice(LIMITS)} {rng.choice(CLOSERS)} ({helper})",
        "authenticity_score": _inside(rng, *AUTH_GEN[target]),
        "demonstrates_constraint": rng.choice(CONSTRAINTS),
        "internal_thought": rng.choice(THOUGHTS),
        "complexity_type": rng.choice(SYSTEMATIC),
        "authenticity_target": target,
        "capacity_level": level,
        "support_provided": min(need, eff + 2.0),
    }


def _in_character(cap: float) -> str:
    return "tone_deaf" if cap < 4.0 else "misguided" if cap < 7.0 else "growth"


PLANS = ["plans a small celebration", "books a boat trip", "rehearses a toast", "paints a welcome banner",
         "saves a seat at the festival", "bakes a cake for the reunion"]  # fmt: skip
BELIEFS = ["is simply tired", "is busy with work", "forgot to answer", "is saving money", "has a cold"]
TONE_DEAF = [
    "'{o}, cheer up, nothing bad ever happens around here.'",
    "'Smile, {o}! You always overthink things.'",
    "'{o}, whatever it is, it can wait until after the party.'",
    "'Come on, {o}, nobody likes a long face.'",
]
MISGUIDED = ["'Maybe we should ask {o} directly, that always clears the air.'",
             "'I will invite the whole street, {o} loves a crowd.'",
             "'Let me fix it for you, {o}, just leave it to me.'",
             "'{o}, I told everyone already, so it is settled.'"]  # fmt: skip
GROWTH = ["'Something is off, {o}. I will listen before I decide anything.'",
          "'{o}, we can move the plans. Tell me what you need first.'",
          "'I may have missed something, {o}. Walk me through it?'",
          "'No rush, {o}. The celebration can wait for you.'"]  # fmt: skip


def make_irony(rng: random.Random, cap: float | None = None) -> dict[str, Any]:
    name, other = _two(rng)
    cap = _half(rng, 0.5, 9.5) if cap is None else cap
    plan = rng.choice(PLANS)
    lines = {t: rng.choice(pool).format(o=other) for t, pool in
             (("tone_deaf", TONE_DEAF), ("misguided", MISGUIDED), ("growth", GROWTH))}  # fmt: skip
    return {
        "character_name": name,
        "scenario": f"{name} {plan} with {other} at {rng.choice(PLACES)}.",
        "player_knows": f"The player knows {rng.choice(SECRETS)}.",
        "character_knows": f"{name} believes {other} {rng.choice(BELIEFS)}.",
        "knowledge_gap_score": _inside(rng, 0.62, 0.97),
        "character_capacity": cap,
        "response_options": [
            {"type": t, "dialogue": lines[t], "relationship_impact": _inside(rng, *IMPACT[t])} for t in IMPACT
        ],
        "dramatic_irony_score": _inside(rng, 0.55, 0.97),
        "tension_notes": f"The gap widens each time {name} {rng.choice(['mentions', 'jokes about', 'hints at'])} "
        f"the plan; {other} goes quiet.",
        "recommended_option": _in_character(cap),
    }


def make_tension(rng: random.Random, hook: str | None = None) -> dict[str, Any]:
    name = rng.choice(NAMES)
    hook = hook or rng.choice(list(HOOKS))
    lo, hi = HOOKS[hook]
    a = rng.randint(lo, hi - 1)
    b = rng.randint(a + 1, hi)
    return {
        "character_name": name,
        "context": f"{name} walks the player home past {rng.choice(PLACES)} after {rng.choice(STRAINS)}.",
        "hook_type": hook,
        "dialogue": f"{rng.choice(HOOK_LINES)} {rng.choice(CLOSERS)}",
        "setup": f"Hidden: {rng.choice(SECRETS)}.",
        "payoff_window_weeks": {"min": a, "max": b},
        "relationship_level": rng.randint(1, 5),
        "tension_score": _inside(rng, 0.62, 0.97),
        "hook_effectiveness": _inside(rng, 0.5, 0.97),
        "payoff_hint": f"The truth surfaces near {rng.choice(PLACES)}.",
    }


def make_memory(rng: random.Random) -> dict[str, Any]:
    name = rng.choice(NAMES)
    rt = rng.choice(list(WEIGHTS))
    return {
        "character_name": name,
        "current_situation": f"{name} smells clove smoke at {rng.choice(PLACES)} while {rng.choice(STRAINS)}.",
        "memory": {
            "description": f"{name} remembers {rng.choice(MEMORIES)}.",
            "emotion": rng.choice(EMOTIONS),
            "weeks_ago": rng.randint(1, 80),
        },
        "resonance_type": rt,
        "resonance_weight": WEIGHTS[rt],
        "character_response": f"{rng.choice(OPENERS)} That reminds me of {rng.choice(MEMORIES)}. {rng.choice(CLOSERS)}",
        "resonance_score": _inside(rng, 0.72, 0.98),
    }


def make_personality(rng: random.Random) -> dict[str, Any]:
    name = rng.choice(NAMES)
    return {
        "character_name": name,
        "scenario": f"{name} is asked to plan a trip to {rng.choice(PLACES)} at short notice.",
        "dialogue": f"{rng.choice(OPENERS)} {rng.choice(LIMITS)} Let me think about {rng.choice(PLACES)} first.",
        "ocean": {t: _inside(rng, 0.05, 0.95) for t in OCEAN},
        "trait_expression": rng.choice(EXPRESSIONS),
        "quality_score": _inside(rng, 0.62, 0.98),
    }


def make_relationship(rng: random.Random) -> dict[str, Any]:
    name = rng.choice(NAMES)
    return {
        "character_name": name,
        "player_action": f"The player {rng.choice(ACTIONS)}.",
        "character_response": f"{name}: '{rng.choice(OPENERS)} {rng.choice(CLOSERS)}'",
        "relationship_score": _inside(rng, 0.05, 0.95),
        "trust_change": _inside(rng, -0.8, 0.8),
        "rationale": f"{name} values {rng.choice(['reliability', 'warmth', 'honesty', 'humour'])}; "
        f"the action at {rng.choice(PLACES)} speaks to that.",
        "quality_score": _inside(rng, 0.62, 0.98),
        "interaction_type": rng.choice(INTERACTIONS),
        "relationship_level": rng.randint(1, 5),
    }


def make_multi(rng: random.Random, level: str | None = None, target: str | None = None) -> dict[str, Any]:
    level = level or _pick(rng, CAP_FREQ)
    target = target or _pick(rng, AUTH_FREQ)
    eff = _half(rng, *CAP_BUCKETS[level])
    base, facts = _factors(rng, eff)
    need = min(10.0, max(0.0, _half(rng, eff - 1.5, eff + 2.0)))
    name, other = _two(rng)
    cplx = rng.choice(MULTI)
    return {
        "npc_profile": {
            "name": name,
            "age": rng.randint(19, 78),
            "occupation": rng.choice(["baker", "ferry mechanic", "nurse", "potter", "teacher", "fisher"]),
            "background": f"{name} grew up near {rng.choice(PLACES)} and has been {rng.choice(STRAINS)} lately.",
        },
        "npc_emotional_state": {
            "base_capacity": base,
            "capacity_factors": facts,
            "effective_capacity": eff,
            "current_emotion": rng.choice(EMOTIONS),
        },
        "npc_ocean_personality": {t: _inside(rng, 0.05, 0.95) for t in OCEAN},
        "interaction_context": {
            "situation": f"{other} finds {name} at {rng.choice(PLACES)} late in the evening.",
            "player_request": f"Could you {rng.choice(ASKS)}?",
            "support_needed": need,
            "complexity_type": cplx,
            "authenticity_target": target,
            "capacity_level": level,
        },
        "tension_memory": {"hook_type": rng.choice(list(HOOKS)), "memory_reference": rng.choice(MEMORIES)},
        "npc_card_narrative": {
            "dialogue_prose": f"{name} wipes the counter twice. '{rng.choice(OPENERS)} {rng.choice(LIMITS)}' "
            f"A pause. '{rng.choice(CLOSERS)}' ({other})"
        },
        "game_outcomes": {
            "trust_change": _half(rng, -2.0, 2.0),
            "relationship_change": _half(rng, -2.0, 2.0),
            "capacity_after": _half(rng, 0.5, 9.5),
        },
        "training_metadata": {
            "authenticity_score": _inside(rng, *AUTH_GEN[target]),
            "quality_score": _inside(rng, 0.62, 0.98),
            "complexity_type": cplx,
            "pipeline_version": "v2.2",
            "master_truths_version": "v1.2",
            "generated_at": f"2026-11-{rng.randint(10, 28)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
        },
    }


MAKERS = {"emotional_authenticity": make_emotional, "dramatic_irony": make_irony, "tension_building": make_tension,
          "memory_resonance": make_memory, "personality_traits": make_personality,
          "relationship_scoring": make_relationship, "multi_step": make_multi}  # fmt: skip
ANSWER = {"emotional_authenticity": "character_response", "dramatic_irony": "tension_notes",
          "tension_building": "dialogue", "memory_resonance": "character_response", "personality_traits": "dialogue",
          "relationship_scoring": "rationale", "multi_step": "npc_card_narrative.dialogue_prose"}  # fmt: skip


# --- planted defects (on our record, before the dialect) -----------------------------------------------------------


class Raw:
    """A planted value written as a plain number whatever the dialect's form (the generator slipped)."""

    def __init__(self, v: Any) -> None:
        self.v = v


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
    cur[last] = value
    return rec


def _formula(rec: dict[str, Any], base: str, eff: str) -> dict[str, Any]:
    e = _get(rec, eff)
    b = _get(rec, base)
    shift = -2.0 if e >= 5.0 else 2.0
    if not 0.0 <= b + shift <= 10.0:
        shift = -shift
    return _set(rec, base, _r(b + shift, 1))


def _ea_formula(rng: random.Random) -> dict[str, Any]:
    return _formula(make_emotional(rng, level="medium"), "base_capacity", "effective_capacity")


def _ea_bucket(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng, level="crisis", target="authentic"), "capacity_level", "high")


def _ea_x2_excellent(rng: random.Random) -> dict[str, Any]:
    rec = make_emotional(rng, level=rng.choice(["crisis", "low"]), target="excellent")
    need = rec["effective_capacity"] + 3.5
    rec["support_level_needed"] = need
    rec["support_provided"] = rec["effective_capacity"] + 2.0
    return rec


def _ea_x2_given(rng: random.Random) -> dict[str, Any]:
    rec = make_emotional(rng, level=rng.choice(["crisis", "low"]), target="struggling")
    rec["support_level_needed"] = rec["effective_capacity"] + 3.0
    rec["support_provided"] = rec["effective_capacity"] + 3.0
    return rec


def _ea_cplx(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng), "complexity_type", "overthinking_spiral")


def _ea_off(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng, target="authentic"), "authenticity_score", _inside(rng, 0.88, 0.97))


def _ea_eff_range(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng), "effective_capacity", Raw(11.5))


def _ea_score_range(rng: random.Random) -> dict[str, Any]:
    return _set(make_emotional(rng), "authenticity_score", Raw(1.15))


def _ir_gap(rng: random.Random) -> dict[str, Any]:
    return _set(make_irony(rng), "knowledge_gap_score", _inside(rng, 0.2, 0.5))


def _ir_impact(rng: random.Random) -> dict[str, Any]:
    rec = make_irony(rng)
    rec["response_options"][2]["relationship_impact"] = _inside(rng, 1.3, 2.2)
    return rec


def _ir_cap(rng: random.Random) -> dict[str, Any]:
    return _set(make_irony(rng, cap=_half(rng, 0.5, 3.0)), "recommended_option", "growth")


def _ir_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_irony(rng), "dramatic_irony_score", _inside(rng, 0.15, 0.45))


def _ir_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_irony(rng), "dramatic_irony_score", Raw(1.4))


def _ir_capr(rng: random.Random) -> dict[str, Any]:
    rec = make_irony(rng)
    rec["character_capacity"] = Raw(12.5)
    return rec


def _tb_window(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng, hook="contradiction"), "payoff_window_weeks", {"min": 1, "max": 3})


def _tb_hook(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng), "hook_type", "slow_reveal")


def _tb_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng), "tension_score", _inside(rng, 0.2, 0.55))


def _tb_level(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng), "relationship_level", Raw(7))


def _tb_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_tension(rng), "tension_score", Raw(1.3))


def _mr_weight(rng: random.Random) -> dict[str, Any]:
    rec = make_memory(rng)
    w = rec["resonance_weight"]
    return _set(rec, "resonance_weight", _r(w - 0.25))


def _mr_type(rng: random.Random) -> dict[str, Any]:
    return _set(make_memory(rng), "resonance_type", "nostalgic_echo")


def _mr_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_memory(rng), "resonance_score", _inside(rng, 0.3, 0.65))


def _mr_weeks(rng: random.Random) -> dict[str, Any]:
    return _set(make_memory(rng), "memory.weeks_ago", Raw(-4))


def _mr_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_memory(rng), "resonance_score", Raw(1.2))


def _pt_trait(rng: random.Random) -> dict[str, Any]:
    return _set(make_personality(rng), f"ocean.{rng.choice(OCEAN)}", Raw(1.4))


def _pt_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_personality(rng), "quality_score", _inside(rng, 0.2, 0.55))


def _pt_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_personality(rng), "quality_score", Raw(1.5))


def _rs_trust(rng: random.Random) -> dict[str, Any]:
    return _set(make_relationship(rng), "trust_change", Raw(1.6))


def _rs_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_relationship(rng), "relationship_score", Raw(1.3))


def _rs_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_relationship(rng), "quality_score", _inside(rng, 0.2, 0.55))


def _ms_formula(rng: random.Random) -> dict[str, Any]:
    return _formula(make_multi(rng, level="medium"), "npc_emotional_state.base_capacity",
                    "npc_emotional_state.effective_capacity")  # fmt: skip


def _ms_bucket(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng, level="high"), "interaction_context.capacity_level", "crisis")


def _ms_x2(rng: random.Random) -> dict[str, Any]:
    rec = make_multi(rng, level=rng.choice(["crisis", "low"]), target="excellent")
    eff = rec["npc_emotional_state"]["effective_capacity"]
    return _set(rec, "interaction_context.support_needed", eff + 3.5)


def _ms_cplx(rng: random.Random) -> dict[str, Any]:
    rec = make_multi(rng)
    _set(rec, "interaction_context.complexity_type", "spiral_thinking")
    return _set(rec, "training_metadata.complexity_type", "spiral_thinking")


def _ms_auth(rng: random.Random) -> dict[str, Any]:
    rec = make_multi(rng, target="failed")
    return _set(rec, "training_metadata.authenticity_score", _inside(rng, 0.7, 0.78))


def _ms_low(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng), "training_metadata.quality_score", _inside(rng, 0.2, 0.5))


def _ms_score(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng), "training_metadata.quality_score", Raw(1.3))


def _ms_after(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng), "game_outcomes.capacity_after", Raw(11.5))


def _ms_age(rng: random.Random) -> dict[str, Any]:
    return _set(make_multi(rng), "npc_profile.age", Raw(190))


#: type -> [(defect name, our fields it needs the dialect to write, maker, expected, reason or rule)]
DEFECTS: dict[str, list[tuple[str, list[str], Any, str, str]]] = {
    "emotional_authenticity": [
        ("effective_formula", ["base_capacity"], _ea_formula, F, "capacity.effective_formula"),
        ("bucket_mismatch", ["capacity_level"], _ea_bucket, F, "capacity.bucket"),
        ("x_plus_2_excellent", [], _ea_x2_excellent, F, "capacity.x_plus_2"),
        ("x_plus_2_given", ["support_provided"], _ea_x2_given, F, "capacity.x_plus_2"),
        ("unknown_complexity", ["complexity_type"], _ea_cplx, F, "complexity.type"),
        ("off_target", [], _ea_off, R, "off_authenticity_target"),
        ("capacity_range", [], _ea_eff_range, R, "capacity_out_of_range"),
        ("score_range", [], _ea_score_range, R, "score_out_of_range"),
    ],
    "dramatic_irony": [
        ("knowledge_gap", [], _ir_gap, F, "irony.knowledge_gap"),
        ("impact_range", [], _ir_impact, F, "irony.relationship_impact"),
        ("option_capacity", ["recommended_option"], _ir_cap, F, "irony.option_capacity"),
        ("low_quality", [], _ir_low, R, "below_quality_threshold"),
        ("score_range", [], _ir_score, R, "score_out_of_range"),
        ("capacity_range", [], _ir_capr, R, "capacity_out_of_range"),
    ],
    "tension_building": [
        ("payoff_window", [], _tb_window, F, "tension.payoff_window"),
        ("unknown_hook", [], _tb_hook, F, "tension.hook_type"),
        ("low_quality", [], _tb_low, R, "below_quality_threshold"),
        ("level_range", [], _tb_level, R, "value_out_of_range"),
        ("score_range", [], _tb_score, R, "score_out_of_range"),
    ],
    "memory_resonance": [
        ("resonance_weight", [], _mr_weight, F, "memory.resonance_weight"),
        ("unknown_resonance", [], _mr_type, F, "memory.resonance_type"),
        ("low_quality", [], _mr_low, R, "below_quality_threshold"),
        ("negative_weeks", [], _mr_weeks, R, "value_out_of_range"),
        ("score_range", [], _mr_score, R, "score_out_of_range"),
    ],
    "personality_traits": [
        ("trait_range", [], _pt_trait, R, "score_out_of_range"),
        ("low_quality", [], _pt_low, R, "below_quality_threshold"),
        ("score_range", [], _pt_score, R, "score_out_of_range"),
    ],
    "relationship_scoring": [
        ("trust_range", [], _rs_trust, R, "value_out_of_range"),
        ("score_range", [], _rs_score, R, "score_out_of_range"),
        ("low_quality", [], _rs_low, R, "below_quality_threshold"),
    ],
    "multi_step": [
        ("effective_formula", ["npc_emotional_state.base_capacity"], _ms_formula, F, "capacity.effective_formula"),
        ("bucket_mismatch", ["interaction_context.capacity_level"], _ms_bucket, F, "capacity.bucket"),
        ("x_plus_2_excellent", ["interaction_context.authenticity_target"], _ms_x2, F, "capacity.x_plus_2"),
        ("unknown_complexity", ["interaction_context.complexity_type"], _ms_cplx, F, "complexity.type"),
        ("authenticity_bucket", ["interaction_context.authenticity_target"], _ms_auth, F, "authenticity.bucket"),
        ("low_quality", [], _ms_low, R, "below_quality_threshold"),
        ("score_range", [], _ms_score, R, "score_out_of_range"),
        ("capacity_range", ["game_outcomes.capacity_after"], _ms_after, R, "capacity_out_of_range"),
        ("age_range", ["npc_profile.age"], _ms_age, R, "value_out_of_range"),
    ],
}


# --- dialects ------------------------------------------------------------------------------------------------------
# A dialect: label (key, value) written on the batch or on each record, envelope, stem, ext and `map`: a list of
# (our path, their path, form[, sub]). Forms of a scalar: num, text (numeric text), comma (decimal comma), pct
# ("82%", scores), of10 ("8.5 out of 10", scores), cap10 ("6.5/10", capacities), lvl5 ("4/5"), signed ("+0.30"),
# wks ("12 wks ago"), w ("26w"), yrs ("34 years old"), title / Title-Dash / kebab (enum labels),
# wrap:UNIT ({"value", "unit"}), str (a string as is). Of a list: items (sub = {our key: (their key, form)}),
# table ({name: impact}), texts (["name: -1.5"]). Of an object: pairs (sub = (label key, value key, value form,
# {our key: label})). A payoff window: wtext ("between 2 and 4 weeks") or wlist ([2, 4]); or its min and max as
# two entries.

S = "str"
EA_PROV = "support_provided"


def _m(*entries: tuple) -> list[tuple]:
    return list(entries)


DIALECTS: dict[str, dict[str, Any]] = {
    # --- emotional_authenticity ---
    "ea_tr_snake": {
        "label": ("kind", "emotional"), "envelope": "tr_batch", "stem": "duygusal_ozgunluk_parti", "ext": "json",
        "map": _m(("character_name", "karakter_adi", S), ("context", "arka_plan", S),
                  ("base_capacity", "temel_kapasite", "cap10"),
                  ("capacity_factors", "etkenler", "items", {"factor": ("etken", S), "impact": ("etki", "num")}),
                  ("effective_capacity", "etkin_kapasite", "cap10"), ("situation", "durum", S),
                  ("support_level_needed", "gereken_destek", "num"), ("character_response", "karakter_cevabi", S),
                  ("authenticity_score", "ozgunluk_puani", "pct"), ("demonstrates_constraint", "sinir_gosterimi", S),
                  ("internal_thought", "ic_ses", S), ("complexity_type", "karmasiklik_turu", S),
                  ("authenticity_target", "hedef_ozgunluk", S), ("capacity_level", "kapasite_seviyesi", S),
                  (EA_PROV, "verilen_destek", "num")),
    },
    "ea_id_groups": {
        "label": ("category", "emotional_authenticity"), "envelope": "md", "stem": "jawaban_emosional", "ext": "md",
        "map": _m(("character_name", "tokoh.nama", S), ("context", "tokoh.latar", S),
                  ("base_capacity", "kapasitas.dasar", "comma"), ("capacity_factors", "kapasitas.faktor", "table"),
                  ("effective_capacity", "kapasitas.efektif", "comma"), ("capacity_level", "kapasitas.tingkat", S),
                  ("situation", "permintaan.situasi", S),
                  ("support_level_needed", "permintaan.dukungan-dibutuhkan", "comma"),
                  ("character_response", "jawaban.ucapan", S), ("demonstrates_constraint", "jawaban.batasan", S),
                  ("internal_thought", "jawaban.pikiran-batin", S),
                  ("authenticity_score", "penilaian.keaslian", "comma"),
                  ("authenticity_target", "penilaian.target-keaslian", S),
                  ("complexity_type", "penilaian.jenis-kompleksitas", S)),
    },
    "ea_abbr_units": {
        "label": ("task", "emotional_authenticity"), "envelope": "jsonl", "stem": "ea_dump", "ext": "json",
        "map": _m(("character_name", "chr_nm", S), ("context", "chr_bg", S), ("base_capacity", "cap_base_pts", "text"),
                  ("capacity_factors", "cap_mods", "texts"), ("effective_capacity", "cap_eff_pts", "text"),
                  ("capacity_level", "cap_lvl", S), ("situation", "ask_sit", S),
                  ("support_level_needed", "supp_req_pts", "text"), (EA_PROV, "supp_given", "wrap:pts"),
                  ("character_response", "chr_resp", S), ("authenticity_score", "auth_pct", "pct"),
                  ("authenticity_target", "auth_tgt", S), ("complexity_type", "cplx", S),
                  ("demonstrates_constraint", "limit_note", S), ("internal_thought", "inner_mono", S)),
    },
    # --- dramatic_irony ---
    "di_tr_snake": {
        "label": ("kind", "irony"), "envelope": "tr_batch", "stem": "dramatik_ironi_parti", "ext": "json",
        "map": _m(("character_name", "karakter_adi", S), ("scenario", "sahne", S),
                  ("player_knows", "oyuncunun_bildigi", S), ("character_knows", "karakterin_bildigi", S),
                  ("knowledge_gap_score", "bilgi_acigi", "pct"),
                  ("character_capacity", "karakter_kapasitesi", "cap10"),
                  ("response_options", "secenekler", "items",
                   {"type": ("tur", "Title-Dash"), "dialogue": ("replik", S),
                    "relationship_impact": ("iliski_etkisi", "signed")}),
                  ("dramatic_irony_score", "ironi_puani", "of10"), ("recommended_option", "onerilen_secenek", S),
                  ("tension_notes", "gerilim_notlari", S)),
    },
    "di_fr_kebab": {
        "label": ("type", "irony"), "envelope": "jsonapi", "stem": "ironie-dramatique", "ext": "json",
        "map": _m(("character_name", "personnage.nom", S),
                  ("character_capacity", "personnage.capacite-actuelle", "num"),
                  ("scenario", "mise-en-scene", S), ("player_knows", "savoir.cote-joueur", S),
                  ("character_knows", "savoir.cote-personnage", S), ("knowledge_gap_score", "savoir.ecart", "text"),
                  ("response_options", "repliques-possibles", "items",
                   {"type": ("genre", "kebab"), "dialogue": ("texte", S),
                    "relationship_impact": ("effet-lien", "num")}),
                  ("dramatic_irony_score", "evaluation.note-ironie", "text"),
                  ("recommended_option", "evaluation.choix-attendu", S),
                  ("tension_notes", "evaluation.remarques", S)),
    },
    "di_abbr": {
        "label": ("record_type", "dramatic_irony"), "envelope": "md_think", "stem": "di_answer", "ext": "md",
        "map": _m(("character_name", "npc_nm", S), ("scenario", "scn", S), ("player_knows", "pc_knows", S),
                  ("character_knows", "npc_believes", S), ("knowledge_gap_score", "gap_pct", "pct"),
                  ("character_capacity", "npc_cap", "wrap:pts"),
                  ("response_options", "opts", "items",
                   {"type": ("cls", S), "dialogue": ("say", S), "relationship_impact": ("rel_d", "text")}),
                  ("dramatic_irony_score", "irony_q", "num"), ("recommended_option", "pick", S),
                  ("tension_notes", "dm_notes", S)),
    },
    # --- tension_building ---
    "tb_id_snake": {
        "label": None, "envelope": "keyed", "stem": "data_ketegangan", "ext": "json",
        "map": _m(("character_name", "nama_tokoh", S), ("context", "konteks_adegan", S),
                  ("hook_type", "jenis_kait", "kebab"), ("dialogue", "ucapan_tokoh", S), ("setup", "persiapan", S),
                  ("payoff_window_weeks.min", "jendela_minggu.dari", "num"),
                  ("payoff_window_weeks.max", "jendela_minggu.sampai", "num"),
                  ("relationship_level", "tingkat_hubungan", "lvl5"), ("tension_score", "skor_ketegangan", "comma"),
                  ("hook_effectiveness", "efektivitas_kait", "comma"), ("payoff_hint", "petunjuk_imbalan", S)),
    },
    "tb_tr_kebab": {
        "label": ("kind", "tension"), "envelope": "tr_batch", "stem": "gerilim-kurma", "ext": "json",
        "map": _m(("character_name", "karakter-adı", S), ("context", "bağlam", S), ("hook_type", "kanca-türü", "title"),
                  ("dialogue", "söylenen-replik", S), ("setup", "gizli-kurulum", S),
                  ("payoff_window_weeks", "ödül-penceresi", "wtext"), ("relationship_level", "ilişki-düzeyi", "num"),
                  ("tension_score", "gerilim-puanı", "pct"), ("hook_effectiveness", "kanca-etkinliği", "pct"),
                  ("payoff_hint", "ödül-ipucu", S)),
    },
    "tb_units": {
        "label": ("_type", "tension"), "envelope": "jsonl", "stem": "tb_lines", "ext": "json",
        "map": _m(("character_name", "speaker", S), ("context", "sceneCtx", S), ("hook_type", "hookStyle", S),
                  ("dialogue", "spokenLine", S), ("setup", "hiddenSetup", S),
                  ("payoff_window_weeks.min", "payoffMinWeeks", "num"),
                  ("payoff_window_weeks.max", "payoffMaxWeeks", "num"),
                  ("relationship_level", "relLevel_1to5", "num"), ("tension_score", "tensionScore_pct", "pct"),
                  ("hook_effectiveness", "hookEffect_pct", "pct"), ("payoff_hint", "payoffTeaser", S)),
    },
    # --- memory_resonance ---
    "mr_id_nested": {
        "label": ("category", "memory"), "envelope": "md", "stem": "jawaban_ingatan", "ext": "md",
        "map": _m(("character_name", "nama_tokoh", S), ("current_situation", "situasi_kini", S),
                  ("memory.description", "ingatan.kisah", S), ("memory.emotion", "ingatan.perasaan", S),
                  ("memory.weeks_ago", "ingatan.kapan", "wks"), ("resonance_type", "jenis_resonansi", S),
                  ("resonance_weight", "bobot_resonansi", "comma"), ("character_response", "tanggapan_tokoh", S),
                  ("resonance_score", "skor_resonansi", "comma")),
    },
    "mr_tr_flat": {
        "label": ("kind", "memory"), "envelope": "tr_batch", "stem": "ani_yankisi_parti", "ext": "json",
        "map": _m(("character_name", "karakter", S), ("current_situation", "simdiki_durum", S),
                  ("memory.description", "ani_anlatim", S), ("memory.emotion", "ani_duygu", S),
                  ("memory.weeks_ago", "ani_hafta", "wrap:weeks"), ("resonance_type", "yanki_turu", "title"),
                  ("resonance_weight", "yanki_agirligi", "num"), ("character_response", "yanit", S),
                  ("resonance_score", "yanki_puani", "pct")),
    },
    "mr_abbr": {
        "label": ("task", "memory_resonance"), "envelope": "rows", "stem": "mr_export", "ext": "json",
        "map": _m(("character_name", "who", S), ("current_situation", "nowCtx", S),
                  ("memory.description", "recall.what", S), ("memory.emotion", "recall.mood", S),
                  ("memory.weeks_ago", "recall.ageW", "w"), ("resonance_type", "resClass", "kebab"),
                  ("resonance_weight", "resW", "text"), ("character_response", "reply", S),
                  ("resonance_score", "resScore_outOf10", "of10")),
    },
    # --- personality_traits ---
    "pt_id_pairs": {
        "label": None, "envelope": "keyed", "stem": "data_kepribadian", "ext": "json",
        "map": _m(("character_name", "nama", S), ("scenario", "skenario", S), ("dialogue", "ucapan", S),
                  ("ocean", "kepribadian", "pairs",
                   ("sifat", "nilai", "comma", {"openness": "keterbukaan", "conscientiousness": "kehati-hatian",
                                                "extraversion": "ekstraversi", "agreeableness": "keramahan",
                                                "neuroticism": "neurotisisme"})),
                  ("trait_expression", "ekspresi_sifat", S), ("quality_score", "skor_mutu", "comma")),
    },
    "pt_tr_kebab": {
        "label": ("kind", "ocean"), "envelope": "tr_batch", "stem": "kisilik-ozellikleri", "ext": "json",
        "map": _m(("character_name", "karakter", S), ("scenario", "sahne", S), ("dialogue", "söz", S),
                  ("ocean.openness", "kisilik-aciklik", "pct"),
                  ("ocean.conscientiousness", "kisilik-sorumluluk", "pct"),
                  ("ocean.extraversion", "kisilik-disadonukluk", "pct"),
                  ("ocean.agreeableness", "kisilik-uyumluluk", "pct"),
                  ("ocean.neuroticism", "kisilik-duygusal-dengesizlik", "pct"),
                  ("trait_expression", "ozellik-ifadesi", S), ("quality_score", "kalite", "of10")),
    },
    "pt_abbr": {
        "label": ("category", "personality"), "envelope": "md", "stem": "pt_answer", "ext": "md",
        "map": _m(("character_name", "npc_nm", S), ("scenario", "scn", S), ("dialogue", "line_out", S),
                  ("ocean.openness", "big5.O_pct", "pct"), ("ocean.conscientiousness", "big5.C_pct", "pct"),
                  ("ocean.extraversion", "big5.E_pct", "pct"), ("ocean.agreeableness", "big5.A_pct", "pct"),
                  ("ocean.neuroticism", "big5.N_pct", "pct"), ("trait_expression", "expr_note", S),
                  ("quality_score", "q_pct", "pct")),
    },
    # --- relationship_scoring ---
    "rs_id_snake": {
        "label": ("kind", "relationship"), "envelope": "jsonl", "stem": "skor_hubungan", "ext": "json",
        "map": _m(("player_action", "tindakan_pemain", S), ("character_response", "tanggapan_tokoh", S),
                  ("relationship_score", "skor_hubungan", "comma"), ("trust_change", "perubahan_kepercayaan", "comma"),
                  ("rationale", "alasan", S), ("quality_score", "skor_mutu", "comma"),
                  ("character_name", "nama_tokoh", S), ("interaction_type", "jenis_interaksi", S),
                  ("relationship_level", "tingkat_hubungan", "num")),
    },
    "rs_tr_kebab": {
        "label": ("type", "relationship"), "envelope": "jsonapi", "stem": "iliski-puanlama", "ext": "json",
        "map": _m(("player_action", "oyuncu-eylemi", S), ("character_response", "karakter-yaniti", S),
                  ("relationship_score", "iliski-puani", "pct"), ("trust_change", "guven-degisimi", "signed"),
                  ("rationale", "gerekce", S), ("quality_score", "kalite-puani", "pct"),
                  ("character_name", "karakter-adi", S), ("interaction_type", "etkilesim-turu", S),
                  ("relationship_level", "iliski-duzeyi", "lvl5")),
    },
    "rs_units": {
        "label": ("task", "relationship_scoring"), "envelope": "rows", "stem": "rs_export", "ext": "json",
        "map": _m(("player_action", "act.player", S), ("character_response", "act.npc_reply", S),
                  ("relationship_score", "scores.bond_outOf10", "of10"),
                  ("trust_change", "scores.trustDelta_signed", "signed"), ("quality_score", "scores.judge_pct", "pct"),
                  ("rationale", "why", S), ("character_name", "npc", S), ("interaction_type", "interaction", S),
                  ("relationship_level", "lvl", "num")),
    },
    # --- multi_step ---
    "ms_id_nested": {
        "label": ("@type", "multistep"), "envelope": "bare", "stem": "multi_step_batch", "ext": "json",
        "map": _m(("npc_profile.name", "profil.nama", S), ("npc_profile.age", "profil.usia", "yrs"),
                  ("npc_profile.occupation", "profil.pekerjaan", S),
                  ("npc_profile.background", "profil.latar_belakang", S),
                  ("npc_emotional_state.base_capacity", "kondisi.kapasitas_dasar", "comma"),
                  ("npc_emotional_state.capacity_factors", "kondisi.faktor", "table"),
                  ("npc_emotional_state.effective_capacity", "kondisi.kapasitas_efektif", "comma"),
                  ("npc_emotional_state.current_emotion", "kondisi.emosi", S),
                  ("npc_ocean_personality", "kepribadian", "pairs",
                   ("sifat", "nilai", "num", {"openness": "keterbukaan", "conscientiousness": "kehati-hatian",
                                              "extraversion": "ekstraversi", "agreeableness": "keramahan",
                                              "neuroticism": "neurotisisme"})),
                  ("interaction_context.situation", "konteks.situasi", S),
                  ("interaction_context.player_request", "konteks.permintaan", S),
                  ("interaction_context.support_needed", "konteks.dukungan_dibutuhkan", "comma"),
                  ("interaction_context.complexity_type", "konteks.kompleksitas", S),
                  ("interaction_context.authenticity_target", "konteks.target_keaslian", S),
                  ("interaction_context.capacity_level", "konteks.tingkat_kapasitas", S),
                  ("tension_memory.hook_type", "ketegangan.jenis_kait", S),
                  ("tension_memory.memory_reference", "ketegangan.kenangan", S),
                  ("npc_card_narrative.dialogue_prose", "narasi.prosa", S),
                  ("game_outcomes.trust_change", "hasil.perubahan_kepercayaan", "comma"),
                  ("game_outcomes.relationship_change", "hasil.perubahan_hubungan", "comma"),
                  ("game_outcomes.capacity_after", "hasil.kapasitas_setelah", "comma"),
                  ("training_metadata.authenticity_score", "penilaian.skor_keaslian", "comma"),
                  ("training_metadata.quality_score", "penilaian.skor_mutu", "comma"),
                  ("training_metadata.complexity_type", "penilaian.kompleksitas", S),
                  ("training_metadata.pipeline_version", "penilaian.versi_pipa", S),
                  ("training_metadata.master_truths_version", "penilaian.versi_mt", S),
                  ("training_metadata.generated_at", "penilaian.dibuat_pada", S)),
    },
    "ms_tr_kebab": {
        "label": ("kind", "multi_step"), "envelope": "tr_batch", "stem": "cok-adimli-etkilesim", "ext": "json",
        "map": _m(("npc_profile.name", "npc-kimligi.ad", S), ("npc_profile.age", "npc-kimligi.yas", "num"),
                  ("npc_profile.occupation", "npc-kimligi.meslek", S),
                  ("npc_profile.background", "npc-kimligi.gecmis", S),
                  ("npc_emotional_state.base_capacity", "duygu-durumu.temel-kapasite", "cap10"),
                  ("npc_emotional_state.capacity_factors", "duygu-durumu.etkenler", "texts"),
                  ("npc_emotional_state.effective_capacity", "duygu-durumu.etkin-kapasite", "cap10"),
                  ("npc_emotional_state.current_emotion", "duygu-durumu.baskin-duygu", S),
                  ("npc_ocean_personality.openness", "kisilik.acik", "num"),
                  ("npc_ocean_personality.conscientiousness", "kisilik.sorumlu", "num"),
                  ("npc_ocean_personality.extraversion", "kisilik.disa-donuk", "num"),
                  ("npc_ocean_personality.agreeableness", "kisilik.uyumlu", "num"),
                  ("npc_ocean_personality.neuroticism", "kisilik.kaygili", "num"),
                  ("interaction_context.situation", "baglam.durum", S),
                  ("interaction_context.player_request", "baglam.oyuncu-istegi", S),
                  ("interaction_context.support_needed", "baglam.gereken-destek", "num"),
                  ("interaction_context.complexity_type", "baglam.karmasiklik", S),
                  ("interaction_context.authenticity_target", "baglam.hedef-ozgunluk", S),
                  ("interaction_context.capacity_level", "baglam.kapasite-seviyesi", S),
                  ("tension_memory.hook_type", "gerilim.kanca", "kebab"),
                  ("tension_memory.memory_reference", "gerilim.ani", S),
                  ("npc_card_narrative.dialogue_prose", "anlati.metin", S),
                  ("game_outcomes.trust_change", "sonuclar.guven", "signed"),
                  ("game_outcomes.relationship_change", "sonuclar.iliski", "signed"),
                  ("game_outcomes.capacity_after", "sonuclar.sonraki-kapasite", "num"),
                  ("training_metadata.authenticity_score", "egitim.ozgunluk", "pct"),
                  ("training_metadata.quality_score", "egitim.kalite", "pct"),
                  ("training_metadata.complexity_type", "egitim.karmasiklik", S),
                  ("training_metadata.pipeline_version", "egitim.hat-surumu", S),
                  ("training_metadata.master_truths_version", "egitim.mt-surumu", S),
                  ("training_metadata.generated_at", "egitim.olusturma", S)),
    },
    "ms_abbr_flat": {
        "label": ("record_type", "multi_step"), "envelope": "md_array", "stem": "ms_answer", "ext": "md",
        "map": _m(("npc_profile.name", "npc_nm", S), ("npc_profile.age", "npc_age_yrs", "num"),
                  ("npc_profile.occupation", "npc_job", S), ("npc_profile.background", "npc_bio", S),
                  ("npc_emotional_state.base_capacity", "cap_base_pts", "num"),
                  ("npc_emotional_state.capacity_factors", "cap_mods", "items",
                   {"factor": ("src", S), "impact": ("d_pts", "num")}),
                  ("npc_emotional_state.effective_capacity", "cap_eff_pts", "num"),
                  ("npc_emotional_state.current_emotion", "mood_now", S),
                  ("npc_ocean_personality.openness", "o_pct", "pct"),
                  ("npc_ocean_personality.conscientiousness", "c_pct", "pct"),
                  ("npc_ocean_personality.extraversion", "e_pct", "pct"),
                  ("npc_ocean_personality.agreeableness", "a_pct", "pct"),
                  ("npc_ocean_personality.neuroticism", "n_pct", "pct"),
                  ("interaction_context.situation", "ctx_sit", S), ("interaction_context.player_request", "ctx_ask", S),
                  ("interaction_context.support_needed", "supp_req_pts", "num"),
                  ("interaction_context.complexity_type", "cplx", S),
                  ("interaction_context.authenticity_target", "auth_tgt", S),
                  ("interaction_context.capacity_level", "cap_lvl", S),
                  ("tension_memory.hook_type", "hook_cls", S), ("tension_memory.memory_reference", "mem_ref", S),
                  ("npc_card_narrative.dialogue_prose", "prose_card", S),
                  ("game_outcomes.trust_change", "trust_d", "num"),
                  ("game_outcomes.relationship_change", "rel_d", "num"),
                  ("game_outcomes.capacity_after", "cap_after_pts", "num"),
                  ("training_metadata.authenticity_score", "auth_q", "num"),
                  ("training_metadata.quality_score", "judge_q", "num"),
                  ("training_metadata.complexity_type", "judge_cplx", S),
                  ("training_metadata.pipeline_version", "pipe_v", S),
                  ("training_metadata.master_truths_version", "mt_v", S),
                  ("training_metadata.generated_at", "ts_utc", S)),
    },
}  # fmt: skip

BY_TYPE = {
    "emotional_authenticity": ["ea_tr_snake", "ea_id_groups", "ea_abbr_units"],
    "dramatic_irony": ["di_tr_snake", "di_fr_kebab", "di_abbr"],
    "tension_building": ["tb_id_snake", "tb_tr_kebab", "tb_units"],
    "memory_resonance": ["mr_id_nested", "mr_tr_flat", "mr_abbr"],
    "personality_traits": ["pt_id_pairs", "pt_tr_kebab", "pt_abbr"],
    "relationship_scoring": ["rs_id_snake", "rs_tr_kebab", "rs_units"],
    "multi_step": ["ms_id_nested", "ms_tr_kebab", "ms_abbr_flat"],
}


# --- writing a record in a dialect ---------------------------------------------------------------------------------


def _g(x: float) -> str:
    return f"{round(x, 4):g}"


#: how a scalar form writes a value
FORMS: dict[str, Any] = {
    "text": _g,
    "comma": lambda v: _g(v).replace(".", ","),
    "pct": lambda v: f"{_g(round(v * 100, 1))}%",
    "of10": lambda v: f"{_g(round(v * 10, 2))} out of 10",
    "cap10": lambda v: f"{_g(v)}/10",
    "lvl5": lambda v: f"{v}/5",
    "signed": lambda v: f"{v:+.2f}",
    "wks": lambda v: f"{_g(v)} wks ago",
    "w": lambda v: f"{_g(v)}w",
    "yrs": lambda v: f"{v} years old",
    "title": lambda v: v.replace("_", " ").title(),
    "Title-Dash": lambda v: v.replace("_", "-").title(),
    "kebab": lambda v: v.replace("_", "-"),
    "wtext": lambda v: f"between {v['min']} and {v['max']} weeks",
    "wlist": lambda v: [v["min"], v["max"]],
}


def _form(v: Any, form: str) -> Any:
    raw = isinstance(v, Raw)
    if raw:
        v = v.v
    if form.startswith("wrap:"):
        return {"value": v, "unit": form[5:]}
    if raw or form in ("num", S):
        return v
    return FORMS[form](v)


def _put(rec: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    cur = rec
    for k in parents:
        cur = cur.setdefault(k, {})
    cur[last] = value


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any]) -> dict[str, Any]:
    """One of our records written in a dialect (deterministic: a duplicate is written byte for byte the same)."""
    out: dict[str, Any] = {}
    for ours, theirs, form, *sub in dialect["map"]:
        v = _get(rec, ours)
        if v is None:
            continue
        if form == "items":
            v = [{sub[0][k][0]: _form(x[k], sub[0][k][1]) for k in sub[0]} for x in v]
        elif form == "table":
            v = {f["factor"]: f["impact"] for f in v}
        elif form == "texts":
            v = [f"{f['factor']}: {_g(f['impact'])}" for f in v]
        elif form == "pairs":
            key, val, vform, labels = sub[0]
            v = [{key: labels[t], val: _form(v[t], vform)} for t in labels]
        else:
            v = _form(v, form)
        _put(out, theirs, v)
    return out


def truth_map(dialect: dict[str, Any]) -> dict[str, str]:
    """{their path: our path}, the lines a person would write in interactions.field_map for this dialect."""
    truth: dict[str, str] = {}
    for ours, theirs, form, *sub in dialect["map"]:
        if form == "items":
            truth[theirs] = ours
            for k, (tk, _f) in sub[0].items():
                truth[f"{theirs}[].{tk}"] = f"{ours}[].{k}"
        elif form == "pairs":
            key, val, _f, labels = sub[0]
            for t, label in labels.items():
                truth[f"{theirs}[{key}={label}].{val}"] = f"{ours}.{t}"
        elif form.startswith("wrap:"):
            truth[f"{theirs}.value"] = ours
        else:
            truth[theirs] = ours
    return truth


def _writes(dialect: dict[str, Any], ours: str) -> bool:
    return any(e[0] == ours for e in dialect["map"])


# --- files ---------------------------------------------------------------------------------------------------------


def _label(dialect: dict[str, Any], recs: list[dict[str, Any]], per_record: bool) -> list[dict[str, Any]]:
    if not per_record or not dialect["label"]:
        return recs
    k, v = dialect["label"]
    return [{k: v, **r} for r in recs]


def _render(dtype: str, dialect: dict[str, Any], recs: list[dict[str, Any]], seed: int, n: int) -> str:
    env = dialect["envelope"]
    lab = dict([dialect["label"]]) if dialect["label"] else {}
    stamp = f"2026-11-{(seed % 18) + 10:02d}T0{n % 10}:15:00Z"
    if env == "tr_batch":
        doc: Any = {**lab, "parti_no": n, "olusturma_zamani": stamp, "surum": "v1.2", "kayitlar": recs}
    elif env == "rows":
        doc = {**lab, "generator": "qwen3:8b", "exported": stamp, "rows": recs}
    elif env == "keyed":
        doc = {dtype: recs}
    elif env == "jsonapi":
        k, v = dialect["label"]
        doc = {"data": [{k: v, "id": f"{dialect['stem']}-{seed}-{n}-{i}", "attributes": r} for i, r in enumerate(recs)],
               "meta": {"page": n, "generated": stamp}}  # fmt: skip
    elif env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _label(dialect, recs, True))
    elif env == "bare":
        doc = _label(dialect, recs, True)
    elif env in ("md", "md_think"):
        body = json.dumps({**lab, "hasil": recs}, ensure_ascii=False, indent=2)
        think = "<think>\nThe user wants the batch as JSON. Keep keys short.\n</think>\n\n" if env == "md_think" else ""
        return f"{think}Berikut batch yang diminta ({len(recs)} entri).\n\n```json\n{body}\n```\n\nSemoga membantu!\n"
    elif env == "md_array":
        body = json.dumps(_label(dialect, recs, True), ensure_ascii=False, indent=1)
        return f"Here are the interactions, one object each.\n\n```json\n{body}\n```\n"
    else:
        raise ValueError(env)
    return json.dumps(doc, ensure_ascii=False, indent=1)


def _cut(text: str, marker: str) -> str:
    """End the text inside the last record's answer (found by its text)."""
    at = text.rindex(marker)
    return text[: at + len(marker) // 2]


def _mojibake(text: str) -> str | None:
    try:
        bad = text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None
    return bad if bad != text else None


def _plan(rng: random.Random, seen: set[str], dtype: str, dialect: dict[str, Any]) -> list[tuple[dict, dict]]:
    """A type's records in OUR schema with their manifest rows: valid ones, then the defects this dialect can carry."""
    planned: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for _ in range(rng.randint(13, 20)):
        _fresh(rng, seen, planned, MAKERS[dtype], {"expected": K, "defect": None})
    usable = [d for d in DEFECTS[dtype] if all(_writes(dialect, p) for p in d[1])]
    chosen = [d for d in usable if rng.random() < 0.75] or usable[:2]
    for name, _needs, make, expected, what in chosen:
        row = {"expected": expected, "defect": name, ("reason" if expected == R else "rule"): what}
        _fresh(rng, seen, planned, make, row)
    # a few valid answers with mojibake (a generator that wrote UTF-8 read back as cp1252): kept, repaired
    answer = ANSWER[dtype]
    for rec, row in planned:
        if row["expected"] == K and rng.random() < 0.12:
            bad = _mojibake(_get(rec, answer))
            if bad:
                _set(rec, answer, bad)
                row["note"] = "mojibake"
    return planned


def _duplicates(rng: random.Random, chunks: list[list[tuple[dict, dict]]]) -> None:
    """One or two exact duplicates: a valid record written again later in the same file."""
    for k in range(rng.choice([1, 2])):
        chunk = chunks[k % len(chunks)]
        valid = [i for i, (_, row) in enumerate(chunk) if row["expected"] == K]
        src = rng.choice(valid)
        at = rng.randint(src + 1, len(chunk))
        chunk.insert(at, (chunk[src][0], {"expected": R, "defect": "exact_duplicate", "reason": "exact_duplicate"}))


def _write(path: Path, text: str, bom: bool) -> None:
    """Write a file (with `bom`: a byte-order mark and CRLF line ends, as a Windows editor saves it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if bom:
        path.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
    else:
        path.write_text(text, encoding="utf-8")


def write_fresh5_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`, planted values unwrapped) for this writer's own test.
    """
    del samples
    rng = random.Random(f"fresh5/{seed}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    subdirs = ["", "gelen", f"hasil_{seed:03d}", "export/2026-11"]
    manifest: dict[str, Any] = {"family": "fresh5", "seed": seed, "records": [], "plans": {}, "files": []}
    seen: set[str] = set()
    cut_types = set(rng.sample(TYPES, 2))
    bom_file = rng.randint(1, 7)
    file_no = 0
    for ti, dtype in enumerate(TYPES):
        dname = BY_TYPE[dtype][(seed + ti * 2) % 3]
        dialect = DIALECTS[dname]
        planned = _plan(rng, seen, dtype, dialect)
        answer = ANSWER[dtype]
        rng.shuffle(planned)
        n_files = 2 if len(planned) > 17 and rng.random() < 0.5 else 1
        chunks = [planned[i::n_files] for i in range(n_files)]
        _duplicates(rng, chunks)
        plan_files = []
        for c, chunk in enumerate(chunks):
            file_no += 1
            rel = Path(rng.choice(subdirs)) / f"{dialect['stem']}_{seed:03d}_{file_no:02d}.{dialect['ext']}"
            theirs = [to_dialect(rec, dialect) for rec, _ in chunk]
            rows = [row for _, row in chunk]
            ours = [rec for rec, _ in chunk]
            cut = dtype in cut_types and c == len(chunks) - 1
            marker = ""
            if cut:
                while True:  # a record of its own text (so the cut can find its answer)
                    rec = MAKERS[dtype](rng)
                    if _canon(rec) not in seen:
                        break
                seen.add(_canon(rec))
                marker = json.dumps(_get(rec, answer), ensure_ascii=False)[1:-1]
                theirs.append(to_dialect(rec, dialect))
                rows.append({"expected": L, "defect": "truncated_record"})
                ours.append(rec)
            text = _render(dtype, dialect, theirs, seed, file_no)
            if cut:
                text = _cut(text, marker)
            _write(folder / rel, text, bom=file_no == bom_file and not cut)
            plan_files.append(rel.as_posix())
            manifest["files"].append(rel.as_posix())
            for i, row in enumerate(rows):
                out = {"file": rel.name, "path": rel.as_posix(), "index": i, "data_type": dtype, **row}
                if with_ours:
                    out["ours"] = json.loads(json.dumps(ours[i], default=lambda o: o.v))
                manifest["records"].append(out)
        manifest["plans"][dtype] = {"dialect": dname, "truth": truth_map(dialect), "files": plan_files}
    manifest["counts"] = counts(manifest)
    return manifest


def _canon(rec: dict[str, Any]) -> str:
    return json.dumps(rec, sort_keys=True, default=lambda o: repr(o.v) if isinstance(o, Raw) else str(o))


def _fresh(rng: random.Random, seen: set[str], planned: list, make: Any, row: dict[str, Any]) -> None:
    """Plan a record no earlier record of the folder equals (only planted duplicates repeat)."""
    while True:
        rec = make(rng)
        key = _canon(rec)
        if key not in seen:
            seen.add(key)
            planned.append((rec, row))
            return
