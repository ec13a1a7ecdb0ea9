"""A twenty-fourth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the shared drift machinery and checks, the other drift generators' top docstrings and fresh21's writer and manifest
test were read; the machinery is the shared tests/drift_machinery.py, the habits and the record contents are new):
the seven data types and meanings of curation/domain/spec.yaml, written by three studios nobody here has tuned on,
set in a shipbreaking beach town on a tidal coast (tankers winched ashore at spring tide, torch crews, a scrap market
of ships' brass, a seamen's chapel, salt pans behind the sea wall, a coir-rope walk, an ice plant, a ferry to the
lighthouse island), each with one set of habits for every type:

- Pol Pixel, an Ahmedabad studio with Gujarati-script keys whose review app saves every record as a WORKBOOK OF
  LABELLED PAGES, EACH PAGE A LIST OF LABELLED ROWS: `{"પાનાં": [{"પાનું": "પાત્ર", "હરોળ": [{"ખાનું": "નામ",
  "કિંમત": ...}, ...]}, ...]}`, so a value is found by TWO label steps in one path
  (`પાનાં[પાનું=જવાબ].હરોળ[ખાનું=બોલ].કિંમત`), the pages in the order the reviewer last touched them (shuffled per
  record); every scalar a text, as the app's form fields keep them: scores "82 percent", capacities "6.5 out of
  10", levels "4/5", weeks "3 wks ago", ages "34 year old", payoff windows "between 2 and 4 weeks", signed numbers
  "+0.3", other numbers "0.45"; capacity factors a cause -> impact table in one cell; labels in Title Case with
  hyphens ("Past-Trauma-Trigger", "Mystery-Hook"); typed batches and JSON Lines;
- Kayal Frames, a Kochi studio with Malayalam-script keys in plain groups (`കഥാപാത്രം.പേര്`, `മറുപടി.വാചകം`,
  `മാർക്ക്.ഗുണം`), whose runner saves every raw Qwen3 answer as Markdown and whose prompt never asks for a fence:
  a `<think>` block, then the JSON array AS THE MODEL WROTE IT, WITH NO FENCE AT ALL (docs: "with no fence at all,
  the text is read as a whole"); scores "82%", capacities "6.5/10", relationship levels as floats (4.0, read by
  `coerce_integer`), weeks "26 weeks earlier", payoff windows "2-4 weeks later", labels in lower case with spaces
  ("tone deaf", "past trauma trigger"), irony options a list of items; those answers and typed batches;
- Qamutik Games, an Iqaluit studio with Inuktitut keys in Canadian syllabics whose card editor writes a record as
  a LIST OF CARDS PICKED BY THEIR LABEL (`ᑲᑦᑕᐅᑦ[ᓇᓪᓕᐊ=ᑭᐅᔾᔪᑎ].ᐅᖃᐅᓯᖅ`), and inside a card EVERY LIST OF OURS AS AN
  OBJECT KEYED BY DATA: the capacity factors keyed by their cause (`ᑲᑦᑕᐅᑦ[ᓇᓪᓕᐊ=ᓴᙱᓂᖅ].ᐱᔾᔪᑏᑦ{}` with
  `...ᐱᔾᔪᑏᑦ{}.ᐊᒃᑐᐃᓂᖓ`), the irony options keyed by option type (`ᑲᑦᑕᐅᑦ[ᓇᓪᓕᐊ=ᑭᐅᔾᔪᑎ].ᓂᕈᐊᒃᓴᑦ{}` with
  `...ᓂᕈᐊᒃᓴᑦ{}.ᐅᖃᐅᓯᖅ`), a label step then an object's-values step in one path; scores "8.2 out of 10",
  signed numbers as text with a typographic minus ("−2.5", "+1.5"), ages "34 yrs old", capacities and levels plain,
  labels as ours; an export object (`{"ᐊᐅᓪᓚᖅᑎᑦᑎᓂᖅ": {...}, "ᓴᓇᔭᐅᔪᑦ": [...]}`) and JSON Lines saved as .json.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn take
(`પાછી_ખેંચેલી_લીટી`, `തള്ളിയ_വാചകം`, `ᐊᑐᕐᑕᐅᙱᑦᑐᖅ`), a second judge's mark in the score's own form, a certainty on the
same scale, a sentence count, run metadata (run ids, model tags, sampler seeds, milliseconds, token counts, time
stamps). Each data type has two prompt versions by two of the studios; a seed writes one of them or both in one folder
(one truth map holding both). Every truth line uses the field_map steps docs/interaction-formats.md documents (dotted
paths, "[]", "[key=label]", "{}"); Ahmedabad's lines hold two "[key=label]" steps and Iqaluit's list lines a
"[key=label]" step then a "{}" step: documented steps combined in one path (the docs restrict only "[N]" to being a
line's one list step; no earlier family combined them). Values only in readings the docs list as lossless
("82 percent", "82%", "8.2 out of 10", "6.5 out of 10", "6.5/10", "4/5", 4.0 for a level, "3 wks ago", "26 weeks
earlier", "34 year old", "34 yrs old", "between 2 and 4 weeks", "2-4 weeks later", "+0.3", "−2.5", numbers as text,
a name -> impact table, labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Kochi answers with a `<think>` block and no fence; a README
of the drop (prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records, 22-34, or 92-116
over many files; no two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "supplied 7 units of support",
"lent 7 points of support", "his support amounted to 7", "her support settled at 7"), an excellent target over
X+2, capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option
type / recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights
and types, out-of-range values written as plain numbers, a NaN trust change, a score finished with a word
(uncoercible), a missing answer or another missing required field (a hook's hidden setup, a trust change), low
quality, an authenticity score off its declared target, exact duplicates (a retried call appended again, or a
retried batch repeating a record of the previous file of its prompt version).

    write_fresh22_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh22.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh22.manifest.json)
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

# --- content pools (this writer's own: a shipbreaking beach town on a tidal coast) ---------------------------------

NAMES = [
    "Bhavesh Solanki",
    "Aputi Kilabuk",
    "Aswathy Kunjumon",
    "Jignasha Vaghela",
    "Jaaka Ishulutak",
    "Shibu Thekkekara",
    "Kirtida Makwana",
    "Oleepa Akavak",
    "Reshmi Pallipuram",
    "Harsukh Chavda",
    "Tiivi Nowdlak",
    "Jomon Karikkottil",
    "Nayna Gohil",
    "Meeka Alivaktuk",
    "Sindhu Edappally",
    "Devji Baraiya",
    "Saila Qaqqasiq",
    "Baiju Vypinkara",
]
JOBS = [
    "oxy-torch cutter on the hull gang",
    "hull surveyor for the breaking yard",
    "weighman at the scrap market",
    "asbestos-stripping crew lead",
    "beach winch operator",
    "salt-pan cooperative clerk",
    "keeper of the harbour tide tables",
    "caretaker of the seamen's chapel",
    "coir-rope twister",
    "ice-plant mechanic",
    "ticket clerk at the ferry shed",
    "chai stall owner by the yard gate",
]
PLACES = [
    "plot 41, where the tanker came ashore on the spring tide",
    "the scrap market's row of ships' brass stalls",
    "the seamen's chapel with its salvaged portholes",
    "the salt pans behind the crumbling sea wall",
    "the harbour office with tide tables pinned up",
    "the coir-rope walk under the palm-leaf roof",
    "the fishing cooperative's ice plant",
    "the ferry jetty for the lighthouse island",
]
PRESSURES = [
    ("a torch flare blistered his forearm on the night shift", -2.5),
    ("the yard held back two weeks of cutting wages", -2.0),
    ("the asbestos inspector shut plot 41 without notice", -1.5),
    ("a cough from the paint fumes will not clear", -3.0),
    ("the scrap buyer bounced a cheque for the brass", -2.0),
    ("the ferry skipped the island run for a whole week", -1.0),
    ("the spring tide flooded the lowest salt pan", -0.5),
    ("a ship's bell sold for double at the scrap market", 1.5),
    ("a daughter passed the marine engineering entrance", 1.0),
    ("the chapel choir asked for their voice back on Sunday", 0.5),
]
ASKS = [
    "The player asks them to keep quiet about a cracked gas cylinder on plot 41.",
    "The player needs twenty fathoms of coir rope before the ferry leaves at dawn.",
    "The player wants them to ring the salvaged ship's bell at the chapel feast.",
    "The player asks them to hold the ice plant door for a late fishing boat.",
    "The player asks them to speak to the inspector about the asbestos sheets.",
    "The player needs the brass weights copied from the scrap market ledger.",
    "The player wants them to walk the sea wall at low tide to check a breach.",
    "The player asks them to lend the winch for hauling a lifeboat up the beach.",
]
REPLIES = [
    "A cracked cylinder on 41? The foreman smells a lie before you speak. Tape it, mark it red, and walk away fast.",
    "Twenty fathoms by dawn is a fairy tale. Twelve, and I'll skip my sleep — don't ask me for the other eight.",
    "The bell rings my ears for a week. Once at the feast, and somebody else learns the rope by next Sunday.",
    "The ice door stays open four minutes, not ten. The manager counts the melt on his clipboard.",
    "Talk to the inspector? My brother's yard pass is gone the day I say one word. Find someone without a pass.",
    "Copy the brass weights, fine, but in pencil, and the ledger never leaves this counter.",
    "The sea wall at low tide… I'll carry the lamp. You climb. My knees have done their share of that wall.",
    "Take the winch, cable and all. Just have it back before the next ship comes in, or the owner skins us both.",
]
THOUGHTS = [
    "Say no, and the rope twister gets asked instead; she has never once said no.",
    "The hull cutting rattles every glass on my shelf, and I'm the one forever sweeping shards.",
    "Father had an answer for everything like this. I only ever borrowed his.",
    "Nobody has asked about my own cough in a month, and still the favours come.",
]
SECRETS = [
    "the yard owner paid the inspector to pass plot 41's asbestos report",
    "the scrap buyer who vanished is the harbour master's nephew",
    "the chapel choir lost its lead voice because he was never paid",
    "the old salt pan was filled in to hide a drowned handcart",
    "the ferry company sells the cooperative's ice to the city market",
    "the tide-table keeper pockets the berth fees into a chit fund",
]
BELIEFS = [
    "the asbestos report on plot 41 was checked honestly",
    "the vanished scrap buyer is a stranger from up the coast",
    "the lead voice left the choir to sing on the radio",
    "the old salt pan silted up on its own years ago",
    "the ferry company buys the cooperative's ice at a fair price",
    "the berth fees pay for the new harbour lamps",
]
TONE_DEAF = [
    "Reports, reports — did you see the tanker's propeller? Each blade is taller than two grown men.",
    "The yard is dull. Tell me again about the captain and his cap.",
    "Forget the papers, the fried fish is getting cold and the crows are circling.",
    "My aunt says worrying rusts you quicker than sea air, so I simply don't.",
]
MISGUIDED = [
    "It's a clerk's error, that's all. No inspector would sign his name to a lie.",
    "A box of sweets to the owner at Diwali and the whole thing will melt away.",
    "I'll storm the harbour office this afternoon and demand to see the file myself.",
    "Count yourself lucky the yard pays; the next village lives on fish alone.",
]
GROWTH = [
    "I can't see the whole shape of it yet, but I'm staying right here while we find out.",
    "If there's rot under this, I'd sooner dig it out beside you than hear it in the market.",
    "You look wrung dry. Give me whatever pieces you have and we'll choose the next step together.",
    "I might get it wrong at first; say it slowly and this time I'll truly listen.",
]
HOOK_LINES = [
    "The inspector's stamp on plot 41 is from the wrong year. Come back after the feast and I'll show you.",
    "Ask the harbour master where his nephew sleeps on market nights. Not yet — wait a little.",
    "Our lead voice never sang on any radio. He's two villages north, and he remembers who owes him.",
    "Under the old salt pan there's a second layer of bricks. Someone laid them in a great hurry.",
    "The label on the city ice crates is new. The ice inside is ours, block for block.",
    "The chit fund collects on Fridays. Count the tide keeper's berth slips on a Thursday sometime.",
]
SECRET_SETUPS = [
    "The asbestos report for plot 41 was signed after a bribe from the yard owner.",
    "The vanished scrap buyer is the harbour master's nephew, paid to disappear.",
    "The lead voice walked out of the choir over a year of unpaid feasts.",
    "A drowned handcart and its driver lie under the filled-in salt pan.",
    "The ferry company relabels the cooperative's ice and keeps the margin.",
    "The tide-table keeper feeds berth fees into a chit fund he runs himself.",
]
HINTS = [
    "A stamp whose year has been scratched and written over.",
    "The harbour master's wife wearing new gold bangles at the feast.",
    "A letter from the lead voice asking for his unpaid wages.",
    "Fresh mortar between two rows of old brick at the salt pan's edge.",
    "A city label pasted over a cooperative stencil on an ice crate.",
    "Berth slips that end on the same number two Fridays running.",
]
NOW = [
    "The player hums an old chapel hymn while coiling a length of rope.",
    "The noon siren wails from the breaking yard.",
    "The smell of hot metal drifts over from plot 41.",
    "The player hands over a brass porthole salvaged from the chapel wall.",
    "Someone at the jetty whistles the way their father used to.",
    "Rain drums on the ice plant's tin roof after a dry month.",
]
PAST = [
    "their father teaching them to read the tide tables",
    "the year a tanker's anchor chain snapped on the beach",
    "a night spent hiding in the chapel during a cyclone",
    "the first rope they ever twisted, given away to a sailor",
    "watching a lifeboat burn when a torch slipped",
    "the morning their brother left on the first ferry to the city",
]
EMOTIONS = [
    "rust-coloured pride",
    "grudging softness",
    "scalded shame",
    "a small fierce gladness",
    "slow-rising dread",
    "grief gone slack",
    "a pull toward the old shore",
]
RECALL = [
    "That hymn… the old sexton sang it while he polished the portholes. I haven't heard it since the roof fell.",
    "Noon siren, and I'm seven again, on Father's shoulders, counting ships on the horizon.",
    "Hot metal always meant a tanker was opening up and there'd be wages for a month.",
    "This porthole hung in the chapel the night we hid there. It still smells of lamp oil.",
    "He whistled just like that when he came off the ferry. Give me a moment.",
    "The first rain on that roof made the whole ice plant ring. I'd forgotten.",
]
SCENES = [
    "On the packed dawn ferry a stranger settles onto their usual bench.",
    "The player turns up without the fried fish they swore to bring.",
    "A squall blows in and the chapel feast is called off an hour before it starts.",
    "Another rope twister at the market is selling their own knot as hers.",
    "The player asks them to take a rope and help drag the lifeboat up the shingle.",
    "A cousin on a Gulf tanker sends a letter with a photograph inside.",
]
TRAIT_LINES = [
    "Let the poor man sit. I'll lean on the rail — the sea's lovely from here anyway.",
    "Cable first, then hook, then chain, then the pin. I've chalked it on the door. Six o'clock, not a minute after.",
    "Give me that rope! Front of the line is mine — come on, all of you, pull!",
    "Oh, the fish? It's nothing, really, I wasn't hungry. Please — don't trouble yourself over me.",
    "Of course it storms on feast day. The sky has it in for me, I swear it does.",
    "She sells my knot… yet her last loop runs the other way. Clever. I'd never have thought of it.",
]
EXPRESS = [
    "Warm, easy agreeableness lets the stolen bench slide without a grudge.",
    "A careful, dutiful streak lists the winch steps and fixes the start time.",
    "An outgoing rush claims the lead rope before anyone else can move.",
    "A meek, giving nature swallows the letdown and apologises for having minded.",
    "A jumpy, anxious temper reads the storm as aimed at them personally.",
    "Curiosity about the reversed loop wins out over hurt pride: openness at work.",
]
ACTIONS = [
    "The player brings ginger broth while they lie sick with the paint-fume cough.",
    "The player never turns up for the choir practice they promised.",
    "The player helps them drag a cracked ship's door onto the handcart.",
    "The player reads the letters in their sea chest without asking.",
    "The player apologises for mocking their accent at the jetty.",
    "The player teases them about their oversized welding mask.",
]
RETORTS = [
    "Broth with pepper and ginger, just how my grandmother cooked it. You remembered that?",
    "Everyone stood waiting. I croaked your part myself, and badly.",
    "My back will grumble all week. Still — thank you, really.",
    "That chest is private. Shut the lid and leave, please.",
    "All right. What was said at the jetty can stay at the jetty.",
    "This from someone who wears sandals into a scrap yard!",
]
WHYS = [
    "Sitting with someone through a long cough earns real trust, and the soft reply shows it was felt.",
    "A broken promise about practice dents trust; the reply sounds more wounded than angry.",
    "Hauling a heavy door together when it mattered wins a clear, steady gain in trust.",
    "Going through a private sea chest is a breach; the clipped reply closes the matter.",
    "A plain apology wins back part of the trust but does not unsay the mockery.",
    "Joking between friends lands as affection, so trust edges a little higher.",
]
PROSE = [
    "Aswathy sets down the rope and looks past you at the beach. “One coil. That's all my hands can promise.”",
    "He laughs, agrees to everything, and goes silent the moment the yard gate clangs shut behind you.",
    "She listens, says nothing, and draws a small anchor in the salt on the bench with one finger.",
    "The winch operator shakes his head. “After the tide turns. Before that, I'd only slow you down.”",
    "Harsukh folds the inspection copy twice and slides it back. “Not tonight, forgive me.”",
]
MEMREF = [
    "the night in the chapel during the cyclone",
    "a promise made on the ferry's top deck",
    "the year the anchor chain snapped",
    "their first week on the rope walk",
    "a photo tucked behind the chai stall's kettle",
]
TENSION_NOTES = [
    "Keep the bribe offstage; the scene reveals nothing yet.",
    "Let the gap ache; the character never catches on in this scene.",
]
UNKNOWN_COMPLEXITY = ["torch_glare_fatigue", "tide_clock_dread", "scrap_haggle_pride", "chapel_bell_guilt"]
UNKNOWN_HOOKS = ["rivet_whisper", "ballast_riddle", "tide_mark_tease"]
UNKNOWN_RESONANCE = ["rust_smell_echo", "foghorn_twinge", "salt_crust_recall"]
UNKNOWN_OPTIONS = ["shrug_and_scrap", "brass_bell_bluster", "tidewater_sulk"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "above" if need > x2 else "below"
    return f"Running at {eff:g} today, the reach ends near {x2:g}; what is asked is {need:g}, {side} that line."


#: this family's shipbreaking town, drawn by the shared record makers (tests/drift_machinery.py)
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="A {job} near {place}, ragged ever since {factor}.",
    character_knows="So far as the character knows, {belief}.",
    irony_scenario="At {place}, word spreads that another tanker is due on the next spring tide.",
    tension_context="{Place}, after the last ferry has gone; the player lingers.",
    memory_description="Thinking back to {past}, before the yard took over the beach.",
    multi_background="Grew up in a cutter's hut above the tideline and never left the coast; works near {place}.",
    multi_situation="{name} is locking up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs, units and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Between two tides he supplied {g} units of support, more than the torch gang had spare.",
    "She lent {g} points of support to the salt-pan crew and slept on the jetty after.",
    "Tallied at the chapel door, his support amounted to {g}, every bit of it borrowed.",
    "By the ferry's last run her support settled at {g}, far past what she had left.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["fair", "iffy", "grand", "so-so"]

#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. Ahmedabad's values are
# picked by page label then row label, Iqaluit's by card label (its lists of ours as objects keyed by data: "{}").

#: Ahmedabad's workbook: the pages, a page's label, its rows, a row's label, the row's value
PAGES = "પાનાં"
PAGE = "પાનું"
ROWS = "હરોળ"
FIELD = "ખાનું"
VALUE = "કિંમત"
P_WHO = "પાત્ર"  # the character
P_POWER = "બળ"  # strength
P_ASK = "પ્રસંગ"  # the occasion
P_SAY = "જવાબ"  # the answer
P_MARK = "ગુણ"  # marks
P_PAST = "સ્મૃતિ"  # the memory
P_HOOK = "ગલ"  # the hook
P_NATURE = "સ્વભાવ"  # temperament
P_AFTER = "પરિણામ"  # outcomes
P_RUN = "યંત્ર"  # the pipeline


def _g(page: str, row: str) -> str:
    """An Ahmedabad path: the value of row `row` on page `page`."""
    return f"{PAGES}[{PAGE}={page}].{ROWS}[{FIELD}={row}].{VALUE}"


#: Iqaluit's cards: the list, a card's label
CARDS = "ᑲᑦᑕᐅᑦ"
CARD = "ᓇᓪᓕᐊ"
C_WHO = "ᐃᓄᒃ"  # the person
C_POWER = "ᓴᙱᓂᖅ"  # strength
C_ASK = "ᑐᒃᓯᕋᐅᑎ"  # the request
C_SAY = "ᑭᐅᔾᔪᑎ"  # the answer
C_MARK = "ᖃᐅᔨᓴᕐᓂᖅ"  # the review
C_HOOK = "ᓂᒃᓯᒃ"  # the hook
C_NATURE = "ᐃᓱᒪᖓ"  # temperament
C_AFTER = "ᐱᐊᓂᒃᓯᓂᖅ"  # outcomes
C_MACHINE = "ᖃᕆᓴᐅᔭᖅ"  # the pipeline


def _q(card: str, word: str) -> str:
    """An Iqaluit path: `word` on the card labelled `card`."""
    return f"{CARDS}[{CARD}={card}].{word}"


#: Kochi's groups
G_WHO = "കഥാപാത്രം"
G_POWER = "ശേഷി"
G_SCENE = "സന്ദർഭം"
G_REPLY = "മറുപടി"
G_MARK = "മാർക്ക്"
G_PAST = "ഓർമ്മ"
G_HOOK = "ചൂണ്ട"

OCEAN_GU = ["નવીનતા", "ચીવટ", "મિલનસારપણું", "સહૃદયતા", "અજંપો"]
OCEAN_IU = ["ᐅᒃᑯᐃᓯᒪᓂᖅ", "ᐋᖅᑭᒃᓯᒪᓂᖅ", "ᐅᖃᖅᑕᕐᓂᖅ", "ᓴᐃᒻᒪᓂᖅ", "ᑲᒪᓪᓗᐊᕐᓂᖅ"]

_GU_DECOYS = [
    (_g(P_MARK, "બીજા_નિર્ણાયકના_ગુણ"), "judge2", "pct_word"),
    (_g(P_MARK, "ખાતરી"), "conf", "pct_word"),
    (_g(P_SAY, "વાક્યોની_ગણતરી"), "count", None),
]
_ML_DECOYS = [
    (f"{G_MARK}.രണ്ടാം_വിധികർത്താവ്", "judge2", "pct"),
    (f"{G_MARK}.ഉറപ്പ്", "conf", "pct"),
    (f"{G_REPLY}.വാക്യങ്ങളുടെ_എണ്ണം", "count", None),
]
_IU_DECOYS = [
    (_q(C_MARK, "ᐊᐃᑉᐸᖓᑕ_ᓇᓕᒧᒃᓴᖅᑕᖓ"), "judge2", "outof10s"),
    (_q(C_MARK, "ᖃᐅᔨᒪᓪᓚᕆᓐᓂᖅ"), "conf", "outof10s"),
    (_q(C_SAY, "ᐅᖃᐅᓰᑦ_ᓈᓴᐅᑎᖏᑦ"), "count", None),
]
_GU_TAKE = (_g(P_SAY, "પાછી_ખેંચેલી_લીટી"), "turned_down", None)
_ML_TAKE = (f"{G_REPLY}.തള്ളിയ_വാചകം", "turned_down", None)
_IU_TAKE = (_q(C_SAY, "ᐊᑐᕐᑕᐅᙱᑦᑐᖅ"), "turned_down", None)

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_ahmedabad": {  # Gujarati workbook, "6.5 out of 10", "82 percent", factors a cause -> impact table
        "team": "ahmedabad",
        "envelope": "gu_batch",
        "stem": "emotional_authenticity_polpixel_sheet",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _g(P_WHO, "નામ"), None),
            ("context", _g(P_WHO, "પૂર્વભૂમિકા"), None),
            ("base_capacity", _g(P_POWER, "મૂળ_શક્તિ"), "outof10"),
            ("capacity_factors", _g(P_POWER, "દબાણો"), "table"),
            ("effective_capacity", _g(P_POWER, "આજની_શક્તિ"), "outof10"),
            ("capacity_level", _g(P_POWER, "સ્તર"), "title_hyphen"),
            ("situation", _g(P_ASK, "સંજોગ"), None),
            ("support_level_needed", _g(P_ASK, "જોઈતી_મદદ"), "outof10"),
            ("authenticity_target", _g(P_ASK, "લક્ષ્ય"), "title_hyphen"),
            ("complexity_type", _g(P_ASK, "ગૂંચ"), None),
            ("character_response", _g(P_SAY, "બોલ"), None),
            ("internal_thought", _g(P_SAY, "મનમાં"), None),
            ("demonstrates_constraint", _g(P_SAY, "મર્યાદા"), None),
            ("support_provided", _g(P_SAY, "આપેલી_મદદ"), "outof10"),
            ("authenticity_score", _g(P_MARK, "સાચાપણું"), "pct_word"),
        ],
        "decoys": [_GU_TAKE, *_GU_DECOYS],
    },
    "ea_iqaluit": {  # syllabics cards, factors keyed by cause inside the strength card, "8.2 out of 10"
        "team": "iqaluit",
        "envelope": "iu_export",
        "stem": "emotional_authenticity_qamutik_cards",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _q(C_WHO, "ᐊᑎᖓ"), None),
            ("context", _q(C_WHO, "ᐃᓅᓯᖓ"), None),
            ("base_capacity", _q(C_POWER, "ᐱᒋᐊᕐᓂᖓ"), None),
            ("capacity_factors[].factor", _q(C_POWER, "ᐱᔾᔪᑏᑦ{}"), None),
            ("capacity_factors[].impact", _q(C_POWER, "ᐱᔾᔪᑏᑦ{}.ᐊᒃᑐᐃᓂᖓ"), "tminus"),
            ("effective_capacity", _q(C_POWER, "ᐅᓪᓗᒥ"), None),
            ("capacity_level", _q(C_POWER, "ᖃᓄᑎᒋ"), None),
            ("situation", _q(C_ASK, "ᖃᓄᐃᓕᖓᓂᖓ"), None),
            ("support_level_needed", _q(C_ASK, "ᐃᑲᔪᖅᑕᐅᒋᐊᖃᕐᓂᖓ"), None),
            ("authenticity_target", _q(C_ASK, "ᑐᕌᒐᖅ"), None),
            ("complexity_type", _q(C_ASK, "ᐊᒃᑐᐊᓂᖃᕐᓂᖅ"), None),
            ("character_response", _q(C_SAY, "ᐅᖃᐅᓯᖅ"), None),
            ("internal_thought", _q(C_SAY, "ᐃᓱᒪᒋᔭᖓ"), None),
            ("demonstrates_constraint", _q(C_SAY, "ᑭᒡᓕᖓ"), None),
            ("support_provided", _q(C_SAY, "ᐃᑲᔪᖅᓯᒪᓂᖓ"), None),
            ("authenticity_score", _q(C_MARK, "ᓱᓕᓂᖓ"), "outof10s"),
        ],
        "decoys": [_IU_TAKE, *_IU_DECOYS],
    },
    "di_iqaluit": {  # syllabics cards, options keyed by option type inside the answer card
        "team": "iqaluit",
        "envelope": "iu_lines",
        "stem": "dramatic_irony_qamutik_lines",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _q(C_WHO, "ᐊᑎᖓ"), None),
            ("character_knows", _q(C_WHO, "ᐅᒃᐱᕆᔭᖓ"), None),
            ("character_capacity", _q(C_POWER, "ᐅᓪᓗᒥ"), None),
            ("scenario", _q(C_ASK, "ᖃᓄᐃᓕᖓᓂᖓ"), None),
            ("player_knows", _q(C_ASK, "ᐱᙳᐊᖅᑎᐅᑉ_ᖃᐅᔨᒪᔭᖓ"), None),
            ("knowledge_gap_score", _q(C_ASK, "ᖃᐅᔨᒪᓂᐅᑉ_ᐊᐅᓪᓚᖅᑕᐅᓂᖓ"), "outof10s"),
            ("response_options[].type", _q(C_SAY, "ᓂᕈᐊᒃᓴᑦ{}"), None),
            ("response_options[].dialogue", _q(C_SAY, "ᓂᕈᐊᒃᓴᑦ{}.ᐅᖃᐅᓯᖅ"), None),
            ("response_options[].relationship_impact", _q(C_SAY, "ᓂᕈᐊᒃᓴᑦ{}.ᐊᒃᑐᐃᓂᖓ"), "tminus"),
            ("recommended_option", _q(C_SAY, "ᓈᒻᒪᒃᑐᖅ"), None),
            ("dramatic_irony_score", _q(C_MARK, "ᐃᓚᐅᖅᑐᖅᑕᐅᓂᖅ"), "outof10s"),
            ("tension_notes", _q(C_MARK, "ᐅᓂᒃᑳᖅᑎᐅᑉ_ᑎᑎᕋᖅᓯᒪᔭᖓ"), None),
        ],
        "decoys": [_IU_TAKE, *_IU_DECOYS],
    },
    "di_kochi": {  # Malayalam groups, no-fence answers, "82%", "6.5/10", options a list
        "team": "kochi",
        "envelope": "ml_md",
        "stem": "dramatic_irony_kayalframes_answer",
        "label": "dramatic_irony",
        "map": [
            ("character_name", f"{G_WHO}.പേര്", None),
            ("character_knows", f"{G_WHO}.വിശ്വസിക്കുന്നത്", None),
            ("character_capacity", f"{G_POWER}.ഇന്നത്തെ", "slash10"),
            ("scenario", f"{G_SCENE}.വിവരണം", None),
            ("player_knows", f"{G_SCENE}.കളിക്കാരനറിയാവുന്നത്", None),
            ("knowledge_gap_score", f"{G_SCENE}.അറിവിന്റെ_വിടവ്", "pct"),
            ("response_options", f"{G_REPLY}.വഴികൾ", "list"),
            ("response_options[].type", f"{G_REPLY}.വഴികൾ[].തരം", "lower_space"),
            ("response_options[].dialogue", f"{G_REPLY}.വഴികൾ[].വാചകം", None),
            ("response_options[].relationship_impact", f"{G_REPLY}.വഴികൾ[].ബന്ധത്തിലെ_മാറ്റം", None),
            ("recommended_option", f"{G_REPLY}.ഉചിതമായത്", "lower_space"),
            ("dramatic_irony_score", f"{G_MARK}.വിരോധാഭാസം", "pct"),
            ("tension_notes", f"{G_MARK}.സംവിധായകക്കുറിപ്പ്", None),
        ],
        "decoys": [_ML_TAKE, *_ML_DECOYS],
    },
    "tb_kochi": {  # Malayalam groups, "2-4 weeks later", levels as floats
        "team": "kochi",
        "envelope": "ml_batch",
        "stem": "tension_building_kayalframes_batch",
        "label": "tension_building",
        "map": [
            ("character_name", f"{G_WHO}.പേര്", None),
            ("relationship_level", f"{G_WHO}.അടുപ്പം", "fl"),
            ("context", f"{G_SCENE}.വിവരണം", None),
            ("hook_type", f"{G_HOOK}.തരം", "lower_space"),
            ("setup", f"{G_HOOK}.ഒളിപ്പിച്ചത്", None),
            ("payoff_window_weeks", f"{G_HOOK}.വെളിപ്പെടുന്ന_കാലം", "later"),
            ("payoff_hint", f"{G_HOOK}.സൂചന", None),
            ("dialogue", f"{G_REPLY}.വാചകം", None),
            ("tension_score", f"{G_MARK}.ആകാംക്ഷ", "pct"),
            ("hook_effectiveness", f"{G_MARK}.ചൂണ്ടയുടെ_മൂർച്ച", "pct"),
        ],
        "decoys": [_ML_TAKE, *_ML_DECOYS],
    },
    "tb_ahmedabad": {  # Gujarati workbook, "between 2 and 4 weeks", "4/5"
        "team": "ahmedabad",
        "envelope": "gu_lines",
        "stem": "tension_building_polpixel_rows",
        "label": "tension_building",
        "map": [
            ("character_name", _g(P_WHO, "નામ"), None),
            ("relationship_level", _g(P_WHO, "નિકટતા"), "lvl5"),
            ("context", _g(P_ASK, "સંજોગ"), None),
            ("hook_type", _g(P_HOOK, "પ્રકાર"), "title_hyphen"),
            ("setup", _g(P_HOOK, "છુપી_વાત"), None),
            ("payoff_window_weeks", _g(P_HOOK, "ખુલવાનો_ગાળો"), "between"),
            ("payoff_hint", _g(P_HOOK, "અણસાર"), None),
            ("dialogue", _g(P_SAY, "બોલ"), None),
            ("tension_score", _g(P_MARK, "તાણ"), "pct_word"),
            ("hook_effectiveness", _g(P_MARK, "ગલની_ધાર"), "pct_word"),
        ],
        "decoys": [_GU_TAKE, *_GU_DECOYS],
    },
    "mr_ahmedabad": {  # Gujarati workbook, "3 wks ago", Title-Hyphen resonance types
        "team": "ahmedabad",
        "envelope": "gu_batch",
        "stem": "memory_resonance_polpixel_sheet",
        "label": "memory_resonance",
        "map": [
            ("character_name", _g(P_WHO, "નામ"), None),
            ("current_situation", _g(P_ASK, "સંજોગ"), None),
            ("memory.description", _g(P_PAST, "શું_બન્યું"), None),
            ("memory.emotion", _g(P_PAST, "લાગણી"), None),
            ("memory.weeks_ago", _g(P_PAST, "કેટલા_સમય_પહેલાં"), "wks_ago"),
            ("resonance_type", _g(P_PAST, "પડઘો"), "title_hyphen"),
            ("resonance_weight", _g(P_PAST, "વજન"), "txt"),
            ("character_response", _g(P_SAY, "બોલ"), None),
            ("resonance_score", _g(P_MARK, "પડઘાના_ગુણ"), "pct_word"),
        ],
        "decoys": [_GU_TAKE, *_GU_DECOYS],
    },
    "mr_kochi": {  # Malayalam groups, no-fence answers, "26 weeks earlier", lower-case labels
        "team": "kochi",
        "envelope": "ml_md",
        "stem": "memory_resonance_kayalframes_answer",
        "label": "memory_resonance",
        "map": [
            ("character_name", f"{G_WHO}.പേര്", None),
            ("current_situation", f"{G_SCENE}.വിവരണം", None),
            ("memory.description", f"{G_PAST}.എന്തുണ്ടായി", None),
            ("memory.emotion", f"{G_PAST}.വികാരം", None),
            ("memory.weeks_ago", f"{G_PAST}.എത്ര_മുമ്പ്", "wk_earlier"),
            ("resonance_type", f"{G_PAST}.പ്രതിധ്വനി", "lower_space"),
            ("resonance_weight", f"{G_PAST}.ഭാരം", "pct"),
            ("character_response", f"{G_REPLY}.വാചകം", None),
            ("resonance_score", f"{G_MARK}.പ്രതിധ്വനിയുടെ_മാർക്ക്", "pct"),
        ],
        "decoys": [_ML_TAKE, *_ML_DECOYS],
    },
    "pt_iqaluit": {  # syllabics cards, OCEAN on the temperament card
        "team": "iqaluit",
        "envelope": "iu_export",
        "stem": "personality_traits_qamutik_cards",
        "label": "personality_traits",
        "map": [
            ("character_name", _q(C_WHO, "ᐊᑎᖓ"), None),
            ("scenario", _q(C_ASK, "ᖃᓄᐃᓕᖓᓂᖓ"), None),
            *[(f"ocean.{t}", _q(C_NATURE, c), None) for t, c in zip(OCEAN, OCEAN_IU, strict=True)],
            ("dialogue", _q(C_SAY, "ᐅᖃᐅᓯᖅ"), None),
            ("trait_expression", _q(C_SAY, "ᐃᓱᒪᖓᓂᒃ_ᓇᓗᓇᐃᖅᓯᓂᖅ"), None),
            ("quality_score", _q(C_MARK, "ᐱᐅᓂᖓ"), "outof10s"),
        ],
        "decoys": [_IU_TAKE, *_IU_DECOYS],
    },
    "pt_ahmedabad": {  # Gujarati workbook, OCEAN on the temperament page, numbers as text
        "team": "ahmedabad",
        "envelope": "gu_lines",
        "stem": "personality_traits_polpixel_rows",
        "label": "personality_traits",
        "map": [
            ("character_name", _g(P_WHO, "નામ"), None),
            ("scenario", _g(P_ASK, "સંજોગ"), None),
            *[(f"ocean.{t}", _g(P_NATURE, c), "txt") for t, c in zip(OCEAN, OCEAN_GU, strict=True)],
            ("dialogue", _g(P_SAY, "બોલ"), None),
            ("trait_expression", _g(P_SAY, "સ્વભાવની_સમજ"), None),
            ("quality_score", _g(P_MARK, "ગુણવત્તા"), "pct_word"),
        ],
        "decoys": [_GU_TAKE, *_GU_DECOYS],
    },
    "rs_kochi": {  # Malayalam groups, levels as floats
        "team": "kochi",
        "envelope": "ml_batch",
        "stem": "relationship_scoring_kayalframes_batch",
        "label": "relationship_scoring",
        "map": [
            ("character_name", f"{G_WHO}.പേര്", None),
            ("relationship_level", f"{G_WHO}.അടുപ്പം", "fl"),
            ("player_action", f"{G_SCENE}.കളിക്കാരന്റെ_നീക്കം", None),
            ("interaction_type", f"{G_SCENE}.കൂടിക്കാഴ്ചയുടെ_തരം", None),
            ("character_response", f"{G_REPLY}.വാചകം", None),
            ("rationale", f"{G_MARK}.ന്യായം", None),
            ("relationship_score", f"{G_MARK}.ബന്ധം", "pct"),
            ("trust_change", f"{G_MARK}.വിശ്വാസമാറ്റം", None),
            ("quality_score", f"{G_MARK}.ഗുണം", "pct"),
        ],
        "decoys": [(f"{G_MARK}.തള്ളിയ_ന്യായം", "turned_down", None), *_ML_DECOYS],
    },
    "rs_iqaluit": {  # syllabics cards, "8.2 out of 10", trust "−0.45"
        "team": "iqaluit",
        "envelope": "iu_lines",
        "stem": "relationship_scoring_qamutik_lines",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _q(C_WHO, "ᐊᑎᖓ"), None),
            ("relationship_level", _q(C_WHO, "ᖃᓂᒋᔭᐅᓂᖓ"), None),
            ("player_action", _q(C_ASK, "ᐱᙳᐊᖅᑎᐅᑉ_ᐱᓯᒪᔭᖓ"), None),
            ("interaction_type", _q(C_ASK, "ᑲᑎᒪᓂᐅᑉ_ᖃᓄᐃᓕᖓᓂᖓ"), None),
            ("character_response", _q(C_SAY, "ᐅᖃᐅᓯᖅ"), None),
            ("rationale", _q(C_MARK, "ᐱᔾᔪᑎᖓ"), None),
            ("relationship_score", _q(C_MARK, "ᐃᓚᒌᓐᓂᖅ"), "outof10s"),
            ("trust_change", _q(C_MARK, "ᐅᒃᐱᕈᓱᓐᓂᐅᑉ_ᐊᓯᔾᔨᕐᓂᖓ"), "tminus"),
            ("quality_score", _q(C_MARK, "ᐱᐅᓂᖓ"), "outof10s"),
        ],
        "decoys": [(_q(C_MARK, "ᐱᔾᔪᑎᖓ_ᐊᑐᕐᑕᐅᙱᑦᑐᖅ"), "turned_down", None), *_IU_DECOYS],
    },
    "ms_iqaluit": {  # syllabics cards, the whole NPC card, factors keyed by cause, "34 yrs old"
        "team": "iqaluit",
        "envelope": "iu_export",
        "stem": "multi_step_qamutik_cards",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _q(C_WHO, "ᐊᑎᖓ"), None),
            ("npc_profile.age", _q(C_WHO, "ᐅᑭᐅᖏᑦ"), "yrs_old"),
            ("npc_profile.occupation", _q(C_WHO, "ᐃᖅᑲᓇᐃᔮᖓ"), None),
            ("npc_profile.background", _q(C_WHO, "ᐃᓅᓯᖓ"), None),
            ("npc_emotional_state.base_capacity", _q(C_POWER, "ᐱᒋᐊᕐᓂᖓ"), None),
            ("npc_emotional_state.capacity_factors[].factor", _q(C_POWER, "ᐱᔾᔪᑏᑦ{}"), None),
            ("npc_emotional_state.capacity_factors[].impact", _q(C_POWER, "ᐱᔾᔪᑏᑦ{}.ᐊᒃᑐᐃᓂᖓ"), "tminus"),
            ("npc_emotional_state.effective_capacity", _q(C_POWER, "ᐅᓪᓗᒥ"), None),
            ("npc_emotional_state.current_emotion", _q(C_POWER, "ᐃᒃᐱᒍᓱᓐᓂᖓ"), None),
            ("interaction_context.capacity_level", _q(C_POWER, "ᖃᓄᑎᒋ"), None),
            *[(f"npc_ocean_personality.{t}", _q(C_NATURE, c), None) for t, c in zip(OCEAN, OCEAN_IU, strict=True)],
            ("interaction_context.situation", _q(C_ASK, "ᖃᓄᐃᓕᖓᓂᖓ"), None),
            ("interaction_context.player_request", _q(C_ASK, "ᑐᒃᓯᕋᐅᑎᖓ"), None),
            ("interaction_context.support_needed", _q(C_ASK, "ᐃᑲᔪᖅᑕᐅᒋᐊᖃᕐᓂᖓ"), None),
            ("interaction_context.complexity_type", _q(C_ASK, "ᐊᒃᑐᐊᓂᖃᕐᓂᖅ"), None),
            ("interaction_context.authenticity_target", _q(C_ASK, "ᑐᕌᒐᖅ"), None),
            ("tension_memory.hook_type", _q(C_HOOK, "ᖃᓄᐃᓘᓂᖓ"), None),
            ("tension_memory.memory_reference", _q(C_HOOK, "ᐃᖅᑲᐅᒪᔾᔪᑎ"), None),
            ("npc_card_narrative.dialogue_prose", _q(C_SAY, "ᐅᓂᒃᑳ"), None),
            ("game_outcomes.trust_change", _q(C_AFTER, "ᐅᒃᐱᕈᓱᓐᓂᐅᑉ_ᐊᓯᔾᔨᕐᓂᖓ"), "tminus"),
            ("game_outcomes.relationship_change", _q(C_AFTER, "ᐃᓚᒌᓐᓂᐅᑉ_ᐊᓯᔾᔨᕐᓂᖓ"), "tminus"),
            ("game_outcomes.capacity_after", _q(C_AFTER, "ᓴᙱᓂᖓ_ᑭᖑᓂᐊᒍᑦ"), None),
            ("training_metadata.authenticity_score", _q(C_MARK, "ᓱᓕᓂᖓ"), "outof10s"),
            ("training_metadata.quality_score", _q(C_MARK, "ᐱᐅᓂᖓ"), "outof10s"),
            ("training_metadata.complexity_type", _q(C_MACHINE, "ᐊᒃᑐᐊᓂᖃᕐᓂᖅ"), None),
            ("training_metadata.pipeline_version", _q(C_MACHINE, "ᓴᓇᔭᐅᓂᐅᑉ_ᑲᑎᖅᓱᐃᓂᖓ"), None),
            ("training_metadata.master_truths_version", _q(C_MACHINE, "ᐱᖁᔭᐃᑦ_ᑲᑎᖅᓱᐃᓂᖓ"), None),
            ("training_metadata.generated_at", _q(C_MACHINE, "ᓴᓇᔭᐅᔪᖅ"), None),
        ],
        "decoys": [(_q(C_SAY, "ᐅᓂᒃᑳ_ᐊᑐᕐᑕᐅᙱᑦᑐᖅ"), "turned_down", None), *_IU_DECOYS],
    },
    "ms_ahmedabad": {  # Gujarati workbook, the whole NPC card over ten pages, "34 year old"
        "team": "ahmedabad",
        "envelope": "gu_batch",
        "stem": "multi_step_polpixel_sheet",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _g(P_WHO, "નામ"), None),
            ("npc_profile.age", _g(P_WHO, "ઉંમર"), "year_old"),
            ("npc_profile.occupation", _g(P_WHO, "વ્યવસાય"), None),
            ("npc_profile.background", _g(P_WHO, "પૂર્વભૂમિકા"), None),
            ("npc_emotional_state.base_capacity", _g(P_POWER, "મૂળ_શક્તિ"), "outof10"),
            ("npc_emotional_state.capacity_factors", _g(P_POWER, "દબાણો"), "table"),
            ("npc_emotional_state.effective_capacity", _g(P_POWER, "આજની_શક્તિ"), "outof10"),
            ("npc_emotional_state.current_emotion", _g(P_POWER, "મનોદશા"), None),
            ("interaction_context.capacity_level", _g(P_POWER, "સ્તર"), "title_hyphen"),
            *[(f"npc_ocean_personality.{t}", _g(P_NATURE, c), "txt") for t, c in zip(OCEAN, OCEAN_GU, strict=True)],
            ("interaction_context.situation", _g(P_ASK, "સંજોગ"), None),
            ("interaction_context.player_request", _g(P_ASK, "માગણી"), None),
            ("interaction_context.support_needed", _g(P_ASK, "જોઈતી_મદદ"), "outof10"),
            ("interaction_context.complexity_type", _g(P_ASK, "ગૂંચ"), None),
            ("interaction_context.authenticity_target", _g(P_ASK, "લક્ષ્ય"), "title_hyphen"),
            ("tension_memory.hook_type", _g(P_HOOK, "પ્રકાર"), "title_hyphen"),
            ("tension_memory.memory_reference", _g(P_HOOK, "યાદનો_તાર"), None),
            ("npc_card_narrative.dialogue_prose", _g(P_SAY, "વર્ણન"), None),
            ("game_outcomes.trust_change", _g(P_AFTER, "ભરોસામાં_ફેર"), "signed"),
            ("game_outcomes.relationship_change", _g(P_AFTER, "સંબંધમાં_ફેર"), "signed"),
            ("game_outcomes.capacity_after", _g(P_AFTER, "બચેલી_શક્તિ"), "outof10"),
            ("training_metadata.authenticity_score", _g(P_MARK, "સાચાપણું"), "pct_word"),
            ("training_metadata.quality_score", _g(P_MARK, "ગુણવત્તા"), "pct_word"),
            ("training_metadata.complexity_type", _g(P_RUN, "ગૂંચ"), None),
            ("training_metadata.pipeline_version", _g(P_RUN, "પાઇપલાઇન_આવૃત્તિ"), None),
            ("training_metadata.master_truths_version", _g(P_RUN, "નિયમ_આવૃત્તિ"), None),
            ("training_metadata.generated_at", _g(P_RUN, "બન્યાનો_સમય"), None),
        ],
        "decoys": [(_g(P_SAY, "પાછું_ખેંચેલું_વર્ણન"), "turned_down", None), *_GU_DECOYS],
    },
}

#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_ahmedabad", "ea_iqaluit"],
    "dramatic_irony": ["di_iqaluit", "di_kochi"],
    "tension_building": ["tb_kochi", "tb_ahmedabad"],
    "memory_resonance": ["mr_ahmedabad", "mr_kochi"],
    "personality_traits": ["pt_iqaluit", "pt_ahmedabad"],
    "relationship_scoring": ["rs_kochi", "rs_iqaluit"],
    "multi_step": ["ms_iqaluit", "ms_ahmedabad"],
}
#: each envelope's file extension (Iqaluit's JSON Lines are saved as .json)
EXT = {
    "gu_batch": "json",
    "gu_lines": "jsonl",
    "ml_md": "md",
    "ml_batch": "json",
    "iu_export": "json",
    "iu_lines": "json",
}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"gu_batch", "ml_batch", "iu_export"}
#: envelopes written one record a line
LINES = {"gu_lines", "iu_lines"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "ahmedabad": {"ચાલ.ક્રમાંક": "grun", "ચાલ.મૉડેલ": "model", "ચાલ.બીજ": "seed", "ચાલ.મિલિસેકન્ડ": "ms"},
    "kochi": {"ഓട്ടം.നമ്പർ": "krun", "ഓട്ടം.മാതൃക": "model", "ഓട്ടം.ടോക്കണുകൾ": "tok", "ഓട്ടം.സമയം": "stamp"},
    "iqaluit": {"ᐊᑐᖅᑕᐅᓂᖓ": "qrun", "ᖃᕆᓴᐅᔭᐅᑉ_ᐊᑎᖓ": "model", "ᓯᕗᓪᓕᖅ": "seed", "ᓈᓴᐅᑏᑦ": "tok", "ᐅᓪᓗᖓ": "stamp"},
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-instruct-2507-q4_K_M"]


def _n(v: float) -> str:
    return f"{v:g}"


def _title_hyphen(s: str) -> str:
    return "-".join(w.capitalize() for w in s.split("_"))  # "Past-Trauma-Trigger"


FORMS: dict[str, Callable[[Any], Any]] = {
    "txt": lambda v: _n(v),  # 0.45 -> "0.45"
    "signed": lambda v: f"{v:+g}",  # 1.5 -> "+1.5"
    "tminus": lambda v: f"{v:+g}".replace("-", "\u2212"),  # -2.5 -> "−2.5", 1.5 -> "+1.5"
    "pct_word": lambda v: f"{round(v * 100, 6):g} percent",  # 0.82 -> "82 percent" (a [0, 1] score only)
    "pct": lambda v: f"{round(v * 100, 6):g}%",  # 0.82 -> "82%" (a [0, 1] score only)
    "outof10": lambda v: f"{_n(v)} out of 10",  # 6.5 -> "6.5 out of 10" (a [0, 10] capacity)
    "outof10s": lambda v: f"{round(v * 10, 6):g} out of 10",  # 0.82 -> "8.2 out of 10" (a [0, 1] score)
    "slash10": lambda v: f"{_n(v)}/10",  # 6.5 -> "6.5/10" (a [0, 10] capacity)
    "lvl5": lambda v: f"{_n(v)}/5",  # 4 -> "4/5" (a 1-5 level)
    "fl": lambda v: float(v),  # 4 -> 4.0 (an integer written as a float)
    "table": lambda fs: {f["factor"]: f["impact"] for f in fs},  # cause -> impact
    "wks_ago": lambda v: f"{_n(v)} wks ago",
    "wk_earlier": lambda v: f"{_n(v)} weeks earlier",
    "year_old": lambda v: f"{_n(v)} year old",
    "yrs_old": lambda v: f"{_n(v)} yrs old",
    "between": lambda w: f"between {_n(w['min'])} and {_n(w['max'])} weeks",
    "later": lambda w: f"{_n(w['min'])}-{_n(w['max'])} weeks later",
    "title_hyphen": _title_hyphen,
    "lower_space": lambda s: s.replace("_", " "),  # "past trauma trigger"
}


#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random) -> str:
    return (
        f"2027-01-{rng.randint(11, 19)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        f"-05:00"
    )


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "grun": lambda: f"pp-{rng.randint(1000, 99999)}",
        "krun": lambda: f"kf/{rng.getrandbits(20):05x}",
        "qrun": lambda: f"qm{rng.randint(100, 9999)}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(650, 58000),
        "tok": lambda: rng.randint(140, 3100),
        "stamp": lambda: _stamp(rng),
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata; Ahmedabad's pages come in the order the reviewer
    last touched them (shuffled per record)."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras: dict[str, Any] = {}
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(extras, key, _meta_value(rng, kind))
    if dialect["team"] == "ahmedabad":
        rng.shuffle(their[PAGES])
    return {**their, **extras}


# --- files ------------------------------------------------------------------------------------------------------

THINKING = [
    "{n} വരികൾ വേണം, {what}. ഓരോന്നിലും കഥാപാത്രം, ശേഷി, സന്ദർഭം, മറുപടി, മാർക്ക്. മാർക്ക് ശതമാനത്തിൽ.",
    "{n} {what} records for the breaking-yard town. Malayalam keys exactly as listed; marks as percentages.",
    "Shipbreaking beach, {n} {what} rows. Return the array only; the runner saves it as it comes.",
]


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (a think block and no fence)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env in LINES:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "iu_export":
        export = {
            "ᐊᐅᓪᓚᖅᑎᑦᑎᓂᖅ": {"ᓇᓴᐅᑎ": f"q{file_no:03d}", "ᐅᓪᓗᖓ": _stamp(rng), "ᑲᑎᖦᖢᒋᑦ": len(recs)},
            "ᓴᓇᔭᐅᔪᑦ": recs,
        }
        return dump(export, 1) + "\n", ["export"]
    if env == "ml_md":  # the raw answer: the think block, then the array as the model wrote it, no fence
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        return think + dump(recs) + "\n", ["think", "no_fence"]
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"202701{rng.randint(11, 19)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    return dump({**header, "samples": recs}) + "\n", ["batch"]


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps large, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# Notes on this drop

Three studios ran their own generators on a local Qwen3 served by Ollama: Pol Pixel in Ahmedabad (Gujarati keys,
every record a workbook of labelled pages and rows), Kayal Frames in Kochi (Malayalam keys, raw answers saved as
Markdown, the prompt never asks for a fence) and Qamutik Games in Iqaluit (Inuktitut keys in syllabics, every
record a set of labelled cards). Settings used by all three:

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
    "ahmedabad": ["", "polpixel", "polpixel/workbooks"],
    "kochi": ["", "kayal", "kayal/raw_answers"],
    "iqaluit": ["", "qamutik", "qamutik/cards"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2027jan{rng.randint(11, 19)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh22",
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


def write_fresh22_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh22_folder, "fresh22")


if __name__ == "__main__":
    raise SystemExit(main())
