"""The owner of a book's "unnamed mind" scenes: one POV character whose scenes say "she" throughout and name her
hardly at all.

A close-third POV can be written almost entirely in the pronoun (a present-tense "She stirs. The paddle goes
round."), so no single scene gives anyone a claim to it and each, alone, reads as an unnamed mind. Across the
book those scenes are one person's: the one person of the pronoun's gender (or of none the book shows) whom most of
them name in their narration, and more of them than anyone else.
"""

from __future__ import annotations

from collections import Counter

from .pov import SceneEvidence, carrying_pronoun

#: The pooled owner must be named in at least this many of the unnamed-mind scenes ...
MIN_SCENES = 2
#: ... and in more than this share of them.
MIN_SHARE = 0.5


def pooled_owner(
    scenes: list[SceneEvidence], gender: dict[str, str], allowed: set[str] | None = None
) -> tuple[str, str] | None:
    """(person, pronoun) owning the book's unnamed-mind `scenes`, or None when no one clearly does.

    All the scenes must be carried by the same pronoun; the owner is named in at least `MIN_SCENES` of them and in
    more than `MIN_SHARE` of them, strictly more often than anyone else who could own that pronoun; a roster's POV
    list (`allowed`) limits who may."""
    pronouns = {carrying_pronoun(ev) for ev in scenes}
    if len(scenes) < MIN_SCENES or len(pronouns) != 1:
        return None
    (g,) = pronouns
    if g is None:
        return None
    seen: Counter = Counter()
    for ev in scenes:
        for p in ev.present:
            if gender.get(p) in (g, None) and (not allowed or p in allowed):
                seen[p] += 1
    ranked = seen.most_common(2)
    if not ranked:
        return None
    best, n = ranked[0]
    if n < MIN_SCENES or n <= MIN_SHARE * len(scenes) or (len(ranked) > 1 and ranked[1][1] == n):
        return None
    return best, g


def named_pov_of_pronoun(ev: SceneEvidence, gender: dict[str, str], povs_elsewhere: set[str]) -> tuple[str, str] | None:
    """(person, pronoun) for one unnamed-mind scene the book's own POV characters explain: the scene's carrying
    "he"/"she" (the gender with the most unmarked pronouns) and exactly one person of that gender it names in its
    narration who is the POV of another scene of the book, named at least once as a subject and never shown not to be
    the pronoun ("She had a key to the gardens on her ring", Helen Lennox named once, in the first sentence, and seen
    there from outside; the scene's "she" is hers, as in her other scenes). Someone the pronoun thinks of or looks at
    ("he felt the knife Pappy Jack had made") is shown not to be it and is no candidate; two candidates, or none,
    leave the mind unnamed."""
    g = carrying_pronoun(ev)
    if g is None:
        return None
    cands = [
        p
        for p in ev.present
        if p in povs_elsewhere and gender.get(p) == g and ev.subject[p] >= 1 and not ev.not_unmarked[p]
    ]
    return (cands[0], g) if len(cands) == 1 else None
