"""Two short probe texts written for these tests, unlike the books the rules were read from (tests/data/probes):

- The Lantern Tithe: space opera whose ships, stations and species have capitalised names that look like people's
  (the *Adaline Strand*, the *Jonah Brisk*, Velsen Reach, Kessel Spur, the Qell) and whose chapter titles are a
  place ("Velsen Reach") and a role ("The Envoy");
- The Duchess of Arle: a court tale whose people are known by their posts ("the Duchess", "the Chancellor", "the
  Abbot"), with a castle, a lake and an abbey named like people (Greymantle, Holloway Water, Saint Wenna's) and a
  chapter titled "The Duchess".

Each is cut, tagged and checked as a new user's book would be: places, ships and species never among the
characters, people never in a setting, no chapter title as a setting unless it is a place, and the people present
in a scene (as a reader of the probe says) listed in it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.settings import ChunkingConfig

PROBES = Path(__file__).resolve().parent / "data" / "probes"
#: the probes are short: chunks of a scene each
SMALL = ChunkingConfig(min_words=100, max_words=600, target_min_words=200, target_max_words=400)

BOOKS = {
    "the-lantern-tithe.md": {
        "people": {"Inés Corvo": ["Inés", "Corvo"], "Dima Rask": ["Dima"], "Oru Hesketh-Tal": ["Oru"]},
        "not_people": ["Adaline Strand", "Jonah Brisk", "Velsen", "Reach", "Kessel Spur", "Qell", "Rim", "Control"],
        "present": {
            1: ["Inés Corvo", "Dima Rask"],
            2: ["Inés Corvo", "Dima Rask", "Oru Hesketh-Tal"],
            3: ["Inés Corvo", "Dima Rask", "Oru Hesketh-Tal"],
            4: ["Inés Corvo", "Dima Rask"],
        },
    },
    "the-duchess-of-arle.md": {
        "people": {
            "Tamsin Ferrer": ["Tamsin"],
            "Duchess": [],
            "Chancellor": [],
            "Corwen Blythe": ["Corwen"],
        },
        "not_people": ["Greymantle", "Holloway Water", "Saint Wenna", "Arle", "Abbey", "Kelling", "Candlemas"],
        "present": {
            1: ["Tamsin Ferrer", "Duchess", "Chancellor"],
            2: ["Tamsin Ferrer", "Duchess"],
            3: ["Tamsin Ferrer", "Chancellor", "Corwen Blythe"],
            4: ["Tamsin Ferrer", "Duchess"],
        },
    },
}


@pytest.fixture(scope="module")
def built():
    return {name: process_manuscript(PROBES / name, chunking=SMALL) for name in BOOKS}


def _words(name: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_][\w’'\-]*", name)} - {"the"}


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_no_place_ship_or_species_among_the_characters(built, name):
    rows = built[name].rows
    assert len(rows) >= 4
    bad = [_words(n) for n in BOOKS[name]["not_people"]]
    for r in rows:
        for c in r.metadata["characters"]:
            assert not any(b <= _words(c) for b in bad), (r.locator, c)


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_no_person_and_no_chapter_title_as_a_setting(built, name):
    res = built[name]
    people = [_words(p) for p in BOOKS[name]["people"]] + [
        {w.casefold()} for names in BOOKS[name]["people"].values() for w in names
    ]
    places = {_words(e.name).__str__() for e in res.model.places}
    settings = 0
    for r in res.rows:
        setting = r.metadata.get("setting") or ""
        settings += bool(setting)
        got = _words(setting)
        assert not any(p and p <= got for p in people), (r.locator, setting)
        title = r.metadata.get("chapter_title") or ""
        if setting.casefold().removeprefix("the ") == title.casefold().removeprefix("the "):
            assert str(_words(title)) in places, (r.locator, setting)  # "Velsen Reach": a place the book is in
    assert settings == len(res.rows)  # every scene of these says where it is


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_the_people_present_are_listed_where_they_are(built, name):
    # who is present in each scene, as a reader of the probe says (by the scene's number in the book)
    present = BOOKS[name]["present"]
    rows = {int(re.search(r"scene (\d+)", r.locator).group(1)): r for r in built[name].rows}
    assert sorted(rows) == sorted(present)
    for k, people in present.items():
        listed = rows[k].metadata["characters"]
        for person in people:
            assert any(_words(c) & _words(person) for c in listed), (k, person, listed)


def test_the_model_keeps_ships_stations_and_species_apart_from_people(built):
    m = built["the-lantern-tithe.md"].model
    assert m.kind_of("Qell") == "kind"
    assert m.kind_of("the Adaline Strand") in ("thing", "place")
    assert m.kind_of("Velsen Reach") == "place"
    assert m.kind_of("Dima Rask") == "person"
    m = built["the-duchess-of-arle.md"].model
    assert m.kind_of("the Duchess") == "person"
    assert m.kind_of("Holloway Water") == "place"
    assert m.ranks_in("“Sixty crowns,” the Chancellor was saying.") == ["Chancellor"]
