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


def _scored_rows() -> list[dict]:
    """relationship_scoring as a pandas sheet, the answer group's rationale written first and its turned-down draft
    later (nearer the place our order gives the rationale); the marks group a second judge's mark after the quality
    score."""
    whys = [
        "Quiet labour for someone else's comfort builds trust, and she sees it.",
        "Exposing a private letter is a deep intrusion; the warmth drains quickly.",
        "A repair done unasked is worth more than thanks, so a firm gain fits.",
        "Public mockery of a weakness cuts deep; the bond takes a hard knock.",
        "Returning a thing in better state is kind but moves little.",
        "Betraying a confidence over money is hard to forgive soon.",
    ]
    deeds = [
        "Carries the water jars up to the terrace before the heat comes.",
        "Reads her private letter aloud to the whole boarding house.",
        "Mends the broken shutter on his stall without a word.",
        "Mocks his stammer in front of the ferry crowd.",
        "Brings back the lent lamp, its wick trimmed and glass polished.",
        "Lets slip her debt to the landlord at the market.",
    ]
    replies = [
        "You carried all of them? My back thanks you, truly.",
        "That letter was mine. You had no right at all.",
        "The shutter? You fixed it? I didn't even ask.",
        "Say it again. I dare you, say it again.",
        "It shines brighter than when I bought it. Thank you.",
        "You told her? About the rent? Why would you?",
    ]
    kinds = ["practical_help", "broken_promise", "practical_help", "playful_teasing", "practical_help"]
    out = []
    for k in range(12):
        i = k % len(whys)
        out.append(
            {
                repr(("mt", "r2")): deeds[i],
                repr(("mt", "r3")): replies[i],
                repr(("an", "r1")): whys[i],
                repr(("kv", "r1")): ["Sefa", "Idris Mallow", "Tuli"][k % 3],
                repr(("kv", "r2")): 1 + k % 5,
                repr(("an", "r2")): whys[(i + 3) % len(whys)],
                repr(("mt", "r1")): kinds[k % len(kinds)],
                repr(("wq", "r1")): round(0.2 + 0.05 * k, 2),
                repr(("wq", "r2")): round(-0.5 + 0.08 * k, 2),
                repr(("wq", "r3")): round(0.7 + 0.02 * k, 2),
                repr(("wq", "r4")): round(0.9 - 0.03 * k, 2),
            }
        )
    return out


def test_a_rival_written_as_a_tuple_key_is_one_rival_the_earlier_written_takes_the_field(tmp_path):
    """The matcher lists the rivals of a guess in its evidence and reads them back; a tuple key holds ", " itself,
    and split there its rival was no field, so the draft written after the rationale kept it."""
    write_batch(tmp_path / "batches" / "sheet.json", "relationship_scoring", _scored_rows())
    lines = field_map(schema_report([tmp_path / "batches"]).matches)["relationship_scoring"]
    assert lines.get("('an', 'r1')") == "rationale", lines
    assert "('an', 'r2')" not in lines, lines
