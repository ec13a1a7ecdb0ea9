"""Scene types a manuscript chunk is tagged with (the heuristic tagger, the LLM labeller, overrides), and what each
means. The meanings are the conventions the writers of the 40 type-labelled books in tests/data/eval applied (their
header comments), stated once so that the LLM labeller's prompt and anyone labelling a book read the same thing.
Before they were written down, writers and second readers disagreed on the same kinds of scene: a letter, log or
report that sets out what happened was changed from introspective to exposition by three second readers (The
Brewer's Winter, The Stavely Settlement, Thin Water) and labelled exposition first by five other writers, while a
diary or letter written mainly to think stayed introspective (Cutter Grade, The Name-Day at Annushka)."""

SCENE_TYPES = ("action", "dialogue", "introspective", "exposition")
#: The narrative persons a chunk may be told in (its `person` tag: the tagger, the LLM labeller, overrides, the
#: labelled books): "second" is the "you" a literary novel tells its viewpoint character's story in.
NARRATIVE_PERSONS = ("first", "second", "third")

#: What each type means: what most of a scene's words do. A scene that does two things takes the type of the
#: larger part (the writers weigh "half its lines are talk", "about 550 of its 1,050 words report news").
SCENE_TYPE_MEANINGS = {
    "action": "bodies in motion or conflict: a chase, a fight, a rescue, hard physical work, even when it is told "
    "through a log, a radio exchange or a commentary",
    "dialogue": "carried by conversation: people talking (aloud, by radio, in an exchange of messages or letters "
    "answering each other), the talk moving the scene",
    "introspective": "a mind at work in the scene's present: one character's thoughts, memories, feelings and "
    "perceptions, a diary or letter written mainly to think, fear or confess",
    "exposition": "explaining or reporting: the world, its places, people and history, or events told in summary and "
    "in order (a briefing, a chronicle, a coda saying what became of everyone, a letter, log or report that mainly "
    "sets out what happened)",
}


def scene_type_meanings() -> str:
    """The four types and their meanings as one line each, for a prompt or a labelling guide."""
    return "\n".join(f'  - "{k}": {SCENE_TYPE_MEANINGS[k]}' for k in SCENE_TYPES)
