"""Find batch files and the samples inside them, whatever the file shape; tell each sample's data type.

Shapes (docs/interaction-formats.md): typed batches and systematic batches (`{"samples": [...]}` with a
header), multi-step batches, combined and split files (arrays of samples), combined-by-type objects
(`{"emotional_authenticity": [...], ...}`), a single sample, JSON Lines. The data type comes from the
content: an explicit `data_type` (sample, then batch header, then the key it is filed under) when the
sample's fields agree with it, else the type whose required fields the sample has; the file name is
only the last hint.
"""

from __future__ import annotations

import fnmatch
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain import Spec, load_spec
from ...llm.salvage import ParsedFile, Repaired, parse_file_bytes
from .markdown import is_markdown, parse_markdown
from .normalize import normalize_label

#: Keys a combine/split step adds to a sample; they describe the sample rather than belong to it.
SAMPLE_META_KEYS = ("data_type", "master_truths_version")
_CONTAINER_KEYS = (
    "samples",
    "data",
    "interactions",
    "examples",
    "records",
    "items",
    "results",
    "outputs",
    "generations",
    "entries",
    "rows",
    "dataset",
    "batch",
    "train",
    "validation",
    "test",
    "training_data",
)
#: Keys a sample's (or batch header's) data-type label may be under; a value counts only when it names a type
#: (in this order: the first that does wins). "kind", "task", "record_type", "_type", "@type": how API dumps,
#: instruction datasets and JSON-LD / search-index exports label a record.
TYPE_LABEL_KEYS = (
    "data_type",
    "dataType",
    "type",
    "category",
    "sample_type",
    "kind",
    "task",
    "task_type",
    "record_type",
    "_type",
    "@type",
)
#: Label keys whose value, when it names no known type, is still the user's own word for the record's type.
RAW_LABEL_KEYS = ("data_type", "dataType", "sample_type")
_CONTAINER_SET = frozenset(_CONTAINER_KEYS)
_LABEL_KEY_SET = frozenset(TYPE_LABEL_KEYS)
_MAX_NESTING = 4
_SPLIT_KEYS = ("train", "validation", "test")
_BATCH_NUMBER = re.compile(r"batch[_-]?(\d+)", re.I)
_VERSION = re.compile(r"(?:^|[^a-z0-9])v(\d+\.\d+)", re.I)
_DETECT_MIN = 0.5
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_PACKAGE = load_spec()


def canonical_type(label: Any, spec: Spec | None = None) -> str | None:
    """A data-type label ('Emotional Authenticity', 'multi_step_interaction') as a known type, or None."""
    if not isinstance(label, str):
        return None
    return _canonical_label(label, spec or _PACKAGE)


@functools.lru_cache(maxsize=1024)
def _canonical_label(label: str, spec: Spec) -> str | None:
    if not label.strip():
        return None
    found = spec.label_index.get(normalize_label(label))
    if found is None and _CAMEL.search(label):  # 'memoryResonance', 'PersonalityTraits'
        found = spec.label_index.get(normalize_label(_CAMEL.sub(r"\1_\2", label)))
    return found


def type_label(obj: dict[str, Any], spec: Spec | None = None) -> tuple[str | None, str | None]:
    """(data type, key it was under) from the first label key whose value names a data type."""
    if _LABEL_KEY_SET.isdisjoint(obj):  # the common case: a record with no label key at all
        return None, None
    for k in TYPE_LABEL_KEYS:
        v = obj.get(k)
        if v is not None:
            t = canonical_type(v, spec)
            if t is not None:
                return t, k
    return None, None


def raw_label(obj: dict[str, Any]) -> str | None:
    """The record's own type label as written (stripped), known type or not: `unwritten schema` and the build's
    untyped-file stop read it alike."""
    for k in RAW_LABEL_KEYS:
        v = obj.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def looks_like_sample(obj: dict[str, Any], spec: Spec | None = None) -> bool:
    """The object's fields identify a data type (so a list inside it is a field, not a sample container)."""
    keys = set(obj)
    spec = spec or _PACKAGE
    return any(type_score(t, keys, spec) >= _DETECT_MIN for t in spec.types)


@functools.lru_cache(maxsize=64)
def _groups(spec: Spec) -> dict[str, list[frozenset[str]]]:
    """Per type, one name set per required field (its name, aliases and the user's mapped names)."""
    out = {}
    # a mapped name that feeds several of our fields, or is mapped in several types, is a wrapper of theirs
    # (`data.reply`, `data.score`): it says nothing about which type a sample is
    feeds: dict[str, set[tuple[str, str]]] = {}
    for name, t in spec.types.items():
        fmap = spec.field_map(name)
        for f in t.fields:
            for src in fmap.top_level_sources(f.name):
                feeds.setdefault(src, set()).add((name, f.name))
    wrappers = {src for src, fed in feeds.items() if len(fed) > 1}
    for name, t in spec.types.items():
        fmap = spec.field_map(name)
        groups = [
            frozenset((f.name, *f.aliases, *(s for s in fmap.top_level_sources(f.name) if s not in wrappers)))
            for f in t.fields
            if f.required
        ]
        if t.identifying_fields:  # any of the composed parts identifies the type (counts twice)
            groups = [frozenset(t.identifying_fields)] * 2 + groups
        out[name] = groups or [frozenset(f.name for f in t.fields)]
    return out


def type_score(data_type: str, keys: set[str], spec: Spec | None = None) -> float:
    groups = _groups(spec or _PACKAGE)[data_type]
    return sum(1 for g in groups if not g.isdisjoint(keys)) / len(groups)


def detect_type(
    sample: dict[str, Any], explicit: str | None, file_hint: str | None, spec: Spec | None = None
) -> tuple[str | None, bool]:
    """(data type, decided against the explicit label). See module docstring for the order."""
    spec = spec or _PACKAGE
    keys = set(sample)
    if explicit is not None and type_score(explicit, keys, spec) >= _DETECT_MIN:
        return explicit, False
    scores = sorted(((type_score(t, keys, spec), t) for t in spec.types), reverse=True)
    best_score, best = scores[0]
    if best_score >= _DETECT_MIN and (len(scores) < 2 or scores[1][0] < best_score or best == explicit):
        return best, explicit is not None and best != explicit
    if explicit is not None:
        return explicit, False
    if file_hint is not None:
        return file_hint, False
    if best_score >= _DETECT_MIN:  # a tie: prefer the file's type, else the first
        return best, False
    return None, False


_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def file_type_hint(path: Path, spec: Spec | None = None) -> str | None:
    """The data type a file's name states: a type's name (`emotional_authenticity_001.json`,
    `multistep.json`), or its words in any spelling and a label synonym, as a label inside a file would say
    it (`memory-resonance_001.jsonl`, `irony_batch.json`, `Personality.json`); the longest wins."""
    spec = spec or _PACKAGE
    name = path.name.lower()
    for t in sorted(spec.types, key=len, reverse=True):
        if t in name or t.replace("_", "") in name:
            return t
    words = [w.lower() for w in _NAME_WORD.findall(path.name.split(".", 1)[0])]
    index, parts = spec.label_index, _part_index(spec)
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            run = "_".join(words[i : i + n])
            found = index.get(run) or (parts.get(run) if n >= 2 else None)
            if found is not None:
                return found
    return None


@functools.lru_cache(maxsize=8)
def _part_index(spec: Spec) -> dict[str, str]:
    """The leading words (two or more) of a part that identifies one type, -> that type: a multi-step pipeline
    may name its output after the card it composes (`npc_card_sheet.json` for `npc_card_narrative`). A run that
    two types' parts begin with names neither, and so does a run with another type's label among its words
    (`npc_emotional_lote.json` holds emotional_authenticity records in the fresh4 drift family)."""
    out: dict[str, set[str]] = {}
    for name, t in spec.types.items():
        for part in t.identifying_fields:
            words = part.split("_")
            for n in range(2, len(words) + 1):
                others = {spec.label_index[w] for w in words[:n] if w in spec.label_index}
                out.setdefault("_".join(words[:n]), set()).update({name, *others})
    return {run: next(iter(types)) for run, types in out.items() if len(types) == 1}


def batch_number_from_name(path: Path) -> int | None:
    m = _BATCH_NUMBER.search(path.name)
    return int(m.group(1)) if m else None


def version_from_path(path: Path) -> str | None:
    for part in (path.name, *(p.name for p in path.parents)):
        m = _VERSION.search(part)
        if m:
            return "v" + m.group(1)
    return None


def normalize_version(v: Any) -> str | None:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        v = str(v)
    if not isinstance(v, str) or not v.strip():
        return None
    v = v.strip().lower()
    return v if v.startswith("v") else "v" + v


#: Written by `unwritten analyze` beside its outputs (combined, by-type and split files, reports): the names
#: it wrote there. A folder scan skips them, so a rerun (or a build) never reads the tool's own outputs back
#: as new samples; a file named explicitly is still read.
OWN_OUTPUTS = ".unwritten-analyze.json"
OWN_OUTPUTS_TOOL = "unwritten-curation analyze"


def own_outputs(folder: Path) -> set[str]:
    """Names of the files `unwritten analyze` recorded as its outputs in `folder` (empty when none)."""
    marker = folder / OWN_OUTPUTS
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return set()
    if not isinstance(data, dict) or data.get("tool") != OWN_OUTPUTS_TOOL or not isinstance(data.get("files"), list):
        return set()
    return {f for f in data["files"] if isinstance(f, str)}


def _dangling(path: Path) -> bool:
    return path.is_symlink() and not path.exists()


def find_files(
    paths: list[Path], include: list[str], exclude: list[str], spec: Spec | None = None
) -> tuple[list[Path], list[Path]]:
    """(files to read, files skipped by pattern, as our own analyze outputs, or as Markdown that holds no batch),
    folders scanned recursively in sorted order. A Markdown file in a folder is read only when its JSON is a
    batch (`holds_batches`, with `spec`'s field map): a README, notes or a prompt beside the batches is
    skipped and listed, never read as records."""
    chosen: list[Path] = []
    skipped: list[Path] = []
    ours: dict[Path, set[str]] = {}
    for p in paths:
        # a link whose target is gone is a file the user put there: read, to be rejected unreadable, never passed over
        candidates = sorted(f for f in p.rglob("*") if f.is_file() or _dangling(f)) if p.is_dir() else [p]
        for f in candidates:
            rel_parts = f.relative_to(p).parts if p.is_dir() else (f.name,)
            if (
                p.is_dir()
                and f.name in ours.setdefault(f.parent, own_outputs(f.parent))
                or any(fnmatch.fnmatch(part, pat) for part in rel_parts for pat in exclude)
                or p.is_dir()
                and not any(fnmatch.fnmatch(f.name, pat) for pat in include)
                or p.is_dir()
                and is_markdown(f.name)
                and not _markdown_batch(f, spec)
            ):
                skipped.append(f)
            else:
                chosen.append(f)
    return chosen, skipped


def parse_batch_bytes(raw: bytes, path: Path) -> ParsedFile:
    """One batch file's bytes parsed by its kind: JSON Lines (`.jsonl`), Markdown's fenced JSON (`.md`,
    `.markdown`), else JSON with the salvage of LLM output. A Markdown file `find_files` parsed to choose it is not
    parsed again (its parse is handed over once, if the bytes are still the same)."""
    if is_markdown(path.name):
        parsed = _MARKDOWN_SEEN.take(path, raw)
        return parsed if parsed is not None else parse_markdown(raw)
    return parse_file_bytes(raw, lines=path.suffix.lower() == ".jsonl")


class _ParsedMarkdown:
    """Markdown files `find_files` parsed to tell a batch from a note, handed to the read that follows
    (`parse_batch_bytes` takes each once, if its bytes are the same). Only parses nothing has read yet are kept, up
    to a bound in bytes (a file past it is parsed again when read)."""

    LIMIT = 16 * 2**20

    def __init__(self) -> None:
        self.kept: dict[Path, tuple[bytes, ParsedFile]] = {}
        self.size = 0

    def get(self, path: Path, raw: bytes) -> ParsedFile | None:
        seen = self.kept.get(path)
        return seen[1] if seen is not None and seen[0] == raw else None

    def put(self, path: Path, raw: bytes, parsed: ParsedFile) -> None:
        self.take(path, b"")
        if self.size + len(raw) <= self.LIMIT:
            self.kept[path] = (raw, parsed)
            self.size += len(raw)

    def take(self, path: Path, raw: bytes) -> ParsedFile | None:
        seen = self.kept.pop(path, None)
        if seen is None:
            return None
        self.size -= len(seen[0])
        return seen[1] if seen[0] == raw else None


_MARKDOWN_SEEN = _ParsedMarkdown()


def holds_batches(parsed: ParsedFile, spec: Spec | None = None, hint: str | None = None) -> bool:
    """The parsed JSON is a batch: it holds records in an array (or a container's), or is a lone record that
    its fields, its data-type label or its file name (`hint`) say is one. A settings object or a stats table in
    a notes file is not."""
    if parsed.error:
        return False
    spec = spec or _PACKAGE
    for item in iter_samples(parsed, spec):
        if not isinstance(item, RawSample) or not isinstance(item.value, dict):
            continue  # a Lost element is no evidence: a broken block of a notes file is not a batch
        if "[" in item.locator or hint is not None:
            return True
        if looks_like_sample(item.value, spec) or type_label(item.value, spec)[0] is not None:
            return True
    return False


def _markdown_batch(path: Path, spec: Spec | None) -> bool:
    """A Markdown file found in a folder holds a batch (an unreadable one is read, to be rejected with its reason)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return True
    parsed = _MARKDOWN_SEEN.get(path, raw)
    if parsed is None:
        parsed = parse_markdown(raw)
    batch = holds_batches(parsed, spec, file_type_hint(path, spec))  # (reads the parse; changes nothing in it)
    if batch:
        _MARKDOWN_SEEN.put(path, raw, parsed)
    return batch


@dataclass
class RawSample:
    """One element found in a file, before it becomes a record."""

    index: int  # position in its document's sample array(s) (0-based)
    locator: str
    value: Any  # the sample dict, or a `Lost` marker
    repairs: list[str] = field(default_factory=list)
    explicit_type: str | None = None
    header: dict[str, Any] = field(default_factory=dict)
    document: int = 0  # which JSON document of the file (only concatenated files have more than one)


@dataclass
class Unrecognised:
    """A document (or part) that holds no samples we recognise."""

    locator: str
    detail: str


def _header_of(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if not isinstance(v, (list, dict))}


def iter_samples(parsed: ParsedFile, spec: Spec | None = None) -> Iterator[RawSample | Unrecognised]:
    """Every sample of every document in the file, with header and type label it was found under."""
    multi = len(parsed.documents) > 1
    for d, doc in enumerate(parsed.documents):
        prefix = f"doc{d}:" if multi else ""
        for item in _walk(doc.value, {}, None, prefix, list(doc.repairs), [0], 0, spec or _PACKAGE):
            if isinstance(item, RawSample):
                item.document = d
            yield item


def _emit(
    value: Any,
    header: dict[str, Any],
    explicit: str | None,
    locator: str,
    repairs: list[str],
    counter: list[int],
    spec: Spec = _PACKAGE,
) -> RawSample:
    extra: list[str] = []
    if isinstance(value, Repaired):
        extra = value.repairs
        value = value.value
    if isinstance(value, dict):  # a wrapper {"data_type": ..., "sample": {...}}
        inner = value.get("sample") if isinstance(value.get("sample"), dict) else None
        if inner is not None and set(value) <= {"sample", *SAMPLE_META_KEYS, *spec.quality_keys, "batch_number"}:
            outer = {k: v for k, v in value.items() if k != "sample"}
            value = {**inner, **{k: v for k, v in outer.items() if k in SAMPLE_META_KEYS and k not in inner}}
        else:
            value = _unwrap_envelope(value, spec)
    rs = RawSample(counter[0], locator, value, repairs + extra, explicit, header)
    counter[0] += 1
    return rs


#: an API's envelope around one record: JSON:API {"type", "id", "attributes": {...}}, Airtable {"id",
#: "createdTime", "fields": {...}}, a queue's {"id", "payload": {...}}; beside it only short scalars (an id, a type
#: label, a time) and the envelope's own links/meta
_ENVELOPE_KEYS = ("attributes", "fields", "payload")
_ENVELOPE_SIBLINGS = frozenset({"links", "meta", "relationships"})
_ENVELOPE_IDS = frozenset({"id", "_id", "@id"})  # an envelope names its record (a record's own fields rarely "id")
_ENVELOPE_SCALAR_CHARS = 80


def _unwrap_envelope(value: dict[str, Any], spec: Spec) -> dict[str, Any]:
    """The record inside an API envelope, with the envelope's scalars it does not hold itself (a type label is
    read from there); any other object is returned as it is."""
    if len(value) > 6 or _ENVELOPE_IDS.isdisjoint(value):  # most records: no envelope id, or too many keys
        return value
    keys = [k for k in _ENVELOPE_KEYS if isinstance(value.get(k), dict) and value[k]]
    if len(keys) != 1:
        return value
    key = keys[0]
    for k, v in value.items():
        if k == key or k in _ENVELOPE_SIBLINGS:
            continue
        if isinstance(v, (dict, list)) or (isinstance(v, str) and len(v) > _ENVELOPE_SCALAR_CHARS):
            return value  # a field of the record's own, not an envelope's id or label
    if looks_like_sample(value, spec):
        return value
    inner = value[key]
    return {**inner, **{k: v for k, v in value.items() if k != key and k not in _ENVELOPE_SIBLINGS and k not in inner}}


def _is_container(value: Any, spec: Spec) -> bool:
    """A dict that holds samples rather than being one: a known container key with a list, not a sample."""
    return (
        isinstance(value, dict)
        and not _CONTAINER_SET.isdisjoint(value)
        and any(isinstance(value.get(k), list) for k in _CONTAINER_KEYS)
        and not looks_like_sample(value, spec)
    )


def _walk(
    value: Any,
    header: dict[str, Any],
    explicit: str | None,
    locator: str,
    repairs: list[str],
    counter: list[int],
    depth: int = 0,
    spec: Spec = _PACKAGE,
) -> Iterator[RawSample | Unrecognised]:
    if isinstance(value, list):
        for i, el in enumerate(value):
            if (isinstance(el, dict) and (isinstance(el.get("samples"), list) or _is_container(el, spec))) or (
                # a list of records inside the list: JSON Lines whose every line is one call's array of records
                type(el) is list and el and depth < _MAX_NESTING and all(isinstance(x, dict) for x in el)
            ):
                yield from _walk(el, header, explicit, f"{locator}[{i}]", repairs, counter, depth + 1, spec)
            else:
                yield _emit(el, header, explicit, f"{locator}[{i}]", repairs, counter, spec)
        return
    if isinstance(value, dict):
        if not value:
            return  # {}: nothing in it (the file is reported as holding no samples)
        sample_like = looks_like_sample(value, spec)
        containers = [] if sample_like else [k for k in _CONTAINER_KEYS if isinstance(value.get(k), list)]
        if isinstance(value.get("samples"), list) and "samples" not in containers:
            containers.insert(0, "samples")
        if containers:
            hdr = {**header, **_header_of(value)}
            label = type_label(value, spec)[0] or explicit
            splits = [k for k in containers if k in _SPLIT_KEYS]
            for key in splits if len(splits) == len(containers) else containers[:1]:
                h = {**hdr, "input_split": key} if key in _SPLIT_KEYS else hdr
                yield from _walk(value[key], h, label, f"{locator}{key}", repairs, counter, depth + 1, spec)
            return
        typed = [(k, v) for k, v in value.items() if canonical_type(k, spec) and isinstance(v, list)]
        if typed:
            hdr = {**header, **_header_of(value)}
            for k, v in typed:
                yield from _walk(v, hdr, canonical_type(k, spec), f"{locator}{k}", repairs, counter, depth + 1, spec)
            return
        if not sample_like and depth < _MAX_NESTING:
            # a wrapper under unknown keys ({"response": {"output": [...]}}): walk the nested objects and
            # lists of objects it holds; a lone object that matches no type is still emitted (and rejected)
            nested = [
                (k, v)
                for k, v in value.items()
                if (isinstance(v, list) and v and all(isinstance(x, dict) for x in v))
                or (isinstance(v, dict) and v and _holds_samples(v, depth + 1, spec))
            ]
            if nested:
                hdr = {**header, **_header_of(value)}
                label = type_label(value, spec)[0] or explicit
                for k, held in nested:
                    yield from _walk(held, hdr, label, f"{locator}{k}.", repairs, counter, depth + 1, spec)
                return
        yield _emit(value, header, explicit, locator or "$", repairs, counter, spec)
        return
    yield Unrecognised(locator or "$", f"top-level {type(value).__name__}, not a batch or sample")


def _holds_samples(value: dict[str, Any], depth: int, spec: Spec) -> bool:
    """A nested object that is a sample or holds samples somewhere below (bounded depth)."""
    if looks_like_sample(value, spec) or _is_container(value, spec):
        return True
    if depth >= _MAX_NESTING:
        return False
    return any(
        (isinstance(v, list) and v and all(isinstance(x, dict) for x in v))
        or (isinstance(v, dict) and _holds_samples(v, depth + 1, spec))
        for v in value.values()
    )
