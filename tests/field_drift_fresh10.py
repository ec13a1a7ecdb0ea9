#!/usr/bin/env python3
"""A twelfth held-out drift generator (issue 11): folders written by three studios' own Qwen3 pipelines.

Written apart from the matcher (only docs/interaction-formats.md, curation/domain/spec.yaml, the scorer, the other
drift generators' top docstrings and fresh9's writer and manifest test were read): the seven data types and
meanings of curation/domain/spec.yaml, written by three teams nobody here has tuned on, each with its own habits
for every type it writes:

- a gameplay-scripting team: kebab-case keys, the scene's givens at the top level and the generated line with
  its review in nested blocks (`npc-output.spoken-line`, `review-pass.true-ring`), reviewers' marks out of ten for
  0-1 scores ("8.2/10"), labels in kebab-case, HTTP-header-like run metadata (`x-model`, `x-seed`), a player /
  NPC exchange as a two-turn log, irony options as an object keyed by option type, a memory flattened into
  `flashback-*` keys, factors as "name (-1.5)" texts;
- an Estonian partner studio: Estonian keys (`tegelane.nimi`, `väljund.repliik`, `hinnang.ehtsus`, diacritics
  included), decimal commas ("0,82", "6,5/10"), input / output / assessment groups, a payoff window as a
  `{alates, kuni}` object, OCEAN under Estonian trait names, factors as items or a name -> impact table, a
  multi-step request and prose as two turns (the rejected prose beside the final one in the NPC's turn), batch
  files written with Python's default `ensure_ascii` (keys and text as escapes);
- a data team: flattened dataframe exports where every key is a dotted path held in ONE key
  (`"persona_meta.display_nm"`, mapped with "\\."), a null in every column a record has no value for, percentages
  for scores, a typographic minus, factor lists as "name (+1.5)" texts (a list survives the flattening), a
  fine-tuning chat row whose scene and in-character turns are picked out of a `dialog` list by their
  `speaker_role` (`[key=label]`) beside a system turn that is no field of ours.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the answer the
reviewer turned down, a second judge's mark in the same form as the real one, a fluency or confidence figure on
the same scale, a reviewer's memo, retry counts, model name, sampler seed, timings, token counts. The truth is the
field a user of it would pick. Each data type has two prompt versions by two of the teams; a seed writes one of
them or both in one folder (one truth map holding both).

Every truth line uses a field_map form docs/interaction-formats.md documents (dotted paths, "\\.", "[]", "[N]",
"{}", "[key=label]"), and values only in readings the docs list as lossless ("82%", "8.2/10", "6.5 out of 10",
"0,82", "6,5/10", "4/5", "+0.30", "−0.30", "12 weeks ago", "41 years old", "2-4 weeks later", factor texts
"name (+1.5)", a name -> impact table, labels "Tone-Deaf" / "tone-deaf" / "Past Trauma Trigger").

Files: JSON Lines (`.jsonl`, a type label on every line or none), the studio's typed batch header, a two-level
Estonian wrapper, dataframe arrays with a type column, the multi-step pipeline's bare arrays, and Qwen3 answers as
Ollama returns them: a Markdown answer with a `<think>` block and a fenced array, and the raw answer saved as .json
(a `<think>` block, a ```json fence, often a trailing comma after the last record, sometimes a `//` line between
two records, now and then a closing remark after the fence); in half the folders the drop's README (prose, no
JSON, nothing planted). One file per folder with a BOM and CRLF, one to three answers with mojibake (UTF-8 read as
cp1252 or Mac Roman; kept: a repair), one file per folder ends inside its last record (planted `lost`). A type may
be absent, hold 3-6 records, 15-30, or 200+ over many batch files; no two records are alike in our fields unless
one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a type of 200+), on the canonical record, so the expected outcome is the spec's whatever the names:
X+2 in both forms (a support-given number and a sentence), capacity formula, capacity and authenticity buckets,
complexity types, irony knowledge gap / impact / option type / recommended option, payoff windows, hook types,
resonance weights and types, out-of-range values written as plain numbers, a NaN trust change, a score finished
with a word ("0.72 (solid)": uncoercible), a missing answer, low quality, an authenticity score off its declared
target, exact duplicates (a retried call appended again to its file, or a retried batch repeating a record of the
previous file of its prompt version).

    write_fresh10_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh10.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh10.manifest.json)
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from drift_machinery import ANSWER as ANSWER  # the manifest test reads the answers
from drift_machinery import (
    OCEAN,
    TYPES,
    WEIGHTS,
    WHAT,
    Family,
    Planters,
    Row,
    World,
    answer_pool,
    command_line,
    dirs_per_team,
    drop_note,
    layout,
    makers,
    write_folder,
)
from drift_machinery import answer_path as _answer_path
from drift_machinery import answer_text as _answer_text
from drift_machinery import flag as _flag
from drift_machinery import get as _get
from drift_machinery import get_their as _get_their
from drift_machinery import inside_grid as _u
from drift_machinery import on_grid as _grid
from drift_machinery import option_in_character as _in_character
from drift_machinery import plain_number as _plain
from drift_machinery import put as _put
from drift_machinery import reject as _reject
from drift_machinery import truth_map as truth_map  # the manifest test reads the true map

# --- content pools (this writer's own: a river-delta ferry town of reed beds and salt pans) ------------------------

NAMES = [
    "Ilse",
    "Bartholomew",
    "Kaarin",
    "Oluwaseun",
    "Mireille",
    "Tobiah",
    "Saoirse",
    "Evander",
    "Jaana",
    "Lazlo",
    "Perpetua",
    "Ignatius",
    "Rosalind",
    "Tiberiu",
    "Wilhelmina",
    "Caspian",
    "Odalys",
    "Fenwick",
]
JOBS = [
    "ferry pilot",
    "eel smoker",
    "lock keeper",
    "salt-pan raker",
    "reed cutter",
    "harbour clerk",
    "net mender",
    "midwife",
    "ropewalk foreman",
    "tide-table printer",
    "lighthouse cook",
    "customs weigher",
]
PLACES = [
    "the ferry landing in fog",
    "the eel smokehouse",
    "the lock gates at low water",
    "the salt pans at noon",
    "the ropewalk shed",
    "the customs shed after closing",
    "the reed beds at dawn",
    "the harbour master's back room",
]
PRESSURES = [
    ("a storm tide flooding the cellar", -2.5),
    ("a fine from the harbour board", -1.5),
    ("a son gone to sea without a word", -3.0),
    ("fever in the house for a week", -2.0),
    ("the ferry engine failing again", -1.0),
    ("a good salt harvest", 1.5),
    ("a neighbour's unexpected kindness", 1.0),
    ("a sprained wrist", -0.5),
    ("the smokehouse lease ending", -2.0),
    ("a calm week on the water", 0.5),
]
ASKS = [
    "The player asks them to pilot a night crossing in heavy fog.",
    "The player needs them to hide a crate from the customs weigher.",
    "The player wants them to sit with a drowned man's widow.",
    "The player asks them to speak for a smuggler before the harbour board.",
    "The player asks for a week's credit at the smokehouse.",
    "The player wants them to take an orphaned boy as an apprentice.",
    "The player asks them to check the lock gates in a storm.",
    "The player needs someone to read a letter from the mainland aloud.",
]
REPLIES = [
    "Not tonight. I’ve nothing left — but I’ll lend you my lantern and show you the safe channel.",
    "I can take you as far as the second buoy… past that you’ll want someone steadier than me.",
    "Sit. Tell me all of it. The tide won’t turn for hours and I’m not going anywhere.",
    "I’d like to say yes. I can’t. Ask me again when the fever’s out of the house?",
    "No. I’m sorry — I’m wrung dry this week, and I’d only let you down.",
    "Right — give me a moment to get my boots on, then we’ll see to it together.",
    "I’ll do the first watch. After midnight you’re on your own, mind.",
    "You would ask me today of all days… go on, then. I’ll have a word with the weigher.",
]
THOUGHTS = [
    "If I turn them away, who on this water will they go to?",
    "Everyone leans on the ferry pilot. Nobody asks if the pilot can stand.",
    "I would want someone to do this for my boy.",
    "Why does trouble always come in on the evening tide?",
]
SYSTEM_CARDS = [
    "You write NPC dialogue for a narrative game set in a river-delta ferry town. Stay in character and in period.",
    "You are a dialogue writer. Keep each line short, concrete and true to the character's personality profile.",
    "Write one in-character line for the NPC described below. No narration, no stage directions, no emoji.",
]
REMARKS = [
    "Voice is right; the middle sentence could lose a clause.",
    "Numbers checked against the planning sheet.",
    "Good. The last line carries it.",
    "Tone borderline modern in places; acceptable.",
]
SECRETS = [
    "the harbour master has been selling the ferry's fuel ration",
    "the widow's husband is alive on the mainland",
    "the salt pans are to be flooded for a new dock",
    "their oldest friend informed on them to customs",
    "the lock keeper's log was rewritten after the drowning",
    "their daughter has booked passage on Friday's boat for good",
]
BELIEFS = [
    "the fuel shortage is the board's doing",
    "the widow's husband drowned in the spring storm",
    "the salt pans will be theirs for another generation",
    "their oldest friend spoke up for them at the hearing",
    "the lock keeper's log is accurate",
    "their daughter is only visiting her aunt across the water",
]
TONE_DEAF = [
    "Chin up — there's always another boat, isn't there?",
    "Well, that's hardly my concern, is it.",
    "Let's not talk shop on a fine evening like this.",
    "Money comes and goes. No point moping.",
]
MISGUIDED = [
    "It'll be a misunderstanding. People here mean well.",
    "Perhaps if you were a little kinder to the board…",
    "Leave it to me — I'll go down there and give them a piece of my mind.",
    "You should count yourself lucky, honestly.",
]
GROWTH = [
    "Whatever it is, I'm listening. What do you need from me?",
    "I think there's more here than either of us knows. Shall we find out together?",
    "That's a weight. Do you want advice, or just someone beside you?",
    "I might not see the whole of it, and that's fine.",
]
HOOK_LINES = [
    "There's a reason the channel buoy was moved last spring… not tonight, though.",
    "Ask me after the eel fair and I'll tell you who really paid for the new jetty.",
    "She swore to me the boat sank. The insurance men say otherwise. Odd, isn't it?",
    "If the board signs on Friday, there won't be a ferry left to argue over.",
    "I found a second tide book in the lockhouse. The hand isn't the keeper's.",
    "You think the smokehouse fire was an accident? Keep thinking that, for now.",
]
SECRET_SETUPS = [
    "The buoy was moved to steer the night boats onto a smugglers' sandbank.",
    "The jetty was paid for with the widow's hidden inheritance.",
    "The boat was scuttled on purpose for the insurance money.",
    "The board has already sold the ferry rights to a mainland company.",
    "The second tide book records the real times of the drowning night.",
    "The fire was set to burn the customs ledgers stored in the loft.",
]
HINTS = [
    "A buoy light where no buoy should be.",
    "A jetty plank stamped with a mainland mark.",
    "An insurance clerk asking about the wreck's lifeboat.",
    "A board member's coat on the mainland ferry.",
    "Tide times that do not match the almanac.",
    "Ledger ash in the smokehouse chimney.",
]
NOW = [
    "The player hums a shanty while coiling rope.",
    "Fog horns sound across the water while they wait for the ferry.",
    "A child's paper boat drifts into the lock.",
    "The smokehouse smells of burnt alder.",
    "The player hands them a faded photograph of the old jetty.",
    "Someone whistles exactly like their drowned brother.",
]
PAST = [
    "their mother singing that shanty over the washtub",
    "the night the old smokehouse burned",
    "racing paper boats with a brother who later drowned",
    "their first winter alone on the salt flats",
    "a wedding on the jetty that ended in a brawl",
    "keeping watch over a feverish sister until dawn",
]
EMOTIONS = ["sorrow", "warm nostalgia", "guilt", "gentle joy", "unease", "relief", "longing"]
RECALL = [
    "That shanty… my mother sang it over the washtub. I haven’t heard it since she passed.",
    "Burnt alder. Every time. I’m back in that fire and my chest goes tight.",
    "A paper boat. Of course — he always launched his too early and lost.",
    "Odd — winters on the flats used to frighten me. Now they feel almost gentle.",
    "You whistle just like him. Forgive me — give me a moment.",
    "I kept a watch like this once before, and I swore I never would again.",
]
SCENES = [
    "A stranger jumps the queue at the ferry gangway.",
    "The player forgets the character's birthday.",
    "A storm cancels the Saturday fish market.",
    "A colleague takes credit for mending the lock chain.",
    "The player invites them to an impromptu dance on the jetty.",
    "A letter arrives from the mainland with bad news.",
]
TRAIT_LINES = [
    "Oh! Well — never mind, there's another crossing at four, isn't there?",
    "I've made a list. Three options, in order. We start with the first at six sharp.",
    "A dance? On the jetty? Give me two minutes — I'm fetching my accordion!",
    "It's fine. It's always fine. Don't worry yourself about me.",
    "Of course the market's off. Of course it is. Why do I plan anything?",
    "Interesting — I never thought of the gangway as a place to meet people.",
]
EXPRESS = [
    "High agreeableness softens the complaint; low neuroticism keeps it level.",
    "High conscientiousness shows in the ordered list and the fixed hour.",
    "High extraversion drives the instant delight at company.",
    "High neuroticism colours the catastrophising about the storm.",
    "High openness turns an irritation into curiosity.",
]
ACTIONS = [
    "The player brings soup when they are laid up with fever.",
    "The player misses a promised meeting at the landing.",
    "The player stands up for them before the harbour board.",
    "The player reads their private letters without asking.",
    "The player repays an old debt in full, with interest.",
    "The player teases them about their oilskin hat.",
]
RETORTS = [
    "You remembered. Hardly anybody does.",
    "I waited an hour at that landing. A full hour.",
    "You didn't have to do that. Thank you.",
    "Those were private. I'd like you to leave.",
    "Then we're even. Good.",
    "Ha! Says the one who wears a sou'wester to chapel.",
]
WHYS = [
    "A caring gesture at a vulnerable moment builds trust; the reply shows real warmth.",
    "A broken promise costs trust; the short reply signals hurt more than anger.",
    "Public loyalty is rare and valued, so a large positive shift is justified.",
    "Reading private letters is a serious breach; the boundary is stated plainly.",
    "Repaying a debt restores balance but does not create closeness.",
    "Light teasing inside an established bond reads as affection, not insult.",
]
PROSE = [
    "Ilse wipes her hands on her apron and won't look up. “I'll take the crate across — not the rest, not today.”",
    "He laughs too loudly and agrees to everything, then sits very still once you've gone.",
    "She hears you out in silence, nods once, and writes a name on the back of a tide table.",
    "The lock keeper shakes his head. “Come back next week. Right now I'd only make it worse.”",
    "Jaana folds the letter twice and pushes it back across the table. “Not tonight. I'm sorry.”",
]
MEMREF = [
    "the night the smokehouse burned",
    "a promise made on the ferry landing",
    "the winter the channel froze",
    "their first week on the delta",
    "a photograph left in the lockhouse",
]
TENSION_NOTES = [
    "Keep what the player knows off the table; no reveal here.",
    "The irony should sting a little; do not let the character guess.",
]
UNKNOWN_COMPLEXITY = ["silent_endurance", "gallows_humour", "rescuer_reflex", "deflection_by_chores"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "over" if need > x2 else "under"
    return f"Reserve {eff:g}, ceiling {x2:g} by X+2; the ask of {need:g} is {side} that, so the answer holds back."


WORLD = World.of(
    globals(),
    constraint=_constraint,
    irony_scenario="At {place}, the talk drifts to last month's trouble on the water.",
    tension_context="{Place}, the evening tide coming in; the player stays behind.",
    memory_description="Remembering {past}, years before the new dock.",
    multi_background="Born on the delta, has worked the same water for years; lodges by {place}.",
    multi_situation="{name} is finishing the day's work at {place}.",
    need_within_10=False,
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a draft beside the final answer is another line of the same pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------


def _fresh_ea(rng: random.Random, ok: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    while True:
        rec = MAKERS["emotional_authenticity"](rng)
        if ok(rec):
            return rec


GIVEN_SENTENCES = [
    "Worn to the bone, she still delivers {g} points of support and regrets it by morning.",
    "Support actually provided: {g}, far past what is left in him.",
    "In the end her support ran to {g} regardless of the fever in the house.",
    "He lent {g} worth of support all the same, and the ferry ran late for it.",
]


def ea_x2_given(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = _fresh_ea(rng, lambda r: r["effective_capacity"] <= 6.5 and r["authenticity_target"] != "excellent")
    eff = rec["effective_capacity"]
    given = min(10.0, eff + 2 + _grid(rng, 1.0, 2.5))
    rec["support_level_needed"] = max(rec["support_level_needed"], given)
    if any(o == "support_provided" for o, *_ in d["map"]) and rng.random() < 0.5:
        rec["support_provided"] = given
        rec["demonstrates_constraint"] = _constraint(eff, rec["support_level_needed"])
        return _flag(rec, "capacity.x_plus_2", "x_plus_2_given_field")
    rec.pop("support_provided", None)
    rec["demonstrates_constraint"] = rng.choice(GIVEN_SENTENCES).format(g=f"{given:g}")
    return _flag(rec, "capacity.x_plus_2", "x_plus_2_given_sentence")


def ea_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["emotional_authenticity"](rng)
    rec["authenticity_score"] = float(rng.choice([76, 83, 92]))
    return _reject(rec, "score_out_of_range", "score_on_100_scale", ["authenticity_score"])


def di_impact(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["dramatic_irony"](rng)
    o = rng.choice(rec["response_options"])
    o["relationship_impact"] = {"tone_deaf": -2.5, "misguided": -1.0, "growth": 1.4}[o["type"]]
    return _flag(rec, "irony.relationship_impact", "impact_out_of_type_range")


def di_option_type(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["dramatic_irony"](rng)
    fits = _in_character(rec["character_capacity"])
    o = rng.choice([o for o in rec["response_options"] if o["type"] != fits])
    o["type"] = rng.choice(["sarcastic", "dismissive", "preachy"])
    return _flag(rec, "irony.option_type", "unknown_option_type")


def di_low(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["dramatic_irony"](rng)
    rec["dramatic_irony_score"] = _u(rng, 0.15, 0.45)
    return _reject(rec, "below_quality_threshold", "low_quality")


def di_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["dramatic_irony"](rng)
    rec["character_capacity"] = rng.choice([11.0, 12.5, 14.0])
    rec.pop("recommended_option", None)
    return _reject(rec, "capacity_out_of_range", "capacity_over_10", ["character_capacity"])


def tb_window(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["tension_building"](rng)
    rec["payoff_window_weeks"] = {
        "mystery_hook": {"min": 5, "max": 8},
        "partial_reveal": {"min": 6, "max": 9},
        "contradiction": {"min": 1, "max": 3},
        "stakes_escalation": {"min": 3, "max": 6},
    }[rec["hook_type"]]
    return _flag(rec, "tension.payoff_window", "window_outside_hook")


def tb_hook(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["tension_building"](rng)
    rec["hook_type"] = rng.choice(["red_herring", "cliffhanger", "slow_burn"])
    return _flag(rec, "tension.hook_type", "unknown_hook")


def tb_level(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["tension_building"](rng)
    rec["relationship_level"] = rng.choice([6, 8, 10])
    return _reject(rec, "value_out_of_range", "level_over_5", ["relationship_level"])


def mr_weight(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["memory_resonance"](rng)
    rec["resonance_weight"] = rng.choice([w for w in (0.5, 0.6, 0.75, 1.0) if w != WEIGHTS[rec["resonance_type"]]])
    return _flag(rec, "memory.resonance_weight", "wrong_weight")


def mr_type(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["memory_resonance"](rng)
    rec["resonance_type"] = rng.choice(["bittersweet_echo", "sensory_trigger", "anniversary_pang"])
    return _flag(rec, "memory.resonance_type", "unknown_resonance_type")


def mr_weeks(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["memory_resonance"](rng)
    rec["memory"]["weeks_ago"] = rng.choice([-2, -16, -52])
    return _reject(rec, "value_out_of_range", "negative_weeks", ["memory.weeks_ago"])


def mr_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["memory_resonance"](rng)
    rec["resonance_score"] = float(rng.choice([81, 87, 95]))
    return _reject(rec, "score_out_of_range", "score_on_100_scale", ["resonance_score"])


def pt_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["personality_traits"](rng)
    trait = rng.choice(OCEAN)
    rec["ocean"][trait] = float(rng.choice([64, 71, 88]))
    return _reject(rec, "score_out_of_range", "trait_on_100_scale", [f"ocean.{trait}"])


def rs_trust(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["relationship_scoring"](rng)
    rec["trust_change"] = rng.choice([1.5, -1.8, 4.0])
    return _reject(rec, "value_out_of_range", "trust_over_1", ["trust_change"])


def rs_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["relationship_scoring"](rng)
    rec["relationship_score"] = rng.choice([6.0, 7.5, 8.5])
    return _reject(rec, "score_out_of_range", "score_on_10_scale", ["relationship_score"])


#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["solid", "decent", "strong", "ok"]


def tb_words(rng: random.Random, d: dict[str, Any]) -> Row:
    return PLANT.words(rng, MAKERS["tension_building"](rng), "tension_score", "score_with_word")


def rs_words(rng: random.Random, d: dict[str, Any]) -> Row:
    return PLANT.words(rng, MAKERS["relationship_scoring"](rng), "quality_score", "score_with_word")


def _fresh_ms(rng: random.Random, ok: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    while True:
        rec = MAKERS["multi_step"](rng)
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
    rec = MAKERS["multi_step"](rng)
    rec["npc_profile"]["age"] = rng.choice([180, 275, 450])
    return _reject(rec, "value_out_of_range", "age_over_150", ["npc_profile.age"])


def ms_after(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["multi_step"](rng)
    rec["game_outcomes"]["capacity_after"] = rng.choice([10.5, 13.0, 15.0])
    return _reject(rec, "capacity_out_of_range", "capacity_over_10", ["game_outcomes.capacity_after"])


#: the shared defect planters, bound to this family's makers and habits
PLANT = Planters(makers=MAKERS, constraint=_constraint, unknown_complexity=UNKNOWN_COMPLEXITY, score_words=SCORE_WORDS)

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
    "tension_building": [tb_window, tb_hook, tb_level, PLANT.tb_low, PLANT.tb_missing, tb_words],
    "memory_resonance": [mr_weight, mr_type, mr_weeks, PLANT.mr_low, mr_range],
    "personality_traits": [pt_range, PLANT.pt_low, PLANT.pt_missing],
    "relationship_scoring": [rs_trust, PLANT.rs_nan, PLANT.rs_low, rs_range, rs_words],
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
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry writes an
# object keyed by each element's option type; the "{}." entries fill its values. "[N]" is a list position and
# "[key=label]" one element of a list of labelled objects; "\." is a dot inside one key (a flattened export).
# `consts` are written first on every record (a chat's system turn, the speaker tag of a turn). Forms are documented
# lossless readings (see FORMS).

#: OCEAN as the Tallinn team names the traits
OCEAN_ET = ["avatus", "kohusetundlikkus", "ekstravertsus", "sotsiaalsus", "neurootilisus"]
#: OCEAN as the data team's flattened percentage columns
OCEAN_LAB = ["openness_est", "conscient_est", "extravers_est", "agreeabl_est", "neurotic_est"]

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_wharf": {  # gameplay scripting: kebab-case, context at top level, the answer and review in nested blocks
        "team": "wharf",
        "envelope": "jsonl",
        "stem": "emotional_authenticity_wharf",
        "label": "emotional_authenticity",
        "label_key": "task",
        "map": [
            ("character_name", "npc-called", None),
            ("context", "npc-lately", None),
            ("base_capacity", "cap-base", "str"),
            ("capacity_factors", "cap-drains", "factors_paren"),
            ("effective_capacity", "cap-now", "of10"),
            ("capacity_level", "cap-band", None),
            ("situation", "player-asks", None),
            ("support_level_needed", "ask-weight", None),
            ("character_response", "npc-output.spoken-line", None),
            ("internal_thought", "npc-output.headspace", None),
            ("demonstrates_constraint", "npc-output.limit-note", None),
            ("support_provided", "npc-output.gave-amount", None),
            ("authenticity_score", "review-pass.true-ring", "score10"),
            ("authenticity_target", "review-pass.aim-tier", None),
            ("complexity_type", "review-pass.wrinkle-kind", None),
        ],
        "decoys": [
            ("npc-output.spoken-rejected", "turned_down", None),
            ("review-pass.true-ring-judge-b", "judge2", "score10"),
            ("review-pass.fluency-check", "conf", "score10"),
            ("npc-output.beat-count", "beats", None),
        ],
    },
    "ea_tallinn": {  # Tallinn partner studio: Estonian keys, decimal commas, input / output / assessment groups
        "team": "tallinn",
        "envelope": "batch",
        "stem": "emotional_authenticity_batch",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "tegelane.nimi", None),
            ("context", "tegelane.taust", None),
            ("base_capacity", "võimekus.algtase", "dcomma"),
            ("capacity_factors", "võimekus.tegurid", "list"),
            ("capacity_factors[].factor", "võimekus.tegurid[].põhjus", None),
            ("capacity_factors[].impact", "võimekus.tegurid[].mõju", "dcomma"),
            ("effective_capacity", "võimekus.tegelik", "dcomma10"),
            ("capacity_level", "võimekus.klass", None),
            ("situation", "sisend.palve", None),
            ("support_level_needed", "sisend.vajatav_tugi", "dcomma"),
            ("character_response", "väljund.repliik", None),
            ("internal_thought", "väljund.sisekõne", None),
            ("demonstrates_constraint", "väljund.piirang", None),
            ("support_provided", "väljund.antud_tugi", "dcomma"),
            ("authenticity_score", "hinnang.ehtsus", "dcomma"),
            ("authenticity_target", "hinnang.sihttase", None),
            ("complexity_type", "hinnang.keerukus", None),
        ],
        "decoys": [
            ("väljund.tagasi_lükatud", "turned_down", None),
            ("hinnang.teine_hindaja", "judge2", "dcomma"),
            ("hinnang.kindlus", "conf", "dcomma"),
            ("tehniline.katse", "retry1", None),
        ],
    },
    "di_wharf": {  # gameplay scripting: the three paths keyed by option type, a Qwen3 Markdown answer
        "team": "wharf",
        "envelope": "think_md",
        "stem": "dramatic_irony_answer",
        "label": "dramatic_irony",
        "map": [
            ("scenario", "scene-setup", None),
            ("player_knows", "player-has-seen", None),
            ("character_knows", "npc-assumes", None),
            ("knowledge_gap_score", "gap-size", "pct"),
            ("character_name", "npc-called", None),
            ("character_capacity", "cap-now", "outof10"),
            ("response_options[].type", "npc-output.reply-paths{}", "kebab"),
            ("response_options[].dialogue", "npc-output.reply-paths{}.spoken-line", None),
            ("response_options[].relationship_impact", "npc-output.reply-paths{}.bond-delta", "signed"),
            ("recommended_option", "npc-output.likely-path", "kebab"),
            ("dramatic_irony_score", "review-pass.irony-rating", "score10"),
            ("tension_notes", "review-pass.note-to-writer", None),
        ],
        "decoys": [
            ("review-pass.irony-rating-judge-b", "judge2", "score10"),
            ("review-pass.fluency-check", "conf", "score10"),
            ("npc-output.beat-count", "beats", None),
        ],
    },
    "di_lab": {  # data team: a flattened dataframe export (dotted keys), an option list, percentages
        "team": "lab",
        "envelope": "frame",
        "stem": "dramatic_irony_frame",
        "label": "dramatic_irony",
        "map": [
            ("scenario", "scene_card\\.premise_txt", None),
            ("player_knows", "intel\\.pc_side_txt", None),
            ("character_knows", "intel\\.npc_side_txt", None),
            ("knowledge_gap_score", "intel\\.asymmetry_pct", "pct"),
            ("character_name", "persona_meta\\.display_nm", None),
            ("character_capacity", "persona_meta\\.reserve_of10", "of10"),
            ("response_options", "reply_opts", "list"),
            ("response_options[].type", "reply_opts[].opt_kind", "title"),
            ("response_options[].dialogue", "reply_opts[].opt_line_txt", None),
            ("response_options[].relationship_impact", "reply_opts[].opt_bond_fx", "tminus"),
            ("recommended_option", "reply_opts_expected", None),
            ("dramatic_irony_score", "rater_scores\\.irony_pct", "pct"),
            ("tension_notes", "rater_notes\\.tension_memo", None),
        ],
        "decoys": [
            ("rater_scores\\.second_rater_pct", "judge2", "pct"),
            ("rater_scores\\.style_pct", "conf", "pct"),
            ("rater_notes\\.reviewer_memo", "remark", None),
            ("gen_cfg\\.retry_idx", "retry0", None),
        ],
    },
    "tb_tallinn": {  # Tallinn partner studio: a hook object with a {from, to} window, a two-level wrapper export
        "team": "tallinn",
        "envelope": "wrapped",
        "stem": "tension_building_partii",
        "label": "tension_building",
        "map": [
            ("character_name", "tegelane.nimi", None),
            ("context", "sisend.olukord", None),
            ("hook_type", "konks.liik", None),
            ("setup", "konks.saladus", None),
            ("payoff_window_weeks.min", "konks.aken.alates", None),
            ("payoff_window_weeks.max", "konks.aken.kuni", None),
            ("payoff_hint", "konks.märguanne", None),
            ("dialogue", "väljund.repliik", None),
            ("relationship_level", "sisend.suhte_tase", None),
            ("tension_score", "hinnang.pinge", "dcomma"),
            ("hook_effectiveness", "hinnang.mõjusus", "dcomma"),
        ],
        "decoys": [
            ("väljund.tagasi_lükatud", "turned_down", None),
            ("hinnang.teine_hindaja", "judge2", "dcomma"),
            ("hinnang.kindlus", "conf", "dcomma"),
            ("tehniline.katse", "retry1", None),
        ],
    },
    "tb_lab": {  # data team: JSON Lines of flattened records, the window as text
        "team": "lab",
        "envelope": "jsonl",
        "stem": "tension_building_lab",
        "label": "tension_building",
        "map": [
            ("character_name", "persona_meta\\.display_nm", None),
            ("context", "scene_card\\.premise_txt", None),
            ("hook_type", "hook_plan\\.hook_family", "kebab"),
            ("setup", "hook_plan\\.buried_truth", None),
            ("payoff_window_weeks", "hook_plan\\.reveal_span", "win_later"),
            ("payoff_hint", "hook_plan\\.breadcrumb_txt", None),
            ("dialogue", "npc_reply_txt", None),
            ("relationship_level", "persona_meta\\.closeness_of5", "of5"),
            ("tension_score", "rater_scores\\.suspense_pct", "pct"),
            ("hook_effectiveness", "rater_scores\\.hook_land_pct", "pct"),
        ],
        "decoys": [
            ("npc_reply_rejected_txt", "turned_down", None),
            ("rater_scores\\.second_rater_pct", "judge2", "pct"),
            ("rater_scores\\.style_pct", "conf", "pct"),
            ("gen_cfg\\.retry_idx", "retry0", None),
        ],
    },
    "mr_wharf": {  # gameplay scripting: the memory flattened into flashback-* keys, a raw Qwen3 answer saved as .json
        "team": "wharf",
        "envelope": "think_raw",
        "stem": "memory_resonance_raw",
        "label": "memory_resonance",
        "map": [
            ("character_name", "npc-called", None),
            ("current_situation", "right-now", None),
            ("memory.description", "flashback-event", None),
            ("memory.emotion", "flashback-mood-word", None),
            ("memory.weeks_ago", "flashback-age", "weeks_ago"),
            ("resonance_type", "echo-kind", "words"),
            ("resonance_weight", "echo-pull", "str"),
            ("character_response", "npc-output.spoken-line", None),
            ("resonance_score", "review-pass.echo-rating", "score10"),
        ],
        "decoys": [
            ("npc-output.spoken-rejected", "turned_down", None),
            ("review-pass.echo-rating-judge-b", "judge2", "score10"),
            ("review-pass.fluency-check", "conf", "score10"),
            ("npc-output.beat-count", "beats", None),
        ],
    },
    "mr_tallinn": {  # Tallinn partner studio: a memory object, typed batch with header
        "team": "tallinn",
        "envelope": "batch",
        "stem": "memory_resonance_batch",
        "label": "memory_resonance",
        "map": [
            ("character_name", "tegelane.nimi", None),
            ("current_situation", "sisend.hetkeolukord", None),
            ("memory.description", "mälestus.kirjeldus", None),
            ("memory.emotion", "mälestus.tunne", None),
            ("memory.weeks_ago", "mälestus.nädalat_tagasi", None),
            ("resonance_type", "kaja.liik", None),
            ("resonance_weight", "kaja.kaal", "dcomma"),
            ("character_response", "väljund.repliik", None),
            ("resonance_score", "hinnang.kaja_hinne", "dcomma"),
        ],
        "decoys": [
            ("väljund.tagasi_lükatud", "turned_down", None),
            ("hinnang.teine_hindaja", "judge2", "dcomma"),
            ("hinnang.kindlus", "conf", "dcomma"),
            ("tehniline.katse", "retry1", None),
        ],
    },
    "pt_lab": {  # data team: a fine-tuning chat row (system / scene / in-character turns) plus flattened labels
        "team": "lab",
        "envelope": "jsonl",
        "stem": "personality_traits_chat",
        "label": "personality_traits",
        "consts": [("dialog[speaker_role=system_card].msg_txt", "system")],
        "map": [
            ("scenario", "dialog[speaker_role=scene_card].msg_txt", None),
            ("dialogue", "dialog[speaker_role=in_character].msg_txt", None),
            ("character_name", "persona_meta\\.display_nm", None),
            *[(f"ocean.{t}", f"big5_pct\\.{c}", "pct") for t, c in zip(OCEAN, OCEAN_LAB, strict=True)],
            ("trait_expression", "rater_notes\\.trait_reading", None),
            ("quality_score", "rater_scores\\.overall_pct", "pct"),
        ],
        "decoys": [
            ("npc_reply_rejected_txt", "turned_down", None),
            ("rater_scores\\.second_rater_pct", "judge2", "pct"),
            ("rater_scores\\.style_pct", "conf", "pct"),
            ("gen_cfg\\.retry_idx", "retry0", None),
        ],
    },
    "pt_tallinn": {  # Tallinn partner studio: named Estonian traits as percentages, a Qwen3 Markdown answer
        "team": "tallinn",
        "envelope": "think_md",
        "stem": "personality_traits_vastus",
        "label": "personality_traits",
        "map": [
            ("character_name", "tegelane.nimi", None),
            ("scenario", "sisend.olukord", None),
            *[(f"ocean.{t}", f"isiksus.{c}", "pct") for t, c in zip(OCEAN, OCEAN_ET, strict=True)],
            ("dialogue", "väljund.repliik", None),
            ("trait_expression", "väljund.iseloomu_selgitus", None),
            ("quality_score", "hinnang.üldhinne", "dcomma"),
        ],
        "decoys": [
            ("väljund.tagasi_lükatud", "turned_down", None),
            ("hinnang.teine_hindaja", "judge2", "dcomma"),
            ("hinnang.kindlus", "conf", "dcomma"),
            ("tehniline.katse", "retry1", None),
        ],
    },
    "rs_wharf": {  # gameplay scripting: the exchange as a two-turn log (player first), a raw Qwen3 answer
        "team": "wharf",
        "envelope": "think_raw",
        "stem": "relationship_scoring_raw",
        "label": "relationship_scoring",
        "consts": [("turn-log[0].who-speaks", "the-player"), ("turn-log[1].who-speaks", "the-npc")],
        "map": [
            ("player_action", "turn-log[0].words-said", None),
            ("character_response", "turn-log[1].words-said", None),
            ("character_name", "npc-called", None),
            ("relationship_score", "review-pass.bond-rating", "score10"),
            ("trust_change", "trust-shift", "tminus"),
            ("rationale", "why-this-rating", None),
            ("quality_score", "review-pass.overall-rating", "score10"),
            ("interaction_type", "beat-kind", "kebab"),
            ("relationship_level", "bond-tier", "of5"),
        ],
        "decoys": [
            ("why-this-rating-rejected", "turned_down", None),
            ("review-pass.overall-rating-judge-b", "judge2", "score10"),
            ("review-pass.fluency-check", "conf", "score10"),
            ("beat-count", "beats", None),
        ],
    },
    "rs_lab": {  # data team: a flattened dataframe export, percentages and typographic minus signs
        "team": "lab",
        "envelope": "frame",
        "stem": "relationship_scoring_frame",
        "label": "relationship_scoring",
        "map": [
            ("player_action", "encounter\\.pc_move_txt", None),
            ("character_response", "encounter\\.npc_comeback_txt", None),
            ("character_name", "persona_meta\\.display_nm", None),
            ("relationship_score", "rater_scores\\.bond_pct", "pct"),
            ("trust_change", "rater_scores\\.trust_shift_val", "tminus"),
            ("rationale", "rater_notes\\.grounds_txt", None),
            ("quality_score", "rater_scores\\.overall_pct", "pct"),
            ("interaction_type", "encounter\\.beat_cls", None),
            ("relationship_level", "persona_meta\\.closeness_of5", "of5"),
        ],
        "decoys": [
            ("rater_notes\\.reviewer_memo", "remark", None),
            ("rater_scores\\.second_rater_pct", "judge2", "pct"),
            ("rater_scores\\.style_pct", "conf", "pct"),
            ("gen_cfg\\.retry_idx", "retry0", None),
        ],
    },
    "ms_lab": {  # data team: the multi-step pipeline's bare array, every key a flattened dotted path
        "team": "lab",
        "envelope": "bare",
        "stem": "multi_step_batch_lab",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "npc_sheet\\.display_nm", None),
            ("npc_profile.age", "npc_sheet\\.age_txt", "years_old"),
            ("npc_profile.occupation", "npc_sheet\\.livelihood", None),
            ("npc_profile.background", "npc_sheet\\.life_so_far", None),
            ("npc_emotional_state.base_capacity", "affect_state\\.reserve_start", "str"),
            ("npc_emotional_state.capacity_factors", "affect_state\\.strain_list", "factors_paren"),
            ("npc_emotional_state.effective_capacity", "affect_state\\.reserve_of10", "of10"),
            ("npc_emotional_state.current_emotion", "affect_state\\.mood_word", None),
            *[(f"npc_ocean_personality.{t}", f"big5_pct\\.{c}", "pct") for t, c in zip(OCEAN, OCEAN_LAB, strict=True)],
            ("interaction_context.situation", "scene_card\\.premise_txt", None),
            ("interaction_context.player_request", "scene_card\\.pc_request_txt", None),
            ("interaction_context.support_needed", "scene_card\\.need_of10", "of10"),
            ("interaction_context.complexity_type", "scene_card\\.complication_cls", None),
            ("interaction_context.authenticity_target", "scene_card\\.aim_cls", None),
            ("interaction_context.capacity_level", "scene_card\\.reserve_cls", None),
            ("tension_memory.hook_type", "hook_plan\\.hook_family", None),
            ("tension_memory.memory_reference", "hook_plan\\.callback_txt", None),
            ("npc_card_narrative.dialogue_prose", "npc_reply_txt", None),
            ("game_outcomes.trust_change", "after_effects\\.trust_shift_val", "signed"),
            ("game_outcomes.relationship_change", "after_effects\\.bond_shift_val", "signed"),
            ("game_outcomes.capacity_after", "after_effects\\.reserve_after", None),
            ("training_metadata.authenticity_score", "rater_scores\\.credibility_pct", "pct"),
            ("training_metadata.quality_score", "rater_scores\\.overall_pct", "pct"),
            ("training_metadata.complexity_type", "rater_notes\\.complication_cls", None),
            ("training_metadata.pipeline_version", "lineage_info\\.pipeline_tag", None),
            ("training_metadata.master_truths_version", "lineage_info\\.canon_rev", None),
            ("training_metadata.generated_at", "lineage_info\\.created_ts", None),
        ],
        "decoys": [
            ("npc_reply_rejected_txt", "turned_down", None),
            ("rater_scores\\.second_rater_pct", "judge2", "pct"),
            ("rater_scores\\.style_pct", "conf", "pct"),
            ("gen_cfg\\.retry_idx", "retry0", None),
        ],
    },
    "ms_tallinn": {  # Tallinn partner studio: nested Estonian groups, request and prose as two turns, a raw answer
        "team": "tallinn",
        "envelope": "think_raw",
        "stem": "multi_step_batch_et",
        "label": "multi_step",
        "consts": [("vestlus[0].kõneleja", "mängija"), ("vestlus[1].kõneleja", "tegelane")],
        "map": [
            ("npc_profile.name", "profiil.nimi", None),
            ("npc_profile.age", "profiil.vanus", None),
            ("npc_profile.occupation", "profiil.amet", None),
            ("npc_profile.background", "profiil.elulugu", None),
            ("npc_emotional_state.base_capacity", "emotsioon.algne_võimekus", "dcomma"),
            ("npc_emotional_state.capacity_factors", "emotsioon.mõjurid", "factors_map"),
            ("npc_emotional_state.effective_capacity", "emotsioon.tegelik_võimekus", "dcomma10"),
            ("npc_emotional_state.current_emotion", "emotsioon.meeleolu", None),
            *[(f"npc_ocean_personality.{t}", f"isiksus.{c}", "dcomma") for t, c in zip(OCEAN, OCEAN_ET, strict=True)],
            ("interaction_context.situation", "stseen.olukord", None),
            ("interaction_context.player_request", "vestlus[0].ütlus", None),
            ("npc_card_narrative.dialogue_prose", "vestlus[1].ütlus", None),
            ("interaction_context.support_needed", "stseen.vajatav_tugi", "dcomma"),
            ("interaction_context.complexity_type", "stseen.keerukus", None),
            ("interaction_context.authenticity_target", "stseen.sihttase", None),
            ("interaction_context.capacity_level", "stseen.klass", None),
            ("tension_memory.hook_type", "pinge.konksu_liik", None),
            ("tension_memory.memory_reference", "pinge.viide_mälestusele", None),
            ("game_outcomes.trust_change", "tulemus.usalduse_muutus", "dcomma"),
            ("game_outcomes.relationship_change", "tulemus.suhte_muutus", "dcomma"),
            ("game_outcomes.capacity_after", "tulemus.võimekus_pärast", "dcomma"),
            ("training_metadata.authenticity_score", "metaandmed.ehtsus", "dcomma"),
            ("training_metadata.quality_score", "metaandmed.üldhinne", "dcomma"),
            ("training_metadata.complexity_type", "metaandmed.keerukus", None),
            ("training_metadata.pipeline_version", "metaandmed.toru_versioon", None),
            ("training_metadata.master_truths_version", "metaandmed.tõdede_versioon", None),
            ("training_metadata.generated_at", "metaandmed.loodud", None),
        ],
        "decoys": [
            ("vestlus[1].tagasi_lükatud", "turned_down", None),
            ("metaandmed.teine_hindaja", "judge2", "dcomma"),
            ("metaandmed.kindlus", "conf", "dcomma"),
            ("tehniline.katse", "retry1", None),
        ],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_wharf", "ea_tallinn"],
    "dramatic_irony": ["di_wharf", "di_lab"],
    "tension_building": ["tb_tallinn", "tb_lab"],
    "memory_resonance": ["mr_wharf", "mr_tallinn"],
    "personality_traits": ["pt_lab", "pt_tallinn"],
    "relationship_scoring": ["rs_wharf", "rs_lab"],
    "multi_step": ["ms_lab", "ms_tallinn"],
}
#: each envelope's file extension
EXT = {
    "jsonl": "jsonl",
    "batch": "json",
    "wrapped": "json",
    "frame": "json",
    "bare": "json",
    "think_md": "md",
    "think_raw": "json",
}
#: envelopes written as one JSON document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"batch", "wrapped", "frame", "bare"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "wharf": {
        "x-run-id": "run",
        "x-model": "model",
        "x-seed": "seed",
        "x-elapsed-ms": "ms",
        "x-prompt-rev": "rev",
    },
    "tallinn": {
        "tehniline.käivitus": "run",
        "tehniline.mudel": "model",
        "tehniline.seeme": "seed",
        "tehniline.kestus_ms": "ms",
        "tehniline.temperatuur": "temp",
    },
    "lab": {
        "gen_cfg\\.trace_uuid": "run",
        "gen_cfg\\.model_tag_str": "model",
        "gen_cfg\\.sampler_seed": "seed",
        "gen_cfg\\.wallclock_ms": "ms",
        "gen_cfg\\.tokens_out": "tok",
        "gen_cfg\\.temp_val": "temp",
    },
}
MODELS = ["qwen3:30b-a3b", "qwen3:8b", "qwen3:32b", "qwen3:14b-q8_0"]


def _n(v: float) -> str:
    return f"{v:g}"


FORMS: dict[str, Callable[[Any], Any]] = {
    "str": _n,
    "pct": lambda v: f"{round(v * 100)}%",
    "score10": lambda v: f"{round(v * 10, 1):g}/10",  # a [0, 1] score as the reviewers mark it: 0.82 -> "8.2/10"
    "of10": lambda v: f"{_n(v)}/10",
    "outof10": lambda v: f"{_n(v)} out of 10",
    "of5": lambda v: f"{v}/5",
    "dcomma": lambda v: _n(v).replace(".", ","),
    "dcomma10": lambda v: _n(v).replace(".", ",") + "/10",
    "signed": lambda v: f"{v:+.2f}",
    "tminus": lambda v: f"{v:+.2f}".replace("-", "\u2212"),
    "weeks_ago": lambda v: f"{_n(v)} weeks ago",
    "years_old": lambda v: f"{v} years old",
    "win_later": lambda w: f"{_n(w['min'])}-{_n(w['max'])} weeks later",
    "kebab": lambda s: s.replace("_", "-"),
    "title": lambda s: "-".join(p.capitalize() for p in s.split("_")),
    "words": lambda s: " ".join(p.capitalize() for p in s.split("_")),
    "factors_map": lambda fs: {f["factor"]: f["impact"] for f in fs},
    "factors_paren": lambda fs: [f"{f['factor']} ({f['impact']:+g})" for f in fs],
}


def _const(rec: dict[str, Any], value: str) -> str:
    """A constant of the dialect: a literal, or ("system") the chat's system turn, picked by the record's content."""
    if value != "system":
        return value
    return SYSTEM_CARDS[sum(json.dumps(rec, sort_keys=True).encode()) % len(SYSTEM_CARDS)]


def _put_keyed(
    out: dict[str, Any], rec: dict[str, Any], dialect: dict[str, Any], ours: str, theirs: str, form: Any
) -> None:
    """A "{}" line: an object keyed by each element's option type (its key line), or a field of its values."""
    head, _, rest = ours.partition("[].")
    items = _get(rec, head)
    if not isinstance(items, list):
        return
    their_head, _, their_rest = theirs.partition("{}")
    key_form = next(f for _, t, f in dialect["map"] if t == their_head + "{}")

    def key(x: dict[str, Any]) -> str:
        return FORMS[key_form](x["type"]) if key_form else x["type"]

    if not their_rest:
        _put(out, their_head, {key(x): {} for x in items})
        return
    keyed = _get_their(out, their_head)
    for x in items:
        if x.get(rest) is not None:
            keyed[key(x)][their_rest[1:]] = FORMS[form](x[rest]) if form else x[rest]


def to_dialect(
    rec: dict[str, Any], dialect: dict[str, Any], raw: list[str], written: dict[str, str] | None = None
) -> dict[str, Any]:
    """One of our records written in a dialect (raw paths keep a planted plain number as it is; `written` paths
    hold a planted text as it is)."""
    out: dict[str, Any] = {}
    for theirs, value in dialect.get("consts", []):
        _put(out, theirs, _const(rec, value))
    for ours, theirs, form in dialect["map"]:
        if "{}" in theirs:
            _put_keyed(out, rec, dialect, ours, theirs, form)
            continue
        if "[]" in ours:
            head, _, rest = ours.partition("[].")
            their_head, _, their_rest = theirs.partition("[].")
            items = _get(rec, head)
            if not isinstance(items, list):
                continue
            for x, y in zip(items, _get_their(out, their_head), strict=True):
                v = x.get(rest)
                if v is not None:
                    _put(y, their_rest, FORMS[form](v) if form else v)
            continue
        v = _get(rec, ours)
        if v is None:
            continue
        if form == "list":
            _put(out, theirs, [{} for _ in v])
        elif written and ours in written:
            _put(out, theirs, written[ours])
        elif ours in raw:
            _put(out, theirs, _plain(v))
        else:
            _put(out, theirs, FORMS[form](v) if form else v)
    return out


def _decoy(rng: random.Random, kind: str, form: str | None, rec: dict[str, Any], dtype: str) -> Any:
    """A value of the same shape as one of ours that is not ours (a rejected answer, a second judge's mark ...)."""
    if kind == "turned_down":  # the answer the reviewer turned down: never the final one (a record may lack that)
        try:
            final = _answer_text(rec, dtype)
        except (KeyError, IndexError):
            final = None
        return rng.choice([x for x in ANSWER_POOL[dtype] if x != final])
    if kind == "remark":
        return rng.choice(REMARKS)
    ints = {"retry0": (0, 3), "retry1": (1, 4), "beats": (2, 9)}
    if kind in ints:
        return rng.randint(*ints[kind])
    v = {"conf": lambda: _u(rng, 0.55, 0.99), "judge2": lambda: _u(rng, 0.45, 0.98)}
    x = v[kind]()
    return FORMS[form](x) if form else x


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(1200, 41000),
        "tok": lambda: rng.randint(120, 2900),
        "temp": lambda: rng.choice([0.6, 0.7, 0.75, 0.8, 0.9]),
        "rev": lambda: f"v{rng.randint(3, 9)}",
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys, the team's pipeline metadata and, where the team writes one, a type label."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(their, key, _meta_value(rng, kind))
    if dialect.get("label_key"):
        their[dialect["label_key"]] = dialect["label"]
    return their


# --- files ------------------------------------------------------------------------------------------------------
THINKING = [
    "Okay, so I need to produce {n} {what} samples as a JSON array, using exactly the keys from the prompt. Let me "
    "keep the delta setting, vary who is speaking, and keep every score on the scale the prompt gives.",
    "Hmm. {n} {what} samples. The user wants variety: different characters, different pressures, no repeated "
    "opening lines. I should double-check the numbers add up before writing. Also no commentary inside the JSON.",
    "Let me plan this. First the characters, then the situation, then the line itself, then the review fields. "
    "{n} {what} samples in total. Wait, the rejected alternative must differ from the final line. Okay.",
]
ASIDES = ["remaining samples follow the same keys", "varying the location from here on", "scores as instructed"]


def _stamp(rng: random.Random) -> str:
    return f"2026-12-0{rng.randint(1, 4)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _frame(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a dataframe export: every column on every row, null where a record has no value."""
    cols: list[str] = []
    for r in recs:
        cols += [k for k in r if k not in cols]
    return [{k: r.get(k) for k in cols} for r in recs]


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, trailing comma)."""
    env, label, ascii_ = dialect["envelope"], dialect["label"], dialect["team"] == "tallinn"

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=ascii_, indent=2)

    if env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), []
    if env in ("think_md", "think_raw"):
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body, mess = json.dumps(recs, ensure_ascii=False, indent=2), ["think", "fence"]
        if env == "think_raw":
            if rng.random() < 0.6:  # the model's habit: a comma after the last record
                body, mess = body[: -len("\n  }\n]")] + "\n  },\n]", [*mess, "trailing_comma"]
            if len(recs) > 1 and rng.random() < 0.3:  # and a line comment between two records
                body = body.replace("\n  },\n  {", "\n  },\n  // " + rng.choice(ASIDES) + "\n  {", 1)
                mess.append("comment")
            tail = rng.choice(
                ["", "", "\nAll samples use the keys from the prompt.\n"]
            )  # now and then a closing remark
            return think + "```json\n" + body + "\n```\n" + tail, mess + (["prose_after"] if tail else [])
        return (
            think
            + f"Sure! Below are {len(recs)} {WHAT[label]} samples in the requested format.\n\n```json\n"
            + body
            + "\n```\n\nAll keys follow the prompt's schema. Tell me if you need more samples or a different tone.\n",
            mess,
        )
    doc: Any = {
        "bare": lambda: recs,
        "frame": lambda: [{"task_type": label, **r} for r in _frame(recs)],
        "batch": lambda: {
            "master_truths_version": "v1.2",
            "data_type": label,
            "batch_number": file_no,
            "timestamp": f"2026120{rng.randint(1, 4)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
            "sample_count": len(recs),
            "samples": recs,
        },
        "wrapped": lambda: {
            "partii": {
                "päis": {"meeskond": "tallinn", "loodud": _stamp(rng), "kirjeid": len(recs)},
                "kirjed": recs,
            }
        },
    }[env]()
    return dump(doc) + "\n", []


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


NOTES = """# Week 49 generation drop

Batches from three pipelines, merged by hand for curation. The scripting team's reviewers mark out of ten;
the partner studio writes decimal commas; the data team's exports are flattened dataframes. Retries were not
removed, and one run was killed mid-write. Ask in the tools channel before re-running anything.
"""

#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "wharf": ["", "wharf_out", "ollama/2026-12-02"],
    "tallinn": ["", "partner/tallinn", "partner/tallinn/week49"],
    "lab": ["", "exports/frames", "datasets/chat_rows"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2026120{rng.randint(1, 4)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh10",
    dialects=DIALECTS,
    types=TYPES,
    by_type=BY_TYPE,
    makers=MAKERS,
    defects=DEFECTS,
    sizes={"tiny": ((3, 6), (3, 6)), "normal": ((9, 15), (15, 28)), "large": ((100, 125), (200, 240))},
    plant_shares={"tiny": (1, 0.25), "normal": (1, 0.6), "large": (3, 0.6)},
    version_step=1,
    dirs=dirs_per_team(SUBDIRS, DIALECTS),
    to_dialect=to_dialect,
    with_extras=_with_extras,
    render=_render,
    answer_text=_answer_text,
    answer_path=_answer_path,
    ext=EXT,
    plain_json=PLAIN_JSON,
    file_date=_file_date,
    ascii_answer=lambda d: d["team"] == "tallinn" and d["envelope"] in PLAIN_JSON,
    notes=partial(drop_note, subdirs=SUBDIRS, name="README.md", text=NOTES),
)


def write_fresh10_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh10_folder, "fresh10")


if __name__ == "__main__":
    raise SystemExit(main())
