r"""A thirty-first held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the shared drift machinery and checks, the other drift generators' top docstrings and fresh28's writer and manifest
test were read; the machinery is the shared tests/drift_machinery.py, the habits and the record contents are new):
the seven data types and meanings of curation/domain/spec.yaml, written by three studios nobody here has tuned on,
set in a coral-atoll lagoon town (pearl-farm platforms in the lagoon, copra drying sheds above the beach, seaweed
racks on the reef flat, a desalination plant behind the church, a grass airstrip, a canoe house, the reef pass, a
fish-freezer co-op on the jetty, a cyclone shelter on the only rise), each with one set of habits for every type:

- Gray Horse Frames, a Pawhuska studio with keys in the OSAGE ALPHABET (small letters, a letter a sound; the words
  this writer's own Osage-flavoured coinages) whose survey server (a KoboToolbox-like form server) keeps every
  submission FLAT under keys HOLDING A "/" (the form's group path: `𐓷𐓘𐓻𐓣𐓩/𐓻𐓘𐓻𐓟`; the first family flattened an
  object into one such key, never a list), and every repeat group (the
  capacity factors, the irony options) a LIST whose items' keys REPEAT THE WHOLE PATH
  (`𐓲𐓣𐓻𐓶/𐓻𐓶𐓤𐓘[].𐓲𐓣𐓻𐓶/𐓻𐓶𐓤𐓘/𐓷𐓘𐓩𐓪𐓩`: a key holding a "/", "[]" and a member holding two; no "\." and no label
  anywhere), the server's own fields beside them under a leading underscore; scores as percentages with a space
  ("83 %"), capacities with a decimal comma "of" ten ("6,5 of 10"), signed numbers with a typographic minus and a
  decimal point ("−2.5", "+0.45"), weeks "26 weeks earlier", ages "34 yr old", labels in capitals with underscores
  ("PAST_TRAUMA_TRIGGER"); the server's API pages (`{"count", "next", "previous", "results"}`) and JSON Lines, a
  `record_type` label on every submission;
- Pinisi Frames, a Makassar studio with Bugis keys in LONTARA (Buginese script, its vowel signs combining marks after
  their consonant, no coda written) whose exporter writes XML and hands it on READ WITH XMLTODICT (`force_list` for
  repeated elements, its text key set to the studio's own word): an entry element's ATTRIBUTES (`@type`, the run
  metadata, every one a string), its SECTION elements PICKED BY THEIR NAME ATTRIBUTE and the FIELD elements in them
  picked by theirs, the value the field's text: TWO LABEL STEPS ON AN "@" KEY then a text key
  (`ᨅᨁᨗ[@ᨕᨔᨙ=ᨈᨑᨚ].ᨄᨀ[@ᨕᨔᨙ=ᨈᨚᨃ].ᨈᨚᨅᨚ`), sections in the order the reviewer last saved them (shuffled per record);
  our lists repeated child elements of a field, each item's members its attributes and its text
  (`ᨅᨁᨗ[@ᨕᨔᨙ=ᨀᨁ].ᨄᨀ[@ᨕᨔᨙ=ᨅᨙᨅ].ᨈᨗᨊᨘ[].@ᨔᨅ` beside `...ᨈᨗᨊᨘ[].ᨈᨚᨅᨚ`: two labels, a plain key, "[]" and an "@"
  member; fresh15 read XML with xmltodict too, but kept values in attributes and child elements of fixed names, with
  no label step, and fresh25 wrote two labels then "{}"); scores in tenths
  with a decimal comma "out of" ten ("8,3 out of 10"), capacities "6,5/10", signed numbers with an ASCII minus and a
  decimal comma ("-2,5", "+0,45"), levels "4/5", payoff windows "2-4 weeks", labels in sentence case with spaces
  ("Stakes escalation"); every text and attribute a string as xmltodict leaves it;
- Nujiang Loom, a Fugong studio with Lisu keys in the FRASER ALPHABET (a consonant letter carries its own "a"; the
  words this writer's own Lisu-flavoured coinages) whose prompt has the model write every record as an EDIT LOG of
  "add" operations, each `{op, pointer, value}`, the value PICKED BY THE JSON POINTER its op writes to: a label step
  whose label is itself a path of two steps (`ꓞꓰꓡꓲ[ꓬꓰꓟꓳ=/ꓟꓑ/ꓟꓲ].ꓥꓪ`), the ops in the order the model wrote them
  (shuffled per record); our lists the value of one op: the irony options a list of items
  (`ꓞꓰꓡꓲ[ꓬꓰꓟꓳ=/ꓜꓲꓐꓳ/ꓙꓲꓒꓴ].ꓥꓪ[].ꓤꓲ`), the capacity factors an OBJECT KEYED BY THEIR CAUSE
  (`ꓞꓰꓡꓲ[ꓬꓰꓟꓳ=/ꓭꓯ/ꓟꓡꓴ].ꓥꓪ{}` with `...ꓥꓪ{}.ꓜꓰ`); scores as percentages with one decimal and the word
  ("83.0 percent"), capacities with a decimal comma "out of" ten ("6,5 out of 10"), signed numbers with two decimals
  ("-2.50", "+0.45"), levels "4.0 of 5", weeks "26 wks back", ages "34 years old", payoff windows "2 to 4 weeks",
  labels in Title_Snake case ("Past_Trauma_Trigger"); raw Qwen3 answers in .md (a `<think>` block, a Lisu preamble
  in the Fraser alphabet, a ```json fence, sometimes a closing remark) and the pipeline's JSON Lines, a `task` label
  on every record.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn take (a
Pawhuska answer, a Makassar field, a Fugong op), a second judge's mark in the score's own form, a certainty on the
same scale, a sentence count (a string in Makassar), run metadata (submission ids and uuids, model tags, sampler
seeds, milliseconds, token counts, time stamps), the ops' own "add". Each data type has two prompt versions by two
of the studios; a seed writes one of them or both in one folder (one truth map holding both). Every truth line uses
the field_map steps docs/interaction-formats.md documents (dotted paths, "[]", "[key=label]", "{}"; a label step
always before the line's "[]" or "{}"). Values only in readings the docs list as lossless, in combinations no family
wrote ("83 %"; "6,5 of 10": a decimal comma in a capacity "of" ten; "−2.5" with a typographic minus and a point;
"26 weeks earlier"; "34 yr old"; "8,3 out of 10": tenths with a decimal comma "out of" ten; "6,5/10"; "-2,5" with
an ASCII minus and a comma; "4/5"; "2-4 weeks"; "83.0 percent"; "6,5 out of 10"; "-2.50"; "4.0 of 5"; "26 wks back";
"34 years old"; "2 to 4 weeks"; labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Fugong answers with a `<think>` block and a ```json fence;
a README of the drop (prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records, 22-34,
or 92-116 over many files; no two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "hands over 7 units of
support", "his support reaches 7", "extends 7 points of support", "her support stands at 7"), an excellent target
over X+2, capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact /
option type / recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance
weights and types, out-of-range values written as plain numbers, a NaN trust change, a score finished with a word
(uncoercible), a missing answer or another missing required field (a hook's hidden setup, a trust change), low
quality, an authenticity score off its declared target, exact duplicates (a retried call appended again, or a
retried batch repeating a record of the previous file of its prompt version).

    write_fresh29_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh29.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh29.manifest.json)
"""

from __future__ import annotations

import json
import random
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

# --- content pools (this writer's own: a coral-atoll lagoon town, pearls and copra) ---------------------------------

NAMES = [
    "Andi Tenri Walinono",
    "Mary Redcorn Lookabaugh",
    "Ahpa Ngwazhe Mimo",
    "La Upe Daeng Massiara",
    "Henry Tallgrass Pryorhawk",
    "Jjeusi Lomi Abeuma",
    "Besse Intan Sompa",
    "Ruth Bigheart Walkingstick",
    "Mupha Ngapi Seuli",
    "Daeng Rimang Tasinrang",
    "Calvin Stoneoak Whitehorn",
    "Lisa Azhi Bepa",
    "Indo Sitti Nurhayang",
    "Geneva Littlecrow Mashunkashey",
    "Ngwa Jiepa Yuemo",
    "Puang Lanti Caddi",
    "Wesley Ironpipe Standingbear",
    "Tsheu Lashi Amui",
]
JOBS = [
    "diver who seeds the oysters on the pearl-farm platforms",
    "stacker of coconut halves in the copra drying sheds",
    "keeper of the seaweed racks out on the reef flat",
    "operator of the desalination plant behind the church",
    "radio clerk at the grass airstrip's tin hut",
    "builder of outrigger canoes in the canoe house",
    "warden of the cyclone shelter on the only rise",
    "pilot who guides boats through the reef pass at slack water",
    "cook at the fish-freezer co-op on the lagoon jetty",
    "teacher at the coral-block school by the cemetery",
    "tally clerk who counts sacks onto the monthly supply ship",
    "net mender under the breadfruit trees by the beach",
]
PLACES = [
    "the pearl-farm platforms in the middle of the lagoon",
    "the copra drying sheds above the beach",
    "the seaweed racks on the reef flat",
    "the desalination plant behind the church",
    "the grass airstrip at the atoll's long end",
    "the canoe house under the pandanus",
    "the reef pass where the ocean swell breaks",
    "the fish-freezer co-op on the lagoon jetty",
]
PRESSURES = [
    ("a king tide flooded the taro pits with salt water", -2.5),
    ("the supply ship skipped the atoll for a second month", -2.0),
    ("a bleaching summer killed half the seeded oysters", -3.0),
    ("the desalination pump seized and water was rationed", -1.5),
    ("the copra price fell at the buying station", -1.0),
    ("a cousin was flown out to the hospital island", -2.0),
    ("the freezer co-op lost power and the catch spoiled", -0.5),
    ("the first good seaweed harvest dried without rain", 1.5),
    ("a letter came from a daughter studying on the main island", 1.0),
    ("the lagoon ran glassy and full of bonefish all week", 0.5),
]
ASKS = [
    "The player asks them to take a boat through the reef pass after dark.",
    "The player needs a cot in the cyclone shelter for a sick grandmother.",
    "The player wants them to sign that the copra sacks were weighed dry.",
    "The player asks them to keep the desalination pump running through the night.",
    "The player needs someone to dive the pearl lines before the swell rises.",
    "The player asks them to hide a cracked oyster basket from the farm manager.",
    "The player wants the ship's delay read out on the airstrip radio.",
    "The player asks to borrow the canoe house for a first-birthday feast.",
]
REPLIES = [
    "Through the pass in the dark? The coral doesn't forgive. I'll take you to the marker buoy and no farther.",
    "The shelter has two cots and one is broken… your grandmother takes the good one. You sleep on the mat.",
    "Sign for dry sacks? The buyer breaks the copra with his teeth. I'll help you dry them again — not sign.",
    "Run the pump all night? The belt is worn to threads. I'll keep it going till midnight, then it rests.",
    "Dive the lines now? My ears still ring from this morning. One line, the shallow one, then we stop.",
    "Hide the basket from the manager? He counts them every Friday. I can't, and I'm sorry for it.",
    "Read the delay on the radio? The whole atoll will queue at the store tonight. I'll read it gently.",
    "Take the canoe house. Sweep the shavings out first, and mind the new hull on the trestles.",
]
THOUGHTS = [
    "If I refuse, the whole jetty will know before the freezer doors close.",
    "Everyone thinks the pump runs itself. Someone oils it every evening after prayers.",
    "My mother would have said yes and then coughed all night. I can only manage the yes.",
    "The ones who stay on the atoll end up carrying everyone else's errands.",
]
SECRETS = [
    "the copra buyer's scale has been weighing light against the families for two seasons",
    "the ship's delay notice was held back so the store could sell its old stock first",
    "the pearl manager sells the atoll's pearls as a famous farm's harvest",
    "the shelter's emergency water was sold to a passing yacht",
    "the frozen fish at the co-op comes from a foreign longliner",
    "the reef pass marker was moved and nobody reported it",
]
BELIEFS = [
    "the copra buyer's scale is checked by the island council every season",
    "the ship's delay notice went out the moment the captain radioed",
    "the pearl manager sells every pearl under the atoll's own name",
    "the shelter's emergency water is sealed and counted every month",
    "the frozen fish at the co-op is caught by the atoll's own boats",
    "the reef pass marker sits exactly where the chart puts it",
]
TONE_DEAF = [
    "A light scale? Forget that, the string band is playing at the church hall tonight!",
    "Notices are boring. Race me to the pass in the paddle canoes instead.",
    "Never mind the water, the frigate birds are nesting on the motu again!",
    "Did you see the coconut crab that carried off the pastor's sandal? Bold thing.",
]
MISGUIDED = [
    "Scales always read light in the humid months. The copra just breathes, that's all.",
    "Give the buyer a string of dried octopus and he'll fix the scale himself.",
    "I'll stand on the jetty and shout at the next ship until someone listens.",
    "Be grateful the buyer lands here at all; the next atoll sells to nobody.",
]
GROWTH = [
    "Whatever is wrong at the weighing, you won't carry it across the lagoon alone.",
    "If something is off with the notice, let's look at it together before the radio does.",
    "You look like you haven't slept since the king tide. Tell me slowly, and we'll decide together.",
    "I talked over you on the jetty. Start again; I'm listening now.",
]
HOOK_LINES = [
    "Weigh one sack on the school's kitchen scale tonight. Then hold it against the buyer's slip.",
    "Ask the radio clerk what hour the captain called. Watch his hand go to the logbook.",
    "Look at the pearl pouches in the manager's safe. The stitching isn't ours.",
    "Knock on the shelter's water tank. Listen to how hollow it sounds.",
    "The co-op's fish came off the ship in cartons with a foreign flag.",
    "Sight the pass marker from the church at low tide. Then look at the old chart.",
]
SECRET_SETUPS = [
    "The copra buyer glued a magnet under his scale's pan.",
    "The store owner paid the radio clerk to sit on the captain's message for a week.",
    "The pearl manager swaps the atoll's tags for a famous farm's tags before shipping.",
    "The shelter warden's nephew siphoned the emergency water into a yacht's tanks.",
    "The co-op's frozen fish is longliner catch bought at sea and relabelled.",
    "A trawler skipper dragged the pass marker to widen his channel and told no one.",
]
HINTS = [
    "A magnet stuck to the underside of the buyer's scale.",
    "A logbook line with the captain's call time scratched out.",
    "A pile of cut famous-farm tags in the manager's bin.",
    "Fresh hose marks on the sand behind the shelter tank.",
    "Cartons behind the co-op with a foreign longliner's stamp.",
    "A scraped coral head where the marker chain used to sit.",
]
NOW = [
    "The player hums the paddling chant the canoe builders use.",
    "The shelter's siren is tested at noon and the whole village freezes.",
    "Smoke from the copra dryers drifts over the beach.",
    "The player hands over a cracked outrigger boom.",
    "A plane's engine drones over the airstrip out of season.",
    "A heavy squall drums on the school's tin roof.",
]
PAST = [
    "their grandfather teaching them to read the swell at the pass by its colour",
    "the year the cyclone took the old church and the breadfruit trees",
    "a night spent bailing a leaking boat inside the lagoon",
    "the first pearl they ever seeded themselves, small and crooked and lovely",
    "watching the old jetty fall into the lagoon in a storm surge",
    "the morning a cousin flew out on the mail plane for nursing school",
]
EMOTIONS = [
    "a salt-stung, quiet pride",
    "a squirming, sunburnt embarrassment",
    "a heavy, tide-slow regret",
    "a bright, lagoon-blue joy",
    "a clammy, creeping dread",
    "a grief worn smooth like old coral",
    "a longing for the church the cyclone took",
]
RECALL = [
    "That chant… my grandfather sang it while he lashed the booms. I haven't heard it since his hands stiffened.",
    "That siren — and I'm nine again, running to the rise while the sea came over the road.",
    "Copra smoke meant a good month and my mother singing at the dryers.",
    "A boom cracked like that and we drifted till dawn off the motu. I shook all the way back.",
    "Uncle Calvin always buzzed the airstrip twice when he brought the mail.",
    "Rain on that roof… the last time, we sat under the desks while the wind took the shutters.",
]
SCENES = [
    "On the jetty a visitor takes the last shaded seat on the ferry bench.",
    "The player arrives without the breadfruit they promised for the first-birthday feast.",
    "A squall warning closes the reef pass at noon.",
    "A rival family copies their seaweed-drying rack design and sells cheaper.",
    "The player asks for help dragging a stranded outboard boat off the reef flat.",
    "A sister working on the main island mails a parcel with new goggles inside.",
]
TRAIT_LINES = [
    "Let the old lady sit, she walked from the far end of the atoll. I'll stand; I like the trade wind.",
    "Fuel, bailer, spare plug, then the radio check. It's chalked on the boat shed wall for a reason.",
    "Grab the bow line! I've got the stern. Come on, everyone, drag on three!",
    "The breadfruit? Oh, it doesn't matter, we had heaps. Please don't worry about it.",
    "Of course the pass closes the one day I need it. The sea keeps a list of my plans — I'm sure of it.",
    "They copied my rack… but they tie with fishing line instead of coir. Clever. I'd never have tried that.",
]
EXPRESS = [
    "Warmth outweighs comfort: the shaded seat goes to the tired old lady.",
    "Conscientious habit turns a boat trip into a checklist chalked on a wall.",
    "Extraversion grabs the bow line first and rallies the whole beach to drag.",
    "Agreeableness swallows the letdown and waves away the missing breadfruit.",
    "Neuroticism colours the closure: the squall feels like the sea's personal grudge.",
    "Openness turns a copied rack into a lesson about fishing line.",
]
ACTIONS = [
    "The player paddles over in the squall to bring them dry clothes and a pot of fish soup.",
    "The player misses the dawn oyster check they promised to help with.",
    "The player spends an afternoon patching the holes in their drying racks.",
    "The player thumbs through their savings envelope while they are out at the platforms.",
    "The player apologises for laughing when they slipped off the jetty.",
    "The player teases that their outrigger is held together by coir and prayer.",
]
RETORTS = [
    "Dry clothes and fish soup, in this wind? Sit down before the lagoon takes you too.",
    "Half the lines fouled while I checked them alone. I won't ask again.",
    "Every hole patched. The seaweed won't know what happened, and neither do I.",
    "My savings are my business. Put that envelope back where you found it.",
    "It was a magnificent splash, I'll admit. Apology accepted, grudgingly.",
    "Coir and prayer have outlasted two of your outboards!",
]
WHYS = [
    "Braving the lagoon chop with soup and a dry shirt says more than words; the fond telling-off proves it was felt.",
    "Skipping the promised oyster check leaves them short-handed, and trust sinks with the fouled lines.",
    "An afternoon of patient rack-patching is practical help that earns quiet, real trust.",
    "Thumbing through the savings envelope is a breach of privacy, and the sharp reply draws a firm line.",
    "Apologising for the laughter mends a small humiliation, and the grudging yes shows it mostly landed.",
    "The teasing about the outrigger is affectionate, and the quick comeback shows the bond is easy.",
]
PROSE = [
    "Andi rests the paddle across the thwarts and looks past you at the pass. “One trip. My shoulders promise that.”",
    "He chuckles, promises the moon, and falls quiet as soon as the desalination pump starts to knock.",
    "She listens, says nothing, and sketches the reef pass in the copra dust on the bench.",
    "The pilot shakes her head. “After the squall. Before that I'd only get you wrecked.”",
    "Wesley folds the weighing slip twice and slides it back across the counter. “Not tonight, sorry.”",
]
MEMREF = [
    "the year the cyclone took the old church",
    "a promise made on the lagoon jetty",
    "the king tide that filled the taro pits",
    "their first trip through the reef pass alone",
    "a photo taped inside the radio hut door",
]
TENSION_NOTES = [
    "The rigged copra scale is never named outright; everyone talks around the magnet.",
    "The player knows the notice was held back; the character trusts the airstrip radio all scene long.",
]
UNKNOWN_COMPLEXITY = ["reef_pass_dread", "copra_ledger_grudge", "siren_noon_jitters", "pearl_tag_sulk"]
UNKNOWN_HOOKS = ["magnet_scale_riddle", "late_captain_wink", "hollow_tank_tease"]
UNKNOWN_RESONANCE = ["paddle_chant_echo", "shelter_siren_flinch", "copra_smoke_recall"]
UNKNOWN_OPTIONS = ["boom_slap_bluster", "jetty_gossip_dodge", "motu_sulk_retreat"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "over" if need > x2 else "under"
    return f"Worn to {eff:g} by the tides, the most possible today is {x2:g}; the request sits at {need:g}, {side} it."


#: this family's atoll, drawn by the shared record makers (tests/drift_machinery.py)
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="Makes a living as a {job}, most days near {place}; shaken ever since {factor}.",
    character_knows="As far as the character has heard, {belief}.",
    irony_scenario="At {place}, people say the government boat comes once the trade winds ease.",
    tension_context="{Place}, after the last boat is tied up; the player stays on.",
    memory_description="Back to {past}, long before the new jetty was poured.",
    multi_background="Grew up in a coral-block house by the lagoon and never left the atoll; works at {place}.",
    multi_situation="{name} is closing up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "At the reef pass she still hands over {g} units of support and paddles home drenched.",
    "By the last copra sack his support reaches {g}, well beyond the day's strength.",
    "He extends {g} points of support to the divers regardless.",
    "Before the siren test her support stands at {g}, more than she had.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["salty", "meh", "breezy", "wobbly"]

#: the shared defect planters, bound to this family's makers and habits
PLANT = Planters.of(globals(), constraint=_constraint)
DEFECTS = PLANT.defects()


# --- the three scripts: each studio's words are written here in Latin letters and turned into its script ----------


def _letters(prefix: str, table: dict[str, str], word: str) -> str:
    """A word read greedily, longest spelling first, one letter of `prefix` per spelling ("_" stays)."""
    out = []
    for part in word.split("_"):
        i, text = 0, ""
        while i < len(part):
            tok = next(t for t in sorted(table, key=len, reverse=True) if part.startswith(t, i))
            text += unicodedata.lookup(f"{prefix} {table[tok]}")
            i += len(tok)
        out.append(text)
    return "_".join(out)


#: Osage, its small letters (a letter a sound; the words this writer's own Osage-flavoured coinages)
_OS = {"a": "A", "ai": "AI", "ain": "AIN", "ah": "AH", "br": "BRA", "ch": "CHA", "e": "E", "ein": "EIN", "h": "HA"}
_OS |= {"hy": "HYA", "i": "I", "k": "KA", "ky": "KYA", "l": "LA", "m": "MA", "n": "NA", "o": "O", "oin": "OIN"}
_OS |= {"p": "PA", "s": "SA", "sh": "SHA", "t": "TA", "ts": "TSA", "tsh": "TSHA", "dh": "DHA", "u": "U", "w": "WA"}
_OS |= {"kh": "KHA", "gh": "GHA", "z": "ZA", "zh": "ZHA"}


def osa(word: str) -> str:
    """A Pawhuska word in the Osage alphabet, small letters ("wazhazhe")."""
    return _letters("OSAGE SMALL LETTER", _OS, word)


#: Lisu, the Fraser alphabet (a consonant letter carries "a"; other vowels are letters of their own)
_LI_CONS = ["b", "p", "ph", "d", "t", "th", "g", "k", "kh", "j", "c", "ch", "dz", "ts", "tsh", "m", "n", "l", "s"]
_LI_CONS += ["zh", "z", "ng", "h", "x", "hh", "f", "w", "sh", "y", "gh"]
_LI_VOW = ["a", "ae", "e", "eu", "i", "o", "u", "ue", "uh", "oe"]


def lis(word: str) -> str:
    """A Fugong word in the Fraser alphabet ("ngwa-lo"): "a" after a consonant is the consonant's own vowel."""
    table = {c: c.upper() + "A" for c in _LI_CONS} | {v: v.upper() for v in _LI_VOW}
    out = []
    for part in word.replace("-", "").split("_"):
        i, text, after_cons = 0, "", False
        while i < len(part):
            tok = next(t for t in sorted(table, key=len, reverse=True) if part.startswith(t, i))
            if not (tok == "a" and after_cons):
                text += unicodedata.lookup(f"LISU LETTER {table[tok]}")
            after_cons = tok in _LI_CONS
            i += len(tok)
        out.append(text)
    return "_".join(out)


#: Buginese in Lontara: a consonant letter carries "a", another vowel is a sign after it ("E" the ae sign); a
#: syllable without a consonant is the letter A with its sign; no coda is written
_BU_CONS = ["k", "g", "ng", "ngk", "p", "b", "m", "mp", "t", "d", "n", "nr", "c", "j", "ny", "nyc", "y", "r", "l"]
_BU_CONS += ["w", "s", "h"]  # "w" is the letter VA
_BU_SIGN = {"i": "VOWEL SIGN I", "u": "VOWEL SIGN U", "e": "VOWEL SIGN E", "o": "VOWEL SIGN O", "E": "VOWEL SIGN AE"}


def bug(word: str) -> str:
    """A Makassar word in Lontara, syllables separated by "-" ("pa-ka")."""
    out = []
    for part in word.split("_"):
        text = ""
        for syl in part.split("-"):
            cons = next((c for c in sorted(_BU_CONS, key=len, reverse=True) if syl.startswith(c)), "")
            vowel = syl[len(cons) :]
            assert vowel in ("a", *_BU_SIGN), word
            letter = {"w": "VA", "": "A"}.get(cons, cons.upper() + "A")
            text += unicodedata.lookup(f"BUGINESE LETTER {letter}")
            text += unicodedata.lookup(f"BUGINESE {_BU_SIGN[vowel]}") if vowel != "a" else ""
        out.append(text)
    return "_".join(out)


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry keys an
# object by each element's value of our field; its member entries fill the values. Pawhuska's values sit under keys
# holding a "/" (its form's group path), Makassar's in a field element picked by its `name` attribute inside a
# section element picked by its own, Fugong's in the edit op picked by the JSON Pointer it writes to.

#: Pawhuska's survey form: every answer under "group/question", a repeat group a list of items keyed the same way
A_LABEL = "record_type"  # the type label on every Pawhuska submission (a documented label key)


def _k(group: str, field: str) -> str:
    """A Pawhuska answer: the key "group/question" of the flat submission."""
    return f"{osa(group)}/{osa(field)}"


def _kl(group: str, repeat: str) -> str:
    """A Pawhuska repeat group: a list under "group/repeat"."""
    return _k(group, repeat)


def _km(group: str, repeat: str, member: str) -> str:
    """A question of every item of a repeat group: "group/repeat/question" inside each item."""
    head = _kl(group, repeat)
    return f"{head}[].{head}/{osa(member)}"


#: Makassar's XML export read with xmltodict: sections and fields picked by their name attribute, the text under the
#: exporter's own text key, a field's attributes beside it
SEC_B = bug("ba-gi")  # a record's section elements
FLD_B = bug("pa-ka")  # a section's field elements
NAME_B = "@" + bug("a-se")  # the name attribute of a section or a field
TEXT_B = bug("to-bo")  # the element's text (xmltodict's cdata key, set to the exporter's own word)
B_LABEL = "@type"  # the type attribute of every entry element (a documented label key)


def _x(section: str, field: str) -> str:
    """A Makassar value: the text of the field named `field` of the section named `section`."""
    return f"{SEC_B}[{NAME_B}={bug(section)}].{FLD_B}[{NAME_B}={bug(field)}].{TEXT_B}"


def _xl(section: str, field: str, item: str) -> str:
    """A Makassar list: the repeated child elements `item` of a field (force_list keeps them a list)."""
    return f"{SEC_B}[{NAME_B}={bug(section)}].{FLD_B}[{NAME_B}={bug(field)}].{bug(item)}"


def _xa(head: str, attr: str) -> str:
    """An attribute of every item of a Makassar list."""
    return f"{head}[].@{bug(attr)}"


def _xt(head: str) -> str:
    """The text of every item of a Makassar list."""
    return f"{head}[].{TEXT_B}"


#: Fugong's edit log: every value the value of the op that wrote it, picked by the op's JSON Pointer
LOG_C = lis("tshe-li")  # the record's ops
OP_C = lis("zhu")  # what an op does ("add")
PTR_C = lis("ye-mo")  # where it writes (a JSON Pointer)
VAL_C = lis("ngwa")  # what it writes
C_LABEL = "task"  # the type label on every Fugong record (a documented label key)


def _p(group: str, field: str) -> str:
    """A Fugong value: the value of the op writing to /group/field."""
    return f"{LOG_C}[{PTR_C}=/{lis(group)}/{lis(field)}].{VAL_C}"


def _pm(head: str, member: str) -> str:
    """A member of every item of a Fugong list (or of every value of a keyed object, after "{}")."""
    return f"{head}[].{lis(member)}" if not head.endswith("{}") else f"{head}.{lis(member)}"


OCEAN_A = ["dhoka", "ushi", "hoin", "wazhi", "naka"]
OCEAN_B = ["ba-ru", "ma-tu", "ra-mE", "ma-lo", "ma-ci"]
OCEAN_C = ["ae-tho", "ghu-si", "hhe-la", "ngue-mo", "sha-peu"]

#: Pawhuska's groups
_WHO, _STR, _ASK, _REPLY, _MARK = "wazhin", "tsizhu", "okashe", "ihe", "ohkihe"
_MEM, _HOOK, _NATURE, _OUT, _META = "ghidha", "wakon", "ozho", "hoi", "shki"
_A_LOADS, _A_OPTS = ("tsizhu", "zhuka"), ("ihe", "wapa")
#: Makassar's sections
_B_WHO, _B_STR, _B_ASK, _B_REPLY, _B_MARK = "to-na", "ka-ga", "pa-ma", "ba-li", "ta-ro"
_B_MEM, _B_HOOK, _B_NATURE = "ri-ka", "pa-ci", "wa-tE"
#: Fugong's groups
_C_WHO, _C_STR, _C_ASK, _C_REPLY, _C_MARK = "ma-pa", "ghae", "to-si", "dzi-bo", "khue-ne"
_C_MEM, _C_HOOK, _C_NATURE, _C_OUT, _C_META = "li-mo", "tshu-ze", "jeu-ni", "he-du", "xa-ku"

_A_DECOYS = [
    (_k(_MARK, "ohkihe_hyape"), "judge2", "pct_sp"),  # the second mark
    (_k(_MARK, "mikashe"), "conf", "pct_sp"),  # how sure
    (_k(_REPLY, "wizhu"), "count", None),  # how many sentences
]
_A_TAKE = (_k(_REPLY, "ie_shkoin"), "turned_down", None)  # the line set aside
_B_DECOYS = [
    (_x(_B_MARK, "ta-ro_ru-wa"), "judge2", "out10_c"),  # the second mark
    (_x(_B_MARK, "te-pe"), "conf", "out10_c"),  # how sure
    (_x(_B_REPLY, "e-ja"), "count", None),  # how many sentences
]
_B_TAKE = (_x(_B_REPLY, "a-da_re-di"), "turned_down", None)  # the line dropped
_C_DECOYS = [
    (_p(_C_MARK, "khue-ne_nyi"), "judge2", "pct_word"),  # the second mark
    (_p(_C_MARK, "ze-li"), "conf", "pct_word"),  # how sure
    (_p(_C_REPLY, "tsha-mu"), "count", None),  # how many sentences
]
_C_TAKE = (_p(_C_REPLY, "ba-lo_ghe"), "turned_down", None)  # the line struck out

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_pawhuska": {  # Osage "group/question" keys, factors a repeat group, "83 %", "6,5 of 10", "−2.5"
        "team": "pawhuska",
        "envelope": "kobo",
        "stem": "emotional_authenticity_pawhuska_submissions",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _k(_WHO, "zhazhe"), None),
            ("context", _k(_WHO, "ochi"), None),
            ("base_capacity", _k(_STR, "wasko"), "cap_of_c"),
            ("capacity_factors", _kl(*_A_LOADS), "list"),
            ("capacity_factors[].factor", _km(*_A_LOADS, "ukon"), None),
            ("capacity_factors[].impact", _km(*_A_LOADS, "wanon"), "sign_m"),
            ("effective_capacity", _k(_STR, "wasko_teka"), "cap_of_c"),
            ("capacity_level", _k(_STR, "wasko_ushe"), "upper_snake"),
            ("situation", _k(_ASK, "ochi"), None),
            ("support_level_needed", _k(_ASK, "oshki"), "cap_of_c"),
            ("authenticity_target", _k(_ASK, "hiwe"), "upper_snake"),
            ("complexity_type", _k(_ASK, "ushe"), None),
            ("character_response", _k(_REPLY, "ie"), None),
            ("internal_thought", _k(_REPLY, "wazho"), None),
            ("demonstrates_constraint", _k(_REPLY, "shkama"), None),
            ("support_provided", _k(_REPLY, "oshki_kihe"), "cap_of_c"),
            ("authenticity_score", _k(_MARK, "tsheshi"), "pct_sp"),
        ],
        "decoys": [_A_TAKE, *_A_DECOYS],
    },
    "ea_makassar": {  # Lontara sections and fields by name, factors as <load cause="..."> items, "8,3 out of 10"
        "team": "makassar",
        "envelope": "xml",
        "stem": "emotional_authenticity_makassar_xml",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _x(_B_WHO, "a-sa"), None),
            ("context", _x(_B_WHO, "pa-u"), None),
            ("base_capacity", _x(_B_STR, "a-ka"), "cap_slash_c"),
            ("capacity_factors", _xl(_B_STR, "be-ba", "ti-nu"), "list"),
            ("capacity_factors[].factor", _xa(_xl(_B_STR, "be-ba", "ti-nu"), "sa-ba"), None),
            ("capacity_factors[].impact", _xt(_xl(_B_STR, "be-ba", "ti-nu")), "sign_c"),
            ("effective_capacity", _x(_B_STR, "a-ka_ko-ni"), "cap_slash_c"),
            ("capacity_level", _x(_B_STR, "u-ku"), "sentence_space"),
            ("situation", _x(_B_ASK, "pa-u"), None),
            ("support_level_needed", _x(_B_ASK, "pe-ri"), "cap_slash_c"),
            ("authenticity_target", _x(_B_ASK, "a-ja"), "sentence_space"),
            ("complexity_type", _x(_B_ASK, "ru-pa"), None),
            ("character_response", _x(_B_REPLY, "a-da"), None),
            ("internal_thought", _x(_B_REPLY, "na-wa"), None),
            ("demonstrates_constraint", _x(_B_REPLY, "wa-ta"), None),
            ("support_provided", _x(_B_REPLY, "pe-ri_bE-ri"), "cap_slash_c"),
            ("authenticity_score", _x(_B_MARK, "to-ngka"), "out10_c"),
        ],
        "decoys": [_B_TAKE, *_B_DECOYS],
    },
    "di_fugong": {  # Lisu edit log by pointer, options the value of one op (a list), "83.0 percent"
        "team": "fugong",
        "envelope": "md",
        "stem": "dramatic_irony_fugong_answer",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _p(_C_WHO, "mi"), None),
            ("character_capacity", _p(_C_STR, "ghae"), "cap_out_c"),
            ("scenario", _p(_C_ASK, "si-tsi"), None),
            ("player_knows", _p(_C_ASK, "so-ye"), None),
            ("character_knows", _p(_C_ASK, "so-ma"), None),
            ("knowledge_gap_score", _p(_C_MARK, "ko-lo"), "pct_word"),
            ("response_options", _p(_C_REPLY, "ji-phu"), "list"),
            ("response_options[].type", _pm(_p(_C_REPLY, "ji-phu"), "zi"), "title_snake"),
            ("response_options[].dialogue", _pm(_p(_C_REPLY, "ji-phu"), "ba-lo"), None),
            ("response_options[].relationship_impact", _pm(_p(_C_REPLY, "ji-phu"), "dze"), "sign2"),
            ("recommended_option", _p(_C_REPLY, "ji-phu_ta"), "title_snake"),
            ("dramatic_irony_score", _p(_C_MARK, "khue"), "pct_word"),
            ("tension_notes", _p(_C_MARK, "che-mi"), None),
        ],
        "decoys": [_C_TAKE, *_C_DECOYS],
    },
    "di_pawhuska": {  # Osage keys, options a repeat group, "TONE_DEAF"
        "team": "pawhuska",
        "envelope": "jsonl",
        "stem": "dramatic_irony_pawhuska_lines",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _k(_WHO, "zhazhe"), None),
            ("character_capacity", _k(_STR, "wasko_teka"), "cap_of_c"),
            ("scenario", _k(_ASK, "ochi"), None),
            ("player_knows", _k(_ASK, "ehnoin"), None),
            ("character_knows", _k(_ASK, "ehshe"), None),
            ("knowledge_gap_score", _k(_MARK, "paho"), "pct_sp"),
            ("response_options", _kl(*_A_OPTS), "list"),
            ("response_options[].type", _km(*_A_OPTS, "ushe"), "upper_snake"),
            ("response_options[].dialogue", _km(*_A_OPTS, "ie"), None),
            ("response_options[].relationship_impact", _km(*_A_OPTS, "wanon"), "sign_m"),
            ("recommended_option", _k(_REPLY, "wapa_tsi"), "upper_snake"),
            ("dramatic_irony_score", _k(_MARK, "hakoin"), "pct_sp"),
            ("tension_notes", _k(_MARK, "wathe"), None),
        ],
        "decoys": [_A_TAKE, *_A_DECOYS],
    },
    "tb_makassar": {  # Lontara sections, windows "2-4 weeks", levels "4/5"
        "team": "makassar",
        "envelope": "xml",
        "stem": "tension_building_makassar_xml",
        "label": "tension_building",
        "map": [
            ("character_name", _x(_B_WHO, "a-sa"), None),
            ("relationship_level", _x(_B_WHO, "si-pa"), "level_slash"),
            ("context", _x(_B_ASK, "pa-u"), None),
            ("hook_type", _x(_B_HOOK, "ru-pa"), "sentence_space"),
            ("setup", _x(_B_HOOK, "ra-ha"), None),
            ("payoff_window_weeks", _x(_B_HOOK, "we-tu"), "dash_weeks"),
            ("payoff_hint", _x(_B_HOOK, "to-do"), None),
            ("dialogue", _x(_B_REPLY, "a-da"), None),
            ("tension_score", _x(_B_MARK, "ke-ta"), "out10_c"),
            ("hook_effectiveness", _x(_B_MARK, "ma-ne"), "out10_c"),
        ],
        "decoys": [_B_TAKE, *_B_DECOYS],
    },
    "tb_fugong": {  # Lisu edit log, windows "2 to 4 weeks", levels "4.0 of 5"
        "team": "fugong",
        "envelope": "jsonl",
        "stem": "tension_building_fugong_log",
        "label": "tension_building",
        "map": [
            ("character_name", _p(_C_WHO, "mi"), None),
            ("relationship_level", _p(_C_WHO, "tshi-ye"), "level_of1"),
            ("context", _p(_C_ASK, "si-tsi"), None),
            ("hook_type", _p(_C_HOOK, "zi"), "title_snake"),
            ("setup", _p(_C_HOOK, "ku-theu"), None),
            ("payoff_window_weeks", _p(_C_HOOK, "ngo-ye"), "to_weeks"),
            ("payoff_hint", _p(_C_HOOK, "zo-ma"), None),
            ("dialogue", _p(_C_REPLY, "ba-lo"), None),
            ("tension_score", _p(_C_MARK, "ghu-ni"), "pct_word"),
            ("hook_effectiveness", _p(_C_MARK, "phe-ti"), "pct_word"),
        ],
        "decoys": [_C_TAKE, *_C_DECOYS],
    },
    "mr_pawhuska": {  # Osage keys, weeks "26 weeks earlier", weights "95 %"
        "team": "pawhuska",
        "envelope": "kobo",
        "stem": "memory_resonance_pawhuska_submissions",
        "label": "memory_resonance",
        "map": [
            ("character_name", _k(_WHO, "zhazhe"), None),
            ("current_situation", _k(_ASK, "ochi"), None),
            ("memory.description", _k(_MEM, "ochi"), None),
            ("memory.emotion", _k(_MEM, "noinshe"), None),
            ("memory.weeks_ago", _k(_MEM, "tsheka"), "wk_earlier"),
            ("resonance_type", _k(_MEM, "ushe"), "upper_snake"),
            ("resonance_weight", _k(_MEM, "skaon"), "pct_sp"),
            ("character_response", _k(_REPLY, "ie"), None),
            ("resonance_score", _k(_MARK, "ahkoin"), "pct_sp"),
        ],
        "decoys": [_A_TAKE, *_A_DECOYS],
    },
    "mr_fugong": {  # Lisu edit log, weeks "26 wks back", "Past_Trauma_Trigger"
        "team": "fugong",
        "envelope": "md",
        "stem": "memory_resonance_fugong_answer",
        "label": "memory_resonance",
        "map": [
            ("character_name", _p(_C_WHO, "mi"), None),
            ("current_situation", _p(_C_ASK, "si-tsi"), None),
            ("memory.description", _p(_C_MEM, "si-tsi"), None),
            ("memory.emotion", _p(_C_MEM, "nyi-mo"), None),
            ("memory.weeks_ago", _p(_C_MEM, "ngo-ye"), "wks_back"),
            ("resonance_type", _p(_C_MEM, "zi"), "title_snake"),
            ("resonance_weight", _p(_C_MEM, "li-ghu"), "pct_word"),
            ("character_response", _p(_C_REPLY, "ba-lo"), None),
            ("resonance_score", _p(_C_MARK, "yi-so"), "pct_word"),
        ],
        "decoys": [_C_TAKE, *_C_DECOYS],
    },
    "pt_makassar": {  # Lontara sections, OCEAN five fields of one section "8,3 out of 10"
        "team": "makassar",
        "envelope": "xml",
        "stem": "personality_traits_makassar_xml",
        "label": "personality_traits",
        "map": [
            ("character_name", _x(_B_WHO, "a-sa"), None),
            ("scenario", _x(_B_ASK, "pa-u"), None),
            *[(f"ocean.{t}", _x(_B_NATURE, w), "out10_c") for t, w in zip(OCEAN, OCEAN_B, strict=True)],
            ("dialogue", _x(_B_REPLY, "a-da"), None),
            ("trait_expression", _x(_B_REPLY, "pa-ca"), None),
            ("quality_score", _x(_B_MARK, "ma-ja"), "out10_c"),
        ],
        "decoys": [_B_TAKE, *_B_DECOYS],
    },
    "pt_pawhuska": {  # Osage keys, OCEAN five answers of one group "83 %"
        "team": "pawhuska",
        "envelope": "jsonl",
        "stem": "personality_traits_pawhuska_lines",
        "label": "personality_traits",
        "map": [
            ("character_name", _k(_WHO, "zhazhe"), None),
            ("scenario", _k(_ASK, "ochi"), None),
            *[(f"ocean.{t}", _k(_NATURE, w), "pct_sp") for t, w in zip(OCEAN, OCEAN_A, strict=True)],
            ("dialogue", _k(_REPLY, "ie"), None),
            ("trait_expression", _k(_REPLY, "shoka"), None),
            ("quality_score", _k(_MARK, "tsheshi_pi"), "pct_sp"),
        ],
        "decoys": [_A_TAKE, *_A_DECOYS],
    },
    "rs_fugong": {  # Lisu edit log, levels "4.0 of 5", trust "+0.45" / "-0.45"
        "team": "fugong",
        "envelope": "jsonl",
        "stem": "relationship_scoring_fugong_log",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _p(_C_WHO, "mi"), None),
            ("relationship_level", _p(_C_WHO, "tshi-ye"), "level_of1"),
            ("player_action", _p(_C_ASK, "nae-ku"), None),
            ("interaction_type", _p(_C_ASK, "zi"), None),
            ("character_response", _p(_C_REPLY, "ba-lo"), None),
            ("rationale", _p(_C_MARK, "yi-dzu"), None),
            ("relationship_score", _p(_C_MARK, "tshi-ko"), "pct_word"),
            ("trust_change", _p(_C_MARK, "ja-xi"), "sign2"),
            ("quality_score", _p(_C_MARK, "khue"), "pct_word"),
        ],
        "decoys": [(_p(_C_MARK, "yi-dzu_ghe"), "turned_down", None), *_C_DECOYS],
    },
    "rs_makassar": {  # Lontara sections, levels "4/5", trust "+0,45" / "-0,45"
        "team": "makassar",
        "envelope": "xml",
        "stem": "relationship_scoring_makassar_xml",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _x(_B_WHO, "a-sa"), None),
            ("relationship_level", _x(_B_WHO, "si-pa"), "level_slash"),
            ("player_action", _x(_B_ASK, "ga-u"), None),
            ("interaction_type", _x(_B_ASK, "ru-pa"), None),
            ("character_response", _x(_B_REPLY, "a-da"), None),
            ("rationale", _x(_B_MARK, "sa-ba"), None),
            ("relationship_score", _x(_B_MARK, "si-mo"), "out10_c"),
            ("trust_change", _x(_B_MARK, "pa-ce"), "sign_c"),
            ("quality_score", _x(_B_MARK, "ma-ja"), "out10_c"),
        ],
        "decoys": [(_x(_B_MARK, "sa-ba_re-di"), "turned_down", None), *_B_DECOYS],
    },
    "ms_pawhuska": {  # Osage keys, the whole NPC card, factors a repeat group, ages "34 yr old"
        "team": "pawhuska",
        "envelope": "kobo",
        "stem": "multi_step_pawhuska_submissions",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _k(_WHO, "zhazhe"), None),
            ("npc_profile.age", _k(_WHO, "ukoin"), "age_yr_old"),
            ("npc_profile.occupation", _k(_WHO, "wakshe"), None),
            ("npc_profile.background", _k(_WHO, "ochi"), None),
            ("npc_emotional_state.base_capacity", _k(_STR, "wasko"), "cap_of_c"),
            ("npc_emotional_state.capacity_factors", _kl(*_A_LOADS), "list"),
            ("npc_emotional_state.capacity_factors[].factor", _km(*_A_LOADS, "ukon"), None),
            ("npc_emotional_state.capacity_factors[].impact", _km(*_A_LOADS, "wanon"), "sign_m"),
            ("npc_emotional_state.effective_capacity", _k(_STR, "wasko_teka"), "cap_of_c"),
            ("npc_emotional_state.current_emotion", _k(_STR, "noinshe"), None),
            ("interaction_context.capacity_level", _k(_STR, "wasko_ushe"), "upper_snake"),
            *[(f"npc_ocean_personality.{t}", _k(_NATURE, w), "pct_sp") for t, w in zip(OCEAN, OCEAN_A, strict=True)],
            ("interaction_context.situation", _k(_ASK, "ochi"), None),
            ("interaction_context.player_request", _k(_ASK, "ehnai"), None),
            ("interaction_context.support_needed", _k(_ASK, "oshki"), "cap_of_c"),
            ("interaction_context.complexity_type", _k(_ASK, "ushe"), None),
            ("interaction_context.authenticity_target", _k(_ASK, "hiwe"), "upper_snake"),
            ("tension_memory.hook_type", _k(_HOOK, "ushe"), "upper_snake"),
            ("tension_memory.memory_reference", _k(_HOOK, "ghidha"), None),
            ("npc_card_narrative.dialogue_prose", _k(_REPLY, "ie"), None),
            ("game_outcomes.trust_change", _k(_OUT, "wahoin"), "sign_m"),
            ("game_outcomes.relationship_change", _k(_OUT, "ikoin"), "sign_m"),
            ("game_outcomes.capacity_after", _k(_OUT, "wasko"), "cap_of_c"),
            ("training_metadata.authenticity_score", _k(_MARK, "tsheshi"), "pct_sp"),
            ("training_metadata.quality_score", _k(_MARK, "tsheshi_pi"), "pct_sp"),
            ("training_metadata.complexity_type", _k(_META, "ushe"), None),
            ("training_metadata.pipeline_version", _k(_META, "zhoin"), None),
            ("training_metadata.master_truths_version", _k(_META, "zhoin_hu"), None),
            ("training_metadata.generated_at", _k(_META, "ohoin"), None),
        ],
        "decoys": [_A_TAKE, *_A_DECOYS],
    },
    "ms_fugong": {  # Lisu edit log, factors an object keyed by cause in one op, ages "34 years old"
        "team": "fugong",
        "envelope": "md",
        "stem": "multi_step_fugong_answer",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _p(_C_WHO, "mi"), None),
            ("npc_profile.age", _p(_C_WHO, "khu-ye"), "years_old"),
            ("npc_profile.occupation", _p(_C_WHO, "me-gu"), None),
            ("npc_profile.background", _p(_C_WHO, "si-tsi"), None),
            *[
                (f"npc_ocean_personality.{t}", _p(_C_NATURE, w), "pct_word")
                for t, w in zip(OCEAN, OCEAN_C, strict=True)
            ],
            ("npc_emotional_state.base_capacity", _p(_C_STR, "ghae_ae"), "cap_out_c"),
            ("npc_emotional_state.capacity_factors[].factor", _p(_C_STR, "ma-lu") + "{}", None),
            ("npc_emotional_state.capacity_factors[].impact", _pm(_p(_C_STR, "ma-lu") + "{}", "dze"), "sign2"),
            ("npc_emotional_state.effective_capacity", _p(_C_STR, "ghae"), "cap_out_c"),
            ("npc_emotional_state.current_emotion", _p(_C_STR, "nyi-mo"), None),
            ("interaction_context.capacity_level", _p(_C_STR, "zi"), "title_snake"),
            ("interaction_context.situation", _p(_C_ASK, "si-tsi"), None),
            ("interaction_context.player_request", _p(_C_ASK, "nae-ku"), None),
            ("interaction_context.support_needed", _p(_C_ASK, "go-pha"), "cap_out_c"),
            ("interaction_context.complexity_type", _p(_C_ASK, "zi"), None),
            ("interaction_context.authenticity_target", _p(_C_ASK, "tsu-bo"), "title_snake"),
            ("tension_memory.hook_type", _p(_C_HOOK, "zi"), "title_snake"),
            ("tension_memory.memory_reference", _p(_C_HOOK, "li-mo"), None),
            ("npc_card_narrative.dialogue_prose", _p(_C_REPLY, "ba-lo"), None),
            ("game_outcomes.trust_change", _p(_C_OUT, "ja-xi"), "sign2"),
            ("game_outcomes.relationship_change", _p(_C_OUT, "tshi-ye"), "sign2"),
            ("game_outcomes.capacity_after", _p(_C_OUT, "ghae"), "cap_out_c"),
            ("training_metadata.authenticity_score", _p(_C_MARK, "khue"), "pct_word"),
            ("training_metadata.quality_score", _p(_C_MARK, "yi-so"), "pct_word"),
            ("training_metadata.complexity_type", _p(_C_META, "zi"), None),
            ("training_metadata.pipeline_version", _p(_C_META, "the-ba"), None),
            ("training_metadata.master_truths_version", _p(_C_META, "the-ba_mo"), None),
            ("training_metadata.generated_at", _p(_C_META, "ni-ma"), None),
        ],
        "decoys": [_C_TAKE, *_C_DECOYS],
    },
}

#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_pawhuska", "ea_makassar"],
    "dramatic_irony": ["di_fugong", "di_pawhuska"],
    "tension_building": ["tb_makassar", "tb_fugong"],
    "memory_resonance": ["mr_pawhuska", "mr_fugong"],
    "personality_traits": ["pt_makassar", "pt_pawhuska"],
    "relationship_scoring": ["rs_fugong", "rs_makassar"],
    "multi_step": ["ms_pawhuska", "ms_fugong"],
}
#: each envelope's file extension
EXT = {"kobo": "json", "jsonl": "jsonl", "xml": "json", "md": "md"}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"kobo", "xml"}
#: the type label each team writes on every record (documented label keys)
LABELS = {"pawhuska": A_LABEL, "makassar": B_LABEL, "fugong": C_LABEL}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "pawhuska": {  # the survey server's own underscore fields
        "_" + osa("ikoin"): "aid",
        "_" + osa("tsheka_zhu"): "uuid",
        "_" + osa("ohoin"): "stamp",
        "_" + osa("mikhe"): "model",
        "_" + osa("hoin_pa"): "seed",
    },
    "makassar": {  # attributes of the entry element
        "@" + bug("ko-de"): "brun",
        "@" + bug("mo-de-le"): "model",
        "@" + bug("bi-ne"): "seed",
        "@" + bug("we-tu_ca-di"): "ms",
    },
    "fugong": {  # the run beside the log
        f"{lis('tsa-pu')}.{lis('mu-tu')}": "crun",
        f"{lis('tsa-pu')}.{lis('mo-de')}": "model",
        f"{lis('tsa-pu')}.{lis('ghu-mo')}": "seed",
        f"{lis('tsa-pu')}.{lis('tsi-ku')}": "tok",
    },
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-instruct-2507-q4_K_M"]


FORMS: dict[str, Callable[[Any], Any]] = {
    # Pawhuska: the survey form's text answers
    "pct_sp": lambda v: f"{_n(_percent(v))} %",  # 0.83 -> "83 %" (a [0, 1] score)
    "cap_of_c": lambda v: _comma(f"{_n(v)} of 10"),  # 6.5 -> "6,5 of 10" (a [0, 10] capacity)
    "sign_m": lambda v: _minus(f"{v:+g}"),  # -2.5 -> "−2.5", 0.45 -> "+0.45"
    "wk_earlier": lambda v: f"{_n(v)} weeks earlier",  # 26 -> "26 weeks earlier"
    "age_yr_old": lambda v: f"{_n(v)} yr old",  # 34 -> "34 yr old"
    "upper_snake": lambda s: s.upper(),  # "PAST_TRAUMA_TRIGGER"
    # Makassar: the XML text of a field
    "out10_c": lambda v: _comma(f"{_n(round(v * 10, 6))} out of 10"),  # 0.83 -> "8,3 out of 10" (a [0, 1] score)
    "cap_slash_c": lambda v: _comma(f"{_n(v)}/10"),  # 6.5 -> "6,5/10"
    "sign_c": lambda v: _comma(f"{v:+g}"),  # -2.5 -> "-2,5", 0.45 -> "+0,45"
    "level_slash": lambda v: f"{_n(v)}/5",  # 4 -> "4/5"
    "dash_weeks": lambda w: f"{_n(w['min'])}-{_n(w['max'])} weeks",  # "2-4 weeks"
    "sentence_space": lambda s: s.replace("_", " ").capitalize(),  # "Past trauma trigger"
    # Fugong: the values the model's ops write
    "pct_word": lambda v: f"{_percent(v):.1f} percent",  # 0.83 -> "83.0 percent" (a [0, 1] score)
    "cap_out_c": lambda v: _comma(f"{_n(v)} out of 10"),  # 6.5 -> "6,5 out of 10"
    "sign2": lambda v: f"{v:+.2f}",  # -2.5 -> "-2.50", 0.45 -> "+0.45"
    "level_of1": lambda v: f"{v:.1f} of 5",  # 4 -> "4.0 of 5"
    "wks_back": lambda v: f"{_n(v)} wks back",  # 26 -> "26 wks back"
    "years_old": lambda v: f"{_n(v)} years old",  # 34 -> "34 years old"
    "to_weeks": lambda w: f"{_n(w['min'])} to {_n(w['max'])} weeks",  # "2 to 4 weeks"
    "title_snake": lambda s: "_".join(p.capitalize() for p in s.split("_")),  # "Past_Trauma_Trigger"
}


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any], raw: list[str], written: Any = None) -> dict[str, Any]:
    """One of our records written in a dialect, in this family's value forms (drift_machinery.their_record)."""
    return their_record(rec, dialect, raw, written, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random, zone: str) -> str:
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"2030-04-{rng.randint(10, 28)}T{clock}{zone}"


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "aid": lambda: rng.randint(200000, 999999),
        "uuid": lambda: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}",
        "brun": lambda: f"mks-{rng.randint(100, 9999)}",
        "crun": lambda: f"fg{rng.getrandbits(24):06x}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(700, 61000),
        "tok": lambda: rng.randint(150, 3600),
        "stamp": lambda: _stamp(rng, "-05:00"),
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata: Pawhuska's server fields after the answers;
    Makassar's sections in the order the reviewer last saved them (shuffled per record) with the entry's
    attributes first; Fugong's ops each saying what it does, in the order the model wrote them (shuffled per record)."""
    team = dialect["team"]
    text = str if team == "makassar" else lambda v: v  # xmltodict leaves every attribute and text a string
    for key, kind, form in dialect["decoys"]:
        value = _decoy(rng, kind, form, rec, dtype)
        _put(their, key, text(value) if kind == "count" else value)
    extras: dict[str, Any] = {}
    for key, kind in TEAM_EXTRAS[team].items():
        _put(extras, key, text(_meta_value(rng, kind)))
    if team == "pawhuska":
        return {**their, **extras, A_LABEL: dialect["label"]}
    if team == "makassar":
        sections = list(their.pop(SEC_B))
        rng.shuffle(sections)
        return {B_LABEL: dialect["label"], **extras, SEC_B: sections, **their}
    ops = [{OP_C: "add", **op} for op in their.pop(LOG_C)]
    rng.shuffle(ops)
    return {LOG_C: ops, **their, **extras, C_LABEL: dialect["label"]}


# --- files ------------------------------------------------------------------------------------------------------

PREAMBLE = [lis(x) + " {n} JSON." for x in ("ngwa-tho", "ma-di_ye")] + [lis("so-phu") + " {n} " + lis("tshe-li") + "."]
THINKING = [
    "{n} records of {what}, atoll lagoon town. Write each record as add ops, one per field pointer.",
    "Need {n} {what} records as an edit log. Scores in percent with one decimal.",
    "{n} " + lis("tshe-li") + ", {what}. " + lis("ma-pa_to-si_dzi-bo") + ".",
]
CLOSING = ["", "", "\n" + lis("ma-di") + ".\n", "\n" + lis("ni-ku_lo_ye") + ".\n"]

#: the Makassar export's root element and entry elements (xmltodict keeps the element names as keys)
ROOT_B = bug("bu-ku")
ENTRY_B = bug("a-ru")
MADE_B = "@" + bug("we-tu")
#: the Pawhuska survey server's page of submissions (its API's own English keys)
KOBO_KEYS = ["count", "next", "previous", "results"]


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (a think block and a fence)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env in LINES_ENV:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "kobo":  # the survey server's API page: {"count", "next", "previous", "results"}
        return dump(dict(zip(KOBO_KEYS, [len(recs), None, None, recs], strict=True))) + "\n", ["kobo"]
    if env == "xml":  # xmltodict.parse(xml, force_list=..., cdata_key=...) of the export, dumped as JSON
        return dump({ROOT_B: {MADE_B: _stamp(rng, "+08:00"), ENTRY_B: recs}}) + "\n", ["xml"]
    # the raw answer: the think block, a Lisu preamble, the fenced array, perhaps a remark
    think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
    body = rng.choice(PREAMBLE).format(n=len(recs)) + "\n\n```json\n" + dump(recs) + "\n```\n"
    return think + body + rng.choice(CLOSING), ["think", "fence"]


#: envelopes written one record a line
LINES_ENV = {"jsonl"}


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps large, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# Notes on this drop

Three studios ran their own generators on a local Qwen3 served by Ollama: an Osage studio in Pawhuska (its
survey server's submissions, field names in the Osage alphabet), a Bugis studio in Makassar (its XML export read
with xmltodict, names in Lontara) and a Lisu studio in Fugong (the model writes every record as an edit log of
add operations, names in the Fraser alphabet; raw answers saved as Markdown). Settings used by all three:

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
    "pawhuska": ["", "pawhuska", "pawhuska/submissions"],
    "makassar": ["", "makassar", "makassar/xml"],
    "fugong": ["", "fugong", "fugong/logs"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2030{rng.randint(4, 5):02d}{rng.randint(10, 28)}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh29",
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


def write_fresh29_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh29_folder, "fresh29")


if __name__ == "__main__":
    raise SystemExit(main())
