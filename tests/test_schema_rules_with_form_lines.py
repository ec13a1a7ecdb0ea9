"""The records' rules settle base capacity, support needed and the scores again once a form gives them the factor
list they read.

A German dialect written for this test: the factors keyed by their cause (`kraft.lasten{}`: a form reads them, after
the name matching), every name telling nothing of ours, and beside the scores ("9.3 out of 10") a second judge's mark
and a confidence written the same way, which read as 0-10 numbers fit a capacity as well as the capacities do. The
first settlement ran without the formula (no factors yet) and left the second mark on base capacity and the real
base on support needed; reading the type again from its names crossed more fields at once than one change undoes.
fresh22's Iqaluit cards (`ᑲᑦᑕᐅᑦ[ᓇᓪᓕᐊ=ᓴᙱᓂᖅ].ᐱᔾᔪᑏᑦ{}`, tests/field_drift_fresh22.py) are the generator that showed it."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report


def _x10(v: float) -> str:
    return f"{round(v * 10, 1)} out of 10"


def _write(root: Path, valid: dict[str, list[dict]]) -> Path:
    rng = random.Random(3)
    folder = root / "batches"
    folder.mkdir(parents=True)
    recs = []
    for s in valid["emotional_authenticity"]:
        r = copy.deepcopy(s)
        out = {
            "noten": {
                "echt": _x10(r.pop("authenticity_score")),
                "zweit": _x10(rng.uniform(0.45, 0.98)),
                "sicher": _x10(rng.uniform(0.55, 0.99)),
            },
            "bitte": {"lage": r.pop("situation"), "bedarf": r.pop("support_level_needed")},
            "kraft": {
                "anfang": r.pop("base_capacity"),
                "lasten": {
                    str(f["factor"]).replace("_", " "): {"wert": f["impact"]} for f in r.pop("capacity_factors")
                },
                "heute": r.pop("effective_capacity"),
            },
            "antwort": {"text": r.pop("character_response"), "saetze": rng.randint(1, 6)},
        }
        recs.append({**out, **r})
    body = {"data_type": "emotional_authenticity", "master_truths_version": "v1.2", "samples": recs}
    (folder / "emotional_authenticity.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def _kept(root: Path, lines: dict[str, dict[str, str]]) -> int:
    cfg = {
        "root": str(root),
        "inputs": {"interactions": ["batches"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": lines},
    }
    path = root / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True), encoding="utf-8")
    a = analysis.analyze(load_config(path))
    status = a.status()
    return sum(1 for r in a.recovered if r.id not in status)


def test_capacities_are_settled_again_once_the_factor_list_is_placed(tmp_path, valid):
    lines = field_map(schema_report([_write(tmp_path, valid)]).matches)
    ea = lines["emotional_authenticity"]
    assert ea.get("kraft.lasten{}") == "capacity_factors[].factor"
    assert ea.get("kraft.lasten{}.wert") == "capacity_factors[].impact"
    assert ea.get("kraft.anfang") == "base_capacity"
    assert ea.get("kraft.heute") == "effective_capacity"
    assert ea.get("bitte.bedarf") == "support_level_needed"
    assert "noten.zweit" not in ea and "noten.sicher" not in ea
    assert _kept(tmp_path, lines) == len(valid["emotional_authenticity"])
