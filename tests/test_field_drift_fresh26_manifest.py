"""The fresh26 held-out writer (tests/field_drift_fresh26.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[key=label]`, `{}` and "\\." steps (a key holding two dots, a "\\." key after "[]" and after
"{}", a "{}" step after a label step and a "\\." key), "83 percent", "83,0 %" and "8.3/10" in a score, "6.50/10",
"6,5/10" and "6.5 out of 10" in a capacity, "4/5" and "4,0" in a level, "-2.50", "+0.45", "−2,5", "+1,5", "−2.5"
and "+1.5", "26 week back", "26 week", "34 years old", "34 yr", "2 wks", "weeks 2-4", labels in sentence case with
spaces, capitals with hyphens and lower case with spaces, a `<think>` block with a Santali preamble and a ```json
fence, pandas' ASCII JSON Lines, an export object, a bundle object, typed batches, JSON Lines), a planted
unreadable score must not read, no key part of a dialect (nor a decoy, a tab, a cell's notes, a count beside a keyed
item, or a pipeline extra) may be a name or alias of ours or a string of an earlier family's files, no character
name, answer line, factor name or other text of the records may be one an earlier family or the samples wrote, the
decoys beside the answer must be there and differ from it, the folder sizes and the file mess must be what the
docstring promises, and its records must be valid or broken by the spec's ranges and rule tables exactly as planted
(read here straight from the YAML).
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
import field_drift_fresh26 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh26 import (  # noqa: E402
    AD_APP,
    AD_APP_HEAD,
    AD_LABEL,
    AD_ROWS,
    ANSWER,
    BY_TYPE,
    CELL,
    CK_LABEL,
    DAYS,
    DIALECTS,
    NOTE_AT,
    NOTE_BY,
    OL_BUNDLE,
    OL_HEAD,
    OL_HEAD_KEYS,
    OL_LABEL,
    OL_ROWS,
    RUN_AD,
    TABS,
    TEAM_EXTRAS,
    TITLE,
    TYPES,
    WORDS,
    _layout,
    ad,
    ck,
    ol,
    truth_map,
    write_fresh26_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh26_folder)


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them: a Qwen3 answer (a think block, a preamble, a ```json fence); JSON Lines (pandas'
    ASCII ones too); an export object, a bundle object or a typed batch."""
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh26.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type (a key holding two dots, a cell on a tab, a member of an object keyed by data)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+?) (?:week back|week|wks|years old|yr)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    if m := _UNIT.fullmatch(s):  # weeks "26 week back", "26 week", "4 wks"; ages "34 years old", "34 yr"
        return float(m[1])
    if re.fullmatch(r"[+-]?\d+,\d+(?: %|/10)?", s):  # a decimal comma: "−2,5", "4,0", "83,0 %", "6,5/10"
        s = s.replace(",", ".")
    if m := re.fullmatch(r"(\S+) (?:%|percent)", s):  # "83,0 %", "83 percent" in a score
        assert scale == "score", s
        return float(m[1]) / 100
    if m := re.fullmatch(r"(\S+)/5", s):  # "4/5" is 4 in a level
        assert scale == "level", s
        return float(m[1])
    if m := re.fullmatch(r"(\S+)/10", s):  # "8.3/10" is 0.83 in a score, "6.50/10" is 6.5 in a capacity
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    if m := re.fullmatch(r"(\S+) out of 10", s):  # "6.5 out of 10" in a capacity
        assert scale == "capacity", s
        return float(m[1])
    return float(s)


def _window(theirs: Any) -> tuple[float, float]:
    found = re.fullmatch(r"weeks (\d+)-(\d+)", theirs)
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


#: keys the writer adds beside the mapped ones: the tabs and their cells' notes, the counts beside keyed items, the
#: export and bundle envelopes
ADDED_KEYS: list[str] = [TABS, TITLE, CELL, NOTE_BY, NOTE_AT, DAYS, WORDS, AD_APP, AD_ROWS, *AD_APP_HEAD]
ADDED_KEYS += [OL_BUNDLE, OL_HEAD, OL_ROWS, *OL_HEAD_KEYS]


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, a tab, a cell's note, a count or an extra included) names
    ours, even with case and separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """Cherokee, Adlam and Ol Chiki keys are written without a zero-width (non-)joiner: the ingest removes such marks
    from values, and a key must be the same bytes wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


#: the Unicode names of the letters each Latin spelling becomes (Adlam small letters, Ol Chiki letters)
_AD_NAMES = [
    *("ALIF", "DAALI", "LAAM", "MIIM", "BA", "SINNYIIYHE", "PE", "BHE", "RA", "E", "FA", "I", "O", "DHA", "YHE"),
    *("WAW", "NUN", "KAF", "YA", "U", "JIIM", "CHI", "HA", "QAAF", "GA", "NYA", "TU", "NHA", "VA", "KHA", "ZAL"),
]
_OL_NAMES = [
    *("LAA", "LO", "LA", "LE", "LI", "LU", "AAK", "AG", "ANG", "UC", "AAJ", "INY", "AT", "OTT", "UD", "EDD", "EN"),
    *("UNN", "EP", "OB", "AAM", "UY", "IR", "ERR", "AL", "AAW", "IS", "IH"),
]


def test_the_scripts_are_written_as_documented() -> None:
    """The transliterations write what the docstring shows: every Cherokee syllable the syllabary's letter of that
    name, Pular in Adlam small letters with the lengtheners and the gemination mark as combining marks after their
    letter, Santali in Ol Chiki letters; no two keys of a dialect alike."""
    for syl, letter in writer._CK.items():
        assert unicodedata.name(letter) == f"CHEROKEE LETTER {syl.upper()}"
    for (latin, letter), name in zip(writer._AD.items(), _AD_NAMES, strict=True):
        assert unicodedata.name(letter) == f"ADLAM SMALL LETTER {name}", latin
    for (latin, letter), name in zip(writer._OL.items(), _OL_NAMES, strict=True):
        assert unicodedata.name(letter) == f"OL CHIKI LETTER {name}", latin
    assert ck("tsa-la-gi") == "\u13e3\u13b3\u13a9"
    assert ad("coggu") == "\U0001e937\U0001e92e\U0001e93a\U0001e946\U0001e935"
    assert ad("jaabawol") == "\U0001e936\U0001e922\U0001e944\U0001e926\U0001e922\U0001e931\U0001e92e\U0001e924"
    assert ol("dhəR") == "\u1c6b\u1c77\u1c5f\u1c79\u1c72"
    marks = {"\U0001e944", "\U0001e945", "\U0001e946"}
    for dialect in DIALECTS.values():
        assert len(truth_map(dialect)) == len(dialect["map"])
        keys = [*truth_map(dialect), *(k for k, _, _ in dialect["decoys"])]
        assert len(set(keys)) == len(keys)
        for key in keys:  # a combining mark never starts a word
            assert not any(word[:1] in marks for word in re.split(r"[\[\]{}=._\\]", key)), key


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: withdrawn takes that differ from the final one, 0-1 figures in the
    score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks, a Santali preamble and a ```json fence in the Jamshedpur answers, pandas' ASCII JSON Lines with
    "/" escaped, export and bundle objects, typed batches, JSON Lines, one BOM + CRLF and one cut file per folder,
    over a few seeds."""
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
                assert re.search(r"[\u1c50-\u1c7f]", preamble) and "{" not in preamble
            assert ("export" in mess) == (f'"{AD_ROWS}": [' in data)
            assert ("bundle" in mess) == (f'"{OL_ROWS}": [' in data)
            assert ("batch" in mess) == ('"samples": [' in data)
            assert ("ascii" in mess) == data.isascii()
            if "ascii" in mess:
                assert "/" not in data.replace("\\/", "") and "\\u13" in data
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "lines" in mess:
                assert rel.endswith(".jsonl") and all(line.startswith("{") for line in data.splitlines())
                assert ("cut" in mess) != data.endswith("}\n") and data.count("\n") >= 2
            if "cut" not in mess and "fence" in mess:
                assert "\n]\n```\n" in data
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    kinds = {"think", "fence", "export", "bundle", "batch", "lines", "ascii", "duplicate", "mojibake", "cut"}
    assert kinds <= set(seen)
    assert seen["bom_crlf"] == 8 and seen["duplicate_across_files"] >= 1


_CK_WORD = r"[\u13a0-\u13f4_]+"
_CK_TWO = re.compile(rf"^{_CK_WORD}\.{_CK_WORD}\.{_CK_WORD}$")
_CK_ONE = re.compile(rf"^{_CK_WORD}\.{_CK_WORD}$")
_AD_WORD = r"[\U0001e900-\U0001e95f_]+"
_AD_CELL = re.compile(rf"^({_AD_WORD})\.({_AD_WORD})$")
_OL_WORD = re.compile(r"^[\u1c50-\u1c7f_]+$")
_OL_MEMBER = re.compile(r"^[\u1c50-\u1c7f_]+\.[\u1c50-\u1c7f_]+$")


def _tahlequah_keys(rec: dict[str, Any]) -> tuple[int, int]:
    """(keys, list items) of a Tahlequah record: every key but the label two dots, every item's key one."""
    flat = items = 0
    for key, value in rec.items():
        if key == CK_LABEL:
            continue
        assert _CK_TWO.match(key), key
        flat += 1
        if isinstance(value, list):
            assert all(_CK_ONE.match(k) for x in value for k in x), value
            items += len(value)
    return flat, items


def _labe_cells(rec: dict[str, Any]) -> tuple[tuple[str, ...], int, int]:
    """(tab order, cells, cells holding an object keyed by data) of a Labé record: each cell's value then its notes."""
    assert list(rec)[:2] == [TABS, RUN_AD] and set(rec) <= {TABS, RUN_AD, AD_LABEL}
    titles = tuple(tab[TITLE] for tab in rec[TABS])
    assert len(set(titles)) == len(titles)
    cells = keyed = 0
    for tab in rec[TABS]:
        keys = list(tab)[1:]
        assert list(tab)[0] == TITLE and len(keys) % 3 == 0
        for value_key, by, at in zip(keys[::3], keys[1::3], keys[2::3], strict=True):
            field, member = _AD_CELL.match(value_key).groups()  # type: ignore[union-attr]
            assert member == CELL and (by, at) == (f"{field}.{NOTE_BY}", f"{field}.{NOTE_AT}")
            cells += 1
            keyed += isinstance(tab[value_key], dict)
    return titles, cells, keyed


def _jamshedpur_keyed(rec: dict[str, Any]) -> int:
    """The keyed items of a Jamshedpur record: plain groups of Ol Chiki keys, each keyed item's keys one dot."""
    keyed = 0
    for group, fields in rec.items():
        if group == OL_LABEL:
            continue
        assert _OL_WORD.match(group) and isinstance(fields, dict), group
        for field, value in fields.items():
            assert _OL_WORD.match(field), field
            for x in value.values() if isinstance(value, dict) else ():
                assert all(_OL_MEMBER.match(k) for k in x) and ({DAYS, WORDS} & set(x)), x
                keyed += 1
    return keyed


def test_written_as_the_studios_write(made: Any) -> None:
    """Tahlequah: every key of a record but its type label holds two dots between Cherokee words, every key of a list
    item one. Labé: every record a list of titled tabs in another order from record to record, each tab's keys
    "field.value" followed by that cell's notes "field.writer" and "field.moment". Jamshedpur: Ol Chiki groups,
    the lists objects keyed by data whose values' keys hold one dot, a count among them."""
    seen: Counter[str] = Counter()
    tab_orders: set[tuple[str, ...]] = set()
    got_all: Counter[str] = Counter()
    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            team = DIALECTS[next(r["dialect"] for r in m["records"] if r["path"] == rel)]["team"]
            seen[team] += 1
            for rec in _records(folder / rel)[0]:
                if team == "tahlequah":
                    flat, items = _tahlequah_keys(rec)
                    got_all.update(flat=flat, items=items)
                elif team == "labe":
                    titles, cells, keyed = _labe_cells(rec)
                    tab_orders.add(titles)
                    got_all.update(cells=cells, keyed=keyed)
                else:
                    got_all.update(keyed=_jamshedpur_keyed(rec))
    assert seen["tahlequah"] and seen["labe"] and seen["jamshedpur"]
    assert len(tab_orders) > 20  # shuffled per record
    assert got_all["flat"] > 1000 and got_all["items"] > 100 and got_all["cells"] > 500 and got_all["keyed"] > 100


def test_the_studio_forms_are_the_ones_the_docstring_names() -> None:
    """Tahlequah's lines are one key holding two escaped dots, its list lines a "[]" and a key holding an escaped dot
    after it; Labé's one label step (a tab), then a cell's key holding an escaped dot, its list lines a "{}" after
    that; Jamshedpur's plain groups, its list lines a "{}" and a key holding an escaped dot after it."""
    key = r"[^.\\\[\]{}]+"
    for dname, dialect in DIALECTS.items():
        for theirs, ours in truth_map(dialect).items():
            labels = re.findall(r"\[[^\]=]+=[^\]]+\]", theirs)
            if dialect["team"] == "tahlequah":
                assert re.fullmatch(rf"{key}\\\.{key}\\\.{key}(?:\[\]\.{key}\\\.{key})?", theirs), theirs
                assert ("[]" in theirs) == ("[]" in ours), (dname, theirs)
            elif dialect["team"] == "labe":
                assert len(labels) == 1 and theirs.startswith(f"{TABS}[{TITLE}=") and "[]" not in theirs, theirs
                assert re.fullmatch(rf"{key}\[{key}={key}\]\.{key}\\\.{CELL}(?:\{{\}}(?:\.{key})?)?", theirs), theirs
                assert ("{}" in theirs) == ("[]" in ours), (dname, theirs)
            else:
                assert not labels and "[]" not in theirs and ("{}" in theirs) == ("[]" in ours), theirs
                assert re.fullmatch(rf"{key}\.{key}(?:\{{\}}(?:\.{key}\\\.{key})?)?", theirs), theirs
    members = [t for d in DIALECTS.values() for t in truth_map(d) if re.search(r"(?:\[\]|\{\})\.[^.]+\\\.", t)]
    assert len(members) >= 7


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:shows|lands at|gives|stands at)\s+(\d+(?:\.\d+)?)")


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
    """Over a few seeds: "83 percent", "6.50/10", "-2.50", "+0.45", "4/5", "26 week back", "34 years old",
    "weeks 2-4", "83,0 %", "6,5/10", "−2,5", "+1,5", "4,0", "8.3/10", "6.5 out of 10", "−2.5", "26 week", "34 yr",
    "4 wks", Cherokee list items with dotted keys, factors keyed by cause in an Adlam cell, options keyed by type with
    dotted Ol Chiki members, labels in sentence case with spaces, capitals with hyphens and lower case with spaces,
    and scores finished with a word (uncoercible)."""
    slash = r"(?:\\/|/)"  # pandas' JSON Lines escape "/"
    patterns = (
        r'"\d+ percent"',
        rf'"\d+\.\d\d{slash}10"',
        r'"-\d+\.\d\d"',
        r'"\+\d\.\d\d"',
        rf'"[1-5]{slash}5"',
        r'"\d+ week back"',
        r'"\d+ years old"',
        r'"weeks \d+-\d+"',
        r'"\d+,\d %"',
        r'"\d+(?:,\d+)?/10"',
        '"\u2212\\d+,\\d+"',
        r'"\+\d+,\d+"',
        r'"[1-5],0"',
        r'"\d+(?:\.\d+)?/10"',
        r'"\d+(?:\.\d+)? out of 10"',
        '"\u2212\\d+(?:\\.\\d+)?"',
        r'"\d+ week"',
        r'"\d+ yr"',
        r'"\d+ wks"',
        f'"{ck("u-da-nv-do")}.{ck("ga-ga-wo")}": "',
        f'"{ad("sabaabuuji")}.{CELL}": \\{{\\s*"[A-Za-z][^"]+": \\{{\\s*"{ad("batte")}": "',
        f'"{ol("bachao")}": \\{{\\s*"(?:tone deaf|misguided|growth)": \\{{\\s*"{ol("roR")}.{ol("aRaŋ")}": "',
        r'"(?:Past trauma trigger|Tone deaf|Mystery hook|Stakes escalation|Partial reveal|Crisis|Excellent)"',
        r'"(?:TONE-DEAF|MISGUIDED|GROWTH|CRISIS|EXCELLENT|AUTHENTIC|FAILED|STRUGGLING)"',
        r'"(?:past trauma trigger|tone deaf|mystery hook|stakes escalation|partial reveal|joy sadness contrast)"',
        r"\n</think>\n\n[^\n{]+\n\n```json\n\[\n",
    )
    checks.forms_in_the_bytes(made, patterns, crlf_as_lf=True)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh26", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh26", made, seed)


def test_no_answer_holds_a_slash() -> None:
    """pandas escapes "/" in its JSON Lines: an answer holding one would be written differently from its text, and the
    cut of a file looks for the answer as written."""
    for dtype, pool in writer.ANSWER_POOL.items():
        assert not [line for line in pool if "/" in line], dtype
    assert not [p for p in writer.PROSE + writer.GROWTH + writer.TONE_DEAF + writer.MISGUIDED if "/" in p]


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh26",
    write=write_fresh26_folder,
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
