"""One `chunking:` section sets the chunk bounds for the chunker and the scene length filter alike; an old
config that still sets them elsewhere stops with one line naming the line to write instead."""

from __future__ import annotations

import pytest
import yaml

from curation.config import load_config
from curation.errors import UserError
from curation.records import Record, Source
from curation.stages.filters import QualityFilters


def _load(tmp_path, data: dict):
    path = tmp_path / "unwritten.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return load_config(path)


def test_the_chunking_section_feeds_the_chunker_bounds_and_the_scene_filter(tmp_path):
    cfg = _load(
        tmp_path,
        {"chunking": {"min_words": 1000, "max_words": 4000, "target_min_words": 1500, "target_max_words": 2500}},
    )
    filt = QualityFilters.from_config(cfg.stages.filters, chunking=cfg.chunking)
    scene = Record(id="s", kind="scene", source=Source("f", 0, ""), data={"text": "word " * 3500})
    assert filt._length(scene, scene.content(), "", scene.content().split()) is None  # a long scene is kept
    short = Record(id="t", kind="scene", source=Source("f", 0, ""), data={"text": "word " * 900})
    assert filt._length(short, short.content(), "", short.content().split())[0] == "too_short"
    inter = Record(id="i", kind="interaction", source=Source("f", 0, ""), data={"text": "word " * 3500})
    assert filt._length(inter, inter.content(), "", inter.content().split())[0] == "too_long"


@pytest.mark.parametrize("key", ["min_words", "max_words", "target_min_words", "target_max_words"])
def test_an_old_manuscripts_bound_is_one_line_naming_the_new_line(tmp_path, key):
    with pytest.raises(UserError) as e:
        _load(tmp_path, {"manuscripts": {key: 900}})
    msg = str(e.value)
    assert "\n" not in msg and f"'manuscripts.{key}' has moved" in msg and f"chunking: {{{key}: 900}}" in msg


def test_a_scene_bound_in_the_filters_is_refused_with_the_chunking_line(tmp_path):
    with pytest.raises(UserError) as e:
        _load(tmp_path, {"stages": {"filters": {"max_words": {"interaction": 2000, "scene": 3000}}}})
    msg = str(e.value)
    assert "\n" not in msg and "chunking: {max_words: 3000}" in msg


def test_unknown_keys_still_get_the_closest_name(tmp_path):
    with pytest.raises(UserError, match="did you mean 'max_words'"):
        _load(tmp_path, {"chunking": {"max_word": 3000}})


def test_bounds_are_checked_against_each_other(tmp_path):
    with pytest.raises(UserError, match="at least twice min_words"):
        _load(
            tmp_path,
            {"chunking": {"min_words": 900, "max_words": 1700, "target_min_words": 1000, "target_max_words": 1500}},
        )
