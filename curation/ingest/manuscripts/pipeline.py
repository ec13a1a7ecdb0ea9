"""One manuscript end to end: read -> structure -> scene POV -> chunk -> tag -> prompt.

`process_manuscript` is the library entry point used by the build's `ManuscriptSource`, the
`prepare-gaea` command and `prepare_visions_of_gaea.py`; it returns plain data (rows, fragments,
removed text) so callers decide how to report it.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...records import stable_id
from ...tokens import count_tokens
from .briefs import briefs, prompt_setting, scene_turn, universe_name, universe_slug
from .character_sheet import character_sheet
from .characters import CharacterModel
from .chunking import Fragment, plan_chunks
from .dashes import standard_dashes
from .documents import DOCUMENT_TYPE_CONFIDENCE, book_documents, opens_as_record, opens_on_a_date, record_shape
from .labels import Labelling, apply_labels, chunk_key, heuristic_confidence
from .names import TITLE_GENDER, merge_variants, name_words, title_case
from .narrator import (
    called_in_speech,
    ending_variant,
    narrator_evidence,
    role_pattern,
    same_name_forms,
    self_roles,
    signature,
    without_postscripts,
)
from .people import PersonIndex
from .pov import OMNISCIENT, shows_no_mind
from .prompts import conversations, quotes_chunk
from .quotes import restore, standard_quotes
from .readers import read_manuscript
from .roster import Roster
from .runs import run_groups, split_runs
from .second_person import book_you, proper_words, you_evidence
from .settings import ChunkingConfig, ManuscriptsConfig
from .structure import Book, ParagraphRun, Removed, Scene, heading_name, parse_structure, title_after_number
from .tagging import NAMED_NARRATOR, PLURAL_NARRATOR, PRONOUN_LEADER, SECOND_PERSON, PovResult, Tagger, present_share
from .text import UPPER, narration_only, strip_emphasis
from .unnamed_mind import named_pov_of_pronoun, pooled_owner
from .weights import Weights


@dataclass
class ChunkRow:
    id: str
    group: str
    text: str
    conversations: list[dict[str, str]]
    metadata: dict
    locator: str
    index: int
    paragraphs: tuple[int, int]  # first, last+1 narrative paragraph index
    cut_in_dialogue: bool = False


@dataclass
class ManuscriptResult:
    source: str
    book: Book
    rows: list[ChunkRow] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)
    scene_pov: dict[int, PovResult] = field(default_factory=dict)
    model: CharacterModel | None = None  # the book's character model every tag was read with

    @property
    def removed(self) -> list[Removed]:
        return self.book.removed

    def removed_summary(self) -> dict:
        return {
            "removed_words_by_kind": self.book.removed_words(),
            "removed_items": sum(1 for r in self.book.removed if r.words),
            "narrative_words": sum(p.words for p in self.book.paragraphs),
            "chunk_words": sum(r.metadata["word_count"] for r in self.rows),
            "fragment_words": sum(f.words for f in self.fragments),
        }


_SIGNATURE = re.compile(rf"^\W*(?:[{UPPER}][{UPPER}.’'\-]+\s*){{1,4}}\W*$")


def _signature(paragraphs: list) -> str | None:
    """The signer of a document whose heading names nobody: a last line like "JONATHAN HARKER.", before any
    postscript ("“P. S.--Mother sends her love.")."""
    kept = without_postscripts([p.text for p in paragraphs])
    last = strip_emphasis(kept[-1]).strip() if kept else ""
    if _SIGNATURE.match(last) and len(last.split()) >= 2:
        return " ".join(title_case(w) for w in re.findall(rf"[{UPPER}][{UPPER}’'\-]+", last)) or None
    return None


#: which scenes may share a chunk: ("pov", the POV or None) or ("document", the scene its impersonal document opens at)
PovKey = tuple[str, str | int | None]


@dataclass
class DocumentContext:
    """The epistolary document a scene belongs to: its heading, its narrator (None: impersonal)."""

    heading: str
    narrator: str | None
    start: int  # index of the scene the heading opened


def scene_documents(book: Book) -> dict[int, DocumentContext]:
    """Which document each scene is part of: a narrator heading holds until the next heading.

    The chapter title counts as a heading for the chapter's first scenes; a new chapter without a
    heading ends the document (a novel may hold one letter and go back to ordinary narration).
    Scenes of a document with no named narrator take the signature at its end, when it has one.
    """
    out: dict[int, DocumentContext] = {}
    for ch in book.chapters:
        cur = DocumentContext(ch.document, ch.narrator, ch.scenes[0].index) if ch.document else None
        members: dict[int, list[Scene]] = {}
        for s in ch.scenes:
            if s.document is not None:
                cur = DocumentContext(s.document, s.narrator, s.index)
            if cur is not None:
                out[s.index] = cur
                members.setdefault(id(cur), []).append(s)
        for scenes in members.values():
            doc = out[scenes[0].index]
            if doc.narrator is None:
                doc.narrator = _signature(scenes[-1].paragraphs)
    # one person, one label: "Dr. Seward" / "Seward", "Van Helsing" / "Abraham Van Helsing"
    canon = merge_variants(Counter(d.narrator for d in out.values() if d.narrator))
    for d in {id(d): d for d in out.values()}.values():
        if d.narrator:
            d.narrator = canon.get(d.narrator, d.narrator)
    return out


def _scene_povs(book: Book, tagger: Tagger) -> tuple[dict[int, PovResult], dict[int, PovKey]]:
    """POV per scene and the key that decides which scenes may share a chunk.

    Inside a document the POV is its narrator (first person by nature of a journal or letter); an
    impersonal document (a newspaper cutting, a ship's log) has no POV and only merges with itself.
    Elsewhere the tagger reads whose inner life the narration follows: evidence is read for every
    scene first, so the book's likely POV characters (whose thoughts it narrates by name) are known
    before any scene is decided; scenes are then decided in reading order, each knowing the last POV.
    """
    docs = scene_documents(book)
    tagger.learn_voice([s.text for s in book.scenes])
    tagger.learn_descriptions([s.text for s in book.scenes])
    third = [s for s in book.scenes if not (docs.get(s.index) and docs[s.index].narrator)]
    evidence = {s.index: tagger.pov_evidence(s.text) for s in third}
    if tagger.learn_pronouns([e for e in evidence.values() if e is not None]):
        # someone the index gives no pronoun, whom the narration takes up by one: read again knowing it
        evidence = {s.index: tagger.pov_evidence(s.text) for s in third}
    tagger.learn_pov_prior([e for e in evidence.values() if e is not None])
    povs: dict[int, PovResult] = {}
    keys: dict[int, PovKey] = {}
    prior: str | None = None
    for ch in book.chapters:
        for s in ch.scenes:
            doc = docs.get(s.index)
            if doc is not None and doc.narrator:
                name = tagger.resolve_narrator(doc.narrator)
                povs[s.index] = PovResult(name, 0.95, "first", {"from": "document heading", "document": doc.heading})
                keys[s.index] = ("pov", name)
                continue
            res = tagger.pov(
                s.text,
                narrator=None,
                chapter_title=ch.title,
                heading=s.heading,
                prior=prior,
                evidence=evidence.get(s.index),
            )
            # a first-person narrator is "I", never the "he" or "she" opening the next scene: only a third-person
            # POV carries on into a scene that opens on a bare pronoun
            prior = res.pov if res.person == "third" else None
            if doc is not None:
                res = PovResult(None, 0.5, res.person, {"from": "impersonal document", "document": doc.heading})
                keys[s.index] = ("document", doc.start)
            else:
                keys[s.index] = ("pov", res.pov)
            povs[s.index] = res
    _second_person_you(book, povs, keys, tagger)
    _pooled_unnamed_mind(book, povs, keys, evidence, tagger)
    _pov_elsewhere_of_unnamed_mind(book, povs, keys, evidence, tagger)
    _recurring_titles(book, povs, keys, tagger)
    _name_headed_chapters(book, povs, keys, tagger)
    _signed_chapters(book, docs, povs, keys, tagger)
    _told_in_third_person(book, povs, keys, tagger)
    if not tagger.pov_names:
        _called_other_voice(book, povs, keys)
    _same_narrator(book, povs, keys)
    _book_narrator(book, povs, keys, tagger.pov_names)
    _only_roster_narrator(book, povs, keys, tagger.pov_names)
    _roster_narrator_of_no_scene(book, povs, keys, tagger.pov_names)
    if not tagger.pov_names:
        _called_narrators(book, povs, keys)
        _called_across_scenes(book, povs, keys)
        _lent_called_name(book, povs, keys)
        _joined_narrator_names(book, povs, keys)
        _described_narrator(book, povs, keys, tagger)
    _settle_undecided(book, povs, keys)
    _tie_settled_by_pronoun(book, povs, keys)
    if not tagger.pov_names:
        _unshown_minds(povs, evidence)
    return povs, keys


#: The confidence of a third-person POV whose mind its scene never names (`_unshown_minds`): below the review line.
UNSHOWN_MIND_CONF = 0.45


def _unshown_minds(povs: dict[int, PovResult], evidence: dict) -> None:
    """Without a roster, a third-person scene's POV whose thought and sensing the scene never names
    (`pov.shows_no_mind`) keeps its name at a confidence below the review line: the opening, the book prior or the
    first named subject gave it the scene's pronoun, and these are wrong about a fifth of the time (a visitor the POV
    watches opening the scene: a-dime-on-the-dead, the-garden-in-shemiran, the-highlife-band; the book's POV of other
    scenes given a scene carried by another's "she": the-brewers-winter, the-corvin-passage, the-reindeer-road). The
    name stays (a None would cost as much and name nobody); the review file says it is a guess. Applied after every
    book-level pass, so no POV and no chunk changes."""
    for i, res in povs.items():
        ev = evidence.get(i)
        if ev is None or res.person != "third" or not res.pov or res.confidence <= UNSHOWN_MIND_CONF:
            continue
        if shows_no_mind(ev, res.pov):
            povs[i] = PovResult(
                res.pov, UNSHOWN_MIND_CONF, res.person, {**res.evidence, "unshown_mind": round(res.confidence, 3)}
            )


#: The confidence of a second-person scene's "you": named in the scene as the book's "you", named in the scene only,
#: lent by the book's other second-person scenes.
_YOU_NAMED, _YOU_OWN, _YOU_LENT = 0.6, 0.5, 0.45


def _second_person_you(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], tagger: Tagger) -> None:
    """The "you" of the book's second-person scenes (`second_person`): the person others address by name in them,
    pooled over all of them (one "you" for the book), as the roster spells them when there is one (only its POV
    characters may be the "you"); a "you" never named stays None."""
    told = [
        s
        for s in book.scenes
        if povs[s.index].person == "second" and povs[s.index].evidence.get("from") == SECOND_PERSON
    ]
    if not told:
        return

    def resolve(name: str) -> str | None:
        if tagger.pov_names:
            got = tagger.roster.match_name(name) if tagger.roster else None
            return got if got in tagger.pov_names else None
        return tagger.people.resolve(name) or name

    proper = proper_words("\n\n".join(p.text for p in book.paragraphs))
    # the one-word names of the book's people (as the roster spells them, when there is one): names wherever they stand
    # (h18f: changes one text of the 123, the-glacier-above-yungay's "Teodorito", with and without a roster)
    known = frozenset(f[0] for f, p in tagger.people.forms.items() if len(f) == 1 and tagger.real_person(p))
    evidence = {s.index: you_evidence(s.text, proper, known) for s in told}
    narrated: Counter = Counter()
    for ev in evidence.values():
        for name, n in ev.narrated.items():
            who = resolve(name)
            if who:
                narrated[who] += n
    who, own = book_you(evidence, resolve, narrated)
    for s in told:
        res = povs[s.index]
        name = who or own[s.index]
        if name is None:
            continue
        conf = _YOU_NAMED if own[s.index] == who else _YOU_LENT if who else _YOU_OWN
        why = "the person others call by name in the book's second-person scenes" if who else "called by name here"
        called = dict(evidence[s.index].called)
        povs[s.index] = PovResult(
            name, conf, res.person, {**res.evidence, "from": f"second-person 'you', {why}", "called": called}
        )
        keys[s.index] = ("pov", name)


def _unnamed_mind(res: PovResult) -> bool:
    """No POV, and an unmarked pronoun nobody named can own weighs at least as much as anyone named, or carries the
    scene's mind against a leader of the other gender who shows none (`pov.other_pronoun_mind`)."""
    scores = res.evidence.get("scores") or {}
    return (
        res.pov is None
        and res.evidence.get("from") in (None, "unnamed mind")
        and bool(res.evidence.get("unnamed_pronoun"))
        and (
            res.evidence.get("unnamed_pronoun", 0) >= max(scores.values(), default=0)
            or bool(res.evidence.get("other_pronoun"))
        )
    )


def _pooled_unnamed_mind(
    book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], evidence: dict, tagger: Tagger
) -> None:
    """Third-person scenes each read as an unnamed mind are one POV character's when the book names one person in
    most of them (`unnamed_mind.pooled_owner`); each scene that names that person in its narration, or whose speech
    calls them by name (`narrator.called_in_speech`: "“Brica?” Senna calls from a doorway", the only naming of a
    scene told in "she"), is theirs."""
    unnamed = [
        s.index
        for s in book.scenes
        if evidence.get(s.index) is not None and keys[s.index][0] == "pov" and _unnamed_mind(povs[s.index])
    ]
    got = pooled_owner([evidence[i] for i in unnamed], tagger.pov_gender, tagger.pov_names or None)
    if got is None:
        return
    who, pronoun = got
    texts = {s.index: s.text for s in book.scenes}
    for i in unnamed:
        if who in evidence[i].present or who in called_in_speech(texts[i], tagger.people.in_scene(texts[i])):
            povs[i] = PovResult(
                who,
                0.5,
                povs[i].person,
                {**povs[i].evidence, "from": f"named in most of the book's unnamed-mind scenes ('{pronoun}')"},
            )
            keys[i] = ("pov", who)


#: How sure another scene's POV must be for `_pov_elsewhere_of_unnamed_mind` to count its person as a POV character
#: (the-scottish-play: a man the tagger guessed at 0.45 for one scene is no POV to give a third scene's "he").
_DECIDED_ELSEWHERE = 0.5
#: The confidence of a scene given by `_pov_elsewhere_of_unnamed_mind`: a book-level claim, below a scene's own.
_NAMED_ELSEWHERE_CONF = 0.4


def _pov_elsewhere_of_unnamed_mind(
    book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], evidence: dict, tagger: Tagger
) -> None:
    """A scene still read as an unnamed mind is a POV character's of the book when it names one of them, of its
    carrying pronoun's gender, as its subject and never as someone the pronoun is not (`unnamed_mind.
    named_pov_of_pronoun`): the book-level counterpart of a scene's own claims, so at a low confidence."""
    # the POV of another scene decided on its own evidence, not one itself a guess (at least `_DECIDED_ELSEWHERE`)
    third = _decided_povs(povs, keys)
    for s in book.scenes:
        i, ev = s.index, evidence.get(s.index)
        if ev is None or keys[i][0] != "pov" or not _unnamed_mind(povs[i]):
            continue
        got = named_pov_of_pronoun(ev, tagger.pov_gender, {p for j, p in third.items() if j != i})
        if got is None or (tagger.pov_names and got[0] not in tagger.pov_names):
            continue
        who, pronoun = got
        povs[i] = PovResult(
            who,
            _NAMED_ELSEWHERE_CONF,
            povs[i].person,
            {**povs[i].evidence, "from": f"the book's POV character named as '{pronoun}'"},
        )
        keys[i] = ("pov", who)


#: Where a first-person scene's narrator came from when a heading, a document or a signature named it: a recurring
#: chapter title does not override these.
_NAMED_BY_TEXT = ("document heading", "signature", "scene heading", "byline")


def _recurring_titles(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], tagger: Tagger) -> None:
    """First-person chapters headed by the same name again and again are told by that name's owner.

    A book that alternates its "I" between two people heads each chapter with the teller's name ("# 1. NORA",
    "# 2. SAM", "# 4. NORA" in Contents of a House; "## Chef", "## Marisol", "## Chef" in Eighty Covers): a title
    that comes back over chapters is no subject of one chapter but a label, and a name-shaped label over "I" is
    the teller, whatever the chapter's own text calls them, and even when the book never uses that name
    elsewhere. Only a title whose name part (before a comma, colon, dash or bracket) heads two or more
    first-person chapters, is name-shaped (`Tagger.titled_narrator`) and names no place or thing; a document
    heading, a byline or a signature named by the text itself keeps its narrator."""
    by_name: dict[str, list] = {}
    for ch in book.chapters:
        name = heading_name(ch.title or "")
        first = [s for s in ch.scenes if povs[s.index].person == "first" and keys[s.index][0] == "pov"]
        if name and first:
            by_name.setdefault(name.casefold(), []).append((name, first))
    for uses in by_name.values():
        if len(uses) < 2:
            continue
        narrator = tagger.titled_narrator(uses[0][0])
        if narrator is None:
            continue
        for _, scenes in uses:
            for s in scenes:
                res = povs[s.index]
                if res.evidence.get("from") in _NAMED_BY_TEXT or (res.pov == narrator and res.confidence >= 0.8):
                    continue
                povs[s.index] = PovResult(
                    narrator,
                    0.8,
                    "first",
                    {**res.evidence, "from": "chapter title", "title_recurs": len(uses), "was": res.pov},
                )
                keys[s.index] = ("pov", narrator)


#: Where a scene's POV came from when its heading or its chapter's title named it.
_FROM_HEADING = ("scene heading", "chapter title")


def _name_headed_chapters(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], tagger: Tagger) -> None:
    """In a book that heads its chapters by their tellers' names, every chapter headed by a name is its teller's.

    A book of many voices puts each teller's name over the chapter and often nowhere else: the tellers seldom name
    themselves ("## Ancil", a preacher his chapter calls only "Brother Tolliver"; "## Virgil", a child who says
    "Virgil" for "I", so his chapter reads as told in the third person), so a name heading only once is still the
    label a reader goes by. Two or more chapter titles already taken as narrators from their headings (a person the
    book knows, or a recurring title: "One: Claudette", "Three: Junior", "Four: Odile", "Eleven: Mary Alice" in Out at
    Celestine; "## Luther", "## Ora Lee", "## Tobe", "## Hollis" in The Burying of Delphine Ashby) show the book
    labels its chapters so; then another chapter whose title is shaped like a name the book uses for no place or
    thing (`Tagger.labelled_narrator`) takes it as the POV of its scenes. A title that is not a name ("Table Nine",
    "The Review", "Correspondence" among Eighty Covers' and Contents of a House's names) is left alone, as are a
    scene a document, a signature or a byline names, one whose POV already shares a word with the title ("Miz
    Gatlin" under "Ione Gatlin"), a first-person scene whose narration names the title's person as someone else
    (the chapter is about them), and a chapter of several voices or signed by another (`_several_voices`)."""
    titled = [(ch, heading_name(title_after_number(ch.title or ""))) for ch in book.chapters]
    titled = [(ch, name) for ch, name in titled if name]
    tellers = {
        name.casefold()
        for ch, name in titled
        if any(
            povs[s.index].pov and str(povs[s.index].evidence.get("from")).startswith(_FROM_HEADING) for s in ch.scenes
        )
    }
    if len(tellers) < 2:
        return
    for ch, name in titled:
        if name.casefold() in tellers:
            continue
        who = tagger.labelled_narrator(name)
        if who is None or _several_voices(ch.scenes, povs, name):
            continue
        for s in ch.scenes:
            res = povs[s.index]
            if keys[s.index][0] != "pov" or res.evidence.get("from") in _NAMED_BY_TEXT:
                continue
            if res.pov and set(name_words(res.pov)) & set(name_words(name)):
                continue
            if res.person == "first" and (res.evidence.get("named_in_narration") or {}).get(who, 0) >= 2:
                continue
            povs[s.index] = PovResult(
                who,
                0.7,
                res.person,
                {**res.evidence, "from": "chapter title", "titles_name_tellers": len(tellers), "was": res.pov},
            )
            keys[s.index] = ("pov", who)


def _several_voices(scenes: list[Scene], povs: dict[int, PovResult], title: str) -> bool:
    """Whether a chapter's scenes are told by more than one voice, or signed by someone its title does not name: a
    thread of letters under a heading that labels what it is ("# 3. Correspondence" among "# 1. NORA" and "# 2. SAM"
    in Contents of a House: its pieces are Nora's, Carol Lindley's and Pat Hartley's), not one teller's chapter."""
    told = {povs[s.index].pov for s in scenes if povs[s.index].pov}
    if len(told) >= 2:
        return True
    own = set(name_words(title))
    for s in scenes:
        signer = signature([p.text for p in s.paragraphs[-4:]])
        if signer and not set(name_words(signer)) & own:
            return True
    return False


def _signed_chapters(
    book: Book, docs: dict, povs: dict[int, PovResult], keys: dict[int, PovKey], tagger: Tagger
) -> None:
    """A chapter ending in a valediction and a name (a foreword "Yours very sincerely, Edgar Rice
    Burroughs.") is a letter: its signer is the narrator of its scenes outside any document. A chapter whose
    earlier scenes are signed by someone else is a thread of letters (Contents of a House's emails: "With best
    wishes, / Nora Rowe", "Yours sincerely, / Carol Lindley"), not one letter: its last signature names only the
    last letter's writer, and each scene keeps its own evidence."""
    for ch in book.chapters:
        signer = signature([p.text for p in ch.scenes[-1].paragraphs[-4:]])
        if not signer:
            continue
        name = tagger.resolve_narrator(signer)
        if _other_signers(ch.scenes[:-1], name, tagger):
            continue
        for s in ch.scenes:
            # a scene told in the third person before the letter is no part of it: the signer is not its POV
            if s.index not in docs and povs[s.index].person != "third":
                povs[s.index] = PovResult(name, 0.8, "first", {"from": "signature", "signature": signer})
                keys[s.index] = ("pov", name)


#: Why a short signed piece of a thread has no POV (`_thread_of_short_pieces`).
_THREAD = "one of a thread's short pieces by several writers"


def _thread_of_short_pieces(
    book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], min_words: int, people: PersonIndex
) -> None:
    """A chapter whose first-person scenes shorter than a chunk are signed by two or more writers is a thread (Contents
    of a House's e-mails: "With best wishes, Nora Rowe", "N.", "Yours sincerely, Carol Lindley", "Best, Pat"; read
    with every person, as with a roster only its POV characters sign): no piece can be a chunk of its own, so each
    writer's POV would leave it a fragment outside every chunk. The short pieces share one chunk with no
    one POV, as a reader labels the thread; each signer stays in its evidence."""
    for ch in book.chapters:
        short = [
            s
            for s in ch.scenes
            if povs[s.index].person == "first" and keys[s.index][0] == "pov" and len(s.text.split()) < min_words
        ]
        # every signer, a roster's POV character or not (with a roster only its POV characters may narrate)
        signers = {p for s in short for p in narrator_evidence(s.text, people, lambda p: True).signed}
        if len(signers) < 2:
            continue
        for s in short:
            res = povs[s.index]
            povs[s.index] = PovResult(None, 0.5, "first", {**res.evidence, "from": _THREAD, "was": res.pov})
            keys[s.index] = ("pov", None)


def _other_signers(scenes: list[Scene], name: str, tagger: Tagger) -> bool:
    """Whether any of `scenes` ends in a signature of someone other than `name`."""
    me = tagger.people.resolve(name) or name
    for s in scenes:
        got = signature([p.text for p in s.paragraphs[-4:]])
        if got and (tagger.people.resolve(tagger.resolve_narrator(got)) or tagger.resolve_narrator(got)) != me:
            return True
    return False


#: How a first-person scene named its own narrator (the evidence `_book_narrator` pools).
_OWN_NAMING = {"self-introduction": 3.0, "addressed in dialogue": 1.0}
#: Where a first-person scene's narrator came from when something other than its own text named it.
_GIVEN = ("document heading", "signature", "scene heading", "chapter title", PLURAL_NARRATOR)


def _own_first_person(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey]) -> list:
    """The book's first-person scenes whose narrator is read from their own text: told by a POV (not an impersonal
    document), and not named by a heading or a signature, nor a plural "we" (`_GIVEN`)."""
    return [
        s
        for s in book.scenes
        if povs[s.index].person == "first"
        and keys[s.index][0] == "pov"
        and povs[s.index].evidence.get("from") not in _GIVEN
    ]


#: How sure a third-person scene's POV must be for `_told_in_third_person` to take them as told in the third person.
THIRD_PERSON_SURE = 0.8


def _told_in_third_person(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], tagger: Tagger) -> None:
    """With a roster, a first-person scene named only by calls ("addressed in dialogue") whose "I" they name a POV
    character the book's third-person scenes follow, while another roster POV character tells no third-person scene,
    is read again without the third-person ones: a book that alternates an unnamed "I" with close-third scenes tells
    the others' minds as "she", so a call to one of them in the "I"'s scene ("Inside, Rosenda.", "Sarhang, he is a
    good boy.") is said to someone the "I" watches. What is left names the "I" (the daughter's pet name "Goli-jan"
    beside her father's "Sarhang"), or nobody, for `_only_roster_narrator` (the one left) or the review file, never
    the nearest roster name. With every POV character told in the third person somewhere, a call may name one of them
    as the "I" of another scene (a woman's close-third scene, then her own first-person one)."""
    # two blind books show it (h15h, roster): the-mine-at-siglo-veinte (the boy, never named in his own scenes,
    # given Rosenda Choque from one "Inside, Rosenda." and then lent her in three more scenes) and
    # the-garden-in-shemiran (the diarist given her father, called "Sarhang" three times in her first scene)
    if not tagger.pov_names:
        return
    third = frozenset(
        res.pov for res in povs.values() if res.person == "third" and res.pov and res.confidence >= THIRD_PERSON_SURE
    )
    told = {res.pov for res in povs.values() if res.person == "third" and res.pov}
    if not third or not set(tagger.pov_names) - told:
        return  # every POV character tells a third-person scene: a call may name one of them as another scene's "I"
    for ch in book.chapters:
        for s in ch.scenes:
            res = povs[s.index]
            if not (
                res.person == "first"
                and keys[s.index][0] == "pov"
                and res.pov in third
                and res.evidence.get("from") == "addressed in dialogue"
            ):
                continue
            again = tagger.pov(s.text, chapter_title=ch.title, heading=s.heading, not_narrators=third)
            if again.person != "first":
                continue
            povs[s.index] = PovResult(
                again.pov,
                again.confidence,
                again.person,
                {**again.evidence, "told_in_third_person": res.pov},
            )
            keys[s.index] = ("pov", again.pov)


def _book_narrator(
    book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], roster_povs: set[str] | frozenset = frozenset()
) -> None:
    """One "I" across the book's first-person scenes: the narrator the book names carries the rest.

    A first-person novel names its narrator now and then (a self-introduction in chapter one, others
    addressing him later) and says "I" everywhere else; a book may alternate that "I" with chapters told in
    the third person (A Week at Ottilie, The Cullerby Wire, The Mercy Winter, The Tollhouse Summer). Over all
    the first-person scenes outside documents, each person's naming evidence is pooled: the scenes that picked
    them (a self-introduction counts three times), and, read in every scene, the times others address them and
    they introduce themself less the times the first-person narration names them as someone else ("said Mrs
    Pike"; three times for a relation of the narrator's: "my aunt, Miss Clemency Ashby"): nobody calls the "I"
    by name in the narration. When one person has at least
    three quarters of the naming weight, a scene that names nobody, or picked someone the book's first-person
    narration names in the third person as often as anyone calls them so (someone the narrator talks to: "“Yes,
    Miss Ashby”"), takes that person at a lower confidence. A scene that names a narrator of its own whom the
    narration never makes a third person (addressed, or called by a post: the log of a captain nobody names, "Yes,
    Captain", in a book whose other "I" introduces herself) keeps them. A scene whose narration keeps naming
    that person in the third person is told by someone else (a foreword's editor) and is left alone.

    With a roster (`roster_povs`: its POV characters) the candidates are known: when exactly one of them is
    named by others or by themself more often than the first-person narration names them as someone else (when
    several are, not counting one who signs a piece of their own: a diary found in the house is its writer's
    voice), and the pooled naming points to nobody else, that person is the book's "I" however few scenes name
    them (a narrator known by a nickname said once or twice, or named by others only late in the book).
    """
    run = _own_first_person(book, povs, keys)
    headed = [
        s
        for s in book.scenes
        if povs[s.index].person == "first"
        and povs[s.index].pov
        and str(povs[s.index].evidence.get("from")).startswith(("scene heading", "chapter title"))
    ]
    if _rotating_narrators(run, povs, keys, roster_povs, headed):
        return
    weight = Weights()
    scenes: Counter = Counter()
    # a scene first person only by the book's tense is watched, not named: its calls are to the people it watches
    voices = [povs[s.index] for s in run if "voice" not in povs[s.index].evidence]
    narrators = {p for res in voices for p in _own_names(res) if p in roster_povs}
    told = _named_as_narrator([_narration_of_own_narrator(res, narrators) for res in voices])
    for s in run:
        res = povs[s.index]
        w = _OWN_NAMING.get(res.evidence.get("from") or "", 0.0)
        if res.pov and w:
            weight[res.pov] += w * res.confidence
            scenes[res.pov] += 1
    for p, n in told.items():
        if n <= 0:
            weight.pop(p, None)  # the narration names them as someone else more than anyone names the "I" so
    listed = [p for p in roster_povs if told[p] > 0]
    signers = {povs[s.index].pov for s in book.scenes if povs[s.index].evidence.get("from") == "signature"}
    other_voice: set[str] = set()
    if len(listed) > 1:  # a signed piece (a diary, a letter) is its signer's voice, not the book's other "I"
        other_voice = {p for p in listed if p in signers}
        listed = [p for p in listed if p not in signers]
    if len(listed) == 1 and weight.get(listed[0], 0.0) >= max(weight.values(), default=0.0):
        name = listed[0]
    elif not weight:
        return
    else:
        ((name, w),) = weight.most_common(1)
        if w < 0.75 * sum(weight.values()) or (scenes[name] < 2 and w < 2.0):
            return
    # a book whose headings name two narrators besides this one passes its "I" round ("One: Claudette", "Three:
    # Junior", "Four: Odile", "Eleven: Mary Alice" and bare numbers between, Out at Celestine; a test text written for
    # it): one of them named in a scene without a heading says nothing of the other such scenes
    headed_povs = {
        povs[s.index].pov
        for s in book.scenes
        if povs[s.index].person == "first"
        and str(povs[s.index].evidence.get("from")).startswith(("scene heading", "chapter title"))
    }
    if len(headed_povs - {name, None}) >= 2:
        return
    journal = _names_own_records(run, povs, name)
    for s in run:
        res = povs[s.index]
        if res.pov == name or res.evidence.get("from") == _OTHER_VOICE:
            continue
        if (
            res.pov
            and res.confidence >= 0.5
            and told[res.pov] > 0
            and res.pov not in other_voice
            and not _one_call(res, told[res.pov])
        ):
            continue
        if res.evidence.get("named_in_narration", {}).get(name, 0) >= 2 or (
            res.pov is None and _own_record(s.text) and record_shape(s.text) not in journal
        ):
            continue  # told by someone who names that person, or a record nothing in it names the writer of
        povs[s.index] = PovResult(
            name,
            0.6,
            "first",
            {**res.evidence, "from": f"first-person narrator named in {scenes[name]} scenes of the book"},
        )
        keys[s.index] = ("pov", name)


def _narration_of_own_narrator(res: PovResult, narrators: set[str]) -> dict:
    """A first-person scene's evidence for pooling the book's naming (`_named_as_narrator`) with a roster, where
    `narrators` are the roster POV characters some first-person scene's own text names as its "I" (called by others,
    introduced: `_own_names`): a scene that names its own "I" so names the other such narrators in its narration as
    people that "I" watches, which says nothing of whether they tell their own scenes. Two first-person narrators who
    alternate scene by scene, each named only when someone calls them (a wife and a boy of one town), name each other
    in the third person in their own scenes; pooled, those namings cancel the calls in the other's scenes and the
    book's one "I" is lent to all of them (The Ferry to Heimaey; The Magpie Job's three narrators name each other
    so, and pooled, the calls of one were outweighed 35 to none: `_rotating_narrators` reads that book first). Those
    namings are left out; a roster POV character no scene names as its "I" (one told in the third person, called once
    in a narrator's scene: The Mercy Winter) is counted as before."""
    own = _own_names(res) & narrators
    named = res.evidence.get("named_in_narration") or {}
    if len(own) != 1 or not named:
        return res.evidence
    return {**res.evidence, "named_in_narration": {p: n for p, n in named.items() if p in own or p not in narrators}}


def _one_call(res: PovResult, told: int) -> bool:
    """Whether a scene's narrator rests on one call, the only one the book's first-person scenes give that name
    (`_named_as_narrator`): "Master Rudd" once in a court scene of The Hennick Blow, whose "I" the book names
    elsewhere, and the next scene of the chapter that took it from there; "Mr Amponsah" once in a first-person scene
    of The Highlife Band, said to J.K. Amponsah in the room, whose "I" is Ama Serwaa Owusu (there her name in the
    scene's narration keeps the scene: `_book_narrator`). A call may be to anyone in the room; against the book's one
    "I" it is no narrator of its own."""
    how = str(res.evidence.get("from"))
    return (
        how.startswith(("addressed in dialogue", "same first-person narrator")) and res.confidence < 0.7 and told <= 1
    )


def _own_names(res: PovResult) -> set[str]:
    """The names a first-person scene's own text gives its "I": those it introduces ("The crew calls me Lent", "He
    calls me Doutora" in one scene: two names of one person), else the one its evidence picked."""
    intro = {p for p, n in (res.evidence.get("introduced") or {}).items() if n > 0}
    if intro:
        return intro
    return {res.pov} if res.pov and res.evidence.get("from") in _OWN_NAMING and res.confidence >= 0.5 else set()


def _narrator_groups(run: list, povs: dict[int, PovResult], roster_povs: set[str] | frozenset) -> dict[str, set[str]]:
    """The book's first-person narrators, each with the names its scenes give it: with a roster its POV characters
    (their aliases are resolved already); without, the names scenes give their own "I", names given in one scene
    joined. A group is called by the name the other scenes' narration uses most (the crew's "Lent", not the guard's
    "Doutora")."""
    if roster_povs:
        return {p: {p} for p in roster_povs}
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for s in run:
        names = sorted(_own_names(povs[s.index]))
        for a in names[1:]:
            parent[root(a)] = root(names[0])
        if names:
            root(names[0])
    said: Counter = Counter()
    for s in run:
        said.update(povs[s.index].evidence.get("named_in_narration") or {})
    groups: dict[str, set[str]] = {}
    for x in parent:
        groups.setdefault(root(x), set()).add(x)
    return {max(sorted(g), key=lambda n: said[n]): g for g in groups.values()}


#: A first-person scene of a book with several narrators that names none of them, nor leaves only one (`_rotating_
#: narrators`): it stays unnamed, whatever a rule for a book of one "I" would lend it.
_UNSURE = "which of the book's narrators is unsure"
#: Why a first-person scene has no narrator on purpose: the passes that lend the book's "I" to a scene leave it alone.
_NO_LENT_NARRATOR = (_UNSURE, PLURAL_NARRATOR)


def _rotating_narrators(
    run: list,
    povs: dict[int, PovResult],
    keys: dict[int, PovKey],
    roster_povs: set[str] | frozenset,
    headed: list | None = None,
) -> bool:
    """A book whose "I" passes between several narrators (The Magpie Job's planner, conservator and driver, each
    naming the others in the third person) has no one "I" for `_book_narrator` to lend: each first-person scene is
    told by the one narrator its own text names, or, when it names none, by the one narrator of the book its narration
    does not name as someone else and whose tense it keeps (each narrator keeps their own: the conservator tells in
    the present, the others in the past), below the review line unless a roster lists every narrator; otherwise
    nobody, for the review file. Several narrators: two groups of
    scenes (`_narrator_groups`) each naming the other group's narrator in their narration (a single "I" is never a
    third person in its own scenes: a scene that wrongly took someone the narrator talks to names no other "I").
    A narrator a heading names (`headed`: "One: Claudette" over a chapter whose text names her nowhere, Out at
    Celestine; Eighty Covers' "Chef" and "Marisol" headings) is one of the book's narrators too, and the scenes it
    heads show that narrator's tense. Returns whether the book was read so."""
    groups = _narrator_groups(run, povs, roster_povs)
    if len(groups) < 2:
        return False
    heads: dict[str, list[Scene]] = {}  # group -> the scenes a heading names it over
    for s in headed or []:
        name = povs[s.index].pov
        g = next((g for g, names in groups.items() if name in names), None)
        if g is None and name:
            g = name
            groups[g] = {g}
        if g is not None:
            heads.setdefault(g, []).append(s)
    owner = {n: g for g, names in groups.items() for n in names}

    def said(s: Scene, g: str) -> int:
        named = povs[s.index].evidence.get("named_in_narration") or {}
        return sum(named.get(n, 0) for n in groups[g])

    def own(s: Scene) -> str | None:
        got = {owner[n] for n in _own_names(povs[s.index]) if n in owner}
        return got.pop() if len(got) == 1 else None

    told: dict[str, list[Scene]] = {}
    for s in run:
        g = own(s)
        if g is not None:
            told.setdefault(g, []).append(s)
    several = any(
        sum(said(s, b) for s in told[a]) >= 1 and sum(said(s, a) for s in told[b]) >= 1
        for a in told
        for b in told
        if a < b
    )
    if not several:
        return False
    tense = {
        g: [t for s in told.get(g, []) + heads.get(g, []) if (t := present_share(narration_only(s.text))) is not None]
        for g in set(told) | set(heads)
    }
    for s in run:
        if any(s is h for hs in heads.values() for h in hs):
            continue  # a heading named its narrator ("Four: Dunya" over a chapter where someone calls her so)
        res = povs[s.index]
        g = own(s)
        why = "named by its own text, one of the book's narrators"
        if g is None:
            mine = present_share(narration_only(s.text))
            left = [
                a
                for a in groups
                if not said(s, a)
                and (mine is None or not tense.get(a) or abs(mine - sum(tense[a]) / len(tense[a])) < 0.3)
            ]
            g = left[0] if len(left) == 1 else None
            why = "the one of the book's narrators its narration does not name, in that narrator's tense"
        if g is None:
            povs[s.index] = PovResult(None, 0.3, "first", {**res.evidence, "from": _UNSURE, "was": res.pov})
            keys[s.index] = ("pov", None)
        elif g != res.pov:
            povs[s.index] = PovResult(
                g,
                # left over among narrators the book itself showed (no roster): a guess the review file lists
                (0.5 if roster_povs else 0.4) if why.startswith("the one") else max(0.5, res.confidence),
                "first",
                {**res.evidence, "from": why, "was": res.pov},
            )
            keys[s.index] = ("pov", g)
    return True


def _told_by(
    scenes: list, who: str, confidence: float, why: str, povs: dict[int, PovResult], keys: dict[int, PovKey]
) -> None:
    """First-person `scenes` nothing named, given to the roster's `who` (`_only_roster_narrator`,
    `_roster_narrator_of_no_scene`): the POV, its confidence and why, and the chunk key's POV."""
    for s in scenes:
        povs[s.index] = PovResult(who, confidence, "first", {**povs[s.index].evidence, "from": why})
        keys[s.index] = ("pov", who)


def _only_roster_narrator(
    book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], roster_povs: set[str] | frozenset
) -> None:
    """With a roster, a first-person scene nothing has named is told by the one roster POV character who can be its
    "I": the only one who is the POV of no third-person scene of the book and whom the book's first-person narration
    does not name as someone else more often than anyone calls the "I" so (`_named_as_narrator`). A POV-only roster
    lists every POV character, so a narrator nobody addresses (a novice who never names herself, a freedman no one
    calls by name) is the one left over when the others' scenes are told in the third person; at a low confidence."""
    if not roster_povs:
        return
    run = _own_first_person(book, povs, keys)
    unnamed = [
        s
        for s in run
        if povs[s.index].pov is None and povs[s.index].evidence.get("from") != _UNSURE and not _own_record(s.text)
    ]
    if not unnamed:
        return
    third = {povs[s.index].pov for s in book.scenes if povs[s.index].person == "third" and povs[s.index].pov}
    # a scene first person only by the book's tense is watched, not named: its calls are to the people it watches
    told = _named_as_narrator([povs[s.index].evidence for s in run if "voice" not in povs[s.index].evidence])
    left = [p for p in roster_povs if p not in third and told[p] >= 0]
    if len(left) != 1:
        return
    _told_by(unnamed, left[0], 0.5, "the one roster POV character who tells no third-person scene", povs, keys)


def _roster_narrator_of_no_scene(
    book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], roster_povs: set[str] | frozenset
) -> None:
    """With a roster, first-person scenes still unnamed after `_only_roster_narrator` are told by the one roster POV
    character who is the POV of no scene at all, when every other one already holds scenes (third person, or first
    person named by the book). A POV-only roster lists every POV character, so the one left without a scene is the
    writer of the unnamed "I": a dead grandfather's diary beside his granddaughter's named first-person scenes (The
    Same Tea), a ward's notebook in a book of close-third scenes (The Name-Day at Annushka, where others' calls
    already name her). Two or more without a scene, or none: the scenes stay unnamed; at a low confidence."""
    if not roster_povs:
        return
    unnamed = [
        s
        for s in book.scenes
        if povs[s.index].person == "first"
        and povs[s.index].pov is None
        and keys[s.index][0] == "pov"
        and povs[s.index].evidence.get("from") not in _NO_LENT_NARRATOR
    ]
    if not unnamed:
        return
    holding = {povs[s.index].pov for s in book.scenes if povs[s.index].pov}
    left = [p for p in roster_povs if p not in holding]
    if len(left) != 1:
        return
    _told_by(unnamed, left[0], 0.4, "the one roster POV character who holds no scene", povs, keys)


def _joined_narrator_names(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey]) -> None:
    """A first-person narrator the book names by a title and a family name in some scenes and by a given name in
    others is one person, named with both: "Mrs Fane" (the Vicar) and "“Ros,” says Tom Gedge" are Ros Fane (Keeping
    Agatha); "Lionel" and "“Mr Ashby,” he said" are Lionel Ashby (A Week at Ottilie). The other half must be said to
    that narrator's "I" at least twice in their scenes, by others, as a name the book gives nobody else
    (`NarratorEvidence.called`) and, for a given name, uses hardly anywhere else, and be the only such name; without
    a roster only (a roster names its characters)."""
    first = [
        s for s in book.scenes if povs[s.index].person == "first" and keys[s.index][0] == "pov" and povs[s.index].pov
    ]
    book_words: tuple[str, set[str]] | None = None  # the book's text, read once and only for a candidate
    for name in {povs[s.index].pov for s in first}:
        assert name is not None
        mine = [s for s in first if povs[s.index].pov == name]
        called: Counter = Counter()
        for s in mine:
            called.update(povs[s.index].evidence.get("called") or {})
        words = name.split()
        titled = len(words) == 2 and words[0].casefold().rstrip(".") in TITLE_GENDER
        if titled:  # "Mrs Fane": a given name said to the same "I"
            halves = [c for c in called if len(c.split()) == 1 and c != words[1]]
        elif len(words) == 1:  # "Lionel": a title and a family name said to the same "I"
            halves = [c for c in called if len(c.split()) == 2 and c.split()[1] != name]
        else:
            continue
        halves = [c for c in halves if called[c] >= 2]  # a one-off "“Hi,”" is no name
        if titled and halves:
            book_words = book_words or _book_words(book)
            halves = _only_calls(book_words, called, halves)
        if len(halves) != 1:
            continue
        full = f"{halves[0]} {words[1]}" if titled else f"{name} {halves[0].split()[1]}"
        for s in mine:
            res = povs[s.index]
            povs[s.index] = PovResult(full, res.confidence, res.person, {**res.evidence, "also_called": halves[0]})
            keys[s.index] = ("pov", full)


def _book_words(book: Book) -> tuple[str, set[str]]:
    """The book's text and the words it writes in lower case: read once for every name `_only_calls` weighs."""
    text = "\n".join(p.text for p in book.paragraphs)
    return text, set(re.findall(r"(?<![\w’'])[a-z][\w’'\-]*", text))


def _calls_only(words: tuple[str, set[str]], called: Counter, names: list[str] | set[str], slack: int) -> bool:
    """Whether the book (`_book_words`) never writes any of `names` in lower case and writes them at most `slack` times
    more than they are called to a first-person narrator (`called`)."""
    text, lower = words
    if any(c.casefold() in lower for c in names):
        return False
    uses = sum(len(re.findall(rf"\b{re.escape(c)}\b", text)) for c in names)
    return uses - sum(called[c] for c in names) <= slack


def _only_calls(words: tuple[str, set[str]], called: Counter, names: list[str]) -> list[str]:
    """The `names` (said to a first-person narrator, `called`) that are a given name the book (`_book_words`) uses
    (nearly: twice more at most) only to call that "I" and never writes in lower case: not a word speakers open with
    ("Yes", "Hello, hello") nor one the book uses for anything else ("English", "Mons")."""
    return [c for c in names if _calls_only(words, called, [c], 2)]


#: In how many first-person scenes a name must be called to the "I" for `_called_across_scenes` to take it though the
#: book uses it a few times more (`_mostly_calls`).
MOSTLY_CALLED_SCENES = 3


def _mostly_calls(words: tuple[str, set[str]], called: Counter, names: set[str]) -> bool:
    """Whether the `names` (forms of one name said to a first-person narrator, `called`) are never written in lower case
    and are called to the "I" more often than the book (`_book_words`) uses them otherwise: the word a listener calls
    the teller by in every scene of a frame ("“Nani, how old were you?”", the granddaughter to the grandmother telling
    her the strike, The Cane Gang at Rarawai; "“Smells what, Ammachi?”", the grandson to the grandmother of Below Sea
    Level) is her name, though the teller says it of her own grandmother too ("my Nani before him")."""
    return _calls_only(words, called, names, sum(called[c] for c in names) - 1)


#: Where `_called_narrators` got a first-person scene's narrator.
_CALLED = "called by a name the book gives nobody else"


def _called_narrators(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey]) -> None:
    """A first-person scene whose narrator nothing else names (or only fewer vocatives of a name the book knows),
    where others call the "I" at least twice by one given name the book uses for nothing else
    (`NarratorEvidence.called`, `_only_calls`): that name is the narrator's, at a low confidence. "“Mieke.” ...
    “*Mieke*,” he said ... “Mieke. Sister. Whatever they call you now.”" (a brother's pet name for the novice who
    never names herself, The Bell at Saint Ermelinde); "“Ros,” says Tom Gedge. “Ros. I've got you.”" (Keeping Agatha,
    where the Vicar's "Mrs Fane" names the same "I"). Without a roster only. A name others address the "I" by that is
    the teller of two other first-person scenes of the book stays: the scenes agree, and a word said twice near the
    "I" to someone else ("“Easy, old man,” I heard Rune say on the crane channel, not to me", Polar Low) is no name."""
    tellers = Counter(r.pov for r in povs.values() if r.person == "first" and r.pov)
    words: tuple[str, set[str]] | None = None  # the book's text, read once and only for a candidate
    for s in book.scenes:
        res = povs[s.index]
        if res.person != "first" or keys[s.index][0] != "pov" or res.evidence.get("from") in _NO_LENT_NARRATOR:
            continue
        if res.pov and (res.evidence.get("from") != "addressed in dialogue" or tellers[res.pov] >= 3):
            continue
        called = Counter(res.evidence.get("called") or {})
        names = [c for c, n in called.items() if n >= 2 and len(c.split()) == 1]
        if names:
            words = words or _book_words(book)
            names = _only_calls(words, called, names)
        # "“Father Delvaux. I went to the presbytery.”" answering "How did you get in?" reads as one vocative
        if len(names) != 1 or (res.pov and called[names[0]] <= (res.evidence.get("addressed") or {}).get(res.pov, 0)):
            continue
        povs[s.index] = PovResult(names[0], 0.5, "first", {**res.evidence, "from": _CALLED})
        keys[s.index] = ("pov", names[0])


#: Where `_called_across_scenes` got a first-person scene's narrator.
_CALLED_ACROSS = "called in several first-person scenes by a name the book gives nobody else"
#: The confidence of a narrator named so: below the review line, as one call a scene is all it has.
_CALLED_ACROSS_CONFIDENCE = 0.45


def _called_across_scenes(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey]) -> None:
    """First-person scenes that name their "I" by nothing but one call each, the same name the book gives nobody else
    (`_only_calls`) in two or more of them, or its forms in another case (`narrator.ending_variant`: "“Lusia, you have
    ink on your face.”", "“Lusi,” my mother said." to the daughter of The Mau at Vaimoso, once a scene): the calls
    agree, and the name is that "I"'s, at a low confidence. Only scenes that name nobody, or only a post said to the
    "I" (a rank said to someone the scene also calls by a name: "Governor", the pig); exactly one such name in the
    book. Without a roster only. One text (no other book of the 111 fires it); kept as a reading convention: two
    calls of one name to one "I" are `_called_narrators`' two calls (its texts), in one scene or in two of its. A name
    called in `MOSTLY_CALLED_SCENES` scenes or more may be used a little otherwise too (`_mostly_calls`)."""
    run = [
        s for s in _own_first_person(book, povs, keys) if povs[s.index].evidence.get("from") not in _NO_LENT_NARRATOR
    ]
    if any(povs[s.index].evidence.get("from") == _UNSURE for s in run):
        return  # a book whose "I" passes between several narrators (`_rotating_narrators`)
    open_ = [s for s in run if povs[s.index].pov is None or povs[s.index].evidence.get("from") == "addressed by a post"]
    calls: Counter = Counter()
    said_in: dict[str, set[int]] = {}
    for s in open_:
        for c, n in (povs[s.index].evidence.get("called") or {}).items():
            if len(c.split()) == 1:
                calls[c] += n
                said_in.setdefault(c, set()).add(s.index)
    groups: list[set[str]] = []
    for c in calls:
        near = [g for g in groups if any(ending_variant(c, x) or ending_variant(x, c) for x in g)]
        merged = {c}.union(*near)
        groups = [g for g in groups if g not in near] + [merged]
    found = []
    words: tuple[str, set[str]] | None = None  # the book's text, read only for a group called in two scenes or more
    for g in groups:
        scenes = len(set().union(*(said_in[c] for c in g)))
        if scenes < 2:
            continue
        words = words or _book_words(book)
        if len(_only_calls(words, calls, sorted(g))) == len(g) or (
            scenes >= MOSTLY_CALLED_SCENES and _mostly_calls(words, calls, g)
        ):
            found.append(g)
    if len(found) != 1:
        return
    (group,) = found
    name = max(sorted(group), key=lambda c: (calls[c], len(c)))  # the form called most; a tie to the fuller form
    for s in open_:
        res = povs[s.index]
        if any(c in group for c in res.evidence.get("called") or {}):
            povs[s.index] = PovResult(
                name, _CALLED_ACROSS_CONFIDENCE, "first", {**res.evidence, "from": _CALLED_ACROSS, "was": res.pov}
            )
            keys[s.index] = ("pov", name)


#: Where `_described_narrator` got a first-person scene's narrator.
_DESCRIBED = "named where other scenes call someone by the role the book's unnamed 'I' says they have"
#: How near (paragraphs either side) a name must be to the role in someone else's scene to go with it.
ROLE_WINDOW = 2
#: How much of a person's naming in the other scenes must be near the role: the others name that person where the
#: role is, not everywhere (a companion of the POV is near it as often as anyone, and named far more often elsewhere).
ROLE_SHARE = 0.75
#: The confidence of a narrator linked by a role: below the review line (0.5).
_DESCRIBED_CONFIDENCE = 0.45


def _described_narrator(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey], tagger: Tagger) -> None:
    """The book's one "I" that no first-person scene names, but who says what they are ("I'm a taxi driver, mister."),
    is the person the book's other scenes name where they call someone by that role: "The driver pulled out into the
    traffic ... “Señor Ferraro,” she said." (The Taxi on Avenida de Mayo, the mother's scenes; the postman of The Post
    at Rudna, a probe written for it). A candidate is a person (a he or she, a title, a call), never named in the
    narration of the first-person scenes (the "I" is no third person there), not a mind the others follow, near the
    role in two or more of the other scenes, and named there mostly near it (`ROLE_SHARE`); exactly one such
    candidate, else nobody. A book whose first-person scenes name their "I" anywhere keeps it. Without a roster only,
    at a low confidence."""
    run = _own_first_person(book, povs, keys)
    others = [s for s in book.scenes if povs[s.index].person == "third" and keys[s.index][0] == "pov"]
    if len(run) < 2 or len(others) < 2 or any(povs[s.index].pov for s in run):
        return
    roles = self_roles([s.text for s in run])
    if not roles:
        return
    pattern = role_pattern(roles)
    told = {m.person for s in run for m in tagger.people.mentions(narration_only(s.text))}
    minds = {povs[s.index].pov for s in others}
    near: dict[str, set[int]] = {}
    named: Counter = Counter()
    close: Counter = Counter()
    for s in others:
        paras = [p.text for p in s.paragraphs]
        hits = [i for i, para in enumerate(paras) if pattern.search(narration_only(para))]
        for i, para in enumerate(paras):
            by_role = any(abs(i - h) <= ROLE_WINDOW for h in hits)
            for m in tagger.people.mentions(para):
                named[m.person] += 1
                if by_role:
                    close[m.person] += 1
                    near.setdefault(m.person, set()).add(s.index)

    def is_person(p: str) -> bool:
        e = tagger.model.person(p) if tagger.model else None
        return tagger.real_person(p) or (
            e is not None and (e.evidence.get("titled", 0) or e.evidence.get("vocative", 0))
        )

    found = [
        p
        for p, where in near.items()
        if len(where) >= 2 and p not in told and p not in minds and close[p] >= ROLE_SHARE * named[p] and is_person(p)
    ]
    if len(found) != 1:
        return
    (name,) = found
    scenes = ", ".join(str(i + 1) for i in sorted(near[name]))
    why = {"from": _DESCRIBED, "role": " / ".join(sorted(roles)), "role_near_name_in_scenes": scenes}
    for s in run:
        res = povs[s.index]
        povs[s.index] = PovResult(name, _DESCRIBED_CONFIDENCE, "first", {**res.evidence, **why})
        keys[s.index] = ("pov", name)


#: Where `_lent_called_name` got a first-person scene's narrator.
_LENT_CALL = "the book's one 'I', called by a name the book gives nobody else in another scene"


def _lent_called_name(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey]) -> None:
    """The name `_called_narrators` found for one first-person scene ("Mieke", said three times by her brother to
    the novice who never names herself) is the book's one "I" in its other first-person scenes that name nobody,
    when it is the only name any first-person scene of the book (outside documents and signed pieces) gives its
    "I": the same voice carries the name found in one scene to the others, below the review line. A scene named
    only by one call of someone the book follows in the close third in another scene ("“Thank you, Mother
    Hildegarde,” and went down", said to the prioress whose own chapters are told in the third person) names
    nobody: in the labelled books no such person tells an undocumented first-person scene (The Long Patrol's Eleanor,
    The Noodle House's grandmother and uncle, The Same Tea's father and grower beside the "I"). Without a roster
    only (a roster names its narrators)."""
    run = _own_first_person(book, povs, keys)
    if any(povs[s.index].evidence.get("from") == _UNSURE for s in run):
        return  # a book whose "I" passes between several narrators (`_rotating_narrators`)
    # whom the book follows in the close third
    minds = {r.pov for r in povs.values() if r.person == "third" and r.pov and r.confidence >= 0.5}

    def names_nobody(res: PovResult) -> bool:
        if res.pov is None:
            return "voice" not in res.evidence  # first person by the book's tense alone: watched, not told
        return (
            res.pov in minds
            and res.evidence.get("from") == "addressed in dialogue"
            and res.confidence < 0.7
            and (res.evidence.get("addressed") or {}).get(res.pov, 0) <= 1
        )

    called = {povs[s.index].pov for s in run if povs[s.index].evidence.get("from") == _CALLED}
    named = {p for s in run if (p := povs[s.index].pov) and not names_nobody(povs[s.index])}
    if len(called) != 1 or (named != called and not _said_to_me_outweighs(run, povs, next(iter(called)), named)):
        return
    (name,) = called
    for s in run:
        res = povs[s.index]
        # a diary's dated entry (or a dated letter) or a log set into the book is its own writer's record
        if res.pov != name and names_nobody(res) and not (opens_on_a_date(s.text) or _own_record(s.text)):
            povs[s.index] = PovResult(name, 0.4, "first", {**res.evidence, "from": _LENT_CALL, "was": res.pov})
            keys[s.index] = ("pov", name)


#: How many times the others' pooled naming the calls of a name said to the "I" must reach (`_said_to_me_outweighs`);
#: not `narrator.TO_ME_CALLS`, the calls one such line counts as.
CALLS_OVER_TOLD = 3


def _said_to_me_outweighs(run: list, povs: dict[int, PovResult], name: str | None, named: set[str]) -> bool:
    """Whether the name a line said to the "I" calls them by ("“And you are Lotte,” she said to me": `to_me`, which
    counts as a self-introduction's three calls) is still the book's one "I" beside other names first-person scenes
    were given only by being called in them (a call that may be to someone else: "“Hello, Dolf,” said Rosa Kahn" to
    the man at the door, in The Hunger Winter): its calls over the book's first-person scenes are at least three times
    (`CALLS_OVER_TOLD`) the others' pooled naming (`_named_as_narrator`: called, less named in the narration as
    someone else), as `_book_narrator` asks three quarters of the naming weight of the name it lends. A name only
    called, however often, is not: another name called in another scene may be as good as it."""
    evidence = [povs[s.index].evidence for s in run]
    calls = sum((ev.get("called") or {}).get(name, 0) for ev in evidence)
    if not any((ev.get("to_me") or {}).get(name) for ev in evidence):
        return False  # called often, but never in a line said to the "I": others' names may be as good as its own
    by_call = ("addressed in dialogue", _CALLED)
    if any(
        povs[s.index].pov in named - {name}
        and not str(povs[s.index].evidence.get("from")).startswith((*by_call, "same first-person narrator"))
        for s in run
    ):
        return False  # another name the text gives its "I" by more than a call (an introduction, a signature)
    told = _named_as_narrator(evidence)
    return calls >= CALLS_OVER_TOLD * sum(max(0, told[p]) for p in named - {name})


#: How much each kind of naming in a first-person scene says a person is its "I" (negative: someone else).
_NAMING_WEIGHTS = {
    "addressed": 1,
    "introduced": 3,
    "named_in_narration": -1,
    "related": -3,
    "posts": 1,
    "called_by_narrator": -1,
}


def _named_as_narrator(evidence: list[dict]) -> Counter:
    """Person -> named by others ("addressed"; "posts": "Yes, Captain") and by themself ("introduced", three times)
    less named in the narration ("named_in_narration"; three times as the narrator's relation, "related": "my aunt,
    Miss Clemency Ashby"), over the first-person scenes' evidence."""
    told: Counter = Counter()
    for ev in evidence:
        for kind, w in _NAMING_WEIGHTS.items():
            for p, n in (ev.get(kind) or {}).items():
                told[p] += w * n
    return told


def _same_narrator(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey]) -> None:
    """A first-person scene whose narrator is not named keeps the "I" of the chapter's named one.

    A chapter told in the first person names its narrator once (a heading, someone addressing them)
    and then says "I"; a scene break inside it does not hand the "I" to someone else. The nearest
    named first-person scene of the same chapter (the one before first) lends its narrator. A signed letter
    or ruling set in the chapter lends nobody its signer: the signature names that piece's "I" only (The
    Hennick Blow's letters from Kester inside his sister's deposition; Cutter Grade's letters are whole
    chapters, signed by the narrator of every scene in them, `_signed_chapters`). A scene a chorus tells
    (`PLURAL_NARRATOR`: the neighbours' "we" in The Stair on Rua dos Remédios) borrows no one's "I", nor does a
    scene whose narration names the chapter's "I" as a third person twice or more (the grandmother's diary in The
    Welfare Hall at Abercrug: "Carys brought me this book", seven times "Carys" beside her daughter's own scene), nor
    one whose calls name another of the book's narrators and never the chapter's (`_calls_someone_else`).
    """
    # the book's narrators its first-person scenes name (not a signed piece's writer)
    narrators = {
        r.pov for r in povs.values() if r.person == "first" and r.pov and r.evidence.get("from") != "signature"
    }
    for ch in book.chapters:
        named = [
            s
            for s in ch.scenes
            if povs[s.index].person == "first"
            and povs[s.index].pov
            and povs[s.index].evidence.get("from") != "signature"
        ]
        for s in ch.scenes:
            res = povs[s.index]
            if res.person != "first" or res.pov or keys[s.index][0] != "pov" or not named:
                continue
            if res.evidence.get("from") == PLURAL_NARRATOR:
                continue  # a chorus ("we", never "I") has no one "I" to keep: as `_NO_LENT_NARRATOR` elsewhere
            if _own_record(s.text):
                continue
            before = [x for x in named if x.index < s.index]
            src = before[-1] if before else named[0]
            got = povs[src.index]
            if _named_as_someone_else(res, got.pov) or _calls_someone_else(res, got.pov, narrators):
                continue
            povs[s.index] = PovResult(
                got.pov,
                round(min(got.confidence, 0.7), 3),
                "first",
                {**res.evidence, "from": f"same first-person narrator as scene {src.index + 1} of the chapter"},
            )
            keys[s.index] = keys[src.index]


#: Where `_called_other_voice` got a first-person scene's narrator.
_OTHER_VOICE = "called by a name the scenes of the book's named narrator give someone else"
#: The confidence of a narrator named so: at the review line, as calls are all the scene has.
_OTHER_VOICE_CONFIDENCE = 0.5
#: How many calls of the name the unnamed scenes must hold between them (`_called_other_voice`).
OTHER_VOICE_CALLS = 2


def _called_other_voice(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey]) -> None:
    """A book with a named first-person narrator (a self-introduction, a signature) and first-person scenes that name
    nobody, in which others call the "I" by one name at least twice between them (`NarratorEvidence.called`: a name
    the book's people give nobody), a name the narration of the named narrator's own scenes uses for someone else: the
    unnamed scenes that call their "I" so are a second voice's, not the named one's. The daughter of The Funicular at
    Cerro Alegre, "Flaca" to everyone who speaks to her in her scenes and never named in their narration, beside the
    old boatswain who introduces himself ("I, Fermín Ulloa Bustos, ...") and writes in his log that "the Flaca came
    home": the chapter's or the book's "I" (`_same_narrator`, `_book_narrator`) is not lent to her. Two voices of one
    book naming each other so are what `_rotating_narrators` reads for named narrators (The Magpie Job's planner,
    conservator and driver); here one of them is named only by calls. A scene that calls its "I" nothing keeps the
    book's one "I". Without a roster only (a roster's aliases name the second voice). At the review line. One text of
    the 123 labelled books fires it (h18f: the-funicular-at-cerro-alegre, two scenes right); kept as the meeting of
    two rules with texts of their own: calls name an "I" nobody else names (`_called_narrators`: The Bell at Saint
    Ermelinde, Keeping Agatha), and a name one narrator's narration gives someone else is not that narrator."""
    run = [
        s for s in _own_first_person(book, povs, keys) if povs[s.index].evidence.get("from") not in _NO_LENT_NARRATOR
    ]
    named = [s for s in run if povs[s.index].pov and povs[s.index].confidence >= NAMED_NARRATOR]
    unnamed = [s for s in run if povs[s.index].pov is None]
    if not named or not unnamed:
        return
    calls: Counter = Counter()
    for s in unnamed:
        for c, n in (povs[s.index].evidence.get("called") or {}).items():
            if len(c.split()) == 1:
                calls[c] += n
    narrators = {povs[s.index].pov for s in named}
    words = {w.casefold() for n in narrators if n for w in n.split()}
    told = [narration_only(s.text) for s in named]
    found = [
        c
        for c, n in calls.items()
        if n >= OTHER_VOICE_CALLS
        and c.casefold() not in words
        and any(re.search(rf"(?<![\w’']){re.escape(c)}(?![\w’'])", t) for t in told)
        and not any(
            re.search(rf"(?<![\w’']){re.escape(c)}(?![\w’'])", narration_only(s.text))
            for s in unnamed
            if c in (povs[s.index].evidence.get("called") or {})
        )
    ]
    if len(found) != 1:
        return
    (name,) = found
    for s in unnamed:
        res = povs[s.index]
        if name in (res.evidence.get("called") or {}):
            povs[s.index] = PovResult(
                name, _OTHER_VOICE_CONFIDENCE, "first", {**res.evidence, "from": _OTHER_VOICE, "was": res.pov}
            )
            keys[s.index] = ("pov", name)


def _names_own_records(run: list, povs: dict[int, PovResult], name: str) -> set[tuple[str, ...]]:
    """How the records are set out (`documents.record_shape`) whose text names the book's "I" (`name`,
    `_book_narrator`) in a first-person scene that opens as a record (`_own_record`): those records are that
    narrator's journal, whose entries name their writer now and then, so an entry naming nobody and dated the same way
    is theirs too. Two texts show it: the-eclipse-at-sobral (an astronomer's dated entries, "Mister Crawley" in three,
    nobody in three) and the-steamer-from-wadi-halfa (a teacher's diary, "Ustaz" called in two of its three
    entries). A record beside scenes of a narrator that no record names (a grandfather's diary in a book of his
    granddaughter's chapters, The Same Tea; a skipper's log in a book of a boy's scenes), or dated another way among
    the journal's entries (another hand's diary found in it), stays its own."""
    return {
        record_shape(s.text)
        for s in run
        if povs[s.index].pov == name and povs[s.index].evidence.get("from") in _OWN_NAMING and _own_record(s.text)
    }


def _own_record(text: str) -> bool:
    """Whether a first-person scene opens as a record set into the book: a log or journal whose header names and dates
    it, or a dated diary entry (`documents.opens_as_record`). A record its own text
    names nobody in is its own writer's, who may be anyone (a skipper's log of the night crossing in a book of his
    wife's and a boy's scenes; a grandfather's diary beside his granddaughter's chapters, The Same Tea; a caretaker's
    diary in Keeping Agatha, signed): the chapter's or the book's "I" is not lent to it, and it goes to review. A
    record of the book's own "I" names them itself (Thin Water's "Entered by Signals", The Mercy Winter's "Recorder:
    I. Varga") and is not asked about here."""
    return opens_as_record(text)


#: How many calls in a scene of another of the book's narrators keep the chapter's "I" from it (`_calls_someone_else`).
OTHER_NARRATOR_CALLS = 2


def _calls_someone_else(res: PovResult, narrator: str | None, narrators: set[str]) -> bool:
    """Whether a first-person scene whose own calls are too even to name its "I" ("narrator naming ambiguous") calls
    another of the book's first-person narrators (`narrators`: named by their own scenes) by name twice or more, in any
    of that name's forms (`narrator.same_name_forms`), and `narrator` never: the "I" is one per scene, not per chapter,
    and a scene break may pass it to the other narrator (The Ferry to Heimaey's mother and son, each called by name in
    scenes of one chapter; the boatswain and the daughter of The Funicular at Cerro Alegre share chapters too). A name
    said once, or only names no scene tells, leaves the chapter's "I" to it (the street names called once in the
    carnival band's scene of The Panyard on Nelson Street)."""
    if res.evidence.get("from") != "narrator naming ambiguous":
        return False
    called = res.evidence.get("addressed") or {}
    if any(n == narrator or (narrator and same_name_forms(n, narrator)) for n in called):
        return False
    return any(
        sum(k for n, k in called.items() if n == other or same_name_forms(n, other)) >= OTHER_NARRATOR_CALLS
        for other in narrators - {narrator}
    )


def _named_as_someone_else(res: PovResult, narrator: str | None) -> bool:
    """Whether a first-person scene's narration names `narrator` as a third person twice or more, and nothing in it
    calls or introduces them so ("Carys brought me this book" and six more in the grandmother's diary, The Welfare
    Hall at Abercrug; not "everybody calls me Moth" beside three "Moth"s, Halloran Street): the "I" is someone else,
    as `NarratorEvidence.best` reads a scene's own names."""
    ev = res.evidence
    return (
        ev.get("named_in_narration", {}).get(narrator, 0) >= 2
        and not ev.get("addressed", {}).get(narrator)
        and not ev.get("introduced", {}).get(narrator)
    )


def _alternates(book: Book, povs: dict[int, PovResult]) -> bool:
    """Whether the book's decided third-person scenes change POV at every scene break inside a chapter: three such
    breaks or more, and no break between two decided scenes of one POV."""
    switches = keeps = 0
    for ch in book.chapters:
        for a, b in zip(ch.scenes, ch.scenes[1:], strict=False):
            ra, rb = povs[a.index], povs[b.index]
            if ra.person == rb.person == "third" and ra.pov and rb.pov and min(ra.confidence, rb.confidence) >= 0.5:
                keeps += ra.pov == rb.pov
                switches += ra.pov != rb.pov
    return switches >= 3 and not keeps


def _decided_povs(povs: dict[int, PovResult], keys: dict[int, PovKey]) -> dict[int, str]:
    """The POV of each third-person scene decided on its own evidence (at least `_DECIDED_ELSEWHERE`), by scene."""
    return {
        i: r.pov
        for i, r in povs.items()
        if r.pov and r.person == "third" and keys[i][0] == "pov" and r.confidence >= _DECIDED_ELSEWHERE
    }


def _leader_over_neighbour(
    top: list[str], scores: dict[str, float], neighbours: list[str | None], decided: dict[int, str], index: int
) -> bool:
    """The scene's leader strictly outscores the runner-up, the runner-up is a neighbour's POV and the leader is not,
    and another scene of the book was decided for the leader on its own evidence: the runner-up holds the scene only
    by continuity, the leader by the scene's own reading and the book's. `neighbours`: the POVs of the neighbours the
    continuation would follow (confidence 0.5 or more, the scene's narrative person), so the rule overrides only it."""
    if len(top) != 2 or top[1] not in neighbours or top[0] in neighbours:
        return False
    if scores[top[0]] <= scores[top[1]]:
        return False
    return any(p == top[0] for i, p in decided.items() if i != index)


def _settled(res: PovResult, who: str, why: str) -> PovResult:
    """An undecided scene given to one of its leading candidates by a book-level reason (`_settle_undecided`): a
    little surer than the tie it was, never above 0.5 (the scene's own evidence did not decide it)."""
    return PovResult(who, round(min(0.5, res.confidence + 0.2), 3), res.person, {**res.evidence, "from": why})


def _settle_undecided(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey]) -> None:
    """An undecided scene whose leading candidates include a neighbour's POV continues that POV.

    Only between scenes of one chapter, only when the neighbour's POV was decided, and at a lower
    confidence: the scene's own evidence points the same way without being conclusive on its own. In a book whose
    decided scenes change POV at every scene break inside a chapter (three such breaks or more and none that keeps it:
    The Yingchun Gate's brother and sister, Thin Water's human and alien), the leading candidate no neighbour holds
    is taken instead (`_alternates`). Nor does a neighbour's POV close behind the scene's leader take the scene from a
    leader the book's other scenes show as a POV character (`_leader_over_neighbour`): the leader is taken.
    """
    alternating = _alternates(book, povs)
    decided = _decided_povs(povs, keys)
    for ch in book.chapters:
        scenes = ch.scenes
        for k, s in enumerate(scenes):
            res = povs[s.index]
            scores = res.evidence.get("scores") or {}
            if (
                res.pov is not None
                or not scores
                or keys[s.index][0] != "pov"
                or res.evidence.get("from") in ("unnamed mind", "camera-eye", OMNISCIENT)
            ):
                continue
            top = [name for name, v in list(scores.items())[:2] if v > 0]
            nbs = [povs[nb.index].pov for nb in scenes[max(0, k - 1) : k + 2] if nb is not s]
            fresh = [name for name in top if name not in nbs]
            if alternating and len(top) == 2 and len(fresh) == 1 and any(n in top for n in nbs):
                povs[s.index] = _settled(res, fresh[0], "leading candidate, the book changes POV at every scene break")
                keys[s.index] = ("pov", fresh[0])
                continue
            # the neighbours the continuation below would follow (decided, of the scene's person): a guessed or
            # first-person neighbour holds nothing for the leader to take the scene from
            held = [
                o.pov
                for nb in scenes[max(0, k - 1) : k + 2]
                if nb is not s and (o := povs[nb.index]).confidence >= 0.5 and o.person == res.person
            ]
            if top[0] not in nbs and _leader_over_neighbour(top, scores, held, decided, s.index):
                # the scene's own evidence leads for a POV character of the book: a neighbour's POV close behind it
                # is no reason to hand the scene to the runner-up (continuity settles ties, not a lead)
                povs[s.index] = _settled(res, top[0], "leading candidate, a POV character of the book")
                keys[s.index] = ("pov", top[0])
                continue
            for nb in (scenes[k - 1] if k else None, scenes[k + 1] if k + 1 < len(scenes) else None):
                if nb is None:
                    continue
                other = povs[nb.index]
                # a first-person neighbour's "I" is no candidate of a third-person scene that names them once (a
                # newspaper report listing the narrator among the riders)
                if (
                    other.pov is not None
                    and other.pov in top
                    and other.confidence >= 0.5
                    and other.person == res.person
                ):
                    povs[s.index] = _settled(res, other.pov, "leading candidate, continues neighbour")
                    keys[s.index] = keys[nb.index]
                    break


#: The most confidence a tie settled by its carrying pronoun gets (`_tie_settled_by_pronoun`): no more than `decide`
#: gives a scene it leaves open.
_TIE_SETTLED_CONF = 0.3


def _tie_settled_by_pronoun(book: Book, povs: dict[int, PovResult], keys: dict[int, PovKey]) -> None:
    """A scene still undecided for want of a margin goes, at a low confidence, to its leader when the leader owns its
    carrying pronoun and the runner-up is of the other gender (`pov.pronoun_breaks_tie`, kept in its evidence). Not a
    scene a pass has set to no one on purpose (its evidence says `from`, and keeps the tagger's key along): the
    tagger only stores the key on a scene `decide` left open with no `from`."""
    for s in book.scenes:
        res = povs[s.index]
        who = res.evidence.get(PRONOUN_LEADER)
        if res.pov is None and who and "from" not in res.evidence and keys[s.index][0] == "pov":
            povs[s.index] = PovResult(
                who,
                min(res.confidence, _TIE_SETTLED_CONF),
                res.person,
                {**res.evidence, "from": "tie settled by the carrying pronoun"},
            )
            keys[s.index] = ("pov", who)


def _llm_labels(
    labelling: Labelling | None, chunks: list, texts: list[str], tagger: Tagger, source: str
) -> list[dict | None]:
    """The LLM's labels per chunk (None where not asked or not usable), with the book's character sheet;
    `texts`: the chunks in the author's own text."""
    if labelling is None or labelling.mode == "heuristic" or labelling.llm is None or not chunks:
        return [None] * len(chunks)
    sheet = character_sheet(tagger, [tagger.characters_in(c.text) for c in chunks])
    return labelling.llm(texts, Path(source).stem, sheet)


def _type_doubt(features: dict, document: str | None = None) -> str | None:
    """Why a scene type is unsure: its two best scores are close ("dialogue 0.91 vs action 0.84: could be
    either"), so the reader of the review file knows which two types to choose between; or the scene opens as
    `document` ("a letter", "a record": `documents.document_opening`), whose type is what it mainly does."""
    if document:
        return (
            f"opens as {document}: exposition if it mainly sets out what happened, introspective if it is written "
            "to think or confess"
        )
    ranked = sorted((features.get("scores") or {}).items(), key=lambda kv: -kv[1])
    if len(ranked) < 2:
        return None
    return f"{ranked[0][0]} {ranked[0][1]:.2f} vs {ranked[1][0]} {ranked[1][1]:.2f}: could be either"


#: Chunk texts -> one summary each (None where none could be had), e.g. llm.scene_summary.SceneSummarizer.
Summarizer = Callable[[list[str]], list["str | None"]]


def _human_prompt(
    meta: dict,
    previous: str | None,
    seed_key: str,
    universe_name: str,
    text: str,
    summary: str | None,
    previous_summary: str | None,
    asked: bool,
    book: dict,
) -> tuple[str, str, str | None]:
    """(prompt, prompt_source, note): the brief with the LLM's summary of what happens, or with one
    built from the chunk's tags when there is none or the summaries quote the chunk (the answer must
    not be in the question). `book`: people, setting, turn and gender for `briefs.Briefs.prompt`."""
    if summary or previous_summary:
        human = briefs().prompt(
            meta,
            random.Random(seed_key),
            universe_name,
            summary=summary,
            previous_summary=previous_summary,
            previous_text=previous,
            **book,
        )
        if not quotes_chunk(human, text):
            return human, "llm_summary", None
        note: str | None = "llm summary quoted the chunk; template prompt used"
    else:
        note = "no llm summary for this chunk; template prompt used" if asked else None
    return (
        briefs().prompt(meta, random.Random(seed_key), universe_name, previous_text=previous, **book),
        "template",
        note,
    )


def process_manuscript(
    path: str | Path,
    settings: ManuscriptsConfig | None = None,
    roster: Roster | None = None,
    universe: str | None = None,
    seed: int = 42,
    source_name: str | None = None,
    summarize: Summarizer | None = None,
    labelling: Labelling | None = None,
    chunking: ChunkingConfig | None = None,
) -> ManuscriptResult:
    """`summarize`, when given, adds LLM-written summaries of each chunk and of the one before to its
    prompt (see `_human_prompt`); without it prompts come from templates only. `labelling` chooses who
    labels the chunks (heuristic, LLM, both) and applies the user's overrides (`labels.apply_labels`).
    `universe` names the book's world on rows and in prompts; without it, the file's name does.
    `chunking`: the chunk bounds (the config's `chunking:` section; defaults when None). `source_name`
    names the book on rows and seeds its ids (default: the file name), so output never depends on the
    folder the book is read from."""
    settings = settings or ManuscriptsConfig()
    bounds = chunking or ChunkingConfig()
    doc = read_manuscript(path)
    book = parse_structure(doc)
    # ids, groups and template choices are seeded by this name: the file's own name unless the caller gives
    # one relative to its project (the build: relative to the config's folder), never the folder it sits in
    source = source_name or Path(path).name
    # a book that marks speech with single quotes is read as if they were double (`quotes`); rows keep the
    # author's marks: `authors(run)` gives a chunk's own text back, and the paragraphs get theirs at the end
    originals = standard_quotes(book.paragraphs)
    # and so is a chapter that opens its speech with dashes (`dashes`)
    for key, text in standard_dashes(book.chapters).items():
        originals.setdefault(key, text)
    by_index = {p.index: p for p in book.paragraphs}

    def authors(run: ParagraphRun) -> str:
        return restore(run.paragraphs, originals, by_index)

    tagger = Tagger(roster, universe)
    tagger.learn_book([p.text for p in book.paragraphs])
    povs, pov_key = _scene_povs(book, tagger)
    _thread_of_short_pieces(book, povs, pov_key, bounds.min_words, tagger.people)
    # a narrator the text itself names as its "I" (a self-introduction, a byline, a document's heading), not one only
    # guessed from a call, which may be anyone's ("Base, this is Doc")
    tagger.admit_narrators(
        sorted({p.pov for p in povs.values() if p.pov and p.person == "first" and p.confidence >= NAMED_NARRATOR})
    )
    plan = plan_chunks(
        [c.scenes for c in book.chapters],
        pov_key,
        bounds.min_words,
        bounds.max_words,
        bounds.target_min_words,
        bounds.target_max_words,
    )
    result = ManuscriptResult(source, book, fragments=plan.fragments, scene_pov=povs, model=tagger.model)
    runs = split_runs(plan.chunks, settings.split_run_chunks)
    groups = run_groups(plan.chunks, runs, source)
    shown_universe = universe_name(universe, source)
    universe = universe_slug(universe, source)
    own = [authors(c) for c in plan.chunks]
    summaries = summarize(own) if summarize and plan.chunks else [None] * len(plan.chunks)
    asked = summarize is not None or (labelling is not None and labelling.mode != "heuristic")
    llm_labels = _llm_labels(labelling, plan.chunks, own, tagger, source)
    keys: Counter = Counter()
    previous: str | None = None
    previous_summary: str | None = None
    profiles = [tagger.profile(c.text) for c in plan.chunks]
    tensions = tagger.book_tension_detail(profiles)  # against the whole book's distribution
    types = tagger.book_scene_types(profiles)  # each score against the book's own, too
    documents = book_documents([c.text for c in plan.chunks])  # a letter or a log set into the story
    for k, (chunk, group) in enumerate(zip(plan.chunks, groups, strict=False)):
        scene: Scene = chunk.scenes[0]
        ch = scene.chapter
        read = chunk.text  # what the taggers read; `text` is the author's (they differ in a single-quoted book)
        text = own[k]
        pov = povs[scene.index]
        characters = tagger.characters_present(read, pov.pov, first=pov.person in ("first", "second"))
        profile = profiles[k]
        kind, features = types[k]
        where = tagger.setting(read, ch.index, pov.pov)
        meta: dict[str, Any] = {  # the row's metadata, as JSON
            "pov": pov.pov,
            "pov_confidence": pov.confidence,
            "pov_reason": pov.evidence.get("from") or ("unnamed mind" if pov.pov is None else "third-person evidence"),
            "person": pov.person,
            "scene_type": kind,
            "scene_type_features": features,
            "chapter": ch.number,
            "chapter_title": ch.title,
            "part": ch.part,
            "word_count": chunk.words,
            "token_count": count_tokens(text),
            "tension": tensions[k][0],
            "characters": characters,
            "worldbuilding_terms": list(profile.term_list[:12]),  # = tagger.worldbuilding_terms(text, characters)
            "setting": where.setting,
            "universe": universe,
            "source": source,
            "scenes": [s.index for s in chunk.scenes],
        }
        # pieces of one over-long paragraph (chunking.ParagraphPiece) share its index: their numbers tell them apart
        pieces = tuple(getattr(p, "piece", None) for p in (chunk.paragraphs[0], chunk.paragraphs[-1]))
        cid = stable_id(
            source,
            "chunk",
            chunk.paragraphs[0].index,
            chunk.paragraphs[-1].index,
            *(("piece", *pieces) if pieces != (None, None) else ()),
        )
        label_key = chunk_key(source, ch.number if ch.number is not None else ch.title, text)
        keys[label_key] += 1
        chars_conf, chars_why = tagger.characters_confidence(characters)
        confidence = heuristic_confidence(
            pov.confidence, features, tension=tensions[k][1], setting=where.confidence, characters=chars_conf
        )
        document = documents[k] if kind != "dialogue" else None  # a transcript or an exchange of letters is dialogue
        if document and confidence["scene_type"] is not None:
            confidence["scene_type"] = min(confidence["scene_type"], DOCUMENT_TYPE_CONFIDENCE)
        unsure = {
            "tension": tensions[k][2],
            "setting": where.why if where.confidence < 0.5 else None,
            "characters": chars_why,
            "scene_type": _type_doubt(features, document),
        }
        apply_labels(
            meta,
            confidence,
            llm_labels[k],
            labelling,
            label_key if keys[label_key] == 1 else f"{label_key}-{keys[label_key]}",
            {t: w for t, w in unsure.items() if w},
        )
        summary = meta.get("summary") or summaries[k]
        same_run = k > 0 and runs[k - 1] == runs[k]  # a prompt refers to a neighbour of its own split group only
        facts = {
            "people": [c for c in (meta.get("characters") or []) if tagger.real_person(c)],
            "setting": prompt_setting(meta.get("setting"), ch.title),
            "turn": scene_turn(read, tagger.tension),
            "gender": tagger.people.gender.get(meta.get("pov") or ""),
            # as the book writes them: "the Guild", "Bertrand's"
            "terms": [tagger.model.display(t) if tagger.model else t for t in meta.get("worldbuilding_terms") or []],
        }
        human, meta["prompt_source"], note = _human_prompt(
            meta,
            previous if same_run else None,
            f"{seed}:prompt:{cid}",
            shown_universe,
            text,
            summary,
            previous_summary if same_run else None,
            asked,
            facts,
        )
        previous_summary = summary
        if note:
            meta["prompt_note"] = note
        locator = f"{ch.label}, scene {scene.index + 1}" + (
            f"-{chunk.scenes[-1].index + 1}" if len(chunk.scenes) > 1 else ""
        )
        result.rows.append(
            ChunkRow(
                cid,
                group,
                text,
                conversations(settings.system_prompt, human, text),
                meta,
                locator,
                k,
                (chunk.paragraphs[0].index, chunk.paragraphs[-1].index + 1),
                chunk.cut_in_dialogue,
            )
        )
        previous = text
    for p in book.paragraphs:  # the book (and its fragments) in the author's own marks again
        p.text = originals.get(id(p), p.text)
    return result
