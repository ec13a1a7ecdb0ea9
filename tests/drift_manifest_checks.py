"""The checks every drift family's manifest test (tests/test_field_drift_fresh*_manifest.py) makes, kept in one place.

Each manifest test was written by copying the previous one and changing only what its family writes differently: how
a file is read back, how a written value reads as ours, which keys the writer adds, the sizes of a folder, the
markers of the mess. Those stay in the family's test and are handed over here in a `Generator`; the checks
themselves (the manifest adds up, the truth map reaches every record, no key names ours, every planted record breaks
the spec exactly as planted ...) live here, so a new family's test binds its habits and calls them, and a fix to a
check is made once. Each test module keeps its own test functions (its seeds, its docstrings) and calls these.

The spec's checks are read straight from curation/domain/spec.yaml, never from the code under test.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SPEC = yaml.safe_load((REPO / "curation" / "domain" / "spec.yaml").read_text(encoding="utf-8"))
RULES = SPEC["rules"]

# --- reading a written folder back ---------------------------------------------------------------------------------


def digest(folder: Path) -> dict[str, str]:
    """Every file of a folder by its relative path: its sha256."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def complete_elements(text: str, at: int) -> list[Any]:
    """The complete JSON values of a list cut short, read from `at` (just inside its "[")."""
    dec, pos, out = json.JSONDecoder(), at, []
    while True:
        pos = re.compile(r"[\s,]*").match(text, pos).end()  # type: ignore[union-attr]
        try:
            x, pos = dec.raw_decode(text, pos)
        except json.JSONDecodeError:
            return out
        out.append(x)


def first_list(doc: Any) -> list[Any] | None:
    """The first list in a document (depth first): where the writer's envelopes keep the records."""
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):
        for v in doc.values():
            found = first_list(v) if isinstance(v, (dict, list)) else None
            if found is not None:
                return found
    return None


#: a comment between records in a fenced answer: the Qwen3 teams' block comment (fresh11-14), a line comment
BLOCK_COMMENT = r"\n  /\* [^\n]* \*/"
LINE_COMMENT = r"\n  // [^\n]*"


def read_records(
    path: Path, fence: str = "```json\n", comment: str = BLOCK_COMMENT, bare_keys: bool = False
) -> tuple[list[Any], bool]:
    """(the complete records of a written file, whether it ends inside a record), read the simple way the manifest
    tests know the writers write them: a chat answer (a think block, then the records in a `fence`, perhaps a
    trailing comma, a `comment` between records, with `bare_keys` a JS object literal's unquoted keys); JSON Lines;
    an array somewhere in an envelope."""
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if text.startswith("<think>"):
        assert "</think>" in text and "{" not in text.split("</think>", 1)[0], path
        body = re.sub(comment, "", text.split(fence, 1)[1])
        if bare_keys:
            body = re.sub(r"(?m)^(\s*)([A-Za-z_][A-Za-z0-9_]*): ", r'\1"\2": ', body)
        if "\n```" not in body:  # cut by the end of the answer
            return complete_elements(body, body.index("[") + 1), True
        body = re.sub(r"\},\n\]$", "}\n]", body.split("\n```", 1)[0])
        return json.loads(body), False
    if text.split("\n", 1)[0].strip() not in ("{", "["):  # JSON Lines
        out = []
        for line in text.splitlines():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                return out, True
        return out, False
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        first = re.search(r"\[\s*\{", text)
        assert first, path
        return complete_elements(text, first.start() + 1), True
    rows = first_list(doc)
    assert rows is not None, path
    return rows, False


def steps(path: str) -> list[str]:
    """A field_map path's steps ("\\." is a dot inside a key, kept as written)."""
    return re.split(r"(?<!\\)\.", path)


def walk(obj: Any, steps: list[str]) -> list[Any]:
    """Every value a field_map source path reaches in obj: dots, "[]", "[N]", "[key=label]" (label compared without
    case), "{}" (the keys of an object keyed by label when it ends the path, else its values)."""
    if not steps:
        return [] if obj is None else [obj]
    head, rest = steps[0], steps[1:]
    m = re.fullmatch(r"(.+?)(?:\[(.*)\]|(\{\}))", head)
    key = (m[1] if m else head).replace("\\.", ".")
    if not isinstance(obj, dict) or key not in obj:
        return []
    v = obj[key]
    if not m:
        return walk(v, rest)
    if m[3]:
        if not isinstance(v, dict):
            return []
        return list(v) if not rest else [y for x in v.values() for y in walk(x, rest)]
    if not isinstance(v, list):
        return []
    if m[2] == "":
        return [y for x in v for y in walk(x, rest)]
    if m[2].isdigit():
        return walk(v[int(m[2])], rest) if int(m[2]) < len(v) else []
    k, _, label = m[2].partition("=")
    return [y for x in v if isinstance(x, dict) and str(x.get(k)).lower() == label.lower() for y in walk(x, rest)]


def ours(rec: dict[str, Any], target: str) -> list[Any]:
    """Our values at a target path ("a.b", "a[].b")."""
    node: Any = [rec]
    for part in target.split("."):
        nxt: list[Any] = []
        for n in node:
            key, many = (part[:-2], True) if part.endswith("[]") else (part, False)
            v = n.get(key) if isinstance(n, dict) else None
            if v is None:
                continue
            nxt += v if many else [v]
        node = nxt
    return node


def label(text: str) -> str:
    """A written label as ours (case, hyphens and spaces normalised)."""
    return text.lower().replace("-", "_").replace(" ", "_")


def sorted_all_the_way(node: Any) -> bool:
    """Every object's keys in sorted order, at every depth."""
    if isinstance(node, list):
        return all(sorted_all_the_way(x) for x in node)
    if isinstance(node, dict):
        return list(node) == sorted(node) and all(sorted_all_the_way(v) for v in node.values())
    return True


# --- the spec's fields ---------------------------------------------------------------------------------------------

#: our path -> its scale name (score, capacity, level ...), every type: "7 of 10" is 0.7 in a score, 7 in a capacity
SCALES: dict[str, str] = {}


def fields(dtype: str) -> set[str]:
    """Every dotted path of a type's fields in the spec ("a.b", "a[].b")."""
    defs = SPEC["definitions"]

    def walk(prefix: str, fields: dict[str, Any]) -> set[str]:
        out = set()
        for name, f in fields.items():
            if "ref" in f:
                f = {**defs[f["ref"]], **f}
            path = f"{prefix}{name}"
            out.add(path)
            if isinstance(f.get("range"), str):
                SCALES[path] = f["range"]
            if "fields" in f:
                out |= walk(path + ".", f["fields"])
            items = f.get("items")
            if items:
                items = {**defs[items["ref"]], **items} if "ref" in items else items
                out |= walk(path + "[].", items.get("fields", {}))
        return out

    return walk("", SPEC["types"][dtype]["fields"])


for _t in SPEC["types"]:
    fields(_t)


def squash(name: str) -> str:
    """A name as a lenient reader may compare it: case and separators gone (npcResponse == npc_response)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def names_and_aliases(fields: dict[str, Any]) -> set[str]:
    """Every name and alias of ours under `fields`, squashed."""
    out: set[str] = set()
    for name, f in fields.items():
        if "ref" in f:
            f = {**SPEC["definitions"][f["ref"]], **f}
        out |= {squash(name), *(squash(a) for a in f.get("aliases", []))}
        out |= names_and_aliases(f.get("fields", {}))
        items = f.get("items") or {}
        items = {**SPEC["definitions"][items["ref"]], **items} if "ref" in items else items
        out |= names_and_aliases(items.get("fields", {}))
    return out


def required(dtype: str) -> set[str]:
    """Every required path of a type in the spec ("a", "a.b", "a[].b"): a required object's or list's required parts."""
    defs = SPEC["definitions"]

    def walk(prefix: str, fields: dict[str, Any]) -> set[str]:
        out = set()
        for name, f in fields.items():
            f = {**defs[f["ref"]], **f} if "ref" in f else f
            if not f.get("required"):
                continue
            out.add(f"{prefix}{name}")
            out |= walk(f"{prefix}{name}.", f.get("fields", {}))
            items = f.get("items") or {}
            items = {**defs[items["ref"]], **items} if "ref" in items else items
            out |= walk(f"{prefix}{name}[].", items.get("fields", {}))
        return out

    return walk("", SPEC["types"][dtype]["fields"])


# --- the spec's own checks, read from the YAML, on our records ----------------------------------------------------


def bucket(value: float, table: dict[str, Any]) -> set[str]:
    """The buckets of a rule table whose accepted range holds value."""
    return {k for k, b in table.items() if b["accept"][0] <= value <= b["accept"][1]}


def capacity(
    out: set[str],
    state: dict[str, Any],
    ctx: dict[str, Any],
    score: float,
    needs_constraint: bool,
    given: re.Pattern,
    first_reading: bool = False,
) -> None:
    """The capacity rules a record breaks; `given` finds the support given in a constraint sentence (the family's
    phrasings). `first_reading` is the reading fresh8-fresh10's tests were written with: only the base and effective
    capacity are range-checked (and the rules still read), and a need over X+2 counts as unshown whenever there is
    no constraint sentence."""
    base, eff, factors = state["base_capacity"], state["effective_capacity"], state["capacity_factors"]
    if first_reading:
        if not (0 <= base <= 10 and 0 <= eff <= 10):
            out.add("capacity_out_of_range")
    elif not all(0 <= x <= 10 for x in (base, eff, ctx["support_needed"])):
        out.add("capacity_out_of_range")
        return
    if abs(min(10, max(0, base + sum(f["impact"] for f in factors))) - eff) > 0.05:
        out.add("capacity.effective_formula")
    buckets = RULES["capacity"]["buckets"]
    if ctx["capacity_level"] not in bucket(eff, buckets):
        near = min(buckets, key=lambda k: min(abs(eff - x) for x in buckets[k]["accept"]))
        if ctx["capacity_level"] != near:
            out.add("capacity.bucket")
    x2 = eff + RULES["capacity"]["x_plus"]
    limit_shown = ctx["authenticity_target"] != "excellent" and (ctx.get("constraint") or not needs_constraint)
    if first_reading:
        limit_shown = ctx["authenticity_target"] != "excellent" and bool(ctx.get("constraint"))
    if ctx["support_needed"] > x2 and not limit_shown:
        out.add("capacity.x_plus_2")
    support = ctx.get("support_provided")
    if support is None and ctx.get("constraint"):
        found = given.search(ctx["constraint"])
        support = float(found[1]) if found else None
    if support is not None and support > x2:
        out.add("capacity.x_plus_2")
    if 0 <= score <= 1 and ctx["authenticity_target"] not in bucket(score, RULES["authenticity"]["buckets"]):
        out.add("authenticity.bucket")
    if ctx["complexity_type"] not in {c for lst in RULES["complexity_types"].values() for c in lst}:
        out.add("complexity.type")


def irony(out: set[str], rec: dict[str, Any]) -> None:
    """The dramatic-irony rules a record breaks."""
    cap, opts = rec["character_capacity"], RULES["irony"]["options"]
    if rec["knowledge_gap_score"] < RULES["irony"]["knowledge_gap_trigger"]:
        out.add("irony.knowledge_gap")
    for o in rec["response_options"]:
        if o["type"] not in opts:
            out.add("irony.option_type")
        elif (
            not opts[o["type"]]["relationship_impact"][0]
            <= o["relationship_impact"]
            <= opts[o["type"]]["relationship_impact"][1]
        ):
            out.add("irony.relationship_impact")
    if cap > 10:
        return

    def fits(t: str) -> bool:  # [low, high), growth up to 10 included
        return t in opts and (
            opts[t]["capacity"][0] <= cap < opts[t]["capacity"][1] or cap == opts[t]["capacity"][1] == 10
        )

    if "recommended_option" in rec and not fits(rec["recommended_option"]):
        out.add("irony.option_capacity")
    if {o["type"] for o in rec["response_options"]} != set(opts) and not any(
        fits(o["type"]) for o in rec["response_options"]
    ):
        out.add("irony.option_capacity")


def broken(  # noqa: C901 (one branch per data type)
    dtype: str, rec: dict[str, Any], given: re.Pattern, first_reading: bool = False
) -> set[str]:
    """The spec checks one of our records breaks (ranges as '<reason>', rules by id), by this test's reading
    (`first_reading`: fresh8-fresh10's, see capacity; no range check of an irony record's knowledge gap)."""
    out: set[str] = set()

    def rng(v: Any, lo: float | None, hi: float | None, reason: str) -> None:
        if isinstance(v, float) and math.isnan(v):
            out.add("not_a_number")
        elif v is not None and ((lo is not None and v < lo) or (hi is not None and v > hi)):
            out.add(reason)

    if dtype == "emotional_authenticity":
        rng(rec["authenticity_score"], 0, 1, "score_out_of_range")
        ctx = {**rec, "support_needed": rec["support_level_needed"], "constraint": rec["demonstrates_constraint"]}
        capacity(out, rec, ctx, rec["authenticity_score"], True, given, first_reading)
        if "authenticity.bucket" in out:
            out.add("off_authenticity_target")
    elif dtype == "dramatic_irony":
        rng(rec["character_capacity"], 0, 10, "capacity_out_of_range")
        if not first_reading:
            rng(rec["knowledge_gap_score"], 0, 1, "score_out_of_range")
        rng(rec["dramatic_irony_score"], 0, 1, "score_out_of_range")
        irony(out, rec)
    elif dtype == "tension_building":
        rng(rec["relationship_level"], 1, 5, "value_out_of_range")
        rng(rec["tension_score"], 0, 1, "score_out_of_range")
        hooks, w = RULES["tension"]["hooks"], rec["payoff_window_weeks"]
        if rec["hook_type"] not in hooks:
            out.add("tension.hook_type")
        elif (
            not hooks[rec["hook_type"]]["payoff_weeks"][0]
            <= w["min"]
            <= w["max"]
            <= hooks[rec["hook_type"]]["payoff_weeks"][1]
        ):
            out.add("tension.payoff_window")
    elif dtype == "memory_resonance":
        rng(rec["memory"]["weeks_ago"], 0, None, "value_out_of_range")
        rng(rec["resonance_score"], 0, 1, "score_out_of_range")
        weights = RULES["memory"]["resonance_weights"]
        if rec["resonance_type"] not in weights:
            out.add("memory.resonance_type")
        elif abs(weights[rec["resonance_type"]] - rec["resonance_weight"]) > 1e-9:
            out.add("memory.resonance_weight")
    elif dtype == "personality_traits":
        for v in rec["ocean"].values():
            rng(v, 0, 1, "score_out_of_range")
        rng(rec["quality_score"], 0, 1, "score_out_of_range")
    elif dtype == "relationship_scoring":
        rng(rec["relationship_score"], 0, 1, "score_out_of_range")
        rng(rec["trust_change"], -1, 1, "value_out_of_range")
        rng(rec["quality_score"], 0, 1, "score_out_of_range")
        rng(rec.get("relationship_level"), 1, 5, "value_out_of_range")
    else:
        meta, ctx = rec["training_metadata"], rec["interaction_context"]
        rng(meta["quality_score"], 0, 1, "score_out_of_range")
        rng(rec["npc_profile"].get("age"), 0, 150, "value_out_of_range")
        rng(rec["game_outcomes"]["capacity_after"], 0, 10, "capacity_out_of_range")
        for v in rec["npc_ocean_personality"].values():
            rng(v, 0, 1, "score_out_of_range")
        state, score = rec["npc_emotional_state"], meta["authenticity_score"]
        capacity(out, state, {**ctx, "constraint": None} if first_reading else ctx, score, False, given, first_reading)
        hook = rec.get("tension_memory", {}).get("hook_type")
        if hook is not None and hook not in RULES["tension"]["hooks"]:
            out.add("tension.hook_type")
    quality = {
        "emotional_authenticity": None,
        "dramatic_irony": "dramatic_irony_score",
        "tension_building": "tension_score",
        "memory_resonance": "resonance_score",
        "personality_traits": "quality_score",
        "relationship_scoring": "quality_score",
        "multi_step": "training_metadata.quality_score",
    }[dtype]
    if quality:
        q: Any = rec
        for k in quality.split("."):
            q = q[k]
        if q < SPEC["types"][dtype]["quality_threshold"]:
            out.add("below_quality_threshold")
    return out


# --- a family under test -------------------------------------------------------------------------------------------


def _int_count(value: Any) -> bool:
    return isinstance(value, int) and 0 <= value <= 6


@dataclass(frozen=True)
class Generator:
    """What a family's manifest test hands the shared checks: its writer and its habits."""

    #: the family's name ("fresh15"): its seeds' random streams, its file names, its line in the eval
    name: str
    #: write_<name>_folder(folder, seed, with_ours=...) -> manifest
    write: Callable[..., dict[str, Any]]
    dialects: dict[str, dict[str, Any]]
    by_type: dict[str, list[str]]
    types: list[str]
    answer: dict[str, str]
    truth_map: Callable[[dict[str, Any]], dict[str, str]]
    #: (rng, seed) -> (type, size, prompt versions) of a folder, the writer's own plan
    layout: Callable[[random.Random, int], list[tuple[str, str, list[str]]]]
    #: (path) -> (the complete records of a written file, whether it ends inside a record), read the family's way
    records: Callable[[Path], tuple[list[Any], bool]]
    #: (written text, scale) -> the number docs/interaction-formats.md reads it as (ValueError when none)
    number: Callable[[Any, str], float]
    #: (their value, our value, our path) -> whether the written value reads back to ours
    reads_back: Callable[[Any, Any, str], bool]
    #: (dialect) -> every key the writer writes for it, with its parts (a pair label, a decoy, an extra included)
    key_parts: Callable[[dict[str, Any]], list[tuple[str, set[str]]]]
    #: the support given in a constraint sentence, as the family's writer phrases it (group 1: the number)
    given: re.Pattern
    #: valid records of a type by its size: (lo, hi) and the fewest files of a large type
    sizes: dict[str, tuple[int, int]] = field(
        default_factory=lambda: {"tiny": (3, 6), "normal": (22, 72), "large": (90, 120)}
    )
    large_files: int = 4
    #: a decoy count as written (an int; text in a family that writes every value as text)
    count_ok: Callable[[Any], bool] = _int_count
    #: other decoy kinds the family writes: kind -> what its value must be
    decoy_kinds: dict[str, Callable[[Any], bool]] = field(default_factory=dict)

    def seed_layout(self, seed: int) -> list[tuple[str, str, list[str]]]:
        return self.layout(random.Random(f"{self.name}/{seed}"), seed)

    def answer_key(self, dialect: dict[str, Any], dtype: str) -> str:
        return next(t for t, o in self.truth_map(dialect).items() if o == self.answer[dtype])


Made = Callable[[int], tuple[Path, dict[str, Any]]]


def made_fixture(write: Callable[..., dict[str, Any]]) -> Any:
    """The `made` fixture of a family's test: one folder per seed for the whole module (with our records in the
    manifest), written once, read by many."""

    @pytest.fixture(scope="module")
    def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
        cache: dict[int, tuple[Path, dict[str, Any]]] = {}

        def get(seed: int) -> tuple[Path, dict[str, Any]]:
            if seed not in cache:
                folder = tmp_path_factory.mktemp(f"seed{seed}")
                cache[seed] = folder, write(folder, seed, with_ours=True)
            return cache[seed]

        return get

    return made


# --- the checks ----------------------------------------------------------------------------------------------------


def same_seed_same_folder_and_manifest(gen: Generator, tmp_path: Path) -> None:
    a = gen.write(tmp_path / "a", 2)
    b = gen.write(tmp_path / "b", 2)
    gen.write(tmp_path / "c", 3)
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert digest(tmp_path / "a") != digest(tmp_path / "c")


def command_line_same_bytes_under_any_hash_seed(gen: Generator, tmp_path: Path) -> None:
    digests = []
    for hash_seed in ("0", "4242"):
        out = tmp_path / f"h{hash_seed}" / "drop"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run(
            [sys.executable, str(TESTS / f"field_drift_{gen.name}.py"), str(out), "--seed", "6"],
            check=True,
            env=env,
            capture_output=True,
        )
        side = out.parent / f"drop.{gen.name}.manifest.json"
        digests.append((digest(out), hashlib.sha256(side.read_bytes()).hexdigest()))
    assert digests[0] == digests[1] and digests[0][0]


REASONS = {
    "exact_duplicate",
    "missing_required_field",
    "below_quality_threshold",
    "off_authenticity_target",
    "not_a_number",
    "uncoercible_type",
    "value_out_of_range",
}


def manifest_adds_up(gen: Generator, made: Made, seed: int) -> None:
    """Counts, one (file, index) per record, every planted file holding as many records as the manifest says, the
    planted duplicates byte for byte their sources."""
    folder, m = made(seed)
    recs, c = m["records"], m["counts"]
    assert c["records"] == len(recs) == sum(c["by_expected"].values()) == sum(c["by_type"].values())
    assert sum(c["by_outcome"].values()) == len(recs)
    assert sum(c["by_defect"].values()) == sum(1 for r in recs if r["defect"])
    assert len({(r["file"], r["index"]) for r in recs}) == len(recs)  # the eval's key is unique
    assert len({Path(f).name for f in m["files"]}) == len(m["files"])
    assert set(c["by_type"]) == set(m["plans"]) <= set(gen.types) and len(m["plans"]) >= 5
    assert c["by_expected"]["lost"] == 1 and c["by_expected"]["keep"] >= 3 * len(m["plans"])
    reasons = {*REASONS, *SPEC["range_reasons"].values()}
    for r in recs:
        assert r["expected"] in ("keep", "reject", "flag", "lost")
        assert r["expected"] != "flag" or r["rule"] in SPEC["rule_ids"]
        assert r["expected"] != "reject" or r["reason"] in reasons
    per_file = Counter(r["path"] for r in recs)
    assert sorted(per_file) == sorted(m["files"])
    boms = [rel for rel in m["files"] if (folder / rel).read_bytes().startswith(b"\xef\xbb\xbf")]
    assert len(boms) == 1 and b"\r\n" in (folder / boms[0]).read_bytes()
    files = {rel: gen.records(folder / rel) for rel in per_file}
    for rel, n in per_file.items():
        got, cut = files[rel]
        lost = sum(1 for r in recs if r["path"] == rel and r["expected"] == "lost")
        assert cut == bool(lost) == ("cut" in m["mess"][rel]), rel
        assert len(got) == n - lost, rel
        for r in recs:
            if r["path"] == rel and r["defect"] == "exact_duplicate" and r["dup_of"] == rel:
                assert got[r["index"]] in got[: r["index"]]  # byte for byte an earlier record of its file
            elif r["path"] == rel and r["defect"] == "exact_duplicate":  # ... or of an earlier file beside it
                earlier = Path(r["dup_of"])
                assert earlier.parent == Path(rel).parent and earlier.name < Path(rel).name
                assert got[r["index"]] in files[r["dup_of"]][0] and got[r["index"]] not in got[: r["index"]]
            elif r["path"] == rel and r["expected"] != "lost":
                assert got[r["index"]] not in got[: r["index"]]


def no_two_records_alike_but_planted_duplicates(made: Made, seed: int) -> None:
    _, m = made(seed)
    keys = [
        json.dumps([r["data_type"], r["ours"]], sort_keys=True)
        for r in m["records"]
        if r["defect"] != "exact_duplicate"
    ]
    assert len(keys) == len(set(keys))


def folder_sizes_and_versions_vary(gen: Generator) -> None:
    layouts = {s: gen.seed_layout(s) for s in range(1, 41)}
    assert all(5 <= len(lay) <= 7 for lay in layouts.values())
    assert sum(len(lay) < 7 for lay in layouts.values()) >= 10
    sizes = Counter(size for lay in layouts.values() for _, size, _ in lay)
    assert sizes["tiny"] >= 15 and sizes["large"] >= 8 and sizes["normal"] >= 150
    assert all(sum(size == "large" for _, size, _ in lay) <= 1 for lay in layouts.values())
    both = {t for lay in layouts.values() for t, _, names in lay if len(names) == 2}
    assert both == set(gen.types)
    assert all(len(names) == 1 for lay in layouts.values() for _, size, names in lay if size == "tiny")


def tiny_and_large_hold_what_they_say(gen: Generator, made: Made, seeds: tuple[int, ...] = (1, 2, 3, 4, 5)) -> None:
    big = next(s for s in range(1, 41) if any(size == "large" for _, size, _ in gen.seed_layout(s)))
    sizes: Counter[str] = Counter()
    for seed in (big, *seeds):
        _, m = made(seed)
        for dtype, plan in m["plans"].items():
            valid = sum(1 for r in m["records"] if r["data_type"] == dtype and r["expected"] == "keep")
            lo, hi = gen.sizes[plan["size"]]
            assert lo <= valid <= hi, (dtype, plan["size"], valid)
            assert plan["size"] != "large" or len(plan["files"]) >= gen.large_files
            sizes[plan["size"]] += 1
    assert set(sizes) == {"tiny", "normal", "large"}


def true_map_reaches_every_valid_record(gen: Generator, made: Made, seed: int) -> None:
    folder, m = made(seed)
    for dtype, plan in m["plans"].items():
        known = fields(dtype)
        for theirs, target in plan["truth"].items():
            assert target in known, (dtype, target)
            assert theirs != target
        for rel in plan["files"]:
            got, _ = gen.records(folder / rel)
            for r in m["records"]:
                if r["path"] != rel or r["expected"] != "keep":
                    continue
                lines = gen.truth_map(gen.dialects[r["dialect"]])
                assert lines.items() <= plan["truth"].items()
                for theirs, target in lines.items():
                    if ours(r["ours"], target):  # else an optional field this record leaves out
                        assert walk(got[r["index"]], steps(theirs)), (dtype, theirs)


def every_dialect_maps_every_required_field(gen: Generator) -> None:
    for dtype, names in gen.by_type.items():
        needed = required(dtype)
        assert needed
        for dname in names:
            targets = set(gen.truth_map(gen.dialects[dname]).values())
            for path in needed:
                assert any(
                    t == path or t.startswith((path + ".", path + "[].")) or path.startswith((t + ".", t + "[]."))
                    for t in targets
                ), (dname, path)


def other_prompt_version_reaches_nothing(gen: Generator, made: Made, seed: int) -> None:
    folder, m = made(seed)
    files = {rel: gen.records(folder / rel)[0] for rel in m["files"]}
    for r in m["records"]:
        if r["expected"] == "lost":
            continue
        (other,) = set(gen.by_type[r["data_type"]]) - {r["dialect"]}
        for theirs in gen.truth_map(gen.dialects[other]):
            assert not walk(files[r["path"]][r["index"]], steps(theirs)), (r["dialect"], theirs)


def every_written_value_reads_back(gen: Generator, made: Made, seed: int) -> None:
    folder, m = made(seed)
    files = {rel: gen.records(folder / rel)[0] for rel in m["files"]}
    checked, planted = 0, 0
    for r in m["records"]:
        if r["expected"] == "lost" or r["note"] == "mojibake":
            continue
        rec = files[r["path"]][r["index"]]
        for theirs, target in gen.truth_map(gen.dialects[r["dialect"]]).items():
            want, got = ours(r["ours"], target), walk(rec, steps(theirs))
            assert len(want) == len(got), (r["dialect"], theirs)
            for o, t in zip(want, got, strict=True):
                if target in r.get("written", {}):  # planted as text no documented reading takes
                    assert t == r["written"][target]
                    with pytest.raises(ValueError):
                        gen.number(t, SCALES[target])
                else:
                    assert gen.reads_back(t, o, target), (r["dialect"], theirs, t, o)
                checked += 1
                planted += bool(r["defect"])
        if r["defect"] == "missing_answer":
            answer = gen.answer_key(gen.dialects[r["dialect"]], r["data_type"])
            assert not walk(rec, steps(answer))
    assert checked > 1000 and planted > 100


def every_dialect_used_and_versions_meet(gen: Generator) -> None:
    layouts = [gen.seed_layout(s) for s in range(1, 7)]
    used = {d for lay in layouts for _, _, names in lay for d in names}
    assert used == {d for ds in gen.by_type.values() for d in ds} == set(gen.dialects)
    assert set(gen.by_type) == set(gen.types)
    teams = Counter(gen.dialects[d]["team"] for d in gen.dialects)
    assert len(teams) == 3 and min(teams.values()) >= 4  # each studio writes several types, in its own habits


def registered_in_the_eval(gen: Generator) -> None:
    text = (REPO / "benchmarks" / "eval_field_drift.py").read_text(encoding="utf-8")
    assert f'"{gen.name}": ("field_drift_{gen.name}", "write_{gen.name}_folder", "truth"),' in text


def key_parts(keys: list[str]) -> list[tuple[str, set[str]]]:
    """Each key with its parts (the words between dots, brackets, braces, "=", a backslash or a space; no index)."""
    return [(k, {p for p in re.split(r"[\[\]{}=.\\ ]", k) if p and not p.isdigit()}) for k in keys]


def dialect_key_parts(
    truth_map: Callable[[dict[str, Any]], dict[str, str]], team_extras: dict[str, dict[str, str]], added: list[str]
) -> Callable[[dict[str, Any]], list[tuple[str, set[str]]]]:
    """A family's `Generator.key_parts`: every key it writes for a dialect (its truth map's, its decoys', its team's
    pipeline extras, and the keys `added` beside a value: lists, labels, cells, envelopes) with its parts."""

    def parts(dialect: dict[str, Any]) -> list[tuple[str, set[str]]]:
        decoys = [k for k, _, _ in dialect["decoys"]]
        return key_parts([*truth_map(dialect), *decoys, *team_extras[dialect["team"]], *added])

    return parts


def no_zero_width_joiner_in_a_key(gen: Generator) -> None:
    """No key holds a zero-width joiner, non-joiner or space: the ingest removes such marks from values, and a key
    must be the same bytes wherever it is written."""
    for dialect in gen.dialects.values():
        for key, _ in gen.key_parts(dialect):
            assert "\u200d" not in key and "\u200c" not in key and "\u200b" not in key, key


def no_key_names_ours(gen: Generator) -> None:
    for dtype, names in gen.by_type.items():
        known = names_and_aliases(SPEC["types"][dtype]["fields"])
        for dname in names:
            for key, parts in gen.key_parts(gen.dialects[dname]):
                clash = {p for p in parts if squash(p) and squash(p) in known}
                assert not clash, (dname, key, clash)


def _numbered_from(file_name: str, family: str) -> bool:
    """Whether a drift file belongs to `family` (e.g. fresh11) or to a family numbered after it."""
    own, other = re.search(r"fresh(\d+)", family), re.search(r"fresh(\d+)", file_name)
    if own is None or other is None:
        return family in file_name
    return int(other[1]) >= int(own[1])


def no_key_spelling_of_an_earlier_family(gen: Generator, skip: Callable[[str], bool] | None = None) -> None:
    """No key part of the family is a string of an EARLIER family's generator or test (by default every family
    numbered below this one, not the probe's; `skip` says which file names to leave out instead): a later family
    was checked against this one, not this one against it. What the families' generators and tests shared was in
    each of their files before it moved to drift_machinery.py and this module, so the strings of those two count
    as another family's too."""
    skip = skip or (lambda name: "probe" in name or _numbered_from(name, gen.name))
    earlier: set[str] = set()
    for f in [*sorted(TESTS.glob("*field_drift*.py")), TESTS / "drift_machinery.py", Path(__file__)]:
        if skip(f.name):
            continue
        for m in re.finditer(r"""["']([^"'\n]{1,80})["']""", f.read_text(encoding="utf-8")):
            earlier |= {p.lower() for p in re.split(r"[.\[\]{}=\\]", m[1]) if p}
    for dname, dialect in gen.dialects.items():
        for key, parts in gen.key_parts(dialect):
            assert not {p for p in parts if p.lower() in earlier}, (dname, key)


def decoys_beside_the_answer(gen: Generator, made: Made, seed: int) -> None:
    folder, m = made(seed)
    files = {rel: gen.records(folder / rel)[0] for rel in m["files"]}
    for r in m["records"]:
        if r["expected"] == "lost":
            continue
        rec, dialect = files[r["path"]][r["index"]], gen.dialects[r["dialect"]]
        answer = gen.answer_key(dialect, r["data_type"])
        for key, kind, _ in dialect["decoys"]:
            (value,) = walk(rec, steps(key))
            if kind == "turned_down":
                assert value not in walk(rec, steps(answer)) and len(value.split()) >= 5
            elif kind in ("conf", "judge2"):
                assert 0 < gen.number(value, "score") < 1
            elif kind in gen.decoy_kinds:
                assert gen.decoy_kinds[kind](value), (kind, value)
            else:
                assert gen.count_ok(value), value


def mess_in_the_bytes(made: Made, fence: str, comment: str, bare_keys: bool = False) -> None:
    """The mess each file's manifest entry names is in its bytes, over seeds 1-8: `fence` opens a fenced answer,
    `comment` a comment between records (and with `bare_keys`, a fenced answer is the one with bare keys)."""
    seen: Counter[str] = Counter()
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel, mess in m["mess"].items():
            data = (folder / rel).read_bytes().decode("utf-8-sig")
            seen.update(mess)
            assert ("think" in mess) == data.startswith("<think>\n")
            assert ("fence" in mess) == (fence in data)
            if bare_keys:
                assert (fence in data) == ("bare_keys" in mess)
            assert ("trailing_comma" in mess) == ("},\n]\n```" in data)
            assert ("bom_crlf" in mess) == ("\r\n" in data)
            assert ("comment" in mess) == (comment in data)
        assert sum("cut" in x for x in m["mess"].values()) == 1
        assert sum("bom_crlf" in x for x in m["mess"].values()) == 1
    assert {"think", "fence", "trailing_comma", "comment", "duplicate", "mojibake", "cut", "bom_crlf"} <= set(seen)
    assert seen["duplicate_across_files"] >= 1


def a_readme_holds_no_json(made: Made, fence: str = "```yaml") -> None:
    notes = 0
    for seed in range(1, 9):
        folder, m = made(seed)
        for rel in m.get("notes", []):
            notes += 1
            text = (folder / rel).read_text(encoding="utf-8")
            assert rel not in m["files"] and "{" not in text and fence in text and "```json" not in text
    assert notes >= 2


def planted_outcomes_hold_by_the_spec(gen: Generator, made: Made, seed: int) -> None:
    _, m = made(seed)
    answers = {t: SPEC["types"][t]["roles"]["answer"].split(".")[0] for t in gen.types}
    for r in m["records"]:
        rec, dtype = r["ours"], r["data_type"]
        if r["defect"] == "missing_answer":
            assert answers[dtype] not in rec
            assert r["reason"] == "missing_required_field"
            continue
        if r["defect"] == "missing_field":  # a required field other than the answer
            assert r["reason"] == "missing_required_field" and answers[dtype] in rec
            assert {"setup", "trust_change"} & set(SPEC["types"][dtype]["fields"]) - set(rec)
            continue
        found = broken(dtype, rec, gen.given)
        if r.get("written"):  # a valid record but for a score finished with a word
            assert r["reason"] == "uncoercible_type" and found == set(), (dtype, r, found)
            continue
        if r["expected"] in ("keep", "lost") or r["defect"] == "exact_duplicate":
            assert found == set(), (dtype, r, found)
        elif r["expected"] == "flag":
            assert r["rule"] in found, (dtype, r, found)
            assert not found & {
                "score_out_of_range",
                "capacity_out_of_range",
                "value_out_of_range",
                "not_a_number",
                "below_quality_threshold",
                "off_authenticity_target",
            }, (dtype, r, found)
        else:
            assert r["reason"] in found, (dtype, r, found)
            assert not {b for b in found if "." in b} - {"authenticity.bucket"}, (dtype, r, found)


def every_defect_kind_planted(made: Made, missing_field: bool = True, seeds: range = range(1, 9)) -> None:
    """Both X+2 forms and an excellent target over X+2, a reversed window, every rule, every reject reason (and a
    missing required field other than the answer, where the family plants one) over `seeds` (1-8 unless told)."""
    recs = [r for s in seeds for r in made(s)[1]["records"]]
    defects = Counter(r["defect"] for r in recs if r["defect"])
    assert {"x_plus_2_excellent", "x_plus_2_given_field", "x_plus_2_given_sentence", "window_reversed"} <= set(defects)
    if missing_field:
        assert {"missing_answer", "missing_field"} <= set(defects)
    assert {r["rule"] for r in recs if r["expected"] == "flag"} == set(SPEC["rule_ids"])
    assert {r["reason"] for r in recs if r["expected"] == "reject"} >= {
        *REASONS,
        "score_out_of_range",
        "capacity_out_of_range",
    }


def forms_in_the_bytes(made: Made, patterns: tuple[str, ...], crlf_as_lf: bool = False) -> None:
    """Each of a family's written forms (a regex over the text of its files, CRLF read as LF when asked) five times
    or more over seeds 1-8, and a score finished with a word planted three times or more."""
    text = ""
    words = 0
    for seed in range(1, 9):
        folder, m = made(seed)
        words += sum(1 for r in m["records"] if r["defect"] == "score_with_word")
        for rel in m["files"]:
            data = (folder / rel).read_bytes().decode("utf-8-sig")
            text += data.replace("\r\n", "\n") if crlf_as_lf else data
    for pattern in patterns:
        assert len(re.findall(pattern, text)) >= 5, pattern
    assert words >= 3


def mojibake_answers_are_exact_repairs(gen: Generator, made: Made, seeds: range = range(1, 7)) -> None:
    ftfy = pytest.importorskip("ftfy")
    notes, encodings = 0, Counter[str]()
    for seed in seeds:
        folder, m = made(seed)
        files = {rel: gen.records(folder / rel)[0] for rel in m["files"]}
        for r in m["records"]:
            if r["note"] == "mojibake":
                notes += 1
                answer = SPEC["types"][r["data_type"]]["roles"]["answer"]
                (text,) = ours(r["ours"], answer)
                (bad,) = walk(
                    files[r["path"]][r["index"]],
                    steps(next(t for t, o in gen.truth_map(gen.dialects[r["dialect"]]).items() if o == answer)),
                )
                assert bad == text.encode("utf-8").decode(r["mojibake_as"])
                encodings[r["mojibake_as"]] += 1
                assert ftfy.fix_encoding(bad) == text != bad
    assert notes > 0 and set(encodings) == {"cp1252", "mac_roman"}
