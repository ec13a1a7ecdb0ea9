"""Benchmark: `unwritten schema` (profile + match + proposed map) on N interaction records (default 100k).

Writes the same batch set as bench_interactions.py (all seven data types, typed batches of 50 samples and
multi-step arrays, ~2 % of files messy), with the field names of every sample drifted by one seeded plan per
data type (tests/field_drift.py), so the matcher has real work to do (the ~2 % messy files keep our names: two
"prompt versions" in one folder); then times `schema_report` end to end and prints records/second, wall and
CPU time. The target (issue 11) is under 10 s for 100k records on this machine. The clean multi-step sample the
batches grow from has "x" for its `training_metadata.generated_at`; a pipeline writes the time there, so each
drifted record gets one (until 2026-12-04 the bench kept "x", which no matcher can tell is a time: the field was
counted as missed). With `--untyped N`, N of the typed batch files lose the header's data type and their
typed names (export_000001.json ...), so `unwritten schema` proposes an `interactions.file_types` line for them
and profiles their records as that type (the path the plain run does not take).

    python benchmarks/bench_schema.py [--records 100000] [--untyped 40]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's package, not the editable install's (a worktree times its own code)
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_interactions import write_batches  # noqa: E402
from field_drift import apply_plan, make_plan  # noqa: E402

from curation.domain import load_spec  # noqa: E402
from curation.ingest.interactions.field_match import field_map  # noqa: E402
from curation.ingest.interactions.schema_report import schema_report  # noqa: E402
from curation.ingest.interactions.spec_fields import spec_fields  # noqa: E402


def drift_folder(folder: Path, seed: int = 1) -> dict:
    """Rewrite every batch file of `folder` with one drift plan per data type; returns the plans."""
    spec = spec_fields()
    rng = random.Random(seed)
    plans = {t: make_plan(t, spec[t], rng) for t in sorted(spec)}
    # the type written as bare arrays (no batch header to name it): the spec says which
    headerless = next(name for name, t in load_spec().types.items() if t.headerless)
    # where its pipeline writes the time
    stamp = next((f.path for f in spec[headerless] if f.format == "timestamp"), "")
    for f in sorted(folder.iterdir()):
        text = f.read_text(encoding="utf-8")
        try:
            doc = json.loads(text)
        except json.JSONDecodeError:
            continue  # the messy files stay as written (fences, CRLF): salvage still reads them
        if isinstance(doc, list):
            doc = [apply_plan(_stamped(s, i, stamp), plans[headerless]) for i, s in enumerate(doc)]
        else:
            doc["samples"] = [apply_plan(s, plans[doc["data_type"]]) for s in doc["samples"]]
        f.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return plans


def strip_types(folder: Path, n: int) -> int:
    """Rename `n` batch files of the first data type written with a header to export_*.json, their header's data
    type removed (records of no type, unless a field of theirs names it); returns how many."""
    done = 0
    for f in sorted(folder.iterdir()):
        if done >= n:
            break
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            continue
        if not isinstance(doc, dict) or doc.get("data_type") is None:
            continue
        del doc["data_type"]
        f.unlink()
        (folder / f"export_{done:06d}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        done += 1
    return done


def _stamped(sample: dict, i: int, path: str) -> dict:
    """The sample with a generation time at `path` (the spec's time stamp field), where the clean sample holds a
    placeholder that is no time."""
    *parents, leaf = path.split(".")
    obj = sample
    for step in parents:
        obj = obj.get(step) if isinstance(obj, dict) else None
    if isinstance(obj, dict) and obj.get(leaf) == "x":
        obj[leaf] = f"2025-10-14T{12 + i % 10:02d}:{i % 60:02d}:00Z"
    return sample


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--untyped", type=int, default=0, help="files whose data type is left unsaid (file_types)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_schema_") as tmp:
        folder = Path(tmp) / "batches"
        folder.mkdir()
        n_files = write_batches(folder, args.records)
        plans = drift_folder(folder)
        stripped = strip_types(folder, args.untyped)
        size = sum(f.stat().st_size for f in folder.iterdir())
        t0, c0 = time.perf_counter(), time.process_time()
        rep = schema_report([folder])
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        lines = sum(len(v) for v in field_map(rep.matches).values())
        got = {(tm.data_type, m.source): m.target for tm in rep.matches for m in tm.matches}
        expected = [
            (t, theirs, ours)
            for t, p in plans.items()
            for theirs, ours in p.expected_map.items()
            if t in rep.profile.types and theirs in rep.profile.types[t].fields
        ]  # moved and present
        right = sum(got.get((t, theirs)) == ours for t, theirs, ours in expected)
        print(
            f"unwritten schema: {rep.profile.records:,} records in {n_files:,} files ({size / 1e6:.0f} MB): "
            f"{elapsed:.2f} s wall ({cpu:.2f} s CPU) = {rep.profile.records / elapsed:,.0f} records/s; "
            f"{len(rep.matches)} data types, {lines} field_map lines proposed; "
            f"{right}/{len(expected)} drifted fields matched to the field they came from"
            + (f"; {stripped} files of no type, file_types {rep.file_types}" if stripped else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
