"""A name -> impact table in a type of a few records (issue 11): its keys are causes written as phrases ("the
rent came due before the harvest"), and with four records two of them may share a cause, which put the commonest key
in half the records; the profile then read the keys as field names, no field was proposed for capacity_factors and
the build stopped on the whole folder. Keys that are all phrases of several words are data, whatever few records
show of their spread.

The dialect here (`zh_lasten` with Occitan-looking causes) is made up for this test; fresh20's Thimphu rows
(`ནུས་པ[0].རྐྱེན`, seed 21: four records) showed it, and every drift family's factor pool (fresh9, fresh13, fresh16:
"a cracked crucible cost a whole melt") writes its causes as such phrases.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import yaml

from curation.analytics import batch_analysis as analysis
from curation.config import load_config
from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402

EA = "emotional_authenticity"
CAUSES = [
    "lo molin es tombat en panna",
    "la fièira a pas volgut sos formatges",
    "un cosin a mandat d'argent de Tolosa",
    "la nèu a barrat lo pas tres jorns",
    "sa maire tossís cada nuèch",
]


def _small(valid: dict, causes: list[str]) -> list[dict]:
    out = []
    for i, s in enumerate(valid[EA][1:5]):
        s = copy.deepcopy(s)
        factors = s.pop("capacity_factors")
        keys = [causes[i], causes[4]] if i in (1, 3) else [causes[i]]  # one cause in two of the four records
        keys += [c for c in causes if c not in keys]
        s["zh_lasten"] = {k: f["impact"] for k, f in zip(keys, factors, strict=False)}
        out.append(s)
    return out


def _kept(root: Path, lines: dict[str, str]) -> int:
    cfg = {
        "root": str(root),
        "inputs": {"interactions": ["in"], "manuscripts": []},
        "output": {"dir": "out/ds"},
        "interactions": {"field_map": {EA: lines}},
    }
    path = root / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True), encoding="utf-8")
    a = analysis.analyze(load_config(path))
    status = a.status()
    return sum(1 for r in a.recovered if r.id not in status)


def test_a_small_table_keyed_by_phrases_is_a_table(tmp_path, valid):
    samples = _small(valid, CAUSES)
    counts = [sum(c in s["zh_lasten"] for s in samples) for c in CAUSES]
    assert max(counts) == 2 and sum(counts) / len(counts) > len(samples) / 3  # the spread alone cannot tell
    write_batch(tmp_path / "in" / f"{EA}.json", EA, samples)
    report = schema_report([tmp_path / "in"])
    assert report.profile.types[EA].is_mapping("zh_lasten")
    lines = field_map(report.matches).get(EA, {})
    assert lines.get("zh_lasten") == "capacity_factors"
    assert _kept(tmp_path, lines) == len(samples)


def test_an_object_of_named_numbers_in_a_few_records_is_not_a_table(tmp_path, valid):
    # the same spread with keys that are names (a one-word field each): fields of the generator's, not data
    samples = _small(valid, ["regen", "sonne", "wind", "frost", "nebel"])
    write_batch(tmp_path / "in" / f"{EA}.json", EA, samples)
    assert not schema_report([tmp_path / "in"]).profile.types[EA].is_mapping("zh_lasten")


def _shared_by_three(valid: dict, causes: list[str]) -> list[dict]:
    """Four records whose causes are objects ({cause: {"pes": impact}}), one cause in three of them."""
    out = []
    for i, s in enumerate(valid[EA][1:5]):
        s = copy.deepcopy(s)
        factors = s.pop("capacity_factors")
        keys = [causes[i], causes[4]] if i != 0 else [causes[0]]
        keys += [c for c in causes if c not in keys]
        s["zh_lasten"] = {k: {"pes": f["impact"]} for k, f in zip(keys, factors, strict=False)}
        out.append(s)
    return out


def test_a_cause_in_three_of_four_records_is_still_a_cause(tmp_path, valid):
    # fresh24's Midyat rows (seed 7: four records, "the sandboarding school won the regional cup." in three) stopped
    # the build with no line for capacity_factors: a phrase is data however many of a few records share it
    samples = _shared_by_three(valid, CAUSES)
    assert max(sum(c in s["zh_lasten"] for s in samples) for c in CAUSES) == 3
    write_batch(tmp_path / "in" / f"{EA}.json", EA, samples)
    report = schema_report([tmp_path / "in"])
    assert report.profile.types[EA].is_mapping("zh_lasten")
    lines = field_map(report.matches).get(EA, {})
    assert lines.get("zh_lasten{}") == "capacity_factors[].factor", lines
    assert lines.get("zh_lasten{}.pes") == "capacity_factors[].impact", lines
    assert _kept(tmp_path, lines) == len(samples)


def test_questions_asked_in_every_record_are_fields_not_data(tmp_path, valid):
    # a form keyed by its questions writes each of them in every record: phrases, but the form's own fields
    questions = ["what does she need now", "how much can she give", "what did the day take from her"]
    samples = []
    for s in copy.deepcopy(valid[EA][1:5]):
        s["zh_form"] = {q: round(0.1 * (i + 1), 1) for i, q in enumerate(questions)}
        samples.append(s)
    write_batch(tmp_path / "in" / f"{EA}.json", EA, samples)
    assert not schema_report([tmp_path / "in"]).profile.types[EA].is_mapping("zh_form")
