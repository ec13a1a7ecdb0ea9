"""An object keyed by data whose values' keys hold a dot: an exporter that normalises each of our lists with pandas
and indexes it by its first column (`json_normalize(items).set_index("ursache").to_dict("index")`) writes the
capacity factors as an object keyed by their cause whose values are flattened (`{"a late frost": {"wirkung.wert":
-2.5, "wirkung.tage": 3}}`). `unwritten schema` reads it as it reads plain members (`lasten{}:
capacity_factors[].factor`), the member's dot written escaped (`lasten{}.wirkung\\.wert: capacity_factors[].impact`)
so the field_map reads one key, not a group `wirkung` holding `wert`.

The dialect here (German keys, a day count beside each impact) was written for this test; fresh26's Jamshedpur
studio (tests/field_drift_fresh26.py, its factors by cause and its irony options by type) is the generator that
showed it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report


def _write(root: Path, valid: dict[str, list[dict]]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    ea: list[dict[str, Any]] = []
    for i, s in enumerate(valid["emotional_authenticity"]):
        r = copy.deepcopy(s)
        if i % 2:  # (a capacity the formula does not give: the records' rules alone cannot place the factors)
            r["effective_capacity"] = round(min(10.0, r["effective_capacity"] + 1.5), 1)
        r["lasten"] = {
            str(f["factor"]).replace("_", " "): {"wirkung.wert": f["impact"], "wirkung.tage": 1 + (i + j) % 9}
            for j, f in enumerate(r.pop("capacity_factors"))
        }
        ea.append(r)
    body = {"data_type": "emotional_authenticity", "samples": ea}
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


def test_members_of_keyed_values_holding_a_dot_are_written_escaped_and_read(tmp_path, valid):
    folder = _write(tmp_path, valid)
    lines = field_map(schema_report([folder]).matches)
    ea = lines["emotional_authenticity"]
    assert ea.get("lasten{}") == "capacity_factors[].factor"
    assert ea.get("lasten{}.wirkung\\.wert") == "capacity_factors[].impact"
    assert "lasten{}.wirkung.wert" not in ea  # (a group `wirkung` holding `wert`: no such place in the records)
    assert not [k for k in ea if "tage" in k]
    # (the records whose capacity the formula does not give are flagged, the others kept)
    assert _kept(tmp_path, lines) == len(valid["emotional_authenticity"][::2])
