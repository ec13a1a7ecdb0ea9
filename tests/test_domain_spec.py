"""The domain spec (curation/domain/spec.yaml) and what reads it: user field maps and types, the missing-field
guard, versions of header-less batches, Master Truths rules (each planted), X+2 from text, and robustness
(hypothesis: renamed/deleted/nested fields never crash conversion; analyze always writes its JSON report)."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_interactions import CLEAN, DI, EA, MR, MS, PT, TB, batch, run, variant, write

from curation.config import Config, load_config
from curation.domain import load_spec
from curation.errors import UserError
from curation.ingest.interactions.normalize import check, normalize
from curation.ingest.interactions.rules import support_given_in_text, violations
from curation.ingest.interactions.settings import InteractionsConfig
from curation.records import Record, Source
from curation.stages.base import Context
from curation.stages.interactions import ConvertInteractions

REPO = Path(__file__).resolve().parents[1]
SPEC = load_spec()


# ---- the spec itself -------------------------------------------------------------------------------------
def test_spec_loads_every_type_with_roles_and_template():
    assert set(SPEC.data_types) == set(CLEAN)
    for t in SPEC.types.values():
        assert t.roles.answer and t.field_at(t.roles.answer) is not None
        assert t.roles.quality and t.template.human and t.template.assistant
        assert 0 < t.quality_threshold <= 1
        for flat in t.flat_fields():
            assert t.field_at(flat.path) is not None


def test_bucket_disagreement_is_resolved_in_the_spec():
    # systematic-generation-v1.2.md draws crisis in 0.5-1.5 and high in 7.0-9.5; a stated 0.0 is still crisis
    crisis, high = SPEC.rules.capacity.buckets["crisis"], SPEC.rules.capacity.buckets["high"]
    assert crisis.generate == (0.5, 1.5) and crisis.accept == (0.0, 1.5)
    assert high.generate == (7.0, 9.5) and high.accept == (7.0, 10.0)
    text = (REPO / "curation" / "domain" / "spec.yaml").read_text()
    assert "Disagreement resolved" in text
    from curation.generate.settings import ParameterSpace

    space = ParameterSpace()  # the generator draws from the spec's generate ranges
    assert {b.name: b.range for b in space.capacity_levels}["crisis"] == (0.5, 1.5)


def test_docs_field_lists_are_generated_from_the_spec():
    from curation.domain.docs import BEGIN, END, spec_markdown

    doc = (REPO / "docs" / "interaction-formats.md").read_text(encoding="utf-8")
    block = BEGIN + doc.split(BEGIN, 1)[1].split(END, 1)[0] + END
    assert block == spec_markdown(), "run: python -m curation.domain.docs docs/interaction-formats.md"


def test_every_rule_id_is_documented():
    from curation.ingest.interactions.rules import RULES

    assert set(RULES) == set(SPEC.rules.ids)
    doc = (REPO / "docs" / "interaction-formats.md").read_text()
    for rule in RULES:
        assert f"`{rule}`" in doc


# ---- every rule planted ------------------------------------------------------------------------------------
def _plant(base: dict, **changes) -> dict:
    s = copy.deepcopy(base)
    for k, v in changes.items():
        node = s
        parts = k.split("__")
        for p in parts[:-1]:
            node = node[p]
        node[parts[-1]] = v
    return s


PLANTED = [
    ("capacity.effective_formula", "emotional_authenticity", _plant(EA, effective_capacity=3.0, capacity_level="low")),
    ("capacity.x_plus_2", "emotional_authenticity", _plant(EA, authenticity_target="excellent")),
    ("capacity.bucket", "emotional_authenticity", _plant(EA, capacity_level="high")),
    ("authenticity.bucket", "emotional_authenticity", _plant(EA, authenticity_target="failed")),
    ("complexity.type", "emotional_authenticity", _plant(EA, complexity_type="telepathy")),
    (
        "irony.option_type",
        "dramatic_irony",
        _plant(DI, response_options=[{"type": "sarcastic", "dialogue": "Sure.", "relationship_impact": -0.3}]),
    ),
    ("irony.option_capacity", "dramatic_irony", _plant(DI, character_capacity=9.0, recommended_option="tone_deaf")),
    (
        "irony.relationship_impact",
        "dramatic_irony",
        _plant(
            DI,
            response_options=[
                {"type": "tone_deaf", "dialogue": "Party!", "relationship_impact": 0.5},
                {"type": "misguided", "dialogue": "Hm.", "relationship_impact": -0.3},
                {"type": "growth", "dialogue": "Ask her.", "relationship_impact": 0.5},
            ],
        ),
    ),
    ("irony.knowledge_gap", "dramatic_irony", _plant(DI, knowledge_gap_score=0.3)),
    ("tension.hook_type", "tension_building", _plant(TB, hook_type="cliffhanger")),
    ("tension.payoff_window", "tension_building", _plant(TB, hook_type="contradiction")),
    ("memory.resonance_type", "memory_resonance", _plant(MR, resonance_type="nostalgia")),
    ("memory.resonance_weight", "memory_resonance", _plant(MR, resonance_weight=0.5)),
    (
        "capacity.effective_formula",
        "multi_step",
        _plant(MS, npc_emotional_state__effective_capacity=1.0, interaction_context__capacity_level="crisis"),
    ),
    ("tension.hook_type", "multi_step", _plant(MS, tension_memory__hook_type="twist")),
    # an unknown label in either place a multi-step record keeps one (the metadata's here, the context's known): a
    # map that crossed the two (fresh11's ridge team, `cplxKnd` / `qaCplx`) put the planted one second
    ("complexity.type", "multi_step", _plant(MS, training_metadata__complexity_type="telepathy")),
]


@pytest.mark.parametrize("rule,data_type,sample", PLANTED, ids=[f"{r}-{t}" for r, t, _ in PLANTED])
def test_each_rule_fires_on_its_planted_violation(rule, data_type, sample):
    cfg = InteractionsConfig()
    s, _ = normalize(copy.deepcopy(sample), SPEC.type(data_type))
    assert check(s, SPEC.type(data_type)) == []
    assert rule in violations(data_type, s, cfg)
    clean, _ = normalize(copy.deepcopy(CLEAN[data_type]), SPEC.type(data_type))
    assert rule not in violations(data_type, clean, cfg)


def test_every_rule_id_has_a_planted_test():
    assert {r for r, _, _ in PLANTED} == set(SPEC.rules.ids)


# ---- X+2: the support given, from a number field or from the text -----------------------------------------
# tuned on these (the phrasings the regex was written against) ...
TUNED = [
    ("Capacity 2.5 + 2 = 4.5 max support, but she gives 6", 6.0),
    ("He provides 5 even though he is exhausted", 5.0),
    ("offers 6/10 support despite running on empty", 6.0),
    ("gives 7 out of 10 support", 7.0),
    ("Capacity 0.0 + 2 = 2.0 max", None),
    ("She cannot give the 8 he needs, so she offers 2.", 2.0),
    ("needs 7.5, so the response shows an honest limitation instead of full support.", None),
]
# ... and checked once, afterwards, on phrasings written without looking at the regex
HELD_OUT = [
    ("X+2 caps her at 3.5, yet she still extends 8 out of 10 to him", 8.0),
    ("Limit 4 (2 + 2); Jonah delivers 9/10 anyway.", 9.0),
    ("At capacity 1 he only manages 3.", 3.0),
    ("Max support 4.5. She supplied a level of 7 support, far above it.", 7.0),
    ("The character doesn't offer 9; she gives what she can: 4.", 4.0),
    ("Support needed 8 exceeds the 3.0 limit; the response shows the limit honestly.", None),
    ("He gave 3/5 of what was asked", 6.0),
    ("She is unable to provide 7, and never pretends to.", None),
]


# a second held-out set, written after fixing the two general causes the first one showed (a fraction followed
# by any word; a colon before the number); run once
HELD_OUT_2 = [
    ("Even at 1.5 she musters 6 out of 10 for him, which breaks X+2.", 6.0),
    ("Her ceiling is 5.5 and she gives him 5", 5.0),
    ("He offers exactly 3, keeping within his limit", 3.0),
    ("Without sleep he can't provide more than 2, but tries.", None),
    ("Lends 7/10 support, although her capacity is 2", 7.0),
    ("gives 6 reasons to stay", None),
]


# tuned on (h11v): the limit stated with a modal or a bound, the support named first, a negation in another
# clause, a percentage
TUNED_2 = [
    ("At 2.5 she can manage 4.5; she ends up giving 7.", 7.0),
    ("X+2 limit: 5. Support actually given: 8.", 8.0),
    ("Max 5 by X+2, actual support 7.5.", 7.5),
    ("support given = 7 (limit 5)", 7.0),
    ("He can offer at most 5, but offers 8 here.", 8.0),
    ("she cannot give 8, gives 4 instead", 4.0),
    ("The response delivers 80% support against a 50% cap.", 8.0),
    ("at 3/10 capacity she can give up to 5/10, and gives 5/10", 5.0),
    ("Given capacity 3, she offers 4.", 4.0),
]

# a third held-out set, written after TUNED_2 and run once (10 of 10 read as written here)
HELD_OUT_3 = [
    ("Her capacity of 2 caps support at 4, yet she offers him 6.5 out of 10.", 6.5),
    ("He could give 5 at best; what he actually gives is 7.", 7.0),
    ("Support level given: 9/10, though X+2 allows only 4.", 9.0),
    ("She provides no more than 3, staying inside her limit.", None),
    ("Within the 4.5 ceiling, she provides 4.", 4.0),
    ("The actual support was 8 although the limit is 5.", 8.0),
    ("Mara, at capacity 3, gives 60% of the support he needs", 6.0),
    ("No support beyond 3 is possible; she still gives 3.", 3.0),
    ("He is unable to offer more than 2 and gives 2.", 2.0),
    ("X+2 = 6; Tom delivers a full 8 support points.", 8.0),
]


# issue 11 (h11f), written before changing the reader, several per form: the amount as "N worth of support", a hand-over
# verb, the support named first and what it came to, "ends up giving"-style endings, then negations, wishes and
# modals, and bounds ("caps her at 5") that are limits, not support; 15 of 27 read as written here before (5 of the 17
# numbers), 27 of 27 after ("worth" after the number, hand/hands/handed, the support's arrival verbs, wishes as
# modals, a decimal never cut at its point: "6.5 worth" had read as 6)
TUNED_3 = [
    ("Though X+2 tops her out at 4, Ines lends 6.5 worth of support to the boy.", 6.5),
    ("His limit is 3; he gives a good 7 worth of support all the same.", 7.0),
    ("She provided 8 worth of emotional support, double what her capacity allows.", 8.0),
    ("Capped at 4.5, Teo hands over 7 units of support.", 7.0),
    ("She handed him 6 points of support though her ceiling was 4.", 6.0),
    ("Rafe hands out 8 units of comfort and support, well past his cap of 5.", 8.0),
    ("Support came in at 7 despite a ceiling of 5.", 7.0),
    ("The support she offered landed at 8/10; X+2 allowed 4.", 8.0),
    ("Her actual support ran to 6.5 against a limit of 4.5.", 6.5),
    ("In the scene, support reached 9 out of 10.", 9.0),
    ("Support totalled 7, past her X+2 cap of 5.", 7.0),
    ("He winds up offering 7 despite capacity 2.", 7.0),
    ("By the end of the scene she is giving 8.", 8.0),
    ("In the end he provides a solid 6 support.", 6.0),
    ("She never delivers 7 worth of support here.", None),
    ("He does not hand over 6 units of support.", None),
    ("Support never came in at 7; it stayed at her limit.", None),
    ("Instead of giving 8 worth of support, she admits she is spent.", None),
    ("She would have liked to give 7, but gives 4.", 4.0),
    ("He could deliver 6 worth of support on a better day.", None),
    ("She wanted to offer 8 units of support and managed 4.", 4.0),
    ("Capacity 3 plus two caps him at 5; he gives 4.", 4.0),
    ("X+2 caps her support at 5.5.", None),
    ("The rule limits support to 4 even though she needs 8.", None),
    ("Her ceiling of 5 is the most support she can hand over.", None),
    ("Support is capped at 6 for her.", None),
    ("Max support she may offer: 5.", None),
]

# a fourth held-out set, written after TUNED_3 and run once: 9 of 12 read as written here (6 of 12 before TUNED_3's
# changes); the three misses showed general causes, fixed since (a refusal is a negation, "supposed to" a modal, a
# comma between the support and what it came to)
HELD_OUT_4 = [
    ("Nell, capped at 3 by X+2, still hands across 6 worth of reassurance.", 6.0),
    ("The support Dario gave came to 7.5 in the end.", 7.5),
    ("What she offers amounts to 8 units of support.", 8.0),
    ("He lent her 5 worth, right at his cap.", 5.0),
    ("She was supposed to give 8 but gave 3.", 3.0),
    ("Support never reaches 7 for him; she stays at 4.", None),
    ("Her support might have run to 7 on another night.", None),
    ("Support, in the end, came in at 6.", 6.0),
    ("Capacity 4 caps her at 6; she delivers 6 worth of support, no more.", 6.0),
    ("Teo hands over the 7 units of support she asked for", 7.0),
    ("He refuses to hand over 6 units of support.", None),
    ("Instead, she gives 4.", 4.0),
]

# a concession phrase after the number is a boundary as "anyway" and "regardless" are: "all the same" follows the
# support in fresh9 ("His support came in at {g} all the same"), fresh4 and fresh10 ("lent {g} worth of support all
# the same"); a word that only begins like it is not ("6 allies")
TUNED_4 = [
    ("His support came in at 7.5 all the same, and it shows in his hands.", 7.5),
    ("She gives 6 all the same.", 6.0),
    ("He gives 6 allies a lift home.", None),
]


# where the support came from, right after the number, is a boundary as "for" and "with" are: "the support came to
# {g} from a tank already dry" (the eighteenth drift family's sentence: the 5 rule violations its own map left
# unflagged over seeds 1-40) and the sentences below, written for this test (all 4 numbers read None before);
# a word that only begins like it is not ("6 frontier towns")
TUNED_5 = [
    ("Once the dust settled, the support came to 9 from a tank already dry.", 9.0),
    ("She gives 6 from what little she has left.", 6.0),
    ("Her support ran to 7.5 from an empty well, X+2 or not.", 7.5),
    ("He offers 8 from the bottom of his reserves.", 8.0),
    ("He gives 6 frontier towns a reason to hope.", None),
]


@pytest.mark.parametrize(
    "text,expected", TUNED + HELD_OUT + HELD_OUT_2 + TUNED_2 + HELD_OUT_3 + TUNED_3 + HELD_OUT_4 + TUNED_4 + TUNED_5
)
def test_support_given_read_from_text(text, expected):
    got = support_given_in_text(text)
    assert got == (pytest.approx(expected) if expected is not None else None)


def test_x_plus_2_reads_support_from_text_and_from_a_field():
    cfg = InteractionsConfig()
    t = SPEC.type("emotional_authenticity")
    base = _plant(
        EA,
        effective_capacity=2.5,
        base_capacity=2.5,
        capacity_factors=[],
        support_level_needed=7.5,
        authenticity_target="struggling",
        authenticity_score=0.5,
    )
    ok, _ = normalize(_plant(base, demonstrates_constraint="Capacity 2.5 + 2 = 4.5 max support; she gives 4"), t)
    assert "capacity.x_plus_2" not in violations("emotional_authenticity", ok, cfg)
    bad, _ = normalize(_plant(base, demonstrates_constraint="= 4.5 max support, but she gives 6"), t)
    assert "capacity.x_plus_2" in violations("emotional_authenticity", bad, cfg)
    field, _ = normalize(_plant(base, support_given=6.5), t)  # an alias of support_provided
    assert field["support_provided"] == 6.5
    assert "capacity.x_plus_2" in violations("emotional_authenticity", field, cfg)


def test_x_plus_2_flags_support_stated_only_in_a_sentence_of_the_newer_forms():
    cfg = InteractionsConfig()
    t = SPEC.type("emotional_authenticity")
    base = _plant(
        EA,
        effective_capacity=3.0,
        base_capacity=3.0,
        capacity_factors=[],
        support_level_needed=4.0,  # within X+2: only the support given can break the rule
        authenticity_target="struggling",
        authenticity_score=0.5,
    )
    for sentence, broken in (
        ("X+2 puts his ceiling at 5; in the end he hands over 7 worth of support.", True),
        ("Capped at 5, her support came in at 6.5 anyway.", True),
        ("She wanted to offer 8 units of support and managed 4.", False),
        ("Capacity 3 plus two caps her at 5; she refuses to hand over 7 and gives 5.", False),
    ):
        s, _ = normalize(_plant(base, demonstrates_constraint=sentence), t)
        assert ("capacity.x_plus_2" in violations("emotional_authenticity", s, cfg)) is broken, sentence


# ---- field_map and user types --------------------------------------------------------------------------------
def _their_pt(i: int) -> dict:
    s = variant(PT, i)
    s["line"] = s.pop("dialogue")
    for k, v in s.pop("ocean").items():
        s[k] = v  # flat OCEAN
    s["meta"] = {"score": s.pop("quality_score")}
    return s


def _their_di(i: int) -> dict:
    s = variant(DI, i)
    s["choices"] = [
        {"kind": o["type"], "says": o["dialogue"], "relationship_impact": o["relationship_impact"]}
        for o in s.pop("response_options")
    ]
    return s


FIELD_MAP = {
    "personality_traits": {
        "line": "dialogue",
        "openness": "ocean.openness",
        "conscientiousness": "ocean.conscientiousness",
        "extraversion": "ocean.extraversion",
        "agreeableness": "ocean.agreeableness",
        "neuroticism": "ocean.neuroticism",
        "meta.score": "quality_score",
    },
    "dramatic_irony": {
        "choices": "response_options",
        "choices[].says": "response_options[].dialogue",
        "choices[].kind": "response_options[].type",
    },
}


def test_field_map_renames_nests_and_moves_list_items(tmp_path):
    d = tmp_path / "in"
    write(d / "pt.json", batch("personality_traits", [_their_pt(i) for i in range(10)]))
    write(d / "di.json", batch("dramatic_irony", [_their_di(i) for i in range(10)]))
    kept, recovered, ctx = run(d, tmp_path, field_map=FIELD_MAP)
    assert len(kept) == 20 and not ctx.rejects.rows
    pt = next(r for r in kept if r.data_type == "personality_traits")
    assert pt.data["ocean"]["openness"] == PT["ocean"]["openness"] and "field_map:line->dialogue" in pt.repairs
    di = next(r for r in kept if r.data_type == "dramatic_irony")
    assert "Maybe I should ask her first." in di.conversations[-1]["value"]


def test_without_the_map_the_build_stops_with_the_fix(tmp_path):
    d = tmp_path / "in"
    write(d / "pt.json", batch("personality_traits", [_their_pt(i) for i in range(10)]))
    with pytest.raises(UserError) as e:
        run(d, tmp_path)
    msg = str(e.value)
    assert "personality_traits: required field 'dialogue' (answer) is missing in 10 of 10 records" in msg
    assert "'line'" in msg and "field_map:" in msg and "      line: dialogue" in msg
    # the printed lines are valid config: pasting them makes the records valid
    yaml_part = msg[msg.index("interactions:\n") :]
    import yaml

    fmap = yaml.safe_load(yaml_part)["interactions"]["field_map"]
    assert fmap["personality_traits"]["line"] == "dialogue"


def test_one_stop_names_every_type_that_stops_and_its_lines_build_them_all(tmp_path):
    """Two types lacking required fields: one message names both with their lines, so the map is fixed once (the
    eval's summary once kept only the first type named, which read as a guard stopping on the first type)."""
    import yaml

    d = tmp_path / "in"
    write(d / "pt.json", batch("personality_traits", [_their_pt(i) for i in range(10)]))
    write(d / "di.json", batch("dramatic_irony", [_their_di(i) for i in range(10)]))
    with pytest.raises(UserError) as e:
        run(d, tmp_path)
    first_line = str(e.value).split("\n")[0]
    assert "personality_traits: required field 'dialogue'" in first_line
    assert "dramatic_irony: required field 'response_options'" in first_line
    fmap = yaml.safe_load(str(e.value)[str(e.value).index("interactions:\n") :])["interactions"]["field_map"]
    assert set(fmap) == {"personality_traits", "dramatic_irony"}
    kept, _, ctx = run(d, tmp_path / "again", field_map=fmap)
    assert len(kept) == 20 and not ctx.rejects.rows


def test_below_the_share_records_are_rejected_with_a_reason(tmp_path):
    d = tmp_path / "in"
    samples = [variant(PT, i) for i in range(10)]
    samples[3] = {k: v for k, v in samples[3].items() if k != "dialogue"}
    write(d / "pt.json", batch("personality_traits", samples))
    kept, _, ctx = run(d, tmp_path)
    assert len(kept) == 9
    assert [r["reason"] for r in ctx.rejects.rows] == ["missing_required_field"]


def test_user_type_added_and_built_type_overridden_in_config(tmp_path):
    types = {
        "gossip": {
            "description": "a villager passes on a rumour",
            "fields": {
                "rumour": {"type": "string", "required": True},
                "reply": {"type": "string", "required": True, "aliases": ["answer"]},
                "juiciness": {"type": "number", "required": True, "range": "score"},
            },
            "roles": {"answer": "reply", "context": ["rumour"], "quality": "juiciness"},
            "template": {"human": "Rumour: {{ rumour }}\n\nPass it on.", "assistant": "{{ reply }}"},
            "system_prompt": "You are a villager who loves gossip.",
            "quality_threshold": 0.5,
        },
        "memory_resonance": {"quality_threshold": 0.9},
    }
    d = tmp_path / "in"
    write(
        d / "gossip_batch.json",
        {
            "data_type": "gossip",
            "master_truths_version": "v1.2",
            "samples": [
                {"rumour": f"The miller {i} owes money", "answer": f"Don't tell anyone, but... ({i})", "juiciness": 0.8}
                for i in range(4)
            ]
            + [{"rumour": "dull", "reply": "ok", "juiciness": 0.1}],
        },
    )
    write(d / "mr.json", batch("memory_resonance", [variant(MR, 1)]))
    kept, _, ctx = run(d, tmp_path, types=types)
    gossip = [r for r in kept if r.data_type == "gossip"]
    assert len(gossip) == 4
    assert gossip[0].conversations[1]["value"].startswith("Rumour: The miller")
    assert gossip[0].conversations[0]["value"] == "You are a villager who loves gossip."
    reasons = sorted(r["reason"] for r in ctx.rejects.rows)
    assert reasons == ["below_quality_threshold", "below_quality_threshold"]  # dull gossip; MR 0.8 < 0.9


@pytest.mark.parametrize(
    "section,expected",
    [
        ({"field_map": {"personality_traits": {"line": "dialog"}}}, "'dialog' is not a field of personality_traits"),
        ({"field_map": {"poetry": {"a": "b"}}}, "interactions.field_map.poetry: unknown data type"),
        (
            {
                "types": {
                    "gossip": {
                        "fields": {"a": {"type": "string"}},
                        "roles": {"answer": "a"},
                        "template": {"human": "x", "assistant": "y"},
                        "colour": "red",
                    }
                }
            },
            "interactions.types.gossip.colour: unknown key",
        ),
        ({"types": {"gossip": {"fields": {"a": {"type": "string"}}}}}, "a new data type needs roles, template"),
    ],
)
def test_bad_field_map_or_type_is_a_one_line_config_error(tmp_path, section, expected):
    import yaml

    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump({"root": str(tmp_path), "interactions": section}))
    with pytest.raises(UserError) as e:
        load_config(cfg)
    assert expected in str(e.value) and "\n" not in str(e.value)


# ---- versions ----------------------------------------------------------------------------------------------
def _ms(i: int) -> dict:
    s = variant(MS, i)
    s.pop("training_metadata")  # a bare multi-step array states no version at all
    return s


def _cfg_for(tmp_path: Path, folder: Path) -> Path:
    cfg = tmp_path / "c.yaml"
    cfg.write_text(
        f"root: {tmp_path}\ninputs:\n  interactions: [{folder}]\nstages:\n  balance: {{data_type_mode: report}}\n"
    )
    return cfg


def test_typed_v12_batches_and_headerless_multi_step_build_without_config(tmp_path):
    from curation.build import build

    d = tmp_path / "in"
    write(
        d / "emotional_authenticity_batch0001.json", batch("emotional_authenticity", [variant(EA, i) for i in range(3)])
    )
    write(d / "multi_step_batch_20251014_120000.json", [_ms(i) for i in range(3)])
    result = build(load_config(_cfg_for(tmp_path, d)), tmp_path / "out")
    assert (tmp_path / "out" / "README.md").exists()
    assert result is not None


def test_declared_v11_and_v12_stop_build_and_analyze_combine(tmp_path):
    from curation.build import build

    d = tmp_path / "in"
    write(d / "a.json", batch("emotional_authenticity", [variant(EA, i) for i in range(3)]))
    write(
        d / "b.json",
        batch("emotional_authenticity", [variant(EA, i + 10) for i in range(3)], master_truths_version="v1.1"),
    )
    with pytest.raises(UserError, match="mix Master Truths versions"):
        build(load_config(_cfg_for(tmp_path, d)), tmp_path / "out")
    assert not (tmp_path / "out").exists()
    for flag in ("--combine", "--export-by-type", "--generate-splits"):
        out = tmp_path / f"an{flag}"
        proc = subprocess.run(
            [sys.executable, "-m", "curation.cli", "analyze", str(d), flag, "--out", str(out)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        assert proc.returncode != 0 and "mix Master Truths versions" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
        assert not out.exists()


# ---- robustness (hypothesis) ----------------------------------------------------------------------------
def _leaf_paths(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield prefix + k
            yield from _leaf_paths(v, prefix + k + ".")


def _mutate(sample: dict, ops: list[tuple[int, int, str]]) -> dict:
    s = copy.deepcopy(sample)
    for kind, pick, name in ops:
        paths = list(_leaf_paths(s))
        if not paths:
            break
        path = paths[pick % len(paths)].split(".")
        parent = s
        for p in path[:-1]:
            parent = parent[p]
        key = path[-1]
        if kind == 0:  # rename
            parent[name] = parent.pop(key)
        elif kind == 1:  # delete
            parent.pop(key)
        elif kind == 2:  # nest under a new object
            parent[name] = {key: parent.pop(key)}
        else:  # flatten an object's child to the top
            s[name] = parent.pop(key)
    return s


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data_type=st.sampled_from(sorted(CLEAN)),
    ops=st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 50),
            st.sampled_from(["x", "reply", "line", "meta", "ocean", "dialogue", "npc_profile", "type", "1", ""]),
        ),
        max_size=4,
    ),
)
def test_mutated_samples_convert_or_are_rejected_with_a_reason(data_type, ops):
    from curation.stages.interactions import ValidateInteractions

    cfg = Config()
    cfg._root_dir = REPO
    cfg.interactions.max_missing_share = 1.0  # one record: judge it, do not stop
    sample = _mutate(variant(CLEAN[data_type], 1), ops)
    spec = SPEC.type(data_type)
    data, repairs = normalize(sample, spec)
    rec = Record(
        id="x",
        kind="interaction",
        source=Source("f.json", 0, "[0]"),
        data=data,
        data_type=data_type,
        metadata={"quality": 0.9, "master_truths_version": "v1.2"},
        repairs=repairs,
    )
    ctx = Context(config=cfg)
    out = list(
        ConvertInteractions.from_config(cfg.interactions, resolve=cfg.resolve).process(
            ValidateInteractions.from_config(cfg.interactions).process([rec], ctx), ctx
        )
    )
    if out:
        assert all(r.conversations and r.conversations[-1]["value"].strip() for r in out)
    else:
        assert ctx.rejects.rows and ctx.rejects.rows[0]["reason"]
        assert ctx.rejects.rows[0]["reason"] != "conversion_failed"


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 20) | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda c: (
        st.lists(c, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "data_type",
                    "samples",
                    "type",
                    "master_truths_version",
                    "capacity_level",
                    "effective_capacity",
                    "complexity_type",
                    "character_response",
                    "authenticity_score",
                    "x",
                    "npc_profile",
                    "training_metadata",
                ]
            ),
            c,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(docs=st.lists(_json, min_size=1, max_size=3), extra=st.sampled_from(list(CLEAN)))
def test_analyze_report_is_always_written(tmp_path_factory, docs, extra):
    from curation.analytics import batch_analysis as analysis

    d = tmp_path_factory.mktemp("fuzz")
    for i, doc in enumerate(docs):
        (d / f"f{i}.json").write_text(json.dumps(doc, allow_nan=True))
    write(
        d / "clean.json", batch(extra, [variant(CLEAN[extra], 1), {**variant(CLEAN[extra], 2), "capacity_level": None}])
    )
    cfg = Config()
    cfg._root_dir = REPO
    cfg.inputs.interactions = [str(d)]
    cfg.interactions.max_missing_share = 1.0
    cfg.interactions.max_untyped_share = 1.0  # junk files of no type are rejects here, not a stop
    a = analysis.analyze(cfg)
    text = json.dumps(a.report, sort_keys=True, default=str)
    assert json.loads(text)["records_seen"] >= 2


def test_analyze_json_report_on_none_labels(tmp_path):
    d = tmp_path / "in"
    write(
        d / "a.json",
        [
            {"data_type": "emotional_authenticity", **variant(EA, 1)},
            {
                "data_type": "multi_step",
                **_plant(MS, interaction_context__capacity_level=None, interaction_context__complexity_type=None),
            },
        ],
    )
    out = tmp_path / "R.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "curation.cli",
            "analyze",
            str(d),
            "--all",
            "--json",
            str(out),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    rep = json.loads(out.read_text())
    assert all(isinstance(k, str) for k in rep["master_truths_versions"])


# ---- no field name or rule number outside the spec loader ----------------------------------------------------
#: Modules that still spell field names; each is a known, listed debt (see the h11a report), not a silent one.
GREP_EXEMPT: set[str] = set()  # none left: the generators read generation.* of the spec
_STRING = re.compile(r"""(?<![\w])(['"])([A-Za-z_][A-Za-z0-9_.\[\]]*)\1""")
_RULE_NUMBERS = [
    r"\(-1\.5,\s*-0\.5\)",
    r"\(0\.3,\s*0\.8\)",
    r"\(-0\.5,\s*-0\.2\)",
    r"\(5,\s*8\)",
    r"\(4\.5,\s*6\.5\)",
    r"\(0\.5,\s*1\.5\)",
    r"\(7\.0,\s*(?:9\.5|10\.0)\)",
    r"[\"'](?:excellent|good|acceptable|poor)[\"'],\s*0\.[579]",  # quality bands
    r"[\"']crisis[\"']:\s*0\.15",  # capacity level frequencies
    r"emotional_authenticity[\"']?\s*[:=]\s*2000",
]  # daily targets


def _code_lines(path: Path):
    in_doc = False
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped.count('"""') == 1:
            in_doc = not in_doc
            continue
        if in_doc or stripped.startswith("#") or stripped.startswith('"""'):
            continue
        yield i, line.split("  #")[0]


def test_no_field_name_or_rule_number_outside_the_spec():
    names = {n for n in SPEC.field_names() if "_" in n}  # distinctive names (not 'name', 'type', 'min')
    names -= set(SPEC.raw["tags"])  # our record tags (metadata keys), not an input's field names
    roles = {
        k
        for t in SPEC.types.values()
        for group in (t.roles.capacity, t.roles.irony, t.roles.tension, t.roles.memory, t.roles.labels)
        for k in group
    }
    names -= roles  # role names: the spec's vocabulary for what a field is for, whatever the field is called
    found = []
    # the package, the sample generators (their records and defects are YAML data files, not scanned) and the
    # benchmarks (their synthetic records take field names and rule tables from the spec, or from tests/)
    code = [*(REPO / "curation").rglob("*.py"), *(REPO / "scripts").rglob("*.py"), *(REPO / "benchmarks").rglob("*.py")]
    for path in sorted(code):
        rel = path.relative_to(REPO).as_posix()
        if rel.startswith("curation/domain/") or rel in GREP_EXEMPT:
            continue
        for i, line in _code_lines(path):
            for m in _STRING.finditer(line):
                if m.group(2) in names or m.group(2).split(".")[0] in names:
                    found.append(f"{rel}:{i}: {m.group(2)}")
            for pat in _RULE_NUMBERS:
                if re.search(pat, line):
                    found.append(f"{rel}:{i}: rule number {pat}")
    assert not found, "\n".join(found)


def test_quality_bands_and_planner_tables_have_one_source():
    """Quality bands, the gate limits, capacity targets and the planner's dimensions come from the spec (or the
    config's gate section), not from copies in the modules that use them."""
    from curation.analytics.batch_analysis import QUALITY_BAND_NAMES
    from curation.analytics.settings import AnalyticsConfig
    from curation.generate.parameters import INTERACTION_TYPES, dimensions_for
    from curation.generate.settings import GenerationConfig, ParameterSpace
    from curation.ingest.interactions.facets import QUALITY_CATEGORIES
    from curation.stages.settings import BalanceConfig

    band = SPEC.rules.quality_band
    assert [band(q) for q in (1.0, 0.9, 0.89, 0.7, 0.69, 0.5, 0.49, 0.0)] == [
        "excellent",
        "excellent",
        "good",
        "good",
        "acceptable",
        "acceptable",
        "poor",
        "poor",
    ]
    assert QUALITY_CATEGORIES == tuple(reversed(QUALITY_BAND_NAMES)) == ("poor", "acceptable", "good", "excellent")
    assert AnalyticsConfig().capacity_targets == {k: b.frequency for k, b in SPEC.rules.capacity.buckets.items()}
    daily = {t: s.daily_target for t, s in SPEC.types.items() if s.daily_target}
    assert BalanceConfig().data_types == daily and len(daily) == 6
    assert {t: w for t, w in GenerationConfig().type_weights.items() if t in daily} == daily
    gen = SPEC.raw["generation"]
    assert tuple(gen["interaction_types"]) == INTERACTION_TYPES
    assert set(gen["dimensions"]) == set(SPEC.data_types)
    for data_type, names in gen["dimensions"].items():
        assert [d.name for d in dimensions_for(data_type, ParameterSpace())] == names


def test_generation_tables_name_fields_of_their_types():
    """generation.finish and generation.multi_step name fields by path: each must be a field of its type, and the
    multi-step fields agree with the type's roles where a role names the same value."""
    gen = SPEC.raw["generation"]
    for data_type, steps in gen["finish"].items():
        for step in steps:
            assert SPEC.type(data_type).field_at(step["field"]) is not None, (data_type, step)
    ms = SPEC.type("multi_step")
    fields = gen["multi_step"]["fields"]
    for role, path in fields.items():
        assert ms.field_at(path) is not None, (role, path)
    for role in ("base", "factors", "effective", "support_needed"):
        assert fields[role] == ms.roles.capacity[role][0]
    for label in ("capacity_level", "authenticity_target", "complexity_type"):
        assert fields[label] == ms.roles.labels[label][0]
    assert fields["prose"] == ms.roles.answer
    assert set(gen["multi_step"]["steps"]) and all(
        r in gen["multi_step"]["answers"] for roles in gen["multi_step"]["steps"].values() for r in roles
    )


def test_build_analyze_and_dedupe_stop_before_writing_on_a_field_name_mismatch(tmp_path):
    from curation.build import build

    d = tmp_path / "in"
    write(d / "pt.json", batch("personality_traits", [_their_pt(i) for i in range(10)]))
    with pytest.raises(UserError, match="field_map"):
        build(load_config(_cfg_for(tmp_path, d)), tmp_path / "out")
    assert not (tmp_path / "out").exists()
    for cmd in (
        ["analyze", str(d), "--all", "--out", str(tmp_path / "an")],
        ["dedupe", str(d), "--out", str(tmp_path / "dd.jsonl"), "--clusters", str(tmp_path / "cl.jsonl")],
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "curation.cli", *cmd], capture_output=True, text=True, cwd=tmp_path
        )
        assert proc.returncode != 0 and "line: dialogue" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml", "in"]


def test_field_map_names_are_not_taken_for_secrets():
    from curation import redact

    before = set(redact._remembered)
    cfg = {
        "interactions": {
            "field_map": {"emotional_authenticity": {"auth_target": "authenticity_target", "api_key_hint": "context"}}
        }
    }
    out = redact.redact_config(cfg)
    assert out == cfg
    assert redact._remembered == before
