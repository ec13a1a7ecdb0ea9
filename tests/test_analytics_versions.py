"""Version guard: a v1.1/v1.2 mix stops the build; configured versions keep only those."""

from __future__ import annotations

import pytest

from curation.config import Config
from curation.errors import UserError
from curation.records import Record, Source
from curation.stages.base import Context
from curation.stages.versions import EXCLUDED, VersionFilter, check_versions, files_per_version


def rec(i: int, version: str | None, file: str, kind: str = "interaction") -> Record:
    meta = {"batch_file": file}
    if version is not None:
        meta["master_truths_version"] = version
    return Record(
        id=f"r{i}",
        kind=kind,
        source=Source(file, i),
        data_type="emotional_authenticity",
        data={"character_response": f"text {i}"},
        metadata=meta,
    )


def mixed() -> list[Record]:
    return [rec(i, "v1.1", f"old/ea_batch{i % 2}.json") for i in range(4)] + [
        rec(10 + i, "v1.2", f"new/ea_batch{i % 3}.json") for i in range(6)
    ]


def test_mixed_versions_stop_with_files_per_version():
    with pytest.raises(UserError) as e:
        check_versions(mixed(), None)
    msg = str(e.value)
    assert "\n" not in msg
    assert "v1.1 in 2 files (old/ea_batch0.json, old/ea_batch1.json)" in msg
    assert "v1.2 in 3 files (new/ea_batch0.json, new/ea_batch1.json, new/ea_batch2.json)" in msg
    assert "interactions.versions" in msg


def test_single_version_passes_and_spellings_agree():
    records = [rec(0, "v1.2", "a.json"), rec(1, "1.2", "b.json"), rec(2, "V1.2", "c.json")]
    assert check_versions(records, None) == "v1.2"


def test_unknown_version_alone_does_not_make_a_mix():
    records = [rec(0, "v1.2", "a.json"), rec(1, None, "b.json")]
    assert check_versions(records, None) == "v1.2"
    assert files_per_version(records) == {"unknown": ["b.json"], "v1.2": ["a.json"]}


def test_version_in_nested_training_metadata_is_found():
    r = rec(0, None, "ms.json")
    r.data = {"training_metadata": {"master_truths_version": "v1.1"}}
    with pytest.raises(UserError, match="v1.1 in 1 file"):
        check_versions([r, rec(1, "v1.2", "a.json")], None)


def test_scenes_do_not_count():
    assert check_versions([rec(0, "v1.2", "a.json"), rec(1, "v1.1", "book.md", kind="scene")], None) == "v1.2"


def test_allowed_versions_returned_and_others_dropped_by_the_stage():
    cfg = Config()
    cfg.interactions.versions = ["1.2"]
    stage = VersionFilter.from_config(cfg.interactions)
    ctx = Context()
    records = mixed() + [rec(99, "v1.1", "book.md", kind="scene")]
    assert check_versions(records, ["v1.2"]) == "v1.2"
    kept = list(stage(records, ctx))
    assert {r.id for r in kept} == {f"r{10 + i}" for i in range(6)} | {"r99"}
    counts = ctx.ledger.stage("version_filter")
    assert counts.rejected == {EXCLUDED: 4}
    assert counts.balanced
    assert {row["source_file"] for row in ctx.rejects.rows} == {"old/ea_batch0.json", "old/ea_batch1.json"}
    assert counts.notes["master_truths_version"] == "v1.2"


def test_stage_without_allowed_refuses_a_mix():
    with pytest.raises(UserError, match="mix Master Truths versions"):
        list(VersionFilter(None)(mixed(), Context()))


def test_allowed_versions_none_present_is_an_error():
    with pytest.raises(UserError, match=r"no interaction batch has a Master Truths version"):
        check_versions(mixed(), ["v1.3"])
