"""A printed form's numbering in its keys: each question numbered within its section with a dot ("3.1_исходные",
`3_силы.3\\.1_исходные` in a field_map path). The numbers are the question's place, not words of its name: in a
script `words` does not read they were all that was left of the key, and the question numbered as its section is
(3.3 in section 3, whose numbers are a subset of every other question's there) was taken for the plain field the
others are variants of, which halved their fit (base and effective capacity crossed)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def _lines(folder: Path) -> dict[str, dict[str, str]]:
    from curation.ingest.interactions.field_match import field_map
    from curation.ingest.interactions.schema_report import schema_report

    return field_map(schema_report([folder]).matches)


def _form(r: dict, k: int, other: dict) -> dict:
    """One record as a Russian studio's numbered form (keys this writer's own: no name of ours in them; capacities
    written "x/10"; the support given only beside some answers; a turned-down reply, another record's, after it)."""
    name = r["character_name"] if not k else r["character_name"].split()[0] + " Orlova"

    def tenths(v: float) -> str:
        return f"{v:g}/10"

    out = {
        "1_персонаж": {"1.1_имя": name, "1.2_предыстория": r["context"]},
        "2_сцена": {
            "2.1_описание": r["situation"],
            "2.2_нужная_помощь": tenths(r["support_level_needed"]),
            "2.3_сложность": r["complexity_type"],
        },
        "3_силы": {
            "3.1_исходные": tenths(r["base_capacity"]),
            "3.2_нагрузки": [{"причина": f["factor"], "влияние": f["impact"]} for f in r["capacity_factors"]],
            "3.3_сейчас": tenths(r["effective_capacity"]),
            "3.4_уровень": r["capacity_level"],
        },
        "4_ответ": {
            "4.1_реплика": r["character_response"],
            "4.2_мысль": r["internal_thought"],
            "4.3_предел": r["demonstrates_constraint"],
        },
        "5_оценка": {"5.1_достоверность": r["authenticity_score"]},
    }
    if len(name) % 4:
        out["4_ответ"]["4.4_помощь"] = tenths(min(r["support_level_needed"], r["effective_capacity"] + 1.5))
    out["4_ответ"]["4.5_отклонённая_реплика"] = other["character_response"]
    return out


def test_the_question_numbered_as_its_section_is_no_plain_twin_of_the_others(tmp_path):
    from field_drift import valid_samples, write_batch

    from curation.ingest.interactions.schema_report import schema_report

    samples = valid_samples()["emotional_authenticity"]
    recs = [_form(r, k, samples[(i + 5) % len(samples)]) for k in range(2) for i, r in enumerate(samples)]
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", recs)
    (tm,) = schema_report([tmp_path / "in"]).matches
    lines = tm.map_lines()
    assert lines.get("3_силы.3\\.1_исходные") == "base_capacity", lines
    assert lines.get("3_силы.3\\.3_сейчас") == "effective_capacity", lines
    base = next(m for m in tm.matches if m.target == "base_capacity")
    assert "variant" not in base.evidence and "elimination" not in base.evidence, base.evidence


def test_a_turned_down_reply_numbered_after_the_reply_is_its_variant(tmp_path):
    # "4.5_отклонённая_реплика" is "4.1_реплика" with a word added once the numbers are set aside
    from field_drift import valid_samples, write_batch

    samples = valid_samples()["emotional_authenticity"]
    recs = [_form(r, k, samples[(i + 5) % len(samples)]) for k in range(2) for i, r in enumerate(samples)]
    write_batch(tmp_path / "in" / "b.json", "emotional_authenticity", recs)
    lines = _lines(tmp_path / "in")["emotional_authenticity"]
    assert lines.get("4_ответ.4\\.1_реплика") == "character_response", lines
    assert "4_ответ.4\\.5_отклонённая_реплика" not in lines, lines


def test_numbering_is_dropped_from_a_key_only_where_it_leads_it():
    # must not: a trailing number ("score_2", another judge's) or a leading ordinal ("2nd_judge") is part of the name
    from curation.ingest.interactions.field_match import _NUMBERING
    from curation.ingest.interactions.profile import KEY_DOT

    assert _NUMBERING.sub("", f"3{KEY_DOT}1_исходные") == "исходные"
    assert _NUMBERING.sub("", "3.1_base") == "base"
    assert _NUMBERING.sub("", "score_2") == "score_2"
    assert _NUMBERING.sub("", "2nd_judge") == "2nd_judge"
