#!/usr/bin/env python3
"""An eleventh held-out drift generator (issue 11): folders from other English-speaking teams' generators.

Written apart from the matcher (only the other drift generators' top docstrings, fresh8's writer and manifest test
were read): the seven data types and meanings of curation/domain/spec.yaml, written by three teams who prompt a
local Qwen3 model their own way, in English. Each team has one naming habit for every type it writes (terse
snake_case abbreviations with SCREAMING pipeline metadata; camelCase with its own groups; PascalCase with
per-speaker objects and answers three levels down), and each data type has two prompt versions by two of the
teams; a seed writes one of them or both in one folder (one truth map holding both).

Every record also carries what such pipelines leave beside the answer: a draft of the answer next to the final
one, the model's reasoning trace, a stage description or a reviewer's remark (long free text), a judge's
confidence, a toxicity and a coherence figure on the answer's own 0-1 scale and in its written form, and small
integers (attempt, word count, chapter, take); none of them is ours and no map line may move them. The truth is
the field a user of it would pick (the final answer, not the draft; the overall mark, not the judge's confidence).

Forms a map can express only by position or by key (docs/interaction-formats.md documents `[N]`, `{}` and
`[key=label]` steps): an OCEAN profile as a bare array of five numbers in O-C-E-A-N order, irony options as an
object keyed by option type, the player's and the character's words as a two-turn list, OCEAN as label/value
pairs labelled by three-letter codes, a payoff window as two flat fields. Values only in readings the docs list
as lossless: numbers as text, "82%", "7/10", "6.5 out of 10", "4/5", "+0.30", a typographic minus, "12 weeks
ago", "3 wks", "26w", "41 years old", "2-4 weeks", factor lists as "name: -2" texts or a name -> impact table,
labels "Tone-Deaf" / "partial-reveal".

Files: the user's typed batch header, JSON Lines in .json with a task label on every line, an `items` export under
a run header, a `results` export, an object keyed by the data type, the multi-step pipeline's bare arrays, and the
Qwen3 answers themselves: a Markdown answer with a `<think>` block and a fenced array, and the raw answer saved as
.json (a `<think>` block, a ```json fence, often a trailing comma after the last record, sometimes a `//` line
between two records: repairs the docs list for a file that is not JSON as written). One file per folder with a BOM
and CRLF, one to three answers with mojibake (kept: a repair), one file per folder ends inside its last record
(planted `lost`). Folder sizes vary per seed: a type may be absent, hold 3-6 records (one prompt version), 15-30, or
200+ over many batch files; no two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 70% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a type of 200+), on the canonical record, so the expected outcome is the spec's whatever the names:
X+2 in both forms, capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap /
impact / option type / recommended option, payoff windows, hook types, resonance weights and types, out-of-range
values written as plain numbers, a NaN trust change, a missing answer, low quality, an authenticity score off its
declared target, exact duplicates (a retried call appended again to its file, or a retried batch repeating a record
of the previous batch file of its prompt version, in the same folder).

    write_fresh9_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh9.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh9.manifest.json)
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
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
    dirs_per_dialect,
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

# --- content pools (this writer's own: a hill-country railway town) -----------------------------------------------

NAMES = [
    "Wendell",
    "Marisol",
    "Okonkwo",
    "Philippa",
    "Declan",
    "Yusra",
    "Hollis",
    "Beatrix",
    "Cormac",
    "Anneliese",
    "Thaddeus",
    "Noor",
    "Eulalie",
    "Ransom",
    "Priya",
    "Augustin",
    "Temperance",
    "Soren",
]
JOBS = [
    "signal operator",
    "boarding-house cook",
    "quarry foreman",
    "telegraph clerk",
    "schoolteacher",
    "horse vet",
    "switchman",
    "seamstress",
    "town doctor",
    "dry-goods grocer",
    "church organist",
    "water-tower keeper",
]
PLACES = [
    "the depot platform at dusk",
    "the boarding-house kitchen",
    "the quarry office",
    "a cold signal box",
    "the schoolhouse after hours",
    "the livery stable",
    "the chapel steps",
    "the telegraph office at midnight",
]
PRESSURES = [
    ("double shifts on the line", -2.0),
    ("a brother in the county jail", -2.5),
    ("back rent owed to the mill", -1.5),
    ("three nights without sleep", -1.0),
    ("a falling-out with the pastor", -1.5),
    ("a raise at the depot", 1.0),
    ("a letter from an old friend", 1.5),
    ("a lame horse", -0.5),
    ("an inspector's visit", -3.0),
    ("a quiet Sunday", 0.5),
]
ASKS = [
    "The player asks them to vouch for a stranger at the depot.",
    "The player needs them to cover the night telegraph.",
    "The player wants them to sit up with a feverish child.",
    "The player asks for a loan against next month's wages.",
    "The player asks them to testify before the rail board.",
    "The player wants a ride to the county seat before dawn.",
    "The player asks them to hide a letter for a week.",
    "The player wants their honest opinion on a marriage proposal.",
]
REPLIES = [
    "I haven’t got it in me tonight — but I’ll walk you as far as the bridge.",
    "Listen… I can do the first hour. After that I’m no good to anybody.",
    "Of course. I’ll bring the lamp and the blanket — you won’t sit there alone.",
    "I wish I could. I can’t. Ask me after the inspector’s gone?",
    "Don’t. Not this week. I’m scraped hollow, and that’s the truth.",
    "All right — give me a minute to wash up, then tell me the whole of it.",
    "I’ll find a little, and I’ll regret it by Friday, but here — take it.",
    "You picked a poor day to ask me… still, I’ll speak to the clerk for you.",
]
THOUGHTS = [
    "If I refuse, they'll stop coming to me at all.",
    "Somebody in this town has to be the dependable one, and I'm tired of it.",
    "I'd want someone to do exactly this for me.",
    "Why does every trouble arrive on the same train?",
]
TRACES = [
    "Capacity is low after the factors, so the reply should offer something small and name the limit.",
    "The ask is above what this person can carry; keep the voice warm but clearly partial.",
    "Plenty of room here, so the answer can be generous without sounding saintly.",
    "Keep the period voice, avoid modern idioms, end on a concrete gesture.",
]
STAGING = [
    "Interior, lamplight, rain ticking on the tin roof; a kettle on the stove.",
    "Exterior, the platform, the last freight pulling out behind them.",
    "Night, the office shutters half closed, a clock too loud for the room.",
    "Morning, mist over the quarry, the whistle for the first shift.",
]
REMARKS = [
    "Reads true to the period; slightly long in the middle.",
    "Check the numbers against the planning sheet before release.",
    "Keep. The ending earns it.",
    "Borderline on tone; a second pass would not hurt.",
]
SECRETS = [
    "the player's cousin sold the depot's timetable to the robbers",
    "the pastor's letters were written by his wife",
    "the mill is being sold to the railroad in secret",
    "their mentor reported them to the rail board",
    "the bridge inspection was falsified",
    "their sister is leaving on the Thursday train for good",
]
BELIEFS = [
    "the cousin has simply been unlucky at cards",
    "the pastor writes every letter himself",
    "the mill will stay in the family",
    "the mentor put them forward for promotion",
    "the bridge was passed as sound",
    "their sister is only visiting the county seat",
]
TONE_DEAF = [
    "Well, cheer up — nobody died, did they?",
    "Sounds like something you ought to sort out yourself.",
    "Let's not spoil the evening with all that.",
    "Money's money. No sense moping over it.",
]
MISGUIDED = [
    "It's surely a misunderstanding. Folks here are decent.",
    "Perhaps if you were just a touch friendlier to them…",
    "Leave it with me — I'll go and have it out with them.",
    "You ought to count your blessings, honestly.",
]
GROWTH = [
    "Whatever's weighing on you, I'm here. Tell me what you need.",
    "I suspect there's more to it. Shall we look into it together?",
    "That sounds heavy. Do you want counsel, or just company?",
    "I may not have the whole story, and that's all right.",
]
HOOK_LINES = [
    "There's a reason the water tower light burns on nights with no trains… not yet, though.",
    "Ask me after the harvest dance, and I'll tell you who paid for the fiddlers.",
    "He told you one thing and told me the opposite. Curious, isn’t it?",
    "If the board votes on Friday the way I think, none of us keeps the depot.",
    "I found a second ledger in the safe. I don't know whose hand it is — yet.",
    "You think the stable fire was an accident? Hold onto that, for now.",
]
SECRET_SETUPS = [
    "The tower keeper shelters a man the railroad believes is dead.",
    "The dance's patron is the one who burned the old granary.",
    "Two versions of the land deed are in circulation.",
    "The board has already signed the depot away.",
    "The second ledger records the mill's real debts.",
    "The stable fire was set to destroy the freight records.",
]
HINTS = [
    "A lamp lit on nights with no trains.",
    "Who paid the fiddlers in gold?",
    "The clerk's seal is a year too new.",
    "A board member's buggy outside the bank at midnight.",
    "A ledger bound in the wrong leather.",
    "Freight records missing from the stable loft.",
]
NOW = [
    "The player whistles an old hymn on the platform.",
    "Rain drums on the signal box while they wait for the down train.",
    "A child loses a kite over the quarry.",
    "The kitchen smells of scorched molasses.",
    "The player hands them a tintype photograph.",
    "Someone laughs exactly like their late uncle.",
]
PAST = [
    "their father whistling that hymn on the way to the quarry",
    "the night the old granary burned to the ground",
    "flying kites with a brother who later went west",
    "the first winter alone in a rented room",
    "a harvest dance that ended in a fistfight",
    "sitting by a sickbed until the rooster crowed",
]
EMOTIONS = ["grief", "fond nostalgia", "shame", "quiet joy", "dread", "relief", "homesickness"]
RECALL = [
    "That hymn… my father whistled it every morning. I haven’t heard it since the funeral.",
    "Scorched molasses. Every time. I’m back in that granary and I can’t catch my breath.",
    "A kite. Of course a kite — he always let the string go too soon.",
    "Strange — winters like this used to frighten me. Now they feel almost kind.",
    "You laugh just like him. Forgive me — give me a moment.",
    "I sat up like this once before, and I swore I never would again.",
]
SCENES = [
    "A drummer pushes ahead of them at the ticket window.",
    "The player forgets their name day.",
    "A washout cancels the Saturday market.",
    "A colleague takes credit for fixing the switch.",
    "The player invites them to an impromptu barn dance.",
    "A telegram arrives with bad news.",
]
TRAIT_LINES = [
    "Oh! Well — never mind, there's always another window, isn't there?",
    "I've drawn up a list. Three choices, ranked. We begin with the first at seven sharp.",
    "A dance? Tonight? Give me five minutes — I'm fetching my fiddle!",
    "It's fine. It's always fine. Don't trouble yourself over me.",
    "Of course it washed out. Of course. Why do I bother planning anything?",
    "Fascinating — I never thought of the ticket window as a place to meet people.",
]
EXPRESS = [
    "High agreeableness softens the complaint; low neuroticism keeps it even.",
    "High conscientiousness shows in the ranked plan and the fixed hour.",
    "High extraversion drives the instant delight at company.",
    "High neuroticism colours the catastrophising about the weather.",
    "High openness turns an annoyance into curiosity.",
]
ACTIONS = [
    "The player brings broth when they are laid up with fever.",
    "The player misses a promised meeting at the depot.",
    "The player stands up for them in front of the rail board.",
    "The player reads their private letters without asking.",
    "The player repays an old debt in full, with interest.",
    "The player teases them about their Sunday hat.",
]
RETORTS = [
    "You remembered. Hardly anyone remembers.",
    "I waited an hour on that platform. A full hour.",
    "You didn't have to do that — I'm grateful.",
    "Those were private. I'd like you to go.",
    "Then we're square. Good.",
    "Ha! Says the one who wears a bowler to church.",
]
WHYS = [
    "A caring gesture at a vulnerable moment builds trust; the reply shows genuine warmth.",
    "A broken promise costs trust; the clipped reply signals hurt more than anger.",
    "Public loyalty is rare and valued, so a large positive shift is justified.",
    "Reading private letters is a serious breach; the boundary is stated plainly.",
    "Repaying a debt restores balance but does not create closeness.",
    "Light teasing inside an established bond reads as affection, not insult.",
]
PROSE = [
    "Marisol dries her hands on her apron and won't meet your eye. “I'll carry the trunk — not the rest, not today.”",
    "He laughs too loud and agrees to all of it, then sits very still once the door shuts behind you.",
    "She hears you out without a word, nods once, and writes the address on the back of a freight bill.",
    "The switchman shakes his head. “Come back in a week. Right now I'd only make it worse.”",
    "Noor folds the telegram twice and slides it back across the counter. “Not tonight. I'm sorry.”",
]
MEMREF = [
    "the night the granary burned",
    "a promise made on the depot platform",
    "the winter of the long strike",
    "their first week in town",
    "a tintype left on the organ",
]
UNKNOWN_COMPLEXITY = ["quiet_martyrdom", "stiff_upper_lip", "overexplaining", "polite_withdrawal"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "beyond" if need > x2 else "inside"
    return f"Effective {eff:g} means a limit of {x2:g}; the request is {need:g}, {side} it, so the reply stays partial."


WORLD = World.of(
    globals(),
    tension_notes="Let the player carry what they know; no reveal in this scene.",
    constraint=_constraint,
    irony_scenario="At {place}, talk turns to what happened at the depot last month.",
    tension_context="Late evening at {place}; the player lingers after the others leave.",
    memory_description="The memory of {past}, long before the railroad came through.",
    multi_background="Came to town with the railroad and has kept the same lodgings near {place}.",
    multi_situation="{name} is closing up at {place}.",
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
    "Running on fumes, he still offers {g}/10 and pays for it later.",
    "Support actually given: {g}, well past what she has left.",
    "His support came in at {g} all the same, and it shows in his hands.",
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
    rec = MAKERS["emotional_authenticity"](rng)
    rec["authenticity_score"] = float(rng.choice([78, 84, 91]))
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
    o["type"] = rng.choice(["snide", "evasive", "glib"])
    return _flag(rec, "irony.option_type", "unknown_option_type")


def di_low(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["dramatic_irony"](rng)
    rec["dramatic_irony_score"] = _u(rng, 0.15, 0.45)
    return _reject(rec, "below_quality_threshold", "low_quality")


def di_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["dramatic_irony"](rng)
    rec["character_capacity"] = rng.choice([12.0, 13.5, 15.0])
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
    rec["hook_type"] = rng.choice(["false_lead", "double_bluff", "dangling_thread"])
    return _flag(rec, "tension.hook_type", "unknown_hook")


def tb_level(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["tension_building"](rng)
    rec["relationship_level"] = rng.choice([6, 7, 9])
    return _reject(rec, "value_out_of_range", "level_over_5", ["relationship_level"])


def mr_weight(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["memory_resonance"](rng)
    rec["resonance_weight"] = rng.choice([w for w in (0.5, 0.6, 0.75, 1.0) if w != WEIGHTS[rec["resonance_type"]]])
    return _flag(rec, "memory.resonance_weight", "wrong_weight")


def mr_type(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["memory_resonance"](rng)
    rec["resonance_type"] = rng.choice(["wistful_echo", "scent_trigger", "homecoming_return"])
    return _flag(rec, "memory.resonance_type", "unknown_resonance_type")


def mr_weeks(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["memory_resonance"](rng)
    rec["memory"]["weeks_ago"] = rng.choice([-3, -12, -40])
    return _reject(rec, "value_out_of_range", "negative_weeks", ["memory.weeks_ago"])


def mr_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["memory_resonance"](rng)
    rec["resonance_score"] = float(rng.choice([88, 93, 97]))
    return _reject(rec, "score_out_of_range", "score_on_100_scale", ["resonance_score"])


def pt_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["personality_traits"](rng)
    trait = rng.choice(OCEAN)
    rec["ocean"][trait] = float(rng.choice([65, 70, 82]))
    return _reject(rec, "score_out_of_range", "trait_on_100_scale", [f"ocean.{trait}"])


def rs_trust(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["relationship_scoring"](rng)
    rec["trust_change"] = rng.choice([1.6, -2.0, 3.5])
    return _reject(rec, "value_out_of_range", "trust_over_1", ["trust_change"])


def rs_range(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["relationship_scoring"](rng)
    rec["relationship_score"] = rng.choice([7.5, 8.0, 6.5])
    return _reject(rec, "score_out_of_range", "score_on_10_scale", ["relationship_score"])


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
    rec["npc_profile"]["age"] = rng.choice([212, 340, 999])
    return _reject(rec, "value_out_of_range", "age_over_150", ["npc_profile.age"])


def ms_after(rng: random.Random, d: dict[str, Any]) -> Row:
    rec = MAKERS["multi_step"](rng)
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
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry writes an
# object keyed by each element's option type; the "{}." entries fill its values. "[N]" is a list position and
# "[key=label]" one element of a label/value pair list. Forms are documented lossless readings (see FORMS).


#: OCEAN as coded label/value pairs: the codes of IPIP scoring sheets, not our trait names
OCEAN_CODES = ["OPN", "CSN", "XTR", "AGR", "NEU"]


def _pairs(ours_prefix: str, their_list: str, form: str | None) -> list[tuple[str, str, str | None]]:
    return [
        (f"{ours_prefix}.{t}", f"{their_list}[Axis={c}].Reading", form) for t, c in zip(OCEAN, OCEAN_CODES, strict=True)
    ]


DIALECTS: dict[str, dict[str, Any]] = {
    "ea_relay": {  # ML platform team: flat snake_case abbreviations, JSON Lines with a task label on every line
        "team": "relay",
        "envelope": "jsonl",
        "stem": "emotional_authenticity_relay",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "npc_handle", None),
            ("context", "bg_ctx", None),
            ("base_capacity", "cap_start", "str"),
            ("capacity_factors", "cap_hits", "factors_colon"),
            ("effective_capacity", "cap_live", "of10"),
            ("situation", "ask_txt", None),
            ("support_level_needed", "need_pts", None),
            ("support_provided", "gave_pts", None),
            ("character_response", "npc_resp_final", None),
            ("internal_thought", "head_voice", None),
            ("demonstrates_constraint", "limit_expl", None),
            ("authenticity_score", "auth_sc", "str"),
            ("authenticity_target", "auth_goal", None),
            ("capacity_level", "cap_grp", None),
            ("complexity_type", "cplx_kind", None),
        ],
        "decoys": [
            ("npc_resp_draft", "draft", None),
            ("gen_reasoning", "trace", None),
            ("judge_conf", "conf", "str"),
            ("tox_sc", "tox", "str"),
            ("retry_n", "attempt0", None),
            ("sent_ct", "sentences", None),
        ],
    },
    "ea_hearth": {  # narrative-tools team: camelCase groups (brief / npcState / npcTurn / grading), typed batch
        "team": "hearth",
        "envelope": "batch",
        "stem": "emotional_authenticity_batch",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "brief.voicedBy", None),
            ("context", "brief.lifeNow", None),
            ("situation", "brief.playerAsk", None),
            ("support_level_needed", "brief.askWeight", "of10"),
            ("base_capacity", "npcCondition.startCap", None),
            ("capacity_factors", "npcCondition.drains", "list"),
            ("capacity_factors[].factor", "npcCondition.drains[].drainWhy", None),
            ("capacity_factors[].impact", "npcCondition.drains[].drainAmt", None),
            ("effective_capacity", "npcCondition.capLeft", None),
            ("capacity_level", "npcCondition.capTier", None),
            ("character_response", "npcTurn.finalLine", None),
            ("internal_thought", "npcTurn.innerVoice", None),
            ("demonstrates_constraint", "npcTurn.limitShown", None),
            ("authenticity_score", "judging.trueToLife", None),
            ("authenticity_target", "judging.aimTier", None),
            ("complexity_type", "judging.quirk", None),
        ],
        "decoys": [
            ("npcTurn.draftLine", "draft", None),
            ("brief.sceneNotes", "staging", None),
            ("judging.judgeConfidence", "conf", None),
            ("judging.toxicity", "tox", None),
            ("judging.coherence", "coh", None),
            ("telemetry.attempt", "attempt", None),
            ("telemetry.wordCount", "words", None),
        ],
    },
    "di_folio": {  # writers' room: PascalCase, options in an object keyed by option type, a Qwen3 Markdown answer
        "team": "folio",
        "envelope": "think_md",
        "stem": "dramatic_irony_answer",
        "label": "dramatic_irony",
        "map": [
            ("scenario", "Staging.Logline", None),
            ("player_knows", "WhoKnowsWhat.PlayerSees", None),
            ("character_knows", "WhoKnowsWhat.CastBelieves", None),
            ("knowledge_gap_score", "WhoKnowsWhat.GapMark", "pct"),
            ("character_name", "CastMember.Handle", None),
            ("character_capacity", "CastMember.Stamina", "outof10"),
            ("response_options[].type", "Forks{}", None),
            ("response_options[].dialogue", "Forks{}.VoicedLine", None),
            ("response_options[].relationship_impact", "Forks{}.BondEffect", "signed"),
            ("recommended_option", "LikelyBranch", None),
            ("dramatic_irony_score", "Critique.IronyMark", "pct"),
            ("tension_notes", "Critique.DirectorMemo", None),
        ],
        "decoys": [
            ("Staging.StageDirections", "staging", None),
            ("Critique.Certainty", "conf", "pct"),
            ("Critique.Toxicity", "tox", "pct"),
            ("Provenance.TakeNo", "take", None),
            ("Provenance.BeatCount", "beats", None),
        ],
    },
    "di_hearth": {  # narrative-tools team: camelCase, an option list, an `items` export with a run header
        "team": "hearth",
        "envelope": "items",
        "stem": "dramatic_irony_items",
        "label": "dramatic_irony",
        "map": [
            ("scenario", "sceneBrief", None),
            ("player_knows", "playerIntel", None),
            ("character_knows", "npcAssumes", None),
            ("knowledge_gap_score", "intelGap", None),
            ("character_name", "voicedBy", None),
            ("character_capacity", "copeLevel", "of10"),
            ("response_options", "lineup", "list"),
            ("response_options[].type", "lineup[].flavor", "title"),
            ("response_options[].dialogue", "lineup[].quoteText", None),
            ("response_options[].relationship_impact", "lineup[].bondShift", "tminus"),
            ("recommended_option", "fitsNpc", None),
            ("dramatic_irony_score", "judging.ironyGrade", None),
            ("tension_notes", "directorMemo", None),
        ],
        "decoys": [
            ("sceneNotes", "staging", None),
            ("judging.judgeConfidence", "conf", None),
            ("judging.toxicity", "tox", None),
            ("telemetry.attempt", "attempt", None),
            ("telemetry.wordCount", "words", None),
        ],
    },
    "tb_hearth": {  # narrative-tools team: a hook object, the raw Qwen3 answer saved as .json (think + fence)
        "team": "hearth",
        "envelope": "think_raw",
        "stem": "tension_building_raw",
        "label": "tension_building",
        "map": [
            ("character_name", "voicedBy", None),
            ("context", "surroundings", None),
            ("hook_type", "hookInfo.flavor", "kebab"),
            ("setup", "hookInfo.buriedFact", None),
            ("payoff_window_weeks", "hookInfo.revealWindow", "win_dash"),
            ("payoff_hint", "hookInfo.breadcrumb", None),
            ("dialogue", "npcTurn.finalLine", None),
            ("relationship_level", "closeness", None),
            ("tension_score", "judging.suspenseLevel", None),
            ("hook_effectiveness", "judging.landing", None),
        ],
        "decoys": [
            ("npcTurn.draftLine", "draft", None),
            ("judging.judgeConfidence", "conf", None),
            ("judging.toxicity", "tox", None),
            ("telemetry.attempt", "attempt", None),
            ("telemetry.chapter", "chapter", None),
        ],
    },
    "tb_relay": {  # ML platform team: flat, the payoff window as two fields, JSON Lines
        "team": "relay",
        "envelope": "jsonl",
        "stem": "tension_building_relay",
        "label": "tension_building",
        "map": [
            ("character_name", "spk_handle", None),
            ("context", "where_when", None),
            ("hook_type", "hook_flav", None),
            ("setup", "hidden_fact", None),
            ("payoff_window_weeks.min", "reveal_wk_lo", "wks"),
            ("payoff_window_weeks.max", "reveal_wk_hi", "wks"),
            ("dialogue", "tease_final", None),
            ("relationship_level", "bond_lvl", "of5"),
            ("tension_score", "susp_sc", "str"),
            ("hook_effectiveness", "land_sc", "str"),
            ("payoff_hint", "crumb_txt", None),
        ],
        "decoys": [
            ("tease_draft", "draft", None),
            ("gen_reasoning", "trace", None),
            ("judge_conf", "conf", "str"),
            ("tox_sc", "tox", "str"),
            ("retry_n", "attempt0", None),
        ],
    },
    "mr_folio": {  # writers' room: the memory as a Recollection object, the answer three levels down, keyed file
        "team": "folio",
        "envelope": "keyed",
        "stem": "memory_resonance_folio",
        "label": "memory_resonance",
        "map": [
            ("character_name", "CastMember.Handle", None),
            ("current_situation", "Staging.NowMoment", None),
            ("memory.description", "Remembrance.WhatHappened", None),
            ("memory.emotion", "Remembrance.Feel", None),
            ("memory.weeks_ago", "Remembrance.WeeksBack", "weeks_ago"),
            ("resonance_type", "Link.EchoShape", None),
            ("resonance_weight", "Link.Gravity", "pct"),
            ("character_response", "Rendered.Approved.Wording", None),
            ("resonance_score", "Critique.EchoMark", "pct"),
        ],
        "decoys": [
            ("Rendered.Draft.Wording", "draft", None),
            ("Staging.StageDirections", "staging", None),
            ("Critique.Certainty", "conf", "pct"),
            ("Critique.Toxicity", "tox", "pct"),
            ("Provenance.TakeNo", "take", None),
        ],
    },
    "mr_relay": {  # ML platform team: the memory flattened into recall_* fields, a `results` export
        "team": "relay",
        "envelope": "export",
        "stem": "memory_resonance_relay",
        "label": "memory_resonance",
        "map": [
            ("character_name", "spk_handle", None),
            ("current_situation", "now_txt", None),
            ("memory.description", "recall_txt", None),
            ("memory.emotion", "recall_affect", None),
            ("memory.weeks_ago", "recall_wks", "w"),
            ("resonance_type", "echo_cls", None),
            ("resonance_weight", "echo_wt", "str"),
            ("character_response", "npc_resp_final", None),
            ("resonance_score", "echo_sc", "str"),
        ],
        "decoys": [
            ("npc_resp_draft", "draft", None),
            ("gen_reasoning", "trace", None),
            ("judge_conf", "conf", "str"),
            ("tox_sc", "tox", "str"),
            ("retry_n", "attempt0", None),
        ],
    },
    "pt_relay": {  # ML platform team: OCEAN as a bare array of five numbers (O-C-E-A-N), the raw Qwen3 answer
        "team": "relay",
        "envelope": "think_raw",
        "stem": "personality_traits_relay",
        "label": "personality_traits",
        "map": [
            ("character_name", "spk_handle", None),
            ("scenario", "scene_txt", None),
            *[(f"ocean.{t}", f"trait_vec[{i}]", None) for i, t in enumerate(OCEAN)],
            ("dialogue", "npc_line_final", None),
            ("trait_expression", "trait_why", None),
            ("quality_score", "q_sc", "str"),
        ],
        "decoys": [
            ("npc_line_draft", "draft", None),
            ("judge_conf", "conf", "str"),
            ("tox_sc", "tox", "str"),
            ("retry_n", "attempt0", None),
            ("sent_ct", "sentences", None),
        ],
    },
    "pt_folio": {  # writers' room: OCEAN as coded label/value pairs, a Qwen3 Markdown answer
        "team": "folio",
        "envelope": "think_md",
        "stem": "personality_traits_answer",
        "label": "personality_traits",
        "map": [
            ("character_name", "CastMember.Handle", None),
            ("scenario", "Staging.Logline", None),
            *_pairs("ocean", "TraitSheet", "pct"),
            ("dialogue", "Rendered.Approved.Wording", None),
            ("trait_expression", "Rendered.WhyItReads", None),
            ("quality_score", "Critique.OverallMark", "pct"),
        ],
        "decoys": [
            ("Rendered.Draft.Wording", "draft", None),
            ("Critique.Certainty", "conf", "pct"),
            ("Critique.Toxicity", "tox", "pct"),
            ("Provenance.TakeNo", "take", None),
        ],
    },
    "rs_folio": {  # writers' room: per-speaker objects (PlayerSide / NpcSide) and a Verdict, typed batch
        "team": "folio",
        "envelope": "batch",
        "stem": "relationship_scoring_batch",
        "label": "relationship_scoring",
        "map": [
            ("player_action", "PlayerSide.WhatTheyDid", None),
            ("character_response", "NpcSide.Comeback", None),
            ("character_name", "NpcSide.Handle", None),
            ("relationship_score", "Ruling.BondMark", "str"),
            ("trust_change", "Ruling.TrustSwing", "signed"),
            ("rationale", "Ruling.Grounds", None),
            ("quality_score", "Critique.OverallMark", "str"),
            ("interaction_type", "Meeting.Occasion", None),
            ("relationship_level", "Meeting.Phase", "of5"),
        ],
        "decoys": [
            ("Critique.ReviewerRemarks", "remark", None),
            ("Staging.StageDirections", "staging", None),
            ("Critique.Certainty", "conf", "str"),
            ("Critique.Toxicity", "tox", "str"),
            ("Provenance.TakeNo", "take", None),
        ],
    },
    "rs_hearth": {  # narrative-tools team: the exchange as a two-turn transcript (player first), `items` export
        "team": "hearth",
        "envelope": "items",
        "stem": "relationship_scoring_items",
        "label": "relationship_scoring",
        "map": [
            ("player_action", "transcript[0].lineSaid", None),
            ("character_response", "transcript[1].lineSaid", None),
            ("relationship_score", "bondRating", "pct"),
            ("trust_change", "trustMove", "tminus"),
            ("rationale", "whyThisScore", None),
            ("quality_score", "judging.finalGrade", "pct"),
            ("character_name", "voicedBy", None),
            ("interaction_type", "encounterKind", None),
            ("relationship_level", "bondStage", None),
        ],
        "decoys": [
            ("reviewNote", "remark", None),
            ("judging.judgeConfidence", "conf", "pct"),
            ("judging.toxicity", "tox", "pct"),
            ("judging.coherence", "coh", "pct"),
            ("telemetry.attempt", "attempt", None),
        ],
    },
    "ms_relay": {  # ML platform team: four-letter groups, factors as a name -> impact table, bare array
        "team": "relay",
        "envelope": "bare",
        "stem": "multi_step_batch_relay",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "ident.full_nm", None),
            ("npc_profile.age", "ident.age_yrs", "years_old"),
            ("npc_profile.occupation", "ident.trade_txt", None),
            ("npc_profile.background", "ident.hist_txt", None),
            ("npc_emotional_state.base_capacity", "aff_st.cap0", "str"),
            ("npc_emotional_state.capacity_factors", "aff_st.drag_tbl", "factors_map"),
            ("npc_emotional_state.effective_capacity", "aff_st.cap_now", "of10"),
            ("npc_emotional_state.current_emotion", "aff_st.feels", None),
            ("npc_ocean_personality.openness", "b5.opn", None),
            ("npc_ocean_personality.conscientiousness", "b5.csn", None),
            ("npc_ocean_personality.extraversion", "b5.xtr", None),
            ("npc_ocean_personality.agreeableness", "b5.agr", None),
            ("npc_ocean_personality.neuroticism", "b5.neu", None),
            ("interaction_context.situation", "ask_ctx.locale", None),
            ("interaction_context.player_request", "ask_ctx.wants", None),
            ("interaction_context.support_needed", "ask_ctx.need_pts", None),
            ("interaction_context.complexity_type", "ask_ctx.cmplx", None),
            ("interaction_context.authenticity_target", "ask_ctx.auth_aim", None),
            ("interaction_context.capacity_level", "ask_ctx.cap_grp", None),
            ("tension_memory.hook_type", "thread.flav", None),
            ("tension_memory.memory_reference", "thread.callback_ref", None),
            ("npc_card_narrative.dialogue_prose", "card_out.body_final", None),
            ("game_outcomes.trust_change", "after_fx.trust_dl", "signed"),
            ("game_outcomes.relationship_change", "after_fx.bond_dl", "signed"),
            ("game_outcomes.capacity_after", "after_fx.cap_post", None),
            ("training_metadata.authenticity_score", "trn.auth_sc", "str"),
            ("training_metadata.quality_score", "trn.q_sc", "str"),
            ("training_metadata.complexity_type", "trn.cmplx", None),
            ("training_metadata.pipeline_version", "trn.pipe_ver", None),
            ("training_metadata.master_truths_version", "trn.mt_ver", None),
            ("training_metadata.generated_at", "trn.made_at", None),
        ],
        "decoys": [
            ("card_out.body_draft", "draft", None),
            ("gen_reasoning", "trace", None),
            ("trn.judge_conf", "conf", "str"),
            ("trn.tox_sc", "tox", "str"),
            ("trn.retry_n", "attempt0", None),
        ],
    },
    "ms_folio": {  # writers' room: Persona / Staging / Thread / Aftermath / Critique, request and prose as two turns
        "team": "folio",
        "envelope": "bare",
        "stem": "multi_step_batch_folio",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "CastMember.Identity.LegalName", None),
            ("npc_profile.age", "CastMember.Identity.AgeYears", None),
            ("npc_profile.occupation", "CastMember.Identity.Calling", None),
            ("npc_profile.background", "CastMember.Identity.LifeStory", None),
            ("npc_emotional_state.base_capacity", "CastMember.Psyche.StartingStamina", "of10"),
            ("npc_emotional_state.capacity_factors", "CastMember.Psyche.Strains", "list"),
            ("npc_emotional_state.capacity_factors[].factor", "CastMember.Psyche.Strains[].Source", None),
            ("npc_emotional_state.capacity_factors[].impact", "CastMember.Psyche.Strains[].Swing", "signed"),
            ("npc_emotional_state.effective_capacity", "CastMember.Psyche.Stamina", "of10"),
            ("npc_emotional_state.current_emotion", "CastMember.Psyche.Temper", None),
            *_pairs("npc_ocean_personality", "CastMember.TraitSheet", "pct"),
            ("interaction_context.situation", "Staging.Logline", None),
            ("interaction_context.player_request", "Staging.Exchanges[0].Verbatim", None),
            ("npc_card_narrative.dialogue_prose", "Staging.Exchanges[1].Verbatim", None),
            ("interaction_context.support_needed", "Staging.AskSize", "of10"),
            ("interaction_context.complexity_type", "Staging.Complication", None),
            ("interaction_context.authenticity_target", "Staging.AimTier", None),
            ("interaction_context.capacity_level", "Staging.StaminaBand", None),
            ("tension_memory.hook_type", "Thread.HookShape", "kebab"),
            ("tension_memory.memory_reference", "Thread.BackReference", None),
            ("game_outcomes.trust_change", "Aftermath.TrustSwing", "signed"),
            ("game_outcomes.relationship_change", "Aftermath.BondSwing", "signed"),
            ("game_outcomes.capacity_after", "Aftermath.StaminaAfter", None),
            ("training_metadata.authenticity_score", "Critique.Credibility", "pct"),
            ("training_metadata.quality_score", "Critique.OverallMark", "pct"),
            ("training_metadata.complexity_type", "Critique.Complication", None),
            ("training_metadata.pipeline_version", "Lineage.PipelineRev", None),
            ("training_metadata.master_truths_version", "Lineage.CanonRev", None),
            ("training_metadata.generated_at", "Lineage.MadeOn", None),
        ],
        "decoys": [
            ("Staging.DraftProse", "draft", None),
            ("Staging.StageDirections", "staging", None),
            ("Critique.Certainty", "conf", "pct"),
            ("Critique.Toxicity", "tox", "pct"),
            ("Provenance.TakeNo", "take", None),
        ],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_relay", "ea_hearth"],
    "dramatic_irony": ["di_folio", "di_hearth"],
    "tension_building": ["tb_hearth", "tb_relay"],
    "memory_resonance": ["mr_folio", "mr_relay"],
    "personality_traits": ["pt_relay", "pt_folio"],
    "relationship_scoring": ["rs_folio", "rs_hearth"],
    "multi_step": ["ms_relay", "ms_folio"],
}
#: each envelope's file extension
EXT = {
    "jsonl": "json",
    "batch": "json",
    "items": "json",
    "export": "json",
    "keyed": "json",
    "bare": "json",
    "think_md": "md",
    "think_raw": "json",
}
#: envelopes written as one JSON document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"batch", "items", "export", "keyed", "bare"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "relay": {
        "RUN_UUID": "run",
        "MODEL_TAG": "model",
        "LAT_MS": "ms",
        "TOK_IN": "tok",
        "TOK_OUT": "tok",
        "SAMPLING_T": "temp",
    },
    "hearth": {
        "telemetry.runRef": "run",
        "telemetry.llmName": "model",
        "telemetry.elapsedMs": "ms",
        "telemetry.promptTokens": "tok",
        "telemetry.completionTokens": "tok",
    },
    "folio": {
        "Provenance.JobRef": "run",
        "Provenance.Engine": "model",
        "Provenance.Millis": "ms",
        "Provenance.TokenCount": "tok",
    },
}
MODELS = ["qwen3:30b-a3b", "qwen3:8b", "qwen3:32b-q4_K_M", "qwen3:14b"]


def _n(v: float) -> str:
    return f"{v:g}"


FORMS: dict[str, Callable[[Any], Any]] = {
    "str": _n,
    "pct": lambda v: f"{round(v * 100)}%",
    "of10": lambda v: f"{_n(v)}/10",
    "outof10": lambda v: f"{_n(v)} out of 10",
    "of5": lambda v: f"{v}/5",
    "signed": lambda v: f"{v:+.2f}",
    "tminus": lambda v: f"{v:+.2f}".replace("-", "\u2212"),
    "weeks_ago": lambda v: f"{_n(v)} weeks ago",
    "wks": lambda v: f"{_n(v)} wks",
    "w": lambda v: f"{_n(v)}w",
    "years_old": lambda v: f"{v} years old",
    "win_dash": lambda w: f"{_n(w['min'])}-{_n(w['max'])} weeks",
    "kebab": lambda s: s.replace("_", "-"),
    "title": lambda s: "-".join(p.capitalize() for p in s.split("_")),
    "factors_map": lambda fs: {f["factor"]: f["impact"] for f in fs},
    "factors_colon": lambda fs: [f"{f['factor']}: {f['impact']:+g}" for f in fs],
}


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any], raw: list[str]) -> dict[str, Any]:
    """One of our records written in a dialect (raw paths keep a planted plain number as it is)."""
    out: dict[str, Any] = {}
    for ours, theirs, form in dialect["map"]:
        if theirs.endswith("{}"):  # an object keyed by option type: the key is our element's `type`
            items = _get(rec, ours.partition("[].")[0])
            if isinstance(items, list):
                _put(out, theirs[:-2], {x["type"]: {} for x in items})
            continue
        if "{}." in theirs:
            head, _, rest = ours.partition("[].")
            their_head, _, their_rest = theirs.partition("{}.")
            items = _get(rec, head)
            if not isinstance(items, list):
                continue
            keyed = _get_their(out, their_head)
            for x in items:
                if x.get(rest) is not None:
                    keyed[x["type"]][their_rest] = FORMS[form](x[rest]) if form else x[rest]
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
        elif ours in raw:
            _put(out, theirs, _plain(v))
        else:
            _put(out, theirs, FORMS[form](v) if form else v)
    return out


def _decoy(rng: random.Random, kind: str, form: str | None, rec: dict[str, Any], dtype: str) -> Any:
    """A value of the same shape as one of ours that is not ours (a draft, the judge's confidence ...)."""
    if kind == "draft":  # an earlier try at the answer: never the final one (a record may lack the final one)
        try:
            final = _answer_text(rec, dtype)
        except (KeyError, IndexError):
            final = None
        return rng.choice([x for x in ANSWER_POOL[dtype] if x != final])
    text = {"trace": TRACES, "staging": STAGING, "remark": REMARKS}.get(kind)
    if text:
        return rng.choice(text)
    ints = {"attempt0": (0, 3), "attempt": (1, 3), "take": (1, 4), "beats": (3, 9), "chapter": (1, 9)}
    ints |= {"words": (12, 80), "sentences": (1, 6)}
    if kind in ints:
        return rng.randint(*ints[kind])
    v = {"conf": lambda: _u(rng, 0.55, 0.99), "tox": lambda: _u(rng, 0.0, 0.09), "coh": lambda: _u(rng, 0.5, 0.99)}
    x = v[kind]()
    return FORMS[form](x) if form else x


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}",
        "model": lambda: rng.choice(MODELS),
        "ms": lambda: rng.randint(900, 26000),
        "tok": lambda: rng.randint(150, 3100),
        "temp": lambda: rng.choice([0.6, 0.7, 0.82, 0.85, 0.88, 0.9]),
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys, the team's pipeline metadata and a task label on every JSON Lines record."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(their, key, _meta_value(rng, kind))
    if dialect["envelope"] == "jsonl":
        their["task_type"] = dialect["label"]
    return their


# --- files ------------------------------------------------------------------------------------------------------
THINKING = [
    "Okay, the user wants {n} {what} samples in the agreed JSON format. Let me vary the names and the capacities, "
    "keep the period voice, and make sure every score stays between 0 and 1.",
    "Let me think. I need {n} {what} samples. Each one should feel different: a different place, a different "
    "pressure. I should not reuse the same opening line. The scores go on the 0 to 1 scale as the prompt says.",
    "First, the format. The prompt lists the fields and the groups, so I will follow that exactly. {n} {what} "
    "samples, no commentary inside the JSON. Wait, the draft and the final line must differ. Right.",
]


ASIDES = ["same schema for the rest", "next one uses a different place", "scores on the 0-1 scale as asked"]


def _stamp(rng: random.Random) -> str:
    return f"2026-11-{rng.randint(10, 28)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, trailing comma)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False, indent=2)

    if env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), []
    if env in ("think_md", "think_raw"):
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body, mess = dump(recs), ["think", "fence"]
        if env == "think_raw":
            if rng.random() < 0.7:  # the model's habit: a comma after the last record
                body, mess = body[: -len("\n  }\n]")] + "\n  },\n]", [*mess, "trailing_comma"]
            if len(recs) > 1 and rng.random() < 0.3:  # and a line comment between two records
                body = body.replace("\n  },\n  {", "\n  },\n  // " + rng.choice(ASIDES) + "\n  {", 1)
                mess.append("comment")
            return think + "```json\n" + body + "\n```\n", mess
        return (
            think
            + f"Here are the {len(recs)} {WHAT[label]} samples.\n\n```json\n"
            + body
            + "\n```\n\nEach sample follows the schema from the prompt. Let me know if you want another batch.\n",
            mess,
        )
    doc: Any = {
        "bare": lambda: recs,
        "batch": lambda: {
            "master_truths_version": "v1.2",
            "data_type": label,
            "batch_number": file_no,
            "timestamp": f"202611{rng.randint(10, 28)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
            "sample_count": len(recs),
            "samples": recs,
        },
        "items": lambda: {
            "run": {"team": dialect["team"], "promptRev": "b", "startedAt": _stamp(rng)},
            "dataType": label,
            "items": recs,
        },
        "export": lambda: {
            "export": {"owner": "relay-platform", "created": _stamp(rng), "rowCount": len(recs)},
            "record_type": label,
            "results": recs,
        },
        "keyed": lambda: {label: recs},
    }[env]()
    return dump(doc) + "\n", []


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


SUBDIRS = ["", "runs/2026-11-29", "runs/2026-11-30/night", "qwen3_out", "exports"]


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"202611{rng.randint(10, 28)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh9",
    dialects=DIALECTS,
    types=TYPES,
    by_type=BY_TYPE,
    makers=MAKERS,
    defects=DEFECTS,
    sizes={"tiny": ((3, 6), (3, 6)), "normal": ((9, 15), (15, 28)), "large": ((100, 125), (200, 240))},
    plant_shares={"tiny": (1, 0.3), "normal": (1, 0.7), "large": (3, 0.7)},
    version_step=1,
    dirs=dirs_per_dialect(SUBDIRS, DIALECTS),
    to_dialect=lambda rec, dialect, raw, written=None: to_dialect(rec, dialect, raw),
    with_extras=_with_extras,
    render=_render,
    answer_text=_answer_text,
    answer_path=_answer_path,
    ext=EXT,
    plain_json=PLAIN_JSON,
    file_date=_file_date,
    repeat_share=0.7,
)


def write_fresh9_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh9_folder, "fresh9")


if __name__ == "__main__":
    raise SystemExit(main())
