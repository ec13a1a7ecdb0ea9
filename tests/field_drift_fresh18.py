"""A twentieth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh17's writer and manifest test were read; the machinery is the
shared tests/drift_machinery.py, the habits and the record contents are new): the seven data types and meanings of
curation/domain/spec.yaml, written by three studios nobody here has tuned on, set in a tea-estate hill town (a
funicular railway, a cardamom auction floor, a bell foundry, a mountain weather station, a boarding school, a
landslide road), each with one set of habits for every type:

- Kaveri Frames, a Chennai studio whose prompts ask for keys in Tamil script (`பாத்திரம்.பெயர்`, `பதில்.வசனம்`,
  `கோரிக்கை.தேவை`), grouped as character / strength / request / answer, whose grading step asks TWO JUDGES and keeps
  their verdicts in a LIST OF JUDGES PICKED BY THEIR LABEL, in whatever order they returned
  (`மதிப்பீடுகள்[நடுவர்=இயந்திரம்].நம்பகத்தன்மை`, the machine judge: ours; the `பதிப்பாசிரியர்` (editor) element beside
  it holds the same keys: a decoy); its dataset tool writes SPLIT FILES (`kaveri_train_set_...`, `..._validation_set_
  ...`, `..._test_set_...`: arrays whose every sample carries `data_type`); numbers plain, labels in Title_Snake
  ("Tone_Deaf", "Past_Trauma_Trigger"), weeks "12 wk ago", ages "34 yr old", a payoff window as a {start, end}
  object of its own words, capacity factors as `{காரணம், தாக்கம்}` items;
- Tana Frame Studio, an Addis Ababa team whose review sheet is an Excel workbook with TWO HEADER ROWS, read by pandas
  (`read_excel(header=[0, 1])`) and written with `to_json(orient="records", force_ascii=False)`: every key is the
  MultiIndex column as pandas prints it, a tuple in a string, Ge'ez (Amharic) words with spaces
  (`('ገጸ ባሕሪ', 'ስም')`, `('መልስ', 'ንግግር')`, `('ግምገማ', 'ውጥረት')`), one flat row per record, a list or a table in
  a cell where the sheet keeps one (the irony options as a list of objects, capacity factors as a cause -> impact
  table), a payoff window as two columns; pandas' own output habits: one line, every "/" escaped "\\/", time stamps as
  epoch milliseconds; numbers plain, labels as ours (the sheet's drop-downs), weeks "12 wk back"; a records array in
  .json and JSON Lines (`lines=True`) in .jsonl;
- Padma Lantern Games, a Dhaka studio with Bengali-script keys (`চরিত্র.নাম`, `উত্তর.সংলাপ`, `মূল্যায়ন.খাঁটিত্ব`)
  whose review app stores EVERY VALUE IN A ONE-KEY BOX (`{"মান": ...}`, "value": the app meant to add notes beside
  each value and never did), lists boxed whole (`শক্তি.প্রভাবক.মান[].কারণ`); labels in sentence case with hyphens
  ("Tone-deaf", "Past-trauma-trigger"), payoff windows "2-4 wks", weeks "12 wks earlier"; typed batches and raw
  Qwen3 answers (a `<think>` block, a Bengali preamble, a ```json fence, sometimes a closing remark).

Every record also carries what such pipelines leave beside the answer and none of it is ours: the turned-down take
(`பதில்.கைவிட்ட_வசனம்`, `('መልስ', 'የተተወ ንግግር')`, `উত্তর.বাতিল_সংলাপ.মান`), a second judge's mark in the score's
own form (the Chennai editor's verdict), a certainty on the same scale, a sentence count, run metadata (run ids, model
tags, sampler seeds, milliseconds, token counts, epoch time stamps, flags). Each data type has two prompt versions by
two of the studios; a seed writes one of them or both in one folder (one truth map holding both). Every truth line
uses a field_map form docs/interaction-formats.md documents (dotted paths, "[]", "[key=label]"), and values only in
readings the docs list as lossless ("12 wk ago", "12 wk back", "12 wks earlier", "34 yr old", "2-4 wks", a cause ->
impact table, labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Dhaka answers with a `<think>` block and a ```json fence
and sometimes prose after it; a README of the drop (prose and a YAML fence) in some folders. A type may be absent,
hold 3-6 valid records, 22-34, or 92-116 over many files; a folder holds about 90-340 records; no two records are
alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "handed over 7 points of
support", "managed 7 units of support", "showed 7 worth of support", "support actually delivered: 7"), an excellent
target over X+2, capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact
/ option type / recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance
weights and types, out-of-range values written as plain numbers, a NaN trust change, a score finished with a word
(uncoercible), a missing answer or another missing required field (a hook's hidden setup, a trust change), low
quality, an authenticity score off its declared target, exact duplicates (a retried call appended again, or a
retried batch repeating a record of the previous file of its prompt version).

    write_fresh18_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh18.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh18.manifest.json)
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

# --- content pools (this writer's own: a tea-estate hill town, its funicular, bell foundry and weather station) ----

NAMES = [
    "Perpetua Ashgrove",
    "Idris Kanakaraj",
    "Tewodros Hailu-Barnes",
    "Saoirse Velloor",
    "Meenakshi Orrin",
    "Absalom Fenwright",
    "Rukhsana Dellacroix",
    "Oluwaseun Pyke",
    "Gwenllian Tharoor",
    "Zebedee Muthusamy",
    "Araminta Gebreyes",
    "Lochlan Iyengar",
    "Philippa Ndaw",
    "Bartholomew Sengupta",
    "Hyacinth Alemu",
    "Severin Rajagopal",
    "Clementine Obuya",
    "Anselm Chowdhury",
]
JOBS = [
    "funicular brake-lever hand",
    "cardamom auctioneer",
    "bell-foundry moulder",
    "weather-station observer",
    "tea-leaf withering hand",
    "boarding-school matron",
    "landslide-road flagger",
    "estate dispensary compounder",
    "hill-post runner",
    "ropeway pulley greaser",
    "shade-tree pollarder",
    "mist-lamp lighter",
]
PLACES = [
    "the funicular's upper landing in drizzle",
    "the cardamom auction floor after the gavel",
    "the bell foundry's casting pit still warm",
    "the weather station's anemometer deck",
    "the withering loft under corrugated iron",
    "the boarding school's shuttered dormitory",
    "the hairpin bend where the road keeps slipping",
    "the estate dispensary with its brown glass jars",
]
PRESSURES = [
    ("the funicular cable frayed two strands this week", -2.5),
    ("a cracked bell had to be broken up for scrap", -1.5),
    ("the cardamom lot sold under reserve", -2.0),
    ("a pupil ran away down the ghat road", -3.0),
    ("leeches swarmed the lower terraces after rain", -0.5),
    ("the estate manager praised the new withering racks", 1.5),
    ("the dispensary ran out of quinine tablets", -1.0),
    ("a parcel of sweets came up from the plains", 0.5),
    ("the barometer needle stuck during a gale warning", -2.0),
    ("the bell rang true on its first trial strike", 1.0),
]
ASKS = [
    "The player asks them to run the funicular one more time after the safety bell.",
    "The player needs a bid withdrawn quietly before the cardamom lot closes.",
    "The player wants them to tell a housemaster his runaway pupil was seen at the bus stand.",
    "The player asks them to log a false rainfall reading so the road stays open.",
    "The player asks to borrow the dispensary's last stretcher for a fallen picker.",
    "The player wants help lifting a cracked bell back onto its cradle tonight.",
    "The player asks them to walk the landslide road at dusk with a single lantern.",
    "The player needs someone to speak for a sacked plucker at the estate office.",
]
REPLIES = [
    "One more run, then the brake stays on till morning — climb in before I change my mind.",
    "I can’t pull a bid once the gavel’s up, but I can cough very loudly at the right moment.",
    "Let me find my shawl. We’ll tell him together, and I’ll do the talking if your voice goes.",
    "Not a false reading, no. I’ll phone the road gang myself and beg them to wait an hour.",
    "Take the stretcher. Bring it back washed, and bring the picker back breathing.",
    "My back is finished for today. Tomorrow at six, with three more pairs of hands.",
    "Dusk on that road? Half a mile with you, to the shrine, and not a step past it.",
    "I’ll say she works harder than anyone on the slope. Whether they listen is theirs to decide.",
]
THOUGHTS = [
    "Every favour on this hill gets repaid in cold tea and gossip. Fine.",
    "The cable groans louder each evening and nobody but me seems to hear it.",
    "If I refuse, they’ll ask the matron, and she has even less left than I do.",
    "Mist this thick makes every promise sound bigger than it is.",
]
SECRETS = [
    "the estate manager is selling the upper terraces to a resort chain",
    "the funicular's inspection certificate was bought, not earned",
    "the runaway pupil is hiding in the bell foundry's coke store",
    "the cardamom auction was rigged by two brokers from the plains",
    "the weather station's records were altered to hide last year's flood",
    "the dispensary compounder has been diluting the cough syrup",
]
BELIEFS = [
    "the upper terraces will be replanted with young clones next spring",
    "the funicular passed a strict inspection only last month",
    "the runaway pupil caught a bus down to the plains",
    "the cardamom fetched a fair price on an honest floor",
    "the station's ledgers are the most careful on the whole range",
    "the compounder is the most careful man in the district",
]
TONE_DEAF = [
    "Cheer up, the monsoon sale has half-price umbrellas at the co-op!",
    "Auction politics bore me stiff, honestly.",
    "Can we talk about something nicer than ledgers and leeches?",
    "Hills slide, people leave. Moping never dried a tea leaf.",
]
MISGUIDED = [
    "It's a clerical slip, surely. The manager minds his own ledgers.",
    "Perhaps slip the broker a tin of biscuits and see what he says.",
    "Leave it to me, I'll march into the office and shout until someone listens.",
    "You ought to be grateful the funicular runs at all, if we're honest.",
]
GROWTH = [
    "Whatever's rotten up here, I'm climbing with you. Where do we start tonight?",
    "Something smells wrong about this and I can't see all of it. Shall we look together, carefully?",
    "That's a heavy load to carry up a steep path. A plan, or just company on the bench?",
    "I might not follow every twist of it, and that's alright. Tell me anyway, slowly.",
]
HOOK_LINES = [
    "The cable didn’t fray on its own. I know whose pliers, but not tonight.",
    "Come back after the auction closes and I’ll show you whose signature is on the resort papers.",
    "He swears the barometer was fine at noon. The logbook’s ink says otherwise. Odd, isn’t it?",
    "If the lorry leaves before the full moon, there won’t be a harvest bonus left to find.",
    "There’s a second rainfall ledger in the station’s cupboard. The pages are still crisp.",
    "You think the leeches emptied the bird traps? Go on believing that a little longer.",
]
SECRET_SETUPS = [
    "The cable was cut on purpose so the funicular would close and the land would sell cheaply.",
    "The resort papers were signed by the estate manager in exchange for a bungalow in the plains.",
    "The barometer was tampered with so the gale warning would never reach the pickers.",
    "The head clerk has already loaded the harvest bonus into a lorry bound for the coast.",
    "The second ledger holds the true rainfall figures the station was told to bury.",
    "The bird traps were emptied by the manager's nephews to sell in the valley market.",
]
HINTS = [
    "A clean cut on a cable strand that should have frayed raggedly.",
    "A new bungalow in the plains paid for in cash by the manager's brother.",
    "A brass screw on the barometer shinier than all the others.",
    "A lorry with its tarpaulin tied far too carefully for cabbages.",
    "A cupboard key on the observer's ring that fits no door he admits to.",
    "Feathers caught in the zips of the nephews' market bags.",
]
NOW = [
    "The player whistles a plucking song while sorting leaves on the withering rack.",
    "A kite snaps its string and sails off over the valley.",
    "Hail rattles on the foundry's iron roof.",
    "The dispensary smells of camphor and boiled wool.",
    "The player shows them a faded school photograph from the prize day.",
    "Someone on the terrace calls a child's name exactly as their aunt used to.",
]
PAST = [
    "their aunt singing plucking songs between the bushes",
    "the landslide year the road vanished for a month",
    "carrying a brother down to the plains hospital on a bamboo litter",
    "their first gale alone at the weather station",
    "a prize day that ended with the headmaster in the lily pond",
    "nursing a sick grandmother through a fortnight of mist",
]
EMOTIONS = [
    "woolly tenderness",
    "sleepy contentment",
    "scalding embarrassment",
    "sly delight",
    "gnawing unease",
    "shoulder-dropping relief",
    "foggy longing",
]
RECALL = [
    "That plucking song… my aunt hummed it under the bushes. I haven’t heard it since we scattered her ashes.",
    "Hail on iron. Every single time. I’m back on the road that wasn’t there, counting stones.",
    "A kite on the wind. She always let hers go too soon, just to watch it race the clouds.",
    "Funny, the first gales up there terrified me. Now the rattle is almost a lullaby.",
    "You call names just the way she did. Sorry, give me a second.",
    "I sat a vigil like this once before, and I promised myself never again.",
]
SCENES = [
    "A stranger pushes ahead in the funicular queue.",
    "The player forgets the character's saint's day.",
    "Fog cancels the Sunday cattle fair.",
    "A colleague claims credit for recasting the cracked bell.",
    "The player invites them to dance at the harvest bonfire.",
    "A telegram arrives from the plains with bad news.",
]
TRAIT_LINES = [
    "Oh, never mind, there’s another car in twenty minutes, isn’t there?",
    "I’ve written a schedule. Six items, numbered. The first starts at a quarter past five sharp.",
    "Dance? At the bonfire? Wait right there, I’m fetching my harmonium!",
    "It’s fine. It’s always fine. Please don’t make a fuss over me.",
    "Of course the fair’s cancelled. Of course. Why do I plan anything at all?",
    "How odd, I never thought of a funicular queue as somewhere to meet people.",
]
EXPRESS = [
    "High agreeableness softens the grumble; low neuroticism keeps it easy.",
    "High conscientiousness shows in the numbered schedule and the exact minute.",
    "High extraversion leaps at the invitation with instant delight.",
    "High neuroticism sends the cancelled fair into a spiral.",
    "High openness turns a queue-jumper into a small curiosity worth studying.",
]
ACTIONS = [
    "The player brings hot ginger tea when they are laid up with hill fever.",
    "The player misses a promised meeting at the funicular's upper landing.",
    "The player stands up for them in front of the estate manager.",
    "The player opens their private telegrams from the plains without asking.",
    "The player repays a loan of kerosene in full, with a tin of biscuits extra.",
    "The player teases them about their enormous rubber boots.",
]
RETORTS = [
    "You remembered the ginger. Nobody ever remembers.",
    "I waited two cars at that landing. Two whole cars.",
    "Nobody asked you to stick your neck out. I won’t forget it.",
    "Those were mine. I think you’d better go now.",
    "So the kerosene’s square now. Fine by me.",
    "Ha! Says the one who wears a sun hat in a hailstorm.",
]
WHYS = [
    "Care shown during illness builds trust; the warm reply shows it was felt.",
    "A missed promise costs trust; the curt reply signals hurt more than fury.",
    "Open loyalty before a superior is rare and valued, so a large rise in trust fits.",
    "Opening private telegrams is a grave breach; the line is drawn without softening.",
    "Repaying a loan restores balance but does not by itself create warmth.",
    "Gentle teasing inside a settled friendship reads as affection rather than insult.",
]
PROSE = [
    "Perpetua wipes cable grease from her palms and won’t meet your eye. “I’ll hold the car. Not one thing more.”",
    "He laughs too loudly and agrees to everything, then goes very quiet once the office door shuts.",
    "She listens without a word, nods once, and scratches a name into the wax of a bell mould.",
    "The observer shakes her head. “Come back after the gale. Right now I’d only make it worse.”",
    "Idris folds the telegram into quarters and tucks it under the scale weights. “Not tonight. I’m sorry.”",
]
MEMREF = [
    "the landslide year the road vanished for a month",
    "a promise made on the funicular's upper landing",
    "the gale that tore the anemometer off its mast",
    "their first week greasing the ropeway pulleys",
    "a school photograph left on the dispensary counter",
]
TENSION_NOTES = [
    "Keep the manager's deals offstage; nothing is revealed in this scene.",
    "The irony should prickle; the character must not suspect anything.",
]
UNKNOWN_COMPLEXITY = ["mist_weariness", "foundry_pride", "gradient_panic", "ledger_bluster"]
UNKNOWN_HOOKS = ["cable_creak_tease", "fog_murmur", "loose_kite"]
UNKNOWN_RESONANCE = ["hail_echo", "camphor_glow", "bellmetal_ache"]
UNKNOWN_OPTIONS = ["curt_brushoff", "dithering", "muttering"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "beyond" if need > x2 else "within"
    return f"Running on {eff:g} of stamina, the ceiling here is {x2:g}; the request wants {need:g}, {side} that mark."


#: this family's hill town, drawn by the shared record makers (tests/drift_machinery.py): its pools, its sentences
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="A {job} up by {place}, worn ragged since {factor}.",
    character_knows="The character is quite sure {belief}.",
    irony_scenario="At {place}, the talk turns to the surveyors seen pacing the upper terraces.",
    tension_context="{Place}, the last funicular car gone down; the player hangs back.",
    memory_description="Thinking back to {past}, before the new ghat road was cut.",
    multi_background="Born in the estate lines and never went down to the plains; lodges near {place}.",
    multi_situation="{name} is trimming the mist lamps for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a turned-down answer beside the final one is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs, units and participles of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Stamina or none, she handed over {g} points of support before the last car left.",
    "Through the hail he managed {g} units of support, and slept a full day after.",
    "She showed {g} worth of support to the whole terrace, from a tank already empty.",
    "By the time the mist lifted, support actually delivered: {g}, from reserves long spent.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["decent", "passable", "solid-ish", "wobbly"]

#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "[key=label]" step is
# the Chennai judges list (the machine judge's element; the editor's is a decoy). The Addis keys are pandas'
# MultiIndex columns, a tuple printed in a string (`_col`). The Dhaka keys end in the review app's box, "মান".

#: the Chennai machine judge's element in the judges list (the editor's element holds the decoy marks)
_JT = "மதிப்பீடுகள்[நடுவர்=இயந்திரம்]"
_JE = "மதிப்பீடுகள்[நடுவர்=பதிப்பாசிரியர்]"


def _col(group: str, column: str) -> str:
    """A pandas MultiIndex column as `to_json` prints it: the tuple's repr."""
    return repr((group, column))


#: OCEAN as each studio names the traits
OCEAN_TA = ["திறந்த_மனம்", "மனசாட்சி", "புறநோக்கு", "இணக்கம்", "பதற்றம்"]
OCEAN_AM = ["ግልጽነት", "ጥንቁቅነት", "ተግባቢነት", "ተስማሚነት", "ጭንቀታምነት"]
OCEAN_BN = ["উদারতা", "কর্তব্যনিষ্ঠা", "বহির্মুখিতা", "সহৃদয়তা", "উদ্বেগপ্রবণতা"]

_TA_DECOYS = [
    (f"{_JE}.நம்பகத்தன்மை", "judge2", None),
    (f"{_JT}.உறுதிப்பாடு", "conf", None),
    ("பதில்.வாக்கிய_எண்ணிக்கை", "count", None),
]
_AM_DECOYS = [
    (_col("ግምገማ", "ሁለተኛ ዳኛ"), "judge2", None),
    (_col("ግምገማ", "እርግጠኝነት"), "conf", None),
    (_col("መልስ", "የዓረፍተ ነገር ብዛት"), "count", None),
]
_BN_DECOYS = [
    ("মূল্যায়ন.দ্বিতীয়_বিচারক.মান", "judge2", None),
    ("মূল্যায়ন.আস্থা.মান", "conf", None),
    ("উত্তর.বাক্য_সংখ্যা.মান", "count", None),
]
_TA_TURNED = ("பதில்.கைவிட்ட_வசனம்", "turned_down", None)
_AM_TURNED = (_col("መልስ", "የተተወ ንግግር"), "turned_down", None)
_BN_TURNED = ("উত্তর.বাতিল_সংলাপ.মান", "turned_down", None)

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_chennai": {  # Tamil keys, the machine judge picked from the judges list by its label, split files
        "team": "chennai",
        "envelope": "ta_split",
        "stem": "kaveri_train_set_emotional_authenticity_",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "பாத்திரம்.பெயர்", None),
            ("context", "பாத்திரம்.பின்னணி", None),
            ("base_capacity", "வலிமை.இயல்பு", None),
            ("capacity_factors", "வலிமை.காரணிகள்", "list"),
            ("capacity_factors[].factor", "வலிமை.காரணிகள்[].காரணம்", None),
            ("capacity_factors[].impact", "வலிமை.காரணிகள்[].தாக்கம்", None),
            ("effective_capacity", "வலிமை.இன்று", None),
            ("capacity_level", "வலிமை.படிநிலை", "title_snake"),
            ("situation", "கோரிக்கை.சூழல்", None),
            ("support_level_needed", "கோரிக்கை.தேவை", None),
            ("authenticity_target", "கோரிக்கை.இலக்கு_தரம்", "title_snake"),
            ("complexity_type", "கோரிக்கை.சிக்கல்_வகை", "title_snake"),
            ("character_response", "பதில்.வசனம்", None),
            ("internal_thought", "பதில்.மனவோட்டம்", None),
            ("demonstrates_constraint", "பதில்.எல்லை_விளக்கம்", None),
            ("support_provided", "பதில்.கொடுத்த_உதவி", None),
            ("authenticity_score", f"{_JT}.நம்பகத்தன்மை", None),
        ],
        "decoys": [_TA_TURNED, *_TA_DECOYS],
    },
    "ea_dhaka": {  # Bengali keys, every value in a one-key box
        "team": "dhaka",
        "envelope": "bn_batch",
        "stem": "emotional_authenticity_padma_batch",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "চরিত্র.নাম.মান", None),
            ("context", "চরিত্র.প্রেক্ষাপট.মান", None),
            ("base_capacity", "শক্তি.স্বাভাবিক.মান", None),
            ("capacity_factors", "শক্তি.প্রভাবক.মান", "list"),
            ("capacity_factors[].factor", "শক্তি.প্রভাবক.মান[].কারণ", None),
            ("capacity_factors[].impact", "শক্তি.প্রভাবক.মান[].প্রভাব", None),
            ("effective_capacity", "শক্তি.আজ.মান", None),
            ("capacity_level", "শক্তি.স্তর.মান", "sent_hyphen"),
            ("situation", "অনুরোধ.পরিস্থিতি.মান", None),
            ("support_level_needed", "অনুরোধ.প্রয়োজন.মান", None),
            ("authenticity_target", "অনুরোধ.লক্ষ্য_স্তর.মান", "sent_hyphen"),
            ("complexity_type", "অনুরোধ.জটিলতা.মান", "sent_hyphen"),
            ("character_response", "উত্তর.সংলাপ.মান", None),
            ("internal_thought", "উত্তর.মনের_কথা.মান", None),
            ("demonstrates_constraint", "উত্তর.সীমা_বর্ণনা.মান", None),
            ("support_provided", "উত্তর.প্রদত্ত_সাহায্য.মান", None),
            ("authenticity_score", "মূল্যায়ন.খাঁটিত্ব.মান", None),
        ],
        "decoys": [_BN_TURNED, *_BN_DECOYS],
    },
    "di_addis": {  # pandas MultiIndex columns in Ge'ez, the options a list of objects in one cell
        "team": "addis",
        "envelope": "am_rows",
        "stem": "tana_dramatic_irony_sheet",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _col("ገጸ ባሕሪ", "ስም"), None),
            ("character_capacity", _col("ገጸ ባሕሪ", "ቀሪ አቅም"), None),
            ("character_knows", _col("ገጸ ባሕሪ", "የሚያምነው"), None),
            ("recommended_option", _col("ገጸ ባሕሪ", "የሚስማማ ምላሽ"), None),
            ("scenario", _col("ትዕይንት", "መቼት"), None),
            ("player_knows", _col("ተጫዋች", "የሚያውቀው"), None),
            ("knowledge_gap_score", _col("ተጫዋች", "የእውቀት ክፍተት"), None),
            ("response_options", _col("መልስ", "አማራጮች"), "list"),
            ("response_options[].type", _col("መልስ", "አማራጮች") + "[].ዓይነት", None),
            ("response_options[].dialogue", _col("መልስ", "አማራጮች") + "[].ንግግር", None),
            ("response_options[].relationship_impact", _col("መልስ", "አማራጮች") + "[].የግንኙነት ለውጥ", None),
            ("dramatic_irony_score", _col("ግምገማ", "የምፀት ጥንካሬ"), None),
            ("tension_notes", _col("ግምገማ", "የዳይሬክተር ማስታወሻ"), None),
        ],
        "decoys": [_AM_TURNED, *_AM_DECOYS],
    },
    "di_chennai": {  # Tamil keys, the options a list of {வகை, வரி, உறவு_மாற்றம்}
        "team": "chennai",
        "envelope": "ta_split",
        "stem": "kaveri_validation_set_dramatic_irony_",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "பாத்திரம்.பெயர்", None),
            ("character_capacity", "பாத்திரம்.மீதி_வலிமை", None),
            ("character_knows", "பாத்திரம்.நம்புவது", None),
            ("recommended_option", "பாத்திரம்.பொருந்தும்_எதிர்வினை", "title_snake"),
            ("scenario", "காட்சி", None),
            ("player_knows", "ஆட்டக்காரர்.அறிந்தது", None),
            ("knowledge_gap_score", "ஆட்டக்காரர்.அறிவு_இடைவெளி", None),
            ("response_options", "எதிர்வினைகள்", "list"),
            ("response_options[].type", "எதிர்வினைகள்[].வகை", "title_snake"),
            ("response_options[].dialogue", "எதிர்வினைகள்[].வரி", None),
            ("response_options[].relationship_impact", "எதிர்வினைகள்[].உறவு_மாற்றம்", None),
            ("dramatic_irony_score", f"{_JT}.முரண்_கூர்மை", None),
            ("tension_notes", "காட்சி_குறிப்பு", None),
        ],
        "decoys": [_TA_TURNED, *_TA_DECOYS],
    },
    "tb_dhaka": {  # Bengali boxes, "2-4 wks"
        "team": "dhaka",
        "envelope": "bn_md",
        "stem": "tension_building_padma_answer",
        "label": "tension_building",
        "map": [
            ("character_name", "চরিত্র.নাম.মান", None),
            ("relationship_level", "চরিত্র.ঘনিষ্ঠতা.মান", None),
            ("context", "দৃশ্য.প্রসঙ্গ.মান", None),
            ("hook_type", "টোপ.ধরন.মান", "sent_hyphen"),
            ("setup", "টোপ.গোপন_সত্য.মান", None),
            ("payoff_window_weeks", "টোপ.উন্মোচন_কাল.মান", "dash_wks"),
            ("payoff_hint", "টোপ.ইঙ্গিত.মান", None),
            ("dialogue", "উত্তর.সংলাপ.মান", None),
            ("tension_score", "মূল্যায়ন.টানটান.মান", None),
            ("hook_effectiveness", "মূল্যায়ন.টোপের_জোর.মান", None),
        ],
        "decoys": [_BN_TURNED, *_BN_DECOYS],
    },
    "tb_addis": {  # pandas columns, the window as two columns
        "team": "addis",
        "envelope": "jsonl",
        "stem": "tana_tension_building_sheet",
        "label": "tension_building",
        "map": [
            ("character_name", _col("ገጸ ባሕሪ", "ስም"), None),
            ("relationship_level", _col("ገጸ ባሕሪ", "ቅርበት"), None),
            ("context", _col("ትዕይንት", "መቼት"), None),
            ("hook_type", _col("መንጠቆ", "ዓይነት"), None),
            ("setup", _col("መንጠቆ", "የተደበቀ እውነት"), None),
            ("payoff_window_weeks.min", _col("መንጠቆ", "ከሳምንት"), None),
            ("payoff_window_weeks.max", _col("መንጠቆ", "እስከ ሳምንት"), None),
            ("payoff_hint", _col("መንጠቆ", "ፍንጭ"), None),
            ("dialogue", _col("መልስ", "ንግግር"), None),
            ("tension_score", _col("ግምገማ", "ውጥረት"), None),
            ("hook_effectiveness", _col("ግምገማ", "የመንጠቆ ኃይል"), None),
        ],
        "decoys": [_AM_TURNED, *_AM_DECOYS],
    },
    "mr_chennai": {  # Tamil keys, weeks "12 wk ago"
        "team": "chennai",
        "envelope": "ta_split",
        "stem": "kaveri_test_set_memory_resonance_",
        "label": "memory_resonance",
        "map": [
            ("character_name", "பாத்திரம்.பெயர்", None),
            ("current_situation", "நிகழ்காலம்", None),
            ("memory.description", "நினைவு.நடந்தது", None),
            ("memory.emotion", "நினைவு.உணர்வு", None),
            ("memory.weeks_ago", "நினைவு.எத்தனை_வாரம்", "wk_ago"),
            ("resonance_type", "அதிர்வு.வகை", "title_snake"),
            ("resonance_weight", "அதிர்வு.கனம்", None),
            ("character_response", "பதில்.வசனம்", None),
            ("resonance_score", f"{_JT}.அதிர்வு_மதிப்பு", None),
        ],
        "decoys": [_TA_TURNED, *_TA_DECOYS],
    },
    "mr_addis": {  # pandas columns, weeks "12 wk back"
        "team": "addis",
        "envelope": "am_rows",
        "stem": "tana_memory_resonance_sheet",
        "label": "memory_resonance",
        "map": [
            ("character_name", _col("ገጸ ባሕሪ", "ስም"), None),
            ("current_situation", _col("አሁን", "ሁኔታ"), None),
            ("memory.description", _col("ትዝታ", "ምን ሆነ"), None),
            ("memory.emotion", _col("ትዝታ", "ስሜት"), None),
            ("memory.weeks_ago", _col("ትዝታ", "ከስንት ሳምንት በፊት"), "wk_back"),
            ("resonance_type", _col("ማስተጋባት", "ዓይነት"), None),
            ("resonance_weight", _col("ማስተጋባት", "ክብደት"), None),
            ("character_response", _col("መልስ", "ንግግር"), None),
            ("resonance_score", _col("ግምገማ", "የማስተጋባት ውጤት"), None),
        ],
        "decoys": [_AM_TURNED, *_AM_DECOYS],
    },
    "pt_dhaka": {  # Bengali trait names, boxed
        "team": "dhaka",
        "envelope": "bn_batch",
        "stem": "personality_traits_padma_batch",
        "label": "personality_traits",
        "map": [
            ("character_name", "চরিত্র.নাম.মান", None),
            ("scenario", "দৃশ্য.প্রসঙ্গ.মান", None),
            *[(f"ocean.{t}", f"স্বভাব.{c}.মান", None) for t, c in zip(OCEAN, OCEAN_BN, strict=True)],
            ("dialogue", "উত্তর.সংলাপ.মান", None),
            ("trait_expression", "উত্তর.স্বভাব_ব্যাখ্যা.মান", None),
            ("quality_score", "মূল্যায়ন.উৎকর্ষ.মান", None),
        ],
        "decoys": [_BN_TURNED, *_BN_DECOYS],
    },
    "pt_chennai": {  # Tamil trait names, the machine judge's quality
        "team": "chennai",
        "envelope": "ta_split",
        "stem": "kaveri_train_set_personality_traits_",
        "label": "personality_traits",
        "map": [
            ("character_name", "பாத்திரம்.பெயர்", None),
            ("scenario", "காட்சி", None),
            *[(f"ocean.{t}", f"குணம்.{c}", None) for t, c in zip(OCEAN, OCEAN_TA, strict=True)],
            ("dialogue", "பதில்.வசனம்", None),
            ("trait_expression", "பதில்.குண_விளக்கம்", None),
            ("quality_score", f"{_JT}.தரம்", None),
        ],
        "decoys": [_TA_TURNED, *_TA_DECOYS],
    },
    "rs_addis": {  # pandas columns
        "team": "addis",
        "envelope": "jsonl",
        "stem": "tana_relationship_scoring_sheet",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _col("ገጸ ባሕሪ", "ስም"), None),
            ("relationship_level", _col("ገጸ ባሕሪ", "ቅርበት"), None),
            ("interaction_type", _col("ግንኙነት", "ዓይነት"), None),
            ("player_action", _col("ግንኙነት", "የተጫዋች ድርጊት"), None),
            ("character_response", _col("ግንኙነት", "የገጸ ባሕሪ ምላሽ"), None),
            ("rationale", _col("መልስ", "ምክንያት"), None),
            ("relationship_score", _col("ግምገማ", "የግንኙነት ውጤት"), None),
            ("trust_change", _col("ግምገማ", "የእምነት ለውጥ"), None),
            ("quality_score", _col("ግምገማ", "ጥራት"), None),
        ],
        "decoys": [_AM_TURNED, *_AM_DECOYS],
    },
    "rs_dhaka": {  # Bengali boxes
        "team": "dhaka",
        "envelope": "bn_md",
        "stem": "relationship_scoring_padma_answer",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "চরিত্র.নাম.মান", None),
            ("relationship_level", "চরিত্র.ঘনিষ্ঠতা.মান", None),
            ("interaction_type", "সাক্ষাৎ.ধরন.মান", None),
            ("player_action", "সাক্ষাৎ.খেলোয়াড়ের_কাজ.মান", None),
            ("character_response", "সাক্ষাৎ.চরিত্রের_জবাব.মান", None),
            ("rationale", "উত্তর.যুক্তি.মান", None),
            ("relationship_score", "মূল্যায়ন.সম্পর্ক_মাপ.মান", None),
            ("trust_change", "মূল্যায়ন.বিশ্বাস_বদল.মান", None),
            ("quality_score", "মূল্যায়ন.উৎকর্ষ.মান", None),
        ],
        "decoys": [_BN_TURNED, *_BN_DECOYS],
    },
    "ms_addis": {  # the whole NPC card as one flat sheet row, factors a cause -> impact table in a cell
        "team": "addis",
        "envelope": "am_rows",
        "stem": "tana_npc_card_sheet",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _col("ገጸ ባሕሪ", "ስም"), None),
            ("npc_profile.age", _col("ገጸ ባሕሪ", "ዕድሜ"), None),
            ("npc_profile.occupation", _col("ገጸ ባሕሪ", "ሥራ"), None),
            ("npc_profile.background", _col("ገጸ ባሕሪ", "የሕይወት ታሪክ"), None),
            ("npc_emotional_state.base_capacity", _col("አቅም", "መደበኛ"), None),
            ("npc_emotional_state.capacity_factors", _col("አቅም", "ምክንያቶች"), "table"),
            ("npc_emotional_state.effective_capacity", _col("አቅም", "ዛሬ"), None),
            ("npc_emotional_state.current_emotion", _col("አቅም", "ስሜት"), None),
            *[(f"npc_ocean_personality.{t}", _col("ባሕርይ", c), None) for t, c in zip(OCEAN, OCEAN_AM, strict=True)],
            ("interaction_context.situation", _col("ጥያቄ", "ሁኔታ"), None),
            ("interaction_context.player_request", _col("ጥያቄ", "ልመና"), None),
            ("interaction_context.support_needed", _col("ጥያቄ", "የሚያስፈልግ እገዛ"), None),
            ("interaction_context.complexity_type", _col("ጥያቄ", "ውስብስብነት"), None),
            ("interaction_context.authenticity_target", _col("ጥያቄ", "የታለመ ደረጃ"), None),
            ("interaction_context.capacity_level", _col("አቅም", "ደረጃ"), None),
            ("tension_memory.hook_type", _col("መንጠቆ", "ዓይነት"), None),
            ("tension_memory.memory_reference", _col("መንጠቆ", "የተያያዘ ትዝታ"), None),
            ("npc_card_narrative.dialogue_prose", _col("መልስ", "ትረካ"), None),
            ("game_outcomes.trust_change", _col("ውጤት", "እምነት"), None),
            ("game_outcomes.relationship_change", _col("ውጤት", "ግንኙነት"), None),
            ("game_outcomes.capacity_after", _col("ውጤት", "የቀረ አቅም"), None),
            ("training_metadata.authenticity_score", _col("ግምገማ", "እውነተኛነት"), None),
            ("training_metadata.quality_score", _col("ግምገማ", "ጥራት"), None),
            ("training_metadata.complexity_type", _col("ሩጫ", "ውስብስብነት"), None),
            ("training_metadata.pipeline_version", _col("ሩጫ", "የቧንቧ ስሪት"), None),
            ("training_metadata.master_truths_version", _col("ሩጫ", "የሕግ ስሪት"), None),
            ("training_metadata.generated_at", _col("ሩጫ", "የተፈጠረበት ቀን"), None),
        ],
        "decoys": [(_col("መልስ", "የተተወ ትረካ"), "turned_down", None), *_AM_DECOYS],
    },
    "ms_chennai": {  # Tamil keys, the NPC card, the machine judge's scores in the judges list
        "team": "chennai",
        "envelope": "ta_split",
        "stem": "kaveri_validation_set_multi_step_",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "பாத்திரம்.பெயர்", None),
            ("npc_profile.age", "பாத்திரம்.வயது", "yr_old"),
            ("npc_profile.occupation", "பாத்திரம்.தொழில்", None),
            ("npc_profile.background", "பாத்திரம்.வாழ்க்கை_கதை", None),
            ("npc_emotional_state.base_capacity", "வலிமை.இயல்பு", None),
            ("npc_emotional_state.capacity_factors", "வலிமை.காரணிகள்", "list"),
            ("npc_emotional_state.capacity_factors[].factor", "வலிமை.காரணிகள்[].காரணம்", None),
            ("npc_emotional_state.capacity_factors[].impact", "வலிமை.காரணிகள்[].தாக்கம்", None),
            ("npc_emotional_state.effective_capacity", "வலிமை.இன்று", None),
            ("npc_emotional_state.current_emotion", "வலிமை.மனநிலை", None),
            *[(f"npc_ocean_personality.{t}", f"குணம்.{c}", None) for t, c in zip(OCEAN, OCEAN_TA, strict=True)],
            ("interaction_context.situation", "கோரிக்கை.சூழல்", None),
            ("interaction_context.player_request", "கோரிக்கை.வேண்டுகோள்", None),
            ("interaction_context.support_needed", "கோரிக்கை.தேவை", None),
            ("interaction_context.complexity_type", "கோரிக்கை.சிக்கல்_வகை", "title_snake"),
            ("interaction_context.authenticity_target", "கோரிக்கை.இலக்கு_தரம்", "title_snake"),
            ("interaction_context.capacity_level", "வலிமை.படிநிலை", "title_snake"),
            ("tension_memory.hook_type", "கொக்கி.வகை", "title_snake"),
            ("tension_memory.memory_reference", "கொக்கி.நினைவுக்_குறிப்பு", None),
            ("npc_card_narrative.dialogue_prose", "பதில்.உரைநடை", None),
            ("game_outcomes.trust_change", "விளைவு.நம்பிக்கை", None),
            ("game_outcomes.relationship_change", "விளைவு.உறவு", None),
            ("game_outcomes.capacity_after", "விளைவு.மீதி_வலிமை", None),
            ("training_metadata.authenticity_score", f"{_JT}.நம்பகத்தன்மை", None),
            ("training_metadata.quality_score", f"{_JT}.தரம்", None),
            ("training_metadata.complexity_type", "ஓட்டம்.சிக்கல்_வகை", None),
            ("training_metadata.pipeline_version", "ஓட்டம்.குழாய்_பதிப்பு", None),
            ("training_metadata.master_truths_version", "ஓட்டம்.விதி_பதிப்பு", None),
            ("training_metadata.generated_at", "ஓட்டம்.உருவான_நேரம்", None),
        ],
        "decoys": [("பதில்.கைவிட்ட_உரைநடை", "turned_down", None), *_TA_DECOYS],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_chennai", "ea_dhaka"],
    "dramatic_irony": ["di_addis", "di_chennai"],
    "tension_building": ["tb_dhaka", "tb_addis"],
    "memory_resonance": ["mr_chennai", "mr_addis"],
    "personality_traits": ["pt_dhaka", "pt_chennai"],
    "relationship_scoring": ["rs_addis", "rs_dhaka"],
    "multi_step": ["ms_addis", "ms_chennai"],
}
#: each envelope's file extension
EXT = {"ta_split": "json", "am_rows": "json", "jsonl": "jsonl", "bn_batch": "json", "bn_md": "md"}
#: envelopes written as indented documents (a BOM and CRLF land on one of them; pandas' one line has no line end)
PLAIN_JSON = {"ta_split", "bn_batch"}
#: teams whose own writer sorts every object's keys: none in this family
SORTED_TEAMS: set[str] = set()

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "chennai": {"ஓட்ட_எண்": "run", "மாதிரி_குறி": "model", "விதை_எண்": "seed", "மில்லிவினாடி": "ms", "டோக்கன்கள்": "tok"},
    "addis": {
        _col("ሩጫ", "መለያ"): "run",
        _col("ሩጫ", "ሞዴል"): "model",
        _col("ሩጫ", "ዘር"): "seed",
        _col("ሩጫ", "ሚሊሰከንድ"): "ms",
        _col("ሩጫ", "የተመዘገበበት"): "epoch",
        _col("ሩጫ", "የመመሪያ ፋይል"): "prompt_file",
    },
    "dhaka": {"রান_আইডি": "run", "মডেল": "model", "বীজ": "seed", "টোকেন_সংখ্যা": "tok", "পর্যালোচিত": "flag"},
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:4b-instruct-2507-q4_K_M"]


def _n(v: float) -> str:
    return f"{v:g}"


FORMS: dict[str, Callable[[Any], Any]] = {
    "title_snake": lambda s: "_".join(w.capitalize() for w in s.split("_")),  # "Tone_Deaf", "Past_Trauma_Trigger"
    "sent_hyphen": lambda s: s.capitalize().replace("_", "-"),  # "Tone-deaf", "Past-trauma-trigger"
    "dash_wks": lambda w: f"{_n(w['min'])}-{_n(w['max'])} wks",
    "wk_ago": lambda v: f"{_n(v)} wk ago",
    "wk_back": lambda v: f"{_n(v)} wk back",
    "yr_old": lambda v: f"{_n(v)} yr old",
    "table": lambda fs: {f["factor"]: f["impact"] for f in fs},
}


#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"kv-{rng.getrandbits(24):06x}{rng.getrandbits(12):03x}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(800, 61000),
        "tok": lambda: rng.randint(140, 3300),
        "epoch": lambda: 1796515200000 + rng.randint(0, 5 * 86400) * 1000 + rng.randint(0, 999),
        "flag": lambda: rng.random() < 0.65,
        "prompt_file": lambda: f"prompts/tana/sheet_row_v{rng.randint(2, 4)}.j2",
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata (last, as the team's writer puts them); the Chennai
    judges come back in whatever order they finished."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    if dialect["team"] == "chennai" and rng.random() < 0.5:
        their["மதிப்பீடுகள்"].reverse()
    extras = {key: _meta_value(rng, kind) for key, kind in TEAM_EXTRAS[dialect["team"]].items()}
    return {**their, **extras}


# --- files ------------------------------------------------------------------------------------------------------

THINKING = [
    "{n}টি {what} রেকর্ড লিখতে হবে। প্রতিটি মান একটি বাক্সে, কী বাংলায়। পাহাড়ি চা-বাগানের শহর, নাম পুনরাবৃত্তি নয়।",
    "{n}টি {what}: আগে দৃশ্য ভাবি, তারপর সংলাপ, তারপর সংখ্যাগুলো মিলিয়ে দেখি।",
    "Hill town, {n} {what} records. Bengali keys as in the template, every value boxed under its key.",
]
PREAMBLE = ["এই নিন রেকর্ডগুলো:\n\n", "ঠিক আছে, টেমপ্লেট অনুযায়ী:\n\n", ""]
AFTER = ["\nসব রেকর্ড টেমপ্লেট মেনে লেখা হয়েছে।\n", "\nআরও লাগলে জানাবেন।\n"]


def _pandas(x: Any) -> str:
    """pandas `to_json(force_ascii=False)`: compact, every "/" escaped."""
    return json.dumps(x, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, prose after)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False, indent=2)

    if env == "jsonl":  # pandas `to_json(orient="records", lines=True)`
        return "".join(_pandas(r) + "\n" for r in recs), ["pandas_lines"]
    if env == "am_rows":  # pandas `to_json(orient="records")`: one line, no newline at the end
        return _pandas(recs), ["pandas_rows"]
    if env == "ta_split":  # the dataset tool's split file: every sample carries its data type
        return dump([{"data_type": label, **r} for r in recs]) + "\n", ["split"]
    if env == "bn_md":
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
    return dump({**header, "samples": recs}) + "\n", []


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# About this drop

Three studios ran their own generators against a local Qwen3 model served by Ollama: Kaveri Frames in Chennai
(Tamil keys, two judges per record, split files), Tana Frame Studio in Addis Ababa (an Excel review sheet with two
header rows, exported by pandas) and Padma Lantern Games in Dhaka (Bengali keys, every value boxed by the review app).
Settings used:

```yaml
model: qwen3:14b
temperature: 0.65
num_ctx: 12288
think: true
judges: [machine, editor]
```

Retried calls were merged without removing repeats, and one export was interrupted while it was still writing.
"""


#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "chennai": ["", "kaveri", "kaveri/splits"],
    "addis": ["", "tana", "tana/sheet_exports"],
    "dhaka": ["", "padma", "padma/answers"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"0{rng.randint(1, 4)}122026-{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh18",
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


def write_fresh18_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh18_folder, "fresh18")


if __name__ == "__main__":
    raise SystemExit(main())
