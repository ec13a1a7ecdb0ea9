"""An eighteenth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh15's writer and manifest test were read; the machinery is the
shared tests/drift_machinery.py, the habits and the record contents are new): the seven data types and meanings of
curation/domain/spec.yaml, written by three studios nobody here has tuned on, set in a desert railway junction (a
glassworks, a signal box, a wintering circus, a salt-flat observatory), each with one set of habits for every type:

- Sahyadri Games, a Pune studio whose prompts ask for keys in Devanagari (Hindi: `पात्र.नाम`, `जवाब.बोल`,
  `माँग.ज़रूरत`), grouped as character / strength / request / answer / review / run, whose review step keeps a LIST
  OF REVIEWS BY POSITION: `परख[0]` is the pipeline's grader (the record's own scores: `परख[0].अंक`, and
  `परख[0].दूसरा_अंक` where the type has a second), `परख[1]` a human second reviewer with the same keys (a decoy), each
  review naming its reviewer and a certainty (`परख[N].समीक्षक`, `परख[N].यकीन`); scores written "82 percent",
  payoff windows "2 to 4 wks", ages "34 years", capacity factors as a cause -> impact table;
  a typed batch and JSON Lines;
- Xlokk Games, a Valletta studio with Maltese keys (`karattru.isem`, `tweġiba.frażi`, `ġudizzju.kredibbiltà`)
  whose Python script prints every batch with its own literal printer: PYTHON LITERALS in `.json` files ('single
  quotes', `True`/`False`/`None` in its run flags), numbers as text with a DECIMAL COMMA ("6,5", "-2,5"), scores as
  tenths with a decimal comma ("8,2/10"), weeks as text ("12"), capacity factors as an object keyed
  by cause whose values hold the impact (`saħħa.piżijiet{}.effett`), irony options as a list of `{xorta, frażi,
  effett}`; a typed batch and the multi-step pipeline's bare array, both as Python literals;
- Meltemi, an Athens studio whose prompt is a QUESTIONNAIRE: every key the model fills is a question in Greek
  script, spaces, accents and the Greek question mark (";") included (`Ποιος μιλά;`, `Τι λέει ο χαρακτήρας;`,
  `Αξιολόγηση.Πόση αγωνία γεννά;`, `Ανάμνηση.Πριν από πόσες εβδομάδες;`), the irony options a list of answered question
  sets, numbers as Greek text with a decimal comma ("0,82", "-0,45"), labels in lower case with spaces ("tone deaf",
  "past trauma trigger"), a payoff window as two questions (earliest / latest week); raw Qwen3 answers (a `<think>`
  block and a ```json fence in .md) and JSON Lines.

Every record also carries what such pipelines leave beside the answer and none of it is ours: the turned-down take
(`जवाब.नामंज़ूर_बोल`, `tweġiba.miċħuda`, `Ποια ατάκα απορρίφθηκε;`), a second judge's mark in the score's own
form, a certainty on the same scale, a sentence count, run metadata (run ids, model tags, sampler seeds,
milliseconds, token counts, time stamps, flags). Each data type has two prompt versions by two of the studios; a seed
writes one of them or both in one folder (one truth map holding both). Every truth line uses a field_map form
docs/interaction-formats.md documents (dotted paths, "[]", "[N]", "{}"), and values only in readings the docs list
as lossless (numbers as text with a decimal comma, "8,2/10", "82 percent", "34 years", "2 to 4 wks",
a cause -> impact table, labels normalised, Python literals).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the Athens answers with a `<think>` block and a ```json fence
and sometimes prose after it; a README of the drop (prose and a YAML fence) in some folders. A type may be absent,
hold 3-6 valid records, 22-36, or 92-116 over many files; a folder holds about 90-340 records; no two records are
alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "extends 7 points of support",
"her support ran to 7", "supplied 7 units of support", "the support came to 7"), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh16_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh16.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh16.manifest.json)
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

# --- content pools (this writer's own: a desert railway junction, its glassworks, signal box and wintering circus) --

NAMES = [
    "Quenby",
    "Dashiell",
    "Ottoline",
    "Ravindra",
    "Oswyth",
    "Emeric",
    "Lisbet",
    "Kazimiera",
    "Amarante",
    "Theophane",
    "Brisenda",
    "Aurelian",
    "Isaura",
    "Idris",
    "Lucasta",
    "Gedeon",
    "Marit",
    "Jovan",
]
JOBS = [
    "glass-furnace stoker",
    "points-lever signalwoman",
    "water-tower pump minder",
    "circus farrier",
    "comet-plate developer",
    "railway telegraphist",
    "salt-flat surveyor",
    "sleeping-car porter",
    "tightrope rigger",
    "well driller",
    "lamp-room glazier",
    "locomotive wiper",
]
PLACES = [
    "the signal box above the four-way points",
    "the glassworks annealing shed at shift change",
    "the water tower ladder in the noon glare",
    "the circus winter quarters behind the goods yard",
    "the observatory dome before the shutters open",
    "the telegraph office with the sounder ticking",
    "the salt flats where the survey stakes stand",
    "the sleeping-car siding under a dust-red moon",
]
PRESSURES = [
    ("a cracked crucible cost a whole melt", -2.5),
    ("the night express ran through a red signal", -3.0),
    ("a dust storm buried the water pipe", -2.0),
    ("the circus owes four months of wages", -1.5),
    ("a sprained wrist from the trapeze net", -1.0),
    ("the observatory grant was renewed", 1.5),
    ("a letter from a sister in the coast city", 1.0),
    ("blistered feet from the salt crust", -0.5),
    ("the foreman docked a whole shift", -2.0),
    ("a clear sky and the comet finally visible", 0.5),
]
ASKS = [
    "The player asks them to hold the down freight at the points so a stowaway can jump clear.",
    "The player needs them to blow a replacement lens before the observatory inspector arrives.",
    "The player wants them to tell the lion tamer that the old cat did not wake up.",
    "The player asks them to send a telegram that the stationmaster forbade.",
    "The player asks to borrow the water tower key for a thirsty caravan.",
    "The player wants them to teach a runaway acrobat the signal lamp codes.",
    "The player asks them to cross the salt flats at dusk to reach a stranded surveyor.",
    "The player needs someone to read a ledger kept in the glassworks’ old cipher.",
]
REPLIES = [
    "Not tonight. My hands shake at the lever — but I’ll write the timetable out so you can read it yourself.",
    "I’ll hold the freight for one minute. One. After that the points are yours to answer for.",
    "Pull up a crate. Tell me slowly. The express isn’t due until the moon clears the tower.",
    "I want to. I can’t. Ask me again when the furnace is lit and my head is clear?",
    "No — forgive me. I’m burnt down to the glass this week, and I’d crack on you.",
    "Right. Fetch the spare goggles and we’ll blow the lens together before dawn.",
    "I’ll carry the key to the first trough. Past the second, you’re on your own.",
    "Of all weeks… fine. I’ll have a quiet word with the telegraph clerk.",
]
THOUGHTS = [
    "If I turn them away, which lamp on this junction will they knock at next?",
    "Everyone leans on the signal box. Nobody asks who leans on the signalwoman.",
    "I’d want someone to do this for the boy in the goods yard.",
    "Why does every trouble arrive on the midnight mail?",
]
SECRETS = [
    "the railway company plans to close the junction after the harvest trains",
    "the crucible crack was made with a chisel, not the heat",
    "the circus owner sold the elephant to cover a gambling debt",
    "their mentor copied the observatory’s comet logs and sold them",
    "the water company has been diluting the tower’s supply with brine",
    "their brother’s name is on the list of men wanted in the coast city",
]
BELIEFS = [
    "the junction will grow once the new branch line is laid",
    "the crucible cracked from an old flaw in the clay",
    "the elephant was sent to a kinder menagerie in the south",
    "their mentor guards the comet logs like scripture",
    "the water tastes of salt because of the dry season",
    "their brother is working the coast city docks for honest pay",
]
TONE_DEAF = [
    "Cheer up — there’s a dance at the goods shed on Saturday!",
    "Honestly, railway business bores me stiff.",
    "Can we not talk about the company on such a clear night?",
    "Trains come, trains go. Moping never laid a sleeper.",
]
MISGUIDED = [
    "It’ll be some clerk’s muddle. The company looks after its own.",
    "Maybe if you smiled at the inspector once in a while…",
    "Leave it with me — I’ll march into the head office and sort them out.",
    "You should be glad you’ve a job at all, frankly.",
]
GROWTH = [
    "Whatever this turns out to be, I’m on your side. What can I carry for you tonight?",
    "Something is off here and neither of us sees all of it yet. Shall we find out together?",
    "That is heavy. Do you want ideas, or just someone to sit on the platform with you?",
    "I might not follow all of it, and that’s all right. Tell me anyway.",
]
HOOK_LINES = [
    "The points were thrown by hand the night of the derailment… I’ll say who, but not yet.",
    "Come back after the comet passes and I’ll tell you who signed the closure papers.",
    "She swears the crucible was sound at sunset. The night ledger says something else. Strange, no?",
    "If the company board meets before the harvest trains, there won’t be a junction left to save.",
    "There’s a second telegraph tape in my drawer. The clicks aren’t the operator’s hand.",
    "You believe the tent fire was lightning? Keep believing it a while longer.",
]
SECRET_SETUPS = [
    "The derailment was staged to push the branch line contract to a rival company.",
    "The closure papers were signed by the stationmaster in exchange for a pension.",
    "The crucible was sabotaged by a furnace hand paid by a coastal glass firm.",
    "The board has already voted to close the junction and sell the yard.",
    "The second tape records the real order given to the night express.",
    "The tent fire was set to destroy the circus owner’s debt ledgers.",
]
HINTS = [
    "Fresh grease on a lever that nobody is rostered to pull.",
    "A pension letter left under the stationmaster’s blotter.",
    "A chisel with glass dust in its teeth, hidden under the shed.",
    "A board member’s hatbox on the first train east.",
    "Timings on the tape that do not match the dispatcher’s clock.",
    "Scorched ledger pages stuffed into the lion wagon’s stove.",
]
NOW = [
    "The player whistles a lullaby while oiling the signal levers.",
    "A dust devil spins across the yard while they wait for the mail.",
    "A child’s kite snaps its string and sails off over the salt flats.",
    "The annealing shed smells of hot sand and soda ash.",
    "The player shows them a tinted postcard of the old circus big top.",
    "Someone in the canteen laughs exactly like their missing sister.",
]
PAST = [
    "their grandfather humming lullabies while mending harnesses",
    "the night the big top burned down to the poles",
    "riding the caboose at dawn with a sister later lost to the coast city",
    "their first season alone in the observatory",
    "a wedding in the goods shed that ended in a fistfight",
    "sitting up through a week of fever in the sleeping car",
]
EMOTIONS = [
    "bittersweet ache",
    "wistful warmth",
    "embarrassment",
    "gentle delight",
    "prickling unease",
    "unclenching relief",
    "dusty longing",
]
RECALL = [
    "That tune… grandfather hummed it over the harnesses. I haven’t heard it since the funeral train.",
    "Hot sand and soda. Every time. I’m back in the burning tent and my lungs close up.",
    "A kite over the flats. She always let hers go too soon, just to watch it run.",
    "Funny — nights in the dome used to frighten me. Now they feel almost like company.",
    "You laugh just like her. Sorry — give me a breath.",
    "I kept a vigil like this once before, and I promised myself never again.",
]
SCENES = [
    "A stranger barges to the front of the ticket queue.",
    "The player forgets the character’s saint’s day.",
    "A dust storm cancels the Sunday market train.",
    "A colleague takes credit for repairing the telegraph line.",
    "The player invites them to a sudden dance in the goods shed.",
    "A telegram arrives from the coast city with bad news.",
]
TRAIT_LINES = [
    "Oh! Well — never mind, the next train’s at six, isn’t it?",
    "I’ve made a schedule. Three steps, in order. The first starts at half past five exactly.",
    "A dance? In the goods shed? Two minutes — I’m fetching my fiddle!",
    "It’s nothing. It’s always nothing. Don’t fuss over me.",
    "Of course the market train’s off. Of course. Why do I plan at all?",
    "How curious — I never thought of a ticket queue as a place to make friends.",
]
EXPRESS = [
    "Warm agreeableness takes the sting out of the complaint; calm stability keeps it light.",
    "Strong conscientiousness shows in the numbered plan and the exact time.",
    "Strong extraversion fuels the instant joy at the invitation.",
    "Strong neuroticism feeds the spiral about the cancelled train.",
    "Strong openness turns an annoyance into fascination.",
]
ACTIONS = [
    "The player brings lemon tea when they are laid low with a fever.",
    "The player misses a promised meeting at the water tower.",
    "The player defends them in front of the railway inspector.",
    "The player opens their sealed letters from the coast city without asking.",
    "The player pays back a loan in full, with a little extra.",
    "The player jokes about their enormous signal-box boots.",
]
RETORTS = [
    "You remembered. Almost nobody remembers.",
    "I waited an hour by that tower. A whole hour in the sun.",
    "You didn’t have to do that. Thank you, truly.",
    "Those were mine. I’d like you to go now.",
    "Then we’re even. Good.",
    "Ha! Says the one who wears spurs to the canteen.",
]
WHYS = [
    "A kind gesture during illness builds trust; the warm reply shows it landed.",
    "A broken promise costs trust; the short reply signals hurt rather than anger.",
    "Open loyalty in front of authority is rare and valued, so a large positive shift fits.",
    "Opening sealed letters is a serious breach; the boundary is drawn without hedging.",
    "Paying back a loan restores balance but does not by itself create closeness.",
    "Gentle teasing inside an established bond reads as fondness rather than insult.",
]
PROSE = [
    "Quenby wipes soot from her goggles and won’t look up. “I’ll hide the acrobat — nothing more, not tonight.”",
    "He laughs too loud and agrees to everything, then sits very still once the door shuts.",
    "She listens without a word, nods once, and writes a name on the back of a timetable.",
    "The signalwoman shakes her head. “Come back after the harvest trains. Right now I’d only make it worse.”",
    "Ravindra folds the telegram twice and slides it back under the grille. “Not tonight. I’m sorry.”",
]
MEMREF = [
    "the night the big top burned",
    "a promise made on the water tower ladder",
    "the winter the salt flats flooded",
    "their first week at the glass furnace",
    "a postcard left in the observatory dome",
]
TENSION_NOTES = [
    "Keep the company’s plans out of the scene; nothing is revealed here.",
    "The irony should prickle; the character must not suspect a thing.",
]
UNKNOWN_COMPLEXITY = ["dust_blindness", "furnace_pride", "signal_dread", "ringmaster_bluster"]
UNKNOWN_HOOKS = ["false_dawn", "mirage_tease", "dead_signal"]
UNKNOWN_RESONANCE = ["sand_echo", "kiln_glow", "whistle_ache"]
UNKNOWN_OPTIONS = ["curt", "sidestepping", "harrumphing"]


def _constraint(eff: float, need: float) -> str:
    """The limit in words, with no verb of giving and no support noun (valid records state no support given)."""
    x2 = eff + 2
    side = "over" if need > x2 else "under"
    return f"Capacity {eff:g} means a ceiling of {x2:g}; the request weighs {need:g}, {side} that ceiling."


#: this family's town, drawn by the shared record makers (tests/drift_machinery.py): its pools above, its sentences
WORLD = World.of(
    globals(),
    constraint=_constraint,
    emotional_context="A {job} at {place}, ground down by {factor}.",
    character_knows="The character is sure {belief}.",
    irony_scenario="At {place}, talk drifts to the company men seen in the yard last week.",
    tension_context="{Place}, the last train gone east; the player stays on.",
    memory_description="Recalling {past}, years before the branch line came.",
    multi_background="Came in on a cattle train as a child and stayed; lodges near {place}.",
    multi_situation="{name} is banking the fires for the night at {place}.",
)
MAKERS = makers(WORLD)
#: the pool each type's answer comes from (a turned-down answer beside the final one is another line of the pool)
ANSWER_POOL = answer_pool(WORLD)


# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------


#: this writer's own phrasings of support actually given (verbs, units and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Burnt out or not, she extends {g} points of support before the express.",
    "By the midnight mail her support ran to {g}, shaking hands and all.",
    "He supplied {g} units of support anyway, and limped for a week after.",
    "Once the dust settled, the support came to {g} from a tank already dry.",
]


#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["decent", "meh", "solid", "passable"]


#: the shared defect planters, bound to this family's makers and habits (MAKERS, UNKNOWN_*, GIVEN_SENTENCES ...)
PLANT = Planters.of(globals(), constraint=_constraint)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "[N]" step is the N-th
# review of the Pune review list. A "{}" line is an object keyed by the factor's cause. Forms are documented lossless
# readings (see FORMS).

#: OCEAN as each studio names the traits
OCEAN_HI = ["खुलापन", "कर्तव्यनिष्ठा", "बहिर्मुखता", "सहमतिशीलता", "घबराहट"]
OCEAN_MT = ["ftuħ", "diliġenza", "estroverżjoni", "qalb_tajba", "nervożiżmu"]

#: the Pune review list: the grader's review first (the record's own scores), a human reviewer's second (decoys)
_HI_REVIEW = [
    ("परख[0].समीक्षक", "grader", None),
    ("परख[0].यकीन", "conf", "pct"),
    ("परख[1].समीक्षक", "human", None),
    ("परख[1].अंक", "judge2", "pct"),
    ("परख[1].यकीन", "conf", "pct"),
    ("जवाब.वाक्य_गिनती", "count", None),
]
_MT_DECOYS = [
    ("ġudizzju.imħallef_ieħor", "judge2", "dc10"),
    ("ġudizzju.ċertezza", "conf", "dc10"),
    ("tweġiba.għadd_frażijiet", "count", None),
]
_GR_DECOYS = [
    ("Αξιολόγηση.Τι βαθμό βάζει ο δεύτερος κριτής;", "judge2", "dc"),
    ("Αξιολόγηση.Πόσο σίγουρος είναι ο κριτής;", "conf", "dc"),
    ("Αξιολόγηση.Πόσες προτάσεις έχει;", "count", None),
]


def _hi_review(two: bool) -> list[tuple[str, str, str | None]]:
    """The second reviewer's second mark too, where the type has two scores."""
    return [*_HI_REVIEW, *([("परख[1].दूसरा_अंक", "judge2", "pct")] if two else [])]


DIALECTS: dict[str, dict[str, Any]] = {
    "ea_pune": {  # Devanagari keys, the grader's mark first in the review list, a cause -> impact table; the support
        # given only ever in the limit's sentence (the Pune prompt asks for no number of it)
        "team": "pune",
        "envelope": "hi_batch",
        "stem": "emotional_authenticity_sahyadri",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "पात्र.नाम", None),
            ("context", "पात्र.पृष्ठभूमि", None),
            ("base_capacity", "ताकत.शुरुआती", None),
            ("capacity_factors", "ताकत.असर", "table"),
            ("effective_capacity", "ताकत.अभी", None),
            ("capacity_level", "ताकत.श्रेणी", None),
            ("situation", "माँग.हालात", None),
            ("support_level_needed", "माँग.ज़रूरत", None),
            ("authenticity_target", "माँग.लक्ष्य", None),
            ("complexity_type", "माँग.पेचीदगी", None),
            ("character_response", "जवाब.बोल", None),
            ("internal_thought", "जवाब.मन_की_बात", None),
            ("demonstrates_constraint", "जवाब.सीमा", None),
            ("authenticity_score", "परख[0].अंक", "pct"),
        ],
        "decoys": [("जवाब.नामंज़ूर_बोल", "turned_down", None), *_hi_review(False)],
    },
    "ea_valletta": {  # Python literals, decimal commas, factors keyed by their cause
        "team": "valletta",
        "envelope": "py_batch",
        "stem": "emotional_authenticity_xlokk",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "karattru.isem", None),
            ("context", "karattru.sfond", None),
            ("base_capacity", "saħħa.tal_bidu", "dc"),
            ("capacity_factors[].factor", "saħħa.piżijiet{}", None),
            ("capacity_factors[].impact", "saħħa.piżijiet{}.effett", "dc"),
            ("effective_capacity", "saħħa.issa", "dc"),
            ("capacity_level", "saħħa.grad", None),
            ("situation", "talba.sitwazzjoni", None),
            ("support_level_needed", "talba.ħtieġa", "dc"),
            ("authenticity_target", "talba.mira", None),
            ("complexity_type", "talba.kumplikazzjoni", None),
            ("character_response", "tweġiba.frażi", None),
            ("internal_thought", "tweġiba.ħsieb_ġewwieni", None),
            ("demonstrates_constraint", "tweġiba.limitu", None),
            ("support_provided", "tweġiba.mogħti", "dc"),
            ("authenticity_score", "ġudizzju.kredibbiltà", "dc10"),
        ],
        "decoys": [("tweġiba.miċħuda", "turned_down", None), *_MT_DECOYS],
    },
    "di_valletta": {  # the options as a list of {xorta, frażi, effett}, impacts with a decimal comma
        "team": "valletta",
        "envelope": "py_batch",
        "stem": "dramatic_irony_xlokk",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "karattru.isem", None),
            ("character_capacity", "karattru.saħħa_issa", "dc"),
            ("character_knows", "karattru.jemmen", None),
            ("recommended_option", "karattru.għażla_mistennija", None),
            ("scenario", "post_tax_xena", None),
            ("player_knows", "plejer.jaf", None),
            ("knowledge_gap_score", "plejer.distakk_għarfien", "dc"),
            ("response_options", "għażliet", "list"),
            ("response_options[].type", "għażliet[].xorta", None),
            ("response_options[].dialogue", "għażliet[].frażi", None),
            ("response_options[].relationship_impact", "għażliet[].effett", "dc"),
            ("dramatic_irony_score", "ġudizzju.qawwa_ironika", "dc10"),
            ("tension_notes", "ġudizzju.kumment_reġista", None),
        ],
        "decoys": [("ġudizzju.miċħuda", "turned_down", None), *_MT_DECOYS],
    },
    "di_athens": {  # questions as keys, the options a list of answered question sets
        "team": "athens",
        "envelope": "gr_md",
        "stem": "dramatic_irony_meltemi",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "Ποιος μιλά;", None),
            ("scenario", "Πού βρισκόμαστε;", None),
            ("player_knows", "Τι ξέρει ο παίκτης;", None),
            ("character_knows", "Τι πιστεύει ο χαρακτήρας;", None),
            ("knowledge_gap_score", "Πόσο μεγάλο είναι το χάσμα;", "dc"),
            ("character_capacity", "Πόση δύναμη έχει;", "dc"),
            ("recommended_option", "Ποια απάντηση του ταιριάζει;", "spaced"),
            ("response_options", "Επιλογές", "list"),
            ("response_options[].type", "Επιλογές[].Τι είδους απάντηση;", "spaced"),
            ("response_options[].dialogue", "Επιλογές[].Τι λέγεται;", None),
            ("response_options[].relationship_impact", "Επιλογές[].Πώς αλλάζει η σχέση;", "dc"),
            ("dramatic_irony_score", "Αξιολόγηση.Πόσο τσούζει η ειρωνεία;", "dc"),
            ("tension_notes", "Αξιολόγηση.Τι σημειώνει ο σκηνοθέτης;", None),
        ],
        "decoys": [("Ποια ατάκα απορρίφθηκε;", "turned_down", None), *_GR_DECOYS],
    },
    "tb_pune": {  # Devanagari keys: "2 to 4 wks", the tension score and the hook's grip as the grader's two marks
        "team": "pune",
        "envelope": "jsonl",
        "stem": "tension_building_sahyadri",
        "label": "tension_building",
        "map": [
            ("character_name", "पात्र.नाम", None),
            ("relationship_level", "पात्र.नज़दीकी", None),
            ("context", "माँग.हालात", None),
            ("hook_type", "काँटा.क़िस्म", None),
            ("setup", "काँटा.छिपा_सच", None),
            ("payoff_window_weeks", "काँटा.खुलने_का_समय", "to_wks"),
            ("payoff_hint", "काँटा.इशारा", None),
            ("dialogue", "जवाब.बोल", None),
            ("tension_score", "परख[0].अंक", "pct"),
            ("hook_effectiveness", "परख[0].दूसरा_अंक", "pct"),
        ],
        "decoys": [("जवाब.नामंज़ूर_बोल", "turned_down", None), *_hi_review(True)],
    },
    "tb_athens": {  # questions: the window as earliest and latest week
        "team": "athens",
        "envelope": "jsonl",
        "stem": "tension_building_meltemi",
        "label": "tension_building",
        "map": [
            ("character_name", "Ποιος μιλά;", None),
            ("relationship_level", "Πόσο κοντά είναι οι δυο τους;", None),
            ("context", "Πού βρισκόμαστε;", None),
            ("hook_type", "Τι είδους άγκιστρο;", "spaced"),
            ("setup", "Τι κρύβεται από κάτω;", None),
            ("payoff_window_weeks.min", "Σε πόσες εβδομάδες το νωρίτερο;", None),
            ("payoff_window_weeks.max", "Σε πόσες εβδομάδες το αργότερο;", None),
            ("payoff_hint", "Ποιο στοιχείο το προδίδει;", None),
            ("dialogue", "Τι λέει ο χαρακτήρας;", None),
            ("tension_score", "Αξιολόγηση.Πόση αγωνία γεννά;", "dc"),
            ("hook_effectiveness", "Αξιολόγηση.Πόσο πιάνει το άγκιστρο;", "dc"),
        ],
        "decoys": [("Ποια ατάκα απορρίφθηκε;", "turned_down", None), *_GR_DECOYS],
    },
    "mr_valletta": {  # the memory as one object, its weeks as text
        "team": "valletta",
        "envelope": "py_batch",
        "stem": "memory_resonance_xlokk",
        "label": "memory_resonance",
        "map": [
            ("character_name", "karattru.isem", None),
            ("current_situation", "preżent", None),
            ("memory.description", "tifkira.x_ġara", None),
            ("memory.emotion", "tifkira.emozzjoni", None),
            ("memory.weeks_ago", "tifkira.ġimgħat_ilu", "dc"),
            ("resonance_type", "eku.xorta", None),
            ("resonance_weight", "eku.piż", "dc"),
            ("character_response", "tweġiba.frażi", None),
            ("resonance_score", "ġudizzju.kemm_idoqq", "dc10"),
        ],
        "decoys": [("tweġiba.miċħuda", "turned_down", None), *_MT_DECOYS],
    },
    "mr_athens": {  # questions: the memory as a set of its own questions
        "team": "athens",
        "envelope": "gr_md",
        "stem": "memory_resonance_meltemi",
        "label": "memory_resonance",
        "map": [
            ("character_name", "Ποιος μιλά;", None),
            ("current_situation", "Τι συμβαίνει τώρα;", None),
            ("memory.description", "Ανάμνηση.Τι έγινε τότε;", None),
            ("memory.emotion", "Ανάμνηση.Ποιο συναίσθημα τη συνοδεύει;", None),
            ("memory.weeks_ago", "Ανάμνηση.Πριν από πόσες εβδομάδες;", None),
            ("resonance_type", "Τι είδους αντήχηση;", "spaced"),
            ("resonance_weight", "Πόσο βαριά αντηχεί;", "dc"),
            ("character_response", "Τι λέει ο χαρακτήρας;", None),
            ("resonance_score", "Αξιολόγηση.Πόσο πετυχαίνει η αντήχηση;", "dc"),
        ],
        "decoys": [("Ποια ατάκα απορρίφθηκε;", "turned_down", None), *_GR_DECOYS],
    },
    "pt_pune": {  # Devanagari trait names, the grader's mark in percent
        "team": "pune",
        "envelope": "hi_batch",
        "stem": "personality_traits_sahyadri",
        "label": "personality_traits",
        "map": [
            ("character_name", "पात्र.नाम", None),
            ("scenario", "माँग.हालात", None),
            *[(f"ocean.{t}", f"पात्र.स्वभाव.{c}", None) for t, c in zip(OCEAN, OCEAN_HI, strict=True)],
            ("dialogue", "जवाब.बोल", None),
            ("trait_expression", "जवाब.व्याख्या", None),
            ("quality_score", "परख[0].अंक", "pct"),
        ],
        "decoys": [("जवाब.नामंज़ूर_बोल", "turned_down", None), *_hi_review(False)],
    },
    "pt_valletta": {  # Maltese trait names, traits with a decimal comma
        "team": "valletta",
        "envelope": "py_batch",
        "stem": "personality_traits_xlokk",
        "label": "personality_traits",
        "map": [
            ("character_name", "karattru.isem", None),
            ("scenario", "talba.sitwazzjoni", None),
            *[(f"ocean.{t}", f"natura.{c}", "dc") for t, c in zip(OCEAN, OCEAN_MT, strict=True)],
            ("dialogue", "tweġiba.frażi", None),
            ("trait_expression", "tweġiba.spjegazzjoni", None),
            ("quality_score", "ġudizzju.kwalità", "dc10"),
        ],
        "decoys": [("tweġiba.miċħuda", "turned_down", None), *_MT_DECOYS],
    },
    "rs_pune": {  # Devanagari keys: the relationship mark and the quality mark as the grader's two marks
        "team": "pune",
        "envelope": "jsonl",
        "stem": "relationship_scoring_sahyadri",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "पात्र.नाम", None),
            ("relationship_level", "पात्र.नज़दीकी", None),
            ("interaction_type", "मुलाक़ात.क़िस्म", None),
            ("player_action", "मुलाक़ात.खिलाड़ी_ने_किया", None),
            ("character_response", "मुलाक़ात.पात्र_ने_कहा", None),
            ("rationale", "जवाब.तर्क", None),
            ("relationship_score", "परख[0].अंक", "pct"),
            ("quality_score", "परख[0].दूसरा_अंक", "pct"),
            ("trust_change", "परख[0].भरोसे_में_बदलाव", None),
        ],
        "decoys": [("जवाब.नामंज़ूर_तर्क", "turned_down", None), *_hi_review(True)],
    },
    "rs_athens": {  # questions: the reasoning as the model's answer, the numbers in the assessment
        "team": "athens",
        "envelope": "gr_md",
        "stem": "relationship_scoring_meltemi",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "Ποιος μιλά;", None),
            ("relationship_level", "Πόσο κοντά είναι οι δυο τους;", None),
            ("interaction_type", "Τι είδους συνάντηση;", None),
            ("player_action", "Τι έκανε ο παίκτης;", None),
            ("character_response", "Τι απάντησε ο χαρακτήρας;", None),
            ("rationale", "Γιατί;", None),
            ("relationship_score", "Αξιολόγηση.Πόσο καλή είναι η σχέση;", "dc"),
            ("trust_change", "Αξιολόγηση.Πόσο άλλαξε η εμπιστοσύνη;", "dc"),
            ("quality_score", "Αξιολόγηση.Πόσο αξιοποιήσιμο είναι;", "dc"),
        ],
        "decoys": [("Ποια αιτιολόγηση απορρίφθηκε;", "turned_down", None), *_GR_DECOYS],
    },
    "ms_pune": {  # Devanagari keys: the whole NPC card, authenticity and quality as the grader's two marks
        "team": "pune",
        "envelope": "hi_batch",
        "stem": "multi_step_batch_sahyadri",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "किरदार.नाम", None),
            ("npc_profile.age", "किरदार.उम्र", "years"),
            ("npc_profile.occupation", "किरदार.पेशा", None),
            ("npc_profile.background", "किरदार.जीवनी", None),
            ("npc_emotional_state.base_capacity", "मनोदशा.शुरुआती", None),
            ("npc_emotional_state.capacity_factors", "मनोदशा.असर", "table"),
            ("npc_emotional_state.effective_capacity", "मनोदशा.अभी", None),
            ("npc_emotional_state.current_emotion", "मनोदशा.भाव", None),
            *[(f"npc_ocean_personality.{t}", f"स्वभाव.{c}", None) for t, c in zip(OCEAN, OCEAN_HI, strict=True)],
            ("interaction_context.situation", "संदर्भ.हालात", None),
            ("interaction_context.player_request", "संदर्भ.गुज़ारिश", None),
            ("interaction_context.support_needed", "संदर्भ.ज़रूरत", None),
            ("interaction_context.complexity_type", "संदर्भ.पेचीदगी", None),
            ("interaction_context.authenticity_target", "संदर्भ.लक्ष्य", None),
            ("interaction_context.capacity_level", "संदर्भ.श्रेणी", None),
            ("tension_memory.hook_type", "काँटा.क़िस्म", None),
            ("tension_memory.memory_reference", "काँटा.याद", None),
            ("npc_card_narrative.dialogue_prose", "जवाब.गद्य", None),
            ("game_outcomes.trust_change", "नतीजे.भरोसा", None),
            ("game_outcomes.relationship_change", "नतीजे.रिश्ता", None),
            ("game_outcomes.capacity_after", "नतीजे.बाद_की_ताकत", None),
            ("training_metadata.authenticity_score", "परख[0].अंक", "pct"),
            ("training_metadata.quality_score", "परख[0].दूसरा_अंक", "pct"),
            ("training_metadata.complexity_type", "दौड़.पेचीदगी", None),
            ("training_metadata.pipeline_version", "दौड़.पाइपलाइन_संस्करण", None),
            ("training_metadata.master_truths_version", "दौड़.नियम_संस्करण", None),
            ("training_metadata.generated_at", "दौड़.बना", None),
        ],
        "decoys": [("जवाब.नामंज़ूर_गद्य", "turned_down", None), *_hi_review(True)],
    },
    "ms_valletta": {  # Python literal bare arrays: the NPC card under Maltese words, factors keyed by cause
        "team": "valletta",
        "envelope": "py_list",
        "stem": "multi_step_batch_xlokk",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "karattru.isem", None),
            ("npc_profile.age", "karattru.għomor", None),
            ("npc_profile.occupation", "karattru.sengħa", None),
            ("npc_profile.background", "karattru.ħajja_qabel", None),
            ("npc_emotional_state.base_capacity", "saħħa.tal_bidu", "dc"),
            ("npc_emotional_state.capacity_factors[].factor", "saħħa.piżijiet{}", None),
            ("npc_emotional_state.capacity_factors[].impact", "saħħa.piżijiet{}.effett", "dc"),
            ("npc_emotional_state.effective_capacity", "saħħa.issa", "dc"),
            ("npc_emotional_state.current_emotion", "saħħa.burdata", None),
            *[(f"npc_ocean_personality.{t}", f"natura.{c}", "dc") for t, c in zip(OCEAN, OCEAN_MT, strict=True)],
            ("interaction_context.situation", "talba.sitwazzjoni", None),
            ("interaction_context.player_request", "talba.xewqa", None),
            ("interaction_context.support_needed", "talba.ħtieġa", "dc"),
            ("interaction_context.complexity_type", "talba.kumplikazzjoni", None),
            ("interaction_context.authenticity_target", "talba.mira", None),
            ("interaction_context.capacity_level", "saħħa.grad", None),
            ("tension_memory.hook_type", "lixka.xorta", None),
            ("tension_memory.memory_reference", "lixka.tifkira_marbuta", None),
            ("npc_card_narrative.dialogue_prose", "tweġiba.proża", None),
            ("game_outcomes.trust_change", "konsegwenzi.fiduċja", "dc"),
            ("game_outcomes.relationship_change", "konsegwenzi.relazzjoni", "dc"),
            ("game_outcomes.capacity_after", "konsegwenzi.saħħa_wara", "dc"),
            ("training_metadata.authenticity_score", "ġudizzju.kredibbiltà", "dc10"),
            ("training_metadata.quality_score", "ġudizzju.kwalità", "dc10"),
            ("training_metadata.complexity_type", "reġistru.kumplikazzjoni", None),
            ("training_metadata.pipeline_version", "reġistru.verżjoni_katina", None),
            ("training_metadata.master_truths_version", "reġistru.verżjoni_regoli", None),
            ("training_metadata.generated_at", "reġistru.maħluq_fi", None),
        ],
        "decoys": [("tweġiba.miċħuda", "turned_down", None), *_MT_DECOYS],
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_pune", "ea_valletta"],
    "dramatic_irony": ["di_valletta", "di_athens"],
    "tension_building": ["tb_pune", "tb_athens"],
    "memory_resonance": ["mr_valletta", "mr_athens"],
    "personality_traits": ["pt_pune", "pt_valletta"],
    "relationship_scoring": ["rs_pune", "rs_athens"],
    "multi_step": ["ms_pune", "ms_valletta"],
}
#: each envelope's file extension (the Valletta script names its Python literal dumps .json)
EXT = {"jsonl": "jsonl", "hi_batch": "json", "py_batch": "json", "py_list": "json", "gr_md": "md"}
#: envelopes written as one document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"hi_batch", "py_batch", "py_list"}
#: teams whose own writer sorts every object's keys: none in this family
SORTED_TEAMS: set[str] = set()
#: teams whose files are Python literals
PYTHON_TEAMS = {"valletta"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "pune": {"दौर_आईडी": "run", "मॉडल_टैग": "model", "बीज": "seed", "मिलीसेकंड": "ms", "टोकन_खर्च": "tok"},
    "valletta": {
        "ġirja": "run",
        "mudell": "model",
        "żerriegħa": "seed",
        "millisekondi": "ms",
        "rivedut": "flag",
        "approvat": "flag",
        "noti_oħra": "none",
    },
    "athens": {
        "Εκτέλεση": "run",
        "Μοντέλο": "model",
        "Χιλιοστά_δευτερολέπτου": "ms",
        "Σύμβολα": "tok",
        "Χρονοσφραγίδα": "stamp",
    },
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-q4_K_M"]


def _n(v: float) -> str:
    return f"{v:g}"


def _comma(v: float) -> str:
    """A number as Maltese and Greek writers print it: a decimal comma."""
    return f"{round(v, 6):g}".replace(".", ",")


FORMS: dict[str, Callable[[Any], Any]] = {
    "pct": lambda v: f"{round(v * 100, 6):g} percent",  # 0.82 -> "82 percent" (a [0, 1] score only)
    "dc": _comma,  # 6.5 -> "6,5", -0.45 -> "-0,45"
    "dc10": lambda v: f"{_comma(round(v * 10, 6))}/10",  # 0.82 -> "8,2/10" (a [0, 1] score only)
    "spaced": lambda s: s.replace("_", " "),  # "tone deaf", "past trauma trigger"
    "to_wks": lambda w: f"{_n(w['min'])} to {_n(w['max'])} wks",  # "2 to 4 wks"
    "years": lambda v: f"{_n(v)} years",  # "34 years"
    "table": lambda fs: {f["factor"]: f["impact"] for f in fs},  # {"a dust storm ...": -2.0}
}


#: one of our records written in a dialect, in this family's value forms (drift_machinery.their_record)
to_dialect = partial(their_record, forms=FORMS)


def _decoy(rng: random.Random, kind: str, form: str | None, rec: dict[str, Any], dtype: str) -> Any:
    """A value shaped like one of ours that is not ours (a turned-down answer, a second reviewer's mark ...): this
    family's own kinds, then drift_machinery.decoy's."""
    if kind == "grader":
        return rng.choice(["qwen3-grader-v2", "qwen3-grader-v3"])
    if kind == "human":
        return rng.choice(["समीक्षक:रितु", "समीक्षक:अनिकेत", "समीक्षक:मेघना"])
    return decoy(ANSWER_POOL, FORMS, rng, kind, form, rec, dtype)


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(900, 52000),
        "tok": lambda: rng.randint(150, 3100),
        "stamp": lambda: _stamp(rng),
        "flag": lambda: rng.random() < 0.7,
        "none": lambda: None,
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata (last, as the team's writer puts them)."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    if "परख" in their:  # the review list in reviewer order: who, then the marks, then the certainty
        order = ["समीक्षक", "अंक", "दूसरा_अंक", "भरोसे_में_बदलाव", "यकीन"]
        their["परख"] = [{k: r[k] for k in sorted(r, key=order.index)} for r in their["परख"]]
    extras = {key: _meta_value(rng, kind) for key, kind in TEAM_EXTRAS[dialect["team"]].items()}
    return {**their, **extras}


# --- files ------------------------------------------------------------------------------------------------------

THINKING = [
    "The form has {n} {what} entries to fill. Every key is a question in Greek; I answer each one, numbers in Greek "
    "style with a comma. Railway junction setting, a new person each time.",
    "{n} {what} questionnaires. Keep the questions exactly as given, answers only. Check the numbers before writing.",
    "Question by question: who, where, what is said, then the assessment. {n} {what} forms, no two alike.",
]
AFTER = ["\nΌλες οι απαντήσεις ακολουθούν το ερωτηματολόγιο.\n", "\nΣημείωση: οι αριθμοί γράφονται με κόμμα.\n"]


def _stamp(rng: random.Random) -> str:
    return f"2026-12-0{rng.randint(1, 5)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def py_literal(x: Any, indent: int = 0) -> str:
    """The Valletta script's own printer: Python literals, two spaces a level, one member a line."""
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(x, dict):
        if not x:
            return "{}"
        body = ",\n".join(f"{inner}{py_literal(k)}: {py_literal(v, indent + 1)}" for k, v in x.items())
        return "{\n" + body + "\n" + pad + "}"
    if isinstance(x, list):
        if not x:
            return "[]"
        return "[\n" + ",\n".join(inner + py_literal(v, indent + 1) for v in x) + "\n" + pad + "]"
    return repr(x)


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, prose after)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False, indent=2)

    if env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), []
    if env == "gr_md":
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        tail = rng.choice(["", "", *AFTER])
        mess = ["think", "fence"] + (["prose_after"] if tail else [])
        return think + "```json\n" + dump(recs) + "\n```\n" + tail, mess
    header = {
        "master_truths_version": "v1.2",
        "data_type": label,
        "batch_number": file_no,
        "timestamp": f"2026120{rng.randint(1, 5)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
        "sample_count": len(recs),
    }
    if env == "hi_batch":
        return dump({**header, "samples": recs}) + "\n", []
    if env == "py_batch":
        return py_literal({**header, "samples": recs}) + "\n", ["python_literal"]
    return py_literal(recs) + "\n", ["python_literal"]  # py_list: the multi-step pipeline's bare array


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# About this drop

Three studios ran their own generators against a local Qwen3 model served by Ollama: Sahyadri Games in Pune (Hindi
keys, a list of reviews per record), Xlokk Games in Valletta (Maltese keys, printed as Python literals) and
Meltemi in Athens (a questionnaire: every key is a question). Settings used:

```yaml
model: qwen3:14b
temperature: 0.65
num_ctx: 12288
think: true
max_retries: 2
```

Retried calls were merged without removing repeats, and one job was stopped while it was still writing.
"""


#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "pune": ["", "sahyadri", "sahyadri/nikaas"],
    "valletta": ["", "xlokk", "xlokk/output"],
    "athens": ["", "meltemi", "meltemi/apantiseis"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2026120{rng.randint(1, 4)}-{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh16",
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


def write_fresh16_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh16_folder, "fresh16")


if __name__ == "__main__":
    raise SystemExit(main())
