"""Benchmark: ingest + validate + quality gate + convert N interaction records (default 100k).

Writes a batch set to a temp folder (all seven data types, typed batches of 50 samples and multi-step
arrays; about 2 % of files carry salvageable defects: fences, trailing commas, CRLF, mojibake,
contractions), then times the build's interaction stages end to end and prints records/second. Then
times salvage alone on ~1.7 MB inputs of each messy kind (valid, truncated, trailing commas, Python dict
output, comments, prose full of stray braces, ...) at 1x and 2x size: the ratio shows salvage stays
linear (about 2.0), not quadratic (4.0).

    python benchmarks/bench_interactions.py [--records 100000] [--serial]

The stages run as the build runs them (`stages.parallel`: batch files through the stages in worker
processes, `UNWRITTEN_WORKERS` or the cores; `--serial` in this process); CPU time counts the workers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's package, not an editable install's
sys.path.insert(0, str(REPO / "tests"))

from test_interactions import CLEAN, batch, grown  # noqa: E402  (the clean sample of every type, grown)

from curation.config import Config  # noqa: E402
from curation.ingest.interactions.source import InteractionSource  # noqa: E402
from curation.stages import parallel  # noqa: E402
from curation.stages.base import Context  # noqa: E402
from curation.stages.interactions import ConvertInteractions, QualityGate, ValidateInteractions  # noqa: E402
from curation.workers import default_workers  # noqa: E402


def write_batches(folder: Path, n: int, per_file: int = 50) -> int:
    types = list(CLEAN)
    files = 0
    i = 0
    while i < n:
        t = types[files % len(types)]
        k = min(per_file, n - i)
        samples = [grown(t, i + j) for j in range(k)]
        if t == "multi_step":
            text = json.dumps(samples, ensure_ascii=False, indent=2)
            name = f"multi_step_batch_{files:06d}.json"
        else:
            text = json.dumps(batch(t, samples, batch_number=files), ensure_ascii=False, indent=2)
            name = f"{t}_batch{files:06d}_20251014_143022.json"
        if files % 50 == 7:  # some messy files
            text = "```json\n" + text.replace("\n  ]", ",\n  ]") + "\n```"
        if files % 50 == 23:
            text = text.replace("I'm", "I\u00e2\u20ac\u2122m").replace("\n", "\r\n").replace("can't", "can t")
        (folder / name).write_text(text, encoding="utf-8")
        files += 1
        i += k
    return files


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the worker processes, once their pool closed)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--serial", action="store_true", help="everything in this process (UNWRITTEN_WORKERS=1)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_interactions_") as tmp:
        folder = Path(tmp) / "training_output_v1.2"
        folder.mkdir()
        t0 = time.perf_counter()
        n_files = write_batches(folder, args.records)
        t_write = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in folder.iterdir())

        cfg = Config()
        cfg._root_dir = REPO
        cfg.inputs.interactions = [str(folder)]
        ctx = Context(config=cfg)
        stages = [
            ValidateInteractions.from_config(cfg.interactions),
            QualityGate.from_config(cfg.interactions),
            ConvertInteractions.from_config(cfg.interactions, resolve=cfg.resolve),
        ]
        source = InteractionSource.from_config(cfg.interactions, cfg.inputs.interactions, cfg.resolve)
        workers = 1 if args.serial else default_workers()
        source.workers = workers
        t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
        n_out = sum(1 for _ in parallel.run([source], stages, ctx, workers=workers))  # as the build runs them
        elapsed, cpu, kids = time.perf_counter() - t0, time.process_time() - c0, _children_cpu() - k0
    src = ctx.ledger.stage("interactions")
    print(f"wrote {n_files} files ({size / 1e6:.1f} MB) in {t_write:.1f} s")
    print(
        f"ingest + validate + quality gate + convert ({workers} worker process{'es' if workers > 1 else ''}): "
        f"{src.n_in} records in {elapsed:.2f} s ({src.n_in / elapsed:,.0f} records/s; CPU time {cpu + kids:.2f} s "
        f"= this process {cpu:.2f} s + workers {kids:.2f} s, which a loaded machine inflates less); "
        f"out {n_out}, rejected {ctx.ledger.total_rejected}; machine load average {os.getloadavg()[0]:.2f}"
    )
    salvage_figures()
    return 0


def messy_inputs(n: int) -> dict[str, str]:
    full = json.dumps(batch("multi_step", [grown("multi_step", i) for i in range(n)]), indent=2)
    py = repr(batch("multi_step", [grown("multi_step", i) for i in range(n)]))
    first = json.dumps(next(iter(CLEAN["multi_step"])))  # each sample's first key: a comment goes before it
    return {
        "valid": full,
        "truncated": full[: len(full) - 3000],
        "trailing commas": full.replace("\n  ]", ",\n  ]"),
        "python dict": py,
        "python dict, truncated": py[: len(py) - 3000],
        "comments": full.replace(first, f"// note\n{first}"),
        "stray quote": full.replace("(take 5,", 'she said "no" (take 5,', 1),
        "prose with stray braces": 'a { b [ c " ' * (len(full) // 12),
    }


def salvage_figures() -> None:
    from curation.llm.salvage import parse_file_bytes

    small, large = messy_inputs(1000), messy_inputs(2000)
    print("salvage alone (parse_file_bytes), seconds at 1x / 2x size (ratio ~2 = linear):")
    for name in small:
        times = []
        for text in (small[name], large[name]):
            raw = text.encode("utf-8")
            t0 = time.perf_counter()
            parse_file_bytes(raw)
            times.append(time.perf_counter() - t0)
        print(
            f"  {name:26s} {len(small[name]) / 1e6:4.1f} MB {times[0]:6.3f} s / {times[1]:6.3f} s "
            f"(x{times[1] / max(times[0], 1e-9):.1f})"
        )


if __name__ == "__main__":
    sys.exit(main())
