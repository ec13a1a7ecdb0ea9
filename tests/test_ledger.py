"""The ledger adds up per stage and per build, and refuses counts that do not."""

from __future__ import annotations

import json

import pytest

from curation.errors import LedgerMismatch
from curation.records import Record, Source
from curation.stages.base import Context, Filter, SourceStep, Stage, chain


class Numbers(SourceStep):
    name = "numbers"

    def read(self, ctx):
        for i in range(10):
            if i == 3:
                ctx.reject_item(self, "unreadable", source_file="n.json", index=i)
                continue
            yield Record(id=f"r{i}", kind="interaction", source=Source("n.json", i), metadata={"quality": i / 10})


class DropLow(Filter):
    name = "drop_low"

    def check(self, record, ctx):
        return ("below_quality_threshold", {"quality": record.quality}) if record.quality < 0.5 else None


class Duplicate(Stage):
    name = "duplicate"

    def process(self, records, ctx):
        for r in records:
            yield r
            if r.id == "r9":
                ctx.created(self)
                yield Record(id="r9#2", kind=r.kind, source=r.source, origin=r.id)


class Leaky(Stage):
    name = "leaky"

    def process(self, records, ctx):
        for r in records:
            if r.id != "r5":
                yield r  # drops r5 without a reason


def test_counts_add_up_with_rejects_and_expansion():
    ctx = Context()
    src = Numbers()
    out = list(chain(src(ctx), [DropLow(), Duplicate()], ctx))
    assert [r.id for r in out] == ["r5", "r6", "r7", "r8", "r9", "r9#2"]
    ctx.ledger.check(n_source=ctx.ledger.stage("numbers").n_in, n_output=len(out))
    d = {s["stage"]: s for s in ctx.ledger.to_list()}
    assert d["numbers"]["in"] == 10 and d["numbers"]["rejected_by_reason"] == {"unreadable": 1}
    assert d["drop_low"]["rejected_by_reason"] == {"below_quality_threshold": 4}
    assert d["duplicate"]["created"] == 1
    rows = [json.loads(x) for x in ctx.rejects.to_jsonl().splitlines()]
    assert len(rows) == 5 and all(r["source_file"] == "n.json" for r in rows)
    assert {r["stage"] for r in rows} == {"numbers", "drop_low"}


def test_silent_loss_is_refused():
    ctx = Context()
    src = Numbers()
    out = list(chain(src(ctx), [Leaky()], ctx))
    with pytest.raises(LedgerMismatch, match="leaky"):
        ctx.ledger.check(n_source=ctx.ledger.stage("numbers").n_in, n_output=len(out))


def test_drop_share_warning():
    ctx = Context()
    list(chain(Numbers()(ctx), [DropLow()], ctx))
    warnings = ctx.ledger.warnings(0.3)
    assert len(warnings) == 1 and "drop_low" in warnings[0]
