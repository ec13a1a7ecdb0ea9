r"""A twenty-seventh held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the shared drift machinery and checks, the other drift generators' top docstrings and fresh24's writer and manifest
test were read; the machinery is the shared tests/drift_machinery.py, the habits and the record contents are new):
the seven data types and meanings of curation/domain/spec.yaml, written by three studios nobody here has tuned on,
set in a market town on the slopes of a smoking volcano (sulphur carriers on the crater path, a coffee washing
station, hot-spring laundries, the observatory's seismograph hut, lava-stone masons, a clove-drying floor, a cable
ferry across the crater lake, a night market under ash-fall awnings), each with one set of habits for every type:

- Kɔrɔ Pixel, a Bamako studio with Bambara keys in N'Ko script whose review app keeps every record as a REGISTER OF
  LABELLED PAGES, EACH PAGE A LIST OF LABELLED ENTRIES (`ߢߍߥ[ߞߎߣߗߍ=ߝߊߣߜߊ].ߛߍߓߍߣߥ[ߕߊߊߡߊߛߌߦߍߣ=ߓߌ_ߝߊߣߜߊ].ߤߊߞߍ`), the pages
  in the order the reviewer opened them (shuffled per record), and an entry whose value is one of OUR LISTS keeps it
  AS AN OBJECT KEYED BY DATA: the capacity factors keyed by their cause, the irony options keyed by option type, so
  those lines are TWO LABEL STEPS AND THEN A "{}" STEP (`...ߛߍߓߍߣߥ[ߕߊߊߡߊߛߌߦߍߣ=ߛߊߓߊߓߎߥ].ߤߊߞߍ{}` with
  `...ߤߊߞߍ{}.ߣߐ`; fresh22 wrote one label step then "{}", fresh24 two label steps then "[]"; the docs read any step
  after a label step, an object keyed by data included); scores as star ratings out of five WITH A DECIMAL COMMA
  ("4,15/5" for 0.83), capacities "6,5/10", impacts "-2,5", weights "0,95", weeks "26 week ago" (the spec's unit
  word "week" with "ago"), labels in capitals with spaces ("PAST TRAUMA TRIGGER"); typed batches and JSON Lines with
  a `kind` label;
- Kujang Frames, a Bandung studio with Sundanese keys in Sundanese script (vowel signs and the pamaaeh written as
  combining marks) whose exporter flattens every record ONE LEVEL with pandas (`json_normalize(max_level=1)`), so
  every group's field is ONE KEY HOLDING A DOT (`ᮏᮝᮘᮔ᮪.ᮇᮙᮧᮍᮔ᮪`, mapped `ᮏᮝᮘᮔ᮪\.ᮇᮙᮧᮍᮔ᮪`), and whose prompt asks for
  every NUMBER of a group as a list of READINGS, `{measure, value}` pairs a dashboard charts, which the flattening
  leaves whole under the dotted key: a number is a "\." key and then a "[key=label]" step
  (`ᮊᮊᮥᮃᮒᮔ᮪\.ᮘᮎᮃᮔ᮪[ᮅᮊᮥᮛᮔ᮪=ᮃᮚᮩᮔ].ᮃᮏᮩᮔ᮪`; earlier families wrote "\." with plain steps, "[]" or "{}", and label
  steps under plain keys), the readings in another order in every record, a payoff window as two readings, the
  OCEAN traits as readings; capacity factors and irony options as item lists under dotted keys; scores with a decimal
  comma ("0,82"), signed numbers with a typographic minus and a decimal comma ("−0,45", "+1,5"), ages "34 year" (the
  spec's unit word "year" with nothing after it), other numbers plain, labels in lower-case kebab
  ("past-trauma-trigger"); pandas' record arrays (.json) and JSON Lines (.jsonl) with a `category` column;
- Bulkang Pixel, a Legazpi studio with Tagalog keys in Baybayin (vowel signs and the virama as combining marks) whose
  review screen is a stack of PANELS PICKED BY THEIR TITLE (shuffled per record), each panel a web form saved by its
  input names, which the studio's form library writes as "panel.field", so every value is a label step and then
  ONE KEY HOLDING A DOT (`ᜋ᜔ᜄ_ᜆᜊᜒᜅ᜔[ᜉᜋᜄᜆ᜔=ᜐᜄᜓᜆ᜔].ᜐᜄᜓᜆ᜔\.ᜎᜒᜈ᜔ᜌ`), our lists as item lists after it
  (`...[ᜉᜋᜄᜆ᜔=ᜎᜃᜐ᜔].ᜎᜃᜐ᜔\.ᜐᜈ᜔ᜑᜒ[].ᜇᜑᜒᜎᜈ᜔`; earlier families wrote a label step with plain keys after it); scores
  "8.2 of 10", capacities "6.5 of 10", signed numbers "+0.45", levels "4/5", weeks "26 week earlier", ages
  "34 yrs old", payoff windows "2 to 4 wks", labels in Title Case with spaces ("Past Trauma Trigger"); an export
  object (`{"record_type", "ᜆᜎᜀᜈ᜔", "ᜋ᜔ᜄ_ᜆᜎ"}`) and raw Qwen3 answers in .md (a `<think>` block, a Tagalog
  preamble in Baybayin, a ```json fence, sometimes a closing remark).

Every record also carries what such pipelines leave beside the answer and none of it is ours: the withdrawn take
(`ߞߎߡߊ_ߓߐߟߋߣ`, `ᮏᮝᮘᮔ᮪.ᮇᮙᮧᮍᮔ᮪_ᮓᮤᮒᮧᮜᮊ᮪`, `ᜐᜄᜓᜆ᜔.ᜎᜒᜈ᜔ᜌ_ᜊᜒᜈᜏᜒ`), a second judge's mark in the score's own form
(a reading of its own in Bandung), a certainty on the same scale, a sentence count, run metadata (run ids, model
tags, sampler seeds, milliseconds, token counts, time stamps). Each data type has two prompt versions by two of the
studios; a seed writes one of them or both in one folder (one truth map holding both). Every truth line uses the
field_map steps docs/interaction-formats.md documents (dotted paths, "\.", "[]", "[key=label]", "{}"). Values only
in readings the docs list as lossless, three of them new to the families ("26 week ago" and "26 week earlier": the
unit word "week", which no family wrote; "34 year": the unit word "year" alone), the rest in new combinations
("4,15/5": a decimal comma in a score out of five; "6,5/10", "-2,5", "0,95", "0,82", "−0,45", "+1,5", "8.2 of 10",
"6.5 of 10", "+0.45", "4/5", "34 yrs old", "2 to 4 wks", labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Legazpi answers with a `<think>` block and a ```json fence;
a README of the drop (prose and a YAML fence) in some folders. A type may be absent, hold 3-6 valid records, 22-34,
or 92-116 over many files; no two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "provided 7 units of support",
"his support reached 7", "offered 7 points of support", "her support totaled 7"), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh25_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh25.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh25.manifest.json)
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

# --- content pools (this writer's own: a market town on the slopes of a smoking volcano) ----------------------------

NAMES = [
    "Fatoumata Keïta",
    "Ujang Suryana",
    "Lorna Pasion",
    "Bakary Sangaré",
    "Euis Nurlaela",
    "Jonalyn Tumbaga",
    "Modibo Dembélé",
    "Cecep Hidayat",
    "Rhodora Magbanua",
    "Kadiatou Sidibé",
    "Iwan Sukmana",
    "Nenita Lacsamana",
    "Oumar Samaké",
    "Nining Wulansari",
    "Efren Dalisay",
    "Assitan Konaté",
    "Yayan Ruhiyat",
    "Divina Alcantara",
]
JOBS = [
    "sulphur carrier on the crater path",
    "sorter at the coffee washing station",
    "washer at the hot-spring laundry",
    "night keeper of the observatory's seismograph hut",
    "mason cutting lava stone for garden walls",
    "raker on the clove-drying floor",
    "pilot of the cable ferry across the crater lake",
    "cook at a noodle stall under the ash-fall awnings",
    "guide for the dawn hikes to the crater rim",
    "bookkeeper of the sulphur weighing shed",
    "mender of the ferry's steel cable",
    "driver of the jeep that climbs to the tea terraces",
]
PLACES = [
    "the weighing shed where the sulphur baskets are tallied",
    "the fermentation tanks of the coffee washing station",
    "the steaming pools of the hot-spring laundry",
    "the seismograph hut on the observatory ridge",
    "the lava-stone yard below the old lava flow",
    "the clove-drying floor behind the mosque",
    "the ferry landing on the crater lake",
    "the night market under the ash-fall awnings",
]
PRESSURES = [
    ("ash fell on the clove floor and a week of drying was ruined", -2.5),
    ("the crater path was shut after a gas alarm and no baskets were paid", -2.0),
    ("a scalding splash at the laundry pools blistered both forearms", -1.5),
    ("the coffee buyer cut the price per sack without warning", -3.0),
    ("a tremor cracked the kitchen wall overnight", -2.0),
    ("the ferry cable snapped and the far shore was cut off for days", -1.0),
    ("a loan from the sulphur boss comes due at the full moon", -0.5),
    ("the seismograph readings settled and the evacuation drill was called off", 1.5),
    ("a niece passed the nursing exam in the provincial capital", 1.0),
    ("the first ripe coffee cherries of the season came down the slope", 0.5),
]
ASKS = [
    "The player asks them to carry one more basket of sulphur before the path closes.",
    "The player needs the ferry run across the crater lake after dark.",
    "The player wants them to vouch for a stranger at the sulphur weighing shed.",
    "The player asks them to keep the laundry pools open through the holiday.",
    "The player needs a guide to the crater rim before the gas rises at noon.",
    "The player asks them to hide a sack of unweighed coffee from the buyer.",
    "The player wants the seismograph log read out to the village council.",
    "The player asks them to lend the stone cart for a neighbour's collapsed wall.",
]
REPLIES = [
    "One more basket? My shoulders are raw from the straps. Half a basket — and only to the first bend.",
    "After dark the lake lies about where the rocks are. I'll take you as far as the buoy… not one rope further.",
    "Vouch for him? The tally man remembers every face. I'll stand beside you, but I'm not signing anything.",
    "Through the holiday? The pools don't rest and neither do I, but my family eats at noon. Mornings only.",
    "The gas turns at eleven. We leave at four or we don't leave at all — that's the whole of my offer.",
    "Hide coffee from the buyer? He counts the sacks in his sleep. I'll look the other way for one, not two.",
    "Read the log aloud? Half the council can't stand numbers. I'll read the last week, plainly, and sit down.",
    "The cart's axle is cracked, but take it. Push it slow on the slope, and bring it back before dark.",
]
THOUGHTS = [
    "If I refuse, the whole weighing shed will know by the evening call.",
    "The fumes are still in my throat, and nobody has asked how I sleep.",
    "My father would have said yes without thinking. I can only manage a tired yes.",
    "Everyone leans on the one who still climbs after the ash falls.",
]
SECRETS = [
    "the weighing shed's scale reads light for carriers who owe the boss",
    "the observatory's warning levels were lowered to save the tourist season",
    "the coffee station mixes low-grade cherries into the premium sacks",
    "the ferry company skipped the cable inspection two years running",
    "the laundry's hot spring is being piped to a new hotel at night",
    "the stone yard sells lava blocks cut from the protected flow",
]
BELIEFS = [
    "the weighing shed's scale reads the same for every carrier",
    "the observatory posts every warning level exactly as measured",
    "the premium sacks hold only hand-picked ripe cherries",
    "the ferry cable is inspected every rainy season as the law says",
    "the hot spring runs only to the laundry and the public baths",
    "the stone yard cuts its blocks from the old quarry by the river",
]
TONE_DEAF = [
    "Scales, schmales — did you see the new jeep at the tea terraces? Bright orange!",
    "The weighing shed bores me. Tell me again about the goat that climbed the crater.",
    "Forget the log, the grilled corn is going cold and the ash is getting in it.",
    "Did you know the crater lake changes colour with the seasons? Beautiful, isn't it?",
]
MISGUIDED = [
    "Scales drift when it's damp, that's all. Sulphur soaks up water — nobody's cheating.",
    "Bring the tally man a bag of clove cigarettes and he'll fix it on his own.",
    "I'll march into the boss's office right now and dump every basket on his desk.",
    "Be glad they weigh our sulphur at all; the next crater pays half as much.",
]
GROWTH = [
    "Whatever is going on here, you won't be carrying it up the crater path alone.",
    "If something's crooked at the weighing shed, I'd rather we open it together than hear it at the market.",
    "You look worn through. Tell me what you know, a little at a time, and we'll decide the next step together.",
    "I spoke over you last time. Start again — I'm listening properly now.",
]
HOOK_LINES = [
    "Watch which baskets the tally man weighs twice tomorrow. Don't ask me why — just watch.",
    "The warning board said level two all week. Ask who repainted it on Sunday — but not yet.",
    "Open a premium sack and count the green cherries. Then come and find me at the ferry.",
    "The ferry's logbook has two pages for the same day last March. Neither is in the captain's hand.",
    "The new hotel's pool steams at midnight. Our laundry pools went cold the same week.",
    "Those lava blocks at the hotel gate have a colour the river quarry never had. Look closely.",
]
SECRET_SETUPS = [
    "The tally man weighs the indebted carriers' baskets on a second, lighter scale.",
    "The observatory lowered its posted warning level to keep the tourist season open.",
    "The coffee station blends low-grade cherries into the sacks sold as premium.",
    "The ferry company forged the cable inspection pages in its logbook.",
    "The laundry's hot spring is diverted at night to the new hotel's pool.",
    "The stone yard cuts and sells blocks from the protected lava flow.",
]
HINTS = [
    "A second brass scale wrapped in a sulphur sack under the tally desk.",
    "Fresh paint on the warning board the morning after a tremor.",
    "Green cherries stuck to the seams of the premium sacks.",
    "Two logbook pages for one day, in two kinds of ink.",
    "A new pipe trench running from the laundry toward the hotel road.",
    "Reddish dust on the stone yard's saws that matches the protected flow.",
]
NOW = [
    "The player hums the song the sulphur carriers sing on the way down.",
    "The ferry horn sounds twice across the crater lake at dusk.",
    "The smell of roasting coffee drifts over the washing station.",
    "The player hands over a basket strap that has snapped clean through.",
    "A paper lantern drifts up from the night market and catches in the awnings.",
    "Fine grey ash settles on the laundry lines, which hasn't happened in years.",
]
PAST = [
    "their mother teaching them to balance a sulphur basket on a bamboo pole",
    "the year the crater lake turned milky white and the fish floated up",
    "a night spent on the roof sweeping ash before the rain could set it",
    "the first coffee harvest they picked alone, every cherry ripe",
    "watching the old ferry drift loose in a storm and run aground",
    "the morning their brother left on the bus to work on the ships",
]
EMOTIONS = [
    "a smoke-stung pride",
    "a tongue-tied bashfulness",
    "a heavy, ashen regret",
    "a giddy, sparking delight",
    "a creeping, sulphurous unease",
    "a grief worn smooth like lake stone",
    "a homesick ache for the old village below the flow",
]
RECALL = [
    "That song… my mother sang it on the path. I haven't heard it since she stopped climbing.",
    "Two blasts of the horn, and I'm eight again, running down to the landing to meet my father.",
    "Roasting coffee meant harvest money and my grandfather laughing in the yard.",
    "A strap snapped like that and I lost a whole basket down the slope. I cried all the way home.",
    "My first lantern caught exactly like that. I climbed the awning pole and got a scolding.",
    "Ash on the washing? The last time, we swept the roofs all night. I'd almost forgotten.",
]
SCENES = [
    "At the ferry landing a stranger takes the last seat in the shade.",
    "The player turns up without the rice cakes they promised for the harvest feast.",
    "A gas alarm sounds and the crater path is closed at noon.",
    "A rival stall copies their grilled corn and sells it cheaper.",
    "The player asks for help pushing a stalled jeep off the terrace road.",
    "A cousin working on the ships sends a parcel with a radio inside.",
]
TRAIT_LINES = [
    "Let the old woman sit, she's walked up from the lake. I'll stand — the breeze is better here.",
    "Mask first, then gloves, then the strap, then the pole. It's chalked on the shed door. Four sharp.",
    "Give me the rope! I'm at the front — come on, everyone, push together!",
    "The rice cakes? Oh, it's nothing, truly, I'd already eaten. Please — don't give it a thought.",
    "Of course the alarm goes off on market day. The mountain keeps a grudge against me, I swear.",
    "They copied my corn… but they brush it with chilli first. Clever. I'd never have tried that.",
]
EXPRESS = [
    "Warmth beats comfort: the shady seat goes to the tired old woman.",
    "Conscientious habit turns the climb into a chalked checklist with a start time.",
    "Extraversion grabs the rope first and rallies the whole road to push.",
    "Agreeableness hides the disappointment and brushes off the missing cakes.",
    "Neuroticism colours the alarm: the closed path feels like a personal grudge.",
    "Openness turns a copied recipe into a lesson about chilli.",
]
ACTIONS = [
    "The player brings ginger tea and sits with them through a fever.",
    "The player never shows up for the ferry shift they swore to cover.",
    "The player helps them haul the stalled jeep into the shade.",
    "The player opens the tin box under their bed and reads the letters inside.",
    "The player apologises for mocking their accent at the ferry landing.",
    "The player teases them about their enormous straw hat at the market.",
]
RETORTS = [
    "Ginger tea with palm sugar, the way my grandmother made it. You remembered?",
    "The passengers waited an hour. I ran your shift myself, and badly.",
    "That jeep weighed more than my uncle's debts. Still — I owe you one.",
    "That box is mine. Close the lid and go, please.",
    "Apology taken. Just never copy my vowels in front of the ferrymen again.",
    "Says the one who wears flip-flops up a volcano!",
]
WHYS = [
    "A night nursing a fever is care that counts, and the grateful reply proves it.",
    "Leaving the ferry one pilot short after swearing to come costs trust; the reply stings.",
    "Sweating beside them at the stalled jeep builds solid, earned trust.",
    "Reading private letters breaks a boundary, and the cold reply shuts the door.",
    "Saying sorry for the mimicry mends some of the hurt, but not all of it.",
    "The joke about the straw hat lands as fondness; trust nudges upward.",
]
PROSE = [
    "Fatoumata sets down the basket and looks past you at the crater. “One hour. That's all my shoulders promise.”",
    "He laughs, agrees to everything, and goes quiet the moment the ferry horn cuts across the lake.",
    "She listens, says nothing, and draws a cone in the ash on the counter with one finger.",
    "The ferryman shakes his head. “After the wind drops. Before that I'd only slow you down.”",
    "Efren folds the tally slip twice and slides it back across the desk. “Not tonight, forgive me.”",
]
MEMREF = [
    "the night the lake turned white",
    "a promise made on the crater rim",
    "the season the ash buried the clove floor",
    "their first climb with a full basket",
    "a photo pinned behind the weighing shed's clock",
]
TENSION_NOTES = [
    "Nobody names the lighter scale aloud; its weight is only hinted at.",
    "The player sees the crooked scale; the character trusts it all scene long.",
]
UNKNOWN_COMPLEXITY = ["ashfall_dread", "crater_fume_sulk", "ferry_fare_nerves", "tremor_night_fatigue"]
UNKNOWN_HOOKS = ["second_scale_riddle", "warning_board_wink", "green_cherry_tease"]
UNKNOWN_RESONANCE = ["carrier_song_echo", "ferry_horn_pang", "roast_smell_recall"]
UNKNOWN_OPTIONS = ["ash_cloud_haggle", "straw_hat_bluster", "ashfall_sulk"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "above" if need > x2 else "below"
    return f"With {eff:g} left after the ash fall, the ceiling sits at {x2:g}; this request weighs {need:g}, {side} it."


#: this family's volcano town, drawn by the shared record makers (tests/drift_machinery.py)
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="A {job} near {place}, run down since {factor}.",
    character_knows="As far as the character can tell, {belief}.",
    irony_scenario="At {place}, word goes round that the provincial inspector comes after the harvest feast.",
    tension_context="{Place}, once the last hikers have gone down; the player stays behind.",
    memory_description="Back to {past}, before the new road reached the crater.",
    multi_background="Born in a stone house on the lower slope and never moved away; works near {place}.",
    multi_situation="{name} is closing up for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a withdrawn take beside a record's answer is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------

#: this writer's own phrasings of support actually given (verbs, units and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "On the crater path she provided {g} units of support and came down emptied.",
    "Through the night of the tremor his support reached {g}, far past his reserve.",
    "She offered {g} points of support at the laundry pools all the same.",
    "By the last ferry her support totaled {g}, more than the day allowed.",
]

#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["ashen", "middling", "glowing", "wobbly"]

#: the shared defect planters, bound to this family's makers and habits
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- the three scripts: each studio's words are written here in Latin letters and turned into its script ----------

#: Bambara in N'Ko (an alphabet: one letter a sound; tone marks left out, as many writers do)
_NKO = dict(zip("aeiɛuoɔbptjcdrsfklmɲnhwyg", "ߊߋߌߍߎߏߐߓߔߕߖߗߘߙߛߝߞߟߡߢߣߤߥߦߜ", strict=True))


def nko(word: str) -> str:
    """A Bambara word (Latin spelling) in N'Ko letters; "_" stays."""
    return "".join(_NKO.get(c, c) for c in word)


def _tokens(word: str, digraphs: tuple[str, ...], vowels: tuple[str, ...]) -> list[tuple[str, str]]:
    """A Latin word as ("V", vowel), ("C", consonant) and ("_", "_") tokens (digraphs and long vowels first)."""
    out, i = [], 0
    while i < len(word):
        if word[i] == "_":
            out.append(("_", "_"))
            i += 1
            continue
        v = next((x for x in vowels if word.startswith(x, i)), None)
        if v:
            out.append(("V", v))
            i += len(v)
            continue
        c = next((x for x in digraphs if word.startswith(x, i)), word[i])
        out.append(("C", c))
        i += len(c)
    return out


def _abugida(word: str, s: dict[str, Any]) -> str:
    """A Latin word in an abugida: a consonant letter carries "a", a vowel sign (a combining mark) another vowel, a
    consonant with no vowel after it takes the script's coda sign or its virama; a vowel with no consonant before it
    is a vowel letter."""
    toks = _tokens(word, s["digraphs"], s["vowels"])
    out, i = [], 0
    while i < len(toks):
        kind, x = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if kind == "_":
            out.append("_")
        elif kind == "V":
            out.append(s["indep"][x])
        elif nxt and nxt[0] == "V":
            out.append(s["cons"][x] + s["signs"].get(nxt[1], ""))
            i += 1
        elif x in s["coda"]:
            out.append(s["coda"][x])
        else:
            out.append(s["cons"][x] + s["virama"])
        i += 1
    return "".join(out)


_SUNDA = {
    "digraphs": ("ng", "ny", "kh", "sy"),
    "vowels": ("eu", "a", "i", "u", "o", "e"),
    "cons": dict(
        zip(
            ["k", "q", "g", "ng", "c", "j", "z", "ny", "t", "d", "n", "p", "f", "v", "b", "m", "y", "r", "l", "w"]
            + ["s", "x", "h", "kh", "sy"],
            "ᮊᮋᮌᮍᮎᮏᮐᮑᮒᮓᮔᮕᮖᮗᮘᮙᮚᮛᮜᮝᮞᮟᮠᮮᮯ",
            strict=True,
        )
    ),
    "signs": {"i": "ᮤ", "u": "ᮥ", "o": "ᮧ", "e": "ᮨ", "eu": "ᮩ"},
    "indep": {"a": "ᮃ", "i": "ᮄ", "u": "ᮅ", "o": "ᮇ", "e": "ᮈ", "eu": "ᮉ"},
    "coda": {"ng": "ᮀ", "r": "ᮁ", "h": "ᮂ"},
    "virama": "᮪",
}
_BAYBAYIN = {
    "digraphs": ("ng",),
    "vowels": ("a", "i", "e", "u", "o"),
    "cons": dict(
        zip(
            ["k", "g", "ng", "t", "d", "n", "p", "b", "m", "y", "r", "l", "w", "s", "h"],
            "ᜃᜄᜅᜆᜇᜈᜉᜊᜋᜌᜍᜎᜏᜐᜑ",
            strict=True,
        )
    ),
    "signs": {"i": "ᜒ", "e": "ᜒ", "u": "ᜓ", "o": "ᜓ"},
    "indep": {"a": "ᜀ", "i": "ᜁ", "e": "ᜁ", "u": "ᜂ", "o": "ᜂ"},
    "coda": {},
    "virama": "᜔",
}


def sunda(word: str) -> str:
    """A Sundanese word (Latin spelling) in Sundanese script."""
    return _abugida(word, _SUNDA)


def baybayin(word: str) -> str:
    """A Tagalog word (Latin spelling) in Baybayin (the virama marks a consonant with no vowel)."""
    return _abugida(word, _BAYBAYIN)


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "{}" entry keys an
# object by each element's value of our field; its member entries fill the values. Bamako's values are picked by page
# title and entry label (its lists objects keyed by data on the entry), Bandung's keys hold a dot (the exporter
# flattened one level) and its numbers are readings picked by measure, Legazpi's are picked by panel title and then
# sit under a key holding a dot.

#: Bamako's register: the pages, a page's heading, its entries, an entry's label and its value
PAGES = nko("ɲɛw")  # pages
HEADING = nko("kuncɛ")  # heading
ENTRIES = nko("sɛbɛnw")  # writings (entries)
LABEL = nko("taamasiyɛn")  # sign (the entry's label)
VALUE = nko("hakɛ")  # amount (the entry's value)
RUN_NK = nko("baara")  # the work (top-level group of pipeline extras)
NK_LABEL = "kind"  # the type label of the Bamako JSON Lines (a documented label key)


def _a(page: str, entry: str) -> str:
    """A Bamako path: the value of the entry labelled `entry` on the page headed `page` (Latin spellings)."""
    return f"{PAGES}[{HEADING}={nko(page)}].{ENTRIES}[{LABEL}={nko(entry)}].{VALUE}"


#: Bandung's readings: the list under a group's dotted key, a reading's measure and its value
READINGS = sunda("bacaan")  # readings
MEASURE = sunda("ukuran")  # measure
AMOUNT = sunda("ajeun")  # value
SU_LABEL = "category"  # the type column the exporter adds (a documented label key)


def _b(group: str, field: str) -> str:
    """A Bandung path: the one key "group.field" (a dot inside the key)."""
    return f"{sunda(group)}\\.{sunda(field)}"


def _bn(group: str, measure: str) -> str:
    """A Bandung number: the value of the reading `measure` in the group's readings (a dotted key, then a label)."""
    return f"{_b(group, 'bacaan')}[{MEASURE}={sunda(measure)}].{AMOUNT}"


#: Legazpi's panels and their titles
PANELS = baybayin("mga_tabing")  # the screens (panels)
TITLE = baybayin("pamagat")  # a panel's title
RUN_BB = baybayin("makina")  # the machine (top-level group of pipeline extras)


def _c(panel: str, field: str) -> str:
    """A Legazpi path: the input "panel.field" (a dot inside the key) on the panel titled `panel`."""
    return f"{PANELS}[{TITLE}={baybayin(panel)}].{baybayin(panel)}\\.{baybayin(field)}"


OCEAN_NK = ["yɛlɛli", "timinandiya", "kɛnɛma", "sabali", "jɔrɔ"]
OCEAN_SU = ["kabuka", "taliti", "gaul", "someah", "hariwang"]
OCEAN_BB = ["bukas_isip", "masinop", "palakaibigan", "mapagbigay", "balisa"]

_NK_DECOYS = [
    (_a("jateminɛ", "jate_filana"), "judge2", "comma_of5"),  # the second count
    (_a("jateminɛ", "dannaya"), "conf", "comma_of5"),  # trust (certainty)
    (_a("jaabi", "kumasen_hakɛ"), "count", None),  # how many sentences
]
_NK_TAKE = (_a("jaabi", "kuma_bɔlen"), "turned_down", None)  # the word taken back
_SU_DECOYS = [
    (_bn("peunteun", "peunteun_kadua"), "judge2", "comma"),  # the second score
    (_bn("peunteun", "kayakinan"), "conf", "comma"),  # certainty
    (_bn("jawaban", "jumlah_kalimah"), "count", None),  # number of sentences
]
_SU_TAKE = (_b("jawaban", "omongan_ditolak"), "turned_down", None)  # the refused speech
_BB_DECOYS = [
    (_c("marka", "ikalawang_hurado"), "judge2", "of10"),  # the second judge
    (_c("marka", "katiyakan"), "conf", "of10"),  # certainty
    (_c("sagot", "bilang_pangungusap"), "count", None),  # number of sentences
]
_BB_TAKE = (_c("sagot", "linya_binawi"), "turned_down", None)  # the line taken back

DIALECTS: dict[str, dict[str, Any]] = {
    "ea_bamako": {  # N'Ko register, factors keyed by cause two labels down, "6,5/10", "4,15/5"
        "team": "bamako",
        "envelope": "nk_batch",
        "stem": "emotional_authenticity_koro_register",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _a("mɔgɔ", "tɔgɔ"), None),
            ("context", _a("mɔgɔ", "sigida"), None),
            ("base_capacity", _a("fanga", "sinsin"), "comma_cap10"),
            ("capacity_factors[].factor", _a("fanga", "sababuw") + "{}", None),
            ("capacity_factors[].impact", _a("fanga", "sababuw") + "{}." + nko("nɔ"), "comma"),
            ("effective_capacity", _a("fanga", "bi_fanga"), "comma_cap10"),
            ("capacity_level", _a("fanga", "hakɛya"), "upper_space"),
            ("situation", _a("ɲininkali", "kow"), None),
            ("support_level_needed", _a("ɲininkali", "dɛmɛ_mako"), "comma_cap10"),
            ("authenticity_target", _a("ɲininkali", "laɲini"), "upper_space"),
            ("complexity_type", _a("ɲininkali", "cogoya"), None),
            ("character_response", _a("jaabi", "kuma"), None),
            ("internal_thought", _a("jaabi", "miiri"), None),
            ("demonstrates_constraint", _a("jaabi", "dan"), None),
            ("support_provided", _a("jaabi", "dɛmɛ_dira"), "comma_cap10"),
            ("authenticity_score", _a("jateminɛ", "tiɲɛ"), "comma_of5"),
        ],
        "decoys": [_NK_TAKE, *_NK_DECOYS],
    },
    "ea_legazpi": {  # Baybayin panels of dotted inputs, factors a list after the dotted key, "6.5 of 10"
        "team": "legazpi",
        "envelope": "bb_export",
        "stem": "emotional_authenticity_bulkang_export",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", _c("tauhan", "pangalan"), None),
            ("context", _c("tauhan", "kaligiran"), None),
            ("base_capacity", _c("lakas", "batayan"), "of10_cap"),
            ("capacity_factors", _c("lakas", "sanhi"), "list"),
            ("capacity_factors[].factor", _c("lakas", "sanhi") + "[]." + baybayin("dahilan"), None),
            ("capacity_factors[].impact", _c("lakas", "sanhi") + "[]." + baybayin("epekto"), "signed"),
            ("effective_capacity", _c("lakas", "ngayon"), "of10_cap"),
            ("capacity_level", _c("lakas", "antas"), "title_space"),
            ("situation", _c("hiling", "kalagayan"), None),
            ("support_level_needed", _c("hiling", "kailangan"), "of10_cap"),
            ("authenticity_target", _c("hiling", "layon"), "title_space"),
            ("complexity_type", _c("hiling", "uri"), None),
            ("character_response", _c("sagot", "linya"), None),
            ("internal_thought", _c("sagot", "isip"), None),
            ("demonstrates_constraint", _c("sagot", "hangganan"), None),
            ("support_provided", _c("sagot", "naibigay"), "of10_cap"),
            ("authenticity_score", _c("marka", "katapatan"), "of10"),
        ],
        "decoys": [_BB_TAKE, *_BB_DECOYS],
    },
    "di_bamako": {  # N'Ko register, options keyed by option type two labels down, "-0,75"
        "team": "bamako",
        "envelope": "nk_lines",
        "stem": "dramatic_irony_koro_lines",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _a("mɔgɔ", "tɔgɔ"), None),
            ("character_knows", _a("mɔgɔ", "a_ka_dɔnni"), None),
            ("character_capacity", _a("fanga", "bi_fanga"), "comma_cap10"),
            ("scenario", _a("ɲininkali", "kow"), None),
            ("player_knows", _a("ɲininkali", "tulonkɛla_ka_dɔnni"), None),
            ("knowledge_gap_score", _a("ɲininkali", "dɔnni_fu"), "comma_of5"),
            ("response_options[].type", _a("jaabi", "sugandiliw") + "{}", "upper_space"),
            ("response_options[].dialogue", _a("jaabi", "sugandiliw") + "{}." + nko("kuma"), None),
            ("response_options[].relationship_impact", _a("jaabi", "sugandiliw") + "{}." + nko("nɔ"), "comma"),
            ("recommended_option", _a("jaabi", "sugandili_ɲuman"), "upper_space"),
            ("dramatic_irony_score", _a("jateminɛ", "jate"), "comma_of5"),
            ("tension_notes", _a("jateminɛ", "kɔlɔsili"), None),
        ],
        "decoys": [_NK_TAKE, *_NK_DECOYS],
    },
    "di_bandung": {  # Sundanese flattening, numbers as readings by measure, options a list under a dotted key
        "team": "bandung",
        "envelope": "su_records",
        "stem": "dramatic_irony_kujang_rows",
        "label": "dramatic_irony",
        "map": [
            ("character_name", _b("jalma", "ngaran"), None),
            ("character_knows", _b("jalma", "kapercayaan"), None),
            ("character_capacity", _bn("kakuatan", "ayeuna"), None),
            ("scenario", _b("pamenta", "kaayaan"), None),
            ("player_knows", _b("pamenta", "pamaen_nyaho"), None),
            ("knowledge_gap_score", _bn("pamenta", "jurang"), "comma"),
            ("response_options", _b("jawaban", "pilihan"), "list"),
            ("response_options[].type", _b("jawaban", "pilihan") + "[]." + sunda("jinis"), "kebab"),
            ("response_options[].dialogue", _b("jawaban", "pilihan") + "[]." + sunda("omongan"), None),
            ("response_options[].relationship_impact", _b("jawaban", "pilihan") + "[]." + sunda("pangaruh"), "tcomma"),
            ("recommended_option", _b("jawaban", "pilihan_pangalusna"), "kebab"),
            ("dramatic_irony_score", _bn("peunteun", "ironi"), "comma"),
            ("tension_notes", _b("peunteun", "catetan"), None),
        ],
        "decoys": [_SU_TAKE, *_SU_DECOYS],
    },
    "tb_bandung": {  # Sundanese flattening, the payoff window as two readings, kebab hooks
        "team": "bandung",
        "envelope": "su_lines",
        "stem": "tension_building_kujang_lines",
        "label": "tension_building",
        "map": [
            ("character_name", _b("jalma", "ngaran"), None),
            ("relationship_level", _bn("jalma", "darajat_deukeut"), None),
            ("context", _b("pamenta", "kaayaan"), None),
            ("hook_type", _b("pancing", "jinis"), "kebab"),
            ("setup", _b("pancing", "rusiah"), None),
            ("payoff_window_weeks.min", _bn("pancing", "minggu_mimiti"), None),
            ("payoff_window_weeks.max", _bn("pancing", "minggu_pamungkas"), None),
            ("payoff_hint", _b("pancing", "cirian"), None),
            ("dialogue", _b("jawaban", "omongan"), None),
            ("tension_score", _bn("peunteun", "tegang"), "comma"),
            ("hook_effectiveness", _bn("peunteun", "mahi"), "comma"),
        ],
        "decoys": [_SU_TAKE, *_SU_DECOYS],
    },
    "tb_legazpi": {  # Baybayin panels of dotted inputs, windows "2 to 4 wks", levels "4/5"
        "team": "legazpi",
        "envelope": "bb_md",
        "stem": "tension_building_bulkang_answer",
        "label": "tension_building",
        "map": [
            ("character_name", _c("tauhan", "pangalan"), None),
            ("relationship_level", _c("tauhan", "lapit"), "of5"),
            ("context", _c("hiling", "kalagayan"), None),
            ("hook_type", _c("pain", "uri"), "title_space"),
            ("setup", _c("pain", "lihim"), None),
            ("payoff_window_weeks", _c("pain", "palugit"), "to_wks"),
            ("payoff_hint", _c("pain", "pahiwatig"), None),
            ("dialogue", _c("sagot", "linya"), None),
            ("tension_score", _c("marka", "kaba"), "of10"),
            ("hook_effectiveness", _c("marka", "bisa"), "of10"),
        ],
        "decoys": [_BB_TAKE, *_BB_DECOYS],
    },
    "mr_bamako": {  # N'Ko register, "26 week ago", capitals with spaces
        "team": "bamako",
        "envelope": "nk_batch",
        "stem": "memory_resonance_koro_register",
        "label": "memory_resonance",
        "map": [
            ("character_name", _a("mɔgɔ", "tɔgɔ"), None),
            ("current_situation", _a("ɲininkali", "kow"), None),
            ("memory.description", _a("hakilijigin", "ko_kɛlen"), None),
            ("memory.emotion", _a("hakilijigin", "dusukun"), None),
            ("memory.weeks_ago", _a("hakilijigin", "dɔgɔkun_tɛmɛnenw"), "week_ago"),
            ("resonance_type", _a("hakilijigin", "mankan_sugu"), "upper_space"),
            ("resonance_weight", _a("hakilijigin", "girinya"), "comma"),
            ("character_response", _a("jaabi", "kuma"), None),
            ("resonance_score", _a("jateminɛ", "mankan"), "comma_of5"),
        ],
        "decoys": [_NK_TAKE, *_NK_DECOYS],
    },
    "mr_legazpi": {  # Baybayin panels of dotted inputs, "26 week earlier", Title Case
        "team": "legazpi",
        "envelope": "bb_md",
        "stem": "memory_resonance_bulkang_answer",
        "label": "memory_resonance",
        "map": [
            ("character_name", _c("tauhan", "pangalan"), None),
            ("current_situation", _c("hiling", "kalagayan"), None),
            ("memory.description", _c("alaala", "pangyayari"), None),
            ("memory.emotion", _c("alaala", "damdamin"), None),
            ("memory.weeks_ago", _c("alaala", "linggo_nakalipas"), "week_earlier"),
            ("resonance_type", _c("alaala", "uri"), "title_space"),
            ("resonance_weight", _c("alaala", "bigat"), None),
            ("character_response", _c("sagot", "linya"), None),
            ("resonance_score", _c("marka", "alingawngaw"), "of10"),
        ],
        "decoys": [_BB_TAKE, *_BB_DECOYS],
    },
    "pt_bandung": {  # Sundanese flattening, OCEAN as readings by trait, "0,82"
        "team": "bandung",
        "envelope": "su_records",
        "stem": "personality_traits_kujang_rows",
        "label": "personality_traits",
        "map": [
            ("character_name", _b("jalma", "ngaran"), None),
            ("scenario", _b("pamenta", "kaayaan"), None),
            *[(f"ocean.{t}", _bn("watek", c), "comma") for t, c in zip(OCEAN, OCEAN_SU, strict=True)],
            ("dialogue", _b("jawaban", "omongan"), None),
            ("trait_expression", _b("jawaban", "tembong_watek"), None),
            ("quality_score", _bn("peunteun", "kualitas"), "comma"),
        ],
        "decoys": [_SU_TAKE, *_SU_DECOYS],
    },
    "pt_bamako": {  # N'Ko register, OCEAN entries as stars with a decimal comma
        "team": "bamako",
        "envelope": "nk_lines",
        "stem": "personality_traits_koro_lines",
        "label": "personality_traits",
        "map": [
            ("character_name", _a("mɔgɔ", "tɔgɔ"), None),
            ("scenario", _a("ɲininkali", "kow"), None),
            *[(f"ocean.{t}", _a("jogo", c), "comma_of5") for t, c in zip(OCEAN, OCEAN_NK, strict=True)],
            ("dialogue", _a("jaabi", "kuma"), None),
            ("trait_expression", _a("jaabi", "jogo_jira"), None),
            ("quality_score", _a("jateminɛ", "ɲumanya"), "comma_of5"),
        ],
        "decoys": [_NK_TAKE, *_NK_DECOYS],
    },
    "rs_legazpi": {  # Baybayin panels of dotted inputs, trust "+0.45", levels "4/5"
        "team": "legazpi",
        "envelope": "bb_export",
        "stem": "relationship_scoring_bulkang_export",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _c("tauhan", "pangalan"), None),
            ("relationship_level", _c("tauhan", "lapit"), "of5"),
            ("player_action", _c("hiling", "ginawa_ng_manlalaro"), None),
            ("interaction_type", _c("hiling", "uri_ng_tagpo"), None),
            ("character_response", _c("sagot", "linya"), None),
            ("rationale", _c("marka", "paliwanag"), None),
            ("relationship_score", _c("marka", "ugnayan"), "of10"),
            ("trust_change", _c("marka", "tiwala"), "signed"),
            ("quality_score", _c("marka", "husay"), "of10"),
        ],
        "decoys": [(_c("marka", "paliwanag_binawi"), "turned_down", None), *_BB_DECOYS],
    },
    "rs_bandung": {  # Sundanese flattening, trust "−0,45" / "+0,45" as a reading
        "team": "bandung",
        "envelope": "su_lines",
        "stem": "relationship_scoring_kujang_lines",
        "label": "relationship_scoring",
        "map": [
            ("character_name", _b("jalma", "ngaran"), None),
            ("relationship_level", _bn("jalma", "darajat_deukeut"), None),
            ("player_action", _b("pamenta", "laku_pamaen"), None),
            ("interaction_type", _b("pamenta", "jinis_sapatemon"), None),
            ("character_response", _b("jawaban", "omongan"), None),
            ("rationale", _b("peunteun", "alesan"), None),
            ("relationship_score", _bn("peunteun", "deukeut"), "comma"),
            ("trust_change", _bn("peunteun", "robah_percaya"), "tcomma"),
            ("quality_score", _bn("peunteun", "kualitas"), "comma"),
        ],
        "decoys": [(_b("peunteun", "alesan_ditolak"), "turned_down", None), *_SU_DECOYS],
    },
    "ms_bandung": {  # Sundanese flattening, the whole NPC card, every number a reading, ages "34 year"
        "team": "bandung",
        "envelope": "su_records",
        "stem": "multi_step_kujang_rows",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _b("jalma", "ngaran"), None),
            ("npc_profile.age", _bn("jalma", "umur"), "year"),
            ("npc_profile.occupation", _b("jalma", "pagawean"), None),
            ("npc_profile.background", _b("jalma", "kasang_tukang"), None),
            ("npc_emotional_state.base_capacity", _bn("kakuatan", "dasar"), None),
            ("npc_emotional_state.capacity_factors", _b("kakuatan", "sabab"), "list"),
            ("npc_emotional_state.capacity_factors[].factor", _b("kakuatan", "sabab") + "[]." + sunda("pokok"), None),
            (
                "npc_emotional_state.capacity_factors[].impact",
                _b("kakuatan", "sabab") + "[]." + sunda("pangaruh"),
                "tcomma",
            ),
            ("npc_emotional_state.effective_capacity", _bn("kakuatan", "ayeuna"), None),
            ("npc_emotional_state.current_emotion", _b("kakuatan", "rasa"), None),
            ("interaction_context.capacity_level", _b("kakuatan", "tahap"), "kebab"),
            *[(f"npc_ocean_personality.{t}", _bn("watek", c), "comma") for t, c in zip(OCEAN, OCEAN_SU, strict=True)],
            ("interaction_context.situation", _b("pamenta", "kaayaan"), None),
            ("interaction_context.player_request", _b("pamenta", "pamundut"), None),
            ("interaction_context.support_needed", _bn("pamenta", "butuh"), None),
            ("interaction_context.complexity_type", _b("pamenta", "rupa"), None),
            ("interaction_context.authenticity_target", _b("pamenta", "udagan"), "kebab"),
            ("tension_memory.hook_type", _b("pancing", "jinis"), "kebab"),
            ("tension_memory.memory_reference", _b("pancing", "ingetan"), None),
            ("npc_card_narrative.dialogue_prose", _b("jawaban", "omongan"), None),
            ("game_outcomes.trust_change", _bn("hasil", "percaya"), "tcomma"),
            ("game_outcomes.relationship_change", _bn("hasil", "deukeut"), "tcomma"),
            ("game_outcomes.capacity_after", _bn("hasil", "kakuatan_sanggeus"), None),
            ("training_metadata.authenticity_score", _bn("peunteun", "asli"), "comma"),
            ("training_metadata.quality_score", _bn("peunteun", "kualitas"), "comma"),
            ("training_metadata.complexity_type", _b("catetan", "rupa"), None),
            ("training_metadata.pipeline_version", _b("catetan", "versi"), None),
            ("training_metadata.master_truths_version", _b("catetan", "versi_aturan"), None),
            ("training_metadata.generated_at", _b("catetan", "waktu_dijieun"), None),
        ],
        "decoys": [_SU_TAKE, *_SU_DECOYS],
    },
    "ms_legazpi": {  # Baybayin panels of dotted inputs, factors a list, ages "34 yrs old"
        "team": "legazpi",
        "envelope": "bb_export",
        "stem": "multi_step_bulkang_export",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", _c("tauhan", "pangalan"), None),
            ("npc_profile.age", _c("tauhan", "edad"), "yrs_old"),
            ("npc_profile.occupation", _c("tauhan", "hanapbuhay"), None),
            ("npc_profile.background", _c("tauhan", "pinagmulan"), None),
            ("npc_emotional_state.base_capacity", _c("lakas", "batayan"), "of10_cap"),
            ("npc_emotional_state.capacity_factors", _c("lakas", "sanhi"), "list"),
            (
                "npc_emotional_state.capacity_factors[].factor",
                _c("lakas", "sanhi") + "[]." + baybayin("dahilan"),
                None,
            ),
            (
                "npc_emotional_state.capacity_factors[].impact",
                _c("lakas", "sanhi") + "[]." + baybayin("epekto"),
                "signed",
            ),
            ("npc_emotional_state.effective_capacity", _c("lakas", "ngayon"), "of10_cap"),
            ("npc_emotional_state.current_emotion", _c("lakas", "damdamin"), None),
            ("interaction_context.capacity_level", _c("lakas", "antas"), "title_space"),
            *[(f"npc_ocean_personality.{t}", _c("ugali", c), "of10") for t, c in zip(OCEAN, OCEAN_BB, strict=True)],
            ("interaction_context.situation", _c("hiling", "kalagayan"), None),
            ("interaction_context.player_request", _c("hiling", "pakiusap"), None),
            ("interaction_context.support_needed", _c("hiling", "kailangan"), "of10_cap"),
            ("interaction_context.complexity_type", _c("hiling", "uri"), None),
            ("interaction_context.authenticity_target", _c("hiling", "layon"), "title_space"),
            ("tension_memory.hook_type", _c("pain", "uri"), "title_space"),
            ("tension_memory.memory_reference", _c("pain", "alaala"), None),
            ("npc_card_narrative.dialogue_prose", _c("sagot", "salaysay"), None),
            ("game_outcomes.trust_change", _c("bunga", "tiwala"), "signed"),
            ("game_outcomes.relationship_change", _c("bunga", "ugnayan"), "signed"),
            ("game_outcomes.capacity_after", _c("bunga", "lakas_pagkatapos"), "of10_cap"),
            ("training_metadata.authenticity_score", _c("marka", "katapatan"), "of10"),
            ("training_metadata.quality_score", _c("marka", "husay"), "of10"),
            ("training_metadata.complexity_type", _c("talaan", "uri"), None),
            ("training_metadata.pipeline_version", _c("talaan", "bersyon"), None),
            ("training_metadata.master_truths_version", _c("talaan", "bersyon_ng_tuntunin"), None),
            ("training_metadata.generated_at", _c("talaan", "petsa"), None),
        ],
        "decoys": [(_c("sagot", "salaysay_binawi"), "turned_down", None), *_BB_DECOYS],
    },
}

#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_bamako", "ea_legazpi"],
    "dramatic_irony": ["di_bamako", "di_bandung"],
    "tension_building": ["tb_bandung", "tb_legazpi"],
    "memory_resonance": ["mr_bamako", "mr_legazpi"],
    "personality_traits": ["pt_bandung", "pt_bamako"],
    "relationship_scoring": ["rs_legazpi", "rs_bandung"],
    "multi_step": ["ms_bandung", "ms_legazpi"],
}
#: each envelope's file extension
EXT = {
    "nk_batch": "json",
    "nk_lines": "jsonl",
    "su_records": "json",
    "su_lines": "jsonl",
    "bb_export": "json",
    "bb_md": "md",
}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"nk_batch", "su_records", "bb_export"}
#: envelopes written one record a line
LINES_ENV = {"nk_lines", "su_lines"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "bamako": {
        f"{RUN_NK}.{nko('nimɔrɔ')}": "arun",
        f"{RUN_NK}.{nko('masin')}": "model",
        f"{RUN_NK}.{nko('si')}": "seed",
        f"{RUN_NK}.{nko('kumaden_hakɛ')}": "tok",
    },
    "bandung": {
        _b("proses", "nomer"): "brun",
        _b("proses", "mesin"): "model",
        _b("proses", "siki"): "seed",
        _b("proses", "milidetik"): "ms",
    },
    "legazpi": {
        f"{RUN_BB}.{baybayin('takbo')}": "crun",
        f"{RUN_BB}.{baybayin('modelo')}": "model",
        f"{RUN_BB}.{baybayin('binhi')}": "seed",
        f"{RUN_BB}.{baybayin('tiket')}": "tok",
        f"{RUN_BB}.{baybayin('oras')}": "stamp",
    },
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-instruct-2507-q4_K_M"]


def _n(v: float) -> str:
    return f"{v:g}"


def _title_space(s: str) -> str:
    return " ".join(w.capitalize() for w in s.split("_"))  # "Past Trauma Trigger"


FORMS: dict[str, Callable[[Any], Any]] = {
    "comma_of5": lambda v: f"{_n(round(v * 5, 6)).replace('.', ',')}/5",  # 0.83 -> "4,15/5" (a [0, 1] score)
    "comma_cap10": lambda v: f"{_n(v).replace('.', ',')}/10",  # 6.5 -> "6,5/10" (a [0, 10] capacity)
    "comma": lambda v: _n(v).replace(".", ","),  # -2.5 -> "-2,5", 0.82 -> "0,82"
    "upper_space": lambda s: s.upper().replace("_", " "),  # "PAST TRAUMA TRIGGER"
    "week_ago": lambda v: f"{_n(v)} week ago",  # 26 -> "26 week ago"
    "tcomma": lambda v: f"{v:+g}".replace("-", "\u2212").replace(".", ","),  # -0.45 -> "−0,45", 1.5 -> "+1,5"
    "kebab": lambda s: s.replace("_", "-"),  # "past-trauma-trigger"
    "year": lambda v: f"{_n(v)} year",  # 34 -> "34 year"
    "of10": lambda v: f"{_n(round(v * 10, 6))} of 10",  # 0.82 -> "8.2 of 10" (a [0, 1] score)
    "of10_cap": lambda v: f"{_n(v)} of 10",  # 6.5 -> "6.5 of 10" (a [0, 10] capacity)
    "signed": lambda v: f"{v:+g}",  # -2.5 -> "-2.5", 0.45 -> "+0.45"
    "of5": lambda v: f"{_n(v)}/5",  # a 1-5 level: 4 -> "4/5"
    "to_wks": lambda w: f"{_n(w['min'])} to {_n(w['max'])} wks",  # "2 to 4 wks"
    "week_earlier": lambda v: f"{_n(v)} week earlier",  # 26 -> "26 week earlier"
    "yrs_old": lambda v: f"{_n(v)} yrs old",  # 34 -> "34 yrs old"
    "title_space": _title_space,
}

#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


#: a value shaped like one of ours that is not ours (a withdrawn answer, a second judge's mark ...)
_decoy = partial(decoy, ANSWER_POOL, FORMS)


def _stamp(rng: random.Random, zone: str = "+08:00") -> str:
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"2027-08-{rng.randint(10, 28)}T{clock}{zone}"


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "arun": lambda: f"kp{rng.randint(10000, 999999)}",
        "brun": lambda: f"kj-{rng.getrandbits(24):06x}",
        "crun": lambda: f"BLK.{rng.randint(100, 9999)}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(650, 58000),
        "tok": lambda: rng.randint(140, 3400),
        "stamp": lambda: _stamp(rng),
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata; Bamako's pages and Legazpi's panels come in the order
    the reviewer opened them (shuffled per record), Bandung's readings in the order the dashboard last sorted them
    (shuffled per record), Bandung's rows with the exporter's type column, Bamako's lines with a type label."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras: dict[str, Any] = {}
    for key, kind in TEAM_EXTRAS[dialect["team"]].items():
        _put(extras, key, _meta_value(rng, kind))
    if dialect["team"] == "bamako":
        rng.shuffle(their[PAGES])
        if dialect["envelope"] == "nk_lines":
            return {**their, **extras, NK_LABEL: dialect["label"]}
    elif dialect["team"] == "legazpi":
        rng.shuffle(their[PANELS])
    else:
        for key in sorted(their):
            if key.endswith("." + READINGS):
                rng.shuffle(their[key])
        return {**their, **extras, SU_LABEL: dialect["label"]}
    return {**their, **extras}


# --- files ------------------------------------------------------------------------------------------------------

PREAMBLE = [baybayin(x) + " {n} JSON." for x in ("heto_ang_mga_tala", "narito_ang_hiniling_mo")] + [
    baybayin("ito_ang") + " {n} " + baybayin("na_tala_sa_isang_hanay") + "."
]
THINKING = [
    "{n} records of {what}, volcano town. Every record a stack of titled panels; input names keep their dots.",
    "Need {n} {what} records. Scores out of ten, capacities out of ten too.",
    "{n} " + baybayin("na_tala") + ", {what}. " + baybayin("tauhan_lakas_hiling_sagot_marka") + ".",
]
CLOSING = ["", "", "\n" + baybayin("tapos_na_lahat") + ".\n", "\n" + baybayin("sabihin_mo_kung_may_kulang") + ".\n"]

#: the export object around Legazpi's records: the shipment header and the records' list
EXPORT = baybayin("talaan")
EXPORT_RECORDS = baybayin("mga_tala")
EXPORT_HEAD = [baybayin("numero"), baybayin("petsa"), baybayin("bilang")]
BB_LABEL = "record_type"  # the type label of the Legazpi exports (a documented label key)


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (a think block and a fence)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any, indent: int = 2) -> str:
        return json.dumps(x, ensure_ascii=False, indent=indent)

    if env in LINES_ENV:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), ["lines"]
    if env == "su_records":  # pandas' to_json(orient="records", indent=1): a bare array of rows
        return dump(recs, 1) + "\n", ["records"]
    if env == "bb_export":
        head = dict(zip(EXPORT_HEAD, [f"BLK-{file_no:03d}", _stamp(rng), len(recs)], strict=True))
        return dump({BB_LABEL: label, EXPORT: head, EXPORT_RECORDS: recs}) + "\n", ["export"]
    if env == "bb_md":  # the raw answer: the think block, a Baybayin preamble, the fenced array, perhaps a remark
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body = rng.choice(PREAMBLE).format(n=len(recs)) + "\n\n```json\n" + dump(recs) + "\n```\n"
        return think + body + rng.choice(CLOSING), ["think", "fence"]
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"202708{rng.randint(10, 28)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    return dump({**header, "samples": recs}) + "\n", ["batch"]


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps large, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# Notes on this drop

Three studios ran their own generators on a local Qwen3 served by Ollama: Kɔrɔ Pixel in Bamako (Bambara keys in N'Ko,
every record a register of headed pages of labelled entries), Kujang Frames in Bandung (Sundanese keys, rows
flattened one level by the exporter, numbers as readings) and Bulkang Pixel in Legazpi (Tagalog keys in Baybayin,
every record a stack of titled panels of form inputs, raw answers saved as Markdown). Settings used by all three:

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
    "bamako": ["", "koro", "koro/register"],
    "bandung": ["", "kujang", "kujang/rows"],
    "legazpi": ["", "bulkang", "bulkang/export"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2027-08-{rng.randint(10, 28)}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh25",
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


def write_fresh25_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh25_folder, "fresh25")


if __name__ == "__main__":
    raise SystemExit(main())
