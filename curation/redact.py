"""One redaction pass for everything the tool writes or prints: secrets masked, local paths made relative.

- A config value whose key looks like a secret (``api_key``, ``token``, ``password``, ``secret``,
  ``authorization``, ... matched as whole words of the key, so ``tokens``, ``token_count`` with a number or
  ``authenticity`` are not secrets) is replaced by ``***`` (`redact_config`).
- In any text: credentials inside URLs (``http://user:pass@host`` -> ``http://***@host``), bearer tokens,
  secret-looking query parameters, Hugging Face / OpenAI style keys, and every secret value seen in the
  config or in the environment (`remember`) are masked (`redact_text`, `redact_strings`).
- Paths are shown relative to the config's root (`shown_path`), and text written into reports has the root
  and home folders removed (`scrub_paths`), so no absolute local path reaches a card or a pushed file.
- What a command prints (and logs) names paths relative to the working folder (`shown_here`), and its error
  and log lines have absolute mentions of that folder, its parents and home rewritten so (`paths_shown_here`).

Data fields are never masked by key (a story may have a ``secret``); only text patterns apply to them.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

MASK = "***"

#: Words (of a key split at `_`, `-`, `.` and camelCase) that make a key hold a secret.
SECRET_WORDS = frozenset(
    {
        "token",
        "password",
        "passwd",
        "pwd",
        "secret",
        "authorization",
        "apikey",
        "credential",
        "credentials",
        "cookie",
        "bearer",
        "passphrase",
    }
)
#: Consecutive word pairs that do the same (`api_key`, `private-key`, `accessKey`).
SECRET_PAIRS = frozenset(
    {("api", "key"), ("private", "key"), ("access", "key"), ("secret", "key"), ("client", "secret"), ("session", "key")}
)

_URL_CREDENTIALS = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.\-]*://)(?P<cred>[^\s/@:?#]*(?::[^\s/@?#]*)?)@")
_BEARER = re.compile(r"\b(Bearer|Basic|bearer)(\s+)(?=[A-Za-z._~+/=\-]*[0-9])([A-Za-z0-9._~+/=\-]{16,})")
_QUERY_SECRET = re.compile(
    r"(?i)([?&;](?:[a-z0-9]*[_\-]?)?(?:api[_\-]?key|apikey|access[_\-]?token|token|password|passwd|secret|"
    r"auth|sig|signature)=)([^&\s#\"']+)"
)
_KNOWN_TOKENS = re.compile(
    r"\b(hf_[A-Za-z0-9]{20,}|sk-[A-Za-z0-9_\-]{16,}|ghp_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|"
    r"xox[abposr]-[A-Za-z0-9\-]{10,}|AKIA[0-9A-Z]{16})\b"
)

_remembered: set[str] = set()
_MIN_SECRET_LEN = 8  # shorter values are masked in config fields but not searched for in free text
_NOT_SECRETS = re.compile(r"(?i)^(true|false|yes|no|on|off|none|null|\d+|/.*)$")  # flags, numbers, paths


def _key_words(key: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", str(key))
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]


def is_secret_key(key: Any) -> bool:
    """True for keys like api_key, hf_token, HF_TOKEN, password, client_secret, Authorization, apiKey."""
    words = _key_words(str(key))
    return any(w in SECRET_WORDS for w in words) or any(p in SECRET_PAIRS for p in zip(words, words[1:], strict=False))


def remember(value: Any) -> None:
    """Mask this secret value wherever it appears in text from now on (config secrets, env tokens)."""
    if isinstance(value, str):
        value = value.strip()
        if len(value) >= _MIN_SECRET_LEN and value != MASK and not _NOT_SECRETS.match(value):
            _remembered.add(value)
            for part in _url_secret_parts(value):
                _remembered.add(part)


def _url_secret_parts(text: str) -> list[str]:
    """user:password, and the password alone, of every URL with credentials in `text`."""
    out = []
    for m in _URL_CREDENTIALS.finditer(text):
        cred = m.group("cred")
        if len(cred) >= _MIN_SECRET_LEN:
            out.append(cred)
        if ":" in cred and len(cred.split(":", 1)[1]) >= _MIN_SECRET_LEN:
            out.append(cred.split(":", 1)[1])
    return out


def remember_environment(environ: dict[str, str] | None = None) -> None:
    """Secrets the environment holds: HF_TOKEN, OPENAI_API_KEY, credentials in OLLAMA_HOST, ..."""
    for name, value in (os.environ if environ is None else environ).items():
        if is_secret_key(name):
            remember(value)
        else:
            for part in _url_secret_parts(value):
                remember(part)


def redact_url(url: str) -> str:
    return _URL_CREDENTIALS.sub(lambda m: f"{m.group('scheme')}{MASK}@", url)


def redact_text(text: str) -> str:
    """Mask secrets in a line of text (error messages, log lines, report strings)."""
    if not text:
        return text
    out = redact_url(text)
    out = _BEARER.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", out)
    out = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}{MASK}", out)
    out = _KNOWN_TOKENS.sub(MASK, out)
    for value in sorted(_remembered, key=len, reverse=True):
        if value in out:
            out = out.replace(value, MASK)
    return out


#: Config keys whose mappings name the user's data fields, not settings: a field called `auth_target` in
#: `interactions.field_map` is not a secret, and its value (our field name) must not be masked everywhere.
DATA_KEYS = frozenset({"field_map", "types"})


def _redact_data(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _redact_data(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_redact_data(v) for v in data]
    return redact_text(data) if isinstance(data, str) else data


_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*|\[\d+\])*$")  # field names and dotted paths
#: A key of a free-form mapping (headers, field maps) is a secret only when it is one of these as a whole
#: and its value is not a field name or dotted path.
_SECRET_NAME = re.compile(
    r"(?i)^(x-)?(api[_\-]?key|apikey|authorization|proxy-authorization|token|access[_\-]?token|"
    r"auth[_\-]?token|password|passwd|secret|client[_\-]?secret|private[_\-]?key|cookie)$"
)


def _redact_entry(name: Any, value: Any, recurse: Callable[[Any], Any]) -> Any:
    """One named config entry: a data mapping (field names, not settings) keeps its keys, a secret-looking
    name masks its value (remembering a string for `redact_text`), anything else goes to `recurse`."""
    if name in DATA_KEYS and isinstance(value, dict):
        return _redact_data(value)
    if is_secret_key(name) and isinstance(value, str) and value:
        remember(value)
        return MASK
    if is_secret_key(name) and isinstance(value, (dict, list)) and value:
        return _mask_all(value)
    return recurse(value)


def redact_settings(model: Any, data: Any) -> Any:
    """`data` (a dump of the pydantic `model`, same shape) with every setting whose *field name* looks like a
    secret masked, keys of free-form mappings (field maps, per-type tables) masked only when they are a secret
    name as a whole, and all text redacted. Secret values are remembered for `redact_text`."""
    from pydantic import BaseModel  # here, not at top: the CLI imports this module and starts without pydantic

    if isinstance(model, BaseModel) and isinstance(data, dict):
        out = dict(data)
        for name in type(model).model_fields:
            if name not in data:
                continue
            value = getattr(model, name)
            out[name] = _redact_entry(name, data[name], functools.partial(redact_settings, value))
        return redact_strings(out)
    if isinstance(model, (list, tuple)) and isinstance(data, list) and len(model) == len(data):
        return [redact_settings(m, d) for m, d in zip(model, data, strict=False)]
    if isinstance(model, dict) and isinstance(data, dict):
        out = {}
        for k, d in data.items():
            if (
                isinstance(k, str) and _SECRET_NAME.match(k) and isinstance(d, str) and d and not _IDENTIFIER.match(d)
            ):  # `secret: hidden_truth` in a field map names a field
                remember(d)
                out[k] = MASK
            else:
                out[k] = redact_settings(model.get(k), d)
        return out
    return redact_strings(data)


def redact_config(data: Any) -> Any:
    """A copy of a mapping without a schema with values under secret-looking keys masked and all text
    redacted (for config-like data of unknown shape; a pydantic config goes through `redact_settings`)."""
    if isinstance(data, dict):
        out = {}
        for k, v in data.items():
            out[k] = _redact_entry(k, v, redact_config)
        return out
    if isinstance(data, list):
        return [redact_config(v) for v in data]
    return redact_text(data) if isinstance(data, str) else data


def _mask_all(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _mask_all(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_mask_all(v) for v in data]
    if isinstance(data, str) and data:
        remember(data)
        return MASK
    return data


def redact_strings(data: Any, root: Path | None = None) -> Any:
    """A copy of any JSON-like value with every string redacted (and, given `root`, paths scrubbed)."""
    if isinstance(data, dict):
        return {redact_strings(k, root) if isinstance(k, str) else k: redact_strings(v, root) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [redact_strings(v, root) for v in data]
    if isinstance(data, str):
        text = redact_text(data)
        return scrub_paths(text, root) if root is not None else text
    return data


# ---- paths ----------------------------------------------------------------------------------------
def shown_path(path: str | os.PathLike, root: str | os.PathLike) -> str:
    """`path` as written into outputs: relative to `root` (posix), `../` steps when outside it."""
    p = Path(path).expanduser()
    root = Path(root).resolve()
    p = p.resolve() if p.is_absolute() else (root / p).resolve()
    try:
        return p.relative_to(root).as_posix() or "."
    except ValueError:
        return Path(os.path.relpath(p, root)).as_posix()


def shown_here(path: str | os.PathLike) -> str:
    """`path` as a command prints it: relative to the working folder, the user's own frame (a path they can
    paste), with `../` steps outside it; never the resolved absolute path."""
    return shown_path(path, Path.cwd())


@functools.lru_cache(maxsize=16)
def _here_prefixes(cwd: str, homes: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The working folder and each parent below `/` (as `shown_path` writes them: `.`, `..`, `../..`), then
    the home folder (`~`) when it is none of them, as one pattern matching a whole path segment; cached:
    every log record goes through it."""
    folders = [folder for folder in (Path(cwd), *Path(cwd).parents) if folder.parent != folder]  # not `/`
    shown = {str(folder): shown_path(folder, cwd) for folder in folders}
    for home in homes:
        if len(home) > 1 and home not in shown:
            shown[home] = "~"
    alternatives = "|".join(re.escape(folder) for folder in sorted(shown, key=len, reverse=True))
    return re.compile(rf"(?<![\w.~/\-])({alternatives})(/|(?![\w.\-]))"), shown


def paths_shown_here(text: str) -> str:
    """Free text (an error, a warning, a log line) with absolute mentions of the working folder, its parents
    and the home folder written as `shown_here` writes them: the library's messages name the file they are
    about, and this keeps the name while dropping the local prefix."""
    if not text or "/" not in text:
        return text
    home = str(Path.home())
    homes = (home, os.path.realpath(home)) if home else ()
    pattern, shown = _here_prefixes(os.getcwd(), homes)

    def replace(m: re.Match[str]) -> str:
        folder = shown[m.group(1)]
        if not m.group(2):
            return folder
        return "" if folder == "." else folder + "/"

    return pattern.sub(replace, text)


def _looks_absolute(value: str) -> bool:
    return value.startswith(("/", "~")) or bool(re.match(r"^[A-Za-z]:[\\/]", value))


def relative_paths(data: Any, root: Path) -> Any:
    """A copy of a config mapping whose absolute path values are made relative to `root`."""
    if isinstance(data, dict):
        return {k: relative_paths(v, root) for k, v in data.items()}
    if isinstance(data, list):
        return [relative_paths(v, root) for v in data]
    if isinstance(data, str) and _looks_absolute(data) and "\n" not in data:
        return shown_path(data, root)
    return data


@functools.lru_cache(maxsize=16)
def _scrub_prefixes(root: str | None, home: str) -> tuple[tuple[str, str], ...]:
    """(prefix, replacement) pairs `scrub_paths` applies; cached: a report scrubs each of its strings, and
    resolving the root is a file-system call."""
    prefixes = []
    if root is not None:
        prefixes.append((str(Path(root).resolve()).rstrip("/") + "/", ""))
    home = home.rstrip("/")
    if len(home) > 1:
        prefixes.append((home + "/", "~/"))
    return tuple(prefixes)


def scrub_paths(text: str, root: Path | None) -> str:
    """Absolute mentions of the root folder and the home folder removed from free text."""
    for prefix, replacement in _scrub_prefixes(None if root is None else os.fspath(root), str(Path.home())):
        if prefix in text:
            text = text.replace(prefix, replacement)
    return text


# ---- logging --------------------------------------------------------------------------------------
class RedactingFilter(logging.Filter):
    """Attach to a handler: every record it writes goes through `redact_text` and `paths_shown_here` first."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call: leave it to the handler's own error path
            return True
        clean = paths_shown_here(redact_text(message))
        if clean != message or record.args:
            record.msg, record.args = clean, ()
        return True


remember_environment()
