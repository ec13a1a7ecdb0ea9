"""Values and files as other generators write them (issue 11), in wording of our own (not a drift family's).

Numbers with units, scales or a decimal comma are read only where the reading is lossless, each a named repair;
anything else stays as written and is rejected with its reason. File layouts (JSON Lines in a .json, export
objects, paged dumps, mixed labelled lines, the type only in the file name, dated run folders, a cut last line)
lose no record, and every record seen is kept or rejected (the counts add up).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from test_interactions import EA, MR, MS, REPO, RS, TB, assert_ledger_adds_up, batch, rejects, run, variant, write

from curation.domain import load_spec
from curation.errors import UserError

EA_FIELDS = load_spec().types["emotional_authenticity"].fields
EA_ITEM = next(f.items.fields for f in EA_FIELDS if f.parse == "name_value_pairs" and f.items is not None)


def reasons(ctx) -> dict:
    return {(Path(r["source_file"]).name, r.get("index")): r["reason"] for r in rejects(ctx)}


def _mr(i: int, weeks) -> dict:
    s = variant(MR, i)
    s["memory"] = {**s["memory"], "weeks_ago": weeks}
    return s


def test_european_and_typographic_numbers_are_read_losslessly(tmp_path):
    d = tmp_path / "in"
    write(
        d / "emotional_authenticity_b1.json",
        batch(
            "emotional_authenticity",
            [
                variant(EA, 0, authenticity_score="0,95"),  # a decimal comma
                variant(EA, 1, authenticity_score="95 percent"),
                variant(EA, 2, authenticity_score="9,5/10", effective_capacity="0,0"),
                variant(EA, 3, authenticity_score="1,500"),  # a thousands separator or a decimal comma: unread
                variant(EA, 4, authenticity_score="quite high"),  # a score in words stays a reject
            ],
        ),
    )
    write(
        d / "relationship_scoring_b1.json",
        batch(
            "relationship_scoring",
            [
                variant(RS, 0, trust_change="\u22120,2"),  # U+2212 MINUS SIGN and a decimal comma
                variant(RS, 1, trust_change="+0,2", relationship_level="4/5"),  # a level out of its scale's top
                variant(RS, 2, relationship_level="2.5/5"),  # not a whole level: unread
            ],
        ),
    )
    write(d / "memory_resonance_b1.json", batch("memory_resonance", [_mr(0, "12,5 weeks ago"), _mr(1, "3 months")]))
    kept, recovered, ctx = run(d, tmp_path)
    got = {(r.data_type, r.source.index): r for r in recovered}
    ea = [got[("emotional_authenticity", i)].data for i in range(3)]
    assert [x["authenticity_score"] for x in ea] == pytest.approx([0.95, 0.95, 0.95])
    assert ea[2]["effective_capacity"] == 0.0
    assert "number_text:authenticity_score" in got[("emotional_authenticity", 0)].repairs
    assert got[("relationship_scoring", 0)].data["trust_change"] == pytest.approx(-0.2)
    assert got[("relationship_scoring", 1)].data["trust_change"] == pytest.approx(0.2)
    assert got[("relationship_scoring", 1)].data["relationship_level"] == 4
    assert got[("memory_resonance", 0)].data["memory"]["weeks_ago"] == 12.5
    assert reasons(ctx) == {
        ("emotional_authenticity_b1.json", 3): "uncoercible_type",
        ("emotional_authenticity_b1.json", 4): "uncoercible_type",
        ("relationship_scoring_b1.json", 2): "uncoercible_type",
        ("memory_resonance_b1.json", 1): "uncoercible_type",  # months are not weeks: no reading is lossless
    }
    assert got[("emotional_authenticity", 3)].data["authenticity_score"] == "1,500"  # left as written
    assert len(kept) == 6
    assert_ledger_adds_up(ctx, len(kept))


@pytest.mark.parametrize(
    "window,expected",
    [
        ("between 2 and 4 weeks", (2, 4)),
        ("weeks 2-4", (2, 4)),
        ("2\u20134 wks later", (2, 4)),
        ("within 1,5 to 3 weeks", (1.5, 3)),
        ("[2, 4]", (2, 4)),  # a JSON list written as a string
        ("2,4 weeks", None),  # 2.4 weeks, or 2 to 4? not lossless: rejected
        ("soon", None),
    ],
)
def test_payoff_windows_in_words(tmp_path, window, expected):
    write(
        tmp_path / "in" / "tension_building_b1.json",
        batch("tension_building", [variant(TB, 0, payoff_window_weeks=window)]),
    )
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    if expected is None:
        assert not kept and reasons(ctx) == {("tension_building_b1.json", 0): "uncoercible_type"}
    else:
        w = recovered[0].data["payoff_window_weeks"]
        assert (w["min"], w["max"]) == expected and len(kept) == 1
    assert_ledger_adds_up(ctx, len(kept))


# ---- layouts, with field names of another generator (a map says where they go) -----------------------------
#: a generator of our own: English phrases of its own, a nested hook and a nested reading of the memory
THEIR_MAP = {
    "tension_building": {
        "who": "character_name",
        "backdrop": "context",
        "hook.kind": "hook_type",
        "hook.secret": "setup",
        "hook.resolves": "payoff_window_weeks",
        "spoken": "dialogue",
        "bond": "relationship_level",
        "grade": "tension_score",
    },
    "memory_resonance": {
        "who": "character_name",
        "now": "current_situation",
        "recall.what": "memory.description",
        "recall.feeling": "memory.emotion",
        "recall.when": "memory.weeks_ago",
        "echo.kind": "resonance_type",
        "echo.weight": "resonance_weight",
        "spoken": "character_response",
        "grade": "resonance_score",
    },
}


def _their_tb(i: int) -> dict:
    return {
        "who": "Mara",
        "backdrop": f"Late shift, take {i}",
        "hook": {"kind": "Mystery Hook", "secret": "She lost a patient in March", "resolves": "2-4 weeks"},
        "spoken": f"Ask me about March. ({i})",
        "bond": "3",
        "grade": "80%",
        "model": "qwen3:14b",
    }


def _their_mr(i: int) -> dict:
    return {
        "who": "Ada",
        "now": f"Rain at the station, take {i}",
        "recall": {"what": "Her father's funeral", "feeling": "grief", "when": "40 weeks ago"},
        "echo": {"kind": "past-trauma-trigger", "weight": "0,95"},
        "spoken": f"Not the rain again. ({i})",
        "grade": "8/10",
        "latency_ms": 4120,
    }


def _lines(recs: list[dict], label: dict | None = None) -> str:
    return "".join(json.dumps({**(label or {}), **r}) + "\n" for r in recs)


def test_layouts_of_another_pipeline_lose_no_record(tmp_path):
    d = tmp_path / "in"
    tb, mr = [_their_tb(i) for i in range(12)], [_their_mr(i) for i in range(12)]
    # JSON Lines in a .json file whose last line was cut mid-write: that line alone is a reject
    write(d / "run_2025-11-03" / "tension-building_0001.json", _lines(tb[:3]) + _lines(tb[3:4])[:70])
    # an export object, a paged API dump (in dated run folders)
    write(
        d / "run_2025-11-04" / "export_01.json",
        {
            "type": "tensionBuilding",
            "generator": {"name": "ours"},
            "created": "2025-11-04",
            "count": 3,
            "records": tb[4:7],
        },
    )
    write(
        d / "page_2.json", {"page": 2, "per_page": 3, "category": "Memory Resonance", "next": None, "results": mr[:3]}
    )
    # one JSON Lines file of several types, each line labelled
    write(
        d / "everything_tonight.jsonl",
        _lines(tb[7:9], {"data_type": "tension-building"}) + _lines(mr[3:5], {"category": "MemoryResonance"}),
    )
    # the type only in the file name, camel case and kebab case
    write(d / "memoryResonance_part02.jsonl", _lines(mr[5:8]))
    write(d / "tension-building_part03.jsonl", _lines(tb[9:12]))
    # a bare array of records, the type named by its labels
    write(d / "dump.json", [{"kind_of_record": "x", "category": "memory-resonance", **r} for r in mr[8:12]])
    kept, recovered, ctx = run(d, tmp_path, field_map=THEIR_MAP)
    assert reasons(ctx) == {("tension-building_0001.json", 3): "truncated_record"}
    by_type: dict[str, int] = {}
    for r in kept:
        by_type[r.data_type] = by_type.get(r.data_type, 0) + 1
    assert by_type == {"tension_building": 11, "memory_resonance": 12}  # one tension record was cut
    tbr = next(r for r in kept if r.data_type == "tension_building")
    assert tbr.data["payoff_window_weeks"] == {"min": 2.0, "max": 4.0} and tbr.data["tension_score"] == 0.8
    mrr = next(r for r in kept if r.data_type == "memory_resonance")
    assert mrr.data["memory"]["weeks_ago"] == 40 and mrr.data["resonance_weight"] == 0.95
    assert mrr.data["resonance_score"] == 0.8 and not mrr.violations
    assert_ledger_adds_up(ctx, len(kept))


def test_without_the_map_the_stop_message_has_a_line_per_missing_field(tmp_path):
    d = tmp_path / "in"
    write(d / "tension-building_part01.jsonl", _lines([_their_tb(i) for i in range(6)]))
    # the weight written as a word: nothing of ours fits it (a decimal comma "0,95" is a number and would match)
    mrs = [
        {**r, "echo": {**r["echo"], "weight": ["high", "strong", "faint"][i % 3]}}
        for i, r in enumerate(_their_mr(i) for i in range(6))
    ]
    write(d / "mixed.jsonl", _lines(mrs, {"category": "memory_resonance"}))
    with pytest.raises(UserError) as e:
        run(d, tmp_path)
    msg = str(e.value)
    head, _, block = msg.partition("\ninteractions:\n")
    assert "nothing was written" in head and "\n" not in head
    # per missing field: the type, the field, how many lack it, and what looks like it
    missing = [x.strip() for x in head.split("; ") if "required field" in x]
    # the file that holds the records is named at the type's first field, then referred to
    assert any(x.startswith("tension_building: ") and x.endswith("/in/tension-building_part01.jsonl") for x in missing)
    assert any(
        x.endswith(
            "tension_building: required field 'dialogue' (answer) is missing in 6 of 6 records (100%) in the same file"
        )
        for x in missing
    )
    assert any("memory_resonance: required field 'character_response'" in x for x in missing)
    fixed = yaml.safe_load(msg[msg.index("interactions:\n") :])["interactions"]["field_map"]
    assert set(fixed) == {"tension_building", "memory_resonance"}
    # a field nothing fits gets a placeholder line of its own and the fields still unmatched are named
    assert "left unmatched: " in msg and "'echo.weight'" in msg
    assert fixed["memory_resonance"]["<your name for resonance_weight>"] == "resonance_weight"
    # the lines are valid config: with them the records are read (a record the map leaves invalid is rejected
    # with its reason, or the guard names what is still missing); nothing crashes, nothing is lost
    their = {t: {k: v for k, v in m.items() if not k.startswith("<")} for t, m in fixed.items()}
    try:
        kept, _, ctx = run(d, tmp_path, field_map=their)
    except UserError as again:
        assert "nothing was written" in str(again)
    else:
        assert_ledger_adds_up(ctx, len(kept))


def test_an_export_object_cut_mid_record_rejects_that_record(tmp_path):
    d = tmp_path / "in"
    recs = [variant(TB, i) for i in range(4)]
    whole = json.dumps({"type": "tension_building", "generator": {"name": "ours"}, "count": 4, "records": recs})
    cut_in_record = whole[: whole.index(json.dumps(recs[3])) + 40]  # the text ends inside the fourth record
    write(d / "export_a.json", cut_in_record)
    # the text ends after the last record: only brackets and the header's tail are missing, nothing is lost
    after_last = whole[: whole.index(json.dumps(recs[3])) + len(json.dumps(recs[3])) + 1]
    write(d / "export_b.json", after_last.replace('"tension_building"', '"TensionBuilding"'))
    # a lone record whose text ends inside a nested list: the record is cut, not a shorter record
    ea = variant(EA, 9)
    lone = json.dumps(
        {**{k: v for k, v in ea.items() if k != "capacity_factors"}, "capacity_factors": ea["capacity_factors"]}
    )
    write(d / "emotional_authenticity_c.json", lone[: lone.index('"impact": -3.0}') + 16])
    kept, recovered, ctx = run(d, tmp_path)
    assert reasons(ctx) == {
        ("export_a.json", 3): "truncated_record",
        ("emotional_authenticity_c.json", 0): "truncated_record",
    }
    assert len(kept) == 3 + 4
    assert_ledger_adds_up(ctx, len(kept))


def test_json_lines_of_arrays_each_line_one_calls_records(tmp_path):
    d = tmp_path / "in"
    calls = [[variant(MR, 0), variant(MR, 1)], [variant(MR, 2)], [variant(MR, 3), variant(MR, 4), variant(MR, 5)]]
    write(d / "memory_resonance_calls.jsonl", "".join(json.dumps(c) + "\n" for c in calls) + '[{"character_name": "Ad')
    kept, recovered, ctx = run(d, tmp_path)
    assert len(kept) == 6 and reasons(ctx) == {("memory_resonance_calls.jsonl", 6): "truncated_record"}
    assert_ledger_adds_up(ctx, len(kept))


def test_a_number_with_its_scales_unit(tmp_path):
    d = tmp_path / "in"
    ms = [variant(MS, i) for i in range(4)]
    for s, age in zip(ms, ["34 years old", "34 yrs", "34.5 years", "34 months"], strict=True):
        s["npc_profile"] = {**s["npc_profile"], "age": age}
    write(d / "multi_step_a.json", ms)
    write(
        d / "memory_resonance_b.json",
        batch("memory_resonance", [_mr(0, "26w"), _mr(1, "3 wks back"), _mr(2, "3 weeks later")]),
    )
    kept, recovered, ctx = run(d, tmp_path)
    got = {(r.data_type, r.source.index): r.data for r in recovered}
    assert [got[("multi_step", i)]["npc_profile"]["age"] for i in (0, 1)] == [34, 34]
    assert [got[("memory_resonance", i)]["memory"]["weeks_ago"] for i in (0, 1)] == [26, 3]
    # a fraction of a year in a whole-number age, months for an age, "later" for a time ago: not read
    assert reasons(ctx) == {
        ("multi_step_a.json", 2): "uncoercible_type",
        ("multi_step_a.json", 3): "uncoercible_type",
        ("memory_resonance_b.json", 2): "uncoercible_type",
    }
    assert_ledger_adds_up(ctx, len(kept))


@pytest.mark.parametrize("key", ["kind", "task", "record_type", "_type", "@type"])
def test_a_mixed_file_labelled_under_other_keys(tmp_path, key):
    # both types use the same names for their parts ("who", "spoken", "grade"): only the label tells them apart
    d = tmp_path / "in"
    lines = _lines([_their_tb(i) for i in range(3)], {key: "tension-building"})
    lines += _lines([_their_mr(i) for i in range(3)], {key: "MemoryResonance"})
    write(d / "tonight.jsonl", lines)
    kept, recovered, ctx = run(d, tmp_path, field_map=THEIR_MAP)
    assert [r.data_type for r in kept] == ["tension_building"] * 3 + ["memory_resonance"] * 3
    assert all(key not in r.data for r in kept)  # the label is not a field
    assert_ledger_adds_up(ctx, len(kept))


def test_capacity_factors_written_as_text(tmp_path):
    texts = ["work crisis: -3", "Family emergency (\u22123)", "-2 no sleep"]  # 8 - 3 - 3 - 2 = 0
    samples = [
        variant(EA, 0, capacity_factors=texts),
        variant(EA, 1, capacity_factors=["work crisis: -3", "Family emergency (-3)", "no sleep (-1)"]),  # 8-7 != 0
        variant(EA, 2, capacity_factors=["work crisis", "family", "sleep"]),  # no numbers: nothing to read
    ]
    write(tmp_path / "in" / "emotional_authenticity_b1.json", batch("emotional_authenticity", samples))
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    got = {r.source.index: r for r in recovered}
    assert got[0].data["capacity_factors"][1] == {"factor": "Family emergency", "impact": -3.0}
    assert "factors_from_text:capacity_factors" in got[0].repairs and not got[0].violations
    # the capacity math is checked from the factors read
    assert reasons(ctx) == {
        ("emotional_authenticity_b1.json", 1): "rule_capacity_effective_formula",
        ("emotional_authenticity_b1.json", 2): "uncoercible_type",
    }
    assert_ledger_adds_up(ctx, len(kept))


_NUMBER_TEXTS = st.builds(
    lambda sign, whole, frac, sep, unit: f"{sign}{whole}{sep + frac if frac else ''}{unit}",
    st.sampled_from(["", "+", "-", "\u2212", "\u2013"]),
    st.integers(0, 2000).map(str),
    st.sampled_from(["", "5", "25", "500", "05"]),
    st.sampled_from([".", ","]),
    st.sampled_from(["", "%", " percent", "/10", " out of 5", " of 10", " weeks ago", " wks", "w", " years old", "x"]),
)


@settings(max_examples=300, deadline=None)
@given(text=_NUMBER_TEXTS)
def test_number_readings_never_crash_are_idempotent_and_keep_the_number(text):
    """Any of these texts in any number field: read to a number (then normalising again changes nothing) or left
    exactly as written; a reading never changes the digits' value beyond its scale (a percent is /100, a fraction
    its ratio)."""
    from curation.domain import load_spec
    from curation.ingest.interactions.normalize import normalize

    spec = load_spec()
    for t, sample in (
        ("emotional_authenticity", lambda v: {"authenticity_score": v, "effective_capacity": v}),
        ("relationship_scoring", lambda v: {"trust_change": v, "relationship_level": v}),
        ("memory_resonance", lambda v: {"memory": {"weeks_ago": v}}),
        ("multi_step", lambda v: {"npc_profile": {"age": v}}),
    ):
        once, _ = normalize(sample(text), spec.types[t])
        again, repairs = normalize(copy.deepcopy(once), spec.types[t])
        assert again == once and not repairs
        leaves = [v for v in once.values() if not isinstance(v, dict)] + [
            x for v in once.values() if isinstance(v, dict) for x in v.values()
        ]
        for v in leaves:
            assert v == text or (isinstance(v, (int, float)) and not isinstance(v, bool))


def test_a_pipeline_version_in_a_folder_name_is_not_a_master_truths_version(tmp_path):
    from curation.stages.versions import check_versions

    d = tmp_path / "in"
    write(
        d / "typed" / "emotional_authenticity_b1.json",
        batch("emotional_authenticity", [variant(EA, i) for i in range(3)]),
    )
    ms = [variant(MS, i) for i in range(3)]
    for m in ms:
        m["training_metadata"] = {k: v for k, v in m["training_metadata"].items() if k != "master_truths_version"}
    write(d / "multistep_pipeline_v2.2" / "run_2025-11-03" / "multistep_01.json", ms)
    kept, recovered, ctx = run(d, tmp_path)
    assert {(r.data_type, r.metadata["master_truths_version"]) for r in recovered} == {
        ("emotional_authenticity", "v1.2"),
        ("multi_step", "v1.2"),  # the configured default: the folder names the pipeline's v2.2, not the rules'
    }
    assert check_versions(recovered, None) == "v1.2"  # no mix: the build goes on
    # a Master Truths version in a folder name still counts
    write(d / "old_v1.1" / "emotional_authenticity_b2.json", [variant(EA, 7)])
    _, recovered, _ = run(d, tmp_path)
    assert {r.metadata["master_truths_version"] for r in recovered if "old_v1.1" in r.source.file} == {"v1.1"}
    with pytest.raises(UserError, match="mix Master Truths versions"):
        check_versions(recovered, None)


def test_records_inside_an_api_envelope(tmp_path):
    d = tmp_path / "in"
    # JSON:API: {"data": [{"type", "id", "attributes": {...}, "links"}], "links", "meta"}
    page = [
        {"type": "memory-resonance", "id": str(i), "attributes": variant(MR, i), "links": {"self": f"/r/{i}"}}
        for i in range(3)
    ]
    write(d / "api_page1.json", {"data": page, "links": {"next": None}, "meta": {"total": 3}})
    # Airtable: {"records": [{"id", "createdTime", "fields": {...}}], "offset"}, another generator's names
    rows = [{"id": f"rec{i}", "createdTime": "2025-11-03T10:00:00Z", "fields": _their_tb(i)} for i in range(3)]
    write(d / "tension_building_airtable.json", {"records": rows, "offset": None})
    # a record whose own field is an object named like an envelope stays as it is
    write(d / "memory_resonance_own.json", [{**variant(MR, 9), "fields": {"note": "kept as written"}}])
    # ... and so does an object of another generator's with no envelope id beside it
    pt = {"who": "Priya", "spoken": "Move the stair.", "attributes": {"openness": 0.7, "neuroticism": 0.3}}
    write(d / "personality_traits_x.json", [pt])
    kept, recovered, ctx = run(d, tmp_path, field_map=THEIR_MAP)
    assert reasons(ctx) == {("personality_traits_x.json", 0): "missing_required_field"} and len(kept) == 7
    assert next(r for r in recovered if r.data_type == "personality_traits").data["attributes"]["openness"] == 0.7
    assert {r.data_type for r in kept if r.source.file.endswith("api_page1.json")} == {"memory_resonance"}
    tb = next(r for r in kept if r.data_type == "tension_building")
    assert tb.data["dialogue"].startswith("Ask me about March.") and tb.data["id"].startswith("rec")
    own = next(r for r in kept if r.source.file.endswith("memory_resonance_own.json"))
    assert own.data["fields"] == {"note": "kept as written"}
    assert_ledger_adds_up(ctx, len(kept))


def test_copies_that_differ_only_beside_the_types_fields_are_exact_duplicates(tmp_path):
    """A resource id an API envelope gives each copy, or a run's timestamp and latency beside the sample, differ
    between two copies of one sample; the copy is still an exact duplicate (its training text is the same). A
    copy with one of the type's own fields changed is not."""
    from curation.analytics import batch_analysis as analysis
    from curation.config import Config

    d = tmp_path / "in"
    page = [{"type": "memory-resonance", "id": f"mr-{i}", "attributes": variant(MR, i % 2)} for i in range(3)]
    write(d / "api_page.json", {"data": page, "meta": {"total": 3}})  # mr-2 repeats mr-0 under its own id
    runs = [{**variant(RS, 1), "generated_at": f"2026-05-0{i + 1}T10:00:00Z", "latency_ms": 900 + i} for i in range(2)]
    runs.append({**variant(RS, 1), "generated_at": "2026-05-09T10:00:00Z", "quality_score": 0.71})
    write(d / "relationship_scoring_runs.json", runs)
    cfg = Config()
    cfg._root_dir = REPO
    cfg.inputs.interactions = [str(d)]
    a = analysis.analyze(cfg)
    dups = {
        (Path(r["source_file"]).name, r.get("index")) for r in a.ctx.rejects.rows if r["reason"] == "exact_duplicate"
    }
    assert dups == {("api_page.json", 2), ("relationship_scoring_runs.json", 1)}
    assert len(a.kept) == 4 and a.report["exact_duplicates"] == 2


def test_capacity_factors_as_text_under_their_own_name_are_read_through_the_field_map(tmp_path):
    """Their generator keeps the factors as a list of sentences under a name of its own; a field_map line points
    the factor list at it, and the ingest reads each sentence as a factor with its impact."""
    factor_list = next(f.name for f in EA_FIELDS if f.parse == "name_value_pairs")
    texts = ["money worries (-2)", "small win at work (+1.5)", "slept badly, \u22121"]  # 8 - 2 + 1.5 - 1 = 6.5
    samples = []
    for i, effective in enumerate([6.5, 4.0]):  # the second states a capacity its factors do not add up to
        s = variant(EA, i, effective_capacity=effective)
        del s[factor_list]
        s["state"] = {"pressures": list(texts)}
        samples.append(s)
    write(tmp_path / "in" / "emotional_authenticity_b1.json", batch("emotional_authenticity", samples))
    kept, recovered, ctx = run(
        tmp_path / "in", tmp_path, field_map={"emotional_authenticity": {"state.pressures": factor_list}}
    )
    got = {r.source.index: r for r in recovered}
    impacts = [tuple(x[f.name] for f in EA_ITEM) for x in got[0].data[factor_list]]
    assert impacts == [("money worries", -2.0), ("small win at work", 1.5), ("slept badly", -1.0)]
    assert f"factors_from_text:{factor_list}" in got[0].repairs and not got[0].violations
    assert reasons(ctx) == {("emotional_authenticity_b1.json", 1): "rule_capacity_effective_formula"}
    assert_ledger_adds_up(ctx, len(kept))
