r"""A twenty-eighth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the shared drift machinery and checks, the other drift generators' top docstrings and fresh25's writer and manifest
test were read; the machinery is the shared tests/drift_machinery.py, the habits and the record contents are new):
the seven data types and meanings of curation/domain/spec.yaml, written by three studios nobody here has tuned on,
set in a river town below a hydroelectric dam in the boreal forest (the turbine hall, a fish ladder, the spillway
gates, a sawmill's green chain, a log boom on the reservoir, a floating sauna, a smokehouse by the boat launch, a
fire lookout tower, a bush-plane dock), each with one set of habits for every type:

- Redbird Reel, a Tahlequah studio with Cherokee keys in the SYLLABARY (one letter a syllable, written in the
  syllabary's traditional upper-case letters, which Python's `str.lower()` turns into other code points) whose prompt
  nests every field TWO GROUPS DOWN (part / group / field) and whose exporter flattens every record ALL THE WAY with
  pandas (`json_normalize(sep=".")`, no `max_level`), so every key holds TWO DOTS (`ᎠᏓᏁᏗ.ᏴᏫ.ᏚᏙᎥ`, mapped
  `ᎠᏓᏁᏗ\.ᏴᏫ\.ᏚᏙᎥ`), and flattens each of OUR LISTS' ITEMS the same way before it writes the list whole, so a
  capacity factor is an item whose keys hold a dot (`ᎠᏓᏁᏗ\.ᎤᎵᏂᎩᏗ\.ᏧᏓᎴᏅᏓ[].ᎤᏓᏅᏙ\.ᎦᏟᏗ`: a "\." key, a "[]"
  step and a "\." key in one line; no earlier family's docstring names a key of two dots or a "\." key after "[]");
  scores "83 percent", capacities with two decimals over ten ("6.50/10"), signed numbers with two decimals ("-2.50",
  "+0.45"), levels "4/5", weeks "26 week back" (the spec's unit word "week" with "back"), ages "34 years old",
  payoff windows "weeks 2-4", labels in sentence case with spaces ("Past trauma trigger"); JSON Lines as pandas
  writes them by default (`force_ascii`: every key and letter a `\uXXXX` escape, every "/" escaped "\/") with a
  `task` label, and typed batches;
- Fuuta Frames, a Labé studio with Pular keys in ADLAM (letters of the Supplementary Multilingual Plane, four bytes
  each in UTF-8, long vowels and doubled consonants written with Adlam's combining lengtheners and gemination mark)
  whose review app shows a record as TABS PICKED BY TITLE (shuffled per record) and keeps every value of a tab as a
  CELL WITH NOTES that the app's saver FLATTENS INTO SIBLING DOTTED KEYS (`"𞤳𞤮𞤲𞥆𞤺𞤮𞤤.𞤷𞤮𞤺𞥆𞤵"` the value, `".𞤦𞤭𞤲𞥆𞤣𞤮𞥅𞤱𞤮"` who
  wrote it, `".𞤧𞤢𞤸𞤢"` when): a value is a label step and then a "\." key
  (`𞤳𞤫𞤤𞥆𞤫[𞤼𞤭𞥅𞤼𞤮𞥅𞤲𞤣𞤫=𞤶𞤢𞥄𞤦𞤢𞤱𞤮𞤤].𞤳𞤮𞤲𞥆𞤺𞤮𞤤\.𞤷𞤮𞤺𞥆𞤵`), and a cell whose value is one of OUR LISTS holds it as an
  OBJECT KEYED BY DATA, the capacity factors by their cause, the irony options by option type
  (`𞤳𞤫𞤤𞥆𞤫[𞤼𞤭𞥅𞤼𞤮𞥅𞤲𞤣𞤫=𞤧𞤫𞤥𞥆𞤦𞤫].𞤧𞤢𞤦𞤢𞥄𞤦𞤵𞥅𞤶𞤭\.𞤷𞤮𞤺𞥆𞤵{}` with `...{}.𞤦𞤢𞤼𞥆𞤫`: a label step, a "\." key and a "{}"
  step in one line; earlier families wrote a cell's notes inside an object, and "{}" under a plain key,
  a label or a "\." key alone); French-locale numbers: scores "83,0 %" (a decimal comma and a space before the
  sign), capacities "6,5/10", signed numbers "−2,5" and "+1,5", levels "4,0", labels in capitals with hyphens
  ("TONE-DEAF"); the app's export object and JSON Lines with a `sample_type` label;
- Dhamsa Reel, a Jamshedpur studio with Santali keys in OL CHIKI (an alphabet; aspirates with the letter OH, the
  modifier GAAHLAA on a vowel) whose exporter normalises each of OUR LISTS with pandas and indexes it by its first
  column (`json_normalize(items).set_index(...).to_dict("index")`): the capacity factors an OBJECT KEYED BY THEIR
  CAUSE and the irony options one KEYED BY OPTION TYPE, each value's keys HOLDING A DOT (`ᱫᱷᱟᱹᱲ.ᱠᱟᱨᱳᱬ{}` with
  `ᱫᱷᱟᱹᱲ.ᱠᱟᱨᱳᱬ{}.ᱮᱥᱮᱨ\.ᱜᱟᱱᱰᱟ`: a "{}" step then a "\." key; earlier families wrote plain keys after "{}"), a
  day count beside every factor's effect (`ᱮᱥᱮᱨ.ᱫᱤᱱ`) and a word count beside every option's line; everything else
  in plain two-level groups; scores "8.3/10", capacities "6.5 out of 10", signed numbers with a typographic minus
  ("−2.5", "+1.5"), weeks "26 wks back", ages "34 yr", a payoff window as two members with their unit ("2 wks",
  "4 wks"), labels in lower case with spaces ("past trauma trigger"); raw Qwen3 answers in .md (a `<think>` block, a
  Santali preamble in Ol Chiki, a ```json fence, sometimes a closing remark) and the studio's bundle object
  (`{"ᱜᱟᱴᱷᱨᱤ": {"ᱵᱳᱦᱳ": {...}, "ᱞᱮᱠᱷᱟᱱ": [...]}}`, a `task_type` label on every record).

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn take
(`ᎠᏓᏅᏖᏍᎩ.ᎧᏃᎮᏛ.ᎦᏬᏂᏍᎩ_ᎤᏲᎯ`, an Adlam cell `𞤳𞤮𞤲𞥆𞤺𞤮𞤤_𞤪𞤵𞤼𞥆𞤢𞥄𞤲𞤺𞤮𞤤.𞤷𞤮𞤺𞥆𞤵`, `ᱨᱩᱟᱲ.ᱵᱟᱰᱤᱡ_ᱨᱳᱲ`), a second judge's mark in the
score's own form, a certainty on the same scale, a sentence count, the Labé cells' writers and times, the Jamshedpur
day and word counts, run metadata (run ids, model tags, sampler seeds, milliseconds, token counts, time stamps).
Each data type has two prompt versions by two of the studios; a seed writes one of them or both in one folder (one
truth map holding both). Every truth line uses the field_map steps docs/interaction-formats.md documents (dotted
paths, "\.", "[]", "[key=label]", "{}"; a label step always before the line's "[]" or "{}"). Values only in
readings the docs list as lossless, three of them new to the families ("26 week back": the unit word "week" with
"back"; "26 week": the unit word "week" alone; "83,0 %": a decimal comma in a percentage), the rest in new
combinations ("6.50/10", "-2.50", "+0.45", "83 percent", "4/5", "4,0" for a level, "34 years old", "weeks 2-4",
"6,5/10", "−2,5", "+1,5", "8.3/10", "6.5 out of 10", "−2.5", "26 wks back", "34 yr", "2 wks" / "4 wks", labels
normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Jamshedpur answers with a `<think>` block and a ```json
fence; a README of the drop (prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records,
22-34, or 92-116 over many files; no two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "shows 7 points of support",
"her support lands at 7", "gives 7 worth of support", "his support stands at 7"), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh26_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh26.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh26.manifest.json)
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
from drift_machinery import as_percent as _percent
from drift_machinery import put as _put
from drift_machinery import short_number as _n
from drift_machinery import truth_map as truth_map  # the manifest test reads the true map

# --- content pools (this writer's own: a river town below a hydroelectric dam in the boreal forest) ---------------

NAMES = [
    "Ahyoka Sixbears",
    "Mariama Bah Jallo",
    "Phulmani Hansdah",
    "Galilahi Swimmer",
    "Thierno Sadou Baldé",
    "Budhan Marandi",
    "Tsali Goingsnake",
    "Kadija Wuri Sow",
    "Chandmuni Besra",
    "Wahya Oosahwe",
    "Alfa Oumar Kanté",
    "Salkhan Kisku Tudu",
    "Awinita Crowmocker",
    "Hawa Djenabou Barry",
    "Dulari Hembrom",
    "Sequatchie Tehee",
    "Boubacar Telli Diallo",
    "Jitu Murmu Baske",
]
JOBS = [
    "night operator in the turbine hall",
    "counter of fish climbing the salmon ladder",
    "boom man walking the log boom on the reservoir",
    "grader on the sawmill's green chain",
    "keeper of the floating sauna off the south shore",
    "smoker of whitefish at the boat-launch smokehouse",
    "watcher in the fire lookout tower on Caribou Ridge",
    "dock hand for the bush planes at the float base",
    "gate tender who opens the spillway in spring",
    "cook at the dam workers' bunkhouse canteen",
    "diver who clears debris from the intake screens",
    "driver of the pulp truck on the haul road",
]
PLACES = [
    "the turbine hall under the dam's crest",
    "the fish ladder beside the east abutment",
    "the log boom chained across the reservoir bay",
    "the green chain at the back of the sawmill",
    "the floating sauna moored off the south shore",
    "the smokehouse by the boat launch",
    "the fire lookout tower on Caribou Ridge",
    "the float-plane dock below the town bridge",
]
PRESSURES = [
    ("the spillway siren went off twice in one night", -2.5),
    ("a turbine tripped and the whole shift was docked for the outage", -2.0),
    ("a boom chain snapped and a raft of logs drifted into the intake", -1.5),
    ("the mill cut the night shift and half the crew went home unpaid", -3.0),
    ("smoke from a wildfire across the lake has hung over town for a week", -2.0),
    ("the float plane that brings the medicine was grounded by fog", -1.0),
    ("the snowmobile payment is three weeks overdue", -0.5),
    ("the first run of sockeye came up the ladder in record numbers", 1.5),
    ("a daughter called from the college down south with good marks", 1.0),
    ("the ice finally went out on the reservoir", 0.5),
]
ASKS = [
    "The player asks them to cover one more night shift in the turbine hall.",
    "The player needs a ride to the float base before the fog rolls back in.",
    "The player wants them to sign the fish count sheet without checking it.",
    "The player asks them to keep the sauna fire going until the last crew is back.",
    "The player needs someone to climb the lookout tower during the lightning storm.",
    "The player asks them to hide a cracked boom chain from the insurance inspector.",
    "The player wants the dam's flood warning read aloud at the community hall.",
    "The player asks to borrow the smokehouse racks for a funeral feast.",
]
REPLIES = [
    "Another night down there? The hum’s still in my teeth. I’ll take the first half — then I’m gone.",
    "Fog comes off the water like a wall. I’ll drive you to the gate… not one bend further.",
    "Sign it blind? Those numbers go to the ministry. I’ll sit with you while you count — that’s all.",
    "Keep it lit till the last crew? My arms are done. I'll bank it and leave you the poker.",
    "Up the tower in lightning? I’ve seen what a strike does to that ladder. Wait for the lull… then we’ll see.",
    "Hide the chain from the inspector? If that boom lets go, someone drowns. I won't, and I'm sorry.",
    "Read the warning out loud? Half the hall will panic. I'll read the short version, slowly, and sit down.",
    "Take the racks. The middle one sags, so load the fish on the ends, and bring them back scrubbed.",
]
THOUGHTS = [
    "If I say no, the whole bunkhouse hears about it before breakfast.",
    "Everybody thinks the dam runs itself. Somebody has to stay awake for it.",
    "My grandmother would have said yes and then cried in the smokehouse. I can only manage the yes.",
    "The ones who stay up north always end up holding everyone else's night.",
]
SECRETS = [
    "the fish counter's numbers were inflated to keep the ladder's funding",
    "the spillway's warning siren has been wired to the wrong relay for months",
    "the sawmill buys logs cut illegally from the protected watershed",
    "the bush-plane company skipped its engine inspections all winter",
    "the smokehouse sells farmed fish labelled as wild reservoir whitefish",
    "the dam's intake screens were never replaced after the last flood",
]
BELIEFS = [
    "the fish counts at the ladder go to the ministry exactly as tallied",
    "the spillway siren is tested every Monday and works perfectly",
    "every log at the sawmill comes from the licensed cutblocks",
    "the float planes are inspected every thirty flying hours",
    "the smokehouse only sells whitefish netted in the reservoir",
    "the intake screens were replaced with new steel after the flood",
]
TONE_DEAF = [
    "Inflated counts? Who cares, did you hear the new canteen chef does bannock on Fridays?",
    "The siren bores me. Let's go out on the boom and race the loons instead.",
    "Forget the screens, the northern lights are supposed to be green tonight!",
    "Did you know a beaver dammed the overflow creek? Adorable, isn't it?",
]
MISGUIDED = [
    "Counts always run high in a warm spring. The fish just climb faster, that's all.",
    "Bring the foreman a case of smoked whitefish and he'll sort the siren himself.",
    "I'll storm into the dam office right now and yank every relay off the wall.",
    "Be glad the ministry reads our counts at all; the next dam gets nobody.",
]
GROWTH = [
    "Whatever's wrong at the ladder, you won't be carrying it across the dam alone.",
    "If something's crooked in the turbine hall, I'd rather we open it together than read it in the paper.",
    "You look like you haven't slept since the siren. Tell me what you know, slowly, and we'll decide together.",
    "I talked right over you last time. Start again; I'm actually listening now.",
]
HOOK_LINES = [
    "Count the sockeye yourself tomorrow at dawn. Then look at the sheet they post at noon — closely.",
    "Pull the siren’s fuse box open and read the label on the third relay. Don’t tell the foreman.",
    "Check the stamp on the logs at the bottom of the pile. It isn't from any cutblock I know.",
    "Ask the pilot when the left engine was last opened. Watch his hands when he answers.",
    "The whitefish in the smokehouse freezer came in a truck with southern plates.",
    "Dive the intake after the thaw. The screens have rust older than the flood.",
]
SECRET_SETUPS = [
    "The fish counter adds a hundred sockeye a day to keep the ladder's grant alive.",
    "The spillway siren was wired to a dead relay during last year's refit.",
    "The sawmill buys logs poached from the protected watershed.",
    "The float-plane company forged its winter engine inspections.",
    "The smokehouse passes off farmed southern fish as wild reservoir whitefish.",
    "The dam's intake screens are the old ones, painted over after the flood.",
]
HINTS = [
    "A second tally sheet folded inside the counter's thermos.",
    "A relay with fresh tape and last year's date on it.",
    "Paint marks on the log ends that match no licensed cutblock.",
    "An engine logbook with every entry in the same pen.",
    "Frozen fish crates stamped with a southern hatchery's name.",
    "Flakes of old paint floating up from the intake grates.",
]
NOW = [
    "The player hums the song the boom men whistle on the walkway.",
    "The spillway siren tests itself at noon and the whole valley flinches.",
    "Smoke from the smokehouse drifts across the boat launch.",
    "The player hands over a snapped snowshoe binding.",
    "A float plane banks low over the reservoir and waggles its wings.",
    "The first snow of the year lands on the turbine hall roof.",
]
PAST = [
    "their uncle teaching them to walk the boom without looking down",
    "the spring the spillway opened and the old road washed away",
    "a night spent bailing the basement of the canteen during the flood",
    "the first whitefish they smoked alone, every fillet perfect",
    "watching the old wooden lookout tower burn in a lightning storm",
    "the morning their sister flew out on the mail plane to nursing school",
]
EMOTIONS = [
    "a bone-deep, rumbling pride",
    "a shy, reddened awkwardness",
    "a cold, reservoir-grey regret",
    "a fizzing, wide-eyed gladness",
    "a prickling, smoky dread",
    "a grief gone quiet like frozen water",
    "a homesick tug for the village the reservoir drowned",
]
RECALL = [
    "That tune… my uncle whistled it on the boom. I haven’t heard it since he stopped walking the logs.",
    "That siren — and I’m nine again, running up the hill while the water took the road.",
    "Smoke like that meant fat whitefish and my grandmother humming over the racks.",
    "A binding snapped just like that and I walked home on one snowshoe. I cried the whole way.",
    "Uncle Joe always waggled the wings like that when he brought the mail.",
    "First snow on that roof… the last time, we shovelled all night so it wouldn’t cave.",
]
SCENES = [
    "At the float-plane dock a stranger takes the last seat in the shade of the wing.",
    "The player turns up without the bannock they promised for the fish fry.",
    "A wildfire warning closes the haul road at noon.",
    "A rival smokehouse copies their maple cure and sells it cheaper.",
    "The player asks for help pushing a stuck pickup out of the boat launch mud.",
    "A cousin working in the oil sands sends a parcel with a new radio inside.",
]
TRAIT_LINES = [
    "Let the elder sit, she's walked up from the launch. I'll stand; the breeze off the lake is nicer here.",
    "Gloves, then the life vest, then the pike pole, then the radio check. It's written on the boom shed door.",
    "Grab the tow strap! I'm on the front bumper. Come on, everyone, push on three!",
    "The bannock? Oh, it's nothing, honestly, I'd already eaten. Please don't think about it.",
    "Of course the road closes the one day I have to drive. The forest has it in for me — I swear.",
    "They copied my cure… but they smoke it with birch instead of alder. Clever. I’d never have tried that.",
]
EXPRESS = [
    "Warmth wins over comfort: the shaded seat goes to the tired elder.",
    "Conscientious habit turns a shift on the boom into a numbered checklist on a door.",
    "Extraversion grabs the tow strap first and rallies the whole launch to push.",
    "Agreeableness swallows the disappointment and waves away the missing bannock.",
    "Neuroticism colours the closure: the road shut feels like the forest's grudge.",
    "Openness turns a stolen recipe into a lesson about birch smoke.",
]
ACTIONS = [
    "The player brings spruce-tip tea and sits with them through a fever.",
    "The player never shows up for the gate shift they swore to cover.",
    "The player helps them drag the stuck pickup out of the launch mud.",
    "The player opens the tackle box under their bunk and reads the letters inside.",
    "The player apologises for mocking their accent at the canteen.",
    "The player teases them about their enormous fur hat at the fish fry.",
]
RETORTS = [
    "Spruce-tip tea with honey, the way my aunt made it. You remembered that?",
    "The gate sat unmanned for an hour. I ran your shift myself, and badly.",
    "That truck weighed more than my winter's debts. Still, I owe you one.",
    "That box is mine. Close the lid and leave, please.",
    "Apology taken. Just never copy my vowels in front of the dam crew again.",
    "Says the one who wears rubber boots to a dance!",
]
WHYS = [
    "Sitting up through a fever with spruce-tip tea is care that lands, and the warm reply shows it.",
    "Leaving the spillway gate unmanned after swearing to come costs trust; the reply stings.",
    "Sweating beside them in the launch mud builds solid, earned trust.",
    "Reading private letters crosses a line, and the cold reply shuts the door.",
    "Saying sorry for the mimicry mends some of the hurt — though not all of it.",
    "The joke about the fur hat lands as fondness; trust edges upward… a little.",
]
PROSE = [
    "Ahyoka sets down the pike pole and looks past you at the spillway. “One hour. That's what my legs promise.”",
    "He laughs, agrees to everything, and goes quiet the moment the turbine hum changes pitch.",
    "She listens, says nothing, and traces the dam's curve in the frost on the window.",
    "The pilot shakes her head. “After the fog lifts. Before that I'd only get you lost.”",
    "Budhan folds the fish count sheet twice and slides it back across the desk. “Not tonight, sorry.”",
]
MEMREF = [
    "the spring the old road washed away",
    "a promise made on the lookout tower",
    "the winter the reservoir froze to the bottom",
    "their first shift alone on the log boom",
    "a photo taped inside the turbine hall locker",
]
TENSION_NOTES = [
    "Nobody names the padded fish count aloud; its weight is only hinted at.",
    "The player knows the relay is dead; the character trusts the siren all scene long.",
]
UNKNOWN_COMPLEXITY = ["spillway_siren_jitters", "turbine_hum_insomnia", "log_boom_vertigo", "fog_grounding_sulk"]
UNKNOWN_HOOKS = ["padded_tally_riddle", "dead_relay_wink", "poached_log_tease"]
UNKNOWN_RESONANCE = ["boom_song_echo", "siren_noon_pang", "birch_smoke_recall"]
UNKNOWN_OPTIONS = ["fur_hat_bluster", "canteen_gossip_dodge", "fog_bound_pout"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "over" if need > x2 else "under"
    return (
        f"Running on {eff:g} since the siren, the most there is now is {x2:g}; this ask weighs {need:g}, {side} that."
    )


#: this family's dam town, drawn by the shared record makers (tests/drift_machinery.py)
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="A {job} near {place}, worn thin since {factor}.",
    character_knows="From what the character has seen, {belief}.",
    irony_scenario="At {place}, word spreads that the regulator flies in after freeze-up.",
    tension_context="{Place}, after the last float plane has gone; the player lingers.",
    memory_description="Back to {past}, before the dam's second turbine went in.",
    multi_background="Grew up in a cabin on the old river road and never left; works near {place}.",
    multi_situation="{name} is locking up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "At the spillway gate he shows {g} points of support regardless and walks home hollow.",
    "Through the night of the outage her support lands at {g}, well past her reserve.",
    "He gives {g} worth of support to the green chain crew all the same.",
    "By the last float plane his support stands at {g}, more than the day allowed.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["foggy", "so-so", "bright", "shaky"]

#: the shared defect planters, bound to this family's makers and habits
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- the three scripts: each studio's words are written here in Latin letters and turned into its script ----------

#: the Cherokee syllabary in Unicode order (U+13A0 ...): one letter a syllable
_CK_SYLLABLES = [
    *("a", "e", "i", "o", "u", "v", "ga", "ka", "ge", "gi", "go", "gu", "gv", "ha", "he", "hi", "ho", "hu", "hv"),
    *("la", "le", "li", "lo", "lu", "lv", "ma", "me", "mi", "mo", "mu", "na", "hna", "nah", "ne", "ni", "no", "nu"),
    *("nv", "qua", "que", "qui", "quo", "quu", "quv", "sa", "s", "se", "si", "so", "su", "sv", "da", "ta", "de", "te"),
    *("di", "ti", "do", "du", "dv", "dla", "tla", "tle", "tli", "tlo", "tlu", "tlv", "tsa", "tse", "tsi", "tso"),
    *("tsu", "tsv", "wa", "we", "wi", "wo", "wu", "wv", "ya", "ye", "yi", "yo", "yu", "yv"),
]
_CK = {syl: chr(0x13A0 + i) for i, syl in enumerate(_CK_SYLLABLES)}


def ck(word: str) -> str:
    """A Cherokee word, its syllables separated by "-" (words by "_"), in the syllabary's (upper-case) letters."""
    return "_".join("".join(_CK[s] for s in part.split("-")) for part in word.split("_"))


#: Pular in Adlam: small letters (U+1E922 ...), a long vowel with the alif or vowel lengthener, a doubled consonant
#: with the gemination mark (all three combining marks)
_AD = dict(zip("adlmbspɓrefioɗƴwnkyujchqgñtŋvxz", [chr(c) for c in [*range(0x1E922, 0x1E940), 0x1E941]], strict=True))
_AD_LONG_A, _AD_LONG, _AD_GEMINATE = "\U0001e944", "\U0001e945", "\U0001e946"


def ad(word: str) -> str:
    """A Pular word (Latin spelling) in Adlam; "_" stays."""
    out, i = [], 0
    while i < len(word):
        c = word[i]
        double = i + 1 < len(word) and word[i + 1] == c
        if c == "_":
            out.append("_")
        elif double:
            out.append(_AD[c] + (_AD_LONG_A if c == "a" else _AD_LONG if c in "eiou" else _AD_GEMINATE))
            i += 1
        else:
            out.append(_AD[c])
        i += 1
    return "".join(out)


#: Santali in Ol Chiki: one letter a sound; T D N R the retroflex letters, ñ ŋ the nasals, "h" after a stop the
#: letter OH (aspiration), ə the letter LAA with the modifier GAAHLAA
_OL = dict(zip("aoɔeiukgŋcjñtTdDnNpbmyrRlwsh", "ᱟᱳᱚᱮᱤᱩᱠᱜᱝᱪᱡᱧᱛᱴᱫᱰᱱᱬᱯᱵᱢᱭᱨᱲᱞᱣᱥᱦ", strict=True))
_OL_STOPS = set("kgcjtTdDpb")


def ol(word: str) -> str:
    """A Santali word (Latin spelling above) in Ol Chiki; "_" stays."""
    out = []
    for i, c in enumerate(word):
        if c == "_":
            out.append("_")
        elif c == "ə":
            out.append("ᱟᱹ")
        elif c == "h" and i and word[i - 1] in _OL_STOPS:
            out.append("ᱷ")
        else:
            out.append(_OL[c])
    return "".join(out)


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry keys an
# object by each element's value of our field; its member entries fill the values. Tahlequah's keys hold two dots
# (pandas flattened every record all the way) and its list items' keys one; Labé's values are cells picked by tab
# title, each cell a "field.value" key beside its notes; Jamshedpur's lists are objects keyed by data whose values'
# keys hold a dot.

#: Tahlequah's three parts of a record (what the prompt gave, what the model wrote, what the judge gave) and its run
GIVEN_CK, MODEL_CK, JUDGE_CK, RUN_CK = ck("a-da-ne-di"), ck("a-da-nv-te-s-gi"), ck("di-gu-go-di-s-gi"), ck("a-s-du-i")
CK_LABEL = "task"  # the type label of the Tahlequah JSON Lines (a documented label key)


def _a(part: str, group: str, field: str) -> str:
    """A Tahlequah path: the one key "part.group.field" (two dots inside the key)."""
    return "\\.".join((part, ck(group), ck(field)))


def _ai(path: str, item: str, member: str) -> str:
    """A member of every item of a Tahlequah list: "[]", then the one key "item.member"."""
    return f"{path}[].{ck(item)}\\.{ck(member)}"


#: Labé's tabs, a tab's title, a cell's value and its notes (who wrote it, when)
TABS = ad("kelle")  # pages (the tabs)
TITLE = ad("tiitoonde")  # title
CELL = ad("coggu")  # the value of a cell
NOTE_BY = ad("binndoowo")  # the writer
NOTE_AT = ad("saha")  # the moment
RUN_AD = ad("golle_masiŋ")  # the machine's work (top-level group of pipeline extras)
AD_LABEL = "sample_type"  # the type label of the Labé JSON Lines (a documented label key)
AD_EXPORT_LABEL = "category"  # the type label of the Labé export objects (a documented label key)
AD_APP = ad("jaaynde")  # the export's header
AD_ROWS = ad("winndanɗe")  # the export's records


def _b(tab: str, field: str) -> str:
    """A Labé path: the value of the cell `field` ("field.value", a dot inside the key) on the tab titled `tab`."""
    return f"{TABS}[{TITLE}={ad(tab)}].{ad(field)}\\.{CELL}"


#: Jamshedpur's groups are plain; a list's members hold a dot; its pipeline extras, bundle and label
RUN_OL = ol("kal")  # the machine (top-level group of pipeline extras)
OL_LABEL = "task_type"  # the type label of the Jamshedpur bundles (a documented label key)
OL_BUNDLE = ol("gaThri")  # bundle
OL_HEAD = ol("boho")  # head
OL_ROWS = ol("lekhan")  # the writings (records)
DAYS = ol("eser") + "." + ol("din")  # beside a factor's effect: for how many days (a count, not ours)
WORDS = ol("roR") + "." + ol("sobdo")  # beside an option's line: how many words (a count, not ours)


def _c(group: str, field: str) -> str:
    """A Jamshedpur path: group, then field."""
    return f"{ol(group)}.{ol(field)}"


def _cm(path: str, item: str, member: str) -> str:
    """A member of every value of a Jamshedpur object keyed by data: "{}", then the one key "item.member"."""
    return f"{path}{{}}.{ol(item)}\\.{ol(member)}"


OCEAN_CK = ["u-ne-tlv-ga", "a-s-qua-di", "a-ni-ge-s-di", "u-wo-tsa-ni", "u-ya-wi-sa"]
OCEAN_AD = ["udditaare", "reentaare", "yewtere", "newaare", "hulndu"]
OCEAN_OL = ["kholao", "dhyan", "milan", "dulaR", "bhəy"]

_CK_DECOYS = [
    (_a(JUDGE_CK, "di-go-li-s-di", "ta-li-ne"), "judge2", "pct"),  # the second mark
    (_a(JUDGE_CK, "di-go-li-s-di", "u-wo-du-hi"), "conf", "pct"),  # how sure
    (_a(MODEL_CK, "ka-no-he-dv", "di-ka-ne-s-gi"), "count", None),  # how many sentences
]
_CK_TAKE = (_a(MODEL_CK, "ka-no-he-dv", "ga-wo-ni-s-gi_u-yo-hi"), "turned_down", None)  # the words taken back
_AD_DECOYS = [
    (_b("ñaawoore", "ñaawoore_ɗimmere"), "judge2", "pct_comma"),  # the second judgement
    (_b("ñaawoore", "teeŋtinaare"), "conf", "pct_comma"),  # certainty
    (_b("jaabawol", "limoore_konnguɗi"), "count", None),  # how many sentences
]
_AD_TAKE = (_b("jaabawol", "konngol_ruttaangol"), "turned_down", None)  # the word sent back
_OL_DECOYS = [
    (_c("lekha", "dosar_lekha"), "judge2", "tenths"),  # the second mark
    (_c("lekha", "pakka"), "conf", "tenths"),  # how sure
    (_c("ruaR", "bakya_lekha"), "count", None),  # how many sentences
]
_OL_TAKE = (_c("ruaR", "baDij_roR"), "turned_down", None)  # the bad line

_CK_CAUSES = _a(GIVEN_CK, "u-li-ni-gi-di", "tsu-da-le-nv-da")
_AD_CAUSES = _b("semmbe", "sabaabuuji")
_AD_OPTIONS = _b("jaabawol", "suɓaaɗi")
_OL_OPTIONS = _c("ruaR", "bachao")

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_tahlequah": {  # Cherokee keys with two dots, factor items with dotted keys, "6.50/10", "83 percent"
        "team": "tahlequah",
        "envelope": "ck_batch",
        "stem": "emotional_authenticity_redbird_batch",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _a(GIVEN_CK, "yv-wi", "du-do-v"), None),
            ("context", _a(GIVEN_CK, "yv-wi", "ga-do-hi"), None),
            ("base_capacity", _a(GIVEN_CK, "u-li-ni-gi-di", "a-s-do-di"), "cap2"),
            ("capacity_factors", _CK_CAUSES, "list"),
            ("capacity_factors[].factor", _ai(_CK_CAUSES, "u-da-nv-do", "ga-ga-wo"), None),
            ("capacity_factors[].impact", _ai(_CK_CAUSES, "u-da-nv-do", "ga-tli-di"), "sign2"),
            ("effective_capacity", _a(GIVEN_CK, "u-li-ni-gi-di", "go-hi"), "cap2"),
            ("capacity_level", _a(GIVEN_CK, "u-li-ni-gi-di", "di-ga-tsi"), "sentence"),
            ("situation", _a(GIVEN_CK, "a-du-lv-s-gi", "ga-do-u-s-di"), None),
            ("support_level_needed", _a(GIVEN_CK, "a-du-lv-s-gi", "a-s-ga-no-di"), "cap2"),
            ("authenticity_target", _a(GIVEN_CK, "a-du-lv-s-gi", "u-s-ga-se-di"), "sentence"),
            ("complexity_type", _a(GIVEN_CK, "a-du-lv-s-gi", "tsu-da-ye-li"), None),
            ("character_response", _a(MODEL_CK, "ka-no-he-dv", "ga-wo-ni-s-gi"), None),
            ("internal_thought", _a(MODEL_CK, "ka-no-he-dv", "a-da-nv-do"), None),
            ("demonstrates_constraint", _a(MODEL_CK, "ka-no-he-dv", "di-ga-ti-lo-s-di"), None),
            ("support_provided", _a(MODEL_CK, "ka-no-he-dv", "a-da-ne-lv"), "cap2"),
            ("authenticity_score", _a(JUDGE_CK, "di-go-li-s-di", "u-wo-tlv"), "pct"),
        ],
        "decoys": [_CK_TAKE, *_CK_DECOYS],
    },
    "ea_labe": {  # Adlam tabs of flattened cells, factors keyed by cause in a cell, "6,5/10", "83,0 %"
        "team": "labe",
        "envelope": "ad_export",
        "stem": "emotional_authenticity_fuuta_export",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _b("neɗɗo", "innde"), None),
            ("context", _b("neɗɗo", "nokku"), None),
            ("base_capacity", _b("semmbe", "fuɗɗoode"), "cap_comma"),
            ("capacity_factors[].factor", _AD_CAUSES + "{}", None),
            ("capacity_factors[].impact", _AD_CAUSES + "{}." + ad("batte"), "msign_comma"),
            ("effective_capacity", _b("semmbe", "hannde"), "cap_comma"),
            ("capacity_level", _b("semmbe", "daraja"), "caps_hyphen"),
            ("situation", _b("ɗaɓɓitaande", "haala"), None),
            ("support_level_needed", _b("ɗaɓɓitaande", "sokla"), "cap_comma"),
            ("authenticity_target", _b("ɗaɓɓitaande", "faandaare"), "caps_hyphen"),
            ("complexity_type", _b("ɗaɓɓitaande", "noone"), None),
            ("character_response", _b("jaabawol", "konngol"), None),
            ("internal_thought", _b("jaabawol", "miijo"), None),
            ("demonstrates_constraint", _b("jaabawol", "keerol"), None),
            ("support_provided", _b("jaabawol", "ballal"), "cap_comma"),
            ("authenticity_score", _b("ñaawoore", "goonga"), "pct_comma"),
        ],
        "decoys": [_AD_TAKE, *_AD_DECOYS],
    },
    "di_labe": {  # Adlam tabs of flattened cells, options keyed by option type in a cell, "−0,75"
        "team": "labe",
        "envelope": "ad_lines",
        "stem": "dramatic_irony_fuuta_lines",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _b("neɗɗo", "innde"), None),
            ("character_knows", _b("anndal", "anndal_mum"), None),
            ("character_capacity", _b("semmbe", "hannde"), "cap_comma"),
            ("scenario", _b("ɗaɓɓitaande", "haala"), None),
            ("player_knows", _b("anndal", "anndal_gaɗoowo"), None),
            ("knowledge_gap_score", _b("anndal", "ɓolol"), "pct_comma"),
            ("response_options[].type", _AD_OPTIONS + "{}", "caps_hyphen"),
            ("response_options[].dialogue", _AD_OPTIONS + "{}." + ad("konngol"), None),
            ("response_options[].relationship_impact", _AD_OPTIONS + "{}." + ad("batte"), "msign_comma"),
            ("recommended_option", _b("jaabawol", "suɓaaɗo_moƴƴo"), "caps_hyphen"),
            ("dramatic_irony_score", _b("ñaawoore", "yiiteere"), "pct_comma"),
            ("tension_notes", _b("ñaawoore", "tinndinol"), None),
        ],
        "decoys": [_AD_TAKE, *_AD_DECOYS],
    },
    "di_jamshedpur": {  # Ol Chiki groups, options keyed by option type with dotted members, "8.3/10", "−0.75"
        "team": "jamshedpur",
        "envelope": "ol_bundle",
        "stem": "dramatic_irony_dhamsa_bundle",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _c("hoR", "ñutum"), None),
            ("character_knows", _c("badae", "ac_reak"), None),
            ("character_capacity", _c("dhəR", "nitoc"), "out_of_10"),
            ("scenario", _c("kuli", "hal"), None),
            ("player_knows", _c("badae", "khelwaR_reak"), None),
            ("knowledge_gap_score", _c("badae", "pharak"), "tenths"),
            ("response_options[].type", _OL_OPTIONS + "{}", "lower_space"),
            ("response_options[].dialogue", _cm(_OL_OPTIONS, "roR", "aRaŋ"), None),
            ("response_options[].relationship_impact", _cm(_OL_OPTIONS, "roR", "eser"), "msign"),
            ("recommended_option", _c("ruaR", "bachao_bhage"), "lower_space"),
            ("dramatic_irony_score", _c("lekha", "ulTa"), "tenths"),
            ("tension_notes", _c("lekha", "Tipni"), None),
        ],
        "decoys": [_OL_TAKE, *_OL_DECOYS],
    },
    "tb_jamshedpur": {  # Ol Chiki groups, the payoff window as two members "2 wks" / "4 wks"
        "team": "jamshedpur",
        "envelope": "ol_md",
        "stem": "tension_building_dhamsa_answer",
        "label": "tension_building",
        "map": [
            ("character_name", _c("hoR", "ñutum"), None),
            ("relationship_level", _c("hoR", "dhap"), None),
            ("context", _c("kuli", "hal"), None),
            ("hook_type", _c("phand", "rokom"), "lower_space"),
            ("setup", _c("phand", "uku"), None),
            ("payoff_window_weeks.min", _c("phand", "ethop"), "wks"),
            ("payoff_window_weeks.max", _c("phand", "mucat"), "wks"),
            ("payoff_hint", _c("phand", "cinha"), None),
            ("dialogue", _c("ruaR", "galmarao"), None),
            ("tension_score", _c("lekha", "tan"), "tenths"),
            ("hook_effectiveness", _c("lekha", "asər"), "tenths"),
        ],
        "decoys": [_OL_TAKE, *_OL_DECOYS],
    },
    "tb_tahlequah": {  # Cherokee keys with two dots, windows "weeks 2-4", levels "4/5"
        "team": "tahlequah",
        "envelope": "ck_lines",
        "stem": "tension_building_redbird_lines",
        "label": "tension_building",
        "map": [
            ("character_name", _a(GIVEN_CK, "yv-wi", "du-do-v"), None),
            ("relationship_level", _a(GIVEN_CK, "yv-wi", "o-gi-na-li"), "of5"),
            ("context", _a(GIVEN_CK, "a-du-lv-s-gi", "ga-do-u-s-di"), None),
            ("hook_type", _a(GIVEN_CK, "u-s-qua-lo-di", "tsu-da-ye-li"), "sentence"),
            ("setup", _a(GIVEN_CK, "u-s-qua-lo-di", "u-tli-sa-dv"), None),
            ("payoff_window_weeks", _a(GIVEN_CK, "u-s-qua-lo-di", "so-ne-ga"), "weeks_range"),
            ("payoff_hint", _a(GIVEN_CK, "u-s-qua-lo-di", "go-hu-s-di"), None),
            ("dialogue", _a(MODEL_CK, "ka-no-he-dv", "ga-wo-ni-s-gi"), None),
            ("tension_score", _a(JUDGE_CK, "di-go-li-s-di", "a-s-ga-ya-ga"), "pct"),
            ("hook_effectiveness", _a(JUDGE_CK, "di-go-li-s-di", "u-le-nv-s-di"), "pct"),
        ],
        "decoys": [_CK_TAKE, *_CK_DECOYS],
    },
    "mr_tahlequah": {  # Cherokee keys with two dots, "26 week back", sentence-case labels
        "team": "tahlequah",
        "envelope": "ck_batch",
        "stem": "memory_resonance_redbird_batch",
        "label": "memory_resonance",
        "map": [
            ("character_name", _a(GIVEN_CK, "yv-wi", "du-do-v"), None),
            ("current_situation", _a(GIVEN_CK, "a-du-lv-s-gi", "ga-do-u-s-di"), None),
            ("memory.description", _a(GIVEN_CK, "u-tse-li-do", "ka-no-he-s-gi"), None),
            ("memory.emotion", _a(GIVEN_CK, "u-tse-li-do", "a-da-nv-te"), None),
            ("memory.weeks_ago", _a(GIVEN_CK, "u-tse-li-do", "so-ne-ga_u-ni-ge"), "week_back"),
            ("resonance_type", _a(GIVEN_CK, "u-tse-li-do", "tsu-da-ye-li"), "sentence"),
            ("resonance_weight", _a(GIVEN_CK, "u-tse-li-do", "u-ga-ti-di"), None),
            ("character_response", _a(MODEL_CK, "ka-no-he-dv", "ga-wo-ni-s-gi"), None),
            ("resonance_score", _a(JUDGE_CK, "di-go-li-s-di", "a-tli-lo-di"), "pct"),
        ],
        "decoys": [_CK_TAKE, *_CK_DECOYS],
    },
    "mr_jamshedpur": {  # Ol Chiki groups, "26 week", lower case with spaces
        "team": "jamshedpur",
        "envelope": "ol_md",
        "stem": "memory_resonance_dhamsa_answer",
        "label": "memory_resonance",
        "map": [
            ("character_name", _c("hoR", "ñutum"), None),
            ("current_situation", _c("kuli", "hal"), None),
            ("memory.description", _c("mone", "ghaTna"), None),
            ("memory.emotion", _c("mone", "bhao"), None),
            ("memory.weeks_ago", _c("mone", "hapta"), "week"),
            ("resonance_type", _c("mone", "rokom"), "lower_space"),
            ("resonance_weight", _c("mone", "bhar"), None),
            ("character_response", _c("ruaR", "galmarao"), None),
            ("resonance_score", _c("lekha", "sur"), "tenths"),
        ],
        "decoys": [_OL_TAKE, *_OL_DECOYS],
    },
    "pt_labe": {  # Adlam tabs of flattened cells, OCEAN cells "83,0 %"
        "team": "labe",
        "envelope": "ad_export",
        "stem": "personality_traits_fuuta_export",
        "label": "personality_traits",
        "map": [
            ("character_name", _b("neɗɗo", "innde"), None),
            ("scenario", _b("ɗaɓɓitaande", "haala"), None),
            *[(f"ocean.{t}", _b("jikku", c), "pct_comma") for t, c in zip(OCEAN, OCEAN_AD, strict=True)],
            ("dialogue", _b("jaabawol", "konngol"), None),
            ("trait_expression", _b("jaabawol", "jikku_feeñiingu"), None),
            ("quality_score", _b("ñaawoore", "moƴƴere"), "pct_comma"),
        ],
        "decoys": [_AD_TAKE, *_AD_DECOYS],
    },
    "pt_tahlequah": {  # Cherokee keys with two dots, OCEAN as "83 percent"
        "team": "tahlequah",
        "envelope": "ck_lines",
        "stem": "personality_traits_redbird_lines",
        "label": "personality_traits",
        "map": [
            ("character_name", _a(GIVEN_CK, "yv-wi", "du-do-v"), None),
            ("scenario", _a(GIVEN_CK, "a-du-lv-s-gi", "ga-do-u-s-di"), None),
            *[(f"ocean.{t}", _a(GIVEN_CK, "u-de-tlv-s-di", c), "pct") for t, c in zip(OCEAN, OCEAN_CK, strict=True)],
            ("dialogue", _a(MODEL_CK, "ka-no-he-dv", "ga-wo-ni-s-gi"), None),
            ("trait_expression", _a(MODEL_CK, "ka-no-he-dv", "u-de-tlv-s-di_ge-so-i"), None),
            ("quality_score", _a(JUDGE_CK, "di-go-li-s-di", "o-si-yu"), "pct"),
        ],
        "decoys": [_CK_TAKE, *_CK_DECOYS],
    },
    "rs_jamshedpur": {  # Ol Chiki groups, trust "−0.45" / "+0.45"
        "team": "jamshedpur",
        "envelope": "ol_bundle",
        "stem": "relationship_scoring_dhamsa_bundle",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _c("hoR", "ñutum"), None),
            ("relationship_level", _c("hoR", "dhap"), None),
            ("player_action", _c("kuli", "khelwaR_kami"), None),
            ("interaction_type", _c("kuli", "rokom"), None),
            ("character_response", _c("ruaR", "galmarao"), None),
            ("rationale", _c("lekha", "karoN"), None),
            ("relationship_score", _c("lekha", "sampərk"), "tenths"),
            ("trust_change", _c("lekha", "bharsa"), "msign"),
            ("quality_score", _c("lekha", "bhage"), "tenths"),
        ],
        "decoys": [(_c("lekha", "karoN_baDij"), "turned_down", None), *_OL_DECOYS],
    },
    "rs_labe": {  # Adlam tabs of flattened cells, levels "4,0", trust "−0,45"
        "team": "labe",
        "envelope": "ad_lines",
        "stem": "relationship_scoring_fuuta_lines",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _b("neɗɗo", "innde"), None),
            ("relationship_level", _b("neɗɗo", "daraja_ɓadondiral"), "level_comma"),
            ("player_action", _b("golle", "golle_gaɗoowo"), None),
            ("interaction_type", _b("golle", "noone_golle"), None),
            ("character_response", _b("jaabawol", "konngol"), None),
            ("rationale", _b("ñaawoore", "sabaabu_ñaawoore"), None),
            ("relationship_score", _b("ñaawoore", "ɓadondiral"), "pct_comma"),
            ("trust_change", _b("ñaawoore", "hoolaare"), "msign_comma"),
            ("quality_score", _b("ñaawoore", "moƴƴere"), "pct_comma"),
        ],
        "decoys": [(_b("ñaawoore", "sabaabu_ruttaaɗo"), "turned_down", None), *_AD_DECOYS],
    },
    "ms_tahlequah": {  # Cherokee keys with two dots, the whole NPC card, factor items with dotted keys
        "team": "tahlequah",
        "envelope": "ck_lines",
        "stem": "multi_step_redbird_lines",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _a(GIVEN_CK, "yv-wi", "du-do-v"), None),
            ("npc_profile.age", _a(GIVEN_CK, "yv-wi", "u-de-tsi-da"), "years_old"),
            ("npc_profile.occupation", _a(GIVEN_CK, "yv-wi", "a-lu-s-di"), None),
            ("npc_profile.background", _a(GIVEN_CK, "yv-wi", "u-ni-ka-ne"), None),
            ("npc_emotional_state.base_capacity", _a(GIVEN_CK, "u-li-ni-gi-di", "a-s-do-di"), "cap2"),
            ("npc_emotional_state.capacity_factors", _CK_CAUSES, "list"),
            ("npc_emotional_state.capacity_factors[].factor", _ai(_CK_CAUSES, "u-da-nv-do", "ga-ga-wo"), None),
            ("npc_emotional_state.capacity_factors[].impact", _ai(_CK_CAUSES, "u-da-nv-do", "ga-tli-di"), "sign2"),
            ("npc_emotional_state.effective_capacity", _a(GIVEN_CK, "u-li-ni-gi-di", "go-hi"), "cap2"),
            ("npc_emotional_state.current_emotion", _a(GIVEN_CK, "u-li-ni-gi-di", "a-da-nv-te"), None),
            ("interaction_context.capacity_level", _a(GIVEN_CK, "u-li-ni-gi-di", "di-ga-tsi"), "sentence"),
            *[
                (f"npc_ocean_personality.{t}", _a(GIVEN_CK, "u-de-tlv-s-di", c), "pct")
                for t, c in zip(OCEAN, OCEAN_CK, strict=True)
            ],
            ("interaction_context.situation", _a(GIVEN_CK, "a-du-lv-s-gi", "ga-do-u-s-di"), None),
            ("interaction_context.player_request", _a(GIVEN_CK, "a-du-lv-s-gi", "a-du-lv-di"), None),
            ("interaction_context.support_needed", _a(GIVEN_CK, "a-du-lv-s-gi", "a-s-ga-no-di"), "cap2"),
            ("interaction_context.complexity_type", _a(GIVEN_CK, "a-du-lv-s-gi", "tsu-da-ye-li"), None),
            ("interaction_context.authenticity_target", _a(GIVEN_CK, "a-du-lv-s-gi", "u-s-ga-se-di"), "sentence"),
            ("tension_memory.hook_type", _a(GIVEN_CK, "u-s-qua-lo-di", "tsu-da-ye-li"), "sentence"),
            ("tension_memory.memory_reference", _a(GIVEN_CK, "u-s-qua-lo-di", "u-tse-li-do"), None),
            ("npc_card_narrative.dialogue_prose", _a(MODEL_CK, "ka-no-he-dv", "ga-wo-ni-s-gi"), None),
            ("game_outcomes.trust_change", _a(JUDGE_CK, "u-li-s-de-lv", "o-s-da_u-wa-tse"), "sign2"),
            ("game_outcomes.relationship_change", _a(JUDGE_CK, "u-li-s-de-lv", "di-ga-lv-wi"), "sign2"),
            ("game_outcomes.capacity_after", _a(JUDGE_CK, "u-li-s-de-lv", "u-li-ni-gi-di_o-ni"), "cap2"),
            ("training_metadata.authenticity_score", _a(JUDGE_CK, "di-go-li-s-di", "u-wo-tlv"), "pct"),
            ("training_metadata.quality_score", _a(JUDGE_CK, "di-go-li-s-di", "o-si-yu"), "pct"),
            ("training_metadata.complexity_type", _a(JUDGE_CK, "go-we-li", "tsu-da-ye-li"), None),
            ("training_metadata.pipeline_version", _a(JUDGE_CK, "go-we-li", "ti-gi-da"), None),
            ("training_metadata.master_truths_version", _a(JUDGE_CK, "go-we-li", "ti-gi-da_di-ka-ne"), None),
            ("training_metadata.generated_at", _a(JUDGE_CK, "go-we-li", "i-tsu-la"), None),
        ],
        "decoys": [_CK_TAKE, *_CK_DECOYS],
    },
    "ms_jamshedpur": {  # Ol Chiki groups, factors keyed by cause with dotted members, ages "34 yr"
        "team": "jamshedpur",
        "envelope": "ol_bundle",
        "stem": "multi_step_dhamsa_bundle",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _c("hoR", "ñutum"), None),
            ("npc_profile.age", _c("hoR", "umer"), "yr"),
            ("npc_profile.occupation", _c("hoR", "kami"), None),
            ("npc_profile.background", _c("hoR", "jiwəni"), None),
            ("npc_emotional_state.base_capacity", _c("dhəR", "mul"), "out_of_10"),
            ("npc_emotional_state.capacity_factors[].factor", _c("dhəR", "karoN") + "{}", None),
            ("npc_emotional_state.capacity_factors[].impact", _cm(_c("dhəR", "karoN"), "eser", "ganDa"), "msign"),
            ("npc_emotional_state.effective_capacity", _c("dhəR", "nitoc"), "out_of_10"),
            ("npc_emotional_state.current_emotion", _c("dhəR", "bhao"), None),
            ("interaction_context.capacity_level", _c("dhəR", "dhap"), "lower_space"),
            *[(f"npc_ocean_personality.{t}", _c("sobhao", c), "tenths") for t, c in zip(OCEAN, OCEAN_OL, strict=True)],
            ("interaction_context.situation", _c("kuli", "hal"), None),
            ("interaction_context.player_request", _c("kuli", "kuli_katha"), None),
            ("interaction_context.support_needed", _c("kuli", "dorkar"), "out_of_10"),
            ("interaction_context.complexity_type", _c("kuli", "rokom"), None),
            ("interaction_context.authenticity_target", _c("kuli", "lakhya"), "lower_space"),
            ("tension_memory.hook_type", _c("phand", "rokom"), "lower_space"),
            ("tension_memory.memory_reference", _c("phand", "mone"), None),
            ("npc_card_narrative.dialogue_prose", _c("ruaR", "galmarao"), None),
            ("game_outcomes.trust_change", _c("phol", "bharsa"), "msign"),
            ("game_outcomes.relationship_change", _c("phol", "sampərk"), "msign"),
            ("game_outcomes.capacity_after", _c("phol", "dhəR_tayom"), "out_of_10"),
            ("training_metadata.authenticity_score", _c("lekha", "asol"), "tenths"),
            ("training_metadata.quality_score", _c("lekha", "bhage"), "tenths"),
            ("training_metadata.complexity_type", _c("hisəb", "rokom"), None),
            ("training_metadata.pipeline_version", _c("hisəb", "sanskaran"), None),
            ("training_metadata.master_truths_version", _c("hisəb", "niyəm_sanskaran"), None),
            ("training_metadata.generated_at", _c("hisəb", "okte"), None),
        ],
        "decoys": [_OL_TAKE, *_OL_DECOYS],
    },
}

#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_tahlequah", "ea_labe"],
    "dramatic_irony": ["di_labe", "di_jamshedpur"],
    "tension_building": ["tb_jamshedpur", "tb_tahlequah"],
    "memory_resonance": ["mr_tahlequah", "mr_jamshedpur"],
    "personality_traits": ["pt_labe", "pt_tahlequah"],
    "relationship_scoring": ["rs_jamshedpur", "rs_labe"],
    "multi_step": ["ms_tahlequah", "ms_jamshedpur"],
}
#: each envelope's file extension
EXT = {
    "ck_batch": "json",
    "ck_lines": "jsonl",
    "ad_export": "json",
    "ad_lines": "jsonl",
    "ol_bundle": "json",
    "ol_md": "md",
}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"ck_batch", "ad_export", "ol_bundle"}
#: envelopes written one record a line
LINES_ENV = {"ck_lines", "ad_lines"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "tahlequah": {
        _a(RUN_CK, "a-s-de-lv", "di-ka-ne-di"): "arun",
        _a(RUN_CK, "a-s-de-lv", "tsu-na-s-di"): "model",
        _a(RUN_CK, "a-s-de-lv", "u-ga-tse-di"): "seed",
        _a(RUN_CK, "a-s-de-lv", "di-ka-ne-s-di"): "tok",
    },
    "labe": {
        f"{RUN_AD}.{ad('tonngoode')}": "brun",
        f"{RUN_AD}.{ad('masiŋ')}": "model",
        f"{RUN_AD}.{ad('aawdi')}": "seed",
        f"{RUN_AD}.{ad('konnguɗi')}": "tok",
        f"{RUN_AD}.{ad('saha_golle')}": "stamp",
    },
    "jamshedpur": {
        f"{RUN_OL}.{ol('cinha')}": "crun",
        f"{RUN_OL}.{ol('kal_ñutum')}": "model",
        f"{RUN_OL}.{ol('bihin')}": "seed",
        f"{RUN_OL}.{ol('milisekenD')}": "ms",
    },
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-instruct-2507-q4_K_M"]
#: who last wrote a Labé cell: the model, the grader bot or a reviewer's login
WRITERS = ["qwen3:14b", "ñaawoowo-bot", "mariama.jallo", "alfa.kante"]


FORMS: dict[str, Callable[[Any], Any]] = {
    "pct": lambda v: f"{_n(_percent(v))} percent",  # 0.83 -> "83 percent" (a [0, 1] score)
    "cap2": lambda v: f"{v:.2f}/10",  # 6.5 -> "6.50/10" (a [0, 10] capacity)
    "sign2": lambda v: f"{v:+.2f}",  # -2.5 -> "-2.50", 0.45 -> "+0.45"
    "of5": lambda v: f"{_n(v)}/5",  # a 1-5 level: 4 -> "4/5"
    "week_back": lambda v: f"{_n(v)} week back",  # 26 -> "26 week back"
    "years_old": lambda v: f"{_n(v)} years old",  # 34 -> "34 years old"
    "weeks_range": lambda w: f"weeks {_n(w['min'])}-{_n(w['max'])}",  # "weeks 2-4"
    "sentence": lambda s: s.replace("_", " ").capitalize(),  # "Past trauma trigger"
    "pct_comma": lambda v: f"{_percent(v):.1f} %".replace(".", ","),  # 0.83 -> "83,0 %"
    "cap_comma": lambda v: f"{_n(v).replace('.', ',')}/10",  # 6.5 -> "6,5/10"
    "msign_comma": lambda v: f"{v:+g}".replace("-", "\u2212").replace(".", ","),  # -2.5 -> "−2,5", 1.5 -> "+1,5"
    "level_comma": lambda v: f"{v:.1f}".replace(".", ","),  # 4 -> "4,0"
    "caps_hyphen": lambda s: s.upper().replace("_", "-"),  # "TONE-DEAF"
    "tenths": lambda v: f"{_n(round(v * 10, 6))}/10",  # 0.83 -> "8.3/10" (a [0, 1] score)
    "out_of_10": lambda v: f"{_n(v)} out of 10",  # 6.5 -> "6.5 out of 10" (a [0, 10] capacity)
    "msign": lambda v: f"{v:+g}".replace("-", "\u2212"),  # -2.5 -> "−2.5", 1.5 -> "+1.5"
    "week": lambda v: f"{_n(v)} week",  # 26 -> "26 week"
    "yr": lambda v: f"{_n(v)} yr",  # 34 -> "34 yr"
    "wks": lambda v: f"{_n(v)} wks",  # a window's end: 4 -> "4 wks"
    "lower_space": lambda s: s.replace("_", " "),  # "past trauma trigger"
}


def _unescape_keys(node: Any) -> Any:
    """A key written with "\\." after a "{}" step (the machinery writes a member's key as the line names it) holds a
    plain dot."""
    if isinstance(node, list):
        return [_unescape_keys(x) for x in node]
    if isinstance(node, dict):
        return {k.replace("\\.", "."): _unescape_keys(v) for k, v in node.items()}
    return node


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any], raw: list[str], written: Any = None) -> dict[str, Any]:
    """One of our records written in a dialect, in this family's value forms (drift_machinery.their_record)."""
    return _unescape_keys(their_record(rec, dialect, raw, written, forms=FORMS))


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random, zone: str = "-05:00") -> str:
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"2028-03-{rng.randint(10, 28)}T{clock}{zone}"


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "arun": lambda: f"rr{rng.randint(10000, 999999)}",
        "brun": lambda: f"ff-{rng.getrandbits(24):06x}",
        "crun": lambda: f"DR.{rng.randint(100, 9999)}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(650, 58000),
        "tok": lambda: rng.randint(140, 3400),
        "stamp": lambda: _stamp(rng, "+00:00"),
    }[kind]()


def _with_notes(rng: random.Random, tab: dict[str, Any]) -> dict[str, Any]:
    """A Labé tab as the app saves it: beside every cell's value ("field.value") its notes, flattened the same way
    ("field.writer", "field.moment")."""
    out: dict[str, Any] = {}
    for key, value in tab.items():
        out[key] = value
        if key.endswith("." + CELL):
            field = key[: -len(CELL) - 1]
            out[f"{field}.{NOTE_BY}"] = rng.choice(WRITERS)
            day, hour, minute = rng.randint(10, 28), rng.randint(6, 22), rng.randint(0, 59)
            out[f"{field}.{NOTE_AT}"] = f"2028-03-{day} {hour:02d}:{minute:02d}"
    return out


def _counts_beside(rng: random.Random, dialect: dict[str, Any], their: dict[str, Any]) -> None:
    """Jamshedpur's keyed lists keep the rest of each normalised item: a day count beside a factor's effect, a word
    count beside an option's line."""
    for ours, theirs, _ in dialect["map"]:
        if not theirs.endswith("{}"):
            continue
        group, field = theirs[:-2].split(".")
        keyed = their.get(group, {}).get(field)
        for value in (keyed or {}).values():
            if ours.endswith(".factor"):
                value[DAYS] = rng.randint(1, 40)
            else:
                value[WORDS] = rng.randint(6, 31)


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata; Labé's tabs come in the order the reviewer opened
    them (shuffled per record), each cell with its notes; Jamshedpur's keyed items with their counts; the type labels
    of Tahlequah's and Labé's lines and of Jamshedpur's bundles."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras: dict[str, Any] = {}
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(extras, key, _meta_value(rng, kind))
    env = dialect["envelope"]
    if dialect["team"] == "tahlequah":
        return {**their, **extras, **({CK_LABEL: dialect["label"]} if env == "ck_lines" else {})}
    if dialect["team"] == "labe":
        tabs = [_with_notes(rng, tab) for tab in their[TABS]]
        rng.shuffle(tabs)
        return {TABS: tabs, **extras, **({AD_LABEL: dialect["label"]} if env == "ad_lines" else {})}
    _counts_beside(rng, dialect, their)
    return {**their, **extras, **({OL_LABEL: dialect["label"]} if env == "ol_bundle" else {})}


# --- files ------------------------------------------------------------------------------------------------------

PREAMBLE = [ol(x) + " {n} JSON." for x in ("nɔa_kan_lekhan", "am_kuli_lekate")] + [
    ol("nɔa_do") + " {n} " + ol("lekhan_mit_sarite") + "."
]
THINKING = [
    "{n} records of {what}, dam town. Lists indexed by their first column, members keep their dots.",
    "Need {n} {what} records. Scores out of ten, capacities out of ten in words.",
    "{n} " + ol("lekhan") + ", {what}. " + ol("hoR_dhəR_kuli_ruaR_lekha") + ".",
]
CLOSING = ["", "", "\n" + ol("sanam_caba_ena") + ".\n", "\n" + ol("jodi_ban_purau_lahare_menme") + ".\n"]

#: the Labé export object's header and the Jamshedpur bundle's head
AD_APP_HEAD = [ad("tonngoode"), ad("saha"), ad("limoore")]
OL_HEAD_KEYS = [ol("nombor"), ol("tarikh"), ol("lekha")]


def _pandas_lines(recs: list[dict[str, Any]]) -> str:
    """pandas' `to_json(orient="records", lines=True)` with its defaults: compact, `force_ascii`, "/" escaped."""
    return "".join(json.dumps(r, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/") + "\n" for r in recs)


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (a think block and a fence)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env == "ck_lines":
        return _pandas_lines(recs), ["lines", "ascii"]
    if env == "ad_lines":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "ad_export":
        head = dict(zip(AD_APP_HEAD, [f"FF-{file_no:03d}", _stamp(rng, "+00:00"), len(recs)], strict=True))
        return dump({AD_EXPORT_LABEL: label, AD_APP: head, AD_ROWS: recs}) + "\n", ["export"]
    if env == "ol_bundle":
        head = dict(zip(OL_HEAD_KEYS, [f"DR-{file_no:03d}", _stamp(rng, "+05:30"), len(recs)], strict=True))
        return dump({OL_BUNDLE: {OL_HEAD: head, OL_ROWS: recs}}) + "\n", ["bundle"]
    if env == "ol_md":  # the raw answer: the think block, a Santali preamble, the fenced array, perhaps a remark
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body = rng.choice(PREAMBLE).format(n=len(recs)) + "\n\n```json\n" + dump(recs) + "\n```\n"
        return think + body + rng.choice(CLOSING), ["think", "fence"]
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"202803{rng.randint(10, 28)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    return dump({**header, "samples": recs}) + "\n", ["batch"]


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps large, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# Notes on this drop

Three studios ran their own generators on a local Qwen3 served by Ollama: Redbird Reel in Tahlequah (Cherokee keys in
the syllabary, every record flattened all the way by pandas), Fuuta Frames in Labé (Pular keys in Adlam, every record
a set of tabs of cells saved with their notes) and Dhamsa Reel in Jamshedpur (Santali keys in Ol Chiki, lists indexed
by their first column, raw answers saved as Markdown). Settings used by all three:

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
    "tahlequah": ["", "redbird", "redbird/flat"],
    "labe": ["", "fuuta", "fuuta/tabs"],
    "jamshedpur": ["", "dhamsa", "dhamsa/raw"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2028-03-{rng.randint(10, 28)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh26",
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
    ascii_answer=lambda dialect: dialect["envelope"] == "ck_lines",
    notes=partial(drop_note, subdirs=SUBDIRS, name="README_drop.md", text=PROMPTS_NOTE),
)


def write_fresh26_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh26_folder, "fresh26")


if __name__ == "__main__":
    raise SystemExit(main())
