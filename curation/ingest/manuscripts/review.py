"""`<out>.review.csv`: the chunks whose tags need a human look, and how to correct them.

One row per listed chunk: its stable key (the key an `overrides.yaml` entry uses), book, chapter, first
words, every tag with its value, source and confidence, and why it is listed (no POV, low confidence,
heuristic and LLM disagreeing, an LLM answer missing). Written on every manuscript build, header only
when nothing needs a look, so a stale file never survives a rebuild.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ...atomic import write_text
from .labels import TAGS, first_words

COLUMNS = (
    ["chunk_key", "book", "chapter", "first_words", "why"]
    + [f"{t}_{part}" for t in TAGS for part in ("value", "source", "confidence")]
    + ["llm_says", "summary"]
)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(str(x) for x in v)
    return str(v)


def review_row(source: str, meta: dict, text: str, chapter_label: str) -> dict[str, str]:
    row = {
        "chunk_key": meta.get("chunk_key", ""),
        "book": Path(source).name,
        "chapter": chapter_label,
        "first_words": first_words(text),
        "why": " | ".join(meta.get("review") or []),
    }
    sources, conf = meta.get("tag_sources") or {}, meta.get("tag_confidence") or {}
    for t in TAGS:
        row[f"{t}_value"] = _cell(meta.get(t))
        row[f"{t}_source"] = _cell(sources.get(t))
        c = conf.get(t)
        row[f"{t}_confidence"] = "" if c is None else f"{c:.2f}"
    row["llm_says"] = (
        json.dumps(meta["llm_labels"], ensure_ascii=False, sort_keys=True) if meta.get("llm_labels") else ""
    )
    row["summary"] = _cell(meta.get("summary"))
    return row


def review_rows(result: Any) -> list[dict[str, str]]:
    """The review file's rows for one `ManuscriptResult`: its chunks with a reason to be looked at."""
    return [
        review_row(result.source, r.metadata, r.text, r.locator.split(",")[0])
        for r in result.rows
        if r.metadata.get("review")
    ]


def render_csv(rows: Iterable[dict[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def write_review(path: str | Path, rows: list[dict[str, str]]) -> Path:
    path = Path(path)
    write_text(path, render_csv(rows))
    return path


def review_path(out: str | Path) -> Path:
    """`<out>.review.csv` beside an output: `builders/unwritten` -> `builders/unwritten.review.csv`,
    `gaea.jsonl` -> `gaea.review.csv`."""
    out = Path(out)
    stem = out.name[: -len(out.suffix)] if out.suffix in (".jsonl", ".json") else out.name
    return out.with_name(stem + ".review.csv")
