"""A list of objects as the value of a labelled line two label steps down: a review app that keeps a record as a
workbook of labelled sheets, each a list of labelled lines, keeps a line whose value is one of our lists AS A LIST
(`sheets: [{sheet: reply, lines: [{line: options, value: [{kind: growth, words: ..., effect: 0.4}, ...]}]}]`).
The field_map reads a list step after label steps (`sheets[sheet=reply].lines[line=options].value[].words:
response_options[].dialogue`), so the profile gives the items' members fields of their own under the labelled line
and `unwritten schema` proposes them like any list's.

The dialect here (Welsh keys, the options in one sheet beside the scores in another) was written for this test;
fresh24's Agadir studio (tests/field_drift_fresh24.py, Tifinagh dossiers) is the generator that showed it."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

#: their sheet and line labels for each of our dramatic_irony fields
_SHEETS = {
    "cymeriad": {"enw": "character_name", "gallu": "character_capacity"},
    "sefyllfa": {"golygfa": "scenario", "chwaraewr_yn_gwybod": "player_knows", "cymeriad_yn_credu": "character_knows"},
    "sgoriau": {"bwlch": "knowledge_gap_score", "eironi": "dramatic_irony_score"},
    "ymateb": {"dewisiadau": "response_options"},
}


def _workbook(r: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    sheets = []
    for sheet, lines in _SHEETS.items():
        rows = []
        for line, ours in lines.items():
            value = r[ours]
            if ours == "response_options":
                value = [
                    {"math": o["type"], "geiriau": o["dialogue"], "effaith": o["relationship_impact"]} for o in value
                ]
            rows.append({"llinell": line, "gwerth": value})
        sheets.append({"taflen": sheet, "llinellau": rows})
    rng.shuffle(sheets)  # (the sheets in the order the reviewer opened them)
    return sheets


def _write(root: Path, valid: dict[str, list[dict]]) -> Path:
    rng = random.Random(7)
    folder = root / "batches"
    folder.mkdir(parents=True)
    recs = [
        {"taflenni": _workbook(copy.deepcopy(s), rng), "adolygydd": f"r{i % 3}"}
        for i, s in enumerate(valid["dramatic_irony"])
    ]
    body = {"data_type": "dramatic_irony", "samples": recs}
    (folder / "dramatic_irony.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
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


def test_a_list_two_label_steps_down_is_proposed_item_by_item(tmp_path, valid):
    lines = field_map(schema_report([_write(tmp_path, valid)]).matches)["dramatic_irony"]
    at = "taflenni[taflen=ymateb].llinellau[llinell=dewisiadau].gwerth"
    assert lines.get(at) == "response_options"
    assert lines.get(f"{at}[].math") == "response_options[].type"
    assert lines.get(f"{at}[].geiriau") == "response_options[].dialogue"
    assert lines.get(f"{at}[].effaith") == "response_options[].relationship_impact"
    assert lines.get("taflenni[taflen=sgoriau].llinellau[llinell=bwlch].gwerth") == "knowledge_gap_score"
    assert _kept(tmp_path, {"dramatic_irony": lines}) == len(valid["dramatic_irony"])
