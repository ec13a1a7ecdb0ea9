"""Two words that share only an ending (-ness, -keit, -ción) are not spelt alike: "neatness" is no cognate of
"openness", though Jaro-Winkler over the whole words rates them 0.78 (its bonus for a common start is earned by the
long common tail). Read as cognates, such words swapped same-shaped traits that their written order had placed, and the
order rules then shifted the five by one place.

Witnesses: fresh15's JS studio (`fiveDials.edginess` taken for openness: every trait shifted by one in multi_step and
personality_traits, about 200 wrong map lines over seeds 1-40) and the words below, written for this test ("neatness"
for conscientiousness beside "openness"; the first test fails on main). The folder test (five trait words of one
suffix under `traits`, in the spec's order) guards the placement: it passes on main too, where the order rules
already undo the first assignment's rotation."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import _spelling, field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import valid_samples, write_batch  # noqa: E402

TRAITS = {
    "openness": "inventiveness",
    "conscientiousness": "neatness",
    "extraversion": "chattiness",
    "agreeableness": "kindliness",
    "neuroticism": "moodiness",
}


def _rows() -> list[dict]:
    out = []
    for s in (copy.deepcopy(x) for x in valid_samples()["personality_traits"] * 3):
        out.append(
            {
                "who": s["character_name"],
                "setting": s["scenario"],
                "lines": s["dialogue"],
                "traits": {theirs: s["ocean"][ours] for ours, theirs in TRAITS.items()},
                "reading": s["trait_expression"],
                "grade": s["quality_score"],
            }
        )
    return out


def test_words_sharing_only_an_ending_are_not_cognates():
    assert _spelling({"neatness"}, {"openness"}) == 0.0
    assert _spelling({"abertura"}, {"apertura"}) > 0.5  # (differing in a letter near the start: still kin)
    assert _spelling({"extroversao"}, {"extraversion"}) > 0.5


def test_traits_of_one_suffix_keep_their_written_order(tmp_path):
    write_batch(tmp_path / "batches" / "temperament.json", "personality_traits", _rows())
    tm = next(t for t in schema_report([tmp_path / "batches"]).matches if t.data_type == "personality_traits")
    lines = field_map([tm])["personality_traits"]
    for ours, theirs in TRAITS.items():
        assert lines.get(f"traits.{theirs}") == f"ocean.{ours}", lines
