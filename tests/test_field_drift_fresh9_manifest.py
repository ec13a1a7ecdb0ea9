"""The fresh9 held-out writer (tests/field_drift_fresh9.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record, every written value, planted defects included, must read back to ours by the readings
docs/interaction-formats.md documents (read here by a small reader of this test's own, which knows `[N]`, `{}` and
`[key=label]` steps), no key of a dialect (nor a decoy, a pipeline extra or a pair label) may be a name or alias
of ours or a key spelling of an earlier family, the decoys beside the answer must be there and differ from it, the
folder sizes and the file mess must be what the docstring promises, and its records must be valid or broken by the
spec's ranges and rule tables exactly as planted (read here straight from the YAML).
"""

from __future__ import annotations

import math
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import drift_manifest_checks as checks  # noqa: E402
from drift_manifest_checks import (
    REPO,  # noqa: E402
    SCALES,  # noqa: E402
    SPEC,  # noqa: E402
)
from drift_manifest_checks import label as _label  # noqa: E402
from drift_manifest_checks import ours as _ours  # noqa: E402
from drift_manifest_checks import steps as _steps  # noqa: E402
from drift_manifest_checks import walk as _walk  # noqa: E402
from field_drift_fresh9 import (  # noqa: E402
    ANSWER,
    BY_TYPE,
    DIALECTS,
    TEAM_EXTRAS,
    TYPES,
    _layout,
    truth_map,
    write_fresh9_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh9_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them (a Qwen3 answer: think block, fence, perhaps a trailing comma; JSON Lines; an
    array somewhere in an envelope)."""
    return checks.read_records(path, comment=checks.LINE_COMMENT)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


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
    checks.no_two_records_alike_but_planted_duplicates(made, seed)


def test_folder_sizes_and_prompt_versions_vary_over_the_seeds() -> None:
    """Types absent, of 3-6 records, of 200+; one version or both in a folder (the layout drawn before anything)."""
    checks.folder_sizes_and_versions_vary(GEN)


def test_tiny_and_large_types_hold_what_they_say(made: Any) -> None:
    checks.tiny_and_large_hold_what_they_say(GEN, made, seeds=(1,))


@pytest.mark.parametrize("seed", SEEDS)
def test_true_map_points_at_spec_fields_and_reaches_every_valid_record(made: Any, seed: int) -> None:
    checks.true_map_reaches_every_valid_record(GEN, made, seed)


@pytest.mark.parametrize("seed", [2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    s = re.sub(r"\s*(weeks ago|wks|w|years old)$", "", s)
    if m := re.fullmatch(r"(\S+)\s*(?:/|out of)\s*(10|5)", s):
        v, d = float(m[1]), int(m[2])
        return v / d if scale == "score" else v
    if m := re.fullmatch(r"(\S+?)\s*%", s):
        return float(m[1]) / 100
    return float(s)


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "hook_type")):
        return _label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window written as text
        lo, hi = map(float, re.fullmatch(r"(\S+)-(\S+) weeks", theirs).groups())  # type: ignore[union-attr]
        return (lo, hi) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors: a name -> impact table, "name: +1.5" texts, or items
        if isinstance(theirs, dict):
            return theirs == {f["factor"]: f["impact"] for f in ours}
        if theirs and isinstance(theirs[0], str):
            return [re.fullmatch(r"(.+): ([+-][\d.]+)", t).groups() for t in theirs] == [  # type: ignore[union-attr]
                (f["factor"], f"{f['impact']:+g}") for f in ours
            ]
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
                assert _reads_back(t, o, target), (r["dialect"], theirs, t, o)
                checked += 1
                planted += bool(r["defect"])
        if r["defect"] == "missing_answer":
            answer = next(t for t, o in truth_map(DIALECTS[r["dialect"]]).items() if o == ANSWER[r["data_type"]])
            assert not _walk(rec, _steps(answer))
    assert checked > 1000 and planted > 100


def test_every_dialect_is_used_and_both_versions_meet() -> None:
    layouts = [_layout(random.Random(f"fresh9/{s}"), s) for s in range(1, 7)]
    used = {d for lay in layouts for _, _, names in lay for d in names}
    assert used == {d for ds in BY_TYPE.values() for d in ds} == set(DIALECTS)
    assert set(BY_TYPE) == set(TYPES) and all(d.split("_")[0] for d in DIALECTS)


def test_family_registered_in_the_eval() -> None:
    text = (REPO / "benchmarks" / "eval_field_drift.py").read_text(encoding="utf-8")
    assert '"fresh9": ("field_drift_fresh9", "write_fresh9_folder", "truth")' in text


def _key_parts(dialect: dict[str, Any]) -> list[tuple[str, set[str]]]:
    keys = [*truth_map(dialect), *(k for k, _, _ in dialect["decoys"]), *TEAM_EXTRAS[dialect["team"]]]
    return [(k, {p for p in re.split(r"[\[\]{}=.\\ ]", k) if p and not p.isdigit()}) for k in keys]


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a pair label, a decoy or an extra included) names ours, even with
    case and separators ignored (`npcResponse` would be our alias npc_response)."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing (its
    English-team dialects were written beside this one, after it, by a coder who never read it)."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: drafts that differ from the final answer, 0-1 figures on the
    answer's scale, small integers, long free text."""
    folder, m = made(seed)
    files = {rel: _records(folder / rel)[0] for rel in m["files"]}
    for r in m["records"]:
        if r["expected"] == "lost":
            continue
        rec, dialect = files[r["path"]][r["index"]], DIALECTS[r["dialect"]]
        answer = next(t for t, o in truth_map(dialect).items() if o == ANSWER[r["data_type"]])
        for key, kind, _ in dialect["decoys"]:
            (value,) = _walk(rec, _steps(key))
            if kind == "draft":
                assert value not in _walk(rec, _steps(answer)) and len(value.split()) >= 5
            elif kind in ("conf", "tox", "coh"):
                assert 0 < _number(value, "score") < 1
            elif kind in ("trace", "staging", "remark"):
                assert len(value.split()) >= 5
            else:
                assert isinstance(value, int) and 0 <= value <= 80


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks and fences in the Qwen3 answers, a trailing comma in some raw answers, one BOM + CRLF and one
    cut file per folder, over a few seeds."""
    checks.mess_in_the_bytes(made, "```json\n", "\n  // ")


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:offers|actually given:|came in at)\s+(\d+(?:\.\d+)?)")


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


def test_both_x_plus_2_forms_are_planted(made: Any) -> None:
    """An excellent target whose need exceeds X+2, and support given above X+2 as a number and as a sentence."""
    seen = Counter(
        r["defect"] for s in range(1, 9) for r in made(s)[1]["records"] if r.get("rule") == "capacity.x_plus_2"
    )
    assert {"x_plus_2_excellent", "x_plus_2_given_field", "x_plus_2_given_sentence", "x_plus_2_need"} <= set(seen)


def test_mojibake_answers_are_exact_repairs(made: Any) -> None:
    checks.mojibake_answers_are_exact_repairs(GEN, made, seeds=range(1, 6))


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh9",
    write=write_fresh9_folder,
    dialects=DIALECTS,
    by_type=BY_TYPE,
    types=TYPES,
    answer=ANSWER,
    truth_map=truth_map,
    layout=_layout,
    records=_records,
    number=_number,
    reads_back=_reads_back,
    key_parts=_key_parts,
    given=GIVEN,
    sizes={"tiny": (3, 6), "normal": (15, 60), "large": (200, 260)},
    large_files=6,
)
