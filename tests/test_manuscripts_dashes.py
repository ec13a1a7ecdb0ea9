"""Chapters that mark speech with opening dashes (`dashes`): read like double-quoted ones, written back as the
author wrote them, and never cut inside their dialogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from curation.ingest.manuscripts.dashes import MIN_PARAGRAPHS, as_quoted, dash_quoted, standard_dashes
from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.readers import read_manuscript
from curation.ingest.manuscripts.settings import ChunkingConfig
from curation.ingest.manuscripts.structure import parse_structure
from curation.ingest.manuscripts.text import leaves_quote_open, narration_only, quoted_spans

EVAL = Path(__file__).resolve().parents[1] / "tests" / "data" / "eval"
BOOKS = ["the-taxi-on-avenida-de-mayo.txt", "the-courtyard-on-hang-bac.md"]


def spoken(text: str) -> list[str]:
    """The words of each quoted span of the dash paragraph as the taggers read it, marks and stops dropped."""
    read = as_quoted(text)
    return [" ".join(re.findall(r"[\w’']+", read[a:b])) for a, b in quoted_spans(read)]


def told(text: str) -> str:
    return " ".join(re.findall(r"[\w’']+", narration_only(as_quoted(text))))


@pytest.mark.parametrize(
    ("paragraph", "speech", "narration"),
    [
        # unspaced, the Spanish way: the tag set off by " —" and "—", the speech resuming after it
        (
            "—Constitución —he says—. As fast as you can, maestro.",
            ["Constitución", "As fast as you can maestro"],
            "he says",
        ),
        ("—Constitución is not going anywhere.", ["Constitución is not going anywhere"], ""),
        ("—You have children, maestro? —he says.", ["You have children maestro"], "he says"),
        # a tag that is a sentence of narration, with a capital
        (
            "—Three officers. —The sergeant looked at him a while longer—. Good boy.",
            ["Three officers", "Good boy"],
            "The sergeant looked at him a while longer",
        ),
        # a word broken off inside the speech turns nothing; a dash closing the tag at the end brings no speech back
        ("—I was going to— —he says.", ["I was going to"], "he says"),
        ("—Good evening —he says, very polite—.", ["Good evening"], "he says very polite"),
        # spaced, the Vietnamese way: every dash between spaces turns
        ("— Bác Tư ơi, còn phở không? — he said, as he did.", ["Bác Tư ơi còn phở không"], "he said as he did"),
        (
            "— For you there's broth, — she said. — The meat is for people who pay.",
            ["For you there's broth", "The meat is for people who pay"],
            "she said",
        ),
    ],
)
def test_a_dash_paragraph_reads_as_quoted_speech_around_its_tag(paragraph, speech, narration):
    read = as_quoted(paragraph)
    assert len(read) == len(paragraph)
    assert [i for i, c in enumerate(read) if c.isspace()] == [i for i, c in enumerate(paragraph) if c.isspace()]
    assert spoken(paragraph) == speech
    assert told(paragraph) == narration
    assert not leaves_quote_open(read)  # the next paragraph is not the same speech carried on


@pytest.mark.parametrize(
    "paragraph",
    [
        "He waited — nothing.",
        "She had—he thought—no choice at all.",
        "The door opened. —It was only the wind.",
        "“Come in,” she said — and he did.",
    ],
)
def test_a_dash_inside_narration_is_no_speech(paragraph):
    assert as_quoted(paragraph) == paragraph


def test_a_chapter_is_a_dash_chapter_only_when_its_speech_is():
    spanish = ["—Hola —dice—. Pasá.", "—Gracias.", "He sat.", "—¿Mate?", "—Bueno.", "—¿Dónde? —preguntó."] * 2
    assert dash_quoted(spanish)
    assert not dash_quoted(spanish[: MIN_PARAGRAPHS - 1])  # a few dashes are not a convention
    signed = ["“Come in,” she said.", "“Thanks.”", "He sat — at last.", "— I.V."] * 2
    assert not dash_quoted(signed)  # a quoted chapter's signature line is not speech


@pytest.mark.parametrize("name", BOOKS)
def test_a_dash_book_keeps_its_dashes_and_is_never_cut_inside_its_dialogue(name):
    path = EVAL / name
    assert standard_dashes(parse_structure(read_manuscript(path)).chapters)
    # small chunks, so that scenes are cut inside and the dialogue rules have cuts to keep out of it
    small = ChunkingConfig(min_words=150, max_words=600, target_min_words=250, target_max_words=350)
    result = process_manuscript(path, chunking=small)
    own = [p.text for p in parse_structure(read_manuscript(path)).paragraphs]
    assert [p.text for p in result.book.paragraphs] == own  # the paragraphs get the author's text back
    for row in result.rows:
        assert all(p in own for p in row.text.split("\n\n"))
        assert row.conversations[-1]["value"] == row.text
    dashed = {p.index for p in result.book.paragraphs if p.text.lstrip().startswith("—")}
    scene = {p.index: k for k, s in enumerate(result.book.scenes) for p in s.paragraphs}
    inside = [
        (row, last)
        for row, nxt in zip(result.rows, result.rows[1:], strict=False)
        if (last := row.paragraphs[1] - 1) + 1 == nxt.paragraphs[0] and scene[last] == scene[nxt.paragraphs[0]]
    ]
    assert inside
    for row, last in inside:
        if {last, last + 1} <= dashed:
            assert row.cut_in_dialogue  # only when nothing else fitted, and then reported
