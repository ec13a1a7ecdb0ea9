"""A sixteenth held-out drift generator (issue 11): folders from three more teams' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh13's writer and manifest test were read; the machinery is
fresh13's, the habits are new): the seven data types and meanings of curation/domain/spec.yaml, written by three
teams nobody here has tuned on, each with one set of habits for every type it writes:

- Saltmarsh, an English team whose review board is a Google Sheet pulled with gspread (`get_all_records()`): a record
  is one sheet row, flat, keyed by the sheet's two header rows joined as "Group › Column", units in brackets and
  spaces, capitals and an accented group name in the keys (`Cast › Billed As`, `Mise-en-Scène › Surrounds`,
  `Snare › Matures In`, `Reminiscence › Elapsed (wks)`, `Makeup › Jitter Knob`, `Marks › Tautness (pct)`,
  `Marks › Credence Wobble`, `Admin › Rerolls`); Sheets-formatted values: percent cells with one decimal ("82.0%"),
  a payoff window a Python script wrote with str() ("[2, 4]"), labels as ours, an American Sheets date
  ("12/03/2026 4:07:19 PM") in its admin columns; a `{"spreadsheet", "worksheet", "pulled", "records": [...]}`
  export and JSON Lines with a `sample_type` label;
- a Yerevan studio whose records are its logger's lines, one per Ollama /api/chat call with tools: the template
  variables the script filled into the prompt under Armenian keys (`մուտք.հերոս`, `մուտք.ուժ_հիմա`,
  `մուտք.հուշ.շաբաթ_առաջ`), what the model answered as its TOOL CALLS (`tool_calls[0].arguments.տող`, the answer;
  `tool_calls[1]` its self-check, a confidence decoy; in an irony record every response option is one call of its
  own, `tool_calls[].arguments.ձև`), the grader model's verdict (`դատավոր.անկեղծություն`), Qwen3's `thinking` text
  and Ollama's bookkeeping beside (`created_at` with nanoseconds, `total_duration`, `eval_count`); numbers with a
  decimal comma, scores and capacities "of 10" ("8,2 of 10", "6,5 of 10"), signed numbers with a typographic minus
  ("−0,72"), factors as a name -> "−2,50" table, labels in SCREAMING_SNAKE ("TONE_DEAF", "PAST_TRAUMA_TRIGGER");
  JSON Lines, a typed batch of call logs, a Markdown run report in Armenian with the logs in a ```json fence;
- a row team whose STRUCTURE no earlier family wrote: every record is ONE SPREADSHEET ROW, `{"cells": [...],
  "sheet_row": 847, ...}`, a value found only by its cell's position in the sheet's column order (`cells[11]`, the
  answer; 13 to 35 cells a row, decoys in their own columns between ours, null for an empty cell), the irony options
  in `takes` beside the row (`takes[].uttered_bit`); labels in capitals with spaces ("MYSTERY HOOK", "TONE DEAF"),
  payoff windows "2 to 4 wks", factors as "cause: -2.5" texts, other numbers unformatted; a Sheets range export
  `{"range", "majorDimension", "rows": [...]}`, the multi-step pipeline's bare arrays and Qwen3 answers (a `<think>`
  block and a ```json fence, an `@type` label on every row).

Every record also carries what such pipelines leave beside the answer and none of it is ours: the binned or earlier
take of the answer (`Voicework › Binned Phrasing`, `սևագիր`, a cell of its own), a second marker's mark in the
score's own written form, a sheen or self-confidence figure on the same scale, sentence and reroll counts, run
metadata. Each data type has two prompt versions by two of the teams; a seed writes one of them or both in one
folder (one truth map holding both). Every truth line uses a field_map form docs/interaction-formats.md documents
(dotted paths, "[]", "[N]"), and values only in readings the docs list as lossless.

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), Qwen3 answers with a `<think>` block and a ```json fence (raw
ones often with a trailing comma, sometimes a `/* */` comment, now and then a closing remark); a README of the drop
(prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records, 22-36, or 92-116 over many
files; a folder holds about 90-320 records (most 150-300); no two records are alike in our fields unless one is a
planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "puts 7 points of support on
the table", "support actually supplied: 7", "his support had reached 7", "supplies 7 units of support"), an
excellent target over X+2, capacity formula, capacity and authenticity buckets, complexity types, irony knowledge
gap / impact / option type / recommended option, payoff windows (outside the hook's, and min after max), hook
types, resonance weights and types, out-of-range values written as plain numbers, a NaN trust change, a score
finished with a word (uncoercible), a missing answer or another missing required field (a hook's hidden setup, a
trust change), low quality, an authenticity score off its declared target, exact duplicates (a retried call
appended again, or a retried batch repeating a record of the previous file of its prompt version).

    write_fresh14_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh14.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh14.manifest.json)
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
    decoy,
    dirs_per_team,
    drop_note,
    layout,
    makers,
    their_record,
    write_folder,
)
from drift_machinery import answer_path as _answer_path
from drift_machinery import answer_text as _answer_text
from drift_machinery import put as _put
from drift_machinery import truth_map as truth_map  # the manifest test reads the true map

# --- content pools (this writer's own: a salt-marsh harbour town, its chain ferry, lighthouse and oyster beds) ---

NAMES = [
    "Wenna",
    "Tobiah",
    "Anahit",
    "Crispin",
    "Lusine",
    "Morwenna",
    "Gevorg",
    "Hesper",
    "Tallis",
    "Siranush",
    "Jory",
    "Clemency",
    "Aram",
    "Petronella",
    "Ludo",
    "Nairi",
    "Bartholomew",
    "Elowen",
]
JOBS = [
    "oyster-bed keeper",
    "lighthouse relief keeper",
    "chain-ferry hand",
    "smokehouse owner",
    "harbour pilot",
    "net-loft mender",
    "tide-mill miller",
    "customs tide-waiter",
    "lifeboat coxswain",
    "salt-pan raker",
    "chandlery clerk",
    "eel trapper",
]
PLACES = [
    "the chain ferry's slipway at low water",
    "the lighthouse lamp room after the relief boat left",
    "the smokehouse loft among the kippers",
    "the oyster beds at the spring ebb",
    "the net loft above the fish market",
    "the tide mill's wheel pit",
    "the customs watch house in a sea fret",
    "the lifeboat station's launch ramp",
]
PRESSURES = [
    ("the ferry chain snapped twice this month", -2.5),
    ("a lamp lens cracked in the last gale", -1.5),
    ("a daughter feverish through every night of the fret", -3.0),
    ("three night tides in a row on the oyster beds", -2.0),
    ("a quarrel with the harbourmaster", -1.0),
    ("a first prize for the smokehouse kippers", 1.5),
    ("the salvage money finally paid out", 1.0),
    ("salt sores on both hands", -0.5),
    ("the lifeboat fund raided", -2.0),
    ("a calm night with the seals back on the bar", 0.5),
]
ASKS = [
    "The player asks them to take the chain ferry across one more time in a rising swell.",
    "The player needs them to hide a smuggler's boy in the smokehouse until the tide turns.",
    "The player wants them to tell a drowned fisherman's mother the news.",
    "The player asks them to vouch for a stowaway before the customs officers.",
    "The player asks to borrow the lighthouse's spare lamp lens.",
    "The player wants them to teach a runaway to read the harbour flags.",
    "The player asks them to walk the oyster beds while the fret is down.",
    "The player needs someone to read a logbook kept in the old pilots' shorthand.",
]
REPLIES = [
    "Not in this swell. I’ve nothing left — but take my lantern, and I’ll signal the far bank for you.",
    "I’ll take you as far as the middle buoy… past that you want a steadier hand than mine.",
    "Sit down. Tell me all of it. The next tide’s hours off and I’m going nowhere.",
    "I wish I could say yes. I can’t. Ask me again once my girl’s fever breaks?",
    "No. I’m sorry — I’m scraped hollow this week, and I’d only let you down.",
    "Right — grab the spare oilskins, and we’ll work it out between us.",
    "I’ll do the first crossing. After the bell you’re on your own, mind.",
    "Today, of all days… fine. I’ll have a quiet word with the customs sergeant.",
]
THOUGHTS = [
    "If I send them off, who on this quay will take them in?",
    "Everybody leans on the ferry hand. Nobody asks whether the ferry hand can stand.",
    "I’d want someone to do this for my girl.",
    "Why does trouble always come in on the last tide of the night?",
]
SECRETS = [
    "the harbour board has sold the oyster beds to a cannery syndicate",
    "the drowned fisherman's mooring line was cut before the squall",
    "the lifeboat fund paid for the mayor's new yacht",
    "their oldest friend reported them to the customs officers",
    "the wreck log was rewritten after the collision",
    "their son has signed on with a whaler and will not come back",
]
BELIEFS = [
    "the oyster beds will stay in the town's hands",
    "the fisherman's mooring line simply chafed through on the rocks",
    "the lifeboat fund was cut by the county",
    "their oldest friend spoke up for them at the inquiry",
    "the wreck log is accurate to the minute",
    "their son is only away for the herring season",
]
TONE_DEAF = [
    "Chin up — there's always another tide, isn't there?",
    "Well, that's hardly my business, is it.",
    "Let's not talk harbour board matters on such a lovely calm night.",
    "Fish come back, money comes back. No use sulking.",
]
MISGUIDED = [
    "It'll be a misunderstanding. Folk on this quay mean well.",
    "Perhaps if you were a little more polite to the board men…",
    "Leave it to me — I'll march down there and set them straight.",
    "You ought to count your blessings, frankly.",
]
GROWTH = [
    "Whatever this is, I'm here. What do you need from me tonight?",
    "I think there's more going on than either of us can see. Shall we look into it together?",
    "That's a lot to carry. Do you want advice, or just company for a while?",
    "I may not understand all of it, and that's all right.",
]
HOOK_LINES = [
    "There's a reason the channel buoy was moved last autumn… not tonight, though.",
    "Ask me after the blessing of the boats and I'll tell you who paid for the new chain.",
    "He swore the line chafed. The chandlery ledger says otherwise. Odd, isn't it?",
    "If the board signs on Friday, there'll be no oyster beds left to argue about.",
    "I found a second wreck log in the watch house. The hand isn't the keeper's.",
    "You think the net-loft fire was an accident? Go on thinking that, for now.",
]
SECRET_SETUPS = [
    "The buoy was moved to put a rival's smack on the sandbar.",
    "The chain was paid for with money taken from the lifeboat fund.",
    "The line was cut by someone who wanted the fisherman's berth.",
    "The board has already signed the sale to a cannery syndicate.",
    "The second log records what the keeper really saw that night.",
    "The fire was set to destroy the net loft's insurance papers.",
]
HINTS = [
    "Fresh scrape marks on a mooring post nobody uses.",
    "A chain drum stamped with a cannery syndicate's crest.",
    "A clean knife cut on the line's chafed end.",
    "A board member's scarf on the early ferry out.",
    "Tide heights that do not match the harbour gauge.",
    "Burnt policy pages caught in the net-loft chimney.",
]
NOW = [
    "The player hums a shanty while scraping barnacles off the slipway.",
    "Fog horns sound down the estuary while they wait for the ferry.",
    "A child's paper boat drifts off the quay and into the mill race.",
    "The smokehouse smells of oak chips and tar.",
    "The player shows them a faded photograph of the old paddle steamer.",
    "Someone on the quay laughs exactly like their lost brother.",
]
PAST = [
    "their grandmother singing shanties on the mending bench",
    "the night the old net loft burned",
    "rowing out by starlight with a brother later lost on the bar",
    "their first winter alone in the lighthouse",
    "a wedding at the harbour inn that ended in a brawl",
    "nursing a feverish sister through the long fog-bound week",
]
EMOTIONS = ["grief", "fond nostalgia", "shame", "quiet joy", "dread", "relief", "homesickness"]
RECALL = [
    "That shanty… my grandmother sang it on the mending bench. I haven’t heard it since she died.",
    "Oak smoke and tar. Every time. I’m back in that fire and I can’t breathe.",
    "A paper boat. Of course — he always launched his into the race too early.",
    "Strange — winters in the lamp room used to frighten me. Now they feel almost kind.",
    "You laugh just like him. Forgive me — give me a moment.",
    "I sat up like this once before, and I swore I never would again.",
]
SCENES = [
    "A stranger pushes ahead in the queue for the chain ferry.",
    "The player forgets the character's name day.",
    "A gale cancels the Saturday fish market.",
    "A colleague takes credit for mending the ferry chain.",
    "The player invites them to an impromptu dance at the harbour inn.",
    "A letter arrives from the whaling port with bad news.",
]
TRAIT_LINES = [
    "Oh! Well — never mind, there's another crossing at four, isn't there?",
    "I've drawn up a list. Three options, in order. We begin with the first at six sharp.",
    "A dance? At the inn? Give me two minutes — I'm fetching my concertina!",
    "It's fine. It's always fine. Don't trouble yourself over me.",
    "Of course the market's off. Of course it is. Why do I plan anything?",
    "Interesting — I never thought of the ferry queue as a place to meet people.",
]
EXPRESS = [
    "High agreeableness softens the complaint; low neuroticism keeps it calm.",
    "High conscientiousness shows in the ordered list and the fixed hour.",
    "High extraversion drives the instant delight at company.",
    "High neuroticism colours the catastrophising about the gale.",
    "High openness turns an irritation into curiosity.",
]
ACTIONS = [
    "The player brings fish broth when they are laid up with a chest cold.",
    "The player misses a promised meeting at the ferry slipway.",
    "The player stands up for them before the harbour board.",
    "The player reads their private letters without asking.",
    "The player repays an old debt in full, with interest.",
    "The player teases them about their enormous sou'wester.",
]
RETORTS = [
    "You remembered. Hardly anybody does.",
    "I waited an hour on that slipway. A full hour.",
    "You didn't have to do that. Thank you.",
    "Those were private. I'd like you to leave.",
    "Then we're square. Good.",
    "Ha! Says the one who wears waders to chapel.",
]
WHYS = [
    "A caring gesture at a weak moment builds trust; the reply shows real warmth.",
    "A broken promise costs trust; the clipped reply signals hurt more than anger.",
    "Public loyalty is rare and prized, so a large positive shift is justified.",
    "Reading private letters is a serious breach; the boundary is stated plainly.",
    "Repaying a debt restores balance but does not create closeness.",
    "Light teasing inside an established bond reads as affection, not insult.",
]
PROSE = [
    "Wenna wipes the fish scales from her hands and won't meet your eyes. “I'll hide the boy — not the rest, "
    "not tonight.”",
    "He laughs too loudly and agrees to everything, then sits very still once you've gone.",
    "She hears you out in silence, nods once, and writes a name on the back of a tide table.",
    "The coxswain shakes his head. “Come back after the spring tides. Right now I'd only make it worse.”",
    "Anahit folds the letter twice and slides it back across the counter. “Not tonight. I'm sorry.”",
]
MEMREF = [
    "the night the net loft burned",
    "a promise made on the ferry slipway",
    "the winter the estuary froze at the edges",
    "their first week on the oyster beds",
    "a photograph left in the lamp room",
]
TENSION_NOTES = [
    "Keep the player's knowledge off the table; no reveal in this scene.",
    "The irony should sting a little; the character must not guess.",
]
UNKNOWN_COMPLEXITY = ["tide_turner", "brine_stoicism", "harbour_pride", "fog_avoidance"]
UNKNOWN_HOOKS = ["red_herring", "slack_water", "undertow_tease"]
UNKNOWN_RESONANCE = ["brine_echo", "tidal_ache", "foghorn_pang"]
UNKNOWN_OPTIONS = ["brusque", "evasive", "preachy"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "beyond" if need > x2 else "inside"
    return f"Running at {eff:g} today, the X+2 line is {x2:g}; the ask of {need:g} sits {side} it."


WORLD = World.of(
    globals(),
    constraint=_constraint,
    irony_scenario="At {place}, the talk turns to last month's trouble on the water.",
    tension_context="{Place}, the last ferry gone over; the player lingers.",
    memory_description="Remembering {past}, long before the new breakwater.",
    multi_background="Born on the marsh and never gone for long; rents a room near {place}.",
    multi_situation="{name} is closing up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a turned-down answer beside the final one is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------


#: this writer's own phrasings of support actually given (verbs, nouns and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Whatever it costs, she puts {g} points of support on the table before the tide turns.",
    "Support actually supplied: {g}, on a week with nothing left in the tank.",
    "By the end of the night his support had reached {g}, cough and all.",
    "He supplies {g} units of support anyway and pays for it all week.",
]


#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["fine", "okay-ish", "good", "so-so"]


#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "cells[N]" step is the
# N-th cell of the row team's spreadsheet row (N from 0). Forms are documented lossless readings (see FORMS).


def _g(group: str, column: str) -> str:
    """The Saltmarsh sheet's column: the two header rows joined as the gspread export joins them."""
    return f"{group} › {column}"


def _v(key: str) -> str:
    """The Yerevan studio's log: the template variables the script filled into the prompt."""
    return f"մուտք.{key}"


def _a(key: str, call: int = 0) -> str:
    """The Yerevan studio's log: an argument of the model's N-th tool call (0: the answer, 1: its self-check)."""
    return f"tool_calls[{call}].arguments.{key}"


def _j(key: str) -> str:
    """The Yerevan studio's log: what the grader model returned."""
    return f"դատավոր.{key}"


def _sheet(*cols: tuple[str, str | None]) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str, Any]]]:
    """The row team's columns in the order its sheet has them: (map lines, decoys) by cell position; a column named
    "~kind" is a decoy of that kind."""
    lines, decoys = [], []
    for i, (what, form) in enumerate(cols):
        if what.startswith("~"):
            decoys.append((f"cells[{i}]", what[1:], form))
        else:
            lines.append((what, f"cells[{i}]", form))
    return lines, decoys


#: OCEAN as the Yerevan studio names the traits (openness ... neuroticism in Armenian)
OCEAN_HY = ["բացություն", "բարեխղճություն", "արտահայտվածություն", "համաձայնողականություն", "նևրոտիկություն"]
#: OCEAN as the Saltmarsh sheet's columns name them
OCEAN_SM = ["Curiosity Knob", "Tidiness Knob", "Sociable Knob", "Kindliness Knob", "Jitter Knob"]

_EA_ROWS = _sheet(
    ("character_name", None),
    ("context", None),
    ("base_capacity", None),
    ("capacity_factors", "colon"),
    ("effective_capacity", None),
    ("capacity_level", "upper"),
    ("~turned_down", None),
    ("situation", None),
    ("support_level_needed", None),
    ("authenticity_target", "upper"),
    ("complexity_type", None),
    ("character_response", None),
    ("internal_thought", None),
    ("demonstrates_constraint", None),
    ("support_provided", None),
    ("authenticity_score", None),
    ("~judge2", None),
    ("~conf", None),
    ("~count", None),
)
_DI_ROWS = _sheet(
    ("character_name", None),
    ("scenario", None),
    ("player_knows", None),
    ("character_knows", None),
    ("knowledge_gap_score", None),
    ("character_capacity", None),
    ("recommended_option", "upper"),
    ("dramatic_irony_score", None),
    ("~judge2", None),
    ("tension_notes", None),
    ("~conf", None),
    ("~count", None),
)
_TB_ROWS = _sheet(
    ("character_name", None),
    ("relationship_level", None),
    ("context", None),
    ("hook_type", "upper"),
    ("setup", None),
    ("payoff_window_weeks", "wks_to"),
    ("payoff_hint", None),
    ("~turned_down", None),
    ("dialogue", None),
    ("tension_score", None),
    ("hook_effectiveness", None),
    ("~judge2", None),
    ("~conf", None),
    ("~retry", None),
)
_RS_ROWS = _sheet(
    ("character_name", None),
    ("relationship_level", None),
    ("interaction_type", "upper"),
    ("player_action", None),
    ("character_response", None),
    ("relationship_score", None),
    ("trust_change", None),
    ("~turned_down", None),
    ("rationale", None),
    ("quality_score", None),
    ("~judge2", None),
    ("~conf", None),
    ("~count", None),
)
_MS_ROWS = _sheet(
    ("npc_profile.name", None),
    ("npc_profile.age", None),
    ("npc_profile.occupation", None),
    ("npc_profile.background", None),
    ("npc_emotional_state.base_capacity", None),
    ("npc_emotional_state.capacity_factors", "colon"),
    ("npc_emotional_state.effective_capacity", None),
    ("npc_emotional_state.current_emotion", None),
    ("interaction_context.capacity_level", "upper"),
    *[(f"npc_ocean_personality.{t}", None) for t in OCEAN],
    ("interaction_context.situation", None),
    ("interaction_context.player_request", None),
    ("interaction_context.support_needed", None),
    ("interaction_context.complexity_type", None),
    ("interaction_context.authenticity_target", "upper"),
    ("tension_memory.hook_type", "upper"),
    ("tension_memory.memory_reference", None),
    ("~turned_down", None),
    ("npc_card_narrative.dialogue_prose", None),
    ("game_outcomes.trust_change", None),
    ("game_outcomes.relationship_change", None),
    ("game_outcomes.capacity_after", None),
    ("training_metadata.authenticity_score", None),
    ("training_metadata.quality_score", None),
    ("~judge2", None),
    ("~conf", None),
    ("training_metadata.complexity_type", None),
    ("training_metadata.pipeline_version", None),
    ("training_metadata.master_truths_version", None),
    ("training_metadata.generated_at", None),
    ("~count", None),
)

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_yerevan": {  # Armenian keys in an Ollama call log: the prompt's variables, the tool call, the grader's verdict
        "team": "yerevan",
        "envelope": "hy_batch",
        "stem": "emotional_authenticity_yerevan",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _v("հերոս"), None),
            ("context", _v("նախապատմություն"), None),
            ("base_capacity", _v("ուժ_սկզբում"), "hy_of10"),
            ("capacity_factors", _v("ազդակներ"), "hy_table"),
            ("effective_capacity", _v("ուժ_հիմա"), "hy_of10"),
            ("capacity_level", _v("ուժի_աստիճան"), "screaming"),
            ("situation", _v("իրավիճակ"), None),
            ("support_level_needed", _v("պետք_աջակցություն"), "hy_of10"),
            ("authenticity_target", _v("նպատակ"), "screaming"),
            ("complexity_type", _v("բարդություն"), "screaming"),
            ("character_response", _a("տող"), None),
            ("internal_thought", _a("միտք"), None),
            ("demonstrates_constraint", _a("սահման"), None),
            ("support_provided", _a("տրված_օգնություն"), "hy_dc"),
            ("authenticity_score", _j("անկեղծություն"), "hy_score"),
        ],
        "decoys": [
            (_a("սևագիր"), "turned_down", None),
            (_a("ինքնավստահություն", 1), "conf", "hy_score"),
            (_j("երկրորդ_կարծիք"), "judge2", "hy_score"),
            (_j("նախադասություններ"), "count", None),
        ],
    },
    "ea_rows": {  # the row team: one spreadsheet row a record, a value found by its cell's position
        "team": "rows",
        "envelope": "rows_doc",
        "stem": "emotional_authenticity_rows",
        "label": "emotional_authenticity",
        "map": _EA_ROWS[0],
        "decoys": _EA_ROWS[1],
    },
    "di_yerevan": {  # Armenian keys: every response option one tool call of the model
        "team": "yerevan",
        "envelope": "jsonl",
        "stem": "dramatic_irony_yerevan",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _v("հերոս"), None),
            ("scenario", _v("տեսարան"), None),
            ("player_knows", _v("խաղացողը_գիտի"), None),
            ("character_knows", _v("հերոսը_կարծում_է"), None),
            ("knowledge_gap_score", _v("գիտելիքի_ճեղք"), "hy_score"),
            ("character_capacity", _v("ուժ_հիմա"), "hy_of10"),
            ("recommended_option", _v("սպասվող_ձև"), "screaming"),
            ("response_options", "tool_calls", "list"),
            ("response_options[].type", "tool_calls[].arguments.ձև", "screaming"),
            ("response_options[].dialogue", "tool_calls[].arguments.տող", None),
            ("response_options[].relationship_impact", "tool_calls[].arguments.կապի_շեղում", "hy_signed"),
            ("dramatic_irony_score", _j("հեգնանք"), "hy_score"),
            ("tension_notes", _j("նշում"), None),
        ],
        "decoys": [
            (_j("մերժված_տող"), "turned_down", None),
            (_j("երկրորդ_կարծիք"), "judge2", "hy_score"),
            (_j("սահունություն"), "conf", "hy_score"),
            (_j("նախադասություններ"), "count", None),
        ],
    },
    "di_rows": {  # the row team: the givens in the row's cells, the options as takes beside the row
        "team": "rows",
        "envelope": "think_md",
        "stem": "dramatic_irony_rows",
        "label": "dramatic_irony",
        "label_key": "@type",
        "map": [
            *_DI_ROWS[0],
            ("response_options", "takes", "list"),
            ("response_options[].type", "takes[].slant", "upper"),
            ("response_options[].dialogue", "takes[].uttered_bit", None),
            ("response_options[].relationship_impact", "takes[].rapport_nudge", None),
        ],
        "decoys": [("cells[12]", "turned_down", None), *_DI_ROWS[1]],
    },
    "tb_saltmarsh": {  # the Saltmarsh sheet: flat columns named "Group › Column", a window "[2, 4]"
        "team": "saltmarsh",
        "envelope": "gsheet",
        "stem": "tension_building_saltmarsh",
        "label": "tension_building",
        "map": [
            ("character_name", _g("Cast", "Billed As"), None),
            ("relationship_level", _g("Cast", "Rapport Notch"), None),
            ("context", _g("Mise-en-Scène", "Surrounds"), None),
            ("hook_type", _g("Snare", "Variety"), None),
            ("setup", _g("Snare", "Hidden Reality"), None),
            ("payoff_window_weeks", _g("Snare", "Matures In"), "pylist"),
            ("payoff_hint", _g("Snare", "Giveaway"), None),
            ("dialogue", _g("Voicework", "Chosen Phrasing"), None),
            ("tension_score", _g("Marks", "Tautness (pct)"), "pct1"),
            ("hook_effectiveness", _g("Marks", "Hookiness (pct)"), "pct1"),
        ],
        "decoys": [
            (_g("Voicework", "Binned Phrasing"), "turned_down", None),
            (_g("Marks", "Tautness (pct, 2nd marker)"), "judge2", "pct1"),
            (_g("Marks", "Sheen (pct)"), "conf", "pct1"),
            (_g("Admin", "Rerolls"), "retry", None),
        ],
    },
    "tb_rows": {  # the row team: a raw Qwen3 answer of rows, a window "2 to 4 wks", labels in capitals
        "team": "rows",
        "envelope": "think_raw",
        "stem": "tension_building_rows",
        "label": "tension_building",
        "label_key": "@type",
        "map": _TB_ROWS[0],
        "decoys": _TB_ROWS[1],
    },
    "mr_saltmarsh": {  # the Saltmarsh sheet: JSON Lines of its rows with a sample_type label
        "team": "saltmarsh",
        "envelope": "jsonl",
        "stem": "memory_resonance_saltmarsh",
        "label": "memory_resonance",
        "label_key": "sample_type",
        "map": [
            ("character_name", _g("Cast", "Billed As"), None),
            ("current_situation", _g("Mise-en-Scène", "Presently"), None),
            ("memory.description", _g("Reminiscence", "Recounting"), None),
            ("memory.emotion", _g("Reminiscence", "Sentiment Then"), None),
            ("memory.weeks_ago", _g("Reminiscence", "Elapsed (wks)"), None),
            ("resonance_type", _g("Resonator", "Variety"), None),
            ("resonance_weight", _g("Resonator", "Heaviness"), None),
            ("character_response", _g("Voicework", "Chosen Phrasing"), None),
            ("resonance_score", _g("Marks", "Chime (pct)"), "pct1"),
        ],
        "decoys": [
            (_g("Voicework", "Binned Phrasing"), "turned_down", None),
            (_g("Marks", "Chime (pct, 2nd marker)"), "judge2", "pct1"),
            (_g("Marks", "Sheen (pct)"), "conf", "pct1"),
            (_g("Voicework", "Full Stops"), "count", None),
        ],
    },
    "mr_yerevan": {  # Armenian keys: a Markdown run report with the call logs in a fenced block
        "team": "yerevan",
        "envelope": "hy_report",
        "stem": "memory_resonance_yerevan",
        "label": "memory_resonance",
        "map": [
            ("character_name", _v("հերոս"), None),
            ("current_situation", _v("իրավիճակ"), None),
            ("memory.description", _v("հուշ.ինչ_եղավ"), None),
            ("memory.emotion", _v("հուշ.զգացում"), None),
            ("memory.weeks_ago", _v("հուշ.շաբաթ_առաջ"), None),
            ("resonance_type", _v("արձագանքի_ձև"), "screaming"),
            ("resonance_weight", _v("արձագանքի_կշիռ"), "hy_dc"),
            ("character_response", _a("տող"), None),
            ("resonance_score", _j("արձագանք"), "hy_score"),
        ],
        "decoys": [
            (_a("սևագիր"), "turned_down", None),
            (_a("ինքնավստահություն", 1), "conf", "hy_score"),
            (_j("երկրորդ_կարծիք"), "judge2", "hy_score"),
            (_j("նախադասություններ"), "count", None),
        ],
    },
    "pt_yerevan": {  # Armenian trait names, a typed batch of call logs
        "team": "yerevan",
        "envelope": "hy_batch",
        "stem": "personality_traits_yerevan",
        "label": "personality_traits",
        "map": [
            ("character_name", _v("հերոս"), None),
            ("scenario", _v("տեսարան"), None),
            *[(f"ocean.{t}", _v(f"բնավորություն.{c}"), "hy_dc") for t, c in zip(OCEAN, OCEAN_HY, strict=True)],
            ("dialogue", _a("տող"), None),
            ("trait_expression", _a("բացատրություն"), None),
            ("quality_score", _j("որակ"), "hy_score"),
        ],
        "decoys": [
            (_a("սևագիր"), "turned_down", None),
            (_a("ինքնավստահություն", 1), "conf", "hy_score"),
            (_j("երկրորդ_կարծիք"), "judge2", "hy_score"),
            (_j("նախադասություններ"), "count", None),
        ],
    },
    "pt_saltmarsh": {  # the Saltmarsh sheet: five "Knob" columns
        "team": "saltmarsh",
        "envelope": "gsheet",
        "stem": "personality_traits_saltmarsh",
        "label": "personality_traits",
        "map": [
            ("character_name", _g("Cast", "Billed As"), None),
            ("scenario", _g("Mise-en-Scène", "Surrounds"), None),
            *[(f"ocean.{t}", _g("Makeup", c), None) for t, c in zip(OCEAN, OCEAN_SM, strict=True)],
            ("dialogue", _g("Voicework", "Chosen Phrasing"), None),
            ("trait_expression", _g("Voicework", "Makeup Glimpses"), None),
            ("quality_score", _g("Marks", "Keepability (pct)"), "pct1"),
        ],
        "decoys": [
            (_g("Voicework", "Binned Phrasing"), "turned_down", None),
            (_g("Marks", "Keepability (pct, 2nd marker)"), "judge2", "pct1"),
            (_g("Marks", "Sheen (pct)"), "conf", "pct1"),
            (_g("Admin", "Rerolls"), "retry", None),
        ],
    },
    "rs_saltmarsh": {  # the Saltmarsh sheet: JSON Lines, the marker's justifying the answer
        "team": "saltmarsh",
        "envelope": "jsonl",
        "stem": "relationship_scoring_saltmarsh",
        "label": "relationship_scoring",
        "label_key": "sample_type",
        "map": [
            ("character_name", _g("Cast", "Billed As"), None),
            ("relationship_level", _g("Cast", "Rapport Notch"), None),
            ("interaction_type", _g("Mise-en-Scène", "Interlude Ilk"), None),
            ("player_action", _g("Mise-en-Scène", "Visitor Doings"), None),
            ("character_response", _g("Mise-en-Scène", "Riposte"), None),
            ("relationship_score", _g("Marks", "Kinship (pct)"), "pct1"),
            ("trust_change", _g("Marks", "Credence Wobble"), None),
            ("rationale", _g("Marks", "Marker Justifying"), None),
            ("quality_score", _g("Marks", "Keepability (pct)"), "pct1"),
        ],
        "decoys": [
            (_g("Marks", "Marker Justifying (struck)"), "turned_down", None),
            (_g("Marks", "Kinship (pct, 2nd marker)"), "judge2", "pct1"),
            (_g("Marks", "Sheen (pct)"), "conf", "pct1"),
            (_g("Admin", "Rerolls"), "retry", None),
        ],
    },
    "rs_rows": {  # the row team: rows in a range export
        "team": "rows",
        "envelope": "rows_doc",
        "stem": "relationship_scoring_rows",
        "label": "relationship_scoring",
        "map": _RS_ROWS[0],
        "decoys": _RS_ROWS[1],
    },
    "ms_yerevan": {  # Armenian keys: the whole NPC card in the prompt's variables, the prose in the tool call
        "team": "yerevan",
        "envelope": "jsonl",
        "stem": "multi_step_batch_yerevan",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _v("հերոս"), None),
            ("npc_profile.age", _v("տարիք"), None),
            ("npc_profile.occupation", _v("զբաղմունք"), None),
            ("npc_profile.background", _v("կենսագրություն"), None),
            ("npc_emotional_state.base_capacity", _v("ուժ_սկզբում"), "hy_of10"),
            ("npc_emotional_state.capacity_factors", _v("ազդակներ"), "hy_table"),
            ("npc_emotional_state.effective_capacity", _v("ուժ_հիմա"), "hy_of10"),
            ("npc_emotional_state.current_emotion", _v("տրամադրություն"), None),
            ("interaction_context.capacity_level", _v("ուժի_աստիճան"), "screaming"),
            *[
                (f"npc_ocean_personality.{t}", _v(f"բնավորություն.{c}"), "hy_dc")
                for t, c in zip(OCEAN, OCEAN_HY, strict=True)
            ],
            ("interaction_context.situation", _v("իրավիճակ"), None),
            ("interaction_context.player_request", _v("խնդրանք"), None),
            ("interaction_context.support_needed", _v("պետք_աջակցություն"), "hy_of10"),
            ("interaction_context.complexity_type", _v("բարդություն"), "screaming"),
            ("interaction_context.authenticity_target", _v("նպատակ"), "screaming"),
            ("tension_memory.hook_type", _v("կեռիկ.ձև"), "screaming"),
            ("tension_memory.memory_reference", _v("կեռիկ.հղում"), None),
            ("npc_card_narrative.dialogue_prose", _a("պատում"), None),
            ("game_outcomes.trust_change", _a("հետևանք.վստահության_շեղում"), "hy_signed"),
            ("game_outcomes.relationship_change", _a("հետևանք.կապի_շեղում"), "hy_signed"),
            ("game_outcomes.capacity_after", _a("հետևանք.ուժ_հետո"), "hy_dc"),
            ("training_metadata.authenticity_score", _j("անկեղծություն"), "hy_score"),
            ("training_metadata.quality_score", _j("որակ"), "hy_score"),
            ("training_metadata.complexity_type", _j("գրանցում.բարդություն"), None),
            ("training_metadata.pipeline_version", _j("գրանցում.խողովակ"), None),
            ("training_metadata.master_truths_version", _j("գրանցում.կանոնների_տարբերակ"), None),
            ("training_metadata.generated_at", _j("գրանցում.ստեղծված"), None),
        ],
        "decoys": [
            (_a("սևագիր"), "turned_down", None),
            (_a("ինքնավստահություն", 1), "conf", "hy_score"),
            (_j("երկրորդ_կարծիք"), "judge2", "hy_score"),
            (_j("նախադասություններ"), "count", None),
        ],
    },
    "ms_rows": {  # the row team: the multi-step pipeline's bare array, each record one long row
        "team": "rows",
        "envelope": "bare",
        "stem": "multi_step_batch_rows",
        "label": "multi_step",
        "map": _MS_ROWS[0],
        "decoys": _MS_ROWS[1],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_yerevan", "ea_rows"],
    "dramatic_irony": ["di_yerevan", "di_rows"],
    "tension_building": ["tb_saltmarsh", "tb_rows"],
    "memory_resonance": ["mr_saltmarsh", "mr_yerevan"],
    "personality_traits": ["pt_yerevan", "pt_saltmarsh"],
    "relationship_scoring": ["rs_saltmarsh", "rs_rows"],
    "multi_step": ["ms_yerevan", "ms_rows"],
}
#: each envelope's file extension
EXT = {
    "jsonl": "jsonl",
    "hy_batch": "json",
    "hy_report": "md",
    "gsheet": "json",
    "rows_doc": "json",
    "bare": "json",
    "think_md": "md",
    "think_raw": "json",
}
#: envelopes written as one JSON document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"hy_batch", "gsheet", "rows_doc", "bare"}
#: teams whose own writer sorts every object's keys and indents by four: none in this family
SORTED_TEAMS: set[str] = set()

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "saltmarsh": {
        _g("Admin", "Docket"): "run",
        _g("Admin", "Modelfile"): "model",
        _g("Admin", "Sampler Salt"): "seed",
        _g("Admin", "Elapsed Msec"): "ms",
        _g("Admin", "Edited"): "sheet_stamp",
    },
    "yerevan": {
        "call_ref": "run",
        "served_by": "model",
        "created_at": "ns_stamp",
        "total_duration": "ns",
        "eval_count": "tok",
        "thinking": "think",
    },
    "rows": {
        "sheet_row": "rowno",
        "filled_by": "model",
        "fill_ms": "ms",
        "tok_spent": "tok",
    },
}
MODELS = ["qwen3:30b-a3b", "qwen3:8b", "qwen3:32b", "qwen3:4b-q8_0"]


def _n(v: float) -> str:
    return f"{v:g}"


def _dc(v: float) -> str:
    return _n(v).replace(".", ",")


def _hy_signed(v: float) -> str:
    """A signed number as the Yerevan studio's script writes it: a decimal comma and a typographic minus."""
    return f"{v:+.2f}".replace(".", ",").replace("-", "\u2212")


FORMS: dict[str, Callable[[Any], Any]] = {
    "hy_dc": _dc,  # a decimal comma: 0.82 -> "0,82"
    "hy_of10": lambda v: f"{_dc(v)} of 10",  # a capacity: 6.5 -> "6,5 of 10"
    "hy_score": lambda v: f"{_dc(round(v * 10, 3))} of 10",  # a [0, 1] score: 0.82 -> "8,2 of 10"
    "hy_signed": _hy_signed,  # "+0,45", "−2,50"
    "hy_table": lambda fs: {f["factor"]: _hy_signed(f["impact"]) for f in fs},  # a name -> "−2,50" table
    "screaming": lambda s: s.upper(),  # "TONE_DEAF", "PAST_TRAUMA_TRIGGER"
    "pct1": lambda v: f"{v * 100:.1f}%",  # a Sheets percent cell: 0.82 -> "82.0%"
    "pylist": lambda w: str([w["min"], w["max"]]),  # Python's str() of a list: "[2, 4]"
    "wks_to": lambda w: f"{_n(w['min'])} to {_n(w['max'])} wks",  # "2 to 4 wks"
    "upper": lambda s: s.replace("_", " ").upper(),  # "MYSTERY HOOK"
    "colon": lambda fs: [f"{f['factor']}: {f['impact']:+g}" for f in fs],  # "a row with the stationmaster: -1"
}


#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


def _decoy(rng: random.Random, kind: str, form: str | None, rec: dict[str, Any], dtype: str) -> Any:
    """A value shaped like one of ours that is not ours (a turned-down answer, a second reviewer's mark ...): this
    family's own kinds, then drift_machinery.decoy's."""
    if kind == "retry":
        return rng.randint(0, 4)
    return decoy(ANSWER_POOL, FORMS, rng, kind, form, rec, dtype)


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(900, 52000),
        "tok": lambda: rng.randint(150, 3100),
        "rowno": lambda: rng.randint(2, 4000),
        "ns": lambda: rng.randint(900, 52000) * 1_000_000 + rng.randint(0, 999_999),
        # Ollama's clock: RFC 3339 with nanoseconds
        "ns_stamp": lambda: (
            f"2026-12-0{rng.randint(1, 4)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}.{rng.randint(0, 999_999_999):09d}Z"
        ),
        # a spreadsheet's last-edit cell as Sheets formats it for an English locale
        "sheet_stamp": lambda: (
            f"12/0{rng.randint(1, 4)}/2026 {rng.randint(1, 12)}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"
        ),
        "think": lambda: rng.choice(HY_THINKING),
    }[kind]()


#: what Qwen3 thought before its tool calls (Ollama's `thinking` field, kept by the Yerevan studio's logger)
HY_THINKING = [
    "Պետք է կանչել գործիքը մեկ անգամ պատասխանի համար, հետո ստուգել ինքս ինձ։",
    "Okay, the variables say the capacity is low, so the line must show the limit. Call the tool with the line.",
    "Առաջին հերթին՝ հերոսի ուժը, հետո խնդրանքը։ Պատասխանը կարճ պահել։",
    "The prompt wants one call per option. Three calls then: tone-deaf, misguided, growth, in any order.",
]
#: the Yerevan studio's tool names: the answer, the model's self-check, one response option
HY_TOOLS = {"answer": "պատասխանել", "check": "ինքնաստուգում", "option": "առաջարկել_տարբերակ"}


def _decorate(rng: random.Random, dialect: dict[str, Any], their: dict[str, Any]) -> None:
    """A Yerevan tool call carries the tool's name beside its arguments (one call per option in an irony record)."""
    calls = their.get("tool_calls")
    if dialect["team"] != "yerevan" or not isinstance(calls, list):
        return
    for i, call in enumerate(calls):
        tool = HY_TOOLS["option"] if dialect["label"] == "dramatic_irony" else HY_TOOLS["answer" if i == 0 else "check"]
        call_keys = {"tool": tool, **call}
        call.clear()
        call.update(call_keys)


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys, the team's pipeline metadata, the tool names of a Yerevan call log and, where the
    team writes one, a type label."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(their, key, _meta_value(rng, kind))
    _decorate(rng, dialect, their)
    if dialect.get("label_key"):
        their = {dialect["label_key"]: dialect["label"], **their}
    return their


# --- files ------------------------------------------------------------------------------------------------------
THINKING = [
    "The sheet wants {n} {what} rows. Cells in column order, null for an empty cell, numbers unformatted. Harbour "
    "town, a different person on every row.",
    "{n} {what} rows then. Keep the column order exactly; the script reads cells by position. Check the sums "
    "before writing.",
    "Row by row: who, then the ask, then the line, then the marks. {n} {what} rows, no two openings alike.",
]
ASIDES = ["rows continue", "next rows from the quay", "marks per the rubric"]


def _stamp(rng: random.Random) -> str:
    return f"2026-12-0{rng.randint(1, 4)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, trailing comma)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False, indent=2)

    if env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), []
    if env == "hy_report":  # the Yerevan studio's run report: prose, the call logs in one fenced block, prose
        return (
            f"# Գործարկում {file_no}\n\n{len(recs)} կանչ, մոդել՝ Qwen3 (Ollama)։ Ստորև՝ կանչերի մատյանը։\n\n```json\n"
            + dump(recs)
            + "\n```\n\nՎերջ։ Կրկնված կանչերը չեն հեռացվել։\n",
            ["fence"],
        )
    if env in ("think_md", "think_raw"):
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body, mess = dump(recs), ["think", "fence"]
        if env == "think_raw":
            if rng.random() < 0.6:  # the model's habit: a comma after the last record
                body, mess = body[: -len("\n  }\n]")] + "\n  },\n]", [*mess, "trailing_comma"]
            if len(recs) > 1 and rng.random() < 0.3:  # and a block comment between two records
                body = body.replace("\n  },\n  {", "\n  },\n  /* " + rng.choice(ASIDES) + " */\n  {", 1)
                mess.append("comment")
            tail = rng.choice(["", "", "\nEvery row keeps the column order of the sheet.\n"])  # now and then a remark
            return think + "```json\n" + body + "\n```\n" + tail, mess + (["prose_after"] if tail else [])
        return (
            think
            + f"Here are {len(recs)} {WHAT[label]} rows, cells in the sheet's column order.\n\n```json\n"
            + body
            + "\n```\n\nEmpty cells are null. Say if you want another batch.\n",
            mess,
        )
    doc: Any = {
        "bare": lambda: recs,
        "hy_batch": lambda: {
            "master_truths_version": "v1.2",
            "data_type": label,
            "batch_number": file_no,
            "timestamp": f"2026120{rng.randint(1, 4)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
            "sample_count": len(recs),
            "samples": recs,
        },
        "gsheet": lambda: {  # the Saltmarsh export: which sheet and tab, then the rows as records
            "spreadsheet": "Saltmarsh dialogue review",
            "worksheet": WHAT[label].title(),
            "pulled": _stamp(rng),
            "records": recs,
        },
        "rows_doc": lambda: {  # the row team's export: the range read, then its rows
            "range": f"Samples!A2:AN{len(recs) + 1}",
            "majorDimension": "ROWS",
            "rows": recs,
        },
    }[env]()
    return dump(doc) + "\n", []


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# About this drop

Three teams ran their own generators against a local Qwen3 model served by Ollama: Saltmarsh (a Google Sheet of
review columns, pulled with gspread), the Yerevan studio (Armenian keys, one log line per Ollama call with its tool
calls) and the row team (every record one spreadsheet row, cells in the sheet's column order). Settings used:

```yaml
model: qwen3:14b
temperature: 0.7
num_ctx: 16384
think: true
max_retries: 3
```

Retried calls were merged without removing repeats, and one job was killed while it was still writing.
"""

#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "saltmarsh": ["", "saltmarsh", "saltmarsh/pulls"],
    "yerevan": ["", "yerevan", "yerevan/calls"],
    "rows": ["", "rows", "rows/export"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2026120{rng.randint(1, 4)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh14",
    dialects=DIALECTS,
    types=TYPES,
    by_type=BY_TYPE,
    makers=MAKERS,
    defects=DEFECTS,
    sizes={"tiny": ((3, 6), (3, 6)), "normal": ((12, 18), (22, 34)), "large": ((45, 58), (92, 116))},
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
    notes=partial(drop_note, subdirs=SUBDIRS, name="README_drop.md", text=PROMPTS_NOTE),
)


def write_fresh14_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh14_folder, "fresh14")


if __name__ == "__main__":
    raise SystemExit(main())
