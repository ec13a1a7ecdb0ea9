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
    "chancellor",
    "minister",
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
}


def name_words(name: str) -> tuple[str, ...]:
    """The words that identify a person, in order ("Dr. Van Helsing" -> ("van", "helsing"))."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_][\w’'\-]*", name)]
    words = [re.sub(r"[’']s$", "", w) for w in words]
    return tuple(w for w in words if w not in TITLES)


def merge_variants(counts: Counter) -> dict[str, str]:
    """Map every name variant to its person's canonical name (the longest, then most used, form)."""
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
        canon = max(full, key=lambda n: (counts[n], -len(n), n))
        # prefer a form without a title when one is used ("Jack Holloway" over "Mr. Holloway")
        plain = [n for n in full if len(name_words(n)) == len(n.replace(".", " ").split())]
        if plain:
            canon = max(plain, key=lambda n: (counts[n], -len(n), n))
        for n in names:
            out[n] = canon
    return out
