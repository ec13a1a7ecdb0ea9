"""The fresh19 held-out writer (tests/field_drift_fresh19.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[key=label]` steps, "8.2 out of 10" and "82%" in a score, "6.5 out of 10" in a capacity, a
typographic minus "−0.45", "26 wk", "34 yrs", "weeks 2-4", "between 2 and 4 weeks", "cause (−2.5)" factor texts,
labels in sentence case with underscores, JSON:API resources read as their attributes, combined files keyed by the
data type and a ```json fence after a `<think>` block), a planted unreadable score must not read, no key part of a
dialect (nor a decoy, a cell's note or a pipeline extra) may be a name or alias of ours or a string of an earlier
family's files, no character name, answer line, factor name or other text of the records may be one an earlier family
or the samples wrote, the decoys beside the answer must be there and differ from it, the folder sizes and the file
mess must be what the docstring promises, and its records must be valid or broken by the spec's ranges and rule tables
exactly as planted (read here straight from the YAML).
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
import field_drift_fresh19 as writer  # noqa: E402
from drift_manifest_checks import SCALES, complete_elements, first_list  # noqa: E402
from field_drift_fresh19 import (  # noqa: E402
    ANSWER,
    BOX,
    BY_TYPE,
    DIALECTS,
    NOTE_AT,
    NOTE_BY,
    NOTE_LOCKED,
    SORTED_TEAMS,
    TEAM_EXTRAS,
    TYPES,
    _layout,
    truth_map,
    write_fresh19_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh19_folder)

#: the JSON:API resource object around a Phnom Penh record
RESOURCE = {"type", "id", "attributes"}


def _unwrap(x: Any) -> Any:
    """A JSON:API resource is its attributes; any other record is itself."""
    return x["attributes"] if isinstance(x, dict) and set(x) == RESOURCE else x


def _raw(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file as written, whether it ends inside a record), read the simple way
    this test knows the writer writes them: a Qwen3 answer (think block, preamble, ```json fence holding an object
    keyed by the data type, perhaps prose after); JSON Lines (records or resources); a JSON:API document, a combined
    file or a typed batch."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if text.startswith("<think>"):
        assert "</think>" in text and "{" not in text.split("</think>", 1)[0], path
        body = text.split("```json\n", 1)[1]
        if "\n```" not in body:  # cut by the end of the answer
            return complete_elements(body, body.index("[") + 1), True
        return first_list(json.loads(body.split("\n```", 1)[0])) or [], False
    if path.suffix == ".jsonl":
        out: list[Any] = []
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
        return complete_elements(text, first.start() + 1), True
    rows = first_list(doc)
    assert rows is not None, path
    return rows, False


def _records(path: Path) -> tuple[list[Any], bool]:
    """The records of a file as the ingest reads them (a resource as its attributes)."""
    got, cut = _raw(path)
    return [_unwrap(x) for x in got], cut


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh19.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type (a Colombo cell's value member, a Mongolian trait reading picked by its name included)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+) (?:wk|yrs)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    if m := _UNIT.fullmatch(s):  # weeks "26 wk", ages "34 yrs"
        return float(m[1])
    if m := re.fullmatch(r"(\S+) out of 10", s):  # "8.2 out of 10" (a score), "6.5 out of 10" (a capacity)
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    if m := re.fullmatch(r"(\S+)%", s):
        assert scale == "score", s
        return float(m[1]) / 100
    return float(s)


def _factor(text: str) -> tuple[str, float]:
    """A Phnom Penh factor text, "cause (−2.5)" (the sign always written, a minus typographic)."""
    found = re.fullmatch(r"(.+) \(([+\u2212]\d+(?:\.\d+)?)\)", text)
    assert found, text
    return found[1], float(found[2].replace("\u2212", "-"))


def _window(text: str) -> tuple[float, float]:
    found = re.fullmatch(r"weeks (\d+)-(\d+)", text) or re.fullmatch(r"between (\d+) and (\d+) weeks", text)
    assert found, text
    return float(found[1]), float(found[2])


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text
        return _window(theirs) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors: "cause (-2.5)" texts, or items
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


#: keys the writer adds beside a value: the notes of a Colombo cell
ADDED_KEYS: list[str] = [NOTE_BY, NOTE_AT, NOTE_LOCKED]


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, a note or an extra included) names ours, even with case and
    separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """Sinhala conjuncts are written without a zero-width joiner: the ingest removes such marks from values, and a
    key must be the same bytes wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: abandoned takes that differ from the final one, 0-1 figures in the
    score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks and ```json fences in the Qwen3 answers, prose after some, JSON:API resources, combined files,
    one BOM + CRLF and one cut file per folder, over a few seeds."""
    seen: Counter[str] = Counter()
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel, mess in m["mess"].items():
            data = (folder / rel).read_bytes().decode("utf-8-sig")
            seen.update(mess)
            assert ("think" in mess) == data.startswith("<think>\n") == ("fence" in mess) == ("```json\n" in data)
            assert ("resources" in mess) == ('"attributes": {' in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "combined" in mess:
                label = next(r["data_type"] for r in m["records"] if r["path"] == rel)
                assert re.search(r'^\{\s*"' + label + r'": \[', data.split("```json\n")[-1])
            if "cut" not in mess:  # a cut answer ends before its fence closes
                assert ("prose_after" in mess) == bool(re.search(r"\n```\n\s*\S", data))
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    assert {"think", "fence", "prose_after", "resources", "combined", "duplicate", "mojibake", "cut"} <= set(seen)
    assert {"bom_crlf"} <= set(seen) and seen["duplicate_across_files"] >= 1


def test_written_as_the_studios_write(made: Any) -> None:
    """Phnom Penh: JSON:API resources whose type is the data type, Khmer keys in the attributes. Colombo:
    Sinhala keys, every value a cell with its edit history. Ulaanbaatar: Mongolian Cyrillic keys, OCEAN as readings
    picked by the trait's name."""
    khmer = re.compile(r"^[\u1780-\u17ff_]+$")
    sinhala = re.compile(r"^[\u0d80-\u0dff_]+$")
    cyrillic = re.compile(r"^[\u0400-\u04ff_]+$")
    seen: Counter[str] = Counter()

    def keys(node: Any) -> list[str]:
        if isinstance(node, list):
            return [k for x in node for k in keys(x)]
        if isinstance(node, dict):
            return [*node, *(k for v in node.values() for k in keys(v))]
        return []

    def cells(node: Any) -> list[dict[str, Any]]:
        if isinstance(node, list):
            return [c for x in node for c in cells(x)]
        if isinstance(node, dict):
            here = [node] if BOX in node else []
            return here + [c for v in node.values() for c in cells(v)]
        return []

    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            dname = next(r["dialect"] for r in m["records"] if r["path"] == rel)
            team, label = DIALECTS[dname]["team"], DIALECTS[dname]["label"]
            seen[team] += 1
            raw, _ = _raw(folder / rel)
            for res in raw:
                if team == "phnompenh":
                    assert set(res) == RESOURCE and res["type"] == label and len(res["id"]) == 16
                    rec = res["attributes"]
                    assert all(khmer.match(k) for k in keys(rec)), keys(rec)
                elif team == "colombo":
                    assert all(sinhala.match(k) for k in keys(res)), keys(res)
                    boxes = cells(res)
                    assert len(boxes) >= 5 and all(list(c) == [BOX, NOTE_BY, NOTE_AT, NOTE_LOCKED] for c in boxes)
                    assert all(isinstance(c[NOTE_LOCKED], bool) and len(c[NOTE_AT]) == 16 for c in boxes)
                else:
                    assert all(cyrillic.match(k) for k in keys(res)), keys(res)
                    if label == "personality_traits" and "зан_чанар" in res:
                        assert {x["тэнхлэг"] for x in res["зан_чанар"]} == set(writer.OCEAN_MN)
    assert seen["phnompenh"] and seen["colombo"] and seen["ulaanbaatar"]
    assert not SORTED_TEAMS


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:supplied|ran to|extended|settled at)\s+(\d+(?:\.\d+)?)")


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
    """Over a few seeds: "8.2 out of 10", "6.5 out of 10", "82%", a typographic minus, "26 wk", "34 yrs", "weeks 2-4",
    "between 2 and 4 weeks", labels in sentence case with underscores, "cause (−2.5)" texts, resources, cells with
    notes, trait readings picked by name, combined files, and scores finished with a word (uncoercible)."""
    patterns = (
        r'"\d+(?:\.\d+)? out of 10"',
        r'"\d+(?:\.\d+)?%"',
        r'"\u2212\d+(?:\.\d+)?"',
        r'"\d+ wk"',
        r'"\d+ yrs"',
        r'"weeks \d+-\d+"',
        r'"between \d+ and \d+ weeks"',
        r'"(?:Tone_deaf|Past_trauma_trigger|Mystery_hook|Stakes_escalation|People_pleasing|Partial_reveal)"',
        r'"[^"]+ \(\u2212\d+(?:\.\d+)?\)"',
        r'"[^"]+ \(\+\d+(?:\.\d+)?\)"',
        r'"attributes": \{',
        r'"අගය": [^,]+, "සංස්කරණය_කළේ": "[^"]+", "වෙනස්_කළ_වේලාව": "[^"]+", "අගුළු": (?:true|false)',
        r'"тэнхлэг": "нээлттэй_байдал"',
        r'\{\n {4}"(?:tension_building|personality_traits)": \[',
    )
    checks.forms_in_the_bytes(made, patterns)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh19", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh19", made, seed)


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh19",
    write=write_fresh19_folder,
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
