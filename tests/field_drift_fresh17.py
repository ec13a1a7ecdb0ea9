"""A nineteenth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh16's writer and manifest test were read; the machinery is the
shared tests/drift_machinery.py, the habits and the record contents are new): the seven data types and meanings of
curation/domain/spec.yaml, written by three studios nobody here has tuned on, set in a river-delta town of stilt
houses (a lantern workshop, eel weirs, a tide clock, a floating cinema, a rice-wine still, a ferry landing), each
with one set of habits for every type:

- Dalbit Works, a Seoul studio whose prompts ask for keys in Hangul (`인물.이름`, `대답.대사`, `요청.필요_지원도`,
  `채점.진정성`), grouped as character / strength / request / answer / grading; its runner asks Qwen3 for several
  records per Ollama call and logs each call's records as ONE LINE of its JSON Lines, an ARRAY of records (one to
  four a line; the run's last call returned one), beside typed batches; scores as STAR RATINGS OUT OF FIVE ("4.15/5"
  for 0.83, the grader's own figures too), capacities and impacts as plain numbers, weeks "12 weeks earlier", ages
  "34 yr", labels in capitals with hyphens ("TONE-DEAF", "PAST-TRAUMA-TRIGGER"), capacity factors as `{원인, 영향}`
  items;
- Nakhla Interactive, a Cairo studio with Arabic-script keys (`الشخصية.الاسم`, `الرد.العبارة`, `التقييم.المصداقية`)
  whose script collects the irony options in a dict KEYED BY THE SPOKEN LINE (so a repeated take collapses): the
  option's line is the key, its kind and effect the value (`الخيارات{}`, `الخيارات{}.النوع`, `الخيارات{}.الأثر`);
  numbers as JSON numbers, signed ones as text with their sign ("+0.45", "-0.3"), labels in Title Case with spaces
  ("Tone Deaf", "Mystery Hook"), payoff windows as a two-number list ([2, 4]); systematic batches (`samples` beside
  a `quality_analysis` summary) and JSON Lines;
- Jinjiang Studio, a Chengdu team with Chinese keys (`角色.名字`, `回答.改稿[1]`, `评分.可信度`) whose refine loop keeps
  EVERY TAKE of the answer in a list, the first draft first and the revised take after it (`回答.改稿[0]` the draft,
  a decoy; `回答.改稿[1]` the answer), scores "8.2 of 10", capacities "6.5/10", weeks "12 wks ago", payoff windows
  "2-4 weeks", ages "34 years old", labels in lower-case kebab ("tone-deaf"), capacity factors as "cause: -2.5"
  texts; raw Qwen3 answers (a `<think>` block, a Chinese preamble, a ```json fence, sometimes a closing remark) and
  JSON Lines.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the turned-down take
(`대답.버린_대사`, `الرد.العبارة_المستبعدة`, `回答.改稿[0]`), a second judge's mark in the score's own form, a
certainty on the same scale, a sentence count, run metadata (run ids, model tags, sampler seeds, milliseconds,
token counts, time stamps, flags). Each data type has two prompt versions by two of the studios; a seed writes one of
them or both in one folder (one truth map holding both). Every truth line uses a field_map form
docs/interaction-formats.md documents (dotted paths, "[]", "[N]", "{}"), and values only in readings the docs list
as lossless ("4.15/5" and "8.2 of 10" in a score, "6.5/10" in a capacity, "+0.45", "12 weeks earlier", "12 wks ago",
"34 yr", "34 years old", "2-4 weeks", [2, 4], "cause: -2.5" factor texts, labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Chengdu answers with a `<think>` block and a ```json fence
and sometimes prose after it; a README of the drop (prose and a YAML fence) in some folders. A type may be absent,
hold 3-6 valid records, 22-34, or 92-116 over many files; a folder holds about 90-340 records; no two records are
alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "lent 7 worth of support",
"her support amounted to 7", "mustered 7 points of support", "his support totalled 7"), an excellent target over
X+2, capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option
type / recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights
and types, out-of-range values written as plain numbers, a NaN trust change, a score finished with a word
(uncoercible), a missing answer or another missing required field (a hook's hidden setup, a trust change), low
quality, an authenticity score off its declared target, exact duplicates (a retried call appended again, or a
retried batch repeating a record of the previous file of its prompt version).

    write_fresh17_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh17.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh17.manifest.json)
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

# --- content pools (this writer's own: a river-delta town of stilt houses, its lantern workshop and tide clock) -----

NAMES = [
    "Wenceslava",
    "Wystan",
    "Ysolde",
    "Cassius Mbeki",
    "Ermengarde",
    "Ondine",
    "Barnabé",
    "Jessamy",
    "Ptolemy",
    "Ambrosine",
    "Oriel",
    "Iolanthe",
    "Marcellin",
    "Rosamund",
    "Casimir Oduya",
    "Esmeray",
    "Lowell",
    "Niamh-Rua",
]
JOBS = [
    "paper-lantern pleater",
    "eel-weir keeper",
    "tide-clock winder",
    "floating-cinema projectionist",
    "rice-wine stillwoman",
    "ferry pole-man",
    "levee sandbagger",
    "stilt-house thatcher",
    "kingfisher-feather dyer",
    "duck-boat ferrier",
    "reed-mat weaver",
    "monsoon-gauge reader",
]
PLACES = [
    "the ferry landing at slack water",
    "the lantern workshop under drying racks",
    "the tide clock's gallery above the channel",
    "the floating cinema moored by the reed beds",
    "the rice-wine still with its copper hood sweating",
    "the eel weirs where the brown water folds",
    "the levee crown in a purple squall",
    "the stilt-house walkway after the lamps are lit",
]
PRESSURES = [
    ("a burst levee sack flooded the pleating floor", -2.5),
    ("the projector bulb exploded mid-reel", -1.5),
    ("the eel traps came up empty three dawns running", -2.0),
    ("a niece left the delta for the capital", -1.0),
    ("mould crept through the stored paper", -3.0),
    ("a merchant paid double for the festival lanterns", 1.5),
    ("the monsoon broke a week early", -0.5),
    ("a letter of thanks pinned to the ferry post", 1.0),
    ("the stillhouse license was revoked pending appeal", -2.0),
    ("warm rice cakes from the neighbour across the channel", 0.5),
]
ASKS = [
    "The player asks them to pole a fugitive heron-poacher across the channel before dawn.",
    "The player needs forty lanterns pleated by the boat procession tomorrow night.",
    "The player wants them to tell the projectionist's widow the reels were sold.",
    "The player asks them to reset the tide clock an hour wrong to delay the customs launch.",
    "The player asks to hide a crate of rice wine under the stilt-house floor.",
    "The player wants them to read the monsoon gauge aloud to a frightened crowd.",
    "The player asks them to wade the eel weirs at night to free a snagged skiff.",
    "The player needs someone to vouch for a stranger at the levee council.",
]
REPLIES = [
    "Not across the channel — not tonight. I’ll lend you my pole and point out the shallows, that much.",
    "Forty? My fingers are cracked to the quick — twelve by dawn, and I’ll show you how to fold the rest.",
    "Sit on the step with me. The ferry won’t leave without its pole-man; we have a little while.",
    "I would, and I can’t. Come find me when the water drops and my head stops roaring?",
    "No. Don’t ask twice, I’m frayed thin as old paper this week and I’d tear on you.",
    "Right, sleeves up. Bring the paste pot and we’ll pleat until the roosters complain.",
    "I’ll wade to the first stake. After the second, the eels can have you.",
    "Of every week to ask… fine. I’ll have a quiet word with the levee warden.",
]
THOUGHTS = [
    "If I shut the shutter on them, whose lamp along the walkway do they knock at next?",
    "Everyone leans on the tide clock. Nobody asks what keeps the winder wound.",
    "I’d want someone to do this for my niece, wherever the capital has her.",
    "Why does every trouble on this delta arrive at slack water?",
]
SECRETS = [
    "the levee council sold the south bank to a dredging company",
    "the projector fire was set by the cinema's own owner",
    "the eel weirs were emptied by a night crew from upriver",
    "their teacher forged the lantern guild's seal for years",
    "the customs launch is carrying the missing festival money",
    "their cousin is the heron-poacher everyone is hunting",
]
BELIEFS = [
    "the south bank will be replanted with mangroves next season",
    "the projector caught fire from an old frayed cable",
    "the eels simply moved to deeper water this year",
    "their teacher is the most honest pleater on the delta",
    "the customs launch patrols only for smugglers",
    "their cousin works the barges far down in the estuary",
]
TONE_DEAF = [
    "Cheer up, the boat procession has fireworks this year!",
    "Honestly, levee politics put me straight to sleep.",
    "Can we not do delta gossip while the lanterns are drying?",
    "Water rises, water falls. Sulking never bailed a boat.",
]
MISGUIDED = [
    "It'll be a clerk's blot in the ledgers. The council minds its own.",
    "Maybe if you took the warden a jar of rice wine now and then...",
    "Leave it to me, I'll row straight to the council house and shout them down.",
    "You ought to be grateful the ferry still runs at all, frankly.",
]
GROWTH = [
    "Whatever’s at the bottom of this, I’m in your boat. What can I carry tonight?",
    "Something here smells like low tide and neither of us sees the whole of it. Shall we wade in together?",
    "That’s a heavy load. Do you want a plan, or just someone on the step beside you?",
    "I may not follow every turn of it, and that’s fine. Tell me anyway, slowly.",
]
HOOK_LINES = [
    "The levee sack didn’t burst on its own… I know whose knife, but not tonight.",
    "Come back after the boat procession and I’ll tell you whose name is on the dredging deed.",
    "He swears the projector was cold at sundown. The usher’s ticket stubs say otherwise. Odd, isn’t it?",
    "If the customs launch sails before the full moon, there won’t be a festival fund to find.",
    "There’s a second tide chart in my trunk. The ink on it is barely a month old.",
    "You think the eel traps were robbed by otters? Keep thinking that for a while.",
]
SECRET_SETUPS = [
    "The levee was cut deliberately so the south bank would flood and sell cheap.",
    "The dredging deed was signed by the levee warden in exchange for a house upriver.",
    "The projector was sabotaged by the cinema owner to claim the insurance.",
    "The customs captain has already loaded the festival money onto the launch.",
    "The second tide chart shows the true soundings the dredgers are hiding.",
    "The eel traps were emptied by the warden's nephews to sell at the river market.",
]
HINTS = [
    "A clean knife cut on a sack that should have split at the seams.",
    "A new boathouse upriver bought in cash by the warden's wife.",
    "An insurance clerk drinking free at the cinema bar the week before.",
    "A customs crate too heavy for the manifest it carries.",
    "Soundings on the chart that are deeper than any dredger admits.",
    "Eel slime on the warden's nephews' market baskets.",
]
NOW = [
    "The player hums a boat song while scraping barnacles off the ferry.",
    "A paper lantern drifts loose and floats off down the channel.",
    "Rain drums on the tin roof of the floating cinema.",
    "The stillhouse smells of steamed rice and scorched copper.",
    "The player shows them a faded program from the cinema's opening night.",
    "Someone on the walkway calls a name exactly as their grandmother did.",
]
PAST = [
    "their grandmother singing boat songs while mending nets",
    "the flood year the water reached the second floor",
    "poling a sister to the estuary school before she left for good",
    "their first night alone winding the tide clock",
    "a wedding on the ferry that ended with the groom in the river",
    "nursing a fevered brother through a week of monsoon rain",
]
EMOTIONS = [
    "salt-stung tenderness",
    "drowsy fondness",
    "hot-faced shame",
    "quiet glee",
    "creeping dread",
    "loosening ease",
    "muddy homesickness",
]
RECALL = [
    "That boat song… grandmother sang it over the nets. I haven’t heard it since we carried her down the steps.",
    "Rain on tin. Every time. I’m back on the second floor, counting the steps as the water climbs.",
    "A lantern on the current. She always launched hers too early, just to watch it chase the tide.",
    "Odd, the first nights at the clock terrified me. Now the ticking is nearly company.",
    "You call names just like she did. Sorry, give me a breath.",
    "I sat a watch like this once before, and I swore I’d never sit another.",
]
SCENES = [
    "A stranger cuts to the front of the ferry queue.",
    "The player forgets the character's naming day.",
    "A squall cancels the floating market.",
    "A colleague claims credit for patching the levee breach.",
    "The player invites them to dance on the ferry deck.",
    "A letter arrives from the capital with bad news.",
]
TRAIT_LINES = [
    "Oh! Well, no matter, the next ferry’s at seven, isn’t it?",
    "I’ve drawn up a plan. Four steps, in order. The first begins at quarter to six exactly.",
    "Dance? On the ferry deck? Give me one minute, I’m fetching my two-string fiddle!",
    "It’s nothing. It’s always nothing. Please don’t fuss.",
    "Of course the market’s off. Of course it is. Why do I ever plan anything?",
    "How strange, I never once thought of a ferry queue as a place to make friends.",
]
EXPRESS = [
    "High agreeableness softens the complaint; calm emotional stability keeps it light.",
    "High conscientiousness shows in the numbered plan and the precise hour.",
    "High extraversion sparks instant delight at the invitation.",
    "High neuroticism drives the spiral over the cancelled market.",
    "High openness turns a queue-jumper into a small wonder worth studying.",
]
ACTIONS = [
    "The player brings ginger broth when they are laid up with river fever.",
    "The player misses a promised meeting at the tide clock.",
    "The player stands up for them in front of the levee council.",
    "The player reads their private letters from the capital without asking.",
    "The player repays a loan of lamp oil in full, with a jar extra.",
    "The player teases them about their enormous wading boots.",
]
RETORTS = [
    "You remembered the ginger. Hardly anyone remembers.",
    "I waited two tides by that clock. Two whole tides.",
    "You didn’t need to do that. Thank you, honestly.",
    "Those were private. I think you should leave now.",
    "Then we’re square. Good.",
    "Ha! Says the one who wears a straw hat in a squall.",
]
WHYS = [
    "Care shown during illness builds trust; the warm answer shows it landed.",
    "A broken promise costs trust; the clipped answer signals hurt more than anger.",
    "Open loyalty before authority is rare and prized, so a large positive shift fits.",
    "Reading private letters is a serious breach; the line is drawn without hedging.",
    "Repaying a loan restores balance but does not by itself create closeness.",
    "Light teasing inside a settled bond reads as affection rather than insult.",
]
PROSE = [
    "Wenceslava wipes paste from her fingers and won’t look up. “I’ll hide the skiff. Nothing more, not tonight.”",
    "He laughs too loudly and agrees to everything, then goes very still once the shutter closes.",
    "She hears you out without a word, nods once, and writes a name inside a lantern’s paper.",
    "The winder shakes her head. “Come back after the procession. Right now I’d only make it worse.”",
    "Wystan folds the letter in three and slides it back under the shutter. “Not tonight. I’m sorry.”",
]
MEMREF = [
    "the flood year the water reached the second floor",
    "a promise made on the tide clock stairs",
    "the monsoon the ferry sank at its moorings",
    "their first week pleating lanterns",
    "a program left on a seat of the floating cinema",
]
TENSION_NOTES = [
    "Keep the council's deals offstage; nothing is revealed here.",
    "The irony should itch; the character must not suspect a thing.",
]
UNKNOWN_COMPLEXITY = ["tide_fatigue", "lantern_pride", "levee_panic", "council_bluster"]
UNKNOWN_HOOKS = ["tide_turn_tease", "reed_whisper", "drifting_lamp"]
UNKNOWN_RESONANCE = ["rain_echo", "paper_glow", "bell_ache"]
UNKNOWN_OPTIONS = ["clipped_off", "hedging_around", "grumbling"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "past" if need > x2 else "inside"
    return f"At {eff:g} of strength the most that fits is {x2:g}; this plea asks {need:g}, {side} that line."


#: this family's town, drawn by the shared record makers (tests/drift_machinery.py): its pools above, its sentences
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="A {job} near {place}, worn thin by how {factor}.",
    character_knows="The character is certain {belief}.",
    irony_scenario="At {place}, talk turns to the surveyors seen poling up the channel.",
    tension_context="{Place}, the last ferry gone downstream; the player lingers.",
    memory_description="Remembering {past}, long before the new levee was raised.",
    multi_background="Born in a stilt house on the delta and never left; lodges near {place}.",
    multi_situation="{name} is banking the lamp wicks for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a turned-down answer beside the final one is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------


#: this writer's own phrasings of support actually given (verbs, units and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Frayed or not, she lent {g} worth of support before the ferry left.",
    "By slack water her support amounted to {g}, cracked fingers and all.",
    "He mustered {g} points of support anyway, and slept two days after.",
    "When the squall passed, his support totalled {g} from a well already dry.",
]


#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["keeper", "so-so", "sturdy", "middling"]


#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "[1]" step is the
# revised take of the Chengdu takes list ("[0]" the first draft, a decoy). A "{}" line is the Cairo options object
# keyed by the spoken line. Forms are documented lossless readings (see FORMS).

#: OCEAN as each studio names the traits
OCEAN_KO = ["개방성", "성실성", "외향성", "우호성", "신경성"]
OCEAN_AR = ["الانفتاح", "الضمير_الحي", "الانبساط", "الوداعة", "العصابية"]
OCEAN_ZH = ["开放性", "尽责性", "外向性", "宜人性", "神经质"]

_KO_DECOYS = [
    ("채점.두번째_심사", "judge2", "star"),
    ("채점.확신도", "conf", "star"),
    ("대답.문장_수", "count", None),
]
_AR_DECOYS = [
    ("التقييم.حكم_ثان", "judge2", None),
    ("التقييم.الثقة", "conf", None),
    ("الرد.عدد_الجمل", "count", None),
]
_ZH_DECOYS = [
    ("评分.复核分", "judge2", "of10"),
    ("评分.把握度", "conf", "of10"),
    ("回答.句数", "count", None),
]

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_seoul": {  # Hangul keys, stars out of five, factors as {원인, 영향} items, a support-given number
        "team": "seoul",
        "envelope": "ko_batch",
        "stem": "emotional_authenticity_dalbit",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "인물.이름", None),
            ("context", "인물.배경_설명", None),
            ("base_capacity", "기력.평소", None),
            ("capacity_factors", "기력.변수", "list"),
            ("capacity_factors[].factor", "기력.변수[].원인", None),
            ("capacity_factors[].impact", "기력.변수[].영향", None),
            ("effective_capacity", "기력.오늘", None),
            ("capacity_level", "기력.구간", "upkebab"),
            ("situation", "요청.상황", None),
            ("support_level_needed", "요청.필요_지원도", None),
            ("authenticity_target", "요청.목표_등급", "upkebab"),
            ("complexity_type", "요청.복잡성", "upkebab"),
            ("character_response", "대답.대사", None),
            ("internal_thought", "대답.속마음", None),
            ("demonstrates_constraint", "대답.한계_묘사", None),
            ("support_provided", "대답.실제_도움", None),
            ("authenticity_score", "채점.진정성", "star"),
        ],
        "decoys": [("대답.버린_대사", "turned_down", None), *_KO_DECOYS],
    },
    "ea_chengdu": {  # Chinese keys, every take kept (the draft first), factor texts, capacities "6.5/10"
        "team": "chengdu",
        "envelope": "jsonl",
        "stem": "emotional_authenticity_jinjiang",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "角色.名字", None),
            ("context", "角色.处境", None),
            ("base_capacity", "体力.本来", "of10cap"),
            ("capacity_factors", "体力.牵动", "texts"),
            ("effective_capacity", "体力.眼下", "of10cap"),
            ("capacity_level", "体力.档位", "kebab"),
            ("situation", "求助.情形", None),
            ("support_level_needed", "求助.所需", "of10cap"),
            ("authenticity_target", "求助.目标档", "kebab"),
            ("complexity_type", "求助.纠结类型", "kebab"),
            ("character_response", "回答.改稿[1]", None),
            ("internal_thought", "回答.心声", None),
            ("demonstrates_constraint", "回答.界限", None),
            ("authenticity_score", "评分.可信度", "of10"),
        ],
        "decoys": [("回答.改稿[0]", "turned_down", None), *_ZH_DECOYS],
    },
    "di_seoul": {  # Hangul keys, options as a list of {종류, 말, 영향}, stars out of five
        "team": "seoul",
        "envelope": "ko_lines",
        "stem": "dramatic_irony_dalbit",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "인물.이름", None),
            ("character_capacity", "인물.남은_기력", None),
            ("character_knows", "인물.믿는_것", None),
            ("recommended_option", "인물.어울리는_반응", "upkebab"),
            ("scenario", "무대", None),
            ("player_knows", "플레이어.아는_것", None),
            ("knowledge_gap_score", "플레이어.정보_격차", None),
            ("response_options", "반응들", "list"),
            ("response_options[].type", "반응들[].종류", "upkebab"),
            ("response_options[].dialogue", "반응들[].말", None),
            ("response_options[].relationship_impact", "반응들[].관계_변화", None),
            ("dramatic_irony_score", "채점.아이러니", "star"),
            ("tension_notes", "채점.연출_메모", None),
        ],
        "decoys": [("채점.버린_대사", "turned_down", None), *_KO_DECOYS],
    },
    "di_cairo": {  # Arabic keys, the options keyed by their spoken line
        "team": "cairo",
        "envelope": "ar_sys",
        "stem": "systematic_dramatic_irony_nakhla_batch",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "الشخصية.الاسم", None),
            ("character_capacity", "الشخصية.الطاقة_المتبقية", None),
            ("character_knows", "الشخصية.ما_تظنه", None),
            ("recommended_option", "الشخصية.الخيار_اللائق", "title"),
            ("scenario", "المشهد", None),
            ("player_knows", "اللاعب.ما_يعرفه", None),
            ("knowledge_gap_score", "اللاعب.فجوة_المعرفة", None),
            ("response_options[].dialogue", "الخيارات{}", None),
            ("response_options[].type", "الخيارات{}.النوع", "title"),
            ("response_options[].relationship_impact", "الخيارات{}.الأثر", "signed"),
            ("dramatic_irony_score", "التقييم.حدة_المفارقة", None),
            ("tension_notes", "التقييم.ملاحظة_المخرج", None),
        ],
        "decoys": [("الرد.العبارة_المستبعدة", "turned_down", None), *_AR_DECOYS],
    },
    "tb_chengdu": {  # Chinese keys, every take kept, "2-4 weeks"
        "team": "chengdu",
        "envelope": "zh_md",
        "stem": "tension_building_jinjiang",
        "label": "tension_building",
        "map": [
            ("character_name", "角色.名字", None),
            ("relationship_level", "角色.亲密度", None),
            ("context", "求助.情形", None),
            ("hook_type", "伏笔.种类", "kebab"),
            ("setup", "伏笔.真相", None),
            ("payoff_window_weeks", "伏笔.揭晓周数", "dash_weeks"),
            ("payoff_hint", "伏笔.线索", None),
            ("dialogue", "回答.改稿[1]", None),
            ("tension_score", "评分.悬念", "of10"),
            ("hook_effectiveness", "评分.钩子力度", "of10"),
        ],
        "decoys": [("回答.改稿[0]", "turned_down", None), *_ZH_DECOYS],
    },
    "tb_cairo": {  # Arabic keys, the window as a two-number list, Title Case hooks
        "team": "cairo",
        "envelope": "jsonl",
        "stem": "tension_building_nakhla",
        "label": "tension_building",
        "map": [
            ("character_name", "الشخصية.الاسم", None),
            ("relationship_level", "الشخصية.درجة_القرب", None),
            ("context", "المشهد", None),
            ("hook_type", "الخطاف.صنفه", "title"),
            ("setup", "الخطاف.السر_المخفي", None),
            ("payoff_window_weeks", "الخطاف.أسابيع_الكشف", "pair"),
            ("payoff_hint", "الخطاف.تلميح", None),
            ("dialogue", "الرد.العبارة", None),
            ("tension_score", "التقييم.التشويق", None),
            ("hook_effectiveness", "التقييم.قوة_الخطاف", None),
        ],
        "decoys": [("الرد.العبارة_المستبعدة", "turned_down", None), *_AR_DECOYS],
    },
    "mr_seoul": {  # Hangul keys, weeks "12 weeks earlier", stars out of five
        "team": "seoul",
        "envelope": "ko_lines",
        "stem": "memory_resonance_dalbit",
        "label": "memory_resonance",
        "map": [
            ("character_name", "인물.이름", None),
            ("current_situation", "지금", None),
            ("memory.description", "추억.일어난_일", None),
            ("memory.emotion", "추억.감정", None),
            ("memory.weeks_ago", "추억.몇주전", "wk_earlier"),
            ("resonance_type", "울림.종류", "upkebab"),
            ("resonance_weight", "울림.무게", None),
            ("character_response", "대답.대사", None),
            ("resonance_score", "채점.울림_완성도", "star"),
        ],
        "decoys": [("대답.버린_대사", "turned_down", None), *_KO_DECOYS],
    },
    "mr_chengdu": {  # Chinese keys, every take kept, weeks "12 wks ago"
        "team": "chengdu",
        "envelope": "jsonl",
        "stem": "memory_resonance_jinjiang",
        "label": "memory_resonance",
        "map": [
            ("character_name", "角色.名字", None),
            ("current_situation", "此刻", None),
            ("memory.description", "往事.经过", None),
            ("memory.emotion", "往事.心绪", None),
            ("memory.weeks_ago", "往事.距今", "wks_ago"),
            ("resonance_type", "共鸣.类别", "kebab"),
            ("resonance_weight", "共鸣.分量", None),
            ("character_response", "回答.改稿[1]", None),
            ("resonance_score", "评分.共鸣度", "of10"),
        ],
        "decoys": [("回答.改稿[0]", "turned_down", None), *_ZH_DECOYS],
    },
    "pt_cairo": {  # Arabic trait names, plain numbers
        "team": "cairo",
        "envelope": "ar_sys",
        "stem": "systematic_personality_traits_nakhla_batch",
        "label": "personality_traits",
        "map": [
            ("character_name", "الشخصية.الاسم", None),
            ("scenario", "المشهد", None),
            *[(f"ocean.{t}", f"الطباع.{c}", None) for t, c in zip(OCEAN, OCEAN_AR, strict=True)],
            ("dialogue", "الرد.العبارة", None),
            ("trait_expression", "الرد.تفسير_الطباع", None),
            ("quality_score", "التقييم.الجودة", None),
        ],
        "decoys": [("الرد.العبارة_المستبعدة", "turned_down", None), *_AR_DECOYS],
    },
    "pt_chengdu": {  # Chinese trait names, every take kept
        "team": "chengdu",
        "envelope": "zh_md",
        "stem": "personality_traits_jinjiang",
        "label": "personality_traits",
        "map": [
            ("character_name", "角色.名字", None),
            ("scenario", "求助.情形", None),
            *[(f"ocean.{t}", f"角色.性格.{c}", None) for t, c in zip(OCEAN, OCEAN_ZH, strict=True)],
            ("dialogue", "回答.改稿[1]", None),
            ("trait_expression", "回答.性格分析", None),
            ("quality_score", "评分.质量", "of10"),
        ],
        "decoys": [("回答.改稿[0]", "turned_down", None), *_ZH_DECOYS],
    },
    "rs_seoul": {  # Hangul keys: the relationship and quality marks as stars out of five
        "team": "seoul",
        "envelope": "ko_batch",
        "stem": "relationship_scoring_dalbit",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "인물.이름", None),
            ("relationship_level", "인물.친밀_단계", None),
            ("interaction_type", "만남.유형", None),
            ("player_action", "만남.플레이어_행동", None),
            ("character_response", "만남.인물_반응", None),
            ("rationale", "대답.판단_근거", None),
            ("relationship_score", "채점.관계_점수", "star"),
            ("trust_change", "채점.신뢰_증감", None),
            ("quality_score", "채점.쓸모", "star"),
        ],
        "decoys": [("대답.버린_근거", "turned_down", None), *_KO_DECOYS],
    },
    "rs_cairo": {  # Arabic keys, the trust change signed text
        "team": "cairo",
        "envelope": "ar_sys",
        "stem": "systematic_relationship_scoring_nakhla_batch",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "الشخصية.الاسم", None),
            ("relationship_level", "الشخصية.درجة_القرب", None),
            ("interaction_type", "اللقاء.نوعه", None),
            ("player_action", "اللقاء.فعل_اللاعب", None),
            ("character_response", "اللقاء.جواب_الشخصية", None),
            ("rationale", "الرد.التعليل", None),
            ("relationship_score", "التقييم.متانة_العلاقة", None),
            ("trust_change", "التقييم.تغير_الثقة", "signed"),
            ("quality_score", "التقييم.الجودة", None),
        ],
        "decoys": [("الرد.تعليل_مستبعد", "turned_down", None), *_AR_DECOYS],
    },
    "ms_chengdu": {  # Chinese keys: the whole NPC card, every take of the prose kept
        "team": "chengdu",
        "envelope": "zh_md",
        "stem": "multi_step_batch_jinjiang",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "角色.名字", None),
            ("npc_profile.age", "角色.年纪", "years_old"),
            ("npc_profile.occupation", "角色.营生", None),
            ("npc_profile.background", "角色.来历", None),
            ("npc_emotional_state.base_capacity", "体力.本来", "of10cap"),
            ("npc_emotional_state.capacity_factors", "体力.牵动", "texts"),
            ("npc_emotional_state.effective_capacity", "体力.眼下", "of10cap"),
            ("npc_emotional_state.current_emotion", "体力.情绪", None),
            *[(f"npc_ocean_personality.{t}", f"角色.性格.{c}", None) for t, c in zip(OCEAN, OCEAN_ZH, strict=True)],
            ("interaction_context.situation", "求助.情形", None),
            ("interaction_context.player_request", "求助.请求", None),
            ("interaction_context.support_needed", "求助.所需", "of10cap"),
            ("interaction_context.complexity_type", "求助.纠结类型", "kebab"),
            ("interaction_context.authenticity_target", "求助.目标档", "kebab"),
            ("interaction_context.capacity_level", "体力.档位", "kebab"),
            ("tension_memory.hook_type", "伏笔.种类", "kebab"),
            ("tension_memory.memory_reference", "伏笔.旧事", None),
            ("npc_card_narrative.dialogue_prose", "叙事.改稿[1]", None),
            ("game_outcomes.trust_change", "后果.信任", None),
            ("game_outcomes.relationship_change", "后果.关系", None),
            ("game_outcomes.capacity_after", "后果.剩余体力", "of10cap"),
            ("training_metadata.authenticity_score", "评分.可信度", "of10"),
            ("training_metadata.quality_score", "评分.质量", "of10"),
            ("training_metadata.complexity_type", "运行.纠结类型", None),
            ("training_metadata.pipeline_version", "运行.流水线版本", None),
            ("training_metadata.master_truths_version", "运行.规则版本", None),
            ("training_metadata.generated_at", "运行.生成时间", None),
        ],
        "decoys": [("叙事.改稿[0]", "turned_down", None), *_ZH_DECOYS],
    },
    "ms_seoul": {  # Hangul keys, one call's records a line, stars out of five
        "team": "seoul",
        "envelope": "ko_lines",
        "stem": "multi_step_batch_dalbit",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "인물.이름", None),
            ("npc_profile.age", "인물.나이", "yr"),
            ("npc_profile.occupation", "인물.생업", None),
            ("npc_profile.background", "인물.살아온_길", None),
            ("npc_emotional_state.base_capacity", "기력.평소", None),
            ("npc_emotional_state.capacity_factors", "기력.변수", "list"),
            ("npc_emotional_state.capacity_factors[].factor", "기력.변수[].원인", None),
            ("npc_emotional_state.capacity_factors[].impact", "기력.변수[].영향", None),
            ("npc_emotional_state.effective_capacity", "기력.오늘", None),
            ("npc_emotional_state.current_emotion", "기력.기분", None),
            *[(f"npc_ocean_personality.{t}", f"성향.{c}", None) for t, c in zip(OCEAN, OCEAN_KO, strict=True)],
            ("interaction_context.situation", "요청.상황", None),
            ("interaction_context.player_request", "요청.부탁", None),
            ("interaction_context.support_needed", "요청.필요_지원도", None),
            ("interaction_context.complexity_type", "요청.복잡성", "upkebab"),
            ("interaction_context.authenticity_target", "요청.목표_등급", "upkebab"),
            ("interaction_context.capacity_level", "기력.구간", "upkebab"),
            ("tension_memory.hook_type", "떡밥.종류", "upkebab"),
            ("tension_memory.memory_reference", "떡밥.얽힌_기억", None),
            ("npc_card_narrative.dialogue_prose", "대답.산문", None),
            ("game_outcomes.trust_change", "결과.신뢰", None),
            ("game_outcomes.relationship_change", "결과.관계", None),
            ("game_outcomes.capacity_after", "결과.남은_기력", None),
            ("training_metadata.authenticity_score", "채점.진정성", "star"),
            ("training_metadata.quality_score", "채점.완성도", "star"),
            ("training_metadata.complexity_type", "실행.복잡성", None),
            ("training_metadata.pipeline_version", "실행.파이프라인_판", None),
            ("training_metadata.master_truths_version", "실행.규칙_판", None),
            ("training_metadata.generated_at", "실행.생성_시각", None),
        ],
        "decoys": [("대답.버린_산문", "turned_down", None), *_KO_DECOYS],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_seoul", "ea_chengdu"],
    "dramatic_irony": ["di_cairo", "di_seoul"],
    "tension_building": ["tb_chengdu", "tb_cairo"],
    "memory_resonance": ["mr_seoul", "mr_chengdu"],
    "personality_traits": ["pt_cairo", "pt_chengdu"],
    "relationship_scoring": ["rs_seoul", "rs_cairo"],
    "multi_step": ["ms_chengdu", "ms_seoul"],
}
#: each envelope's file extension
EXT = {"jsonl": "jsonl", "ko_lines": "jsonl", "ko_batch": "json", "ar_sys": "json", "zh_md": "md"}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"ko_batch", "ar_sys"}
#: teams whose own writer sorts every object's keys: none in this family
SORTED_TEAMS: set[str] = set()

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "seoul": {"실행_번호": "run", "모델_태그": "model", "샘플러_시드": "seed", "소요_밀리초": "ms", "토큰_수": "tok"},
    "cairo": {
        "معرف_التشغيل": "run",
        "النموذج": "model",
        "البذرة": "seed",
        "المدة_بالمللي": "ms",
        "روجع": "flag",
    },
    "chengdu": {"运行编号": "run", "模型": "model", "耗时毫秒": "ms", "令牌数": "tok", "时间戳": "stamp"},
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-q4_K_M"]


def _n(v: float) -> str:
    return f"{v:g}"


def _texts(fs: list[dict[str, Any]]) -> list[str]:
    """Factors as the Chengdu prompt asks for them: "cause: -2.5" (the sign always written)."""
    return [f"{f['factor']}: {f['impact']:+g}" for f in fs]


FORMS: dict[str, Callable[[Any], Any]] = {
    "star": lambda v: f"{round(v * 5, 6):g}/5",  # 0.83 -> "4.15/5" (a [0, 1] score only)
    "of10": lambda v: f"{round(v * 10, 6):g} of 10",  # 0.82 -> "8.2 of 10" (a [0, 1] score only)
    "of10cap": lambda v: f"{_n(v)}/10",  # 6.5 -> "6.5/10" (a [0, 10] capacity only)
    "signed": lambda v: f"{v:+g}",  # 0.45 -> "+0.45", -0.3 -> "-0.3"
    "upkebab": lambda s: s.upper().replace("_", "-"),  # "TONE-DEAF", "PAST-TRAUMA-TRIGGER"
    "kebab": lambda s: s.replace("_", "-"),  # "tone-deaf", "past-trauma-trigger"
    "title": lambda s: s.replace("_", " ").title(),  # "Tone Deaf", "Mystery Hook"
    "dash_weeks": lambda w: f"{_n(w['min'])}-{_n(w['max'])} weeks",
    "pair": lambda w: [w["min"], w["max"]],
    "wk_earlier": lambda v: f"{_n(v)} weeks earlier",
    "wks_ago": lambda v: f"{_n(v)} wks ago",
    "yr": lambda v: f"{_n(v)} yr",
    "years_old": lambda v: f"{_n(v)} years old",
    "texts": _texts,
}


#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(900, 52000),
        "tok": lambda: rng.randint(150, 3100),
        "stamp": lambda: _stamp(rng),
        "flag": lambda: rng.random() < 0.7,
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata (last, as the team's writer puts them)."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras = {key: _meta_value(rng, kind) for key, kind in TEAM_EXTRAS[dialect["team"]].items()}
    return {**their, **extras}


# --- files ------------------------------------------------------------------------------------------------------

THINKING = [
    "要写 {n} 条 {what} 记录。键名用中文，回答保留初稿和修改稿两版，分数写成 of 10。河口小镇，人物不要重复。",
    "{n} 条 {what}：先想情形，再写初稿，然后改一遍。数字检查一下再输出。",
    "Delta town, {n} {what} records. Keys in Chinese as the template shows; keep both takes, draft first.",
]
PREAMBLE = ["以下是本批记录：\n\n", "好的，按模板输出：\n\n", ""]
AFTER = ["\n以上记录均按模板填写。\n", "\n如需更多条目请告诉我。\n"]


def _stamp(rng: random.Random) -> str:
    return f"2026-12-0{rng.randint(1, 5)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _call_lines(recs: list[Any], rng: random.Random) -> str:
    """The Seoul runner's log: one line per Ollama call, each line the call's records as an array (one to four; the
    run's last call returned one record)."""
    lines, i = [], 0
    while i < len(recs) - 1:
        n = min(rng.randint(1, 4), len(recs) - 1 - i)
        lines.append(recs[i : i + n])
        i += n
    lines.append(recs[-1:])
    return "".join(json.dumps(group, ensure_ascii=False) + "\n" for group in lines if group)


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, prose after)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False, indent=2)

    if env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), []
    if env == "ko_lines":
        return _call_lines(recs, rng), ["call_lines"]
    if env == "zh_md":
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        tail = rng.choice(["", "", *AFTER])
        mess = ["think", "fence"] + (["prose_after"] if tail else [])
        return think + rng.choice(PREAMBLE) + "```json\n" + dump(recs) + "\n```\n" + tail, mess
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"2026120{rng.randint(1, 5)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    if env == "ko_batch":
        return dump({**header, "samples": recs}) + "\n", []
    # ar_sys: a systematic batch, its samples then the script's quality summary
    qa = {"total": len(recs), "accepted": sum(1 for _ in recs) - rng.randint(0, 2), "model": rng.choice(MODELS)}
    return dump({**header, "samples": recs, "quality_analysis": qa}) + "\n", ["systematic"]


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# About this drop

Three studios ran their own generators against a local Qwen3 model served by Ollama: Dalbit Works in Seoul (Hangul
keys, several records per call, stars out of five), Nakhla Interactive in Cairo (Arabic keys, systematic batches)
and Jinjiang Studio in Chengdu (Chinese keys, every take of the answer kept). Settings used:

```yaml
model: qwen3:14b
temperature: 0.7
num_ctx: 16384
think: true
records_per_call: 4
```

Repeated calls were merged without removing repeats, and one job was stopped while it was still writing.
"""


#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "seoul": ["", "dalbit", "dalbit/logs"],
    "cairo": ["", "nakhla", "nakhla/systematic"],
    "chengdu": ["", "jinjiang", "jinjiang/huida"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2026120{rng.randint(1, 4)}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh17",
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


def write_fresh17_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh17_folder, "fresh17")


if __name__ == "__main__":
    raise SystemExit(main())
