#!/usr/bin/env python3
"""A fourteenth held-out drift generator (issue 11): folders from three more teams' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh11's writer and manifest test were read; the machinery is
fresh11's, the habits are new): the seven data types and meanings of curation/domain/spec.yaml, written by three
teams nobody here has tuned on, each with one set of habits for every type it writes:

- Larkspur, an English indie team whose generator an ordinary Python developer wrote: snake_case words of its own
  (`goes_by`, `left_today`, `uttered`, `believable`, `faith_shift`, `truth_behind`, `back_then.how_long`), grouped
  by WHERE a value came from: `from_prompt` (everything the generator was given, labels included), `from_model`
  (what the model wrote: the line, its aside, the line it scrapped), `from_grader` (marks, a second grader's mark,
  a smoothness figure), `from_pipeline` (job ref, model, seed, timings, tokens); files written with Python's default
  `ensure_ascii`; capacities "6.5 out of 10", scores as numeric text, weeks "12 weeks back", payoff windows
  "2 to 4 weeks", labels in lower case with spaces ("past trauma trigger"); an export object
  `{"export": {...}, "made": [...]}` and JSON Lines with a `kind` label;
- a Bangkok studio whose prompts ask for keys in Thai script (`ตัวละคร.ชื่อ`, `คำตอบ.บทพูด`, `คะแนน.คุณภาพ`,
  `ช่วงเฉลย.เร็วสุด` / `ช่วงเฉลย.ช้าสุด` for a payoff window as two flat fields), scores as "82%", capacities as
  "6.5/10", levels "4/5", labels in sentence case ("Tone deaf", "Mystery hook"), factors as "name: -2.5" texts,
  a Buddhist Era timestamp in its run metadata (2569), a Thai two-level wrapper, a typed batch, Qwen3 answers;
- a tally house whose STRUCTURE no earlier family wrote: every free value kept as a provenance cell
  `{"datum": ..., "origin": "grader", "sure": 0.83}` (a 0-1 certainty beside every value, scores included), related
  values written as positional tuples (`gauge: [base, effective, "low"]`, `plea: [situation, need]`,
  `bygone: [what, felt, weeks]`, `chord: [type, weight]`, `aspiration: [target, complexity]`,
  `upshot: [trust, relationship, capacity after]`), capacity factors as an object keyed by their cause
  (`"sinks": {"a king tide ...": {"by": -2.5, "days": 4}}`), irony options in a list whose line is a cell
  (`picks[].utter.datum`), a `_type` label on every record, a `{"tally": {..., "jotted": [...]}}` wrapper.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the scrapped answer,
a second grader's mark and a smoothness or confidence figure in the score's own written form, sentence and retry
counts, run metadata. Each data type has two prompt versions by two of the teams; a seed writes one of them or both
in one folder (one truth map holding both). Every truth line uses a field_map form docs/interaction-formats.md
documents (dotted paths, "[]", "[N]", "{}"), and values only in readings the docs list as lossless.

Files: the teams' wrappers, a typed batch header, JSON Lines, the multi-step pipeline's bare arrays, Qwen3 answers
as Ollama returns them (a Markdown answer with a `<think>` block and a fenced array; the raw answer saved as .json
with a `<think>` block, a ```json fence, often a trailing comma, sometimes a `/* */` comment, now and then a closing
remark). One file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`); a note on how the drop was made (prose and a YAML fence) in some
folders. A type may be absent, hold 3-6 records, 18-30, or 110+ over many files; no two records are alike in our
fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer, low quality, an authenticity score off its declared target, exact duplicates (a retried call
appended again, or a retried batch repeating a record of the previous file of its prompt version).

    write_fresh12_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh12.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh12.manifest.json)
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

# --- content pools (this writer's own: a river-delta ferry town with salt pans, a lighthouse and a floating market) --

NAMES = [
    "Bartholomew",
    "Wanjiru",
    "Sunniva",
    "Thaddeus",
    "Ploy",
    "Casimir",
    "Marisol",
    "Euphemia",
    "Kwabena",
    "Rosalind",
    "Anuwat",
    "Gwendolyn",
    "Ignatius",
    "Dagny",
    "Lucian",
    "Soraya",
    "Fennimore",
    "Hyacinth",
]
JOBS = [
    "ferry pilot",
    "salt-pan raker",
    "lighthouse keeper",
    "floating-market cook",
    "eel trapper",
    "dredger engineer",
    "tide-table clerk",
    "boatyard caulker",
    "ferry ticket seller",
    "net mender",
    "harbour pilot's apprentice",
    "customs weigher",
]
PLACES = [
    "the ferry slip at low tide",
    "the salt pans after the rain",
    "the lighthouse gallery at dusk",
    "the floating market's noodle boat",
    "the boatyard under the tarpaulins",
    "the customs shed by the sluice gate",
    "the stilt houses on the east bank",
    "the dredger's engine room",
]
PRESSURES = [
    ("a king tide flooding the lower town", -2.5),
    ("the ferry engine failing for the third time", -1.5),
    ("a daughter sick with marsh fever", -3.0),
    ("no sleep since the fog horn broke", -2.0),
    ("a quarrel with the harbour master", -1.0),
    ("a record salt harvest", 1.5),
    ("an old debt forgiven by the eel buyers", 1.0),
    ("a rope burn across both palms", -0.5),
    ("the market boats cancelled by the river police", -2.0),
    ("a calm week of clear water", 0.5),
]
ASKS = [
    "The player asks them to take the ferry across in a gale.",
    "The player needs them to hide a crate from the customs weighers.",
    "The player wants them to tell a drowned man's sister the news.",
    "The player asks them to speak for a smuggler at the harbour court.",
    "The player asks to borrow the lighthouse's spare lens for a night.",
    "The player wants them to teach a runaway boy to pilot the channel.",
    "The player asks them to check the sluice gates in the storm.",
    "The player needs someone to read a letter written in the old river script.",
]
REPLIES = [
    "Not in this wind. I’ve nothing left — but take my lantern, and I’ll mark the safe channel.",
    "I can get you as far as the sandbar… beyond that you’ll want a steadier hand than mine.",
    "Sit. Tell me all of it. The tide won’t turn for hours and I’m not going anywhere.",
    "I’d love to say yes. I can’t. Ask me again once my girl’s fever breaks?",
    "No. I’m sorry — I’m wrung dry this week, and I’d only let you down.",
    "Right — fetch the oilskins, and we’ll work it out together.",
    "I’ll take the first crossing. After the bell you’re on your own, mind.",
    "Today of all days you ask… fine. I’ll have a quiet word with the weighers.",
]
THOUGHTS = [
    "If I turn them away, who on this river will take them in?",
    "Everyone leans on the pilot. Nobody asks whether the pilot can stand.",
    "I would want somebody to do this for my girl.",
    "Why does trouble always come in on the last ferry of the night?",
]
SECRETS = [
    "the harbour board has sold the ferry to a river-cruise company",
    "the drowned man's boat was holed on purpose",
    "the lighthouse fund paid for the harbour master's new house",
    "their closest friend informed on them to the customs weighers",
    "the tide log was altered after the collision",
    "their son has signed on with a deep-sea trawler and will not come home",
]
BELIEFS = [
    "the ferry will stay in the town's hands",
    "the drowned man's boat simply sprang a seam",
    "the lighthouse fund was cut by the province",
    "their closest friend spoke up for them at the inquiry",
    "the tide log is accurate to the minute",
    "their son is only away for the monsoon season",
]
TONE_DEAF = [
    "Cheer up — there's always another ferry, isn't there?",
    "Well, that's hardly my concern, is it.",
    "Let's not talk harbour business on such a lovely calm night.",
    "Tides turn, money comes back. No use moping.",
]
MISGUIDED = [
    "It'll be a mix-up. People on this river mean well.",
    "Maybe if you were a little politer to the harbour board…",
    "Leave it with me — I'll storm down there and set them straight.",
    "You ought to count your blessings, honestly.",
]
GROWTH = [
    "Whatever it is, I'm here. What do you need from me tonight?",
    "I think there's more going on than either of us can see. Shall we look together?",
    "That's heavy. Do you want my advice, or just someone to sit with you?",
    "I may not see all of it, and that's all right.",
]
HOOK_LINES = [
    "There's a reason the channel buoy was moved last spring… not tonight, though.",
    "Ask me after the lantern festival and I'll tell you who paid for the new engine.",
    "He swore the seam split. The boatyard ledger says something else. Odd, isn't it?",
    "If the board signs on Friday, there'll be no ferry left to fight over.",
    "I found a second tide chart in the lighthouse. The hand isn't the keeper's.",
    "You think the boatyard fire was an accident? Keep thinking that, for now.",
]
SECRET_SETUPS = [
    "The buoy was moved to steer a rival's barge onto the sandbar.",
    "The engine was paid for with money taken from the lifeboat fund.",
    "The boat was holed by someone who wanted the drowned man's fishing rights.",
    "The board has already signed the sale to a cruise company.",
    "The second chart records what the keeper really saw that night.",
    "The fire was set to destroy the boatyard's repair ledgers.",
]
HINTS = [
    "Fresh rope marks on a mooring post nobody uses.",
    "An engine crate stamped with a cruise company's mark.",
    "A clean drill hole in the planks at the boatyard.",
    "A board member's hat on the early ferry downriver.",
    "Tide heights that do not match the almanac.",
    "Ledger ash caught in the boatyard chimney.",
]
NOW = [
    "The player hums a boatman's shanty while bailing the skiff.",
    "Fog horns sound down the river while they wait for the ferry.",
    "A child's paper lantern drifts past and goes out.",
    "The salt sheds smell of wet sacking and smoke.",
    "The player hands them a faded photograph of the old paddle ferry.",
    "Someone on the bank whistles exactly like their lost brother.",
]
PAST = [
    "their grandmother singing shanties over the salt rakes",
    "the night the old boatyard burned",
    "floating paper lanterns with a brother who later drowned at the river mouth",
    "their first monsoon alone in the lighthouse",
    "a wedding on the market boats that ended in a brawl",
    "sitting up with a feverish sister until the tide turned",
]
EMOTIONS = ["grief", "warm nostalgia", "shame", "quiet joy", "dread", "relief", "longing"]
RECALL = [
    "That shanty… my grandmother sang it over the salt rakes. I haven’t heard it since she died.",
    "Wet sacking and smoke. Every time. I’m back in that fire and I can’t breathe.",
    "A paper lantern. Of course — he always let his go too early and it sank.",
    "Odd — monsoons in the lighthouse used to frighten me. Now they feel almost kind.",
    "You whistle just like him. Forgive me — give me a moment.",
    "I sat up like this once before, and I swore I never would again.",
]
SCENES = [
    "A stranger pushes ahead in the queue for the ferry.",
    "The player forgets the character's birthday.",
    "A storm cancels the Saturday floating market.",
    "A colleague takes credit for fixing the ferry engine.",
    "The player invites them to an impromptu dance on the market boats.",
    "A letter arrives from upriver with bad news.",
]
TRAIT_LINES = [
    "Oh! Well — never mind, there's another ferry at four, isn't there?",
    "I've made a list. Three options, in order. We start with the first at six sharp.",
    "A dance? On the boats? Give me two minutes — I'm fetching my fiddle!",
    "It's fine. It's always fine. Don't trouble yourself about me.",
    "Of course the market's off. Of course it is. Why do I plan anything?",
    "Interesting — I never thought of the ferry queue as a place to meet people.",
]
EXPRESS = [
    "High agreeableness softens the complaint; low neuroticism keeps it calm.",
    "High conscientiousness shows in the ordered list and the fixed hour.",
    "High extraversion drives the instant delight at company.",
    "High neuroticism colours the catastrophising about the storm.",
    "High openness turns an irritation into curiosity.",
]
ACTIONS = [
    "The player brings soup when they are laid up with marsh fever.",
    "The player misses a promised meeting at the ferry slip.",
    "The player stands up for them before the harbour board.",
    "The player reads their private letters without asking.",
    "The player repays an old debt in full, with interest.",
    "The player teases them about their enormous oilskin hat.",
]
RETORTS = [
    "You remembered. Hardly anyone does.",
    "I waited an hour at that slip. A full hour.",
    "You didn't have to do that. Thank you.",
    "Those were private. I'd like you to go.",
    "Then we're square. Good.",
    "Ha! Says the one who wears waders to the temple.",
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
    "Wanjiru wipes her hands on her apron and won't look up. “I'll take the crate across — not the rest, not today.”",
    "He laughs too loudly and agrees to everything, then sits very still once you've gone.",
    "She hears you out in silence, nods once, and writes a name on the back of a ferry ticket.",
    "The keeper shakes his head. “Come back after the monsoon. Right now I'd only make it worse.”",
    "Dagny folds the letter twice and slides it back across the table. “Not tonight. I'm sorry.”",
]
MEMREF = [
    "the night the boatyard burned",
    "a promise made on the ferry slip",
    "the year the river froze at the mouth",
    "their first week on the delta",
    "a photograph left in the lighthouse",
]
TENSION_NOTES = [
    "Keep the player's knowledge off the table; no reveal in this beat.",
    "The irony should sting a little; the character must not guess.",
]
UNKNOWN_COMPLEXITY = ["stubborn_pride", "gallows_humour", "rescuer_reflex", "chore_deflection"]
UNKNOWN_HOOKS = ["red_herring", "countdown", "drip_reveal"]
UNKNOWN_RESONANCE = ["tidal_echo", "smell_trigger", "anniversary_sting"]
UNKNOWN_OPTIONS = ["sarcastic", "dismissive", "preachy"]

UNKNOWN_OPTIONS = ["sarcastic", "dismissive", "lecturing"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "beyond" if need > x2 else "within"
    return f"At {eff:g} on the day the X+2 ceiling sits at {x2:g}; the request for {need:g} falls {side} that line."


WORLD = World.of(
    globals(),
    constraint=_constraint,
    irony_scenario="At {place}, the talk turns to last month's trouble on the river.",
    tension_context="{Place}, the last car gone down; the player lingers.",
    memory_description="Remembering {past}, long before the new ferry.",
    multi_background="Born on the delta and never gone for long; rents a room near {place}.",
    multi_situation="{name} is closing up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a turned-down answer beside the final one is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------


#: this writer's own phrasings of support actually given (verbs, nouns and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Wrung out or not, he delivers {g} points of support before the tide turns.",
    "Actual support provided: {g}, far past what the day has left her.",
    "In the end her support amounted to {g}, marsh fever and all.",
    "She supplies {g} worth of support anyway and pays for it all week.",
]


#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["fine", "okay-ish", "good", "so-so"]


#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects(missing_fields=False)


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry writes an
# object keyed by each element's value of our key field (the option type, the factor's name); the "{}." entries fill
# its values. "[N]" is a list position (the tally house's tuples). A path ending in ".datum" is a provenance cell:
# the writer adds the cell's `origin` and `sure` beside the value (see _cells). Forms are documented lossless
# readings (see FORMS).


def _a(group: str, key: str) -> str:
    """The Larkspur generator's path: values grouped by where they came from (prompt, model, grader, pipeline)."""
    return f"from_{group}.{key}"


#: OCEAN as the Bangkok studio names the traits (open to experience, responsible, sociable, friendly, easily shaken)
OCEAN_TH = ["เปิดรับ", "รับผิดชอบ", "เข้าสังคม", "เป็นมิตร", "หวั่นไหว"]
#: OCEAN as the tally house names its temperament cells
OCEAN_TALLY = ["curious", "orderly", "outgoing", "warm", "edgy"]

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_larkspur": {  # an English indie team: values grouped by origin, plain snake_case words of its own
        "team": "larkspur",
        "envelope": "made",
        "stem": "emotional_authenticity_larkspur",
        "label": "emotional_authenticity",
        "label_key": "kind",
        "map": [
            ("character_name", _a("prompt", "goes_by"), None),
            ("context", _a("prompt", "lately"), None),
            ("base_capacity", _a("prompt", "at_rest"), None),
            ("capacity_factors", _a("prompt", "pulls"), "list"),
            ("capacity_factors[].factor", _a("prompt", "pulls[].because"), None),
            ("capacity_factors[].impact", _a("prompt", "pulls[].nudge"), "signed"),
            ("effective_capacity", _a("prompt", "left_today"), "out_of_10"),
            ("capacity_level", _a("prompt", "bracket"), None),
            ("situation", _a("prompt", "favour"), None),
            ("support_level_needed", _a("prompt", "how_much"), "out_of_10"),
            ("authenticity_target", _a("prompt", "aspiration"), None),
            ("complexity_type", _a("prompt", "twist"), "lower_words"),
            ("character_response", _a("model", "uttered"), None),
            ("internal_thought", _a("model", "under_breath"), None),
            ("demonstrates_constraint", _a("model", "holding_back"), None),
            ("support_provided", _a("model", "handed_over"), "str"),
            ("authenticity_score", _a("grader", "believable"), "str"),
        ],
        "decoys": [
            (_a("model", "uttered_scrapped"), "turned_down", None),
            (_a("grader", "believable_2nd"), "judge2", "str"),
            (_a("grader", "smoothness"), "conf", "str"),
            (_a("model", "sentence_tally"), "count", None),
        ],
    },
    "ea_tally": {  # the tally house: provenance cells, tuples, factors keyed by their cause
        "team": "tally",
        "envelope": "tally",
        "stem": "emotional_authenticity_tally",
        "label": "emotional_authenticity",
        "label_key": "_type",
        "map": [
            ("character_name", "moniker.datum", None),
            ("context", "circumstance.datum", None),
            ("base_capacity", "gauge[0]", None),
            ("effective_capacity", "gauge[1]", None),
            ("capacity_level", "gauge[2]", None),
            ("capacity_factors[].factor", "sinks{}", None),
            ("capacity_factors[].impact", "sinks{}.by", None),
            ("situation", "plea[0]", None),
            ("support_level_needed", "plea[1]", None),
            ("authenticity_target", "aspiration[0]", None),
            ("complexity_type", "aspiration[1]", None),
            ("character_response", "rejoinder.datum", None),
            ("internal_thought", "aside.datum", None),
            ("demonstrates_constraint", "restraint.datum", None),
            ("support_provided", "outlay.datum", None),
            ("authenticity_score", "sincerity.datum", None),
        ],
        "decoys": [
            ("rejoinder_alt.datum", "turned_down", None),
            ("sincerity_b.datum", "judge2", None),
            ("smoothness.datum", "conf", None),
            ("clauses", "count", None),
        ],
        "keyed_decoys": [("sinks", "days")],
    },
    "di_bangkok": {  # the Bangkok studio: Thai keys, an option list, percentages, "6.5/10", sentence-case labels
        "team": "bangkok",
        "envelope": "think_md",
        "stem": "dramatic_irony_bangkok",
        "label": "dramatic_irony",
        "map": [
            ("scenario", "ฉาก.รายละเอียด", None),
            ("player_knows", "ความรู้.ผู้เล่น", None),
            ("character_knows", "ความรู้.ตัวละคร", None),
            ("knowledge_gap_score", "ความรู้.ช่องว่าง", "pct"),
            ("character_name", "ตัวละคร.ชื่อ", None),
            ("character_capacity", "ตัวละคร.พลังใจ", "slash10"),
            ("response_options", "คำตอบ.ตัวเลือก", "list"),
            ("response_options[].type", "คำตอบ.ตัวเลือก[].ชนิด", "sentence"),
            ("response_options[].dialogue", "คำตอบ.ตัวเลือก[].บทพูด", None),
            ("response_options[].relationship_impact", "คำตอบ.ตัวเลือก[].ผลต่อความสัมพันธ์", "signed"),
            ("recommended_option", "คำตอบ.ที่ควรเลือก", "sentence"),
            ("dramatic_irony_score", "คะแนน.ความย้อนแย้ง", "pct"),
            ("tension_notes", "คะแนน.บันทึก", None),
        ],
        "decoys": [
            ("คะแนน.ผู้ตรวจคนที่สอง", "judge2", "pct"),
            ("คะแนน.ความมั่นใจ", "conf", "pct"),
            ("ระบบ.รอบที่", "retry", None),
        ],
    },
    "di_tally": {  # the tally house: cells inside the option list, the two knowledges as a pair, JSON Lines
        "team": "tally",
        "envelope": "jsonl",
        "stem": "dramatic_irony_tally",
        "label": "dramatic_irony",
        "label_key": "_type",
        "map": [
            ("scenario", "premise_text.datum", None),
            ("player_knows", "knowing[0]", None),
            ("character_knows", "knowing[1]", None),
            ("knowledge_gap_score", "rift.datum", None),
            ("character_name", "moniker.datum", None),
            ("character_capacity", "oomph.datum", "str"),
            ("response_options", "picks", "list"),
            ("response_options[].type", "picks[].tag", None),
            ("response_options[].dialogue", "picks[].utter.datum", None),
            ("response_options[].relationship_impact", "picks[].sway", None),
            ("recommended_option", "favoured.datum", None),
            ("dramatic_irony_score", "sting.datum", None),
            ("tension_notes", "margin_note.datum", None),
        ],
        "decoys": [
            ("sting_b.datum", "judge2", None),
            ("smoothness.datum", "conf", None),
            ("clauses", "count", None),
        ],
    },
    "tb_larkspur": {  # English indie team: JSON Lines with a kind label, windows as "2 to 4 weeks"
        "team": "larkspur",
        "envelope": "jsonl",
        "stem": "tension_building_larkspur",
        "label": "tension_building",
        "label_key": "kind",
        "map": [
            ("character_name", _a("prompt", "goes_by"), None),
            ("context", _a("prompt", "setting_blurb"), None),
            ("hook_type", _a("prompt", "tease_sort"), "lower_words"),
            ("setup", _a("prompt", "truth_behind"), None),
            ("payoff_window_weeks", _a("prompt", "pays_off"), "win_to"),
            ("payoff_hint", _a("prompt", "crumb"), None),
            ("relationship_level", _a("prompt", "warmth_step"), None),
            ("dialogue", _a("model", "uttered"), None),
            ("tension_score", _a("grader", "hold"), "str"),
            ("hook_effectiveness", _a("grader", "bite"), "str"),
        ],
        "decoys": [
            (_a("model", "uttered_scrapped"), "turned_down", None),
            (_a("grader", "hold_2nd"), "judge2", "str"),
            (_a("grader", "smoothness"), "conf", "str"),
            (_a("pipeline", "tries"), "retry", None),
        ],
    },
    "tb_bangkok": {  # Bangkok studio: a typed batch, the window as two flat fields, "4/5" levels
        "team": "bangkok",
        "envelope": "batch",
        "stem": "tension_building_bangkok",
        "label": "tension_building",
        "map": [
            ("character_name", "ตัวละคร.ชื่อ", None),
            ("context", "ฉาก.รายละเอียด", None),
            ("hook_type", "ปม.ประเภท", "sentence"),
            ("setup", "ปม.ความลับ", None),
            ("payoff_window_weeks.min", "ช่วงเฉลย.เร็วสุด", None),
            ("payoff_window_weeks.max", "ช่วงเฉลย.ช้าสุด", None),
            ("payoff_hint", "ปม.เบาะแส", None),
            ("relationship_level", "ตัวละคร.ความสนิท", "of5"),
            ("dialogue", "คำตอบ.บทพูด", None),
            ("tension_score", "คะแนน.ความตึงเครียด", "pct"),
            ("hook_effectiveness", "คะแนน.ประสิทธิผล", "pct"),
        ],
        "decoys": [
            ("คำตอบ.ฉบับร่าง", "turned_down", None),
            ("คะแนน.ผู้ตรวจคนที่สอง", "judge2", "pct"),
            ("คะแนน.ความมั่นใจ", "conf", "pct"),
            ("ระบบ.รอบที่", "retry", None),
        ],
    },
    "mr_larkspur": {  # English indie team: the memory as its own object, "12 weeks back"
        "team": "larkspur",
        "envelope": "made",
        "stem": "memory_resonance_larkspur",
        "label": "memory_resonance",
        "label_key": "kind",
        "map": [
            ("character_name", _a("prompt", "goes_by"), None),
            ("current_situation", _a("prompt", "right_now"), None),
            ("memory.description", _a("prompt", "back_then.what_went_on"), None),
            ("memory.emotion", _a("prompt", "back_then.felt"), None),
            ("memory.weeks_ago", _a("prompt", "back_then.how_long"), "weeks_back"),
            ("resonance_type", _a("prompt", "pull_sort"), "lower_words"),
            ("resonance_weight", _a("prompt", "heft"), None),
            ("character_response", _a("model", "uttered"), None),
            ("resonance_score", _a("grader", "lands"), "str"),
        ],
        "decoys": [
            (_a("model", "uttered_scrapped"), "turned_down", None),
            (_a("grader", "lands_2nd"), "judge2", "str"),
            (_a("grader", "smoothness"), "conf", "str"),
            (_a("model", "sentence_tally"), "count", None),
        ],
    },
    "mr_tally": {  # the tally house: the memory as a (what, felt, weeks) tuple, the resonance as a (type, weight) pair
        "team": "tally",
        "envelope": "tally",
        "stem": "memory_resonance_tally",
        "label": "memory_resonance",
        "label_key": "_type",
        "map": [
            ("character_name", "moniker.datum", None),
            ("current_situation", "nowadays.datum", None),
            ("memory.description", "bygone[0]", None),
            ("memory.emotion", "bygone[1]", None),
            ("memory.weeks_ago", "bygone[2]", None),
            ("resonance_type", "chord[0]", None),
            ("resonance_weight", "chord[1]", None),
            ("character_response", "rejoinder.datum", None),
            ("resonance_score", "ring.datum", None),
        ],
        "decoys": [
            ("rejoinder_alt.datum", "turned_down", None),
            ("ring_b.datum", "judge2", None),
            ("smoothness.datum", "conf", None),
            ("clauses", "count", None),
        ],
    },
    "pt_bangkok": {  # Bangkok studio: Thai trait names, a Thai two-level wrapper
        "team": "bangkok",
        "envelope": "thai",
        "stem": "personality_traits_bangkok",
        "label": "personality_traits",
        "map": [
            ("character_name", "ตัวละคร.ชื่อ", None),
            ("scenario", "ฉาก.รายละเอียด", None),
            *[(f"ocean.{t}", f"บุคลิก.{c}", None) for t, c in zip(OCEAN, OCEAN_TH, strict=True)],
            ("dialogue", "คำตอบ.บทพูด", None),
            ("trait_expression", "คำตอบ.คำอธิบาย", None),
            ("quality_score", "คะแนน.คุณภาพ", "pct"),
        ],
        "decoys": [
            ("คำตอบ.ฉบับร่าง", "turned_down", None),
            ("คะแนน.ผู้ตรวจคนที่สอง", "judge2", "pct"),
            ("คะแนน.ความมั่นใจ", "conf", "pct"),
            ("ระบบ.รอบที่", "retry", None),
        ],
    },
    "pt_tally": {  # the tally house: five temperament cells, each with its own certainty beside it; a Qwen3 answer
        "team": "tally",
        "envelope": "think_md",
        "stem": "personality_traits_tally",
        "label": "personality_traits",
        "label_key": "_type",
        "map": [
            ("character_name", "moniker.datum", None),
            ("scenario", "premise_text.datum", None),
            *[(f"ocean.{t}", f"humours.{c}.datum", None) for t, c in zip(OCEAN, OCEAN_TALLY, strict=True)],
            ("dialogue", "rejoinder.datum", None),
            ("trait_expression", "evidence.datum", None),
            ("quality_score", "worth.datum", None),
        ],
        "decoys": [
            ("rejoinder_alt.datum", "turned_down", None),
            ("worth_b.datum", "judge2", None),
            ("smoothness.datum", "conf", None),
            ("clauses", "count", None),
        ],
    },
    "rs_larkspur": {  # English indie team: the character's words are given, the grader's reasoning is the answer
        "team": "larkspur",
        "envelope": "jsonl",
        "stem": "relationship_scoring_larkspur",
        "label": "relationship_scoring",
        "label_key": "kind",
        "map": [
            ("player_action", _a("prompt", "what_player_did"), None),
            ("character_response", _a("prompt", "their_comeback"), None),
            ("character_name", _a("prompt", "goes_by"), None),
            ("interaction_type", _a("prompt", "what_kind"), "lower_words"),
            ("relationship_level", _a("prompt", "warmth_step"), None),
            ("relationship_score", _a("grader", "standing"), "str"),
            ("trust_change", _a("grader", "faith_shift"), "signed"),
            ("rationale", _a("model", "reasoned"), None),
            ("quality_score", _a("grader", "keeper"), "str"),
        ],
        "decoys": [
            (_a("model", "reasoned_scrapped"), "turned_down", None),
            (_a("grader", "standing_2nd"), "judge2", "str"),
            (_a("grader", "smoothness"), "conf", "str"),
            (_a("pipeline", "tries"), "retry", None),
        ],
    },
    "rs_bangkok": {  # Bangkok studio: an event group, a raw Qwen3 answer
        "team": "bangkok",
        "envelope": "think_raw",
        "stem": "relationship_scoring_bangkok",
        "label": "relationship_scoring",
        "map": [
            ("player_action", "เหตุการณ์.การกระทำของผู้เล่น", None),
            ("character_response", "เหตุการณ์.คำตอบของตัวละคร", None),
            ("character_name", "ตัวละคร.ชื่อ", None),
            ("interaction_type", "เหตุการณ์.หมวด", None),
            ("relationship_level", "ตัวละคร.ความสนิท", "of5"),
            ("relationship_score", "คะแนน.ความสัมพันธ์", "pct"),
            ("trust_change", "คะแนน.ความไว้ใจที่เปลี่ยน", "signed"),
            ("rationale", "คะแนน.เหตุผล", None),
            ("quality_score", "คะแนน.คุณภาพ", "pct"),
        ],
        "decoys": [
            ("คะแนน.เหตุผลฉบับร่าง", "turned_down", None),
            ("คะแนน.ผู้ตรวจคนที่สอง", "judge2", "pct"),
            ("คะแนน.ความมั่นใจ", "conf", "pct"),
            ("ระบบ.รอบที่", "retry", None),
        ],
    },
    "ms_bangkok": {  # Bangkok studio: nested Thai groups, "name: -2.5" factor texts, the pipeline's bare array
        "team": "bangkok",
        "envelope": "bare",
        "stem": "multi_step_batch_bangkok",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "ตัวละคร.ชื่อ", None),
            ("npc_profile.age", "ตัวละคร.อายุ", None),
            ("npc_profile.occupation", "ตัวละคร.อาชีพ", None),
            ("npc_profile.background", "ตัวละคร.ประวัติ", None),
            ("npc_emotional_state.base_capacity", "สภาวะ.พลังตั้งต้น", "slash10"),
            ("npc_emotional_state.capacity_factors", "สภาวะ.ปัจจัย", "factors_colon"),
            ("npc_emotional_state.effective_capacity", "สภาวะ.พลังคงเหลือ", "slash10"),
            ("npc_emotional_state.current_emotion", "สภาวะ.อารมณ์", None),
            *[(f"npc_ocean_personality.{t}", f"บุคลิก.{c}", None) for t, c in zip(OCEAN, OCEAN_TH, strict=True)],
            ("interaction_context.situation", "สถานการณ์.รายละเอียด", None),
            ("interaction_context.player_request", "สถานการณ์.คำขอ", None),
            ("interaction_context.support_needed", "สถานการณ์.แรงหนุนที่ต้องการ", "slash10"),
            ("interaction_context.complexity_type", "สถานการณ์.ความซับซ้อน", None),
            ("interaction_context.authenticity_target", "สถานการณ์.เป้าหมาย", None),
            ("interaction_context.capacity_level", "สถานการณ์.ระดับพลัง", None),
            ("tension_memory.hook_type", "ปม.ตะขอ", "sentence"),
            ("tension_memory.memory_reference", "ปม.ความทรงจำ", None),
            ("npc_card_narrative.dialogue_prose", "การ์ด.ร้อยแก้ว", None),
            ("game_outcomes.trust_change", "ผลลัพธ์.ความไว้ใจ", "signed"),
            ("game_outcomes.relationship_change", "ผลลัพธ์.ความสัมพันธ์", "signed"),
            ("game_outcomes.capacity_after", "ผลลัพธ์.พลังหลังจบ", None),
            ("training_metadata.authenticity_score", "เมตา.ความจริงใจ", "pct"),
            ("training_metadata.quality_score", "เมตา.คุณภาพ", "pct"),
            ("training_metadata.complexity_type", "เมตา.ความซับซ้อน", None),
            ("training_metadata.pipeline_version", "เมตา.รุ่นไปป์ไลน์", None),
            ("training_metadata.master_truths_version", "เมตา.รุ่นหลักความจริง", None),
            ("training_metadata.generated_at", "เมตา.สร้างเมื่อ", None),
        ],
        "decoys": [
            ("การ์ด.ฉบับร่าง", "turned_down", None),
            ("เมตา.ผู้ตรวจคนที่สอง", "judge2", "pct"),
            ("เมตา.ความมั่นใจ", "conf", "pct"),
            ("ระบบ.รอบที่", "retry", None),
        ],
    },
    "ms_tally": {  # the tally house: tuples, cells and a cause-keyed factor map in the pipeline's bare array
        "team": "tally",
        "envelope": "bare",
        "stem": "multi_step_batch_tally",
        "label": "multi_step",
        "label_key": "_type",
        "map": [
            ("npc_profile.name", "badge[0]", None),
            ("npc_profile.occupation", "badge[1]", None),
            ("npc_profile.age", "aged.datum", None),
            ("npc_profile.background", "past_life.datum", None),
            ("npc_emotional_state.base_capacity", "gauge[0]", None),
            ("npc_emotional_state.effective_capacity", "gauge[1]", None),
            ("interaction_context.capacity_level", "gauge[2]", None),
            ("npc_emotional_state.capacity_factors[].factor", "sinks{}", None),
            ("npc_emotional_state.capacity_factors[].impact", "sinks{}.by", None),
            ("npc_emotional_state.current_emotion", "inner_weather.datum", None),
            *[
                (f"npc_ocean_personality.{t}", f"humours.{c}.datum", None)
                for t, c in zip(OCEAN, OCEAN_TALLY, strict=True)
            ],
            ("interaction_context.situation", "premise_text.datum", None),
            ("interaction_context.player_request", "plea[0]", None),
            ("interaction_context.support_needed", "plea[1]", None),
            ("interaction_context.authenticity_target", "aspiration[0]", None),
            ("interaction_context.complexity_type", "aspiration[1]", None),
            ("tension_memory.hook_type", "dangle[0]", None),
            ("tension_memory.memory_reference", "dangle[1]", None),
            ("npc_card_narrative.dialogue_prose", "vignette.datum", None),
            ("game_outcomes.trust_change", "upshot[0]", None),
            ("game_outcomes.relationship_change", "upshot[1]", None),
            ("game_outcomes.capacity_after", "upshot[2]", None),
            ("training_metadata.authenticity_score", "sincerity.datum", None),
            ("training_metadata.quality_score", "worth.datum", None),
            ("training_metadata.complexity_type", "tagged_as.datum", None),
            ("training_metadata.pipeline_version", "pedigree[0]", None),
            ("training_metadata.master_truths_version", "pedigree[1]", None),
            ("training_metadata.generated_at", "pedigree[2]", None),
        ],
        "decoys": [
            ("vignette_alt.datum", "turned_down", None),
            ("worth_b.datum", "judge2", None),
            ("smoothness.datum", "conf", None),
            ("clauses", "count", None),
        ],
        "keyed_decoys": [("sinks", "days")],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_larkspur", "ea_tally"],
    "dramatic_irony": ["di_bangkok", "di_tally"],
    "tension_building": ["tb_larkspur", "tb_bangkok"],
    "memory_resonance": ["mr_larkspur", "mr_tally"],
    "personality_traits": ["pt_bangkok", "pt_tally"],
    "relationship_scoring": ["rs_larkspur", "rs_bangkok"],
    "multi_step": ["ms_bangkok", "ms_tally"],
}
#: each envelope's file extension
EXT = {
    "jsonl": "jsonl",
    "batch": "json",
    "made": "json",
    "tally": "json",
    "thai": "json",
    "bare": "json",
    "think_md": "md",
    "think_raw": "json",
}
#: envelopes written as one JSON document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"batch", "made", "tally", "thai", "bare"}
#: teams whose files are written with Python's default json.dumps (ensure_ascii: every non-ASCII letter escaped)
ASCII_TEAMS = {"larkspur"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "larkspur": {
        "from_pipeline.job_ref": "run",
        "from_pipeline.model_used": "model",
        "from_pipeline.dice": "seed",
        "from_pipeline.took_ms": "ms",
        "from_pipeline.spent_tokens": "tok",
    },
    "bangkok": {
        "ระบบ.รหัสงาน": "run",
        "ระบบ.โมเดล": "model",
        "ระบบ.เมล็ดสุ่ม": "seed",
        "ระบบ.เวลาที่ใช้": "ms",
        "ระบบ.บันทึกเวลา": "be_stamp",
    },
    "tally": {
        "audit_trail.ticket": "run",
        "audit_trail.engine_tag": "model",
        "audit_trail.dice": "seed",
        "audit_trail.ms_taken": "ms",
        "audit_trail.toks": "tok",
    },
}
MODELS = ["qwen3:30b-a3b", "qwen3:8b", "qwen3:32b", "qwen3:4b-q8_0"]


def _n(v: float) -> str:
    return f"{v:g}"


def _dc(v: float) -> str:
    return _n(v).replace(".", ",")


FORMS: dict[str, Callable[[Any], Any]] = {
    "str": _n,
    "pct": lambda v: f"{round(v * 100)}%",  # a [0, 1] score as a percentage
    "slash10": lambda v: f"{_n(v)}/10",  # a capacity: 6.5 -> "6.5/10"
    "out_of_10": lambda v: f"{_n(v)} out of 10",
    "of5": lambda v: f"{v}/5",
    "signed": lambda v: f"{v:+.2f}",
    "weeks_back": lambda v: f"{_n(v)} weeks back",
    "win_to": lambda w: f"{_n(w['min'])} to {_n(w['max'])} weeks",
    "lower_words": lambda s: s.replace("_", " "),
    "sentence": lambda s: s.replace("_", " ").capitalize(),
    "factors_colon": lambda fs: [f"{f['factor']}: {f['impact']:g}" for f in fs],
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
        # the Bangkok studio's clock: the Thai solar calendar's Buddhist Era year (2026 CE = 2569 BE)
        "be_stamp": lambda: f"2569-12-0{rng.randint(1, 4)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
    }[kind]()


#: where a tally-house cell says its value came from
ORIGINS = ["model", "grader", "planner", "human"]


def _cells(rng: random.Random, node: Any) -> None:
    """Every provenance cell ({"datum": ...}) gets its origin and the writer's certainty (0-1) beside the value."""
    if isinstance(node, list):
        for x in node:
            _cells(rng, x)
    elif isinstance(node, dict):
        if set(node) == {"datum"}:
            node["origin"] = rng.choice(ORIGINS)
            node["sure"] = _u(rng, 0.5, 0.99)
            return
        for v in node.values():
            _cells(rng, v)


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys, the team's pipeline metadata, the tally house's cell provenance and the days each
    keyed factor has weighed, and, where the team writes one, a type label."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(their, key, _meta_value(rng, kind))
    for key, member in dialect.get("keyed_decoys", []):
        for v in (their.get(key) or {}).values():
            v[member] = rng.randint(1, 30)
    _cells(rng, their)
    if dialect.get("label_key"):
        their = {dialect["label_key"]: dialect["label"], **their}
    return their


# --- files ------------------------------------------------------------------------------------------------------
THINKING = [
    "Okay, {n} {what} samples as a JSON array, keys spelled exactly as in the prompt. I'll keep the delta town, "
    "vary the people, and keep each score on the scale the prompt gives.",
    "Hmm, {n} {what} samples. They want variety: different people, different pressures, no repeated openings. "
    "Let me make sure the numbers add up first. No commentary inside the JSON.",
    "Plan: who the character is, then the situation, then the line, then the review fields. {n} {what} samples. "
    "The scrapped line must not match the final one. Writing now.",
]
ASIDES = ["same keys below", "moving to the east bank from here", "grader fields as the prompt says"]


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
        "made": lambda: {  # the indie team's export: who made it, then what it made
            "export": {"by": "larkspur-gen 0.4.1", "at": _stamp(rng), "how_many": len(recs)},
            "made": recs,
        },
        "tally": lambda: {"tally": {"opened": _stamp(rng), "clerk": "tally-sync 2.3", "jotted": recs}},
        "thai": lambda: {  # a dataset with its heading and its items
            "ชุดข้อมูล": {
                "หัวเรื่อง": {"สตูดิโอ": "bangkok", "จำนวน": len(recs), "ปี": 2569},
                "รายการ": recs,
            }
        },
    }[env]()
    return dump(doc) + "\n", []


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# How this drop was made

Three teams ran their own generators against a local Qwen3 model through Ollama: the Larkspur scripts (English keys,
grouped by where a value came from), the Bangkok studio (Thai keys) and the tally house (every value kept with its
origin). The settings:

```yaml
model: qwen3:14b
temperature: 0.7
num_ctx: 16384
retries: 3
```

Retries were not removed before the merge, and one run was stopped while it was still writing.
"""

#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "larkspur": ["", "larkspur", "larkspur/exports"],
    "bangkok": ["", "bangkok", "bangkok/week49"],
    "tally": ["", "tally", "tally/sync"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2026120{rng.randint(1, 4)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh12",
    dialects=DIALECTS,
    types=TYPES,
    by_type=BY_TYPE,
    makers=MAKERS,
    defects=DEFECTS,
    sizes={"tiny": ((3, 6), (3, 6)), "normal": ((10, 16), (18, 30)), "large": ((55, 70), (110, 140))},
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


def write_fresh12_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh12_folder, "fresh12")


if __name__ == "__main__":
    raise SystemExit(main())
