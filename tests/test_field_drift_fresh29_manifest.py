"""The fresh29 held-out writer (tests/field_drift_fresh29.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every written
valid record and every field our spec requires, every written value, planted defects included, must read back to ours by
the readings docs/interaction-formats.md documents (read here by a small reader of this test's own, which knows `[]`,
`[N]`, `[key=label]` and `{}` steps (keys holding a "/" with repeat groups; a label on an "@" attribute, another such
label, then the text key or "[]"; a label holding a JSON Pointer, then "[]" or "{}"), "83 %", "8,3 out of 10" and "83.0
percent" in a score ("1,000" is no reading), "6,5 of 10", "6,5/10" and "6,5 out of 10" in a capacity, "4/5" and "4.0 of
5" in a level, "−2.5", "+0.45", "-2,5", "+0,45", "-2.50", "26 weeks earlier", "26 wks back", "34 yr old", "34 years
old", "2-4 weeks", "2 to 4 weeks", labels as ours, in capitals with underscores, in sentence case with spaces and in
Title_Snake case, a `<think>` block with a Lisu preamble and a ```json fence, survey API pages, xmltodict exports, JSON
Lines), a planted unreadable score must not read, no key part of a dialect (nor a decoy, an element, attribute or text
key of the XML export, an op's keys or a pipeline extra) may be a name or alias of ours or a string of an earlier
family's files, no character name, answer line, factor name or other text of the records may be one an earlier family or
the samples wrote, the decoys beside the answer must be there and differ from it, the folder sizes and the file mess
must be what the docstring promises, and its records must be valid or broken by the spec's ranges and rule tables
exactly as planted (read here straight from the YAML).
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
import field_drift_fresh29 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh29 import (  # noqa: E402
    ANSWER,
    BY_TYPE,
    DIALECTS,
    ENTRY_B,
    FLD_B,
    LABELS,
    LOG_C,
    MADE_B,
    NAME_B,
    OP_C,
    PTR_C,
    ROOT_B,
    SEC_B,
    TEAM_EXTRAS,
    TEXT_B,
    TYPES,
    VAL_C,
    _layout,
    bug,
    lis,
    osa,
    truth_map,
    write_fresh29_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh29_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them: a Qwen3 answer (a think block, a preamble, a ```json fence); JSON Lines; a survey
    API page or an xmltodict export (the first list in it)."""
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh29.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type (a survey answer, an XML field's text, an op's value)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^([+-]?\d+(?:\.\d+)?) (?:weeks earlier|wks back|yr old|years old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    if re.fullmatch(r"[+-]?[1-9]\d*,\d\d\d", s):  # "1,000": a thousands separator or a decimal comma, not read
        raise ValueError(s)
    if re.match(r"[+-]?\d+,\d+(?:$|[ /])", s):  # a decimal comma: "6,5 of 10", "8,3 out of 10", "-2,5", "6,5/10"
        s = s.replace(",", ".", 1)
    if m := _UNIT.fullmatch(s):  # weeks "26 weeks earlier", "26 wks back"; ages "34 yr old", "34 years old"
        return float(m[1])
    if m := re.fullmatch(r"(\S+) ?(?:%|percent)", s):  # "83 %", "83.0 percent" in a score
        assert scale == "score", s
        return float(m[1]) / 100
    if m := re.fullmatch(r"(\S+)(?: of |/)5", s):  # "4 of 5", "4/5", "4.0 of 5" in a level
        assert scale == "level", s
        return float(m[1])
    if m := re.fullmatch(r"(\S+)(?: out of | of |/)10", s):  # "6.5 of 10", "6.5/10", "6.5 out of 10"; "8.3 out of 10"
        assert scale in ("capacity", "score"), s
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    return float(s)


def _window(theirs: Any) -> tuple[float, float]:
    found = re.fullmatch(r"(\d+)-(\d+) weeks|(\d+) to (\d+) weeks", theirs)
    assert found, theirs
    lo, hi = next((found[i], found[i + 1]) for i in (1, 3) if found[i])
    return float(lo), float(hi)


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text
        return _window(theirs) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # a list kept as items
        return isinstance(theirs, list) and len(theirs) == len(ours)
    if isinstance(ours, float) and math.isnan(ours):
        return isinstance(theirs, float) and math.isnan(theirs)
    return abs(_number(theirs, SCALES.get(target, "")) - ours) < 1e-9


@pytest.mark.parametrize("seed", [1, 3, 4, 5])
def test_every_written_value_reads_back_to_ours_planted_defects_included(made: Any, seed: int) -> None:
    """Numbers, labels and windows are the documented lossless readings of our value; a planted value is in the
    bytes as planted (an out-of-range number written plain), a missing answer is absent."""
    checks.every_written_value_reads_back(GEN, made, seed)


def test_every_dialect_is_used_and_both_versions_meet() -> None:
    checks.every_dialect_used_and_versions_meet(GEN)


def test_family_registered_in_the_eval() -> None:
    checks.registered_in_the_eval(GEN)


#: keys the writer adds beside the mapped ones: the XML export's element, attribute and text keys, the edit log's
#: keys (the type labels are documented label keys; the survey API page's keys are its server's fixed English)
ADDED_KEYS: list[str] = [SEC_B, FLD_B, NAME_B, TEXT_B, ROOT_B, ENTRY_B, MADE_B, LOG_C, OP_C, PTR_C, VAL_C]


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, an element, attribute or text key, an op's keys or an extra
    included) names ours, even with case and separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """Osage, Lontara and Lisu keys are written without a zero-width (non-)joiner: the ingest removes such marks from
    values, and a key must be the same bytes wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


def test_the_scripts_are_written_as_documented() -> None:
    """The transliterations write what the docstring shows: Osage a letter a sound, Lisu's Fraser letters with a
    consonant's own "a" left unwritten, Lontara with its vowel signs after their consonant and no coda; no two keys of
    a dialect alike, and no word of a key starting with a combining mark."""
    assert [unicodedata.name(c) for c in osa("wazhin")] == [
        "OSAGE SMALL LETTER WA",
        "OSAGE SMALL LETTER A",
        "OSAGE SMALL LETTER ZHA",
        "OSAGE SMALL LETTER I",
        "OSAGE SMALL LETTER NA",
    ]
    assert [unicodedata.name(c) for c in lis("tshe-li")] == [
        "LISU LETTER TSHA",
        "LISU LETTER E",
        "LISU LETTER LA",
        "LISU LETTER I",
    ]
    assert [unicodedata.name(c) for c in lis("ma-pa")] == ["LISU LETTER MA", "LISU LETTER PA"]
    assert [unicodedata.name(c) for c in bug("a-se")] == [
        "BUGINESE LETTER A",
        "BUGINESE LETTER SA",
        "BUGINESE VOWEL SIGN E",
    ]
    assert [unicodedata.name(c) for c in bug("ru-wa")] == [
        "BUGINESE LETTER RA",
        "BUGINESE VOWEL SIGN U",
        "BUGINESE LETTER VA",
    ]
    marks = {"Mn", "Mc"}
    scripts = {"pawhuska": "OSAGE ", "makassar": "BUGINESE ", "fugong": "LISU "}
    for dialect in DIALECTS.values():
        assert len(truth_map(dialect)) == len(dialect["map"])
        keys = [*truth_map(dialect), *(k for k, _, _ in dialect["decoys"])]
        assert len(set(keys)) == len(keys)
        for key in keys:
            for word in re.split(r"[\[\]{}=._\\/@]", key):
                assert not word or unicodedata.category(word[0]) not in marks, key  # a mark never starts a word
                assert all(unicodedata.name(c).startswith(scripts[dialect["team"]]) for c in word), key


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: withdrawn takes that differ from the final one, 0-1 figures in the
    score's own written form, small integers (as text in the XML export)."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks, a Lisu preamble and a ```json fence in the Fugong answers, survey API pages, xmltodict exports,
    JSON Lines, one BOM + CRLF and one cut file per folder, over a few seeds."""
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
                assert re.search(r"[\ua4d0-\ua4ff]", preamble) and "{" not in preamble
            assert ("kobo" in mess) == data.replace("\r\n", "\n").startswith('{\n  "count": ')
            assert ("xml" in mess) == (f'"{ROOT_B}": {{' in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "lines" in mess:
                assert rel.endswith(".jsonl") and all(line.startswith("{") for line in data.splitlines())
                assert ("cut" in mess) != data.endswith("}\n") and data.count("\n") >= 2
            if "cut" not in mess and "fence" in mess:
                assert "\n]\n```\n" in data
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    kinds = {"think", "fence", "kobo", "xml", "lines", "duplicate", "mojibake", "cut"}
    assert kinds <= set(seen)
    assert seen["bom_crlf"] == 8 and seen["duplicate_across_files"] >= 1


def _pawhuska(rec: dict[str, Any]) -> int:
    """The answers of a Pawhuska submission: every key but its label and the server's underscore fields is
    "group/question", every repeat group's item keys "group/repeat/question" under that group's key."""
    answers = 0
    for key, value in rec.items():
        if key == LABELS["pawhuska"] or key.startswith("_"):
            continue
        assert key.count("/") == 1, key
        if isinstance(value, list):
            for item in value:
                assert item and all(k.startswith(key + "/") and k.count("/") == 2 for k in item), item
        answers += 1
    return answers


def _makassar(rec: dict[str, Any]) -> tuple[tuple[str, ...], int]:
    """(section order, fields) of a Makassar entry: its attributes first, every section and field led by its name
    attribute, every leaf a string unless planted as a plain number."""
    assert rec[LABELS["makassar"]] in TYPES and list(rec)[0] == LABELS["makassar"]
    assert all(isinstance(rec[k], str) for k in rec if k.startswith("@"))
    names = tuple(section[NAME_B] for section in rec[SEC_B])
    assert len(set(names)) == len(names)
    fields = 0
    for section in rec[SEC_B]:
        assert list(section) == [NAME_B, FLD_B]
        for fld in section[FLD_B]:
            assert list(fld)[0] == NAME_B
            fields += 1
    return names, fields


def _fugong(rec: dict[str, Any]) -> tuple[tuple[str, ...], int]:
    """(pointer order, ops) of a Fugong record: every op "add", a JSON Pointer of two steps and a value."""
    ops = rec[LOG_C]
    for op in ops:
        assert list(op) == [OP_C, PTR_C, VAL_C] and op[OP_C] == "add", op
        assert re.fullmatch(r"/[^/]+/[^/]+", op[PTR_C]), op
    pointers = tuple(op[PTR_C] for op in ops)
    assert len(set(pointers)) == len(pointers)
    return pointers, len(ops)


def test_written_as_the_studios_write(made: Any) -> None:
    """Pawhuska: flat "group/question" keys, repeat groups whose items repeat the path. Makassar: named sections in
    another order from record to record, named fields, attributes as strings. Fugong: "add" ops in another order from
    record to record, each writing to its own pointer."""
    seen: Counter[str] = Counter()
    orders: dict[str, set[tuple[str, ...]]] = {"makassar": set(), "fugong": set()}
    got: Counter[str] = Counter()
    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            team = DIALECTS[next(r["dialect"] for r in m["records"] if r["path"] == rel)]["team"]
            seen[team] += 1
            for rec in _records(folder / rel)[0]:
                if team == "pawhuska":
                    got.update(answers=_pawhuska(rec))
                elif team == "makassar":
                    names, fields = _makassar(rec)
                    orders[team].add(names)
                    got.update(fields=fields)
                else:
                    pointers, ops = _fugong(rec)
                    orders[team].add(pointers)
                    got.update(ops=ops)
    assert seen["pawhuska"] and seen["makassar"] and seen["fugong"]
    assert len(orders["makassar"]) > 20 and len(orders["fugong"]) > 20  # shuffled per record
    assert got["answers"] > 1000 and got["fields"] > 1000 and got["ops"] > 1000


def test_the_studio_forms_are_the_ones_the_docstring_names() -> None:
    """Pawhuska's lines are one key holding a "/" (its list lines that key, "[]" and a key repeating its path);
    Makassar's two label steps on the "@" name attribute then the text key (its list lines the two labels, an item
    element, "[]" and an attribute or the text key); Fugong's a label step on the op's pointer then its value (its list
    lines that, then "[]" or "{}" and a plain member)."""
    key = r"[^./\\\[\]{}=@]+"
    for dname, dialect in DIALECTS.items():
        for theirs, ours in truth_map(dialect).items():
            if dialect["team"] == "pawhuska":
                found = re.fullmatch(rf"({key}/{key})(?:\[\]\.({key}/{key}/{key}))?", theirs)
                assert found and (not found[2] or found[2].startswith(found[1] + "/")), theirs
            elif dialect["team"] == "makassar":
                pair = rf"\[{re.escape(NAME_B)}={key}\]"
                item = rf"\.{key}(?:\[\]\.(?:@{key}|{re.escape(TEXT_B)}))?"
                assert re.fullmatch(rf"{SEC_B}{pair}\.{FLD_B}{pair}(?:\.{TEXT_B}|{item})", theirs), theirs
            else:
                pointer = rf"\[{PTR_C}=/{key}/{key}\]"
                assert re.fullmatch(rf"{LOG_C}{pointer}\.{VAL_C}(?:(?:\[\]|\{{\}})\.{key}|\{{\}})?", theirs), theirs
            assert ("[]" in theirs or "{}" in theirs) == ("[]" in ours), (dname, theirs)
    lines = [t for d in DIALECTS.values() for t in truth_map(d)]
    assert len([t for t in lines if t.count(f"[{NAME_B}=") == 2]) >= 40
    assert len([t for t in lines if f"[{PTR_C}=/" in t]) >= 40
    assert len([t for t in lines if "/" in t and "[" not in t.split("/")[0]]) >= 40


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:hands over|reaches|extends|stands at)\s+(\d+(?:\.\d+)?)")


@pytest.mark.parametrize("seed", [*SEEDS, 7, 11, 28])
def test_planted_outcomes_hold_by_the_spec(made: Any, seed: int) -> None:
    checks.planted_outcomes_hold_by_the_spec(GEN, made, seed)


def test_every_defect_kind_is_planted_over_the_seeds(made: Any) -> None:
    """Both X+2 forms (a support-given number and a sentence) and an excellent target over X+2, a reversed window,
    every rule family, every reject reason, over seeds 1-15."""
    checks.every_defect_kind_planted(made, seeds=range(1, 16))


def test_mojibake_answers_are_exact_repairs(made: Any) -> None:
    checks.mojibake_answers_are_exact_repairs(GEN, made)


def test_the_new_value_forms_are_in_the_bytes(made: Any) -> None:
    """Over a few seeds: "83 %", "6,5 of 10", "−2.5", "+0.45", "26 weeks earlier", "34 yr old", "8,3 out of 10",
    "6,5/10", "-2,5", "+0,45", "4/5", "2-4 weeks", "83.0 percent", "6,5 out of 10", "-2.50", "4.0 of 5", "26 wks back",
    "34 years old", "2 to 4 weeks", labels in capitals with underscores, in sentence case with spaces and in
    Title_Snake case."""
    patterns = (
        r'"\d+(?:\.\d)? %"',
        r'"\d+(?:,\d+)? of 10"',
        '"\u2212\\d+(?:\\.\\d+)?"',
        r'"\+\d\.\d+"',
        r'"\d+ weeks earlier"',
        r'"\d+ yr old"',
        r'"\d+,\d+ out of 10"',
        r'"\d+(?:,\d+)?/10"',
        r'"-\d+,\d+"',
        r'"\+\d,\d+"',
        r'"[1-5]/5"',
        r'"\d+-\d+ weeks"',
        r'"\d+\.\d percent"',
        r'"\d+(?:,\d+)? out of 10"',
        r'"-\d\.\d\d"',
        r'"[1-5]\.0 of 5"',
        r'"\d+ wks back"',
        r'"\d+ years old"',
        r'"\d+ to \d+ weeks"',
        r'"(?:TONE_DEAF|MISGUIDED|GROWTH|CRISIS|EXCELLENT|PAST_TRAUMA_TRIGGER|MYSTERY_HOOK|STAKES_ESCALATION)"',
        r'"(?:Crisis|Excellent|Authentic|Mystery hook|Stakes escalation|Partial reveal|Low|High|Medium)"',
        r'"(?:Tone_Deaf|Misguided|Growth|Past_Trauma_Trigger|Joy_Sadness_Contrast|Mystery_Hook|Partial_Reveal)"',
        r"\n</think>\n\n[^\n{]+\n\n```json\n\[\n",
    )
    checks.forms_in_the_bytes(made, patterns, crlf_as_lf=True)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh29", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh29", made, seed)


def test_the_labels_are_documented_label_keys() -> None:
    """Pawhuska's `record_type`, Makassar's `@type` and Fugong's `task` are among the label keys
    docs/interaction-formats.md lists."""
    docs = (checks.REPO / "docs" / "interaction-formats.md").read_text(encoding="utf-8")
    for key in LABELS.values():
        assert f"`{key}`" in docs


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh29",
    write=write_fresh29_folder,
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
    count_ok=lambda v: isinstance(v, int) or (isinstance(v, str) and v.isdigit()),
)
