"""Books that mark speech with single quotes (`quotes`): read like double-quoted ones, written back as the
author wrote them."""

from __future__ import annotations

import re
from pathlib import Path

from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.quotes import as_double, single_quoted

REPO = Path(__file__).resolve().parents[1]


def british(text: str) -> str:
    """A double-quoted book in single quotes: curly and straight double marks become single ones."""
    text = text.replace("“", "‘").replace("”", "’")
    text = re.sub(r'(^|(?<=[\s(\[—–-]))"', "‘", text, flags=re.M)
    return text.replace('"', "’")


def test_speech_marks_are_swapped_one_for_one_and_apostrophes_are_left_alone():
    line = "‘I don’t know,’ she said. ‘The boys’ room is upstairs.’ He nodded at ’em."
    got = as_double(line)
    assert len(got) == len(line)
    assert got.startswith("“I don’t know,” she said. “The boys” room")  # a plural possessive ends a quote early
    assert as_double("'Can't,' he said, 'won't.'") == '"Can\'t," he said, "won\'t."'
    assert as_double("He said it was the boys’ fault.") == "He said it was the boys’ fault."


def test_a_book_is_single_quoted_only_when_its_speech_is():
    uk = ["‘Come in,’ she said.", "‘Thanks.’", "He sat.", "‘Tea?’ ‘Please.’", "‘Good.’", "‘Where?’ he asked."]
    us = ["“Come in,” she said.", "“He said ‘never’ to me,” she said.", "He sat.", "“Tea?” “Please.”"] * 2
    assert single_quoted(uk)
    assert not single_quoted(us)
    assert not single_quoted(["It was the ‘best’ of times.", "He sat."])  # a scare quote or two is not a convention


def test_a_single_quoted_book_gets_the_tags_of_its_double_quoted_twin_and_keeps_its_own_marks(tmp_path):
    # The Widow Kell, in its own double quotes and rewritten in British single quotes
    source = REPO / "tests" / "data" / "eval" / "the-widow-kell.md"
    uk = tmp_path / "the-widow-kell.md"
    uk.write_text(british(source.read_text(encoding="utf-8")), encoding="utf-8")
    us_rows = process_manuscript(source).rows
    uk_result = process_manuscript(uk)
    keys = ("pov", "person", "scene_type", "tension", "setting", "characters")
    assert [{k: r.metadata[k] for k in keys} for r in uk_result.rows] == [
        {k: r.metadata[k] for k in keys} for r in us_rows
    ]
    assert any(r.metadata["scene_type"] == "dialogue" for r in uk_result.rows)
    book = uk.read_text(encoding="utf-8")
    for row in uk_result.rows:
        assert "“" not in row.text and '"' not in row.text and "‘" in row.text
        assert all(p in book for p in row.text.split("\n\n"))
        assert row.conversations[-1]["value"] == row.text
    assert not any("“" in p.text or '"' in p.text for p in uk_result.book.paragraphs)
