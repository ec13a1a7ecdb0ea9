"""The held-out targets, measured on a hand-labelled manuscript unlike the shipped sample.

See tests/manuscript_fixture_heldout.py: a contemporary thriller with colliding POV names, a first-person
chapter, many heading styles and break markers, front and back matter, a long chapter with no break,
given as .md, .txt, .docx and chapter folders (with front/back-matter files, and with them inline).
Targets (issue 3): 100% of chunks within 800-2,500 words, 0 cuts inside dialogue, 0 non-narrative text
in chunks, >= 99% of non-fragment narrative words kept, POV correct for >= 95% of chunks, scene type
correct for >= 85%.
"""

from __future__ import annotations

import re

import manuscript_fixture_heldout as heldout
import pytest

from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.roster import load_roster

RENDITIONS = ["md", "txt", "docx", "folder", "folder-inline"]


@pytest.fixture(scope="module")
def master():
    return heldout.load_master()


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    return heldout.renditions(tmp_path_factory.mktemp("heldout"))


@pytest.fixture(scope="module")
def results(paths):
    roster = load_roster(heldout.ROSTER)
    return {
        (name, with_roster): process_manuscript(path, roster=roster if with_roster else None)
        for name, path in paths.items()
        for with_roster in (False, True)
    }


def test_fixture_is_what_it_claims(master):
    words = sum(s.words for s in master.scenes)
    assert 12_000 <= words <= 17_000
    assert {s.pov for s in master.scenes} == {"Ana Reyes", "Anna Lind", "Tom Becker", "Tomas Varga"}
    assert {s.person for s in master.scenes} == {"first", "third"}
    assert max(s.words for s in master.scenes) > 2500  # the long chapter with no break
    assert sum(s.fragment for s in master.scenes) == 1


@pytest.mark.parametrize("with_roster", [False, True], ids=["no-roster", "roster"])
@pytest.mark.parametrize("name", RENDITIONS)
def test_heldout_targets(results, master, name, with_roster):
    res = results[(name, with_roster)]
    m = heldout.measure(res, master)
    assert m["chunks"] >= 12
    assert m["in_bounds"] == 1.0
    assert m["dialogue_cuts"] == 0 and not any(r.cut_in_dialogue for r in res.rows)
    assert m["non_narrative_leaks"] == []
    assert m["kept"] >= 0.99
    assert m["scene_type"] >= 0.85, m["details"]
    assert m["person"] == 1.0, m["details"]
    # the one labelled fragment (a 212-word scene between two other POVs) is rejected with its reason
    assert [(f.reason, f.words) for f in res.fragments] == [("fragment_under_min_words", 212)]
    # every rendition, not only the .md the target test reads
    assert m["pov"] >= 0.95, m["details"]


@pytest.mark.parametrize("with_roster", [False, True], ids=["no-roster", "roster"])
def test_heldout_pov_target(results, master, with_roster):
    assert heldout.measure(results[("md", with_roster)], master)["pov"] >= 0.95


def test_first_person_chapter_narrator_named_by_address(results, master):
    """Chapter SEVEN never names its narrator in narration: others call him "Tomas"; he calls them by name too."""
    for with_roster in (False, True):
        res = results[("md", with_roster)]
        rows = [r for r in res.rows if r.metadata["chapter"] == 7]
        assert rows and all(r.metadata["person"] == "first" for r in rows)
        assert all(r.metadata["pov"] == "Tomas Varga" for r in rows), [r.metadata["pov"] for r in rows]


def test_colliding_names_never_swap(results, master):
    """Anna Lind's chunks never carry Ana Reyes, Tom Becker's never carry Tomas Varga, and the reverse."""
    pairs = {
        ("Ana Reyes", "Anna Lind"),
        ("Anna Lind", "Ana Reyes"),
        ("Tom Becker", "Tomas Varga"),
        ("Tomas Varga", "Tom Becker"),
    }
    for with_roster in (False, True):
        m = heldout.measure(results[("md", with_roster)], master)
        swaps = [(want, got) for _, _, want, got, *_ in m["details"] if (want, got) in pairs]
        assert swaps == []


@pytest.mark.parametrize("name", ["txt", "docx", "folder", "folder-inline"])
def test_renditions_give_the_same_chunks(results, name):
    for with_roster in (False, True):
        want = [r.text for r in results[("md", with_roster)].rows]
        assert [r.text for r in results[(name, with_roster)].rows] == want


def test_front_and_back_matter_reported_by_kind(results):
    kinds = results[("md", False)].book.removed_words()
    for kind in ("title_page", "licence", "epigraph", "contents", "editorial_note", "back_matter"):
        assert kinds.get(kind, 0) > 0, (kind, kinds)
    removed = " ".join(r.text for r in results[("md", False)].book.removed)
    assert "The fog came in at four o’clock" in removed  # the excerpt from another book, after THE END


def test_front_matter_without_headings_or_copyright_line(master, tmp_path):
    """A copyright page that does not start with "Copyright", a long dedication, no contents heading."""
    md = heldout.markdown_text(master)
    md = md.replace("Copyright © 2024 by Ines Calloway\n\n", "")
    md = md.replace(
        "*For Ruth, who taught me to read a tide table, and never, ever to trust one.*",
        "For Ruth, who taught me to read a tide table, and never, ever to trust one, and for my "
        "father, who kept the light on.",
    )
    md = re.sub(r"## Contents\n\n(?:.+\n\n)+?(?=# PART ONE)", "", md)
    path = tmp_path / "book.md"
    path.write_text(md, encoding="utf-8")
    res = process_manuscript(path)
    m = heldout.measure(res, master)
    assert m["non_narrative_leaks"] == [] and m["kept"] >= 0.99
    assert res.book.paragraphs[0].text.startswith("The runner went over the chain-link fence")
    kinds = res.book.removed_words()
    assert kinds.get("licence", 0) >= 80 and kinds.get("dedication", 0) > 0
