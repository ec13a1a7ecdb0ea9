"""The fresh17 held-out writer (tests/field_drift_fresh17.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[N]` and `{}` steps, star ratings "4.15/5" and "8.2 of 10" in a score, "6.5/10" in a capacity,
signed numbers "+0.45", "12 weeks earlier", "12 wks ago", "34 yr", "34 years old", "2-4 weeks", a [2, 4] window,
"cause: -2.5" factor texts, labels in capitals with hyphens, in Title Case or in lower-case kebab, JSON Lines whose
lines are arrays of records and a ```json fence after a `<think>` block), a planted unreadable score must not read,
no key part of a dialect (nor a decoy or a pipeline extra) may be a name or alias of ours or a string of an earlier
family's files, no character name, answer line, factor name or other text of the records may be one an earlier
family or the samples wrote, the decoys beside the answer must be there and differ from it, the folder sizes and the
file mess must be what the docstring promises, and its records must be valid or broken by the spec's ranges and rule
tables exactly as planted (read here straight from the YAML).
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
import field_drift_fresh17 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from drift_manifest_checks import walk as _walk  # noqa: E402
from field_drift_fresh17 import (  # noqa: E402
    ANSWER,
    BY_TYPE,
    DIALECTS,
    SORTED_TEAMS,
    TEAM_EXTRAS,
    TYPES,
    _layout,
    truth_map,
    write_fresh17_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh17_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them (the Seoul runner's JSON Lines, one call's records an array a line; a Qwen3 answer:
    think block, preamble, ```json fence, perhaps prose after; JSON Lines; a typed or systematic batch)."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if path.suffix == ".jsonl" and text.startswith("[{"):
        out: list[Any] = []
        for line in text.splitlines():
            try:
                out += json.loads(line)
            except json.JSONDecodeError:
                return out, True
        return out, False
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh17.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type: a required object or list through its parts (the Cairo options keyed by their line fill
    response_options[].dialogue), a required part through its whole ("2-4 weeks" fills payoff_window_weeks and so
    its min and max)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+) (?:weeks earlier|wks ago|yr|years old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip()
    if m := _UNIT.fullmatch(s):  # weeks and ages with their unit
        return float(m[1])
    if m := re.fullmatch(r"(\S+)/(5|10)", s):  # "4.15/5" (a score), "6.5/10" (a capacity)
        v, d = float(m[1]), int(m[2])
        if scale == "score":
            return v / d
        assert d == 10, s
        return v
    if m := re.fullmatch(r"(\S+) of 10", s):
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    return float(s)


def _factor(text: str) -> tuple[str, float]:
    """A Chengdu factor text, "cause: -2.5" (the sign always written)."""
    found = re.fullmatch(r"(.+): ([+-]\d+(?:\.\d+)?)", text)
    assert found, text
    return found[1], float(found[2])


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text or as a two-number list
        if isinstance(theirs, list):
            return theirs == [ours["min"], ours["max"]]
        found = re.fullmatch(r"(\d+)-(\d+) weeks", theirs)
        assert found, theirs
        return (float(found[1]), float(found[2])) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors: "cause: -2.5" texts, or items
        if theirs and all(isinstance(x, str) for x in theirs):
            return [_factor(x) for x in theirs] == [(f["factor"], f["impact"]) for f in ours]
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


#: keys the writer adds beside a value: none in this family
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
    """Every record carries its dialect's decoys: scrapped answers (the Chengdu first draft at the head of the takes
    list) that differ from the final one, 0-1 figures in the score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks and ```json fences in the Qwen3 answers, prose after some, the Seoul runner's array lines, the
    Cairo systematic batches, one BOM + CRLF and one cut file per folder, over a few seeds."""
    seen: Counter[str] = Counter()
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel, mess in m["mess"].items():
            data = (folder / rel).read_bytes().decode("utf-8-sig")
            seen.update(mess)
            assert ("think" in mess) == data.startswith("<think>\n") == ("fence" in mess) == ("```json\n" in data)
            assert ("call_lines" in mess) == data.startswith("[{")
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "call_lines" in mess:
                lines = data.splitlines()
                assert all(line.startswith("[{") for line in lines)
                assert "cut" in mess or json.loads(lines[-1]).__len__() == 1
            if "cut" not in mess:  # a cut answer ends before its fence closes, a cut batch before its summary
                assert ("prose_after" in mess) == bool(re.search(r"\n```\n\s*\S", data))
                assert ("systematic" in mess) == ('"quality_analysis": {' in data)
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    assert {"think", "fence", "prose_after", "call_lines", "systematic", "duplicate", "mojibake", "cut"} <= set(seen)
    assert {"bom_crlf"} <= set(seen) and seen["duplicate_across_files"] >= 1


def test_written_as_the_studios_write(made: Any) -> None:
    """Seoul: Hangul keys, several records a line in its JSON Lines. Cairo: Arabic-script keys, the irony options an
    object keyed by the spoken line. Chengdu: keys in Chinese characters, every answer a list of takes (the first
    draft, then the revised take)."""
    hangul = re.compile(r"^[\uac00-\ud7a3_]+$")
    arabic = re.compile(r"^[\u0600-\u06ff_]+$")
    hanzi = re.compile(r"^[\u4e00-\u9fff]+$")
    seen: Counter[str] = Counter()

    def keys(node: Any, skip: str = "") -> list[str]:
        if isinstance(node, list):
            return [k for x in node for k in keys(x, skip)]
        if isinstance(node, dict):
            return [
                *node,
                *(k for key, v in node.items() for k in (keys(v, skip) if key != skip else keys(list(v.values())))),
            ]
        return []

    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            dname = next(r["dialect"] for r in m["records"] if r["path"] == rel)
            team = DIALECTS[dname]["team"]
            seen[team] += 1
            got, _ = _records(folder / rel)
            for rec in got:
                if team == "seoul":
                    assert all(hangul.match(k) for k in keys(rec)), keys(rec)
                elif team == "cairo":
                    assert all(arabic.match(k) for k in keys(rec, "الخيارات")), keys(rec)
                    for options in _walk(rec, ["الخيارات"]):
                        assert len(options) == 3 and all(len(k.split()) >= 4 for k in options)
                else:
                    assert all(hanzi.match(k) for k in keys(rec)), keys(rec)
                    takes = [x for group in ("回答", "叙事") for x in _walk(rec, [group, "改稿"])]
                    assert len(takes) == 1 and 1 <= len(takes[0]) <= 2 and all(isinstance(t, str) for t in takes[0])
    assert seen["seoul"] and seen["cairo"] and seen["chengdu"]
    assert not SORTED_TEAMS


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:lent|amounted to|mustered|totalled)\s+(\d+(?:\.\d+)?)")


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
    """Over a few seeds: stars out of five, "8.2 of 10", "6.5/10", signed text, "12 weeks earlier", "12 wks ago",
    "34 yr", "34 years old", "2-4 weeks", a [2, 4] window, labels in capitals with hyphens, in Title Case and in
    lower-case kebab, "cause: -2.5" texts, the takes list, the options keyed by their line, and scores finished with a
    word (uncoercible)."""
    patterns = (
        r'"\d+(?:\.\d+)?/5"',
        r'"\d+(?:\.\d+)? of 10"',
        r'"\d+(?:\.\d+)?/10"',
        r'"[+-]\d+(?:\.\d+)?"',
        r'"\d+ weeks earlier"',
        r'"\d+ wks ago"',
        r'"\d+ yr"',
        r'"\d+ years old"',
        r'"\d+-\d+ weeks"',
        r'"أسابيع_الكشف": \[\d+, \d+\]',
        r'"(?:TONE-DEAF|GROWTH|PAST-TRAUMA-TRIGGER|STAKES-ESCALATION|LOW|CRISIS|AUTHENTIC)"',
        r'"(?:Tone Deaf|Misguided|Growth|Mystery Hook|Partial Reveal|Contradiction|Stakes Escalation)"',
        r'"(?:tone-deaf|past-trauma-trigger|mystery-hook|stakes-escalation|partial-reveal|people-pleasing)"',
        r'"[^"]+: [+-]\d+(?:\.\d+)?"',
        r'"改稿": \[',
        r'"الخيارات": \{\s*"[^"]{12,}": \{',
        r"(?m)^\[\{.*\}, \{",
    )
    checks.forms_in_the_bytes(made, patterns)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh17", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh17", made, seed)


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh17",
    write=write_fresh17_folder,
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
