"""The third drift generator (tests/field_drift_fresh.py) is self-consistent: its manifest adds up, its files
hold what it says they hold, and with its own ground-truth map the analysis does what every record planted.

The last check uses the generator's truth map, never `unwritten schema`'s proposal: it tests the generator and
the ingest, not the matcher (benchmarks/eval_field_drift.py --family fresh:1-60 scores the matcher).
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from field_drift import valid_samples
from field_drift_fresh import write_fresh_folder

from curation.domain import load_spec

SEEDS = [1, 2, 3, 4]


@pytest.fixture(scope="module")
def samples() -> dict:
    return valid_samples()


def _elements(fmt: str, raw: bytes) -> tuple[list, bool]:
    """(the records the file holds, read with the standard library only; whether the last one is cut)."""
    if fmt == "cp1252":
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    if fmt in ("jsonl", "jsonl_cut"):
        lines = [x for x in text.split("\n") if x.strip()]
        if fmt == "jsonl":
            return [json.loads(x) for x in lines], False
        with pytest.raises(json.JSONDecodeError):
            json.loads(lines[-1])
        return [json.loads(x) for x in lines[:-1]], True
    if fmt == "think_fence":
        assert text.startswith("<think>")
        return json.loads(re.search(r"```json\n(.*)\n```", text, re.S).group(1)), False
    if fmt == "rows_cut":
        with pytest.raises(json.JSONDecodeError):
            json.loads(text)
        starts = text.count("\n    {")  # records of the rows list (indent 2) begin here; the last one is cut
        return [None] * (starts - 1), True
    if fmt == "python_literal":
        with pytest.raises(json.JSONDecodeError):
            json.loads(text)
        return ast.literal_eval(text), False
    doc = json.loads(text)
    if fmt == "bare":
        return doc, False
    if fmt == "by_label":
        (records,) = doc.values()
        return records, False
    if fmt == "deep":
        return doc["response"]["body"]["entries"], False
    return doc["rows"], False


@pytest.mark.parametrize("seed", SEEDS)
def test_manifest_adds_up_and_files_hold_what_it_says(tmp_path: Path, samples: dict, seed: int) -> None:
    spec = load_spec()
    m = write_fresh_folder(tmp_path, seed, samples)
    assert set(m["plans"]) == set(samples)
    names = [f["path"].rsplit("/", 1)[-1] for f in m["files"]]
    assert len(names) == len(set(names))  # the scorer keys records by file name and index
    per_file = Counter(r["file"] for r in m["records"])
    assert set(per_file) == set(names)
    seen = {(r["file"], r["index"]) for r in m["records"]}
    assert len(seen) == len(m["records"])
    for f in m["files"]:
        records, cut = _elements(f["format"], (tmp_path / f["path"]).read_bytes())
        name = f["path"].rsplit("/", 1)[-1]
        assert len(records) + cut == per_file[name], name
        assert sorted(i for n, i in seen if n == name) == list(range(per_file[name]))
    valid = Counter(r["data_type"] for r in m["records"] if r["expected"] == "keep")
    assert valid == Counter({t: len(v) for t, v in samples.items()})
    reasons = {
        "score_out_of_range", "capacity_out_of_range", "value_out_of_range", "not_a_number", "uncoercible_type",
        "missing_required_field", "below_quality_threshold", "off_authenticity_target", "exact_duplicate",
    }  # fmt: skip
    for r in m["records"]:
        assert r["expected"] in ("keep", "reject", "flag", "lost")
        assert r["expected"] != "reject" or r["reason"] in reasons
        assert r["expected"] != "flag" or r["rule"] in spec.raw["rule_ids"]
    assert sum(r["expected"] == "lost" for r in m["records"]) == 1
    assert {f["format"] for f in m["files"]} & {"jsonl_cut", "rows_cut"}
    for t, plan in m["plans"].items():
        assert plan["truth"], t
        for theirs, ours in plan["truth"].items():
            assert spec.types[t].field_at(ours) is not None, (t, ours)
            assert theirs != ours
            assert theirs.split(".")[0].split("[]")[0] not in {f.name for f in spec.types[t].fields}


@pytest.mark.parametrize("seed", SEEDS[:2])
def test_with_its_truth_map_every_record_ends_as_planted(tmp_path: Path, samples: dict, seed: int) -> None:
    from curation.analytics import batch_analysis as analysis
    from curation.config import load_config

    m = write_fresh_folder(tmp_path / "batches", seed, samples)
    cfg = {
        "root": str(tmp_path),
        "inputs": {"interactions": ["batches"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": {t: p["truth"] for t, p in m["plans"].items()}},
    }
    (tmp_path / "unwritten.yaml").write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    with contextlib.redirect_stderr(io.StringIO()):
        a = analysis.analyze(load_config(tmp_path / "unwritten.yaml"))
    status = a.status()
    got = {}
    for r in a.recovered:
        row = status.get(r.id)
        got[(Path(r.source.file).name, r.source.index)] = ("rejected", row["reason"]) if row else ("kept", r.violations)
    wrong = []
    for p in m["records"]:
        state, detail = got.get((p["file"], p["index"]), ("lost", None))
        if p["expected"] == "keep":
            ok = state == "kept" and not detail
        elif p["expected"] == "reject":
            ok = state == "rejected" and detail == p["reason"]
        elif p["expected"] == "lost":
            ok = state != "kept"
        else:
            rule_reason = "rule_" + p["rule"].replace(".", "_")
            ok = (state == "kept" and p["rule"] in detail) or (state == "rejected" and detail == rule_reason)
        if not ok:
            wrong.append((p, state, detail))
    assert not wrong, wrong[:5]
