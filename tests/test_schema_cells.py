"""Values kept in cells (`{"valor": v, "fuente": "modelo", "revisado": true, "hora": "..."}`): a generator that writes
notes beside every value (where it came from, whether someone checked it, when). `unwritten schema` reads each cell
as the value it holds, never proposes a note for a field of ours, and proposes the same lines it proposes for the
same records written with bare values.

The dialect here (a Spanish review desk: four members, a flag and a time stamp among the notes, every scalar of the
record in a cell, list items included) was written for this test before the cell reading was tuned; fresh12's tally
house (`{datum, origin, sure}`, tests/field_drift_fresh12.py) is the other generator that writes cells."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_match import _cells, field_map
from curation.ingest.interactions.profile import profile_samples
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

EA = {
    "character_name": "nombre",
    "context": "contexto",
    "base_capacity": "capacidad_base",
    "capacity_factors": "factores",
    "effective_capacity": "capacidad_efectiva",
    "situation": "situacion",
    "support_level_needed": "apoyo_necesario",
    "character_response": "respuesta",
    "internal_thought": "pensamiento",
    "authenticity_score": "autenticidad",
    "demonstrates_constraint": "limite_mostrado",
    "complexity_type": "tipo_complejidad",
    "capacity_level": "nivel_capacidad",
    "authenticity_target": "meta_autenticidad",
}
DI = {
    "character_name": "nombre",
    "scenario": "escena",
    "player_knows": "jugador_sabe",
    "character_knows": "personaje_sabe",
    "knowledge_gap_score": "brecha",
    "character_capacity": "capacidad",
    "response_options": "opciones",
    "dramatic_irony_score": "ironia",
    "tension_notes": "notas",
}
ITEMS = {"factor": "causa", "impact": "efecto", "type": "tipo", "dialogue": "frase", "relationship_impact": "efecto"}
NOTES = ("fuente", "revisado", "hora")
NOTES_SORTED = tuple(sorted(NOTES))


def _cell(v: Any, rng: random.Random, cells: bool) -> Any:
    if not cells:
        return v
    stamp = f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
    return {
        "valor": v,
        "fuente": rng.choice(["modelo", "plantilla", "revisor"]),
        "revisado": rng.random() < 0.5,
        "hora": stamp,
    }


def _record(s: dict[str, Any], names: dict[str, str], rng: random.Random, cells: bool, dropped: str = "") -> dict:
    out: dict[str, Any] = {}
    for k, v in s.items():
        if isinstance(v, list):
            out[names[k]] = [{ITEMS[a]: _cell(b, rng, cells) for a, b in item.items()} for item in v]
        else:
            out[names[k]] = _cell(v, rng, cells)
        if k == "character_response" and dropped:
            out["respuesta_descartada"] = _cell(dropped, rng, cells)  # the answer turned down, written after
    return out


def _write(folder: Path, valid: dict[str, list[dict]], cells: bool) -> Path:
    rng = random.Random(7)
    ea = valid["emotional_authenticity"]
    folder.mkdir(parents=True)
    recs = [_record(s, EA, rng, cells, ea[(i + 3) % len(ea)]["character_response"]) for i, s in enumerate(ea)]
    body = {"data_type": "emotional_authenticity", "samples": recs}
    (folder / "ea.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    recs = [_record(s, DI, rng, cells) for s in valid["dramatic_irony"]]
    body = {"data_type": "dramatic_irony", "samples": recs}
    (folder / "di.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
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


def test_cells_are_read_as_the_values_they_hold(tmp_path, valid):
    plain = field_map(schema_report([_write(tmp_path / "plain", valid, cells=False)]).matches)
    report = schema_report([_write(tmp_path / "batches", valid, cells=True)])
    lines = field_map(report.matches)
    assert {tm.data_type: tm.cells for tm in report.matches} == {
        "emotional_authenticity": {"valor": NOTES_SORTED},
        "dramatic_irony": {"valor": NOTES_SORTED},
    }  # (the table says where the values were read from and which notes were left)
    for t in ("emotional_authenticity", "dramatic_irony"):
        assert not [k for k in lines[t] if k.endswith(NOTES)], "a cell's note is never a field of ours"
        as_bare = {k.removesuffix(".valor").replace(".valor[", "["): v for k, v in lines[t].items()}
        assert as_bare == plain[t]
    ea, di = lines["emotional_authenticity"], lines["dramatic_irony"]
    assert ea["respuesta.valor"] == "character_response"  # (the answer turned down beside it is its variant)
    assert "respuesta_descartada.valor" not in ea
    assert ea["factores"] == "capacity_factors" and ea["factores[].efecto.valor"] == "capacity_factors[].impact"
    assert di["opciones"] == "response_options" and di["opciones[].frase.valor"] == "response_options[].dialogue"
    n = len(valid["emotional_authenticity"]) + len(valid["dramatic_irony"])
    assert _kept(tmp_path, lines) == n


def test_objects_of_the_generators_own_are_no_cells():
    # each party as {name, level, mood}: members keep their shape from place to place (a name, a number, a label)
    rng = random.Random(3)
    recs = [
        {
            p: {"nombre": rng.choice(["Ana", "Luis", "Marta"]), "nivel": rng.randint(1, 9), "animo": "tranquilo"}
            for p in ("jugador", "npc", "rival", "testigo")
        }
        for _ in range(12)
    ]
    assert _cells(profile_samples("emotional_authenticity", recs)) == {}
    # the same objects as cells: one member holds a text in one place and a number in another
    for r in recs:
        r["npc"]["nombre"] = 4.5
    assert set(_cells(profile_samples("emotional_authenticity", recs))) == {"jugador", "npc", "rival", "testigo"}
