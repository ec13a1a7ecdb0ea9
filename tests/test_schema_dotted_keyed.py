"""An object keyed by data under a key holding a dot: an exporter that flattens each record one level (pandas'
`json_normalize(max_level=1)`) writes every group's field as one dotted key (`"stand.lasten"`), and anything deeper
stays whole under it, so the factors keyed by their cause sit under `stand\\.lasten`. `unwritten schema` reads such an
object as it reads one under a plain key (`stand\\.lasten{}: capacity_factors[].factor`, its values' `wert` the
impact): the forms compare the profile's paths, where a dot inside a key is held apart, with the match's, where it is
written `\\.`.

The dialect here (German keys, flattened one level, a day count beside each impact) was written for this test;
fresh24's Midyat studio (tests/field_drift_fresh24.py) is the generator that showed it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.domain import load_spec
from curation.ingest.interactions.field_forms import propose_forms
from curation.ingest.interactions.field_match import Vocabulary, field_map, match_type
from curation.ingest.interactions.schema_report import schema_report
from curation.ingest.interactions.spec_fields import spec_fields


def _flat(record: dict[str, Any], groups: dict[str, list[str]]) -> dict[str, Any]:
    """Our record with each group's fields written as `group.field` keys, one level (as pandas flattens it)."""
    out: dict[str, Any] = {}
    for group, names in groups.items():
        for name in names:
            if name in record:
                out[f"{group}.{name}"] = record[name]
    return out


def _write(root: Path, valid: dict[str, list[dict]]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    ea = []
    for i, s in enumerate(valid["emotional_authenticity"]):
        r = copy.deepcopy(s)
        if i % 2:  # (a capacity the formula does not give: the records' rules alone cannot place the factors)
            r["effective_capacity"] = round(min(10.0, r["effective_capacity"] + 1.5), 1)
        r["capacity_factors"] = {
            str(f["factor"]).replace("_", " "): {"wert": f["impact"], "seit_tagen": 1 + (i + j) % 9}
            for j, f in enumerate(r["capacity_factors"])
        }
        rest = [k for k in r if k != "capacity_factors"]
        flat = _flat(r, {"fall": rest})
        flat["stand.lasten"] = r["capacity_factors"]
        ea.append(flat)
    for t, recs in (("emotional_authenticity", ea),):
        body = {"data_type": t, "samples": recs}
        (folder / f"{t}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
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


def test_objects_keyed_by_data_under_a_dotted_key_are_read_by_key(tmp_path, valid):
    folder = _write(tmp_path, valid)
    lines = field_map(schema_report([folder]).matches)
    ea = lines["emotional_authenticity"]
    assert ea.get("stand\\.lasten{}") == "capacity_factors[].factor"
    assert ea.get("stand\\.lasten{}.wert") == "capacity_factors[].impact"
    assert not [k for k in ea if "seit_tagen" in k]
    assert "stand\\.lasten" not in ea  # (a plain rename: the ingest reads a name -> number table only)
    # (the records whose capacity the formula does not give are flagged, the others kept)
    assert _kept(tmp_path, lines) == len(valid["emotional_authenticity"][::2])


def test_the_form_reads_a_dotted_key_the_match_writes_escaped(tmp_path, valid):
    # the names found nothing for the factors (`stand\\.lasten` left unmatched, as written): the form itself, not a
    # later pass, proposes the `{}` lines (a folder whose records break the capacity formula gets no later pass)
    report = schema_report([_write(tmp_path, valid)])
    tp = report.profile.types["emotional_authenticity"]
    every = spec_fields(load_spec())
    vocab = Vocabulary(n for fs in every.values() for f in fs for n in (f.name, *f.aliases))
    fields = every["emotional_authenticity"]
    tm = match_type(tp, fields, vocab)
    assert any(m.source == "stand\\.lasten" and m.how == "unmatched" for m in tm.matches)
    propose_forms(tm, tp, fields, vocab)
    got = {m.source: m.target for m in tm.matches if m.target}
    assert got.get("stand\\.lasten{}") == "capacity_factors[].factor"
    assert got.get("stand\\.lasten{}.wert") == "capacity_factors[].impact"
    assert not [m.source for m in tm.matches if "\u2024" in m.source]  # (every source as a field_map writes it)
