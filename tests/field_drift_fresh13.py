"""A fifteenth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh12's writer and manifest test were read; the machinery is
fresh12's, the habits are new): the seven data types and meanings of curation/domain/spec.yaml, written by three
studios nobody here has tuned on, each with one set of habits for every type it writes:

- Kettleburn, an English studio whose generator an ordinary developer wrote, grouping every value by the PANEL of
  the game's dialogue screen that shows it: `portrait` (who: `shown_as`, `closeness_tier`), `cue_card` (the situation
  card: `lay_of_land`, `favour_sought`, `lift_required`, `aim_for`, `curveball`, `tease_kind`, `under_the_floorboards`,
  `reveal_due`, `old_scene.how_far_back`, `echo_flavour`, `echo_heft`, `the_player_did`), `meter` (the capacity gauge:
  `full_tank`, `tank_now`, `tank_band`, factors as a `drains_and_boosts` name -> impact table), `bubble` (the speech
  bubble: `spoken_aloud`, `thought_cloud`, `holding_back_how`, `lift_delivered`, the withdrawn line), `scorecard`
  (`rings_true`, `suspense_grade`, `echo_lands`, `bond_reading`, `trust_swing`, `keep_worthy`, the reasoning as
  `judgement_words`, a re-check mark, a finish-sheen figure) and `plumbing` (run metadata); files from Python's
  `json.dump(..., indent=4, sort_keys=True)` (keys in alphabetical order); capacities "6.5 of 10", weeks
  "12 wks ago", payoff windows "between 2 and 4 weeks", trust "+0.30", labels in Title Case ("Past Trauma
  Trigger", "Mystery Hook"); a typed batch, JSON Lines with a `category` label, a `{"crate": {...}, "packed": [...]}`
  export and a raw Qwen3 answer;
- a Tbilisi studio whose prompts ask for keys in Georgian script (Mkhedruli: `პერსონაჟი.სახელი`, `პასუხი.რეპლიკა`,
  `შეფასება.გულწრფელობა`, `ძალა.ფაქტორები[].გავლენა`, `მოგონება.კვირის_წინ`), grouped as character / capacity /
  request / knowledge / answer / assessment / memory / hook / outcomes / meta / system, with the number forms
  Georgian writers use: decimal commas ("0,82", "6,5/10", "+0,45"), percentages ("82%"), weeks as plain numbers,
  dates "05.12.2026 14:03"; labels in kebab-case ("tone-deaf", "past-trauma-trigger"); a Georgian package wrapper
  `{"პაკეტი": {"სათაური": {...}, "ჩანაწერები": [...]}}`, a typed batch, Qwen3 answers, the pipeline's bare arrays;
- a relay team whose STRUCTURE no earlier family wrote: every record is a log of its pipeline's stages,
  `{"task": ..., "trail": [{"leg": "casting", "yield": {...}, "handled_by": ..., "leg_ms": ...}, ...]}`, the
  legs in the order they finished (shuffled per record), so a value is found only by its leg's label and its
  place in that leg's yield (`trail[leg=voicing].yield.said_line`, `trail[leg=marking].yield.sincerity_pts`;
  the irony options, a fan-out of the voicing leg, in a list beside the log: `fanned_takes[].said_line`); scores
  "82 percent", capacities "6.5 out of 10", levels "4/5", windows "2-4 weeks later", factors as "cause (-2.5)" texts;
  JSON Lines, Qwen3 answers and the pipeline's bare arrays with a `task` label on every record.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn or
earlier take of the answer (`spoken_aloud_withdrawn`, `said_line_v0`, `უარყოფილი_რეპლიკა`), a second judge's mark
in the score's own written form, a finish-sheen, fluency or confidence figure on the same scale, sentence, pause
and attempt counts, run metadata. Each data type has two prompt versions by two of the studios; a seed writes one of
them or both in one folder (one truth map holding both). Every truth line uses a field_map form
docs/interaction-formats.md documents (dotted paths, "[]", "[key=label]"), and values only in readings the docs
list as lossless.

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), Qwen3 answers with a `<think>` block and a ```json fence
(raw ones often with a trailing comma, sometimes a `/* */` comment, now and then a closing remark); a README of
the drop (prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records, 22-36, or 92-116
over many files; a folder holds about 90-340 records (most 150-300); no two records are alike in our fields unless
one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "musters 7 points of
support", "support actually lent: 7", "her support landed at 7", "extends 7 worth of support"), an excellent
target over X+2, capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap /
impact / option type / recommended option, payoff windows (outside the hook's, and min after max), hook types,
resonance weights and types, out-of-range values written as plain numbers, a NaN trust change, a score finished
with a word (uncoercible), a missing answer or another missing required field (a hook's hidden setup, a trust
change), low quality, an authenticity score off its declared target, exact duplicates (a retried call appended
again, or a retried batch repeating a record of the previous file of its prompt version).

    write_fresh13_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh13.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh13.manifest.json)
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

# --- content pools (this writer's own: a mountain rail junction with a funicular, an observatory and cheese caves) --

NAMES = [
    "Ottilie",
    "Bronisław",
    "Jovana",
    "Leopold",
    "Tamar",
    "Ezekiel",
    "Nino",
    "Cordelia",
    "Levan",
    "Philippa",
    "Ansgar",
    "Marigold",
    "Zurab",
    "Henrietta",
    "Corentin",
    "Ketevan",
    "Barnaby",
    "Isolde",
]
JOBS = [
    "funicular brakeman",
    "observatory night assistant",
    "cheese-cave turner",
    "avalanche gallery warden",
    "junction signalwoman",
    "snowplough driver",
    "telegraph clerk",
    "mountain hut cook",
    "rope-works foreman",
    "goat-track postman",
    "glacier guide",
    "station buffet owner",
]
PLACES = [
    "the funicular's upper station in a whiteout",
    "the observatory dome after closing",
    "the cheese caves under the old chapel",
    "the avalanche gallery by lantern light",
    "the junction signal box at shift change",
    "the station buffet's back kitchen",
    "the rope works beside the frozen weir",
    "the goat track above the tunnel mouth",
]
PRESSURES = [
    ("the pass snowed in for nine days", -2.5),
    ("a funicular cable fraying on the steep section", -1.5),
    ("a son coughing through every night of the cold snap", -3.0),
    ("three double shifts in the signal box", -2.0),
    ("a row with the stationmaster", -1.0),
    ("a prize for the best cave-aged wheel", 1.5),
    ("back pay arriving from the railway company", 1.0),
    ("chilblains on both hands", -0.5),
    ("the observatory grant withdrawn", -2.0),
    ("a clear night with the comet in view", 0.5),
]
ASKS = [
    "The player asks them to run the funicular one more time in a rising gale.",
    "The player needs them to hide a courier in the cheese caves until dawn.",
    "The player wants them to break the news of a lost climber to his mother.",
    "The player asks them to vouch for a stowaway before the railway police.",
    "The player asks to borrow the observatory's spare telescope mirror.",
    "The player wants them to teach a runaway girl to read the signal codes.",
    "The player asks them to walk the avalanche gallery during the thaw.",
    "The player needs someone to decode a telegram sent in the old company cipher.",
]
REPLIES = [
    "Not in this gale. I’ve nothing left — but take my lamp, and I’ll ring the lower station for you.",
    "I’ll take you as far as the half-way loop… past that you want a steadier hand than mine.",
    "Sit down. Tell me everything. The last train’s hours off and I’m not going anywhere.",
    "I wish I could say yes. I can’t. Ask me again once the boy’s cough has eased?",
    "No. I’m sorry — I’m scraped hollow this week, and I’d only let you down.",
    "Right — grab the spare gloves, and we’ll work it out between us.",
    "I’ll do the first run. After the bell you’re on your own, mind.",
    "Today, of all days… fine. I’ll have a quiet word with the police sergeant.",
]
THOUGHTS = [
    "If I send them off, who on this mountain will take them in?",
    "Everybody leans on the brakeman. Nobody asks whether the brakeman can stand.",
    "I’d want someone to do this for my boy.",
    "Why does trouble always come up on the last car of the night?",
]
SECRETS = [
    "the railway company has sold the funicular to a hotel syndicate",
    "the lost climber's rope was cut before he fell",
    "the observatory grant paid for the mayor's new chalet",
    "their oldest friend reported them to the railway police",
    "the avalanche log was rewritten after the accident",
    "their daughter has taken a job in the lowlands and will not come back",
]
BELIEFS = [
    "the funicular will stay in the town's hands",
    "the lost climber's rope simply frayed on the rock",
    "the observatory grant was cut by the canton",
    "their oldest friend spoke up for them at the hearing",
    "the avalanche log is accurate to the minute",
    "their daughter is only away for the winter season",
]
TONE_DEAF = [
    "Chin up — there's always another train, isn't there?",
    "Well, that's hardly my business, is it.",
    "Let's not talk company matters on such a lovely clear night.",
    "Snow melts, money comes back. No use sulking.",
]
MISGUIDED = [
    "It'll be a misunderstanding. People up here mean well.",
    "Perhaps if you were a little more polite to the company men…",
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
    "There's a reason the gallery marker was moved last autumn… not tonight, though.",
    "Ask me after the lantern procession and I'll tell you who paid for the new cable.",
    "He swore the rope frayed. The rope works ledger says otherwise. Odd, isn't it?",
    "If the company signs on Friday, there'll be no funicular left to argue about.",
    "I found a second avalanche log in the signal box. The hand isn't the warden's.",
    "You think the rope-works fire was an accident? Go on thinking that, for now.",
]
SECRET_SETUPS = [
    "The marker was moved to send a rival's sledge into the gully.",
    "The cable was paid for with money taken from the mountain rescue fund.",
    "The rope was cut by someone who wanted the climber's guiding licence.",
    "The company has already signed the sale to a hotel syndicate.",
    "The second log records what the warden really saw that night.",
    "The fire was set to destroy the rope works' inspection records.",
]
HINTS = [
    "Fresh scrape marks on a gallery post nobody uses.",
    "A cable drum stamped with a hotel syndicate's crest.",
    "A clean knife cut on the rope's frayed end.",
    "A company director's scarf on the early train down.",
    "Snow depths that do not match the weather station.",
    "Burnt ledger pages caught in the rope-works flue.",
]
NOW = [
    "The player whistles a herders' yodel while shovelling the platform.",
    "Avalanche horns sound down the valley while they wait for the train.",
    "A child's paper star blows off the buffet counter and into the stove.",
    "The cheese caves smell of damp straw and woodsmoke.",
    "The player shows them a faded photograph of the old rack railway.",
    "Someone on the platform laughs exactly like their lost brother.",
]
PAST = [
    "their grandmother yodelling across the summer pasture",
    "the night the old rope works burned",
    "sledging by starlight with a brother who later died in the north couloir",
    "their first winter alone in the observatory",
    "a wedding at the station buffet that ended in a brawl",
    "nursing a feverish sister through the long snowed-in week",
]
EMOTIONS = ["grief", "fond nostalgia", "shame", "quiet joy", "dread", "relief", "homesickness"]
RECALL = [
    "That yodel… my grandmother sang it across the pasture. I haven’t heard it since she died.",
    "Damp straw and smoke. Every time. I’m back in that fire and I can’t breathe.",
    "A paper star. Of course — he always threw his into the stove too early.",
    "Strange — winters in the dome used to frighten me. Now they feel almost kind.",
    "You laugh just like him. Forgive me — give me a moment.",
    "I sat up like this once before, and I swore I never would again.",
]
SCENES = [
    "A stranger pushes ahead in the queue for the funicular.",
    "The player forgets the character's name day.",
    "A blizzard cancels the Saturday cheese market.",
    "A colleague takes credit for mending the funicular cable.",
    "The player invites them to an impromptu dance in the station buffet.",
    "A telegram arrives from the lowlands with bad news.",
]
TRAIT_LINES = [
    "Oh! Well — never mind, there's another car at four, isn't there?",
    "I've drawn up a list. Three options, in order. We begin with the first at six sharp.",
    "A dance? In the buffet? Give me two minutes — I'm fetching my accordion!",
    "It's fine. It's always fine. Don't trouble yourself over me.",
    "Of course the market's off. Of course it is. Why do I plan anything?",
    "Interesting — I never thought of the funicular queue as a place to meet people.",
]
EXPRESS = [
    "High agreeableness softens the complaint; low neuroticism keeps it calm.",
    "High conscientiousness shows in the ordered list and the fixed hour.",
    "High extraversion drives the instant delight at company.",
    "High neuroticism colours the catastrophising about the blizzard.",
    "High openness turns an irritation into curiosity.",
]
ACTIONS = [
    "The player brings broth when they are laid up with a chest cold.",
    "The player misses a promised meeting at the funicular station.",
    "The player stands up for them before the railway board.",
    "The player reads their private telegrams without asking.",
    "The player repays an old debt in full, with interest.",
    "The player teases them about their enormous fur hat.",
]
RETORTS = [
    "You remembered. Hardly anybody does.",
    "I waited an hour at that station. A full hour.",
    "You didn't have to do that. Thank you.",
    "Those were private. I'd like you to leave.",
    "Then we're even. Good.",
    "Ha! Says the one who wears crampons to chapel.",
]
WHYS = [
    "A caring gesture at a weak moment builds trust; the reply shows real warmth.",
    "A broken promise costs trust; the clipped reply signals hurt more than anger.",
    "Public loyalty is rare and prized, so a large positive shift is justified.",
    "Reading private telegrams is a serious breach; the boundary is stated plainly.",
    "Repaying a debt restores balance but does not create closeness.",
    "Light teasing inside an established bond reads as affection, not insult.",
]
PROSE = [
    "Tamar wipes the flour from her hands and won't meet your eyes. “I'll hide the courier — not the rest, "
    "not tonight.”",
    "He laughs too loudly and agrees to everything, then sits very still once you've gone.",
    "She hears you out in silence, nods once, and writes a name on the back of a ticket stub.",
    "The warden shakes his head. “Come back after the thaw. Right now I'd only make it worse.”",
    "Nino folds the telegram twice and slides it back across the counter. “Not tonight. I'm sorry.”",
]
MEMREF = [
    "the night the rope works burned",
    "a promise made at the upper station",
    "the winter the weir froze solid",
    "their first week at the junction",
    "a photograph left in the observatory",
]
TENSION_NOTES = [
    "Keep the player's knowledge off the table; no reveal in this scene.",
    "The irony should sting a little; the character must not guess.",
]
UNKNOWN_COMPLEXITY = ["martyr_streak", "deadpan_shield", "fixer_reflex", "errand_dodging"]
UNKNOWN_HOOKS = ["false_lead", "ticking_clock", "slow_drip"]
UNKNOWN_RESONANCE = ["scent_echo", "seasonal_ache", "name_day_pang"]
UNKNOWN_OPTIONS = ["snide", "aloof", "sermonising"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "beyond" if need > x2 else "inside"
    return f"Running at {eff:g} today, the X+2 line is {x2:g}; the ask of {need:g} sits {side} it."


WORLD = World.of(
    globals(),
    constraint=_constraint,
    irony_scenario="At {place}, the talk turns to last month's trouble on the line.",
    tension_context="{Place}, the last car gone down; the player lingers.",
    memory_description="Remembering {past}, long before the new funicular.",
    multi_background="Born below the pass and never gone for long; rents a room near {place}.",
    multi_situation="{name} is closing up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a turned-down answer beside the final one is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------


#: this writer's own phrasings of support actually given (verbs, nouns and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Spent or not, he musters {g} points of support before the last train.",
    "Support actually lent: {g}, far beyond what the week has left her.",
    "When it came to it, her support landed at {g}, cough and all.",
    "She extends {g} worth of support regardless and pays for it all week.",
]


#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["fine", "okay-ish", "good", "so-so"]


#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "[leg=label]" step is
# one element of the relay team's stage log, found by its label (the writer creates it on first use). Forms are
# documented lossless readings (see FORMS).


def _k(panel: str, key: str) -> str:
    """The Kettleburn generator's path: a value sits in the panel of the game's dialogue screen that shows it."""
    return f"{panel}.{key}"


def _s(stage: str, key: str) -> str:
    """The relay team's path: a value is what one stage of its pipeline yielded, found by the stage's label."""
    return f"trail[leg={stage}].yield.{key}"


#: OCEAN as the Tbilisi studio names the traits (openness, conscientiousness, extraversion, agreeableness,
#: neuroticism in Georgian)
OCEAN_KA = ["ღიაობა", "კეთილსინდისიერება", "ექსტრავერსია", "თავაზიანობა", "ნევროტიზმი"]
#: OCEAN as the relay team's temperament stage names them
OCEAN_RELAY = ["novelty_appetite", "diligence_lvl", "gregariousness", "warmth_lvl", "volatility"]

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_kettleburn": {  # an English studio: each value in the screen panel that shows it, synonyms of its own
        "team": "kettleburn",
        "envelope": "batch",
        "stem": "emotional_authenticity_kettleburn",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _k("portrait", "shown_as"), None),
            ("context", _k("cue_card", "lay_of_land"), None),
            ("base_capacity", _k("meter", "full_tank"), None),
            ("capacity_factors", _k("meter", "drains_and_boosts"), "table"),
            ("effective_capacity", _k("meter", "tank_now"), "of10"),
            ("capacity_level", _k("meter", "tank_band"), None),
            ("situation", _k("cue_card", "favour_sought"), None),
            ("support_level_needed", _k("cue_card", "lift_required"), "of10"),
            ("authenticity_target", _k("cue_card", "aim_for"), None),
            ("complexity_type", _k("cue_card", "curveball"), None),
            ("character_response", _k("bubble", "spoken_aloud"), None),
            ("internal_thought", _k("bubble", "thought_cloud"), None),
            ("demonstrates_constraint", _k("bubble", "holding_back_how"), None),
            ("support_provided", _k("bubble", "lift_delivered"), None),
            ("authenticity_score", _k("scorecard", "rings_true"), None),
        ],
        "decoys": [
            (_k("bubble", "spoken_aloud_withdrawn"), "turned_down", None),
            (_k("scorecard", "rings_true_recheck"), "judge2", None),
            (_k("scorecard", "finish_sheen"), "conf", None),
            (_k("bubble", "pause_beats"), "count", None),
        ],
    },
    "ea_tbilisi": {  # the Tbilisi studio: Georgian keys, decimal commas, factor items
        "team": "tbilisi",
        "envelope": "georgian",
        "stem": "emotional_authenticity_tbilisi",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "პერსონაჟი.სახელი", None),
            ("context", "პერსონაჟი.ფონი", None),
            ("base_capacity", "ძალა.საწყისი", "dc"),
            ("capacity_factors", "ძალა.ფაქტორები", "list"),
            ("capacity_factors[].factor", "ძალა.ფაქტორები[].მიზეზი", None),
            ("capacity_factors[].impact", "ძალა.ფაქტორები[].გავლენა", "dc_signed"),
            ("effective_capacity", "ძალა.დარჩენილი", "dc10"),
            ("capacity_level", "ძალა.დონე", None),
            ("situation", "მოთხოვნა.ვითარება", None),
            ("support_level_needed", "მოთხოვნა.საჭირო_მხარდაჭერა", "dc10"),
            ("authenticity_target", "მოთხოვნა.მიზანი", None),
            ("complexity_type", "მოთხოვნა.სირთულე", None),
            ("character_response", "პასუხი.რეპლიკა", None),
            ("internal_thought", "პასუხი.ფიქრი", None),
            ("demonstrates_constraint", "პასუხი.შეზღუდვა", None),
            ("support_provided", "პასუხი.გაცემული_მხარდაჭერა", "dc"),
            ("authenticity_score", "შეფასება.გულწრფელობა", "dc"),
        ],
        "decoys": [
            ("პასუხი.უარყოფილი_რეპლიკა", "turned_down", None),
            ("შეფასება.მეორე_შემფასებელი", "judge2", "dc"),
            ("შეფასება.დარწმუნებულობა", "conf", "dc"),
            ("სისტემა.მცდელობა", "retry", None),
        ],
    },
    "di_tbilisi": {  # the Tbilisi studio: a Qwen3 answer, Georgian keys, kebab-case option labels
        "team": "tbilisi",
        "envelope": "think_md",
        "stem": "dramatic_irony_tbilisi",
        "label": "dramatic_irony",
        "map": [
            ("scenario", "მოთხოვნა.სცენა", None),
            ("player_knows", "ცოდნა.მოთამაშის", None),
            ("character_knows", "ცოდნა.პერსონაჟის", None),
            ("knowledge_gap_score", "ცოდნა.სხვაობა", "dc"),
            ("character_name", "პერსონაჟი.სახელი", None),
            ("character_capacity", "პერსონაჟი.ძალა", "dc10"),
            ("response_options", "პასუხი.ვარიანტები", "list"),
            ("response_options[].type", "პასუხი.ვარიანტები[].სახეობა", "kebab"),
            ("response_options[].dialogue", "პასუხი.ვარიანტები[].რეპლიკა", None),
            ("response_options[].relationship_impact", "პასუხი.ვარიანტები[].გავლენა", "dc_signed"),
            ("recommended_option", "პასუხი.რეკომენდებული", "kebab"),
            ("dramatic_irony_score", "შეფასება.ირონია", "pct"),
            ("tension_notes", "შეფასება.შენიშვნა", None),
        ],
        "decoys": [
            ("შეფასება.მეორე_შემფასებელი", "judge2", "pct"),
            ("შეფასება.დარწმუნებულობა", "conf", "pct"),
            ("სისტემა.მცდელობა", "retry", None),
        ],
    },
    "di_relay": {  # the relay team: the options in the voicing stage's yield, JSON Lines with a task label
        "team": "relay",
        "envelope": "jsonl",
        "stem": "dramatic_irony_relay",
        "label": "dramatic_irony",
        "label_key": "task",
        "map": [
            ("scenario", _s("briefing", "backdrop_text"), None),
            ("player_knows", _s("briefing", "audience_secret"), None),
            ("character_knows", _s("briefing", "persona_assumes"), None),
            ("knowledge_gap_score", _s("briefing", "blind_spot"), "pct_word"),
            ("character_name", _s("casting", "persona_tag"), None),
            ("character_capacity", _s("gauging", "reserve_left"), "outof10"),
            # the voicing stage fans out, one take per option: a fan-out's results are kept beside the log
            ("response_options", "fanned_takes", "list"),
            ("response_options[].type", "fanned_takes[].angle", None),
            ("response_options[].dialogue", "fanned_takes[].said_line", None),
            ("response_options[].relationship_impact", "fanned_takes[].bond_delta", "signed"),
            ("recommended_option", _s("voicing", "fits_persona"), None),
            ("dramatic_irony_score", _s("marking", "irony_pts"), "pct_word"),
            ("tension_notes", _s("briefing", "director_aside"), None),
        ],
        "decoys": [
            (_s("marking", "irony_pts_alt"), "judge2", "pct_word"),
            (_s("marking", "fluency_pts"), "conf", "pct_word"),
            (_s("voicing", "sentences_n"), "count", None),
        ],
    },
    "tb_kettleburn": {  # English studio: JSON Lines with a category label, "between 2 and 4 weeks", Title Case
        "team": "kettleburn",
        "envelope": "jsonl",
        "stem": "tension_building_kettleburn",
        "label": "tension_building",
        "label_key": "category",
        "map": [
            ("character_name", _k("portrait", "shown_as"), None),
            ("context", _k("cue_card", "lay_of_land"), None),
            ("hook_type", _k("cue_card", "tease_kind"), "title"),
            ("setup", _k("cue_card", "under_the_floorboards"), None),
            ("payoff_window_weeks", _k("cue_card", "reveal_due"), "between"),
            ("payoff_hint", _k("cue_card", "crumb_trail"), None),
            ("relationship_level", _k("portrait", "closeness_tier"), None),
            ("dialogue", _k("bubble", "spoken_aloud"), None),
            ("tension_score", _k("scorecard", "suspense_grade"), None),
            ("hook_effectiveness", _k("scorecard", "clamp_strength"), None),
        ],
        "decoys": [
            (_k("bubble", "spoken_aloud_withdrawn"), "turned_down", None),
            (_k("scorecard", "suspense_grade_recheck"), "judge2", None),
            (_k("scorecard", "finish_sheen"), "conf", None),
            (_k("plumbing", "attempt_no"), "retry", None),
        ],
    },
    "tb_relay": {  # the relay team: the window "2-4 weeks later", levels "4/5", a Qwen3 answer in Markdown
        "team": "relay",
        "envelope": "think_md",
        "stem": "tension_building_relay",
        "label": "tension_building",
        "label_key": "task",
        "map": [
            ("character_name", _s("casting", "persona_tag"), None),
            ("context", _s("briefing", "backdrop_text"), None),
            ("hook_type", _s("briefing", "bait_kind"), None),
            ("setup", _s("briefing", "concealed_fact"), None),
            ("payoff_window_weeks", _s("briefing", "lands_when"), "later"),
            ("payoff_hint", _s("briefing", "trail_marker"), None),
            ("relationship_level", _s("casting", "rapport_rung"), "of5"),
            ("dialogue", _s("voicing", "said_line"), None),
            ("tension_score", _s("marking", "suspense_pts"), "pct_word"),
            ("hook_effectiveness", _s("marking", "bite_pts"), "pct_word"),
        ],
        "decoys": [
            (_s("voicing", "said_line_v0"), "turned_down", None),
            (_s("marking", "suspense_pts_alt"), "judge2", "pct_word"),
            (_s("marking", "fluency_pts"), "conf", "pct_word"),
            (_s("voicing", "sentences_n"), "count", None),
        ],
    },
    "mr_kettleburn": {  # English studio: the memory as its own card, "12 wks ago", a crate export
        "team": "kettleburn",
        "envelope": "crate",
        "stem": "memory_resonance_kettleburn",
        "label": "memory_resonance",
        "label_key": "category",
        "map": [
            ("character_name", _k("portrait", "shown_as"), None),
            ("current_situation", _k("cue_card", "right_this_minute"), None),
            ("memory.description", _k("cue_card", "old_scene.what_went_down"), None),
            ("memory.emotion", _k("cue_card", "old_scene.mood_then"), None),
            ("memory.weeks_ago", _k("cue_card", "old_scene.how_far_back"), "wks_ago"),
            ("resonance_type", _k("cue_card", "echo_flavour"), "title"),
            ("resonance_weight", _k("cue_card", "echo_heft"), None),
            ("character_response", _k("bubble", "spoken_aloud"), None),
            ("resonance_score", _k("scorecard", "echo_lands"), None),
        ],
        "decoys": [
            (_k("bubble", "spoken_aloud_withdrawn"), "turned_down", None),
            (_k("scorecard", "echo_lands_recheck"), "judge2", None),
            (_k("scorecard", "finish_sheen"), "conf", None),
            (_k("bubble", "pause_beats"), "count", None),
        ],
    },
    "mr_tbilisi": {  # the Tbilisi studio: a typed batch, weeks as plain numbers, weights with a decimal comma
        "team": "tbilisi",
        "envelope": "batch",
        "stem": "memory_resonance_tbilisi",
        "label": "memory_resonance",
        "map": [
            ("character_name", "პერსონაჟი.სახელი", None),
            ("current_situation", "მოთხოვნა.ახლა", None),
            ("memory.description", "მოგონება.აღწერა", None),
            ("memory.emotion", "მოგონება.გრძნობა", None),
            ("memory.weeks_ago", "მოგონება.კვირის_წინ", None),
            ("resonance_type", "მოგონება.რეზონანსის_სახე", "kebab"),
            ("resonance_weight", "მოგონება.წონა", "dc"),
            ("character_response", "პასუხი.რეპლიკა", None),
            ("resonance_score", "შეფასება.რეზონანსი", "pct"),
        ],
        "decoys": [
            ("პასუხი.უარყოფილი_რეპლიკა", "turned_down", None),
            ("შეფასება.მეორე_შემფასებელი", "judge2", "pct"),
            ("შეფასება.დარწმუნებულობა", "conf", "pct"),
            ("სისტემა.მცდელობა", "retry", None),
        ],
    },
    "pt_tbilisi": {  # the Tbilisi studio: Georgian trait names, a Georgian wrapper
        "team": "tbilisi",
        "envelope": "georgian",
        "stem": "personality_traits_tbilisi",
        "label": "personality_traits",
        "map": [
            ("character_name", "პერსონაჟი.სახელი", None),
            ("scenario", "მოთხოვნა.სცენა", None),
            *[(f"ocean.{t}", f"ხასიათი.{c}", "dc") for t, c in zip(OCEAN, OCEAN_KA, strict=True)],
            ("dialogue", "პასუხი.რეპლიკა", None),
            ("trait_expression", "პასუხი.ახსნა", None),
            ("quality_score", "შეფასება.ხარისხი", "pct"),
        ],
        "decoys": [
            ("პასუხი.უარყოფილი_რეპლიკა", "turned_down", None),
            ("შეფასება.მეორე_შემფასებელი", "judge2", "pct"),
            ("შეფასება.დარწმუნებულობა", "conf", "pct"),
            ("სისტემა.მცდელობა", "retry", None),
        ],
    },
    "pt_relay": {  # the relay team: a temperament stage, a raw Qwen3 answer
        "team": "relay",
        "envelope": "think_raw",
        "stem": "personality_traits_relay",
        "label": "personality_traits",
        "label_key": "task",
        "map": [
            ("character_name", _s("casting", "persona_tag"), None),
            ("scenario", _s("briefing", "backdrop_text"), None),
            *[(f"ocean.{t}", _s("disposition_read", c), None) for t, c in zip(OCEAN, OCEAN_RELAY, strict=True)],
            ("dialogue", _s("voicing", "said_line"), None),
            ("trait_expression", _s("marking", "trait_showing"), None),
            ("quality_score", _s("marking", "overall_pts"), "pct_word"),
        ],
        "decoys": [
            (_s("voicing", "said_line_v0"), "turned_down", None),
            (_s("marking", "overall_pts_alt"), "judge2", "pct_word"),
            (_s("marking", "fluency_pts"), "conf", "pct_word"),
            (_s("voicing", "sentences_n"), "count", None),
        ],
    },
    "rs_kettleburn": {  # English studio: the grader's reasoning is the answer, a raw Qwen3 answer
        "team": "kettleburn",
        "envelope": "think_raw",
        "stem": "relationship_scoring_kettleburn",
        "label": "relationship_scoring",
        "label_key": "category",
        "map": [
            ("player_action", _k("cue_card", "the_player_did"), None),
            ("character_response", _k("cue_card", "npc_came_back_with"), None),
            ("character_name", _k("portrait", "shown_as"), None),
            ("interaction_type", _k("cue_card", "moment_kind"), "title"),
            ("relationship_level", _k("portrait", "closeness_tier"), None),
            ("relationship_score", _k("scorecard", "bond_reading"), None),
            ("trust_change", _k("scorecard", "trust_swing"), "signed"),
            ("rationale", _k("scorecard", "judgement_words"), None),
            ("quality_score", _k("scorecard", "keep_worthy"), None),
        ],
        "decoys": [
            (_k("scorecard", "judgement_words_withdrawn"), "turned_down", None),
            (_k("scorecard", "bond_reading_recheck"), "judge2", None),
            (_k("scorecard", "finish_sheen"), "conf", None),
            (_k("plumbing", "attempt_no"), "retry", None),
        ],
    },
    "rs_relay": {  # the relay team: the exchange in the briefing stage, the reasoning in the marking stage
        "team": "relay",
        "envelope": "jsonl",
        "stem": "relationship_scoring_relay",
        "label": "relationship_scoring",
        "label_key": "task",
        "map": [
            ("player_action", _s("briefing", "visitor_move"), None),
            ("character_response", _s("briefing", "persona_retort"), None),
            ("character_name", _s("casting", "persona_tag"), None),
            ("interaction_type", _s("briefing", "encounter_class"), None),
            ("relationship_level", _s("casting", "rapport_rung"), "of5"),
            ("relationship_score", _s("marking", "bond_pts"), "pct_word"),
            ("trust_change", _s("marking", "faith_delta"), "signed"),
            ("rationale", _s("marking", "why_so"), None),
            ("quality_score", _s("marking", "overall_pts"), "pct_word"),
        ],
        "decoys": [
            (_s("marking", "why_so_v0"), "turned_down", None),
            (_s("marking", "bond_pts_alt"), "judge2", "pct_word"),
            (_s("marking", "fluency_pts"), "conf", "pct_word"),
            (_s("voicing", "sentences_n"), "count", None),
        ],
    },
    "ms_tbilisi": {  # the Tbilisi studio: nested Georgian groups in the pipeline's bare array
        "team": "tbilisi",
        "envelope": "bare",
        "stem": "multi_step_batch_tbilisi",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "პერსონაჟი.სახელი", None),
            ("npc_profile.age", "პერსონაჟი.ასაკი", None),
            ("npc_profile.occupation", "პერსონაჟი.საქმიანობა", None),
            ("npc_profile.background", "პერსონაჟი.წარსული", None),
            ("npc_emotional_state.base_capacity", "ძალა.საწყისი", "dc"),
            ("npc_emotional_state.capacity_factors", "ძალა.ფაქტორები", "list"),
            ("npc_emotional_state.capacity_factors[].factor", "ძალა.ფაქტორები[].მიზეზი", None),
            ("npc_emotional_state.capacity_factors[].impact", "ძალა.ფაქტორები[].გავლენა", "dc_signed"),
            ("npc_emotional_state.effective_capacity", "ძალა.დარჩენილი", "dc10"),
            ("npc_emotional_state.current_emotion", "ძალა.განწყობა", None),
            *[(f"npc_ocean_personality.{t}", f"ხასიათი.{c}", "dc") for t, c in zip(OCEAN, OCEAN_KA, strict=True)],
            ("interaction_context.situation", "მოთხოვნა.ვითარება", None),
            ("interaction_context.player_request", "მოთხოვნა.თხოვნა", None),
            ("interaction_context.support_needed", "მოთხოვნა.საჭირო_მხარდაჭერა", "dc10"),
            ("interaction_context.complexity_type", "მოთხოვნა.სირთულე", None),
            ("interaction_context.authenticity_target", "მოთხოვნა.მიზანი", None),
            ("interaction_context.capacity_level", "ძალა.დონე", None),
            ("tension_memory.hook_type", "კაუჭი.სახე", "kebab"),
            ("tension_memory.memory_reference", "კაუჭი.მოგონება", None),
            ("npc_card_narrative.dialogue_prose", "ბარათი.პროზა", None),
            ("game_outcomes.trust_change", "შედეგები.ნდობა", "dc_signed"),
            ("game_outcomes.relationship_change", "შედეგები.ურთიერთობა", "dc_signed"),
            ("game_outcomes.capacity_after", "შედეგები.ძალა_შემდეგ", "dc"),
            ("training_metadata.authenticity_score", "შეფასება.გულწრფელობა", "pct"),
            ("training_metadata.quality_score", "შეფასება.ხარისხი", "pct"),
            ("training_metadata.complexity_type", "მეტა.სირთულე", None),
            ("training_metadata.pipeline_version", "მეტა.კონვეიერი", None),
            ("training_metadata.master_truths_version", "მეტა.ვერსია", None),
            ("training_metadata.generated_at", "მეტა.შექმნილია", None),
        ],
        "decoys": [
            ("ბარათი.უარყოფილი_პროზა", "turned_down", None),
            ("შეფასება.მეორე_შემფასებელი", "judge2", "pct"),
            ("შეფასება.დარწმუნებულობა", "conf", "pct"),
            ("სისტემა.მცდელობა", "retry", None),
        ],
    },
    "ms_relay": {  # the relay team: the multi-step pipeline's own steps as labelled stages of its log
        "team": "relay",
        "envelope": "bare",
        "stem": "multi_step_batch_relay",
        "label": "multi_step",
        "label_key": "task",
        "map": [
            ("npc_profile.name", _s("casting", "persona_tag"), None),
            ("npc_profile.age", _s("casting", "years_lived"), None),
            ("npc_profile.occupation", _s("casting", "trade_plied"), None),
            ("npc_profile.background", _s("casting", "life_story_so_far"), None),
            ("npc_emotional_state.base_capacity", _s("gauging", "reserve_at_start"), None),
            ("npc_emotional_state.capacity_factors", _s("gauging", "weighers"), "paren"),
            ("npc_emotional_state.effective_capacity", _s("gauging", "reserve_left"), "outof10"),
            ("npc_emotional_state.current_emotion", _s("gauging", "inner_climate"), None),
            ("interaction_context.capacity_level", _s("gauging", "reserve_tier"), None),
            *[
                (f"npc_ocean_personality.{t}", _s("disposition_read", c), None)
                for t, c in zip(OCEAN, OCEAN_RELAY, strict=True)
            ],
            ("interaction_context.situation", _s("briefing", "backdrop_text"), None),
            ("interaction_context.player_request", _s("briefing", "plea_text"), None),
            ("interaction_context.support_needed", _s("briefing", "lift_asked"), "outof10"),
            ("interaction_context.complexity_type", _s("briefing", "knot"), None),
            ("interaction_context.authenticity_target", _s("briefing", "goal_tier"), None),
            ("tension_memory.hook_type", _s("hooking", "bait_kind"), None),
            ("tension_memory.memory_reference", _s("hooking", "callback_to"), None),
            ("npc_card_narrative.dialogue_prose", _s("voicing", "scene_prose"), None),
            ("game_outcomes.trust_change", _s("the_reckoning", "faith_delta"), "signed"),
            ("game_outcomes.relationship_change", _s("the_reckoning", "bond_delta"), "signed"),
            ("game_outcomes.capacity_after", _s("the_reckoning", "reserve_at_end"), None),
            ("training_metadata.authenticity_score", _s("marking", "sincerity_pts"), "pct_word"),
            ("training_metadata.quality_score", _s("marking", "overall_pts"), "pct_word"),
            ("training_metadata.complexity_type", _s("stamping", "knot_logged"), None),
            ("training_metadata.pipeline_version", _s("stamping", "line_build"), None),
            ("training_metadata.master_truths_version", _s("stamping", "canon_revision"), None),
            ("training_metadata.generated_at", _s("stamping", "minted"), None),
        ],
        "decoys": [
            (_s("voicing", "scene_prose_v0"), "turned_down", None),
            (_s("marking", "overall_pts_alt"), "judge2", "pct_word"),
            (_s("marking", "fluency_pts"), "conf", "pct_word"),
            (_s("voicing", "sentences_n"), "count", None),
        ],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_kettleburn", "ea_tbilisi"],
    "dramatic_irony": ["di_tbilisi", "di_relay"],
    "tension_building": ["tb_kettleburn", "tb_relay"],
    "memory_resonance": ["mr_kettleburn", "mr_tbilisi"],
    "personality_traits": ["pt_tbilisi", "pt_relay"],
    "relationship_scoring": ["rs_kettleburn", "rs_relay"],
    "multi_step": ["ms_tbilisi", "ms_relay"],
}
#: each envelope's file extension
EXT = {
    "jsonl": "jsonl",
    "batch": "json",
    "crate": "json",
    "georgian": "json",
    "bare": "json",
    "think_md": "md",
    "think_raw": "json",
}
#: envelopes written as one JSON document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"batch", "crate", "georgian", "bare"}
#: teams whose own writer sorts every object's keys and indents by four (Python's json.dump(..., indent=4,
#: sort_keys=True)): the order of keys says nothing
SORTED_TEAMS = {"kettleburn"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "kettleburn": {
        "plumbing.trace_tag": "run",
        "plumbing.llm_build": "model",
        "plumbing.rng_seed": "seed",
        "plumbing.millis_spent": "ms",
        "plumbing.tokens_burned": "tok",
    },
    "tbilisi": {
        "სისტემა.გაშვება": "run",
        "სისტემა.მოდელი": "model",
        "სისტემა.თესლი": "seed",
        "სისტემა.ხანგრძლივობა": "ms",
        "სისტემა.თარიღი": "ka_stamp",
    },
    "relay": {
        "ticket_no": "run",
        "rig": "model",
        "entropy": "seed",
        "round_trip_ms": "ms",
        "token_bill": "tok",
    },
}
MODELS = ["qwen3:30b-a3b", "qwen3:8b", "qwen3:32b", "qwen3:4b-q8_0"]


def _n(v: float) -> str:
    return f"{v:g}"


def _dc(v: float) -> str:
    return _n(v).replace(".", ",")


FORMS: dict[str, Callable[[Any], Any]] = {
    "pct": lambda v: f"{round(v * 100)}%",  # a [0, 1] score as a percentage
    "pct_word": lambda v: f"{round(v * 100)} percent",
    "dc": _dc,  # a decimal comma: 0.82 -> "0,82"
    "dc10": lambda v: f"{_dc(v)}/10",  # a capacity: 6.5 -> "6,5/10"
    "dc_signed": lambda v: f"{v:+.2f}".replace(".", ","),  # "+0,45", "-2,50"
    "of10": lambda v: f"{_n(v)} of 10",
    "outof10": lambda v: f"{_n(v)} out of 10",
    "of5": lambda v: f"{v}/5",
    "signed": lambda v: f"{v:+.2f}",
    "wks_ago": lambda v: f"{_n(v)} wks ago",
    "between": lambda w: f"between {_n(w['min'])} and {_n(w['max'])} weeks",
    "later": lambda w: f"{_n(w['min'])}-{_n(w['max'])} weeks later",
    "title": lambda s: s.replace("_", " ").title(),  # "Past Trauma Trigger"
    "kebab": lambda s: s.replace("_", "-"),  # "tone-deaf"
    "table": lambda fs: {f["factor"]: f["impact"] for f in fs},  # a name -> impact table
    "paren": lambda fs: [f"{f['factor']} ({f['impact']:+g})" for f in fs],  # "a row with the stationmaster (-1)"
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
        # the Tbilisi studio's clock: day.month.year and a 24-hour time, as Georgian writers date things
        "ka_stamp": lambda: f"0{rng.randint(1, 4)}.12.2026 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
    }[kind]()


#: who ran a stage of the relay team's log
WORKERS = ["planner-svc", "qwen3-writer", "grader-svc", "ops-bot"]


def _stages(rng: random.Random, their: dict[str, Any]) -> None:
    """Every stage of a relay log gets who ran it and how long it took, and the log is kept in the order the stages
    finished (not the order a prompt asks for them), so only a stage's label says which it is."""
    trail = their.get("trail")
    if not isinstance(trail, list):
        return
    for stage in trail:
        stage["handled_by"] = rng.choice(WORKERS)
        stage["leg_ms"] = rng.randint(40, 9000)
    rng.shuffle(trail)


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys, the team's pipeline metadata, the relay log's stage bookkeeping and, where the team
    writes one, a type label."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(their, key, _meta_value(rng, kind))
    _stages(rng, their)
    if dialect.get("label_key"):
        their = {dialect["label_key"]: dialect["label"], **their}
    return their


# --- files ------------------------------------------------------------------------------------------------------
THINKING = [
    "Right, {n} {what} samples, one JSON array, the keys exactly as the prompt lists them. Mountain junction "
    "setting, a different person each time, every number on the scale the prompt asks for.",
    "So: {n} {what} samples. Vary the people and the trouble, never open two lines the same way. Check the "
    "arithmetic before writing anything. Nothing outside the JSON but this note.",
    "First the person, then what is asked, then the line, then the marks. {n} {what} samples. The withdrawn "
    "line has to differ from the kept one. Starting.",
]
ASIDES = ["same schema continues", "switching to the upper station now", "marks follow the rubric"]


def _stamp(rng: random.Random) -> str:
    return f"2026-12-0{rng.randint(1, 4)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, trailing comma)."""
    env, label, tidy = dialect["envelope"], dialect["label"], dialect["team"] in SORTED_TEAMS

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False, indent=4 if tidy else 2, sort_keys=tidy)

    if env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, sort_keys=tidy) + "\n" for r in recs), []
    if env in ("think_md", "think_raw"):
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body, mess = json.dumps(recs, ensure_ascii=False, indent=2), ["think", "fence"]
        if env == "think_raw":
            if rng.random() < 0.6:  # the model's habit: a comma after the last record
                body, mess = body[: -len("\n  }\n]")] + "\n  },\n]", [*mess, "trailing_comma"]
            if len(recs) > 1 and rng.random() < 0.3:  # and a block comment between two records
                body = body.replace("\n  },\n  {", "\n  },\n  /* " + rng.choice(ASIDES) + " */\n  {", 1)
                mess.append("comment")
            tail = rng.choice(["", "", "\nAll samples use the keys from the prompt.\n"])  # now and then a remark
            return think + "```json\n" + body + "\n```\n" + tail, mess + (["prose_after"] if tail else [])
        return (
            think
            + f"Below are {len(recs)} {WHAT[label]} samples, formatted as requested.\n\n```json\n"
            + body
            + "\n```\n\nThe keys match the prompt's schema. Tell me if you want another batch.\n",
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
        "crate": lambda: {  # the English studio's export: a crate label, then what is packed in it
            "crate": {"packed_by": "kettleburn-gen 1.3", "packed_at": _stamp(rng), "items_packed": len(recs)},
            "packed": recs,
        },
        "georgian": lambda: {  # a package: its heading, then its entries
            "პაკეტი": {
                "სათაური": {"სტუდია": "tbilisi", "რაოდენობა": len(recs), "თარიღი": "05.12.2026"},
                "ჩანაწერები": recs,
            }
        },
    }[env]()
    return dump(doc) + "\n", []


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# About this drop

Three studios ran their own generators against a local Qwen3 model served by Ollama: Kettleburn (English keys,
each value in the panel of the dialogue screen that shows it), the Tbilisi studio (Georgian keys) and the relay
team (every record a log of its pipeline's stages). Settings used:

```yaml
model: qwen3:14b
temperature: 0.8
num_ctx: 12288
max_retries: 2
```

Retried calls were merged without removing repeats, and one job was killed while it was still writing.
"""

#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "kettleburn": ["", "kettleburn", "kettleburn/out"],
    "tbilisi": ["", "tbilisi", "tbilisi/dec"],
    "relay": ["", "relay", "relay/logs"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2026120{rng.randint(1, 4)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh13",
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


def write_fresh13_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh13_folder, "fresh13")


if __name__ == "__main__":
    raise SystemExit(main())
