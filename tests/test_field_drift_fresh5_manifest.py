"""The fresh5 held-out writer (tests/field_drift_fresh5.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file written and holding as many
records as the manifest says), its true map must be complete and point at real fields of curation/domain/spec.yaml,
and its valid records must be valid by the spec's fields and rule tables (read here straight from the YAML, by a
small reading written for this test), each defect breaking the one check it is planted for.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))

from field_drift_fresh5 import BY_TYPE, TYPES, write_fresh5_folder  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((REPO / "curation" / "domain" / "spec.yaml").read_text(encoding="utf-8"))
REASONS = {"score_out_of_range", "capacity_out_of_range", "value_out_of_range", "below_quality_threshold",
           "off_authenticity_target", "exact_duplicate"}  # fmt: skip
SEEDS = [1, 2, 3]


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether the file ends inside a record)."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if path.suffix == ".md":
        body = text.split("```json\n", 1)[1]
        if "\n```" not in body:
            return [], True
        return _inner(json.loads(body.split("\n```", 1)[0])), False
    try:
        return _inner(json.loads(text)), False
    except json.JSONDecodeError:
        lines = text.splitlines()
        if len(lines) > 1 and lines[0].startswith("{") and lines[0].endswith("}"):  # JSON Lines
            out = []
            for line in lines:
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    return out, True
            return out, False
        return [], True


def _inner(doc: Any) -> list[Any]:
    """The records of a document: the first list of objects (depth first); JSON:API elements are their attributes."""
    if isinstance(doc, list):
        return [x.get("attributes", x) for x in doc]
    for v in doc.values():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            return [x.get("attributes", x) for x in v]
    return []


def _reaches(obj: Any, path: str) -> bool:
    """Whether a field_map source path (dots, [], [key=label]) reaches a value in obj."""
    if not path:
        return obj is not None
    head, _, rest = path.partition(".")
    key, bracket, sel = head.partition("[")
    if not isinstance(obj, dict) or key not in obj:
        return False
    v = obj[key]
    if not bracket:
        return _reaches(v, rest)
    if not isinstance(v, list):
        return False
    if sel == "]":
        return any(_reaches(x, rest) for x in v)
    k, _, label = sel.rstrip("]").partition("=")
    return any(isinstance(x, dict) and str(x.get(k)) == label and _reaches(x, rest) for x in v)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    a = write_fresh5_folder(tmp_path / "a", 2)
    b = write_fresh5_folder(tmp_path / "b", 2)
    write_fresh5_folder(tmp_path / "c", 3)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


@pytest.mark.parametrize("seed", SEEDS)
def test_manifest_adds_up_and_every_planted_record_is_in_its_file(tmp_path: Path, seed: int) -> None:
    m = write_fresh5_folder(tmp_path, seed)
    recs, c = m["records"], m["counts"]
    assert c["records"] == len(recs) == sum(c["by_expected"].values()) == sum(c["by_type"].values())
    assert sum(c["by_outcome"].values()) == len(recs)
    assert sum(c["by_defect"].values()) == sum(1 for r in recs if r["defect"])
    assert len({(r["file"], r["index"]) for r in recs}) == len(recs)  # the eval's key is unique
    assert len({Path(f).name for f in m["files"]}) == len(m["files"])
    assert set(c["by_type"]) == set(TYPES) == set(m["plans"])
    assert c["by_expected"]["lost"] == 2 and c["by_expected"]["keep"] >= 13 * len(TYPES)
    for r in recs:
        assert r["expected"] in ("keep", "reject", "flag", "lost")
        if r["expected"] == "reject":
            assert r["reason"] in REASONS
        if r["expected"] == "flag":
            assert r["rule"] in SPEC["rule_ids"]
    assert sorted(m["files"]) == sorted({f for p in m["plans"].values() for f in p["files"]})
    per_file = Counter(r["path"] for r in recs)
    assert sorted(per_file) == sorted(m["files"])
    for rel, n in per_file.items():
        assert (tmp_path / rel).is_file()
        written, cut = _records(tmp_path / rel)
        lost = [r for r in recs if r["path"] == rel and r["expected"] == "lost"]
        assert cut == bool(lost), rel
        if lost:
            assert lost[0]["index"] == n - 1
            assert len(written) in (0, n - 1)  # an object document cut inside: nothing parses whole
            continue
        assert len(written) == n, rel
        for r in recs:
            if r["path"] == rel and r.get("reason") == "exact_duplicate":
                assert written[r["index"]] in written[: r["index"]]


def _fields(fields: dict[str, Any], prefix: str = "") -> set[str]:
    """Every field path of a type in spec.yaml (objects dotted, array items as [])."""
    out = set()
    for name, raw in fields.items():
        fs = {**SPEC["definitions"][raw["ref"]], **raw} if "ref" in raw else raw
        path = prefix + name
        out.add(path)
        if "fields" in fs:
            out |= _fields(fs["fields"], path + ".")
        if "items" in fs:
            item = fs["items"]
            item = {**SPEC["definitions"][item["ref"]], **item} if "ref" in item else item
            out |= _fields(item.get("fields", {}), path + "[].")
    return out


def _required(fields: dict[str, Any], prefix: str = "") -> set[str]:
    out = set()
    for name, raw in fields.items():
        fs = {**SPEC["definitions"][raw["ref"]], **raw} if "ref" in raw else raw
        if fs.get("required"):
            out.add(prefix + name)
            if "fields" in fs and fs.get("fields_required", True):
                out |= _required(fs["fields"], prefix + name + ".")
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_true_map_is_complete_and_reaches_every_record(tmp_path: Path, seed: int) -> None:
    m = write_fresh5_folder(tmp_path, seed)
    for t, plan in m["plans"].items():
        truth = plan["truth"]
        known = _fields(SPEC["types"][t]["fields"])
        assert set(truth.values()) <= known, set(truth.values()) - known
        covered = {v.replace("[]", "") for v in truth.values()}
        for req in _required(SPEC["types"][t]["fields"]):
            assert any(c == req or c.startswith(req + ".") or req.startswith(c + ".") for c in covered), (t, req)
        theirs = [x for f in plan["files"] for x in _records(tmp_path / f)[0]]
        cut = any(r["expected"] == "lost" for r in m["records"] if r["data_type"] == t)
        assert theirs or cut, t  # (an object document cut inside parses nowhere whole)
        for src in truth:
            assert all(_reaches(x, src) for x in theirs), (t, src)
        ours_names = known | {a for fs in SPEC["types"][t]["fields"].values() for a in fs.get("aliases", [])}
        assert not set(truth) & ours_names, set(truth) & ours_names  # drift, not our names


def test_every_dialect_is_used_over_three_seeds(tmp_path: Path) -> None:
    seen = {t: set() for t in TYPES}
    for seed in SEEDS:
        for t, plan in write_fresh5_folder(tmp_path / str(seed), seed)["plans"].items():
            seen[t].add(plan["dialect"])
    assert seen == {t: set(v) for t, v in BY_TYPE.items()}


# --- validity by spec.yaml (this test's own reading of its fields and rule tables) ----------------------------------


def _get(rec: dict[str, Any], path: str | None) -> Any:
    cur: Any = rec
    for k in (path or "").split("."):
        cur = cur.get(k) if isinstance(cur, dict) else None
    return cur


def _schema(obj: dict[str, Any], fields: dict[str, Any]) -> list[str]:
    errors = []
    for name, raw in fields.items():
        fs = {**SPEC["definitions"][raw["ref"]], **raw} if "ref" in raw else raw
        v = obj.get(name)
        if v in (None, "", [], {}):
            if fs.get("required"):
                errors.append("missing_required_field")
            continue
        if fs.get("type") in ("number", "integer"):
            assert isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v), (name, v)
            if fs.get("type") == "integer":
                assert isinstance(v, int), (name, v)
            r = fs.get("range")
            if r is not None:
                lo, hi = SPEC["scales"][r] if isinstance(r, str) else r
                if (lo is not None and v < lo) or (hi is not None and v > hi):
                    errors.append(SPEC["range_reasons"].get(r, "value_out_of_range"))
        elif "fields" in fs:
            errors += _schema(v, fs["fields"])
        elif "items" in fs:
            item = {**SPEC["definitions"][fs["items"]["ref"]], **fs["items"]} if "ref" in fs["items"] else fs["items"]
            for x in v:
                errors += _schema(x, item["fields"])
        else:
            assert isinstance(v, str), (name, v)
    return errors


def _first(rec: dict[str, Any], paths: Any) -> Any:
    for p in [paths] if isinstance(paths, str) else paths or []:
        v = _get(rec, p)
        if v is not None:
            return v
    return None


def _violations(t: str, rec: dict[str, Any]) -> set[str]:
    roles = SPEC["types"][t]["roles"]
    out = _capacity(t, roles, rec)
    if "irony" in roles:
        out |= _irony(rec)
    if "tension" in roles:
        out |= _tension(roles, rec)
    if "memory" in roles:
        weights = SPEC["rules"]["memory"]["resonance_weights"]
        if rec["resonance_type"] not in weights:
            out.add("memory.resonance_type")
        elif abs(weights[rec["resonance_type"]] - rec["resonance_weight"]) > 1e-9:
            out.add("memory.resonance_weight")
    return out


def _capacity(t: str, roles: dict[str, Any], rec: dict[str, Any]) -> set[str]:
    rules, out = SPEC["rules"], set()
    cap, labels = roles.get("capacity", {}), roles.get("labels", {})
    eff = _get(rec, cap.get("effective"))
    base, factors = _get(rec, cap.get("base")), _get(rec, cap.get("factors"))
    if None not in (base, factors, eff) and abs(min(10, max(0, base + sum(f["impact"] for f in factors))) - eff) > 0.05:
        out.add("capacity.effective_formula")
    target = _first(rec, labels.get("authenticity_target"))
    need, given = _get(rec, cap.get("support_needed")), _get(rec, cap.get("support_provided"))
    if eff is not None and t != "dramatic_irony":
        limit = eff + rules["capacity"]["x_plus"]
        if (given is not None and given > limit) or (need is not None and need > limit and target == "excellent"):
            out.add("capacity.x_plus_2")
        level = _first(rec, labels.get("capacity_level"))
        if level is not None:
            lo, hi = rules["capacity"]["buckets"][level]["accept"]
            if not lo <= eff <= hi:
                out.add("capacity.bucket")
    score = _get(rec, cap.get("authenticity_score"))
    if target is not None and score is not None:
        lo, hi = rules["authenticity"]["buckets"][target]["accept"]
        if not lo <= score <= hi:
            out.add("authenticity.bucket")
    ctype = _first(rec, labels.get("complexity_type"))
    if ctype is not None and not any(ctype in v for v in rules["complexity_types"].values()):
        out.add("complexity.type")
    return out


def _irony(rec: dict[str, Any]) -> set[str]:
    irony, out = SPEC["rules"]["irony"], set()
    if rec["knowledge_gap_score"] < irony["knowledge_gap_trigger"]:
        out.add("irony.knowledge_gap")
    assert sorted(o["type"] for o in rec["response_options"]) == sorted(irony["options"])
    for o in rec["response_options"]:
        lo, hi = irony["options"][o["type"]]["relationship_impact"]
        if not lo <= o["relationship_impact"] <= hi:
            out.add("irony.relationship_impact")
    lo, hi = irony["options"][rec["recommended_option"]]["capacity"]
    if not lo <= rec["character_capacity"] < hi:
        out.add("irony.option_capacity")
    return out


def _tension(roles: dict[str, Any], rec: dict[str, Any]) -> set[str]:
    hooks = SPEC["rules"]["tension"]["hooks"]
    hook, win = _get(rec, roles["tension"]["hook_type"]), _get(rec, roles["tension"].get("payoff_window"))
    if hook not in hooks:
        return {"tension.hook_type"}
    lo, hi = hooks[hook]["payoff_weeks"]
    return set() if win is None or lo <= win["min"] <= win["max"] <= hi else {"tension.payoff_window"}


def _gate(t: str, rec: dict[str, Any]) -> str | None:
    """The quality gate, spectrum-aware (docs/interaction-formats.md)."""
    spec = SPEC["types"][t]
    roles = spec["roles"]
    auth = roles.get("capacity", {}).get("authenticity_score")
    own = [p for p in roles["quality"] if p != auth and _get(rec, p) is not None]
    if own:
        return "below_quality_threshold" if _get(rec, own[0]) < spec["quality_threshold"] else None
    target = _first(rec, roles.get("labels", {}).get("authenticity_target"))
    if target is not None:
        lo, hi = SPEC["rules"]["authenticity"]["buckets"][target]["accept"]
        return None if lo <= _get(rec, auth) <= hi else "off_authenticity_target"
    return "below_quality_threshold" if _first(rec, roles["quality"]) < spec["quality_threshold"] else None


@pytest.mark.parametrize("seed", SEEDS)
def test_planted_outcomes_hold_by_the_spec(tmp_path: Path, seed: int) -> None:
    m = write_fresh5_folder(tmp_path, seed, with_ours=True)
    for r in m["records"]:
        t, rec = r["data_type"], r["ours"]
        errors = _schema(rec, SPEC["types"][t]["fields"])
        if r["expected"] == "lost" or r.get("reason") == "exact_duplicate":
            assert not errors and not _violations(t, rec) and _gate(t, rec) is None, r
            continue
        if errors:
            assert r["expected"] == "reject" and errors == [r["reason"]], (r, errors)
            continue
        found = _violations(t, rec)
        if r["expected"] == "flag":
            assert found == {r["rule"]}, (r, found)
            continue
        if r.get("reason") == "off_authenticity_target":
            found -= {"authenticity.bucket"}
        assert not found, (r, found)
        assert _gate(t, rec) == r.get("reason"), r


def test_family_registered_in_the_eval() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_field_drift", REPO / "benchmarks" / "eval_field_drift.py")
    assert spec is not None and spec.loader is not None
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    assert ev.FAMILIES["fresh5"] == ("field_drift_fresh5", "write_fresh5_folder", "truth")
