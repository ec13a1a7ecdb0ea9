"""A book's own scene-break line (`break_lines`): a short mark that recurs alone between paragraphs breaks its
scenes; a Roman numeral, a line of speech or a list of letters does not."""

from __future__ import annotations

from pathlib import Path

import docx

from curation.ingest.manuscripts.break_lines import book_break_lines
from curation.ingest.manuscripts.readers import read_manuscript
from curation.ingest.manuscripts.structure import parse_structure

DATA = Path(__file__).parent / "data"
REINDEER = DATA / "eval" / "the-reindeer-road.txt"
BOX_FERRY = DATA / "break_lines" / "the-box-ferry.md"

PROSE = [
    "The ferry left at seven with nine cars and a lorry of fish boxes, and she stood at the rail the whole way.",
    "Her brother met the boat with the van and carried her boxes up to the croft without a word about the office.",
    "In the morning the fog lay so thick on the bay that the boats were only sounds, an engine, a man calling.",
    "By evening the hills across the water stood out clear and blue, and she wrote that she would not come back.",
]


def _breaks(path: Path) -> list[str]:
    return [b.raw for b in read_manuscript(path).blocks if b.kind == "break"]


def _scene_counts(path: Path) -> list[int]:
    return [len(c.scenes) for c in parse_structure(read_manuscript(path)).chapters]


def _book(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_reindeer_road_breaks_its_scenes_at_its_lone_o():
    assert book_break_lines(
        [" ".join(p.split()) for p in REINDEER.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    ) == {"o"}
    assert _breaks(REINDEER).count("o") == 3
    # chapters 2, 3 and 7 hold two scenes each (the labels' layout note), the six others one
    assert _scene_counts(REINDEER) == [1, 2, 2, 1, 1, 1, 2, 1, 1]


def test_a_markdown_book_breaks_its_scenes_at_its_lone_x_and_the_same_book_as_docx_too(tmp_path):
    assert _breaks(BOX_FERRY) == ["x", "x", "x"]
    assert _scene_counts(BOX_FERRY) == [2, 3]
    d = docx.Document()
    for par in BOX_FERRY.read_text(encoding="utf-8").split("\n\n"):
        if par.startswith("#"):
            d.add_paragraph(par.lstrip("# ").strip(), style=f"Heading {par.count('#')}")
        else:
            d.add_paragraph(par.strip())
    path = tmp_path / "the-box-ferry.docx"
    d.save(str(path))
    assert _breaks(path) == ["x", "x", "x"]
    assert _scene_counts(path) == [2, 3]


def test_a_mark_seen_once_is_no_break_of_the_book(tmp_path):
    path = _book(tmp_path, "once.txt", "\n\n".join([PROSE[0], PROSE[1], "x", PROSE[2], PROSE[3]]))
    assert book_break_lines([PROSE[0], PROSE[1], "x", PROSE[2], PROSE[3]]) == frozenset()
    assert "x" not in _breaks(path)


def test_roman_numeral_chapter_lines_stay_headings(tmp_path):
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    # two parts, each numbering its chapters from I again: every numeral recurs alone between prose
    paragraphs = [p for _ in range(2) for n in numerals for p in (n, PROSE[0], PROSE[1])]
    assert book_break_lines(paragraphs) == frozenset()
    book = parse_structure(read_manuscript(_book(tmp_path, "roman.txt", "\n\n".join(paragraphs))))
    assert [c.number for c in book.chapters][:10] == list(range(1, 11))


def test_a_lone_o_of_a_poem_is_no_break_where_the_poem_says_o_in_its_lines():
    poem = ["O", "wild west wind, thou breath of autumn's being,", "O", "hear, O hear the song I sing"]
    assert book_break_lines([PROSE[0], *poem, PROSE[1], *poem, PROSE[2]]) == frozenset()
    # nor where the O stands between two prose paragraphs, each time, if the text says it as a word
    assert book_break_lines([PROSE[0], "O", PROSE[1], "O", PROSE[2], "O Lord, she said, not again."]) == frozenset()


def test_a_shout_or_a_one_word_answer_is_no_break():
    shouts = [PROSE[0], "O!", PROSE[1], "O!", PROSE[2], '"O"', PROSE[3], '"O"', PROSE[0]]
    assert book_break_lines(shouts) == frozenset()
    # "I" and "A" as a paragraph of their own: "I" is a Roman numeral, "A" a word of every other paragraph
    answers = [PROSE[0], "I", PROSE[1], "I", PROSE[2], "A", PROSE[3], "A", "She took a cup and went out."]
    assert book_break_lines(answers) == frozenset()


def test_a_list_of_single_letters_is_no_break(tmp_path):
    listing = [PROSE[0], "a", "b", "c", PROSE[1], "a", "b", "d", PROSE[2]]
    assert book_break_lines(listing) == frozenset()
    assert _breaks(_book(tmp_path, "list.md", "\n\n".join(listing))) == []


def test_a_spaced_mark_counts_as_one_mark():
    paragraphs = [PROSE[0], "o O o", PROSE[1], "o  O o", PROSE[2]]
    assert book_break_lines(paragraphs) == {"o O o"}


def test_a_numeral_heading_in_emphasis_stays_a_heading_as_structure_reads_it(tmp_path):
    """The break marks and `structure` ask one `classify_heading`: an italic "*I*" that numbers the chapters of
    each part again is a chapter heading to both, not a mark recurring alone between paragraphs."""
    numerals = ["*I*", "*II*", "*III*", "*IV*"]
    paragraphs = [p for _ in range(2) for n in numerals for p in (n, PROSE[0], PROSE[1])]
    assert book_break_lines(paragraphs) == frozenset()
    book = parse_structure(read_manuscript(_book(tmp_path, "italic.md", "\n\n".join(paragraphs))))
    assert [c.number for c in book.chapters][:4] == [1, 2, 3, 4]


def test_a_letter_of_a_slashed_abbreviation_does_not_stop_the_lone_mark_breaking(tmp_path):
    """ "c/o" on a letter's address or "s/o" on a ration card says its "o" as no word of its own: the lone "o"
    between the scenes is still the book's break (a register in one book writes "d/o", a signature in another
    "T/Sgt.")."""
    address = "Mrs Agnes Reid, c/o the Harbour Office, Kirkwall. Parcel post, two pounds four ounces, paid."
    card = "RELIEF CARD No. 40. Tomas Hale, s/o Peter Hale, Westray. Household: 5. Meal, tea, sugar."
    paragraphs = [PROSE[0], address, PROSE[1], "o", PROSE[2], card, "o", PROSE[3]]
    assert book_break_lines(paragraphs) == {"o"}
    path = _book(tmp_path, "slashed.md", "# One\n\n" + "\n\n".join(paragraphs))
    assert _breaks(path) == ["o", "o"]
    assert _scene_counts(path) == [3]
    # the mark said as a word anywhere in the text still keeps it a paragraph of the text
    assert book_break_lines([*paragraphs, "O my love, she wrote, come home."]) == frozenset()
