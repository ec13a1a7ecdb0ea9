"""A small Hugging Face Hub emulator on 127.0.0.1, for testing pushes with the real `huggingface_hub` client.

It implements what the client calls to create a repo and upload a folder through the legacy (non-Xet) LFS
path, read the repo back and download files:

    GET  /api/whoami-v2                                   token -> user
    POST /api/repos/create                                {name, organization, type, visibility}
    GET  /api/{type}s/{ns}/{name}[/revision/{rev}]        repo info (private, sha, siblings)
    PUT  /api/{type}s/{ns}/{name}/settings                {visibility} or {private}
    POST /api/validate-yaml                               README metadata check
    POST /api/{type}s/{ns}/{name}/preupload/{rev}         upload mode (regular / lfs) + remote oid per file
    POST /{type}s/{ns}/{name}.git/info/lfs/objects/batch  LFS batch: upload + verify actions
    PUT  /lfs/upload/{oid}, POST /lfs/verify              LFS object storage
    POST /api/{type}s/{ns}/{name}/commit/{rev}            ndjson: header, file, lfsFile, deletedFile, deletedFolder
    GET  /api/{type}s/{ns}/{name}/tree/{rev}[/{path}]     listing with blob oid and LFS info
    GET|HEAD /{type}s/{ns}/{name}/resolve/{rev}/{path}    file download

Private repos are invisible (404 RepoNotFound) to anyone but their owner, as on the Hub. Every request is
logged in `requests` so tests can assert what the client did (e.g. which files a re-push sent).
Use as a context manager: ``with HubServer(tokens={"hf_good": "alice"}) as hub: hub.url``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

import yaml

LFS_EXTENSIONS = (".parquet", ".png", ".jpg", ".arrow", ".bin", ".safetensors")
LFS_THRESHOLD = 10 * 1024 * 1024


def git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def lfs_pointer(sha256: str, size: int) -> bytes:
    return f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha256}\nsize {size}\n".encode()


@dataclass
class Repo:
    repo_type: str
    repo_id: str
    owner: str
    private: bool
    files: dict[str, bytes] = field(default_factory=dict)
    lfs: set[str] = field(default_factory=set)  # paths stored as LFS
    commits: list[dict[str, Any]] = field(default_factory=list)  # {oid, summary, added, deleted}

    @property
    def sha(self) -> str:
        return self.commits[-1]["oid"] if self.commits else "0" * 40


class HubServer:
    def __init__(self, tokens: dict[str, str] | None = None) -> None:
        self.tokens = dict(tokens or {"hf_test_token": "tester"})
        self.repos: dict[tuple[str, str], Repo] = {}
        self.objects: dict[str, bytes] = {}  # LFS store by sha256
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    # ---- lifecycle ------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self.httpd is not None
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> HubServer:
        hub = self

        class Handler(_Handler):
            server_state = hub

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        if self.httpd:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # ---- helpers for tests ----------------------------------------------------------------------
    def add_repo(
        self, repo_id: str, owner: str, private: bool, repo_type: str = "dataset", files: dict[str, bytes] | None = None
    ) -> Repo:
        repo = Repo(repo_type, repo_id, owner, private)
        self.repos[(repo_type, repo_id)] = repo
        if files:
            self._commit(repo, "initial", {p: b for p, b in files.items()}, set())
        return repo

    def repo(self, repo_id: str, repo_type: str = "dataset") -> Repo:
        return self.repos[(repo_type, repo_id)]

    def _commit(
        self, repo: Repo, summary: str, added: dict[str, bytes], deleted: set[str], lfs_paths: set[str] = frozenset()
    ) -> str:  # type: ignore[assignment]
        for p in deleted:
            repo.files.pop(p, None)
            repo.lfs.discard(p)
        for p, data in added.items():
            repo.files[p] = data
            (repo.lfs.add if p in lfs_paths else repo.lfs.discard)(p)
        h = hashlib.sha1(repo.sha.encode())
        for p in sorted(repo.files):
            h.update(p.encode() + b"\0" + hashlib.sha256(repo.files[p]).digest())
        oid = h.hexdigest()
        repo.commits.append({"oid": oid, "summary": summary, "added": sorted(added), "deleted": sorted(deleted)})
        return oid


class _Handler(BaseHTTPRequestHandler):
    server_state: HubServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    # ---- plumbing -------------------------------------------------------------------------------
    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        if n:
            return self.rfile.read(n)
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        return b""

    def _send(
        self,
        status: int,
        payload: Any = None,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
        head: bool = False,
    ) -> None:
        body = raw if raw is not None else (b"" if payload is None else json.dumps(payload).encode())
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if raw is None else "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _error(self, status: int, message: str, code: str | None = None) -> None:
        headers = {"X-Error-Message": message}
        if code:
            headers["X-Error-Code"] = code
        self._send(status, {"error": message}, headers)

    def _user(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        return self.server_state.tokens.get(token) if token else None

    def _repo(self, repo_type: str, repo_id: str, write: bool = False) -> Repo | None:
        """The repo if the caller may see it (and write it); otherwise an error is sent and None returned."""
        user = self._user()
        repo = self.server_state.repos.get((repo_type, repo_id))
        if repo is None or (repo.private and repo.owner != user):
            self._error(404, f"Repository Not Found for url: {self.path}.", "RepoNotFound")
            return None
        if write and repo.owner != user:
            self._error(403 if user else 401, "You don't have the rights to write to this repository")
            return None
        return repo

    def _dispatch(self, method: str) -> None:
        st = self.server_state
        url = urlparse(self.path)
        path, query = unquote(url.path), parse_qs(url.query)
        with st.lock:
            st.requests.append((method, path))
        parts = path.strip("/").split("/")
        try:
            if path == "/api/whoami-v2" and method == "GET":
                return self._whoami()
            if path == "/api/repos/create" and method == "POST":
                return self._create(json.loads(self._body() or b"{}"))
            if path == "/api/validate-yaml" and method == "POST":
                return self._validate_yaml(json.loads(self._body() or b"{}"))
            if parts[0] == "lfs" and parts[1] == "upload" and method == "PUT":
                return self._lfs_upload(parts[2])
            if parts[0] == "lfs" and parts[1] == "verify" and method == "POST":
                return self._lfs_verify(json.loads(self._body()))
            if parts[0] == "api" and parts[1].endswith("s") and len(parts) >= 4:
                repo_type, repo_id, rest = parts[1][:-1], "/".join(parts[2:4]), parts[4:]
                if not rest and method == "GET" or rest[:1] == ["revision"] and method == "GET":
                    return self._info(repo_type, repo_id)
                if rest == ["settings"] and method == "PUT":
                    return self._settings(repo_type, repo_id, json.loads(self._body() or b"{}"))
                if rest[:1] == ["preupload"] and method == "POST":
                    return self._preupload(repo_type, repo_id, json.loads(self._body()))
                if rest[:1] == ["commit"] and method == "POST":
                    return self._commit(repo_type, repo_id, self._body())
                if rest[:1] == ["tree"] and method == "GET":
                    return self._tree(repo_type, repo_id, "/".join(rest[2:]), query)
            if (
                len(parts) >= 4
                and parts[0].endswith("s")
                and parts[2].endswith(".git")
                and parts[3:] == ["info", "lfs", "objects", "batch"]
                and method == "POST"
            ):
                return self._lfs_batch(parts[0][:-1], f"{parts[1]}/{parts[2][:-4]}", json.loads(self._body()))
            if len(parts) >= 6 and parts[0].endswith("s") and parts[3] == "resolve" and method in ("GET", "HEAD"):
                return self._resolve(parts[0][:-1], f"{parts[1]}/{parts[2]}", "/".join(parts[5:]), method == "HEAD")
            self._error(404, f"no route for {method} {path}")
        except (ValueError, KeyError) as e:
            self._error(400, f"bad request: {e}")

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    # ---- endpoints ------------------------------------------------------------------------------
    def _whoami(self) -> None:
        user = self._user()
        if not user:
            return self._error(401, "Invalid credentials in Authorization header")
        self._send(
            200,
            {
                "type": "user",
                "name": user,
                "fullname": user.title(),
                "orgs": [],
                "auth": {"type": "access_token", "accessToken": {"displayName": "test", "role": "write"}},
            },
        )

    def _create(self, body: dict[str, Any]) -> None:
        user = self._user()
        if not user:
            return self._error(401, "Invalid credentials in Authorization header")
        namespace = body.get("organization") or user
        if namespace != user:
            return self._error(403, f"You don't have the rights to create a repo under '{namespace}'")
        repo_type = body.get("type") or "model"
        repo_id = f"{namespace}/{body['name']}"
        prefix = "" if repo_type == "model" else f"{repo_type}s/"
        url = f"{self.server_state.url}/{prefix}{repo_id}"
        with self.server_state.lock:
            if (repo_type, repo_id) in self.server_state.repos:
                return self._send(
                    409,
                    {"error": "You already created this repo", "url": url},
                    {"X-Error-Message": "You already created this repo"},
                )
            visibility = body.get("visibility") or ("private" if body.get("private") else "public")
            self.server_state.add_repo(repo_id, user, visibility == "private", repo_type)
        self._send(200, {"url": url, "name": repo_id})

    def _info(self, repo_type: str, repo_id: str) -> None:
        repo = self._repo(repo_type, repo_id)
        if repo:
            self._send(
                200,
                {
                    "id": repo_id,
                    "author": repo.owner,
                    "private": repo.private,
                    "sha": repo.sha,
                    "siblings": [{"rfilename": p} for p in sorted(repo.files)],
                    "tags": [],
                    "disabled": False,
                    "gated": False,
                },
            )

    def _settings(self, repo_type: str, repo_id: str, body: dict[str, Any]) -> None:
        repo = self._repo(repo_type, repo_id, write=True)
        if repo:
            if "visibility" in body:
                repo.private = body["visibility"] == "private"
            elif "private" in body:
                repo.private = bool(body["private"])
            self._send(200, {})

    def _validate_yaml(self, body: dict[str, Any]) -> None:
        content = body.get("content", "")
        if content.startswith("---"):
            try:
                meta = yaml.safe_load(content.split("---", 2)[1])
            except yaml.YAMLError as e:
                return self._send(400, {"errors": [{"message": f"invalid YAML: {e}"}], "warnings": []})
            if meta is not None and not isinstance(meta, dict):
                return self._send(400, {"errors": [{"message": "metadata must be a mapping"}], "warnings": []})
        self._send(200, {"errors": [], "warnings": []})

    def _preupload(self, repo_type: str, repo_id: str, body: dict[str, Any]) -> None:
        repo = self._repo(repo_type, repo_id, write=True)
        if not repo:
            return
        files = []
        for f in body["files"]:
            sample = base64.b64decode(f["sample"])
            lfs = f["path"].endswith(LFS_EXTENSIONS) or f["size"] > LFS_THRESHOLD or b"\0" in sample
            remote = repo.files.get(f["path"])
            oid = None
            if remote is not None:
                oid = hashlib.sha256(remote).hexdigest() if f["path"] in repo.lfs else git_blob_sha1(remote)
            files.append(
                {"path": f["path"], "uploadMode": "lfs" if lfs else "regular", "shouldIgnore": False, "oid": oid}
            )
        self._send(200, {"files": files, "commitOid": repo.sha})

    def _lfs_batch(self, repo_type: str, repo_id: str, body: dict[str, Any]) -> None:
        repo = self._repo(repo_type, repo_id, write=True)
        if not repo:
            return
        objects = []
        for obj in body["objects"]:
            entry: dict[str, Any] = {"oid": obj["oid"], "size": obj["size"]}
            if obj["oid"] not in self.server_state.objects:
                base = self.server_state.url
                entry["actions"] = {
                    "upload": {"href": f"{base}/lfs/upload/{obj['oid']}"},
                    "verify": {"href": f"{base}/lfs/verify"},
                }
            objects.append(entry)
        self._send(200, {"transfer": "basic", "objects": objects})

    def _lfs_upload(self, oid: str) -> None:
        data = self._body()
        if hashlib.sha256(data).hexdigest() != oid:
            return self._error(400, "sha256 mismatch")
        with self.server_state.lock:
            self.server_state.objects[oid] = data
        self._send(200, {})

    def _lfs_verify(self, body: dict[str, Any]) -> None:
        data = self.server_state.objects.get(body["oid"])
        if data is None or len(data) != body["size"]:
            return self._error(404, "object not found")
        self._send(200, {})

    def _commit(self, repo_type: str, repo_id: str, body: bytes) -> None:
        repo = self._repo(repo_type, repo_id, write=True)
        if not repo:
            return
        summary, added, deleted, lfs_paths = "", {}, set(), set()
        for line in body.decode().splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            key, value = item["key"], item["value"]
            if key == "header":
                summary = value["summary"]
            elif key == "file":
                added[value["path"]] = base64.b64decode(value["content"])
            elif key == "lfsFile":
                data = self.server_state.objects.get(value["oid"])
                if data is None:
                    return self._error(422, f"LFS object {value['oid']} was never uploaded")
                added[value["path"]] = data
                lfs_paths.add(value["path"])
            elif key == "deletedFile":
                if value["path"] not in repo.files:
                    return self._error(404, "A file with this name doesn't exist", "EntryNotFound")
                deleted.add(value["path"])
            elif key == "deletedFolder":
                prefix = value["path"].rstrip("/") + "/"
                deleted.update(p for p in repo.files if p.startswith(prefix))
            else:
                return self._error(400, f"unknown commit operation {key}")
        with self.server_state.lock:
            oid = self.server_state._commit(repo, summary, added, deleted, lfs_paths)
        prefix = "" if repo_type == "model" else f"{repo_type}s/"
        self._send(
            200,
            {"commitUrl": f"{self.server_state.url}/{prefix}{repo_id}/commit/{oid}", "commitOid": oid, "success": True},
        )

    def _tree(self, repo_type: str, repo_id: str, sub: str, query: dict[str, list[str]]) -> None:
        repo = self._repo(repo_type, repo_id)
        if not repo:
            return
        recursive = query.get("recursive", ["False"])[0].lower() == "true"
        prefix = sub.strip("/") + "/" if sub.strip("/") else ""
        entries: dict[str, dict[str, Any]] = {}
        for p in sorted(repo.files):
            if not p.startswith(prefix):
                continue
            rest = p[len(prefix) :]
            if "/" in rest and not recursive:
                folder = prefix + rest.split("/")[0]
                entries[folder] = {"type": "directory", "path": folder, "oid": "0" * 40, "size": 0}
                continue
            if recursive:
                segs = rest.split("/")[:-1]
                for i in range(1, len(segs) + 1):
                    folder = prefix + "/".join(segs[:i])
                    entries.setdefault(folder, {"type": "directory", "path": folder, "oid": "0" * 40, "size": 0})
            data = repo.files[p]
            entry: dict[str, Any] = {"type": "file", "path": p, "size": len(data)}
            if p in repo.lfs:
                sha = hashlib.sha256(data).hexdigest()
                pointer = lfs_pointer(sha, len(data))
                entry["oid"] = git_blob_sha1(pointer)
                entry["lfs"] = {"oid": sha, "size": len(data), "pointerSize": len(pointer)}
            else:
                entry["oid"] = git_blob_sha1(data)
            entries[p] = entry
        if prefix and not entries:
            return self._error(404, f"{sub} not found", "EntryNotFound")
        self._send(200, [entries[k] for k in sorted(entries)])

    def _resolve(self, repo_type: str, repo_id: str, path: str, head: bool) -> None:
        repo = self._repo(repo_type, repo_id)
        if not repo:
            return
        data = repo.files.get(path)
        if data is None:
            return self._error(404, f"Entry not found: {path}", "EntryNotFound")
        etag = hashlib.sha256(data).hexdigest() if path in repo.lfs else git_blob_sha1(data)
        headers = {"X-Repo-Commit": repo.sha, "ETag": f'"{etag}"'}
        if path in repo.lfs:
            headers.update({"X-Linked-Etag": f'"{etag}"', "X-Linked-Size": str(len(data))})
        self._send(200, headers=headers, raw=data, head=head)
