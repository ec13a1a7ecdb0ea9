"""The fresh7 held-out writer (tests/field_drift_fresh7.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record, no key of a dialect may be a name or alias of ours, and its records must be valid or broken
by the spec's ranges and rule tables exactly as planted (read here straight from the YAML, by a small reading
written for this test).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))

from field_drift_fresh7 import BY_TYPE, DIALECTS, EXTRAS, TYPES, truth_map, write_fresh7_folder  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((REPO / "curation" / "domain" / "spec.yaml").read_text(encoding="utf-8"))
RULES = SPEC["rules"]
SEEDS = [1, 2, 3]


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _complete_elements(text: str, at: int) -> list[Any]:
    dec, pos, out = json.JSONDecoder(), at, []
    while True:
        pos = re.compile(r"[\s,]*").match(text, pos).end()  # type: ignore[union-attr]
        try:
            x, pos = dec.raw_decode(text, pos)
        except json.JSONDecodeError:
            return out
        out.append(x)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them (a fenced array, JSON Lines, the envelopes)."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if path.suffix == ".md":
        return json.loads(text.split("```json\n", 1)[1].split("\n```", 1)[0]), False
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        if text.startswith('{"') and "\n{" in text or path.suffix == ".jsonl":
            out = []
            for line in text.splitlines():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    return out, True
            return out, False
        if text.lstrip().startswith("[") and not text.lstrip().startswith("[\n  {") and text.count("\n") < 3:
            pass
        first = re.search(r"\[\s*\{", text)
        assert first, path
        return _complete_elements(text, first.start() + 1), True
    if isinstance(doc, list):
        return doc, False
    if "paket" in doc:
        return doc["paket"]["zapisi"], False
    if "data" in doc and isinstance(doc["data"], dict):
        return doc["data"]["list"], False
    if "samples" in doc:
        return doc["samples"], False
    (rows,) = doc.values()
    return rows, False


def _steps(path: str) -> list[str]:
    return re.split(r"(?<!\\)\.", path)


def _reaches(obj: Any, steps: list[str]) -> bool:
    """Whether a field_map source path (dots, [], [key=label]) reaches a value in obj."""
    if not steps:
        return obj is not None
    head, rest = steps[0], steps[1:]
    m = re.fullmatch(r"(.+?)\[(.*)\]", head)
    key = m[1] if m else head
    if not isinstance(obj, dict) or key not in obj:
        return False
    v = obj[key]
    if not m:
        return _reaches(v, rest)
    if not isinstance(v, list):
        return False
    if m[2] == "":
        return any(_reaches(x, rest) for x in v)
    k, _, label = m[2].partition("=")
    return any(isinstance(x, dict) and x.get(k) == label and _reaches(x, rest) for x in v)


def _fields(dtype: str) -> set[str]:
    """Every dotted path of a type's fields in the spec ("a.b", "a[].b")."""
    defs = SPEC["definitions"]

    def walk(prefix: str, fields: dict[str, Any]) -> set[str]:
        out = set()
        for name, f in fields.items():
            if "ref" in f:
                f = {**defs[f["ref"]], **f}
            path = f"{prefix}{name}"
            out.add(path)
            if "fields" in f:
                out |= walk(path + ".", f["fields"])
            items = f.get("items")
            if items:
                items = {**defs[items["ref"]], **items} if "ref" in items else items
                out |= walk(path + "[].", items.get("fields", {}))
        return out

    return walk("", SPEC["types"][dtype]["fields"])


def _names_and_aliases(fields: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for name, f in fields.items():
        if "ref" in f:
            f = {**SPEC["definitions"][f["ref"]], **f}
        out |= {name.lower(), *(a.lower() for a in f.get("aliases", []))}
        out |= _names_and_aliases(f.get("fields", {}))
        items = f.get("items") or {}
        items = {**SPEC["definitions"][items["ref"]], **items} if "ref" in items else items
        out |= _names_and_aliases(items.get("fields", {}))
    return out


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    a = write_fresh7_folder(tmp_path / "a", 2)
    b = write_fresh7_folder(tmp_path / "b", 2)
    write_fresh7_folder(tmp_path / "c", 3)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


@pytest.mark.parametrize("seed", SEEDS)
def test_manifest_adds_up_and_every_planted_record_is_in_its_file(tmp_path: Path, seed: int) -> None:
    m = write_fresh7_folder(tmp_path, seed)
    recs, c = m["records"], m["counts"]
    assert c["records"] == len(recs) == sum(c["by_expected"].values()) == sum(c["by_type"].values())
    assert sum(c["by_outcome"].values()) == len(recs)
    assert sum(c["by_defect"].values()) == sum(1 for r in recs if r["defect"])
    assert len({(r["file"], r["index"]) for r in recs}) == len(recs)  # the eval's key is unique
    assert len({Path(f).name for f in m["files"]}) == len(m["files"])
    assert set(c["by_type"]) == set(TYPES) == set(m["plans"])
    assert c["by_expected"]["lost"] == 1 and c["by_expected"]["keep"] >= 14 * len(TYPES)
    reasons = {
        "exact_duplicate",
        "missing_required_field",
        "below_quality_threshold",
        "off_authenticity_target",
        "not_a_number",
        "value_out_of_range",
        *SPEC["range_reasons"].values(),
    }
    for r in recs:
        assert r["expected"] in ("keep", "reject", "flag", "lost")
        assert r["expected"] != "flag" or r["rule"] in SPEC["rule_ids"]
        assert r["expected"] != "reject" or r["reason"] in reasons
    per_file = Counter(r["path"] for r in recs)
    assert sorted(per_file) == sorted(m["files"])
    for rel, n in per_file.items():
        got, cut = _records(tmp_path / rel)
        lost = sum(1 for r in recs if r["path"] == rel and r["expected"] == "lost")
        assert cut == bool(lost), rel
        assert len(got) == n - lost, rel
        for r in recs:
            if r["path"] == rel and r["defect"] == "exact_duplicate":  # byte for byte an earlier record of its file
                assert got[r["index"]] in got[: r["index"]]


@pytest.mark.parametrize("seed", SEEDS)
def test_true_map_points_at_spec_fields_and_reaches_every_valid_record(tmp_path: Path, seed: int) -> None:
    m = write_fresh7_folder(tmp_path, seed, with_ours=True)
    for dtype, plan in m["plans"].items():
        ours = _fields(dtype)
        for theirs, target in plan["truth"].items():
            assert target in ours, (dtype, target)
            assert theirs != target
        for rel in plan["files"]:
            got, _ = _records(tmp_path / rel)
            for r in m["records"]:
                if r["path"] != rel or r["expected"] != "keep":
                    continue
                rec = got[r["index"]]
                for theirs, target in plan["truth"].items():
                    node: Any = r["ours"]
                    for k in target.split("[]")[0].split("."):
                        node = node.get(k) if isinstance(node, dict) else None
                    if node is None:
                        continue  # an optional field this record leaves out
                    assert _reaches(rec, _steps(theirs)), (dtype, theirs, rec)


def test_every_dialect_is_used_over_three_seeds(tmp_path: Path) -> None:
    used = {write_fresh7_folder(tmp_path / str(s), s)["plans"][t]["dialect"] for s in (4, 5, 6) for t in TYPES}
    assert used == {d for ds in BY_TYPE.values() for d in ds} == set(DIALECTS)


def test_family_registered_in_the_eval() -> None:
    text = (REPO / "benchmarks" / "eval_field_drift.py").read_text(encoding="utf-8")
    assert '"fresh7": ("field_drift_fresh7", "write_fresh7_folder", "truth")' in text


def test_their_keys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a dialect's key (nor a label in it, nor an extra key) names a field of ours."""
    for dtype, names in BY_TYPE.items():
        ours = _names_and_aliases(SPEC["types"][dtype]["fields"])
        for dname in names:
            dialect = DIALECTS[dname]
            for theirs in [*truth_map(dialect), *EXTRAS[dialect["lang"]]]:
                parts = {p.lower() for p in re.split(r"[\[\]=.\\ ]", theirs) if p}
                assert not parts & ours, (dname, theirs, parts & ours)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------


def _bucket(value: float, table: dict[str, Any]) -> set[str]:
    return {k for k, b in table.items() if b["accept"][0] <= value <= b["accept"][1]}


def _broken(dtype: str, rec: dict[str, Any]) -> set[str]:  # noqa: C901 (one branch per data type)
    """The spec checks one of our records breaks (ranges as '<reason>', rules by id), by this test's reading."""
    out: set[str] = set()

    def rng(v: Any, lo: float | None, hi: float | None, reason: str) -> None:
        if isinstance(v, float) and math.isnan(v):
            out.add("not_a_number")
        elif v is not None and ((lo is not None and v < lo) or (hi is not None and v > hi)):
            out.add(reason)

    def capacity(state: dict[str, Any], ctx: dict[str, Any], score: float) -> None:
        base, eff, factors = state["base_capacity"], state["effective_capacity"], state["capacity_factors"]
        for k in ("base_capacity", "effective_capacity"):
            rng(state[k], 0, 10, "capacity_out_of_range")
        if abs(min(10, max(0, base + sum(f["impact"] for f in factors))) - eff) > 0.05:
            out.add("capacity.effective_formula")
        buckets = RULES["capacity"]["buckets"]
        if eff <= 10 and ctx["capacity_level"] not in _bucket(eff, buckets):
            near = min(buckets, key=lambda k: min(abs(eff - x) for x in buckets[k]["accept"]))
            if ctx["capacity_level"] != near:
                out.add("capacity.bucket")
        x2 = eff + RULES["capacity"]["x_plus"]
        if ctx["support_needed"] > x2 and (ctx["authenticity_target"] == "excellent" or not ctx.get("constraint")):
            out.add("capacity.x_plus_2")
        if ctx.get("support_provided") is not None and ctx["support_provided"] > x2:
            out.add("capacity.x_plus_2")
        if 0 <= score <= 1 and ctx["authenticity_target"] not in _bucket(score, RULES["authenticity"]["buckets"]):
            out.add("authenticity.bucket")
        if ctx["complexity_type"] not in {c for lst in RULES["complexity_types"].values() for c in lst}:
            out.add("complexity.type")

    if dtype == "emotional_authenticity":
        rng(rec["authenticity_score"], 0, 1, "score_out_of_range")
        ctx = {**rec, "support_needed": rec["support_level_needed"], "constraint": rec["demonstrates_constraint"]}
        capacity(rec, ctx, rec["authenticity_score"])
        if "authenticity.bucket" in out:
            out.add("off_authenticity_target")
    elif dtype == "dramatic_irony":
        cap = rec["character_capacity"]
        rng(cap, 0, 10, "capacity_out_of_range")
        rng(rec["dramatic_irony_score"], 0, 1, "score_out_of_range")
        opts = RULES["irony"]["options"]
        if rec["knowledge_gap_score"] < RULES["irony"]["knowledge_gap_trigger"]:
            out.add("irony.knowledge_gap")
        for o in rec["response_options"]:
            if o["type"] not in opts:
                out.add("irony.option_type")
            else:
                lo, hi = opts[o["type"]]["relationship_impact"]
                rng(o["relationship_impact"], lo, hi, "irony.relationship_impact")
        lo, hi = opts[rec["recommended_option"]]["capacity"]
        if cap <= 10 and not lo <= cap < hi:
            out.add("irony.option_capacity")
    elif dtype == "tension_building":
        rng(rec["relationship_level"], 1, 5, "value_out_of_range")
        rng(rec["tension_score"], 0, 1, "score_out_of_range")
        hooks, w = RULES["tension"]["hooks"], rec["payoff_window_weeks"]
        if rec["hook_type"] not in hooks:
            out.add("tension.hook_type")
        elif (
            not hooks[rec["hook_type"]]["payoff_weeks"][0]
            <= w["min"]
            <= w["max"]
            <= hooks[rec["hook_type"]]["payoff_weeks"][1]
        ):
            out.add("tension.payoff_window")
    elif dtype == "memory_resonance":
        rng(rec["memory"]["weeks_ago"], 0, None, "value_out_of_range")
        rng(rec["resonance_score"], 0, 1, "score_out_of_range")
        weights = RULES["memory"]["resonance_weights"]
        if rec["resonance_type"] not in weights:
            out.add("memory.resonance_type")
        elif abs(weights[rec["resonance_type"]] - rec["resonance_weight"]) > 1e-9:
            out.add("memory.resonance_weight")
    elif dtype == "personality_traits":
        for v in rec["ocean"].values():
            rng(v, 0, 1, "score_out_of_range")
        rng(rec["quality_score"], 0, 1, "score_out_of_range")
    elif dtype == "relationship_scoring":
        rng(rec["relationship_score"], 0, 1, "score_out_of_range")
        rng(rec["trust_change"], -1, 1, "value_out_of_range")
        rng(rec["quality_score"], 0, 1, "score_out_of_range")
        rng(rec["relationship_level"], 1, 5, "value_out_of_range")
    else:
        meta, ctx = rec["training_metadata"], rec["interaction_context"]
        rng(meta["quality_score"], 0, 1, "score_out_of_range")
        rng(rec["npc_profile"]["age"], 0, 150, "value_out_of_range")
        rng(rec["game_outcomes"]["capacity_after"], 0, 10, "capacity_out_of_range")
        for v in rec["npc_ocean_personality"].values():
            rng(v, 0, 1, "score_out_of_range")
        capacity(rec["npc_emotional_state"], {**ctx, "constraint": None}, meta["authenticity_score"])
    quality = {
        "emotional_authenticity": None,
        "dramatic_irony": "dramatic_irony_score",
        "tension_building": "tension_score",
        "memory_resonance": "resonance_score",
        "personality_traits": "quality_score",
        "relationship_scoring": "quality_score",
        "multi_step": "training_metadata.quality_score",
    }[dtype]
    if quality:
        q: Any = rec
        for k in quality.split("."):
            q = q[k]
        if q < SPEC["types"][dtype]["quality_threshold"]:
            out.add("below_quality_threshold")
    return out


@pytest.mark.parametrize("seed", [*SEEDS, 7, 11])
def test_planted_outcomes_hold_by_the_spec(tmp_path: Path, seed: int) -> None:
    m = write_fresh7_folder(tmp_path, seed, with_ours=True)
    answers = {"emotional_authenticity": "character_response", "personality_traits": "dialogue"}
    for r in m["records"]:
        rec, dtype = r["ours"], r["data_type"]
        if r["defect"] == "missing_answer":
            assert answers[dtype] not in rec
            continue
        broken = _broken(dtype, rec)
        if r["expected"] in ("keep", "lost") or r["defect"] == "exact_duplicate":
            assert broken == set(), (dtype, r, broken)
        elif r["expected"] == "flag":
            assert r["rule"] in broken, (dtype, r, broken)
            assert not broken & {
                "score_out_of_range",
                "capacity_out_of_range",
                "value_out_of_range",
                "below_quality_threshold",
                "off_authenticity_target",
            }, (dtype, r, broken)
        else:
            assert r["reason"] in broken, (dtype, r, broken)


def test_mojibake_answers_are_exact_repairs(tmp_path: Path) -> None:
    ftfy = pytest.importorskip("ftfy")
    notes = 0
    for seed in range(1, 6):
        m = write_fresh7_folder(tmp_path / str(seed), seed, with_ours=True)
        for r in m["records"]:
            if r["note"] == "mojibake":
                notes += 1
                ours = r["ours"]
                text = ours.get("character_response") or ours.get("dialogue") or ours.get("rationale")
                text = text or ours["npc_card_narrative"]["dialogue_prose"]
                bad = text.encode("utf-8").decode("cp1252")
                assert ftfy.fix_encoding(bad) == text != bad
    assert notes > 0
