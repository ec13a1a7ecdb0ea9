"""Records written as a log of events in the order the pipeline's workers finished (a different order in every
record), each event found by its name (`jobs[job=brief].out.scene`) and numbered as it was appended.

- The order the records write their fields is read event by event: fields in two events are written one way round
  in one record and the other way in the next, so their order says nothing (before, the log's items were read
  through its first item only, no field inside a named event was seen at all, and three texts of the same shape
  were placed "in the order written" by the events' mean place).
- An event's number in the log (1..N in every record, each once) is its place, not a value of ours (before, it was
  taken as the support a request needs, and the records' capacity rule then rejected valid records).
- A name is short in characters too: a system prompt of a chat transcript in a script written without spaces
  between words (Lao, Thai) counts few words but is no character's name.

Witnesses: fresh21's Vijayawada event streams (`ఘటనలు[ఘటన=...]`, a `క్రమం` number in every event) and its Luang
Prabang chat rows (a Lao system prompt); the dialects below are written here, in other words and layouts.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import yaml

from curation.ingest.interactions.field_match import (
    _walk_paths,
    _written_in_one_order,
    elements_read,
    field_map,
    interactions_yaml,
)
from curation.ingest.interactions.profile import element_counters, profile_samples
from curation.ingest.interactions.schema_report import schema_report


def _write(root: Path, data_type: str, samples: list[dict[str, Any]]) -> Path:
    folder = root / "batches"
    folder.mkdir(parents=True)
    body = {"data_type": data_type, "master_truths_version": "v1.2", "samples": samples}
    (folder / f"{data_type}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def _proposed(folder: Path, data_type: str) -> dict[str, str]:
    written = interactions_yaml({"field_map": field_map(schema_report([folder]).matches)})
    return yaml.safe_load(written)["interactions"]["field_map"].get(data_type, {})


def _job_log(originals: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Irony records as a job log: intake (who, what they believe), brief (the scene, what the player was told),
    judge (the marks), the jobs appended as they finished and numbered in that order."""
    rng = random.Random(seed)
    out = []
    for i, s in enumerate(copy.deepcopy(originals)):
        intake = {"who": s.pop("character_name"), "believes": s.pop("character_knows")}
        if i % 3 == 2:
            del intake["who"]  # (the name is optional: a third of the records leave it out)
        jobs = [
            {"job": "intake", "out": intake},
            {"job": "brief", "out": {"scene": s.pop("scenario"), "told": s.pop("player_knows")}},
            {
                "job": "judge",
                "out": {
                    "gap": s.pop("knowledge_gap_score"),
                    "irony": s.pop("dramatic_irony_score"),
                    "cap": s.pop("character_capacity"),
                    "remark": s.pop("tension_notes"),
                },
            },
        ]
        rng.shuffle(jobs)
        for n, job in enumerate(jobs, 1):
            job["n"] = n
            job["ms"] = rng.randint(40, 4000)
        s["jobs"] = jobs
        out.append(s)
    return out


def test_fields_in_events_are_read_in_each_records_order(valid):
    """The order the matcher reads holds the fields inside each named event, record by record; shuffled events are
    no one order (a tie between texts is then not settled by it), events a pipeline always writes in one order are."""
    originals = valid["dramatic_irony"]
    for shuffled in (True, False):
        samples = _job_log(originals, 11)
        if not shuffled:
            for s in samples:
                s["jobs"].sort(key=lambda job: job["job"])
        tp = profile_samples("dramatic_irony", samples)
        elements = elements_read(tp)
        assert elements["jobs"][0] == "job"
        written = []
        for s in tp.samples:
            seen: list[str] = []
            _walk_paths(s, "", seen, elements)
            written.append(seen)
        assert all("jobs[job=brief].out.scene" in w and "jobs[job=intake].out.believes" in w for w in written)
        texts = ["jobs[job=brief].out.scene", "jobs[job=brief].out.told", "jobs[job=intake].out.believes"]
        assert _written_in_one_order(written, texts, ["jobs[job=judge].out.gap"]) is not shuffled


def _support_log(originals: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Support records as an event log of five events, each numbered as it was appended."""
    rng = random.Random(seed)
    out = []
    for s in copy.deepcopy(originals):
        events = [
            {"ev": "profiled", "data": {"who": s.pop("character_name"), "story": s.pop("context")}},
            {
                "ev": "measured",
                "data": {
                    "from": s.pop("base_capacity"),
                    "hits": s.pop("capacity_factors"),
                    "now": s.pop("effective_capacity"),
                    "band": s.pop("capacity_level"),
                },
            },
            {
                "ev": "asked",
                "data": {
                    "ask": s.pop("situation"),
                    "needs": s.pop("support_level_needed"),
                    "kind": s.pop("complexity_type"),
                },
            },
            {
                "ev": "answered",
                "data": {
                    "line": s.pop("character_response"),
                    "inner": s.pop("internal_thought"),
                    "limit": s.pop("demonstrates_constraint"),
                },
            },
            {"ev": "scored", "data": {"real": s.pop("authenticity_score")}},
        ]
        rng.shuffle(events)
        for n, ev in enumerate(events, 1):
            ev["seq"] = n
        s["stream"] = events
        out.append(s)
    return out


def test_an_events_number_in_the_log_is_its_place_not_a_value(valid):
    tp = profile_samples("emotional_authenticity", _support_log(valid["emotional_authenticity"], 5))
    counters = element_counters(tp)
    assert "stream[ev=asked].seq" in counters
    assert "stream[ev=asked].data.needs" not in counters


def test_the_support_needed_is_not_read_from_an_events_number(tmp_path, valid):
    originals = valid["emotional_authenticity"]
    folder = _write(tmp_path, "emotional_authenticity", _support_log(originals, 5))
    lines = _proposed(folder, "emotional_authenticity")
    assert lines.get("stream[ev=asked].data.needs") == "support_level_needed", lines
    assert not any(k.endswith(".seq") for k in lines), lines


def test_numbers_that_repeat_within_a_record_are_no_count(valid):
    """A member every event holds whose values repeat within a record (a retry count) is a value, not a place."""
    rng = random.Random(3)
    samples = _support_log(valid["emotional_authenticity"], 5)
    for s in samples:
        for ev in s["stream"]:
            ev["seq"] = rng.choice([1, 2])
    tp = profile_samples("emotional_authenticity", samples)
    assert not element_counters(tp)


#: a system prompt in Thai (no spaces between words): "You are a character in the story; answer briefly, in character"
_SYSTEM = "คุณคือตัวละครในเรื่องนี้ ตอบสั้นๆ ตามบทบาทของตัวเอง และอย่าออกนอกเรื่อง"


def test_a_sentence_without_spaces_is_no_name(tmp_path, valid):
    """A chat row: the system prompt (the same in every record), the user turn, the assistant turn, and the cast."""
    originals = valid["tension_building"]
    out = []
    for s in copy.deepcopy(originals):
        turns = [
            {"who": "sys", "text": _SYSTEM},
            {"who": "usr", "text": s.pop("context")},
            {"who": "bot", "text": s.pop("dialogue")},
        ]
        out.append({"turns": turns, "cast": {"called": s.pop("character_name")}, **s})
    folder = _write(tmp_path, "tension_building", out)
    lines = _proposed(folder, "tension_building")
    assert lines.get("cast.called") == "character_name", lines
    assert "turns[who=sys].text" not in lines, lines


def test_causes_longer_than_a_label_are_still_name_value_texts(tmp_path, valid):
    """Capacity factors written as "cause: number" texts whose cause is a whole clause (over 60 characters): the list
    is still read as name-value pairs, so the factors are mapped and the capacity rules can read them."""
    originals = valid["emotional_authenticity"]
    out = []
    for s in copy.deepcopy(originals):
        pressures = [
            f"{f['factor'].replace('_', ' ')} since the night the yard's water tank split open: {f['impact']:+g}"
            for f in s.pop("capacity_factors")
        ]
        out.append(
            {"strain": {"list": pressures, "from": s.pop("base_capacity"), "now": s.pop("effective_capacity")}, **s}
        )
    tp = profile_samples("emotional_authenticity", out)
    assert tp.fields["strain.list[]"].pair_texts == tp.fields["strain.list[]"].text_count
    folder = _write(tmp_path, "emotional_authenticity", out)
    lines = _proposed(folder, "emotional_authenticity")
    assert lines.get("strain.list") == "capacity_factors", lines
