"""Push the dataset folder to the Hugging Face Hub, private unless asked otherwise, failing closed.

`push_to_hub(private=True)` is ignored when the repo already exists, so visibility is never assumed:

1. the folder is checked first (card present, every Axolotl row meets the row contract, every Parquet file
   reads back, no secret or absolute local path in any file: `leaks.py`);
2. the token (HF_TOKEN or the cached login) is checked with whoami; it is never printed or logged;
3. the repo is created private (``exist_ok``), then its visibility is read back: an existing public repo
   makes a private push refuse before a single byte is sent;
4. the remote tree is compared with the local files (git blob sha1 / LFS sha256): only new and changed
   files are committed, and files under the folders the build owns that no longer exist locally are
   deleted, in one commit;
5. visibility and every file's hash are read back again; any mismatch is a loud error.

Only ``public=True`` (``--public``) creates or switches the repo to public.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__, redact
from ..errors import UserError
from ..outputs import REJECTS_NAME, REPORT_NAME, publishable
from ..stages.contract import Roles, check_jsonl
from .leaks import check_publishable

REPO_TYPE = "dataset"
#: Remote paths the build owns: files there that no longer exist locally are deleted on push.
MANAGED_PREFIXES = ("data/", "axolotl/", "assets/")


class VisibilityError(UserError):
    """The repo's visibility is not what was asked for: nothing (more) is uploaded."""

    exit_code = 4


# huggingface_hub is imported inside the functions that use it, never at module top: `_hub()` sets
# HF_HUB_DISABLE_XET first (the library reads it at import), and the checks before a push stay light.
def _hub() -> Any:
    """Import huggingface_hub with the legacy LFS upload path unless the user chose Xet explicitly."""
    os.environ.setdefault("HF_HUB_DISABLE_XET", "1")
    import huggingface_hub
    from huggingface_hub import constants

    constants.HF_HUB_DISABLE_XET = os.environ["HF_HUB_DISABLE_XET"].strip().upper() in {"1", "ON", "YES", "TRUE"}
    return huggingface_hub


# ---- the local side ------------------------------------------------------------------------------
def git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass(frozen=True)
class LocalFile:
    path: str  # posix, relative to the folder
    file: Path
    size: int
    sha256: str
    blob_sha1: str


def local_files(folder: Path) -> list[LocalFile]:
    """The files to push, sorted by path, with the hashes the Hub compares: the build marker's allow-list
    (never the report or rejects beside the data), or for an older build every file but hidden ones."""
    allowed = publishable(folder)
    out = []
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder)
        if not f.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        if rel.as_posix() in (REPORT_NAME, REJECTS_NAME) if allowed is None else rel.as_posix() not in allowed:
            continue
        data = f.read_bytes()
        out.append(LocalFile(rel.as_posix(), f, len(data), hashlib.sha256(data).hexdigest(), git_blob_sha1(data)))
    return out


def check_folder(folder: Path, roles: Roles | None = None) -> None:
    """Refuse to push a folder that is not a built dataset or whose Axolotl rows break the contract."""
    if not folder.is_dir():
        raise UserError(f"dataset folder not found: {folder} (run `unwritten build` first)")
    if not (folder / "README.md").is_file():
        raise UserError(f"{folder}: no README.md dataset card (run `unwritten build` first)")
    for jsonl in sorted((folder / "axolotl").glob("**/*.jsonl")):
        if jsonl.relative_to(folder / "axolotl").parts[0] == "messages":  # OpenAI-style rows
            check_jsonl(jsonl, Roles("system", "user", "assistant"), field="messages")
        else:
            check_jsonl(jsonl, roles or Roles())


# ---- the plan -----------------------------------------------------------------------------------
@dataclass
class PlanEntry:
    path: str
    action: str  # new | changed | unchanged | delete
    size: int = 0


@dataclass
class PushPlan:
    entries: list[PlanEntry] = field(default_factory=list)
    remote_checked: bool = True

    def by_action(self, *actions: str) -> list[PlanEntry]:
        return [e for e in self.entries if e.action in actions]

    @property
    def uploads(self) -> list[PlanEntry]:
        return self.by_action("new", "changed")

    @property
    def deletes(self) -> list[PlanEntry]:
        return self.by_action("delete")


def remote_hashes(api: Any, repo_id: str) -> dict[str, tuple[str, str | None]]:
    """path -> (git blob sha1, LFS sha256 or None) of every file in the remote repo."""
    from huggingface_hub.hf_api import RepoFile

    out = {}
    for entry in api.list_repo_tree(repo_id, repo_type=REPO_TYPE, recursive=True):
        if isinstance(entry, RepoFile):
            out[entry.path] = (entry.blob_id, entry.lfs.sha256 if entry.lfs else None)
    return out


def _same(local: LocalFile, remote: tuple[str, str | None]) -> bool:
    blob, lfs_sha = remote
    return local.sha256 == lfs_sha if lfs_sha else local.blob_sha1 == blob


def make_plan(files: list[LocalFile], remote: dict[str, tuple[str, str | None]] | None) -> PushPlan:
    if remote is None:
        return PushPlan([PlanEntry(f.path, "new", f.size) for f in files], remote_checked=False)
    entries = [
        PlanEntry(
            f.path, "new" if f.path not in remote else "unchanged" if _same(f, remote[f.path]) else "changed", f.size
        )
        for f in files
    ]
    local = {f.path for f in files}
    entries += [PlanEntry(p, "delete") for p in sorted(remote) if p not in local and p.startswith(MANAGED_PREFIXES)]
    return PushPlan(entries)


# ---- talking to the Hub -------------------------------------------------------------------------
@dataclass
class PushResult:
    repo_id: str
    url: str
    private: bool
    plan: PushPlan
    commit: str | None = None
    dry_run: bool = False


def check_repo_id(repo_id: str) -> str:
    """The repo id, or a one-line UserError when huggingface_hub would refuse it (checked before any work)."""
    from huggingface_hub.utils import HFValidationError, validate_repo_id

    try:
        validate_repo_id(repo_id)
    except HFValidationError as e:
        why = str(e).split(":")[0].rstrip(".")
        raise UserError(f"not a valid Hub repo id: {repo_id!r} (expected NAME or NAMESPACE/NAME; {why})") from None
    return repo_id


def check_token(token: str | None) -> str | None:
    """The token, or a one-line UserError (never showing it) when it cannot be sent in an HTTP header."""
    if token and not (token.isascii() and token.isprintable() and " " not in token):
        raise UserError(
            "the Hugging Face token (HF_TOKEN or the cached login) holds a non-ASCII, space or "
            "control character: not a valid token; copy it again (hf auth login)"
        )
    return token


class _Hub:
    """HfApi calls with errors turned into one-line UserErrors that never contain the token."""

    def __init__(self, token: str | None, endpoint: str | None) -> None:
        hf = _hub()
        from huggingface_hub import constants

        if constants.is_offline_mode():
            raise UserError("HF_HUB_OFFLINE is set: unset it to push to the Hub")
        self.token = check_token(token if token is not None else hf.get_token())
        self.api = hf.HfApi(endpoint=endpoint, token=self.token or False)
        self.endpoint = self.api.endpoint

    def call(self, what: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        from huggingface_hub.errors import HfHubHTTPError, RepositoryNotFoundError

        try:
            return fn(*args, **kwargs)
        except RepositoryNotFoundError:
            raise UserError(f"{self.endpoint}: {what}: repository not found (or not visible with this token)") from None
        except HfHubHTTPError as e:
            status = e.response.status_code if e.response is not None else "?"
            if status == 401:
                raise UserError(
                    f"{self.endpoint}: {what}: the Hugging Face token was rejected (HTTP 401): "
                    "check HF_TOKEN or run `hf auth login`"
                ) from None
            first = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise UserError(f"{self.endpoint}: {what} failed (HTTP {status}): {self._scrub(first)}") from None
        except OSError as e:  # connection refused, DNS, TLS
            raise UserError(f"{self.endpoint}: {what}: cannot reach the Hub ({self._scrub(str(e))})") from None
        except Exception as e:
            if type(e).__module__.startswith(("httpx", "httpcore")):
                raise UserError(f"{self.endpoint}: {what}: cannot reach the Hub ({self._scrub(str(e))})") from None
            raise

    def _scrub(self, text: str) -> str:
        return text.replace(self.token, "***") if self.token else text

    def user(self) -> str:
        if not self.token:
            raise UserError("no Hugging Face token: set HF_TOKEN or run `hf auth login`")
        return self.call("whoami", self.api.whoami, token=self.token)["name"]

    def visibility(self, repo_id: str) -> bool:
        """True when the repo is private (read back from the Hub, never assumed)."""
        info = self.call("read repo info", self.api.repo_info, repo_id, repo_type=REPO_TYPE)
        if info.private is None:
            raise VisibilityError(f"{self.endpoint}: {repo_id}: the Hub did not report the repo's visibility")
        return bool(info.private)


Progress = Callable[[str], None]


def push(
    folder: str | Path,
    repo_id: str,
    *,
    public: bool = False,
    dry_run: bool = False,
    token: str | None = None,
    endpoint: str | None = None,
    progress: Progress = print,
    commit_message: str | None = None,
    roles: Roles | None = None,
    local_folders: tuple[str | Path, ...] = (),
) -> PushResult:
    """Push `folder` to the dataset repo `repo_id`; see the module docstring for the guarantees.

    `roles`: the conversation role names the rows were written with (the build config's contract roles).
    `local_folders`: folders whose absolute paths must not appear in any pushed file (e.g. the config root).
    """
    check_repo_id(repo_id)
    if not dry_run:  # a token that cannot be sent is known before any work
        check_token(token if token is not None else _hub().get_token())
    folder = Path(folder)
    check_folder(folder, roles)
    files = local_files(folder)
    if token:
        redact.remember(token)
    check_publishable(folder, [(f.path, f.file) for f in files], local_folders)  # secrets, paths, Parquet
    want_private = not public

    if dry_run:
        return _dry_run(folder, repo_id, files, want_private, token, endpoint, progress)

    hub = _Hub(token, endpoint)
    user = hub.user()
    repo_id = repo_id if "/" in repo_id else f"{user}/{repo_id}"
    progress(f"creating {'private' if want_private else 'public'} dataset repo {repo_id} (exist_ok)")
    url = str(
        hub.call("create repo", hub.api.create_repo, repo_id, repo_type=REPO_TYPE, private=want_private, exist_ok=True)
    )
    private = hub.visibility(repo_id)
    if want_private and not private:
        raise VisibilityError(
            f"{hub.endpoint}: {repo_id} already exists and is PUBLIC: refusing to push "
            "(make it private on the Hub, or pass --public to publish publicly)"
        )
    if public and private:
        progress(f"switching {repo_id} to public (--public)")
        hub.call("update visibility", hub.api.update_repo_settings, repo_id, repo_type=REPO_TYPE, visibility="public")

    plan = make_plan(files, hub.call("list remote files", remote_hashes, hub.api, repo_id))
    _show(plan, progress)
    commit = None
    if plan.uploads or plan.deletes:
        from huggingface_hub import CommitOperationAdd, CommitOperationDelete

        local = {f.path: f for f in files}
        ops: list[Any] = [CommitOperationAdd(e.path, str(local[e.path].file)) for e in plan.uploads]
        ops += [CommitOperationDelete(e.path) for e in plan.deletes]
        message = commit_message or (
            f"unwritten-curation {__version__}: {len(plan.uploads)} file(s) uploaded, {len(plan.deletes)} deleted"
        )
        progress(
            f"uploading {len(plan.uploads)} file(s) "
            f"({_size(sum(e.size for e in plan.uploads))}), deleting {len(plan.deletes)}"
        )
        info = hub.call("commit", hub.api.create_commit, repo_id, ops, repo_type=REPO_TYPE, commit_message=message)
        commit = info.oid
    else:
        progress("remote is up to date: nothing to upload")

    # read back: visibility and content, fail closed
    private = hub.visibility(repo_id)
    if private != want_private:
        raise VisibilityError(
            f"{hub.endpoint}: {repo_id} is {'private' if private else 'PUBLIC'} after the "
            f"push, expected {'private' if want_private else 'public'}"
        )
    remote = hub.call("list remote files", remote_hashes, hub.api, repo_id)
    wrong = [f.path for f in files if f.path not in remote or not _same(f, remote[f.path])]
    if wrong:
        raise UserError(f"{hub.endpoint}: {repo_id}: {len(wrong)} file(s) differ after the push: {wrong[:5]}")
    progress(f"done: {repo_id} is {'private' if private else 'public'}; {len(files)} files verified")
    return PushResult(repo_id, url, private, plan, commit)


def _dry_run(
    folder: Path,
    repo_id: str,
    files: list[LocalFile],
    want_private: bool,
    token: str | None,
    endpoint: str | None,
    progress: Progress,
) -> PushResult:
    """List what would be uploaded; compares with the remote repo when it can be read, writes nothing."""
    remote = None
    full_id = repo_id
    try:
        hub = _Hub(token, endpoint)
        if hub.token:
            full_id = repo_id if "/" in repo_id else f"{hub.user()}/{repo_id}"
            remote = hub.call("list remote files", remote_hashes, hub.api, full_id)
    except UserError as e:
        progress(f"remote not compared ({e}); listing every local file")
    plan = make_plan(files, remote)
    progress(f"dry run: would push {folder} to {'private' if want_private else 'PUBLIC'} dataset repo {full_id}")
    _show(plan, progress)
    return PushResult(full_id, "", want_private, plan, None, dry_run=True)


def _size(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"  # pragma: no cover


def _show(plan: PushPlan, progress: Progress) -> None:
    for e in plan.entries:
        if e.action != "unchanged":
            progress(f"  {e.action:<9} {e.path}{f'  ({_size(e.size)})' if e.size else ''}")
    unchanged = len(plan.by_action("unchanged"))
    if unchanged:
        progress(f"  {unchanged} file(s) unchanged")
