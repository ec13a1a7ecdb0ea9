"""Heuristic quality filters beyond scores, each with a named reason.

Scores from the generator say nothing about degenerate text: a loop that repeats one line, a response
that is still JSON, "As an AI language model...", a leaked `<think>` block, "[insert name here]", or a
reply in another language. Each check looks at `record.content()` (the assistant text) and returns a
short snake_case reason; the first failing check drops the record.

Speed: every pattern is compiled once and run on text lowercased once (no IGNORECASE scans), cheap
substring tests guard the costlier patterns, and word statistics use C-level `Counter`/`map` instead
of per-word Python loops.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..errors import UserError
from ..ingest.manuscripts.settings import ChunkingConfig
from ..records import Record
from .base import Context, Filter
from .settings import FiltersConfig

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_WORD_ASCII = re.compile(r"[a-z]+(?:'[a-z]+)?")  # same words on lowercased ASCII text, 40% faster
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")  # letters of other scripts
_THINK = re.compile(r"</?think>|<\|im_(?:start|end)\|>")  # on lowercased text
_JSON_KEY = re.compile(r'"\s*:\s*[\[{"]')
_JSON_OPEN = re.compile(r'^\s*[\[{]\s*"', re.MULTILINE)
_FENCE = re.compile(r"^\s*```|```\s*$", re.MULTILINE)
_MARKDOWN = re.compile(r"^ {0,3}(?:#{1,6}\s|\*\*[^*\n]+\*\*:|[-*]\s+\*\*|\|.+\|[ \t]*$)", re.MULTILINE)
_REFUSAL = re.compile(  # on lowercased text
    r"\bas an ai\b|\bas a language model\b|\bi(?:'m| am) (?:just )?an ai\b|\bi (?:cannot|can't|won't) "
    r"(?:help|assist|comply|fulfil+) with (?:that|this) request\b|\bi'm sorry, but i (?:cannot|can't)\b|"
    r"\bopenai\b|\bmy (?:training data|knowledge cutoff)\b"
)
# substrings one of which every refusal match contains: the regex only runs on texts that have one
_REFUSAL_HINTS = (" an ai", "language model", "request", "sorry, but i", "openai", "training data", "knowledge cutoff")
_PLACEHOLDER = re.compile(  # on lowercased text; every branch starts with a literal character
    r"\[(?:insert|your|character|name|placeholder|todo|tbd)[^\]]*\]|\{\{[^}]*\}\}|<(?:name|placeholder)>|"
    r"\.\.\.\s*\(continued\)|lorem ipsum"
)
_PLACEHOLDER_CASED = re.compile(r"\b(?:TODO|TBD|XXX)\b")  # upper case only: "todo" is a word in prose

# English function words (closed-class: articles, pronouns, auxiliaries, prepositions, conjunctions,
# common adverbs). English prose is 40-55% these whatever its names and invented words.
_ENGLISH = frozenset(
    [
        "a",
        "about",
        "above",
        "across",
        "after",
        "again",
        "against",
        "all",
        "almost",
        "along",
        "already",
        "also",
        "although",
        "always",
        "am",
        "among",
        "an",
        "and",
        "another",
        "any",
        "anyone",
        "anything",
        "are",
        "around",
        "as",
        "at",
        "away",
        "back",
        "be",
        "because",
        "been",
        "before",
        "behind",
        "being",
        "below",
        "beside",
        "between",
        "beyond",
        "both",
        "but",
        "by",
        "can",
        "cannot",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "done",
        "down",
        "during",
        "each",
        "either",
        "else",
        "enough",
        "even",
        "ever",
        "every",
        "everything",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "inside",
        "instead",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "least",
        "less",
        "like",
        "little",
        "many",
        "may",
        "me",
        "might",
        "mine",
        "more",
        "most",
        "much",
        "must",
        "my",
        "myself",
        "near",
        "neither",
        "never",
        "no",
        "nobody",
        "none",
        "nor",
        "not",
        "nothing",
        "now",
        "of",
        "off",
        "often",
        "on",
        "once",
        "one",
        "only",
        "onto",
        "or",
        "other",
        "others",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "perhaps",
        "quite",
        "rather",
        "really",
        "same",
        "several",
        "shall",
        "she",
        "should",
        "since",
        "so",
        "some",
        "someone",
        "something",
        "soon",
        "still",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "throughout",
        "thus",
        "to",
        "together",
        "too",
        "toward",
        "towards",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "we",
        "well",
        "were",
        "what",
        "whatever",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "yet",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "i'm",
        "i've",
        "i'll",
        "i'd",
        "you're",
        "you've",
        "you'll",
        "you'd",
        "he's",
        "she's",
        "it's",
        "we're",
        "we've",
        "we'll",
        "they're",
        "they've",
        "they'll",
        "that's",
        "there's",
        "what's",
        "who's",
        "let's",
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "couldn't",
        "won't",
        "wouldn't",
        "shouldn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
    ]
)
# Frequent function words of other Latin-script languages, minus anything that is also English
# ("a", "no", "die", "son", "come", "also", "over" ...), so English with foreign names scores ~0 here.
_FOREIGN = {
    "es": "el la los las de del que y en un una por con para es se lo le su sus al como más pero muy ya "
    "también porque cuando sobre entre hasta donde quien desde todo nos durante estaba está están "
    "ser fue había hay este esta esto ese esa yo tú él ella ellos mi tu qué sí bien sin otro",
    "fr": "le la les des du de et est une un dans pour pas que qui sur avec ce cette il elle ils elles "
    "nous vous je tu mais ou où sa ses leur au aux était sont être avoir fait tout très comme ai "
    "avait lui y ne se",
    "de": "der das und ist nicht ein eine einen dem den des mit sich auf für von zu im auch es sie wir "
    "ihr ich du sind wie aber noch nach bei aus wenn nur oder über dass haben werden wird kein "
    "keine mir mich dich ihm ihn uns sein seine hatte war",
    "it": "il lo la gli le di da del della che è un una per non sono con ma anche questo questa hanno "
    "essere era più mi ti si ci nel nella alla al dei delle degli",
    "pt": "os um uma de do da dos das que em na nos não com por para se é mais mas como foi ele ela "
    "eles muito também já seu sua são está isso",
    "nl": "het een van niet zijn met voor maar zou wat mijn dit ze zich bij ook tot mij uit daar haar "
    "naar heb heeft hebben deze nog zal zij nu geen omdat iets worden toch waren veel meer doen "
    "toen moet zonder kan hun dus alles onder eens hier werd altijd",
}
# English words spelled like a foreign function word never count against a text
_ENGLISH_LOOKALIKES = (
    frozenset(
        [
            "war",
            "die",
            "hat",
            "man",
            "bin",
            "also",
            "son",
            "come",
            "fine",
            "plus",
            "over",
            "door",
            "men",
            "want",
            "ben",
            "hem",
            "do",
            "no",
            "as",
            "um",
            "o",
            "e",
            "i",
            "ha",
            "ho",
            "me",
            "he",
            "is",
            "an",
            "am",
            "in",
            "on",
            "so",
            "was",
            "will",
        ]
    )
    | _ENGLISH
)
_FOREIGN_WORDS = {lang: frozenset(ws.split()) - _ENGLISH_LOOKALIKES for lang, ws in _FOREIGN.items()}
_ANY_FOREIGN = frozenset().union(*_FOREIGN_WORDS.values())


def _words(lowered: str) -> list[str]:
    return (_WORD_ASCII if lowered.isascii() else _WORD).findall(lowered)


def repeated_ngram_share(words: list[str], n: int = 4) -> float:
    """Share of word n-grams that repeat an earlier one (0 for texts under 8 n-grams)."""
    n_grams = len(words) - n + 1
    if n_grams < 8:
        return 0.0
    distinct = len(Counter(zip(*(words[k:] for k in range(n)), strict=False)))
    return (n_grams - distinct) / n_grams


def repeated_line_share(text: str) -> float:
    lines = [ln for ln in map(str.strip, text.splitlines()) if len(ln) > 15]
    if len(lines) < 4:
        return 0.0
    return (len(lines) - len(set(lines))) / len(lines)


def english_share(words: list[str]) -> float:
    """Share of words that are English function words."""
    return sum(map(_ENGLISH.__contains__, words)) / len(words) if words else 0.0


def language_evidence(text: str, words: list[str]) -> dict:
    """English vs other-language function-word shares, and the share of letters in non-Latin scripts."""
    n = len(words) or 1
    foreign = Counter(filter(_ANY_FOREIGN.__contains__, words))
    per_lang = {lang: sum(c for w, c in foreign.items() if w in ws) for lang, ws in _FOREIGN_WORDS.items()}
    letters = sum(map(len, words)) or 1
    non_latin = 0 if text.isascii() else len(_NON_LATIN_LETTER.findall(text))
    return {
        "english_share": round(english_share(words), 3),
        "other_share": round(sum(foreign.values()) / n, 3),
        "looks_like": max(sorted(per_lang), key=lambda lang: per_lang[lang]) if foreign else None,
        "non_latin_share": round(min(1.0, non_latin / letters), 3),
    }


class QualityFilters(Filter):
    """Length bounds per kind, repetition, leftover JSON/Markdown, refusals, `<think>`, placeholders,
    non-English text."""

    name = "filters"

    def __init__(self, cfg=None, chunking=None) -> None:
        from .settings import FiltersConfig

        self.cfg = cfg or FiltersConfig()
        chunking = chunking or ChunkingConfig()
        # scenes are held to the chunk bounds the chunker cut them to (one setting, `chunking:`)
        self.min_words = {**self.cfg.min_words, "scene": chunking.min_words}
        self.max_words = {**self.cfg.max_words, "scene": chunking.max_words}
        checks: dict[str, Callable[[Record, str, str, list[str]], str | tuple[str, dict] | None]] = {
            "length": self._length,
            "think_tags": self._think,
            "markup": self._markup,
            "refusal": self._refusal,
            "placeholder": self._placeholder,
            "repetition": self._repetition,
            "language": self._language,
        }
        unknown = set(self.cfg.check) - set(checks)
        if unknown:
            raise UserError(f"stages.filters.check: unknown check(s) {sorted(unknown)}; known: {sorted(checks)}")
        self.checks = [checks[c] for c in checks if c in self.cfg.check]  # fixed order: cheap first

    @classmethod
    def from_config(cls, settings: FiltersConfig, chunking: ChunkingConfig) -> QualityFilters:
        """From `stages.filters`; a scene's length bounds are the `chunking:` section's (the chunker's own)."""
        return cls(settings, chunking)

    def process(self, records, ctx):
        if not self.cfg.enabled:
            yield from records
            return
        yield from super().process(records, ctx)

    def check(self, record: Record, ctx: Context):
        text = record.content()
        low = text.lower()
        words = _words(low)
        for fn in self.checks:
            verdict = fn(record, text, low, words)
            if verdict:
                return verdict
        return None

    # ---- the checks -----------------------------------------------------------------------------
    def _length(self, record, text, low, words):
        # out of bounds only by both counts: whitespace words (the manuscript chunker's and the spec's, so a
        # chunk cut within max_words is never dropped for "twenty-five" counting as two) and letter words
        # (so unspaced scripts are not "too short" before the language check sees them)
        lo = self.min_words.get(record.kind)
        hi = self.max_words.get(record.kind)
        spaced = len(text.split()) if lo is not None or hi is not None else 0
        if lo is not None and max(spaced, len(words)) < lo:
            return "too_short", {"words": max(spaced, len(words)), "min": lo}
        n = min(spaced, len(words))
        if hi is not None and n > hi:
            return "too_long", {"words": n, "max": hi}
        return None

    def _think(self, record, text, low, words):
        return "leaked_think_tags" if "<" in low and _THINK.search(low) else None

    def _markup(self, record, text, low, words):
        if ('"' in text and (_JSON_KEY.search(text) or (("{" in text or "[" in text) and _JSON_OPEN.search(text)))) or (
            "```" in text and _FENCE.search(text)
        ):
            return "leftover_json"
        if ("#" in text or "**" in text or "|" in text) and len(_MARKDOWN.findall(text)) >= 2:
            return "leftover_markdown"
        return None

    def _refusal(self, record, text, low, words):
        m = any(h in low for h in _REFUSAL_HINTS) and _REFUSAL.search(low)
        return ("refusal_or_meta_talk", {"match": m.group(0)}) if m else None

    def _placeholder(self, record, text, low, words):
        m = _PLACEHOLDER.search(low)
        if not m and ("TODO" in text or "TBD" in text or "XXX" in text):
            m = _PLACEHOLDER_CASED.search(text)
        return ("placeholder_text", {"match": m.group(0)}) if m else None

    def _repetition(self, record, text, low, words):
        share = repeated_ngram_share(words)
        if share > self.cfg.max_repeated_ngram_share:
            return "repeated_ngrams", {"share": round(share, 3)}
        share = repeated_line_share(text)
        if share > self.cfg.max_repeated_line_share:
            return "repeated_lines", {"share": round(share, 3)}
        return None

    def _language(self, record, text, low, words):
        """Judged only with enough words: a non-Latin script, or more function words of another
        language (es/fr/de/it/pt/nl) than of English. Short answers and English full of invented
        names pass."""
        letters = sum(map(len, words))
        if letters < self.cfg.min_language_words * 2:  # letters: CJK has no spaces
            return None
        if not text.isascii() and len(_NON_LATIN_LETTER.findall(text)) > self.cfg.max_non_latin_share * letters:
            return "not_english", language_evidence(text, words)
        if len(words) < self.cfg.min_language_words:
            return None
        n_other = sum(map(_ANY_FOREIGN.__contains__, words))  # the full evidence only for drops
        if n_other >= self.cfg.min_other_share * len(words) and n_other > sum(map(_ENGLISH.__contains__, words)):
            return "not_english", language_evidence(text, words)
        return None
