"""Secrets and local paths never leave the machine: one redaction pass for everything written, and a push
that refuses a folder holding a secret, an absolute local path or an unreadable Parquet file."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import socket
from pathlib import Path

os.environ["HF_HUB_DISABLE_XET"] = "1"  # before huggingface_hub is imported: legacy LFS path

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import pytest  # noqa: E402
from hub_server import HubServer  # noqa: E402

from curation import redact  # noqa: E402
from curation.cli import main  # noqa: E402
from curation.config import load_config  # noqa: E402
from curation.errors import UserError  # noqa: E402
from curation.publish.hub import push  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TOKEN = "hf_pushTokenForTheEmulator0123456789"
API_KEY = "sk-testApiKeyThatMustNeverLeak0123"
HOST_PASSWORD = "hunter2-host-password"
URL_PASSWORD = "base-url-password-42"


# ---- the redaction pass ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "key",
    [
        "api_key",
        "apiKey",
        "HF_TOKEN",
        "hf_token",
        "access_token",
        "password",
        "client_secret",
        "Authorization",
        "secret",
        "db-password",
        "private_key",
    ],
)
def test_secret_looking_keys(key):
    assert redact.is_secret_key(key)


@pytest.mark.parametrize(
    "key",
    [
        "tokens",
        "tokenizer_json",
        "max_tokens",
        "tokens_per_second",
        "authenticity",
        "authenticity_target",
        "author_note",
        "encoding",
        "keyword",
        "monkey",
    ],
)
def test_ordinary_keys_are_not_secrets(key):
    assert not redact.is_secret_key(key)


def test_config_values_under_secret_keys_are_masked_at_any_depth():
    data = {
        "generation": {
            "api_key": "abc",
            "host": f"http://u:{HOST_PASSWORD}@127.0.0.1:1",
            "tokens_per_example": 800,
            "extra": [{"Authorization": "Bearer x"}],
        },
        "stages": {"tokens": {"encoding": "cl100k_base"}},
    }
    out = redact.redact_config(data)
    assert out["generation"]["api_key"] == "***" and out["generation"]["extra"][0]["Authorization"] == "***"
    assert out["generation"]["host"] == "http://***@127.0.0.1:1"
    assert out["generation"]["tokens_per_example"] == 800 and out["stages"] == data["stages"]
    assert data["generation"]["api_key"] == "abc"  # a copy


def test_settings_are_masked_by_field_name_free_form_maps_only_by_whole_secret_names():
    from pydantic import BaseModel

    class Server(BaseModel):
        url: str
        api_key: str | None = None

    class Settings(BaseModel):
        token: str
        servers: list[Server]
        field_map: dict[str, dict[str, str]]
        headers: dict[str, str]

    model = Settings(
        token="tok-value-1234",
        servers=[Server(url="http://u:longpass1@h", api_key="k-123456789")],
        field_map={"emotional_authenticity": {"auth_target": "authenticity_target", "secret": "hidden_truth"}},
        headers={"Authorization": "Bearer abcdefgh12345678xyz", "X-Trace": "on"},
    )
    out = redact.redact_settings(model, model.model_dump(mode="json"))
    assert out["token"] == "***" and out["servers"][0] == {"url": "http://***@h", "api_key": "***"}
    assert out["field_map"] == model.field_map  # domain field names are not settings
    assert out["headers"] == {"Authorization": "***", "X-Trace": "on"}
    assert redact.redact_text("authenticity_target") == "authenticity_target"  # never remembered as a secret


@pytest.mark.parametrize(
    "text, hidden",
    [
        ("cannot connect to Ollama at http://user:pass@10.0.0.1:11434", "user:pass"),
        ("GET https://x.test/v1/models?api_key=abcdef123&x=1", "abcdef123"),
        ("header Authorization: Bearer abcdefgh12345678xyz", "abcdefgh12345678xyz"),
        ("token hf_abcdefghijklmnopqrstuvwxyz0123 in a log line", "hf_abcdefghijklmnopqrstuvwxyz0123"),
    ],
)
def test_text_redaction(text, hidden):
    assert hidden not in redact.redact_text(text) and "***" in redact.redact_text(text)


def test_prose_is_left_alone():
    text = "The bearer of the password whispered: the token counts are estimates. Her secret: she lied."
    assert redact.redact_text(text) == text


def test_remembered_values_are_masked_anywhere():
    redact.remember("a-remembered-secret-value")
    assert redact.redact_text("x a-remembered-secret-value y") == "x *** y"
    redact.remember("true")  # flags and short values are never searched for in text
    assert redact.redact_text("true") == "true"


def test_log_records_are_redacted():
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "asking %s", ("http://a:bcdefgh@h:1",), None)
    redact.RedactingFilter().filter(record)
    assert record.getMessage() == "asking http://***@h:1"


def test_shown_paths_are_relative_to_the_root(tmp_path):
    assert redact.shown_path(tmp_path / "a" / "b.json", tmp_path) == "a/b.json"
    assert redact.shown_path(tmp_path / "x", tmp_path / "root") == "../x"
    assert redact.shown_path("rel/p", tmp_path) == "rel/p"


def test_printed_paths_are_relative_to_the_working_folder(tmp_path, monkeypatch):
    """What a command prints: `shown_here` for a path it holds, `paths_shown_here` for a library message that
    names one; the working folder's parents become `../` steps, home `~`, whole path segments only."""
    home = tmp_path / "home" / "alice"
    cwd = tmp_path / "work" / "proj"
    cwd.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(cwd)
    assert redact.shown_here(cwd / "out" / "a.json") == "out/a.json"
    assert redact.shown_here(tmp_path / "work" / "other") == "../other"
    assert redact.shown_here("rel/p") == "rel/p"
    shown = redact.paths_shown_here
    assert shown(f"error: input folder is empty: {cwd}/inputs/x") == "error: input folder is empty: inputs/x"
    assert shown(f"{cwd}: no inputs") == ".: no inputs"
    assert shown(f"{tmp_path}/work/other/b.yaml:3: bad") == "../other/b.yaml:3: bad"
    assert shown(f"wrote {tmp_path}/x and {home}/books/b.md") == "wrote ../../x and ~/books/b.md"
    # not a path of these folders: a longer name, a relative path holding the text, a URL, a system folder
    assert shown(f"{cwd}2/x") == f"{cwd}2/x".replace(f"{tmp_path}/work/", "../")
    assert shown(f"data{cwd}/x") == f"data{cwd}/x"
    assert shown(f"http://host{cwd}/x") == f"http://host{cwd}/x"
    assert shown("input: /etc is the system folder /etc") == "input: /etc is the system folder /etc"
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "skipped %s", (str(cwd / "a.json"),), None)
    redact.RedactingFilter().filter(record)
    assert record.getMessage() == "skipped a.json"  # log lines too


# ---- a build with secrets and absolute paths in its config --------------------------------------------
def hostile_project(tmp_path: Path) -> Path:
    """A config with every path absolute (root, inputs, outputs) and secrets in key and URLs."""
    data = tmp_path / "home" / "alice" / "data"
    shutil.copytree(REPO / "samples", data / "samples")
    cfg = tmp_path / "elsewhere" / "c.yaml"
    cfg.parent.mkdir(parents=True)
    out = tmp_path / "outputs"
    cfg.write_text(f"""root: {data}
inputs:
  interactions: [{data}/samples/interactions]
  manuscripts:
    - path: {data}/samples/manuscripts/visions-of-gaea-sample.md
      roster: {data}/samples/manuscripts/roster.yaml
generation:
  api_key: {API_KEY}
  host: http://alice:{HOST_PASSWORD}@127.0.0.1:9
  base_url: https://bob:{URL_PASSWORD}@example.invalid/v1
  out_dir: {data}/generated
output:
  dir: {out}/ds
  qlora: {{out_dir: {out}/qlora, output_root: {out}/runs}}
""")
    return cfg


SECRETS = (API_KEY, HOST_PASSWORD, URL_PASSWORD, TOKEN)


def leaks(blob: bytes, tmp_path: Path) -> list[str]:
    text = blob.decode("utf-8", errors="replace")
    found = [s for s in SECRETS if s in text]
    found += [p for p in (str(tmp_path),) if p in text]
    found += re.findall(r"(?<![.\w])/home/alice", text)  # absolute; "../home/alice" is relative to the root
    return found


def all_strings_of_parquet(path: Path) -> bytes:
    return json.dumps(pq.read_table(path).to_pylist(), default=str).encode()


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("hostile")
    cfg_path = hostile_project(tmp_path)
    assert main(["build", "--config", str(cfg_path), "--quiet"]) == 0
    return tmp_path, cfg_path


def test_no_secret_or_absolute_path_in_any_build_output(hostile_build):
    tmp_path, _ = hostile_build
    outputs = tmp_path / "outputs"
    files = [p for p in outputs.rglob("*") if p.is_file()]
    assert any(p.suffix == ".parquet" for p in files) and (outputs / "ds" / "rejects.jsonl").is_file()
    for p in files:
        blob = all_strings_of_parquet(p) if p.suffix == ".parquet" else p.read_bytes()
        assert not leaks(blob, tmp_path), (p, leaks(blob, tmp_path))
    card = (outputs / "ds" / "README.md").read_text()
    assert 'load_dataset("../../../outputs/ds")' in card  # relative to the root, never ".//abs/path"
    report = json.loads((outputs / "ds" / "build_report.json").read_text())
    assert report["config"]["generation"]["api_key"] == "***"
    assert (
        report["config"]["root"] == "../home/alice/data" and report["config"]["output"]["dir"] == "../../../outputs/ds"
    )
    assert {s["path"] for s in report["sources"]} >= {"samples/manuscripts/visions-of-gaea-sample.md"}
    scenes = pq.read_table(outputs / "ds" / "data" / "scenes" / "train.parquet").to_pylist()
    assert all(not row["source_file"].startswith("/") for row in scenes)


def test_printed_config_and_error_lines_mask_secrets(hostile_build, capsys, monkeypatch):
    _, cfg_path = hostile_build
    assert main(["config", "--config", str(cfg_path)]) == 0
    out = capsys.readouterr().out
    assert API_KEY not in out and HOST_PASSWORD not in out and "api_key: '***'" in out
    with socket.socket() as s:  # a closed port: the "cannot connect" line names the host without credentials
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("OLLAMA_HOST", f"http://carol:{HOST_PASSWORD}@127.0.0.1:{port}")
    assert main(["generate", "--config", str(cfg_path), "--check-only"]) != 0
    err = capsys.readouterr().err
    assert "cannot connect" in err and "http://***@127.0.0.1" in err and HOST_PASSWORD not in err


# ---- push: the emulator holds no secret or local path; refusals upload nothing ------------------------
@pytest.fixture
def hub(monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)
    with HubServer(tokens={TOKEN: "alice"}) as server:
        yield server


def test_after_a_push_no_file_on_the_hub_holds_a_secret_or_local_path(hostile_build, hub):
    tmp_path, cfg_path = hostile_build
    cfg = load_config(cfg_path)
    result = push(
        tmp_path / "outputs" / "ds",
        "alice/unwritten",
        token=TOKEN,
        endpoint=hub.url,
        progress=lambda s: None,
        local_folders=(cfg.root_dir,),
    )
    assert result.private
    files = hub.repo("alice/unwritten").files
    assert any(name.endswith(".parquet") for name in files) and "README.md" in files
    for name, blob in files.items():
        if name.endswith(".parquet"):
            scratch = tmp_path / "downloaded.parquet"
            scratch.write_bytes(blob)
            blob = all_strings_of_parquet(scratch)
        assert not leaks(blob, tmp_path), (name, leaks(blob, tmp_path))


def small_folder(root: Path) -> Path:
    row = {"conversations": [{"from": "human", "value": "Q"}, {"from": "gpt", "value": "A"}]}
    folder = root / "ds"
    (folder / "data" / "conversations").mkdir(parents=True)
    (folder / "axolotl").mkdir()
    (folder / "README.md").write_text("---\nlicense: other\n---\n\n# Card\n")
    pq.write_table(pa.Table.from_pylist([row] * 3), folder / "data" / "conversations" / "train.parquet")
    (folder / "axolotl" / "train.jsonl").write_text("".join(json.dumps(row) + "\n" for _ in range(3)))
    return folder


@pytest.mark.parametrize(
    "damage, expected",
    [
        (
            lambda f: (f / "README.md").write_text("# Card\n\n```yaml\ngeneration:\n  api_key: abc123xyz\n```\n"),
            "README.md:line 5: a value under the secret-looking key 'api_key'",
        ),
        (
            lambda f: (f / "axolotl" / "train.jsonl").write_text(
                json.dumps(
                    {
                        "conversations": [
                            {"from": "human", "value": "Q"},
                            {"from": "gpt", "value": "see /home/alice/notes.txt"},
                        ]
                    }
                )
                + "\n"
            ),
            "axolotl/train.jsonl:line 1: an absolute local path (/home/alice/",
        ),
        (
            lambda f: pq.write_table(
                pa.Table.from_pylist([{"source_file": str(f.parent / "in" / "b.json")}]),
                f / "data" / "conversations" / "train.parquet",
            ),
            "data/conversations/train.parquet:row 0 column source_file: an absolute local path",
        ),
        (
            lambda f: pq.write_table(
                pa.Table.from_pylist([{"host": "http://u:longpassword@h:1"}]),
                f / "data" / "conversations" / "train.parquet",
            ),
            "credentials inside a URL (http://***@",
        ),
        (
            lambda f: (f / "data" / "conversations" / "train.parquet").write_bytes(
                (f / "data" / "conversations" / "train.parquet").read_bytes()[:-40]
            ),
            "data/conversations/train.parquet: not a readable Parquet file",
        ),
        (lambda f: (f / "README.md").write_text(f"# Card\n\nuploaded with {TOKEN}\n"), "README.md:line 3: a"),
    ],
)
def test_push_refuses_a_leaking_or_corrupt_folder_and_uploads_nothing(hub, tmp_path, damage, expected, capsys):
    folder = small_folder(tmp_path)
    damage(folder)
    with pytest.raises(UserError) as e:
        push(folder, "alice/unwritten", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    msg = str(e.value)
    assert expected in msg and "nothing was uploaded" in msg and "\n" not in msg
    assert TOKEN not in msg and "abc123xyz" not in msg and "longpassword" not in msg
    assert not hub.requests  # not even the repo was created
    # the CLI: one line, non-zero
    assert main(["push", "alice/unwritten", "--dir", str(folder), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: refusing to push") and err.count("\n") == 1


def test_a_clean_folder_still_pushes(hub, tmp_path):
    result = push(small_folder(tmp_path), "alice/unwritten", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    assert result.private and "README.md" in hub.repo("alice/unwritten").files
