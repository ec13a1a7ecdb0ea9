"""The dataset card (README.md of the dataset folder): Hub metadata + an audit report of the build.

Rendered on every build from the Jinja2 template (`output.card.template`, default the packaged
`curation/defaults/dataset_card.md.j2`):

- the YAML header is what the Hub and `huggingface_hub.DatasetCard` read, and what `load_dataset` uses
  to find the data (`configs`, always from the build, never dropped) and its schema (`dataset_info`);
- the body shows where the data came from (sources with sha256, tool version, full config), what the
  pipeline did to it (the stage funnel with per-reason counts), what is in it (distributions, quality and
  token-length histograms as PNGs under `assets/`), how good it is (the statistics section: Master Truths
  version, quality gates, spectrum, complexity, capacity, coverage heatmap, duplicates, diversity and the
  balance stage's achieved-vs-target mix, all read from the build report, never recomputed here), the
  conversation mapping per data type and how to use it (loading, QLoRA, limitations).

Every generated section sits between ``<!-- BEGIN GENERATED: name -->`` / ``<!-- END GENERATED: name -->``
markers. Anything a person writes outside them, and any YAML key the build does not own, is kept on
regeneration, in place (after the generated section it followed).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import jinja2
import pyarrow.parquet as pq
import yaml

from .. import defaults
from ..analytics.compare import fmt_value
from ..analytics.gates import failures_line
from ..analytics.training_estimate import estimate_training
from ..domain import load_spec
from ..errors import UserError
from ..ingest.interactions.facets import AUTHENTICITY_CATEGORIES, CAPACITY_LEVELS
from ..redact import shown_path
from ..stages.token_budget import percentile
from .card_plots import histogram_png, write_png

#: YAML keys the build owns; all others in an existing card are the user's and are kept.
OWNED_KEYS = (
    "pretty_name",
    "license",
    "language",
    "task_categories",
    "tags",
    "size_categories",
    "configs",
    "dataset_info",
)
_BLOCK = re.compile(r"<!-- BEGIN GENERATED: (?P<name>[\w-]+) -->.*?<!-- END GENERATED: (?P=name) -->", re.S)
EXCERPT_CHARS = 160


# ---- metadata -----------------------------------------------------------------------------------
def size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return label
    return "1M<n<10M"


def split_front_matter(text: str | None) -> tuple[dict[str, Any], str]:
    """(YAML metadata, body) of a card; a card without a valid header is all body."""
    if not text or not text.startswith("---"):
        return {}, text or ""
    m = re.match(r"---\s*\n(.*?\n)?---\s*\n?", text, re.S)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1) or "") or {}
    except (yaml.YAMLError, RecursionError):  # a hand-edited header nested too deeply: treated as absent
        return {}, text[m.end() :]
    return (data if isinstance(data, dict) else {}), text[m.end() :]


def card_metadata(meta: dict[str, Any], config: Any, existing: dict[str, Any] | None = None) -> dict[str, Any]:
    """The YAML header: owned keys from the build (configs always present), the user's other keys kept."""
    if not meta.get("configs"):
        raise UserError("dataset card: the build produced no `configs` (no rows in any config?)")
    default = next((c["config_name"] for c in meta["configs"] if c.get("default")), meta["configs"][0]["config_name"])
    n = sum(meta.get("counts", {}).get(default, {}).values())
    card = config.output.card
    owned = {
        "pretty_name": config.output.pretty_name,
        "license": config.output.license,
        "language": list(card.language),
        "task_categories": list(card.task_categories),
        "tags": list(card.tags),
        "size_categories": [size_category(n)],
        "configs": meta["configs"],
        "dataset_info": meta["dataset_info"],
    }
    extra = {k: v for k, v in (existing or {}).items() if k not in OWNED_KEYS}
    return {**owned, **extra}


# ---- what the data says -------------------------------------------------------------------------
def _files(meta: dict[str, Any], config_name: str) -> list[tuple[str, str]]:
    for c in meta.get("configs", []):
        if c["config_name"] == config_name:
            return [(f["split"], f["path"]) for f in c["data_files"]]
    return []


class Rows:
    """The columns of one config's rows the card reads (split, kind, data type, token count, quality), as
    written, read a batch at a time: a million rows cost a few lists of shared values, not a million
    dicts. A row's id and turns are read back on demand (`example`)."""

    def __init__(self) -> None:
        self.split: list[str] = []
        self.kind: list[str | None] = []
        self.data_type: list[str | None] = []
        self.token_count: list[int | None] = []
        self.quality: list[float | None] = []
        self._where: list[tuple[Path, int]] = []  # per file: (path, first row)

    def __len__(self) -> int:
        return len(self.split)

    def add_file(self, path: Path, split: str) -> None:
        self._where.append((path, len(self.split)))
        pf = pq.ParquetFile(path)
        shared: dict[Any, Any] = {}
        for batch in pf.iter_batches(columns=["metadata"], batch_size=65_536):
            md = batch.column(0)
            self.split.extend([split] * len(md))
            for name in ("kind", "data_type"):
                getattr(self, name).extend(shared.setdefault(v, v) for v in md.field(name).to_pylist())
            for name in ("token_count", "quality"):
                getattr(self, name).extend(md.field(name).to_pylist())

    def example(self, i: int) -> tuple[str | None, list[dict[str, Any]]]:
        """The id and `conversations` of row `i` (one row group read)."""
        path, first = max((w for w in self._where if w[1] <= i), key=lambda w: w[1])
        pf = pq.ParquetFile(path)
        k = i - first
        for g in range(pf.metadata.num_row_groups):
            size = pf.metadata.row_group(g).num_rows
            if k < size:
                row = pf.read_row_group(g, columns=["conversations", "metadata"]).slice(k, 1).to_pylist()[0]
                return row["metadata"]["id"], row["conversations"]
            k -= size
        raise IndexError(i)


def read_rows(meta: dict[str, Any], dataset_dir: Path, config_name: str = "conversations") -> Rows:
    """Rows of one config as written (split added), so the card describes the files, not the intent."""
    rows = Rows()
    for split, rel in _files(meta, config_name):
        path = Path(dataset_dir) / rel
        if path.is_file():
            rows.add_file(path, split)
    return rows


def token_table(rows: Rows) -> list[dict[str, Any]]:

    by_kind: dict[str, list[int]] = defaultdict(list)
    for n, kind in zip(rows.token_count, rows.kind, strict=False):
        if isinstance(n, int):
            by_kind[kind or "?"].append(n)
            by_kind["all"].append(n)
    return [
        {
            "kind": k,
            "rows": len(v),
            "total": sum(v),
            "p50": percentile(v, 50),
            "p90": percentile(v, 90),
            "p99": percentile(v, 99),
            "max": max(v),
        }
        for k, v in sorted(by_kind.items(), key=lambda kv: kv[0] == "all")
    ]


def conversation_mapping(rows: Rows) -> list[dict[str, Any]]:
    """One example per data type: the turn roles and a short excerpt of each turn."""
    first: dict[str, int] = {}
    counts: Counter = Counter()
    order = [i for i in range(len(rows)) if rows.split[i] == "train"] + [
        i for i in range(len(rows)) if rows.split[i] != "train"
    ]  # examples from train when there are any
    for i in order:
        dt = rows.data_type[i] or rows.kind[i] or "?"
        counts[dt] += 1
        first.setdefault(dt, i)
    seen = {}
    for dt, i in first.items():
        example_id, turns = rows.example(i)
        seen[dt] = {
            "data_type": dt,
            "kind": rows.kind[i],
            "example_id": example_id,
            "turns": [{"from": t["from"], "excerpt": _excerpt(t["value"]), "chars": len(t["value"])} for t in turns],
        }
    return [{**seen[dt], "rows": counts[dt], **_roles_of(dt)} for dt in sorted(seen)]


def _roles_of(data_type: str) -> dict[str, Any]:
    """What the model is given and what it learns to produce, from the type's roles in the domain spec."""
    t = load_spec().types.get(data_type)
    if t is None:
        return {"given": [], "answer": None, "description": ""}
    return {"given": list(t.roles.context), "answer": t.roles.answer, "description": t.description}


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"


def coverage_matrix(cells: dict[str, int]) -> dict[str, Any]:
    """capacity|authenticity counts -> rows x columns table (zeros shown as gaps); the spec's levels and
    bands in their own order (crisis..high, failed..excellent), other labels after them, "None" last."""

    def order(known: tuple[str, ...]):
        return lambda s: (s == "None", s not in known, known.index(s) if s in known else 0, _natural(s))

    pairs = [tuple(k.split("|", 1)) for k in cells if "|" in k]
    rows = sorted({p[0] for p in pairs}, key=order(CAPACITY_LEVELS))
    cols = sorted({p[1] for p in pairs}, key=order(AUTHENTICITY_CATEGORIES))
    return {"rows": rows, "columns": cols, "cells": [[cells.get(f"{r}|{c}", 0) for c in cols] for r in rows]}


def _natural(s: str) -> tuple:
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s))


def write_plots(rows: Rows, dataset_dir: Path, config: Any) -> list[dict[str, str]]:
    """Quality and token-length histograms under the assets folder; returns [{title, path}]."""
    card, tokens = config.output.card, config.stages.tokens
    quality: dict[str, list[float]] = defaultdict(list)
    lengths: dict[str, list[int]] = defaultdict(list)
    for kind, q, n in zip(rows.kind, rows.quality, rows.token_count, strict=False):
        kind = kind or "?"
        if isinstance(q, (int, float)):
            quality[kind].append(float(q))
        if isinstance(n, int):
            lengths[kind].append(n)
    assets = Path(dataset_dir) / card.assets_dir
    plots = [
        (
            "Quality score",
            "quality.png",
            histogram_png(
                quality,
                title="Quality score per row",
                xlabel="quality (0-1)",
                bins=card.histogram_bins,
                value_range=(0.0, 1.0),
            ),
        ),
        (
            "Token length",
            "token_length.png",
            histogram_png(
                lengths,
                title="Tokens per row (rendered conversation)",
                xlabel="tokens",
                bins=card.histogram_bins,
                value_range=(0, max([tokens.sequence_len, *(max(v) for v in lengths.values() if v)])),
                vline=tokens.sequence_len,
                vline_label=f"sequence_len {tokens.sequence_len}",
            ),
        ),
    ]
    out = []
    for title, name, png in plots:
        write_png(assets / name, png)
        out.append({"title": title, "path": f"{card.assets_dir}/{name}"})
    return out


# ---- statistics (read from the build report's "analytics" and the balance stage's ledger notes) ----------
MAX_LISTED = 12
_DIVERSITY_COLUMNS = ("distinct_1", "distinct_2", "distinct_3", "compression_ratio", "pattern_diversity")
_BALANCE_DIMENSIONS = (("data_type", "Data types"), ("scene_type", "Scene types"), ("universe", "Universes"))


def _capped(items: list[Any], limit: int = MAX_LISTED) -> dict[str, Any]:
    return {"shown": items[:limit], "more": max(0, len(items) - limit)}


def _diversity_rows(div: dict[str, Any]) -> list[dict[str, Any]]:
    groups = (
        [("all rows", div.get("all"))]
        + [(k, v) for k, v in (div.get("by_data_type") or {}).items()]
        + [(f"scene type: {k}", v) for k, v in (div.get("by_scene_type") or {}).items()]
    )
    return [
        {"group": name, "records": g.get("records"), **{c: g.get(c) for c in _DIVERSITY_COLUMNS}}
        for name, g in groups
        if g
    ]


def balance_view(ledger: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Achieved against target per balanced dimension, as the balance stage noted it."""
    notes = next((s.get("notes") or {} for s in ledger if s.get("stage") == "balance"), {})
    policy = notes.get("policy") or {}
    out = []
    for key, title in _BALANCE_DIMENSIONS:
        cats = notes.get(key)
        if not isinstance(cats, dict) or not cats:
            continue
        rows = [
            {"category": c, **v, "delta": v["achieved"] - v["target"]}
            for c, v in sorted(cats.items(), key=lambda kv: (-kv[1].get("target", 0), kv[0]))
            if isinstance(v, dict) and {"target", "achieved"} <= v.keys()
        ]
        if not any(r.get("available") or r.get("kept") or r["achieved"] for r in rows):
            continue  # targets set but no row of any targeted category: nothing was balanced
        goal = "/".join(_num(round(100 * r["target"])) for r in rows)
        out.append({"key": key, "title": title, "mode": policy.get(key, "?"), "goal": goal, "rows": rows})
    return out


def statistics_view(report: dict[str, Any]) -> dict[str, Any]:
    """What the statistics section shows, taken as-is from `report["analytics"]` (dataset_statistics)
    and the balance notes; any part the build did not measure is left out, never guessed."""
    a = report.get("analytics") or {}
    ledger = report.get("ledger", [])
    policy = next((s.get("notes") or {} for s in ledger if s.get("stage") == "balance"), {}).get("policy") or {}
    gates = a.get("gates") or {}
    build_gates = gates.get("build") or {}
    quality = a.get("quality") or {}
    capacity = a.get("capacity") or {}
    coverage = a.get("coverage") or {}
    balance = balance_view(ledger)
    return {
        "available": bool(a),
        "samples": a.get("samples"),
        "records": a.get("records"),
        "kinds": a.get("kinds") or {},
        "versions": a.get("master_truths_versions") or {},
        "gates": [
            {
                "gate": r["gate"],
                "value": fmt_value(r.get("value")),
                "op": r.get("op", ""),
                "threshold": fmt_value(r.get("threshold")),
                "status": r.get("status", "n/a"),
            }
            for r in build_gates.get("results", [])
        ],
        "gates_passed": build_gates.get("passed"),
        "batches": len(gates.get("batches") or {}),
        "failed_batches": _capped(
            [
                failures_line(f"`{f}`", gates["batches"][f]) if f in (gates.get("batches") or {}) else f"`{f}`"
                for f in gates.get("failed_batches") or []
            ]
        ),
        "quality": {
            "scored": quality.get("scored", 0),
            "unscored": quality.get("unscored", 0),
            "bands": [
                {"band": k, "count": v, "share": (quality.get("shares") or {}).get(k)}
                for k, v in (quality.get("distribution") or {}).items()
            ],
            **{k: quality.get(k) for k in ("mean", "min", "max")},
        },
        "authenticity": a.get("authenticity") or {},
        "complexity": a.get("complexity") or {},
        "capacity": {
            "samples": capacity.get("samples", 0),
            "balanced": capacity.get("balanced"),
            "distance": capacity.get("distance_to_target"),
            "levels": [
                {
                    "level": k,
                    "count": v,
                    "share": (capacity.get("shares") or {}).get(k),
                    "target": (capacity.get("targets") or {}).get(k),
                }
                for k, v in (capacity.get("levels") or {}).items()
            ],
        },
        "coverage": {
            "samples": coverage.get("samples", 0),
            "covered": coverage.get("cells_covered"),
            "cells": coverage.get("cells"),
            "combinations": coverage.get("combinations_with_complexity"),
            "gaps": _capped([" x ".join(g) for g in coverage.get("gaps") or []]),
        },
        "duplicates": a.get("duplicates") or {},
        "diversity": _diversity_rows(a.get("diversity") or {}),
        "diversity_budget": (report.get("config") or {}).get("analytics", {}).get("diversity_token_budget"),
        "balance": balance,
        "balance_untargeted": [t for k, t in _BALANCE_DIMENSIONS if k not in {d["key"] for d in balance}],
        "balance_policy": {k: policy[k] for k in ("tolerance", "min_keep", "upsample") if k in policy},
    }


def write_coverage_plot(report: dict[str, Any], dataset_dir: Path, config: Any) -> dict[str, str] | None:
    """The capacity x authenticity heatmap of the analytics (analytics.plots), or None without samples."""
    from ..analytics.plots import coverage_heatmaps  # matplotlib: loaded only when a plot is drawn

    a = report.get("analytics") or {}
    if not (a.get("coverage") or {}).get("samples"):
        return None
    name = "coverage_capacity_authenticity.png"
    coverage_heatmaps([a], ["interaction samples"], Path(dataset_dir) / config.output.card.assets_dir / name)
    return {"title": "Capacity x authenticity coverage", "path": f"{config.output.card.assets_dir}/{name}"}


# ---- hand-written sections ------------------------------------------------------------------------
def hand_written(body: str) -> list[tuple[str, str]]:
    """[(anchor, text)]: text outside generated blocks, anchored to the block it followed."""
    chunks, anchor, pos = [], "__start__", 0
    for m in _BLOCK.finditer(body):
        text = body[pos : m.start()].strip("\n")
        if text.strip():
            chunks.append((anchor, text))
        anchor, pos = m.group("name"), m.end()
    tail = body[pos:].strip("\n")
    if tail.strip():
        chunks.append((anchor, tail))
    if not any(True for _ in _BLOCK.finditer(body)) and chunks:
        return [("__end__", chunks[0][1])]  # a card written without markers: keep it all, at the end
    return chunks


def merge_hand_written(generated: str, chunks: list[tuple[str, str]]) -> str:
    if not chunks:
        return generated
    by_anchor: dict[str, list[str]] = defaultdict(list)
    for anchor, text in chunks:
        by_anchor[anchor].append(text)
    names = [m.group("name") for m in _BLOCK.finditer(generated)]
    out, pos = [], 0
    if by_anchor.get("__start__"):
        out.append("\n\n".join(by_anchor.pop("__start__")) + "\n\n")
    for m in _BLOCK.finditer(generated):
        out.append(generated[pos : m.end()])
        pos = m.end()
        if m.group("name") in by_anchor:
            out.append("\n\n" + "\n\n".join(by_anchor.pop(m.group("name"))))
    out.append(generated[pos:])
    orphans = [t for a in by_anchor for t in by_anchor[a] if a not in names]
    text = "".join(out).rstrip("\n") + "\n"
    if orphans:
        text += "\n" + "\n\n".join(orphans) + "\n"
    return text


# ---- rendering ----------------------------------------------------------------------------------
def _template(config: Any) -> jinja2.Template:
    chosen = config.output.card.template
    path = (
        defaults.path(defaults.CARD_TEMPLATE)
        if chosen is None
        else config.resolve(chosen)
        if hasattr(config, "resolve")
        else Path(chosen)
    )
    if not path.is_file():
        raise UserError(f"dataset card template not found: {path} (output.card.template)")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(path.parent)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["md"] = lambda s: str(s).replace("|", "\\|").replace("\n", " ")
    env.filters["num"] = _num
    env.filters["pct"] = _pct
    try:
        return env.get_template(path.name)
    except jinja2.TemplateSyntaxError as e:
        raise UserError(f"{path}: line {e.lineno}: template error: {e.message}") from None


def _public_qlora(config: Any) -> Any:
    """The QLoRA settings with their folders relative to the config's root (the card holds no local path)."""
    q = config.output.qlora
    if not hasattr(config, "root_dir"):
        return q
    return q.model_copy(
        update={
            "out_dir": shown_path(config.resolve(q.out_dir), config.root_dir),
            "output_root": shown_path(config.resolve(q.output_root), config.root_dir),
        }
    )


def _local_dir(shown: str) -> str:
    """The folder as load_dataset is given it in the card: relative to the config's root, never absolute."""
    shown = str(shown).replace("\\", "/")
    if shown.startswith("/") or re.match(r"^[A-Za-z]:/", shown):
        shown = shown.rstrip("/").rsplit("/", 1)[-1]  # an absolute path that was not made relative: its name
    return shown if shown.startswith(("./", "../")) else f"./{shown}"


def _num(n: Any) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    if isinstance(n, int) and not isinstance(n, bool):
        return f"{n:,}"
    return f"{n:.3g}" if isinstance(n, float) else str(n)


def _pct(x: Any, signed: bool = False) -> str:
    """A share in [0, 1] as a percentage with one decimal; None (not measured) as a dash."""
    if x is None:
        return "—"
    return f"{100 * x:+.1f} pp" if signed else f"{100 * x:.1f}%"


def _dump_yaml(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def _training_estimate(config: Any, rows: Rows) -> dict[str, Any]:

    train = [n for n, split in zip(rows.token_count, rows.split, strict=False) if split == "train"]
    return estimate_training(sum(n for n in train if isinstance(n, int)), config.output.qlora)


def render_card(
    meta: dict[str, Any], report: dict[str, Any], config: Any, existing_readme: str | None, dataset_dir: Path
) -> str:
    """The full README.md: YAML header + rendered template + the user's hand-written sections."""
    existing_meta, existing_body = split_front_matter(existing_readme)
    header = card_metadata(meta, config, existing_meta)
    rows = read_rows(meta, dataset_dir)
    tokens = token_table(rows)
    dist = report.get("distributions", {})
    ledger = report.get("ledger", [])
    context = {
        "pretty_name": config.output.pretty_name,
        "license": config.output.license,
        "hub_repo_id": config.output.hub_repo_id or "YOUR_NAMESPACE/unwritten",
        "hub_repo_known": bool(config.output.hub_repo_id),
        "local_dir": _local_dir(report.get("output_dir") or config.output.dir),
        "tool": report.get("tool", {}),
        "config_file": report.get("config_file"),
        "config_yaml": _dump_yaml(report.get("config", {})).rstrip("\n"),
        "sources": report.get("sources", []),
        "totals": report.get("totals", {}),
        "ledger": ledger,
        "rejections": [
            {"stage": s["stage"], "reason": k, "count": v}
            for s in ledger
            for k, v in s.get("rejected_by_reason", {}).items()
        ],
        "flags": [
            {"stage": s["stage"], "rule": k, "count": v}
            for s in ledger
            for k, v in s.get("flagged_by_rule", {}).items()
        ],
        "outputs": meta.get("counts", {}),
        "configs": [c["config_name"] for c in meta.get("configs", [])],
        "distributions": {k: dist.get(k, {}) for k in ("data_type", "pov", "scene_type", "universe", "split")},
        "coverage": coverage_matrix(dist.get("capacity_x_authenticity", {})),
        "tokens": tokens,
        "token_settings": config.stages.tokens,
        "token_notes": next((s.get("notes", {}) for s in ledger if s["stage"] == "tokens"), {}),
        "plots": write_plots(rows, dataset_dir, config),
        "stats": statistics_view(report),
        "coverage_plot": write_coverage_plot(report, dataset_dir, config),
        "mapping": conversation_mapping(rows),
        "roles": config.stages.contract.roles,
        "default_format": getattr(config.output, "default_format", "conversations"),
        "qlora": _public_qlora(config),
        "estimate": _training_estimate(config, rows),
        "warnings": report.get("warnings", []),
        "tag_sources": report.get("tag_sources", {}),
        "review": report.get("review"),
        "leakage_safe": next((s.get("notes", {}).get("leakage_safe") for s in ledger if s["stage"] == "split"), None),
    }
    body = _template(config).render(**context)
    body = merge_hand_written(body.strip("\n") + "\n", hand_written(existing_body))
    return f"---\n{_dump_yaml(header)}---\n\n{body}"


def generated_sections(text: str) -> list[str]:
    """Names of the generated sections of a card, in order."""
    return [m.group("name") for m in _BLOCK.finditer(text)]
