"""`InteractionSource`: batch files in, one `Record` per recovered sample out.

For each file (folders scanned recursively, sorted): salvage the text into JSON documents, find the
samples, decide each sample's data type, repair its strings, bring it to the canonical schema
(aliases, lossless coercion) and attach the facts later stages and the report need
(`record.metadata`). A file or element that cannot be recovered is rejected with file, index and
reason; schema and rule checks are left to `ValidateInteractions`, so the source never judges.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...domain import Spec, load_spec
from ...errors import UserError
from ...jsonio import MAX_INT_DIGITS, find_huge_number
from ...llm.salvage import MAX_DEPTH, Lost, repair_strings, too_deep
from ...records import Record, Source, decode_record, encode_record, normalize_text, stable_id
from ...redact import shown_path
from ...stages.base import Context, SourceStep
from ...workers import can_fork, default_workers, ordered_map
from .discovery import (
    RawSample,
    Unrecognised,
    batch_number_from_name,
    detect_type,
    file_type_hint,
    find_files,
    iter_samples,
    normalize_version,
    parse_batch_bytes,
    raw_label,
    type_label,
    version_from_path,
)
from .normalize import get_path, normalize, null_non_finite_extras
from .quality_score import quality_of
from .rules import derived_labels, spectrum_target
from .schema_report import untyped_message
from .settings import InteractionsConfig
from .untyped import UntypedTally

log = logging.getLogger("curation.interactions")
_LONG_DIGITS = re.compile(rb"\d{%d}" % (MAX_INT_DIGITS + 1))


def _total_bytes(files: list[Path]) -> int:
    total = 0
    for f in files:
        with contextlib.suppress(OSError):  # unreadable: read_file rejects it with its reason
            total += f.stat().st_size
    return total


def _master_truths_version(version: str | None, spec: Spec) -> str | None:
    """A version a file or folder name states, when it can be a Master Truths version: the same major version as
    the spec's ("v1.1" beside v1.2). "multistep_pipeline_v2.2/" names the pipeline's version, not the rules'."""
    if version is None:
        return None
    return version if version.split(".")[0] == spec.master_truths_version.split(".")[0] else None


def _holds(value: Any, target: list[Any]) -> bool:
    """`target` (by identity) is `value` or somewhere inside it."""
    if value is target:
        return True
    if isinstance(value, dict):
        return any(_holds(v, target) for v in value.values() if isinstance(v, (dict, list)))
    if isinstance(value, list):
        return any(_holds(v, target) for v in value if isinstance(v, (dict, list)))
    return False


def group_key(data_type: str, data: dict[str, Any], spec: Spec | None = None) -> str:
    """Base-scenario key: the type plus the normalised fields that define the scenario (its `group` role)."""
    parts = [data_type]
    t = (spec or load_spec()).types.get(data_type)
    for path in t.roles.group if t is not None else ():
        v = get_path(data, path)
        parts.append(normalize_text(v) if isinstance(v, str) else "")
    return "interaction:" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


#: inputs smaller than this are read in process (starting workers costs more than it saves)
PARALLEL_MIN_BYTES = 4 << 20


class Recorder:
    """What a worker process reading batch files passes instead of the build's context: the calls, in order,
    for the parent to replay with `replay` (so ledger, rejects and record order are those of one process)."""

    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def reject_item(self, stage: Any, reason: str, **kwargs: Any) -> None:
        self.events.append(("reject_item", reason, kwargs))


def _read_in_worker(source: InteractionSource, path: Path) -> list[tuple[Any, ...]]:
    """One batch file read in a worker process: records (encoded) and rejects, in the order they happened."""
    recorder = Recorder()
    source._declared_missing = 0
    for rec in source.read_file(path, recorder):  # type: ignore[arg-type]
        recorder.events.append(("record", encode_record(rec)))
    recorder.events.append(("declared_missing", source._declared_missing))
    return recorder.events


@dataclass
class InteractionSource(SourceStep):
    """Read interaction batch files/folders into records (see module docstring).

    Large inputs are read by `workers` processes (default `default_workers()`), a file each at a time and a
    few files ahead of the build; the parent replays each file's records and rejects in file order, so the
    records, ledger and rejects are exactly those of reading in one process."""

    name = "interactions"
    kind = "interaction"
    paths: list[Path]
    settings: InteractionsConfig
    root: Path | None = None
    workers: int | None = None

    @classmethod
    def from_config(
        cls, settings: InteractionsConfig, inputs: Sequence[str], resolve: Callable[[str], Path]
    ) -> InteractionSource:
        """From the `interactions` section and the batch files/folders of `inputs.interactions`; `resolve`
        makes a configured path absolute (the config's root, which shown paths are relative to)."""
        return cls([resolve(p) for p in inputs], settings, resolve("."))

    def display(self, path: Path) -> str:
        """Path as shown in records and rejects: relative to the root (`../` steps outside it), posix style."""
        if self.root is not None:
            return shown_path(path, self.root)
        return path.as_posix()

    def files(self) -> tuple[list[Path], list[Path]]:
        return find_files(self.paths, self.settings.include, self.settings.exclude, self.settings.domain())

    def read(self, ctx: Context) -> Iterator[Record]:
        files, skipped = self.files()
        n_files = n_with_records = 0
        self._declared_missing = 0
        workers = self.workers if self.workers is not None else default_workers()
        parallel = workers > 1 and self.worth_workers(files)
        for records in self._read_parallel(files, workers, ctx) if parallel else self._read_serial(files, ctx):
            n_files += 1
            got = 0
            for rec in records:
                got += 1
                yield rec
            n_with_records += got > 0
        ctx.note(
            self,
            files_seen=n_files,
            files_with_records=n_with_records,
            files_skipped=[self.display(p) for p in skipped],
            records_declared_missing=self._declared_missing,
        )

    @staticmethod
    def worth_workers(files: list[Path]) -> bool:
        """Enough input for worker processes to pay for themselves."""
        return can_fork() and len(files) > 1 and _total_bytes(files) >= PARALLEL_MIN_BYTES

    def _read_serial(self, files: list[Path], ctx: Context) -> Iterator[Iterator[Record]]:
        for path in files:
            yield self.read_file(path, ctx)

    def _read_parallel(self, files: list[Path], workers: int, ctx: Context) -> Iterator[Iterator[Record]]:
        """Files read by worker processes, at most a few files ahead (memory stays bounded however many files)."""
        self.settings.domain()  # loaded once here, inherited by the workers
        for events in ordered_map(_read_in_worker, files, self, workers):
            yield self.replay(events, ctx)

    def replay(self, events: list[tuple[Any, ...]], ctx: Context) -> Iterator[Record]:
        """A worker's reading of one file, on `ctx`: its records yielded, its rejects made, in their order."""
        for event in events:
            if event[0] == "record":
                yield decode_record(event[1])
            elif event[0] == "reject_item":
                ctx.reject_item(self, event[1], **event[2])
            else:
                self._declared_missing += event[1]

    def _string_repairs(self, needed: frozenset[str]) -> frozenset[str]:
        s = self.settings
        allowed = {"mojibake": s.fix_mojibake, "contractions": s.fix_contractions, "invisible": s.remove_invisible}
        return frozenset(k for k in needed if allowed[k])

    def read_file(self, path: Path, ctx: Context) -> Iterator[Record]:
        shown = self.display(path)
        try:
            raw = path.read_bytes()
        except OSError as e:  # the reason alone: str(e) repeats the absolute path, which no report may hold
            ctx.reject_item(
                self, "unreadable_file", source_file=shown, index=None, error=e.strerror or type(e).__name__
            )
            return
        parsed = parse_batch_bytes(raw, path)
        self._huge_numbers = _LONG_DIGITS.search(raw) is not None  # then records are checked for HugeNumber
        if parsed.error:
            ctx.reject_item(self, parsed.error, source_file=shown, index=None, error=parsed.error_detail)
            return
        for doc in parsed.documents:  # samples a header declares that are not in the file at all
            v = doc.value
            if isinstance(v, dict) and isinstance(v.get("sample_count"), int) and isinstance(v.get("samples"), list):
                self._declared_missing += max(0, v["sample_count"] - len(v["samples"]))
        needed = self._string_repairs(parsed.string_repairs)
        spec = self.settings.domain()
        declared = self.settings.declared_type(path)  # interactions.file_types: the user's word for the file
        hint = declared or file_type_hint(path, spec)
        untyped = UntypedTally()  # this file's typed and untyped records, for the stop below
        path_version = _master_truths_version(version_from_path(path), spec)
        batch_from_name = batch_number_from_name(path)
        items = 0
        cut = {d: doc.cut_in for d, doc in enumerate(parsed.documents) if doc.cut_in is not None}
        began = {d for d, doc in enumerate(parsed.documents) if doc.cut_began}
        per_doc: dict[int, int] = {}
        for item in iter_samples(parsed, spec):
            items += 1
            if isinstance(item, Unrecognised):
                ctx.reject_item(
                    self, "no_samples_found", source_file=shown, index=None, locator=item.locator, error=item.detail
                )
                continue
            per_doc[item.document] = item.index + 1
            if cut and item.document in cut and _holds(item.value, cut[item.document]):
                # the text ends inside this sample: what was closed for it is not the record that was written
                del cut[item.document]
                item.value = Lost(item.index, "truncated_record", "the file ends inside this record")
            rec = self._record(
                item,
                parsed.repairs,
                needed,
                hint,
                path_version,
                batch_from_name,
                shown,
                ctx,
                parsed.non_finite,
                spec,
                declared,
                untyped,
            )
            if rec is not None:
                yield rec
        for d in cut.keys() & began:  # an element begun after the document's last sample: a reject, never lost
            ctx.reject_item(
                self,
                "truncated_record",
                source_file=shown,
                index=per_doc.get(d, 0),
                document=d,
                locator="<end of file>",
                error="the file ends inside a record begun after the last complete one",
            )
        if items == 0:  # valid JSON with nothing in it: [], {}, {"samples": []}
            ctx.reject_item(
                self,
                "no_samples_found",
                source_file=shown,
                index=None,
                error="the document holds no samples (empty array or object)",
            )
        # most of the file is of no type we know: its shape, not stray records (untyped.py)
        if untyped.failing(self.settings.max_untyped_share):
            raise UserError(untyped_message(shown, untyped, spec))

    def _record(
        self,
        item: RawSample,
        file_repairs: list[str],
        needed: frozenset[str],
        hint: str | None,
        path_version: str | None,
        batch_from_name: int | None,
        shown: str,
        ctx: Context,
        non_finite: bool = False,
        spec: Spec | None = None,
        declared: str | None = None,
        untyped: UntypedTally | None = None,
    ) -> Record | None:
        spec = spec or self.settings.domain()
        value = item.value
        if isinstance(value, Lost):
            ctx.reject_item(
                self,
                value.reason,
                source_file=shown,
                index=item.index,
                document=item.document,
                locator=item.locator,
                error=value.detail,
            )
            return None
        if too_deep(value):  # parsed, but deeper than any sample: rejected alone, never a later stage's crash
            ctx.reject_item(
                self,
                "nested_too_deeply",
                source_file=shown,
                index=item.index,
                document=item.document,
                locator=item.locator,
                error=f"nests more than {MAX_DEPTH} levels",
            )
            return None
        if not isinstance(value, dict):
            ctx.reject_item(
                self,
                "not_an_object",
                source_file=shown,
                index=item.index,
                document=item.document,
                locator=item.locator,
                error=f"{type(value).__name__}: {str(value)[:60]!r}",
            )
            return None
        huge = find_huge_number(value) if getattr(self, "_huge_numbers", False) else None
        if huge:
            ctx.reject_item(
                self,
                "number_too_large",
                source_file=shown,
                index=item.index,
                document=item.document,
                locator=item.locator,
                error=f"{huge}: an integer of more than {MAX_INT_DIGITS:,} digits",
            )
            return None
        repairs = [*file_repairs, *item.repairs]
        data, more = repair_strings(value, needed)
        repairs += more
        own_label, label_key = type_label(data, spec)
        # a record's own label first: a pattern written for a folder's untyped files leaves labelled ones be
        explicit = own_label or type_label(item.header, spec)[0] or item.explicit_type or declared
        data_type, against = detect_type(data, explicit, hint, spec)
        label = raw_label(data) or raw_label(item.header)  # the user's own word, as `unwritten schema` reads it
        if untyped is not None:
            untyped.add(data, data_type is not None, label)
        if data_type is None:
            ctx.reject_item(
                self,
                "unknown_data_type",
                source_file=shown,
                index=item.index,
                document=item.document,
                locator=item.locator,
                error=f"label {label!r}; fields {sorted(map(str, data))[:8]}",
            )
            return None
        if against:
            repairs.append(f"data_type_from_content:{explicit}->{data_type}")
        sample_version = data.pop("master_truths_version", None)
        data.pop("data_type", None)
        if label_key is not None:  # "type"/"category" named the data type: a label, not a field
            data.pop(label_key, None)
        tspec = spec.types[data_type]
        fmap = spec.field_map(data_type)
        if fmap:
            fmap.apply(data, repairs)
        data, more = normalize(data, tspec)
        repairs += more
        if non_finite:  # NaN/Infinity outside the schema's fields would make the written JSON invalid
            more = null_non_finite_extras(data, tspec.fields)
            repairs += more
        declared = (
            normalize_version(sample_version)
            or normalize_version(item.header.get("master_truths_version"))
            or next((v for v in (normalize_version(get_path(data, p)) for p in tspec.roles.version) if v), None)
            or path_version
        )
        # a batch that states no version (the multi-step pipeline's bare arrays) is the configured default;
        # only declared versions can make a mix (stages.versions)
        version = declared or normalize_version(self.settings.default_version) or "unknown"
        batch_number = item.header.get("batch_number")
        if not isinstance(batch_number, int) or isinstance(batch_number, bool):
            batch_number = batch_from_name
        paths = self.__dict__.setdefault("_quality_paths", {})
        quality_fields = paths.get(data_type)
        if quality_fields is None:
            quality_fields = paths[data_type] = self.settings.quality_paths(data_type)
        quality, found = quality_of(data, quality_fields, self.settings.spectrum_aware_quality)
        metadata: dict[str, Any] = {
            "quality": quality,
            "quality_field": found or (quality_fields[0] if quality_fields else None),
            "master_truths_version": version,
            "master_truths_version_declared": declared is not None,
            "batch_file": shown,
            "document": item.document,
            "batch_number": batch_number,
            **derived_labels(data_type, data, spec),
        }
        target = spectrum_target(metadata, self.settings)
        metadata["quality_basis"] = "authenticity_target" if target else "threshold"
        if "input_split" in item.header:
            metadata["input_split"] = item.header["input_split"]
        return Record(
            id=stable_id(shown, item.document, item.index),
            kind="interaction",
            source=Source(shown, item.index, item.locator),
            data=data,
            data_type=data_type,
            metadata=metadata,
            repairs=list(dict.fromkeys(repairs)),
            group=group_key(data_type, data, spec),
        )
