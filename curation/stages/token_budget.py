"""Token budget: count every row as the trainer sees it, and apply an explicit length policy.

Each converted record gets ``metadata["token_count"]``: the tokens of its conversation rendered with the
chat template. A row longer than ``sequence_len`` (minus ``margin``) is never truncated; per
``tokens.policy`` it is

- ``drop``: rejected with reason ``over_sequence_len``;
- ``split``: a scene is cut at paragraph (then sentence, then word) boundaries into parts that each fit,
  every part keeping the system and prompt turns (plus a "Part i of n" note) and the scene's group, so
  the parts land in the same split; interactions cannot be cut and are rejected as under ``drop``;
- ``raise``: the build stops with one line naming the source file and place.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..records import Record, stable_id
from ..tokens import CHATML_ROLES, TokenCounter, get_counter, render_chatml
from .base import Context, Stage
from .settings import ContractRoles, TokensConfig

BATCH = 512

#: Boundaries tried in order when cutting a scene; the separator stays attached to the piece before it.
_BOUNDARIES = (re.compile(r"(\n\s*\n)"), re.compile(r"((?<=[.!?…])[\"'”’)\]]*\s+)"), re.compile(r"(\s+)"))


def _pieces(text: str, level: int) -> list[str]:
    parts = _BOUNDARIES[level].split(text)
    pieces = ["".join(parts[i : i + 2]) for i in range(0, len(parts), 2)]
    return [p for p in pieces if p]


def percentile(values: list[int], q: float) -> int:
    """Nearest-rank percentile (q in 0..100) of integer counts; 0 for no values."""
    if not values:
        return 0
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def token_summary(counts: list[int]) -> dict[str, int]:
    return {
        "rows": len(counts),
        "total": sum(counts),
        "min": min(counts, default=0),
        "p50": percentile(counts, 50),
        "p90": percentile(counts, 90),
        "p99": percentile(counts, 99),
        "max": max(counts, default=0),
    }


class TokenBudget(Stage):
    name = "tokens"
    local = True

    def __init__(
        self,
        counter: TokenCounter,
        sequence_len: int = 2048,
        policy: str = "split",
        margin: int = 0,
        part_note: str = "(Part {part} of {parts}.)",
        roles: dict[str, str] | None = None,
    ) -> None:
        if policy not in ("drop", "split", "raise"):
            raise ValueError(f"unknown token policy {policy!r}")
        self.counter = counter
        self.sequence_len = sequence_len
        self.limit = sequence_len - margin
        self.policy = policy
        self.part_note = part_note
        self.roles = roles  # our role name -> chat-template role
        self._system_counts: dict[str, int] = {}  # rendered system turn -> its count (additive counters)

    @classmethod
    def from_config(cls, t: TokensConfig, roles: ContractRoles, resolve: Callable[[str], Path] = Path) -> TokenBudget:
        """From the `stages.tokens` section; `roles` are the row contract's, `resolve` makes the configured
        tokenizer path absolute (the config's root)."""
        r = roles
        tokenizer_json = str(resolve(t.tokenizer_json)) if t.tokenizer_json else None
        return cls(
            get_counter(t.encoding, tokenizer_json),
            sequence_len=t.sequence_len,
            policy=t.policy,
            margin=t.margin,
            part_note=t.part_note,
            roles={r.system: "system", r.user: "user", r.assistant: "assistant"},
        )

    def _role(self, name: str) -> str:
        return (self.roles or CHATML_ROLES).get(name, name)

    # ---- counting -------------------------------------------------------------------------------
    def count_turns(self, turns: list[dict[str, str]]) -> int:
        return self.counter.count(render_chatml(turns, self.roles))

    def count_conversations(self, conversations: list[list[dict[str, str]]]) -> list[int]:
        """Each conversation's count as rendered with the chat template. With a counter whose counts add up
        over chatml turns (`additive_turns`), a system turn (one of a few prompts shared by thousands of
        rows, a fifth of their tokens) is counted once and remembered."""
        if not getattr(self.counter, "additive_turns", False):
            return self.counter.count_batch([render_chatml(c, self.roles) for c in conversations])
        known = self._system_counts
        totals = [0] * len(conversations)
        texts: list[str] = []
        owners: list[int] = []
        for i, turns in enumerate(conversations):
            for t in turns:
                text = render_chatml((t,), self.roles)
                if self._role(t["from"]) == "system":
                    n = known.get(text)
                    if n is None:
                        if len(known) >= 256:
                            known.clear()
                        n = known[text] = self.counter.count(text)
                    totals[i] += n
                else:
                    texts.append(text)
                    owners.append(i)
        for i, n in zip(owners, self.counter.count_batch(texts), strict=True):
            totals[i] += n
        return totals

    def process(self, records: Iterable[Record], ctx: Context) -> Iterator[Record]:
        kept: dict[str, list[int]] = {}
        batch: list[Record] = []

        def flush() -> Iterator[Record]:
            convs = [r for r in batch if r.conversations]
            counts = self.count_conversations([r.conversations for r in convs])
            by_id = {id(r): n for r, n in zip(convs, counts, strict=False)}
            for r in batch:
                if not r.conversations:  # not converted: the row contract rejects it with its reason
                    yield r
                    continue
                for out in self._apply(r, by_id[id(r)], ctx):
                    kept.setdefault(out.kind, []).append(out.metadata["token_count"])
                    yield out
            batch.clear()

        for r in records:
            batch.append(r)
            if len(batch) >= BATCH:
                yield from flush()
        yield from flush()
        self.end(ctx, kept)

    @staticmethod
    def merge(states: list[Any]) -> Any:
        """The parts' counts in order, gathered into the first part's lists (merged file by file: no copy)."""
        kept: dict[str, list[int]] = states[0] if states else {}
        for part in states[1:]:
            for kind, counts in part.items():
                kept.setdefault(kind, []).extend(counts)
        return kept

    def finish(self, ctx: Context, state: Any) -> None:
        """The counts of every kept record into the stage's note."""
        kept: dict[str, list[int]] = state
        everything = [n for counts in kept.values() for n in counts]
        ctx.note(
            self,
            counter=self.counter.name,
            exact=self.counter.exact,
            sequence_len=self.sequence_len,
            limit=self.limit,
            policy=self.policy,
            all=token_summary(everything),
            by_kind={k: token_summary(v) for k, v in sorted(kept.items())},
        )

    def _apply(self, r: Record, n: int, ctx: Context) -> Iterator[Record]:
        if n <= self.limit:
            r.metadata["token_count"] = n
            yield r
            return
        where = f"{r.source.file}: {r.source.locator or f'item {r.source.index}'}"
        if self.policy == "raise":
            raise UserError(
                f"{where}: {n} tokens exceed sequence_len {self.sequence_len}"
                f"{f' - margin {self.sequence_len - self.limit}' if self.limit != self.sequence_len else ''}"
                " (stages.tokens.policy: raise)"
            )
        if self.policy == "split" and r.kind == "scene":
            parts = self.split(r)
            if parts is not None:
                ctx.created(self, len(parts) - 1)
                ctx.note(self, split_scenes=ctx.ledger.stage(self.name).notes.get("split_scenes", 0) + 1)
                yield from parts
                return
            ctx.reject(self, r, "prompt_over_sequence_len", tokens=n, sequence_len=self.sequence_len)
            return
        ctx.reject(self, r, "over_sequence_len", tokens=n, sequence_len=self.sequence_len)

    # ---- splitting scenes -----------------------------------------------------------------------
    def split(self, r: Record) -> list[Record] | None:
        """Cut the scene's answer into parts that each fit; None when even the prompt alone does not fit."""
        answers = [i for i, t in enumerate(r.conversations) if self._role(t["from"]) == "assistant"]
        answer_at = answers[-1] if answers else None
        if answer_at is None:
            return None
        text = r.conversations[answer_at]["value"]
        # room for the answer once the other turns and the longest possible part note are in
        skeleton = self._with_answer(r, answer_at, "", 99, 99)
        room = self.limit - self.count_turns(skeleton) - 2
        if room < 16:
            return None
        for attempt in range(6):  # token counts are not additive across boundaries: shrink and retry
            texts = self._pack(text, int(room * (0.95**attempt)))
            convs = [self._with_answer(r, answer_at, t, i + 1, len(texts)) for i, t in enumerate(texts)]
            counts = self.counter.count_batch([render_chatml(c, self.roles) for c in convs])
            if max(counts) <= self.limit:
                return [
                    self._part(r, c, t, n, i + 1, len(texts))
                    for i, (c, t, n) in enumerate(zip(convs, texts, counts, strict=False))
                ]
        return None

    def _pack(self, text: str, room: int) -> list[str]:
        """Greedy packing of boundary pieces into parts of near-equal size, each at most `room` tokens."""
        pieces = self._fitting_pieces(text, room, 0)
        sizes = self.counter.count_batch(pieces)
        n_parts = max(1, math.ceil(sum(sizes) / room))
        target = sum(sizes) / n_parts
        parts: list[str] = []
        current: list[str] = []
        size = 0
        for piece, s in zip(pieces, sizes, strict=False):
            if current and (size + s > room or size >= target):
                parts.append("".join(current))
                current, size = [], 0
            current.append(piece)
            size += s
        if current:
            parts.append("".join(current))
        return [p.strip() for p in parts if p.strip()]

    def _fitting_pieces(self, text: str, room: int, level: int) -> list[str]:
        out: list[str] = []
        pieces = _pieces(text, level)
        for piece, s in zip(pieces, self.counter.count_batch(pieces), strict=False):
            if s <= room or level == len(_BOUNDARIES) - 1:
                out.append(piece)
            else:
                out.extend(self._fitting_pieces(piece, room, level + 1))
        return out

    def _with_answer(self, r: Record, at: int, answer: str, part: int, parts: int) -> list[dict[str, str]]:
        turns = [dict(t) for t in r.conversations]
        turns[at]["value"] = answer
        prompt_at = next((i for i in range(at - 1, -1, -1) if self._role(turns[i]["from"]) == "user"), None)
        if prompt_at is not None and self.part_note:
            note = self.part_note.format(part=part, parts=parts)
            turns[prompt_at]["value"] = f"{turns[prompt_at]['value'].rstrip()}\n\n{note}"
        return turns

    def _part(self, r: Record, turns: list[dict[str, str]], text: str, n: int, part: int, parts: int) -> Record:
        metadata = {**r.metadata, "token_count": n, "split_part": part, "split_parts": parts}
        if "word_count" in metadata:
            metadata["word_count"] = len(text.split())
        data = {**r.data, "text": text} if "text" in r.data else dict(r.data)
        return dataclasses.replace(
            r,
            id=stable_id(r.id, "part", part),
            conversations=turns,
            metadata=metadata,
            data=data,
            repairs=list(r.repairs),
            violations=list(r.violations),
            group=r.group or r.id,
            origin=r.origin or r.id,
        )
