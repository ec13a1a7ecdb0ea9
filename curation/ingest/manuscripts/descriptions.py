"""Descriptions the narration uses for a character instead of a name ("the colonel", "the old woman").

Close third person often names its POV character by a description and carries them by "he"/"she": "the colonel had
the backgammon board carried out ... The colonel watched the board and not the man. He had known Nasser Rostami long
enough" (The Garden in Shemiran), "the old woman heard it come. ... She lay in the dark" (The Reindeer Road), "the
bandleader looked at the rope and felt something go cold" (The Highlife Band). A roster lists such descriptions as
lower-case aliases (`PersonIndex.descriptions`); without one the POV readers, which keep to names, never see that
person, and the scene's pronoun goes to whoever is named in passing (the book's POV of other scenes, a visitor the
description watches).

`learn_descriptions` reads the book for the descriptions that act as a character's name: a definite description ("the"
and up to three lower-case words) that is the subject of sentences in more than one scene, given one pronoun (a bare
"he"/"she" opening the next sentence, or a pronoun of its own sentence only it can be), thinking or perceiving under its
own words and at least twice in all, and the first subject of at least one scene, as a POV character is. A description
used in one scene, one several people answer to ("the men"), a thing ("The cart stopped. She watched it") or a title the
book writes before a person's name ("Captain Rudd") is not learned.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .people import PersonIndex
from .pov import AFTER_COGNITION, AFTER_PERCEPTION, COORDINATED_MIND, COORDINATED_SUBJECT, LEAD_IN, SENTENCES
from .text import LOWER, NAME_WORD, narration_only

#: A definite description's words: "the" and up to three lower-case words (the last may be a verb; `_subjects_at` finds
#: where the description ends).
_THE = re.compile(rf"\b[Tt]he((?:\s+[{LOWER}][{LOWER}’'\-]*){{1,3}})")
#: What follows a sentence's subject as its verb: an auxiliary, a past or present form, or a common irregular past,
#: after an adverb or a short aside in commas ("The colonel, who had not slept, watched").
_VERB = re.compile(
    r"(?:\s*,[^,.;]{0,60},)?\s+(?:\w+ly\s+|also\s+|still\s+|never\s+|already\s+|always\s+|just\s+|only\s+|even\s+)?"
    r"(?:(?:had|has|was|is|would|could|did|does|will|can|might|must|should)(?:n[’']t|\s+not)?\b|"
    r"(?:knew|saw|felt|thought|heard|stood|sat|took|went|came|put|kept|made|told|found|gave|got|lay|ran|held|let|left|"
    r"understood|began|caught|brought|bent|rose|woke|slept|drank|ate|spoke|wrote|read|said|sang|fell|wore|won|lost|"
    r"drew|threw|hung|shook|swore|struck|bit|hid|chose|rode|drove|broke|forgot|sent|spent|meant|paid|sold|led|fed|"
    rf"[{LOWER}]+ed|[{LOWER}]+[^s\W]s)\b)"
)
#: A bare "he"/"she" opening a sentence (after a short lead-in): how the narration takes a description up.
_OPENING_PRONOUN = re.compile(r"^[\W_]*(?:(?:then|and|but|so|now|still)\s+)?(He|She)\b", re.I)
#: In a description's own sentence, a pronoun that can only be its subject's, with nobody named before it: "he"/"she"
#: taking up the subject after a conjunction ("..., and she"), a reflexive ("the colonel told himself"), or a possessive
#: before a noun ("the bandleader looked at the rope and felt something go cold in his stomach"); not "him" or an
#: object "her" ("the old priest had kept her talking"), which are someone else.
_OWN_PRONOUN = re.compile(
    r"(?:\b(?:and|but|then|so|until|before|after|while|as|when)\s+|[,;]\s+)(he|she)\b|\b(himself|herself)\b|"
    rf"\b(his|her)\s+(?!(?:to|and|or|in|on|at|up|down|out|back|away|off|the|a|an|that|as|with|from|for|by|into)\b)"
    rf"[{LOWER}]+(?<!ing)(?<!ed)\b"
)
_PRONOUN_GENDER = {"he": "he", "himself": "he", "his": "he", "she": "she", "herself": "she", "her": "she"}
#: Words that make a description no one person's: plurals and quantities ("the men", "the others", "the two of them").
_NOT_ONE = frozenset(
    {"other", "others", "rest", "two", "three", "four", "five", "six", "both", "whole", "same", "first", "last", "next"}
)

#: A description is learned when the narration gives it one pronoun (taking it up by a "he"/"she" opening the next
#: sentence, or in its own sentence) at least this often ...
PRONOUN_VOTES = 2
#: ... at least this many times as often as the other,
PRONOUN_RATIO = 2
#: ... shows it thinking or perceiving at least this often (at least once under its own words),
MIND = 2
#: ... opens sentences on it in at least this many scenes,
SCENES = 2
#: ... and is the first subject of at least this many scenes: a character whose scenes open on them, as a POV
#: character's do (`pov.book_prior` counts the same of names).
OPENINGS = 1


@dataclass
class _Counts:
    subject: Counter = field(default_factory=Counter)  # description -> sentences it opens as the subject
    scenes: dict = field(default_factory=dict)  # description -> the scenes it is a subject in
    named_mind: Counter = field(default_factory=Counter)  # description -> thoughts and perceptions under its words
    handed_mind: Counter = field(default_factory=Counter)  # ... and through the pronoun that takes it up
    taken_up: Counter = field(default_factory=Counter)  # (description, "he"/"she") -> next sentences opening on it
    #: (description, "he"/"she") -> its own sentences with a pronoun only its subject can be (`_OWN_PRONOUN`)
    own_pronoun: Counter = field(default_factory=Counter)
    #: per scene, its subjects in reading order up to the first name: ("name", person) or ("description", words)
    firsts: list = field(default_factory=list)

    def pronoun_votes(self, description: str) -> tuple[int, int]:
        """("he" votes, "she" votes) for a description."""
        he, she = (self.taken_up[(description, g)] + self.own_pronoun[(description, g)] for g in ("he", "she"))
        return he, she

    def openings(self, description: str, person_like: set[str]) -> int:
        """The scenes whose first subject that is a name or a person-like description is `description`."""
        n = 0
        for subjects in self.firsts:
            first = next((s for kind, s in subjects if kind == "name" or s in person_like), None)
            n += first == description
        return n


def _subjects_at(sentence: str) -> list[tuple[str, int]]:
    """The definite descriptions `sentence` has as subjects, and where each ends: one opening it (after a lead-in) and
    any opening a coordinated clause ("The first snow came in the night, ..., and the old woman heard it come")."""
    out = []
    for m in _THE.finditer(sentence):
        head = sentence[: m.start()]
        if not (LEAD_IN.match(head) or COORDINATED_SUBJECT.search(head)):
            continue
        words = m.group(1).split()
        end = m.start(1)
        for k, w in enumerate(words):
            end = sentence.index(w, end) + len(w)
            if k and _VERB.match(" " + w):  # "the colonel watched": the verb is no part of the description
                break
            if _VERB.match(sentence, end) and not sentence.startswith(("’s", "'s"), end):
                description = "the " + " ".join(x.casefold() for x in words[: k + 1])
                if not _NOT_ONE & set(description.split()):
                    out.append((description, end))
                break
    return out


def _count(scene_texts: list[str], people: PersonIndex) -> _Counts:
    counts = _Counts()
    for index, text in enumerate(scene_texts):
        firsts: list[tuple[str, str]] = []
        named = False  # a name has been the scene's subject: its first subjects are read
        for para in narration_only(text).split("\n\n"):
            sentences = [m.group(0) for m in SENTENCES.finditer(para)]
            for k, sentence in enumerate(sentences):
                found = _subjects_at(sentence)
                if not named:
                    names = people.mentions(sentence)
                    at = names[0].start if names and LEAD_IN.match(sentence[: names[0].start]) else None
                    for description, end in found:
                        if at is None or end <= at:
                            firsts.append(("description", description))
                    if at is not None:
                        firsts.append(("name", names[0].person))
                        named = True
                for description, end in found:
                    _read(counts, index, sentences, k, description, end, people)
        counts.firsts.append(firsts)
    return counts


def _read(
    counts: _Counts, index: int, sentences: list[str], k: int, description: str, end: int, people: PersonIndex
) -> None:
    """What sentence `k` and the next say of a description it has as a subject, ending at `end`."""
    sentence = sentences[k]
    counts.subject[description] += 1
    counts.scenes.setdefault(description, set()).add(index)
    if (
        AFTER_COGNITION.match(sentence, end)
        or AFTER_PERCEPTION.match(sentence, end)
        or COORDINATED_MIND.search(sentence, end, end + 160)
    ):
        counts.named_mind[description] += 1
    own = _OWN_PRONOUN.search(sentence, end)
    if own and not any(end <= m.start < own.start() for m in people.mentions(sentence)):
        counts.own_pronoun[(description, _PRONOUN_GENDER[(own.group(1) or own.group(2) or own.group(3)).lower()])] += 1
    nxt = sentences[k + 1] if k + 1 < len(sentences) else ""
    pm = _OPENING_PRONOUN.match(nxt)
    if pm is None:
        return
    g = pm.group(1).lower()
    if any(people.gender.get(m.person) == g for m in people.mentions(sentence)):
        return  # someone of that pronoun named beside the description may be its antecedent
    counts.taken_up[(description, g)] += 1
    if AFTER_COGNITION.match(nxt, pm.end()) or AFTER_PERCEPTION.match(nxt, pm.end()):
        counts.handed_mind[description] += 1


def _title_of_a_name(description: str, whole: str, people: PersonIndex) -> bool:
    """The description's last word is a title the book writes before a person's name ("Captain Alvarado", "Judge
    Coyle"): "the captain" is then one of the named people holding it, not a character of its own."""
    word = description.split()[-1]
    return any(
        people.resolve(m.group(1)) is not None
        for m in re.finditer(rf"\b{re.escape(word.capitalize())}\.?[ \t]+({NAME_WORD})", whole)
    )


def learn_descriptions(scene_texts: list[str], people: PersonIndex) -> dict[str, str]:
    """Description -> "he"/"she": the definite descriptions the book's narration uses for one character as it would
    use a name (see the module docstring), with the pronoun it takes them up by."""
    counts = _count(scene_texts, people)
    whole = "\n".join(scene_texts)
    persons: dict[str, str] = {}
    for description in counts.subject:
        he, she = counts.pronoun_votes(description)
        g, n, other = ("he", he, she) if he >= she else ("she", she, he)
        if n >= PRONOUN_VOTES and n >= PRONOUN_RATIO * other:
            persons[description] = g
    out: dict[str, str] = {}
    for description, g in persons.items():
        if (
            counts.named_mind[description] >= 1
            and counts.named_mind[description] + counts.handed_mind[description] >= MIND
            and len(counts.scenes[description]) >= SCENES
            and counts.openings(description, set(persons)) >= OPENINGS
            and not _title_of_a_name(description, whole, people)
        ):
            out[description] = g
    return out
