"""The last gate before an upload: no secret, no absolute local path, no unreadable Parquet leaves the machine.

Every file that would be pushed is read back: Parquet files through pyarrow (a corrupt or truncated file
is refused, never pushed and "verified"), text files as text, other files as bytes. A finding refuses the
whole push with one line naming the file and place; the secret itself is never shown.

- secrets: credentials inside URLs, bearer tokens, secret query parameters, Hugging Face / OpenAI / GitHub
  style keys, every secret value the config or the environment holds (`curation.redact.remember`), and in
  the card and other config-like files a non-masked value under a secret-looking key (``api_key: ...``);
- local paths: ``/home/<user>/``, ``/Users/<user>/``, ``/root/``, ``C:\\Users\\``, the home folder, and
  the folders the build ran in (the dataset folder's parent, the config root, the current folder).

Data fields are scanned for the text patterns only: a character may well say "password".
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from .. import redact
from ..errors import UserError

TEXT_SUFFIXES = {".md", ".txt", ".json", ".jsonl", ".yaml", ".yml", ".csv", ".tsv", ".py", ".cfg", ".toml"}
CONFIG_LIKE = {".md", ".json", ".yaml", ".yml", ".toml", ".cfg"}  # key: value text, scanned by key too

_SECRET_TEXT = re.compile(
    r"(?P<url>\b[a-zA-Z][a-zA-Z0-9+.\-]*://(?!\*\*\*@)(?:[^\s/@:?#\"'<>]*:[^\s/@?#\"'<>]+|[^\s/@:?#\"'<>]{20,})@)"
    r"|(?P<token>" + redact._KNOWN_TOKENS.pattern.replace(r"\b(", "(?:", 1) + r")"
    r"|(?P<query>[?&;](?:[a-z0-9]*[_\-]?)?(?:api[_\-]?key|apikey|access[_\-]?token|token|password|passwd|secret)"
    r"=(?!\*\*\*)[^&\s#\"']+)"
    r"|(?P<bearer>\b(?:Bearer|Basic)\s+(?=[A-Za-z._~+/=\-]*[0-9])[A-Za-z0-9._~+/=\-]{16,})",
    re.I,
)
_ABSOLUTE = re.compile(r"(?<![\w.~/\-])(/home/[^/\s\"'`|)]+/|/Users/[^/\s\"'`|)]+/|/root/|[A-Za-z]:\\\\?Users\\\\?)")
_KEY_VALUE = re.compile(r"^\s*-?\s*[\"']?(?P<key>[A-Za-z_][\w.\-]*)[\"']?\s*[:=]\s*(?P<value>\S.*?)\s*,?\s*$")
_HARMLESS = re.compile(r"^(?:[\"']?\*{3}[\"']?|null|~|none|true|false|-?[\d.]+|\[\]|\{\}|[\"']{2}|\||>)$", re.I)


@dataclass(frozen=True)
class Finding:
    file: str
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}{':' + self.where if self.where else ''}: {self.what}"


def _local_prefixes(extra: Iterable[str | os.PathLike]) -> list[str]:
    out = []
    for p in [Path.home(), Path.cwd(), *map(Path, extra)]:
        try:
            p = p.expanduser().resolve()
        except OSError:
            continue
        if len(p.parts) >= 3 or (len(p.parts) == 2 and p == Path.home()):  # never "/" or "/tmp" alone
            out.append(str(p).rstrip("/") + "/")
    return sorted(set(out), key=len, reverse=True)


def _masked(text: str) -> str:
    return redact.redact_text(text)[:80]


def scan_text(text: str, prefixes: list[str], config_like: bool = False) -> Iterator[tuple[str, str]]:
    """(where, what) of every secret or local path in `text` (where: line number)."""
    for n, line in enumerate(text.splitlines(), start=1):
        for m in _SECRET_TEXT.finditer(line):
            kind = next(k for k, v in m.groupdict().items() if v)
            what = {
                "url": "credentials inside a URL",
                "token": "an access token",
                "query": "a secret query parameter",
                "bearer": "a bearer token",
            }[kind]
            yield f"{n}", f"{what} ({_masked(m.group(0))})"
        for value in redact._remembered:
            if value in line:
                yield f"{n}", "a secret value from the config or the environment"
                break
        m = _ABSOLUTE.search(line)
        if m:
            yield f"{n}", f"an absolute local path ({m.group(0)}...)"
        else:
            for prefix in prefixes:
                if prefix in line or line.rstrip().endswith(prefix.rstrip("/")):
                    yield f"{n}", f"an absolute local path ({prefix}...)"
                    break
        if config_like:
            kv = _KEY_VALUE.match(line)
            if kv and redact.is_secret_key(kv.group("key")) and not _HARMLESS.match(kv.group("value")):
                yield f"{n}", f"a value under the secret-looking key '{kv.group('key')}'"


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def _secret_keys(value: Any, path: str = "") -> Iterator[str]:
    """Dotted keys holding a non-masked string under a secret-looking key (config-like JSON)."""
    if isinstance(value, dict):
        for k, v in value.items():
            here = f"{path}.{k}" if path else str(k)
            if redact.is_secret_key(k) and isinstance(v, str) and v and not _HARMLESS.match(v):
                yield here
            yield from _secret_keys(v, here)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _secret_keys(v, f"{path}[{i}]")


def scan_parquet(path: Path, name: str, prefixes: list[str]) -> Iterator[Finding]:
    """Read the whole file back (a corrupt one is an error) and scan every string in it."""
    try:
        table = pq.read_table(path)
        expected = pq.ParquetFile(path).metadata.num_rows
    except Exception as e:  # pyarrow raises ArrowInvalid, OSError, ... for damaged files
        raise UserError(
            f"refusing to push: {name}: not a readable Parquet file "
            f"({str(e).splitlines()[0][:160]}); rebuild the dataset; nothing was uploaded"
        ) from None
    if table.num_rows != expected:
        raise UserError(
            f"refusing to push: {name}: {table.num_rows} rows read, the footer says {expected}; "
            "rebuild the dataset; nothing was uploaded"
        )
    for column in table.column_names:
        for row, value in enumerate(table.column(column).to_pylist()):
            for text in _strings(value):
                for where, what in scan_text(text, prefixes):
                    yield Finding(name, f"row {row} column {column}" + (f" line {where}" if where != "1" else ""), what)


def scan_file(path: Path, name: str, prefixes: list[str]) -> Iterator[Finding]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        yield from scan_parquet(path, name, prefixes)
        return
    data = path.read_bytes()
    if suffix in TEXT_SUFFIXES:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        for where, what in scan_text(text, prefixes, config_like=suffix in CONFIG_LIKE):
            yield Finding(name, f"line {where}", what)
        if suffix == ".json":
            try:
                doc = json.loads(text)
            except ValueError:
                doc = None
            for key in _secret_keys(doc):
                yield Finding(name, key, "a value under a secret-looking key")
        return
    for needle in [p.encode() for p in prefixes] + [b"/home/", b"/Users/"]:  # binary: paths only
        if needle in data:
            yield Finding(name, "", f"an absolute local path ({needle.decode(errors='replace')}...)")
            return


def check_publishable(
    folder: Path, files: Iterable[tuple[str, Path]], local_folders: Iterable[str | os.PathLike] = ()
) -> None:
    """Refuse (one line, nothing uploaded) when any of `files` ((name, path) pairs) leaks or is corrupt."""
    redact.remember_environment()
    prefixes = _local_prefixes([Path(folder).resolve().parent, *local_folders])
    for name, path in files:
        for finding in scan_file(Path(path), name, prefixes):
            raise UserError(f"refusing to push: {finding}; remove it (or rebuild) and push again; nothing was uploaded")
