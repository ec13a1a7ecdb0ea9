"""What the build's speed work must not change: spilled records come back equal (the fast path and the
pickle fallback), and the compiled row fitting gives the rows the per-value version gave."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from curation.export.features import FEATURES, _fit
from curation.records import Record, Source, decode_record, encode_record
from curation.stages.spill import RecordSpill


class Tags(list):
    """A list subclass (picklable: defined at module level)."""


def _record(i: int, **extra) -> Record:
    return Record(
        id=f"r{i:04d}",
        kind="interaction",
        source=Source("batches/a.json", i, f"samples[{i}]"),
        data={"text": "é" * i, "nested": {"xs": [1, 2.5, None, True, "s"], "t": (1, "two")}, "neg0": -0.0},
        data_type="dramatic_irony",
        conversations=[{"from": "human", "value": "hi"}, {"from": "gpt", "value": f"answer {i}"}],
        metadata={"quality": 0.75, "token_count": 12, "big": 10**40, "nan": math.nan, **extra},
        repairs=["fence"],
        violations=[],
        group="g",
        origin=None,
    )


def _same(a: Record, b: Record) -> bool:
    """Equal, NaN included (NaN != NaN), and the same types all the way down (tuple stays tuple)."""
    return json.dumps(a.__dict__, default=repr, sort_keys=True) == json.dumps(b.__dict__, default=repr, sort_keys=True)


def test_plain_records_take_the_fast_path_and_come_back_equal():
    r = _record(3)
    frame = encode_record(r)
    assert frame[:1] == b"F"
    back = decode_record(frame)
    assert _same(back, r) and type(back.source) is Source
    assert back.data["nested"]["t"] == (1, "two") and math.copysign(1, back.data["neg0"]) == -1


@pytest.mark.parametrize(
    "extra",
    [{"score": np.float64(0.5)}, {"count": np.int64(3)}, {"tags": Tags(["x"])}],
    ids=["numpy float", "numpy int", "list subclass"],
)
def test_values_keep_their_exact_type(extra):
    """(marshal, tried first, turns numpy scalars into bytes without a word: the codec must not)"""
    r = _record(4, **extra)
    back = decode_record(encode_record(r))
    key, value = next(iter(extra.items()))
    got = back.metadata[key]
    assert type(got) is type(value) and got == value


def test_a_record_with_an_attribute_of_its_own_is_pickled_whole():
    r = _record(5)
    r.note = "kept"  # type: ignore[attr-defined]
    frame = encode_record(r)
    assert frame[:1] == b"W"
    assert decode_record(frame).note == "kept"  # type: ignore[attr-defined]


def test_spill_mixes_both_encodings_in_order(tmp_path):
    recs = [_record(i, **({"score": np.float64(i)} if i % 3 == 0 else {})) for i in range(50)]
    for r in recs[::7]:
        r.note = "own attribute"  # type: ignore[attr-defined]
    spill = RecordSpill(tmp_path)
    for r in recs:
        spill.append(r)
    assert all(_same(a, b) for a, b in zip(spill, recs, strict=True))
    assert _same(spill.get(7), recs[7])
    spill.close()


def _coerce_reference(value, feature):
    """The per-value fitting the compiled one replaced (kept here as the reference)."""
    from datasets import List

    if value is None:
        return None
    if isinstance(feature, List):
        if not isinstance(value, (list, tuple)):
            return None
        return [_coerce_reference(v, feature.feature) for v in value]
    if isinstance(feature, dict):
        value = value if isinstance(value, dict) else {}
        return {k: _coerce_reference(value.get(k), f) for k, f in feature.items()}
    dtype = feature.dtype
    try:
        if dtype == "string":
            return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
        if dtype == "int64":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
                return None
            return int(value)
        if dtype == "float64":
            return None if isinstance(value, bool) or not isinstance(value, (int, float)) else float(value)
    except (TypeError, ValueError):
        return None
    return value


ODD_VALUES = [None, True, 3, 2.0, 2.5, math.nan, "x", ["a", 1], ("t",), {"k": 1}, {"k": {1, 2}}, object()]


@pytest.mark.parametrize("config", list(FEATURES))
def test_compiled_fitting_equals_the_per_value_fitting(config):
    features = FEATURES[config]
    for i, odd in enumerate(ODD_VALUES):
        row = {k: odd for k in features}
        if "metadata" in features:
            row["metadata"] = {k: ODD_VALUES[(i + j) % len(ODD_VALUES)] for j, k in enumerate(features["metadata"])}
        want = {k: _coerce_reference(row.get(k), f) for k, f in features.items()}
        assert json.dumps(_fit(row, features), default=repr, sort_keys=True) == json.dumps(
            want, default=repr, sort_keys=True
        )


def _read_all(workers: int, monkeypatch) -> tuple[list[bytes], list[dict], dict, dict]:
    from pathlib import Path

    from curation.config import load_config
    from curation.ingest.interactions import source as source_mod
    from curation.stages.base import Context

    monkeypatch.setattr(source_mod, "PARALLEL_MIN_BYTES", 0)  # the samples are small: read them in parallel anyway
    cfg = load_config(Path(__file__).resolve().parents[1] / "configs" / "unwritten.yaml")
    step = source_mod.InteractionSource.from_config(cfg.interactions, cfg.inputs.interactions, cfg.resolve)
    step.workers = workers
    ctx = Context(config=cfg)
    frames = [encode_record(r) for r in step(ctx)]
    stage = ctx.ledger.stage(step.name)
    return frames, ctx.rejects.rows, ctx.ledger.to_list(), dict(stage.notes)


def test_reading_batches_in_worker_processes_gives_what_one_process_gives(monkeypatch):
    """Same records (bytes), same rejects in the same order, same ledger and notes."""
    serial = _read_all(1, monkeypatch)
    parallel = _read_all(2, monkeypatch)
    assert len(serial[0]) > 100 and serial[1]  # the samples hold records and planted rejects
    assert parallel[0] == serial[0]
    assert parallel[1] == serial[1]
    assert parallel[2] == serial[2] and parallel[3] == serial[3]


def test_workers_variable_must_be_a_number(monkeypatch):
    from curation.errors import UserError
    from curation.workers import WORKERS_ENV, default_workers

    monkeypatch.setenv(WORKERS_ENV, "3")
    assert default_workers() == 3
    monkeypatch.setenv(WORKERS_ENV, "many")
    with pytest.raises(UserError, match=WORKERS_ENV):
        default_workers()


def test_batch_token_counts_on_two_threads_equal_counts_one_at_a_time():
    from curation.tokens import EncodingUnavailable, TiktokenCounter, count_tokens

    try:
        counter = TiktokenCounter()
    except EncodingUnavailable:
        pytest.skip("tiktoken's cl100k_base file is not available offline")
    texts = [f"text {i} " + "naïve café ’quote’ " * (i % 17) for i in range(301)]
    assert counter.count_batch(texts) == [count_tokens(t) for t in texts]
    assert counter.count_batch(texts[:5]) == [count_tokens(t) for t in texts[:5]]


def _build_files(tmp_path, workers: str, monkeypatch) -> tuple[dict[str, bytes], dict]:
    from pathlib import Path

    from curation.build import build
    from curation.config import load_config
    from curation.export import dataset_folder
    from curation.ingest.interactions import source as source_mod

    monkeypatch.setattr(source_mod, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(dataset_folder, "PARALLEL_MIN_ROWS", 0)  # the data files written by two processes too
    monkeypatch.setenv("UNWRITTEN_WORKERS", workers)
    cfg = load_config(Path(__file__).resolve().parents[1] / "configs" / "unwritten.yaml")
    out = tmp_path / f"w{workers}" / "unwritten"
    report = build(cfg, out_dir=out).report
    files = {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name not in ("build_report.json", ".unwritten-build.json")
    }
    report.pop("build_id")
    review = out.parent / "unwritten.review.csv"  # the manuscripts' review list (their worker sends its rows back)
    files["(review)"] = review.read_bytes() if review.exists() else b""
    return files, report


def test_build_with_worker_processes_writes_what_one_process_writes(tmp_path, monkeypatch):
    """Batch files through the local stages in workers (stages.parallel), the manuscripts in a worker of their
    own, the analytics in another while the data files are written by two processes (write_in_two): every
    data file, the card, the rejects and the review list byte-identical, the report (ledger, notes,
    analytics, outputs) equal."""
    serial_files, serial_report = _build_files(tmp_path, "1", monkeypatch)
    parallel_files, parallel_report = _build_files(tmp_path, "2", monkeypatch)
    assert serial_files.keys() == parallel_files.keys() and "rejects.jsonl" in serial_files
    assert serial_files["(review)"] and serial_report["ledger"][1]["stage"] == "manuscripts"
    assert [k for k in serial_files if serial_files[k] != parallel_files[k]] == []
    assert parallel_report == serial_report


def _samples_copy(tmp_path):
    import shutil
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    batches = tmp_path / "batches"
    shutil.copytree(repo / "samples" / "interactions", batches)
    return batches


def _stop_messages_in_one_and_two_workers(tmp_path, monkeypatch, batches):
    """Build `batches` serially and with two workers; both must stop with a UserError before writing the
    output folder. Returns the two messages."""
    import json

    from curation.build import build
    from curation.config import load_config
    from curation.errors import UserError
    from curation.ingest.interactions import source as source_mod

    cfg_path = tmp_path / "c.yaml"
    cfg_path.write_text(json.dumps({"inputs": {"interactions": [str(batches)]}, "output": {"dir": "out"}}))
    monkeypatch.setattr(source_mod, "PARALLEL_MIN_BYTES", 0)
    messages = []
    for workers in ("1", "2"):
        monkeypatch.setenv("UNWRITTEN_WORKERS", workers)
        with pytest.raises(UserError) as e:
            build(load_config(cfg_path), out_dir=tmp_path / f"out{workers}" / "unwritten")
        messages.append(str(e.value))
        assert not (tmp_path / f"out{workers}" / "unwritten").exists()
    return messages


def test_a_version_mix_stops_the_parallel_build_as_it_stops_the_serial_one(tmp_path, monkeypatch):
    import json

    batches = _samples_copy(tmp_path)
    typed = next(p for p in sorted(batches.rglob("*.json")) if '"master_truths_version": "v1.2"' in p.read_text())
    doc = json.loads(typed.read_text())
    doc["master_truths_version"] = "v1.1"
    (batches / "old_v11_batch.json").write_text(json.dumps(doc))
    messages = _stop_messages_in_one_and_two_workers(tmp_path, monkeypatch, batches)
    assert "mix Master Truths versions" in messages[0] and messages[0] == messages[1]


def test_the_missing_field_guard_stops_the_parallel_build_with_the_serial_message(tmp_path, monkeypatch):
    """The guard's message proposes a field_map from the first records of the type: workers ship only those
    (a worker's later files keep none), and the parent keeps them in stream order."""
    batches = _samples_copy(tmp_path)
    renamed = 0
    for p in sorted(batches.rglob("*.json")):
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # the samples' compressed and mis-encoded files
            continue
        if '"character_response"' in text:
            p.write_text(text.replace('"character_response"', '"reply_in_voice"'), encoding="utf-8")
            renamed += 1
    assert renamed >= 2
    messages = _stop_messages_in_one_and_two_workers(tmp_path, monkeypatch, batches)
    assert "reply_in_voice" in messages[0] and messages[0] == messages[1]
    # the files holding the records are named as one process names them (the workers' lists merged in file order)
    assert "(100%) in batches/training_output_v1.2/" in messages[0] and str(tmp_path) not in messages[0]


# ---- the split's prompt-leakage index on arrays ---------------------------------------------------------------
TRICKY = [
    "Don't stop—it's 'quoted' o'clock; naïve café, İstanbul ﬁne x_y  a''b 'lead trail' ’curly’ 123abc",
    "",
    "''",
    "a",
    "a'b'c d' 'e",
    "ＡＢＣ ｄｅｆ Ünïcödé—words…and more",
    "tab\tsep\nline\r\nbreak",
]


def test_word_spans_on_arrays_find_the_words_the_regex_finds():
    import random

    from curation.stages.leakage import _word_hashes, word_spans, words

    rng = random.Random(1)
    alphabet = "ab'’‘ _-.\n\t1é—İﬁ\u0301ß"
    texts = TRICKY + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(2000)]
    lowered = [t.lower().replace("’", "'").replace("‘", "'") for t in texts]
    for t, low in zip(texts, lowered, strict=True):
        starts, ends = word_spans(low)
        assert [low[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)] == words(t), t
    hashes, which = _word_hashes(lowered)
    expected = [(i, w) for i, t in enumerate(texts) for w in words(t)]
    assert which.tolist() == [i for i, _ in expected]
    by_word: dict[str, int] = {}
    for (_, w), h in zip(expected, hashes.tolist(), strict=True):
        assert by_word.setdefault(w, h) == h  # equal words, equal hashes
    assert len(set(by_word.values())) == len(by_word)  # and no two words share one


def test_overlap_index_in_files_and_small_chunks_finds_what_one_chunk_finds(tmp_path, monkeypatch):
    from curation.stages.leakage import OverlapIndex, prompt_answer_overlaps

    answers = [f"answer number {i} runs along the quay past the harbour wall to the lamp {i % 7}" for i in range(60)]
    records = []
    for i in range(60):
        prompt = f"Continue: {answers[(i * 7) % 60]}" if i % 3 == 0 else f"Write scene {i} in your own words please now"
        records.append(
            Record(
                f"r{i:03d}",
                "interaction",
                Source("f", i),
                conversations=[{"from": "human", "value": prompt}, {"from": "gpt", "value": answers[i]}],
                metadata={"split": ("train", "validation", "test")[i % 3]},
            )
        )
    whole = prompt_answer_overlaps(records, 8)
    assert whole["pairs"] > 0
    monkeypatch.setattr(OverlapIndex, "_CHUNK", 7)
    monkeypatch.setattr(OverlapIndex, "_CHARS", 300)
    index = OverlapIndex(8, tmp_path)
    for r in records:
        index.add(r)
    try:
        assert index.overlaps([r.metadata["split"] for r in records], [r.id for r in records]) == whole
    finally:
        index.close()
    assert not list(tmp_path.iterdir())


def test_conversation_counts_by_turn_equal_counts_of_the_whole_rendering():
    """The token budget counts a chatml conversation turn by turn (system turns remembered): the same counts as
    the whole rendered conversation, on turn texts that end and start in every way a piece could."""
    import random

    from curation.stages.token_budget import TokenBudget
    from curation.tokens import EncodingUnavailable, TiktokenCounter, render_chatml

    try:
        counter = TiktokenCounter("cl100k_base")
    except EncodingUnavailable:
        pytest.skip("tiktoken's cl100k_base file is not available offline")
    assert counter.additive_turns
    rng = random.Random(3)
    edges = [
        "",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "!",
        "?!",
        "<",
        "<|",
        "|>",
        "'s",
        "'",
        "123",
        "é",
        "日本",
        "\t",
        "  ",
        "/",
        ">",
    ]
    words = ["the", "lamp", "Harwich", "naïve", "3.14", "—", "…", "<|im_end|>", "<|im_start|>user", "'ll", "x_y"]

    def text() -> str:
        middle = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 8)))
        return rng.choice(edges) + middle + rng.choice(edges)

    systems = [text() for _ in range(3)]
    conversations = [
        [{"from": "system", "value": rng.choice(systems)}]
        + [{"from": ("human", "gpt")[k % 2], "value": text()} for k in range(rng.randrange(1, 5))]
        for _ in range(600)
    ]
    budget = TokenBudget(counter)
    whole = [counter.count(render_chatml(c)) for c in conversations]
    assert budget.count_conversations(conversations) == whole
    assert budget.count_conversations(conversations) == whole  # with the system counts remembered
