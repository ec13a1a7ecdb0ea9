"""The spec's per-type field lists and rule tables as Markdown, for docs/interaction-formats.md.

`python -m curation.domain.docs docs/interaction-formats.md` rewrites the block between the
`<!-- BEGIN GENERATED: domain-spec -->` and `<!-- END GENERATED: domain-spec -->` markers; a test checks the
committed file matches, so the documentation cannot drift from the spec.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .spec import FieldSpec, Spec, load_spec

BEGIN = "<!-- BEGIN GENERATED: domain-spec -->"
END = "<!-- END GENERATED: domain-spec -->"


def _type_text(f: FieldSpec) -> str:
    t = f.type
    if f.enum:
        t = "|".join(f.enum)
    if f.range is not None and f.type in ("number", "integer"):
        lo, hi = f.range
        t += f" {lo if lo is not None else ''}..{hi if hi is not None else ''}"
    if f.type == "object" and f.fields:
        t = "{" + ", ".join(_field_text(c) for c in f.fields) + "}"
    if f.type == "array" and f.items is not None:
        t = "list of " + (_type_text(f.items))
    return t


def _field_text(f: FieldSpec) -> str:
    name = f"**{f.name}**" if f.required else f.name
    aliases = f" (also {', '.join(f.aliases)})" if f.aliases else ""
    return f"{name} [{_type_text(f)}]{aliases}"


def spec_markdown(spec: Spec | None = None) -> str:
    spec = spec or load_spec()
    out = [
        BEGIN,
        "",
        "Generated from `curation/domain/spec.yaml` (`python -m curation.domain.docs "
        "docs/interaction-formats.md`). Required fields are **bold**; aliases are accepted on input.",
        "",
    ]
    for name, t in spec.types.items():
        out.append(f"### {name} (quality: `{'`, `'.join(t.roles.quality)}`, threshold {t.quality_threshold:g})")
        out.append("")
        out.append((t.description[:1].upper() + t.description[1:] + ".") if t.description else "")
        out.append("")
        out.append("; ".join(_field_text(f) for f in t.fields) + ".")
        out.append("")
        given = ", ".join(f"`{p}`" for p in t.roles.context)
        out.append(f"Roles: answer `{t.roles.answer}`; given {given}; rules: {', '.join(t.roles.rules) or 'none'}.")
        out.append("")
    r = spec.rules
    out += [
        "### Master Truths rule tables",
        "",
        f"- X+{r.capacity.x_plus:g}: a character at X/{r.capacity.scale[1]:g} capacity gives at most "
        f"X+{r.capacity.x_plus:g} support.",
        "- capacity buckets (classified / generated / share): "
        + ", ".join(
            f"{b.name} {b.accept[0]:g}-{b.accept[1]:g} / {b.generate[0]:g}-{b.generate[1]:g} / {b.frequency:g}"
            for b in r.capacity.buckets.values()
        ),
        "- authenticity buckets (classified / generated / share): "
        + ", ".join(
            f"{b.name} {b.accept[0]:g}-{b.accept[1]:g} / {b.generate[0]:g}-{b.generate[1]:g} / {b.frequency:g}"
            for b in r.authenticity_buckets.values()
        ),
        "- irony options (capacity, relationship impact): "
        + ", ".join(
            f"{o.name} {o.capacity[0]:g}-{o.capacity[1]:g}, "
            f"{o.relationship_impact[0]:+g}..{o.relationship_impact[1]:+g}"
            for o in r.irony_options.values()
        )
        + f"; knowledge gap >= {r.knowledge_gap_trigger:g}",
        "- hook payoff windows (weeks): "
        + ", ".join(f"{k} {v[0]:g}-{v[1]:g}" for k, v in r.payoff_weeks.items())
        + "; hook frequency by relationship level: "
        + ", ".join(f"{k}: {v:g}" for k, v in r.hook_frequency_by_level.items()),
        "- resonance weights: " + ", ".join(f"{k} {v:g}" for k, v in r.resonance_weights.items()),
        "- complexity lists: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in r.complexity_types.items()),
        "",
        END,
    ]
    return "\n".join(out)


def rewrite(path: Path, spec: Spec | None = None) -> bool:
    """Replace the generated block in `path`; True when the file changed."""
    text = path.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{path}: no {BEGIN} ... {END} block")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    new = head + spec_markdown(spec) + tail
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(f"{p}: {'rewritten' if rewrite(Path(p)) else 'up to date'}")
