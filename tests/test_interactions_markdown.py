"""Batches written as Markdown (an LLM's answer saved as .md: JSON in ``` fences, prose around it), and the
Markdown beside batches that is not one (a README, notes, a prompt, a chapter): read the first, skip and list the
second, never crash, never lose a record silently."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from test_interactions import EA, PT, TB, assert_ledger_adds_up, batch, rejects, run, variant, write

from curation.cli import main
from curation.config import Config
from curation.ingest.interactions.discovery import find_files
from curation.ingest.interactions.markdown import fenced_blocks, parse_markdown
from curation.ingest.interactions.source import InteractionSource
from curation.stages.base import Context


def _fenced(info: str, value) -> str:
    return f"```{info}\n{json.dumps(value, indent=2)}\n```\n"


def _answer(*parts: str) -> str:
    return "\n".join(parts)


def test_fenced_blocks_follow_commonmark_fences():
    text = (
        "Intro with ```inline``` code.\n"
        "```json\n[1]\n```\n"
        '~~~\n{"a": 1}\n~~~\n'
        "````JSON extra words\n```\nstill inside\n````\n"
        "```bash\npython gen.py\n```\n"
        '```jsonl\n{"a": 1}\n'
    )
    blocks = fenced_blocks(text)
    assert [(b.info, b.closed) for b in blocks] == [
        ("json", True),
        ("", True),
        ("json", True),
        ("bash", True),
        ("jsonl", False),
    ]
    assert blocks[0].body == "[1]" and blocks[0].line == 2
    assert blocks[2].body == "```\nstill inside"  # a shorter fence inside a longer one is text
    assert blocks[4].body == '{"a": 1}\n'  # cut answer: the block runs to the end


def test_a_markdown_answer_is_read_block_by_block(tmp_path):
    first = [variant(PT, i) for i in range(3)]
    second = batch("personality_traits", [variant(PT, i) for i in range(3, 5)])
    text = _answer(
        "# Batch 12",
        "Here are the first three records, as requested:",
        _fenced("json", first),
        'And two more, in the batch format (`{"samples": [...]}` as before):',
        _fenced("", second),
        "Run it again with:",
        "```bash\npython generate.py --n 5\n```",
        "Let me know if you want variations.",
    )
    write(tmp_path / "in" / "answer_0012.md", text)
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert [(r.source.index, r.metadata["document"]) for r in recovered] == [(0, 0), (1, 0), (2, 0), (0, 1), (1, 1)]
    assert {r.data_type for r in recovered} == {"personality_traits"}
    assert {"strip_code_fence", "strip_extra_text", "split_concatenated_json"} <= set(recovered[0].repairs)
    assert len(kept) == 5 and not rejects(ctx)
    assert_ledger_adds_up(ctx, len(kept))
    notes = ctx.ledger.stage("interactions").notes
    assert notes["files_seen"] == 1 and notes["files_skipped"] == []


def test_markdown_that_holds_no_batch_is_skipped_and_listed(tmp_path):
    d = tmp_path / "in"
    write(d / "emotional_authenticity_batch0001.json", batch("emotional_authenticity", [variant(EA, 1)]))
    write(
        d / "notes.md",
        _answer(
            "# Run notes",
            "Generated with {model} at temperature 0.7; the prompt asks for `[{...}]`.",
            "```bash\nunwritten generate --samples 20\n```",
            _fenced("json", {"model": "qwen3:30b-a3b", "temperature": 0.7}),
            "```json\nthis block was left empty by mistake\n```",
        ),
    )
    write(d / "chapter_03.md", "# Chapter 3\n\nThe rain had not stopped for a week. {She counted the days.}\n")
    write(d / "prompts" / "prompt_v3.md", 'Return JSON only:\n```json\n{"npc": "...", "line": "..."}\n```\n')
    write(d / "README.md", _answer("# Batches", "One record looks like this:", _fenced("json", [variant(PT, 9)])))
    kept, recovered, ctx = run(d, tmp_path)
    assert [Path(r.source.file).name for r in recovered] == ["emotional_authenticity_batch0001.json"]
    assert len(kept) == 1 and not rejects(ctx)
    skipped = sorted(Path(p).name for p in ctx.ledger.stage("interactions").notes["files_skipped"])
    assert skipped == ["README.md", "chapter_03.md", "notes.md", "prompt_v3.md"]
    assert_ledger_adds_up(ctx, len(kept))


def test_a_markdown_answer_cut_inside_its_block_rejects_only_the_cut_record(tmp_path):
    records = [variant(TB, i) for i in range(4)]
    text = "Sure! Here is the batch:\n\n```json\n" + json.dumps(records, indent=2)
    text = text[: text.rindex('"tension_score"')]  # the answer stops inside the last record
    write(tmp_path / "in" / "tension_building_answer.md", text)
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert len(recovered) == 3
    cut = [r for r in rejects(ctx) if r["reason"] == "truncated_record"]
    assert len(cut) == 1 and cut[0]["source_file"].endswith("tension_building_answer.md") and cut[0]["index"] == 3
    assert_ledger_adds_up(ctx, len(kept))


def test_a_json_block_that_does_not_parse_is_a_reject_beside_the_good_ones(tmp_path):
    text = _answer(
        "Batch:",
        _fenced("json", [variant(PT, 1), variant(PT, 2)]),
        "A last one:",
        '```json\n{"character_name": "Priya", "dialogue": "Move the stair." "scenario" ::: }\n```',
    )
    write(tmp_path / "in" / "personality_traits_answer.md", text)
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert len(recovered) == 2
    (lost,) = rejects(ctx)
    assert lost["reason"] == "unparseable_record" and lost["detail"]["document"] == 1
    line = text.count("\n", 0, text.index('```json\n{"character_name"')) + 1
    assert lost["detail"]["error"].startswith(f"the block at line {line}: line 1 column")
    assert_ledger_adds_up(ctx, len(kept))


def test_markdown_named_as_an_input_but_holding_no_json_is_a_file_reject(tmp_path):
    notes = write(tmp_path / "notes.md", "# Notes\n\n```python\nprint('hi')\n```\n")
    cfg = Config()
    ctx = Context(config=cfg)
    source = InteractionSource([notes], cfg.interactions, tmp_path)
    assert list(source(ctx)) == []
    (row,) = rejects(ctx)
    assert row["reason"] == "no_samples_found" and "Markdown" in row["detail"]["error"]


def test_markdown_without_fences_is_read_as_a_whole_answer(tmp_path):
    text = "Here you go:\n" + json.dumps(batch("personality_traits", [variant(PT, 1), variant(PT, 2)])) + "\nDone."
    parsed = parse_markdown(text.encode())
    assert parsed.error is None and "strip_extra_text" in parsed.repairs
    write(tmp_path / "in" / "answer.md", text)
    kept, recovered, ctx = run(tmp_path / "in", tmp_path)
    assert len(kept) == 2 and not rejects(ctx)


def test_the_folder_scan_decides_markdown_with_the_field_map(tmp_path):
    """A lone record under the user's own field names is a batch once the field map names them."""
    theirs = {"npc": "Priya", "beat": "A client wants changes", "bark": "Move the stair.", "qa": 0.8}
    md = write(tmp_path / "in" / "answer.md", "One record:\n" + _fenced("json", theirs))
    assert find_files([tmp_path / "in"], ["*.md"], []) == ([], [md])
    cfg = Config.model_validate(
        {
            "interactions": {
                "field_map": {
                    "personality_traits": {
                        "npc": "character_name",
                        "beat": "scenario",
                        "bark": "dialogue",
                        "qa": "quality_score",
                    }
                }
            }
        }
    )
    assert find_files([tmp_path / "in"], ["*.md"], [], cfg.interactions.domain()) == ([md], [])


def test_a_build_reads_markdown_batches_beside_a_readme_and_notes(tmp_path, capsys):
    d = tmp_path / "batches"
    for t, base in (("emotional_authenticity", EA), ("tension_building", TB)):
        write(d / f"{t}_batch0001.json", batch(t, [variant(base, i) for i in range(6)]))
    write(
        d / "personality_traits_answer0001.md",
        "Here is the batch.\n" + _fenced("json", [variant(PT, i) for i in range(6)]),
    )
    write(d / "README.md", "# What is in here\n\nBatches from the March run.\n")
    write(d / "notes.md", "Temperature 0.7, seed {42}. Rerun the irony batch.\n")
    cfg = tmp_path / "unwritten.yaml"
    cfg.write_text(
        yaml.safe_dump({"inputs": {"interactions": ["batches"], "manuscripts": []}, "output": {"dir": "out/ds"}}),
        encoding="utf-8",
    )
    assert main(["build", "--config", str(cfg), "--quiet"]) == 0
    capsys.readouterr()
    report = json.loads((tmp_path / "out" / "ds" / "build_report.json").read_text(encoding="utf-8"))
    stage = next(s for s in report["ledger"] if s["stage"] == "interactions")
    assert sorted(Path(p).name for p in stage["notes"]["files_skipped"]) == ["README.md", "notes.md"]
    assert stage["notes"]["files_seen"] == 3 and stage["notes"]["files_with_records"] == 3
    assert stage["out"] == 18 and stage["rejected"] == 0


def test_hostile_markdown_never_crashes_and_counts_add_up(tmp_path):
    d = tmp_path / "in"
    good = [variant(PT, i) for i in range(2)]
    write(d / "junk.md", bytes(range(256)) * 40)  # binary named .md: no fence, not JSON
    write(d / "spaces.md", "```json" + " " * 200_000 + "\n" + json.dumps(good) + "\n```\n")
    write(d / "many_fences.md", "```\n" * 20_001)  # 10,000 empty blocks and one left open
    write(d / "utf16.md", ("Answer:\n" + _fenced("json", [variant(PT, 5)])).encode("utf-16"))
    write(d / "deep.md", "```json\n" + "[" * 5000 + "]" * 5000 + "\n```\n" + _fenced("json", [variant(PT, 7)]))
    write(d / "only_text_fence.md", "```\nplain words, no json\n```\n")
    kept, recovered, ctx = run(d, tmp_path)
    assert sorted((Path(r.source.file).name, r.source.index) for r in recovered) == [
        ("deep.md", 0),
        ("spaces.md", 0),
        ("spaces.md", 1),
        ("utf16.md", 0),
    ]
    skipped = sorted(Path(p).name for p in ctx.ledger.stage("interactions").notes["files_skipped"])
    assert skipped == ["junk.md", "many_fences.md", "only_text_fence.md"]
    assert [r["reason"] for r in rejects(ctx)] == ["nested_too_deeply"]  # the deep block, alone
    assert_ledger_adds_up(ctx, len(kept))


def test_analyze_on_a_folder_of_notes_only_says_there_is_no_batch(tmp_path, capsys):
    write(tmp_path / "notes.md", "# Notes\n\nNothing generated yet.\n")
    assert main(["analyze", str(tmp_path)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no batch files" in err[0] and "Traceback" not in err[0]


def test_schema_profiles_a_markdown_answer_as_the_build_reads_it(tmp_path):
    """`unwritten schema` reads Markdown block by block, as the build does: prose holding braces between two
    fenced blocks adds no junk record, and a notes file beside the batches is left out."""
    from curation.ingest.interactions.profile import profile_files

    d = tmp_path / "in"
    text = _answer(
        "Here you go {as asked}:",
        _fenced("json", [variant(PT, i) for i in range(3)]),
        'Two more; the format is {"samples": [...]} {again}.',
        _fenced("json", batch("personality_traits", [variant(PT, i) for i in range(3, 5)])),
    )
    write(d / "answer_0001.md", text)
    write(d / "notes.md", "# Notes\n\nThe generator ran at temperature 0.7 {seed 4}.\n")
    folder = profile_files([d])
    assert folder.files == 1 and folder.lost_items == 0 and not folder.unreadable
    assert {t: p.records for t, p in folder.types.items()} == {"personality_traits": 5}


def test_a_markdown_batch_in_a_folder_is_parsed_once(tmp_path, monkeypatch):
    """Choosing the file (is it a batch or a note?) parses it; the read that follows takes that parse instead of
    parsing the same bytes again. A file changed in between is parsed again from its new bytes."""
    from curation.ingest.interactions import discovery

    calls: list[int] = []
    real = discovery.parse_markdown

    def counted(raw: bytes):
        calls.append(len(raw))
        return real(raw)

    monkeypatch.setattr(discovery, "parse_markdown", counted)
    d = tmp_path / "in"
    write(d / "answer.md", _answer("# Batch", _fenced("json", [variant(PT, i) for i in range(3)])))
    write(d / "notes.md", "# Notes\nNothing to read here.\n")
    kept, _, ctx = run(d, tmp_path)
    assert len(kept) == 3 and len(calls) == 2  # one parse per Markdown file (the notes file is only chosen)
    assert_ledger_adds_up(ctx, len(kept))

    calls.clear()
    answer = d / "answer.md"
    assert find_files([d], ["*.md"], [])[0] == [answer] and len(calls) == 2  # chosen: its parse is kept
    answer.write_text(_answer("# Batch", _fenced("json", [variant(PT, i) for i in range(4)])))
    parsed = discovery.parse_batch_bytes(answer.read_bytes(), answer)
    assert len(calls) == 3 and len(list(discovery.iter_samples(parsed))) == 4  # the new bytes, parsed again
    assert discovery.parse_batch_bytes(answer.read_bytes(), answer) is not parsed  # each parse is handed over once
