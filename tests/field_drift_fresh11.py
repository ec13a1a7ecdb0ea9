#!/usr/bin/env python3
"""A thirteenth held-out drift generator (issue 11): folders from three more studios' own Qwen3-via-Ollama pipelines.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh10's writer and manifest test were read): the seven data types
and meanings of curation/domain/spec.yaml, written by three studios nobody here has tuned on, each with its own
habits for every type it writes:

- a Kyoto studio ("kumo") whose prompts ask for keys in Japanese script, kanji and katakana (`人物.名前`,
  `出力.台詞`, `評価.真実味`, `記憶.経過`), grouped as character / request / output / review / run; scores as "82 %"
  (a space before the sign), capacities as "6.5 of 10", a level as "4/5", weeks as "12 wks back", labels in
  Title Case with spaces ("Tone Deaf", "Past Trauma Trigger"), irony options as an object keyed by option type, an
  exchange as a list of turns picked by their speaker (`会話[話者=プレイヤー].発言`) beside a narrator's turn that is
  no field of ours;
- a tools team ("ridge") that exports every record entity-attribute-value style: one list of `{prop, propVal}`
  pairs per record (`kv[prop=npcResp].propVal`, `kv[prop=trustΔ].propVal`), camelCase abbreviations for the
  properties, a type label on every record, Python's default `ensure_ascii` (the Δ and the curly quotes as
  escapes); numbers mostly plain, some as text, weeks as "26w", ages as "41 yrs old", payoff windows as "weeks 2-4",
  factor lists as texts with the sign first ("-2.5 avalanche warning");
- a Lviv studio ("stepove") with Ukrainian keys in Cyrillic (`герой.імʼя` with the Ukrainian apostrophe,
  `відповідь.репліка`, `оцінка.щирість`), decimal commas ("0,82", "6,5/10"), a typographic minus ("−0,30"), ages
  as "41 yrs", payoff windows as a two-number list, an OCEAN profile as a bare array in O-C-E-A-N order
  (`риси[0]`...`риси[4]`), factor lists as texts with the sign last ("a fine from the council -1.5"), records in
  a Ukrainian one-list wrapper (`{"пакет": {"шапка": {...}, "записи": [...]}}`).

Every record also carries what such pipelines leave beside the answer, in the same value shapes as ours and none of
it ours: the answer the reviewer turned down, a second reviewer's mark, a fluency or confidence figure on the score's
scale, a narrator's stage direction, retry and sentence counts, model name, sampler seed, timings, token counts. The
truth is the field a user of it would pick. Each data type has two prompt versions by two of the studios; a seed
writes one of them or both in one folder (one truth map holding both).

Every truth line uses a field_map form docs/interaction-formats.md documents (dotted paths, "[]", "[N]", "{}",
"[key=label]"), and values only in readings the docs list as lossless ("82 %", "6.5 of 10", "0,82", "6,5/10",
"−0,30", "+0.30", "4/5", "12 wks back", "26 weeks earlier", "26w", "41 yrs old", "weeks 2-4", [2, 4], factor texts
"-2 no sleep" / "money worries -2", labels "Tone Deaf" / "tone-deaf" / "Tone-Deaf").

Files: the studios' typed batch headers, JSON Lines (a type label on every line), the Ukrainian wrapper, the
multi-step pipeline's bare arrays (the EAV team's with a `record_type` label on each record), and Qwen3 answers as
Ollama returns them: a Markdown answer with a `<think>` block and a fenced array, and the raw answer saved as .json
(`<think>` block, ```json fence, often a trailing comma, sometimes a `/* */` comment between two records, now and
then a closing remark). One file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a
repair), one file per folder ends inside its last record (planted `lost`); a `prompts.md` of the run (prose and a
YAML fence, no JSON) in some folders. A type may be absent, hold 3-6 records, 15-30, or 200+ over many files; no
two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a type of 200+), on the canonical record, so the expected outcome is the spec's whatever the names:
X+2 in both forms (a support-given number and a sentence), an excellent target over X+2, capacity formula, capacity
and authenticity buckets, complexity types, irony knowledge gap / impact / option type / recommended option, payoff
windows (outside the hook's, and min after max), hook types, resonance weights and types, out-of-range values
written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a missing answer, low
quality, an authenticity score off its declared target, exact duplicates (a retried call appended again, or a
retried batch repeating a record of the previous file of its prompt version).

    write_fresh11_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh11.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh11.manifest.json)
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
    WHAT,
    Family,
    Planters,
    World,
    answer_pool,
    command_line,
    dirs_per_team,
    drop_note,
    layout,
    makers,
    their_record,
    write_folder,
)
from drift_machinery import answer_path as _answer_path
from drift_machinery import answer_text as _answer_text
from drift_machinery import inside_grid as _u
from drift_machinery import put as _put
from drift_machinery import truth_map as truth_map  # the manifest test reads the true map

# --- content pools (this writer's own: a glacier-valley town with a funicular, an observatory and cheese caves) -----

NAMES = [
    "Anselm",
    "Ottilie",
    "Yevhen",
    "Chiyo",
    "Leopoldine",
    "Rasmus",
    "Zdenka",
    "Hartmut",
    "Noor",
    "Severin",
    "Philippa",
    "Teodor",
    "Maren",
    "Ibrahim",
    "Kunigunde",
    "Valentin",
    "Edeltraud",
    "Jonah",
]
JOBS = [
    "funicular brakeman",
    "avalanche warden",
    "cheese-cave turner",
    "observatory night assistant",
    "mountain postwoman",
    "hut warden",
    "ski-lift mechanic",
    "spa bath attendant",
    "glacier guide",
    "bell founder",
    "chapel organist",
    "weather-station keeper",
]
PLACES = [
    "the funicular's upper station",
    "the cheese caves under the square",
    "the observatory dome before sunset",
    "the snowed-in post office",
    "the spa's steaming outdoor pool",
    "the avalanche warden's hut",
    "the bell foundry yard",
    "the glacier tongue at first light",
]
PRESSURES = [
    ("avalanche warning for the whole valley", -2.5),
    ("a fine from the town council", -1.5),
    ("a brother missing on the north face", -3.0),
    ("altitude sickness for three nights", -2.0),
    ("the funicular cable fraying again", -1.0),
    ("a clear night for the telescope", 1.5),
    ("a stranger paying off a debt", 1.0),
    ("a frostbitten thumb", -0.5),
    ("the cheese cave flooding with meltwater", -2.0),
    ("a quiet week of fresh snow", 0.5),
]
ASKS = [
    "The player asks them to run the funicular after midnight in a storm.",
    "The player needs them to hide a sled from the border guards.",
    "The player wants them to break bad news to a climber's mother.",
    "The player asks them to vouch for a poacher before the council.",
    "The player asks to borrow the observatory's spare lens for a week.",
    "The player wants them to train a runaway girl as a guide.",
    "The player asks them to check the snow fences in a blizzard.",
    "The player needs someone to translate a letter from the valley below.",
]
REPLIES = [
    "Not tonight. I’ve nothing left — but take my lamp, and I’ll show you the safe track.",
    "I can get you to the middle station… past that you’ll want someone steadier than me.",
    "Sit down. Tell me everything. The snow won’t stop for hours and I’m not going anywhere.",
    "I’d like to say yes. I can’t. Ask me again when my brother is down off the mountain?",
    "No. I’m sorry — I’m scraped hollow this week, and I’d only fail you.",
    "Right — let me find my crampons, then we’ll sort it out together.",
    "I’ll take the first shift. After midnight you’re on your own, mind.",
    "You would ask me today of all days… fine. I’ll have a word with the guards.",
]
THOUGHTS = [
    "If I send them away, who up here will take them in?",
    "Everyone leans on the warden. Nobody asks if the warden can stand.",
    "I would want someone to do this for my brother.",
    "Why does trouble always come up on the last car of the day?",
]
REVIEW_NOTES = [
    "Voice fits the valley; the second sentence could be shorter.",
    "Numbers checked against the planning sheet before export.",
    "Good. The final clause carries the whole line.",
    "Register slips into modern slang once; acceptable for now.",
]
STAGE = [
    "Snow hisses against the window of the waiting room.",
    "The funicular car groans as it settles into the upper station.",
    "Somewhere below, the church bell counts out eleven.",
    "Steam from the pool drifts between them and hides their faces.",
]
SECRETS = [
    "the council has sold the funicular to a lowland hotel chain",
    "the climber's rope was cut, not frayed",
    "the observatory's grant was spent on the mayor's chalet",
    "their closest friend reported them to the border guards",
    "the avalanche log was rewritten after the accident",
    "their son has taken a job in the city and will not come back",
]
BELIEFS = [
    "the funicular will stay in the town's hands",
    "the climber's rope simply wore through",
    "the observatory lost its grant to budget cuts",
    "their closest friend spoke up for them at the hearing",
    "the avalanche log is accurate to the minute",
    "their son is only away for the winter season",
]
TONE_DEAF = [
    "Cheer up — there's always another car up the mountain, isn't there?",
    "Well, that's hardly my business, is it.",
    "Let's not talk council matters on such a lovely clear night.",
    "Snow melts, money comes back. No use sulking.",
]
MISGUIDED = [
    "It'll be a misunderstanding. People in this valley mean well.",
    "Maybe if you were a little friendlier to the council…",
    "Leave it with me — I'll march down there and tell them what's what.",
    "You ought to count your blessings, honestly.",
]
GROWTH = [
    "Whatever it is, I'm here. What do you need from me tonight?",
    "I think there's more going on than either of us sees. Shall we look together?",
    "That's heavy. Do you want my advice, or just someone sitting beside you?",
    "I may not see all of it, and that's all right.",
]
HOOK_LINES = [
    "There's a reason the snow fence was moved last autumn… not tonight, though.",
    "Ask me after the bell festival and I'll tell you who paid for the new cable.",
    "He swore the rope frayed. The guide's log says something else. Odd, isn't it?",
    "If the council signs on Friday, there'll be no funicular left to fight over.",
    "I found a second star chart in the dome. The hand isn't the director's.",
    "You think the foundry fire was an accident? Keep thinking that, for now.",
]
SECRET_SETUPS = [
    "The fence was moved to send a rival's slope into the avalanche path.",
    "The cable was paid for with money taken from the rescue fund.",
    "The rope was cut by someone who wanted the climber's claim.",
    "The council has already signed the sale to a lowland company.",
    "The second chart records what the director really saw that night.",
    "The fire was set to destroy the foundry's casting ledgers.",
]
HINTS = [
    "Fresh post holes where no fence should stand.",
    "A cable drum stamped with a lowland mark.",
    "A clean cut end on the rope in the rescue hut.",
    "A council member's scarf on the morning train down.",
    "Star positions that do not match the almanac.",
    "Ledger ash caught in the foundry chimney.",
]
NOW = [
    "The player hums a yodel while waxing skis.",
    "Avalanche horns sound down the valley while they wait for the car.",
    "A child's snow lantern flickers out on the step.",
    "The cheese caves smell of damp straw and smoke.",
    "The player hands them a faded photograph of the old funicular.",
    "Someone on the slope whistles exactly like their lost brother.",
]
PAST = [
    "their grandmother yodelling over the washtub",
    "the night the old foundry burned",
    "building snow lanterns with a brother who later vanished on the north face",
    "their first winter alone at the weather station",
    "a wedding in the spa that ended in a brawl",
    "sitting up with a feverish sister until dawn",
]
EMOTIONS = ["grief", "warm nostalgia", "shame", "quiet joy", "dread", "relief", "longing"]
RECALL = [
    "That yodel… my grandmother sang it over the washtub. I haven’t heard it since she died.",
    "Damp straw and smoke. Every time. I’m back in that fire and I can’t breathe.",
    "A snow lantern. Of course — he always lit his too early and it melted.",
    "Strange — winters at the station used to scare me. Now they feel almost kind.",
    "You whistle just like him. Forgive me — give me a moment.",
    "I sat up like this once before, and I swore I never would again.",
]
SCENES = [
    "A stranger cuts the queue for the funicular.",
    "The player forgets the character's name day.",
    "A blizzard cancels the Saturday cheese market.",
    "A colleague takes credit for mending the cable.",
    "The player invites them to an impromptu dance in the spa hall.",
    "A letter arrives from the valley with bad news.",
]
TRAIT_LINES = [
    "Oh! Well — never mind, there's another car at four, isn't there?",
    "I've drawn up a list. Three options, in order. We start with the first at six sharp.",
    "A dance? In the spa hall? Give me two minutes — I'm fetching my zither!",
    "It's fine. It's always fine. Don't trouble yourself about me.",
    "Of course the market's off. Of course it is. Why do I plan anything?",
    "Interesting — I never thought of the queue as a place to meet people.",
]
EXPRESS = [
    "High agreeableness softens the complaint; low neuroticism keeps it calm.",
    "High conscientiousness shows in the ordered list and the fixed hour.",
    "High extraversion drives the instant delight at company.",
    "High neuroticism colours the catastrophising about the blizzard.",
    "High openness turns an irritation into curiosity.",
]
ACTIONS = [
    "The player brings broth when they are laid up with altitude sickness.",
    "The player misses a promised meeting at the upper station.",
    "The player stands up for them before the town council.",
    "The player reads their private letters without asking.",
    "The player repays an old debt in full, with interest.",
    "The player teases them about their enormous fur hat.",
]
RETORTS = [
    "You remembered. Hardly anyone does.",
    "I waited an hour at that station. A full hour.",
    "You didn't have to do that. Thank you.",
    "Those were private. I'd like you to go.",
    "Then we're square. Good.",
    "Ha! Says the one who wears snowshoes to church.",
]
WHYS = [
    "A caring gesture at a weak moment builds trust; the reply shows real warmth.",
    "A broken promise costs trust; the short reply signals hurt more than anger.",
    "Public loyalty is rare and prized, so a large positive shift is justified.",
    "Reading private letters is a serious breach; the boundary is stated plainly.",
    "Repaying a debt restores balance but does not create closeness.",
    "Light teasing inside an established bond reads as affection, not insult.",
]
PROSE = [
    "Ottilie wipes her hands on her apron and won't look up. “I'll take the sled across — not the rest, not today.”",
    "He laughs too loudly and agrees to everything, then sits very still once you've gone.",
    "She hears you out in silence, nods once, and writes a name on the back of a timetable.",
    "The warden shakes his head. “Come back next week. Right now I'd only make it worse.”",
    "Zdenka folds the letter twice and slides it back across the table. “Not tonight. I'm sorry.”",
]
MEMREF = [
    "the night the foundry burned",
    "a promise made at the upper station",
    "the winter the lake froze solid",
    "their first week in the valley",
    "a photograph left in the dome",
]
TENSION_NOTES = [
    "Keep the player's knowledge off the table; no reveal in this beat.",
    "The irony should sting a little; the character must not guess.",
]
UNKNOWN_COMPLEXITY = ["stoic_endurance", "dark_humour", "fixer_reflex", "busy_hands_deflection"]
UNKNOWN_HOOKS = ["false_lead", "ticking_clock", "slow_reveal"]
UNKNOWN_RESONANCE = ["nostalgic_echo", "scent_trigger", "anniversary_ache"]
UNKNOWN_OPTIONS = ["sarcastic", "dismissive", "lecturing"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "beyond" if need > x2 else "within"
    return (
        f"Running on {eff:g}; X+2 caps this at {x2:g} and the ask of {need:g} lies {side} it, so the reply stays small."
    )


WORLD = World.of(
    globals(),
    constraint=_constraint,
    irony_scenario="At {place}, the talk turns to last month's trouble on the mountain.",
    tension_context="{Place}, the last car gone down; the player lingers.",
    memory_description="Remembering {past}, long before the new cable.",
    multi_background="Grew up in the valley and never left for long; lodges near {place}.",
    multi_situation="{name} is closing up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a turned-down answer beside the final one is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------


#: this writer's own phrasings of support actually given (verbs, nouns and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Hollowed out as she is, she hands over {g} points of support and pays for it all week.",
    "Support actually given: {g}, well past what the mountain has left him.",
    "By the last car her support came in at {g}, fever or no fever.",
    "He mustered {g} worth of support anyway, and missed the morning shift for it.",
]


#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["fine", "okay-ish", "good", "so-so"]


#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects(missing_fields=False)


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry writes an
# object keyed by each element's option type; the "{}." entries fill its values. "[N]" is a list position and
# "[key=label]" the element of a list of labelled objects holding that label (created when missing: the EAV
# team's {prop, propVal} pairs, a turn picked by its speaker). Forms are documented lossless readings (see FORMS).


def _kv(prop: str) -> str:
    """The EAV team's path to one property's value."""
    return f"kv[prop={prop}].propVal"


#: the EAV team's three-letter-ish OCEAN property names
OCEAN_RIDGE = ["tOpn", "tCsn", "tXtr", "tAgr", "tNrt"]
#: OCEAN as the Lviv studio names the traits
OCEAN_UA = ["відкритість", "сумлінність", "екстраверсія", "доброзичливість", "невротизм"]

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_kumo": {  # Kyoto studio: Japanese-script keys, typed batch header, "82 %" scores, "6.5 of 10" capacities
        "team": "kumo",
        "envelope": "batch",
        "stem": "emotional_authenticity_kumo",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "人物.名前", None),
            ("context", "人物.近況", None),
            ("base_capacity", "容量.基礎", "str"),
            ("capacity_factors", "容量.要因", "list"),
            ("capacity_factors[].factor", "容量.要因[].内容", None),
            ("capacity_factors[].impact", "容量.要因[].増減", "signed"),
            ("effective_capacity", "容量.現在", "of10"),
            ("capacity_level", "容量.区分", None),
            ("situation", "依頼.場面", None),
            ("support_level_needed", "依頼.必要支援", "of10"),
            ("character_response", "出力.台詞", None),
            ("internal_thought", "出力.心の声", None),
            ("demonstrates_constraint", "出力.制約メモ", None),
            ("support_provided", "出力.実支援", "str"),
            ("authenticity_score", "評価.真実味", "pct_sp"),
            ("authenticity_target", "評価.目標", None),
            ("complexity_type", "評価.複雑さ", None),
        ],
        "decoys": [
            ("出力.没台詞", "turned_down", None),
            ("評価.第二審査", "judge2", "pct_sp"),
            ("評価.流暢さ", "conf", "pct_sp"),
            ("出力.文数", "count", None),
        ],
    },
    "ea_ridge": {  # tools team: entity-attribute-value pairs, camelCase abbreviations, JSON Lines with a task label
        "team": "ridge",
        "envelope": "jsonl",
        "stem": "emotional_authenticity_ridge",
        "label": "emotional_authenticity",
        "label_key": "task",
        "map": [
            ("character_name", _kv("npcNm"), None),
            ("context", _kv("npcBg"), None),
            ("base_capacity", _kv("capStart"), None),
            ("capacity_factors", _kv("capDrains"), "factors_lead"),
            ("effective_capacity", _kv("capEff"), "str"),
            ("capacity_level", _kv("capRank"), None),
            ("situation", _kv("plyrAsk"), None),
            ("support_level_needed", _kv("suppReq"), None),
            ("character_response", _kv("npcResp"), None),
            ("internal_thought", _kv("npcInner"), None),
            ("demonstrates_constraint", _kv("limNote"), None),
            ("support_provided", _kv("suppGvn"), None),
            ("authenticity_score", _kv("authSc"), None),
            ("authenticity_target", _kv("authAim"), None),
            ("complexity_type", _kv("cplxKnd"), None),
        ],
        "decoys": [
            (_kv("npcRespAlt"), "turned_down", None),
            (_kv("authScB"), "judge2", None),
            (_kv("fluSc"), "conf", None),
            (_kv("retryN"), "retry", None),
        ],
    },
    "di_kumo": {  # Kyoto studio: options keyed by type in Title Case, a Qwen3 Markdown answer
        "team": "kumo",
        "envelope": "think_md",
        "stem": "dramatic_irony_kotae",
        "label": "dramatic_irony",
        "map": [
            ("scenario", "場面.設定", None),
            ("player_knows", "場面.プレイヤーの知識", None),
            ("character_knows", "場面.人物の認識", None),
            ("knowledge_gap_score", "場面.認識差", "pct_sp"),
            ("character_name", "人物.名前", None),
            ("character_capacity", "人物.余力", "of10"),
            ("response_options[].type", "出力.選択肢{}", "words"),
            ("response_options[].dialogue", "出力.選択肢{}.台詞", None),
            ("response_options[].relationship_impact", "出力.選択肢{}.関係変化", "signed"),
            ("recommended_option", "出力.推奨", "words"),
            ("dramatic_irony_score", "評価.皮肉度", "pct_sp"),
            ("tension_notes", "評価.作家メモ", None),
        ],
        "decoys": [
            ("評価.第二審査", "judge2", "pct_sp"),
            ("評価.流暢さ", "conf", "pct_sp"),
            ("出力.文数", "count", None),
        ],
    },
    "di_stepove": {  # Lviv studio: Cyrillic keys, an option list, decimal commas, a one-list wrapper
        "team": "stepove",
        "envelope": "wrapped",
        "stem": "dramatic_irony_paket",
        "label": "dramatic_irony",
        "map": [
            ("scenario", "сцена.опис", None),
            ("player_knows", "знання.гравця", None),
            ("character_knows", "знання.героя", None),
            ("knowledge_gap_score", "знання.розрив", "dcomma"),
            ("character_name", "герой.імʼя", None),
            ("character_capacity", "герой.ресурс", "dcomma"),
            ("response_options", "відповідь.варіанти", "list"),
            ("response_options[].type", "відповідь.варіанти[].різновид", "title"),
            ("response_options[].dialogue", "відповідь.варіанти[].репліка", None),
            ("response_options[].relationship_impact", "відповідь.варіанти[].вплив", "tminus_dcomma"),
            ("recommended_option", "відповідь.очікуваний", "title"),
            ("dramatic_irony_score", "оцінка.іронія", "dcomma"),
            ("tension_notes", "оцінка.нотатки", None),
        ],
        "decoys": [
            ("оцінка.другий_рецензент", "judge2", "dcomma"),
            ("оцінка.впевненість", "conf", "dcomma"),
            ("технічне.спроба", "retry", None),
        ],
    },
    "tb_ridge": {  # tools team: EAV pairs, the window as "weeks 2-4"
        "team": "ridge",
        "envelope": "jsonl",
        "stem": "tension_building_ridge",
        "label": "tension_building",
        "label_key": "task",
        "map": [
            ("character_name", _kv("npcNm"), None),
            ("context", _kv("scnSetup"), None),
            ("hook_type", _kv("hookKnd"), "kebab"),
            ("setup", _kv("hookSecret"), None),
            ("payoff_window_weeks", _kv("payoffWin"), "win_weeks"),
            ("payoff_hint", _kv("hookCrumb"), None),
            ("dialogue", _kv("npcLn"), None),
            ("relationship_level", _kv("bondLvl"), None),
            ("tension_score", _kv("tensSc"), None),
            ("hook_effectiveness", _kv("hookLand"), "str"),
        ],
        "decoys": [
            (_kv("npcLnAlt"), "turned_down", None),
            (_kv("tensScB"), "judge2", None),
            (_kv("fluSc"), "conf", None),
            (_kv("retryN"), "retry", None),
        ],
    },
    "tb_stepove": {  # Lviv studio: a hook group, the window as a two-number list, a raw Qwen3 answer
        "team": "stepove",
        "envelope": "think_raw",
        "stem": "tension_building_vidpovid",
        "label": "tension_building",
        "map": [
            ("character_name", "герой.імʼя", None),
            ("context", "сцена.опис", None),
            ("hook_type", "гачок.вид", "words"),
            ("setup", "гачок.таємниця", None),
            ("payoff_window_weeks", "гачок.вікно", "win_list"),
            ("payoff_hint", "гачок.натяк", None),
            ("dialogue", "відповідь.репліка", None),
            ("relationship_level", "герой.близькість", "of5"),
            ("tension_score", "оцінка.напруга", "dcomma"),
            ("hook_effectiveness", "оцінка.дієвість", "dcomma"),
        ],
        "decoys": [
            ("відповідь.відхилена", "turned_down", None),
            ("оцінка.другий_рецензент", "judge2", "dcomma"),
            ("оцінка.впевненість", "conf", "dcomma"),
            ("технічне.спроба", "retry", None),
        ],
    },
    "mr_kumo": {  # Kyoto studio: a memory object, "12 wks back", JSON Lines with a type label
        "team": "kumo",
        "envelope": "jsonl",
        "stem": "memory_resonance_kumo",
        "label": "memory_resonance",
        "label_key": "task_type",
        "map": [
            ("character_name", "人物.名前", None),
            ("current_situation", "場面.現在", None),
            ("memory.description", "記憶.出来事", None),
            ("memory.emotion", "記憶.感情", None),
            ("memory.weeks_ago", "記憶.経過", "wks_back"),
            ("resonance_type", "共鳴.種類", "words"),
            ("resonance_weight", "共鳴.重み", "str"),
            ("character_response", "出力.台詞", None),
            ("resonance_score", "評価.共鳴度", "pct_sp"),
        ],
        "decoys": [
            ("出力.没台詞", "turned_down", None),
            ("評価.第二審査", "judge2", "pct_sp"),
            ("評価.流暢さ", "conf", "pct_sp"),
            ("出力.文数", "count", None),
        ],
    },
    "mr_ridge": {  # tools team: EAV pairs in a typed batch, weeks as "26w"
        "team": "ridge",
        "envelope": "batch",
        "stem": "memory_resonance_ridge",
        "label": "memory_resonance",
        "label_key": "task",
        "map": [
            ("character_name", _kv("npcNm"), None),
            ("current_situation", _kv("scnNow"), None),
            ("memory.description", _kv("memWhat"), None),
            ("memory.emotion", _kv("memMood"), None),
            ("memory.weeks_ago", _kv("memAge"), "w"),
            ("resonance_type", _kv("echoKnd"), "kebab"),
            ("resonance_weight", _kv("echoWt"), None),
            ("character_response", _kv("npcResp"), None),
            ("resonance_score", _kv("echoSc"), None),
        ],
        "decoys": [
            (_kv("npcRespAlt"), "turned_down", None),
            (_kv("echoScB"), "judge2", None),
            (_kv("fluSc"), "conf", None),
            (_kv("retryN"), "retry", None),
        ],
    },
    "pt_ridge": {  # tools team: EAV pairs, the five traits as coded properties
        "team": "ridge",
        "envelope": "jsonl",
        "stem": "personality_traits_ridge",
        "label": "personality_traits",
        "label_key": "task",
        "map": [
            ("character_name", _kv("npcNm"), None),
            ("scenario", _kv("scnSetup"), None),
            *[(f"ocean.{t}", _kv(c), None) for t, c in zip(OCEAN, OCEAN_RIDGE, strict=True)],
            ("dialogue", _kv("npcLn"), None),
            ("trait_expression", _kv("traitWhy"), None),
            ("quality_score", _kv("qSc"), "str"),
        ],
        "decoys": [
            (_kv("npcLnAlt"), "turned_down", None),
            (_kv("qScB"), "judge2", None),
            (_kv("fluSc"), "conf", None),
            (_kv("retryN"), "retry", None),
        ],
    },
    "pt_stepove": {  # Lviv studio: OCEAN as a bare array in O-C-E-A-N order, a one-list wrapper
        "team": "stepove",
        "envelope": "wrapped",
        "stem": "personality_traits_paket",
        "label": "personality_traits",
        "map": [
            ("character_name", "герой.імʼя", None),
            ("scenario", "сцена.опис", None),
            *[(f"ocean.{t}", f"риси[{i}]", None) for i, t in enumerate(OCEAN)],
            ("dialogue", "відповідь.репліка", None),
            ("trait_expression", "відповідь.пояснення", None),
            ("quality_score", "оцінка.загальна", "dcomma"),
        ],
        "decoys": [
            ("відповідь.відхилена", "turned_down", None),
            ("оцінка.другий_рецензент", "judge2", "dcomma"),
            ("оцінка.впевненість", "conf", "dcomma"),
            ("технічне.спроба", "retry", None),
        ],
    },
    "rs_kumo": {  # Kyoto studio: turns picked by speaker beside a narrator's turn, a raw Qwen3 answer
        "team": "kumo",
        "envelope": "think_raw",
        "stem": "relationship_scoring_kotae",
        "label": "relationship_scoring",
        "map": [
            ("player_action", "会話[話者=プレイヤー].発言", None),
            ("character_response", "会話[話者=キャラ].発言", None),
            ("character_name", "人物.名前", None),
            ("relationship_score", "評価.関係値", "pct_sp"),
            ("trust_change", "評価.信頼変化", "signed"),
            ("rationale", "評価.理由", None),
            ("quality_score", "評価.総合", "pct_sp"),
            ("interaction_type", "場面.種別", None),
            ("relationship_level", "人物.親密度", "of5"),
        ],
        "decoys": [
            ("会話[話者=ナレーション].発言", "stage", None),
            ("評価.没理由", "turned_down", None),
            ("評価.第二審査", "judge2", "pct_sp"),
            ("評価.流暢さ", "conf", "pct_sp"),
        ],
    },
    "rs_stepove": {  # Lviv studio: an exchange group, typographic minus with decimal comma, a Markdown answer
        "team": "stepove",
        "envelope": "think_md",
        "stem": "relationship_scoring_vidpovid",
        "label": "relationship_scoring",
        "map": [
            ("player_action", "обмін.дія_гравця", None),
            ("character_response", "обмін.відповідь_героя", None),
            ("character_name", "герой.імʼя", None),
            ("relationship_score", "оцінка.стосунки", "dcomma"),
            ("trust_change", "оцінка.зміна_довіри", "tminus_dcomma"),
            ("rationale", "оцінка.обґрунтування", None),
            ("quality_score", "оцінка.загальна", "dcomma"),
            ("interaction_type", "обмін.категорія", None),
            ("relationship_level", "герой.близькість", "of5"),
        ],
        "decoys": [
            ("оцінка.відхилене_обґрунтування", "turned_down", None),
            ("оцінка.другий_рецензент", "judge2", "dcomma"),
            ("оцінка.впевненість", "conf", "dcomma"),
            ("технічне.спроба", "retry", None),
        ],
    },
    "ms_ridge": {  # tools team: the multi-step pipeline's bare array, every value an EAV pair, a record_type label
        "team": "ridge",
        "envelope": "bare",
        "stem": "multi_step_batch_ridge",
        "label": "multi_step",
        "label_key": "record_type",
        "map": [
            ("npc_profile.name", _kv("npcNm"), None),
            ("npc_profile.age", _kv("npcAge"), "yrs_old"),
            ("npc_profile.occupation", _kv("npcJob"), None),
            ("npc_profile.background", _kv("npcBg"), None),
            ("npc_emotional_state.base_capacity", _kv("capStart"), None),
            ("npc_emotional_state.capacity_factors", _kv("capDrains"), "factors_lead"),
            ("npc_emotional_state.effective_capacity", _kv("capEff"), "str"),
            ("npc_emotional_state.current_emotion", _kv("npcMood"), None),
            *[(f"npc_ocean_personality.{t}", _kv(c), None) for t, c in zip(OCEAN, OCEAN_RIDGE, strict=True)],
            ("interaction_context.situation", _kv("scnSetup"), None),
            ("interaction_context.player_request", _kv("plyrAsk"), None),
            ("interaction_context.support_needed", _kv("suppReq"), None),
            ("interaction_context.complexity_type", _kv("cplxKnd"), None),
            ("interaction_context.authenticity_target", _kv("authAim"), None),
            ("interaction_context.capacity_level", _kv("capRank"), None),
            ("tension_memory.hook_type", _kv("hookKnd"), None),
            ("tension_memory.memory_reference", _kv("memRef"), None),
            ("npc_card_narrative.dialogue_prose", _kv("npcProse"), None),
            ("game_outcomes.trust_change", _kv("trustΔ"), "signed"),
            ("game_outcomes.relationship_change", _kv("bondΔ"), "signed"),
            ("game_outcomes.capacity_after", _kv("capPost"), None),
            ("training_metadata.authenticity_score", _kv("authSc"), None),
            ("training_metadata.quality_score", _kv("qSc"), None),
            ("training_metadata.complexity_type", _kv("qaCplx"), None),
            ("training_metadata.pipeline_version", _kv("pipeRev"), None),
            ("training_metadata.master_truths_version", _kv("mtRev"), None),
            ("training_metadata.generated_at", _kv("genTs"), None),
        ],
        "decoys": [
            (_kv("npcProseAlt"), "turned_down", None),
            (_kv("qScB"), "judge2", None),
            (_kv("fluSc"), "conf", None),
            (_kv("retryN"), "retry", None),
        ],
    },
    "ms_stepove": {  # Lviv studio: nested Cyrillic groups, sign-last factor texts, the pipeline's bare array
        "team": "stepove",
        "envelope": "bare",
        "stem": "multi_step_batch_stepove",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "персонаж.імʼя", None),
            ("npc_profile.age", "персонаж.вік", "yrs"),
            ("npc_profile.occupation", "персонаж.фах", None),
            ("npc_profile.background", "персонаж.історія", None),
            ("npc_emotional_state.base_capacity", "стан.базовий_ресурс", "dcomma"),
            ("npc_emotional_state.capacity_factors", "стан.чинники", "factors_trail"),
            ("npc_emotional_state.effective_capacity", "стан.наявний_ресурс", "dcomma10"),
            ("npc_emotional_state.current_emotion", "стан.настрій", None),
            *[
                (f"npc_ocean_personality.{t}", f"особистість.{c}", "dcomma")
                for t, c in zip(OCEAN, OCEAN_UA, strict=True)
            ],
            ("interaction_context.situation", "сцена.опис", None),
            ("interaction_context.player_request", "сцена.прохання", None),
            ("interaction_context.support_needed", "сцена.потрібна_підтримка", "dcomma"),
            ("interaction_context.complexity_type", "сцена.складність", None),
            ("interaction_context.authenticity_target", "сцена.ціль", None),
            ("interaction_context.capacity_level", "сцена.рівень_ресурсу", None),
            ("tension_memory.hook_type", "напруга.гачок", None),
            ("tension_memory.memory_reference", "напруга.спогад", None),
            ("npc_card_narrative.dialogue_prose", "картка.проза", None),
            ("game_outcomes.trust_change", "наслідки.довіра", "tminus_dcomma"),
            ("game_outcomes.relationship_change", "наслідки.стосунки", "tminus_dcomma"),
            ("game_outcomes.capacity_after", "наслідки.ресурс_після", "dcomma"),
            ("training_metadata.authenticity_score", "мета.щирість", "dcomma"),
            ("training_metadata.quality_score", "мета.якість", "dcomma"),
            ("training_metadata.complexity_type", "мета.складність", None),
            ("training_metadata.pipeline_version", "мета.версія_конвеєра", None),
            ("training_metadata.master_truths_version", "мета.версія_істин", None),
            ("training_metadata.generated_at", "мета.створено", None),
        ],
        "decoys": [
            ("картка.відхилена_проза", "turned_down", None),
            ("мета.другий_рецензент", "judge2", "dcomma"),
            ("мета.впевненість", "conf", "dcomma"),
            ("технічне.спроба", "retry", None),
        ],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_kumo", "ea_ridge"],
    "dramatic_irony": ["di_kumo", "di_stepove"],
    "tension_building": ["tb_ridge", "tb_stepove"],
    "memory_resonance": ["mr_kumo", "mr_ridge"],
    "personality_traits": ["pt_ridge", "pt_stepove"],
    "relationship_scoring": ["rs_kumo", "rs_stepove"],
    "multi_step": ["ms_ridge", "ms_stepove"],
}
#: each envelope's file extension
EXT = {"jsonl": "jsonl", "batch": "json", "wrapped": "json", "bare": "json", "think_md": "md", "think_raw": "json"}
#: envelopes written as one JSON document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"batch", "wrapped", "bare"}
#: teams whose files are written with Python's default json.dumps (ensure_ascii: every non-ASCII letter escaped)
ASCII_TEAMS = {"ridge"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "kumo": {
        "実行.識別子": "run",
        "実行.モデル": "model",
        "実行.乱数種": "seed",
        "実行.所要ミリ秒": "ms",
        "実行.温度": "temp",
    },
    "ridge": {
        "rowRef": "run",
        "mdl": "model",
        "rngSeed": "seed",
        "latMs": "ms",
        "tokOut": "tok",
    },
    "stepove": {
        "технічне.запуск": "run",
        "технічне.модель": "model",
        "технічне.зерно": "seed",
        "технічне.тривалість_мс": "ms",
        "технічне.токени": "tok",
    },
}
MODELS = ["qwen3:30b-a3b", "qwen3:8b", "qwen3:32b", "qwen3:4b-q8_0"]


def _n(v: float) -> str:
    return f"{v:g}"


def _dc(v: float) -> str:
    return _n(v).replace(".", ",")


FORMS: dict[str, Callable[[Any], Any]] = {
    "str": _n,
    "pct_sp": lambda v: f"{round(v * 100)} %",  # a [0, 1] score as a percentage with a space before the sign
    "of10": lambda v: f"{_n(v)} of 10",  # a capacity: 6.5 -> "6.5 of 10"
    "of5": lambda v: f"{v}/5",
    "dcomma": _dc,
    "dcomma10": lambda v: _dc(v) + "/10",
    "signed": lambda v: f"{v:+.2f}",
    "tminus_dcomma": lambda v: f"{v:+.2f}".replace("-", "\u2212").replace(".", ","),
    "wks_back": lambda v: f"{_n(v)} wks back",
    "w": lambda v: f"{_n(v)}w",
    "yrs_old": lambda v: f"{v} yrs old",
    "yrs": lambda v: f"{v} yrs",
    "win_weeks": lambda w: f"weeks {_n(w['min'])}-{_n(w['max'])}",
    "win_list": lambda w: [w["min"], w["max"]],
    "kebab": lambda s: s.replace("_", "-"),
    "title": lambda s: "-".join(p.capitalize() for p in s.split("_")),
    "words": lambda s: " ".join(p.capitalize() for p in s.split("_")),
    "factors_lead": lambda fs: [f"{f['impact']:+g} {f['factor']}" for f in fs],
    "factors_trail": lambda fs: [f"{f['factor']} {f['impact']:+g}" for f in fs],
}


#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


def _decoy(rng: random.Random, kind: str, form: str | None, rec: dict[str, Any], dtype: str) -> Any:
    """A value shaped like one of ours that is not ours (a turned-down answer, a second reviewer's mark ...)."""
    if kind == "turned_down":  # the answer the reviewer turned down: never the final one (a record may lack that)
        try:
            final = _answer_text(rec, dtype)
        except (KeyError, IndexError):
            final = None
        return rng.choice([x for x in ANSWER_POOL[dtype] if x != final])
    if kind == "stage":
        return rng.choice(STAGE)
    if kind == "retry":
        return rng.randint(0, 4)
    if kind == "count":
        return rng.randint(1, 6)
    x = {"conf": lambda: _u(rng, 0.55, 0.99), "judge2": lambda: _u(rng, 0.45, 0.98)}[kind]()
    return FORMS[form](x) if form else x


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(900, 52000),
        "tok": lambda: rng.randint(150, 3100),
        "temp": lambda: rng.choice([0.6, 0.7, 0.8]),
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys, the team's pipeline metadata and, where the team writes one, a type label; the EAV
    team's pairs come in the order its exporter walked them (not ours)."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(their, key, _meta_value(rng, kind))
    if isinstance(their.get("kv"), list):
        rng.shuffle(their["kv"])
    if dialect.get("label_key"):
        their = {dialect["label_key"]: dialect["label"], **their}
    return their


# --- files ------------------------------------------------------------------------------------------------------
THINKING = [
    "Alright, {n} {what} samples as a JSON array, keys exactly as the prompt spells them. I'll keep the mountain "
    "town, vary the characters, and keep every score on the scale the prompt gives.",
    "Hmm, {n} {what} samples. They want variety: different people, different pressures, no repeated openings. "
    "Let me make sure the numbers add up first. No commentary inside the JSON.",
    "Plan: character first, then the situation, then the line, then the review fields. {n} {what} samples. "
    "The turned-down line must not match the final one. Okay, writing.",
]
ASIDES = ["same keys for the rest", "switching location from here", "reviewer fields as instructed"]


def _stamp(rng: random.Random) -> str:
    return f"2026-12-0{rng.randint(1, 4)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, trailing comma)."""
    env, label, ascii_ = dialect["envelope"], dialect["label"], dialect["team"] in ASCII_TEAMS

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=ascii_, indent=2)

    if env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=ascii_) + "\n" for r in recs), []
    if env in ("think_md", "think_raw"):
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body, mess = json.dumps(recs, ensure_ascii=False, indent=2), ["think", "fence"]
        if env == "think_raw":
            if rng.random() < 0.6:  # the model's habit: a comma after the last record
                body, mess = body[: -len("\n  }\n]")] + "\n  },\n]", [*mess, "trailing_comma"]
            if len(recs) > 1 and rng.random() < 0.3:  # and a block comment between two records
                body = body.replace("\n  },\n  {", "\n  },\n  /* " + rng.choice(ASIDES) + " */\n  {", 1)
                mess.append("comment")
            tail = rng.choice(["", "", "\nEvery sample follows the prompt's keys.\n"])  # now and then a remark
            return think + "```json\n" + body + "\n```\n" + tail, mess + (["prose_after"] if tail else [])
        return (
            think
            + f"Here are {len(recs)} {WHAT[label]} samples in the requested format.\n\n```json\n"
            + body
            + "\n```\n\nEach key follows the prompt's schema. Let me know if you need more samples.\n",
            mess,
        )
    doc: Any = {
        "bare": lambda: recs,
        "batch": lambda: {
            "master_truths_version": "v1.2",
            "data_type": label,
            "batch_number": file_no,
            "timestamp": f"2026120{rng.randint(1, 4)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
            "sample_count": len(recs),
            "samples": recs,
        },
        "wrapped": lambda: {
            "пакет": {
                "шапка": {"студія": "stepove", "створено": _stamp(rng), "кількість": len(recs)},
                "записи": recs,
            }
        },
    }[env]()
    return dump(doc) + "\n", []


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# Prompts used for this drop

Each studio ran its own prompt set against a local Qwen3 model through Ollama. The Kyoto prompts ask for Japanese
keys, the Lviv prompts for Ukrainian keys, and the tools team exports one property list per record. The settings:

```yaml
model: qwen3:30b-a3b
temperature: 0.7
num_ctx: 16384
retries: 3
```

Retries were not removed before the merge, and one run was stopped while it was still writing.
"""

#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "kumo": ["", "kyoto", "kyoto/2026-12-03"],
    "ridge": ["", "exports/eav", "tools/nightly"],
    "stepove": ["", "lviv", "lviv/tyzhden_49"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2026120{rng.randint(1, 4)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh11",
    dialects=DIALECTS,
    types=TYPES,
    by_type=BY_TYPE,
    makers=MAKERS,
    defects=DEFECTS,
    sizes={"tiny": ((3, 6), (3, 6)), "normal": ((9, 15), (15, 28)), "large": ((100, 125), (200, 240))},
    plant_shares={"tiny": (1, 0.25), "normal": (1, 0.6), "large": (3, 0.6)},
    version_step=2,
    dirs=dirs_per_team(SUBDIRS, DIALECTS),
    to_dialect=to_dialect,
    with_extras=_with_extras,
    render=_render,
    answer_text=_answer_text,
    answer_path=_answer_path,
    ext=EXT,
    plain_json=PLAIN_JSON,
    file_date=_file_date,
    ascii_answer=lambda d: d["team"] in ASCII_TEAMS and d["envelope"] not in ("think_md", "think_raw"),
    notes=partial(drop_note, subdirs=SUBDIRS, name="prompts.md", text=PROMPTS_NOTE),
)


def write_fresh11_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh11_folder, "fresh11")


if __name__ == "__main__":
    raise SystemExit(main())
