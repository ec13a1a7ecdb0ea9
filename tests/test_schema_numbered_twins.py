"""A printed form's numbered questions whose names share words (`4.2_felk_marv` and `4.4_marv`, "relationship mark"
and "mark"): a key that is another's with words added names a variant of it (a second judge's mark, a rejected take:
field_match._qualified_twin), but a variant is asked after the question it varies. A question the form numbers
before the plain one is a question of its own, not its variant, and keeps its full weight for our fields.

Witnesses: fresh27's Imphal form (`꯴.꯲_ꯃꯔꯤ_ꯃꯅꯢ`, the relationship score, read as a variant of `꯴.꯴_ꯃꯅꯢ`, the
quality score, so the grader's certainty `꯴.꯲꯲_ꯊꯖꯕ_ꯈꯦꯟ` took a score: relationship_scoring in seeds 1, 3, 7) and the
form written here (invented words; the second mark, numbered after, still a variant)."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import yaml

from curation.ingest.interactions.field_match import field_map, interactions_yaml
from curation.ingest.interactions.schema_report import schema_report


def _form(originals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Relationship records whose verdict is a numbered page: the relationship mark numbered before the quality
    mark, a second judge's quality mark and a certainty numbered after them."""
    rng = random.Random(41)
    out = []
    for s in copy.deepcopy(originals):
        quality = s.pop("quality_score")
        verdict = {
            "otsikko": "tuomio",
            "4.1_rubo": s.pop("rationale"),
            "4.2_felk_marv": s.pop("relationship_score"),
            "4.3_tosk": s.pop("trust_change"),
            "4.4_marv": quality,
            "4.21_zint_marv": round(min(1.0, max(0.0, quality + rng.uniform(-0.1, 0.1))), 2),
            "4.22_dru": round(rng.uniform(0.45, 0.99), 2),
        }
        s["sivut"] = [{"otsikko": "kuka", "1.1_nimi": s.pop("character_name")}, verdict]
        out.append(s)
    return out


def test_a_question_numbered_before_another_is_no_variant_of_it(tmp_path, valid):
    folder = tmp_path / "batches"
    folder.mkdir()
    body = {
        "data_type": "relationship_scoring",
        "master_truths_version": "v1.2",
        "samples": _form(valid["relationship_scoring"]),
    }
    (folder / "relationship_scoring.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    written = interactions_yaml({"field_map": field_map(schema_report([folder]).matches)})
    lines = yaml.safe_load(written)["interactions"]["field_map"]["relationship_scoring"]
    assert lines.get("sivut[otsikko=tuomio].4\\.2_felk_marv") == "relationship_score", lines
    assert lines.get("sivut[otsikko=tuomio].4\\.4_marv") == "quality_score", lines
    assert not any(k.endswith(("4\\.21_zint_marv", "4\\.22_dru")) for k in lines), lines
