"""The fresh22 held-out writer (tests/field_drift_fresh22.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[key=label]` (twice in one path too) and `{}` steps, "82 percent" and "82%" and "8.2 out of 10"
in a score, "6.5 out of 10" and "6.5/10" in a capacity, "4/5" and 4.0 in a level, "3 wks ago", "26 weeks earlier",
"34 year old", "34 yrs old", "between 2 and 4 weeks", "2-4 weeks later", "+0.3" and "−2.5", a name -> impact table,
factors and options keyed by data, labels in Title-Hyphen case and in lower case with spaces, a `<think>` block
followed by the array with no fence, an export object, typed batches, JSON Lines in a .json file), a planted
unreadable score must not read, no key part of a dialect (nor a decoy, a page or row label, a card label or a
pipeline extra) may be a name or alias of ours or a string of an earlier family's files, no character name, answer
line, factor name or other text of the records may be one an earlier family or the samples wrote, the decoys beside
the answer must be there and differ from it, the folder sizes and the file mess must be what the docstring
promises, and its records must be valid or broken by the spec's ranges and rule tables exactly as planted (read
here straight from the YAML).
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
import field_drift_fresh22 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh22 import (  # noqa: E402
    ANSWER,
    BY_TYPE,
    CARD,
    CARDS,
    DIALECTS,
    FIELD,
    PAGE,
    PAGES,
    ROWS,
    TEAM_EXTRAS,
    TYPES,
    VALUE,
    _layout,
    truth_map,
    write_fresh22_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh22_folder)

#: the export object around Iqaluit's cards, and its header's keys
EXPORT_KEYS = ["ᐊᐅᓪᓚᖅᑎᑦᑎᓂᖅ", "ᓴᓇᔭᐅᔪᑦ", "ᓇᓴᐅᑎ", "ᐅᓪᓗᖓ", "ᑲᑎᖦᖢᒋᑦ"]


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them: a Qwen3 answer (a think block, then the array with no fence); JSON Lines (in
    .jsonl or .json); an export object or a typed batch."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if text.startswith("<think>\n"):
        think, body = text.split("\n</think>\n", 1)
        assert "{" not in think and "```" not in text, path
        try:
            return json.loads(body), False
        except json.JSONDecodeError:
            return checks.complete_elements(body, body.index("[") + 1), True
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh22.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type (a row by its page's and its own label, a card's field, a keyed object's keys and values)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+?) (?:wks ago|weeks earlier|year old|yrs old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip().replace("\u2212", "-")
    if m := _UNIT.fullmatch(s):  # weeks "3 wks ago", "26 weeks earlier"; ages "34 year old", "34 yrs old"
        return float(m[1])
    if m := re.fullmatch(r"(\S+)(?: out of 10|/10)", s):  # "6.5 out of 10", "6.5/10" (a capacity; 0.65 a score)
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    if m := re.fullmatch(r"(\S+)/5", s):  # "4/5" in a level
        assert scale == "level", s
        return float(m[1])
    if m := re.fullmatch(r"(\S+?)(?:%| percent)", s):
        assert scale == "score", s
        return float(m[1]) / 100
    return float(s)


def _window(theirs: Any) -> tuple[float, float]:
    found = re.fullmatch(r"between (\d+) and (\d+) weeks", theirs) or re.fullmatch(r"(\d+)-(\d+) weeks later", theirs)
    assert found, theirs
    return float(found[1]), float(found[2])


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text
        return _window(theirs) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors as a name -> impact table, irony options as items
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


#: keys and labels the writer adds beside the mapped ones: the workbook's pages and rows, the cards, the export
ADDED_KEYS: list[str] = [PAGES, PAGE, ROWS, FIELD, VALUE, CARDS, CARD, *EXPORT_KEYS]


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, a page, row or card label, or an extra included) names ours,
    even with case and separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """Gujarati, Malayalam and syllabics keys are written without a zero-width (non-)joiner (Malayalam's chillu
    letters as their atomic code points): the ingest removes such marks from values, and a key must be the same bytes
    wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: withdrawn takes that differ from the final one, 0-1 figures in the
    score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks and no fence in the Kochi answers, export objects, typed batches, JSON Lines (in .json too), one
    BOM + CRLF and one cut file per folder, over a few seeds."""
    seen: Counter[str] = Counter()
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel, mess in m["mess"].items():
            data = (folder / rel).read_bytes().decode("utf-8-sig")
            seen.update(mess)
            assert ("think" in mess) == data.startswith("<think>\n") == ("no_fence" in mess) == rel.endswith(".md")
            assert "```" not in data
            if "think" in mess:
                assert "\n</think>\n\n[\n  {" in data
            assert ("export" in mess) == ('"ᓴᓇᔭᐅᔪᑦ": [' in data)
            assert ("batch" in mess) == ('"samples": [' in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "lines" in mess:
                assert all(line.startswith("{") for line in data.splitlines())
                assert ("cut" in mess) != data.endswith("}\n") and data.count("\n") >= 2
            if "cut" not in mess and "think" in mess:
                assert data.endswith("\n]\n")
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    assert {"think", "no_fence", "export", "batch", "lines", "duplicate", "mojibake", "cut", "bom_crlf"} <= set(seen)
    assert seen["duplicate_across_files"] >= 1
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


def _values(node: Any, key: str) -> list[Any]:
    """Every value held under `key` anywhere in a record."""
    if isinstance(node, list):
        return [v for x in node for v in _values(x, key)]
    if isinstance(node, dict):
        return [*([node[key]] if key in node else []), *(v for x in node.values() for v in _values(x, key))]
    return []


def test_written_as_the_studios_write(made: Any) -> None:
    """Ahmedabad: Gujarati keys, every record a workbook of labelled pages, each a list of labelled rows, the pages in
    another order from record to record. Kochi: Malayalam keys in plain groups. Iqaluit: syllabics keys, every record a
    list of labelled cards, its lists of ours objects keyed by data inside a card."""
    gujarati = re.compile(r"^[\u0a80-\u0aff_]+$")
    malayalam = re.compile(r"^[\u0d00-\u0d7f_]+$")
    syllabics = re.compile(r"^[\u1400-\u167f_]+$")
    keyed = ("દબાણો", "ᐱᔾᔪᑏᑦ", "ᓂᕈᐊᒃᓴᑦ")
    seen: Counter[str] = Counter()
    orders: set[tuple[str, ...]] = set()
    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            dname = next(r["dialect"] for r in m["records"] if r["path"] == rel)
            team = DIALECTS[dname]["team"]
            seen[team] += 1
            got, _ = _records(folder / rel)
            for rec in got:
                if team == "ahmedabad":
                    assert list(rec)[0] == PAGES
                    assert all(gujarati.match(k) for k in _keys(rec, skip=(VALUE,))), _keys(rec, skip=(VALUE,))
                    pages = rec[PAGES]
                    assert all(
                        list(p) == [PAGE, ROWS] and all(list(r) == [FIELD, VALUE] for r in p[ROWS]) for p in pages
                    )
                    assert all(gujarati.match(x) for x in _values(rec, PAGE) + _values(rec, FIELD))
                    names = tuple(p[PAGE] for p in pages)
                    assert len(set(names)) == len(names)
                    orders.add(names)
                elif team == "kochi":
                    assert all(malayalam.match(k) for k in _keys(rec)), _keys(rec)
                    assert all(isinstance(v, dict) for v in rec.values())
                else:
                    assert list(rec)[0] == CARDS
                    assert all(syllabics.match(k) for k in _keys(rec, skip=keyed)), _keys(rec, skip=keyed)
                    labels = [c[CARD] for c in rec[CARDS]]
                    assert len(set(labels)) == len(labels) and all(syllabics.match(x) for x in labels)
                    for card in rec[CARDS]:
                        for key in keyed:
                            assert not isinstance(card.get(key, {}), list)
    assert seen["ahmedabad"] and seen["kochi"] and seen["iqaluit"]
    assert len(orders) > 20  # the pages come in the order the reviewer last touched them, not one order


def test_the_studio_forms_are_the_ones_the_docstring_names() -> None:
    """Ahmedabad's every line holds two label steps (page, then row); Iqaluit's a card's label step, and its lists
    of ours a label step then a "{}" step; Kochi's plain dotted paths (and "[]" for its options)."""
    for dname, dialect in DIALECTS.items():
        for theirs in truth_map(dialect):
            labels = re.findall(r"\[[^\]=]+=[^\]]+\]", theirs)
            if dialect["team"] == "ahmedabad":
                assert len(labels) == 2 and theirs.startswith(f"{PAGES}[{PAGE}=") and "{}" not in theirs, theirs
            elif dialect["team"] == "iqaluit":
                assert len(labels) == 1 and theirs.startswith(f"{CARDS}[{CARD}="), theirs
                assert ("{}" in theirs) == ("[]" in truth_map(dialect)[theirs]), (dname, theirs)
            else:
                assert not labels and "{}" not in theirs, theirs


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:supplied|lent|amounted to|settled at)\s+(\d+(?:\.\d+)?)")


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
    """Over a few seeds: "82 percent", "82%", "8.2 out of 10", "6.5 out of 10", "6.5/10", "4/5", 4.0 levels,
    "3 wks ago", "26 weeks earlier", "34 year old", "34 yrs old", "between 2 and 4 weeks", "2-4 weeks later", "+0.3",
    "−2.5", factor tables, keyed factors and options, labels in Title-Hyphen case and lower case with spaces, and
    scores finished with a word (uncoercible)."""
    patterns = (
        r'"\d+(?:\.\d+)? percent"',
        r'"\d+(?:\.\d+)?%"',
        r'"\d(?:\.\d+)? out of 10"',
        r'"\d+(?:\.\d+)?/10"',
        r'"\d/5"',
        r'"അടുപ്പം": \d\.0\b',
        r'"\d+ wks ago"',
        r'"\d+ weeks earlier"',
        r'"\d+ year old"',
        r'"\d+ yrs old"',
        r'"between \d+ and \d+ weeks"',
        r'"\d+-\d+ weeks later"',
        r'"\+\d+(?:\.\d+)?"',
        r'"\u2212\d+(?:\.\d+)?"',
        r'"કિંમત": \{\s*"[a-z][^"]+": -?\d',
        r'"ᐱᔾᔪᑏᑦ": \{\s*"[a-z][^"]+": \{\s*"ᐊᒃᑐᐃᓂᖓ": "[+\u2212]\d',
        r'"ᓂᕈᐊᒃᓴᑦ": \{"(?:tone_deaf|misguided|growth)": \{"ᐅᖃᐅᓯᖅ": "',
        r'"(?:Tone-Deaf|Past-Trauma-Trigger|Mystery-Hook|Stakes-Escalation|Partial-Reveal|Crisis|Excellent|Authentic)"',
        r'"(?:tone deaf|past trauma trigger|mystery hook|stakes escalation|same emotion different context)"',
        r'"ખાનું": "બોલ"',
        r'"ᓇᓪᓕᐊ": "ᑭᐅᔾᔪᑎ"',
        r"\n</think>\n\n\[\n",
    )
    checks.forms_in_the_bytes(made, patterns)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh22", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh22", made, seed)


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh22",
    write=write_fresh22_folder,
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
