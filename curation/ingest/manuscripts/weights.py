"""`Weights`: a Counter of float evidence weights (person or pronoun -> score), typed as what it holds.

typeshed types `Counter` as a dict of ints, so adding a float weight to one fails the type check although a
Counter holds any number (its documentation says so). At run time `Weights` is `Counter` itself (missing keys
read 0 without being added, `update` adds); for the type checker it is a dict of floats with the Counter
methods the scorers call.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:

    class Weights(dict[str, float]):
        def __missing__(self, key: str) -> float: ...
        def most_common(self, n: int | None = None) -> list[tuple[str, float]]: ...

else:
    Weights = Counter
