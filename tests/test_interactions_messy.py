"""Held-out style messiness: what real Qwen3 / LLM batch output looks like beyond the spec's examples.

Each test plants one kind of mess in real files and checks the decision (recover with a named repair, or
reject with a reason) and that every record seen ends up kept or rejected (the counts add up).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from test_interactions import DI, EA, MR, MS, PT, RS, TB, assert_ledger_adds_up, batch, rejects, run, variant, write


def reasons(ctx) -> dict:
    return {(Path(r["source_file"]).name, r.get("index")): r["reason"] for r in rejects(ctx)}


def test_samples_nested_under_other_keys_are_found(tmp_path):
    d = tmp_path / "in"
    write(d / "a.json", {"examples": [variant(EA, 1), variant(EA, 2)]})
    write(d / "b.json", {"data": [variant(TB, 1)], "meta": {"model": "qwen3"}})
    write(d / "c.json", {"results": [variant(RS, 1)]})
    write(d / "d.json", {"items": [variant(PT, 1)]})
    write(d / "e.json", {"response": {"output": {"samples": [variant(DI, 1), variant(DI, 2)]}}})
    write(d / "f.json", {"model": "qwen3:14b", "generated": [variant(MR, 1)]})  # unknown key, list of samples
    kept, recovered, ctx = run(d, tmp_path)
    assert Counter(Path(r.source.file).name for r in recovered) == {
        "a.json": 2,
        "b.json": 1,
        "c.json": 1,
        "d.json": 1,
        "e.json": 2,
        "f.json": 1,
    }
    assert {r.data_type for r in recovered if r.source.file.endswith("e.json")} == {"dramatic_irony"}
    assert len(kept) == 8 and not rejects(ctx)
    assert_ledger_adds_up(ctx, len(kept))


def test_data_type_under_type_or_category(tmp_path):
    d = tmp_path / "in"
    # labels that disagree with the file name: the label (confirmed by the fields) decides
    write(
        d / "combined.json",
        [{"type": "Dramatic Irony", **variant(DI, 1)}, {"category": "tension_building", **variant(TB, 1)}],
    )
    write(d / "batch.json", {"type": "personality_traits", "samples": [variant(PT, 1)]})
    # memory_resonance's own "type" (an alias of resonance_type) is a field, not a data-type label
    mr = {k: v for k, v in variant(MR, 1).items() if k != "resonance_type"}
    write(d / "memory.json", [{"category": "memory_resonance", "type": "past_trauma_trigger", **mr}])
    kept, recovered, ctx = run(d, tmp_path)
    types = {(Path(r.source.file).name, r.source.index): r.data_type for r in recovered}
    assert types == {
        ("combined.json", 0): "dramatic_irony",
        ("combined.json", 1): "tension_building",
        ("batch.json", 0): "personality_traits",
        ("memory.json", 0): "memory_resonance",
    }
    by_type = {r.data_type: r for r in recovered}
    assert "type" not in by_type["dramatic_irony"].data and "category" not in by_type["tension_building"].data
    assert by_type["memory_resonance"].data["resonance_type"] == "past_trauma_trigger"
    assert len(kept) == 4 and not rejects(ctx)


def test_percent_fraction_and_unit_strings_only_where_lossless(tmp_path):
    samples = [
        variant(EA, 0, authenticity_score="85%"),  # a [0,1] score: 0.85
        variant(EA, 1, authenticity_score="9/10"),  # explicit scale: 0.9
        variant(EA, 2, support_level_needed="95%"),  # a capacity is not a percentage: reject
        variant(EA, 3, effective_capacity="0/10"),  # capacity out of 10: 0
        variant(EA, 4, authenticity_score="0.8 (good)"),  # prose around a number: reject
    ]
    write(tmp_path / "in" / "emotional_authenticity_batch0001.json", batch("emotional_authenticity", samples))
    mr = variant(MR, 0)
    mr["memory"] = {**mr["memory"], "weeks_ago": "40 weeks ago"}
    write(
        tmp_path / "in" / "memory_resonance_batch0001.json",
        batch("memory_resonance", [mr, variant(MR, 1, resonance_weight="95%")]),
    )
    write(
        tmp_path / "in" / "relationship_scoring_batch0001.json",
        batch("relationship_scoring", [variant(RS, 0, trust_change="20%")]),
    )
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    got = {(r.data_type, r.source.index): r for r in recovered}
    assert got[("emotional_authenticity", 0)].data["authenticity_score"] == 0.85
    assert "percent_to_fraction:authenticity_score" in got[("emotional_authenticity", 0)].repairs
    assert got[("emotional_authenticity", 1)].quality == 0.9
    assert "fraction_to_scale:effective_capacity" in got[("emotional_authenticity", 3)].repairs
    assert got[("memory_resonance", 0)].data["memory"]["weeks_ago"] == 40
    assert "strip_unit:memory.weeks_ago" in got[("memory_resonance", 0)].repairs
    assert got[("memory_resonance", 1)].data["resonance_weight"] == 0.95
    assert reasons(ctx) == {
        ("emotional_authenticity_batch0001.json", 2): "uncoercible_type",
        ("emotional_authenticity_batch0001.json", 4): "uncoercible_type",
        ("relationship_scoring_batch0001.json", 0): "uncoercible_type",
    }
    assert_ledger_adds_up(ctx, len(kept))


def test_scores_on_a_ten_or_hundred_scale_are_rejected_not_rescaled(tmp_path):
    write(
        tmp_path / "in" / "tension_building_batch0001.json",
        batch(
            "tension_building",
            [
                variant(TB, 0, tension_score=8.5),
                variant(TB, 1, tension_score="85"),
                variant(TB, 2, hook_effectiveness=7),
            ],
        ),
    )
    write(
        tmp_path / "in" / "personality_traits_batch0001.json",
        batch("personality_traits", [variant(PT, 0, ocean={**PT["ocean"], "openness": 70})]),
    )
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert reasons(ctx) == {
        ("tension_building_batch0001.json", 0): "score_out_of_range",
        ("tension_building_batch0001.json", 1): "score_out_of_range",
        ("tension_building_batch0001.json", 2): "score_out_of_range",
        ("personality_traits_batch0001.json", 0): "score_out_of_range",
    }
    assert not kept and len(recovered) == 4
    assert_ledger_adds_up(ctx, 0)


def test_nan_and_infinity_literals(tmp_path):
    samples = [variant(EA, i) for i in range(3)]
    text = json.dumps(batch("emotional_authenticity", samples), indent=2)
    text = text.replace('"authenticity_score": 0.95', '"authenticity_score": NaN', 1)
    text = text.replace('"effective_capacity": 0.0', '"effective_capacity": 0.0, "generation_seconds": Infinity', 3)
    write(tmp_path / "in" / "emotional_authenticity_batch0001.json", text)
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert reasons(ctx) == {("emotional_authenticity_batch0001.json", 0): "not_a_number"}
    assert len(kept) == 2
    for r in kept:  # an extra field's Infinity becomes null (the written JSON stays valid)
        assert r.data["generation_seconds"] is None and "null_non_finite:generation_seconds" in r.repairs
        json.dumps(r.data, allow_nan=False)
    assert_ledger_adds_up(ctx, len(kept))


def test_python_dict_output_comments_and_bare_keys_are_recovered(tmp_path):
    d = tmp_path / "in"
    py = repr(batch("relationship_scoring", [variant(RS, 0), variant(RS, 1, character_response="It's fine.")]))
    write(d / "relationship_scoring_batch0001.json", "Here's the batch:\n" + py + "\n")
    commented = json.dumps(batch("tension_building", [variant(TB, 0), variant(TB, 1)]), indent=2)
    commented = commented.replace('"samples": [', '"samples": [ // two hooks\n/* generated by qwen3 */', 1)
    commented = commented.replace('"hook_type": "mystery_hook",', '"hook_type": "mystery_hook", // 2-4 weeks')
    write(d / "tension_building_batch0001.json", commented)
    write(
        d / "personality_traits_batch0001.json",
        '{data_type: "personality_traits", samples: [' + json.dumps(variant(PT, 0)) + "]}",
    )
    # a truncated Python-dict answer: every complete sample before the cut is recovered
    cut = repr([variant(MS, 0), variant(MS, 1)])
    write(d / "multi_step_batch_py.json", cut[: cut.index("(1)")])
    kept, recovered, ctx = run(d, tmp_path)
    reps = {Path(r.source.file).name: set(r.repairs) for r in recovered}
    assert "convert_python_literal" in reps["relationship_scoring_batch0001.json"]
    assert "strip_comments" in reps["tension_building_batch0001.json"]
    assert "quote_bare_keys" in reps["personality_traits_batch0001.json"]
    rs = [r for r in recovered if r.data_type == "relationship_scoring"]
    assert [r.data["character_response"] for r in rs] == [variant(RS, 0)["character_response"], "It's fine."]
    assert Counter(Path(r.source.file).name for r in recovered) == {
        "relationship_scoring_batch0001.json": 2,
        "tension_building_batch0001.json": 2,
        "personality_traits_batch0001.json": 1,
        "multi_step_batch_py.json": 1,
    }
    assert reasons(ctx) == {("multi_step_batch_py.json", 1): "truncated_record"}
    assert_ledger_adds_up(ctx, len(kept))


def test_json_lines_in_a_json_file_and_a_single_sample_file(tmp_path):
    d = tmp_path / "in"
    lines = [json.dumps({"data_type": "dramatic_irony", **variant(DI, i)}) for i in range(3)]
    write(d / "dramatic_irony_lines.json", "\n".join(lines) + "\n" + lines[0][:50])  # last line cut
    write(d / "one_sample.json", variant(PT, 5))
    kept, recovered, ctx = run(d, tmp_path)
    lines_recs = sorted(
        (r.source.index, tuple(r.repairs)) for r in recovered if r.source.file.endswith("dramatic_irony_lines.json")
    )
    assert [i for i, _ in lines_recs] == [0, 1, 2] and all("read_json_lines" in reps for _, reps in lines_recs)
    one = [r for r in recovered if r.source.file.endswith("one_sample.json")]
    assert len(one) == 1 and one[0].data_type == "personality_traits" and one[0].source.index == 0
    assert reasons(ctx) == {("dramatic_irony_lines.json", 3): "truncated_record"}
    assert_ledger_adds_up(ctx, len(kept))


def test_valid_but_empty_documents_are_file_rejects(tmp_path):
    d = tmp_path / "in"
    write(d / "empty_array.json", "[]")
    write(d / "empty_object.json", "{}")
    write(d / "empty_batch.json", batch("tension_building", []))
    write(d / "null.json", "null")
    kept, recovered, ctx = run(d, tmp_path)
    assert not recovered
    assert reasons(ctx) == {
        ("empty_array.json", None): "no_samples_found",
        ("empty_object.json", None): "no_samples_found",
        ("empty_batch.json", None): "no_samples_found",
        ("null.json", None): "no_samples_found",
    }


def test_mojibake_and_invisible_characters_behind_unicode_escapes(tmp_path):
    import ftfy.bad_codecs  # noqa: F401  (registers 'sloppy-windows-1252')

    clean = "I\u2019m here \u2014 caf\u00e9 at eight."
    broken = clean.encode("utf-8").decode("sloppy-windows-1252")
    samples = [
        variant(MR, 0, character_response=broken),
        variant(MR, 1, character_name="Ada\u200b"),
        variant(MR, 2, character_response=clean),
    ]
    # ensure_ascii: the file is pure ASCII, the mojibake and the zero-width space hide behind \\u escapes
    text = json.dumps(batch("memory_resonance", samples), ensure_ascii=True)
    assert text.isascii() and "\\u00e2\\u20ac\\u2122" in text
    write(tmp_path / "in" / "memory_resonance_batch0001.json", text)
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    out = {r.source.index: r for r in recovered}
    assert out[0].data["character_response"] == clean and "fix_mojibake:character_response" in out[0].repairs
    assert out[1].data["character_name"] == "Ada" and "remove_zero_width:character_name" in out[1].repairs
    assert out[2].data["character_response"] == clean and not [x for x in out[2].repairs if ":" in x]
    assert len(kept) == 3


def test_valid_json_is_never_rewritten(tmp_path):
    """Fences, think tags, comments and single quotes inside strings of a valid file stay as written."""
    odd = "Use ```json``` fences, <think>aloud</think>, // not a comment, {'a': True}"
    write(tmp_path / "in" / "tension_building_batch0001.json", batch("tension_building", [variant(TB, 0, setup=odd)]))
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert kept[0].data["setup"] == odd and kept[0].repairs == []
