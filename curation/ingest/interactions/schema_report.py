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
    """Profile `paths` and match them to the spec.

    With a config: its include/exclude patterns, its declared data types (`interactions.types`) and its
    `interactions.field_map` apply (fields the map already moves show as matched by the config).
    """
    include = exclude = None
    spec = None
    if config is not None:
        from ...config import load_config
        from ...domain import domain_for

        cfg = load_config(config)
        include, exclude = cfg.interactions.include, cfg.interactions.exclude
        spec = domain_for(cfg.interactions)
    profile = profile_files(paths, include, exclude, spec)
    maps = {t: dict(spec.field_map(t).entries) for t in spec.types} if spec is not None else {}
    return SchemaReport(profile, match_profile(profile, spec_fields(spec), maps))
