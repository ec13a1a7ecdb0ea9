"""`unwritten prepare-gaea`: chunk, tag and prompt a manuscript into Axolotl JSONL (+ statistics)."""

from __future__ import annotations

from pathlib import Path


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "prepare-gaea", help="manuscript(s) -> scene chunks JSONL with tags and prompts", description=__doc__
    )
    add_arguments(p)
    p.set_defaults(func=run)


def run(args) -> int:
    return run_from_args(args)


def add_arguments(parser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".md, .txt, .docx or a folder of chapter files")
    parser.add_argument("--out", required=True, help="output JSONL (conversations + metadata per chunk)")
    parser.add_argument("--roster", help="optional roster YAML (characters with aliases, glossary)")
    parser.add_argument("--stats", help="write statistics, catalogs and integration report as JSON")
    parser.add_argument("--existing", help="existing dataset JSONL to compare with (and append to)")
    parser.add_argument(
        "--universe",
        default=None,
        help="universe name stored on every row and used in the prompts (default: each file's name)",
    )
    parser.add_argument(
        "--mode",
        choices=("separate", "append"),
        default="separate",
        help="append to --existing or write a separate collection (default)",
    )
    parser.add_argument("--rejects", help="write rejected fragments (with reasons) as JSONL")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--llm-summary",
        action="store_true",
        help="add LLM-written scene summaries to the prompts (server from the config's generation: "
        "section, OLLAMA_HOST or --host; answers cached next to --out)",
    )
    parser.add_argument(
        "--labeller",
        choices=("heuristic", "llm", "both"),
        default=None,
        help="who tags the chunks (default: the config's manuscripts.labeller, heuristic)",
    )
    parser.add_argument(
        "--overrides", default=None, help="YAML of tag corrections keyed by the chunk_key column of <out>.review.csv"
    )
    parser.add_argument("--config", default=None, help="config YAML for the generation: section (default: defaults)")
    parser.add_argument("--host", default=None, help="LLM server address (overrides the config and OLLAMA_HOST)")


def run_from_args(args) -> int:
    # imported here, like every command's library: `unwritten` loads only the command it runs
    from rich.console import Console
    from rich.table import Table

    from ..config import Config, load_config
    from ..ingest.manuscripts.prepare import check_outputs, prepare
    from ..ingest.manuscripts.source import labelling_from_config
    from ..redact import shown_here

    check_outputs(args.inputs, args.out, args.stats, args.rejects, args.roster, args.existing)
    cfg = load_config(args.config) if args.config else Config()
    if args.labeller:
        cfg.manuscripts.labeller = args.labeller
    if args.overrides:
        cfg.manuscripts.overrides = str(Path(args.overrides).resolve())
    labelling = labelling_from_config(
        cfg.manuscripts, cfg.generation, cfg.resolve, cache_dir=args.out + ".cache", host=args.host
    )
    summarize = None
    if args.llm_summary:
        from ..llm.scene_summary import SceneSummarizer

        summarize = SceneSummarizer.from_settings(
            cfg.generation,
            Path(args.out + ".cache") / "scene_summaries.sqlite",
            cfg.resolve(cfg.generation.prompts) if cfg.generation.prompts else None,
            host=args.host,
        )
    report = prepare(
        args.inputs,
        args.out,
        args.roster,
        args.stats,
        args.existing,
        args.universe,
        args.mode,
        args.seed,
        settings=cfg.manuscripts,
        rejects=args.rejects,
        summarize=summarize,
        labelling=labelling,
        chunking=cfg.chunking,
    )
    console = Console(stderr=True)
    t = Table(
        title=f"{report['total_chunks']} chunks, {report['total_words']:,} words, "
        f"{report['total_tokens']:,} tokens (avg {report['average_words']} words)"
    )
    t.add_column("scene type")
    t.add_column("chunks", justify="right")
    t.add_column("share", justify="right")
    t.add_column("goal", justify="right")
    for k, v in report["scene_types"].items():
        t.add_row(k, str(v["chunks"]), f"{v['share']:.0%}", f"{v['goal']:.0%}")
    console.print(t)
    console.print("POV: " + ", ".join(f"{k} {v}" for k, v in report["pov"].items()))
    console.print(
        f"fragments rejected: {report['fragments_rejected']}; non-narrative words removed: "
        f"{sum(report['removed_non_narrative_words'].values()):,}; wrote {shown_here(args.out)}",
        markup=False,
    )
    review_file = Path(args.out).parent / report["review"]["file"]  # written beside --out
    console.print(f"review: {report['review']['listed']} chunk(s) listed in {shown_here(review_file)}", markup=False)
    return 0
