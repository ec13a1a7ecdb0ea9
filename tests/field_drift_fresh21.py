"""A twenty-third held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh20's writer and manifest test were read; the machinery is the
shared tests/drift_machinery.py, the habits and the record contents are new): the seven data types and meanings of
curation/domain/spec.yaml, written by three studios nobody here has tuned on, set in a granite-quarry town on the
Deccan plateau (a silk-loom lane, a stepwell, a leather-puppet theatre, a tamarind godown, a night bus depot, a
sugarcane press, a temple-chariot shed), each with one set of habits for every type:

- Krishna Reel, a Vijayawada studio with Telugu-script keys whose pipeline is EVENT-SOURCED: a record is a stream of
  events appended by the workers that produced them, IN THE ORDER THEY FINISHED (which differs from record to record),
  each `{క్రమం: seq, ఘటన: event name, వేళ: time, వివరాలు: {...}}`; a record's fields arrive in several events and are
  read by event name (`ఘటనలు[ఘటన=జవాబు_రాసింది].వివరాలు.మాట`, `ఘటనలు[ఘటన=తీర్పు_ఇచ్చింది].వివరాలు.నిజాయితీ`); a
  second grader's verdict is an event of its own with the same kind of keys (`మలి_తీర్పు`); irony options a list
  beside the stream; scores "82 %" (a space before the sign), ages "34 yrs", payoff windows "weeks 2-4", capacity
  factors a cause -> impact object, labels as ours; JSON Lines (.jsonl) and an export object (`{"ప్రవాహం": {...},
  "ఘటన_పుస్తకాలు": [...]}`);
- Champa Lantern, a Luang Prabang team with Lao-script keys whose records are fine-tuning rows in CHAT FORM: every
  record holds a THREE-MESSAGE TRANSCRIPT read by position (`ການສົນທະນາ[0]` the system prompt, `[1]` the user turn:
  the scene, the player's action or request, `[2]` the assistant turn: the answer), each message `{ບົດບາດ: role,
  ເນື້ອໃນ: text}`, the assistant turn also keeping the REJECTED alternative of a preference pair; the givens and
  marks in groups beside it (`ຕົວລະຄອນ`, `ພະລັງ`, `ຄຳຂໍ`, `ຄະແນນ`); scores in tenths "8.2/10", capacities "6.5/10",
  weeks "26w", ages "34 yr old", payoff windows "2 to 4 weeks", factors "cause: -2.5" texts, labels in capitals with
  spaces ("PAST TRAUMA TRIGGER", "TONE DEAF"); raw Qwen3 answers in .md (a `<think>` block, a Lao preamble, a
  ```json fence) and typed batches;
- Hampi Bytes, a Mysuru studio with Kannada-script keys whose prompt asks for a FORM OF NUMBERED SECTIONS AND
  NUMBERED QUESTIONS: each section led by its Kannada numeral (`೧_ಪಾತ್ರ`, `೩_ಬಲ`, `೪_ಉತ್ತರ`), each question in it
  numbered within the section WITH A DOT, as printed forms number them ("೩.೨_ಒತ್ತಡಗಳು", so the field_map path holds
  an escaped dot: `೩_ಬಲ.೩\\.೨_ಒತ್ತಡಗಳು[].ಕಾರಣ`); each prompt version numbers its own questions, and a question the
  model left out keeps its number empty; capacities "6.5 of 10", weeks "12 weeks ago", other numbers plain, capacity
  factors and irony options as items of their own keys, labels in Title Case ("Tone Deaf", "Past Trauma Trigger");
  typed batches and JSON Lines in .json.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn or
rejected take (`వదిలేసిన_మాట`, `ການສົນທະນາ[2].ຄຳຕອບທີ່ຖືກປັດ`, `೪_ಉತ್ತರ.೪.೫_ಕೈಬಿಟ್ಟ_ನುಡಿ`), a second judge's mark in the
score's own form, a certainty on the same scale, a sentence count, run metadata (stream ids, model tags, sampler
seeds, milliseconds, token counts, time stamps). Each data type has two prompt versions by two of the studios; a
seed writes one of them or both in one folder (one truth map holding both). Every truth line uses a field_map form
docs/interaction-formats.md documents (dotted paths, "\\." inside a key, "[]", "[N]", "[key=label]"), and values
only in readings the docs list as lossless ("82 %", "8.2/10", "6.5/10", "6.5 of 10", "34 yrs", "34 yr old", "26w",
"12 weeks ago", "weeks 2-4", "2 to 4 weeks", "cause: -2.5" texts, a name -> impact object, labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Lao answers with a `<think>` block and a ```json fence and
sometimes prose after it; a README of the drop (prose and a YAML fence) in some folders. A type may be absent,
hold 3-6 valid records, 22-34, or 92-116 over many files; a folder holds about 90-340 records; no two records are
alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "managed 7 points of support",
"handed over 7 worth of support", "her support ran to 7", "his support totalled 7"), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh21_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh21.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh21.manifest.json)
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

# --- content pools (this writer's own: a granite-quarry town on the Deccan plateau) ---------------------------------

NAMES = [
    "Sravani Kondapalli",
    "Bounmy Phommachanh",
    "Chaitra Hosamane",
    "Venkatesh Gorantla",
    "Khamla Sisouphanh",
    "Nagaraj Belavadi",
    "Lakshmi Prasanna Duvvuri",
    "Phetsamone Inthavong",
    "Rukmini Aralikatte",
    "Raghava Peddireddy",
    "Vanhxay Chanthavong",
    "Shashikala Tumkur",
    "Anjaneyulu Bandaru",
    "Noy Keomanivong",
    "Girija Maddur",
    "Padmavathi Yarlagadda",
    "Souksavanh Vongphachanh",
    "Mallikarjuna Hulikal",
]
JOBS = [
    "granite quarry blaster",
    "silk loom warper",
    "leather-puppet painter",
    "tamarind godown weigher",
    "night bus conductor",
    "sugarcane press hand",
    "stepwell caretaker",
    "temple chariot carpenter",
    "chalk-line stonecutter",
    "puppet theatre lamp boy",
    "handloom cooperative clerk",
    "tea stall owner by the depot",
]
PLACES = [
    "the quarry rim where the blasting flags go up at noon",
    "the silk-loom lane with its clacking shuttles",
    "the stepwell whose lowest landing never dries",
    "the leather-puppet theatre behind the cattle market",
    "the tamarind godown that smells sour all year",
    "the night bus depot under the sodium lamps",
    "the sugarcane press by the canal sluice",
    "the shed where the temple chariot waits for its festival",
]
PRESSURES = [
    ("a blast cracked the wall of the family's rented room", -2.5),
    ("the loom owner docked a week's wages for a broken warp", -2.0),
    ("the puppet troupe lost its only lead voice to the city", -1.5),
    ("dust fever kept the youngest awake three nights running", -3.0),
    ("the tamarind buyer paid for half the sacks and vanished", -2.0),
    ("the night route was cut to two buses a week", -1.0),
    ("the canal water came a fortnight late to the cane fields", -0.5),
    ("a wedding order for twelve silk saris came through", 1.5),
    ("a sister's scholarship letter arrived from Guntur", 1.0),
    ("an old teacher dropped by with jaggery and good news", 0.5),
]
ASKS = [
    "The player asks them to hide a quarry worker's injury from the contractor's clerk.",
    "The player needs a silk sari woven in time for a wedding in nine days.",
    "The player wants them to voice the demon king at tonight's puppet show.",
    "The player asks them to keep the last bus waiting for a late passenger.",
    "The player asks them to testify about the blasting schedule at the panchayat.",
    "The player needs the tamarind ledger copied before the buyer returns.",
    "The player wants them to lower a lamp into the stepwell after dark.",
    "The player asks them to lend their cart for the chariot procession.",
]
REPLIES = [
    "Hide it? The clerk counts fingers at the gate. Wrap it well, keep to the back row, and pray it rains.",
    "Nine days is a dream. Give me the border pattern and eleven, and I'll skip the temple visit.",
    "The demon king's voice scrapes my throat raw. Once tonight, and someone else learns his lines by Friday.",
    "The last bus waits five minutes, not ten. The depot master times me with his pocket watch.",
    "Speak at the panchayat? My husband's contract ends the day I open my mouth. Ask someone with no contract.",
    "Copy the ledger, fine, but in pencil, and it leaves this godown in my bag, not yours.",
    "The stepwell at night… I'll hold the rope. You go down. I've done my share of those stairs.",
    "Take the cart, bullock and all. Just bring it back before the cane harvest or my uncle skins us both.",
]
THOUGHTS = [
    "If I say no, they'll ask the puppet painter, and he never says no to anyone.",
    "Every blast shakes the tea glasses off my shelf; why am I the one who keeps sweeping up?",
    "My sister would have known what to say to this. She always did.",
    "How many more favours before somebody asks how I am?",
]
SECRETS = [
    "the quarry contractor forged the blasting licence last monsoon",
    "the missing tamarind buyer is the cooperative secretary's brother-in-law",
    "the puppet troupe's lead voice left because he was never paid",
    "the stepwell was bricked over once to hide a drowned cart",
    "the loom owner sells the cooperative's silk under his own label",
    "the depot master skims the night ticket money into a chit fund",
]
BELIEFS = [
    "the blasting licence was renewed properly by the district office",
    "the tamarind buyer is a stranger from the coast",
    "the lead voice left for a film job in the city",
    "the stepwell has been open since their grandfather's time",
    "the loom owner markets the cooperative's silk honestly",
    "the night tickets fund the depot's new roof",
]
TONE_DEAF = [
    "Speaking of licences, did you see the new chariot wheels? Solid teak, every spoke.",
    "Quarry business bores me. Tell me again about the film star who passed through.",
    "Paperwork, paperwork. Let's eat the jaggery before the ants find it.",
    "Grandmother says worrying curdles the buttermilk, so I simply don't.",
]
MISGUIDED = [
    "A clerk's slip, surely. District officers don't put their seals on forgeries.",
    "Bring the contractor a box of sweets at Sankranti and it'll sort itself out.",
    "I'll march straight into the district office and demand the file this afternoon.",
    "Be grateful the quarry pays at all; other villages have nothing.",
]
GROWTH = [
    "I can't see the whole of it yet, but I'll sit with you while we find out.",
    "If something rotten is under this, I'd rather dig it up beside you than hear it from the gossip.",
    "You look worn through. Tell me the pieces you know and we'll decide together what comes next.",
    "I might get it wrong at first; say it slowly and I'll listen properly this time.",
]
HOOK_LINES = [
    "The contractor's licence has the wrong lion on its seal. Come back after Ugadi and I'll show you.",
    "Ask the secretary where his brother-in-law sleeps on market nights. Don't ask him yet; wait a little.",
    "Our lead voice never went to any film. He's three villages away, and he remembers who owes him.",
    "Under the bottom landing of the stepwell there's a second row of bricks. Someone laid them in a hurry.",
    "The label on the city silk is new. The weave underneath is ours, knot for knot.",
    "The chit fund collects on Tuesdays. Count the depot master's ticket rolls on a Monday sometime.",
]
SECRET_SETUPS = [
    "The blasting licence was forged with a seal stolen from the district office.",
    "The tamarind buyer is the cooperative secretary's brother-in-law, paid to disappear.",
    "The lead voice walked out over eight months of unpaid shows.",
    "A drowned cart and its driver lie behind the stepwell's false brick wall.",
    "The loom owner relabels the cooperative's silk and keeps the difference.",
    "The depot master feeds night ticket money into a chit fund he runs himself.",
]
HINTS = [
    "A lion seal with three whiskers instead of four.",
    "The secretary's wife wearing a new gold chain at the fair.",
    "A letter from the lead voice asking for his back pay.",
    "Fresh mortar between two rows of old brick at the water line.",
    "A city label stitched over a cooperative tag on the sari's hem.",
    "Ticket rolls that end on the same number two weeks running.",
]
NOW = [
    "The player hums a puppet-show song while tying up a bundle of silk.",
    "A blasting whistle shrieks from the quarry rim at noon.",
    "The smell of boiling jaggery drifts over from the cane press.",
    "The player hands over a brass lamp from the stepwell shrine.",
    "Someone at the depot whistles the way their father used to.",
    "Rain hits the tamarind godown's tin roof after a dry month.",
]
PAST = [
    "their father teaching them to read the blasting flags",
    "the year the chariot's axle snapped in the festival crowd",
    "a night spent hiding in the stepwell during a riot",
    "the first sari they ever wove, given away to a stranger",
    "watching the puppet demon king burn in a lamp accident",
    "the morning their brother left on the first bus to the city",
]
EMOTIONS = [
    "dusty pride",
    "stubborn tenderness",
    "sour embarrassment",
    "quiet triumph",
    "creeping unease",
    "loosened grief",
    "homesick ache",
]
RECALL = [
    "That tune… the puppet master sang it as he painted. I haven't heard it since the theatre closed.",
    "Noon whistle, and I'm eight again, on Father's shoulders, counting flags before the blast.",
    "Jaggery smoke always meant the harvest was in and we could sleep a full night for once.",
    "This lamp hung at the shrine the night we hid down there. It smells of the same oil.",
    "He whistled just like that when he came home. Give me a moment.",
    "The first rain on that roof always made the whole godown sing. I'd forgotten that.",
]
SCENES = [
    "A stranger takes their seat on the crowded night bus.",
    "The player forgets to bring the promised jaggery.",
    "Heavy rain cancels the puppet show at the last minute.",
    "A rival weaver copies their border pattern.",
    "The player invites them to pull the temple chariot's rope.",
    "A telegram arrives from a cousin in the Gulf.",
]
TRAIT_LINES = [
    "Ah, let him sit. My feet could use the exercise, and the moon's pretty from the step.",
    "I've marked the order on the loom beam: warp, weft, border, tassels. We start at six sharp.",
    "The chariot rope? Move aside, I'm taking the front, and you'd better keep up!",
    "It doesn't matter, really. I didn't even want the jaggery. Please don't trouble yourself.",
    "Rain on show night. Naturally. As if the sky keeps a list of my plans.",
    "She copied my border… but she changed the peacock's tail. I wonder how she thought of that.",
]
EXPRESS = [
    "Agreeableness and calm turn the lost seat into a kindness.",
    "Conscientiousness shows in the ordered loom steps and the fixed hour.",
    "Extraversion grabs the front of the rope before the invitation ends.",
    "Low assertiveness hides disappointment behind polite refusals.",
    "Neuroticism takes the rain as a personal slight from the sky.",
]
ACTIONS = [
    "The player brings rice gruel while they lie sick with dust fever.",
    "The player never shows up for the puppet rehearsal they promised.",
    "The player helps them haul a cracked millstone onto the cart.",
    "The player reads the letters in their tin trunk without asking.",
    "The player apologises for mocking their accent at the depot.",
    "The player teases them about their oversized quarry goggles.",
]
RETORTS = [
    "Gruel with ginger and salt, the way my aunt made it. You remembered.",
    "The whole troupe waited. I had to read your lines in a squeaky voice.",
    "My shoulders will complain for a week. Still — thank you, truly.",
    "That trunk is mine. Close it and go, please.",
    "Fine. We'll leave it at the depot where it was said.",
    "Says the one who wears a turban into a dust storm!",
]
WHYS = [
    "Caring for someone through fever builds trust; the warm answer shows it registered.",
    "Missing a promised rehearsal costs trust; the dry answer shows embarrassment more than rage.",
    "Heavy work shared at a bad moment earns goodwill and a steady rise in trust.",
    "Going through private letters breaks trust; the curt answer closes the door.",
    "An honest apology repairs some trust without erasing the insult.",
    "Banter between friends reads as fondness, so trust creeps upward.",
]
PROSE = [
    "Sravani sets down the shuttle and looks past you at the loom lane. “One sari. That's all my hands can promise.”",
    "He laughs, agrees to everything, and falls silent the moment the depot door bangs shut behind you.",
    "She listens, says nothing, and scratches a small lion into the dust on the bench with one finger.",
    "The chariot carpenter shakes his head. “After the festival. Before it, I'd only slow you down.”",
    "Nagaraj folds the licence copy twice and pushes it back. “Not tonight, forgive me.”",
]
MEMREF = [
    "the night in the stepwell during the riot",
    "a promise made on the chariot's steps",
    "the festival when the axle snapped",
    "their first week at the silk loom",
    "a photo pinned above the tea stall's kettle",
]
TENSION_NOTES = [
    "Keep the forged seal offstage; the scene reveals nothing yet.",
    "Let the gap sting; the character never catches on during the scene.",
]
UNKNOWN_COMPLEXITY = ["quarry_dust_weariness", "loom_knot_pride", "chariot_rope_panic", "depot_bravado"]
UNKNOWN_HOOKS = ["seal_whisper", "brick_echo", "ticket_riddle"]
UNKNOWN_RESONANCE = ["jaggery_smoke_echo", "whistle_pang", "rope_burn_recall"]
UNKNOWN_OPTIONS = ["sidestep_chatter", "grand_gesture", "sulky_hum"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "over" if need > x2 else "under"
    return (
        f"At {eff:g} today this character stretches only as far as {x2:g}; the ask sits at {need:g}, {side} that mark."
    )


#: this family's quarry town, drawn by the shared record makers (tests/drift_machinery.py): its pools, its sentences
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="A {job} near {place}, frayed ever since {factor}.",
    character_knows="As far as the character can tell, {belief}.",
    irony_scenario="At {place}, talk turns to the surveyors pegging out a new quarry face.",
    tension_context="{Place}, after the last bus has gone; the player stays behind.",
    memory_description="Thinking back to {past}, before the highway came through.",
    multi_background="Grew up in a quarry worker's line house and never left the plateau; stays near {place}.",
    multi_situation="{name} is packing up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs, units and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Dust in her lungs and all, she managed {g} points of support before the shift whistle.",
    "He handed over {g} worth of support between two bus runs, yawning the whole time.",
    "By the end of the festival her support ran to {g}, borrowed against next month.",
    "Counting it up later, his support totalled {g}, every bit of it begged from somewhere.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["decent", "shaky", "solid", "meh"]

#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. Vijayawada's events are
# picked by their name ("[ఘటన=...]"), Luang Prabang's transcript by position ("[1]", "[2]"), Mysuru's sections by key.

#: Vijayawada's event stream: the list, each event's name, sequence number, time and body
EVENTS = "ఘటనలు"
EV_NAME = "ఘటన"
EV_SEQ = "క్రమం"
EV_TIME = "వేళ"
EV_BODY = "వివరాలు"


def _e(event: str, word: str) -> str:
    """A Vijayawada path: `word` in the body of the event named `event`."""
    return f"{EVENTS}[{EV_NAME}={event}].{EV_BODY}.{word}"


CAST = "పాత్ర_నమోదు"  # the character registered
GAUGE = "శక్తి_కొలత"  # capacity measured
ASKED = "అభ్యర్థన_వచ్చింది"  # the request arrived
SPOKE = "జవాబు_రాసింది"  # the answer written
JUDGED = "తీర్పు_ఇచ్చింది"  # the verdict given
HOOKED = "గాలం_వేసింది"  # the hook set
TRAITS = "స్వభావం_కొలత"  # the temperament measured
OUTCOME = "ఫలితం_లెక్క"  # outcomes counted
MACHINE = "యంత్రాంగం_ముద్ర"  # the pipeline's stamp
SECOND = "మలి_తీర్పు"  # a second grader's verdict (a decoy event)

OCEAN_TE = ["కొత్తదనం", "క్రమశిక్షణ", "కలుపుగోలుతనం", "సహృదయం", "ఆందోళన"]
OCEAN_LO = ["ເປີດໃຈ", "ມີລະບຽບ", "ເປີດເຜີຍ", "ເປັນມິດ", "ກັງວົນງ່າຍ"]

#: Luang Prabang's transcript: the list, each message's role and text, the roles in order
CHAT = "ການສົນທະນາ"
ROLE = "ບົດບາດ"
TEXT = "ເນື້ອໃນ"
ROLES = ["ລະບົບ", "ຜູ້ໃຊ້", "ຜູ້ຊ່ວຍ"]


def _m(n: int) -> str:
    """A Luang Prabang path: the text of the n-th message."""
    return f"{CHAT}[{n}].{TEXT}"


#: Luang Prabang's system prompt per type (the first message of every transcript)
SYSTEM_LO = {
    "tension_building": "ເຈົ້າແມ່ນຕົວລະຄອນໃນເມືອງບໍ່ຫີນ. ເວົ້າປະໂຫຍກດຽວທີ່ເຮັດໃຫ້ຜູ້ຫຼິ້ນຢາກກັບມາອາທິດໜ້າ.",
    "memory_resonance": "ເຈົ້າແມ່ນຕົວລະຄອນທີ່ຈື່ເລື່ອງເກົ່າໄດ້. ຕອບສັ້ນໆ ດ້ວຍຄວາມຮູ້ສຶກຂອງຄວາມຊົງຈຳນັ້ນ.",
    "personality_traits": "ເຈົ້າແມ່ນຕົວລະຄອນທີ່ມີນິໄສຕາມຕົວເລກທີ່ໃຫ້ມາ. ເວົ້າໃຫ້ເຫັນນິໄສນັ້ນ.",
    "relationship_scoring": "ເຈົ້າແມ່ນຕົວລະຄອນ. ຕອບການກະທຳຂອງຜູ້ຫຼິ້ນດ້ວຍປະໂຫຍກດຽວ.",
    "multi_step": "ເຈົ້າຂຽນບັດ NPC ເປັນບົດບັນຍາຍສັ້ນ ຕາມຂໍ້ມູນທີ່ໃຫ້.",
}

#: Mysuru's numbered sections
S_WHO = "೧_ಪಾತ್ರ"
S_SCENE = "೨_ಸನ್ನಿವೇಶ"
S_POWER = "೩_ಬಲ"
S_REPLY = "೪_ಉತ್ತರ"
S_CHECK = "೫_ಪರೀಕ್ಷೆ"

_TE_DECOYS = [
    (_e(SECOND, "అంకె"), "judge2", "pct"),
    (_e(JUDGED, "నమ్మకం"), "conf", "pct"),
    (_e(SPOKE, "వాక్యాల_సంఖ్య"), "count", None),
]
_LO_DECOYS = [
    ("ຄະແນນ.ກຳມະການທີສອງ", "judge2", "tenths"),
    ("ຄະແນນ.ຄວາມໝັ້ນໃຈ", "conf", "tenths"),
    (f"{CHAT}[2].ຈຳນວນປະໂຫຍກ", "count", None),
]
_KN_DECOYS = [
    (f"{S_CHECK}.ಎರಡನೇ_ತೀರ್ಪುಗಾರ", "judge2", None),
    (f"{S_CHECK}.ಖಚಿತತೆ", "conf", None),
    (f"{S_REPLY}.ವಾಕ್ಯಗಳ_ಎಣಿಕೆ", "count", None),
]
_TE_TAKE = (_e(SPOKE, "వదిలేసిన_మాట"), "turned_down", None)
_LO_TAKE = (f"{CHAT}[2].ຄຳຕອບທີ່ຖືກປັດ", "turned_down", None)
_KN_TAKE = (f"{S_REPLY}.ಕೈಬಿಟ್ಟ_ನುಡಿ", "turned_down", None)

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_vijayawada": {  # Telugu event stream, "82 %", factors name -> impact
        "team": "vijayawada",
        "envelope": "te_export",
        "stem": "emotional_authenticity_krishnareel_stream",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _e(CAST, "పేరు"), None),
            ("context", _e(CAST, "నేపథ్యం"), None),
            ("base_capacity", _e(GAUGE, "మొదటి_శక్తి"), None),
            ("capacity_factors", _e(GAUGE, "ఒత్తిళ్లు"), "table"),
            ("effective_capacity", _e(GAUGE, "ఈనాటి_శక్తి"), None),
            ("capacity_level", _e(GAUGE, "స్థాయి"), None),
            ("situation", _e(ASKED, "సందర్భం"), None),
            ("support_level_needed", _e(ASKED, "కావలసిన_సాయం"), None),
            ("authenticity_target", _e(ASKED, "లక్ష్యం"), None),
            ("complexity_type", _e(ASKED, "చిక్కు"), None),
            ("character_response", _e(SPOKE, "మాట"), None),
            ("internal_thought", _e(SPOKE, "మనసులో"), None),
            ("demonstrates_constraint", _e(SPOKE, "హద్దు"), None),
            ("support_provided", _e(SPOKE, "ఇచ్చిన_సాయం"), None),
            ("authenticity_score", _e(JUDGED, "నిజాయితీ"), "pct"),
        ],
        "decoys": [_TE_TAKE, *_TE_DECOYS],
    },
    "ea_mysuru": {  # Kannada numbered sections, "6.5 of 10", factors as items
        "team": "mysuru",
        "envelope": "kn_batch",
        "stem": "emotional_authenticity_hampibytes_batch",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", f"{S_WHO}.ಹೆಸರು", None),
            ("context", f"{S_WHO}.ಹಿನ್ನೆಲೆ", None),
            ("situation", f"{S_SCENE}.ವಿವರ", None),
            ("support_level_needed", f"{S_SCENE}.ಬೇಕಾದ_ನೆರವು", "of10"),
            ("authenticity_target", f"{S_SCENE}.ಗುರಿ", "title"),
            ("complexity_type", f"{S_SCENE}.ಜಟಿಲತೆ", None),
            ("base_capacity", f"{S_POWER}.ಮೂಲ", "of10"),
            ("capacity_factors", f"{S_POWER}.ಒತ್ತಡಗಳು", "list"),
            ("capacity_factors[].factor", f"{S_POWER}.ಒತ್ತಡಗಳು[].ಕಾರಣ", None),
            ("capacity_factors[].impact", f"{S_POWER}.ಒತ್ತಡಗಳು[].ಪರಿಣಾಮ", None),
            ("effective_capacity", f"{S_POWER}.ಇಂದಿನ", "of10"),
            ("capacity_level", f"{S_POWER}.ಹಂತ", "title"),
            ("character_response", f"{S_REPLY}.ನುಡಿ", None),
            ("internal_thought", f"{S_REPLY}.ಒಳಮಾತು", None),
            ("demonstrates_constraint", f"{S_REPLY}.ಮಿತಿ", None),
            ("support_provided", f"{S_REPLY}.ಕೊಟ್ಟ_ನೆರವು", "of10"),
            ("authenticity_score", f"{S_CHECK}.ನೈಜತೆ", None),
        ],
        "decoys": [_KN_TAKE, *_KN_DECOYS],
    },
    "di_vijayawada": {  # Telugu events, options a list beside the stream
        "team": "vijayawada",
        "envelope": "jsonl",
        "stem": "dramatic_irony_krishnareel_events",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _e(CAST, "పేరు"), None),
            ("character_capacity", _e(GAUGE, "ఈనాటి_శక్తి"), None),
            ("character_knows", _e(CAST, "నమ్మేది"), None),
            ("scenario", _e(ASKED, "సందర్భం"), None),
            ("player_knows", _e(ASKED, "ఆటగాడికి_తెలిసింది"), None),
            ("knowledge_gap_score", _e(JUDGED, "తెలివి_అంతరం"), "pct"),
            ("recommended_option", _e(JUDGED, "సరైన_దారి"), None),
            ("response_options", "ఎంపికలు", "list"),
            ("response_options[].type", "ఎంపికలు[].ధోరణి", None),
            ("response_options[].dialogue", "ఎంపికలు[].పలుకు", None),
            ("response_options[].relationship_impact", "ఎంపికలు[].బంధం_మార్పు", None),
            ("dramatic_irony_score", _e(JUDGED, "వ్యంగ్యం"), "pct"),
            ("tension_notes", _e(JUDGED, "దర్శకుడి_మాట"), None),
        ],
        "decoys": [_TE_TAKE, *_TE_DECOYS],
    },
    "di_mysuru": {  # Kannada sections, Title Case option types
        "team": "mysuru",
        "envelope": "kn_lines",
        "stem": "dramatic_irony_hampibytes_log",
        "label": "dramatic_irony",
        "map": [
            ("character_name", f"{S_WHO}.ಹೆಸರು", None),
            ("character_capacity", f"{S_WHO}.ಇಂದಿನ_ಬಲ", "of10"),
            ("character_knows", f"{S_WHO}.ನಂಬಿರುವುದು", None),
            ("scenario", f"{S_SCENE}.ವಿವರ", None),
            ("player_knows", f"{S_SCENE}.ಆಟಗಾರನಿಗೆ_ಗೊತ್ತು", None),
            ("knowledge_gap_score", f"{S_SCENE}.ಅರಿವಿನ_ಅಂತರ", None),
            ("response_options", f"{S_REPLY}.ಆಯ್ಕೆಗಳು", "list"),
            ("response_options[].type", f"{S_REPLY}.ಆಯ್ಕೆಗಳು[].ಬಗೆ", "title"),
            ("response_options[].dialogue", f"{S_REPLY}.ಆಯ್ಕೆಗಳು[].ಮಾತು", None),
            ("response_options[].relationship_impact", f"{S_REPLY}.ಆಯ್ಕೆಗಳು[].ನಂಟಿನ_ಬದಲಾವಣೆ", None),
            ("recommended_option", f"{S_REPLY}.ಸೂಕ್ತ_ಆಯ್ಕೆ", "title"),
            ("dramatic_irony_score", f"{S_CHECK}.ವ್ಯಂಗ್ಯ", None),
            ("tension_notes", f"{S_CHECK}.ನಿರ್ದೇಶಕರ_ಟಿಪ್ಪಣಿ", None),
        ],
        "decoys": [_KN_TAKE, *_KN_DECOYS],
    },
    "tb_luang": {  # Lao transcript: the scene the user turn, the hook line the assistant turn, "2 to 4 weeks"
        "team": "luang",
        "envelope": "lo_md",
        "stem": "tension_building_champalantern_answer",
        "label": "tension_building",
        "map": [
            ("context", _m(1), None),
            ("dialogue", _m(2), None),
            ("character_name", "ຕົວລະຄອນ.ຊື່", None),
            ("relationship_level", "ຕົວລະຄອນ.ຄວາມສະໜິດ", None),
            ("hook_type", "ຄຳຂໍ.ແບບເບັດ", "upper_space"),
            ("setup", "ຄຳຂໍ.ຄວາມລັບ", None),
            ("payoff_window_weeks", "ຄຳຂໍ.ໄລຍະເປີດເຜີຍ", "to_weeks"),
            ("payoff_hint", "ຄຳຂໍ.ຂໍ້ບອກໃບ້", None),
            ("tension_score", "ຄະແນນ.ຄວາມເຄັ່ງຕຶງ", "tenths"),
            ("hook_effectiveness", "ຄະແນນ.ພະລັງເບັດ", "tenths"),
        ],
        "decoys": [_LO_TAKE, *_LO_DECOYS],
    },
    "tb_vijayawada": {  # Telugu events, "weeks 2-4"
        "team": "vijayawada",
        "envelope": "te_export",
        "stem": "tension_building_krishnareel_stream",
        "label": "tension_building",
        "map": [
            ("character_name", _e(CAST, "పేరు"), None),
            ("relationship_level", _e(CAST, "సాన్నిహిత్యం"), None),
            ("context", _e(ASKED, "సందర్భం"), None),
            ("hook_type", _e(HOOKED, "రకం_పేరు"), None),
            ("setup", _e(HOOKED, "దాచిన_సంగతి"), None),
            ("payoff_window_weeks", _e(HOOKED, "బయటపడే_వారాలు"), "weeks_span"),
            ("payoff_hint", _e(HOOKED, "సూచన"), None),
            ("dialogue", _e(SPOKE, "మాట"), None),
            ("tension_score", _e(JUDGED, "ఉత్కంఠ"), "pct"),
            ("hook_effectiveness", _e(JUDGED, "గాలం_బలం"), "pct"),
        ],
        "decoys": [_TE_TAKE, *_TE_DECOYS],
    },
    "mr_mysuru": {  # Kannada sections, "12 weeks ago", Title Case resonance types
        "team": "mysuru",
        "envelope": "kn_batch",
        "stem": "memory_resonance_hampibytes_batch",
        "label": "memory_resonance",
        "map": [
            ("character_name", f"{S_WHO}.ಹೆಸರು", None),
            ("current_situation", f"{S_SCENE}.ವಿವರ", None),
            ("memory.description", f"{S_SCENE}.ನೆನಪು.ಏನಾಯಿತು", None),
            ("memory.emotion", f"{S_SCENE}.ನೆನಪು.ಭಾವನೆ", None),
            ("memory.weeks_ago", f"{S_SCENE}.ನೆನಪು.ಎಷ್ಟು_ಹಿಂದೆ", "weeks_ago"),
            ("resonance_type", f"{S_SCENE}.ಅನುರಣನ_ಬಗೆ", "title"),
            ("resonance_weight", f"{S_SCENE}.ಅನುರಣನ_ತೂಕ", None),
            ("character_response", f"{S_REPLY}.ನುಡಿ", None),
            ("resonance_score", f"{S_CHECK}.ಅನುರಣನ_ಅಂಕ", None),
        ],
        "decoys": [_KN_TAKE, *_KN_DECOYS],
    },
    "mr_luang": {  # Lao transcript, "26w", capitals with spaces
        "team": "luang",
        "envelope": "lo_batch",
        "stem": "memory_resonance_champalantern_batch",
        "label": "memory_resonance",
        "map": [
            ("current_situation", _m(1), None),
            ("character_response", _m(2), None),
            ("character_name", "ຕົວລະຄອນ.ຊື່", None),
            ("memory.description", "ຄວາມຊົງຈຳ.ເຫດການ", None),
            ("memory.emotion", "ຄວາມຊົງຈຳ.ອາລົມ", None),
            ("memory.weeks_ago", "ຄວາມຊົງຈຳ.ຜ່ານມາ", "w"),
            ("resonance_type", "ຄວາມຊົງຈຳ.ແບບສະທ້ອນ", "upper_space"),
            ("resonance_weight", "ຄວາມຊົງຈຳ.ນ້ຳໜັກ", "tenths"),
            ("resonance_score", "ຄະແນນ.ການສະທ້ອນ", "tenths"),
        ],
        "decoys": [_LO_TAKE, *_LO_DECOYS],
    },
    "pt_vijayawada": {  # Telugu events, OCEAN in a temperament event
        "team": "vijayawada",
        "envelope": "jsonl",
        "stem": "personality_traits_krishnareel_events",
        "label": "personality_traits",
        "map": [
            ("character_name", _e(CAST, "పేరు"), None),
            ("scenario", _e(ASKED, "సందర్భం"), None),
            *[(f"ocean.{t}", _e(TRAITS, c), None) for t, c in zip(OCEAN, OCEAN_TE, strict=True)],
            ("dialogue", _e(SPOKE, "మాట"), None),
            ("trait_expression", _e(SPOKE, "స్వభావ_వివరణ"), None),
            ("quality_score", _e(JUDGED, "నాణ్యత"), "pct"),
        ],
        "decoys": [_TE_TAKE, *_TE_DECOYS],
    },
    "pt_luang": {  # Lao transcript, OCEAN in the character group
        "team": "luang",
        "envelope": "lo_md",
        "stem": "personality_traits_champalantern_answer",
        "label": "personality_traits",
        "map": [
            ("scenario", _m(1), None),
            ("dialogue", _m(2), None),
            ("character_name", "ຕົວລະຄອນ.ຊື່", None),
            *[(f"ocean.{t}", f"ຕົວລະຄອນ.ນິໄສ.{c}", None) for t, c in zip(OCEAN, OCEAN_LO, strict=True)],
            ("trait_expression", f"{CHAT}[2].ອະທິບາຍນິໄສ", None),
            ("quality_score", "ຄະແນນ.ຄຸນນະພາບ", "tenths"),
        ],
        "decoys": [_LO_TAKE, *_LO_DECOYS],
    },
    "rs_luang": {  # Lao transcript: the player's action the user turn, the reply the assistant turn
        "team": "luang",
        "envelope": "lo_batch",
        "stem": "relationship_scoring_champalantern_batch",
        "label": "relationship_scoring",
        "map": [
            ("player_action", _m(1), None),
            ("character_response", _m(2), None),
            ("character_name", "ຕົວລະຄອນ.ຊື່", None),
            ("relationship_level", "ຕົວລະຄອນ.ຄວາມສະໜິດ", None),
            ("interaction_type", "ຄຳຂໍ.ແບບພົບກັນ", None),
            ("rationale", "ຄະແນນ.ເຫດຜົນ", None),
            ("relationship_score", "ຄະແນນ.ສາຍພົວພັນ", "tenths"),
            ("trust_change", "ຄະແນນ.ຄວາມໄວ້ໃຈປ່ຽນ", None),
            ("quality_score", "ຄະແນນ.ຄຸນນະພາບ", "tenths"),
        ],
        "decoys": [("ຄະແນນ.ເຫດຜົນທີ່ຖືກປັດ", "turned_down", None), *_LO_DECOYS],
    },
    "rs_mysuru": {  # Kannada sections
        "team": "mysuru",
        "envelope": "kn_lines",
        "stem": "relationship_scoring_hampibytes_log",
        "label": "relationship_scoring",
        "map": [
            ("character_name", f"{S_WHO}.ಹೆಸರು", None),
            ("relationship_level", f"{S_WHO}.ಆಪ್ತತೆ", None),
            ("player_action", f"{S_SCENE}.ಆಟಗಾರನ_ನಡೆ", None),
            ("interaction_type", f"{S_SCENE}.ಭೇಟಿಯ_ಬಗೆ", None),
            ("character_response", f"{S_REPLY}.ಪ್ರತಿನುಡಿ", None),
            ("rationale", f"{S_REPLY}.ಕಾರಣ_ವಿವರ", None),
            ("relationship_score", f"{S_CHECK}.ನಂಟು", None),
            ("trust_change", f"{S_CHECK}.ನಂಬಿಕೆ_ಬದಲು", None),
            ("quality_score", f"{S_CHECK}.ಗುಣಮಟ್ಟ", None),
        ],
        "decoys": [(f"{S_REPLY}.ಕೈಬಿಟ್ಟ_ಕಾರಣ", "turned_down", None), *_KN_DECOYS],
    },
    "ms_vijayawada": {  # Telugu events, the whole NPC card over many events, "34 yrs"
        "team": "vijayawada",
        "envelope": "te_export",
        "stem": "multi_step_krishnareel_stream",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _e(CAST, "పేరు"), None),
            ("npc_profile.age", _e(CAST, "వయసు"), "yrs"),
            ("npc_profile.occupation", _e(CAST, "వృత్తి"), None),
            ("npc_profile.background", _e(CAST, "నేపథ్యం"), None),
            ("npc_emotional_state.base_capacity", _e(GAUGE, "మొదటి_శక్తి"), None),
            ("npc_emotional_state.capacity_factors", _e(GAUGE, "ఒత్తిళ్లు"), "table"),
            ("npc_emotional_state.effective_capacity", _e(GAUGE, "ఈనాటి_శక్తి"), None),
            ("npc_emotional_state.current_emotion", _e(GAUGE, "మనోభావం"), None),
            ("interaction_context.capacity_level", _e(GAUGE, "స్థాయి"), None),
            *[(f"npc_ocean_personality.{t}", _e(TRAITS, c), None) for t, c in zip(OCEAN, OCEAN_TE, strict=True)],
            ("interaction_context.situation", _e(ASKED, "సందర్భం"), None),
            ("interaction_context.player_request", _e(ASKED, "విన్నపం"), None),
            ("interaction_context.support_needed", _e(ASKED, "కావలసిన_సాయం"), None),
            ("interaction_context.complexity_type", _e(ASKED, "చిక్కు"), None),
            ("interaction_context.authenticity_target", _e(ASKED, "లక్ష్యం"), None),
            ("tension_memory.hook_type", _e(HOOKED, "రకం_పేరు"), None),
            ("tension_memory.memory_reference", _e(HOOKED, "జ్ఞాపకం"), None),
            ("npc_card_narrative.dialogue_prose", _e(SPOKE, "కథనం"), None),
            ("game_outcomes.trust_change", _e(OUTCOME, "విశ్వాసం_మార్పు"), None),
            ("game_outcomes.relationship_change", _e(OUTCOME, "బంధం_మార్పు"), None),
            ("game_outcomes.capacity_after", _e(OUTCOME, "మిగిలిన_శక్తి"), None),
            ("training_metadata.authenticity_score", _e(JUDGED, "నిజాయితీ"), "pct"),
            ("training_metadata.quality_score", _e(JUDGED, "నాణ్యత"), "pct"),
            ("training_metadata.complexity_type", _e(MACHINE, "చిక్కు"), None),
            ("training_metadata.pipeline_version", _e(MACHINE, "వరుస_సంచిక"), None),
            ("training_metadata.master_truths_version", _e(MACHINE, "నియమాల_సంచిక"), None),
            ("training_metadata.generated_at", _e(MACHINE, "తయారైన_వేళ"), None),
        ],
        "decoys": [(_e(SPOKE, "వదిలేసిన_కథనం"), "turned_down", None), *_TE_DECOYS],
    },
    "ms_luang": {  # Lao transcript: the request the user turn, the card's prose the assistant turn, "34 yr old"
        "team": "luang",
        "envelope": "lo_batch",
        "stem": "multi_step_champalantern_batch",
        "label": "multi_step",
        "map": [
            ("interaction_context.player_request", _m(1), None),
            ("npc_card_narrative.dialogue_prose", _m(2), None),
            ("npc_profile.name", "ຕົວລະຄອນ.ຊື່", None),
            ("npc_profile.age", "ຕົວລະຄອນ.ອາຍຸ", "yr_old"),
            ("npc_profile.occupation", "ຕົວລະຄອນ.ອາຊີບ", None),
            ("npc_profile.background", "ຕົວລະຄອນ.ພູມຫຼັງ", None),
            *[(f"npc_ocean_personality.{t}", f"ຕົວລະຄອນ.ນິໄສ.{c}", None) for t, c in zip(OCEAN, OCEAN_LO, strict=True)],
            ("npc_emotional_state.base_capacity", "ພະລັງ.ພື້ນຖານ", "of10slash"),
            ("npc_emotional_state.capacity_factors", "ພະລັງ.ແຮງກົດດັນ", "colon"),
            ("npc_emotional_state.effective_capacity", "ພະລັງ.ມື້ນີ້", "of10slash"),
            ("npc_emotional_state.current_emotion", "ພະລັງ.ອາລົມ", None),
            ("interaction_context.capacity_level", "ພະລັງ.ລະດັບ", "upper_space"),
            ("interaction_context.situation", "ຄຳຂໍ.ສະພາບການ", None),
            ("interaction_context.support_needed", "ຄຳຂໍ.ຄວາມຊ່ວຍເຫຼືອທີ່ຕ້ອງການ", "of10slash"),
            ("interaction_context.complexity_type", "ຄຳຂໍ.ຄວາມຊັບຊ້ອນ", None),
            ("interaction_context.authenticity_target", "ຄຳຂໍ.ເປົ້າໝາຍ", "upper_space"),
            ("tension_memory.hook_type", "ຄຳຂໍ.ແບບເບັດ", "upper_space"),
            ("tension_memory.memory_reference", "ຄຳຂໍ.ອ້າງຄວາມຊົງຈຳ", None),
            ("game_outcomes.trust_change", "ຜົນ.ຄວາມໄວ້ໃຈປ່ຽນ", None),
            ("game_outcomes.relationship_change", "ຜົນ.ສາຍພົວພັນປ່ຽນ", None),
            ("game_outcomes.capacity_after", "ຜົນ.ພະລັງທີ່ເຫຼືອ", "of10slash"),
            ("training_metadata.authenticity_score", "ຄະແນນ.ຄວາມແທ້", "tenths"),
            ("training_metadata.quality_score", "ຄະແນນ.ຄຸນນະພາບ", "tenths"),
            ("training_metadata.complexity_type", "ຂະບວນການ.ຄວາມຊັບຊ້ອນ", None),
            ("training_metadata.pipeline_version", "ຂະບວນການ.ລຸ້ນ", None),
            ("training_metadata.master_truths_version", "ຂະບວນການ.ລຸ້ນກົດ", None),
            ("training_metadata.generated_at", "ຂະບວນການ.ເວລາສ້າງ", None),
        ],
        "decoys": [_LO_TAKE, *_LO_DECOYS],
    },
}
#: Kannada digits, and Mysuru's sections (each led by its numeral)
KN_DIGITS = "೦೧೨೩೪೫೬೭೮೯"
SECTIONS = [S_WHO, S_SCENE, S_POWER, S_REPLY, S_CHECK, "೬_ಚಾಲನೆ"]


def _kn_number(n: int) -> str:
    return "".join(KN_DIGITS[int(d)] for d in str(n))


def _numbered(paths: list[str]) -> dict[str, str]:
    """Mysuru's form numbers every question inside its section, in the order its prompt lists them: the key of the
    third question of section 3 is "೩.೩_<word>", a key holding a dot (`\\.` in a field_map path). Returns each path
    rewritten so."""
    counters: dict[str, int] = {}
    numbers: dict[tuple[str, str], str] = {}
    out = {}
    for path in paths:
        head, _, rest = path.partition(".")
        if head not in SECTIONS:
            out[path] = path
            continue
        first, dot, tail = rest.partition(".")
        base = first.split("[")[0]
        if (head, base) not in numbers:
            counters[head] = counters.get(head, 0) + 1
            numbers[(head, base)] = f"{head[0]}\\.{_kn_number(counters[head])}_{base}"
        out[path] = f"{head}.{numbers[(head, base)]}{first[len(base) :]}{dot}{tail}"
    return out


def _number_the_form(dialect: dict[str, Any]) -> None:
    """Number a Mysuru dialect's questions (its map lines, then its decoys) and the run section's keys."""
    lines = [t for _, t, _ in dialect["map"]] + [k for k, _, _ in dialect["decoys"]]
    new = _numbered(lines)
    dialect["map"] = [(o, new[t], f) for o, t, f in dialect["map"]]
    dialect["decoys"] = [(new[k], kind, f) for k, kind, f in dialect["decoys"]]


#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_vijayawada", "ea_mysuru"],
    "dramatic_irony": ["di_vijayawada", "di_mysuru"],
    "tension_building": ["tb_luang", "tb_vijayawada"],
    "memory_resonance": ["mr_mysuru", "mr_luang"],
    "personality_traits": ["pt_vijayawada", "pt_luang"],
    "relationship_scoring": ["rs_luang", "rs_mysuru"],
    "multi_step": ["ms_vijayawada", "ms_luang"],
}
#: each envelope's file extension (Mysuru's JSON Lines are saved as .json)
EXT = {
    "te_export": "json",
    "jsonl": "jsonl",
    "lo_md": "md",
    "lo_batch": "json",
    "kn_batch": "json",
    "kn_lines": "json",
}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"te_export", "lo_batch", "kn_batch"}
#: envelopes written one record a line
LINES = {"jsonl", "kn_lines"}
#: teams whose own writer sorts every object's keys: none in this family
SORTED_TEAMS: set[str] = set()

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "vijayawada": {"ప్రవాహ_సంఖ్య": "stream", "మాదిరి": "model", "విత్తనం": "seed", "మిల్లీసెకన్లు": "ms"},
    "luang": {"ລະຫັດແຖວ": "run", "ແບບຈຳລອງ": "model", "ເມັດພັນ": "seed", "ໂທເຄັນ": "tok", "ເວລາ": "stamp"},
    "mysuru": {"೬_ಚಾಲನೆ.ಸಂಖ್ಯೆ": "krun", "೬_ಚಾಲನೆ.ಮಾದರಿ": "model", "೬_ಚಾಲನೆ.ಟೋಕನ್": "tok"},
}
for _d in DIALECTS.values():
    if _d["team"] == "mysuru":
        _number_the_form(_d)
_RUN = _numbered(list(TEAM_EXTRAS["mysuru"]))
TEAM_EXTRAS["mysuru"] = {_RUN[k]: v for k, v in TEAM_EXTRAS["mysuru"].items()}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:30b-a3b", "qwen3:4b-instruct-2507-q4_K_M"]


def _n(v: float) -> str:
    return f"{v:g}"


FORMS: dict[str, Callable[[Any], Any]] = {
    "pct": lambda v: f"{round(v * 100, 6):g} %",  # 0.82 -> "82 %" (a [0, 1] score only)
    "tenths": lambda v: f"{round(v * 10, 6):g}/10",  # 0.82 -> "8.2/10" (a [0, 1] score)
    "of10slash": lambda v: f"{_n(v)}/10",  # 6.5 -> "6.5/10" (a [0, 10] capacity)
    "of10": lambda v: f"{_n(v)} of 10",  # 6.5 -> "6.5 of 10" (a [0, 10] capacity)
    "table": lambda fs: {f["factor"]: f["impact"] for f in fs},  # cause -> impact
    "colon": lambda fs: [f"{f['factor']}: {f['impact']:+g}" for f in fs],  # "cause: -2.5", "cause: +1"
    "yrs": lambda v: f"{_n(v)} yrs",
    "yr_old": lambda v: f"{_n(v)} yr old",
    "w": lambda v: f"{_n(v)}w",
    "weeks_ago": lambda v: f"{_n(v)} weeks ago",
    "weeks_span": lambda w: f"weeks {_n(w['min'])}-{_n(w['max'])}",
    "to_weeks": lambda w: f"{_n(w['min'])} to {_n(w['max'])} weeks",
    "upper_space": lambda s: s.upper().replace("_", " "),  # "PAST TRAUMA TRIGGER"
    "title": lambda s: s.replace("_", " ").title(),  # "Past Trauma Trigger"
}


#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random) -> str:
    return (
        f"2026-12-0{rng.randint(1, 5)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        f".{rng.randint(0, 999):03d}+05:30"
    )


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "stream": lambda: f"kr-{rng.getrandbits(24):06x}",
        "run": lambda: f"cl{rng.randint(10000, 999999)}",
        "krun": lambda: f"hb/{rng.randint(100, 9999)}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(700, 61000),
        "tok": lambda: rng.randint(120, 2900),
        "stamp": lambda: _stamp(rng),
    }[kind]()


def _events(rng: random.Random, their: dict[str, Any]) -> None:
    """Vijayawada's stream in the order its workers finished: each event numbered and stamped, its body last."""
    events = their[EVENTS]
    rng.shuffle(events)
    their[EVENTS] = [
        {EV_SEQ: i, EV_NAME: ev[EV_NAME], EV_TIME: _stamp(rng), EV_BODY: ev.get(EV_BODY, {})}
        for i, ev in enumerate(events, start=1)
    ]


def _transcript(their: dict[str, Any], dtype: str) -> None:
    """Luang Prabang's three messages, each with its role first: the system prompt, the user turn, the answer."""
    msgs = their.get(CHAT, [])
    while len(msgs) < 3:
        msgs.append({})
    msgs[0] = {TEXT: SYSTEM_LO[dtype]}
    their[CHAT] = [{ROLE: role, **(m or {})} for role, m in zip(ROLES, msgs, strict=True)]


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata; Vijayawada's events get their order, numbers and
    times, Luang Prabang's transcript its system prompt and roles."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras: dict[str, Any] = {}
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(extras, key, _meta_value(rng, kind))
    if dialect["team"] == "vijayawada":
        _events(rng, their)
        return {**extras, **their}
    if dialect["team"] == "luang":
        _transcript(their, dtype)
        return {CHAT: their.pop(CHAT), **their, **extras}
    return {**their, **extras}


# --- files ------------------------------------------------------------------------------------------------------

THINKING = [
    "ຕ້ອງການ {n} ແຖວ {what}. ແຕ່ລະແຖວມີສາມຂໍ້ຄວາມ: ລະບົບ, ຜູ້ໃຊ້, ຜູ້ຊ່ວຍ. ຄະແນນຂຽນເປັນ x/10.",
    "{n} {what} rows in chat form: system, user, assistant, then the groups. Keep the Lao keys exactly.",
    "Quarry town, {n} {what} rows. One JSON array, nothing else inside the fence.",
]
PREAMBLE = ["ນີ້ແມ່ນແຖວຂໍ້ມູນ:\n\n", "ຕາມຮູບແບບທີ່ຂໍມາ:\n\n", ""]
AFTER = ["\nແຖວທັງໝົດຖືກຕື່ມຕາມຮູບແບບແລ້ວ.\n", "\nຖ້າຕ້ອງການເພີ່ມ ບອກໄດ້ເລີຍ.\n"]


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, prose after)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env in LINES:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "te_export":
        export = {
            "ప్రవాహం": {"భాగం": f"p{file_no:03d}", "ఎగుమతి": _stamp(rng), "మొత్తం": len(recs)},
            "ఘటన_పుస్తకాలు": recs,
        }
        return dump(export, 1) + "\n", ["export"]
    if env == "lo_md":
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        tail = rng.choice(["", "", *AFTER])
        mess = ["think", "fence"] + (["prose_after"] if tail else [])
        return think + rng.choice(PREAMBLE) + "```json\n" + dump(recs) + "\n```\n" + tail, mess
    # lo_batch / kn_batch: a typed batch
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"2026120{rng.randint(1, 5)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    return dump({**header, "samples": recs}) + "\n", ["batch"]


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# About this drop

Three studios ran their own generators against a local Qwen3 model served by Ollama: Krishna Reel in Vijayawada
(Telugu keys, every record an event stream its workers append to), Champa Lantern in Luang Prabang (Lao keys,
fine-tuning rows in chat form) and Hampi Bytes in Mysuru (Kannada keys, a form of numbered sections). Settings:

```yaml
model: qwen3:14b
temperature: 0.75
num_ctx: 12288
think: true
stream_order: as_finished
```

Repeated calls were merged without removing repeats, and one job was stopped while it was still writing.
"""


#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "vijayawada": ["", "krishnareel", "krishnareel/streams"],
    "luang": ["", "champa", "champa/chat_rows"],
    "mysuru": ["", "hampibytes", "hampibytes/forms"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"{rng.randint(1, 4):02d}dec2026_{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh21",
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


def write_fresh21_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh21_folder, "fresh21")


if __name__ == "__main__":
    raise SystemExit(main())
