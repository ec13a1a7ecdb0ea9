"""Coded labels of a pair list (`sheet[dim=CSC].v`) read as the fields of one object of ours (field_codes.py): each
three-letter code abbreviates one field's name, once two labels of the list already fill that object's fields."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from curation.domain import load_spec

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import eval_harness as _eval_harness  # noqa: E402

#: codes of another habit than the probe's (first letter, then letters of the name's syllables)
CODES = {"openness": "OPN", "conscientiousness": "CSC", "extraversion": "EXV", "agreeableness": "AGB",
         "neuroticism": "NRC"}  # fmt: skip


def _lines(folder: Path) -> dict[str, dict[str, str]]:
    from curation.ingest.interactions.field_match import field_map
    from curation.ingest.interactions.schema_report import schema_report

    return field_map(schema_report([folder]).matches)


def _sheets(judge: bool) -> list[dict]:
    from field_drift import valid_samples

    rng = random.Random(5)
    out = []
    for s in valid_samples()["personality_traits"]:
        rec = {k: v for k, v in s.items() if k != "ocean"}
        pairs = [{"dim": CODES[k], "v": v} for k, v in s["ocean"].items()]
        rng.shuffle(pairs)
        rec["sheet"] = pairs
        if judge:  # a grader's numbers of the same shape beside the sheet
            rec["grading"] = {"confidence": round(rng.uniform(0.5, 0.99), 2), "toxicity": round(rng.uniform(0, 0.1), 2)}
        out.append(rec)
    return out


def test_coded_labels_in_shuffled_order_are_read_as_the_fields_they_abbreviate(tmp_path):
    from field_drift import write_batch

    write_batch(tmp_path / "in" / "b.json", "personality_traits", _sheets(judge=True))
    lines = _lines(tmp_path / "in")["personality_traits"]
    for trait, code in CODES.items():
        assert lines.get(f"sheet[dim={code}].v") == f"ocean.{trait}", lines
    assert not any(k.startswith("grading.") and v.startswith("ocean.") for k, v in lines.items()), lines


def test_the_coded_pairs_probe_is_read_with_no_wrong_line():
    # the probe's codes (first letter, then consonants: CNS, NRT, TRS) for OCEAN and the game outcomes
    from field_drift import valid_samples
    from field_drift_probe import SHEETS_FROM, probe_of

    seed = SHEETS_FROM
    assert probe_of(seed) == "coded_pairs"
    r = _eval_harness().score_seed("probe", seed, valid_samples(), set(load_spec().raw["rule_ids"]), "proposed")
    assert r["wrong"] == [], r["wrong"]
    assert r["kept"] == r["valid"] > 0 and r["flagged"] == r["defects"] > 0, r["misses"][:3]


#: a second habit of marked codes (fresh11's ridge writes `tOpn`, `tCsn`: a mark, then the code): `big5_` before three
#: letters of each name that are not its start, written in one list with every other field of the record
MARKED = {"openness": "big5_ops", "conscientiousness": "big5_cnt", "extraversion": "big5_exr",
          "agreeableness": "big5_agb", "neuroticism": "big5_nur"}  # fmt: skip


def _whole_record_lists() -> list[dict]:
    from field_drift import valid_samples

    rng = random.Random(11)
    out = []
    for s in valid_samples()["personality_traits"]:
        pairs = [{"key": MARKED[k], "val": v} for k, v in s["ocean"].items()]
        pairs += [{"key": k, "val": v} for k, v in s.items() if k != "ocean"]
        pairs.append({"key": "fluency", "val": round(rng.uniform(0.5, 0.99), 2)})  # a grader's number beside them
        rng.shuffle(pairs)
        out.append({"fields": pairs})
    return out


def test_marked_codes_in_a_list_holding_the_whole_record_are_read_as_the_fields_they_abbreviate(tmp_path):
    # the list fills the record's own fields as well, so no one object of ours is what most of its labels fill:
    # the labels sharing the mark `big5_`, each code abbreviating one of ocean's fields, are read as that object
    from field_drift import write_batch

    write_batch(tmp_path / "in" / "b.json", "personality_traits", _whole_record_lists())
    lines = _lines(tmp_path / "in")["personality_traits"]
    for trait, label in MARKED.items():
        assert lines.get(f"fields[key={label}].val") == f"ocean.{trait}", lines
    assert not lines.get("fields[key=fluency].val", "").startswith("ocean."), lines
