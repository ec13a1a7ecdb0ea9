"""Records and configs tests build by hand, made in one place; conftest.py serves them as fixtures
(`make_scene`, `make_interaction`, `split_records`, `write_config`), and a module-level helper of a test
file imports them from here.

A record comes as the stages leave it: conversation turns filled (system, human, gpt; the system turn left
out with `system=None`), metadata given as keywords.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from curation.records import Record, Source


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


def write_config(folder: Path, settings: dict[str, Any] | str, name: str = "cfg.yaml") -> Path:
    """A config file in `folder` from a mapping (root defaults to the folder) or YAML text, as given."""
    path = Path(folder) / name
    if isinstance(settings, str):
        path.write_text(settings, encoding="utf-8")
    else:
        path.write_text(json.dumps({"root": ".", **settings}), encoding="utf-8")
    return path
