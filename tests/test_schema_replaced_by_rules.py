"""`unwritten schema` where two numbers of theirs share a score's scale and names cannot tell them apart: the records'
own rules choose the field the score is read from (issue 11).

The batches are the drift generators' valid samples under made-up names (`qv_*`) that resemble no field name of
ours, beside a number of the pipeline's own on the same 0-1 scale (a sampling setting drawn from a few values, as
fresh4's and fresh8's generators write one in their run metadata). The real score is written as text ("0,86",
"74%") with one value planted on a 0-100 scale, so fewer of its values lie on the scale than the pipeline's do.
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

EA = "emotional_authenticity"
MR = "memory_resonance"
#: a sampling setting as a pipeline logs it: a few values on the 0-1 scale, none of them a judgement of the record
SETTINGS = [0.3, 0.9, 0.5, 0.7, 0.2, 0.8]


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


def _memories(valid: dict, n: int = 24) -> list[dict]:
    """The memory samples n times over: the score as `qv_eval.qv_mark` with a decimal comma (record 5 on a 0-100
    scale, record 11 under the threshold), the type and weight ("80%") one level down, the sampling setting beside
    a run id in the pipeline's object."""
    out = []
    for i in range(n):
        s = copy.deepcopy(valid[MR][i % len(valid[MR])])
        q, w, kind = s.pop("resonance_score"), s.pop("resonance_weight"), s.pop("resonance_type")
        mark = 88 if i == 5 else f"{0.55 if i == 11 else min(0.97, q + 0.01 * (i // 7)):g}".replace(".", ",")
        s["qv_run"] = {"qv_t": SETTINGS[i % len(SETTINGS)], "qv_id": f"r-{i:04d}"}
        s["qv_eval"] = {"qv_mark": mark, "qv_echo": {"qv_kind": kind, "qv_heft": f"{round(w * 100)}%"}}
        out.append(s)
    return out


def test_the_records_quality_threshold_takes_the_real_score_from_a_pipeline_setting(tmp_path, valid):
    samples = _memories(valid)
    lines = _proposed(tmp_path, MR, samples)
    # the setting fits the 0-1 scale in every record, the real score in 23 of 24; the setting under the score would
    # put a third of the records under the threshold, the real score only the planted one
    assert lines.get("qv_eval.qv_mark") == "resonance_score"
    assert "qv_run.qv_t" not in lines
    assert lines.get("qv_eval.qv_echo.qv_heft") == "resonance_weight"
    got = _outcomes(tmp_path, MR, lines)
    assert got[5] == ("rejected", ["score_out_of_range"])
    assert got[11] == ("rejected", ["below_quality_threshold"])
    assert all(o == ("kept", []) for i, o in enumerate(got) if i not in (5, 11))


def test_the_records_stated_targets_take_the_real_authenticity_score_from_a_pipeline_setting(tmp_path, valid):
    # the authenticity score as "74%" (record 5 written 84 on a 0-100 scale) beside the setting: on the setting, the
    # records whose stated target (authentic, excellent) the setting misses break authenticity.bucket
    out = []
    for i in range(24):
        s = copy.deepcopy(valid[EA][i % len(valid[EA])])
        a = s.pop("authenticity_score")
        s["situation"] += f" (take {i // len(valid[EA]) + 1})"  # (a second round of the samples, not duplicates)
        s["qv_true"] = 84 if i == 5 else f"{round(a * 100)}%"
        s["qv_t"] = SETTINGS[i % len(SETTINGS)]
        out.append(s)
    lines = _proposed(tmp_path, EA, out)
    assert lines == {"qv_true": "authenticity_score"}
    got = _outcomes(tmp_path, EA, lines)
    assert got[5] == ("rejected", ["score_out_of_range"])
    assert all(o == ("kept", []) for i, o in enumerate(got) if i != 5)


def test_a_number_that_only_spares_the_planted_low_records_never_replaces_the_score(tmp_path, valid):
    # the real score (plain numbers, two records planted under the threshold) beside a setting that is always high
    # (a top_p of 0.8-0.95, in 20 of 21 records): the setting in the score's place would spare just the two planted
    # records, which any field that never drops low does; that is no evidence against the score
    out = []
    for i in range(21):
        s = copy.deepcopy(valid[MR][i % len(valid[MR])])
        q = s.pop("resonance_score")
        s["qv_eval"] = {"qv_mark": {4: 0.41, 13: 0.55}.get(i, round(min(0.97, q + 0.01 * (i // 7)), 2))}
        s["qv_run"] = {"qv_id": f"r-{i:04d}"} | ({"qv_p": [0.9, 0.95, 0.8][i % 3]} if i != 20 else {})
        out.append(s)
    lines = _proposed(tmp_path, MR, out)
    assert lines.get("qv_eval.qv_mark") == "resonance_score" and "qv_run.qv_p" not in lines
    got = _outcomes(tmp_path, MR, lines)
    assert got[4] == got[13] == ("rejected", ["below_quality_threshold"])
