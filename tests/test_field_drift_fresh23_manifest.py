"""The fresh23 held-out writer (tests/field_drift_fresh23.py) checked on its own, without the matcher or the ingest.

Its manifest must add up (counts, one (file, index) per record, every planted file holding as many records as the
manifest says), its true map must point at real fields of curation/domain/spec.yaml and reach a value in every
written valid record and every field our spec requires, every written value, planted defects included, must read
back to ours by the readings docs/interaction-formats.md documents (read here by a small reader of this test's own,
which knows `[]`, `[key=label]` (three in one path too, a label compared without case) and `{}` steps, "0,82" and
"82%" and "8.2 of 10" in a score, "6,5/10" and "6.5/10" in a capacity, 4.0 in a level, "-0,75" and "+0.45",
"26w ago", "40 weeks", "34 yrs old", "[2, 4]" and "2-4 weeks", a name -> impact table, labels in Title Case with
spaces, Title-Hyphen and lower-case kebab, a `<think>` block with a Kazakh preamble and a ```json fence, an export
object, typed batches, JSON Lines in a .json file), a planted unreadable score must not read, no key part of a
dialect (nor a decoy, a panel, block, section, question or slot label, or a pipeline extra) may be a name or alias
of ours or a string of an earlier family's files, no character name, answer line, factor name or other text of the
records may be one an earlier family or the samples wrote, the decoys beside the answer must be there and differ
from it, the folder sizes and the file mess must be what the docstring promises, and its records must be valid or
broken by the spec's ranges and rule tables exactly as planted (read here straight from the YAML).
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
import field_drift_fresh23 as writer  # noqa: E402
from drift_manifest_checks import SCALES  # noqa: E402
from field_drift_fresh23 import (  # noqa: E402
    ANSWER,
    BLOCKS,
    BY_TYPE,
    CODE,
    DIALECTS,
    HEAD,
    MODEL,
    OPTS,
    PANELS,
    QS,
    REVIEWER,
    SEC,
    SECS,
    SLOTS,
    TEAM_EXTRAS,
    TITLE,
    TYPES,
    VAL,
    WHO,
    _layout,
    truth_map,
    write_fresh23_folder,
)

SEEDS = [1, 2, 3]
#: one folder per seed for the whole module, written once (with our records in the manifest), read by many
made = checks.made_fixture(write_fresh23_folder)

#: the export object around Almaty's blocks, and its header's keys
EXPORT_KEYS = ["экспорт", "жазбалар", "белгісі", "уақыты", "саны"]


def _records(path: Path) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way this test
    knows the writer writes them: a Qwen3 answer (a think block, a preamble, a ```json fence); JSON Lines (in .jsonl
    or .json); an export object or a typed batch."""
    return checks.read_records(path)


def test_same_seed_same_folder_and_manifest(tmp_path: Path) -> None:
    checks.same_seed_same_folder_and_manifest(GEN, tmp_path)


def test_the_command_line_writes_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    """`python tests/field_drift_fresh23.py OUT --seed N`: the folder and its manifest beside it, the same bytes
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
    of its type (a panel's field or list, a block's field, a questionnaire slot three labels down)."""
    checks.every_dialect_maps_every_required_field(GEN)


@pytest.mark.parametrize("seed", [1, 2, 3, 5])
def test_the_other_prompt_version_reaches_nothing(made: Any, seed: int) -> None:
    """Both versions' lines sit in one map: a line of one version must never reach into a record of the other."""
    checks.other_prompt_version_reaches_nothing(GEN, made, seed)


_UNIT = re.compile(r"^(\S+?)(?:w ago| weeks| yrs old)$")


def _number(text: Any, scale: str) -> float:
    """A number as docs/interaction-formats.md says the build reads it (this test's own reading of that list)."""
    if isinstance(text, (int, float)):
        return float(text)
    s = str(text).strip()
    if re.fullmatch(r"[+-]?\d+,\d+(?:/10)?", s):  # a decimal comma: "0,82", "-0,75", "6,5/10"
        s = s.replace(",", ".")
    if m := _UNIT.fullmatch(s):  # weeks "26w ago", "40 weeks"; ages "34 yrs old"
        return float(m[1])
    if m := re.fullmatch(r"(\S+)(?:/10| of 10)", s):  # "6.5/10" (a capacity), "8.2 of 10" (0.82 a score)
        return float(m[1]) / 10 if scale == "score" else float(m[1])
    if m := re.fullmatch(r"(\S+?)%", s):
        assert scale == "score", s
        return float(m[1]) / 100
    return float(s)


def _window(theirs: Any) -> tuple[float, float]:
    found = re.fullmatch(r"\[(\d+), (\d+)\]", theirs) or re.fullmatch(r"(\d+)-(\d+) weeks", theirs)
    assert found, theirs
    return float(found[1]), float(found[2])


def _reads_back(theirs: Any, ours: Any, target: str) -> bool:
    if isinstance(ours, str) and target.endswith(("type", "option", "capacity_level", "authenticity_target")):
        return checks.label(theirs) == ours
    if isinstance(ours, str):
        return bool(theirs == ours)
    if isinstance(ours, dict) and set(ours) == {"min", "max"}:  # a payoff window as text
        return _window(theirs) == (ours["min"], ours["max"])
    if isinstance(ours, list):  # capacity factors as a name -> impact table, factors and options as items
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


#: keys and labels the writer adds beside the mapped ones: panels, blocks, the questionnaire's lists, the export
ADDED_KEYS: list[str] = [PANELS, TITLE, BLOCKS, HEAD, OPTS, SECS, SEC, QS, CODE, SLOTS, WHO, VAL, MODEL, REVIEWER]
ADDED_KEYS += EXPORT_KEYS


_key_parts = checks.dialect_key_parts(truth_map, TEAM_EXTRAS, ADDED_KEYS)


def test_their_keys_decoys_and_extras_are_no_name_or_alias_of_ours() -> None:
    """Drift, not ambiguity: no part of a key (a decoy, a panel, block, section, question or slot label, or an extra
    included) names ours, even with case and separators ignored."""
    checks.no_key_names_ours(GEN)


def test_no_key_spelling_of_an_earlier_family() -> None:
    """Every key part is new to this family: none is a string an earlier blind drift generator or its test wrote.
    The probe (tests/field_drift_probe.py) is not one: it is the tests' own made-up family, still growing."""
    checks.no_key_spelling_of_an_earlier_family(GEN)


def test_no_zero_width_joiner_in_a_key() -> None:
    """Gurmukhi, Kazakh and Odia keys are written without a zero-width (non-)joiner: the ingest removes such marks
    from values, and a key must be the same bytes wherever it is written."""
    checks.no_zero_width_joiner_in_a_key(GEN)


@pytest.mark.parametrize("seed", [1, 4])
def test_decoys_sit_beside_the_answer_and_are_not_it(made: Any, seed: int) -> None:
    """Every record carries its dialect's decoys: withdrawn takes that differ from the final one, 0-1 figures in the
    score's own written form, small integers."""
    checks.decoys_beside_the_answer(GEN, made, seed)


def test_the_mess_is_in_the_bytes(made: Any) -> None:
    """Think blocks, a Kazakh preamble and a ```json fence in the Almaty answers, export objects, typed batches, JSON
    Lines (in .json too), one BOM + CRLF and one cut file per folder, over a few seeds."""
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
                assert re.search(r"[\u0400-\u04ff]", preamble) and "{" not in preamble
            assert ("export" in mess) == ('"жазбалар": [' in data)
            assert ("batch" in mess) == ('"samples": [' in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            if "lines" in mess:
                assert all(line.startswith("{") for line in data.splitlines())
                assert ("cut" in mess) != data.endswith("}\n") and data.count("\n") >= 2
            if "cut" not in mess and "fence" in mess:
                assert "\n]\n```\n" in data
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    assert {"think", "fence", "export", "batch", "lines", "duplicate", "mojibake", "cut", "bom_crlf"} <= set(seen)
    assert seen["duplicate_across_files"] >= 1
    assert any(
        rel.endswith(".json") and "lines" in mess for seed in (1, 2, 3) for rel, mess in made(seed)[1]["mess"].items()
    )


def _keys(node: Any, skip: tuple[str, ...] = ()) -> list[str]:
    """Every key of a record, but not those of the objects under `skip` (keyed by data: causes)."""
    if isinstance(node, list):
        return [k for x in node for k in _keys(x, skip)]
    if isinstance(node, dict):
        return [*node, *(k for key, v in node.items() if key not in skip for k in _keys(v, skip))]
    return []


def test_written_as_the_studios_write(made: Any) -> None:
    """Ludhiana: Gurmukhi keys, every record a stack of titled panels in another order from record to record, its
    lists of ours lists inside a panel. Almaty: Kazakh keys, every record a list of titled blocks whose titles come in
    more than one case, the options beside them. Cuttack: Odia keys, sections by name, questions by code, answer
    slots by writer (the reviewer's beside the model's on the answer and the score, alone where the model wrote no
    answer)."""
    gurmukhi = re.compile(r"^[\u0a00-\u0a7f_]+$")
    cyrillic = re.compile(r"^[\u0400-\u04ff_]+$")
    odia = re.compile(r"^[\u0b00-\u0b7f_]+$")
    seen: Counter[str] = Counter()
    panel_orders: set[tuple[str, ...]] = set()
    section_orders: set[tuple[str, ...]] = set()
    cases: dict[str, set[str]] = {}
    inner_lists = 0
    for seed in range(1, 7):
        folder, m = made(seed)
        for rel in m["files"]:
            dname = next(r["dialect"] for r in m["records"] if r["path"] == rel)
            team = DIALECTS[dname]["team"]
            seen[team] += 1
            got, _ = _records(folder / rel)
            for rec in got:
                if team == "ludhiana":
                    assert list(rec)[0] == PANELS
                    assert all(gurmukhi.match(k) for k in _keys(rec)), _keys(rec)
                    titles = tuple(p[TITLE] for p in rec[PANELS])
                    assert all(list(p)[0] == TITLE for p in rec[PANELS]) and len(set(titles)) == len(titles)
                    panel_orders.add(titles)
                    inner_lists += sum(
                        isinstance(v, list) and all(isinstance(x, dict) for x in v)
                        for p in rec[PANELS]
                        for v in p.values()
                    )
                elif team == "almaty":
                    assert list(rec)[0] == BLOCKS
                    assert all(cyrillic.match(k) for k in _keys(rec)), _keys(rec)
                    for block in rec[BLOCKS]:
                        assert list(block)[0] == HEAD and cyrillic.match(block[HEAD])
                        cases.setdefault(block[HEAD].lower(), set()).add(block[HEAD])
                    assert OPTS not in rec or isinstance(rec[OPTS], list)
                else:
                    assert list(rec)[0] == SECS
                    assert all(odia.match(k) for k in _keys(rec, skip=(VAL,))), _keys(rec, skip=(VAL,))
                    names = tuple(s[SEC] for s in rec[SECS])
                    assert len(set(names)) == len(names)
                    section_orders.add(names)
                    for section in rec[SECS]:
                        assert list(section) == [SEC, QS]
                        for q in section[QS]:
                            assert list(q) == [CODE, SLOTS]
                            writers = [slot[WHO] for slot in q[SLOTS]]
                            assert len(set(writers)) == len(writers) and set(writers) <= {MODEL, REVIEWER}
                            assert all(list(slot) == [WHO, VAL] for slot in q[SLOTS])
    assert seen["ludhiana"] and seen["almaty"] and seen["cuttack"]
    assert len(panel_orders) > 20 and len(section_orders) > 20  # shuffled per record, not one order
    assert inner_lists > 50  # factor and option lists kept as lists inside a panel
    assert sum(len(v) == 3 for v in cases.values()) >= 4  # "жауап", "Жауап", "ЖАУАП": typed by hand


def test_the_studio_forms_are_the_ones_the_docstring_names() -> None:
    """Ludhiana's every line holds one label step (a panel), its list lines a label step then "[]"; Almaty's lines a
    lower-case block title (the records' titles vary in case), or its options' "[]"; Cuttack's three label steps,
    ending at the model's slot."""
    for dname, dialect in DIALECTS.items():
        for theirs, ours in truth_map(dialect).items():
            labels = re.findall(r"\[[^\]=]+=[^\]]+\]", theirs)
            assert "{}" not in theirs, theirs
            if dialect["team"] == "ludhiana":
                assert len(labels) == 1 and theirs.startswith(f"{PANELS}[{TITLE}="), theirs
                assert ("[]" in theirs) == ("[]" in ours), (dname, theirs)
            elif dialect["team"] == "almaty":
                if theirs.startswith(OPTS):
                    assert not labels and ours.startswith("response_options"), theirs
                else:
                    assert len(labels) == 1 and theirs.startswith(f"{BLOCKS}[{HEAD}="), theirs
                    assert labels[0] == labels[0].lower(), theirs
            else:
                assert len(labels) == 3 and theirs.startswith(f"{SECS}[{SEC}="), theirs
                assert theirs.endswith(f"[{WHO}={MODEL}].{VAL}") and "[]" not in theirs, theirs


def test_a_readme_beside_the_batches_holds_no_json(made: Any) -> None:
    """Some folders hold the drop's README: prose and a YAML fence, never a planted file."""
    checks.a_readme_holds_no_json(made)


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------

GIVEN = re.compile(r"\b(?:offered|stood at|ended at|provided)\s+(\d+(?:\.\d+)?)")


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
    """Over a few seeds: "0,82", "6,5/10", "-0,75", "26w ago", "34 yrs old", "82%", "6.5/10", "+0.45", "40 weeks",
    "[2, 4]", "8.2 of 10", 4.0 levels, "2-4 weeks", factor tables, factor and option lists inside a panel, labels in
    Title Case with spaces, Title-Hyphen and kebab case, block titles in three cases, and scores finished with a
    word (uncoercible)."""
    patterns = (
        r'"0,\d+"',
        r'"\d+(?:,\d+)?/10"',
        r'"-\d+,\d+"',
        r'"\d+w ago"',
        r'"\d+ yrs old"',
        r'"\d+(?:\.\d+)?%"',
        r'"\d+(?:\.\d+)?/10"',
        r'"\+\d+(?:\.\d+)?"',
        r'"\d+ weeks"',
        r'"\[\d+, \d+\]"',
        r'"\d(?:\.\d+)? of 10"',
        r'"ଘନିଷ୍ଠତା",\s*"ଉତ୍ତର": \[\s*\{\s*"ଲେଖକ": "ମଡେଲ",\s*"ମୂଲ୍ୟ": \d\.0\b',
        r'"\d+-\d+ weeks"',
        r'"ମୂଲ୍ୟ": \{\s*"[a-z][^"]+": -?\d',
        r'"ਭਾਰ": \[\s*\{\s*"ਕਾਰਨ": "',
        r'"ਰਾਹ": \[\s*\{\s*"ਕਿਸਮ": "',
        r'"(?:Tone Deaf|Past Trauma Trigger|Mystery Hook|Stakes Escalation|Same Emotion Different Context)"',
        r'"(?:Tone-Deaf|Past-Trauma-Trigger|Mystery-Hook|Stakes-Escalation|Partial-Reveal)"',
        r'"(?:mystery-hook|partial-reveal|stakes-escalation)"',
        r'"атау": "ЖАУАП"',
        r'"атау": "Жауап"',
        r'"атау": "жауап"',
        r'"ସଂକେତ": "ବାକ୍ୟ"',
        r"\n</think>\n\n[^\n{]+\n\n```json\n\[\n",
    )
    checks.forms_in_the_bytes(made, patterns)


def test_no_record_content_of_an_earlier_family_or_the_samples() -> None:
    """The records are this writer's own: no character name, answer line, factor name, memory, hook or situation of
    the pools is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string
    of theirs is inside one of these pools' texts."""
    content.record_content_is_new("fresh23", writer)


@pytest.mark.parametrize("seed", [1, 2])
def test_no_earlier_answer_line_in_the_folder(made: Any, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    content.no_earlier_answer_line("fresh23", made, seed)


# --- this family, handed to the shared checks (tests/drift_manifest_checks.py) ------------------------------------

GEN = checks.Generator(
    name="fresh23",
    write=write_fresh23_folder,
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
