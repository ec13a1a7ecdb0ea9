"""`unwritten roster suggest BOOK... --out ROSTER.yaml`: a draft character roster for the user to correct."""

from __future__ import annotations

from pathlib import Path

from ..ingest.manuscripts.roster_draft import write_draft
from ..redact import shown_here


def register(subparsers) -> None:
    p = subparsers.add_parser("roster", help="draft a character roster from manuscripts", description=__doc__)
    sub = p.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    s = sub.add_parser(
        "suggest",
        help="people (with name variants and counts), likely POV characters, places "
        "and glossary terms, as a roster YAML to correct",
        description="Reads each book once, builds its character model and POV tags, and writes "
        "a draft roster (the format manuscripts.roster reads).",
    )
    s.add_argument("books", nargs="+", metavar="BOOK", help="manuscript files (.md, .txt, .docx) or chapter folders")
    s.add_argument("--out", required=True, help="where to write the roster YAML (never an input)")
    s.add_argument("--force", action="store_true", help="replace --out when it exists")
    s.add_argument("--min-mentions", type=int, default=2, help="leave out names used fewer times (default 2)")
    s.set_defaults(func=run)


def run(args) -> int:
    books = [Path(b) for b in args.books]
    draft = write_draft(books, Path(args.out), args.force, args.min_mentions)
    povs = [c["name"] for c in draft["characters"] if c.get("role") == "pov"]
    print(
        f"wrote {shown_here(args.out)}: {len(draft['characters'])} people "
        f"({len(povs)} POV: {', '.join(povs) or 'none'}), "
        f"{len(draft['glossary'])} glossary terms"
    )
    return 0
