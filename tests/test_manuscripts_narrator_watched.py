"""A first-person narrator is never someone the book shows as another person: one the scene's narration names as
acting, one a line is said to beside "to my father", and (with a roster) one the book's third-person scenes follow as
their POV while another POV character is left to be the "I".

Hand-made scenes of a salt-works family (the mother's close-third chapters, her son's unnamed "I"); each rule is
checked with the text that triggers it and without it.
"""

from __future__ import annotations

from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.roster import Character, Roster
from curation.ingest.manuscripts.tagging import Tagger

_I = "I carried the rake along the pans and watched the water go white, and I counted the heaps twice. "
_HE = "The wind came off the lagoon and the pans dried, and nobody on the bank said a word. "


def _roster(*chars: tuple[str, list[str]]) -> Roster:
    return Roster([Character(name, aliases, "pov") for name, aliases in chars])


def _tagger(text: str) -> Tagger:
    t = Tagger(_roster(("Rosa Lanza", ["Rosa", "Zia Rosa"]), ("Turi", []), ("Salvo Lanza", ["Salvo"])))
    t.learn_book([text] * 3)
    return t


def test_a_name_the_narration_shows_acting_is_not_the_i_however_the_i_answers_it():
    # the girl of The Yard at Jacmel's last scene: "Grann wakes me", "Wi, Grann." twice; the sister of The Rains in
    # Arat Kilo's ninth: "Gebeyehu," said my father, once, and Gebeyehu named once in the narration
    text = (
        "Zia Rosa wakes me before the light. " + _I * 6 + "\n\n“Yes, Zia Rosa.”\n\n"
        "Zia Rosa gives me the bread. " + _I * 6 + "\n\n“Yes, Zia Rosa.”\n\n" + _I * 4
    )
    res = _tagger(text).pov(text)
    assert res.person == "first" and res.pov is None and res.confidence < 0.5, res
    # must not: a name standing as a label in the narration, acting in nothing, leaves the call naming the "I" (The
    # Mercy Winter's "Recorder: I. Varga." over the log its recorder tells)
    labelled = (
        "Name on the tin: Zia Rosa. Weight: four kilos.\n\n"
        + _I * 6
        + "\n\n“Zia Rosa, the carts,” he said.\n\n"
        + _I * 6
    )
    res = _tagger(labelled).pov(labelled)
    assert res.person == "first" and res.pov == "Rosa Lanza", res
    # must not: a name called clearly more often than the narration uses it stays the "I"'s (a stray self-reference)
    called = (
        "Turi was the boy they sent for salt. "
        + _I * 6
        + "\n\n“Turi, the rake,” said Rosa.\n\n“Coming,” I said.\n\n"
        + _I * 2
        + "\n\n“Faster, Turi,” she said.\n\n“Yes,” I said.\n\n"
        + _I * 6
    )
    res = _tagger(called).pov(called)
    assert res.person == "first" and res.pov == "Turi", res


def test_a_call_in_a_line_said_to_a_relation_is_to_them_not_to_the_i():
    # the diarist of The Garden in Shemiran: "She looked at my father. “Sarhang, he is a good boy.”"; "said to my
    # father, “Tumur-guai, ...”" in The Steppe at Bayan Ovoo
    def scene(to_father: str, at_father: str) -> str:
        return (
            _I * 6 + f"\n\n“Salvo, the carts are late,” she said{to_father}.\n\n" + _I * 2 + "\n\n"
            f"She put the bowl down{at_father}. “Salvo, eat something,” she said.\n\n" + _I * 2 + "\n\n"
            "“Turi, take the rake,” she said.\n\n" + _I * 6
        )

    told = scene(" to my father", ". She looked at my father")
    res = _tagger(told).pov(told)
    assert res.person == "first" and res.pov == "Turi", res
    # must not: the same calls with nothing saying whom they are said to: the name called twice wins
    bare = scene("", "")
    res = _tagger(bare).pov(bare)
    assert res.person == "first" and res.pov == "Salvo Lanza", res


def _chapters(tmp_path, chapters: list[str], roster: Roster | None):
    body = "\n\n".join(f"## {k + 1}\n\n{c}" for k, c in enumerate(chapters))
    path = tmp_path / "salt.md"
    path.write_text(f"# Salt\n\n{body}\n", encoding="utf-8")
    res = process_manuscript(path, roster=roster)
    return [res.scene_pov[s.index] for ch in res.book.chapters for s in ch.scenes]


def _third(who: str) -> str:
    first = who.split()[0]
    return (
        f"{who} stood at the sluice and thought about the price of salt. She wondered whether the buyer would come. "
        + _HE * 12
        + f"\n\n{first} went home and thought about it again, and she felt cold."
    )


# the boy of The Mine at Siglo Veinte: one "Inside, Rosenda." said to the mother whose chapters the book tells in the
# close third, in his own unnamed first-person chapter
_CALLED_INSIDE = (
    "The fires were lit all along the row when I came up. " + _I * 8 + "\n\nHis wife stood in the door.\n\n"
    "“Salvo—”\n\n“Inside, Rosa.”\n\n" + _I * 8
)
_UNNAMED = "On Sunday I went down to the lagoon alone. " + _I * 14


def test_with_a_roster_a_call_to_a_person_the_book_tells_in_the_third_person_does_not_name_the_i(tmp_path):
    chapters = [_third("Rosa Lanza"), _CALLED_INSIDE, _third("Rosa Lanza"), _UNNAMED]
    povs = _chapters(tmp_path, chapters, _roster(("Rosa Lanza", ["Rosa"]), ("Turi", [])))
    assert [p.person for p in povs] == ["third", "first", "third", "first"]
    # the one POV character who tells no third-person chapter, never the mother called once
    assert [p.pov for p in povs] == ["Rosa Lanza", "Turi", "Rosa Lanza", "Turi"]
    # must not: with every POV character told in the third person somewhere, the call may name one of them as the
    # "I" of another chapter (a woman's close-third chapter, then her own first-person one)
    povs = _chapters(tmp_path, chapters[:3], _roster(("Rosa Lanza", ["Rosa"])))
    assert [p.pov for p in povs] == ["Rosa Lanza", "Rosa Lanza", "Rosa Lanza"]
    # must not: when the book's third-person chapters follow someone else, the call is the only naming there is
    roster = _roster(("Rosa Lanza", ["Rosa"]), ("Turi", []), ("Nina Greco", ["Nina"]))
    povs = _chapters(tmp_path, [_third("Nina Greco"), _CALLED_INSIDE, _third("Nina Greco")], roster)
    assert [p.pov for p in povs] == ["Nina Greco", "Rosa Lanza", "Nina Greco"]
