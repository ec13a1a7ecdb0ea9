"""`unwritten schema` as a library call: profile batch files and match them to the spec."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .field_match import TypeMatch, match_profile
from .profile import FolderProfile, profile_files
from .spec_fields import spec_fields


@dataclass
class SchemaReport:
    profile: FolderProfile
    matches: list[TypeMatch]


def schema_report(paths: list[Path], config: str | Path | None = None) -> SchemaReport:
    """Profile `paths` (with the config's include/exclude patterns when given) and match to the spec."""
    include = exclude = None
    if config is not None:
        from ...config import load_config

        cfg = load_config(config)
        include, exclude = cfg.interactions.include, cfg.interactions.exclude
    profile = profile_files(paths, include, exclude)
    return SchemaReport(profile, match_profile(profile, spec_fields()))
