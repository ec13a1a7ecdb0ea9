"""Token counting: tiktoken (cl100k_base by default), cached per encoding.

tiktoken downloads its BPE file once on a user's machine; in CI and tests TIKTOKEN_CACHE_DIR points at
a local copy so nothing is fetched at run time.
"""

from __future__ import annotations

import functools

import tiktoken

DEFAULT_ENCODING = "cl100k_base"


@functools.lru_cache(maxsize=8)
def get_encoding(name: str = DEFAULT_ENCODING) -> "tiktoken.Encoding":
    return tiktoken.get_encoding(name)


def count_tokens(text: str, encoding: str = DEFAULT_ENCODING) -> int:
    """Number of tokens in `text` (special-token strings in the text are counted as ordinary text)."""
    return len(get_encoding(encoding).encode_ordinary(text))
