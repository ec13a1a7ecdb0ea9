"""Interaction batches: salvage, schemas, Master Truths rules, quality gate, conversion, ledger counts.

Fixtures are real files written to tmp folders with planted defects of every kind the issue names.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

import pytest

from curation.config import Config
from curation.ingest.interactions.schemas import DATA_TYPES, SCHEMAS, json_schema, quality_field
from curation.ingest.interactions.source import InteractionSource
from curation.records import Record, Source
from curation.stages.base import Context, chain
from curation.stages.interactions import ConvertInteractions, QualityGate, ValidateInteractions

REPO = Path(__file__).resolve().parents[1]

EA = {
    "context": "Emergency at work, family crisis, no sleep",
    "base_capacity": 8.0,
    "capacity_factors": [
        {"factor": "work_crisis", "impact": -3.0},
        {"factor": "family_emergency", "impact": -3.0},
        {"factor": "sleep_deprivation", "impact": -2.0},
    ],
    "effective_capacity": 0.0,
    "situation": "Friend needs emotional support",
    "support_level_needed": 9.5,
    "character_response": "I\u2014[voice breaks] I'm so sorry, I can't be there tonight.",
    "authenticity_score": 0.95,
    "demonstrates_constraint": "Capacity 0.0 + 2 = 2.0 max",
}
DI = {
    "character_name": "Theo",
    "scenario": "Theo plans a party for his sister",
    "player_knows": "She is moving away",
    "character_knows": "Nothing",
    "knowledge_gap_score": 0.8,
    "character_capacity": 5.0,
    "response_options": [
        {"type": "tone_deaf", "dialogue": "Party time!", "relationship_impact": -1.0},
        {"type": "misguided", "dialogue": "She loves surprises.", "relationship_impact": -0.3},
        {"type": "growth", "dialogue": "Maybe I should ask her first.", "relationship_impact": 0.5},
    ],
    "dramatic_irony_score": 0.7,
}
TB = {
    "character_name": "Mara",
    "context": "Late shift",
    "hook_type": "mystery_hook",
    "dialogue": "Ask me about March.",
    "setup": "She lost a patient in March",
    "payoff_window_weeks": {"min": 2, "max": 4},
    "relationship_level": 3,
    "tension_score": 0.8,
}
MR = {
    "character_name": "Ada",
    "current_situation": "Rain at the station",
    "memory": {"description": "Her father's funeral", "emotion": "grief", "weeks_ago": 40},
    "resonance_type": "past_trauma_trigger",
    "resonance_weight": 0.95,
    "character_response": "Not the rain again.",
    "resonance_score": 0.8,
}
PT = {
    "character_name": "Priya",
    "scenario": "A client wants changes",
    "dialogue": "Move the stair.",
    "ocean": {"openness": 0.7, "conscientiousness": 0.9, "extraversion": 0.4, "agreeableness": 0.5, "neuroticism": 0.3},
    "trait_expression": "Precise, direct",
    "quality_score": 0.8,
}
RS = {
    "player_action": "Brought soup",
    "character_response": "You remembered.",
    "relationship_score": 0.8,
    "trust_change": 0.2,
    "rationale": "Care shown",
    "quality_score": 0.7,
}
MS = {
    "npc_profile": {"name": "Mara", "age": 34, "occupation": "nurse", "background": "Night shifts"},
    "npc_emotional_state": {
        "base_capacity": 6.0,
        "capacity_factors": [{"factor": "double shift", "impact": -2.0}],
        "effective_capacity": 4.0,
        "current_emotion": "tired",
    },
    "npc_ocean_personality": {
        "openness": 0.6,
        "conscientiousness": 0.8,
        "extraversion": 0.4,
        "agreeableness": 0.7,
        "neuroticism": 0.5,
    },
    "interaction_context": {
        "situation": "Player asks for help moving",
        "player_request": "Saturday?",
        "support_needed": 5.0,
        "complexity_type": "people_pleasing",
        "authenticity_target": "authentic",
        "capacity_level": "low",
    },
    "tension_memory": {"hook_type": "mystery_hook", "memory_reference": "the hospital night"},
    "npc_card_narrative": {"dialogue_prose": 'Mara rubs her eyes. "I\'ll try."'},
    "game_outcomes": {"trust_change": 0.1, "relationship_change": 0.2, "capacity_after": 3.5},
    "training_metadata": {
        "authenticity_score": 0.7,
        "quality_score": 0.8,
        "complexity_type": "people_pleasing",
        "pipeline_version": "v2.2",
        "master_truths_version": "v1.2",
        "generated_at": "x",
    },
}
CLEAN = {
    "emotional_authenticity": EA,
    "dramatic_irony": DI,
    "tension_building": TB,
    "memory_resonance": MR,
    "personality_traits": PT,
    "relationship_scoring": RS,
    "multi_step": MS,
}


def batch(data_type: str, samples: list, **header) -> dict:
    return {
        "master_truths_version": "v1.2",
        "data_type": data_type,
        "batch_number": 1,
        "timestamp": "20251014_143022",
        "sample_count": len(samples),
        "samples": samples,
        **header,
    }


def variant(base: dict, i: int, **changes) -> dict:
    """A distinct copy of a clean sample (distinct text so nothing is an exact duplicate by accident)."""
    s = copy.deepcopy(base)
    for key in ("character_response", "dialogue", "scenario", "rationale", "current_situation"):
        if key in s:
            s[key] = f"{s[key]} ({i})"
    if "npc_card_narrative" in s:
        s["npc_card_narrative"]["dialogue_prose"] += f" ({i})"
    s.update(changes)
    return s


def grown(data_type: str, i: int) -> dict:
    """A distinct copy of a clean sample (take i) with longer text, so a record is realistic in size and shape:
    the records benchmarks/bench_interactions.py times."""
    s = copy.deepcopy(CLEAN[data_type])
    tag = f" (take {i}, with a little more text so the record is realistic in size and shape)"
    for key in ("character_response", "dialogue", "scenario", "rationale", "current_situation", "context"):
        if isinstance(s.get(key), str):
            s[key] += tag
    if "npc_card_narrative" in s:
        s["npc_card_narrative"]["dialogue_prose"] += tag * 3
        s["npc_profile"]["name"] += f" {i % 500}"
    return s


def run(folder: Path, tmp_path: Path, stages=("validate", "quality", "convert"), **settings):
    cfg = Config()
    cfg._root_dir = REPO
    cfg.inputs.interactions = [str(folder)]
    for k, v in settings.items():
        setattr(cfg.interactions, k, v)
    ctx = Context(config=cfg)
    built = {"validate": ValidateInteractions, "quality": QualityGate, "convert": ConvertInteractions}
    source = InteractionSource.from_config(cfg.interactions, cfg.inputs.interactions, cfg.resolve)
    recovered: list[Record] = []

    def tap(it):
        for r in it:
            recovered.append(r)
            yield r

    kept = list(
        chain(
            tap(source(ctx)),
            [
                built[s].from_config(cfg.interactions)
                if s != "convert"
                else built[s].from_config(cfg.interactions, resolve=cfg.resolve)
                for s in stages
            ],
            ctx,
        )
    )
    return kept, recovered, ctx


def rejects(ctx: Context) -> list[dict]:
    return ctx.rejects.rows


def write(path: Path, content) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def assert_ledger_adds_up(ctx: Context, n_out: int) -> None:
    for s in ctx.ledger.stages.values():
        assert s.balanced, s.to_dict()
    src = ctx.ledger.stage("interactions")
    assert src.n_in + ctx.ledger.total_created == n_out + ctx.ledger.total_rejected


# ---- schemas ---------------------------------------------------------------------------------------
def test_json_schema_for_every_type_lists_required_fields_and_ranges():
    for t in DATA_TYPES:
        s = json_schema(t)
        json.dumps(s)
        assert s["type"] == "object" and set(s["required"]) == set(SCHEMAS[t].required)
        assert set(s["required"]) <= set(s["properties"])
    ea = json_schema("emotional_authenticity")["properties"]
    assert ea["authenticity_score"]["minimum"] == 0 and ea["authenticity_score"]["maximum"] == 1
    assert ea["effective_capacity"]["maximum"] == 10
    opt = json_schema("dramatic_irony")["properties"]["response_options"]["items"]
    assert opt["properties"]["type"]["enum"] == ["tone_deaf", "misguided", "growth"]
    assert quality_field("multi_step") == "training_metadata.quality_score"


def test_clean_samples_of_every_type_pass_untouched(tmp_path):
    for t, s in CLEAN.items():
        if t == "multi_step":
            write(tmp_path / "in" / "multi_step_batch_20251014_120000.json", [s, variant(s, 1)])
        else:
            write(tmp_path / "in" / f"{t}_batch0001_20251014_143022.json", batch(t, [s, variant(s, 1)]))
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert len(recovered) == len(kept) == 14
    assert not rejects(ctx)
    for r in kept:
        assert r.repairs == [] and r.violations == [], (r.data_type, r.repairs, r.violations)
        assert r.metadata["master_truths_version"] == "v1.2"
        assert r.metadata["quality"] is not None
        assert [t["from"] for t in r.conversations] == ["system", "human", "gpt"]
    assert Counter(r.data_type for r in kept) == {t: 2 for t in DATA_TYPES}
    assert_ledger_adds_up(ctx, len(kept))


# ---- salvage -----------------------------------------------------------------------------------------
def test_file_level_salvage_recovers_every_complete_record(tmp_path):
    d = tmp_path / "in"
    samples = [variant(TB, i) for i in range(3)]
    body = json.dumps(batch("tension_building", samples), indent=2)
    # think block with braces, code fence, trailing comma after the last sample
    messy = (
        "<think>The window is {min: 5, max: 7} weeks...</think>\n```json\n"
        + body.replace("\n  ]\n}", ",\n  ]\n}")
        + "\n```\n"
    )
    write(d / "tension_building_batch0002.json", messy)
    # BOM + CRLF
    write(
        d / "personality_traits_batch0002.json",
        b"\xef\xbb\xbf"
        + json.dumps(batch("personality_traits", [variant(PT, i) for i in range(2)]), indent=2)
        .replace("\n", "\r\n")
        .encode("utf-8"),
    )
    # two concatenated documents
    write(
        d / "dramatic_irony_batch0002.json",
        json.dumps(batch("dramatic_irony", [variant(DI, 1), variant(DI, 2)]))
        + "\n"
        + json.dumps(batch("dramatic_irony", [variant(DI, 3)], batch_number=3)),
    )
    # truncated inside the third sample: two recovered, the third rejected as truncated_record
    full = json.dumps(batch("relationship_scoring", [variant(RS, i) for i in range(3)]), indent=2)
    cut = full[: full.index("(2)")]
    write(d / "relationship_scoring_batch0002.json", cut)
    # a record with unescaped inner quotes between two good ones
    arr = json.dumps([variant(MS, 1), variant(MS, 2), variant(MS, 3)], indent=2)
    arr = arr.replace("I'll try.\\\" (2)", 'I\'ll try.\\" she said "fine" (2)')
    write(d / "multi_step_batch_20251014.json", arr)
    # JSON Lines with one broken line
    lines = [json.dumps({"data_type": "memory_resonance", **variant(MR, i)}) for i in range(3)]
    lines[1] = lines[1][:40]
    write(d / "memory_resonance_extra.jsonl", "\n".join(lines) + "\n")
    # unsalvageable: binary junk, empty, prose
    write(d / "emotional_authenticity_batch0004.json", bytes(range(256)) * 4)
    write(d / "empty.json", "")
    write(d / "notes.txt", "no json in here at all")

    kept, recovered, ctx = run(d, tmp_path)
    by_file = Counter(Path(r.source.file).name for r in recovered)
    assert by_file == {
        "tension_building_batch0002.json": 3,
        "personality_traits_batch0002.json": 2,
        "dramatic_irony_batch0002.json": 3,
        "relationship_scoring_batch0002.json": 2,
        "multi_step_batch_20251014.json": 3,
        "memory_resonance_extra.jsonl": 2,
    }
    reps = {Path(r.source.file).name: set(r.repairs) for r in recovered}
    assert {"strip_think_block", "strip_code_fence", "remove_trailing_comma"} <= reps["tension_building_batch0002.json"]
    assert {"strip_bom", "normalize_newlines"} <= reps["personality_traits_batch0002.json"]
    assert "split_concatenated_json" in reps["dramatic_irony_batch0002.json"]
    assert "salvage_truncated" in reps["relationship_scoring_batch0002.json"]
    stray = [r for r in recovered if "escape_stray_quotes" in r.repairs]
    assert len(stray) == 1 and 'she said "fine"' in stray[0].data["npc_card_narrative"]["dialogue_prose"]
    di = sorted(
        (r.metadata["document"], r.source.index, r.metadata["batch_number"])
        for r in recovered
        if r.data_type == "dramatic_irony"
    )
    assert di == [(0, 0, 1), (0, 1, 1), (1, 0, 3)]
    rows = {(Path(r["source_file"]).name, r.get("index"), r["reason"]) for r in rejects(ctx)}
    assert rows == {
        ("relationship_scoring_batch0002.json", 2, "truncated_record"),
        ("memory_resonance_extra.jsonl", 1, "unparseable_record"),
        ("emotional_authenticity_batch0004.json", None, "unparseable_file"),
        ("empty.json", None, "empty_file"),
        ("notes.txt", None, "unparseable_file"),
    }
    assert len(kept) == len(recovered) == 15
    assert_ledger_adds_up(ctx, len(kept))


def test_string_repairs_mojibake_contractions_invisible(tmp_path):
    clean_a = "I\u2019m here \u2014 caf\u00e9 at eight, \u201cpromise\u201d."
    import ftfy.bad_codecs  # noqa: F401  (registers 'sloppy-windows-1252': undefined bytes pass through)

    cp1252 = clean_a.encode("utf-8").decode("sloppy-windows-1252")
    macroman = clean_a.encode("utf-8").decode("mac_roman")
    samples = [
        variant(MR, 0, character_response=cp1252),
        variant(MR, 1, character_response=macroman),
        variant(MR, 2, character_response="I ll wait. Don t go, it s late and we re tired."),
        variant(MR, 3, character_name="Ada\u200b Lov\u200belace", character_response="Fine\u200b."),
        variant(MR, 4, character_response="Its a long way; the bells rang at three."),
    ]
    write(tmp_path / "in" / "memory_resonance_batch0002.json", batch("memory_resonance", samples))
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    out = {r.source.index: r for r in recovered}
    assert out[0].data["character_response"] == clean_a and "fix_mojibake:character_response" in out[0].repairs
    assert out[1].data["character_response"] == clean_a and "fix_mojibake:character_response" in out[1].repairs
    assert out[2].data["character_response"] == "I'll wait. Don't go, it's late and we're tired."
    assert "restore_contractions:character_response" in out[2].repairs
    assert out[3].data["character_name"] == "Ada Lovelace" and out[3].data["character_response"] == "Fine."
    assert "remove_zero_width:character_name" in out[3].repairs
    assert out[4].data["character_response"] == "Its a long way; the bells rang at three."
    assert not any(x.startswith(("restore", "fix_moj")) for x in out[4].repairs)
    assert len(kept) == 5


# ---- schema checks and coercion -----------------------------------------------------------------------
def test_schema_coercion_and_rejections(tmp_path):
    samples = [
        variant(EA, 0, effective_capacity="0.0", support_level_needed=" 9.5"),  # lossless coercion
        variant(EA, 1, authenticity_score=1.4),  # score out of range
        variant(EA, 2, support_level_needed="high"),  # uncoercible
        {k: v for k, v in variant(EA, 3).items() if k != "character_response"},  # missing required
        variant(EA, 4, base_capacity=12.0, effective_capacity=10.0),  # capacity out of range
        variant(EA, 5, authenticity_score=float("nan")),  # NaN
        {**{k: v for k, v in variant(EA, 6).items() if k != "character_response"}, "response": "Alias ok."},
        variant(EA, 7, capacity_factors={"work": -3.0, "family": -3.0, "sleep": -2.0}),
    ]
    write(tmp_path / "in" / "emotional_authenticity_batch0002.json", batch("emotional_authenticity", samples))
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    reasons = {r["index"]: (r["reason"], (r.get("detail") or {}).get("field")) for r in rejects(ctx)}
    assert reasons == {
        1: ("score_out_of_range", "authenticity_score"),
        2: ("uncoercible_type", "support_level_needed"),
        3: ("missing_required_field", "character_response"),
        4: ("capacity_out_of_range", "base_capacity"),
        5: ("not_a_number", "authenticity_score"),
    }
    good = {r.source.index: r for r in kept}
    assert set(good) == {0, 6, 7}
    assert good[0].data["effective_capacity"] == 0.0 and good[0].data["support_level_needed"] == 9.5
    assert {"coerce_numeric_string:effective_capacity", "coerce_numeric_string:support_level_needed"} <= set(
        good[0].repairs
    )
    assert (
        good[6].data["character_response"] == "Alias ok."
        and "rename_alias:response->character_response" in good[6].repairs
    )
    assert good[7].data["capacity_factors"][0] == {"factor": "work", "impact": -3.0}
    assert_ledger_adds_up(ctx, len(kept))


# ---- Master Truths rules -------------------------------------------------------------------------------
RULE_CASES = [
    ("emotional_authenticity", variant(EA, 10, effective_capacity=3.0), "capacity.effective_formula"),
    ("emotional_authenticity", variant(EA, 11, authenticity_target="excellent"), "capacity.x_plus_2"),
    (
        "emotional_authenticity",
        {k: v for k, v in variant(EA, 12).items() if k != "demonstrates_constraint"},
        "capacity.x_plus_2",
    ),
    ("emotional_authenticity", variant(EA, 13, capacity_level="high"), "capacity.bucket"),
    ("emotional_authenticity", variant(EA, 14, authenticity_target="failed"), "authenticity.bucket"),
    ("emotional_authenticity", variant(EA, 15, complexity_type="sulking"), "complexity.type"),
    ("dramatic_irony", variant(DI, 10, knowledge_gap_score=0.4), "irony.knowledge_gap"),
    (
        "dramatic_irony",
        variant(
            DI,
            11,
            response_options=[{"type": "growth", "dialogue": "x", "relationship_impact": 1.2}]
            + DI["response_options"][:2],
        ),
        "irony.relationship_impact",
    ),
    (
        "dramatic_irony",
        variant(
            DI,
            12,
            character_capacity=8.5,
            response_options=[{"type": "tone_deaf", "dialogue": "x", "relationship_impact": -1.0}],
        ),
        "irony.option_capacity",
    ),
    (
        "dramatic_irony",
        variant(
            DI,
            13,
            response_options=[{"type": "sarcastic", "dialogue": "x", "relationship_impact": -1.0}]
            + DI["response_options"][1:],
        ),
        "irony.option_type",
    ),
    ("tension_building", variant(TB, 10, payoff_window_weeks={"min": 5, "max": 8}), "tension.payoff_window"),
    ("tension_building", variant(TB, 11, hook_type="cliffhanger"), "tension.hook_type"),
    ("memory_resonance", variant(MR, 10, resonance_weight=0.8), "memory.resonance_weight"),
    ("memory_resonance", variant(MR, 11, resonance_type="nostalgia"), "memory.resonance_type"),
    (
        "multi_step",
        {**variant(MS, 10), "npc_emotional_state": {**MS["npc_emotional_state"], "effective_capacity": 6.0}},
        "capacity.effective_formula",
    ),
    (
        "multi_step",
        {**variant(MS, 11), "interaction_context": {**MS["interaction_context"], "capacity_level": "high"}},
        "capacity.bucket",
    ),
]


def test_every_planted_rule_violation_is_flagged_and_capacity_rules_drop(tmp_path):
    by_type: dict[str, list] = {}
    for t, s, _ in RULE_CASES:
        by_type.setdefault(t, []).append(s)
    for t, samples in by_type.items():
        if t == "multi_step":
            write(tmp_path / "in" / "multi_step_batch_rules.json", samples)
        else:
            write(tmp_path / "in" / f"{t}_batch0009.json", batch(t, samples))
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert len(recovered) == len(RULE_CASES)
    expected: Counter = Counter(rule for _, _, rule in RULE_CASES)
    flagged = ctx.ledger.stage("validate_interactions").flagged
    for rule, n in expected.items():
        assert flagged[rule] >= n, (rule, dict(flagged))
    for r in recovered:
        assert r.violations, (r.data_type, r.source.index)
    # default drop_rules: capacity arithmetic and X+2 drop, the rest are kept and flagged; the sample that
    # declares target "failed" but scores 0.95 misses its spectrum target (spectrum-aware quality gate)
    dropped = Counter(r["reason"] for r in rejects(ctx))
    assert dropped == {"rule_capacity_effective_formula": 2, "rule_capacity_x_plus_2": 2, "off_authenticity_target": 1}
    assert len(kept) == len(RULE_CASES) - 5
    assert_ledger_adds_up(ctx, len(kept))

    kept2, _, ctx2 = run(tmp_path / "in", tmp_path, drop_rules=[], spectrum_aware_quality=False)
    assert len(kept2) == len(RULE_CASES)
    kept3, _, ctx3 = run(tmp_path / "in", tmp_path, drop_rules=["irony.", "memory.resonance_weight"])
    assert Counter(r["reason"] for r in rejects(ctx3)) == {
        "rule_irony_knowledge_gap": 1,
        "rule_irony_relationship_impact": 1,
        "rule_irony_option_capacity": 1,
        "rule_irony_option_type": 1,
        "rule_memory_resonance_weight": 1,
        "off_authenticity_target": 1,
    }


# ---- quality gate ------------------------------------------------------------------------------------
def test_quality_thresholds_per_type_and_min_quality(tmp_path):
    write(
        tmp_path / "in" / "tension_building_batch0001.json",
        batch("tension_building", [variant(TB, 0, tension_score=0.48), variant(TB, 1, tension_score=0.6)]),
    )
    write(
        tmp_path / "in" / "dramatic_irony_batch0001.json",
        batch("dramatic_irony", [variant(DI, 0, dramatic_irony_score=0.55)]),
    )
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert [(r["index"], r["reason"]) for r in rejects(ctx)] == [(0, "below_quality_threshold")]
    assert len(kept) == 2
    kept, _, ctx = run(tmp_path / "in", tmp_path, min_quality=0.7)
    assert Counter(r["reason"] for r in rejects(ctx)) == {"below_quality_threshold": 3} and not kept


def test_spectrum_aware_quality_gates_declared_targets_on_agreement(tmp_path):
    """Intended failed/struggling examples pass on target agreement; a sample's own quality score wins."""
    low = dict(
        base_capacity=3.0,
        capacity_factors=[{"factor": "grief", "impact": -2.0}],
        effective_capacity=1.0,
        support_level_needed=6.0,
    )
    high = dict(
        base_capacity=8.0,
        capacity_factors=[{"factor": "busy", "impact": -1.0}],
        effective_capacity=7.0,
        support_level_needed=6.0,
    )
    samples = [
        variant(EA, 0, authenticity_target="failed", authenticity_score=0.3, **low),  # agrees: kept
        variant(EA, 1, authenticity_target="struggling", authenticity_score=0.45, **low),  # agrees: kept
        variant(EA, 2, authenticity_target="failed", authenticity_score=0.75, **low),  # off target
        variant(EA, 3, authenticity_target="excellent", authenticity_score=0.65, **high),  # off target
        variant(EA, 4, authenticity_score=0.3),  # no target: threshold
        variant(EA, 5, authenticity_target="failed", authenticity_score=0.3, quality_score=0.5, **low),  # own score
        variant(EA, 6, authenticity_target="failed", authenticity_score=0.3, quality_score=0.9, **low),  # own score
        variant(EA, 7, authenticity_target="authentic", authenticity_score=0.6),  # boundary: kept
    ]
    write(tmp_path / "in" / "emotional_authenticity_batch0005.json", batch("emotional_authenticity", samples))
    # a multi-step interaction without a quality score of its own falls back to its authenticity score
    ms = copy.deepcopy(MS)
    del ms["training_metadata"]["quality_score"]
    ms["interaction_context"]["authenticity_target"] = "struggling"
    ms["training_metadata"]["authenticity_score"] = 0.5
    write(tmp_path / "in" / "multi_step_batch_spectrum.json", [ms])
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    got = {(Path(r["source_file"]).name, r["index"]): r["reason"] for r in rejects(ctx)}
    ea = "emotional_authenticity_batch0005.json"
    assert got == {
        (ea, 2): "off_authenticity_target",
        (ea, 3): "off_authenticity_target",
        (ea, 4): "below_quality_threshold",
        (ea, 5): "below_quality_threshold",
    }
    off = next(r for r in rejects(ctx) if r["index"] == 2)
    assert off["detail"]["authenticity_target"] == "failed" and off["detail"]["range"] == [0.0, 0.4]
    by_index = {(r.data_type, r.source.index): r for r in recovered}
    assert by_index[("emotional_authenticity", 6)].quality == 0.9  # quality_score, not authenticity_score
    assert by_index[("emotional_authenticity", 0)].metadata["quality_basis"] == "authenticity_target"
    assert by_index[("emotional_authenticity", 4)].metadata["quality_basis"] == "threshold"
    assert by_index[("multi_step", 0)].metadata["quality_basis"] == "authenticity_target"
    assert ("multi_step", 0) in {(r.data_type, r.source.index) for r in kept}
    assert_ledger_adds_up(ctx, len(kept))

    # switched off: every sample is gated on the per-type threshold again, and drops the spectrum's low end
    kept, _, ctx = run(tmp_path / "in", tmp_path, spectrum_aware_quality=False)
    got = {(Path(r["source_file"]).name, r["index"]): r["reason"] for r in rejects(ctx)}
    assert got == {(ea, i): "below_quality_threshold" for i in (0, 1, 3, 4, 5, 6, 7)} | {
        ("multi_step_batch_spectrum.json", 0): "below_quality_threshold"
    }
    # a tolerance widens the target's range
    kept, _, ctx = run(tmp_path / "in", tmp_path, authenticity_target_tolerance=0.4)
    assert {r["index"] for r in rejects(ctx) if r["reason"] == "off_authenticity_target"} == set()


# ---- shapes and type detection ---------------------------------------------------------------------------
def test_shapes_combined_split_systematic_and_type_from_content(tmp_path):
    d = tmp_path / "in"
    write(
        d / "combined_training_data.json",
        [
            {"data_type": "relationship_scoring", **variant(RS, 1)},
            {"data_type": "personality_traits", **variant(PT, 1)},
        ],
    )
    write(
        d / "emotional_authenticity_combined_v1.2.json",
        {"emotional_authenticity": [variant(EA, 1)], "memory_resonance": [variant(MR, 1)]},
    )
    write(d / "splits" / "train_set_v1.2.json", [{"data_type": "tension_building", **variant(TB, 1)}])
    write(
        d / "systematic_multi_step_batch0001_20251014.json",
        {"batch_number": 1, "samples": [variant(MS, 1)], "quality_analysis": {"systematic_validation": {}}},
    )
    # the file name and header say emotional_authenticity, the content is dramatic irony
    write(d / "emotional_authenticity_batch0007.json", batch("emotional_authenticity", [variant(DI, 7)]))
    write(d / "MANIFEST.json", {"files": []})
    kept, recovered, ctx = run(d, tmp_path)
    types = Counter(r.data_type for r in recovered)
    assert types == {
        "relationship_scoring": 1,
        "personality_traits": 1,
        "emotional_authenticity": 1,
        "memory_resonance": 1,
        "tension_building": 1,
        "multi_step": 1,
        "dramatic_irony": 1,
    }
    moved = [r for r in recovered if r.data_type == "dramatic_irony"][0]
    assert "data_type_from_content:emotional_authenticity->dramatic_irony" in moved.repairs
    versions = {Path(r.source.file).name: r.metadata["master_truths_version"] for r in recovered}
    assert versions["emotional_authenticity_combined_v1.2.json"] == "v1.2"  # from the file name
    assert versions["systematic_multi_step_batch0001_20251014.json"] == "v1.2"  # from training_metadata
    # no version stated anywhere: the configured default (interactions.default_version), marked undeclared
    assert versions["combined_training_data.json"] == "v1.2"
    declared = {Path(r.source.file).name: r.metadata["master_truths_version_declared"] for r in recovered}
    assert declared["combined_training_data.json"] is False
    assert declared["emotional_authenticity_combined_v1.2.json"] is True
    assert not rejects(ctx)
    assert ctx.ledger.stage("interactions").notes["files_skipped"][0].endswith("MANIFEST.json")


def test_multi_step_variations_share_a_group_and_labels_are_derived(tmp_path):
    a = variant(MS, 1)
    b = copy.deepcopy(a)
    b["npc_card_narrative"]["dialogue_prose"] = "A different take on the same scene."
    c = copy.deepcopy(a)
    c["interaction_context"] = {"situation": "Another scenario", "support_needed": 2.0}
    write(tmp_path / "in" / "multi_step_batch_PARTIAL_20251014_121500.json", [a, b, c])
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert recovered[0].group == recovered[1].group != recovered[2].group
    m = recovered[2].metadata
    assert m["capacity_level"] == "low" and "capacity_level" not in recovered[0].metadata["labels_derived"]
    assert m["labels_derived"] == ["capacity_level", "authenticity_target"] and m["effective_capacity"] == 4.0
    assert m["authenticity_bucket"] == "authentic"


# ---- conversion ----------------------------------------------------------------------------------------
def test_conversion_per_type_and_per_option_expansion(tmp_path):
    write(tmp_path / "in" / "dramatic_irony_batch0001.json", batch("dramatic_irony", [variant(DI, 1)]))
    write(tmp_path / "in" / "emotional_authenticity_batch0001.json", batch("emotional_authenticity", [EA]))
    kept, _, ctx = run(tmp_path / "in", tmp_path)
    ea = [r for r in kept if r.data_type == "emotional_authenticity"][0]
    human, gpt = ea.conversations[1]["value"], ea.conversations[2]["value"]
    assert "effective 0/10, so at most 2/10 support (X+2)" in human and "Support needed: 9.5/10" in human
    assert gpt == EA["character_response"]
    di = [r for r in kept if r.data_type == "dramatic_irony"][0]
    assert all(o["dialogue"] in di.conversations[2]["value"] for o in DI["response_options"])

    kept, _, ctx = run(tmp_path / "in", tmp_path, irony_rows="per_option")
    rows = [r for r in kept if r.data_type == "dramatic_irony"]
    assert len(rows) == 3 and len({r.id for r in rows}) == 3
    assert {r.origin for r in rows} == {rows[0].origin} and rows[0].origin is not None
    assert [r.conversations[2]["value"] for r in rows] == [o["dialogue"] for o in DI["response_options"]]
    assert ctx.ledger.stage("convert_interactions").created == 2
    assert_ledger_adds_up(ctx, len(kept))


def test_scene_records_pass_through_untouched(tmp_path):
    cfg = Config()
    cfg._root_dir = REPO
    scene = Record(
        id="s1",
        kind="scene",
        source=Source("book.md", 0),
        data={"text": "It rained."},
        conversations=[{"from": "gpt", "value": "It rained."}],
    )
    before = copy.deepcopy(scene)
    ctx = Context(config=cfg)
    stages = [
        ValidateInteractions.from_config(cfg.interactions),
        QualityGate.from_config(cfg.interactions),
        ConvertInteractions.from_config(cfg.interactions, resolve=cfg.resolve),
    ]
    out = list(chain([scene], stages, ctx))
    assert out == [scene] and scene == before


def test_missing_system_prompt_is_a_one_line_user_error(tmp_path):
    from curation.errors import UserError

    cfg = Config()
    cfg._root_dir = tmp_path
    cfg.interactions.system_prompts = "prompts/system_prompts.yaml"
    write(tmp_path / "prompts" / "system_prompts.yaml", "system_prompts:\n  dramatic_irony: hi\n")
    with pytest.raises(UserError, match="no system prompt for data type"):
        ConvertInteractions.from_config(cfg.interactions, resolve=cfg.resolve)


# ---- the embedded samples and their manifest ---------------------------------------------------------------
MANIFEST_REASONS = {
    "below_quality_threshold",
    "score_out_of_range",
    "uncoercible_type",
    "exact_duplicate",
    "truncated_record",
    "unparseable_file",
}


def test_embedded_samples_match_their_manifest(tmp_path):
    root = REPO / "samples" / "interactions"
    manifest_path = root / "MANIFEST.json"
    from curation.analytics import batch_analysis as analysis

    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    cfg = Config()
    cfg._root_dir = REPO
    cfg.inputs.interactions = [str(root)]
    a = analysis.analyze(cfg)
    rec = {
        (r.source.file.split("samples/interactions/", 1)[1], r.metadata["document"], r.source.index): r
        for r in a.recovered
    }
    rejected = {}
    for row in a.ctx.rejects.rows:
        f = row["source_file"].split("samples/interactions/", 1)[1]
        doc = (row.get("detail") or {}).get("document", 0) if row.get("id") is None else None
        key = (f, doc if doc is not None else rec_doc(a, row), row.get("index"))
        rejected[key] = row["reason"]
    assert a.report["records_recovered"] == manifest["totals"]["records_recoverable"]
    for f in manifest["files"]:
        if f["parse"] == "unsalvageable":
            assert rejected.get((f["path"], 0, None)) == "unparseable_file"
        for m in f["records"]:
            key = (f["path"], m["document"], m["index"])
            exp = m["expected"]
            if exp == "reject" and m["reason"] == "truncated_record":
                assert rejected.get(key) == "truncated_record", key
                continue
            r = rec[key]
            assert r.quality == m.get("quality", r.quality)
            if exp in ("accept", "accept_repaired"):
                assert key not in rejected, (key, rejected.get(key))
                assert r.violations == [], (key, r.violations)
            if exp == "accept":
                record_level = [x for x in r.repairs if ":" in x]
                assert not record_level, (key, record_level)
            if exp == "accept_repaired":
                kinds = {x.split(":", 1)[0] for x in r.repairs}
                assert set(m["repairs"]) <= kinds, (key, m["repairs"], r.repairs)
            if exp == "flag":
                assert set(m["rules"]) <= set(r.violations), (key, r.violations)
            if exp == "reject" and m["reason"] in MANIFEST_REASONS:
                assert rejected.get(key) == m["reason"], (key, rejected.get(key), m["reason"])
            if exp == "reject" and m["reason"] == "near_duplicate":
                assert key not in rejected  # near duplicates are the build's NearDedupe stage's job
        for defect in f["file_defects"]:
            d = next(x for x in manifest["defects"] if x["id"] == defect)
            repair = d["expected_handling"].get("repair")
            if repair:
                got = [r for k, r in rec.items() if k[0] == f["path"]]
                assert got and all(repair in {x.split(":", 1)[0] for x in r.repairs} for r in got), (defect, repair)
    assert a.report["exact_duplicates"] == sum(1 for d in manifest["defects"] if d["kind"] == "exact_duplicate")
    rep = a.report
    assert rep["records_seen"] == rep["records_kept"] + sum(rep["rejects_by_reason"].values())


def rec_doc(a, row) -> int:
    for r in a.recovered:
        if r.id == row.get("id"):
            return r.metadata["document"]
    return 0


# ---- the analyze command ---------------------------------------------------------------------------------
def test_analyze_command_writes_reports_exports_and_round_trips(tmp_path, capsys):
    from curation.cli import main

    d = tmp_path / "training_output_v1.2"
    write(
        d / "emotional_authenticity_batch0001.json",
        batch(
            "emotional_authenticity",
            [variant(EA, i) for i in range(4)] + [variant(EA, 0)] + [variant(EA, 9, authenticity_score="0.5")],
        ),
    )
    write(d / "tension_building_batch0001.json", batch("tension_building", [variant(TB, i) for i in range(3)]))
    write(d / "multi_step_batch_PARTIAL_1.json", json.dumps([variant(MS, 1), variant(MS, 2)])[:-300])
    out = tmp_path / "out"
    code = main(
        [
            "analyze",
            str(d),
            "--all",
            "--out",
            str(out),
            "--json",
            str(tmp_path / "r.json"),
            "--rejects",
            str(tmp_path / "rej.jsonl"),
        ]
    )
    assert code == 0
    rep = json.loads((tmp_path / "r.json").read_text())
    assert rep["records_seen"] == 11 and rep["records_recovered"] == 10
    assert rep["rejects_by_reason"] == {"below_quality_threshold": 1, "exact_duplicate": 1, "truncated_record": 1}
    assert rep["records_seen"] == rep["records_kept"] + sum(rep["rejects_by_reason"].values())
    assert rep["per_type"]["emotional_authenticity"]["pass_rate"] == round(4 / 6, 4)
    assert rep["per_type"]["emotional_authenticity"]["pass_rate_ok"] is False
    assert rep["per_type"]["emotional_authenticity"]["quality_distribution"]["excellent"] == 5
    # the analytics figures of the kept samples ride along (computed by curation.analytics.statistics)
    stats = rep["analytics"]
    assert stats["samples"] == rep["records_kept"] == 8
    assert stats["data_types"] == {"emotional_authenticity": 4, "multi_step": 1, "tension_building": 3}
    assert stats["rejects"] == {"duplicate": 1, "failure": 2}
    assert sum(stats["authenticity"]["categories"].values()) == stats["authenticity"]["samples"] > 0
    assert {r["gate"] for r in stats["gates"]["build"]["results"]} >= {"spectrum.min_failed"}
    md = (out / "analysis_report.md").read_text()
    assert "## Analytics" in md and "### Quality gates" in md and "spectrum.min_failed" in md
    lines = [json.loads(x) for x in (tmp_path / "rej.jsonl").read_text().splitlines()]
    assert {(x["index"], x["reason"]) for x in lines} == {
        (4, "exact_duplicate"),
        (5, "below_quality_threshold"),
        (1, "truncated_record"),
    }
    names = sorted(p.name for p in out.iterdir())
    assert {
        "combined_training_data.json",
        "emotional_authenticity_combined_v1.2.json",
        "train_set_v1.2.json",
        "validation_set_v1.2.json",
        "test_set_v1.2.json",
        "analysis_report.md",
    } <= set(names)
    combined = json.loads((out / "combined_training_data.json").read_text())
    assert len(combined) == rep["records_kept"] == 8
    splits = sum(len(json.loads((out / f"{s}_set_v1.2.json").read_text())) for s in ("train", "validation", "test"))
    assert splits == 8
    # the combined file reads back as the same kept samples, with no repairs needed
    code = main(["analyze", str(out / "combined_training_data.json"), "--json", str(tmp_path / "r2.json")])
    rep2 = json.loads((tmp_path / "r2.json").read_text())
    assert rep2["records_kept"] == 8 and rep2["records_repaired"] == 0 and not rep2["rejects_by_reason"]
    printed = capsys.readouterr().out
    assert "Per data type" in printed and "authenticity spectrum" in printed and "quality gates" in printed


def test_analyze_missing_path_is_a_one_line_error(tmp_path, capsys):
    from curation.cli import main

    assert main(["analyze", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "input not found" in err[0]
