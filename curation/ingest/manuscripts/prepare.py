"""`prepare_visions_of_gaea`: manuscripts in, Axolotl-ready JSONL + statistics out.

Shared by the `unwritten prepare-gaea` subcommand and the root script `prepare_visions_of_gaea.py`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ...atomic import write_text
from ...errors import UserError
from ...outputs import check_output_file
from ...system_paths import refuse_system_folder, refuse_system_output
from .pipeline import process_manuscript
from .review import review_path, review_rows, write_review
from .roster import load_roster
from .settings import ChunkingConfig, ManuscriptsConfig
from .stats import catalogs, compute_stats, integration, load_jsonl


def prepare(
    inputs: list[str],
    out: str,
    roster: str | None = None,
    stats: str | None = None,
    existing: str | None = None,
    universe: str | None = None,
    mode: str = "separate",
    seed: int = 42,
    settings: ManuscriptsConfig | None = None,
    rejects: str | None = None,
    summarize=None,
    labelling=None,
    chunking: ChunkingConfig | None = None,
) -> dict:
    """`summarize` (a `llm.scene_summary.SceneSummarizer`) adds LLM-written scene summaries to the prompts;
    `labelling` (`labels.Labelling`) picks who tags the chunks and applies overrides. Writes
    `<out>.review.csv` (the chunks to look at) beside `out`."""
    if not inputs:
        raise UserError("no manuscript given")
    check_outputs(inputs, out, stats, rejects, roster, existing)
    if mode not in ("separate", "append"):
        raise UserError(f"--mode must be 'separate' or 'append', not '{mode}'")
    if mode == "append" and not existing:
        raise UserError("--mode append needs --existing EXISTING.jsonl")
    for path in inputs:
        refuse_system_folder(path, "manuscript")
    for target in (out, stats, rejects):
        if target:
            refuse_system_output(target, "output")
    settings = settings or ManuscriptsConfig()
    rost = load_roster(roster) if roster else None
    rows: list[dict] = []
    reject_rows: list[dict] = []
    removed: dict[str, int] = {}
    review: list[dict] = []
    for path, name in zip(inputs, source_names(inputs), strict=True):
        result = process_manuscript(
            path,
            settings,
            rost,
            universe,
            seed,
            source_name=name,
            summarize=summarize,
            labelling=labelling,
            chunking=chunking,
        )
        review.extend(review_rows(result))
        for r in result.rows:
            rows.append({"conversations": r.conversations, "metadata": {**r.metadata, "id": r.id, "group": r.group}})
        for f in result.fragments:
            reject_rows.append(
                {
                    "source": result.source,
                    "reason": f.reason,
                    "words": f.words,
                    "chapter": f.scenes[0].chapter.label,
                    "place": f.paragraphs[0].place,
                    "text": f.text,
                }
            )
        for k, v in result.book.removed_words().items():
            removed[k] = removed.get(k, 0) + v
    existing_rows = load_jsonl(existing) if existing else None
    out_rows = (existing_rows or []) + rows if mode == "append" else rows
    write_text(out, "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in out_rows))
    if rejects:
        write_text(rejects, "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in reject_rows))
    report = compute_stats(rows, existing_rows, fragments=len(reject_rows), removed=removed)
    report["catalogs"] = catalogs(rows)
    made = sorted({r["metadata"]["universe"] for r in rows})
    report["integration"] = integration(
        rows, existing_rows or [], universe or (made[0] if len(made) == 1 else "+".join(made) or "manuscripts"), mode
    )
    report["inputs"] = source_names(inputs)
    report["review"] = {"file": write_review(review_path(out), review).name, "listed": len(review)}
    if labelling is not None and labelling.overrides is not None:
        report["overrides"] = {"applied": len(labelling.overrides.used), "unused": labelling.overrides.unused}
    if stats:
        write_text(stats, json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return report


def source_names(inputs: list[str]) -> list[str]:
    """How each manuscript is named on rows (and what seeds its ids): its path relative to the folder all
    the inputs share, so the same books give the same rows from any checkout or working folder."""
    resolved = [Path(p).resolve() for p in inputs]
    if len(resolved) == 1:
        return [resolved[0].name]
    common = Path(os.path.commonpath([p.parent for p in resolved]))
    return [p.relative_to(common).as_posix() for p in resolved]


def check_outputs(
    inputs: list[str], out: str, stats: str | None, rejects: str | None, roster: str | None, existing: str | None
) -> None:
    """Refuse, before any work, an output that is a manuscript or any other input, or a user's file."""
    read = [*inputs, roster, existing]
    check_output_file(out, read, option="--out", others=[stats, rejects])
    if stats:
        check_output_file(stats, read, option="--stats", others=[rejects])
    if rejects:
        check_output_file(rejects, read, option="--rejects", others=[out, stats])
    check_output_file(review_path(out), read, option="review file (beside --out)", others=[stats, rejects])
