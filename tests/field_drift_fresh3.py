"""A fifth drift generator, written apart from the matcher and from the four others (issue 11 held-out score).

The other families rename single words, abbreviate like programmers, translate (Spanish, German, French,
Italian, Portuguese, Polish, Japanese, Dutch, Swedish) or use Hungarian notation. This one imitates two kinds of
*English-speaking* teams whose own pipelines write the same seven data types with the same meanings, plus two
European teams, each with its own vocabulary and its own idea of structure. Per seed every data type gets one
dialect:

- game-design teams: the character is the `npc`, the request a `beat` with its `stakes`, the answer an
  `utterance` / `bark` / `script`, the judge's verdict under `judge` or `meta`, capacity as `bcap` / `eff_cap`,
  factors as `pressures: [{cause, hit}]`, a hook as `beat.kind` / `beat.plant` / `beat.payoff_in`, a memory as a
  flashback flattened into `fb_what` / `fb_mood` / `fb_weeks_back`, OCEAN as `ocean_pct.open` ... `.neuro`;
- ML teams: `input` / `output` / `label` / `eval` envelopes (`input.prompt`, `output.completion`, `label.conf`),
  keys holding spaces (`"player move"`, `"base cap"`) or a literal dot (`"eff.cap"`), a multi-step record
  flattened by `pandas.json_normalize` (every key a dotted path: `"who.name"`, `"ocean.openness"`), numbers kept as
  lists of `{key, value}` pairs (`metrics: [{"key": "trust shift", "value": 0.3}]`), OCEAN as a list of
  `{trait, score}` pairs;
- names with a type prefix and abbreviations (`ea_bcap`, `ea_eff_cap`, `ea_auth`, `ea_cplx`, `di_opts[].kind`);
- a French memory dialect (`souvenir.recit`, `replique`) and a German relationship dialect (`Vertrauensänderung`,
  `Begründung`: umlauts in keys);
- in about a third of the folders where a type has two files, the second comes from the team's next prompt
  version (another of its dialects: the truth map holds both sets of names);
- values, only in readings docs/interaction-formats.md documents as lossless: scores as integer percentages
  ("86%"), a capacity as "3.5/10", weeks as "3 weeks ago", payoff windows as "2-4 weeks", trust as "+0.3",
  numbers as text, factors as a name -> impact table, option labels in Title Case ("Tone-Deaf"); a 0-100 number
  with no "%" is never a reading: it is planted as an out-of-range defect; the support the answer gives as a
  number of its own in two dialects (min(need, X+2) in a valid record);
- user-defined extra fields (a retry count, the writer model, a beat id, an annotator, a session id: never a
  name or alias of one of our fields of that type), which no map line should move;
- files: typed batches with a header, JSON Lines (`.jsonl`, or lines in a `.json`; in 40% of the folders one
  `mixed_run` file holds two or three types, each line labelled), an LLM answer in `.txt` (and in 30% of the
  folders one in `.md`: chatter around a fenced JSON array, sometimes a `<think>` block), a job envelope
  `{"job": {...}, "category": ..., "outputs": [...]}`, a BOM + CRLF batch, the multi-step pipeline's bare arrays
  named by the file; mojibake (UTF-8 read as cp1252) in some valid answers, only where ftfy restores the exact
  text;
- planted defects (each applicable kind on about 60% of seeds), on the canonical record before the dialect: exact
  duplicates (a retry appending the same record to the same file), out-of-range values (a 0-100 score, a
  capacity of 12, trust 1.8, level 6, negative weeks, an OCEAN trait of 73, age 240), a NaN, a missing answer,
  low quality, an authenticity score off its stated target, and rule violations of every family a type has
  (capacity formula, X+2 given as a number and stated only in a sentence in this file's own phrasings, capacity
  and authenticity buckets, complexity type, irony option type / capacity / impact / knowledge gap, hook type and
  payoff window, resonance type and weight); one file per seed (60%) ends inside its last record (a copy of a
  valid one, planted `lost`).

Not planted: OCEAN as a bare array of five numbers (no `interactions.field_map` line can address a list
position, so it is not salvageable by the issue's definition); YAML.

The manifest (`<folder>.fresh3.manifest.json`, beside the folder, never inside it) holds every record's
expected outcome and, per type, `truth`: their path -> our path for every field written under another path
(map syntax of docs/interaction-formats.md: `\\.` a dot inside a key, `[]` every element, `[key=label]` one
element of a pair list).

The truth is checked without the matcher: `--check` re-maps every written record back to our names with this
file's own reading of the truth map (`remap`), writes the re-mapped records with the same layouts, runs the
project's analysis (ingest, validation, rules, quality gate, exact duplicates) on them with no map, and counts
valid records kept with values equal to the canonical sample and planted defects flagged as planted.

    python tests/field_drift_fresh3.py OUT_DIR [--seed N]    # one folder (+ OUT_DIR.fresh3.manifest.json)
    python tests/field_drift_fresh3.py --check 1-40          # the truth map recovers every record (no matcher)
    python tests/field_drift_fresh3.py --check-map 1-40      # the same through the ingest's field_map (truth map)
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import dataclasses
import io
import json
import math
import random
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((REPO / "curation" / "domain" / "spec.yaml").read_text(encoding="utf-8"))
RULES = SPEC["rules"]

TYPES = (
    "emotional_authenticity",
    "dramatic_irony",
    "tension_building",
    "memory_resonance",
    "personality_traits",
    "relationship_scoring",
    "multi_step",
)
#: labels a file may carry (the type's name or one of the spec's label synonyms)
LABELS = {t: [t, *SPEC["types"][t].get("label_synonyms", [])[:2]] for t in TYPES}
#: the field holding the base scenario, varied to make more valid records
VARY = {
    "emotional_authenticity": "context",
    "dramatic_irony": "scenario",
    "tension_building": "context",
    "memory_resonance": "current_situation",
    "personality_traits": "scenario",
    "relationship_scoring": "player_action",
    "multi_step": "interaction_context.situation",
}
#: the answer (what a missing-answer defect removes)
ANSWER = {
    "emotional_authenticity": "character_response",
    "dramatic_irony": "response_options",
    "tension_building": "dialogue",
    "memory_resonance": "character_response",
    "personality_traits": "dialogue",
    "relationship_scoring": "rationale",
    "multi_step": "npc_card_narrative",
}
PROSE = {
    "emotional_authenticity": "character_response",
    "tension_building": "dialogue",
    "memory_resonance": "character_response",
    "personality_traits": "dialogue",
    "relationship_scoring": "character_response",
    "multi_step": "npc_card_narrative.dialogue_prose",
}
CLAUSES = [
    " It is the last week of term.",
    " Rain has been hammering the windows all evening.",
    " The power came back on an hour ago.",
    " Somebody's phone keeps buzzing on the table.",
    " It is the morning after the street party.",
    " The heating has been broken since Tuesday.",
    " A delivery van is blocking the lane outside.",
    " They have both skipped lunch.",
    " The radio in the next room is playing old jazz.",
    " It is the first warm day of spring.",
    " The landlord is due round at six.",
    " A neighbour's dog has been barking for an hour.",
]

# ---------------------------------------------------------------------------------------------- paths


def split_path(path: str) -> list[tuple[str, str | None]]:
    """`a.b\\.c[]` -> [("a", None), ("b.c", "")]; `m[key=x y].value` -> [("m", "key=x y"), ("value", None)]."""
    out: list[tuple[str, str | None]] = []
    for tok in re.split(r"(?<!\\)\.", path):
        m = re.fullmatch(r"(.*?)(?:\[([^\]]*)\])?", tok, flags=re.S)
        assert m is not None
        out.append((m.group(1).replace("\\.", "."), m.group(2)))
    return out


_MISSING = object()


def _get(obj: Any, keys: list[str]) -> Any:
    for k in keys:
        if not isinstance(obj, dict) or k not in obj:
            return _MISSING
        obj = obj[k]
    return obj


def _pop(obj: dict, keys: list[str]) -> Any:
    """Remove and return the value at `keys`, dropping parents left empty."""
    trail = []
    cur: Any = obj
    for k in keys[:-1]:
        if not isinstance(cur, dict) or k not in cur:
            return _MISSING
        trail.append((cur, k))
        cur = cur[k]
    if not isinstance(cur, dict) or keys[-1] not in cur:
        return _MISSING
    v = cur.pop(keys[-1])
    for parent, k in reversed(trail):
        if parent[k] == {}:
            del parent[k]
    return v


def _set(obj: dict, segs: list[tuple[str, str | None]], value: Any) -> None:
    """Set a value at a path of (key, selector) steps; a `k=v` selector finds or appends that pair element."""
    cur = obj
    for name, sel in segs[:-1]:
        if sel:
            key, _, label = sel.partition("=")
            lst = cur.setdefault(name, [])
            el = next((e for e in lst if isinstance(e, dict) and e.get(key) == label), None)
            if el is None:
                el = {key: label}
                lst.append(el)
            cur = el
        else:
            cur = cur.setdefault(name, {})
    cur[segs[-1][0]] = value


def plain(path: str) -> list[str]:
    return [k for k, _ in split_path(path)]


# ---------------------------------------------------------------------------------------------- values

Encoder = str  # name of a lossless written form (see FORMS)


def _num(v: Any, lo: float | None = None, hi: float | None = None) -> bool:
    ok = isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
    return ok and (lo is None or v >= lo) and (hi is None or v <= hi)


def _pct(v: Any) -> Any:  # a [0, 1] score as an integer percentage
    return f"{round(v * 100)}%" if _num(v, 0, 1) and abs(v * 100 - round(v * 100)) < 1e-9 else v


def _window(v: Any) -> Any:
    ok = isinstance(v, dict) and set(v) == {"min", "max"} and _num(v["min"], 0) and _num(v["max"], 0)
    return f"{v['min']:g}-{v['max']:g} weeks" if ok else v


def _table(v: Any) -> Any:  # a factor list as a name -> impact table
    if isinstance(v, list) and all(isinstance(f, dict) and set(f) == {"factor", "impact"} for f in v):
        names = [f["factor"] for f in v]
        if len(set(names)) == len(names):
            return {f["factor"]: f["impact"] for f in v}
    return v


#: lossless written forms of a canonical value (docs/interaction-formats.md "Repairs"); a value a form cannot
#: hold (out of range, NaN) is written as it is, so a planted defect stays that defect
FORMS: dict[str, Any] = {
    "pct": _pct,
    "of10": lambda v: f"{v:g}/10" if _num(v, 0, 10) else v,  # a [0, 10] capacity
    "text": lambda v: f"{v:g}" if _num(v) else v,  # a number as text
    "signed": lambda v: f"{v:+g}" if _num(v, -1, 1) else v,  # trust as "+0.3"
    "weeks": lambda v: (f"{v:g} weeks ago" if v != 1 else "1 week ago") if _num(v, 0) else v,
    "window": _window,  # "2-4 weeks"
    "table": _table,
    "title": lambda v: "-".join(w.capitalize() for w in v.split("_")) if isinstance(v, str) else v,  # "Tone-Deaf"
}


def encode(kind: str, v: Any) -> Any:
    return FORMS[kind](v)


# ---------------------------------------------------------------------------------------------- dialects


@dataclass
class Dialect:
    """How one team writes one data type: (our path, their path) moves in order, value forms per our path,
    extra fields of their own, and whether the support given is written as a number of its own."""

    name: str
    moves: list[tuple[str, str]]
    forms: dict[str, Encoder] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)  # their path -> value (a callable of rng)
    support_given: str | None = None  # our path of the support-provided number this dialect adds


def _ocean_pairs(prefix: str, label_key: str, value_key: str, ours: str, title: bool) -> list[tuple[str, str]]:
    return [
        (f"{ours}.{t}", f"{prefix}[{label_key}={t.capitalize() if title else t}].{value_key}")
        for t in RULES["ocean_traits"]
    ]


def _rint(lo: int, hi: int) -> Any:
    return lambda rng, out: rng.randint(lo, hi)


def _rpick(*vals: Any) -> Any:
    return lambda rng, out: rng.choice(vals)


def _rid(fmt: str, lo: int, hi: int) -> Any:
    return lambda rng, out: fmt.format(rng.randint(lo, hi))


DIALECTS: dict[str, list[Dialect]] = {
    "emotional_authenticity": [
        Dialect(
            "prefixed",
            [
                ("character_name", "ea_who"),
                ("context", "ea_backdrop"),
                ("base_capacity", "ea_bcap"),
                ("capacity_factors", "ea_mods"),
                ("capacity_factors[].factor", "ea_mods[].what"),
                ("capacity_factors[].impact", "ea_mods[].amt"),
                ("effective_capacity", "ea_eff_cap"),
                ("situation", "ea_ask"),
                ("support_level_needed", "ea_need"),
                ("character_response", "ea_reply"),
                ("internal_thought", "ea_inner"),
                ("authenticity_score", "ea_auth"),
                ("demonstrates_constraint", "ea_x2_note"),
                ("complexity_type", "ea_cplx"),
                ("capacity_level", "ea_cap_lvl"),
                ("authenticity_target", "ea_auth_goal"),
            ],
            forms={"authenticity_score": "text", "effective_capacity": "text"},
            extras={"ea_llm_conf": _rpick(0.9, 0.95, 0.8), "ea_prompt_rev": _rpick("r12", "r13")},
        ),
        Dialect(
            "beats",
            [
                ("character_name", "npc.name"),
                ("context", "npc.circumstances"),
                ("base_capacity", "bcap"),
                ("capacity_factors", "pressures"),
                ("capacity_factors[].factor", "pressures[].cause"),
                ("capacity_factors[].impact", "pressures[].hit"),
                ("effective_capacity", "eff_cap"),
                ("situation", "beat.ask"),
                ("support_level_needed", "beat.stakes"),
                ("complexity_type", "beat.wrinkle"),
                ("character_response", "utterance"),
                ("internal_thought", "subtext"),
                ("authenticity_score", "judge.realness"),
                ("demonstrates_constraint", "judge.limit_note"),
                ("authenticity_target", "judge.aim"),
                ("capacity_level", "cap_tier"),
            ],
            forms={"authenticity_score": "pct"},
            extras={"take": _rint(1, 4), "writer_model": _rpick("qwen3:30b-a3b", "qwen3:32b")},
        ),
        Dialect(
            "ml_io",
            [
                ("character_name", "input.persona"),
                ("context", "input.backdrop"),
                ("base_capacity", "input.state.base cap"),
                ("capacity_factors", "input.state.mods"),
                ("effective_capacity", "input.state.eff\\.cap"),
                ("situation", "input.request"),
                ("support_level_needed", "input.need"),
                ("character_response", "output.text"),
                ("internal_thought", "output.inner monologue"),
                ("support_provided", "output.given"),
                ("authenticity_score", "label.authenticity"),
                ("demonstrates_constraint", "label.x2 note"),
                ("complexity_type", "label.pattern"),
                ("capacity_level", "label.cap_band"),
                ("authenticity_target", "label.goal"),
            ],
            forms={"base_capacity": "of10", "capacity_factors": "table", "authenticity_score": "pct"},
            extras={"output.tokens": _rint(60, 240), "split_hint": _rpick("train", "eval")},
            support_given="support_provided",
        ),
    ],
    "dramatic_irony": [
        Dialect(
            "prefixed",
            [
                ("character_name", "di_npc"),
                ("scenario", "di_premise"),
                ("player_knows", "di_player_sees"),
                ("character_knows", "di_npc_sees"),
                ("knowledge_gap_score", "di_gap"),
                ("character_capacity", "di_cap"),
                ("response_options", "di_opts"),
                ("response_options[].type", "di_opts[].kind"),
                ("response_options[].dialogue", "di_opts[].words"),
                ("response_options[].relationship_impact", "di_opts[].delta"),
                ("dramatic_irony_score", "di_score"),
                ("tension_notes", "di_notes"),
            ],
            forms={"dramatic_irony_score": "pct"},
            extras={"di_seed": _rint(1, 99999)},
        ),
        Dialect(
            "branches",
            [
                ("character_name", "npc"),
                ("scenario", "premise"),
                ("player_knows", "player_intel"),
                ("character_knows", "npc_belief"),
                ("knowledge_gap_score", "gap"),
                ("character_capacity", "npc_cap"),
                ("response_options", "branches"),
                ("response_options[].type", "branches[].tone"),
                ("response_options[].dialogue", "branches[].says"),
                ("response_options[].relationship_impact", "branches[].rel_delta"),
                ("dramatic_irony_score", "irony_rating"),
                ("tension_notes", "designer_note"),
            ],
            forms={"character_capacity": "of10", "response_options[].type": "title", "dramatic_irony_score": "pct"},
            extras={"branch_count": lambda rng, out: len(out.get("branches", []))},
        ),
        Dialect(
            "ml_io",
            [
                ("character_name", "input.npc"),
                ("scenario", "input.scene"),
                ("player_knows", "input.known_to_player"),
                ("character_knows", "input.known_to_npc"),
                ("knowledge_gap_score", "input.gap_conf"),
                ("character_capacity", "input.npc_capacity"),
                ("response_options", "output.candidates"),
                ("response_options[].type", "output.candidates[].label"),
                ("response_options[].dialogue", "output.candidates[].utterance"),
                ("response_options[].relationship_impact", "output.candidates[].effect"),
                ("dramatic_irony_score", "eval.irony"),
                ("tension_notes", "eval.comment"),
            ],
            forms={"knowledge_gap_score": "text"},
            extras={"eval.judge": _rpick("qwen3:32b", "qwen3:8b"), "eval.latency_ms": _rint(800, 9000)},
        ),
    ],
    "tension_building": [
        Dialect(
            "beats",
            [
                ("character_name", "npc"),
                ("context", "scene"),
                ("hook_type", "beat.kind"),
                ("setup", "beat.plant"),
                ("payoff_window_weeks", "beat.payoff_in"),
                ("payoff_hint", "beat.reveal"),
                ("dialogue", "utterance"),
                ("relationship_level", "bond_tier"),
                ("tension_score", "grip"),
                ("hook_effectiveness", "hook_pull"),
            ],
            forms={"payoff_window_weeks": "window", "tension_score": "pct", "hook_effectiveness": "pct"},
            extras={"beat_id": _rid("B{}", 100, 999)},
        ),
        Dialect(
            "kv_metrics",
            [
                ("character_name", "who"),
                ("context", "where"),
                ("hook_type", "hook.cat"),
                ("setup", "hook.seed text"),
                ("payoff_hint", "hook.teaser"),
                ("payoff_window_weeks.min", "window_lo"),
                ("payoff_window_weeks.max", "window_hi"),
                ("dialogue", "line_out"),
                ("tension_score", "numbers[key=tension].value"),
                ("hook_effectiveness", "numbers[key=hook eff].value"),
                ("relationship_level", "numbers[key=bond].value"),
            ],
            extras={"run": _rid("tb-{}", 1, 60)},
        ),
    ],
    "memory_resonance": [
        Dialect(
            "francais",
            [
                ("character_name", "personnage"),
                ("current_situation", "situation_actuelle"),
                ("memory.description", "souvenir.recit"),
                ("memory.emotion", "souvenir.ressenti"),
                ("memory.weeks_ago", "souvenir.semaines"),
                ("resonance_type", "type_de_resonance"),
                ("resonance_weight", "poids_resonance"),
                ("character_response", "replique"),
                ("resonance_score", "note_resonance"),
            ],
            extras={"horodatage": _rid("2025-11-{:02d}T10:00:00", 1, 28)},
        ),
        Dialect(
            "flashback",
            [
                ("character_name", "npc"),
                ("current_situation", "now"),
                ("memory.description", "fb_what"),
                ("memory.emotion", "fb_mood"),
                ("memory.weeks_ago", "fb_weeks_back"),
                ("resonance_type", "echo_kind"),
                ("resonance_weight", "echo_weight"),
                ("character_response", "utterance"),
                ("resonance_score", "echo_score"),
            ],
            forms={"memory.weeks_ago": "weeks", "resonance_score": "pct", "resonance_type": "title"},
            extras={"callback_id": _rid("cb{}", 1000, 9999)},
        ),
    ],
    "personality_traits": [
        Dialect(
            "ml_io",
            [
                ("character_name", "input.persona"),
                ("scenario", "input.prompt"),
                *_ocean_pairs("input.big5", "trait", "score", "ocean", True),
                ("dialogue", "output.completion"),
                ("trait_expression", "output.why"),
                ("quality_score", "label.conf"),
            ],
            forms={"quality_score": "pct"},
            extras={"label.annotator": _rpick("r1", "r2", "r7")},
        ),
        Dialect(
            "bark",
            [
                ("character_name", "npc"),
                ("scenario", "beat"),
                ("dialogue", "bark"),
                ("ocean.openness", "ocean_pct.open"),
                ("ocean.conscientiousness", "ocean_pct.consc"),
                ("ocean.extraversion", "ocean_pct.extra"),
                ("ocean.agreeableness", "ocean_pct.agree"),
                ("ocean.neuroticism", "ocean_pct.neuro"),
                ("trait_expression", "why_it_fits"),
                ("quality_score", "qa"),
            ],
            forms={f"ocean.{t}": "pct" for t in RULES["ocean_traits"]} | {"quality_score": "text"},
            extras={"voice_ref": _rid("VO_{:04d}", 1, 400)},
        ),
    ],
    "relationship_scoring": [
        Dialect(
            "kv_metrics",
            [
                ("character_name", "npc"),
                ("player_action", "player move"),
                ("character_response", "npc reply"),
                ("relationship_score", "metrics[key=bond score].value"),
                ("trust_change", "metrics[key=trust shift].value"),
                ("quality_score", "metrics[key=qa].value"),
                ("rationale", "why"),
                ("interaction_type", "interaction kind"),
                ("relationship_level", "tier"),
            ],
            forms={"trust_change": "signed"},
            extras={"session": _rid("s{}", 1, 90)},
        ),
        Dialect(
            "deutsch",
            [
                ("character_name", "Figur"),
                ("player_action", "Spieleraktion"),
                ("character_response", "Antwort_der_Figur"),
                ("relationship_score", "Beziehungswert"),
                ("trust_change", "Vertrauensänderung"),
                ("rationale", "Begründung"),
                ("quality_score", "Qualität"),
                ("interaction_type", "Interaktionsart"),
                ("relationship_level", "Beziehungsstufe"),
            ],
            extras={"Laufnummer": _rint(1, 500)},
        ),
    ],
    "multi_step": [
        Dialect(
            "npc_card",
            [
                ("npc_profile.name", "npc.name"),
                ("npc_profile.age", "npc.age"),
                ("npc_profile.occupation", "npc.trade"),
                ("npc_profile.background", "npc.history"),
                ("npc_emotional_state.base_capacity", "mood.base"),
                ("npc_emotional_state.capacity_factors", "mood.pressures"),
                ("npc_emotional_state.capacity_factors[].factor", "mood.pressures[].cause"),
                ("npc_emotional_state.capacity_factors[].impact", "mood.pressures[].hit"),
                ("npc_emotional_state.effective_capacity", "mood.now"),
                ("npc_emotional_state.current_emotion", "mood.feeling"),
                *_ocean_pairs("big5", "trait", "score", "npc_ocean_personality", False),
                ("interaction_context.situation", "scene.setup"),
                ("interaction_context.player_request", "scene.ask"),
                ("interaction_context.support_needed", "scene.stakes"),
                ("interaction_context.support_provided", "scene.given"),
                ("interaction_context.complexity_type", "scene.wrinkle"),
                ("interaction_context.authenticity_target", "scene.aim"),
                ("interaction_context.capacity_level", "scene.band"),
                ("tension_memory.hook_type", "hook.kind"),
                ("tension_memory.memory_reference", "hook.callback"),
                ("npc_card_narrative.dialogue_prose", "card.script"),
                ("game_outcomes.trust_change", "fallout.trust"),
                ("game_outcomes.relationship_change", "fallout.bond"),
                ("game_outcomes.capacity_after", "fallout.cap_after"),
                ("training_metadata.authenticity_score", "meta.realness"),
                ("training_metadata.quality_score", "meta.qa"),
                ("training_metadata.complexity_type", "meta.pattern"),
                ("training_metadata.pipeline_version", "meta.pipe"),
                ("training_metadata.master_truths_version", "meta.mt"),
                ("training_metadata.generated_at", "meta.ts"),
            ],
            forms={"training_metadata.quality_score": "pct"},
            extras={"meta.retries": _rint(0, 3)},
            support_given="interaction_context.support_provided",
        ),
        Dialect(
            "json_normalize",
            [
                ("npc_profile.name", "who\\.name"),
                ("npc_profile.age", "who\\.age"),
                ("npc_profile.occupation", "who\\.work"),
                ("npc_profile.background", "who\\.past"),
                ("npc_emotional_state.base_capacity", "state\\.base"),
                ("npc_emotional_state.capacity_factors", "state\\.factors"),
                ("npc_emotional_state.effective_capacity", "state\\.effective"),
                ("npc_emotional_state.current_emotion", "state\\.emotion"),
                *[(f"npc_ocean_personality.{t}", f"ocean\\.{t}") for t in RULES["ocean_traits"]],
                ("interaction_context.situation", "ctx\\.situation"),
                ("interaction_context.player_request", "ctx\\.request"),
                ("interaction_context.support_needed", "ctx\\.need"),
                ("interaction_context.complexity_type", "ctx\\.pattern"),
                ("interaction_context.authenticity_target", "ctx\\.aim"),
                ("interaction_context.capacity_level", "ctx\\.band"),
                ("tension_memory.hook_type", "hook\\.type"),
                ("tension_memory.memory_reference", "hook\\.memory"),
                ("npc_card_narrative.dialogue_prose", "out\\.prose_card"),
                ("game_outcomes.trust_change", "outcome\\.trust"),
                ("game_outcomes.relationship_change", "outcome\\.rel"),
                ("game_outcomes.capacity_after", "outcome\\.cap_after"),
                ("training_metadata.authenticity_score", "judge\\.authenticity"),
                ("training_metadata.quality_score", "judge\\.quality"),
                ("training_metadata.complexity_type", "judge\\.pattern"),
                ("training_metadata.pipeline_version", "run\\.pipeline"),
                ("training_metadata.master_truths_version", "run\\.mt"),
                ("training_metadata.generated_at", "run\\.at"),
            ],
            forms={"npc_emotional_state.capacity_factors": "table"},
            extras={"run\\.row": _rint(0, 9999)},
        ),
    ],
}


def render(rec: dict, d: Dialect, rng: random.Random, truth: dict[str, str]) -> dict:
    """Our record -> theirs (moves in order, value forms, extra fields); adds the used lines to `truth`."""
    src = copy.deepcopy(rec)
    out: dict[str, Any] = {}
    for ours, theirs in d.moves:
        if "[]" in ours:  # a field inside every element of a list already moved
            lp, _, leaf = ours.partition("[].")
            tlp, _, tleaf = theirs.partition("[].")
            lst = _get(out, plain(tlp))
            if not isinstance(lst, list):
                continue
            used = False
            for el in lst:
                if isinstance(el, dict) and leaf in el:
                    v = el.pop(leaf)
                    el[tleaf] = encode(d.forms[ours], v) if ours in d.forms else v
                    used = True
            if used and ours != theirs:
                truth[theirs] = ours
            continue
        v = _pop(src, plain(ours))
        if v is _MISSING:
            continue
        if ours in d.forms:
            v = encode(d.forms[ours], v)
        _set(out, split_path(theirs), v)
        if ours != theirs:
            truth[theirs] = ours
    for k, v in src.items():  # fields no move names stay as they are
        assert k not in out, (d.name, k)
        out[k] = v
    for path, make in d.extras.items():
        _set(out, split_path(path), make(rng, out))
    return out


def remap(rec: dict, truth: dict[str, str]) -> dict:
    """Theirs -> ours by the truth map alone (this file's own reading of the documented map syntax): deeper
    source paths first; `[]` renames inside every element, `[k=v]` takes the value out of that pair element
    (the element goes once only its label is left, the list once empty); never overwrites a value."""
    out = copy.deepcopy(rec)
    for src, dst in sorted(truth.items(), key=lambda kv: -len(split_path(kv[0]))):
        segs = split_path(src)
        sels = [i for i, (_, s) in enumerate(segs) if s is not None]
        if sels and segs[sels[0]][1] == "":
            i = sels[0]
            lst = _get(out, [k for k, _ in segs[: i + 1]])
            dsegs = split_path(dst)
            j = next(n for n, (_, s) in enumerate(dsegs) if s == "")
            for el in lst if isinstance(lst, list) else []:
                if isinstance(el, dict):
                    v = _pop(el, [k for k, _ in segs[i + 1 :]])
                    if v is not _MISSING and _get(el, [k for k, _ in dsegs[j + 1 :]]) is _MISSING:
                        _set(el, dsegs[j + 1 :], v)
            continue
        if sels:
            i = sels[0]
            key, _, label = str(segs[i][1]).partition("=")
            lst = _get(out, [k for k, _ in segs[: i + 1]])
            if not isinstance(lst, list):
                continue
            el = next(
                (e for e in lst if isinstance(e, dict) and str(e.get(key, "")).lower() == label.lower()),
                None,
            )
            if el is None:
                continue
            v = _pop(el, [k for k, _ in segs[i + 1 :]])
            if v is _MISSING:
                continue
            if set(el) == {key}:
                lst.remove(el)
            if not lst:
                _pop(out, [k for k, _ in segs[: i + 1]])
        else:
            v = _pop(out, [k for k, _ in segs])
            if v is _MISSING:
                continue
        if _get(out, plain(dst)) is _MISSING:
            _set(out, [(k, None) for k in plain(dst)], v)
    return out


# ---------------------------------------------------------------------------------------------- defects


def _far_bucket(value: float, table: dict) -> str:
    """A bucket whose accepted range is at least 1.5 (capacity) away from the value."""
    names = list(table)
    return names[-1] if value <= (table[names[0]]["accept"][1] + table[names[-1]]["accept"][0]) / 2 else names[0]


def _off_target(score: float) -> str | None:
    """An authenticity target (not `excellent`) whose range clearly excludes the score."""
    table = RULES["authenticity"]["buckets"]
    for b in ("failed", "struggling", "authentic"):
        lo, hi = table[b]["accept"]
        if score < lo - 0.05 or score > hi + 0.05:
            return b
    return None


def _cap(rec: dict, t: str) -> tuple[str, str, str, str]:
    """Paths of base, factors, effective, support needed."""
    if t == "multi_step":
        return (
            "npc_emotional_state.base_capacity",
            "npc_emotional_state.capacity_factors",
            "npc_emotional_state.effective_capacity",
            "interaction_context.support_needed",
        )
    return "base_capacity", "capacity_factors", "effective_capacity", "support_level_needed"


def _put(rec: dict, path: str, value: Any) -> None:
    _set(rec, [(k, None) for k in plain(path)], value)


#: the support actually given above X+2, stated only in the constraint sentence (verbs of
#: spec rules.capacity.support_given, this file's own wording); {x} capacity, {lim} X+2, {g} given
X2_SENTENCES = [
    "Capacity {x} plus two caps her at {lim}; in the scene she delivers {g} worth of support regardless.",
    "The ceiling is {lim}/10, and the reply nonetheless supplies {g}/10.",
    "Running on {x}, he still musters {g} out of 10 support, well past the {lim} limit.",
    "Although {lim} should be the most possible here, she extends {g} points of support.",
    "At {x} the X+2 ceiling is {lim}; what he actually lends is {g}.",
    "Stretched to {x}/10, she provides a full {g} support when {lim} was the honest maximum.",
    "Limit {lim} (X+2). Actual: the character manages {g} support, pretending nothing is wrong.",
]


Planted = tuple[dict, dict] | None


def _p_formula(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    b, f, e, _ = _cap(r, t)
    factors = _get(r, plain(f))
    if not isinstance(factors, list) or not factors:
        return None
    bv, ev = _get(r, plain(b)), _get(r, plain(e))
    for delta in (1.5, -1.5, 2.5, -2.5):
        new = factors[0]["impact"] + delta
        total = bv + sum(x["impact"] for x in factors) + delta
        if -10 <= new <= 10 and abs(min(10.0, max(0.0, total)) - ev) > 0.5:
            factors[0]["impact"] = new
            return r, {"expected": "flag", "rule": "capacity.effective_formula", "note": f"factor {delta:+g}"}
    return None


def _p_x2_sentence(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    x = r["effective_capacity"]
    lim = x + RULES["capacity"]["x_plus"]
    g = math.floor(lim) + rng.choice((2, 3))
    if g > 10:
        return None
    text = rng.choice(X2_SENTENCES).format(x=f"{x:g}", lim=f"{lim:g}", g=g)
    r["demonstrates_constraint"] = text
    r.pop("support_provided", None)  # a number field would be read before the sentence
    return r, {"expected": "flag", "rule": "capacity.x_plus_2", "note": f"sentence: {text}"}


def _p_x2_number(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    if not d.support_given:
        return None
    g = _get(r, plain(_cap(r, t)[2])) + RULES["capacity"]["x_plus"] + rng.choice((1.5, 2.0, 3.0))
    if g > 10:
        return None
    _put(r, d.support_given, g)
    return r, {"expected": "flag", "rule": "capacity.x_plus_2", "note": f"support given {g:g} > X+2"}


def _p_cap_bucket(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    path = "interaction_context.capacity_level" if t == "multi_step" else "capacity_level"
    label = _far_bucket(_get(r, plain(_cap(r, t)[2])), RULES["capacity"]["buckets"])
    _put(r, path, label)
    return r, {"expected": "flag", "rule": "capacity.bucket", "note": f"capacity_level {label}"}


def _p_complexity(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    label = rng.choice(["spiralling", "stonewalling", "overthinking_loop"])
    if t == "multi_step":
        _put(r, "interaction_context.complexity_type", label)
        _put(r, "training_metadata.complexity_type", label)
    else:
        r["complexity_type"] = label
    return r, {"expected": "flag", "rule": "complexity.type", "note": label}


def _p_auth_bucket(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    """Multi-step: it has a quality score of its own, so a target off the score is flagged and kept."""
    target = _off_target(r["training_metadata"]["authenticity_score"])
    if target is None:
        return None
    r["interaction_context"]["authenticity_target"] = target
    return r, {"expected": "flag", "rule": "authenticity.bucket", "note": f"target {target}"}


def _p_off_target(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    """Emotional authenticity: only an authenticity score, so the gate judges it on its stated target."""
    target = _off_target(r["authenticity_score"])
    if target is None:
        return None
    r["authenticity_target"] = target
    return r, {"expected": "reject", "reason": "off_authenticity_target", "note": f"target {target}"}


LOW = {
    "emotional_authenticity": ("authenticity_score", 0.55),
    "dramatic_irony": ("dramatic_irony_score", 0.35),
    "tension_building": ("tension_score", 0.42),
    "memory_resonance": ("resonance_score", 0.5),
    "personality_traits": ("quality_score", 0.45),
    "relationship_scoring": ("quality_score", 0.4),
    "multi_step": ("training_metadata.quality_score", 0.4),
}


def _p_low(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    path, value = LOW[t]
    if t == "emotional_authenticity" and "authenticity_target" in r:
        return None  # gated on its target, not the threshold
    _put(r, path, value)
    return r, {"expected": "reject", "reason": "below_quality_threshold", "note": f"{path} {value}"}


def _p_missing(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    _pop(r, plain(ANSWER[t]))
    return r, {"expected": "reject", "reason": "missing_required_field", "note": f"no {ANSWER[t]}"}


#: out-of-range values per type: (path, value, reason); None = the record's own score written out of 100
RANGE: dict[str, list[tuple[str, float | None, str]]] = {
    "emotional_authenticity": [
        ("support_level_needed", 12.5, "capacity_out_of_range"),
        ("authenticity_score", None, "score_out_of_range"),
    ],
    "dramatic_irony": [
        ("character_capacity", 12, "capacity_out_of_range"),
        ("dramatic_irony_score", None, "score_out_of_range"),
    ],
    "tension_building": [
        ("relationship_level", 6, "value_out_of_range"),
        ("tension_score", None, "score_out_of_range"),
    ],
    "memory_resonance": [
        ("memory.weeks_ago", -4, "value_out_of_range"),
        ("resonance_score", None, "score_out_of_range"),
    ],
    "personality_traits": [("ocean.neuroticism", 73, "score_out_of_range")],
    "relationship_scoring": [
        ("trust_change", 1.8, "value_out_of_range"),
        ("relationship_score", None, "score_out_of_range"),
    ],
    "multi_step": [
        ("npc_profile.age", 240, "value_out_of_range"),
        ("training_metadata.quality_score", 82, "score_out_of_range"),
    ],
}


def _p_range(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    path, value, reason = rng.choice(RANGE[t])
    if value is None:
        value = round(_get(r, plain(path)) * 100)
    _put(r, path, value)
    return r, {"expected": "reject", "reason": reason, "note": f"{path} = {value}"}


def _p_nan(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    r["quality_score"] = float("nan")
    return r, {"expected": "reject", "reason": "not_a_number", "note": "quality_score NaN"}


def _p_option_type(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    i = rng.randrange(len(r["response_options"]))
    r["response_options"][i]["type"] = rng.choice(["sarcastic", "oblivious_cheer"])
    return r, {"expected": "flag", "rule": "irony.option_type", "note": f"option {i}"}


def _p_option_impact(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    i = rng.randrange(len(r["response_options"]))
    o = r["response_options"][i]
    o["relationship_impact"] = {"tone_deaf": -2.5, "misguided": -1.1, "growth": 1.4}[o["type"]]
    return r, {"expected": "flag", "rule": "irony.relationship_impact", "note": f"option {i}"}


def _p_option_capacity(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    """A capacity none of the (single-kind) options fits."""
    kinds = {o["type"] for o in r["response_options"]}
    opts = RULES["irony"]["options"]
    for cap in (1.0, 5.0, 8.5):
        if not any(opts[k]["capacity"][0] <= cap < opts[k]["capacity"][1] for k in kinds):
            r["character_capacity"] = cap
            return r, {"expected": "flag", "rule": "irony.option_capacity", "note": f"capacity {cap}"}
    return None


def _p_knowledge_gap(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    r["knowledge_gap_score"] = rng.choice([0.35, 0.45, 0.5])
    return r, {"expected": "flag", "rule": "irony.knowledge_gap", "note": "gap below trigger"}


def _p_hook_type(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    _put(r, "tension_memory.hook_type" if t == "multi_step" else "hook_type", rng.choice(["red_herring", "slow_burn"]))
    return r, {"expected": "flag", "rule": "tension.hook_type", "note": "unknown hook"}


def _p_payoff_window(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    lo, hi = RULES["tension"]["hooks"][r["hook_type"]]["payoff_weeks"]
    r["payoff_window_weeks"] = {"min": hi + 2, "max": hi + 5}
    return r, {"expected": "flag", "rule": "tension.payoff_window", "note": f"window past {lo}-{hi}"}


def _p_resonance_type(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    r["resonance_type"] = rng.choice(["nostalgia_echo", "deja_vu"])
    return r, {"expected": "flag", "rule": "memory.resonance_type", "note": "unknown type"}


def _p_resonance_weight(t: str, r: dict, rng: random.Random, d: Dialect) -> Planted:
    right = RULES["memory"]["resonance_weights"][r["resonance_type"]]
    r["resonance_weight"] = rng.choice([w for w in (0.3, 0.4, 0.5) if abs(w - right) > 0.15])
    return r, {"expected": "flag", "rule": "memory.resonance_weight", "note": f"weight not {right}"}


PLANTERS = {
    "formula": _p_formula,
    "x2_sentence": _p_x2_sentence,
    "x2_number": _p_x2_number,
    "cap_bucket": _p_cap_bucket,
    "complexity": _p_complexity,
    "auth_bucket": _p_auth_bucket,
    "off_target": _p_off_target,
    "low": _p_low,
    "missing": _p_missing,
    "range": _p_range,
    "nan": _p_nan,
    "option_type": _p_option_type,
    "option_impact": _p_option_impact,
    "option_capacity": _p_option_capacity,
    "knowledge_gap": _p_knowledge_gap,
    "hook_type": _p_hook_type,
    "payoff_window": _p_payoff_window,
    "resonance_type": _p_resonance_type,
    "resonance_weight": _p_resonance_weight,
}


def plant(t: str, kind: str, base: dict, rng: random.Random, dialect: Dialect) -> Planted:
    """A copy of `base` with one defect of `kind`; (record, expectation) or None when it does not apply."""
    return PLANTERS[kind](t, copy.deepcopy(base), rng, dialect)


DEFECTS = {
    "emotional_authenticity": [
        "formula",
        "x2_sentence",
        "x2_number",
        "cap_bucket",
        "complexity",
        "off_target",
        "range",
        "missing",
        "low",
    ],
    "dramatic_irony": ["option_type", "option_impact", "option_capacity", "knowledge_gap", "range", "low", "missing"],
    "tension_building": ["hook_type", "payoff_window", "range", "low", "missing"],
    "memory_resonance": ["resonance_type", "resonance_weight", "range", "low", "missing"],
    "personality_traits": ["range", "low", "missing", "nan"],
    "relationship_scoring": ["range", "low", "missing", "nan"],
    "multi_step": [
        "formula",
        "x2_number",
        "cap_bucket",
        "complexity",
        "auth_bucket",
        "hook_type",
        "range",
        "low",
        "missing",
    ],
}

# ---------------------------------------------------------------------------------------------- files

LAYOUTS = ("batch", "jsonl", "jsonl_in_json", "fenced_txt", "fenced_md", "envelope", "bom_crlf")
EXT = {"jsonl": "jsonl", "fenced_txt": "txt", "fenced_md": "md"}


@dataclass
class Item:
    """One record placed in a file: what we wrote (theirs), the canonical record, its expectation."""

    theirs: dict
    ours: dict
    expect: dict
    mapped: dict | None = None  # theirs re-mapped by the truth map (--check)
    data_type: str = ""
    label: str = ""  # the type label a line or an array element carries (JSON Lines, fenced answers)


@dataclass
class FileSpec:
    name: str
    data_type: str
    layout: str
    label: str
    items: list[Item] = field(default_factory=list)
    cut: Item | None = None


def _dump(rec: Any, indent: int | None = 2) -> str:
    return json.dumps(rec, ensure_ascii=False, indent=indent)


def _with_label(rec: dict, label: str, fs: FileSpec) -> dict:
    return {"category": label, **rec} if fs.layout in ("jsonl", "jsonl_in_json", "fenced_txt", "fenced_md") else rec


def _cut(text: str) -> str:
    """The first ~45% of a record's text, ending inside a string (a generation that stopped mid-answer)."""
    n = int(len(text) * 0.45)
    while n < len(text) and text[n] in '"{}[],:\\ \n':
        n += 1
    return text[:n]


def file_text(fs: FileSpec, seed: int, mapped: bool = False) -> bytes:
    """Serialize the records of one file in its layout (ours re-mapped with `mapped`); the cut record is
    written last, cut mid-way."""

    def rec(it: Item) -> dict:
        return _with_label((it.mapped or {}) if mapped else it.theirs, it.label, fs)

    recs = [rec(it) for it in fs.items]
    cut = None if fs.cut is None else rec(fs.cut)
    if fs.layout in ("jsonl", "jsonl_in_json"):
        lines = [_dump(r, None) for r in recs]
        if cut is not None:
            lines.append(_cut(_dump(cut, None)))
        return ("\n".join(lines) + ("" if cut is not None else "\n")).encode("utf-8")
    if fs.layout in ("fenced_txt", "fenced_md"):
        body = _dump(recs)
        intro = rng_text(seed, fs.name)
        return f"{intro}\n\n```json\n{body}\n```\n\nLet me know if you want more variations.\n".encode()
    parts = ",\n".join(_dump(r) for r in recs)
    if fs.layout == "envelope":
        head = f'{{"job": {{"id": "job-{seed:03d}-{len(recs)}", "model": "qwen3:30b-a3b", "status": "done"}}, '
        head += f'"category": "{fs.label}", "outputs": [\n'
    elif fs.data_type == "multi_step" and fs.layout == "batch":  # the pipeline's own bare array
        head = "[\n"
    else:
        head = (
            f'{{"data_type": "{fs.label}", "master_truths_version": "v1.2", "batch_number": {seed}, '
            f'"sample_count": {len(recs)}, "samples": [\n'
        )
    tail = "\n]" + ("" if head == "[\n" else "}") + "\n"
    text = head + parts + tail if cut is None else head + parts + (",\n" if recs else "") + _cut(_dump(cut))
    if fs.layout == "bom_crlf":
        return ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")
    return text.encode("utf-8")


def rng_text(seed: int, name: str) -> str:
    r = random.Random(f"{seed}:{name}")
    return r.choice(
        [
            "Sure! Here are the requested samples in JSON:",
            "<think>\nThe user wants the batch as a JSON array. I will keep every field.\n</think>\nHere you go:",
            "Below is the generated batch. Each entry follows the schema you gave me.",
        ]
    )


# ---------------------------------------------------------------------------------------------- folder


def _mojibake(text: str) -> str | None:
    """UTF-8 read as cp1252, only when ftfy gives back exactly the text (a lossless repair)."""
    try:
        bad = text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None
    if bad == text:
        return None
    import ftfy

    if ftfy.fix_encoding(bad) != text or ftfy.fix_encoding(text) != text:
        return None
    return bad


def _items(t: str, d: Dialect, samples: list[dict], seed: int, rng: random.Random) -> list[Item]:
    """One type's records, canonical: every valid sample, a few variants, and the planted defects."""
    base = [copy.deepcopy(s) for s in samples]
    if d.support_given:  # this team writes the support the answer gives: min(need, X+2) in a valid record
        for s in base:
            _, _, e, need = _cap(s, t)
            lim = _get(s, plain(e)) + RULES["capacity"]["x_plus"]
            _put(s, d.support_given, round(min(_get(s, plain(need)), lim), 2))
    items: list[Item] = [Item({}, s, {"expected": "keep"}) for s in base]
    for i, clause in enumerate(rng.sample(CLAUSES, rng.randint(0, 3))):
        v = copy.deepcopy(base[(i * 5 + seed) % len(base)])
        _put(v, VARY[t], _get(v, plain(VARY[t])) + clause)
        items.append(Item({}, v, {"expected": "keep", "note": "variant"}))
    for kind in DEFECTS[t]:
        if rng.random() >= 0.6:
            continue
        for _ in range(4):
            got = plant(t, kind, rng.choice(base), rng, d)
            if got:
                items.append(Item({}, got[0], {**got[1], "defect": kind}))
                break
    rng.shuffle(items)
    return items


def _mojibake_some(t: str, items: list[Item], truth: dict[str, str], rng: random.Random) -> None:
    """Mojibake in two valid answers (the ingest repairs it: they stay valid)."""
    paths = [plain(th) for th, o in truth.items() if o == PROSE[t]] or [plain(PROSE[t])]
    for it in rng.sample([i for i in items if i.expect["expected"] == "keep"], 2):
        keys = next((k for k in paths if _get(it.theirs, k) is not _MISSING), paths[0])
        text = _get(it.theirs, keys)
        bad = _mojibake(text) if isinstance(text, str) else None
        if bad:
            _set(it.theirs, [(k, None) for k in keys], bad)
            it.expect = {**it.expect, "note": "mojibake"}


def _files(t: str, chunks: list[list[Item]], seed: int, rng: random.Random) -> list[FileSpec]:
    layouts = [x for x in LAYOUTS if x != "fenced_md"]
    out = []
    for k, chunk in enumerate(chunks):
        layout = "batch" if t == "multi_step" and rng.random() < 0.5 else rng.choice(layouts)
        stem = {"batch": "batch", "envelope": "job", "bom_crlf": "batch"}.get(layout, "run")
        name = f"{t}_{stem}{k + 1:04d}_{seed:03d}.{EXT.get(layout, 'json')}"
        fs = FileSpec(name, t, layout, rng.choice(LABELS[t]), list(chunk))
        for it in chunk:
            it.data_type, it.label = t, fs.label
        out.append(fs)
    return out


def _mix(files: list[FileSpec], seed: int, rng: random.Random) -> list[FileSpec]:
    """One JSON Lines file holding the records of two or three types, each line labelled (a shared run log)."""
    lines = [f for f in files if f.layout in ("jsonl", "jsonl_in_json")]
    if len(lines) < 2:
        return files
    take = rng.sample(lines, min(len(lines), rng.randint(2, 3)))
    items = [it for f in take for it in f.items]
    rng.shuffle(items)
    mixed = FileSpec(f"mixed_run_{seed:03d}.jsonl", "mixed", "jsonl", "", items)
    return [f for f in files if f not in take] + [mixed]


def _file_defects(files: list[FileSpec], rng: random.Random) -> None:
    """Exact duplicates (a retry appending a record already written to the same file) and one file that ends
    inside its last record (a copy of a valid one)."""
    if rng.random() < 0.6:
        for fs in rng.sample(files, min(len(files), rng.randint(1, 3))):
            valid = [i for i in fs.items if i.expect["expected"] == "keep"]
            if fs.layout in ("fenced_txt", "fenced_md") or not valid:
                continue
            orig = rng.choice(valid)
            dup = {"expected": "reject", "reason": "exact_duplicate"}
            fs.items.append(dataclasses.replace(orig, theirs=copy.deepcopy(orig.theirs), expect=dup))
    cands = [
        f
        for f in files
        if f.layout in ("batch", "jsonl", "jsonl_in_json", "envelope")
        and any(i.expect["expected"] == "keep" for i in f.items)
    ]
    if rng.random() < 0.6 and cands:
        fs = rng.choice(cands)
        orig = rng.choice([i for i in fs.items if i.expect["expected"] == "keep"])
        lost = {"expected": "lost", "note": "truncated copy"}
        fs.cut = dataclasses.replace(orig, theirs=copy.deepcopy(orig.theirs), expect=lost)


def build(seed: int, samples: dict[str, list[dict]] | None = None) -> tuple[list[FileSpec], dict[str, Any]]:
    """Draw one folder: files with their items, and the per-type plans (dialect, truth)."""
    if samples is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from field_drift import valid_samples

        samples = valid_samples()
    rng = random.Random(f"fresh3:{seed}")
    plans: dict[str, Any] = {}
    files: list[FileSpec] = []
    md_seed = rng.random() < 0.3
    for t in TYPES:
        d = rng.choice(DIALECTS[t])
        truth: dict[str, str] = {}
        items = _items(t, d, samples[t], seed, rng)
        half = len(items) // 2
        chunks = [items] if len(items) < 12 or rng.random() < 0.4 else [items[:half], items[half:]]
        # now and then the second file comes from the next prompt version: another dialect of the same team
        others = [o for o in DIALECTS[t] if o is not d and o.support_given == d.support_given]
        d2 = rng.choice(others) if len(chunks) == 2 and others and rng.random() < 0.35 else d
        for k, chunk in enumerate(chunks):
            for it in chunk:
                it.theirs = render(it.ours, d if k == 0 else d2, rng, truth)
        if t in PROSE and rng.random() < 0.45:
            _mojibake_some(t, items, truth, rng)
        plans[t] = {"dialect": d.name if d2 is d else f"{d.name} + {d2.name}", "truth": truth}
        files += _files(t, chunks, seed, rng)
    if rng.random() < 0.4:
        files = _mix(files, seed, rng)
    if md_seed:  # one LLM answer saved as Markdown
        fs = rng.choice([f for f in files if f.data_type != "mixed" and f.layout != "batch"] or files)
        fs.layout, fs.name = "fenced_md", re.sub(r"_(batch|job|run)(\d+_\d+)\.\w+$", r"_answer\2.md", fs.name)
    _file_defects(files, rng)
    return files, plans


def _manifest(files: list[FileSpec], plans: dict, seed: int) -> dict[str, Any]:
    records = []
    for fs in files:
        for i, it in enumerate([*fs.items, *([fs.cut] if fs.cut else [])]):
            row = {"file": fs.name, "index": i, "data_type": it.data_type, **it.expect}
            records.append(row)
    return {
        "generator": "field_drift_fresh3",
        "seed": seed,
        "plans": plans,
        "files": [{"file": f.name, "data_type": f.data_type, "layout": f.layout, "label": f.label} for f in files],
        "records": records,
    }


def write_files(folder: Path, files: list[FileSpec], seed: int, ours: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for fs in files:
        (folder / fs.name).write_bytes(file_text(fs, seed, mapped=ours))


def write_fresh3_folder(folder: Path, seed: int, samples: dict[str, list[dict]] | None = None) -> dict[str, Any]:
    """Write one drifted folder for `seed`; returns the manifest (also written beside the folder)."""
    folder = Path(folder)
    files, plans = build(seed, samples)
    write_files(folder, files, seed)
    manifest = _manifest(files, plans, seed)
    (folder.parent / f"{folder.name}.fresh3.manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return manifest


# ---------------------------------------------------------------------------------------------- check


def _analyze(root: Path, field_map: dict | None) -> dict[tuple[str, int | None], tuple[str, Any, Any]]:
    from curation.analytics import batch_analysis as analysis
    from curation.config import load_config

    cfg: dict[str, Any] = {
        "root": str(root),
        "inputs": {"interactions": ["batches"], "manuscripts": []},
        "output": {"dir": "out/ds"},
    }
    if field_map:
        cfg["interactions"] = {"field_map": field_map}
    (root / "unwritten.yaml").write_text(yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True), encoding="utf-8")
    with contextlib.redirect_stderr(io.StringIO()):
        a = analysis.analyze(load_config(root / "unwritten.yaml"))
    status = a.status()
    out: dict[tuple[str, int | None], tuple[str, Any, Any]] = {}
    for r in a.recovered:
        row = status.get(r.id)
        out[(Path(r.source.file).name, r.source.index)] = (
            ("rejected", row["reason"], r.data) if row else ("kept", list(r.violations), r.data)
        )
    return out


def same(ours: Any, got: Any) -> bool:
    if isinstance(ours, dict):
        return isinstance(got, dict) and all(same(v, got.get(k, _MISSING)) for k, v in ours.items())
    if isinstance(ours, list):
        return (
            isinstance(got, list) and len(ours) == len(got) and all(same(a, b) for a, b in zip(ours, got, strict=True))
        )
    if isinstance(ours, (int, float)) and not isinstance(ours, bool):
        return isinstance(got, (int, float)) and abs(float(ours) - float(got)) < 1e-6
    return bool(ours == got)


RULE_IDS = set(SPEC["rule_ids"])


def check_seed(seed: int, samples: dict, with_map: bool = False) -> dict[str, Any]:
    """Score one seed's planted truth with this file's re-mapper (or, `with_map`, the ingest's field_map)."""
    files, plans = build(seed, samples)
    manifest = _manifest(files, plans, seed)
    for fs in files:
        for it in [*fs.items, *([fs.cut] if fs.cut else [])]:
            it.mapped = remap(it.theirs, plans[it.data_type]["truth"])
    with tempfile.TemporaryDirectory(prefix="fresh3_check_") as tmp:
        root = Path(tmp)
        write_files(root / "batches", files, seed, ours=not with_map)
        the_map = {t: p["truth"] for t, p in plans.items() if p["truth"]} if with_map else None
        got = _analyze(root, the_map)
    res: dict[str, Any] = {"records": 0, "valid": 0, "kept": 0, "equal": 0, "defects": 0, "flagged": 0, "misses": []}
    by_kind: dict[str, list[int]] = {}
    for fs in files:
        for i, it in enumerate([*fs.items, *([fs.cut] if fs.cut else [])]):
            p = it.expect
            row: tuple[str, Any, Any] = got.get((fs.name, i), ("lost", None, None))
            state, detail, data = row
            res["records"] += 1
            if p["expected"] == "keep":
                res["valid"] += 1
                ok = state == "kept" and not set(detail) & RULE_IDS
                res["kept"] += ok
                eq = ok and same(it.ours, data)
                res["equal"] += eq
                if not eq:
                    res["misses"].append((seed, fs.name, i, it.data_type, p, state, detail))
                continue
            res["defects"] += 1
            if p["expected"] == "reject":
                ok = state == "rejected" and detail == p["reason"]
            elif p["expected"] == "lost":
                ok = state != "kept"
            else:
                ok = (state == "kept" and p["rule"] in detail) or (
                    state == "rejected" and detail == "rule_" + p["rule"].replace(".", "_")
                )
            kind = p.get("defect") or p.get("reason") or p["expected"]
            by_kind.setdefault(kind, [0, 0])
            by_kind[kind][0] += ok
            by_kind[kind][1] += 1
            res["flagged"] += ok
            if not ok:
                res["misses"].append((seed, fs.name, i, it.data_type, p, state, detail))
    res["by_kind"] = by_kind
    res["manifest_records"] = len(manifest["records"])
    return res


def check(seeds: list[int], with_map: bool = False) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from field_drift import valid_samples

    samples = valid_samples()
    tot: dict[str, Any] = {"records": 0, "valid": 0, "kept": 0, "equal": 0, "defects": 0, "flagged": 0}
    kinds: dict[str, list[int]] = {}
    misses: list = []
    for s in seeds:
        r = check_seed(s, samples, with_map)
        for k in tot:
            tot[k] += r[k]
        for k, (a, b) in r["by_kind"].items():
            kinds.setdefault(k, [0, 0])
            kinds[k][0] += a
            kinds[k][1] += b
        misses += r["misses"]
    how = "ingest field_map = truth" if with_map else "this file's re-mapper, no map"
    print(f"fresh3 seeds {seeds[0]}-{seeds[-1]} ({how}): {tot['records']} records")
    print(f"  valid {tot['valid']}: kept {tot['kept']}, kept with values equal to the canonical sample {tot['equal']}")
    print(f"  defects {tot['defects']}: flagged as planted {tot['flagged']}")
    for k in sorted(kinds):
        print(f"    {k:<18}{kinds[k][0]:>5}/{kinds[k][1]}")
    unread = [m for m in misses if m[6] is None and m[1].endswith(".md")]
    if unread:
        print(f"  {len(unread)} records in .md files never recovered (the ingest did not read the file)")
    for m in misses:
        if m not in unread:
            print("  MISS", m)
    return 0 if not misses else 1


def _seeds(text: str) -> list[int]:
    lo, _, hi = text.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="folder to write (its manifest goes beside it)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", metavar="LO-HI", help="check the planted truth with this file's re-mapper")
    ap.add_argument("--check-map", metavar="LO-HI", help="the same, through the ingest's field_map (truth map)")
    args = ap.parse_args()
    if args.check:
        return check(_seeds(args.check))
    if args.check_map:
        return check(_seeds(args.check_map), with_map=True)
    if not args.out:
        ap.error("give OUT_DIR, --check LO-HI or --check-map LO-HI")
    m = write_fresh3_folder(Path(args.out), args.seed)
    print(f"wrote {len(m['files'])} files, {len(m['records'])} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
