"""QLoRA configs: the right Axolotl keys from the built data, strict validation of keys, time estimate."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml

from builders import build_folder
from curation.analytics.training_estimate import estimate_training
from curation.config import Config
from curation.errors import UserError
from curation.publish.qlora import build_config, validate_structure, write_qlora_configs


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    folder, _, _ = build_folder(tmp_path_factory.mktemp("qlora"))
    return folder


def test_writes_three_validated_configs_from_the_data(dataset, tmp_path):
    cfg = Config()
    written = write_qlora_configs(cfg, dataset, tmp_path / "qlora")
    assert [w.name for w in written] == ["scenes", "interactions", "combined"]
    for w in written:
        text = w.path.read_text()
        assert text.startswith("# Axolotl QLoRA config") and "Expected training time" in text
        c = yaml.safe_load(text)
        validate_structure(c)
        assert (c["adapter"], c["load_in_4bit"], c["lora_r"], c["lora_alpha"], c["lora_dropout"]) == (
            "qlora",
            True,
            16,
            32,
            0.05,
        )
        assert (c["learning_rate"], c["num_epochs"], c["micro_batch_size"], c["gradient_accumulation_steps"]) == (
            2e-4,
            3,
            8,
            4,
        )
        assert c["chat_template"] == "chatml" and c["special_tokens"] == {"eos_token": "<|im_end|>"}
        ds = c["datasets"][0]
        assert ds["type"] == "chat_template" and ds["field_messages"] == "conversations"
        assert ds["message_property_mappings"] == {"role": "from", "content": "value"}
        assert ds["roles"] == {"system": ["system"], "user": ["human"], "assistant": ["gpt"]}
        assert c["test_datasets"][0]["path"].endswith("validation.jsonl")
        assert c["sample_packing"] is True and c["sequence_len"] % 256 == 0
        assert w.axolotl_check.startswith("skipped") or w.axolotl_check == "ok"
    by = {w.name: yaml.safe_load(w.path.read_text()) for w in written}
    # absolute paths: Axolotl resolves relative ones against the folder it runs in
    assert by["scenes"]["datasets"][0]["path"] == f"{dataset.resolve().as_posix()}/axolotl/scenes/train.jsonl"
    assert by["combined"]["datasets"][0]["path"] == f"{dataset.resolve().as_posix()}/axolotl/train.jsonl"
    runs = Path.cwd().resolve() / "outputs"  # Config() without a file: output_root relative to the current folder
    assert by["combined"]["output_dir"] == f"{runs.as_posix()}/qlora-combined"
    assert by["combined"]["dataset_prepared_path"] == f"{runs.as_posix()}/last_run_prepared/combined"
    assert "from any folder" in written[0].path.read_text()
    # sequence_len covers the longest row of the subset (nothing dropped for length), floor 256
    longest = max(
        json.loads(line)["metadata"]["token_count"]
        for s in ("train", "validation", "test")
        for line in (dataset / "axolotl" / "scenes" / f"{s}.jsonl").read_text().splitlines()
    )
    assert by["scenes"]["sequence_len"] >= longest and by["interactions"]["sequence_len"] == 256


def test_hub_dataset_path(dataset, tmp_path):
    cfg = Config.model_validate({"output": {"hub_repo_id": "alice/unwritten", "qlora": {"dataset": "hub"}}})
    [w] = write_qlora_configs(cfg, dataset, tmp_path, names=["interactions"])
    ds = yaml.safe_load(w.path.read_text())["datasets"][0]
    assert ds["path"] == "alice/unwritten" and ds["data_files"] == "axolotl/interactions/train.jsonl"
    with pytest.raises(UserError, match="hub_repo_id is not set"):
        write_qlora_configs(Config.model_validate({"output": {"qlora": {"dataset": "hub"}}}), dataset, tmp_path)


@pytest.mark.parametrize(
    "mutate,message",
    [
        (
            lambda c: c["datasets"][0].update(field_message=c["datasets"][0].pop("field_messages")),
            "unknown key 'datasets.0.field_message' (did you mean 'field_messages'?)",
        ),
        (lambda c: c.update(lora_alpah=c.pop("lora_alpha")), "unknown key 'lora_alpah' (did you mean 'lora_alpha'?)"),
        (lambda c: c.update(adapter="lora"), "'adapter'"),
        (lambda c: c["datasets"][0].update(type="sharegpt"), "'datasets.0.type'"),
        (lambda c: c["datasets"][0]["message_property_mappings"].update(contnt="value"), "message_property_mappings"),
        (
            lambda c: c.update(special_tokens={"eos_tokn": "<|im_end|>"}),
            "unknown key 'special_tokens.eos_tokn' (did you mean 'eos_token'?)",
        ),
    ],
)
def test_strict_validation_rejects_typos_axolotl_would_ignore(dataset, mutate, message):
    config, _ = build_config("combined", Config(), dataset, "builders/unwritten", hub=False)
    validate_structure(config)
    bad = copy.deepcopy(config)
    mutate(bad)
    with pytest.raises(UserError) as e:
        validate_structure(bad, "combined.yaml")
    assert message in str(e.value) and str(e.value).startswith("combined.yaml:")


def test_training_time_estimate():
    q = Config().output.qlora
    e = estimate_training(1_000_000, q, train_rows=2000, sequence_len=2048)
    assert e["tokens_total"] == 3_000_000 and e["seconds"] == 2000 and e["duration"] == "33 min"
    assert e["steps_per_epoch"] == 17 and e["total_steps"] == 51  # ceil(ceil(1e6 / (2048 * .95)) / 32)
    assert estimate_training(0, q)["hours"] == 0


def test_missing_dataset_is_one_line_error(tmp_path):
    with pytest.raises(UserError, match="dataset folder not found or not built: .*nothing"):
        write_qlora_configs(Config(), tmp_path / "nothing", tmp_path / "out", names=["scenes"])


def test_config_without_rows_of_its_kind_is_one_line_error(tmp_path):
    (tmp_path / "built" / "axolotl").mkdir(parents=True)
    with pytest.raises(UserError, match="no training rows for the 'scenes' config"):
        write_qlora_configs(Config(), tmp_path / "built", tmp_path / "out", names=["scenes"])


def test_cli_writes_configs(dataset, tmp_path, capsys):
    from curation.cli import main

    cfg_file = tmp_path / "c.yaml"
    cfg_file.write_text("root: .\n")
    assert (
        main(
            [
                "qlora",
                "--config",
                str(cfg_file),
                "--dir",
                str(dataset),
                "--out",
                str(tmp_path / "q"),
                "--only",
                "scenes",
            ]
        )
        == 0
    )
    assert (tmp_path / "q" / "scenes.yaml").is_file() and not (tmp_path / "q" / "combined.yaml").exists()
    assert "QLoRA configs" in capsys.readouterr().out
