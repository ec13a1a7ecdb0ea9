"""Token counting: tiktoken (cl100k_base by default) or a base model's own `tokenizer.json`.

tiktoken gives a model-independent estimate; a model's `tokenizer.json` (the `tokenizers` library) gives
exact counts of the conversation as the trainer will see it, rendered with the chat template. Encoders
are loaded once per process and cached.

tiktoken downloads its BPE file once on a user's machine; in CI and tests TIKTOKEN_CACHE_DIR points at
a local copy so nothing is fetched at run time. A tokenizer.json is only ever read from a local path.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

import tiktoken

from .errors import UserError
from .workers import in_worker

DEFAULT_ENCODING = "cl100k_base"

#: Role names of the rows we write -> chat-template roles.
CHATML_ROLES = {"system": "system", "human": "user", "gpt": "assistant"}


log = logging.getLogger("curation.tokens")


class EncodingUnavailable(UserError):
    """tiktoken could not load its BPE file (first use on an offline machine)."""


@functools.lru_cache(maxsize=8)
def get_encoding(name: str = DEFAULT_ENCODING) -> tiktoken.Encoding:
    try:
        return tiktoken.get_encoding(name)
    except ValueError as e:
        raise UserError(f"unknown tiktoken encoding '{name}': {e}") from None
    except Exception as e:  # network errors of tiktoken's one-time download
        raise EncodingUnavailable(
            f"cannot load tiktoken encoding '{name}' ({type(e).__name__}): tiktoken downloads it once on "
            "first use; offline, set TIKTOKEN_CACHE_DIR to a folder holding the cached file"
        ) from None


class ApproxCounter:
    """Offline stand-in when tiktoken's file cannot be fetched: word pieces and punctuation, scaled to
    cl100k_base's average on English prose. Its name says it is an estimate (shown in report and card)."""

    exact = False
    _piece = re.compile(r"[A-Za-z]+|\d{1,3}|[^\sA-Za-z\d]")

    def __init__(self, reason: str) -> None:
        self.name = "approx:word-pieces (tiktoken unavailable)"
        self.reason = reason

    def count(self, text: str) -> int:
        pieces = self._piece.findall(text)
        long_words = sum(1 for p in pieces if len(p) > 8)
        return len(pieces) + long_words

    def count_batch(self, texts: Sequence[str]) -> list[int]:
        return [self.count(t) for t in texts]


@functools.lru_cache(maxsize=1)
def _offline_fallback(reason: str) -> ApproxCounter:
    log.warning("%s; token counts are estimates", reason)
    return ApproxCounter(reason)


def count_tokens(text: str, encoding: str = DEFAULT_ENCODING) -> int:
    """Number of tokens in `text` (special-token strings in the text are counted as ordinary text)."""
    return get_counter(encoding).count(text)


class TokenCounter(Protocol):
    """Counts tokens of texts; `name` says which tokenizer (shown in the card and report)."""

    name: str
    exact: bool

    def count(self, text: str) -> int: ...

    def count_batch(self, texts: Sequence[str]) -> list[int]: ...


class TiktokenCounter:
    """Approximate counts with a tiktoken encoding (special-token strings count as text: an overestimate)."""

    exact = False

    def __init__(self, encoding: str = DEFAULT_ENCODING) -> None:
        self.encoding = get_encoding(encoding)
        self.name = f"tiktoken:{encoding}"
        # a chatml conversation's count is the sum of its turns' counts: no piece of cl100k's split pattern
        # holds a line break followed by '<' (the turn boundary '<|im_end|>\n' + '<|im_start|>'), and pieces
        # are encoded independently (tested on edge cases; other encodings are counted whole)
        self.additive_turns = encoding == "cl100k_base"

    def count(self, text: str) -> int:
        return len(self.encoding.encode_ordinary(text))

    def count_batch(self, texts: Sequence[str]) -> list[int]:
        """Counts of `texts` in order, on two threads (tiktoken encodes without the GIL), each taking half
        the texts: tiktoken's own batch call submits a task per text, which costs a third of the work. One
        thread in a worker process (its sibling workers keep the cores busy: a second thread there only adds
        about 40% CPU, measured at 10k records)."""
        encode = self.encoding.encode_ordinary
        texts = list(texts)
        if len(texts) < 64 or in_worker():
            return [len(encode(t)) for t in texts]
        half = len(texts) // 2
        with ThreadPoolExecutor(1) as pool:  # the other half on this thread
            first = pool.submit(lambda: [len(encode(t)) for t in texts[:half]])
            second = [len(encode(t)) for t in texts[half:]]
            return first.result() + second


class HFTokenizerCounter:
    """Exact counts with a model's tokenizer.json; chat-template markers in the text are its special tokens."""

    exact = True

    def __init__(self, path: str | Path) -> None:
        try:
            from tokenizers import Tokenizer
        except ImportError:  # pragma: no cover - optional extra
            raise UserError(
                "tokens.tokenizer_json needs the 'tokenizers' package: pip install 'unwritten-curation[tokenizers]'"
            ) from None
        path = Path(path)
        if path.is_dir():
            path = path / "tokenizer.json"
        if not path.is_file():
            raise UserError(f"tokenizer file not found: {path}")
        try:
            self.tokenizer = Tokenizer.from_file(str(path))
        except Exception as e:  # tokenizers raises a bare Exception on malformed files
            raise UserError(f"{path}: not a valid tokenizer.json: {e}") from None
        self.name = f"tokenizer.json:{path.parent.name or path.name}"

    def count(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False).ids)

    def count_batch(self, texts: Sequence[str]) -> list[int]:
        return [len(e.ids) for e in self.tokenizer.encode_batch(list(texts), add_special_tokens=False)]


@functools.lru_cache(maxsize=8)
def get_counter(encoding: str = DEFAULT_ENCODING, tokenizer_json: str | None = None) -> TokenCounter:
    """A cached counter: the tokenizer.json when given, else the tiktoken encoding."""
    if tokenizer_json:
        return HFTokenizerCounter(tokenizer_json)
    try:
        return TiktokenCounter(encoding)
    except EncodingUnavailable as e:
        return _offline_fallback(str(e))


def render_chatml(turns: Sequence[dict[str, str]], roles: dict[str, str] | None = None) -> str:
    """A conversation as the chatml template renders it for training (what the token budget measures)."""
    roles = roles or CHATML_ROLES
    return "".join(f"<|im_start|>{roles.get(t['from'], t['from'])}\n{t['value']}<|im_end|>\n" for t in turns)


def count_conversation(
    turns: Sequence[dict[str, str]], counter: TokenCounter | None = None, roles: dict[str, str] | None = None
) -> int:
    return (counter or get_counter()).count(render_chatml(turns, roles))
