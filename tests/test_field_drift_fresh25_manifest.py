"""The fresh25 held-out writer (tests/field_drift_fresh25.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[key=label]` (two in one path too, a `{}` step after them; one after a key holding "\\."), `{}`
and "\\." steps, "4,15/5", "0,82" and "8.2 of 10" in a score, "6,5/10" and "6.5 of 10" in a capacity, "4/5" in a
level, "-2,5", "−0,45", "+1,5" and "+0.45", "26 week ago", "26 week earlier", "34 year", "34 yrs old", "2 to 4 wks",
labels in capitals with spaces, lower-case kebab and Title Case with spaces, a `<think>` block with a Baybayin
preamble and a ```json fence, pandas' record arrays, an export object, typed batches, JSON Lines), a planted
unreadable score must not read, no key part of a dialect (nor a decoy, a page, entry, reading or panel label, or a
pipeline extra) may be a name or alias of ours or a string of an earlier family's files, no character name, answer
line, factor name or other text of the records may be one an earlier family or the samples wrote, the decoys beside
the answer must be there and differ from it, the folder sizes and the file mess must be what the docstring promises,
and its records must be valid or broken by the spec's ranges and rule tables exactly as planted (read here straight
from the YAML).
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
import field_drift_fresh25 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh25 import (  # noqa: E402
    AMOUNT,
    ANSWER,
    BY_TYPE,
    DIALECTS,
    ENTRIES,
    EXPORT,
    EXPORT_HEAD,
    EXPORT_RECORDS,
    HEADING,
    LABEL,
    MEASURE,
    NK_LABEL,
    PAGES,
    PANELS,
    READINGS,
    SU_LABEL,
    TEAM_EXTRAS,
    TITLE,
    TYPES,
    VALUE,
    _layout,
    baybayin,
    nko,
    sunda,
    truth_map,
    write_fresh25_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh25_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them: a Qwen3 answer (a think block, a preamble, a ```json fence); JSON Lines; pandas'
    bare record array, an export object or a typed batch."""
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh25.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type (an entry two labels down, a reading under a dotted key, a dotted input on a panel)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+?) (?:week ago|week earlier|year|yrs old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    if m := _UNIT.fullmatch(s):  # weeks "26 week ago", "26 week earlier"; ages "34 year", "34 yrs old"
        return float(m[1])
    if re.fullmatch(r"[+-]?\d+,\d+(?:/5|/10)?", s):  # a decimal comma: "-2,5", "0,82", "4,15/5", "6,5/10"
        s = s.replace(",", ".")
    if m := re.fullmatch(r"(\S+)/5", s):  # "4,15/5" is 0.83 in a score, "4/5" is 4 in a level
        if scale == "level":
            return float(m[1])
        assert scale == "score", s
        return float(m[1]) / 5
    if m := re.fullmatch(r"(\S+)/10", s):  # "6,5/10" in a capacity
        assert scale == "capacity", s
        return float(m[1])
    if m := re.fullmatch(r"(\S+) of 10", s):  # "8.2 of 10" is 0.82 in a score, "6.5 of 10" is 6.5 in a capacity
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    return float(s)


def _window(theirs: Any) -> tuple[float, float]:
    found = re.fullmatch(r"(\d+) to (\d+) wks", theirs)
    assert found, theirs
    return float(found[1]), float(found[2])


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text
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


#: keys and labels the writer adds beside the mapped ones: the register's pages and entries, the readings, the panels
ADDED_KEYS: list[str] = [PAGES, HEADING, ENTRIES, LABEL, VALUE, READINGS, MEASURE, AMOUNT, PANELS, TITLE]
ADDED_KEYS += [EXPORT, EXPORT_RECORDS, *EXPORT_HEAD]


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, a page, entry, reading or panel label, or an extra included)
    names ours, even with case and separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """N'Ko, Sundanese and Baybayin keys are written without a zero-width (non-)joiner: the ingest removes such marks
    from values, and a key must be the same bytes wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


def test_the_scripts_are_written_as_documented() -> None:
    """The transliterations write what the docstring shows: N'Ko letters one a sound, Sundanese and Baybayin vowel
    signs and viramas as combining marks after their consonant; no two keys of a dialect alike."""
    assert nko("ɲɛw") == "\u07e2\u07cd\u07e5"
    assert sunda("ayeuna") == "\u1b83\u1b9a\u1ba9\u1b94"
    assert sunda("pangaruh") == "\u1b95\u1b8d\u1b9b\u1ba5\u1b82"
    assert baybayin("sagot") == "\u1710\u1704\u1713\u1706\u1714"
    for dialect in DIALECTS.values():
        assert len(truth_map(dialect)) == len(dialect["map"])
        keys = [*truth_map(dialect), *(k for k, _, _ in dialect["decoys"])]
        assert len(set(keys)) == len(keys)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: withdrawn takes that differ from the final one, 0-1 figures in the
    score's own written form (a reading of its own in Bandung), small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks, a Baybayin preamble and a ```json fence in the Legazpi answers, pandas' record arrays, export
    objects, typed batches, JSON Lines, one BOM + CRLF and one cut file per folder, over a few seeds."""
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
                assert re.search(r"[\u1700-\u171f]", preamble) and "{" not in preamble
            assert ("export" in mess) == (f'"{EXPORT_RECORDS}": [' in data)
            assert ("batch" in mess) == ('"samples": [' in data)
            assert ("records" in mess) == data.replace("\r\n", "\n").startswith("[\n {")
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "lines" in mess:
                assert rel.endswith(".jsonl") and all(line.startswith("{") for line in data.splitlines())
                assert ("cut" in mess) != data.endswith("}\n") and data.count("\n") >= 2
            if "cut" not in mess and "fence" in mess:
                assert "\n]\n```\n" in data
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    assert {"think", "fence", "export", "batch", "records", "lines", "duplicate", "mojibake", "cut"} <= set(seen)
    assert seen["bom_crlf"] == 8 and seen["duplicate_across_files"] >= 1


def _keys(node: Any, skip: tuple[str, ...] = ()) -> list[str]:
    """Every key of a record, but not those of the objects under `skip` (keyed by data: causes, option types)."""
    if isinstance(node, list):
        return [k for x in node for k in _keys(x, skip)]
    if isinstance(node, dict):
        return [*node, *(k for key, v in node.items() if key not in skip for k in _keys(v, skip))]
    return []


def test_written_as_the_studios_write(made: Any) -> None:
    """Bamako: N'Ko keys, every record a register of headed pages in another order from record to record, each page a
    list of labelled entries, our lists objects keyed by data on an entry. Bandung: Sundanese keys, every key of a row
    but its type column holding one dot, the numbers as readings `{measure, value}` in another order from record to
    record. Legazpi: Baybayin keys, every record a list of titled panels in another order from record to record, every
    input of a panel named "panel.field"."""
    nko_key = re.compile(r"^[\u07c0-\u07ff_]+$")
    sunda_key = re.compile(r"^[\u1b80-\u1bbf_]+\.[\u1b80-\u1bbf_]+$")
    sunda_word = re.compile(r"^[\u1b80-\u1bbf_]+$")
    bay_word = re.compile(r"^[\u1700-\u171f_]+$")
    seen: Counter[str] = Counter()
    page_orders: set[tuple[str, ...]] = set()
    panel_orders: set[tuple[str, ...]] = set()
    reading_orders: set[tuple[str, ...]] = set()
    keyed = readings = inputs = 0
    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            dname = next(r["dialect"] for r in m["records"] if r["path"] == rel)
            team = DIALECTS[dname]["team"]
            seen[team] += 1
            got, _ = _records(folder / rel)
            for rec in got:
                if team == "bamako":
                    assert list(rec)[0] == PAGES
                    assert all(nko_key.match(k) for k in _keys(rec, skip=(VALUE,)) if k != NK_LABEL), _keys(rec)
                    titles = tuple(p[HEADING] for p in rec[PAGES])
                    assert len(set(titles)) == len(titles)
                    page_orders.add(titles)
                    for page in rec[PAGES]:
                        assert list(page) == [HEADING, ENTRIES]
                        assert all(list(entry) == [LABEL, VALUE] for entry in page[ENTRIES])
                        keyed += sum(isinstance(entry[VALUE], dict) for entry in page[ENTRIES])
                elif team == "bandung":
                    assert list(rec)[-1] == SU_LABEL and rec[SU_LABEL] == DIALECTS[dname]["label"]
                    assert all(sunda_key.match(k) for k in list(rec)[:-1]), list(rec)
                    for key, v in rec.items():
                        if key.endswith("." + READINGS):
                            assert all(list(x) == [MEASURE, AMOUNT] and sunda_word.match(x[MEASURE]) for x in v)
                            readings += len(v)
                            reading_orders.add(tuple(x[MEASURE] for x in v))
                else:
                    assert list(rec)[0] == PANELS
                    titles = tuple(p[TITLE] for p in rec[PANELS])
                    assert len(set(titles)) == len(titles)
                    panel_orders.add(titles)
                    for panel in rec[PANELS]:
                        assert list(panel)[0] == TITLE and bay_word.match(panel[TITLE])
                        for key in list(panel)[1:]:
                            group, _, field = key.partition(".")
                            assert group == panel[TITLE] and bay_word.match(field), key
                            inputs += 1
    assert seen["bamako"] and seen["bandung"] and seen["legazpi"]
    assert len(page_orders) > 20 and len(panel_orders) > 20 and len(reading_orders) > 20  # shuffled per record
    assert keyed > 50 and readings > 500 and inputs > 500


def test_the_studio_forms_are_the_ones_the_docstring_names() -> None:
    """Bamako's every line holds two label steps (page, entry), its list lines a "{}" after them; Bandung's lines
    start with a key holding an escaped dot, its numbers a "[key=label]" step after it, its lists a "[]" step;
    Legazpi's one label step (a panel), then a key holding an escaped dot, its list lines a "[]" after that."""
    for dname, dialect in DIALECTS.items():
        for theirs, ours in truth_map(dialect).items():
            labels = re.findall(r"\[[^\]=]+=[^\]]+\]", theirs)
            if dialect["team"] == "bamako":
                assert len(labels) == 2 and theirs.startswith(f"{PAGES}[{HEADING}=") and "[]" not in theirs, theirs
                assert f"].{ENTRIES}[{LABEL}=" in theirs and f"].{VALUE}" in theirs, theirs
                assert ("{}" in theirs) == ("[]" in ours), (dname, theirs)
            elif dialect["team"] == "bandung":
                assert re.match(r"^[^.\\\[]+\\\.[^.\\\[{]+", theirs) and "{}" not in theirs, theirs
                assert len(labels) == (1 if f"\\.{READINGS}[" in theirs else 0), theirs
                assert ("[]" in theirs) == ("[]" in ours), (dname, theirs)
            else:
                assert len(labels) == 1 and theirs.startswith(f"{PANELS}[{TITLE}=") and "{}" not in theirs, theirs
                assert re.match(r"^[^\]]+\]\.[^.\\]+\\\.", theirs) and ("[]" in theirs) == ("[]" in ours), theirs
    readings = [t for d in DIALECTS.values() for t in truth_map(d) if f"\\.{READINGS}[" in t]
    assert len(readings) > 30


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:provided|reached|offered|totaled)\s+(\d+(?:\.\d+)?)")


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
    """Over a few seeds: "4,15/5", "6,5/10", "-2,5", "0,95", "26 week ago", "0,82", "−0,45", "+1,5", "34 year",
    "8.2 of 10", "6.5 of 10", "+0.45", "4/5", "26 week earlier", "34 yrs old", "2 to 4 wks", factors and options
    keyed by data two labels down, readings under a dotted key, factor lists after a panel's dotted key, labels in
    capitals with spaces, lower-case kebab and Title Case with spaces, and scores finished with a word
    (uncoercible)."""
    entry = f'"{LABEL}": "{{}}",\\s*"{VALUE}": '
    patterns = (
        r'"\d,\d+/5"',
        r'"\d+(?:,\d+)?/10"',
        r'"-\d+,\d+"',
        r'"0,\d+"',
        r'"\d+ week ago"',
        '"\u2212\\d+,\\d+"',
        r'"\+\d+,\d+"',
        r'"\d+ year"',
        r'"\d+(?:\.\d+)? of 10"',
        r'"\+\d+(?:\.\d+)?"',
        r'"[1-5]/5"',
        r'"\d+ week earlier"',
        r'"\d+ yrs old"',
        r'"\d+ to \d+ wks"',
        entry.format(nko("sababuw")) + '\\{\\s*"[a-z][^"]+": \\{\\s*"' + nko("nɔ") + '": "-?\\d',
        entry.format(nko("sugandiliw")) + '\\{\\s*"(?:TONE DEAF|MISGUIDED|GROWTH)": \\{',
        f'"{sunda("kakuatan")}.{READINGS}": \\[\\s*\\{{\\s*"{MEASURE}": "',
        f'"{baybayin("lakas")}.{baybayin("sanhi")}": \\[\\s*\\{{\\s*"{baybayin("dahilan")}": "',
        r'"(?:PAST TRAUMA TRIGGER|TONE DEAF|SAME EMOTION DIFFERENT CONTEXT|JOY SADNESS CONTRAST|CRISIS)"',
        r'"(?:past-trauma-trigger|mystery-hook|tone-deaf|stakes-escalation|partial-reveal)"',
        r'"(?:Past Trauma Trigger|Mystery Hook|Stakes Escalation|Partial Reveal|Excellent)"',
        r"\n</think>\n\n[^\n{]+\n\n```json\n\[\n",
    )
    checks.forms_in_the_bytes(made, patterns, crlf_as_lf=True)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh25", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh25", made, seed)


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh25",
    write=write_fresh25_folder,
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
