"""`unwritten schema` placing three narrated free texts of a flat sheet row by the header group each is filed in
(issue 11).

A spreadsheet export flattens each object of a record into a column group and writes each key as the sheet's two
header rows: a pandas MultiIndex column's tuple (`"('kv', 'r2')"`, fresh18's Addis studio) or the rows joined
(`Kv › R2`, fresh14's sheets). The group is the object the field was filed in: what the character believes sits with
the character's name and capacity, what the player knows with the knowledge gap. With names that say nothing and
three texts alike in shape, the group (kin), not the order written, tells them apart. Keys below are made up and
written in the order character group, scene, player group (not the spec's order).
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples, write_batch  # noqa: E402


def _col(group: str, column: str, joined: bool) -> str:
    return f"{group.title()} › {column.title()}" if joined else repr((group, column))


def _rows(joined: bool) -> list[dict]:
    out = []
    for s in (copy.deepcopy(x) for x in valid_samples()["dramatic_irony"] * 3):
        out.append(
            {
                _col("kv", "r1", joined): s["character_name"],
                _col("kv", "r2", joined): s["character_capacity"],
                _col("kv", "r3", joined): s["character_knows"],
                _col("pz", "r1", joined): s["scenario"],
                _col("gm", "r1", joined): s["player_knows"],
                _col("gm", "r2", joined): s["knowledge_gap_score"],
                _col("xo", "r1", joined): s["response_options"],
                _col("wq", "r1", joined): s["dramatic_irony_score"],
            }
        )
    return out


def _lines(tmp_path: Path, joined: bool) -> dict[str, str]:
    write_batch(tmp_path / "batches" / "sheet.json", "dramatic_irony", _rows(joined))
    return field_map(schema_report([tmp_path / "batches"]).matches)["dramatic_irony"]


def test_a_pandas_column_group_files_a_text_beside_its_kin(tmp_path):
    lines = _lines(tmp_path, joined=False)
    assert lines.get("('kv', 'r3')") == "character_knows", lines
    assert lines.get("('gm', 'r1')") == "player_knows", lines
    assert lines.get("('pz', 'r1')") == "scenario", lines


def test_header_rows_joined_file_a_text_beside_its_kin(tmp_path):
    lines = _lines(tmp_path, joined=True)
    assert lines.get("Kv › R3") == "character_knows", lines
    assert lines.get("Gm › R1") == "player_knows", lines
    assert lines.get("Pz › R1") == "scenario", lines
