"""`unwritten schema` on a pipeline's settings and flags written beside fields named like nothing of ours (issue 11).

A generator's pipeline often writes its sampling settings on every record (a temperature, a top_p, a stated
confidence): 0-1 numbers, like a score, but drawn from a few round values (0.7, 0.9, 0.95) whatever the record says.
A score, a share or a trait is earned by each record and varies with it; a resonance weight is the value the rules'
table gives its resonance type. Review flags ("yes" / "no") are no text and no one's name. And a required field of
ours comes from a field every record holds, not from an optional one's partial name. The batches are the drift
generators' valid samples with their fields under made-up words (`vel_*`, `zq_*`, `qv_*`) and made-up settings and
flags beside them, so only the values (and which records hold them) can tell them apart.
"""

from __future__ import annotations

import copy
import random
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

RS, MR, PT = "relationship_scoring", "memory_resonance", "personality_traits"
#: a sampling setting's few round values, as a pipeline writes them
HEAT = [0.3, 0.7, 0.7, 0.8, 1.0]


def _proposed(tmp_path: Path, data_type: str, samples: list[dict]) -> dict[str, str]:
    write_batch(tmp_path / "in" / f"{data_type}.json", data_type, samples)
    return field_map(schema_report([tmp_path / "in"]).matches).get(data_type, {})


def _outcomes(tmp_path: Path, data_type: str, lines: dict[str, str]) -> list[tuple[str, list[str]]]:
    """Per record in file order: ('kept', rule ids flagged) or ('rejected', [reason])."""
    cfg = {
        "root": str(tmp_path),
        "inputs": {"interactions": ["in"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": {data_type: lines}},
    }
    path = tmp_path / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    a = analysis.analyze(load_config(path))
    status = a.status()
    recs = sorted(a.recovered, key=lambda r: r.source.index)
    return [("rejected", [status[r.id]["reason"]]) if r.id in status else ("kept", list(r.violations)) for r in recs]


def _twice(samples: list[dict], rng: random.Random, score: str) -> list[dict]:
    """Each sample and a second take of it (another line, its score moved a little): twice the records, no
    duplicate."""
    out = []
    for s in samples:
        out.append(copy.deepcopy(s))
        t = copy.deepcopy(s)
        t["character_response"] = t["character_response"] + " Anyway."
        t[score] = round(min(0.99, max(t[score], 0.72) + rng.choice([-0.03, -0.01, 0.02, 0.04])), 2)
        out.append(t)
    return out


def test_a_sampling_temperature_is_never_the_score_nor_the_quality(tmp_path, valid):
    rng = random.Random(5)
    out = []
    for s in _twice(valid[RS], rng, "quality_score"):
        # the pipeline's sampling settings first, plain 0-1 numbers; the scores as percentages, named like nothing
        s = {"zq_heat": rng.choice(HEAT), "zq_nucleus": rng.choice([0.9, 0.95]), **s}
        s["zq_bond"] = f"{round(s.pop('relationship_score') * 100)}%"
        s["zq_mark"] = f"{round(s.pop('quality_score') * 100)}%"
        out.append(s)
    lines = _proposed(tmp_path, RS, out)
    assert "zq_heat" not in lines and "zq_nucleus" not in lines
    assert {lines.get("zq_bond"), lines.get("zq_mark")} == {"relationship_score", "quality_score"}
    got = _outcomes(tmp_path, RS, {**lines, "zq_bond": "relationship_score", "zq_mark": "quality_score"})
    assert len(got) == len(out) and all(o == ("kept", []) for o in got)


def test_a_resonance_weight_is_the_rules_weight_and_the_score_varies(tmp_path, valid):
    # weight, score and a temperature, all 0-1 and unnamed: the weight holds the rules' table values, the score
    # varies with each record, the temperature repeats a few round values
    rng = random.Random(11)
    out = []
    for s in _twice(valid[MR], rng, "resonance_score"):
        s["vel_a"] = s.pop("resonance_weight")
        s["vel_b"] = s.pop("resonance_score")
        s["vel_c"] = rng.choice(HEAT)
        out.append(s)
    lines = _proposed(tmp_path, MR, out)
    assert lines.get("vel_a") == "resonance_weight" and lines.get("vel_b") == "resonance_score"
    assert "vel_c" not in lines
    got = _outcomes(tmp_path, MR, lines)
    assert len(got) == len(out) and all(o == ("kept", []) for o in got)  # no weight flagged, no score too low


def test_a_score_that_varies_little_but_not_in_round_values_is_still_the_score(tmp_path, valid):
    # a guard: twelve quality scores with three values that are no round setting (0.81, 0.83, 0.87) stay the score
    out = []
    for i, s in enumerate(valid[RS]):
        s = copy.deepcopy(s)
        s["zq_mark"] = [0.81, 0.83, 0.87][i % 3]
        del s["quality_score"]
        out.append(s)
    lines = _proposed(tmp_path, RS, out)
    assert lines.get("zq_mark") == "quality_score"


TB = "tension_building"


def _tension_twice(valid: dict) -> list[dict]:
    """The tension samples and a second take of each (its line with one more word): no duplicate."""
    out = []
    for i, s in enumerate(valid[TB] * 2):
        s = copy.deepcopy(s)
        if i >= len(valid[TB]):
            s["dialogue"] += " Anyway."
        out.append(s)
    return out


def test_a_yes_no_flag_is_nobodys_name_and_no_text(tmp_path, valid):
    # the records name no character; the pipeline's review flags come first: a required name left open stops the
    # build loudly, a flag read as the name ("yes") would not
    rng = random.Random(7)
    out = []
    for s in _tension_twice(valid):
        s.pop("character_name")
        s.pop("payoff_hint")
        out.append({"qv_redo": rng.choice(["yes", "no"]), "qv_ok": rng.choice(["ja", "nee"]), **s})
    lines = _proposed(tmp_path, TB, out)
    assert "qv_redo" not in lines and "qv_ok" not in lines


def test_a_required_field_comes_from_the_field_every_record_holds(tmp_path, valid):
    # the hidden setup under a name holding a stem of our hint's word ("hinted"), the hint itself in one record of
    # three (too rare to be proposed on its values), a review flag beside them: the setup is the field every record
    # holds, and the flag is no hint
    rng = random.Random(3)
    out = []
    for i, s in enumerate(_tension_twice(valid)):
        s["qv_what_gets_hinted"] = s.pop("setup")
        hint = s.pop("payoff_hint")
        if i % 3 == 0:
            s["qv_crumb"] = hint
        s["qv_redo"] = rng.choice(["yes", "no"])
        out.append(s)
    lines = _proposed(tmp_path, TB, out)
    assert lines == {"qv_what_gets_hinted": "setup"}
    got = _outcomes(tmp_path, TB, lines)
    assert len(got) == len(out) and all(o == ("kept", []) for o in got)
