"""How a first-person narrator is named without a roster: two forms of one name called in a scene, "I was" before a
name, a letter's signature above a place-and-date line, a word the listener of a frame calls the teller by in every
scene, and one "I" per scene (a scene whose own calls name others borrows no other scene's narrator). Invented texts."""

from __future__ import annotations

from collections import Counter

from curation.ingest.manuscripts.narrator import NarratorEvidence, same_name_forms
from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.tagging import Tagger

_FILL_I = "I walked along the wall and looked at the sea, and I thought about the money for a long time. "
_FILL_HE = "The wind came in off the sea and the shutters knocked, and nobody in the house said a word. "


def _povs(tmp_path, chapters: list[list[str]]):
    """The scene POVs of a book of `chapters`, each a list of scenes ("~" between them)."""
    body = "\n\n".join(f"## Chapter {k + 1}\n\n" + "\n\n~\n\n".join(ch) for k, ch in enumerate(chapters))
    path = tmp_path / "book.md"
    path.write_text(f"# Book\n\n{body}\n", encoding="utf-8")
    res = process_manuscript(path)
    return [res.scene_pov[s.index] for ch in res.book.chapters for s in ch.scenes]


def test_two_forms_of_one_name_called_in_a_scene_are_one_narrator():
    # The Ferry to Heimaey: "Páll," my mother said ... "Palli. Are you scared?" to the boy in one scene
    assert same_name_forms("Tomi", "Tómas") and same_name_forms("Anni", "Anna")
    ev = NarratorEvidence(addressed=Counter({"Tómas": 1, "Tomi": 1}))
    name, conf, why = ev.best()
    assert name in ("Tómas", "Tomi") and why == "addressed in dialogue" and conf >= 0.7
    # must not: two different names called once each stay a tie, and names of several words are not pooled
    assert not same_name_forms("Tomas", "Mara") and not same_name_forms("Tomas Varga", "Tomi")
    assert NarratorEvidence(addressed=Counter({"Tomas": 1, "Mara": 1})).best()[0] is None


def test_forms_of_a_name_the_index_gives_two_genders_are_two_people():
    # a brother and a sister called in one scene ("Mario" and "Maria") are a tie, not one narrator called two ways
    genders = {"Mario": "he", "Maria": "she", "Tómas": "he", "Tomi": "he"}
    ev = NarratorEvidence(addressed=Counter({"Maria": 2, "Mario": 2}), genders=genders)
    assert ev.best() == (None, 0.3, "narrator naming ambiguous")
    # must not: two forms of one gender (or of a gender the index does not know) are still pooled
    assert NarratorEvidence(addressed=Counter({"Tómas": 1, "Tomi": 1}), genders=genders).best()[0] in ("Tómas", "Tomi")
    assert NarratorEvidence(addressed=Counter({"Tómas": 1, "Tomi": 1}), genders={"Tomi": "he"}).best()[0] is not None


def test_the_pooled_forms_acting_in_the_narration_are_read_together():
    # "Tomi" acts in the narration three times and is called "Tómas" twice, "Tomi" once: someone the "I" watches
    ev = NarratorEvidence(addressed=Counter({"Tómas": 2, "Tomi": 1}), acting=Counter({"Tomi": 3}))
    assert ev.best() == (None, 0.3, "named in the narration as someone else")
    # must not: acting less often than called, the pooled name is the narrator's
    ev = NarratorEvidence(addressed=Counter({"Tómas": 2, "Tomi": 1}), acting=Counter({"Tomi": 1}))
    assert ev.best()[0] == "Tómas"


BOOK = """At six, Tomas Varga came down to the quay. Tomas Varga was late and he knew it.

By the bollards, Mara Quint was waiting. Mara Quint had the ledger under her arm and she looked tired.

For a long time Tomas said nothing. He watched the boats. Then Mara watched him, and she wondered what he was thinking.

In the end Tomas went home. He slept badly. All evening Mara stayed on the quay; she was cold and she did not care."""


def test_i_was_before_a_name_introduces_the_narrator():
    # The Rice Terraces at Moramanga ("I was Rakoto too, of course"), The Townland of Carrigeen ("I was Mikey then,
    # to everyone")
    tagger = Tagger()
    tagger.learn_book(BOOK.split("\n\n") * 3)
    text = (
        "On the quay every man who carried a ledger was Tomas to the ferrymen. I was Tomas too, of course, and Tomas "
        "meant nobody in particular.\n\n" + _FILL_I * 4
    )
    res = tagger.pov(text)
    assert res.person == "first" and res.pov == "Tomas Varga" and res.evidence["from"] == "self-introduction", res
    # must not: "I was" before someone's possessive is no self-naming
    res = tagger.pov("I was Mara's clerk for a year, and Mara Quint paid me late.\n\n" + _FILL_I * 4)
    assert res.pov is None, res


def test_a_signature_above_a_place_and_date_paragraph_signs_the_letter():
    # The House at Puthenpura: "Your loving daughter, / Kochu Thresia / Nurses' Home, ..., Bombay 1. The fifth of
    # October, 1958." in paragraphs of their own
    tagger = Tagger()
    tagger.learn_book(BOOK.split("\n\n") * 3)
    letter = "Dearest Tomas,\n\nThe mill stopped last night, and nobody knows when it will start again. " + _FILL_I * 6

    def signed(dateline: str):
        return tagger.pov(f"{letter}\n\nYour loving sister,\n\nMara Quint\n\n{dateline}")

    for dateline in ("Harbour House, Quay Street, Leith. The ninth of May, 1931.", "Leith, 9 May 1931, late at night."):
        res = signed(dateline)
        assert res.pov == "Mara Quint" and res.evidence["from"] == "signature", (dateline, res)
    # the signature carrying its own place and date is still the signature, after a valediction or alone
    for end in ("Your loving sister,\n\nMara Quint, Leith, 9 May 1931", "Mara Quint, Leith, 9 May 1931."):
        res = tagger.pov(f"{letter}\n\n{end}")
        assert res.pov == "Mara Quint" and res.evidence["from"] == "signature", (end, res)
    # must not: a last paragraph that says something in the first person is no dateline, nor is one with no year
    for last in ("I posted it on the ninth of May, 1931.", "Harbour House, Quay Street, Leith."):
        assert signed(last).evidence["from"] != "signature", last


def test_a_word_the_listener_calls_the_teller_by_in_every_scene_names_her(tmp_path):
    # The Cane Gang at Rarawai: the granddaughter's "Nani, how old were you?" in each of the grandmother's scenes,
    # and the teller says "my Nani" of her own grandmother too; Below Sea Level's "Smells what, Ammachi?"
    def telling(extra: str = "") -> str:
        return (
            "The rain came early that year, and the river rose over the road by the mill.\n\n"
            f"“Nonna, what happened after that?”\n\n{_FILL_I * 8}{extra}"
        )

    def story(extra: str = "") -> str:
        return "Ansel Rudd walked up the hill and thought about the mill. " + _FILL_HE * 8 + extra

    def book(extras: list[str]):
        return [
            [telling(), story(extras[0])],
            [telling(), story(extras[1])],
            [telling(), story()],
            [telling(extras[2])],
        ]

    extras = [" On Nonna's head, he said.", " It was Nonna's house.", " And my Nonna before him."]
    told = [p for p in _povs(tmp_path, book(extras)) if p.person == "first"]
    assert len(told) == 4 and all(p.pov == "Nonna" and p.confidence < 0.5 for p in told), told
    # must not: a word the book uses for something else as often as it calls the teller by it names nobody
    extras = [e + " Nonna's goat. Nonna's field." for e in extras]
    told = [p for p in _povs(tmp_path, book(extras)) if p.person == "first"]
    assert all(p.pov is None for p in told), told


def test_a_scene_whose_own_calls_name_another_narrator_keeps_no_other_scenes_narrator(tmp_path):
    # The Ferry to Heimaey: the mother and the son tell scenes of one chapter, each called by name in their own; a
    # scene of the chapter whose calls name the son twice and the mother never is not hers. The "I" is one per scene.
    kit = (
        "I came down to the harbour at six, and the boats were already in. "
        + _FILL_I * 6
        + "\n\n“You are late, Kit,” said Ansel Rudd.\n\n“The tide was late,” I said.\n\n“Sit down, Kit,” he said.\n\n"
        + _FILL_I * 4
    )
    dora = (
        "I carried the nets up from the slip before it was light. "
        + _FILL_I * 6
        + "\n\n“Dora, is that you?” said Ansel Rudd.\n\n“Yes,” I said.\n\n“Dora Fenn, sit down,” said Ansel Rudd.\n\n"
        "“No,” I said.\n\n" + _FILL_I * 4
    )
    other = (
        "The second night I could not sleep, and I went down to the slip. "
        + _FILL_I * 6
        + "\n\n“Dora, is that you?” said Ansel Rudd.\n\n“Yes,” I said.\n\n“Dora Fenn, wait,” said Ansel Rudd.\n\n"
        "“No,” I said.\n\n“Greta Lind, come here,” said Ansel Rudd.\n\n“Why?” I said.\n\n"
        "“Greta Lind, please,” said Ansel Rudd.\n\n“All right,” I said.\n\n" + _FILL_I * 4
    )
    story = (
        "Ansel Rudd walked up the hill and thought about the mill. Dora Fenn was at the gate, and she waved. Dora Fenn "
        "laughed at him. Greta Lind was in the yard, and she did not look up. Greta Lind swore at the dog, and she "
        "went in. Later Greta Lind came out and sat down. " + _FILL_HE * 8
    )
    povs = _povs(tmp_path, [[kit, other], [story], [dora]])
    assert [povs[0].pov, povs[-1].pov] == ["Kit", "Dora Fenn"], povs
    assert povs[1].pov != "Kit", povs[1]
    # must not: calls as even between people no scene of the book tells leave the chapter's "I" to the scene, and so
    # does a scene that names nobody
    povs = _povs(tmp_path, [[kit, other], [story]])
    assert [p.pov for p in povs[:2]] == ["Kit", "Kit"], povs
    unnamed = "The second night I could not sleep, and I went down to the slip. " + _FILL_I * 10
    povs = _povs(tmp_path, [[kit, unnamed], [story], [dora]])
    assert [p.pov for p in povs[:2]] == ["Kit", "Kit"], povs
