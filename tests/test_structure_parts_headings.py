"""Book structure from whole files (.txt, .md, .docx built here): parts as chapters where the book has nothing finer,
a number word with a dash or colon and a title as a chapter heading, a series' first heading kept as a chapter, a
sub-heading that does not make its chapter a contents row, a break marker with no blank line around it."""

from __future__ import annotations

from pathlib import Path

from curation.ingest.manuscripts.headings import classify_heading
from curation.ingest.manuscripts.readers import read_manuscript
from curation.ingest.manuscripts.structure import parse_structure

PROSE = [
    "The ferry left the quay at six with the mail sacks stacked against the rail and the gulls following it out.",
    "Marit stood in the wheelhouse door and counted the crates twice, because the harbourmaster never counted once.",
    "By seven the fog had come down over the sound and the horn began again, low and patient, every minute.",
]


def _book(tmp_path: Path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return parse_structure(read_manuscript(p))


def _labels(book) -> list[str]:
    return [c.label for c in book.chapters]


def test_a_book_divided_only_into_parts_reads_each_part_as_a_chapter(tmp_path):
    body = "\n\n".join(PROSE)
    text = f"# The Ferry Year\n\n## Part One: Spring Tides\n\n{body}\n\n## Part Two: The Fog\n\n{body}\n"
    book = _book(tmp_path, "ferry.md", text)
    assert _labels(book) == ["Part 1", "Part 2"]
    assert [c.title for c in book.chapters] == ["Spring Tides", "The Fog"]


def test_parts_above_chapters_stay_parts(tmp_path):
    body = "\n\n".join(PROSE)
    text = f"# The Ferry Year\n\n## Part One\n\n### Chapter 1\n\n{body}\n\n### Chapter 2\n\n{body}\n"
    book = _book(tmp_path, "ferry.md", text)
    assert _labels(book) == ["Chapter 1", "Chapter 2"]
    assert {c.part for c in book.chapters} == {"Part One"}


def test_a_number_word_a_dash_and_a_title_heads_a_chapter_in_plain_text(tmp_path):
    body = "\n\n".join(PROSE)
    text = f"THE FERRY YEAR\n\n\nONE — Maré\n\n\n{body}\n\n\nTWO -- Névoa\n\n\n{body}\n"
    book = _book(tmp_path, "ferry.txt", text)
    assert _labels(book) == ["Chapter 1", "Chapter 2"]
    assert [c.title for c in book.chapters] == ["Maré", "Névoa"]
    assert classify_heading("Twenty-One: The Long Night", False).number == 21
    assert classify_heading("One — I never said so.", False) is None  # a line of prose, not a heading
    assert classify_heading("Cc: Sam Rowe", False) is None  # an e-mail's header line, no chapter 200
    assert classify_heading("C. M.", False) is None  # initials signing a letter, no chapter 100 titled "M"


def test_the_first_of_a_series_of_headings_is_a_chapter_not_the_title(tmp_path):
    body = "\n\n".join(PROSE)
    legs = ["Leg One: Bergen to Florø", "Leg Two: Florø to Ålesund", "Leg Three: Home"]
    text = "".join(f"## {leg}\n\n{body}\n\n" for leg in legs)
    book = _book(tmp_path, "legs.md", text)
    assert book.title is None
    assert [c.title for c in book.chapters] == [
        "Leg One: Bergen to Florø",
        "Leg Two: Florø to Ålesund",
        "Leg Three: Home",
    ]


def test_a_dated_sub_heading_does_not_make_its_chapter_a_contents_row(tmp_path):
    body = "\n\n".join(PROSE)
    text = (
        f"# Letters\n\n### One\n\n#### Harbour, 2 July\n\n{body}\n\n### Two\n\n{body}\n\n"
        f"### Three\n\n#### Sound, 9 July\n\n{body}\n"
    )
    book = _book(tmp_path, "letters.md", text)
    assert _labels(book) == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert [s.heading for s in book.chapters[0].scenes] == ["Harbour, 2 July"]


def test_a_break_marker_under_a_paragraph_with_no_blank_line_still_breaks(tmp_path):
    text = f"ONE — Maré\n\n{PROSE[0]}\n\n{PROSE[1]}\n* * *\n\n{PROSE[2]}\n"
    book = _book(tmp_path, "ferry.txt", text)
    scenes = book.chapters[0].scenes
    assert len(scenes) == 2
    assert "*" not in scenes[0].text


def test_styled_part_headings_in_a_docx_are_the_chapters(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("The Ferry Year", style="Title")
    d.add_paragraph("A Novel of the Sound", style="Subtitle")
    for title in ("Part One: Spring Tides", "Part Two: The Fog", "Part Three: Home"):
        d.add_paragraph(title, style="Heading 1")
        for p in PROSE:
            d.add_paragraph(p)
    path = tmp_path / "ferry.docx"
    d.save(str(path))
    book = parse_structure(read_manuscript(path))
    assert _labels(book) == ["Part 1", "Part 2", "Part 3"]
    assert book.chapters[2].title == "Home"


def test_capital_datelines_head_the_chapters_of_a_plain_text(tmp_path):
    body = "\n\n".join(PROSE)
    text = f"THE FERRY YEAR\n\n\nBERGEN, HORDALAND — MAY 3\n\n{body}\n\n\nFLORO -- 11 JUNE, 1931\n\n{body}\n"
    book = _book(tmp_path, "ferry.txt", text)
    assert [c.title for c in book.chapters] == ["BERGEN, HORDALAND — MAY 3", "FLORO -- 11 JUNE, 1931"]
    # a capital line with a number that is no date stays text, and the book one story
    other = _book(tmp_path, "other.txt", f"THE FERRY YEAR\n\n\nROOM 101\n\n{body}\n\n\nBERGEN, 1931\n\n{body}\n")
    assert len(other.chapters) == 1


def test_a_prologue_beside_the_parts_leaves_them_the_chapters_but_named_chapters_keep_them_parts(tmp_path):
    body = "\n\n".join(PROSE)
    text = f"# The Ferry Year\n\n## Prologue\n\n{body}\n\n## Part One: Spring\n\n{body}\n\n## Part Two: Fog\n\n{body}\n"
    book = _book(tmp_path, "ferry.md", text)
    assert _labels(book) == ["Prologue", "Part 1", "Part 2"]
    named = f"# The Ferry Year\n\n## Part One\n\n### Marit\n\n{body}\n\n### Jonas\n\n{body}\n\n### Marit\n\n{body}\n"
    book = _book(tmp_path, "named.md", named)
    assert [c.title for c in book.chapters] == ["Marit", "Jonas", "Marit"]
    assert {c.part for c in book.chapters} == {"Part One"}


def test_a_forms_capital_section_lines_inside_a_scene_head_no_chapters(tmp_path):
    """Month names in capitals head a plain text's chapters; a form quoted inside a scene ("SECTION A. LOCATION" over
    a few numbered answers) heads sections of the form, not chapters: a line over less than a quarter of the prose the
    longest capital line heads, and every line opening with its first word, stay text of their chapter."""
    body = "\n\n".join(PROSE * 12)
    form = (
        "GOVERNMENT OF THE ISLES. FORM K/2.\n\nSECTION A. PLACE\n\n"
        "1. Village: Orsk, on the north shore, below the signal station.\n\n"
        "SECTION B. BOATS\n\n2. Boats: two, one with a sail and one without, both drawn up on the shingle.\n\n"
        "SECTION C. REMARKS\n\n" + "\n\n".join(PROSE * 2)
    )
    text = f"THE FERRY YEAR\n\n\nVELMAR\n\n{body}\n\n+ + +\n\n{form}\n\n\nORISTAN\n\n{body}\n\n\nKESTRA\n\n{body}\n"
    book = _book(tmp_path, "ferry.txt", text)
    assert [c.title for c in book.chapters] == ["VELMAR", "ORISTAN", "KESTRA"]
    assert len(book.chapters[0].scenes) == 2
    # must not: chapters of one size, however short, keep their capital headings
    short = "\n\n".join(PROSE)
    book = _book(tmp_path, "short.txt", f"THE FERRY YEAR\n\n\nVELMAR\n\n{short}\n\n\nORISTAN\n\n{short}\n")
    assert [c.title for c in book.chapters] == ["VELMAR", "ORISTAN"]


def test_one_short_closing_chapter_keeps_its_capital_heading(tmp_path):
    """A first word marks a form's section lines only when two short lines share it: one short closing chapter
    ("THE LAST CROSSING" after "THE FERRY", "THE HARBOUR", "THE STORM"; "AFTERWARDS" after the days) is a chapter, and
    its first word drops none of the others."""
    body = "\n\n".join(PROSE * 12)
    short = "\n\n".join(PROSE[:2])
    text = (
        f"THE FERRY YEAR\n\n\nTHE FERRY\n\n{body}\n\n\nTHE HARBOUR\n\n{body}\n\n\nTHE STORM\n\n{body}\n\n\n"
        f"THE LAST CROSSING\n\n{short}\n"
    )
    book = _book(tmp_path, "the.txt", text)
    assert [c.title for c in book.chapters] == ["THE FERRY", "THE HARBOUR", "THE STORM", "THE LAST CROSSING"]
    text = f"THE FERRY YEAR\n\n\nMONDAY\n\n{body}\n\n\nTUESDAY\n\n{body}\n\n\nAFTERWARDS\n\n{short}\n"
    book = _book(tmp_path, "days.txt", text)
    assert [c.title for c in book.chapters] == ["MONDAY", "TUESDAY", "AFTERWARDS"]
