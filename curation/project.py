"""`unwritten init DIR`: a starter project that works wherever the package is installed.

The project holds the packaged starter config (paths relative to the config file, so every command works
from any folder with ``--config DIR/unwritten.yaml``), an empty inputs layout and a README saying what goes
where. It never writes into a folder it did not make: a non-empty folder without its config is refused,
and in a project it made only missing pieces are added (nothing is overwritten).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import atomic, defaults
from .errors import UserError

CONFIG_NAME = "unwritten.yaml"
INPUT_DIRS = ("inputs/interactions", "inputs/manuscripts")
#: The first line of the starter config: how `init` recognises a project it made.
STARTER_MARK = "# unwritten-curation project configuration (written by `unwritten init`)."

README = """\
# {name}

An unwritten-curation project. Put generated interaction batches (.json) in `inputs/interactions/`;
put manuscripts (.md, .txt, .docx, or a folder of chapter files) in `inputs/manuscripts/` and list each
one under `inputs.manuscripts` in `unwritten.yaml`. Then, from this folder (or anywhere with
`--config {name}/unwritten.yaml`):

    unwritten build     # -> builders/unwritten/ (load_dataset("builders/unwritten")), report and rejects beside it
    unwritten qlora     # -> qlora/*.yaml, Axolotl configs whose dataset paths are absolute

`unwritten config` prints every setting with its effective value.
"""


@dataclass
class InitResult:
    folder: Path
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def _made_by_init(folder: Path) -> bool:
    config = folder / CONFIG_NAME
    try:
        with config.open(encoding="utf-8") as fh:
            return fh.readline().strip() == STARTER_MARK
    except (OSError, UnicodeDecodeError):
        return False


def init_project(folder: str | Path, with_prompts: bool = False) -> InitResult:
    """Write a starter project into `folder` (new, empty, or a project `init` made earlier)."""
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder}: exists and is not a folder; give a new folder name")
    if folder.is_dir() and any(folder.iterdir()) and not _made_by_init(folder):
        raise UserError(
            f"{folder}: folder is not empty and is not a project made by `unwritten init`; give a new or empty folder"
        )
    result = InitResult(folder.resolve())
    config_text = defaults.text(defaults.STARTER_CONFIG)
    files = {"README.md": README.format(name=folder.name or "project")}
    if with_prompts:
        config_text = config_text.replace(
            "  system_prompts: null        # null: the packaged system prompts",
            "  system_prompts: prompts/system_prompts.yaml  # the packaged ones",
        )
        config_text = config_text.replace(
            "  prompts: null               # null: the packaged generation prompts",
            "  prompts: prompts/generation  # the packaged ones",
        )
        source = defaults.path("prompts")
        for f in sorted(source.rglob("*")):
            if f.is_file() and f.suffix in (".yaml", ".txt"):
                files[f"prompts/{f.relative_to(source).as_posix()}"] = f.read_text(encoding="utf-8")
    files = {CONFIG_NAME: config_text, **files}
    folder.mkdir(parents=True, exist_ok=True)
    for sub in INPUT_DIRS:
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        target = folder / name
        if target.exists():
            result.kept.append(name)
            continue
        atomic.write_text(target, text)
        result.written.append(name)
    return result
