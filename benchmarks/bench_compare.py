"""Benchmark: `unwritten compare` on two 100k-record datasets (target: under 30 s on 2 cores).

Generates an "old" set (the spec's before: 0.82-0.95 authenticity, baseline only, templated replies,
some exact repeats) and a "new" set (full spectrum, 8 complexity types, varied replies), writes them in
the chosen input form, then times the whole command (load, statistics, comparison, JSON, Markdown,
plots). Usage:

    python benchmarks/bench_compare.py [--records 100000] [--form jsonl|batches|built] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(Path(__file__).resolve().parents[2] / "shared" / "tiktoken"))

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this tree's package, not an editable install's

from curation.cli import main  # noqa: E402
from curation.domain import load_spec  # noqa: E402

SPEC = load_spec()
EA = SPEC.type("emotional_authenticity")  # both sets hold this one data type
COMPLEXITY = SPEC.rules.complexity_types["systematic"]
#: capacity buckets: the range a generator draws from and the share of records in each
LEVELS = {k: b.generate for k, b in SPEC.rules.capacity.buckets.items()}
LEVEL_WEIGHTS = [b.frequency for b in SPEC.rules.capacity.buckets.values()]
X_PLUS, CAPACITY_MAX = SPEC.rules.capacity.x_plus, SPEC.rules.capacity.scale[1]
#: the type's fields by role; the two free-text context fields (background, then the situation) are what is
#: neither the name nor a capacity field nor a label
CAP = {role: paths[0] for role, paths in EA.roles.capacity.items()}
LABEL = {role: paths[0] for role, paths in EA.roles.labels.items()}
_taken = {EA.roles.name, *CAP.values(), *LABEL.values()}
CONTEXT, SITUATION = [p for p in EA.roles.context if p not in _taken]
ANSWER, QUALITY = EA.roles.answer, EA.quality_field

OPENERS = [
    "I",
    "Look,",
    "Honestly,",
    "Hey.",
    "Okay.",
    "Wait -",
    "Listen,",
    "God,",
    "Mm.",
    "Sorry,",
    "No.",
    "You know what?",
    "Right.",
    "Oh,",
    "Hang on,",
]
VERBS = [
    "want to help",
    "can't do this",
    "hear you",
    "need a minute",
    "wish I could stay",
    "am trying",
    "don't have it in me",
    "could come by later",
    "keep thinking about",
    "owe you more than this",
    "will call Mara",
    "forgot the kettle",
    "am so tired",
    "can sit with you",
    "should say no",
]
OBJECTS = [
    "tonight",
    "after the shift",
    "with the rent due",
    "since the funeral",
    "before the harbor closes",
    "while the kids sleep",
    "until Thursday",
    "right now",
    "after what happened at the mill",
    "with my sister in the hospital",
    "when the storm passes",
    "this week",
    "for an hour",
    "again",
]
TAILS = [
    "I'm sorry.",
    "Is that okay?",
    "Please don't be angry.",
    "Text me if it gets worse.",
    "I mean it.",
    "I just can't lie to you about it.",
    "Tomorrow, I promise.",
    "Say something.",
    "It's not about you.",
    "I'll bring soup.",
    "You deserve better than half of me.",
]
TEMPLATES = [
    "I want to help, but I'm completely wiped after the accident. Can we talk tomorrow?",
    "I want to help, but I haven't slept in three days. Can we talk tomorrow?",
    "I want to help, but I'm running on empty since the crash. Can we talk tomorrow?",
    "I want to help, but the trauma is still so close. Can we talk tomorrow?",
]


def varied_reply(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 9)):
        sentences.append(f"{rng.choice(OPENERS)} I {rng.choice(VERBS)} {rng.choice(OBJECTS)}. {rng.choice(TAILS)}")
    return " ".join(sentences)


def sample(i: int, rng: random.Random, old: bool) -> dict:
    if old:
        level, cx = "low", COMPLEXITY[0]
        auth = round(rng.uniform(0.82, 0.95), 3)
        text = TEMPLATES[i % 4] if i % 25 == 0 else f"{TEMPLATES[i % 4]} {rng.choice(TAILS)} ({i % 997})"
    else:
        level = rng.choices(list(LEVELS), weights=LEVEL_WEIGHTS)[0]
        auth = round(rng.uniform(0.2, 1.0), 3)
        cx = COMPLEXITY[i % len(COMPLEXITY)]
        text = varied_reply(rng)
    cap = round(rng.uniform(*LEVELS[level]), 2)
    return {
        CONTEXT: "A long week.",
        CAP["base"]: cap,
        CAP["factors"]: [],
        CAP["effective"]: cap,
        SITUATION: "A friend needs support",
        CAP["support_needed"]: round(min(CAPACITY_MAX, cap + rng.uniform(0, X_PLUS)), 1),
        ANSWER: text,
        QUALITY: auth,
        LABEL["complexity_type"]: cx,
        LABEL["capacity_level"]: level,
        CAP["constraint"]: f"Capacity {cap} + {X_PLUS:g} = {cap + X_PLUS:.1f} max",
    }


def write_jsonl(path: Path, n: int, old: bool, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            s = sample(i, rng, old)
            row = {
                "conversations": [
                    {"from": "system", "value": "You are a character in Unwritten."},
                    {"from": "human", "value": s[SITUATION]},
                    {"from": "gpt", "value": s[ANSWER]},
                ],
                "metadata": {
                    "id": f"{path.stem}-{i}",
                    "kind": "interaction",
                    "data_type": EA.data_type,
                    "quality": s[QUALITY],
                    "master_truths_version": "v1.2",
                    "effective_capacity": s[CAP["effective"]],
                    "capacity_level": s[LABEL["capacity_level"]],
                    "complexity_type": s[LABEL["complexity_type"]],
                    "batch_file": f"{path.stem}/batch{i // 10:05d}.json",
                },
            }
            fh.write(json.dumps(row) + "\n")


def write_batches(folder: Path, n: int, old: bool, seed: int, per_file: int = 1000) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for b in range(0, n, per_file):
        samples = [sample(i, rng, old) for i in range(b, min(n, b + per_file))]
        doc = {
            "master_truths_version": "v1.2",
            "data_type": EA.data_type,
            "batch_number": b // per_file + 1,
            "timestamp": "20251014_143022",
            "sample_count": len(samples),
            "samples": samples,
        }
        (folder / f"{EA.data_type}_batch{b // per_file + 1:04d}_20251014_143022.json").write_text(
            json.dumps(doc), encoding="utf-8"
        )


def main_bench() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--form", choices=("jsonl", "batches"), default="jsonl")
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench_compare."))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    if args.form == "jsonl":
        a, b = work / "old.jsonl", work / "new.jsonl"
        write_jsonl(a, args.records, True, 1)
        write_jsonl(b, args.records, False, 2)
    else:
        a, b = work / "old_v1.2", work / "new_v1.2"
        write_batches(a, args.records, True, 1)
        write_batches(b, args.records, False, 2)
    gen = time.perf_counter() - t0
    t0 = time.perf_counter()
    rc = main(["compare", str(a), str(b), "--json", str(work / "report.json"), "--md", str(work / "report.md")])
    took = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = json.loads((work / "report.json").read_text())
    pd = [line for line in report["lines"] if line["metric"] == "pattern diversity"][0]
    print(f"\nform={args.form} records={args.records:,} per side; generated in {gen:.1f} s")
    print(
        f"unwritten compare: {took:.1f} s end to end ({2 * args.records / took:,.0f} records/s), "
        f"peak RSS {peak_mb:,.0f} MiB, exit {rc}"
    )
    print(f"pattern diversity old {pd['a']} -> new {pd['b']} ({pd['verdict']}); reports in {work}")
    return rc


if __name__ == "__main__":
    sys.exit(main_bench())
