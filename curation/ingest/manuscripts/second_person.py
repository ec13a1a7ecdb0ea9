"""Scenes told in the second person ("You take the 55 bus. You don't call him back."), and who their "you" is.

A reader tells such a scene from the first and the third person by its narration (speech blanked): "you" is its
subject sentence after sentence, as "I" is a first-person narrator's, and "I" hardly occurs there. "You" only in
dialogue is blanked with the speech; a generic "you" ("you don't leave a horn in the water") is a few per cent of a
third-person scene's words at most; a first-person narrator who speaks to someone (a dead mother, a letter's reader)
says "I" as often as "you" and is read as first person before this is asked (`Tagger.person`).

The narration never names its "you"; the others in the scene do, speaking to them: the name said as a vocative in a
line someone else speaks ("“Babette,” he says"; "“You ready, Slide?” Tat says") is the "you"'s, one the "you"'s own
lines say ("“You left the eggs on, Papa.”", "“Gilles,” you say") is someone else's, and so is a name the narration
uses for someone in the third person. The narration may say it outright ("He calls you Babette"), and so may the
"you" ("They call me Slide", "I'm Jesús"). One person is the "you" of a book's every second-person scene: the names
are pooled over those scenes (`book_you`), a scene that names nobody takes the book's "you", and a "you" never named
stays None at a low confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .names import SENTENCE_OPENERS, TITLE_GENDER, TITLES
from .pov import SPEECH
from .text import (
    LOWER,
    NAME_WORD,
    NAME_WORD_OR_INITIAL,
    UPPER,
    VOCATIVE_CLOSE,
    VOCATIVE_OPEN,
    blank_spans,
    quoted_spans,
    strip_emphasis,
)

#: "you" and its forms in the narration.
_YOU = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b|\byou[’']\w+", re.I)
#: How much of a scene's narration (speech blanked) must be "you" for the scene to be told in the second person: the
#: "you" scenes of three labelled books (guadalupe-street, the-you-of-rue-saint-denis, the-second-line-on-frenchmen-
#: street) run 3.6-8.4% of their words; the most any third-person scene of the 93 labelled books says a generic "you"
#: is 1.5% (the-whitcombe-verdict), and the first-person scenes speaking to a "you" are first person already.
SECOND_PERSON_SHARE = 0.025
#: ... and "you" at least this many times as often as "I"/"we": a first-person narrator speaking to a "you" says both.
SECOND_OVER_FIRST = 4.0


def told_in_second_person(narration_words: int, you: int, first: int) -> bool:
    """Whether narration of `narration_words` words saying "you" `you` times and "I"/"we" `first` times is told in the
    second person."""
    return you >= SECOND_PERSON_SHARE * max(1, narration_words) and you >= SECOND_OVER_FIRST * first


def you_count(narration: str) -> int:
    return len(_YOU.findall(narration))


#: A line the "you" speaks: "“Gilles,” you say", "you ask quietly", "says you".
_YOU_TAG = re.compile(
    rf"\byou\s+(?:\w+ly\s+)?(?:{SPEECH}|say|ask|tell|reply|answer|shout|whisper|call)\b|\b{SPEECH}\s+you\b"
)
#: A line someone else speaks: a subject before a speech verb ("he says", "Tat says", "your father says", "a man going
#: by in a Spurs cap says"), or the verb before its speaker ("says Tío Beto", "says your mother").
_OTHER_TAG = re.compile(
    rf"\b(?:he|she|they|it|{NAME_WORD_OR_INITIAL})\s+(?:\w+ly\s+)?{SPEECH}\b|\b{SPEECH}\s+(?!you\b)(?:[{UPPER}]|the\s|your\s|his\s|her\s)"
    rf"|\b(?:the|your|his|her|their|a|an)\s+(?:[\w’'\-]+\s+){{0,6}}?{SPEECH}\b"
)
#: Words of kinship said as a name ("Papa", "Ma", "Tío"): they tell how the speaker is related to the one spoken to,
#: not who that is (the "you" says "Papa" in the-you-of-rue-saint-denis, "Ma" and "Tío" in guadalupe-street, the
#: daughter "Mama" in the-second-line-on-frenchmen-street).
_KIN = frozenset(
    [
        "papa",
        "pa",
        "pop",
        "pops",
        "dad",
        "daddy",
        "mama",
        "mam",
        "ma",
        "mum",
        "mom",
        "mommy",
        "mummy",
        "maman",
        "grandma",
        "grandpa",
        "gran",
        "granny",
        "nana",
        "tío",
        "tía",
        "tio",
        "tia",
        "abuela",
        "abuelo",
        "uncle",
        "aunt",
        "auntie",
        "baby",
        "honey",
        "darling",
        "sweetheart",
        "son",
        "boy",
        "girl",
        "man",
        "mister",
        "miss",
        "ma'am",
        "madam",
        "sir",
        "gentlemen",
        "ladies",
        "folks",
        "everybody",
        "everyone",
    ]
)
#: A name said to someone inside a quote: one capitalised word, or a gendered title and one ("Mr. Dupree").
_VOCATIVE = re.compile(
    rf"(?:{VOCATIVE_OPEN})((?:(?:"
    + "|".join(t.capitalize() for t in TITLE_GENDER)
    + rf")\.?\s+)?[{UPPER}][{LOWER}][\w’'\-]*){VOCATIVE_CLOSE}"
)
#: The narration or the "you" saying the name outright: "He calls you Babette", "everybody calls you Chuy", "They call
#: me Slide", "I'm Jesús", "my name is ...".
_CALLS_YOU = re.compile(rf"\bcall(?:s|ed)?\s+you\s+({NAME_WORD})")
_SELF_NAMED = re.compile(
    r"(?:\b[Mm]y\s+name\s+is|\b[Mm]y\s+name[’']s|\b[Cc]all\s+me|\bcall(?:s|ed)?\s+me|(?:^|[“\"«„.!?]\s*)I[’']m|"
    rf"(?:^|[“\"«„.!?]\s*)I\s+am|(?:^|[“\"«„.!?]\s*)[Ii]t[’']s)\s+({NAME_WORD})(?=\s*(?:[,.!?;—–]|[”\"»]|$))"
)


#: Someone telling the "you" who they are: "“You're Chuy.”" (guadalupe-street), "“You're the cook”".
_YOU_ARE = re.compile(rf"\b[Yy]ou(?:[’']re|\s+are)\s+([{UPPER}][{LOWER}][\w’'\-]*)(?=\s*(?:[,.!?;—–]|[”\"»]))")
#: A call the narration reports without quotes, someone else speaking: "she says, Chuyito, Chuyito, I'm here", "your
#: mother says you, Chuy, you carried him".
_REPORTED_CALL = re.compile(
    rf"\b(?:he|she|they|{NAME_WORD})\s+(?:\w+ly\s+)?{SPEECH}(?:\s+to\s+you)?,\s+(?:you,\s+)?([{UPPER}][{LOWER}][\w’'\-]*),"
)


#: A name the narration shows acting, as its subject or an owner ("Tat closes the case", "Tío Beto comes out", "Luc's
#: truck"): someone in the third person. Not a name in a call the narration reports ("said Chela, put Chuy on, and you
#: said it's me, Tío, it's Chuy").
_ACTS = re.compile(
    rf"(?<![\w’'])([{UPPER}][{LOWER}][\w’'\-]*)(?:[’']s\b|\s+(?:\w+ly\s+)?(?:[{LOWER}]+(?:s|ed)|is|was|has|had|does|did|can|could|will|"
    r"would|goes|went|comes|came|gets|got|puts|put|takes|took|sees|saw|knows|knew|tells|told|says|said|stands|stood)\b)"
)


@dataclass
class YouEvidence:
    """What one second-person scene says about who its "you" is."""

    called: Counter = field(default_factory=Counter)  # name -> vocatives in lines others speak, "calls you X"
    said_by_you: Counter = field(default_factory=Counter)  # name -> vocatives in the "you"'s own lines
    narrated: Counter = field(default_factory=Counter)  # name -> uses in the narration (someone in the third person)


#: A capitalised word inside a sentence, after a lower-case word or a comma: the book writes it as a name there.
_INSIDE_SENTENCE = re.compile(rf"(?:\b[{LOWER}][\w’'\-]*|,)\s+([{UPPER}][{LOWER}][\w’'\-]*)")


def proper_words(text: str) -> set[str]:
    """Words the text capitalises inside a sentence (`_INSIDE_SENTENCE`): a word seen only opening a sentence ("Quieto.
    Quieto.", "Songs. Prayers.") is no name said to someone, however a quote sets it alone."""
    return {m.group(1) for m in _INSIDE_SENTENCE.finditer(text)}


def _usable(name: str, proper: set[str] | None, known: frozenset[str] = frozenset()) -> bool:
    words = name.replace(".", "").split()
    last = words[-1]
    if len(words) == 1 and (
        last in SENTENCE_OPENERS
        or last.casefold() in TITLES
        or last.casefold() in _KIN
        or (proper is not None and last not in proper and last.casefold() not in known)
    ):
        return False
    return not last.isupper()


#: Letters a call may add to a one-word name: a vocative case ("Nenade" to Nenad, The Tram to Bistrik) or a pet form
#: ("Cassie" to Cass, Cutter Grade; "Lucky" to Luc, The You of Rue Saint-Denis).
CALL_ENDING = 2


def called_name(word: str, proper: set[str] | None, known: frozenset[str]) -> str:
    """The book's name a one-word call stands for: the word itself when the book writes it as a name (`proper`,
    `known`), else the name (written inside a sentence, or one of its people's) the word adds at most `CALL_ENDING`
    letters to, as the book spells it: a call form seen nowhere else ("“Nenade,” she says through the door") is that
    person called."""
    if (proper is not None and word in proper) or word.casefold() in known:
        return word
    for k in range(1, CALL_ENDING + 1):
        stem = word[:-k]
        if len(stem) >= 3 and ((proper is not None and stem in proper) or stem.casefold() in known):
            return stem
    return word


def you_evidence(text: str, proper: set[str] | None = None, known: frozenset[str] = frozenset()) -> YouEvidence:
    """Read a second-person scene paragraph by paragraph (see the module docstring). `proper`: the words the book
    writes as names (`proper_words`); None: any capitalised word may be one. `known`: one-word names (casefolded) of
    the book's people, names wherever the book sets them: a boy the book names only at the head of a sentence or a
    line ("“Teodorito,” says your padrino", "Teodorito held Filomena's hand") is named there all the same."""
    ev = YouEvidence()
    last_turn: str | None = None  # who spoke the previous paragraph's lines: "you" or "other"
    for para in strip_emphasis(text).split("\n\n"):
        spans = quoted_spans(para)
        blanked = blank_spans(para, spans)
        _narration_naming(blanked, proper, ev)
        last_turn = _lines_naming(para, blanked, spans, last_turn, proper, ev, known) if spans else None
    return ev


def _narration_naming(blanked: str, proper: set[str] | None, ev: YouEvidence) -> None:
    """The narration of one paragraph (speech blanked): "He calls you Babette", a call reported without quotes, a name
    shown acting (someone in the third person)."""
    for m in _CALLS_YOU.finditer(blanked):
        if _usable(m.group(1), proper):
            ev.called[m.group(1)] += 2
    for m in _REPORTED_CALL.finditer(blanked):
        if _usable(m.group(1), proper):
            ev.called[m.group(1)] += 1  # "she says, Chuyito, Chuyito, I'm here"
    for m in _ACTS.finditer(blanked):
        ev.narrated[m.group(1)] += 1


def _lines_naming(
    para: str,
    blanked: str,
    spans: list[tuple[int, int]],
    last_turn: str | None,
    proper: set[str] | None,
    ev: YouEvidence,
    known: frozenset[str] = frozenset(),
) -> str | None:
    """The lines of one paragraph: who speaks each (a tag after it, else the last before it, else the other party
    of the previous paragraph's exchange) and the names they call; returns the paragraph's turn. A name the same
    speaker's lines of the paragraph also talk about is no call (`_talked_about`)."""
    tags = [(t.start(), "you") for t in _YOU_TAG.finditer(blanked)]
    tags += [(t.start(), "other") for t in _OTHER_TAG.finditer(blanked) if not _YOU_TAG.match(blanked, t.start())]
    tags.sort()
    turn = None
    said: list[tuple[str, str]] = []  # (speaker, quote) of each line whose speaker is known
    for a, b in spans:
        after = [who for pos, who in tags if b <= pos <= b + 60]
        before = [who for pos, who in tags if pos < a]
        speaker = after[0] if after else before[-1] if before else None
        if speaker is None and last_turn is not None:
            speaker = "you" if last_turn == "other" else "other"  # an exchange alternates
        if speaker is None:
            continue
        turn = turn or speaker
        said.append((speaker, para[a:b]))
    for speaker, quote in said:
        if speaker == "you":
            ev.called.update({m.group(1): 2 for m in _SELF_NAMED.finditer(quote) if _usable(m.group(1), proper, known)})
        else:
            # "“You're Chuy.”": someone telling the "you" who they are
            ev.called.update(m.group(1) for m in _YOU_ARE.finditer(quote) if _usable(m.group(1), proper, known))
        about = _talked_about([q for who, q in said if who == speaker])
        for m in _VOCATIVE.finditer(quote):
            name = called_name(m.group(1), proper, known) if " " not in m.group(1) else m.group(1)
            if _usable(name, proper, known) and m.group(1) not in about:
                (ev.said_by_you if speaker == "you" else ev.called)[name] += 1
    return turn


#: A capitalised word in a line, where `_talked_about` looks for a name used other than as a call ("Where's Lorena?").
_NAME_WORD_IN_LINE = re.compile(rf"(?<![\w’'])[{UPPER}][{LOWER}][\w’'\-]*")


def _talked_about(quotes: list[str]) -> set[str]:
    """The names one speaker's lines in a paragraph use other than as a call, beside calling them: "“Lorena,” says
    Pepino. “Where's Lorena? Where's Gaspar?”" (The Glacier Above Yungay: the clown cries out for the trapeze girl,
    who is not there, to the boy he is carrying). The name is sought or spoken of, not said to the "you", as
    `narrator._said_about` reads a name one quote of a first-person scene says twice ("Ferrier. Tom Ferrier, same as
    me." in Keeping Agatha; "Danny Voss. Everybody knows Danny." in Slack Water); a line split by its tag is one
    speaker's turn. A call repeated ("Ramón. The children. Up.") stays a call: only a use not shaped as a call (inside
    a sentence, not at a line's head) says the name is talked about."""
    calls: dict[str, int] = {}
    uses: dict[str, int] = {}
    for quote in quotes:
        vocative = {m.start(1) for m in _VOCATIVE.finditer(quote)}
        for m in _NAME_WORD_IN_LINE.finditer(quote):
            word = m.group(0)
            if m.start() in vocative:
                calls[word] = calls.get(word, 0) + 1
                continue
            if quote[: m.start()].strip(' “"«„‘'):
                uses[word] = uses.get(word, 0) + 1
    return {w for w in calls if uses.get(w)}


def _best(score: Counter) -> tuple[str | None, float]:
    ranked = [(p, s) for p, s in score.most_common() if s > 0]
    if not ranked:
        return None, 0.0
    (top, s), second = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
    if s - second < 1.0:
        return None, 0.0
    return top, s


def book_you(
    scenes: dict[int, YouEvidence], resolve: Callable[[str], str | None], narrated: Counter
) -> tuple[str | None, dict[int, str | None]]:
    """(the book's "you", each scene's own "you") from its second-person scenes' evidence: names pooled by the person
    `resolve` gives them (None: no person that may be the "you"); a person the narration names in the third person as
    often as they are called is someone else."""
    pooled: Counter = Counter()
    own: dict[int, str | None] = {}
    for i, ev in scenes.items():
        score: Counter = Counter()
        for name, n in ev.called.items():
            who = resolve(name)
            if who:
                score[who] += n
        for name, n in ev.said_by_you.items():
            who = resolve(name)
            if who:
                score[who] -= n
        pooled.update(score)
        own[i] = _best(Counter({p: s for p, s in score.items() if narrated[p] < s}))[0]
    for p in list(pooled):
        pooled[p] -= narrated[p]
    return _best(pooled)[0], own
