"""Config validation: unknown or mistyped keys are one clear line naming the key."""

from __future__ import annotations

import pytest

from curation.config import load_config
from curation.errors import UserError


def test_default_config_loads(repo):
    cfg = load_config(repo / "configs" / "unwritten.yaml")
    assert cfg.resolve("samples") == (repo / "samples").resolve()
    assert cfg.stages.dedupe.threshold == 0.85


def test_unknown_key_names_key_and_suggestion(write_config):
    p = write_config("root: .\nstages:\n  dedupe:\n    treshold: 0.9\n")
    with pytest.raises(UserError) as e:
        load_config(p)
    msg = str(e.value)
    assert "stages.dedupe.treshold" in msg and "did you mean 'threshold'" in msg
    assert "\n" not in msg


@pytest.mark.parametrize(
    ("old", "new_line"),
    [
        ("tokens:\n    sequence_len: 2048\n    policy: drop\n", "tokens: {sequence_len: 2048, policy: drop}"),
        ("contract:\n    require_system: true\n", "contract: {require_system: true}"),
    ],
)
def test_an_old_output_stage_section_is_one_line_with_the_exact_new_line(old, new_line, write_config):
    p = write_config(f"root: .\noutput:\n  dir: out\n  {old}")
    with pytest.raises(UserError) as e:
        load_config(p)
    msg = str(e.value)
    key = new_line.split(":")[0]
    assert "\n" not in msg and f"'output.{key}' has moved to 'stages.{key}'" in msg
    assert f"write '{new_line}' under 'stages:'" in msg
    # the line it names, written where it says, loads
    cfg = load_config(write_config(f"root: .\noutput:\n  dir: out\nstages:\n  {new_line}\n"))
    assert cfg.stages.model_dump()[key] != type(cfg.stages)().model_dump()[key]


def test_unknown_top_level_key(write_config):
    with pytest.raises(UserError, match=r"unknown key 'sed'.*did you mean 'seed'"):
        load_config(write_config("sed: 3\n"))


def test_wrong_type_names_key(write_config):
    with pytest.raises(UserError, match=r"'seed'"):
        load_config(write_config("seed: many\n"))


def test_invalid_yaml_names_line(write_config):
    with pytest.raises(UserError, match=r"line 2"):
        load_config(write_config("seed: 1\n  bad: [\n"))


def test_missing_config_file(tmp_path):
    with pytest.raises(UserError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


def test_paths_resolve_against_root_not_cwd(tmp_path, monkeypatch):
    (tmp_path / "configs").mkdir()
    p = tmp_path / "configs" / "c.yaml"
    p.write_text("root: ..\ninputs:\n  interactions: [data]\n")
    monkeypatch.chdir("/")
    cfg = load_config(p)
    assert cfg.resolve(cfg.inputs.interactions[0]) == tmp_path / "data"


def test_config_command_prints_effective_settings(repo, capsys):
    import yaml

    from curation.cli import main

    assert main(["config", "--config", str(repo / "configs" / "unwritten.yaml")]) == 0
    printed = yaml.safe_load(capsys.readouterr().out)
    assert printed["stages"]["dedupe"]["threshold"] == 0.85
    assert printed["inputs"]["interactions"] == ["samples/interactions"]


def test_binary_config_is_one_line(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_bytes(b"\xf8\x00\xff binary")
    with pytest.raises(UserError, match="not a text file"):
        load_config(p)
