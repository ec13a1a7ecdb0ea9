"""Benchmark: a full `unwritten build` of N generated batch records (plus the corpus novels), per stage.

    python benchmarks/bench_build.py --records 100000 [--workdir DIR] [--no-novels] [--keep]

1. Generates N interaction records in the spec's batch formats: the six typed data types (typed batch
   files of 100 samples, `<type>_batch<N>_<timestamp>.json`) and multi-step interactions (JSON arrays), in
   the spec's daily production mix. Each record starts from an accepted record of the project's own
   samples (`samples/interactions`, per the MANIFEST), so its structure and numbers pass the Master
   Truths rules, and gets a new cast name and new assistant text of realistic length from the
   `tests/synthetic.py` grammar (stock phrasing shared across records, as generated data has).
   Planted: exact duplicates (3 %), near-duplicates at rapidfuzz ratio 0.86-0.99 (4 %), rule violations
   (0.5 %), samples missing a required field (0.3 %), scores under the quality threshold (1 %), and
   file-level defects: markdown fences with trailing commas (2 % of files), CRLF with mojibake (1 %),
   truncated files (0.2 %). Batches are cached in `--workdir` (generation is not timed).
2. Adds the novels of `../shared/corpus/*.txt` as manuscripts when that folder exists.
3. Runs the build in this process through the library call the CLI makes (`curation.build.build`) and
   reports, per stage, the wall time spent in the stage itself (upstream stages excluded: stages are
   lazy iterators, so each `next()` is timed and its upstream's share subtracted) and the peak resident
   memory seen while that stage ran (a thread samples /proc/self/status VmRSS every 20 ms; the whole
   run's peak is the kernel's VmHWM). Writes the table to `benchmarks/results/bench_build.<N>.txt`.

Run it on a quiet machine when you can; the figures say what load they ran under (load average).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # the synthetic text generator the tests share
os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(SHARED / "tiktoken"))
os.environ.setdefault("MPLBACKEND", "Agg")

from synthetic import NAMES, base_text, variant  # noqa: E402

from curation.domain import load_spec  # noqa: E402

SPEC = load_spec()
#: records per day of each type: the spec's production table (its daily targets) plus multi-step interactions
MIX = {t: ts.daily_target for t, ts in SPEC.types.items() if ts.daily_target} | {"multi_step": 800}
#: assistant-text lengths in characters (min, max) per type: what the spec's examples and the samples show
LENGTHS = {
    "emotional_authenticity": (120, 700),
    "tension_building": (80, 400),
    "memory_resonance": (120, 700),
    "personality_traits": (80, 500),
    "relationship_scoring": (150, 600),
    "multi_step": (400, 1600),
    "dramatic_irony": (50, 240),
}
PER_FILE = 100
#: the quality score of each typed batch sample (what the low-quality defect lowers)
QUALITY_FIELD = {t: ts.quality_field for t, ts in SPEC.types.items() if not ts.headerless}
#: a record's first field that holds some type's answer text is the one the missing-field defect removes
ANSWER_FIELDS = tuple(dict.fromkeys(ts.roles.answer.split(".")[0].removesuffix("[]") for ts in SPEC.types.values()))
#: the rule-violation defect moves this type's effective capacity off its formula
VIOLATED = "emotional_authenticity"
EFFECTIVE = SPEC.type(VIOLATED).roles.capacity["effective"][0]


# ---- generation ---------------------------------------------------------------------------------------------
def templates() -> dict[str, list[dict]]:
    """Accepted records of the embedded samples, per data type (clean files only)."""
    root = REPO / "samples" / "interactions"
    manifest = json.loads((root / "MANIFEST.json").read_text(encoding="utf-8"))
    out: dict[str, list[dict]] = {t: [] for t in MIX}
    for f in manifest["files"]:
        if f["parse"] != "clean" or f.get("data_type") not in out:
            continue
        doc = json.loads((root / f["path"]).read_text(encoding="utf-8"))
        samples = doc["samples"] if isinstance(doc, dict) else doc
        for r in f["records"]:
            if r["expected"] == "accept" and r.get("document", 0) == 0:
                out[f["data_type"]].append(samples[r["index"]])
    missing = [t for t, v in out.items() if not v]
    if missing:
        raise SystemExit(f"no accepted sample record for {missing} in samples/interactions/MANIFEST.json")
    return out


def _put(obj: dict, path: str, value: Callable[[int], Any], index: int = 0) -> None:
    """Set the dotted `path` in `obj` to value(index), copying every dict or list on the way (records are
    shallow copies of the templates, which stay untouched). `key[]` = every element of the list, index = its
    position."""
    head, _, rest = path.partition(".")
    if head.endswith("[]"):
        key = head[:-2]
        items = [dict(item) for item in obj[key]]
        for k, item in enumerate(items):
            _put(item, rest, value, k)
        obj[key] = items
    elif rest:
        obj[head] = dict(obj[head])
        _put(obj[head], rest, value, index)
    else:
        obj[head] = value(index)


def _set_text(t: str, s: dict, text: str, rng: random.Random) -> None:
    """Put new assistant text where the type's answer role reads it (in a list of options: the first option;
    the others get new text of their own)."""
    lo, hi = LENGTHS[t]
    _put(s, SPEC.type(t).roles.answer, lambda k: text if k == 0 else base_text(rng, lo, hi))


def _rename(t: str, s: dict, name: str) -> None:
    """A new cast name where the type's name role stands (when the record has it)."""
    path = SPEC.type(t).roles.name
    head = (path or "").split(".")[0]
    if path and head in s and ("." not in path or isinstance(s[head], dict)):
        _put(s, path, lambda _: name)


def _plant_defect(t: str, s: dict, rng: random.Random) -> str | None:
    """A record-level defect (returns its kind) or None."""
    x = rng.random()
    if x < 0.005 and t == VIOLATED:
        s[EFFECTIVE] = round(float(s.get(EFFECTIVE, 0)) + 3.0, 1)  # breaks the formula
        return "rule_violation"
    if x < 0.008:
        s.pop(next(iter(k for k in ANSWER_FIELDS if k in s)), None)
        return "missing_field"
    if x < 0.018 and t in QUALITY_FIELD:
        s[QUALITY_FIELD[t]] = 0.2
        return "low_quality"
    return None


def generate(folder: Path, n: int, seed: int = 0) -> dict[str, Any]:
    """Write N records as batch files under `folder`; returns what was planted."""
    rng = random.Random(seed)
    tpl = templates()
    types, weights = list(MIX), list(MIX.values())
    texts: dict[str, list[str]] = {t: [] for t in MIX}  # earlier texts per type (duplicate sources)
    planted: dict[str, int] = {
        "exact_duplicate": 0,
        "near_duplicate": 0,
        "rule_violation": 0,
        "missing_field": 0,
        "low_quality": 0,
        "fenced_files": 0,
        "crlf_mojibake_files": 0,
        "truncated_files": 0,
    }
    folder.mkdir(parents=True, exist_ok=True)
    pending: dict[str, list[dict]] = {t: [] for t in MIX}
    files = 0

    def flush(t: str) -> None:
        nonlocal files
        samples = pending[t]
        if not samples:
            return
        if t == "multi_step":
            text = json.dumps(samples, ensure_ascii=False, indent=2)
            name = f"multi_step_batch_{files:06d}_20251014_120000.json"
        else:
            doc = {
                "master_truths_version": "v1.2",
                "data_type": t,
                "batch_number": files + 1,
                "timestamp": "20251014_143022",
                "sample_count": len(samples),
                "samples": samples,
            }
            text = json.dumps(doc, ensure_ascii=False, indent=2)
            name = f"{t}_batch{files:06d}_20251014_143022.json"
        x = rng.random()
        if x < 0.02:
            text = "```json\n" + text.replace("\n  ]", ",\n  ]") + "\n```"
            planted["fenced_files"] += 1
        elif x < 0.03:
            text = text.replace("I'm", "I\u00e2\u20ac\u2122m").replace("\n", "\r\n")
            planted["crlf_mojibake_files"] += 1
        elif x < 0.032:
            text = text[: int(len(text) * 0.9)]
            planted["truncated_files"] += 1
        (folder / name).write_text(text, encoding="utf-8")
        files += 1
        pending[t] = []

    for i in range(n):
        t = rng.choices(types, weights)[0]
        s = copy.copy(rng.choice(tpl[t]))
        _rename(t, s, f"{rng.choice(NAMES)} {i % 9973}")
        x = rng.random()
        if texts[t] and x < 0.03:
            _set_text(t, s, rng.choice(texts[t]), rng)
            planted["exact_duplicate"] += 1
        elif texts[t] and x < 0.07:
            text, _ = variant(rng.choice(texts[t]), rng.uniform(0.86, 0.99), rng)
            _set_text(t, s, text, rng)
            planted["near_duplicate"] += 1
        else:
            text = base_text(rng, *LENGTHS[t])
            _set_text(t, s, text, rng)
            if len(texts[t]) < 2000:
                texts[t].append(text)
            elif rng.random() < 0.05:
                texts[t][rng.randrange(2000)] = text
        kind = _plant_defect(t, s, rng)
        if kind:
            planted[kind] += 1
        pending[t].append(s)
        if len(pending[t]) >= PER_FILE:
            flush(t)
    for t in types:
        flush(t)
    planted["files"] = files
    return planted


def prepare(workdir: Path, n: int, seed: int, novels: bool) -> tuple[Path, dict]:
    """The batch folder (cached by N and seed) and a config that builds it (plus the novels)."""
    batches = workdir / f"batches_{n}_{seed}"
    info_path = batches.with_suffix(".json")
    if not info_path.exists():
        shutil.rmtree(batches, ignore_errors=True)
        t0 = time.perf_counter()
        planted = generate(batches, n, seed)
        info_path.write_text(json.dumps({"planted": planted, "seconds": round(time.perf_counter() - t0, 1)}))
    info = json.loads(info_path.read_text())
    manuscripts = []
    if novels and (SHARED / "corpus").is_dir():
        manuscripts = [{"path": str(p), "universe": "corpus"} for p in sorted((SHARED / "corpus").glob("*.txt"))]
    cfg = {
        "root": str(workdir),
        "seed": 42,
        "inputs": {"interactions": [str(batches)], "manuscripts": manuscripts},
        "output": {"dir": str(workdir / "out" / "unwritten")},
    }
    (workdir / "bench.yaml").write_text(json.dumps(cfg, indent=2))
    info["novels"] = [Path(m["path"]).name for m in manuscripts]
    return workdir / "bench.yaml", info


# ---- measurement --------------------------------------------------------------------------------------------
def _status_kib(key: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


class Profiler:
    """Exclusive wall time and peak sampled RSS per named phase (stage), for nested lazy iterators."""

    def __init__(self) -> None:
        self.stack: list[str] = ["(build)"]
        self.time: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.peak: dict[str, int] = {}
        self.order: list[str] = []
        self._mark = time.perf_counter()
        self._cpu_mark = time.process_time()
        self._stop = threading.Event()
        self.snapshot: Path | None = None
        self.children_cpu = 0.0  # CPU seconds of worker processes (reaped children)
        self.started = time.perf_counter()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _switch(self, name: str | None) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        top = self.stack[-1]
        self.time[top] = self.time.get(top, 0.0) + now - self._mark
        self.cpu[top] = self.cpu.get(top, 0.0) + cpu - self._cpu_mark
        self._mark, self._cpu_mark = now, cpu
        # memory is sampled by the thread only: reading /proc on every switch (twice per record per stage)
        # cost more than some stages themselves
        if name is None:
            self.stack.pop()
        else:
            if name not in self.order:
                self.order.append(name)
            self.stack.append(name)

    def _sample(self) -> None:
        last = time.perf_counter()
        while not self._stop.wait(0.02):
            top = self.stack[-1]
            self.peak[top] = max(self.peak.get(top, 0), _status_kib("VmRSS"))
            if self.snapshot and time.perf_counter() - last > 30:  # progress of a long run, in case it never ends
                last = time.perf_counter()
                self.snapshot.write_text(
                    json.dumps(
                        {
                            "elapsed": round(last - self.started, 1),
                            "now_in": top,
                            "vmhwm_gib": _status_kib("VmHWM") / 2**20,
                            "seconds": self.time,
                            "cpu": self.cpu,
                            "peak_gib": {k: v / 2**20 for k, v in self.peak.items()},
                        },
                        indent=1,
                    )
                )

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        self._switch(name)
        try:
            yield
        finally:
            self._switch(None)

    def wrap_iter(self, name: str, it: Iterator) -> Iterator:
        it = iter(it)
        while True:
            self._switch(name)
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                self._switch(None)
            yield item

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._switch("(build)")
        self._switch(None)
        self._stop.set()
        self._thread.join()


def instrument(prof: Profiler) -> list[Callable[[], None]]:
    """Patch the stage protocol and the build's export steps so each one's time and memory is its own."""
    from curation import build as build_mod
    from curation.stages import base

    undo: list[Callable[[], None]] = []

    def patch(obj: Any, attr: str, new: Any) -> None:
        old = getattr(obj, attr)
        setattr(obj, attr, new)
        undo.append(lambda: setattr(obj, attr, old))

    stage_call, source_call = base.Stage.__call__, base.SourceStep.__call__

    def staged(self, records, ctx):  # upstream next() calls run under the upstream's name
        return prof.wrap_iter(self.name, stage_call(self, records, ctx))

    def sourced(self, ctx):
        return prof.wrap_iter(self.name, source_call(self, ctx))

    patch(base.Stage, "__call__", staged)
    patch(base.SourceStep, "__call__", sourced)

    def timed(module: Any, attr: str, label: str) -> None:
        fn = getattr(module, attr)

        def run(*a, **k):
            with prof.phase(label):
                return fn(*a, **k)

        patch(module, attr, run)
        if getattr(build_mod, attr, None) is fn:  # the build imported the name itself
            patch(build_mod, attr, run)

    import curation.analytics.statistics as stats_mod
    import curation.export.card as card_mod
    import curation.export.dataset_folder as folder_mod

    timed(stats_mod, "dataset_statistics", "report: analytics")
    timed(folder_mod, "write_dataset_folder", "write: dataset folder")
    timed(folder_mod, "write_in_two", "write: dataset folder")  # (the build process's half; the other half's
    # CPU is in the worker total)
    timed(card_mod, "render_card", "write: card")
    timed(build_mod, "input_files", "report: input files")
    return undo


def run_build(config: Path, snapshot: Path | None = None) -> tuple[Profiler, Any, float, int]:
    from curation.build import build
    from curation.config import load_config

    cfg = load_config(config)
    prof = Profiler()
    prof.snapshot = snapshot
    undo = instrument(prof)
    prof.start()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        result = build(cfg)
    finally:
        elapsed = time.perf_counter() - t0
        prof.stop()
        for u in reversed(undo):
            u()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    prof.children_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    return prof, result, elapsed, _status_kib("VmHWM")


def table(prof: Profiler, result: Any, elapsed: float, hwm_kib: int, n: int, info: dict, base_kib: int) -> str:
    ledger = {s["stage"]: s for s in result.report["ledger"]}
    lines = [
        f"unwritten build of {n:,} generated batch records"
        f"{' + novels ' + ', '.join(info['novels']) if info['novels'] else ''}",
        f"planted: {json.dumps(info['planted'])}",
        f"machine: {os.cpu_count()} cores, load average before/after {info['load_before']} / {os.getloadavg()[0]:.2f}"
        " (other jobs share the machine)",
        f"wall time {elapsed:.1f} s (CPU {sum(prof.cpu.values()) + prof.children_cpu:.1f} s: build process "
        f"{sum(prof.cpu.values()):.1f} s + worker processes {prof.children_cpu:.1f} s); peak RSS (VmHWM) "
        f"{hwm_kib / 2**20:.2f} GiB (build process; each worker holds a few batch files); RSS before the build "
        f"{base_kib / 2**20:.2f} GiB",
        f"totals: {json.dumps(result.report['totals'])}",
        "",
        "seconds: wall time in the stage itself (upstream stages excluded); cpu: process CPU seconds in it "
        "(all threads; less inflated by other jobs); peak RSS: the most resident memory seen while it ran. "
        "Batch files go through the local stages (interactions .. filters) in worker processes "
        "(stages.parallel), the manuscripts in one more worker beside them: their rows show only the build "
        "process's share (merging); from 20k rows the messages files, the analytics and the inputs' checksums "
        "are computed in workers while this process writes the other data files (its 'write' row). The "
        "workers' CPU is in the total above. UNWRITTEN_WORKERS=1 runs everything in the build process.",
        "",
        f"{'stage':28s} {'in':>9s} {'out':>9s} {'rejected':>9s} {'seconds':>8s} {'cpu':>7s} {'peak RSS GiB':>12s}",
    ]
    names = list(ledger) + [s for s in prof.order if s not in ledger and s != "(build)"]
    for name in names:
        s = ledger.get(name, {})
        lines.append(
            f"{name:28s} {s.get('in', ''):>9} {s.get('out', ''):>9} {s.get('rejected', ''):>9} "
            f"{prof.time.get(name, 0.0):8.1f} {prof.cpu.get(name, 0.0):7.1f} "
            f"{prof.peak.get(name, 0) / 2**20:12.2f}"
        )
    lines.append(
        f"{'(build: final spill, report)':28s} {'':>9} {'':>9} {'':>9} {prof.time.get('(build)', 0.0):8.1f} "
        f"{prof.cpu.get('(build)', 0.0):7.1f} {prof.peak.get('(build)', 0) / 2**20:12.2f}"
    )
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=None, help="where batches are cached (default: a temp folder)")
    ap.add_argument("--no-novels", action="store_true", help="leave out ../shared/corpus")
    ap.add_argument("--keep", action="store_true", help="keep the built folder")
    ap.add_argument("--out", type=Path, default=None, help="results file (default benchmarks/results/...)")
    args = ap.parse_args()
    tmp = None
    workdir = args.workdir
    if workdir is None:
        tmp = tempfile.mkdtemp(prefix="bench_build_")
        workdir = Path(tmp)
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        config, info = prepare(workdir.resolve(), args.records, args.seed, not args.no_novels)
        print(
            f"inputs ready in {time.perf_counter() - t0:.1f} s ({info['planted']['files']} batch files)",
            file=sys.stderr,
        )
        info["load_before"] = f"{os.getloadavg()[0]:.2f}"
        base_kib = _status_kib("VmRSS")
        out = args.out or REPO / "benchmarks" / "results" / f"bench_build.{args.records}.txt"
        prof, result, elapsed, hwm = run_build(config, out.with_suffix(".partial.json"))
        text = table(prof, result, elapsed, hwm, args.records, info, base_kib)
        print(text)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        if not args.keep:
            shutil.rmtree(workdir / "out", ignore_errors=True)
    finally:
        if tmp and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
