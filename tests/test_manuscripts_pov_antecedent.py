"""Who owns an unmarked "she"/"he" when the person it takes up has no pronoun in the book's index
(`pov.antecedent_genders`) and when the scene's opener carries it while the book prior favours someone else
(`pov._opener_carries`), on passages written for these tests (no labelled book's text).

The index learns a pronoun only inside the sentence that names someone ("Ilse Varga ..., and she ..."); a close-third
POV named once as a subject and taken up by a bare "She" in the next sentence gets none from it. Marta Bell is the
book's POV elsewhere (the prior); the orchard scene opens on Ilse Varga, whose "she" feels, hears and watches, and
names Marta once crossing the yard.
"""

from __future__ import annotations

from curation.ingest.manuscripts.people import PersonIndex
from curation.ingest.manuscripts.pov import antecedent_genders, scene_evidence, score_scene_detail

YARD = (
    "The hens came out late on the cold mornings, and the yard was white until nine.\n\n"
    "Ilse Varga did not need to count them. She counted them anyway, from the step, with the shawl over her head. "
    "She felt the cold in her knees and heard the kettle begin inside.\n\n"
    "Marta Bell came across the yard with the milk and went in.\n\n"
    "Ilse Varga sat on. She watched the brown hen go under the cart, and she knew it would lay there again, out of "
    "spite.\n\n"
)
DAWN = (
    "Ilse Varga was up before the light. She remembered her mother's hens, and she wondered whether any of them had "
    "ever laid where they were told.\n\n"
)
#: A woman named after another woman the scene already carries: her "she" may be the first one's, no vote.
CARRIED_ON = (
    "Marta Bell walked the rows at noon, and she counted the trees that had set.\n\n"
    "Ilse Varga was at the gate. She had come with eggs.\n\n"
)
#: A scene told in "he", opening on Ilse: her pronoun does not carry it.
HIS = (
    "Ilse Varga was at the gate when the carter came. She held out the eggs.\n\n"
    "He felt the cold in his hands and he heard the dog. He watched the road and thought of the toll he owed. "
    "Marta Bell waved to him from the yard.\n\n"
)


def _index() -> PersonIndex:
    idx = PersonIndex.from_names({"Ilse Varga": [], "Marta Bell": []})
    idx.gender["Marta Bell"] = "she"  # Ilse has no pronoun in the index
    return idx


def test_a_person_taken_up_by_a_bare_pronoun_gets_that_pronoun():
    idx = _index()
    evidence = [scene_evidence(YARD, idx), scene_evidence(DAWN, idx)]
    assert antecedent_genders(evidence, idx.gender) == {"Ilse Varga": "she"}


def test_no_pronoun_from_one_taking_up_nor_after_a_carried_pronoun():
    # must not: one taking-up is below the book-wide need, and a "She" after another woman the scene named may be hers
    idx = _index()
    assert antecedent_genders([scene_evidence(DAWN, idx)], idx.gender) == {}
    assert antecedent_genders([scene_evidence(CARRIED_ON, idx)] * 3, idx.gender) == {}


def test_the_opener_carrying_her_pronoun_owns_it_over_the_prior():
    # on main Ilse, with no pronoun, could not own the "she" (Marta's prior took it), and with her pronoun known the
    # prior still gave it to Marta, named once crossing the yard
    idx = _index()
    gender = {**idx.gender, "Ilse Varga": "she"}
    ev = scene_evidence(YARD, idx, gender=gender)
    scores, _, owners = score_scene_detail(ev, gender, {"Marta Bell": 1.0}, None)
    assert owners["she"] == "Ilse Varga"
    assert max(scores, key=scores.get) == "Ilse Varga"


def test_the_prior_stays_when_the_other_pronoun_carries_the_scene():
    # must not: the scene is the carter's "he"; Ilse opening it is no claim against the book's POV on the "she" side
    idx = _index()
    gender = {**idx.gender, "Ilse Varga": "she", "Carter": "he"}
    ev = scene_evidence(HIS, idx, gender=gender)
    assert ev.unmarked["he"] > ev.unmarked["she"] > 0
    with_prior, _, _ = score_scene_detail(ev, gender, {"Marta Bell": 1.0}, None)
    without, _, _ = score_scene_detail(ev, gender, {}, None)
    assert with_prior["Marta Bell"] > without.get("Marta Bell", 0.0)  # the prior bonus is still Marta's


#: A scene opening on a bare "She" (no earlier scene's POV to carry it), whose first woman named as a subject is Ilse;
#: Marta, the book's POV elsewhere, is only spoken of, never the subject.
CELLAR = (
    "She heard the shelling stop a little after four, and she counted to a hundred before she believed it.\n\n"
    "Ilse Varga lit the candle. She felt the damp come through her coat and heard the water dripping somewhere "
    "behind the coal, and she thought of the jars of plums upstairs, and of Marta Bell's ladder against the wall.\n\n"
    "The boy slept with his head on the sacks. She watched him breathe, and she wondered whether he would remember "
    "any of it. She felt for the matches in her pocket. She heard boots on the street above, and she knew them for "
    "the patrol by the way they stopped at the corner.\n\n"
)
#: The same, with Marta named as a subject too: the prior is then the book's word between the two.
CELLAR_WITH_MARTA = CELLAR + "Marta Bell came down the steps with the lamp and sat on the bottom one.\n\n"


def _owner(text: str, prior: dict[str, float]) -> str | None:
    idx = _index()
    gender = {**idx.gender, "Ilse Varga": "she"}
    ev = scene_evidence(text, idx, gender=gender)
    _, _, owners = score_scene_detail(ev, gender, prior, None)
    return owners.get("she")


def test_the_opening_pronoun_goes_to_its_nearest_named_antecedent_over_a_prior_never_its_subject():
    # on main the "she" went to Marta, by the book prior alone: the scene never names her as its subject
    assert _owner(CELLAR, {"Marta Bell": 1.0}) == "Ilse Varga"


def test_the_prior_decides_when_its_holder_is_named_as_a_subject_too():
    # must not: Marta is a subject of the scene as well; the nearest antecedent is no claim against her prior
    assert _owner(CELLAR_WITH_MARTA, {"Marta Bell": 1.0}) == "Marta Bell"
