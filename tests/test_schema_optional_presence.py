"""`unwritten schema` on an optional field of ours that the model wrote in only some records (issue 11).

A field of ours the prompt lets the model leave out is in the records it was written in and nowhere else, so
being held by only some records is no sign that it is a pipeline's extra. The batch is the drift generators'
valid relationship scores in a dialect of this file's own (`ukaribu` for the level, written in some records
only, and `sentensi`, the number of sentences of the reply, 1 to 6, in every record): the level must come from
the field the model wrote it in, never from the count beside the reply.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402

RS = "relationship_scoring"
#: our fields under made-up words (the level's own included); the rest keep our names
DIALECT = {"relationship_level": "ukaribu", "character_response": "jibu", "player_action": "tendo"}


def _records(valid: dict, seed: int) -> list[dict]:
    """Every valid sample three times, each with a sentence count; the level left out of about two in five."""
    rng = random.Random(seed)
    out = []
    for _ in range(3):
        for s in valid[RS]:
            r = {}
            for k, v in s.items():
                r[DIALECT.get(k, k)] = v
                if k == "character_response":  # (the count right after the reply it counts)
                    r["sentensi"] = rng.randint(1, 6)
            if rng.random() < 0.4:
                del r["ukaribu"]
            out.append(r)
    return out


def test_an_optional_level_in_some_records_beats_a_count_every_record_holds(tmp_path, valid):
    for seed in (3, 8):
        recs = _records(valid, seed)
        assert 0.5 < sum("ukaribu" in r for r in recs) / len(recs) < 0.8  # (held by only some records)
        folder = tmp_path / str(seed) / "in"
        write_batch(folder / f"{RS}.json", RS, recs)
        lines = field_map(schema_report([folder]).matches).get(RS, {})
        assert lines.get("ukaribu") == "relationship_level", (seed, lines)
        assert "sentensi" not in lines, (seed, lines)
