"""`unwritten dedupe`: exact + near-duplicate removal on its own.

    unwritten dedupe INPUT... --out OUT.jsonl --clusters CLUSTERS.jsonl [--threshold T] [--against BUILT]

INPUTs are conversation JSONL files/folders, built dataset folders, or interaction batch files/folders
(.json batches are read with the interaction ingest and converted to conversation rows first). With
`--against`, new records are deduplicated against an already-built dataset (which is only read): a
record matching a built one is dropped, naming the built twin.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..atomic import write_text
from ..errors import UserError
from ..jsonio import loads_line
from ..outputs import check_output_file
from ..records import Record
from ..redact import shown_here
from ..stages.base import Context, chain
from ..system_paths import refuse_system_folder, refuse_system_output


def register(subparsers) -> None:
    p = subparsers.add_parser("dedupe", help="remove exact and near duplicates from conversation rows or batches")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--out", required=True, help="kept rows (conversation JSONL)")
    p.add_argument("--clusters", required=True, help="one line per removed record: id, kept twin, similarity")
    p.add_argument("--threshold", type=float, default=None, help="rapidfuzz ratio/100 (default: config, 0.85)")
    p.add_argument("--against", default=None, help="an already built dataset folder (or JSONL) to dedupe against")
    p.add_argument(
        "--rejects", default=None, help="unreadable items with file, line and reason (default: OUT with .rejects.jsonl)"
    )
    p.add_argument(
        "--config",
        default=None,
        help="config YAML (default: ./unwritten.yaml or ./configs/unwritten.yaml if present, else built-in defaults)",
    )
    p.set_defaults(func=run)


def _is_conversations(path: Path) -> bool:
    if path.is_dir():
        return (
            (path / "data" / "conversations").is_dir() or any(path.rglob("*.jsonl")) and not any(path.rglob("*.json"))
        )
    if path.suffix.lower() != ".jsonl":
        return False
    with path.open("r", encoding="utf-8-sig", errors="replace") as fh:
        for line in fh:
            if line.strip():
                row, err = loads_line(line)
                if err:
                    return False
                return isinstance(row, dict) and ("conversations" in row or "messages" in row)
    return False


def read_inputs(paths: list[Path], cfg, ctx: Context) -> Iterator[Record]:
    """Records from every input as a stream, interaction batches converted to conversation rows the way the
    build reads them: each batch file read and converted in a worker process (`stages.parallel`) when the
    input is large enough. The missing-field guard stops at the end of the stream, before anything is written."""
    from ..ingest.conversations import ConversationSource

    conv = [p for p in paths if _is_conversations(p)]
    batches = [p for p in paths if p not in conv]
    if conv:
        yield from ConversationSource(conv)(ctx)
    if batches:
        from ..ingest.interactions.source import InteractionSource
        from ..stages import parallel
        from ..stages.interactions import ConvertInteractions, MissingFieldGuard

        src = InteractionSource(batches, cfg.interactions, Path.cwd().resolve())
        stages = [
            MissingFieldGuard.from_config(cfg.interactions),
            ConvertInteractions.from_config(cfg.interactions, resolve=cfg.resolve),
        ]
        yield from parallel.run([src], stages, ctx)


def record_row(r: Record) -> dict:
    meta = {k: v for k, v in sorted(r.metadata.items())}
    meta.update(id=r.id, kind=r.kind, data_type=r.data_type, source_file=r.source.file, source_index=r.source.index)
    return {"conversations": r.conversations, "metadata": meta}


def run(args) -> int:
    from ..config import Config, find_config, load_config
    from ..ingest.conversations import read_conversation_records
    from ..stages.dedupe import Dedupe, ExactDedupe, NearDedupe

    cfg = load_config(args.config) if args.config or find_config() else Config()
    if args.threshold is not None:
        if not 0 < args.threshold <= 1:
            raise UserError(f"--threshold must be in (0, 1], got {args.threshold}")
        cfg.stages.dedupe.threshold = args.threshold
    paths = [Path(p) for p in args.inputs]
    for p in paths:
        if not p.exists():
            raise UserError(f"input not found: {p}")
        refuse_system_folder(p, "dedupe input")
    for out in (args.out, args.clusters, args.rejects):
        if out:
            refuse_system_output(out, "output")
    rejects_path = Path(args.rejects) if args.rejects else Path(args.out).with_suffix(".rejects.jsonl")
    read = [*paths, args.against, args.config]
    check_output_file(args.out, read, option="--out", others=[args.clusters, rejects_path])
    check_output_file(args.clusters, read, option="--clusters", others=[rejects_path])
    check_output_file(rejects_path, read, option="--rejects")
    ctx = Context(seed=cfg.seed, config=cfg)
    against = list(read_conversation_records(args.against)) if args.against else []
    near = NearDedupe.from_config(cfg.stages.dedupe)
    near.reference = against
    stages = [Dedupe(ExactDedupe(against), near if cfg.stages.dedupe.near else None)]  # (one spill for both)
    n_in = 0

    def counted(records: Iterator[Record]) -> Iterator[Record]:
        nonlocal n_in
        for r in records:
            n_in += 1
            yield r

    kept = sorted(chain(counted(read_inputs(paths, cfg, ctx)), stages, ctx), key=lambda r: r.id)
    if not n_in:  # nothing readable: say which file and why, instead of an empty success
        unreadable = ctx.rejects.sorted_rows()
        first = unreadable[0] if unreadable else {}
        why = (
            f": {first.get('reason')} {(first.get('detail') or {}).get('error', '')}".rstrip()
            if first
            else ": no records"
        )
        where = first.get("source_file") or ", ".join(str(p) for p in paths)
        raise UserError(
            f"{where}: nothing to deduplicate{why} (accepted: conversation JSONL, built dataset "
            f"folders, interaction batch .json files)"
        )
    write_text(args.out, "".join(json.dumps(record_row(r), ensure_ascii=False, sort_keys=True) + "\n" for r in kept))
    rows = ctx.rejects.sorted_rows()
    is_dup = [row["stage"] in ("dedupe_exact", "dedupe_near") for row in rows]
    clusters = [row for row, dup in zip(rows, is_dup, strict=False) if dup]
    lines = [
        {
            "id": r["id"],
            "kept": r["detail"]["kept"],
            "similarity": r["detail"]["similarity"],
            "stage": r["stage"],
            "against": bool(r["detail"].get("against")),
            "source_file": r.get("source_file"),
            "index": r.get("index"),
        }
        for r in clusters
    ]
    lines.sort(key=lambda x: (x["kept"], x["id"]))
    write_text(args.clusters, "".join(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n" for x in lines))
    other = [
        row for row, dup in zip(rows, is_dup, strict=False) if not dup
    ]  # (one pass: `row not in clusters` was quadratic)
    if other or args.rejects:
        write_text(
            rejects_path, "".join(json.dumps(x, ensure_ascii=False, sort_keys=True, default=str) + "\n" for x in other)
        )
    notes = ctx.ledger.stage("dedupe_near").notes
    print(
        f"{n_in} records in, {len(kept)} kept, "
        f"{ctx.ledger.stage('dedupe_exact').n_rejected} exact and {ctx.ledger.stage('dedupe_near').n_rejected} "
        f"near duplicates removed (threshold {cfg.stages.dedupe.threshold}, {notes.get('candidate_pairs', 0)} "
        f"candidate pairs verified with {notes.get('scorer', 'rapidfuzz')})"
        + (f", {len(other)} unreadable items written to {shown_here(rejects_path)}" if other else "")
        + (f"; against {len(against)} built records" if against else "")
    )
    return 0
