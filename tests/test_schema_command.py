"""`unwritten schema`: profile batch folders, match their fields to the spec, propose the field_map.

The drift cases come from tests/field_drift.py (random renames, nestings, flattenings and drops of valid
samples of every data type, seeded); seeds used here were not used while tuning the matcher (0-30).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

from curation.cli import main
from curation.ingest.interactions.field_fit import name_similarity, words
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.profile import profile_files
from curation.ingest.interactions.schema_report import schema_report
from curation.ingest.interactions.spec_fields import spec_fields

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_drifted_folder  # noqa: E402

SAMPLES = REPO / "samples" / "interactions"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_profile_reads_every_format_and_records_paths_shapes_and_examples(tmp_path):
    s1 = {
        "who": "Ada",
        "says": "I can't, not tonight.",
        "scores": {"q": 0.8, "why": "fits"},
        "opts": [{"t": "a", "impact": -1.5}, {"t": "b", "impact": 0.5}],
    }
    s2 = {"who": "Bo", "says": "You came back. I kept your seat.", "scores": {"q": "75%"}, "opts": []}
    _write(tmp_path / "a.json", json.dumps({"data_type": "my_type", "samples": [s1]}))
    _write(
        tmp_path / "b.jsonl",
        json.dumps({"data_type": "my_type", **s2}) + "\n" + json.dumps({"data_type": "my_type", **s1}) + "\n",
    )
    _write(tmp_path / "c.txt", "Sure! Here it is:\n```json\n[" + json.dumps({"data_type": "my_type", **s2}) + ",]\n```")
    _write(tmp_path / "broken.json", "\x00\x01\x02 not json")
    prof = profile_files([tmp_path])
    assert prof.files == 4 and len(prof.unreadable) == 1
    tp = prof.types["my_type"]
    assert tp.records == 4 and not tp.known and tp.decided_by == {"label": 4}
    f = tp.fields
    assert set(f) == {"who", "says", "scores", "scores.q", "scores.why", "opts", "opts[]", "opts[].t", "opts[].impact"}
    assert f["who"].records == 4 and f["scores.why"].records == 2 and f["opts[].t"].records == 2
    assert f["opts[].t"].values == 4  # two per list, in two samples
    assert (f["opts[].impact"].num_min, f["opts[].impact"].num_max) == (-1.5, 0.5)
    assert f["scores.q"].numeric() and f["scores.q"].num_min == 0.75  # "75%" read as the ingest reads it
    assert f["says"].examples == ["I can't, not tonight.", "You came back. I kept your seat."]
    assert f["says"].spoken_share == 1.0 and f["who"].labels == {"Ada": 2, "Bo": 2}
    assert "data_type" not in f  # the label is not a field


def test_shipped_samples_need_no_map():
    rep = schema_report([SAMPLES])
    manifest = json.loads((SAMPLES / "MANIFEST.json").read_text(encoding="utf-8"))
    assert rep.profile.records == manifest["totals"]["records_recoverable"]
    assert set(rep.profile.types) == set(manifest["totals"]["recoverable_by_data_type"])
    assert field_map(rep.matches) == {}
    assert all(not tm.missing for tm in rep.matches)
    assert all(m.how == "exact" for tm in rep.matches for m in tm.matches)


def test_names_are_compared_by_weighted_words():
    spec = {f.path: f for f in spec_fields()["relationship_scoring"]}
    assert words("npcReply_text") == "npc reply text"
    assert name_similarity("characterResponse", spec["character_response"]) == 1.0
    # "score" is shared by many fields: it must not make quality_score look like relationship_score
    from curation.ingest.interactions.field_fit import Vocabulary

    vocab = Vocabulary(n for fs in spec_fields().values() for f in fs for n in (f.name, *f.aliases))
    assert name_similarity("quality_score_field", spec["quality_score"], vocab) > name_similarity(
        "quality_score_field", spec["relationship_score"], vocab
    )


@pytest.mark.parametrize("seed", [100, 101, 102])
def test_proposed_map_recovers_every_required_field_of_drifted_samples(tmp_path, valid, seed):
    m = write_drifted_folder(tmp_path, seed, samples=valid)
    rep = schema_report([tmp_path])
    required = {t: {f.path for f in fs if f.required} for t, fs in spec_fields().items()}
    wrong = []
    total = right = 0
    for tm in rep.matches:
        assert not tm.missing, (tm.data_type, [f.path for f in tm.missing])
        got = {x.source: x.target for x in tm.matches if x.target}
        evidence = {x.source: x.evidence for x in tm.matches}
        present = rep.profile.types[tm.data_type].fields
        for theirs, ours in m["plans"][tm.data_type]["expected_map"].items():
            if theirs not in present:
                continue  # the plan moves a field these samples do not have
            total += 1
            right += got.get(theirs) == ours
            if (
                ours in required[tm.data_type]
                and got.get(theirs) != ours
                and "AMBIGUOUS" not in evidence.get(theirs, "")
            ):
                wrong.append((tm.data_type, theirs, ours, got.get(theirs)))
    assert not wrong  # a required field is found, or the proposal says it is not sure (AMBIGUOUS: check it)
    assert right / total >= 0.95, (right, total)


def test_cli_prints_table_and_yaml_and_writes_only_where_allowed(tmp_path, valid, capsys):
    folder = tmp_path / "batches"
    write_drifted_folder(folder, 103, samples=valid)
    out = tmp_path / "field_map.yaml"
    assert main(["schema", str(folder), "--write", str(out), "--json", str(tmp_path / "r.json")]) == 0
    printed = capsys.readouterr().out
    assert "field_map to paste into your config" in printed and "interactions:" in printed
    assert "proposed" in printed
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert set(written) == {"interactions"} and written["interactions"]["field_map"]
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["profile"]["records"] > 0
    before = out.read_bytes()
    assert main(["schema", str(folder), "--write", str(out)]) == 2
    err = capsys.readouterr().err
    assert "exists" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert out.read_bytes() == before
    assert main(["schema", str(folder), "--write", str(out), "--force"]) == 0
    assert main(["schema", str(tmp_path / "nope")]) != 0
    assert "no such file" in capsys.readouterr().err


def test_a_field_map_key_that_looks_like_a_secret_masks_nothing(tmp_path):
    """`generated.auth_targ: authenticity_target` names fields: the value is not remembered as a secret."""
    from curation import redact
    from curation.config import load_config

    cfg = tmp_path / "c.yaml"
    cfg.write_text(
        "interactions:\n  field_map:\n    emotional_authenticity:\n"
        "      generated.auth_targ: authenticity_target\n      api_key_text: context\n",
        encoding="utf-8",
    )
    load_config(cfg)
    assert redact.redact_text("authenticity_target and context") == "authenticity_target and context"
