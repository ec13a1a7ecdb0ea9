"""The fresh27 held-out writer (tests/field_drift_fresh27.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[N]`, `[key=label]`, `{}` and "\\." steps (a "\\." key then a position, a position then a "\\."
key, two label steps then a "\\." key and a "{}" step), "4,15 out of 5", "83,0 percent" and "0,830" in a score
("1,000" is no reading), "0,95" in a weight, "6.50 of 10", "6,5 / 10" and "6,50 of 10" in a capacity, "4 out of 5",
"4,0/5" and "4 of 5" in a level, "−2.50", "+1.50", "−2,50", "+1,50", "-2,50", "26 w back", "26,0 wks", "34.0 yrs",
"34 Years Old", "between 2 and 4 wks",
"weeks 2 to 4", a cause -> "−2,50" table, labels as ours, in capitals with spaces and in sentence case with hyphens,
a `<think>` block with a Maithili preamble and a ```json fence, Solr `/select` answers, an export object, typed
batches, JSON Lines), a planted unreadable score must not read, no key part of a dialect (nor a decoy, a page title
key, a row's notes, a Solr document's own keys or a pipeline extra) may be a name or alias of ours or a string of an
earlier family's files, no character name, answer line, factor name or other text of the records may be one an
earlier family or the samples wrote, the decoys beside the answer must be there and differ from it, the folder sizes
and the file mess must be what the docstring promises, and its records must be valid or broken by the spec's ranges
and rule tables exactly as planted (read here straight from the YAML).
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import drift_content_checks as content  # noqa: E402
import drift_manifest_checks as checks  # noqa: E402
import field_drift_fresh27 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh27 import (  # noqa: E402
    ANSWER,
    ANSWERS_MM,
    BY_TYPE,
    CODE_TI,
    DIALECTS,
    FORM_MM,
    MM_HEAD,
    MM_LABEL,
    OPTS_MM,
    PAGE_TI,
    PAGE_TITLES_MM,
    PAGES_MM,
    PAGES_TI,
    ROWS_TI,
    SO_ID,
    SOLR_VERSION,
    STAMP_TI,
    TEAM_EXTRAS,
    TI_LABEL,
    TITLE_MM,
    TYPES,
    VALUE_TI,
    WRITER_TI,
    _layout,
    mm,
    mmd,
    so,
    ti,
    truth_map,
    write_fresh27_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh27_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them: a Qwen3 answer (a think block, a preamble, a ```json fence); JSON Lines; a Solr
    `/select` answer, an export object or a typed batch (the first list in it)."""
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh27.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type (a Solr field's one value, a numbered question on a page, a row's final value)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+?) (?:w back|wks|yrs|Years Old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    if re.fullmatch(r"[+-]?[1-9]\d*,\d\d\d", s):  # "1,000": a thousands separator or a decimal comma, not read
        raise ValueError(s)
    if re.fullmatch(r"[+-]?\d+,\d+(?: \S.*)?|[+-]?\d+,\d+/5", s):  # a decimal comma: "0,830", "−2,50", "4,0/5"
        s = s.replace(",", ".")
    if m := _UNIT.fullmatch(s):  # weeks "26 w back", "26.0 wks"; ages "34.0 yrs", "34 Years Old"
        return float(m[1])
    if m := re.fullmatch(r"(\S+) percent", s):  # "83.0 percent" in a score
        assert scale == "score", s
        return float(m[1]) / 100
    if m := re.fullmatch(r"(\S+)(?: out of |/| of )5", s):  # "4.15 out of 5" is 0.83 in a score, 4 in a level
        assert scale in ("score", "level"), s
        return float(m[1]) / 5 if scale == "score" else float(m[1])
    if m := re.fullmatch(r"(\S+)(?: / | of )10", s):  # "6.5 / 10", "6.50 of 10" in a capacity
        assert scale == "capacity", s
        return float(m[1])
    return float(s)


def _window(theirs: Any) -> tuple[float, float]:
    found = re.fullmatch(r"between (\d+) and (\d+) wks|weeks (\d+) to (\d+)", theirs)
    assert found, theirs
    lo, hi = (found[1], found[2]) if found[1] else (found[3], found[4])
    return float(lo), float(hi)


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text
        return _window(theirs) == (ours["min"], ours["max"])
    if isinstance(ours, list) and isinstance(theirs, dict):  # factors as a cause -> signed effect table
        return list(theirs) == [x["factor"] for x in ours] and all(
            abs(_number(v, "impact") - x["impact"]) < 1e-9 for v, x in zip(theirs.values(), ours, strict=True)
        )
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


#: keys the writer adds beside the mapped ones: a Solr document's unique key and `_version_`, a page's title key,
#: a row's notes, the Imphal export's envelope (the type labels are documented label keys; Solr's `/select` envelope
#: and the typed batch header are fixed formats, no studio's spelling)
ADDED_KEYS: list[str] = [SO_ID, SOLR_VERSION, TITLE_MM, FORM_MM, ANSWERS_MM, *MM_HEAD, WRITER_TI, STAMP_TI]


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, a page's title key, a row's notes, a Solr key or an extra
    included) names ours, even with case and separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """Osmanya, Meetei Mayek and Tirhuta keys are written without a zero-width (non-)joiner: the ingest removes such
    marks from values, and a key must be the same bytes wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


def test_the_scripts_are_written_as_documented() -> None:
    """The transliterations write what the docstring shows: Somali in Osmanya letters (long vowels as letters of
    their own), Meitei in Meetei Mayek (a final as a LONSUM letter, other vowels as signs after their consonant,
    numbers in Meetei Mayek digits), Maithili in Tirhuta (the virama between two consonants); no two keys of a
    dialect alike."""
    for latin, letter in writer._SO.items():
        assert unicodedata.name(letter).startswith("OSMANYA LETTER "), latin
    assert so("magac") == "\U00010491\U00010496\U0001048c\U00010496\U0001048b"
    assert so("taariikh") == "\U00010482\U0001049b\U00010487\U00010498\U00010495\U00010485"
    assert [unicodedata.name(c) for c in mm("ma-ming")] == [
        "MEETEI MAYEK LETTER MIT",
        "MEETEI MAYEK LETTER MIT",
        "MEETEI MAYEK VOWEL SIGN INAP",
        "MEETEI MAYEK LETTER NGOU LONSUM",
    ]
    assert [unicodedata.name(c) for c in mm("pao-khum")] == [
        "MEETEI MAYEK LETTER PA",
        "MEETEI MAYEK VOWEL SIGN ANAP",
        "MEETEI MAYEK LETTER UN",
        "MEETEI MAYEK LETTER KHOU",
        "MEETEI MAYEK VOWEL SIGN UNAP",
        "MEETEI MAYEK LETTER MIT LONSUM",
    ]
    assert [unicodedata.name(c) for c in mmd(21)] == ["MEETEI MAYEK DIGIT TWO", "MEETEI MAYEK DIGIT ONE"]
    assert [unicodedata.name(c) for c in ti("antima")] == [
        "TIRHUTA LETTER A",
        "TIRHUTA LETTER NA",
        "TIRHUTA SIGN VIRAMA",
        "TIRHUTA LETTER TA",
        "TIRHUTA VOWEL SIGN I",
        "TIRHUTA LETTER MA",
    ]
    marks = {"Mn", "Mc"}
    for dialect in DIALECTS.values():
        assert len(truth_map(dialect)) == len(dialect["map"])
        keys = [*truth_map(dialect), *(k for k, _, _ in dialect["decoys"])]
        assert len(set(keys)) == len(keys)
        for key in keys:  # a combining mark never starts a word
            for word in re.split(r"[\[\]{}=._\\]", key):
                assert not word or unicodedata.category(word[0]) not in marks, key


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: withdrawn takes that differ from the final one, 0-1 figures in the
    score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks, a Maithili preamble and a ```json fence in the Darbhanga answers, Solr `/select` answers, export
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
                assert re.search(r"[\U00011480-\U000114df]", preamble) and "{" not in preamble
            assert ("select" in mess) == ('"docs": [' in data and '"responseHeader": {' in data)
            assert ("export" in mess) == (f'"{ANSWERS_MM}": [' in data)
            assert ("batch" in mess) == ('"samples": [' in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "lines" in mess:
                assert rel.endswith(".jsonl") and all(line.startswith("{") for line in data.splitlines())
                assert ("cut" in mess) != data.endswith("}\n") and data.count("\n") >= 2
            if "cut" not in mess and "fence" in mess:
                assert "\n]\n```\n" in data
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    kinds = {"think", "fence", "select", "export", "batch", "lines", "duplicate", "mojibake", "cut"}
    assert kinds <= set(seen)
    assert seen["bom_crlf"] == 8 and seen["duplicate_across_files"] >= 1


_SO_WORD = r"[\U00010480-\U0001049d_]+"
_SO_FIELD = re.compile(rf"^{_SO_WORD}\.{_SO_WORD}$")
_SO_PLAIN = re.compile(rf"^{_SO_WORD}$")
_MM_DIGITS = "[\uabf0-\uabf9]+"
_MM_QUESTION = re.compile(rf"^({_MM_DIGITS})\.({_MM_DIGITS})_[\uabc0-\uabed_]+$")
_TI_WORD = r"[\U00011480-\U000114df_]+"


def _mm_number(digits: str) -> int:
    return int("".join(str(ord(d) - 0xABF0) for d in digits))


def _hargeisa_fields(rec: dict[str, Any]) -> tuple[int, int]:
    """(fields of one value, child documents) of a Hargeisa document: every key but its unique key and `_version_`
    "group.field", its value a list of one value or a list of child documents of plain keys."""
    assert list(rec)[0] == SO_ID and list(rec)[-1] == SOLR_VERSION and isinstance(rec[SOLR_VERSION], int)
    single = children = 0
    for key, value in list(rec.items())[1:-1]:
        assert _SO_FIELD.match(key) and isinstance(value, list), key
        if value and all(isinstance(x, dict) for x in value):
            assert all(_SO_PLAIN.match(k) for x in value for k in x), value
            children += len(value)
        else:
            assert len(value) == 1 and not isinstance(value[0], (dict, list)), (key, value)
            single += 1
    return single, children


def _imphal_questions(rec: dict[str, Any]) -> int:
    """The questions of an Imphal record: four pages in their order, each led by its title, every question numbered
    with its page's number; the options table's columns numbered 5."""
    assert set(rec) <= {PAGES_MM, OPTS_MM, MM_LABEL, mm("mei-sin")}
    pages = rec[PAGES_MM]
    assert [page[TITLE_MM] for page in pages] == PAGE_TITLES_MM
    questions = 0
    for number, page in enumerate(pages, start=1):
        assert list(page)[0] == TITLE_MM
        for key in list(page)[1:]:
            found = _MM_QUESTION.match(key)
            assert found and _mm_number(found[1]) == number, key
            questions += 1
    for row in rec.get(OPTS_MM, []):
        assert all(_mm_number(_MM_QUESTION.match(k)[1]) == 5 for k in row), row  # type: ignore[index]
    return questions


def _darbhanga_rows(rec: dict[str, Any]) -> tuple[tuple[str, ...], int, int]:
    """(page order, rows, rows holding an object keyed by data) of a Darbhanga record: each row its code, its final
    value, then who wrote it and when."""
    names = tuple(page[PAGE_TI] for page in rec[PAGES_TI])
    assert len(set(names)) == len(names)
    rows = keyed = 0
    for page in rec[PAGES_TI]:
        assert list(page) == [PAGE_TI, ROWS_TI]
        for row in page[ROWS_TI]:
            assert list(row) == [CODE_TI, VALUE_TI, WRITER_TI, STAMP_TI], row
            assert re.fullmatch(_TI_WORD, row[CODE_TI])
            rows += 1
            keyed += isinstance(row[VALUE_TI], dict)
    return names, rows, keyed


def test_written_as_the_studios_write(made: Any) -> None:
    """Hargeisa: every Solr field "group.field" holding a list of one value, our lists child documents. Imphal: four
    pages in their places, every question numbered "page.question". Darbhanga: named pages in another order from
    record to record, every row its code, its final value "value.final" and that value's notes."""
    seen: Counter[str] = Counter()
    page_orders: set[tuple[str, ...]] = set()
    got_all: Counter[str] = Counter()
    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            team = DIALECTS[next(r["dialect"] for r in m["records"] if r["path"] == rel)]["team"]
            seen[team] += 1
            for rec in _records(folder / rel)[0]:
                if team == "hargeisa":
                    single, children = _hargeisa_fields(rec)
                    got_all.update(single=single, children=children)
                elif team == "imphal":
                    got_all.update(questions=_imphal_questions(rec))
                else:
                    names, rows, keyed = _darbhanga_rows(rec)
                    page_orders.add(names)
                    got_all.update(rows=rows, keyed=keyed)
    assert seen["hargeisa"] and seen["imphal"] and seen["darbhanga"]
    assert len(page_orders) > 20  # shuffled per record
    assert got_all["single"] > 1000 and got_all["children"] > 100 and got_all["questions"] > 1000
    assert got_all["rows"] > 500 and got_all["keyed"] > 100


def test_the_studio_forms_are_the_ones_the_docstring_names() -> None:
    """Hargeisa's lines are a key holding an escaped dot and then "[0]", its list lines that key, "[]" and a plain
    member; Imphal's a position and then a key holding an escaped dot, its option lines "[]" and such a key; Darbhanga's
    two label steps, then the escaped "value.final", its list lines a "{}" after that and a plain member."""
    key = r"[^.\\\[\]{}=]+"
    value = VALUE_TI.replace(".", r"\\\.")
    for dname, dialect in DIALECTS.items():
        for theirs, ours in truth_map(dialect).items():
            if dialect["team"] == "hargeisa":
                assert re.fullmatch(rf"{key}\\\.{key}(?:\[0\]|(?:\[\]\.{key})?)", theirs), theirs
                assert ("[0]" in theirs) != ("capacity_factors" in ours), (dname, theirs)
            elif dialect["team"] == "imphal":
                assert re.fullmatch(rf"{key}(?:\[[0-3]\]|\[\])?\.{key}\\\.{key}|{key}", theirs), theirs
                assert ("[]" in theirs) == ("[]" in ours), (dname, theirs)
            else:
                assert re.fullmatch(
                    rf"{key}\[{key}={key}\]\.{key}\[{key}={key}\]\.{value}(?:\{{\}}(?:\.{key})?)?", theirs
                )
                assert ("{}" in theirs) == ("[]" in ours), (dname, theirs)
    positions = [t for d in DIALECTS.values() for t in truth_map(d) if re.search(r"\\\.[^.\[]+\[0\]$", t)]
    pages = [t for d in DIALECTS.values() for t in truth_map(d) if re.search(r"\[[0-3]\]\.[^.]+\\\.", t)]
    keyed = [t for d in DIALECTS.values() for t in truth_map(d) if re.search(r"\]\.[^.\[]+\\\.[^.\[]+\{\}", t)]
    assert len(positions) >= 40 and len(pages) >= 40 and len(keyed) >= 5


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:hands over|came in at|lends|ended at)\s+(\d+(?:\.\d+)?)")


@pytest.mark.parametrize("seed", [*SEEDS, 7, 11, 27])
def test_planted_outcomes_hold_by_the_spec(made: Any, seed: int) -> None:
    checks.planted_outcomes_hold_by_the_spec(GEN, made, seed)


def test_every_defect_kind_is_planted_over_the_seeds(made: Any) -> None:
    """Both X+2 forms (a support-given number and a sentence) and an excellent target over X+2, a reversed window,
    every rule family, every reject reason, over a few seeds."""
    checks.every_defect_kind_planted(made, seeds=range(1, 13))


def test_mojibake_answers_are_exact_repairs(made: Any) -> None:
    checks.mojibake_answers_are_exact_repairs(GEN, made)


def test_the_new_value_forms_are_in_the_bytes(made: Any) -> None:
    """Over a few seeds: "4,15 out of 5", "6.50 of 10", "−2.50", "+1.50", "4 out of 5", "26 w back", "34.0 yrs",
    "between 2 and 4 wks", "83,0 percent", "6,5 / 10", "−2,50", "4,0/5", "34 Years Old", "weeks 2 to 4", "0,830",
    "6,50 of 10", "-2,50", "4 of 5", "26,0 wks", a cause -> "−2,50" table, Solr fields of one value, Meetei Mayek
    question numbers, keyed objects in a Tirhuta row, labels in capitals with spaces and in sentence case with
    hyphens, and scores finished with a word (uncoercible)."""
    patterns = (
        r'"\d,\d+ out of 5"',
        r'"\d+\.\d\d of 10"',
        '"\u2212\\d+\\.\\d\\d"',
        r'"\+\d\.\d\d"',
        r'"[1-5] out of 5"',
        r'"\d+ w back"',
        r'"\d+\.0 yrs"',
        r'"between \d+ and \d+ wks"',
        r'"\d+,\d percent"',
        r'"\d+(?:,\d)? / 10"',
        '"\u2212\\d+,\\d\\d"',
        r'"[1-5],0/5"',
        r'"\d+ Years Old"',
        r'"weeks \d+ to \d+"',
        r'"0,\d\d\d"',
        r'"\d+,\d\d of 10"',
        r'"-\d+,\d\d"',
        r'"[1-5] of 5"',
        r'"\d+,0 wks"',
        f'"{mmd(2)}\\.{mmd(2)}_{mm("ma-theng")}": \\{{\\s*"[A-Za-z][^"]+": "[\u2212+]\\d+,\\d\\d"',
        f'"{so("qofka")}\\.{so("magac")}": \\[\\s*"[A-Z]',
        f'"{VALUE_TI}": \\{{\\s*"[A-Za-z][^"]+": \\{{\\s*"{ti("prabhaava")}": "[-+]\\d+,\\d\\d"',
        r'"(?:TONE DEAF|MISGUIDED|GROWTH|CRISIS|EXCELLENT|MYSTERY HOOK|STAKES ESCALATION|PARTIAL REVEAL)"',
        r'"(?:Tone-deaf|Misguided|Growth|Crisis|Excellent|Authentic|Past-trauma-trigger|Joy-sadness-contrast)"',
        r"\n</think>\n\n[^\n{]+\n\n```json\n\[\n",
    )
    checks.forms_in_the_bytes(made, patterns, crlf_as_lf=True)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh27", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh27", made, seed)


def test_the_labels_are_documented_label_keys() -> None:
    """Imphal's `record_type` and Darbhanga's `@type` are among the label keys docs/interaction-formats.md lists."""
    docs = (checks.REPO / "docs" / "interaction-formats.md").read_text(encoding="utf-8")
    for key in (MM_LABEL, TI_LABEL):
        assert f"`{key}`" in docs


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh27",
    write=write_fresh27_folder,
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
