"""What analytics reads off one record: version, batch file, spectrum position, capacity, complexity, text.

Records reach analytics in several shapes (fresh from a batch, converted, read back from Parquet or a
conversation JSONL), so every facet is looked up in a fixed order: the record's metadata tag first (what
the interaction ingest and the dataset folder carry), then a sample field of that name, then the fields
the record's data type keeps it in (its roles in the domain spec, curation/domain/spec.yaml).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from ...domain import TypeSpec, load_spec
from ...records import GPT, Record
from .discovery import normalize_version as _ingest_normalize_version
from .normalize import values_at
from .rules import AUTHENTICITY_BUCKETS, CAPACITY_BUCKETS, authenticity_bucket, capacity_bucket

#: Authenticity bands and capacity levels are the Master Truths rules' own (interaction ingest).
AUTHENTICITY_CATEGORIES = tuple(AUTHENTICITY_BUCKETS)
CAPACITY_LEVELS = tuple(CAPACITY_BUCKETS)

_SPEC = load_spec()
#: Quality bands of the domain spec (rules.quality_bands), lowest first.
QUALITY_CATEGORIES = tuple(reversed([name for name, _ in _SPEC.rules.quality_bands]))
quality_band = _SPEC.rules.quality_band


def _role_paths(facet: str, t: TypeSpec) -> tuple[str, ...]:
    """Where a type keeps a facet (its roles in the domain spec)."""
    r = t.roles
    if facet == "version":
        return r.version
    if facet in ("authenticity_score",):
        return r.capacity.get("authenticity_score", ())
    if facet == "effective_capacity":
        return r.capacity.get("effective", ())
    return r.labels.get(facet, ())


@functools.lru_cache(maxsize=64)
def _paths(facet: str, data_type: str | None) -> tuple[str, ...]:
    """Lookup order of a facet: the record's metadata tag, the sample's own tag-named field, then the fields
    the record's type keeps it in (every type's, for a record of unknown type)."""
    # a version may sit wherever any type keeps one (a combine step may relabel a sample's type)
    types = [_SPEC.types[data_type]] if data_type in _SPEC.types and facet != "version" else list(_SPEC.types.values())
    tag = "master_truths_version" if facet == "version" else facet
    out = [f"m:{tag}", f"d:{tag}"]
    for t in types:
        out += [f"d:{p}" for p in _role_paths(facet, t)]
    return tuple(dict.fromkeys(out))


_FACETS = (
    "version",
    "authenticity_score",
    "authenticity_target",
    "effective_capacity",
    "capacity_level",
    "complexity_type",
)


def _get(root: Any, dotted: str) -> Any:
    node = root
    for part in dotted.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def lookup(record: Record, facet: str) -> Any:
    """The first non-empty value of `facet` along its lookup paths, or None."""
    if facet not in _FACETS:
        raise KeyError(facet)
    for path in _paths(facet, record.data_type):
        where, dotted = path.split(":", 1)
        value = _get(record.metadata if where == "m" else record.data, dotted)
        if value is not None and value != "":
            return value
    return None


def _number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v)
        except ValueError:
            return None
    return None


def _label(v: Any) -> str | None:
    if not isinstance(v, str) or not v.strip():
        return None
    return "_".join(v.strip().lower().replace("-", " ").split())


def normalize_version(v: Any) -> str:
    """'1.2', 'v1.2', 'V1.2 ' -> 'v1.2' (the ingest's spelling); anything absent -> 'unknown'."""
    if isinstance(v, str) and v.strip().lower() == "unknown":
        return "unknown"
    return _ingest_normalize_version(v) or "unknown"


def batch_file_of(record: Record) -> str:
    return str(record.metadata.get("batch_file") or record.source.file)


def text_of(record: Record) -> str:
    """The character's words: assistant turns when converted, else the sample's prose fields (its type's
    `prose` role; every type's for a record of unknown type)."""
    answers = [t.get("value", "") for t in record.conversations if t.get("from") == GPT]
    if answers:
        return "\n\n".join(a for a in answers if isinstance(a, str))
    types = [_SPEC.types[record.data_type]] if record.data_type in _SPEC.types else list(_SPEC.types.values())
    paths = dict.fromkeys(p for t in types for p in t.roles.prose)
    parts = [v for p in paths for v in values_at(record.data, p) if isinstance(v, str)]
    if parts:
        return "\n\n".join(parts)
    return "\n".join(v for _, v in sorted(record.data.items()) if isinstance(v, str))


@dataclass(slots=True)
class Facets:
    """One record's analytic view (computed once per record)."""

    unit: str  # origin or id: rows of one source sample count once in sample-level figures
    kind: str
    data_type: str
    scene_type: str | None
    version: str
    batch_file: str
    quality: float | None
    authenticity: float | None
    authenticity_category: str | None
    capacity: float | None
    capacity_level: str | None
    complexity: str | None
    violations: tuple[str, ...]
    text: str
    token_count: int | None


def facets_of(record: Record) -> Facets:
    auth = _number(lookup(record, "authenticity_score"))
    t = _SPEC.types.get(record.data_type or "")
    if (
        auth is None
        and t is not None
        and t.roles.quality[:1]
        and t.roles.quality[0] in t.roles.capacity.get("authenticity_score", ())
    ):
        auth = record.quality  # the type's quality field is its authenticity score
    auth_cat = authenticity_bucket(auth) if auth is not None else _label(lookup(record, "authenticity_target"))
    cap = _number(lookup(record, "effective_capacity"))
    cap_level = capacity_bucket(cap) if cap is not None else _label(lookup(record, "capacity_level"))
    tokens = record.metadata.get("token_count")
    data_type = (
        record.data_type or record.metadata.get("data_type") or ("scene" if record.kind == "scene" else "unknown")
    )
    return Facets(
        unit=record.origin or record.metadata.get("origin") or record.id,
        kind=record.kind,
        data_type=str(data_type),
        scene_type=_label(record.metadata.get("scene_type")),
        version=normalize_version(lookup(record, "version")),
        batch_file=batch_file_of(record),
        quality=record.quality,
        authenticity=auth,
        authenticity_category=auth_cat if auth_cat in AUTHENTICITY_CATEGORIES else None,
        capacity=cap,
        capacity_level=cap_level if cap_level in CAPACITY_LEVELS else None,
        complexity=_label(lookup(record, "complexity_type")),
        violations=tuple(record.violations),
        text=text_of(record),
        token_count=tokens if isinstance(tokens, int) and not isinstance(tokens, bool) else None,
    )
