"""Rule evidence for `unwritten schema`: which of two candidate maps the records themselves agree with.

Names and value ranges cannot tell some fields apart: a base and an effective capacity are both numbers on
the capacity scale; support needed and support provided too. The spec states relations between them
(effective = base + the factors' impacts; the support a character gives stays within effective + 2), and a
generator's valid records keep them. So a candidate map is scored by how many of the kept sample records
then fail the spec: a schema problem, a Master Truths rule violation, or a quality score under the type's
threshold (the generator's own gate: a field most valid records would fail on is not their quality score).
Planted defects fail under every map alike, so only the difference between two maps counts.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from ...domain import Spec
from ...domain.spec import FieldMap, TypeSpec
from .normalize import check, normalize
from .profile import KEY_DOT, value_at
from .quality_score import quality_of
from .rules import capacity_facts, factor_impacts, is_authenticity_field, violations
from .settings import InteractionsConfig

_CFG = InteractionsConfig()


def _read_through(samples: list[dict[str, Any]], lines: dict[str, str], t: TypeSpec) -> Iterator[dict[str, Any]]:
    """Each sample (as written, left untouched) once `lines` map its fields, normalised as the ingest reads it."""
    fm = FieldMap(tuple(lines.items()))
    for raw in samples:
        s = copy.deepcopy(raw)
        fm.apply(s, [])
        yield normalize(s, t)[0]


def failing_records(
    samples: list[dict[str, Any]], data_type: str, lines: dict[str, str], spec: Spec, limit: int = 200
) -> int:
    """How many of `samples` (as written) fail the spec once `lines` map their fields: a schema problem other
    than a missing field, a rule violation, or a quality score below the threshold (an authenticity score
    standing in for quality is a spectrum position, not judged by the threshold)."""
    t = spec.types.get(data_type)
    if t is None:
        return 0
    threshold = t.quality_threshold
    bad = 0
    for s in _read_through(samples[:limit], lines, t):
        problems = [p for p in check(s, t) if p.reason != "missing_required_field"]
        q, q_path = quality_of(s, list(t.roles.quality), explicit_first=True)
        low = q is not None and not is_authenticity_field(q_path) and q < threshold - 1e-12
        if problems or low or violations(data_type, s, _CFG, spec):
            bad += 1
    return bad


def formula_inputs(
    samples: list[dict[str, Any]], data_type: str, lines: dict[str, str], spec: Spec, limit: int = 200
) -> list[tuple[float | None, float | None, list[float] | None]]:
    """The capacity formula's inputs in `samples` (as written) read through `lines`: per record (base, effective,
    the factors' impacts), None where the record has none."""
    t = spec.types.get(data_type)
    if t is None:
        return []
    out: list[tuple[float | None, float | None, list[float] | None]] = []
    for s in _read_through(samples[:limit], lines, t):
        f = capacity_facts(data_type, s, spec)
        out.append((f.get("base"), f.get("effective"), factor_impacts(data_type, f, spec)))
    return out


def base_readings(
    samples: list[dict[str, Any]], data_type: str, sources: list[str], spec: Spec, limit: int = 200
) -> dict[str, list[float | None]]:
    """Per field of theirs in `sources` (paths as written, no list steps), per record the number the ingest makes of
    its value on the base capacity's scale ("6,5 out of 10" -> 6.5), None where there is none."""
    t = spec.types.get(data_type)
    base_paths = t.roles.capacity.get("base", ()) if t is not None else ()
    if t is None or not base_paths:
        return {}
    *parents, leaf = base_paths[0].split(".")

    def as_base(v: Any) -> float | None:
        if v is None:
            return None
        s: dict[str, Any] = {}
        inner = s
        for p in parents:
            inner = inner.setdefault(p, {})
        inner[leaf] = copy.deepcopy(v)
        return capacity_facts(data_type, normalize(s, t)[0], spec).get("base")

    return {src: [as_base(value_at(raw, src.replace("\\.", KEY_DOT))) for raw in samples[:limit]] for src in sources}
