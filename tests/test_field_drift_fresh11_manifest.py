"""The fresh11 held-out writer (tests/field_drift_fresh11.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record, every written value, planted defects included, must read back to ours by the readings
docs/interaction-formats.md documents (read here by a small reader of this test's own, which knows `[N]`, `{}` and
`[key=label]` steps, "82 %", "6.5 of 10", decimal commas, a typographic minus and the week and age units), a
planted unreadable score must not read, no key part of a dialect (nor a decoy, a pipeline extra or a pair label) may
be a name or alias of ours or a string of an earlier family's files, the decoys beside the answer must be there and
differ from it, the folder sizes and the file mess must be what the docstring promises, and its records must be
valid or broken by the spec's ranges and rule tables exactly as planted (read here straight from the YAML).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))

from field_drift_fresh11 import (  # noqa: E402
    ANSWER,
    ASCII_TEAMS,
    BY_TYPE,
    DIALECTS,
    STAGE,
    TEAM_EXTRAS,
    TYPES,
    _layout,
    truth_map,
    write_fresh11_folder,
)

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


def _first_list(doc: Any) -> list[Any] | None:
    """The first list in a document (depth first): where the writer's envelopes keep the records."""
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
    knows the writer writes them (a Qwen3 answer: think block, fence, perhaps a trailing comma and a block comment;
    JSON Lines; an array somewhere in an envelope)."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if text.startswith("<think>"):
        assert "</think>" in text and "{" not in text.split("</think>", 1)[0], path
        body = re.sub(r"\n  /\* [^\n]* \*/", "", text.split("```json\n", 1)[1])  # a comment between records
        if "\n```" not in body:  # cut by the end of the answer
            return _complete_elements(body, body.index("[") + 1), True
        body = re.sub(r"\},\n\]$", "}\n]", body.split("\n```", 1)[0])
        return json.loads(body), False
    if text.split("\n", 1)[0].strip() not in ("{", "["):  # JSON Lines
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
    """Every value a field_map source path reaches in obj: dots, "[]", "[N]", "[key=label]" (label compared without
    case), "{}" (the keys of an object keyed by label when it ends the path, else its values)."""
    if not steps:
        return [] if obj is None else [obj]
    head, rest = steps[0], steps[1:]
    m = re.fullmatch(r"(.+?)(?:\[(.*)\]|(\{\}))", head)
    key = (m[1] if m else head).replace("\\.", ".")
    if not isinstance(obj, dict) or key not in obj:
        return []
    v = obj[key]
    if not m:
        return _walk(v, rest)
    if m[3]:
        if not isinstance(v, dict):
            return []
        return list(v) if not rest else [y for x in v.values() for y in _walk(x, rest)]
    if not isinstance(v, list):
        return []
    if m[2] == "":
        return [y for x in v for y in _walk(x, rest)]
    if m[2].isdigit():
        return _walk(v[int(m[2])], rest) if int(m[2]) < len(v) else []
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


#: our path -> its scale name (score, capacity, level ...), every type: "7 of 10" is 0.7 in a score, 7 in a capacity
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


def _squash(name: str) -> str:
    """A name as a lenient reader may compare it: case and separators gone (npcResponse == npc_response)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _names_and_aliases(fields: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for name, f in fields.items():
        if "ref" in f:
            f = {**SPEC["definitions"][f["ref"]], **f}
        out |= {_squash(name), *(_squash(a) for a in f.get("aliases", []))}
        out |= _names_and_aliases(f.get("fields", {}))
        items = f.get("items") or {}
        items = {**SPEC["definitions"][items["ref"]], **items} if "ref" in items else items
        out |= _names_and_aliases(items.get("fields", {}))
    return out


for _t in TYPES:
    _fields(_t)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], tuple[Path, dict[str, Any]]]:
    """One folder per seed for the whole module (with our records in the manifest): written once, read by many."""
    cache: dict[int, tuple[Path, dict[str, Any]]] = {}

    def get(seed: int) -> tuple[Path, dict[str, Any]]:
        if seed not in cache:
            folder = tmp_path_factory.mktemp(f"seed{seed}")
            cache[seed] = folder, write_fresh11_folder(folder, seed, with_ours=True)
        return cache[seed]

    return get


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    a = write_fresh11_folder(tmp_path / "a", 2)
    b = write_fresh11_folder(tmp_path / "b", 2)
    write_fresh11_folder(tmp_path / "c", 3)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh11.py OUT --seed N`: the folder and its manifest beside it, the same bytes
    whatever PYTHONHASHSEED is (no set or dict order of str keys decides anything)."""
    digests = []
    for hash_seed in ("0", "4242"):
        out = tmp_path / f"h{hash_seed}" / "drop"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run(
            [sys.executable, str(Path(__file__).parent / "field_drift_fresh11.py"), str(out), "--seed", "6"],
            check=True,
            env=env,
            capture_output=True,
        )
        side = out.parent / "drop.fresh11.manifest.json"
        digests.append((_digest(out), hashlib.sha256(side.read_bytes()).hexdigest()))
    assert digests[0] == digests[1] and digests[0][0]


@pytest.mark.parametrize("seed", [*SEEDS, 4, 8])
def test_manifest_adds_up_and_every_planted_record_is_in_its_file(made: Any, seed: int) -> None:
    folder, m = made(seed)
    recs, c = m["records"], m["counts"]
    assert c["records"] == len(recs) == sum(c["by_expected"].values()) == sum(c["by_type"].values())
    assert sum(c["by_outcome"].values()) == len(recs)
    assert sum(c["by_defect"].values()) == sum(1 for r in recs if r["defect"])
    assert len({(r["file"], r["index"]) for r in recs}) == len(recs)  # the eval's key is unique
    assert len({Path(f).name for f in m["files"]}) == len(m["files"])
    assert set(c["by_type"]) == set(m["plans"]) <= set(TYPES) and len(m["plans"]) >= 5
    assert c["by_expected"]["lost"] == 1 and c["by_expected"]["keep"] >= 3 * len(m["plans"])
    reasons = {
        "exact_duplicate",
        "missing_required_field",
        "below_quality_threshold",
        "off_authenticity_target",
        "not_a_number",
        "uncoercible_type",
        "value_out_of_range",
        *SPEC["range_reasons"].values(),
    }
    for r in recs:
        assert r["expected"] in ("keep", "reject", "flag", "lost")
        assert r["expected"] != "flag" or r["rule"] in SPEC["rule_ids"]
        assert r["expected"] != "reject" or r["reason"] in reasons
    per_file = Counter(r["path"] for r in recs)
    assert sorted(per_file) == sorted(m["files"])
    boms = [rel for rel in m["files"] if (folder / rel).read_bytes().startswith(b"\xef\xbb\xbf")]
    assert len(boms) == 1 and b"\r\n" in (folder / boms[0]).read_bytes()
    files = {rel: _records(folder / rel) for rel in per_file}
    for rel, n in per_file.items():
        got, cut = files[rel]
        lost = sum(1 for r in recs if r["path"] == rel and r["expected"] == "lost")
        assert cut == bool(lost) == ("cut" in m["mess"][rel]), rel
        assert len(got) == n - lost, rel
        for r in recs:
            if r["path"] == rel and r["defect"] == "exact_duplicate" and r["dup_of"] == rel:
                assert got[r["index"]] in got[: r["index"]]  # byte for byte an earlier record of its file
            elif r["path"] == rel and r["defect"] == "exact_duplicate":  # ... or of an earlier file beside it
                earlier = Path(r["dup_of"])
                assert earlier.parent == Path(rel).parent and earlier.name < Path(rel).name
                assert got[r["index"]] in files[r["dup_of"]][0] and got[r["index"]] not in got[: r["index"]]
            elif r["path"] == rel and r["expected"] != "lost":
                assert got[r["index"]] not in got[: r["index"]]


@pytest.mark.parametrize("seed", SEEDS)
def test_no_two_records_alike_in_our_fields_but_the_planted_duplicates(made: Any, seed: int) -> None:
    """A duplicate is planted, never an accident: two records differ in their own fields unless one copies the other."""
    folder, m = made(seed)
    keys = [
        json.dumps([r["data_type"], r["ours"]], sort_keys=True)
        for r in m["records"]
        if r["defect"] != "exact_duplicate"
    ]
    assert len(keys) == len(set(keys))


def test_folder_sizes_and_prompt_versions_vary_over_the_seeds() -> None:
    """Types absent, of 3-6 records, of 200+; one version or both in a folder (the layout drawn before anything)."""
    layouts = {s: _layout(random.Random(f"fresh11/{s}"), s) for s in range(1, 41)}
    assert all(5 <= len(lay) <= 7 for lay in layouts.values())
    assert sum(len(lay) < 7 for lay in layouts.values()) >= 10
    sizes = Counter(size for lay in layouts.values() for _, size, _ in lay)
    assert sizes["tiny"] >= 15 and sizes["large"] >= 8 and sizes["normal"] >= 150
    assert all(sum(size == "large" for _, size, _ in lay) <= 1 for lay in layouts.values())
    both = {t for lay in layouts.values() for t, _, names in lay if len(names) == 2}
    assert both == set(TYPES)
    assert all(len(names) == 1 for lay in layouts.values() for _, size, names in lay if size == "tiny")


def test_tiny_and_large_types_hold_what_they_say(made: Any) -> None:
    big = next(
        s for s in range(1, 41) if any(size == "large" for _, size, _ in _layout(random.Random(f"fresh11/{s}"), s))
    )
    sizes: Counter[str] = Counter()
    for seed in (big, 1, 2):
        _, m = made(seed)
        for dtype, plan in m["plans"].items():
            valid = sum(1 for r in m["records"] if r["data_type"] == dtype and r["expected"] == "keep")
            lo, hi = {"tiny": (3, 6), "normal": (15, 60), "large": (200, 260)}[plan["size"]]
            assert lo <= valid <= hi, (dtype, plan["size"], valid)
            assert plan["size"] != "large" or len(plan["files"]) >= 6
            sizes[plan["size"]] += 1
    assert set(sizes) == {"tiny", "normal", "large"}


@pytest.mark.parametrize("seed", SEEDS)
def test_true_map_points_at_spec_fields_and_reaches_every_valid_record(made: Any, seed: int) -> None:
    folder, m = made(seed)
    for dtype, plan in m["plans"].items():
        ours = _fields(dtype)
        for theirs, target in plan["truth"].items():
            assert target in ours, (dtype, target)
            assert theirs != target
        for rel in plan["files"]:
            got, _ = _records(folder / rel)
            for r in m["records"]:
                if r["path"] != rel or r["expected"] != "keep":
                    continue
                lines = truth_map(DIALECTS[r["dialect"]])
                assert lines.items() <= plan["truth"].items()
                for theirs, target in lines.items():
                    if _ours(r["ours"], target):  # else an optional field this record leaves out
                        assert _walk(got[r["index"]], _steps(theirs)), (dtype, theirs)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    folder, m = made(seed)
    files = {rel: _records(folder / rel)[0] for rel in m["files"]}
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
    s = re.sub(r"\s*(?:wks back|weeks earlier|w|yrs old|yrs)$", "", s)
    s = re.sub(r"(\d),(\d)", r"\1.\2", s)  # a decimal comma
    if m := re.fullmatch(r"(\S+)\s*(?:/|of)\s*(10|5)", s):
        v, d = float(m[1]), int(m[2])
        return v / d if scale == "score" else v
    if m := re.fullmatch(r"(\S+?)\s*%", s):
        return float(m[1]) / 100
    return float(s)


def _label(text: str) -> str:
    return text.lower().replace("-", "_").replace(" ", "_")


def _factor(text: str) -> tuple[str, float]:
    """A factor text with its sign first ("-2.5 avalanche warning") or last ("a fine -1.5")."""
    if m := re.fullmatch(r"([+-][\d.]+) (.+)", text):
        return m[2], float(m[1])
    m = re.fullmatch(r"(.+) ([+-][\d.]+)", text)
    assert m, text
    return m[1], float(m[2])


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "hook_type")):
        return _label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text or as a list
        if isinstance(theirs, list):
            return theirs == [ours["min"], ours["max"]]
        lo, hi = map(float, re.fullmatch(r"weeks (\S+)-(\S+)", theirs).groups())  # type: ignore[union-attr]
        return (lo, hi) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors: sign-first or sign-last texts, or items
        if theirs and isinstance(theirs[0], str):
            return [_factor(t) for t in theirs] == [(f["factor"], f["impact"]) for f in ours]
        return len(theirs) == len(ours)
    if isinstance(ours, float) and math.isnan(ours):
        return isinstance(theirs, float) and math.isnan(theirs)
    return abs(_number(theirs, SCALES.get(target, "")) - ours) < 1e-9


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_every_written_value_reads_back_to_ours_planted_defects_included(made: Any, seed: int) -> None:
    """Numbers, labels, windows and factor forms are the documented lossless readings of our value; a planted
    value is in the bytes as planted (an out-of-range number written plain), a missing answer is absent."""
    folder, m = made(seed)
    files = {rel: _records(folder / rel)[0] for rel in m["files"]}
    checked, planted = 0, 0
    for r in m["records"]:
        if r["expected"] == "lost" or r["note"] == "mojibake":
            continue
        rec = files[r["path"]][r["index"]]
        for theirs, target in truth_map(DIALECTS[r["dialect"]]).items():
            want, got = _ours(r["ours"], target), _walk(rec, _steps(theirs))
            assert len(want) == len(got), (r["dialect"], theirs)
            for o, t in zip(want, got, strict=True):
                if target in r.get("written", {}):  # planted as text no documented reading takes
                    assert t == r["written"][target]
                    with pytest.raises(ValueError):
                        _number(t, SCALES[target])
                else:
                    assert _reads_back(t, o, target), (r["dialect"], theirs, t, o)
                checked += 1
                planted += bool(r["defect"])
        if r["defect"] == "missing_answer":
            answer = next(t for t, o in truth_map(DIALECTS[r["dialect"]]).items() if o == ANSWER[r["data_type"]])
            assert not _walk(rec, _steps(answer))
    assert checked > 1000 and planted > 100


def test_every_dialect_is_used_and_both_versions_meet() -> None:
    layouts = [_layout(random.Random(f"fresh11/{s}"), s) for s in range(1, 7)]
    used = {d for lay in layouts for _, _, names in lay for d in names}
    assert used == {d for ds in BY_TYPE.values() for d in ds} == set(DIALECTS)
    assert set(BY_TYPE) == set(TYPES)
    teams = Counter(DIALECTS[d]["team"] for d in DIALECTS)
    assert len(teams) == 3 and min(teams.values()) >= 4  # each studio writes several types, in its own habits


def test_family_registered_in_the_eval() -> None:
    text = (REPO / "benchmarks" / "eval_field_drift.py").read_text(encoding="utf-8")
    assert '"fresh11": ("field_drift_fresh11", "write_fresh11_folder", "truth"),' in text


def _key_parts(dialect: dict[str, Any]) -> list[tuple[str, set[str]]]:
    keys = [*truth_map(dialect), *(k for k, _, _ in dialect["decoys"]), *TEAM_EXTRAS[dialect["team"]]]
    return [(k, {p for p in re.split(r"[\[\]{}=.\\ ]", k) if p and not p.isdigit()}) for k in keys]


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a pair label, a decoy or an extra included) names ours, even with
    case and separators ignored (`npcResponse` would be our alias npc_response)."""
    for dtype, names in BY_TYPE.items():
        ours = _names_and_aliases(SPEC["types"][dtype]["fields"])
        for dname in names:
            for key, parts in _key_parts(DIALECTS[dname]):
                clash = {p for p in parts if _squash(p) and _squash(p) in ours}
                assert not clash, (dname, key, clash)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    earlier: set[str] = set()
    for f in sorted(Path(__file__).parent.glob("*field_drift*.py")):
        later = re.search(r"fresh(\d+)", f.name)
        if (later and int(later[1]) >= 11) or "probe" in f.name:
            continue  # this family, and those written after it (they were checked against it, not it against them)
        for m in re.finditer(r"""["']([^"'\n]{1,80})["']""", f.read_text(encoding="utf-8")):
            earlier |= {p.lower() for p in re.split(r"[.\[\]{}=\\]", m[1]) if p}
    for dname, dialect in DIALECTS.items():
        for key, parts in _key_parts(dialect):
            assert not {p for p in parts if p.lower() in earlier}, (dname, key)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: turned-down answers that differ from the final one, 0-1 figures
    in the score's own written form, small integers, a narrator's line."""
    folder, m = made(seed)
    files = {rel: _records(folder / rel)[0] for rel in m["files"]}
    for r in m["records"]:
        if r["expected"] == "lost":
            continue
        rec, dialect = files[r["path"]][r["index"]], DIALECTS[r["dialect"]]
        answer = next(t for t, o in truth_map(dialect).items() if o == ANSWER[r["data_type"]])
        for key, kind, _ in dialect["decoys"]:
            (value,) = _walk(rec, _steps(key))
            if kind == "turned_down":
                assert value not in _walk(rec, _steps(answer)) and len(value.split()) >= 5
            elif kind in ("conf", "judge2"):
                assert 0 < _number(value, "score") < 1
            elif kind == "stage":
                assert value in STAGE
            else:
                assert isinstance(value, int) and 0 <= value <= 6


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks and fences in the Qwen3 answers, a trailing comma in some raw answers, a block comment in some,
    one BOM + CRLF and one cut file per folder, over a few seeds."""
    seen: Counter[str] = Counter()
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel, mess in m["mess"].items():
            data = (folder / rel).read_bytes().decode("utf-8-sig")
            seen.update(mess)
            assert ("think" in mess) == data.startswith("<think>\n")
            assert ("fence" in mess) == ("```json\n" in data)
            assert ("trailing_comma" in mess) == ("},\n]\n```" in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            assert ("comment" in mess) == ("\n  /* " in data)
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    assert {"think", "fence", "trailing_comma", "comment", "duplicate", "mojibake", "cut", "bom_crlf"} <= set(seen)
    assert seen["duplicate_across_files"] >= 1


def test_written_as_the_studios_write(made: Any) -> None:
    """The EAV team: every record a type label and one list of {prop, propVal} pairs, no property twice (labels
    compared without case), files in Python's default ensure_ascii; the Lviv studio's wrapper holds one list; the
    Kyoto exchange has a narrator's turn no line of the map takes."""
    eav = wrapped = narrated = escaped = 0
    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            dname = next(r["dialect"] for r in m["records"] if r["path"] == rel)
            dialect, data = DIALECTS[dname], (folder / rel).read_bytes()
            got, _ = _records(folder / rel)
            if dialect["team"] in ASCII_TEAMS:
                eav += 1
                assert data.lstrip(b"\xef\xbb\xbf").isascii(), rel
                escaped += b"\\u" in data
                for rec in got:
                    assert rec[dialect["label_key"]] == dialect["label"]
                    props = [p["prop"].lower() for p in rec["kv"]]
                    assert len(props) == len(set(props)) and all(set(p) == {"prop", "propVal"} for p in rec["kv"])
            if dialect["envelope"] == "wrapped":
                wrapped += 1
                doc = json.loads(data.decode("utf-8-sig")) if "cut" not in m["mess"][rel] else None
                assert doc is None or sum(isinstance(v, list) for v in doc["пакет"].values()) == 1
            if any(kind == "stage" for _, kind, _ in dialect["decoys"]):
                for rec in got:
                    narrated += 1
                    speakers = [t["話者"] for t in rec["会話"]]
                    assert len(speakers) == 3 and speakers[-1] not in {
                        label for t in truth_map(dialect) for label in re.findall(r"=([^\]]+)\]", t)
                    }
    assert eav and wrapped and narrated and escaped


def test_a_prompts_note_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the run's prompts note: prose and a YAML fence, never a planted file."""
    notes = 0
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel in m.get("notes", []):
            notes += 1
            text = (folder / rel).read_text(encoding="utf-8")
            assert rel not in m["files"] and "{" not in text and "```yaml" in text and "```json" not in text
    assert notes >= 2


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:hands over|actually given:|came in at|mustered)\s+(\d+(?:\.\d+)?)")


def _bucket(value: float, table: dict[str, Any]) -> set[str]:
    return {k for k, b in table.items() if b["accept"][0] <= value <= b["accept"][1]}


def _capacity(out: set[str], state: dict[str, Any], ctx: dict[str, Any], score: float, needs_constraint: bool) -> None:
    base, eff, factors = state["base_capacity"], state["effective_capacity"], state["capacity_factors"]
    if not all(0 <= x <= 10 for x in (base, eff, ctx["support_needed"])):
        out.add("capacity_out_of_range")
        return
    if abs(min(10, max(0, base + sum(f["impact"] for f in factors))) - eff) > 0.05:
        out.add("capacity.effective_formula")
    buckets = RULES["capacity"]["buckets"]
    if ctx["capacity_level"] not in _bucket(eff, buckets):
        near = min(buckets, key=lambda k: min(abs(eff - x) for x in buckets[k]["accept"]))
        if ctx["capacity_level"] != near:
            out.add("capacity.bucket")
    x2 = eff + RULES["capacity"]["x_plus"]
    limit_shown = ctx["authenticity_target"] != "excellent" and (ctx.get("constraint") or not needs_constraint)
    if ctx["support_needed"] > x2 and not limit_shown:
        out.add("capacity.x_plus_2")
    given = ctx.get("support_provided")
    if given is None and ctx.get("constraint"):
        found = GIVEN.search(ctx["constraint"])
        given = float(found[1]) if found else None
    if given is not None and given > x2:
        out.add("capacity.x_plus_2")
    if 0 <= score <= 1 and ctx["authenticity_target"] not in _bucket(score, RULES["authenticity"]["buckets"]):
        out.add("authenticity.bucket")
    if ctx["complexity_type"] not in {c for lst in RULES["complexity_types"].values() for c in lst}:
        out.add("complexity.type")


def _irony(out: set[str], rec: dict[str, Any]) -> None:
    cap, opts = rec["character_capacity"], RULES["irony"]["options"]
    if rec["knowledge_gap_score"] < RULES["irony"]["knowledge_gap_trigger"]:
        out.add("irony.knowledge_gap")
    for o in rec["response_options"]:
        if o["type"] not in opts:
            out.add("irony.option_type")
        elif (
            not opts[o["type"]]["relationship_impact"][0]
            <= o["relationship_impact"]
            <= opts[o["type"]]["relationship_impact"][1]
        ):
            out.add("irony.relationship_impact")
    if cap > 10:
        return

    def fits(t: str) -> bool:  # [low, high), growth up to 10 included
        return t in opts and (
            opts[t]["capacity"][0] <= cap < opts[t]["capacity"][1] or cap == opts[t]["capacity"][1] == 10
        )

    if "recommended_option" in rec and not fits(rec["recommended_option"]):
        out.add("irony.option_capacity")
    if {o["type"] for o in rec["response_options"]} != set(opts) and not any(
        fits(o["type"]) for o in rec["response_options"]
    ):
        out.add("irony.option_capacity")


def _broken(dtype: str, rec: dict[str, Any]) -> set[str]:  # noqa: C901 (one branch per data type)
    """The spec checks one of our records breaks (ranges as '<reason>', rules by id), by this test's reading."""
    out: set[str] = set()

    def rng(v: Any, lo: float | None, hi: float | None, reason: str) -> None:
        if isinstance(v, float) and math.isnan(v):
            out.add("not_a_number")
        elif v is not None and ((lo is not None and v < lo) or (hi is not None and v > hi)):
            out.add(reason)

    if dtype == "emotional_authenticity":
        rng(rec["authenticity_score"], 0, 1, "score_out_of_range")
        ctx = {**rec, "support_needed": rec["support_level_needed"], "constraint": rec["demonstrates_constraint"]}
        _capacity(out, rec, ctx, rec["authenticity_score"], needs_constraint=True)
        if "authenticity.bucket" in out:
            out.add("off_authenticity_target")
    elif dtype == "dramatic_irony":
        rng(rec["character_capacity"], 0, 10, "capacity_out_of_range")
        rng(rec["knowledge_gap_score"], 0, 1, "score_out_of_range")
        rng(rec["dramatic_irony_score"], 0, 1, "score_out_of_range")
        _irony(out, rec)
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
        rng(rec.get("relationship_level"), 1, 5, "value_out_of_range")
    else:
        meta, ctx = rec["training_metadata"], rec["interaction_context"]
        rng(meta["quality_score"], 0, 1, "score_out_of_range")
        rng(rec["npc_profile"].get("age"), 0, 150, "value_out_of_range")
        rng(rec["game_outcomes"]["capacity_after"], 0, 10, "capacity_out_of_range")
        for v in rec["npc_ocean_personality"].values():
            rng(v, 0, 1, "score_out_of_range")
        _capacity(out, rec["npc_emotional_state"], ctx, meta["authenticity_score"], needs_constraint=False)
        hook = rec.get("tension_memory", {}).get("hook_type")
        if hook is not None and hook not in RULES["tension"]["hooks"]:
            out.add("tension.hook_type")
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


@pytest.mark.parametrize("seed", [*SEEDS, 7, 11, 26])
def test_planted_outcomes_hold_by_the_spec(made: Any, seed: int) -> None:
    folder, m = made(seed)
    answers = {t: SPEC["types"][t]["roles"]["answer"].split(".")[0] for t in TYPES}
    for r in m["records"]:
        rec, dtype = r["ours"], r["data_type"]
        if r["defect"] == "missing_answer":
            assert answers[dtype] not in rec
            assert r["reason"] == "missing_required_field"
            continue
        broken = _broken(dtype, rec)
        if r.get("written"):  # a valid record but for a score finished with a word
            assert r["reason"] == "uncoercible_type" and broken == set(), (dtype, r, broken)
            continue
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


def test_every_defect_kind_is_planted_over_the_seeds(made: Any) -> None:
    """Both X+2 forms (a support-given number and a sentence) and an excellent target over X+2, a reversed window,
    every rule family, every reject reason, over a few seeds."""
    recs = [r for s in range(1, 9) for r in made(s)[1]["records"]]
    defects = Counter(r["defect"] for r in recs if r["defect"])
    assert {"x_plus_2_excellent", "x_plus_2_given_field", "x_plus_2_given_sentence", "window_reversed"} <= set(defects)
    assert {r["rule"] for r in recs if r["expected"] == "flag"} == set(SPEC["rule_ids"])
    assert {r["reason"] for r in recs if r["expected"] == "reject"} >= {
        "exact_duplicate",
        "missing_required_field",
        "below_quality_threshold",
        "off_authenticity_target",
        "not_a_number",
        "uncoercible_type",
        "value_out_of_range",
        "score_out_of_range",
        "capacity_out_of_range",
    }


def test_mojibake_answers_are_exact_repairs(made: Any) -> None:
    ftfy = pytest.importorskip("ftfy")
    notes, encodings = 0, Counter[str]()
    for seed in range(1, 7):
        folder, m = made(seed)
        files = {rel: _records(folder / rel)[0] for rel in m["files"]}
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


def test_the_new_value_forms_are_in_the_bytes(made: Any) -> None:
    """Over a few seeds: "82 %", "6.5 of 10", decimal commas, a typographic minus with a comma, "12 wks back", "26w",
    "weeks 2-4", sign-first and sign-last factor texts, and scores finished with a word (uncoercible)."""
    text = ""
    words = 0
    for seed in range(1, 9):
        folder, m = made(seed)
        words += sum(1 for r in m["records"] if r["defect"] == "score_with_word")
        for rel in m["files"]:
            raw = (folder / rel).read_bytes().decode("utf-8-sig")
            text += raw.encode().decode("unicode_escape", errors="ignore") if "\\u" in raw else raw
    for pattern in (
        r'"\d+ %"',
        r'"\d+(?:\.\d)? of 10"',
        r'"-?\d+,\d+"',
        r'"\u2212\d,\d+"',
        r'"\d+ wks back"',
        r'"\d+w"',
        r'"weeks \d-\d"',
        r'"[+-]\d+(?:\.\d)? [a-z]',
        r'[a-z] [+-]\d+(?:\.\d)?"',
    ):
        assert len(re.findall(pattern, text)) >= 5, pattern
    assert words >= 3
