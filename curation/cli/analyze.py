"""`unwritten analyze PATH...`: analyse interaction batches like the spec's analyze_training_data.py.

Reuses the build's ingest, validation and quality gate (curation.ingest.interactions), so the figures
are the ones the build acts on. Outputs are written atomically; by default into `<PATH>_analysis/`
beside the input, so a second run does not read its own combined files back as input.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..config import DEFAULT_CONFIG_HELP, Config, find_config, load_config
from ..errors import UserError
from ..ingest.interactions.discovery import find_files
from ..outputs import check_output_file, check_output_folder
from ..redact import shown_here
from ..system_paths import refuse_system_folder


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="analyse interaction batches (quality, capacity rules, coverage); combine, export by type, split",
        description=__doc__.splitlines()[0],
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="batch files or folders (scanned recursively)")
    p.add_argument(
        "--config",
        default=None,
        help=f"pipeline config for thresholds and rules (default: {DEFAULT_CONFIG_HELP} if present)",
    )
    p.add_argument("--analyze", action="store_true", help="quality report per data type (the default action)")
    p.add_argument("--validate-capacity", action="store_true", help="Master Truths capacity rule report")
    p.add_argument("--combine", action="store_true", help="write combined_training_data.json (kept samples)")
    p.add_argument("--export-by-type", action="store_true", help="write <type>_combined_<version>.json")
    p.add_argument(
        "--generate-splits",
        action="store_true",
        help="write train/validation/test_set_<version>.json (grouped by base scenario)",
    )
    p.add_argument("--all", action="store_true", help="all of the above, plus the JSON and Markdown reports")
    p.add_argument(
        "--min-quality",
        type=float,
        default=None,
        metavar="Q",
        help="one quality threshold for every type (default: the per-type thresholds)",
    )
    p.add_argument("--out", default=None, help="folder for written files (default: <first PATH>_analysis)")
    p.add_argument("--json", dest="json_path", default=None, metavar="REPORT.json", help="write the JSON report")
    p.add_argument("--markdown", default=None, metavar="REPORT.md", help="write the Markdown report")
    p.add_argument(
        "--rejects",
        default=None,
        metavar="REJECTS.jsonl",
        help="one line per rejected or flagged record: file, index, data type, reason or rules",
    )
    p.set_defaults(func=run)


def _config(args: argparse.Namespace) -> Config:
    if args.config:
        cfg = load_config(args.config)
    elif find_config():
        cfg = load_config()
    else:
        cfg = Config()
    paths = []
    for p in args.paths:
        path = Path(p).expanduser().resolve()
        if not path.exists():
            raise UserError(f"input not found: {p}")
        refuse_system_folder(path, "analyze input")
        paths.append(str(path))
    cfg.inputs.interactions = paths
    chosen, _ = find_files([Path(p) for p in paths], cfg.interactions.include, cfg.interactions.exclude)
    if not chosen:
        raise UserError(
            f"{args.paths[0]}: no batch files to analyze (looked for "
            f"{', '.join(cfg.interactions.include)}; skipped {', '.join(cfg.interactions.exclude)})"
        )
    if args.min_quality is not None:
        if not 0 <= args.min_quality <= 1:
            raise UserError(f"--min-quality {args.min_quality}: must be in [0, 1]")
        cfg.interactions.min_quality = args.min_quality
    return cfg


def default_out(first: str) -> Path:
    p = Path(first).expanduser().resolve()
    base = p if p.is_dir() else p.with_suffix("")
    return base.with_name(base.name + "_analysis")


def run(args: argparse.Namespace) -> int:
    import json

    from rich.console import Console

    from .. import atomic
    from ..analytics import batch_analysis as analysis
    from ..analytics import batch_report as report
    from ..analytics.statistics import dataset_statistics
    from ..analytics.summary import print_statistics

    cfg = _config(args)
    read = [*cfg.inputs.interactions, args.config]
    out = check_output_folder(
        args.out or default_out(args.paths[0]), read, option="--out", replaced=False, inputs_may_hold=True
    )  # the reader skips what analyze writes
    written_paths = [args.json_path, args.markdown, args.rejects]
    for option, path in zip(("--json", "--markdown", "--rejects"), written_paths, strict=False):
        if path:
            check_output_file(path, read, option=option, others=[p for p in written_paths if p is not path])
    console = Console()
    err = Console(stderr=True)
    with err.status("reading batches..."):
        a = analysis.analyze(cfg)
        # the analytics figures (spectrum, complexity, coverage, gates, diversity, tokens) of the kept samples,
        # with this run's rejects for the pass rate: the same figures `unwritten build` and `compare` show
        stats = dataset_statistics(a.kept, rejects=a.ctx.rejects.rows, config=cfg.analytics)
    rep = a.report
    rep["analytics"] = analysis.json_safe(stats)
    do_all = args.all
    writes_files = do_all or args.combine or args.export_by_type or args.generate_splits
    if writes_files:  # the training files refuse a version mix exactly as `unwritten build` does
        from ..stages.versions import check_versions

        check_versions(a.recovered, cfg.interactions.versions)
    if args.analyze or do_all or not (args.validate_capacity or writes_files):
        report.print_report(rep, console)
        print_statistics(stats, console)
    if args.validate_capacity or do_all:
        report.print_report(rep, console, capacity_only=True)
    written: list[Path] = []
    if args.combine or do_all:
        written += analysis.write_combined(a, out)
    if args.export_by_type or do_all:
        written += analysis.write_by_type(a, out)
    if args.generate_splits or do_all:
        written += analysis.write_splits(a, out)
    json_path = args.json_path or (str(out / "analysis_report.json") if do_all else None)
    md_path = args.markdown or (str(out / "analysis_report.md") if do_all else None)
    rejects_path = args.rejects or (str(out / "analysis_rejects.jsonl") if do_all else None)
    if json_path:
        atomic.write_text(json_path, json.dumps(rep, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n")
        written.append(Path(json_path))
    if md_path:
        atomic.write_text(md_path, report.to_markdown(rep))
        written.append(Path(md_path))
    if rejects_path:
        atomic.write_text(rejects_path, analysis.rejects_lines(a))
        written.append(Path(rejects_path))
    if written:  # a later scan of these folders (analyze or build) skips what was written here
        analysis.record_outputs(written)
    for p in written:
        err.print(f"wrote {shown_here(p)}", markup=False, highlight=False)
    return 0
