"""Lists of objects each found by a label member (a keyed list): a cast of voices (`voices: [{role: keeper, says:
..., took_ms: ...}, ...]`) or a pipeline's log of steps (`trail: [{leg: voicing, yield: {...}, ms: ...}]`), the
elements in any order. The profile reads each label's element as an object of its own (`voices[role=keeper]`), so
`unwritten schema` proposes `[key=label]` lines for the fields inside it and the list's items (every label's
values mixed) are no fields.

Witnesses: fresh13's relay team (steps under a `yield` object, several members beside the label) and the cast
written here before the profile was tuned on anything but fresh13 (flat members, another label key, no wrapper).
Both generalise the two-member pair lists (`scores[name=Bond].val`, test_schema_pivots)."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import yaml

from curation.ingest.interactions.field_match import field_map, interactions_yaml
from curation.ingest.interactions.profile import profile_samples
from curation.ingest.interactions.schema_report import schema_report
from tests.test_schema_pivots import _kept


def _write(root: Path, data_type: str, samples: list[dict[str, Any]]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    body = {"data_type": data_type, "master_truths_version": "v1.2", "samples": samples}
    (folder / f"{data_type}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def _proposed(folder: Path, data_type: str) -> dict[str, str]:
    written = interactions_yaml({"field_map": field_map(schema_report([folder]).matches)})
    return yaml.safe_load(written)["interactions"]["field_map"].get(data_type, {})


def _cast(originals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Relationship records as a cast of three voices in a shuffled order, each with a timing beside its values."""
    rng = random.Random(7)
    out = []
    for s in copy.deepcopy(originals):
        voices = [
            {"role": "visitor", "does": s.pop("player_action"), "took_ms": rng.randint(50, 900)},
            {
                "role": "keeper",
                "who": s.pop("character_name"),
                "says": s.pop("character_response"),
                "took_ms": rng.randint(50, 900),
            },
            {
                "role": "judge",
                "bond": s.pop("relationship_score"),
                "shift": f"{s.pop('trust_change'):+g}",
                "why": s.pop("rationale"),
                "grade": s.pop("quality_score"),
                "took_ms": rng.randint(50, 900),
            },
        ]
        rng.shuffle(voices)
        s["voices"] = voices
        out.append(s)
    return out


def test_each_role_is_an_object_of_its_own(valid):
    """The profile holds `voices[role=keeper].says` with the keeper's values only, and no `voices[].says`."""
    tp = profile_samples("relationship_scoring", _cast(valid["relationship_scoring"]))
    assert "voices[role=keeper].says" in tp.fields
    assert "voices[role=judge].shift" in tp.fields
    assert not any(p.startswith("voices[]") for p in tp.fields)
    assert tp.fields["voices[role=judge].bond"].records == len(valid["relationship_scoring"])
    assert tp.fields["voices[role=judge].bond"].num_max <= 1.0  # the judge's numbers, not the timings


def test_a_cast_of_voices_is_proposed_by_role_and_kept(tmp_path, valid):
    originals = valid["relationship_scoring"]
    folder = _write(tmp_path, "relationship_scoring", _cast(originals))
    lines = _proposed(folder, "relationship_scoring")
    for source, ours in {
        "voices[role=visitor].does": "player_action",
        "voices[role=keeper].says": "character_response",
        "voices[role=judge].shift": "trust_change",
        "voices[role=judge].bond": "relationship_score",
    }.items():
        assert lines.get(source) == ours, (source, lines)
    assert not any("took_ms" in k for k in lines), lines
    _kept(tmp_path, "relationship_scoring", lines, originals)


def test_items_drawn_from_a_pool_are_no_keyed_list(valid):
    """A list of factors (`{name, impact, note}`: the names drawn from a pool, few per record) stays a list."""
    rng = random.Random(3)
    pool = [f"cause number {i}" for i in range(40)]
    out = []
    for s in copy.deepcopy(valid["relationship_scoring"]):
        s["weighers"] = [{"name": n, "impact": -1.0, "note": "x"} for n in rng.sample(pool, 2)]
        out.append(s)
    tp = profile_samples("relationship_scoring", out)
    assert "weighers[].name" in tp.fields
    assert not any("[name=" in p for p in tp.fields)


def test_like_items_one_per_type_stay_a_list(valid):
    """Options written one per type in every record (`takes: [{angle: growth, line, impact}, ...]`): each label once
    per record, but every element holds the same fields, so they are items of a list of ours, not fields."""
    rng = random.Random(5)
    out = []
    for s in copy.deepcopy(valid["dramatic_irony"]):
        options = s.pop("response_options")
        takes = [
            {"angle": angle, "line": options[i % len(options)]["dialogue"], "impact": round(rng.uniform(-2, 2), 2)}
            for i, angle in enumerate(("growth", "tone_deaf", "misguided"))
        ]
        rng.shuffle(takes)
        s["takes"] = takes
        out.append(s)
    tp = profile_samples("dramatic_irony", out)
    assert "takes[].line" in tp.fields
    assert not any("[angle=" in p for p in tp.fields)
