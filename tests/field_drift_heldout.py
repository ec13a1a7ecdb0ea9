"""A second, independent drift generator, held out from tuning `unwritten schema` (issue 11 acceptance).

tests/field_drift.py renames one word at a time (a fixed English synonym table, prefixes, suffixes, four-letter
cuts) and nests under one wrapper. This generator imitates *other generators* instead: each data type gets a
persona, a whole naming habit that another prompt, model or programming language would produce, and a layout:

- naming: camelCase or PascalCase or kebab-case with programmer abbreviations (`effCap`, `suppNeeded`,
  `charResp`), terse names other languages favour (`txt`, `resp`, `ctx`, `desc`), a second synonym lexicon
  (words a different prompt uses: `energy`, `demand`, `genuineness`, `cliffhanger`), leading entity words
  dropped (`character_response` -> `reply`);
- layout: everything flat, the record split into `input` / `output` / `meta` envelopes, everything under one
  object (`data`, `payload`), or everything inside a list of one object (`result: [{...}]`); objects flattened
  into their parent (`ocean_openness`), written as a list of one object, or renamed with renamed children;
  name -> value tables for factor lists;
- values: some numbers written as numeric text ("6.5"), some scores as percentages ("82%") (lossless readings
  the ingest documents);
- dropped optional fields (never one a rule or the quality gate reads);
- files: batches with a header label, JSON Lines, a fenced array after chatter, a bare array named by its file,
  and one truncated file (its last record cut mid-way: not salvageable, and planted as a copy, so nothing
  valid is lost with it);
- planted defects, on the canonical record before the drift: out-of-range scores and capacities, a score under
  the quality threshold, rule violations of every rule family a type has (effective capacity formula, capacity
  bucket, irony impact and knowledge gap, hook type and payoff window, resonance weight), exact duplicates.

Names never equal another field's name or alias of the same type (that would be ambiguous data, not drift).
The manifest holds the ground truth: every record's expected outcome, and per type their path -> our path for
every leaf that moved (`truth`).

    python tests/field_drift_heldout.py OUT_DIR [--seed N]
"""

from __future__ import annotations

import copy
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

#: Programmer abbreviations (word -> short forms).
ABBREV = {
    "character": ["char", "chr"],
    "response": ["resp", "rsp"],
    "capacity": ["cap"],
    "effective": ["eff"],
    "support": ["supp", "sup"],
    "needed": ["req", "need"],
    "authenticity": ["auth", "authn"],
    "description": ["desc", "descr"],
    "context": ["ctx"],
    "situation": ["sit", "situ"],
    "relationship": ["rel"],
    "knowledge": ["know", "kn"],
    "dialogue": ["dlg", "dial"],
    "emotion": ["emo"],
    "memory": ["mem"],
    "level": ["lvl", "lv"],
    "expression": ["expr"],
    "options": ["opts"],
    "quality": ["qual", "q"],
    "resonance": ["reso"],
    "weight": ["wt", "wgt"],
    "score": ["scr", "sc"],
    "impact": ["imp"],
    "factors": ["facs", "fx"],
    "player": ["plr", "pl"],
    "action": ["act"],
    "internal": ["int"],
    "thought": ["thot"],
    "window": ["win"],
    "weeks": ["wks", "wk"],
    "constraint": ["cons", "constr"],
    "profile": ["prof"],
    "narrative": ["narr"],
    "occupation": ["occ"],
    "background": ["bg", "bkg"],
    "personality": ["pers"],
    "current": ["cur", "curr"],
    "trust": ["tr"],
    "change": ["chg", "delta"],
    "rationale": ["rat"],
    "complexity": ["cplx", "cx"],
    "demonstrates": ["demo"],
    "openness": ["open"],
    "conscientiousness": ["consc"],
    "extraversion": ["extra"],
    "agreeableness": ["agree"],
    "neuroticism": ["neuro"],
    "scenario": ["scen"],
    "effectiveness": ["eff"],
    "prose": ["pr"],
    "interaction": ["inter"],
    "generated": ["gen"],
    "version": ["ver"],
    "pipeline": ["pipe"],
    "metadata": ["meta"],
    "outcomes": ["outc"],
    "request": ["req"],
    "reference": ["ref"],
}
#: A second lexicon (not tests/field_drift.py's): words another prompt uses for the same things.
LEXICON = {
    "response": ["reply", "utterance", "said", "output"],
    "character": ["npc", "actor", "persona"],
    "capacity": ["energy", "bandwidth", "headroom"],
    "base": ["start", "raw", "resting"],
    "effective": ["adjusted", "final", "net"],
    "needed": ["demand", "wanted", "requested"],
    "support": ["help", "aid"],
    "authenticity": ["genuineness", "believability"],
    "score": ["rating", "points"],
    "situation": ["scene", "event", "ask"],
    "context": ["backstory", "circumstances"],
    "dialogue": ["spoken_line", "speech", "line_text"],
    "rationale": ["explanation_text", "reasoning_text", "why"],
    "hook": ["cliffhanger", "bait"],
    "setup": ["foreshadowing", "seed"],
    "payoff": ["reveal", "resolution"],
    "window": ["timeframe", "eta"],
    "memory": ["past_event", "flashback"],
    "emotion": ["feeling_tag", "mood"],
    "trust": ["reliance"],
    "change": ["diff", "adjustment"],
    "player": ["pc", "hero"],
    "action": ["move", "choice"],
    "knows": ["aware_of", "believes"],
    "quality": ["overall", "grade"],
    "tension": ["suspense", "intrigue"],
    "resonance": ["echo", "callback"],
    "weight": ["strength", "pull"],
    "expression": ["display", "showing"],
    "trait": ["facet"],
    "options": ["branches", "alternatives"],
    "impact": ["effect", "consequence"],
    "level": ["stage", "tier"],
    "thought": ["monologue", "musing"],
    "internal": ["inner", "private"],
    "constraint": ["limit"],
    "demonstrates": ["shows"],
    "profile": ["card", "sheet"],
    "narrative": ["story", "telling"],
    "prose": ["text", "passage"],
    "ocean": ["big5", "five_factor"],
    "personality": ["temperament"],
    "weeks": ["wks"],
    "ago": ["back"],
    "description": ["summary_text", "what_happened"],
    "scenario": ["premise", "scene_setup"],
    "knowledge": ["info"],
    "gap": ["distance"],
    "factors": ["modifiers", "stressors"],
}
#: Terse single-word names (other languages' habits), by the role a field plays.
TERSE = {
    "answer": ["txt", "resp", "out", "msg"],
    "context": ["ctx", "bg", "info"],
    "situation": ["sit", "req"],
    "score": ["q", "qs", "pts"],
    "description": ["desc", "txt"],
}
_ENTITY_WORDS = ("character", "npc", "player")
_ENVELOPES = [("input", "output", "meta"), ("prompt", "completion", "eval"), ("given", "generated", "scores")]
_WRAP_ONE = ["data", "payload", "body", "content"]
_WRAP_LIST = ["result", "results_list", "generation", "response_list"]


def _style_name(words: list[str], case: str) -> str:
    words = [w for w in "_".join(words).split("_") if w]
    if case == "camel":
        return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if case == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in words)
    if case == "kebab":
        return "-".join(words)
    if case == "concat":
        return "".join(words)
    return "_".join(words)


@dataclass
class Persona:
    """One generator's naming habit: a case style and how eagerly it abbreviates, swaps words and shortens."""

    case: str
    abbrev: float
    lexicon: float
    drop_entity: float
    terse: float

    @classmethod
    def draw(cls, rng: random.Random) -> Persona:
        case = rng.choice(["camel", "camel", "pascal", "kebab", "snake", "concat"])
        return cls(
            case,
            rng.choice([0.0, 0.3, 0.7]),
            rng.choice([0.2, 0.5, 0.8]),
            rng.choice([0.0, 0.5, 0.9]),
            rng.choice([0.0, 0.15, 0.3]),
        )

    def rename(self, name: str, roles: tuple[str, ...], rng: random.Random) -> str:
        words = [w for w in name.split("_") if w]
        if self.terse and rng.random() < self.terse:
            for role in ("answer", "score", "context"):
                if role in roles:
                    return rng.choice(TERSE[role])
            if words[-1] in TERSE:
                return rng.choice(TERSE[words[-1]])
        if len(words) > 1 and words[0] in _ENTITY_WORDS and rng.random() < self.drop_entity:
            words = words[1:]
        out = []
        for w in words:
            r = rng.random()
            if w in LEXICON and r < self.lexicon:
                out.append(rng.choice(LEXICON[w]))
            elif w in ABBREV and rng.random() < self.abbrev:
                out.append(rng.choice(ABBREV[w]))
            else:
                out.append(w)
        return _style_name(out, self.case)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


# ---- plans --------------------------------------------------------------------------------------------
@dataclass
class HeldoutPlan:
    """How one data type is written: per spec path (ours) the path it is written at (theirs), drops, layout."""

    data_type: str
    persona: Persona
    layout: str  # flat | envelope | wrap | wrap_list
    wrapper: str | None = None
    moves: dict[str, str] = field(default_factory=dict)  # our leaf/object path -> their path
    dropped: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # our list paths written as name -> value tables
    one_lists: list[str] = field(default_factory=list)  # our object paths written as a list of one object
    as_text: dict[str, str] = field(default_factory=dict)  # our numeric path -> "text" | "percent"

    def truth(self) -> dict[str, str]:
        """their path -> our path for every field written under another path than ours."""
        return {theirs: ours for ours, theirs in self.moves.items() if theirs != ours}


def _load_bearing(f: Any, fields: list) -> bool:
    inside = [
        c for c in fields if c.path == f.path or c.path.startswith(f.path + ".") or c.path.startswith(f.path + "[].")
    ]
    return any({"rule", "score", "constraint", "label"} & set(c.roles) for c in inside)


def make_plan(data_type: str, fields: list, rng: random.Random) -> HeldoutPlan:
    """Draw one data type's persona, layout and every field's written path from its spec fields."""
    persona = Persona.draw(rng)
    layout = rng.choice(["flat", "flat", "envelope", "wrap", "wrap_list"])
    plan = HeldoutPlan(data_type, persona, layout)
    reserved = {_norm(n) for f in fields for n in (f.name, *f.aliases)}
    used: set[str] = set()

    def fresh(name: str, roles: tuple[str, ...], ours: str) -> str:
        for _ in range(30):
            cand = persona.rename(name, roles, rng)
            key = _norm(cand)
            if cand and key not in used and (key not in reserved or key == _norm(ours)):
                used.add(key)
                return cand
        cand = _style_name([name, "x"], persona.case)
        used.add(_norm(cand))
        return cand

    envelope = rng.choice(_ENVELOPES)
    if layout == "wrap":
        plan.wrapper = rng.choice(_WRAP_ONE)
    elif layout == "wrap_list":
        plan.wrapper = rng.choice(_WRAP_LIST)
    for f in (f for f in fields if "." not in f.path):
        children = [c for c in fields if c.parent.removesuffix("[]") == f.path]
        if not f.required and not _load_bearing(f, fields) and rng.random() < 0.3:
            plan.dropped.append(f.path)
            continue
        where = _where(plan, f, envelope)
        if f.type == "object" and children:
            _plan_object(plan, f, children, where, fresh, rng)
        elif f.type == "array" and children:
            _plan_array(plan, f, children, where, fresh, rng)
        else:
            plan.moves[f.path] = _at(where, fresh(f.name, f.roles, f.name) if rng.random() < 0.85 else f.name)
    _plan_numbers_as_text(plan, fields, rng)
    return plan


def _where(plan: HeldoutPlan, f: Any, envelope: tuple[str, str, str]) -> str | None:
    """Where a top-level field goes: an envelope section by role, the one wrapper, or the top level (None)."""
    if plan.layout == "envelope":
        if {"answer", "spoken"} & set(f.roles):
            return envelope[1]
        if {"score", "label"} & set(f.roles):
            return envelope[2]
        return envelope[0]
    if plan.layout in ("wrap", "wrap_list"):
        return plan.wrapper
    return None


def _at(where: str | None, name: str) -> str:
    return f"{where}.{name}" if where else name


def _plan_object(
    plan: HeldoutPlan, f: Any, children: list, where: str | None, fresh: Callable, rng: random.Random
) -> None:
    """An object with children: flattened into prefixed names, renamed, written as a list of one, or kept."""
    style = rng.choice(["flatten", "rename", "one_list", "keep"])
    if style == "flatten":
        prefix = fresh(f.name, f.roles, f.name) if rng.random() < 0.5 else f.name
        for c in children:
            plan.moves[c.path] = _at(where, _style_name([prefix, fresh(c.name, c.roles, c.name)], plan.persona.case))
        return
    new = fresh(f.name, f.roles, f.name) if style != "keep" else f.name
    plan.moves[f.path] = _at(where, new)
    if style == "one_list":
        plan.one_lists.append(f.path)
    for c in children:
        plan.moves[c.path] = f"{_at(where, new)}.{fresh(c.name, c.roles, c.name) if rng.random() < 0.6 else c.name}"


def _plan_array(
    plan: HeldoutPlan, f: Any, children: list, where: str | None, fresh: Callable, rng: random.Random
) -> None:
    """A list of objects: renamed, its name/value pairs sometimes written as a table, its items' keys renamed."""
    new = fresh(f.name, f.roles, f.name)
    plan.moves[f.path] = _at(where, new)
    if f.parse == "name_value_pairs" and rng.random() < 0.4:
        plan.tables.append(f.path)
        return
    for c in children:
        child = fresh(c.name, c.roles, c.name) if rng.random() < 0.6 else c.name
        plan.moves[c.path] = f"{_at(where, new)}[].{child}"


def _plan_numbers_as_text(plan: HeldoutPlan, fields: list, rng: random.Random) -> None:
    """Some numbers as text, some scores as percentages (the ingest's lossless readings)."""
    for f in fields:
        if f.type in ("number", "integer") and f.path not in plan.dropped and "[]" not in f.path:
            r = rng.random()
            if f.range == (0.0, 1.0) and r < 0.15:
                plan.as_text[f.path] = "percent"
            elif r < 0.1:
                plan.as_text[f.path] = "text"


# ---- applying a plan -----------------------------------------------------------------------------------
def _get(obj: Any, path: str) -> Any:
    for p in path.split("."):
        if not isinstance(obj, dict) or p not in obj:
            return None
        obj = obj[p]
    return obj


def _put(obj: dict, path: str, value: Any) -> None:
    parts = path.split(".")
    for p in parts[:-1]:
        obj = obj.setdefault(p, {})
    obj[parts[-1]] = value


def _as_text(value: Any, how: str) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if how == "percent":
        pct = f"{value * 100:.10g}"
        return f"{pct}%" if float(pct) / 100 == value else value
    return repr(value) if isinstance(value, float) else str(value)


def apply_plan(sample: dict[str, Any], plan: HeldoutPlan, fields: list) -> dict[str, Any]:
    """The canonical sample as this generator writes it (a new object; ours is untouched)."""
    src = copy.deepcopy(sample)
    for path, how in plan.as_text.items():
        parent, _, leaf = path.rpartition(".")
        holder = _get(src, parent) if parent else src
        if isinstance(holder, dict) and leaf in holder:
            holder[leaf] = _as_text(holder[leaf], how)
    out: dict[str, Any] = {}
    by_path = {f.path: f for f in fields}
    for f in fields:
        if "." in f.path or f.path in plan.dropped or f.path not in src:
            continue
        value = src[f.path]
        theirs = plan.moves.get(f.path)
        children = [c for c in fields if c.parent.removesuffix("[]") == f.path]
        if f.type == "object" and children and isinstance(value, dict):
            _write_object(out, plan, f.path, theirs, value)
        elif f.type == "array" and isinstance(value, list) and theirs is not None:
            _write_array(out, plan, f.path, theirs, value, children)
        else:
            _put(out, theirs or f.path, value)
    for k, v in src.items():  # fields the spec does not know stay as they were
        if k not in by_path:
            out[k] = v
    if plan.layout == "wrap_list" and plan.wrapper in out:
        out[plan.wrapper] = [out[plan.wrapper]]
    return out


def _write_object(out: dict, plan: HeldoutPlan, path: str, theirs: str | None, value: dict) -> None:
    if theirs is None:  # flattened: every child to its own path
        for k, v in value.items():
            _put(out, plan.moves.get(f"{path}.{k}", f"{path}_{k}"), v)
        return
    obj = {}
    for k, v in value.items():
        child = plan.moves.get(f"{path}.{k}", f"{theirs}.{k}")
        obj[child.rsplit(".", 1)[-1]] = v
    _put(out, theirs, [obj] if path in plan.one_lists else obj)


def _write_array(out: dict, plan: HeldoutPlan, path: str, theirs: str, value: list, children: list) -> None:
    if path in plan.tables and all(isinstance(x, dict) for x in value):
        spec_kids = [c.name for c in children]
        table = {str(x.get(spec_kids[0])): x.get(spec_kids[1]) for x in value}
        if len(table) == len(value):
            _put(out, theirs, table)
            return
    items = []
    for x in value:
        if isinstance(x, dict):
            items.append(
                {plan.moves.get(f"{path}[].{k}", f"{theirs}[].{k}").rsplit(".", 1)[-1]: v for k, v in x.items()}
            )
        else:
            items.append(x)
    _put(out, theirs, items)


def truth_paths(plan: HeldoutPlan) -> dict[str, str]:
    """their path -> our path, with the list-of-one wrapper and one-object lists written as `x[].y`."""
    out = {}
    for ours, theirs in plan.moves.items():
        t = theirs
        if plan.layout == "wrap_list" and plan.wrapper and t.startswith(plan.wrapper + "."):
            t = plan.wrapper + "[]" + t[len(plan.wrapper) :]
        for o in plan.one_lists:
            head = plan.moves[o]
            if plan.layout == "wrap_list" and plan.wrapper and head.startswith(plan.wrapper + "."):
                head = plan.wrapper + "[]" + head[len(plan.wrapper) :]
            if t.startswith(head + ".") and ours != o:
                t = head + "[]" + t[len(head) :]
        if ours in plan.one_lists:
            t += "[]"  # the one object of the list is our object
        if t != ours:
            out[t] = ours
    return out


# ---- defects -------------------------------------------------------------------------------------------
@dataclass
class Planted:
    file: str
    index: int
    data_type: str
    expected: str  # keep | reject | flag | lost
    reason: str | None = None
    rule: str | None = None


def _set(sample: dict, path: str, value: Any) -> bool:
    parts = path.split(".")
    obj: Any = sample
    for p in parts[:-1]:
        obj = obj.get(p) if isinstance(obj, dict) else None
    if not isinstance(obj, dict) or parts[-1] not in obj:
        return False
    obj[parts[-1]] = value
    return True


def _first(paths: Any) -> str | None:
    if isinstance(paths, str):
        return paths
    return paths[0] if paths else None


def rule_defects(data_type: str, s: dict[str, Any], spec: Any, rng: random.Random) -> list[tuple[str, dict]]:
    """(rule id, defective copy) for rules of the type's families, planted through the spec's roles."""
    t = spec.types[data_type]
    roles = t.roles
    out: list[tuple[str, dict]] = []
    cap = roles.capacity
    eff_path, base_path = _first(cap.get("effective")), _first(cap.get("base"))
    if (
        eff_path
        and base_path
        and isinstance(_get(s, eff_path), (int, float))
        and isinstance(_get(s, base_path), (int, float))
        and _get(s, _first(cap.get("factors")) or "") is not None
    ):
        c = copy.deepcopy(s)
        eff = _get(c, eff_path)
        _set(c, eff_path, eff + 2.5 if eff <= 7 else eff - 2.5)
        out.append(("capacity.effective_formula", c))
    level_path = _first(roles.labels.get("capacity_level"))
    if level_path and eff_path and isinstance(_get(s, eff_path), (int, float)) and _get(s, level_path):
        eff = _get(s, eff_path)
        wrong = "high" if eff < 5 else "crisis"
        c = copy.deepcopy(s)
        if _set(c, level_path, wrong):
            out.append(("capacity.bucket", c))
    irony = roles.irony
    if irony:
        opts_path = _first(irony["options"])
        opts = _get(s, opts_path)
        if isinstance(opts, list):
            c = copy.deepcopy(s)
            for o in _get(c, opts_path):
                if isinstance(o, dict) and o.get(_first(irony["option_type"])) == "tone_deaf":
                    o[_first(irony["impact"])] = 0.9
                    out.append(("irony.relationship_impact", c))
                    break
        c = copy.deepcopy(s)
        if _set(c, _first(irony["knowledge_gap"]) or "", 0.35):
            out.append(("irony.knowledge_gap", c))
    tension = roles.tension
    if tension and tension.get("payoff_window"):
        w = _get(s, _first(tension["payoff_window"]))
        if isinstance(w, dict) and isinstance(w.get("max"), (int, float)):
            c = copy.deepcopy(s)
            cw = _get(c, _first(tension["payoff_window"]))
            cw["min"], cw["max"] = cw["max"] + 6, cw["max"] + 9
            out.append(("tension.payoff_window", c))
    if tension and tension.get("hook_type") and _get(s, _first(tension["hook_type"])):
        c = copy.deepcopy(s)
        if _set(c, _first(tension["hook_type"]), rng.choice(["plot_twist", "red_herring", "slow_burn"])):
            out.append(("tension.hook_type", c))
    memory = roles.memory
    if memory and memory.get("resonance_weight"):
        c = copy.deepcopy(s)
        if _set(c, _first(memory["resonance_weight"]), 0.42):
            out.append(("memory.resonance_weight", c))
    return out


def _capacity_field(fields: list, roles: Any) -> str | None:
    """A top-level or nested number on the capacity scale that no rule derives from others."""
    derived = {_first(roles.capacity.get(k)) for k in ("base", "effective")}
    for f in fields:
        if f.type in ("number", "integer") and f.range == (0.0, 10.0) and "[]" not in f.path and f.path not in derived:
            return f.path
    return None


# ---- the folder -----------------------------------------------------------------------------------------
def write_heldout_folder(out: Path, seed: int = 1, samples: dict[str, list[dict]] | None = None) -> dict[str, Any]:
    """Write every data type's valid samples as other generators would, plus planted defects; the manifest
    (`heldout.manifest.json`) holds the ground truth."""
    from curation.domain import load_spec
    from curation.ingest.interactions.spec_fields import spec_fields

    if samples is None:
        from field_drift import valid_samples  # the canonical valid records (data, not the drift)

        samples = valid_samples()
    spec = load_spec()
    fields_of = spec_fields(spec)
    rng = random.Random(seed * 7919 + 17)
    out.mkdir(parents=True, exist_ok=True)
    planted: list[Planted] = []
    plans: dict[str, HeldoutPlan] = {}
    lossy_file = rng.randrange(len(samples))
    for t_index, (data_type, items) in enumerate(sorted(samples.items())):
        fields = fields_of[data_type]
        t = spec.types[data_type]
        plan = plans[data_type] = make_plan(data_type, fields, rng)
        rows: list[tuple[dict, Planted]] = [(s, Planted("", 0, data_type, "keep")) for s in items]
        q_path = t.roles.quality[0]
        bad = copy.deepcopy(items[0])
        if _set(bad, q_path, rng.choice([1.35, 1.8, -0.2])):
            rows.append((bad, Planted("", 0, data_type, "reject", reason="score_out_of_range")))
        cap_path = _capacity_field(fields, t.roles)
        if cap_path is not None:
            c = next((copy.deepcopy(x) for x in items if _get(x, cap_path) is not None), None)
            if c is not None and _set(c, cap_path, rng.choice([11.5, 14.0, -3.0])):
                rows.append((c, Planted("", 0, data_type, "reject", reason="capacity_out_of_range")))
        label_paths = [p for v in t.roles.labels.values() for p in ([v] if isinstance(v, str) else v)]
        low = next((x for x in items if not any(_get(x, p) for p in label_paths)), None)
        if low is not None:
            low = copy.deepcopy(low)
            if _set(low, q_path, round(t.quality_threshold / 3, 2)):
                rows.append((low, Planted("", 0, data_type, "reject", reason="below_quality_threshold")))
        for rule, c in rule_defects(data_type, items[rng.randrange(len(items))], spec, rng):
            rows.append((c, Planted("", 0, data_type, "flag", rule=rule)))
        drifted = [(apply_plan(s, plan, fields), p) for s, p in rows]
        dup_of = drifted[rng.randrange(len(items))][0]
        drifted.insert(
            len(items) + 1, (copy.deepcopy(dup_of), Planted("", 0, data_type, "reject", reason="exact_duplicate"))
        )
        label = rng.choice([data_type, data_type.replace("_", " ").title(), _style_name(data_type.split("_"), "camel")])
        name = f"{rng.choice(['gen', 'run', 'out', 'batch'])}{rng.randrange(100):02d}_{t_index}"
        fmt = rng.choice(["header", "jsonl", "fenced", "bare"]) if t_index != lossy_file else "truncated"
        if fmt == "header":
            fname = f"{name}.json"
            doc = {"category": label, "model": "other-llm", "items": [d for d, _ in drifted]}
            text = json.dumps(doc, ensure_ascii=False, indent=2)
        elif fmt == "jsonl":
            fname = f"{name}.jsonl"
            text = "\n".join(json.dumps({"dataType": label, **d}, ensure_ascii=False) for d, _ in drifted) + "\n"
        elif fmt == "fenced":
            fname = f"{name}.txt"
            arr = [{"data_type": label, **d} for d, _ in drifted]
            text = (
                "Sure! Below are the generated samples.\n\n```json\n"
                + json.dumps(arr, ensure_ascii=False, indent=2)
                + "\n```\nLet me know if you need more.\n"
            )
        elif fmt == "bare":  # a bare array: the file name says the type
            fname = f"{name}_{data_type}.json"
            text = json.dumps([d for d, _ in drifted], ensure_ascii=False)
        else:  # truncated: a copy of a valid record is cut mid-way at the end of the file
            fname = f"{name}_{data_type}_partial.json"
            cut = copy.deepcopy(drifted[0][0])
            drifted.append((cut, Planted("", 0, data_type, "lost")))
            body = json.dumps([d for d, _ in drifted], ensure_ascii=False, indent=1)
            last = json.dumps(cut, ensure_ascii=False, indent=1)
            text = body[: len(body) - len(last) // 2 - 2]
        (out / fname).write_text(text, encoding="utf-8")
        for i, (_, p) in enumerate(drifted):
            p.file, p.index = fname, i
            planted.append(p)
    manifest = {
        "seed": seed,
        "generator": "field_drift_heldout",
        "plans": {
            dt: {
                "persona": p.persona.__dict__,
                "layout": p.layout,
                "wrapper": p.wrapper,
                "dropped": p.dropped,
                "tables": p.tables,
                "one_lists": p.one_lists,
                "as_text": p.as_text,
                "truth": truth_paths(p),
            }
            for dt, p in plans.items()
        },
        "records": [p.__dict__ for p in planted],
    }
    (out / "heldout.manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


if __name__ == "__main__":  # pragma: no cover
    import argparse

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    m = write_heldout_folder(Path(a.out), a.seed)
    print(json.dumps(m["plans"], indent=1))
