"""The structure parser's rules on small block streams: each with a case that fires and one that must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from curation.ingest.manuscripts.headings import classify_heading
from curation.ingest.manuscripts.readers import Block, RawDocument
from curation.ingest.manuscripts.structure import NoNarrative, document_narrator, parse_structure

PROSE = "She walked down to the water and looked for a long time at the boats drawn up on the shingle."


def doc(*blocks: tuple) -> RawDocument:
    out = []
    for k, b in enumerate(blocks):
        kind, text, *rest = b  # ("heading", text, level), ("break", "", marker), ("para", text)
        level = rest[0] if kind == "heading" else None
        raw = rest[0] if kind == "break" else ""
        out.append(Block(kind, text, f"line {k + 1}", level, raw))
    return RawDocument(Path("book.md"), "md", out)


def para(text: str = PROSE) -> tuple:
    return ("para", text)


def removed_kinds(book) -> list[str]:
    return [r.kind for r in book.removed]


# ---- headings ---------------------------------------------------------------------------------------
def test_chapter_headings_are_read_in_their_usual_forms_and_prose_is_not():
    assert classify_heading("Chapter 3: The Crossing", False).title == "The Crossing"
    assert classify_heading("CHAPTER XII", False).number == 12
    assert classify_heading("Twenty-One", False).number == 21
    assert classify_heading("4. Night Falls", False).number == 4
    assert classify_heading("She said it was Chapter 3 of her life, and laughed at that.", False) is None
    assert classify_heading("Seven.", False) is None  # a one-word sentence, not a heading line


def test_a_chapter_numbered_by_a_written_ordinal_is_a_chapter_and_the_sentence_using_one_is_not():
    # "CHAPTER THE FIRST." (an older book's numbering, as "Book the First" numbers a part)
    assert classify_heading("CHAPTER THE SECOND.", False).number == 2
    assert classify_heading("Chapter the Thirty-First: In Which a Bell Rings", False).title == "In Which a Bell Rings"
    assert classify_heading("Chapter the Last", False) is None  # no ordinal: not read as a number
    assert classify_heading("The chapter the first reader liked best was the one about the bell.", False) is None
    book = parse_structure(doc(para("CHAPTER THE FIRST."), para(), para(), para("CHAPTER THE SECOND."), para(), para()))
    assert [c.number for c in book.chapters] == [1, 2] and len(book.paragraphs) == 4


def test_a_chapter_heading_opens_a_chapter_with_its_title():
    book = parse_structure(doc(("heading", "Chapter 1: Arrival", 2), para(), ("heading", "Chapter 2", 2), para()))
    assert [(c.number, c.title) for c in book.chapters] == [(1, "Arrival"), (2, None)]


def test_a_title_line_under_a_chapter_heading_names_it_but_a_sentence_does_not():
    book = parse_structure(doc(para("CHAPTER I"), para("ON THE ARIZONA HILLS"), para()))
    assert book.chapters[0].title == "On the Arizona Hills"
    book = parse_structure(doc(para("CHAPTER I"), para(PROSE), para()))
    assert book.chapters[0].title is None and len(book.paragraphs) == 2


def test_a_plain_text_chapter_named_in_capitals_alone_opens_a_chapter():
    # a plain text (no "#", no heading style) that heads its chapters by name only: "FIRST WATCH", "THE FERRY"
    book = parse_structure(
        doc(para("THE LAMP ROOM"), para("FIRST WATCH"), para(), para(), para("THE FERRY"), para(), para())
    )
    assert [c.title for c in book.chapters] == ["FIRST WATCH", "THE FERRY"]
    assert len(book.paragraphs) == 4
    # with numbered chapters, a capital line in the prose is text (a headline, a sign), as is one with a digit
    numbered = parse_structure(
        doc(para("CHAPTER ONE"), para(), para("FERRY CANCELLED TONIGHT"), para(), para("CHAPTER TWO"), para())
    )
    assert len(numbered.chapters) == 2 and len(numbered.paragraphs) == 4
    signs = parse_structure(doc(para(), para("PIER 4 CLOSED"), para(), para("BERTH 9"), para()))
    assert len(signs.chapters) == 1 and signs.chapters[0].title is None


def test_a_letter_signed_with_a_numeral_letter_stays_a_paragraph_of_its_chapter():
    # "Your brother," / "L." closing a letter: the letters L, V, C spell numerals but sign names; a bare numeral on
    # a plain line heads a chapter only where it fits the book's count of chapters
    for sign in ("L.", "V.", "C."):
        letter = [para("Dear Rodolfo,"), para(), para("Your brother,"), para(sign)]
        book = parse_structure(doc(para("I"), para(), para("II"), para(), *letter, para(), para("III"), para()))
        assert [c.number for c in book.chapters] == [1, 2, 3], sign
        assert sign in [p.text for p in book.chapters[1].scenes[-1].paragraphs]
        # signed without a closing line that ends on a comma: the count alone (50, 5, 100 after II) tells it
        unclosed = [para("Dear Rodolfo,"), para(), para("Write soon."), para(sign)]
        book = parse_structure(doc(para("I"), para(), para("II"), para(), *unclosed, para(), para("III"), para()))
        assert [c.number for c in book.chapters] == [1, 2, 3], sign
    # in a book whose chapters are headed by name, "L." signing a letter is no chapter 50 (nor is the next chapter 51)
    letter = [para("Dear Rodolfo,"), para(), para("Your brother,"), para("L.")]
    named = [
        ("heading", "The Glacier", 1),
        ("heading", "Enero", 2),
        para(),
        ("heading", "Mayo", 2),
        para(),
        *letter,
        ("break", "", "—"),
        para(),
    ]
    book = parse_structure(doc(*named, ("heading", "Después", 2), para()))
    assert [(c.number, c.title) for c in book.chapters] == [(1, "Enero"), (2, "Mayo"), (3, "Después")]
    # nor is "I." standing alone in the prose of such a book
    book = parse_structure(
        doc(
            ("heading", "Glacier", 1),
            ("heading", "Enero", 2),
            para(),
            para("I."),
            para(),
            ("heading", "Mayo", 2),
            para(),
        )
    )
    assert [c.title for c in book.chapters] == ["Enero", "Mayo"] and "I." in [p.text for p in book.paragraphs]


def test_a_bare_numeral_that_continues_or_starts_the_count_stays_a_chapter_heading():
    # must not: the real "L" after "XLIX" heads its chapter, even where a letter in XLIX is signed "L." (a signature
    # under a closing line that ends on a comma); a count that restarts at "I" in a new part keeps its headings
    letter = [para("Dear Rodolfo,"), para(), para("Your brother,"), para("L.")]
    book = parse_structure(
        doc(para("XLVIII"), para(), para("XLIX"), para(), *letter, para("L"), para(), para("LI"), para())
    )
    assert [c.number for c in book.chapters] == [48, 49, 50, 51]
    assert "L." in [p.text for s in book.chapters[1].scenes for p in s.paragraphs]
    book = parse_structure(
        doc(
            para("BOOK ONE"),
            para("I"),
            para(),
            para("II"),
            para(),
            para("BOOK TWO"),
            para("I"),
            para(),
            para("II"),
            para(),
        )
    )
    assert [(c.part, c.number) for c in book.chapters] == [
        ("BOOK ONE", 1),
        ("BOOK ONE", 2),
        ("BOOK TWO", 1),
        ("BOOK TWO", 2),
    ]
    book = parse_structure(doc(para("1."), para(), para("2."), para(), para("3."), para()))
    assert [c.number for c in book.chapters] == [1, 2, 3]


def test_a_part_heading_sets_the_part_of_later_chapters():
    book = parse_structure(
        doc(para("PART ONE"), para("CHAPTER 1"), para(), para("PART TWO"), para("CHAPTER 2"), para())
    )
    assert [c.part for c in book.chapters] == ["PART ONE", "PART TWO"]


# ---- what is removed ----------------------------------------------------------------------------------
def test_contents_rows_are_removed_and_real_chapters_kept():
    book = parse_structure(
        doc(
            para("Contents"), para("Chapter 1"), para("Chapter 2"), para("Chapter 1"), para(), para("Chapter 2"), para()
        )
    )
    assert [c.number for c in book.chapters] == [1, 2]
    assert removed_kinds(book).count("contents") >= 2


def test_gutenberg_header_and_footer_are_licence_text():
    book = parse_structure(
        doc(
            para("Project Gutenberg licence words"),
            para("*** START OF THE PROJECT GUTENBERG EBOOK X ***"),
            para(),
            para("*** END OF THE PROJECT GUTENBERG EBOOK X ***"),
            para("more licence"),
        )
    )
    assert len(book.paragraphs) == 1 and removed_kinds(book).count("licence") == 4
    plain = parse_structure(doc(para(), para()))
    assert "licence" not in removed_kinds(plain)


def test_the_end_past_the_middle_starts_back_matter_but_not_early():
    book = parse_structure(doc(para(), para(), para(), para("THE END"), para("About the publisher and more.")))
    assert len(book.paragraphs) == 3 and "back_matter" in removed_kinds(book)
    early = parse_structure(doc(para(), para("THE END"), para(), para(), para()))
    assert "back_matter" not in removed_kinds(early)


def test_a_nonnarrative_section_is_skipped_until_the_story_resumes():
    book = parse_structure(
        doc(
            para("Author's Note"),
            para("I wrote this book in a cold attic over many winters."),
            para("Chapter 1"),
            para(),
        )
    )
    assert len(book.paragraphs) == 1 and "author_note" in removed_kinds(book)


def test_front_matter_before_the_story_is_removed_but_the_first_prose_stays():
    book = parse_structure(
        doc(
            para("The Long Road"),
            para("This novel is a work of fiction. Any resemblance to actual persons is coincidental."),
            para("For my mother"),
            para(),
        )
    )
    kinds = removed_kinds(book)
    assert "licence" in kinds and "dedication" in kinds and len(book.paragraphs) == 1


def test_an_epigraph_opening_a_chapter_is_removed_and_a_quotation_in_the_prose_is_not():
    book = parse_structure(doc(para("Chapter 1"), para("*All that we see is a dream.*"), para("— E. A. Poe"), para()))
    assert "epigraph" in removed_kinds(book) and len(book.paragraphs) == 1
    later = parse_structure(doc(para("Chapter 1"), para(), para("*All that we see is a dream.*"), para("— E. A. Poe")))
    assert "epigraph" not in removed_kinds(later)


def test_editorial_notes_are_cut_out_of_a_paragraph():
    book = parse_structure(doc(para(PROSE + " [TK: check the tide tables]")))
    assert book.paragraphs[0].text == PROSE and "editorial_note" in removed_kinds(book)


# ---- scenes and documents -------------------------------------------------------------------------------
def test_a_scene_break_starts_a_new_scene_and_a_break_before_any_text_does_not():
    book = parse_structure(doc(para("Chapter 1"), ("break", "", "* * *"), para(), ("break", "", "* * *"), para()))
    assert len(book.chapters[0].scenes) == 2


def test_a_document_heading_names_the_narrator_of_its_scene():
    assert document_narrator("*Dr. Seward's Diary.*") == ("Dr. Seward's Diary.", "Dr. Seward")
    assert document_narrator("Dr. Seward's diary lay open on the desk beside the lamp.") is None
    book = parse_structure(doc(para("Chapter 1"), para(), para("*Dr. Seward's Diary.*"), para()))
    scenes = book.chapters[0].scenes
    assert len(scenes) == 2 and scenes[1].narrator == "Dr. Seward"


def test_an_unknown_sub_heading_inside_a_chapter_opens_a_named_scene():
    book = parse_structure(doc(("heading", "Chapter 1", 1), para(), ("heading", "Tomas", 2), para()))
    assert [s.heading for s in book.chapters[0].scenes] == [None, "Tomas"]
    same_level = parse_structure(doc(("heading", "Chapter 1", 1), para(), ("heading", "Tomas", 1), para()))
    assert [c.title for c in same_level.chapters] == [None, "Tomas"]  # at the chapters' level: a chapter


def test_a_book_of_no_prose_is_one_line_naming_what_it_was_read_as():
    with pytest.raises(NoNarrative) as e:
        parse_structure(doc(para("Contents"), para("Chapter 1"), para("Chapter 2")))
    assert "\n" not in str(e.value) and "no narrative prose" in str(e.value)


def test_headings_that_are_only_names_are_chapters_when_no_heading_reads_as_one():
    # Eighty Covers ("## Chef", "## Marisol", "## The Review") and the chapter-per-narrator form of multi-POV
    # novels: the book title, then named headings that each open prose, are chapters titled by the name
    book = parse_structure(
        doc(
            ("heading", "Eighty Covers", 1),
            ("heading", "Chef", 2),
            para(),
            ("heading", "Marisol", 2),
            para(),
            ("heading", "Chef", 2),
            para(),
        )
    )
    assert [c.title for c in book.chapters] == ["Chef", "Marisol", "Chef"]
    assert [s.heading for s in book.scenes] == ["Chef", "Marisol", "Chef"]  # also the scene heading
    # under numbered chapters a name heading stays a sub-heading that starts a scene
    book = parse_structure(
        doc(
            ("heading", "Chapter 1", 2),
            para(),
            ("heading", "Chef", 3),
            para(),
            ("heading", "Marisol", 3),
            para(),
        )
    )
    assert [c.number for c in book.chapters] == [1] and [s.heading for s in book.scenes] == [None, "Chef", "Marisol"]


def test_a_first_heading_that_comes_back_later_is_a_chapter_not_the_book_title():
    # chapters headed by their narrators with no book title above them ("# Willa", "# Jude", "# Willa"; or
    # "# WILLA, June" ... "# WILLA, July"): the first heading heads a chapter again later, so it is no book's title
    for first, again in (("Willa", "Willa"), ("WILLA, June", "WILLA, July")):
        book = parse_structure(
            doc(("heading", first, 1), para(), ("heading", "Jude", 1), para(), ("heading", again, 1), para())
        )
        assert book.title is None and [c.title for c in book.chapters] == [first, "Jude", again]
    # must not: a book title over chapters of other names stays the title
    book = parse_structure(
        doc(("heading", "The Piano Room", 1), para(), ("heading", "Willa", 1), para(), ("heading", "Jude", 1), para())
    )
    assert book.title == "The Piano Room"


def test_chapters_headed_by_the_calendar_need_no_title_line_above_them():
    # months or weekdays as chapter headings with no book title over them ("# March" ... "# May"): one series, so
    # the first is a chapter, not the book's title
    for first, second, third in (("March", "April", "May"), ("Thursday", "Friday", "Saturday")):
        book = parse_structure(
            doc(("heading", first, 1), para(), ("heading", second, 1), para(), ("heading", third, 1), para())
        )
        assert book.title is None and [c.title for c in book.chapters] == [first, second, third]
    # must not: a title over calendar chapters stays the title; names that only look alike keep their own shapes
    book = parse_structure(
        doc(("heading", "The Dry Year", 1), ("heading", "March", 1), para(), ("heading", "April", 1), para())
    )
    assert book.title == "The Dry Year" and [c.title for c in book.chapters] == ["March", "April"]


def test_a_short_numbered_line_after_its_lists_item_before_is_no_chapter():
    # a notice or minutes with numbered items: the last one is short ("7. Closing remarks."), but the paragraph
    # before it opens with 6., so it is a list's item, not chapter 7
    item = "6. On the allotment of the east field, which the secretary read out, and the vote taken on it."
    book = parse_structure(
        doc(
            ("heading", "One", 2),
            para(),
            para(item),
            para("7. Closing remarks."),
            para(),
            ("heading", "Two", 2),
            para(),
        )
    )
    assert [c.number for c in book.chapters] == [1, 2]
    assert "7. Closing remarks." in [p.text for p in book.chapters[0].scenes[0].paragraphs]
    # must not: a numbered chapter heading after prose stays a chapter
    book = parse_structure(doc(para("1. The Shore"), para(), para(), para("2. The Boats"), para()))
    assert [(c.number, c.title) for c in book.chapters] == [(1, "The Shore"), (2, "The Boats")]


def test_a_heading_name_spelled_in_roman_letters_is_no_number():
    # a narrator's name or a word made only of i, v, x, l, c, d, m ("Lili", "Mimi", "Civil War") is no numeral to
    # blank, so two narrators' headings keep two shapes; digits, number words and capital numerals are blanked
    from curation.ingest.manuscripts.structure import _heading_shape

    assert _heading_shape("LILI, March") != _heading_shape("MIMI, April")
    assert _heading_shape("Civil War") == "civil war"
    assert _heading_shape("Stage IV: Ludlow") == _heading_shape("Stage twenty-one") == _heading_shape("Stage 3")
