"""`unwritten schema` fills a required field of ours from a field every record holds (issue 11).

A generator writes what its prompt asks for in every answer and leaves out, now and then, what it may (a payoff
hint, an effectiveness score). When two of its narrated texts fit our hidden setup alike and the one every record
holds is named with a word of our (optional) hint, names alone put the gapped text on the required setup: the
records without it are rejected, or the build stops. The batches are the drift generators' valid samples under
made-up English names that resemble none of ours (`what_the_hinting_covers`, `qv_teaser`).
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

TB = "tension_building"
#: our name -> theirs: the hidden setup under a name holding a word of the hint's, the hint under a name like none
RENAMED = {
    "character_name": "qv_who",
    "context": "qv_moment_described",
    "setup": "what_the_hinting_covers",
    "payoff_hint": "qv_teaser",
    "tension_score": "qv_grip",
}


def _renamed(
    valid: dict, hint_kept: set[int], setup_dropped: set[int] = frozenset(), rename: bool = True
) -> list[dict]:
    out = []
    for i, s in enumerate(valid[TB]):
        s = copy.deepcopy(s)
        if i not in hint_kept:
            del s["payoff_hint"]
        if i in setup_dropped:
            del s["setup"]
        out.append({RENAMED.get(k, k): v for k, v in s.items()} if rename else s)
    return out


def _proposed(tmp_path: Path, samples: list[dict]) -> dict[str, str]:
    write_batch(tmp_path / "in" / f"{TB}.json", TB, samples)
    return field_map(schema_report([tmp_path / "in"]).matches).get(TB, {})


def _outcomes(tmp_path: Path, lines: dict[str, str]) -> list[tuple[str, list[str]]]:
    """Per record in file order: ('kept', rule ids flagged) or ('rejected', [reason])."""
    cfg = {
        "root": str(tmp_path),
        "inputs": {"interactions": ["in"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": {TB: lines}},
    }
    path = tmp_path / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    a = analysis.analyze(load_config(path))
    status = a.status()
    recs = sorted(a.recovered, key=lambda r: r.source.index)
    return [("rejected", [status[r.id]["reason"]]) if r.id in status else ("kept", list(r.violations)) for r in recs]


def test_a_required_text_comes_from_the_text_every_record_holds(tmp_path, valid):
    # 13 records; the hint is left out of 5 (present in 62%), the setup is in all of them
    samples = _renamed(valid, hint_kept={0, 2, 3, 5, 7, 8, 10, 12})
    lines = _proposed(tmp_path, samples)
    assert lines.get("what_the_hinting_covers") == "setup"
    assert lines.get("qv_teaser") != "setup"
    got = _outcomes(tmp_path, lines)
    assert len(got) == len(samples) and all(o[0] == "kept" for o in got)


def test_the_trade_is_shown_to_check(tmp_path, valid):
    samples = _renamed(valid, hint_kept={0, 2, 3, 5, 7, 8, 10, 12})
    write_batch(tmp_path / "in" / f"{TB}.json", TB, samples)
    tm = next(m for m in schema_report([tmp_path / "in"]).matches if m.data_type == TB)
    m = next(m for m in tm.matches if m.source == "what_the_hinting_covers")
    assert "every record holds" in m.evidence and "AMBIGUOUS" in m.evidence


def test_a_required_text_missing_from_one_record_stays_where_its_values_put_it(tmp_path, valid):
    # the hint (named with a word of ours) in every record, the setup (named like nothing of ours) left out of one: a
    # planted defect, not a field the generator may skip, even in a small folder. Nothing trades: the one record is
    # rejected for the missing setup and the others are kept
    names = {**RENAMED, "setup": "qv_backstory", "payoff_hint": "qv_hinting_line"}
    # (nine records: the one without a setup is 11% of them, over GAPPED; one record is still no habit)
    samples = [{names.get(k, k): v for k, v in s.items()} for s in _renamed(valid, set(range(13)), {4}, rename=False)]
    samples = samples[:9]
    lines = _proposed(tmp_path, samples)
    assert lines.get("qv_backstory") == "setup"
    assert lines.get("qv_hinting_line") == "payoff_hint"
    got = _outcomes(tmp_path, lines)
    assert got[4] == ("rejected", ["missing_required_field"])
    assert all(o[0] == "kept" for i, o in enumerate(got) if i != 4)


def test_the_records_rules_never_fill_a_required_field_from_a_gapped_one(tmp_path, valid):
    # no tension score of ours at all: a sampling temperature (0.2-0.9, in every record) and the hook's effectiveness
    # (in 8 of 13 records) both fit it. The temperature fails the quality gate in some records, the effectiveness in
    # none of those holding it; but on the effectiveness the five records without it would miss a required field and
    # the build would stop (5 of 13 is over the guard's share): the records' rules must not choose it
    samples = []
    for i, s in enumerate(valid[TB]):
        s = {k: v for k, v in copy.deepcopy(s).items() if k not in ("tension_score", "hook_effectiveness")}
        s["qv_heat"] = [0.2, 0.9, 0.5, 0.7, 0.3, 0.8, 0.4][i % 7]
        if i % 5 not in (1, 3):
            s["qv_landing"] = valid[TB][i].get("hook_effectiveness", 0.7)
        samples.append(s)
    assert sum("qv_landing" in s for s in samples) == 8
    lines = _proposed(tmp_path, samples)
    assert lines.get("qv_landing") != "tension_score"
    got = _outcomes(tmp_path, lines)  # (the guard would raise UserError here)
    assert len(got) == len(samples)
