"""Installed anywhere: packaged defaults, `unwritten init`, config discovery, every command from any folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from curation import defaults
from curation.cli import main
from curation.config import Config, load_config
from curation.errors import UserError
from curation.project import init_project

REPO = Path(__file__).resolve().parents[1]


def test_packaged_defaults_are_inside_the_package_and_complete():
    from curation.ingest.interactions.convert import load_system_prompts
    from curation.ingest.interactions.schemas import DATA_TYPES
    from curation.llm.prompt_files import Prompts

    package = Path(defaults.__file__).parent
    for name in (defaults.STARTER_CONFIG, defaults.SYSTEM_PROMPTS, defaults.CARD_TEMPLATE):
        assert defaults.path(name).is_file() and package in defaults.path(name).parents
    assert set(load_system_prompts(defaults.path(defaults.SYSTEM_PROMPTS))) == set(DATA_TYPES)
    prompts = Prompts()
    assert prompts.folder == defaults.path(defaults.GENERATION_PROMPTS)
    for name in ("system", "judge", "scene_summary", "emotional_authenticity", "multi_step_dialogue"):
        assert prompts.source(name).strip()
    # the starter config is a valid config whose paths are relative to itself
    starter = Config.model_validate(yaml.safe_load(defaults.text(defaults.STARTER_CONFIG)))
    assert starter.root == "." and not Path(starter.output.dir).is_absolute()


def test_unset_prompt_and_template_keys_mean_the_packaged_files(tmp_path):
    cfg = load_config(_write(tmp_path / "c.yaml", "seed: 1\n"))
    assert cfg.interactions.system_prompts is None and cfg.generation.prompts is None
    assert cfg.output.card.template is None
    assert cfg.resolve_or_packaged(None, defaults.SYSTEM_PROMPTS) == defaults.path(defaults.SYSTEM_PROMPTS)
    assert cfg.resolve_or_packaged("mine.yaml", defaults.SYSTEM_PROMPTS) == tmp_path / "mine.yaml"


def test_paths_resolve_against_the_config_file_by_default(tmp_path, monkeypatch):
    cfg_file = _write(tmp_path / "proj" / "unwritten.yaml", "inputs:\n  interactions: [data]\n")
    monkeypatch.chdir(tmp_path)
    assert load_config(cfg_file).resolve("data") == tmp_path / "proj" / "data"


def test_a_configured_prompt_folder_that_is_missing_is_an_error_not_a_silent_fallback(tmp_path):
    from curation.llm.prompt_files import Prompts

    with pytest.raises(UserError, match="prompt folder not found.*generation.prompts"):
        Prompts(tmp_path / "nope")


def test_init_writes_a_starter_project_that_loads(tmp_path, capsys):
    proj = tmp_path / "myproj"
    assert main(["init", str(proj)]) == 0
    assert (proj / "inputs" / "interactions").is_dir() and (proj / "inputs" / "manuscripts").is_dir()
    assert not any((proj / "inputs").rglob("*.*"))  # an empty layout
    readme = (proj / "README.md").read_text()
    assert "inputs/interactions/" in readme and "inputs/manuscripts/" in readme
    cfg = load_config(proj / "unwritten.yaml")
    assert cfg.root_dir == proj and cfg.resolve(cfg.inputs.interactions[0]) == proj / "inputs" / "interactions"
    assert str(tmp_path) not in (proj / "unwritten.yaml").read_text()  # relative paths only
    assert "wrote" in capsys.readouterr().out


def test_init_refuses_a_non_empty_folder_it_did_not_make_and_never_overwrites(tmp_path, capsys):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("mine")
    assert main(["init", str(notes)]) == 2
    err = capsys.readouterr().err
    assert "not empty" in err and err.count("\n") == 1 and "Traceback" not in err
    assert sorted(p.name for p in notes.iterdir()) == ["todo.txt"]
    (tmp_path / "file").write_text("x")
    assert main(["init", str(tmp_path / "file")]) == 2 and (tmp_path / "file").read_text() == "x"

    proj = tmp_path / "proj"
    init_project(proj)
    (proj / "unwritten.yaml").write_text((proj / "unwritten.yaml").read_text() + "seed: 7\n")
    (proj / "README.md").unlink()
    again = init_project(proj)  # a project init made: only the missing pieces come back
    assert again.written == ["README.md"] and again.kept == ["unwritten.yaml"]
    assert load_config(proj / "unwritten.yaml").seed == 7


def test_init_with_prompts_copies_them_and_points_the_config_at_the_copies(tmp_path):
    proj = tmp_path / "p"
    init_project(proj, with_prompts=True)
    cfg = load_config(proj / "unwritten.yaml")
    assert cfg.resolve(cfg.interactions.system_prompts) == proj / "prompts" / "system_prompts.yaml"
    assert cfg.resolve(cfg.generation.prompts) == proj / "prompts" / "generation"
    assert (proj / "prompts" / "generation" / "judge.txt").read_text() == defaults.path(
        "prompts/generation/judge.txt"
    ).read_text()


def test_no_config_here_is_one_line_naming_what_to_do(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for argv in (["config"], ["build"], ["qlora"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "no config file here" in err and "--config" in err and "unwritten init" in err
        assert err.count("\n") == 1


def test_commands_find_unwritten_yaml_in_the_current_folder(tmp_path, monkeypatch, capsys):
    init_project(tmp_path / "p")
    monkeypatch.chdir(tmp_path / "p")
    assert main(["config"]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["inputs"]["interactions"] == ["inputs/interactions"]


def add_samples(proj: Path) -> None:
    """The shipped samples put into a project made by init, the manuscript listed in its config."""
    shutil.copytree(REPO / "samples" / "interactions", proj / "inputs" / "interactions", dirs_exist_ok=True)
    for name in ("visions-of-gaea-sample.md", "roster.yaml"):
        shutil.copy(REPO / "samples" / "manuscripts" / name, proj / "inputs" / "manuscripts" / name)
    text = (proj / "unwritten.yaml").read_text()
    entry = (
        "  manuscripts:\n    - path: inputs/manuscripts/visions-of-gaea-sample.md\n"
        "      universe: visions_of_gaea\n      roster: inputs/manuscripts/roster.yaml\n"
    )
    (proj / "unwritten.yaml").write_text(text.replace("  manuscripts: []", entry.rstrip("\n"), 1))


@pytest.mark.slow
def test_a_project_builds_from_any_folder_with_config(tmp_path, monkeypatch, capsys):
    from datasets import load_dataset

    proj = tmp_path / "myproj"
    init_project(proj)
    add_samples(proj)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config = str(proj / "unwritten.yaml")
    assert main(["build", "--config", config, "--quiet"]) == 0
    assert main(["qlora", "--config", config]) == 0
    assert main(["config", "--config", config]) == 0
    assert main(["push", "org/name", "--dry-run", "--config", config]) == 0
    assert not any(elsewhere.iterdir())  # nothing written where the command ran
    built = proj / "builders" / "unwritten"
    report = json.loads((built / "build_report.json").read_text())
    assert {s["path"] for s in report["sources"]} >= {"inputs/manuscripts/visions-of-gaea-sample.md"}
    ds = load_dataset(str(built), "scenes")
    assert ds["train"].num_rows > 0
    assert (proj / "qlora" / "combined.yaml").is_file()
    # dedupe of a bad file from a folder without config names the file, not missing prompts
    (elsewhere / "bad.json").write_text("{not json")
    capsys.readouterr()
    assert (
        main(
            [
                "dedupe",
                str(elsewhere / "bad.json"),
                "--out",
                str(elsewhere / "o.jsonl"),
                "--clusters",
                str(elsewhere / "c.jsonl"),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "bad.json" in err and "prompt" not in err


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_every_data_file_of_the_package_is_declared_package_data():
    """A data file the code reads (prompts, templates, the domain spec) must ship in the wheel."""
    import fnmatch

    tomllib = pytest.importorskip("tomllib")
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    package_root = REPO / "curation"
    missing = []
    for f in package_root.rglob("*"):
        if not f.is_file() or f.suffix in (".py", ".pyc") or "__pycache__" in f.parts:
            continue
        owner = f.parent
        while not (owner / "__init__.py").is_file():  # the package that holds this file
            owner = owner.parent
        package = ".".join(owner.relative_to(REPO).parts)
        rel = f.relative_to(owner).as_posix()
        patterns = declared.get(package, []) + declared.get("*", [])
        if not any(fnmatch.fnmatchcase(rel, p) and rel.count("/") == p.count("/") for p in patterns):
            missing.append(f.relative_to(REPO).as_posix())
    assert not missing, f"add to [tool.setuptools.package-data]: {missing}"
