#!/usr/bin/env python3
"""Write the embedded sample interaction batches (samples/interactions/) and their MANIFEST.json.

    python scripts/make_sample_batches.py [--out DIR] [--check]

The samples are data: scripts/sample_batches/<data_type>.yaml holds valid records in named lists, and
scripts/sample_batches/batches.yaml says which records go into which file and lists every planted defect. This
script plants the defects on copies (bad values and rule violations, exact and near duplicates, concatenated
documents, a <think> block, a ```json fence, a trailing comma, truncation, mojibake, a BOM, CRLF line ends,
zero-width spaces, broken contractions, binary junk), renders the files and MANIFEST.json (every file, every
record, every defect and its expected handling), and checks them before writing anything:

- every record of the data files is valid, and the tool itself (curation's salvage, domain-spec validation,
  Master Truths rules, quality gate and duplicate check) gives every planted record exactly the verdict the
  manifest names and recovers every record as it was before the damage;
- the messy files fail a plain ``json.loads``; no two records share text except the planted duplicates.

Deterministic (the junk bytes come from ``random.Random(seed)``; no clock): tests/test_sample_batches.py checks
that the regenerated files are byte-identical to the committed ones. ``--check`` runs only the checks.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import json
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "scripts" / "sample_batches"
DEFAULT_OUT = ROOT / "samples" / "interactions"
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from sample_planting import dumps, set_path, sloppy_mojibake  # noqa: E402

from curation.domain import load_spec  # noqa: E402
from curation.ingest.interactions.normalize import get_path  # noqa: E402

SPEC = load_spec()
ZWSP = "\u200b"
Key = tuple[str, int, int]  # (file, document, index)


# ---- reading the data --------------------------------------------------------------------------------------------
def load_data() -> tuple[dict[str, Any], dict[str, dict[str, list[dict]]]]:
    """(batches.yaml, {data type: {list name: records}})."""
    plan = yaml.safe_load((DATA / "batches.yaml").read_text(encoding="utf-8"))
    types = {f["data_type"] for f in plan["files"] if f["data_type"]}
    records = {t: yaml.safe_load((DATA / f"{t}.yaml").read_text(encoding="utf-8")) for t in sorted(types)}
    return plan, records


def resolve(samples: str | list[str], lists: dict[str, list[dict]]) -> list[tuple[tuple[str, int], dict]]:
    """A list name, or references "name[i]", -> [((name, i), a copy of the record)]."""
    refs = (
        [(samples, i) for i in range(len(lists[samples]))]
        if isinstance(samples, str)
        else [(m[1], int(m[2])) for m in (re.fullmatch(r"(\w+)\[(\d+)\]", s) for s in samples)]
    )
    return [((name, i), copy.deepcopy(lists[name][i])) for name, i in refs]


def fill(value: Any, facts: dict[str, Any], where: str) -> Any:
    """Replace "{name}" placeholders with what the planting found (a whole-string placeholder keeps its type)."""
    if isinstance(value, dict):
        return {k: fill(v, facts, where) for k, v in value.items()}
    if not isinstance(value, str):
        return value

    def fact(name: str) -> Any:
        if name not in facts:
            raise SystemExit(f"batches.yaml {where}: nothing planted gives {{{name}}}")
        return facts[name]

    whole = re.fullmatch(r"\{(\w+)\}", value)
    return fact(whole[1]) if whole else re.sub(r"\{(\w+)\}", lambda m: str(fact(m[1])), value)


# ---- planting, record level --------------------------------------------------------------------------------------
def strip_apostrophes(record: dict, field: str) -> dict[str, Any]:
    text = record[field]
    record[field] = text.replace("'", " ")
    words = sorted({w.lower().replace("'", " ") for w in re.findall(r"[A-Za-z]+'[A-Za-z]+", text)})
    return {"contractions": ", ".join(words), "expected_text": text}


def insert_zero_width(record: dict, inserts: list[dict]) -> dict[str, Any]:
    fields = sorted({x["field"] for x in inserts})
    facts = {"fields": ", ".join(fields), "expected_values": {f: record[f] for f in fields}}
    for x in inserts:
        before = x["text"]
        if before not in record[x["field"]]:
            raise SystemExit(f"insert_zero_width: {before!r} not in {x['field']}")
        record[x["field"]] = record[x["field"]].replace(before, before[: x["at"]] + ZWSP + before[x["at"] :], 1)
    return facts


def plant_record(clean: dict, defect: dict, original: dict | None) -> tuple[dict, dict, dict[str, Any]]:
    """(clean form, written form, facts): `set` changes what the tool should recover, damage only what is written."""
    facts: dict[str, Any] = {}
    for path, value in (defect.get("set") or {}).items():
        set_path(clean, path, value)
        if original is not None:
            old, new = get_path(original, path), get_path(clean, path)
            facts["similarity"] = round(difflib.SequenceMatcher(None, old, new, autojunk=False).ratio(), 3)
    written = copy.deepcopy(clean)
    if "strip_apostrophes" in defect:
        facts |= strip_apostrophes(written, defect["strip_apostrophes"])
    if "insert_zero_width" in defect:
        facts |= insert_zero_width(written, defect["insert_zero_width"])
    return clean, written, facts


# ---- planting, file level (applied in this order) ----------------------------------------------------------------
def trailing_comma(text: str, d: dict) -> str:
    return re.sub(r"\}(\s*\]\s*\}\s*)\Z", r"},\1", text)


def truncated(text: str, d: dict) -> str:
    return text[: text.index(d["cut_after"]) + len(d["cut_after"])]


def code_fence(text: str, d: dict) -> str:
    return f"```{d['language']}\n{text}```\n"


def think_block(text: str, d: dict) -> str:
    return d["text"] + text


def mojibake(text: str, d: dict) -> str:
    return sloppy_mojibake(text)


def crlf(text: str, d: dict) -> str:
    return text.replace("\n", "\r\n")


TEXT_DAMAGE = {f.__name__: f for f in (trailing_comma, truncated, code_fence, think_block, mojibake, crlf)}


def bom(raw: bytes, d: dict, seed: int) -> bytes:
    return b"\xef\xbb\xbf" + raw


def unsalvageable(raw: bytes, d: dict, seed: int) -> bytes:
    """Binary junk named like a batch: a magic number, then random bytes up to the size."""
    magic, rng = bytes.fromhex(d["magic"]), random.Random(seed)
    return magic + bytes(rng.randrange(256) for _ in range(d["size"] - len(magic)))


BYTE_DAMAGE = {f.__name__: f for f in (bom, unsalvageable)}
NO_DAMAGE = {"concatenated_documents"}  # a file of several documents is concatenated by construction


# ---- rendering ---------------------------------------------------------------------------------------------------
def quality_analysis(doc: dict, records: list[dict], data_type: str) -> dict[str, Any]:
    """The systematic batch's summary: the given part, then distributions, range and average of the samples."""
    roles = SPEC.type(data_type).roles
    labels = {k: [get_path(r, roles.labels[k][0]) for r in records] for k in roles.labels}
    auth = [get_path(r, roles.capacity["authenticity_score"][0]) for r in records]
    quality = [get_path(r, roles.quality[0]) for r in records]
    return {
        **doc["quality_analysis"],
        "authenticity_distribution": {
            t: labels["authenticity_target"].count(t) for t in SPEC.rules.authenticity_targets
        },
        "complexity_distribution": dict(Counter(labels["complexity_type"])),
        "capacity_distribution": {c: labels["capacity_level"].count(c) for c in SPEC.rules.capacity_levels},
        "authenticity_range": [min(auth), max(auth)],
        "average_quality_score": round(sum(quality) / len(quality), 3),
    }


def render(f: dict, docs: list[list[dict]]) -> str:
    version = SPEC.master_truths_version
    out = []
    for doc, records in zip(f["documents"], docs, strict=False):
        if f["format"] == "typed":
            out.append(
                {
                    "master_truths_version": version,
                    "data_type": f["data_type"],
                    "batch_number": doc["batch_number"],
                    "timestamp": doc["timestamp"],
                    "sample_count": len(records),
                    "samples": records,
                }
            )
        elif f["format"] == "systematic":
            out.append(
                {
                    "batch_number": doc["batch_number"],
                    "master_truths_version": version,
                    "samples": records,
                    "quality_analysis": quality_analysis(doc, records, f["data_type"]),
                }
            )
        else:
            out.append(records)
    return "".join(dumps(o) + "\n" for o in out)


def file_bytes(f: dict, docs: list[list[dict]], seed: int) -> bytes:
    kinds = {d["kind"]: d for d in f.get("defects", []) if "index" not in d}
    unknown = set(kinds) - set(TEXT_DAMAGE) - set(BYTE_DAMAGE) - NO_DAMAGE
    if unknown:
        raise SystemExit(f"{f['path']}: no planting for file-level defect kind(s) {sorted(unknown)}")
    text = render(f, docs)
    for kind, damage in TEXT_DAMAGE.items():
        if kind in kinds:
            text = damage(text, kinds[kind])
    raw = text.encode("utf-8")
    for kind, damage in BYTE_DAMAGE.items():
        if kind in kinds:
            raw = damage(raw, kinds[kind], seed)
    return raw


# ---- one file: records, bytes, manifest rows -----------------------------------------------------------------------
def outcome(defects: list[dict]) -> dict[str, Any]:
    """A manifest row's expectation from the (filled) defects that touch its record."""
    if not defects:
        return {"expected": "accept"}
    out: dict[str, Any] = {"expected": "accept_repaired"}
    for d in defects:
        h = d["expected_handling"]
        if h["outcome"] == "reject":
            out.update(expected="reject", reason=h["reason"])
            if "duplicate_of" in h:
                out["duplicate_of"] = h["duplicate_of"]
        elif h["outcome"] == "flag":
            out["expected"] = out["expected"] if out["expected"] == "reject" else "flag"
            out.setdefault("rules", []).append(h["rule"])
        else:
            out.setdefault("repairs", []).append(h["repair"])
    return {**out, "defects": [d["id"] for d in defects]}


def record_row(data_type: str, clean: dict, document: int, index: int, manifest: dict) -> dict[str, Any]:
    roles = SPEC.type(data_type).roles
    quality_field, text_field = roles.quality[0], manifest["text_fields"][data_type]
    return {
        "document": document,
        "index": index,
        manifest["name_key"]: get_path(clean, roles.name),
        "quality_field": quality_field,
        "quality": get_path(clean, quality_field),
        "text_field": text_field,
        "text_start": get_path(clean, text_field)[:60],
    }


def plant_documents(f: dict, lists: dict[str, list[dict]], first_seen: dict) -> tuple[list, list, dict]:
    """(written records per document, [(key, clean record)], facts per defect id) of one file.

    `first_seen` maps (data type, list, index) to where a record was first written: a second copy is a duplicate,
    and must be declared as a defect."""
    path, defects = f["path"], f.get("defects", [])
    at = {d["index"]: d for d in defects if "index" in d}
    facts: dict[str, dict[str, Any]] = {d["id"]: {} for d in defects}
    docs, cleans = [], []
    for n, doc in enumerate(f["documents"]):
        written = []
        for i, ((name, j), clean) in enumerate(resolve(doc["samples"], lists)):
            key, d, ref = (path, n, i), at.get(i) if n == 0 else None, (f["data_type"], name, j)
            original = None
            if ref in first_seen:
                if d is None:
                    raise SystemExit(f"{path}#{n}/{i}: copy of {ref} without a defect declaring it")
                src = first_seen[ref]
                facts[d["id"]] |= {
                    "file": src[0],
                    "index": src[2],
                    "duplicate_of": {"file": src[0], "document": src[1], "index": src[2]},
                }
                original = lists[name][j]
            else:
                first_seen[ref] = key
            record = clean
            if d:
                clean, record, found = plant_record(clean, d, original)
                facts[d["id"]] |= found
            written.append(record)
            cleans.append((key, clean))
        docs.append(written)
    return docs, cleans, facts


def records_recovered(f: dict, docs: list[list[dict]]) -> int:
    """Complete records in the written file: all, or those before the record a truncation cuts into."""
    cut = next((d["cut_after"] for d in f.get("defects", []) if d["kind"] == "truncated"), None)
    if cut is None:
        return sum(len(d) for d in docs)
    return next(i for i, r in enumerate(docs[0]) if cut in json.dumps(r, ensure_ascii=False))


def fill_defects(f: dict, facts: dict[str, dict], file_facts: dict[str, Any]) -> list[dict]:
    return [
        {
            **d,
            "description": fill(d["description"], facts[d["id"]] | file_facts, d["id"]),
            "expected_handling": fill(d["expected_handling"], facts[d["id"]] | file_facts, d["id"]),
        }
        for d in f.get("defects", [])
    ]


def manifest_rows(f: dict, cleans: list, defects: list[dict], recovered: int, manifest: dict) -> tuple[list, list]:
    """(manifest rows, [(key, clean record, row)] of the recovered records)."""
    everywhere = [d for d in defects if d.get("every_record")]
    rows, records = [], []
    for key, clean in cleans:
        touching = [d for d in defects if d.get("index") == key[2] and key[1] == 0] + everywhere
        if key[2] < recovered:
            rows.append(record_row(f["data_type"], clean, key[1], key[2], manifest) | outcome(touching))
            records.append((key, clean, rows[-1]))
        elif touching:  # cut off: the record the file ends inside is partly there
            name = get_path(clean, SPEC.type(f["data_type"]).roles.name)
            rows.append(
                {"document": key[1], "index": key[2], manifest["name_key"]: name, **outcome(touching), "partial": True}
            )
    return rows, records


def manifest_entry(f: dict, docs: list, recovered: int, defects: list[dict], rows: list) -> dict[str, Any]:
    file_level = [d["id"] for d in defects if "index" not in d]
    return {
        "path": f["path"],
        "shape": f["shape"],
        "data_type": f["data_type"],
        "documents": len(docs),
        "batch_numbers": [d["batch_number"] for d in f["documents"] if "batch_number" in d],
        "declared_sample_count": sum(map(len, docs)) if f["format"] == "typed" else None,
        "record_count": recovered,
        "parse": "unsalvageable" if f["format"] == "junk" else "repairable" if file_level else "clean",
        "file_defects": file_level,
        **({"note": f["note"]} if "note" in f else {}),
        "records": rows,
    }


def manifest_defect(f: dict, d: dict) -> dict[str, Any]:
    return {
        "id": d["id"],
        "file": f["path"],
        "document": 0 if "index" in d else None,
        "record_index": d.get("index"),
        "field": d.get("field"),
        "kind": d["kind"],
        "description": d["description"],
        "expected_handling": d["expected_handling"],
    }


def build_file(f: dict, lists: dict[str, list[dict]], first_seen: dict, plan: dict) -> dict[str, Any]:
    """Plant one file's defects: its bytes, manifest entry, defects and (key, clean record, row) per record."""
    docs, cleans, facts = plant_documents(f, lists, first_seen)
    recovered, declared = records_recovered(f, docs), sum(map(len, docs))
    defects = fill_defects(
        f,
        facts,
        {
            "documents": len(docs),
            "records_recovered": recovered,
            "records_lost": declared - recovered,
            "declared_sample_count": declared,
        },
    )
    rows, records = manifest_rows(f, cleans, defects, recovered, plan["manifest"])
    return {
        "bytes": file_bytes(f, docs, plan["seed"]),
        "entry": manifest_entry(f, docs, recovered, defects, rows),
        "defects": [manifest_defect(f, d) for d in defects],
        "records": records,
    }


# ---- manifest ------------------------------------------------------------------------------------------------------
def make_manifest(plan: dict, entries: list[dict], defects: list[dict]) -> dict[str, Any]:
    outcomes: Counter = Counter()
    by_type: Counter = Counter()
    for e in entries:
        for row in e["records"]:
            outcomes["reject" if row.get("partial") else row["expected"]] += 1
            by_type[e["data_type"]] += not row.get("partial")
    thresholds = {t: {"field": s.roles.quality[0], "min": s.quality_threshold} for t, s in SPEC.types.items()}
    for t, override in plan["manifest"]["quality_thresholds"].items():
        thresholds[t] |= override
    return {
        "manifest_version": 1,
        "generated_by": "scripts/make_sample_batches.py",
        "seed": plan["seed"],
        "master_truths_version": SPEC.master_truths_version,
        "root": plan["root"],
        "conventions": plan["manifest"]["conventions"],
        "quality_thresholds": thresholds,
        "totals": {
            "files": len(entries),
            "files_unsalvageable": sum(e["parse"] == "unsalvageable" for e in entries),
            "files_needing_file_level_repair": sum(e["parse"] == "repairable" for e in entries),
            "records_recoverable": sum(e["record_count"] for e in entries),
            "records_declared_but_lost": sum(
                e["declared_sample_count"] - e["record_count"]
                for e in entries
                if e["declared_sample_count"] is not None
            ),
            "records_kept": outcomes["accept"] + outcomes["accept_repaired"] + outcomes["flag"],
            "expected_outcomes": dict(sorted(outcomes.items())),
            "recoverable_by_data_type": dict(sorted(by_type.items())),
            "defects": len(defects),
        },
        "files": sorted(entries, key=lambda e: e["path"]),
        "defects": sorted(defects, key=lambda d: d["id"]),
    }


def build() -> tuple[dict[str, bytes], dict[str, Any], list, dict]:
    """Every file's bytes (MANIFEST.json included), the manifest, the records (key, clean, row), the records data."""
    plan, data = load_data()
    files, entries, defects, records, first_seen = {}, [], [], [], {}
    for f in plan["files"]:
        built = build_file(f, data.get(f["data_type"], {}), first_seen, plan)
        files[f["path"]] = built["bytes"]
        entries.append(built["entry"])
        defects += built["defects"]
        records += built["records"]
    manifest = make_manifest(plan, entries, defects)
    files["MANIFEST.json"] = (dumps(manifest) + "\n").encode("utf-8")
    return files, manifest, records, {"plan": plan, "data": data}


# ---- self-check ----------------------------------------------------------------------------------------------------
def check_data_is_valid(data: dict[str, dict[str, list[dict]]]) -> list[str]:
    """Every record of the data files passes the spec's schema and rules, before anything is planted."""
    from curation.ingest.interactions.normalize import check, normalize
    from curation.ingest.interactions.rules import violations
    from curation.ingest.interactions.settings import InteractionsConfig

    cfg, problems = InteractionsConfig(), []
    for data_type, lists in data.items():
        t = SPEC.type(data_type)
        for name, records in lists.items():
            for i, r in enumerate(records):
                sample, _ = normalize(copy.deepcopy(r), t)
                found = [p.reason for p in check(sample, t)] or violations(data_type, sample, cfg, SPEC)
                if found:
                    problems.append(f"{data_type}.yaml {name}[{i}]: not valid: {found}")
    return problems


def tool_verdicts(files: dict[str, bytes]) -> tuple[dict[Key, Any], dict[Key, str]]:
    """Run the tool's interaction ingest + validation + quality gate + duplicate check on the rendered files."""
    from curation.analytics import batch_analysis as analysis
    from curation.config import Config

    with tempfile.TemporaryDirectory() as tmp:
        for rel, raw in files.items():
            (Path(tmp) / rel).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / rel).write_bytes(raw)
        cfg = Config()
        cfg._root_dir = Path(tmp)
        cfg.inputs.interactions = ["."]
        a = analysis.analyze(cfg)
    recs = {(r.source.file, r.metadata["document"], r.source.index): r for r in a.recovered}
    by_id = {r.id: k for k, r in recs.items()}
    rejected = {
        by_id.get(row.get("id"))
        or (row["source_file"], (row.get("detail") or {}).get("document", 0), row.get("index")): row["reason"]
        for row in a.ctx.rejects.rows
    }
    return recs, rejected


def check_verdicts(files: dict[str, bytes], manifest: dict, records: list) -> list[str]:
    """The tool's verdict on every record is the manifest's, and it recovers every record in its clean form."""
    recs, rejected = tool_verdicts(files)
    problems = (
        []
        if len(recs) == manifest["totals"]["records_recoverable"]
        else [f"the tool recovers {len(recs)} records, the manifest says {manifest['totals']['records_recoverable']}"]
    )
    clean_of = {key: clean for key, clean, _ in records}
    for e in manifest["files"]:
        if e["parse"] == "unsalvageable" and rejected.get((e["path"], 0, None)) != "unparseable_file":
            problems.append(f"{e['path']}: not rejected as unparseable_file")
        for row in e["records"]:
            key = (e["path"], row["document"], row["index"])
            r, got, exp = recs.get(key), rejected.get(key), row["expected"]
            if exp == "reject" and row["reason"] != "near_duplicate":  # near duplicates are the build's to drop
                ok = got == row["reason"]
            elif exp == "flag":
                ok = r is not None and r.violations == row["rules"]
            else:
                repairs = {x.split(":", 1)[0] for x in r.repairs} if r else set()
                ok = (
                    r is not None
                    and got is None
                    and not r.violations
                    and (
                        set(row.get("repairs", [])) <= repairs
                        if exp == "accept_repaired"
                        else not any(":" in x for x in r.repairs)
                    )
                )
                if ok and "coerce_numeric_string" not in row.get("repairs", []) and r.data != clean_of[key]:
                    problems.append(f"{key}: the tool recovers a different record")
            if not ok:
                problems.append(
                    f"{key}: expected {exp} {row.get('reason') or row.get('rules') or ''}, the tool "
                    f"says {got or (r.violations if r else 'nothing')}"
                )
    return problems


def check_texts(files: dict[str, bytes], manifest: dict, records: list, plan: dict) -> list[str]:
    """Messy files fail a plain json.loads; texts are distinct except the planted duplicates, which are close."""
    problems, checks = [], plan["checks"]
    for e in manifest["files"]:
        kinds = {d["kind"] for d in manifest["defects"] if d["id"] in e["file_defects"]}
        try:
            json.loads(files[e["path"]].decode("utf-8"))
            parses = True
        except (json.JSONDecodeError, UnicodeDecodeError):
            parses = False
        if parses != (e["parse"] == "clean" or kinds == {"mojibake"}):
            problems.append(f"{e['path']}: a plain json.loads {'reads' if parses else 'fails on'} it")
    originals = {(k[0], k[1], k[2]): c for k, c, _ in records}
    seen: dict[str, str] = {}
    mains = []
    for key, clean, row in records:
        t = SPEC.type(next(e["data_type"] for e in manifest["files"] if e["path"] == key[0]))
        text = get_path(clean, row["text_field"])
        if "duplicate_of" in row:
            src = row["duplicate_of"]
            ratio = difflib.SequenceMatcher(
                None,
                text,
                get_path(originals[(src["file"], src["document"], src["index"])], row["text_field"]),
                autojunk=False,
            ).ratio()
            close = (
                ratio == 1.0
                if row["reason"] == "exact_duplicate"
                else checks["near_duplicate_similarity"] < ratio < 1.0
            )
            problems += [] if close else [f"{key}: {row['reason']} at similarity {ratio:.3f}"]
            continue
        words = checks["answer_words"].get(t.data_type)
        if words and not words[0] <= len(get_path(clean, t.roles.answer).split()) <= words[1]:
            problems.append(f"{key}: answer of {len(get_path(clean, t.roles.answer).split())} words")
        for path in dict.fromkeys((row["text_field"], *(p for p in t.roles.group if p != t.roles.name))):
            value = get_path(clean, path)
            if value in seen:
                problems.append(f"{key}: {path} repeats {seen[value]}")
            seen[value] = f"{key}:{path}"
        mains.append((key, text))
    for i, (k1, t1) in enumerate(mains):
        for k2, t2 in mains[i + 1 :]:
            m = difflib.SequenceMatcher(None, t1, t2, autojunk=False)
            if m.quick_ratio() > checks["max_similarity"] and m.ratio() > checks["max_similarity"]:
                problems.append(f"{k1} ~ {k2}: similarity {m.ratio():.2f}")
    return problems


def self_check(files: dict[str, bytes], manifest: dict, records: list, src: dict) -> None:
    problems = (
        check_data_is_valid(src["data"])
        + check_verdicts(files, manifest, records)
        + check_texts(files, manifest, records, src["plan"])
    )
    if problems:
        raise SystemExit("self-check failed:\n  " + "\n  ".join(problems))


def write(out: Path | None) -> dict[str, Any]:
    """Build and check every file, then write them under `out` (None: check only); returns the manifest."""
    files, manifest, records, src = build()
    self_check(files, manifest, records, src)
    for rel, raw in sorted(files.items()) if out is not None else ():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(raw)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--check", action="store_true", help="run the self-checks, write nothing")
    args = parser.parse_args(argv)
    totals = write(None if args.check else args.out)["totals"]
    where = "checked" if args.check else f"wrote {totals['files'] + 1} files to {args.out}"
    print(
        f"{where}: {totals['records_recoverable']} recoverable records, "
        f"{totals['defects']} planted defects, outcomes {totals['expected_outcomes']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
