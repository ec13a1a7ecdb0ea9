"""Validation at generation time, with the interactions ingest's own schema and Master Truths rules.

A generated sample that the build would reject (a schema problem, or a violation of a rule the
build drops on) is not written; the generator asks again for that slot. Other rule violations are
kept and logged, as the build flags them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..ingest.interactions import normalize as _norm
from ..ingest.interactions import rules as _rules
from ..ingest.interactions.schemas import schema_for
from ..ingest.interactions.settings import InteractionsConfig


@dataclass
class Verdict:
    sample: dict[str, Any]
    problems: list[str] = field(default_factory=list)  # schema problems and dropping rules: not usable
    flagged: list[str] = field(default_factory=list)  # rule violations the build keeps (flags)

    @property
    def ok(self) -> bool:
        return not self.problems


def _drops(rule: str, drop_rules: list[str]) -> bool:
    return any(rule == d or (d.endswith(".") and rule.startswith(d)) for d in drop_rules)


def validate_sample(data_type: str, sample: dict[str, Any], cfg: InteractionsConfig | None = None) -> Verdict:
    cfg = cfg or InteractionsConfig()
    schema = schema_for(data_type)
    s, _ = _norm.normalize(copy.deepcopy(sample), schema)
    problems = [f"{p.reason}:{p.path}" for p in _norm.check(s, schema)]
    options = schema.roles.irony.get("options", ())
    if options and not problems:  # a generated irony sample offers one option of every type
        given = _norm.get_path(s, options[0])
        if len(given if isinstance(given, list) else []) < len(_rules.IRONY_OPTION_CAPACITY):
            problems.append(f"too_few_response_options:{options[0]}")
    flagged: list[str] = []
    if not problems:
        for rule in _rules.violations(data_type, s, cfg):
            (problems if _drops(rule, cfg.drop_rules) else flagged).append(rule)
    return Verdict(s, problems, flagged)
