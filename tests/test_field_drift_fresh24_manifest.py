"""The fresh24 held-out writer (tests/field_drift_fresh24.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[key=label]` (two in one path too, a list step after them), `{}` and "\\." steps, "8,2 out of 10"
and "82 percent" in a score, "6,5 out of 10" and "6.5 of 10" in a capacity, "4/5" in a level, "-2,5", "−2.5" and
"+0.45", "26w back", "26w earlier", "34 years", "34 yr old", "between 2 and 4 weeks" and [2, 4], a
cause -> object table, labels in Title Case with spaces, SCREAMING_SNAKE and lower case with spaces, a `<think>`
block with a Tamazight preamble and a ```json fence, pandas' record arrays, an export object, typed batches, JSON
Lines in a .json file), a planted unreadable score must not read, no key part of a dialect (nor a decoy, a sheet,
line, tab or cell label, or a pipeline extra) may be a name or alias of ours or a string of an earlier family's
files, no character name, answer line, factor name or other text of the records may be one an earlier family or the
samples wrote, the decoys beside the answer must be there and differ from it, the folder sizes and the file mess must
be what the docstring promises, and its records must be valid or broken by the spec's ranges and rule tables exactly
as planted (read here straight from the YAML).
"""

from __future__ import annotations

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
import field_drift_fresh24 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh24 import (  # noqa: E402
    ANSWER,
    BY_TYPE,
    CELL_VALUE,
    CELL_WHEN,
    CELL_WRITER,
    DIALECTS,
    EXPORT,
    EXPORT_HEAD,
    EXPORT_RECORDS,
    JV_LABEL,
    LINES,
    SHEET,
    SHEETS,
    SLOT,
    SY_LABEL,
    TABS,
    TEAM_EXTRAS,
    TITLE,
    TYPES,
    VALUE,
    _layout,
    truth_map,
    write_fresh24_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh24_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them: a Qwen3 answer (a think block, a preamble, a ```json fence); JSON Lines (in .jsonl
    or .json); pandas' bare record array, an export object or a typed batch."""
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh24.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    """Types absent, of 3-6 records, of 90+; one version or both in a folder (the layout drawn before anything)."""
    checks.folder_sizes_and_versions_vary(GEN)


def test_tiny_and_large_types_hold_what_they_say(made: Any) -> None:
    checks.tiny_and_large_hold_what_they_say(GEN, made)


@pytest.mark.parametrize("seed", SEEDS)
def test_true_map_points_at_spec_fields_and_reaches_every_valid_record(made: Any, seed: int) -> None:
    checks.true_map_reaches_every_valid_record(GEN, made, seed)


def test_every_dialect_maps_every_required_field() -> None:
    """No dialect writes a required field under our own name, so each one's truth map must reach every required path
    of its type (a line two labels down, a dotted key, a cell's value on a tab)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+?)(?:w back|w earlier| years| yr old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    if re.fullmatch(r"[+-]?\d+,\d+(?: out of 10)?", s):  # a decimal comma: "-2,5", "0,45", "6,5 out of 10"
        s = s.replace(",", ".")
    if m := _UNIT.fullmatch(s):  # weeks "26w back", "26w earlier"; ages "34 years", "34 yr old"
        return float(m[1])
    if m := re.fullmatch(r"(\S+) (?:out of|of) 10", s):  # "8.2 out of 10" is 0.82 in a score, 6.5 in a capacity
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    if m := re.fullmatch(r"(\d+)/5", s):  # a 1-5 level
        assert scale == "level", s
        return float(m[1])
    if m := re.fullmatch(r"(\S+) percent", s):
        assert scale == "score", s
        return float(m[1]) / 100
    return float(s)


def _window(theirs: Any) -> tuple[float, float]:
    if isinstance(theirs, list):
        return float(theirs[0]), float(theirs[1])
    found = re.fullmatch(r"between (\d+) and (\d+) weeks", theirs)
    assert found, theirs
    return float(found[1]), float(found[2])


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text or a pair
        return _window(theirs) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # factors and options kept as items
        return isinstance(theirs, list) and len(theirs) == len(ours)
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


#: keys and labels the writer adds beside the mapped ones: the dossier's lists, the tabs and cells, the export
ADDED_KEYS: list[str] = [SHEETS, SHEET, LINES, SLOT, VALUE, TABS, TITLE, CELL_VALUE, CELL_WRITER, CELL_WHEN]
ADDED_KEYS += [EXPORT, EXPORT_RECORDS, *EXPORT_HEAD]


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, a sheet, line, tab or cell label, or an extra included)
    names ours, even with case and separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """Tifinagh, Syriac and Javanese keys are written without a zero-width (non-)joiner: the ingest removes such
    marks from values, and a key must be the same bytes wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: withdrawn takes that differ from the final one, 0-1 figures in the
    score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks, a Tamazight preamble and a ```json fence in the Agadir answers, pandas' record arrays, export
    objects, typed batches, JSON Lines (in .json too), one BOM + CRLF and one cut file per folder, over a few seeds."""
    seen: Counter[str] = Counter()
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel, mess in m["mess"].items():
            data = (folder / rel).read_bytes().decode("utf-8-sig")
            seen.update(mess)
            assert ("think" in mess) == data.startswith("<think>\n") == ("fence" in mess) == rel.endswith(".md")
            assert ("fence" in mess) == ("\n```json\n[\n  {" in data)
            if "think" in mess:
                preamble = data.split("\n</think>\n\n", 1)[1].split("```json", 1)[0]
                assert re.search(r"[\u2d30-\u2d7f]", preamble) and "{" not in preamble
            assert ("export" in mess) == (f'"{EXPORT_RECORDS}": [' in data)
            assert ("batch" in mess) == ('"samples": [' in data)
            assert ("records" in mess) == data.replace("\r\n", "\n").startswith("[\n {")
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "lines" in mess:
                assert all(line.startswith("{") for line in data.splitlines())
                assert ("cut" in mess) != data.endswith("}\n") and data.count("\n") >= 2
            if "cut" not in mess and "fence" in mess:
                assert "\n]\n```\n" in data
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    assert {"think", "fence", "export", "batch", "records", "lines", "duplicate", "mojibake", "cut"} <= set(seen)
    assert seen["bom_crlf"] == 8 and seen["duplicate_across_files"] >= 1
    assert any(
        rel.endswith(".json") and "lines" in mess for seed in (1, 2, 3) for rel, mess in made(seed)[1]["mess"].items()
    )


def _keys(node: Any, skip: tuple[str, ...] = ()) -> list[str]:
    """Every key of a record, but not those of the objects under `skip` (keyed by data: causes, option types)."""
    if isinstance(node, list):
        return [k for x in node for k in _keys(x, skip)]
    if isinstance(node, dict):
        return [*node, *(k for key, v in node.items() if key not in skip for k in _keys(v, skip))]
    return []


def test_written_as_the_studios_write(made: Any) -> None:
    """Agadir: Tifinagh keys, every record a dossier of titled sheets in another order from record to record, each
    sheet a list of labelled lines, our lists kept as lists on a line. Midyat: Syriac keys, every key of a row but
    its type column holding one dot, objects keyed by data (causes, option types) under a dotted key. Yogyakarta:
    Javanese keys, every record a list of titled tabs in another order from record to record, every value of a tab
    a cell with its writer and time."""
    tifinagh = re.compile(r"^[\u2d30-\u2d7f_]+$")
    syriac = re.compile(r"^[\u0710-\u074f_]+\.[\u0710-\u074f_]+$")
    javanese = re.compile(r"^[\ua980-\ua9df_]+$")
    seen: Counter[str] = Counter()
    sheet_orders: set[tuple[str, ...]] = set()
    tab_orders: set[tuple[str, ...]] = set()
    inner_lists = keyed = cells = 0
    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            dname = next(r["dialect"] for r in m["records"] if r["path"] == rel)
            team = DIALECTS[dname]["team"]
            seen[team] += 1
            got, _ = _records(folder / rel)
            for rec in got:
                if team == "agadir":
                    assert list(rec)[0] == SHEETS
                    assert all(tifinagh.match(k) for k in _keys(rec)), _keys(rec)
                    titles = tuple(s[SHEET] for s in rec[SHEETS])
                    assert len(set(titles)) == len(titles)
                    sheet_orders.add(titles)
                    for sheet in rec[SHEETS]:
                        assert list(sheet) == [SHEET, LINES]
                        assert all(list(line) == [SLOT, VALUE] for line in sheet[LINES])
                        inner_lists += sum(isinstance(line[VALUE], list) for line in sheet[LINES])
                elif team == "midyat":
                    assert list(rec)[-1] == SY_LABEL and rec[SY_LABEL] == DIALECTS[dname]["label"]
                    assert all(syriac.match(k) for k in list(rec)[:-1]), list(rec)
                    for key, v in rec.items():
                        if isinstance(v, dict):
                            keyed += 1
                            assert all(isinstance(x, dict) for x in v.values()) or "ܕܘܟܪܢܐ" in key, key
                else:
                    assert list(rec)[0] == TABS
                    assert all(javanese.match(k) for k in _keys(rec, skip=(CELL_VALUE,)) if k != JV_LABEL)
                    titles = tuple(t[TITLE] for t in rec[TABS])
                    assert len(set(titles)) == len(titles)
                    tab_orders.add(titles)
                    for tab in rec[TABS]:
                        assert list(tab)[0] == TITLE
                        for key, cell in tab.items():
                            if key != TITLE:
                                assert list(cell) == [CELL_VALUE, CELL_WRITER, CELL_WHEN], cell
                                cells += 1
    assert seen["agadir"] and seen["midyat"] and seen["yogya"]
    assert len(sheet_orders) > 20 and len(tab_orders) > 20  # shuffled per record, not one order
    assert inner_lists > 50 and keyed > 50 and cells > 500


def test_the_studio_forms_are_the_ones_the_docstring_names() -> None:
    """Agadir's every line holds two label steps (sheet, line), its list lines a "[]" after them; Midyat's lines
    start with a key holding an escaped dot, its lists "{}" steps on that key; Yogyakarta's one label step (a tab),
    then a cell's value member, its list lines a "[]" after that."""
    for dname, dialect in DIALECTS.items():
        for theirs, ours in truth_map(dialect).items():
            labels = re.findall(r"\[[^\]=]+=[^\]]+\]", theirs)
            if dialect["team"] == "agadir":
                assert len(labels) == 2 and theirs.startswith(f"{SHEETS}[{SHEET}=") and "{}" not in theirs, theirs
                assert f"].{LINES}[{SLOT}=" in theirs and f"].{VALUE}" in theirs, theirs
                assert ("[]" in theirs) == ("[]" in ours), (dname, theirs)
            elif dialect["team"] == "midyat":
                assert not labels and "[]" not in theirs and re.match(r"^[^.\\]+\\\.[^.\\{]+", theirs), theirs
                assert ("{}" in theirs) == ("[]" in ours), (dname, theirs)
            else:
                assert len(labels) == 1 and theirs.startswith(f"{TABS}[{TITLE}=") and "{}" not in theirs, theirs
                assert f".{CELL_VALUE}" in theirs and ("[]" in theirs) == ("[]" in ours), theirs


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:gave|came in at|delivered|amounts to)\s+(\d+(?:\.\d+)?)")


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
    """Over a few seeds: "8,2 out of 10", "6,5 out of 10", "-2,5", "26w back", "26w earlier", "82 percent",
    "6.5 of 10", "−2.5", "+0.45", "34 years", "34 yr old", "4/5", "between 2 and 4 weeks", [2, 4]
    windows, factors keyed by cause under a dotted key, factor and option lists on a line two labels down and in a
    cell, labels in Title Case with spaces, SCREAMING_SNAKE and lower case with spaces, and scores finished with a
    word (uncoercible)."""
    patterns = (
        r'"\d+,\d+ out of 10"',
        r'"\d out of 10"',
        r'"-\d+,\d+"',
        r'"\d+w back"',
        r'"\d+w earlier"',
        r'"\d+ percent"',
        r'"\d+(?:\.\d+)? of 10"',
        '"\u2212\\d+(?:\\.\\d+)?"',
        r'"\+\d+(?:\.\d+)?"',
        r'"\d+ years"',
        r'"\d+ yr old"',
        r'"[1-5]/5"',
        r'"between \d+ and \d+ weeks"',
        '"ꦲꦶꦱꦶ": \\[\\s*\\d+,\\s*\\d+\\s*\\]',
        '"ܚܝܠܐ\\.ܥܠܠܐ": \\{\\s*"[a-z][^"]+": \\{\\s*"ܡܫܘܚܬܐ": "[+\u2212]',
        '"ⴰⵏⵙⴰ": "ⵉⵥⴹⴰⵢⵏ",\\s*"ⴰⵣⴰⵍ": \\[\\s*\\{\\s*"ⵜⴰⵎⵏⵜⵍⵜ": "',
        '"ⴰⵏⵙⴰ": "ⵜⵉⵖⴰⵔⴰⵙⵉⵏ",\\s*"ⴰⵣⴰⵍ": \\[\\s*\\{\\s*"ⴰⵏⵡⴰⵢ": "',
        '"ꦧꦺꦧꦤ꧀": \\{\\s*"ꦲꦶꦱꦶ": \\[\\s*\\{\\s*"ꦱꦧꦧ꧀": "',
        r'"(?:Tone Deaf|Past Trauma Trigger|Same Emotion Different Context|Joy Sadness Contrast)"',
        r'"(?:PAST_TRAUMA_TRIGGER|MYSTERY_HOOK|STAKES_ESCALATION|PARTIAL_REVEAL|CRISIS|EXCELLENT)"',
        r'"(?:past trauma trigger|mystery hook|tone deaf|stakes escalation|partial reveal)"',
        r"\n</think>\n\n[^\n{]+\n\n```json\n\[\n",
    )
    checks.forms_in_the_bytes(made, patterns, crlf_as_lf=True)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh24", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh24", made, seed)


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh24",
    write=write_fresh24_folder,
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
