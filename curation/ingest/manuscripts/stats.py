"""Dataset statistics, catalogs and integration report for manuscript chunks (spec sections 1, 6, 7).

Works on plain rows (``{"conversations", "metadata"}``) so it can describe a fresh run, an existing
JSONL collection, or both together.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import TypedDict

from ...errors import UserError
from ...jsonio import loads_line

SCENE_TYPE_GOAL = {"action": 0.30, "dialogue": 0.25, "introspective": 0.25, "exposition": 0.20}


class _Reference(TypedDict):
    scenes: int
    words: int
    universes: int
    training_hours: list[float]  # (low, high)


REFERENCE: _Reference = {"scenes": 139, "words": 188_331, "universes": 8, "training_hours": [2.0, 4.0]}
_STOPWORDS = set(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "almost",
        "along",
        "already",
        "also",
        "although",
        "always",
        "among",
        "another",
        "any",
        "anything",
        "around",
        "because",
        "been",
        "before",
        "behind",
        "being",
        "below",
        "between",
        "both",
        "cannot",
        "could",
        "didn",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "enough",
        "even",
        "ever",
        "every",
        "from",
        "further",
        "have",
        "having",
        "here",
        "into",
        "itself",
        "just",
        "know",
        "later",
        "least",
        "like",
        "little",
        "made",
        "make",
        "many",
        "might",
        "more",
        "most",
        "much",
        "must",
        "never",
        "next",
        "nothing",
        "once",
        "only",
        "other",
        "others",
        "over",
        "perhaps",
        "quite",
        "rather",
        "really",
        "said",
        "same",
        "seemed",
        "should",
        "since",
        "some",
        "something",
        "still",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "thing",
        "things",
        "think",
        "this",
        "those",
        "though",
        "through",
        "thought",
        "time",
        "toward",
        "under",
        "until",
        "upon",
        "very",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "whole",
        "with",
        "within",
        "without",
        "would",
        "your",
        "yours",
        "again",
        "the",
        "and",
        "was",
        "had",
        "his",
        "her",
        "him",
        "she",
        "back",
        "away",
        "came",
        "come",
        "down",
        "eyes",
        "face",
        "hand",
        "hands",
        "head",
        "looked",
        "turned",
        "voice",
        "going",
        "asked",
    ]
)


def _assistant(row: dict) -> str:
    return next((t.get("value", "") for t in row.get("conversations", []) if t.get("from") in ("gpt", "assistant")), "")


def load_jsonl(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: existing dataset not found")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row, err = loads_line(line)
        if err:
            raise UserError(f"{path}: line {n}: {err}")
        if not isinstance(row, dict) or not isinstance(row.get("conversations"), list):
            raise UserError(f"{path}: line {n}: expected an object with a 'conversations' list")
        rows.append(row)
    return rows


def describe(rows: list[dict]) -> dict:
    words = [len(_assistant(r).split()) for r in rows]
    return {
        "scenes": len(rows),
        "words": sum(words),
        "average_words": round(sum(words) / len(words), 1) if words else 0.0,
    }


def compute_stats(
    rows: list[dict], existing: list[dict] | None = None, fragments: int = 0, removed: dict | None = None
) -> dict:
    metas = [r.get("metadata", {}) for r in rows]
    words = [m.get("word_count") or len(_assistant(r).split()) for m, r in zip(metas, rows, strict=False)]
    tokens = sum(int(m.get("token_count") or 0) for m in metas)
    n = len(rows)
    types = Counter(m.get("scene_type") for m in metas)
    povs = Counter(m.get("pov") or "(unknown)" for m in metas)
    ref = (
        describe(existing)
        if existing
        else {
            "scenes": REFERENCE["scenes"],
            "words": REFERENCE["words"],
            "average_words": round(REFERENCE["words"] / REFERENCE["scenes"], 1),
        }
    )
    tokens_per_word = tokens / sum(words) if words and tokens else 1.33
    ref_tokens = round(ref["words"] * tokens_per_word)
    growth = (tokens / ref_tokens) if ref_tokens else 0.0
    lo, hi = REFERENCE["training_hours"]
    return {
        "total_chunks": n,
        "total_words": sum(words),
        "average_words": round(sum(words) / n, 1) if n else 0.0,
        "min_words": min(words) if words else 0,
        "max_words": max(words) if words else 0,
        "total_tokens": tokens,
        "fragments_rejected": fragments,
        "scene_types": {
            k: {
                "chunks": types.get(k, 0),
                "share": round(types.get(k, 0) / n, 3) if n else 0.0,
                "goal": g,
                "gap": round((types.get(k, 0) / n if n else 0.0) - g, 3),
            }
            for k, g in SCENE_TYPE_GOAL.items()
        },
        "pov": dict(sorted(povs.items(), key=lambda kv: (-kv[1], kv[0]))),
        "person": dict(Counter(m.get("person") for m in metas)),
        "tension": dict(sorted(Counter(m.get("tension") for m in metas).items())),
        "comparison": {
            "reference": ref,
            "reference_source": "existing dataset" if existing else "default (139 scenes / 188,331 words)",
            "new_chunks_vs_reference": round(n / ref["scenes"], 3) if ref["scenes"] else None,
            "new_words_vs_reference": round(sum(words) / ref["words"], 3) if ref["words"] else None,
            "combined_examples": ref["scenes"] + n,
        },
        "training_time": {
            "reference_tokens_estimate": ref_tokens,
            "token_growth": round(growth, 3),
            "expected_hours_combined": [round(lo * (1 + growth), 1), round(hi * (1 + growth), 1)],
            "expected_hours_separate": [round(lo * growth, 1), round(hi * growth, 1)],
            "assumption": "training time scales with tokens; the reference set trains in 2-4 hours",
        },
        "removed_non_narrative_words": removed or {},
    }


def catalogs(rows: list[dict]) -> dict:
    """POVs and arcs, worldbuilding terms, recurring themes/motifs across the chunks."""
    metas = [r.get("metadata", {}) for r in rows]
    arcs: dict[str, dict] = defaultdict(lambda: {"chunks": 0, "chapters": set(), "parts": set(), "words": 0})
    for m in metas:
        a = arcs[m.get("pov") or "(unknown)"]
        a["chunks"] += 1
        a["words"] += int(m.get("word_count") or 0)
        if m.get("chapter") is not None:
            a["chapters"].add(m["chapter"])
        if m.get("part"):
            a["parts"].add(m["part"])
    pov_arcs = {
        k: {"chunks": v["chunks"], "words": v["words"], "chapters": sorted(v["chapters"]), "parts": sorted(v["parts"])}
        for k, v in sorted(arcs.items())
    }
    terms = Counter(t for m in metas for t in (m.get("worldbuilding_terms") or []))
    characters = Counter(c for m in metas for c in (m.get("characters") or []))
    doc_freq: Counter = Counter()
    for r in rows:
        doc_freq.update({w for w in re.findall(r"[a-z]{5,}", _assistant(r).lower()) if w not in _STOPWORDS})
    n = max(1, len(rows))
    motifs = [w for w, c in doc_freq.most_common(200) if 0.2 <= c / n <= 0.9][:25]
    return {
        "pov_arcs": pov_arcs,
        "characters": dict(characters.most_common(40)),
        "worldbuilding_terms": dict(terms.most_common(60)),
        "recurring_motifs": motifs,
    }


def integration(new_rows: list[dict], existing: list[dict], universe: str, mode: str) -> dict:
    """Balance across universes when appending, or the plan for a separate collection."""

    def uni(r: dict) -> str:
        return (r.get("metadata") or {}).get("universe") or "unknown"

    combined = (existing + new_rows) if mode == "append" else new_rows
    counts = Counter(uni(r) for r in combined)
    total = sum(counts.values()) or 1
    shares = {k: round(v / total, 3) for k, v in sorted(counts.items())}
    fair = 1 / max(1, len(counts))
    report = {"mode": mode, "rows": len(combined), "by_universe": dict(sorted(counts.items())), "shares": shares}
    if mode == "append":
        share = shares.get(universe, 0.0)
        report["balanced"] = share <= max(0.5, 2 * fair)
        report["note"] = f"{universe} is {share:.0%} of the combined collection" + (
            "" if report["balanced"] else "; consider capping it or upsampling the others"
        )
    else:
        report["note"] = f"separate {universe}-only collection; train it with its own QLoRA config"
    return report
