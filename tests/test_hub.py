"""Hub push with the real huggingface_hub client against the emulator in tests/hub_server.py (127.0.0.1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ["HF_HUB_DISABLE_XET"] = "1"  # before huggingface_hub is imported: legacy LFS path

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import pytest  # noqa: E402
from hub_server import HubServer  # noqa: E402

from curation.errors import UserError  # noqa: E402
from curation.publish.hub import VisibilityError, push  # noqa: E402

TOKEN = "hf_secret_token_value_123"
ROW = {"conversations": [{"from": "human", "value": "Q"}, {"from": "gpt", "value": "A"}]}


@pytest.fixture(autouse=True)
def online(monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)


@pytest.fixture
def hub():
    with HubServer(tokens={TOKEN: "alice", "hf_bob": "bob"}) as server:
        yield server


def make_folder(root: Path, n_rows: int = 3) -> Path:
    folder = root / "unwritten"
    (folder / "data" / "conversations").mkdir(parents=True)
    (folder / "axolotl").mkdir()
    (folder / "assets").mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: other\nconfigs:\n- config_name: conversations\n"
        "  data_files:\n  - split: train\n    path: data/conversations/train.parquet\n"
        "---\n\n# Card\n"
    )
    pq.write_table(pa.Table.from_pylist([ROW] * n_rows), folder / "data" / "conversations" / "train.parquet")
    (folder / "axolotl" / "train.jsonl").write_text("".join(json.dumps(ROW) + "\n" for _ in range(n_rows)))
    (folder / "assets" / "tokens.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return folder


def pushed_files(hub: HubServer, repo_id: str) -> dict[str, bytes]:
    return dict(hub.repo(repo_id).files)


def test_push_creates_private_repo_with_identical_files(hub, tmp_path, capsys):
    folder = make_folder(tmp_path)
    lines: list[str] = []
    result = push(folder, "alice/unwritten", token=TOKEN, endpoint=hub.url, progress=lines.append)
    assert result.private and result.commit
    repo = hub.repo("alice/unwritten")
    assert repo.private
    local = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert pushed_files(hub, "alice/unwritten") == local  # byte-identical
    assert {"data/conversations/train.parquet", "assets/tokens.png"} <= repo.lfs  # binary files went via LFS
    assert ("POST", "/datasets/alice/unwritten.git/info/lfs/objects/batch") in hub.requests
    assert any(line.startswith("done:") for line in lines)
    out = capsys.readouterr()
    assert TOKEN not in out.out + out.err + "\n".join(lines)


def test_repo_name_without_namespace_goes_to_the_token_owner(hub, tmp_path):
    result = push(make_folder(tmp_path), "unwritten", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    assert result.repo_id == "alice/unwritten" and hub.repo("alice/unwritten").private


def test_repush_uploads_only_what_changed_and_deletes_stale_files(hub, tmp_path):
    folder = make_folder(tmp_path)
    push(folder, "alice/ds", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    again = push(folder, "alice/ds", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    assert again.commit is None and not again.plan.uploads  # nothing changed: no commit at all
    assert len(hub.repo("alice/ds").commits) == 1

    (folder / "axolotl" / "train.jsonl").write_text(json.dumps(ROW) + "\n")
    (folder / "assets" / "tokens.png").unlink()
    third = push(folder, "alice/ds", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    last = hub.repo("alice/ds").commits[-1]
    assert last["added"] == ["axolotl/train.jsonl"] and last["deleted"] == ["assets/tokens.png"]
    assert {e.path for e in third.plan.by_action("unchanged")} == {"README.md", "data/conversations/train.parquet"}
    assert hub.repo("alice/ds").files["axolotl/train.jsonl"] == (folder / "axolotl" / "train.jsonl").read_bytes()


def test_existing_public_repo_makes_the_push_refuse_before_uploading(hub, tmp_path):
    hub.add_repo("alice/open", "alice", private=False, files={"README.md": b"hello"})
    with pytest.raises(VisibilityError, match="already exists and is PUBLIC: refusing"):
        push(make_folder(tmp_path), "alice/open", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    repo = hub.repo("alice/open")
    assert repo.files == {"README.md": b"hello"} and len(repo.commits) == 1 and not repo.private
    assert not any("/preupload/" in p or "/commit/" in p for _, p in hub.requests)


def test_public_only_with_the_flag(hub, tmp_path):
    folder = make_folder(tmp_path)
    push(folder, "alice/pub", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    assert hub.repo("alice/pub").private
    result = push(folder, "alice/pub", public=True, token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    assert not result.private and not hub.repo("alice/pub").private


def test_wrong_token_is_a_clear_error_without_the_token(hub, tmp_path):
    with pytest.raises(UserError) as e:
        push(make_folder(tmp_path), "alice/x", token="hf_wrong_value", endpoint=hub.url, progress=lambda s: None)
    assert "token was rejected (HTTP 401)" in str(e.value) and "hf_wrong_value" not in str(e.value)
    assert not hub.repos


def test_someone_elses_repo_is_refused(hub, tmp_path):
    hub.add_repo("bob/private", "bob", private=True)
    with pytest.raises(UserError, match="create repo failed \\(HTTP 403\\)"):
        push(make_folder(tmp_path), "bob/private", token=TOKEN, endpoint=hub.url, progress=lambda s: None)


def test_unreachable_hub_is_one_line(tmp_path):
    with HubServer() as server:
        url = server.url
    with pytest.raises(UserError, match="cannot reach the Hub"):
        push(make_folder(tmp_path), "alice/x", token=TOKEN, endpoint=url, progress=lambda s: None)


def test_dry_run_lists_without_writing(hub, tmp_path):
    folder = make_folder(tmp_path)
    lines: list[str] = []
    result = push(folder, "alice/dry", dry_run=True, token=TOKEN, endpoint=hub.url, progress=lines.append)
    assert result.dry_run and {e.action for e in result.plan.entries} == {"new"}
    assert any("data/conversations/train.parquet" in line for line in lines)
    assert not hub.repos and not any(m in ("POST", "PUT") for m, _ in hub.requests)
    push(folder, "alice/dry", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    (folder / "README.md").write_text((folder / "README.md").read_text() + "\nmore\n")
    result = push(folder, "alice/dry", dry_run=True, token=TOKEN, endpoint=hub.url, progress=lines.append)
    assert [e.path for e in result.plan.uploads] == ["README.md"]


def test_folder_with_a_bad_axolotl_row_is_never_pushed(hub, tmp_path):
    folder = make_folder(tmp_path)
    (folder / "axolotl" / "train.jsonl").write_text(json.dumps({"conversations": []}) + "\n")
    with pytest.raises(UserError, match="train.jsonl: line 1: contract_empty_conversation"):
        push(folder, "alice/bad", token=TOKEN, endpoint=hub.url, progress=lambda s: None)
    assert not hub.requests


def test_cli_push_end_to_end(hub, tmp_path):
    """`unwritten push` in a fresh process: token from HF_TOKEN, endpoint from HF_ENDPOINT, never printed."""
    folder = make_folder(tmp_path)
    env = {
        **os.environ,
        "HF_TOKEN": TOKEN,
        "HF_ENDPOINT": hub.url,
        "HF_HUB_OFFLINE": "0",
        "HF_HUB_DISABLE_XET": "1",
        "HF_HOME": str(tmp_path / "hf_home"),
    }
    cmd = [
        sys.executable,
        "-c",
        "import sys; from curation.cli import main; sys.exit(main())",
        "push",
        "alice/cli",
        "--dir",
        str(folder),
    ]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert hub.repo("alice/cli").private and "README.md" in hub.repo("alice/cli").files
    assert TOKEN not in done.stdout + done.stderr
    hub.add_repo("alice/open", "alice", private=False)
    refused = subprocess.run([*cmd[:4], "alice/open", *cmd[5:]], env=env, capture_output=True, text=True)
    assert refused.returncode == 4 and "refusing to push" in refused.stderr and "Traceback" not in refused.stderr
    wrong = subprocess.run(cmd, env={**env, "HF_TOKEN": "hf_nope"}, capture_output=True, text=True)
    assert wrong.returncode == 2 and "token was rejected" in wrong.stderr and "hf_nope" not in wrong.stderr


def test_folder_check_uses_the_configured_role_names(tmp_path):
    import json as _json

    from curation.errors import UserError as _UserError
    from curation.publish.hub import check_folder
    from curation.stages.contract import Roles

    (tmp_path / "axolotl").mkdir()
    (tmp_path / "README.md").write_text("---\nconfigs: []\n---\n")
    row = {"conversations": [{"from": "user", "value": "Hi"}, {"from": "assistant", "value": "Hello"}]}
    (tmp_path / "axolotl" / "train.jsonl").write_text(_json.dumps(row) + "\n")
    check_folder(tmp_path, Roles("system", "user", "assistant"))
    with pytest.raises(_UserError, match="train.jsonl"):
        check_folder(tmp_path)
