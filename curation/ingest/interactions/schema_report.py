"""`unwritten schema` as a library call: profile batch files and match them to the spec."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain import Spec, domain_for, load_spec
from .field_codes import settle_coded_labels
from .field_forms import propose_forms
from .field_match import TypeMatch, Vocabulary, match_profile, match_type
from .field_texts import propose_open_texts
from .profile import UNKNOWN, FolderProfile, profile_files, profile_samples
from .settings import InteractionsConfig
from .spec_fields import spec_fields
from .type_proposal import propose_type


@dataclass
class SchemaReport:
    profile: FolderProfile
    matches: list[TypeMatch]
    #: drafted `interactions.types` entries for labelled data types the spec does not know
    new_types: dict[str, dict[str, Any]] = field(default_factory=dict)


def schema_report(paths: list[Path], settings: InteractionsConfig | None = None) -> SchemaReport:
    """Profile `paths` and match them to the spec.

    With a config's `interactions:` section: its include/exclude patterns, its declared data types
    (`interactions.types`) and its `interactions.field_map` apply (fields the map already moves show as
    matched by the config).
    """
    include = exclude = None
    spec = None
    if settings is not None:
        include, exclude = settings.include, settings.exclude
        spec = domain_for(settings)
    profile = profile_files(paths, include, exclude, spec)
    maps = {t: dict(spec.field_map(t).entries) for t in spec.types} if spec is not None else {}
    spec = spec or load_spec()
    new_types = {
        name: propose_type(tp, spec)
        for name, tp in sorted(profile.types.items())
        if name not in spec.types and name != UNKNOWN
    }
    fields = spec_fields(spec)
    matches = match_profile(profile, fields, maps, spec)
    vocab = _vocabulary(fields)
    for tm in matches:  # containers filled by place (`[N]`, `{}` lines) where names found nothing
        if tm.data_type in fields and tm.data_type in profile.types:
            propose_forms(tm, profile.types[tm.data_type], fields[tm.data_type], vocab)
            propose_open_texts(tm, profile.types[tm.data_type], fields[tm.data_type], spec.draft_words)
            settle_coded_labels(tm, profile.types[tm.data_type], fields[tm.data_type])
    return SchemaReport(profile, matches, new_types)


def _vocabulary(fields: dict[str, list[Any]]) -> Vocabulary:
    """The words of every spec field name and alias (as the matcher builds it)."""
    return Vocabulary(n for fs in fields.values() for f in fs for n in (f.name, *f.aliases))


def match_samples(data_type: str, samples: list[dict[str, Any]], spec: Spec) -> TypeMatch:
    """`unwritten schema`'s match for samples already read (the missing-field guard proposes the same lines)."""
    fields = spec_fields(spec)
    vocab = _vocabulary(fields)
    tp = profile_samples(data_type, samples, spec=spec)
    tm = match_type(tp, fields[data_type], vocab, dict(spec.field_map(data_type).entries), spec)
    propose_forms(tm, tp, fields[data_type], vocab)
    propose_open_texts(tm, tp, fields[data_type], spec.draft_words)
    return settle_coded_labels(tm, tp, fields[data_type])
