"""Manuscript inputs built inside the tests: .docx (python-docx), encodings, chapter folders, books without
headings or breaks, bad files, the build's ManuscriptSource ledger and the prepare-gaea command."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from curation.errors import UserError
from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.readers import read_manuscript
from curation.ingest.manuscripts.settings import ManuscriptsConfig
from curation.ingest.manuscripts.source import ManuscriptSource
from curation.stages.base import Context

REPO = Path(__file__).resolve().parents[1]

# ---- a deterministic book ------------------------------------------------------------------------------
_WORDS = [
    "the",
    "wind",
    "moved",
    "over",
    "the",
    "ridge",
    "and",
    "the",
    "light",
    "fell",
    "through",
    "the",
    "canopy",
    "while",
    "the",
    "old",
    "engines",
    "hummed",
    "below",
    "deck",
    "she",
    "counted",
    "the",
    "seconds",
    "between",
    "each",
    "pulse",
    "of",
    "the",
    "storm",
    "and",
    "watched",
    "the",
    "gauges",
    "drift",
    "toward",
    "red",
    "every",
    "surface",
    "of",
    "the",
    "skiff",
    "was",
    "slick",
    "with",
    "spores",
    "the",
    "colour",
    "of",
    "rust",
    "and",
    "honey",
    "the",
    "city",
    "lay",
    "under",
    "a",
    "mile",
    "of",
    "green",
    "and",
    "nobody",
    "had",
    "walked",
    "its",
    "streets",
    "in",
    "three",
    "hundred",
    "years",
]


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + rng.choice([".", ".", ".", "?", "!"])


def _prose(rng: random.Random, who: str, words: int) -> str:
    out = [f"{who} felt the hull shudder."]
    while sum(len(s.split()) for s in out) < words:
        out.append(_sentence(rng, rng.randint(8, 18)))
    return " ".join(out)


def make_book(seed: int = 7, long_chapter_words: int = 0) -> dict:
    """Chapters of scenes of paragraphs: (kind, text) with kind "narration" or "speech"."""
    rng = random.Random(seed)
    chapters = []
    povs = ["Kael", "Ilse"]
    for c in range(1, 4):
        scenes = []
        for s in range(2):
            who = povs[(c + s) % 2]
            paras = []
            target = rng.randint(900, 1400)
            while sum(len(t.split()) for _, t in paras) < target:
                if rng.random() < 0.25:  # a dialogue exchange of several lines, one speech over two paragraphs
                    for k in range(rng.randint(3, 5)):
                        line = _sentence(rng, rng.randint(6, 14))
                        if k == 1:
                            paras.append(("speech", f"“{line} {_sentence(rng, 12)}"))  # quote left open
                            paras.append(("speech", f"“{_sentence(rng, 10)}” Kaela said."))
                        else:
                            paras.append(("speech", f"“{line}” {'Kaela' if k % 2 else who} said."))
                else:
                    paras.append(("narration", _prose(rng, who, rng.randint(60, 140))))
            scenes.append(paras)
        chapters.append({"title": f"Chapter {c}: The {['Descent', 'Vault', 'Return'][c - 1]}", "scenes": scenes})
    # italics in one narration paragraph of every chapter
    for ch in chapters:
        kind, text = ch["scenes"][0][0]
        ch["scenes"][0][0] = (kind, text.replace("hull", "*Halfpenny*’s hull", 1))
    if long_chapter_words:
        paras = []
        while sum(len(t.split()) for _, t in paras) < long_chapter_words:
            if rng.random() < 0.3:
                for k in range(4):
                    paras.append(("speech", f"“{_sentence(rng, 9)}” {'Kael' if k % 2 else 'Ilse'} said."))
            else:
                paras.append(("narration", _prose(rng, "Ilse", rng.randint(80, 160))))
        chapters.append({"title": "Chapter 4: The Long Night", "scenes": [paras]})
    return {"title": "Test Book", "chapters": chapters}


FRONT = ["Test Book", "A novel by Nobody", "Copyright 2025 Nobody. All rights reserved."]
AUTHOR_NOTE = "These pages were written for the tests and nothing else, with nothing of value in them at all."
BACK = "Thanks to everyone who read the drafts, and to the people who kept the lights on."


def book_markdown(book: dict, italic: str = "*") -> str:
    out = [f"# {book['title']}", "", *[f"| {ln}" for ln in FRONT[1:]], "", "## Contents", ""]
    out += [x for ch in book["chapters"] for x in (ch["title"], "")]
    out += ["## Author’s Note", "", AUTHOR_NOTE, ""]
    for ch in book["chapters"]:
        out += [f"## {ch['title']}", ""]
        for k, scene in enumerate(ch["scenes"]):
            if k:
                out += ["* * *", ""]
            out += [x for _, t in scene for x in (t.replace("*", italic), "")]
    out += ["THE END", "", "## Acknowledgments", "", BACK, ""]
    return "\n".join(out)


def book_text(book: dict) -> str:
    """Plain text: no Markdown markers, underscores for italics, upper-case chapter lines."""
    md = book_markdown(book, italic="_")
    md = re.sub(r"(?m)^#+ ", "", md)
    return re.sub(r"(?m)^\| ", "", md)


def book_docx(book: dict, path: Path) -> Path:
    """A .docx with Heading styles, centred/symbol-only/empty-run scene breaks and italic runs."""
    d = docx.Document()
    d.add_paragraph(book["title"], style="Title")
    for ln in FRONT[1:]:
        d.add_paragraph(ln)
    d.add_paragraph("Contents", style="Heading 2")
    for ch in book["chapters"]:
        d.add_paragraph(ch["title"])
    d.add_paragraph("Author’s Note", style="Heading 2")
    d.add_paragraph(AUTHOR_NOTE)
    breaks = ["* * *", "❧", None]
    for c, ch in enumerate(book["chapters"]):
        d.add_paragraph(ch["title"], style="Heading 2")
        for k, scene in enumerate(ch["scenes"]):
            if k:
                marker = breaks[(c + k) % 3]
                if marker is None:  # a run of two empty paragraphs
                    d.add_paragraph("")
                    d.add_paragraph("")
                else:
                    p = d.add_paragraph(marker)
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for _, text in scene:
                p = d.add_paragraph()
                for n, piece in enumerate(re.split(r"\*([^*]+)\*", text)):
                    if piece:
                        p.add_run(piece).italic = True if n % 2 else None
    d.add_paragraph("THE END")
    d.add_paragraph("Acknowledgments", style="Heading 2")
    d.add_paragraph(BACK)
    d.save(path)
    return path


def narrative_paragraphs(book: dict) -> list[str]:
    return [t for ch in book["chapters"] for sc in ch["scenes"] for _, t in sc]


def assert_chunks_sound(res, book: dict, lo: int = 800, hi: int = 2500) -> None:
    """Bounds, no boilerplate, no cut inside a dialogue exchange, chunks + fragments = the narrative."""
    for r in res.rows:
        assert lo <= r.metadata["word_count"] <= hi, (r.locator, r.metadata["word_count"])
        for junk in (
            "Contents",
            "Author’s Note",
            AUTHOR_NOTE[:30],
            "THE END",
            "Acknowledgments",
            BACK[:30],
            "All rights reserved",
            "A novel by",
        ):
            assert junk not in r.text, (r.locator, junk)
        assert not r.cut_in_dialogue
    pieces = sorted(
        [(r.paragraphs[0], r.text) for r in res.rows] + [(f.paragraphs[0].index, f.text) for f in res.fragments]
    )
    assert "\n\n".join(t for _, t in pieces) == "\n\n".join(narrative_paragraphs(book))
    kinds = {t: k for ch in book["chapters"] for sc in ch["scenes"] for k, t in sc}
    for a, b in zip(res.rows, res.rows[1:], strict=False):
        if a.metadata["scenes"][-1] != b.metadata["scenes"][0]:
            continue  # a cut at a scene break or a chapter boundary
        last, first = a.text.split("\n\n")[-1], b.text.split("\n\n")[0]
        if kinds.get(last) == "speech" and kinds.get(first) == "speech":
            pytest.fail(f"cut inside a dialogue exchange after {a.locator}")


@pytest.fixture(scope="module")
def book():
    return make_book()


# ---- formats ------------------------------------------------------------------------------------------
def test_same_book_as_md_txt_docx_gives_the_same_chunks(book, tmp_path):
    md = tmp_path / "book.md"
    md.write_text(book_markdown(book), encoding="utf-8")
    txt = tmp_path / "book.txt"
    txt.write_text(book_text(book), encoding="utf-8")
    dx = book_docx(book, tmp_path / "book.docx")
    results = {p.suffix: process_manuscript(p) for p in (md, txt, dx)}
    texts = {k: [r.text for r in res.rows] for k, res in results.items()}
    assert texts[".md"] and texts[".md"] == texts[".txt"] == texts[".docx"]
    for res in results.values():
        assert_chunks_sound(res, book)
        assert [c.number for c in res.book.chapters] == [1, 2, 3]
        assert res.book.chapters[0].title == "The Descent"
        removed = res.book.removed_words()
        assert removed.get("contents", 0) and removed.get("author_note", 0)


def test_docx_structure_breaks_and_italics(book, tmp_path):
    doc = read_manuscript(book_docx(book, tmp_path / "book.docx"))
    kinds = [b.kind for b in doc.blocks]
    assert kinds.count("break") == 3  # centred "* * *", a symbol-only ornament, a run of empty paragraphs
    assert sum(1 for b in doc.blocks if b.kind == "heading" and b.level == 2) == 6  # contents, note, 3 chapters, thanks
    assert any("*Halfpenny*’s hull" in b.text for b in doc.blocks)
    res = process_manuscript(tmp_path / "book.docx")
    assert all(len(c.scenes) == 2 for c in res.book.chapters)


@pytest.mark.parametrize(
    "encoding,bom,newline",
    [
        ("cp1252", b"", "\r\n"),
        ("utf-8", b"\xef\xbb\xbf", "\r\n"),
        ("utf-8", b"\xef\xbb\xbf", "\n"),
        ("cp1252", b"", "\n"),
    ],
)
def test_text_encodings_and_line_endings_read_the_same(book, tmp_path, encoding, bom, newline):
    text = book_text(book)
    ref = tmp_path / "ref.txt"
    ref.write_text(text, encoding="utf-8")
    other = tmp_path / f"book-{encoding}.txt"
    other.write_bytes(bom + text.replace("\n", newline).encode(encoding))
    a, b = process_manuscript(ref), process_manuscript(other)
    assert [r.text for r in a.rows] == [r.text for r in b.rows]
    assert "’" in b.rows[0].text or "“" in "".join(r.text for r in b.rows)  # curly quotes survived cp1252


def test_chapter_folder_in_natural_order(book, tmp_path):
    folder = tmp_path / "chapters"
    folder.mkdir()
    names = {1: "chapter-2.md", 2: "chapter-10.md", 0: "chapter-1.md"}  # 2 before 10, not "10" before "2"
    for k, ch in enumerate(book["chapters"]):
        body = "\n\n* * *\n\n".join("\n\n".join(t for _, t in sc) for sc in ch["scenes"])
        (folder / names[k]).write_text(f"## {ch['title']}\n\n{body}\n", encoding="utf-8")
    res = process_manuscript(folder)
    assert [c.number for c in res.book.chapters] == [1, 2, 3]
    assert_chunks_sound(res, book)


def test_folder_files_without_headings_become_chapters_in_natural_order(book, tmp_path):
    folder = tmp_path / "untitled"
    folder.mkdir()
    for k, ch in enumerate(book["chapters"]):
        body = "\n\n* * *\n\n".join("\n\n".join(t for _, t in sc) for sc in ch["scenes"])
        (folder / f"{[1, 2, 10][k]:d}.txt").write_text(body, encoding="utf-8")
    res = process_manuscript(folder)
    firsts = [c.scenes[0].paragraphs[0].text for c in res.book.chapters]
    assert firsts == [ch["scenes"][0][0][1] for ch in book["chapters"]]


def test_no_chapter_headings_still_chunks(book, tmp_path):
    body = "\n\n* * *\n\n".join("\n\n".join(t for _, t in sc) for ch in book["chapters"] for sc in ch["scenes"])
    path = tmp_path / "plain.txt"
    path.write_text(body, encoding="utf-8")
    res = process_manuscript(path)
    assert res.rows and all(r.metadata["chapter"] is None for r in res.rows)
    assert_chunks_sound(res, book)


def test_long_chapter_without_breaks_splits_between_dialogue_runs(tmp_path):
    book = make_book(seed=11, long_chapter_words=7000)
    path = tmp_path / "long.md"
    path.write_text(book_markdown(book), encoding="utf-8")
    res = process_manuscript(path)
    long_rows = [r for r in res.rows if r.metadata["chapter"] == 4]
    assert len(long_rows) >= 3
    assert_chunks_sound(res, book)
    assert sum(r.metadata["word_count"] for r in long_rows) == sum(
        len(t.split()) for _, t in book["chapters"][-1]["scenes"][0]
    )


# ---- bad inputs ------------------------------------------------------------------------------------------
def _corrupt_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document><w:body><w:p>broken")
    return path


def _zip_bomb(path: Path) -> Path:
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        with zf.open("word/media/blob.bin", "w") as f:
            for _ in range(210):
                f.write(chunk)
    return path


BAD = {
    "corrupt.docx": _corrupt_docx,
    "not-a-zip.docx": lambda p: (p.write_bytes(b"this is plain text pretending to be a docx " * 20), p)[1],
    "bomb.docx": _zip_bomb,
    "empty.txt": lambda p: (p.write_bytes(b""), p)[1],
    "binary.md": lambda p: (p.write_bytes(bytes(range(256)) * 64), p)[1],
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_line_user_error_naming_the_file(name, tmp_path):
    path = BAD[name](tmp_path / name)
    with pytest.raises(UserError) as e:
        process_manuscript(path)
    msg = str(e.value)
    assert name in msg and "\n" not in msg


@pytest.mark.parametrize("name", ["corrupt.docx", "bomb.docx", "binary.md"])
def test_bad_input_via_cli_exits_non_zero_without_traceback(name, tmp_path):
    path = BAD[name](tmp_path / name)
    proc = subprocess.run(
        [sys.executable, str(REPO / "prepare_visions_of_gaea.py"), str(path), "--out", str(tmp_path / "out.jsonl")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and name in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.jsonl").exists()


# ---- build source and command ---------------------------------------------------------------------------
def test_manuscript_source_ledger_balances(book, tmp_path):
    good = tmp_path / "book.md"
    good.write_text(book_markdown(book), encoding="utf-8")
    bad = BAD["corrupt.docx"](tmp_path / "corrupt.docx")
    src = ManuscriptSource(
        [{"path": good, "name": "book.md"}, {"path": bad, "name": "corrupt.docx"}], ManuscriptsConfig()
    )
    ctx = Context()
    records = list(src(ctx))
    counts = ctx.ledger.stage("manuscripts")
    res = process_manuscript(good)
    assert len(records) == len(res.rows) == counts.n_out
    assert counts.rejected["unreadable_manuscript"] == 1
    assert counts.rejected.get("fragment_under_min_words", 0) == len(res.fragments)
    assert counts.n_in == counts.n_out + counts.n_rejected and counts.balanced
    assert all(r.kind == "scene" and r.conversations[-1]["value"] == r.data["text"] for r in records)
    assert {row["reason"] for row in ctx.rejects.rows} >= {"unreadable_manuscript"}


def test_prepare_gaea_cli_writes_jsonl_and_stats(book, tmp_path):
    md = tmp_path / "book.md"
    md.write_text(book_markdown(book), encoding="utf-8")
    out, stats = tmp_path / "out" / "gaea.jsonl", tmp_path / "out" / "stats.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "curation.cli",
            "prepare-gaea",
            str(md),
            "--out",
            str(out),
            "--stats",
            str(stats),
            "--universe",
            "test_book",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    res = process_manuscript(md)
    assert len(rows) == len(res.rows)
    for row in rows:
        turns = row["conversations"]
        assert [t["from"] for t in turns] == ["system", "human", "gpt"]
        meta = row["metadata"]
        for key in (
            "pov",
            "person",
            "scene_type",
            "chapter",
            "chapter_title",
            "part",
            "word_count",
            "token_count",
            "tension",
            "characters",
            "setting",
            "universe",
            "source",
        ):
            assert key in meta, key
        assert meta["universe"] == "test_book" and meta["scene_type"] in (
            "action",
            "dialogue",
            "introspective",
            "exposition",
        )
    report = json.loads(stats.read_text(encoding="utf-8"))
    assert report["total_chunks"] == len(rows)
    assert report["total_words"] == sum(r["metadata"]["word_count"] for r in rows)


def test_the_same_manuscript_read_from_two_folders_gives_byte_identical_rows(tmp_path):
    """Ids, split groups and template choices are seeded by the book's name, not the folder it is read from:
    the same book in two checkouts (absolute paths, through `prepare`) writes the same bytes."""
    import shutil

    from curation.ingest.manuscripts.prepare import prepare

    src = Path(__file__).resolve().parents[1] / "samples" / "manuscripts" / "visions-of-gaea-sample.md"
    outs = []
    for where in ("checkout-a/deep/folder", "elsewhere"):
        folder = tmp_path / where
        folder.mkdir(parents=True)
        book = folder / src.name
        shutil.copy(src, book)
        out = tmp_path / f"{where.replace('/', '_')}.jsonl"
        prepare([str(book.resolve())], str(out), rejects=str(out) + ".rejects.jsonl")
        outs.append(out)
    a, b = (o.read_bytes() for o in outs)
    assert a and a == b
    assert str(tmp_path).encode() not in a  # no local path on a row
    rows_a = process_manuscript(tmp_path / "checkout-a/deep/folder" / src.name).rows
    rows_b = process_manuscript(tmp_path / "elsewhere" / src.name).rows
    assert [(r.id, r.group, r.conversations, r.metadata) for r in rows_a] == [
        (r.id, r.group, r.conversations, r.metadata) for r in rows_b
    ]


def test_lines_opening_with_a_label_stand_alone(tmp_path):
    # an email's header written on consecutive lines (no blank line between) is one field a line, as a transcript
    # written one turn a paragraph is: joined, "To: Willa Penrose" and "Subject: ..." read as "Willa Penrose Subject"
    path = tmp_path / "thread.md"
    path.write_text(
        "# 1. Mail\n\nFrom: Jude Penrose\nTo: Willa Penrose\nSubject: The letters\nDate: Wednesday 4 June, 22:40\n\n"
        "Willa,\n\nI've read the first six, and I will bring them round\non Saturday if you want them.\n",
        encoding="utf-8",
    )
    texts = [b.text for b in read_manuscript(path).blocks if b.kind == "para"]
    assert texts[:4] == [
        "From: Jude Penrose",
        "To: Willa Penrose",
        "Subject: The letters",
        "Date: Wednesday 4 June, 22:40",
    ]
    # a hard-wrapped paragraph is still one paragraph
    assert texts[-1] == "I've read the first six, and I will bring them round on Saturday if you want them."
