"""Stage behaviour: filters and their reasons, exact/near dedupe keep policy and order independence,
balance targets, split leakage, and a ledger that adds up."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rapidfuzz import fuzz, process
from synthetic import base_text, make_records, variant  # tests/synthetic.py

from curation.records import GPT, HUMAN, SYSTEM, Record, Source, normalize_text
from curation.stages.balance import Balance
from curation.stages.base import Context, chain
from curation.stages.dedupe import ExactDedupe, NearDedupe, near_duplicates, similarity
from curation.stages.filters import QualityFilters
from curation.stages.near_pairs import PairParams, candidate_pairs
from curation.stages.settings import BalanceConfig, SplitConfig
from curation.stages.split import Split


def rec(
    rid: str,
    text: str,
    kind: str = "interaction",
    quality: float | None = 0.8,
    data_type="dramatic_irony",
    group=None,
    **meta,
) -> Record:
    m = dict(meta)
    if quality is not None:
        m["quality"] = quality
    return Record(
        id=rid,
        kind=kind,
        source=Source(f"in/{rid}.json", 0),
        data_type=data_type,
        group=group,
        metadata=m,
        conversations=[
            {"from": SYSTEM, "value": "Shared system prompt " * 20},
            {"from": HUMAN, "value": "Shared template prompt " * 20},
            {"from": GPT, "value": text},
        ],
    )


PROSE = (
    "Mara set the kettle down and looked at the window for a long time before she answered him. "
    "She had been awake since the accident, and every word she found felt too heavy to carry. "
    "When he asked again, she only shook her head and reached for the cold cup of tea."
)


def run(stage, records, ctx=None):
    ctx = ctx or Context()
    out = list(stage(records, ctx))
    return out, ctx


# ---- filters ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,reason",
    [
        ("Too short.", "too_short"),
        (PROSE + " <think>I should be sad here</think>", "leaked_think_tags"),
        ('{"character_response": "' + PROSE + '"}', "leftover_json"),
        ("## Response\n**Tone:** sad\n## Notes\n" + PROSE, "leftover_markdown"),
        ("As an AI language model, I cannot feel. " + PROSE, "refusal_or_meta_talk"),
        (PROSE + " Tell [insert character name] I said goodbye.", "placeholder_text"),
        (" ".join(["I can't do this right now, I am so tired."] * 12), "repeated_ngrams"),
        (
            "Le matin, elle regardait la fenêtre pendant longtemps avant de répondre. Chaque mot semblait "
            "trop lourd à porter, mais elle a pris la tasse froide et a souri doucement vers lui.",
            "not_english",
        ),
    ],
)
def test_each_filter_drops_with_its_named_reason(text, reason):
    out, ctx = run(QualityFilters(), [rec("a", text), rec("b", PROSE)])
    assert [r.id for r in out] == ["b"]
    assert list(ctx.ledger.stage("filters").rejected) == [reason]
    assert ctx.rejects.rows[0]["reason"] == reason and ctx.rejects.rows[0]["source_file"] == "in/a.json"


SAME_STORY = {  # one short paragraph, written in each language
    "es": "Cuando llegó a la estación, María se dio cuenta de que había olvidado la carta en la mesa de la "
    "cocina. No sabía si volver a casa o esperar el tren, pero al final decidió quedarse con su hermano.",
    "de": "Als sie am Bahnhof ankam, merkte Maria, dass sie den Brief auf dem Küchentisch vergessen hatte. Sie "
    "wusste nicht, ob sie nach Hause gehen oder auf den Zug warten sollte, aber am Ende blieb sie bei "
    "ihrem Bruder.",
    "it": "Quando arrivò alla stazione, Maria si accorse di aver dimenticato la lettera sul tavolo della "
    "cucina. Non sapeva se tornare a casa o aspettare il treno, ma alla fine decise di restare con suo "
    "fratello.",
    "pt": "Quando chegou à estação, Maria percebeu que tinha esquecido a carta na mesa da cozinha. Não sabia "
    "se voltava para casa ou esperava o comboio, mas no fim decidiu ficar com o seu irmão.",
    "fr": "Quand elle est arrivée à la gare, Maria s'est rendu compte qu'elle avait oublié la lettre sur la "
    "table de la cuisine. Elle ne savait pas si elle devait rentrer ou attendre le train, mais elle est "
    "restée avec son frère.",
    "nl": "Toen ze bij het station aankwam, merkte Maria dat ze de brief op de keukentafel had laten liggen. "
    "Ze wist niet of ze naar huis moest gaan of op de trein moest wachten, maar uiteindelijk bleef ze "
    "bij haar broer.",
}
NON_LATIN = {
    "ru": "Когда она пришла на вокзал, Мария поняла, что забыла письмо на кухонном столе. Она не знала, "
    "вернуться ли домой или ждать поезд, но в конце концов осталась с братом.",
    "zh": "她到了车站才发现把信忘在了厨房的桌子上。她不知道该回家还是等火车，最后她决定留在哥哥身边，一起等待天亮。"
    "雨一直下着，站台上的灯忽明忽暗，她握着那张旧车票，想起了母亲说过的话。",
}
STILL_ENGLISH = {
    # an embedded sample's answer the first version dropped (english_share 0.14 over 14 words)
    "short_structured": "Relationship score: 0.81\nTrust change: +0.35\nRationale: Generous, skilled help for "
    "a cause she is devoted to.",
    "invented_names": "Kaelthor Vashmoor crossed the Ysolde bridge at dusk while Brimwen Oduya-Tal kept watch. "
    "Orrin said nothing to Quillane, but his hand found hers in the dark, and for a moment the "
    "Sennathi drums were the only sound between them.",
    "foreign_quote": 'She smiled and said "c\'est la vie" before she turned back to the window, because there '
    "was nothing else to say and he would not have listened to her anyway, not tonight.",
    "stage_directions": "[exhales slowly] Capacity 4/10. Vessa-Arun, Thaddeus Kiel, Imogen Vale: three names on "
    "the rota, two shifts each, one of them mine. [rubs temples] Tomorrow, then. Kettle on, "
    "coats off, phones down.",
}


@pytest.mark.parametrize("lang", sorted(SAME_STORY))
def test_language_filter_catches_other_latin_script_languages(lang):
    out, ctx = run(QualityFilters(), [rec("a", SAME_STORY[lang]), rec("b", PROSE)])
    assert [r.id for r in out] == ["b"]
    row = ctx.rejects.rows[0]
    assert row["reason"] == "not_english" and row["detail"]["looks_like"] == lang
    assert row["detail"]["other_share"] > row["detail"]["english_share"]


@pytest.mark.parametrize("lang", sorted(NON_LATIN))
def test_language_filter_catches_non_latin_scripts(lang):
    out, ctx = run(QualityFilters(), [rec("a", NON_LATIN[lang])])
    assert out == [] and ctx.rejects.rows[0]["reason"] == "not_english"
    assert ctx.rejects.rows[0]["detail"]["non_latin_share"] > 0.5


@pytest.mark.parametrize("name", sorted(STILL_ENGLISH))
def test_language_filter_keeps_english_with_names_quotes_and_short_answers(name):
    out, ctx = run(QualityFilters(), [rec("a", STILL_ENGLISH[name])])
    assert [r.id for r in out] == ["a"], ctx.rejects.rows


def test_language_filter_never_drops_synthetic_english_records():
    recs, _ = make_records(3000, 2)
    _, ctx = run(QualityFilters(), recs)
    assert ctx.ledger.stage("filters").rejected["not_english"] == 0


def test_filters_use_length_bounds_per_kind():
    scene = rec("s", PROSE, kind="scene", data_type=None)  # ~60 words, scenes need 800
    out, ctx = run(QualityFilters(), [scene, rec("i", PROSE)])
    assert [r.id for r in out] == ["i"]
    assert ctx.rejects.rows[0]["detail"] == {"words": len(PROSE.split()), "min": 800}


# ---- exact dedupe -----------------------------------------------------------------------------------
def test_exact_dedupe_ignores_shared_prompts_and_keeps_by_priority():
    a = rec("a", PROSE, quality=0.6)
    b = rec("b", "  " + PROSE.upper() + " ", quality=0.9)  # same content after normalisation
    c = rec("c", PROSE.replace("kettle", "letter"), quality=0.5)  # same prompts, different answer
    out, ctx = run(ExactDedupe(), [a, b, c])
    assert sorted(r.id for r in out) == ["b", "c"]
    row = ctx.rejects.rows[0]
    assert (row["id"], row["reason"], row["detail"]["kept"]) == ("a", "exact_duplicate", "b")


def test_manuscript_wins_over_synthetic_even_with_lower_quality():
    s = rec("scene", PROSE, kind="scene", data_type=None, quality=0.1)
    i = rec("inter", PROSE, quality=1.0)
    out, _ = run(ExactDedupe(), [i, s])
    assert [r.id for r in out] == ["scene"]


# ---- near dedupe -----------------------------------------------------------------------------------
def planted(seed=0, n=400):
    recs, plants = make_records(n, seed, dup_share=0.3)
    return recs, plants


def test_near_dedupe_matches_exhaustive_rapidfuzz_greedy():
    recs, _ = planted()
    texts = [normalize_text(r.content()) for r in recs]
    prio = [r.priority_key() + (r.id,) for r in recs]
    res = near_duplicates(texts, prio, 0.85)
    # exhaustive reference: same greedy policy over all pairs
    order = sorted(range(len(recs)), key=lambda i: prio[i])
    kept: list[int] = []
    dropped = set()
    for i in order:
        if any(fuzz.ratio(texts[i], texts[j]) / 100 >= 0.85 for j in kept):
            dropped.add(i)
        else:
            kept.append(i)
    assert dropped, "the generator planted duplicates above the threshold"
    assert set(map(int, (res.lost_to >= 0).nonzero()[0])) == dropped
    for i in dropped:  # every removal names a kept twin at or above the threshold
        j = res.lost_to[i]
        assert j not in dropped and fuzz.ratio(texts[i], texts[j]) / 100 >= 0.85
        assert res.similarity[i] == pytest.approx(fuzz.ratio(texts[i], texts[j]) / 100)


def test_near_dedupe_recall_and_precision_on_variant_clusters():
    """Cluster-heavy input (40% variants, many variants of variants): removals against the exhaustive
    greedy reference stay >= 0.98 both ways (the two-step check through the verified graph catches
    variants the candidate generator paired only with a middle record)."""
    recs, _ = make_records(1500, 2, dup_share=0.4)
    texts = [normalize_text(r.content()) for r in recs]
    prio = [r.priority_key() + (r.id,) for r in recs]
    sims = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=85 - 1e-9, workers=-1)
    np.fill_diagonal(sims, 0)
    kept: list[int] = []
    reference = set()
    for i in sorted(range(len(recs)), key=lambda i: prio[i]):
        if kept and (sims[i, kept] > 0).any():
            reference.add(i)
        else:
            kept.append(i)
    ours = set(np.flatnonzero(near_duplicates(texts, prio, 0.85).lost_to >= 0).tolist())
    assert len(ours & reference) / len(reference) >= 0.98
    assert len(ours & reference) / len(ours) >= 0.98


def test_near_dedupe_result_independent_of_batching_and_slicing():
    recs, _ = make_records(600, 6, dup_share=0.3)
    texts = [normalize_text(r.content()) for r in recs]
    prio = [r.priority_key() + (r.id,) for r in recs]
    a = near_duplicates(texts, prio, 0.85)
    b = near_duplicates(texts, prio, 0.85, PairParams(slice_pairs=500, chunk_chars=5000), batch_pairs=7, workers=1)
    assert (a.lost_to == b.lost_to).all() and (a.cluster == b.cluster).all()
    assert np.allclose(a.similarity, b.similarity)
    pairs = candidate_pairs(texts, 0.85)
    assert pairs.dtype == np.int32 and (pairs[:, 0] < pairs[:, 1]).all()
    assert (candidate_pairs(texts, 0.85, PairParams(slice_pairs=100)) == pairs).all()
    for workers in (1, 2, 3):  # threads over shingle chunks and anchor slices: the same pairs
        assert (candidate_pairs(texts, 0.85, PairParams(slice_pairs=300, chunk_chars=4000), workers) == pairs).all()
    # the verified graph: every edge at or above the threshold, every removed record's twin among them
    edges = {tuple(e) for e in a.edges.tolist()}
    assert all(
        a.similarity[i] >= 0.85 and (min(i, a.lost_to[i]), max(i, a.lost_to[i])) in edges
        for i in np.flatnonzero(a.lost_to >= 0).tolist()
    )
    assert all(similarity(texts[i], texts[j]) >= 0.85 for i, j in edges)


def test_near_dedupe_same_output_whatever_the_input_order():
    recs, _ = planted(1, 300)
    outs = []
    for seed in range(3):
        shuffled = list(recs)
        random.Random(seed).shuffle(shuffled)
        ctx = Context()
        kept = list(chain(shuffled, [ExactDedupe(), NearDedupe()], ctx))
        outs.append((sorted(r.id for r in kept), ctx.rejects.to_jsonl()))
    assert outs[0] == outs[1] == outs[2]


def test_near_dedupe_greedy_does_not_drop_whole_chains():
    rng = random.Random(3)
    a = base_text(rng, 900, 1000)
    b, s_ab = variant(a, 0.88, rng)
    c, s_bc = variant(b, 0.88, rng)
    assert fuzz.ratio(normalize_text(a), normalize_text(c)) / 100 < 0.85  # A~B~C but not A~C
    out, ctx = run(NearDedupe(), [rec("a", a, quality=0.9), rec("b", b, quality=0.8), rec("c", c, quality=0.7)])
    assert sorted(r.id for r in out) == ["a", "c"]
    row = ctx.rejects.rows[0]
    assert row["id"] == "b" and row["reason"] == "near_duplicate" and row["detail"]["kept"] == "a"
    assert row["detail"]["similarity"] >= 0.85
    # a and c are linked through b: they carry one cluster id so the split keeps them together
    assert out[0].metadata["dedupe_cluster"] == out[1].metadata["dedupe_cluster"] == "a"


def test_incremental_dedupe_against_built_records():
    rng = random.Random(5)
    old = base_text(rng, 600, 800)
    new_dup, _ = variant(old, 0.9, rng)
    built = [rec("built1", old, quality=0.1)]
    out, ctx = run(
        NearDedupe(against=built), [rec("new1", new_dup, quality=1.0), rec("new2", base_text(rng, 600, 800))]
    )
    assert [r.id for r in out] == ["new2"]
    assert ctx.rejects.rows[0]["detail"] == {
        "kept": "built1",
        "similarity": pytest.approx(fuzz.ratio(normalize_text(old), normalize_text(new_dup)) / 100, abs=1e-4),
        "against": True,
    }


# ---- balance ----------------------------------------------------------------------------------------
def test_balance_downsamples_to_target_proportions_and_reports_achieved():
    recs = [rec(f"e{i}", f"text {i}", data_type="emotional_authenticity") for i in range(100)]
    recs += [rec(f"d{i}", f"text d{i}", data_type="dramatic_irony") for i in range(100)]
    cfg = BalanceConfig(
        data_types={"emotional_authenticity": 2, "dramatic_irony": 1}, scene_types={}, tolerance=1.0, min_keep=0.0
    )  # exact target proportions
    out, ctx = run(Balance(cfg), recs)
    counts = {t: sum(r.data_type == t for r in out) for t in ("emotional_authenticity", "dramatic_irony")}
    assert counts == {"emotional_authenticity": 100, "dramatic_irony": 50}
    note = ctx.ledger.stage("balance").notes["data_type"]
    assert note["dramatic_irony"]["achieved"] == pytest.approx(1 / 3, abs=0.01)
    assert ctx.ledger.stage("balance").rejected["balance_downsampled"] == 50


def test_balance_keeps_rare_coverage_buckets_when_downsampling():
    recs = [rec(f"c{i}", "x", data_type="emotional_authenticity", capacity_level="medium") for i in range(90)]
    recs += [rec(f"r{i}", "y", data_type="emotional_authenticity", capacity_level="crisis") for i in range(10)]
    recs += [rec(f"d{i}", "z", data_type="dramatic_irony") for i in range(20)]
    cfg = BalanceConfig(
        data_types={"emotional_authenticity": 1, "dramatic_irony": 1}, scene_types={}, tolerance=1.0, min_keep=0.0
    )
    out, _ = run(Balance(cfg), recs)
    kept = [r for r in out if r.data_type == "emotional_authenticity"]
    assert len(kept) == 20 and sum(r.metadata["capacity_level"] == "crisis" for r in kept) == 10


def test_balance_upsampling_is_capped_and_counted_as_created():
    recs = [rec(f"e{i}", "x", data_type="emotional_authenticity") for i in range(10)]
    recs += [rec(f"d{i}", "z", data_type="dramatic_irony") for i in range(40)]
    cfg = BalanceConfig(
        data_types={"emotional_authenticity": 1, "dramatic_irony": 1},
        scene_types={},
        upsample=True,
        max_upsample=2,
        tolerance=1.0,
        min_keep=0.0,
    )
    out, ctx = run(Balance(cfg), recs)
    ups = [r for r in out if "upsampled_from" in r.metadata]
    assert len(ups) == 10 and ctx.ledger.stage("balance").created == 10
    assert ctx.ledger.stage("balance").balanced


def test_balance_default_cuts_only_types_beyond_tolerance_and_never_below_the_floor():
    # targets 1:1:2 (shares .25/.25/.5); data 60/30/30: only "a" exceeds 1.5 x .25
    recs = [rec(f"a{i}", "x", data_type="a") for i in range(60)]
    recs += [rec(f"b{i}", "y", data_type="b") for i in range(30)]
    recs += [rec(f"c{i}", "z", data_type="c") for i in range(30)]
    out, ctx = run(Balance(BalanceConfig(data_types={"a": 1, "b": 1, "c": 2})), recs)
    kept = {t: sum(r.data_type == t for r in out) for t in "abc"}
    assert kept["b"] == 30 and kept["c"] == 30  # within tolerance: untouched
    # "a" is cut to 1.5 x its target share of the new total: a = .375 * (a + 60) -> 36
    assert kept["a"] == 36
    note = ctx.ledger.stage("balance").notes
    assert note["data_type"]["a"]["achieved"] == pytest.approx(36 / 96, abs=1e-3)
    assert note["policy"]["data_type"] == "downsample" and note["policy"]["tolerance"] == 1.5
    # the floor: a type that is 90% of the data never loses more than min_keep of its records
    recs = [rec(f"a{i}", "x", data_type="a") for i in range(90)] + [rec(f"b{i}", "y", data_type="b") for i in range(10)]
    out, _ = run(Balance(BalanceConfig(data_types={"a": 1, "b": 1}, min_keep=0.6)), recs)
    assert sum(r.data_type == "a" for r in out) == 54


def test_balance_scene_types_are_reported_not_cut_by_default():
    scenes = [
        rec(f"s{i}", "x", kind="scene", data_type=None, scene_type=t)
        for i, t in enumerate(["action"] * 6 + ["dialogue"] * 2 + ["introspective"] * 1)
    ]
    out, ctx = run(Balance(), scenes)
    assert len(out) == 9 and ctx.ledger.stage("balance").n_rejected == 0
    note = ctx.ledger.stage("balance").notes["scene_type"]
    assert note["introspective"] == {"target": 0.25, "achieved": round(1 / 9, 4), "available": 1, "kept": 1}
    assert "introspection" not in note  # the tagger's name
    out, ctx = run(Balance(BalanceConfig(scene_type_mode="downsample", tolerance=1.0, min_keep=0.0)), scenes)
    assert ctx.ledger.stage("balance").n_rejected > 0


def test_balance_defaults_keep_most_of_a_typical_build():
    recs, _ = make_records(3000, 4)
    out, ctx = run(Balance(), recs)
    assert ctx.ledger.stage("balance").drop_share < 0.1
    assert all(row["kind"] == "interaction" for row in ctx.rejects.rows)  # scenes are reported, not cut


# ---- split ------------------------------------------------------------------------------------------
def test_split_never_lets_a_group_or_cluster_straddle_splits():
    recs, _ = make_records(2000, 7)
    ctx = Context()
    out = list(chain(recs, [ExactDedupe(), NearDedupe(), Split()], ctx))
    by_key: dict = {}
    for r in out:
        for key in (("g", r.group), ("c", r.metadata.get("dedupe_cluster"))):
            if key[1] is not None:
                by_key.setdefault(key, set()).add(r.metadata["split"])
    assert all(len(s) == 1 for s in by_key.values())
    counts = ctx.ledger.stage("split").notes["counts"]
    assert counts["train"] / len(out) == pytest.approx(0.8, abs=0.03)
    assert counts["test"] / len(out) == pytest.approx(0.1, abs=0.03)
    assert ctx.ledger.stage("split").notes["contamination"]["cross_split_pairs"] == 0


def test_split_is_deterministic_and_order_independent():
    recs, _ = make_records(500, 8)
    a = {r.id: r.metadata["split"] for r in run(Split(), list(recs))[0]}
    recs2, _ = make_records(500, 8)
    random.Random(1).shuffle(recs2)
    b = {r.id: r.metadata["split"] for r in run(Split(), recs2)[0]}
    assert a == b


def test_split_contamination_check_reports_cross_split_near_duplicates():
    rng = random.Random(9)
    t = base_text(rng, 600, 700)
    v, _ = variant(t, 0.92, rng)
    a, b = rec("a", t, group="g1"), rec("b", v, group="g2")
    cfg = SplitConfig(train=0.5, validation=0.5, test=0.0)
    out, ctx = run(Split(cfg), [a, b])
    c = ctx.ledger.stage("split").notes["contamination"]
    if out[0].metadata["split"] != out[1].metadata["split"]:
        assert c["cross_split_pairs"] == 1 and c["examples"][0][:2] == ["a", "b"]
    else:
        assert c["cross_split_pairs"] == 0


def test_split_gives_every_kind_a_validation_and_test_group_when_it_has_three():
    recs, _ = make_records(300, 12, scene_share=0.0, dup_share=0.0)
    for n_groups in (3, 6):
        scenes = [
            rec(f"scene{g}-{c}", PROSE, kind="scene", data_type=None, group=f"scene{g}")
            for g in range(n_groups)
            for c in range(2)
        ]  # two chunks per scene
        out, ctx = run(Split(), recs + scenes)
        by_kind = ctx.ledger.stage("split").notes["counts_by_kind"]
        assert all(by_kind["scene"][s] > 0 for s in ("train", "validation", "test")), by_kind
        assert all(by_kind["interaction"][s] > 0 for s in ("train", "validation", "test"))
        for g in range(n_groups):  # chunks of one scene stay together
            assert len({r.metadata["split"] for r in out if r.group == f"scene{g}"}) == 1
    two = [rec(f"s{g}", PROSE, kind="scene", data_type=None, group=f"s{g}") for g in range(2)]
    out, ctx = run(Split(), two)  # two groups cannot fill three splits: nothing forced
    assert ctx.ledger.stage("split").notes["groups_moved_to_fill_empty_splits"] == 0


@pytest.mark.parametrize("seed", range(5))
def test_split_leakage_impossible_for_any_linking(seed):
    """Random records linked by group, dedupe cluster, origin and upsampled copies: every linked set
    lands in one split, whatever the sizes (small ones exercise the empty-split fill)."""
    rng = random.Random(seed)
    n = rng.randint(5, 120)
    recs = []
    for i in range(n):
        meta = {}
        if rng.random() < 0.2:
            meta["dedupe_cluster"] = f"x{rng.randrange(n)}"
        if rng.random() < 0.1:
            meta["upsampled_from"] = f"x{rng.randrange(n)}"
        r = rec(
            f"x{i}",
            PROSE,
            kind=rng.choice(["interaction", "scene"]),
            group=f"g{rng.randrange(n // 3 + 1)}" if rng.random() < 0.5 else None,
            **meta,
        )
        r.origin = f"x{rng.randrange(n)}" if rng.random() < 0.1 else None
        recs.append(r)
    out, ctx = run(Split(SplitConfig(contamination_check=False)), recs)
    split = {r.id: r.metadata["split"] for r in out}
    for r in out:
        for other in (r.metadata.get("dedupe_cluster"), r.metadata.get("upsampled_from")):
            if other in split:
                assert split[other] == split[r.id]
    for link in ("group", "origin"):  # records sharing a group or an origin share a split
        for value in {getattr(r, link) for r in out if getattr(r, link)}:
            assert len({r.metadata["split"] for r in out if getattr(r, link) == value}) == 1
    assert ctx.ledger.stage("split").balanced


def test_split_ratios_must_sum_to_one():
    with pytest.raises(ValueError):
        SplitConfig(train=0.8, validation=0.1, test=0.2)


# ---- the whole chain's ledger ---------------------------------------------------------------------
def test_ledger_adds_up_across_all_stages():
    recs, _ = make_records(1500, 11)
    recs.append(rec("bad", "As an AI, I can't. " + PROSE))
    recs.append(rec("dup", recs[0].content()))
    ctx = Context()
    stages = [QualityFilters(), ExactDedupe(), NearDedupe(), Balance(BalanceConfig(upsample=True)), Split()]
    out = list(chain(recs, stages, ctx))
    ctx.ledger.check(len(recs), len(out))
    assert ctx.ledger.stage("filters").rejected["refusal_or_meta_talk"] >= 1
    assert ctx.ledger.stage("dedupe_exact").rejected["exact_duplicate"] >= 1
    assert ctx.ledger.stage("dedupe_near").rejected["near_duplicate"] > 0
    assert len(ctx.rejects.rows) == ctx.ledger.total_rejected
