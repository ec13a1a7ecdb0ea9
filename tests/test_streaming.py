"""The build streams: stages that must see everything spill records to disk and keep compact keys, the
writer holds one row group per file, and none of it changes what the build produces.

The streaming stages are checked against the in-memory implementations they replaced
(tests/streaming_reference.py) on the same random records: same output in the same order, same rejects,
same ledger notes.
"""

from __future__ import annotations

import copy
import gc
import importlib.util
import json
import random
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import streaming_reference as ref

from curation.records import GPT, HUMAN, SYSTEM, Record, Source
from curation.stages.balance import Balance
from curation.stages.base import Context
from curation.stages.dedupe import ExactDedupe, NearDedupe
from curation.stages.leakage import prompt_answer_overlaps
from curation.stages.settings import BalanceConfig, SplitConfig
from curation.stages.spill import Columns, RecordSpill, Scratch, TextStore
from curation.stages.split import Split

REPO = Path(__file__).resolve().parents[1]
WORDS = [
    "the",
    "kettle",
    "rain",
    "station",
    "letter",
    "harbor",
    "promise",
    "quiet",
    "bitter",
    "tired",
    "lantern",
    "coat",
    "river",
    "fever",
    "receipt",
    "voicemail",
    "diary",
    "bridge",
    "orchard",
    "silence",
    "apology",
    "ticket",
    "garden",
    "mirror",
    "violin",
    "scarf",
    "compass",
]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


def _edit(text: str, rng: random.Random, k: int) -> str:
    w = text.split()
    for _ in range(k):
        w[rng.randrange(len(w))] = rng.choice(WORDS)
    return " ".join(w)


def records(n: int, seed: int = 0) -> list[Record]:
    """Interactions and scenes with exact and near duplicates, shared groups and origins, qualities with
    ties, coverage metadata, and prompts that sometimes quote another record's answer."""
    rng = random.Random(seed)
    out: list[Record] = []
    for i in range(n):
        scene = rng.random() < 0.15
        x = rng.random()
        if out and x < 0.12:
            answer = rng.choice(out).conversations[-1]["value"]  # exact duplicate
        elif out and x < 0.3:
            answer = _edit(rng.choice(out).conversations[-1]["value"], rng, rng.randint(1, 3))  # near duplicate
        else:
            answer = _text(rng, rng.randint(20, 60))
        prompt = f"Respond as the character (take {i})."
        if out and rng.random() < 0.05:  # a prompt quoting another answer
            prompt += " Earlier: " + " ".join(rng.choice(out).conversations[-1]["value"].split()[:12])
        md = {"quality": rng.choice([0.5, 0.75, 0.9, None, 1]), "universe": rng.choice(["gaea", "unwritten", None])}
        if scene:
            md.update(
                scene_type=rng.choice(["action", "dialogue", "introspective", "exposition"]),
                pov=rng.choice(["Mara", "Ilse", None]),
            )
        else:
            md.update(
                capacity_level=rng.choice(["crisis", "low", "medium", "high"]),
                authenticity_target=rng.choice(["failed", "authentic", "excellent"]),
                complexity_type=rng.choice(["baseline", "people_pleasing", "mixed_emotions"]),
            )
            if rng.random() < 0.1:
                md.pop("capacity_level")
        origin = f"o{rng.randrange(max(1, n // 3))}" if rng.random() < 0.3 else None
        out.append(
            Record(
                id=f"r{rng.randrange(10**6):06d}-{i}",
                kind="scene" if scene else "interaction",
                source=Source(f"b{i // 50}.json", i % 50),
                origin=origin,
                data_type=None
                if scene
                else rng.choice(["emotional_authenticity", "dramatic_irony", "tension_building"]),
                group=f"g{rng.randrange(max(1, n // 5))}" if rng.random() < 0.4 else None,
                metadata=md,
                conversations=[
                    {"from": SYSTEM, "value": "You are a character."},
                    {"from": HUMAN, "value": prompt},
                    {"from": GPT, "value": answer},
                ],
            )
        )
    return out


def run(stage, recs: list[Record], seed: int = 42) -> tuple[list[Record], Context]:
    ctx = Context(seed=seed)
    ctx.ledger.stage(stage.name)
    out = list(stage(copy.deepcopy(recs), ctx))
    return out, ctx


def assert_same(new, old) -> None:
    (out_new, ctx_new), (out_old, ctx_old) = new, old
    assert [r.id for r in out_new] == [r.id for r in out_old]
    assert [r.metadata for r in out_new] == [r.metadata for r in out_old]
    assert [r.origin for r in out_new] == [r.origin for r in out_old]
    assert ctx_new.rejects.to_jsonl() == ctx_old.rejects.to_jsonl()
    assert ctx_new.ledger.to_list() == ctx_old.ledger.to_list()


@pytest.mark.parametrize("seed", [0, 1])
def test_exact_and_near_dedupe_match_the_in_memory_stages(seed):
    recs = records(1500, seed)
    assert_same(run(ExactDedupe(), recs), run(ref.ExactDedupe(), recs))
    assert_same(run(NearDedupe(0.85), recs), run(ref.NearDedupe(0.85), recs))
    built = recs[:200]  # incremental mode: an already built dataset wins
    assert_same(run(ExactDedupe(against=built), recs[200:]), run(ref.ExactDedupe(against=built), recs[200:]))
    assert_same(run(NearDedupe(0.85, against=built), recs[200:]), run(ref.NearDedupe(0.85, against=built), recs[200:]))


BALANCE_CASES = [
    {},
    {"tolerance": 1.0, "min_keep": 0.0},
    {
        "tolerance": 1.0,
        "min_keep": 0.0,
        "upsample": True,
        "max_upsample": 3.0,
        "data_types": {"emotional_authenticity": 5, "dramatic_irony": 1, "tension_building": 1},
    },
    {"max_bucket_share": 0.05, "scene_type_mode": "downsample", "tolerance": 1.0, "min_keep": 0.2},
    {"universes": {"gaea": 1, "unwritten": 3}, "universe_mode": "downsample", "tolerance": 1.0, "upsample": True},
    {"enabled": False},
]


@pytest.mark.parametrize("case", range(len(BALANCE_CASES)))
def test_balance_matches_the_in_memory_stage(case):
    cfg = BalanceConfig(**BALANCE_CASES[case])
    recs = records(1200, case)
    new, old = run(Balance(cfg), recs), run(ref.Balance(cfg), recs)
    assert_same(new, old)
    if cfg.upsample:
        assert any("~up" in r.id for r in new[0])  # copies were made and read back with their own ids


@pytest.mark.parametrize("seed", [0, 3])
def test_split_matches_the_in_memory_stage(seed):
    recs = records(1500, seed)
    for r in recs[::7]:  # near-duplicate clusters and upsampled copies link records too
        r.metadata["dedupe_cluster"] = recs[(hash(r.id) % 50)].id
    for r in recs[::11]:
        r.metadata["upsampled_from"] = recs[3].id
    assert_same(run(Split(SplitConfig()), recs, seed), run(ref.Split(SplitConfig()), recs, seed))
    cfg = SplitConfig(train=0.5, validation=0.0, test=0.5, stratify=["kind"])
    assert_same(run(Split(cfg), recs[:40], seed), run(ref.Split(cfg), recs[:40], seed))


def test_prompt_leakage_matches_the_reference_and_finds_the_planted_quotes():
    recs = records(800, 5)
    for k, r in enumerate(recs):
        r.metadata["split"] = ("train", "validation", "test")[k % 3]
    got = prompt_answer_overlaps(recs, 8)
    assert got == ref.prompt_answer_overlaps(recs, 8)
    assert got["pairs"] > 0


def test_record_spill_reads_back_in_order_and_by_position(tmp_path):
    recs = records(300, 2)
    spill = RecordSpill(tmp_path)
    for r in recs:
        spill.append(r)
    assert len(spill) == 300
    assert [r.id for r in spill] == [r.id for r in recs]
    assert list(spill) == recs
    order = [299, 0, 17, 17, 150]
    assert [r.id for r in spill.take(order)] == [recs[i].id for i in order]
    spill.close()
    assert not list(tmp_path.iterdir())


def test_text_store_is_a_sequence_of_the_texts(tmp_path):
    texts = ["", "a", "ü" * 5000, *(f"text {i} " * (i % 40) for i in range(3000))]
    store = TextStore(tmp_path)
    store.extend(texts)
    assert len(store) == len(texts)
    assert list(store) == texts
    assert store[2] == texts[2] and store[-1] == texts[-1]
    assert store[10:2500] == texts[10:2500] and store[5:5] == [] and store[::7] == texts[::7]
    with pytest.raises(IndexError):
        store[len(texts)]
    store.close()


def test_scratch_uses_the_context_folder_and_removes_its_files(tmp_path):
    ctx = Context(scratch=tmp_path / "spill")
    with Scratch(ctx) as s:
        s.records().append(records(1)[0])
        s.texts().append("x")
        assert len(list((tmp_path / "spill").iterdir())) == 2
    assert not list((tmp_path / "spill").iterdir())
    with Scratch(Context()) as s:  # no folder given: a temporary one, removed
        folder = s.folder
        s.records().append(records(1)[0])
    assert not folder.exists()


def test_columns_collect_fixed_and_byte_columns():
    cols = Columns(a="i8", b="S")
    Columns._CHUNK, old = 7, Columns._CHUNK
    try:
        for i in range(20):
            cols.add(i, b"x" * (i % 9))
    finally:
        Columns._CHUNK = old
    k = cols.finish()
    assert k["a"].tolist() == list(range(20)) and k["b"].tolist() == [b"x" * (i % 9) for i in range(20)]


def _bench_build():
    spec = importlib.util.spec_from_file_location("bench_build", REPO / "benchmarks" / "bench_build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_build_streams_records_and_row_groups(tmp_path, monkeypatch):
    """A build of 3,000 generated batch records never holds more than a small share of its records at once
    (counted while every stage runs), writes its Parquet files a row group at a time, and spills only
    inside its staging folder."""
    from curation import build as build_mod
    from curation.config import load_config
    from curation.export import dataset_folder

    bench = _bench_build()
    n = 3000
    bench.generate(tmp_path / "batches", n, seed=1)
    cfg_path = tmp_path / "unwritten.yaml"
    cfg_path.write_text(json.dumps({"inputs": {"interactions": ["batches"]}, "output": {"dir": "out/ds"}}))
    monkeypatch.setattr(dataset_folder, "ROW_GROUP_SIZE", 200)
    writers: list = []
    original = dataset_folder.DatasetWriter.__init__

    def remember(self, *a, **k):
        original(self, *a, **k)
        writers.append(self)

    monkeypatch.setattr(dataset_folder.DatasetWriter, "__init__", remember)
    alive: list[int] = []
    spilled: set[str] = set()

    def progress(stage: str, seen: int) -> None:
        alive.append(sum(1 for o in gc.get_objects() if type(o) is Record))
        for p in (tmp_path / "out").glob(".ds.building.*/.spill/*"):
            spilled.add(p.name)

    result = build_mod.build(load_config(cfg_path), progress=progress)
    assert result.report["totals"]["source_records"] >= n
    assert len(alive) >= 10 and max(alive) < n // 5, max(alive)
    assert any(name.startswith(".dedupe_near.") for name in spilled) and any(
        name.startswith(".split.") for name in spilled
    )
    out = tmp_path / "out" / "ds"
    assert not (out / ".spill").exists()
    (writer,) = writers
    assert writer.row_group_size == 200 and writer.max_buffered <= 12 * 200
    train = pq.ParquetFile(out / "data" / "conversations" / "train.parquet")
    assert train.metadata.num_row_groups > 3
    assert train.metadata.num_rows == result.report["outputs"]["conversations"]["train"]
    assert sum(1 for _ in (out / "axolotl" / "train.jsonl").open()) == train.metadata.num_rows


def test_streamed_parquet_is_byte_identical_to_writing_the_file_whole(tmp_path):
    """Row groups written one at a time give the same bytes as one `pq.write_table` of all rows."""
    from curation.export.dataset_folder import ROW_GROUP_SIZE, _arrow_table, _parquet_bytes, write_dataset_folder

    recs = records(int(ROW_GROUP_SIZE * 2.5), 4)
    for k, r in enumerate(recs):
        r.metadata["split"] = "train" if k % 10 else "test"
    write_dataset_folder(tmp_path, recs)
    from curation.export.dataset_folder import rows_by_config

    rows = rows_by_config(recs)["conversations"]["train"]
    assert len(rows) > 2 * ROW_GROUP_SIZE
    assert (tmp_path / "data/conversations/train.parquet").read_bytes() == _parquet_bytes(
        _arrow_table(rows, "conversations")
    )


def test_statistics_read_texts_from_a_file_and_match_the_in_memory_figures(tmp_path):
    """dataset_statistics keeps texts in a file and reads back only the sampled ones: same figures as
    holding every text (token sample and diversity budget small enough that both sample)."""
    from curation.analytics.settings import AnalyticsConfig
    from curation.analytics.statistics import dataset_statistics

    recs = records(1500, 6)
    for k, r in enumerate(recs):
        r.metadata["token_count"] = 10 + k % 17
        if k % 9 == 0:
            r.origin = recs[k - 1].id if k else None  # rows of one sample count once
    cfg = AnalyticsConfig(token_sample_records=200, diversity_token_budget=3000)
    rejects = [{"stage": "validate", "reason": "missing_field", "kind": "interaction", "source_file": "b1.json"}]
    got = dataset_statistics(iter(recs), rejects=rejects, config=cfg, scratch=tmp_path / "s")
    assert got == ref.dataset_statistics(recs, rejects=rejects, config=cfg)
    assert got["tokens"]["sampled"] and got["diversity"]["all"]["sample_records"] < len(recs)
    assert not list((tmp_path / "s").iterdir())
