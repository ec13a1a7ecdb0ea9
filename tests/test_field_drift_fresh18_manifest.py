"""The fresh18 held-out writer (tests/field_drift_fresh18.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[key=label]` steps and dotted paths, "12 wk ago", "12 wk back", "34 yr old", "2-4 wks", a payoff
window as two numbers, a cause -> impact table, labels in Title_Snake, in sentence case with hyphens or as ours,
pandas' one-line records arrays with "\\/" escapes and its JSON Lines, the Chennai split files and a ```json fence
after a `<think>` block), a planted unreadable score must not read, no key part of a dialect (nor a decoy or a
pipeline extra) may be a name or alias of ours or a string of an earlier family's files, no character name, answer
line, factor name or other text of the records may be one an earlier family or the samples wrote, the decoys beside
the answer must be there and differ from it, the folder sizes and the file mess must be what the docstring
promises, and its records must be valid or broken by the spec's ranges and rule tables exactly as planted (read here
straight from the YAML).
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

import drift_content_checks as content  # noqa: E402
import drift_manifest_checks as checks  # noqa: E402
import field_drift_fresh18 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh18 import (  # noqa: E402
    ANSWER,
    BY_TYPE,
    DIALECTS,
    SORTED_TEAMS,
    TEAM_EXTRAS,
    TYPES,
    _layout,
    truth_map,
    write_fresh18_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh18_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them (pandas' one-line records array; JSON Lines; a split file or a typed batch; a Qwen3
    answer: think block, preamble, ```json fence, perhaps prose after)."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if text.startswith("[{") and "\n" not in text.strip():  # pandas to_json(orient="records"): one line
        try:
            return json.loads(text), False
        except json.JSONDecodeError:
            return checks.complete_elements(text, 1), True
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh18.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type: a required object or list through its parts (the Addis window's two columns fill
    payoff_window_weeks), a required part through its whole ("2-4 wks" fills payoff_window_weeks and so its min and
    max)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+) (?:wk ago|wk back|yr old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, bool):
        raise ValueError(text)
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip()
    if m := _UNIT.fullmatch(s):  # weeks and ages with their unit
        return float(m[1])
    return float(s)


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as "2-4 wks"
        found = re.fullmatch(r"(\d+)-(\d+) wks", theirs)
        assert found, theirs
        return (float(found[1]), float(found[2])) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors: a cause -> impact table, or items
        if isinstance(theirs, dict):
            return list(theirs.items()) == [(f["factor"], f["impact"]) for f in ours]
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


#: keys the writer adds beside a value: none (the Chennai split files' `data_type` label is the docs' own)
ADDED_KEYS: list[str] = []


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy or an extra included) names ours, even with case and
    separators ignored (`npcResponse` would be our alias npc_response)."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: scrapped answers that differ from the final one, 0-1 figures (the
    Chennai editor's verdict in the judges list beside the machine's), small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks and ```json fences in the Dhaka answers, prose after some, pandas' one-line arrays with every "/"
    escaped and its JSON Lines, the Chennai split files, one BOM + CRLF and one cut file per folder, over a few
    seeds."""
    seen: Counter[str] = Counter()
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel, mess in m["mess"].items():
            data = (folder / rel).read_bytes().decode("utf-8-sig")
            seen.update(mess)
            assert ("think" in mess) == data.startswith("<think>\n") == ("fence" in mess) == ("```json\n" in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "pandas_rows" in mess:
                assert data.startswith("[{") and "\n" not in data and "\\/" in data
                assert not re.search(r"(?<!\\)/", data)
            if "pandas_lines" in mess:
                assert all(line.startswith("{") for line in data.splitlines()) and "\\/" in data
                assert not re.search(r"(?<!\\)/", data)
            if "split" in mess:
                got, _ = _records(folder / rel)
                assert got and all(next(iter(r)) == "data_type" for r in got)
            if "cut" not in mess:  # a cut answer ends before its fence closes
                assert ("prose_after" in mess) == bool(re.search(r"\n```\n\s*\S", data))
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    want = {"think", "fence", "prose_after", "pandas_rows", "pandas_lines", "split", "duplicate", "mojibake", "cut"}
    assert want <= set(seen)
    assert {"bom_crlf"} <= set(seen) and seen["duplicate_across_files"] >= 1


def test_written_as_the_studios_write(made: Any) -> None:
    """Chennai: Tamil keys, the judges a list picked by label (both judges in every record, in either order). Addis:
    every key a pandas MultiIndex tuple of Ge'ez words printed in a string, one flat row. Dhaka: Bengali keys, every
    value of ours in a one-key box."""
    tamil = re.compile(r"^[\u0b80-\u0bff_]+$")
    tuple_key = re.compile(r"^\('[\u1200-\u137f ]+', '[\u1200-\u137f ]+'\)$")
    bengali = re.compile(r"^[\u0980-\u09ff_]+$")
    seen: Counter[str] = Counter()
    orders: Counter[str] = Counter()

    def keys(node: Any) -> list[str]:
        if isinstance(node, list):
            return [k for x in node for k in keys(x)]
        if isinstance(node, dict):
            return [*node, *(k for v in node.values() for k in keys(v))]
        return []

    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            dname = next(r["dialect"] for r in m["records"] if r["path"] == rel)
            team = DIALECTS[dname]["team"]
            seen[team] += 1
            got, _ = _records(folder / rel)
            for rec in got:
                if team == "chennai":
                    assert all(tamil.match(k) for k in keys({k: v for k, v in rec.items() if k != "data_type"}))
                    judges = [j["நடுவர்"] for j in rec["மதிப்பீடுகள்"]]
                    assert sorted(judges) == sorted(["இயந்திரம்", "பதிப்பாசிரியர்"])
                    orders[judges[0]] += 1
                elif team == "addis":
                    assert all(tuple_key.match(k) for k in rec), list(rec)
                    assert all(not isinstance(v, dict) or k.endswith("'ምክንያቶች')") for k, v in rec.items())
                else:
                    assert all(bengali.match(k) for k in keys(rec)), keys(rec)
                    boxes = [v for group in rec.values() if isinstance(group, dict) for v in group.values()]
                    assert boxes and all(isinstance(b, dict) and list(b) == ["মান"] for b in boxes)
    assert seen["chennai"] and seen["addis"] and seen["dhaka"]
    assert len(orders) == 2  # the judges come back in either order
    assert not SORTED_TEAMS


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"(?:handed over|managed|showed|support actually delivered:)\s+(\d+(?:\.\d+)?)")


@pytest.mark.parametrize("seed", [*SEEDS, 7, 11, 26])
def test_planted_outcomes_hold_by_the_spec(made: Any, seed: int) -> None:
    checks.planted_outcomes_hold_by_the_spec(GEN, made, seed)


def test_every_defect_kind_is_planted_over_the_seeds(made: Any) -> None:
    """Both X+2 forms (a support-given number and a sentence) and an excellent target over X+2, a reversed window,
    every rule family, every reject reason, over a few seeds."""
    checks.every_defect_kind_planted(made, seeds=range(1, 13))


def test_mojibake_answers_are_exact_repairs(made: Any) -> None:
    checks.mojibake_answers_are_exact_repairs(GEN, made)


def test_the_new_value_forms_are_in_the_bytes(made: Any) -> None:
    """Over a few seeds: "12 wk ago", "12 wk back", "34 yr old", "2-4 wks", a cause -> impact table in a cell,
    labels in Title_Snake and in sentence case with hyphens, the judges list, the one-key boxes, tuple keys, epoch
    milliseconds, and scores finished with a word (uncoercible)."""
    patterns = (
        r'"\d+ wk ago"',
        r'"\d+ wk back"',
        r'"\d+ yr old"',
        r'"\d+-\d+ wks"',
        r"\"\('አቅም', 'ምክንያቶች'\)\":\{\"[^\"]+\":-?\d",
        r'"(?:Tone_Deaf|Growth|Past_Trauma_Trigger|Stakes_Escalation|Low|Crisis|Authentic|People_Pleasing)"',
        r'"(?:Tone-deaf|Past-trauma-trigger|Mystery-hook|Stakes-escalation|Partial-reveal|People-pleasing)"',
        r'"நடுவர்": "பதிப்பாசிரியர்"',
        r'\{\s*"মান": ',
        r"\"\('ሩጫ', 'የተመዘገበበት'\)\":1796\d{9}",
    )
    checks.forms_in_the_bytes(made, patterns)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh18", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh18", made, seed)


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh18",
    write=write_fresh18_folder,
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
