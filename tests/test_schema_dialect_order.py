"""A type written by two prompt versions is matched one version at a time (field_match._dialects), each version's
fields numbered among its own (`_renumbered`): the matcher weighs where a field is written by its number over the
count of the view's fields, and a later version's numbers, counted after every field of the versions before it,
put its fields far past the end of its own list. That cost a field matched on its values alone its place: fresh24's
Midyat payoff windows ("between 2 and 4 weeks", no name evidence), written beside the Yogyakarta version, fell
under the bar, and a sentence count and a sampler seed were proposed as the window's two ends (63 records flagged
on their payoff windows at seeds 1-40); alone in a folder the same windows were matched.

The versions here are written for this test: one keeps our names and logs a long trace of its run, the other names
every field in Armenian and writes the window as text.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import _dialects, field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples, write_batch  # noqa: E402

TB = "tension_building"
ARMENIAN = {
    "character_name": "անուն",
    "context": "միջավայր",
    "hook_type": "կեռ",
    "dialogue": "խոսք",
    "setup": "թաքուն",
    "relationship_level": "մակարդակ",
    "tension_score": "լարում",
    "hook_effectiveness": "ազդեցություն",
    "payoff_hint": "ակնարկ",
}
WINDOW = "ժամկետ"


def _traced() -> list[dict]:
    """Our names, with the run's trace: sixty counters of the generator's own."""
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()[TB])):
        s["trace"] = {f"step_{k:02d}_ms": 100 + 37 * ((i + k) % 11) for k in range(60)}
        out.append(s)
    return out


def _armenian() -> list[dict]:
    """Armenian names, the window as text, a sentence count and a sampler seed beside (whole numbers of their own)."""
    out = []
    for i, s in enumerate(copy.deepcopy(valid_samples()[TB])):
        w = s.pop("payoff_window_weeks")
        r = {ARMENIAN[k]: v for k, v in s.items() if k in ARMENIAN}
        r[WINDOW] = f"between {w['min']:g} and {w['max']:g} weeks"
        r["նախադասություններ"] = 1 + (i % 5)
        r["սերմ"] = 100_000_007 * (i + 3) % 2_000_000_011
        out.append(r)
    return out


def test_each_version_is_numbered_among_its_own_fields(tmp_path):
    write_batch(tmp_path / "in" / "tension_building_a.json", TB, _traced())
    write_batch(tmp_path / "in" / "tension_building_b.json", TB, _armenian())
    tp = schema_report([tmp_path / "in"]).profile.types[TB]
    views = _dialects(tp)
    assert len(views) == 2
    for view in views:
        assert sorted(st.first_seen for st in view.fields.values()) == list(range(len(view.fields)))


def test_a_window_written_as_text_in_the_later_version_is_the_window(tmp_path):
    write_batch(tmp_path / "in" / "tension_building_a.json", TB, _traced())
    write_batch(tmp_path / "in" / "tension_building_b.json", TB, _armenian())
    lines = field_map(schema_report([tmp_path / "in"]).matches)[TB]
    assert lines.get(WINDOW) == "payoff_window_weeks", lines
    assert not any(t.startswith("payoff_window_weeks.") for t in lines.values()), lines
