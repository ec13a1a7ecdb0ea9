"""The domain spec as the matcher sees it: per data type, every field as a dotted path with its roles."""

from __future__ import annotations

from ...domain import FieldSpec, Spec, TypeSpec, load_spec
from .field_fit import SpecField


def _roles(t: TypeSpec, path: str) -> tuple[str, ...]:
    """The roles a path plays, as the matcher's shape checks use them: the answer, spoken text (the
    character's words: the type's prose role), the quality score, the character's name, a label, or context
    given to the model."""
    r = t.roles
    out = []
    if path == r.answer:
        out.append("answer")
    if path in r.prose:
        out.append("spoken")
    elif r.prose and path == r.answer:
        out.append("unspoken")  # the answer is not the character's words (a rationale, an analysis)
    if path in r.quality:
        out.append("score")
    if path == r.name:
        out.append("name")
    if any(path in paths for paths in r.labels.values()):
        out.append("label")
    if path in r.context:
        out.append("context")
    rule_inputs = [
        p
        for table in (r.capacity, r.irony, r.tension, r.memory)
        for v in table.values()
        if not isinstance(v, bool)
        for p in (v if isinstance(v, (tuple, list)) else (v,))
    ]
    if any(path == p or path.startswith(p + ".") for p in rule_inputs):
        out.append("rule")  # a Master Truths rule reads it (or the object holding it): worth proposing on values alone
    if path in r.version:
        out.append("version")  # the Master Truths version the record states (its values: versions of the spec's major)
    if path in r.capacity.get("constraint", ()):
        out.append("constraint")  # the sentence that states the X+2 arithmetic
    return tuple(out)


def _role_names(t: TypeSpec, path: str, f: FieldSpec) -> tuple[str, ...]:
    """The quality role's name for the type's quality score (the first field of its `quality` role), unless its own
    name or an alias says it already: a grader's `quality` is that score whatever the type calls it."""
    quality = t.roles.quality
    if not quality or path != quality[0] or any("quality" in n for n in (f.name, *f.aliases)):
        return ()
    return ("quality",)


def _label_values(t: TypeSpec, path: str, complexity: tuple[str, ...]) -> tuple[str, ...] | None:
    """The labels a systematic label field holds when its field entry names none: a complexity_type label is
    checked against the configured complexity lists (complexity.type), so those lists are its usual values."""
    paths = t.roles.labels.get("complexity_type", ())
    return complexity if complexity and path in (paths if isinstance(paths, (tuple, list)) else (paths,)) else None


def _table(t: TypeSpec, path: str, spec: Spec | None) -> tuple[float, ...] | None:
    """The numbers a rule table allows the field: the resonance weight is its resonance type's weight."""
    weights = t.roles.memory.get("resonance_weight", ())
    if spec is None or path not in (weights if isinstance(weights, (tuple, list)) else (weights,)):
        return None
    return tuple(sorted(set(spec.rules.resonance_weights.values())))


def _flatten(
    t: TypeSpec,
    f: FieldSpec,
    prefix: str,
    out: list[SpecField],
    complexity: tuple[str, ...] = (),
    version: str = "",
    spec: Spec | None = None,
) -> None:
    path = prefix + f.name
    roles = _roles(t, path)
    out.append(
        SpecField(
            path,
            f.type,
            f.required,
            f.range,
            f.enum or f.values or _label_values(t, path, complexity),
            f.aliases,
            roles,
            f.description,
            f.parse,
            f.words,
            f.generate,
            f.scale if f.units else None,
            f.format,
            version if "version" in roles else None,
            _table(t, path, spec),
            _role_names(t, path, f),
        )
    )
    if f.type == "object":
        for c in f.fields:
            _flatten(t, c, path + ".", out, complexity, version, spec)
    elif f.type == "array" and f.items is not None and f.items.type == "object":
        for c in f.items.fields:
            _flatten(t, c, path + "[].", out, complexity, version, spec)


def spec_fields(spec: Spec | None = None) -> dict[str, list[SpecField]]:
    """{data type: its fields, parents before children} for the package spec or a config's domain."""
    if spec is None:
        spec = load_spec()
    out: dict[str, list[SpecField]] = {}
    complexity = tuple(dict.fromkeys(c for lst in spec.rules.complexity_types.values() for c in lst))
    for name, t in spec.types.items():
        lst: list[SpecField] = []
        for f in t.fields:
            _flatten(t, f, "", lst, complexity, spec.master_truths_version, spec)
        out[name] = lst
    return out
