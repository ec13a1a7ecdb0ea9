"""Atomic writes: a failure mid-build leaves the previous folder intact."""

from __future__ import annotations

import pytest

from curation import atomic


def test_failed_build_keeps_previous_folder(tmp_path):
    target = tmp_path / "ds"
    with atomic.atomic_dir(target) as staging:
        (staging / "a.txt").write_text("v1")
    with pytest.raises(RuntimeError), atomic.atomic_dir(target) as staging:
        (staging / "a.txt").write_text("v2-partial")
        raise RuntimeError("killed")
    assert (target / "a.txt").read_text() == "v1"
    assert [p.name for p in tmp_path.iterdir()] == ["ds"]  # no staging leftovers


def test_successful_build_replaces_folder(tmp_path):
    target = tmp_path / "ds"
    for v in ("v1", "v2"):
        with atomic.atomic_dir(target) as staging:
            (staging / "a.txt").write_text(v)
    assert (target / "a.txt").read_text() == "v2"
    assert not (tmp_path / "ds.previous").exists()


def test_crash_between_renames_is_recovered(tmp_path):
    target, previous = tmp_path / "ds", tmp_path / "ds.previous"
    previous.mkdir()
    (previous / "a.txt").write_text("old")
    with atomic.atomic_dir(target) as staging:
        assert (target / "a.txt").read_text() == "old"  # restored before the new build starts
        (staging / "a.txt").write_text("new")
    assert (target / "a.txt").read_text() == "new"


def test_write_text_replaces_atomically(tmp_path):
    p = tmp_path / "f.json"
    atomic.write_text(p, "one")
    atomic.write_text(p, "two")
    assert p.read_text() == "two"
    assert [x.name for x in tmp_path.iterdir()] == ["f.json"]
