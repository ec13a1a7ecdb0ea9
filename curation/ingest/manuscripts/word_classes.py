"""Classes of English words whose share of a chunk's narration, against the rest of its book, says what the scene's
words are doing: setting a world out (what always or never happens, who someone is), thinking (reasons, denials,
family), or telling a moment as it happens (what it sounds and feels like, what is going on, how many); and whether
its speech comes as lines exchanged or as a line dropped into narration.

The scene-type layer reads each only as the chunk's standing in its book (`type_layer.STANDING_ONLY`): how often a
writer says "never" or "like a" is their style. The classes are closed or near-closed sets of English (quantifiers,
negators, complementisers, kin terms, sense words, number words, the "-ing" form, the simile's "like a" and "as
if"), never a book's own words. Each alone moves the type of a few chunks either way; the ten together, left one
book out (`benchmarks/eval_manuscripts.py --type-cv`), took the 1248 type-labelled chunks of 113 books from 1008 to
1026 right, where ten lists of common narration words drawn at random with the same total frequency, as the same
ten columns, took it to 985-996 (with the penalty chosen without the book too, 1006 -> 1025). Where each class
leans (the layer fitted on all 113 books) and chunks it turned right left one book out, in books of different kinds,
are with each class below.
"""

from __future__ import annotations

import re
from collections import Counter


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


#: Word classes counted in the narration (speech left out), by the name the layer reads each under.
NARRATION_CLASSES: dict[str, frozenset[str]] = {
    # what is always or never so, of everyone or nobody (a setting-out, a routine, a coda): to exposition, away from
    # action (the opening of The Mine at Siglo Veinte, a Bolivian mining novel; the codas of The Rains in Arat Kilo and
    # The Cresswell Papers, an Addis Ababa novel and a Victorian ghost story in letters)
    "generic": _words("every everybody everyone everything nobody anybody anyone always usually often never"),
    # what is not so ("-n't" too, `class_counts`): to introspection (a child's mind in The Burying of Delphine Ashby,
    # Southern gothic; a widow's in The Name-Day at Annushka)
    "negation": _words("not no nothing none"),
    # reasons, questions and clauses about clauses ("because", "whether", "what", "that"): to introspection and
    # exposition, away from action and dialogue (The Brewer's Winter, Roman Britain; The Yard at Jacmel, Haiti 1964;
    # The Steps in Hanover Street, District Six)
    "abstract": _words("that what about because which be been something things whether why how if"),
    # family, which memory and feeling turn on: to introspection, away from action (The Steps in Hanover Street's
    # first and last scenes; The Burying of Delphine Ashby)
    "kin": _words(
        "father mother brother sister son daughter husband wife grandmother grandfather aunt uncle mama papa dad mum "
        "mom fathers mothers brothers sisters sons daughters husbands wives parents"
    ),
    # what a moment sounds, smells and feels like: someone is in it; to action and introspection, away from
    # exposition (The Townland of Carrigeen, an Irish farm saga; Resus Two's resuscitation, a hospital novel; and, by
    # their few, the openings of Fire on Twelve and The Whitcombe Verdict as exposition)
    "sensory": _words(
        "smell smells smelled smelt scent taste tasted cold warm hot wet damp dry soft dark darkness bright shadow "
        "shadows sound sounds noise quiet silence loud faint sharp sweet bitter rough smooth"
    ),
    # who someone is and what a thing is called ("a man called", "who had"): to exposition, away from action (the
    # openings of Contents of a House, The Yard at Jacmel, Kitty's Steps)
    "introducing": _words("who whose whom called named known"),
    # quantities in words ("four men clear", "thirty metres below"): counted in a moment as it happens, to action,
    # away from exposition (by their few, talks in The Lane at Nallur, Jaffna 1981, and The Garden in Shemiran, Tehran,
    # no longer typed action)
    "numbers": _words(
        "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty hundred thousand"
    ),
}
#: Words ending in "-ing" that are no verb form. The "-ing" form tells what is going on ("swinging", "holding"): to
#: action, away from introspection and dialogue (The Highlife Band's crossing of the crowd, Ghana 1957; Kitty's Steps'
#: wheel change, a cycling race in 1956).
NOT_PARTICIPLES = _words(
    "thing things nothing something anything everything morning mornings evening evenings king kings ring rings "
    "during spring string building buildings ceiling wedding pudding shilling shillings sing bring wing wings sting "
    "swing cling fling sling ping"
)
#: The simile's "like a", "like the", "as if", "as though": narration saying what a thing is like (leans a little to
#: action; the weakest of the classes).
_SIMILE = re.compile(r"\b(?:like an?|like the|as if|as though)\b", re.I)
#: Every measure this module gives, in the order the layer reads them after the classes of `NARRATION_CLASSES`.
MEASURES = (*NARRATION_CLASSES, "participles", "similes", "exchange")


def class_counts(tokens: list[str], narration: str) -> dict[str, int]:
    """How many of the narration's `tokens` (lower-cased words) fall in each class of `NARRATION_CLASSES`, how many
    are "-ing" forms of verbs ("participles") and how many similes the `narration` draws ("similes"). Each distinct
    word is looked up once, with its count (a chapter repeats most of its words)."""
    seen = Counter(tokens)
    counts = {name: sum(n for t, n in seen.items() if t in words) for name, words in NARRATION_CLASSES.items()}
    counts["negation"] += sum(n for t, n in seen.items() if t.endswith(("n't", "n’t")))
    counts["participles"] = sum(
        n for t, n in seen.items() if len(t) > 4 and t.endswith("ing") and t not in NOT_PARTICIPLES
    )
    counts["similes"] = len(_SIMILE.findall(narration))
    return counts


def exchange_turns(speaking: list[bool]) -> int:
    """Paragraphs carrying speech next to another that does (`speaking`: whether each paragraph does, in order): lines
    going back and forth, where a line dropped into narration stands alone. Per 100 words, it leans to dialogue and
    away from exposition (the opening of Lady Ashcombe's Season, a Regency romance; the meeting that opens The Rains
    in Arat Kilo's second chapter)."""
    return sum(
        1
        for i, s in enumerate(speaking)
        if s and ((i > 0 and speaking[i - 1]) or (i + 1 < len(speaking) and speaking[i + 1]))
    )
