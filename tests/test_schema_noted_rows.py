"""Rows picked by a label that keep notes beside their value: a review tool that keeps a record as a workbook of
labelled sheets, each a list of labelled rows, writes each row's value beside who entered it and when
(`lehed: [{leht: hinne, read: [{kood: skoor, väärtus: 0.82, autor: mari, aeg: "2029-03-02 14:05"}]}]`). A row of
more members than a label and a value is read as a keyed list's element under the sheet's label
(`lehed[leht=hinne].read[kood=skoor].väärtus: relationship_score`), its notes fields of their own that nothing of
ours takes; the value's key may hold a dot (`väärtus\\.lõplik`) and a row's value may be one of our lists kept as an
object keyed by data (`...read[kood=tegurid].väärtus\\.lõplik{}: capacity_factors[].factor`).

The dialect here (Estonian keys, two reviewers and a bot taking turns, clock times as notes) was written for this
test; fresh27's Darbhanga studio (tests/field_drift_fresh27.py, Tirhuta workbooks) is the generator that showed it:
until rows of several members were read by their labels, every folder holding such a workbook stopped."""

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

#: their sheet and row labels for each of our relationship_scoring fields
_SCORING = {
    "isik": {"nimi": "character_name", "tase": "relationship_level"},
    "tegu": {"tegevus": "player_action", "liik": "interaction_type"},
    "vastus": {"repliik": "character_response"},
    "hinne": {"skoor": "relationship_score", "usaldus": "trust_change", "pohjendus": "rationale"},
    "kontroll": {"kvaliteet": "quality_score"},
}
#: ... and for each of our emotional_authenticity fields
_AUTHENTICITY = {
    "isik": {"nimi": "character_name", "taust": "context"},
    "jõud": {
        "baas": "base_capacity",
        "tegurid": "capacity_factors",
        "tegelik": "effective_capacity",
        "tase": "capacity_level",
    },
    "olukord": {"sündmus": "situation", "vajadus": "support_level_needed", "liik": "complexity_type"},
    "vastus": {"repliik": "character_response", "mõte": "internal_thought", "piir": "demonstrates_constraint"},
    "hinne": {"skoor": "authenticity_score"},
}
_WHO = ("mari", "jaan", "kontroll-bot")


def _workbook(r: dict[str, Any], sheets: dict[str, dict[str, str]], value_key: str, rng: random.Random) -> list:
    out = []
    for sheet, rows in sheets.items():
        written = []
        for code, ours in rows.items():
            if ours not in r:
                continue
            value = r[ours]
            if ours == "capacity_factors":  # an object keyed by the cause, as a spreadsheet's lookup writes it
                value = {str(f["factor"]).replace("_", " "): {"mõju": f["impact"]} for f in value}
            note = {"autor": rng.choice(_WHO), "aeg": f"2029-03-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:05"}
            written.append({"kood": code, value_key: value, **note})
        out.append({"leht": sheet, "read": written})
    rng.shuffle(out)  # (the sheets in the order the reviewer opened them)
    return out


def _write(root: Path, records: list[dict], data_type: str, sheets: dict, value_key: str) -> Path:
    rng = random.Random(11)
    folder = root / "batches"
    folder.mkdir(parents=True)
    samples = [
        {"lehed": _workbook(copy.deepcopy(r), sheets, value_key, rng), "partii": f"p{i % 4}"}
        for i, r in enumerate(records)
    ]
    body = {"data_type": data_type, "samples": samples}
    (folder / f"{data_type}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
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


def test_rows_with_notes_under_sheet_labels_are_read_by_their_labels(tmp_path, valid):
    records = valid["relationship_scoring"]
    lines = field_map(schema_report([_write(tmp_path, records, "relationship_scoring", _SCORING, "väärtus")]).matches)
    rs = lines["relationship_scoring"]
    assert rs.get("lehed[leht=isik].read[kood=nimi].väärtus") == "character_name"
    assert rs.get("lehed[leht=tegu].read[kood=tegevus].väärtus") == "player_action"
    # (a sheet of one row is read by the member the rows of the other sheets were read by)
    assert rs.get("lehed[leht=vastus].read[kood=repliik].väärtus") == "character_response"
    assert rs.get("lehed[leht=kontroll].read[kood=kvaliteet].väärtus") == "quality_score"
    assert rs.get("lehed[leht=hinne].read[kood=usaldus].väärtus") == "trust_change"
    assert not [k for k in rs if k.endswith(("autor", "aeg"))]  # (the notes are no field of ours)
    assert "lehed" not in rs and "lehed[].leht" not in rs  # (the sheets are read through their rows' lines)
    assert _kept(tmp_path, lines) == len(records)


def test_a_dotted_value_key_and_a_data_keyed_row_under_two_labels(tmp_path, valid):
    records = valid["emotional_authenticity"]
    folder = _write(tmp_path, records, "emotional_authenticity", _AUTHENTICITY, "väärtus.lõplik")
    ea = field_map(schema_report([folder]).matches)["emotional_authenticity"]
    at = "lehed[leht=jõud].read[kood=tegurid].väärtus\\.lõplik{}"
    assert ea.get(at) == "capacity_factors[].factor"
    assert ea.get(f"{at}.mõju") == "capacity_factors[].impact"
    assert ea.get("lehed[leht=jõud].read[kood=baas].väärtus\\.lõplik") == "base_capacity"
    assert ea.get("lehed[leht=olukord].read[kood=liik].väärtus\\.lõplik") == "complexity_type"
    assert ea.get("lehed[leht=hinne].read[kood=skoor].väärtus\\.lõplik") == "authenticity_score"
    assert ea.get("lehed[leht=vastus].read[kood=repliik].väärtus\\.lõplik") == "character_response"
    assert not [k for k in ea if ".väärtus.lõplik" in k]  # (a group `väärtus` holding `lõplik`: no such place)
    assert _kept(tmp_path, {"emotional_authenticity": ea}) == len(records)
