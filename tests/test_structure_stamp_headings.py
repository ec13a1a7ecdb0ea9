"""Chapters headed by a stamp alone on its line whose shape repeats with other numbers (a log stamp, a day count, a
dateline), in a plain text or a Markdown file with only its title marked; sentences, speech and a numbered list that
only look like one stay prose, and nothing is lost."""

from __future__ import annotations

from pathlib import Path

from curation.ingest.manuscripts.readers import read_manuscript
from curation.ingest.manuscripts.structure import parse_structure

#: About 190 words of prose: a chapter's worth between two stamps.
PROSE = [
    "The pump house at the end of the causeway had been shut for a winter and smelt of rust and old tar when Odile "
    "forced the door, and the gauges on the back wall had all stopped at the same hour, as if somebody had told them.",
    "She lit the lamp and set it on the bench and began on the valves, one at a time, the way her father had shown "
    "her, with the spanner wrapped in a rag so it would not slip and the grease tin open beside her knee.",
    "Outside the tide turned. She heard it before she saw it, the long suck of water going back through the sluice, "
    "and she counted the seconds between the knocks in the pipe until they came evenly, and then she let herself sit.",
    "By the time the light came grey over the marsh the first pump was turning, slow and complaining, and the water "
    "in the ditch below the causeway had begun, very slightly, to fall. She wrote the level in the book and the time.",
]
BODY = "\n\n".join(PROSE)


def _book(tmp_path: Path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return parse_structure(read_manuscript(p))


def test_repeated_log_stamps_head_the_chapters_of_a_plain_text(tmp_path):
    stamps = ["PUMP LOG 3 / 0540", "PUMP LOG 3 / 2210", "PUMP LOG 4 / 0415"]
    text = "THE DROWNED ACRE\n\n" + "".join(f"{s}\n\n{BODY}\n\n" for s in stamps)
    book = _book(tmp_path, "acre.txt", text)
    assert [c.title for c in book.chapters] == stamps
    assert [len(c.scenes) for c in book.chapters] == [1, 1, 1]
    assert [r.text for r in book.removed if r.kind == "heading"] == stamps


def test_day_counts_under_a_marked_title_head_the_chapters_of_a_markdown_file(tmp_path):
    text = f"# The Drowned Acre\n\nDay 12\n\n{BODY}\n\nDay 13\n\n{BODY}\n\nDay 20\n\n{BODY}\n"
    book = _book(tmp_path, "acre.md", text)
    assert [c.title for c in book.chapters] == ["Day 12", "Day 13", "Day 20"]


def test_log_entries_head_the_chapters_and_open_their_records(tmp_path):
    text = f"THE DROWNED ACRE\n\nLOG ENTRY 14\n\n{BODY}\n\nLOG ENTRY 15\n\n{BODY}\n"
    book = _book(tmp_path, "acre.txt", text)
    assert [c.title for c in book.chapters] == ["LOG ENTRY 14", "LOG ENTRY 15"]
    assert [c.scenes[0].document for c in book.chapters] == ["LOG ENTRY 14", "LOG ENTRY 15"]


def test_place_and_date_lines_head_the_chapters(tmp_path):
    text = f"THE DROWNED ACRE\n\nRye, 3 March 1953\n\n{BODY}\n\nWinchelsea, 9 April 1953\n\n{BODY}\n"
    book = _book(tmp_path, "acre.txt", text)
    assert [c.title for c in book.chapters] == ["Rye, 3 March 1953", "Winchelsea, 9 April 1953"]


def test_sentences_speech_and_lists_that_look_like_stamps_stay_prose(tmp_path):
    lines = [
        "I waited 3 hours.",  # a sentence
        '"Day 3," she said.',  # speech
        "Level 2",  # the same line twice: no number changes
        "Level 2",
    ]
    text = f"THE DROWNED ACRE\n\n{BODY}\n\n" + "".join(f"{line}\n\n{BODY}\n\n" for line in lines[:3]) + lines[3]
    text += f"\n\n{BODY}\n"
    book = _book(tmp_path, "acre.txt", text)
    assert len(book.chapters) == 1
    kept = {p.text for p in book.paragraphs}
    assert {"I waited 3 hours.", '"Day 3," she said.'} <= kept
    # a numbered list inside a chapter (a line of prose under each) is no series of chapters
    steps = "".join(f"Step {n}\n\nTurn the valve a quarter and wait for the knock in the pipe.\n\n" for n in (1, 2, 3))
    book = _book(tmp_path, "steps.txt", f"THE DROWNED ACRE\n\n{BODY}\n\n{steps}{BODY}\n")
    assert len(book.chapters) == 1
    assert sum(p.text.startswith("Turn the valve") for p in book.paragraphs) == 3


def test_a_stamp_series_in_a_book_with_chapter_headings_stays_text(tmp_path):
    text = f"THE DROWNED ACRE\n\nCHAPTER ONE\n\nDay 12\n\n{BODY}\n\nCHAPTER TWO\n\nDay 13\n\n{BODY}\n"
    book = _book(tmp_path, "acre.txt", text)
    assert [c.label for c in book.chapters] == ["Chapter 1", "Chapter 2"]


def test_a_short_line_of_speech_ending_in_a_straight_quote_is_kept_before_any_heading(tmp_path):
    text = f'THE DROWNED ACRE\n\n{BODY}\n\nShe looked at it. "Eleven?"\n\n{BODY}\n'
    book = _book(tmp_path, "acre.txt", text)
    assert 'She looked at it. "Eleven?"' in {p.text for p in book.paragraphs}
    assert not [r for r in book.removed if r.kind == "title_page" and "Eleven" in r.text]
