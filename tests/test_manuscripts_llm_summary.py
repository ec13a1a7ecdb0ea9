"""`manuscripts.llm_summary`: scene summaries from a loopback Ollama-compatible server in the prompts.

The server (tests/fake_ollama.py) is real HTTP on 127.0.0.1; requests are counted at the server.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))
from fake_ollama import FakeOllama, dead_port  # noqa: E402

from curation.build import sources  # noqa: E402
from curation.config import load_config  # noqa: E402
from curation.ingest.manuscripts.pipeline import process_manuscript  # noqa: E402
from curation.ingest.manuscripts.roster import load_roster  # noqa: E402
from curation.stages.base import Context  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "manuscripts" / "visions-of-gaea-sample.md"
ROSTER = REPO / "samples" / "manuscripts" / "roster.yaml"
SUMMARY = "Kael and the scouts argue over the broken relay while the storm closes on the ridge camp."


def write_config(tmp_path: Path, host: str, llm_summary: bool = True) -> Path:
    cfg = {
        "root": str(REPO),
        "inputs": {"manuscripts": [{"path": str(SAMPLE), "universe": "visions_of_gaea", "roster": str(ROSTER)}]},
        "manuscripts": {"llm_summary": llm_summary},
        "generation": {"host": host, "retries": 0, "backoff": 0.01, "concurrency": 4},
        "output": {
            "dir": str(tmp_path / "out" / "unwritten"),
            "report": str(tmp_path / "out" / "unwritten.build.json"),
            "rejects": str(tmp_path / "out" / "unwritten.rejects.jsonl"),
        },
    }
    path = tmp_path / "cfg.yaml"
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return path


def read_source(cfg_path: Path):
    cfg = load_config(cfg_path)
    [src] = sources(cfg)  # the build's own reader for the configured books
    ctx = Context(seed=cfg.seed, config=cfg)
    return list(src(ctx)), ctx


def human(rec) -> str:
    return next(t["value"] for t in rec.conversations if t["from"] == "human")


def leaks(prompt: str, chunk: str, n: int = 12) -> bool:
    """Independent check: any n consecutive chunk words (lowercased, punctuation dropped) in the prompt."""

    def words(t: str) -> list[str]:
        return re.sub(r"[^\w\s]", " ", t.lower().replace("’", "")).split()

    cw, pw = words(chunk), " " + " ".join(words(prompt)) + " "
    return any(" " + " ".join(cw[i : i + n]) + " " in pw for i in range(len(cw) - n + 1))


@pytest.fixture(scope="module")
def template_rows():
    # named as the build names it: relative to the config's root (the repository)
    return process_manuscript(
        SAMPLE, roster=load_roster(ROSTER), source_name=SAMPLE.relative_to(REPO).as_posix(), universe="visions_of_gaea"
    ).rows


def test_prompts_carry_summary_exact_answer_and_rebuild_asks_nothing(tmp_path, monkeypatch, template_rows):
    with FakeOllama(plain_text=SUMMARY) as server:
        # the config names a dead port; OLLAMA_HOST wins, as in Ollama's own tools
        monkeypatch.setenv("OLLAMA_HOST", server.url)
        cfg_path = write_config(tmp_path, f"http://127.0.0.1:{dead_port()}")
        records, ctx = read_source(cfg_path)
        asked = len(server.chat_keys)
        assert asked == len(records) == len(template_rows) > 1
        assert (tmp_path / "out" / "unwritten.build.json.cache" / "scene_summaries.sqlite").is_file()

        for k, (rec, row) in enumerate(zip(records, template_rows, strict=False)):
            prompt = human(rec)
            assert rec.metadata["prompt_source"] == "llm_summary"
            assert SUMMARY in prompt
            # the one before is summarised only inside the chunk's own split group (its chapter run)
            assert ("Previously: " + SUMMARY in prompt) == (k > 0 and records[k - 1].group == rec.group)
            assert rec.conversations[-1]["value"] == row.text == rec.data["text"]  # the exact chunk
            assert not leaks(prompt, row.text)
        [notes] = ctx.ledger.stage("manuscripts").notes["manuscripts"].values()  # one book, keyed by its path
        assert notes["prompt_sources"] == {"llm_summary": len(records)}

        before = sum(server.counts.values())
        again, _ = read_source(cfg_path)
        assert len(server.chat_keys) == asked and sum(server.counts.values()) == before  # zero new requests
        assert [r.conversations for r in again] == [r.conversations for r in records]
        assert [r.metadata for r in again] == [r.metadata for r in records]


def test_summary_quoting_the_chunk_falls_back_to_template(tmp_path, monkeypatch, template_rows):
    j = len(template_rows) // 2
    quoted = " ".join(template_rows[j].text.split()[40:54])  # 14 words lifted from chunk j
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    with FakeOllama(plain_text=f"In this scene: {quoted}") as server:
        records, ctx = read_source(write_config(tmp_path, server.url))
    sources = [r.metadata["prompt_source"] for r in records]
    assert sources[j] == "template"
    assert "quoted the chunk" in records[j].metadata["prompt_note"]
    assert human(records[j]) == template_rows[j].conversations[1]["value"]  # the plain template prompt
    assert sources.count("llm_summary") == len(records) - 1
    for rec in records:
        assert not leaks(human(rec), rec.conversations[-1]["value"])
    [notes] = ctx.ledger.stage("manuscripts").notes["manuscripts"].values()  # one book, keyed by its path
    assert [f["id"] for f in notes["prompt_fallbacks"]] == [records[j].id]


def test_off_by_default_uses_templates_without_a_server(tmp_path, monkeypatch, template_rows):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    assert load_config(REPO / "configs" / "unwritten.yaml").manuscripts.llm_summary is False
    records, _ = read_source(write_config(tmp_path, f"http://127.0.0.1:{dead_port()}", llm_summary=False))
    assert [r.metadata["prompt_source"] for r in records] == ["template"] * len(template_rows)
    assert [r.conversations for r in records] == [row.conversations for row in template_rows]
    assert not (tmp_path / "out" / "unwritten.build.json.cache").exists()


def test_server_down_is_one_line_naming_the_host(tmp_path):
    port = dead_port()
    cfg_path = write_config(tmp_path, f"http://127.0.0.1:{port}")
    env = {k: v for k, v in os.environ.items() if k != "OLLAMA_HOST"}
    proc = subprocess.run(
        [sys.executable, "-m", "curation.cli", "build", "--config", str(cfg_path), "--quiet"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    # the labelled tiktoken fallback (offline clone without the file) may warn once before the error
    lines = [ln for ln in proc.stderr.strip().splitlines() if not ln.startswith("WARNING curation.tokens")]
    assert len(lines) == 1, proc.stderr
    assert f"127.0.0.1:{port}" in lines[0] and "ollama serve" in lines[0]
    assert not (tmp_path / "out" / "unwritten").exists()
    assert not (tmp_path / "out" / "unwritten.build.json").exists()


def test_prepare_gaea_cli_llm_summary_with_host_flag(tmp_path, monkeypatch):
    """`prepare-gaea --llm-summary --host URL`: --host beats OLLAMA_HOST; a rerun is served from the cache."""
    import json

    from curation.cli import main

    monkeypatch.setenv("OLLAMA_HOST", f"http://127.0.0.1:{dead_port()}")  # dead: --host must win
    out = tmp_path / "gaea.jsonl"
    with FakeOllama(plain_text=SUMMARY) as server:
        args = [
            "prepare-gaea",
            str(SAMPLE),
            "--out",
            str(out),
            "--roster",
            str(ROSTER),
            "--llm-summary",
            "--host",
            server.url,
        ]
        assert main(args) == 0
        asked = len(server.chat_keys)
        assert asked > 0
        rows = [json.loads(x) for x in out.read_text().splitlines()]
        assert rows and all(r["metadata"]["prompt_source"] == "llm_summary" for r in rows)
        assert all(SUMMARY in r["conversations"][1]["value"] for r in rows)
        first = out.read_bytes()
        assert main(args) == 0
        assert len(server.chat_keys) == asked and out.read_bytes() == first
