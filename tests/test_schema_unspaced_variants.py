"""Variants named in scripts the word splitter does not read (field_match._qualified_twin).

A Greek or Cyrillic key with words added between separators (`απορριφθείσα_απάντηση` beside `απάντηση`; fresh11's
stepove: `відхилене_обґрунтування` beside `обґрунтування`) is the plain key's variant, as a Latin one is. A key in a
script written without spaces (Chinese, Japanese) with characters added before or after a sibling key is that key's
variant: `备选回复` ("alternative reply") beside `回复` is never read as the answer the plain key fits as well.
fresh11's kumo shows it in Japanese (`出力.没台詞` beside `出力.台詞`, `評価.没理由` beside `評価.理由`); this
test's Chinese and Greek keys are the second witnesses."""

from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def _records() -> list[dict]:
    from field_drift import valid_samples

    samples = valid_samples()["personality_traits"]
    others = [s["dialogue"] for s in samples]
    random.Random(3).shuffle(others)
    out = []
    for s, other in zip(samples, others, strict=True):
        rec = {k: v for k, v in s.items() if k not in ("dialogue", "trait_expression")}
        # the alternative written first: order alone does not tell them apart
        rec["输出"] = {"备选回复": other, "回复": s["dialogue"], "说明": s["trait_expression"]}
        out.append(rec)
    return out


def test_a_key_with_characters_added_is_a_variant_not_the_answer(tmp_path):
    from field_drift import write_batch

    from curation.ingest.interactions.field_match import field_map
    from curation.ingest.interactions.schema_report import schema_report

    write_batch(tmp_path / "in" / "b.json", "personality_traits", _records())
    lines = field_map(schema_report([tmp_path / "in"]).matches)["personality_traits"]
    assert lines.get("输出.回复") == "dialogue", lines
    assert "输出.备选回复" not in lines, lines


def test_a_greek_key_with_a_word_added_is_a_variant_not_the_answer(tmp_path):
    from field_drift import valid_samples, write_batch

    from curation.ingest.interactions.field_match import field_map
    from curation.ingest.interactions.schema_report import schema_report

    samples = valid_samples()["personality_traits"]
    others = [s["dialogue"] for s in samples][::-1]
    recs = []
    for s, other in zip(samples, others, strict=True):
        rec = {k: v for k, v in s.items() if k not in ("dialogue", "trait_expression")}
        rec["έξοδος"] = {"απορριφθείσα_απάντηση": other, "απάντηση": s["dialogue"], "εξήγηση": s["trait_expression"]}
        recs.append(rec)
    write_batch(tmp_path / "in" / "b.json", "personality_traits", recs)
    lines = field_map(schema_report([tmp_path / "in"]).matches)["personality_traits"]
    assert lines.get("έξοδος.απάντηση") == "dialogue", lines
    assert "έξοδος.απορριφθείσα_απάντηση" not in lines, lines
