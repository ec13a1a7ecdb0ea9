"""The capacity formula (effective = base + the factors' impacts) can only tell base from effective capacity once the
factors have a line; factors keyed by their cause (`{"a burst pipe": {"pwysau": -1.5}}`) get theirs from a form
(`beichiau{}`), after the name matching settled the rule inputs. `unwritten schema` reads the rules again with the
form's lines fixed.

The dialect here (Welsh-looking keys that name nothing: `mesur.un` effective, `mesur.dau` base, `mesur.tri` support
needed; factors as objects keyed by cause with a day count beside the impact; a grader's certainty on the capacity
scale, 0-10) was written for this test; fresh12's tally house (`sinks{}`) and fresh16's Valletta multi-step
(`saħħa.piżijiet{}`, with a 0-10 certainty decoy) are the generators that write factors this way."""

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


def _write(root: Path, valid: dict[str, list[dict]]) -> Path:
    rng = random.Random(5)
    folder = root / "batches"
    folder.mkdir(parents=True)
    out: list[dict[str, Any]] = []
    for s in valid["multi_step"]:
        r = copy.deepcopy(s)
        state = r.pop("npc_emotional_state")
        r["mesur"] = {
            "un": state["effective_capacity"],
            "dau": state["base_capacity"],
            "tri": r["interaction_context"].pop("support_needed"),
            "beichiau": {
                str(f["factor"]).replace("_", " "): {"pwysau": f["impact"], "ers_dyddiau": rng.randint(1, 30)}
                for f in state["capacity_factors"]
            },
            "teimlad": state["current_emotion"],
        }
        for i in range(3):  # (three takes of each card, each with its own certainty)
            c = copy.deepcopy(r)
            c["npc_profile"]["name"] += f" {i + 1}"
            c["barn"] = {"sicrwydd": round(rng.uniform(5.5, 9.5), 1)}
            out.append(c)
    body = {"data_type": "multi_step", "master_truths_version": "v1.2", "samples": out}
    (folder / "multi_step.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def test_factors_placed_by_a_form_let_the_capacity_formula_tell_base_from_effective(tmp_path, valid):
    folder = _write(tmp_path, valid)
    rep = schema_report([folder])
    lines = field_map(rep.matches)["multi_step"]
    assert lines["mesur.beichiau{}.pwysau"] == "npc_emotional_state.capacity_factors[].impact", lines
    # (before the second reading, X+2 alone settled these the other way round and the formula failed every record)
    assert lines["mesur.un"] == "npc_emotional_state.effective_capacity", lines
    assert lines["mesur.dau"] == "npc_emotional_state.base_capacity", lines
    assert lines["mesur.tri"] == "interaction_context.support_needed", lines
    cfg = {
        "root": str(tmp_path),
        "inputs": {"interactions": ["batches"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": {"multi_step": lines}},
    }
    (tmp_path / "unwritten.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    a = analysis.analyze(load_config(tmp_path / "unwritten.yaml"))
    assert len(a.recovered) == 3 * len(valid["multi_step"])
    assert not any("capacity.effective_formula" in r.violations for r in a.recovered)
