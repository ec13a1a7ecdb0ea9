"""A file of records of no data type we know stops `build`, `analyze` and `unwritten schema` with one line and the
`interactions.file_types` line that declares its type; with that line the file's records are read as that type.

The records are a dialect of our own (no label, a file name naming no type, field names of their own), unlike any
drift family's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from curation.analytics import batch_analysis as analysis
from curation.cli import main
from curation.config import load_config
from curation.errors import UserError
from curation.ingest.interactions.schema_report import schema_report
from curation.ingest.interactions.settings import InteractionsConfig
from curation.ingest.interactions.untyped import suggested_glob


def _ledger_row(i: int) -> dict:
    """A record nothing of ours resembles: flags and a code (no text, no score, no list)."""
    return {"zz_flag": i % 2 == 0, "qq_flag": True, "code_k": f"K{i}"}


def _reserve_row(i: int) -> dict:
    """An emotional-authenticity record under names of our own (a care worker's sheet)."""
    return {
        "who": f"Wenna Pryce {i}",
        "backdrop": "A long week at the mill; the roof leaks and the rent is due on Friday.",
        "start_reserve": 6.0,
        "drains": [{"cause": "double shift at the mill", "by": -2.0}],
        "reserve_now": 4.0,
        "moment": "Her brother asks her to help him move house on Saturday morning.",
        "help_wanted": 5.0,
        "says": "I can't do Saturday, I'm sorry. Sunday afternoon, if I've slept.",
        "ring_true": 0.8,
    }


def _project(tmp_path: Path, rows: list[dict], name: str, interactions: dict | None = None) -> Path:
    batches = tmp_path / "batches"
    batches.mkdir(parents=True, exist_ok=True)
    (batches / name).write_text(json.dumps(rows), encoding="utf-8")
    cfg = {"root": ".", "inputs": {"interactions": ["batches"], "manuscripts": []}, "output": {"dir": "out/ds"}}
    if interactions:
        cfg["interactions"] = interactions
    path = tmp_path / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return path


def test_a_file_no_type_comes_close_to_stops_analyze_with_the_exact_message(tmp_path, capsys, monkeypatch):
    _project(tmp_path, [_ledger_row(i) for i in range(4)], "ledger_sheet_07.json")
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "batches"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "error: batches/ledger_sheet_07.json: 4 of 4 records are of no data type we know (no data-type label, no "
        "type in the file name, fields that match no type); their fields: 'zz_flag', 'qq_flag', 'code_k'; no data "
        "type's fields come close; nothing was written. Add this interactions.file_types line to your config (check "
        "the type; then `unwritten schema` proposes the field_map for its records):\n"
        "interactions:\n"
        "  file_types:\n"
        "    ledger_sheet_*: '<data type: emotional_authenticity | dramatic_irony | tension_building | "
        "memory_resonance | personality_traits | relationship_scoring | multi_step>'\n"
    )
    assert not (tmp_path / "out").exists()


def test_build_and_schema_stop_on_it_too(tmp_path, capsys, monkeypatch):
    cfg = _project(tmp_path, [_ledger_row(i) for i in range(4)], "ledger_sheet_07.json")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--config", str(cfg)]) == 2
    assert capsys.readouterr().err.startswith("error: batches/ledger_sheet_07.json: 4 of 4 records are of no data")
    assert not (tmp_path / "out" / "ds").exists()
    assert main(["schema", "batches"]) == 2
    assert "ledger_sheet_07.json: 4 of 4 records are of no data type" in capsys.readouterr().err


def test_the_stop_names_the_closest_type_and_its_line(tmp_path):
    cfg = _project(tmp_path, [_reserve_row(i) for i in range(5)], "reserve_sheet_03.json")
    with pytest.raises(UserError) as e:
        analysis.analyze(load_config(cfg))
    msg = str(e.value)
    assert msg.startswith("batches/reserve_sheet_03.json: 5 of 5 records are of no data type we know")
    assert "their fields: 'who', 'backdrop', 'start_reserve', 'drains', 'reserve_now', 'moment', 'help_wanted'" in msg
    assert "closest by fields: emotional_authenticity (8 of 8 required fields" in msg
    assert msg.endswith("interactions:\n  file_types:\n    reserve_sheet_*: emotional_authenticity")


def test_with_the_declared_type_and_the_proposed_map_the_records_are_kept(tmp_path):
    cfg = _project(tmp_path, [_reserve_row(i) for i in range(5)], "reserve_sheet_03.json")
    rep = schema_report([tmp_path / "batches"])
    assert rep.file_types == {"reserve_sheet_*": "emotional_authenticity"}
    assert rep.profile.types["emotional_authenticity"].records == 5  # profiled as the proposed type: mapped
    text = cfg.read_text(encoding="utf-8")
    from curation.ingest.interactions.field_match import field_map

    section = {"file_types": rep.file_types, "field_map": field_map(rep.matches)}
    cfg.write_text(text + yaml.safe_dump({"interactions": section}), encoding="utf-8")
    a = analysis.analyze(load_config(cfg))
    assert [r.data_type for r in a.recovered] == ["emotional_authenticity"] * 5
    assert not [r for r in a.ctx.rejects.rows if r["reason"] == "unknown_data_type"]


def test_schema_writes_the_file_types_line_with_the_map(tmp_path, monkeypatch, capsys):
    _project(tmp_path, [_reserve_row(i) for i in range(5)], "reserve_sheet_03.json")
    monkeypatch.chdir(tmp_path)
    assert main(["schema", "batches", "--write", "map.yaml"]) == 0
    written = yaml.safe_load((tmp_path / "map.yaml").read_text(encoding="utf-8"))["interactions"]
    assert written["file_types"] == {"reserve_sheet_*": "emotional_authenticity"}
    assert written["field_map"]["emotional_authenticity"]["says"] == "character_response"


def test_a_declared_file_is_read_as_its_type_even_with_no_field_of_it(tmp_path):
    """The declaration is the records' type (as a label would be): the records then fail validation on their fields
    (they hold none of ours), never `unknown_data_type`."""
    cfg = _project(
        tmp_path, [_ledger_row(i) for i in range(2)], "ledger_sheet_07.json", {"file_types": {"ledger_*": "multi_step"}}
    )
    a = analysis.analyze(load_config(cfg))
    assert [r.data_type for r in a.recovered] == ["multi_step"] * 2
    assert {r["reason"] for r in a.ctx.rejects.rows} == {"missing_required_field"}


_OURS = {
    "who": "character_name",
    "backdrop": "context",
    "start_reserve": "base_capacity",
    "reserve_now": "effective_capacity",
    "moment": "situation",
    "help_wanted": "support_level_needed",
    "says": "character_response",
    "ring_true": "authenticity_score",
}


def _labelled_row(i: int) -> dict:
    row = {_OURS.get(k, k): v for k, v in _reserve_row(i).items()}
    row["capacity_factors"] = [{"factor": d["cause"], "impact": d["by"]} for d in row.pop("drains")]
    return {"data_type": "emotional_authenticity", **row}


def test_a_few_untyped_records_in_a_typed_file_stay_rejects(tmp_path):
    rows = [_ledger_row(i) for i in range(3)] + [_labelled_row(i) for i in range(4)]
    cfg = _project(tmp_path, rows, "mixed_07.json")
    a = analysis.analyze(load_config(cfg))
    assert [r["reason"] for r in a.ctx.rejects.rows if r["reason"] == "unknown_data_type"] == ["unknown_data_type"] * 3
    assert [r.data_type for r in a.recovered] == ["emotional_authenticity"] * 4


def test_a_label_of_a_type_we_do_not_know_is_named(tmp_path):
    cfg = _project(tmp_path, [{"data_type": "gossip", **_ledger_row(i)} for i in range(3)], "village_01.json")
    with pytest.raises(UserError) as e:
        analysis.analyze(load_config(cfg))
    assert str(e.value).startswith(
        "batches/village_01.json: 3 of 3 records are of no data type we know (labels that name no data type of "
        "ours: 'gossip', no type in the file name, fields that match no type)"
    )
    assert "add its interactions.types entry to your config" in str(e.value)
    assert "\ninteractions:\n  types:\n    gossip:\n" in str(e.value)  # the draft `unwritten schema` writes


def test_two_untyped_records_are_no_file_shape(tmp_path):
    cfg = _project(tmp_path, [_ledger_row(0), _ledger_row(1)], "tiny.json")
    a = analysis.analyze(load_config(cfg))
    assert [r["reason"] for r in a.ctx.rejects.rows] == ["unknown_data_type"] * 2


def test_file_types_patterns_and_config_errors(tmp_path):
    s = InteractionsConfig(file_types={"addis/tana_*": "multi_step", "*.jsonl": "dramatic_irony"})
    assert s.declared_type(Path("/x/addis/tana_card_01.json")) == "multi_step"
    assert s.declared_type(Path("/x/other/tana_card_01.json")) is None
    assert s.declared_type(Path("notes/run.jsonl")) == "dramatic_irony"
    with pytest.raises(ValueError, match="file_types: 'x_\\*': unknown data type 'gossip'"):
        InteractionsConfig(file_types={"x_*": "gossip"})
    assert suggested_glob("tana_npc_card_sheet_07.json") == "tana_npc_card_sheet_*"
    assert suggested_glob("notes.json") == "notes.json" and suggested_glob("07_run.json") == "07_run.json"


def test_schema_reads_a_declared_file_as_the_build_does(tmp_path):
    """A declared file whose records' fields plainly name another type: the build reads them as that type (the
    content wins over the declaration, as over a label), so `unwritten schema` profiles them as that type too."""
    rows = [{k: v for k, v in _labelled_row(i).items() if k != "data_type"} for i in range(4)]
    cfg = _project(tmp_path, rows, "care_07.json", {"file_types": {"care_*": "multi_step"}})
    config = load_config(cfg)
    a = analysis.analyze(config)
    assert [r.data_type for r in a.recovered] == ["emotional_authenticity"] * 4
    rep = schema_report([tmp_path / "batches"], config.interactions)
    assert rep.profile.types["emotional_authenticity"].records == 4
    assert "multi_step" not in rep.profile.types


def test_a_label_under_another_label_key_is_named_too(tmp_path):
    """The stop reads the user's own label under every key `unwritten schema` reads it under, not only data_type."""
    rows = [{"sample_type": "gossip", **_ledger_row(i)} for i in range(3)]
    cfg = _project(tmp_path, rows, "village_02.json")
    with pytest.raises(UserError) as e:
        analysis.analyze(load_config(cfg))
    assert "labels that name no data type of ours: 'gossip'" in str(e.value)
    assert "\ninteractions:\n  types:\n    gossip:\n" in str(e.value)


def test_schema_json_holds_the_file_types_proposal(tmp_path, monkeypatch):
    _project(tmp_path, [_reserve_row(i) for i in range(5)], "reserve_sheet_03.json")
    monkeypatch.chdir(tmp_path)
    assert main(["schema", "batches", "--json", "report.json"]) == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["file_types"] == {"reserve_sheet_*": "emotional_authenticity"}
    assert report["file_types_why"]["reserve_sheet_*"].startswith("batches/reserve_sheet_03.json: 5 of 5 records")


def test_the_proposed_pattern_leaves_a_sibling_typed_by_its_name_alone(tmp_path):
    """`reserve_sheet_*` would also cover a file whose name alone types it (its records name no type): declared,
    the pattern would override that name, so the proposal is the untyped file's exact name."""
    _project(tmp_path, [_reserve_row(i) for i in range(5)], "reserve_sheet_03.json")
    _project(tmp_path, [_ledger_row(i) for i in range(3)], "reserve_sheet_multi_step.json")
    rep = schema_report([tmp_path / "batches"])
    assert rep.file_types == {"reserve_sheet_03.json": "emotional_authenticity"}
    assert rep.profile.types["multi_step"].records == 3
    assert rep.profile.types["emotional_authenticity"].records == 5


def test_each_file_is_parsed_once_when_a_file_type_is_proposed(tmp_path, monkeypatch):
    """The proposal of a file_types line used to profile the folder a second time; the records read from the first
    file of no type on now wait for it (past HOLD_RECORDS they are read again), in the same order, same profile."""
    from curation.ingest.interactions import profile
    from curation.ingest.interactions.field_match import field_map

    _project(tmp_path, [_labelled_row(i) for i in range(4)], "a_sheet_typed.json")
    _project(tmp_path, [_reserve_row(i) for i in range(5)], "reserve_sheet_03.json")
    _project(tmp_path, [_labelled_row(i + 10) for i in range(3)], "z_sheet_typed.json")
    calls: dict[str, int] = {}
    parse = profile.parse_batch_bytes

    def counted(raw: bytes, path: Path):  # type: ignore[no-untyped-def]
        calls[path.name] = calls.get(path.name, 0) + 1
        return parse(raw, path)

    monkeypatch.setattr(profile, "parse_batch_bytes", counted)
    rep = schema_report([tmp_path / "batches"])
    assert rep.file_types == {"reserve_sheet_*": "emotional_authenticity"}
    assert rep.profile.types["emotional_authenticity"].records == 12
    assert calls == {"a_sheet_typed.json": 1, "reserve_sheet_03.json": 1, "z_sheet_typed.json": 1}
    monkeypatch.setattr(profile, "HOLD_RECORDS", 2)  # too few to hold the last two files: they are read again
    again = schema_report([tmp_path / "batches"])
    assert calls["z_sheet_typed.json"] == 3 and calls["a_sheet_typed.json"] == 2
    assert again.profile.to_dict() == rep.profile.to_dict() and again.file_types == rep.file_types
    assert field_map(again.matches) == field_map(rep.matches)
