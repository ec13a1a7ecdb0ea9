"""A twenty-second held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh19's writer and manifest test were read; the machinery is the
shared tests/drift_machinery.py, the habits and the record contents are new): the seven data types and meanings of
curation/domain/spec.yaml, written by three studios nobody here has tuned on, set in a monsoon river-delta ferry port
(a teak boatyard, a lacquerware workshop, a lighthouse on the bar, fish-drying racks, a stilt-house tea shop, a
monastery drum tower, mangrove channels), each with one set of habits for every type:

- Druk Pixel, a Thimphu studio whose records live in Postgres and are pulled through PostgREST with embedded
  resources: every record a ROW whose related rows come EMBEDDED AS ONE-ROW ARRAYS (`མི་སྣ[0].མིང`, `ནུས་པ[0].གཞི་རྩ`,
  `ལན[0].ཚིག`, `བརྟག་དཔྱད[0].ངོ་མ`; read by position, `[0]`), keys in Dzongkha (Tibetan script), the scene's situation a
  column of the row itself; Postgres `numeric` columns come back as TEXT WITH THEIR SCALE ("6.50" for a capacity,
  "0.820" for a score), capacity factors as a jsonb object NAME -> IMPACT, payoff windows as an int array `[2, 4]`,
  labels as the enum values; files are the API's bare JSON arrays (saved pretty-printed) and `COPY (SELECT
  row_to_json(...))` dumps, one row a line;
- Yaung Zin Games, a Yangon team whose Qwen3 prompt asks for every record as FOUR BLOCKS IN A LIST, addressed by
  POSITION (`အပိုင်း[0]` the ask, `အပိုင်း[1]` the character, `အပိုင်း[2]` the reply, `အပိုင်း[3]` the marks; each block
  also carries its title), Burmese (Myanmar script) keys, irony options as a list of items beside the blocks, scores
  "82 percent", capacities "6.5/10", capacity factors as SIGN-FIRST texts ("-2.5 the pump seized", "+1 a cousin
  wired money"), ages "34 years old"; raw Qwen3 answers in .md (a `<think>` block, a Burmese preamble, a BARE ```
  fence holding the array) and typed batches;
- Hoadhan Studio, a Male team with Dhivehi (Thaana script) keys whose review tool stores the exchange of a scene as a
  BARE TWO-STRING LIST in the order its review screen shows them, the line under review first (`ވާހަކަ[0]` the
  character's words, `ވާހަކަ[1]` what they answer: the player's action or the scene's opening; a null first where the
  model wrote no line), labels in UPPER_SNAKE ("PAST_TRAUMA_TRIGGER", "GROWTH"), weeks "19 weeks back", payoff
  windows "2-4 weeks later", capacities "6.5 of 10", other numbers plain; files a review session object
  (`{"ސެޝަން": {...}, "ނަތީޖާ": [...]}`) and JSON Lines saved as .json.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn take
(`ལན[0].ཕྱིར་འཐེན`, `အပိုင်း[2].ပယ်ချစကား`, `ޖަވާބު.ދޫކޮށްލި`), a second judge's mark in the score's own form, a certainty
on the same scale, a sentence count, run metadata (request ids, model tags, sampler seeds, milliseconds, token
counts, time stamps). Each data type has two prompt versions by two of the studios; a seed writes one of them or
both in one folder (one truth map holding both). Every truth line uses a field_map form docs/interaction-formats.md
documents (dotted paths, "[]", "[N]"), and values only in readings the docs list as lossless ("6.50", "0.820",
"82 percent", "6.5/10", "6.5 of 10", "34 years old", "19 weeks back", "2-4 weeks later", `[2, 4]`, "-2.5 cause"
texts, a name -> impact object, labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Yangon answers with a `<think>` block and a bare ``` fence
and sometimes prose after it; a README of the drop (prose and a YAML fence) in some folders. A type may be absent,
hold 3-6 valid records, 22-34, or 92-116 over many files; a folder holds about 90-340 records; no two records are
alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "mustered 7 points of support",
"lent 7 worth of support", "her support amounted to 7", "his support came to 7"), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh20_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh20.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh20.manifest.json)
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

# --- content pools (this writer's own: a monsoon river-delta ferry port, its boatyard and lacquer workshop) --------

NAMES = [
    "Pema Yangzom",
    "Thiri Nandar Oo",
    "Aishath Shiuna Waheed",
    "Sonam Tobgay Dorji",
    "Hnin Ei Phyu",
    "Mohamed Zaidhan Rasheed",
    "Kinley Wangmo Tshering",
    "Zaw Lin Htike",
    "Mariyam Nahula Saeed",
    "Ugyen Phuntsho Lhendup",
    "Su Myat Noe",
    "Hussain Faisal Adam",
    "Dechen Choden Penjor",
    "Aung Kaung Myat",
    "Fathimath Liusha Naseem",
    "Tandin Bidha Namgay",
    "May Thazin Kyaw",
    "Ibrahim Shazly Manik",
]
JOBS = [
    "teak boatyard caulker",
    "lacquerware polisher",
    "lighthouse lamp trimmer",
    "fish-drying rack tender",
    "stilt-house tea shop owner",
    "monastery drum keeper",
    "mangrove channel pilot",
    "ferry ticket clerk",
    "net-mending grandmother",
    "ice-block delivery rower",
    "tide-gauge reader",
    "rattan basket weaver",
]
PLACES = [
    "the teak boatyard where hulls sit on greased rollers",
    "the lacquer workshop with its drying cellar",
    "the lighthouse on the sandbar at the river mouth",
    "the fish-drying racks above the mud flats",
    "the stilt-house tea shop over the tidal creek",
    "the drum tower of the riverside monastery",
    "the mangrove channel where the ferries cut through",
    "the floating market tied up at the pontoon",
]
PRESSURES = [
    ("the bilge pump seized during the spring tide", -2.5),
    ("a lacquer batch bloomed white in the damp", -1.5),
    ("the ferry company cut the night crossing", -2.0),
    ("the lighthouse lens cracked in the cyclone", -3.0),
    ("an uncle left to crew a trawler off the coast", -1.0),
    ("the creek silted up outside the tea shop", -0.5),
    ("a temple commission paid for six lacquer bowls", 1.5),
    ("a cousin wired money from the capital", 1.0),
    ("the mooring fee doubled after the flood", -2.0),
    ("a neighbour rowed over with a pot of fish curry", 0.5),
]
ASKS = [
    "The player asks them to pilot a skiff through the mangroves after dark.",
    "The player needs a caulked hull ready before the monsoon breaks.",
    "The player wants them to keep the lighthouse lamp burning for a missing boat.",
    "The player asks them to carry a sealed letter past the harbour master.",
    "The player asks them to shelter a deckhand who jumped ship.",
    "The player needs forty lacquer cups finished for a monk's ordination.",
    "The player wants them to tell a widow that her husband's boat was found empty.",
    "The player wants them to speak up for an outsider before the fishermen's cooperative.",
]
REPLIES = [
    "Through the mangroves at night? One lantern, no talking, and if the tide turns we sit it out on the mud.",
    "The hull takes a week of oakum and pitch. Bring me two more hands and I'll make it five days.",
    "I'll trim the wick until the second drum. After that the oil is gone, and so am I.",
    "Not past the harbour master, no. I'll slip it into the ice boat; he never checks the ice.",
    "No. Don't ask me twice — my own roof leaks and I've nothing to spare this season.",
    "Forty? Then the cellar stays warm all night and you grind the ash, not me.",
    "He can sleep under the drying racks tonight. By the morning ferry he's someone else's trouble.",
    "Of all the wet weeks to come asking… Fine. A quiet word with the cooperative, nothing signed.",
]
THOUGHTS = [
    "If I send them away, where do they go — the next jetty down, in this rain?",
    "Everyone warms their tea at my stove. Nobody asks who hauls the charcoal up the ladder.",
    "My uncle is somewhere on that trawler; I hope someone is gentle with him.",
    "Why does trouble always arrive with the first monsoon squall?",
]
SECRETS = [
    "the harbour master is selling ferry licences to his own nephews",
    "the missing boat was scuttled for the insurance money",
    "the lighthouse lens was cracked by a smuggler's signal lamp",
    "their teacher sold the lacquer workshop's red formula to a factory upriver",
    "the cooperative treasurer is paying off a loan shark with members' savings",
    "their cousin in the capital lost his job months ago",
]
BELIEFS = [
    "ferry licences are drawn by lottery at the harbour office",
    "the missing boat went down in the squall",
    "the lighthouse lens cracked from the cyclone's heat and cold",
    "their teacher would never share the red formula",
    "the cooperative's savings are safe in the township bank",
    "their cousin in the capital is doing well at his office",
]
TONE_DEAF = [
    "Did you hear the boat races are back on for the full moon?",
    "Licences, paperwork, lotteries. Tell me when someone falls in the river.",
    "Can we not talk harbour politics while I'm polishing? The lacquer picks up moods.",
    "Tides rise, tides fall. My aunt always said fretting never floated a boat.",
]
MISGUIDED = [
    "Probably a clerk shuffled the forms wrong. Harbour men aren't thieves, surely.",
    "Have you tried bringing the master a basket of dried fish? Works every time.",
    "Right, I'll row to the harbour office and bang on the shutters until he listens.",
    "Honestly, you're lucky the ferry still stops at this jetty at all.",
]
GROWTH = [
    "I don't know what's under this mud, but I'll wade in next to you. Where first?",
    "Something here smells wrong, and I'd rather find out with you than stand on the jetty guessing.",
    "That's a lot to carry. Shall we make a plan, or do you just want someone beside you for a while?",
    "I may not follow all of it yet — tell me anyway, slowly, over a pot of tea.",
]
HOOK_LINES = [
    "Boats that new don't sink in a squall that small. I know who pulled the plug… ask me after the rains.",
    "After the full moon, come find me. I'll show you whose stamp sits on those licences.",
    "She swears the lens cracked in the cyclone. The glass shop's receipt says another date. Odd, isn't it?",
    "Once that barge clears the bar, the cooperative's money is gone for good — unless someone counts the sacks.",
    "I keep a second tide book in my tin box. The last page is still damp.",
    "The cyclone did it, you say? Keep telling yourself that a little longer.",
]
SECRET_SETUPS = [
    "The missing boat's hull plug was pulled on purpose by its own owner.",
    "The licence stamps were bought by the harbour master's nephews for cash.",
    "The lens was cracked by a smuggler flashing a lamp at point-blank range.",
    "The treasurer has already loaded the members' savings onto the barge.",
    "The second tide book records which nights the smugglers crossed the bar.",
    "The cyclone never touched the lighthouse; the keeper broke the lens himself.",
]
HINTS = [
    "A clean drill hole below the waterline of the salvaged hull.",
    "Three new motor launches moored behind the harbour master's house.",
    "A smuggler buying lamp oil by the drum the week before the storm.",
    "Rice sacks on the barge far heavier than rice should weigh.",
    "Crossing times in the tide book that match the missing cargo.",
    "Glass shards on the gallery floor swept into a neat pile.",
]
NOW = [
    "The player hums a boat song while bailing out a skiff.",
    "A paper lantern slips its string and drifts away down the creek.",
    "Monsoon rain drums on the tea shop's tin roof.",
    "The drying cellar smells of lacquer sap and wood smoke.",
    "The player holds up a faded photograph of the first ferry crew.",
    "Across the jetty somebody laughs exactly like their late grandmother.",
]
PAST = [
    "their grandmother humming rowing chants over the net frames",
    "the cyclone year when the river took the old jetty",
    "rowing a sister to the mainland school before she moved away",
    "their first night alone keeping the lighthouse lamp lit",
    "a wedding on the ferry that ended with the groom overboard",
    "nursing a fevered nephew through a week of floods",
]
EMOTIONS = [
    "rain-soaked tenderness",
    "drowsy thankfulness",
    "scalding shame",
    "hidden glee",
    "undertow of dread",
    "ebbing relief",
    "river-wide yearning",
]
RECALL = [
    "That boat song… she sang it over the nets. Not once since we took her ashes down the river.",
    "Rain on tin, and I'm eight again, in the cyclone year, watching the jetty planks float off.",
    "Lanterns always got away from her — she tied them loose on purpose, to watch them sail.",
    "The first nights at the lamp I barely blinked. Now its tick is almost company.",
    "You laughed just like she did. Give me a moment, forgive me.",
    "I sat up with a fever like this once, and swore I never would again.",
]
SCENES = [
    "A fish trader pushes in front of them at the ferry ticket window.",
    "The player forgets it is the character's birthday.",
    "A cyclone warning cancels the boat races.",
    "A workmate takes the credit for fixing the lighthouse lamp.",
    "The player asks them to dance at the pagoda festival.",
    "A letter from the mainland brings bad news.",
]
TRAIT_LINES = [
    "Oh well — there's another ferry at four, and the river's calmer then anyway.",
    "I've written it out: six steps, numbered. Step one starts at twenty past five, not a minute later.",
    "Dance? Now? Hold my umbrella, I'm finding the drummer!",
    "It's fine. Honestly, it's nothing — please don't fuss over me.",
    "A cyclone, on the one day I had off. Of course. When does anything go my way?",
    "A line-jumper with a gold watch… I wonder where he's from, and what he's late for.",
]
EXPRESS = [
    "Agreeableness and an even temper turn the snub into a shrug.",
    "Conscientiousness shows in the numbered steps and the exact minute.",
    "Extraversion leaps at the invitation before it is finished.",
    "Low assertiveness and anxious agreeableness brush the hurt aside.",
    "Neuroticism reads the storm as a judgement on them personally.",
]
ACTIONS = [
    "The player brings ginger soup while they shiver through dengue fever.",
    "The player never turns up for the meeting they promised at the lighthouse.",
    "The player helps them drag a swamped skiff up the mud bank.",
    "The player opens and reads their private letters.",
    "The player apologises for a harsh word said at the fish market.",
    "The player pokes fun at their oversized wading boots.",
]
RETORTS = [
    "With ginger, even. Nobody ever remembers the ginger.",
    "Two hours I waited on that gallery. Two hours, in that wind.",
    "My back will ache for days — worth it, though. Thank you.",
    "Those were mine. Put them down and leave.",
    "Apology accepted. Let's leave it at the market.",
    "Says the one wading about in flip-flops during a flood!",
]
WHYS = [
    "Nursing someone through a fever builds trust; the warm reply shows the care was felt.",
    "A broken appointment erodes trust; the clipped reply carries hurt rather than anger.",
    "Heavy physical help in a bad moment earns goodwill and a modest rise in trust.",
    "Reading private letters breaks a boundary; the reply shuts the conversation down.",
    "A sincere apology mends some trust without pretending nothing was said.",
    "Teasing between comfortable friends reads as affection, so trust edges up.",
]
PROSE = [
    "Pema wipes lacquer from her fingers and watches the creek. “The deckhand can stay. That's all I have tonight.”",
    "He agrees to everything too fast, grinning, and goes quiet only once the bamboo door swings shut behind you.",
    "She hears you out without a word, nods once, and scratches a name into the lacquer with her thumbnail.",
    "The lamp trimmer shakes his head. “After the rains. Right now I'd only make it worse for you.”",
    "Zaw Lin folds the letter into quarters and slides it back across the table. “Not tonight. I'm sorry.”",
]
MEMREF = [
    "the cyclone year when the river took the old jetty",
    "a promise made on the lighthouse stairs",
    "the monsoon that swallowed the night ferry",
    "their first week at the lacquer workshop",
    "a photograph tacked up in the tea shop kitchen",
]
TENSION_NOTES = [
    "Keep the licence racket offstage; nothing is revealed in this scene.",
    "Let the gap ache; the character stays unaware the whole way through.",
]
UNKNOWN_COMPLEXITY = ["monsoon_fatigue", "lacquer_pride", "cyclone_panic", "harbour_bluster"]
UNKNOWN_HOOKS = ["tide_tease", "lamp_flicker", "drifting_lantern"]
UNKNOWN_RESONANCE = ["drizzle_echo", "incense_glow", "oar_ache"]
UNKNOWN_OPTIONS = ["shrugged_off", "talking_past", "muttering_aside"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "above" if need > x2 else "below"
    return (
        f"Running on {eff:g}, the furthest this character stretches is {x2:g}; the ask is {need:g}, {side} that line."
    )


#: this family's port, drawn by the shared record makers (tests/drift_machinery.py): its pools above, its sentences
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="The {job}, working at {place}, worn thin since {factor}.",
    character_knows="The character is certain {belief}.",
    irony_scenario="At {place}, gossip turns to the surveyors measuring the riverbank.",
    tension_context="{Place}, the last ferry gone downriver; the player lingers.",
    memory_description="Remembering {past}, long before the new bridge was built.",
    multi_background="Born on a houseboat in the delta and never moved inland; lodges near {place}.",
    multi_situation="{name} is shuttering the stall against the rain at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs, units and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Spent as she was, she mustered {g} points of support before the ferry pulled out.",
    "He lent {g} worth of support that night, soaked through and shaking.",
    "By the time the tide turned her support amounted to {g}, scraped from nothing.",
    "When the squall passed, his support came to {g}, every bit of it borrowed.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["fair", "so-so", "strong", "wobbly"]

#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. Thimphu's embedded rows
# and Yangon's blocks are addressed by position ("[0]"), Male's exchange is a bare list of two strings ("[0]", "[1]").

OCEAN_BO = ["ཁ་ཕྱེ", "ཞིབ་ཚགས", "ཕྱི་ཕྱོགས", "མཐུན་སྒྲིལ", "སེམས་འཁྱུག"]
OCEAN_MY = ["ပွင့်လင်းမှု", "တာဝန်သိမှု", "ဖော်ရွေမှု", "သဘောကောင်းမှု", "စိတ်လှုပ်ရှားလွယ်မှု"]

#: Yangon's block list and the title each block carries
BLOCKS = "အပိုင်း"
TITLE = "ခေါင်းစဉ်"
BLOCK_TITLES = ["တောင်းဆိုချက်", "ဇာတ်ကောင်", "အဖြေ", "အမှတ်"]

#: Male's exchange: a bare list of two strings (the character's words, then what they answer)
TALK = "ވާހަކަ"


def _b(n: int, word: str) -> str:
    """A Yangon path: `word` in the n-th block."""
    return f"{BLOCKS}[{n}].{word}"


_BO_DECOYS = [
    ("བརྟག་དཔྱད[0].དཔྱད་པ་གཉིས་པ", "judge2", "num3"),
    ("བརྟག་དཔྱད[0].ཡིད་ཆེས", "conf", "num3"),
    ("ལན[0].ཚིག་གྲངས", "count", None),
]
_MY_DECOYS = [
    (_b(3, "ဒုတိယအကဲဖြတ်"), "judge2", "percent"),
    (_b(3, "ယုံကြည်နိုင်ခြေ"), "conf", "percent"),
    (_b(2, "ဝါကျအရေ"), "count", None),
]
_DV_DECOYS = [
    ("ލަކުނު.ދެވަނަ_ފަނޑިޔާރު", "judge2", None),
    ("ލަކުނު.ޔަޤީންކަން", "conf", None),
    ("ޖަވާބު.ޖުމްލަ_ޢަދަދު", "count", None),
]

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_thimphu": {  # Dzongkha keys, embedded one-row arrays, numeric text with its scale, factors name -> impact
        "team": "thimphu",
        "envelope": "bo_rows",
        "stem": "emotional_authenticity_drukpixel_rows",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "མི་སྣ[0].མིང", None),
            ("context", "མི་སྣ[0].རྒྱབ་ལྗོངས", None),
            ("base_capacity", "ནུས་པ[0].གཞི་རྩ", "num2"),
            ("capacity_factors", "ནུས་པ[0].རྐྱེན", "table"),
            ("effective_capacity", "ནུས་པ[0].ད་ལྟ", "num2"),
            ("capacity_level", "ནུས་པ[0].རིམ་པ", None),
            ("situation", "གནས་སྟངས", None),
            ("support_level_needed", "རེ་བ[0].རོགས་དགོས", "num2"),
            ("authenticity_target", "རེ་བ[0].དམིགས་ཚད", None),
            ("complexity_type", "རེ་བ[0].རྙོག་འཛིང", None),
            ("character_response", "ལན[0].ཚིག", None),
            ("internal_thought", "ལན[0].སེམས་ནང", None),
            ("demonstrates_constraint", "ལན[0].ཚད་མཚམས", None),
            ("support_provided", "ལན[0].རོགས་བྱིན", "num2"),
            ("authenticity_score", "བརྟག་དཔྱད[0].ངོ་མ", "num3"),
        ],
        "decoys": [("ལན[0].ཕྱིར་འཐེན", "turned_down", None), *_BO_DECOYS],
    },
    "ea_yangon": {  # Burmese keys in four blocks by position, "6.5/10", "82 percent", sign-first factor texts
        "team": "yangon",
        "envelope": "my_md",
        "stem": "emotional_authenticity_yaungzin_answer",
        "label": "emotional_authenticity",
        "map": [
            ("situation", _b(0, "အခြေအနေ"), None),
            ("support_level_needed", _b(0, "လိုအပ်သောအကူ"), "of10slash"),
            ("authenticity_target", _b(0, "ပန်းတိုင်"), None),
            ("complexity_type", _b(0, "ရှုပ်ထွေးမှု"), None),
            ("character_name", _b(1, "အမည်"), None),
            ("context", _b(1, "နောက်ခံ"), None),
            ("base_capacity", _b(1, "မူလစွမ်းအား"), "of10slash"),
            ("capacity_factors", _b(1, "ဖိအားများ"), "signfirst"),
            ("effective_capacity", _b(1, "ယနေ့စွမ်းအား"), "of10slash"),
            ("capacity_level", _b(1, "စွမ်းအားအဆင့်"), None),
            ("character_response", _b(2, "စကား"), None),
            ("internal_thought", _b(2, "စိတ်ထဲ"), None),
            ("demonstrates_constraint", _b(2, "ကန့်သတ်ချက်"), None),
            ("support_provided", _b(2, "ပေးသောအကူ"), "of10slash"),
            ("authenticity_score", _b(3, "စစ်မှန်မှု"), "percent"),
        ],
        "decoys": [(_b(2, "ပယ်ချစကား"), "turned_down", None), *_MY_DECOYS],
    },
    "di_yangon": {  # Burmese blocks, options as items beside them
        "team": "yangon",
        "envelope": "my_batch",
        "stem": "dramatic_irony_yaungzin_batch",
        "label": "dramatic_irony",
        "map": [
            ("scenario", _b(0, "မြင်ကွင်း"), None),
            ("player_knows", _b(0, "ကစားသူသိ"), None),
            ("knowledge_gap_score", _b(0, "သိမှုကွာဟ"), "percent"),
            ("character_name", _b(1, "အမည်"), None),
            ("character_capacity", _b(1, "ယနေ့စွမ်းအား"), "of10slash"),
            ("character_knows", _b(1, "ယုံထားသည်"), None),
            ("recommended_option", _b(1, "သင့်တော်ရွေးချယ်မှု"), None),
            ("response_options", "ရွေးစရာ", "list"),
            ("response_options[].dialogue", "ရွေးစရာ[].ပြောမည့်စကား", None),
            ("response_options[].relationship_impact", "ရွေးစရာ[].ဆက်ဆံရေးသက်ရောက်", None),
            ("response_options[].type", "ရွေးစရာ[].အမျိုးအစား", None),
            ("dramatic_irony_score", _b(3, "ပြောင်ပြန်အမှတ်"), "percent"),
            ("tension_notes", _b(3, "ဒါရိုက်တာမှတ်ချက်"), None),
        ],
        "decoys": [(_b(2, "ပယ်ချစကား"), "turned_down", None), *_MY_DECOYS],
    },
    "di_male": {  # Dhivehi keys, UPPER_SNAKE option types, "6.5 of 10"
        "team": "male",
        "envelope": "dv_session",
        "stem": "dramatic_irony_hoadhan_session",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "މީހާ.ނަން", None),
            ("character_capacity", "މީހާ.ބާރު", "of10words"),
            ("character_knows", "މީހާ.ޤަބޫލުކުރާ", None),
            ("recommended_option", "މީހާ.ރަނގަޅު_ޚިޔާރު", "upper"),
            ("scenario", "މަންޒަރު", None),
            ("player_knows", "ކުޅުންތެރިޔާ.އެނގޭ", None),
            ("knowledge_gap_score", "ކުޅުންތެރިޔާ.ތަފާތު", None),
            ("response_options", "ޚިޔާރުތައް", "list"),
            ("response_options[].type", "ޚިޔާރުތައް[].ބާވަތް", "upper"),
            ("response_options[].dialogue", "ޚިޔާރުތައް[].ބަސް", None),
            ("response_options[].relationship_impact", "ޚިޔާރުތައް[].އަސަރު", None),
            ("dramatic_irony_score", "ލަކުނު.ތަޒާދު", None),
            ("tension_notes", "ލަކުނު.ނޯޓު", None),
        ],
        "decoys": [("ޖަވާބު.ދޫކޮށްލި", "turned_down", None), *_DV_DECOYS],
    },
    "tb_thimphu": {  # Dzongkha rows, windows as int arrays
        "team": "thimphu",
        "envelope": "jsonl",
        "stem": "tension_building_drukpixel_copy",
        "label": "tension_building",
        "map": [
            ("character_name", "མི་སྣ[0].མིང", None),
            ("relationship_level", "མི་སྣ[0].མཐུན་རིམ", None),
            ("context", "གནས་སྟངས", None),
            ("hook_type", "ཀྱུ[0].རིགས", None),
            ("setup", "ཀྱུ[0].གསང་བ", None),
            ("payoff_window_weeks", "ཀྱུ[0].བདུན་ཕྲག", "pair"),
            ("payoff_hint", "ཀྱུ[0].མཚོན་རྟགས", None),
            ("dialogue", "ལན[0].ཚིག", None),
            ("tension_score", "བརྟག་དཔྱད[0].འཚབ་འཚུབ", "num3"),
            ("hook_effectiveness", "བརྟག་དཔྱད[0].ཀྱུ་ནུས", "num3"),
        ],
        "decoys": [("ལན[0].ཕྱིར་འཐེན", "turned_down", None), *_BO_DECOYS],
    },
    "tb_male": {  # Dhivehi keys, the exchange a bare two-string list, "2-4 weeks later"
        "team": "male",
        "envelope": "dv_lines",
        "stem": "tension_building_hoadhan_log",
        "label": "tension_building",
        "map": [
            ("character_name", "މީހާ.ނަން", None),
            ("relationship_level", "މީހާ.ގާތްކަން", None),
            ("dialogue", f"{TALK}[0]", None),
            ("context", f"{TALK}[1]", None),
            ("hook_type", "ކޮކާ.ބާވަތް", "upper"),
            ("setup", "ކޮކާ.ސިއްރު", None),
            ("payoff_window_weeks", "ކޮކާ.ހަފްތާ", "later"),
            ("payoff_hint", "ކޮކާ.އިޝާރާތް", None),
            ("tension_score", "ލަކުނު.ކަންބޮޑުވުން", None),
            ("hook_effectiveness", "ލަކުނު.ކޮކާ_ބާރު", None),
        ],
        "decoys": [("ޖަވާބު.ދޫކޮށްލި", "turned_down", None), *_DV_DECOYS],
    },
    "mr_male": {  # Dhivehi keys, the exchange a bare two-string list, "19 weeks back"
        "team": "male",
        "envelope": "dv_session",
        "stem": "memory_resonance_hoadhan_session",
        "label": "memory_resonance",
        "map": [
            ("character_name", "މީހާ.ނަން", None),
            ("character_response", f"{TALK}[0]", None),
            ("current_situation", f"{TALK}[1]", None),
            ("memory.description", "ހަނދާން.ހިނގި_ކަން", None),
            ("memory.emotion", "ހަނދާން.ޖަޒުބާތު", None),
            ("memory.weeks_ago", "ހަނދާން.ކުރިން", "back"),
            ("resonance_type", "ހަނދާން.ބާވަތް", "upper"),
            ("resonance_weight", "ހަނދާން.ވަޒަން", None),
            ("resonance_score", "ލަކުނު.ރާގު", None),
        ],
        "decoys": [("ޖަވާބު.ދޫކޮށްލި", "turned_down", None), *_DV_DECOYS],
    },
    "mr_thimphu": {  # Dzongkha rows, the memory an embedded row
        "team": "thimphu",
        "envelope": "bo_rows",
        "stem": "memory_resonance_drukpixel_rows",
        "label": "memory_resonance",
        "map": [
            ("character_name", "མི་སྣ[0].མིང", None),
            ("current_situation", "གནས་སྟངས", None),
            ("memory.description", "དྲན་པ[0].བྱུང་བ", None),
            ("memory.emotion", "དྲན་པ[0].ཚོར་བ", None),
            ("memory.weeks_ago", "དྲན་པ[0].བདུན་ཕྲག་སྔོན", None),
            ("resonance_type", "དྲན་པ[0].སྒྲ་ལན་རིགས", None),
            ("resonance_weight", "དྲན་པ[0].ལྗིད་ཚད", "num3"),
            ("character_response", "ལན[0].ཚིག", None),
            ("resonance_score", "བརྟག་དཔྱད[0].སྐུལ་ཤུགས", "num3"),
        ],
        "decoys": [("ལན[0].ཕྱིར་འཐེན", "turned_down", None), *_BO_DECOYS],
    },
    "pt_yangon": {  # Burmese blocks, OCEAN under Burmese trait names in the character block
        "team": "yangon",
        "envelope": "my_md",
        "stem": "personality_traits_yaungzin_answer",
        "label": "personality_traits",
        "map": [
            ("scenario", _b(0, "မြင်ကွင်း"), None),
            ("character_name", _b(1, "အမည်"), None),
            *[(f"ocean.{t}", _b(1, f"စရိုက်.{c}"), None) for t, c in zip(OCEAN, OCEAN_MY, strict=True)],
            ("dialogue", _b(2, "စကား"), None),
            ("trait_expression", _b(2, "စရိုက်ရှင်းလင်း"), None),
            ("quality_score", _b(3, "အရည်အသွေး"), "percent"),
        ],
        "decoys": [(_b(2, "ပယ်ချစကား"), "turned_down", None), *_MY_DECOYS],
    },
    "pt_thimphu": {  # Dzongkha rows, OCEAN an embedded row
        "team": "thimphu",
        "envelope": "jsonl",
        "stem": "personality_traits_drukpixel_copy",
        "label": "personality_traits",
        "map": [
            ("character_name", "མི་སྣ[0].མིང", None),
            ("scenario", "གནས་སྟངས", None),
            *[(f"ocean.{t}", f"རང་བཞིན[0].{c}", "num3") for t, c in zip(OCEAN, OCEAN_BO, strict=True)],
            ("dialogue", "ལན[0].ཚིག", None),
            ("trait_expression", "ལན[0].གཤིས་འགྲེལ", None),
            ("quality_score", "བརྟག་དཔྱད[0].སྤུས་ཚད", "num3"),
        ],
        "decoys": [("ལན[0].ཕྱིར་འཐེན", "turned_down", None), *_BO_DECOYS],
    },
    "rs_male": {  # Dhivehi keys, the player's action and the reply a bare two-string list
        "team": "male",
        "envelope": "dv_lines",
        "stem": "relationship_scoring_hoadhan_log",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "މީހާ.ނަން", None),
            ("relationship_level", "މީހާ.ގާތްކަން", None),
            ("interaction_type", "ބައްދަލުވުން.ބާވަތް", None),
            ("character_response", f"{TALK}[0]", None),
            ("player_action", f"{TALK}[1]", None),
            ("rationale", "ޖަވާބު.ސަބަބު", None),
            ("relationship_score", "ލަކުނު.ގުޅުން", None),
            ("trust_change", "ލަކުނު.އިތުބާރު", None),
            ("quality_score", "ލަކުނު.ފެންވަރު", None),
        ],
        "decoys": [("ޖަވާބު.ދޫކޮށްލި_ސަބަބު", "turned_down", None), *_DV_DECOYS],
    },
    "rs_yangon": {  # Burmese blocks
        "team": "yangon",
        "envelope": "my_batch",
        "stem": "relationship_scoring_yaungzin_batch",
        "label": "relationship_scoring",
        "map": [
            ("player_action", _b(0, "ကစားသူလုပ်ရပ်"), None),
            ("interaction_type", _b(0, "တွေ့ဆုံပုံ"), None),
            ("character_name", _b(1, "အမည်"), None),
            ("relationship_level", _b(1, "ရင်းနှီးမှုအဆင့်"), None),
            ("character_response", _b(1, "ပြန်ပြောစကား"), None),
            ("rationale", _b(2, "အကြောင်းပြချက်"), None),
            ("relationship_score", _b(3, "ဆက်ဆံရေးအမှတ်"), "percent"),
            ("trust_change", _b(3, "ယုံကြည်မှုပြောင်း"), None),
            ("quality_score", _b(3, "အရည်အသွေး"), "percent"),
        ],
        "decoys": [(_b(2, "ပယ်ချအကြောင်းပြ"), "turned_down", None), *_MY_DECOYS],
    },
    "ms_thimphu": {  # Dzongkha rows, the whole NPC card over embedded rows
        "team": "thimphu",
        "envelope": "bo_rows",
        "stem": "multi_step_drukpixel_rows",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "མི་སྣ[0].མིང", None),
            ("npc_profile.age", "མི་སྣ[0].ལོ", None),
            ("npc_profile.occupation", "མི་སྣ[0].ལས་ཀ", None),
            ("npc_profile.background", "མི་སྣ[0].རྒྱབ་ལྗོངས", None),
            ("npc_emotional_state.base_capacity", "ནུས་པ[0].གཞི་རྩ", "num2"),
            ("npc_emotional_state.capacity_factors", "ནུས་པ[0].རྐྱེན", "table"),
            ("npc_emotional_state.effective_capacity", "ནུས་པ[0].ད་ལྟ", "num2"),
            ("npc_emotional_state.current_emotion", "ནུས་པ[0].སེམས་ཚོར", None),
            *[(f"npc_ocean_personality.{t}", f"རང་བཞིན[0].{c}", "num3") for t, c in zip(OCEAN, OCEAN_BO, strict=True)],
            ("interaction_context.situation", "གནས་སྟངས", None),
            ("interaction_context.player_request", "རེ་བ[0].ཞུ་བ", None),
            ("interaction_context.support_needed", "རེ་བ[0].རོགས་དགོས", "num2"),
            ("interaction_context.complexity_type", "རེ་བ[0].རྙོག་འཛིང", None),
            ("interaction_context.authenticity_target", "རེ་བ[0].དམིགས་ཚད", None),
            ("interaction_context.capacity_level", "ནུས་པ[0].རིམ་པ", None),
            ("tension_memory.hook_type", "ཀྱུ[0].རིགས", None),
            ("tension_memory.memory_reference", "ཀྱུ[0].དྲན་ཐོ", None),
            ("npc_card_narrative.dialogue_prose", "ལན[0].གཏམ་རྒྱུད", None),
            ("game_outcomes.trust_change", "འབྲས་བུ[0].བློ་གཏད་འགྱུར", None),
            ("game_outcomes.relationship_change", "འབྲས་བུ[0].འབྲེལ་བ་འགྱུར", None),
            ("game_outcomes.capacity_after", "འབྲས་བུ[0].ནུས་ལྷག", None),
            ("training_metadata.authenticity_score", "བརྟག་དཔྱད[0].ངོ་མ", "num3"),
            ("training_metadata.quality_score", "བརྟག་དཔྱད[0].སྤུས་ཚད", "num3"),
            ("training_metadata.complexity_type", "ལས་རིམ[0].རྙོག་འཛིང", None),
            ("training_metadata.pipeline_version", "ལས་རིམ[0].ཐོན་རིམ", None),
            ("training_metadata.master_truths_version", "ལས་རིམ[0].ཁྲིམས་ཐོན", None),
            ("training_metadata.generated_at", "ལས་རིམ[0].བཟོ་དུས", None),
        ],
        "decoys": [("ལན[0].ཕྱིར་འཐེན", "turned_down", None), *_BO_DECOYS],
    },
    "ms_yangon": {  # Burmese blocks, the whole NPC card, "34 years old"
        "team": "yangon",
        "envelope": "my_batch",
        "stem": "multi_step_yaungzin_batch",
        "label": "multi_step",
        "map": [
            ("interaction_context.situation", _b(0, "အခြေအနေ"), None),
            ("interaction_context.player_request", _b(0, "တောင်းဆိုစကား"), None),
            ("interaction_context.support_needed", _b(0, "လိုအပ်သောအကူ"), "of10slash"),
            ("interaction_context.complexity_type", _b(0, "ရှုပ်ထွေးမှု"), None),
            ("interaction_context.authenticity_target", _b(0, "ပန်းတိုင်"), None),
            ("tension_memory.hook_type", _b(0, "ချိတ်ဆွဲအမျိုး"), None),
            ("tension_memory.memory_reference", _b(0, "အမှတ်ရစရာ"), None),
            ("npc_profile.name", _b(1, "အမည်"), None),
            ("npc_profile.age", _b(1, "အသက်"), "yearsold"),
            ("npc_profile.occupation", _b(1, "အလုပ်"), None),
            ("npc_profile.background", _b(1, "နောက်ခံ"), None),
            ("npc_emotional_state.base_capacity", _b(1, "မူလစွမ်းအား"), "of10slash"),
            ("npc_emotional_state.capacity_factors", _b(1, "ဖိအားများ"), "signfirst"),
            ("npc_emotional_state.effective_capacity", _b(1, "ယနေ့စွမ်းအား"), "of10slash"),
            ("npc_emotional_state.current_emotion", _b(1, "ခံစားချက်"), None),
            ("interaction_context.capacity_level", _b(1, "စွမ်းအားအဆင့်"), None),
            *[(f"npc_ocean_personality.{t}", _b(1, f"စရိုက်.{c}"), None) for t, c in zip(OCEAN, OCEAN_MY, strict=True)],
            ("npc_card_narrative.dialogue_prose", _b(2, "ဇာတ်ကြောင်း"), None),
            ("game_outcomes.trust_change", _b(3, "ယုံကြည်မှုပြောင်း"), None),
            ("game_outcomes.relationship_change", _b(3, "ဆက်ဆံရေးပြောင်း"), None),
            ("game_outcomes.capacity_after", _b(3, "ကျန်စွမ်းအား"), "of10slash"),
            ("training_metadata.authenticity_score", _b(3, "စစ်မှန်မှု"), "percent"),
            ("training_metadata.quality_score", _b(3, "အရည်အသွေး"), "percent"),
            ("training_metadata.complexity_type", _b(3, "ရှုပ်ထွေးမှု"), None),
            ("training_metadata.pipeline_version", _b(3, "ပိုက်လိုင်းဗားရှင်း"), None),
            ("training_metadata.master_truths_version", _b(3, "စည်းမျဉ်းဗားရှင်း"), None),
            ("training_metadata.generated_at", _b(3, "ဖန်တီးချိန်"), None),
        ],
        "decoys": [(_b(2, "ပယ်ချဇာတ်ကြောင်း"), "turned_down", None), *_MY_DECOYS],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_thimphu", "ea_yangon"],
    "dramatic_irony": ["di_yangon", "di_male"],
    "tension_building": ["tb_thimphu", "tb_male"],
    "memory_resonance": ["mr_male", "mr_thimphu"],
    "personality_traits": ["pt_yangon", "pt_thimphu"],
    "relationship_scoring": ["rs_male", "rs_yangon"],
    "multi_step": ["ms_thimphu", "ms_yangon"],
}
#: each envelope's file extension (Male's JSON Lines are saved as .json)
EXT = {
    "bo_rows": "json",
    "jsonl": "jsonl",
    "my_md": "md",
    "my_batch": "json",
    "dv_session": "json",
    "dv_lines": "json",
}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"bo_rows", "my_batch", "dv_session"}
#: envelopes written one record a line
LINES = {"jsonl", "dv_lines"}
#: teams whose own writer sorts every object's keys: none in this family
SORTED_TEAMS: set[str] = set()

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "thimphu": {"ཨང་རྟགས": "uuid", "དཔེ་དབྱིབས": "model", "སོན་འབྲུ": "seed", "དུས་ཡུན": "ms", "བཟོ་ཚེས": "stamp"},
    "yangon": {"လည်ပတ်မှု": "run", "မော်ဒယ်": "model", "မျိုးစေ့": "seed", "တိုကင်": "tok"},
    "male": {"ދުވުމުގެ_ނަންބަރު": "hrun", "މޮޑެލް": "model", "ވަގުތު_މިލި": "ms", "ޓޯކަން": "tok"},
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:4b-instruct-2507-q8_0"]


def _n(v: float) -> str:
    return f"{v:g}"


def _sign_first(fs: list[dict[str, Any]]) -> list[str]:
    """Factors as the Yangon prompt asks for them: the signed impact first, then the cause ("-2.5 the pump seized")."""
    return [f"{f['impact']:+g} {f['factor']}" for f in fs]


FORMS: dict[str, Callable[[Any], Any]] = {
    "num2": lambda v: f"{v:.2f}",  # 6.5 -> "6.50" (Postgres numeric(4,2) as text)
    "num3": lambda v: f"{v:.3f}",  # 0.82 -> "0.820" (Postgres numeric(4,3) as text)
    "table": lambda fs: {f["factor"]: f["impact"] for f in fs},  # jsonb: cause -> impact
    "pair": lambda w: [w["min"], w["max"]],  # int4[]: {2,4} -> [2, 4]
    "percent": lambda v: f"{round(v * 100, 6):g} percent",  # 0.82 -> "82 percent" (a [0, 1] score only)
    "of10slash": lambda v: f"{_n(v)}/10",  # 6.5 -> "6.5/10" (a [0, 10] capacity only)
    "of10words": lambda v: f"{_n(v)} of 10",  # 6.5 -> "6.5 of 10" (a [0, 10] capacity only)
    "signfirst": _sign_first,
    "yearsold": lambda v: f"{_n(v)} years old",
    "upper": lambda s: s.upper(),  # "PAST_TRAUMA_TRIGGER", "GROWTH"
    "later": lambda w: f"{_n(w['min'])}-{_n(w['max'])} weeks later",
    "back": lambda v: f"{_n(v)} weeks back",
}


#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random) -> str:
    return (
        f"2026-12-0{rng.randint(1, 5)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        f".{rng.randint(0, 999999):06d}+06:00"
    )


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"yz-{rng.getrandbits(20):05x}",
        "hrun": lambda: f"hd{rng.randint(1000, 99999)}",
        "uuid": lambda: "-".join(f"{rng.getrandbits(b * 4):0{b}x}" for b in (8, 4, 4, 4, 12)),
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(900, 52000),
        "tok": lambda: rng.randint(150, 3100),
        "stamp": lambda: _stamp(rng),
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata; Yangon's blocks get their titles (first, as its
    prompt's template writes them)."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    if dialect["team"] == "yangon":
        blocks = their[BLOCKS]
        their[BLOCKS] = [{TITLE: t, **b} for t, b in zip(BLOCK_TITLES, blocks, strict=True)]
    extras = {key: _meta_value(rng, kind) for key, kind in TEAM_EXTRAS[dialect["team"]].items()}
    if dialect["team"] == "thimphu":  # the row's own columns first, then the embedded rows
        return {**extras, **their}
    return {**their, **extras}


# --- files ------------------------------------------------------------------------------------------------------

THINKING = [
    "{n} ခု {what} မှတ်တမ်း လိုသည်။ အပိုင်းလေးပိုင်း၊ နေရာအလိုက် စီမည်။ ရာခိုင်နှုန်းကို percent ဟု ရေးမည်။",
    "{n} {what}: first the ask block, then the character, the reply and the marks. Keep the order of the template.",
    "Delta port, {n} {what} records. Burmese keys exactly as the template shows, one array.",
]
PREAMBLE = ["ဒီတစ်ခါ မှတ်တမ်းများ -\n\n", "ပုံစံအတိုင်း ထုတ်ပေးလိုက်ပါသည် -\n\n", ""]
AFTER = ["\nမှတ်တမ်းအားလုံးကို ပုံစံအတိုင်း ဖြည့်ပြီးပါပြီ။\n", "\nနောက်ထပ် လိုအပ်ရင် ပြောပါ။\n"]


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, prose after)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env in LINES:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "bo_rows":  # PostgREST's bare array, saved pretty-printed
        return dump(recs) + "\n", ["rows"]
    if env == "dv_session":
        session = {
            "ސެޝަން": {
                "ނަންބަރު": f"s{file_no:03d}",
                "ފެށުނު": _stamp(rng),
                "ޢަދަދު": len(recs),
            },
            "ނަތީޖާ": recs,
        }
        return dump(session, 1) + "\n", ["session"]
    if env == "my_md":
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        tail = rng.choice(["", "", *AFTER])
        mess = ["think", "fence"] + (["prose_after"] if tail else [])
        return think + rng.choice(PREAMBLE) + "```\n" + dump(recs) + "\n```\n" + tail, mess
    # my_batch: a typed batch
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

Three studios ran their own generators against a local Qwen3 model served by Ollama: Druk Pixel in Thimphu
(Dzongkha keys, rows pulled from its Postgres through PostgREST with the related rows embedded), Yaung Zin Games in
Yangon (Burmese keys, every record as four blocks in a fixed order) and Hoadhan Studio in Male (Dhivehi keys, the
exchange kept as two lines). Settings used:

```yaml
model: qwen3:14b
temperature: 0.7
num_ctx: 16384
think: true
embed: one-row arrays
```

Repeated calls were merged without removing repeats, and one job was stopped while it was still writing.
"""


#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "thimphu": ["", "drukpixel", "drukpixel/postgrest"],
    "yangon": ["", "yaungzin", "yaungzin/qwen_answers"],
    "male": ["", "hoadhan", "hoadhan/review_sessions"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"d2026120{rng.randint(1, 4)}t{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh20",
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


def write_fresh20_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh20_folder, "fresh20")


if __name__ == "__main__":
    raise SystemExit(main())
