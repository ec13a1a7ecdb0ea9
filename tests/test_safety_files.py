"""Hostile outputs and conditions: the tool never deletes or overwrites what it did not make.

Every refused run must exit non-zero with one line on stderr (no traceback) and leave the user's tree
byte-identical; a build killed (SIGKILL) at any moment must leave a folder whose report and rejects belong
to the same build as its data; a second concurrent writer is refused by the lock; generation names files
uniquely and never pays a request twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from curation.cli import main  # noqa: E402
from curation.locks import lock_beside, output_lock  # noqa: E402
from curation.outputs import MARKER, REJECTS_NAME, REPORT_NAME, read_marker  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_XET": "1", "MPLBACKEND": "Agg"}


# ---- helpers ---------------------------------------------------------------------------------------
def tree_hash(root: Path) -> dict[str, str]:
    """Every file and folder under `root` (hidden ones included) with the sha256 of files."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        out[rel] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
    return out


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A user's project: the shipped samples, config, prompts and card template, plus notes of their own."""
    proj = tmp_path / "proj"
    for part in ("samples", "configs"):
        shutil.copytree(REPO / part, proj / part, ignore=shutil.ignore_patterns("qlora"))
    (proj / "notes").mkdir()
    (proj / "notes" / "ideas.md").write_text("# my notes\nnever delete me\n")
    (proj / "book.md").write_text((REPO / "samples" / "manuscripts" / "visions-of-gaea-sample.md").read_text())
    return proj


def cli(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "curation.cli", *args], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=timeout
    )


def refused(capsys, args: list[str]) -> str:
    """Run in-process; assert a non-zero exit with exactly one line on stderr, no traceback; return it."""
    code = main(args)
    err = capsys.readouterr().err
    assert code != 0, err
    assert "Traceback" not in err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1, err
    return lines[0]


def assert_consistent(folder: Path) -> dict:
    """Folder, report and rejects belong to one build (the marker's id and hashes)."""
    marker = read_marker(folder)
    assert marker["status"] == "complete", marker
    report = json.loads((folder / REPORT_NAME).read_text())
    assert report["build_id"] == marker["build_id"]
    for name in (REPORT_NAME, REJECTS_NAME):
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == marker["sha256"][name], name
    rejects = (folder / REJECTS_NAME).read_text().splitlines()
    assert len(rejects) == report["totals"]["rejected"]
    for rel in marker["publish"]:
        assert (folder / rel).is_file(), rel
    return marker


# ---- build: where it may write -----------------------------------------------------------------------
def test_build_refuses_every_output_it_did_not_make(project, capsys, monkeypatch):
    cfg = str(project / "configs" / "unwritten.yaml")
    home = project.parent / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(project)
    before, home_before = tree_hash(project), tree_hash(home)
    cases = {
        "samples/interactions": "is an input",  # an input folder
        "samples": "holds the input",  # a folder holding inputs
        "samples/interactions/out": "inside the input folder",  # inside an input
        "samples/manuscripts/visions-of-gaea-sample.md": "is a file",  # an input file
        "configs/unwritten.yaml": "is a file",  # the config itself
        "notes": "not built by this tool",  # a user's folder
        ".": "the current folder",
        "..": "holding the",  # (home or the current folder)
        "/": "system folder",
        str(home): "the home folder",
        "~": "the home folder",
    }
    for out, why in cases.items():
        line = refused(capsys, ["build", "--config", cfg, "--out", out, "--quiet"])
        assert line.startswith("error: ") and why in line, (out, line)
    assert tree_hash(project) == before and tree_hash(home) == home_before
    assert not list(project.parent.glob(".*.lock"))


def test_build_refuses_an_output_dir_config_pointing_at_an_input(project, capsys):
    cfg = project / "configs" / "unwritten.yaml"
    cfg.write_text(cfg.read_text().replace("dir: builders/unwritten", "dir: samples"))
    before = tree_hash(project)
    line = refused(capsys, ["build", "--config", str(cfg), "--quiet"])
    assert "output.dir" in line and "holds the input" in line
    assert tree_hash(project) == before


def test_build_replaces_only_its_own_folder(project, capsys):
    cfg = str(project / "configs" / "unwritten.yaml")
    out = project / "builders" / "unwritten"
    assert main(["build", "--config", cfg, "--quiet"]) == 0
    first = assert_consistent(out)
    (out / "data" / "mine.txt").write_text("a user file dropped inside")  # not in the marker's list
    assert main(["build", "--config", cfg, "--quiet"]) == 0
    second = assert_consistent(out)
    assert first["build_id"] != second["build_id"]
    capsys.readouterr()
    # a folder built before the marker existed (card + data only) is still recognised as the tool's
    (out / MARKER).unlink()
    (out / REPORT_NAME).unlink()
    (out / REJECTS_NAME).unlink()
    assert main(["build", "--config", cfg, "--quiet"]) == 0
    assert_consistent(out)
    capsys.readouterr()
    # the same layout written by someone else (no tool name in the card) is refused
    shutil.rmtree(out)
    (out / "data").mkdir(parents=True)
    (out / "README.md").write_text("# my own dataset\n")
    before = tree_hash(project)
    line = refused(capsys, ["build", "--config", cfg, "--quiet"])
    assert "not built by this tool" in line
    assert tree_hash(project) == before


def test_a_previous_folder_not_ours_is_never_restored_or_deleted(project, capsys):
    cfg = str(project / "configs" / "unwritten.yaml")
    prev = project / "builders" / "unwritten.previous"
    prev.mkdir(parents=True)
    (prev / "thesis.txt").write_text("a user's folder that happens to have this name")
    before = tree_hash(project)
    line = refused(capsys, ["build", "--config", cfg, "--quiet"])
    assert "unwritten.previous" in line and "not made by this tool" in line
    assert tree_hash(project) == before


def test_leftover_staging_folders_are_removed_only_when_ours(project, capsys, caplog):
    cfg = str(project / "configs" / "unwritten.yaml")
    builders = project / "builders"
    ours = builders / ".unwritten.building.k1ll3d"
    (ours / "data").mkdir(parents=True)
    (ours / MARKER).write_text(json.dumps({"tool": "unwritten-curation", "status": "building"}))
    (ours / "data" / "half.parquet").write_bytes(b"PAR1")
    empty = builders / ".unwritten.building.empty"
    empty.mkdir()
    theirs = builders / ".unwritten.building.notes"
    theirs.mkdir()
    (theirs / "keep.txt").write_text("not the tool's")
    assert main(["build", "--config", cfg, "--quiet"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert [r.getMessage() for r in caplog.records if "staging folder" in r.getMessage()] == [
        f"removed 2 staging folder(s) left beside {builders / 'unwritten'} by an interrupted build"
    ]
    assert not ours.exists() and not empty.exists()
    assert (theirs / "keep.txt").read_text() == "not the tool's"
    assert_consistent(builders / "unwritten")


# ---- the lock ----------------------------------------------------------------------------------------
def test_a_second_build_into_a_locked_folder_is_refused(project, capsys, caplog):
    cfg = str(project / "configs" / "unwritten.yaml")
    out = project / "builders" / "unwritten"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from curation.locks import output_lock\n"
            "with output_lock(sys.argv[1], 'unwritten build', 'x'):\n    print('held', flush=True); time.sleep(60)",
            str(lock_beside(out)),
        ],
        cwd=REPO,
        env=ENV,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        before = tree_hash(project)
        line = refused(capsys, ["build", "--config", cfg, "--quiet"])
        assert "is being written by unwritten build" in line and f"pid {holder.pid}" in line
        assert tree_hash(project) == before
    finally:
        holder.kill()
        holder.wait()
    # the holder died by SIGKILL: its lock is stale, taken over with one line
    assert lock_beside(out).exists()
    assert main(["build", "--config", cfg, "--quiet"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    stale = [r.getMessage() for r in caplog.records if "stale lock" in r.getMessage()]
    assert len(stale) == 1 and f"pid {holder.pid}" in stale[0]
    assert not lock_beside(out).exists()  # released
    assert_consistent(out)


def test_lock_is_exclusive_within_one_process_and_released(tmp_path):
    from curation.locks import Locked

    lock = tmp_path / ".x.lock"
    with output_lock(lock, "a", "folder x"), pytest.raises(Locked), output_lock(lock, "b", "folder x"):
        pass
    assert not lock.exists()
    with output_lock(lock, "c", "folder x"):
        assert json.loads(lock.read_text())["pid"] == os.getpid()


# ---- kill -9 at many moments ---------------------------------------------------------------------------
def _kill_when(proc: subprocess.Popen, builders: Path, event: str, delay: float) -> bool:
    """SIGKILL `proc` once `event` is seen under `builders` (plus `delay`); False if it finished first."""
    name = "ds"

    def seen() -> bool:
        staging = [p for p in builders.glob(f".{name}.building.*") if not p.name.startswith(f".{name}.building.old")]
        if event == "start":
            return True
        if event == "lock":
            return (builders / f".{name}.lock").exists()
        if event == "staging":
            return bool(staging)
        if event == "data":
            return any((s / "data").is_dir() for s in staging)
        if event == "card":
            return any((s / "README.md").exists() for s in staging)
        if event == "report":
            return any((s / REPORT_NAME).exists() for s in staging)
        if event == "complete":
            return any(b'"complete"' in (s / MARKER).read_bytes() for s in staging if (s / MARKER).exists())
        if event == "swap":
            return (builders / f"{name}.previous").exists() or bool(list(builders.glob(f".{name}.building.old*")))
        raise AssertionError(event)

    while proc.poll() is None:
        try:
            hit = seen()
        except OSError:  # a file vanished while looked at: the build moved on
            hit = False
        if hit:
            if delay:
                time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return proc.returncode == -signal.SIGKILL
        time.sleep(0.0005)
    return False


def test_kill_9_at_any_moment_leaves_folder_report_and_rejects_of_one_build(project):
    """A real `unwritten build` subprocess is SIGKILLed at each file-system step of the build (lock, staging,
    data, card, report, final marker, swap) and at a time offset; after every kill the folder is a complete
    build whose report and rejects are its own, the user's files are untouched, and the next build cleans
    up and succeeds. UNWRITTEN_KILL_POINTS=N adds N kill points at random times (a longer soak run)."""
    import random

    from curation.build import build
    from curation.config import load_config

    builders = project / "builders"
    builders.mkdir()
    (builders / "mine.txt").write_text("a user's file beside the output")
    out = builders / "ds"
    config = project / "configs" / "unwritten.yaml"
    cmd = [sys.executable, "-m", "curation.cli", "build", "--config", str(config), "--out", str(out), "--quiet"]
    build(load_config(config), out)
    ids = {assert_consistent(out)["build_id"]}
    user = {p: p.read_bytes() for p in project.rglob("*") if p.is_file() and builders not in p.parents}
    user[builders / "mine.txt"] = (builders / "mine.txt").read_bytes()

    points = [
        ("start", 1.5),
        ("lock", 0),
        ("staging", 0),
        ("data", 0),
        ("card", 0),
        ("report", 0),
        ("complete", 0),
        ("swap", 0),
    ]
    rng = random.Random(int(os.environ.get("UNWRITTEN_KILL_SEED", "0")))
    points += [("start", rng.uniform(0.5, 6.0)) for _ in range(int(os.environ.get("UNWRITTEN_KILL_POINTS", "0")))]
    killed = 0
    for event, delay in points:
        proc = subprocess.Popen(cmd, cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        killed += _kill_when(proc, builders, event, delay)
        err = proc.stderr.read().decode()
        proc.stderr.close()
        assert "Traceback" not in err, err
        if out.exists():
            ids.add(assert_consistent(out)["build_id"])
        else:  # killed between the two renames: the previous build waits under .previous
            assert_consistent(builders / "ds.previous")
        for p, data in user.items():
            assert p.read_bytes() == data, p
    assert killed >= len(points) - 2, f"only {killed} of {len(points)} kill points hit a running build"

    build(load_config(config), out)
    ids.add(assert_consistent(out)["build_id"])
    left = sorted(p.name for p in builders.iterdir())
    # no staging folders, no .previous, no lock (the manuscripts' review list is written beside the folder)
    assert [n for n in left if n != "ds.review.csv"] == ["ds", "mine.txt"], left
    for p, data in user.items():
        assert p.read_bytes() == data, p


# ---- other commands' outputs ---------------------------------------------------------------------------
def test_prepare_gaea_never_writes_over_the_manuscript_or_other_inputs(project, capsys, monkeypatch):
    monkeypatch.chdir(project)
    roster = "samples/manuscripts/roster.yaml"
    before = tree_hash(project)
    for args, why in [
        (["--out", "book.md"], "is an input"),
        (["--out", "o.jsonl", "--stats", "book.md"], "is an input"),
        (["--out", "o.jsonl", "--rejects", roster, "--roster", roster], "is an input"),
        (["--out", "o.jsonl", "--stats", "o.jsonl"], "another output"),
        (["--out", "notes/ideas.md"], "not a file this tool writes"),
        (["--out", "notes"], "is a folder"),
    ]:
        line = refused(capsys, ["prepare-gaea", "book.md", *args])
        assert why in line, (args, line)
    assert tree_hash(project) == before
    # its own previous output may be replaced
    assert main(["prepare-gaea", "book.md", "--out", "o.jsonl"]) == 0
    assert main(["prepare-gaea", "book.md", "--out", "o.jsonl"]) == 0


def test_dedupe_analyze_compare_qlora_generate_refuse_inputs_and_user_files(project, capsys, monkeypatch):
    monkeypatch.chdir(project)
    batch = next((project / "samples" / "interactions" / "training_output_v1.2").glob("*_batch*.json"))
    rel = batch.relative_to(project).as_posix()
    assert main(["prepare-gaea", "book.md", "--out", "rows.jsonl"]) == 0
    capsys.readouterr()
    before = tree_hash(project)
    cases = [
        (["dedupe", "rows.jsonl", "--out", "rows.jsonl", "--clusters", "c.jsonl"], "is an input"),
        (["dedupe", "rows.jsonl", "--out", "k.jsonl", "--clusters", "k.jsonl"], "another output"),
        (["dedupe", "rows.jsonl", "--out", "k.jsonl", "--clusters", "notes/ideas.md"], "not a file this tool"),
        (
            ["dedupe", "samples/interactions", "--out", "samples/interactions/k.jsonl", "--clusters", "c.jsonl"],
            "inside the input folder",
        ),
        (["analyze", rel, "--json", rel], "is an input"),
        (["analyze", rel, "--markdown", "notes/ideas.md"], "not a file this tool"),
        (["analyze", rel, "--all", "--out", rel], "is a file"),
        (["analyze", rel, "--all", "--out", "/"], "file system root"),
        (["compare", "rows.jsonl", rel, "--json", "rows.jsonl"], "is an input"),
        (["compare", "rows.jsonl", rel, "--md", "notes/ideas.md"], "not a file this tool"),
        (["generate", "--samples", "1", "--out", "book.md", "--host", "http://127.0.0.1:9"], "is a file"),
    ]
    for args, why in cases:
        line = refused(capsys, args)
        assert why in line, (args, line)
    assert tree_hash(project) == before
    # qlora: a user's own YAML where a config would go is kept
    qdir = project / "qlora"
    qdir.mkdir()
    (qdir / "scenes.yaml").write_text("my: hand-written config\n")
    assert main(["build", "--config", "configs/unwritten.yaml", "--quiet"]) == 0
    capsys.readouterr()
    line = refused(capsys, ["qlora", "--config", "configs/unwritten.yaml", "--out", str(qdir), "--only", "scenes"])
    assert "not a file this tool writes" in line
    assert (qdir / "scenes.yaml").read_text() == "my: hand-written config\n"


# ---- generate --------------------------------------------------------------------------------------------
def _gen(out: Path, server, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "curation.cli",
        "generate",
        "--out",
        str(out),
        "--host",
        server.url,
        "--quiet",
        "--no-judge",
        "--types",
        "emotional_authenticity,multi_step",
        *extra,
    ]


def test_generate_names_are_unique_per_run_and_a_concurrent_run_is_refused(server, tmp_path):
    out = tmp_path / "gen"
    # two runs back to back (the fake server answers at once: usually within one second)
    for _ in range(2):
        proc = subprocess.run(
            _gen(out, server, "--samples", "3"), cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in out.glob("*.json"))
    stamps = {n.rsplit("_", 1)[-1] for n in names}
    assert len(stamps) == 2, names  # each run's files carry its own run id
    samples = 0
    for p in out.glob("*.json"):
        d = json.loads(p.read_text())
        samples += len(d) if isinstance(d, list) else d["sample_count"]
    assert samples == 6  # nothing of either run lost

    server.gate = threading.Event()  # the first run's requests wait until the second has run: no race on a busy machine
    first = subprocess.Popen(
        _gen(out, server, "--samples", "6", "--concurrency", "1"),
        cwd=tmp_path,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while not (out / ".generate" / "lock").exists() and first.poll() is None:
            time.sleep(0.01)
        second = subprocess.run(
            _gen(out, server, "--samples", "6"), cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=120
        )
        running = first.poll() is None
    finally:
        server.gate.set()
        server.gate = None
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert running, "the first run ended before the second started: nothing was tested"
    assert second.returncode != 0 and "Traceback" not in second.stderr
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "is being written by unwritten generate" in lines[0], second.stderr


def test_generate_killed_then_rerun_pays_no_answered_request_twice(server, tmp_path):
    out = tmp_path / "gen"
    server.slow_seconds = 0.05
    server.fault_rates = {"slow": 1.0}
    cmd = _gen(out, server, "--samples", "12", "--concurrency", "2")
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while len(server.chat_keys) < 6 and time.time() < deadline:
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    proc.stderr.close()
    before = len(server.chat_keys)
    rerun = subprocess.run(cmd, cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "stale lock" in rerun.stderr and "Traceback" not in rerun.stderr
    assert "resumed" in rerun.stdout
    keys = server.chat_keys
    repeated = len(keys) - len(set(keys))
    # only requests in flight at the kill (their answers never arrived) may be asked again
    assert repeated <= 2 * 2, (repeated, before)
    total = 0
    for p in out.glob("*.json"):
        d = json.loads(p.read_text())
        total += len(d) if isinstance(d, list) else d["sample_count"]
    assert total == 12


# ---- partial salvage inside a file -------------------------------------------------------------------------
def _batch_text(samples: list[str], head: dict) -> str:
    h = json.dumps(head, indent=2)[:-2]
    return h + ',\n  "samples": [\n' + ",\n".join(samples) + "\n  ]\n}\n"


def _read(path: Path):
    from curation.config import Config
    from curation.ingest.interactions.source import InteractionSource
    from curation.stages.base import Context

    cfg = Config.model_validate({"inputs": {"interactions": [str(path)]}})
    ctx = Context(config=cfg)
    records = list(InteractionSource.from_config(cfg.interactions, cfg.inputs.interactions, cfg.resolve)(ctx))
    return records, ctx


@pytest.mark.parametrize("bad", ["huge_int", "deep_20000", "deep_150", "syntax", "huge_and_deep"])
def test_one_bad_record_never_takes_its_file_down(tmp_path, bad):
    src = next((REPO / "samples" / "interactions" / "training_output_v1.2").glob("emotional_authenticity_batch*.json"))
    doc = json.loads(src.read_text())
    head = {k: v for k, v in doc.items() if k != "samples"}
    texts = [json.dumps(x) for x in doc["samples"]]
    n = len(texts)
    huge = ', "huge": ' + "9" * 5000 + "}"
    deep = lambda d: ', "deep": ' + "[" * d + "]" * d + "}"  # noqa: E731
    broken = {
        "huge_int": {1: texts[1][:-1] + huge},
        "deep_20000": {2: texts[2][:-1] + deep(20000)},
        "deep_150": {2: texts[2][:-1] + deep(150)},  # parses, but deeper than any sample may be
        "syntax": {3: texts[3].replace('":', '" ', 1)},
        "huge_and_deep": {0: texts[0][:-1] + huge, n - 1: texts[n - 1][:-1] + deep(20000)},
    }[bad]
    for i, t in broken.items():
        texts[i] = t
    path = tmp_path / "emotional_authenticity_batch0001_20251014_143022.json"
    path.write_text(_batch_text(texts, head))
    records, ctx = _read(path)
    kept = sorted(r.source.index for r in records)
    assert kept == [i for i in range(n) if i not in broken]
    rows = ctx.rejects.rows
    assert sorted(r["index"] for r in rows) == sorted(broken)
    want = {
        "huge_int": "number_too_large",
        "deep_20000": "nested_too_deeply",
        "deep_150": "nested_too_deeply",
        "syntax": "unparseable_record",
    }
    for r in rows:
        assert r["source_file"].endswith(path.name) and r["reason"] in set(want.values())
    if bad in want:
        assert {r["reason"] for r in rows} == {want[bad]}
    stage = ctx.ledger.to_list()[0]
    assert stage["in"] == n and stage["out"] == n - len(broken) and stage["rejected"] == len(broken)

    # the same records as JSON lines
    lines = tmp_path / "lines"
    lines.mkdir()
    (lines / "emotional_authenticity_batch.jsonl").write_text("\n".join(texts) + "\n")
    records, ctx = _read(lines)
    assert sorted(r.source.index for r in records) == [i for i in range(n) if i not in broken]
    assert sorted(r["index"] for r in ctx.rejects.rows) == sorted(broken)


def test_build_over_hostile_batches_keeps_every_good_record(project, capsys):
    """Through the CLI: one file with a huge int, one with a 20,000-deep record; no traceback, the other
    records are built, every record is in the output or the rejects."""
    inter = project / "samples" / "interactions" / "training_output_v1.2"
    src = sorted(inter.glob("emotional_authenticity_batch*.json"))[0]
    doc = json.loads(src.read_text())
    head = {k: v for k, v in doc.items() if k != "samples"}
    texts = [json.dumps(x) for x in doc["samples"]]
    texts[0] = texts[0][:-1] + ', "n": ' + "7" * 10000 + "}"
    texts[-1] = texts[-1][:-1] + ', "d": ' + '{"a":' * 20000 + "1" + "}" * 20000 + "}"
    src.write_text(_batch_text(texts, head))
    cfg = str(project / "configs" / "unwritten.yaml")
    assert main(["build", "--config", cfg, "--quiet"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    out = project / "builders" / "unwritten"
    assert_consistent(out)
    report = json.loads((out / REPORT_NAME).read_text())
    t = report["totals"]
    assert t["source_records"] + t["created"] == t["output_records"] + t["rejected"]
    rejects = [json.loads(x) for x in (out / REJECTS_NAME).read_text().splitlines()]
    mine = {
        (r["reason"], r["index"])
        for r in rejects
        if r["source_file"].endswith(src.name) and r["stage"] == "interactions"
    }
    assert mine == {("number_too_large", 0), ("nested_too_deeply", len(texts) - 1)}
