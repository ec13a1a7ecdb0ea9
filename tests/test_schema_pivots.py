"""Key/value lists whose labels name fields (`scores: [{name: "Bond", val: 0.6}, ...]`): the profile gives each
label a field of its own (`scores[name=Bond].val`, with that label's values), so `unwritten schema` proposes a
line per label, for a top-level field of ours or a child of one of our objects alike, by name or, when the label
resembles no name of ours, by value shape and role. The proposed lines load back from the YAML the command and
the build's stop message write, and a build with them keeps every record.

The folders are hand-written in shapes unlike the drift generators' (`{name, val}`, `{metric, score}`, Spanish
labels, percentages), and a list of factors drawn from a pool is not mistaken for one."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.errors import UserError
from curation.ingest.interactions.field_match import field_map, interactions_yaml
from curation.ingest.interactions.profile import KEEP_SAMPLES, field_name, profile_samples
from curation.ingest.interactions.schema_report import schema_report

TRAITS = ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism")


def _signed(x: float) -> str:
    return f"{x:+g}"  # "+0.3", "-0.45": a change written with its sign


def _write(root: Path, data_type: str, samples: list[dict[str, Any]]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    body = {"data_type": data_type, "master_truths_version": "v1.2", "samples": samples}
    (folder / f"{data_type}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def _config(root: Path, lines: dict[str, dict[str, str]] | None) -> Any:
    cfg: dict[str, Any] = {
        "root": str(root),
        "inputs": {"interactions": ["batches"], "manuscripts": []},
        "output": {"dir": "out/ds"},
    }
    if lines is not None:
        cfg["interactions"] = {"field_map": lines}
    path = root / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return load_config(path)


def _proposed(folder: Path, data_type: str) -> dict[str, str]:
    """The lines `unwritten schema --write` writes for the type, read back from the YAML it writes."""
    written = interactions_yaml({"field_map": field_map(schema_report([folder]).matches)})
    return yaml.safe_load(written)["interactions"]["field_map"].get(data_type, {})


def _kept(root: Path, data_type: str, lines: dict[str, str], originals: list[dict[str, Any]]) -> list[Any]:
    """Analyse the folder with the lines: every record kept, each with the values of the sample it came from."""
    a = analysis.analyze(_config(root, {data_type: lines}))
    status = a.status()
    kept = [r for r in a.recovered if r.id not in status]
    assert len(kept) == len(a.recovered) == len(originals), [status[r.id] for r in a.recovered if r.id in status]
    for r in kept:
        src = originals[r.source.index]
        for k, v in src.items():
            assert r.data.get(k) == v, (k, r.data.get(k), v)
    return kept


def _stop_lines(root: Path, data_type: str) -> dict[str, str]:
    """With no map the build stops; the field_map lines its message says to paste, as YAML loads them."""
    with pytest.raises(UserError) as e:
        analysis.analyze(_config(root, None))
    msg = str(e.value)
    return yaml.safe_load(msg[msg.index("interactions:\n") :])["interactions"]["field_map"][data_type]


def test_name_val_pairs_of_top_level_numbers(tmp_path, valid):
    """`{name, val}` pairs for three top-level numbers; "Judge" resembles no field of ours: the quality score is
    the 0-1 number left, told from the relationship score by the records (their quality clears the threshold)."""
    originals = valid["relationship_scoring"]
    out = []
    for s in copy.deepcopy(originals):
        s["scores"] = [
            {"name": "Bond", "val": s.pop("relationship_score")},
            {"name": "Trust delta", "val": _signed(s.pop("trust_change"))},
            {"name": "Judge", "val": s.pop("quality_score")},
        ]
        out.append(s)
    folder = _write(tmp_path, "relationship_scoring", out)
    lines = _proposed(folder, "relationship_scoring")
    assert lines == {
        "scores[name=Bond].val": "relationship_score",
        "scores[name=Trust delta].val": "trust_change",
        "scores[name=Judge].val": "quality_score",
    }
    assert _stop_lines(tmp_path, "relationship_scoring") == lines  # the stop message proposes the same lines
    _kept(tmp_path, "relationship_scoring", lines, originals)


def test_metric_score_pairs_beside_renamed_fields(tmp_path, valid):
    """`{metric, score}` pairs (labels in mixed case, one an integer level) beside fields renamed as usual."""
    originals = valid["tension_building"]
    out = []
    for s in copy.deepcopy(originals):
        s["ratings"] = [
            {"metric": "Relationship Tier", "score": s.pop("relationship_level")},
            {"metric": "Suspense", "score": s.pop("tension_score")},
            {"metric": "Hook Effectiveness", "score": s.pop("hook_effectiveness")},
        ]
        s["spoken_line"] = s.pop("dialogue")
        out.append(s)
    folder = _write(tmp_path, "tension_building", out)
    lines = _proposed(folder, "tension_building")
    from curation.cli import main

    written = tmp_path / "map.yaml"  # what `unwritten schema --write` writes is the same
    assert main(["schema", str(folder), "--write", str(written)]) == 0
    assert yaml.safe_load(written.read_text(encoding="utf-8"))["interactions"]["field_map"]["tension_building"] == lines
    assert lines == {
        "ratings[metric=Relationship Tier].score": "relationship_level",
        "ratings[metric=Suspense].score": "tension_score",
        "ratings[metric=Hook Effectiveness].score": "hook_effectiveness",
        "spoken_line": "dialogue",
    }
    _kept(tmp_path, "tension_building", lines, originals)


def test_labels_in_another_language(tmp_path, valid):
    """Spanish labels under Spanish member names (`valores: [{clave, valor}]`): no label resembles our names,
    so each value is placed by its shape (a signed change, a 0-1 score) and the records' rules."""
    originals = valid["relationship_scoring"]
    out = []
    for s in copy.deepcopy(originals):
        s["valores"] = [
            {"clave": "vínculo", "valor": s.pop("relationship_score")},
            {"clave": "variación de confianza", "valor": s.pop("trust_change")},
            {"clave": "nota del juez", "valor": s.pop("quality_score")},
        ]
        out.append(s)
    folder = _write(tmp_path, "relationship_scoring", out)
    lines = _proposed(folder, "relationship_scoring")
    assert lines == {
        "valores[clave=vínculo].valor": "relationship_score",
        "valores[clave=variación de confianza].valor": "trust_change",
        "valores[clave=nota del juez].valor": "quality_score",
    }
    _kept(tmp_path, "relationship_scoring", lines, originals)


def test_pairs_inside_an_envelope_fill_our_object(tmp_path, valid):
    """OCEAN as `{dimension, pct}` pairs inside an envelope, percentages as text: a line per trait into our
    object (the children of an object of ours, read like top-level fields)."""
    originals = valid["personality_traits"]
    out = []
    for s in copy.deepcopy(originals):
        ocean = s.pop("ocean")
        s["profile"] = {"big_five": [{"dimension": t.title(), "pct": f"{round(ocean[t] * 100)}%"} for t in TRAITS]}
        out.append(s)
    folder = _write(tmp_path, "personality_traits", out)
    lines = _proposed(folder, "personality_traits")
    assert lines == {f"profile.big_five[dimension={t.title()}].pct": f"ocean.{t}" for t in TRAITS}
    kept = _kept(
        tmp_path, "personality_traits", lines, [{k: v for k, v in s.items() if k != "ocean"} for s in originals]
    )
    for r in kept:
        want = originals[r.source.index]["ocean"]
        assert r.data["ocean"] == pytest.approx({t: round(want[t] * 100) / 100 for t in TRAITS})


def test_trait_labels_in_another_language_fill_our_object(tmp_path, valid):
    """OCEAN as Spanish `{rasgo, valor}` pairs: two labels resemble our trait names, three resemble nothing; those
    are placed by where the records list them and by the records' own texts (which name the traits that stand
    out), never left for the build to miss."""
    spanish = dict(
        zip(TRAITS, ("apertura", "responsabilidad", "extraversión", "amabilidad", "neuroticismo"), strict=True)
    )
    originals = valid["personality_traits"]
    out = []
    for s in copy.deepcopy(originals):
        s["rasgos"] = [{"rasgo": spanish[t], "valor": v} for t, v in s.pop("ocean").items()]
        out.append(s)
    folder = _write(tmp_path, "personality_traits", out)
    lines = _proposed(folder, "personality_traits")
    assert lines == {f"rasgos[rasgo={spanish[t]}].valor": f"ocean.{t}" for t in TRAITS}
    _kept(tmp_path, "personality_traits", lines, originals)


def test_a_pair_list_first_seen_late_in_a_large_folder(tmp_path, valid):
    """A prompt version that writes the pairs appears only after the samples the profile keeps (the first few
    hundred of the type): its labels are still read, on the first records holding the list."""
    originals = valid["relationship_scoring"]
    ours = [copy.deepcopy(originals[i % len(originals)]) for i in range(KEEP_SAMPLES + 10)]
    late = []
    for s in [copy.deepcopy(originals[i % len(originals)]) for i in range(80)]:  # a fifth of the records
        s["scores"] = [
            {"name": "Bond", "val": s.pop("relationship_score")},
            {"name": "Trust delta", "val": s.pop("trust_change")},
            {"name": "Judge", "val": s.pop("quality_score")},
        ]
        late.append(s)
    folder = _write(tmp_path, "relationship_scoring", ours + late)
    lines = _proposed(folder, "relationship_scoring")
    assert lines == {
        "scores[name=Bond].val": "relationship_score",
        "scores[name=Trust delta].val": "trust_change",
        "scores[name=Judge].val": "quality_score",
    }


def test_a_label_holding_factor_texts_is_our_factor_list(tmp_path, valid):
    """A label whose value is a list of factors written as text (`attrs[attr=Drains].data: ["shift_trauma
    (-3.5)", ...]`): the profile counts the list's plain items, so the list fits `capacity_factors` as a list of
    name-value pairs written as text, as an unlabelled list of them does. (Second witness of the fresh11 tools team's
    `kv[prop=capDrains].propVal: ["-1 the funicular cable fraying again", ...]`, written before the change.)"""
    originals = valid["emotional_authenticity"]
    out = []
    for s in copy.deepcopy(originals):
        s["attrs"] = [
            {"attr": "Basis", "data": s.pop("base_capacity")},
            {"attr": "Drains", "data": [f"{f['factor']} ({_signed(f['impact'])})" for f in s.pop("capacity_factors")]},
            {"attr": "Left", "data": s.pop("effective_capacity")},
        ]
        out.append(s)
    folder = _write(tmp_path, "emotional_authenticity", out)
    lines = _proposed(folder, "emotional_authenticity")
    assert lines.get("attrs[attr=Drains].data") == "capacity_factors", lines
    _kept(tmp_path, "emotional_authenticity", lines, originals)


def test_each_label_is_a_field_with_its_own_values():
    samples = [
        {"who": f"N{i}", "m": [{"k": "alpha", "v": i / 10}, {"k": "Beta", "v": -i}, {"k": "gamma", "v": "x"}]}
        for i in range(1, 6)
    ]
    samples[2]["m"][1]["k"] = "beta"  # labels compared without case, as the field_map does
    tp = profile_samples("t", samples)
    assert tp.stats("m[k=alpha].v").num_max == 0.5
    beta = tp.stats("m[k=Beta].v")
    assert (beta.num_min, beta.num_max, beta.records, beta.pair_of) == (-5.0, -1.0, 5, "m")
    assert tp.stats("m[k=gamma].v").main_type == "string"
    assert tp.stats("m[].v").values == 15  # the list's own paths stay as they were
    # a label holding a list is one field; plain items are counted for the fit of the list, and items that are
    # objects get their members as fields (the field_map reads a list step after a label step: `m[k=c].v[].y`)
    pairs = [[{"k": "a", "v": [i, 2]}, {"k": "b", "v": {"x": i}}, {"k": "c", "v": [{"y": i}]}] for i in range(3)]
    nested = profile_samples("t", [{"m": m} for m in pairs])
    labelled = ["m[k=a].v", "m[k=a].v[]", "m[k=b].v", "m[k=b].v.x", "m[k=c].v", "m[k=c].v[]", "m[k=c].v[].y"]
    assert sorted(p for p, st in nested.fields.items() if st.pair_of) == labelled
    assert nested.stats("m[k=a].v[]").values == 6
    assert nested.stats("m[k=c].v[].y").records == 3
    assert field_name("m[k=Beta].v") == "Beta" and field_name("a.b") == "b"


def test_lists_that_are_not_labelled_fields_get_none(valid):
    """Factors drawn from a pool (each record holds a few of many), items whose labels never recur, and labels
    that repeat inside a record are items, not fields: no label field is made for them."""
    rng = random.Random(7)
    pool = ["no sleep", "deadline", "good news", "argument", "rain", "old injury", "payday"]
    factors = [{"why": [{"cause": c, "hit": -1} for c in rng.sample(pool, 2)]} for _ in range(30)]
    notes = [{"notes": [{"title": f"note {i}-{j}", "body": "ok"} for j in range(3)]} for i in range(10)]
    repeated = [{"log": [{"step": "try", "ms": 3}, {"step": "try", "ms": 4}, {"step": "done", "ms": 1}]}] * 10
    for samples in (factors, notes, repeated):
        tp = profile_samples("t", samples)
        assert not [p for p, st in tp.fields.items() if st.pair_of], samples[0]
    # and the drift samples' own capacity factors, under another name, stay one list
    out = copy.deepcopy(valid["emotional_authenticity"])
    for s in out:
        s["mods"] = [{"cause": f["factor"], "hit": f["impact"]} for f in s.pop("capacity_factors")]
    tp = profile_samples("emotional_authenticity", out)
    assert not [p for p, st in tp.fields.items() if st.pair_of]
