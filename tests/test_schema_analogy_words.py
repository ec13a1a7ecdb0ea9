"""`unwritten schema` learning a word of theirs by analogy only when a field of theirs could take what it names
(issue 11).

A word learned by analogy (`field_match._by_analogy`: `mivra` in `mivra_needed` -> support_level_needed and in
`mivra_gevan`, unmatched, is their word for support) names every field that carries it. A unit every number of
theirs carries (`_pct`) shared by one sure match (the authenticity score) and by numbers nothing took (a rater's
confidence) was learned as "authenticity" because the one open field sharing a word with that match is the
authenticity target, a label none of those numbers could be; the second reading then named the confidence like the
authenticity score.
"""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

from curation.ingest.interactions.field_match import field_map
from curation.ingest.interactions.schema_report import schema_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from field_drift import write_batch  # noqa: E402

MS = "multi_step"


def test_a_unit_every_number_carries_is_no_word_for_a_label_of_ours(tmp_path, valid):
    # a dialect written for this test: the metadata's authenticity score as `credo_pct` ("93%"), a rater's
    # confidence beside it as `flair_pct`, and no authenticity target in the metadata (the context states one)
    rng = random.Random(3)
    out = []
    for s in valid[MS]:
        s = copy.deepcopy(s)
        md = s["training_metadata"]
        md.pop("authenticity_target", None)
        md["credo_pct"] = f"{round(100 * md.pop('authenticity_score'))}%"
        md["flair_pct"] = f"{rng.randint(40, 99)}%"
        out.append(s)
    write_batch(tmp_path / "in" / f"{MS}.json", MS, out)
    (tm,) = [t for t in schema_report([tmp_path / "in"]).matches if t.data_type == MS]
    assert "pct" not in tm.lexicon, tm.lexicon
    line = {m.source: m for m in tm.matches}["training_metadata.credo_pct"]
    assert line.target == "training_metadata.authenticity_score"
    # the records' rules (the authenticity target's buckets) settle it; before, the confidence named like the
    # authenticity score made the line AMBIGUOUS
    assert "AMBIGUOUS" not in line.evidence, line.evidence
    assert "training_metadata.flair_pct" not in field_map([tm]).get(MS, {})


def test_fresh10_a_rater_s_confidence_does_not_take_the_authenticity_score(tmp_path):
    # fresh10 seed 6 (the lab team's multi-step records): `rater_scores.credibility_pct` is the authenticity score,
    # `rater_scores.style_pct` a confidence; with `pct` learned as "authenticity" the confidence took the score and
    # 9 valid records were flagged authenticity.bucket
    from field_drift_fresh10 import write_fresh10_folder

    m = write_fresh10_folder(tmp_path / "batches", 6)
    truth = m["plans"][MS]["truth"]
    assert truth["rater_scores\\.credibility_pct"] == "training_metadata.authenticity_score"
    lines = field_map(schema_report([tmp_path / "batches"]).matches)[MS]
    assert lines.get("rater_scores\\.credibility_pct") == "training_metadata.authenticity_score", lines
    assert "rater_scores\\.style_pct" not in lines, lines
