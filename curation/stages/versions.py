"""The version guard: never train on a silent mix of Master Truths v1.1 and v1.2 data.

generation-pipeline-readme.md: "DON'T mix v1.1 and v1.2 data". Every interaction record carries its
version (`metadata["master_truths_version"]`, from the batch header, the sample or the file name). A
build whose interaction records name more than one version stops with a message listing the files per
version, unless the config names the versions to keep (`interactions.versions`); then the
`VersionFilter` stage drops the others with the reason ``master_truths_version_excluded``.

Records of a batch that states no version (the multi-step pipeline's bare arrays) carry
`interactions.default_version` and `master_truths_version_declared: false`: only declared versions make a
mix. Records without a version ("unknown") never make a mix on their own account: they are kept when no
versions are configured (and counted in the statistics), and kept with a configured list only when the
list names "unknown".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import UserError
from ..ingest.interactions.facets import batch_file_of, lookup, normalize_version
from ..ingest.interactions.settings import InteractionsConfig
from ..records import Record
from .base import Context, Stage

UNKNOWN = "unknown"
EXCLUDED = "master_truths_version_excluded"
_MAX_FILES_SHOWN = 8


def version_of(record: Record) -> str:
    return normalize_version(lookup(record, "version"))


def is_declared(record: Record) -> bool:
    """The record's batch (or the record) states its version; a default given to a header-less batch is not."""
    return record.metadata.get("master_truths_version_declared", True) is not False


def files_per_version(records: Iterable[Record], declared_only: bool = False) -> dict[str, list[str]]:
    """{version: sorted batch files} over interaction records (only those stating a version if `declared_only`)."""
    files: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r.kind == "interaction" and (not declared_only or is_declared(r)):
            files[version_of(r)].add(batch_file_of(r))
    return {v: sorted(fs) for v, fs in sorted(files.items())}


def _describe(version: str, files: list[str]) -> str:
    shown = ", ".join(files[:_MAX_FILES_SHOWN])
    more = f" and {len(files) - _MAX_FILES_SHOWN} more" if len(files) > _MAX_FILES_SHOWN else ""
    return f"{version} in {len(files)} file{'s' if len(files) != 1 else ''} ({shown}{more})"


def check_versions(records: Iterable[Record], allowed: list[str] | None) -> str:
    """The Master Truths version of the build ('v1.2'; several joined by ', ' when `allowed` keeps several).

    With `allowed` None, raise UserError when interaction records name more than one known version.
    With `allowed`, return the allowed versions present (the caller drops the rest); raise when none is.
    """
    records = list(records)
    return decide_versions(files_per_version(records), files_per_version(records, declared_only=True), allowed)


def decide_versions(
    per_version: dict[str, list[str]], declared: dict[str, list[str]], allowed: list[str] | None
) -> str:
    """`check_versions` from the files per version (all, and those stating their version)."""
    known = [v for v in declared if v != UNKNOWN]
    if allowed is None:
        if len(known) > 1:
            raise UserError(
                "interaction batches mix Master Truths versions: "
                + "; ".join(_describe(v, declared[v]) for v in known)
                + ". Don't mix versions: remove the batches of one, or name the versions to keep in the "
                f"config (interactions.versions: [{known[-1]}])"
            )
        if known:
            return known[0]
        return next((v for v in per_version if v != UNKNOWN), UNKNOWN)
    keep = [normalize_version(v) for v in allowed]
    present = [v for v in per_version if v in keep]
    if per_version and not present:
        raise UserError(
            f"no interaction batch has a Master Truths version in interactions.versions {keep}; found "
            + "; ".join(_describe(v, fs) for v, fs in per_version.items())
        )
    return ", ".join(present) if present else UNKNOWN


class VersionFilter(Stage):
    """Refuse a version mix, or keep only the configured versions (interaction records only).

    Streams: each record is kept or dropped as it passes (the configured versions decide that alone),
    while the batch files per version are collected; the mix check runs when the input ends and stops
    the build then, before anything is written (the build writes only after its last record)."""

    name = "version_filter"
    local = True

    def __init__(self, allowed: list[str] | None = None) -> None:
        self.allowed = [normalize_version(v) for v in allowed] if allowed is not None else None

    @classmethod
    def from_config(cls, settings: InteractionsConfig) -> VersionFilter:
        return cls(settings.versions)

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        files: dict[str, set[str]] = defaultdict(set)
        declared: dict[str, set[str]] = defaultdict(set)
        for r in records:
            if r.kind != "interaction":
                yield r
                continue
            v, f = version_of(r), batch_file_of(r)
            files[v].add(f)
            if is_declared(r):
                declared[v].add(f)
            if self.allowed is None or v in self.allowed:
                yield r
            else:
                ctx.reject(self, r, EXCLUDED, version=v, allowed=self.allowed)
        self.end(ctx, (dict(files), dict(declared)))

    @staticmethod
    def merge(states: list[Any]) -> Any:
        """The parts' files per version, gathered into the first part's sets (merged file by file: no copy)."""
        files, declared = states[0] if states else ({}, {})
        for part_files, part_declared in states[1:]:
            for v, fs in part_files.items():
                files.setdefault(v, set()).update(fs)
            for v, fs in part_declared.items():
                declared.setdefault(v, set()).update(fs)
        return files, declared

    def finish(self, ctx: Context, state: Any) -> None:
        """The mix check over every batch file (stops the build on a mix), and the note."""
        files, declared = state
        per_version = {v: sorted(fs) for v, fs in sorted(files.items())}
        version = decide_versions(per_version, {v: sorted(fs) for v, fs in sorted(declared.items())}, self.allowed)
        ctx.note(self, master_truths_version=version, files_per_version=per_version)
