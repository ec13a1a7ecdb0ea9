"""Records, configs and a built folder tests make by hand, made in one place; conftest.py serves them as
fixtures (`make_scene`, `make_interaction`, `split_records`, `write_config`), and a module-level helper of a
test file imports them from here (`build_folder`: the card's records through the real stages and writers).

A record comes as the stages leave it: conversation turns filled (system, human, gpt; the system turn left
out with `system=None`), metadata given as keywords.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from curation.build import distributions
from curation.config import Config
from curation.export.card import render_card
from curation.export.dataset_folder import write_dataset_folder
from curation.records import Record, Source
from curation.stages.base import Context, chain
from curation.stages.contract import RowContract
from curation.stages.token_budget import TokenBudget
from curation.tokens import get_counter


def _turns(system: str | None, prompt: str, answer: str) -> list[dict[str, str]]:
    head = [{"from": "system", "value": system}] if system is not None else []
    return [*head, {"from": "human", "value": prompt}, {"from": "gpt", "value": answer}]


def make_scene(
    i: int,
    text: str,
    *,
    rid: str | None = None,
    prompt: str = "Write the scene.",
    system: str | None = "You are a novelist.",
    split: str | None = None,
    source: Source | None = None,
    group: str | None = None,
    **metadata: Any,
) -> Record:
    """A manuscript chunk `s<i>` whose answer is its text."""
    if split is not None:
        metadata["split"] = split
    return Record(
        id=rid or f"s{i}",
        kind="scene",
        source=source or Source("novel.md", i, f"chapter 1, scene {i}"),
        data={"text": text},
        data_type="scene",
        group=group,
        conversations=_turns(system, prompt, text),
        metadata=metadata,
    )


def make_interaction(
    i: int,
    answer: str,
    *,
    rid: str | None = None,
    prompt: str = "How does she react?",
    system: str | None = "You voice characters.",
    split: str | None = None,
    data_type: str = "emotional_authenticity",
    data: dict[str, Any] | None = None,
    source: Source | None = None,
    group: str | None = None,
    repairs: list[str] | None = None,
    **metadata: Any,
) -> Record:
    """A converted interaction sample `i<i>` (`data` is the sample's fields)."""
    if split is not None:
        metadata["split"] = split
    return Record(
        id=rid or f"i{i}",
        kind="interaction",
        source=source or Source("batch.json", i, f"samples[{i}]"),
        data=data or {},
        data_type=data_type,
        group=group,
        conversations=_turns(system, prompt, answer),
        metadata=metadata,
        repairs=repairs or [],
    )


def split_records() -> list[Record]:
    """A small built dataset: six interactions (4 train, validation, test; the first with a coerced-number
    repair) and four scenes (2 train, validation, test) with POV, chapter and characters; every row with a
    token count."""
    recs = [
        make_interaction(
            i,
            f"answer {i}",
            prompt=f"q{i}",
            system="sys",
            split=split,
            data={"context": f"context {i}", "base_capacity": 5.0},
            source=Source("batch.json", i),
            group=f"g{i}",
            repairs=["coerced_number:base_capacity"] if i == 0 else [],
            quality=0.5 + i / 20,
            capacity_level="low",
            token_count=12 + i,
        )
        for i, split in enumerate(["train"] * 4 + ["validation", "test"])
    ]
    recs += [
        make_scene(
            i,
            f"scene text {i}",
            prompt="Write",
            system="sys",
            split=split,
            source=Source("book.md", i),
            group=f"scene{i}",
            pov="Kael",
            chapter=i + 1,
            word_count=900 + i,
            characters=["Kael", "Ilse"],
            scene_type_features={"dialogue_ratio": 0.4},
            token_count=300 + i,
        )
        for i, split in enumerate(["train", "train", "validation", "test"])
    ]
    return recs


CARD_SPLITS = ("train", "train", "train", "validation", "test")


def card_records() -> list[Record]:
    """Ten scenes and fifteen interactions over two data types with POV, scene types, coverage labels and
    splits, plus one interaction without an answer (the row contract rejects it): what the card describes."""
    out = []
    for i in range(10):
        text = "\n\n".join(
            f"Paragraph {p} of scene {i}: the lighthouse keeper counts the waves, again." for p in range(4 + i)
        )
        out.append(
            Record(
                id=f"scene{i:02d}",
                kind="scene",
                source=Source("samples/novel.md", i, f"chapter 1, scene {i}"),
                data={"text": text},
                data_type="scene",
                group=f"scene{i}",
                conversations=[
                    {"from": "system", "value": "You are a novelist."},
                    {"from": "human", "value": f"Write scene {i} from Mara's point of view."},
                    {"from": "gpt", "value": text},
                ],
                metadata={
                    "pov": ["Mara", "Kaelen"][i % 2],
                    "scene_type": ["action", "dialogue", "introspective"][i % 3],
                    "universe": "visions_of_gaea",
                    "quality": 0.5 + i / 25,
                    "word_count": len(text.split()),
                    "split": CARD_SPLITS[i % 5],
                },
            )
        )
    for i in range(15):
        out.append(
            Record(
                id=f"inter{i:02d}",
                kind="interaction",
                source=Source("samples/batch_001.json", i, f"samples[{i}]"),
                data={"scenario": f"scenario {i}"},
                data_type=["emotional_authenticity", "dramatic_irony"][i % 2],
                group=f"base{i}",
                conversations=[
                    {"from": "system", "value": "You voice characters."},
                    {"from": "human", "value": f"Capacity {i % 5 + 1}: how does Jun answer?"},
                    {"from": "gpt", "value": f"Jun looks away. 'Fine,' he says, number {i}."},
                ],
                metadata={
                    "quality": 0.6 + (i % 7) / 20,
                    "universe": "unwritten",
                    "capacity_level": f"cap_{i % 3}",
                    "authenticity_target": f"auth_{i % 2}",
                    "split": CARD_SPLITS[i % 5],
                },
            )
        )
    out.append(
        Record(
            id="broken",
            kind="interaction",
            source=Source("samples/batch_001.json", 99),
            data_type="dramatic_irony",
            conversations=[{"from": "human", "value": "only a question"}],
            metadata={"split": "train"},
        )
    )
    return out


def build_folder(tmp_path: Path, existing: str | None = None, cfg: Config | None = None) -> tuple[Path, str, dict]:
    """The real stages and the real folder writer; the report shaped as curation.build writes it."""
    cfg = cfg or Config()
    ctx = Context()
    stages = [TokenBudget(get_counter(), sequence_len=cfg.stages.tokens.sequence_len), RowContract()]
    final = list(chain(iter(card_records()), stages, ctx))
    folder = tmp_path / "unwritten"
    meta = write_dataset_folder(folder, final)
    report = {
        "tool": {"name": "unwritten-curation", "version": "0.1.0"},
        "config_file": "configs/unwritten.yaml",
        "config": cfg.to_public_dict(),
        "sources": [
            {"path": "samples/novel.md", "sha256": "ab" * 32, "bytes": 1234},
            {"path": "samples/batch_001.json", "sha256": "cd" * 32, "bytes": 5678},
        ],
        "ledger": ctx.ledger.to_list(),
        "totals": {"source_records": 26, "created": 0, "output_records": len(final), "rejected": 1},
        "distributions": distributions(final),
        "outputs": meta["counts"],
        "warnings": [],
    }
    card = render_card(meta, report, cfg, existing, folder)
    (folder / "README.md").write_text(card, encoding="utf-8")
    return folder, card, meta


def write_config(folder: Path, settings: dict[str, Any] | str, name: str = "cfg.yaml") -> Path:
    """A config file in `folder` from a mapping (root defaults to the folder) or YAML text, as given."""
    path = Path(folder) / name
    if isinstance(settings, str):
        path.write_text(settings, encoding="utf-8")
    else:
        path.write_text(json.dumps({"root": ".", **settings}), encoding="utf-8")
    return path
