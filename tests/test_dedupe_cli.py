"""`unwritten dedupe` end to end on real files: conversation JSONL in, kept rows and clusters out."""

from __future__ import annotations

import json
import random
from pathlib import Path

from synthetic import base_text, variant  # tests/synthetic.py

from curation.cli import main  # noqa: E402


def _row(rid: str, text: str, quality: float) -> dict:
    return {
        "conversations": [
            {"from": "system", "value": "You are a character."},
            {"from": "human", "value": "Respond."},
            {"from": "gpt", "value": text},
        ],
        "metadata": {"id": rid, "quality": quality, "data_type": "dramatic_irony"},
    }


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _data():
    rng = random.Random(4)
    a = base_text(rng, 700, 900)
    near, sim = variant(a, 0.9, rng)
    other = base_text(rng, 700, 900)
    return [_row("a", a, 0.9), _row("a_near", near, 0.5), _row("a_copy", a, 0.4), _row("other", other, 0.7)], sim


def test_dedupe_cli_writes_kept_rows_and_clusters(tmp_path, capsys):
    rows, sim = _data()
    _write(tmp_path / "one.jsonl", rows[:2])
    _write(tmp_path / "two.jsonl", rows[2:])
    out, clusters = tmp_path / "out.jsonl", tmp_path / "clusters.jsonl"
    assert (
        main(
            [
                "dedupe",
                str(tmp_path / "one.jsonl"),
                str(tmp_path / "two.jsonl"),
                "--out",
                str(out),
                "--clusters",
                str(clusters),
            ]
        )
        == 0
    )
    kept = [json.loads(x)["metadata"]["id"] for x in out.read_text().splitlines()]
    assert kept == ["a", "other"]
    cl = [json.loads(x) for x in clusters.read_text().splitlines()]
    assert {(c["id"], c["kept"], c["stage"]) for c in cl} == {
        ("a_copy", "a", "dedupe_exact"),
        ("a_near", "a", "dedupe_near"),
    }
    assert [c["similarity"] for c in cl if c["id"] == "a_near"][0] == round(sim, 4)
    assert "4 records in, 2 kept" in capsys.readouterr().out


def test_dedupe_cli_output_independent_of_input_order(tmp_path):
    rows, _ = _data()
    _write(tmp_path / "one.jsonl", rows[:2])
    _write(tmp_path / "two.jsonl", rows[2:])
    outs = []
    for order, name in ((("one", "two"), "x"), (("two", "one"), "y")):
        main(
            [
                "dedupe",
                *[str(tmp_path / f"{o}.jsonl") for o in order],
                "--out",
                str(tmp_path / f"{name}.jsonl"),
                "--clusters",
                str(tmp_path / f"{name}.clusters.jsonl"),
            ]
        )
        outs.append(((tmp_path / f"{name}.jsonl").read_text(), (tmp_path / f"{name}.clusters.jsonl").read_text()))
    assert outs[0][1] == outs[1][1]
    strip = [sorted(json.loads(x)["metadata"]["id"] for x in o[0].splitlines()) for o in outs]
    assert strip[0] == strip[1]


def test_dedupe_cli_against_a_built_set_and_threshold(tmp_path):
    rows, _ = _data()
    _write(tmp_path / "built.jsonl", [rows[0]])
    _write(tmp_path / "new.jsonl", rows[1:])
    out, clusters = tmp_path / "out.jsonl", tmp_path / "c.jsonl"
    assert (
        main(
            [
                "dedupe",
                str(tmp_path / "new.jsonl"),
                "--against",
                str(tmp_path / "built.jsonl"),
                "--out",
                str(out),
                "--clusters",
                str(clusters),
            ]
        )
        == 0
    )
    assert [json.loads(x)["metadata"]["id"] for x in out.read_text().splitlines()] == ["other"]
    assert all(json.loads(x)["against"] for x in clusters.read_text().splitlines())
    # a threshold above the variant's similarity keeps it
    assert (
        main(
            [
                "dedupe",
                str(tmp_path / "new.jsonl"),
                "--threshold",
                "0.99",
                "--out",
                str(out),
                "--clusters",
                str(clusters),
            ]
        )
        == 0
    )
    assert sorted(json.loads(x)["metadata"]["id"] for x in out.read_text().splitlines()) == [
        "a_copy",
        "a_near",
        "other",
    ]


def test_dedupe_cli_bad_input_is_one_line_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"conversations": [{"from": "gpt", "value": "hi"}]}\n{not json\n', encoding="utf-8")
    assert (
        main(
            ["dedupe", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o"), "--clusters", str(tmp_path / "c")]
        )
        == 2
    )
    assert "input not found" in capsys.readouterr().err
    assert (
        main(
            ["dedupe", str(bad), "--out", str(tmp_path / "o"), "--clusters", str(tmp_path / "c"), "--threshold", "1.5"]
        )
        == 2
    )
    assert "--threshold" in capsys.readouterr().err


def test_unreadable_rows_go_to_the_rejects_file(tmp_path):
    from curation.cli import main

    bad = tmp_path / "bad.jsonl"
    good = {"conversations": [{"from": "human", "value": "Hello there"}, {"from": "gpt", "value": "General Kenobi"}]}
    bad.write_text(json.dumps(good) + '\n{"conversations": 5}\nnot json\n')
    out = tmp_path / "out.jsonl"
    assert main(["dedupe", str(bad), "--out", str(out), "--clusters", str(tmp_path / "c.jsonl")]) == 0
    assert len(out.read_text().splitlines()) == 1
    rejects = [json.loads(x) for x in (tmp_path / "out.rejects.jsonl").read_text().splitlines()]
    assert [(r["index"], r["reason"]) for r in rejects] == [(2, "unreadable_row"), (3, "unreadable_row")]


def test_dedupe_cli_on_generated_batch_files_accounts_for_every_sample(tmp_path):
    """Batch files as a generation run writes them (some fenced), with planted variants: every sample is
    kept, removed with a verified twin (>= threshold) or rejected with a reason; the planted variants at or
    above the threshold are found; a second run writes the same files."""
    from batch_records import write_batches  # tests/batch_records.py
    from rapidfuzz import fuzz

    from curation.records import normalize_text

    folder = tmp_path / "training_output_v1.2"
    planted = write_batches(folder, 600, seed=3, planted_share=0.08, messy_every=5)
    outs = []
    for run in range(2):
        out, clusters, rejects = (
            tmp_path / f"kept{run}.jsonl",
            tmp_path / f"clusters{run}.jsonl",
            tmp_path / f"rejects{run}.jsonl",
        )
        assert (
            main(["dedupe", str(folder), "--out", str(out), "--clusters", str(clusters), "--rejects", str(rejects)])
            == 0
        )
        outs.append((out.read_bytes(), clusters.read_bytes(), rejects.read_bytes()))
    assert outs[0] == outs[1]
    kept = [json.loads(x) for x in outs[0][0].decode().splitlines()]
    removed = [json.loads(x) for x in outs[0][1].decode().splitlines()]
    unreadable = [json.loads(x) for x in outs[0][2].decode().splitlines()]
    assert len(kept) + len(removed) + len(unreadable) == 600
    text = {r["metadata"]["id"]: normalize_text(r["conversations"][-1]["value"]) for r in kept}
    place = {
        (Path(r["metadata"]["source_file"]).name, r["metadata"]["source_index"]): r["metadata"]["id"] for r in kept
    }
    place.update({(Path(r["source_file"]).name, r["index"]): r["id"] for r in removed})
    gone = {r["id"] for r in removed}
    for r in removed:  # an exact duplicate's twin may itself lose to a near duplicate afterwards
        assert r["similarity"] >= 0.85 and (r["kept"] in text or r["stage"] == "dedupe_exact" and r["kept"] in gone)
    found = 0
    for p in planted:
        a, b = place.get((p.base_file, p.base_index)), place.get((p.variant_file, p.variant_index))
        if a in text and b in text:  # both kept: then they must be below the threshold
            assert fuzz.ratio(text[a], text[b]) / 100 < 0.85
        else:
            found += a in gone or b in gone
    assert found >= 1


def _cli_files(folder: Path, out: Path, workers: str, monkeypatch) -> list[bytes]:
    monkeypatch.setenv("UNWRITTEN_WORKERS", workers)
    out.mkdir()
    files = [out / "kept.jsonl", out / "clusters.jsonl", out / "rejects.jsonl"]
    args = ["dedupe", str(folder), "--out", str(files[0]), "--clusters", str(files[1]), "--rejects", str(files[2])]
    assert main(args) == 0
    return [f.read_bytes() for f in files]


def test_dedupe_cli_reading_batches_in_worker_processes_writes_what_one_process_writes(tmp_path, monkeypatch):
    """The CLI reads and converts batch files as the build does (a worker process per file): kept rows,
    clusters and rejects are byte-identical to one process's."""
    from batch_records import write_batches  # tests/batch_records.py

    from curation.ingest.interactions import source as source_mod

    folder = tmp_path / "training_output_v1.2"
    write_batches(folder, 400, seed=5, planted_share=0.08, messy_every=4)
    monkeypatch.setattr(source_mod, "PARALLEL_MIN_BYTES", 0)  # small files: in workers anyway
    serial = _cli_files(folder, tmp_path / "one", "1", monkeypatch)
    parallel = _cli_files(folder, tmp_path / "two", "2", monkeypatch)
    assert serial == parallel
    assert serial[0].count(b"\n") > 100 and serial[1]


def test_dedupe_cli_stops_on_a_renamed_field_with_or_without_workers(tmp_path, monkeypatch, capsys):
    """The missing-field guard runs over every batch record (workers or not) and stops before anything is
    written, naming the field the records hold instead."""
    import shutil

    from curation.ingest.interactions import source as source_mod

    repo = Path(__file__).resolve().parents[1]
    batches = tmp_path / "batches"
    shutil.copytree(repo / "samples" / "interactions", batches)
    for p in sorted(batches.rglob("*.json")):
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # the samples' compressed and mis-encoded files
            continue
        p.write_text(text.replace('"character_response"', '"reply_in_voice"'), encoding="utf-8")
    monkeypatch.setattr(source_mod, "PARALLEL_MIN_BYTES", 0)
    messages = []
    for workers in ("1", "2"):
        monkeypatch.setenv("UNWRITTEN_WORKERS", workers)
        out = tmp_path / f"kept{workers}.jsonl"
        assert main(["dedupe", str(batches), "--out", str(out), "--clusters", str(tmp_path / f"c{workers}.jsonl")])
        assert not out.exists()
        messages.append(capsys.readouterr().err)
    assert "reply_in_voice" in messages[0] and messages[0] == messages[1]
