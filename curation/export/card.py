"""The dataset card (README.md of the dataset folder): YAML metadata + a human-readable audit report.

Minimal first version (owned next by the publishing work, which renders it from a Jinja2 template in
`dataset_cards/`): the YAML header carries `configs` and `dataset_info` so `load_dataset` and the Hub
read the folder correctly; the body summarises the build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M")):
        if n < limit:
            return label
    return "1M<n<10M"


def card_yaml(meta: dict[str, Any], config: Any) -> dict[str, Any]:
    n = sum(sum(c.values()) for c in meta.get("counts", {}).values())
    return {
        "pretty_name": config.output.pretty_name,
        "license": config.output.license,
        "language": ["en"],
        "task_categories": ["text-generation"],
        "tags": ["fiction", "roleplay", "synthetic", "axolotl", "qlora", "narrative"],
        "size_categories": [size_category(n)],
        "configs": meta["configs"],
        "dataset_info": meta["dataset_info"],
    }


def render_card(meta: dict[str, Any], report: dict[str, Any], config: Any,
                existing_readme: str | None, dataset_dir: Path) -> str:
    header = yaml.safe_dump(card_yaml(meta, config), sort_keys=False, allow_unicode=True, width=120)
    lines = [f"# {config.output.pretty_name}", "",
             "Built by unwritten-curation from generated interaction batches and manuscript scenes.", "",
             "## Splits", "", "| config | train | validation | test |", "|---|---:|---:|---:|"]
    for cfg_name, splits in meta.get("counts", {}).items():
        lines.append(f"| {cfg_name} | {splits.get('train', 0)} | {splits.get('validation', 0)} | "
                     f"{splits.get('test', 0)} |")
    lines += ["", "## Stage funnel", "", "| stage | in | out | rejected |", "|---|---:|---:|---:|"]
    for s in report.get("ledger", []):
        lines.append(f"| {s['stage']} | {s['in']} | {s['out']} | {s['rejected']} |")
    return f"---\n{header}---\n\n" + "\n".join(lines) + "\n"
