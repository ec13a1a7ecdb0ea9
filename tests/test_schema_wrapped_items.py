"""A list of ours whose items are written each inside a wrapper of their own (`acts: [{verb: offer, body: {angle,
line, impact}}]`: one logged call per response option, the option being the call's arguments). The items' fields
are proposed one level down (`acts[].body.line: response_options[].dialogue`), and the ingest reads those lines
only through the list's own line, so the list must get one (`acts: response_options`) or the build stops on it.

Witnesses: fresh14's Yerevan studio (every option one Ollama tool call, `tool_calls[].arguments.ձև`) and the log
written here (another wrapper and label member, English names the matcher does not know)."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import yaml

from curation.analytics import batch_analysis as analysis
from curation.ingest.interactions.field_match import field_map, interactions_yaml
from curation.ingest.interactions.schema_report import schema_report
from tests.test_schema_pivots import _config, _stop_lines


def _write(root: Path, data_type: str, samples: list[dict[str, Any]]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    body = {"data_type": data_type, "master_truths_version": "v1.2", "samples": samples}
    (folder / f"{data_type}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def _proposed(folder: Path, data_type: str) -> dict[str, str]:
    written = interactions_yaml({"field_map": field_map(schema_report([folder]).matches)})
    return yaml.safe_load(written)["interactions"]["field_map"].get(data_type, {})


def _acts(originals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Irony records whose options are logged calls: a verb and a call id beside the option's own fields."""
    rng = random.Random(11)
    out = []
    for s in copy.deepcopy(originals):
        s["acts"] = [
            {
                "verb": "offer",
                "call_id": f"c{rng.randint(1000, 9999)}",
                "body": {"angle": o["type"], "line": o["dialogue"], "impact": o["relationship_impact"]},
            }
            for o in s.pop("response_options")
        ]
        out.append(s)
    return out


def test_options_inside_wrapped_calls_get_their_list_line(tmp_path, valid):
    originals = valid["dramatic_irony"]
    folder = _write(tmp_path, "dramatic_irony", _acts(originals))
    lines = _proposed(folder, "dramatic_irony")
    assert lines.get("acts") == "response_options", lines
    assert lines.get("acts[].body.line") == "response_options[].dialogue", lines
    assert lines.get("acts[].body.angle") == "response_options[].type", lines
    assert not any("call_id" in k or "verb" in k for k in lines), lines
    assert _stop_lines(tmp_path, "dramatic_irony") == lines
    a = analysis.analyze(_config(tmp_path, {"dramatic_irony": lines}))
    status = a.status()
    assert len(a.recovered) == len(originals) and not status, status
    for r in a.recovered:  # each option read with our fields (the call's own members ride along, as written)
        src = originals[r.source.index]
        got = [{k: o.get(k) for k in ("type", "dialogue", "relationship_impact")} for o in r.data["response_options"]]
        assert got == src["response_options"], (got, src["response_options"])
