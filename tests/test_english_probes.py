"""The English teams' probes (tests/field_drift_probe.py, seeds 31 on): fields of the generator's own beside ours
in the same shape (a draft beside the final answer, a confidence and a toxicity beside the grader's quality, small
counters beside the levels), small folders, two prompt versions of a type in one folder."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from curation.domain import load_spec

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift_probe import ENGLISH_FROM, ENGLISH_PROBES, PROBES, probe_of, shuffled_keys  # noqa: E402


def _eval_harness():
    spec = importlib.util.spec_from_file_location("eval_field_drift", REPO / "benchmarks" / "eval_field_drift.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_first_two_rounds_are_the_old_probes_and_the_english_teams_follow():
    assert [probe_of(s) for s in range(1, 2 * len(PROBES) + 1)] == list(PROBES) * 2
    assert 2 * len(PROBES) + 1 == ENGLISH_FROM
    n = len(ENGLISH_PROBES)
    assert [probe_of(ENGLISH_FROM + i) for i in range(2 * n)] == list(ENGLISH_PROBES) * 2
    assert [shuffled_keys(ENGLISH_FROM + i) for i in range(2 * n)] == [False] * n + [True] * n


@pytest.mark.parametrize("name", list(ENGLISH_PROBES))
def test_an_english_probe_builds_whole_with_its_own_map(name, tmp_path):
    # the generator's check: with the truth map every valid record is kept and every planted defect flagged, and
    # the decoys are written where the probe says
    from field_drift import valid_samples
    from field_drift_probe import write_probe_folder

    seed = ENGLISH_FROM + list(ENGLISH_PROBES).index(name)
    m = write_probe_folder(tmp_path / "f", seed)
    files = {p["file"] for p in m["records"]}
    if name == "two_versions":
        assert all(any(f.endswith(f"_v{v}.json") for f in files) for v in (1, 2))
    if name == "small":
        kept = {t: sum(p["expected"] == "keep" for p in m["records"] if p["data_type"] == t) for t in m["plans"]}
        assert all(3 <= n <= 6 for n in kept.values()), kept
    text = "".join((tmp_path / "f" / f).read_text(encoding="utf-8") for f in files)
    assert "confidence" in text or "conf" in text
    r = _eval_harness().score_seed("probe", seed, valid_samples(), set(load_spec().raw["rule_ids"]), "truth")
    assert r["kept"] == r["valid"] > 0, r["misses"][:3]
    assert r["flagged"] == r["defects"] > 0, r["misses"][:3]
