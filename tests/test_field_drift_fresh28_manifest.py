"""The fresh28 held-out writer (tests/field_drift_fresh28.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[N]`, `[key=label]`, `{}` and "\\." steps (a label, a "{}" and a "\\." member; a "\\." key, a
label and a "\\." key; a "\\." key, a position and a "\\." key), "83,0%", "4,15 of 5" and "8,3 / 10" in a score
("1,000" is no reading), "6.50 out of 10", "6,50/10" and "6.5 / 10" in a capacity, "4,0 out of 5", "4,0 of 5" and
"4.0/5" in a level, "−2,5", "+0,45", "−0,45", "+1,50", "+1.5", "-2.5", "26 w earlier", "26wks ago",
"34 YRS", "34,0 yrs old", "2-4 wks later", "2 to 4 weeks later", a cause -> "-2.5" table, labels as ours, in Title
Case with spaces, in Title-Hyphen case and in lower case with spaces, a `<think>` block with a Balinese preamble and a
```json fence, typed batches, pandas record arrays, an export object, JSON Lines), a planted unreadable score must
not read, no key part of a dialect (nor a decoy, a section's name key, a reading's metric or first figure, a stage's
title key, a count beside a keyed value or a pipeline extra) may be a name or alias of ours or a string of an earlier
family's files, no character name, answer line, factor name or other text of the records may be one an earlier
family or the samples wrote, the decoys beside the answer must be there and differ from it, the folder sizes and the
file mess must be what the docstring promises, and its records must be valid or broken by the spec's ranges and rule
tables exactly as planted (read here straight from the YAML).
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
import field_drift_fresh28 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh28 import (  # noqa: E402
    ANSWER,
    B_LABEL,
    BY_TYPE,
    DAYS_V,
    DIALECTS,
    EXPORT_FIELDS_B,
    EXPORT_HEAD_B,
    EXPORT_LIST_B,
    FINAL_Y,
    FIRST_Y,
    LABELS,
    METRIC_Y,
    NAME_V,
    OUT_B,
    READINGS_Y,
    RUN_B,
    SECS_V,
    STAGE_TITLES_B,
    STAGES_B,
    TEAM_EXTRAS,
    TITLE_B,
    TYPES,
    WORDS_V,
    _layout,
    bal,
    truth_map,
    vai,
    write_fresh28_folder,
    yi,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh28_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them: a Qwen3 answer (a think block, a preamble, a ```json fence); JSON Lines; a pandas
    record array, an export object or a typed batch (the first list in it)."""
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh28.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type (a section's field, a reading's final figure, a stage's output)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^([+-]?\d+(?:\.\d+)?) ?(?:w earlier|wks ago|YRS|yrs old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    if re.fullmatch(r"[+-]?[1-9]\d*,\d\d\d", s):  # "1,000": a thousands separator or a decimal comma, not read
        raise ValueError(s)
    if re.match(r"[+-]?\d+,\d+(?:$|[ %/])", s):  # a decimal comma: "83,0%", "4,15 of 5", "−0,45", "34,0 yrs old"
        s = s.replace(",", ".", 1)
    if m := _UNIT.fullmatch(s):  # weeks "26 w earlier", "26wks ago"; ages "34 YRS", "34.0 yrs old"
        return float(m[1])
    if m := re.fullmatch(r"(\S+)%", s):  # "83.0%" in a score
        assert scale == "score", s
        return float(m[1]) / 100
    if m := re.fullmatch(r"(\S+)(?: out of | of |/)5", s):  # "4.15 of 5" is 0.83 in a score, "4.0 of 5" 4 in a level
        assert scale in ("score", "level"), s
        return float(m[1]) / 5 if scale == "score" else float(m[1])
    if m := re.fullmatch(r"(\S+)(?: out of |/| / )10", s):  # "6.50 out of 10", "6.50/10", "6.5 / 10"; "8.3 / 10"
        assert scale in ("capacity", "score"), s
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    return float(s)


def _window(theirs: Any) -> tuple[float, float]:
    found = re.fullmatch(r"(\d+)-(\d+) wks later|(\d+) to (\d+) weeks later", theirs)
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
    if isinstance(ours, list):  # options kept as items
        return isinstance(theirs, list) and len(theirs) == len(ours)
    if isinstance(ours, float) and math.isnan(ours):
        return isinstance(theirs, float) and math.isnan(theirs)
    return abs(_number(theirs, SCALES.get(target, "")) - ours) < 1e-9


@pytest.mark.parametrize("seed", [1, 3, 4, 5])
def test_every_written_value_reads_back_to_ours_planted_defects_included(made: Any, seed: int) -> None:
    """Numbers, labels, windows and factor forms are the documented lossless readings of our value; a planted
    value is in the bytes as planted (an out-of-range number written plain), a missing answer is absent."""
    checks.every_written_value_reads_back(GEN, made, seed)


def test_every_dialect_is_used_and_both_versions_meet() -> None:
    checks.every_dialect_used_and_versions_meet(GEN)


def test_family_registered_in_the_eval() -> None:
    checks.registered_in_the_eval(GEN)


#: keys the writer adds beside the mapped ones: a section's name key, the counts beside Monrovia's keyed values, a
#: reading's metric and figures (and a keyed factor's first figure), a stage's title key, the Denpasar export's
#: envelope (the type labels are documented label keys; the typed batch header is a fixed format)
ADDED_KEYS: list[str] = [
    SECS_V,
    NAME_V,
    DAYS_V,
    WORDS_V,
    READINGS_Y,
    METRIC_Y,
    FINAL_Y,
    FIRST_Y,
    yi("gga") + "." + yi("ddop"),
    TITLE_B,
    EXPORT_HEAD_B,
    EXPORT_LIST_B,
    *EXPORT_FIELDS_B,
]


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, a section's name key, a reading's keys, a stage's title key or
    an extra included) names ours, even with case and separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """Vai, Yi and Balinese keys are written without a zero-width (non-)joiner: the ingest removes such marks from
    values, and a key must be the same bytes wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


def test_the_scripts_are_written_as_documented() -> None:
    """The transliterations write what the docstring shows: Vai and Yi one syllable a letter (the syllable Unicode
    names), Balinese with its vowel signs after their consonant and the adeg-adeg between two consonants and after a
    final one; no two keys of a dialect alike, and no word of a key starting with a combining mark."""
    assert [unicodedata.name(c) for c in vai("ke-bi-la")] == ["VAI SYLLABLE KE", "VAI SYLLABLE BI", "VAI SYLLABLE LA"]
    assert [unicodedata.name(c) for c in yi("hxit-mgat")] == ["YI SYLLABLE HXIT", "YI SYLLABLE MGAT"]
    assert [unicodedata.name(c) for c in bal("hasil")] == [
        "BALINESE LETTER HA",
        "BALINESE LETTER SA",
        "BALINESE VOWEL SIGN ULU",
        "BALINESE LETTER LA",
        "BALINESE ADEG ADEG",
    ]
    assert [unicodedata.name(c) for c in bal("sang")] == ["BALINESE LETTER SA", "BALINESE SIGN CECEK"]
    assert [unicodedata.name(c) for c in bal("pamargi")][1:4] == [
        "BALINESE LETTER MA",
        "BALINESE LETTER RA",
        "BALINESE ADEG ADEG",
    ]
    marks = {"Mn", "Mc"}
    scripts = {"monrovia": "VAI ", "xichang": "YI ", "denpasar": "BALINESE "}
    for dialect in DIALECTS.values():
        assert len(truth_map(dialect)) == len(dialect["map"])
        keys = [*truth_map(dialect), *(k for k, _, _ in dialect["decoys"])]
        assert len(set(keys)) == len(keys)
        for key in keys:
            for word in re.split(r"[\[\]{}=._\\]", key):
                if word.isdigit():  # a stage's position
                    continue
                assert not word or unicodedata.category(word[0]) not in marks, key  # a mark never starts a word
                assert all(unicodedata.name(c).startswith(scripts[dialect["team"]]) for c in word), key


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: withdrawn takes that differ from the final one, 0-1 figures in the
    score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks, a Balinese preamble and a ```json fence in the Denpasar answers, typed batches, pandas record
    arrays, export objects, JSON Lines, one BOM + CRLF and one cut file per folder, over a few seeds."""
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
                assert re.search(r"[\u1b00-\u1b7f]", preamble) and "{" not in preamble
            assert ("frame" in mess) == data.replace("\r\n", "\n").startswith("[\n  {")
            assert ("export" in mess) == (f'"{EXPORT_LIST_B}": [' in data)
            assert ("batch" in mess) == ('"samples": [' in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "lines" in mess:
                assert rel.endswith(".jsonl") and all(line.startswith("{") for line in data.splitlines())
                assert ("cut" in mess) != data.endswith("}\n") and data.count("\n") >= 2
            if "cut" not in mess and "fence" in mess:
                assert "\n]\n```\n" in data
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    kinds = {"think", "fence", "frame", "export", "batch", "lines", "duplicate", "mojibake", "cut"}
    assert kinds <= set(seen)
    assert seen["bom_crlf"] == 8 and seen["duplicate_across_files"] >= 1


def _monrovia(rec: dict[str, Any]) -> tuple[tuple[str, ...], int]:
    """(section order, keyed values with their count) of a Monrovia record: every section led by its name."""
    names = tuple(section[NAME_V] for section in rec[SECS_V])
    assert len(set(names)) == len(names)
    counted = 0
    for section in rec[SECS_V]:
        assert list(section)[0] == NAME_V
        for value in section.values():
            if isinstance(value, dict):
                for item in value.values():
                    assert (DAYS_V in item) != (WORDS_V in item), item
                    assert all("." in k for k in item), item  # every member a key holding a dot
                    counted += 1
    return names, counted


def _xichang(rec: dict[str, Any]) -> int:
    """The readings of a Xichang record: every key but its label one key holding one dot, every reading its metric,
    its final figure and the model's first figure in that order."""
    readings = 0
    for key, value in rec.items():
        if key == LABELS["xichang"]:
            continue
        assert key.count(".") == 1, key
        if key.endswith("." + READINGS_Y):
            for reading in value:
                assert list(reading) == [METRIC_Y, FINAL_Y, FIRST_Y], reading
                readings += 1
    return readings


def _denpasar(rec: dict[str, Any]) -> int:
    """The outputs of a Denpasar record: five stages in their places, each led by its title, every output "out.x"."""
    stages = rec[f"{RUN_B}.{STAGES_B}"]
    assert [stage[TITLE_B] for stage in stages] == STAGE_TITLES_B
    outputs = 0
    for stage in stages:
        assert list(stage)[0] == TITLE_B
        for key in list(stage)[1:]:
            assert key.startswith(OUT_B + "."), key
            outputs += 1
    assert rec[B_LABEL] in TYPES
    return outputs


def test_written_as_the_studios_write(made: Any) -> None:
    """Monrovia: named sections in another order from record to record, keyed lists whose values' members hold a
    dot, with a count beside. Xichang: every key "group.field", every number a reading with a final and a first
    figure. Denpasar: five stages in their places, every output "out.field"."""
    seen: Counter[str] = Counter()
    orders: set[tuple[str, ...]] = set()
    got: Counter[str] = Counter()
    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            team = DIALECTS[next(r["dialect"] for r in m["records"] if r["path"] == rel)]["team"]
            seen[team] += 1
            for rec in _records(folder / rel)[0]:
                if team == "monrovia":
                    names, counted = _monrovia(rec)
                    orders.add(names)
                    got.update(keyed=counted)
                elif team == "xichang":
                    got.update(readings=_xichang(rec))
                else:
                    got.update(outputs=_denpasar(rec))
    assert seen["monrovia"] and seen["xichang"] and seen["denpasar"]
    assert len(orders) > 20  # shuffled per record
    assert got["keyed"] > 300 and got["readings"] > 1000 and got["outputs"] > 1000


def test_the_studio_forms_are_the_ones_the_docstring_names() -> None:
    """Monrovia's lines are a label step and a plain key, its list lines a label, "{}" and a member holding an escaped
    dot; Xichang's a key holding an escaped dot, alone or followed by a label step and another such key (its list lines
    that key, "{}" and such a member); Denpasar's a key holding an escaped dot, a position and another such key (its
    list lines that key, "[]" and a plain member)."""
    key = r"[^.\\\[\]{}=]+"
    dotted = rf"{key}\\\.{key}"
    for dname, dialect in DIALECTS.items():
        for theirs, ours in truth_map(dialect).items():
            if dialect["team"] == "monrovia":
                assert re.fullmatch(rf"{key}\[{key}={key}\]\.{key}(?:\{{\}}(?:\.{dotted})?)?", theirs), theirs
                assert ("{}" in theirs) == ("[]" in ours), (dname, theirs)
            elif dialect["team"] == "xichang":
                assert re.fullmatch(rf"{dotted}(?:\[{key}={key}\]\.{dotted}|\{{\}}(?:\.{dotted})?)?", theirs), theirs
                assert ("{}" in theirs) == ("[]" in ours), (dname, theirs)
            else:
                assert re.fullmatch(rf"{dotted}(?:\[[0-4]\]\.{dotted}|(?:\[\]\.{key})?)", theirs), theirs
                assert ("[]" in theirs) == ("[]" in ours), (dname, theirs)
    lines = [t for d in DIALECTS.values() for t in truth_map(d)]
    keyed = [t for t in lines if re.search(r"\]\.[^.\[]+\{\}\.[^.]+\\\.", t)]
    readings = [t for t in lines if re.search(r"\\\.[^.\[]+\[[^\]]+=[^\]]+\]\.[^.]+\\\.", t)]
    stages = [t for t in lines if re.search(r"\\\.[^.\[]+\[[0-4]\]\.[^.]+\\\.", t)]
    assert len(keyed) >= 3 and len(readings) >= 30 and len(stages) >= 40


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:supplies|runs to|musters|totals)\s+(\d+(?:\.\d+)?)")


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
    """Over a few seeds: "83,0%", "6.50 out of 10", "−2,5", "+0,45", "4,0 out of 5", "26 w earlier", "4,15 of 5",
    "6,50/10", "−0,45", "+1,50", "4,0 of 5", "26wks ago", "34 YRS", "2-4 wks later", "8,3 / 10", "6.5 / 10", "+1.5",
    "-2.5", "4.0/5", "34,0 yrs old", "2 to 4 weeks later", a cause -> "-2.5" table, keyed values with
    dotted members, readings with a first figure, labels in Title Case with spaces, Title-Hyphen and lower case with
    spaces, and scores finished with a word (uncoercible)."""
    patterns = (
        r'"\d+,\d%"',
        r'"\d+\.\d\d out of 10"',
        '"\u2212\\d+(?:,\\d+)?"',
        r'"\+\d,\d+"',
        r'"[1-5],0 out of 5"',
        r'"\d+ w earlier"',
        r'"\d,\d\d of 5"',
        r'"\d+,\d\d/10"',
        '"\u2212\\d,\\d\\d"',
        r'"[1-5],0 of 5"',
        r'"\d+wks ago"',
        r'"\d+ YRS"',
        r'"\d+-\d+ wks later"',
        r'"\d+,\d / 10"',
        r'"\d+(?:\.\d)? / 10"',
        r'"\+\d\.\d+"',
        r'"-\d\.\d+"',
        r'"[1-5]\.0/5"',
        r'"\d+,0 yrs old"',
        r'"\d+ to \d+ weeks later"',
        f'"{OUT_B}\\.{bal("beban")}": \\{{\\s*"[A-Za-z][^"]+": "[-+]\\d',
        f'"{vai("gbe")}\\.{vai("ya-ra")}": "[\u2212+]\\d+(?:,\\d+)?",\\s*"{re.escape(DAYS_V)}": \\d+',
        f'"{FINAL_Y}": "[^"]+",\\s*"{FIRST_Y}": "[^"]+"',
        r'"(?:Tone Deaf|Misguided|Growth|Crisis|Excellent|Authentic|Past Trauma Trigger|Joy Sadness Contrast)"',
        r'"(?:Tone-Deaf|Crisis|Excellent|Mystery-Hook|Stakes-Escalation|Past-Trauma-Trigger|Partial-Reveal)"',
        r'"(?:tone deaf|misguided|growth|mystery hook|stakes escalation|partial reveal|crisis|excellent)"',
        r"\n</think>\n\n[^\n{]+\n\n```json\n\[\n",
    )
    checks.forms_in_the_bytes(made, patterns, crlf_as_lf=True)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh28", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh28", made, seed)


def test_the_labels_are_documented_label_keys() -> None:
    """Monrovia's `_type`, Xichang's `dataType` and Denpasar's `kind` are among the label keys
    docs/interaction-formats.md lists."""
    docs = (checks.REPO / "docs" / "interaction-formats.md").read_text(encoding="utf-8")
    for key in LABELS.values():
        assert f"`{key}`" in docs


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh28",
    write=write_fresh28_folder,
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
