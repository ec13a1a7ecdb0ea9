"""A generator of field-name drift: valid samples of every data type rewritten as another generator would.

Why a generator of our own: `unwritten schema` and the field map must recover data whose names we did not
design for. This module takes valid samples (canonical names), draws a *drift plan* per data type from the
spec (not from a list of known names) and rewrites the samples with it:

- rename a field: a case style the ingest already reads (camelCase: needs no map), a prefix or suffix,
  abbreviated or reordered words, or an English synonym of one of its words;
- nest: move flat fields into a wrapper object (`scores.rating`, `content.reply_text`);
- flatten: move the children of an object to the top level (`ocean.openness` -> `trait_openness`);
- rename an object, a list or the fields inside every list item;
- drop optional fields.

Names never collide with another field's name or alias of the same type (that would be ambiguous data, not
drift). The plan is returned with the samples: `expected_map` is the inverse (their path -> ours) that a
correct `unwritten schema` proposal must contain. Defects are planted on the canonical sample *before* the
drift, so their expected handling (reject reason or rule id) does not depend on the names.

    python tests/field_drift.py OUT_DIR [--seed N]     # writes a drifted folder + drift.manifest.json
"""

from __future__ import annotations

import copy
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

#: Generic English synonyms of words that field names are made of (any data type may use them).
SYNONYMS = {
    "response": ["reply", "answer", "retort"],
    "dialogue": ["speech", "utterance", "spoken"],
    "score": ["rating", "grade", "mark"],
    "situation": ["circumstances", "moment"],
    "context": ["backdrop", "background_info"],
    "scenario": ["premise", "setting"],
    "character": ["npc", "persona"],
    "name": ["label", "called"],
    "level": ["tier", "stage"],
    "change": ["delta", "shift"],
    "type": ["kind", "sort"],
    "capacity": ["bandwidth", "reserve"],
    "knows": ["believes", "understands"],
    "player": ["user", "protagonist"],
    "action": ["move", "deed"],
    "memory": ["recollection", "flashback"],
    "description": ["recap", "gist"],
    "emotion": ["mood", "affect"],
    "weight": ["intensity", "strength"],
    "expression": ["manifestation", "showing"],
    "window": ["span", "range"],
    "impact": ["effect_size", "consequence"],
    "options": ["choices", "variants"],
    "rationale": ["justification", "why"],
    "trait": ["facet", "disposition"],
    "needed": ["required", "asked"],
    "factors": ["stressors", "pressures"],
    "setup": ["groundwork", "plant"],
    "hook": ["lure", "teaser"],
    "notes": ["remarks", "comments"],
    "profile": ["card", "sheet"],
    "narrative": ["story", "telling"],
    "prose": ["passage", "text_body"],
    "thought": ["musing", "monologue"],
    "constraint": ["limit", "boundary"],
    "effective": ["actual", "net"],
    "base": ["baseline", "starting"],
    "gap": ["difference", "mismatch"],
    "resonance": ["echo", "recall"],
    "current": ["present", "now"],
    "ocean": ["big_five", "five_factor"],
    "tension": ["suspense", "pull"],
    "quality": ["overall", "fitness"],
    "authenticity": ["realism", "truthfulness"],
    "trust": ["faith", "confidence"],
}
_WRAPPERS = ["payload", "content", "scores", "meta", "fields", "out", "generated"]
_PREFIXES = ["gen_", "out_", "llm_", "x_"]
_SUFFIXES = ["_text", "_value", "_v2", "_field"]


@dataclass
class DriftPlan:
    """How one data type's fields were moved: our path -> their path (only moved fields), and dropped ones."""

    data_type: str
    moves: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    wrapper: str | None = None

    @property
    def expected_map(self) -> dict[str, str]:
        """their path -> our path, for every moved field (what a correct proposal contains, implied or not)."""
        return {theirs: ours for ours, theirs in self.moves.items()}


def _camel(words: list[str]) -> str:
    return words[0] + "".join(w.title() for w in words[1:])


def _new_name(name: str, rng: random.Random, taken: set[str], allow_case_only: bool) -> str:
    """A drifted spelling of `name` that collides with nothing in `taken` (names and aliases of the type)."""
    words = [w for w in name.split("_") if w]
    for _ in range(40):
        style = rng.choice(
            ["camel", "affix", "abbrev", "reorder", "synonym", "synonym"]
            if allow_case_only
            else ["affix", "abbrev", "reorder", "synonym", "synonym"]
        )
        if style == "camel" and len(words) > 1:
            cand = _camel(words)
        elif style == "affix":
            cand = rng.choice(_PREFIXES) + name if rng.random() < 0.5 else name + rng.choice(_SUFFIXES)
        elif style == "abbrev" and any(len(w) > 4 for w in words):
            cand = "_".join(w[:4] if len(w) > 4 else w for w in words)
        elif style == "reorder" and len(words) > 1:
            cand = "_".join(reversed(words))
        elif style == "synonym" and any(w in SYNONYMS for w in words):
            i = rng.choice([i for i, w in enumerate(words) if w in SYNONYMS])
            cand = "_".join(words[:i] + [rng.choice(SYNONYMS[words[i]])] + words[i + 1 :])
        else:
            continue
        key = cand.lower().replace("_", "")
        if cand not in taken and key not in {t.lower().replace("_", "") for t in taken}:
            taken.add(cand)
            return cand
    cand = f"{name}_alt{rng.randrange(1000)}"
    taken.add(cand)
    return cand


def make_plan(data_type: str, fields: list, rng: random.Random) -> DriftPlan:
    """Draw a drift plan for one data type from its spec fields (`SpecField` list)."""
    plan = DriftPlan(data_type)
    taken = {n for f in fields for n in (f.name, *f.aliases)}
    top = [f for f in fields if "." not in f.path]
    wrapper = rng.choice(_WRAPPERS) if rng.random() < 0.6 else None
    while wrapper in taken:
        wrapper = wrapper + "_block"
    plan.wrapper = wrapper
    for f in top:
        children = [c for c in fields if c.parent.removesuffix("[]") == f.path]
        r = rng.random()
        if not f.required and r < 0.2 and not _load_bearing(f, fields):
            plan.dropped.append(f.path)
            continue
        if f.type == "object" and children and r < 0.45:
            # flatten: the children move to the top level under new names
            for c in children:
                plan.moves[c.path] = _new_name(
                    f"{f.name}_{c.name}" if rng.random() < 0.5 else c.name, rng, taken, False
                )
            continue
        if f.type == "array" and children and r < 0.6:
            # rename the list and some fields inside every item
            new = _new_name(f.name, rng, taken, False)
            plan.moves[f.path] = new
            for c in children:
                if rng.random() < 0.5:
                    plan.moves[c.path] = f"{new}[].{_new_name(c.name, rng, taken, False)}"
            continue
        if r < 0.35:
            continue  # kept as ours
        new = _new_name(f.name, rng, taken, True)
        if wrapper is not None and f.type != "object" and rng.random() < 0.4:
            new = f"{wrapper}.{new}"
        plan.moves[f.path] = new
    if not any(f.required and f.path in plan.moves or _moved_child(f, plan) for f in top):
        f = next(f for f in top if f.required and f.type != "object")  # every type drifts at least once
        plan.moves[f.path] = _new_name(f.name, rng, taken, False)
    return plan


def _load_bearing(f, fields: list) -> bool:
    """An optional field a rule or the quality gate reads (or an object holding one): dropping it would
    change what the record is (an X+2 case without its constraint sentence is a violation), not its names."""
    inside = [
        c for c in fields if c.path == f.path or c.path.startswith(f.path + ".") or c.path.startswith(f.path + "[].")
    ]
    return any({"rule", "score", "constraint"} & set(c.roles) for c in inside)


def _moved_child(f, plan: DriftPlan) -> bool:
    return any(p.startswith(f.path + ".") or p.startswith(f.path + "[].") for p in plan.moves)


def _pop(obj: dict, path: str) -> tuple[bool, Any]:
    parts = path.split(".")
    for p in parts[:-1]:
        obj = obj.get(p) if isinstance(obj, dict) else None
        if not isinstance(obj, dict):
            return False, None
    if isinstance(obj, dict) and parts[-1] in obj:
        return True, obj.pop(parts[-1])
    return False, None


def _put(obj: dict, path: str, value: Any) -> None:
    parts = path.split(".")
    for p in parts[:-1]:
        obj = obj.setdefault(p, {})
    obj[parts[-1]] = value


def apply_plan(sample: dict[str, Any], plan: DriftPlan) -> dict[str, Any]:
    """The sample as the other generator writes it (a deep copy; ours is untouched)."""
    s = copy.deepcopy(sample)
    for path in plan.dropped:
        _pop(s, path)
    item_moves = {ours: theirs for ours, theirs in plan.moves.items() if "[]." in ours}
    for ours, theirs in item_moves.items():  # fields inside list items: renamed in every item, in place
        lst_ours, child = ours.split("[].", 1)
        _, new_child = theirs.split("[].", 1)
        lst = s.get(lst_ours)
        if isinstance(lst, list):
            for item in lst:
                if isinstance(item, dict) and child in item:
                    item[new_child] = item.pop(child)
    for ours, theirs in sorted(plan.moves.items(), key=lambda kv: -kv[0].count(".")):
        if "[]." in ours:
            continue
        found, value = _pop(s, ours)
        if found:
            _put(s, theirs, value)
    for k in [k for k, v in s.items() if v == {}]:  # an object whose children all moved out
        del s[k]
    return s


# ---- valid samples and planted defects -------------------------------------------------------------
def write_batch(path: Path, data_type: str, samples: list[dict[str, Any]]) -> None:
    """One typed batch file of `samples` at `path` (folders made as needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"data_type": data_type, "samples": samples}), encoding="utf-8")


def valid_samples() -> dict[str, list[dict[str, Any]]]:
    """Canonical, valid samples of every data type: the shipped samples the build keeps with no violation,
    plus the clean sample of each type from the tests (distinct by content)."""
    from curation.analytics import batch_analysis as analysis
    from curation.config import Config

    cfg = Config()
    cfg._root_dir = REPO
    cfg.inputs.interactions = [str(REPO / "samples" / "interactions")]
    a = analysis.analyze(cfg)
    manifest = json.loads((REPO / "samples" / "interactions" / "MANIFEST.json").read_text(encoding="utf-8"))
    accepted = {
        (f"samples/interactions/{f['path']}", m["document"], m["index"])
        for f in manifest["files"]
        for m in f["records"]
        if m["expected"] == "accept"
    }
    out: dict[str, list[dict[str, Any]]] = {}
    seen: set[str] = set()
    for r in a.kept:
        key = (r.source.file.split(str(REPO) + "/", 1)[-1], r.metadata["document"], r.source.index)
        if key not in accepted or r.violations or any(":" in x for x in r.repairs):
            continue
        key = json.dumps(r.data, sort_keys=True)
        if key in seen:
            continue
        seen.add(key)
        out.setdefault(r.data_type, []).append(copy.deepcopy(r.data))
    return out


def _set(sample: dict, path: str, value: Any) -> None:
    obj = sample
    parts = path.split(".")
    for p in parts[:-1]:
        obj = obj[p]
    obj[parts[-1]] = value


def _get(sample: dict, path: str) -> Any:
    obj: Any = sample
    for p in path.split("."):
        obj = obj.get(p) if isinstance(obj, dict) else None
    return obj


#: Rule defects per type, planted on canonical names: (rule id, edit). Types without rules get none.
def _rule_defect(data_type: str, s: dict) -> str | None:
    if data_type == "emotional_authenticity":
        eff = s["effective_capacity"]
        s["effective_capacity"] = eff + 2.0 if eff <= 8 else eff - 2.0
        return "capacity.effective_formula"
    if data_type == "multi_step":
        st = s["npc_emotional_state"]
        if not isinstance(st.get("effective_capacity"), (int, float)) or not st.get("capacity_factors"):
            return None
        eff = st["effective_capacity"]
        st["effective_capacity"] = eff + 2.0 if eff <= 8 else eff - 2.0
        return "capacity.effective_formula"
    if data_type == "dramatic_irony":
        for o in s["response_options"]:
            if o.get("type") == "growth":
                o["relationship_impact"] = 1.6
                return "irony.relationship_impact"
        return None
    if data_type == "tension_building":
        w = s["payoff_window_weeks"]
        w["min"], w["max"] = w["max"] + 3, w["max"] + 1
        return "tension.payoff_window"
    if data_type == "memory_resonance":
        s["resonance_weight"] = 0.5
        return "memory.resonance_weight"
    return None


@dataclass
class Planted:
    """One record written to the drifted folder, with what the build must do with it."""

    file: str
    index: int
    data_type: str
    expected: str  # keep | reject | flag
    reason: str | None = None  # reject reason
    rule: str | None = None  # rule id that must be flagged (kept or dropped by drop_rules)


QUALITY = {
    "emotional_authenticity": "authenticity_score",
    "dramatic_irony": "dramatic_irony_score",
    "tension_building": "tension_score",
    "memory_resonance": "resonance_score",
    "personality_traits": "quality_score",
    "relationship_scoring": "quality_score",
    "multi_step": "training_metadata.quality_score",
}


def write_drifted_folder(
    out: Path, seed: int = 7, spec: dict | None = None, samples: dict[str, list[dict]] | None = None
) -> dict[str, Any]:
    """Write every data type's valid samples, drifted, plus planted defects; return the manifest."""
    if spec is None:
        from curation.ingest.interactions.spec_fields import spec_fields

        spec = spec_fields()
    samples = samples if samples is not None else valid_samples()
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    plans: dict[str, DriftPlan] = {}
    planted: list[Planted] = []
    for t_index, (data_type, items) in enumerate(sorted(samples.items())):
        plan = plans[data_type] = make_plan(data_type, spec[data_type], rng)
        rows: list[tuple[dict, Planted]] = []
        name = f"gen2_{t_index:02d}_{rng.randrange(10**6):06d}"
        for s in items:
            rows.append((s, Planted("", 0, data_type, "keep")))
        # planted defects (on copies of the first valid samples)
        base = items[0]
        bad = copy.deepcopy(base)
        _set(bad, QUALITY[data_type], 1.35)
        rows.append((bad, Planted("", 0, data_type, "reject", reason="score_out_of_range")))
        low = next(
            (
                x
                for x in items
                if not _get(x, "authenticity_target") and not _get(x, "interaction_context.authenticity_target")
            ),
            None,
        )
        if low is not None:
            low = copy.deepcopy(low)
            _set(low, QUALITY[data_type], 0.2)
            rows.append((low, Planted("", 0, data_type, "reject", reason="below_quality_threshold")))
        ruled = copy.deepcopy(items[-1])
        rule = _rule_defect(data_type, ruled)
        if rule is not None:
            rows.append((ruled, Planted("", 0, data_type, "flag", rule=rule)))
        rows.append(
            (copy.deepcopy(items[1 % len(items)]), Planted("", 0, data_type, "reject", reason="exact_duplicate"))
        )
        drifted = [(apply_plan(s, plan), p) for s, p in rows]
        shape = t_index % 3
        if shape == 0:  # a batch with a header that labels the type
            fname = f"{name}.json"
            doc = {"generator": "gen2", "data_type": data_type, "version": "1.2", "records": [d for d, _ in drifted]}
            text = json.dumps(doc, ensure_ascii=False, indent=1)
        elif shape == 1:  # JSON Lines, each record labelled
            fname = f"{name}.jsonl"
            text = "\n".join(json.dumps({"data_type": data_type, **d}, ensure_ascii=False) for d, _ in drifted) + "\n"
        else:  # a fenced array of labelled records after some chatter
            fname = f"{name}.txt"
            arr = [{"data_type": data_type, **d} for d, _ in drifted]
            text = (
                "Here are the samples you asked for:\n```json\n"
                + json.dumps(arr, ensure_ascii=False, indent=2)
                + "\n```\n"
            )
        (out / fname).write_text(text, encoding="utf-8")
        for i, (_, p) in enumerate(drifted):
            p.file, p.index = fname, i
            planted.append(p)
    manifest = {
        "seed": seed,
        "plans": {
            t: {"moves": p.moves, "dropped": p.dropped, "expected_map": p.expected_map} for t, p in plans.items()
        },
        "records": [p.__dict__ for p in planted],
    }
    (out / "drift.manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


if __name__ == "__main__":  # pragma: no cover
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    m = write_drifted_folder(Path(a.out), a.seed)
    print(json.dumps(m["plans"], indent=1))


def eval_harness() -> Any:
    """benchmarks/eval_field_drift.py as a module (it is a script, not a package), for tests that score a folder."""
    import importlib.util

    repo = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("eval_field_drift", repo / "benchmarks" / "eval_field_drift.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
