"""Field-map forms a user's generator needs beyond renames: a key that holds a dot ("score.v2", written
`score\\.v2` in the map) and a list of name/value pairs pivoted into our object
(`traits[name=openness].value: ocean.openness`). A folder written that way is analysed with the map in the
config: every record is kept with the values where they belong; `unwritten schema` writes the escaped key."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest
import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.domain.spec import FieldMap, SpecError, build_spec, load_spec, path_parts
from curation.errors import UserError
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples  # noqa: E402

TRAITS = ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism")


def test_a_dot_inside_a_key_is_escaped():
    assert path_parts("meta.score\\.v2") == ["meta", "score.v2"]
    data = {"meta": {"score.v2": 0.8, "score": 0.1}, "stats.raw": 3}
    FieldMap((("meta.score\\.v2", "quality_score"),)).apply(data, [])
    assert data == {"meta": {"score": 0.1}, "stats.raw": 3, "quality_score": 0.8}


def test_a_list_of_name_value_pairs_is_pivoted_into_our_object():
    fm = FieldMap(
        (
            ("traits[name=openness].value", "ocean.openness"),
            ("traits[name=Neuroticism].value", "ocean.neuroticism"),  # labels compared without case
        )
    )
    data = {"traits": [{"name": "openness", "value": 0.7}, {"name": "neuroticism", "value": 0.2}, {"name": "x"}]}
    repairs: list[str] = []
    fm.apply(data, repairs)
    assert data["ocean"] == {"openness": 0.7, "neuroticism": 0.2}
    assert data["traits"] == [{"name": "x"}]  # emptied elements go; what nothing took stays
    assert repairs == [
        "field_map:traits[name=openness].value->ocean.openness",
        "field_map:traits[name=Neuroticism].value->ocean.neuroticism",
    ]
    # a value under our name is never overwritten, and the element keeps it
    kept = {"ocean": {"openness": 0.5}, "traits": [{"name": "openness", "value": 0.9}]}
    fm.apply(kept, [])
    assert kept == {"ocean": {"openness": 0.5}, "traits": [{"name": "openness", "value": 0.9}]}


@pytest.mark.parametrize("bad", ["traits[name].value", "traits[-1].value", "traits[name=o][].value"])
def test_a_malformed_list_step_is_a_one_line_config_error(bad):
    with pytest.raises(SpecError) as e:
        build_spec(copy.deepcopy(load_spec().raw), None, {"personality_traits": {bad: "ocean.openness"}})
    assert "[key=label]" in str(e.value) and "\n" not in str(e.value)


def _write_folder(folder: Path) -> int:
    """personality_traits as a generator writes them: OCEAN as name/value pairs, the quality under a dotted key."""
    out = []
    for s in valid_samples()["personality_traits"]:
        s = copy.deepcopy(s)
        ocean = s.pop("ocean")
        s["traits"] = [{"name": t, "value": ocean[t]} for t in TRAITS]
        s["score.v2"] = s.pop("quality_score")
        out.append(s)
    folder.mkdir(parents=True)
    (folder / "pt.json").write_text(json.dumps({"data_type": "personality_traits", "samples": out}), "utf-8")
    return len(out)


def _config(root: Path, field_map_: dict | None) -> Path:
    cfg = {"root": str(root), "inputs": {"interactions": ["batches"], "manuscripts": []}, "output": {"dir": "out/ds"}}
    if field_map_ is not None:
        cfg["interactions"] = {"field_map": field_map_}
    path = root / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return path


def test_a_folder_with_dotted_keys_and_pivoted_pairs_is_kept_whole_with_the_map(tmp_path):
    n = _write_folder(tmp_path / "batches")
    # without a map the OCEAN object is missing from every record: the build stops before writing anything
    with pytest.raises(UserError) as e:
        analysis.analyze(load_config(_config(tmp_path, None)))
    assert "personality_traits" in str(e.value)
    lines = {f"traits[name={t}].value": f"ocean.{t}" for t in TRAITS} | {"score\\.v2": "quality_score"}
    a = analysis.analyze(load_config(_config(tmp_path, {"personality_traits": lines})))
    status = a.status()
    kept = [r for r in a.recovered if r.id not in status]
    assert len(kept) == len(a.recovered) == n
    first = min(kept, key=lambda r: r.source.index)
    src = valid_samples()["personality_traits"][first.source.index]
    assert first.data["ocean"] == src["ocean"] and first.data["quality_score"] == src["quality_score"]
    assert "traits" not in first.data  # every pair moved: the list went with them


def test_schema_writes_a_dotted_key_escaped(tmp_path):
    _write_folder(tmp_path / "batches")
    lines = field_map(schema_report([tmp_path / "batches"]).matches).get("personality_traits", {})
    assert lines.get("score\\.v2") == "quality_score"


def test_the_stop_message_writes_keys_yaml_reads_back(tmp_path):
    """The lines the stop message says to paste are YAML that loads: a key with a literal dot (`score\\.v2`,
    which double quotes reject as an escape), a space, a quote or a colon comes back as written."""
    _write_folder(tmp_path / "batches")
    with pytest.raises(UserError) as e:
        analysis.analyze(load_config(_config(tmp_path, None)))
    msg = str(e.value)
    pasted = yaml.safe_load(msg[msg.index("interactions:\n") :])["interactions"]["field_map"]
    assert pasted["personality_traits"]["score\\.v2"] == "quality_score"
    from curation.ingest.interactions.field_match import interactions_yaml

    for key in ("score\\.v2", "player move", "it's", "a: b", "Vertrauensänderung", '"x"', "#tag"):
        section = {"field_map": {"personality_traits": {key: "v"}}}
        assert yaml.safe_load(interactions_yaml(section)) == {"interactions": section}


def test_the_schema_command_prints_and_writes_a_dotted_key(tmp_path):
    """The printed table looks each proposal up in the profile, which keys a literal dot apart from a step;
    a key with a dot at the top of a record (`score.v2`) used to end the command in a KeyError."""
    from curation.cli import main

    _write_folder(tmp_path / "batches")
    out = tmp_path / "map.yaml"
    assert main(["schema", str(tmp_path / "batches"), "--write", str(out)]) == 0
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert written["interactions"]["field_map"]["personality_traits"]["score\\.v2"] == "quality_score"


def test_schema_proposes_a_line_per_pair_for_a_list_of_name_value_pairs(tmp_path):
    _write_folder(tmp_path / "batches")
    rep = schema_report([tmp_path / "batches"])
    tm = next(t for t in rep.matches if t.data_type == "personality_traits")
    assert not tm.missing
    lines = field_map(rep.matches)["personality_traits"]
    for t in TRAITS:
        assert lines[f"traits[name={t}].value"] == f"ocean.{t}"
    # and the proposal keeps every record
    a = analysis.analyze(load_config(_config(tmp_path, {"personality_traits": lines})))
    assert not a.status() and len(a.recovered) == len(valid_samples()["personality_traits"])
