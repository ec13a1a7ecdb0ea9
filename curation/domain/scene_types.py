"""Scene types a manuscript chunk is tagged with (the heuristic tagger, the LLM labeller, overrides)."""

SCENE_TYPES = ("action", "dialogue", "introspective", "exposition")
