"""The forms the records' rules try while the names are matched leave the profile as it was.

`_form_lines` asks the forms which lines they would give a list a rule reads (the options keyed by their type), so
that the rules can settle again with it; the forms add the places they read to the profile they are given (the
schema table shows them). Given the type's own profile, the trial left `paden{}` behind, and the matcher's next
reading of the type (the lexicon it learned, a one-item list read as an object) took that place for a field of
theirs: its values are option types, so the recommended option written on its own became AMBIGUOUS with it and
the whole type was marked for checking with a right map (fresh10's wharf answers, 'sure' 431 -> 165 records).

A Dutch dialect written for this test: the options keyed by their type under `uitvoer.paden`, the option the
character would take beside them under a name that tells nothing of ours."""

from __future__ import annotations

import json
import random
from pathlib import Path

from curation.domain import load_spec
from curation.ingest.interactions.field_fit import Vocabulary
from curation.ingest.interactions.field_match import match_type
from curation.ingest.interactions.profile import profile_files
from curation.ingest.interactions.schema_report import schema_report
from curation.ingest.interactions.spec_fields import spec_fields

_IMPACT = {"tone_deaf": (-1.5, -0.5), "misguided": (-0.5, -0.2), "growth": (0.3, 0.8)}


def _option(capacity: float) -> str:
    return "tone_deaf" if capacity < 4 else "misguided" if capacity < 7 else "growth"


def _write(root: Path, valid: dict[str, list[dict]]) -> Path:
    rng = random.Random(5)
    folder = root / "batches"
    folder.mkdir(parents=True)
    recs = []
    for i in range(40):
        s = valid["dramatic_irony"][i % len(valid["dramatic_irony"])]
        cap = round(rng.uniform(1.0, 9.5), 1)
        paden = {
            kind.replace("_", "-"): {"zin": o["dialogue"], "band": round(rng.uniform(*_IMPACT[kind]), 2)}
            for kind, o in zip(_IMPACT, s["response_options"] * 3, strict=False)
        }
        recs.append(
            {
                "toneel": s["scenario"],
                "speler-zag": s["player_knows"],
                "figuur-meent": s["character_knows"],
                "kloof": f"{round(rng.uniform(0.6, 0.95) * 100)}%",
                "figuur-name": s["character_name"],
                "figuur-capacity": cap,
                "uitvoer": {"paden": paden, "waarschijnlijk": _option(cap).replace("_", "-")},
                "beoordeling": {"ironie": round(rng.uniform(0.75, 0.95), 2), "notitie": s["tension_notes"]},
            }
        )
    body = {"data_type": "dramatic_irony", "samples": recs}
    (folder / "dramatic_irony.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def test_matching_leaves_the_profile_as_it_was(tmp_path, valid):
    folder = _write(tmp_path, valid)
    spec = load_spec()
    every = spec_fields(spec)
    tp = profile_files([folder], None, None, None).types["dramatic_irony"]
    before = set(tp.fields)
    vocab = Vocabulary(n for fs in every.values() for f in fs for n in (f.name, *f.aliases))
    match_type(tp, every["dramatic_irony"], vocab, None, spec, None)
    assert set(tp.fields) == before


def test_the_option_beside_a_keyed_list_is_not_ambiguous_with_its_keys(tmp_path, valid):
    tm = next(t for t in schema_report([_write(tmp_path, valid)]).matches if t.data_type == "dramatic_irony")
    lines = {m.source: m for m in tm.matches if m.target}
    assert lines["uitvoer.paden{}"].target == "response_options[].type"
    rec = lines["uitvoer.waarschijnlijk"]
    assert rec.target == "recommended_option"
    assert "paden{}" not in rec.evidence, rec.evidence
