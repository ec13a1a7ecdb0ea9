"""`unwritten schema` on values whose shape says what they are, and what they are not (issue 11).

Every batch here is written by the test from the valid samples, under made-up keys (`qv_*`) that resemble no field
name of ours, so only the values, their scale and the records' own rules can place them: a list of factors written
as text, a level written out of five, two scores side by side that are no span of weeks, two counts in no fixed
order, a latency in seconds, and the generator's own time stamps.
"""

from __future__ import annotations

import copy
import json
import random
import sys
from pathlib import Path

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_fit import NAME_EVIDENCE, FieldMatch, name_similarity
from curation.ingest.interactions.field_match import NAMED, _best_change, _parts, field_map
from curation.ingest.interactions.schema_report import schema_report
from curation.ingest.interactions.spec_fields import spec_fields

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402


def _report(tmp_path: Path, data_type: str, samples: list[dict]):
    write_batch(tmp_path / "in" / f"{data_type}.json", data_type, samples)
    return schema_report([tmp_path / "in"])


def _lines(tmp_path: Path, data_type: str, samples: list[dict]) -> dict[str, str]:
    return field_map(_report(tmp_path, data_type, samples).matches).get(data_type, {})


def _kept_with(tmp_path: Path, lines: dict[str, dict[str, str]]) -> tuple[int, int]:
    """(records kept, records read) when the folder is analysed with `lines` as its field_map."""
    cfg = {
        "root": str(tmp_path),
        "inputs": {"interactions": ["in"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": lines},
    }
    path = tmp_path / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    a = analysis.analyze(load_config(path))
    status = a.status()
    return sum(1 for r in a.recovered if r.id not in status), len(a.recovered)


def test_factors_written_as_text_are_the_capacity_factors_and_the_records_build(tmp_path, valid):
    # each factor as a short text naming it and its impact, in two writings; nothing else renamed
    out = []
    for s in valid["emotional_authenticity"]:
        s = copy.deepcopy(s)
        s["qv_mods"] = [
            f"{f['factor'].replace('_', ' ')} ({f['impact']:+g})" if i % 2 else f"{f['factor']}: {f['impact']:g}"
            for i, f in enumerate(s.pop("capacity_factors"))
        ]
        out.append(s)
    rep = _report(tmp_path, "emotional_authenticity", out)
    lines = field_map(rep.matches)
    assert lines == {"emotional_authenticity": {"qv_mods": "capacity_factors"}}
    assert not any(tm.missing for tm in rep.matches)  # (its items are read from the text: none is missing)
    kept, read = _kept_with(tmp_path, lines)
    assert read == len(out) and kept == len(out)  # the factors add up to the effective capacity in every record


def test_factor_texts_with_a_typographic_minus_are_factors_not_the_turns_of_an_exchange(tmp_path, valid):
    # two factors a record from a pool of three causes, each "what happened (\u22121.5)" with the minus sign a word
    # processor writes, beside the character's words and a turned-down draft under names of no language of ours: a
    # list of a fixed two texts is no exchange when each text names a thing and its number (the profile reads the
    # minus as the ingest does), though a cause at one place comes back at the other as a draft's words would
    pool = [("the mill wheel froze", -1.5), ("a letter from the coast", 0.5), ("no sleep since Sunday", -1)]
    out = []
    for i, s in enumerate(valid["emotional_authenticity"][:6]):
        s = copy.deepcopy(s)
        s.pop("capacity_factors")
        fs = [pool[(i + k) % 3] for k in range(2)]
        s["qv_mods"] = [f"{name} ({impact:+g})".replace("-", "\u2212") for name, impact in fs]
        s["qv_said"] = s.pop("character_response")
        s["qv_draft"] = s["qv_said"][::-1]
        out.append(s)
    lines = _lines(tmp_path, "emotional_authenticity", out)
    assert lines.get("qv_mods") == "capacity_factors"
    assert lines.get("qv_said") == "character_response"
    assert not any(src.startswith("qv_mods[") for src in lines)


def test_a_list_of_words_is_no_list_of_factors(tmp_path, valid):
    # the factors left out, a list of mood words beside them: words with no number name no factor and its impact
    rng = random.Random(7)
    out = []
    for s in valid["emotional_authenticity"] * 2:
        s = copy.deepcopy(s)
        s.pop("capacity_factors")
        s["qv_moods"] = rng.sample(["tired", "hopeful", "tense", "wry", "guarded"], 2)
        out.append(s)
    rep = _report(tmp_path, "emotional_authenticity", out)
    assert "qv_moods" not in field_map(rep.matches).get("emotional_authenticity", {})
    assert [f.path for tm in rep.matches for f in tm.missing] == ["capacity_factors"]


def test_a_level_written_out_of_five_is_the_level(tmp_path, valid):
    # "3/5": the ingest reads it as 3 on the 1-5 level scale, so the level is found by its values
    out = []
    for s in valid["tension_building"]:
        s = copy.deepcopy(s)
        s["qv_bond"] = f"{s.pop('relationship_level')}/5"
        out.append(s)
    lines = _lines(tmp_path, "tension_building", out)
    assert lines == {"qv_bond": "relationship_level"}
    kept, read = _kept_with(tmp_path, {"tension_building": lines})
    assert kept == read == len(out)


def test_two_scores_side_by_side_are_no_span_of_weeks(tmp_path, valid):
    # the tension score and the hook's effectiveness (0-1 scores, the one always below the other) in one object, the
    # window as [low, high] in another: two numbers under one object are a window only if they can be weeks
    out = []
    for s in valid["tension_building"] * 2:
        s = copy.deepcopy(s)
        w = s.pop("payoff_window_weeks")
        s["qv_hook"] = {"qv_kind": s.pop("hook_type"), "qv_span": [w["min"], w["max"]]}
        s["qv_notes"] = {"qv_a": s.pop("tension_score"), "qv_b": s.pop("hook_effectiveness")}
        out.append(s)
    lines = _lines(tmp_path, "tension_building", out)
    assert lines["qv_hook.qv_span"] == "payoff_window_weeks"
    assert lines["qv_notes.qv_a"] == "tension_score"
    assert not any(v.startswith("payoff_window_weeks") for k, v in lines.items() if k.startswith("qv_notes"))


def test_two_counts_in_no_fixed_order_are_no_span(tmp_path, valid):
    # the window written as text, and an object of two whole numbers (a retry count and a take number) that are now
    # the one, now the other the larger: a span's low end is at most its high end in (nearly) every record
    rng = random.Random(17)
    out = []
    for s in valid["tension_building"] * 3:
        s = copy.deepcopy(s)
        w = s.pop("payoff_window_weeks")
        s["qv_when"] = f"{w['min']} to {w['max']} weeks"
        s["qv_run"] = {"qv_x": rng.randint(1, 6), "qv_y": rng.randint(1, 6)}
        out.append(s)
    lines = _lines(tmp_path, "tension_building", out)
    assert lines.get("qv_when") == "payoff_window_weeks"
    assert not any(k.startswith("qv_run") for k in lines), lines


def test_a_latency_in_seconds_is_no_support(tmp_path, valid):
    # every record carries how long the model took (1.5-16.5 s, decimals): four in ten of its values are off the 0-10
    # scale, so it is neither the support needed nor the support given
    rng = random.Random(23)
    out = []
    for s in valid["emotional_authenticity"] * 2:
        s = copy.deepcopy(s)
        s["qv_need"] = s.pop("support_level_needed")
        s["qv_secs"] = round(rng.uniform(1.5, 16.5), 2)
        out.append(s)
    lines = _lines(tmp_path, "emotional_authenticity", out)
    assert lines.get("qv_need") == "support_level_needed"
    assert "qv_secs" not in lines


def _stamp(i: int) -> str:
    """The time the batch holding record `i` was written (four records a batch: a stamp that repeats, unlike an id)."""
    b = i // 4
    return f"2026-02-{1 + b % 28:02d}T{b % 24:02d}:{(7 * b) % 60:02d}:00Z"


def test_a_stamp_beside_a_wrapper_holding_the_record_is_the_envelopes(tmp_path, valid):
    # the whole record inside one object, and beside it a time stamp under our own field's name: the stamp describes
    # the record as the generator filed it; it is not moved into the record's training_metadata
    out = []
    for i, s in enumerate(valid["multi_step"]):
        s = copy.deepcopy(s)
        s.get("training_metadata", {}).pop("generated_at", None)
        out.append({"qv_load": s, "generated_at": _stamp(i)})
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "multi_step_run.json").write_text(json.dumps(out), encoding="utf-8")
    lines = field_map(schema_report([tmp_path / "in"]).matches)["multi_step"]
    assert lines.get("qv_load") is not None or any(k.startswith("qv_load.") for k in lines)
    assert "generated_at" not in lines


def test_a_lone_stamp_half_named_like_ours_stays_the_generators_own(tmp_path, valid):
    # a flat record; a time stamp whose key is only half like ours and shares its first word with no other key: the
    # pipeline's stamp, not the record's. The same stamp filed with other keys under one first word (`runq_*`, the
    # generator's own group of run facts) gets its line
    spec = {f.path: f for f in spec_fields()["multi_step"]}
    assert NAME_EVIDENCE <= name_similarity("gen_qv", spec["training_metadata.generated_at"]) < NAMED
    alone, together = [], []
    for i, s in enumerate(valid["multi_step"]):
        s = copy.deepcopy(s)
        md = s.pop("training_metadata", {})
        s["training_metadata"] = {k: md[k] for k in ("quality_score", "authenticity_score") if k in md}
        alone.append({**s, "gen_qv": _stamp(i)})
        together.append({**s, "runq_pipeline": md["pipeline_version"], "runq_generated": _stamp(i)})
    lines = _lines(tmp_path / "a", "multi_step", alone)
    assert "gen_qv" not in lines
    lines = _lines(tmp_path / "b", "multi_step", together)
    assert lines.get("runq_generated") == "training_metadata.generated_at"
    assert lines.get("runq_pipeline") == "training_metadata.pipeline_version"


def test_two_swaps_at_once_must_each_spare_records_of_their_own():
    # a right map fails on its planted defects only; two swaps that each move a rule's input away spare one such
    # defect each: four failing records become two, which halves them without either swap being evidence
    a, b, c, d = (FieldMatch(f"qv_{x}", f"t_{x}", "proposed") for x in "abcd")
    double = [(a, "t_b"), (b, "t_a"), (c, "t_d"), (d, "t_c")]
    single = [(a, "t_b"), (b, "t_a")]
    rotation = [(a, "t_b"), (b, "t_c"), (c, "t_a")]
    assert _parts(double) == 2 and _parts(single) == 1 and _parts(rotation) == 1
    assert _best_change([(2, 1.0, double)], now=4) is None
    assert _best_change([(0, 1.0, double)], now=4) is not None  # each spares two of its own: both are evidence
    assert _best_change([(2, 1.0, single)], now=4) is not None


def test_outcomes_on_their_scales_need_no_companion(tmp_path, valid):
    # the outcomes of the interaction (nothing reads them either) at the top under keys half like ours: numbers on
    # their signed scales say what they are, so each gets its line without a key beside it sharing its first word
    out = []
    for s in valid["multi_step"]:
        s = copy.deepcopy(s)
        go = s.pop("game_outcomes")
        out.append({**s, "relationship_qv": go["relationship_change"], "trustqv_delta": go["trust_change"]})
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "multi_step_run.json").write_text(json.dumps(out), encoding="utf-8")
    lines = field_map(schema_report([tmp_path / "in"]).matches)["multi_step"]
    assert lines.get("relationship_qv") == "game_outcomes.relationship_change"
    assert lines.get("trustqv_delta") == "game_outcomes.trust_change"
