"""Human prompts for manuscript chunks: context without quoting the chunk, in varied phrasings.

Each chunk gets one prompt chosen deterministically from the seed and the chunk's id: a full brief
(setting, characters, POV, scene type, tone, what came before), a lighter one, or a minimal "continue
the story" with the previous chunk's closing lines as context. The assistant turn is the chunk text,
unchanged. With `manuscripts.llm_summary` an LLM-written summary of the chunk (`summary=`) and of the
one before it (`previous_summary=`) go into the brief; `quotes_chunk` guards that neither quotes the
chunk, and templates work without them.
"""

from __future__ import annotations

import random
import re

from ...records import GPT, HUMAN, SYSTEM

TONE = {1: "quiet", 2: "measured", 3: "uneasy", 4: "tense", 5: "urgent"}
TYPE_PHRASE = {
    "action": ["an action scene", "a scene of physical conflict", "a fast-moving scene"],
    "dialogue": ["a dialogue-driven scene", "a conversation scene", "a scene carried by its dialogue"],
    "introspective": ["an introspective scene", "a reflective, interior scene", "a quiet character scene"],
    "exposition": ["a worldbuilding scene", "a scene that unfolds the world", "an expository scene"],
}

FULL = [
    "Write {type} from {pov_phrase}. Setting: {setting}. Characters present: {characters}. Tone: {tone}.{before}",
    "Write the next scene of {universe_name}: {type} told {person_phrase}{pov_clause}, set in {setting}, "
    "with {characters}. Keep the tone {tone}.{before}",
    "Scene brief — POV: {pov_short}; type: {type_word}; place: {setting}; on stage: {characters}; "
    "tension {tension}/5.{before} Write the scene.",
    "Draft {type} for chapter {chapter}{chapter_title_clause}. Follow {pov_short} closely{person_tail}; "
    "{characters} appear. The mood is {tone}.{before}",
]
LIGHT = [
    "Write a {tone} scene in which {pov_short} {verb}.",
    "Describe {pov_short}'s {focus} as the story moves on{where}.",
    "Write {type} set in {setting}.",
]
MINIMAL = [
    "Continue the story.\n\nThe story so far ends:\n{tail}",
    "Continue this story from where it leaves off:\n\n{tail}",
    "Pick up the narrative right after this passage:\n\n{tail}",
]


def _closing_lines(text: str, max_words: int = 60) -> str:
    sentences = re.split(r"(?<=[.!?…”])\s+", text.strip())
    out: list[str] = []
    n = 0
    for s in reversed(sentences):
        out.insert(0, s)
        n += len(s.split())
        if n >= max_words // 2:
            break
    tail = " ".join(out)
    words = tail.split()
    return " ".join(words[-max_words:]) if len(words) > max_words else tail


def _list(names: list[str], limit: int = 4) -> str:
    names = names[:limit]
    if not names:
        return "the scene's characters"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_WORD = re.compile(r"\w+(?:['’]\w+)*")
QUOTE_WINDOW = 12


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def quotes_chunk(prompt: str, chunk_text: str, window: int = QUOTE_WINDOW) -> bool:
    """True when `prompt` contains `window` consecutive words of the chunk (case and punctuation aside)."""
    pw = _words(prompt)
    if len(pw) < window:
        return False
    cw = _words(chunk_text)
    spans = {tuple(cw[i:i + window]) for i in range(len(cw) - window + 1)}
    return any(tuple(pw[i:i + window]) in spans for i in range(len(pw) - window + 1))


def build_prompt(meta: dict, previous_text: str | None, rng: random.Random, universe_name: str,
                 summary: str | None = None, previous_summary: str | None = None) -> str:
    pov = meta.get("pov")
    person = meta.get("person") or "third"
    kind = meta.get("scene_type") or "dialogue"
    chars = [c for c in (meta.get("characters") or []) if c != pov]
    fields = {
        "type": rng.choice(TYPE_PHRASE[kind]),
        "type_word": kind,
        "pov_phrase": (f"{pov}'s point of view" if pov and person == "third"
                       else f"the first-person view of {pov}" if pov else "the point of view the story has been following"),
        "pov_short": pov or "the viewpoint character",
        "pov_clause": f" from {pov}'s point of view" if pov else "",
        "person_phrase": "in the first person" if person == "first" else "in close third person",
        "person_tail": " in the first person" if person == "first" else "",
        "setting": meta.get("setting") or "the story's world",
        "characters": _list(chars) if chars else "no one else",
        "tone": TONE.get(int(meta.get("tension") or 2), "measured"),
        "tension": meta.get("tension") or 2,
        "chapter": meta.get("chapter") if meta.get("chapter") is not None else "—",
        "chapter_title_clause": f", \"{meta['chapter_title']}\"" if meta.get("chapter_title") else "",
        "universe_name": universe_name,
        "verb": {"action": "fights through a crisis", "dialogue": "has a difficult conversation",
                 "introspective": "wrestles with what has happened",
                 "exposition": "comes to understand more of the world"}[kind],
        "focus": {"action": "struggle", "dialogue": "exchange with the others",
                  "introspective": "internal conflict", "exposition": "discoveries"}[kind],
        "where": f" in {meta['setting']}" if meta.get("setting") else "",
        "before": "",
    }
    if summary or previous_summary:
        fields["before"] = (f" Previously: {previous_summary}" if previous_summary else "") + \
                           (f" What happens: {summary}" if summary else "")
    elif previous_text:
        fields["before"] = " Just before this: " + _closing_lines(previous_text, 40)
    roll = rng.random()
    if previous_text and roll < 0.2:
        minimal = rng.choice(MINIMAL).format(tail=_closing_lines(previous_text))
        if previous_summary:
            minimal = f"Previously: {previous_summary}\n\n{minimal}"
        return minimal + (f"\n\nIn this scene: {summary}" if summary else "")
    if roll < 0.4 and (summary or previous_summary):
        return rng.choice(LIGHT).format(**fields) + fields["before"]
    if roll < 0.4:
        return rng.choice(LIGHT).format(**fields)
    return rng.choice(FULL).format(**fields)


def conversations(system_prompt: str, human: str, chunk_text: str) -> list[dict[str, str]]:
    return [{"from": SYSTEM, "value": system_prompt}, {"from": HUMAN, "value": human},
            {"from": GPT, "value": chunk_text}]
