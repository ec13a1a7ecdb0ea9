"""Token counting and the token budget stage: counts, the length policy, splitting scenes, never truncating."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import make_interaction, make_scene
from curation.errors import UserError
from curation.records import Record
from curation.stages.base import Context
from curation.stages.token_budget import TokenBudget, percentile
from curation.tokens import (
    HFTokenizerCounter,
    TiktokenCounter,
    count_conversation,
    count_tokens,
    get_counter,
    render_chatml,
)


def make_tokenizer_json(path: Path) -> Path:
    """A small real BPE tokenizer.json with the chatml special tokens, trained locally (no download)."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=400,
        special_tokens=["<unk>", "<|im_start|>", "<|im_end|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    corpus = [
        "The lighthouse keeper counted the waves.",
        "She said nothing, and the sea answered.",
        "system user assistant human gpt",
    ] * 20
    tok.train_from_iterator(corpus, trainer)
    path.parent.mkdir(parents=True, exist_ok=True)
    tok.save(str(path))
    return path


def scene(text: str, i: int = 0, prompt: str = "Write the scene.") -> Record:
    return make_scene(i, text, prompt=prompt, group=f"g{i}", word_count=len(text.split()))


def interaction(text: str, i: int = 0) -> Record:
    return make_interaction(i, text, system=None)


def paragraphs(n: int, words: int = 60) -> str:
    return "\n\n".join(
        " ".join(f"word{p}x{w}." if w % 9 == 8 else f"word{p}x{w}" for w in range(words)) for p in range(n)
    )


def test_count_tokens_matches_tiktoken(tiktoken_file):
    import tiktoken

    text = "Kaelen drew the blade. <|im_end|> is plain text here."
    assert count_tokens(text) == len(tiktoken.get_encoding("cl100k_base").encode_ordinary(text))
    assert get_counter() is get_counter()  # cached encoder
    assert TiktokenCounter().count_batch(["a b", "", text]) == [count_tokens("a b"), 0, count_tokens(text)]


def test_render_chatml_and_conversation_count():
    turns = [{"from": "system", "value": "S"}, {"from": "human", "value": "Q"}, {"from": "gpt", "value": "A"}]
    rendered = render_chatml(turns)
    assert rendered == (
        "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\nA<|im_end|>\n"
    )
    assert count_conversation(turns) == count_tokens(rendered)


def test_tokenizer_json_counts_special_tokens_exactly(tmp_path):
    path = make_tokenizer_json(tmp_path / "tok" / "tokenizer.json")
    counter = HFTokenizerCounter(path.parent)  # a folder works too
    assert counter.exact
    ids = counter.tokenizer.encode("<|im_start|>user\nhi<|im_end|>", add_special_tokens=False).ids
    assert counter.tokenizer.token_to_id("<|im_start|>") == ids[0]
    assert counter.count("<|im_start|><|im_end|>") == 2
    assert counter.count_batch(["<|im_end|>", ""]) == [1, 0]


def test_tokenizer_json_errors_are_one_line(tmp_path):
    with pytest.raises(UserError, match="tokenizer file not found"):
        HFTokenizerCounter(tmp_path / "missing.json")
    bad = tmp_path / "tokenizer.json"
    bad.write_text("{not json")
    with pytest.raises(UserError, match="not a valid tokenizer.json"):
        HFTokenizerCounter(bad)


def run(stage: TokenBudget, records: list[Record]) -> tuple[list[Record], Context]:
    ctx = Context()
    out = list(stage(records, ctx))
    return out, ctx


def test_rows_within_budget_get_token_counts():
    stage = TokenBudget(get_counter(), sequence_len=4096)
    recs = [scene(paragraphs(2), 1), interaction("She smiled, then didn't.", 2)]
    out, ctx = run(stage, recs)
    assert [r.id for r in out] == ["s1", "i2"]
    for r in out:
        assert r.metadata["token_count"] == count_tokens(render_chatml(r.conversations))
    notes = ctx.ledger.stage("tokens").notes
    assert notes["all"]["rows"] == 2 and notes["counter"] == get_counter().name


def test_drop_policy_rejects_with_reason_never_truncates():
    stage = TokenBudget(get_counter(), sequence_len=200, policy="drop")
    long = scene(paragraphs(10), 1)
    short = interaction("Fine.", 2)
    out, ctx = run(stage, [long, short])
    assert [r.id for r in out] == ["i2"]
    counts = ctx.ledger.stage("tokens")
    assert counts.rejected == {"over_sequence_len": 1} and counts.balanced
    row = ctx.rejects.rows[0]
    assert row["id"] == "s1" and row["detail"]["tokens"] > 200


def test_raise_policy_names_file_and_place():
    stage = TokenBudget(get_counter(), sequence_len=200, policy="raise")
    with pytest.raises(UserError, match=r"novel.md: chapter 1, scene 3: \d+ tokens exceed sequence_len 200"):
        run(stage, [scene(paragraphs(10), 3)])


def test_split_policy_cuts_scenes_losslessly_into_fitting_parts():
    text = paragraphs(12)
    stage = TokenBudget(get_counter(), sequence_len=300, policy="split")
    out, ctx = run(stage, [scene(text, 1), interaction(paragraphs(8), 2)])
    parts = [r for r in out if r.kind == "scene"]
    assert len(parts) >= 3
    # every part fits, carries its exact count, and the parts rebuild the scene word for word
    for i, r in enumerate(parts, start=1):
        assert r.metadata["token_count"] == count_tokens(render_chatml(r.conversations)) <= 300
        assert r.metadata["split_part"] == i and r.metadata["split_parts"] == len(parts)
        assert r.group == "g1" and r.origin == "s1"
        assert r.conversations[1]["value"].endswith(f"(Part {i} of {len(parts)}.)")
        assert r.data["text"] == r.conversations[2]["value"]
    assert " ".join(r.conversations[2]["value"] for r in parts).split() == text.split()
    assert len({r.id for r in parts}) == len(parts)
    # interactions cannot be cut: rejected, and the ledger adds up with the created parts
    counts = ctx.ledger.stage("tokens")
    assert counts.rejected == {"over_sequence_len": 1}
    assert counts.created == len(parts) - 1 and counts.balanced


def test_split_falls_back_to_sentences_and_words():
    one_paragraph = " ".join(f"Sentence number {i} goes on a little while." for i in range(80))
    no_punctuation = " ".join(f"w{i}" for i in range(900))
    stage = TokenBudget(get_counter(), sequence_len=150, policy="split")
    out, ctx = run(stage, [scene(one_paragraph, 1), scene(no_punctuation, 2)])
    for origin, text in (("s1", one_paragraph), ("s2", no_punctuation)):
        parts = [r for r in out if r.origin == origin]
        assert len(parts) > 2 and all(r.metadata["token_count"] <= 150 for r in parts)
        assert " ".join(r.conversations[-1]["value"] for r in parts).split() == text.split()


def test_prompt_longer_than_budget_is_rejected_not_split():
    stage = TokenBudget(get_counter(), sequence_len=100, policy="split")
    out, ctx = run(stage, [scene("short answer", 1, prompt=paragraphs(3))])
    assert out == [] and ctx.ledger.stage("tokens").rejected == {"prompt_over_sequence_len": 1}


def test_exact_counts_with_tokenizer_json(tmp_path):
    counter = HFTokenizerCounter(make_tokenizer_json(tmp_path / "tokenizer.json"))
    stage = TokenBudget(counter, sequence_len=4096)
    out, _ = run(stage, [interaction("The sea answered.", 1)])
    rendered = render_chatml(out[0].conversations)
    assert out[0].metadata["token_count"] == len(counter.tokenizer.encode(rendered, add_special_tokens=False).ids)


def test_from_config_uses_stages_tokens_section(tmp_path, write_config):
    from curation.config import load_config

    tok = make_tokenizer_json(tmp_path / "tokenizer.json")
    tokens = {"sequence_len": 1024, "policy": "drop", "tokenizer_json": "tokenizer.json", "margin": 24}
    cfg = load_config(write_config({"stages": {"tokens": tokens}}))
    stage = TokenBudget.from_config(cfg.stages.tokens, roles=cfg.stages.contract.roles, resolve=cfg.resolve)
    assert stage.limit == 1000 and stage.policy == "drop" and stage.counter.exact
    with pytest.raises(UserError, match="did you mean 'policy'"):
        load_config(write_config({"stages": {"tokens": {"polcy": "drop"}}}, "bad.yaml"))
    assert tok.exists()


def test_percentile_nearest_rank():
    assert percentile([], 50) == 0
    assert percentile([5, 1, 3], 50) == 3
    assert percentile(list(range(1, 101)), 99) == 99
    assert percentile([7], 100) == 7


def test_offline_without_tiktoken_file_falls_back_to_a_labelled_estimate(tmp_path, monkeypatch):
    """First use on an offline machine: a clear estimate (named as such), never a traceback."""
    import tiktoken

    from curation import tokens

    def offline(name):
        raise ConnectionError("no network")

    monkeypatch.setattr(tiktoken, "get_encoding", offline)
    tokens.get_encoding.cache_clear()
    tokens.get_counter.cache_clear()
    try:
        counter = tokens.get_counter("cl100k_base")
        assert counter.name.startswith("approx") and not counter.exact
        text = "Kael felt the storm before he saw it, a pressure behind the eyes."
        assert 12 <= counter.count(text) <= 20
        assert tokens.count_tokens(text) == counter.count(text)
    finally:
        tokens.get_encoding.cache_clear()
        tokens.get_counter.cache_clear()
