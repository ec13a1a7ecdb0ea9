"""Write samples/interactions_other_generator/: batches from "StoryForge", a generator that is not ours.

The records (scripts/other_generator/records.yaml) keep our data types' meanings under StoryForge's own field
names and nesting, plus one data type of its own (rumor_mill). This script plants the defects listed in
scripts/other_generator/defects.yaml on copies of valid records, writes each type in a different messy format
(a <think> block and a fenced object with a trailing comma, JSON Lines cut short, a wrapper object with mojibake,
Python dict output, two concatenated documents, a BOM with CRLF line ends, a header-less array), and writes
MANIFEST.json: what the build must do with every record. The config beside it (unwritten.yaml) holds the
field_map that `unwritten schema` proposes for the folder and the rumor_mill type. Deterministic: re-running it
rewrites the same bytes (tests/test_other_generator.py checks), the config included: its field_map is what
`unwritten schema` proposes today, so a change of the matcher that changes the proposal shows up as a diff.

    python scripts/make_other_generator_samples.py [--out samples/interactions_other_generator]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))  # scripts/ is no package: its sibling module
from sample_planting import dumps as _dump
from sample_planting import mojibake as _mojibake
from sample_planting import set_path

REPO = Path(__file__).resolve().parents[1]
RECORDS = REPO / "scripts" / "other_generator" / "records.yaml"
DEFECTS = REPO / "scripts" / "other_generator" / "defects.yaml"
OUT = REPO / "samples" / "interactions_other_generator"


def _defects() -> dict[str, Any]:
    return yaml.safe_load(DEFECTS.read_text(encoding="utf-8"))


def build_records() -> dict[str, list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Per type: (record, manifest entry) in file order; valid records first, then the planted defects."""
    src = yaml.safe_load(RECORDS.read_text(encoding="utf-8"))
    out: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for data_type, records in src.items():
        out[data_type] = [(copy.deepcopy(r), {"expected": {"outcome": "accept"}}) for r in records]
    for d in _defects()["defects"]:
        r = copy.deepcopy(src[d["data_type"]][d["copy_of"]])
        for path, value in d["set"].items():
            set_path(r, path, value)
        out[d["data_type"]].append((r, {"defect": d["id"], "expected": d["expected"], "description": d["description"]}))
    return out


def render(records: dict[str, list[tuple[dict, dict]]]) -> dict[str, tuple[str, list[tuple[int, int, dict]]]]:
    """{file name: (text, [(document, index, manifest entry)])} in each type's messy format."""
    files: dict[str, tuple[str, list[tuple[int, int, dict]]]] = {}

    def entries(rows, doc=0, start=0):
        return [(doc, start + i, m) for i, (_, m) in enumerate(rows)]

    ea = records["emotional_authenticity"]
    body = _dump(
        {
            "generator": "StoryForge 3.1",
            "category": "Emotional Authenticity",
            "version": "1.2",
            "items": [r for r, _ in ea],
        }
    )
    body = body[: body.rindex("]")].rstrip() + ",\n  ]\n}"  # a trailing comma before the closing bracket
    files["storyforge_20261102_emotional.txt"] = (
        "<think>\nThe user wants emotional authenticity samples with capacity math. Let me be careful with "
        "the X+2 rule.\n</think>\n\nHere are the samples:\n\n```json\n" + body + "\n```\n",
        entries(ea),
    )

    pt = records["personality_traits"]
    cut_off = _defects()["truncated"]
    lines = [json.dumps({"dataType": "Personality", **r}, ensure_ascii=False) for r, _ in pt]
    cut = json.dumps(
        {"dataType": "Personality", **pt[cut_off["copy_of"]][0], "speaker": "Marit Solberg"}, ensure_ascii=False
    )
    lines.append(cut[: len(cut) // 2])
    files["storyforge_20261102_personality.jsonl"] = (
        "\n".join(lines) + "\n",
        entries(pt)
        + [
            (
                0,
                len(pt),
                {"defect": cut_off["id"], "expected": cut_off["expected"], "description": cut_off["description"]},
            )
        ],
    )

    mr = records["memory_resonance"]
    rows = [r for r, _ in mr]
    rows[1] = copy.deepcopy(rows[1])
    rows[1]["says"] = rows[1]["says"].replace("I'm", "I\u2019m")
    text = _dump(
        {
            "data_type": "memory_resonance",
            "request_id": "sf-7731",
            "response": {"model": "storyforge-3", "output": rows},
        }
    )
    said = json.dumps(rows[1]["says"], ensure_ascii=False)
    text = text.replace(said, _mojibake(said))  # one record's line went through the wrong codec
    files["storyforge_20261102_memory.json"] = (text + "\n", entries(mr))

    rs = records["relationship_scoring"]
    py = "[\n" + ",\n".join(repr({"sample_type": "relationship", **r}) for r, _ in rs) + "\n]\n"
    files["storyforge_20261102_relationship.txt"] = ("# StoryForge debug dump (python repr)\n" + py, entries(rs))

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
        _dump({"data_type": "rumor_mill", "batch": 1, "samples": [r for r, _ in rm]}) + "\n",
        entries(rm),
    )
    return files


def write(out: Path) -> dict[str, Any]:
    records = build_records()
    files = render(records)
    batches = out / "batches"
    batches.mkdir(parents=True, exist_ok=True)
    manifest_files = []
    for name, (text, rows) in sorted(files.items()):
        (batches / name).write_bytes(text.encode("utf-8"))
        manifest_files.append(
            {"path": f"batches/{name}", "records": [{"document": d, "index": i, **m} for d, i, m in rows]}
        )
    counts: dict[str, int] = {}
    for f in manifest_files:
        for r in f["records"]:
            counts[r["expected"]["outcome"]] = counts.get(r["expected"]["outcome"], 0) + 1
    manifest = {
        "generated_by": "scripts/make_other_generator_samples.py",
        "generator": "StoryForge 3.1 (fictional): another studio's generator with its own field names",
        "conventions": {
            "document": "0-based JSON document in the file",
            "index": "0-based sample position in it",
            "expected.outcome": "accept | flag (kept or dropped by drop_rules, the rule named) | reject",
        },
        "totals": {
            "files": len(manifest_files),
            "records": sum(counts.values()),
            "by_outcome": counts,
            "by_data_type": {t: len(v) for t, v in records.items()},
        },
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
