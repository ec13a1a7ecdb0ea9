"""Every trainer: the `messages` config (OpenAI-style role/content) beside ShareGPT `conversations`.

The same rows in both formats, Parquet and JSONL; the default config chosen by `output.default_format`;
the QLoRA configs and the card showing Axolotl and TRL use; and a real `transformers` chat template
(Qwen-style chatml, in a tokenizer folder made here, nothing downloaded) rendering every turn.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from datasets import load_dataset

from curation.config import Config
from curation.export.card import render_card
from curation.export.dataset_folder import write_dataset_folder
from curation.publish.hub import check_folder
from curation.publish.qlora import validate_structure, write_qlora_configs
from curation.records import Record

#: The structure of Qwen's chat template: only system/user/assistant turns are rendered.
QWEN_STYLE_TEMPLATE = (
    "{%- for message in messages %}"
    "{%- if message.role == 'system' and loop.first %}<|im_start|>system\n{{ message.content }}<|im_end|>\n"
    "{%- elif message.role == 'user' %}<|im_start|>user\n{{ message.content }}<|im_end|>\n"
    "{%- elif message.role == 'assistant' %}<|im_start|>assistant\n{{ message.content }}<|im_end|>\n"
    "{%- endif %}{%- endfor %}"
    "{%- if add_generation_prompt %}<|im_start|>assistant\n{%- endif %}"
)


def _write(folder: Path, records: list[Record], cfg: Config | None = None) -> dict:
    cfg = cfg or Config()
    meta = write_dataset_folder(
        folder, records, default_format=cfg.output.default_format, roles=cfg.stages.contract.roles
    )
    (folder / "README.md").write_text(render_card(meta, {"ledger": []}, cfg, None, folder), encoding="utf-8")
    return meta


def test_messages_config_holds_the_same_rows_in_openai_form(tmp_path, split_records):
    meta = _write(tmp_path, split_records)
    assert meta["counts"]["messages"] == meta["counts"]["conversations"] == {"train": 6, "validation": 2, "test": 2}
    conv = load_dataset(str(tmp_path), "conversations")
    msgs = load_dataset(str(tmp_path), "messages")
    roles = {"system": "system", "human": "user", "gpt": "assistant"}
    for split in ("train", "validation", "test"):
        a = sorted(conv[split], key=lambda r: r["metadata"]["id"])
        b = sorted(msgs[split], key=lambda r: r["metadata"]["id"])
        assert len(a) == len(b)
        for ra, rb in zip(a, b, strict=False):
            assert rb["messages"] == [{"role": roles[t["from"]], "content": t["value"]} for t in ra["conversations"]]
            assert rb["metadata"] == ra["metadata"]
    # the JSONL twins, per kind too
    for rel in ("messages/train.jsonl", "messages/scenes/train.jsonl", "messages/interactions/validation.jsonl"):
        rows = [json.loads(x) for x in (tmp_path / "axolotl" / rel).read_text().splitlines()]
        assert rows and all([m["role"] for m in r["messages"]] == ["system", "user", "assistant"] for r in rows)
    check_folder(tmp_path)  # the push's row contract accepts both formats


def test_default_format_chooses_the_default_config(tmp_path, split_records):
    header = lambda folder: yaml.safe_load((folder / "README.md").read_text().split("---\n")[1])  # noqa: E731
    _write(tmp_path / "a", split_records)
    assert [c["config_name"] for c in header(tmp_path / "a")["configs"] if c.get("default")] == ["conversations"]
    assert "conversations" in load_dataset(str(tmp_path / "a"))["train"].column_names

    cfg = Config.model_validate({"output": {"default_format": "messages"}})
    _write(tmp_path / "b", split_records, cfg)
    h = header(tmp_path / "b")
    assert [c["config_name"] for c in h["configs"] if c.get("default")] == ["messages"]
    assert {c["config_name"] for c in h["configs"]} == {"conversations", "messages", "interactions", "scenes"}
    assert load_dataset(str(tmp_path / "b"))["train"].column_names == ["messages", "metadata"]
    card = (tmp_path / "b" / "README.md").read_text()
    assert (
        "field_messages: messages" in card
        and "SFTTrainer" in card
        and 'load_dataset("./builders/unwritten", "messages")' in card
    )


def test_qlora_configs_follow_the_default_format_and_show_trl(tmp_path, split_records):
    folder = tmp_path / "built"
    _write(folder, split_records)
    cfg = Config.model_validate({"root": str(tmp_path), "output": {"dir": "built", "default_format": "messages"}})
    written = write_qlora_configs(cfg, folder, tmp_path / "qlora")
    for w in written:
        text = w.path.read_text()
        c = yaml.safe_load(text)
        validate_structure(c)  # our key-by-key check (Axolotl's own runs too when installed)
        ds = c["datasets"][0]
        assert ds["field_messages"] == "messages" and ds["message_property_mappings"] == {
            "role": "role",
            "content": "content",
        }
        assert ds["roles"] == {"system": ["system"], "user": ["user"], "assistant": ["assistant"]}
        assert "/axolotl/messages/" in ds["path"] and Path(ds["path"]).exists() or (tmp_path / ds["path"]).exists()
        assert "# TRL instead of Axolotl" in text and "trl.SFTTrainer" in text
    # ShareGPT configs keep the from/value mapping and also point TRL at the messages rows
    [w] = write_qlora_configs(
        Config.model_validate({"root": str(tmp_path), "output": {"dir": "built"}}),
        folder,
        tmp_path / "q2",
        names=["combined"],
    )
    c = yaml.safe_load(w.path.read_text())
    assert c["datasets"][0]["field_messages"] == "conversations"
    assert "axolotl/messages/train.jsonl" in w.path.read_text()


def make_chat_tokenizer(folder: Path) -> Path:
    """A tiny local BPE tokenizer folder (tokenizer.json + tokenizer_config.json with a chatml template)."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=["<unk>", "<|im_start|>", "<|im_end|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(["system user assistant The lighthouse keeper counted the waves."] * 10, trainer)
    folder.mkdir(parents=True, exist_ok=True)
    tok.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "PreTrainedTokenizerFast",
                "eos_token": "<|im_end|>",
                "unk_token": "<unk>",
                "pad_token": "<|im_end|>",
                "chat_template": QWEN_STYLE_TEMPLATE,
            }
        )
    )
    return folder


def test_a_chat_template_renders_every_turn_of_the_messages_rows(tmp_path, split_records):
    pytest.importorskip("transformers")
    from transformers import AutoTokenizer

    _write(tmp_path / "built", split_records)
    tok = AutoTokenizer.from_pretrained(str(make_chat_tokenizer(tmp_path / "tok")))
    rows = [r for split in load_dataset(str(tmp_path / "built"), "messages").values() for r in split]
    assert len(rows) == 10
    for row in rows:
        rendered = tok.apply_chat_template(row["messages"], tokenize=False)
        for m in row["messages"]:
            assert f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>" in rendered
        assert rendered.count("<|im_start|>") == len(row["messages"]) == 3
    # the problem this config solves: ShareGPT roles (human/gpt) given as-is render the system turn only
    sharegpt = load_dataset(str(tmp_path / "built"), "conversations")["train"][0]["conversations"]
    as_is = [{"role": t["from"], "content": t["value"]} for t in sharegpt]
    assert tok.apply_chat_template(as_is, tokenize=False).count("<|im_start|>") == 1
