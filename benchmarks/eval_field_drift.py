#!/usr/bin/env python3
"""Field-drift recovery, scored independently of the matcher (issue 11 acceptance).

    python benchmarks/eval_field_drift.py [--family tuning:100-199] [--family heldout:1-40] [--map proposed|truth]
        [--details FILE] [--out FILE]

Each family is a generator of drifted batch folders whose manifest holds the ground truth it planted:
`tuning` is tests/field_drift.py (the seeds `unwritten schema` was tuned on), `heldout` is
tests/field_drift_heldout.py (another generator's naming habits and layouts; kept out of the tuning loop),
`fresh` is tests/field_drift_fresh.py (other languages, descriptive and Hungarian names, other envelopes;
written apart from the matcher, for the final held-out score), `fresh2` is tests/field_drift_fresh2.py (Italian,
Portuguese, Polish, Japanese romaji, Dutch, Swedish and step-dump names; a second writer's, scored blind once in
eval_field_drift.fresh2-first.txt and a tuning family since). `fresh3` to `fresh28` are later writers' generators,
tests/field_drift_freshN.py, each written apart from the matcher and scored blind once before it joined the tuning
families; its line in FAMILIES says what it writes, and `--help` names them all.
Per seed the script writes the folder, asks `unwritten schema` (the library call behind the command) for its
map, runs the analysis (ingest, validation, quality gate, exact duplicates) with that map in the config, and
scores every planted record (with `--map proposed` the config also gets the `interactions.file_types` lines
`unwritten schema` proposes for files of no data type). The scorer reads only the manifest and the analysis
outcomes; with `--map truth` the generator's own map is used instead, which checks the generator and the ingest,
not the matcher. Columns:

  seeds     folders written
  records   records planted (a truncated record cut mid-way counts as planted)
  valid     valid records planted
  kept      valid records kept with no Master Truths rule flagged
  sure      ... of them, in a data type whose proposed map has no line marked CHECK (nothing to check)
  defects   planted defects (out-of-range values, low quality, rule violations, exact duplicates, cut records)
  flagged   defects rejected with the planted reason, flagged with the planted rule id, or (cut) not kept;
            broken down by kind (flagged/planted): `dups` exact duplicates rejected as exact_duplicate,
            `range` out-of-range values rejected with their range reason, `rules` Master Truths violations
            flagged with their rule id, `low` scores under the quality threshold, `cut` truncated records
            not kept
  lines     map lines proposed
  wrong     proposed lines judged by what they read: a line that is not the truth's own line (same path, same
            target) is wrong when the value our target field gets on some record under the proposed map differs
            from the one it gets under the generator's map, on a record where the generator's map gives one; or,
            for a field the generator's map never fills (a line that needs no move), when it differs from the
            record's own (an object of ours is compared on the keys the truth's holds: notes of theirs a
            container line carries along are not a value of ours). Records are matched by file, document and
            index between two analyses of the folder that differ only in the map (one more analysis per seed);
            a line is judged on the records it moved a value in (a type written by two prompt versions has a
            line per version), a line that moved nothing on those where no other line into that field did.
            So a line that reads the same values by another documented path (`blocks[title=Request].x` for
            `blocks[0].x`, `rows[].x` on a one-row list for `rows[0].x`) is not wrong. Where either analysis
            stops, no record of the type is read in both, or a line moved values only where the generator's
            map gives our field none, the string figure below stands for that line
  wrong(str) the figure `wrong` was before (results files up to fresh20-start compare with this column): lines whose
            source path is the truth's and whose target differs, or whose source path (and any path under it) the
            truth does not name ("needs no move"), compared as path strings
  ambig.    proposed lines the schema table marks CHECK (AMBIGUOUS, or chosen by value shape: a person should
            check them)
  stops     folders where, without any map, the missing-field guard (or the stop on a file of no data type)
            stops before writing anything
  same      data types in those stop messages whose field_map lines equal `unwritten schema`'s proposal
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import math
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import yaml  # noqa: E402

#: family -> (generator module in tests/, its folder writer, the plan key holding the true map)
FAMILIES = {
    "tuning": ("field_drift", "write_drifted_folder", "expected_map"),
    "heldout": ("field_drift_heldout", "write_heldout_folder", "truth"),
    "fresh": ("field_drift_fresh", "write_fresh_folder", "truth"),
    # written apart from the matcher; its first blind score is fresh2-first.txt
    "fresh2": ("field_drift_fresh2", "write_fresh2_folder", "truth"),
    # a fifth writer's English team dialects; its first blind score is fresh3-first.txt
    "fresh3": ("field_drift_fresh3", "write_fresh3_folder", "truth"),
    # a sixth writer's (es/pt/it, camel, SCREAMING, Hungarian, pair lists); its first blind score is fresh4-first.txt
    "fresh4": ("field_drift_fresh4", "write_fresh4_folder", "truth"),
    # a seventh writer's (Turkish, Indonesian, kebab-case, keys with units, {value, unit}); scored blind once at the end
    "fresh5": ("field_drift_fresh5", "write_fresh5_folder", "truth"),
    # an eighth writer's (Vietnamese, Finnish, Czech, Swahili, Korean, Romanian, Hungarian; pair lists, wrappers,
    # Airtable/payload envelopes, UTF-16, commented JSON, ```jsonl answers); scored blind once at the end
    "fresh6": ("field_drift_fresh6", "write_fresh6_folder", "truth"),
    # one dialect habit per seed (German, Hungarian, dotted keys, pair lists, boxes, units ...): made up for the tests
    "probe": ("field_drift_probe", "write_probe_folder", "truth"),
    # a ninth writer's (Russian/Greek transliterated, Hinglish, Catalan, Chinese pinyin, Tagalog, Danish; header /
    # body / meta groups, answers 2-3 levels down, turns keyed by speaker, API and wrapper envelopes); scored blind once
    "fresh7": ("field_drift_fresh7", "write_fresh7_folder", "truth"),
    # a tenth writer's (new registers, two prompt versions of a type in one folder); scored blind once at the end
    "fresh8": ("field_drift_fresh8", "write_fresh8_folder", "truth"),
    # an eleventh writer's; scored blind once at the end
    "fresh9": ("field_drift_fresh9", "write_fresh9_folder", "truth"),
    # a twelfth writer's; scored blind once at the end
    "fresh10": ("field_drift_fresh10", "write_fresh10_folder", "truth"),
    # a thirteenth writer's (Japanese-script keys, EAV {prop, propVal} pairs, Ukrainian Cyrillic); scored blind once
    "fresh11": ("field_drift_fresh11", "write_fresh11_folder", "truth"),
    # a fourteenth writer's (origin-grouped English, Thai-script keys, provenance cells / tuples); scored blind once
    "fresh12": ("field_drift_fresh12", "write_fresh12_folder", "truth"),
    # a fifteenth writer's (screen-panel English, Georgian-script keys, records as stage logs found by label)
    "fresh13": ("field_drift_fresh13", "write_fresh13_folder", "truth"),
    # a sixteenth writer's ("Group › Column" sheet headers, Armenian-keyed Ollama tool-call logs, records as cell rows)
    "fresh14": ("field_drift_fresh14", "write_fresh14_folder", "truth"),
    # a seventeenth writer's (xmltodict attributes of Welsh XML, Hebrew keys with a score tuple, JS object literals)
    "fresh15": ("field_drift_fresh15", "write_fresh15_folder", "truth"),
    # an eighteenth writer's (Devanagari keys, a positional review list; Maltese Python literals; Greek question keys)
    "fresh16": ("field_drift_fresh16", "write_fresh16_folder", "truth"),
    # a nineteenth writer's (Hangul keys, JSON Lines of one call's records a line; Arabic keys, options keyed by line)
    "fresh17": ("field_drift_fresh17", "write_fresh17_folder", "truth"),
    # a twentieth writer's (Tamil judges picked by label, split files; pandas tuple keys in Ge'ez; Bengali boxes)
    "fresh18": ("field_drift_fresh18", "write_fresh18_folder", "truth"),
    # a twenty-first writer's (Khmer JSON:API resources; Sinhala cells with notes; Mongolian files grouped by type)
    "fresh19": ("field_drift_fresh19", "write_fresh19_folder", "truth"),
    # a twenty-second writer's (Dzongkha rows embedding one-row arrays; Burmese blocks by position; Dhivehi 2-line talk)
    "fresh20": ("field_drift_fresh20", "write_fresh20_folder", "truth"),
    # a twenty-third writer's (Telugu event streams read by event name; Lao chat rows by turn; Kannada numbered forms)
    "fresh21": ("field_drift_fresh21", "write_fresh21_folder", "truth"),
    # a twenty-fourth writer's (Gujarati pages and rows by two labels; Malayalam answers with no fence; syllabics cards)
    "fresh22": ("field_drift_fresh22", "write_fresh22_folder", "truth"),
    # a twenty-fifth writer's (Gurmukhi panels with lists inside; Kazakh blocks titled in any case; Odia 3-label forms)
    "fresh23": ("field_drift_fresh23", "write_fresh23_folder", "truth"),
    # a twenty-sixth writer's (Tifinagh dossiers with lists two labels down; Syriac dotted keys with {}; Javanese cells)
    "fresh24": ("field_drift_fresh24", "write_fresh24_folder", "truth"),
    # a twenty-seventh writer's (N'Ko registers, "{}" two labels down; Sundanese "\." then a label; Baybayin panels)
    "fresh25": ("field_drift_fresh25", "write_fresh25_folder", "truth"),
    # a twenty-eighth writer's (Cherokee keys with two dots, "[]" then "\."; Adlam tabs of flattened cells, "{}";
    # Ol Chiki keyed lists with dotted members)
    "fresh26": ("field_drift_fresh26", "write_fresh26_folder", "truth"),
    # a twenty-ninth writer's (Osmanya Solr fields of one value, "\." then "[0]"; Meetei Mayek form pages by position,
    # "[N]" then "\."; Tirhuta workbooks, two labels then "\." and "{}")
    "fresh27": ("field_drift_fresh27", "write_fresh27_folder", "truth"),
    # a thirtieth writer's (Vai sections by name, a label, "{}" then a "\." member; Yi readings, "\." then a label
    # then "\."; Balinese run stages, "\." then "[N]" then "\.")
    "fresh28": ("field_drift_fresh28", "write_fresh28_folder", "truth"),
    # a thirty-first writer's (Osage survey keys holding a "/", repeat groups whose members repeat the path; Lontara
    # xmltodict sections and fields picked by an "@" attribute, a label then "[]"; Lisu edit ops picked by JSON Pointer)
    "fresh29": ("field_drift_fresh29", "write_fresh29_folder", "truth"),
}


def _write(family: str, folder: Path, seed: int, samples: dict) -> tuple[dict, dict[str, dict[str, str]]]:
    """Write one folder; (manifest, ground-truth map {type: {their path: our path}})."""
    module, writer, truth_key = FAMILIES[family]
    m = getattr(importlib.import_module(module), writer)(folder, seed, samples=samples)
    return m, {t: p[truth_key] for t, p in m["plans"].items()}


def _config(root: Path, interactions: dict | None) -> Any:
    from curation.config import load_config

    cfg = {"root": str(root), "inputs": {"interactions": ["batches"], "manuscripts": []}, "output": {"dir": "out/ds"}}
    if interactions:
        cfg["interactions"] = interactions
    path = root / "unwritten.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return load_config(path)


def _outcomes(a: Any) -> dict[tuple[str, int], tuple[str, Any]]:
    """(file name, index) -> (state, detail) for every record the analysis read: kept, rejected by a stage, or
    rejected by the ingest itself (unknown data type, cut, not an object); what is in none of them is lost."""
    status = a.status()
    out = {}
    for r in a.recovered:
        row = status.get(r.id)
        out[(Path(r.source.file).name, r.source.index)] = (
            ("rejected", row["reason"]) if row else ("kept", list(r.violations))
        )
    for row in a.ctx.rejects.rows:
        if not row.get("id") and row.get("index") is not None and row.get("source_file"):
            out.setdefault((Path(row["source_file"]).name, row["index"]), ("rejected", row["reason"]))
    return out


def _string_wrong(src: str, dst: str, tt: dict[str, str]) -> str | None:
    """Why a line is wrong compared as path strings with the truth's lines `tt` of its type (None: not wrong)."""
    if src in tt:
        return f"truth {tt[src]}" if tt[src] != dst else None
    if not any(k.startswith(src + ".") or k.startswith(src + "[]") for k in tt):
        return "needs no move"
    return None


def _wrong_lines(proposed: dict[str, dict[str, str]], truth: dict[str, dict[str, str]]) -> list[str]:
    wrong = []
    for t, lines in proposed.items():
        for src, dst in lines.items():
            why = _string_wrong(src, dst, truth.get(t, {}))
            if why:
                wrong.append(f"{t}: {src} -> {dst} ({why})")
    return wrong


#: a field the record does not hold (distinct from a null it holds)
_ABSENT = object()


def _our_value(data: Any, path: str) -> Any:
    """The value a record's data holds at one of OUR paths (`a.b`, `a[].b`: dots, `[]` into every element of a
    list). Ours only: our paths have no positions, labels or escaped dots, so this is not the map's reader."""
    if not path:
        return data
    step, _, rest = path.partition(".")
    each = step.endswith("[]")
    key = step[:-2] if each else step
    if not isinstance(data, dict) or key not in data:
        return _ABSENT
    v = data[key]
    if not each:
        return _our_value(v, rest)
    if not isinstance(v, list):
        return _ABSENT
    return [_our_value(e, rest) for e in v]


def _given(v: Any) -> bool:
    """Whether a value read by `_our_value` says something: not absent, not null, not a list of nothing."""
    if v is _ABSENT or v is None:
        return False
    return not (isinstance(v, list) and v and all(not _given(e) for e in v))


def _same(mine: Any, theirs: Any) -> bool:
    """Whether our field holds the same value under the proposed map (`mine`) as under the truth's (`theirs`). An
    object is compared on the keys the truth's holds: a key only the proposed holds is a leftover of theirs a
    container line carried along (notes beside a value), or our field another line filled (judged by that line)."""
    if not _given(mine) or not _given(theirs):
        return not _given(mine) and not _given(theirs)
    if isinstance(theirs, dict) and isinstance(mine, dict):
        return all(_same(mine.get(k, _ABSENT), v) for k, v in theirs.items())
    if isinstance(theirs, list) and isinstance(mine, list):
        return len(mine) == len(theirs) and all(_same(a, b) for a, b in zip(mine, theirs, strict=True))
    if isinstance(mine, float) and isinstance(theirs, float) and math.isnan(mine) and math.isnan(theirs):
        return True  # a NaN read the same way is the same value
    return bool(mine == theirs)


Values = dict[tuple[str, Any, Any], tuple[str | None, dict[str, Any], frozenset[str]]]


def _values(a: Any) -> Values:
    """(file, document, index) -> (data type, data after the map and the stages, the map lines that moved a value in
    it: its `field_map:<theirs>-><ours>` repairs) of every record read. The file as the analysis names it, not its
    name alone: the two analyses compared read one folder, where two teams' folders may hold files of one name."""
    return {
        (r.source.file, r.metadata.get("document"), r.source.index): (
            r.data_type,
            r.data,
            frozenset(x for x in r.repairs if x.startswith("field_map:")),
        )
        for r in a.recovered
    }


def _overlap(a: str, b: str) -> bool:
    """Whether two of our paths name the same field, or one a field inside the other."""
    return a == b or a.startswith((b + ".", b + "[]")) or b.startswith((a + ".", a + "[]"))


def _value_wrong_lines(
    proposed: dict[str, dict[str, str]],
    truth: dict[str, dict[str, str]],
    got: Values | None,
    want: Values | None,
) -> list[str]:
    """The proposed lines that put other values into our field than the generator's map does (see the docstring's
    `wrong`); `got` / `want` are the records read with the proposed / the generator's map (None: that run stopped).
    A line is judged on the records it moved a value in (a field its version of a type leaves empty elsewhere is
    a line missing, not this one wrong); a line that moved nothing, on the records where no line of ours into the
    same field (or one above or inside it) did. A line neither run can judge, or that moved values only where the
    generator's map gives our field none (no record to judge them on), keeps the string judgement: not passed
    unread. A line that moved nothing where nothing judges it changed no value: not wrong."""
    wrong = []
    g, w = got or {}, want or {}
    for t, lines in proposed.items():
        tt = truth.get(t, {})
        keys = [k for k in g if k in w and g[k][0] == w[k][0] == t]
        for src, dst in lines.items():
            if tt.get(src) == dst:
                continue
            name = f"{t}: {src} -> {dst}"
            if not keys:
                why = _string_wrong(src, dst, tt)
                if why:
                    wrong.append(f"{name} ({why}; not compared: no record of the type read with both maps)")
                continue
            # the truth's lines into our field, into a field above it or into one inside it
            filled_by = sorted(s for s, d in tt.items() if _overlap(d, dst))
            this = f"field_map:{src}->{dst}"
            others = {f"field_map:{s}->{d}" for s, d in lines.items() if s != src and _overlap(d, dst)}
            acted = [k for k in keys if this in g[k][2]]
            differ, judged = 0, 0
            for k in acted or keys:
                if not acted and others & g[k][2]:
                    continue  # another line of ours filled this field here (a type's other prompt version)
                mine, theirs = _our_value(g[k][1], dst), _our_value(w[k][1], dst)
                if filled_by and not _given(theirs):
                    continue  # the truth gives this record no value: nothing to compare
                judged += 1
                differ += not _same(mine, theirs)
            if acted and not judged:  # it moved values, but only where the generator's map leaves our field empty
                why = _string_wrong(src, dst, tt)
                if why:
                    wrong.append(f"{name} ({why}; not compared: the generator's map gives no value on its records)")
                continue
            if differ:
                why = f"truth reads it from {', '.join(filled_by)}" if filled_by else "needs no move"
                wrong.append(f"{name} ({why}; other values on {differ} of {judged} records)")
    return wrong


def _stopped_on(msg: str) -> str:
    """Every type and required field a stop message names ('dramatic_irony: response_options; emotional_authenticity:
    capacity_factors'): the guard names each type that stops, so the summary must not keep only the first."""
    named = re.findall(r"(\w+): required field '([^']+)'", msg.split("\n")[0])
    return "; ".join(f"{t}: {f}" for t, f in named) if named else msg[:200]


def _values_or_none(analysis: Any, root: Path, interactions: dict) -> Values | None:
    from curation.errors import UserError

    try:
        with contextlib.redirect_stderr(io.StringIO()):
            return _values(analysis.analyze(_config(root, interactions)))
    except UserError:
        return None


def score_seed(family: str, seed: int, samples: dict, rules: set[str], use: str) -> dict[str, Any]:
    from curation.analytics import batch_analysis as analysis
    from curation.errors import UserError
    from curation.ingest.interactions.field_match import field_map
    from curation.ingest.interactions.schema_report import schema_report

    with tempfile.TemporaryDirectory(prefix="eval_drift_") as tmp:
        root = Path(tmp)
        manifest, truth = _write(family, root / "batches", seed, samples)
        rep = schema_report([root / "batches"])
        proposed = field_map(rep.matches)
        ambiguous = [
            f"{tm.data_type}: {m.source} -> {m.target}"
            for tm in rep.matches
            for m in tm.matches
            if m.how == "proposed" and ("AMBIGUOUS" in m.evidence or "chosen by value shape" in m.evidence)
        ]
        checked_types = {a.split(":")[0] for a in ambiguous}
        stops, same, stop_types = 0, 0, 0
        try:
            with contextlib.redirect_stderr(io.StringIO()):
                analysis.analyze(_config(root, None))
        except UserError as e:
            stops = 1
            msg = str(e)
            stop_map = yaml.safe_load(msg[msg.index("interactions:\n") :])["interactions"].get("field_map", {})
            for t, lines in stop_map.items():
                stop_types += 1
                same += {k: v for k, v in lines.items() if not k.startswith("<")} == proposed.get(t, {})
        the_map = proposed if use == "proposed" else truth
        # the files of no type `unwritten schema` names get its file_types lines (with its map, not the truth)
        types = {"file_types": rep.file_types} if rep.file_types else {}
        declared = types if use == "proposed" else {}
        try:
            with contextlib.redirect_stderr(io.StringIO()):
                a = analysis.analyze(_config(root, {"field_map": the_map, **declared}))
            outcomes = _outcomes(a)
            stopped = None
            main_values: Values | None = _values(a)
        except UserError as e:  # even with the map, the guard stops: nothing is kept
            outcomes, stopped, main_values = {}, _stopped_on(str(e)), None
        # what each proposed line reads: the records under both maps, with the same file_types (one more run,
        # two with --map truth when `unwritten schema` declares file types)
        got = main_values if use == "proposed" else _values_or_none(analysis, root, {"field_map": proposed, **types})
        want = (
            main_values
            if use == "truth" and not types
            else _values_or_none(analysis, root, {"field_map": truth, **types})
        )
    recs = manifest["records"]
    res: dict[str, Any] = {
        "records": len(recs),
        "valid": 0,
        "kept": 0,
        "sure": 0,
        "defects": 0,
        "flagged": 0,
        "lines": sum(len(v) for v in proposed.values()),
        "wrong": [f"seed {seed}: {w}" for w in _value_wrong_lines(proposed, truth, got, want)],
        "value_runs_stopped": [
            f"seed {seed}: {n}" for n, v in (("proposed map", got), ("generator's map", want)) if v is None
        ],
        "wrong_str": [f"seed {seed}: {w}" for w in _wrong_lines(proposed, truth)],
        "ambiguous": ambiguous,
        "stops": stops,
        "stop_types": stop_types,
        "same": same,
        "misses": [],
        **{f"{k}_planted": 0 for k in KINDS},
        **{f"{k}_flagged": 0 for k in KINDS},
        "stopped_with_map": [f"seed {seed}: {stopped}"] if stopped else [],
    }
    for p in recs:
        state, detail = outcomes.get((p["file"], p["index"]), ("lost", None) if stopped is None else ("stopped", None))
        if p["expected"] == "keep":
            res["valid"] += 1
            ok = state == "kept" and not set(detail) & rules
            res["kept"] += ok
            res["sure"] += ok and p["data_type"] not in checked_types
        else:
            res["defects"] += 1
            if p["expected"] == "reject":
                ok = state == "rejected" and detail == p["reason"]
            elif p["expected"] == "lost":
                ok = state != "kept"
            else:
                ok = (state == "kept" and p["rule"] in detail) or (
                    state == "rejected" and detail == "rule_" + p["rule"].replace(".", "_")
                )
            res["flagged"] += ok
            kind = _kind(p)
            res[f"{kind}_planted"] += 1
            res[f"{kind}_flagged"] += ok
        if not ok:
            res["misses"].append({"seed": seed, **p, "got": [state, detail]})
    return res


#: defect kinds reported in their own columns (what the issue's held-out acceptance names)
KINDS = ("dups", "range", "rules", "low", "missing", "value", "cut")


def _kind(p: dict[str, Any]) -> str:
    """The kind of a planted defect, from the manifest's expectation and reason."""
    if p["expected"] == "lost":
        return "cut"
    if p["expected"] == "flag" or str(p.get("reason", "")).startswith("rule_"):
        return "rules"
    if p.get("reason") == "exact_duplicate":
        return "dups"
    if str(p.get("reason", "")).endswith("out_of_range"):
        return "range"
    if p.get("reason") == "below_quality_threshold":
        return "low"
    if p.get("reason") == "missing_required_field":
        return "missing"
    if p.get("reason") in ("not_a_number", "uncoercible_type", "off_authenticity_target"):
        return "value"  # a value the spec cannot read as its type, or off the target its own record declares
    raise SystemExit(f"eval: a planted defect of unknown kind: {p}")


def _parse_family(text: str) -> tuple[str, list[int]]:
    """`--family NAME[:LO[-HI]]` as (name, seeds); a bad one is a one-line error naming it, not a traceback
    (a seed range that is no number, or one that runs backwards, would leave nothing to score)."""
    name, _, rng = text.partition(":")
    if name not in FAMILIES:
        raise SystemExit(f"eval: unknown family {name!r} in --family {text!r} (known: {', '.join(FAMILIES)})")
    lo, _, hi = (rng or "1-10").partition("-")
    if not lo.strip().isdigit() or not (hi or lo).strip().isdigit() or int(hi or lo) < int(lo):
        raise SystemExit(f"eval: --family {text!r}: the seeds must read LO or LO-HI, whole numbers, LO <= HI")
    return name, list(range(int(lo), int(hi or lo) + 1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--family",
        action="append",
        default=None,
        help="NAME:LO-HI, NAME one of " + ", ".join(FAMILIES) + " (each the generator tests/<module>.py "
        "named in FAMILIES: tuning = field_drift, heldout = field_drift_heldout, freshN = field_drift_freshN)",
    )
    ap.add_argument("--map", choices=["proposed", "truth"], default="proposed")
    ap.add_argument("--details", default=None, help="write every miss, wrong line and ambiguous line (JSON)")
    ap.add_argument("--out", default=None, help="also write the table to this file")
    args = ap.parse_args()
    from field_drift import valid_samples

    from curation.domain import load_spec

    rules = set(load_spec().raw["rule_ids"])
    samples = valid_samples()
    rows, details = [], {}
    for fam in args.family or ["tuning:100-199"]:
        name, seeds = _parse_family(fam)
        t0 = time.perf_counter()
        tot: dict[str, Any] = {}
        for seed in seeds:
            r = score_seed(name, seed, samples, rules, args.map)
            for k, v in r.items():
                tot[k] = tot.get(k, 0 if not isinstance(v, list) else []) + v
        tot["seconds"] = time.perf_counter() - t0
        label = f"{name} {seeds[0]}-{seeds[-1]}"
        rows.append((label, len(seeds), tot))
        details[label] = {
            "misses": tot["misses"],
            "wrong": tot["wrong"],
            "wrong_str": tot["wrong_str"],
            "value_runs_stopped": tot["value_runs_stopped"],  # the string judgement stands there
            "ambiguous": tot["ambiguous"],
            "stopped_with_map": tot["stopped_with_map"],
        }
    head = (
        f"{'family (map: ' + args.map + ')':<28}{'seeds':>6}{'records':>9}{'valid':>7}{'kept':>15}{'sure':>15}"
        f"{'defects':>9}{'flagged':>15}"
        + "".join(f"{k:>10}" for k in KINDS)
        + f"{'lines':>7}{'wrong':>7}{'wrong(str)':>11}{'ambig.':>7}{'stops':>7}{'same':>9}{'s':>6}"
    )
    lines = [head]
    for label, n, t in rows:
        kept = f"{t['kept']} ({t['kept'] / max(t['valid'], 1):.1%})"
        sure = f"{t['sure']} ({t['sure'] / max(t['valid'], 1):.1%})"
        flagged = f"{t['flagged']} ({t['flagged'] / max(t['defects'], 1):.1%})"
        lines.append(
            f"{label:<28}{n:>6}{t['records']:>9}{t['valid']:>7}{kept:>15}{sure:>15}{t['defects']:>9}{flagged:>15}"
            + "".join(f"{str(t[k + '_flagged']) + '/' + str(t[k + '_planted']):>10}" for k in KINDS)
            + f"{t['lines']:>7}{len(t['wrong']):>7}{len(t['wrong_str']):>11}{len(t['ambiguous']):>7}{t['stops']:>7}"
            f"{str(t['same']) + '/' + str(t['stop_types']):>9}"
            f"{t['seconds']:>6.0f}"
        )
    text = "\n".join(lines)
    print(text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    if args.details:
        Path(args.details).parent.mkdir(parents=True, exist_ok=True)
        Path(args.details).write_text(json.dumps(details, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
