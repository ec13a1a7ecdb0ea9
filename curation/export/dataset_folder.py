"""Write the Hugging Face dataset folder: Parquet per config and split, the Axolotl JSONL, the YAML metadata.

Layout (what `load_dataset("./builders/unwritten")` reads and what gets pushed):

    README.md                         card; its YAML header declares `configs` and `dataset_info`
    data/<config>/<split>.parquet     conversations, messages, interactions, scenes
    axolotl/<split>.jsonl             the conversation rows (ShareGPT from/value) as JSON lines, for Axolotl
    axolotl/{scenes,interactions}/<split>.jsonl   the same rows, one subset per kind
    axolotl/messages/...              the same files with OpenAI-style messages (role/content)

`conversations` and `messages` hold the same rows in the two formats trainers read; which one is the
default config (what `load_dataset(folder)` returns) is `output.default_format`.

Rows are sorted by id inside each split and written with fixed Parquet settings, so the same records give
byte-identical files.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import atomic
from ..atomic import writing
from ..records import Record
from ..stages.settings import ContractRoles
from ..workers import in_child
from .features import CONFIGS, CONVERSATION_FORMATS, FEATURES, OPENAI_ROLES, ROW_BUILDERS, SPLITS, messages_row

DEFAULT_CONFIG = "conversations"
#: record kind -> folder of its own Axolotl JSONL subset (axolotl/<subset>/<split>.jsonl)
AXOLOTL_SUBSETS = {"scene": "scenes", "interaction": "interactions"}
#: conversation format -> its folder under axolotl/ (ShareGPT rows stay where they always were)
AXOLOTL_FORMAT_DIRS = {"conversations": "", "messages": "messages"}


ROW_GROUP_SIZE = 10_000


def _jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows)


def _schema(config: str) -> pa.Schema:
    features = FEATURES[config]
    return features.arrow_schema.with_metadata(
        {"huggingface": json.dumps({"info": {"features": features.to_dict()}}, sort_keys=True)}
    )


def _arrow_table(rows: list[dict[str, Any]], config: str) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=_schema(config))


def _parquet_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(
        table, buf, compression="zstd", use_dictionary=True, write_statistics=True, row_group_size=ROW_GROUP_SIZE
    )
    return buf.getvalue()


def split_of(r: Record) -> str:
    split = r.metadata.get("split")
    if split not in SPLITS:
        raise ValueError(f"record {r.id} has no split assigned (got {split!r})")
    return split


def openai_roles(roles: ContractRoles | None = None) -> dict[str, str]:
    """Our configured role names (stages.contract.roles) -> system / user / assistant."""
    if roles is None:
        return dict(OPENAI_ROLES)
    return {roles.system: "system", roles.user: "user", roles.assistant: "assistant"}


def record_rows(
    r: Record, roles: dict[str, str] | None, seen_origin: set[str], configs: Iterable[str] = CONFIGS
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(config, split, row) for each config (of `configs`) that takes `r`; an interaction is written once
    per origin sample (`seen_origin` remembers the origins already written)."""
    split = split_of(r)
    conversation = None
    for config, (wanted, build_row) in ROW_BUILDERS.items():
        if config not in configs or not wanted(r):
            continue
        if config == "interactions":
            key = r.origin or r.id
            if key in seen_origin:
                continue
            seen_origin.add(key)
        if config == "messages":  # the same row as `conversations`, in OpenAI form: built from it
            row = messages_row(r, roles, conversation)
        else:
            row = build_row(r)
            if config == "conversations":
                conversation = row
        yield config, split, row


def rows_by_config(
    records: Iterable[Record], roles: dict[str, str] | None = None
) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """{config: {split: [row, ...]}}; interactions are written once per origin sample."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {c: defaultdict(list) for c in CONFIGS}
    seen_origin: set[str] = set()
    for r in sorted(records, key=lambda r: r.id):
        for config, split, row in record_rows(r, roles, seen_origin):
            out[config][split].append(row)
    return out


class _PartFile:
    """A file written in pieces under a temporary name beside its target, renamed into place on `close`
    (like `atomic.write_bytes`, for output too big to hold): a killed build leaves no half file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with writing(path):
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.tmp = Path(tmp)
        os.fchmod(fd, 0o666 & ~atomic._umask()) if hasattr(os, "fchmod") else None
        self.fh = os.fdopen(fd, "wb", buffering=1 << 20)

    def write(self, data: bytes) -> None:
        try:
            self.fh.write(data)
        except OSError:
            with writing(self.path):  # the one-line error naming the file
                raise

    def close(self) -> None:
        with writing(self.path):
            if self.fh.closed:  # written by another writer through `tmp`
                with open(self.tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
            else:
                self.fh.flush()
                os.fsync(self.fh.fileno())
                self.fh.close()
            os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.tmp.unlink(missing_ok=True)


class DatasetWriter:
    """Writes the data files from records given in id order, one row group (`ROW_GROUP_SIZE` rows) of
    each config and split at a time: memory holds at most one row group per file, whatever the size of
    the dataset. Byte-identical to writing each file whole (same row groups, same settings)."""

    def __init__(
        self,
        folder: Path,
        default_format: str | None = None,
        roles: ContractRoles | None = None,
        row_group_size: int | None = None,
        configs: tuple[str, ...] = CONFIGS,
    ) -> None:
        self.folder = Path(folder)
        self.configs = configs  # the configs whose files this writer writes (another writer may write the rest)
        self.default = default_format or DEFAULT_CONFIG
        self.roles = openai_roles(roles)
        self.row_group_size = row_group_size or ROW_GROUP_SIZE
        self.counts: dict[str, dict[str, int]] = {c: {s: 0 for s in SPLITS} for c in CONFIGS}
        self.nbytes: dict[str, dict[str, int]] = {c: {s: 0 for s in SPLITS} for c in CONFIGS}
        self._rows: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        self._parquet: dict[tuple[str, str], tuple[_PartFile, pq.ParquetWriter]] = {}
        self._jsonl: dict[str, _PartFile] = {}
        self._seen_origin: set[str] = set()
        self._last_id: str | None = None
        self.max_buffered = 0  # the most rows held at once (all files together): what the streaming test checks
        self._buffered = 0
        #: (format, split) -> the JSONL file of every row, and (format, split, kind) -> the kind's subset file
        self._lines: dict[tuple[str, ...], _PartFile] = {}
        for fmt in (f for f in CONVERSATION_FORMATS if f in configs):  # every JSONL file exists, even an empty one
            base = Path("axolotl") / AXOLOTL_FORMAT_DIRS[fmt]
            for split in SPLITS:
                rel = base / f"{split}.jsonl"
                self._jsonl[rel.as_posix()] = self._lines[(fmt, split)] = _PartFile(self.folder / rel)
                for kind, sub in AXOLOTL_SUBSETS.items():
                    rel = base / sub / f"{split}.jsonl"
                    self._jsonl[rel.as_posix()] = self._lines[(fmt, split, kind)] = _PartFile(self.folder / rel)

    def add(self, r: Record) -> None:
        if self._last_id is not None and r.id < self._last_id:
            raise ValueError(f"records must come in id order ({r.id} after {self._last_id})")
        self._last_id = r.id
        for config, split, row in record_rows(r, self.roles, self._seen_origin, self.configs):
            self._add_row(config, split, row)
            if config in CONVERSATION_FORMATS:
                line = (json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
                self._lines[(config, split)].write(line)
                subset = self._lines.get((config, split, row["metadata"]["kind"]))
                if subset is not None:
                    subset.write(line)

    def _add_row(self, config: str, split: str, row: dict[str, Any]) -> None:
        buf = self._rows[(config, split)]
        buf.append(row)
        self.counts[config][split] += 1
        self._buffered += 1
        self.max_buffered = max(self.max_buffered, self._buffered)
        if len(buf) >= self.row_group_size:
            self._flush(config, split)

    def _flush(self, config: str, split: str) -> None:
        rows = self._rows.pop((config, split), [])
        self._buffered -= len(rows)
        if not rows:
            return
        table = _arrow_table(rows, config)
        self.nbytes[config][split] += table.nbytes
        path = self.folder / f"data/{config}/{split}.parquet"
        with writing(path):
            if (config, split) not in self._parquet:
                part = _PartFile(path)
                part.fh.close()
                writer = pq.ParquetWriter(
                    str(part.tmp), table.schema, compression="zstd", use_dictionary=True, write_statistics=True
                )
                self._parquet[(config, split)] = (part, writer)
            self._parquet[(config, split)][1].write_table(table, row_group_size=self.row_group_size)

    def close(self) -> dict[str, Any]:
        """Finish every file; returns the YAML metadata (`configs`, `dataset_info`) and counts."""
        self.close_files()
        return self.metadata()

    def close_files(self) -> None:
        """Write what is buffered and move every file into place."""
        for key in list(self._rows):
            self._flush(*key)
        for part, writer in self._parquet.values():
            with writing(part.path):
                writer.close()
            part.close()
        for part in self._jsonl.values():
            part.close()

    def absorb(self, counts: dict[str, dict[str, int]], nbytes: dict[str, dict[str, int]]) -> None:
        """The rows and bytes of the configs another writer wrote (for `metadata`)."""
        for config in CONFIGS:
            if config not in self.configs:
                self.counts[config] = dict(counts[config])
                self.nbytes[config] = dict(nbytes[config])

    def metadata(self) -> dict[str, Any]:
        """The YAML metadata (`configs`, `dataset_info`) and counts of the written files."""
        configs_yaml: list[dict[str, Any]] = []
        infos: list[dict[str, Any]] = []
        counts: dict[str, dict[str, int]] = {}
        for config in CONFIGS:
            if not any(self.counts[config].values()):
                continue
            counts[config] = dict(self.counts[config])
            data_files, splits_info = [], []
            for split in SPLITS:
                # a zero-row Parquet file makes load_dataset fail; an absent split is honest
                if self.counts[config][split]:
                    rel = f"data/{config}/{split}.parquet"
                    data_files.append({"split": split, "path": rel})
                    splits_info.append(
                        {
                            "name": split,
                            "num_bytes": self.nbytes[config][split],
                            "num_examples": self.counts[config][split],
                        }
                    )
            entry: dict[str, Any] = {"config_name": config, "data_files": data_files}
            if config == self.default:
                entry["default"] = True
            configs_yaml.append(entry)
            infos.append(
                {
                    "config_name": config,
                    "features": FEATURES[config]._to_yaml_list(),
                    "splits": splits_info,
                    "download_size": sum((self.folder / f["path"]).stat().st_size for f in data_files),
                    "dataset_size": sum(s["num_bytes"] for s in splits_info),
                }
            )
        return {"configs": configs_yaml, "dataset_info": infos, "counts": counts}

    def abort(self) -> None:
        for part, writer in self._parquet.values():
            with contextlib.suppress(Exception):
                writer.close()
            part.abort()
        for part in self._jsonl.values():
            part.abort()


#: the config a worker process writes while the build process writes the others (`write_in_two`): the messages
#: rows and files cost about as much as the conversation, interaction and scene files together
SIDE_CONFIGS = ("messages",)
#: fewer rows than this are written in one process (starting a worker costs more than it saves)
PARALLEL_MIN_ROWS = 20_000


def _write_side(payload: tuple[Path, Callable[[], Iterable[Record]], str | None, Any], configs: tuple) -> tuple:
    """In a worker process: the files of `configs`; returns their rows and bytes per split."""
    writer = _write_configs(*payload, configs)
    return writer.counts, writer.nbytes


def _write_configs(
    folder: Path,
    records: Callable[[], Iterable[Record]],
    default_format: str | None,
    roles: ContractRoles | None,
    configs: tuple,
) -> DatasetWriter:
    """The files of `configs` from `records()`, closed; on any failure the writer's partial files are removed."""
    writer = DatasetWriter(folder, default_format, roles, configs=configs)
    try:
        for r in records():
            writer.add(r)
        writer.close_files()
    except BaseException:
        writer.abort()
        raise
    return writer


def write_in_two(
    folder: Path,
    records: Callable[[], Iterable[Record]],
    *,
    default_format: str | None = None,
    roles: ContractRoles | None = None,
) -> dict[str, Any]:
    """`write_dataset_folder` on two cores: a forked worker writes `SIDE_CONFIGS` while this process writes the
    other configs, each reading the records (in id order) from `records()`; the same files, byte for byte."""
    main = tuple(c for c in CONFIGS if c not in SIDE_CONFIGS)
    with in_child(_write_side, (folder, records, default_format, roles), SIDE_CONFIGS) as side:
        writer = _write_configs(folder, records, default_format, roles, main)
        counts, nbytes = side.result()
    writer.absorb(counts, nbytes)
    return writer.metadata()


def write_dataset_folder(
    folder: Path,
    records: Iterable[Record],
    *,
    default_format: str | None = None,
    roles: ContractRoles | None = None,
    streamed: type[DatasetWriter] | None = None,
) -> dict[str, Any]:
    """Write data files into `folder`; return the YAML metadata (`configs`, `dataset_info`) and counts.

    `records` in any order (sorted by id here), or, with `streamed` (the writer class), already in id
    order and consumed one at a time. `default_format` is `output.default_format`, `roles` the row
    contract's role names (`stages.contract.roles`); None = the defaults."""
    writer = (streamed or DatasetWriter)(folder, default_format, roles)
    try:
        for r in records if streamed else sorted(records, key=lambda r: r.id):
            writer.add(r)
        return writer.close()
    except BaseException:
        writer.abort()
        raise
