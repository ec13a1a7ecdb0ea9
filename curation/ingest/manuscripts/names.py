"""Person identity from name variants: "Dr. Seward" and "Seward", "Van Helsing" and "Abraham Van Helsing".

A book (or its document headings) names one person many ways. Variants whose name words (without
titles such as Dr., Mrs., Judge) are a subset of exactly one longer name are the same person; a
variant shared by two longer names ("Harker" in "Jonathan Harker" and "Mina Harker") stays on its own,
because guessing would be a confident mistake. Names are compared as whole words, so "Kael" and
"Kaela" are never the same person.
"""

from __future__ import annotations

import re
from collections import Counter

from .text import UPPER

#: Titles and forms of address that do not identify a person on their own.
TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mister",
    "madam",
    "dr",
    "doctor",
    "prof",
    "professor",
    "sir",
    "lord",
    "lady",
    "hon",
    "messrs",
    "captain",
    "capt",
    "commodore",
    "admiral",
    "general",
    "colonel",
    "major",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "judge",
    "justice",
    "chief",
    "director",
    "president",
    "governor",
    "father",
    "sister",
    "brother",
    "mother",
    "aunt",
    "uncle",
    "king",
    "queen",
    "prince",
    "princess",
    "count",
    "countess",
    "baron",
    "duke",
    "m",
    "d",
    "etc",
    "the",
    "marshal",
    "trooper",
    "corporal",
    "deputy",
    "inspector",
    "officer",
    "agent",
    "senator",
    "mayor",
    "dame",
    "madame",
    "monsieur",
    "herr",
    "frau",
    "señor",
    "señora",
    "auntie",
    "granny",
    "pilot",
    "engineer",
    "superintendent",
    "constable",
    "detective",
    # the same police ranks as British books abbreviate them ("PC Birkett", "DC Shaw", "DCI Rennie")
    "pc",
    "wpc",
    "dc",
    "dci",
    "chancellor",
    "minister",
    # an older or a seafaring form of address ("Master Rudd", "Mistress Hallam" in The Hennick Blow; "Station
    # Master Tova Haldane" in The Meridian Run; "Master Severin Crane" of a ship in The Quorum at Calloway)
    "master",
    "mistress",
}

#: Titles that say a person's gender ("Mrs Ashdown" is a woman whoever else is called Ashdown).
TITLE_GENDER = {
    "mr": "he",
    "mister": "he",
    "sir": "he",
    "lord": "he",
    "king": "he",
    "prince": "he",
    "uncle": "he",
    "mrs": "she",
    "miss": "she",
    "ms": "she",
    "lady": "she",
    "madam": "she",
    "queen": "she",
    "princess": "she",
    "aunt": "she",
    "dame": "she",
    # the same titles in the books' other languages: "Madame Vidal" is not Henri Vidal (The Rice Terraces at
    # Moramanga), "Madame Sfeir" not Georges Sfeir (The Bakery on Rue Gouraud)
    "monsieur": "he",
    "herr": "he",
    "señor": "he",
    "senhor": "he",
    "madame": "she",
    "mademoiselle": "she",
    "frau": "she",
    "señora": "she",
    "senhora": "she",
}


def title_case(word: str) -> str:
    """A name word written in capitals or lower case, as a name: each part after a hyphen or an apostrophe
    capitalised too ("ADEYEMI-HOLT" -> "Adeyemi-Holt", "o'brien" -> "O'Brien"); `str.capitalize` lowers them."""
    return re.sub(r"(^|[\-’'])(\w)", lambda m: m.group(1) + m.group(2).upper(), word.lower())


def name_words(name: str) -> tuple[str, ...]:
    """The words that identify a person, in order ("Dr. Van Helsing" -> ("van", "helsing"))."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_][\w’'\-]*", name)]
    words = [re.sub(r"[’']s$", "", w) for w in words]
    return tuple(w for w in words if w not in TITLES)


#: Words that say the name after them is a parent's: "Salim bin Hamad" is Hamad's son (The Curfew in Stone Town, as
#: "Salim bin Hamed" in The Balcony in Malindi), "Khadija binti Salim" Salim's daughter. The parent's name is no name
#: of the bearer's.
PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bint", "ibn"})


def parent_words(name: str) -> frozenset[str]:
    """The words of `name` that follow a patronymic particle (`PATRONYMIC_PARTICLES`): the parent's name, not one the
    bearer is called by alone ("Salim bin Hamad" -> {"hamad"})."""
    words = name.split()
    return frozenset(
        w
        for k, particle in enumerate(words[:-1])
        if particle.casefold() in PATRONYMIC_PARTICLES
        for w in name_words(" ".join(words[k + 1 :]))
    )


def alias_words(alias: str) -> tuple[str, ...]:
    """The words a roster alias identifies its character by: its name words, or, for an alias that is only a
    title or a rank ("the Captain", "Doctor"), the title itself: the user says the book calls someone so."""
    words = name_words(alias)
    if words:
        return words
    words = tuple(w.casefold().rstrip(".") for w in re.findall(r"[^\W\d_][\w’'\-]*\.?", alias))
    return tuple(w for w in words if w != "the")


def merge_variants(counts: Counter) -> dict[str, str]:
    """Map every name variant to its person's canonical name (the longest, then most used, form; a form in
    capitals only when the book never writes the name otherwise: a transcript's "TOMAS EKWUEME:" or a heading's
    "JONATHAN HARKER" is the narration's "Tomas Ekwueme")."""
    keys = {n: frozenset(name_words(n)) for n in counts}
    keys = {n: k for n, k in keys.items() if k}
    maximal = {k for k in keys.values() if not any(k < other for other in keys.values())}
    out: dict[str, str] = {}
    by_key: dict[frozenset, list[str]] = {}
    for n, k in keys.items():
        supers = [m for m in maximal if k <= m]
        target = supers[0] if len(supers) == 1 else k
        by_key.setdefault(target, []).append(n)
    for target, names in by_key.items():
        full = [n for n in names if keys[n] == target] or names
        canon = max(full, key=lambda n: (not n.isupper(), counts[n], -len(n), n))
        # prefer a form without a title when one is used ("Jack Holloway" over "Mr. Holloway")
        plain = [n for n in full if len(name_words(n)) == len(n.replace(".", " ").split())]
        if plain:
            canon = max(plain, key=lambda n: (not n.isupper(), counts[n], -len(n), n))
        for n in names:
            out[n] = canon
    return out


#: A pronoun or a verb with a contraction: "I've", "I'd", "I'll", "I'm" and any other ("We’re" in Little Fuzzy,
#: "You’ll" in The War of the Worlds, "You're told wrong" in Kessler Red, "Don't"): never a name or a kind, however
#: often it opens speech mid-paragraph. A name with an apostrophe keeps it before a capital or a longer ending
#: ("O'Brien", "D'Arcy").
CONTRACTION = re.compile(rf"(?:I[’'](?:d|ve|ll|m|s)|[{UPPER}]\w*[’'](?:re|ve|ll|d|m)|[{UPPER}]\w*n[’']t)$")


#: Words that open sentences in every book and are never names on their own (the character model and the tagger
#: each add the few words their own question needs).
SENTENCE_OPENERS = frozenset(
    [
        "I",
        "A",
        "An",
        "The",
        "And",
        "But",
        "Or",
        "So",
        "Then",
        "When",
        "While",
        "If",
        "As",
        "At",
        "In",
        "On",
        "Of",
        "To",
        "For",
        "From",
        "By",
        "With",
        "Into",
        "Onto",
        "Upon",
        "He",
        "She",
        "It",
        "They",
        "We",
        "You",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "My",
        "Your",
        "Him",
        "Them",
        "Us",
        "Me",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "Which",
        "Whose",
        "Whom",
        "Yes",
        "No",
        "Not",
        "Oh",
        "Ah",
        "Well",
        "Now",
        "Still",
        "Just",
        "Only",
        "Even",
        "Once",
        "Every",
        "Each",
        "All",
        "Some",
        "Any",
        "None",
        "Nothing",
        "Something",
        "Everything",
        "Someone",
        "Anyone",
        "Everyone",
        "Everybody",
        "Somebody",
        "Anybody",
        "Nobody",
        "Mr",
        "Mrs",
        "Miss",
        "Ms",
        "Dr",
        "Sir",
        "Chapter",
        "Part",
        "Book",
        "God",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Later",
        "Before",
        "After",
        "Again",
        "Perhaps",
        "Maybe",
        "Too",
        "Very",
        "Much",
        "More",
        "Most",
        "Less",
        "Because",
        "Though",
        "Although",
        "Until",
        "Unless",
        "Since",
        "However",
        "Meanwhile",
        "Tonight",
        "Today",
        "Tomorrow",
        "Yesterday",
        "Good",
        "Right",
        "Okay",
        "OK",
        "Sure",
        "Thank",
        "Thanks",
        "Please",
        "Sorry",
        "Hello",
        "Hi",
        "Hey",
        "Goodbye",
        "Come",
        "Go",
        "Look",
        "Listen",
        "Wait",
        "Stop",
        "Let",
        "Don",
        "Do",
        "Does",
        "Did",
        "Is",
        "Are",
        "Was",
        "Were",
        "Be",
        "Been",
        "Have",
        "Has",
        "Had",
        "Can",
        "Could",
        "Would",
        "Should",
        "Will",
        "Shall",
        "Might",
        "Must",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "First",
        "Second",
        "Third",
        "Last",
        "Next",
        "Other",
        "Another",
        "Both",
        "Either",
        "Neither",
        "Such",
        "Like",
        "Out",
        "Up",
        "Down",
        "Over",
        "Under",
        "Off",
        "Away",
        "Back",
        "Never",
        "Always",
        "Often",
        "Sometimes",
        "Soon",
        "Already",
        "Yet",
        "Also",
    ]
)
