"""A sample's quality score: the first configured quality path it fills. Read by the ingest (a record's
quality) and by the schema matcher's rule evidence alike, so it sits below both.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from .normalize import get_path
from .rules import is_authenticity_field


@functools.lru_cache(maxsize=64)
def _explicit_first(fields: tuple[str, ...]) -> tuple[str, ...]:
    """Quality paths with the sample's own quality scores before authenticity scores (stable order)."""
    return tuple(sorted(fields, key=is_authenticity_field))


def quality_of(
    data: dict[str, Any], fields: Sequence[str], explicit_first: bool = False
) -> tuple[float | None, str | None]:
    """(score, path) of the first configured quality path the sample fills.

    `explicit_first` (spectrum-aware quality): a quality score of the sample's own (`quality_score`) wins
    over an authenticity score listed before it, because authenticity is a spectrum position, not quality.
    """
    if explicit_first:
        fields = _explicit_first(tuple(fields))
    for path in fields:
        v = get_path(data, path)
        if isinstance(v, (int, float)) and not isinstance(v, bool) and v == v:
            return float(v), path
    return None, None
