"""The character sheet the LLM labeller's prompt holds: the book's people and places, one per line."""

from __future__ import annotations

from typing import Any


def character_sheet(tagger: Any, chunk_characters: list[list[str]], limit: int = 30) -> str:
    """The book's people (with the name forms the text uses) and known places, one per line.

    From the book's character model when the tagger has one (people with their variants and gender,
    places), else the roster (names, aliases, roles, places), else the names the tagger learned from the
    whole book, most mentioned first.
    """
    lines: list[str] = []
    model = getattr(tagger, "model", None)  # the book-level character model (characters.py), when built
    if model is not None and getattr(model, "people", None):
        for e in model.people[:limit]:
            other = (
                [v for v, _ in e.variants.most_common(5) if v != e.name][:4]
                if hasattr(e.variants, "most_common")
                else sorted(set(e.variants) - {e.name})[:4]
            )
            extra = f" (also: {', '.join(other)})" if other else ""
            lines.append(f"- {e.name}{extra}" + (f", {e.gender}" if getattr(e, "gender", None) else ""))
        places = [model.display(e.name) if hasattr(model, "display") else e.name for e in model.places[:limit]]
        if places:
            lines.append("Places: " + ", ".join(places))
        return "\n".join(lines)
    roster = getattr(tagger, "roster", None)
    if roster is not None and roster.characters:
        for c in roster.characters[:limit]:
            extra = f" (also: {', '.join(c.aliases)})" if c.aliases else ""
            role = " [point-of-view character]" if (c.role or "").lower() == "pov" else ""
            lines.append(f"- {c.name}{extra}{role}")
        if roster.places:
            lines.append("Places: " + ", ".join(sorted(roster.places)))
        return "\n".join(lines)
    counts: dict[str, int] = {}
    for chars in chunk_characters:
        for name in chars:
            counts[name] = counts.get(name, 0) + 1
    forms: dict[str, list[str]] = {}
    for form, person in getattr(tagger.people, "forms", {}).items():
        forms.setdefault(person, []).append(" ".join(form))
    for name in sorted(counts, key=lambda n: (-counts[n], n))[:limit]:
        other = sorted({f for f in forms.get(name, []) if f != name})[:4]
        lines.append(f"- {name}" + (f" (also: {', '.join(other)})" if other else ""))
    return "\n".join(lines)
