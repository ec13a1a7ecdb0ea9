"""The base of every config section (kept apart so section modules can import it without cycles)."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from .errors import UserError


class Section(BaseModel):
    """Unknown keys are errors; values are validated on assignment too."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def read_yaml_mapping(path: str | os.PathLike[str], what: str) -> dict:
    """A YAML file whose top level is a mapping, or a one-line UserError naming the file and the problem.

    `what` names the file's role in messages ("config file", "roster", "system prompts file").
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{what} not found: {path}")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except UnicodeDecodeError as e:
        raise UserError(f"{path}: not a text file (byte {e.start} is not UTF-8)") from None
    except RecursionError:
        raise UserError(f"{path}: not a usable {what}: nested too deeply (thousands of levels)") from None
    except OSError as e:
        raise UserError(f"{path}: cannot read ({e.strerror})") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}:" if mark else ""
        raise UserError(f"{path}:{where} not valid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(raw, dict):
        raise UserError(f"{path}: the top level of a {what} must be a mapping")
    return raw
