r"""A twenty-ninth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the shared drift machinery and checks, the other drift generators' top docstrings and fresh26's writer and manifest
test were read; the machinery is the shared tests/drift_machinery.py, the habits and the record contents are new):
the seven data types and meanings of curation/domain/spec.yaml, written by three studios nobody here has tuned on,
set in a lake town of floating grass islands (a ferry raft poled between the islands, a hut school moored on a
floating island, a reed-mat drying yard, a fish-landing market, a bird-watch tower over the sanctuary reeds, a
monsoon pump house at the outflow barrage, a clinic boat, a cooperative's lotus-weighing shed), each with one set of
habits for every type:

- Gacan Studio, a Hargeisa studio with Somali keys in OSMANYA (an alphabet of the Supplementary Multilingual Plane,
  long vowels as letters of their own) whose pipeline indexes every record into SOLR in its schemaless ("data
  driven") mode and exports what `/select` returns: the indexer flattened each record's groups into field names
  holding a dot (`𐒎𐒙𐒍𐒏𐒖.𐒑𐒖𐒌𐒖𐒋`, "person.name"), and schemaless Solr makes every field MULTIVALUED, so every value
  comes back as a LIST OF ONE (`["Ubax Cilmi Xirsi"]`): a value is a "\." key and then a position,
  `𐒎𐒙𐒍𐒏𐒖\.𐒑𐒖𐒌𐒖𐒋[0]` (earlier families wrote "[N]" under plain keys and "\." with "[]", "{}" or a label, never
  "\." then "[N]"); our lists are the document's CHILD DOCUMENTS under a dotted field name (`𐒖𐒓𐒝𐒆𐒆𐒖\.𐒋𐒚𐒐𐒖𐒕𐒈𐒕𐒙[].𐒈𐒖𐒁𐒖𐒁`);
  the schema's unique key and Solr's `_version_` beside; the model's own text kept as string fields: scores as star
  ratings with a decimal comma OUT OF 5 IN WORDS ("4,15 out of 5"), capacities with two decimals "of 10" ("6.50 of
  10"), signed numbers with a typographic minus and two decimals ("−2.50", "+1.50"), levels "4 out of 5", weeks
  "26 w back", ages "34.0 yrs", payoff windows "between 2 and 4 wks", labels as ours; `/select` answers saved as
  .json and the nightly dump as JSON Lines (.jsonl);
- Loktak Lens, an Imphal studio with Meitei keys in MEETEI MAYEK (vowel signs and LONSUM final letters; numbers in
  Meetei Mayek digits) whose prompt is a FOUR-PAGE FORM read BY POSITION (`[0]` who, `[1]` the ask, `[2]` the reply,
  `[3]` the verdict; each page keeps its title), every question NUMBERED "page.question" with a dot, as printed forms
  number them (`꯲.꯴_ꯈꯦꯟꯅꯕ`), so a value is a position step and then a "\." key (`ꯁꯔꯨꯛ[1].꯲\.꯴_ꯈꯦꯟꯅꯕ`; fresh21 wrote
  numbered questions under named sections, fresh20 blocks by position with plain keys); the irony options a table of
  rows below the pages whose columns are numbered the same way (`ꯈꯟꯅꯣꯞ[].꯵\.꯲_ꯋꯍꯩ`), capacity factors a cause ->
  signed effect table in one question; numbers as the form's fields print them, a decimal comma: scores
  "83,0 percent", capacities "6,5 / 10" (spaces round the slash), signed numbers "−2,50" / "+1,50", levels "4,0/5",
  ages "34 Years Old", payoff windows "weeks 2 to 4", labels in capitals with spaces ("STAKES ESCALATION"); an export
  object and JSON Lines, a `record_type` label on every record;
- Mithila Frames, a Darbhanga studio with Maithili keys in TIRHUTA (vowel signs and the virama written as combining
  marks) whose review workbook keeps every record as PAGES PICKED BY NAME (shuffled per record), each page a list
  of ROWS PICKED BY CODE, each row's FINAL VALUE under one key holding a dot (`𑒧𑒰𑒢.𑒁𑒢𑓂𑒞𑒱𑒧`, "value.final") beside
  its notes (`𑒧𑒰𑒢.𑒪𑒹𑒐𑒏` who wrote it, `𑒧𑒰𑒢.𑒮𑒧𑒨` when): two label steps and then a "\." key
  (`𑒣𑒢𑓂𑒢𑒰[𑒬𑒲𑒩𑓂𑒭𑓂𑒯𑒏=𑒅𑒞𑓂𑒞𑒩].𑒣𑓀𑒏𑓂𑒞𑒱[𑒏𑒴𑒙=𑒫𑒕𑒢].𑒧𑒰𑒢\.𑒁𑒢𑓂𑒞𑒱𑒧`), and a row whose final value is one of OUR
  LISTS holds it as an OBJECT KEYED BY DATA, the capacity factors by their cause, the irony options by option type
  (`...[𑒏𑒴𑒙=𑒫𑒱𑒏𑒪𑓂𑒣].𑒧𑒰𑒢\.𑒁𑒢𑓂𑒞𑒱𑒧{}` with `...{}.𑒫𑒕𑒢`): two labels, a "\." key and a "{}" step in one
  line (fresh22 wrote two labels, fresh26 one label, a "\." key and "{}"); scores with a decimal comma and three
  decimals ("0,830"; weights with two, "0,95", since "1,000" is no lossless reading), capacities "6,50 of 10",
  signed numbers "-2,50" / "+1,50", levels "4 of 5", weeks "26,0 wks", labels in sentence case with hyphens
  ("Past-trauma-trigger"); typed batches and raw Qwen3 answers in .md (a `<think>` block, a Maithili preamble in
  Tirhuta, a ```json fence, sometimes a closing remark, an `@type` label).

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn take
(`𐒃𐒖𐒓𐒛𐒁𐒂𐒖.𐒔𐒖𐒆𐒖𐒐_𐒐𐒖_𐒆𐒘𐒕𐒆𐒖𐒕`, an Imphal question `꯳.꯲꯱_ꯋꯍꯩ_ꯍꯣꯟꯕ`, a Darbhanga row `𑒕𑓂𑒯𑒼𑒛𑒪_𑒫𑒕𑒢`), a second judge's
mark in the score's own form, a certainty on the same scale, a sentence count, the Darbhanga rows' writers and
times, the Solr documents' unique key and `_version_`, run metadata (run ids, model tags, sampler seeds,
milliseconds, token counts, time stamps). Each data type has two prompt versions by two of the studios; a seed
writes one of them or both in one folder (one truth map holding both). Every truth line uses the field_map steps
docs/interaction-formats.md documents (dotted paths, "\.", "[]", "[N]", "[key=label]", "{}"; a label step always
before the line's "{}", a position the only list step of its line). Values only in readings the docs list as
lossless, in combinations no family wrote ("4,15 out of 5": a decimal comma in a star rating out of five in words;
"6.50 of 10", "−2.50", "4 out of 5" and "4 of 5" for a level, "26 w back", "34.0 yrs", "between 2 and 4 wks",
"83,0 percent", "6,5 / 10", "−2,50", "4,0/5", "34 Years Old", "weeks 2 to 4", "0,830", "0,95", "6,50 of 10", "-2,50",
"26,0 wks", a cause -> "−2,50" table, labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Darbhanga answers with a `<think>` block and a ```json
fence; a README of the drop (prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records,
22-34, or 92-116 over many files; no two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "hands over 7 points of
support", "his support came in at 7", "lends 7 worth of support", "her support ended at 7"), an excellent target
over X+2, capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact /
option type / recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance
weights and types, out-of-range values written as plain numbers, a NaN trust change, a score finished with a word
(uncoercible), a missing answer or another missing required field (a hook's hidden setup, a trust change), low
quality, an authenticity score off its declared target, exact duplicates (a retried call appended again, or a
retried batch repeating a record of the previous file of its prompt version).

    write_fresh27_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh27.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh27.manifest.json)
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

# --- content pools (this writer's own: a lake town of floating grass islands) ---------------------------------------

NAMES = [
    "Thoibi Ningthoujam",
    "Hodan Warsame Guleed",
    "Sunaina Kumari Jha",
    "Tomba Khumanthem",
    "Abdirahman Faarax Dool",
    "Raghunandan Mishra Thakur",
    "Memcha Laishram",
    "Ubax Cilmi Xirsi",
    "Kalyani Devi Karn",
    "Ibomcha Yumnam",
    "Shukri Aadan Buraale",
    "Bhuvaneshwar Chaudhary Yadav",
    "Sanatombi Huidrom",
    "Mustafe Cawil Hiiraal",
    "Parvati Lal Das",
    "Premjit Oinam",
    "Nasteexo Faysal Weheliye",
    "Jivachh Paswan Sada",
]
JOBS = [
    "poler of the ferry raft between the floating islands",
    "keeper of the hut school moored on the east phumdi",
    "weaver of reed mats in the drying yard behind the jetty",
    "seller of smoked pengba at the fish-landing market",
    "warden in the bird-watch tower above the sanctuary reeds",
    "mechanic of the monsoon pump house at the outflow barrage",
    "cutter of floating grass who trims the island edges",
    "cook on the houseboat that feeds the survey crew",
    "driver of the solar ferry that crosses at dawn",
    "ring-net fisher who sets circles of net around the islands",
    "nurse at the clinic boat that tours the lake villages",
    "clerk who weighs lotus stems at the cooperative shed",
]
PLACES = [
    "the ferry raft tied at the north landing",
    "the hut school on the east phumdi",
    "the reed-mat drying yard behind the jetty",
    "the fish-landing market at first light",
    "the bird-watch tower over the sanctuary reeds",
    "the monsoon pump house at the outflow barrage",
    "the clinic boat anchored off the south village",
    "the lotus-weighing shed of the cooperative",
]
PRESSURES = [
    ("the pump house flooded and the night crew bailed until dawn", -2.5),
    ("a floating island broke loose and drifted onto the ring nets", -2.0),
    ("the cooperative held back the lotus payment for another month", -1.5),
    ("the clinic boat ran out of fuel halfway across the lake", -3.0),
    ("a storm tore the thatch off the hut school", -2.0),
    ("the ferry raft's pole snapped in the deep channel", -1.0),
    ("the reed-mat buyer from town paid in promises", -0.5),
    ("the migratory ducks came back to the sanctuary early", 1.5),
    ("a cousin sent a parcel of dried chillies and a long letter", 1.0),
    ("the lake water finally cleared after the silt season", 0.5),
]
ASKS = [
    "The player asks them to pole the ferry raft one more crossing before the squall.",
    "The player needs a seat on the clinic boat for a feverish child.",
    "The player wants them to vouch for a fish weight they did not see.",
    "The player asks them to keep the school hut lamp lit until the last pupil is fetched.",
    "The player needs someone to climb the bird tower during the thunderstorm.",
    "The player asks them to hide a torn ring net from the cooperative inspector.",
    "The player wants the barrage flood notice read out at the landing meeting.",
    "The player asks to borrow the drying racks for a wedding feast.",
]
REPLIES = [
    "One more crossing? My shoulders are reeds already. I’ll take you to the middle island — no farther.",
    "The clinic boat is full to the gunwales… but the child can sit on my lap. You walk back.",
    "Vouch for a weight I never saw? The cooperative checks twice. I’ll stand by while you weigh again — that’s all.",
    "Keep the lamp lit till the last pupil goes? My eyes are done. I’ll trim the wick and leave you the matches.",
    "Up the tower in lightning? I watched a strike split the old ladder. Wait for the lull… then we talk.",
    "Hide the torn net from the inspector? If it gives way, someone’s catch goes under. I won’t, and I’m sorry.",
    "Read the flood notice aloud? Half the landing will panic. I’ll read the calm paragraph, slowly, and sit down.",
    "Take the racks. The left one wobbles, so stack the mats on the right, and bring them back dry.",
]
THOUGHTS = [
    "If I refuse, the whole landing hears about it before the fish market opens.",
    "Everyone thinks the islands float on their own. Somebody has to cut the edges every week.",
    "My mother would have said yes and then wept in the reed yard. I can only manage the yes.",
    "Those who stay on the lake always end up carrying everybody’s night.",
]
SECRETS = [
    "the cooperative's lotus scale has been weighing light for a year",
    "the barrage gauge was painted over so the flood line looks lower",
    "the mat buyer resells the village's reed mats as factory goods",
    "the clinic boat's engine was never serviced after the silt season",
    "the smoked fish at the market is bought frozen from the city",
    "the sanctuary warden sells duck eggs from the protected reeds",
]
BELIEFS = [
    "the lotus scale at the cooperative is checked every harvest",
    "the barrage gauge shows the true height of the flood water",
    "the mat buyer sells every reed mat under the village's own name",
    "the clinic boat's engine is serviced before every monsoon",
    "the smoked fish at the market comes straight from the ring nets",
    "the sanctuary reeds are closed to anyone gathering eggs",
]
TONE_DEAF = [
    "A light scale? Who cares, did you hear the houseboat cook is frying lotus seeds tonight?",
    "The gauge bores me. Let's race the ferry raft to the tower instead.",
    "Forget the engine, the herons are dancing on the south phumdi!",
    "Did you see the otter that stole a fish off the jetty? Bold little thing.",
]
MISGUIDED = [
    "Scales always drift in the wet season. The lotus just soaks up less water, that's all.",
    "Bring the clerk a bundle of smoked fish and he'll fix the scale himself.",
    "I'll row to the barrage office right now and scrape the paint off with my knife.",
    "Be glad the cooperative weighs our lotus at all; the next village sells to nobody.",
]
GROWTH = [
    "Whatever's wrong at the cooperative, you won't carry it across the lake alone.",
    "If something's crooked at the barrage, I'd rather we open it together than hear it at the landing.",
    "You look like you haven't slept since the storm. Tell me what you know, slowly, and we'll decide together.",
    "I spoke over you at the jetty. Start again; I'm listening this time.",
]
HOOK_LINES = [
    "Weigh your own lotus at home tonight. Then compare it with the cooperative’s slip — closely.",
    "Scratch the gauge post at the barrage with your thumbnail. There’s a second line under the paint.",
    "Look at the stamp on the mats in the buyer's van. It isn't our village's knot.",
    "Ask the boatman when the engine was last opened. Watch where his eyes go when he answers.",
    "The smoked fish at the market came in ice boxes with city plates.",
    "Walk the sanctuary edge at dawn. Count the nests, then count the empty ones.",
]
SECRET_SETUPS = [
    "The cooperative clerk filed down the lotus weights to pocket the difference.",
    "The barrage gauge was repainted to hide how high last year's flood rose.",
    "The mat buyer relabels the village's reed mats as factory stock.",
    "The clinic boat's service log was forged after the silt season.",
    "The market's smoked fish is frozen city stock passed off as lake catch.",
    "The sanctuary warden quietly sells eggs taken from the protected reeds.",
]
HINTS = [
    "A filed brass weight wrapped in a cloth in the clerk's drawer.",
    "A thin line of old paint flaking off the gauge post.",
    "Mats in the buyer's van tied with a knot no lake weaver uses.",
    "A service log with every entry in the same blue ink.",
    "Ice boxes stacked behind the market stalls with a city dealer's name.",
    "Eggshells in the warden's cooking fire.",
]
NOW = [
    "The player hums the song the ring-net fishers sing while hauling.",
    "The barrage siren tests itself at noon and the whole lake goes quiet.",
    "Smoke from the fish smokers drifts across the landing.",
    "The player hands over a snapped paddle blade.",
    "The solar ferry sounds its horn twice as it leaves the north landing.",
    "The first monsoon rain drums on the hut school roof.",
]
PAST = [
    "their grandfather teaching them to stand on a floating island without sinking",
    "the year the barrage gates opened and the old landing washed away",
    "a night spent bailing the clinic boat through a squall",
    "the first pengba they smoked alone, every fish golden",
    "watching the old bamboo tower burn in a lightning storm",
    "the morning their sister left on the ferry for nursing college",
]
EMOTIONS = [
    "a deep, lake-still pride",
    "a shy, flushed awkwardness",
    "a cold, silt-brown regret",
    "a bright, splashing gladness",
    "a smoky, creeping dread",
    "a grief gone quiet like still water",
    "a homesick ache for the village under the reservoir",
]
RECALL = [
    "That song… my grandfather sang it on the islands. I haven’t heard it since he stopped fishing.",
    "That siren — and I’m nine again, running up the bank while the water took the landing.",
    "Smoke like that meant a full catch and my mother humming over the racks.",
    "A paddle snapped just like that and I drifted till dusk. I cried the whole way back.",
    "Uncle Ibo always sounded the horn twice when he brought the post.",
    "Rain on that roof… the last time, we held the thatch down all night with our hands.",
]
SCENES = [
    "At the ferry landing a stranger takes the last dry seat under the awning.",
    "The player turns up without the lotus seeds they promised for the feast.",
    "A storm warning closes the lake crossing at noon.",
    "A rival smokehouse copies their mustard-oil cure and sells it cheaper.",
    "The player asks for help pushing a stuck boat off the silt bar.",
    "A cousin working in the city sends a parcel with a new torch inside.",
]
TRAIT_LINES = [
    "Let the grandmother sit, she poled over from the south village. I'll stand; the breeze off the water is nicer.",
    "Life vest, then the pole, then the rope, then the whistle check. It's painted on the raft's post.",
    "Grab the rope! I'm at the bow. Come on, everyone, heave on three!",
    "The lotus seeds? Oh, it's nothing, truly, I'd already eaten. Please don't think about it.",
    "Of course the crossing closes the one day I have to go. The lake has a grudge against me — I swear it.",
    "They copied my cure… but they smoke it over coconut husk instead of reed. Clever. I’d never have tried that.",
]
EXPRESS = [
    "Warmth wins over comfort: the dry seat goes to the tired grandmother.",
    "Conscientious habit turns a ferry shift into a checklist painted on a post.",
    "Extraversion grabs the rope first and rallies the whole landing to heave.",
    "Agreeableness swallows the disappointment and waves away the missing seeds.",
    "Neuroticism colours the closure: the storm feels like the lake's personal grudge.",
    "Openness turns a copied recipe into a lesson about coconut-husk smoke.",
]
ACTIONS = [
    "The player rows across in the squall to bring them dry clothes and a pot of rice.",
    "The player misses the dawn net-hauling they promised to help with.",
    "The player spends an afternoon patching the holes in their ring net.",
    "The player leafs through their savings ledger while they are out on the water.",
    "The player says sorry for laughing when they slipped off the jetty.",
    "The player jokes that their boat is held together by prayer and fishing line.",
]
RETORTS = [
    "Dry clothes and warm rice, in this weather? Sit down before you catch your death.",
    "Half the catch slipped out while I hauled alone. I'm not asking twice.",
    "Every hole stitched shut. The fish won't know what hit them, and neither do I.",
    "My money is my business. Put that ledger down where you found it.",
    "It was a spectacular fall, I'll grant you. Apology accepted, grudgingly.",
    "Prayer and fishing line have outlasted two of your outboard motors!",
]
WHYS = [
    "Crossing in a squall with food and dry clothes is devotion, and the grateful scolding shows it landed.",
    "Skipping the promised hauling leaves them short-handed and short-changed, and trust drops.",
    "An afternoon of patient net-mending is practical help that earns real, quiet trust.",
    "Prying into the savings ledger is a breach of privacy, and the sharp reply draws a boundary.",
    "The apology for laughing repairs a small embarrassment, and the dry acceptance shows it mostly worked.",
    "The teasing about the boat is affectionate, and the quick comeback shows the bond is easy.",
]
PROSE = [
    "Thoibi lays down the ferry pole and looks past you at the barrage. “One crossing. That's what my arms promise.”",
    "He laughs, agrees to everything, and goes silent the moment the pump changes its note.",
    "She listens, says nothing, and traces the lake's outline in the condensation on the lamp glass.",
    "The boatman shakes his head. “After the squall passes. Before that I'd only get you drowned.”",
    "Tomba folds the fish weight slip twice and slides it back across the table. “Not tonight, sorry.”",
]
MEMREF = [
    "the year the old landing washed away",
    "a promise made on the bird tower",
    "the monsoon the lake rose into the houses",
    "their first crossing alone on the ferry raft",
    "a photo pinned inside the pump house door",
]
TENSION_NOTES = [
    "Nobody names the light scale aloud; its weight is only hinted at.",
    "The player knows the gauge is repainted; the character trusts the flood line all scene long.",
]
UNKNOWN_COMPLEXITY = ["barrage_siren_nerves", "floating_island_vertigo", "lotus_ledger_sulk", "squall_crossing_dread"]
UNKNOWN_HOOKS = ["filed_weight_riddle", "painted_gauge_wink", "frozen_fish_tease"]
UNKNOWN_RESONANCE = ["net_song_echo", "noon_siren_pang", "husk_smoke_recall"]
UNKNOWN_OPTIONS = ["paddle_splash_bluster", "landing_gossip_dodge", "squall_bound_pout"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "above" if need > x2 else "within"
    return f"Running on {eff:g} since the storm, the ceiling tonight is {x2:g}; this ask weighs {need:g}, {side} it."


#: this family's lake town, drawn by the shared record makers (tests/drift_machinery.py)
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="Works as a {job}, mostly around {place}; shaken since {factor}.",
    character_knows="As far as the character has heard, {belief}.",
    irony_scenario="At {place}, word goes round that the lake authority's launch is due after the rains.",
    tension_context="{Place}, once the last ferry has crossed; the player stays behind.",
    memory_description="Back to {past}, before the barrage raised the lake.",
    multi_background="Born in a hut on a floating island and never moved ashore; works by {place}.",
    multi_situation="{name} is tying up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "On the ferry raft she hands over {g} points of support all the same and poles home empty.",
    "Through the night of the squall his support came in at {g}, far past his reserve.",
    "She lends {g} worth of support to the pump-house crew regardless.",
    "By the last crossing her support ended at {g}, more than the day allowed.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["murky", "middling", "glassy", "wobbly"]

#: the shared defect planters, bound to this family's makers and habits
PLANT = Planters.of(globals(), constraint=_constraint)
DEFECTS = PLANT.defects()


# --- the three scripts: each studio's words are written here in Latin letters and turned into its script ----------

#: Somali in Osmanya, letter by letter in the Somali Latin spelling ("'" the glottal stop, ALEF); long i and u are
#: the vowel with YA / WAW after it
_SO_LATIN = ["'", "b", "t", "j", "x", "kh", "d", "r", "s", "sh", "dh", "c", "g", "f", "q", "k", "l", "m", "n", "w", "h"]
_SO_LATIN += ["y", "a", "e", "i", "o", "u", "aa", "ee", "oo"]
_SO = {latin: chr(0x10480 + i) for i, latin in enumerate(_SO_LATIN)}


def so(word: str) -> str:
    """A Somali word (Latin spelling) in Osmanya; "_" stays."""
    out, i = [], 0
    while i < len(word):
        two = word[i : i + 2]
        if word[i] == "_":
            out.append("_")
            i += 1
        elif two in ("ii", "uu"):
            out.append(_SO[two[0]] + _SO["y" if two == "ii" else "w"])
            i += 2
        elif two in _SO:
            out.append(_SO[two])
            i += 2
        else:
            out.append(_SO[word[i]])
            i += 1
    return "".join(out)


#: Meitei in Meetei Mayek: a syllable is a consonant letter (its vowel "a" inherent), a vowel sign, and a final
#: written as a LONSUM letter; a syllable with no consonant starts with its vowel's letter (ATIYA carries the rest);
#: "ao" is the long a followed by the letter UN
_MM_ONSET = {
    **{"kh": "KHOU", "ch": "CHIL", "ng": "NGOU", "th": "THOU", "ph": "PHAM", "jh": "JHAM", "gh": "GHOU"},
    **{"dh": "DHOU", "bh": "BHAM", "k": "KOK", "s": "SAM", "l": "LAI", "m": "MIT", "p": "PA", "n": "NA"},
    **{"t": "TIL", "w": "WAI", "y": "YANG", "h": "HUK", "g": "GOK", "r": "RAI", "b": "BA", "j": "JIL", "d": "DIL"},
}
_MM_SIGN = {"o": "ONAP", "i": "INAP", "aa": "ANAP", "e": "YENAP", "ou": "SOUNAP", "u": "UNAP", "ei": "CHEINAP"}
_MM_FINAL = {"ng": "NGOU", "k": "KOK", "l": "LAI", "m": "MIT", "p": "PA", "n": "NA", "t": "TIL", "i": "I"}
_MM_VOWELS = ("aa", "ao", "ei", "ou", "a", "i", "u", "e", "o")


def _mm(name: str) -> str:
    return unicodedata.lookup(f"MEETEI MAYEK {name}")


def _mm_syllable(syl: str) -> str:
    onset = next((c for c in sorted(_MM_ONSET, key=len, reverse=True) if syl.startswith(c)), "")
    rest = syl[len(onset) :]
    vowel = next(v for v in _MM_VOWELS if rest.startswith(v))
    coda = rest[len(vowel) :]
    out = _mm(f"LETTER {_MM_ONSET[onset]}") if onset else ""
    if not onset:
        out = _mm({"a": "LETTER ATIYA", "i": "LETTER I", "u": "LETTER UN"}.get(vowel, "LETTER ATIYA"))
    if vowel == "ao":  # the long a and then the letter UN ("pao": PA, ANAP, UN)
        out += _mm("VOWEL SIGN ANAP") + _mm("LETTER UN")
    elif vowel != "a" and (onset or vowel not in ("i", "u")):
        out += _mm(f"VOWEL SIGN {_MM_SIGN[vowel]}")
    if coda:
        out += _mm(f"LETTER {_MM_FINAL[coda]} LONSUM")
    return out


def mm(word: str) -> str:
    """A Meitei word, its syllables separated by "-" (words by "_"), in Meetei Mayek."""
    return "_".join("".join(_mm_syllable(s) for s in part.split("-")) for part in word.split("_"))


def mmd(number: int) -> str:
    """A number in Meetei Mayek digits (a form's question number)."""
    return "".join(chr(0xABF0 + int(d)) for d in str(number))


#: Maithili in Tirhuta, from a plain Latin spelling (T D N S: retroflex t, d, n and sh; M the anusvara): a consonant
#: before a vowel takes its sign ("a" inherent), before another consonant the virama; a vowel not after a consonant
#: is its own letter
_TI_CONS = {
    **{"kh": "KHA", "gh": "GHA", "ch": "CHA", "jh": "JHA", "Th": "TTHA", "Dh": "DDHA", "th": "THA", "dh": "DHA"},
    **{"ph": "PHA", "bh": "BHA", "sh": "SHA", "ng": "NGA", "ny": "NYA", "k": "KA", "g": "GA", "c": "CA", "j": "JA"},
    **{"T": "TTA", "D": "DDA", "N": "NNA", "t": "TA", "d": "DA", "n": "NA", "p": "PA", "b": "BA", "m": "MA"},
    **{"y": "YA", "r": "RA", "l": "LA", "v": "VA", "S": "SSA", "s": "SA", "h": "HA"},
}
_TI_VOWELS = {"aa": "AA", "ii": "II", "uu": "UU", "ai": "AI", "au": "AU", "a": "A", "i": "I", "u": "U", "e": "E"}
_TI_VOWELS["o"] = "O"


def _ti(name: str) -> str:
    return unicodedata.lookup(f"TIRHUTA {name}")


def ti(word: str) -> str:
    """A Maithili word (the Latin spelling above) in Tirhuta; "_" stays."""
    out, i, after_consonant = [], 0, False
    while i < len(word):
        if word[i] == "_":
            out.append("_")
            i, after_consonant = i + 1, False
            continue
        if word[i] == "M":
            out.append(_ti("SIGN ANUSVARA"))
            i, after_consonant = i + 1, False
            continue
        cons = next((c for c in sorted(_TI_CONS, key=len, reverse=True) if word.startswith(c, i)), None)
        if cons:
            if after_consonant:
                out.append(_ti("SIGN VIRAMA"))
            out.append(_ti(f"LETTER {_TI_CONS[cons]}"))
            i, after_consonant = i + len(cons), True
            continue
        vowel = next(v for v in sorted(_TI_VOWELS, key=len, reverse=True) if word.startswith(v, i))
        if after_consonant:
            out.append("" if vowel == "a" else _ti(f"VOWEL SIGN {_TI_VOWELS[vowel]}"))
        else:
            out.append(_ti(f"LETTER {_TI_VOWELS[vowel]}"))
        i, after_consonant = i + len(vowel), False
    return "".join(out)


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry keys an
# object by each element's value of our field; its member entries fill the values. Hargeisa's values are Solr fields
# named "group.field" holding a one-value list; Imphal's are questions numbered "page.question" on pages read by
# position; Darbhanga's are the final value ("value.final") of a row picked by code on a page picked by name.

#: Hargeisa's Solr documents: the schema's unique key, and the field holding the pipeline's run
SO_ID = so("aqoonsi")  # the schema's unique key (single-valued)
SOLR_VERSION = "_version_"  # Solr's own optimistic-concurrency field, on every stored document


def _s(group: str, field: str) -> str:
    """A Hargeisa value: the Solr field "group.field" (a dot inside the key), multiValued, so its one value is [0]."""
    return f"{so(group)}\\.{so(field)}[0]"


def _sl(group: str, field: str) -> str:
    """A Hargeisa list of ours: the child documents kept under the field "group.field"."""
    return f"{so(group)}\\.{so(field)}"


def _si(path: str, member: str) -> str:
    """A member of every child document of a Hargeisa list."""
    return f"{path}[].{so(member)}"


#: Imphal's form: pages by position, each with its title, every question numbered "page.question" in Meetei Mayek
#: digits; the irony options in a table below the pages (section 5), every column numbered the same way
PAGES_MM = mm("sa-ruk")  # the parts (pages) of the form
TITLE_MM = mm("thou-ming")  # a page's title
PAGE_TITLES_MM = [mm("mi-oi"), mm("pot-sak"), mm("pao-khum"), mm("wa-yel")]  # who, the ask, the reply, the verdict
OPTS_MM = mm("khan-nop")  # the table of options
MM_LABEL = "record_type"  # the type label on every Imphal record (a documented label key)
FORM_MM = mm("phom_ma-tap")  # the export's header
ANSWERS_MM = mm("pao-khum_ma-yam")  # the export's responses


def _q(page: int, question: int, word: str) -> str:
    """An Imphal value: question `question` of page `page` (from 1), read by the page's position."""
    return f"{PAGES_MM}[{page - 1}].{mmd(page)}\\.{mmd(question)}_{mm(word)}"


def _o(column: int, word: str) -> str:
    """A column of every row of Imphal's options table (section 5)."""
    return f"{OPTS_MM}[].{mmd(5)}\\.{mmd(column)}_{mm(word)}"


#: Darbhanga's workbook: pages by name, rows by code, a row's final value "value.final" beside its notes
PAGES_TI = ti("pannaa")  # pages
PAGE_TI = ti("shiirShaka")  # a page's name
ROWS_TI = ti("paMkti")  # rows
CODE_TI = ti("kuuTa")  # a row's code
VALUE_TI = ti("maana") + "." + ti("antima")  # the final value (one key, a dot inside)
WRITER_TI = ti("maana") + "." + ti("lekhaka")  # who wrote it
STAMP_TI = ti("maana") + "." + ti("samaya")  # when
TI_LABEL = "@type"  # the type label of the Darbhanga raw answers (a documented label key)


def _c(page: str, code: str) -> str:
    """A Darbhanga value: the final value of the row `code` on the page `page`."""
    value = VALUE_TI.replace(".", "\\.")
    return f"{PAGES_TI}[{PAGE_TI}={ti(page)}].{ROWS_TI}[{CODE_TI}={ti(code)}].{value}"


OCEAN_SO = ["furfurnaan", "dadaal", "bulshaawi", "naxariis", "walwal"]
OCEAN_MM = ["ma-hou-sa_khang-ba", "thou-rang", "ma-ri_sem-ba", "nung-si-ba", "ma-ru_khen-ba"]

_SO_DECOYS = [
    (_s("qiimeynta", "dhibco_labaad"), "judge2", "star"),  # the second mark
    (_s("qiimeynta", "hubsiimo"), "conf", "star"),  # how sure
    (_s("jawaabta", "tirada_jumlado"), "count", None),  # how many sentences
]
_SO_TAKE = (_s("jawaabta", "hadal_la_diiday"), "turned_down", None)  # the words turned down
_MM_DECOYS = [
    (_q(4, 21, "a-ni-su-ba_ma-nai"), "judge2", "pct_comma"),  # the second verdict
    (_q(4, 22, "tha-ja-ba_khen"), "conf", "pct_comma"),  # how sure
    (_q(3, 22, "wa-hei_ma-sing"), "count", None),  # how many sentences
]
_MM_TAKE = (_q(3, 21, "wa-hei_hon-ba"), "turned_down", None)  # the line sent back
_TI_DECOYS = [
    (_c("muulyaaMkana", "dosara_aMka"), "judge2", "dec3"),  # the second mark
    (_c("muulyaaMkana", "bharosaa"), "conf", "dec3"),  # how sure
    (_c("uttara", "vaakya_saMkhyaa"), "count", None),  # how many sentences
]
_TI_TAKE = (_c("uttara", "chhoDala_vachana"), "turned_down", None)  # the line let go

_SO_LOADS = _sl("awoodda", "culaysyo")
_TI_CAUSES = _c("shakti", "kaarana")
_TI_OPTIONS = _c("uttara", "vikalpa")

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_hargeisa": {  # Osmanya Solr fields "group.field" of one value, factors as child documents, "4,15 out of 5"
        "team": "hargeisa",
        "envelope": "solr_select",
        "stem": "emotional_authenticity_hargeisa_select",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _s("qofka", "magac"), None),
            ("context", _s("qofka", "duruuf"), None),
            ("base_capacity", _s("awoodda", "bilow"), "cap_of"),
            ("capacity_factors", _SO_LOADS, "list"),
            ("capacity_factors[].factor", _si(_SO_LOADS, "sabab"), None),
            ("capacity_factors[].impact", _si(_SO_LOADS, "saameyn"), "sign2"),
            ("effective_capacity", _s("awoodda", "hadda"), "cap_of"),
            ("capacity_level", _s("awoodda", "heer"), None),
            ("situation", _s("codsiga", "xaalad"), None),
            ("support_level_needed", _s("codsiga", "baahi"), "cap_of"),
            ("authenticity_target", _s("codsiga", "hadaf"), None),
            ("complexity_type", _s("codsiga", "nooc"), None),
            ("character_response", _s("jawaabta", "hadal"), None),
            ("internal_thought", _s("jawaabta", "fikir"), None),
            ("demonstrates_constraint", _s("jawaabta", "xad"), None),
            ("support_provided", _s("jawaabta", "taageero"), "cap_of"),
            ("authenticity_score", _s("qiimeynta", "runnimo"), "star"),
        ],
        "decoys": [_SO_TAKE, *_SO_DECOYS],
    },
    "ea_darbhanga": {  # Tirhuta workbook rows' "value.final", factors keyed by cause in a row, "6,50 of 10", "0,830"
        "team": "darbhanga",
        "envelope": "wb_batch",
        "stem": "emotional_authenticity_darbhanga_batch",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _c("paatra", "naama"), None),
            ("context", _c("paatra", "pariprekShya"), None),
            ("base_capacity", _c("shakti", "aadhaara"), "cap_of_comma"),
            ("capacity_factors[].factor", _TI_CAUSES + "{}", None),
            ("capacity_factors[].impact", _TI_CAUSES + "{}." + ti("prabhaava"), "sign2_comma"),
            ("effective_capacity", _c("shakti", "vartamaana"), "cap_of_comma"),
            ("capacity_level", _c("shakti", "stara"), "sentence_hyphen"),
            ("situation", _c("nivedana", "sthiti"), None),
            ("support_level_needed", _c("nivedana", "aavashyakataa"), "cap_of_comma"),
            ("authenticity_target", _c("nivedana", "lakShya"), "sentence_hyphen"),
            ("complexity_type", _c("nivedana", "prakaara"), None),
            ("character_response", _c("uttara", "vachana"), None),
            ("internal_thought", _c("uttara", "vichaara"), None),
            ("demonstrates_constraint", _c("uttara", "siimaa"), None),
            ("support_provided", _c("uttara", "sahaayataa"), "cap_of_comma"),
            ("authenticity_score", _c("muulyaaMkana", "praamaaNikataa"), "dec3"),
        ],
        "decoys": [_TI_TAKE, *_TI_DECOYS],
    },
    "di_imphal": {  # Meetei Mayek pages by position, questions "2.4", options table "5.x", "−2,50", "83,0 percent"
        "team": "imphal",
        "envelope": "mm_export",
        "stem": "dramatic_irony_imphal_export",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _q(1, 1, "ma-ming"), None),
            ("character_capacity", _q(1, 2, "pang-gal"), "cap_slash"),
            ("scenario", _q(2, 1, "pot-sak"), None),
            ("player_knows", _q(2, 2, "sam-ji-ba_ma-khang"), None),
            ("character_knows", _q(2, 3, "mi-oi_ma-khang"), None),
            ("knowledge_gap_score", _q(2, 4, "khen-na-ba"), "pct_comma"),
            ("response_options", OPTS_MM, "list"),
            ("response_options[].type", _o(1, "ma-kha-ta"), "upper_space"),
            ("response_options[].dialogue", _o(2, "wa-hei"), None),
            ("response_options[].relationship_impact", _o(3, "ma-hei"), "sign2_comma_minus"),
            ("recommended_option", _q(3, 1, "khan-ba"), "upper_space"),
            ("dramatic_irony_score", _q(4, 1, "ma-nai"), "pct_comma"),
            ("tension_notes", _q(4, 2, "ta-ka-ba"), None),
        ],
        "decoys": [_MM_TAKE, *_MM_DECOYS],
    },
    "di_darbhanga": {  # Tirhuta workbook rows, options keyed by option type in a row's final value
        "team": "darbhanga",
        "envelope": "wb_md",
        "stem": "dramatic_irony_darbhanga_answer",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _c("paatra", "naama"), None),
            ("character_knows", _c("gyaana", "paatraka_gyaana"), None),
            ("character_capacity", _c("shakti", "vartamaana"), "cap_of_comma"),
            ("scenario", _c("nivedana", "sthiti"), None),
            ("player_knows", _c("gyaana", "khelaaDii_gyaana"), None),
            ("knowledge_gap_score", _c("gyaana", "antara"), "dec3"),
            ("response_options[].type", _TI_OPTIONS + "{}", "sentence_hyphen"),
            ("response_options[].dialogue", _TI_OPTIONS + "{}." + ti("vachana"), None),
            ("response_options[].relationship_impact", _TI_OPTIONS + "{}." + ti("prabhaava"), "sign2_comma"),
            ("recommended_option", _c("uttara", "anushaMsita"), "sentence_hyphen"),
            ("dramatic_irony_score", _c("muulyaaMkana", "vyaMgya"), "dec3"),
            ("tension_notes", _c("muulyaaMkana", "TippaNii"), None),
        ],
        "decoys": [_TI_TAKE, *_TI_DECOYS],
    },
    "tb_hargeisa": {  # Osmanya Solr fields, windows "between 2 and 4 wks", levels "4 out of 5"
        "team": "hargeisa",
        "envelope": "solr_lines",
        "stem": "tension_building_hargeisa_dump",
        "label": "tension_building",
        "map": [
            ("character_name", _s("qofka", "magac"), None),
            ("relationship_level", _s("qofka", "heer_xiriir"), "level_out_of"),
            ("context", _s("codsiga", "xaalad"), None),
            ("hook_type", _s("dabinka", "nooc"), None),
            ("setup", _s("dabinka", "sir"), None),
            ("payoff_window_weeks", _s("dabinka", "muddo"), "between_wks"),
            ("payoff_hint", _s("dabinka", "tilmaan"), None),
            ("dialogue", _s("jawaabta", "hadal"), None),
            ("tension_score", _s("qiimeynta", "xiiso"), "star"),
            ("hook_effectiveness", _s("qiimeynta", "waxtar"), "star"),
        ],
        "decoys": [_SO_TAKE, *_SO_DECOYS],
    },
    "tb_imphal": {  # Meetei Mayek pages by position, windows "weeks 2 to 4", levels "4,0/5"
        "team": "imphal",
        "envelope": "mm_lines",
        "stem": "tension_building_imphal_lines",
        "label": "tension_building",
        "map": [
            ("character_name", _q(1, 1, "ma-ming"), None),
            ("relationship_level", _q(1, 2, "ma-ri"), "level_comma"),
            ("context", _q(2, 1, "pot-sak"), None),
            ("hook_type", _q(2, 2, "ma-thou"), "upper_space"),
            ("setup", _q(2, 3, "ma-ru"), None),
            ("payoff_window_weeks", _q(2, 4, "ma-tam"), "weeks_to"),
            ("payoff_hint", _q(2, 5, "khong-chat"), None),
            ("dialogue", _q(3, 1, "wa-hei"), None),
            ("tension_score", _q(4, 1, "ma-nai"), "pct_comma"),
            ("hook_effectiveness", _q(4, 2, "kan-na-ba"), "pct_comma"),
        ],
        "decoys": [_MM_TAKE, *_MM_DECOYS],
    },
    "mr_darbhanga": {  # Tirhuta workbook rows, weeks "26,0 wks", "Past-trauma-trigger"
        "team": "darbhanga",
        "envelope": "wb_batch",
        "stem": "memory_resonance_darbhanga_batch",
        "label": "memory_resonance",
        "map": [
            ("character_name", _c("paatra", "naama"), None),
            ("current_situation", _c("nivedana", "sthiti"), None),
            ("memory.description", _c("smarana", "ghaTanaa"), None),
            ("memory.emotion", _c("smarana", "bhaavanaa"), None),
            ("memory.weeks_ago", _c("smarana", "saptaaha_puurva"), "wks_comma"),
            ("resonance_type", _c("smarana", "prakaara"), "sentence_hyphen"),
            ("resonance_weight", _c("smarana", "bhaara"), "dec2"),
            ("character_response", _c("uttara", "vachana"), None),
            ("resonance_score", _c("muulyaaMkana", "anunaada"), "dec3"),
        ],
        "decoys": [_TI_TAKE, *_TI_DECOYS],
    },
    "mr_hargeisa": {  # Osmanya Solr fields, weeks "26 w back"
        "team": "hargeisa",
        "envelope": "solr_select",
        "stem": "memory_resonance_hargeisa_select",
        "label": "memory_resonance",
        "map": [
            ("character_name", _s("qofka", "magac"), None),
            ("current_situation", _s("codsiga", "xaalad"), None),
            ("memory.description", _s("xusuusta", "sheeko"), None),
            ("memory.emotion", _s("xusuusta", "dareen"), None),
            ("memory.weeks_ago", _s("xusuusta", "toddobaadyo"), "w_back"),
            ("resonance_type", _s("xusuusta", "nooc"), None),
            ("resonance_weight", _s("xusuusta", "miisaan"), None),
            ("character_response", _s("jawaabta", "hadal"), None),
            ("resonance_score", _s("qiimeynta", "dhawaaq"), "star"),
        ],
        "decoys": [_SO_TAKE, *_SO_DECOYS],
    },
    "pt_imphal": {  # Meetei Mayek pages by position, OCEAN questions "83,0 percent"
        "team": "imphal",
        "envelope": "mm_export",
        "stem": "personality_traits_imphal_export",
        "label": "personality_traits",
        "map": [
            ("character_name", _q(1, 1, "ma-ming"), None),
            *[
                (f"ocean.{t}", _q(1, 2 + i, w), "pct_comma")
                for i, (t, w) in enumerate(zip(OCEAN, OCEAN_MM, strict=True))
            ],
            ("scenario", _q(2, 1, "pot-sak"), None),
            ("dialogue", _q(3, 1, "wa-hei"), None),
            ("trait_expression", _q(3, 2, "mi-ot_u-tha-ba"), None),
            ("quality_score", _q(4, 1, "ma-nai"), "pct_comma"),
        ],
        "decoys": [_MM_TAKE, *_MM_DECOYS],
    },
    "pt_hargeisa": {  # Osmanya Solr fields, OCEAN as "4,15 out of 5"
        "team": "hargeisa",
        "envelope": "solr_lines",
        "stem": "personality_traits_hargeisa_dump",
        "label": "personality_traits",
        "map": [
            ("character_name", _s("qofka", "magac"), None),
            ("scenario", _s("codsiga", "xaalad"), None),
            *[(f"ocean.{t}", _s("dabeecadda", w), "star") for t, w in zip(OCEAN, OCEAN_SO, strict=True)],
            ("dialogue", _s("jawaabta", "hadal"), None),
            ("trait_expression", _s("jawaabta", "sharax_dabeecad"), None),
            ("quality_score", _s("qiimeynta", "tayo"), "star"),
        ],
        "decoys": [_SO_TAKE, *_SO_DECOYS],
    },
    "rs_darbhanga": {  # Tirhuta workbook rows, levels "4 of 5", trust "-0,45" / "+0,45"
        "team": "darbhanga",
        "envelope": "wb_md",
        "stem": "relationship_scoring_darbhanga_answer",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _c("paatra", "naama"), None),
            ("relationship_level", _c("paatra", "sambandha_stara"), "level_of"),
            ("player_action", _c("nivedana", "khelaaDii_kriyaa"), None),
            ("interaction_type", _c("nivedana", "prakaara"), None),
            ("character_response", _c("uttara", "vachana"), None),
            ("rationale", _c("muulyaaMkana", "tarka"), None),
            ("relationship_score", _c("muulyaaMkana", "sambandha"), "dec3"),
            ("trust_change", _c("muulyaaMkana", "vishvaasa"), "sign2_comma"),
            ("quality_score", _c("muulyaaMkana", "guNavattaa"), "dec3"),
        ],
        "decoys": [(_c("muulyaaMkana", "chhoDala_tarka"), "turned_down", None), *_TI_DECOYS],
    },
    "rs_imphal": {  # Meetei Mayek pages by position, levels "4,0/5", trust "−0,45"
        "team": "imphal",
        "envelope": "mm_lines",
        "stem": "relationship_scoring_imphal_lines",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _q(1, 1, "ma-ming"), None),
            ("relationship_level", _q(1, 2, "ma-ri"), "level_comma"),
            ("player_action", _q(2, 1, "sam-ji-ba_tou-ba"), None),
            ("interaction_type", _q(2, 2, "ma-kha-ta"), None),
            ("character_response", _q(3, 1, "wa-hei"), None),
            ("rationale", _q(4, 1, "ma-ram"), None),
            ("relationship_score", _q(4, 2, "ma-ri_ma-nai"), "pct_comma"),
            ("trust_change", _q(4, 3, "tha-ja-ba"), "sign2_comma_minus"),
            ("quality_score", _q(4, 4, "ma-nai"), "pct_comma"),
        ],
        "decoys": [(_q(4, 23, "ma-ram_hon-ba"), "turned_down", None), *_MM_DECOYS],
    },
    "ms_hargeisa": {  # Osmanya Solr fields, the whole NPC card, factors as child documents, ages "34.0 yrs"
        "team": "hargeisa",
        "envelope": "solr_lines",
        "stem": "multi_step_hargeisa_dump",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _s("qofka", "magac"), None),
            ("npc_profile.age", _s("qofka", "da'"), "yrs"),
            ("npc_profile.occupation", _s("qofka", "shaqo"), None),
            ("npc_profile.background", _s("qofka", "taariikh"), None),
            ("npc_emotional_state.base_capacity", _s("awoodda", "bilow"), "cap_of"),
            ("npc_emotional_state.capacity_factors", _SO_LOADS, "list"),
            ("npc_emotional_state.capacity_factors[].factor", _si(_SO_LOADS, "sabab"), None),
            ("npc_emotional_state.capacity_factors[].impact", _si(_SO_LOADS, "saameyn"), "sign2"),
            ("npc_emotional_state.effective_capacity", _s("awoodda", "hadda"), "cap_of"),
            ("npc_emotional_state.current_emotion", _s("awoodda", "dareen"), None),
            ("interaction_context.capacity_level", _s("awoodda", "heer"), None),
            *[
                (f"npc_ocean_personality.{t}", _s("dabeecadda", w), "star")
                for t, w in zip(OCEAN, OCEAN_SO, strict=True)
            ],
            ("interaction_context.situation", _s("codsiga", "xaalad"), None),
            ("interaction_context.player_request", _s("codsiga", "weydiin"), None),
            ("interaction_context.support_needed", _s("codsiga", "baahi"), "cap_of"),
            ("interaction_context.complexity_type", _s("codsiga", "nooc"), None),
            ("interaction_context.authenticity_target", _s("codsiga", "hadaf"), None),
            ("tension_memory.hook_type", _s("dabinka", "nooc"), None),
            ("tension_memory.memory_reference", _s("dabinka", "xusuus"), None),
            ("npc_card_narrative.dialogue_prose", _s("jawaabta", "hadal"), None),
            ("game_outcomes.trust_change", _s("natiijada", "kalsooni"), "sign2"),
            ("game_outcomes.relationship_change", _s("natiijada", "xiriir"), "sign2"),
            ("game_outcomes.capacity_after", _s("natiijada", "awood_kadib"), "cap_of"),
            ("training_metadata.authenticity_score", _s("qiimeynta", "runnimo"), "star"),
            ("training_metadata.quality_score", _s("qiimeynta", "tayo"), "star"),
            ("training_metadata.complexity_type", _s("diiwaanka", "nooc"), None),
            ("training_metadata.pipeline_version", _s("diiwaanka", "nuqul"), None),
            ("training_metadata.master_truths_version", _s("diiwaanka", "nuqul_xeer"), None),
            ("training_metadata.generated_at", _s("diiwaanka", "waqti"), None),
        ],
        "decoys": [_SO_TAKE, *_SO_DECOYS],
    },
    "ms_imphal": {  # Meetei Mayek pages by position, factors a cause -> "−2,50" table in one question
        "team": "imphal",
        "envelope": "mm_export",
        "stem": "multi_step_imphal_export",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _q(1, 1, "ma-ming"), None),
            ("npc_profile.age", _q(1, 2, "ma-ha-ri"), "years_caps"),
            ("npc_profile.occupation", _q(1, 3, "tha-bak"), None),
            ("npc_profile.background", _q(1, 4, "pu-wa-ri"), None),
            ("npc_emotional_state.base_capacity", _q(2, 1, "pang-gal_a-hou-ba"), "cap_slash"),
            ("npc_emotional_state.capacity_factors", _q(2, 2, "ma-theng"), "table"),
            ("npc_emotional_state.effective_capacity", _q(2, 3, "pang-gal"), "cap_slash"),
            ("npc_emotional_state.current_emotion", _q(2, 4, "thou-khal"), None),
            ("interaction_context.capacity_level", _q(2, 5, "pang-gal_ma-ri"), "upper_space"),
            *[
                (f"npc_ocean_personality.{t}", _q(2, 6 + i, w), "pct_comma")
                for i, (t, w) in enumerate(zip(OCEAN, OCEAN_MM, strict=True))
            ],
            ("interaction_context.situation", _q(2, 11, "pot-sak"), None),
            ("interaction_context.player_request", _q(2, 12, "ni-jaa-ba"), None),
            ("interaction_context.support_needed", _q(2, 13, "ma-theng_ma-sing"), "cap_slash"),
            ("interaction_context.complexity_type", _q(2, 14, "ma-kha-ta"), None),
            ("interaction_context.authenticity_target", _q(2, 15, "pan-thou-ba"), "upper_space"),
            ("tension_memory.hook_type", _q(2, 16, "ma-thou"), "upper_space"),
            ("tension_memory.memory_reference", _q(2, 17, "ning-sing-ba"), None),
            ("npc_card_narrative.dialogue_prose", _q(3, 1, "wa-hei"), None),
            ("game_outcomes.trust_change", _q(4, 1, "tha-ja-ba"), "sign2_comma_minus"),
            ("game_outcomes.relationship_change", _q(4, 2, "ma-ri_hong-ba"), "sign2_comma_minus"),
            ("game_outcomes.capacity_after", _q(4, 3, "pang-gal_ma-tung"), "cap_slash"),
            ("training_metadata.authenticity_score", _q(4, 4, "a-chum-ba"), "pct_comma"),
            ("training_metadata.quality_score", _q(4, 5, "ma-nai"), "pct_comma"),
            ("training_metadata.complexity_type", _q(4, 6, "ma-kha-ta"), None),
            ("training_metadata.pipeline_version", _q(4, 7, "sak-ma-ket"), None),
            ("training_metadata.master_truths_version", _q(4, 8, "a-in_sak-ma-ket"), None),
            ("training_metadata.generated_at", _q(4, 9, "a-ma-tam"), None),
        ],
        "decoys": [_MM_TAKE, *_MM_DECOYS],
    },
}

#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_hargeisa", "ea_darbhanga"],
    "dramatic_irony": ["di_imphal", "di_darbhanga"],
    "tension_building": ["tb_hargeisa", "tb_imphal"],
    "memory_resonance": ["mr_darbhanga", "mr_hargeisa"],
    "personality_traits": ["pt_imphal", "pt_hargeisa"],
    "relationship_scoring": ["rs_darbhanga", "rs_imphal"],
    "multi_step": ["ms_hargeisa", "ms_imphal"],
}
#: each envelope's file extension
EXT = {
    "solr_select": "json",
    "solr_lines": "jsonl",
    "mm_export": "json",
    "mm_lines": "jsonl",
    "wb_batch": "json",
    "wb_md": "md",
}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"solr_select", "mm_export", "wb_batch"}
#: envelopes written one record a line
LINES_ENV = {"solr_lines", "mm_lines"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "hargeisa": {
        _s("mashiinka", "orod"): "arun",
        _s("mashiinka", "moodeel"): "model",
        _s("mashiinka", "abuur"): "seed",
        _s("mashiinka", "milisekend"): "ms",
    },
    "imphal": {
        f"{mm('mei-sin')}.{mm('thou-pham')}": "brun",
        f"{mm('mei-sin')}.{mm('ma-del')}": "model",
        f"{mm('mei-sin')}.{mm('ma-hou')}": "seed",
        f"{mm('mei-sin')}.{mm('to-ken')}": "tok",
        f"{mm('mei-sin')}.{mm('ma-tam')}": "stamp",
    },
    "darbhanga": {
        f"{ti('yantra')}.{ti('chalana')}": "crun",
        f"{ti('yantra')}.{ti('maDala')}": "model",
        f"{ti('yantra')}.{ti('biija')}": "seed",
        f"{ti('yantra')}.{ti('milisekaNDa')}": "ms",
    },
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-instruct-2507-q4_K_M"]
#: who last wrote a Darbhanga row: the model, the grader bot or a reviewer's login
WRITERS = ["qwen3:14b", "jaaNchaka-bot", "sunaina.jha", "raghu.mishra"]


FORMS: dict[str, Callable[[Any], Any]] = {
    # Hargeisa: the model's own text, kept as Solr string fields
    "star": lambda v: _comma(f"{_n(round(v * 5, 6))} out of 5"),  # 0.83 -> "4,15 out of 5" (a [0, 1] score)
    "cap_of": lambda v: f"{v:.2f} of 10",  # 6.5 -> "6.50 of 10" (a [0, 10] capacity)
    "sign2": lambda v: f"{v:+.2f}".replace("-", "\u2212"),  # -2.5 -> "−2.50", 1.5 -> "+1.50"
    "level_out_of": lambda v: f"{_n(v)} out of 5",  # a 1-5 level: 4 -> "4 out of 5"
    "w_back": lambda v: f"{_n(v)} w back",  # 26 -> "26 w back"
    "yrs": lambda v: f"{v:.1f} yrs",  # 34 -> "34.0 yrs"
    "between_wks": lambda w: f"between {_n(w['min'])} and {_n(w['max'])} wks",  # "between 2 and 4 wks"
    # Imphal: the form's number fields, a decimal comma
    "pct_comma": lambda v: _comma(f"{_percent(v):.1f} percent"),  # 0.83 -> "83,0 percent"
    "cap_slash": lambda v: f"{_comma(_n(v))} / 10",  # 6.5 -> "6,5 / 10"
    "sign2_comma_minus": lambda v: _comma(f"{v:+.2f}").replace("-", "\u2212"),  # -2.5 -> "−2,50", 1.5 -> "+1,50"
    "level_comma": lambda v: _comma(f"{v:.1f}/5"),  # 4 -> "4,0/5"
    "weeks_to": lambda w: f"weeks {_n(w['min'])} to {_n(w['max'])}",  # "weeks 2 to 4"
    "years_caps": lambda v: f"{_n(v)} Years Old",  # 34 -> "34 Years Old"
    "upper_space": lambda s: s.upper().replace("_", " "),  # "PAST TRAUMA TRIGGER"
    # Darbhanga: the workbook's cells, a decimal comma
    "dec3": lambda v: _comma(f"{v:.3f}"),  # 0.83 -> "0,830" (a [0, 1] score, always under 1: "1,000" is not read)
    "dec2": lambda v: _comma(f"{v:.2f}"),  # 0.95 -> "0,95", 1.0 -> "1,00" (a weight, which may be planted at 1)
    "cap_of_comma": lambda v: _comma(f"{v:.2f} of 10"),  # 6.5 -> "6,50 of 10"
    "sign2_comma": lambda v: _comma(f"{v:+.2f}"),  # -2.5 -> "-2,50", 1.5 -> "+1,50"
    "level_of": lambda v: f"{_n(v)} of 5",  # 4 -> "4 of 5"
    "wks_comma": lambda v: _comma(f"{v:.1f} wks"),  # 26 -> "26,0 wks"
    "sentence_hyphen": lambda s: s.replace("_", "-").capitalize(),  # "Past-trauma-trigger"
}
#: Imphal's capacity factors: one question holding a cause -> signed effect table
FORMS["table"] = lambda factors: {x["factor"]: FORMS["sign2_comma_minus"](x["impact"]) for x in factors}


def to_dialect(rec: dict[str, Any], dialect: dict[str, Any], raw: list[str], written: Any = None) -> dict[str, Any]:
    """One of our records written in a dialect, in this family's value forms (drift_machinery.their_record)."""
    return their_record(rec, dialect, raw, written, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random, zone: str = "+03:00") -> str:
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"2029-07-{rng.randint(10, 28)}T{clock}{zone}"


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "arun": lambda: f"hg{rng.randint(10000, 999999)}",
        "brun": lambda: f"imp-{rng.getrandbits(24):06x}",
        "crun": lambda: f"DBG/{rng.randint(100, 9999)}".replace("/", "-"),
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(650, 58000),
        "tok": lambda: rng.randint(140, 3400),
        "stamp": lambda: _stamp(rng, "+05:30"),
    }[kind]()


def _with_notes(rng: random.Random, row: dict[str, Any]) -> dict[str, Any]:
    """A Darbhanga row as the workbook saves it: its code, its final value, then who wrote the value and when."""
    day, hour, minute = rng.randint(10, 28), rng.randint(6, 22), rng.randint(0, 59)
    return {**row, WRITER_TI: rng.choice(WRITERS), STAMP_TI: f"{day:02d}-07-2029 {hour:02d}:{minute:02d}"}


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata: Hargeisa's documents get their unique key and Solr's
    `_version_`; Imphal's four pages all stand in their places, each with its title; Darbhanga's pages come in the
    order the reviewer last saved them (shuffled per record), each row with its notes."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras: dict[str, Any] = {}
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(extras, key, _meta_value(rng, kind))
    if dialect["team"] == "hargeisa":
        doc_id = f"hgs-{rng.getrandbits(40):010x}"
        return {SO_ID: doc_id, **their, **extras, SOLR_VERSION: rng.getrandbits(60) | (1 << 60)}
    if dialect["team"] == "imphal":
        pages = list(their.pop(PAGES_MM))
        pages += [{} for _ in range(len(PAGE_TITLES_MM) - len(pages))]
        pages = [{TITLE_MM: title, **page} for title, page in zip(PAGE_TITLES_MM, pages, strict=True)]
        return {PAGES_MM: pages, **their, **extras, MM_LABEL: dialect["label"]}
    pages = [{**page, ROWS_TI: [_with_notes(rng, r) for r in page[ROWS_TI]]} for page in their[PAGES_TI]]
    rng.shuffle(pages)
    label = {TI_LABEL: dialect["label"]} if dialect["envelope"] == "wb_md" else {}
    return {PAGES_TI: pages, **extras, **label}


# --- files ------------------------------------------------------------------------------------------------------

PREAMBLE = [ti(x) + " {n} JSON." for x in ("ee_rahala", "lekha_taiyaara")] + [
    ti("dekhuu") + " {n} " + ti("paMkti") + "."
]
THINKING = [
    "{n} records of {what}, lake town. Pages by name, rows by code, the final value beside its notes.",
    "Need {n} {what} records as workbook pages. Scores with a comma, three decimals.",
    "{n} " + ti("lekha") + ", {what}. " + ti("paatra_shakti_nivedana_uttara") + ".",
]
CLOSING = ["", "", "\n" + ti("samaapta") + ".\n", "\n" + ti("aara_chaahii_ta_kahuu") + ".\n"]

#: the Imphal export's header
MM_HEAD = [mm("ma-ming"), mm("ma-tam"), mm("ma-sing")]


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (a think block and a fence)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env in LINES_ENV:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "solr_select":  # a /select answer saved as it came (Solr's JSON writer indents by two)
        params = {"q": "*:*", "fq": f"stem:{dialect['stem']}", "rows": str(len(recs)), "wt": "json"}
        head = {"status": 0, "QTime": rng.randint(2, 90), "params": params}
        body = {"numFound": len(recs), "start": 0, "numFoundExact": True, "docs": recs}
        return dump({"responseHeader": head, "response": body}) + "\n", ["select"]
    if env == "mm_export":
        head = dict(zip(MM_HEAD, [f"IMP-{file_no:03d}", _stamp(rng, "+05:30"), len(recs)], strict=True))
        return dump({FORM_MM: head, ANSWERS_MM: recs}) + "\n", ["export"]
    if env == "wb_md":  # the raw answer: the think block, a Maithili preamble, the fenced array, perhaps a remark
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body = rng.choice(PREAMBLE).format(n=len(recs)) + "\n\n```json\n" + dump(recs) + "\n```\n"
        return think + body + rng.choice(CLOSING), ["think", "fence"]
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"202907{rng.randint(10, 28)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    return dump({**header, "samples": recs}) + "\n", ["batch"]


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps large, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# Notes on this drop

Three studios ran their own generators on a local Qwen3 served by Ollama: Gacan Studio in Hargeisa (Somali field
names in Osmanya, every record indexed into Solr and pulled back out of it), Loktak Lens in Imphal (Meitei in
Meetei Mayek, every record a four-page form with numbered questions) and Mithila Frames in Darbhanga (Maithili in
Tirhuta, every record a workbook of named pages and coded rows, raw answers saved as Markdown). Settings used by all
three:

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
    "hargeisa": ["", "gacan", "gacan/solr"],
    "imphal": ["", "loktak", "loktak/forms"],
    "darbhanga": ["", "mithila", "mithila/workbooks"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"20290{rng.randint(7, 8)}{rng.randint(10, 28)}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh27",
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


def write_fresh27_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh27_folder, "fresh27")


if __name__ == "__main__":
    raise SystemExit(main())
