"""The last resort (field_guess) on a required field written in a way no name says: it must read the plain field,
not the variant named after it beside it (a turned-down line), and it must fill the field in every dialect of a type,
not only the first one it reads (fresh29 seed 7: `a-da` beside `a-da_re-di` in one dialect, `ba-lo` beside
`ba-lo_ghe` in the other; the build stopped on `dialogue` and kept none of the seed's records)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from test_schema_guess import _guess, _kept

TYPE = "tension_building"


def _write_files(root: Path, files: dict[str, list[dict[str, Any]]]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    for name, samples in files.items():
        body = {"data_type": TYPE, "master_truths_version": "v1.2", "samples": samples}
        (folder / f"{name}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def _renamed(samples: list[dict[str, Any]], key: str, turned_down: str | None) -> list[dict[str, Any]]:
    """The dialogue under `key`, and under `turned_down` (when given) another record's line, as a line set aside."""
    out = []
    for i, s in enumerate(copy.deepcopy(samples)):
        line = s.pop("dialogue")
        s[key] = line
        if turned_down:
            s[turned_down] = samples[(i + 1) % len(samples)]["dialogue"]
        out.append(s)
    return out


def test_the_plain_line_is_guessed_not_the_turned_down_one_named_after_it(tmp_path, valid):
    """`ubo_tesk` is `ubo` with a word added and holds the same kind of lines: a variant of it. One record lacks
    `ubo` (a defect), so the variant fills one record more; that is no reason to read the rejected line as ours."""
    samples = _renamed(valid[TYPE], "ubo", "ubo_tesk")
    del samples[0]["ubo"]
    folder = _write_files(tmp_path, {"batch": samples})
    tm, filled = _guess(folder, TYPE, ["ubo", "ubo_tesk"], "dialogue")
    assert filled == ["dialogue"]
    lines = tm.map_lines()
    assert lines.get("ubo") == "dialogue" and "ubo_tesk" not in lines, lines


def test_a_field_written_under_another_name_in_each_dialect_is_guessed_in_both(tmp_path, valid):
    """Two files of one type, the dialogue under `ubo` in one and `zan` in the other: a guess for one leaves the
    other's records lacking the field (46% of the type), and the build would stop; the last resort tries again
    on the records still lacking it."""
    half = len(valid[TYPE]) // 2
    files = {"north": _renamed(valid[TYPE][:half], "ubo", None), "south": _renamed(valid[TYPE][half:], "zan", None)}
    folder = _write_files(tmp_path, files)
    tm, filled = _guess(folder, TYPE, ["ubo", "zan"], "dialogue")
    lines = tm.map_lines()
    assert lines.get("ubo") == "dialogue" and lines.get("zan") == "dialogue", lines
    assert filled == ["dialogue", "dialogue"]
    assert _kept(tmp_path, TYPE, lines) == len(valid[TYPE])
