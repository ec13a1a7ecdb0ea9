"""A pipeline's bookkeeping read through a label step (`marks[code=certainty].value`): a mark every data type of the
folder writes at the same labelled place, on the same scale, is the pipeline's (a grader's certainty), not one type's
own score, just as a plain key written alike in every type is (field_match.cross_type). Values read by a label were
left out of that comparison, so with names in no language the matcher knows, the certainty took a type's quality or
tension score by value shape alone and the records were judged on it.

Witnesses: fresh23's Cuttack questionnaire (`ବିଭାଗ[ନାମ=ମାର୍କ].ପ୍ରଶ୍ନ[ସଂକେତ=ନିଶ୍ଚିତତା]...` beside the quality,
tension and support questions of five types, 25 valid records lost) and the marks written here (invented words, one
label step, the certainty on the scale of the score beside it)."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import yaml

from curation.ingest.interactions.field_match import field_map, interactions_yaml
from curation.ingest.interactions.schema_report import schema_report

#: each type's score of ours written as a labelled mark
SCORED = {
    "personality_traits": "quality_score",
    "relationship_scoring": "quality_score",
    "tension_building": "tension_score",
}
#: the code each score of ours goes by (a quality score by the same code in every type holding one)
CODES = {"quality_score": "brelm", "tension_score": "kvorn"}


def _write(folder: Path, data_type: str, samples: list[dict[str, Any]]) -> None:
    body = {"data_type": data_type, "master_truths_version": "v1.2", "samples": samples}
    (folder / f"{data_type}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")


def _marked(originals: list[dict[str, Any]], field: str, seed: int) -> list[dict[str, Any]]:
    """Records whose score is the first of a list of marks picked by a code, each mark's values slots picked by who
    wrote them (the model's; a reviewer's beside the score), a certainty on the score's scale after it."""
    rng = random.Random(seed)
    out = []

    def second(x: float) -> float:
        return round(min(1.0, max(0.0, x + rng.uniform(-0.1, 0.1))), 2)

    for s in copy.deepcopy(originals):
        s["vurzen"] = [
            {
                "kod": CODES[field],
                "gopa": [{"vem": "mod", "pal": (x := s.pop(field))}, {"vem": "rev", "pal": second(x)}],
            },
            {"kod": "tazko", "gopa": [{"vem": "mod", "pal": round(rng.uniform(0.45, 0.99), 2)}]},
        ]
        out.append(s)
    return out


def test_a_certainty_every_type_marks_alike_takes_no_types_score(tmp_path, valid):
    folder = tmp_path / "batches"
    folder.mkdir()
    for i, (data_type, field) in enumerate(SCORED.items()):
        _write(folder, data_type, _marked(valid[data_type], field, seed=29 + i))
    written = interactions_yaml({"field_map": field_map(schema_report([folder]).matches)})
    lines = yaml.safe_load(written)["interactions"]["field_map"]
    for data_type, field in SCORED.items():
        ours = lines.get(data_type, {})
        assert ours.get(f"vurzen[kod={CODES[field]}].gopa[vem=mod].pal") == field, (data_type, ours)
        assert "vurzen[kod=tazko].gopa[vem=mod].pal" not in ours, (data_type, ours)
