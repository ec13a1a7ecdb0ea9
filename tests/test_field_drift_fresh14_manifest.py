"""The fresh14 held-out writer (tests/field_drift_fresh14.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[N]` and `[key=label]` steps, "82.0%", "0,82", "6,5 of 10", "8,2 of 10", "−2,50", "[2, 4]",
"2 to 4 wks", labels in capitals, a name -> "−2,50" table and "cause: -2.5" texts), a planted unreadable score must
not read, no key part of a dialect (nor a decoy, a pipeline extra or the tool-call bookkeeping) may be a name or alias
of ours or a string of an earlier family's files, the decoys beside the answer must be there and differ from it, the
folder sizes and the file mess must be what the docstring promises, and its records must be valid or broken by the
spec's ranges and rule tables exactly as planted (read here straight from the YAML).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import drift_manifest_checks as checks  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from drift_manifest_checks import complete_elements as _complete_elements  # noqa: E402
from drift_manifest_checks import label as _label  # noqa: E402
from field_drift_fresh14 import (  # noqa: E402
    ANSWER,
    BY_TYPE,
    DIALECTS,
    SORTED_TEAMS,
    TEAM_EXTRAS,
    TYPES,
    _layout,
    truth_map,
    write_fresh14_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh14_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them (a Qwen3 answer: think block, fence, perhaps a trailing comma and a block comment;
    JSON Lines; an array somewhere in an envelope)."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if text.startswith("# "):  # the Yerevan run report: prose, one fenced block of call logs, prose
        body = text.split("```json\n", 1)[1]
        if "\n```" not in body:
            return _complete_elements(body, body.index("[") + 1), True
        return json.loads(body.split("\n```", 1)[0]), False
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh14.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    checks.tiny_and_large_hold_what_they_say(GEN, made)


@pytest.mark.parametrize("seed", SEEDS)
def test_true_map_points_at_spec_fields_and_reaches_every_valid_record(made: Any, seed: int) -> None:
    checks.true_map_reaches_every_valid_record(GEN, made, seed)


def test_every_dialect_maps_every_field_our_spec_requires() -> None:
    """No dialect writes a required field under our own name, so each one's truth map must reach every required path
    of its type: a required object or list through its parts (the Georgian factor items fill
    capacity_factors[].factor), a required part through its whole ("2-4 weeks later" fills payoff_window_weeks and
    so its min and max)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    s = re.sub(r"^([+-]?\d+),(\d+)", r"\1.\2", s)  # a decimal comma
    if m := re.fullmatch(r"(\S+)\s*(?:/|out of|of)\s*(10|5)", s):
        v, d = float(m[1]), int(m[2])
        return v / d if scale == "score" else v
    if m := re.fullmatch(r"(\S+?)\s*(?:%| percent)", s):
        return float(m[1]) / 100
    return float(s)


def _factor(text: str) -> tuple[str, float]:
    """A factor text as the row team writes it ("the pass snowed in for nine days: -2.5", a sign always)."""
    m = re.fullmatch(r"(.+): ([+-][\d.]+)", text)
    assert m, text
    return m[1], float(m[2])


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return _label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text
        found = re.fullmatch(r"\[(\d+), (\d+)\]|(\S+) to (\S+) wks", theirs)
        assert found, theirs
        lo, hi = (float(x) for x in found.groups() if x is not None)
        return (lo, hi) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors: a name -> impact table, "cause (-2.5)" texts, or items
        if isinstance(theirs, dict):
            return sorted((k, _number(v, "")) for k, v in theirs.items()) == sorted(
                (f["factor"], f["impact"]) for f in ours
            )
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


#: keys the writer adds beside a value: the tool a Yerevan call named
ADDED_KEYS = ["tool"]


def _key_parts(dialect: dict[str, Any]) -> list[tuple[str, set[str]]]:
    keys = [*truth_map(dialect), *(k for k, _, _ in dialect["decoys"]), *TEAM_EXTRAS[dialect["team"]], *ADDED_KEYS]
    return [(k, {p for p in re.split(r"[\[\]{}=.\\ ]", k) if p and not p.isdigit()}) for k in keys]


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a pair label, a decoy or an extra included) names ours, even with
    case and separators ignored (`npcResponse` would be our alias npc_response)."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN, skip=_later_or_probe)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: scrapped answers that differ from the final one, 0-1 figures in
    the score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks and fences in the Qwen3 answers, a trailing comma in some raw answers, a block comment in some,
    one BOM + CRLF and one cut file per folder, over a few seeds."""
    checks.mess_in_the_bytes(made, "```json\n", "\n  /* ")


def test_written_as_the_studios_write(made: Any) -> None:
    """Saltmarsh: every key of a record a sheet column "Group › Column" (a `sample_type` label in its JSON Lines), a
    Sheets date in its admin column. Yerevan: the prompt's variables, the tool calls and the grader's verdict under
    Armenian keys, every call naming its tool (one call per option in an irony record), an Ollama RFC 3339 stamp with
    nanoseconds. The row team: a record is one row of cells, as many cells in every row of a prompt version, null for
    an empty cell, the irony options as takes beside the row."""
    armenian = re.compile(r"^[\u0531-\u0587_]+$")
    seen: Counter[str] = Counter()
    for seed in range(1, 7):
        folder, m = made(seed)
        widths: dict[str, set[int]] = {}
        for rel in m["files"]:
            dname = next(r["dialect"] for r in m["records"] if r["path"] == rel)
            dialect = DIALECTS[dname]
            got, _ = _records(folder / rel)
            team = dialect["team"]
            seen[team] += 1
            for rec in got:
                if team == "saltmarsh":
                    assert all(re.fullmatch(r"[A-Z][\w-]+ › \S.*", k) for k in rec if k != "sample_type"), rec.keys()
                    assert rec.get("sample_type", dialect["label"]) == dialect["label"]
                    assert re.fullmatch(r"12/0\d/2026 \d+:\d\d:\d\d [AP]M", rec["Admin › Edited"])
                elif team == "yerevan":
                    assert {"մուտք", "tool_calls", "դատավոր"} <= set(rec)
                    for part in ("մուտք", "դատավոր"):
                        assert all(armenian.match(k) for k in rec[part]), rec[part].keys()
                    assert all(set(c) == {"tool", "arguments"} for c in rec["tool_calls"])
                    n_calls = 3 if dialect["label"] == "dramatic_irony" else 2
                    assert len(rec["tool_calls"]) == n_calls
                    assert re.fullmatch(r"2026-12-0\dT\d\d:\d\d:\d\d\.\d{9}Z", rec["created_at"])
                else:
                    assert set(rec) - {"@type", "takes"} == {"cells", *TEAM_EXTRAS["rows"]}, rec.keys()
                    widths.setdefault(dname, set()).add(len(rec["cells"]))
                    assert ("takes" in rec) == (dialect["label"] == "dramatic_irony")
        assert all(len(w) == 1 for w in widths.values()), widths
    assert seen["saltmarsh"] and seen["yerevan"] and seen["rows"]
    assert not SORTED_TEAMS


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:puts|support actually supplied:|reached|supplies)\s+(\d+(?:\.\d+)?)")


@pytest.mark.parametrize("seed", [*SEEDS, 7, 11, 26])
def test_planted_outcomes_hold_by_the_spec(made: Any, seed: int) -> None:
    checks.planted_outcomes_hold_by_the_spec(GEN, made, seed)


def test_every_defect_kind_is_planted_over_the_seeds(made: Any) -> None:
    """Both X+2 forms (a support-given number and a sentence) and an excellent target over X+2, a reversed window,
    every rule family, every reject reason, over a few seeds."""
    checks.every_defect_kind_planted(made)


def test_mojibake_answers_are_exact_repairs(made: Any) -> None:
    checks.mojibake_answers_are_exact_repairs(GEN, made)


def test_the_new_value_forms_are_in_the_bytes(made: Any) -> None:
    """Over a few seeds: "82.0%", "0,82", "6,5 of 10", "8,2 of 10", "+0,45" / "−2,50", "[2, 4]", "2 to 4 wks", labels
    in SCREAMING_SNAKE and in capitals with spaces, "cause: -2.5" factor texts, null cells, and scores finished with a
    word (uncoercible)."""
    text = ""
    words = 0
    for seed in range(1, 9):
        folder, m = made(seed)
        words += sum(1 for r in m["records"] if r["defect"] == "score_with_word")
        for rel in m["files"]:
            text += (folder / rel).read_bytes().decode("utf-8-sig")
    for pattern in (
        r'"\d+\.\d%"',
        r'"\d+,\d+"',
        r'"\d+(?:,\d+)? of 10"',
        r'"[+\u2212]\d+,\d\d"',
        r'"\[\d+, \d+\]"',
        r'"\d+ to \d+ wks"',
        r'"(?:TONE_DEAF|MISGUIDED|GROWTH|PAST_TRAUMA_TRIGGER|MYSTERY_HOOK|SAME_EMOTION_DIFFERENT_CONTEXT)"',
        r'"(?:MYSTERY HOOK|PARTIAL REVEAL|CONTRADICTION|STAKES ESCALATION|TONE DEAF)"',
        r'[a-z]: [+-]\d+(?:\.\d)?"',
        r"\n\s+null,\n",
    ):
        assert len(re.findall(pattern, text)) >= 5, pattern
    assert words >= 3


def _later_or_probe(name: str) -> bool:
    """This family, and those written after it (they were checked against it, not it against them), and the probe."""
    later = re.search(r"fresh(\d+)", name)
    return bool(later and int(later[1]) >= 14) or "probe" in name


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh14",
    write=write_fresh14_folder,
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
)
