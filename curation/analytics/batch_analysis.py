"""Analysis of interaction batches (what `analyze_training_data.py` did), on the build's own parts.

`analyze(cfg)` runs the same `InteractionSource -> ValidateInteractions -> QualityGate` as the build and
computes the report: files and records seen, recovered, kept, rejects per reason, rule violations,
repairs, exact duplicates, per-type figures (pass rate, capacity violations, quality against threshold,
quality distribution) and coverage of capacity x authenticity x complexity with its gaps. The export
helpers write the spec's combined, per-type and split files. Counts add up:
``records_seen == records_kept + sum(rejects_by_reason)`` (exact duplicates are a reject reason: the
first copy in path order is kept).
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import atomic
from ..domain import load_spec
from ..domain.spec import Spec
from ..errors import LedgerMismatch
from ..ingest.interactions.discovery import OWN_OUTPUTS, OWN_OUTPUTS_TOOL, own_outputs
from ..ingest.interactions.rules import AUTHENTICITY_BUCKETS, CAPACITY_BUCKETS
from ..ingest.interactions.source import InteractionSource
from ..records import Record
from ..redact import shown_path
from ..stages.base import Context, Stage, chain
from ..stages.interactions import QualityGate, ValidateInteractions, validation_stages

#: quality bands of the spec (rules.quality_bands), best first
QUALITY_BAND_NAMES = tuple(name for name, _ in load_spec().rules.quality_bands)


def coverage_types(cfg: Any) -> tuple[str, ...]:
    """Types placed in the capacity x authenticity x complexity grid: those whose roles label all three."""
    return tuple(t for t, ts in cfg.interactions.domain().types.items() if len(ts.roles.labels) >= 3)


@dataclass
class Analysis:
    """One analysis run: every recovered record, the kept ones, and the run's context (ledger, rejects)."""

    cfg: Any
    ctx: Context
    recovered: list[Record]
    kept: list[Record]
    report: dict[str, Any] = field(default_factory=dict)

    def status(self) -> dict[str, dict[str, Any]]:
        """id -> reject row, for recovered records that a stage dropped."""
        return {row["id"]: row for row in self.ctx.rejects.rows if row.get("id")}


class SampleDuplicates(Stage):
    """Reject later verbatim copies of a sample (same type and fields after salvage); the first in
    path order is kept and named in the reject. (The build dedupes conversation text instead.)"""

    name = "exact_duplicates"

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        first: dict[str, Record] = {}
        spec = ctx.config.interactions.domain()
        for r in records:
            k = duplicate_key(r, spec)
            if k in first:
                ctx.reject(
                    self,
                    r,
                    "exact_duplicate",
                    duplicate_of={
                        "file": first[k].source.file,
                        "document": first[k].metadata.get("document"),
                        "index": first[k].source.index,
                    },
                )
                continue
            first[k] = r
            yield r


def analyze(cfg: Any) -> Analysis:
    """Run ingest + validation + quality gate over `cfg.inputs.interactions` and build the report."""
    ctx = Context(config=cfg, seed=cfg.seed)
    recovered: list[Record] = []

    def tap(records: Iterable[Record]) -> Iterator[Record]:
        for r in records:
            recovered.append(r)
            yield r

    source = InteractionSource.from_config(cfg.interactions, cfg.inputs.interactions, cfg.resolve)
    stages = [*validation_stages(cfg.interactions), SampleDuplicates()]
    kept = list(chain(tap(source(ctx)), stages, ctx))
    a = Analysis(cfg, ctx, recovered, kept)
    check_accounted(a)
    a.report = json_safe(build_report(a))
    return a


def check_accounted(a: Analysis) -> None:
    """Every record read ends kept or rejected with its reason, per file: a stage that drops a record without a
    reject row (a future form, a new check) stops the run with the file named instead of losing it silently. (The
    ingest accounts for what it reads itself: each sample it parses is a record or a reject row.)"""
    status, kept = a.status(), {r.id for r in a.kept}
    lost: Counter = Counter(r.source.file for r in a.recovered if r.id not in kept and r.id not in status)
    if lost:
        file, n = lost.most_common(1)[0]
        raise LedgerMismatch(
            f"{file}: {n} record(s) read but neither kept nor rejected"
            + (f" (and {sum(lost.values()) - n} in {len(lost) - 1} other file(s))" if len(lost) > 1 else "")
        )


NONE_KEY = "(none)"


def json_safe(value: Any) -> Any:
    """The report with string keys only (None -> "(none)", numbers and tuples as text) and no NaN, so
    `json.dumps(..., sort_keys=True)` works for any input data."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            key = (
                NONE_KEY
                if k is None
                else k
                if isinstance(k, str)
                else "|".join(map(str, k))
                if isinstance(k, tuple)
                else str(k)
            )
            while key in out:  # 1 and "1" in one dict: keep both
                key += "'"
            out[key] = json_safe(v)
        return out
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, float) and value != value:
        return None
    return value


def duplicate_key(r: Record, spec: Spec | None = None) -> str:
    """Exact-duplicate identity: data type + the sample's canonical fields (after salvage). With the domain spec,
    only the type's own fields count: what a generator or an API envelope adds beside them (a resource id, a
    timestamp, a latency) differs between two copies of one sample and is not trained on."""
    data = r.data
    ts = spec.types.get(r.data_type) if spec is not None else None
    if ts is not None:
        own = {f.name for f in ts.fields}
        canonical = {k: v for k, v in data.items() if k in own}
        data = canonical or data
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(f"{r.data_type}\x1f{blob}".encode()).hexdigest()


def _rate(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def _coverage(records: list[Record], cfg: Any) -> dict[str, Any]:
    counts: Counter = Counter()
    seen_complexity: Counter = Counter()
    for r in records:
        m = r.metadata
        counts[(m.get("capacity_level"), m.get("authenticity_target"), m.get("complexity_type"))] += 1
        seen_complexity[m.get("complexity_type")] += 1
    lists = cfg.interactions.complexity_types
    # the complexity list these records follow: the configured list that contains most of their values
    name = max(sorted(lists), key=lambda k: sum(seen_complexity[c] for c in lists[k])) if lists else None
    complexity = list(lists[name]) if name else []
    grid = list(itertools.product(CAPACITY_BUCKETS, AUTHENTICITY_BUCKETS, complexity))
    gaps = [
        {"capacity_level": c, "authenticity_target": a, "complexity_type": x}
        for c, a, x in grid
        if counts[(c, a, x)] == 0
    ]
    return {
        "complexity_list": name,
        "combinations_total": len(grid),
        "combinations_covered": len(grid) - len(gaps),
        "counts": {"|".join(str(p) for p in k): v for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))},
        "by_capacity_level": dict(sorted(Counter(k[0] for k in counts.elements()).items(), key=str)),
        "by_authenticity_target": dict(sorted(Counter(k[1] for k in counts.elements()).items(), key=str)),
        "by_complexity_type": dict(sorted(Counter(k[2] for k in counts.elements()).items(), key=str)),
        "gaps": gaps,
    }


def build_report(a: Analysis) -> dict[str, Any]:
    ctx, cfg = a.ctx, a.cfg
    src = ctx.ledger.stage(InteractionSource.name)
    rows = ctx.rejects.rows
    file_rejects = Counter(r["reason"] for r in rows if r["stage"] == InteractionSource.name and r.get("index") is None)
    record_rejects = Counter(
        r["reason"] for r in rows if not (r["stage"] == InteractionSource.name and r.get("index") is None)
    )
    violations: Counter = Counter()
    for stage in (ValidateInteractions.name, QualityGate.name):
        violations.update(ctx.ledger.stage(stage).flagged)
    status = a.status()
    kept_ids = {r.id for r in a.kept}

    by_type: dict[str, list[Record]] = defaultdict(list)
    for r in a.recovered:
        by_type[r.data_type].append(r)

    duplicates = [
        {"file": r.get("source_file"), "index": r.get("index"), **(r.get("detail") or {})}
        for r in rows
        if r["stage"] == SampleDuplicates.name
    ]

    repairs: Counter = Counter()
    for r in a.recovered:
        repairs.update({x.split(":", 1)[0] for x in r.repairs})

    band = load_spec().rules.quality_band
    gates = cfg.analytics.gates  # the pass-rate and capacity-violation limits (the readme's numbers by default)
    per_type: dict[str, Any] = {}
    for t in cfg.interactions.data_types():
        recs = by_type.get(t, [])
        if not recs:
            continue
        threshold = cfg.interactions.threshold(t)
        qs = [r.quality for r in recs if r.quality is not None]
        rejected = Counter(status[r.id]["reason"] for r in recs if r.id in status)
        passed = sum(1 for r in recs if r.id in kept_ids)
        valid = sum(1 for r in recs if r.id not in status or status[r.id]["stage"] != ValidateInteractions.name)
        cap_viol = sum(1 for r in recs if any(v.startswith("capacity.") for v in r.violations))
        rules = Counter(v for r in recs for v in r.violations)
        bands = Counter(band(q) for q in qs)
        avg = round(sum(qs) / len(qs), 4) if qs else None
        per_type[t] = {
            "recovered": len(recs),
            "valid": valid,
            "passed": passed,
            "pass_rate": _rate(passed, len(recs)),
            "pass_rate_ok": (passed / len(recs)) >= gates.min_pass_rate,
            "capacity_violations": cap_viol,
            "capacity_violation_rate": _rate(cap_viol, len(recs)),
            "capacity_ok": (cap_viol / len(recs)) < gates.max_capacity_violation_share,
            "avg_quality": avg,
            "threshold": threshold,
            "avg_quality_ok": avg is not None and avg >= threshold,
            "quality_distribution": {name: bands.get(name, 0) for name in QUALITY_BAND_NAMES}
            | {"missing": len(recs) - len(qs)},
            "rejects_by_reason": dict(sorted(rejected.items())),
            "violations_by_rule": dict(sorted(rules.items())),
            "master_truths_versions": dict(
                sorted(Counter(r.metadata.get("master_truths_version") for r in recs).items())
            ),
        }
    coverage = {
        t: _coverage([r for r in a.kept if r.data_type == t], cfg)
        for t in coverage_types(cfg)
        if any(r.data_type == t for r in a.kept)
    }
    records_seen = len(a.recovered) + sum(
        1 for r in rows if r["stage"] == InteractionSource.name and r.get("index") is not None
    )
    return {
        "inputs": [shown_path(p, cfg.root_dir) for p in cfg.inputs.interactions],  # as the files are
        "files_seen": src.notes.get("files_seen", 0),
        "files_with_records": src.notes.get("files_with_records", 0),
        "files_skipped": src.notes.get("files_skipped", []),
        "files_rejected": sum(file_rejects.values()),
        "file_rejects_by_reason": dict(sorted(file_rejects.items())),
        "records_seen": records_seen,
        "records_recovered": len(a.recovered),
        "records_kept": len(a.kept),
        "records_rejected": sum(record_rejects.values()),
        "rejects_by_reason": dict(sorted(record_rejects.items())),
        "violations_by_rule": dict(sorted(violations.items())),
        "records_declared_missing": src.notes.get("records_declared_missing", 0),
        "records_repaired": sum(1 for r in a.recovered if r.repairs),
        "repairs_by_kind": dict(sorted(repairs.items())),
        "exact_duplicates": len(duplicates),
        "duplicates": duplicates,
        "master_truths_versions": dict(
            sorted(Counter(r.metadata.get("master_truths_version") for r in a.recovered).items())
        ),
        "thresholds": {t: cfg.interactions.threshold(t) for t in cfg.interactions.data_types()},
        "min_quality": cfg.interactions.min_quality,
        "gates": {
            "min_pass_rate": gates.min_pass_rate,
            "max_capacity_violation_share": gates.max_capacity_violation_share,
        },
        "per_type": per_type,
        "coverage": coverage,
        "ledger": ctx.ledger.to_list(),
    }


# ---- rejects / flags file ----------------------------------------------------------------------------
def rejects_lines(a: Analysis) -> str:
    """One JSON line per rejected or flagged record (and per rejected file): file, index, type, reason/rules."""
    status = a.status()
    out: list[dict[str, Any]] = []
    for row in a.ctx.rejects.rows:
        if not row.get("id"):
            out.append(
                {
                    "file": row.get("source_file"),
                    "index": row.get("index"),
                    "data_type": None,
                    "document": (row.get("detail") or {}).get("document"),
                    "status": "rejected",
                    "stage": row["stage"],
                    "reason": row["reason"],
                    "rules": [],
                    "detail": row.get("detail"),
                }
            )
    for r in a.recovered:
        row = status.get(r.id)
        if row is None and not r.violations:
            continue
        out.append(
            {
                "file": r.source.file,
                "index": r.source.index,
                "data_type": r.data_type,
                "document": r.metadata.get("document"),
                "status": "rejected" if row else "flagged",
                "stage": row["stage"] if row else None,
                "reason": row["reason"] if row else None,
                "rules": list(r.violations),
                "detail": row.get("detail") if row else None,
                "id": r.id,
            }
        )
    out.sort(
        key=lambda x: (
            str(x["file"]),
            x["document"] or 0,
            x["index"] if isinstance(x["index"], int) else -1,
            x["status"],
        )
    )
    return "".join(json.dumps(x, ensure_ascii=False, sort_keys=True, default=str) + "\n" for x in out)


# ---- exports (the spec's --combine / --export-by-type / --generate-splits) ------------------------------
def export_rows(records: Iterable[Record]) -> list[dict[str, Any]]:
    """Kept samples as the spec's combined files hold them: data type and version, then the fields.
    Exact duplicates are written once; order is by type, file and position."""
    seen: set[str] = set()
    rows = []
    for r in sorted(records, key=lambda r: (r.data_type, r.source.file, r.source.index or 0)):
        k = duplicate_key(r)
        if k in seen:
            continue
        seen.add(k)
        rows.append(
            {"data_type": r.data_type, "master_truths_version": r.metadata.get("master_truths_version"), **r.data}
        )
    return rows


def _version_tag(records: list[Record]) -> str:
    versions = sorted({str(r.metadata.get("master_truths_version")) for r in records})
    return versions[0] if len(versions) == 1 else "mixed"


def _dump(path: Path, rows: Any) -> None:
    atomic.write_text(path, json.dumps(rows, ensure_ascii=False, indent=2) + "\n")


def record_outputs(paths: list[Path]) -> None:
    """Add the written files to the OWN_OUTPUTS marker of their folder (merged with earlier runs), so a
    folder scan skips them: `analyze X` may write into X (the spec's layout) and still never read its own
    combined files back as input."""
    by_folder: dict[Path, set[str]] = {}
    for p in paths:
        p = Path(p).resolve()
        by_folder.setdefault(p.parent, set()).add(p.name)
    for folder, names in sorted(by_folder.items()):
        files = sorted(own_outputs(folder) | names)
        atomic.write_text(
            folder / OWN_OUTPUTS,
            json.dumps(
                {
                    "tool": OWN_OUTPUTS_TOOL,
                    "note": "files written by `unwritten analyze`; folder scans skip them",
                    "files": files,
                },
                indent=2,
            )
            + "\n",
        )


def write_combined(a: Analysis, out: Path) -> list[Path]:
    path = out / "combined_training_data.json"
    _dump(path, export_rows(a.kept))
    return [path]


def write_by_type(a: Analysis, out: Path) -> list[Path]:
    written = []
    tag = _version_tag(a.kept)
    for t in a.cfg.interactions.data_types():
        recs = [r for r in a.kept if r.data_type == t]
        if recs:
            path = out / f"{t}_combined_{tag}.json"
            _dump(path, export_rows(recs))
            written.append(path)
    return written


def split_of(group: str, seed: int, ratios: tuple[float, float, float]) -> str:
    """Deterministic split of a base-scenario group (a stable hash, so adding data moves nothing)."""
    h = int(hashlib.sha256(f"{seed}:{group}".encode()).hexdigest()[:12], 16) / float(1 << 48)
    train, val, _ = ratios
    total = sum(ratios) or 1.0
    if h < train / total:
        return "train"
    if h < (train + val) / total:
        return "validation"
    return "test"


def write_splits(a: Analysis, out: Path) -> list[Path]:
    s = a.cfg.stages.split
    ratios = (s.train, s.validation, s.test)
    parts: dict[str, list[Record]] = {"train": [], "validation": [], "test": []}
    for r in a.kept:
        parts[split_of(r.group or r.id, a.cfg.seed, ratios)].append(r)
    tag = _version_tag(a.kept)
    written = []
    for name, recs in parts.items():
        path = out / f"{name}_set_{tag}.json"
        _dump(path, export_rows(recs))
        written.append(path)
    return written
