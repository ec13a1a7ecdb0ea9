"""The interaction stages of the build: validate (schema + Master Truths rules), quality gate, convert.

Order in the pipeline: ``ValidateInteractions -> QualityGate -> ConvertInteractions``. Each passes
scene records (and anything that is not an interaction) through untouched.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import defaults
from ..ingest.interactions.convert import conversation_rows, load_system_prompts
from ..ingest.interactions.fieldcheck import _SAMPLE_KEEP, MissingFieldTally
from ..ingest.interactions.normalize import check, missing_answer
from ..ingest.interactions.rules import AUTHENTICITY_BUCKETS, spectrum_target, target_agrees, violations
from ..ingest.interactions.settings import InteractionsConfig
from ..records import Record, stable_id
from .base import Context, Filter, Stage


def rule_reason(rule: str) -> str:
    """Reject reason of a dropping rule: 'capacity.x_plus_2' -> 'rule_capacity_x_plus_2'."""
    return "rule_" + rule.replace(".", "_")


@dataclass
class ValidateInteractions(Stage):
    """Schema checks reject (missing, wrong type, not a number, out of range); rule violations are
    flagged, and dropped when their rule is in `interactions.drop_rules`."""

    name = "validate_interactions"
    local = True
    settings: InteractionsConfig

    @classmethod
    def from_config(cls, settings: InteractionsConfig) -> ValidateInteractions:
        return cls(settings)

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        versions = set(self.settings.versions) if self.settings.versions else None
        spec = self.settings.domain()
        # the missing-field guard counts as records stream past and stops at the end of the stream, before any
        # stage after the pipeline writes (records are not held here: at 100k, holding them doubles GC time)
        # on a part of the input (a worker's batch file), records kept by this process's earlier parts count:
        # the parts' tallies then ship only the first few hundred records of each type, as one stream keeps
        kept_before = ctx.shared.setdefault(f"{self.name}:kept", Counter()) if ctx.partial else None
        tally = MissingFieldTally(self.settings, spec, kept_before)
        for r in records:
            if r.kind != "interaction" or r.data_type not in spec.types:
                yield r
                continue
            if versions is not None and r.metadata.get("master_truths_version") not in versions:
                ctx.reject(self, r, "master_truths_version_excluded", version=r.metadata.get("master_truths_version"))
                continue
            problems = check(r.data, spec.types[r.data_type])
            tally.add(r, problems)
            if problems:
                first = problems[0]
                detail: dict[str, Any] = {"field": first.path, "error": first.detail}
                if len(problems) > 1:
                    detail["problems"] = [p.to_dict() for p in problems]
                ctx.reject(self, r, first.reason, **detail)
                continue
            found = violations(r.data_type, r.data, self.settings, spec)
            for rule in found:
                ctx.flag(self, r, rule)
            dropping = [rule for rule in found if self.settings.drops(rule)]
            if dropping:
                ctx.reject(self, r, rule_reason(dropping[0]), rules=found)
                continue
            yield r
        if kept_before is not None:
            kept_before.update({t: len(kept) for t, kept in tally.samples.items()})
        self.end(ctx, _state(tally))

    @staticmethod
    def merge(states: list[Any]) -> Any:
        """Counts added up; the first records of each type kept, and the files in the parts' order, as one stream
        keeps them."""
        per_type: Counter = Counter()
        samples: dict[str, list[dict[str, Any]]] = {}
        n_missing: Counter = Counter()
        n_unreadable: Counter = Counter()
        files_missing: dict[tuple[str, str], dict[str, int]] = {}
        for part_per_type, part_samples, part_missing, part_unreadable, part_files in states:
            per_type.update(part_per_type)
            n_missing.update(part_missing)
            n_unreadable.update(part_unreadable)
            for data_type, kept in part_samples.items():  # the first records of each type, as one stream keeps
                room = _SAMPLE_KEEP - len(samples.setdefault(data_type, []))
                samples[data_type].extend(kept[: max(0, room)])
            for key, files in part_files.items():
                merged = files_missing.setdefault(key, {})
                for name, n in files.items():
                    merged[name] = merged.get(name, 0) + n
        return per_type, samples, n_missing, n_unreadable, files_missing

    def finish(self, ctx: Context, state: Any) -> None:
        """The missing-field guard over every record: stops the build, before anything is written."""
        tally = MissingFieldTally(self.settings, self.settings.domain())
        tally.per_type, part_samples, tally.n_missing, tally.n_unreadable, tally.files_missing = state
        tally.samples.update(part_samples)
        tally.raise_if_failing()


def _state(tally: MissingFieldTally) -> tuple[Any, ...]:
    """What a part of the input hands `merge`: counts, the records kept, the files lacking each field."""
    return tally.per_type, dict(tally.samples), tally.n_missing, tally.n_unreadable, tally.files_missing


@dataclass
class MissingFieldGuard(ValidateInteractions):
    """The missing-field guard alone, rejecting nothing: for commands that convert batches without judging
    them (`unwritten dedupe`). It stops at the end of the input, as validation does in the build."""

    name = "missing_field_guard"

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        spec = self.settings.domain()
        kept_before = ctx.shared.setdefault(f"{self.name}:kept", Counter()) if ctx.partial else None
        tally = MissingFieldTally(self.settings, spec, kept_before)
        for r in records:
            if r.kind == "interaction" and r.data_type in spec.types:
                tally.add(r, check(r.data, spec.types[r.data_type]))
            yield r
        if kept_before is not None:
            kept_before.update({t: len(kept) for t, kept in tally.samples.items()})
        self.end(ctx, _state(tally))


@dataclass
class QualityGate(Filter):
    """Drop interactions whose quality score is below their type's threshold (or `min_quality`).

    Spectrum-aware (`interactions.spectrum_aware_quality`, default): a sample whose only score is its
    authenticity score and that declares an `authenticity_target` is an intended point on the spectrum
    (a "failed" example is supposed to score 0.3), so it passes when the score lies in its target's range
    and is dropped as `off_authenticity_target` otherwise; thresholds do not apply to it. A sample with a
    quality score of its own is gated on that score. A record without any score is kept and flagged
    `quality.missing`: the score is optional for multi-step interactions and the gate cannot judge what is
    not there.
    """

    name = "quality_gate"
    settings: InteractionsConfig

    @classmethod
    def from_config(cls, settings: InteractionsConfig) -> QualityGate:
        return cls(settings)

    def check(self, record: Record, ctx: Context) -> str | tuple[str, dict] | None:
        if record.kind != "interaction":
            return None
        types = self.__dict__.get("_types")
        if types is None:  # the config's types, read once (a pydantic private attribute is slow per record)
            types = self.__dict__["_types"] = frozenset(self.settings.domain().types)
        if record.data_type not in types:
            return None
        q = record.quality
        if q is None:
            ctx.flag(self, record, "quality.missing")
            return None
        target = spectrum_target(record.metadata, self.settings)
        if target is not None:
            if target_agrees(target, q, self.settings.authenticity_target_tolerance):
                return None
            lo, hi = AUTHENTICITY_BUCKETS[target]
            return "off_authenticity_target", {
                "authenticity_score": q,
                "authenticity_target": target,
                "range": [lo, hi],
                "tolerance": self.settings.authenticity_target_tolerance,
            }
        cache = self.__dict__.setdefault("_thresholds", {})
        threshold = cache.get(record.data_type)
        if threshold is None:
            threshold = cache[record.data_type] = self.settings.threshold(record.data_type)
        if q < threshold - 1e-12:
            return "below_quality_threshold", {"quality": q, "threshold": threshold}
        return None


@dataclass
class ConvertInteractions(Stage):
    """Fill `record.conversations` (system, human, gpt) per data type; a sample that becomes several
    rows (dramatic irony per option) is expanded into new records whose `origin` is the sample's id."""

    name = "convert_interactions"
    local = True
    settings: InteractionsConfig
    system_prompts: dict[str, str]

    @classmethod
    def from_config(cls, settings: InteractionsConfig, resolve: Callable[[str], Path] = Path) -> ConvertInteractions:
        """From the `interactions:` section; `resolve` makes a configured system prompts file absolute (the
        config's root); unset, the packaged prompts are read."""
        path = (
            defaults.path(defaults.SYSTEM_PROMPTS)
            if settings.system_prompts is None
            else resolve(settings.system_prompts)
        )
        return cls(settings, load_system_prompts(path, settings.domain()))

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        mode = self.settings.irony_rows
        spec = self.settings.domain()
        for r in records:
            if r.kind != "interaction" or r.data_type not in spec.types:
                yield r
                continue
            missing = missing_answer(r.data, spec.types[r.data_type])
            if missing is not None:  # a record that skipped validation (dedupe) and has nothing to train on
                ctx.reject(self, r, "missing_required_field", field=missing, error="absent")
                continue
            try:
                rows = conversation_rows(r.data_type, r.data, self.system_prompts, mode, spec)
            except (KeyError, TypeError, AttributeError, ValueError) as e:
                ctx.reject(self, r, "conversion_failed", error=f"{type(e).__name__}: {e}")
                continue
            if not rows or any(not turns[-1]["value"].strip() for _, turns in rows):
                ctx.reject(self, r, "empty_answer")
                continue
            if len(rows) == 1:
                r.conversations = rows[0][1]
                yield r
                continue
            ctx.created(self, len(rows) - 1)
            for suffix, turns in rows:
                yield dataclasses.replace(
                    r,
                    id=stable_id(r.id, suffix),
                    conversations=turns,
                    metadata=dict(r.metadata),
                    repairs=list(r.repairs),
                    violations=list(r.violations),
                    origin=r.id,
                )


def validation_stages(settings: InteractionsConfig) -> list[Stage]:
    """Schema + Master Truths rules, then the quality gate: what a batch must pass before conversion
    (shared by the build's order, `unwritten analyze` and the analytics batch reader)."""
    return [ValidateInteractions(settings), QualityGate(settings)]
