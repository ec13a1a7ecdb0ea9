"""A seventeenth held-out drift generator (issue 11): folders from three more studios' own generators.

Written apart from the matcher (only docs/interaction-formats.md, README.md, curation/domain/spec.yaml, the scorer,
the other drift generators' top docstrings and fresh14's writer and manifest test were read; the machinery is
fresh14's, the habits are new): the seven data types and meanings of curation/domain/spec.yaml, written by three
studios nobody here has tuned on, each with one set of habits for every type it writes:

- Stiwdio Gwyll, a Welsh studio whose script asks Qwen3 for XML (models keep tags better than braces) and turns it
  into JSON with xmltodict (`force_list` for repeated elements): a record is one `<golygfa>` element, its givens and
  scores as XML ATTRIBUTES (`prif-gymeriad.@enw`, `nerth.@heddiw`, `cais.@angen`, `barn.@dilysrwydd`), texts as child
  elements (`cais.disgrifiad`, `ateb.llinell`), factors and irony options as repeated child elements whose numbers
  and labels are attributes (`nerth.dylanwad[].@achos` with `nerth.dylanwad[].@gwerth`, `dewisiadau.dewis[].@math`
  beside `dewisiadau.dewis[].llinell`); EVERY value a string, as xmltodict leaves it ("6.5", "-0.75", "3", "40"),
  labels as ours; a batch is the `<swp>` root (`{"swp": {"@rhif", "@cyfanswm", "golygfa": [...]}}`) or JSON Lines
  of `golygfa` objects;
- a Tel Aviv studio with Hebrew-script keys in input / output / judging groups (`קלט.דמות`, `פלט.שורה`), whose
  grader returns its scores as ONE POSITIONAL TUPLE (`שיפוט.ציונים[0]`, the record's own score; `[1]` its second
  score where the type has one; then a second judge and a confidence in the later positions), factors as
  "name -2.5" texts (the signed number after the name, no colon or bracket), payoff windows "2-4 weeks later";
  JSON Lines, a typed batch with a header, the multi-step pipeline's bare arrays;
- a Node.js tools team whose model answers in JAVASCRIPT OBJECT LITERALS (bare camelCase keys of its own house
  words: `castCard.callSign`, `fuelGauge.rightNow`, `takeSheet.finalCut`, `gradeCard.realnessMark`; `//` comments
  between records, a comma after the last element) inside a ```js fence after a `<think>` block, in .md files, or
  JSON Lines written by its exporter; factors as number-first texts ("-2.5 salt sores on both hands"), labels in
  sentence case ("Tone deaf", "Past trauma trigger", "Crisis"), weeks "26 wk earlier", ages "34 yrs old", a payoff
  window as two keys (`lureCard.ripensFrom`, `lureCard.ripensBy`).

Every record also carries what such pipelines leave beside the answer and none of it is ours: the turned-down take
(`ateb.llinell-wrthod`, `פלט.טיוטה`, `takeSheet.altCut`), a second judge's mark in the score's own form, a confidence on
the same scale, a sentence count, run metadata (run ids, model tags, sampler seeds, milliseconds, token counts,
time stamps). Each data type has two prompt versions by two of the studios; a seed writes one of them or both in one
folder (one truth map holding both). Every truth line uses a field_map form docs/interaction-formats.md documents
(dotted paths, "[]", "[N]"), and values only in readings the docs list as lossless (numbers as text, "2-4 weeks
later", "26 wk earlier", "34 yrs old", factor texts "name -2" and "-2 name", labels normalised).

Files: one file per folder with a BOM and CRLF, one to three answers with mojibake (kept: a repair), one file per
folder ends inside its last record (planted `lost`), the JS answers with a `<think>` block, a ```js fence, bare keys,
often a trailing comma and sometimes a `//` comment; a README of the drop (prose and a YAML fence) in some folders. A
type may be absent, hold 3-6 valid records, 22-36, or 92-116 over many files; a folder holds about 90-340 records; no
two records are alike in our fields unless one is a planted duplicate.

Planted defects (each applicable kind on about 60% of seeds per prompt version; fewer in a type of 3-6 records,
repeated in a large type), on the canonical record, so the expected outcome is the spec's whatever the names: X+2
in both forms (a support-given number and a sentence in this writer's own phrasings: "musters 7 points of support",
"her support totalled 7", "lends 7 worth of support", "the support settled at 7"), an excellent target over X+2,
capacity formula, capacity and authenticity buckets, complexity types, irony knowledge gap / impact / option type /
recommended option, payoff windows (outside the hook's, and min after max), hook types, resonance weights and types,
out-of-range values written as plain numbers, a NaN trust change, a score finished with a word (uncoercible), a
missing answer or another missing required field (a hook's hidden setup, a trust change), low quality, an
authenticity score off its declared target, exact duplicates (a retried call appended again, or a retried batch
repeating a record of the previous file of its prompt version).

    write_fresh15_folder(folder, seed, samples=None, with_ours=False) -> manifest
    python tests/field_drift_fresh15.py OUT_DIR [--seed N]   # one folder (+ OUT_DIR.fresh15.manifest.json)
"""

from __future__ import annotations

import contextlib
import json
import math
import random
import re
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
    command_line,
    dirs_per_team,
    drop_note,
    layout,
    put_keyed,
    write_folder,
)
from drift_machinery import answer_path as _answer_path
from drift_machinery import answer_text as _answer_text
from drift_machinery import get as _get
from drift_machinery import get_their as _get_their
from drift_machinery import inside_grid as _u
from drift_machinery import plain_number as _plain
from drift_machinery import put as _put
from drift_machinery import truth_map as truth_map  # the manifest test reads the true map
from field_drift_fresh14 import (  # fresh14's salt-marsh harbour town, reused: the habits are what is new
    ANSWER_POOL,
    MAKERS,
    UNKNOWN_COMPLEXITY,
    UNKNOWN_HOOKS,
    UNKNOWN_OPTIONS,
    UNKNOWN_RESONANCE,
    WORLD,
)

# --- defects: each takes a fresh valid record (ours) and the dialect, returns the planted row -----------------------


#: this writer's own phrasings of support actually given (verbs, nouns and arrivals of spec.yaml support_given)
GIVEN_SENTENCES = [
    "Spent as she is, she musters {g} points of support before the tide turns.",
    "By the last ferry her support totalled {g}, cough and all.",
    "He lends {g} worth of support regardless, and pays for it all week.",
    "Once the fret lifted, the support settled at {g} on a week with nothing left.",
]


#: a score a model finished with a word of its own (docs: "0.8 (good)" is uncoercible_type)
SCORE_WORDS = ["fine", "okay-ish", "good", "so-so"]


#: the shared defect planters, bound to this family's makers and habits
PLANT = Planters(
    makers=MAKERS,
    constraint=WORLD.constraint,
    unknown_complexity=UNKNOWN_COMPLEXITY,
    unknown_hooks=UNKNOWN_HOOKS,
    unknown_resonance=UNKNOWN_RESONANCE,
    unknown_options=UNKNOWN_OPTIONS,
    given_sentences=GIVEN_SENTENCES,
    score_words=SCORE_WORDS,
)

DEFECTS = PLANT.defects()


# --- dialects: (our path, their path in field_map syntax, written form) ---------------------------------------------
# A "list" entry writes one empty object per element; the "[]" entries after it fill them. A "[N]" step is the N-th
# member of the Tel Aviv grader's score tuple. Forms are documented lossless readings (see FORMS).

#: OCEAN as each studio names the traits
OCEAN_CY = ["@agoredrwydd", "@trefnusrwydd", "@allblygrwydd", "@hynawsedd", "@pryderusrwydd"]
OCEAN_HE = ["פתיחות", "מצפוניות", "מוחצנות", "נעימות", "נוירוטיות"]
OCEAN_JS = ["curiousness", "orderliness", "outgoingness", "warmth", "edginess"]

#: the decoys each studio writes beside the answer: (their path, kind, form)
_CY_DECOYS = [("barn.@ail-farn", "judge2", "s"), ("barn.@hyder", "conf", "s"), ("barn.@brawddegau", "count", "s")]
_HE_DECOYS = [("שיפוט.משפטים", "count", None)]
_JS_DECOYS = [
    ("takeSheet.altCut", "turned_down", None),
    ("gradeCard.peerMark", "judge2", None),
    ("gradeCard.sureness", "conf", None),
    ("gradeCard.sentenceTally", "count", None),
]


def _tuple_decoys(first: int) -> list[tuple[str, str, str | None]]:
    """The Tel Aviv grader's tuple after the record's own scores: a second judge, then its confidence."""
    return [(f"שיפוט.ציונים[{first}]", "judge2", None), (f"שיפוט.ציונים[{first + 1}]", "conf", None), *_HE_DECOYS]


DIALECTS: dict[str, dict[str, Any]] = {
    "ea_gwyll": {  # xmltodict of the model's XML: attributes for the givens and scores, every value a string
        "team": "gwyll",
        "envelope": "cy_batch",
        "stem": "emotional_authenticity_gwyll",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "prif-gymeriad.@enw", None),
            ("context", "prif-gymeriad.cefndir", None),
            ("base_capacity", "nerth.@cychwyn", "s"),
            ("capacity_factors", "nerth.dylanwad", "list"),
            ("capacity_factors[].factor", "nerth.dylanwad[].@achos", None),
            ("capacity_factors[].impact", "nerth.dylanwad[].@gwerth", "s"),
            ("effective_capacity", "nerth.@heddiw", "s"),
            ("capacity_level", "nerth.@gradd", None),
            ("situation", "cais.disgrifiad-byr", None),
            ("support_level_needed", "cais.@angen", "s"),
            ("authenticity_target", "nod.@dilysrwydd", None),
            ("complexity_type", "nod.@cymhlethdod", None),
            ("character_response", "ateb.llinell", None),
            ("internal_thought", "ateb.meddwl", None),
            ("demonstrates_constraint", "ateb.terfyn", None),
            ("support_provided", "ateb.@rhoddwyd", "s"),
            ("authenticity_score", "barn.@dilysrwydd", "s"),
        ],
        "decoys": [("ateb.llinell-wrthod", "turned_down", None), *_CY_DECOYS],
    },
    "ea_telaviv": {  # Hebrew keys, the grader's tuple, "name -2.5" factor texts
        "team": "telaviv",
        "envelope": "he_batch",
        "stem": "emotional_authenticity_telaviv",
        "label": "emotional_authenticity",
        "map": [
            ("character_name", "קלט.דמות", None),
            ("context", "קלט.רקע", None),
            ("base_capacity", "קלט.כוח_בסיס", None),
            ("capacity_factors", "קלט.גורמים", "name_num"),
            ("effective_capacity", "קלט.כוח_נוכחי", None),
            ("capacity_level", "קלט.דרגת_כוח", None),
            ("situation", "קלט.מצב", None),
            ("support_level_needed", "קלט.תמיכה_נדרשת", None),
            ("authenticity_target", "קלט.יעד", None),
            ("complexity_type", "קלט.מורכבות", None),
            ("character_response", "פלט.שורה", None),
            ("internal_thought", "פלט.מחשבה", None),
            ("demonstrates_constraint", "פלט.גבול", None),
            ("support_provided", "פלט.תמיכה_שניתנה", None),
            ("authenticity_score", "שיפוט.ציונים[0]", None),
        ],
        "decoys": [("פלט.טיוטה", "turned_down", None), *_tuple_decoys(1)],
    },
    "di_gwyll": {  # the options as repeated <dewis> elements: type and impact attributes, the line as #text
        "team": "gwyll",
        "envelope": "jsonl",
        "stem": "dramatic_irony_gwyll",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "prif-gymeriad.@enw", None),
            ("character_capacity", "prif-gymeriad.@nerth", "s"),
            ("character_knows", "prif-gymeriad.@yn-credu", None),
            ("recommended_option", "prif-gymeriad.@dewis-disgwyliedig", None),
            ("scenario", "lleoliad", None),
            ("player_knows", "chwaraewr.@yn-gwybod", None),
            ("knowledge_gap_score", "chwaraewr.@bwlch", "s"),
            ("response_options", "dewisiadau.dewis", "list"),
            ("response_options[].type", "dewisiadau.dewis[].@math", None),
            ("response_options[].dialogue", "dewisiadau.dewis[].llinell", None),
            ("response_options[].relationship_impact", "dewisiadau.dewis[].@effaith", "s"),
            ("dramatic_irony_score", "barn.@eironi", "s"),
            ("tension_notes", "barn.nodyn", None),
        ],
        "decoys": [("barn.llinell-wrthod", "turned_down", None), *_CY_DECOYS],
    },
    "di_js": {  # a JS object literal: the options as a menu of picks, labels in sentence case
        "team": "js",
        "envelope": "js_md",
        "stem": "dramatic_irony_js",
        "label": "dramatic_irony",
        "map": [
            ("character_name", "castCard.callSign", None),
            ("scenario", "sceneBeat.whereabouts", None),
            ("player_knows", "knowGap.viewerSees", None),
            ("character_knows", "knowGap.castSupposes", None),
            ("knowledge_gap_score", "knowGap.gapSize", None),
            ("character_capacity", "fuelGauge.rightNow", None),
            ("recommended_option", "replyMenu.inCharacter", "sentence"),
            ("response_options", "replyMenu.menu", "list"),
            ("response_options[].type", "replyMenu.menu[].flavorTag", "sentence"),
            ("response_options[].dialogue", "replyMenu.menu[].lineText", None),
            ("response_options[].relationship_impact", "replyMenu.menu[].bondNudge", None),
            ("dramatic_irony_score", "gradeCard.ironyBite", None),
            ("tension_notes", "gradeCard.directorAside", None),
        ],
        "decoys": _JS_DECOYS,
    },
    "tb_telaviv": {  # Hebrew keys: a window "2-4 weeks later", the tension score first in the tuple
        "team": "telaviv",
        "envelope": "jsonl",
        "stem": "tension_building_telaviv",
        "label": "tension_building",
        "map": [
            ("character_name", "קלט.דמות", None),
            ("relationship_level", "קלט.רמת_קשר", None),
            ("context", "קלט.רקע", None),
            ("hook_type", "קלט.סוג_וו", None),
            ("setup", "קלט.אמת_נסתרת", None),
            ("payoff_window_weeks", "קלט.חלון_תשלום", "later"),
            ("payoff_hint", "קלט.רמז", None),
            ("dialogue", "פלט.שורה", None),
            ("tension_score", "שיפוט.ציונים[0]", None),
            ("hook_effectiveness", "שיפוט.אפקטיביות", None),
        ],
        "decoys": [("פלט.טיוטה", "turned_down", None), *_tuple_decoys(1)],
    },
    "tb_js": {  # a JS object literal: the window as two keys, the hook in sentence case
        "team": "js",
        "envelope": "js_md",
        "stem": "tension_building_js",
        "label": "tension_building",
        "map": [
            ("character_name", "castCard.callSign", None),
            ("relationship_level", "castCard.nearnessTier", None),
            ("context", "sceneBeat.whereabouts", None),
            ("hook_type", "lureCard.flavorTag", "sentence"),
            ("setup", "lureCard.buried", None),
            ("payoff_window_weeks.min", "lureCard.ripensFrom", None),
            ("payoff_window_weeks.max", "lureCard.ripensBy", None),
            ("payoff_hint", "lureCard.tell", None),
            ("dialogue", "takeSheet.finalCut", None),
            ("tension_score", "gradeCard.tautnessMark", None),
            ("hook_effectiveness", "gradeCard.gripMark", None),
        ],
        "decoys": _JS_DECOYS,
    },
    "mr_gwyll": {  # the memory as one element: its text, its feeling and its age as attributes
        "team": "gwyll",
        "envelope": "cy_batch",
        "stem": "memory_resonance_gwyll",
        "label": "memory_resonance",
        "map": [
            ("character_name", "prif-gymeriad.@enw", None),
            ("current_situation", "nawr", None),
            ("memory.description", "hen-atgof.hanes", None),
            ("memory.emotion", "hen-atgof.@teimlad", None),
            ("memory.weeks_ago", "hen-atgof.@wythnosau", "s"),
            ("resonance_type", "atsain.@math", None),
            ("resonance_weight", "atsain.@pwys", "s"),
            ("character_response", "ateb.llinell", None),
            ("resonance_score", "barn.@atseinedd", "s"),
        ],
        "decoys": [("ateb.llinell-wrthod", "turned_down", None), *_CY_DECOYS],
    },
    "mr_js": {  # a JS object literal from the exporter's JSON Lines: weeks "26 wk earlier"
        "team": "js",
        "envelope": "jsonl",
        "stem": "memory_resonance_js",
        "label": "memory_resonance",
        "map": [
            ("character_name", "castCard.callSign", None),
            ("current_situation", "sceneBeat.herePresent", None),
            ("memory.description", "pastBeat.pastGist", None),
            ("memory.emotion", "pastBeat.pastMood", None),
            ("memory.weeks_ago", "pastBeat.agoSpan", "wk_earlier"),
            ("resonance_type", "echoCard.flavorTag", "sentence"),
            ("resonance_weight", "echoCard.heftValue", None),
            ("character_response", "takeSheet.finalCut", None),
            ("resonance_score", "gradeCard.ringMark", None),
        ],
        "decoys": _JS_DECOYS,
    },
    "pt_telaviv": {  # Hebrew trait names, a typed batch
        "team": "telaviv",
        "envelope": "he_batch",
        "stem": "personality_traits_telaviv",
        "label": "personality_traits",
        "map": [
            ("character_name", "קלט.דמות", None),
            ("scenario", "קלט.תרחיש", None),
            *[(f"ocean.{t}", f"קלט.אישיות.{c}", None) for t, c in zip(OCEAN, OCEAN_HE, strict=True)],
            ("dialogue", "פלט.שורה", None),
            ("trait_expression", "פלט.הסבר", None),
            ("quality_score", "שיפוט.ציונים[0]", None),
        ],
        "decoys": [("פלט.טיוטה", "turned_down", None), *_tuple_decoys(1)],
    },
    "pt_js": {  # a JS object literal: five house trait words
        "team": "js",
        "envelope": "js_md",
        "stem": "personality_traits_js",
        "label": "personality_traits",
        "map": [
            ("character_name", "castCard.callSign", None),
            ("scenario", "sceneBeat.whereabouts", None),
            *[(f"ocean.{t}", f"fiveDials.{c}", None) for t, c in zip(OCEAN, OCEAN_JS, strict=True)],
            ("dialogue", "takeSheet.finalCut", None),
            ("trait_expression", "takeSheet.fitNote", None),
            ("quality_score", "gradeCard.keepability", None),
        ],
        "decoys": _JS_DECOYS,
    },
    "rs_gwyll": {  # the deed as text with its kind as an attribute; the verdict's numbers as attributes
        "team": "gwyll",
        "envelope": "jsonl",
        "stem": "relationship_scoring_gwyll",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "prif-gymeriad.@enw", None),
            ("relationship_level", "prif-gymeriad.@lefel", "s"),
            ("interaction_type", "gweithred.@math", None),
            ("player_action", "gweithred.disgrifiad-byr", None),
            ("character_response", "adwaith", None),
            ("rationale", "barn.rhesymeg", None),
            ("relationship_score", "barn.@perthynas", "s"),
            ("trust_change", "barn.@ymddiriedaeth", "s"),
            ("quality_score", "barn.@ansawdd", "s"),
        ],
        "decoys": [("barn.rhesymeg-wrthod", "turned_down", None), *_CY_DECOYS],
    },
    "rs_telaviv": {  # Hebrew keys: relationship score and quality the tuple's first two
        "team": "telaviv",
        "envelope": "he_batch",
        "stem": "relationship_scoring_telaviv",
        "label": "relationship_scoring",
        "map": [
            ("character_name", "קלט.דמות", None),
            ("relationship_level", "קלט.רמת_קשר", None),
            ("interaction_type", "קלט.סוג_מפגש", None),
            ("player_action", "קלט.מעשה_השחקן", None),
            ("character_response", "קלט.תגובת_הדמות", None),
            ("rationale", "פלט.נימוק", None),
            ("relationship_score", "שיפוט.ציונים[0]", None),
            ("quality_score", "שיפוט.ציונים[1]", None),
            ("trust_change", "שיפוט.שינוי_אמון", None),
        ],
        "decoys": [("פלט.טיוטה", "turned_down", None), *_tuple_decoys(2)],
    },
    "ms_telaviv": {  # Hebrew keys: the whole NPC card, authenticity and quality the tuple's first two
        "team": "telaviv",
        "envelope": "bare",
        "stem": "multi_step_batch_telaviv",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "דמות.שם", None),
            ("npc_profile.age", "דמות.גיל", None),
            ("npc_profile.occupation", "דמות.עיסוק", None),
            ("npc_profile.background", "דמות.ביוגרפיה", None),
            ("npc_emotional_state.base_capacity", "מצב_רגשי.כוח_בסיס", None),
            ("npc_emotional_state.capacity_factors", "מצב_רגשי.גורמים", "name_num"),
            ("npc_emotional_state.effective_capacity", "מצב_רגשי.כוח_נוכחי", None),
            ("npc_emotional_state.current_emotion", "מצב_רגשי.רגש", None),
            *[(f"npc_ocean_personality.{t}", f"אישיות.{c}", None) for t, c in zip(OCEAN, OCEAN_HE, strict=True)],
            ("interaction_context.situation", "הקשר.מצב", None),
            ("interaction_context.player_request", "הקשר.בקשה", None),
            ("interaction_context.support_needed", "הקשר.תמיכה_נדרשת", None),
            ("interaction_context.complexity_type", "הקשר.מורכבות", None),
            ("interaction_context.authenticity_target", "הקשר.יעד", None),
            ("interaction_context.capacity_level", "הקשר.דרגת_כוח", None),
            ("tension_memory.hook_type", "מתח.סוג_וו", None),
            ("tension_memory.memory_reference", "מתח.זיכרון", None),
            ("npc_card_narrative.dialogue_prose", "פלט.פרוזה", None),
            ("game_outcomes.trust_change", "תוצאות.אמון", None),
            ("game_outcomes.relationship_change", "תוצאות.קשר", None),
            ("game_outcomes.capacity_after", "תוצאות.כוח_אחרי", None),
            ("training_metadata.authenticity_score", "שיפוט.ציונים[0]", None),
            ("training_metadata.quality_score", "שיפוט.ציונים[1]", None),
            ("training_metadata.complexity_type", "רישום.מורכבות", None),
            ("training_metadata.pipeline_version", "רישום.גרסת_צינור", None),
            ("training_metadata.master_truths_version", "רישום.גרסת_כללים", None),
            ("training_metadata.generated_at", "רישום.נוצר_ב", None),
        ],
        "decoys": [("פלט.טיוטה", "turned_down", None), *_tuple_decoys(2)],
    },
    "ms_js": {  # a JS object literal: the NPC card under house words, "-2.5 cause" factors, "34 yrs old"
        "team": "js",
        "envelope": "js_md",
        "stem": "multi_step_batch_js",
        "label": "multi_step",
        "map": [
            ("npc_profile.name", "npcCard.callSign", None),
            ("npc_profile.age", "npcCard.howOld", "yrs_old"),
            ("npc_profile.occupation", "npcCard.tradeName", None),
            ("npc_profile.background", "npcCard.loreText", None),
            ("npc_emotional_state.base_capacity", "fuelGauge.atStart", None),
            ("npc_emotional_state.capacity_factors", "fuelGauge.pullList", "num_name"),
            ("npc_emotional_state.effective_capacity", "fuelGauge.rightNow", None),
            ("npc_emotional_state.current_emotion", "fuelGauge.feelsLike", None),
            *[(f"npc_ocean_personality.{t}", f"fiveDials.{c}", None) for t, c in zip(OCEAN, OCEAN_JS, strict=True)],
            ("interaction_context.situation", "sceneBeat.whereabouts", None),
            ("interaction_context.player_request", "sceneBeat.pleaText", None),
            ("interaction_context.support_needed", "sceneBeat.askAmount", None),
            ("interaction_context.complexity_type", "sceneBeat.wrinkleTag", "sentence"),
            ("interaction_context.authenticity_target", "sceneBeat.realnessGoal", "sentence"),
            ("interaction_context.capacity_level", "fuelGauge.bandTag", "sentence"),
            ("tension_memory.hook_type", "lureCard.flavorTag", "sentence"),
            ("tension_memory.memory_reference", "lureCard.callbackRef", None),
            ("npc_card_narrative.dialogue_prose", "takeSheet.finalCut", None),
            ("game_outcomes.trust_change", "afterShock.trustNudge", None),
            ("game_outcomes.relationship_change", "afterShock.bondNudge", None),
            ("game_outcomes.capacity_after", "afterShock.gaugeAfter", None),
            ("training_metadata.authenticity_score", "gradeCard.realnessMark", None),
            ("training_metadata.quality_score", "gradeCard.keepability", None),
            ("training_metadata.complexity_type", "ledger.wrinkleTag", None),
            ("training_metadata.pipeline_version", "ledger.toolchainRev", None),
            ("training_metadata.master_truths_version", "ledger.rulesRev", None),
            ("training_metadata.generated_at", "ledger.madeAt", None),
        ],
        "decoys": _JS_DECOYS,
    },
}
#: each type's two prompt versions
BY_TYPE = {
    "emotional_authenticity": ["ea_gwyll", "ea_telaviv"],
    "dramatic_irony": ["di_gwyll", "di_js"],
    "tension_building": ["tb_telaviv", "tb_js"],
    "memory_resonance": ["mr_gwyll", "mr_js"],
    "personality_traits": ["pt_telaviv", "pt_js"],
    "relationship_scoring": ["rs_gwyll", "rs_telaviv"],
    "multi_step": ["ms_telaviv", "ms_js"],
}
#: each envelope's file extension
EXT = {"jsonl": "jsonl", "cy_batch": "json", "he_batch": "json", "bare": "json", "js_md": "md"}
#: envelopes written as one JSON document (a BOM and CRLF land on one of them)
PLAIN_JSON = {"cy_batch", "he_batch", "bare"}
#: teams whose own writer sorts every object's keys and indents by four: none in this family
SORTED_TEAMS: set[str] = set()
#: teams that write every number as a string (xmltodict keeps what the XML held)
STRING_TEAMS = {"gwyll"}

#: pipeline metadata each team writes on every record: key (field_map syntax) -> how its value is drawn
TEAM_EXTRAS: dict[str, dict[str, str]] = {
    "gwyll": {"@rhediad": "run", "@peiriant": "model", "@hedyn": "seed", "@milieiliadau": "ms", "@amser": "stamp"},
    "telaviv": {"מזהה_ריצה": "run", "מודל": "model", "משך_אלפיות": "ms", "אסימונים": "tok", "חותמת_זמן": "stamp"},
    "js": {"jobTag": "run", "llmTag": "model", "wallMs": "ms", "tokenSpend": "tok", "spawnedAt": "stamp"},
}
MODELS = ["qwen3:14b", "qwen3:8b", "qwen3:32b", "qwen3:30b-a3b-q4_K_M"]


def _n(v: float) -> str:
    return f"{v:g}"


FORMS: dict[str, Callable[[Any], Any]] = {
    "s": _n,  # xmltodict's string of an attribute or element: 6.5 -> "6.5", -0.75 -> "-0.75"
    "sentence": lambda s: s.replace("_", " ").capitalize(),  # "Tone deaf", "Past trauma trigger", "Crisis"
    "later": lambda w: f"{_n(w['min'])}-{_n(w['max'])} weeks later",  # "2-4 weeks later"
    "wk_earlier": lambda v: f"{_n(v)} wk earlier",  # "26 wk earlier"
    "yrs_old": lambda v: f"{_n(v)} yrs old",  # "34 yrs old"
    "name_num": lambda fs: [f"{f['factor']} {f['impact']:+g}" for f in fs],  # "salt sores on both hands -0.5"
    "num_name": lambda fs: [f"{f['impact']:+g} {f['factor']}" for f in fs],  # "-0.5 salt sores on both hands"
}


#: a "{}" line written in this family's value forms (drift_machinery.put_keyed)
_put_keyed = partial(put_keyed, forms=FORMS)


def to_dialect(
    rec: dict[str, Any], dialect: dict[str, Any], raw: list[str], written: dict[str, str] | None = None
) -> dict[str, Any]:
    """One of our records written in a dialect (raw paths keep a planted plain number as it is; `written` paths
    hold a planted text as it is)."""
    out: dict[str, Any] = {}
    for ours, theirs, form in dialect["map"]:
        if "{}" in theirs:
            _put_keyed(out, rec, dialect, ours, theirs, form)
            continue
        if "[]" in ours:
            head, _, rest = ours.partition("[].")
            their_head, _, their_rest = theirs.partition("[].")
            items = _get(rec, head)
            if not isinstance(items, list):
                continue
            for x, y in zip(items, _get_their(out, their_head), strict=True):
                v = x.get(rest)
                if v is not None:
                    _put(y, their_rest, FORMS[form](v) if form else v)
            continue
        v = _get(rec, ours)
        if v is None:
            continue
        if form == "list":
            _put(out, theirs, [{} for _ in v])
        elif written and ours in written:
            _put(out, theirs, written[ours])
        elif ours in raw:
            plain = _plain(v)
            if dialect["team"] in STRING_TEAMS and isinstance(plain, (int, float)) and math.isfinite(plain):
                plain = _n(plain)  # xmltodict keeps every number as the text the model wrote
            _put(out, theirs, plain)
        else:
            _put(out, theirs, FORMS[form](v) if form else v)
    return out


def _decoy(rng: random.Random, kind: str, form: str | None, rec: dict[str, Any], dtype: str) -> Any:
    """A value shaped like one of ours that is not ours (a turned-down answer, a second reviewer's mark ...)."""
    if kind == "turned_down":  # the answer the reviewer turned down: never the final one (a record may lack that)
        finals = {o.get("dialogue") for o in rec.get("response_options", [])} if dtype == "dramatic_irony" else set()
        with contextlib.suppress(KeyError, IndexError):
            finals.add(_answer_text(rec, dtype))
        return rng.choice([x for x in ANSWER_POOL[dtype] if x not in finals])
    if kind == "retry":
        return rng.randint(0, 4)
    if kind == "count":
        return FORMS[form](rng.randint(1, 6)) if form else rng.randint(1, 6)
    x = {"conf": lambda: _u(rng, 0.55, 0.99), "judge2": lambda: _u(rng, 0.45, 0.98)}[kind]()
    return FORMS[form](x) if form else x


def _meta_value(rng: random.Random, kind: str) -> Any:
    return {
        "run": lambda: f"{rng.getrandbits(32):08x}{rng.getrandbits(32):08x}",
        "model": lambda: rng.choice(MODELS),
        "seed": lambda: rng.randint(1, 2**31 - 1),
        "ms": lambda: rng.randint(900, 52000),
        "tok": lambda: rng.randint(150, 3100),
        "stamp": lambda: _stamp(rng),
    }[kind]()


def _with_extras(
    rng: random.Random, dialect: dict[str, Any], their: dict[str, Any], rec: dict[str, Any], dtype: str
) -> dict[str, Any]:
    """Add the dialect's decoys and the team's pipeline metadata (first, as the team's writer puts them)."""
    for key, kind, form in dialect["decoys"]:
        _put(their, key, _decoy(rng, kind, form, rec, dtype))
    extras = {key: _meta_value(rng, kind) for key, kind in TEAM_EXTRAS[dialect["team"]].items()}
    if dialect["team"] in STRING_TEAMS:
        extras = {k: str(v) for k, v in extras.items()}
    return {**extras, **their}


# --- files ------------------------------------------------------------------------------------------------------
THINKING = [
    "The tool wants {n} {what} objects as a JS literal. Keys as in the house style, no quotes needed. Harbour town, "
    "a different person in every object.",
    "{n} {what} objects then. The Node side evals this, so plain object literal syntax is fine. Check the sums first.",
    "Object by object: who, then the ask, then the line, then the grades. {n} {what} entries, no two openings alike.",
]
ASIDES = ["more below", "second half of the batch", "grades per the rubric"]


def _stamp(rng: random.Random) -> str:
    return f"2026-12-0{rng.randint(1, 5)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _js(text: str) -> str:
    """JSON as a JS object literal: every key that is an identifier left bare."""
    return re.sub(r'(?m)^(\s*)"([A-Za-z_][A-Za-z0-9_]*)": ', r"\1\2: ", text)


def _render(dialect: dict[str, Any], recs: list[dict[str, Any]], rng: random.Random, file_no: int) -> tuple[str, list]:
    """The file's text in the dialect's envelope, and the mess it carries (think block, fence, trailing comma)."""
    env, label = dialect["envelope"], dialect["label"]

    def dump(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False, indent=2)

    if env == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), []
    if env == "js_md":
        think = "<think>\n" + rng.choice(THINKING).format(n=len(recs), what=WHAT[label]) + "\n</think>\n\n"
        body, mess = _js(dump(recs)), ["think", "fence", "bare_keys"]
        if rng.random() < 0.6:  # the model's habit: a comma after the last element, as JS allows
            body, mess = body[: -len("\n  }\n]")] + "\n  },\n]", [*mess, "trailing_comma"]
        if len(recs) > 1 and rng.random() < 0.3:  # and a line comment between two elements
            body = body.replace("\n  },\n  {", "\n  },\n  // " + rng.choice(ASIDES) + "\n  {", 1)
            mess.append("comment")
        tail = rng.choice(["", "", "\nPaste straight into the loader; keys follow the house style.\n"])
        return think + "```js\n" + body + "\n```\n" + tail, mess + (["prose_after"] if tail else [])
    doc: Any = {
        "bare": lambda: recs,
        "he_batch": lambda: {
            "master_truths_version": "v1.2",
            "data_type": label,
            "batch_number": file_no,
            "timestamp": f"2026120{rng.randint(1, 5)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00",
            "sample_count": len(recs),
            "samples": recs,
        },
        "cy_batch": lambda: {  # xmltodict of the <swp> root: its attributes, then the repeated <golygfa> elements
            "swp": {"@rhif": str(file_no), "@cyfanswm": str(len(recs)), "@cychwynnwyd": _stamp(rng), "golygfa": recs}
        },
    }[env]()
    return dump(doc) + "\n", []


def _layout(rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps of 200+, some of 3-6 records."""
    return layout(FAMILY, rng, seed)


PROMPTS_NOTE = """# About this drop

Three studios ran their own generators against a local Qwen3 model served by Ollama: Stiwdio Gwyll (the model answers
in XML, converted with xmltodict), the Tel Aviv studio (Hebrew keys, the grader's scores as one tuple) and the Node
tools team (the model answers in JavaScript object literals). Settings used:

```yaml
model: qwen3:14b
temperature: 0.7
num_ctx: 16384
think: true
max_retries: 3
```

Retried calls were merged without removing repeats, and one job was killed while it was still writing.
"""


#: where each team's files land in a folder (one choice per team and seed)
SUBDIRS = {
    "gwyll": ["", "gwyll", "gwyll/allbwn"],
    "telaviv": ["", "telaviv", "telaviv/runs"],
    "js": ["", "node", "node/answers"],
}


def _file_date(rng: random.Random) -> str:
    """The date and clock in a file's name, as this family's pipeline stamps them."""
    return f"2026120{rng.randint(1, 4)}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"


FAMILY = Family(
    name="fresh15",
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


def write_fresh15_folder(folder: Path, seed: int, samples: Any = None, with_ours: bool = False) -> dict[str, Any]:
    """Write one drifted folder for `seed` under `folder`; return its manifest (see the module docstring).

    `samples` (the other families' valid samples, passed by the eval) is accepted and ignored. `with_ours` adds
    each record as written in OUR schema (`ours`) for this writer's own test.
    """
    del samples
    return write_folder(FAMILY, folder, seed, with_ours)


def main() -> int:
    return command_line(__doc__, write_fresh15_folder, "fresh15")


if __name__ == "__main__":
    raise SystemExit(main())
