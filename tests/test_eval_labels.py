"""The hand labels in tests/data/eval are well formed and the evaluation harness scores them as declared.

These tests read labels and chunk boundaries only, never the tags: the held-out texts must stay out of
anyone's tuning loop, and a label file that no longer lines up with its text (a scene opening not found,
a chunk no scene holds) would silently turn the harness figures into noise.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
import yaml

from curation.domain.scene_types import NARRATIVE_PERSONS, SCENE_TYPES
from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.roster import load_roster

REPO = Path(__file__).resolve().parents[1]

EVAL = REPO / "tests" / "data" / "eval"
LABEL_FILES = sorted(EVAL.glob("*.labels.yaml"))
SCENE_KEYS = {"opens", "pov", "pov_any", "person", "type", "tension", "setting", "characters", "fragment"}


@functools.cache
def _parsed(path: Path) -> dict:
    """Each label file parsed once per process: collection reads every one to sort the books (every xdist worker
    collects the whole suite) and the tests read them again; PyYAML's pure-Python loader makes that 2-3 s a pass."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _labels(path: Path) -> dict:
    """A test's own copy of the parsed labels, so no test sees what another changed."""
    return copy.deepcopy(_parsed(path))


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.name.replace(".labels.yaml", ""))
def test_label_file_is_well_formed(path):
    lab = _labels(path)
    assert lab["source"] and lab["scenes"], path.name
    if lab.get("pov_roster"):
        roster = load_roster(REPO / lab["pov_roster"])
        assert roster is not None
    for name in lab.get("not_characters") or []:
        assert isinstance(name, str) and name.strip()
    for alias_list in (lab.get("aliases") or {}).values():
        assert all(isinstance(a, str) and a for a in alias_list)
    for s in lab["scenes"]:
        where = f"{path.name}: {s.get('opens')!r}"
        assert set(s) <= SCENE_KEYS, where
        # three words or more, or a whole short sentence (a paragraph of its own: "Sorrel ran.")
        assert isinstance(s["opens"], str), where
        assert len(s["opens"].split()) >= 3 or s["opens"].rstrip().endswith((".", "!", "?")), where
        assert "pov" in s or "pov_any" in s, where
        assert s.get("pov") is None or isinstance(s["pov"], str), where
        assert isinstance(s.get("pov_any") or [], list), where
        assert s.get("person") in (None, *NARRATIVE_PERSONS), where
        assert s.get("type") in (None, *SCENE_TYPES), where
        assert s.get("tension") is None or s["tension"] in (1, 2, 3, 4, 5), where
        for key in ("setting", "characters"):
            assert isinstance(s.get(key) or [], list), where


@pytest.fixture(scope="module")
def harness(benchmark_script) -> ModuleType:
    """benchmarks/eval_manuscripts.py, the harness whose scoring these tests check."""
    return benchmark_script("eval_manuscripts")


def _source(lab: dict, harness: ModuleType) -> Path | None:
    path = harness.source_path(lab)
    if path is None:
        pytest.skip(f"{lab['source']} is absent (../shared/corpus)")
    return path


@pytest.mark.parametrize(
    "path",
    [p for p in LABEL_FILES if not _labels(p)["source"].startswith("corpus:")],
    ids=lambda p: p.name.replace(".labels.yaml", ""),
)
def test_every_chunk_of_a_labelled_text_lies_in_a_labelled_scene(path, harness):
    """Scene openings are found in order and every chunk the pipeline makes is held by a labelled scene."""
    lab = _labels(path)
    src_path = _source(lab, harness)
    source = harness._norm(harness.book_text(src_path))
    starts = harness.locate_scenes(source, lab["scenes"])
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    rows = process_manuscript(src_path).rows
    cursor = [0]
    held = [harness.scene_of_chunk(r.text, source, starts, cursor) for r in rows]
    assert rows and all(held), [r.locator for r, h in zip(rows, held, strict=False) if not h]
    if lab.get("holdout"):  # written for the harness at 6-16 chunks, one scene a chunk
        assert 6 <= len(rows) <= 16


@pytest.mark.corpus
@pytest.mark.parametrize(
    "path",
    [p for p in LABEL_FILES if _labels(p)["source"].startswith("corpus:")],
    ids=lambda p: p.name.replace(".labels.yaml", ""),
)
def test_corpus_labels_line_up_with_the_novel(path, harness):
    lab = _labels(path)
    source = harness._norm(_source(lab, harness).read_text(encoding="utf-8-sig"))
    assert len(harness.locate_scenes(source, lab["scenes"])) == len(lab["scenes"])


def _row(text: str, pov, scene_type="action", locator="c"):
    return SimpleNamespace(
        text=text,
        locator=locator,
        conversations=[{"from": "human", "value": "Write it."}],
        metadata={
            "pov": pov,
            "scene_type": scene_type,
            "tension": 3,
            "setting": "the harbour",
            "characters": [],
            "chapter_title": "",
        },
    )


def test_a_book_labelled_for_pov_only_scores_pov_and_nothing_else(harness):
    """Corpus novels carry POV labels only: type and tension are n/a, even for a chunk no scene holds,
    and `pov_any` with null accepts a chunk with no POV."""
    source = (
        "Front matter nobody labelled, long enough to be found.\n\n"
        "Mina's Journal. I went down to the harbour at dawn and waited.\n\n"
        "Cutting from the paper. A ship came ashore in the storm last night.\n\n"
    )
    labels = {
        "scenes": [
            {"opens": "Mina's Journal. I went down", "pov": "Mina Harker"},
            {"opens": "Cutting from the paper. A ship", "pov": None, "pov_any": [None, "Mina Harker"]},
        ],
        "aliases": {"Mina Harker": ["Mina Murray"]},
    }
    rows = [
        _row("Front matter nobody labelled, long enough to be found.", None, locator="front"),
        _row("Mina's Journal. I went down to the harbour at dawn and waited.", "Mina Murray", locator="one"),
        _row("Cutting from the paper. A ship came ashore in the storm last night.", None, locator="two"),
    ]
    s = harness.score_book(labels, rows, source)
    assert s["chunks"] == 3
    assert s["type"] is None and s["type_n"] == 0 and s["tension"] is None
    assert s["pov_n"] == 3 and s["pov"] == pytest.approx(2 / 3)  # the unheld front matter counts as a miss
    assert [d["ok"]["pov"] for d in s["details"]] == [False, True, True]


def test_type_cv_reads_a_single_quoted_book_as_the_pipeline_does(harness, tmp_path):
    """`--type-cv` recomputes each chunk's profile from the row's text; in a book printed with single quotes
    the row keeps the author's marks while the tagger read double ones, so the harness must swap them back
    (it stopped with "the profile does not reproduce the pipeline's scene type" on such a book)."""
    speech = [
        "‘You are late,’ said Ada. ‘The tide has turned.’",
        "‘I know,’ said Bell. ‘The lane was flooded again.’",
        "‘Then we walk,’ said Ada. ‘Bring the lamp.’",
        "‘The lamp is broken,’ said Bell. ‘I dropped it on the stair.’",
        "‘Of course you did,’ said Ada. ‘Bring the candle, then.’",
        "‘It won’t stay lit in this wind,’ said Bell.",
    ]
    book = tmp_path / "quay.md"
    book.write_text("# Quay\n\n## One\n\n" + "\n\n".join(speech * 17) + "\n", encoding="utf-8")
    labels = {"source": str(book), "scenes": [{"opens": "‘You are late,’ said Ada.", "type": "dialogue"}]}
    items = harness.type_items([(tmp_path / "quay.labels.yaml", labels)])
    assert [label for _, _, label in items] == ["dialogue"]
    assert items[0][1].dialogue_share > 0.5  # the speech was read as speech, not as narration


def test_tension_cv_reproduces_the_pipeline_levels_of_a_book(harness, tmp_path):
    """`--tension-cv` recomputes every chunk's profile and the book's blended levels; they must be the
    pipeline's, or the refit would score a different tagger (a single-quoted book included)."""
    calm = "‘The tea is warm,’ said Ada. The afternoon was long and quiet, and nothing happened in the lane."
    book = tmp_path / "lane.md"
    chapters = [f"## {n}\n\n" + "\n\n".join([calm] * 45) for n in ("One", "Two")]
    book.write_text("# Lane\n\n" + "\n\n".join(chapters) + "\n", encoding="utf-8")
    labels = {
        "source": str(book),
        "scenes": [{"opens": "‘The tea is warm,’ said Ada.", "tension": 1}],
    }
    items = harness.tension_items([(tmp_path / "lane.labels.yaml", labels)])
    assert len(items) == 1
    name, profiles, tensions = items[0]
    assert len(profiles) == len(tensions) >= 2 and set(tensions) == {1}
    assert harness._tension_right(items, harness.TENSION_WEIGHTS) == len(tensions)  # a calm book is calm


def test_a_person_whose_name_holds_a_boats_name_is_no_non_person(harness):
    """A labelled person named like the book's boat (the boat "Ellen Grace", the woman "Ellen Grace Hawes") is
    a clean character; the boat's own name among the characters is not."""
    source = "Ellen rowed out to the Ellen Grace at dawn.\n\nThe Ellen Grace lay on the mud, and Kit watched her.\n\n"
    labels = {
        "scenes": [
            {"opens": "Ellen rowed out", "pov": "Ellen Grace Hawes", "characters": ["Ellen Grace Hawes"]},
            {"opens": "The Ellen Grace lay", "pov": "Kit Pardoe", "characters": ["Kit Pardoe"]},
        ],
        "not_characters": ["Ellen Grace"],
    }
    rows = [
        _row("Ellen rowed out to the Ellen Grace at dawn.", "Ellen Grace Hawes", locator="one"),
        _row("The Ellen Grace lay on the mud, and Kit watched her.", "Kit Pardoe", locator="two"),
    ]
    rows[0].metadata["characters"] = ["Ellen Grace Hawes"]
    rows[1].metadata["characters"] = ["Kit Pardoe", "Ellen Grace"]
    s = harness.score_book(labels, rows, source)
    assert [d["non_person_characters"] for d in s["details"]] == [[], ["Ellen Grace"]]
    assert s["chars_clean"] == pytest.approx(1 / 2)


def test_a_listed_alias_with_a_title_is_no_non_person(harness):
    """A name the label writer listed for a person ("Mrs. Pell", the landlady) is that person even when its words
    without the title are a non-person's ("PELL", the brewery on the lorry's side); the bare "Pell" is not."""
    source = "Mrs. Pell poured the tea.\n\nThe Pell lorry stood in the yard, and Kit watched it.\n\n"
    labels = {
        "scenes": [
            {"opens": "Mrs. Pell poured", "pov": "Kit Pardoe", "characters": ["Kit Pardoe", "Ivy Pell"]},
            {"opens": "The Pell lorry", "pov": "Kit Pardoe", "characters": ["Kit Pardoe"]},
        ],
        "aliases": {"Ivy Pell": ["Mrs. Pell"]},
        "not_characters": ["PELL"],
    }
    rows = [
        _row("Mrs. Pell poured the tea.", "Kit Pardoe", locator="one"),
        _row("The Pell lorry stood in the yard, and Kit watched it.", "Kit Pardoe", locator="two"),
    ]
    rows[0].metadata["characters"] = ["Kit Pardoe", "Mrs Pell"]
    rows[1].metadata["characters"] = ["Kit Pardoe", "Pell"]
    s = harness.score_book(labels, rows, source)
    assert [d["non_person_characters"] for d in s["details"]] == [[], ["Pell"]]
