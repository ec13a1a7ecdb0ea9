"""The answer and a turned-down draft side by side inside one element of a keyed list (`calls[tool=reply].args`:
the model's answer call, then its self-check call), under names in no language the matcher knows. The answer is
written first and the draft after it, as everywhere else (field_match._written_first); a keyed list's element is an
object of its own, so its members are siblings the order rule compares.

Witnesses: fresh14's Yerevan studio (`tool_calls[tool=պատասխանել].arguments.տող` before `.սևագիր`, the self-check's
confidence in `tool_calls[tool=ինքնաստուգում]`) and the log written here (Esperanto keys, another label member, the
draft drawn from other records' answers)."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import yaml

from curation.ingest.interactions.field_match import field_map, interactions_yaml
from curation.ingest.interactions.schema_report import schema_report


def _write(root: Path, data_type: str, samples: list[dict[str, Any]]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    body = {"data_type": data_type, "master_truths_version": "v1.2", "samples": samples}
    (folder / f"{data_type}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def _proposed(folder: Path, data_type: str) -> dict[str, str]:
    written = interactions_yaml({"field_map": field_map(schema_report([folder]).matches)})
    return yaml.safe_load(written)["interactions"]["field_map"].get(data_type, {})


def _calls(originals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Personality records whose line and its draft are one call's arguments, a self-check call beside it."""
    rng = random.Random(13)
    lines = [s["dialogue"] for s in originals]
    out = []
    for i, s in enumerate(copy.deepcopy(originals)):
        s["vokoj"] = [
            {
                "ilo": "respondi",
                "argumentoj": {"diras": s.pop("dialogue"), "malneto": lines[(i + 7) % len(lines)]},
            },
            {"ilo": "kontroli", "argumentoj": {"memfido": round(rng.uniform(0.5, 1.0), 2)}},
        ]
        out.append(s)
    return out


def test_the_answer_before_its_draft_in_a_keyed_call(tmp_path, valid):
    folder = _write(tmp_path, "personality_traits", _calls(valid["personality_traits"]))
    lines = _proposed(folder, "personality_traits")
    assert lines.get("vokoj[ilo=respondi].argumentoj.diras") == "dialogue", lines
    assert not any(k.endswith("malneto") for k in lines), lines


def _calls_with_factors(originals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Authenticity records as call logs: the givens under Esperanto keys (the factors a name -> number table), the
    answer's texts and the support number one call's arguments, a self-check call beside it."""
    rng = random.Random(17)
    out = []
    for s in copy.deepcopy(originals):
        factors = {f["factor"]: f["impact"] for f in s.pop("capacity_factors")}
        given = {"donita": s.pop("support_provided")} if "support_provided" in s else {}
        s["faktoroj"] = factors
        s["vokoj"] = [
            {
                "ilo": "respondi",
                "argumentoj": {
                    "diras": s.pop("character_response"),
                    "pensas": s.pop("internal_thought"),
                    "limo": s.pop("demonstrates_constraint"),
                    **given,
                },
            },
            {"ilo": "kontroli", "argumentoj": {"memfido": round(rng.uniform(0.5, 1.0), 2)}},
        ]
        out.append(s)
    return out


def test_a_used_pair_lists_items_propose_nothing(tmp_path, valid):
    """Once the calls are read by their label (`vokoj[ilo=respondi].argumentoj.diras`), the items' mixed values
    (`vokoj[].argumentoj.limo`) are no fields: not the items of our factor list, nor anything else."""
    folder = _write(tmp_path, "emotional_authenticity", _calls_with_factors(valid["emotional_authenticity"]))
    lines = _proposed(folder, "emotional_authenticity")
    assert lines.get("vokoj[ilo=respondi].argumentoj.diras") == "character_response", lines
    assert not any(k.startswith("vokoj[]") for k in lines), lines
