"""`unwritten schema` where a word of another language, a version string or an object of one field says what a field is
(issue 11).

Every batch here is written by the test from the valid samples, under made-up keys (`qv_*`, and made-up spellings of
our words in no particular language): a trait name with a one-letter ending, two crossed texts told apart only by
how their distinguishing words are spelt, the rules' version beside a pipeline's, and our one-field object beside a
renamed copy of it.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

from curation.ingest.interactions.field_fit import NAME_EVIDENCE, Vocabulary, name_similarity
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report
from curation.ingest.interactions.spec_fields import spec_fields

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402


def _report(tmp_path: Path, data_type: str, samples: list[dict]):
    write_batch(tmp_path / "in" / f"{data_type}.json", data_type, samples)
    return schema_report([tmp_path / "in"])


def _match(rep, data_type: str, source: str):
    tm = next(t for t in rep.matches if t.data_type == data_type)
    return next(m for m in tm.matches if m.source == source)


def test_a_one_letter_ending_is_no_word_of_its_own():
    # 'neuroticism' + 'o', 'extraversion' + 'a': split off, the ending met our one-letter aliases (o: openness,
    # a: agreeableness) and the key looked as much like those traits as like its own
    fields = spec_fields()["personality_traits"]
    vocab = Vocabulary(n for fs in spec_fields().values() for f in fs for n in (f.name, *f.aliases))
    by = {f.path: f for f in fields}
    assert vocab.split("neuroticismo") == ["neuroticismo"]
    for key, own, other in (
        ("qv_neuroticismo", "ocean.neuroticism", "ocean.openness"),
        ("qv_extraversiona", "ocean.extraversion", "ocean.agreeableness"),
    ):
        assert name_similarity(key, by[own], vocab) >= NAME_EVIDENCE
        assert name_similarity(key, by[other], vocab) < NAME_EVIDENCE
    assert vocab.split("rawcapacity") == ["raw", "capacity"]  # (a run-together name of our words still splits)


def test_trait_keys_with_an_ending_go_to_their_own_traits(tmp_path, valid):
    # the five traits flat at the top level, in another order than ours; two of them named with an ending
    keys = {
        "neuroticism": "qv_neuroticismo",
        "agreeableness": "qv_trait_two",
        "openness": "qv_trait_three",
        "extraversion": "qv_extraversiona",
        "conscientiousness": "qv_trait_five",
    }
    out = []
    for s in valid["personality_traits"]:
        s = copy.deepcopy(s)
        ocean = s.pop("ocean")
        out.append({**s, **{theirs: ocean[ours] for ours, theirs in keys.items()}})
    lines = field_map(_report(tmp_path, "personality_traits", out).matches)["personality_traits"]
    assert lines["qv_neuroticismo"] == "ocean.neuroticism"
    assert lines["qv_extraversiona"] == "ocean.extraversion"


def test_two_crossed_texts_go_where_their_spelling_points(tmp_path, valid):
    # what the player and the character know, under made-up spellings of "player" and "character" beside a shared
    # made-up word for "knows", written character first (against our order): names and values fit either way
    out = []
    for s in valid["dramatic_irony"]:
        s = copy.deepcopy(s)
        player, character = s.pop("player_knows"), s.pop("character_knows")
        out.append({"qv_karakter_wis": character, "qv_plejer_wis": player, **s})
    rep = _report(tmp_path, "dramatic_irony", out)
    lines = field_map(rep.matches)["dramatic_irony"]
    assert lines["qv_karakter_wis"] == "character_knows"
    assert lines["qv_plejer_wis"] == "player_knows"


def test_the_rules_version_is_told_from_a_pipelines_by_its_major(tmp_path, valid):
    # the metadata renamed with two version strings under made-up keys, the pipeline's first: v1.x is the Master
    # Truths version (the spec's major), v2.x the pipeline's
    out = []
    for s in valid["multi_step"]:
        s = copy.deepcopy(s)
        meta = s.pop("training_metadata")
        meta.pop("pipeline_version", None)
        meta.pop("master_truths_version", None)
        out.append({**s, "training_metadata": {"qv_rev_a": "v2.2", "qv_rev_b": "v1.2", **meta}})
    rep = _report(tmp_path, "multi_step", out)
    lines = field_map(rep.matches)["multi_step"]
    assert lines["training_metadata.qv_rev_b"] == "training_metadata.master_truths_version"
    assert lines.get("training_metadata.qv_rev_a") != "training_metadata.master_truths_version"
    assert "100% of values are versions 1.x" in _match(rep, "multi_step", "training_metadata.qv_rev_b").evidence


def test_the_rules_version_alone_is_not_the_pipelines(tmp_path, valid):
    # only the rules' version, under a key half named like "version": it is no pipeline version
    out = []
    for s in valid["multi_step"]:
        s = copy.deepcopy(s)
        meta = s.pop("training_metadata")
        meta.pop("pipeline_version", None)
        meta.pop("master_truths_version", None)
        out.append({**s, "training_metadata": {**meta, "qv_versio_regul": "v1.2"}})
    lines = field_map(_report(tmp_path, "multi_step", out).matches)["multi_step"]
    assert lines["training_metadata.qv_versio_regul"] == "training_metadata.master_truths_version"


def test_an_object_holding_our_one_field_is_our_object_not_a_box(tmp_path, valid):
    # half the records in our names, half with the narrative object renamed: both hold `dialogue_prose` alone, which
    # is our narrative object's one field, not a generator boxing its values
    out = []
    for i, s in enumerate(valid["multi_step"] * 2):
        s = copy.deepcopy(s)
        if i % 2:
            s["qv_card"] = s.pop("npc_card_narrative")
        out.append(s)
    rep = _report(tmp_path, "multi_step", out)
    lines = field_map(rep.matches).get("multi_step", {})
    assert lines == {"qv_card": "npc_card_narrative"}
    assert json.dumps(lines).count("dialogue_prose") == 0  # (our own object keeps its field where it is)


def test_fields_named_alike_go_to_our_fields_named_alike(tmp_path, valid):
    # made-up words with no likeness to ours: "tolo" the player, "mira" the character, "sabu" knows; the character's
    # name is `mira_nomo`, so `mira_sabu` (beside `tolo_sabu`) is what the character knows; keys in another order
    out = []
    for s in valid["dramatic_irony"]:
        s = copy.deepcopy(s)
        renamed = {
            "mira_sabu": s.pop("character_knows"),
            "qv_lugar": s.pop("scenario"),
            "tolo_sabu": s.pop("player_knows"),
            "mira_nomo": s.pop("character_name"),
        }
        out.append({**renamed, **s})
    lines = field_map(_report(tmp_path, "dramatic_irony", out).matches)["dramatic_irony"]
    assert lines["mira_sabu"] == "character_knows"
    assert lines["tolo_sabu"] == "player_knows"
    assert lines["qv_lugar"] == "scenario"
