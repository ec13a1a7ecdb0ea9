"""Turn one validated interaction sample into conversation rows that teach its behaviour.

Each data type's rows come from its conversation template in the domain spec (curation/domain/spec.yaml,
`template:` with a Jinja2 `human` and `assistant`; `per_option:` for dramatic irony's one-row-per-option mode),
so a user's own type (interactions.types) converts without code. What each turn holds is also described in
the dataset card and docs/interaction-formats.md (both read the spec).

Templates see the sample's fields by name and these helpers (every one total: a missing or odd value renders
as nothing, never an error, so a record the validator accepted always converts):

- `lines([[label, value], ...])` -> "label: value" lines, leaving out pairs whose value is empty
- `capacity_line(base, factors, effective)` -> "base 8/10; factors: work (-3); effective 5/10, so at most 7/10
  support (X+2)" (X+2 from the spec's rule table)
- `window(w)` -> "2-4 weeks";  `ocean_profile(o)` -> "openness 0.8, ..." in the spec's trait order
- `join([a, b, ...])` -> the non-empty parts joined by ", "
- filters: `n` (8.0 -> 8, 0.75), `signed` (+0.3), `label` (tone_deaf -> tone deaf), `option_name`
  (tone_deaf -> Tone-deaf, the spec's display name)

The system prompt of each type comes from `interactions.system_prompts` (default: the packaged
curation/defaults/prompts/system_prompts.yaml), else the type's `system_prompt` in the spec/config.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2

from ...config_base import read_yaml_mapping
from ...domain import Spec, Template, load_spec
from ...errors import UserError
from ...records import GPT, HUMAN, SYSTEM

Turns = list[dict[str, str]]
Row = tuple[str, str, str]  # (row suffix, human, gpt); suffix "" for the single row of a sample

_PACKAGE = load_spec()


def load_system_prompts(path: Path, spec: Spec | None = None) -> dict[str, str]:
    """Per-type system prompts; every data type must have one (from the file, else the type's own)."""
    spec = spec or _PACKAGE
    raw = read_yaml_mapping(path, "system prompts file")
    prompts = raw.get("system_prompts", raw)
    if not isinstance(prompts, dict):
        raise UserError(f"{path}: expected a mapping of data type -> system prompt")
    out: dict[str, str] = {}
    missing = []
    for t, ts in spec.types.items():
        text = prompts.get(t) if isinstance(prompts.get(t), str) and prompts[t].strip() else ts.system_prompt
        if not isinstance(text, str) or not text.strip():
            missing.append(t)
        else:
            out[t] = " ".join(text.split())
    if missing:
        raise UserError(
            f"{path}: no system prompt for data type(s) {', '.join(missing)} (add one to the file, "
            f"or system_prompt: to the type in interactions.types)"
        )
    return out


# ---- template helpers (total functions) -----------------------------------------------------------------
_UNDEFINED = jinja2.Undefined


def _v(x: Any) -> Any:
    return None if isinstance(x, _UNDEFINED) else x


def _n(x: Any) -> str:
    """A number as people write it: 8.0 -> '8', 0.75 -> '0.75', -0.3 -> '-0.3'."""
    t = type(x)
    if t is float:
        return f"{x:.2f}".rstrip("0").rstrip(".")
    if t is int:
        return str(x)
    if isinstance(x, _UNDEFINED):
        return "None"
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    return f"{x:.2f}".rstrip("0").rstrip(".") if isinstance(x, float) else str(x)


def _signed(x: Any) -> str:
    x = _v(x)
    return ("+" if isinstance(x, (int, float)) and not isinstance(x, bool) and x > 0 else "") + _n(x)


def _label(x: Any) -> str | None:
    return x.replace("_", " ") if type(x) is str and x else None


def _empty(v: Any) -> bool:
    if v is None or isinstance(v, _UNDEFINED):
        return True
    return type(v) in (str, list, dict) and len(v) == 0


def _lines(pairs: Any) -> str:
    if not isinstance(pairs, (list, tuple)):
        return ""
    out = []
    for p in pairs:
        if type(p) in (list, tuple) and len(p) == 2:
            v = p[1]
            if v is None or isinstance(v, _UNDEFINED) or (type(v) in (str, list, dict) and len(v) == 0):
                continue
            out.append(f"{p[0]}: {v}")
    return "\n".join(out)


def _join(parts: Any, sep: str = ", ") -> str:
    if not isinstance(parts, (list, tuple)):
        return ""
    return sep.join(str(_v(x)) for x in parts if not _empty(x) and str(_v(x)))


@functools.lru_cache(maxsize=16)
def _parts_of(spec: Spec, parse: str) -> tuple[str, str] | None:
    """The first two field names of the spec's objects read with `parse` (a factor's name and impact, a
    window's low and high)."""

    def walk(fields: Any) -> tuple[str, str] | None:
        for f in fields:
            target = f.items if (f.type == "array" and f.items is not None) else f
            if f.parse == parse and len(target.fields) >= 2:
                return target.fields[0].name, target.fields[1].name
            found = walk(target.fields)
            if found:
                return found
        return None

    for t in spec.types.values():
        found = walk(t.fields)
        if found:
            return found
    return None


def _factor_text(spec: Spec, factors: Any) -> str | None:
    factors = _v(factors)
    if not isinstance(factors, list) or not factors:
        return None
    names = _parts_of(spec, "name_value_pairs")
    if names is None:
        return None
    return ", ".join(
        f"{_label(f.get(names[0])) or '?'} ({_signed(f.get(names[1]))})" for f in factors if isinstance(f, dict)
    )


def _capacity_line(spec: Spec, base: Any, factors: Any, eff: Any) -> str | None:
    base, eff = _v(base), _v(eff)
    if eff is None or isinstance(eff, bool) or not isinstance(eff, (int, float)):
        return None
    rules = spec.rules.capacity
    limit = min(rules.scale[1], float(eff) + rules.x_plus)
    top = _n(rules.scale[1])
    parts = []
    if base is not None:
        parts.append(f"base {_n(base)}/{top}")
    f = _factor_text(spec, factors)
    if f:
        parts.append(f"factors: {f}")
    parts.append(f"effective {_n(eff)}/{top}, so at most {_n(limit)}/{top} support (X+{_n(rules.x_plus)})")
    return "; ".join(parts)


def _window(spec: Spec, w: Any) -> str | None:
    w = _v(w)
    names = _parts_of(spec, "window")
    if not isinstance(w, dict) or names is None:
        return None
    return f"{_n(w.get(names[0]))}-{_n(w.get(names[1]))} weeks"


def _ocean_profile(spec: Spec, o: Any, all_numbers: bool = False) -> str:
    o = _v(o)
    if not isinstance(o, dict):
        return ""
    if all_numbers:
        return ", ".join(f"{k} {_n(v)}" for k, v in o.items() if isinstance(v, (int, float)))
    return ", ".join(f"{t} {_n(o.get(t))}" for t in spec.rules.ocean_traits if o.get(t) is not None)


def _option_name(spec: Spec, x: Any, default: str = "Option") -> str:
    x = _v(x)
    opt = spec.rules.irony_options.get(x) if isinstance(x, str) else None
    if opt is not None:
        return opt.display
    return _label(x) or default


@functools.lru_cache(maxsize=16)
def _env(spec: Spec) -> jinja2.Environment:
    env = jinja2.Environment(
        undefined=jinja2.ChainableUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        finalize=lambda x: "" if x is None or isinstance(x, jinja2.Undefined) else x,
    )
    env.filters.update(
        n=_n, signed=_signed, label=_label, option_name=lambda x, default="Option": _option_name(spec, x, default)
    )
    env.globals.update(
        lines=_lines,
        join=_join,
        window=lambda w: _window(spec, w),
        capacity_line=lambda b, f, e: _capacity_line(spec, b, f, e),
        ocean_profile=lambda o, all_numbers=False: _ocean_profile(spec, o, all_numbers),
    )
    return env


@functools.lru_cache(maxsize=256)
def _compiled(spec: Spec, text: str) -> jinja2.Template:
    try:
        return _env(spec).from_string(text)
    except jinja2.TemplateSyntaxError as e:
        raise UserError(
            f"conversation template: {e.message} (line {e.lineno}): {text.splitlines()[0][:60]!r}"
        ) from None


@functools.lru_cache(maxsize=16)
def _flat_globals(spec: Spec) -> dict[str, Any]:
    return dict(_env(spec).globals)


def _render(spec: Spec, text: str, ctx: dict[str, Any]) -> str:
    """Template.render without its per-call merge of the environment's globals (a ChainMap walked twice per
    render, a third of the conversion time at 100k records): the globals are merged into the context here."""
    t = _compiled(spec, text)
    env = t.environment
    context = env.context_class(env, {**_flat_globals(spec), **ctx}, t.name, t.blocks)
    return env.concat(t.root_render_func(context))  # type: ignore[attr-defined]


def _rows(spec: Spec, tpl: Template, d: dict[str, Any]) -> list[Row]:
    if tpl.each is None:
        return [("", _render(spec, tpl.human, d), _render(spec, tpl.assistant, d))]
    items = d.get(tpl.each)
    rows = []
    for i, item in enumerate(x for x in (items if isinstance(items, list) else []) if isinstance(x, dict)):
        ctx = {**d, "item": item}
        rows.append((f"option{i}", _render(spec, tpl.human, ctx), _render(spec, tpl.assistant, ctx)))
    return rows


def conversation_rows(
    data_type: str,
    data: dict[str, Any],
    system_prompts: dict[str, str],
    irony_rows: str = "all_options",
    spec: Spec | None = None,
) -> list[tuple[str, Turns]]:
    """(row suffix, conversation) pairs for one sample. `irony_rows` names a template variant ("per_option")
    used when the type has one; otherwise the type's `template`."""
    spec = spec or _PACKAGE
    t = spec.type(data_type)
    tpl = t.variants.get(irony_rows) or t.template
    system = system_prompts[data_type]
    return [
        (suffix, [{"from": SYSTEM, "value": system}, {"from": HUMAN, "value": human}, {"from": GPT, "value": answer}])
        for suffix, human, answer in _rows(spec, tpl, data)
    ]
