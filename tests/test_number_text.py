"""The one reader of numbers written as text (curation/ingest/interactions/number_text.py), and the three places
that use it agreeing: the ingest (normalize), the profiler behind `unwritten schema` and the matcher's record checks.

Scales are the package spec's (a 0-1 score, a 0-10 capacity, a 1-5 level, a -1..1 trust change, weeks with their
unit), looked up by name so no field name is spelled here beyond what a test batch needs.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curation.domain import load_spec
from curation.ingest.interactions.field_fit import _written_at
from curation.ingest.interactions.field_match import match_type
from curation.ingest.interactions.normalize import _normalize_value
from curation.ingest.interactions.number_text import Written, place, plain_number_text, read_on_scale, read_text
from curation.ingest.interactions.profile import profile_samples, spec_units
from curation.ingest.interactions.spec_fields import spec_fields

SPEC = load_spec()
SCALES = SPEC.scales
UNITS = spec_units(SPEC)


def _field(scale: str, integer: bool = False):
    """A number field of the package spec on a named scale (the first one found)."""

    def walk(fields):
        for f in fields:
            if f.scale == scale and f.type == ("integer" if integer else "number"):
                return f
            got = walk(f.fields) or (walk((f.items,)) if f.items is not None else None)
            if got is not None:
                return got
        return None

    for t in SPEC.types.values():
        got = walk(t.fields)
        if got is not None:
            return got
    raise AssertionError(f"no {scale} field in the spec")


SCORE, CAPACITY, LEVEL, TRUST, WEEKS = (
    _field("score"),
    _field("capacity"),
    _field("level", integer=True),
    _field("trust"),
    _field("weeks"),
)


def _g(x: float) -> str:
    return f"{x:g}"


def _read(text: str, f) -> float | int | None:
    got = read_on_scale(text, f.range, f.type == "integer", ((f.scale, f.units),) if f.units else ())
    return None if got is None else got[0]


# ---- examples: the forms of the brief, on each scale -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("3/10", CAPACITY, 3.0),
        ("3/10", SCORE, 0.3),
        ("5.1/10", SCORE, 0.51),
        ("5.1/10", CAPACITY, 5.1),
        ("51/100", SCORE, 0.51),
        ("3/5", LEVEL, 3),  # a level written on its own scale is that level, not 0.6
        ("3/5", SCORE, 0.6),
        ("3 of 5", LEVEL, 3),
        ("8 of 10", CAPACITY, 8.0),
        ("8 out of 10", SCORE, 0.8),
        ("7.5 / 10", CAPACITY, 7.5),
        ("75 %", SCORE, 0.75),
        ("86 percent", SCORE, 0.86),
        ("86 per cent", SCORE, 0.86),
        ("7,5", CAPACITY, 7.5),
        ("7,5/10", CAPACITY, 7.5),
        ("0,82", SCORE, 0.82),
        ("\u22122", CAPACITY, -2.0),  # a typographic minus: read, then flagged by the range check
        ("\u22120,2", TRUST, -0.2),
        ("+0.2", TRUST, 0.2),
        ("12/10", CAPACITY, 12.0),  # out of range: placed, the check rejects it
        ("40 weeks ago", WEEKS, 40.0),
        ("3 wks", WEEKS, 3.0),
        ("4", LEVEL, 4),
        ("4.0", LEVEL, 4),
    ],
)
def test_forms_are_read_on_the_field_scale(text, field, value):
    assert _read(text, field) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("95%", CAPACITY),  # a percent is a share: only a 0-1 field (or a 0-100 one) reads it
        ("20%", TRUST),
        ("7/10", LEVEL),  # another scale than the level's, which starts at 1
        ("3/5", CAPACITY),
        ("2.5/5", LEVEL),  # not a whole level
        ("3.5", LEVEL),
        ("1,500", SCORE),  # a thousands separator or a decimal comma
        ("0.8 (good)", SCORE),
        ("quite high", SCORE),
        ("3 months", WEEKS),
        ("40 weeks", CAPACITY),  # a unit the field's scale does not have
        ("1e999", SCORE),
        ("nan", SCORE),
        ("3/0", SCORE),
    ],
)
def test_no_lossless_reading_stays_as_written(text, field):
    assert _read(text, field) is None
    repairs: list[str] = []
    assert _normalize_value(text, field, "f", repairs) == text and not repairs  # the check rejects it


def test_place_rules():
    assert place(Written(3, 5), (1, 5), integer=True) == 3
    assert place(Written(75, 100), (0, 100)) == 75  # a user's 0-100 scale takes a percent as it is
    assert place(Written(75, 100), (0, 1)) == 0.75
    assert place(Written(3, 10), (-10, 10)) is None
    assert place(Written(3, 10), (0, None)) is None
    assert place(Written(2.0, None, "weeks", "unit"), (0, None)) == 2.0
    assert place(Written(0.5), None) == 0.5


def test_read_text_says_what_was_written():
    assert read_text("3/5") == Written(3.0, 5.0, None, "fraction", False)
    assert read_text("86 percent") == Written(86.0, 100.0, None, "percent", False)
    assert read_text("7,5") == Written(7.5, None, None, "plain", True)
    assert read_text("34 years old", UNITS) == Written(34.0, None, "age", "unit", False)
    assert read_text("34 years old") is None  # no unit given: no reading
    assert read_text("The character gives 3/10 of her attention to it") is None  # a sentence, not a value
    assert plain_number_text("\u22120,3") == "-0.3"


# ---- properties: a number formatted in each form on each scale reads back --------------------------------------------
def _on(scale: str, hundredths: int) -> float:
    lo, hi = SCALES[scale]
    return lo + (hi - lo) * hundredths / 100


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 100), st.sampled_from(["score", "capacity", "trust"]))
def test_plain_and_comma_forms_read_back(k, scale):
    f = {"score": SCORE, "capacity": CAPACITY, "trust": TRUST}[scale]
    x = round(_on(scale, k), 2)
    assert _read(_g(x), f) == pytest.approx(x)
    comma = _g(x).replace(".", ",")
    assert _read(comma, f) == pytest.approx(x)
    if x < 0:
        assert _read("\u2212" + _g(-x), f) == pytest.approx(x)
        assert _read("\u2212" + _g(-x).replace(".", ","), f) == pytest.approx(x)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 1000), st.sampled_from([5, 10, 100]), st.sampled_from(["/", " / ", " of ", " out of "]))
def test_a_share_written_on_any_scale_reads_back_on_a_score(k, den, sep):
    x = k / 1000
    text = f"{_g(round(x * den, 6))}{sep}{den}"
    assert _read(text, SCORE) == pytest.approx(x)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 1000), st.sampled_from(["%", " %", " percent", " per cent", "pct"]))
def test_a_percent_reads_back_on_a_score(k, sign):
    x = k / 1000
    assert _read(f"{_g(round(x * 100, 4))}{sign}", SCORE) == pytest.approx(x)
    assert _read(f"{_g(round(x * 100, 4))}{sign}", CAPACITY) is None


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 100), st.sampled_from(["/", " of ", " out of "]))
def test_a_value_written_on_its_own_scale_reads_back_as_itself(k, sep):
    x = round(_on("capacity", k), 1)
    assert _read(f"{_g(x)}{sep}10", CAPACITY) == pytest.approx(x)
    level = 1 + k % 5
    assert _read(f"{level}{sep}5", LEVEL) == level
    assert _read(f"{level}{sep}5", SCORE) == pytest.approx(level / 5)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 520), st.sampled_from(["week", "weeks", "wks", "w"]), st.sampled_from(["", " ago", " back"]))
def test_a_number_with_its_unit_reads_back(n, word, after):
    x = n / 2
    assert _read(f"{_g(x)} {word}{after}", WEEKS) == x
    assert _read(f"{_g(x)} {word}{after}", SCORE) is None  # a score has no unit


# ---- the three places agree -----------------------------------------------------------------------------------------
_FORMS = st.one_of(
    st.integers(-20, 120).map(lambda k: _g(k / 10)),
    st.integers(-20, 120).map(lambda k: _g(k / 10).replace(".", ",")),
    st.tuples(st.integers(0, 120), st.sampled_from([5, 10, 100])).map(lambda t: f"{_g(t[0] / 2)}/{t[1]}"),
    st.integers(0, 120).map(lambda k: f"{k} %"),
    st.integers(0, 12).map(lambda k: f"{k} of 10"),
    st.integers(0, 60).map(lambda k: f"\u2212{_g(k / 10)}"),
)


@settings(max_examples=300, deadline=None)
@given(_FORMS, st.sampled_from([SCORE, CAPACITY, LEVEL, TRUST]))
def test_ingest_profile_and_record_checks_read_alike(text, f):
    integer = f.type == "integer"
    repairs: list[str] = []
    ingested = _normalize_value(text, f, "f", repairs)
    # the matcher's record checks: what was written, placed on the field's scale
    w = _written_at({"k": text}, "k")
    checked = None if w is None else place(w, f.range, integer)
    if isinstance(ingested, str):
        assert checked is None
    else:
        assert checked == pytest.approx(ingested)
    # the profiler: the same reading, kept as its share of the scale it was written on
    st_ = profile_samples("t", [{"k": text}], spec=SPEC).fields["k"]
    if w is None:
        assert st_.numbers == 0
    else:
        assert st_.first_numbers == [pytest.approx(w.share())]
        assert dict(st_.fractions) == ({w.of: 1} if w.form == "fraction" else {})
        if w.form == "fraction" and checked is not None:  # the matcher places it back as the ingest does
            placed = place(Written(round(st_.first_numbers[0] * w.of, 9), w.of), f.range, integer)
            assert placed == pytest.approx(checked)
    assert not math.isnan(float(checked)) if checked is not None else True


def test_a_level_written_out_of_five_is_proposed_as_the_level():
    """A 1-5 level written "3/5" is profiled as 3 on a scale of 5, so the matcher places it in the level (it used to
    look like a 0-1 score at 0.6)."""
    data_type, fields = next(
        (t, fs) for t, fs in spec_fields(SPEC).items() if any(f.range == SCALES["level"] for f in fs if not f.parent)
    )
    level = next(f for f in fields if f.range == SCALES["level"] and not f.parent)
    rows = [{"bond_grade": f"{1 + i % 5}/5"} for i in range(20)]
    tm = match_type(profile_samples(data_type, rows, spec=SPEC), fields)
    got = {m.source: m.target for m in tm.matches}
    assert got["bond_grade"] == level.path
