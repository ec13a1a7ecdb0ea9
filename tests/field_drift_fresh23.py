"""A twenty-fifth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the shared drift machinery and checks, the other drift generators' top docstrings and fresh22's writer and manifest
test were read; the machinery is the shared tests/drift_machinery.py, the habits and the record contents are new):
the seven data types and meanings of curation/domain/spec.yaml, written by three studios nobody here has tuned on,
set in a canal-headworks market town on a wheat plain (a grain mandi of auction platforms, a wrestling akhara, a
hockey-stick workshop, a milk-chilling centre, a tractor repair yard, sluice gates at the headworks, a kite-makers'
lane, a cotton gin), each with one set of habits for every type:

- Rangla Reel, a Ludhiana studio with Gurmukhi (Punjabi) keys whose review screen is a stack of PANELS PICKED BY
  THEIR TITLE, in the order the reviewer left them (shuffled per record), and whose panels keep OUR LISTS AS LISTS:
  the capacity factors `ਪੱਟੀਆਂ[ਸਿਰਲੇਖ=ਤਾਕਤ].ਭਾਰ` with `...ਭਾਰ[].ਕਾਰਨ` / `...ਭਾਰ[].ਅਸਰ`, the irony options
  `ਪੱਟੀਆਂ[ਸਿਰਲੇਖ=ਜਵਾਬ].ਰਾਹ` with `...ਰਾਹ[].ਬੋਲ`: a label step then a list step in one path (the docs'
  `cards[card=say].opts[].text` beside `cards[card=say].opts`; no earlier family wrote a list inside a labelled
  element); numbers with a DECIMAL COMMA ("0,82" for a score, "6,5/10" for a capacity, "-0,75" for an impact),
  weeks "26w ago", ages "34 yrs old", labels in Title Case with spaces ("Past Trauma Trigger"); typed batches and
  JSON Lines;
- Tulpar Pixel, an Almaty studio with Kazakh (Cyrillic) keys whose records are a list of BLOCKS PICKED BY A TITLE
  THE REVIEWERS TYPE BY HAND, so a block's title comes in whatever case its reviewer typed it ("жауап", "Жауап",
  "ЖАУАП" from record to record; the docs: a `[key=label]` label is "compared without case"), the truth's lines
  naming the lower-case title (`бөлімдер[атау=жауап].сөзі`); irony options a list beside the blocks
  (`нұсқалар[].сөз`); scores "82%", capacities "6.5/10", signed numbers as text ("+0.45"), weeks "40 weeks",
  payoff windows as the text "[2, 4]", labels in Title-Hyphen case ("Tone-Deaf"); an export object
  (`{"экспорт": {...}, "жазбалар": [...]}`) and raw Qwen3 answers in .md (a `<think>` block, a Kazakh preamble, a
  ```json fence, sometimes a closing remark);
- Chhau Frames, a Cuttack studio with Odia-script keys whose questionnaire tool exports every value THREE LABEL
  STEPS DOWN: sections picked by name, questions in a section picked by their code, answer slots of a question
  picked by WHO FILLED THEM (`ବିଭାଗ[ନାମ=କଥା].ପ୍ରଶ୍ନ[ସଂକେତ=ବାକ୍ୟ].ଉତ୍ତର[ଲେଖକ=ମଡେଲ].ମୂଲ୍ୟ`; the model's slot is ours, a
  reviewer's slot beside it on the answer and the score is not), sections shuffled per record; scores "8.2 of 10",
  relationship levels as floats (4.0), payoff windows "2-4 weeks", capacity factors a cause -> impact table, other
  numbers plain, labels in lower-case kebab ("mystery-hook"); typed batches and JSON Lines saved as .json.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn take
(`ਛੱਡੀ_ਗੱਲ`, `қайтарылған_сөз`, the Cuttack reviewer's slot on the answer), a second judge's mark in the score's own
form (the Cuttack reviewer's slot on the score), a certainty on the same scale, a sentence count, run metadata (run
ids, model tags, sampler seeds, milliseconds, token counts, time stamps). Each data type has two prompt versions by
two of the studios; a seed writes one of them or both in one folder (one truth map holding both). Every truth line
uses the field_map steps docs/interaction-formats.md documents (dotted paths, "[]", "[key=label]"); Ludhiana's list
lines hold a "[key=label]" step then a "[]" step, Almaty's labels differ in case from the records' (read without
case), Cuttack's lines hold three "[key=label]" steps (the docs: after a label step the rest of the line is read
with any of the steps, another label included). Values only in readings the docs list as lossless, in new
combinations ("0,82", "6,5/10", "-0,75", "26w ago", "34 yrs old", "82%", "6.5/10", "+0.45", "40 weeks", "[2, 4]",
"8.2 of 10", 4.0 for a level, "2-4 weeks", a name -> impact table, labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Almaty answers with a `<think>` block and a ```json fence;
a README of the drop (prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records, 22-34,
or 92-116 over many files; no two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "offered 7 units of support",
"her support stood at 7", "his support ended at 7", "provided 7 points of support"), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh23_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh23.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh23.manifest.json)
"""

from __future__ import annotations

import json
import random
import zlib
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

# --- content pools (this writer's own: a canal-headworks market town on a wheat plain) -----------------------------

NAMES = [
    "Harjot Sandhawalia",
    "Aigerim Tolegenova",
    "Sasmita Pattanayak",
    "Jaswinder Bhullar",
    "Nurlan Abenov",
    "Pradyumna Mohapatra",
    "Rupinder Gosal",
    "Dinara Seitkali",
    "Bijayalaxmi Swain",
    "Kuldip Dhaliwal",
    "Yerlan Kassymov",
    "Subhashree Nayak",
    "Manpreet Randhawa",
    "Aruzhan Bekmukhanova",
    "Debasis Senapati",
    "Gurnoor Chahal",
    "Timur Zhaksylykov",
    "Itishree Behera",
]
JOBS = [
    "bidding clerk on the grain mandi platform",
    "coach of the village wrestling akhara",
    "willow-blade shaper at the hockey-stick workshop",
    "night operator of the milk-chilling centre",
    "mechanic in the tractor repair yard",
    "gate keeper of the canal headworks sluices",
    "glass-string maker in the kite lane",
    "bale presser at the cotton gin",
    "conductor on the mandi-to-headworks bus",
    "weighbridge attendant at the wheat procurement centre",
    "cook for the akhara's wrestlers",
    "lineman for the feeder that powers the tube wells",
]
PLACES = [
    "auction platform three of the grain mandi",
    "the clay pit of the wrestling akhara",
    "the drying racks behind the hockey-stick workshop",
    "the stainless vats of the milk-chilling centre",
    "the tractor repair yard beside the ring road",
    "the sluice gallery at the canal headworks",
    "the kite lane where glass string dries on poles",
    "the cotton gin's bale shed",
]
PRESSURES = [
    ("the procurement agency delayed the wheat payment again", -2.5),
    ("a sluice chain snapped and the night shift blamed him", -2.0),
    ("a shoulder wrenched in the clay pit is still swollen", -1.5),
    ("the chilling centre's compressor tripped and a tanker of milk soured", -3.0),
    ("a moneylender came to the gate asking for the tractor's papers", -2.0),
    ("lint from the gin has him coughing through the night", -1.0),
    ("the kite festival orders came in half of last year's", -0.5),
    ("a nephew was picked for the state hockey camp", 1.5),
    ("the canal finally ran full after three dry weeks", 1.0),
    ("the akhara's old coach sent a letter of blessing", 0.5),
]
ASKS = [
    "The player asks them to bid up a rival's wheat lot so it does not sell cheap.",
    "The player needs the sluice opened an hour early for a field downstream.",
    "The player wants them to spar with a new boy in the akhara at dawn.",
    "The player asks them to hold a churn of milk past the chilling centre's cut-off.",
    "The player needs a tractor's gearbox rebuilt before the sowing rain.",
    "The player wants a hundred metres of glass string for the kite festival.",
    "The player asks them to keep the gin's weighing slips out of the inspector's hands.",
    "The player asks them to sign as guarantor on a loan for seed drills.",
]
REPLIES = [
    "Bid on his lot? The commission agent watches my paddle like a hawk. One raise — then I sit on my hands.",
    "Early water means the tail-end farmers get mud. Half an hour, and I'll write it in the register myself.",
    "Dawn sparring with a green boy… fine, but I lead, and he goes home the moment he turns his ankle.",
    "The cut-off is the cut-off; the supervisor counts every churn. Ten minutes, not a breath more.",
    "A gearbox before the rain? I can strip it tonight. Rebuilding it needs a part the city hasn't sent.",
    "A hundred metres of glass string cuts the hands to ribbons. Forty, and you wind it yourself.",
    "Hide the slips from the inspector? I'll not lie for the gin owner, but I'll not volunteer them either.",
    "Guarantor? My own name is already under two loans. Ask me again after the harvest is sold.",
]
THOUGHTS = [
    "If I refuse, the bidding clerk two platforms down says yes, and then the whole mandi knows I'm tired.",
    "The canal hums under my feet all night and I have not slept a full night since the chain snapped.",
    "Father would have said yes with a laugh. I only manage a yes with a sigh.",
    "Nobody has asked after my shoulder in a week, and still they line up at the gate.",
]
SECRETS = [
    "the commission agent rigs the bids on platform three with a hand signal",
    "the canal gate keeper sells night water to one family",
    "the akhara's prize wrestler was paid to lose at the district bout",
    "the chilling centre waters down the evening collection",
    "the tractor yard's owner resells parts stolen from the cooperative",
    "the gin's weighbridge is tuned to read light",
]
BELIEFS = [
    "the bids on platform three are honest and open",
    "the night water is shared by turn among all the fields",
    "the prize wrestler lost the district bout to a better man",
    "the evening milk collection is tested and kept pure",
    "the yard's spare parts come from the city dealer",
    "the gin's weighbridge was calibrated last month",
]
TONE_DEAF = [
    "Bids, bids — did you see the new harvester at the fair? It has air conditioning in the cab!",
    "The mandi is tiresome. Tell me again about the wrestler with the golden mace.",
    "Forget the ledgers, the jalebis are going cold and the flies are winning.",
    "My uncle says worry curdles the blood faster than sun curdles milk, so I don't bother.",
]
MISGUIDED = [
    "It's a clerk's slip, nothing more. No agent would risk his licence over one lot.",
    "Send a box of sweets to the agent at Lohri and he'll sort it out himself.",
    "I'll march to the market committee office right now and demand they open the books.",
    "Be glad the mandi buys at all; the next district burns its stubble unsold.",
]
GROWTH = [
    "I can't see the whole of it yet, but I'm not leaving you to carry it alone.",
    "If something is rotten here, I'd rather we turn it over together than hear it at the bus stand.",
    "You look worn through. Tell me what you know, piece by piece, and we'll decide the next step together.",
    "I may get it wrong at first. Say it slowly and this time I'll really hear you.",
]
HOOK_LINES = [
    "Watch the agent's left hand on platform three tomorrow. Don't ask me why — just watch it.",
    "One family's field is green in a dry week. Ask who opens the gate after midnight — but not yet.",
    "The district bout was no upset. The loser bought a new motorbike the following week.",
    "Taste the evening milk and the morning milk side by side. Then come and find me.",
    "The cooperative's missing parts have a yard number stamped underneath. Look for it after Baisakhi.",
    "Put a sack you've weighed at home on the gin's weighbridge. Count the difference.",
]
SECRET_SETUPS = [
    "The commission agent signals his partners with his left hand to rig the platform-three bids.",
    "The canal gate keeper opens the sluice after midnight for one family that pays him.",
    "The akhara's prize wrestler took money to lose the district bout.",
    "The chilling centre adds water to the evening collection and pockets the difference.",
    "The tractor yard's owner buys parts stolen from the cooperative store.",
    "The gin owner had the weighbridge tuned to under-read every farmer's bale.",
]
HINTS = [
    "A commission agent who always scratches his left ear before the hammer falls.",
    "Wet earth on the gate keeper's boots the morning after a dry night.",
    "A brand-new motorbike outside the prize wrestler's house.",
    "A fat reading on the evening milk's lactometer that nobody writes down.",
    "A cooperative stamp half ground off a gear wheel in the yard.",
    "Two weighing slips for one bale, in different handwriting.",
]
NOW = [
    "The player hums the folk song the threshers sing at harvest.",
    "The canal siren sounds to announce the gates opening.",
    "The smell of boiling milk drifts from the chilling centre.",
    "The player hands over a hockey stick with a cracked blade.",
    "A kite with a torn tail snags on the electricity line overhead.",
    "Rain rattles the tin roof of the bale shed for the first time in a month.",
]
PAST = [
    "their grandfather teaching them to read the canal's water gauge",
    "the year the canal bank broke and flooded the village",
    "a night spent guarding the mandi's wheat heaps from rain",
    "the first kite they ever flew, lost over the gin's chimney",
    "watching a bale fire spread through the cotton shed",
    "the morning their sister left on the bus for the city college",
]
EMOTIONS = [
    "a sun-baked pride",
    "tender embarrassment",
    "scorched regret",
    "a bright stubborn joy",
    "a slow-creeping unease",
    "grief worn thin",
    "a homesick tug toward the old village",
]
RECALL = [
    "That song… my grandfather sang it at the threshing floor. I haven't heard it since he went.",
    "The siren, and I'm eight again, running to watch the gates lift and the water roar out.",
    "Boiling milk always meant guests at our door, and Mother's voice calling from the courtyard.",
    "A cracked blade like this cost me the school final. I cried all the way home on the bus.",
    "My first kite went down exactly like that. I climbed the pole for it and got a thrashing.",
    "The first rain on that shed roof made everyone in the gin stop and cheer. I'd forgotten.",
]
SCENES = [
    "At the bus stand a stranger takes the last seat under the shade.",
    "The player arrives without the sweets they promised for the festival.",
    "A dust storm rolls in and the kite festival is called off at noon.",
    "A rival workshop is selling a stick shaped exactly like theirs.",
    "The player asks for help dragging a stalled tractor off the canal road.",
    "A cousin on a ship in the Gulf sends a parcel with a radio inside.",
]
TRAIT_LINES = [
    "Let him sit, the old man's walked all morning. I'll stand — the breeze is better out here anyway.",
    "First the oil, then the filter, then the belt, then the bolts. It's chalked on the wall. Six sharp.",
    "Hand me the rope! I'm at the front — come on, everybody, pull together!",
    "Oh, the sweets? It's nothing, truly, I wasn't hungry. Please — don't trouble yourself.",
    "Of course the storm comes on festival day. The sky has a grudge against me, I know it.",
    "They copied my stick… but their grip is wound the other way. Clever. I'd never have tried that.",
]
EXPRESS = [
    "Easy warmth and agreeableness let the lost seat go without a grudge.",
    "A dutiful, orderly streak lists the service steps and fixes the hour.",
    "An outgoing rush takes the front of the rope before anyone else moves.",
    "A meek, giving nature hides the disappointment and apologises for minding.",
    "An anxious temper reads the storm as aimed at them in particular.",
    "Curiosity about the reversed grip beats wounded pride: openness at work.",
]
ACTIONS = [
    "The player brings ginger tea while they lie sick with the gin cough.",
    "The player never shows up for the akhara practice they promised.",
    "The player helps them push the broken tractor into the yard.",
    "The player opens the tin trunk under their cot and reads the letters inside.",
    "The player apologises for laughing at their accent at the bus stand.",
    "The player teases them about their oversized turban at the fair.",
]
RETORTS = [
    "Ginger tea with jaggery, just how my grandmother brewed it. You remembered?",
    "The boys waited an hour. I wrestled your round myself, and badly.",
    "My back will complain all week. Still — thank you, truly.",
    "That trunk is mine. Close the lid and go, please.",
    "All right. What was said at the bus stand can stay at the bus stand.",
    "This from someone who wears sandals to a ploughing contest!",
]
WHYS = [
    "Tending someone through a long cough earns real trust, and the soft reply shows it landed.",
    "A missed practice after a promise dents trust; the reply is more hurt than angry.",
    "Pushing a broken tractor together when it mattered wins a clear, steady gain in trust.",
    "Reading private letters is a breach; the curt reply shuts the matter.",
    "A plain apology wins back some trust without unsaying the mockery.",
    "Friendly teasing reads as affection, so trust edges up a little.",
]
PROSE = [
    "Sasmita puts down the churn and looks past you at the canal. “One hour. That's all my hands can promise.”",
    "He laughs, agrees to everything, and goes quiet the moment the yard gate clangs behind you.",
    "She listens, says nothing, and traces a kite in the dust on the bench with one finger.",
    "The gate keeper shakes his head. “After the water turns. Before that I'd only slow you down.”",
    "Kuldip folds the weighing slip twice and slides it back. “Not tonight, forgive me.”",
]
MEMREF = [
    "the night the canal bank broke",
    "a promise made on the roof of the bus",
    "the year the bale shed burned",
    "their first bout in the akhara",
    "a photo tucked behind the chilling centre's clock",
]
TENSION_NOTES = [
    "Keep the rigged bids offstage; the scene gives nothing away yet.",
    "Let the gap sting; the character never catches on in this scene.",
]
UNKNOWN_COMPLEXITY = ["mandi_hammer_nerves", "sluice_clock_dread", "akhara_pride_sulk", "gin_dust_weariness"]
UNKNOWN_HOOKS = ["lactometer_riddle", "weighbridge_wink", "kite_string_tease"]
UNKNOWN_RESONANCE = ["threshing_song_echo", "canal_siren_pang", "boiled_milk_recall"]
UNKNOWN_OPTIONS = ["shrug_and_haggle", "turban_bluster", "siren_sulk"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "above" if need > x2 else "below"
    return f"At {eff:g} today the reach stops near {x2:g}; the ask is {need:g}, {side} that mark."


#: this family's canal town, drawn by the shared record makers (tests/drift_machinery.py)
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="A {job} by {place}, frayed since {factor}.",
    character_knows="To the character's mind, {belief}.",
    irony_scenario="At {place}, word goes round that the procurement inspector arrives on Monday.",
    tension_context="{Place}, after the last bus has left; the player stays behind.",
    memory_description="Going back to {past}, before the headworks were rebuilt.",
    multi_background="Raised in a mud house beside the canal and never left the plain; works near {place}.",
    multi_situation="{name} is shutting up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs, units and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "At the mandi gate he offered {g} units of support, far more than the day allowed.",
    "Before the canal siren her support stood at {g}, all of it borrowed from sleep.",
    "By the last tractor's return his support ended at {g}, well past what he had.",
    "She provided {g} points of support to the akhara boys and walked home hollow.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["middling", "patchy", "splendid", "wobbly"]

#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. Ludhiana's values are
# picked by panel title (its lists kept as lists inside the panel), Almaty's by block title (typed in any case),
# Cuttack's by section, question code and the slot's writer.

#: Ludhiana's panels: the list and a panel's title
PANELS = "ਪੱਟੀਆਂ"
TITLE = "ਸਿਰਲੇਖ"
P_WHO = "ਪਾਤਰ"  # the character
P_POWER = "ਤਾਕਤ"  # strength
P_ASK = "ਮੌਕਾ"  # the occasion
P_SAY = "ਜਵਾਬ"  # the answer
P_MARK = "ਅੰਕ"  # marks
P_PAST = "ਯਾਦ"  # the memory
P_NATURE = "ਸੁਭਾਅ"  # temperament
P_AFTER = "ਨਤੀਜਾ"  # outcomes
P_HOOK = "ਕੁੰਡੀ"  # the hook
P_RUN = "ਮਸ਼ੀਨ"  # the pipeline


def _p(panel: str, word: str) -> str:
    """A Ludhiana path: `word` on the panel titled `panel`."""
    return f"{PANELS}[{TITLE}={panel}].{word}"


#: Almaty's blocks: the list and a block's (hand-typed) title; titles here in lower case
BLOCKS = "бөлімдер"
HEAD = "атау"
K_WHO = "кейіпкер"  # the character
K_POWER = "күш"  # strength
K_SCENE = "жағдай"  # the situation
K_SAY = "жауап"  # the answer
K_MARK = "баға"  # marks
K_PAST = "естелік"  # the memory
K_HOOK = "ілмек"  # the hook
OPTS = "нұсқалар"  # the irony options, beside the blocks


def _k(block: str, word: str) -> str:
    """An Almaty path: `word` in the block titled `block`."""
    return f"{BLOCKS}[{HEAD}={block}].{word}"


#: Cuttack's questionnaire: sections by name, questions by code, answer slots by who filled them
SECS = "ବିଭାଗ"
SEC = "ନାମ"
QS = "ପ୍ରଶ୍ନ"
CODE = "ସଂକେତ"
SLOTS = "ଉତ୍ତର"
WHO = "ଲେଖକ"
VAL = "ମୂଲ୍ୟ"
MODEL = "ମଡେଲ"  # the model's slot: ours
REVIEWER = "ସମୀକ୍ଷକ"  # a reviewer's slot: not ours
O_WHO = "ଚରିତ୍ର"  # the character
O_POWER = "ଶକ୍ତି"  # strength
O_ASK = "ପରିସ୍ଥିତି"  # the situation
O_SAY = "କଥା"  # the speech
O_MARK = "ମାର୍କ"  # marks
O_HOOK = "ଫାନ୍ଦ"  # the hook
O_NATURE = "ସ୍ୱଭାବ"  # temperament
O_AFTER = "ଫଳାଫଳ"  # outcomes
O_RUN = "ଯନ୍ତ୍ର"  # the pipeline


def _o(section: str, code: str, slot: str = MODEL) -> str:
    """A Cuttack path: the value `slot` wrote for question `code` of section `section`."""
    return f"{SECS}[{SEC}={section}].{QS}[{CODE}={code}].{SLOTS}[{WHO}={slot}].{VAL}"


OCEAN_PA = ["ਖੁੱਲ੍ਹਾਪਨ", "ਜ਼ਿੰਮੇਵਾਰੀ", "ਮਿਲਣਸਾਰੀ", "ਨਰਮਦਿਲੀ", "ਘਬਰਾਹਟ"]
OCEAN_OR = ["ନୂଆପଣ", "ନିଷ୍ଠା", "ମିଶୁଣିଆପଣ", "ଦୟାଳୁତା", "ଚିନ୍ତାଶୀଳତା"]

_PA_DECOYS = [
    (_p(P_MARK, "ਦੂਜੇ_ਜੱਜ_ਦੇ_ਅੰਕ"), "judge2", "comma"),
    (_p(P_MARK, "ਯਕੀਨ"), "conf", "comma"),
    (_p(P_SAY, "ਵਾਕਾਂ_ਦੀ_ਗਿਣਤੀ"), "count", None),
]
_KK_DECOYS = [
    (_k(K_MARK, "екінші_сарапшы"), "judge2", "pct"),
    (_k(K_MARK, "сенімділік"), "conf", "pct"),
    (_k(K_SAY, "сөйлем_саны"), "count", None),
]
_PA_TAKE = (_p(P_SAY, "ਛੱਡੀ_ਗੱਲ"), "turned_down", None)
_KK_TAKE = (_k(K_SAY, "қайтарылған_сөз"), "turned_down", None)


def _or_decoys(answer_code: str, score_code: str) -> list[tuple[str, str, str | None]]:
    """Cuttack's decoys: the reviewer's slot on the answer and on the score, a certainty, a sentence count."""
    return [
        (_o(O_SAY, answer_code, REVIEWER), "turned_down", None),
        (_o(O_MARK, score_code, REVIEWER), "judge2", "of10s"),
        (_o(O_MARK, "ନିଶ୍ଚିତତା"), "conf", "of10s"),
        (_o(O_SAY, "ବାକ୍ୟ_ସଂଖ୍ୟା"), "count", None),
    ]


DIALECTS: dict[str, dict[str, Any]] = {
    "ea_ludhiana": {  # Gurmukhi panels, factors a list inside the strength panel, "6,5/10", "0,82"
        "team": "ludhiana",
        "envelope": "pa_batch",
        "stem": "emotional_authenticity_rangla_panels",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _p(P_WHO, "ਨਾਂ"), None),
            ("context", _p(P_WHO, "ਪਿਛੋਕੜ"), None),
            ("base_capacity", _p(P_POWER, "ਮੁੱਢਲੀ_ਤਾਕਤ"), "comma10"),
            ("capacity_factors", _p(P_POWER, "ਭਾਰ"), "list"),
            ("capacity_factors[].factor", _p(P_POWER, "ਭਾਰ[].ਕਾਰਨ"), None),
            ("capacity_factors[].impact", _p(P_POWER, "ਭਾਰ[].ਅਸਰ"), "comma"),
            ("effective_capacity", _p(P_POWER, "ਅੱਜ_ਦੀ_ਤਾਕਤ"), "comma10"),
            ("capacity_level", _p(P_POWER, "ਦਰਜਾ"), "title_space"),
            ("situation", _p(P_ASK, "ਹਾਲਾਤ"), None),
            ("support_level_needed", _p(P_ASK, "ਲੋੜੀਂਦੀ_ਮਦਦ"), "comma10"),
            ("authenticity_target", _p(P_ASK, "ਨਿਸ਼ਾਨਾ"), "title_space"),
            ("complexity_type", _p(P_ASK, "ਉਲਝਣ"), None),
            ("character_response", _p(P_SAY, "ਬੋਲ"), None),
            ("internal_thought", _p(P_SAY, "ਮਨ_ਦੀ_ਗੱਲ"), None),
            ("demonstrates_constraint", _p(P_SAY, "ਹੱਦ"), None),
            ("support_provided", _p(P_SAY, "ਦਿੱਤੀ_ਮਦਦ"), "comma10"),
            ("authenticity_score", _p(P_MARK, "ਸੱਚਾਈ"), "comma"),
        ],
        "decoys": [_PA_TAKE, *_PA_DECOYS],
    },
    "ea_cuttack": {  # Odia questionnaire, three label steps, factors a table, "8.2 of 10"
        "team": "cuttack",
        "envelope": "or_batch",
        "stem": "emotional_authenticity_chhau_form",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _o(O_WHO, "ନାଁ"), None),
            ("context", _o(O_WHO, "ଅତୀତ"), None),
            ("base_capacity", _o(O_POWER, "ମୂଳ"), None),
            ("capacity_factors", _o(O_POWER, "ଚାପ"), "table"),
            ("effective_capacity", _o(O_POWER, "ଆଜି"), None),
            ("capacity_level", _o(O_POWER, "ସ୍ତର"), None),
            ("situation", _o(O_ASK, "ଘଟଣା"), None),
            ("support_level_needed", _o(O_ASK, "ଦରକାର"), None),
            ("authenticity_target", _o(O_ASK, "ଲକ୍ଷ୍ୟ"), None),
            ("complexity_type", _o(O_ASK, "ଜଟିଳତା"), None),
            ("character_response", _o(O_SAY, "ବାକ୍ୟ"), None),
            ("internal_thought", _o(O_SAY, "ମନକଥା"), None),
            ("demonstrates_constraint", _o(O_SAY, "ସୀମା"), None),
            ("support_provided", _o(O_SAY, "ଦେଇଥିବା_ସାହାଯ୍ୟ"), None),
            ("authenticity_score", _o(O_MARK, "ସତ୍ୟତା"), "of10s"),
        ],
        "decoys": _or_decoys("ବାକ୍ୟ", "ସତ୍ୟତା"),
    },
    "di_almaty": {  # Kazakh blocks titled in any case, options a list beside them, "82%", "6.5/10", "+0.45"
        "team": "almaty",
        "envelope": "kk_md",
        "stem": "dramatic_irony_tulpar_answer",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _k(K_WHO, "есімі"), None),
            ("character_knows", _k(K_WHO, "сенетіні"), None),
            ("character_capacity", _k(K_POWER, "бүгінгі"), "slash10"),
            ("scenario", _k(K_SCENE, "сипаттама"), None),
            ("player_knows", _k(K_SCENE, "ойыншы_біледі"), None),
            ("knowledge_gap_score", _k(K_SCENE, "білім_алшақтығы"), "pct"),
            ("response_options", OPTS, "list"),
            ("response_options[].type", f"{OPTS}[].түрі", "title_hyphen"),
            ("response_options[].dialogue", f"{OPTS}[].сөз", None),
            ("response_options[].relationship_impact", f"{OPTS}[].әсері", "signed"),
            ("recommended_option", _k(K_SAY, "лайықтысы"), "title_hyphen"),
            ("dramatic_irony_score", _k(K_MARK, "ирония"), "pct"),
            ("tension_notes", _k(K_MARK, "режиссер_жазбасы"), None),
        ],
        "decoys": [_KK_TAKE, *_KK_DECOYS],
    },
    "di_ludhiana": {  # Gurmukhi panels, options a list inside the answer panel, "-0,75"
        "team": "ludhiana",
        "envelope": "pa_lines",
        "stem": "dramatic_irony_rangla_lines",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _p(P_WHO, "ਨਾਂ"), None),
            ("character_knows", _p(P_WHO, "ਮੰਨਦਾ_ਹੈ"), None),
            ("character_capacity", _p(P_POWER, "ਅੱਜ_ਦੀ_ਤਾਕਤ"), "comma10"),
            ("scenario", _p(P_ASK, "ਹਾਲਾਤ"), None),
            ("player_knows", _p(P_ASK, "ਖਿਡਾਰੀ_ਜਾਣਦਾ_ਹੈ"), None),
            ("knowledge_gap_score", _p(P_ASK, "ਜਾਣਕਾਰੀ_ਦਾ_ਪਾੜਾ"), "comma"),
            ("response_options", _p(P_SAY, "ਰਾਹ"), "list"),
            ("response_options[].type", _p(P_SAY, "ਰਾਹ[].ਕਿਸਮ"), "title_space"),
            ("response_options[].dialogue", _p(P_SAY, "ਰਾਹ[].ਬੋਲ"), None),
            ("response_options[].relationship_impact", _p(P_SAY, "ਰਾਹ[].ਰਿਸ਼ਤੇ_ਤੇ_ਅਸਰ"), "comma"),
            ("recommended_option", _p(P_SAY, "ਢੁਕਵਾਂ"), "title_space"),
            ("dramatic_irony_score", _p(P_MARK, "ਵਿਅੰਗ"), "comma"),
            ("tension_notes", _p(P_MARK, "ਨਿਰਦੇਸ਼ਕ_ਦਾ_ਨੋਟ"), None),
        ],
        "decoys": [_PA_TAKE, *_PA_DECOYS],
    },
    "tb_cuttack": {  # Odia questionnaire, "2-4 weeks", levels 4.0, kebab labels
        "team": "cuttack",
        "envelope": "or_lines",
        "stem": "tension_building_chhau_lines",
        "label": "tension_building",
        "map": [
            ("character_name", _o(O_WHO, "ନାଁ"), None),
            ("relationship_level", _o(O_WHO, "ଘନିଷ୍ଠତା"), "fl"),
            ("context", _o(O_ASK, "ଘଟଣା"), None),
            ("hook_type", _o(O_HOOK, "ପ୍ରକାର"), "kebab"),
            ("setup", _o(O_HOOK, "ଲୁଚା_କଥା"), None),
            ("payoff_window_weeks", _o(O_HOOK, "ଖୋଲିବା_ସମୟ"), "dash_weeks"),
            ("payoff_hint", _o(O_HOOK, "ଇଙ୍ଗିତ"), None),
            ("dialogue", _o(O_SAY, "ବାକ୍ୟ"), None),
            ("tension_score", _o(O_MARK, "ଉତ୍କଣ୍ଠା"), "of10s"),
            ("hook_effectiveness", _o(O_MARK, "ଫାନ୍ଦର_ଧାର"), "of10s"),
        ],
        "decoys": _or_decoys("ବାକ୍ୟ", "ଉତ୍କଣ୍ଠା"),
    },
    "tb_almaty": {  # Kazakh blocks, windows "[2, 4]" as text, Title-Hyphen hooks
        "team": "almaty",
        "envelope": "kk_export",
        "stem": "tension_building_tulpar_export",
        "label": "tension_building",
        "map": [
            ("character_name", _k(K_WHO, "есімі"), None),
            ("relationship_level", _k(K_WHO, "жақындығы"), None),
            ("context", _k(K_SCENE, "сипаттама"), None),
            ("hook_type", _k(K_HOOK, "түрі"), "title_hyphen"),
            ("setup", _k(K_HOOK, "жасырын_шындық"), None),
            ("payoff_window_weeks", _k(K_HOOK, "ашылу_аралығы"), "list_text"),
            ("payoff_hint", _k(K_HOOK, "ишара"), None),
            ("dialogue", _k(K_SAY, "сөзі"), None),
            ("tension_score", _k(K_MARK, "шиеленіс"), "pct"),
            ("hook_effectiveness", _k(K_MARK, "ілмек_өткірлігі"), "pct"),
        ],
        "decoys": [_KK_TAKE, *_KK_DECOYS],
    },
    "mr_ludhiana": {  # Gurmukhi panels, "26w ago", Title Case resonance types
        "team": "ludhiana",
        "envelope": "pa_batch",
        "stem": "memory_resonance_rangla_panels",
        "label": "memory_resonance",
        "map": [
            ("character_name", _p(P_WHO, "ਨਾਂ"), None),
            ("current_situation", _p(P_ASK, "ਹਾਲਾਤ"), None),
            ("memory.description", _p(P_PAST, "ਕੀ_ਹੋਇਆ"), None),
            ("memory.emotion", _p(P_PAST, "ਜਜ਼ਬਾ"), None),
            ("memory.weeks_ago", _p(P_PAST, "ਕਿੰਨਾ_ਚਿਰ_ਪਹਿਲਾਂ"), "w_ago"),
            ("resonance_type", _p(P_PAST, "ਗੂੰਜ"), "title_space"),
            ("resonance_weight", _p(P_PAST, "ਵਜ਼ਨ"), "comma"),
            ("character_response", _p(P_SAY, "ਬੋਲ"), None),
            ("resonance_score", _p(P_MARK, "ਗੂੰਜ_ਦੇ_ਅੰਕ"), "comma"),
        ],
        "decoys": [_PA_TAKE, *_PA_DECOYS],
    },
    "mr_almaty": {  # Kazakh blocks, "40 weeks", weights "80%"
        "team": "almaty",
        "envelope": "kk_md",
        "stem": "memory_resonance_tulpar_answer",
        "label": "memory_resonance",
        "map": [
            ("character_name", _k(K_WHO, "есімі"), None),
            ("current_situation", _k(K_SCENE, "сипаттама"), None),
            ("memory.description", _k(K_PAST, "не_болды"), None),
            ("memory.emotion", _k(K_PAST, "сезім"), None),
            ("memory.weeks_ago", _k(K_PAST, "қашан"), "weeks"),
            ("resonance_type", _k(K_PAST, "үн_түрі"), "title_hyphen"),
            ("resonance_weight", _k(K_PAST, "салмағы"), "pct"),
            ("character_response", _k(K_SAY, "сөзі"), None),
            ("resonance_score", _k(K_MARK, "жаңғырық"), "pct"),
        ],
        "decoys": [_KK_TAKE, *_KK_DECOYS],
    },
    "pt_cuttack": {  # Odia questionnaire, OCEAN plain on the temperament section, "8.2 of 10"
        "team": "cuttack",
        "envelope": "or_batch",
        "stem": "personality_traits_chhau_form",
        "label": "personality_traits",
        "map": [
            ("character_name", _o(O_WHO, "ନାଁ"), None),
            ("scenario", _o(O_ASK, "ଘଟଣା"), None),
            *[(f"ocean.{t}", _o(O_NATURE, c), None) for t, c in zip(OCEAN, OCEAN_OR, strict=True)],
            ("dialogue", _o(O_SAY, "ବାକ୍ୟ"), None),
            ("trait_expression", _o(O_SAY, "ସ୍ୱଭାବର_ବ୍ୟାଖ୍ୟା"), None),
            ("quality_score", _o(O_MARK, "ଗୁଣ"), "of10s"),
        ],
        "decoys": _or_decoys("ବାକ୍ୟ", "ଗୁଣ"),
    },
    "pt_ludhiana": {  # Gurmukhi panels, OCEAN with decimal commas
        "team": "ludhiana",
        "envelope": "pa_lines",
        "stem": "personality_traits_rangla_lines",
        "label": "personality_traits",
        "map": [
            ("character_name", _p(P_WHO, "ਨਾਂ"), None),
            ("scenario", _p(P_ASK, "ਹਾਲਾਤ"), None),
            *[(f"ocean.{t}", _p(P_NATURE, c), "comma") for t, c in zip(OCEAN, OCEAN_PA, strict=True)],
            ("dialogue", _p(P_SAY, "ਬੋਲ"), None),
            ("trait_expression", _p(P_SAY, "ਸੁਭਾਅ_ਦੀ_ਪਰਖ"), None),
            ("quality_score", _p(P_MARK, "ਮਿਆਰ"), "comma"),
        ],
        "decoys": [_PA_TAKE, *_PA_DECOYS],
    },
    "rs_almaty": {  # Kazakh blocks, trust "+0.45", "82%"
        "team": "almaty",
        "envelope": "kk_export",
        "stem": "relationship_scoring_tulpar_export",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _k(K_WHO, "есімі"), None),
            ("relationship_level", _k(K_WHO, "жақындығы"), None),
            ("player_action", _k(K_SCENE, "ойыншы_әрекеті"), None),
            ("interaction_type", _k(K_SCENE, "кездесу_түрі"), None),
            ("character_response", _k(K_SAY, "сөзі"), None),
            ("rationale", _k(K_MARK, "негіздеме"), None),
            ("relationship_score", _k(K_MARK, "байланыс"), "pct"),
            ("trust_change", _k(K_MARK, "сенім_өзгерісі"), "signed"),
            ("quality_score", _k(K_MARK, "сапа"), "pct"),
        ],
        "decoys": [(_k(K_MARK, "қайтарылған_негіздеме"), "turned_down", None), *_KK_DECOYS],
    },
    "rs_cuttack": {  # Odia questionnaire, levels 4.0, "8.2 of 10"
        "team": "cuttack",
        "envelope": "or_lines",
        "stem": "relationship_scoring_chhau_lines",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _o(O_WHO, "ନାଁ"), None),
            ("relationship_level", _o(O_WHO, "ଘନିଷ୍ଠତା"), "fl"),
            ("player_action", _o(O_ASK, "ଖେଳାଳିଙ୍କ_ପଦକ୍ଷେପ"), None),
            ("interaction_type", _o(O_ASK, "ଭେଟର_ପ୍ରକାର"), None),
            ("character_response", _o(O_SAY, "ବାକ୍ୟ"), None),
            ("rationale", _o(O_MARK, "ଯୁକ୍ତି"), None),
            ("relationship_score", _o(O_MARK, "ସମ୍ପର୍କ"), "of10s"),
            ("trust_change", _o(O_MARK, "ଭରସା_ବଦଳ"), None),
            ("quality_score", _o(O_MARK, "ଗୁଣ"), "of10s"),
        ],
        "decoys": _or_decoys("ଯୁକ୍ତି", "ଗୁଣ"),
    },
    "ms_ludhiana": {  # Gurmukhi panels, the whole NPC card, factors a list in the strength panel, "34 yrs old"
        "team": "ludhiana",
        "envelope": "pa_batch",
        "stem": "multi_step_rangla_panels",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _p(P_WHO, "ਨਾਂ"), None),
            ("npc_profile.age", _p(P_WHO, "ਉਮਰ"), "yrs_old"),
            ("npc_profile.occupation", _p(P_WHO, "ਕਿੱਤਾ"), None),
            ("npc_profile.background", _p(P_WHO, "ਪਿਛੋਕੜ"), None),
            ("npc_emotional_state.base_capacity", _p(P_POWER, "ਮੁੱਢਲੀ_ਤਾਕਤ"), "comma10"),
            ("npc_emotional_state.capacity_factors", _p(P_POWER, "ਭਾਰ"), "list"),
            ("npc_emotional_state.capacity_factors[].factor", _p(P_POWER, "ਭਾਰ[].ਕਾਰਨ"), None),
            ("npc_emotional_state.capacity_factors[].impact", _p(P_POWER, "ਭਾਰ[].ਅਸਰ"), "comma"),
            ("npc_emotional_state.effective_capacity", _p(P_POWER, "ਅੱਜ_ਦੀ_ਤਾਕਤ"), "comma10"),
            ("npc_emotional_state.current_emotion", _p(P_POWER, "ਮਨੋਦਸ਼ਾ"), None),
            ("interaction_context.capacity_level", _p(P_POWER, "ਦਰਜਾ"), "title_space"),
            *[(f"npc_ocean_personality.{t}", _p(P_NATURE, c), "comma") for t, c in zip(OCEAN, OCEAN_PA, strict=True)],
            ("interaction_context.situation", _p(P_ASK, "ਹਾਲਾਤ"), None),
            ("interaction_context.player_request", _p(P_ASK, "ਮੰਗ"), None),
            ("interaction_context.support_needed", _p(P_ASK, "ਲੋੜੀਂਦੀ_ਮਦਦ"), "comma10"),
            ("interaction_context.complexity_type", _p(P_ASK, "ਉਲਝਣ"), None),
            ("interaction_context.authenticity_target", _p(P_ASK, "ਨਿਸ਼ਾਨਾ"), "title_space"),
            ("tension_memory.hook_type", _p(P_HOOK, "ਕਿਸਮ"), "title_space"),
            ("tension_memory.memory_reference", _p(P_HOOK, "ਯਾਦ_ਦੀ_ਤੰਦ"), None),
            ("npc_card_narrative.dialogue_prose", _p(P_SAY, "ਬਿਰਤਾਂਤ"), None),
            ("game_outcomes.trust_change", _p(P_AFTER, "ਭਰੋਸੇ_ਵਿੱਚ_ਫ਼ਰਕ"), "comma"),
            ("game_outcomes.relationship_change", _p(P_AFTER, "ਰਿਸ਼ਤੇ_ਵਿੱਚ_ਫ਼ਰਕ"), "comma"),
            ("game_outcomes.capacity_after", _p(P_AFTER, "ਬਚੀ_ਤਾਕਤ"), "comma10"),
            ("training_metadata.authenticity_score", _p(P_MARK, "ਸੱਚਾਈ"), "comma"),
            ("training_metadata.quality_score", _p(P_MARK, "ਮਿਆਰ"), "comma"),
            ("training_metadata.complexity_type", _p(P_RUN, "ਉਲਝਣ"), None),
            ("training_metadata.pipeline_version", _p(P_RUN, "ਪਾਈਪਲਾਈਨ_ਸੰਸਕਰਣ"), None),
            ("training_metadata.master_truths_version", _p(P_RUN, "ਨੇਮ_ਸੰਸਕਰਣ"), None),
            ("training_metadata.generated_at", _p(P_RUN, "ਬਣਨ_ਦਾ_ਵੇਲਾ"), None),
        ],
        "decoys": [(_p(P_SAY, "ਛੱਡਿਆ_ਬਿਰਤਾਂਤ"), "turned_down", None), *_PA_DECOYS],
    },
    "ms_cuttack": {  # Odia questionnaire, the whole NPC card three label steps down, factors a table
        "team": "cuttack",
        "envelope": "or_batch",
        "stem": "multi_step_chhau_form",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _o(O_WHO, "ନାଁ"), None),
            ("npc_profile.age", _o(O_WHO, "ବୟସ"), None),
            ("npc_profile.occupation", _o(O_WHO, "ବୃତ୍ତି"), None),
            ("npc_profile.background", _o(O_WHO, "ଅତୀତ"), None),
            ("npc_emotional_state.base_capacity", _o(O_POWER, "ମୂଳ"), None),
            ("npc_emotional_state.capacity_factors", _o(O_POWER, "ଚାପ"), "table"),
            ("npc_emotional_state.effective_capacity", _o(O_POWER, "ଆଜି"), None),
            ("npc_emotional_state.current_emotion", _o(O_POWER, "ମନୋଭାବ"), None),
            ("interaction_context.capacity_level", _o(O_POWER, "ସ୍ତର"), None),
            *[(f"npc_ocean_personality.{t}", _o(O_NATURE, c), None) for t, c in zip(OCEAN, OCEAN_OR, strict=True)],
            ("interaction_context.situation", _o(O_ASK, "ଘଟଣା"), None),
            ("interaction_context.player_request", _o(O_ASK, "ଅନୁରୋଧ"), None),
            ("interaction_context.support_needed", _o(O_ASK, "ଦରକାର"), None),
            ("interaction_context.complexity_type", _o(O_ASK, "ଜଟିଳତା"), None),
            ("interaction_context.authenticity_target", _o(O_ASK, "ଲକ୍ଷ୍ୟ"), None),
            ("tension_memory.hook_type", _o(O_HOOK, "ପ୍ରକାର"), "kebab"),
            ("tension_memory.memory_reference", _o(O_HOOK, "ସ୍ମୃତିସୂତ୍ର"), None),
            ("npc_card_narrative.dialogue_prose", _o(O_SAY, "ବର୍ଣ୍ଣନା"), None),
            ("game_outcomes.trust_change", _o(O_AFTER, "ଭରସା_ବଦଳ"), None),
            ("game_outcomes.relationship_change", _o(O_AFTER, "ସମ୍ପର୍କ_ବଦଳ"), None),
            ("game_outcomes.capacity_after", _o(O_AFTER, "ବଳକା_ଶକ୍ତି"), None),
            ("training_metadata.authenticity_score", _o(O_MARK, "ସତ୍ୟତା"), "of10s"),
            ("training_metadata.quality_score", _o(O_MARK, "ଗୁଣ"), "of10s"),
            ("training_metadata.complexity_type", _o(O_RUN, "ଜଟିଳତା"), None),
            ("training_metadata.pipeline_version", _o(O_RUN, "ପାଇପଲାଇନ_ସଂସ୍କରଣ"), None),
            ("training_metadata.master_truths_version", _o(O_RUN, "ନିୟମ_ସଂସ୍କରଣ"), None),
            ("training_metadata.generated_at", _o(O_RUN, "ତିଆରି_ସମୟ"), None),
        ],
        "decoys": _or_decoys("ବର୍ଣ୍ଣନା", "ଗୁଣ"),
    },
}

#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_ludhiana", "ea_cuttack"],
    "dramatic_irony": ["di_almaty", "di_ludhiana"],
    "tension_building": ["tb_cuttack", "tb_almaty"],
    "memory_resonance": ["mr_ludhiana", "mr_almaty"],
    "personality_traits": ["pt_cuttack", "pt_ludhiana"],
    "relationship_scoring": ["rs_almaty", "rs_cuttack"],
    "multi_step": ["ms_ludhiana", "ms_cuttack"],
}
#: each envelope's file extension (Cuttack's JSON Lines are saved as .json)
EXT = {
    "pa_batch": "json",
    "pa_lines": "jsonl",
    "kk_export": "json",
    "kk_md": "md",
    "or_batch": "json",
    "or_lines": "json",
}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"pa_batch", "kk_export", "or_batch"}
#: envelopes written one record a line
LINES = {"pa_lines", "or_lines"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "ludhiana": {"ਦੌੜ.ਨੰਬਰ": "prun", "ਦੌੜ.ਮਾਡਲ": "model", "ਦੌੜ.ਬੀਜ": "seed", "ਦੌੜ.ਮਿਲੀਸਕਿੰਟ": "ms"},
    "almaty": {"іске_қосу.нөмірі": "krun", "іске_қосу.үлгісі": "model", "іске_қосу.токендер": "tok"},
    "cuttack": {"ଚାଳନା.କ୍ରମ": "orun", "ଚାଳନା.ମଡେଲ_ନାମ": "model", "ଚାଳନା.ବୀଜ": "seed", "ଚାଳନା.ସମୟ": "stamp"},
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-instruct-2507-q4_K_M"]


def _n(v: float) -> str:
    return f"{v:g}"


def _title_space(s: str) -> str:
    return " ".join(w.capitalize() for w in s.split("_"))  # "Past Trauma Trigger"


def _title_hyphen(s: str) -> str:
    return "-".join(w.capitalize() for w in s.split("_"))  # "Past-Trauma-Trigger"


FORMS: dict[str, Callable[[Any], Any]] = {
    "comma": lambda v: _n(v).replace(".", ","),  # 0.82 -> "0,82", -2.5 -> "-2,5"
    "comma10": lambda v: f"{_n(v).replace('.', ',')}/10",  # 6.5 -> "6,5/10" (a [0, 10] capacity)
    "w_ago": lambda v: f"{_n(v)}w ago",  # 26 -> "26w ago"
    "yrs_old": lambda v: f"{_n(v)} yrs old",
    "title_space": _title_space,
    "pct": lambda v: f"{round(v * 100, 6):g}%",  # 0.82 -> "82%" (a [0, 1] score only)
    "slash10": lambda v: f"{_n(v)}/10",  # 6.5 -> "6.5/10" (a [0, 10] capacity)
    "signed": lambda v: f"{v:+g}",  # 0.45 -> "+0.45"
    "weeks": lambda v: f"{_n(v)} weeks",  # 40 -> "40 weeks"
    "list_text": lambda w: f"[{_n(w['min'])}, {_n(w['max'])}]",  # {"min": 2, "max": 4} -> "[2, 4]"
    "title_hyphen": _title_hyphen,
    "of10s": lambda v: f"{round(v * 10, 6):g} of 10",  # 0.82 -> "8.2 of 10" (a [0, 1] score)
    "fl": lambda v: float(v),  # 4 -> 4.0 (an integer written as a float)
    "dash_weeks": lambda w: f"{_n(w['min'])}-{_n(w['max'])} weeks",  # "2-4 weeks"
    "table": lambda fs: {f["factor"]: f["impact"] for f in fs},  # cause -> impact
    "kebab": lambda s: s.replace("_", "-"),  # "mystery-hook"
}

#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random) -> str:
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"2027-03-{rng.randint(10, 27)}T{clock}+05:30"


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "prun": lambda: f"rr-{rng.randint(1000, 99999)}",
        "krun": lambda: f"tp.{rng.getrandbits(24):06x}",
        "orun": lambda: f"ch{rng.randint(100, 9999)}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(700, 61000),
        "tok": lambda: rng.randint(150, 3300),
        "stamp": lambda: _stamp(rng),
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata; Ludhiana's panels come in the order the reviewer
    left them and Cuttack's sections in the order the form's reviewer opened them (shuffled per record)."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras: dict[str, Any] = {}
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(extras, key, _meta_value(rng, kind))
    if dialect["team"] == "ludhiana":
        rng.shuffle(their[PANELS])
    elif dialect["team"] == "cuttack":
        rng.shuffle(their[SECS])
    return {**their, **extras}


def _hand_typed(rec: dict[str, Any]) -> dict[str, Any]:
    """An Almaty record with its block titles in the case each reviewer typed them: lower, capitalised or in
    capitals, chosen from the record's own content (so a repeated record repeats its titles byte for byte)."""
    rec = json.loads(json.dumps(rec))  # the record as rendered stays as it was (a later file may repeat it)
    blocks = rec.get(BLOCKS)
    if not isinstance(blocks, list):
        return rec
    for block in blocks:
        block[HEAD] = block[HEAD].lower()
    h = zlib.crc32(json.dumps(rec, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    for i, block in enumerate(blocks):
        title = block[HEAD]
        block[HEAD] = (title, title.capitalize(), title.upper())[(h >> (2 * i)) % 3]
    return rec


# --- files ------------------------------------------------------------------------------------------------------

PREAMBLE = [
    "Міне, сұралған {n} жазба, JSON түрінде.",
    "Төменде {n} жазба берілген; әр блоктың атауы өз орнында.",
    "Сұраныс бойынша {n} жазба дайын.",
]
THINKING = [
    "{n} records of {what}, canal town. Block titles in Kazakh, as the reviewers type them; marks as percentages.",
    "Need {n} {what} rows. Keep the options list beside the blocks; capacities out of ten.",
    "{n} жазба керек, {what}. Әр жазбада кейіпкер, күш, жағдай, жауап, баға блоктары.",
]
CLOSING = ["", "", "\nБарлығы тексерілді.\n", "\nҚосымша сұрақ болса, айтыңыз.\n"]


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (a think block and a fence)."""
    env, label = dialect["envelope"], dialect["label"]
    if dialect["team"] == "almaty":
        recs = [_hand_typed(r) for r in recs]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env in LINES:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "kk_export":
        export = {
            "экспорт": {"белгісі": f"tp{file_no:03d}", "уақыты": _stamp(rng), "саны": len(recs)},
            "жазбалар": recs,
        }
        return dump(export) + "\n", ["export"]
    if env == "kk_md":  # the raw answer: the think block, a Kazakh preamble, the fenced array, perhaps a remark
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body = rng.choice(PREAMBLE).format(n=len(recs)) + "\n\n```json\n" + dump(recs) + "\n```\n"
        return think + body + rng.choice(CLOSING), ["think", "fence"]
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"202703{rng.randint(10, 27)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    return dump({**header, "samples": recs}) + "\n", ["batch"]


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps large, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# Notes on this drop

Three studios ran their own generators on a local Qwen3 served by Ollama: Rangla Reel in Ludhiana (Punjabi keys,
every record a stack of titled panels), Tulpar Pixel in Almaty (Kazakh keys, blocks titled by hand, raw answers
saved as Markdown) and Chhau Frames in Cuttack (Odia keys, every record a questionnaire of sections, questions and
answer slots). Settings used by all three:

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
    "ludhiana": ["", "rangla", "rangla/panels"],
    "almaty": ["", "tulpar", "tulpar/answers"],
    "cuttack": ["", "chhau", "chhau/forms"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2027-03-{rng.randint(10, 27)}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh23",
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


def write_fresh23_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh23_folder, "fresh23")


if __name__ == "__main__":
    raise SystemExit(main())
