"""The fresh4 held-out writer (tests/field_drift_fresh4.py) checked on its own: deterministic per seed, manifest
counts that add up, outcomes taken from the spec's contract, and valid records that are valid by spec.yaml.

The spec is read here straight from curation/domain/spec.yaml (not through the ingest code), and the checks
below are a small reading of its rule tables written for this test, so the writer's claims are verified
independently of the matcher it is meant to score.
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

from field_drift_fresh4 import DIALECTS, TYPES, write_fresh4_folder  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((REPO / "curation" / "domain" / "spec.yaml").read_text(encoding="utf-8"))
REASONS = {"score_out_of_range", "capacity_out_of_range", "value_out_of_range", "below_quality_threshold",
           "missing_required_field", "not_a_number", "uncoercible_type", "off_authenticity_target",
           "exact_duplicate"}  # fmt: skip


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    a = write_fresh4_folder(tmp_path / "a", 7)
    b = write_fresh4_folder(tmp_path / "b", 7)
    write_fresh4_folder(tmp_path / "c", 8)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def _samples(text: str, layout: str) -> list[Any]:
    """The complete samples of a file written by the writer (its own layouts only)."""
    if layout == "jsonl":
        out = []
        for line in text.splitlines():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                break
        return out
    if layout == "txt":
        text = text.split("```json\n", 1)[1].rsplit("\n```", 1)[0]
    return _records_list(json.loads(text))


def _records_list(doc: Any) -> list[Any]:
    """The list of records inside an envelope (the first list of objects, depth first)."""
    if isinstance(doc, list):
        return doc
    for v in doc.values():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            return v
        if isinstance(v, dict):
            found = _records_list(v)
            if found:
                return found
    return []


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6, 7])
def test_manifest_counts_add_up(tmp_path: Path, seed: int) -> None:
    m = write_fresh4_folder(tmp_path, seed)
    recs = m["records"]
    c = m["counts"]
    assert c["records"] == len(recs) == sum(c["by_expected"].values()) == sum(c["by_type"].values())
    assert len({(r["file"], r["index"]) for r in recs}) == len(recs)  # the eval's key is unique
    assert set(c["by_type"]) == set(TYPES)
    assert c["by_expected"]["keep"] >= 14 * len(TYPES)
    assert c["by_expected"]["lost"] == 2
    for r in recs:
        if r["expected"] == "reject":
            assert r["reason"] in REASONS
        elif r["expected"] == "flag":
            assert r["rule"] in SPEC["rule_ids"]
        else:
            assert r["expected"] in ("keep", "lost")
    by_file = Counter(r["path"] for r in recs)
    assert sorted(by_file) == sorted(m["files"])
    for rel, n in by_file.items():
        dtype = next(t for t, p in m["plans"].items() if rel in p["files"])
        layout = DIALECTS[m["plans"][dtype]["dialect"]]["layout"]
        text = (tmp_path / rel).read_text(encoding="utf-8")
        cut = any(r["expected"] == "lost" for r in recs if r["path"] == rel)
        if cut:
            with pytest.raises((json.JSONDecodeError, IndexError, StopIteration)):
                json.loads(text) if layout == "json" else _samples(text, layout) if layout == "txt" else json.loads(
                    text.splitlines()[-1]
                )
            if layout == "jsonl":
                assert len(_samples(text, layout)) == n - 1
            continue
        assert len(_samples(text, layout)) == n
    cut_files = {r["path"] for r in recs if r["expected"] == "lost"}
    for r in recs:  # a duplicate is equal to an earlier record of its file (checked where the file parses whole)
        if r.get("reason") == "exact_duplicate" and r["path"] not in cut_files:
            dialect = DIALECTS[m["plans"][r["data_type"]]["dialect"]]
            s = _samples((tmp_path / r["path"]).read_text(encoding="utf-8"), dialect["layout"])
            assert s[r["index"]] in s[: r["index"]]


def test_dialects_vary_by_seed_and_truth_paths_exist(tmp_path: Path) -> None:
    seen: dict[str, set[str]] = {t: set() for t in TYPES}
    for seed in range(1, 41):
        m = write_fresh4_folder(tmp_path / str(seed), seed)
        for t, plan in m["plans"].items():
            seen[t].add(plan["dialect"])
            layout = DIALECTS[plan["dialect"]]["layout"]
            parts = [_safe(tmp_path / str(seed) / f, layout) for f in plan["files"]]
            written = [s for part in parts for s in part] if all(parts) else []
            for src in plan["truth"] if written else ():  # (a type with a cut file is not parsed here)
                assert any(_has(s, src) for s in written), (t, src)
    assert all(len(v) >= 3 for v in seen.values()), seen


def _safe(path: Path, layout: str) -> list[Any]:
    text = path.read_text(encoding="utf-8")
    try:
        return _samples(text, layout)
    except (json.JSONDecodeError, StopIteration, IndexError):
        return []


def _has(obj: Any, path: str) -> bool:
    """Whether a field_map source path (dots, [], [key=label]) reaches a value in obj."""
    if not path:
        return True
    m = re.match(r"([^.\[]+)(\[\]|\[([^=\]]+)=([^\]]+)\])?\.?(.*)", path)
    assert m, path
    key, step, k, label, rest = m.groups()
    if not isinstance(obj, dict) or key not in obj:
        return False
    v = obj[key]
    if step == "[]":
        return isinstance(v, list) and any(_has(x, rest) for x in v)
    if step:
        return isinstance(v, list) and any(isinstance(x, dict) and str(x.get(k)) == label and _has(x, rest) for x in v)
    return _has(v, rest)


# --- validity by spec.yaml (an independent reading of its fields and rule tables) -----------------------------------


def _field(fs: dict[str, Any]) -> dict[str, Any]:
    if "ref" in fs:
        return {**SPEC["definitions"][fs["ref"]], **{k: v for k, v in fs.items() if k != "ref"}}
    return fs


def _range(fs: dict[str, Any]) -> tuple[float | None, float | None, str]:
    r = fs["range"]
    if isinstance(r, str):
        lo, hi = SPEC["scales"][r]
        return lo, hi, SPEC["range_reasons"].get(r, "value_out_of_range")
    return r[0], r[1], "value_out_of_range"


def _schema(obj: dict[str, Any], fields: dict[str, Any], required: bool = True) -> list[str]:
    errors = []
    for name, raw in fields.items():
        fs = _field(raw)
        v = obj.get(name)
        if v is None or v == "" or v == [] or v == {}:
            if required and fs.get("required"):
                errors.append("missing_required_field")
            continue
        kind = fs.get("type")
        if kind in ("number", "integer"):
            if isinstance(v, (str, bool)):
                errors.append("uncoercible_type")
                continue
            if isinstance(v, float) and not math.isfinite(v):
                errors.append("not_a_number")
                continue
            if "range" in fs:
                lo, hi, reason = _range(fs)
                if (lo is not None and v < lo) or (hi is not None and v > hi):
                    errors.append(reason)
        elif kind == "object" and "fields" in fs:
            errors += _schema(v, fs["fields"], fs.get("fields_required", True) is not False)
        elif kind == "array" and "items" in fs:
            item = _field(fs["items"])
            for x in v:
                errors += _schema(x, item["fields"])
        elif kind == "string":
            assert isinstance(v, str), (name, v)
    return errors


def _get(rec: dict[str, Any], path: str | list[str] | None) -> Any:
    for p in [path] if isinstance(path, str) else path or []:
        cur: Any = rec
        for k in p.split("."):
            cur = cur.get(k) if isinstance(cur, dict) else None
        if cur is not None:
            return cur
    return None


def _support_given(text: str) -> list[float]:
    """Numbers the constraint sentence states as support actually given (verbs, nouns and participles of spec.yaml)."""
    sg = SPEC["rules"]["capacity"]["support_given"]
    words = text.replace(",", " ").replace(";", " ").replace(":", " : ").split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower().strip(".")
        if lw in sg["verbs"] and not (i and words[i - 1].lower() in sg["modals"] + sg["negations"]):
            for x in words[i + 1 : i + 5]:
                n = re.match(r"^(\d+(?:\.\d+)?)", x)
                if n:
                    out.append(float(n.group(1)))
                    break
        if lw in sg["participles"] and i >= 2 and words[i - 1].lower().startswith("actual"):
            n = re.match(r"^(\d+(?:\.\d+)?)", words[i + 2] if words[i + 1] == ":" else words[i + 1])
            if n:
                out.append(float(n.group(1)))
    return out


def _rules(t: str, rec: dict[str, Any]) -> set[str]:
    """The rule ids a record of our schema violates, by the spec's rule tables."""
    roles = SPEC["types"][t]["roles"]
    out: set[str] = set()
    if "capacity" in roles["rules"] and t != "dramatic_irony":
        out |= _capacity_rules(roles, rec)
    if "irony" in roles["rules"]:
        out |= _irony_rules(roles, rec)
    if roles.get("tension"):
        out |= _tension_rules(roles, rec)
    if "memory" in roles:
        weights = SPEC["rules"]["memory"]["resonance_weights"]
        if rec["resonance_type"] not in weights:
            out.add("memory.resonance_type")
        elif abs(weights[rec["resonance_type"]] - rec["resonance_weight"]) > 1e-6:
            out.add("memory.resonance_weight")
    return out


def _capacity_rules(roles: dict[str, Any], rec: dict[str, Any]) -> set[str]:
    rules, out = SPEC["rules"], set()
    cap, labels = roles.get("capacity", {}), roles.get("labels", {})
    eff = _get(rec, cap.get("effective"))
    base, factors = _get(rec, cap.get("base")), _get(rec, cap.get("factors"))
    if None not in (base, factors, eff):
        want = min(10.0, max(0.0, base + sum(f["impact"] for f in factors)))
        if abs(want - eff) > 0.05:
            out.add("capacity.effective_formula")
    need, given = _get(rec, cap.get("support_needed")), _get(rec, cap.get("support_provided"))
    constraint = _get(rec, cap.get("constraint")) or ""
    target = _get(rec, labels.get("authenticity_target"))
    if eff is not None:
        limit = eff + rules["capacity"]["x_plus"]
        stated = [given] if given is not None else _support_given(constraint)
        shows_no_limit = target == "excellent" or (cap.get("constraint_required") and not constraint)
        if any(g > limit + 1e-9 for g in stated) or (need is not None and need > limit and shows_no_limit):
            out.add("capacity.x_plus_2")
        level = _get(rec, labels.get("capacity_level"))
        if level is not None:
            lo, hi = rules["capacity"]["buckets"][level]["accept"]
            if not lo <= eff <= hi and _nearest(eff) != level:
                out.add("capacity.bucket")
    score = _get(rec, cap.get("authenticity_score"))
    if target is not None and score is not None:
        lo, hi = rules["authenticity"]["buckets"][target]["accept"]
        if not lo <= score <= hi:
            out.add("authenticity.bucket")
    ctype = _get(rec, labels.get("complexity_type"))
    if ctype is not None and not any(ctype in v for v in rules["complexity_types"].values()):
        out.add("complexity.type")
    return out


def _irony_rules(roles: dict[str, Any], rec: dict[str, Any]) -> set[str]:
    irony, out = SPEC["rules"]["irony"], set()
    opts = irony["options"]
    if rec["knowledge_gap_score"] < irony["knowledge_gap_trigger"]:
        out.add("irony.knowledge_gap")
    for o in rec["response_options"]:
        if o["type"] not in opts:
            out.add("irony.option_type")
            continue
        lo, hi = opts[o["type"]]["relationship_impact"]
        if not lo - irony["impact_tolerance"] <= o["relationship_impact"] <= hi + irony["impact_tolerance"]:
            out.add("irony.relationship_impact")
    chosen = rec.get(roles["irony"]["recommended"])
    if chosen is not None:
        lo, hi = opts[chosen]["capacity"]
        c = rec["character_capacity"]
        if not (lo <= c < hi or c == hi == 10.0):
            out.add("irony.option_capacity")
    return out


def _tension_rules(roles: dict[str, Any], rec: dict[str, Any]) -> set[str]:
    hooks, tension, out = SPEC["rules"]["tension"]["hooks"], roles["tension"], set()
    hook = _get(rec, tension["hook_type"])
    if hook is not None and hook not in hooks:
        out.add("tension.hook_type")
    win = _get(rec, tension.get("payoff_window"))
    if hook in hooks and win is not None:
        lo, hi = hooks[hook]["payoff_weeks"]
        if not lo <= win["min"] <= win["max"] <= hi:
            out.add("tension.payoff_window")
    return out


def _nearest(eff: float) -> str:
    buckets = SPEC["rules"]["capacity"]["buckets"]
    return min(buckets, key=lambda b: max(buckets[b]["accept"][0] - eff, eff - buckets[b]["accept"][1], 0))


def _gate(t: str, rec: dict[str, Any]) -> str | None:
    spec = SPEC["types"][t]
    roles = spec["roles"]
    target = _get(rec, roles.get("labels", {}).get("authenticity_target"))
    auth_paths = {roles.get("capacity", {}).get("authenticity_score")}
    own = [p for p in roles["quality"] if p not in auth_paths and _get(rec, p) is not None]
    if own:
        return "below_quality_threshold" if _get(rec, own[0]) < spec["quality_threshold"] else None
    score = _get(rec, roles["quality"])
    if target is not None:
        lo, hi = SPEC["rules"]["authenticity"]["buckets"][target]["accept"]
        return None if lo <= score <= hi else "off_authenticity_target"
    return "below_quality_threshold" if score < spec["quality_threshold"] else None


@pytest.mark.parametrize("seed", range(1, 41))
def test_planted_outcomes_hold_by_the_spec(tmp_path: Path, seed: int) -> None:
    """Valid records pass every check of spec.yaml; each defect breaks exactly the check it is planted for."""
    m = write_fresh4_folder(tmp_path, seed, with_ours=True)
    for r in m["records"]:
        if r["expected"] == "lost" or r.get("reason") == "exact_duplicate":
            continue
        t, rec = r["data_type"], r["ours"]
        errors = _schema(rec, SPEC["types"][t]["fields"])
        if errors:
            assert r["expected"] == "reject" and errors == [r["reason"]], (r, errors)
            continue
        violations = _rules(t, rec)
        if r["expected"] == "flag":
            assert violations == {r["rule"]}, (r, violations)
            continue
        if r.get("reason") == "off_authenticity_target":  # the gate rejects it; the label rule flags it too
            violations -= {"authenticity.bucket"}
        assert not violations, (r, violations)
        gate = _gate(t, rec)
        assert gate == r.get("reason"), (r, gate)


def test_family_registered_in_the_eval() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_field_drift", REPO / "benchmarks" / "eval_field_drift.py")
    assert spec is not None and spec.loader is not None
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    module, writer, truth_key = ev.FAMILIES["fresh4"]
    assert (module, writer, truth_key) == ("field_drift_fresh4", "write_fresh4_folder", "truth")
