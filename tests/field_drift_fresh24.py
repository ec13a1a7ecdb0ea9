r"""A twenty-sixth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the shared drift machinery and checks, the other drift generators' top docstrings and fresh23's writer and manifest
test were read; the machinery is the shared tests/drift_machinery.py, the habits and the record contents are new):
the seven data types and meanings of curation/domain/spec.yaml, written by three studios nobody here has tuned on,
set in an oasis town at the edge of the dunes (a date-packing cooperative, the khettara tunnel crews who keep the
underground channels open, a solar-tower mirror field, a kasbah guesthouse, a potters' kiln quarter, a Sunday camel
souk, a sandboarding school, a granary on the ridge), each with one set of habits for every type:

- Izuran Pixel, an Agadir studio with Tamazight keys in Tifinagh whose review app keeps every record as a DOSSIER OF
  LABELLED SHEETS, EACH SHEET A LIST OF LABELLED LINES (`ⵉⴼⵔⴰⵡⵏ[ⴰⵣⵡⵍ=ⵜⵉⵔⵉⵔⵉⵜ].ⵉⵣⵔⵉⴳⵏ[ⴰⵏⵙⴰ=ⴰⵡⴰⵍ].ⴰⵣⴰⵍ`), the sheets in
  the order the reviewer opened them (shuffled per record), and a line whose value is one of OUR LISTS keeps it AS A
  LIST of items, so the capacity factors and the irony options sit TWO LABEL STEPS DOWN AND THEN A LIST STEP
  (`ⵉⴼⵔⴰⵡⵏ[ⴰⵣⵡⵍ=ⵜⴰⵣⵎⵔⵜ].ⵉⵣⵔⵉⴳⵏ[ⴰⵏⵙⴰ=ⵉⵥⴹⴰⵢⵏ].ⴰⵣⴰⵍ[].ⵜⴰⵎⵏⵜⵍⵜ`; fresh22 wrote two label steps with a table in a cell,
  fresh23 one label step then a list; the docs read any step after a label step, another label or a list); scores
  with a decimal comma OUT OF TEN IN WORDS ("8,2 out of 10"), capacities "6,5 out of 10", impacts "-2,5", weeks
  "26w back", labels in Title Case with spaces ("Past Trauma Trigger"); typed batches
  and raw Qwen3 answers in .md (a `<think>` block, a Tamazight preamble, a ```json fence, sometimes a closing remark);
- Tur Abdin Frames, a Midyat studio with Syriac-script keys whose exporter flattens every record ONE LEVEL with pandas
  (`json_normalize(max_level=1)`): every group's field is ONE KEY HOLDING A DOT (`"ܦܘܢܝܐ.ܡܠܬܐ"`, mapped `ܦܘܢܝܐ\.ܡܠܬܐ`)
  and anything deeper stays whole under it, so the capacity factors are an OBJECT KEYED BY THEIR CAUSE under a dotted
  key (`ܚܝܠܐ\.ܥܠܠܐ{}` with `ܚܝܠܐ\.ܥܠܠܐ{}.ܡܫܘܚܬܐ`), the irony options an object keyed by option type
  (`ܦܘܢܝܐ\.ܓܒܝܬܐ{}` with `...{}.ܡܠܬܐ`), the memory an object (`ܕܘܟܪܢܐ\.ܥܘܗܕܢܐ.ܡܢܐ`): a "\." key and a "{}" step in
  one path (earlier families wrote "\." with plain steps or "[]", and "{}" under plain keys or a label); a `dataType`
  label on every row; scores "82 percent", capacities "6.5 of 10", signed numbers with a typographic minus ("−2.5",
  "+0.45"), ages "34 years", payoff windows "between 2 and 4 weeks", labels in SCREAMING_SNAKE
  ("PAST_TRAUMA_TRIGGER"; the keyed options by the enum's own keys); pandas' record arrays (.json) and JSON Lines;
- Sekar Layar, a Yogyakarta studio with Javanese keys in aksara Jawa (vowel signs and the pangkon written as
  combining marks) whose review tool shows a record as TABS PICKED BY TITLE (shuffled per record) and keeps EVERY
  VALUE IN A TAB AS A CELL WITH ITS NOTES (`{"ꦲꦶꦱꦶ": value, "ꦥꦤꦸꦭꦶꦱ꧀": who wrote it, "ꦮꦼꦏ꧀ꦢꦭ꧀": when}`), so a value is a
  label step, a key and the cell's value member (`ꦭꦼꦩ꧀ꦧꦂ[ꦱꦼꦱꦶꦫꦃ=ꦮꦁꦱꦸꦭꦤ꧀].ꦠꦸꦠꦸꦂ.ꦲꦶꦱꦶ`), lists boxed whole
  (`...ꦧꦺꦧꦤ꧀.ꦲꦶꦱꦶ[].ꦱꦧꦧ꧀`; earlier cells sat under plain keys); numbers plain, relationship levels "4/5", weeks
  "26w earlier", ages "34 yr old", payoff windows as a two-number list, labels in lower case with spaces ("past
  trauma trigger"); an export object (`{"task_type", "ꦏꦶꦫꦶꦩꦤ꧀": {...}, "ꦕꦛꦛꦤ꧀": [...]}`) and JSON Lines saved as
  .json with a `task_type` label.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn take
(`ⴰⵡⴰⵍ_ⵢⵓⵖⵓⵍⵏ`, `ܦܘܢܝܐ.ܡܠܬܐ_ܫܒܝܩܬܐ`, `ꦠꦸꦠꦸꦂ_ꦏꦧꦸꦮꦁ`), a second judge's mark in the score's own form, a certainty on
the same scale, a sentence count, run metadata (run ids, model tags, sampler seeds, milliseconds, token counts, time
stamps; the Yogyakarta cells' writers and times). Each data type has two prompt versions by two of the studios; a
seed writes one of them or both in one folder (one truth map holding both). Every truth line uses the field_map steps
docs/interaction-formats.md documents (dotted paths, "\.", "[]", "[key=label]", "{}"). Values only in readings the
docs list as lossless, four of them new to the families ("8,2 out of 10" in a score, "6,5 out of 10" in a capacity,
"26w back", "26w earlier": a decimal comma with "out of", the "w" unit with "back" and "earlier"), the rest in new
combinations ("-2,5", "82 percent", "6.5 of 10", "−2.5", "+0.45", "34 years", "34 yr old", "4/5",
"between 2 and 4 weeks", [2, 4], labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Agadir answers with a `<think>` block and a ```json fence;
a README of the drop (prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records, 22-34,
or 92-116 over many files; no two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "gave 7 units of support",
"his support came in at 7", "delivered 7 points of support", "her support amounts to 7"), an excellent target over
X+2, capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option
type / recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and
types, out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible),
a missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh24_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh24.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh24.manifest.json)
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

# --- content pools (this writer's own: an oasis town at the edge of the dunes) ---------------------------------------

NAMES = [
    "Itto Ouchen",
    "Hanna Barsoum",
    "Sekar Wulandari",
    "Moha Ait Baha",
    "Gabriel Yaqo",
    "Bagus Prasetyo",
    "Tudert Amellal",
    "Shamiram Odisho",
    "Ratri Kusumawati",
    "Idir Oumouloud",
    "Ninos Beth-Shlimon",
    "Wahyu Sasongko",
    "Tafsut Ihoum",
    "Aprim Khoshaba",
    "Dyah Puspitasari",
    "Yuba Ait Lahcen",
    "Rabel Gewargis",
    "Joko Santosa",
]
JOBS = [
    "packer at the date cooperative's sorting tables",
    "digger on the khettara tunnel crew",
    "mirror washer in the solar tower's field",
    "night porter of the kasbah guesthouse",
    "glaze mixer in the potters' kiln quarter",
    "runner for the auctioneer at the Sunday camel souk",
    "instructor at the dune sandboarding school",
    "henna painter at the bus-station stall",
    "driver of the water tanker to the far palm gardens",
    "keeper of the ridge granary's ledgers",
    "mender of the oasis irrigation pumps",
    "cook at the truckers' tagine stop on the desert road",
]
PLACES = [
    "the sorting hall of the date cooperative",
    "the third shaft of the khettara",
    "the mirror rows below the solar tower",
    "the roof terrace of the kasbah guesthouse",
    "the kiln quarter where smoke hangs at dusk",
    "the dusty pens of the camel souk",
    "the crest of the great dune at sunset",
    "the collective granary on the ridge",
]
PRESSURES = [
    ("a sandstorm buried the cooperative's delivery truck to its axles", -2.5),
    ("a khettara shaft caved in and two days of digging were lost", -2.0),
    ("a cracked mirror sliced a palm open during the morning wash", -1.5),
    ("the guesthouse owner docked a week's wages over a broken lantern", -3.0),
    ("a kiln firing slumped and took a month of bowls with it", -2.0),
    ("the date harvest came in small and sour this year", -1.0),
    ("a cousin's wedding debt still sits unpaid", -0.5),
    ("the sandboarding school won the regional cup", 1.5),
    ("rain fell on the palm gardens for the first time in a year", 1.0),
    ("an old schoolteacher wrote from the coast with good news", 0.5),
]
ASKS = [
    "The player asks them to slip an extra crate of dates onto a neighbour's quota.",
    "The player needs the khettara sluice opened tonight for a dying orchard.",
    "The player wants a seat on the water tanker to the far palm gardens at dawn.",
    "The player asks them to fire a kiln load before the glaze has properly set.",
    "The player needs a guide across the dunes before the afternoon wind rises.",
    "The player asks them to hold the bidding at the camel souk while the owner is away.",
    "The player wants the granary ledger read aloud to the whole village.",
    "The player wants them to speak up for a drifter who slept in the guesthouse stable.",
]
REPLIES = [
    "An extra crate? The tally woman counts every date twice. One handful — and you never saw me.",
    "The sluice is the elders' to open, not mine. I'll ask them at the well… that's all I've got in me.",
    "The tanker leaves before light and I'm already over the weight. Sit on the hose drum, if you dare.",
    "Wet glaze in a hot kiln cracks like river ice. Give it one more day — I'm not wasting the wood.",
    "Across the dunes now? The wind turns at three. I'll take you to the first marker, not a step past.",
    "Hold the bidding? They'd eat me alive at the pens. I'll keep the ledger open, nothing more.",
    "Read the ledger aloud? Half the village owes the granary. I'll read my own page — that's my limit.",
    "Speak for a drifter? Most days I can barely speak for myself. Send him to my table at breakfast.",
]
THOUGHTS = [
    "If I say no, the whole cooperative hears about it by the noon prayer.",
    "The shaft dust is still in my chest, and nobody has asked how I breathe.",
    "My mother would have said yes and laughed about it. I can only manage a tired yes.",
    "Everyone wants something from the one who still stands up after the storm.",
]
SECRETS = [
    "the cooperative foreman weighs the boss's dates on a second, kinder scale",
    "the khettara's night water is diverted to one walled garden",
    "the solar plant's safety report was copied from last year's",
    "the guesthouse sells the same room twice in the high season",
    "the souk auctioneer plants his own cousin among the bidders",
    "the granary keeper lends out seed that isn't his",
]
BELIEFS = [
    "every crate at the cooperative goes on the same honest scale",
    "the night water is shared by turn among all the gardens",
    "the solar plant's safety report was written fresh this spring",
    "every guest at the kasbah gets the room they paid for",
    "the souk auction is open to anyone with coins in hand",
    "the granary seed stays locked until the village votes to lend it",
]
TONE_DEAF = [
    "Scales, scales — did you hear the new sandboard has a varnished tip? It flies!",
    "The cooperative bores me. Tell me again about the camel that ate the mayor's hat.",
    "Forget the ledger, the mint tea is going cold and the flies have found the sugar.",
    "Did you know camels can smell water from miles away? Fascinating creatures.",
]
MISGUIDED = [
    "Scales drift in the heat, that's all. Metal swells — nobody's cheating anyone.",
    "Bring the foreman a tray of almond cakes at the feast and he'll sort it out himself.",
    "I'll storm into the cooperative office right now and demand they open every book.",
    "Be glad they buy our dates at all; the next oasis feeds theirs to the goats.",
]
GROWTH = [
    "Whatever is behind this, you won't be hauling it up the dune alone.",
    "If something is rotten in the sorting hall, I'd rather we lift the lid together than hear it at the well.",
    "You look wrung out. Tell me what you know, one piece at a time, and we'll choose the next step together.",
    "I talked over you last time. Start again — I'm listening with both ears.",
]
HOOK_LINES = [
    "Watch which scale the foreman's own crates go on tomorrow. Don't ask me why — just watch.",
    "One walled garden stays green in a dry month. Ask who visits the khettara gate after midnight — but not yet.",
    "Read last year's safety report, then this year's. Count the commas. Then come and find me.",
    "Room seven had two guests last night. Neither of them knew about the other.",
    "The quiet bidder in the blue turban never pays. Look for him at next Sunday's souk.",
    "The seed sacks in the granary are lighter than the ledger says. Lift one after the harvest feast.",
]
SECRET_SETUPS = [
    "The cooperative foreman weighs the owner's dates on a second scale that reads heavy.",
    "The khettara's night water is diverted to one walled garden whose owner pays the gatekeeper.",
    "The solar plant's safety report was copied word for word from last year's.",
    "The guesthouse sells its best room twice and blames the booking book.",
    "The souk auctioneer's cousin bids prices up and never buys.",
    "The granary keeper lends out village seed on his own account and pockets the interest.",
]
HINTS = [
    "A second set of brass weights kept in the foreman's locked drawer.",
    "Wet sand at the khettara gate on mornings after a dry night.",
    "The same coffee stain on two years of safety reports.",
    "Two keys hanging on the hook for room seven.",
    "A blue turban at every auction and never a camel led home.",
    "Fresh stitching on the seed sacks in a hand nobody recognises.",
]
NOW = [
    "The player hums the song the date pickers sing while they climb.",
    "The call to prayer drifts over the palm gardens at dusk.",
    "The smell of bread baking in a clay oven fills the lane.",
    "The player hands over a sandboard with a split tail.",
    "A kite made of plastic bags catches on the solar tower's fence.",
    "Hail rattles the guesthouse shutters, which nobody here has seen in years.",
]
PAST = [
    "their grandfather teaching them to read the khettara's water marks",
    "the year the flash flood tore through the palm gardens",
    "a night spent guarding the date harvest from wild boar",
    "the first sandboard they ever carved, broken on its first run",
    "watching the old kiln roof collapse in the summer heat",
    "the morning their brother boarded the bus north to the university",
]
EMOTIONS = [
    "a sun-bleached pride",
    "a flustered shyness",
    "a dry, aching regret",
    "a bright, reckless glee",
    "a creeping, sandy unease",
    "a grief worn smooth",
    "a tug of longing for the old mud village",
]
RECALL = [
    "That song… my grandfather sang it up the palms. I haven't heard it since he passed.",
    "The evening call, and I'm seven again, racing home before the lamps were lit.",
    "Bread from a clay oven meant guests at our door and my mother's voice across the courtyard.",
    "A split tail like that cost me the school race. I cried the whole walk home.",
    "My first kite caught exactly like that. I climbed the fence for it and got a scolding.",
    "Hail, here? The last time, the whole oasis stood outside laughing. I'd forgotten that day.",
]
SCENES = [
    "At the bus station a stranger takes the last bench in the shade.",
    "The player turns up without the almond cakes they promised for the feast.",
    "A sandstorm rolls in and the souk is called off at noon.",
    "A rival workshop sells a sandboard shaped exactly like theirs.",
    "The player asks for help dragging a stalled tanker off the desert road.",
    "A cousin working in a northern port sends a parcel with a radio inside.",
]
TRAIT_LINES = [
    "Let the old man sit, he's walked from the well. I'll stand — the breeze is better here anyway.",
    "Sand out first, then the filter, then the belt, then the bolts. It's chalked on the door. Dawn sharp.",
    "Give me the rope! I'm at the front — come on, everyone, heave together!",
    "The cakes? Oh, it's nothing, truly, I wasn't hungry. Please — don't give it a thought.",
    "Of course the storm comes on souk day. The sky keeps a grudge against me, I'm sure of it.",
    "They copied my board… but their rails curve the other way. Clever. I'd never have tried that.",
]
EXPRESS = [
    "Warmth wins over comfort: the shady bench goes to the tired old man.",
    "Conscientious habit turns the repair into a chalked checklist with a start time.",
    "Extraversion grabs the rope first and rallies the whole lane to pull.",
    "High agreeableness swallows the letdown and waves the broken promise away.",
    "Neuroticism colours the weather: the storm feels like a personal grudge.",
    "Openness turns a copied design into a lesson about curved rails.",
]
ACTIONS = [
    "The player brings mint tea and sits with them through a fever.",
    "The player never arrives for the khettara shift they swore to cover.",
    "The player helps them push the stalled tanker into the shade.",
    "The player opens the painted chest under their bed and reads the letters inside.",
    "The player apologises for mocking their accent at the bus station.",
    "The player teases them about their enormous sun hat at the souk.",
]
RETORTS = [
    "Mint tea with wormwood, the way my grandmother made it. You remembered?",
    "The crew waited an hour. I dug your stretch myself, and badly.",
    "That tanker weighed more than my father's debts. Still — I owe you one.",
    "That chest is mine. Shut the lid and go, please.",
    "Apology taken. Just never imitate my vowels in front of the drivers again.",
    "Says the one who wears sandals to a sandboarding race!",
]
WHYS = [
    "A night of nursing a fever is care that counts, and the grateful reply proves it.",
    "Leaving the crew one digger short after swearing to come costs trust; the reply stings.",
    "Sweating beside them at the stalled tanker builds solid, earned trust.",
    "Rummaging through a private chest breaks a boundary, and the cold reply shuts the door.",
    "Owning the mockery out loud repairs part of the damage, though the sting lingers.",
    "The joke about the sun hat lands as fondness; trust nudges upward.",
]
PROSE = [
    "Itto sets down the crate and looks past you at the palms. “One hour. That's all my hands can promise.”",
    "He laughs, agrees to everything, and goes silent the moment the guesthouse door bangs shut behind you.",
    "She listens, says nothing, and draws a dune in the dust on the counter with one finger.",
    "The gatekeeper shakes his head. “After the water turns. Before that I'd only slow you down.”",
    "Aprim folds the auction slip twice and slides it back across the table. “Not tonight, forgive me.”",
]
MEMREF = [
    "the night the flash flood came",
    "a promise made on the granary roof",
    "the summer the kiln roof fell in",
    "their first run down the great dune",
    "a photo tucked behind the cooperative's clock",
]
TENSION_NOTES = [
    "Nobody names the second scale aloud; its weight is only hinted at.",
    "The player sees the rigged scale; the character keeps trusting it all scene long.",
]
UNKNOWN_COMPLEXITY = ["sirocco_dread", "kiln_crack_sulk", "souk_haggle_nerves", "khettara_dust_fatigue"]
UNKNOWN_HOOKS = ["brass_weight_riddle", "room_seven_wink", "blue_turban_tease"]
UNKNOWN_RESONANCE = ["palm_song_echo", "dusk_call_pang", "clay_oven_recall"]
UNKNOWN_OPTIONS = ["shrug_and_bargain", "sun_hat_bluster", "sandstorm_sulk"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "above" if need > x2 else "below"
    return f"Running on {eff:g} today, the most within reach is {x2:g}; the request weighs {need:g}, {side} that line."


#: this family's oasis town, drawn by the shared record makers (tests/drift_machinery.py)
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="A {job} near {place}, worn thin since {factor}.",
    character_knows="As far as the character can tell, {belief}.",
    irony_scenario="At {place}, word spreads that the regional inspector arrives after the feast.",
    tension_context="{Place}, once the last tourist jeep has gone; the player lingers.",
    memory_description="Back to {past}, before the new road reached the oasis.",
    multi_background="Born in a mud house by the palm gardens and never left the oasis; works near {place}.",
    multi_situation="{name} is locking up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs, units and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "At the date press she gave {g} units of support and walked home emptied.",
    "Through the sandstorm night his support came in at {g}, far past his reserve.",
    "She delivered {g} points of support to the khettara crew all the same.",
    "By the souk's closing bell her support amounts to {g}, more than the day allowed.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["sandy", "so-so", "radiant", "shaky"]

#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry keys an
# object by each element's value of our field; its member entries fill the values. Agadir's values are picked by
# sheet title and line label (its lists kept as lists on the line), Midyat's keys hold a dot (the exporter flattened
# one level), Yogyakarta's are picked by tab title and sit in a cell's value member.

#: Agadir's dossier: the sheets, a sheet's title, its lines, a line's label and its value
SHEETS = "ⵉⴼⵔⴰⵡⵏ"  # leaves
SHEET = "ⴰⵣⵡⵍ"  # title
LINES = "ⵉⵣⵔⵉⴳⵏ"  # lines
SLOT = "ⴰⵏⵙⴰ"  # place (the line's label)
VALUE = "ⴰⵣⴰⵍ"  # value
T_WHO = "ⴰⵡⴰⴷⵎ"  # the person
T_POWER = "ⵜⴰⵣⵎⵔⵜ"  # strength
T_ASK = "ⵜⴰⴳⵏⵉⵜ"  # the situation
T_SAY = "ⵜⵉⵔⵉⵔⵉⵜ"  # the reply
T_MARK = "ⵜⵉⵣⵎⵉⵍⵉⵏ"  # marks
T_PAST = "ⴰⵙⵎⴽⵜⵉ"  # remembrance
T_NATURE = "ⵜⴰⴳⴰⵎⴰ"  # nature
RUN_TZ = "ⴰⵙⵉⴹⵏ"  # the run (top-level group of pipeline extras)


def _t(sheet: str, line: str) -> str:
    """An Agadir path: the value of line `line` on the sheet titled `sheet`."""
    return f"{SHEETS}[{SHEET}={sheet}].{LINES}[{SLOT}={line}].{VALUE}"


#: Midyat's groups (each field a key "group.field", mapped with "\.")
S_WHO = "ܦܪܨܘܦܐ"  # the person
S_POWER = "ܚܝܠܐ"  # strength
S_ASK = "ܫܘܐܠܐ"  # the request
S_SAY = "ܦܘܢܝܐ"  # the answer
S_MARK = "ܕܝܢܐ"  # the judgement
S_PAST = "ܕܘܟܪܢܐ"  # memory
S_HOOK = "ܨܝܕܐ"  # the lure
S_NATURE = "ܟܝܢܐ"  # nature
S_AFTER = "ܦܐܪܐ"  # fruits (outcomes)
S_ADMIN = "ܡܕܒܪܢܘܬܐ"  # administration (our training metadata)
RUN_SY = "ܪܗܛܐ"  # the run (pipeline extras)
SY_LABEL = "dataType"  # the type column the exporter adds (a documented label key)


def _s(group: str, field: str) -> str:
    """A Midyat path: the one key "group.field" (a dot inside the key)."""
    return f"{group}\\.{field}"


#: Yogyakarta's tabs and cells
TABS = "ꦭꦼꦩ꧀ꦧꦂ"  # sheets (tabs)
TITLE = "ꦱꦼꦱꦶꦫꦃ"  # a tab's title
CELL_VALUE = "ꦲꦶꦱꦶ"  # a cell's content
CELL_WRITER = "ꦥꦤꦸꦭꦶꦱ꧀"  # who wrote it
CELL_WHEN = "ꦮꦼꦏ꧀ꦢꦭ꧀"  # when
J_WHO = "ꦥꦫꦒ"  # the character
J_POWER = "ꦏꦼꦏꦸꦮꦠꦤ꧀"  # strength
J_SCENE = "ꦏꦲꦤꦤ꧀"  # the situation
J_SAY = "ꦮꦁꦱꦸꦭꦤ꧀"  # the answer
J_MARK = "ꦧꦶꦗꦶ"  # marks
J_PAST = "ꦏꦼꦤꦔꦤ꧀"  # memory
J_HOOK = "ꦥꦚ꧀ꦕꦶꦔꦤ꧀"  # the bait
J_NATURE = "ꦮꦠꦏ꧀"  # temperament
J_AFTER = "ꦲꦱꦶꦭ꧀"  # results
J_RUN = "ꦩꦱꦶꦤ꧀"  # the machine (our training metadata)
RUN_JV = "ꦥꦿꦺꦴꦱꦺꦱ꧀"  # the process (top-level group of pipeline extras)
JV_LABEL = "task_type"  # the type label of the Yogyakarta exports and lines (a documented label key)


def _j(tab: str, field: str) -> str:
    """A Yogyakarta path: the value member of cell `field` on the tab titled `tab`."""
    return f"{TABS}[{TITLE}={tab}].{field}.{CELL_VALUE}"


OCEAN_TZ = ["ⴰⵕⵥⵎ", "ⵜⴰⵏⵏⴰⴹⵜ", "ⵜⴰⵎⵙⵍⴰⵢⵜ", "ⵜⴰⵍⵡⵉⵜ", "ⴰⵇⵍⵇ"]
OCEAN_SY = ["ܦܬܝܚܘܬܐ", "ܚܦܝܛܘܬܐ", "ܚܒܪܘܬܐ", "ܒܣܝܡܘܬܐ", "ܙܘܥܐ"]
OCEAN_JV = ["ꦩꦸꦏ", "ꦠꦼꦠꦼꦭ꧀", "ꦫꦩꦺ", "ꦭꦺꦴꦭꦺꦴꦱ꧀", "ꦒꦸꦒꦸꦥ꧀"]

_TZ_DECOYS = [
    (_t(T_MARK, "ⵜⴰⵣⵎⵉⵍⵜ_ⵜⵉⵙ_ⵙⵏⴰⵜ"), "judge2", "comma_out10"),  # the second mark
    (_t(T_MARK, "ⵜⴰⵖⵓⵔⵉ"), "conf", "comma_out10"),  # certainty
    (_t(T_SAY, "ⵎⵏⵏⴰⵡ_ⵜⴼⵔⴰⵙ"), "count", None),  # how many sentences
]
_TZ_TAKE = (_t(T_SAY, "ⴰⵡⴰⵍ_ⵢⵓⵖⵓⵍⵏ"), "turned_down", None)  # the word that went back
_SY_DECOYS = [
    (_s(S_MARK, "ܕܝܢܐ_ܕܬܪܝܢ"), "judge2", "pct_word"),  # the second judgement
    (_s(S_MARK, "ܘܕܐܝܘܬܐ"), "conf", "pct_word"),  # certainty
    (_s(S_SAY, "ܡܢܝܢ_ܦܣܘܩܐ"), "count", None),  # number of sentences
]
_SY_TAKE = (_s(S_SAY, "ܡܠܬܐ_ܫܒܝܩܬܐ"), "turned_down", None)  # the abandoned line
_JV_DECOYS = [
    (_j(J_MARK, "ꦧꦶꦗꦶ_ꦏꦥꦶꦁꦏꦭꦶꦃ"), "judge2", None),  # the second score
    (_j(J_MARK, "ꦪꦏꦶꦤ꧀"), "conf", None),  # certainty
    (_j(J_SAY, "ꦕꦕꦃ_ꦈꦕꦥ꧀"), "count", None),  # number of sentences
]
_JV_TAKE = (_j(J_SAY, "ꦠꦸꦠꦸꦂ_ꦏꦧꦸꦮꦁ"), "turned_down", None)  # the discarded speech

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_agadir": {  # Tifinagh dossier, factors a list two labels down, "6,5 out of 10", "8,2 out of 10"
        "team": "agadir",
        "envelope": "tz_batch",
        "stem": "emotional_authenticity_izuran_dossier",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _t(T_WHO, "ⵉⵙⵎ"), None),
            ("context", _t(T_WHO, "ⴰⵎⵣⵔⵓⵢ"), None),
            ("base_capacity", _t(T_POWER, "ⴰⵥⵓⵕ"), "comma_cap_out10"),
            ("capacity_factors", _t(T_POWER, "ⵉⵥⴹⴰⵢⵏ"), "list"),
            ("capacity_factors[].factor", _t(T_POWER, "ⵉⵥⴹⴰⵢⵏ") + "[].ⵜⴰⵎⵏⵜⵍⵜ", None),
            ("capacity_factors[].impact", _t(T_POWER, "ⵉⵥⴹⴰⵢⵏ") + "[].ⴰⵙⵎⵔ", "comma"),
            ("effective_capacity", _t(T_POWER, "ⴰⵙⵙⴰ"), "comma_cap_out10"),
            ("capacity_level", _t(T_POWER, "ⴰⵙⵡⵉⵔ"), "title_space"),
            ("situation", _t(T_ASK, "ⴰⴳⵍⴰⵎ"), None),
            ("support_level_needed", _t(T_ASK, "ⵜⴰⵍⵍⴰⵍⵜ_ⵉⵅⵚⵚⴰⵏ"), "comma_cap_out10"),
            ("authenticity_target", _t(T_ASK, "ⵉⵙⵡⵉ"), "title_space"),
            ("complexity_type", _t(T_ASK, "ⴰⵏⴰⵡ"), None),
            ("character_response", _t(T_SAY, "ⴰⵡⴰⵍ"), None),
            ("internal_thought", _t(T_SAY, "ⴰⵙⵏⵓⵎⵎⵙ"), None),
            ("demonstrates_constraint", _t(T_SAY, "ⵜⵉⵍⵉⵙⴰ"), None),
            ("support_provided", _t(T_SAY, "ⵜⴰⵍⵍⴰⵍⵜ_ⵉⵜⵜⵓⴼⴽⴰⵏ"), "comma_cap_out10"),
            ("authenticity_score", _t(T_MARK, "ⵜⵉⴷⵜ"), "comma_out10"),
        ],
        "decoys": [_TZ_TAKE, *_TZ_DECOYS],
    },
    "ea_midyat": {  # Syriac one-level flattening, factors keyed by cause under a dotted key, "82 percent"
        "team": "midyat",
        "envelope": "sy_records",
        "stem": "emotional_authenticity_turabdin_rows",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _s(S_WHO, "ܫܡܐ"), None),
            ("context", _s(S_WHO, "ܫܪܫܐ"), None),
            ("base_capacity", _s(S_POWER, "ܫܬܐܣܬܐ"), "of10"),
            ("capacity_factors[].factor", _s(S_POWER, "ܥܠܠܐ") + "{}", None),
            ("capacity_factors[].impact", _s(S_POWER, "ܥܠܠܐ") + "{}.ܡܫܘܚܬܐ", "tminus"),
            ("effective_capacity", _s(S_POWER, "ܝܘܡܢܐ"), "of10"),
            ("capacity_level", _s(S_POWER, "ܕܪܓܐ"), "screaming"),
            ("situation", _s(S_ASK, "ܥܢܝܢܐ"), None),
            ("support_level_needed", _s(S_ASK, "ܣܢܝܩܘܬܐ"), "of10"),
            ("authenticity_target", _s(S_ASK, "ܢܝܫܐ"), "screaming"),
            ("complexity_type", _s(S_ASK, "ܥܘܩܐ"), None),
            ("character_response", _s(S_SAY, "ܡܠܬܐ"), None),
            ("internal_thought", _s(S_SAY, "ܚܘܫܒܐ"), None),
            ("demonstrates_constraint", _s(S_SAY, "ܬܚܘܡܐ"), None),
            ("support_provided", _s(S_SAY, "ܥܘܕܪܢܐ"), "of10"),
            ("authenticity_score", _s(S_MARK, "ܫܪܝܪܘܬܐ"), "pct_word"),
        ],
        "decoys": [_SY_TAKE, *_SY_DECOYS],
    },
    "di_yogya": {  # Javanese tabs of cells, options a list in a cell, numbers plain
        "team": "yogya",
        "envelope": "jv_export",
        "stem": "dramatic_irony_sekar_export",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _j(J_WHO, "ꦗꦼꦤꦼꦁ"), None),
            ("character_knows", _j(J_WHO, "ꦥꦶꦪꦏꦶꦤ꧀"), None),
            ("character_capacity", _j(J_POWER, "ꦱꦲꦶꦏꦶ"), None),
            ("scenario", _j(J_SCENE, "ꦏꦗꦢꦺꦪꦤ꧀"), None),
            ("player_knows", _j(J_SCENE, "ꦥꦩꦻꦤ꧀_ꦮꦸꦫꦸꦁ"), None),
            ("knowledge_gap_score", _j(J_SCENE, "ꦗꦫꦏ꧀_ꦮꦼꦫꦸꦃ"), None),
            ("response_options", _j(J_SAY, "ꦥꦶꦭꦶꦃꦤ꧀"), "list"),
            ("response_options[].type", _j(J_SAY, "ꦥꦶꦭꦶꦃꦤ꧀") + "[].ꦗꦶꦤꦶꦱ꧀", "lower_space"),
            ("response_options[].dialogue", _j(J_SAY, "ꦥꦶꦭꦶꦃꦤ꧀") + "[].ꦠꦸꦠꦸꦂ", None),
            ("response_options[].relationship_impact", _j(J_SAY, "ꦥꦶꦭꦶꦃꦤ꧀") + "[].ꦥꦔꦫꦸꦃ", None),
            ("recommended_option", _j(J_SAY, "ꦥꦶꦭꦶꦃꦤ꧀_ꦥꦤ꧀ꦠꦼꦱ꧀"), "lower_space"),
            ("dramatic_irony_score", _j(J_MARK, "ꦱꦶꦤ꧀ꦢꦶꦫꦤ꧀"), None),
            ("tension_notes", _j(J_MARK, "ꦕꦛꦼꦠꦤ꧀_ꦱꦸꦠꦿꦢꦫ"), None),
        ],
        "decoys": [_JV_TAKE, *_JV_DECOYS],
    },
    "di_agadir": {  # Tifinagh dossier, options a list two labels down, "-0,75"
        "team": "agadir",
        "envelope": "tz_md",
        "stem": "dramatic_irony_izuran_answer",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _t(T_WHO, "ⵉⵙⵎ"), None),
            ("character_knows", _t(T_WHO, "ⵉⵙⵙⴰⵏ"), None),
            ("character_capacity", _t(T_POWER, "ⴰⵙⵙⴰ"), "comma_cap_out10"),
            ("scenario", _t(T_ASK, "ⴰⴳⵍⴰⵎ"), None),
            ("player_knows", _t(T_ASK, "ⵉⵙⵙⴰⵏ_ⵓⵎⵓⵔⴰⵔ"), None),
            ("knowledge_gap_score", _t(T_ASK, "ⵜⴰⵣⵍⵉⵜ"), "comma_out10"),
            ("response_options", _t(T_SAY, "ⵜⵉⵖⴰⵔⴰⵙⵉⵏ"), "list"),
            ("response_options[].type", _t(T_SAY, "ⵜⵉⵖⴰⵔⴰⵙⵉⵏ") + "[].ⴰⵏⵡⴰⵢ", "title_space"),
            ("response_options[].dialogue", _t(T_SAY, "ⵜⵉⵖⴰⵔⴰⵙⵉⵏ") + "[].ⴰⵡⴰⵍ", None),
            ("response_options[].relationship_impact", _t(T_SAY, "ⵜⵉⵖⴰⵔⴰⵙⵉⵏ") + "[].ⴰⵙⵎⵔ", "comma"),
            ("recommended_option", _t(T_SAY, "ⵜⴰⵖⴰⵔⴰⵙⵜ_ⵉⵍⴰⵇⵏ"), "title_space"),
            ("dramatic_irony_score", _t(T_MARK, "ⵜⴰⵣⵍⵍⵓⵢⵜ"), "comma_out10"),
            ("tension_notes", _t(T_MARK, "ⵜⴰⵎⴰⵡⵜ_ⵏ_ⵓⵎⵙⵙⵓⴷⵙ"), None),
        ],
        "decoys": [_TZ_TAKE, *_TZ_DECOYS],
    },
    "tb_midyat": {  # Syriac flattening, "between 2 and 4 weeks", SCREAMING hooks
        "team": "midyat",
        "envelope": "sy_lines",
        "stem": "tension_building_turabdin_lines",
        "label": "tension_building",
        "map": [
            ("character_name", _s(S_WHO, "ܫܡܐ"), None),
            ("relationship_level", _s(S_WHO, "ܕܪܓ_ܩܪܝܒܘܬܐ"), None),
            ("context", _s(S_ASK, "ܥܢܝܢܐ"), None),
            ("hook_type", _s(S_HOOK, "ܓܢܣܐ"), "screaming"),
            ("setup", _s(S_HOOK, "ܐܪܙܐ"), None),
            ("payoff_window_weeks", _s(S_HOOK, "ܙܒܢܐ"), "between"),
            ("payoff_hint", _s(S_HOOK, "ܪܡܙܐ"), None),
            ("dialogue", _s(S_SAY, "ܡܠܬܐ"), None),
            ("tension_score", _s(S_MARK, "ܩܛܝܪܘܬܐ"), "pct_word"),
            ("hook_effectiveness", _s(S_MARK, "ܚܪܝܦܘܬܐ"), "pct_word"),
        ],
        "decoys": [_SY_TAKE, *_SY_DECOYS],
    },
    "tb_yogya": {  # Javanese tabs of cells, windows [2, 4], levels "4/5"
        "team": "yogya",
        "envelope": "jv_lines",
        "stem": "tension_building_sekar_lines",
        "label": "tension_building",
        "map": [
            ("character_name", _j(J_WHO, "ꦗꦼꦤꦼꦁ"), None),
            ("relationship_level", _j(J_WHO, "ꦏꦼꦕꦏꦼꦥ꧀ꦥꦤ꧀"), "of5"),
            ("context", _j(J_SCENE, "ꦏꦗꦢꦺꦪꦤ꧀"), None),
            ("hook_type", _j(J_HOOK, "ꦗꦶꦤꦶꦱ꧀"), "lower_space"),
            ("setup", _j(J_HOOK, "ꦮꦺꦩꦺꦴꦂ"), None),
            ("payoff_window_weeks", _j(J_HOOK, "ꦮꦼꦠꦺꦴꦤ꧀"), "pair"),
            ("payoff_hint", _j(J_HOOK, "ꦱꦱ꧀ꦩꦶꦠ"), None),
            ("dialogue", _j(J_SAY, "ꦠꦸꦠꦸꦂ"), None),
            ("tension_score", _j(J_MARK, "ꦏꦼꦠꦼꦒꦁꦔꦤ꧀"), None),
            ("hook_effectiveness", _j(J_MARK, "ꦭꦤ꧀ꦠꦶꦥ꧀"), None),
        ],
        "decoys": [_JV_TAKE, *_JV_DECOYS],
    },
    "mr_agadir": {  # Tifinagh dossier, "26w back", Title Case resonance types
        "team": "agadir",
        "envelope": "tz_batch",
        "stem": "memory_resonance_izuran_dossier",
        "label": "memory_resonance",
        "map": [
            ("character_name", _t(T_WHO, "ⵉⵙⵎ"), None),
            ("current_situation", _t(T_ASK, "ⴰⴳⵍⴰⵎ"), None),
            ("memory.description", _t(T_PAST, "ⵎⴰⵢⴷ_ⵉⵊⵔⴰⵏ"), None),
            ("memory.emotion", _t(T_PAST, "ⴰⵃⵓⵍⴼⵓ"), None),
            ("memory.weeks_ago", _t(T_PAST, "ⵎⴰⵍⵎⵉ"), "w_back"),
            ("resonance_type", _t(T_PAST, "ⴰⵏⵡⴰⵢ_ⵏ_ⵓⵙⵍⵍⵉ"), "title_space"),
            ("resonance_weight", _t(T_PAST, "ⴰⵥⴰⵢ"), "comma"),
            ("character_response", _t(T_SAY, "ⴰⵡⴰⵍ"), None),
            ("resonance_score", _t(T_MARK, "ⴰⵙⵍⵍⵉ"), "comma_out10"),
        ],
        "decoys": [_TZ_TAKE, *_TZ_DECOYS],
    },
    "mr_yogya": {  # Javanese tabs of cells, the memory's parts a cell each, weeks "26w earlier"
        "team": "yogya",
        "envelope": "jv_export",
        "stem": "memory_resonance_sekar_export",
        "label": "memory_resonance",
        "map": [
            ("character_name", _j(J_WHO, "ꦗꦼꦤꦼꦁ"), None),
            ("current_situation", _j(J_SCENE, "ꦏꦗꦢꦺꦪꦤ꧀"), None),
            ("memory.description", _j(J_PAST, "ꦥꦿꦶꦱ꧀ꦠꦶꦮ"), None),
            ("memory.emotion", _j(J_PAST, "ꦫꦱ"), None),
            ("memory.weeks_ago", _j(J_PAST, "ꦥꦶꦠꦸꦁꦏꦭ꧀"), "w_earlier"),
            ("resonance_type", _j(J_PAST, "ꦗꦶꦤꦶꦱ꧀_ꦒꦼꦩ"), "lower_space"),
            ("resonance_weight", _j(J_PAST, "ꦧꦺꦴꦧꦺꦴꦠ꧀"), None),
            ("character_response", _j(J_SAY, "ꦠꦸꦠꦸꦂ"), None),
            ("resonance_score", _j(J_MARK, "ꦒꦼꦩ"), None),
        ],
        "decoys": [_JV_TAKE, *_JV_DECOYS],
    },
    "pt_midyat": {  # Syriac flattening, OCEAN as dotted keys, "82 percent"
        "team": "midyat",
        "envelope": "sy_records",
        "stem": "personality_traits_turabdin_rows",
        "label": "personality_traits",
        "map": [
            ("character_name", _s(S_WHO, "ܫܡܐ"), None),
            ("scenario", _s(S_ASK, "ܥܢܝܢܐ"), None),
            *[(f"ocean.{t}", _s(S_NATURE, c), "pct_word") for t, c in zip(OCEAN, OCEAN_SY, strict=True)],
            ("dialogue", _s(S_SAY, "ܡܠܬܐ"), None),
            ("trait_expression", _s(S_SAY, "ܦܘܫܩ_ܟܝܢܐ"), None),
            ("quality_score", _s(S_MARK, "ܫܘܦܪܐ"), "pct_word"),
        ],
        "decoys": [_SY_TAKE, *_SY_DECOYS],
    },
    "pt_agadir": {  # Tifinagh dossier, OCEAN lines with decimal commas
        "team": "agadir",
        "envelope": "tz_md",
        "stem": "personality_traits_izuran_answer",
        "label": "personality_traits",
        "map": [
            ("character_name", _t(T_WHO, "ⵉⵙⵎ"), None),
            ("scenario", _t(T_ASK, "ⴰⴳⵍⴰⵎ"), None),
            *[(f"ocean.{t}", _t(T_NATURE, c), "comma") for t, c in zip(OCEAN, OCEAN_TZ, strict=True)],
            ("dialogue", _t(T_SAY, "ⴰⵡⴰⵍ"), None),
            ("trait_expression", _t(T_SAY, "ⴰⵙⵙⴼⵔⵓ_ⵏ_ⵜⴳⴰⵎⴰ"), None),
            ("quality_score", _t(T_MARK, "ⵜⴰⵖⴰⵔⴰ"), "comma_out10"),
        ],
        "decoys": [_TZ_TAKE, *_TZ_DECOYS],
    },
    "rs_yogya": {  # Javanese tabs of cells, levels "4/5", numbers plain
        "team": "yogya",
        "envelope": "jv_lines",
        "stem": "relationship_scoring_sekar_lines",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _j(J_WHO, "ꦗꦼꦤꦼꦁ"), None),
            ("relationship_level", _j(J_WHO, "ꦏꦼꦕꦏꦼꦥ꧀ꦥꦤ꧀"), "of5"),
            ("player_action", _j(J_SCENE, "ꦠꦶꦤ꧀ꦢꦏ꧀ꦥꦩꦻꦤ꧀"), None),
            ("interaction_type", _j(J_SCENE, "ꦗꦶꦤꦶꦱ꧀_ꦥꦱꦿꦮꦸꦁꦔꦤ꧀"), None),
            ("character_response", _j(J_SAY, "ꦠꦸꦠꦸꦂ"), None),
            ("rationale", _j(J_MARK, "ꦲꦭꦱꦤ꧀"), None),
            ("relationship_score", _j(J_MARK, "ꦱꦼꦱꦩ꧀ꦧꦸꦁꦔꦤ꧀"), None),
            ("trust_change", _j(J_MARK, "ꦮꦼꦠꦲꦶꦥꦿꦕꦪ"), None),
            ("quality_score", _j(J_MARK, "ꦩꦸꦠꦸ"), None),
        ],
        "decoys": [(_j(J_MARK, "ꦲꦭꦱꦤ꧀_ꦏꦧꦸꦮꦁ"), "turned_down", None), *_JV_DECOYS],
    },
    "rs_midyat": {  # Syriac flattening, trust "+0.45" / "−0.45", "82 percent"
        "team": "midyat",
        "envelope": "sy_lines",
        "stem": "relationship_scoring_turabdin_lines",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _s(S_WHO, "ܫܡܐ"), None),
            ("relationship_level", _s(S_WHO, "ܕܪܓ_ܩܪܝܒܘܬܐ"), None),
            ("player_action", _s(S_ASK, "ܣܘܥܪܢ_ܫܥܘܝܐ"), None),
            ("interaction_type", _s(S_ASK, "ܓܢܣ_ܦܓܥܐ"), None),
            ("character_response", _s(S_SAY, "ܡܠܬܐ"), None),
            ("rationale", _s(S_MARK, "ܥܠܬ_ܕܝܢܐ"), None),
            ("relationship_score", _s(S_MARK, "ܩܪܝܒܘܬܐ"), "pct_word"),
            ("trust_change", _s(S_MARK, "ܫܘܚܠܦ_ܬܘܟܠܢܐ"), "tminus"),
            ("quality_score", _s(S_MARK, "ܫܘܦܪܐ"), "pct_word"),
        ],
        "decoys": [(_s(S_MARK, "ܥܠܬ_ܕܝܢܐ_ܫܒܝܩܬܐ"), "turned_down", None), *_SY_DECOYS],
    },
    "ms_midyat": {  # Syriac flattening, the whole NPC card, factors keyed by cause, "34 years"
        "team": "midyat",
        "envelope": "sy_records",
        "stem": "multi_step_turabdin_rows",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _s(S_WHO, "ܫܡܐ"), None),
            ("npc_profile.age", _s(S_WHO, "ܫܢܝܐ"), "years"),
            ("npc_profile.occupation", _s(S_WHO, "ܬܫܡܫܬܐ"), None),
            ("npc_profile.background", _s(S_WHO, "ܫܪܫܐ"), None),
            ("npc_emotional_state.base_capacity", _s(S_POWER, "ܫܬܐܣܬܐ"), "of10"),
            ("npc_emotional_state.capacity_factors[].factor", _s(S_POWER, "ܥܠܠܐ") + "{}", None),
            ("npc_emotional_state.capacity_factors[].impact", _s(S_POWER, "ܥܠܠܐ") + "{}.ܡܫܘܚܬܐ", "tminus"),
            ("npc_emotional_state.effective_capacity", _s(S_POWER, "ܝܘܡܢܐ"), "of10"),
            ("npc_emotional_state.current_emotion", _s(S_POWER, "ܪܓܫܐ"), None),
            ("interaction_context.capacity_level", _s(S_POWER, "ܕܪܓܐ"), "screaming"),
            *[
                (f"npc_ocean_personality.{t}", _s(S_NATURE, c), "pct_word")
                for t, c in zip(OCEAN, OCEAN_SY, strict=True)
            ],
            ("interaction_context.situation", _s(S_ASK, "ܥܢܝܢܐ"), None),
            ("interaction_context.player_request", _s(S_ASK, "ܒܥܘܬܐ"), None),
            ("interaction_context.support_needed", _s(S_ASK, "ܣܢܝܩܘܬܐ"), "of10"),
            ("interaction_context.complexity_type", _s(S_ASK, "ܥܘܩܐ"), None),
            ("interaction_context.authenticity_target", _s(S_ASK, "ܢܝܫܐ"), "screaming"),
            ("tension_memory.hook_type", _s(S_HOOK, "ܓܢܣܐ"), "screaming"),
            ("tension_memory.memory_reference", _s(S_HOOK, "ܥܘܗܕܐ"), None),
            ("npc_card_narrative.dialogue_prose", _s(S_SAY, "ܬܫܥܝܬܐ"), None),
            ("game_outcomes.trust_change", _s(S_AFTER, "ܬܘܟܠܢܐ"), "tminus"),
            ("game_outcomes.relationship_change", _s(S_AFTER, "ܩܪܝܒܘܬܐ"), "tminus"),
            ("game_outcomes.capacity_after", _s(S_AFTER, "ܚܝܠܐ_ܕܫܚܪ"), "of10"),
            ("training_metadata.authenticity_score", _s(S_MARK, "ܫܪܝܪܘܬܐ"), "pct_word"),
            ("training_metadata.quality_score", _s(S_MARK, "ܫܘܦܪܐ"), "pct_word"),
            ("training_metadata.complexity_type", _s(S_ADMIN, "ܥܘܩܐ"), None),
            ("training_metadata.pipeline_version", _s(S_ADMIN, "ܢܘܣܚܐ"), None),
            ("training_metadata.master_truths_version", _s(S_ADMIN, "ܢܘܣܚ_ܩܢܘܢܐ"), None),
            ("training_metadata.generated_at", _s(S_ADMIN, "ܙܒܢ_ܥܒܕܐ"), None),
        ],
        "decoys": [(_s(S_SAY, "ܬܫܥܝܬܐ_ܫܒܝܩܬܐ"), "turned_down", None), *_SY_DECOYS],
    },
    "ms_yogya": {  # Javanese tabs of cells, factors a list in a cell, ages "34 yr old"
        "team": "yogya",
        "envelope": "jv_export",
        "stem": "multi_step_sekar_export",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _j(J_WHO, "ꦗꦼꦤꦼꦁ"), None),
            ("npc_profile.age", _j(J_WHO, "ꦲꦸꦩꦸꦂ"), "yr_old"),
            ("npc_profile.occupation", _j(J_WHO, "ꦥꦒꦮꦺꦪꦤ꧀"), None),
            ("npc_profile.background", _j(J_WHO, "ꦭꦠꦂ"), None),
            ("npc_emotional_state.base_capacity", _j(J_POWER, "ꦢꦱꦂ"), None),
            ("npc_emotional_state.capacity_factors", _j(J_POWER, "ꦧꦺꦧꦤ꧀"), "list"),
            ("npc_emotional_state.capacity_factors[].factor", _j(J_POWER, "ꦧꦺꦧꦤ꧀") + "[].ꦱꦧꦧ꧀", None),
            ("npc_emotional_state.capacity_factors[].impact", _j(J_POWER, "ꦧꦺꦧꦤ꧀") + "[].ꦥꦔꦫꦸꦃ", None),
            ("npc_emotional_state.effective_capacity", _j(J_POWER, "ꦱꦲꦶꦏꦶ"), None),
            ("npc_emotional_state.current_emotion", _j(J_POWER, "ꦫꦱ"), None),
            ("interaction_context.capacity_level", _j(J_POWER, "ꦠꦶꦔ꧀ꦏꦠ꧀"), "lower_space"),
            *[(f"npc_ocean_personality.{t}", _j(J_NATURE, c), None) for t, c in zip(OCEAN, OCEAN_JV, strict=True)],
            ("interaction_context.situation", _j(J_SCENE, "ꦏꦗꦢꦺꦪꦤ꧀"), None),
            ("interaction_context.player_request", _j(J_SCENE, "ꦥꦚ꧀ꦗꦭꦸꦏ꧀"), None),
            ("interaction_context.support_needed", _j(J_SCENE, "ꦥꦶꦠꦸꦭꦸꦁꦔꦤ꧀"), None),
            ("interaction_context.complexity_type", _j(J_SCENE, "ꦫꦸꦮꦺꦠ꧀"), None),
            ("interaction_context.authenticity_target", _j(J_SCENE, "ꦱꦱꦫꦤ꧀"), "lower_space"),
            ("tension_memory.hook_type", _j(J_HOOK, "ꦗꦶꦤꦶꦱ꧀"), "lower_space"),
            ("tension_memory.memory_reference", _j(J_HOOK, "ꦥꦿꦶꦱ꧀ꦠꦶꦮ_ꦭꦩꦶ"), None),
            ("npc_card_narrative.dialogue_prose", _j(J_SAY, "ꦕꦫꦶꦠ"), None),
            ("game_outcomes.trust_change", _j(J_AFTER, "ꦥꦿꦕꦪ"), None),
            ("game_outcomes.relationship_change", _j(J_AFTER, "ꦱꦼꦱꦩ꧀ꦧꦸꦁꦔꦤ꧀"), None),
            ("game_outcomes.capacity_after", _j(J_AFTER, "ꦏꦼꦏꦸꦮꦠꦤ꧀_ꦏꦠꦶꦁꦒꦭ꧀"), None),
            ("training_metadata.authenticity_score", _j(J_MARK, "ꦏꦼꦗꦸꦗꦸꦫꦤ꧀"), None),
            ("training_metadata.quality_score", _j(J_MARK, "ꦩꦸꦠꦸ"), None),
            ("training_metadata.complexity_type", _j(J_RUN, "ꦫꦸꦮꦺꦠ꧀"), None),
            ("training_metadata.pipeline_version", _j(J_RUN, "ꦮꦼꦂꦱꦶ"), None),
            ("training_metadata.master_truths_version", _j(J_RUN, "ꦮꦼꦂꦱꦶ_ꦥꦿꦠꦸꦫꦤ꧀"), None),
            ("training_metadata.generated_at", _j(J_RUN, "ꦢꦶꦒꦮꦺ"), None),
        ],
        "decoys": [(_j(J_SAY, "ꦕꦫꦶꦠ_ꦏꦧꦸꦮꦁ"), "turned_down", None), *_JV_DECOYS],
    },
}

#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_agadir", "ea_midyat"],
    "dramatic_irony": ["di_yogya", "di_agadir"],
    "tension_building": ["tb_midyat", "tb_yogya"],
    "memory_resonance": ["mr_agadir", "mr_yogya"],
    "personality_traits": ["pt_midyat", "pt_agadir"],
    "relationship_scoring": ["rs_yogya", "rs_midyat"],
    "multi_step": ["ms_midyat", "ms_yogya"],
}
#: each envelope's file extension (Yogyakarta's JSON Lines are saved as .json)
EXT = {
    "tz_batch": "json",
    "tz_md": "md",
    "sy_records": "json",
    "sy_lines": "jsonl",
    "jv_export": "json",
    "jv_lines": "json",
}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"tz_batch", "sy_records", "jv_export"}
#: envelopes written one record a line
LINES_ENV = {"sy_lines", "jv_lines"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "agadir": {"ⴰⵙⵉⴹⵏ.ⵓⵟⵟⵓⵏ": "trun", "ⴰⵙⵉⴹⵏ.ⴰⵎⵓⴷⵉⵍ": "model", "ⴰⵙⵉⴹⵏ.ⵜⴰⵥⵕⵉⵡⵜ": "seed", "ⴰⵙⵉⴹⵏ.ⵜⵉⵙⴳⵏⴰⵜ": "tok"},
    "midyat": {
        _s(RUN_SY, "ܡܢܝܢܐ"): "srun",
        _s(RUN_SY, "ܛܘܦܣܐ"): "model",
        _s(RUN_SY, "ܙܪܥܐ"): "seed",
        _s(RUN_SY, "ܡܫܘܚܬ_ܙܒܢܐ"): "ms",
    },
    "yogya": {
        f"{RUN_JV}.ꦤꦺꦴꦩꦼꦂ": "jrun",
        f"{RUN_JV}.ꦩꦺꦴꦝꦺꦭ꧀": "model",
        f"{RUN_JV}.ꦮꦶꦗꦶ": "seed",
        f"{RUN_JV}.ꦠꦺꦴꦏꦺꦤ꧀": "tok",
        f"{RUN_JV}.ꦮꦼꦏ꧀ꦢꦭ꧀_ꦫꦩ꧀ꦥꦸꦁ": "stamp",
    },
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-instruct-2507-q4_K_M"]
#: who a Yogyakarta cell names as its writer: the model on the answer tab, the grader on the marks tab, else a
#: reviewer's login
CELL_WRITERS = {J_SAY: "qwen3", J_MARK: "juri-otomatis"}
REVIEWERS = ["rini.w", "bayu.s", "dimas.k", "impor-csv"]


def _n(v: float) -> str:
    return f"{v:g}"


def _title_space(s: str) -> str:
    return " ".join(w.capitalize() for w in s.split("_"))  # "Past Trauma Trigger"


FORMS: dict[str, Callable[[Any], Any]] = {
    "comma": lambda v: _n(v).replace(".", ","),  # -2.5 -> "-2,5", 0.45 -> "0,45"
    "comma_out10": lambda v: f"{_n(round(v * 10, 6)).replace('.', ',')} out of 10",  # 0.82 -> "8,2 out of 10"
    "comma_cap_out10": lambda v: f"{_n(v).replace('.', ',')} out of 10",  # 6.5 -> "6,5 out of 10" (a capacity)
    "w_back": lambda v: f"{_n(v)}w back",  # 26 -> "26w back"
    "title_space": _title_space,
    "pct_word": lambda v: f"{round(v * 100, 6):g} percent",  # 0.82 -> "82 percent" (a [0, 1] score only)
    "of10": lambda v: f"{_n(v)} of 10",  # 6.5 -> "6.5 of 10" (a [0, 10] capacity)
    "tminus": lambda v: f"{v:+g}".replace("-", "\u2212"),  # -2.5 -> "−2.5", 0.45 -> "+0.45"
    "w_earlier": lambda v: f"{_n(v)}w earlier",  # 26 -> "26w earlier"
    "years": lambda v: f"{_n(v)} years",  # 34 -> "34 years"
    "between": lambda w: f"between {_n(w['min'])} and {_n(w['max'])} weeks",
    "screaming": lambda s: s.upper(),  # "PAST_TRAUMA_TRIGGER"
    "of5": lambda v: f"{_n(v)}/5",  # a 1-5 level: 4 -> "4/5"
    "yr_old": lambda v: f"{_n(v)} yr old",  # 34 -> "34 yr old"
    "pair": lambda w: [w["min"], w["max"]],  # {"min": 2, "max": 4} -> [2, 4]
    "lower_space": lambda s: s.replace("_", " "),  # "past trauma trigger"
}

#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random, zone: str = "+01:00") -> str:
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"2027-05-{rng.randint(10, 28)}T{clock}{zone}"


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "trun": lambda: f"izr-{rng.randint(1000, 99999)}",
        "srun": lambda: f"ta{rng.getrandbits(20):05x}",
        "jrun": lambda: f"sl/{rng.randint(100, 9999)}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(700, 61000),
        "tok": lambda: rng.randint(150, 3300),
        "stamp": lambda: _stamp(rng, "+07:00"),
    }[kind]()


def _cells(rng: random.Random, their: dict[str, Any]) -> None:
    """Yogyakarta: every value of a tab is a cell; add the cell's notes (who wrote it, when) beside its value."""
    for tab in their[TABS]:
        for key, cell in tab.items():
            if key != TITLE:
                cell[CELL_WRITER] = CELL_WRITERS.get(tab[TITLE]) or rng.choice(REVIEWERS)
                cell[CELL_WHEN] = _stamp(rng, "+07:00")


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata; Agadir's sheets and Yogyakarta's tabs come in the
    order the reviewer opened them (shuffled per record), Yogyakarta's values in cells with their notes, Midyat's rows
    with the exporter's type column."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras: dict[str, Any] = {}
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(extras, key, _meta_value(rng, kind))
    if dialect["team"] == "agadir":
        rng.shuffle(their[SHEETS])
    elif dialect["team"] == "yogya":
        rng.shuffle(their[TABS])
        _cells(rng, their)
        if dialect["envelope"] == "jv_lines":
            return {**their, **extras, JV_LABEL: dialect["label"]}
    else:
        return {**their, **extras, SY_LABEL: dialect["label"]}
    return {**their, **extras}


# --- files ------------------------------------------------------------------------------------------------------

PREAMBLE = [
    "ⵀⴰⵜⵏ {n} ⵏ ⵉⴼⵔⴰⵡⵏ ⵙ JSON.",
    "ⴷⴷⴰⵡ ⴰⴷ ⵜⴰⴼⵜ {n} ⵏ ⵜⵉⵣⵔⴰⵡⵉⵏ; ⴽⵓ ⴰⴼⵔⴰⵡ ⵙ ⵓⵣⵡⵍ ⵏⵏⵙ.",
    "ⵉⵡⵊⴷ {n} ⵏ ⵉⴼⵔⴰⵡⵏ ⵎⴰⵙ ⵜⵙⵓⵜⵔⴷ.",
]
THINKING = [
    "{n} records of {what}, oasis town. Every record a dossier of titled sheets; marks out of ten with a comma.",
    "Need {n} {what} dossiers. Lists stay lists on their line; capacities out of ten.",
    "{n} ⵏ ⵉⴼⵔⴰⵡⵏ, {what}. ⴰⵡⴰⴷⵎ, ⵜⴰⵣⵎⵔⵜ, ⵜⴰⴳⵏⵉⵜ, ⵜⵉⵔⵉⵔⵉⵜ, ⵜⵉⵣⵎⵉⵍⵉⵏ.",
]
CLOSING = ["", "", "\nⴽⵓⵍⵍⵓ ⵢⵜⵜⵓⵙⴼⵇⵇⴰⴷ.\n", "\nⵎⴰ ⵢⵍⵍⴰ ⵓⵙⵇⵙⵉ ⵢⴰⴹⵏ, ⵙⵇⵙⴰ.\n"]

#: the export object around Yogyakarta's records: the shipment header and the records' list
EXPORT = "ꦏꦶꦫꦶꦩꦤ꧀"
EXPORT_RECORDS = "ꦕꦛꦛꦤ꧀"
EXPORT_HEAD = ["ꦤꦺꦴꦩꦼꦂ", "ꦠꦁꦒꦭ꧀", "ꦕꦕꦃ"]


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (a think block and a fence)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env in LINES_ENV:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "sy_records":  # pandas' to_json(orient="records", indent=1): a bare array of rows
        return dump(recs, 1) + "\n", ["records"]
    if env == "jv_export":
        head = dict(zip(EXPORT_HEAD, [f"SL-{file_no:03d}", _stamp(rng, "+07:00"), len(recs)], strict=True))
        return dump({JV_LABEL: label, EXPORT: head, EXPORT_RECORDS: recs}) + "\n", ["export"]
    if env == "tz_md":  # the raw answer: the think block, a Tamazight preamble, the fenced array, perhaps a remark
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body = rng.choice(PREAMBLE).format(n=len(recs)) + "\n\n```json\n" + dump(recs) + "\n```\n"
        return think + body + rng.choice(CLOSING), ["think", "fence"]
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"202705{rng.randint(10, 28)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    return dump({**header, "samples": recs}) + "\n", ["batch"]


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps large, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# Notes on this drop

Three studios ran their own generators on a local Qwen3 served by Ollama: Izuran Pixel in Agadir (Tamazight keys in
Tifinagh, every record a dossier of titled sheets of labelled lines, raw answers saved as Markdown), Tur Abdin Frames
in Midyat (Syriac keys, rows flattened one level by the exporter) and Sekar Layar in Yogyakarta (Javanese keys, every
record a set of tabs whose values sit in cells with notes). Settings used by all three:

```yaml
model: qwen3:14b
temperature: 0.7
num_ctx: 16384
think: true
save_raw_answers: true
```

Retried calls were appended as they came back, and one job was killed before it finished writing.
"""


#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "agadir": ["", "izuran", "izuran/dossiers"],
    "midyat": ["", "turabdin", "turabdin/rows"],
    "yogya": ["", "sekar", "sekar/ekspor"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2027-05-{rng.randint(10, 28)}_{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh24",
    dialects=DIALECTS,
    types=TYPES,
    by_type=BY_TYPE,
    makers=MAKERS,
    defects=DEFECTS,
    sizes={"tiny": ((3, 6), (3, 6)), "normal": ((12, 18), (22, 34)), "large": ((45, 58), (92, 116))},
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
    notes=partial(drop_note, subdirs=SUBDIRS, name="README_drop.md", text=PROMPTS_NOTE),
)


def write_fresh24_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh24_folder, "fresh24")


if __name__ == "__main__":
    raise SystemExit(main())
