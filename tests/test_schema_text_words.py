"""Free texts that names and value shape cannot tell apart (a situation, what the player knows, what the character
believes: narrated text under keys that say nothing of ours), placed by the words their values use: a generator that
opens each text with whose knowledge it is ("The player has learned ...", "The character still thinks ...") names our
field in it, and the texts go where the words of our fields' names stand (`player_knows`, `character_knows`), not
in the order the records happen to write them.

The dialect here (Estonian keys that number the notes, written in an order that is not ours) was written for this
test; fresh24's Agadir and Yogyakarta studios ("The player knows ...", "As far as the character can tell, ...") and
fresh21's Bengaluru team (the same phrasings) are the generators that showed it."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report


def _write(root: Path, valid: dict[str, list[dict]]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    recs = []
    for s in valid["dramatic_irony"]:
        r = copy.deepcopy(s)
        believed = r.pop("character_knows")
        known = r.pop("player_knows")
        scene = r.pop("scenario")
        # (the notes in an order of their own: the belief, the scene, the secret)
        r["markus_1"] = f"The character still thinks so: {believed[0].lower()}{believed[1:]}"
        r["markus_2"] = scene
        r["markus_3"] = f"The player has learned, and knows, that {known[0].lower()}{known[1:]}"
        recs.append(r)
    body = {"data_type": "dramatic_irony", "samples": recs}
    (folder / "dramatic_irony.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def test_texts_go_where_their_words_name_our_field(tmp_path, valid):
    report = schema_report([_write(tmp_path, valid)])
    lines = field_map(report.matches)["dramatic_irony"]
    assert lines.get("markus_1") == "character_knows"
    assert lines.get("markus_2") == "scenario"
    assert lines.get("markus_3") == "player_knows"
    tm = next(tm for tm in report.matches if tm.data_type == "dramatic_irony")
    said = {m.source: m.evidence for m in tm.matches}
    assert "the records' texts use the words of player_knows" in said["markus_3"]
