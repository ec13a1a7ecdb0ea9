"""The passes after the name matching (forms read by place, open texts, coded labels) meet in the same records: each
must read "written beside" the same way (`TypeProfile.beside`), a place read inside a container is held where the
container is, a field that gave way to a form is matched again, and the forms read names with the words the matcher
learned. Each test is a folder that stopped the build with the proposed map before."""

from __future__ import annotations

import contextlib
import copy
import io
import random
import sys
from pathlib import Path

import pytest

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift import valid_samples, write_batch  # noqa: E402

TRAITS = ["openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism"]
#: a score sheet's codes (first letter, then letters of the name's syllables; not fresh9's)
CODES = {"openness": "OPN", "conscientiousness": "CSC", "extraversion": "EXV", "agreeableness": "AGB",
         "neuroticism": "NRC"}  # fmt: skip


def _build(root: Path, lines: dict) -> int:
    """Records the analysis reads with `lines` as the field_map (the missing-field guard raises if it stops)."""
    from curation.analytics import batch_analysis as analysis

    with contextlib.redirect_stderr(io.StringIO()):
        return len(analysis.analyze(_eval_harness()._config(root, {"field_map": lines})).recovered)


def test_a_list_read_by_position_keeps_its_lines_beside_another_version_s_coded_sheet(tmp_path):
    # v1 writes the traits as a list of five, v2 as a sheet of coded pairs. The list's positions were profiled as
    # fields of their own numbered 0 (the record's first field, in both versions), so the coded sheet's pass read
    # them as written in its records and took ocean from them: v1's half of the records lost ocean and the build
    # stopped (as fresh9 seed 1 did with `trait_vec[N]` beside `TraitSheet[Axis=XTR]`)
    rng = random.Random(3)
    v1, v2 = [], []
    for i, s in enumerate(valid_samples()["personality_traits"] * 2):
        s = copy.deepcopy(s)
        ocean = s.pop("ocean")
        if i % 2 == 0:
            s["vec"] = [ocean[t] for t in TRAITS]
            v1.append(s)
        else:
            s["sheet"] = [{"dim": CODES[t], "v": v} for t, v in ocean.items()]
            rng.shuffle(s["sheet"])
            v2.append(s)
    write_batch(tmp_path / "batches" / "pt_v1.json", "personality_traits", v1)
    write_batch(tmp_path / "batches" / "pt_v2.json", "personality_traits", v2)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)
    pt = lines["personality_traits"]
    assert {f"vec[{i}]": f"ocean.{t}" for i, t in enumerate(TRAITS)}.items() <= pt.items(), pt
    assert {f"sheet[dim={CODES[t]}].v": f"ocean.{t}" for t in TRAITS}.items() <= pt.items(), pt
    assert _build(tmp_path, lines) == len(v1) + len(v2)


@pytest.mark.parametrize("seed", [2, 20, 40])
def test_a_grader_s_mark_that_gave_way_to_the_trait_list_is_read_again_as_the_quality(seed, tmp_path):
    # fresh9's relay team: `q_sc` (the quality, written "0.75") was read by value shape as a trait while
    # `trait_vec` held the traits; it gave way to the list and nothing held the quality score in those records
    from field_drift_fresh9 import write_fresh9_folder

    m = write_fresh9_folder(tmp_path / "batches", seed)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)
    truth = m["plans"]["personality_traits"]["truth"]
    assert truth["q_sc"] == "quality_score"
    assert lines["personality_traits"].get("q_sc") == "quality_score"
    # (and no stand-in keeps it beside q_sc: seed 2's `SAMPLING_T` did, a temperature read as the quality)
    assert not {k for k, v in lines["personality_traits"].items() if v == "quality_score"} - set(truth), lines
    assert _build(tmp_path, lines) > 0  # (before: the guard stopped, quality_score missing in 52-100%)


def test_a_list_named_by_a_learned_word_is_not_read_as_turns(tmp_path):
    # fresh10 seed 22: the capacity factors (`võimekus.tegurid`, three in each of five records, a reason of five
    # words) are our `capacity_factors` by a word the matcher learned from the folder; the forms read names without
    # it, took the list for an exchange of three turns and the build stopped (capacity_factors missing in 100%)
    from field_drift_fresh10 import write_fresh10_folder

    m = write_fresh10_folder(tmp_path / "batches", 22)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)
    ea = lines["emotional_authenticity"]
    lists = [k for k, v in m["plans"]["emotional_authenticity"]["truth"].items() if v == "capacity_factors"]
    assert lists and all(ea.get(k) == "capacity_factors" for k in lists), ea
    assert not any("[0]" in k for k in ea), ea
    assert _build(tmp_path, lines) > 0


@pytest.mark.parametrize(("family", "seed", "data_type"), [("fresh3", 1, "relationship_scoring"), ("fresh8", 2, None)])
def test_a_name_inside_a_longer_key_is_no_plain_twin_of_it(family, seed, data_type, tmp_path):
    # fresh3's German team writes `Figur` (the character's name) beside `Antwort_der_Figur` (the reply): the variant
    # rule (a field named as a plain field with words added is a weak candidate) took `Figur` for the reply's plain
    # twin, the reply lost character_response and 7 fresh3 and 13 fresh8 folders stopped; a twin holds texts of a
    # like length
    module = __import__(f"field_drift_{family}")
    m = getattr(module, f"write_{family}_folder")(tmp_path / "batches", seed)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)
    for t, plan in m["plans"].items():
        if data_type in (None, t):
            got = lines.get(t, {})
            missing = {k: v for k, v in plan["truth"].items() if v in ("character_response", "dialogue")}
            assert all(got.get(k) == v for k, v in missing.items()), (t, missing, got)
    assert _build(tmp_path, lines) > 0


def test_a_mark_freed_by_the_trait_list_takes_the_quality_back_from_a_stand_in(tmp_path):
    # must not: a grader's mark `mk` ("0.82") is read as a trait while the traits sit in a list of five numbers;
    # the list takes the traits, and meanwhile another 0-1 number every data type of the folder writes (a grader's
    # confidence) took the quality score by its values alone. The mark, freed, is the quality (fresh9's relay team:
    # `q_sc` freed by `trait_vec` while `SAMPLING_T` held the score, seeds 2-8): the stand-in gives way
    rng = random.Random(5)

    def extras(rec: dict) -> dict:
        rec["run_temperature"] = rng.choice([0.6, 0.7, 0.8, 0.9])
        rec["grader_confidence"] = f"{rng.uniform(0.5, 0.99):.2f}"
        return rec

    for t in ("emotional_authenticity", "tension_building"):
        write_batch(tmp_path / "batches" / f"{t}.json", t, [extras(copy.deepcopy(s)) for s in valid_samples()[t]])
    base = valid_samples()["personality_traits"]
    out = []
    for i, s in enumerate(base * 2):
        s = copy.deepcopy(s)
        if i >= len(base):
            s["character_name"] = s["character_name"].split()[0] + " Vance"
        ocean, q = s.pop("ocean"), s.pop("quality_score")
        if i % 8 == 7:
            q = rng.uniform(0.2, 0.5)  # (planted low-quality records, as a real folder has)
        rec = {"who": s.pop("character_name"), "setting": s.pop("scenario"), "scores_v": [ocean[t] for t in TRAITS],
               "said": s.pop("dialogue"), "why": s.pop("trait_expression"), **s, "mk": f"{q:.2f}"}  # fmt: skip
        out.append(extras(rec))
    write_batch(tmp_path / "batches" / "pt.json", "personality_traits", out)
    pt = field_map(schema_report([tmp_path / "batches"]).matches)["personality_traits"]
    assert pt.get("mk") == "quality_score", pt
    assert "grader_confidence" not in pt and "run_temperature" not in pt, pt
    assert {f"scores_v[{i}]": f"ocean.{t}" for i, t in enumerate(TRAITS)}.items() <= pt.items(), pt
