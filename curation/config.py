"""Pipeline configuration: one YAML file, validated once at load.

Every section is a pydantic model that forbids unknown keys, so a typo (``treshold``) is a one-line
error naming the key and the closest valid name, never a silently ignored setting. Section models live
next to the code they configure; this module assembles them and owns loading and error formatting.

Relative paths resolve against ``root`` (default ``.``, the config file's folder), which itself is
relative to the config file: ``configs/unwritten.yaml`` with ``root: ..`` means paths are relative to the
repository root, whatever the current directory. Without ``--config``, commands read ``./unwritten.yaml``
(a project made by ``unwritten init``), then ``./configs/unwritten.yaml`` (this repository's layout).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from . import defaults
from .config_base import Section, read_yaml_mapping
from .errors import UserError
from .redact import redact_settings, relative_paths

#: Where commands look for a config when --config is not given, in order (relative to the current folder).
CONFIG_CANDIDATES = (Path("unwritten.yaml"), Path("configs/unwritten.yaml"))
DEFAULT_CONFIG_HELP = "./unwritten.yaml, else ./configs/unwritten.yaml"


def find_config() -> Path | None:
    """The config a command uses without --config, or None when the current folder has none."""
    return next((p for p in CONFIG_CANDIDATES if p.is_file()), None)


# Section models are defined beside the code they configure; imported here to assemble the whole.
from .analytics.settings import AnalyticsConfig  # noqa: E402
from .export.settings import OutputConfig  # noqa: E402
from .generate.settings import GenerationConfig  # noqa: E402
from .ingest.interactions.settings import InteractionsConfig  # noqa: E402
from .ingest.manuscripts.settings import ChunkingConfig, ManuscriptsConfig  # noqa: E402
from .stages.settings import StagesConfig  # noqa: E402


class ManuscriptInput(Section):
    path: str
    universe: str | None = Field(None, description="the book's world on rows and in prompts; null = the file's name")
    roster: str | None = None


class Inputs(Section):
    interactions: list[str] = Field(default_factory=list, description="batch files or folders (recursive)")
    manuscripts: list[ManuscriptInput] = Field(default_factory=list)

    @field_validator("manuscripts", mode="before")
    @classmethod
    def _paths_as_entries(cls, v: Any) -> Any:
        if isinstance(v, list):
            return [{"path": x} if isinstance(x, str) else x for x in v]
        return v


class Config(Section):
    root: str = Field(".", description="folder relative paths resolve against, relative to the config file")
    seed: int = 42
    max_drop_share: float = Field(0.30, ge=0, le=1, description="warn when a stage drops more than this")
    inputs: Inputs = Field(default_factory=Inputs)
    interactions: InteractionsConfig = Field(default_factory=InteractionsConfig)
    chunking: ChunkingConfig = Field(default_factory=ChunkingConfig)
    manuscripts: ManuscriptsConfig = Field(default_factory=ManuscriptsConfig)
    stages: StagesConfig = Field(default_factory=StagesConfig)
    output: OutputConfig = Field(default_factory=OutputConfig)
    generation: GenerationConfig = Field(default_factory=GenerationConfig)
    analytics: AnalyticsConfig = Field(default_factory=AnalyticsConfig)

    # set by load_config, not from YAML
    _path: Path | None = None
    _root_dir: Path = Path(".")

    def resolve(self, p: str | Path) -> Path:
        """A config path made absolute against the configured root."""
        p = Path(p).expanduser()
        return p if p.is_absolute() else (self._root_dir / p).resolve()

    def resolve_or_packaged(self, p: str | Path | None, packaged: str) -> Path:
        """A configured file resolved like any path, or the packaged default (`curation/defaults/`) when unset."""
        return defaults.path(packaged) if p is None else self.resolve(p)

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def root_dir(self) -> Path:
        """The folder relative paths resolve against (``root``, relative to the config file)."""
        return self._root_dir

    def to_public_dict(self, relative: bool = True) -> dict[str, Any]:
        """The full configuration as written in the card and the build report: secret-looking values masked,
        and (`relative`) paths relative to the root, `root` relative to the config file's folder."""
        data = self.model_dump(mode="json")
        if relative:
            data = relative_paths(data, self._root_dir)
            if self._path is not None:
                data["root"] = Path(os.path.relpath(self._root_dir, self._path.parent)).as_posix()
        return redact_settings(self, data)


def _closest(name: str, model: type[BaseModel] | None) -> str:
    if model is None:
        return ""
    match = difflib.get_close_matches(name, list(model.model_fields), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


def _model_at(loc: tuple, root: type[BaseModel]) -> type[BaseModel] | None:
    """The pydantic model that owns the key at `loc` (for 'did you mean' suggestions)."""
    model: Any = root
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(model, "model_fields", {}).get(part)
        if field is None:
            return None
        ann = field.annotation
        for cand in (ann, *getattr(ann, "__args__", ())):
            for inner in (cand, *getattr(cand, "__args__", ())):
                if isinstance(inner, type) and issubclass(inner, BaseModel):
                    model = inner
                    break
            else:
                continue
            break
        else:
            return None
    return model


#: Keys an older config may still hold, and the section that now holds each (one place for the chunk bounds).
MOVED_KEYS = {
    ("manuscripts", k): "chunking" for k in ("min_words", "max_words", "target_min_words", "target_max_words")
}

#: Sections an older config may still hold under another section: (old place) -> (new section, why).
MOVED_SECTIONS = {
    ("output", "tokens"): ("stages", "the token budget is a stage: its settings sit with the other stages'"),
    ("output", "contract"): ("stages", "the row contract is a stage: its settings sit with the other stages'"),
}


def _moved_section(source: str, loc: tuple, value: Any) -> str:
    """One line: the old section's place, and its exact line (the user's own values) under the new section."""
    parent, why = MOVED_SECTIONS[loc]
    line = f"{loc[-1]}: " + yaml.safe_dump(value, default_flow_style=True, sort_keys=False, width=10**6).strip()
    if line.endswith("\n..."):  # a scalar, dumped as a document
        line = line[: -len("\n...")]
    return (
        f"{source}: '{'.'.join(loc)}' has moved to '{parent}.{loc[-1]}': write '{line}' under '{parent}:' "
        f"instead ({why})"
    )


def format_validation_error(err: ValidationError, source: str) -> str:
    lines = []
    for e in err.errors():
        loc = tuple(e["loc"])
        key = ".".join(str(p) for p in loc)
        if e["type"] == "extra_forbidden" and loc in MOVED_KEYS:
            line = f"{MOVED_KEYS[loc]}: {{{loc[-1]}: {e.get('input')}}}"  # the user's own value
            lines.append(
                f"{source}: '{key}' has moved: write '{line}' instead (the chunk bounds are "
                f"set once, for the chunker and the scene length filter)"
            )
        elif e["type"] == "extra_forbidden" and loc in MOVED_SECTIONS:
            lines.append(_moved_section(source, loc, e["input"]))
        elif e["type"] == "extra_forbidden":
            lines.append(f"{source}: unknown key '{key}'{_closest(str(loc[-1]), _model_at(loc, Config))}")
        else:
            lines.append(f"{source}: '{key}': {e['msg']}")
    return "\n".join(lines)


def load_config(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """Load and validate a YAML config; `None` reads the one `find_config` finds in the current folder."""
    if path is None:
        path = find_config()
        if path is None:
            raise UserError(
                f"no config file here ({DEFAULT_CONFIG_HELP}): pass --config PATH, or make a "
                f"project with `unwritten init DIR`"
            )
    path = Path(path)
    raw = read_yaml_mapping(path, "config file")
    for dotted, value in (overrides or {}).items():
        node = raw
        *parents, last = dotted.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[last] = value
    try:
        cfg = Config.model_validate(raw)
    except ValidationError as e:
        raise UserError(format_validation_error(e, str(path))) from None
    cfg._path = path.resolve()
    redact_settings(cfg, cfg.model_dump(mode="json"))  # secret values are masked wherever they appear from now on
    cfg._root_dir = (path.resolve().parent / cfg.root).resolve()
    return cfg
