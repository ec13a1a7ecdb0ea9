"""Write the Hugging Face dataset folder: Parquet per config and split, the Axolotl JSONL, the YAML metadata.

Layout (what `load_dataset("./builders/unwritten")` reads and what gets pushed):

    README.md                         card; its YAML header declares `configs` and `dataset_info`
    data/<config>/<split>.parquet     conversations, messages, interactions, scenes
    axolotl/<split>.jsonl             the conversation rows (ShareGPT from/value) as JSON lines, for Axolotl
    axolotl/{scenes,interactions}/<split>.jsonl   the same rows, one subset per kind
    axolotl/messages/...              the same files with OpenAI-style messages (role/content)

`conversations` and `messages` hold the same rows in the two formats trainers read; which one is the
default config (what `load_dataset(folder)` returns) is `output.default_format`.

Rows are sorted by id inside each split and written with fixed Parquet settings, so the same records give
byte-identical files.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from .. import atomic
from ..records import Record
from .features import CONFIGS, CONVERSATION_FORMATS, FEATURES, OPENAI_ROLES, ROW_BUILDERS, SPLITS, messages_row

DEFAULT_CONFIG = "conversations"
#: record kind -> folder of its own Axolotl JSONL subset (axolotl/<subset>/<split>.jsonl)
AXOLOTL_SUBSETS = {"scene": "scenes", "interaction": "interactions"}
#: conversation format -> its folder under axolotl/ (ShareGPT rows stay where they always were)
AXOLOTL_FORMAT_DIRS = {"conversations": "", "messages": "messages"}


def _jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows)


def _arrow_table(rows: list[dict[str, Any]], config: str) -> pa.Table:
    features = FEATURES[config]
    schema = features.arrow_schema.with_metadata(
        {"huggingface": json.dumps({"info": {"features": features.to_dict()}}, sort_keys=True)})
    return pa.Table.from_pylist(rows, schema=schema)


def _parquet_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd", use_dictionary=True, write_statistics=True,
                   row_group_size=10_000)
    return buf.getvalue()


def split_of(r: Record) -> str:
    split = r.metadata.get("split")
    if split not in SPLITS:
        raise ValueError(f"record {r.id} has no split assigned (got {split!r})")
    return split


def openai_roles(output: Any = None) -> dict[str, str]:
    """Our configured role names (output.contract.roles) -> system / user / assistant."""
    if output is None:
        return dict(OPENAI_ROLES)
    r = output.contract.roles
    return {r.system: "system", r.user: "user", r.assistant: "assistant"}


def rows_by_config(records: Iterable[Record], roles: dict[str, str] | None = None
                   ) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """{config: {split: [row, ...]}}; interactions are written once per origin sample."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {c: defaultdict(list) for c in CONFIGS}
    seen_origin: set[str] = set()
    for r in sorted(records, key=lambda r: r.id):
        split = split_of(r)
        for config, (wanted, build_row) in ROW_BUILDERS.items():
            if not wanted(r):
                continue
            if config == "interactions":
                key = r.origin or r.id
                if key in seen_origin:
                    continue
                seen_origin.add(key)
            out[config][split].append(messages_row(r, roles) if config == "messages" else build_row(r))
    return out


def write_dataset_folder(folder: Path, records: list[Record], output: Any = None) -> dict[str, Any]:
    """Write data files into `folder`; return the YAML metadata (`configs`, `dataset_info`) and counts.

    `output`: the config's `output` section (default format, role names); None = the defaults."""
    folder = Path(folder)
    default = getattr(output, "default_format", None) or DEFAULT_CONFIG
    tables = rows_by_config(records, openai_roles(output))
    configs_yaml: list[dict[str, Any]] = []
    infos: list[dict[str, Any]] = []
    counts: dict[str, dict[str, int]] = {}
    for config in CONFIGS:
        per_split = tables[config]
        if not any(per_split.values()):
            continue
        data_files, splits_info = [], []
        counts[config] = {}
        for split in SPLITS:
            rows = per_split.get(split, [])
            counts[config][split] = len(rows)
            if not rows:  # a zero-row Parquet file makes load_dataset fail; an absent split is honest
                continue
            table = _arrow_table(rows, config)
            data = _parquet_bytes(table)
            rel = f"data/{config}/{split}.parquet"
            atomic.write_bytes(folder / rel, data)
            data_files.append({"split": split, "path": rel})
            splits_info.append({"name": split, "num_bytes": table.nbytes, "num_examples": len(rows)})
        entry: dict[str, Any] = {"config_name": config, "data_files": data_files}
        if config == default:
            entry["default"] = True
        configs_yaml.append(entry)
        infos.append({
            "config_name": config,
            "features": FEATURES[config]._to_yaml_list(),
            "splits": splits_info,
            "download_size": sum((folder / f["path"]).stat().st_size for f in data_files),
            "dataset_size": sum(s["num_bytes"] for s in splits_info),
        })
    for fmt in CONVERSATION_FORMATS:
        base = folder / "axolotl" / AXOLOTL_FORMAT_DIRS[fmt]
        for split in SPLITS:
            rows = tables[fmt].get(split, [])
            atomic.write_text(base / f"{split}.jsonl", _jsonl(rows))
            # one subset per kind, so a QLoRA config can train on scenes or interactions alone
            for kind, subset in AXOLOTL_SUBSETS.items():
                atomic.write_text(base / subset / f"{split}.jsonl",
                                  _jsonl(r for r in rows if r["metadata"]["kind"] == kind))
    return {"configs": configs_yaml, "dataset_info": infos, "counts": counts}
