"""The Axolotl row contract: every malformed row Axolotl would crash on (or silently keep) is rejected."""

from __future__ import annotations

import json

import pytest

from curation.errors import UserError
from curation.records import Record, Source
from curation.stages.base import Context
from curation.stages.contract import Roles, RowContract, check_jsonl, violation

S = {"from": "system", "value": "You are a novelist."}
H = {"from": "human", "value": "Write it."}
G = {"from": "gpt", "value": "It was written."}


@pytest.mark.parametrize("turns", [[H, G], [S, H, G], [S, H, G, H, G]])
def test_valid_rows_pass(turns):
    assert violation(turns) is None


@pytest.mark.parametrize(
    "turns,reason",
    [
        ([], "contract_empty_conversation"),
        (None, "contract_empty_conversation"),
        ("not a list", "contract_empty_conversation"),
        ([None], "contract_malformed_turn"),
        ([{"from": "human"}, G], "contract_malformed_turn"),
        ([{"from": "human", "value": "x", "weight": 1}, G], "contract_malformed_turn"),
        ([{"from": "human", "value": None}, G], "contract_value_not_text"),
        ([H, {"from": "gpt", "value": 42}], "contract_value_not_text"),
        ([H, {"from": "gpt", "value": "   \n"}], "contract_empty_value"),
        ([H, {"from": "gpt", "value": "bad \ud800 surrogate"}], "contract_invalid_unicode"),
        ([H, {"from": "assistant", "value": "x"}], "contract_unknown_role"),
        ([{"from": "user", "value": "x"}, G], "contract_unknown_role"),
        ([H, S, G], "contract_system_not_first"),
        ([G, H], "contract_not_alternating"),
        ([S, G], "contract_not_alternating"),
        ([H, H, G], "contract_not_alternating"),
        ([H, G, G], "contract_not_alternating"),
        ([H], "contract_not_ending_on_assistant"),
        ([S, H, G, H], "contract_not_ending_on_assistant"),
        ([S], "contract_not_ending_on_assistant"),
    ],
)
def test_malformed_rows_are_named(turns, reason):
    assert violation(turns)[0] == reason


def test_configured_role_names_and_required_system():
    roles = Roles("system", "user", "assistant")
    turns = [{"from": "user", "value": "q"}, {"from": "assistant", "value": "a"}]
    assert violation(turns, roles) is None
    assert violation(turns, roles, require_system=True)[0] == "contract_missing_system"
    assert violation([H, G], roles)[0] == "contract_unknown_role"


def test_stage_rejects_with_reason_and_ledger_adds_up():
    recs = [
        Record(id=str(i), kind="interaction", source=Source("b.json", i), conversations=c)
        for i, c in enumerate([[H, G], [], [H, {"from": "gpt", "value": None}], [S, H, G]])
    ]
    ctx = Context()
    out = list(RowContract()(recs, ctx))
    assert [r.id for r in out] == ["0", "3"]
    counts = ctx.ledger.stage("row_contract")
    assert counts.rejected == {"contract_empty_conversation": 1, "contract_value_not_text": 1}
    assert counts.balanced
    assert {r["index"] for r in ctx.rejects.rows} == {1, 2}
    assert ctx.rejects.rows[1]["detail"] == {"turn": 1, "type": "NoneType"}


def test_from_config_reads_roles(write_config):
    from curation.config import load_config

    roles = {"user": "user", "assistant": "assistant"}
    p = write_config({"stages": {"contract": {"roles": roles, "require_system": True}}})
    stage = RowContract.from_config(load_config(p).stages.contract)
    assert stage.roles == Roles("system", "user", "assistant") and stage.require_system
    with pytest.raises(UserError, match="distinct"):
        load_config(write_config({"stages": {"contract": {"roles": {"user": "gpt"}}}}))


def test_check_jsonl_names_file_and_line(tmp_path):
    good = tmp_path / "train.jsonl"
    good.write_text("".join(json.dumps({"conversations": [S, H, G]}) + "\n" for _ in range(3)))
    assert check_jsonl(good) == 3
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"conversations": [H, G]})
        + "\n"
        + json.dumps({"conversations": [H, {"from": "gpt", "value": 3}]})
        + "\n"
    )
    with pytest.raises(UserError, match=r"bad.jsonl: line 2: contract_value_not_text \(turn 1, type int\)"):
        check_jsonl(bad)
