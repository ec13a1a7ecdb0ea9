"""Realistic generated interaction batches at any size, with planted near-duplicates whose origin is known.

Why: the near-dedupe and `unwritten dedupe` benchmarks need what a Qwen3 run writes, not clean prose:
batch files of the six typed data types in the spec's format (header + samples, 5-30 samples a file, a few
files fenced the way an LLM answers), short texts built largely from stock phrasing (the same "I can't do
this tonight" in thousands of rows) mixed with each sample's own sentences, a share of exact repeats, and
a share of *planted variants*: a copy of an earlier sample whose text fields were edited (word swaps,
insertions, deletions, typos, dropped clauses) towards a target similarity drawn around the threshold.

The structure and numbers come from the fake Ollama server's schema filler (`tests/fake_ollama.py`,
the ingest's own JSON schemas), the free sentences from `tests/synthetic.py`'s grammar.

    python tests/batch_records.py OUT_DIR --records 100000      # writes files + planted.json
    write_batches(folder, n, seed) -> list[PlantedPair]                # from Python
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "tests") not in sys.path:  # (run as a script or imported by a benchmark)
    sys.path.insert(0, str(REPO / "tests"))
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from fake_ollama import ACTIONS, SPEECH, Faker  # noqa: E402
from synthetic import NAMES, _name, _sentence, variant  # noqa: E402  (tests/synthetic.py)

from curation.generate.typed import request_schema  # noqa: E402
from curation.ingest.interactions.schemas import TYPED_DATA_TYPES  # noqa: E402

STAMP = "20251014_143022"
WEIGHTS = {
    "emotional_authenticity": 2000,
    "dramatic_irony": 1500,
    "tension_building": 1200,
    "memory_resonance": 1000,
    "personality_traits": 2500,
    "relationship_scoring": 1000,
}


@dataclass
class PlantedPair:
    """A planted variant: (file, index) of the original sample and of its edited copy."""

    base_file: str
    base_index: int
    variant_file: str
    variant_index: int
    target: float


class _MixedFaker(Faker):
    """Fake Ollama's schema filler with shorter, less uniform prose: stock lines plus own sentences."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.cast = [self.name.split()[0], _name(rng), *rng.sample(NAMES, 2)]

    def speech(self, lo: int, hi: int) -> str:  # lo/hi are words in the parent; here: sentences
        r = self.rng
        out = []
        for _ in range(r.randint(1, 6 if hi > 80 else 4)):
            x = r.random()
            if x < 0.45:
                out.append(f'"{self.fill(r.choice(SPEECH))}"')
            elif x < 0.55:
                out.append(self.fill(r.choice(ACTIONS)))
            else:
                out.append(_sentence(r, self.cast))
        return " ".join(out)


def _texts(obj: Any, path: tuple = ()) -> list[tuple]:
    """Paths of the free-text strings (longer than 40 characters) in a sample."""
    if isinstance(obj, dict):
        return [p for k, v in obj.items() for p in _texts(v, path + (k,))]
    if isinstance(obj, list):
        return [p for i, v in enumerate(obj) for p in _texts(v, path + (i,))]
    return [path] if isinstance(obj, str) and len(obj) > 40 else []


def _edited(sample: dict, target: float, rng: random.Random) -> dict:
    out = copy.deepcopy(sample)
    for path in _texts(out):
        parent = out
        for k in path[:-1]:
            parent = parent[k]
        parent[path[-1]] = variant(parent[path[-1]], target, rng)[0]
    return out


def write_batches(
    folder: Path,
    n: int,
    seed: int = 0,
    *,
    planted_share: float = 0.025,
    exact_share: float = 0.01,
    sim_range: tuple[float, float] = (0.8, 1.0),
    per_file: tuple[int, int] = (5, 28),
    messy_every: int = 50,
) -> list[PlantedPair]:
    """Write about `n` samples as typed batch files into `folder`; return the planted variants."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    types, weights = list(WEIGHTS), list(WEIGHTS.values())
    assert set(types) == set(TYPED_DATA_TYPES)
    schemas = {t: request_schema(t, 1)["properties"]["samples"]["items"] for t in types}
    written: dict[str, list[tuple[str, int, dict]]] = {t: [] for t in types}  # earlier samples per type
    planted: list[PlantedPair] = []
    done, number = 0, 0
    while done < n:
        t = rng.choices(types, weights)[0]
        k = min(rng.randint(*per_file), n - done)
        number += 1
        name = f"{t}_batch{number:05d}_{STAMP}.json"
        samples = []
        for i in range(k):
            pool = written[t]
            x = rng.random()
            if pool and x < planted_share:
                bf, bi, base = pool[rng.randrange(len(pool))]
                target = rng.uniform(*sim_range)
                samples.append(_edited(base, target, rng))
                planted.append(PlantedPair(bf, bi, name, i, round(target, 3)))
            elif pool and x < planted_share + exact_share:
                samples.append(copy.deepcopy(pool[rng.randrange(len(pool))][2]))
            else:
                samples.append(_MixedFaker(rng).value("samples_item", schemas[t]))
            pool.append((name, i, samples[-1]))
        text = json.dumps(
            {
                "master_truths_version": "v1.2",
                "data_type": t,
                "batch_number": number,
                "timestamp": STAMP,
                "sample_count": len(samples),
                "samples": samples,
            },
            ensure_ascii=False,
            indent=2,
        )
        if messy_every and number % messy_every == 7:  # an LLM answer kept as it came: fenced, trailing comma
            text = "```json\n" + text.replace("\n  ]", ",\n  ]") + "\n```"
        (folder / name).write_text(text, encoding="utf-8")
        done += k
    return planted


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    out = Path(args.out)
    planted = write_batches(out / "training_output_v1.2", args.records, args.seed)
    (out / "planted.json").write_text(json.dumps([asdict(p) for p in planted], indent=1), encoding="utf-8")
    print(
        f"{args.records} samples in {len(list((out / 'training_output_v1.2').iterdir()))} files, "
        f"{len(planted)} planted variants"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
