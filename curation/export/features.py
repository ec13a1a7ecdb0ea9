"""Typed schemas of the three dataset configs, and how a Record becomes a row of each.

One place defines the columns so the Parquet files, the card's `dataset_info` and `load_dataset` agree:
numbers are numbers, lists are lists. Type-specific interaction fields differ per data type, so the full
sample travels as JSON text (`sample_json`) beside the typed columns every type shares.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from datasets import Features, List, Value

from ..domain import load_spec
from ..records import Record

CONFIGS = ("conversations", "messages", "interactions", "scenes")
#: Scene tags whose source and confidence are recorded (ingest.manuscripts.labels.TAGS).
SCENE_TAGS = ("pov", "person", "scene_type", "tension", "setting", "characters")
#: The two conversation formats: ShareGPT `conversations` (from/value; Axolotl, LLaMA-Factory) and
#: OpenAI-style `messages` (role/content with system/user/assistant; TRL, Unsloth, most trainers).
CONVERSATION_FORMATS = ("conversations", "messages")
#: OpenAI role of each ShareGPT role we write (the row contract's default names).
OPENAI_ROLES = {"system": "system", "human": "user", "gpt": "assistant"}
SPLITS = ("train", "validation", "test")

_str, _int, _float = Value("string"), Value("int64"), Value("float64")
#: the interaction tags that are typed columns (domain spec `tag_columns`, in column order)
TAG_COLUMNS = {name: Value(dtype) for name, dtype in load_spec().raw["tag_columns"].items()}

TURN = {"from": _str, "value": _str}
MESSAGE = {"role": _str, "content": _str}

METADATA = {
    "id": _str,
    "origin": _str,
    "kind": _str,
    "data_type": _str,
    "source_file": _str,
    "source_index": _int,
    "universe": _str,
    "quality": _float,
    "token_count": _int,
    "master_truths_version": _str,
    **TAG_COLUMNS,  # interaction tags
    # scene tags
    "pov": _str,
    "person": _str,
    "scene_type": _str,
    "chapter": _int,
    "chapter_title": _str,
    "part": _str,
    "word_count": _int,
    "tension": _int,
    "characters": List(_str),
    "setting": _str,
    "split_part": _int,
    "split_parts": _int,  # set when the token budget split an over-long scene
    "prompt_source": _str,  # scenes: "template" or "llm_summary"
    "repairs": List(_str),
    "violations": List(_str),
}

FEATURES: dict[str, Features] = {
    "conversations": Features({"conversations": List(TURN), "metadata": METADATA}),
    "messages": Features({"messages": List(MESSAGE), "metadata": METADATA}),
    "interactions": Features(
        {
            "id": _str,
            "data_type": _str,
            "master_truths_version": _str,
            "source_file": _str,
            "source_index": _int,
            "batch_number": _int,
            "quality": _float,
            **TAG_COLUMNS,
            "repairs": List(_str),
            "violations": List(_str),
            "group": _str,
            "sample_json": _str,
        }
    ),
    "scenes": Features(
        {
            "id": _str,
            "universe": _str,
            "source_file": _str,
            "part": _str,
            "chapter": _int,
            "chapter_title": _str,
            "scene_index": _int,
            "chunk_index": _int,
            "pov": _str,
            "pov_confidence": _float,
            "person": _str,
            "scene_type": _str,
            "scene_type_features_json": _str,
            "word_count": _int,
            "token_count": _int,
            "tension": _int,
            "characters": List(_str),
            "worldbuilding_terms": List(_str),
            "setting": _str,
            "split_part": _int,
            "split_parts": _int,
            "prompt_source": _str,
            "group": _str,
            # where each tag came from (heuristic | llm | override) and how sure its source was; the review key
            "chunk_key": _str,
            "tag_sources": {t: _str for t in SCENE_TAGS},
            "tag_confidence": {t: _float for t in SCENE_TAGS},
            "review": List(_str),
            "summary": _str,
            "text": _str,
        }
    ),
}


def _value_coercer(dtype: str) -> Callable[[Any], Any]:
    """Fits a value to one `Value` type; a value that cannot be represented becomes None."""
    if dtype == "string":

        def to_str(v: Any) -> Any:
            if v is None or isinstance(v, str):
                return v
            try:
                return json.dumps(v, ensure_ascii=False, sort_keys=True)
            except (TypeError, ValueError):
                return None

        return to_str
    if dtype == "int64":

        def to_int(v: Any) -> Any:
            if v is None or isinstance(v, bool) or not isinstance(v, (int, float)):
                return None
            try:
                return None if v != int(v) else int(v)
            except (TypeError, ValueError):
                return None

        return to_int
    if dtype == "float64":
        return lambda v: None if v is None or isinstance(v, bool) or not isinstance(v, (int, float)) else float(v)
    return lambda v: v


def _coercer(feature: Any) -> Callable[[Any], Any]:
    """A function fitting a Python value to `feature` (a `Value`, a `List` or a dict of features; what does
    not fit becomes None), compiled once per feature so rows pay no per-value type dispatch."""
    if isinstance(feature, List):
        inner = _coercer(feature.feature)
        return lambda v: None if v is None or not isinstance(v, (list, tuple)) else [inner(x) for x in v]
    if isinstance(feature, dict):
        fields = [(k, _coercer(f)) for k, f in feature.items()]

        def to_dict(v: Any) -> Any:
            if v is None:
                return None
            get = v.get if isinstance(v, dict) else {}.get
            return {k: c(get(k)) for k, c in fields}

        return to_dict
    return _value_coercer(feature.dtype)


_FITTERS: dict[int, tuple[Features, Callable[[Any], Any]]] = {}


def _fit(row: dict[str, Any], features: Features) -> dict[str, Any]:
    """The row with every feature's column fitted to its type; other keys left out."""
    fitter = _FITTERS.get(id(features))
    if fitter is None or fitter[0] is not features:
        fitter = _FITTERS[id(features)] = (features, _coercer(features))
    return fitter[1](row)


def conversation_row(r: Record) -> dict[str, Any]:
    m = r.metadata
    meta = {
        **m,
        "id": r.id,
        "origin": r.origin or r.id,
        "kind": r.kind,
        "data_type": r.data_type,
        "source_file": r.source.file,
        "source_index": r.source.index,
        "repairs": list(r.repairs),
        "violations": list(r.violations),
    }
    return _fit(
        {"conversations": [{"from": t["from"], "value": t["value"]} for t in r.conversations], "metadata": meta},
        FEATURES["conversations"],
    )


def messages_row(
    r: Record, roles: dict[str, str] | None = None, conversation: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The conversation row in OpenAI form; `roles` maps our role names to system/user/assistant;
    `conversation`: the record's `conversation_row` when the caller has it already."""
    roles = roles or OPENAI_ROLES
    row = conversation if conversation is not None else conversation_row(r)
    return {
        "messages": [{"role": roles.get(t["from"], t["from"]), "content": t["value"]} for t in row["conversations"]],
        "metadata": row["metadata"],
    }


def interaction_row(r: Record) -> dict[str, Any]:
    m = r.metadata
    return _fit(
        {
            **m,
            "id": r.origin or r.id,
            "data_type": r.data_type,
            "source_file": r.source.file,
            "source_index": r.source.index,
            "repairs": list(r.repairs),
            "violations": list(r.violations),
            "group": r.group,
            "sample_json": json.dumps(r.data, ensure_ascii=False, sort_keys=True),
        },
        FEATURES["interactions"],
    )


def scene_row(r: Record) -> dict[str, Any]:
    m = r.metadata
    return _fit(
        {
            **m,
            "id": r.id,
            "source_file": r.source.file,
            "group": r.group,
            "text": r.data.get("text"),
            "scene_type_features_json": json.dumps(m.get("scene_type_features") or {}, sort_keys=True),
        },
        FEATURES["scenes"],
    )


ROW_BUILDERS: dict[str, tuple[Callable[[Record], bool], Callable[[Record], dict[str, Any]]]] = {
    "conversations": (lambda r: bool(r.conversations), conversation_row),
    "messages": (lambda r: bool(r.conversations), messages_row),
    "interactions": (lambda r: r.kind == "interaction", interaction_row),
    "scenes": (lambda r: r.kind == "scene", scene_row),
}
