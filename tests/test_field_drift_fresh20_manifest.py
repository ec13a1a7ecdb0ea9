"""The fresh20 held-out writer (tests/field_drift_fresh20.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]` and `[N]` steps, numeric text with its scale "6.50" and "0.820", "82 percent" in a score, "6.5/10"
and "6.5 of 10" in a capacity, "34 years old", "19 weeks back", "2-4 weeks later", `[2, 4]` windows, sign-first
factor texts "-2.5 cause", a name -> impact factor object, labels in UPPER_SNAKE, a bare ``` fence after a `<think>`
block, a session object, JSON Lines in a .json file), a planted unreadable score must not read, no key part of a
dialect (nor a decoy, a block title, a session key or a pipeline extra) may be a name or alias of ours or a string of
an earlier family's files, no character name, answer line, factor name or other text of the records may be one an
earlier family or the samples wrote, the decoys beside the answer must be there and differ from it, the folder sizes
and the file mess must be what the docstring promises, and its records must be valid or broken by the spec's ranges
and rule tables exactly as planted (read here straight from the YAML).
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
import field_drift_fresh20 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh20 import (  # noqa: E402
    ANSWER,
    BLOCK_TITLES,
    BLOCKS,
    BY_TYPE,
    DIALECTS,
    SORTED_TEAMS,
    TALK,
    TEAM_EXTRAS,
    TITLE,
    TYPES,
    _layout,
    truth_map,
    write_fresh20_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh20_folder)

#: the session object around Male's records, and its header's keys
SESSION_KEYS = ["ސެޝަން", "ނަތީޖާ", "ނަންބަރު", "ފެށުނު", "ޢަދަދު"]


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them: a Qwen3 answer (think block, preamble, a bare ``` fence holding an array, perhaps
    prose after); JSON Lines (in .jsonl or .json); a bare array, a session object or a typed batch."""
    return checks.read_records(path, fence="```\n")


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh20.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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


def test_every_dialect_maps_every_required_field() -> None:
    """No dialect writes a required field under our own name, so each one's truth map must reach every required path
    of its type (an embedded row's field by position, a block's field by position, a line of the exchange)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+) (?:weeks back|years old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip()
    if m := _UNIT.fullmatch(s):  # weeks "19 weeks back", ages "34 years old"
        return float(m[1])
    if m := re.fullmatch(r"(\S+)(?:/10| of 10)", s):  # "6.5/10", "6.5 of 10" (a capacity; 0.65 in a score)
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    if m := re.fullmatch(r"(\S+) percent", s):
        assert scale == "score", s
        return float(m[1]) / 100
    return float(s)  # "6.50", "0.820"


def _factor(text: str) -> tuple[str, float]:
    """A Yangon factor text, "-2.5 cause" / "+1 cause" (the sign always written, first)."""
    found = re.fullmatch(r"([+-]\d+(?:\.\d+)?) (.+)", text)
    assert found, text
    return found[2], float(found[1])


def _window(theirs: Any) -> tuple[float, float]:
    if isinstance(theirs, list):
        assert len(theirs) == 2 and all(isinstance(x, (int, float)) for x in theirs), theirs
        return float(theirs[0]), float(theirs[1])
    found = re.fullmatch(r"(\d+)-(\d+) weeks later", theirs)
    assert found, theirs
    return float(found[1]), float(found[2])


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text or an int array
        return _window(theirs) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors: sign-first texts, a name -> impact object, or items
        if isinstance(theirs, dict):
            return list(theirs.items()) == [(f["factor"], f["impact"]) for f in ours]
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


#: keys the writer adds beside the mapped ones: a Yangon block's title, Male's session envelope
ADDED_KEYS: list[str] = [TITLE, *SESSION_KEYS]


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, a title or an extra included) names ours, even with case and
    separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """Myanmar and Tibetan stacks are written without a zero-width joiner: the ingest removes such marks from
    values, and a key must be the same bytes wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: withdrawn takes that differ from the final one, 0-1 figures in the
    score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks and bare ``` fences in the Yangon answers, prose after some, PostgREST arrays, session objects,
    JSON Lines (in .json too), one BOM + CRLF and one cut file per folder, over a few seeds."""
    seen: Counter[str] = Counter()
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel, mess in m["mess"].items():
            data = (folder / rel).read_bytes().decode("utf-8-sig")
            seen.update(mess)
            assert ("think" in mess) == data.startswith("<think>\n") == ("fence" in mess) == ("\n```\n[" in data)
            assert ("rows" in mess) == data.startswith("[")
            assert ("session" in mess) == ('"ނަތީޖާ": [' in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "lines" in mess:
                assert all(line.startswith("{") for line in data.splitlines())
                assert ("cut" in mess) != data.endswith("}\n") and data.count("\n") >= 2
            if "cut" not in mess:  # a cut answer ends before its fence closes
                assert ("prose_after" in mess) == bool(re.search(r"\n\]\n```\n\s*\S", data))
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    assert {"think", "fence", "prose_after", "rows", "session", "lines", "duplicate", "mojibake", "cut"} <= set(seen)
    assert {"bom_crlf"} <= set(seen) and seen["duplicate_across_files"] >= 1
    assert any(
        rel.endswith(".json") and "lines" in mess for seed in (1, 2, 3) for rel, mess in made(seed)[1]["mess"].items()
    )


def test_written_as_the_studios_write(made: Any) -> None:
    """Thimphu: Tibetan-script keys, every related row embedded as a one-row array. Yangon: Myanmar-script keys,
    four titled blocks in their order. Male: Thaana keys, the exchange a bare list of two strings (the line under
    review first, null where the model wrote none)."""
    tibetan = re.compile(r"^[\u0f00-\u0fff_]+$")
    myanmar = re.compile(r"^[\u1000-\u109f_]+$")
    thaana = re.compile(r"^[\u0780-\u07bf_]+$")
    seen: Counter[str] = Counter()

    def keys(node: Any, under_table: bool = False) -> list[str]:
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
                if team == "thimphu":
                    rows = {k: v for k, v in rec.items() if isinstance(v, list)}
                    assert rows and all(len(v) == 1 and isinstance(v[0], dict) for v in rows.values()), rec
                    for k, v in rec.items():
                        assert tibetan.match(k), k
                        for row in v if isinstance(v, list) else []:
                            assert all(tibetan.match(x) for x in row), row  # a factor table's keys are causes
                elif team == "yangon":
                    assert [b[TITLE] for b in rec[BLOCKS]] == BLOCK_TITLES
                    assert all(myanmar.match(k) for k in keys(rec)), keys(rec)
                else:
                    assert all(thaana.match(k) for k in keys(rec)), keys(rec)
                    if TALK in rec:
                        assert len(rec[TALK]) == 2 and isinstance(rec[TALK][1], str), rec[TALK]
                        assert isinstance(rec[TALK][0], str) or rec[TALK][0] is None, rec[TALK]
    assert seen["thimphu"] and seen["yangon"] and seen["male"]
    assert not SORTED_TEAMS


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:mustered|lent|amounted to|came to)\s+(\d+(?:\.\d+)?)")


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
    """Over a few seeds: "6.50", "0.820", "82 percent", "6.5/10", "6.5 of 10", "34 years old", "19 weeks back",
    "2-4 weeks later", `[2, 4]`, sign-first factor texts, factor objects, UPPER_SNAKE labels, block titles, one-row
    embedded arrays, two-string exchanges, and scores finished with a word (uncoercible)."""
    patterns = (
        r'"\d+\.\d\d"',
        r'"[01]\.\d{3}"',
        r'"\d+(?:\.\d+)? percent"',
        r'"\d+(?:\.\d+)?/10"',
        r'"\d+(?:\.\d+)? of 10"',
        r'"\d+ years old"',
        r'"\d+ weeks back"',
        r'"\d+-\d+ weeks later"',
        r'"བདུན་ཕྲག": \[\d+, \d+\]',
        r'"-\d+(?:\.\d+)? [a-z][^"]+"',
        r'"\+\d+(?:\.\d+)? [a-z][^"]+"',
        r'"རྐྱེན": \{\s*"[a-z][^"]+": -?\d',
        r'"(?:TONE_DEAF|MISGUIDED|GROWTH|PAST_TRAUMA_TRIGGER|MYSTERY_HOOK|STAKES_ESCALATION|PARTIAL_REVEAL)"',
        r'"ခေါင်းစဉ်": "အမှတ်"',
        r'"ལན": \[\{',
        r'"ވާހަކަ": \["[^"]+", "[^"]+"\]',
        r"\n```\n\[",
    )
    checks.forms_in_the_bytes(made, patterns)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh20", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh20", made, seed)


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh20",
    write=write_fresh20_folder,
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
