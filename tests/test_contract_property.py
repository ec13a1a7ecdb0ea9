"""Property test: the row contract accepts exactly the rows Axolotl can train on.

An independent oracle (written from the contract's definition, not from its code) decides validity for
arbitrary turn lists, including the malformed values that crash `axolotl preprocess`.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from curation.stages.contract import violation

ROLES = ["system", "human", "gpt", "user", "assistant", "tool", None, 3]
values = st.one_of(
    st.text(max_size=12),
    st.none(),
    st.integers(),
    st.just(""),
    st.just("  "),
    st.lists(st.text(max_size=3), max_size=2),
)
turns = st.fixed_dictionaries({"from": st.sampled_from(ROLES), "value": values})
rows = st.one_of(st.lists(turns, max_size=6), st.none(), st.just("text"))


def oracle(row) -> bool:
    if not isinstance(row, list) or not row:
        return False
    if any(not isinstance(t.get("value"), str) or not t["value"].strip() for t in row):
        return False
    body = row[1:] if row[0]["from"] == "system" else row
    if not body or any(t["from"] not in ("human", "gpt") for t in body):
        return False
    return (
        all(t["from"] == ("human" if i % 2 == 0 else "gpt") for i, t in enumerate(body)) and body[-1]["from"] == "gpt"
    )


@settings(max_examples=400, deadline=None)
@given(rows)
def test_contract_matches_oracle(row):
    assert (violation(row) is None) == oracle(row)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(min_size=1, max_size=20).filter(str.strip), st.text(min_size=1, max_size=20).filter(str.strip)
        ),
        min_size=1,
        max_size=4,
    ),
    st.booleans(),
)
def test_well_formed_exchanges_always_pass(pairs, with_system):
    row = [{"from": "system", "value": "sys"}] if with_system else []
    for q, a in pairs:
        row += [{"from": "human", "value": q}, {"from": "gpt", "value": a}]
    assert violation(row) is None
