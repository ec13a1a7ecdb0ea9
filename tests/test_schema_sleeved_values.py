"""Every value a list of one: a search index in schemaless mode makes every field MULTIVALUED, so an export of its
documents writes `"persoon.naam": ["Mara Okafor"]` for each field, nested groups flattened into dotted names. The
lists are the index's way of writing a value, not lists of the generator's: `unwritten schema` reads each as the
value it holds and writes its line by position, the dot inside the key escaped (`persoon\\.naam[0]:
character_name`), for a type whose fields lie at the top (relationship_scoring) and one whose fields are ours nested
in objects (personality_traits' `ocean.*`).

The dialect here (Dutch group names, an index id and a version beside) was written for this test; fresh27's Hargeisa
studio (tests/field_drift_fresh27.py, Osmanya Solr results) is the generator that showed it: until such lists were
read as values, a folder of them stopped on an object of ours no list could fill."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report


def _flattened(r: dict[str, Any], groups: dict[str, str], prefix: str = "") -> dict[str, Any]:
    """Our record as an index document: each value under its group's dotted name, as a list of one."""
    out: dict[str, Any] = {}
    for k, v in r.items():
        if isinstance(v, dict):
            out.update(_flattened(v, groups, groups.get(k, k) + "."))
        else:
            out[prefix + groups.get(k, k) if prefix else f"{groups.get('', 'doc')}.{groups.get(k, k)}"] = [v]
    return out


def _write(root: Path, valid: dict[str, list[dict]], data_type: str, groups: dict[str, str]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True, exist_ok=True)
    docs = [
        {"id": f"idx-{i:04d}", **_flattened(r, groups), "_version_": 1700000000000 + i}
        for i, r in enumerate(valid[data_type])
    ]
    body = {"responseHeader": {"status": 0}, "response": {"numFound": len(docs), "docs": docs}}
    (folder / f"{data_type}_select.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
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


def test_top_level_values_each_a_list_of_one_are_read_by_position(tmp_path, valid):
    groups = {"": "persoon", "character_name": "naam", "player_action": "daad", "character_response": "antwoord"}
    lines = field_map(schema_report([_write(tmp_path, valid, "relationship_scoring", groups)]).matches)
    rs = lines["relationship_scoring"]
    assert rs.get("persoon\\.naam[0]") == "character_name"
    assert rs.get("persoon\\.daad[0]") == "player_action"
    assert rs.get("persoon\\.antwoord[0]") == "character_response"
    assert not [k for k in rs if k.startswith("persoon.")]  # (a group `persoon`: no such place in the records)
    assert _kept(tmp_path, lines) == len(valid["relationship_scoring"])


def test_an_object_of_ours_flattened_into_lists_of_one_is_read_field_by_field(tmp_path, valid):
    groups = {"": "profiel", "ocean": "karakter", "character_name": "naam"}
    lines = field_map(schema_report([_write(tmp_path, valid, "personality_traits", groups)]).matches)
    pt = lines["personality_traits"]
    assert pt.get("profiel\\.naam[0]") == "character_name"
    for trait in ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism"):
        assert pt.get(f"karakter\\.{trait}[0]") == f"ocean.{trait}"
    assert _kept(tmp_path, lines) == len(valid["personality_traits"])
