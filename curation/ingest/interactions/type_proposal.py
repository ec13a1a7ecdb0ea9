"""Propose an `interactions.types` entry for a data type the spec does not know, from its profile.

A user who adds an eighth data type writes YAML, not code; `unwritten schema` drafts that YAML from what the
batches hold: every field with its JSON type (objects and lists nested), required when nearly every sample has
it, the 0-1 scale on numbers that stay inside it; roles guessed from value shapes and from the names the spec
gives the same roles in its own types (the answer: the longest spoken free text; the quality score: the 0-1
number named most like the spec's quality fields; the name: the short text named most like the spec's name
fields); a template listing the context fields. The draft is printed for the user to check and edit.
"""

from __future__ import annotations

from typing import Any

from ...domain import Spec
from .field_fit import SpecField, Vocabulary, name_similarity, words
from .profile import FieldStats, TypeProfile

#: A field present in at least this share of the samples (of its parent object) is proposed as required.
REQUIRED_SHARE = 0.95
#: Numbers at least this often inside [0, 1] are proposed on the 0-1 score scale.
UNIT_SHARE = 0.8


def _field_def(tp: TypeProfile, st: FieldStats, parent_records: int) -> dict[str, Any]:
    d: dict[str, Any] = {}
    kind = "number" if st.numeric() else st.main_type
    if kind == "number":
        integral = st.numbers and st.integral == st.numbers
        # a 0-1 score with a few values outside is still a score (the outliers are what the range will reject)
        in_unit = st.share_numbers(0.0, 1.0) >= UNIT_SHARE and not integral
        d["type"] = "number" if in_unit or not integral else "integer"
        if in_unit:
            d["range"] = "score"
    elif kind in ("string", "boolean"):
        d["type"] = kind
    elif kind == "object":
        d["type"] = "object"
        d["fields"] = {
            _leaf(c.path): _field_def(tp, c, st.records) for c in tp.children(st.path) if not c.path.endswith("[]")
        }
    elif kind == "array":
        d["type"] = "array"
        item = tp.fields.get(st.path + "[]")
        if item is not None:
            d["items"] = _field_def(tp, item, item.records)
            d["items"].pop("required", None)
    else:
        d["type"] = "string"
    if parent_records and st.records >= REQUIRED_SHARE * parent_records:
        d["required"] = True
    return d


def _leaf(path: str) -> str:
    return path.rsplit(".", 1)[-1].removesuffix("[]")


def _role_names(spec: Spec, role: str) -> list[SpecField]:
    """The spec's own fields that play `role` in its types (reference names for a new type's roles)."""
    out = []
    for t in spec.types.values():
        paths = {"quality": t.roles.quality, "name": (t.roles.name,) if t.roles.name else ()}[role]
        for p in paths:
            f = t.field_at(p)
            if f is not None:
                out.append(SpecField(p, f.type, f.required, f.range, f.enum, f.aliases))
    return out


def _best_named(
    candidates: list[FieldStats], refs: list[SpecField], vocab: Vocabulary, tp: TypeProfile
) -> FieldStats | None:
    scored = [
        (max((name_similarity(st.path, r, vocab, tp) for r in refs), default=0.0), -st.first_seen, st)
        for st in candidates
    ]
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return scored[0][2] if scored and scored[0][0] > 0 else (candidates[0] if candidates else None)


def propose_type(tp: TypeProfile, spec: Spec) -> dict[str, Any]:
    """A TypeDef-shaped dict (see curation/domain/spec.yaml `types:`) for the profiled unknown type."""
    top = [st for st in tp.ordered() if "." not in st.path and not st.path.endswith("[]")]
    fields = {st.path: _field_def(tp, st, tp.records) for st in top}
    vocab = Vocabulary(n for t in spec.types.values() for f in t.fields for n in (f.name, *f.aliases))
    texts = [st for st in top if st.main_type == "string" and not st.numeric()]
    answer = max(texts, key=lambda st: (st.spoken_share >= 0.5, st.mean_words), default=None)
    scores = [st for st in top if st.numeric() and st.share_numbers(0.0, 1.0) >= UNIT_SHARE]
    quality = _best_named(scores, _role_names(spec, "quality"), vocab, tp)
    short = [st for st in texts if st is not answer and st.mean_words <= 4]
    name = _best_named(short, _role_names(spec, "name"), vocab, tp) if short else None
    context = [
        st.path
        for st in top
        if st is not answer
        and st is not quality
        and st.main_type in ("string", "object", "array")
        and st.path not in ("id",)
    ]
    roles: dict[str, Any] = {"answer": answer.path if answer else (top[0].path if top else "")}
    if context:
        roles["context"] = context
    if quality is not None:
        roles["quality"] = [quality.path]
    if name is not None:
        roles["name"] = name.path
    if answer is not None and answer.spoken_share >= 0.5:
        roles["prose"] = [answer.path]
    label_rows = ",\n".join(
        f'  ["{words(p).capitalize()}", {p}]' for p in context if fields[p]["type"] in ("string", "number", "integer")
    )
    human = "{{ lines([\n" + label_rows + "\n]) }}\n\nRespond in character." if label_rows else "Respond in character."
    return {
        "description": f"{words(tp.data_type)} (drafted by `unwritten schema` from {tp.records} samples: check it)",
        "quality_threshold": 0.6,
        "fields": fields,
        "roles": roles,
        "template": {"human": human, "assistant": "{{ " + roles["answer"] + " }}"},
        "system_prompt": f"You are a character in a narrative game. {words(tp.data_type).capitalize()}: "
        "answer in character.",
    }
