"""Hostile inputs and conditions: every command answers in one line, never a traceback.

For each case: no traceback on stderr, one error line naming the file or place, the right exit code
(non-zero when nothing was done), and no file the tool did not create is modified. Where the bad part is
one record among good ones, it is rejected with its reason and the rest is kept (per-record, not per-file).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from builders import build_folder
from curation.cli import main

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
BATCH = SAMPLES / "interactions" / "training_output_v1.2" / "emotional_authenticity_batch0001_20251014_143022.json"
MANUSCRIPT = SAMPLES / "manuscripts" / "visions-of-gaea-sample.md"


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder` (what the user had before the command)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_cli(args: list[str], capsys) -> tuple[int, list[str], str]:
    """(exit code, stderr lines, stdout) of `unwritten ARGS` run in this process."""
    code = main(args)
    out = capsys.readouterr()
    return code, [ln for ln in out.err.strip().splitlines() if ln.strip()], out.out


def assert_one_line(code: int, err: list[str], *needles: str, exit_code: int | None = None) -> str:
    assert code != 0, err
    if exit_code is not None:
        assert code == exit_code, (code, err)
    assert not any("Traceback" in ln for ln in err), err
    assert len(err) == 1, err
    for n in needles:
        assert n in err[0], (n, err[0])
    return err[0]


def write_config(tmp_path: Path, **sections) -> Path:
    cfg = {"root": str(tmp_path), **sections}
    path = tmp_path / "cfg.yaml"
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return path


# ---- numbers, nesting ---------------------------------------------------------------------------------
def test_an_integer_of_5000_digits_rejects_its_record_not_the_build(tmp_path, capsys):
    batch = json.loads(BATCH.read_text(encoding="utf-8"))
    n = len(batch["samples"])
    assert n >= 3
    text = json.dumps(batch, ensure_ascii=False)
    # the second sample gets a field holding an integer of 5,000 digits (Python refuses more than 4,300)
    second = json.dumps(batch["samples"][1], ensure_ascii=False)
    text = text.replace(second, second[:-1] + ', "huge": ' + "7" * 5000 + "}", 1)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "emotional_authenticity_batch0001.json").write_text(text, encoding="utf-8")
    before = snapshot(tmp_path / "in")
    cfg = write_config(tmp_path, inputs={"interactions": ["in"]}, output={"dir": "out/ds"})
    code, err, _ = run_cli(["build", "--config", str(cfg), "--quiet"], capsys)
    assert code == 0 and not any("Traceback" in ln for ln in err), err
    report = json.loads((tmp_path / "out" / "ds" / "build_report.json").read_text())
    ingest = next(s for s in report["ledger"] if s["stage"] == "interactions")
    assert ingest["rejected_by_reason"].get("number_too_large") == 1
    assert ingest["out"] == n - 1  # the other samples of the file are kept
    rejects = [json.loads(x) for x in (tmp_path / "out" / "ds" / "rejects.jsonl").read_text().splitlines()]
    [row] = [r for r in rejects if r["reason"] == "number_too_large"]
    assert row["index"] == 1 and row["source_file"].endswith("emotional_authenticity_batch0001.json")
    assert "huge" in row["detail"]["error"]
    t = report["totals"]
    assert t["source_records"] + t["created"] == t["output_records"] + t["rejected"]
    assert snapshot(tmp_path / "in") == before


def deep_line(depth: int = 10_000) -> str:
    return "[" * depth + "]" * depth


def test_a_10000_deep_jsonl_line_in_dedupe_is_a_rejected_line(tmp_path, capsys):
    good = {
        "conversations": [
            {"from": "human", "value": "Where is the lighthouse?"},
            {"from": "gpt", "value": "Past the harbour, where the gulls turn back."},
        ]
    }
    src = tmp_path / "rows.jsonl"
    src.write_text(json.dumps(good) + "\n" + deep_line() + "\n", encoding="utf-8")
    before = snapshot(tmp_path)
    code, err, out = run_cli(
        ["dedupe", str(src), "--out", str(tmp_path / "kept.jsonl"), "--clusters", str(tmp_path / "clusters.jsonl")],
        capsys,
    )
    assert code == 0 and not any("Traceback" in ln for ln in err), err
    assert len((tmp_path / "kept.jsonl").read_text().splitlines()) == 1
    [rej] = [json.loads(x) for x in (tmp_path / "kept.rejects.jsonl").read_text().splitlines()]
    assert rej["index"] == 2 and "nested too deeply" in rej["detail"]["error"]
    assert {k: v for k, v in snapshot(tmp_path).items() if k in before} == before

    # nothing readable at all: one line naming the file, non-zero
    only = tmp_path / "deep.jsonl"
    only.write_text(deep_line() + "\n", encoding="utf-8")
    code, err, _ = run_cli(
        ["dedupe", str(only), "--out", str(tmp_path / "k2.jsonl"), "--clusters", str(tmp_path / "c2.jsonl")], capsys
    )
    assert_one_line(code, err, "deep.jsonl", "nested too deeply")


def test_a_10000_deep_existing_jsonl_in_prepare_gaea(tmp_path, capsys):
    existing = tmp_path / "existing.jsonl"
    existing.write_text(deep_line() + "\n", encoding="utf-8")
    code, err, _ = run_cli(
        ["prepare-gaea", str(MANUSCRIPT), "--out", str(tmp_path / "out.jsonl"), "--existing", str(existing)], capsys
    )
    assert_one_line(code, err, "existing.jsonl: line 1", "nested too deeply")


def test_a_20000_deep_yaml_config(tmp_path, capsys):
    cfg = tmp_path / "deep.yaml"
    cfg.write_text("seed: " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    for command in (["build", "--config", str(cfg), "--quiet"], ["config", "--config", str(cfg)]):
        code, err, _ = run_cli(command, capsys)
        assert_one_line(code, err, "deep.yaml", "nested too deeply")


# ---- argument validation before any work ----------------------------------------------------------------
@pytest.mark.parametrize("repo_id", ["../x", "bad id!!", "a/b/c", "x-", "a/.hidden."])
def test_invalid_repo_ids_are_refused_before_any_work(tmp_path, capsys, repo_id):
    # no dataset folder exists: the repo id is checked first, with --dry-run too
    code, err, _ = run_cli(["push", repo_id, "--dry-run", "--dir", str(tmp_path / "missing")], capsys)
    assert_one_line(code, err, "not a valid Hub repo id", repr(repo_id), exit_code=2)


def test_invalid_hub_repo_id_in_the_config(tmp_path, capsys):
    cfg = write_config(tmp_path, output={"hub_repo_id": "../x"})
    code, err, _ = run_cli(["config", "--config", str(cfg)], capsys)
    assert_one_line(code, err, "hub_repo_id", exit_code=2)


@pytest.mark.parametrize(
    "argv",
    [
        ["generate", "--hours", "-1"],
        ["generate", "--hours", "0"],
        ["generate", "--hours", "nan"],
        ["generate", "--samples", "-5"],
    ],
)
def test_generate_refuses_non_positive_sizes_before_any_work(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as e:
        main(argv)
    err = capsys.readouterr().err.strip().splitlines()
    assert e.value.code == 2 and len(err) == 1 and "greater than 0" in err[0]
    assert list(tmp_path.iterdir()) == []  # no output folder, log or cache made


def test_analyze_an_empty_folder_is_an_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.md").write_text("my notes\n")
    for folder in ("empty", "notes"):
        code, err, _ = run_cli(["analyze", str(tmp_path / folder)], capsys)
        assert_one_line(code, err, folder, "no batch files", exit_code=2)


def test_non_ascii_token_is_one_line_and_never_printed(tmp_path, capsys, monkeypatch):
    folder, _, _ = build_folder(tmp_path)
    token = "hf_tök\u00e9nsecret"
    monkeypatch.setenv("HF_TOKEN", token)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    import huggingface_hub.constants as c

    monkeypatch.setattr(c, "HF_HUB_OFFLINE", False)
    code, err, out = run_cli(["push", "alice/unwritten", "--dir", str(folder)], capsys)
    line = assert_one_line(code, err, "token", "non-ASCII")
    assert "secret" not in line and "secret" not in out


# ---- system folders, machine conditions --------------------------------------------------------------------
def test_root_slash_scanning_proc_is_refused(tmp_path, capsys):
    cfg = write_config(tmp_path, root="/", inputs={"interactions": ["proc"]}, output={"dir": str(tmp_path / "o")})
    code, err, _ = run_cli(["build", "--config", str(cfg), "--quiet"], capsys)
    assert_one_line(code, err, "/proc", "system folder", exit_code=2)
    for argv in (
        ["analyze", "/proc"],
        ["analyze", "/"],
        ["dedupe", "/sys", "--out", str(tmp_path / "a.jsonl"), "--clusters", str(tmp_path / "b.jsonl")],
    ):
        code, err, _ = run_cli(argv, capsys)
        assert_one_line(code, err, "system folder", exit_code=2)
    assert not (tmp_path / "o").exists()


def test_out_slash_and_out_in_proc_are_refused(tmp_path, capsys):
    code, err, _ = run_cli(
        ["build", "--config", str(REPO / "configs" / "unwritten.yaml"), "--out", "/", "--quiet"], capsys
    )
    assert_one_line(code, err, "/")
    code, err, _ = run_cli(["prepare-gaea", str(MANUSCRIPT), "--out", "/proc/x.jsonl"], capsys)
    assert_one_line(code, err, "/proc/x.jsonl", exit_code=2)


def test_non_sqlite_coverage_db(tmp_path, capsys):
    gen = tmp_path / "gen"
    gen.mkdir()
    (gen / "coverage.db").write_bytes(b"not a database, only text " * 20)
    before = snapshot(tmp_path)
    code, err, _ = run_cli(["coverage", str(gen)], capsys)
    assert_one_line(code, err, "coverage.db", "not a usable coverage database", exit_code=2)
    assert snapshot(tmp_path) == before


def test_corrupt_parquet_in_compare(tmp_path, capsys):
    good, _, _ = build_folder(tmp_path / "a")
    bad = tmp_path / "b"
    shutil.copytree(good, bad)
    victim = bad / "data" / "conversations" / "train.parquet"
    victim.write_bytes(victim.read_bytes()[:200])
    before = snapshot(tmp_path)
    code, err, _ = run_cli(["compare", str(good), str(bad)], capsys)
    assert_one_line(code, err, "train.parquet", "not a readable Parquet file", exit_code=2)
    assert snapshot(tmp_path) == before


@pytest.fixture
def tiny_disk(tmp_path):
    """A 128 KiB tmpfs (root only; skipped where mounting is not allowed)."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_disk_full_is_one_line_naming_the_file(tiny_disk, capsys):
    out = tiny_disk / "ds"
    code, err, _ = run_cli(
        ["build", "--config", str(REPO / "configs" / "unwritten.yaml"), "--out", str(out), "--quiet"], capsys
    )
    line = assert_one_line(code, err, "cannot write", "No space left on device")
    assert str(tiny_disk) in line
    # a second command writing a file there: the same one line
    code, err, _ = run_cli(
        [
            "prepare-gaea",
            str(MANUSCRIPT),
            "--out",
            str(tiny_disk / "x.jsonl"),
            "--stats",
            str(tiny_disk / "x.stats.json"),
        ],
        capsys,
    )
    if code != 0:  # the JSONL may fit; whatever does not fit is named
        assert_one_line(code, err, "cannot write", "No space left on device")


# ---- the boundary itself ------------------------------------------------------------------------------------
def test_unexpected_errors_are_one_line_and_debug_shows_the_traceback(tmp_path, capsys, monkeypatch):
    import curation.cli.config as config_cmd

    def boom(args):
        raise RuntimeError("something the code did not expect")

    monkeypatch.setattr(config_cmd, "run", boom)
    code, err, _ = run_cli(["config"], capsys)
    assert_one_line(code, err, "unexpected error", "RuntimeError", "--debug", exit_code=70)
    with pytest.raises(RuntimeError):
        main(["--debug", "config"])
    monkeypatch.setenv("UNWRITTEN_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["config"])


def test_os_errors_escaping_a_command_are_described(capsys, monkeypatch):
    import curation.cli.config as config_cmd

    def full(args):
        raise OSError(errno.ENOSPC, "No space left on device", "/data/out/train.parquet")

    monkeypatch.setattr(config_cmd, "run", full)
    code, err, _ = run_cli(["config"], capsys)
    assert_one_line(code, err, "/data/out/train.parquet", "no space left on device", exit_code=74)


def test_the_installed_entry_point_prints_no_traceback(tmp_path):
    """The real process (`python -m curation.cli`), for a case decided inside a library call."""
    cfg = tmp_path / "deep.yaml"
    cfg.write_text("a: " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "curation.cli", "build", "--config", str(cfg), "--quiet"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr


# ---- manuscripts without blank lines, UTF-16, no narrative ----------------------------------------------------
def _novel(seed: int = 7) -> tuple[str, list[tuple[str, list[str]]]]:
    """A small novel (title lines, three chapters of prose and speech), not the shipped sample: a sea story
    written for this test. Returns (title block, [(chapter heading, paragraphs)])."""
    import random

    rng = random.Random(seed)
    people = ["Maren", "Tobiah", "the pilot", "old Sefa"]
    verbs = ["watched", "counted", "mended", "hauled", "weighed", "trusted", "doubted", "followed"]
    things = ["the nets", "the tide line", "the lamp", "the broken oar", "the harbour wall", "the weather glass"]
    tails = [
        "before the light went",
        "as the boat rolled under them",
        "without a word to anyone",
        "while the gulls argued overhead",
        "until her hands ached",
        "the way her mother had taught her",
    ]
    chapters = []
    for c, title in enumerate(["The Low Tide", "What the Pilot Saw", "Storm Signals"], 1):
        paras = []
        while sum(len(p.split()) for p in paras) < 1300:
            if rng.random() < 0.3:
                who = rng.choice(people)
                paras.append(
                    f"“{rng.choice(['Pull', 'Wait', 'Listen', 'Look'])} at {rng.choice(things)},” said "
                    f"{who}. “It will not hold {rng.choice(tails)}.”"
                )
            else:
                paras.append(
                    " ".join(
                        f"{rng.choice(people).capitalize()} {rng.choice(verbs)} "
                        f"{rng.choice(things)} {rng.choice(tails)}."
                        for _ in range(rng.randint(3, 7))
                    )
                )
        chapters.append((f"Chapter {c}: {title}", paras))
    return "The Pilot's Daughter\nA Novel\n", chapters


def _hard_wrapped(chapters, indent: str = "") -> str:
    import textwrap

    lines = []
    for heading, paras in chapters:
        lines.append(heading)
        for p in paras:
            lines += textwrap.wrap(p, 68, initial_indent=indent)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("variant", ["hard_wrapped", "indented", "one_line"])
def test_manuscript_without_blank_lines_is_read_as_prose(tmp_path, capsys, variant):
    from curation.ingest.manuscripts.pipeline import process_manuscript
    from curation.ingest.manuscripts.settings import ManuscriptsConfig

    title, chapters = _novel()
    prose_words = sum(len(p.split()) for _, paras in chapters for p in paras)
    if variant == "one_line":
        text = " ".join([title.replace("\n", " ")] + [" ".join(paras) for _, paras in chapters]) + "\n"
    else:
        text = title + _hard_wrapped(chapters, "    " if variant == "indented" else "")
    path = tmp_path / f"novel_{variant}.txt"
    path.write_text(text, encoding="utf-8")
    result = process_manuscript(path, ManuscriptsConfig(), None, "sea", 42)
    summary = result.removed_summary()
    # the story is read as narrative: (almost) every prose word, nothing of it as a title page
    assert summary["narrative_words"] >= 0.97 * prose_words, summary
    assert summary["removed_words_by_kind"].get("title_page", 0) <= 10, summary
    assert result.rows and summary["chunk_words"] + summary["fragment_words"] >= 0.97 * prose_words
    if variant != "one_line":
        assert len(result.book.chapters) == 3
        assert len(result.book.paragraphs) >= 0.9 * sum(len(paras) for _, paras in chapters)
    # and the command says so
    code, err, _ = run_cli(["prepare-gaea", str(path), "--out", str(tmp_path / "o.jsonl")], capsys)
    assert code == 0 and not any("Traceback" in ln for ln in err)
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == len(result.rows)


def test_utf16_manuscript_reads_like_utf8(tmp_path):
    from curation.ingest.manuscripts.pipeline import process_manuscript
    from curation.ingest.manuscripts.settings import ManuscriptsConfig

    text = MANUSCRIPT.read_text(encoding="utf-8")
    rows = {}
    for enc in ("utf-8", "utf-16", "utf-16-be", "utf-32"):
        p = tmp_path / f"book-{enc}.md"
        data = text.encode(enc)
        if enc == "utf-16-be":
            data = b"\xfe\xff" + data
        p.write_bytes(data)
        res = process_manuscript(p, ManuscriptsConfig(), None, "visions_of_gaea", 42)
        rows[enc] = [r.text for r in res.rows]
    assert rows["utf-8"] and all(v == rows["utf-8"] for v in rows.values())
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe" + b"\x00\xd8")  # a BOM, then a lone surrogate
    with pytest.raises(Exception) as e:
        process_manuscript(bad, ManuscriptsConfig(), None, "x", 42)
    assert "UTF-16" in str(e.value) and "bad.md" in str(e.value)


def test_manuscript_without_narrative_is_an_error_not_an_empty_success(tmp_path, capsys):
    book = tmp_path / "front-only.md"
    book.write_text(
        "# My Novel\n\nby A. Writer\n\nDraft 2, not for distribution\n\n## Contents\n\nChapter 1\n\nChapter 2\n",
        encoding="utf-8",
    )
    before = snapshot(tmp_path)
    code, err, _ = run_cli(["prepare-gaea", str(book), "--out", str(tmp_path / "o.jsonl")], capsys)
    assert_one_line(code, err, "front-only.md", "no narrative prose found", "title_page", exit_code=2)
    assert snapshot(tmp_path) == before
    # in a build, the manuscript is a reject with that reason (the other inputs still build)
    cfg = write_config(
        tmp_path,
        inputs={"interactions": [str(SAMPLES / "interactions")], "manuscripts": [{"path": str(book), "universe": "x"}]},
        output={"dir": "out/ds"},
    )
    code, err, _ = run_cli(["build", "--config", str(cfg), "--quiet"], capsys)
    assert code == 0, err
    rejects = [json.loads(x) for x in (tmp_path / "out" / "ds" / "rejects.jsonl").read_text().splitlines()]
    [row] = [r for r in rejects if r.get("stage") == "manuscripts"]
    assert "no narrative prose found" in row["detail"]["error"]


@pytest.mark.corpus
def test_corpus_novels_without_blank_lines_keep_their_narrative(tmp_path, corpus_dir):
    """Real novels with their blank lines removed (hard wraps kept) or on one line: the narrative read
    stays within a few percent of the original's, with the licence and contents still removed."""
    from curation.ingest.manuscripts.pipeline import process_manuscript
    from curation.ingest.manuscripts.settings import ManuscriptsConfig

    for name in ("war-of-the-worlds.txt", "princess-of-mars.txt"):
        lines = (corpus_dir / name).read_text(encoding="utf-8-sig").split("\n")
        variants = {"original": corpus_dir / name}
        variants["no_blank"] = tmp_path / f"nb-{name}"
        variants["no_blank"].write_text("\n".join(ln for ln in lines if ln.strip()) + "\n", encoding="utf-8")
        variants["one_line"] = tmp_path / f"ol-{name}"
        variants["one_line"].write_text(
            " ".join(" ".join(ln.split()) for ln in lines if ln.strip()) + "\n", encoding="utf-8"
        )
        got = {
            k: process_manuscript(p, ManuscriptsConfig(), None, "x", 42).removed_summary() for k, p in variants.items()
        }
        base = got["original"]["narrative_words"]
        for k in ("no_blank", "one_line"):
            assert abs(got[k]["narrative_words"] - base) <= 0.03 * base, (name, k, got[k]["narrative_words"], base)
            assert (
                got[k]["removed_words_by_kind"].get("licence", 0)
                >= 0.9 * got["original"]["removed_words_by_kind"]["licence"]
            )
            assert got[k]["removed_words_by_kind"].get("title_page", 0) <= 50


# ---- .docx: read from the XML in one pass, the same blocks python-docx gives ---------------------------------
def _feature_docx(path: Path) -> Path:
    """Styles inherited through base styles, direct and style-borne italics/bold, a hyperlink, tabs and line
    breaks, centred and styled breaks, headings, empty paragraphs, a table (not body text)."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    base = d.styles.add_style("Thought", WD_STYLE_TYPE.CHARACTER)
    base.font.italic = True
    child = d.styles.add_style("Inner Thought", WD_STYLE_TYPE.CHARACTER)
    child.base_style = base
    d.add_paragraph("The Salt Road", style="Title")
    d.add_heading("Chapter One", level=1)
    p = d.add_paragraph("She counted ")
    p.add_run("nine").italic = True
    p.add_run(" boats and ")
    p.add_run("one", style="Inner Thought")
    p.add_run(" wreck.\tThen ")
    p.add_run("nothing").bold = True
    p.add_run().add_break()
    p.add_run("at all.")
    link = OxmlElement("w:hyperlink")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = " (see the chart)"
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    link.append(r)
    p._p.append(link)
    d.add_paragraph("")
    d.add_paragraph("* * *").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("~").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_table(rows=1, cols=1).cell(0, 0).text = "a table cell, not the story"
    q = d.add_paragraph("“Nothing,” he said, ")
    q.add_run("not unkindly").italic = False
    d.add_heading("Chapter Two", level=2)
    d.add_paragraph("The second chapter begins here, and it goes on for a while.")
    d.save(str(path))
    return path


def test_docx_reader_gives_python_docx_blocks(tmp_path):
    from docx_reference import read_docx_reference  # tests/docx_reference.py

    from curation.ingest.manuscripts.readers import read_docx

    docs = [_feature_docx(tmp_path / "features.docx"), SAMPLES / "manuscripts" / "visions-of-gaea-sample.docx"]
    for path in docs:
        data = path.read_bytes()
        ours, ref = read_docx(path, data), read_docx_reference(path, data)
        # the same blocks, except that a hyperlink's text is kept in a paragraph with formatted runs
        assert [b.text.replace(" (see the chart)", "") for b in ours] == [b.text for b in ref], path
        assert [(b.kind, b.place, b.level, b.raw) for b in ours] == [(b.kind, b.place, b.level, b.raw) for b in ref]
    blocks = read_docx(docs[0], docs[0].read_bytes())
    assert blocks[0].kind == "heading" and blocks[0].level == 0
    para = next(b for b in blocks if b.text.startswith("She counted"))
    assert "*nine*" in para.text and "*one*" in para.text and "**nothing**" in para.text
    assert "(see the chart)" in para.text
    assert not any("table cell" in b.text for b in blocks)


def test_corrupt_docx_xml_is_one_line(tmp_path, capsys):
    import zipfile

    good = _feature_docx(tmp_path / "good.docx")
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item.filename, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    code, err, _ = run_cli(["prepare-gaea", str(bad), "--out", str(tmp_path / "o.jsonl")], capsys)
    assert_one_line(code, err, "bad.docx", "corrupt .docx", exit_code=2)


# ---- analyze never reads its own outputs back --------------------------------------------------------------
def test_analyze_writes_into_the_input_folder_and_never_reads_its_outputs_back(tmp_path, capsys):
    src = tmp_path / "batches"
    shutil.copytree(SAMPLES / "interactions" / "training_output_v1.2", src)
    user_file = src / "notes_combined_training_data.json"  # the user's own combined file: still an input
    user_file.write_text(
        json.dumps(
            [{"data_type": "emotional_authenticity", **json.loads(BATCH.read_text(encoding="utf-8"))["samples"][0]}]
        )
    )

    def seen(*extra: str) -> int:
        report = tmp_path / "r.json"
        code, err, _ = run_cli(["analyze", str(src), "--json", str(report), *extra], capsys)
        assert code == 0, err
        return json.loads(report.read_text())["records_seen"]

    first = seen()
    # the spec's layout: --all --out INPUT writes combined, by-type, split files and reports into the input folder
    code, err, _ = run_cli(["analyze", str(src), "--all", "--out", str(src)], capsys)
    assert code == 0, err
    assert (src / "combined_training_data.json").is_file() and (src / "analysis_report.json").is_file()
    assert seen() == first  # the second run reads the same batches, not its own combined files
    # a single file analysed: its outputs go to <file>_analysis/ inside the folder; still never read back
    code, err, _ = run_cli(["analyze", str(src / BATCH.name), "--combine"], capsys)
    assert code == 0 and (src / (BATCH.stem + "_analysis") / "combined_training_data.json").is_file()
    assert seen() == first
    # named explicitly, a combined file is read (the user asked for it)
    code, err, _ = run_cli(
        ["analyze", str(src / "combined_training_data.json"), "--json", str(tmp_path / "c.json")], capsys
    )
    assert code == 0 and json.loads((tmp_path / "c.json").read_text())["records_seen"] > 0
