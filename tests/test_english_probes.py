"""The English teams' probes (tests/field_drift_probe.py, seeds 31 on): fields of the generator's own beside ours
in the same shape (a draft beside the final answer, a confidence and a toxicity beside the grader's quality, small
counters beside the levels), small folders, two prompt versions of a type in one folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from curation.domain import load_spec

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift_probe import (  # noqa: E402
    ENGLISH_FROM,
    ENGLISH_PROBES,
    FORM_PROBES,
    FORMS_FROM,
    PROBES,
    probe_of,
    shuffled_keys,
)


def test_the_first_two_rounds_are_the_old_probes_and_the_english_teams_follow():
    assert [probe_of(s) for s in range(1, 2 * len(PROBES) + 1)] == list(PROBES) * 2
    assert 2 * len(PROBES) + 1 == ENGLISH_FROM
    n = len(ENGLISH_PROBES)
    assert [probe_of(ENGLISH_FROM + i) for i in range(2 * n)] == list(ENGLISH_PROBES) * 2
    assert [shuffled_keys(ENGLISH_FROM + i) for i in range(2 * n)] == [False] * n + [True] * n
    # then the forms beside decoys or another version, two rounds again (seeds 39-42)
    assert ENGLISH_FROM + 2 * n == FORMS_FROM == 39
    k = len(FORM_PROBES)
    assert [probe_of(FORMS_FROM + i) for i in range(2 * k)] == list(FORM_PROBES) * 2
    assert [shuffled_keys(FORMS_FROM + i) for i in range(2 * k)] == [False] * k + [True] * k


@pytest.mark.parametrize("name", list(FORM_PROBES))
def test_a_form_probe_builds_whole_with_its_own_map_and_writes_its_forms(name, tmp_path):
    # the generator's check: the truth map keeps every valid record and flags every planted defect; the forms are
    # written (positions and keys in the truth), beside the decoys or in one of two versions' files
    from field_drift import valid_samples
    from field_drift_probe import write_probe_folder

    seed = FORMS_FROM + list(FORM_PROBES).index(name)
    m = write_probe_folder(tmp_path / "f", seed)
    truth = {t: p["truth"] for t, p in m["plans"].items()}
    assert any(k.endswith(".neuroticism") for k in truth["personality_traits"].values())
    assert "personality_traits" in truth and any("[4]" in k for k in truth["personality_traits"])
    assert any("[1]." in k for k in truth["relationship_scoring"])
    assert any(k.endswith("{}") for k in truth["dramatic_irony"])
    files = {p["file"] for p in m["records"]}
    text = "".join((tmp_path / "f" / f).read_text(encoding="utf-8") for f in files)
    if name == "forms_two_versions":
        assert all(any(f.endswith(f"_v{v}.json") for f in files) for v in (1, 2))
        assert any(k[:1].isupper() for k in truth["personality_traits"])  # (v2 writes the object by name)
    else:
        assert "toxicity" in text or "harm" in text
    r = _eval_harness().score_seed("probe", seed, valid_samples(), set(load_spec().raw["rule_ids"]), "truth")
    assert r["kept"] == r["valid"] > 0, r["misses"][:3]
    assert r["flagged"] == r["defects"] > 0, r["misses"][:3]


@pytest.mark.parametrize("name", list(ENGLISH_PROBES))
def test_an_english_probe_builds_whole_with_its_own_map(name, tmp_path):
    # the generator's check: with the truth map every valid record is kept and every planted defect flagged, and
    # the decoys are written where the probe says
    from field_drift import valid_samples
    from field_drift_probe import write_probe_folder

    seed = ENGLISH_FROM + list(ENGLISH_PROBES).index(name)
    m = write_probe_folder(tmp_path / "f", seed)
    files = {p["file"] for p in m["records"]}
    if name == "two_versions":
        assert all(any(f.endswith(f"_v{v}.json") for f in files) for v in (1, 2))
    if name == "small":
        kept = {t: sum(p["expected"] == "keep" for p in m["records"] if p["data_type"] == t) for t in m["plans"]}
        assert all(3 <= n <= 6 for n in kept.values()), kept
    text = "".join((tmp_path / "f" / f).read_text(encoding="utf-8") for f in files)
    assert "confidence" in text or "conf" in text
    r = _eval_harness().score_seed("probe", seed, valid_samples(), set(load_spec().raw["rule_ids"]), "truth")
    assert r["kept"] == r["valid"] > 0, r["misses"][:3]
    assert r["flagged"] == r["defects"] > 0, r["misses"][:3]


def _lines(folder: Path) -> dict[str, dict[str, str]]:
    from curation.ingest.interactions.field_match import field_map
    from curation.ingest.interactions.schema_report import schema_report

    return field_map(schema_report([folder]).matches)


@pytest.mark.parametrize("data_type", ["dramatic_irony", "emotional_authenticity", "memory_resonance"])
def test_a_grader_s_quality_is_the_type_s_quality_score_beside_same_shape_scores(data_type, tmp_path):
    # the type's quality score answers to the quality role's name: the grader's `quality` (one value planted out
    # of range) is the irony / authenticity / resonance score, not the confidence or toxicity beside it, whose
    # values all lie in 0-1
    import random

    from field_drift import QUALITY, valid_samples, write_batch

    rng = random.Random(3)
    out = []
    for i, s in enumerate(valid_samples()[data_type]):
        rec = dict(s)
        q = rec.pop(QUALITY[data_type])
        grading = {"confidence": round(rng.uniform(0.3, 0.99), 2), "quality": 1.35 if i == 0 else q,
                   "toxicity": round(rng.uniform(0.0, 0.1), 2)}  # fmt: skip
        out.append({**rec, "grading": grading})
    write_batch(tmp_path / "in" / "b.json", data_type, out)
    lines = _lines(tmp_path / "in")[data_type]
    assert lines.get("grading.quality") == QUALITY[data_type], lines
    assert "grading.confidence" not in lines and "grading.toxicity" not in lines, lines


def test_a_group_of_theirs_matched_to_one_object_of_ours_gives_up_a_field_named_as_another_s(tmp_path):
    # multi-step records in meta / payload / grading: `meta` holds the training metadata's labels and versions and
    # the NPC's name; it moves as our training_metadata, and its name goes to npc_profile.name (the one required
    # field it would otherwise trap: the build stopped with the map)
    from field_drift_probe import write_probe_folder

    seed = ENGLISH_FROM + list(ENGLISH_PROBES).index("grouped")
    m = write_probe_folder(tmp_path / "f", seed)
    name = next(k for k, v in m["plans"]["multi_step"]["truth"].items() if v == "npc_profile.name")
    assert name.startswith("meta.")
    lines = _lines(tmp_path / "f")["multi_step"]
    assert lines.get(name) == "npc_profile.name", lines
    r = _eval_harness().score_seed("probe", seed, _samples(), set(load_spec().raw["rule_ids"]), "proposed")
    assert not r["stopped_with_map"]
    assert r["flagged"] == r["defects"], r["misses"][:3]
    # (left: a `beat` counter 1-5 in every record still takes the rare support given, and a valid record whose beat
    # passes X+2 is rejected by the rule; nothing else is lost)
    assert {(p["expected"], p["got"][1]) for p in r["misses"]} <= {("keep", "rule_capacity_x_plus_2")}, r["misses"]
    assert r["kept"] >= r["valid"] - 2


def test_a_wrapper_holding_the_record_and_a_flattened_ocean_is_no_ocean_object(tmp_path):
    # the whole record under `payload`, its OCEAN numbers flattened beside the texts: the children named as our
    # top-level fields say `payload` wraps the record; it never moves as our ocean object (heldout seed 6's form)
    from field_drift import valid_samples, write_batch

    out = []
    for s in valid_samples()["personality_traits"]:
        o = s["ocean"]
        body = {"scen": s["scenario"], "dialogue": s["dialogue"], "oceanOpen": o["openness"],
                "oceanConscientiousness": o["conscientiousness"], "oceanExtraversion": o["extraversion"],
                "oceanAgreeableness": o["agreeableness"], "oceanNeuro": o["neuroticism"],
                "facetShowing": s["trait_expression"], "pts": s["quality_score"]}  # fmt: skip
        out.append({"payload": body})
    write_batch(tmp_path / "in" / "b.json", "personality_traits", out)
    lines = _lines(tmp_path / "in")["personality_traits"]
    assert "payload" not in lines, lines
    assert lines.get("payload.oceanNeuro") == "ocean.neuroticism" and lines.get("payload.scen") == "scenario", lines


def _samples():
    from field_drift import valid_samples

    return valid_samples()
