"""The fresh8 held-out writer (tests/field_drift_fresh8.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record, every written value must read back to ours by the readings docs/interaction-formats.md
documents (read here by a small reader of this test's own), no key of a dialect (nor an extra, a note or a pair
label) may be a name or alias of ours, and its records must be valid or broken by the spec's ranges and rule tables
exactly as planted (read here straight from the YAML).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))

import drift_manifest_checks as checks  # noqa: E402
from field_drift_fresh8 import BY_TYPE, DIALECTS, EXTRAS, TYPES, truth_map, write_fresh8_folder  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((REPO / "curation" / "domain" / "spec.yaml").read_text(encoding="utf-8"))
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


def _first_list(doc: Any) -> list[Any] | None:
    """The first list of objects in a document (depth first): where the writer's envelopes keep the records."""
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):
        for v in doc.values():
            found = _first_list(v) if isinstance(v, (dict, list)) else None
            if found is not None:
                return found
    return None


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them (a fenced array, JSON Lines, an array somewhere in an envelope)."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if path.suffix == ".md":
        return json.loads(text.split("```json\n", 1)[1].split("\n```", 1)[0]), False
    if text.split("\n", 1)[0].strip() not in ("{", "["):  # JSON Lines (.jsonl, or lines in a .json file)
        out = []
        for line in text.splitlines():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                return out, True
        return out, False
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        first = re.search(r"\[\s*\{", text)
        assert first, path
        return _complete_elements(text, first.start() + 1), True
    rows = _first_list(doc)
    assert rows is not None, path
    return rows, False


def _steps(path: str) -> list[str]:
    return re.split(r"(?<!\\)\.", path)


def _walk(obj: Any, steps: list[str]) -> list[Any]:
    """Every value a field_map source path (dots, "\\.", [], [key=label]) reaches in obj."""
    if not steps:
        return [] if obj is None else [obj]
    head, rest = steps[0], steps[1:]
    m = re.fullmatch(r"(.+?)\[(.*)\]", head)
    key = (m[1] if m else head).replace("\\.", ".")
    if not isinstance(obj, dict) or key not in obj:
        return []
    v = obj[key]
    if not m:
        return _walk(v, rest)
    if not isinstance(v, list):
        return []
    if m[2] == "":
        return [y for x in v for y in _walk(x, rest)]
    k, _, label = m[2].partition("=")
    return [y for x in v if isinstance(x, dict) and str(x.get(k)).lower() == label.lower() for y in _walk(x, rest)]


def _ours(rec: dict[str, Any], target: str) -> list[Any]:
    """Our values at a target path ("a.b", "a[].b")."""
    node: Any = [rec]
    for part in target.split("."):
        nxt: list[Any] = []
        for n in node:
            key, many = (part[:-2], True) if part.endswith("[]") else (part, False)
            v = n.get(key) if isinstance(n, dict) else None
            if v is None:
                continue
            nxt += v if many else [v]
        node = nxt
    return node


#: our path -> its scale name (score, capacity, level ...), over every type: "7/10" is 0.7 in a score, 7 in a capacity
SCALES: dict[str, str] = {}


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
            if isinstance(f.get("range"), str):
                SCALES[path] = f["range"]
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


for _t in TYPES:
    _fields(_t)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    a = write_fresh8_folder(tmp_path / "a", 2)
    b = write_fresh8_folder(tmp_path / "b", 2)
    write_fresh8_folder(tmp_path / "c", 3)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


@pytest.mark.parametrize("seed", SEEDS)
def test_manifest_adds_up_and_every_planted_record_is_in_its_file(tmp_path: Path, seed: int) -> None:
    m = write_fresh8_folder(tmp_path, seed)
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
    boms = [rel for rel in m["files"] if (tmp_path / rel).read_bytes().startswith(b"\xef\xbb\xbf")]
    assert len(boms) == 1 and b"\r\n" in (tmp_path / boms[0]).read_bytes()
    for rel, n in per_file.items():
        got, cut = _records(tmp_path / rel)
        lost = sum(1 for r in recs if r["path"] == rel and r["expected"] == "lost")
        assert cut == bool(lost), rel
        assert len(got) == n - lost, rel
        for r in recs:
            if r["path"] == rel and r["defect"] == "exact_duplicate":  # byte for byte an earlier record of its file
                assert got[r["index"]] in got[: r["index"]]
            elif r["path"] == rel and r["expected"] != "lost":
                assert got[r["index"]] not in got[: r["index"]]


@pytest.mark.parametrize("seed", SEEDS)
def test_true_map_points_at_spec_fields_and_reaches_every_valid_record(tmp_path: Path, seed: int) -> None:
    m = write_fresh8_folder(tmp_path, seed, with_ours=True)
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
                lines = truth_map(DIALECTS[r["dialect"]])
                assert lines.items() <= plan["truth"].items()
                for theirs, target in lines.items():
                    if _ours(r["ours"], target):  # else an optional field this record leaves out
                        assert _walk(got[r["index"]], _steps(theirs)), (dtype, theirs)


@pytest.mark.parametrize("seed", [2, 3, 4])
def test_the_other_prompt_version_reaches_nothing(tmp_path: Path, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    m = write_fresh8_folder(tmp_path, seed)
    files = {rel: _records(tmp_path / rel)[0] for rel in m["files"]}
    for r in m["records"]:
        if r["expected"] == "lost":
            continue
        (other,) = set(BY_TYPE[r["data_type"]]) - {r["dialect"]}
        for theirs in truth_map(DIALECTS[other]):
            assert not _walk(files[r["path"]][r["index"]], _steps(theirs)), (r["dialect"], theirs)


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    s = re.sub(r"\s*(weeks ago|wks|w|years old)$", "", s)
    if m := re.fullmatch(r"(\S+)\s*(?:/|out of)\s*(10|5)", s):
        v, d = float(m[1].replace(",", ".")), int(m[2])
        return v / d if scale == "score" else v
    if m := re.fullmatch(r"(\S+?)\s*(%| percent)", s):
        return float(m[1]) / 100
    return float(s.replace(",", "."))


def _label(text: str) -> str:
    return text.lower().replace("-", "_").replace(" ", "_")


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "hook_type")):
        return _label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window written as text
        lo, hi = map(float, re.fullmatch(r"between (\S+) and (\S+) weeks", theirs).groups())  # type: ignore[union-attr]
        return (lo, hi) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors: a name -> impact table, "name (+1.5)" texts, or items
        if isinstance(theirs, dict):
            return theirs == {f["factor"]: f["impact"] for f in ours}
        if theirs and isinstance(theirs[0], str):
            return [re.fullmatch(r"(.+) \(([+-][\d.]+)\)", t).groups() for t in theirs] == [  # type: ignore[union-attr]
                (f["factor"], f"{f['impact']:+g}") for f in ours
            ]
        return len(theirs) == len(ours)
    return abs(_number(theirs, SCALES.get(target, "")) - ours) < 1e-9


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_every_written_value_reads_back_to_ours(tmp_path: Path, seed: int) -> None:
    """Numbers, labels, windows and factor forms are the documented lossless readings of our value."""
    m = write_fresh8_folder(tmp_path, seed, with_ours=True)
    files = {rel: _records(tmp_path / rel)[0] for rel in m["files"]}
    checked = 0
    for r in m["records"]:
        if r["expected"] != "keep" or r["note"] == "mojibake":
            continue
        rec = files[r["path"]][r["index"]]
        for theirs, target in truth_map(DIALECTS[r["dialect"]]).items():
            want, got = _ours(r["ours"], target), _walk(rec, _steps(theirs))
            assert len(want) == len(got), (r["dialect"], theirs)
            for o, t in zip(want, got, strict=True):
                assert _reads_back(t, o, target), (r["dialect"], theirs, t, o)
                checked += 1
    assert checked > 1000


def test_every_dialect_is_used_over_three_seeds_and_both_versions_meet(tmp_path: Path) -> None:
    plans = [write_fresh8_folder(tmp_path / str(s), s)["plans"] for s in (1, 2, 3)]
    used = {d for p in plans for plan in p.values() for d in plan["dialect"].split("+")}
    assert used == {d for ds in BY_TYPE.values() for d in ds} == set(DIALECTS)
    both = [t for p in plans for t, plan in p.items() if "+" in plan["dialect"]]
    assert sorted(both) == sorted(TYPES)  # every type meets its two prompt versions in one folder once in 3 seeds


def test_family_registered_in_the_eval() -> None:
    text = (REPO / "benchmarks" / "eval_field_drift.py").read_text(encoding="utf-8")
    assert '"fresh8": ("field_drift_fresh8", "write_fresh8_folder", "truth")' in text


def test_their_keys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a dialect's key (nor a label in it, an extra or a note key) names ours."""
    for dtype, names in BY_TYPE.items():
        ours = _names_and_aliases(SPEC["types"][dtype]["fields"])
        for dname in names:
            dialect = DIALECTS[dname]
            keys = [*truth_map(dialect), *EXTRAS[dialect["extras"]], *([dialect["note"]] if dialect["note"] else [])]
            for theirs in keys:
                parts = {p.lower() for p in re.split(r"[\[\]=.\\ ]", theirs) if p}
                assert not parts & ours, (dname, theirs, parts & ours)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:gives|provides|hands over)\s+(\d+(?:\.\d+)?)")


@pytest.mark.parametrize("seed", [*SEEDS, 7, 11, 26])
def test_planted_outcomes_hold_by_the_spec(tmp_path: Path, seed: int) -> None:
    m = write_fresh8_folder(tmp_path, seed, with_ours=True)
    answers = {t: SPEC["types"][t]["roles"]["answer"].split(".")[0] for t in TYPES}
    for r in m["records"]:
        rec, dtype = r["ours"], r["data_type"]
        if r["defect"] == "missing_answer":
            assert answers[dtype] not in rec
            assert r["reason"] == "missing_required_field"
            continue
        broken = checks.broken(dtype, rec, GIVEN, first_reading=True)
        if r["expected"] in ("keep", "lost") or r["defect"] == "exact_duplicate":
            assert broken == set(), (dtype, r, broken)
        elif r["expected"] == "flag":
            assert r["rule"] in broken, (dtype, r, broken)
            assert not broken & {
                "score_out_of_range",
                "capacity_out_of_range",
                "value_out_of_range",
                "not_a_number",
                "below_quality_threshold",
                "off_authenticity_target",
            }, (dtype, r, broken)
        else:
            assert r["reason"] in broken, (dtype, r, broken)
            assert not {b for b in broken if "." in b} - {"authenticity.bucket"}, (dtype, r, broken)


def test_both_x_plus_2_forms_are_planted(tmp_path: Path) -> None:
    """An excellent target whose need exceeds X+2, and support given above X+2 as a number and as a sentence."""
    seen = Counter(
        r["defect"]
        for s in range(1, 9)
        for r in write_fresh8_folder(tmp_path / str(s), s)["records"]
        if r.get("rule") == "capacity.x_plus_2"
    )
    assert {"x_plus_2_excellent", "x_plus_2_given_field", "x_plus_2_given_sentence", "x_plus_2_need"} <= set(seen)


def test_mojibake_answers_are_exact_repairs(tmp_path: Path) -> None:
    ftfy = pytest.importorskip("ftfy")
    notes, encodings = 0, Counter[str]()
    for seed in range(1, 6):
        m = write_fresh8_folder(tmp_path / str(seed), seed, with_ours=True)
        files = {rel: _records(tmp_path / str(seed) / rel)[0] for rel in m["files"]}
        for r in m["records"]:
            if r["note"] == "mojibake":
                notes += 1
                answer = SPEC["types"][r["data_type"]]["roles"]["answer"]
                (text,) = _ours(r["ours"], answer)
                (bad,) = _walk(
                    files[r["path"]][r["index"]],
                    _steps(next(t for t, o in truth_map(DIALECTS[r["dialect"]]).items() if o == answer)),
                )
                assert bad == text.encode("utf-8").decode(r["mojibake_as"])
                encodings[r["mojibake_as"]] += 1
                assert ftfy.fix_encoding(bad) == text != bad
    assert notes > 0 and set(encodings) == {"cp1252", "mac_roman"}
