"""A label step ('[key=label]') followed by the steps of any path: a card chosen by label holding an object keyed by
data ('cards[card=power].causes{}') or a list ('cards[card=say].options[].line'), a page chosen by label holding rows
chosen by label ('pages[page=reply].rows[field=line].value'). The element is found first, the rest of the line is
read inside it; ours stays a path of the sample. Hand-made records; their config errors."""

from __future__ import annotations

import copy

import pytest

from curation.domain import load_spec
from curation.domain.spec import SpecError, build_spec


def _spec(fm: dict[str, dict[str, str]]):
    return build_spec(copy.deepcopy(load_spec().raw), None, fm)


def test_a_card_chosen_by_label_holding_an_object_keyed_by_data_becomes_our_list():
    fm = _spec(
        {
            "emotional_authenticity": {
                "cards[card=power].causes{}": "capacity_factors[].factor",
                "cards[card=power].causes{}.by": "capacity_factors[].impact",
                "cards[card=power].base": "base_capacity",
                "cards[card=reply].text": "character_response",
            }
        }
    ).field_map("emotional_authenticity")
    data = {
        "cards": [
            {"card": "reply", "text": "Not tonight.", "ms": 40},
            {"card": "Power", "base": 6.5, "causes": {"no sleep": {"by": -1.5}, "a friend near": {"by": 0.5}}},
        ]
    }
    repairs: list[str] = []
    fm.apply(data, repairs)
    assert data == {
        "capacity_factors": [{"impact": -1.5, "factor": "no sleep"}, {"impact": 0.5, "factor": "a friend near"}],
        "base_capacity": 6.5,
        "character_response": "Not tonight.",
        "cards": [{"card": "reply", "ms": 40}],  # the emptied card went; what no line took stays
    }
    assert sorted(repairs) == sorted(f"field_map:{t}->{o}" for t, o in fm.entries)


def test_the_keyed_values_are_renamed_inside_the_chosen_card_only():
    fm = _spec(
        {
            "emotional_authenticity": {
                "cards[card=power].causes{}": "capacity_factors[].factor",
                "cards[card=power].causes{}.by": "capacity_factors[].impact",
            }
        }
    ).field_map("emotional_authenticity")
    data = {
        "cards": [
            {"card": "draft", "causes": {"old": {"by": 9}}},
            {"card": "power", "causes": {"no sleep": {"by": -1.5}}},
        ]
    }
    fm.apply(data, [])
    assert data["capacity_factors"] == [{"impact": -1.5, "factor": "no sleep"}]
    assert data["cards"] == [{"card": "draft", "causes": {"old": {"by": 9}}}]
    # our list already there: nothing is overwritten, the card keeps what it holds
    ours = {"capacity_factors": [{"factor": "x", "impact": 1}], "cards": [{"card": "power", "causes": {"y": {}}}]}
    fm.apply(ours, [])
    assert ours["capacity_factors"] == [{"factor": "x", "impact": 1}] and ours["cards"][0]["causes"] == {"y": {}}


def test_two_label_steps_read_a_row_of_a_page_and_emptied_rows_and_pages_go():
    fm = _spec(
        {
            "emotional_authenticity": {
                "pages[page=reply].rows[field=line].value": "character_response",
                "pages[page=reply].rows[field=score].value": "authenticity_score",
                "pages[page=power].rows[field=base].value": "base_capacity",
            }
        }
    ).field_map("emotional_authenticity")
    data = {
        "pages": [
            {"page": "power", "rows": [{"field": "base", "value": "6.5 out of 10"}, {"field": "seed", "value": 7}]},
            {"page": "Reply", "rows": [{"field": "score", "value": "82%"}, {"field": "line", "value": "No."}]},
        ]
    }
    repairs: list[str] = []
    fm.apply(data, repairs)
    assert data == {
        "character_response": "No.",
        "authenticity_score": "82%",
        "base_capacity": "6.5 out of 10",
        "pages": [{"page": "power", "rows": [{"field": "seed", "value": 7}]}],
    }
    assert len(repairs) == 3
    # a label that is not there moves nothing
    none = {"pages": [{"page": "reply", "rows": [{"field": "other", "value": 1}]}]}
    assert fm.apply(none, []) == {"pages": [{"page": "reply", "rows": [{"field": "other", "value": 1}]}]}


def test_a_label_step_then_every_element_of_a_list_renames_inside_the_chosen_card():
    fm = _spec(
        {
            "dramatic_irony": {
                "cards[card=say].opts": "response_options",
                "cards[card=say].opts[].text": "response_options[].dialogue",
                "cards[card=say].opts[].kind": "response_options[].type",
            }
        }
    ).field_map("dramatic_irony")
    data = {
        "cards": [
            {"card": "say", "opts": [{"text": "I see.", "kind": "growth"}, {"text": "Great!", "kind": "tone_deaf"}]},
            {"card": "other", "opts": [{"text": "keep me"}]},
        ]
    }
    fm.apply(data, [])
    assert data == {
        "response_options": [{"dialogue": "I see.", "type": "growth"}, {"dialogue": "Great!", "type": "tone_deaf"}],
        "cards": [{"card": "other", "opts": [{"text": "keep me"}]}],
    }


@pytest.mark.parametrize(
    "lines",
    [
        {"cards[].x[card=a].v": "scenario"},  # a label step after '[]'
        {"o{}.cards[card=a]": "response_options[].type"},  # ... or after '{}'
        {"cards[card=a].v": "response_options[].dialogue"},  # ours a list with nothing of theirs to walk
    ],
)
def test_a_label_step_after_a_list_step_or_into_our_list_alone_is_a_one_line_config_error(lines):
    with pytest.raises(SpecError) as e:
        _spec({"dramatic_irony": lines})
    assert "'[key=label]'" in str(e.value) and "\n" not in str(e.value)


def test_a_labelled_object_s_member_line_still_needs_its_key_line():
    with pytest.raises(SpecError) as e:
        _spec({"dramatic_irony": {"cards[card=a].o{}.line": "response_options[].dialogue"}})
    assert "cards[card=a].o{}: <our list>[]" in str(e.value)


# ---- unwritten schema proposes such lines -------------------------------------------------------------------
def _propose_and_build(tmp_path, data_type: str, records: list[dict]):
    """The map `unwritten schema` proposes for one batch of `records`, and the analysis built with it."""
    import contextlib
    import io
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from field_drift import eval_harness, write_batch

    from curation.analytics import batch_analysis as analysis
    from curation.ingest.interactions.field_match import field_map
    from curation.ingest.interactions.schema_report import schema_report

    write_batch(tmp_path / "batches" / "b.json", data_type, records)
    lines = field_map(schema_report([tmp_path / "batches"]).matches)
    with contextlib.redirect_stderr(io.StringIO()):
        built = analysis.analyze(eval_harness()._config(tmp_path, {"field_map": lines}))
    return lines.get(data_type, {}), built


def test_a_workbook_of_labelled_pages_of_labelled_rows_is_proposed_row_by_row_and_built(tmp_path):
    from field_drift import valid_samples

    pages = {"who": ["character_name"], "scene": ["scenario"], "reply": ["dialogue", "trait_expression"]}
    samples = valid_samples()["personality_traits"]
    records, truth = [], {}
    for i, s in enumerate(samples):
        book = {p: [(f, s[f]) for f in names] for p, names in pages.items()}
        book["marks"] = [*((t, s["ocean"][t]) for t in s["ocean"]), ("quality_score", s["quality_score"])]
        order = list(book)[i % len(book) :] + list(book)[: i % len(book)]  # pages in another order in each record
        records.append({"pages": [{"page": p, "rows": [{"field": f, "value": v} for f, v in book[p]]} for p in order]})
        for p, rows in book.items():
            for f, _ in rows:
                truth[f"pages[page={p}].rows[field={f}].value"] = f if f in s else f"ocean.{f}"
    lines, built = _propose_and_build(tmp_path, "personality_traits", records)
    assert lines == truth
    assert len(built.recovered) == len(records) and not built.status()


def test_a_card_chosen_by_label_holding_an_object_keyed_by_data_is_proposed_as_our_list_and_built(tmp_path):
    from field_drift import valid_samples

    samples = valid_samples()["emotional_authenticity"]
    power = ("base_capacity", "effective_capacity", "capacity_level")
    records = []
    for s in samples:
        causes = {f["factor"].replace("_", " "): {"by": f["impact"]} for f in s["capacity_factors"]}
        rest = {k: v for k, v in s.items() if k not in (*power, "capacity_factors")}
        records.append(
            {"cards": [{"card": "reply", **rest}, {"card": "power", **{k: s[k] for k in power}, "causes": causes}]}
        )
    lines, built = _propose_and_build(tmp_path, "emotional_authenticity", records)
    assert lines.get("cards[card=power].causes{}") == "capacity_factors[].factor"
    assert lines.get("cards[card=power].causes{}.by") == "capacity_factors[].impact"
    assert len(built.recovered) == len(records) and not built.status()
    got = sorted((f["factor"], f["impact"]) for r in built.recovered for f in r.data["capacity_factors"])
    assert got == sorted((k, v["by"]) for r in records for k, v in r["cards"][1]["causes"].items())


def _questionnaire(s: dict, i: int, samples: list[dict]) -> dict:
    """One record as a questionnaire three label steps deep: parts chosen by name, items of a part by code, entries
    of an item by who filled them; an editor's entry follows the bot's on the reply and the grade only (a line
    another record's bot wrote, a grade 0.1 off), so most parts hold items of the bot's entry alone. (The traits
    stay an object here; the next test asks them as questions.)"""
    other = samples[(i + 1) % len(samples)]
    parts = {
        "who": {"nm": [s["character_name"]]},
        "scene": {"sc": [s["scenario"]]},
        "reply": {"ln": [s["dialogue"], other["dialogue"]], "why": [s["trait_expression"]]},
        "grade": {"qs": [s["quality_score"], round(s["quality_score"] - 0.1, 2)]},
    }
    order = list(parts)[i % len(parts) :] + list(parts)[: i % len(parts)]  # parts in another order in each record
    by = ("bot", "editor")
    return {
        "ocean": s["ocean"],
        "parts": [
            {
                "part": p,
                "items": [
                    {"code": c, "entries": [{"src": by[n], "val": v} for n, v in enumerate(vals)]}
                    for c, vals in parts[p].items()
                ],
            }
            for p in order
        ],
    }


def test_a_questionnaire_three_label_steps_deep_is_proposed_from_the_bot_s_entries_and_built(tmp_path):
    from field_drift import valid_samples

    samples = valid_samples()["personality_traits"]
    records = [_questionnaire(s, i, samples) for i, s in enumerate(samples)]
    lines, built = _propose_and_build(tmp_path, "personality_traits", records)
    ours = {
        "who": {"nm": "character_name"},
        "scene": {"sc": "scenario"},
        "reply": {"ln": "dialogue", "why": "trait_expression"},
        "grade": {"qs": "quality_score"},
    }
    want = {f"parts[part={p}].items[code={c}].entries[src=bot].val": f for p, m in ours.items() for c, f in m.items()}
    assert {k: v for k, v in lines.items() if v in want.values()} == want
    assert len(built.recovered) == len(records) and not built.status()
    assert [r.data["dialogue"] for r in built.recovered] == [s["dialogue"] for s in samples]


def test_a_questionnaire_s_answers_are_named_by_their_question_not_by_the_slot_that_holds_them(tmp_path):
    """Five traits on one scale, each a question of the traits part with the bot's entry (an editor's entry beside it
    on two of them): each answer is told apart by its question's code, as a field of its own name is, where named
    for the bot's slot they all had one name."""
    from field_drift import valid_samples

    samples = valid_samples()["personality_traits"]
    records = []
    for i, s in enumerate(samples):
        rec = _questionnaire(s, i, samples)
        traits = rec.pop("ocean")
        items = []
        for n, (t, v) in enumerate(traits.items()):
            entries = [{"src": "bot", "val": v}] + ([{"src": "editor", "val": round(1 - v, 2)}] if n < 2 else [])
            items.append({"code": t, "entries": entries})
        rec["parts"].insert(i % 3, {"part": "traits", "items": items})
        records.append(rec)
    lines, built = _propose_and_build(tmp_path, "personality_traits", records)
    want = {f"parts[part=traits].items[code={t}].entries[src=bot].val": f"ocean.{t}" for t in samples[0]["ocean"]}
    assert {k: v for k, v in lines.items() if v in want.values()} == want
    assert len(built.recovered) == len(records) and not built.status()
    assert [r.data["ocean"] for r in built.recovered] == [s["ocean"] for s in samples]


def _answered(codes: list[str], n: int) -> list[dict]:
    """`n` questionnaires asking `codes`, each answer in the model's slot, a reviewer's slot beside it on the
    first two questions."""
    return [
        {
            "qs": [
                {
                    "code": c,
                    "answers": [{"by": "model", "value": f"{c} answer {i}"}]
                    + ([{"by": "reviewer", "value": f"{c} note {i}"}] if k < 2 else []),
                }
                for k, c in enumerate(codes)
            ]
        }
        for i in range(n)
    ]


def test_slot_names_stay_with_the_profile_that_found_them():
    """Two folders profiled one after the other: the questionnaire's slots are named by their questions in its
    profile, and keep those names after a folder of two questions (too few to show slots) writes the same paths."""
    from curation.ingest.interactions.profile import field_name, profile_samples

    four = profile_samples("multi_step", _answered(["line", "tone", "pace", "goal"], 12), spec=None)
    two = profile_samples("multi_step", _answered(["line", "tone"], 12), spec=None)
    model, reviewer = "qs[code=line].answers[by=model].value", "qs[code=line].answers[by=reviewer].value"
    assert {model, reviewer} <= set(four.fields) and {model, reviewer} <= set(two.fields)
    assert (field_name(model, four), field_name(reviewer, four)) == ("line", "line reviewer")
    assert field_name("qs[code=goal].answers[by=model].value", four) == "goal"
    assert (field_name(model, two), field_name(reviewer, two)) == ("model", "reviewer")
    assert field_name(model) == "model"  # (a path alone names its field by its path)
