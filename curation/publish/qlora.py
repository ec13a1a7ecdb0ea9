"""Axolotl QLoRA configs from the built dataset: scenes (style transfer), interactions, and both combined.

Axolotl silently ignores unknown keys, so a typo (`field_message`) only surfaces later as a failure on
every row. Every config we write is therefore validated by our own strict schema (`AxolotlQlora`, unknown
keys rejected with a "did you mean"), and, when the `axolotl` package is importable (or another Python
with it is named), by Axolotl's own config validation too.

`sequence_len` comes from the token counts of the rows (max by default, rounded up to a multiple of 256),
so Axolotl drops nothing for length; the expected training time is tokens x epochs / tokens-per-second.
"""

from __future__ import annotations

import difflib
import json
import math
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import __version__, atomic
from ..analytics.training_estimate import estimate_training
from ..errors import UserError
from ..outputs import check_output_file
from ..stages.token_budget import percentile

SUBSETS = {  # config name -> (JSONL folder under axolotl/, what it trains)
    "scenes": ("scenes", "style transfer on manuscript scenes"),
    "interactions": ("interactions", "character interactions"),
    "combined": ("", "scenes and interactions combined"),
}
#: conversation format (output.default_format) -> its folder under axolotl/
FORMAT_DIRS = {"conversations": "", "messages": "messages"}
FORMAT_NOTES = {"conversations": "ShareGPT from/value", "messages": "OpenAI-style role/content"}
CHATML_EOS = "<|im_end|>"


# ---- our strict schema of the keys we write -------------------------------------------------------
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AxolotlDataset(_Strict):
    path: str
    ds_type: Literal["json", "parquet"] | None = None
    data_files: str | list[str] | None = None
    split: str = "train"
    type: Literal["chat_template"]
    field_messages: str
    message_property_mappings: dict[Literal["role", "content"], str]
    roles: dict[Literal["system", "user", "assistant"], list[str]]
    roles_to_train: list[Literal["system", "user", "assistant"]] = Field(default_factory=lambda: ["assistant"])
    train_on_eos: Literal["all", "turn", "last", "none"] = "turn"


class SpecialTokens(_Strict):
    eos_token: str | None = None
    pad_token: str | None = None


class AxolotlQlora(_Strict):
    base_model: str
    load_in_4bit: Literal[True]
    adapter: Literal["qlora"]
    lora_r: int = Field(ge=1)
    lora_alpha: int = Field(ge=1)
    lora_dropout: float = Field(ge=0, lt=1)
    lora_target_linear: bool
    chat_template: str
    special_tokens: SpecialTokens | None = None
    datasets: list[AxolotlDataset] = Field(min_length=1)
    test_datasets: list[AxolotlDataset] | None = None
    val_set_size: float = 0.0
    dataset_prepared_path: str
    output_dir: str
    sequence_len: int = Field(ge=64)
    sample_packing: bool
    eval_sample_packing: bool
    pad_to_sequence_len: bool
    micro_batch_size: int = Field(ge=1)
    gradient_accumulation_steps: int = Field(ge=1)
    num_epochs: float = Field(gt=0)
    learning_rate: float = Field(gt=0)
    optimizer: str
    lr_scheduler: str
    warmup_steps: int = Field(ge=0)
    weight_decay: float = 0.0
    train_on_inputs: bool
    bf16: Literal["auto"] | bool
    tf32: bool
    gradient_checkpointing: bool
    logging_steps: int = Field(ge=1)
    evals_per_epoch: int | None = None
    saves_per_epoch: int | None = None
    seed: int


def _did_you_mean(name: str, model: type[BaseModel]) -> str:
    match = difflib.get_close_matches(name, list(model.model_fields), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


def validate_structure(config: dict[str, Any], source: str = "qlora config") -> AxolotlQlora:
    """Our strict check: unknown or misspelled keys, wrong types, missing keys -> one UserError."""
    try:
        return AxolotlQlora.model_validate(config)
    except ValidationError as err:
        lines = []
        for e in err.errors():
            loc = [p for p in e["loc"]]
            key = ".".join(str(p) for p in loc)
            if e["type"] == "extra_forbidden":
                owner = AxolotlDataset if any(p in ("datasets", "test_datasets") for p in loc) else AxolotlQlora
                owner = SpecialTokens if loc and loc[0] == "special_tokens" else owner
                lines.append(f"{source}: unknown key '{key}'{_did_you_mean(str(loc[-1]), owner)}")
            else:
                lines.append(f"{source}: '{key}': {e['msg']}")
        raise UserError("\n".join(lines)) from None


_AXOLOTL_CHECK = """
import json, sys, yaml
from axolotl.utils.dict import DictDefault
from axolotl.utils.config import validate_config
cfg = yaml.safe_load(open(sys.argv[1]))
try:
    validate_config(DictDefault(cfg))
except Exception as e:
    print(json.dumps({"ok": False, "error": f"{type(e).__name__}: {e}"})); sys.exit(0)
print(json.dumps({"ok": True}))
"""


def validate_with_axolotl(path: Path, python: str | None = None) -> str | None:
    """Axolotl's own config validation: in-process when importable, else via `python` if given.

    Returns "ok" / "skipped: ..." and raises UserError when Axolotl rejects the config."""
    if python is None:
        try:
            import axolotl  # noqa: F401
        except ImportError:
            return "skipped: axolotl is not installed (pip install 'unwritten-curation[axolotl]')"
        python = sys.executable
    done = subprocess.run([python, "-c", _AXOLOTL_CHECK, str(path)], capture_output=True, text=True)
    last = (done.stdout.strip().splitlines() or [""])[-1]
    try:
        verdict = json.loads(last)
    except json.JSONDecodeError:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise UserError(f"{path}: axolotl validation could not run with {python}: {tail}") from None
    if not verdict["ok"]:
        raise UserError(f"{path}: axolotl rejects the config: {verdict['error'].splitlines()[0]}")
    return "ok"


# ---- numbers from the data ------------------------------------------------------------------------
def read_token_counts(jsonl: Path) -> list[int]:
    """token_count of every row (metadata written by the token budget stage)."""
    if not jsonl.is_file():
        return []
    out = []
    with jsonl.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            count = (json.loads(line).get("metadata") or {}).get("token_count")
            if not isinstance(count, int):
                raise UserError(f"{jsonl}: line {n}: no metadata.token_count (rebuild with the token budget stage)")
            out.append(count)
    return out


def sequence_len_for(counts: list[int], qcfg: Any, tokens_cfg: Any) -> int:
    """Smallest multiple of 256 holding the chosen percentile (default: every row), within bounds."""
    need = percentile(counts, qcfg.sequence_len_percentile) if counts else qcfg.min_sequence_len
    return max(qcfg.min_sequence_len, min(tokens_cfg.sequence_len, 256 * math.ceil(need / 256)))


# ---- writing the configs --------------------------------------------------------------------------
@dataclass
class WrittenConfig:
    name: str
    path: Path
    sequence_len: int
    estimate: dict[str, Any]
    axolotl_check: str | None


def _dataset_entry(location: str, rel: str, hub: bool, roles: Any, fmt: str = "conversations") -> dict[str, Any]:
    """One Axolotl `chat_template` dataset: ShareGPT rows (from/value, our role names) or OpenAI-style
    `messages` rows (role/content, system/user/assistant)."""
    entry: dict[str, Any] = (
        {"path": location, "data_files": rel, "ds_type": "json"}
        if hub
        else {"path": f"{location}/{rel}", "ds_type": "json"}
    )
    if fmt == "messages":
        mapping = {
            "field_messages": "messages",
            "message_property_mappings": {"role": "role", "content": "content"},
            "roles": {"system": ["system"], "user": ["user"], "assistant": ["assistant"]},
        }
    else:
        mapping = {
            "field_messages": "conversations",
            "message_property_mappings": {"role": "from", "content": "value"},
            "roles": {"system": [roles.system], "user": [roles.user], "assistant": [roles.assistant]},
        }
    entry.update(
        {"split": "train", "type": "chat_template", **mapping, "roles_to_train": ["assistant"], "train_on_eos": "turn"}
    )
    return entry


def build_config(
    name: str, cfg: Any, dataset_dir: Path, location: str, hub: bool, runs: str | None = None
) -> tuple[dict[str, Any], dict]:
    """One Axolotl config; `location` is the dataset (an absolute folder or a Hub repo id), `runs` the absolute
    folder for Axolotl's prepared data and outputs (default: output.qlora.output_root as written)."""
    q, roles = cfg.output.qlora, cfg.stages.contract.roles
    fmt = getattr(cfg.output, "default_format", "conversations")
    sub = SUBSETS[name][0]
    folder = "".join(f"{p}/" for p in (FORMAT_DIRS[fmt], sub) if p)
    rel = lambda split: f"axolotl/{folder}{split}.jsonl"  # noqa: E731
    train = read_token_counts(dataset_dir / rel("train"))
    if not train:
        raise UserError(
            f"{dataset_dir / rel('train')}: no training rows for the '{name}' config "
            "(build first; does the dataset have this kind of rows?)"
        )
    everything = (
        train + read_token_counts(dataset_dir / rel("validation")) + read_token_counts(dataset_dir / rel("test"))
    )
    seq = sequence_len_for(everything, q, cfg.stages.tokens)
    est = estimate_training(sum(train), q, len(train), seq)
    warmup = min(q.warmup_steps, max(1, est["total_steps"] // 10))
    config: dict[str, Any] = {
        "base_model": q.base_model,
        "load_in_4bit": True,
        "adapter": "qlora",
        "lora_r": q.lora_r,
        "lora_alpha": q.lora_alpha,
        "lora_dropout": q.lora_dropout,
        "lora_target_linear": True,
        "chat_template": q.chat_template,
        "datasets": [_dataset_entry(location, rel("train"), hub, roles, fmt)],
    }
    if q.chat_template == "chatml":
        config["special_tokens"] = {"eos_token": CHATML_EOS}  # else the turn terminator is never trained
    if read_token_counts(dataset_dir / rel("validation")):
        config["test_datasets"] = [_dataset_entry(location, rel("validation"), hub, roles, fmt)]
    config.update(
        {
            "val_set_size": 0.0,
            "dataset_prepared_path": f"{runs or q.output_root}/last_run_prepared/{name}",
            "output_dir": f"{runs or q.output_root}/qlora-{name}",
            "sequence_len": seq,
            "sample_packing": q.sample_packing,
            "eval_sample_packing": False,
            "pad_to_sequence_len": q.sample_packing,
            "micro_batch_size": q.micro_batch_size,
            "gradient_accumulation_steps": q.gradient_accumulation_steps,
            "num_epochs": q.num_epochs,
            "learning_rate": q.learning_rate,
            "optimizer": "paged_adamw_8bit",
            "lr_scheduler": "cosine",
            "warmup_steps": warmup,
            "weight_decay": 0.0,
            "train_on_inputs": False,
            "bf16": "auto",
            "tf32": False,
            "gradient_checkpointing": True,
            "logging_steps": 10,
            "evals_per_epoch": 2 if "test_datasets" in config else None,
            "saves_per_epoch": 1,
            "seed": cfg.seed,
        }
    )
    if config["evals_per_epoch"] is None:
        del config["evals_per_epoch"]
    header = {
        "name": name,
        "what": SUBSETS[name][1],
        "estimate": est,
        "test_file": rel("test"),
        "format": fmt,
        "train_file": rel("train"),
        "hub": hub,
        "base_model": q.base_model,
        "sequence_len": seq,
        "lora": (q.lora_r, q.lora_alpha, q.lora_dropout),
        "warmup_capped": warmup != q.warmup_steps,
        "spec_warmup": q.warmup_steps,
        "exact_counts": bool(cfg.stages.tokens.tokenizer_json),
    }
    return config, header


def _trl_lines(h: dict[str, Any], location: str) -> list[str]:
    """The same data for TRL's SFTTrainer, which reads OpenAI-style `messages` (role/content)."""
    train = (
        h["train_file"].replace("axolotl/", "axolotl/messages/", 1) if h["format"] != "messages" else h["train_file"]
    )
    files = f'data_files="{train}"' if h["hub"] else f'data_files="{location}/{train}"'
    source = f'"{location}", {files}' if h["hub"] else f'"json", {files}'
    return [
        f"Rows: {h['format']} ({FORMAT_NOTES[h['format']]}); set output.default_format to switch.",
        "TRL instead of Axolotl (the messages rows, which SFTTrainer renders with the model's chat template):",
        f'  train = datasets.load_dataset({source}, split="train")',
        f'  trl.SFTTrainer(model="{h["base_model"]}", train_dataset=train, args=trl.SFTConfig('
        f"max_length={h['sequence_len']}, ...), peft_config=peft.LoraConfig(r={h['lora'][0]}, "
        f'lora_alpha={h["lora"][1]}, lora_dropout={h["lora"][2]}, target_modules="all-linear"))',
    ]


def _comment(h: dict[str, Any], location: str) -> str:
    e = h["estimate"]
    lines = [
        f"Axolotl QLoRA config: {h['what']}.",
        f"Generated by unwritten-curation {__version__} (`unwritten qlora`); edit the generator, not this file.",
        f"Dataset: {location}; validation split -> test_datasets; held-out test split: {h['test_file']}"
        " (evaluate after training, never trained on).",
        f"Expected training time: {e['duration']} = {e['train_tokens']:,} train tokens x {e['epochs']} epochs"
        f" / {e['tokens_per_second']:,.0f} tokens/s (output.qlora.tokens_per_second);"
        f" ~{e['total_steps']} optimizer steps.",
    ]
    lines.append(
        "Paths are absolute (Axolotl resolves relative ones against the folder it runs in), so this runs "
        "from any folder; on another machine push the dataset and use `unwritten qlora --dataset REPO_ID`, "
        "or rerun `unwritten qlora` there. Offline: HF_HUB_OFFLINE=1 AXOLOTL_DO_NOT_TRACK=1 "
        "axolotl preprocess <this file>."
    )
    lines += _trl_lines(h, location)
    if h["warmup_capped"]:
        lines.append(
            f"warmup_steps capped at 10% of the {e['total_steps']} steps (spec value {h['spec_warmup']}"
            " would never reach the peak learning rate)."
        )
    if not h["exact_counts"]:
        lines.append(
            "Token counts are tiktoken estimates; set stages.tokens.tokenizer_json for the model's exact counts."
        )
    return "".join(f"# {line}\n" for line in lines)


def write_qlora_configs(
    cfg: Any,
    dataset_dir: Path | None = None,
    out_dir: Path | None = None,
    dataset: str | None = None,
    names: list[str] | None = None,
    axolotl_python: str | None = None,
) -> list[WrittenConfig]:
    """Write, validate and return the QLoRA configs (default: all three) under output.qlora.out_dir."""
    q = cfg.output.qlora
    dataset_dir = Path(dataset_dir) if dataset_dir else cfg.resolve(cfg.output.dir)
    out_dir = Path(out_dir) if out_dir else cfg.resolve(q.out_dir)
    if not (dataset_dir / "axolotl").is_dir():
        raise UserError(f"dataset folder not found or not built: {dataset_dir} (run `unwritten build` first)")
    hub = (
        q.dataset == "hub"
        if dataset is None
        else not Path(dataset).exists() and "/" in dataset and not dataset.startswith((".", "/"))
    )
    if dataset is None:
        if hub and not cfg.output.hub_repo_id:
            raise UserError("output.qlora.dataset is 'hub' but output.hub_repo_id is not set")
        dataset = cfg.output.hub_repo_id if hub else str(dataset_dir)
    if not hub:  # Axolotl resolves relative paths against the folder it runs in: write absolute ones
        dataset = Path(dataset).expanduser().resolve().as_posix()
    runs = cfg.resolve(q.output_root).as_posix()
    written = []
    for name in names or list(SUBSETS):
        if name not in SUBSETS:
            raise UserError(f"unknown QLoRA config '{name}' (choose from {', '.join(SUBSETS)})")
        config, header = build_config(name, cfg, dataset_dir, dataset.rstrip("/"), hub, runs)
        path = out_dir / f"{name}.yaml"
        validate_structure(config, str(path))
        check_output_file(path, [cfg.path], option="--out")  # never over a file the tool did not write
        atomic.write_text(path, _comment(header, dataset) + yaml.safe_dump(config, sort_keys=False, width=100))
        check = validate_with_axolotl(path, axolotl_python)
        written.append(WrittenConfig(name, path, config["sequence_len"], header["estimate"], check))
    return written
