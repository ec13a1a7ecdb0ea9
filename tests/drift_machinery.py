"""The machinery the drift generators (tests/field_drift_fresh*.py) share, kept in one place.

Each generator was written by a writer of its own who copied the previous one's machinery (how a file is written
and made messy, how a planted row is recorded, how the manifest is counted and written) and changed only the habits
(names, nesting, value forms, envelopes, pools). The habits stay in each generator; what the writers copied
unchanged lives here, so a fix is made once and a new generator borrows it instead of copying it again.

Nothing here draws from a generator's random stream in another order than the copies did: every family writes the
same bytes as before (proved per family and seed when this module was made). A change here changes the folders of
every family that uses it: compare what the families write before and after, and run their manifest tests.

A new family (a copy of fresh15's style) keeps only its habits: its town's pools under the upper-case names World
reads (or fresh14's, imported, as fresh15 does) and `WORLD = World.of(globals(), constraint=..., irony_scenario=...,
...)`, `MAKERS = makers(WORLD)`, `PLANT = Planters.of(globals(), constraint=...)` with its own labels and
phrasings under the names Planters.of reads, `DEFECTS = PLANT.defects()`, its decoys (`partial(decoy, ANSWER_POOL,
FORMS)`), its dialects, value forms and rendering in a `Family`, and `write_folder(FAMILY, ...)`; its manifest test
binds a tests/drift_manifest_checks.Generator and calls the shared checks.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import partial
from pathlib import Path
from typing import Any

# --- files and the mess planted in them ----------------------------------------------------------------------------


def write_file(path: Path, text: str, bom: bool) -> None:
    """Write a folder's file as UTF-8; with `bom`, as a Windows tool saves it (a BOM and CRLF line ends)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if bom:
        text = "\ufeff" + text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))


def cut_inside(text: str, answer: str) -> str:
    """The text ended inside the last record's answer (the model hit its token limit, the writer was killed)."""
    at = text.rfind(answer)
    assert at > 0, "the answer is written in the file"
    return text[: at + max(3, len(answer) // 2)]


def mojibake(text: str, encoding: str) -> str | None:
    """UTF-8 read as cp1252 or as Mac Roman, when that decodes; None for a text without non-ASCII letters."""
    try:
        bad = text.encode("utf-8").decode(encoding)
    except UnicodeDecodeError:
        return None
    return bad if bad != text else None


def record_key(dtype: str, rec: dict[str, Any]) -> str:
    """A record's identity in our fields: two planted records never share one unless one is a planted duplicate."""
    return json.dumps([dtype, rec], sort_keys=True, ensure_ascii=False)


# --- paths in a record (field_map's: dots, "\\." inside a key, "[N]", "[key=label]") ---------------------------------


def path_steps(path: str) -> list[str]:
    """A field_map path's steps; "\\." is a dot inside a key."""
    return [s.replace("\\.", ".") for s in re.split(r"(?<!\\)\.", path)]


def put(obj: dict[str, Any], path: str, value: Any) -> None:
    """Write value at a field_map path (dots, "[N]", "[key=label]"), creating what is missing."""
    steps = path_steps(path)
    node: Any = obj
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        pos = re.fullmatch(r"(.+?)\[(\d+)\]", step)
        pair = re.fullmatch(r"(.+?)\[(.+?)=(.+)\]", step)
        if pos:
            lst = node.setdefault(pos[1], [])
            n = int(pos[2])
            while len(lst) <= n:
                lst.append(None if last else {})
            if last:
                lst[n] = value
            else:
                node = lst[n]
        elif pair:
            lst = node.setdefault(pair[1], [])
            item = next((x for x in lst if x.get(pair[2]) == pair[3]), None)
            if item is None:
                item = {pair[2]: pair[3]}
                lst.append(item)
            node = item
        elif last:
            node[step] = value
        else:
            node = node.setdefault(step, {})


def get(obj: Any, path: str) -> Any:
    """The value at a plain dotted path of our record, None where a step is missing."""
    for step in path.split("."):
        obj = obj.get(step) if isinstance(obj, dict) else None
    return obj


def get_their(obj: Any, path: str) -> Any:
    """The node at a path of a record being written in their names (it exists: put made it)."""
    for step in path_steps(path):
        pair = re.fullmatch(r"(.+?)\[(.+?)=(.+)\]", step)
        obj = next(x for x in obj[pair[1]] if x.get(pair[2]) == pair[3]) if pair else obj[step]
    return obj


def plain_number(v: Any) -> Any:
    """A planted out-of-range number as a model writes it (84, not 84.0)."""
    return int(v) if isinstance(v, float) and math.isfinite(v) and v.is_integer() else v


def short_number(v: float) -> str:
    """A number as a writer prints it, without trailing zeros (6.5, 83, 0.45): the readings' base form."""
    return f"{v:g}"


def as_percent(v: float) -> float:
    """A [0, 1] score as a percentage (0.83 -> 83), rounded clear of float noise."""
    return round(v * 100, 6)


def decimal_comma(text: str) -> str:
    """A printed number with a decimal comma ("6.5" -> "6,5")."""
    return text.replace(".", ",")


def typographic_minus(text: str) -> str:
    """A printed number with the typographic minus sign ("-2.5" -> "\u22122.5")."""
    return text.replace("-", "\u2212")


def truth_map(dialect: dict[str, Any]) -> dict[str, str]:
    """The dialect's true field_map lines: {their path: our path}."""
    return {theirs: ours for ours, theirs, _ in dialect["map"]}


# --- a record in their names: a dialect's map {ours, theirs, form} applied to our record ---------------------------


def put_keyed(
    out: dict[str, Any],
    rec: dict[str, Any],
    dialect: dict[str, Any],
    ours: str,
    theirs: str,
    form: Any,
    forms: dict[str, Callable[[Any], Any]],
) -> None:
    """A "{}" line: an object keyed by each element's value of our key field (its key line: the factor's name), or a
    field of its values."""
    head, _, rest = ours.partition("[].")
    items = get(rec, head)
    if not isinstance(items, list):
        return
    their_head, _, their_rest = theirs.partition("{}")
    key_ours, key_form = next((o, f) for o, t, f in dialect["map"] if t == their_head + "{}")
    key_field = key_ours.partition("[].")[2]

    def key(x: dict[str, Any]) -> str:
        return forms[key_form](x[key_field]) if key_form else x[key_field]

    if not their_rest:
        put(out, their_head, {key(x): {} for x in items})
        return
    keyed = get_their(out, their_head)
    for x in items:
        if x.get(rest) is not None:
            keyed[key(x)][their_rest[1:]] = forms[form](x[rest]) if form else x[rest]


def their_record(
    rec: dict[str, Any],
    dialect: dict[str, Any],
    raw: list[str],
    written: dict[str, str] | None = None,
    *,
    forms: dict[str, Callable[[Any], Any]],
) -> dict[str, Any]:
    """One of our records written in a dialect (raw paths keep a planted plain number as it is; `written` paths
    hold a planted text as it is)."""
    out: dict[str, Any] = {}
    for ours, theirs, form in dialect["map"]:
        if "{}" in theirs:
            put_keyed(out, rec, dialect, ours, theirs, form, forms)
            continue
        if "[]" in ours:
            head, _, rest = ours.partition("[].")
            their_head, _, their_rest = theirs.partition("[].")
            items = get(rec, head)
            if not isinstance(items, list):
                continue
            for x, y in zip(items, get_their(out, their_head), strict=True):
                v = x.get(rest)
                if v is not None:
                    put(y, their_rest, forms[form](v) if form else v)
            continue
        v = get(rec, ours)
        if v is None:
            continue
        if form == "list":
            put(out, theirs, [{} for _ in v])
        elif written and ours in written:
            put(out, theirs, written[ours])
        elif ours in raw:
            put(out, theirs, plain_number(v))
        else:
            put(out, theirs, forms[form](v) if form else v)
    return out


# --- the manifest and the command line -----------------------------------------------------------------------------


def counts(manifest: dict[str, Any]) -> dict[str, Any]:
    """Planted records by expectation, by reason/rule, by defect name and by type."""
    recs = manifest["records"]
    return {
        "records": len(recs),
        "by_expected": dict(Counter(r["expected"] for r in recs)),
        "by_outcome": dict(Counter(r.get("reason") or r.get("rule") or r["expected"] for r in recs)),
        "by_defect": dict(Counter(f"{r['data_type']}:{r['defect']}" for r in recs if r["defect"])),
        "by_type": dict(Counter(r["data_type"] for r in recs)),
    }


def command_line(doc: str | None, writer: Callable[[Path, int], dict[str, Any]], family: str) -> int:
    """`python tests/field_drift_<family>.py OUT_DIR [--seed N]`: one folder, its manifest beside it as
    OUT_DIR.<family>.manifest.json (never inside, where the ingest would read it), the counts on stdout."""
    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    out = Path(args.out)
    m = writer(out, args.seed)
    side = out.parent / f"{out.name}.{family}.manifest.json"
    side.write_text(json.dumps(m, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(m["counts"], indent=1))
    return 0


# --- the canonical record: the spec's tables as the generators draw from them, numbers on a grid -------------------

TYPES = [
    "emotional_authenticity",
    "dramatic_irony",
    "tension_building",
    "memory_resonance",
    "personality_traits",
    "relationship_scoring",
    "multi_step",
]
#: interaction kinds, and the sign a trust change of each takes
ITYPES = ["emotional_support", "broken_promise", "practical_help", "boundary_setting", "apology", "playful_teasing"]
TRUST_SIGN = [1, -1, 1, -1, 1, 1]
#: capacity buckets as drawn (CAP_BUCKETS) and as the spec accepts them (CAP_ACCEPT)
CAP_BUCKETS = {"crisis": (0.5, 1.5), "low": (2.0, 4.0), "medium": (4.5, 6.5), "high": (7.0, 9.5)}
CAP_ACCEPT = {"crisis": (0.0, 1.5), "low": (2.0, 4.0), "medium": (4.5, 6.5), "high": (7.0, 10.0)}
#: authenticity targets and the support offset each draws (the X+2 rule's room)
AUTH = {"failed": (0.2, 0.4), "struggling": (0.4, 0.6), "authentic": (0.6, 0.8), "excellent": (0.8, 1.0)}
OFFSET = {"failed": (4.0, 6.0), "struggling": (1.5, 3.0), "authentic": (-0.5, 1.5), "excellent": (-2.0, -1.0)}
SYSTEMATIC = [
    "baseline",
    "people_pleasing",
    "misjudgment_over",
    "misjudgment_under",
    "defensive_lashing",
    "emergency_override",
    "cultural_indirect",
    "mixed_emotions",
]
MULTI = [
    "baseline",
    "people_pleasing",
    "misjudgment",
    "defensive_lashing",
    "emotional_shutdown",
    "over_commitment",
    "avoidance",
    "projection",
]
IMPACT = {"tone_deaf": (-1.5, -0.5), "misguided": (-0.5, -0.2), "growth": (0.3, 0.8)}
HOOKS = {"mystery_hook": (2, 4), "partial_reveal": (2, 4), "contradiction": (5, 8), "stakes_escalation": (0, 2)}
WEIGHTS = {
    "same_emotion_different_context": 0.8,
    "opposite_emotion_growth": 0.9,
    "past_trauma_trigger": 0.95,
    "joy_sadness_contrast": 0.85,
    "emotional_growth_callback": 0.7,
}
OCEAN = ["openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism"]
#: the answer of each type (our path), where a cut and mojibake land
ANSWER = {
    "emotional_authenticity": "character_response",
    "dramatic_irony": "response_options[].dialogue",
    "tension_building": "dialogue",
    "memory_resonance": "character_response",
    "personality_traits": "dialogue",
    "relationship_scoring": "rationale",
    "multi_step": "npc_card_narrative.dialogue_prose",
}


def inside_grid(rng: random.Random, lo: float, hi: float, step: float = 0.01) -> float:
    """A value strictly inside (lo, hi) on a grid of `step` (so its written forms read back exactly)."""
    n_lo, n_hi = math.floor(lo / step + 1e-9) + 1, math.ceil(hi / step - 1e-9) - 1
    return round(rng.randint(n_lo, max(n_lo, n_hi)) * step, 2)


def on_grid(rng: random.Random, lo: float, hi: float, step: float = 0.5) -> float:
    """A value in [lo, hi] on a grid of `step`, bounds included."""
    return round(rng.randint(round(lo / step), round(hi / step)) * step, 2)


def pick_weighted(rng: random.Random, weights: dict[str, float]) -> str:
    """One key, drawn by its weight (how often a pipeline writes each bucket)."""
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def capacity_bucket(eff: float) -> str:
    """The capacity bucket the spec accepts for eff (the nearest where none holds it)."""
    return min(
        CAP_ACCEPT,
        key=lambda k: 0 if CAP_ACCEPT[k][0] <= eff <= CAP_ACCEPT[k][1] else min(abs(eff - x) for x in CAP_ACCEPT[k]),
    )


def wrong_bucket(eff: float) -> str:
    """A capacity label two buckets away from eff (never a neighbour a gap could excuse)."""
    order = list(CAP_ACCEPT)
    i = order.index(capacity_bucket(eff))
    return order[i + 2] if i < 2 else order[i - 2]


def far_target(target: str) -> str:
    """An authenticity target far from `target` (a planted score off its declared target)."""
    return {"failed": "excellent", "struggling": "excellent", "authentic": "failed", "excellent": "failed"}[target]


def option_in_character(cap: float) -> str:
    """The response option a character of capacity `cap` would recommend."""
    return "tone_deaf" if cap < 4 else "misguided" if cap < 7 else "growth"


def answer_text(rec: dict[str, Any], dtype: str) -> str:
    """The type's answer in our record (an irony record's: its last option's line)."""
    if dtype == "dramatic_irony":
        return str(rec["response_options"][-1]["dialogue"])
    node: Any = rec
    for k in ANSWER[dtype].split("."):
        node = node[k]
    return str(node)


def answer_path(dialect: dict[str, Any], dtype: str) -> str:
    """Their path of the type's answer."""
    return next(t for o, t, _ in dialect["map"] if o == ANSWER[dtype])


# --- the valid records a family writes: its own town's pools, one shared way of drawing a record ------------------


@dataclass(frozen=True)
class World:
    """A family's made-up town: the pools its valid records draw from and the sentences only it writes (a scene's
    trouble, the hour a hook is set, what came after a memory, a multi-step NPC's background and errand; each a
    format string). The record makers below drew from such pools in the same order in fresh9-fresh15; a new family
    builds its World and calls `makers(WORLD)`."""

    names: list[str]
    jobs: list[str]
    places: list[str]
    #: (cause, signed impact) pairs a capacity's factors are drawn from
    pressures: list[tuple[str, float]]
    asks: list[str]
    replies: list[str]
    thoughts: list[str]
    #: parallel lists (the i-th secret goes with the i-th belief; hook line, setup and hint; now and recall; ...)
    secrets: list[str]
    beliefs: list[str]
    tone_deaf: list[str]
    misguided: list[str]
    growth: list[str]
    hook_lines: list[str]
    secret_setups: list[str]
    hints: list[str]
    now: list[str]
    past: list[str]
    emotions: list[str]
    recall: list[str]
    scenes: list[str]
    trait_lines: list[str]
    express: list[str]
    actions: list[str]
    retorts: list[str]
    whys: list[str]
    prose: list[str]
    memref: list[str]
    #: an irony record's note: one drawn per record, or (a str) the same note in every record
    tension_notes: list[str] | str
    #: (effective capacity, need) -> the limit in words, no verb of giving (valid records state no support given)
    constraint: Callable[[float, float], str]
    #: "... {place} ...": an irony record's scenario
    irony_scenario: str
    #: "... {place} ..." or "{Place} ...": a tension record's context
    tension_context: str
    #: "... {past} ...": a memory's description
    memory_description: str
    #: "... {place} ...": a multi-step NPC's background
    multi_background: str
    #: "... {name} ... {place} ...": a multi-step record's situation
    multi_situation: str
    #: a multi-step need is capped at 10 as well as at X+2 (fresh11 on; fresh9/10 capped it at X+2 only)
    need_within_10: bool = True
    #: "... {job} ... {place} ... {factor} ...": an emotional record's context (fresh16 wrote its own)
    emotional_context: str = "A {job} at {place}, worn down by {factor}."
    #: "... {belief} ...": what an irony record's character knows (fresh16 wrote its own)
    character_knows: str = "The character believes {belief}."

    @classmethod
    def of(cls, pools: dict[str, Any], **habits: Any) -> World:
        """A World from a family module's pools by their upper-case names (NAMES, JOBS, ... TENSION_NOTES: pass
        `globals()`) and its habits (constraint, the sentences, need_within_10; tension_notes to override)."""
        names = [f.name for f in fields(cls) if f.name.upper() in pools and f.name not in habits]
        return cls(**{name: pools[name.upper()] for name in names}, **habits)


def _factors(w: World, rng: random.Random, eff: float) -> tuple[float, list[dict[str, Any]]]:
    """(base, factors) whose impacts take base to eff exactly, base inside [0, 10]."""
    while True:
        chosen = rng.sample(w.pressures, rng.randint(1, 3))
        total = sum(i for _, i in chosen)
        base = round(eff - total, 2)
        if 0.0 <= base <= 10.0:
            return base, [{"factor": f, "impact": i} for f, i in chosen]


def _make_emotional(w: World, rng: random.Random) -> dict[str, Any]:
    level = pick_weighted(rng, {"crisis": 0.15, "low": 0.25, "medium": 0.35, "high": 0.25})
    eff = on_grid(rng, *CAP_BUCKETS[level])
    base, factors = _factors(w, rng, eff)
    target = pick_weighted(rng, {"failed": 0.15, "struggling": 0.2, "authentic": 0.35, "excellent": 0.3})
    need = eff + on_grid(rng, *OFFSET[target])
    need = min(10.0, max(1.0 if target == "excellent" else 0.5, need))
    rec: dict[str, Any] = {
        "character_name": rng.choice(w.names),
        "context": w.emotional_context.format(
            job=rng.choice(w.jobs), place=rng.choice(w.places), factor=factors[0]["factor"]
        ),
        "base_capacity": base,
        "capacity_factors": factors,
        "effective_capacity": eff,
        "situation": rng.choice(w.asks),
        "support_level_needed": need,
        "character_response": rng.choice(w.replies),
        "internal_thought": rng.choice(w.thoughts),
        "demonstrates_constraint": w.constraint(eff, need),
        "authenticity_score": inside_grid(rng, *AUTH[target]),
        "authenticity_target": target,
        "capacity_level": level,
        "complexity_type": rng.choice(SYSTEMATIC),
        "support_provided": on_grid(rng, 0.0, min(need, eff + 2)),
    }
    for opt in ("character_name", "internal_thought", "support_provided"):
        if rng.random() < 0.3:
            del rec[opt]
    return rec


def _make_irony(w: World, rng: random.Random) -> dict[str, Any]:
    level = pick_weighted(rng, {"crisis": 0.15, "low": 0.25, "medium": 0.35, "high": 0.25})
    cap = on_grid(rng, *CAP_BUCKETS[level])
    i = rng.randrange(len(w.secrets))
    options = [
        {"type": t, "dialogue": rng.choice(pool), "relationship_impact": inside_grid(rng, *IMPACT[t])}
        for t, pool in (("tone_deaf", w.tone_deaf), ("misguided", w.misguided), ("growth", w.growth))
    ]
    rng.shuffle(options)
    rec: dict[str, Any] = {
        "scenario": w.irony_scenario.format(place=rng.choice(w.places)),
        "player_knows": f"The player knows {w.secrets[i]}.",
        "character_knows": w.character_knows.format(belief=w.beliefs[i]),
        "character_name": rng.choice(w.names),
        "character_capacity": cap,
        "knowledge_gap_score": inside_grid(rng, 0.6, 0.97),
        "response_options": options,
        "recommended_option": option_in_character(cap),
        "dramatic_irony_score": inside_grid(rng, 0.55, 0.96),
        "tension_notes": w.tension_notes if isinstance(w.tension_notes, str) else rng.choice(w.tension_notes),
    }
    for opt in ("character_name", "recommended_option", "tension_notes"):
        if rng.random() < 0.3:
            del rec[opt]
    return rec


def _make_tension(w: World, rng: random.Random) -> dict[str, Any]:
    hook = rng.choice(list(HOOKS))
    lo, hi = HOOKS[hook]
    a = rng.randint(lo, hi - 1)  # a window, not a single week
    i = rng.randrange(len(w.hook_lines))
    rec: dict[str, Any] = {
        "character_name": rng.choice(w.names),
        "context": w.tension_context.format(place=(p := rng.choice(w.places)), Place=p.capitalize()),
        "hook_type": hook,
        "dialogue": w.hook_lines[i],
        "setup": w.secret_setups[i],
        "payoff_window_weeks": {"min": a, "max": rng.randint(a + 1, hi)},
        "relationship_level": rng.randint(1, 5),
        "tension_score": inside_grid(rng, 0.62, 0.96),
        "hook_effectiveness": inside_grid(rng, 0.5, 0.95),
        "payoff_hint": w.hints[i],
    }
    for opt in ("hook_effectiveness", "payoff_hint"):
        if rng.random() < 0.3:
            del rec[opt]
    return rec


def _make_memory(w: World, rng: random.Random) -> dict[str, Any]:
    kind = rng.choice(list(WEIGHTS))
    i = rng.randrange(len(w.now))
    return {
        "character_name": rng.choice(w.names),
        "current_situation": w.now[i],
        "memory": {
            "description": w.memory_description.format(past=rng.choice(w.past)),
            "emotion": rng.choice(w.emotions),
            "weeks_ago": rng.randint(2, 400),
        },
        "resonance_type": kind,
        "resonance_weight": WEIGHTS[kind],
        "character_response": w.recall[i],
        "resonance_score": inside_grid(rng, 0.72, 0.97),
    }


def _make_personality(w: World, rng: random.Random) -> dict[str, Any]:
    i = rng.randrange(len(w.trait_lines))
    rec: dict[str, Any] = {
        "character_name": rng.choice(w.names),
        "scenario": rng.choice(w.scenes),
        "ocean": {t: inside_grid(rng, 0.04, 0.96) for t in OCEAN},
        "dialogue": w.trait_lines[i],
        "trait_expression": w.express[i % len(w.express)],
        "quality_score": inside_grid(rng, 0.62, 0.96),
    }
    if rng.random() < 0.3:
        del rec["character_name"]
    return rec


def _make_relationship(w: World, rng: random.Random) -> dict[str, Any]:
    i = rng.randrange(len(w.actions))
    rec: dict[str, Any] = {
        "player_action": w.actions[i],
        "character_response": w.retorts[i],
        "relationship_score": inside_grid(rng, 0.05, 0.95),
        "trust_change": TRUST_SIGN[i] * inside_grid(rng, 0.02, 0.9),
        "rationale": w.whys[i],
        "quality_score": inside_grid(rng, 0.62, 0.96),
        "character_name": rng.choice(w.names),
        "interaction_type": ITYPES[i],
        "relationship_level": rng.randint(1, 5),
    }
    for opt in ("character_name", "interaction_type", "relationship_level"):
        if rng.random() < 0.3:
            del rec[opt]
    return rec


def _make_multi(w: World, rng: random.Random) -> dict[str, Any]:
    level = pick_weighted(rng, {"crisis": 0.15, "low": 0.25, "medium": 0.35, "high": 0.25})
    eff = on_grid(rng, *CAP_BUCKETS[level])
    base, factors = _factors(w, rng, eff)
    target = pick_weighted(rng, {"failed": 0.15, "struggling": 0.2, "authentic": 0.35, "excellent": 0.3})
    # no constraint field in this type: need <= X+2, and a need is on the capacity scale (<= 10)
    need = min(10.0 if w.need_within_10 else math.inf, eff + 2, max(0.5, eff + on_grid(rng, *OFFSET[target])))
    cplx = rng.choice(MULTI)
    name = rng.choice(w.names)
    rec: dict[str, Any] = {
        "npc_profile": {
            "name": name,
            "age": rng.randint(19, 78),
            "occupation": rng.choice(w.jobs),
            "background": w.multi_background.format(place=rng.choice(w.places)),
        },
        "npc_emotional_state": {
            "base_capacity": base,
            "capacity_factors": factors,
            "effective_capacity": eff,
            "current_emotion": rng.choice(w.emotions),
        },
        "npc_ocean_personality": {t: inside_grid(rng, 0.04, 0.96) for t in OCEAN},
        "interaction_context": {
            "situation": w.multi_situation.format(name=name, place=rng.choice(w.places)),
            "player_request": rng.choice(w.asks),
            "support_needed": need,
            "complexity_type": cplx,
            "authenticity_target": target,
            "capacity_level": level,
        },
        "tension_memory": {"hook_type": rng.choice(list(HOOKS)), "memory_reference": rng.choice(w.memref)},
        "npc_card_narrative": {"dialogue_prose": rng.choice(w.prose)},
        "game_outcomes": {
            "trust_change": on_grid(rng, -2.0, 2.0),
            "relationship_change": on_grid(rng, -2.0, 2.0),
            "capacity_after": on_grid(rng, 0.0, 10.0),
        },
        "training_metadata": {
            "authenticity_score": inside_grid(rng, *AUTH[target]),
            "quality_score": inside_grid(rng, 0.62, 0.96),
            "complexity_type": cplx,
            "pipeline_version": "v2.2",
            "master_truths_version": "v1.2",
            "generated_at": f"2026-11-{rng.randint(10, 28)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
        },
    }
    if rng.random() < 0.25:
        del rec["npc_profile"]["age"]
    if rng.random() < 0.25:
        del rec["tension_memory"]
    return rec


def answer_pool(w: World) -> dict[str, list[str]]:
    """Each type's pool of answers in the family's town: a turned-down take beside a record's answer is drawn from
    it."""
    return {
        "emotional_authenticity": w.replies,
        "dramatic_irony": w.growth,
        "tension_building": w.hook_lines,
        "memory_resonance": w.recall,
        "personality_traits": w.trait_lines,
        "relationship_scoring": w.whys,
        "multi_step": w.prose,
    }


def decoy(
    pool: dict[str, list[str]],
    forms: dict[str, Callable[[Any], Any]],
    rng: random.Random,
    kind: str,
    form: str | None,
    rec: dict[str, Any],
    dtype: str,
) -> Any:
    """A value shaped like one of ours that is not ours, as fresh14 and fresh16-fresh24 each wrote it: a withdrawn
    take (a line of the type's answer `pool`, never the record's final answer; a record may lack that), a sentence
    count, a certainty or a second judge's mark (in the score's written `form`). A family binds its own pool and
    value forms (`partial(decoy, ANSWER_POOL, FORMS)`), or answers its own kinds first and then calls this."""
    if kind == "turned_down":
        finals = {o.get("dialogue") for o in rec.get("response_options", [])} if dtype == "dramatic_irony" else set()
        with contextlib.suppress(KeyError, IndexError):
            finals.add(answer_text(rec, dtype))
        return rng.choice([x for x in pool[dtype] if x not in finals])
    if kind == "count":
        return rng.randint(1, 6)
    x = {"conf": lambda: inside_grid(rng, 0.55, 0.99), "judge2": lambda: inside_grid(rng, 0.45, 0.98)}[kind]()
    return forms[form](x) if form else x


#: each type in the words of a model's chat preamble ("Here are 12 tension building samples ...")
WHAT = {
    "emotional_authenticity": "emotional authenticity",
    "dramatic_irony": "dramatic irony",
    "tension_building": "tension building",
    "memory_resonance": "memory resonance",
    "personality_traits": "personality",
    "relationship_scoring": "relationship scoring",
    "multi_step": "NPC interaction",
}


def makers(w: World) -> dict[str, Callable[[random.Random], dict[str, Any]]]:
    """Each type's valid-record maker, drawing from the family's World."""
    return {
        "emotional_authenticity": partial(_make_emotional, w),
        "dramatic_irony": partial(_make_irony, w),
        "tension_building": partial(_make_tension, w),
        "memory_resonance": partial(_make_memory, w),
        "personality_traits": partial(_make_personality, w),
        "relationship_scoring": partial(_make_relationship, w),
        "multi_step": partial(_make_multi, w),
    }


# --- planted rows: one canonical record and what the analysis must do with it -------------------------------------

#: a planted row: our record ("ours"), the paths written as plain numbers ("raw"), the expected outcome ("keep",
#: "flag" with its rule, "reject" with its reason, "lost") and the defect planted ("defect")
Row = dict[str, Any]


def row(rec: dict[str, Any], expected: str, defect: str, raw: list[str] | None = None, **why: str) -> Row:
    """A planted row; `why` names the rule it must be flagged with or the reason it must be rejected for."""
    return {"ours": rec, "raw": raw or [], "expected": expected, "defect": defect, "note": None, **why}


def flag(rec: dict[str, Any], rule: str, defect: str) -> Row:
    """A record the analysis keeps but must flag with `rule` (a Master Truths violation)."""
    return row(rec, "flag", defect, rule=rule)


def reject(rec: dict[str, Any], reason: str, defect: str, raw: list[str] | None = None) -> Row:
    """A record the analysis must reject for `reason` (out of range, low quality, a missing field ...)."""
    return row(rec, "reject", defect, raw, reason=reason)


# --- planting defects on the canonical record --------------------------------------------------------------------


@dataclass(frozen=True)
class Planters:
    """The defect planters fresh8-fresh14 copied from one another, bound to a family's record makers and to the
    habits a planted record is written in: its made-up labels (complexity, hook, resonance and option types the spec
    does not know), its support-given sentences, its constraint sentence, its score words. Each planter takes a
    fresh valid record and the dialect and returns the planted row (the spec's expected outcome, whatever the
    names)."""

    makers: dict[str, Callable[[random.Random], dict[str, Any]]]
    constraint: Callable[[float, float], str] | None = None
    unknown_complexity: list[str] | None = None
    unknown_hooks: list[str] | None = None
    unknown_resonance: list[str] | None = None
    unknown_options: list[str] | None = None
    given_sentences: list[str] | None = None
    score_words: list[str] | None = None

    @classmethod
    def of(cls, pools: dict[str, Any], **habits: Any) -> Planters:
        """Planters from a family module's names by their upper-case spelling (MAKERS, UNKNOWN_COMPLEXITY,
        UNKNOWN_HOOKS, UNKNOWN_RESONANCE, UNKNOWN_OPTIONS, GIVEN_SENTENCES, SCORE_WORDS: pass `globals()`) and its
        habits by keyword (constraint; any of those to override), as World.of reads a family's pools. A name
        missing from both is a KeyError, not a planter that fails later on None."""
        names = [f.name for f in fields(cls) if f.name not in habits]
        return cls(**{name: pools[name.upper()] for name in names}, **habits)

    def fresh(self, rng: random.Random, dtype: str, ok: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        while True:
            rec = self.makers[dtype](rng)
            if ok(rec):
                return rec

    def ea_formula(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.fresh(rng, "emotional_authenticity", lambda r: r["base_capacity"] <= 8.0)
        rec["base_capacity"] = round(rec["base_capacity"] + rng.choice([1.5, 2.0]), 2)
        return flag(rec, "capacity.effective_formula", "capacity_formula")

    def ea_bucket(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["emotional_authenticity"](rng)
        rec["capacity_level"] = wrong_bucket(rec["effective_capacity"])
        return flag(rec, "capacity.bucket", "capacity_bucket")

    def ea_x2_excellent(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.fresh(rng, "emotional_authenticity", lambda r: r["effective_capacity"] <= 6.5)
        eff = rec["effective_capacity"]
        rec["authenticity_target"] = "excellent"
        rec["authenticity_score"] = inside_grid(rng, 0.8, 1.0)
        rec["support_level_needed"] = min(10.0, eff + 2 + on_grid(rng, 1.0, 3.0))
        rec["demonstrates_constraint"] = self.constraint(eff, rec["support_level_needed"])
        rec.pop("support_provided", None)
        return flag(rec, "capacity.x_plus_2", "x_plus_2_excellent")

    def ea_x2_given(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.fresh(
            rng,
            "emotional_authenticity",
            lambda r: r["effective_capacity"] <= 6.5 and r["authenticity_target"] != "excellent",
        )
        eff = rec["effective_capacity"]
        given = min(10.0, eff + 2 + on_grid(rng, 1.0, 2.5))
        rec["support_level_needed"] = max(rec["support_level_needed"], given)
        if any(o == "support_provided" for o, *_ in d["map"]) and rng.random() < 0.5:
            rec["support_provided"] = given
            rec["demonstrates_constraint"] = self.constraint(eff, rec["support_level_needed"])
            return flag(rec, "capacity.x_plus_2", "x_plus_2_given_field")
        rec.pop("support_provided", None)
        rec["demonstrates_constraint"] = rng.choice(self.given_sentences).format(g=f"{given:g}")
        return flag(rec, "capacity.x_plus_2", "x_plus_2_given_sentence")

    def ea_complexity(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["emotional_authenticity"](rng)
        rec["complexity_type"] = rng.choice(self.unknown_complexity)
        return flag(rec, "complexity.type", "unknown_complexity")

    def ea_off_target(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.fresh(
            rng, "emotional_authenticity", lambda r: r["support_level_needed"] <= r["effective_capacity"] + 2
        )
        rec["authenticity_score"] = inside_grid(rng, *AUTH[far_target(rec["authenticity_target"])])
        return reject(rec, "off_authenticity_target", "score_off_target")

    def ea_range(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["emotional_authenticity"](rng)
        rec["effective_capacity"] = rng.choice([10.5, 11.0, 13.5])
        return reject(rec, "capacity_out_of_range", "capacity_over_10", ["effective_capacity"])

    def ea_missing(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["emotional_authenticity"](rng)
        del rec["character_response"]
        return reject(rec, "missing_required_field", "missing_answer")

    def di_gap(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["dramatic_irony"](rng)
        rec["knowledge_gap_score"] = inside_grid(rng, 0.2, 0.55)
        return flag(rec, "irony.knowledge_gap", "small_knowledge_gap")

    def di_impact(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["dramatic_irony"](rng)
        o = rng.choice(rec["response_options"])
        o["relationship_impact"] = {"tone_deaf": -2.0, "misguided": 0.4, "growth": 1.5}[o["type"]]
        return flag(rec, "irony.relationship_impact", "impact_out_of_type_range")

    def di_option_type(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["dramatic_irony"](rng)
        fits = option_in_character(rec["character_capacity"])
        o = rng.choice([o for o in rec["response_options"] if o["type"] != fits])
        o["type"] = rng.choice(self.unknown_options)
        return flag(rec, "irony.option_type", "unknown_option_type")

    def di_recommended(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.fresh(rng, "dramatic_irony", lambda r: r["character_capacity"] < 4 or r["character_capacity"] >= 7)
        rec["recommended_option"] = "growth" if rec["character_capacity"] < 4 else "tone_deaf"
        return flag(rec, "irony.option_capacity", "recommended_off_capacity")

    def di_low(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["dramatic_irony"](rng)
        rec["dramatic_irony_score"] = inside_grid(rng, 0.12, 0.44)
        return reject(rec, "below_quality_threshold", "low_quality")

    def di_range(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["dramatic_irony"](rng)
        rec["knowledge_gap_score"] = rng.choice([1.2, 1.6, 7.0])
        return reject(rec, "score_out_of_range", "score_over_1", ["knowledge_gap_score"])

    def tb_window(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["tension_building"](rng)
        rec["payoff_window_weeks"] = {
            "mystery_hook": {"min": 6, "max": 9},
            "partial_reveal": {"min": 5, "max": 7},
            "contradiction": {"min": 1, "max": 3},
            "stakes_escalation": {"min": 4, "max": 6},
        }[rec["hook_type"]]
        return flag(rec, "tension.payoff_window", "window_outside_hook")

    def tb_reversed(self, rng: random.Random, d: dict[str, Any]) -> Row:
        """A window written backwards (min after max), inside the hook's weeks otherwise."""
        rec = self.makers["tension_building"](rng)
        w = rec["payoff_window_weeks"]
        rec["payoff_window_weeks"] = {"min": w["max"], "max": w["min"]}
        return flag(rec, "tension.payoff_window", "window_reversed")

    def tb_hook(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["tension_building"](rng)
        rec["hook_type"] = rng.choice(self.unknown_hooks)
        return flag(rec, "tension.hook_type", "unknown_hook")

    def tb_level(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["tension_building"](rng)
        rec["relationship_level"] = rng.choice([0, 7, 9])
        return reject(rec, "value_out_of_range", "level_outside_1_5", ["relationship_level"])

    def tb_low(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["tension_building"](rng)
        rec["tension_score"] = inside_grid(rng, 0.2, 0.55)
        return reject(rec, "below_quality_threshold", "low_quality")

    def tb_missing(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["tension_building"](rng)
        del rec["dialogue"]
        return reject(rec, "missing_required_field", "missing_answer")

    def tb_missing_setup(self, rng: random.Random, d: dict[str, Any]) -> Row:
        """A required given the prompt forgot to ask for (not the answer): the hidden truth behind the hook."""
        rec = self.makers["tension_building"](rng)
        del rec["setup"]
        return reject(rec, "missing_required_field", "missing_field")

    def mr_weight(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["memory_resonance"](rng)
        rec["resonance_weight"] = rng.choice([w for w in (0.4, 0.6, 0.75, 1.0) if w != WEIGHTS[rec["resonance_type"]]])
        return flag(rec, "memory.resonance_weight", "wrong_weight")

    def mr_type(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["memory_resonance"](rng)
        rec["resonance_type"] = rng.choice(self.unknown_resonance)
        return flag(rec, "memory.resonance_type", "unknown_resonance_type")

    def mr_weeks(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["memory_resonance"](rng)
        rec["memory"]["weeks_ago"] = rng.choice([-3, -20, -104])
        return reject(rec, "value_out_of_range", "negative_weeks", ["memory.weeks_ago"])

    def mr_low(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["memory_resonance"](rng)
        rec["resonance_score"] = inside_grid(rng, 0.3, 0.66)
        return reject(rec, "below_quality_threshold", "low_quality")

    def mr_range(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["memory_resonance"](rng)
        rec["resonance_score"] = float(rng.choice([78, 86, 93]))
        return reject(rec, "score_out_of_range", "score_on_100_scale", ["resonance_score"])

    def pt_range(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["personality_traits"](rng)
        trait = rng.choice(OCEAN)
        rec["ocean"][trait] = float(rng.choice([3, 6, 9]))
        return reject(rec, "score_out_of_range", "trait_on_10_scale", [f"ocean.{trait}"])

    def pt_low(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["personality_traits"](rng)
        rec["quality_score"] = inside_grid(rng, 0.2, 0.55)
        return reject(rec, "below_quality_threshold", "low_quality")

    def pt_missing(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["personality_traits"](rng)
        del rec["dialogue"]
        return reject(rec, "missing_required_field", "missing_answer")

    def rs_trust(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["relationship_scoring"](rng)
        rec["trust_change"] = rng.choice([1.4, -2.0, 3.0])
        return reject(rec, "value_out_of_range", "trust_over_1", ["trust_change"])

    def rs_nan(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["relationship_scoring"](rng)
        rec["trust_change"] = math.nan
        return reject(rec, "not_a_number", "nan_trust", ["trust_change"])

    def rs_missing_trust(self, rng: random.Random, d: dict[str, Any]) -> Row:
        """A grader that left out one of its required numbers (the trust change)."""
        rec = self.makers["relationship_scoring"](rng)
        del rec["trust_change"]
        return reject(rec, "missing_required_field", "missing_field")

    def rs_low(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["relationship_scoring"](rng)
        rec["quality_score"] = inside_grid(rng, 0.2, 0.55)
        return reject(rec, "below_quality_threshold", "low_quality")

    def rs_range(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["relationship_scoring"](rng)
        rec["relationship_score"] = rng.choice([55.0, 70.0, 85.0])
        return reject(rec, "score_out_of_range", "score_on_100_scale", ["relationship_score"])

    def words(self, rng: random.Random, rec: dict[str, Any], path: str, defect: str) -> Row:
        """A score written as its number and a word in brackets: no documented reading takes it."""
        node: Any = rec
        for k in path.split("."):
            node = node[k]
        row = reject(rec, "uncoercible_type", defect)
        row["written"] = {path: f"{node:g} ({rng.choice(self.score_words)})"}
        return row

    def mr_words(self, rng: random.Random, d: dict[str, Any]) -> Row:
        return self.words(rng, self.makers["memory_resonance"](rng), "resonance_score", "score_with_word")

    def pt_words(self, rng: random.Random, d: dict[str, Any]) -> Row:
        return self.words(rng, self.makers["personality_traits"](rng), "quality_score", "score_with_word")

    def ms_formula(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.fresh(rng, "multi_step", lambda r: r["npc_emotional_state"]["base_capacity"] >= 2.0)
        rec["npc_emotional_state"]["base_capacity"] = round(rec["npc_emotional_state"]["base_capacity"] - 1.5, 2)
        return flag(rec, "capacity.effective_formula", "capacity_formula")

    def ms_bucket(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["multi_step"](rng)
        rec["interaction_context"]["capacity_level"] = wrong_bucket(rec["npc_emotional_state"]["effective_capacity"])
        return flag(rec, "capacity.bucket", "capacity_bucket")

    def ms_x2(self, rng: random.Random, d: dict[str, Any]) -> Row:
        """An excellent target (the answer fully meets the need) whose need is above X+2: the limit is not shown. (A
        multi-step record has no constraint field, so a need above X+2 under any other target is the situation the
        rule asks the answer to meet, not a violation.)"""
        rec = self.fresh(rng, "multi_step", lambda r: r["npc_emotional_state"]["effective_capacity"] <= 6.5)
        eff = rec["npc_emotional_state"]["effective_capacity"]
        rec["interaction_context"]["support_needed"] = min(10.0, eff + 2 + on_grid(rng, 1.0, 2.5))
        rec["interaction_context"]["authenticity_target"] = "excellent"
        rec["training_metadata"]["authenticity_score"] = inside_grid(rng, *AUTH["excellent"])
        return flag(rec, "capacity.x_plus_2", "x_plus_2_excellent")

    def ms_auth_bucket(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["multi_step"](rng)
        target = rec["interaction_context"]["authenticity_target"]
        rec["training_metadata"]["authenticity_score"] = inside_grid(rng, *AUTH[far_target(target)])
        return flag(rec, "authenticity.bucket", "score_off_target")

    def ms_complexity(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["multi_step"](rng)
        rec["interaction_context"]["complexity_type"] = rng.choice(self.unknown_complexity)
        return flag(rec, "complexity.type", "unknown_complexity")

    def ms_hook(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.fresh(rng, "multi_step", lambda r: "tension_memory" in r)
        rec["tension_memory"]["hook_type"] = rng.choice(self.unknown_hooks)
        return flag(rec, "tension.hook_type", "unknown_hook")

    def ms_low(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["multi_step"](rng)
        rec["training_metadata"]["quality_score"] = inside_grid(rng, 0.2, 0.55)
        return reject(rec, "below_quality_threshold", "low_quality")

    def ms_age(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["multi_step"](rng)
        rec["npc_profile"]["age"] = rng.choice([190, 260, 333])
        return reject(rec, "value_out_of_range", "age_over_150", ["npc_profile.age"])

    def ms_trait(self, rng: random.Random, d: dict[str, Any]) -> Row:
        rec = self.makers["multi_step"](rng)
        trait = rng.choice(OCEAN)
        rec["npc_ocean_personality"][trait] = float(rng.choice([62, 75, 91]))
        return reject(rec, "score_out_of_range", "trait_on_100_scale", [f"npc_ocean_personality.{trait}"])

    def defects(self, missing_fields: bool = True) -> dict[str, list[Callable[[random.Random, dict[str, Any]], Row]]]:
        """Each type's planters as fresh11-fresh15 plant them, in their order (the order draws are made in); with
        `missing_fields` (fresh13 on) also a missing required field other than the answer (a hook's setup, a trust
        change)."""
        return {
            "emotional_authenticity": [
                self.ea_formula,
                self.ea_bucket,
                self.ea_x2_excellent,
                self.ea_x2_given,
                self.ea_complexity,
                self.ea_off_target,
                self.ea_range,
                self.ea_missing,
            ],
            "dramatic_irony": [
                self.di_gap,
                self.di_impact,
                self.di_option_type,
                self.di_recommended,
                self.di_low,
                self.di_range,
            ],
            "tension_building": [
                self.tb_window,
                self.tb_reversed,
                self.tb_hook,
                self.tb_level,
                self.tb_low,
                self.tb_missing,
                *([self.tb_missing_setup] if missing_fields else []),
            ],
            "memory_resonance": [
                self.mr_weight,
                self.mr_type,
                self.mr_weeks,
                self.mr_low,
                self.mr_range,
                self.mr_words,
            ],
            "personality_traits": [self.pt_range, self.pt_low, self.pt_missing, self.pt_words],
            "relationship_scoring": [
                self.rs_trust,
                self.rs_nan,
                *([self.rs_missing_trust] if missing_fields else []),
                self.rs_low,
                self.rs_range,
            ],
            "multi_step": [
                self.ms_formula,
                self.ms_bucket,
                self.ms_x2,
                self.ms_auth_bucket,
                self.ms_complexity,
                self.ms_hook,
                self.ms_low,
                self.ms_age,
                self.ms_trait,
            ],
        }


# --- a whole folder (the fresh9-fresh14 line: one writer's folder loop, copied by each next writer) ----------------


@dataclass(frozen=True)
class Family:
    """What a generator hands the shared folder writer: its name and its habits (everything a writer changed)."""

    name: str
    dialects: dict[str, dict[str, Any]]
    types: list[str]
    #: each type's two prompt versions (dialect names)
    by_type: dict[str, list[str]]
    makers: dict[str, Callable[[random.Random], dict[str, Any]]]
    #: each type's defect planters: (rng, dialect) -> a planted row
    defects: dict[str, list[Callable[[random.Random, dict[str, Any]], Row]]]
    #: valid records of a prompt version by the type's size: ((lo, hi) when the type has both versions, (lo, hi) alone)
    sizes: dict[str, tuple[tuple[int, int], tuple[int, int]]]
    #: (repeats, share) of each defect kind by the type's size
    plant_shares: dict[str, tuple[int, float]]
    #: how the seed walks the types' prompt versions: (seed + version_step * type index) % 3 -> A, B or both
    version_step: int
    #: (rng) -> {dialect name: the sub-folder its files land in}
    dirs: Callable[[random.Random], dict[str, str]]
    #: (record, dialect, raw paths, written texts) -> the record in their names and forms
    to_dialect: Callable[..., dict[str, Any]]
    #: (rng, dialect, their record, our record, type) -> their record with decoys, metadata, labels
    with_extras: Callable[[random.Random, dict[str, Any], dict[str, Any], dict[str, Any], str], dict[str, Any]]
    #: (dialect, their records, rng, file number) -> (the file's text, the mess it carries)
    render: Callable[[dict[str, Any], list[Any], random.Random, int], tuple[str, list[Any]]]
    answer_text: Callable[[dict[str, Any], str], str]
    answer_path: Callable[[dict[str, Any], str], str]
    ext: dict[str, str]
    plain_json: set[str]
    #: (rng) -> the date and clock in a file's name, as the family's pipeline stamps them
    file_date: Callable[[random.Random], str]
    #: a file of this dialect escapes non-ASCII letters (so the cut looks for the answer escaped)
    ascii_answer: Callable[[dict[str, Any]], bool] = lambda dialect: False
    #: how often a file repeats one of its own records (a retried call)
    repeat_share: float = 0.6
    #: (rng, folder, manifest) -> a README of the drop in some folders
    notes: Callable[[random.Random, Path, dict[str, Any]], None] | None = None


def dirs_per_dialect(subdirs: list[str], dialects: dict[str, Any]) -> Callable[[random.Random], dict[str, str]]:
    """Each dialect's files in a sub-folder of its own choosing."""
    return lambda rng: {d: rng.choice(subdirs) for d in dialects}


def dirs_per_team(subdirs: dict[str, list[str]], dialects: dict[str, Any]) -> Callable[[random.Random], dict[str, str]]:
    """Each team's files (all its dialects') in one sub-folder of the team's."""

    def pick(rng: random.Random) -> dict[str, str]:
        by_team = {team: rng.choice(dirs) for team, dirs in subdirs.items()}
        return {d: by_team[x["team"]] for d, x in dialects.items()}

    return pick


def layout(fam: Family, rng: random.Random, seed: int) -> list[tuple[str, str, list[str]]]:
    """(type, size, prompt versions) of one folder: some types absent, one perhaps large, some of 3-6 records."""
    present = [t for t in fam.types if rng.random() >= 0.15]
    while len(present) < 5:
        present.append(rng.choice([t for t in fam.types if t not in present]))
    large = rng.choice(sorted(present)) if rng.random() < 0.35 else None
    out = []
    for ti, dtype in enumerate(fam.types):
        if dtype not in present:
            continue
        size = "large" if dtype == large else "tiny" if rng.random() < 0.2 else "normal"
        mode = (seed + fam.version_step * ti) % 3  # 0: version A, 1: version B, 2: both in one folder
        if size == "tiny" and mode == 2:
            mode = rng.randrange(2)
        out.append((dtype, size, fam.by_type[dtype] if mode == 2 else [fam.by_type[dtype][mode]]))
    return out


def plan_rows(
    fam: Family, rng: random.Random, dtype: str, dname: str, n_valid: int, size: str, seen: set[str]
) -> list[Row]:
    """Valid records and the planted defects of one prompt version, shuffled; no two alike in our fields."""
    rows: list[Row] = []
    while len(rows) < n_valid:
        rec = fam.makers[dtype](rng)
        if record_key(dtype, rec) not in seen:
            seen.add(record_key(dtype, rec))
            rows.append({**row(rec, "keep", ""), "defect": None})
    repeats, share = fam.plant_shares[size]
    for plant in fam.defects[dtype]:
        for _ in range(repeats):
            if rng.random() < share:
                planted = plant(rng, fam.dialects[dname])
                while record_key(dtype, planted["ours"]) in seen:
                    planted = plant(rng, fam.dialects[dname])
                seen.add(record_key(dtype, planted["ours"]))
                rows.append(planted)
    rng.shuffle(rows)
    return rows


def folder_files(fam: Family, rng: random.Random, seed: int, seen: set[str]) -> list[tuple[str, str, str, list[Row]]]:
    """(type, size, dialect, rows) per file: a large type over many files, a normal one over one or two."""
    files = []
    for dtype, size, names in layout(fam, rng, seed):
        for dname in names:
            both = len(names) == 2
            n_valid = {k: rng.randint(*(two if both else one)) for k, (two, one) in fam.sizes.items()}[size]
            rows = plan_rows(fam, rng, dtype, dname, n_valid, size, seen)
            if size == "large":
                n_files = math.ceil(len(rows) / rng.randint(20, 30))
            else:
                n_files = 2 if size == "normal" and len(rows) > 22 and rng.random() < 0.5 else 1
            files += [(dtype, size, dname, rows[i::n_files]) for i in range(n_files)]
    return files


def drop_note(
    rng: random.Random, folder: Path, manifest: dict[str, Any], subdirs: dict[str, list[str]], name: str, text: str
) -> None:
    """Half the folders hold a note of the drop (prose, perhaps a YAML fence, no JSON: nothing planted)."""
    if rng.random() < 0.5:
        note = Path(rng.choice([d for dirs in subdirs.values() for d in dirs])) / name
        write_file(folder / note, text, False)
        manifest["notes"] = [note.as_posix()]


def _repeat_records(
    rng: random.Random,
    fam: Family,
    sources: list[tuple[list[Row], list[dict[str, Any]], Path]],
    chunk: list[Row],
    rendered: list[dict[str, Any]],
) -> list[str]:
    """Plant exact duplicates in a file: a record of its own again (a retried call, `repeat_share` of files) and one
    of the previous file of its dialect (a retried batch); each copy is its source byte for byte."""
    mess = []
    for src_rows, src_rendered, src_rel in sources:
        if src_rows is chunk and rng.random() >= fam.repeat_share:
            continue
        src = rng.choice([i for i, r in enumerate(src_rows) if r["expected"] == "keep"] or [None])
        if src is None:
            continue
        at = rng.randint(src + 1, len(chunk)) if src_rows is chunk else rng.randint(0, len(chunk))
        dup = {  # byte for byte its source (a mojibake answer stays one: note and encoding kept)
            **src_rows[src],
            "expected": "reject",
            "reason": "exact_duplicate",
            "defect": "exact_duplicate",
            "dup_of": src_rel.as_posix(),
        }
        copy = json.loads(json.dumps(src_rendered[src]))
        chunk.insert(at, dup)
        rendered.insert(at, copy)
        mess.append("duplicate" if src_rows is chunk else "duplicate_across_files")
    return mess


def _add_file(
    manifest: dict[str, Any],
    rel: Path,
    mess: list[str],
    chunk: list[Row],
    what: tuple[str, str, str, dict[str, Any]],
    with_ours: bool,
) -> None:
    """Record a written file in the manifest: its mess, every record's expected outcome, its type's truth map."""
    dtype, size, dname, dialect = what
    manifest["files"].append(rel.as_posix())
    manifest["mess"][rel.as_posix()] = sorted(set(mess))
    for i, row in enumerate(chunk):
        out = {
            "file": rel.name,
            "path": rel.as_posix(),
            "index": i,
            "data_type": dtype,
            "dialect": dname,
            **{k: v for k, v in row.items() if k not in ("ours", "raw")},
        }
        if with_ours:
            out["ours"] = row["ours"]
        manifest["records"].append(out)
    plan = manifest["plans"].setdefault(dtype, {"dialect": "", "size": size, "truth": {}, "files": []})
    if dname not in plan["dialect"].split("+"):
        plan["dialect"] = "+".join(x for x in (plan["dialect"], dname) if x)
        plan["truth"].update(truth_map(dialect))
    plan["files"].append(rel.as_posix())


def write_folder(fam: Family, folder: Path, seed: int, with_ours: bool) -> dict[str, Any]:
    """Write one drifted folder for `seed` and return its manifest: the family's files in its dialects, made messy
    (mojibake answers, a BOM+CRLF file, one file cut inside its last record, records repeated within and across
    files), every planted record's expected outcome, the mess per file and the truth map per type."""
    rng = random.Random(f"{fam.name}/{seed}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {"family": fam.name, "seed": seed, "records": [], "plans": {}, "files": [], "mess": {}}
    seen: set[str] = set()
    files = folder_files(fam, rng, seed, seen)
    subdir = fam.dirs(rng)
    cut_at = rng.randrange(len(files))
    plain = [i for i, f in enumerate(files) if i != cut_at and fam.dialects[f[2]]["envelope"] in fam.plain_json]
    lines = [i for i, f in enumerate(files) if i != cut_at and fam.dialects[f[2]]["envelope"] == "jsonl"]
    bom_at = rng.choice(plain or lines)
    mojibake_left = rng.randint(1, 3)
    last_file: dict[str, tuple[list[Row], list[dict[str, Any]], Path]] = {}  # per dialect: its previous file
    for file_no, (dtype, size, dname, chunk) in enumerate(files, start=1):
        dialect = fam.dialects[dname]
        rendered, mess = [], []
        for row in chunk:
            their = fam.to_dialect(row["ours"], dialect, row["raw"], row.get("written"))
            their = fam.with_extras(rng, dialect, their, row["ours"], dtype)
            if row["expected"] == "keep" and mojibake_left and dtype != "dramatic_irony" and rng.random() < 0.3:
                encoding = rng.choice(["cp1252", "mac_roman"])
                bad = mojibake(fam.answer_text(row["ours"], dtype), encoding)
                if bad:
                    put(their, fam.answer_path(dialect, dtype), bad)
                    row["note"], row["mojibake_as"] = "mojibake", encoding
                    mojibake_left -= 1
                    mess.append("mojibake")
            rendered.append(their)
        name = f"{dialect['stem']}{file_no:04d}_{fam.file_date(rng)}.{fam.ext[dialect['envelope']]}"
        rel = Path(subdir[dname]) / name
        sources = [(chunk, rendered, rel)]  # a retried call: the same record again, later in the file
        if dname in last_file and rng.random() < 0.5:  # or a retried batch overlapping the previous file
            sources.append(last_file[dname])
        mess += _repeat_records(rng, fam, sources, chunk, rendered)
        cut = file_no - 1 == cut_at
        if cut:  # one more record of its own, cut inside its answer: planted lost
            rec = fam.makers[dtype](rng)
            while record_key(dtype, rec) in seen:
                rec = fam.makers[dtype](rng)
            seen.add(record_key(dtype, rec))
            chunk.append({"ours": rec, "raw": [], "expected": "lost", "defect": "truncated_record", "note": None})
            rendered.append(fam.with_extras(rng, dialect, fam.to_dialect(rec, dialect, []), rec, dtype))
        text, how = fam.render(dialect, rendered, rng, file_no)
        mess += how
        if cut:
            ascii_ = fam.ascii_answer(dialect)
            answer = json.dumps(fam.answer_text(chunk[-1]["ours"], dtype), ensure_ascii=ascii_)[1:-1]
            text = cut_inside(text, answer)
            mess = [m for m in mess if m != "trailing_comma"] + ["cut"]
        bom = file_no - 1 == bom_at
        write_file(folder / rel, text, bom)
        mess += ["bom_crlf"] if bom else []
        _add_file(manifest, rel, mess, chunk, (dtype, size, dname, dialect), with_ours)
        last_file[dname] = (chunk, rendered, rel)
    if fam.notes:
        fam.notes(rng, folder, manifest)
    manifest["counts"] = counts(manifest)
    return manifest
