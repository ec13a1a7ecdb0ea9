"""Optional character roster and glossary (YAML) used by the POV and worldbuilding taggers.

```yaml
characters:
  - name: Kael Varro
    aliases: [Kael, Varro]
    role: pov          # optional; when any character has role pov, only those can carry a scene
    pronouns: he       # optional
glossary:
  - term: the Verdance
    kind: place        # optional (place | technology | species | ...)
```

Names are matched as whole words (so "Kael" never matches inside "Kaela"); rapidfuzz maps a name
found in a heading or a document title ("DR. SEWARD'S DIARY") to the closest roster entry. An alias in
lower case (`aliases: [the bawwab]`) is a description the book gives the character: it tells who is
present, and as the subject of a scene's first sentence it opens the scene on that character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from ...config_base import read_yaml_mapping
from ...errors import UserError
from .text import NAME_WORD


@dataclass
class Character:
    name: str
    aliases: list[str]
    role: str | None = None
    pronouns: str | None = None


@dataclass
class Roster:
    characters: list[Character] = field(default_factory=list)
    glossary: list[str] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    kinds: dict[str, str] = field(default_factory=dict)  # glossary term -> its kind (place, organisation, ...)

    @property
    def pov_characters(self) -> list[Character]:
        povs = [c for c in self.characters if (c.role or "").lower() == "pov"]
        return povs or self.characters

    def alias_map(self) -> dict[str, str]:
        """alias -> canonical name (longest aliases first when compiled into a pattern)."""
        out: dict[str, str] = {}
        for c in self.characters:
            for a in {c.name, *c.aliases}:
                if a and a not in out:
                    out[a] = c.name
        return out

    def match_name(self, text: str, cutoff: float = 88.0) -> str | None:
        """The roster character a free-form name refers to ("Dr. Seward" -> "John Seward")."""
        if not text or not self.characters:
            return None
        amap = self.alias_map()
        if text in amap:
            return amap[text]
        hit = process.extractOne(text, list(amap), scorer=fuzz.WRatio, score_cutoff=cutoff)
        if hit:
            return amap[hit[0]]
        # a surname or first name on its own ("Seward")
        for tok in reversed(re.findall(NAME_WORD, text)):
            if tok in amap:
                return amap[tok]
        return None


def _as_list(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [s.strip() for s in v.split(",") if s.strip()]
    return [str(x) for x in v]


def load_roster(path: str | Path | None) -> Roster | None:
    if path is None:
        return None
    path = Path(path)
    raw = read_yaml_mapping(path, "roster")
    roster = Roster()
    for k, c in enumerate(raw.get("characters") or []):
        if isinstance(c, str):
            c = {"name": c}
        if not isinstance(c, dict) or not c.get("name"):
            raise UserError(f"{path}: characters[{k}]: needs a 'name'")
        roster.characters.append(
            Character(str(c["name"]), _as_list(c.get("aliases")), c.get("role"), c.get("pronouns"))
        )
    for k, g in enumerate(raw.get("glossary") or []):
        term = g.get("term") if isinstance(g, dict) else g
        if not term:
            raise UserError(f"{path}: glossary[{k}]: needs a 'term'")
        for t in _as_list(term):
            bare = re.sub(r"^the\s+", "", t, flags=re.I)
            roster.glossary.append(bare)
            kind = str(g.get("kind", "") or "").lower() if isinstance(g, dict) else ""
            if kind:
                roster.kinds[bare] = kind
            if kind == "place":
                roster.places.add(bare)
    return roster
