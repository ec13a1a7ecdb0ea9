r"""A thirtieth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the shared drift machinery and checks, the other drift generators' top docstrings and fresh27's writer and manifest
test were read; the machinery is the shared tests/drift_machinery.py, the habits and the record contents are new):
the seven data types and meanings of curation/domain/spec.yaml, written by three studios nobody here has tuned on,
set in a rainforest river town at the rapids (cocoa fermenting boxes under a long shed, a rubber plantation's
tapping rows, a dugout landing below the rapids, a bush radio station on the ridge, a palm-oil mill at the creek
mouth, a Saturday market on a sandbar, a health post on the laterite road, a rope bridge over the gorge), each with
one set of habits for every type:

- Gbandi Reel, a Monrovia studio with keys in the VAI SYLLABARY (one letter a syllable; the words are this writer's
  own Vai-flavoured coinages, written syllable by syllable) whose review app keeps every record as SECTIONS PICKED BY
  NAME, in the order the reviewer last saved them (shuffled per record), each section's fields under plain keys
  (`ꘃꔬꕞ[ꗋꕮ=ꗞꕩ].ꗋ`), and whose app normalises each of OUR LISTS with pandas and indexes it by its first column
  before saving it into its section: the capacity factors an OBJECT KEYED BY THEIR CAUSE, the irony options one KEYED
  BY OPTION TYPE, and each value's members HOLDING A DOT (`effect.amount`, `line.text`) beside a member that is not
  ours (a day count, a word count): a label step, a "{}" step and a "\." member in one line
  (`ꘃꔬꕞ[ꗋꕮ=ꕔꗒ].ꗃꕇ{}.ꗯ\.ꕩꕟ`; fresh25 wrote two labels then "{}" with plain members, fresh26 "{}" then "\." under
  plain keys); scores as percentages with a decimal comma and NO space ("83,0%"), capacities with two decimals
  "out of" ten ("6.50 out of 10"), signed numbers with a typographic minus and a decimal comma ("−2,5", "+0,45"),
  levels "4,0 out of 5", weeks "26 w earlier", labels in Title Case with spaces ("Past Trauma Trigger"); typed
  batches and JSON Lines with a `_type` label;
- Liangshan Frames, a Xichang studio with Nuosu keys in the YI SYLLABARY (syllables with their tone, the words this
  writer's own Nuosu-flavoured coinages) whose exporter flattens every record ONE LEVEL with pandas
  (`json_normalize(max_level=1)`), so every group's field is ONE KEY HOLDING A DOT, and whose dashboard writes every
  NUMBER as a list of READINGS `{metric, value.final, value.first}` (the figure the finish step settled on beside the
  model's first figure, itself flattened by the dashboard's own writer), so a number is a "\." key, a "[key=label]"
  step and a "\." key in one line (`ꉆꈲ\.ꋍ[ꂡ=ꃰꄜ].ꍂ\.ꉆ`, three steps no family put in one path: fresh25 wrote "\."
  then a label then a plain key), and our lists are OBJECTS KEYED BY DATA under a dotted key with dotted members
  (`ꉆꈲ\.ꑣꆷ{}` with `ꉆꈲ\.ꑣꆷ{}.ꈜ\.ꉆ`: "\." then "{}" then "\."); scores as star ratings OF FIVE with a
  decimal comma ("4,15 of 5"), capacities "6,50/10", signed numbers with a typographic minus, a decimal comma and
  two decimals ("−0,45", "+1,50"), levels "4,0 of 5", weeks "26wks ago", ages in capitals ("34 YRS"), payoff
  windows "2-4 wks later", labels in Title-Hyphen case ("Past-Trauma-Trigger"); pandas' record arrays (.json) and
  JSON Lines (.jsonl) with a `dataType` column;
- Sanggar Tirta, a Denpasar studio with Balinese keys in BALINESE SCRIPT (vowel signs and the adeg-adeg written as
  combining marks) whose pipeline logs every record as a RUN of FIVE STAGES kept BY POSITION (`[0]` who, `[1]` the
  strength, `[2]` the ask, `[3]` the reply, `[4]` the grading; each stage keeps its title), each stage's outputs
  written by the stage's worker as keys HOLDING A DOT ("out.line"), and the run flattened one level by pandas, so a
  value is a "\." key, a position and a "\." key in one line (`ᬧᬫᬭ᭄ᬕᬶ\.ᬢᬳᬧ᭄[3].ᬳᬲᬶᬮ᭄\.ᬭᬑᬲ᭄`; fresh27 wrote "\." then
  "[0]" at a line's end, and a position then "\."); the irony options a list of items under a dotted key beside the
  stages, capacity factors a cause -> signed table in one stage output; scores in tenths with a decimal comma and a
  spaced slash ("8,3 / 10"), capacities "6.5 / 10", signed numbers "+1.5" / "-2.5", levels "4.0/5",
  ages "34,0 yrs old", payoff windows "2 to 4 weeks later", labels in lower case with spaces ("past
  trauma trigger"); raw Qwen3 answers in .md (a `<think>` block, a Balinese preamble in Balinese script, a ```json
  fence, sometimes a closing remark) and the pipeline's export object, a `kind` label on every record.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn take (a
Monrovia reply field, a Xichang reply key, a Denpasar reply output), a second judge's mark in the score's own form (a
reading of its own in Xichang), a certainty on the same scale, a sentence count, the Xichang readings' first
figures, the Monrovia day and word counts, the Denpasar stage titles, run metadata (run ids, model tags, sampler
seeds, milliseconds, token counts, time stamps). Each data type has two prompt versions by two of the studios; a
seed writes one of them or both in one folder (one truth map holding both). Every truth line uses the field_map
steps docs/interaction-formats.md documents (dotted paths, "\.", "[]", "[N]", "[key=label]", "{}"; a label step
always before the line's "{}", a position the only list step of its line). Values only in readings the docs list as
lossless, in combinations no family wrote ("83,0%": a decimal comma in a percentage with no space; "6.50 out of 10";
"4,0 out of 5", "4,0 of 5" and "4.0/5" for a level; "26 w earlier", "26wks ago"; "4,15 of 5": a star
rating of five with a decimal comma and "of"; "6,50/10"; "34 YRS"; "2-4 wks later", "2 to 4 weeks later"; "8,3 / 10":
tenths with a decimal comma and a spaced slash; "6.5 / 10"; "34,0 yrs old"; "−2,5", "−0,45", "+1,50", "+1.5",
"-2.5", a cause -> "-2.5" table, labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Denpasar answers with a `<think>` block and a ```json
fence; a README of the drop (prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records,
22-34, or 92-116 over many files; no two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "supplies 7 units of support",
"his support runs to 7", "musters 7 points of support", "her support totals 7"), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh28_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh28.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh28.manifest.json)
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
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
from drift_machinery import decimal_comma as _comma
from drift_machinery import put as _put
from drift_machinery import short_number as _n
from drift_machinery import truth_map as truth_map  # the manifest test reads the true map
from drift_machinery import typographic_minus as _minus

# --- content pools (this writer's own: a rainforest river town at the rapids, cocoa and rubber) ---------------------

NAMES = [
    "Momo Kiazolu Sirleaf",
    "Ni Luh Ketut Sekarini",
    "Aku Jjiepmo Shama",
    "Varney Massaquoi Kanneh",
    "I Gede Wirasana Putra",
    "Qubi Lurha Ddiepmo",
    "Fatu Dukuly Kromah",
    "Ni Nyoman Ayu Sridani",
    "Shylur Vuqie Hxiemo",
    "Boima Sando Fahnbulleh",
    "I Komang Adi Darmawan",
    "Jjike Nzymo Alur",
    "Musu Kemokai Gbessay",
    "Ni Made Wulan Pertiwi",
    "Lurzy Abu Qumu",
    "Jartu Sheriff Konneh",
    "I Putu Bagus Artawan",
    "Hxiemo Ayi Jjissy",
]
JOBS = [
    "tapper who walks the rubber rows before the sun is up",
    "keeper of the cocoa fermenting boxes under the long shed",
    "dugout paddler who ferries people across below the rapids",
    "announcer at the bush radio station on the ridge",
    "presser at the palm-oil mill by the creek mouth",
    "weaver of hammocks in the compound behind the market",
    "nurse at the health post beside the laterite road",
    "seller of smoked bushmeat on the Saturday sandbar market",
    "mechanic who keeps the timber lorries running in the rains",
    "teacher at the zinc-roofed school above the floodline",
    "buyer who grades cocoa beans for the coastal traders",
    "keeper of the rope bridge that sways over the gorge",
]
PLACES = [
    "the cocoa fermenting shed at the edge of the clearing",
    "the dugout landing below the rapids",
    "the bush radio station on the ridge",
    "the palm-oil mill by the creek mouth",
    "the Saturday market on the sandbar",
    "the rubber rows behind the company houses",
    "the health post beside the laterite road",
    "the rope bridge over the gorge",
]
PRESSURES = [
    ("the rapids swallowed a dugout full of cocoa sacks", -2.5),
    ("the rubber latex cups were slashed in the night", -2.0),
    ("the cocoa buyer docked every sack for damp beans", -1.5),
    ("the laterite road washed out and the lorry never came", -3.0),
    ("a fever went round the school for a fortnight", -2.0),
    ("the radio generator coughed its last drop of diesel", -1.0),
    ("the hammock order from the coast was cancelled", -0.5),
    ("the first dry-season sun finally cracked the cocoa pods", 1.5),
    ("a brother sent a new machete and a bag of rice from town", 1.0),
    ("the creek ran clear after the floods", 0.5),
]
ASKS = [
    "The player asks them to paddle across the rapids once more before dark.",
    "The player needs a bed at the health post for a feverish tapper.",
    "The player wants them to swear the damp cocoa sacks were dry at weighing.",
    "The player asks them to keep the radio on air through the storm warnings.",
    "The player needs someone to cross the rope bridge while it is still swaying.",
    "The player asks them to hide a slashed latex cup from the plantation overseer.",
    "The player wants the road-closure notice read on the evening broadcast.",
    "The player asks to borrow the fermenting boxes for a naming-day feast.",
]
REPLIES = [
    "Across again? My arms are spent paddles. I’ll take you to the sandbar — the rest you wade.",
    "The health post has one cot and a mat… the tapper gets the mat. You sit up with him.",
    "Swear the sacks were dry? The buyer splits beans with his thumbnail. I’ll help you re-dry them — nothing more.",
    "Keep broadcasting through the warnings? The diesel is nearly gone. I’ll read them once, slowly, then switch off.",
    "Cross while it sways? I watched a plank snap under a goat. Wait until the wind drops… then we go together.",
    "Hide the cup from the overseer? If he finds it later, every tapper pays. I won’t, and I’m sorry for it.",
    "Read the closure on air? Half the valley will rush the road tonight. I’ll read the part about the detour, calmly.",
    "Take the boxes. The third one leaks, so line it with banana leaves, and scrub them before you bring them back.",
]
THOUGHTS = [
    "If I say no, the whole sandbar market knows it by Saturday noon.",
    "Everyone thinks the bridge keeps itself tight. Somebody retightens the ropes every dry season.",
    "My father would have said yes and then limped for a week. I can only manage the yes.",
    "The ones who stay by the rapids end up carrying everyone's crossings.",
]
SECRETS = [
    "the cocoa buyer's scale has been reading heavy against the farmers for two seasons",
    "the road-closure notice was sent late so the timber lorries could leave first",
    "the hammock trader sells the compound's hammocks as a city factory's",
    "the health post's fever tablets were swapped for chalk by someone on the supply run",
    "the smoked bushmeat at the market comes frozen from the coast",
    "the rope bridge inspector signed the safety card without ever crossing",
]
BELIEFS = [
    "the cocoa buyer's scale is tested by the cooperative every season",
    "the road-closure notice went out the moment the washout was found",
    "the hammock trader sells every hammock under the compound's own name",
    "the health post's fever tablets come sealed straight from the district store",
    "the smoked bushmeat at the market is hunted in the forest upriver",
    "the rope bridge inspector walks every plank before signing the card",
]
TONE_DEAF = [
    "A heavy scale? Never mind that, the radio is playing the highlife hour tonight!",
    "Notices bore me. Let's race dugouts to the sandbar instead.",
    "Forget the tablets, the hornbills are back in the big cotton tree!",
    "Did you see the monkey that stole a mango off the market table? Shameless.",
]
MISGUIDED = [
    "Scales always lean in the rains. The beans just hold more water, that's all.",
    "Bring the buyer a jar of palm wine and he'll set the scale right himself.",
    "I'll walk to the district office tonight and shout until someone listens.",
    "Be glad the buyer comes up the river at all; the next valley sells to nobody.",
]
GROWTH = [
    "Whatever is crooked at the weighing, you won't carry it down the river alone.",
    "If something's wrong with the notice, I'd rather we look at it together than hear it on the radio.",
    "You look like you haven't slept since the washout. Tell me what you know, slowly, and we decide together.",
    "I talked over you at the landing. Start again; I'm listening now.",
]
HOOK_LINES = [
    "Weigh a sack on the school's scale tonight. Then set it against the buyer's slip — carefully.",
    "Ask the radio clerk what hour the washout report came in. Watch him reach for the logbook.",
    "Look at the label stitched into the hammocks in the trader's truck. It isn't our compound's weave.",
    "Crush one of the fever tablets between your fingers. Tell me what it smells of.",
    "The bushmeat on the sandbar came in cool boxes with a port stamp.",
    "Count the planks on the rope bridge at dawn. Then count the new ones.",
]
SECRET_SETUPS = [
    "The cocoa buyer rigged his scale with a lead washer under the pan.",
    "The radio clerk held the washout report back until the timber lorries had crossed.",
    "The hammock trader cuts off the compound's tags and sews in a factory label.",
    "Someone on the supply run sold the real fever tablets and filled the bottles with chalk.",
    "The market's smoked bushmeat is frozen coastal stock passed off as forest game.",
    "The bridge inspector signed the card from his hammock without ever setting foot on a plank.",
]
HINTS = [
    "A lead washer glinting under the buyer's scale pan.",
    "A logbook page with the washout hour written over in fresh ink.",
    "A pile of cut-off compound tags behind the trader's truck.",
    "A chalky smear inside an empty tablet bottle.",
    "Cool boxes stacked behind the sandbar stalls with a port dealer's name.",
    "Rotten planks hidden under the new ones at the bridge's far end.",
]
NOW = [
    "The player whistles the song the tappers sing on the way to the rows.",
    "The radio's storm tone sounds at noon and the whole valley stops talking.",
    "Cocoa smoke drifts across the clearing from the drying racks.",
    "The player hands over a cracked paddle blade.",
    "A lorry horn sounds three times from the far bank.",
    "The first heavy rain hammers the school's zinc roof.",
]
PAST = [
    "their grandmother teaching them to read the rapids by the colour of the foam",
    "the year the river rose and took the old landing and the cassava farms",
    "a night spent bailing a dugout through the rapids in the dark",
    "the first cocoa harvest they fermented alone, every bean dark and sweet",
    "watching the old bamboo bridge fall into the gorge in a storm",
    "the morning their cousin left on a timber lorry for the nursing school",
]
EMOTIONS = [
    "a warm, rain-soaked pride",
    "a prickly, sheepish embarrassment",
    "a muddy, slow-moving regret",
    "a loud, river-bright joy",
    "a damp, creeping unease",
    "a sorrow gone soft like old cocoa husk",
    "an ache for the farm the flood took",
]
RECALL = [
    "That song… my grandmother sang it in the rows. I haven’t heard it since her hands gave out.",
    "That tone — and I’m eight again, running uphill while the river took the landing.",
    "Smoke like that meant a good harvest and my mother laughing at the racks.",
    "A paddle cracked just like that and we spun in the rapids till dusk. I shook all the way home.",
    "Uncle Boima always sounded his lorry horn three times when he brought the salt.",
    "Rain on that roof… the last time, we held the zinc down with our own backs all night.",
]
SCENES = [
    "At the dugout landing a stranger takes the last dry seat under the tarpaulin.",
    "The player turns up without the cassava they promised for the naming-day feast.",
    "A storm warning closes the river crossing at noon.",
    "A rival fermenting shed copies their banana-leaf method and sells cheaper.",
    "The player asks for help pushing a stuck lorry out of the laterite mud.",
    "A cousin working on the coast sends a parcel with a new radio inside.",
]
TRAIT_LINES = [
    "Let the old man sit, he walked down from the ridge farms. I'll stand; I like the river breeze.",
    "Paddle, bailer, rope, then the whistle check. It's painted on the landing post for a reason.",
    "Grab the chain! I've got the front. Come on, everyone, push on three!",
    "The cassava? Oh, it's nothing, really, we had plenty. Please don't worry yourself.",
    "Of course the crossing closes the one day I must go. The river has it in for me — I swear it.",
    "They copied my method… but they wrap in cocoyam leaves instead. Clever. I’d never have thought of that.",
]
EXPRESS = [
    "Warmth beats comfort: the dry seat goes to the tired old man.",
    "Conscientious habit turns a crossing into a checklist painted on a post.",
    "Extraversion grabs the chain first and rallies the whole road to push.",
    "Agreeableness swallows the letdown and waves away the missing cassava.",
    "Neuroticism colours the closure: the storm feels like the river's personal grudge.",
    "Openness turns a copied method into a lesson about cocoyam leaves.",
]
ACTIONS = [
    "The player paddles over in the storm to bring them dry clothes and a pot of pepper soup.",
    "The player misses the dawn tapping round they promised to help with.",
    "The player spends an afternoon mending the holes in their fermenting mats.",
    "The player leafs through their savings tin while they are down at the landing.",
    "The player says sorry for laughing when they slipped into the creek.",
    "The player jokes that their dugout is held together by tar and hope.",
]
RETORTS = [
    "Dry clothes and pepper soup, in this weather? Sit down before the river takes you too.",
    "Half the latex spilled while I tapped alone. I won't ask you again.",
    "Every hole sewn shut. The beans won't know what hit them, and neither do I.",
    "My money is my business. Put that tin back where you found it.",
    "It was a spectacular splash, I'll grant you. Apology accepted, grudgingly.",
    "Tar and hope have outlasted two of your outboard engines!",
]
WHYS = [
    "Crossing in a storm with food and dry clothes is devotion, and the grateful scolding shows it landed.",
    "Skipping the promised tapping round leaves them short-handed, and trust drops with the spilled latex.",
    "An afternoon of patient mat-mending is practical help that earns quiet, real trust.",
    "Prying into the savings tin is a breach of privacy, and the sharp reply draws a clear boundary.",
    "Saying sorry for the laughter mends a small humiliation, and the grudging yes shows it mostly landed.",
    "The teasing about the dugout is affectionate, and the quick comeback shows the bond is easy.",
]
PROSE = [
    "Momo rests the paddle across the dugout and looks past you at the rapids. “One crossing. My arms promise that.”",
    "He laughs, agrees to everything, and goes quiet the moment the generator changes its note.",
    "She listens, says nothing, and draws the river's bend in the cocoa dust on the table.",
    "The paddler shakes her head. “After the storm passes. Before that I'd only get you drowned.”",
    "Varney folds the weighing slip twice and pushes it back across the bench. “Not tonight, sorry.”",
]
MEMREF = [
    "the year the river took the old landing",
    "a promise made on the rope bridge",
    "the rainy season the creek rose into the houses",
    "their first crossing of the rapids alone",
    "a photo pinned inside the radio station door",
]
TENSION_NOTES = [
    "Nobody names the heavy scale aloud; its weight is only hinted at.",
    "The player knows the notice was held back; the character trusts the radio all scene long.",
]
UNKNOWN_COMPLEXITY = ["rapids_crossing_dread", "latex_ledger_grudge", "storm_tone_jitters", "cocoa_scale_sulk"]
UNKNOWN_HOOKS = ["lead_washer_riddle", "late_notice_wink", "chalk_tablet_tease"]
UNKNOWN_RESONANCE = ["tapper_song_echo", "noon_tone_pang", "cocoa_smoke_recall"]
UNKNOWN_OPTIONS = ["paddle_slap_bluster", "sandbar_gossip_dodge", "washout_bound_pout"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "over" if need > x2 else "under"
    return f"Worn to {eff:g} by the rains, the most possible today is {x2:g}; the request sits at {need:g}, {side} it."


#: this family's river town, drawn by the shared record makers (tests/drift_machinery.py)
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="Earns a living as a {job}, most days near {place}; rattled ever since {factor}.",
    character_knows="From what the character has been told, {belief}.",
    irony_scenario="At {place}, people say the district commissioner's canoe arrives once the river drops.",
    tension_context="{Place}, after the last dugout has crossed; the player lingers.",
    memory_description="Back to {past}, long before the new bridge was strung.",
    multi_background="Grew up in a house on stilts above the rapids and never left the valley; works at {place}.",
    multi_situation="{name} is closing up for the evening at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "At the rapids crossing she still supplies {g} units of support and walks home soaked.",
    "By the last cocoa box his support runs to {g}, well beyond the day's strength.",
    "He musters {g} points of support for the tappers regardless.",
    "Before the radio signs off her support totals {g}, more than she had.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["soggy", "so-so", "crisp", "shaky"]

#: the shared defect planters, bound to this family's makers and habits
PLANT = Planters.of(globals(), constraint=_constraint)
DEFECTS = PLANT.defects()


# --- the three scripts: each studio's words are written here in Latin letters and turned into its script ----------


def _syllabary(prefix: str, word: str) -> str:
    """A word of syllables separated by "-" (words by "_") in a syllabary whose letters Unicode names by their
    sound ("VAI SYLLABLE KA", "YI SYLLABLE HXIT")."""
    return "_".join(
        "".join(unicodedata.lookup(f"{prefix} {s.upper()}") for s in part.split("-")) for part in word.split("_")
    )


def vai(word: str) -> str:
    """A Monrovia word in the Vai syllabary ("ke-bi-la")."""
    return _syllabary("VAI SYLLABLE", word)


def yi(word: str) -> str:
    """A Xichang word in the Yi syllabary, each syllable with its tone letter as Nuosu spelling writes it ("hxit")."""
    return _syllabary("YI SYLLABLE", word)


#: Balinese in Balinese script, from a plain Latin spelling (E the pepet vowel): a consonant before a vowel takes its
#: sign ("a" inherent), before another consonant or at a word's end the adeg-adeg (a final "ng" the cecek, a final
#: "r" the surang, a final "h" the bisah); a vowel not after a consonant is its own letter
_BA_CONS = {"ng": "NGA", "ny": "NYA", "k": "KA", "g": "GA", "c": "CA", "j": "JA", "t": "TA", "d": "DA", "n": "NA"}
_BA_CONS |= {"p": "PA", "b": "BA", "m": "MA", "y": "YA", "r": "RA", "l": "LA", "w": "WA", "s": "SA", "h": "HA"}
_BA_SIGN = {"i": "VOWEL SIGN ULU", "u": "VOWEL SIGN SUKU", "e": "VOWEL SIGN TALING", "E": "VOWEL SIGN PEPET"}
_BA_SIGN["o"] = "VOWEL SIGN TALING TEDUNG"
_BA_LETTER = {"a": "LETTER AKARA", "i": "LETTER IKARA", "u": "LETTER UKARA", "e": "LETTER EKARA", "o": "LETTER OKARA"}
_BA_FINAL = {"ng": "SIGN CECEK", "r": "SIGN SURANG", "h": "SIGN BISAH"}


def _ba(name: str) -> str:
    return unicodedata.lookup(f"BALINESE {name}")


def bal(word: str) -> str:
    """A Balinese word (the Latin spelling above) in Balinese script; "_" stays."""
    out: list[str] = []
    for part in word.split("_"):
        i = 0
        text = ""
        while i < len(part):
            cons = next((c for c in sorted(_BA_CONS, key=len, reverse=True) if part.startswith(c, i)), None)
            if cons:
                nxt = part[i + len(cons) : i + len(cons) + 1]
                if nxt and nxt in "aiueoE":
                    text += _ba(f"LETTER {_BA_CONS[cons]}") + ("" if nxt == "a" else _ba(_BA_SIGN[nxt]))
                    i += len(cons) + 1
                elif not nxt and cons in _BA_FINAL:
                    text += _ba(_BA_FINAL[cons])
                    i += len(cons)
                else:
                    text += _ba(f"LETTER {_BA_CONS[cons]}") + _ba("ADEG ADEG")
                    i += len(cons)
                continue
            text += _ba(_BA_LETTER[part[i]])
            i += 1
        out.append(text)
    return "_".join(out)


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry keys an
# object by each element's value of our field; its member entries fill the values. Monrovia's values are fields of a
# section picked by name; Xichang's are one-level dotted keys, its numbers readings picked by metric; Denpasar's are
# a stage's dotted output keys, the stage picked by its position in the run.

#: Monrovia's review app: sections picked by name
SECS_V = vai("ke-bi-la")  # the record's sections
NAME_V = vai("to-ma")  # a section's name
DAYS_V = vai("fo") + "." + vai("lo")  # beside a keyed factor: how many days the pressure has lasted
WORDS_V = vai("kpa") + "." + vai("ko")  # beside a keyed option: how many words its line has


def _mv(section: str, field: str) -> str:
    """A Monrovia value: the field `field` of the section named `section`."""
    return f"{SECS_V}[{NAME_V}={vai(section)}].{vai(field)}"


def _mk(section: str, field: str) -> str:
    """A Monrovia keyed list: the field holding an object keyed by data."""
    return _mv(section, field) + "{}"


def _mkm(head: str, group: str, member: str) -> str:
    """A member of every value of a Monrovia keyed list, a key holding a dot ("effect.amount")."""
    return f"{head}.{vai(group)}\\.{vai(member)}"


#: Xichang's one-level dotted keys; its numbers as readings {metric, value.final, value.first}
READINGS_Y = yi("cyp")  # the readings of a group
METRIC_Y = yi("hmo")  # a reading's metric
FINAL_Y = yi("ssy") + "." + yi("hxit")  # the figure the finish step settled on
FIRST_Y = yi("ssy") + "." + yi("ddop")  # the model's first figure


def _y(group: str, field: str) -> str:
    """A Xichang text or label: the one-level key "group.field"."""
    return f"{yi(group)}\\.{yi(field)}"


def _yr(group: str, metric: str) -> str:
    """A Xichang number: the final figure of the reading `metric` among the group's readings."""
    return f"{yi(group)}\\.{READINGS_Y}[{METRIC_Y}={yi(metric)}].{FINAL_Y.replace('.', chr(92) + '.')}"


def _yk(group: str, field: str) -> str:
    """A Xichang keyed list under the one-level key "group.field"."""
    return f"{yi(group)}\\.{yi(field)}{{}}"


def _ykm(head: str, member_group: str, member: str) -> str:
    return f"{head}.{yi(member_group)}\\.{yi(member)}"


#: Denpasar's run: five stages by position, each with its title, outputs "out.field"
RUN_B = bal("pamargi")
STAGES_B = bal("tahap")
TITLE_B = bal("murda")
OUT_B = bal("hasil")
STAGE_TITLES_B = [bal("sang"), bal("kasidan"), bal("pinunas"), bal("pasaut"), bal("pamiteges")]
OPTIONS_B = bal("pilihan")
B_LABEL = "kind"  # the type label on every Denpasar record (a documented label key)


def _d(stage: int, field: str) -> str:
    """A Denpasar value: the output `field` of the stage at position `stage` (from 0)."""
    return f"{RUN_B}\\.{STAGES_B}[{stage}].{OUT_B}\\.{bal(field)}"


_B_OPTS = f"{RUN_B}\\.{OPTIONS_B}"


def _do(member: str) -> str:
    """A member of every Denpasar option item."""
    return f"{_B_OPTS}[].{bal(member)}"


OCEAN_V = ["ki-li_bo", "ka-ra_ka", "ja-ma_lo", "nyi-ni_ma", "fo-ni_wu"]
OCEAN_Y = ["nzy-hxit", "vi-jjip", "ssy-hmo", "nyip-ngop", "hxo-lit"]
OCEAN_B = ["bEbas", "tErtib", "girang", "asih", "ibuk"]

_V_LOADS = _mk("kpa-ndo", "bo-ni")
_V_OPTS = _mk("ja-bi", "ka-ni")
_Y_CAUSES = _yk("hxit-mgat", "xie-lit")

#: Xichang's groups
_WHO, _STR, _ASK, _REPLY, _GRADE = "nuo-su", "hxit-mgat", "ddi-hni", "bbur-ddop", "ggap-vit"
_MEM, _HOOK, _NATURE, _OUT, _META = "hla-jie", "zzi-nzy", "qo-mi", "mu-ke", "ke-sie"

_V_DECOYS = [
    (_mv("sa-ti", "fi-la"), "judge2", "pct_tight"),  # the second mark
    (_mv("sa-ti", "ta-la"), "conf", "pct_tight"),  # how sure
    (_mv("ja-bi", "ko-ndo"), "count", None),  # how many sentences
]
_V_TAKE = (_mv("ja-bi", "kpa-la_bo-lo"), "turned_down", None)  # the line set aside
_Y_DECOYS = [
    (_yr(_GRADE, "ngop-mi"), "judge2", "star_of"),  # the second mark, a reading of its own
    (_yr(_GRADE, "mop-ti"), "conf", "star_of"),  # how sure
    (_y(_REPLY, "xie-ti"), "count", None),  # how many sentences
]
_Y_TAKE = (_y(_REPLY, "hni-mu_shy"), "turned_down", None)  # the line thrown out
_B_DECOYS = [
    (_d(4, "nilai_kaping_kalih"), "judge2", "tenth_c"),  # the second mark
    (_d(4, "yakti"), "conf", "tenth_c"),  # how sure
    (_d(3, "akeh_lengkara"), "count", None),  # how many sentences
]
_B_TAKE = (_d(3, "raos_kaicalang"), "turned_down", None)  # the line left out

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_monrovia": {  # Vai sections by name, factors keyed by cause with "effect.amount" members, "83,0%"
        "team": "monrovia",
        "envelope": "batch",
        "stem": "emotional_authenticity_monrovia_batch",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _mv("mo-ya", "to"), None),
            ("context", _mv("mo-ya", "ke-ma"), None),
            ("base_capacity", _mv("kpa-ndo", "fa-sa"), "cap_out2"),
            ("capacity_factors[].factor", _V_LOADS, None),
            ("capacity_factors[].impact", _mkm(_V_LOADS, "gbe", "ya-ra"), "sign_gc"),
            ("effective_capacity", _mv("kpa-ndo", "fa-ki"), "cap_out2"),
            ("capacity_level", _mv("kpa-ndo", "fa-ka-ti"), "title_space"),
            ("situation", _mv("ma-ni", "ke-ti"), None),
            ("support_level_needed", _mv("ma-ni", "ma-ndo"), "cap_out2"),
            ("authenticity_target", _mv("ma-ni", "ku-ru"), "title_space"),
            ("complexity_type", _mv("ma-ni", "fe-re"), None),
            ("character_response", _mv("ja-bi", "kpa-la"), None),
            ("internal_thought", _mv("ja-bi", "hi-ri"), None),
            ("demonstrates_constraint", _mv("ja-bi", "da-ka"), None),
            ("support_provided", _mv("ja-bi", "ye-ma"), "cap_out2"),
            ("authenticity_score", _mv("sa-ti", "to-ro"), "pct_tight"),
        ],
        "decoys": [_V_TAKE, *_V_DECOYS],
    },
    "ea_xichang": {  # Yi one-level dotted keys, numbers as readings, factors keyed by cause, "4,15 of 5"
        "team": "xichang",
        "envelope": "frame",
        "stem": "emotional_authenticity_xichang_frame",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _y(_WHO, "mi"), None),
            ("context", _y(_WHO, "ti-ke"), None),
            ("base_capacity", _yr(_STR, "vo-ti"), "cap_slash2c"),
            ("capacity_factors[].factor", _Y_CAUSES, None),
            ("capacity_factors[].impact", _ykm(_Y_CAUSES, "gga", "hxit"), "sign2c"),
            ("effective_capacity", _yr(_STR, "vo-mu"), "cap_slash2c"),
            ("capacity_level", _y(_STR, "shy-ke"), "title_hyphen"),
            ("situation", _y(_ASK, "ti-ke"), None),
            ("support_level_needed", _yr(_ASK, "jie-hni"), "cap_slash2c"),
            ("authenticity_target", _y(_ASK, "qo-sso"), "title_hyphen"),
            ("complexity_type", _y(_ASK, "nra-zzi"), None),
            ("character_response", _y(_REPLY, "hni-mu"), None),
            ("internal_thought", _y(_REPLY, "hla-vo"), None),
            ("demonstrates_constraint", _y(_REPLY, "lit-nzy"), None),
            ("support_provided", _yr(_REPLY, "jie-ke"), "cap_slash2c"),
            ("authenticity_score", _yr(_GRADE, "ssy-vit"), "star_of"),
        ],
        "decoys": [_Y_TAKE, *_Y_DECOYS],
    },
    "di_denpasar": {  # Balinese run stages by position, outputs "out.field", options a list, "8,3 / 10"
        "team": "denpasar",
        "envelope": "md",
        "stem": "dramatic_irony_denpasar_answer",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _d(0, "adan"), None),
            ("character_capacity", _d(1, "kasidan"), "cap_sp"),
            ("scenario", _d(2, "kawentenan"), None),
            ("player_knows", _d(2, "uning_pamain"), None),
            ("character_knows", _d(2, "uning_sang"), None),
            ("knowledge_gap_score", _d(2, "sElat"), "tenth_c"),
            ("response_options", _B_OPTS, "list"),
            ("response_options[].type", _do("soroh"), "lower_space"),
            ("response_options[].dialogue", _do("raos"), None),
            ("response_options[].relationship_impact", _do("pikolih"), "sign_g"),
            ("recommended_option", _d(3, "pilihan_becik"), "lower_space"),
            ("dramatic_irony_score", _d(4, "nilai_ironi"), "tenth_c"),
            ("tension_notes", _d(4, "cacatan"), None),
        ],
        "decoys": [_B_TAKE, *_B_DECOYS],
    },
    "di_monrovia": {  # Vai sections, options keyed by type with "line.text" / "effect.amount" members
        "team": "monrovia",
        "envelope": "lines",
        "stem": "dramatic_irony_monrovia_lines",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _mv("mo-ya", "to"), None),
            ("character_capacity", _mv("kpa-ndo", "fa-ki"), "cap_out2"),
            ("scenario", _mv("ma-ni", "ke-ti"), None),
            ("player_knows", _mv("lo-ma", "gbi-ni"), None),
            ("character_knows", _mv("lo-ma", "to-lo"), None),
            ("knowledge_gap_score", _mv("lo-ma", "fe-le"), "pct_tight"),
            ("response_options[].type", _V_OPTS, "title_space"),
            ("response_options[].dialogue", _mkm(_V_OPTS, "kpa", "la-ma"), None),
            ("response_options[].relationship_impact", _mkm(_V_OPTS, "gbe", "ya-ra"), "sign_gc"),
            ("recommended_option", _mv("ja-bi", "fe-re_su"), "title_space"),
            ("dramatic_irony_score", _mv("sa-ti", "ye-le"), "pct_tight"),
            ("tension_notes", _mv("sa-ti", "mo-ri"), None),
        ],
        "decoys": [_V_TAKE, *_V_DECOYS],
    },
    "tb_xichang": {  # Yi readings, windows "2-4 wks later", levels "4,0 of 5"
        "team": "xichang",
        "envelope": "frame_lines",
        "stem": "tension_building_xichang_lines",
        "label": "tension_building",
        "map": [
            ("character_name", _y(_WHO, "mi"), None),
            ("relationship_level", _yr(_WHO, "ddi-mu"), "level_of_c"),
            ("context", _y(_ASK, "ti-ke"), None),
            ("hook_type", _y(_HOOK, "nra-zzi"), "title_hyphen"),
            ("setup", _y(_HOOK, "hla-jie"), None),
            ("payoff_window_weeks", _yr(_HOOK, "mu-ke"), "wks_later"),
            ("payoff_hint", _y(_HOOK, "sie-lit"), None),
            ("dialogue", _y(_REPLY, "hni-mu"), None),
            ("tension_score", _yr(_GRADE, "qo-mi"), "star_of"),
            ("hook_effectiveness", _yr(_GRADE, "vit-sso"), "star_of"),
        ],
        "decoys": [_Y_TAKE, *_Y_DECOYS],
    },
    "tb_denpasar": {  # Balinese stages, windows "2 to 4 weeks later", levels "4.0/5"
        "team": "denpasar",
        "envelope": "export",
        "stem": "tension_building_denpasar_export",
        "label": "tension_building",
        "map": [
            ("character_name", _d(0, "adan"), None),
            ("relationship_level", _d(0, "undagan"), "level_dot"),
            ("context", _d(2, "kawentenan"), None),
            ("hook_type", _d(2, "pancingan"), "lower_space"),
            ("setup", _d(2, "rahasia"), None),
            ("payoff_window_weeks", _d(2, "galah"), "to_later"),
            ("payoff_hint", _d(2, "pitunjuk"), None),
            ("dialogue", _d(3, "raos"), None),
            ("tension_score", _d(4, "nilai_tegang"), "tenth_c"),
            ("hook_effectiveness", _d(4, "daya"), "tenth_c"),
        ],
        "decoys": [_B_TAKE, *_B_DECOYS],
    },
    "mr_monrovia": {  # Vai sections, weeks "26 w earlier", "Past Trauma Trigger"
        "team": "monrovia",
        "envelope": "batch",
        "stem": "memory_resonance_monrovia_batch",
        "label": "memory_resonance",
        "map": [
            ("character_name", _mv("mo-ya", "to"), None),
            ("current_situation", _mv("ma-ni", "ke-ti"), None),
            ("memory.description", _mv("ha-ki-li", "kpo-lo"), None),
            ("memory.emotion", _mv("ha-ki-li", "su-ma"), None),
            ("memory.weeks_ago", _mv("ha-ki-li", "lo-ku"), "w_earlier"),
            ("resonance_type", _mv("ha-ki-li", "fe-re"), "title_space"),
            ("resonance_weight", _mv("ha-ki-li", "gbe-ya"), "pct_tight"),
            ("character_response", _mv("ja-bi", "kpa-la"), None),
            ("resonance_score", _mv("sa-ti", "ni-ya"), "pct_tight"),
        ],
        "decoys": [_V_TAKE, *_V_DECOYS],
    },
    "mr_xichang": {  # Yi readings, weeks "26wks ago", weights "4,75 of 5"
        "team": "xichang",
        "envelope": "frame",
        "stem": "memory_resonance_xichang_frame",
        "label": "memory_resonance",
        "map": [
            ("character_name", _y(_WHO, "mi"), None),
            ("current_situation", _y(_ASK, "ti-ke"), None),
            ("memory.description", _y(_MEM, "hla-jie"), None),
            ("memory.emotion", _y(_MEM, "nzy-mop"), None),
            ("memory.weeks_ago", _yr(_MEM, "lit-ke"), "wks_ago_tight"),
            ("resonance_type", _y(_MEM, "nra-zzi"), "title_hyphen"),
            ("resonance_weight", _yr(_MEM, "gga-vo"), "star_of"),
            ("character_response", _y(_REPLY, "hni-mu"), None),
            ("resonance_score", _yr(_GRADE, "hxo-mi"), "star_of"),
        ],
        "decoys": [_Y_TAKE, *_Y_DECOYS],
    },
    "pt_denpasar": {  # Balinese stages, OCEAN outputs of the first stage "8,3 / 10"
        "team": "denpasar",
        "envelope": "md",
        "stem": "personality_traits_denpasar_answer",
        "label": "personality_traits",
        "map": [
            ("character_name", _d(0, "adan"), None),
            *[(f"ocean.{t}", _d(0, w), "tenth_c") for t, w in zip(OCEAN, OCEAN_B, strict=True)],
            ("scenario", _d(2, "kawentenan"), None),
            ("dialogue", _d(3, "raos"), None),
            ("trait_expression", _d(3, "tetuek"), None),
            ("quality_score", _d(4, "nilai"), "tenth_c"),
        ],
        "decoys": [_B_TAKE, *_B_DECOYS],
    },
    "pt_xichang": {  # Yi readings, OCEAN as five readings "4,15 of 5"
        "team": "xichang",
        "envelope": "frame_lines",
        "stem": "personality_traits_xichang_lines",
        "label": "personality_traits",
        "map": [
            ("character_name", _y(_WHO, "mi"), None),
            ("scenario", _y(_ASK, "ti-ke"), None),
            *[(f"ocean.{t}", _yr(_NATURE, w), "star_of") for t, w in zip(OCEAN, OCEAN_Y, strict=True)],
            ("dialogue", _y(_REPLY, "hni-mu"), None),
            ("trait_expression", _y(_REPLY, "qo-nzy"), None),
            ("quality_score", _yr(_GRADE, "ke-ssy"), "star_of"),
        ],
        "decoys": [_Y_TAKE, *_Y_DECOYS],
    },
    "rs_monrovia": {  # Vai sections, levels "4,0 out of 5", trust "+0,45" / "−0,45"
        "team": "monrovia",
        "envelope": "lines",
        "stem": "relationship_scoring_monrovia_lines",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _mv("mo-ya", "to"), None),
            ("relationship_level", _mv("mo-ya", "ka-ti"), "level_out_c"),
            ("player_action", _mv("ma-ni", "ke-la"), None),
            ("interaction_type", _mv("ma-ni", "fe-re"), None),
            ("character_response", _mv("ja-bi", "kpa-la"), None),
            ("rationale", _mv("sa-ti", "ko-ri"), None),
            ("relationship_score", _mv("sa-ti", "le-ma"), "pct_tight"),
            ("trust_change", _mv("sa-ti", "la-ka"), "sign_gc"),
            ("quality_score", _mv("sa-ti", "ni-ya"), "pct_tight"),
        ],
        "decoys": [(_mv("sa-ti", "ko-ri_bo-lo"), "turned_down", None), *_V_DECOYS],
    },
    "rs_denpasar": {  # Balinese stages, levels "4.0/5", trust "+0.45"
        "team": "denpasar",
        "envelope": "export",
        "stem": "relationship_scoring_denpasar_export",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _d(0, "adan"), None),
            ("relationship_level", _d(0, "undagan"), "level_dot"),
            ("player_action", _d(2, "laksana_pamain"), None),
            ("interaction_type", _d(2, "soroh"), None),
            ("character_response", _d(3, "raos"), None),
            ("rationale", _d(4, "karana"), None),
            ("relationship_score", _d(4, "nilai_paiketan"), "tenth_c"),
            ("trust_change", _d(4, "pangandel"), "sign_g"),
            ("quality_score", _d(4, "nilai"), "tenth_c"),
        ],
        "decoys": [(_d(4, "karana_kaicalang"), "turned_down", None), *_B_DECOYS],
    },
    "ms_xichang": {  # Yi readings, the whole NPC card, factors keyed by cause, ages "34 YRS"
        "team": "xichang",
        "envelope": "frame",
        "stem": "multi_step_xichang_frame",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _y(_WHO, "mi"), None),
            ("npc_profile.age", _yr(_WHO, "xie-mop"), "yrs_caps"),
            ("npc_profile.occupation", _y(_WHO, "jjip-su"), None),
            ("npc_profile.background", _y(_WHO, "sso-lit"), None),
            ("npc_emotional_state.base_capacity", _yr(_STR, "vo-ti"), "cap_slash2c"),
            ("npc_emotional_state.capacity_factors[].factor", _Y_CAUSES, None),
            ("npc_emotional_state.capacity_factors[].impact", _ykm(_Y_CAUSES, "gga", "hxit"), "sign2c"),
            ("npc_emotional_state.effective_capacity", _yr(_STR, "vo-mu"), "cap_slash2c"),
            ("npc_emotional_state.current_emotion", _y(_STR, "nzy-mop"), None),
            ("interaction_context.capacity_level", _y(_STR, "shy-ke"), "title_hyphen"),
            *[(f"npc_ocean_personality.{t}", _yr(_NATURE, w), "star_of") for t, w in zip(OCEAN, OCEAN_Y, strict=True)],
            ("interaction_context.situation", _y(_ASK, "ti-ke"), None),
            ("interaction_context.player_request", _y(_ASK, "ddi-hni"), None),
            ("interaction_context.support_needed", _yr(_ASK, "jie-hni"), "cap_slash2c"),
            ("interaction_context.complexity_type", _y(_ASK, "nra-zzi"), None),
            ("interaction_context.authenticity_target", _y(_ASK, "qo-sso"), "title_hyphen"),
            ("tension_memory.hook_type", _y(_HOOK, "nra-zzi"), "title_hyphen"),
            ("tension_memory.memory_reference", _y(_HOOK, "hla-jie"), None),
            ("npc_card_narrative.dialogue_prose", _y(_REPLY, "hni-mu"), None),
            ("game_outcomes.trust_change", _yr(_OUT, "hmo-su"), "sign2c"),
            ("game_outcomes.relationship_change", _yr(_OUT, "ddi-mu"), "sign2c"),
            ("game_outcomes.capacity_after", _yr(_OUT, "vo-ke"), "cap_slash2c"),
            ("training_metadata.authenticity_score", _yr(_GRADE, "ssy-vit"), "star_of"),
            ("training_metadata.quality_score", _yr(_GRADE, "ke-ssy"), "star_of"),
            ("training_metadata.complexity_type", _y(_META, "nra-zzi"), None),
            ("training_metadata.pipeline_version", _y(_META, "vo-lit"), None),
            ("training_metadata.master_truths_version", _y(_META, "sie-vo"), None),
            ("training_metadata.generated_at", _y(_META, "ti-ddi"), None),
        ],
        "decoys": [_Y_TAKE, *_Y_DECOYS],
    },
    "ms_denpasar": {  # Balinese stages, factors a cause -> "-2.5" table in one output, ages "34,0 yrs old"
        "team": "denpasar",
        "envelope": "md",
        "stem": "multi_step_denpasar_answer",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _d(0, "adan"), None),
            ("npc_profile.age", _d(0, "yuswa"), "age_c_old"),
            ("npc_profile.occupation", _d(0, "pakaryan"), None),
            ("npc_profile.background", _d(0, "sejarah"), None),
            *[(f"npc_ocean_personality.{t}", _d(0, w), "tenth_c") for t, w in zip(OCEAN, OCEAN_B, strict=True)],
            ("npc_emotional_state.base_capacity", _d(1, "kasidan_wit"), "cap_sp"),
            ("npc_emotional_state.capacity_factors", _d(1, "beban"), "table"),
            ("npc_emotional_state.effective_capacity", _d(1, "kasidan"), "cap_sp"),
            ("npc_emotional_state.current_emotion", _d(1, "rasa"), None),
            ("interaction_context.capacity_level", _d(1, "undagan_kasidan"), "lower_space"),
            ("interaction_context.situation", _d(2, "kawentenan"), None),
            ("interaction_context.player_request", _d(2, "pinunas"), None),
            ("interaction_context.support_needed", _d(2, "kabuatang"), "cap_sp"),
            ("interaction_context.complexity_type", _d(2, "soroh"), None),
            ("interaction_context.authenticity_target", _d(2, "tetujon"), "lower_space"),
            ("tension_memory.hook_type", _d(2, "pancingan"), "lower_space"),
            ("tension_memory.memory_reference", _d(2, "pangeling"), None),
            ("npc_card_narrative.dialogue_prose", _d(3, "raos"), None),
            ("game_outcomes.trust_change", _d(4, "pangandel"), "sign_g"),
            ("game_outcomes.relationship_change", _d(4, "paiketan"), "sign_g"),
            ("game_outcomes.capacity_after", _d(4, "kasidan_usan"), "cap_sp"),
            ("training_metadata.authenticity_score", _d(4, "kajatian"), "tenth_c"),
            ("training_metadata.quality_score", _d(4, "nilai"), "tenth_c"),
            ("training_metadata.complexity_type", _d(4, "soroh"), None),
            ("training_metadata.pipeline_version", _d(4, "wErsi"), None),
            ("training_metadata.master_truths_version", _d(4, "wErsi_uger"), None),
            ("training_metadata.generated_at", _d(4, "galah_karipta"), None),
        ],
        "decoys": [_B_TAKE, *_B_DECOYS],
    },
}

#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_monrovia", "ea_xichang"],
    "dramatic_irony": ["di_denpasar", "di_monrovia"],
    "tension_building": ["tb_xichang", "tb_denpasar"],
    "memory_resonance": ["mr_monrovia", "mr_xichang"],
    "personality_traits": ["pt_denpasar", "pt_xichang"],
    "relationship_scoring": ["rs_monrovia", "rs_denpasar"],
    "multi_step": ["ms_xichang", "ms_denpasar"],
}
#: each envelope's file extension
EXT = {"batch": "json", "lines": "jsonl", "frame": "json", "frame_lines": "jsonl", "md": "md", "export": "json"}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"batch", "frame", "export"}
#: envelopes written one record a line
LINES_ENV = {"lines", "frame_lines"}
#: the type label each team writes on every record (documented label keys; Monrovia's batches say it in the header)
LABELS = {"monrovia": "_type", "xichang": "dataType", "denpasar": B_LABEL}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "monrovia": {
        f"{vai('ma-si')}.{vai('ka-ra')}": "vrun",
        f"{vai('ma-si')}.{vai('mo-de')}": "model",
        f"{vai('ma-si')}.{vai('si-di')}": "seed",
        f"{vai('ma-si')}.{vai('wa-ti')}": "ms",
    },
    "xichang": {
        f"{yi('jjip-tix')}\\.{yi('ssy-hmo')}": "yrun",
        f"{yi('jjip-tix')}\\.{yi('mop-ke')}": "model",
        f"{yi('jjip-tix')}\\.{yi('xie-nzy')}": "seed",
        f"{yi('jjip-tix')}\\.{yi('ti-sso')}": "tok",
        f"{yi('jjip-tix')}\\.{yi('hxo-vit')}": "stamp",
    },
    "denpasar": {
        f"{bal('mesin')}\\.{bal('pamargi_kode')}": "brun",
        f"{bal('mesin')}\\.{bal('modEl')}": "model",
        f"{bal('mesin')}\\.{bal('wiji')}": "seed",
        f"{bal('mesin')}\\.{bal('milidEtik')}": "ms",
    },
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-instruct-2507-q4_K_M"]


FORMS: dict[str, Callable[[Any], Any]] = {
    # Monrovia: the review app's text fields
    "pct_tight": lambda v: _comma(f"{_percent(v):.1f}%"),  # 0.83 -> "83,0%" (a [0, 1] score)
    "cap_out2": lambda v: f"{v:.2f} out of 10",  # 6.5 -> "6.50 out of 10" (a [0, 10] capacity)
    "sign_gc": lambda v: _minus(_comma(f"{v:+g}")),  # -2.5 -> "−2,5", 0.45 -> "+0,45"
    "level_out_c": lambda v: _comma(f"{v:.1f} out of 5"),  # a 1-5 level: 4 -> "4,0 out of 5"
    "w_earlier": lambda v: f"{_n(v)} w earlier",  # 26 -> "26 w earlier"
    "title_space": lambda s: s.replace("_", " ").title(),  # "Past Trauma Trigger"
    # Xichang: the dashboard's readings
    "star_of": lambda v: _comma(f"{round(v * 5, 6):.2f} of 5"),  # 0.83 -> "4,15 of 5" (a [0, 1] score)
    "cap_slash2c": lambda v: _comma(f"{v:.2f}/10"),  # 6.5 -> "6,50/10"
    "sign2c": lambda v: _minus(_comma(f"{v:+.2f}")),  # -0.45 -> "−0,45", 1.5 -> "+1,50"
    "level_of_c": lambda v: _comma(f"{v:.1f} of 5"),  # 4 -> "4,0 of 5"
    "wks_ago_tight": lambda v: f"{_n(v)}wks ago",  # 26 -> "26wks ago"
    "yrs_caps": lambda v: f"{_n(v)} YRS",  # 34 -> "34 YRS"
    "wks_later": lambda w: f"{_n(w['min'])}-{_n(w['max'])} wks later",  # "2-4 wks later"
    "title_hyphen": lambda s: "-".join(p.capitalize() for p in s.split("_")),  # "Past-Trauma-Trigger"
    # Denpasar: the stage workers' outputs
    "tenth_c": lambda v: _comma(f"{round(v * 10, 6):.1f}") + " / 10",  # 0.83 -> "8,3 / 10" (a [0, 1] score)
    "cap_sp": lambda v: f"{_n(v)} / 10",  # 6.5 -> "6.5 / 10"
    "sign_g": lambda v: f"{v:+g}",  # -2.5 -> "-2.5", 0.45 -> "+0.45"
    "level_dot": lambda v: f"{v:.1f}/5",  # 4 -> "4.0/5"
    "age_c_old": lambda v: _comma(f"{v:.1f} yrs old"),  # 34 -> "34,0 yrs old"
    "to_later": lambda w: f"{_n(w['min'])} to {_n(w['max'])} weeks later",  # "2 to 4 weeks later"
    "lower_space": lambda s: s.replace("_", " "),  # "past trauma trigger"
}
#: Denpasar's capacity factors: one output holding a cause -> signed effect table
FORMS["table"] = lambda factors: {x["factor"]: FORMS["sign_g"](x["impact"]) for x in factors}


def _unescape(node: Any) -> Any:
    """Keys written from a map member holding "\\." (a keyed list's dotted members) as the key itself: a dot."""
    if isinstance(node, dict):
        return {k.replace("\\.", "."): _unescape(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_unescape(x) for x in node]
    return node


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any], raw: list[str], written: Any = None) -> dict[str, Any]:
    """One of our records written in a dialect, in this family's value forms (drift_machinery.their_record)."""
    return _unescape(their_record(rec, dialect, raw, written, forms=FORMS))


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random, zone: str) -> str:
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"2030-02-{rng.randint(10, 28)}T{clock}{zone}"


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "vrun": lambda: f"gbr-{rng.randint(1000, 99999)}",
        "yrun": lambda: f"ls{rng.getrandbits(28):07x}",
        "brun": lambda: f"tirta/{rng.randint(100, 9999)}".replace("/", "-"),
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(700, 61000),
        "tok": lambda: rng.randint(150, 3600),
        "stamp": lambda: _stamp(rng, "+08:00"),
    }[kind]()


_COMMA_DECIMALS = re.compile(r",(\d\d)")


def _first_figure(rng: random.Random, final: Any) -> Any:
    """The model's first figure beside a Xichang reading's final one: the same text, or (when the finish step moved
    it) another two-decimal figure in the same form."""
    if isinstance(final, str) and _COMMA_DECIMALS.search(final) and rng.random() < 0.35:
        return _COMMA_DECIMALS.sub(lambda m: f",{rng.randint(0, 99):02d}", final, count=1)
    return final


def _xichang_firsts(rng: random.Random, their: dict[str, Any]) -> None:
    """Every reading and every keyed factor gets the model's first figure after its final one."""
    effect_final, effect_first = yi("gga") + "." + yi("hxit"), yi("gga") + "." + yi("ddop")
    for value in their.values():
        if isinstance(value, list) and value and isinstance(value[0], dict) and METRIC_Y in value[0]:
            for reading in value:
                reading[FIRST_Y] = _first_figure(rng, reading.get(FINAL_Y))
        elif isinstance(value, dict) and value and all(isinstance(x, dict) for x in value.values()):
            for item in value.values():
                if effect_final in item:
                    item[effect_first] = _first_figure(rng, item[effect_final])


def _monrovia_counts(rng: random.Random, sections: list[dict[str, Any]]) -> None:
    """Beside every keyed factor the days its pressure has lasted; beside every keyed option its line's words."""
    loads, options, line = vai("bo-ni"), vai("ka-ni"), vai("kpa") + "." + vai("la-ma")
    for section in sections:
        for item in section.get(loads, {}).values():
            item[DAYS_V] = rng.randint(1, 40)
        for item in section.get(options, {}).values():
            if isinstance(item.get(line), str):
                item[WORDS_V] = len(item[line].split())


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata: Monrovia's sections come in the order the reviewer
    last saved them (shuffled per record), its keyed lists with their counts; Xichang's readings with the model's first
    figures; Denpasar's five stages all in their places, each with its title."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras: dict[str, Any] = {}
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(extras, key, _meta_value(rng, kind))
    team = dialect["team"]
    if team == "monrovia":
        sections = list(their.pop(SECS_V))
        _monrovia_counts(rng, sections)
        rng.shuffle(sections)
        label = {LABELS[team]: dialect["label"]} if dialect["envelope"] in LINES_ENV else {}
        return {SECS_V: sections, **their, **extras, **label}
    if team == "xichang":
        _xichang_firsts(rng, their)
        return {**their, **extras, LABELS[team]: dialect["label"]}
    run = f"{RUN_B}.{STAGES_B}"
    stages = list(their.pop(run, []))
    stages += [{} for _ in range(len(STAGE_TITLES_B) - len(stages))]
    stages = [{TITLE_B: title, **stage} for title, stage in zip(STAGE_TITLES_B, stages, strict=True)]
    return {run: stages, **their, **extras, LABELS[team]: dialect["label"]}


# --- files ------------------------------------------------------------------------------------------------------

PREAMBLE = [bal(x) + " {n} JSON." for x in ("puniki_wantah", "sampun_puput")] + [
    bal("cingakin") + " {n} " + bal("cacatan") + "."
]
THINKING = [
    "{n} records of {what}, river town at the rapids. Five stages by position, every output as out.field.",
    "Need {n} {what} records as a run of stages. Scores in tenths with a comma.",
    "{n} " + bal("cacatan") + ", {what}. " + bal("sang_kasidan_pinunas_pasaut") + ".",
]
CLOSING = ["", "", "\n" + bal("sampun") + ".\n", "\n" + bal("yaning_kirang_raris_nikain") + ".\n"]

#: the Denpasar export's header and list
EXPORT_HEAD_B = bal("pamuka")
EXPORT_LIST_B = bal("cacatan_pamargi")
EXPORT_FIELDS_B = [bal("kode"), bal("galah"), bal("akeh")]


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (a think block and a fence)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env in LINES_ENV:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "frame":  # pandas' to_json(orient="records", indent=2, force_ascii=False)
        return dump(recs) + "\n", ["frame"]
    if env == "export":
        head = dict(zip(EXPORT_FIELDS_B, [f"TRT-{file_no:03d}", _stamp(rng, "+08:00"), len(recs)], strict=True))
        return dump({EXPORT_HEAD_B: head, EXPORT_LIST_B: recs}) + "\n", ["export"]
    if env == "md":  # the raw answer: the think block, a Balinese preamble, the fenced array, perhaps a remark
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body = rng.choice(PREAMBLE).format(n=len(recs)) + "\n\n```json\n" + dump(recs) + "\n```\n"
        return think + body + rng.choice(CLOSING), ["think", "fence"]
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"203002{rng.randint(10, 28)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    return dump({**header, "samples": recs}) + "\n", ["batch"]


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps large, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# Notes on this drop

Three studios ran their own generators on a local Qwen3 served by Ollama: Gbandi Reel in Monrovia (field names in
the Vai syllabary, every record a set of named sections from its review app), Liangshan Frames in Xichang (Nuosu
field names in the Yi syllabary, every record flattened by pandas, every number a dashboard reading) and Sanggar
Tirta in Denpasar (Balinese field names in Balinese script, every record a run of five stages, raw answers saved as
Markdown). Settings used by all three:

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
    "monrovia": ["", "gbandi", "gbandi/review"],
    "xichang": ["", "liangshan", "liangshan/frames"],
    "denpasar": ["", "tirta", "tirta/runs"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2030-0{rng.randint(2, 3)}-{rng.randint(10, 28)}_{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh28",
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


def write_fresh28_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh28_folder, "fresh28")


if __name__ == "__main__":
    raise SystemExit(main())
