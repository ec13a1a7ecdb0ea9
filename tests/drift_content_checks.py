"""Checks that a drift family's record CONTENTS are its writer's own: no name, answer line or factor is a string an
earlier family's generator or test (or a shipped sample) wrote. Kept apart from drift_manifest_checks.py on purpose:
that module's strings count as every family's key spellings (`no_key_spelling_of_an_earlier_family` scans it), and
the pool names listed here are identifiers of a writer, not keys."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

from drift_manifest_checks import REPO, TESTS, Made


def literals(path: Path) -> set[str]:
    """Every string of a file: a generator's string constants (f-string parts included), a sample's values (or, for
    a sample no JSON reader takes whole, its quoted strings)."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix == ".py":
        return {n.value for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    out: set[str] = set()

    def walk(x: Any) -> None:
        if isinstance(x, str):
            out.add(x)
        elif isinstance(x, dict):
            for k, v in x.items():
                out.add(str(k))
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    try:
        walk(json.loads(text.lstrip("\ufeff")))
    except json.JSONDecodeError:
        out |= set(re.findall(r'"((?:[^"\\\n]|\\.){4,400})"', text))
    return out


#: A writer's pools of record contents (names, answer lines, memories, hooks, ...), each a list of texts; its factor
#: names are the first of each pair of `PRESSURES`.
CONTENT_POOLS = (
    "NAMES",
    "JOBS",
    "PLACES",
    "ASKS",
    "REPLIES",
    "THOUGHTS",
    "SECRETS",
    "BELIEFS",
    "TONE_DEAF",
    "MISGUIDED",
    "GROWTH",
    "HOOK_LINES",
    "SECRET_SETUPS",
    "HINTS",
    "NOW",
    "PAST",
    "EMOTIONS",
    "RECALL",
    "SCENES",
    "TRAIT_LINES",
    "EXPRESS",
    "ACTIONS",
    "RETORTS",
    "WHYS",
    "PROSE",
    "MEMREF",
    "TENSION_NOTES",
    "UNKNOWN_COMPLEXITY",
    "UNKNOWN_HOOKS",
    "UNKNOWN_RESONANCE",
    "UNKNOWN_OPTIONS",
    "GIVEN_SENTENCES",
)


def record_content_is_new(name: str, writer: Any) -> None:
    """The records of family `name` are its writer's own: no text of the writer's pools (`CONTENT_POOLS`, factor
    names) is a string an earlier drift generator (or the probe) or the shipped samples wrote, and no long string of
    theirs is inside one of those texts."""
    earlier: set[str] = set()
    for f in sorted(TESTS.glob("*field_drift*.py")):
        if name not in f.name:
            earlier |= literals(f)
    for f in sorted((REPO / "samples").rglob("*")):
        if f.is_file() and f.suffix in (".json", ".jsonl", ".txt", ".md", ".yaml"):
            earlier |= literals(f)
    pools = {p: getattr(writer, p) for p in CONTENT_POOLS}
    pools["FACTORS"] = [f for f, _ in writer.PRESSURES]
    lowered = {e.lower() for e in earlier}
    long_earlier = [e for e in earlier if len(e) >= 24 and " " in e]
    for pool, texts in pools.items():
        for text in texts:
            assert text.lower() not in lowered, (pool, text)
            assert not [e for e in long_earlier if e in text], (pool, text)


def no_earlier_answer_line(name: str, made: Made, seed: int) -> None:
    """The folder's bytes hold no answer line, name or factor an earlier family wrote (a string check of its long
    literals against every written text)."""
    earlier: set[str] = set()
    for f in sorted(TESTS.glob("*field_drift*.py")):
        if name not in f.name:
            earlier |= {e for e in literals(f) if len(e) >= 30 and " " in e}
    folder, m = made(seed)
    text = "\n".join((folder / rel).read_bytes().decode("utf-8-sig") for rel in m["files"])
    assert not [e for e in earlier if e in text]
