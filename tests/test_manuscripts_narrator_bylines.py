"""How a first-person narrator is named without a roster: a byline with the writer's particulars after the name, and a
chapter's closing signature, which names no scene told in the third person. Invented texts."""

from __future__ import annotations

from curation.ingest.manuscripts.narrator import byline
from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.tagging import Tagger

_FILL_I = "I walked along the wall and looked at the sea, and I thought about the money for a long time. "
_FILL_HE = "The wind came in off the sea and the shutters knocked, and nobody in the house said a word. "

#: Third-person scenes that make the book's people known: the boy Bolo Rook, his mother Ilse, his aunt Mara.
_KNOWN = (
    "At six, Bolo Rook came down to the quay. Bolo Rook was late and he knew it. For a long time Bolo said nothing. He "
    "watched the boats. " + _FILL_HE * 3,
    "By the bollards, Ilse Rook was waiting. Ilse Rook had the ledger under her arm and she looked tired. Then Ilse "
    "watched him, and she wondered what he was thinking. " + _FILL_HE * 3,
    "By the door, Mara Quint was standing. Mara Quint had a basket on her arm and she looked cold. Then Mara watched "
    "them, and she wondered what they were saying. " + _FILL_HE * 3,
)


def _povs(tmp_path, chapters: list[list[str]]):
    """The scene POVs of a book of `chapters`, each a list of scenes ("~" between them)."""
    body = "\n\n".join(f"## Chapter {k + 1}\n\n" + "\n\n~\n\n".join(ch) for k, ch in enumerate(chapters))
    path = tmp_path / "book.md"
    path.write_text(f"# Book\n\n{body}\n", encoding="utf-8")
    res = process_manuscript(path)
    return [res.scene_pov[s.index] for ch in res.book.chapters for s in ch.scenes]


def test_a_byline_with_the_writers_particulars_names_the_pieces_i():
    # The Night of Tracy's essay ("<title>, by <name>, Year 8"), The Back Four's "By <name>, Sports Reporter"
    assert byline("My Summer at the Mill, by Lena Moraes, Form 2") == "Lena Moraes"
    assert byline("By Tomas Varga, Harbour Correspondent") == "Tomas Varga"
    assert byline("Dinner for one. By Tomas Varga.") == "Tomas Varga"
    # must not: a route ("the long way, by Leith and Rosyth") is no byline, nor a long clause after a name
    assert byline("I went the long way, by Leith and Rosyth, because the road was shut") is None
    assert byline("We came home by Tomas Varga, who was driving the cart all the way from the mill") is None
    tagger = Tagger()
    tagger.learn_book([k for k in _KNOWN for _ in range(3)])
    res = tagger.pov("What I Did at Easter, by Mara Quint, Form 3\n\n" + _FILL_I * 5)
    assert res.person == "first" and res.pov == "Mara Quint" and res.evidence["from"] == "byline", res


def test_a_chapters_signature_names_no_scene_told_in_the_third_person(tmp_path):
    # The Harbour at Richmond (a letter closing a chapter after two third-person scenes) and The House at Puthenpura
    # (the same device, h20b)
    letter = "Dear Bolo,\n\n" + _FILL_I * 5 + "\n\nYour loving aunt,\n\nMara"
    povs = _povs(tmp_path, [[_KNOWN[0], _KNOWN[1]], [_KNOWN[0], _KNOWN[1], letter]])
    assert povs[-1].pov and povs[-1].pov.startswith("Mara") and povs[-1].evidence["from"] == "signature", povs[-1]
    for p in povs[2:4]:
        assert p.person == "third" and p.evidence.get("from") != "signature", p
