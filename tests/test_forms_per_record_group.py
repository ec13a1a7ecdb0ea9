"""Containers read by position or key (`[N]`, `{}`, a two-turn exchange) where a field of ours looks filled already:
by the type's other prompt version (records that never hold the container) or by a field of theirs chosen by value
shape alone (a grader's confidence beside a list of five trait numbers). "Filled" is judged over the records holding
the container, and a container whose structure fits outranks shape-only lines (tests/field_drift_probe.py, seeds 39
on: `forms_decoys`, `forms_two_versions`)."""

from __future__ import annotations

import contextlib
import copy
import io
import re
import sys
from pathlib import Path

import pytest

from curation.domain import load_spec
from curation.errors import UserError
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402
from field_drift import valid_samples, write_batch  # noqa: E402
from field_drift_probe import FORM_PROBES, FORMS_FROM, TRAITS  # noqa: E402

_FORM = re.compile(r"\[\d+\]|\{\}$")


def _lines(folder: Path) -> dict[str, dict[str, str]]:
    return field_map(schema_report([folder]).matches)


@pytest.mark.parametrize("name", list(FORM_PROBES))
def test_a_form_beside_decoys_or_another_version_is_proposed_and_the_folder_built_whole(name, tmp_path):
    from field_drift_probe import write_probe_folder

    ev = _eval_harness()
    rules = set(load_spec().raw["rule_ids"])
    first = FORMS_FROM + list(FORM_PROBES).index(name)
    for seed in (first, first + len(FORM_PROBES)):  # keys in order, then shuffled
        m = write_probe_folder(tmp_path / str(seed), seed)
        proposed = _lines(tmp_path / str(seed))
        forms = {t: {k: v for k, v in p["truth"].items() if _FORM.search(k)} for t, p in m["plans"].items()}
        assert {t for t, f in forms.items() if f} >= {"personality_traits", "relationship_scoring", "dramatic_irony"}
        for t, f in forms.items():
            assert {k: proposed.get(t, {}).get(k) for k in f} == f, (seed, t)
        r = ev.score_seed("probe", seed, valid_samples(), rules, "proposed")
        assert r["kept"] == r["valid"] > 0, (seed, r["misses"][:3])
        assert r["flagged"] == r["defects"] > 0, (seed, r["misses"][:3])


def _ocean_list(s: dict, name: str) -> dict:
    s = copy.deepcopy(s)
    ocean = s.pop("ocean")
    s[name] = [ocean[t] for t in TRAITS]
    return s


def test_the_other_version_s_object_does_not_fill_ours_for_the_records_holding_a_list(tmp_path):
    # v1 writes the traits as a list, v2 as an object of ours under another name: each version's records get
    # their own lines (before, the v2 object filled `ocean` for the whole type and v1's records lost theirs)
    items = valid_samples()["personality_traits"]
    v1 = [_ocean_list(s, "axes") for s in items[::2]]
    v2 = []
    for s in items[1::2]:
        s = copy.deepcopy(s)
        s["persona"] = {t.capitalize(): v for t, v in s.pop("ocean").items()}
        v2.append(s)
    write_batch(tmp_path / "b" / "pt_v1.json", "personality_traits", v1)
    write_batch(tmp_path / "b" / "pt_v2.json", "personality_traits", v2)
    lines = _lines(tmp_path / "b")["personality_traits"]
    assert {f"axes[{i}]": f"ocean.{t}" for i, t in enumerate(TRAITS)}.items() <= lines.items()
    assert lines.get("persona") == "ocean"


def test_numbers_chosen_by_value_shape_alone_give_way_to_a_list_whose_structure_fits(tmp_path):
    # two grader numbers in [0, 1] beside the list: their names say nothing of the traits, so the list of exactly
    # five in-range numbers is the better reading, and the graders' numbers are left unmatched
    out = []
    for i, s in enumerate(valid_samples()["personality_traits"]):
        s = _ocean_list(s, "vector")
        s["grader_certainty"] = round(0.55 + 0.04 * (i % 10), 2)
        s["harm_level"] = round(0.01 * (i % 9), 2)
        out.append(s)
    write_batch(tmp_path / "b" / "pt.json", "personality_traits", out)
    rep = schema_report([tmp_path / "b"])
    lines = field_map(rep.matches)["personality_traits"]
    assert {f"vector[{i}]": f"ocean.{t}" for i, t in enumerate(TRAITS)}.items() <= lines.items()
    assert "grader_certainty" not in lines and "harm_level" not in lines
    tm = next(t for t in rep.matches if t.data_type == "personality_traits")
    gave_way = next(m for m in tm.matches if m.source == "grader_certainty")
    assert gave_way.how == "unmatched" and "vector" in gave_way.evidence


def test_fields_named_as_ours_that_fill_the_object_keep_it_from_a_list_beside_them(tmp_path):
    # must not: the five traits written flat under their own names fill the object whole; another list of five
    # numbers in [0, 1] beside them (the grader's per-turn marks) is not read as the traits
    out = []
    for i, s in enumerate(valid_samples()["personality_traits"]):
        s = copy.deepcopy(s)
        s.update({f"trait_{t}": v for t, v in s.pop("ocean").items()})
        s["turn_marks"] = [round(0.1 * ((i + k) % 10), 1) for k in range(5)]
        out.append(s)
    write_batch(tmp_path / "b" / "pt.json", "personality_traits", out)
    lines = _lines(tmp_path / "b")["personality_traits"]
    assert {f"trait_{t}": f"ocean.{t}" for t in TRAITS}.items() <= lines.items()
    assert not any(k.startswith("turn_marks") for k in lines)


def test_a_stop_names_a_container_of_unmatched_fields_once_and_first(tmp_path):
    # the options keyed by words of the generator's own (no label of ours): nothing reads them, so the guard stops;
    # its message names the container the user should look at, not each of its leaves
    out = []
    for s in valid_samples()["dramatic_irony"]:
        s = copy.deepcopy(s)
        s["forks"] = {f"path_{i}": {"words": o["dialogue"], "shift": o["relationship_impact"]}
                      for i, o in enumerate(s.pop("response_options"))}  # fmt: skip
        out.append(s)
    write_batch(tmp_path / "batches" / "di.json", "dramatic_irony", out)
    with contextlib.redirect_stderr(io.StringIO()), pytest.raises(UserError) as stop:
        from curation.analytics import batch_analysis as analysis

        analysis.analyze(_eval_harness()._config(tmp_path, None))
    said = str(stop.value)
    assert "'response_options'" in said and "left unmatched: 'forks'" in said
    assert "forks.path_0" not in said
