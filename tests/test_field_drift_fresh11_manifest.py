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

import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import drift_manifest_checks as checks  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from drift_manifest_checks import label as _label  # noqa: E402
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

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh11_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them (a Qwen3 answer: think block, fence, perhaps a trailing comma and a block comment;
    JSON Lines; an array somewhere in an envelope)."""
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh11.py OUT --seed N`: the folder and its manifest beside it, the same bytes
    whatever PYTHONHASHSEED is (no set or dict order of str keys decides anything)."""
    checks.command_line_same_bytes_under_any_hash_seed(GEN, tmp_path)


@pytest.mark.parametrize("seed", [*SEEDS, 4, 8])
def test_manifest_adds_up_and_every_planted_record_is_in_its_file(made: Any, seed: int) -> None:
    checks.manifest_adds_up(GEN, made, seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_two_records_alike_in_our_fields_but_the_planted_duplicates(made: Any, seed: int) -> None:
    """A duplicate is planted, never an accident: two records differ in their own fields unless one copies the other."""
    checks.no_two_records_alike_but_planted_duplicates(made, seed)


def test_folder_sizes_and_prompt_versions_vary_over_the_seeds() -> None:
    """Types absent, of 3-6 records, of 200+; one version or both in a folder (the layout drawn before anything)."""
    checks.folder_sizes_and_versions_vary(GEN)


def test_tiny_and_large_types_hold_what_they_say(made: Any) -> None:
    checks.tiny_and_large_hold_what_they_say(GEN, made, seeds=(1, 2))


@pytest.mark.parametrize("seed", SEEDS)
def test_true_map_points_at_spec_fields_and_reaches_every_valid_record(made: Any, seed: int) -> None:
    checks.true_map_reaches_every_valid_record(GEN, made, seed)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


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
    checks.every_written_value_reads_back(GEN, made, seed)


def test_every_dialect_is_used_and_both_versions_meet() -> None:
    checks.every_dialect_used_and_versions_meet(GEN)


def test_family_registered_in_the_eval() -> None:
    checks.registered_in_the_eval(GEN)


def _key_parts(dialect: dict[str, Any]) -> list[tuple[str, set[str]]]:
    keys = [*truth_map(dialect), *(k for k, _, _ in dialect["decoys"]), *TEAM_EXTRAS[dialect["team"]]]
    return [(k, {p for p in re.split(r"[\[\]{}=.\\ ]", k) if p and not p.isdigit()}) for k in keys]


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a pair label, a decoy or an extra included) names ours, even with
    case and separators ignored (`npcResponse` would be our alias npc_response)."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: turned-down answers that differ from the final one, 0-1 figures
    in the score's own written form, small integers, a narrator's line."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks and fences in the Qwen3 answers, a trailing comma in some raw answers, a block comment in some,
    one BOM + CRLF and one cut file per folder, over a few seeds."""
    checks.mess_in_the_bytes(made, "```json\n", "\n  /* ")


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


@pytest.mark.parametrize("seed", [*SEEDS, 7, 11, 26])
def test_planted_outcomes_hold_by_the_spec(made: Any, seed: int) -> None:
    checks.planted_outcomes_hold_by_the_spec(GEN, made, seed)


def test_every_defect_kind_is_planted_over_the_seeds(made: Any) -> None:
    """Both X+2 forms (a support-given number and a sentence) and an excellent target over X+2, a reversed window,
    every rule family, every reject reason, over a few seeds."""
    checks.every_defect_kind_planted(made, missing_field=False)


def test_mojibake_answers_are_exact_repairs(made: Any) -> None:
    checks.mojibake_answers_are_exact_repairs(GEN, made)


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


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh11",
    write=write_fresh11_folder,
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
    decoy_kinds={"stage": lambda value: value in STAGE},
)
