"""A twenty-first held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh17's writer and manifest test were read; the machinery is the
shared tests/drift_machinery.py, the habits and the record contents are new): the seven data types and meanings of
curation/domain/spec.yaml, written by three studios nobody here has tuned on, set in a high-plateau salt-lake caravan
town (a felt yard, an eagle mews, a yak-hair rope walk, a hot-spring bathhouse, a radio relay mast, an ice road), each
with one set of habits for every type:

- Kamrateh Pixel, a Phnom Penh studio whose records live in its REST backend and are exported as JSON:API: every
  record a RESOURCE OBJECT `{"type": <data type>, "id": <content hash>, "attributes": {...}}` (in a `{"data": [...],
  "meta", "jsonapi"}` document, or one resource a line of JSON Lines), its attributes keyed in Khmer script
  (`តួអង្គ.ឈ្មោះ`, `ចម្លើយ.សម្ដី`, `សំណើ.ជំនួយ_ត្រូវការ`, `វាយតម្លៃ.ភាពពិត`), grouped as character / strength /
  request / answer / assessment; scores and capacities written "8.2 out of 10" ("6.5 out of 10" for a capacity), weeks
  as "26 wk", payoff windows "weeks 2-4", labels in sentence case with underscores ("Tone_deaf",
  "Past_trauma_trigger"), ages "34 yrs", capacity factors as texts with the signed impact in brackets and a
  typographic minus ("the felt rollers seized in the frost (−2.5)", "... (+1.5)");
- Lakpahana Studio, a Colombo team with Sinhala-script keys (`චරිතය.නම`, `පිළිතුර.කථනය`, `ලකුණු.සැබෑකම`) whose review
  tool keeps EVERY VALUE IN A CELL WITH ITS EDIT HISTORY: `{"අගය": value, "සංස්කරණය_කළේ": who last wrote it (a
  reviewer's login, the model, the grader bot), "වෙනස්_කළ_වේලාව": when, "අගුළු": whether the cell is locked}`, lists and
  objects boxed whole (`ශක්තිය.බලපෑම්.අගය[].හේතුව`, the memory `සිහිය.පැරණි_සිදුවීම.අගය.හැඟීම`); numbers plain, labels
  as ours; typed batches and JSON Lines;
- Tal Nutag Games, an Ulaanbaatar team with Mongolian Cyrillic keys (`дүр.нэр`, `хариу.үг`, `үнэлгээ.чанар`) whose
  export script groups records BY DATA TYPE in one object (`{"tension_building": [...]}`, a combined file), in .json
  files and in raw Qwen3 answers (a `<think>` block, a Mongolian preamble, a ```json fence holding that object,
  sometimes a closing remark); OCEAN as a LIST OF TRAIT READINGS PICKED BY THE TRAIT'S MONGOLIAN NAME
  (`зан_чанар[тэнхлэг=нээлттэй_байдал].утга`); scores as percentages without a space ("82%"), signed numbers with a
  typographic minus ("−0.45"), payoff windows "between 2 and 4 weeks", irony options as `{төрөл, хэлэх_үг,
  харилцааны_нөлөө}` items.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the abandoned take
(`ចម្លើយ.សម្ដី_បោះបង់`, `පිළිතුර.ඉවත_කළ_කථනය.අගය`, `хариу.хаясан_үг`), a second judge's mark in the score's own
form, a certainty on the same scale, a sentence count, run metadata (run ids, model tags, sampler seeds,
milliseconds, token counts, time stamps). Each data type has two prompt versions by two of the
studios; a seed writes one of them or both in one folder (one truth map holding both). Every truth line uses a
field_map form docs/interaction-formats.md documents (dotted paths, "[]", "[key=label]"; a JSON:API resource is read
as its attributes, a cell with notes as its value member), and values only in readings the docs list as lossless
("8.2 out of 10" in a score, "6.5 out of 10" in a capacity, "82%", "−0.45", "26 wk", "34 yrs", "weeks 2-4",
"between 2 and 4 weeks", "cause (−2.5)" factor texts, labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Ulaanbaatar answers with a `<think>` block and a ```json
fence and sometimes prose after it; a README of the drop (prose and a YAML fence) in some folders. A type may be
absent, hold 3-6 valid records, 22-34, or 92-116 over many files; a folder holds about 90-340 records; no two records
are alike in our fields unless one is a planted duplicate (a duplicate repeats its resource id too).

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "supplied 7 units of support",
"her support ran to 7", "extended 7 points of support", "her support settled at 7"), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh19_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh19.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh19.manifest.json)
"""

from __future__ import annotations

import hashlib
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
    path_steps,
    their_record,
    write_folder,
)
from drift_machinery import answer_path as _answer_path
from drift_machinery import answer_text as _answer_text
from drift_machinery import put as _put
from drift_machinery import truth_map as truth_map  # the manifest test reads the true map

# --- content pools (this writer's own: a high-plateau salt-lake caravan town, its felt yard and eagle mews) ---------

NAMES = [
    "Tsetsegmaa Orkhon",
    "Sophal Narin",
    "Dilrukshi Pemasiri",
    "Bolormaa Dashdorj",
    "Kanha Vuthy",
    "Nimali Ekanayake",
    "Temuulen Batbold",
    "Sreyneang Chhim",
    "Chaminda Wijeratne",
    "Oyunchimeg Tserendorj",
    "Piseth Mony",
    "Tharindu Gamage",
    "Altantsetseg Bayar",
    "Rathana Keo",
    "Sanduni Herath",
    "Munkhbat Ganzorig",
    "Kalyani Rupasinghe",
    "Vannak Sok",
]
JOBS = [
    "felt-yard fuller",
    "eagle-mews falconer",
    "yak-hair rope twister",
    "hot-spring bathhouse stoker",
    "relay-mast radio keeper",
    "salt-crust rake hand",
    "caravan camel farrier",
    "dung-fuel stacker",
    "prayer-flag block printer",
    "ice-road lorry mechanic",
    "mare's-milk fermenter",
    "plateau post-rider",
]
PLACES = [
    "the felt yard where wet wool steams on the rollers",
    "the eagle mews behind the customs post",
    "the rope walk along the windbreak wall",
    "the hot-spring bathhouse with its cracked tiles",
    "the radio relay mast humming above the lake",
    "the salt pans glaring under a white sky",
    "the caravanserai courtyard full of tethered camels",
    "the ice road where it leaves the frozen shore",
]
PRESSURES = [
    ("the felt rollers seized in the frost", -2.5),
    ("a hooded eagle refused the glove all week", -1.5),
    ("a rope order was cancelled by the salt company", -2.0),
    ("the bathhouse boiler cracked a second time", -3.0),
    ("a younger brother joined the lorry convoys south", -1.0),
    ("the relay mast lost power through a blizzard", -0.5),
    ("a buyer from the valley paid in advance for felt", 1.5),
    ("a thank-you parcel of dried apricots arrived", 1.0),
    ("the salt tax was doubled without warning", -2.0),
    ("a neighbour shovelled the whole yard clear overnight", 0.5),
]
ASKS = [
    "The player asks them to fly the old eagle one last time at the winter fair.",
    "The player needs a coil of rope strong enough to haul a lorry off the ice.",
    "The player wants them to keep the bathhouse fire going through a second night.",
    "The player asks them to relay a message the salt company must not hear.",
    "The player asks them to hide a runaway apprentice among the caravan drovers.",
    "The player needs ten felt blankets rolled before the ice road closes.",
    "The player wants them to tell the falconer's widow her bird has died.",
    "The player asks them to stand guarantor for a stranger's camel at the salt market.",
]
REPLIES = [
    "She’s sixteen winters, that bird. One cast at noon — if she sulks on the glove, we walk home.",
    "A lorry rope? I’ve a coil half-twisted. Come at lamp-lighting and we’ll see if it holds a yak first.",
    "Midnight. I’ll feed the firebox till midnight, then the cold has me as well as you.",
    "Not over the mast, not with company ears on it. I’ll carry the words myself at first light.",
    "No. Ask again and the mews door shuts on your nose — there’s nothing left in me this week.",
    "Ten? Then tie your hair back. We roll till the wool squeaks and the kettle gives up.",
    "The boy can bed down with the drovers one night. Tomorrow he’s some other caravan’s worry.",
    "Of all the frozen weeks to ask… Fine. A quiet word with the salt clerk, nothing louder.",
]
THOUGHTS = [
    "Turn them off and where do they go — the next felt door down, in this wind?",
    "They all thaw their hands at my boiler. Not one asks who carts the dung cakes in.",
    "My brother is out on that southern road; somebody ought to be kind to him, too.",
    "Why is it always the first snow that brings trouble up the pass?",
]
SECRETS = [
    "the salt company paid the customs chief to close the ice road early",
    "the eagle that died was poisoned by a rival falconer",
    "the relay mast blizzard outage was staged to hide a smuggling run",
    "their mentor sold the felt guild's dye recipe to a valley factory",
    "the caravan master is carrying stolen relay parts in his salt sacks",
    "their younger brother deserted the lorry convoy a month ago",
]
BELIEFS = [
    "the ice road closes early every year because of thin ice",
    "the eagle died of old age in the cold snap",
    "the relay mast failed because the wind snapped a cable",
    "their mentor guards the dye recipe with her life",
    "the caravan master hauls nothing but salt and tea",
    "their younger brother is driving the southern convoy",
]
TONE_DEAF = [
    "Ooh, did you hear there’s horse racing at the fair this winter?",
    "Customs forms. Wake me when the story gets a camel in it.",
    "Could we not talk salt companies while I’m dyeing? The vat hates gloom.",
    "Ice comes, ice goes. Sulking never thawed anything, my gran used to say.",
]
MISGUIDED = [
    "Sounds like a clerk smudged a ledger. Customs men aren’t crooks, surely.",
    "Have you tried bringing the chief a wheel of dried curd? Works wonders.",
    "Right, I’ll gallop to the company office and shout until someone listens.",
    "Frankly you’re lucky any caravan still bothers with this town.",
]
GROWTH = [
    "I don’t know what’s buried in this snow, but I’ll dig beside you. Where do we start?",
    "Something about this doesn’t add up, and I’d rather find out with you than without.",
    "That’s a heavy load. Should we make a plan, or do you just want company by the stove?",
    "I might not understand all of it yet — tell me anyway, and take your time.",
]
HOOK_LINES = [
    "Ice that thick doesn’t split by itself. I know whose pick it was… ask me after the thaw.",
    "After the fair, find me. I’ll show you whose seal is pressed into the closing order.",
    "She swears that eagle ate clean meat. The butcher’s book says a different thing. Curious, no?",
    "Once that caravan crosses the pass, those relay parts are gone for good — unless someone counts sacks.",
    "I keep a second customs ledger in my saddlebag. Its ink hasn’t been dry a month.",
    "The wind took the mast down, you say? Hold on to that story a little longer.",
]
SECRET_SETUPS = [
    "The ice road was cut on purpose so the salt would have to go by company lorry.",
    "The closing order was signed by the customs chief in exchange for a house in the valley.",
    "The eagle was fed poisoned meat by the rival falconer to win the fair's purse.",
    "The caravan master has already packed the stolen relay parts under the salt.",
    "The second ledger records the bribes the salt company paid at the customs post.",
    "The mast was switched off by the smugglers' own radio keeper during the run.",
]
HINTS = [
    "A clean pick mark in ice that should have split along its seams.",
    "A new stone house in the valley paid for in cash by the chief's cousin.",
    "A rival falconer buying rat bait at the market the week before.",
    "A salt sack far too heavy for the weight on its tag.",
    "Payments in the ledger that match the company's missing cash.",
    "Fresh boot prints in the snow around the mast's switch hut.",
]
NOW = [
    "The player hums a long-song while curry-combing a camel.",
    "A prayer flag tears loose and skims away over the frozen lake.",
    "Sleet hammers the bathhouse skylight.",
    "The fermenting shed reeks of soured milk and juniper smoke.",
    "The player holds up a creased photograph of the first relay crew.",
    "Across the courtyard someone calls out a name in their grandfather’s exact voice.",
]
PAST = [
    "their grandfather singing long-songs while braiding halters",
    "the dzud winter when half the herd froze standing",
    "riding a sister to the boarding school before she left for the capital",
    "their first night alone keeping the relay mast alive",
    "a wedding at the caravanserai that ended in a brawl over a horse",
    "nursing a feverish cousin through a week of white-out",
]
EMOTIONS = [
    "frost-bitten tenderness",
    "sleepy gratitude",
    "burning embarrassment",
    "secret delight",
    "slow-rising fear",
    "thawing relief",
    "steppe-wide longing",
]
RECALL = [
    "That long-song… he sang it over the halters. Not once since we carried him up the hill.",
    "Sleet on glass, and I’m nine again, in the dzud, counting which of the herd still stands.",
    "Flags always escaped her — she tied them loose on purpose, to watch them run.",
    "The first nights at the mast I barely breathed. Now its hum is almost a friend.",
    "You said that name just like he used to. Give me a moment, sorry.",
    "I kept a vigil like this once, and promised myself never again.",
]
SCENES = [
    "A fur trader shoves ahead in the line for the hot springs.",
    "The player forgets it is the character’s name day.",
    "A blizzard shuts down the winter fair.",
    "A workmate claims the credit for restarting the relay mast.",
    "The player asks them to dance in the caravanserai courtyard.",
    "A telegram from the capital brings bad news.",
]
TRAIT_LINES = [
    "Ah well — there’s a later soak at seven, and the water’s hotter then anyway.",
    "Here’s my list: five steps, numbered. Step one begins at ten to six, not a minute after.",
    "Dance? Right now? Hold my hat, I’m fetching the horse-head fiddle!",
    "It doesn’t matter. Really, it’s nothing — please don’t make a thing of it.",
    "A whole blizzard, just for my day off. Naturally. Why would anything go right?",
    "A queue-jumper with a sable hat… I wonder where he’s come from, and where he’s rushing to.",
]
EXPRESS = [
    "Agreeableness and a steady temper turn the slight into a shrug.",
    "Conscientiousness shows in the numbered list and the exact minute.",
    "Extraversion jumps at the invitation before it is finished.",
    "Low assertiveness and anxious agreeableness wave the hurt away.",
    "Neuroticism reads the storm as a personal verdict.",
]
ACTIONS = [
    "The player brings salted milk tea while they shiver through plateau fever.",
    "The player never shows up for the meeting they promised at the relay mast.",
    "The player helps them drag a frozen lorry off the ice road.",
    "The player opens and reads their private telegrams.",
    "The player apologises for a sharp word said at the salt market.",
    "The player jokes about their huge felt boots.",
]
RETORTS = [
    "Salted, too. Nobody ever remembers the salt.",
    "Two hours I stood at that mast. Two hours, in that wind.",
    "My shoulders will ache for a week — worth it, though. Thank you.",
    "Those were mine. Put them down and go.",
    "Apology accepted. Let’s leave it at the market.",
    "Says the one in a summer cap during a white-out!",
]
WHYS = [
    "Tending someone through illness builds trust; the warm reply shows the care landed.",
    "A missed appointment chips at trust; the short reply carries hurt rather than rage.",
    "Hard physical help in a crisis earns steady goodwill and a modest rise in trust.",
    "Reading private telegrams breaches a boundary; the reply ends the conversation outright.",
    "A sincere apology repairs some trust without pretending nothing happened.",
    "Teasing between settled friends lands as affection, so trust edges up.",
]
PROSE = [
    "Tsetsegmaa blows on her cracked knuckles, eyes on the stove. “The boy can stay. That’s all I have tonight.”",
    "He agrees to everything far too quickly, laughing, and only goes silent once the felt flap drops behind you.",
    "She listens without a word, nods once, and chalks a name onto the underside of the felt.",
    "The stoker shakes her head. “After the fair. Right now I’d only make it worse for you.”",
    "Piseth creases the telegram into thirds and pushes it back across the stove. “Not tonight. Forgive me.”",
]
MEMREF = [
    "the dzud winter when half the herd froze standing",
    "a promise made on the relay mast ladder",
    "the spring the ice road swallowed a lorry",
    "their first week at the felt rollers",
    "a photograph pinned up in the caravanserai kitchen",
]
TENSION_NOTES = [
    "Keep the customs bribes offstage; nothing is revealed here.",
    "Let the gap sting; the character must stay oblivious throughout.",
]
UNKNOWN_COMPLEXITY = ["frost_weariness", "felt_pride", "blizzard_panic", "customs_bluster"]
UNKNOWN_HOOKS = ["thaw_tease", "mast_static", "loose_flag"]
UNKNOWN_RESONANCE = ["sleet_echo", "smoke_glow", "hoofbeat_ache"]
UNKNOWN_OPTIONS = ["brushed_off", "talking_around", "grousing"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "over" if need > x2 else "under"
    return f"With {eff:g} left in the tank the ceiling sits at {x2:g}; this request wants {need:g}, {side} it."


#: this family's town, drawn by the shared record makers (tests/drift_machinery.py): its pools above, its sentences
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="The {job}, working {place}, ground down since {factor}.",
    character_knows="The character is sure {belief}.",
    irony_scenario="At {place}, talk turns to the company surveyors seen crossing the salt.",
    tension_context="{Place}, the last caravan gone over the pass; the player stays behind.",
    memory_description="Thinking back to {past}, long before the relay mast went up.",
    multi_background="Raised in a felt tent on the plateau and never left; boards near {place}.",
    multi_situation="{name} is banking the stove for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a turned-down answer beside the final one is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs, units and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Worn out as she was, she supplied {g} units of support before the caravan left.",
    "That night her support ran to {g}, cracked hands and all.",
    "He extended {g} points of support anyway, and slept a whole day after.",
    "When the blizzard lifted, her support settled at {g}, drawn from an empty well.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["solid", "meh", "decent", "shaky"]

#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. Colombo's paths end in
# its cell's value member (BOX); its notes are added beside every value (see _with_extras). Ulaanbaatar's OCEAN is a
# list of trait readings picked by the trait's name ("[тэнхлэг=...]").

#: the value member of a Colombo cell, and the notes the tool keeps beside it
BOX = "අගය"
NOTE_BY, NOTE_AT, NOTE_LOCKED = "සංස්කරණය_කළේ", "වෙනස්_කළ_වේලාව", "අගුළු"

OCEAN_KM = ["ភាពបើកចំហ", "ភាពប្រុងប្រយ័ត្ន", "ភាពរួសរាយ", "ភាពសប្បុរស", "ភាពញាប់ញ័រ"]
OCEAN_SI = ["විවෘතබව", "හෘදසාක්ෂිය", "බහිර්මුඛතාව", "සුහදබව", "කලබලකාරීබව"]
OCEAN_MN = ["нээлттэй_байдал", "ухамсартай_байдал", "гадагшаа_чиглэл", "эелдэг_байдал", "сэтгэлийн_хөдлөл"]

_KM_DECOYS = [
    ("វាយតម្លៃ.អ្នកវាយទីពីរ", "judge2", "outof10"),
    ("វាយតម្លៃ.ទំនុកចិត្ត", "conf", "outof10"),
    ("ចម្លើយ.ចំនួនប្រយោគ", "count", None),
]
_SI_DECOYS = [
    (f"ලකුණු.දෙවන_විනිසුරු.{BOX}", "judge2", None),
    (f"ලකුණු.විනිසුරුගේ_විශ්වාසය.{BOX}", "conf", None),
    (f"පිළිතුර.වාක්ය_ගණන.{BOX}", "count", None),
]
_MN_DECOYS = [
    ("үнэлгээ.хоёрдахь_шүүгч", "judge2", "pct"),
    ("үнэлгээ.итгэл", "conf", "pct"),
    ("хариу.өгүүлбэрийн_тоо", "count", None),
]


def _si(group: str, word: str) -> str:
    """A Colombo path: the cell's value member under group.word."""
    return f"{group}.{word}.{BOX}"


DIALECTS: dict[str, dict[str, Any]] = {
    "ea_phnompenh": {  # Khmer attributes of a JSON:API resource, "out of 10", bracketed factor texts
        "team": "phnompenh",
        "envelope": "km_api",
        "stem": "emotional_authenticity_kamrateh_export",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "តួអង្គ.ឈ្មោះ", None),
            ("context", "តួអង្គ.បរិបទ", None),
            ("base_capacity", "កម្លាំង.ធម្មតា", "outof10cap"),
            ("capacity_factors", "កម្លាំង.កត្តា", "paren"),
            ("effective_capacity", "កម្លាំង.ថ្ងៃនេះ", "outof10cap"),
            ("capacity_level", "កម្លាំង.កម្រិត", "sentsnake"),
            ("situation", "សំណើ.ស្ថានភាព", None),
            ("support_level_needed", "សំណើ.ជំនួយ_ត្រូវការ", "outof10cap"),
            ("authenticity_target", "សំណើ.គោលដៅ", "sentsnake"),
            ("complexity_type", "សំណើ.ភាពស្មុគស្មាញ", "sentsnake"),
            ("character_response", "ចម្លើយ.សម្ដី", None),
            ("internal_thought", "ចម្លើយ.គំនិតក្នុងចិត្ត", None),
            ("demonstrates_constraint", "ចម្លើយ.ដែនកំណត់", None),
            ("support_provided", "ចម្លើយ.ជំនួយ_ពិតប្រាកដ", "outof10cap"),
            ("authenticity_score", "វាយតម្លៃ.ភាពពិត", "outof10"),
        ],
        "decoys": [("ចម្លើយ.សម្ដី_បោះបង់", "turned_down", None), *_KM_DECOYS],
    },
    "ea_colombo": {  # Sinhala keys, every value a cell with notes, factors as boxed items
        "team": "colombo",
        "envelope": "si_batch",
        "stem": "emotional_authenticity_lakpahana_batch",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _si("චරිතය", "නම"), None),
            ("context", _si("චරිතය", "විස්තරය"), None),
            ("base_capacity", _si("ශක්තිය", "මූලික"), None),
            ("capacity_factors", _si("ශක්තිය", "බලපෑම්"), "list"),
            ("capacity_factors[].factor", f"{_si('ශක්තිය', 'බලපෑම්')}[].හේතුව", None),
            ("capacity_factors[].impact", f"{_si('ශක්තිය', 'බලපෑම්')}[].වෙනස", None),
            ("effective_capacity", _si("ශක්තිය", "දැන්"), None),
            ("capacity_level", _si("ශක්තිය", "මට්ටම"), None),
            ("situation", _si("ඉල්ලීම", "තත්වය"), None),
            ("support_level_needed", _si("ඉල්ලීම", "උදව්_ඕනෑ"), None),
            ("authenticity_target", _si("ඉල්ලීම", "ඉලක්කය"), None),
            ("complexity_type", _si("ඉල්ලීම", "සංකීර්ණත්වය"), None),
            ("character_response", _si("පිළිතුර", "කථනය"), None),
            ("internal_thought", _si("පිළිතුර", "සිතුවිල්ල"), None),
            ("demonstrates_constraint", _si("පිළිතුර", "සීමාව"), None),
            ("support_provided", _si("පිළිතුර", "දුන්_උදව්"), None),
            ("authenticity_score", _si("ලකුණු", "සැබෑකම"), None),
        ],
        "decoys": [(_si("පිළිතුර", "ඉවත_කළ_කථනය"), "turned_down", None), *_SI_DECOYS],
    },
    "di_ulaanbaatar": {  # Mongolian keys, options as items, "82%", typographic minus
        "team": "ulaanbaatar",
        "envelope": "mn_md",
        "stem": "dramatic_irony_talnutag_answer",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "дүр.нэр", None),
            ("character_capacity", "дүр.үлдсэн_хүч", None),
            ("character_knows", "дүр.итгэдэг_зүйл", None),
            ("recommended_option", "дүр.зохих_хариулт", None),
            ("scenario", "тайз", None),
            ("player_knows", "тоглогч.мэддэг_зүйл", None),
            ("knowledge_gap_score", "тоглогч.мэдлэгийн_зөрүү", "pct"),
            ("response_options", "хувилбарууд", "list"),
            ("response_options[].type", "хувилбарууд[].төрөл", None),
            ("response_options[].dialogue", "хувилбарууд[].хэлэх_үг", None),
            ("response_options[].relationship_impact", "хувилбарууд[].харилцааны_нөлөө", "minus"),
            ("dramatic_irony_score", "үнэлгээ.элэглэлийн_хурц", "pct"),
            ("tension_notes", "үнэлгээ.найруулагчийн_тэмдэглэл", None),
        ],
        "decoys": [("хариу.хаясан_үг", "turned_down", None), *_MN_DECOYS],
    },
    "di_colombo": {  # Sinhala cells, options boxed whole
        "team": "colombo",
        "envelope": "jsonl",
        "stem": "dramatic_irony_lakpahana",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _si("චරිතය", "නම"), None),
            ("character_capacity", _si("චරිතය", "ඉතිරි_ශක්තිය"), None),
            ("character_knows", _si("චරිතය", "විශ්වාස_කරන_දේ"), None),
            ("recommended_option", _si("චරිතය", "ගැළපෙන_විකල්පය"), None),
            ("scenario", _si("දර්ශනය", "පසුතලය"), None),
            ("player_knows", _si("ක්රීඩකයා", "දන්නා_දේ"), None),
            ("knowledge_gap_score", _si("ක්රීඩකයා", "දැනුම්_පරතරය"), None),
            ("response_options", _si("පිළිතුර", "විකල්ප"), "list"),
            ("response_options[].type", f"{_si('පිළිතුර', 'විකල්ප')}[].වර්ගය", None),
            ("response_options[].dialogue", f"{_si('පිළිතුර', 'විකල්ප')}[].වදන", None),
            ("response_options[].relationship_impact", f"{_si('පිළිතුර', 'විකල්ප')}[].සබඳතා_වෙනස", None),
            ("dramatic_irony_score", _si("ලකුණු", "උත්ප්රාසය"), None),
            ("tension_notes", _si("ලකුණු", "අධ්යක්ෂ_සටහන"), None),
        ],
        "decoys": [(_si("පිළිතුර", "ඉවත_කළ_කථනය"), "turned_down", None), *_SI_DECOYS],
    },
    "tb_phnompenh": {  # Khmer resources a line, "weeks 2-4", Title-Hyphen hooks
        "team": "phnompenh",
        "envelope": "km_lines",
        "stem": "tension_building_kamrateh_resources",
        "label": "tension_building",
        "map": [
            ("character_name", "តួអង្គ.ឈ្មោះ", None),
            ("relationship_level", "តួអង្គ.កម្រិតស្និទ្ធស្នាល", None),
            ("context", "សំណើ.ស្ថានភាព", None),
            ("hook_type", "ទំពក់.ប្រភេទ", "sentsnake"),
            ("setup", "ទំពក់.អាថ៌កំបាំង", None),
            ("payoff_window_weeks", "ទំពក់.សប្ដាហ៍បើកបង្ហាញ", "weeks_span"),
            ("payoff_hint", "ទំពក់.តម្រុយ", None),
            ("dialogue", "ចម្លើយ.សម្ដី", None),
            ("tension_score", "វាយតម្លៃ.ភាពតានតឹង", "outof10"),
            ("hook_effectiveness", "វាយតម្លៃ.កម្លាំងទំពក់", "outof10"),
        ],
        "decoys": [("ចម្លើយ.សម្ដី_បោះបង់", "turned_down", None), *_KM_DECOYS],
    },
    "tb_ulaanbaatar": {  # Mongolian keys in a combined file, "between 2 and 4 weeks"
        "team": "ulaanbaatar",
        "envelope": "mn_combined",
        "stem": "tension_building_combined_v1.2_talnutag",
        "label": "tension_building",
        "map": [
            ("character_name", "дүр.нэр", None),
            ("relationship_level", "дүр.дотно_зэрэг", None),
            ("context", "тайз", None),
            ("hook_type", "дэгээ.төрөл", None),
            ("setup", "дэгээ.нуусан_үнэн", None),
            ("payoff_window_weeks", "дэгээ.илрэх_долоо_хоног", "between"),
            ("payoff_hint", "дэгээ.сэжүүр", None),
            ("dialogue", "хариу.үг", None),
            ("tension_score", "үнэлгээ.сэтгэл_хөдөлгөм", "pct"),
            ("hook_effectiveness", "үнэлгээ.дэгээний_хүч", "pct"),
        ],
        "decoys": [("хариу.хаясан_үг", "turned_down", None), *_MN_DECOYS],
    },
    "mr_colombo": {  # Sinhala cells, the memory boxed whole, weeks plain
        "team": "colombo",
        "envelope": "si_batch",
        "stem": "memory_resonance_lakpahana_batch",
        "label": "memory_resonance",
        "map": [
            ("character_name", _si("චරිතය", "නම"), None),
            ("current_situation", _si("දර්ශනය", "දැන්_සිදුවන්නේ"), None),
            ("memory.description", f"{_si('සිහිය', 'පැරණි_සිදුවීම')}.සිදුවූ_දේ", None),
            ("memory.emotion", f"{_si('සිහිය', 'පැරණි_සිදුවීම')}.හැඟීම", None),
            ("memory.weeks_ago", f"{_si('සිහිය', 'පැරණි_සිදුවීම')}.සති_ගණනකට_පෙර", None),
            ("resonance_type", _si("සිහිය", "දෝංකාර_වර්ගය"), None),
            ("resonance_weight", _si("සිහිය", "බර"), None),
            ("character_response", _si("පිළිතුර", "කථනය"), None),
            ("resonance_score", _si("ලකුණු", "දෝංකාරය"), None),
        ],
        "decoys": [(_si("පිළිතුර", "ඉවත_කළ_කථනය"), "turned_down", None), *_SI_DECOYS],
    },
    "mr_phnompenh": {  # Khmer attributes, weeks "26w", Title-Hyphen types
        "team": "phnompenh",
        "envelope": "km_api",
        "stem": "memory_resonance_kamrateh_export",
        "label": "memory_resonance",
        "map": [
            ("character_name", "តួអង្គ.ឈ្មោះ", None),
            ("current_situation", "សំណើ.ស្ថានភាព", None),
            ("memory.description", "អនុស្សាវរីយ៍.រឿងរ៉ាវ", None),
            ("memory.emotion", "អនុស្សាវរីយ៍.អារម្មណ៍", None),
            ("memory.weeks_ago", "អនុស្សាវរីយ៍.មុននេះ", "wk"),
            ("resonance_type", "អនុស្សាវរីយ៍.ប្រភេទបន្លឺ", "sentsnake"),
            ("resonance_weight", "អនុស្សាវរីយ៍.ទម្ងន់", None),
            ("character_response", "ចម្លើយ.សម្ដី", None),
            ("resonance_score", "វាយតម្លៃ.ការបន្លឺ", "outof10"),
        ],
        "decoys": [("ចម្លើយ.សម្ដី_បោះបង់", "turned_down", None), *_KM_DECOYS],
    },
    "pt_ulaanbaatar": {  # Mongolian keys, OCEAN as trait readings picked by name
        "team": "ulaanbaatar",
        "envelope": "mn_combined",
        "stem": "personality_traits_combined_v1.2_talnutag",
        "label": "personality_traits",
        "map": [
            ("character_name", "дүр.нэр", None),
            ("scenario", "тайз", None),
            *[(f"ocean.{t}", f"зан_чанар[тэнхлэг={c}].утга", None) for t, c in zip(OCEAN, OCEAN_MN, strict=True)],
            ("dialogue", "хариу.үг", None),
            ("trait_expression", "хариу.зан_тайлбар", None),
            ("quality_score", "үнэлгээ.чанар", "pct"),
        ],
        "decoys": [("хариу.хаясан_үг", "turned_down", None), *_MN_DECOYS],
    },
    "pt_phnompenh": {  # Khmer resources a line, OCEAN as a group
        "team": "phnompenh",
        "envelope": "km_lines",
        "stem": "personality_traits_kamrateh_resources",
        "label": "personality_traits",
        "map": [
            ("character_name", "តួអង្គ.ឈ្មោះ", None),
            ("scenario", "សំណើ.ស្ថានភាព", None),
            *[(f"ocean.{t}", f"តួអង្គ.ចរិត.{c}", None) for t, c in zip(OCEAN, OCEAN_KM, strict=True)],
            ("dialogue", "ចម្លើយ.សម្ដី", None),
            ("trait_expression", "ចម្លើយ.ការបង្ហាញចរិត", None),
            ("quality_score", "វាយតម្លៃ.គុណភាព", "outof10"),
        ],
        "decoys": [("ចម្លើយ.សម្ដី_បោះបង់", "turned_down", None), *_KM_DECOYS],
    },
    "rs_colombo": {  # Sinhala cells
        "team": "colombo",
        "envelope": "jsonl",
        "stem": "relationship_scoring_lakpahana",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _si("චරිතය", "නම"), None),
            ("relationship_level", _si("චරිතය", "සමීපත්වය"), None),
            ("interaction_type", _si("හමුව", "ස්වභාවය"), None),
            ("player_action", _si("හමුව", "ක්රීඩක_ක්රියාව"), None),
            ("character_response", _si("හමුව", "චරිතයේ_උත්තරය"), None),
            ("rationale", _si("පිළිතුර", "හේතු_දැක්වීම"), None),
            ("relationship_score", _si("ලකුණු", "සබඳතා_ශක්තිය"), None),
            ("trust_change", _si("ලකුණු", "විශ්වාස_වෙනස"), None),
            ("quality_score", _si("ලකුණු", "ගුණාත්මකභාවය"), None),
        ],
        "decoys": [(_si("පිළිතුර", "ඉවත_කළ_හේතුව"), "turned_down", None), *_SI_DECOYS],
    },
    "rs_ulaanbaatar": {  # Mongolian keys in a Qwen3 answer, typographic minus
        "team": "ulaanbaatar",
        "envelope": "mn_md",
        "stem": "relationship_scoring_talnutag_answer",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "дүр.нэр", None),
            ("relationship_level", "дүр.дотно_зэрэг", None),
            ("interaction_type", "уулзалт.хэлбэр", None),
            ("player_action", "уулзалт.тоглогчийн_үйлдэл", None),
            ("character_response", "уулзалт.дүрийн_хэлсэн", None),
            ("rationale", "хариу.үндэслэл", None),
            ("relationship_score", "үнэлгээ.харилцааны_бат", "pct"),
            ("trust_change", "үнэлгээ.итгэлцлийн_шилжилт", "minus"),
            ("quality_score", "үнэлгээ.чанар", "pct"),
        ],
        "decoys": [("хариу.хаясан_үндэслэл", "turned_down", None), *_MN_DECOYS],
    },
    "ms_phnompenh": {  # Khmer attributes, the whole NPC card
        "team": "phnompenh",
        "envelope": "km_api",
        "stem": "multi_step_kamrateh_export",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "តួអង្គ.ឈ្មោះ", None),
            ("npc_profile.age", "តួអង្គ.អាយុ", "yrs"),
            ("npc_profile.occupation", "តួអង្គ.មុខរបរ", None),
            ("npc_profile.background", "តួអង្គ.ប្រវត្តិ", None),
            ("npc_emotional_state.base_capacity", "កម្លាំង.ធម្មតា", "outof10cap"),
            ("npc_emotional_state.capacity_factors", "កម្លាំង.កត្តា", "paren"),
            ("npc_emotional_state.effective_capacity", "កម្លាំង.ថ្ងៃនេះ", "outof10cap"),
            ("npc_emotional_state.current_emotion", "កម្លាំង.អារម្មណ៍", None),
            *[(f"npc_ocean_personality.{t}", f"តួអង្គ.ចរិត.{c}", None) for t, c in zip(OCEAN, OCEAN_KM, strict=True)],
            ("interaction_context.situation", "សំណើ.ស្ថានភាព", None),
            ("interaction_context.player_request", "សំណើ.ពាក្យសុំ", None),
            ("interaction_context.support_needed", "សំណើ.ជំនួយ_ត្រូវការ", "outof10cap"),
            ("interaction_context.complexity_type", "សំណើ.ភាពស្មុគស្មាញ", "sentsnake"),
            ("interaction_context.authenticity_target", "សំណើ.គោលដៅ", "sentsnake"),
            ("interaction_context.capacity_level", "កម្លាំង.កម្រិត", "sentsnake"),
            ("tension_memory.hook_type", "ទំពក់.ប្រភេទ", "sentsnake"),
            ("tension_memory.memory_reference", "ទំពក់.អនុស្សាវរីយ៍", None),
            ("npc_card_narrative.dialogue_prose", "ចម្លើយ.និទានកថា", None),
            ("game_outcomes.trust_change", "លទ្ធផល.ការទុកចិត្ត", None),
            ("game_outcomes.relationship_change", "លទ្ធផល.ទំនាក់ទំនង", None),
            ("game_outcomes.capacity_after", "លទ្ធផល.កម្លាំងនៅសល់", "outof10cap"),
            ("training_metadata.authenticity_score", "វាយតម្លៃ.ភាពពិត", "outof10"),
            ("training_metadata.quality_score", "វាយតម្លៃ.គុណភាព", "outof10"),
            ("training_metadata.complexity_type", "ដំណើរការ.ភាពស្មុគស្មាញ", None),
            ("training_metadata.pipeline_version", "ដំណើរការ.កំណែបំពង់", None),
            ("training_metadata.master_truths_version", "ដំណើរការ.កំណែច្បាប់", None),
            ("training_metadata.generated_at", "ដំណើរការ.ពេលបង្កើត", None),
        ],
        "decoys": [("ចម្លើយ.និទានកថា_បោះបង់", "turned_down", None), *_KM_DECOYS],
    },
    "ms_colombo": {  # Sinhala cells, the whole NPC card
        "team": "colombo",
        "envelope": "si_batch",
        "stem": "multi_step_lakpahana_batch",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _si("චරිතය", "නම"), None),
            ("npc_profile.age", _si("චරිතය", "වයස"), None),
            ("npc_profile.occupation", _si("චරිතය", "රැකියාව"), None),
            ("npc_profile.background", _si("චරිතය", "පසුබිම"), None),
            ("npc_emotional_state.base_capacity", _si("ශක්තිය", "මූලික"), None),
            ("npc_emotional_state.capacity_factors", _si("ශක්තිය", "බලපෑම්"), "list"),
            ("npc_emotional_state.capacity_factors[].factor", f"{_si('ශක්තිය', 'බලපෑම්')}[].හේතුව", None),
            ("npc_emotional_state.capacity_factors[].impact", f"{_si('ශක්තිය', 'බලපෑම්')}[].වෙනස", None),
            ("npc_emotional_state.effective_capacity", _si("ශක්තිය", "දැන්"), None),
            ("npc_emotional_state.current_emotion", _si("ශක්තිය", "මනෝභාවය"), None),
            *[(f"npc_ocean_personality.{t}", _si("පෞරුෂය", c), None) for t, c in zip(OCEAN, OCEAN_SI, strict=True)],
            ("interaction_context.situation", _si("ඉල්ලීම", "තත්වය"), None),
            ("interaction_context.player_request", _si("ඉල්ලීම", "කරුණාකර"), None),
            ("interaction_context.support_needed", _si("ඉල්ලීම", "උදව්_ඕනෑ"), None),
            ("interaction_context.complexity_type", _si("ඉල්ලීම", "සංකීර්ණත්වය"), None),
            ("interaction_context.authenticity_target", _si("ඉල්ලීම", "ඉලක්කය"), None),
            ("interaction_context.capacity_level", _si("ශක්තිය", "මට්ටම"), None),
            ("tension_memory.hook_type", _si("කොක්ක", "වර්ගය"), None),
            ("tension_memory.memory_reference", _si("කොක්ක", "මතක_සටහන"), None),
            ("npc_card_narrative.dialogue_prose", _si("පිළිතුර", "කතාන්දරය"), None),
            ("game_outcomes.trust_change", _si("ප්රතිඵල", "විශ්වාසය_වෙනස්වීම"), None),
            ("game_outcomes.relationship_change", _si("ප්රතිඵල", "සබඳතාව"), None),
            ("game_outcomes.capacity_after", _si("ප්රතිඵල", "ඉතිරි_ශක්තිය"), None),
            ("training_metadata.authenticity_score", _si("ලකුණු", "සැබෑකම"), None),
            ("training_metadata.quality_score", _si("ලකුණු", "ගුණාත්මකභාවය"), None),
            ("training_metadata.complexity_type", _si("ධාවනය", "සංකීර්ණත්වය"), None),
            ("training_metadata.pipeline_version", _si("ධාවනය", "නල_අනුවාදය"), None),
            ("training_metadata.master_truths_version", _si("ධාවනය", "නීති_අනුවාදය"), None),
            ("training_metadata.generated_at", _si("ධාවනය", "සෑදූ_වේලාව"), None),
        ],
        "decoys": [(_si("පිළිතුර", "ඉවත_කළ_කතාන්දරය"), "turned_down", None), *_SI_DECOYS],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_phnompenh", "ea_colombo"],
    "dramatic_irony": ["di_ulaanbaatar", "di_colombo"],
    "tension_building": ["tb_phnompenh", "tb_ulaanbaatar"],
    "memory_resonance": ["mr_colombo", "mr_phnompenh"],
    "personality_traits": ["pt_ulaanbaatar", "pt_phnompenh"],
    "relationship_scoring": ["rs_colombo", "rs_ulaanbaatar"],
    "multi_step": ["ms_phnompenh", "ms_colombo"],
}
#: each envelope's file extension
EXT = {
    "km_api": "json",
    "km_lines": "jsonl",
    "si_batch": "json",
    "jsonl": "jsonl",
    "mn_combined": "json",
    "mn_md": "md",
}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"km_api", "si_batch", "mn_combined"}
#: teams whose own writer sorts every object's keys: none in this family
SORTED_TEAMS: set[str] = set()

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "phnompenh": {"លេខដំណើរការ": "run", "ម៉ូដែល": "model", "គ្រាប់ពូជ": "seed", "មីលីវិនាទី": "ms", "ចំនួនថូខឹន": "tok"},
    "colombo": {"ධාවන_අංකය": "run", "ආකෘතිය": "model", "බීජය": "seed", "කාලය_මිලි": "ms", "ටෝකන": "tok"},
    "ulaanbaatar": {
        "ажиллуулалт": "run",
        "загвар": "model",
        "миллисекунд": "ms",
        "токен_тоо": "tok",
        "хугацаа": "stamp",
    },
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-q4_K_M"]

#: where each Colombo cell says its value came from, by the group it sits in
NOTE_EDITORS = {"පිළිතුර": ["qwen3"], "ලකුණු": ["grader-bot"]}
NOTE_EDITORS_DEFAULT = ["dilru.p", "chami.w", "kasun.r"]


def _n(v: float) -> str:
    return f"{v:g}"


def _paren(fs: list[dict[str, Any]]) -> list[str]:
    """Factors as the Phnom Penh prompt asks for them: "cause (-2.5)" (the sign always written)."""
    return [
        f"{f['factor']} ({f['impact']:+g})".replace("-", "\u2212")
        if f["impact"] < 0
        else f"{f['factor']} ({f['impact']:+g})"
        for f in fs
    ]


FORMS: dict[str, Callable[[Any], Any]] = {
    "outof10": lambda v: f"{round(v * 10, 6):g} out of 10",  # 0.82 -> "8.2 out of 10" (a [0, 1] score only)
    "outof10cap": lambda v: f"{_n(v)} out of 10",  # 6.5 -> "6.5 out of 10" (a [0, 10] capacity only)
    "pct": lambda v: f"{round(v * 100, 6):g}%",  # 0.82 -> "82%" (a [0, 1] score only)
    "minus": lambda v: _n(v).replace("-", "\u2212"),  # -0.45 -> "−0.45", 0.3 -> "0.3"
    "sentsnake": lambda s: s[:1].upper() + s[1:],  # "Tone_deaf", "Past_trauma_trigger", "Crisis"
    "weeks_span": lambda w: f"weeks {_n(w['min'])}-{_n(w['max'])}",
    "between": lambda w: f"between {_n(w['min'])} and {_n(w['max'])} weeks",
    "wk": lambda v: f"{_n(v)} wk",
    "yrs": lambda v: f"{_n(v)} yrs",
    "paren": _paren,
}


#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"run-{rng.getrandbits(24):06x}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(900, 52000),
        "tok": lambda: rng.randint(150, 3100),
        "stamp": lambda: _stamp(rng),
    }[kind]()


def _add_notes(rng: random.Random, their: dict[str, Any], keys: list[str]) -> None:
    """Colombo: beside every cell's value, who last edited it, when, and whether the cell is locked."""
    for key in keys:
        head, sep, _ = key.partition(f".{BOX}")
        if not sep:
            continue
        node: Any = their
        for step in path_steps(head):
            node = node.get(step) if isinstance(node, dict) else None
        if isinstance(node, dict) and BOX in node and NOTE_BY not in node:
            node[NOTE_BY] = rng.choice(NOTE_EDITORS.get(head.split(".")[0], NOTE_EDITORS_DEFAULT))
            node[NOTE_AT] = f"2026-12-0{rng.randint(1, 5)} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
            node[NOTE_LOCKED] = rng.random() < 0.4


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata (last, as the team's writer puts them); Colombo's
    cells get their notes."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    if dialect["team"] == "colombo":
        _add_notes(rng, their, [t for _, t, _ in dialect["map"]] + [k for k, _, _ in dialect["decoys"]])
    extras = {key: _meta_value(rng, kind) for key, kind in TEAM_EXTRAS[dialect["team"]].items()}
    return {**their, **extras}


# --- files ------------------------------------------------------------------------------------------------------

THINKING = [
    "{n} ширхэг {what} бичлэг хэрэгтэй. Түлхүүрүүдийг монголоор, төрлөөр нь бүлэглэнэ. Хувийг 82% гэж бичнэ.",
    "{n} {what}: эхлээд нөхцөл, дараа нь хариу. Тоонуудаа шалгаад гаргана.",
    "Plateau town, {n} {what} records. Mongolian keys as the template shows, grouped under the type's name.",
]
PREAMBLE = ["Энэ удаагийн бичлэгүүд:\n\n", "За, загварын дагуу гаргалаа:\n\n", ""]
AFTER = ["\nБүх бичлэгийг загварын дагуу бөглөв.\n", "\nӨөр бичлэг хэрэгтэй бол хэлээрэй.\n"]


def _stamp(rng: random.Random) -> str:
    return (
        f"2026-12-0{rng.randint(1, 5)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+08:00"
    )


def _resource(label: str, rec: dict[str, Any]) -> dict[str, Any]:
    """A JSON:API resource object: the backend's id is a hash of the record (a re-exported record keeps it)."""
    digest = hashlib.sha1(json.dumps(rec, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    return {"type": label, "id": digest[:16], "attributes": rec}


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, prose after)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), []
    if env == "km_lines":
        return "".join(json.dumps(_resource(label, r), ensure_ascii=False) + "\n" for r in recs), ["resources"]
    if env == "km_api":
        doc = {
            "data": [_resource(label, r) for r in recs],
            "meta": {"total": len(recs), "page": file_no, "exported": _stamp(rng)},
            "jsonapi": {"version": "1.1"},
        }
        return dump(doc) + "\n", ["resources"]
    if env == "mn_combined":
        return dump({label: recs}, 4) + "\n", ["combined"]
    if env == "mn_md":
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        tail = rng.choice(["", "", *AFTER])
        mess = ["think", "fence", "combined"] + (["prose_after"] if tail else [])
        return think + rng.choice(PREAMBLE) + "```json\n" + dump({label: recs}) + "\n```\n" + tail, mess
    # si_batch: a typed batch
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"2026120{rng.randint(1, 5)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    return dump({**header, "samples": recs}) + "\n", []


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# About this drop

Three studios ran their own generators against a local Qwen3 model served by Ollama: Kamrateh Pixel in Phnom Penh
(Khmer keys, records exported from its backend as JSON:API resources), Lakpahana Studio in Colombo (Sinhala keys,
every value kept with where it came from and how sure the tool was) and Tal Nutag Games in Ulaanbaatar (Mongolian
keys, records grouped under their type). Settings used:

```yaml
model: qwen3:14b
temperature: 0.65
num_ctx: 12288
think: true
export: jsonapi
```

Repeated calls were merged without removing repeats, and one job was stopped while it was still writing.
"""


#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "phnompenh": ["", "kamrateh", "kamrateh/export"],
    "colombo": ["", "lakpahana", "lakpahana/review"],
    "ulaanbaatar": ["", "talnutag", "talnutag/answers"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2026-12-0{rng.randint(1, 4)}_{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh19",
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


def write_fresh19_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh19_folder, "fresh19")


if __name__ == "__main__":
    raise SystemExit(main())
