"""LLM-as-judge: a validation model scores a sample of the generated examples on four dimensions.

qwen3-generation-strategy.md, stage 2: 10% of each data type is scored by Qwen3-32B on authenticity,
consistency, complexity and usability (0-1 each); a batch whose judged examples average under 0.7 is
flagged for human review. Which examples are judged is a deterministic function of their key, so a
resumed run judges the same ones (and gets the answers from the request cache).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ..llm.answers import BadAnswer, parse_answer
from ..llm.client import ChatRequest, LLMClient, RequestFailed
from ..llm.prompt_files import Prompts

DIMENSIONS = ("authenticity", "consistency", "complexity", "usability")
_SCORE = {"type": "number", "minimum": 0, "maximum": 1}
JUDGE_SCHEMA = {
    "type": "object",
    "properties": {**{d: _SCORE for d in DIMENSIONS}, "notes": {"type": "string"}},
    "required": [*DIMENSIONS, "notes"],
}


def selected(key: str, share: float) -> bool:
    """Whether the example with this key is in the judged sample (stable, ~`share` of keys)."""
    if share <= 0:
        return False
    h = int(hashlib.sha256(f"judge|{key}".encode()).hexdigest()[:8], 16)
    return h / 0xFFFFFFFF < share


@dataclass
class Verdict:
    key: str
    data_type: str
    scores: dict[str, float]
    notes: str

    @property
    def overall(self) -> float:
        return round(sum(self.scores.values()) / len(self.scores), 3)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "data_type": self.data_type,
            **self.scores,
            "overall": self.overall,
            "notes": self.notes,
        }


def judge_request(
    prompts: Prompts, judge_cfg: Any, data_type: str, sample: dict[str, Any], seed: int, system: str
) -> ChatRequest:
    example = json.dumps(sample, ensure_ascii=False, indent=1)
    return ChatRequest.make(
        judge_cfg.model,
        system,
        prompts.render("judge", data_type=data_type, example=example),
        schema=JUDGE_SCHEMA,
        temperature=judge_cfg.temperature,
        seed=seed,
        num_predict=800,
        purpose=f"judge {data_type}",
    )


async def judge(
    client: LLMClient,
    prompts: Prompts,
    judge_cfg: Any,
    data_type: str,
    key: str,
    sample: dict[str, Any],
    seed: int,
    system: str,
) -> Verdict | None:
    """Scores for one example, or None when the judge could not answer (logged by the caller)."""
    try:
        res = await client.chat(judge_request(prompts, judge_cfg, data_type, sample, seed, system))
        value = parse_answer(res.text)
    except (RequestFailed, BadAnswer):
        return None
    if not isinstance(value, dict):
        return None
    scores = {}
    for d in DIMENSIONS:
        try:
            scores[d] = round(min(1.0, max(0.0, float(value.get(d)))), 3)
        except (TypeError, ValueError):
            return None
    return Verdict(key, data_type, scores, str(value.get("notes") or ""))


def batch_flagged(verdicts: list[Verdict], threshold: float) -> bool:
    return bool(verdicts) and sum(v.overall for v in verdicts) / len(verdicts) < threshold
