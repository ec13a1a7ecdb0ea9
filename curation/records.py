"""The one record type that flows through every stage.

A `Record` is born in an ingest step (one interaction sample, or one manuscript chunk), is validated,
converted to conversation turns, filtered, deduplicated, balanced and split, and finally written to the
dataset folder. Everything a later stage or the card needs travels on the record itself, so stages stay
independent of each other and of where the record came from.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["interaction", "scene"]
KINDS: tuple[str, ...] = ("interaction", "scene")

#: Role names used in the Axolotl "sharegpt-style" rows we write.
SYSTEM, HUMAN, GPT = "system", "human", "gpt"


@dataclass(frozen=True)
class Source:
    """Where a record came from: file (as given, posix style) and position inside it."""

    file: str
    index: int | None = None
    locator: str | None = None  # human-readable place, e.g. "samples[3]" or "chapter 2, scene 1"

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "index": self.index, "locator": self.locator}


@dataclass
class Record:
    """One training example on its way through the pipeline.

    - `data` is the structured payload: the interaction sample's fields, or for a scene
      ``{"text": ...}`` plus structural facts.
    - `conversations` is filled by the convert step: ``[{"from": "system"|"human"|"gpt", "value": str}]``.
    - `metadata` holds tags and scores (pov, scene_type, quality, token_count, ...).
    - `repairs` / `violations` are audit trails: what salvage changed, which named rules failed.
    - `group` keys records that must land in the same split (one scene's chunks, one base scenario,
      one near-duplicate cluster).
    - `origin` is the id of the source item a record was derived from (a record expanded into several
      conversation rows keeps its origin).
    """

    id: str
    kind: str
    source: Source
    data: dict[str, Any] = field(default_factory=dict)
    data_type: str | None = None
    conversations: list[dict[str, str]] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    repairs: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    group: str | None = None
    origin: str | None = None

    # ---- derived views -------------------------------------------------------------------------
    @property
    def quality(self) -> float | None:
        q = self.metadata.get("quality")
        return float(q) if isinstance(q, (int, float)) else None

    def content(self) -> str:
        """The text that makes this record what it is (used by dedupe and filters).

        Assistant turns only: system prompts and templated human prompts are shared across many
        records and would make unrelated records look alike. Before conversion, the scene text or
        the interaction's own prose.
        """
        answers = [t["value"] for t in self.conversations if t.get("from") == GPT]
        if answers:
            return "\n\n".join(answers)
        if "text" in self.data and isinstance(self.data["text"], str):
            return self.data["text"]
        return json.dumps(self.data, ensure_ascii=False, sort_keys=True)

    def content_hash(self) -> str:
        return content_hash(self.content())

    def priority_key(self, content_hash: str | None = None) -> tuple:
        """Deterministic keep order, independent of input order: manuscript before synthetic,
        then higher quality, then smallest content hash. Lower sorts first (= kept).
        `content_hash`: this record's `content_hash()` when the caller already has it."""
        q = self.quality
        return (0 if self.kind == "scene" else 1, -(q if q is not None else -1.0), content_hash or self.content_hash())

    def reject_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "data_type": self.data_type,
            "source_file": self.source.file,
            "index": self.source.index,
            "locator": self.source.locator,
        }


def normalize_text(text: str) -> str:
    """Normalisation used for exact-duplicate identity: NFKC, casefold, collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def stable_id(*parts: Any) -> str:
    """Short deterministic id from the parts that identify a record's origin."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:16]


#: frame tags of an encoded record (spill files, records sent between processes): its fields as a pickled
#: tuple (the usual case: about twice as fast as pickling the dataclass, which goes through its reduce
#: protocol), or the whole pickled record (a subclass, or a record carrying an attribute of its own)
_FIELDS, _WHOLE = b"F", b"W"
_N_FIELDS = len(Record.__dataclass_fields__)
_PROTOCOL = pickle.HIGHEST_PROTOCOL


def encode_record(record: Record) -> bytes:
    """One record as bytes that `decode_record` turns back into an equal record (types kept exactly)."""
    if type(record) is Record and type(record.source) is Source and len(record.__dict__) == _N_FIELDS:
        s = record.source
        fields = (
            record.id,
            record.kind,
            s.file,
            s.index,
            s.locator,
            record.data,
            record.data_type,
            record.conversations,
            record.metadata,
            record.repairs,
            record.violations,
            record.group,
            record.origin,
        )
        return _FIELDS + pickle.dumps(fields, protocol=_PROTOCOL)
    return _WHOLE + pickle.dumps(record, protocol=_PROTOCOL)


def decode_record(frame: bytes) -> Record:
    if frame[:1] == _WHOLE:
        return pickle.loads(memoryview(frame)[1:])
    (rid, kind, file, index, locator, data, data_type, conversations, metadata, repairs, violations, group, origin) = (
        pickle.loads(memoryview(frame)[1:])
    )
    return Record(
        rid,
        kind,
        Source(file, index, locator),
        data,
        data_type,
        conversations,
        metadata,
        repairs,
        violations,
        group,
        origin,
    )
