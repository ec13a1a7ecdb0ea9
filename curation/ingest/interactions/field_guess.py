"""The last resort of a proposal: a required field of ours that the proposed lines leave empty in so many records
that the build would stop gets a field of theirs nothing took, when the ingest reads that field's values there.

The missing-field guard stops the build when a required field is missing in more than
`interactions.max_missing_share` of a type's records, and then every record of the folder is lost until the user
writes the line. Every new generator so far made some folders stop on one required field that no name said, while a
field that held it sat unmatched in the same records (a list of factor texts under a pair label, options keyed by
their type, an answer in a turn). So before the proposal is final, its lines are run through the guard's own check on
the kept samples. For each required field the build would stop on, the fields of theirs that nothing took are tried
in its place, each as one more line; for a list or object, the matcher reads its children with that line fixed. A
candidate is taken when the ingest reads it as our field (type, range, labels, required parts: no schema problem
there) in at least READ_SHARE of the records that lack our field and hold it, and its values fit our field's shape.
When several do, the one filling the most records wins, then one fitting about as well as the best, then the one
written where ours would be (next to the fields of theirs placed next to ours), then the better shape fit; rivals
close to it are named.

It is a guess by value shape alone: the line says so in the table (CHECK) and in the YAML. Where the proposal keeps
the build going, nothing changes.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from ...domain import Spec
from ...domain.spec import FieldMap
from .field_fit import FieldMatch, SpecField, TypeMatch, Vocabulary, shape_fit
from .field_forms import KEY_FIT, KEY_LABELS, key_fit, keyed_lines
from .field_match import ELIMINATION_SCORE, SHAPE_GUESS, named_variant
from .missing import MIN_MISSING, required_paths, unfit_paths
from .normalize import check, normalize, normalize_label
from .profile import FieldStats, TypeProfile, profile_samples, value_at

#: the candidate's values read as our field (no schema problem there) in this share of the records holding it
READ_SHARE = 0.8
#: a rival filling this share of the winner's records or more, at a shape fit this close, is named beside it
RIVAL_SHARE = 0.9
RIVAL_FIT = 0.1
#: candidates whose children the matcher reads again (a list or object of theirs) tried per field of ours
MAX_CONTAINERS = 4
#: an object's keys are data when it holds this many times as many keys over the records as one record holds
KEYS_VARY = 1.5
#: a list nothing took holding at most this many elements offers each position as a field (an exchange's turns, a
#: vector of scores)
MAX_POSITIONS = 5
GUESS = SHAPE_GUESS

Rematch = Callable[[dict[str, str]], TypeMatch]


def guess_required(
    tm: TypeMatch,
    tp: TypeProfile,
    fields: list[SpecField],
    spec: Spec,
    share: float,
    config_map: dict[str, str] | None = None,
    rematch: Rematch | None = None,
    vocab: Vocabulary | None = None,
) -> list[str]:
    """Fill, in `tm`, each required field the build would stop on (see the module docstring); the fields of ours
    so filled. `rematch(lines)`: the type matched again with `lines` fixed (children of a guessed container)."""
    t = spec.types.get(tm.data_type)
    samples = tp.samples
    if t is None or not samples:
        return []
    required = frozenset(required_paths(t))
    if vocab is not None and tm.lexicon:
        vocab = vocab.with_lexicon(tm.lexicon)  # (the words the matcher learned: its names)
    by_path = {f.path: f for f in fields}
    order = {path: i for i, path in enumerate(by_path)}
    filled: list[str] = []
    # field of ours -> the records it lacked when last guessed: a type written in several dialects holds the field
    # under another name in each, so a guess that filled one dialect's records is tried again on the rest
    tried: dict[str, int] = {}
    while True:
        lines = {**(config_map or {}), **tm.map_lines()}
        lacking = _lacking(samples, lines, t, required)
        over = {p for p, rows in lacking.items() if len(rows) > share * len(samples) and len(rows) >= MIN_MISSING}
        failing = [
            p
            for p in over
            if len(lacking[p]) < tried.get(p, len(samples) + 1) and not any(q != p and _within(p, q) for q in over)
        ]
        if not failing:
            return filled
        # (ties go to the field first in our spec's order: `over` is a set, so its order must decide nothing)
        p = min(failing, key=lambda q: (-len(lacking[q]), q.count("."), order.get(q, len(order)), q))
        tried[p] = len(lacking[p])
        f = by_path.get(p)
        if f is None:
            continue
        rows = [samples[i] for i in lacking[p]]
        peers = [x for x in by_path if x in over or x in filled]  # (in our order: where a tuple's positions go)
        # an object of ours may be made by the line for the one part it requires (`turns[1].text` -> its prose)
        parts = [c for c in fields if c.parent == p and c.required and c.type not in ("object", "array")]
        for target in [f, *parts] if f.type == "object" else [f]:
            got = _best(tm, tp, target, fields, rows, lines, t, rematch, p, vocab, peers)
            if got is not None:
                _adopt(tm, target, got, len(rows), len(samples), by_path)
                filled.append(target.path)
                break


def _lacking(
    samples: list[dict[str, Any]], lines: dict[str, str], t: Any, required: frozenset[str]
) -> dict[str, list[int]]:
    """Required path -> the samples lacking it (absent, or in a shape no coercion reads) once `lines` apply, as the
    missing-field guard counts them."""
    fm = FieldMap(tuple(lines.items()))
    out: dict[str, list[int]] = {}
    for i, raw in enumerate(samples):
        for p in _unfit(raw, fm, t, required):
            out.setdefault(p, []).append(i)
    return out


def _unfit(raw: dict[str, Any], fm: FieldMap, t: Any, required: frozenset[str]) -> list[str]:
    absent, unreadable = unfit_paths(check(_as_read(raw, fm, t), t), required)
    return list(dict.fromkeys(absent + unreadable))


def _read_cleanly(raw: dict[str, Any], fm: FieldMap, t: Any, path: str) -> bool:
    """Once `fm` applies, the record holds our `path` with no schema problem there or inside it."""
    bare = path.replace("[]", "")
    for prob in check(_as_read(raw, fm, t), t):
        where = _strip_index(prob.path)
        if where == bare or where.startswith((bare + ".", bare + "[")):
            return False
    return True


def _as_read(raw: dict[str, Any], fm: FieldMap, t: Any) -> dict[str, Any]:
    """A sample as the ingest reads it with the lines `fm`: the envelope's keys taken off, mapped, normalized."""
    s = copy.deepcopy(raw)
    for k in ("data_type", "master_truths_version"):
        s.pop(k, None)
    if fm:
        fm.apply(s, [])
    return normalize(s, t)[0]


def _strip_index(path: str) -> str:
    """A problem's path without its list indexes (`a[2].b` -> `a.b`)."""
    out, depth = [], 0
    for ch in path:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


@dataclasses.dataclass
class _Try:
    """One candidate: its line and the lines of its parts the matcher read under it (`lines`), the lacking records
    holding it and those read cleanly, its shape fit and why; `container`: their list or object read whole, whose own
    lines (weaker readings of its parts) give way."""

    source: str
    lines: dict[str, str]
    holding: int
    read: int
    fit: float
    how: str
    container: str = ""


def _nearness(tm: TypeMatch, tp: TypeProfile, f: SpecField, fields: list[SpecField]) -> Callable[[str], int]:
    """How far, in our field order, the fields of ours written next to one of theirs (the nearest placed field before
    and after it in their records' order) are from `f`: generators write a record's fields in about the order the
    prompt lists them, so of two fields that read alike, the one written where ours would be is ours."""
    rank = {x.path: i for i, x in enumerate(x for x in fields if not x.parent)}
    placed = {_profiled(m.source): m.target for m in tm.matches if m.target and m.how != "unmatched"}
    order = [st.path for st in tp.ordered()]
    where = {p: i for i, p in enumerate(order)}
    mine = rank.get(_top(f.path), len(rank))

    def near(source: str) -> int:
        i = where.get(_profiled(_POSITION.sub(r"\1[]\3", source)).removesuffix("{}"))
        if i is None:
            return len(rank)
        found = []
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(order) and not (order[j] in placed and _top(placed[order[j]]) in rank):
                j += step
            if 0 <= j < len(order):
                found.append(abs(rank[_top(placed[order[j]])] - mine))
        return min(found, default=len(rank))

    return near


def _off_order(
    tp: TypeProfile, source: str, f: SpecField, fields: list[SpecField], peers: list[str] | None = None
) -> int:
    """For a position of a list of plain values (`vec[2]`), how far it is from f's place in our order: a vector of an
    object's numbers lists them in the spec's order (OCEAN is O-C-E-A-N), as the form for such a list reads it
    (field_forms), and a short tuple of a record's own fields (`gauge: [base, effective, "low"]`) lists them in the
    order the spec does: f's place is the number of `peers` (the fields being filled, in our order) before f that
    fit a position of that list. 0 for any other field."""
    hit = _POSITION.match(source)
    if hit is None or hit.group(3):
        return 0
    if f.parent:
        siblings = [x.path for x in fields if x.parent == f.parent and x.type == f.type]
        return abs(int(hit.group(2)) - siblings.index(f.path)) if f.path in siblings else 0
    by_path = {x.path: x for x in fields}
    head = hit.group(1)
    places = [st for i in range(MAX_POSITIONS) if (st := _position_stats(tp, f"{head}[{i}]")) is not None]
    before = 0
    for g in peers or []:
        if g == f.path:
            break
        spec = by_path.get(g)
        if (
            spec is not None
            and not spec.parent
            and any(shape_fit(tp, st, spec, [])[0] >= ELIMINATION_SCORE for st in places)
        ):
            before += 1
    return abs(int(hit.group(2)) - before)


def _later_element(f: SpecField, sources: list[str]) -> dict[str, int]:
    """For a number of ours, how many elements a position of a list of objects (`reviews[1].score`) stands after
    the earliest position of the same list among `sources`: a pipeline that keeps its reviews as a list by
    position writes the record's own grader first and a second reviewer's marks after it, with the same keys on
    the same scale (and, as in an object, `_written_first` in field_match, a review's own mark before its
    confidence). A turn list's texts (`turns[1].text` the answer) are not numbers and are not ranked."""
    if f.type not in ("number", "integer"):
        return {}
    hits = {s: h for s in sources if (h := _POSITION.match(s)) is not None and h.group(3)}
    first: dict[str, int] = {}
    for h in hits.values():
        first[h.group(1)] = min(first.get(h.group(1), int(h.group(2))), int(h.group(2)))
    return {s: int(h.group(2)) - first[h.group(1)] for s, h in hits.items()}


def _top(path: str) -> str:
    return path.split(".", 1)[0].removesuffix("[]")


def _fits(tp: TypeProfile, source: str, ours: SpecField | None) -> bool:
    """Their field's values fit our field's shape (a part of a guessed container)."""
    st = tp.fields.get(_profiled(source))
    if ours is None or st is None:
        return False
    return shape_fit(tp, st, ours, [])[0] >= ELIMINATION_SCORE


def _outside(lines: dict[str, str], container: str) -> dict[str, str]:
    """The lines of fields not inside their `container` (those inside give way when it is read whole)."""
    return {k: v for k, v in lines.items() if not container or not _within(k, container)}


def _best(
    tm: TypeMatch,
    tp: TypeProfile,
    f: SpecField,
    fields: list[SpecField],
    lacking: list[dict[str, Any]],
    lines: dict[str, str],
    t: Any,
    rematch: Rematch | None,
    failing: str,
    vocab: Vocabulary | None = None,
    peers: list[str] | None = None,
) -> tuple[_Try, list[_Try]] | None:
    """The candidate filling most of the `lacking` records (then the best shape fit), and its close rivals; read
    where the build would stop (`failing`: f or the object of ours f is the required part of)."""
    children = [c for c in fields if c.parent in (f.path, f.path + "[]")]
    by_path = {c.path: c for c in fields}
    container = f.type in ("object", "array")
    tries: list[_Try] = []
    reread = 0
    for source in sorted(_candidates(tm, tp, f), key=lambda x: -tp.stats(x).records):
        st = _position_stats(tp, source) or tp.stats(source)
        fit, how = shape_fit(tp, st, f, children)
        if not container and fit < ELIMINATION_SCORE:
            continue  # a number or text of ours: its values must fit it (as the matcher asks of a shape-only pair)
        holding = [r for r in lacking if _holds(r, source)]
        if len(holding) < MIN_MISSING:
            continue
        extra = {source: f.path}
        whole = source if container and st.main_type in ("object", "array") else ""
        base = _outside(lines, whole)
        if whole and rematch is not None:
            if reread >= MAX_CONTAINERS:
                continue
            reread += 1
            inside = _children_lines(tm, rematch({**base, **extra}), source)
            if not all(_fits(tp, src, by_path.get(dst)) for src, dst in inside.items()):
                continue  # (its parts must fit ours as their values, not merely be read: a model's name is no prose)
            extra.update(inside)
        fm = FieldMap(tuple({**base, **extra}.items()))
        read = sum(_read_cleanly(r, fm, t, failing) for r in holding)
        if read >= READ_SHARE * len(holding):
            tries.append(_Try(source, extra, len(holding), read, fit, how, whole))
    if f.type == "array" and vocab is not None:
        tries += _keyed_tries(tm, tp, f, fields, lacking, lines, t, vocab)
    if not tries:
        return None
    near = _nearness(tm, tp, f, fields)
    # the most records filled (a planted out-of-range value or two make no difference), then where it is written
    # (last, the one written first: a turned-down or second answer is written after the one it stands beside)
    first = {st.path: st.first_seen for st in tp.fields.values()}

    def written(x: _Try) -> float:
        return first.get(_profiled(_POSITION.sub(r"\1[]\3", x.source)).removesuffix("{}"), float("inf"))

    top = max(x.fit for x in tries)  # (fits within RIVAL_FIT of the best are alike: the place decides among them)
    later = _later_element(f, [x.source for x in tries])
    # a try named as a variant of another beside it (`line_dropped` beside `line`: a turned-down or second answer)
    # yields to it, as in the matcher (TWIN_FIT), when the plain one fills about as many records: a record that
    # lacks the plain answer (a defect) is no reason to read the rejected one as ours
    variants = {
        x.source
        for x in tries
        for y in tries
        if y.holding >= RIVAL_SHARE * x.holding and _variant_of(tp, y.source, x.source)
    }
    tries.sort(
        key=lambda x: (x.source in variants, -x.holding, x.fit < top - RIVAL_FIT, near(x.container or x.source),
                       _off_order(tp, x.source, f, fields, peers), later.get(x.source, 0),
                       written(x) if x.source in later else 0.0, -x.fit, -x.read,
                       written(x), x.source)
    )  # fmt: skip
    best = tries[0]
    rivals = [x for x in tries[1:] if x.holding >= RIVAL_SHARE * best.holding and x.fit >= best.fit - RIVAL_FIT]
    return best, rivals


def _variant_of(tp: TypeProfile, plain: str, source: str) -> bool:
    """Their field `source` is named as a variant of their field `plain` (`field_match.named_variant`)."""
    a, b = tp.fields.get(_profiled(plain)), tp.fields.get(_profiled(source))
    return a is not None and b is not None and named_variant(tp, a, b)


def _keyed_tries(
    tm: TypeMatch,
    tp: TypeProfile,
    f: SpecField,
    fields: list[SpecField],
    lacking: list[dict[str, Any]],
    lines: dict[str, str],
    t: Any,
    vocab: Vocabulary,
) -> list[_Try]:
    """An object of theirs nothing took whose values are objects, read as our list of objects with each key under
    a labelled field of the elements (`options{}` -> response_options[].type) and its members paired by name and
    shape (field_forms.keyed_lines), when the ingest then reads our list."""
    labels = [c for c in fields if c.parent == f.path + "[]" and c.enum]
    placed = {m.source: m.target for m in tm.matches if m.target and m.how != "unmatched"}
    out = []
    for m in tm.matches:
        st = tp.fields.get(_profiled(m.source))
        if m.how != "unmatched" or st is None or "[" in m.source or "{" in m.source or st.main_type != "object":
            continue
        if _holder(m.source, placed) is not None:
            continue
        holding = [r for r in lacking if isinstance(value_at(r, _profiled(m.source)), dict)]
        if len(holding) < MIN_MISSING:
            continue
        keys = Counter(normalize_label(str(k)) for r in holding for k in value_at(r, _profiled(m.source)))
        for label in labels:
            known = {normalize_label(x) for x in label.enum or ()}
            if sum(n for k, n in keys.items() if k in known) < KEY_LABELS * sum(keys.values()):
                continue  # (the keys go under the labelled field: they must be its labels)
            keyed = keyed_lines(tp, st, label, fields, vocab, f"its keys read as our {label.name}")
            extra = {x.source: x.target for x in keyed if x.target}
            fm = FieldMap(tuple({**_outside(lines, m.source), **extra}.items()))
            read = sum(_read_cleanly(r, fm, t, f.path) for r in holding)
            if read >= READ_SHARE * len(holding):
                how = f"an object of objects keyed by {label.name}"
                out.append(_Try(next(iter(extra)), extra, len(holding), read, 0.5, how, m.source))
                break
        else:
            out += _text_keyed(tp, st, f, fields, holding, lines, t, vocab, m.source)
    return out


def _text_keyed(
    tp: TypeProfile,
    st: FieldStats,
    f: SpecField,
    fields: list[SpecField],
    holding: list[dict[str, Any]],
    lines: dict[str, str],
    t: Any,
    vocab: Vocabulary,
    source: str,
) -> list[_Try]:
    """Their object of objects whose keys are data (they vary from record to record: no key in every record, and
    KEYS_VARY times as many keys in all as a record holds) read as our list `f` with each key under a free text of its
    elements the keys fit by value shape (`sinks{}` -> capacity_factors[].factor), as the form does for a table
    too small to be told one (field_forms._text_keys), when the ingest then reads our list."""
    per_record = [set(value_at(r, _profiled(source))) for r in holding]
    keys = Counter(k for ks in per_record for k in ks)
    if not keys or max(keys.values()) >= len(holding) or len(keys) < KEYS_VARY * sum(keys.values()) / len(holding):
        return []
    for child in (c for c in fields if c.parent == f.path + "[]" and c.type == "string" and not c.enum):
        fit, how = key_fit(tp, st, keys, child)
        if fit < KEY_FIT:
            continue
        keyed = keyed_lines(tp, st, child, fields, vocab, f"its keys are data read as our {child.name} ({how})")
        extra = {x.source: x.target for x in keyed if x.target}
        fm = FieldMap(tuple({**_outside(lines, source), **extra}.items()))
        read = sum(_read_cleanly(r, fm, t, f.path) for r in holding)
        if read >= READ_SHARE * len(holding):
            how = f"an object of objects keyed by data (its keys as {child.name})"
            return [_Try(next(iter(extra)), extra, len(holding), read, 0.5, how, source)]
    return []


def _position_stats(tp: TypeProfile, source: str) -> FieldStats | None:
    """The stats of the values at one position of a list (`turns[1].text`), as the profile would keep them (the
    profile keeps every position's together: a request and an answer alike)."""
    if _POSITION.match(source) is None:
        return None
    values = [v for r in tp.samples if (v := _at_position(r, source)) is not None]
    st = profile_samples(tp.data_type, ({"v": v} for v in values)).fields.get("v")
    return dataclasses.replace(st, path=source) if st is not None else None


def _holds(record: dict[str, Any], source: str) -> bool:
    """The record holds their field (a position `turns[1].text` or `vec[2]`: that element)."""
    if _POSITION.match(source) is None:
        return value_at(record, _profiled(source)) is not None
    return _at_position(record, source) is not None


def _at_position(record: dict[str, Any], source: str) -> Any:
    """The value at a position of a list (`turns[1].text`, `vec[2]`) in one record as written, else None."""
    hit = _POSITION.match(source)
    if hit is None:
        return None
    items = value_at(record, _profiled(hit.group(1)))
    if not isinstance(items, list) or len(items) <= int(hit.group(2)):
        return None
    item = items[int(hit.group(2))]
    rest = hit.group(3).removeprefix(".")
    if not rest:
        return item
    return item.get(rest) if isinstance(item, dict) else None


_POSITION = re.compile(r"^(.*)\[(\d+)\]((?:\.[^.\[]+)?)$")


def _candidates(tm: TypeMatch, tp: TypeProfile, f: SpecField) -> list[str]:
    """Their fields nothing took that could hold `f`: as deep in lists, not a record's id, and in a place that fits
    (not inside an object of theirs placed as another of ours). A list nothing took that never holds more than
    MAX_POSITIONS elements offers each position (`turns[1].text`, `vec[2]`) for a field of ours outside lists."""
    placed = {m.source: m.target for m in tm.matches if m.target and m.how != "unmatched"}
    out = []
    for m in tm.matches:
        if m.how != "unmatched" or m.source.endswith("[]"):
            continue
        st = tp.stats(m.source)
        if st.identifier() or st.records == 0:
            continue
        holder = _holder(m.source, placed)
        if holder is not None and not (f.parent and placed[holder].removesuffix("[]") == f.parent.removesuffix("[]")):
            continue  # inside an object of theirs that is another of ours
        depth = m.source.count("[]")
        if depth == f.path.count("[]"):
            out.append(m.source)
        if f.path.count("[]") or f.type == "array":
            continue
        if depth == 1:
            out += _positions(tm, tp, m.source)
        elif st.main_type == "array" and _plain_items(tp, m.source):
            out += _positions(tm, tp, m.source + "[]")
    return out


def _plain_items(tp: TypeProfile, source: str) -> bool:
    """Their list holds plain values (numbers, texts), not objects or lists: `vec[2]` is one of them."""
    items = tp.fields.get(_profiled(source) + "[]")
    return items is not None and items.main_type not in ("object", "array")


def _positions(tm: TypeMatch, tp: TypeProfile, source: str) -> list[str]:
    """`turns[].text` -> `turns[0].text`, `turns[1].text`, ... (or `vec[]` -> `vec[0]`, ...) when the list is one
    nothing took and it holds few elements; a position already placed is not one (one field per position)."""
    head, _, rest = source.partition("[]")
    if "[" in head or "{" in head:
        return []
    lst = tp.fields.get(_profiled(head))
    if lst is None or lst.max_items > MAX_POSITIONS or lst.max_items < 1:
        return []
    if any(m.source == head and m.how != "unmatched" for m in tm.matches):
        return []
    placed = {m.source for m in tm.matches if m.target and m.how != "unmatched"}
    # (a position one guess placed is that field's: offering it again would overwrite the earlier line)
    return [p for i in range(lst.max_items) if (p := f"{head}[{i}]{rest}") not in placed]


def _holder(source: str, placed: dict[str, str]) -> str | None:
    """The nearest object of theirs holding `source` that the proposal places somewhere of ours."""
    path = source
    while True:
        cut = max(path.rfind("."), path.rfind("["))
        if cut <= 0:
            return None
        path = path[:cut]
        for q in (path, path + "[]"):
            if q in placed:
                return q


def _children_lines(tm: TypeMatch, again: TypeMatch, container: str) -> dict[str, str]:
    """The lines the matcher proposed under `container` once it was fixed to one of ours (for fields of theirs
    nothing took)."""
    free = {m.source for m in tm.matches if m.how in ("unmatched", "proposed")}
    return {
        m.source: m.target
        for m in again.matches
        if m.target and m.how == "proposed" and m.source in free and _within(m.source, container)
    }


def _adopt(
    tm: TypeMatch, f: SpecField, got: tuple[_Try, list[_Try]], lacking: int, n: int, by_path: dict[str, SpecField]
) -> None:
    """The guess's lines into `tm`, each saying it is one (a position of a list gets a row of its own)."""
    best, rivals = got
    note = (
        f"{best.how + '; ' if best.how else ''}chosen by value shape alone, {GUESS}: nothing named {f.path}, and "
        f"without it the build stops (missing in {lacking} of {n} sample records); the ingest reads this field "
        f"as {f.path} in {best.read} of the {best.holding} holding it"
    )
    if rivals:
        note += f"; AMBIGUOUS with {', '.join(r.source for r in rivals)}: check it"
    else:
        note += ": check it"
    score = round(0.5 * max(best.fit, 0.3), 2)
    given_up: list[str] = []
    for m in tm.matches:  # the weaker readings of the container's parts give way to it
        inside = best.container and m.how == "proposed" and _within(m.source, best.container)
        if inside and m.target and m.source not in best.lines:
            given_up.append(m.target)
            m.evidence = f"its value shape fits {m.target}, but {best.container} holds it as {f.path}"
            m.target, m.how, m.score = None, "unmatched", 0.0
    by_source = {m.source: m for m in tm.matches}
    for src, dst in best.lines.items():
        evidence = note if src == best.source else f"inside {best.source}, {GUESS}: check it"
        existing = by_source.get(src)
        if existing is None:
            tm.matches.append(FieldMatch(src, dst, "proposed", score, evidence))
        elif existing.how in ("unmatched", "proposed"):
            existing.target, existing.how, existing.score, existing.evidence = dst, "proposed", score, evidence
    tm.missing = [x for x in tm.missing if x.path != f.path and not _within(x.path, f.path)]
    filled = {m.target for m in tm.matches if m.target}
    tm.missing += [by_path[p] for p in dict.fromkeys(given_up) if p not in filled and by_path[p].required]


def _profiled(path: str) -> str:
    from .profile import KEY_DOT

    return path.replace("\\.", KEY_DOT)


def _within(path: str, parent: str) -> bool:
    return path.startswith((parent + ".", parent + "[", parent + "{"))
