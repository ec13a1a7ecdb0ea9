"""Who is who in a book: name mentions -> persons, with a pronoun gender per person.

Built from a roster when one is given, otherwise learned from the book itself: capitalised word runs
that behave like proper nouns, full names ("Jack Holloway", "Gerd van Riebeek") as persons, and each
first name, surname or title+surname ("Jack", "Holloway", "Mr. Holloway") credited to the one full
name it belongs to (`names.merge_variants`; a word shared by two full names goes to the one the book
uses far more often, else stays on its own). Which name forms are not people at all (places, ships,
organisations, kinds of being) is decided from the book's usage by `characters.classify` and passed in
as `exclude`; a capitalised "The" is not a title ("The Heat-Ray" is no person). Matching is on whole
words, so "Kael" never matches inside "Kaela". One pass over the capitalised words of a text finds every
mention; no per-name regex.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .names import CONTRACTION, TITLE_GENDER, TITLES, alias_words, merge_variants, name_words, parent_words
from .text import UPPER, narration_only

#: A capitalised word (an abbreviation keeps its full stop: "Mr.", "Dr.", "St."). A double hyphen is a dash,
#: not part of the word: the heading "SEWARD’S DIARY--continued" ends its last word at "DIARY".
_CAP_WORD = re.compile(rf"(?<![\w’'])[{UPPER}](?:[\w’']|-(?!-))*")
#: A possessive ending, in a heading's capitals too ("MINA MURRAY’S JOURNAL", "DR. SEWARD’S DIARY").
_POSSESSIVE = ("’s", "'s", "’S", "'S")
#: A particle that calls the name after it and is shown without it: Arabic and Persian "Ya" ("“Ya Rima, come here”",
#: "“Ya Nimr,” she said", The Bakery on Rue Gouraud; "“Ya Hossein,”", The Garden in Shemiran; "“Ya Ustaz.”", The Night
#: of the Fires) and Portuguese "Ô" ("“Ô Cida! Café!”", "“Ô Lulu!”", The Hill of the Samba): the one called is "Rima",
#: not "Ya Rima". The run keeps it (the book's own form of address, as "Pappy Jack"); only the name shown drops it.
_VOCATIVE_PARTICLES = frozenset({"ya", "ô"})
_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "del",
    "della",
    "da",
    "di",
    "du",
    "la",
    "le",
    "ter",
    "ten",
    "bin",
    "binti",
    "bint",
    "ibn",
    "al",
}
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "prof", "capt", "lt", "sgt", "hon", "messrs", "jr", "sr", "m", "d"}
#: A pronoun or a "that" run into its verb, opening a capitalised run before a name: "“You’re Rafe. You’re the
#: banker.”" (Saint Adela), "“You're Tomy,” she said." (Below Sea Level), "“You're Rooke.”" (Night on Seacole): no
#: first name of someone the index does not know, as "Frank" is before "Reyes".
_CONTRACTION = re.compile(r"^(?:[a-z]+[’'](?:re|m|ll|ve|d)|(?:it|that|he|she|there|here|what|who|where)[’']s)$")
_SENTENCE_END = re.compile(r"[.!?…:;—]\s*[“\"‘(]?\s*$|^\s*$")
#: The quote that opens a paragraph of speech, right before its first word ("“About the fence,” he said.").
_PARAGRAPH_QUOTE = re.compile(r"^\s*[“\"‘]\s*$")
#: A word said alone and called, right after it ("“Counsel,” said the judge", "“Ya Rima!”", or the whole of what is
#: said, "“Rose.” She waited."): a name or a form of address spoken to, not a sentence's first word.
_CALLED_AFTER = re.compile(r"\s*(?:[,!?—–]|\.(?=\s*[”\"’]))")
_PERSON_VERBS = re.compile(
    r"\s+(?:\w+ly\s+)?(?:said|asked|thought|felt|saw|looked|nodded|smiled|laughed|shrugged|grinned|frowned|"
    r"sighed|told|answered|replied|whispered|shouted|muttered|grunted|wondered|decided|remembered|"
    r"realized|realised|noticed|watched|stared|knew|wanted|sat|stood|walked|was\s+(?:saying|thinking)|"
    # the same in the present tense, as books told in it write them ("says Suki", "Dev lifts his head":
    # Eighty Covers; "Ferris says": The Meridian Run; "Gran says": The Tollhouse Summer)
    r"says|asks|thinks|feels|sees|looks|nods|smiles|laughs|shrugs|grins|frowns|sighs|tells|answers|replies|"
    r"whispers|shouts|mutters|wonders|decides|remembers|notices|watches|stares|knows|wants|sits|stands|walks|"
    r"is\s+(?:saying|thinking|sitting|standing))\b"
)
#: A family name used before a relative ("the Albescu brother", "the Birch girl", "the Gawn brothers"): the
#: relative's gender, which is the person's only when they are that relative.
_KIN_GENDER = {
    **dict.fromkeys(("brother", "brothers", "son", "sons", "boy", "boys", "man", "lad", "husband", "father"), "he"),
    **dict.fromkeys(("sister", "sisters", "daughter", "daughters", "girl", "girls", "woman", "lass", "wife"), "she"),
    **dict.fromkeys(("mother", "widow"), "she"),
}
_KIN_AFTER = re.compile(r"^\s+(" + "|".join(_KIN_GENDER) + r")\b", re.I)
#: Before a post that names the office, not its holder: "a Reeve", "every Warden", "whoever is Reeve" (but "I have
#: been Warden for eleven years" is its holder speaking).
_OFFICE_BEFORE = re.compile(
    r"\b(?:a|an|any|every|each|another|no|(?:whoever|whichever)\s+(?:is|was|will\s+be|becomes?|became))\s+$", re.I
)
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z][a-z’'\-]*")
_INITIAL_BEFORE = re.compile(rf"(?<![\w.’'])([{UPPER}])\.\s+$")  # "R. " before a family name
#: Last words of an organisation's name ("Calder Salt Company", "the Drainage Board", "the Kessler Line").
ORG_WORDS = frozenset(
    [
        "company",
        "companies",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "llc",
        "plc",
        "holdings",
        "group",
        "bank",
        "trust",
        "council",
        "office",
        "society",
        "agency",
        "ministry",
        "department",
        "police",
        "force",
        "navy",
        "army",
        "guard",
        "times",
        "courier",
        "gazette",
        "herald",
        "post",
        "news",
        "press",
        "institute",
        "foundation",
        "club",
        "league",
        "union",
        "party",
        "association",
        "federation",
        "republic",
        "kingdom",
        "empire",
        "board",
        "authority",
        "commission",
        "committee",
        "service",
        "line",
        "lines",
    ]
)
#: Last words of a place's name ("Saltmarsh Road", "Fenn Lock", "the Anchor Café").
PLACE_WORDS = frozenset(
    [
        "station",
        "street",
        "road",
        "lane",
        "avenue",
        "square",
        "place",
        "terrace",
        "crescent",
        "row",
        "drive",
        "way",
        "hospital",
        "church",
        "chapel",
        "cathedral",
        "abbey",
        "school",
        "college",
        "university",
        "academy",
        "museum",
        "library",
        "harbour",
        "harbor",
        "port",
        "bay",
        "island",
        "islands",
        "river",
        "hill",
        "hills",
        "bridge",
        "quay",
        "pier",
        "wharf",
        "dock",
        "docks",
        "café",
        "cafe",
        "hotel",
        "inn",
        "pub",
        "arms",
        "tavern",
        "bar",
        "house",
        "hall",
        "castle",
        "tower",
        "gate",
        "gates",
        "park",
        "market",
        "records",
        "archive",
        "archives",
        "airport",
        "terminal",
        "centre",
        "center",
        "estate",
        "farm",
        "mill",
        "mine",
        "mines",
        "works",
        "yard",
        "yards",
        "ferry",
        "ferries",
        "lock",
        "sea",
        "ocean",
        "valley",
        "forest",
        "wood",
        "woods",
        "mountain",
        "mountains",
        "lake",
        "coast",
        # where people are held or nursed: "Wakefield Gaol" (The Scottish Play), "Chelmsford Gaol" (The Ellen
        # Grace), "the County Jail" (Plain Error), "the Cumberland Infirmary" (The Long Carry)
        "gaol",
        "jail",
        "prison",
        "infirmary",
        "workhouse",
    ]
)
#: Last words that make a capitalised run a company, an institution or a place, never a person
#: ("Calder Salt Company", "Kessler Line", "Saltmarsh Road"); the run's other words are not credited
#: to anyone through it.
INSTITUTION_WORDS = ORG_WORDS | PLACE_WORDS
_HE = re.compile(r"\b(?:he|his|himself)\b", re.I)
_SHE = re.compile(
    r"\b(?:she|herself)\b|\bher\b(?!\s*[.,;:!?—]|\s+(?:to|and|in|on|at|with|from|for|as|that|up|down|"
    r"away|back|again|out|off|into|over|by|a|an|the)\b)",
    re.I,
)
_CLAUSE_END = re.compile(
    r"\b(?:when|while|as|if|because|though|although|until|unless|whom|who|which|that|"
    r"before|after|since|where|whether)\b|[;:—]",
    re.I,
)


@dataclass
class Mention:
    start: int
    end: int
    person: str
    possessive: bool


@lru_cache(maxsize=64)
def _description_pattern(descriptions: tuple[str, ...]) -> re.Pattern:
    """One pattern for a roster's lower-case aliases, longest first; "the" may open a sentence."""
    return re.compile(
        r"(?<![\w’'])(?:"
        + "|".join(re.escape(d).replace(r"the\ ", r"[Tt]he\s+").replace(r"\ ", r"\s+") for d in descriptions)
        + r")(?:[’']s)?(?![\w’'\-])"
    )


def _with_descriptions(text: str, found: list[Mention], descriptions: dict[str, str]) -> list[Mention]:
    """`found` and the roster's lower-case aliases in `text` ("The novice was standing against the wall", "the
    brewer's yard"), where no name was found already; in reading order."""
    rx = _description_pattern(tuple(sorted(descriptions, key=len, reverse=True)))
    key = {" ".join(d.casefold().split()): p for d, p in descriptions.items()}
    out = list(found)
    for m in rx.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in found):
            continue
        words = m.group(0)
        possessive = words.endswith(_POSSESSIVE)
        core = words[:-2] if possessive else words
        person = key.get(" ".join(core.casefold().split()))
        if person is not None:
            out.append(Mention(m.start(), m.end(), person, possessive))
    return sorted(out, key=lambda x: x.start)


#: How many times more often the narration must call someone by a roster's description than by a name for the
#: description to be their name to the POV readers (`PersonIndex.handles`): the brewer of The Brewer's Winter is "the
#: brewer" about as often as "Brica" (14, 13), mostly as her customers see her.
HANDLE_OVER_NAMES = 2


@dataclass
class PersonIndex:
    """Canonical person per name form (tuple of name words, casefolded) and their pronoun gender."""

    forms: dict[tuple[str, ...], str] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)  # "he" | "she"
    max_len: int = 1
    #: words the book writes in lower case somewhere ("and", "tell"): a capitalised word outside this set
    #: before a known surname is another name's first word ("Aron Haldane"), not a sentence opener
    lower_words: set[str] = field(default_factory=set)
    #: names of two or more words the book uses for something other than a person ("the *Josephine
    #: Achterberg*", a tug named for a grandmother; "Castle Dracula"): a person's name inside one is not them
    shadows: set[tuple[str, ...]] = field(default_factory=set)
    #: names of things that can take "she" or "he" as a ship or a machine does ("The *Constance Delacroix* had
    #: been falling toward Hollis for thirty-one years, and she was in no hurry"; "the Halvard drove himself")
    things: set[tuple[str, ...]] = field(default_factory=set)
    #: one-word posts that name their one holder when they stand alone ("the Reeve said"): before a name ("in the
    #: hand of Reeve Amsel") the post is that name's title, as "Provost Amberley" is Amberley's (`characters._posts`)
    posts: set[tuple[str, ...]] = field(default_factory=set)
    #: one-word forms that are a name word of two or more people's full names ("Vogt": Renate, Jürgen and Hilde
    #: Vogt; "Ruth": Ruth Amadi and Ruth Kessler) -> those people; `forms` gives each to the book's most frequent
    #: owner, `in_scene` to the one a scene names (`share_names`)
    shared: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    #: a roster's aliases written in lower case ("the novice", "the brewer"): descriptions the user says the book
    #: calls one character by, matched as written (after "the" when the alias has it), not as capitalised names; only
    #: `described` reads them
    descriptions: dict[str, str] = field(default_factory=dict)
    #: the people whose description the book's narration uses more often than any name of theirs ("the señora", "the
    #: old woman"): how the narration knows them, so the POV readers read it as their name (`handles`)
    handled: frozenset[str] = frozenset()
    #: one-word forms of several full names none of which the book uses far more often ("Michael": Old Michael and
    #: Michael Pat; "Sam": Big Sam and Little Sam) -> their uses per owner: no one's book-wide, so `settle_shared`
    #: adds them last and `in_scene` gives each to the holder the scene names by a fuller form, else to no one
    undecided: dict[tuple[str, ...], Counter] = field(default_factory=dict)
    #: capitalised words the book sets before the one-word names of two or more people and never uses as, or in, a
    #: name of its own ("Don Chucho", "Don Rafa"; "Mang Celso", "Mang Isko"): a form of address, so the name after
    #: it is that person, not another's first word as "Frank" in "Frank Reyes" is (`characters._address_words`)
    address: set[str] = field(default_factory=set)
    #: people named after their kin by a word before the kin's name ("Umm Hassan", the mother of Hassan:
    #: `_forms_of_address`): the name they end on is not a name of theirs (`share_names`)
    named_for: frozenset[str] = frozenset()

    def add(self, form: tuple[str, ...], person: str) -> None:
        if form and form not in self.forms:
            self.forms[form] = person
            self.max_len = max(self.max_len, len(form))

    def add_held(self, form: tuple[str, ...], shown: str, owners: Counter, own: bool) -> None:
        """A one-word name several full names hold, none far more used: `undecided` (`settle_shared`), unless it is a
        person's own name beside their kin's (`own`: "Karim" beside "Abu Karim" and "Umm Karim")."""
        if own:
            self.add(_form(form), shown)
        else:
            self.undecided[_form(form)] = owners

    def forget(self, person: str) -> None:
        """Drop a person read from a word that turned out to be something else (a post, a nickname): every form
        that names them and their gender."""
        self.forms = {f: p for f, p in self.forms.items() if p != person}
        self.gender.pop(person, None)

    def rename(self, old: str, new: str) -> None:
        """Every form that names `old` names `new` instead (a fuller name the text gives them, or the person the
        text says they are); `new` keeps a gender of its own, else takes `old`'s."""
        if old == new:
            return
        self.forms = {f: (new if p == old else p) for f, p in self.forms.items()}
        g = self.gender.pop(old, None)
        if g and new not in self.gender:
            self.gender[new] = g

    @property
    def persons(self) -> set[str]:
        return set(self.forms.values())

    def share_names(self) -> None:
        """Record the one-word forms several people's full names share (`shared`)."""
        holders: dict[str, set[str]] = {}
        for p in self.persons:
            words = name_words(p)
            if len(words) >= 2:
                kin = {words[-1]} if p in self.named_for else set()  # nor "Hassan" of Umm Hassan's
                for w in set(words) - parent_words(p) - kin:  # "Hamad" is not a name of Salim bin Hamad's
                    holders.setdefault(w, set()).add(p)
        # a word that is someone's whole name is theirs in every scene ("Karim" beside "Abu Karim", `_after_kin_words`)
        self.shared = {
            (w,): frozenset(ps)
            for w, ps in holders.items()
            if len(ps) >= 2 and (w,) in self.forms and len(name_words(self.forms[(w,)])) >= 2
        }

    def settle_shared(self) -> None:
        """Add each `undecided` word still held by two or more full names and naming no one yet, to the holder the book
        uses most (as `share_names` then records it): a placeholder that `in_scene` replaces scene by scene. Not a
        family name several relatives end on (`lower_words` must be set: it tells "Big Sam" from "Walter Lennox")."""
        for f, uses in list(self.undecided.items()):
            if f in self.forms:  # a later reading named someone by it ("Park", a third Park known by no full name)
                del self.undecided[f]
                continue
            holders = [p for p in self.persons if len(name_words(p)) >= 2 and f[0] in name_words(p)]
            words = [name_words(p) for p in holders]
            modified = any(w.index(f[0]) and w[w.index(f[0]) - 1] in self.lower_words for w in words)
            if not modified and (all(w[-1] == f[0] for w in words) or all(w[0] == f[0] for w in words)):
                # a family name of relatives ("Mrs. Lennox" beside Helen and Walter Lennox; "Park" of Park Ji-won and
                # Park Mi-rae): the family's, whose bare uses a title or the context tell apart; not a name worn with
                # a modifier ("Big Sam", "Little Sam") nor one given name of two people ("Old Michael", "Michael Pat")
                del self.undecided[f]
                continue
            if len(holders) >= 2:
                self.add(f, max(holders, key=lambda p: (uses.get(p, 0), p)))
            else:
                del self.undecided[f]

    def in_scene(self, text: str) -> PersonIndex:
        """This index for one scene: a shared one-word name (`shared`) means, in a scene that names its book-wide
        owner by no form of their own, the one of its people the scene names most by a fuller form holding that
        word (a full name, a title and the word). Police Constable Vogt and Ziegler's "Vogt!" are Jürgen in a scene
        that opens "On Sunday Jürgen Vogt went on duty" and never names their mother, to whom the book gives bare
        "Vogt" (The Window on Bernauer Strasse); a bare "Kessler" is Ruth Kessler in a scene that calls her "Dr
        Kessler" and never names Mara (Kessler Red). The owner named in the scene keeps it, and a fuller name
        without the word says nothing of it: the POV's bare "Ruth" in her own scene stays hers beside "Dr Kessler"."""
        if not self.shared:
            return self
        own: Counter = Counter()  # person -> mentions by a form of their own (not a bare shared word)
        fuller: dict[str, Counter] = {}  # shared word -> person -> mentions by a longer form holding it
        for m in self.mentions(text):
            surface = text[m.start : m.end].split()
            titled, words = _form(surface), name_words(" ".join(surface))
            if titled in self.shared or (titled not in self.forms and words in self.shared):
                continue
            own[m.person] += 1
            for w in words:
                fuller.setdefault(w, Counter())[m.person] += 1
        forms: dict[tuple[str, ...], str] | None = None
        for f, people in self.shared.items():
            owner = self.forms.get(f)
            named = {p: n for p, n in fuller.get(f[0], Counter()).items() if p in people}
            if f in self.undecided:
                # no book-wide owner: the holder the scene names most by a fuller form, else no one ("Michael" in a
                # scene with Michael Pat only is his; in one that names no Michael by more, nobody's)
                forms = forms if forms is not None else dict(self.forms)
                if named:
                    forms[f] = max(named, key=lambda p: (named[p], p))
                else:
                    forms.pop(f, None)
                continue
            if not named or own[owner]:
                continue
            forms = forms if forms is not None else dict(self.forms)
            forms[f] = max(named, key=lambda p: (named[p], p))
        return replace(self, forms=forms) if forms is not None else self

    # ---- matching -------------------------------------------------------------------------------
    def mentions(self, text: str) -> list[Mention]:
        """Every person mention in `text` (longest name form first, whole words only)."""
        out: list[Mention] = []
        for run in _runs(text):
            words = [w for w, _, _ in run]
            initialled = self._initial_and_family_name(text, run)
            if initialled is not None:
                out.append(initialled)
                continue
            folded = _form(words)  # each word's form once, not once per candidate length
            k = 0
            while k < len(words):
                thing = self._thing_at(words, k)
                if thing:
                    k += thing
                    continue
                for n in range(min(self.max_len, len(words) - k), 0, -1):
                    form = folded[k : k + n]
                    person = self.forms.get(form)
                    if person is not None and (
                        self._titles_next(form, person, words, k + n) or self._office(form, text, run[k][1])
                    ):
                        k += n  # "Reeve Amsel": the post is the next name's title; "a Reeve": the office, no one
                        break
                    if person is not None:
                        last = run[k + n - 1]
                        first = _form(words[:1])[0]
                        if (
                            k == 1
                            and n == 1
                            and first not in TITLES
                            and first not in self.address
                            and not _CONTRACTION.match(first)
                            and (
                                not _SENTENCE_END.search(text[max(0, run[0][1] - 4) : run[0][1]])
                                or (self.lower_words and first not in self.lower_words)
                            )
                        ):
                            # another name's first word mid-sentence ("Frank Reyes" is not "Ana Reyes"'s
                            # surname): someone the index does not know
                            k += n
                            break
                        said = TITLE_GENDER.get(_form(words[k - 1 : k])[0]) if k else None
                        kin = (
                            _KIN_AFTER.match(text[last[2] : last[2] + 20])
                            if not last[0].endswith(_POSSESSIVE)
                            else None
                        )
                        said = said or (_KIN_GENDER[kin.group(1).casefold()] if kin else None)
                        if kin is None and self._family_attribute(text, run, k, n, person):
                            k += n  # "the Kessler house", "the Sallow family": the family's, no one in the scene
                            break
                        if said and self.gender.get(person, said) != said:
                            # "Mrs Ashdown" is not Dan Ashdown, "Mrs. Gerd van Riebeek" not Gerd (Tollhouse,
                            # Little Fuzzy): a title of the other gender names someone the index does not know; so
                            # does a family name before a relative of the other gender ("the Albescu brother",
                            # Halloran Street, is not Ms Albescu)
                            k += n
                            break
                        # capitalised words before the name belong to it ("Mr. Chief Justice Frederic
                        # Pendarvis", "Space Commodore Napier") when nobody else was named in the run, but
                        # not a sentence's opening word the book also writes in lower case ("Then Jack",
                        # "Either Marc wanted ... or": Little Fuzzy, The Salt Ledger)
                        j = 0 if not any(m.start >= run[0][1] for m in out) else k
                        while (
                            j < k
                            and (w := _form(words[j : j + 1])[0]) not in TITLES
                            and (w in self.lower_words or _CONTRACTION.match(w))
                        ):
                            j += 1
                        # a place's name ends before the person's ("Fenchurch Street Lord Godalming said")
                        for i in range(j, k):
                            if _form(words[i : i + 1])[0] in INSTITUTION_WORDS:
                                j = i + 1
                        out.append(Mention(run[j][1], last[2], person, last[0].endswith(_POSSESSIVE)))
                        k += n
                        break
                else:
                    k += 1
        return out

    def described(self, text: str) -> list[Mention]:
        """`mentions` and the roster's lower-case aliases ("the novice", `descriptions`): who a passage refers to,
        for the people present. The POV readers keep to names but for a scene's first subject ("The bawwab swept the
        steps": `pov._SceneReader._described_subject`): a description is mostly how one character is seen by another
        ("She wondered what the magistrate would decide", The Widow Kell)."""
        found = self.mentions(text)
        return _with_descriptions(text, found, self.descriptions) if self.descriptions else found

    def handles(self, paragraphs: list[str]) -> frozenset[str]:
        """The people of `descriptions` the narration of `paragraphs` (speech left out) calls by a description more
        often than by a name (`HANDLE_OVER_NAMES` times): the mother of The Taxi on Avenida de Mayo is "the señora"
        nearly throughout and "Amalia" only in her husband's mouth (38, 3), the grandmother of The Reindeer Road "the
        old woman" and "áhkku" (52, 5); the keeper of Kessler Red is "the keeper" in the courier's scenes and "Mara" in
        her own (24, 43), and stays a name's person only."""
        by_description: Counter = Counter()
        by_name: Counter = Counter()
        for para in paragraphs:
            narration = narration_only(para)
            names = {(m.start, m.end) for m in self.mentions(narration)}
            for m in self.described(narration):
                (by_name if (m.start, m.end) in names else by_description)[m.person] += 1
        return frozenset(p for p, n in by_description.items() if n > HANDLE_OVER_NAMES * by_name[p])

    def _family_attribute(self, text: str, run: list[tuple[str, int, int]], k: int, n: int, person: str) -> bool:
        """A family name alone between "the" and a common noun names the family's thing or the family, not the
        person whose name it is: "to the Kessler house", "the Lindgren section" (Kessler Red), "the Varley house"
        (The Cullerby Wire), "the Sallow family" (The Hennick Blow). A relative ("the Birch girl") is `_KIN_AFTER`'s."""
        words = name_words(person)
        if n != 1 or k != 0 or len(run) != 1 or len(words) < 2 or _form([run[0][0]])[0] != words[-1]:
            return False
        if run[0][0].endswith(_POSSESSIVE):
            return False
        start, end = run[0][1], run[0][2]
        return re.search(r"\b[Tt]he\s+$", text[max(0, start - 5) : start]) is not None and (
            re.match(r"\s+[a-z]", text[end : end + 3]) is not None
        )

    def _titles_next(self, form: tuple[str, ...], person: str, words: list[str], k: int) -> bool:
        """A post (`posts`) right before a name word of the run that is no part of its holder's name (not an
        initial either): that name's title ("Reeve Amsel"; "Magistrate Quay" is still Orla Quay)."""
        if form not in self.posts or k >= len(words):
            return False
        nxt = _form(words[k : k + 1])[0]
        return len(nxt) > 1 and nxt not in name_words(person) and self.forms.get((nxt,)) != person

    def _office(self, form: tuple[str, ...], text: str, start: int) -> bool:
        """A post (`posts`) after an indefinite word ("a Reeve who counts them", "whoever is Reeve then"): the
        office anyone may hold, not the one who holds it."""
        return form in self.posts and _OFFICE_BEFORE.search(text, max(0, start - 20), start) is not None

    def _initial_and_family_name(self, text: str, run: list[tuple[str, int, int]]) -> Mention | None:
        """ "D. Pryce", "R. Cathcart" (a race report in Kitty's Steps), "M. Renfield" (Dracula), "C. Varley" (The
        Cullerby Wire): an initial and a family name name the one person of that family name whose first name starts
        with the initial, when the index knows their full name."""
        if len(run) == 2 and len(run[0][0]) == 1 and text[run[0][2] : run[0][2] + 1] == ".":
            initial, start, family = run[0][0], run[0][1], run[1:]
        else:
            m = _INITIAL_BEFORE.search(text[max(0, run[0][1] - 4) : run[0][1]]) if len(run) == 1 else None
            if m is None:
                return None
            initial, start, family = m.group(1), max(0, run[0][1] - 4) + m.start(1), run
        surname = _form([w for w, _, _ in family])
        first = initial.casefold()
        owners = {p for f, p in self.forms.items() if len(f) >= 2 and f[-1:] == surname and f[0].startswith(first)}
        if len(owners) != 1:
            return None
        last = family[-1]
        return Mention(start, last[2], owners.pop(), last[0].endswith(_POSSESSIVE))

    def thing_mentions(self, text: str, shadows: bool = False) -> list[tuple[int, int]]:
        """Where `text` names one of the book's `things` (start, end), longest name first; with `shadows`, also the
        names of two or more words it uses for something other than a person (`shadows`: a ship, a house)."""
        out: list[tuple[int, int]] = []
        names = self.things | self.shadows if shadows else self.things
        if not names:
            return out
        for run in _runs(text):
            words = [w for w, _, _ in run]
            k = 0
            while k < len(words):
                n = next((n for n in range(min(4, len(words) - k), 0, -1) if _form(words[k : k + n]) in names), 0)
                if n:
                    out.append((run[k][1], run[k + n - 1][2]))
                k += n or 1
        return out

    def _thing_at(self, words: list[str], k: int) -> int:
        """The length of a thing's name starting at words[k] that is longer than any person's name there."""
        if not self.shadows:
            return 0
        for n in range(min(4, len(words) - k), 1, -1):
            if _form(words[k : k + n]) in self.shadows:
                longer = any(_form(words[k : k + m]) in self.forms for m in range(n, len(words) - k + 1))
                return 0 if longer else n
        return 0

    def resolve(self, name: str) -> str | None:
        """The person a free-form name refers to ("Mr. Holloway" -> "Jack Holloway")."""
        titled = _form(name.split())  # "Mrs. Westenra" when the book has a woman of that name beside Miss Westenra
        if titled in self.forms:
            return self.forms[titled]
        words = name_words(name)
        if words in self.forms:
            return self.forms[words]
        if words in self.shadows:
            return None
        for n in range(len(words), 0, -1):  # the longest known part ("Dr. John Seward" -> "Seward")
            for k in range(len(words) - n + 1):
                if words[k : k + n] in self.forms:
                    return self.forms[words[k : k + n]]
        return None

    # ---- construction ------------------------------------------------------------------------
    @classmethod
    def from_names(cls, canonical: dict[str, list[str]], texts: list[str] | None = None) -> PersonIndex:
        """From a roster: canonical name -> aliases."""
        idx = cls()
        for name, aliases in canonical.items():
            for a in (name, *aliases):
                idx.add(alias_words(a), name)
                if a.strip() and not re.search(rf"[{UPPER}]", a):
                    idx.descriptions.setdefault(" ".join(a.split()), name)
        if texts:
            idx.learn_gender(texts)
        return idx

    @classmethod
    def learn(
        cls,
        texts: list[str],
        stop: AbstractSet[str],
        min_count: int = 3,
        exclude: AbstractSet[tuple[str, ...]] = frozenset(),
    ) -> PersonIndex:
        """From the book alone: proper-noun runs that act like people (see module docstring).

        `exclude`: name forms the book's usage shows are not people (`characters.classify`)."""
        seen = _RunCounts.read(texts, stop)
        proper = seen.proper_words(texts, stop, min_count)
        lower = {w.casefold() for text in texts for w in _LOWER_WORD.findall(text)}
        forms = {
            f: n
            for f, n in seen.runs.items()
            if (all(w in proper for w in f) or _rare_full_name(f, n, seen, stop, lower))
            and len(f) <= 4
            and _form(f) not in exclude
        }
        for f in [f for f in forms if len(f) >= 2 and not all(w in proper for w in f)]:
            first = (f[0],)  # "Lionel did not know": the first name of a rare full name, alone
            if first in seen.runs and first not in forms and _form(first) not in exclude:
                forms[first] = seen.runs[first]
        # full names: multi-word forms used at least twice that act like a person somewhere
        fulls = {f: n for f, n in forms.items() if len(f) >= 2 and n >= 2}
        singles = {f: n for f, n in forms.items() if len(f) == 1}
        person_like = {f for f in forms if seen.acting[f]}
        for f in fulls:  # a full name acts like a person when any of its words does
            if any((w,) in person_like for w in f):
                person_like.add(f)
        fulls = {f: n for f, n in fulls.items() if f in person_like}
        named_for: set[tuple] = set()
        address = _forms_of_address(fulls, singles, lower, texts, named_for)
        idx = cls()
        display = {f: seen.spelled[f].most_common(1)[0][0] for f in forms}
        # a name in capitals (a transcript's "TOMAS EKWUEME:", a heading) is shown as the book writes it elsewhere
        mixed: dict[tuple[str, ...], str] = {}
        for f, _n in seen.runs.most_common():
            spelling = seen.spelled[f].most_common(1)[0][0]
            if not spelling.isupper():
                mixed.setdefault(_form(f), spelling)
        display = {f: mixed.get(_form(f), d) if d.isupper() else d for f, d in display.items()}
        display = {f: _uncalled(f, d) for f, d in display.items()}
        canon = merge_variants(Counter({display[f]: n for f, n in fulls.items()}))
        for f in fulls:
            idx.add(_form(f), canon[display[f]])
            for g in address.get(f, ()):
                idx.add(_form(g), canon[display[f]])
        # a single word goes to the full name it belongs to, when one full name dominates; a heading's capitals
        # ("DR. SEWARD’S DIARY") are the same word as the narration's "Seward", and come after it
        for f in sorted(singles, key=lambda f: f[0].isupper() and len(f[0]) > 1):
            owners: Counter = Counter()
            for full, m in fulls.items():
                # "Hassan" is no name of Umm Hassan's (`_forms_of_address`)
                held = _form(f)[0] in _form(full) and full not in named_for
                if held and _form(f)[0] not in parent_words(display[full]):
                    owners[canon[display[full]]] += m
            ranked = owners.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
                idx.add(_form(f), ranked[0][0])
            elif not ranked and f in person_like:
                idx.add(_form(f), display[f])
            elif ranked and f in person_like:
                # two full names hold it, neither far more used: `settle_shared`, unless it is the name of their kin
                own = _after_kin_words(f[0], list(owners), forms, singles) or _after_honorifics(
                    f[0], list(owners), forms, singles
                )
                idx.add_held(f, display[f], owners, own)
        idx.named_for = frozenset(canon[display[f]] for f in named_for)
        idx.learn_gender(texts)
        return idx

    def learn_gender(self, texts: list[str]) -> None:
        """he/she per person: pronouns in the sentence a person opens, when nobody else is named in it."""
        votes: dict[str, Counter] = {}
        for text in texts:
            for sent in re.split(r"(?<=[.!?])\s+", narration_only(text)):
                ms = self.mentions(sent)
                if len({m.person for m in ms}) != 1 or ms[0].start > 3:
                    continue
                votes.setdefault(ms[0].person, Counter()).update(_pronoun_votes(sent[ms[0].end :], coordinated=False))
        for person, c in votes.items():
            if c["he"] >= 2 * c["she"] and c["he"] >= 1:
                self.gender[person] = "he"
            elif c["she"] >= 2 * c["he"] and c["she"] >= 1:
                self.gender[person] = "she"


def _after_kin_words(word: str, holders: list[str], forms: dict, singles: dict) -> bool:
    """Every full name holding `word` is one word before it that names no one alone and stands before two or more
    of the book's names: "Abu Karim", "Umm Karim" beside "Abu Samir", "Umm Samir" (The Night of the Fires), a
    father and a mother called after their son. Such a word says whose kin someone is, as "Mrs" says whose wife: it
    is no given name, so the two are no relatives sharing a family name, and the word alone ("Karim went out") is a
    third person, the one they are named for."""
    for holder in holders:
        words = holder.split()
        if len(words) != 2 or words[1] != word or (words[0],) in singles:
            return False
        if len({f[1] for f in forms if len(f) == 2 and f[0] == words[0]}) < 2:
            return False
    return True


def _after_honorifics(word: str, holders: list[str], forms: dict, singles: dict) -> bool:
    """Every full name holding `word` is one of two or more different words before it, none naming anyone alone,
    one at least set before another of the book's names too: "Ko Zaw" and "Maung Zaw" beside "Ko Aung Ko" (The Road
    to the Sule Pagoda: Burmese honorifics, a name with no family name). The words are forms of address, as
    "Mr" is, not two relatives' given names: the word alone ("Zaw came out") is a person of its own, as
    `_after_kin_words`'s is; relatives' given names ("Jürgen Vogt", "Renate Vogt") stand before no other name."""
    leads = set()
    for holder in holders:
        words = holder.split()
        if len(words) != 2 or words[1] != word or (words[0],) in singles:
            return False
        leads.add(words[0])
    return len(leads) >= 2 and any(len({f[1] for f in forms if len(f) >= 2 and f[0] == lead}) >= 2 for lead in leads)


@dataclass
class _RunCounts:
    """How a book uses its capitalised word runs (after leading stop words and titles)."""

    runs: Counter = field(default_factory=Counter)  # name form -> uses
    mid: Counter = field(default_factory=Counter)  # word -> uses away from a sentence start (a proper noun)
    said_first: Counter = field(default_factory=Counter)  # word -> of `mid`, uses opening a paragraph's speech
    seen: Counter = field(default_factory=Counter)  # word -> uses
    acting: Counter = field(default_factory=Counter)  # name form -> followed by a person verb or after a title
    spelled: dict = field(default_factory=dict)  # name form -> Counter of how the book writes it

    @classmethod
    def read(cls, texts: list[str], stop: AbstractSet[str]) -> _RunCounts:
        c = cls()
        for text in texts:
            for run in _runs(text):
                words = [_bare(w) for w, _, _ in run]
                titled = False
                while words and (words[0] in stop or _form(words[:1])[0] in TITLES):
                    # a title marks a person ("Mr. Ogilvy"); a capitalised article does not ("The Heat-Ray")
                    titled = titled or _form(words[:1])[0] in TITLES and _form(words[:1])[0] != "the"
                    words = words[1:]
                    run = run[1:]
                if not words:
                    continue
                starts_sentence = _SENTENCE_END.search(text[max(0, run[0][1] - 4) : run[0][1]]) is not None
                said_first = (
                    run[0][1] <= 4
                    and _PARAGRAPH_QUOTE.match(text[: run[0][1]]) is not None
                    and not (len(words) == 1 and _CALLED_AFTER.match(text, run[-1][2]))
                )
                for k, w in enumerate(words):
                    c.seen[w] += 1
                    if k or not starts_sentence or titled:
                        c.mid[w] += 1
                        c.said_first[w] += not k and not titled and said_first
                form = tuple(words)
                c.runs[form] += 1
                c.spelled.setdefault(form, Counter())[_bare(text[run[0][1] : run[-1][2]])] += 1
                if titled or _PERSON_VERBS.match(text, run[-1][2]):
                    c.acting[form] += 1
        return c

    def proper_words(self, texts: list[str], stop: AbstractSet[str], min_count: int) -> set[str]:
        """Words that are names: seen often, mid-sentence in a good share of uses (or never written in lower
        case and acting alone), not a plural of a name word ("Fuzzies", "Martians": a people)."""
        seen = self.seen
        plural = {
            w
            for w in seen
            if (w.endswith("ies") and w[:-3] + "y" in seen) or (w.endswith("s") and w[:-1] in seen and len(w) > 3)
        }
        lower = {w for text in texts for w in _LOWER_WORD.findall(text)}
        # a word the book also writes in lower case that opens a paragraph's speech ("“About the fence,” he said")
        # opens its sentence there: no use mid-sentence (The Rain at Sohra's "“About Banri,” the Reverend read", The
        # Courtyard on Hang Bac's "— Anh Khải. Sit down.", "anh" in lower case elsewhere: no full names); a
        # word called there alone ("“Counsel,” said the judge", The Whitcombe Verdict) is a name spoken to, and a
        # calling particle opens speech to call the name after it ("“Ya Rima,” she said"): that is their own use
        mid = {
            w: n - self.said_first[w] if w.casefold() in lower and w.casefold() not in _VOCATIVE_PARTICLES else n
            for w, n in self.mid.items()
        }
        return {
            w
            for w, n in seen.items()
            if w not in plural
            and n >= min_count
            and w not in stop
            and len(w) > 1
            and (mid.get(w, 0) >= max(2, 0.3 * n) or (w.casefold() not in lower and (w,) in self.acting))
            and not CONTRACTION.match(w)
        }


def _uncalled(f: tuple[str, ...], shown: str) -> str:
    """A name shown without the calling particle before it (`_VOCATIVE_PARTICLES`: "Ya Rima" -> "Rima")."""
    if len(f) > 1 and f[0].casefold() in _VOCATIVE_PARTICLES and len(shown.split(maxsplit=1)) == 2:
        return shown.split(maxsplit=1)[1]
    return shown


def _rare_full_name(f: tuple[str, ...], n: int, seen: _RunCounts, stop: AbstractSet[str], lower: set[str]) -> bool:
    """A name of two or three words the book uses at least twice, once acting ("Lionel Ashby-Grant sat
    with his back to the wall"), none of its words ever written in lower case: a person who appears in a
    scene or two, too rarely for each word to count as a name on its own."""
    return (
        2 <= len(f) <= 3
        and n >= 2
        and seen.acting[f] >= 1
        and not any(w in stop or w.casefold() in lower or len(w) < 2 for w in f)
    )


def _forms_of_address(
    fulls: dict[tuple, int],
    singles: dict[tuple, int],
    lower: set[str],
    texts: list[str],
    named_for: set[tuple] | None = None,
) -> dict[tuple, list[tuple]]:
    """Words that never stand alone before a known first name are a form of address ("Pappy Jack"; a post in
    common words before a surname written first: "Team Leader Kang" for Kang Min-seok): the full name it is used
    with -> those forms (taken out of `fulls`). Of several full names opening with the word, only one the book uses
    far more often ("Team Leader Kim" of three Kims is none of them), and not one the address is named beside, apart,
    in a paragraph: "Old Michael" talking of "Michael Pat" is a third Michael (The Townland of Carrigeen; "Pappy Jack
    Holloway" is one name, and Jack Holloway the only Jack of Little Fuzzy)."""
    address: dict[tuple, list[tuple]] = {}
    sentences = [s for text in texts for s in _SENTENCE_SPLIT.split(text)]
    narrated: list[str] | None = None  # the narration's sentences (`_other_pronoun`), split once when first needed
    for f in list(fulls):
        lead, last = f[:-1], f[-1]
        if any(singles.get((w,), 0) >= 0.2 * fulls[f] for w in lead) or last in lead:
            continue
        if len(lead) > 1 and not all(w.casefold() in lower for w in lead):
            continue  # several words before the name: a post in common words ("Team Leader"), not a given name
        owners = [g for g in fulls if g[0] == last and len(g) > 1 and g != f]
        if not owners:
            continue
        ranked = sorted((fulls[g] for g in owners), reverse=True)
        owner = max(owners, key=lambda g: fulls[g])
        if len(ranked) > 1 and (ranked[0] < 2 * ranked[1] or _named_apart(texts, f, owner)):
            continue
        if _named_apart(sentences, f, owner):
            # one sentence names both apart: two people sharing a name, not a name and its form of address ("Shiu
            # Ram" beside "Ram Sundar", The Cane Gang at Rarawai; "Small Kofi" beside "Kofi Trumpet", The Highlife
            # Band; "Little Sina" beside "Sina Tele", The Mau at Vaimoso); "Ammo Georges" and "Georges Sfeir" (The
            # Bakery on Rue Gouraud) are never named apart within a sentence
            continue
        if narrated is None:
            narrated = [s for text in texts for s in _SENTENCE_SPLIT.split(narration_only(text))]
        if _other_pronoun(narrated, f, last):
            # the word before the name says whose kin they are: a mother called after her son ("Umm Hassan" beside
            # Hassan Osman Dahab, The Steamer from Wadi Halfa; as "Mama Juma" beside her son Juma in The Balcony in
            # Malindi and "Umm Karim" in The Bakery on Rue Gouraud, whose sons have no full name to be taken for), a
            # person of their own whom the bare name never names (`named_for`)
            if named_for is not None:
                named_for.add(f)
            continue
        address.setdefault(owner, []).append(f)
        del fulls[f]
    return address


#: A coordinated clause with a subject of its own: whoever "she" is there, the clause is no longer the name's.
_NEW_SUBJECT = re.compile(r"\b(?:and|but|then|or|so)\s+(he|she)\b", re.I)
#: The pronouns that can only be the clause's subject's own: "he", "she", "himself", "herself" (not "his" or a "her"
#: before a noun: "Jack took her hand" is someone else's hand).
_SUBJECT_PRONOUN = {"he": re.compile(r"\b(?:he|himself)\b", re.I), "she": re.compile(r"\b(?:she|herself)\b", re.I)}
#: A pronoun standing for someone other than the subject, before a coordinated "and she": "gave it to her and she".
_OTHER_BEFORE = re.compile(r"\b(?:him|her|his)\b", re.I)
#: The fewest sentences opening on a name, and the share of them over the other pronoun, that say its pronoun.
_PRONOUN_VOTES, _PRONOUN_RATIO = 2, 2


def _pronoun_votes(rest: str, coordinated: bool = True) -> Counter:
    """The he/she votes (`_HE`, `_SHE`) of the rest of a sentence a name opens, read in the name's own clause: a
    subordinate clause ("when she entered", "as if she were") or an object "her" ("smiled at her") is about someone
    else. `coordinated`: the clause ends at another subject too ("gave it to her and she held it": hers, not the
    name's; `_NEW_SUBJECT`), and "he_subject"/"she_subject" count the subject and reflexive pronouns
    (`_SUBJECT_PRONOUN`), a coordinated subject ("ran down the lane and he laughed") among them when no other
    pronoun stands before it."""
    own = _CLAUSE_END.split(rest, 1)[0]
    if not coordinated:
        return Counter(he=len(_HE.findall(own)), she=len(_SHE.findall(own)))
    other = _NEW_SUBJECT.search(own)
    mine = own[: other.start(1)] if other else own
    c = Counter(he=len(_HE.findall(mine)), she=len(_SHE.findall(mine)))
    subjects = own[: other.end(1)] if other and not _OTHER_BEFORE.search(own[: other.start(1)]) else mine
    for g, rx in _SUBJECT_PRONOUN.items():
        c[f"{g}_subject"] += len(rx.findall(subjects))
    return c


def _opening_pronoun(narrated: list[str], rx: re.Pattern, subject: bool = False) -> str | None:
    """The pronoun the narration's sentences (`narrated`) opening on a name (`rx`) take up in their own clause ("Umm
    Hassan poured her tea", The Steamer from Wadi Halfa), when at least `_PRONOUN_VOTES` of them say it and
    `_PRONOUN_RATIO` times the other. `subject`: and at least once as the clause's subject or reflexive
    (`_pronoun_votes`): a possessive alone may be someone else's ("Jack took her hand")."""
    c: Counter = Counter()
    for sent in narrated:
        m = rx.match(sent)
        if m:
            c.update(_pronoun_votes(sent[m.end() :]))
    g, n = max(((g, c[g]) for g in ("he", "she")), key=lambda kv: (kv[1], kv[0]))
    if subject and not c[f"{g}_subject"]:
        return None
    return g if n >= _PRONOUN_VOTES and n >= _PRONOUN_RATIO * c["she" if g == "he" else "he"] else None


def _other_pronoun(narrated: list[str], form: tuple[str, ...], name: str) -> bool:
    """Whether the narration (its sentences, `narrated`) takes up `form` ("Umm Hassan") by one pronoun and the bare
    `name` it ends on ("Hassan", opening a sentence on its own) by the other: two people, not a name and its form of
    address."""
    words = r"\s+".join(map(re.escape, form))
    own = _opening_pronoun(narrated, re.compile(rf"\W{{0,3}}{words}(?![\w’'\-])", re.I))
    bare = _opening_pronoun(narrated, re.compile(rf"\W{{0,3}}{re.escape(name)}(?![\w’'\-])", re.I), subject=True)
    return own is not None and bare is not None and own != bare


#: Where one sentence ends and the next begins (after a closing quotation mark too).
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”’\"]))\s+")


def _named_apart(texts: list[str], a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether some paragraph names `a` and `b` each where the other is not ("Old Michael ... Michael Pat", two
    people; not "my friend John Seward" nor "Pappy Jack Holloway ... Pappy Jack", one name)."""
    rx = [re.compile(r"(?<![\w’'\-])" + r"\s+".join(map(re.escape, n)) + r"(?![\w\-])", re.I) for n in (a, b)]
    for text in texts:
        spans_a = [m.span() for m in rx[0].finditer(text)]
        if not spans_a:
            continue
        spans_b = [m.span() for m in rx[1].finditer(text)]
        free_a = [a for a in spans_a if all(b[1] <= a[0] or a[1] <= b[0] for b in spans_b)]
        free_b = [b for b in spans_b if all(b[1] <= a[0] or a[1] <= b[0] for a in spans_a)]
        if free_a and free_b:
            return True
    return False


_POSSESSIVE_END = re.compile(rf"[’']s$|(?<=[{UPPER}])[’']S$|(?<=s)[’']$")


def _bare(word: str) -> str:
    if not word.endswith(("s", "S", "’", "'", "\n")):
        return word  # no possessive ending for `_POSSESSIVE_END` to find: most words, without the regex
    return _POSSESSIVE_END.sub("", word)


def _form(words) -> tuple[str, ...]:
    return tuple(_bare(w).casefold().rstrip(".") for w in words)


def _runs(text: str) -> list[list[tuple[str, int, int]]]:
    """Runs of capitalised words joined by single spaces (or name particles, or a title's full stop)."""
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    for m in _CAP_WORD.finditer(text):
        w = m.group(0)
        if cur:
            gap = text[cur[-1][2] : m.start()]
            joined = (
                gap in (" ", "\u00a0")
                or (gap in (". ", ".\u00a0") and cur[-1][0].casefold() in _ABBREV)
                or (gap.startswith(" ") and gap.endswith(" ") and gap.strip().casefold() in _PARTICLES)
            )
            if not joined or cur[-1][0].endswith(_POSSESSIVE):
                runs.append(cur)
                cur = []
        cur.append((w, m.start(), m.end()))
    if cur:
        runs.append(cur)
    # a header block whose lines the reader joined: "From: Nora Rowe Subject: Estate of ..." is a name between two
    # labels, and the word before the second colon is that label, not the name's last word
    for run in runs:
        if len(run) >= 2 and text[run[-1][2] : run[-1][2] + 1] == ":" and text[: run[0][1]].rstrip().endswith(":"):
            del run[-1]
    return runs
