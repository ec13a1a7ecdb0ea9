"""Heuristic quality filters beyond scores, each with a named reason.

Scores from the generator say nothing about degenerate text: a loop that repeats one line, a response
that is still JSON, "As an AI language model...", a leaked `<think>` block, "[insert name here]", or a
reply in another language. Each check looks at `record.content()` (the assistant text) and returns a
short snake_case reason; the first failing check drops the record.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from ..records import Record
from .base import Context, Filter

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_THINK = re.compile(r"</?think>|<\|im_(?:start|end)\|>", re.IGNORECASE)
_JSON_LEFTOVER = re.compile(r'^\s*[\[{]\s*"|"\s*:\s*[\[{"]|^\s*```|```\s*$', re.MULTILINE)
_MARKDOWN = re.compile(r"^\s{0,3}(?:#{1,6}\s|\*\*[^*]+\*\*:|[-*]\s+\*\*|\|.+\|\s*$)", re.MULTILINE)
_REFUSAL = re.compile(
    r"\bas an ai\b|\bas a language model\b|\bi(?:'m| am) (?:just )?an ai\b|\bi (?:cannot|can't|won't) "
    r"(?:help|assist|comply|fulfil+) with (?:that|this) request\b|\bi'm sorry, but i (?:cannot|can't)\b|"
    r"\bopenai\b|\bmy (?:training data|knowledge cutoff)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"\[(?:insert|your|character|name|placeholder|todo|tbd)[^\]]*\]|\{\{[^}]*\}\}|<(?:name|placeholder)>|"
    r"\blorem ipsum\b|\bTODO\b|\bTBD\b|\bXXX\b|\.\.\.\s*\(continued\)", re.IGNORECASE)
# The commonest English function words: a text with too few of them is not English prose.
_ENGLISH = frozenset("""
a about after again all also an and any are as at be because been before but by can could did do does
down even every for from had has have he her here him his how i if in into is it its just like me more
my no not now of off on one only or our out over she so some than that the their them then there these
they this to too up us very was we were what when where which while who why will with would you your
i'm don't can't it's that's i've i'll didn't won't
""".split())


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def repeated_ngram_share(words: list[str], n: int = 4) -> float:
    grams = [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]
    if len(grams) < 8:
        return 0.0
    counts = Counter(grams)
    return sum(c - 1 for c in counts.values()) / len(grams)


def repeated_line_share(text: str) -> float:
    lines = [ln.strip() for ln in text.splitlines() if len(ln.strip()) > 15]
    if len(lines) < 4:
        return 0.0
    counts = Counter(lines)
    return sum(c - 1 for c in counts.values()) / len(lines)


def english_share(words: list[str]) -> float:
    return sum(w in _ENGLISH for w in words) / len(words) if words else 0.0


class QualityFilters(Filter):
    """Length bounds per kind, repetition, leftover JSON/Markdown, refusals, `<think>`, placeholders,
    non-English text."""

    name = "filters"

    def __init__(self, cfg=None) -> None:
        from .settings import FiltersConfig
        self.cfg = cfg or FiltersConfig()
        checks: dict[str, Callable[[Record, str, list[str]], str | tuple[str, dict] | None]] = {
            "length": self._length, "think_tags": self._think, "markup": self._markup,
            "refusal": self._refusal, "placeholder": self._placeholder, "repetition": self._repetition,
            "language": self._language,
        }
        unknown = set(self.cfg.check) - set(checks)
        if unknown:
            from ..errors import UserError
            raise UserError(f"stages.filters.check: unknown check(s) {sorted(unknown)}; known: {sorted(checks)}")
        self.checks = [checks[c] for c in checks if c in self.cfg.check]  # fixed order: cheap first

    @classmethod
    def from_config(cls, cfg) -> "QualityFilters":
        return cls(cfg.stages.filters)

    def process(self, records, ctx):
        if not self.cfg.enabled:
            yield from records
            return
        yield from super().process(records, ctx)

    def check(self, record: Record, ctx: Context):
        text = record.content()
        words = _words(text)
        for fn in self.checks:
            verdict = fn(record, text, words)
            if verdict:
                return verdict
        return None

    # ---- the checks -----------------------------------------------------------------------------
    def _length(self, record, text, words):
        lo = self.cfg.min_words.get(record.kind)
        hi = self.cfg.max_words.get(record.kind)
        if lo is not None and len(words) < lo:
            return "too_short", {"words": len(words), "min": lo}
        if hi is not None and len(words) > hi:
            return "too_long", {"words": len(words), "max": hi}
        return None

    def _think(self, record, text, words):
        return "leaked_think_tags" if _THINK.search(text) else None

    def _markup(self, record, text, words):
        if _JSON_LEFTOVER.search(text):
            return "leftover_json"
        if len(_MARKDOWN.findall(text)) >= 2:
            return "leftover_markdown"
        return None

    def _refusal(self, record, text, words):
        m = _REFUSAL.search(text)
        return ("refusal_or_meta_talk", {"match": m.group(0)}) if m else None

    def _placeholder(self, record, text, words):
        m = _PLACEHOLDER.search(text)
        return ("placeholder_text", {"match": m.group(0)}) if m else None

    def _repetition(self, record, text, words):
        share = repeated_ngram_share(words)
        if share > self.cfg.max_repeated_ngram_share:
            return "repeated_ngrams", {"share": round(share, 3)}
        share = repeated_line_share(text)
        if share > self.cfg.max_repeated_line_share:
            return "repeated_lines", {"share": round(share, 3)}
        return None

    def _language(self, record, text, words):
        if len(words) < 8:
            return None  # too little text to judge
        share = english_share(words)
        if share < self.cfg.min_english_share:  # function words are ~40-55% of English prose
            return "not_english", {"english_share": round(share, 3)}
        return None
