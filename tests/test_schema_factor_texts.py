"""Capacity factors written as sign-first texts ("-2.5 the pump seized") in a block of their own, away from the rest
of the emotional state (issue 11): multi-step's factors are optional, so the list, named like nothing of ours, was
held to the bar of an object found by its children and left unmatched; the effective-capacity formula then read no
factors and no planted formula error was flagged. A list the ingest reads as name-value pairs is telling values
for the one field of ours that takes them, which a rule reads, as a number a rule reads already is.

The dialect here (a made-up `qz_*` block beside our own fields) was written for this test; fresh20's Yangon blocks
(`အပိုင်း[1].ဖိအားများ`, multi-step, seeds 2, 8, 14, 16, 17, 20, 23, 26, 29) showed it.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402

MS = "multi_step"


def _texts(factors: list[dict]) -> list[str]:
    return [f"{f['impact']:+g} {f['factor'].replace('_', ' ')}" for f in factors]


def _write(root: Path, valid: dict) -> tuple[list[dict], int]:
    """Two prompt versions: our own records, and records whose emotional state is flattened to made-up top-level
    names, its factors as texts; one of the latter has its effective capacity off its factors."""
    ours, theirs, broken = [], [], -1
    for i, s in enumerate(valid[MS] * 2):
        s = copy.deepcopy(s)
        if i % 2 == 0:
            ours.append(s)
            continue
        state = s.pop("npc_emotional_state")
        s["qz_base"] = state["base_capacity"]
        s["qz_zarn"] = _texts(state["capacity_factors"])
        s["qz_now"] = state["effective_capacity"]
        s["qz_mood"] = state.get("current_emotion", "tired")
        if broken < 0:
            s["qz_now"] = round(min(10.0, s["qz_now"] + 2.0), 1) if s["qz_now"] < 8 else round(s["qz_now"] - 2.0, 1)
            broken = len(theirs)
        theirs.append(s)
    write_batch(root / "in" / f"{MS}.json", MS, ours + theirs)
    return ours + theirs, len(ours) + broken


def test_factor_texts_in_a_block_of_their_own_are_the_factors(tmp_path, valid):
    samples, broken = _write(tmp_path, valid)
    assert broken >= 0
    lines = field_map(schema_report([tmp_path / "in"]).matches).get(MS, {})
    assert lines.get("qz_zarn") == "npc_emotional_state.capacity_factors"
    cfg = {
        "root": str(tmp_path),
        "inputs": {"interactions": ["in"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": {MS: lines}},
    }
    path = tmp_path / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True), encoding="utf-8")
    a = analysis.analyze(load_config(path))
    status = a.status()
    got = {r.source.index: (status[r.id]["reason"] if r.id in status else list(r.violations)) for r in a.recovered}
    assert len(got) == len(samples)
    flagged = {i for i, v in got.items() if "capacity.effective_formula" in v or v == "rule_capacity_effective_formula"}
    assert flagged == {broken}
