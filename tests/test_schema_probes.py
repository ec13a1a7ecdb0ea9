"""`unwritten schema` on field dialects no eval family writes (tests/field_drift_probe.py): values in one-key boxes,
keys with literal dots in records whose keys come in any order, and the records' rules settling one change at a
time (a change whose parts spare nothing of their own is no evidence; nor is emptying a rule input generators
write for one they usually leave out)."""

from __future__ import annotations

import copy
import random
import sys
import tempfile
from pathlib import Path

from curation.ingest.interactions.field_fit import FieldMatch
from curation.ingest.interactions.field_match import _best_change, field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


from field_drift import valid_samples, write_batch  # noqa: E402


def _lines(folder: Path) -> dict[str, dict[str, str]]:
    return field_map(schema_report([folder]).matches)


def _shuffled(obj, rng: random.Random):
    if isinstance(obj, dict):
        keys = list(obj)
        rng.shuffle(keys)
        return {k: _shuffled(obj[k], rng) for k in keys}
    return obj


def test_values_in_one_key_boxes_are_read_as_the_values(tmp_path, valid):
    # every text in {"text": ...}: the memory's description sits one step deeper than ours, inside the memory
    rng = random.Random(5)
    out = []
    for s in valid["memory_resonance"]:
        m = s["memory"]
        rec = {
            "who": {"text": s["character_name"]},
            "now": {"text": s["current_situation"]},
            "flashback": {"gist": {"text": m["description"]}, "mood": m["emotion"], "weeks_back": m["weeks_ago"]},
            "echo_kind": s["resonance_type"],
            "echo_strength": s["resonance_weight"],
            "reply": {"text": s["character_response"]},
            "echo_rating": s["resonance_score"],
        }
        out.append(_shuffled(rec, rng))
    write_batch(tmp_path / "in" / "mr.json", "memory_resonance", out)
    lines = _lines(tmp_path / "in")["memory_resonance"]
    assert lines["flashback.gist.text"] == "memory.description"
    assert lines["now.text"] == "current_situation"
    assert lines["reply.text"] == "character_response"


def test_one_object_of_one_key_is_no_box(tmp_path, valid):
    # a single object holding one text (the card's prose) is an object of the generator's, not its way of writing
    # values: it keeps its own line
    out = []
    for s in valid["multi_step"]:
        s = copy.deepcopy(s)
        s["karte"] = {"prosa": s.pop("npc_card_narrative")["dialogue_prose"]}
        out.append(s)
    write_batch(tmp_path / "in" / "ms.json", "multi_step", out)
    lines = _lines(tmp_path / "in")["multi_step"]
    assert lines.get("karte") == "npc_card_narrative" or lines.get("karte.prosa") == "npc_card_narrative.dialogue_prose"


def _fm(source: str, target: str) -> FieldMatch:
    return FieldMatch(source, target, "proposed", 0.5, "")


def test_the_rules_take_the_change_of_fewest_parts_among_equals():
    # a swap of a window's ends spares the records; the same swap with two scores swapped beside it spares no more:
    # the scores' swap would be decided by the fit alone, so the single swap is taken
    lo, hi = _fm("od", "payoff_window_weeks.min"), _fm("do", "payoff_window_weeks.max")
    a, b = _fm("skutecznosc", "hook_effectiveness"), _fm("ocena", "tension_score")
    window = [(lo, hi.target or ""), (hi, lo.target or "")]
    scores = [(a, b.target or ""), (b, a.target or "")]
    tried = [(4, 7.5, window), (4, 7.9, window + scores)]
    got = _best_change(tried, 20)
    assert got is not None and got[0] is window


def test_fresh2_rules_no_longer_swap_a_quality_score_beside_a_window():
    # fresh2 seed 20 (Polish camelCase): `ocenaNapiecia` is the tension score; its low-quality record was kept
    # while the rules moved it to hook_effectiveness along with the window's ends
    from field_drift_fresh2 import write_fresh2_folder

    with tempfile.TemporaryDirectory() as tmp:
        write_fresh2_folder(Path(tmp) / "b", 20, samples=valid_samples())
        lines = _lines(Path(tmp) / "b")
    assert lines["tension_building"]["ocenaNapiecia"] == "tension_score"
    # seed 17 (Portuguese camelCase): the effective capacity stays on our effective capacity, not emptied for the
    # support provided (a field generators usually leave out), which silenced the capacity rules
    with tempfile.TemporaryDirectory() as tmp:
        write_fresh2_folder(Path(tmp) / "b", 17, samples=valid_samples())
        lines = _lines(Path(tmp) / "b")
    assert lines["multi_step"]["capacidadeEfetiva"] == "npc_emotional_state.effective_capacity"


def test_a_label_goes_to_the_object_of_ours_its_neighbours_went_to():
    # fresh2 seed 1 (Japanese romaji, keys shuffled): two complexity labels, one in `Bamen` (the scene: beside the
    # capacity level, the target and the support needed) and one in `Hyoka` (the judge: beside the quality and the
    # authenticity score). Names and values cannot tell them apart; their neighbours can. Before, the scene's label
    # went to the metadata, so a planted unknown label in the context was never flagged.
    from field_drift_fresh2 import write_fresh2_folder

    with tempfile.TemporaryDirectory() as tmp:
        write_fresh2_folder(Path(tmp) / "b", 1, samples=valid_samples())
        lines = _lines(Path(tmp) / "b")["multi_step"]
    assert lines["Bamen.Fukuzatsusa"] == "interaction_context.complexity_type"
    assert lines["Hyoka.Fukuzatsusa"] == "training_metadata.complexity_type"


def test_a_text_goes_where_the_fields_filed_with_it_went_in_our_field_order():
    # fresh2 seed 3, emotional authenticity (romaji, shuffled keys): `npc.haikei` sits with the name and the
    # capacities (our context is listed beside them), `irai.naiyo` with the support needed (our situation is)
    from field_drift_fresh2 import write_fresh2_folder

    with tempfile.TemporaryDirectory() as tmp:
        write_fresh2_folder(Path(tmp) / "b", 3, samples=valid_samples())
        lines = _lines(Path(tmp) / "b")["emotional_authenticity"]
    assert lines["npc.haikei"] == "context"
    assert lines["irai.naiyo"] == "situation"


def test_a_text_that_names_the_records_numbers_explains_them_and_is_not_the_scene(tmp_path, valid):
    # two free texts under names of no language we know, keys shuffled (so their order says nothing), in four
    # folders: the one that talks about extraversion and conscientiousness is the trait analysis, the other the scene
    for seed in range(4):
        rng = random.Random(seed)
        out = []
        for s in valid["personality_traits"] * 3:
            rec = {
                "kader": s["scenario"],
                "uitleg": s["trait_expression"],
                "zin": s["dialogue"],
                "ocean": s["ocean"],
                "kwaliteit": s["quality_score"],
            }
            out.append(_shuffled(rec, rng))
        write_batch(tmp_path / str(seed) / "pt.json", "personality_traits", out)
        lines = _lines(tmp_path / str(seed))["personality_traits"]
        assert (lines["uitleg"], lines["kader"]) == ("trait_expression", "scenario"), seed
