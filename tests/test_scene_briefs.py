"""Scene prompts that say what happens: Jinja2 templates, grammatical, each person once, the book's own name."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from curation.ingest.manuscripts.briefs import (
    Briefs,
    at_place,
    distinct_people,
    indefinite,
    prompt_setting,
    universe_name,
    universe_slug,
)
from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.roster import load_roster

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "manuscripts"
TONES = ("quiet", "measured", "uneasy", "tense", "urgent")


@pytest.mark.parametrize(
    "word, want",
    [
        ("uneasy", "an uneasy"),
        ("urgent", "an urgent"),
        ("tense", "a tense"),
        ("quiet", "a quiet"),
        ("expository", "an expository"),
        ("unique", "a unique"),
        ("hour-long", "an hour-long"),
        ("action", "an action"),
        ("measured", "a measured"),
    ],
)
def test_indefinite_article(word, want):
    assert indefinite(word) == want


def test_each_person_once_longest_form_kept_pov_left_out():
    names = ["Kael", "Ilse Marren", "Kael Varro", "Hale", "Osei Hale", "Kaela"]
    assert distinct_people(names, "Ilse Marren") == ["Kael Varro", "Osei Hale", "Kaela"]
    assert distinct_people(["Dr. Seward", "John Seward", "Lucy"], None) == ["John Seward", "Lucy"]


def test_setting_is_never_a_chapter_title_or_a_placeholder():
    assert prompt_setting("A Prisoner", "A Prisoner") is None
    assert prompt_setting("unspecified", None) is None
    assert prompt_setting("the Spire / Ring Four", "The Long Descent") == "the Spire, Ring Four"
    assert prompt_setting("the galley / The Long Descent", "The Long Descent") == "the galley"


def test_universe_from_the_argument_or_the_file_name():
    assert universe_name("visions_of_gaea", "x.md") == "Visions of Gaea"
    assert universe_name(None, "books/war-of-the-worlds.txt") == "War of the Worlds"
    assert universe_name(None, "the-quorum-at-calloway.md") == "The Quorum at Calloway"
    assert universe_name(None, "to-the-lighthouse.md") == "To the Lighthouse"
    assert universe_slug(None, "books/War of the Worlds.txt") == "war-of-the-worlds"
    assert universe_slug("gaea", "x.md") == "gaea"


def test_templates_are_data_a_user_folder_replaces_them(tmp_path):
    for name in ("summary.j2", "full-1.j2"):
        (tmp_path / name).write_text(
            {"summary.j2": "{{ pov }} does a thing.", "full-1.j2": "MY TEMPLATE: {{ what }} ({{ tone | a }})"}[name]
        )
    got = Briefs(tmp_path).prompt(
        {"pov": "Mara", "tension": 3, "scene_type": "action"},
        random.Random(1),
        "X",
        people=[],
        setting=None,
        turn="steady",
        gender=None,
    )
    assert got == "MY TEMPLATE: Mara does a thing. (an uneasy)"


def _what_part(prompt: str) -> str:
    """The prompt without a quoted previous passage (which is the book's own text)."""
    for marker in ("The story so far ends:", "Just before this:", "Before this:", "leaves off:", "this passage:"):
        if marker in prompt:
            head, _, tail = prompt.partition(marker)
            rest = tail.lstrip("\n").split("\n\n", 1)
            prompt = head + (rest[1] if len(rest) > 1 else "")
    return prompt


@pytest.fixture(scope="module")
def corpus_rows(corpus_dir):
    rows = []
    for name in ("dracula.txt", "little-fuzzy.txt", "war-of-the-worlds.txt"):
        rows += [(name, r) for r in process_manuscript(corpus_dir / name).rows]
    rows += [
        ("sample", r)
        for r in process_manuscript(
            SAMPLES / "visions-of-gaea-sample.md", roster=load_roster(SAMPLES / "roster.yaml")
        ).rows
    ]
    return rows


@pytest.mark.corpus
def test_corpus_prompts_say_what_happens_in_good_grammar(corpus_rows):
    shapes = set()
    for name, r in corpus_rows:
        prompt = r.conversations[1]["value"]
        m = r.metadata
        what = _what_part(prompt)
        # the book's own name, never another book's
        assert "Visions of Gaea" not in prompt or name == "sample", prompt
        if name != "sample":
            assert m["universe"] == Path(name).stem
        # POV and tone are stated
        assert any(t in what for t in TONES), prompt
        if m["pov"]:
            assert m["pov"] in what, prompt
        # articles agree with the next word
        assert not re.search(r"\ba (?:[aeio]\w|un(?!i)\w)", what), prompt
        assert not re.search(r"\ban [^aeiouh\W]", what), prompt
        # a chapter title is never the setting
        if m.get("chapter_title"):
            assert f"in {m['chapter_title']}" not in what, prompt
        # each person once: a shorter form of a name in the prompt is not there as well
        named = [c for c in m["characters"] if c in what]
        for a in named:
            for b in named:
                if a != b and set(a.split()) < set(b.split()):
                    assert not re.search(rf"\b{re.escape(a)}\b", what.replace(b, "")), (a, b, prompt)
        shapes.add(re.sub(r"[^A-Z]", "", prompt[:12]))
    assert len(shapes) >= 5  # varied phrasings


def test_a_setting_takes_the_preposition_its_place_takes():
    assert at_place("the kitchen") == "in the kitchen"
    assert at_place("the roof, Kowalski's") == "on the roof, Kowalski's"
    assert at_place("the bridge, the Meridian") == "on the bridge, the Meridian"
    assert at_place("the engine room, the Delacroix") == "in the engine room, the Delacroix"
    assert at_place("the bed, St Brendan's") == "in bed, St Brendan's"
    assert at_place("the narrow bed") == "in the narrow bed"
    what = Briefs().tag_summary(
        {
            "pov": "Moth",
            "person": "first",
            "others": [],
            "setting": "the roof",
            "scene_type": "introspective",
            "turn": "steady",
            "terms": [],
        }
    )
    assert what == "Moth is lost in thought on the roof."


def test_what_the_scene_explains_is_not_the_place_it_is_set_in():
    meta = {
        "pov": "Hallie",
        "person": "third",
        "scene_type": "exposition",
        "tension": 2,
        "worldbuilding_terms": ["Delacroix", "Hollis", "Perpetua"],
    }
    text = Briefs().prompt(
        meta, random.Random(1), "Calloway", people=[], setting="the bridge, the Delacroix", turn="steady", gender="she"
    )
    assert "Hollis and Perpetua on the bridge, the Delacroix" in text and "Delacroix on" not in text


def test_the_summary_is_phrased_several_ways_each_grammatical():
    """The summary built from a chunk's tags varies (three phrasings per scene type and turn, fixed per chunk),
    and every phrasing names who, where and how the scene turns."""
    b = Briefs()
    meta = {"pov": "Ines Varga", "person": "third", "scene_type": "action", "tension": 4}
    seen = set()
    for seed in range(30):
        text = b.prompt(
            meta,
            random.Random(seed),
            "Calloway",
            people=["Kit", "Dara Quist"],
            setting="the roof",
            turn="rising",
            gender="she",
        )
        what = next(s for s in re.split(r"(?<=[.:]) |\n", text) if s.startswith("Ines Varga ") and "roof" in s)
        assert "on the roof" in what and "Kit and Dara Quist" in what, what
        seen.add(what)
    assert len(seen) == 3


def test_terms_are_shown_as_the_book_writes_them():
    """The pipeline passes the chunk's terms as the book writes them ("the Guild", "Bertrand's")."""
    meta = {
        "pov": "Ilse",
        "person": "third",
        "scene_type": "exposition",
        "tension": 2,
        "worldbuilding_terms": ["Guild"],
    }
    text = Briefs().prompt(
        meta, random.Random(1), "Calloway", people=[], setting=None, turn="steady", gender="she", terms=["the Guild"]
    )
    assert "the Guild" in text
