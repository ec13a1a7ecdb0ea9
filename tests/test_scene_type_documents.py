"""A scene that opens as a letter or a dated record: its type goes to the review file with the two readings named
(exposition if it sets out what happened, introspective if it is written to think), unless the whole book is told
in documents. And the four types' meanings reach the LLM labeller's prompt from one place."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from curation.domain.scene_types import SCENE_TYPE_MEANINGS, SCENE_TYPES, scene_type_meanings
from curation.ingest.manuscripts.documents import DOCUMENT_TYPE_CONFIDENCE, book_documents, document_opening
from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.review import review_rows
from curation.ingest.manuscripts.roster import load_roster
from curation.ingest.manuscripts.settings import ChunkingConfig
from curation.llm.prompt_files import Prompts

LETTER = (
    "*Harwick Mill, the 4th of March 1902.*\n\nDear Tom,\n\nThe water came over the weir on Monday night and by "
    "Tuesday it stood two feet deep in the lower shed. We moved the bolts of cloth to the loft first, then the "
    "ledgers, then the small loom, which took six men. Mr Aske came down on Wednesday and said the wall would "
    "hold, and on Thursday it fell. The insurance man has been twice. He writes everything in a green book and "
    "says nothing, and I think he means to pay us nothing either. Mother is well. The dog is not, but he never "
    "was.\n\nYour sister, Nell."
)
CHASE = (
    "Nell ran. She crossed the yard, vaulted the low wall and dropped into the ditch beyond it. The dogs crashed "
    "through the hedge behind her. She scrambled up the bank, grabbed a root and hauled herself over. A shot "
    "cracked past her head. She rolled, leapt to her feet and ran on toward the river, out past the mill and down "
    "the steps. She jumped. The water hit her like a fist. She kicked hard and swam for the far bank."
)
TALK = (
    "“You heard about the wall,” said Tom.\n\n“Everybody heard,” Nell said. “It came down like a sigh.”\n\n"
    "“Aske said it would hold.”\n\n“Aske says a great many things,” she said. “Ask him about the roof.”\n\n"
    "“I did,” Tom said. “He said it would hold.”\n\nShe laughed, and he laughed with her, and for a while they "
    "said nothing at all and watched the water go down the race."
)
THINKING = (
    "Nell sat by the window after the others had gone to bed and wondered whether she had been right to write. "
    "She remembered the winter their father died, and how Tom had said nothing for a week, and she felt the same "
    "quiet coming now. Had she told him too much? Not enough? She thought of the green book and the man's careful "
    "hands, and she was afraid, though she could not have said of what, and she hoped the morning would tell her."
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (LETTER, "a letter"),
        ("My dear Anna,\n\nI write in haste, for the coach is at the door.", "a letter"),
        ("Brother Aurel to the chapter at Vell, greeting.\n\nThe harvest was poor again.", "a letter"),
        ("Pump house log. Reservoir nine. Day 14, 0400 hours.\n\nLevels steady. No callers.", "a record"),
        ("*Thursday the 9th. Rain.*\n\nNothing from the bank again. I walked to the ferry.", "a record"),
    ],
)
def test_a_scene_opening_as_a_letter_or_a_dated_record_is_found(text, kind):
    assert document_opening(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        CHASE,
        TALK,
        "It was the fourth of March when the water came over the weir.\n\nNobody at the mill slept.",
        "Tom.\n\nThe name sat on the page and would not be followed by anything.",
        "TOM: Is the wall holding?\n\nNELL: For now.",
        "The log was wet through.\n\nShe split it anyway and fed the stove.",
    ],
)
def test_narration_that_mentions_a_date_a_name_or_a_log_is_no_document(text):
    assert document_opening(text) is None


def test_a_book_told_in_documents_keeps_its_scenes_off_the_list():
    dated = [f"*Harwick, the {d}th of March.*\n\nMore rain. {THINKING}" for d in (4, 5, 6, 7)]
    assert all(document_opening(t) for t in dated)
    assert book_documents([*dated, CHASE, TALK]) == [None] * 6  # four in six: the book's own narration
    assert book_documents([LETTER, CHASE, TALK, THINKING]) == ["a letter", None, None, None]


@pytest.fixture(scope="module")
def mill(tmp_path_factory) -> dict[str, tuple[dict, dict]]:
    """A book of four chapters (a chase, a letter, a talk, a night's thoughts): "chase", "letter", "talk",
    "thinking" -> (metadata, review row or {})."""
    d = tmp_path_factory.mktemp("mill")
    book = d / "mill.md"
    chapters = (CHASE, LETTER, TALK, THINKING)
    book.write_text("# The Mill\n\n" + "".join(f"## {n}\n\n{t}\n\n" for n, t in enumerate(chapters, 1)), "utf-8")
    (d / "roster.yaml").write_text(yaml.safe_dump({"characters": [{"name": "Nell", "role": "pov"}]}))
    small = ChunkingConfig(min_words=40, target_min_words=60, target_max_words=160, max_words=240)
    res = process_manuscript(book, roster=load_roster(d / "roster.yaml"), chunking=small)
    assert len(res.rows) == 4
    listed = {row["chunk_key"]: row for row in review_rows(res)}
    names = ("chase", "letter", "talk", "thinking")
    return {n: (r.metadata, listed.get(r.metadata["chunk_key"], {})) for n, r in zip(names, res.rows, strict=True)}


def test_a_letter_in_a_book_is_listed_for_its_type_with_both_readings(mill):
    meta, row = mill["letter"]
    assert meta["tag_confidence"]["scene_type"] <= DOCUMENT_TYPE_CONFIDENCE
    assert "opens as a letter: exposition if it mainly sets out what happened, introspective if" in row["why"]
    chase, row = mill["chase"]
    assert chase["scene_type"] == "action" and chase["tag_confidence"]["scene_type"] > DOCUMENT_TYPE_CONFIDENCE
    assert "opens as" not in row.get("why", "")


def test_the_labeller_prompt_states_every_type_with_its_meaning():
    assert set(SCENE_TYPE_MEANINGS) == set(SCENE_TYPES)
    prompt = Prompts(None).render("scene_labels", text="x", book="b", sheet="", scene_types=scene_type_meanings())
    for kind in SCENE_TYPES:
        assert f'"{kind}": {SCENE_TYPE_MEANINGS[kind]}' in prompt
    assert "a letter, log or report that mainly sets out what happened" in prompt


def test_the_packaged_prompt_reads_the_meanings_from_the_domain_module():
    packaged = Path(__file__).resolve().parents[1] / "curation/defaults/prompts/generation/scene_labels.txt"
    text = packaged.read_text(encoding="utf-8")
    assert "{{ scene_types }}" in text
    assert not any(SCENE_TYPE_MEANINGS[k] in text for k in SCENE_TYPES)  # one source, not a copy
