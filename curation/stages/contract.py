"""The Axolotl row contract, checked on every row before it is written.

Axolotl's preprocessing crashes the whole run on one malformed row (an empty turn list, a null, a number
instead of text) and silently keeps turns with unknown roles, so a bad row must never reach the JSONL.
A row passes when it is a non-empty list of ``{"from": role, "value": text}`` turns where

- every value is a non-empty string that encodes as UTF-8 (no lone surrogates);
- roles are only the configured system / user / assistant names;
- a system turn may only come first;
- user and assistant turns alternate, starting with the user and ending on the assistant.

`violation()` is the pure check (also usable on a written JSONL file via `check_jsonl`); `RowContract`
is the pipeline stage that rejects offending records with the violated rule as reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..records import GPT, HUMAN, SYSTEM, Record
from .base import Context, Filter
from .settings import ContractConfig


@dataclass(frozen=True)
class Roles:
    system: str = SYSTEM
    user: str = HUMAN
    assistant: str = GPT


def violation(turns: Any, roles: Roles = Roles(), require_system: bool = False) -> tuple[str, dict] | None:
    """The first rule a row breaks, as (reason, detail), or None when the row is valid."""
    if not isinstance(turns, list) or not turns:
        return "contract_empty_conversation", {}
    expected = roles.user
    for i, turn in enumerate(turns):
        if not isinstance(turn, dict) or set(turn) != {"from", "value"}:
            keys = sorted(turn) if isinstance(turn, dict) else type(turn).__name__
            return "contract_malformed_turn", {"turn": i, "got": keys}
        role, value = turn["from"], turn["value"]
        if not isinstance(value, str):
            return "contract_value_not_text", {"turn": i, "type": type(value).__name__}
        if not value.strip():
            return "contract_empty_value", {"turn": i}
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "contract_invalid_unicode", {"turn": i}
        if role == roles.system:
            if i != 0:
                return "contract_system_not_first", {"turn": i}
            continue
        if role not in (roles.user, roles.assistant):
            return "contract_unknown_role", {"turn": i, "role": role if isinstance(role, str) else repr(role)}
        if role != expected:
            return "contract_not_alternating", {"turn": i, "expected": expected, "got": role}
        expected = roles.assistant if role == roles.user else roles.user
    if require_system and turns[0].get("from") != roles.system:
        return "contract_missing_system", {}
    if turns[-1]["from"] != roles.assistant:
        return "contract_not_ending_on_assistant", {"last": turns[-1]["from"]}
    return None


def check_jsonl(
    path: str | Path, roles: Roles = Roles(), field: str = "conversations", require_system: bool = False
) -> int:
    """Check every line of an Axolotl JSONL file; returns the row count or raises a one-line UserError."""
    path = Path(path)
    n = 0
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise UserError(f"{path}: line {n}: not valid JSON: {e.msg}") from None
            if not isinstance(row, dict) or field not in row:
                raise UserError(f"{path}: line {n}: no '{field}' field")
            turns = row[field]
            if field == "messages" and isinstance(turns, list):  # OpenAI role/content: same rules
                turns = [
                    {"from": t["role"], "value": t["content"]}
                    if isinstance(t, dict) and set(t) == {"role", "content"}
                    else t
                    for t in turns
                ]
            bad = violation(turns, roles, require_system)
            if bad:
                detail = ", ".join(f"{k} {v}" for k, v in bad[1].items())
                raise UserError(f"{path}: line {n}: {bad[0]}{f' ({detail})' if detail else ''}")
    return n


class RowContract(Filter):
    name = "row_contract"

    def __init__(self, roles: Roles = Roles(), require_system: bool = False) -> None:
        self.roles = roles
        self.require_system = require_system

    @classmethod
    def from_config(cls, c: ContractConfig) -> RowContract:
        """From the `stages.contract` section."""
        return cls(Roles(c.roles.system, c.roles.user, c.roles.assistant), c.require_system)

    def check(self, record: Record, ctx: Context) -> tuple[str, dict] | None:
        return violation(record.conversations, self.roles, self.require_system)
