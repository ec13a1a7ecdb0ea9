"""Write samples/interactions_other_generator/: batches from "StoryForge", a generator that is not ours.

The records (scripts/other_generator/records.yaml) keep our data types' meanings under StoryForge's own field
names and nesting, plus one data type of its own (rumor_mill). This script plants the defects listed in
DEFECTS below on copies of valid records, writes each type in a different messy format (a <think> block and a
fenced object with a trailing comma, JSON Lines cut short, a wrapper object with mojibake, Python dict output,
two concatenated documents, a BOM with CRLF line ends, a header-less array), and writes MANIFEST.json: what the
build must do with every record. The config beside it (unwritten.yaml) holds the field_map that
`unwritten schema` proposes for the folder and the rumor_mill type. Deterministic: re-running it rewrites the
same bytes (tests/test_other_generator.py checks), the config included: its field_map is what `unwritten
schema` proposes today, so a change of the matcher that changes the proposal shows up as a diff.

    python scripts/make_other_generator_samples.py [--out samples/interactions_other_generator]
"""

from __future__ import annotations

import argparse
import copy
import json
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
RECORDS = REPO / "scripts" / "other_generator" / "records.yaml"
OUT = REPO / "samples" / "interactions_other_generator"

#: (id, data type, index of the valid record copied, {their dotted path: new value}, expected handling, what)
DEFECTS: list[tuple[str, str, int, dict[str, Any], dict[str, str], str]] = [
    ("S01", "emotional_authenticity", 2,
     {"request.support_required": 8.5,
      "limit_note": "Capacity 3.5 + 2 = 5.5 max support, but she gives 8 and reads the whole poem twice."},
     {"outcome": "reject", "reason": "rule_capacity_x_plus_2", "rule": "capacity.x_plus_2"},
     "X+2 broken where only the constraint sentence states the support given (8 > 5.5)"),
    ("S02", "emotional_authenticity", 1, {"capacity.now": 7.5},
     {"outcome": "reject", "reason": "rule_capacity_effective_formula", "rule": "capacity.effective_formula"},
     "effective capacity 7.5 but 6.0 - 1.5 + 1.0 = 5.5"),
    ("S03", "emotional_authenticity", 4, {"scores.authenticity": "130%"},
     {"outcome": "reject", "reason": "score_out_of_range"}, "authenticity written as a percentage above 100"),
    ("S04", "personality_traits", 3, {"rating": 0.45},
     {"outcome": "reject", "reason": "below_quality_threshold"}, "quality 0.45 below the 0.6 threshold"),
    ("S05", "memory_resonance", 2, {"echo.weight": 0.6},
     {"outcome": "flag", "rule": "memory.resonance_weight"}, "same_emotion_different_context weighted 0.6, not 0.8"),
    ("S06", "relationship_scoring", 1, {},
     {"outcome": "reject", "reason": "exact_duplicate"}, "a verbatim copy of an earlier record"),
    ("S07", "relationship_scoring", 3, {"verdict.trust_delta": 1.6},
     {"outcome": "reject", "reason": "value_out_of_range"}, "trust change 1.6 outside [-1, 1]"),
    ("S08", "dramatic_irony", 1, {"choices.2.effect": 1.2},
     {"outcome": "flag", "rule": "irony.relationship_impact"}, "growth option impact +1.2 outside +0.3..+0.8"),
    ("S09", "dramatic_irony", 2, {"choices.1.says": None},
     {"outcome": "reject", "reason": "missing_required_field"}, "one option has no line"),
    ("S10", "tension_building", 1, {"payoff_window_weeks": {"min": 2, "max": 3}},
     {"outcome": "flag", "rule": "tension.payoff_window"}, "contradiction paid off in 2-3 weeks (window 5-8)"),
    ("S11", "multi_step", 2, {"training_metadata.quality_score": 0.4},
     {"outcome": "reject", "reason": "below_quality_threshold"}, "quality 0.4 below the 0.6 threshold"),
    ("S12", "rumor_mill", 0, {"believability": 1.4},
     {"outcome": "reject", "reason": "score_out_of_range"}, "a user type's 0-1 score at 1.4"),
]
#: The last PT line is cut in the middle (a generation stopped by max_tokens).
TRUNCATED = ("S13", "personality_traits", 0, {"outcome": "reject", "reason": "truncated_record"},
             "the last JSON line is cut off mid-record")


def _set(obj: Any, dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for p in parts[:-1]:
        obj = obj[int(p)] if isinstance(obj, list) else obj[p]
    last = parts[-1]
    if value is None:
        del obj[last]
    elif isinstance(obj, list):
        obj[int(last)] = value
    else:
        obj[last] = value


def _mojibake(text: str) -> str:
    """UTF-8 bytes read as cp1252: what a pipeline with the wrong codec writes."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def build_records() -> dict[str, list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Per type: (record, manifest entry) in file order; valid records first, then the planted defects."""
    src = yaml.safe_load(RECORDS.read_text(encoding="utf-8"))
    out: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for data_type, records in src.items():
        out[data_type] = [(copy.deepcopy(r), {"expected": {"outcome": "accept"}}) for r in records]
    for did, data_type, base, edits, expected, what in DEFECTS:
        r = copy.deepcopy(src[data_type][base])
        for path, value in edits.items():
            _set(r, path, value)
        out[data_type].append((r, {"defect": did, "expected": expected, "description": what}))
    return out


def render(records: dict[str, list[tuple[dict, dict]]]) -> dict[str, tuple[str, list[tuple[int, int, dict]]]]:
    """{file name: (text, [(document, index, manifest entry)])} in each type's messy format."""
    files: dict[str, tuple[str, list[tuple[int, int, dict]]]] = {}

    def entries(rows, doc=0, start=0):
        return [(doc, start + i, m) for i, (_, m) in enumerate(rows)]

    ea = records["emotional_authenticity"]
    body = _dump({"generator": "StoryForge 3.1", "category": "Emotional Authenticity", "version": "1.2",
                  "items": [r for r, _ in ea]})
    body = body[:body.rindex("]")].rstrip() + ",\n  ]\n}"  # a trailing comma before the closing bracket
    files["storyforge_20261102_emotional.txt"] = (
        "<think>\nThe user wants emotional authenticity samples with capacity math. Let me be careful with "
        "the X+2 rule.\n</think>\n\nHere are the samples:\n\n```json\n" + body + "\n```\n", entries(ea))

    pt = records["personality_traits"]
    lines = [json.dumps({"dataType": "Personality", **r}, ensure_ascii=False) for r, _ in pt]
    cut = json.dumps({"dataType": "Personality", **records["personality_traits"][0][0],
                      "speaker": "Marit Solberg"}, ensure_ascii=False)
    lines.append(cut[:len(cut) // 2])
    did, _, _, expected, what = TRUNCATED
    files["storyforge_20261102_personality.jsonl"] = (
        "\n".join(lines) + "\n", entries(pt) + [(0, len(pt), {"defect": did, "expected": expected,
                                                              "description": what})])

    mr = records["memory_resonance"]
    rows = [r for r, _ in mr]
    rows[1] = copy.deepcopy(rows[1])
    rows[1]["says"] = rows[1]["says"].replace("I'm", "I\u2019m")
    text = _dump({"data_type": "memory_resonance", "request_id": "sf-7731",
                  "response": {"model": "storyforge-3", "output": rows}})
    said = json.dumps(rows[1]["says"], ensure_ascii=False)
    text = text.replace(said, _mojibake(said))  # one record's line went through the wrong codec
    files["storyforge_20261102_memory.json"] = (text + "\n", entries(mr))

    rs = records["relationship_scoring"]
    py = "[\n" + ",\n".join(repr({"sample_type": "relationship", **r}) for r, _ in rs) + "\n]\n"
    files["storyforge_20261102_relationship.txt"] = (
        "# StoryForge debug dump (python repr)\n" + py, entries(rs))

    di = records["dramatic_irony"]
    first, second = di[:3], di[3:]
    doc1 = _dump({"data_type": "dramatic_irony", "batch": 1, "items": [r for r, _ in first]})
    doc2 = _dump({"data_type": "dramatic_irony", "batch": 2, "items": [r for r, _ in second]})
    files["storyforge_20261102_irony.txt"] = (doc1 + "\n" + doc2 + "\n", entries(first, 0) + entries(second, 1))

    tb = records["tension_building"]
    text = _dump([{"data_type": "tension_building", **r} for r, _ in tb]).replace("\n", "\r\n")
    files["storyforge_20261102_tension.json"] = ("\ufeff" + text + "\r\n", entries(tb))

    ms = records["multi_step"]
    files["storyforge_multi_step_20261102.json"] = (_dump([r for r, _ in ms]) + "\n", entries(ms))

    rm = records["rumor_mill"]
    files["storyforge_20261102_rumors.json"] = (
        _dump({"data_type": "rumor_mill", "batch": 1, "samples": [r for r, _ in rm]}) + "\n", entries(rm))
    return files


def write(out: Path) -> dict[str, Any]:
    records = build_records()
    files = render(records)
    batches = out / "batches"
    batches.mkdir(parents=True, exist_ok=True)
    manifest_files = []
    for name, (text, rows) in sorted(files.items()):
        (batches / name).write_bytes(text.encode("utf-8"))
        manifest_files.append({"path": f"batches/{name}", "records": [
            {"document": d, "index": i, **m} for d, i, m in rows]})
    counts: dict[str, int] = {}
    for f in manifest_files:
        for r in f["records"]:
            counts[r["expected"]["outcome"]] = counts.get(r["expected"]["outcome"], 0) + 1
    manifest = {
        "generated_by": "scripts/make_other_generator_samples.py",
        "generator": "StoryForge 3.1 (fictional): another studio's generator with its own field names",
        "conventions": {"document": "0-based JSON document in the file", "index": "0-based sample position in it",
                        "expected.outcome": "accept | flag (kept or dropped by drop_rules, the rule named) | reject"},
        "totals": {"files": len(manifest_files), "records": sum(counts.values()), "by_outcome": counts,
                   "by_data_type": {t: len(v) for t, v in records.items()}},
        "files": manifest_files,
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


#: StoryForge's own data type, as `unwritten schema` drafts it and then checked by hand: a description, the
#: believability shown to the model, the scenario group and a system prompt of our own.
RUMOR_MILL_TYPE = """\
    rumor_mill:
      description: a character hears a rumour about someone they know and answers in character
      quality_threshold: 0.6
      fields:
        character_name: {type: string, required: true}
        rumor: {type: string, required: true}
        heard_from: {type: string, required: true}
        npc_reply: {type: string, required: true}
        spread_risk: {type: number, range: score, required: true}
        believability: {type: number, range: score, required: true}
        quality: {type: number, range: score, required: true}
      roles:
        answer: npc_reply
        context: [character_name, rumor, heard_from, believability]
        quality: [quality]
        name: character_name
        group: [character_name, rumor]
        prose: [npc_reply]
      template:
        human: |-
          {{ lines([
            ["Character", character_name],
            ["Rumour", rumor],
            ["Heard from", heard_from],
            ["How believable (0-1)", believability | n],
          ]) }}

          Respond in character to the rumour.
        assistant: "{{ npc_reply }}"
      system_prompt: >-
        You are a character in a narrative game set in a small town. Someone tells you a rumour; answer in
        character, as yourself, in one short spoken reply.
"""

CONFIG_HEAD = """\
# Build config for samples/interactions_other_generator/: batches written by "StoryForge", another studio's
# generator with its own field names and nesting (see MANIFEST.json there). Run from the repository root:
#
#     unwritten schema samples/interactions_other_generator      # proposes the field_map below
#     unwritten build --config samples/interactions_other_generator/unwritten.yaml
#
# `field_map` is exactly what `unwritten schema` proposes for the folder (scripts/make_other_generator_samples.py
# writes it from the command's proposal; tests/test_other_generator.py checks it is unchanged).
# `types.rumor_mill` is StoryForge's own data type: the draft `unwritten schema` writes, checked by hand.
root: ../..
inputs:
  interactions: [samples/interactions_other_generator/batches]
  manuscripts: []

"""

CONFIG_TAIL = """
output:
  dir: build/storyforge/dataset             # build/ is git-ignored
  report: build/storyforge/dataset.build.json
  rejects: build/storyforge/dataset.rejects.jsonl
"""


def write_config(out: Path) -> str:
    """unwritten.yaml: the field_map `unwritten schema` proposes for the folder, plus the rumor_mill type."""
    import sys

    sys.path.insert(0, str(REPO))
    from curation.ingest.interactions.field_match import field_map_yaml
    from curation.ingest.interactions.schema_report import schema_report

    report = schema_report([out])
    proposed = field_map_yaml(report.matches)  # "interactions:\n  field_map:\n ..."
    text = CONFIG_HEAD + proposed + "  types:\n" + RUMOR_MILL_TYPE + CONFIG_TAIL
    (out / "unwritten.yaml").write_text(text, encoding="utf-8")
    return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args()
    m = write(Path(a.out))
    write_config(Path(a.out))
    print(json.dumps(m["totals"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
