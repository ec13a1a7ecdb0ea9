"""Match a profiled batch folder to the domain spec and propose the `interactions.field_map` that fixes it.

Per data type, each field path the samples hold is, in order:
1. **exact**: the spec's own path;
2. **alias**: a name the ingest already accepts (the spec's aliases, or the same name spelled differently,
   `characterResponse`), so no map line is needed;
3. **proposed**: the best remaining spec field by name similarity (rapidfuzz, over the spec name, aliases and
   description) and value shape (JSON type; share of numbers inside the spec range; enum values; long
   spoken text for the answer role; an object whose children fit the spec object's, such as five 0-1
   numbers for OCEAN), assigned one to one, best pairs first;
   A required field of ours comes from a field (nearly) every record holds: a proposal on value shape alone missing
   from a tenth of the records trades places with a proposal of the same kind every record holds that sat on an
   optional field (`required_from_fuller`), and the records' rules never move a required field onto such a field.
   Two proposals whose targets could be swapped at no cost (five same-shaped traits, three narrated texts) are
   settled, in order, by how their telling words are spelt (a word of another language: `extroversao`), by kinship
   (their fields sharing an object or a rare word go to ours sharing an object or a word), by structure, then by
   the order the records write them;
4. **unmatched**: kept as an extra field by the ingest, not used for training.
A required spec field nothing fits is reported as missing: that is what would make the build stop.

The proposal is only a proposal: the command prints it with its evidence, and the user pastes or writes it.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from ...domain import Spec, load_spec
from .assignment import best_assignment
from .discovery import canonical_type
from .field_fit import (
    _FREE_TEXT_WORDS,
    _NO_VOCAB,
    NAME_EVIDENCE,
    SIGNED_SHARE,
    FieldMatch,
    SpecField,
    TypeMatch,
    Vocabulary,
    _enum_share,
    _fraction_scale,
    _looks_like_names,
    _ordered_numbers,
    _stats_kind,
    _token_sim,
    _version_shares,
    _written_at,
    name_similarity,
    pairs_as_text,
    shape_fit,
    words,
)
from .field_forms import propose_forms
from .number_text import Written, place
from .profile import (
    ANY_LABEL,
    KEY_DOT,
    FieldStats,
    FolderProfile,
    TypeProfile,
    element_counters,
    field_name,
    key_step,
    profiled_key,
    value_at,
)
from .script_words import letter_words

#: (a name of theirs may hold a ";" itself: a questionnaire's keys end with a question mark, `Τι λέει;`, or a Greek
#: one, whose canonical form is ";"; only "; " parts an evidence's clauses)
_NAMES = r"(?:(?!; ).)*?"
_RIVALS = re.compile(rf"; AMBIGUOUS with {_NAMES}: check it")
_ALIKE = re.compile(rf"; its values fit ({_NAMES}) \(nothing took it\) as well: AMBIGUOUS, check it")
_AMBIGUOUS = re.compile(rf"; AMBIGUOUS with {_NAMES}: check it|; its values fit {_NAMES} as well: AMBIGUOUS, check it")


def _rival_names(clause: str) -> list[str]:
    """The names an `; AMBIGUOUS with ...: check it` clause lists. A name of theirs may hold ", " itself (a pandas
    MultiIndex column written as its tuple, `('reply', 'reason')`): a piece that leaves a bracket open is joined with
    the next, or the rival is read as two names that are no field."""
    out: list[str] = []
    for piece in clause.removeprefix("; AMBIGUOUS with ").removesuffix(": check it").split(", "):
        if out and (out[-1].count("(") > out[-1].count(")") or out[-1].count("[") > out[-1].count("]")):
            out[-1] += ", " + piece
        else:
            out.append(piece)
    return out


#: Proposals below this score are not made (the field is reported unmatched / missing instead).
MIN_SCORE = 0.45
#: A spec field held under our name by this share of a type's samples is covered (no second name is sought).
FULL_COVERAGE = 0.95
#: Two names of one field (prompt versions) occur together in at most this share of samples.
EXCLUSIVE = 0.02
#: Weight of field-order agreement (a tie-break between candidates whose names and values fit equally).
ORDER_WEIGHT = 0.03
#: Prior for a required spec field over an optional one (a field every sample holds is more likely required).
REQUIRED_WEIGHT = 0.02
#: Against a spec field only read on input (`generate: false`): a generator writing our format leaves it out.
INPUT_ONLY_WEIGHT = 0.04
#: A required field nothing else fits takes a candidate this good (on value shape alone).
ELIMINATION_SCORE = 0.3
#: An object or list whose children fit this well is proposed whatever its name.
OBJECT_SCORE = 0.48
#: A rival candidate scoring within this margin makes a shape-only proposal ambiguous.
AMBIGUOUS_MARGIN = 0.05
#: A field whose values are the spec's labels for a field this often is that field, whatever its name.
LABEL_SHARE = 0.9
#: An aliased field with fewer than this share of its values among the spec field's labels, while another field holds
#: those labels, is not that field (its name loses to the values).
MISFIT_SHARE = 0.1
#: A name this similar to a spec field says which field it is (a child so named elsewhere is not this object's).
NAMED = 0.6
#: Names within this similarity of each other leave the choice to the records' rules.
NAME_MARGIN = 0.15
#: Changes the records' rules may make one after another (a swap, then a move).
SETTLE_ROUNDS = 3
#: Records the rule check reads per candidate map.
RULE_SAMPLES = 200
#: A field null in this share of its values or more is optional in the generator's eyes (never a required one).
NULL_SHARE = 0.04
#: A field held by fewer than this share of its dialect's records is never proposed on its values alone.
RARE = 0.45
#: A field held by fewer than this share of its parent's records, named like nothing of ours, scores lower.
PRESENT = 0.9
#: What is left of a field's fit for a field of ours that the plain field beside it fits as well by name, when its
#: name is the plain one's with words added (`true-ring-judge-b` beside `true-ring`: fresh10's gameplay team;
#: `npc_resp_draft` beside `npc_resp`: fresh9, the probe): a variant of the plain field. Not zero: the added words
#: may name another field of ours the names cannot tell (`StartingStamina` beside `Stamina`, fresh9), which the
#: records' rules then settle
TWIN_FIT = 0.5
#: A field held by fewer than PRESENT but at least this share of the records holding the number it would replace is
#: judged on the records holding it (a support given written only beside some answers: fresh10's gameplay team;
#: tests/test_schema_variants.py), never on the others, which its absence alone would spare
FEWER = 0.5
#: A field missing from this share of its dialect's records or more is one the generator may leave out: it fills a
#: required field of ours only when no field every record holds fits it as well (`required_from_fuller`) ...
GAPPED = 0.1
#: ... and missing from at least this many records (as the missing-field guard counts: missing.MIN_MISSING)
GAPPED_RECORDS = 3
#: Fields sharing only a first word (no separator) are one flattened object when they fit it this well.
IMPLICIT_FIT = 0.75
#: Texts naming a field where its values stand out by at least this much (on average, from the middle) place it.
MENTION_MARGIN = 0.05
#: ... and by at least this many standard errors of that difference: with a few dozen records, texts that name
#: traits at random (not where their values stand out) show differences of 0.1-0.17 by chance, and a folder tries
#: 25 pairs (five traits by five); 3.5 is about 1 in 4,000 per pair
MENTION_Z = 3.5
#: ... that is, a difference as rare by chance as that on a normal (1 in 4,300), read on Student's t with the records'
#: degrees of freedom (records beside the two groups' means), whose tail is heavier on few records: on five records
#: 3.5 standard errors come by chance about once in 25 pairs, as many as a folder tries (fresh19 seed 2's five Khmer
#: trait records: agreeableness and neuroticism crossed by 14.3 on three degrees of freedom, where as rare a reading
#: needs 16.7), while on ten records a reading as plain as the probe's (openness named where its values stand out, by
#: 6.5 on eight degrees of freedom, where 5.7 is needed) still places its field; on many records it is 3.5 again
MENTION_CHANCE = math.erfc(MENTION_Z / math.sqrt(2)) / 2
#: ... on records among which the named ones could be picked in at least this many ways: were they picked at random,
#: they would be the ones whose values stand out at most once in so many, however tight the two groups (Student's t
#: reads values as spread like a normal's, which a handful of them need not be). Two named among fresh19's five
#: records are the two that stand out once in ten by chance; three among the probe's ten once in 120
MENTION_SPLITS = 100
#: A word of their keys used by at most this many of their fields makes those fields kin (a shared "tudja": knows).
KIN_WORD_FIELDS = 3
#: Places in our field order by which one placement of two crossed fields must sit nearer their neighbours' targets.
NEAR_MARGIN = 1.0
#: A free text naming the type's numbers in this share of its records explains them (not the scene given to the model).
EXPLAINS_SHARE = 0.2
#: An unspoken answer (a rationale) whose texts name none of the type's numbers keeps this share of its fit (rising to
#: all of it where EXPLAINS_SHARE of them name one): the rationale explains the numbers, the player's action does not.
UNEXPLAINED = 0.85
#: A free text stating numbers in at least this share of its records is no scene or situation: over ten generators
#: (fresh4, fresh8-fresh13, heldout, probe) the situation / context / setup / scenario texts state numbers in at
#: most 20% of records, the X+2 statement ("the X+2 line is 4; the ask of 1 sits inside it") in 86-100%.
NUMBERED_SHARE = 0.5
#: The answer is the fullest spoken text: one this many times as long as the text proposed for it takes its place.
FULLER = 1.5
#: What a line proposed as the last resort for a required field is called in its evidence and in the YAML
#: (field_guess): nothing named the field, the build would stop without it, and the values are read there
SHAPE_GUESS = "a shape-only guess"
#: What a line the records' rules placed says in its evidence (`_settle_by_rules`, position_rules): later passes
#: read it to tell a rule's choice from a name's
RULES_DECIDE = "the records' rules decide"
#: that clause with its counts, which speak of the map the rules left (`_written_first` moves the line on)
_RULES_SAID = re.compile(rf"; {RULES_DECIDE}: [^;]*")


# ---- words -----------------------------------------------------------------------------------------


# ---- value shape -----------------------------------------------------------------------------------


_FLAT_SEPARATOR = re.compile(r"__|/|::")


def _flat_prefix(leaf: str) -> str | None:
    """The object name of a key flattened with an explicit separator ('InteraktionKontext__Lage',
    'contexto/necesario'), as words; None for a plain key."""
    parts = _FLAT_SEPARATOR.split(leaf, maxsplit=1)
    return words(parts[0]) or None if len(parts) == 2 and parts[1] else None


def _first_word(leaf: str) -> str | None:
    """The first word of a key of two words or more ('LembrancaDescricao' -> 'lembranca'); None otherwise."""
    ws = words(leaf).split()
    return ws[0] if len(ws) >= 2 and len(ws[0]) >= 3 else None


def _members_fit(tp: TypeProfile, members: list[FieldStats], spec_children: list[SpecField]) -> float:
    """How well their fields fit the spec object's children on values alone, one to one (0..1; fields of
    either side left over count against it)."""
    shapes = [[min(1.0, shape_fit(tp, t, s, [])[0]) for s in spec_children] for t in members]
    pairs = best_assignment([[v if v > 0.0 else None for v in row] for row in shapes])
    return sum(shapes[i][j] for i, j in pairs) / max(len(spec_children), len(members), 1)


def _sibling_position(samples: list[dict[str, Any]], path: str) -> float:
    """The mean relative place (0..1) of the path's key among the keys of the object holding it, over the
    samples that hold it (a list's first item stands for its items, a keyed list's label step for its element;
    JSON written as text is read); 0.5 when no sample holds it."""
    *parents, leaf = [p.replace(KEY_DOT, ".") for p in path.split(".")]
    got: list[float] = []
    for sample in samples:
        obj: Any = sample
        for step in [*parents, leaf]:
            obj = _json_object(obj)
            if not isinstance(obj, dict):
                break
            if step is leaf:
                keys = list(obj)
                if leaf.removesuffix("[]") in obj and len(keys) > 1:
                    got.append(keys.index(leaf.removesuffix("[]")) / (len(keys) - 1))
                break
            obj = key_step(obj, step) if not step.endswith("[]") else obj.get(step.removesuffix("[]"))
            if step.endswith("[]"):
                obj = obj[0] if isinstance(obj, list) and obj else None
    return sum(got) / len(got) if got else 0.5


def _json_object(v: Any) -> Any:
    if isinstance(v, str) and v[:1] == "{":
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


def _telling_values(s: SpecField) -> bool:
    """The spec says enough about the field's values to tell it from its siblings by them alone: a number on
    a scale, its labels, or how many words it holds."""
    return (
        (s.type in ("number", "integer") and s.range is not None)
        or bool(s.enum)
        or s.words is not None
        or s.version is not None
    )


def _texts_alike(a: FieldStats, b: FieldStats) -> bool:
    """Two text fields hold texts of a like length (within three times, by words): a variant of an answer is an
    answer, while a name inside a longer key (`Figur` in `Antwort_der_Figur`) is another field, not its plain twin."""
    if a.text_count == 0 or b.text_count == 0:
        return True
    x, y = a.mean_words + 1.0, b.mean_words + 1.0
    return max(x, y) <= 3.0 * min(x, y)


def _signs_alike(a: FieldStats, b: FieldStats) -> bool:
    """Two number fields alike in sign: not one often below zero (a change, written signed) beside one never below
    zero (a mark). A variant of a mark (another judge's, an earlier take) is written on the mark's own scale; the
    change of it is another quantity, whose name may hold the mark's (`تغير_الثقة`, the trust's change, beside
    `الثقة`, a confidence: fresh17's Cairo team; `trust_shift` beside `trust`: test_schema_twins). A number written
    with its plus sign ("+0.45") counts as a signed one: the writer marks a sign that could be minus, so a change
    mostly up (six of seven above zero) is still a change."""
    if not (a.numeric() and b.numeric()):
        return True
    signed = [
        x.numbers >= TWIN_SIGNED_MIN and x.numbers - x.non_negative + x.plus_signed >= SIGNED_SHARE * x.numbers
        for x in (a, b)
    ]
    unsigned = [x.numbers > 0 and x.non_negative == x.numbers and not x.plus_signed for x in (a, b)]
    return not ((signed[0] and unsigned[1]) or (signed[1] and unsigned[0]))


#: numbers enough to call a field signed beside its plain twin (SIGNED_SHARE of them below zero): the twin's own
#: numbers never go below zero, so fewer tell than a field judged alone (SIGNED_MIN)
TWIN_SIGNED_MIN = 5


#: a number named like nothing of ours is an optional field of ours only if this share of its values is on its scale
#: (planted out-of-range values are the few; a latency in seconds or a token count is off a 0-10 scale often)
ON_SCALE = 0.8


def _on_scale(st: FieldStats, spec: SpecField) -> bool:
    """Nearly all their numbers lie on the spec number's scale (True for anything else: its fit says the rest)."""
    if spec.type not in ("number", "integer") or spec.range is None or not st.numeric() or _fraction_scale(st):
        return True
    inside = st.share_numbers(*spec.range)
    return inside >= ON_SCALE or all_but_one(round(inside * st.numbers), st.numbers)


def all_but_one(count: int, total: int) -> bool:
    """`count` of `total` values are all but one, of three or more: a "nearly all" share a handful of records falls
    short of by one value alone. One value off is a planted defect of its record (an out-of-range level, a negative
    number of weeks), and in four records it is a quarter of them: no evidence against the field (as GAPPED_RECORDS
    and the missing-field guard's MIN_MISSING count one or two records as defects of those records, not a shape)."""
    return total >= 3 and count == total - 1


# ---- matching ----------------------------------------------------------------------------------------
def _spec_children(fields: list[SpecField], path: str) -> list[SpecField]:
    prefix = path + "."
    return [f for f in fields if f.path.startswith(prefix) and "." not in f.path[len(prefix) :]]


def _key_form(k: str) -> str:
    return words(k).replace(" ", "")


def _resolve_level(keys: list[str], specs: list[SpecField]) -> dict[str, tuple[SpecField, str]]:
    """Their keys at one object level -> spec fields, as the ingest renames them (exact, then alias)."""
    out: dict[str, tuple[SpecField, str]] = {}
    names = {s.name for s in specs}
    for k in keys:
        for s in specs:
            if s.name == k:
                out[k] = (s, "exact")
    for s in specs:
        if s.name in keys:
            continue
        forms = {_key_form(k): k for k in keys if k not in out and k not in names}
        for alias in (s.name, *s.aliases):
            key = alias if alias in keys and alias not in out and alias not in names else forms.get(_key_form(alias))
            if key is not None and key not in out:
                out[key] = (s, "alias")
                break
    return out


def _leaf(path: str) -> str:
    return path.rsplit(".", 1)[-1].removesuffix("[]")


def _their_children(tp: TypeProfile, parent: str) -> list[FieldStats]:
    """Direct children of `parent` ('' = top level); a list's item path `a[]` is a child of `a`, not listed."""
    if parent == "":
        return [f for f in tp.ordered() if "." not in f.path and not f.path.endswith("[]")]
    return [f for f in tp.children(parent) if not f.path.endswith("[]")]


def resolve_known(
    tp: TypeProfile, fields: list[SpecField], config_map: dict[str, str] | None = None
) -> dict[str, tuple[str, str]]:
    """Their path -> (spec path, exact|alias|config) for every path the ingest understands without a new
    line: our names, our aliases (as the ingest renames them), and the lines the config's field_map has."""
    out: dict[str, tuple[str, str]] = {}
    by_path = {f.path: f for f in fields}

    def walk(their_parent: str, spec_parent: str) -> None:
        theirs = [t for t in _their_children(tp, their_parent) if t.path not in out]
        specs = _spec_children(fields, spec_parent) if spec_parent else [f for f in fields if "." not in f.path]
        got = _resolve_level([_leaf(t.path) for t in theirs], specs)
        for t in theirs:
            hit = got.get(_leaf(t.path))
            if hit is not None and (hit[1] == "exact" or _alias_holds(tp, t, hit[0])):
                descend(t.path, hit[0], hit[1])

    def descend(their: str, s: SpecField, how: str) -> None:
        out[their] = (s.path, how)
        if s.type == "object":
            walk(their, s.path)
        elif s.type == "array":
            walk(their + "[]", s.path + "[]")

    for theirs, ours in (config_map or {}).items():
        theirs = theirs.replace("\\.", KEY_DOT)
        if theirs in tp.fields and ours in by_path:
            descend(theirs, by_path[ours], "config")
    walk("", "")
    return out


def _alias_holds(tp: TypeProfile, st: FieldStats, s: SpecField) -> bool:
    """Their field named as one of our aliases is that field by its values too: of a compatible type, not the
    record's own data-type tag (`@type: memory_resonance` is no `resonance_type`), and not labels none of which are
    the spec field's own while another field of theirs holds those labels (the name loses to the values)."""
    return _compatible(st, s) and not _names_the_type(st, tp.data_type) and not _labels_held_elsewhere(tp, st, s)


def _labels_held_elsewhere(tp: TypeProfile, st: FieldStats, s: SpecField) -> bool:
    """Their field's labels are (nearly) none of the spec field's labels, and another field of theirs, as deep in
    lists, holds those labels: that one is the field, whatever the names say."""
    if not s.enum or not st.labels or _enum_share(st, s.enum) >= MISFIT_SHARE:
        return False
    depth = st.path.count("[]")
    return any(
        o is not st and o.path.count("[]") == depth and _enum_share(o, s.enum) >= LABEL_SHARE
        for o in tp.fields.values()
    )


def _compatible(st: FieldStats, s: SpecField) -> bool:
    """Their values could be the spec field's (an alias holding an object is not our number of that name)."""
    if s.type in ("number", "integer"):
        return st.share_of(("number", "integer", "numeric_text")) >= 0.5
    if s.type == "string":
        return st.share_of(("string", "numeric_text")) >= 0.5
    if s.type == "object":
        return st.share_of(("object", "string", "array", "number", "integer")) >= 0.5
    if s.type == "array":
        return st.share_of(("array", "object", "string")) >= 0.5
    return True


def _names_the_type(st: FieldStats, data_type: str) -> bool:
    """A field whose values all name the record's own data type ("category": "personality_traits", in any
    spelling) labels the record, as the ingest's type keys do: it is no field of the type."""
    labels = st.labels
    if not labels:
        return False
    return all(canonical_type(v) == data_type for v in labels)  # 'tensionBuilding', 'tension_building'


#: a form's numbering leading a key: "3_", "3.1_", "೩․೨_" (a dot inside a key is held as profile.KEY_DOT), "2) "
_NUMBERING = re.compile(r"^\d+(?:[.\u2024]\d+)*(?:[\s_.\u2024):-]+|$)")


def words_of_key(key: str) -> frozenset[str]:
    """The words of a key: `words`, or for a key in a script `words` does not read its words between separators
    (`відхилене_обґрунтування`, `उत्तर_अस्वीकृत`: each letter with its vowel signs, `script_words`)."""
    key = key.removesuffix("[]")
    # a printed form's numbering ("3.1_", "೩.೨_") is the question's place, not a word of its name: the
    # question numbered as its section is (3.3 in section 3) would otherwise be the plain twin of the others
    key = _NUMBERING.sub("", key) or key
    return frozenset(words(key).split() or (w.lower() for w in letter_words(key)))


def _form_number(key: str) -> tuple[int, ...] | None:
    """The numbering a printed form leads a key with ("4.2_" -> (4, 2), in any script's digits), or None."""
    hit = _NUMBERING.match(key.removesuffix("[]"))
    return tuple(int(n) for n in re.split(r"[.\u2024]", hit.group(0).rstrip(" _.\u2024):-"))) if hit else None


def _numbered_before(a: str, b: str) -> bool:
    """Field `a`'s question is numbered before field `b`'s on one form (`4.2_...` before `4.4_...`): a form's numbering
    is the order its questions are asked in, and a variant of a question (a second judge's mark, a certainty) is
    asked after the question it varies, never before it."""
    x, y = _form_number(_last_key(a)), _form_number(_last_key(b))
    return x is not None and y is not None and x < y


def _unspaced_affix(plain: str, key: str) -> bool:
    """`key` is `plain` with characters added before or after it, both written in a script without spaces between
    words (no Latin letters: `没台詞` and `台詞`); a Latin key's added letters are an ending ("scores"), not a word."""
    plain, key = plain.removesuffix("[]"), key.removesuffix("[]")
    if not plain or len(key) <= len(plain) or not all(unicodedata.category(ch) == "Lo" for ch in key):
        return False
    return key.startswith(plain) or key.endswith(plain)


def named_variant(
    tp: TypeProfile, plain: FieldStats, st: FieldStats, key_words: Callable[[str], frozenset[str]] | None = None
) -> bool:
    """`st` is named as a variant of `plain` beside it (see `_Matcher._qualified_twin`): siblings of one kind,
    alike values, and `st`'s name is `plain`'s with words added (`npc_reply_rejected_txt` beside `npc_reply_txt`,
    `没台詞` beside `台詞`); a question a printed form numbers before the plain one is no variant of it.
    `key_words`: the words of a path's key (a cache), else `words_of_key` of its name."""
    if st.main_type in ("object", "array") or plain.main_type in ("object", "array") or plain.path == st.path:
        return False
    if _siblings_key(plain) != _siblings_key(st) or _stats_kind(plain) != _stats_kind(st):
        return False
    name_words = key_words or (lambda path: words_of_key(field_name(path, tp)))
    theirs, own = name_words(plain.path), name_words(st.path)
    if theirs == own and _last_key(plain.path) != _last_key(st.path):
        # one labelled element holds both (`tabs[title=reply].line` beside `tabs[title=reply].line_dropped`):
        # the label names their element, their own keys name them
        theirs, own = words_of_key(_last_key(plain.path)), words_of_key(_last_key(st.path))
    if not _texts_alike(plain, st) or not _signs_alike(plain, st):
        return False
    if not theirs or not (theirs < own or _unspaced_affix(field_name(plain.path, tp), field_name(st.path, tp))):
        return False
    return not _numbered_before(st.path, plain.path)


def _siblings_key(st: FieldStats) -> tuple[str, str | None]:
    """What fields written side by side share: their parent object, or for the labels of one pair list the list
    and the member holding the value (`kv[prop=qSc].propVal`: `kv`, `propVal`)."""
    if st.pair_of is not None:
        return st.path.rsplit("].", 1)[-1], st.pair_of
    return _parent_of(st.path), None


def _beside(a: str, b: str) -> bool:
    """Two fields written side by side: in one object, or two labels of one pair list (`answers[by=model].value`
    and `answers[by=reviewer].value`: the same path but for its last label). (The same slot of two questions, with
    an earlier label apart, is not: questions keep no order a second mark would follow.)"""
    if _parent_of(a) == _parent_of(b):
        return True
    if ANY_LABEL.sub("[]", a) != ANY_LABEL.sub("[]", b):
        return False
    apart = [x != y for x, y in zip(ANY_LABEL.findall(a), ANY_LABEL.findall(b), strict=True)]
    return sum(apart) == 1 and apart[-1]


def _last_key(path: str) -> str:
    return path.rsplit(".", 1)[-1]


def _parent_of(path: str) -> str:
    return path.rsplit(".", 1)[0] if "." in path else ""


def _within(path: str, parent: str) -> bool:
    """`path` lies inside object (or list) `parent`."""
    return path.startswith(parent + ".") or path.startswith(parent + "[].")


def match_type(
    tp: TypeProfile,
    fields: list[SpecField],
    vocab: Vocabulary = _NO_VOCAB,
    config_map: dict[str, str] | None = None,
    domain: Spec | None = None,
    elsewhere: dict[str, frozenset[str]] | None = None,
) -> TypeMatch:
    """Match one data type's profile to its spec fields (see `_match_type`).

    Lists that never hold more than one object may be the generator's way of writing one object
    (`result: [{...}]`, `memory: [{...}]`): both readings are matched and the one that leaves fewer required
    fields missing, then fewer fields unmatched, wins (the plain reading on a tie). With the `domain`, pairs
    the names and values cannot settle are settled by the records' own rules (`rule_evidence`). `elsewhere`: their
    fields the folder's other data types write the same way -> the names those types' fields go by (`cross_type`).
    """

    def cost(tm: TypeMatch) -> tuple[int, int]:
        return len(tm.missing), sum(1 for m in tm.matches if m.how == "unmatched")

    def reading(view: TypeProfile, back: dict[str, str], vocab: Vocabulary) -> TypeMatch:
        """One reading, retried without the objects of theirs that trap fields nothing matched (a wrapper
        holding everything is not our `ocean` because five of its fields are OCEAN numbers)."""
        tm = _match_type(view, fields, vocab, config_map, domain, back, elsewhere=elsewhere)
        fwd = {real: v for v, real in back.items()}
        blocked: frozenset[str] = frozenset()
        for _ in range(3):
            by_path = {f.path: f for f in fields}
            trapping = {
                fwd.get(m.source, m.source)
                for m in tm.matches
                if m.how == "proposed"
                and m.target in by_path
                and by_path[m.target].type in ("object", "array")
                and not _coherent_object(
                    tm, m, name_similarity(fwd.get(m.source, m.source), by_path[m.target], vocab, view)
                )
                and any(u.how == "unmatched" and _within(u.source, m.source) for u in tm.matches)
            }
            if not trapping:
                break
            blocked |= trapping
            alt = _match_type(view, fields, vocab, config_map, domain, back, blocked, elsewhere)
            if cost(alt) >= cost(tm):
                break
            tm = alt
        return tm

    def one(tp: TypeProfile, vocab: Vocabulary) -> TypeMatch:
        tp, unboxed = _boxes_as_values(tp, fields)
        plain = reading(tp, unboxed, vocab)
        view, back = _one_item_lists_as_objects(tp)
        if not back:
            return plain
        back = {v: w for v in view.fields if (w := unboxed.get(back.get(v, v), back.get(v, v))) != v}
        collapsed = reading(view, back, vocab)
        return collapsed if cost(collapsed) < cost(plain) else plain

    def matched(vocab: Vocabulary) -> TypeMatch:
        dialects = _dialects(tp)
        if not dialects:
            return one(tp, vocab)
        return _merge_dialects(tp, [one(d, vocab) for d in dialects])

    def holds(path: str, f: SpecField) -> bool:
        """Their field's values could be `f`: more than the least fit (numbers written as text are no label nor
        sentence), and a field with labels holds some of them (a path only a view of theirs has, unboxed or
        collapsed, is not judged)."""
        try:
            st = tp.stats(path)
        except KeyError:
            return True
        return shape_fit(tp, st, f, [])[0] > WEAKEST_FIT and (not f.enum or _enum_share(st, f.enum) > 0.0)

    first = matched(vocab)
    first.cells = cells = {k: tuple(sorted(notes)) for k, notes in _cells(tp).values()}
    lexicon = learn_lexicon([first], vocab, fields, holds, tp)
    if not lexicon:
        return first
    # their words learned from the sure matches name the fields the first pass could only guess (`NomePersonagem`
    # -> character_name and `CapacidadePersonagem` -> character_capacity: `PersonagemSabe` is what the character
    # knows); learned per data type, so `unwritten schema` and the missing-field guard propose the same lines
    tm = matched(vocab.with_lexicon(lexicon))
    tm.lexicon, tm.cells = lexicon, cells
    return tm


#: the fit `shape_fit` gives values that are barely the field's kind (numbers written as text for a label or a
#: sentence, sentences where a label goes, versions of another major): no evidence their field could be it
WEAKEST_FIT = 0.1
#: a top-level field in this share of a type's records is shared by all its dialects
SHARED_SHARE = 0.9
#: a dialect holds at least this share of the type's records (and MIN_DIALECT_RECORDS)
MIN_DIALECT_SHARE = 0.1
MIN_DIALECT_RECORDS = 3
MIN_DIALECT_FIELDS = 3


def _top(path: str) -> str:
    return re.split(r"\.|\[\]|\[[^\[\]=]+=", path, maxsplit=1)[0]  # (a pair list's label is in its list)


def _dialects(tp: TypeProfile) -> list[TypeProfile]:
    """The type's records split by prompt version: groups of top-level fields that never occur in the same
    record (`registro.escenario` in some files, `all_free_text_fields.theSceneBeingPlayedText` in others).
    Each group is matched on its own, so both name sets get their lines. Fields in nearly every record are
    shared by all groups. Empty when the records are of one dialect."""
    if tp.signatures is None or tp.records < 2 * MIN_DIALECT_RECORDS:
        return []
    tops = [st for st in tp.ordered() if _top(st.path) == st.path]
    shared = {st.path for st in tops if st.records >= SHARED_SHARE * tp.records}
    own = [st.path for st in tops if st.path not in shared]
    parent = {p: p for p in own}

    def root(p: str) -> str:
        while parent[p] != p:
            p = parent[p]
        return p

    for a, b in itertools.combinations(own, 2):
        if root(a) != root(b) and tp.together(a, b) > 0:
            parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for p in own:
        groups.setdefault(root(p), []).append(p)
    if len(groups) < 2:
        return []
    out = []
    for keys in sorted(groups.values(), key=lambda ks: -tp.holding_any(ks)):
        n = tp.holding_any(keys)
        inside = {st.path for st in tp.ordered() if _top(st.path) in keys}
        if n < max(MIN_DIALECT_RECORDS, MIN_DIALECT_SHARE * tp.records) or len(inside) < MIN_DIALECT_FIELDS:
            return []  # an optional field, not a prompt version
        ids = {tp.fields[k].first_seen for k in keys}
        keep = inside | {st.path for st in tp.ordered() if _top(st.path) in shared}
        part = dataclasses.replace(
            tp,
            records=n,
            fields={p: st for p, st in tp.fields.items() if p in keep},
            signatures={sig: c for sig, c in tp.signatures.items() if not ids.isdisjoint(sig)},
            # (a top-level key holding a dot is profiled with KEY_DOT: the samples hold it as written)
            samples=[x for x in tp.samples if not {k.replace(KEY_DOT, ".") for k in keys}.isdisjoint(x)],
        )
        # numbered again among its own fields: the matcher weighs a field's place by its number over the view's
        # field count, and a later version's numbers count the fields of the versions before it
        out.append(_renumbered(part, spans=True))
    return out


def _merge_dialects(tp: TypeProfile, parts: list[TypeMatch]) -> TypeMatch:
    """One type's match from its dialects' matches: every field's line (a shared field keeps the first
    dialect's reading), a required field missing or partial in the share of the records it is lacking from."""
    tm = TypeMatch(parts[0].data_type, parts[0].known, tp.records)
    seen: set[str] = set()
    for part in parts:
        for m in part.matches:
            if m.source not in seen:
                seen.add(m.source)
                tm.matches.append(m)
    missing = {f.path: f for part in parts for f in part.missing}
    tm.missing = list(missing.values())
    total = sum(part.records for part in parts) or 1
    for path in {p for part in parts for p in (*part.partial, *(f.path for f in part.missing))}:
        if path in missing:
            continue
        share = sum(
            part.records * (0.0 if any(f.path == path for f in part.missing) else part.partial.get(path, 1.0))
            for part in parts
        )
        if share < total:
            tm.partial[path] = share / total
    return tm


def _coherent_object(tm: TypeMatch, obj: FieldMatch, name: float) -> bool:
    """Their object is our object, not a wrapper that happens to fit: its name says so and most of the fields
    inside it that were matched went inside our object (a wrapper's fields go everywhere)."""
    if name < NAME_EVIDENCE or not obj.target:
        return False
    inside = [m for m in tm.matches if m.target and _within(m.source, obj.source)]
    return 2 * sum(1 for m in inside if _within(m.target or "", obj.target)) > len(inside)


#: a box's one key is the only key of at least this many boxes of the type: the generator's habit, not one object
MIN_BOXES = 2
#: a cell's key set is the key set of at least this many objects of the type (see `_cells`)
MIN_CELLS = 3
#: a cell's metadata member written as text is short (a label, a source, a time stamp), never a sentence
CELL_NOTE_WORDS = 3


def _sleeves(tp: TypeProfile) -> set[str]:
    """Their lists that hold exactly one plain value in every record holding them, where at least MIN_BOXES lists
    of the type do (`"person.name": ["Ubax"]`, as a schemaless Solr index returns every field MULTIVALUED): the
    index's way of writing a value, read as the value, its line written by position (`person\\.name[0]`)."""
    out = set()
    for p, st in tp.fields.items():
        item = tp.fields.get(p + "[]")
        if (
            st.main_type == "array"
            and st.share_of("array") >= 1.0
            and st.max_items == 1
            and item is not None
            and item.main_type not in ("object", "array")
            and item.values == st.values
            and "[]" not in p
        ):
            out.add(p)
    return out if len(out) >= MIN_BOXES else set()


def _boxes_as_values(tp: TypeProfile, fields: list[SpecField]) -> tuple[TypeProfile, dict[str, str]]:
    """The profile with every box and every cell read as the value it holds (`reply: {"text": "..."}` -> `reply`),
    and the view's paths -> the paths as written (`reply` -> `reply.text`).

    A box is an object that holds one plain value under one key in every record, the same key as at least
    MIN_BOXES - 1 other boxes of the type hold (`{"text": ...}`, `{"value": ...}` around every field): a generator's
    way of writing a value, not one of its objects (the values of an object keyed by data, `{"a flooded cellar":
    {"weight": -2}}`, stand for no field of theirs: `{}` lines read them, field_forms). Read as boxes, the fields keep
    the depth of ours (a box's key is one step deeper than the field it stands for), so they are matched as the fields
    they box. An object whose one key is the one field of an object of ours (`{"dialogue_prose": ...}`) is that
    object, whatever it is called.
    A cell (`_cells`) is a box with metadata beside its value: read as its value, its metadata left out of the view
    (never a field of ours: a source label or a certainty says something about the value, not about the record)."""
    sole = {ours[0].name for f in fields if f.type == "object" and len(ours := _spec_children(fields, f.path)) == 1}
    boxes: dict[str, str] = {}
    for p, st in tp.fields.items():
        if st.main_type != "object" or st.share_of("object") < 1.0 or p.endswith("[]"):
            continue
        kids = [c for c in tp.children(p) if not c.path.endswith("[]")]
        if len(kids) == 1 and kids[0].records == st.records and kids[0].main_type not in ("object", "array"):
            boxes[p] = _leaf(kids[0].path)
    tables = {q for q in {_parent_of(p) for p in boxes} if q and tp.is_mapping(q)}
    boxes = {p: k for p, k in boxes.items() if _parent_of(p) not in tables}  # (a value of a keyed object: no field)
    keys = Counter(boxes.values())
    boxes = {p: k for p, k in boxes.items() if keys[k] >= MIN_BOXES and k not in sole}
    cells = _cells(tp)
    boxes.update({p: k for p, (k, _) in cells.items()})
    sleeves = _sleeves(tp)
    if not boxes and not sleeves:
        return tp, {}
    inner = {p + "." + k: p for p, k in boxes.items()} | {p + "[]": p for p in sleeves}
    notes = {p + "." + m for p, (_, meta) in cells.items() for m in meta}
    view_fields: dict[str, FieldStats] = {}
    back: dict[str, str] = {}
    for p, st in tp.fields.items():
        if p in boxes or p in notes or p in sleeves:
            continue  # (the box: its value stands for it; a cell's metadata is no field)
        v = inner.get(p)
        if v is None:
            view_fields[p] = st
        else:
            view_fields[v] = dataclasses.replace(st, path=v)
            back[v] = p.removesuffix("[]") + "[0]" if v in sleeves else p
    view = dataclasses.replace(tp, fields=view_fields)
    # (numbered again only where cells were read: a cell leaves three or more of the profile's fields out of the view;
    # boxes keep the profile's numbers as before: renumbering them moved fresh9 seed 7's quality score to a confidence)
    return (_renumbered(view) if cells else view), back


def _renumbered(tp: TypeProfile, spans: bool = False) -> TypeProfile:
    """The view with its fields numbered again in the order first written (`first_seen`, and the signatures by the
    same numbers): a field's number is its place among the view's fields, as the matcher reads it, where the
    profile's numbers count the boxes and notes the view left out (a view of cells: every field a whole number).

    With `spans` (a prompt version's view, `_dialects`) only the whole numbers are renumbered: a pair list's labels
    (a keyed element's fields, a row's cells), numbered within the span after their list's number, keep their places
    inside that span, as the profile of that version alone in a folder numbers them, and a view of cells is numbered
    again from there as it would be alone. Spread over whole numbers of their own, the order in which an exporter's
    shuffled pairs happen to average out became the weightiest place evidence of the version (fresh11 seed 2: the EAV
    version's capacity after read as its base capacity beside the Ukrainian version; alone it read them right)."""
    seen = {st.first_seen for st in tp.fields.values()}
    slots = sorted({math.floor(x) for x in seen} if spans else seen)
    rank = {x: i for i, x in enumerate(slots)}

    def renumber(x: float) -> float:
        return float(rank[x]) if not spans else rank[math.floor(x)] + (x - math.floor(x))

    fields = {p: dataclasses.replace(st, first_seen=renumber(st.first_seen)) for p, st in tp.fields.items()}
    signatures: dict[tuple[float, ...], int] | None = None
    if tp.signatures is not None:
        renumbered: Counter[tuple[float, ...]] = Counter()
        for sig, n in tp.signatures.items():
            renumbered[tuple(sorted(renumber(x) for x in sig if x in seen))] += n
        signatures = dict(renumbered)
    return dataclasses.replace(tp, fields=fields, signatures=signatures)


def _member_kind(st: FieldStats) -> str:
    return "number" if st.numeric() else st.main_type


def _cells(tp: TypeProfile) -> dict[str, tuple[str, frozenset[str]]]:
    """The type's cells: object path -> (the key of its value, the keys of its metadata).

    A cell is a value written with notes about it (`{"datum": 0.7, "origin": "grader", "sure": 0.83}`): objects
    of plain members with one key set, in at least MIN_CELLS places of the type, every member in every record holding
    the object, where exactly one member changes shape from place to place (a text here, a number there: the value,
    whatever the field) and every other member keeps one shape everywhere (a source label, a certainty, a time stamp,
    a flag: short, the same kind of note beside every value). An object of the generator's own that recurs (a name
    and a level for each party) keeps each member's shape, so it is no cell."""
    groups: dict[frozenset[str], list[str]] = {}
    for p, st in tp.fields.items():
        if st.main_type != "object" or st.share_of("object") < 1.0 or p.endswith("[]"):
            continue
        kids = [c for c in tp.children(p) if not c.path.endswith("[]")]
        if len(kids) < 2 or any(c.main_type in ("object", "array") or c.records != st.records for c in kids):
            continue
        if len(kids) != len(tp.children(p)):
            continue  # (a list inside: an object of the generator's)
        groups.setdefault(frozenset(_leaf(c.path) for c in kids), []).append(p)
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for keys, places in groups.items():
        if len(places) < MIN_CELLS:
            continue
        member = {k: [tp.fields[p + "." + k] for p in places] for k in keys}
        varying = [k for k in keys if len({_member_kind(st) for st in member[k]}) > 1]
        if len(varying) != 1:
            continue
        meta = keys - {varying[0]}
        if any(st.main_type == "string" and st.mean_words > CELL_NOTE_WORDS for k in meta for st in member[k]):
            continue
        out.update({p: (varying[0], frozenset(meta)) for p in places})
    return out


def _one_item_lists_as_objects(tp: TypeProfile) -> tuple[TypeProfile, dict[str, str]]:
    """The profile with every list of at most one object read as that object (`x[].y` -> `x.y`), and the
    view's paths -> the paths as written (`x` -> `x[]`: the list's one item)."""
    ones = {
        p
        for p, st in tp.fields.items()
        if st.main_type == "array"
        and st.max_items == 1
        and p + "[]" in tp.fields
        and tp.fields[p + "[]"].main_type == "object"
    }
    if not ones:
        return tp, {}

    def view(path: str) -> str:
        real: list[str] = []
        out: list[str] = []
        for part in path.split("."):
            name = part.removesuffix("[]")
            out.append(name if part.endswith("[]") and ".".join([*real, name]) in ones else part)
            real.append(part)
        return ".".join(out)

    fields: dict[str, FieldStats] = {}
    back: dict[str, str] = {}
    for p, st in tp.fields.items():
        if p in ones:
            continue  # the list itself: its one item stands for it
        v = view(p)
        fields[v] = dataclasses.replace(st, path=v)
        if v != p:
            back[v] = p
    return TypeProfile(
        tp.data_type, tp.known, tp.records, tp.files, tp.decided_by, fields, tp.signatures, tp.samples
    ), back


def _match_type(
    tp: TypeProfile,
    fields: list[SpecField],
    vocab: Vocabulary = _NO_VOCAB,
    config_map: dict[str, str] | None = None,
    domain: Spec | None = None,
    back: dict[str, str] | None = None,
    blocked: frozenset[str] = frozenset(),
    elsewhere: dict[str, frozenset[str]] | None = None,
) -> TypeMatch:
    """Match one data type's profile to its spec fields (see module docstring).

    Objects and lists are assigned first (their children's fit is the strongest evidence), then the children
    of each matched object among themselves, then every remaining field; each step is the best one-to-one
    assignment of summed scores. A pair needs name evidence (or, for an object, children that fit); a pair
    backed by value shape alone is allowed only for a required field (the alternative is a stopped build),
    and is marked AMBIGUOUS when another field fits as well.
    """
    back = back or {}
    elsewhere = elsewhere or {}
    shared = {v: elsewhere[w] for v in tp.fields if (w := back.get(v, v)) in elsewhere}
    matcher = _Matcher(tp, fields, vocab, config_map, blocked, shared, (domain or load_spec()).draft_words, back)
    matcher.assign_in_steps()
    matcher.prefer_fuller_answer()
    matcher.move_whole_objects()
    traded = matcher.required_from_fuller()
    matcher.free_rival_by_kin()
    crossed = matcher.crossed_pairs()
    for t, others in traded.items():
        crossed.setdefault(t, []).extend(o for o in others if o not in crossed[t])
    matcher.required_first()
    matcher.settle_text_by_order()
    tm = matcher.report(crossed)
    _unbox_known(tm, back or {})
    _leave_lone_bookkeeping(tm, matcher.by_path, matcher.scores)
    _lists_by_items(tm, tp)
    _mark_wrappers(tm, tp)
    if domain is not None and tp.samples:
        held = {st.path: st.records for st in tp.fields.values()}
        args = (tm, tp.samples, domain, matcher.scores, matcher.by_path, back or {}, _narrations(tp), held)
        _settle_by_rules(*args)
        formed = _form_lines(tm, tp, fields, vocab)
        if formed:  # (the rules again, now that the list they read is placed: see `_form_lines`)
            _settle_by_rules(*args, formed=formed)
    if tp.samples:
        _written_first(tm, tp, matcher.by_path, matcher.vocab, matcher.scores)
        _cells_in_order(tm, tp, matcher.by_path)
        _settle_by_mentions(tm, tp, matcher.by_path)
        _texts_by_their_words(tm, tp, matcher.by_path)
    _pivot_pairs(tm, tp)
    _note_partial(tm, tp, fields)
    _note_missing(tm, fields, matcher.tables())
    _eliminate(tm, tp)
    back = back or {}
    for m in tm.matches:  # the paths as written (a list of one object is `x[]`, a dot inside a key `\.`)
        m.source = _as_written(back.get(m.source, m.source))
        hit = _RIVALS.search(m.evidence)
        if hit is not None and back:  # (the rivals it names too)
            rivals = _rival_names(hit.group(0))
            named = ", ".join(_as_written(back.get(r, r)) for r in rivals)
            m.evidence = m.evidence.replace(hit.group(0), f"; AMBIGUOUS with {named}: check it")
    return tm


def _form_lines(tm: TypeMatch, tp: TypeProfile, fields: list[SpecField], vocab: Vocabulary) -> dict[str, str]:
    """The lines a form (field_forms: a list written as an object keyed by data) would give a list of ours a Master
    Truths rule reads that nothing fills yet, else none. The records' rules settle the rule inputs before any form is
    placed, so a rule reading such a list (the capacity formula reads the factors, keyed by their cause) cannot run
    then, and base capacity may be left to a second judge's mark on the same scale that breaks the formula on every
    record (fresh22's Iqaluit cards). Settling again with these lines lets that rule judge from the map the first
    settlement reached (settling with them from the start leaves several fields crossed at once, which no single
    change halves)."""
    have = {m.target for m in tm.matches if m.target}
    wanted = [
        f.path
        for f in fields
        if f.type == "array" and "rule" in f.roles and not any(t == f.path or _within(t, f.path) for t in have)
    ]
    if not wanted:
        return {}
    # a trial on copies: a form adds the places it reads to the profile (`x{}`), and the matcher's next reading of
    # the type (the lexicon pass) would take such a place for a field of theirs, a rival of the field beside it
    trial = dataclasses.replace(tp, fields=dict(tp.fields))
    placed = propose_forms(copy.deepcopy(tm), trial, fields, vocab).placed
    return {
        m.source: m.target for m in placed if m.target and any(m.target == w or _within(m.target, w) for w in wanted)
    }


def _unbox_known(tm: TypeMatch, back: dict[str, str]) -> None:
    """A boxed value under our name (`job: {"text": ...}` for our occupation) still needs its line: the ingest would
    rename the box, not read the value out of it."""
    for m in tm.matches:
        written = back.get(m.source)
        if (
            m.how in ("exact", "alias", "with_parent")
            and written is not None
            and written.count(".") > m.source.count(".")
            and written.rsplit(".", 1)[0].replace("[]", "") == m.source.replace("[]", "")
        ):
            m.how = "proposed"
            m.evidence = f"our name, its value boxed in {_leaf(written)}"


_MENTION_WORDS = 6  # a string of this many words is text that may name fields


def _narrations(tp: TypeProfile) -> frozenset[str]:
    """Their fields of narrated free text: sentences not addressed to anyone, in (nearly) every record of their
    dialect's, no record id."""
    return frozenset(
        st.path
        for st in tp.fields.values()
        if st.main_type == "string"
        and st.mean_words >= _FREE_TEXT_WORDS
        and st.spoken_share < 0.5
        and not st.identifier()
        and st.records >= PRESENT * tp.records
    )


def _texts(obj: Any, out: list[str]) -> list[str]:
    """Every free text in a record (strings of several words), nested ones included."""
    if isinstance(obj, str):
        if obj.count(" ") + 1 >= _MENTION_WORDS:
            out.append(obj.lower())
    elif isinstance(obj, dict):
        for v in obj.values():
            _texts(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _texts(v, out)
    return out


def _written_first(
    tm: TypeMatch,
    tp: TypeProfile,
    by_path: dict[str, SpecField],
    vocab: Vocabulary,
    scores: dict[tuple[str, str], tuple[float, str, float]],
) -> None:
    """A number of ours or the answer's text, proposed by value shape alone, AMBIGUOUS with a field of theirs beside
    it in the same object that nothing took, goes to the one of them written first when names, values and the
    records' rules could not choose: a generator writes a record's own score and answer where its prompt asks for
    them and appends its bookkeeping after them (a second grader's mark, a confidence, a fluency check on the same
    scale; the draft a reviewer turned down, under a key in any language). Still marked AMBIGUOUS.
    Witnesses: fresh9 (`judging.finalGrade` before `judging.judgeConfidence`), fresh10 (`review-pass.overall-rating`
    before `...-judge-b` and `review-pass.fluency-check`), fresh11 (`мета.якість` before `мета.другий_рецензент`,
    `мета.впевненість`; `відповідь.відхилена` after the answer), fresh12 (`เมตา.คุณภาพ` before
    `เมตา.ผู้ตรวจคนที่สอง`, `เมตา.ความมั่นใจ`; `คำตอบ.ฉบับร่าง` after `คำตอบ.บทพูด`).
    A field the records' rules left with no line (they took another for the rule field it held: a replacement) is
    such a field too when its values fit the number as well (`scores`): the rules read no quality score, so they
    could not choose between it and the second mark that holds ours (fresh17's Seoul and Chengdu teams: `채점.완성도`
    before `채점.두번째_심사`, `评分.质量` before `评分.复核分`)."""
    by_source = {m.source: m for m in tm.matches}
    rank = {p: i for i, p in enumerate(by_path)}

    def place(path: str) -> tuple[float, float]:
        return _sibling_position(tp.samples, path), tp.fields[path].first_seen

    # (in our fields' order: two of ours proposed in one object of theirs take its fields written first in our order)
    for m in sorted(tm.matches, key=lambda m: rank.get(m.target or "", len(rank))):
        f = by_path.get(m.target or "")
        hit = _RIVALS.search(m.evidence)
        if m.how != "proposed" or f is None or hit is None or not (f.type in ("number", "integer") or _answer(f)):
            continue
        if m.source not in tp.fields or name_similarity(m.source, f, vocab, tp) >= NAME_EVIDENCE:
            continue
        rivals = _rival_names(hit.group(0))
        rivals += [
            o.source
            for o in tm.matches
            if o.how == "unmatched"
            and o.source not in rivals
            and RULES_DECIDE in o.evidence
            and scores.get((o.source, f.path), (0.0, "", 0.0))[0] >= m.score - AMBIGUOUS_MARGIN
        ]  # (left with no line by the rules, its values fitting ours as well: `_replacements`)
        earlier = [
            r
            for r in rivals
            if (o := by_source.get(r)) is not None
            and o.how == "unmatched"
            and r in tp.fields
            and "[]" not in r  # (a keyed list's element, `calls[tool=reply]`, is an object of its own: not items)
            and _beside(r, m.source)
            and place(r) < place(m.source)
            and not (f.type == "string" and FULLER * tp.fields[r].mean_words <= tp.fields[m.source].mean_words)
        ]  # (an answer FULLER times as long as a text before it is the answer, not its draft: prefer_fuller_answer)
        if not earlier:
            continue
        first = min(earlier, key=place)
        o = by_source[first]
        others = [r for r in rivals if r != first] + [m.source]
        o.target, o.how, o.score = m.target, "proposed", m.score
        o.evidence = (
            _RULES_SAID.sub("", _RIVALS.sub("", m.evidence))
            + f"; written first of the fields of its object that fit it (a second mark, a"
            f" confidence or a turned-down draft is written after the one it stands beside); AMBIGUOUS with"
            f" {', '.join(others)}: check it"
        )
        m.target, m.how, m.score = None, "unmatched", 0.0
        m.evidence = f"its values fit {f.path} as well, but {first} is written before it beside it"


#: a cell of a spreadsheet row read by position (`cells[11]`, profile.add_row_positions): its row and position
_CELL = re.compile(r"^(.+)\[(\d+)\]$")


def _cells_in_order(tm: TypeMatch, tp: TypeProfile, by_path: dict[str, SpecField]) -> None:
    """Numbers of ours proposed from a sheet row's cells by value shape alone (or the records' rules choosing between
    two such cells, not against every rival), where other cells of the row nothing took are written on the same
    scale, go to the earliest of those cells, in our order: a header-less row has no names to tell a
    score from the second mark, the confidence or the count written beside it, and as in an object (`_written_first`)
    a generator writes the record's own numbers where its prompt asks for them and its bookkeeping after them; the
    cells chosen keep the order of the fields they fill (O-C-E-A-N, a base capacity before the effective one).
    Still marked AMBIGUOUS. Witnesses: fresh14's row team (a score before its second mark and confidence, the five
    traits in a row before the grader's marks) and tests/test_schema_rows.py (a second judge right after the score)."""
    by_source = {m.source: m for m in tm.matches}
    rank = {p: i for i, p in enumerate(by_path)}

    def cell(path: str) -> tuple[str, int] | None:
        st = tp.fields.get(path)
        hit = _CELL.match(path) if st is not None and st.keyed_of is not None else None
        return (hit.group(1), int(hit.group(2))) if hit is not None and hit.group(1) == st.keyed_of else None  # type: ignore[union-attr]

    groups: dict[tuple[str, Any], tuple[list[FieldMatch], set[str]]] = {}
    for m in tm.matches:
        f = by_path.get(m.target or "")
        hit = _RIVALS.search(m.evidence)
        at = cell(m.source)
        if m.how != "proposed" or f is None or at is None or f.type not in ("number", "integer"):
            continue
        if hit is None and "decided by value shape" not in m.evidence and "rules decide" not in m.evidence:
            continue  # (the records' rules confirm it against every rival: it stays)
        ms, pool = groups.setdefault((at[0], f.range), ([], set()))
        ms.append(m)
        pool.add(m.source)
    taken: set[str] = set()
    for (row, rng), (ms, pool) in sorted(groups.items(), key=lambda g: _scale_class(g[0][1])):
        for o in tm.matches:  # the row's other cells nothing took, written on the same scale
            c = cell(o.source)
            if o.how == "unmatched" and c is not None and c[0] == row and _cell_on_scale(tp.fields[o.source], rng):
                pool.add(o.source)
        pool -= taken
        taken |= pool
        if len(pool) <= 1:
            continue
        cells = sorted(pool, key=lambda p: cell(p)[1])  # type: ignore[index]
        chosen = cells[: len(ms)]
        ordered = sorted(ms, key=lambda m: rank.get(m.target or "", len(rank)))  # the fields they fill, in our order
        if chosen == [m.source for m in ordered]:
            continue  # already so
        targets = [(m.target, m.score) for m in ordered]
        for p in cells:
            o = by_source[p]
            o.target, o.how, o.score, o.evidence = None, "unmatched", 0.0, ""
        for p, (t, score) in zip(chosen, targets, strict=True):
            o = by_source[p]
            others = [c for c in cells if c != p]
            o.target, o.how, o.score = t, "proposed", score
            o.evidence = (
                "name 0%, a cell of a row written on the same scale as others; the earliest such cells, in our order"
                f" (a second mark, a confidence or a count is written after the record's own); AMBIGUOUS with"
                f" {', '.join(others)}: check it"
            )
        for p in cells[len(ms) :]:
            by_source[p].evidence = "its values fit as well, but cells before it in its row took our fields"


def _scale_class(rng: tuple[float | None, float | None] | None) -> tuple[bool, int]:
    """A scale's sign and size: (negatives allowed, 0 for [0, 1], 1 for up to 10, 2 beyond)."""
    lo, hi = rng or (None, None)
    top = float("inf") if hi is None else hi
    return (lo is None or lo < 0), (0 if top <= 1 else 1 if top <= 10 else 2)


def _cell_on_scale(st: FieldStats, rng: tuple[float | None, float | None] | None) -> bool:
    """A column of numbers written on scale `rng`: nearly all its numbers inside it, negatives where the scale has
    them (a 0-1 score is not a -1..1 change), and its largest number as large as the scale's size (a 0-1 mark is not
    on a 0-10 scale)."""
    if rng is None or not st.numeric() or st.share_numbers(*rng) < CELL_ON_SCALE:
        return False
    signed = st.share_numbers(0, None) < CELL_ON_SCALE
    size = 0 if st.share_numbers(-1, 1) >= CELL_ON_SCALE else 1 if st.share_numbers(-10, 10) >= CELL_ON_SCALE else 2
    return _scale_class(rng) == (signed, size)


#: a cell's numbers inside a scale, for the cell to be read as written on it
CELL_ON_SCALE = 0.95


def _answer(f: SpecField) -> bool:
    """The text the record trains on (its answer or the words spoken), not a label."""
    return f.type == "string" and not f.enum and bool({"answer", "spoken"} & set(f.roles))


def _settle_by_mentions(tm: TypeMatch, tp: TypeProfile, by_path: dict[str, SpecField]) -> None:
    """Same-shaped numbers in one object of ours (five 0-1 traits) that names and values could not tell apart,
    placed by the records' own texts: a record that explains itself names the field whose value stands out
    ("very high extraversion, lowish conscientiousness"). Each of their fields goes to the spec field whose name
    the texts use where its values are furthest from the middle of the scale; only a clear reading moves them.
    Where nothing contradicts the spec's order (the generator writes the object's fields in our order, as far
    as the named ones show), that order is evidence too: only a reading beyond chance overrides it."""
    groups: dict[str, list[FieldMatch]] = {}
    for m in tm.matches:
        f = by_path.get(m.target or "")
        if m.how == "proposed" and f is not None and f.range and "[]" not in m.source and "AMBIGUOUS" in m.evidence:
            groups.setdefault(f.parent, []).append(m)
    rank = {p: i for i, p in enumerate(by_path)}
    for parent, ms in groups.items():
        if len(ms) >= 2:
            siblings = [
                m
                for m in tm.matches
                if m.target in by_path and by_path[m.target].parent == parent and "[]" not in m.source
            ]
            strict = _written_in_our_order(siblings, tp, rank)
            _place_by_mentions(ms, [by_path[m.target or ""] for m in ms], tp.samples, strict)


#: a placement of free texts by the words their values use beats every other by this mean share of our names' words
TEXT_WORDS_MARGIN = 0.25
#: ... and one text holds the whole of our field's name in this mean share of its values
FULL_NAME = 0.9


def _texts_by_their_words(tm: TypeMatch, tp: TypeProfile, by_path: dict[str, SpecField]) -> None:
    """Free texts proposed by value shape alone and AMBIGUOUS with one another (a situation, what the player knows,
    what the character believes: narrated text under names that say nothing of ours), placed by the words their
    values use: a generator that opens each text with whose knowledge it is ("The player knows ...", "As far as the
    character can tell, ...") names our field in it. A text's table entry is the mean share of the words of our
    field's name its values hold; a placement moves the texts only when every placement without one of its pairs
    trails it by TEXT_WORDS_MARGIN (`_dominant`), and one of its texts holds the whole name in nearly every value
    (FULL_NAME: "the player knows"), else order and shape stand: a lone word of a name ("The player, her newest hire,
    asks ..." is the situation, not the player's request) is a participant the text mentions, not the field named."""
    by_source = {m.source: m for m in tm.matches}

    def text(m: FieldMatch) -> bool:
        f = by_path.get(m.target or "")
        return (
            f is not None
            and m.how == "proposed"
            and f.type == "string"
            and not f.enum
            and "[]" not in m.source
            and _RIVALS.search(m.evidence) is not None
        )

    seen: set[str] = set()
    for m in tm.matches:
        if m.source in seen or not text(m):
            continue
        hit = _RIVALS.search(m.evidence)
        rivals = [by_source[r] for r in _rival_names(hit.group(0)) if r in by_source] if hit else []
        group = list({g.source: g for g in [m, *rivals] if text(g) and g.source not in seen}.values())
        seen.update(g.source for g in group)
        specs = list({g.target: by_path[g.target or ""] for g in group}.values())
        if len(group) < 2 or len(specs) != len(group):
            continue
        table: list[list[float | None]] = []
        for g in group:
            # (a cell with its notes, `{value, writer, time}`, is read whole: a name or a stamp names no field)
            values = [" ".join(_texts(v, [])) for s in tp.samples if (v := value_at(s, g.source)) is not None]
            said = [set(words(v).split()) for v in values if v.strip()]
            if not said:
                break
            table.append([_name_words_share(f, said) for f in specs])
        else:
            pairs = best_assignment(table)
            if sorted(pairs) == [(i, specs.index(by_path[g.target or ""])) for i, g in enumerate(group)]:
                continue
            if not all(_dominant_by(table, i, j, TEXT_WORDS_MARGIN) for i, j in pairs if (table[i][j] or 0.0) > 0.0):
                continue
            if all((table[i][j] or 0.0) < FULL_NAME for i, j in pairs):
                continue
            if sum((table[i][j] or 0.0) <= 0.0 for i, j in pairs) > 1 or len(pairs) != len(group):
                continue  # (two texts no name's words place: which is which is the order's to say)
            for i, j in pairs:
                g = group[i]
                g.target = specs[j].path
                g.evidence = _AMBIGUOUS.sub("", g.evidence) + (
                    f"; the records' texts use the words of {specs[j].name} (by {table[i][j]:.2f})"
                    if (table[i][j] or 0.0) > 0.0
                    else "; the one left once the records' texts placed the others"
                )


def _name_words_share(f: SpecField, said: list[set[str]]) -> float:
    """The mean share of the words of our field's name (`player knows`) that each value's words hold."""
    name = set(words(f.name).split())
    return sum(len(name & w) for w in said) / (len(said) * len(name)) if name and said else 0.0


def _written_in_our_order(siblings: list[FieldMatch], tp: TypeProfile, rank: dict[str, int]) -> bool:
    """Their fields matched into one object of ours stand, in the order the records write them, in the spec's
    order of their targets (a generator that writes our order: the order-based placement stands)."""
    placed = sorted(
        siblings,
        key=lambda m: (
            (_sibling_position(tp.samples, m.source), tp.fields[m.source].first_seen)
            if m.source in tp.fields
            else (0.5, 0.0)
        ),
    )
    ranks = [rank[m.target or ""] for m in placed]
    return all(a < b for a, b in itertools.pairwise(ranks))


def _place_by_mentions(
    ms: list[FieldMatch], specs: list[SpecField], samples: list[dict[str, Any]], strict: bool = True
) -> None:
    pattern = {s.path: re.compile(rf"\b{re.escape(words(s.name))}\b") for s in specs}
    rows: list[tuple[list[bool], list[Written | None]]] = []  # per record: mentions per spec, values per field
    for sample in samples:
        text = " ".join(_texts(sample, []))
        if text:
            rows.append(
                ([bool(pattern[s.path].search(text)) for s in specs], [_written_at(sample, m.source) for m in ms])
            )
    table: list[list[float | None]] = []
    clear: list[list[bool]] = []  # the difference is beyond chance (see _clearly_apart)
    for i, _ in enumerate(ms):
        row: list[float | None] = []
        clear_row: list[bool] = []
        for j, s in enumerate(specs):
            lo, hi = s.range or (0.0, 1.0)
            lo = lo or 0.0
            mid = (lo + (hi if hi is not None else 1.0)) / 2
            top = hi if hi is not None else float("inf")
            rng = s.range or (0.0, 1.0)  # each value read on this field's scale, as the ingest would read it there
            seen = [
                (said[j], abs(v - mid))
                for said, vals in rows
                if (w := vals[i]) is not None and (v := place(w, rng)) is not None and lo <= v <= top
            ]
            named = [x for said, x in seen if said]
            other = [x for said, x in seen if not said]
            ok = len(named) >= 2 and other
            row.append(sum(named) / len(named) - sum(other) / len(other) if ok else None)
            clear_row.append(bool(ok) and _clearly_apart(named, other))
        table.append(row)
        clear.append(clear_row)
    pairs = best_assignment(table)
    # (against the order the generator shares with us only a reading beyond chance; else a clear margin)
    sure = [(i, j) for i, j in pairs if (clear[i][j] or not strict) and _dominant(table, i, j)]
    if not sure:
        return  # the texts do not tell them apart: they stay marked for a person to check
    # a clear reading moves its field; the others keep where names, values and order put them (a leaning reading is
    # no evidence against the order the generator writes them in), taking in that order the fields the clear
    # readings left
    placed = {i: j for i, j in sure}
    rest = [i for i in range(len(ms)) if i not in placed]
    free = [j for j in range(len(specs)) if j not in placed.values()]
    for i in rest:
        if i in free:
            placed[i] = i
    for i, j in zip([i for i in rest if i not in placed], [j for j in free if j not in placed.values()], strict=False):
        placed[i] = j
    for i, j in placed.items():
        m = ms[i]
        m.target = specs[j].path
        m.evidence = _AMBIGUOUS.sub("", m.evidence)
        if (i, j) in sure:
            m.evidence += f"; the records' texts name {specs[j].name} where its values stand out (by {table[i][j]:.2f})"
        elif len(rest) == 1:
            m.evidence += "; the one left once the records' texts placed the others"
        else:
            others = ", ".join(ms[k].source for k in rest if k != i)
            m.evidence += f"; the records' texts do not place it; AMBIGUOUS with {others}: check it"


def _clearly_apart(named: list[float], other: list[float]) -> bool:
    """The mean of `named` exceeds the mean of `other` by a difference as rare by chance as MENTION_Z standard errors
    on many records (the two groups' pooled variance: under chance they are one population, and two values alone say
    little about their spread; on few records it is read on Student's t, whose tail is heavier): a reading the
    records' texts make, not one that texts naming fields at random would make as often."""
    nn, no = len(named), len(other)
    if nn < 2 or no < 2 or math.comb(nn + no, nn) < MENTION_SPLITS:
        return False
    mn, mo = sum(named) / nn, sum(other) / no
    df = nn + no - 2
    pooled = (sum((x - mn) ** 2 for x in named) + sum((x - mo) ** 2 for x in other)) / df
    se = math.sqrt(pooled * (1 / nn + 1 / no))
    return _t_tail((mn - mo) / se, df) <= MENTION_CHANCE if se > 0 else mn > mo


def _t_tail(t: float, df: int) -> float:
    """P(T > t) on Student's t with `df` degrees of freedom (Abramowitz & Stegun 26.7.3-4, exact for whole df):
    how often chance alone gives a difference of t standard errors when the spread is read off so few values."""
    th = math.atan(t / math.sqrt(df))
    c2, acc, term = math.cos(th) ** 2, 0.0, 1.0
    for k in range(2 + df % 2, df - 1, 2):  # the series' terms after the first: cos^2 * (k-1)/k each
        term *= c2 * (k - 1) / k
        acc += term
    if df % 2 == 0:
        inside = math.sin(th) * (1 + acc)
    else:
        inside = 2 / math.pi * (th + (math.sin(th) * math.cos(th) * (1 + acc) if df > 1 else 0.0))
    return (1 - inside) / 2


#: Two fields written one way round in at least this share of the records that hold both are in a fixed order.
FIXED_ORDER = 0.9


def _written_in_one_order(written: list[list[str]], members: list[str], around: list[str]) -> bool:
    """Every member stands on the same side of every other member and every field around it in (nearly) all the
    records holding both: the generator writes its keys in one order."""
    before: dict[tuple[str, str], int] = {}
    both: dict[tuple[str, str], int] = {}
    others = list(dict.fromkeys([*members, *around]))
    for seq in written:
        at = {p: k for k, p in enumerate(seq)}
        for m in members:
            if m not in at:
                continue
            for o in others:
                if o != m and o in at:
                    both[(m, o)] = both.get((m, o), 0) + 1
                    before[(m, o)] = before.get((m, o), 0) + (at[m] < at[o])
    return all(max(before.get(k, 0), n - before.get(k, 0)) >= FIXED_ORDER * n for k, n in both.items())


def _narrated_or_spoken(s: SpecField) -> bool:
    """A free text of ours: no label (no enum, no label role), no name."""
    return s.type == "string" and not s.enum and not {"name", "label"} & set(s.roles)


def _narrated_text(s: SpecField) -> bool:
    """Free text given to the model (a situation, a setup, a hint): not a label, not the answer, not spoken words."""
    return s.type == "string" and not s.enum and not {"answer", "spoken", "name", "label"} & set(s.roles)


#: one profiled step into a keyed list's element or a row's cell: `events[kind=reply]`, `cells[11]`
_ELEMENT_STEP = re.compile(r"^(.+?)\[(?:([^\[\]=]+)=([^\[\]]*)|(\d+))\]")


def elements_read(tp: TypeProfile) -> dict[str, tuple[str | None, dict[str, str]]]:
    """The lists the profile reads element by element: a keyed list's label member and its labels (casefolded ->
    as profiled), or a row read by position (no member, `{}`)."""
    out: dict[str, tuple[str | None, dict[str, str]]] = {}
    for st in tp.fields.values():
        lst = st.keyed_of
        hit = _ELEMENT_STEP.match(st.path) if lst is not None else None
        if lst is None or hit is None or hit.group(1) != lst:
            continue
        key, labels = out.setdefault(lst, (hit.group(2), {}))
        if hit.group(3) is not None:
            labels.setdefault(hit.group(3).strip().casefold(), hit.group(3))
    return out


def _apart_in_elements(paths: Iterable[str], keyed: Iterable[str]) -> bool:
    """Their fields lie in different elements of one keyed list (`keyed`: the lists the profile reads by their
    elements' labels, `events[kind=asked].text`, `events[kind=cast].text`): the elements' order is the log's or the
    blocks' (the order workers finished, or the order a studio lists its sections), not the order a prompt asks for
    fields, so it says nothing of which field of ours each is (fresh21's streams finish in any order, fresh20's Yangon
    blocks list the request before the character). A row's cells (`cells[3]`) and a pair list's labels are no such
    elements: a sheet's columns and a list of marks keep the prompt's order."""
    lists = set(keyed)
    seen: dict[str, set[str]] = {}
    for p in paths:
        hit = _ELEMENT_STEP.match(p)
        if hit is not None and hit.group(4) is None and hit.group(1) in lists:
            seen.setdefault(hit.group(1), set()).add(hit.group(3))
    return any(len(labels) > 1 for labels in seen.values())


def _walk_paths(
    v: Any, path: str, out: list[str], elements: dict[str, tuple[str | None, dict[str, str]]] | None = None
) -> None:
    """The profiled paths of one value in the order written (a list's first item stands for its items; a list the
    profile reads element by element, `events[kind=reply]` or `cells[11]`, by its elements, in the order this record
    writes them: a pipeline that logs its steps as they finish writes them in another order in every record)."""
    v = _json_object(v)
    if isinstance(v, dict):
        for k, x in v.items():
            child = (path + "." if path else "") + profiled_key(k)
            out.append(child)
            _walk_paths(x, child, out, elements)
    elif isinstance(v, list) and v:
        read = (elements or {}).get(path)
        if read is None:
            _walk_paths(v[0], path + "[]", out, elements)
            return
        key, labels = read
        for i, el in enumerate(v):
            if key is None:
                step = f"{path}[{i}]"
            elif isinstance(el, dict) and (label := labels.get(str(el.get(key, "")).strip().casefold())) is not None:
                step = f"{path}[{key}={label}]"
            else:
                continue
            out.append(step)
            _walk_paths({k: x for k, x in el.items() if k != key} if key is not None else el, step, out, elements)


#: A word of theirs spelt this much like a word of ours (rapidfuzz ratio) may be the same word in another language
#: ("extroversao", "ekstrawersja": extraversion; "karaktaren": character) ...
COGNATE = 0.5
#: ... when, for two crossed fields, the pairing it argues for is this much closer in spelling than the other
SPELLING_MARGIN = 0.2
#: words this short are spelt alike by chance ("teho" and "tension")
_COGNATE_LETTERS = 5
#: ... and so are words of quite different lengths (the shorter below this share of the longer)
COGNATE_LENGTH = 0.75
#: ... and words that do not begin alike (Jaro-Winkler similarity below this) are not counted
COGNATE_START = 0.75


#: a flat key written as a sheet's two header rows: a pandas MultiIndex column's tuple (`('Cast', 'Name')`) or the
#: rows joined (`Cast › Name`); the first row is the group
_HEADER_PAIR = re.compile(r"\(\s*(['\"])(?P<a>.+?)\1\s*,\s*(['\"]).+\3\s*\)|(?P<b>[^›]+?)\s*›\s*.+")


def _kin_group(path: str, tp: TypeProfile) -> str:
    """The group their field is filed in: its object, or the upper header row of a flat key written as a sheet's two
    header rows (a spreadsheet export of nested records flattens each object into a column group, and a generator
    files related fields in one group as it would in one object). A questionnaire's slot named by its question
    (`FieldStats.name`) is filed with the other questions of its section, as the question it answers is."""
    st = tp.fields.get(path)
    parent = _parent_of(path) if st is None or st.name is None else _question_list(path)
    hit = _HEADER_PAIR.fullmatch(field_name(path, tp).removesuffix("[]"))
    if hit is None:
        return parent
    return f"{parent}\0{hit.group('a') or hit.group('b')}"


def _question_list(path: str) -> str:
    """The list of questions a slot's path picks its question from (`sections[name=talk].questions` in
    `sections[name=talk].questions[code=line].answers[by=model].value`)."""
    steps = ANY_LABEL.findall(path)
    return path[: path.rindex(steps[-2])] if len(steps) >= 2 else _parent_of(path)


def _ours_akin(sp: str, sq: str) -> bool:
    """Two of our fields are kin: in one object of ours, or sharing a word of their names (player_knows,
    character_knows; character_knows, character_name)."""
    p, q = _parent_of(sp), _parent_of(sq)
    if p and p == q:
        return True
    return any(_token_sim(w, v) >= 0.9 for w in words(_leaf(sp)).split() for v in words(_leaf(sq)).split())


def _own_name(path: str, tp: TypeProfile) -> str:
    """Their field's own name, without the objects around it: a key a flattening export wrote with a dot in it
    (`play_effects.reserve_post`) is `reserve_post` inside `play_effects`, as its nested form is; the object's words
    (`effects`) tell which object it is in, not which of the object's fields it is."""
    return field_name(path, tp).removesuffix("[]").rsplit(KEY_DOT, 1)[-1]


def _cognates(theirs: list[str], ours: list[SpecField], tp: TypeProfile) -> set[tuple[int, int]]:
    """The pairs (i, j) of a group of their fields and our fields whose telling words are spelt alike: their words not
    shared by the whole group (`ocean` in every trait key) against ours not shared by all of ours, at least COGNATE
    alike and clearly (SPELLING_MARGIN) more than either side is to any other of the group."""
    if len(theirs) < 2 or len(ours) < 2:
        return set()
    tw = [set(words(_own_name(p, tp)).split()) for p in theirs]
    ow = [set(words(s.name).split()) for s in ours]
    t_all, o_all = set.intersection(*tw), set.intersection(*ow)
    tw, ow = [w - t_all for w in tw], [w - o_all for w in ow]
    sim = [[_spelling(a, b) for b in ow] for a in tw]
    out = set()
    for i, row in enumerate(sim):
        for j, v in enumerate(row):
            rivals = [row[k] for k in range(len(row)) if k != j] + [sim[k][j] for k in range(len(sim)) if k != i]
            if v >= COGNATE and all(v >= r + SPELLING_MARGIN for r in rivals):
                out.add((i, j))
    return out


def _spelling(theirs: set[str], ours: set[str]) -> float:
    """The closest spelling (rapidfuzz ratio) of a word of theirs to a word of ours: words of 5 letters or more, of
    about one length, that also begin alike (Jaro-Winkler COGNATE_START, less the ending they share: words sharing an
    ending, "-ing", "-ario", "-ness", or two letters, "teho" and "tension", are not kin)."""
    return max(
        (
            fuzz.ratio(w, o) / 100
            for w in theirs
            for o in ours
            if min(len(w), len(o)) >= _COGNATE_LETTERS
            and min(len(w), len(o)) >= COGNATE_LENGTH * max(len(w), len(o))
            and JaroWinkler.similarity(*_without_shared_ending(w, o)) >= COGNATE_START
        ),
        default=0.0,
    )


def _without_shared_ending(w: str, o: str) -> tuple[str, str]:
    """Two words less the ending they share ("edgi" and "ope" of "edginess" and "openness"): a suffix of their
    language that many words carry (-ness, -ing, -ción) makes unrelated words begin alike to Jaro-Winkler, whose
    reward for a common start is measured over the whole word. A shared ending of one or two letters is no suffix
    ("karakter", "character"); words that differ in their first letter or two only ("abertura", "apertura") and
    identical words are kept whole."""
    k = 0
    while k < min(len(w), len(o)) and w[-1 - k] == o[-1 - k]:
        k += 1
    return (w[:-k], o[:-k]) if k >= 3 and min(len(w), len(o)) - k >= 3 else (w, o)


def _spelled_alike(a: str, b: str, x: SpecField, y: SpecField, tp: TypeProfile) -> int:
    """For two crossed fields of theirs (names and values fit `x` and `y` either way round): +1 when, with `a` on `x`
    and `b` on `y`, the words that tell them apart are spelt clearly more like the words that tell our two fields apart
    (a word of the other language's own: "OceanExtroversao" beside "OceanAbertura", "karaktarenVet" beside
    "spelarenVet"), -1 when the other way round is, else 0. Too weak to name a field on its own (so not part of the
    name similarity), it only chooses between two readings nothing else tells apart."""
    ta, tb = (set(words(_own_name(p, tp)).split()) for p in (a, b))
    ox, oy = (set(words(s.name).split()) for s in (x, y))  # (our names: aliases spell more words, more by chance)
    ta, tb, ox, oy = ta - tb, tb - ta, ox - oy, oy - ox
    keep = (_spelling(ta, ox), _spelling(tb, oy))
    swap = (_spelling(ta, oy), _spelling(tb, ox))
    if sum(keep) - sum(swap) >= SPELLING_MARGIN and max(keep) >= COGNATE:
        return 1
    if sum(swap) - sum(keep) >= SPELLING_MARGIN and max(swap) >= COGNATE:
        return -1
    return 0


def _partial_maps(fit: list[list[float | None]]) -> Iterator[list[tuple[int, int]]]:
    """Every one-to-one map of rows to columns over the allowed cells (a row may stay unmapped)."""

    def go(i: int, used: frozenset[int], acc: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
        if i == len(fit):
            yield acc
            return
        yield from go(i + 1, used, acc)
        for j, v in enumerate(fit[i]):
            if v is not None and j not in used:
                yield from go(i + 1, used | {j}, [*acc, (i, j)])

    yield from go(0, frozenset(), [])


def _dominant(table: list[list[float | None]], i: int, j: int) -> bool:
    """table[i][j] is positive and every placement without it sums at least MENTION_MARGIN less."""
    return _dominant_by(table, i, j, MENTION_MARGIN)


def _dominant_by(table: list[list[float | None]], i: int, j: int, margin: float) -> bool:
    v = table[i][j]
    if v is None or v < margin:
        return False
    best = _assignment_total(table)
    without = [row[:] for row in table]
    without[i][j] = None
    return best - _assignment_total(without) >= margin


def _assignment_total(table: list[list[float | None]]) -> float:
    return sum(table[i][j] or 0.0 for i, j in best_assignment(table))


def drafts_beside(tp: TypeProfile, drafts: frozenset[str]) -> frozenset[str]:
    """Their fields named as a draft (a word of the spec's `drafts` in one of their path's keys) while a field of
    the same kind, at the same list depth, stands beside the key so named with no such word below it
    (`npc_resp_draft` beside `npc_resp`, `Rendered.Draft.Wording` beside `Rendered.Approved.Wording`,
    `Staging.DraftProse` beside the other texts of `Staging`): an earlier try the pipeline kept, which the same
    shape and length as the final value would otherwise let through. A draft with nothing of its kind beside it
    stays a candidate."""
    if not drafts:
        return frozenset()

    def draft_at(path: str) -> int | None:
        keys = path.split(".")
        for i, k in enumerate(keys):
            if drafts & set(words(field_name(k).removesuffix("[]")).split()):
                return i
        return None

    out = set()
    for st in tp.fields.values():
        i = draft_at(st.path)
        if i is None:
            continue
        above = ".".join(st.path.split(".")[:i])
        kind, depth = _stats_kind(st), st.path.count("[]")
        if any(
            u.path != st.path
            and (not above or u.path.startswith(above + "."))
            and u.records > 0
            and _stats_kind(u) == kind
            and u.path.count("[]") == depth
            and draft_at(u.path) is None
            for u in tp.fields.values()
        ):
            out.add(st.path)
    return frozenset(out)


def _as_written(path: str) -> str:
    """A profiled path as a field_map source: a dot inside a key escaped."""
    return path.replace(KEY_DOT, "\\.")


class _Matcher:
    """The state of one type's matching: what the ingest already understands (`known`), the pairs proposed
    (`assigned`: their path -> (spec path, score, evidence, name similarity)), the objects matched, and every
    pair score computed (`scores`: (their, spec) -> (score, evidence, name similarity))."""

    def __init__(
        self,
        tp: TypeProfile,
        fields: list[SpecField],
        vocab: Vocabulary,
        config_map: dict[str, str] | None,
        blocked: frozenset[str],
        elsewhere: dict[str, frozenset[str]] | None = None,
        drafts: tuple[str, ...] = (),
        back: dict[str, str] | None = None,
    ) -> None:
        self.tp, self.fields, self.vocab, self.blocked = tp, fields, vocab, blocked
        #: the view's paths -> the paths as written in the sample records (a boxed value's box, `_boxes_as_values`)
        self.back = back or {}
        #: their field -> what the other data types of the folder writing it the same way may hold (`cross_type`)
        self.elsewhere = elsewhere or {}
        #: their fields named as an earlier try beside a field of the same kind (`_draft`)
        self.drafts = drafts_beside(tp, frozenset(drafts))
        self.known = known = resolve_known(tp, fields, config_map)
        self.by_path = by_path = {f.path: f for f in fields}
        # a spec field our name covers in only part of the samples (two prompt versions in one folder) stays
        # open for a field of theirs that never occurs beside it
        self.holders: dict[str, list[str]] = {}
        for their, (spec, _) in known.items():
            self.holders.setdefault(spec, []).append(their)
        self.covered = {
            spec
            for spec, theirs in self.holders.items()
            if sum(tp.fields[t].records for t in theirs) >= FULL_COVERAGE * tp.records
        }
        self.n_their = max(len(tp.fields), 1)
        self.n_spec = max(len(fields), 1)
        self.spec_rank = {f.path: i for i, f in enumerate(fields)}
        self.objects: list[tuple[str, str]] = [
            (t, sp) for t, (sp, _) in known.items() if by_path[sp].type in ("object", "array")
        ]
        self.assigned: dict[str, tuple[str, float, str, float]] = {}
        self.scores: dict[tuple[str, str], tuple[float, str, float]] = {}
        #: their text fields that fill a whole object of ours (a window written "2 to 3 weeks")
        self.read_whole: set[str] = set()
        #: objects used as name -> value tables: their keys are data, not fields
        self.label_fields: dict[str, bool] = {}
        self.positions: dict[str, float] = {}
        self.presence: dict[str, float] = {}
        #: their fields flattened out of one object (a shared prefix) -> the spec object their group matched
        self.virtual: dict[str, str] = {}
        self.mappings = {st.path for st in tp.ordered() if st.main_type == "object" and tp.is_mapping(st.path)}
        #: members numbering a keyed list's elements (`events[kind=reply].seq`): their place, no value of ours
        self.counters = element_counters(tp)
        #: their lists read by their elements' labels (read when first needed)
        self.keyed: list[str] | None = None
        #: each sample record's paths in the order written (read when first needed)
        self.written: list[list[str]] | None = None
        #: their free text -> the share of its texts naming the type's numbers or objects (`_names_our_fields`)
        self.names_fields: dict[str, float] = {}
        self.sample_texts: dict[str, frozenset[str]] = {}
        self.field_words: re.Pattern[str] | None = None
        self.kin_words: dict[str, set[str]] | None = None
        #: their path -> the words of its key (`_qualified_twin`)
        self.key_words: dict[str, frozenset[str]] = {}

    # ---- one pair ------------------------------------------------------------------------------------
    def pair(self, st: FieldStats, s: SpecField) -> tuple[float, str, float] | None:
        """(score, evidence, name similarity) of their field as the spec field, or None when not allowed."""
        inside_their = self._placement(st, s)
        if inside_their is None:
            return None
        score, evidence, name = self._score(st, s)
        if score <= 0.0:
            return None
        if s.enum and name >= NAME_EVIDENCE and _labels_held_elsewhere(self.tp, st, s):
            return None  # named like it, but another field holds its labels: the values decide
        if name < NAME_EVIDENCE and not inside_their and self._presence(st) < RARE:
            return None  # in fewer than half the records and named like nothing of ours: values alone are no proof
        if name < NAME_EVIDENCE and not _on_scale(st, s):
            return None  # named like nothing of ours, many values off our scale: its values are no proof either
        if any(_within(s.path, o) for _, o in self.objects) and not inside_their:
            score -= 0.05  # a loose field moving into an object that another object of theirs already fills
        if not (
            self._strong(st, s, score, name)
            or self._children_named(st, s)
            or (inside_their and score >= ELIMINATION_SCORE and _telling_values(s))
        ):
            return None  # (inside an object matched to ours, values that fit one of its fields are evidence)
        return score, evidence, name

    def _placement(self, st: FieldStats, s: SpecField) -> list[tuple[str, str]] | None:
        """The matched objects of theirs holding `st` (empty: none), or None when the pair breaks structure."""
        if st.path.count("[]") != s.path.count("[]"):
            return None  # a field inside every list item stays inside list items, and only there
        if st.path in self.blocked and s.type in ("object", "array") and st.main_type in ("object", "array"):
            return None  # tried before: this object of theirs held more than the spec object
        tp = self.tp
        if s.path in self.holders and any(
            tp.together(st.path, t) > EXCLUSIVE * st.records for t in self.holders[s.path]
        ):
            return None  # both names in the same samples: two different fields, not two versions of one
        if st.pair_of is not None and self._one_of_our_lists(st.pair_of):
            return None  # a label of a list that is one of our lists (`capacity_factors`) names an item, not a field
        if st.path in self.virtual:  # a field flattened out of one object stays in the object its group matched
            o = self.virtual[st.path]
            return [(st.path, o)] if _parent_of(s.path) == o else None
        inside_their = [(t, o) for t, o in self.objects if _within(st.path, t)]
        if inside_their and not any(
            _within(s.path, o) and (_relative_ok(st.path, t, s.path, o) or self._wrapped_once(st.path, t, s.path, o))
            for t, o in inside_their
        ):
            if all(self._named_away(st, t, o, s) or self._labelled_away(st, t, o, s) for t, o in inside_their):
                return []  # named (or labelled) as a field outside the object it matched (a group's `name`)
            return None  # a child of a matched object stays inside the object it matched
        return inside_their

    def _named_away(self, st: FieldStats, their_obj: str, spec_obj: str, s: SpecField) -> bool:
        """Their direct child of a matched object of theirs is named as the spec field `s` outside the spec object
        (and better than any field inside it): a group of the generator's (`meta`) that the object matched holds a
        field of another object of ours too, and its name says which. Only into another object of ours: children
        named as our top-level fields say their object wraps the record (the retry without it reads them)."""
        if (
            not s.parent
            or _parent_of(st.path) != their_obj
            or _within(s.path, spec_obj)
            or their_obj not in self.tp.fields
        ):
            return False
        return st.path in self._named_elsewhere(self.tp.fields[their_obj], self.by_path[spec_obj]) and (
            name_similarity(st.path, s, self.vocab, self.tp) >= NAMED
        )

    def _labelled_away(self, st: FieldStats, their_obj: str, spec_obj: str, s: SpecField) -> bool:
        """Their direct child of a matched object of theirs holds nearly only the labels of `s`, a field of another
        object of ours, and no field of the spec object takes those labels: a stage of theirs that measured the
        capacity (ours: `npc_emotional_state`) states its bucket there too (ours: `interaction_context`)."""
        if not s.enum or not s.parent or _parent_of(st.path) != their_obj or _within(s.path, spec_obj):
            return False
        if _enum_share(st, s.enum) < LABEL_SHARE:
            return False
        return not any(f.enum and _enum_share(st, f.enum) > 0.0 for f in self.fields if _within(f.path, spec_obj))

    def _wrapped_once(self, their: str, their_obj: str, spec: str, spec_obj: str) -> bool:
        """Their field sits one level deeper in the moved object than ours, in an object of theirs holding nothing
        else (each option's line as `line: {text: ...}`): the wrapper adds a level, not a field."""
        parent = _parent_of(their)
        return (
            their[len(their_obj) :].count(".") == spec[len(spec_obj) :].count(".") + 1
            and not parent.endswith("[]")
            and parent in self.tp.fields
            and self.tp.fields[parent].main_type == "object"
            and [c.path for c in self.tp.children(parent)] == [their]
        )

    def _one_of_our_lists(self, path: str) -> bool:
        hit = self.assigned.get(path) or self.known.get(path)
        return hit is not None and self.by_path[hit[0]].type == "array"

    def _as_explained(self, st: FieldStats, s: SpecField, shape: float, evidence: str) -> tuple[float, str]:
        """A free text's fit as the scene given to the model or as the answer that explains the record's numbers, by
        whether its texts talk about those numbers (see `_names_our_fields`)."""
        if s.type == "string" and "context" in s.roles and not s.enum:
            named = self._names_our_fields(st)
            if named >= EXPLAINS_SHARE:
                shape *= 0.8  # its texts talk about the record's numbers: an explanation, not the scene
                evidence += f"; {named:.0%} of its texts name our fields"
            if st.mean_words >= _FREE_TEXT_WORDS and st.digit_share >= NUMBERED_SHARE:
                shape *= 1.0 - 0.6 * st.digit_share  # sentences stating numbers: the X+2 statement, not the scene
                evidence += f"; {st.digit_share:.0%} of its texts state numbers"
        if "unspoken" in s.roles and st.mean_words >= _FREE_TEXT_WORDS:
            # an answer that is not the character's words explains the record's numbers (a rationale: "a broken
            # promise costs trust"); a text that names none of them (what the player did) fits it less
            named = self._names_our_fields_alike(st)
            if named < EXPLAINS_SHARE:
                shape *= UNEXPLAINED + (1.0 - UNEXPLAINED) * named / EXPLAINS_SHARE
                evidence += f"; only {named:.0%} of its texts name our fields"
        return shape, evidence

    def _score(self, st: FieldStats, s: SpecField) -> tuple[float, str, float]:
        key = (st.path, s.path)
        got = self.scores.get(key)
        if got is None and st.path in self.drafts:
            got = self.scores[key] = (0.0, "", 0.0)  # a draft beside the value settled on: never the value
        if got is None:
            children = _spec_children(self.fields, s.path + ("[]" if s.type == "array" else ""))
            shape, evidence = shape_fit(self.tp, st, s, children, self._named_elsewhere(st, s))
            if shape > 0.0 and s.type == "string" and not s.enum and self._labels_of_another(st):
                shape *= 0.4  # its values are the labels of a labelled field ("excellent", "failed"): not free
                evidence += "; its values are another field's labels"
            if shape > 0.0:
                shape, evidence = self._as_explained(st, s, shape, evidence)
            if shape <= 0.0:
                got = (0.0, "", 0.0)
            else:
                name = name_similarity(st.path, s, self.vocab, self.tp)
                order = 1.0 - abs(st.first_seen / self.n_their - self.spec_rank[s.path] / self.n_spec)
                score = 0.45 * name + 0.55 * shape + ORDER_WEIGHT * order + REQUIRED_WEIGHT * s.required
                if s.unit and name < UNIT_NAMED and _in_unit(st, s.unit):
                    # "2 wks", "197w": every value names what it counts, as a name would (a bare 1190 in range does not)
                    score += 0.45 * (UNIT_NAMED - name)
                    evidence += f"; {st.units[s.unit] / st.values:.0%} written in {s.unit}"
                score -= INPUT_ONLY_WEIGHT * (not s.generated)
                if s.required and not s.parent:
                    # a field every record needs comes from a field (nearly) every record holds
                    score *= 0.6 + 0.4 * min(1.0, st.records / max(self.tp.records, 1))
                if s.required and st.share_of("null") >= NULL_SHARE and st.types["null"] >= GAPPED_RECORDS:
                    # left null in some records: a field the generator may skip, not one every record needs (null in
                    # one or two: a planted defect of those records, as GAPPED_RECORDS counts absences)
                    score *= 0.85
                    evidence += f"; null in {st.share_of('null'):.0%}"
                ours = self.elsewhere.get(st.path)
                if name < NAMED and ours is not None and s.type in ("number", "integer") and not _concept(s) & ours:
                    score *= CROSS_TYPE_FIT
                    evidence += "; written alike in other data types, not all having a field of ours so named"
                plain = self._qualified_twin(st, s, name)
                if plain is not None:
                    score *= TWIN_FIT
                    evidence += f"; named as a variant of {_as_written(plain)}, which fits it as well"
                presence = self._presence(st)
                loose = not any(_within(st.path, t) for t, _ in self.objects)  # (an object's optional parts vary)
                may_skip = not s.required and s.type in _SCALAR
                if name < NAME_EVIDENCE and presence < PRESENT and loose and s.generated and not may_skip:
                    # named like nothing of ours and held by only some records: an extra a pipeline adds now and
                    # then (latency, retries, token counts, the model's remark), not a field its prompt asks for.
                    # Not for a field the model is not asked for (the support given): it is in the records where
                    # it happened, and INPUT_ONLY_WEIGHT already weighs it down once. Nor for a field of ours the
                    # model may leave out (an optional level, a value): it is in the records the model wrote it in,
                    # so its absence from the others does not tell it from an extra (fresh20's Yangon and Male
                    # relationship levels, in 58-68% of the records, lost to a sentence count every record holds;
                    # fresh12's tally level to a count of tries). An optional object of ours is not exempt: its
                    # parts, read one by one, are what a list held by some records must beat (fresh20's hook rows)
                    score *= 0.75 + 0.25 * presence
                    evidence += f"; in {presence:.0%} of the records"
                got = (score, f"name {name:.0%}, {evidence}".rstrip(", "), name)
            self.scores[key] = got
        return got

    def _qualified_twin(self, st: FieldStats, s: SpecField, name: float) -> str | None:
        """The plain field beside `st` whose name is `st`'s without some of its words, of the same kind, that fits
        `s` as well by name (`true-ring` beside `true-ring-judge-b`, `npc_reply_txt` beside `npc_reply_rejected_txt`,
        `overall-rating` beside `overall-rating-judge-b`): the words added name a variant of the plain field (another
        judge's mark, a rejected or earlier version), so `st` is a weak candidate for a field of ours the plain one
        could be (TWIN_FIT). The added words may name `s` better (`help_needed` beside `help`): then it is not.
        Labels of one pair list are siblings alike (`kv[prop=qScB].value` beside `kv[prop=qSc].value`); in a script
        written without spaces the added words are characters before or after the plain key (`没台詞` beside `台詞`).
        A question a printed form numbers before the plain one is no variant of it (`_numbered_before`).
        Only a field that may be proposed at all is a plain field: the record's type tag `type` ("Emotional
        Authenticity") is no plain twin of `m_strComplexityType` (fresh seed 24) or `db_col_complexity_type`."""
        if st.main_type in ("object", "array"):
            return None
        for u in self.tp.fields.values():
            if not self._candidate(u) or not named_variant(self.tp, u, st, self._key_words):
                continue
            plain, _, plain_name = self._score(u, s)
            if plain > 0.0 and name <= plain_name:
                return u.path
        return None

    def _key_words(self, path: str) -> frozenset[str]:
        """The words of the key naming their field (cached: every pair score asks)."""
        got = self.key_words.get(path)
        if got is None:
            got = self.key_words[path] = words_of_key(field_name(path, self.tp))
        return got

    def _presence(self, st: FieldStats) -> float:
        """The share of the records written in their field's dialect that hold it: of the records holding any field
        it ever occurs with (`usage.prompt_tokens` is in every `usage` object, but `usage` only in some records; a
        field of one prompt version is in all the records of that version, none of the other's)."""
        got = self.presence.get(st.path)
        if got is None:
            sigs = self.tp.signatures
            n = self.tp.records
            if sigs is not None:
                mine = self.tp.signature_id(st)
                companions = {i for sig in sigs if mine in sig for i in sig}
                n = sum(c for sig, c in sigs.items() if not companions.isdisjoint(sig))
            got = self.presence[st.path] = min(1.0, st.records / max(n, 1))
        return got

    def _named_elsewhere(self, st: FieldStats, s: SpecField) -> frozenset[str]:
        """Children of their object whose names fit a spec field outside `s` (and better than any of its
        children): `payload.current_situation_value` is our top-level situation, not a part of `memory`."""
        if s.type not in ("object", "array") or st.main_type not in ("object", "array"):
            return frozenset()
        sub = st.path + ("[]" if st.main_type == "array" else "")
        inside = [f for f in self.fields if _within(f.path, s.path)]
        outside = [f for f in self.fields if not _within(f.path, s.path) and f.path != s.path]
        out = set()
        for c in _their_children(self.tp, sub):
            away = max((name_similarity(c.path, f, self.vocab, self.tp) for f in outside), default=0.0)
            here = max((name_similarity(c.path, f, self.vocab, self.tp) for f in inside), default=0.0)
            if away >= NAMED and away > here:
                out.add(c.path)
        return frozenset(out)

    def _names_our_fields(self, st: FieldStats) -> float:
        """The share of their free texts (in the sample records) that name one of the type's numbers or objects by a
        word of its name ("very high extraversion", "capacity 2.5 + 2 = 4.5"): a text that talks about the record's
        values explains them (a trait analysis, a constraint, a rationale); the scene the model is given never
        does. 0.0 for a field that is no free text or is inside a list."""
        got = self.names_fields.get(st.path)
        if got is None:
            got = 0.0
            if st.mean_words >= _FREE_TEXT_WORDS and "[]" not in st.path:
                if self.field_words is None:
                    # (a word our free texts' names use too names whom or what the texts are about: "the character
                    # believes" is no talk of `character_capacity`)
                    text_words = {
                        w
                        for f in self.fields
                        if f.type == "string" and _narrated_or_spoken(f)
                        for w in f.name.split("_")
                    }
                    ws = {
                        w for f in self.fields if f.type != "string" for w in f.name.split("_") if len(w) >= 4
                    } - text_words
                    alternation = "|".join(sorted(map(re.escape, ws)))
                    self.field_words = re.compile(rf"\b(?:{alternation})", re.I) if ws else re.compile(r"(?!)")
                texts = [v for x in self.tp.samples if isinstance(v := self._sample_value(x, st.path), str)]
                if texts:
                    got = sum(1 for v in texts if self.field_words.search(v)) / len(texts)
            self.names_fields[st.path] = got
        return got

    def _names_our_fields_alike(self, st: FieldStats) -> float:
        """`_names_our_fields` of their free text, or of any of their free texts sharing a value with it, whichever
        is most: a turned-down draft drawn from the answers' own pool is the same kind of text, and a few sample
        records must not rank two copies of one kind apart by chance."""
        mine = self._sample_texts(st.path)
        alike = [
            o
            for o in self.tp.fields.values()
            if o.path != st.path and o.main_type == "string" and mine & self._sample_texts(o.path)
        ]
        return max((self._names_our_fields(o) for o in (st, *alike)), default=0.0)

    def _sample_texts(self, path: str) -> frozenset[str]:
        got = self.sample_texts.get(path)
        if got is None:
            got = self.sample_texts[path] = frozenset(
                v
                for x in self.tp.samples
                if isinstance(v := self._sample_value(x, path), str) and len(v.split()) >= _FREE_TEXT_WORDS
            )
        return got

    def _sample_value(self, sample: dict[str, Any], path: str) -> Any:
        """The value of their field (a path of the view the matcher reads) in one sample record as written: a boxed
        value is read inside its box (`reply: {"text": ...}`), or every boxed text would read as none."""
        return value_at(sample, self.back.get(path, path))

    def _labels_of_another(self, st: FieldStats) -> bool:
        """Their values are (nearly all) the labels of one of the type's labelled fields."""
        got = self.label_fields.get(st.path)
        if got is None:
            got = self.label_fields[st.path] = bool(st.labels) and any(
                f.enum and _enum_share(st, f.enum) >= LABEL_SHARE for f in self.fields
            )
        return got

    def _children_named(self, st: FieldStats, s: SpecField) -> bool:
        """Their object (or list items) holds most of the spec object's children under our own names (or
        aliases), two at least: the object was renamed, its fields were not."""
        if s.type not in ("object", "array") or st.main_type != s.type:
            return False
        sub_their = st.path + ("[]" if s.type == "array" else "")
        specs = _spec_children(self.fields, s.path + ("[]" if s.type == "array" else ""))
        got = _resolve_level([_leaf(t.path) for t in _their_children(self.tp, sub_their)], specs)
        return len(got) >= 2 and 2 * len(got) > len(specs)

    @staticmethod
    def _strong(st: FieldStats, s: SpecField, score: float, name: float) -> bool:
        """Enough evidence to propose the pair: a name, children that fit, or values only a few fields have."""
        is_object = s.type in ("object", "array")
        if score >= MIN_SCORE and (name >= NAME_EVIDENCE or (is_object and (score >= OBJECT_SCORE or s.required))):
            return True
        if not is_object and (
            s.required and score >= ELIMINATION_SCORE or {"rule", "score"} & set(s.roles) and score >= MIN_SCORE
        ):
            return True  # a required field, a quality score or a field a rule reads may be found by its values alone
        if s.parse == "name_value_pairs" and "rule" in s.roles and score >= MIN_SCORE:
            return True  # a list of causes each with its signed number ("-2.5 the pump seized"), which a rule reads
        if s.type in ("number", "integer") and s.range is not None and score >= MIN_SCORE:
            return True  # a number on the spec's scale (its out-of-range values are then flagged)
        if "name" in s.roles and score >= MIN_SCORE and _looks_like_names(st):
            return True  # "Mara Okafor", "Theo Lindqvist": the character's name
        if s.format == "timestamp" and score >= MIN_SCORE and st.stamp_share >= LABEL_SHARE:
            return True  # dates and times where the spec expects them: no other field of ours holds them
        versions = _version_shares(st, s.version) if s.version is not None else None
        if versions is not None and score >= MIN_SCORE and versions[0] >= LABEL_SHARE:
            return True  # versions of the spec's own major ("v1.2"): the rules' version the record states
        # its values are the spec's own labels for this field (crisis/low/medium/high)
        return bool(s.enum) and score >= MIN_SCORE and _enum_share(st, s.enum or ()) >= LABEL_SHARE

    # ---- the assignment steps ------------------------------------------------------------------------
    def assign(self, theirs: list[FieldStats], specs: list[SpecField]) -> None:
        """The best one-to-one assignment of `theirs` to `specs` (the fields still open)."""
        assigned, known = self.assigned, self.known
        theirs = [t for t in theirs if t.path not in assigned and t.path not in known]
        taken = {v[0] for v in assigned.values()}
        specs = [s for s in specs if s.path not in taken and s.path not in self.covered]
        pairs = [[self.pair(t, s) for s in specs] for t in theirs]
        matrix = [[None if p is None else p[0] for p in row] for row in pairs]
        for i, j in best_assignment(matrix):
            st, s = theirs[i], specs[j]
            score, evidence, name = pairs[i][j]  # type: ignore[misc]
            assigned[st.path] = (s.path, score, evidence, name)
            if s.type in ("object", "array"):
                if (
                    st.main_type not in ("object", "array")
                    or (s.type == "object" and st.main_type == "array")
                    or (s.parse == "name_value_pairs" and pairs_as_text(self.tp, st))
                ):
                    # "2 to 3 weeks", [2, 3], ["sleep debt (-1)"]: the ingest reads the whole object (or list) from it
                    self.read_whole.add(st.path)
                self.objects.append((st.path, s.path))
                self._resolve_children(st.path, s)

    def _resolve_children(self, their: str, s: SpecField) -> None:
        """The children of a newly matched object that the ingest renames by itself (exact, alias)."""
        sub_their = their + ("[]" if s.type == "array" else "")
        sub_spec = s.path + ("[]" if s.type == "array" else "")
        theirs = [t for t in _their_children(self.tp, sub_their) if t.path not in self.assigned]
        got = _resolve_level([_leaf(t.path) for t in theirs], _spec_children(self.fields, sub_spec))
        for t in theirs:
            hit = got.get(_leaf(t.path))
            if hit is not None and (hit[1] == "exact" or _alias_holds(self.tp, t, hit[0])):
                self.known[t.path] = (hit[0].path, hit[1])
                self.covered.add(hit[0].path)

    def _candidate(self, st: FieldStats) -> bool:
        """Their field may be proposed for a field of ours: not a list's items, nor a key of a name -> value table,
        nor the record's type tag, nor a wrapper of fields flattened out of other objects."""
        return (
            not st.path.endswith("[]")
            and st.records > 0
            and _parent_of(st.path) not in self.mappings
            and not _names_the_type(st, self.tp.data_type)
            and not (st.main_type == "object" and self._holds_flattened(st))
            and st.path not in self.counters
        )

    def assign_in_steps(self) -> None:
        """Objects and lists first, then inside each matched object, then everything else."""
        candidates = [st for st in self.tp.ordered() if self._candidate(st)]
        open_specs = [f for f in self.fields if f.path not in self.covered]
        # 1. objects and lists (and text the ingest reads as a whole object: "2 to 3 weeks"); an object whose
        # keys are mostly flattened out of other objects (`Context__Need`) is a wrapper around them
        self.assign(
            [st for st in candidates if st.main_type in ("object", "array") or st.share_of("window_text") >= 0.5],
            [f for f in open_specs if f.type in ("object", "array")],
        )
        # 2. inside each matched object, its children among the spec object's children
        for their_obj, spec_obj in list(self.objects):
            s = self.by_path[spec_obj]
            sub_their = their_obj + ("[]" if s.type == "array" else "")
            sub_spec = spec_obj + ("[]" if s.type == "array" else "")
            self.assign(
                [st for st in candidates if _parent_of(st.path) == sub_their],
                [f for f in open_specs if f.parent == sub_spec],
            )
        # 2b. fields flattened out of one object of theirs (`Context__Lage`, `context/need`: the same prefix,
        # perhaps under several wrappers) among the children of the spec object their values fit
        self._assign_flattened(candidates, open_specs)
        # 3. everything else (an object read whole from text, or a list of ours a name -> value table fills, has no
        # open fields left: the ingest expands it, and a line for one of its parts from another list of theirs would
        # fill it with that list's elements)
        for their in (*self.read_whole, *(p for p in self.mappings if p in self.assigned)):
            self.covered.update(f.path for f in self.fields if _within(f.path, self.assigned[their][0]))
        self.assign(candidates, [f for f in open_specs if f.path not in self.covered])

    def _holds_flattened(self, st: FieldStats) -> bool:
        kids = _their_children(self.tp, st.path)
        return bool(kids) and 2 * sum(1 for c in kids if _flat_prefix(_leaf(c.path))) > len(kids)

    def _assign_flattened(self, candidates: list[FieldStats], open_specs: list[SpecField]) -> None:
        """Groups of their fields whose names share a prefix before an explicit separator are one flattened
        object: the group goes to the spec object whose children its values fit one to one (and whose name its
        prefix resembles), then its fields among that object's children as if they were inside it."""
        groups: dict[str, list[FieldStats]] = {}
        implicit: dict[str, list[FieldStats]] = {}
        for st in candidates:
            if st.path in self.assigned or st.path in self.known or any(_within(st.path, t) for t, _ in self.objects):
                continue
            prefix = _flat_prefix(_leaf(st.path))
            if prefix:
                groups.setdefault(prefix, []).append(st)
            elif (first := _first_word(_leaf(st.path))) is not None:
                implicit.setdefault(first, []).append(st)
        groups = {k: v for k, v in groups.items() if len(v) >= 2}
        # a first word several fields share, when it is no word of our field names (`lembranca_descricao`,
        # `lembranca_emocao`; not `character_name` beside `character_response`), may name a flattened object too:
        # it must then fit one of our objects closely, its fields one to one
        implicit = {k: v for k, v in implicit.items() if len(v) >= 2 and k not in groups and not self._spec_word(k)}
        taken = {v[0] for v in self.assigned.values()} | {sp for sp, _ in self.known.values()}
        objs = [f for f in open_specs if f.type == "object" and f.path not in taken]
        if not (groups or implicit) or not objs:
            return
        names = list(groups) + list(implicit)
        groups.update(implicit)
        table: list[list[float | None]] = []
        for prefix in names:
            row: list[float | None] = []
            for o in objs:
                kids = [c for c in _spec_children(self.fields, o.path) if c.path not in self.covered]
                fit = _members_fit(self.tp, groups[prefix], kids) if len(kids) >= 2 else 0.0
                if o.parse == "window" and not _ordered_numbers(self.tp, [m.path for m in groups[prefix]]):
                    fit = 0.0  # (two counts in no fixed order, `tok_in` / `tok_out`, are not a span's two ends)
                name = name_similarity(prefix, o, self.vocab)
                score = 0.45 * name + 0.55 * (0.3 + 0.7 * fit)
                units = {c.unit for c in kids if c.unit}
                if len(units) == 1 and name < UNIT_NAMED and all(_in_unit(m, *units) for m in groups[prefix]):
                    score += 0.45 * (UNIT_NAMED - name)  # ("3 wks" / "4 wks": a span of weeks, as `_score` reads it)
                # (an explicit separator already says the fields are one object's; a shared word alone must fit
                # closely and be no longer than the object)
                ok = (
                    fit >= 0.5
                    if prefix not in implicit
                    else fit >= IMPLICIT_FIT
                    and len(groups[prefix]) <= len(kids)
                    and not self._named_outside(groups[prefix], o.path)
                )
                row.append(score if ok else None)
            table.append(row)
        for i, j in best_assignment(table):
            members, o = groups[names[i]], objs[j]
            for st in members:
                self.virtual[st.path] = o.path
            self.assign(members, [f for f in open_specs if f.parent == o.path and f.path not in self.covered])

    def _named_outside(self, members: list[FieldStats], obj: str) -> bool:
        """One of `members` is named like a spec field outside `obj` (`llm_tension_score` beside
        `llm_payoff_window_weeks_max`: a shared envelope prefix, not one object)."""
        outside = [f for f in self.fields if not _within(f.path, obj) and f.path != obj]
        return any(name_similarity(m.path, f, self.vocab, self.tp) >= NAME_EVIDENCE for m in members for f in outside)

    def _spec_word(self, word: str) -> bool:
        """A word of the spec's field names (or close to one): it says which field, not which object."""
        return any(_token_sim(word, w) >= 0.75 for w in self.vocab.df)

    def move_whole_objects(self) -> None:
        """An object (or list) of theirs whose fields all went into one spec object moves there as a whole."""
        assigned, known, by_path = self.assigned, self.known, self.by_path
        taken_specs = {v[0] for v in assigned.values()} | {sp for sp, _ in known.values()}
        for st in self.tp.ordered():
            if st.path in assigned or st.path in known or st.main_type not in ("object", "array"):
                continue
            if st.path in self.blocked:
                continue
            kids = self._settled_parts(st)
            parents = {_parent_of(k[0]) for k in kids or ()}
            if not kids or len(parents) != 1:
                continue  # (a field of theirs left over: a wrapper, whose fields went to ours by name)
            target = next(iter(parents)).removesuffix("[]")
            if (
                target in by_path
                and target not in taken_specs
                and by_path[target].type == st.main_type
                and self._placed_alike(st.path, target)
            ):
                score = sum(k[1] for k in kids) / len(kids)
                assigned[st.path] = (target, score, "its fields are the fields of " + target, 1.0)
                self.objects.append((st.path, target))
                taken_specs.add(target)

    def _settled_parts(self, st: FieldStats) -> list[tuple[str, float, str, float]] | None:
        """The proposals of the fields inside their object (or list items), through objects of theirs that only wrap
        one level of them (`options[].line.text`: each option's line in a wrapper); None when a field inside is
        left over (neither proposed nor known)."""
        sub = st.path + ("[]" if st.main_type == "array" else "")
        kids: list[tuple[str, float, str, float]] = []
        for c in self.tp.ordered():
            if _parent_of(c.path) != sub:
                continue
            if c.path in self.assigned:
                kids.append(self.assigned[c.path])
            elif c.path in self.known:
                continue
            elif c.main_type == "object" and c.path not in self.blocked:
                inner = [g for g in self.tp.ordered() if _parent_of(g.path) == c.path]
                if not inner or any(g.path not in self.assigned for g in inner):
                    return None
                kids += [self.assigned[g.path] for g in inner]
            else:
                return None
        return kids

    def _placed_alike(self, their: str, target: str) -> bool:
        """In the same place: the same parent, a parent matched to ours, or (for our top level) a wrapper."""
        their_parent = _parent_of(their).removesuffix("[]")
        our_parent = _parent_of(target).removesuffix("[]")
        assigned, known = self.assigned, self.known
        return (
            their_parent == our_parent
            or (assigned.get(their_parent) or known.get(their_parent) or (None,))[0] == our_parent
            or (our_parent == "" and their_parent not in assigned and their_parent not in known)
        )

    def prefer_fuller_answer(self) -> None:
        """The character's answer is the fullest of their spoken texts that no name tells apart: a shorter one that
        fits the answer as well (a thought to oneself, a one-line aside) leaves it to a text FULLER times as long,
        left over or proposed as an optional field, and takes that one's place if it may."""
        assigned = self.assigned
        for s in self.fields:
            if s.type != "string" or not {"answer", "spoken"} <= set(s.roles):
                continue
            cur = next((t for t, v in assigned.items() if v[0] == s.path), None)
            if cur is None or assigned[cur][3] >= NAME_EVIDENCE:
                continue
            short = self.tp.fields[cur]
            rivals = [
                t
                for (t, sp), (sc, _, name) in self.scores.items()
                if sp == s.path
                and t != cur
                and t not in self.known
                and name < NAME_EVIDENCE
                and sc >= assigned[cur][1] - AMBIGUOUS_MARGIN
                and self.tp.fields[t].mean_words >= FULLER * short.mean_words
                and (t not in assigned or not self.by_path[assigned[t][0]].required and assigned[t][3] < NAME_EVIDENCE)
                and self.pair(self.tp.fields[t], s) is not None
            ]
            if not rivals:
                continue
            full = max(rivals, key=lambda t: (self.tp.fields[t].mean_words, t))
            old = assigned.pop(full, None)
            got = self.pair(self.tp.fields[full], s)
            assert got is not None
            assigned[full] = (s.path, got[0], got[1] + f"; the fullest spoken text (not {cur})", got[2])
            del assigned[cur]
            if old is not None and (back := self.pair(short, self.by_path[old[0]])) is not None:
                assigned[cur] = (old[0], *back)

    def required_from_fuller(self) -> dict[str, list[str]]:
        """A required field of ours comes from a field (nearly) every record holds: a generator writes what its
        prompt asks for in every answer and leaves out now and then what it may (a hint, an effectiveness). When a
        field of theirs missing from GAPPED of its records or more was proposed for a required field on value shape
        alone, and another proposal of the same kind, held by FULL_COVERAGE of the records, fits that field too and
        went to an optional field on at most a word of its name (`the_secret_being_hinted_at` -> payoff_hint), the
        two trade places: kept, the map would reject every record without the gapped field (or stop the build).
        The gapped field goes to the optional field if it fits it, else it is left over. Both are marked to check;
        the pairs returned (their path -> the paths it traded with) join the crossed pairs."""
        assigned, traded = self.assigned, {}
        for a, (x, _, _, a_name) in list(assigned.items()):
            s_x = self.by_path[x]
            if not s_x.required or s_x.parent or a_name >= NAME_EVIDENCE:
                continue
            st_a = self.tp.fields[a]
            if 1.0 - self._presence(st_a) < GAPPED or self._absent_from(st_a) < GAPPED_RECORDS:
                continue  # (one or two records without it: a planted defect, not a field the generator may skip)
            fuller = []
            for b, (y, _, _, b_name) in assigned.items():
                s_y = self.by_path[y]
                st_b = self.tp.fields[b]
                if (
                    b == a
                    or s_y.required
                    or s_y.type != s_x.type
                    or b_name >= NAMED
                    or self._presence(st_b) < FULL_COVERAGE
                    or b in traded
                ):
                    continue
                got = self.pair(st_b, s_x)
                if got is not None and got[2] < NAME_EVIDENCE:
                    fuller.append((got[0], b, y, got))
            if not fuller:
                continue
            _, b, y, got = max(fuller)
            del assigned[a]
            gap = f"; a required field from the field every record holds ({a} is in {self._presence(st_a):.0%})"
            assigned[b] = (x, got[0], got[1] + gap, got[2])
            back = self.pair(st_a, self.by_path[y])
            if back is not None:
                assigned[a] = (y, back[0], back[1] + f"; {b} went to {x}, which every record needs", back[2])
            traded[a], traded[b] = [b], [a]
        return traded

    def free_rival_by_kin(self) -> None:
        """Of two fields of theirs that fit one field of ours alike on value shape alone (within AMBIGUOUS_MARGIN, no
        name), one proposed and one left over, the one filed beside its kin takes it: more of the fields sharing its
        object (or a rare word of its name) went to fields of ours akin to ours (`_kin_count`: one object of ours, or a
        shared word). A generator files related fields together, as we do: the player's knowledge beside the
        character's knowledge and the gap, not beside the irony score. Nulls, key order and record counts play no
        part; the one left over is then named as the rival to check. Free texts only: our numbers share words such as
        `score` across unrelated fields (fresh14 seed 3: the irony score took the knowledge gap by it)."""
        assigned = self.assigned
        for a, (x, sa, _, a_name) in list(assigned.items()):
            if a_name >= NAME_EVIDENCE or not _narrated_text(self.by_path[x]) or assigned.get(a, (None,))[0] != x:
                continue
            placed = self._placed_except((a,))
            mine = self._kin_count(a, x, placed)
            best: list[tuple[int, str, tuple[float, str, float]]] = []
            for (t, y), (sc, _, _) in list(self.scores.items()):
                if y != x or t in assigned or t in self.known or sc < sa - AMBIGUOUS_MARGIN:
                    continue
                st = self.tp.fields.get(t)
                if st is None or not self._candidate(st) or self._presence(st) < self._presence(self.tp.fields[a]):
                    continue
                got = self.pair(st, self.by_path[x])
                if got is None or got[2] >= NAME_EVIDENCE:
                    continue
                best.append((self._kin_count(t, x, placed), t, got))
            best.sort(key=lambda b: -b[0])
            if not best or best[0][0] <= mine or (len(best) > 1 and best[1][0] == best[0][0]):
                continue
            _, t, (score, evidence, name) = best[0]
            del assigned[a]
            assigned[t] = (x, score, evidence + f"; filed beside its kin, which went to fields akin to {x}", name)

    def _absent_from(self, st: FieldStats) -> int:
        """How many records of their field's dialect lack it (see `_presence`)."""
        return round(st.records / max(self._presence(st), 1e-9)) - st.records

    def crossed_pairs(self) -> dict[str, list[str]]:
        """Two proposals whose targets could be swapped at (almost) no cost: neither is sure. Names and values
        cannot tell them apart: a generator writes fields in its prompt's order, so the pair whose order agrees
        with the spec's is the better guess (still marked ambiguous). Swaps between keys written in one order
        repeat until the order holds for every crossed pair (one pass over five same-shaped traits can leave two
        of them out of order)."""
        assigned, scores = self.assigned, self.scores
        crossed: dict[str, list[str]] = {}
        by_place: set[tuple[str, str]] = set()  # pairs the fields beside them settled (no longer a guess)
        props = [t for t, v in assigned.items() if v[2] and not v[2].startswith("its fields")]
        for n in range(len(props)):
            swapped = False
            for i, a in enumerate(props):
                for b in props[i + 1 :]:
                    (x, sa, _, _), (y, sb, _, _) = assigned[a], assigned[b]  # as they stand after earlier swaps
                    ay, bx = scores.get((a, y)), scores.get((b, x))
                    if not (ay and bx and ay[0] > 0 and bx[0] > 0):
                        continue
                    if (a, b) in by_place:
                        continue
                    if ay[0] + bx[0] < sa + sb - AMBIGUOUS_MARGIN:
                        # one field of ours in two objects (the context's complexity label and the metadata's
                        # copy), their two fields named alike: a name fitting one copy better (by an alias) says
                        # nothing of which object each belongs to; only the fields beside them in theirs do
                        if _leaf(x) == _leaf(y) and self._kept_together(a, b, x, y) < 0:
                            beside = "; in the object of ours the fields beside it went to"
                            assigned[a] = (y, ay[0], ay[1] + beside, ay[2])
                            assigned[b] = (x, bx[0], bx[1] + beside, bx[2])
                            by_place.add((a, b))
                            swapped = True
                        continue
                    if b not in crossed.get(a, []):
                        crossed.setdefault(a, []).append(b)
                        crossed.setdefault(b, []).append(a)
                    # (passes after the first sort only keys the records write one way round: a generator that
                    # shuffles its keys says nothing by their order)
                    together = _spelled_alike(a, b, self.by_path[x], self.by_path[y], self.tp)
                    if together == 0:
                        together = self._kin_agree(a, b, x, y)
                    if together == 0:
                        together = self._kept_together(a, b, x, y)
                    if together == 0:
                        together = self._placed_near(a, b, x, y)
                    if together < 0 or (
                        together == 0 and self._order_disagrees(a, b, x, y) and (n == 0 or self._one_order(a, b))
                    ):
                        assigned[a] = (y, ay[0], ay[1], ay[2])
                        assigned[b] = (x, bx[0], bx[1], bx[2])
                        swapped = True
            if not swapped:
                break
        return crossed

    def required_first(self) -> None:
        """A required field of ours nothing took takes a field of theirs that every record holds, fits it, and sits
        on an optional field of ours only by a name that says it in part (a word's stem: `the_secret_being_hinted_at`
        on `payoff_hint`, where the hint itself is too rare to be proposed): a generator's prompt asks for a required
        field in every record, and left open it stops the build. (A required field taken by a field many records
        lack is traded by `required_from_fuller` where that step exists.)"""
        taken = {v[0] for v in self.assigned.values()} | {sp for sp, _ in self.known.values()} | self.covered
        for y in self.fields:
            if not y.required or y.type not in _SCALAR or y.path in taken:
                continue
            best: tuple[str, tuple[float, str, float]] | None = None
            for a, (x, _, _, name) in self.assigned.items():
                st = self.tp.fields.get(a)
                if st is None or self.by_path[x].required or name >= NAMED or self._presence(st) < FULL_COVERAGE:
                    continue
                got = self.pair(st, y)
                if got is not None and (best is None or got[0] > best[1][0]):
                    best = (a, got)
            if best is None:
                continue
            a, (score, evidence, name) = best
            taken.discard(self.assigned[a][0])
            self.assigned[a] = (y.path, score, evidence + "; every record holds it, as a required field needs", name)
            taken.add(y.path)

    def _kin_agree(self, a: str, b: str, x: str, y: str) -> int:
        """+1 when, with `a` on `x` and `b` on `y`, more of their fields akin to `a` and `b` went to our fields akin to
        `x` and `y` than the other way round, -1 when fewer, else 0. Kin of theirs: fields in one object of theirs, or
        sharing a word few of their fields use (`jatekos_tudja` beside `szereplo_tudja`, `szereplo_neve`); kin of
        ours: fields in one object of ours, or sharing a word of their names (player_knows, character_knows,
        character_name). A generator names and files related fields alike, as we do; key order plays no part."""
        placed = self._placed_except((a, b))
        keep = self._kin_count(a, x, placed) + self._kin_count(b, y, placed)
        swap = self._kin_count(a, y, placed) + self._kin_count(b, x, placed)
        return 0 if keep == swap else (1 if keep > swap else -1)

    def _placed_except(self, leave_out: Container[str]) -> dict[str, str]:
        """Their path -> our path of every field assigned or known (a known one's line wins), but `leave_out`."""
        placed = {u: hit[0] for u, hit in self.assigned.items() if u not in leave_out}
        placed.update({u: hit[0] for u, hit in self.known.items() if u not in leave_out})
        return placed

    def _kin_count(self, t: str, target: str, placed: dict[str, str]) -> int:
        """How many of `placed` (their path -> our path) are kin of `t` placed on kin of `target`."""
        return sum(1 for u, ours in placed.items() if u != t and self._their_akin(t, u) and _ours_akin(target, ours))

    def _their_akin(self, t: str, u: str) -> bool:
        p, q = _kin_group(t, self.tp), _kin_group(u, self.tp)
        kin = self._kin_words()
        return (bool(p) and p == q) or bool(kin.get(t, set()) & kin.get(u, set()))

    def _kin_words(self) -> dict[str, set[str]]:
        """Their paths -> the words of their leaf names that at most KIN_WORD_FIELDS of their fields use (words of 3
        letters or more; a prefix every key carries says nothing)."""
        if self.kin_words is None:
            leaf_words = {
                p: {w for w in words(field_name(p, self.tp).removesuffix("[]")).split() if len(w) >= 3}
                for p in self.tp.fields
            }
            uses = Counter(w for ws in leaf_words.values() for w in ws)
            self.kin_words = {p: {w for w in ws if uses[w] <= KIN_WORD_FIELDS} for p, ws in leaf_words.items()}
        return self.kin_words

    def _kept_together(self, a: str, b: str, x: str, y: str) -> int:
        """How many more of their fields stay in one object of ours with the fields beside them in their object, with
        `a` on `x` and `b` on `y` than the other way round (a generator keeps an object's fields together: the
        complexity label in its `evaluation` object beside the quality and the authenticity is the metadata's
        copy, not the context's). Key order plays no part, so it holds for records whose keys are shuffled."""

        def beside(t: str, target: str) -> int:
            parent = _parent_of(t)
            if not parent:
                return 0
            ours = _parent_of(target)
            return sum(
                1
                for st in _their_children(self.tp, parent)
                if st.path not in (a, b)
                and (hit := self.assigned.get(st.path) or self.known.get(st.path)) is not None
                and _parent_of(hit[0]) == ours
            )

        return beside(a, x) + beside(b, y) - beside(a, y) - beside(b, x)

    def _placed_near(self, a: str, b: str, x: str, y: str) -> int:
        """For two crossed fields in different objects of theirs whose targets share an object of ours: +1 when, with
        `a` on `x` and `b` on `y`, each target lies nearer in our field order to where the fields filed with it went
        (by at least NEAR_MARGIN places in all), -1 when the other way round does, else 0. Our field order keeps
        related fields together (who the character is and their capacity; the request and the support it needs; a
        hook's type, setup and window), and so does a generator's object (`npc.background` beside `npc.name` and the
        capacities, `request.content` beside the support needed); key order plays no part."""
        if _parent_of(a) == _parent_of(b) or _parent_of(x) != _parent_of(y):
            return 0
        rank = self.spec_rank

        def spread(t: str, target: str) -> float:
            parent = _parent_of(t)
            if not parent:
                return 0.0
            near = [
                rank[hit[0]]
                for p in self.tp.fields
                if _within(p, parent)
                and p not in (a, b)
                and (hit := self.assigned.get(p) or self.known.get(p)) is not None
                and hit[0] in rank
            ]
            return sum(abs(rank[target] - r) for r in near) / len(near) if near else 0.0

        keep = spread(a, x) + spread(b, y)
        swap = spread(a, y) + spread(b, x)
        return 0 if abs(keep - swap) < NEAR_MARGIN else (1 if keep < swap else -1)

    def _one_order(self, a: str, b: str) -> bool:
        """The records write `a` and `b` one way round (a generator that shuffles its keys says nothing by them)."""
        if self.written is None:
            self.written = self._document_order()[1]
        return _written_in_one_order(self.written, [a], [b])

    def settle_text_by_order(self) -> None:
        """Their text fields that fit several of our text fields alike, with no name to tell them apart (a
        situation, a hidden setup and a hint: all narrated free text), go to our fields in the order the records
        write them. A field left out is the one whose place fits no open field of ours: of three such texts and
        our situation, setup and (optional, unnamed, so never proposed) hint, the last text is the hint, not the
        first. Among the maps that propose as many pairs and fill the same required fields, with a summed fit
        within AMBIGUOUS_MARGIN, the one whose pairs cross the fewest other pairs (the matches around them and
        each other) wins."""
        ties = self._text_ties()
        if ties:
            place, written = self._document_order()
            for theirs in ties:
                self._place_in_order(theirs, place, written)

    def _place_in_order(self, theirs: list[FieldStats], place: dict[str, float], written: list[list[str]]) -> None:
        ours, fit, proposable = self._tie_table(theirs)
        if len(theirs) > 6 or len(ours) > 6:
            return  # (too many to try every map; names and values stand)
        if _apart_in_elements((t.path for t in theirs), self._keyed_lists()):
            return  # (in different events or blocks of a log: their order is the log's, not the prompt's)
        around = [t for t in (*self.assigned, *self.known) if t in place]
        if not _written_in_one_order(written, [t.path for t in theirs], around):
            return  # a generator that shuffles its keys says nothing by their order
        now = {i: ours.index(self.assigned[t.path][0]) for i, t in enumerate(theirs) if t.path in self.assigned}
        need = {j for j in now.values() if self.by_path[ours[j]].required}
        now_fit = sum(fit[i][j] or 0.0 for i, j in now.items())
        members = {t.path for t in theirs}
        anchors = [
            (place[t], self.spec_rank[sp])
            for t, sp in [*((t, v[0]) for t, v in self.assigned.items()), *((t, v[0]) for t, v in self.known.items())]
            if t not in members and t in place
        ]

        def crossings(pairs: list[tuple[int, int]]) -> int:
            at = [(place.get(theirs[i].path, 0.5), self.spec_rank[ours[j]]) for i, j in pairs]
            n = sum((a[0] - b[0]) * (a[1] - b[1]) < 0 for a in at for b in anchors)
            return n + sum((a[0] - b[0]) * (a[1] - b[1]) < 0 for a, b in itertools.combinations(at, 2))

        cognates = _cognates([t.path for t in theirs], [self.by_path[sp] for sp in ours], self.tp)
        around_placed = self._placed_except(members)
        # kin placed alike: with the fields around (fixed), and between members (each pair of pairs, both ways)
        base = [[self._kin_count(t.path, sp, around_placed) for sp in ours] for t in theirs]
        akin = [
            [i != k and self._their_akin(t.path, u.path) for k, u in enumerate(theirs)] for i, t in enumerate(theirs)
        ]
        ours_kin = [[_ours_akin(sp, sq) for sq in ours] for sp in ours]

        def kin(pairs: list[tuple[int, int]]) -> int:
            inner = sum(1 for i, j in pairs for k, m in pairs if akin[i][k] and ours_kin[j][m])
            return sum(base[i][j] for i, j in pairs) + inner

        best: tuple[tuple[float, ...], list[tuple[int, int]]] | None = None
        for pairs in _partial_maps(fit):
            kept = [(i, j) for i, j in pairs if proposable[i][j]]
            got = sum(fit[i][j] or 0.0 for i, j in kept)
            if len(kept) < len(now) or not need <= {j for _, j in kept} or got < now_fit - AMBIGUOUS_MARGIN:
                continue
            # (a word of theirs spelt like ours, or named like the fields it goes beside, says more than the order)
            key = (-len(kept), -len(pairs), -len(cognates.intersection(kept)), -kin(kept), crossings(pairs), -got)
            if best is None or key < best[0]:
                best = (key, pairs)
        if best is None or sorted(now.items()) == sorted(p for p in best[1] if proposable[p[0]][p[1]]):
            return
        for t in theirs:
            self.assigned.pop(t.path, None)
        for i, j in best[1]:
            if proposable[i][j]:
                score, evidence, name = self.scores[(theirs[i].path, ours[j])]
                self.assigned[theirs[i].path] = (ours[j], score, evidence + "; placed in the order written", name)

    def _text_ties(self) -> list[list[FieldStats]]:
        """Groups of their text fields proposed on value shape alone, each with the fields (proposed or left
        over) that fit its target within AMBIGUOUS_MARGIN."""
        texts = {s.path for s in self.fields if _narrated_text(s)}
        pool = [
            st
            for st in self.tp.ordered()
            if st.main_type == "string"
            and st.mean_words >= _FREE_TEXT_WORDS
            and st.path not in self.known
            and not any(_within(st.path, t) for t, _ in self.objects)
            and (st.path not in self.assigned or self.assigned[st.path][0] in texts)
        ]
        members = [st for st in pool if st.path in self.assigned and self.assigned[st.path][3] < NAME_EVIDENCE]
        group = {st.path: st.path for st in pool}

        def root(p: str) -> str:
            while group[p] != p:
                p = group[p]
            return p

        tied: set[str] = set()
        for m in members:
            dst, score = self.assigned[m.path][0], self.assigned[m.path][1]
            for u in pool:
                got = self._fit_as(u, self.by_path[dst]) if u is not m else None
                if (
                    got is not None
                    and got[0] >= score - AMBIGUOUS_MARGIN
                    and (u.path not in self.assigned or u in members)
                ):
                    group[root(u.path)] = root(m.path)
                    tied |= {u.path, m.path}
        out: dict[str, list[FieldStats]] = {}
        for st in pool:
            if st.path in tied:
                out.setdefault(root(st.path), []).append(st)
        return list(out.values())

    def _tie_table(self, theirs: list[FieldStats]) -> tuple[list[str], list[list[float | None]], list[list[bool]]]:
        """Our text fields a tied group may go to (their targets, and the open ones they fit within twice
        AMBIGUOUS_MARGIN of the tie), each pair's fit, and whether the pair may be proposed."""
        taken = {v[0] for v in self.assigned.values()} | {sp for sp, _ in self.known.values()} | self.covered
        open_texts = [s for s in self.fields if _narrated_text(s) and s.path not in taken]
        floor = min(self.assigned[m.path][1] for m in theirs if m.path in self.assigned) - 2 * AMBIGUOUS_MARGIN
        ours = list(
            dict.fromkeys(
                [self.assigned[m.path][0] for m in theirs if m.path in self.assigned]
                + [
                    s.path
                    for s in open_texts
                    if any((got := self._fit_as(m, s)) is not None and got[0] >= floor for m in theirs)
                ]
            )
        )
        fit: list[list[float | None]] = []
        proposable: list[list[bool]] = []
        for m in theirs:
            row: list[float | None] = []
            ok: list[bool] = []
            for sp in ours:
                got = self._fit_as(m, self.by_path[sp])
                row.append(got[0] if got is not None and got[0] >= floor else None)
                ok.append(row[-1] is not None and self.pair(m, self.by_path[sp]) is not None)
            fit.append(row)
            proposable.append(ok)
        return ours, fit, proposable

    def _fit_as(self, st: FieldStats, s: SpecField) -> tuple[float, str, float] | None:
        """Their field's fit as our field, when its place allows it and no name says which field it is."""
        if self._placement(st, s) is None:
            return None
        got = self._score(st, s)
        return got if got[0] > 0.0 and got[2] < NAME_EVIDENCE else None

    def _document_order(self) -> tuple[dict[str, float], list[list[str]]]:
        """Each path's mean place (0 first .. 1 last) among the paths of the records as written, depth first (a
        list's first item stands for its items), and each record's paths in the order written."""
        sums: dict[str, float] = {}
        counts: dict[str, int] = {}
        written: list[list[str]] = []
        elements = elements_read(self.tp)
        for sample in self.tp.samples[:RULE_SAMPLES]:
            seen: list[str] = []
            _walk_paths(sample, "", seen, elements)
            seen = list(dict.fromkeys(seen))
            written.append(seen)
            n = max(len(seen) - 1, 1)
            for k, p in enumerate(seen):
                sums[p] = sums.get(p, 0.0) + k / n
                counts[p] = counts.get(p, 0) + 1
        return {p: sums[p] / counts[p] for p in sums}, written

    def _keyed_lists(self) -> list[str]:
        """Their lists read by their elements' labels (`events[kind=asked]`), not by position."""
        if self.keyed is None:
            self.keyed = [lst for lst, (key, _) in elements_read(self.tp).items() if key is not None]
        return self.keyed

    def _order_disagrees(self, a: str, b: str, x: str, y: str) -> bool:
        by_path, tp, rank = self.by_path, self.tp, self.spec_rank
        if by_path[x].type in ("object", "array") or by_path[y].type in ("object", "array"):
            return False
        if _apart_in_elements((a, b), self._keyed_lists()):
            return False  # (different events or blocks of a log: their order is the log's, not the prompt's)
        if _parent_of(a) == _parent_of(b):  # siblings: their usual place in the object, not the first sight
            before = (self._position(a), tp.fields[a].first_seen) < (self._position(b), tp.fields[b].first_seen)
        else:
            before = tp.fields[a].first_seen < tp.fields[b].first_seen
        return before != (rank[x] < rank[y])

    def _position(self, path: str) -> float:
        """Where their field stands among its siblings, averaged over the samples (0 first .. 1 last; the
        first sample a field occurs in may lack a sibling, so its first sight alone can mislead)."""
        got = self.positions.get(path)
        if got is None:
            got = self.positions[path] = _sibling_position(self.tp.samples, path)
        return got

    # ---- the result ----------------------------------------------------------------------------------
    def report(self, crossed: dict[str, list[str]]) -> TypeMatch:
        """One FieldMatch per field of theirs (a table's keys are its data, reported with the table)."""
        tp = self.tp
        tm = TypeMatch(tp.data_type, tp.known, tp.records)
        for st in tp.ordered():
            if st.path.endswith("[]") or _parent_of(st.path) in self.mappings:
                continue
            if st.path in self.known:
                spec_path, how = self.known[st.path]
                tm.matches.append(FieldMatch(st.path, spec_path, how))
            elif st.path in self.assigned:
                tm.matches.append(self._proposal(st.path, crossed))
            else:
                tm.matches.append(FieldMatch(st.path, None, "unmatched", 0.0))
        return tm

    def _proposal(self, path: str, crossed: dict[str, list[str]]) -> FieldMatch:
        dst, score, evidence, name = self.assigned[path]
        how = "proposed"
        for src, obj in self.objects:
            if _within(path, src) and obj + path[len(src) :] == dst:
                how = "with_parent"  # moved by its object's line; the name is already ours
        if how != "proposed":
            return FieldMatch(path, dst, how, round(score, 2), evidence)
        # a rival fits this target about as well and is free, or could trade targets at no cost (one the best
        # assignment placed elsewhere, where it fits clearly better, is no rival); a named proposal has a rival
        # only in a free field named as well, or in the object of theirs that holds our target's siblings
        named = name >= NAME_EVIDENCE
        rivals = [
            t
            for (t, sp), (sc, _, t_name) in self.scores.items()
            if sp == dst
            and t != path
            and t not in self.assigned
            and (
                (sc >= score - AMBIGUOUS_MARGIN and (not named or t_name >= NAME_EVIDENCE))
                or (named and t_name >= NAME_EVIDENCE and sc >= MIN_SCORE)  # named alike, left with nothing
            )
        ]
        rivals = list(dict.fromkeys(rivals + crossed.get(path, []) + self._left_in_our_object(path, dst)))
        if rivals:
            evidence += f"; AMBIGUOUS with {', '.join(rivals)}: check it"
        elif not named and (alike := self._free_alike(path, dst, score)):
            evidence += f"; its values fit {', '.join(alike)} (nothing took it) as well: AMBIGUOUS, check it"
        elif not named:
            evidence += "; decided by value shape: no other field fits it as well"
        return FieldMatch(path, dst, how, round(score, 2), evidence)

    def _free_alike(self, path: str, dst: str, score: float) -> list[str]:
        """Spec fields nothing took that their field (proposed by value shape) fits about as well as `dst`; not an
        optional field when `dst` is required (a required field left empty rejects every record), nor one only
        read on input when `dst` is asked of generators."""
        taken = {v[0] for v in self.assigned.values()} | {sp for sp, _ in self.known.values()}
        d = self.by_path[dst]
        return [
            sp
            for (t, sp), (sc, _, _) in self.scores.items()
            if t == path
            and sp != dst
            and sp not in taken
            and not (d.required and not self.by_path[sp].required)
            and not (d.generated and not self.by_path[sp].generated)
            and sc >= score - AMBIGUOUS_MARGIN
            and self.by_path[sp].type == self.by_path[dst].type
            and self._placement(self.tp.fields[path], self.by_path[sp]) is not None
        ]

    def _left_in_our_object(self, path: str, dst: str) -> list[str]:
        """Fields nothing took inside the object of theirs matched to `dst`'s object, whose values could be
        `dst`, when `path` comes from outside it: the generator keeps an object's fields together."""
        s = self.by_path[dst]
        out: list[str] = []
        for their_obj, ours in self.objects:
            if not (s.parent.removesuffix("[]") == ours and not _within(path, their_obj)):
                continue
            sub = their_obj + ("[]" if self.by_path[ours].type == "array" else "")
            out += [
                c.path
                for c in _their_children(self.tp, sub)
                if c.path not in self.assigned
                and c.path not in self.known
                and shape_fit(self.tp, c, s, _spec_children(self.fields, s.path))[0] > 0.0
            ]
        return out

    def tables(self) -> set[str]:
        """Our lists that name -> value tables of theirs fill (the ingest expands them)."""
        return {self.assigned[p][0] for p in (*self.mappings, *self.read_whole) if p in self.assigned}


def _unread(path: str, by_path: dict[str, SpecField]) -> bool:
    """No role reads the spec field, nor the objects holding it (the generator's time stamp or pipeline version in
    our `training_metadata`): neither the training text, the quality gate nor a rule uses it."""
    while path:
        f = by_path.get(path)
        if f is not None and f.roles:
            return False
        path = _parent_of(path).removesuffix("[]")
    return True


def _leave_lone_bookkeeping(
    tm: TypeMatch, by_path: dict[str, SpecField], scores: dict[tuple[str, str], tuple[float, str, float]]
) -> None:
    """A proposal into one of our objects of a field nothing reads and whose values say nothing of it (a plain string:
    a time stamp, a pipeline version; not a number on a scale or a label) stands on a name that says which field it
    is, or on the generator filing it with others: in an object of theirs, or at their top level beside keys with
    the same first word (`run.at` beside `run.mt`). A lone key only half named like ours (a stamp the pipeline adds
    to every record) is the generator's own bookkeeping, and so is a field beside a wrapper that holds the rest of
    the record (`payload`: the envelope's), whatever its name. Left unmatched, such a field is kept as an extra all
    the same, where a wrong line would move it into the record's data."""
    wrapper = _record_wrapper(tm)
    for m in tm.matches:
        f = by_path.get(m.target or "")
        if (
            m.how != "proposed"
            or f is None
            or not f.parent
            or f.required
            or _telling_values(f)  # (a number on a scale, a label, a length: its values are evidence of their own)
            or not _unread(f.path, by_path)
        ):
            continue
        mine = _parent_of(m.source)
        first = _first_word(_leaf(m.source))
        filed = any(  # (matched or not: the generator keeps such a field with others of its kind)
            o is not m
            and (
                (mine and _parent_of(o.source) == mine)
                or (not mine and not _parent_of(o.source) and first and _first_word(_leaf(o.source)) == first)
            )
            for o in tm.matches
        )
        named = (scores.get((m.source, f.path)) or (0.0, "", 0.0))[2] >= NAMED
        beside = wrapper is not None and not _within(m.source, wrapper)
        if (filed or named) and not beside:
            continue
        m.target, m.how, m.score = None, "unmatched", 0.0
        m.evidence = (
            f"beside {wrapper}, which holds the record: the envelope's own, not {f.path}"
            if beside
            else f"fits {f.path} by half a name, a key the generator files with no other: the generator's own"
        )


#: a top-level object of theirs holding at least this share of the fields matched to ours wraps the record's data
WRAPPER_SHARE = 0.9


def _record_wrapper(tm: TypeMatch) -> str | None:
    """Their top-level object that holds (nearly) every field matched to ours (`payload`): what stands beside it
    describes the record (the envelope), it is not part of it. None when the record's fields are not so wrapped."""
    placed = [m.source for m in tm.matches if m.target and m.how != "wrapper"]
    tops: dict[str, int] = {}
    for src in placed:
        if _parent_of(src):
            tops[_top(src)] = tops.get(_top(src), 0) + 1
    if not tops:
        return None
    top, n = max(tops.items(), key=lambda kv: kv[1])
    return top if n >= WRAPPER_SHARE * len(placed) and n >= 3 else None


def _pivot_pairs(tm: TypeMatch, tp: TypeProfile) -> None:
    """A pair list some of whose labels were matched as fields of ours (`metrics[key=qa].value:
    quality_score`, `traits[name=openness].value: ocean.openness`: a line per pair) is read through those
    lines: the list and its two members are wrappers, not fields of their own, and so is what the value member
    holds read as the list's items (`calls[].args.line`: every label's values mixed, as under a keyed list)."""
    lists = {st.pair_of for st in tp.fields.values() if st.pair_of is not None}
    used = {
        st.pair_of or st.keyed_of or ""
        for m in tm.matches
        if m.target
        and m.how == "proposed"
        and (st := tp.fields.get(m.source)) is not None
        and (st.pair_of or _keyed_under_label(tp, st))
    }
    outer = list(used)
    while outer:  # a pair list read inside a label of another (`pages[page=reply].rows`): the other is read too
        st = tp.fields.get(outer.pop())
        if st is not None and st.pair_of is not None and st.pair_of not in used:
            used.add(st.pair_of)
            outer.append(st.pair_of)
    for m in tm.matches:
        owner = m.source if m.source in lists else m.source.partition("[]")[0]
        if owner in used and (m.source == owner or m.source.startswith(owner + "[].")):
            m.target, m.how = None, "wrapper"


def _keyed_under_label(tp: TypeProfile, st: FieldStats) -> bool:
    """A field of a keyed list that is itself a label's value of a pair list (`pages[page=reply].rows[code=line]
    .value`, profile._nested_keyed): read through its line, the pair list holding it is read too."""
    lst = tp.fields.get(st.keyed_of or "")
    return lst is not None and lst.pair_of is not None


def _lists_by_items(tm: TypeMatch, tp: TypeProfile) -> None:
    """A list of theirs nothing took whose items' fields are proposed as the items' fields of one list of ours, and
    of no other, is that list (`calls[].args.style: response_options[].type`: each item a logged call wrapping what
    we call an option): the ingest reads the items' lines only through the list's own line."""
    into: dict[str, set[str]] = {}
    scores: dict[str, list[float]] = {}
    for m in tm.matches:
        if m.how == "proposed" and m.target and "[]" in m.source and "[]" in m.target:
            theirs = m.source.split("[]", 1)[0]
            into.setdefault(theirs, set()).add(m.target.split("[]", 1)[0])
            scores.setdefault(theirs, []).append(m.score)
    taken = {m.target for m in tm.matches if m.target}
    claimed = Counter(ours for targets in into.values() for ours in targets)
    for m in tm.matches:
        targets = into.get(m.source)
        st = tp.fields.get(m.source)
        if m.how != "unmatched" or not targets or len(targets) != 1 or st is None or st.main_type != "array":
            continue
        (ours,) = targets
        if ours in taken or claimed[ours] > 1:
            continue
        m.target, m.how, m.score = ours, "proposed", min(scores[m.source])
        m.evidence = f"its items' fields are proposed as the fields of our {ours}'s items"
        taken.add(ours)


def _mark_wrappers(tm: TypeMatch, tp: TypeProfile) -> None:
    """An object of theirs left behind once all its fields moved out is only a wrapper."""
    targets = {m.source: m.target for m in tm.matches}
    for m in tm.matches:
        if m.how == "unmatched" and tp.stats(m.source).main_type == "object":
            kids = [k for k in targets if _parent_of(k) == m.source]
            if kids and all(targets[k] for k in kids):
                m.how = "wrapper"


def _note_partial(tm: TypeMatch, tp: TypeProfile, fields: list[SpecField]) -> None:
    """The share of samples holding each required field, when below all (under any of the names matched)."""
    sources: dict[str, list[str]] = {}
    for m in tm.matches:
        if m.target:
            sources.setdefault(m.target, []).append(m.source)
    for f in fields:
        if f.required and f.path in sources and tp.records:
            share = tp.holding_any(sources[f.path]) / tp.records
            if share < 1.0:
                tm.partial[f.path] = share


def _note_missing(tm: TypeMatch, fields: list[SpecField], tables: set[str]) -> None:
    """Required spec fields nothing fits (a required child counts only when its parent is there)."""
    have = {m.target for m in tm.matches if m.target}
    for f in fields:
        if (
            not f.required
            or f.path in have
            or any(_within(h, f.path) for h in have)
            or any(_within(f.path, t) for t in tables)
        ):
            continue
        parent = f.parent.removesuffix("[]")
        if parent == "" or parent in have:
            tm.missing.append(f)


def _eliminate(tm: TypeMatch, tp: TypeProfile) -> None:
    """Last resort, by elimination: a required field nothing fits, and exactly one field of its kind left."""
    for f in list(tm.missing):
        if f.type in ("object", "array"):
            continue
        left = [m for m in tm.matches if m.how == "unmatched" and _could_be(tm, tp, m, f)]
        if len(left) == 1:
            m = left[0]
            shape, evidence = shape_fit(tp, tp.stats(m.source), f, [])
            m.target, m.how, m.score = f.path, "proposed", round(0.55 * shape, 2)
            m.evidence = (
                f"{evidence}; chosen by elimination (the one {f.type} field left for a required field): "
                "AMBIGUOUS, check it"
            )
            tm.missing.remove(f)


def _could_be(tm: TypeMatch, tp: TypeProfile, m: FieldMatch, f: SpecField) -> bool:
    """An unmatched field of theirs could be `f`: as deep in lists, values that fit, and in a place that fits
    (our top level, their top level, or inside the object of theirs matched to f's parent)."""
    st = tp.stats(m.source)
    if m.source.count("[]") != f.path.count("[]") or _names_the_type(st, tp.data_type) or st.identifier():
        return False
    if st.keyed_of is not None and st.numeric() and m.source in element_counters(tp):
        return False  # (an event's number in its log: its place, no value)
    fit = shape_fit(tp, st, f, [])[0]
    if fit <= 0.0 or (fit <= WEAKEST_FIT and st.mean_words <= 1.0):
        return False  # (one-word labels where our sentence goes: no evidence, and the guard should name the field)
    their_parent = _parent_of(m.source).removesuffix("[]")
    our_parent = f.parent.removesuffix("[]")
    return (
        f.parent == ""
        or their_parent == ""
        or any(x.source == their_parent and x.target == our_parent for x in tm.matches)
    )


_Change = list[tuple[FieldMatch, str]]  # (their field, its new target) for each field an alternative moves
_SCALAR = ("number", "integer", "string")


@dataclass
class _RuleContext:
    """What the rule settlement reads: the pair scores, the spec fields, the paths as written and their narrated
    texts left unmatched that a text field a rule reads may take."""

    tm: TypeMatch
    scores: dict[tuple[str, str], tuple[float, str, float]]
    by_path: dict[str, SpecField]
    back: dict[str, str]
    narrations: frozenset[str] = frozenset()
    #: their path -> the records holding it
    held: dict[str, int] = field(default_factory=dict)
    #: lines a form would place for a list a rule reads (`_form_lines`), read with the map's own
    formed: dict[str, str] = field(default_factory=dict)

    def name(self, m: FieldMatch, dst: str) -> float | None:
        """The name similarity of their field to `dst`, when its values could be `dst`'s (same JSON type)."""
        v = self.scores.get((m.source, dst))
        if not v or v[0] <= 0 or self.by_path[dst].type != self.by_path[m.target or dst].type:
            return None
        return v[2]

    def allowed(self, change: _Change) -> bool:
        return all(self.name(m, dst) is not None for m, dst in change)

    def total(self, change: _Change) -> float:
        """The summed pair scores after the change (a tie between two alternatives goes to the better fit)."""
        moved = {id(m): dst for m, dst in change}
        return sum(
            (self.scores.get((m.source, dst)) or (0.0,))[0]
            for m in self.tm.matches
            if not ((dst := moved.get(id(m), m.target or "")) and _input_only(self.by_path[dst]))
        )

    def lines(self, change: _Change) -> dict[str, str]:
        # (the configured lines too: a form's lines fixed for a second reading fill a list a rule reads)
        fixed = {m.source: m.target for m in self.tm.by_how("config") if m.target and m.source != m.target}
        out = {_as_written(self.back.get(k, k)): v for k, v in {**fixed, **self.tm.map_lines()}.items()}
        out = {**self.formed, **out}
        for m, dst in change:
            src = _as_written(self.back.get(m.source, m.source))
            if dst:
                out[src] = dst
            else:  # (a proposal another field of theirs replaces: no line of its own)
                out.pop(src, None)
        return out


def _rule_read(f: SpecField) -> bool:
    """A spec field the records' checks read: a Master Truths rule's input or the quality score."""
    return bool({"rule", "score"} & set(f.roles))


def _swaps(ctx: _RuleContext, props: list[FieldMatch]) -> list[_Change]:
    """Two proposals exchange targets. A quality score may swap with any proposal of its kind (a relationship
    score and a quality score are both 0-1 numbers); a rule input only with another rule input (a number a
    rule would reject is not silenced by moving it to a field no rule reads)."""
    by_path = ctx.by_path
    partners = [
        m
        for m in ctx.tm.matches
        if m.how == "proposed" and m.target and m not in props and by_path[m.target].type in _SCALAR
    ]
    out: list[_Change] = []
    for i, a in enumerate(props):
        others = props[i + 1 :] + (partners if "score" in by_path[a.target or ""].roles else [])
        for b in others:
            change = [(a, b.target or ""), (b, a.target or "")]
            if ctx.allowed(change):
                out.append(change)
    return out


def _moves(ctx: _RuleContext, props: list[FieldMatch], free: list[str]) -> list[_Change]:
    """One proposal moves to a rule field nothing took. A missing input fails no rule, so a move must not argue
    a field away from a name that fits it: only between names within NAME_MARGIN, and never off a required field."""
    out: list[_Change] = []
    for a in props:
        ax = ctx.name(a, a.target or "")
        if ctx.by_path[a.target or ""].required or ax is None:
            continue
        out += [[(a, u)] for u in free if (au := ctx.name(a, u)) is not None and au >= ax - NAME_MARGIN]
    return out


def _adoptions(ctx: _RuleContext, free: list[str]) -> list[_Change]:
    """A narrated text nothing took goes to a text field a rule reads that nothing took (the sentence saying how the
    answer keeps within the character's capacity, which the X+2 rule asks of a record whose support needed exceeds
    it): its values alone are no proof, so only the records' rules (halving the records failing) propose it."""
    texts = [f for f in free if ctx.by_path[f].type == "string"]
    return [
        [(m, f)]
        for m in ctx.tm.matches
        if m.how == "unmatched" and m.source in ctx.narrations
        for f in texts
        if ctx.name(m, f) is not None
    ]


#: a change judged above the records failing whatever its fields hold (`_best_change`) finds the map failing on this
#: share of the records checked above that floor: a right field fails there only on its own planted defects
FLOOR_SHARE = 0.25
#: a replacement spares at least this many of the records checked, and this share of them: a right map fails on its
#: planted defects alone, and the rules reading one field (a quality threshold, a weight) catch one or two records
#: per type and folder in every family (measured over tuning, heldout, fresh..fresh8, probe); a field that never
#: drops below the threshold (a top_p of 0.8-0.95) put in the real score's place spares just those
REPLACED_SPARE = 3
REPLACED_SHARE = 0.1


def _drops(change: _Change) -> bool:
    """The change leaves a proposal with no line (a replacement)."""
    return any(not dst for _, dst in change)


def _replacements(ctx: _RuleContext, props: list[FieldMatch]) -> list[_Change]:
    """A number nothing took takes a rule field from the proposal that holds it on its values alone, which then
    has no line (a sampling temperature, 0.2-0.9, on a 0-1 score while the real score, "74%" with one planted
    84 beside, was left out). Names cannot choose between two numbers on one scale; the records' rules can: the
    real field fails only on its planted defects, the other on every record whose value breaks the rule. Never
    against a name (the incumbent named like nothing of ours, the newcomer named no worse), and only by a field
    held by about as many records (a field few records hold spares the others every rule by its absence)."""
    by_path, held = ctx.by_path, ctx.held
    loose = [m for m in ctx.tm.matches if m.how == "unmatched" and m.source in held]

    def weak(m: FieldMatch) -> float | None:
        """Its name similarity when it holds a number field on its values alone, else None."""
        x = ctx.name(m, m.target or "")
        numeric = by_path[m.target or ""].type in ("number", "integer")
        return x if numeric and x is not None and x < NAME_EVIDENCE else None

    def takes(m: FieldMatch, dst: str, x: float, other: FieldMatch) -> bool:
        """`m` may take `dst` from `other` (whose name similarity there is x); one held by fewer records is judged
        on the records holding it (`_held_by_fewer`)."""
        mx = ctx.name(m, dst)
        return mx is not None and mx >= x - NAME_MARGIN and held.get(m.source, 0) >= FEWER * held.get(other.source, 0)

    out: list[_Change] = []
    for a in props:
        ax = weak(a)
        if ax is None:
            continue
        for u in loose:
            if not takes(u, a.target or "", ax, a):
                continue
            out.append([(u, a.target or ""), (a, "")])
            # (or `a` moves on to the field of another such proposal, which has no line then: the real score on the
            # weight and a temperature on the score; the weight's own field takes the weight)
            for b in props:
                bx = weak(b) if b is not a else None
                if bx is not None and takes(a, b.target or "", bx, b):
                    out.append([(u, a.target or ""), (a, b.target or ""), (b, "")])
    return out


def _rotations(ctx: _RuleContext, props: list[FieldMatch], free: list[str]) -> list[_Change]:
    """Three proposals pass their targets round (a takes b's, b takes c's, c takes a's), or along a chain
    whose last one takes a free rule field and whose first one leaves an optional field (raw capacity on
    effective, effective on support needed, support needed on support provided: each one step off)."""
    out: list[_Change] = []
    for a, b, c in itertools.permutations(props, 3):
        if id(a) > id(b) or id(a) > id(c):  # each cycle once (its smallest member first)
            continue
        ta, tb, tc = a.target or "", b.target or "", c.target or ""
        change = [(a, tb), (b, tc), (c, ta)]
        if ctx.allowed(change):
            out.append(change)
    for a, b in itertools.permutations(props, 2):  # the chain of two: b leaves its optional field for a's
        if ctx.by_path[b.target or ""].required or (ctx.name(b, b.target or "") or 0.0) >= NAME_EVIDENCE:
            continue
        for u in free:
            change = [(a, u), (b, a.target or "")]
            if ctx.allowed(change):
                out.append(change)
    for a, b, c in itertools.permutations(props, 3):
        if ctx.by_path[c.target or ""].required or (ctx.name(c, c.target or "") or 0.0) >= NAME_EVIDENCE:
            continue  # the chain leaves c's field empty: never a required one, nor one its name fits
        for u in free:
            change = [(a, u), (b, a.target or ""), (c, b.target or "")]
            if ctx.allowed(change):
                out.append(change)
    return out


def _settle_by_rules(
    tm: TypeMatch,
    samples: list[dict[str, Any]],
    domain: Spec,
    scores: dict[tuple[str, str], tuple[float, str, float]],
    by_path: dict[str, SpecField],
    back: dict[str, str],
    narrations: frozenset[str] = frozenset(),
    held: dict[str, int] | None = None,
    formed: dict[str, str] | None = None,
) -> None:
    """Proposals for fields the records' checks read (base vs effective capacity, support needed vs provided,
    quality vs another 0-1 score) are checked against the records (rule_evidence.failing_records).

    A change (a swap of two, a move to a rule field nothing took, three passed round, a swap or move with a
    move) is made when it at least halves the failing sample records, up to SETTLE_ROUNDS times. A map that is
    right already fails only on the records' own defects, and moving one of its fields away spares just the
    few defects that field's rules catch."""
    from .rule_evidence import failing_records

    ctx = _RuleContext(tm, scores, by_path, back, narrations, held or {}, formed or {})

    checked = min(len(samples), RULE_SAMPLES)

    def filled(change: _Change) -> set[str]:
        """The spec paths the map fills after the change (an object is filled by a line for one of its parts)."""
        moved = {id(m): dst for m, dst in change}
        have = {t for m in tm.matches if (t := moved.get(id(m), m.target))}
        return have | {p for t in have for p in by_path if _within(t, p)}

    # a required field the map fills now must stay filled (one nothing fills is missing whatever the change)
    needed = [
        f.path for f in by_path.values() if f.required and not f.parent and _rule_read(f) and f.path in filled([])
    ]

    before = _holding(tm, [], held or {})

    def empties(change: _Change) -> bool:
        """A required field left unfilled, or filled by a field of theirs missing from GAPPED of the records that hold
        the one it replaces, GAPPED_RECORDS at least (a field written only now and then: the records without it would
        be rejected, or the build stop, and they fail no rule for it)."""
        have, after = filled(change), _holding(tm, change, held or {})
        return any(
            p not in have
            or (
                p in before
                and after.get(p, 0) < (1.0 - GAPPED) * before[p]
                and before[p] - after.get(p, 0) >= GAPPED_RECORDS
            )
            for p in needed
        )

    def trades_down(change: _Change) -> bool:
        """The change empties a rule input the generator is asked for and fills only inputs read on input alone
        (`generate: false`): an emptied input runs no rule, so its records stop failing whatever their values;
        a field generators write gives way to one they usually leave out only on a name, never on fewer failures."""
        before, after = filled([]), filled(change)
        lost = [p for p in before - after if _rule_read(by_path[p]) and by_path[p].generated]
        gained = [p for p in after - before if _rule_read(by_path[p])]
        return bool(lost) and bool(gained) and not any(by_path[p].generated for p in gained)

    def failing(change: _Change) -> int:
        if empties(change) or trades_down(change):
            return checked + 1  # a required field left empty (every record rejected), or a trade down: worse than any
        where = _failing_where_held(ctx, change, samples, domain)  # (a newcomer held by fewer records)
        lines = ctx.lines(change)
        return failing_records(samples, tm.data_type, lines, domain, RULE_SAMPLES) if where is None else where

    floor = _floor_of(ctx, samples, domain, filled)
    bar = max(REPLACED_SPARE, REPLACED_SHARE * checked)  # what a dropped proposal must spare (`_or_left_empty` too)
    saved = [(m, m.target) for m in tm.matches]
    start = now = failing([])
    steps: list[tuple[_Change, int]] = []
    formula = _formula_change(ctx, samples, domain)
    if formula is not None:
        now = _apply_formula(ctx, formula, failing)
        steps.append((formula, now))
    tried: list[tuple[int, float, _Change]] = []
    alike: dict[int, list[str]] = {}  # an adopted text -> the other texts the rules would take as well
    for _ in range(SETTLE_ROUNDS):
        tried = _alternatives(ctx, failing, bar)
        # a replacement must spare more records than the planted defects of one field: see `_replacements`
        fair = [t for t in tried if not _drops(t[2]) or now - t[0] >= bar]
        # a map that fills the empty required field is better than none, however many planted defects fail
        step = (
            _best_change(fair, now, now > checked, floor, checked)
            or _best_adoption(fair, now)
            or _best_trade_up(ctx, failing, now, {id(m): t for m, t in saved})
        )
        if step is None:
            break
        change, n = step
        if _adopts(change):
            m, dst = change[0]
            alike[id(m)] = [
                alt[0][0].source
                for k, _, alt in tried
                if _adopts(alt) and alt[0][1] == dst and alt[0][0] is not m and k <= n
            ]
        _apply_change(ctx, change)
        steps.append(step)
        now = n
    if steps:
        tried = _alternatives(ctx, failing, bar)  # what the confirmation below compares with: the map as it now is
        _note_settled(steps, saved, alike, tried, scores, (start, now, checked))
        _note_unread_landings(tm, saved, scores, by_path)
    _confirm_by_rules(tm, tried, now, checked)


def _note_settled(
    steps: list[tuple[_Change, int]],
    saved: list[tuple[FieldMatch, str | None]],
    alike: dict[int, list[str]],
    tried: list[tuple[int, float, _Change]],
    scores: dict[tuple[str, str], tuple[float, str, float]],
    counts: tuple[int, int, int],
) -> None:
    """The evidence of the proposals the records' rules moved (`counts`: failing records before, after, checked)."""
    start, now, checked = counts
    for change, _ in steps:
        for m, _ in change:
            m.evidence = _AMBIGUOUS.sub("", m.evidence)  # the records settled what names and values could not
    for m, target in saved:
        if m.target != target:
            m.evidence += (
                f"; {RULES_DECIDE}: {now} of {checked} fail with this map,"
                f" {min(start, checked)} with {m.source} -> {target}"
            )
        rivals = alike.get(id(m)) or (_untold(m, tried, now, scores) if m.target != target else [])
        if rivals:
            m.evidence += f"; AMBIGUOUS with {', '.join(rivals)}: check it"


def _note_unread_landings(
    tm: TypeMatch,
    saved: list[tuple[FieldMatch, str | None]],
    scores: dict[tuple[str, str], tuple[float, str, float]],
    by_path: dict[str, SpecField],
) -> None:
    """A proposal the records' rules moved onto a field no rule reads (the other half of a swap that took a rule
    field from it) was told by the rules only what it is not: no rule read it where it landed, so it stays AMBIGUOUS
    with the fields nothing took that fit there as well, and `_written_first` may still choose by place. Witnesses:
    fresh10 seed 3 (Tallinn) and fresh20 seeds 10 and 22 (Dhivehi), a second judge's mark swapped off the tension
    score onto the hook effectiveness, beside the effectiveness mark written before it."""
    for m, target in saved:
        f = by_path.get(m.target or "")
        if m.target == target or m.how != "proposed" or f is None or _rule_read(f) or _RIVALS.search(m.evidence):
            continue
        fits = {o.source: scores.get((o.source, f.path), (0.0, "", 0.0))[0] for o in tm.matches if o.how == "unmatched"}
        rivals = [r for r, fit in fits.items() if fit > 0.0 and fit >= m.score - AMBIGUOUS_MARGIN]
        if rivals:
            m.evidence += f"; AMBIGUOUS with {', '.join(rivals)}: check it"


#: the capacity formula holds with a base and an effective capacity in at least this share of the records it can be
#: checked on: an equation kept exactly that often is the generator's own arithmetic, not chance
FORMULA_SHARE = 0.8


def _formula_change(ctx: _RuleContext, samples: list[dict[str, Any]], domain: Spec) -> _Change | None:
    """Base and effective capacity settled by the capacity formula itself (effective = base + the factors' impacts)
    when the map's pair breaks it in most records and exactly one pair of their numbers keeps it in FORMULA_SHARE of
    them. Counting failing records cannot get there when several numbers on one scale are crossed at once (the
    sheets of a dossier shuffled per record: base, effective, support needed, a score and a second mark all "x out
    of 10"): every record fails some rule under each single swap, so no swap halves the failures; the formula tells
    its own two inputs apart on its own. The two fields they leave take the places the pair held; only proposals
    made on values alone give way."""
    from .rule_evidence import base_readings, formula_inputs
    from .rules import formula_holds
    from .settings import InteractionsConfig

    tm, by_path = ctx.tm, ctx.by_path
    t = domain.types.get(tm.data_type)
    if t is None:
        return None
    base_p = next((p for p in t.roles.capacity.get("base", ()) if p in by_path), None)
    eff_p = next((p for p in t.roles.capacity.get("effective", ()) if p in by_path), None)
    holders = {m.target: m for m in tm.matches if m.target in (base_p, eff_p)}
    if base_p is None or eff_p is None or len(holders) < 2:
        return None
    if any(m.how != "proposed" or (ctx.name(m, m.target or "") or 0.0) >= NAME_EVIDENCE for m in holders.values()):
        return None  # a name or the user's map placed one of them: not a shape-only guess to overturn
    tol = InteractionsConfig().capacity_tolerance
    cands = [
        m
        for m in tm.matches
        if m.how in ("proposed", "unmatched")
        and (ctx.name(m, base_p) or 0.0) < NAME_EVIDENCE
        and ctx.name(m, base_p) is not None
        and ctx.name(m, eff_p) is not None
    ]
    mapped = formula_inputs(samples, tm.data_type, ctx.lines([]), domain, RULE_SAMPLES)
    checked = [(b, e, i) for b, e, i in mapped if b is not None and e is not None and i is not None]
    if not checked or 2 * sum(formula_holds(b, i, e, tol) for b, e, i in checked) >= len(checked):
        return None  # the map's pair keeps the formula in half the records or more: the failure counts decide
    written = {id(m): _as_written(ctx.back.get(m.source, m.source)) for m in cands}
    read = base_readings(samples, tm.data_type, list(written.values()), domain, RULE_SAMPLES)
    keeping = []
    for a, b in itertools.permutations(cands, 2):
        xs, ys = read[written[id(a)]], read[written[id(b)]]
        both = [
            (x, y, i[2])
            for x, y, i in zip(xs, ys, mapped, strict=True)
            if x is not None and y is not None and i[2] is not None
        ]
        if 2 * len(both) < len(mapped) or len(both) < MIN_DIALECT_RECORDS:
            continue  # (held by too few records to speak for the type)
        if sum(formula_holds(x, i, y, tol) for x, y, i in both) >= FORMULA_SHARE * len(both):
            keeping.append((a, b))
    if len(keeping) != 1:
        return None  # none, or two pairs the formula cannot tell apart
    a, b = keeping[0]
    change: _Change = [(a, base_p), (b, eff_p)]
    left = [t for t in (a.target, b.target) if t and t not in (base_p, eff_p)]
    for m in holders.values():
        if m is a or m is b:
            continue
        dst = next((t for t in left if ctx.name(m, t) is not None), "")
        left = [t for t in left if t != dst]
        change.append((m, dst))
    return change


def _apply_formula(ctx: _RuleContext, change: _Change, failing: Callable[[_Change], int]) -> int:
    """Make the formula's change (`_formula_change`), say so on the pair it placed; the failing records after it."""
    _apply_change(ctx, change)
    for m, dst in change[:2]:
        m.evidence += f"; the capacity formula holds with it as {dst}"
    return failing([])


def _untold(
    m: FieldMatch,
    tried: list[tuple[int, float, _Change]],
    now: int,
    scores: dict[tuple[str, str], tuple[float, str, float]],
) -> list[str]:
    """The fields nothing took that fit the field the records' rules moved `m` into as well as `m` does and fail
    there not clearly more (`_clearly_more`): the rules chose among the fields they moved, not between `m` and these
    (a confidence beside the score on one scale spares the score's own planted low-quality records, no more), so the
    proposal stays AMBIGUOUS with them and `_written_first` may still choose by place. Witness: fresh11 seed 4, where
    the rules moved a confidence onto the tension score away from an effectiveness mark that fails three records,
    and the score written first beside it went unread."""
    out: list[str] = []
    for n, _, alt in tried:
        if _clearly_more(n, now):
            continue
        for r, dst in alt:
            fit = scores.get((r.source, dst), (0.0, "", 0.0))[0]
            if dst == m.target and r.how == "unmatched" and fit >= m.score - AMBIGUOUS_MARGIN:
                out += [r.source] if r.source not in out else []
    return out


def _floor_of(
    ctx: _RuleContext, samples: list[dict[str, Any]], domain: Spec, filled: Callable[[_Change], set[str]]
) -> Callable[[_Change], int | None]:
    """floor(change): the records failing with every field the change touches unmapped, when the change leaves each
    of them filled (a swap, a replacement, a rotation), else None: what no choice among those fields can spare
    (`filled(change)`: the spec paths the map fills after the change)."""
    from .rule_evidence import failing_records

    floors: dict[frozenset[str], int] = {}

    def floor(change: _Change) -> int | None:
        touched = {m.target for m, _ in change if m.target} | {dst for _, dst in change if dst}
        left = touched - filled(change)  # (an input-only field left empty is settled as a filled one: `_or_left_empty`)
        if any(not _input_only(ctx.by_path[p]) for p in left) or _held_by_fewer(ctx, change) is not None:
            return None
        key = frozenset(touched)
        if key not in floors:
            lines = {k: v for k, v in ctx.lines([]).items() if v not in key}
            floors[key] = failing_records(samples, ctx.tm.data_type, lines, domain, RULE_SAMPLES)
        return floors[key]

    return floor


def _held_by_fewer(ctx: _RuleContext, change: _Change) -> str | None:
    """The path as written of the field a replacement brings in when fewer than PRESENT of the records holding the
    field it replaces hold it, else None. Its absence would spare the other records every rule reading that field,
    so the replacement counts only the records it spares where it is written."""
    if not _drops(change):
        return None
    most = max(ctx.held.get(m.source, 0) for m, dst in change if not dst)
    for m, dst in change:
        if dst and m.how == "unmatched" and ctx.held.get(m.source, 0) < PRESENT * most:
            return ctx.back.get(m.source, m.source)
    return None


def _failing_where_held(ctx: _RuleContext, change: _Change, samples: list[dict[str, Any]], domain: Spec) -> int | None:
    """The failing records after a replacement by a field held by fewer records (`_held_by_fewer`), else None: today's
    failures less the records it spares among those holding it, scaled to all the records checked (the share it
    spares where it is written, not the records its absence spares elsewhere)."""
    from .rule_evidence import failing_records

    path = _held_by_fewer(ctx, change)
    if path is None:
        return None
    checked = samples[:RULE_SAMPLES]
    holding = [s for s in checked if value_at(s, path) is not None]
    now = failing_records(checked, ctx.tm.data_type, ctx.lines([]), domain, RULE_SAMPLES)
    if not holding:
        return len(checked) + 1
    spared = failing_records(holding, ctx.tm.data_type, ctx.lines([]), domain, RULE_SAMPLES) - failing_records(
        holding, ctx.tm.data_type, ctx.lines(change), domain, RULE_SAMPLES
    )
    return now - round(spared * len(checked) / len(holding))


def _holding(tm: TypeMatch, change: _Change, held: dict[str, int]) -> dict[str, int]:
    """Spec path -> the records holding the field of theirs the map puts there after the change (`held`: their
    path -> records holding it)."""
    moved = {id(m): dst for m, dst in change}
    out: dict[str, int] = {}
    for m in tm.matches:
        t = moved.get(id(m), m.target)
        if t and m.source in held:
            out[t] = max(out.get(t, 0), held[m.source])
    return out


def _adopts(change: _Change) -> bool:
    """The change gives a text nothing took a field (see `_adoptions`)."""
    return len(change) == 1 and change[0][0].how == "unmatched"


def _best_adoption(tried: list[tuple[int, float, _Change]], now: int) -> tuple[_Change, int] | None:
    """The adoption that spares a quarter of the failing records or more (two at least), best fit first. A text in
    an empty field a rule asks for makes no record fail that passed, so it needs no halving: the records it spares
    are those that failed for want of it alone (the planted defects fail either way)."""
    good = [t for t in tried if _adopts(t[2]) and t[0] <= now - max(2, now // 4)]
    if not good:
        return None
    n, _, alt = max(good, key=lambda t: (t[1], -t[0]))
    return alt, n


def _trades_up(ctx: _RuleContext, saved: dict[int, str | None]) -> list[_Change]:
    """Each proposal on a field read on input only (`_input_only`) moved onto a rule input generators are asked for
    and of its JSON type, leaving the input-only field empty: that input free, or held by a proposal the records'
    rules themselves moved there this settlement (`saved`: id -> the target before it), which is dropped. Only where
    no name decides (each below NAME_EVIDENCE). A holder the names and values placed there stays: fresh27's Osmanya
    writer writes the support it gives beside the need, both on one scale, and the need held its own field."""
    by_path = ctx.by_path

    def weak(m: FieldMatch, dst: str) -> bool:
        x = ctx.name(m, dst)
        return x is not None and x < NAME_EVIDENCE

    holder = {m.target: m for m in ctx.tm.matches if m.target}
    out: list[_Change] = []
    for m in ctx.tm.matches:
        if m.how != "proposed" or not m.target or not _input_only(by_path[m.target]) or not weak(m, m.target):
            continue
        for dst, f in by_path.items():
            if _input_only(f) or not _rule_read(f) or f.type != by_path[m.target].type or not weak(m, dst):
                continue
            x = holder.get(dst)
            if x is None:
                out.append([(m, dst)])
            elif x.how == "proposed" and weak(x, dst) and saved.get(id(x)) != dst:
                out.append([(m, dst), (x, "")])
    return out


def _best_trade_up(
    ctx: _RuleContext, failing: Callable[[_Change], int], now: int, saved: dict[int, str | None]
) -> tuple[_Change, int] | None:
    """A number placed on values alone in a field generators are not asked for (`generate: false`: the support a
    response gives) moves to a rule input they are asked for, where another number stands on values alone or none,
    when the records' rules lean that way without halving the failures (the change fails fewer records; fresh22's
    Gujarati writer, whose support given traded its need out at equal failures, writes both). The rules can show a
    number in the input-only field is wrong, never that it belongs there (`_or_left_empty`), and a writer not asked
    for it rarely writes it. Witness: fresh23's Cuttack multi-step, the need question on the support provided and
    a grader's certainty on the support needed. The fewest failing first, then the better fit."""
    good = [(n, ctx.total(alt), alt) for alt in _trades_up(ctx, saved) if (n := failing(alt)) < now]
    if not good:
        return None
    n, _, alt = min(good, key=lambda t: (t[0], -t[1]))
    return alt, n


def _clearly_more(n: int, now: int) -> bool:
    """n failing records are clearly more than the map's `now` (half as many again, two at least): what a rival
    must fail for the records' rules to tell the map from it."""
    return n >= now + max(2, now // 2)


def _confirm_by_rules(tm: TypeMatch, tried: list[tuple[int, float, _Change]], now: int, checked: int) -> None:
    """A proposal marked AMBIGUOUS whose every named rival was tried in its place, and every such try makes
    clearly more records fail (half as many again, two at least), is what the records' rules say: the mark
    goes."""
    for m in tm.matches:
        _confirm_target(m, tried, now, checked)
        hit = _RIVALS.search(m.evidence)
        if m.how != "proposed" or hit is None:
            continue
        rivals = set(_rival_names(hit.group(0)))
        involving = [(n, alt) for n, _, alt in tried if any(x is m for x, _ in alt)]
        covered = {x.source for _, alt in involving for x, _ in alt if x is not m}
        if not involving or not rivals <= covered:
            continue
        if all(_clearly_more(n, now) for n, _ in involving):
            fewest = min(n for n, _ in involving)
            m.evidence = _AMBIGUOUS.sub("", m.evidence) + (
                f"; the records' rules confirm it: {now} of {checked} fail with this map, at least {fewest} with"
                " any rival in its place"
            )


def _confirm_target(m: FieldMatch, tried: list[tuple[int, float, _Change]], now: int, checked: int) -> None:
    """A proposal marked AMBIGUOUS because its values fit a free field as well: when the records' rules tried
    it in every such field and each try makes clearly more records fail, the rules decide and the mark goes."""
    hit = _ALIKE.search(m.evidence)
    if m.how != "proposed" or hit is None:
        return
    alike = set(hit.group(1).split(", "))
    moves = {dst: n for n, _, alt in tried if len(alt) == 1 and alt[0][0] is m for dst in (alt[0][1],)}
    if alike <= set(moves) and all(_clearly_more(moves[a], now) for a in alike):
        m.evidence = _ALIKE.sub("", m.evidence) + (
            f"; the records' rules confirm it: {now} of {checked} fail with this map, at least"
            f" {min(moves[a] for a in alike)} with it in {', '.join(sorted(alike))}"
        )


def _alternatives(
    ctx: _RuleContext, failing: Callable[[_Change], int], bar: float = 0.0
) -> list[tuple[int, float, _Change]]:
    """Every change tried, with its failing records and summed fit (`bar`: what leaving a field empty must spare,
    `_or_left_empty`)."""
    tm, by_path = ctx.tm, ctx.by_path
    props = [m for m in tm.matches if m.how == "proposed" and m.target and _rule_read(by_path[m.target])]
    have = {m.target for m in tm.matches if m.target}
    free = [f.path for f in by_path.values() if _rule_read(f) and f.path not in have and f.type in _SCALAR]
    adoptions = _adoptions(ctx, free)
    if not props:
        return [(failing(alt), ctx.total(alt), alt) for alt in adoptions]
    swaps, moves = _swaps(ctx, props), _moves(ctx, props, free)
    # a swap and a move together (base and effective crossed while support needed sits on support provided):
    # neither alone lowers the failures much
    pairs = [
        a + b
        for a in swaps + moves
        for b in moves
        if a is not b and not {id(m) for m, _ in a} & {id(b[0][0])} and b[0][1] not in {dst for _, dst in a}
    ]
    # two swaps at once, between proposals the table marks AMBIGUOUS with each other (base and effective crossed
    # while quality and authenticity are too: each swap alone spares only the records its own rule checks)
    crossed = [sw for sw in swaps if _rivals_of(sw[0][0], sw[1][0]) and _rivals_of(sw[1][0], sw[0][0])]
    pairs += [
        a + b
        for i, a in enumerate(crossed)
        for b in crossed[i + 1 :]
        if not {id(m) for m, _ in a} & {id(m) for m, _ in b}
    ]
    tried = [
        (failing(alt), ctx.total(alt), alt) for alt in swaps + moves + _rotations(ctx, props, free) + pairs + adoptions
    ]
    return tried + [
        _or_left_empty(ctx, failing, (failing(alt), ctx.total(alt), alt), bar) for alt in _replacements(ctx, props)
    ]


def _input_only(f: SpecField) -> bool:
    """An optional field generators are not asked for (`generate: false`: the support a response gives)."""
    return not f.required and not f.generated


def _or_left_empty(
    ctx: _RuleContext, failing: Callable[[_Change], int], tried: tuple[int, float, _Change], bar: float
) -> tuple[int, float, _Change]:
    """A replacement whose newcomer (a number nothing took) would fill a field `_input_only` names leaves that field
    empty instead, the rest of the change as it was. The records' rules can show a proposal there is wrong (it
    breaks records), never that a number belongs there: the field left empty breaks no record, so any number in
    it, right or wrong, only adds failures. A folder whose generator never writes it still holds numbers nothing
    took (a sentence count, a second judge's mark, a confidence), and the one breaking fewest records took the
    field (fresh16's Valletta and fresh17's Chengdu multi_step, Chengdu's emotional_authenticity); filling it is
    left to names and values. The safeguard, for a writer that does write it: a field the change drops that fails
    fewer than `bar` records more in the emptied place than the place left empty (its own few planted defects) is
    the field's own, and the change stays as it was (fresh17's Seoul support given, dropped for a sentence count)."""
    n, _, change = tried
    emptied = {dst for m, dst in change if m.how == "unmatched" and dst and _input_only(ctx.by_path[dst])}
    if not emptied:
        return tried
    kept = [(m, dst) for m, dst in change if dst not in emptied or m.how != "unmatched"]
    left = failing(kept)
    if left > n:
        return tried
    for i, (m, dst) in enumerate(kept):
        if not dst and any(failing([*kept[:i], (m, e), *kept[i + 1 :]]) < left + bar for e in emptied):
            return tried
    return left, ctx.total(kept), kept


def _rivals_of(m: FieldMatch, other: FieldMatch) -> bool:
    """`m` is marked AMBIGUOUS with `other` in the table."""
    hit = _RIVALS.search(m.evidence)
    return hit is not None and other.source in _rival_names(hit.group(0))


def _best_change(
    tried: list[tuple[int, float, _Change]],
    now: int,
    any_fewer: bool = False,
    floor: Callable[[_Change], int | None] | None = None,
    checked: int = 0,
) -> tuple[_Change, int] | None:
    """The change that at least halves the failures (`any_fewer`: a required field was empty, so every record
    failed: that leaves a quarter of them or more passing), best fit first among those
    near the fewest (a change that empties a rule's input fails nothing either, so the fewest failures alone are
    no proof).

    `floor(change)`: the records failing whatever the change's fields hold (`_settle_by_rules`), for a change that
    leaves every field it touches filled, else None. Those fail under both maps, so the change also counts when it
    halves the failures above that floor, and the map fails on FLOOR_SHARE of the `checked` records above it (a
    right field fails only on its few planted defects: a stand-in that never fails would spare just those), and no
    other change puts another field in one of its places with as few failing (two fields the records cannot tell
    apart there: nine records, a quality and an authenticity score that both fit the targets as often)."""

    def placed(change: _Change) -> dict[str, str]:
        return {dst: m.source for m, dst in change if dst}

    def halves_above_floor(t: tuple[int, float, _Change]) -> bool:
        f = floor(t[2]) if floor is not None and t[0] < now else None
        if f is None or now - f < FLOOR_SHARE * checked or 2 * (t[0] - f) > now - f:
            return False
        mine = placed(t[2])
        return not any(
            u[0] <= t[0] and any(mine.get(dst, src) != src for dst, src in placed(u[2]).items())
            for u in tried
            if u is not t
        )

    better = [
        t
        for t in tried
        if (
            4 * t[0] < 3 * (now - 1)
            if any_fewer
            else now - t[0] >= 2 * _parts(t[2])
            and (2 * t[0] <= now or (_tie_swap(t[2]) and 4 * t[0] <= 3 * now) or halves_above_floor(t))
        )
    ]
    if not better:
        return None
    fewest = min(b[0] for b in better)
    near = [b for b in better if b[0] <= fewest + max(2, fewest)]
    # the fewest independent changes first: a part that spares nothing of its own (a swap of two scores riding along
    # with the swap of a window's ends) would be decided by the fit alone, which the rules were asked to settle
    least = min(_parts(b[2]) for b in near)
    n, _, alt = max((b for b in near if _parts(b[2]) == least), key=lambda b: (b[1], -b[0]))
    return alt, n


def _parts(change: _Change) -> int:
    """The independent changes a change is made of (two swaps at once are two; a rotation or a chain is one): each
    must spare records of its own (two at least), as it would alone. A right map fails only on its planted defects,
    and each swap moving a rule's input away spares that rule's few: two such swaps together would halve a small
    count of failing records without any of them being evidence."""
    root = {id(m): id(m) for m, _ in change}
    by_target = {m.target: id(m) for m, _ in change}

    def find(x: int) -> int:
        while root[x] != x:
            x = root[x]
        return x

    for m, dst in change:
        other = by_target.get(dst)
        if other is not None:
            root[find(id(m))] = find(other)
    return len({find(id(m)) for m, _ in change})


def _tie_swap(change: _Change) -> bool:
    """Two proposals the table marks AMBIGUOUS with each other trade targets: names and values could not choose
    between the two maps, so fewer failing records (a quarter fewer, two at least) is evidence enough; any other
    change must halve them."""
    if len(change) != 2:
        return False
    (a, to_a), (b, to_b) = change
    return to_a == b.target and to_b == a.target and _rivals_of(a, b) and _rivals_of(b, a)


def _apply_change(ctx: _RuleContext, change: _Change) -> None:
    for m, dst in change:
        if not dst:  # (replaced by a field nothing took: see `_replacements`)
            m.target, m.how, m.score = None, "unmatched", 0.0
            continue
        m.target = dst
        sc = ctx.scores.get((m.source, dst))
        if m.how == "unmatched":  # (an adoption: a text nothing took)
            m.how, m.evidence = "proposed", sc[1] if sc else ""
        if sc:
            m.score = round(sc[0], 2)


def _relative_ok(their: str, their_obj: str, spec: str, spec_obj: str) -> bool:
    """Their field inside a moved object keeps its place relative to it (any child name is fine)."""
    return their[len(their_obj) :].count(".") == spec[len(spec_obj) :].count(".")


def match_profile(
    profile: FolderProfile,
    spec: dict[str, list[SpecField]],
    config_maps: dict[str, dict[str, str]] | None = None,
    domain: Spec | None = None,
) -> list[TypeMatch]:
    """Match every profiled data type that the spec knows; unknown types come back with no matches."""
    vocab = Vocabulary(n for fields in spec.values() for f in fields for n in (f.name, *f.aliases))

    def match_all(vocab: Vocabulary) -> list[TypeMatch]:
        out = []
        for name, tp in sorted(profile.types.items()):
            fields = spec.get(name)
            if fields is None:
                tm = TypeMatch(name, False, tp.records)
                tm.matches = [
                    FieldMatch(st.path, None, "unmatched", 0.0) for st in tp.ordered() if not st.path.endswith("[]")
                ]
                out.append(tm)
            else:
                shared = cross_type(profile, spec, name)
                out.append(match_type(tp, fields, vocab, (config_maps or {}).get(name), domain, shared))
        return out

    return match_all(vocab)


#: what is left of a pair's score when their field is written the same way in another data type of the folder whose
#: spec has no field by the target's name (or role): the pipeline's bookkeeping, not this type's field
CROSS_TYPE_FIT = 0.8
#: a number written with the unit our field counts in ("2 wks") scores as if named this much like it
UNIT_NAMED = 0.6
#: a field held by fewer records of a type says nothing about the pipeline's habits there
CROSS_TYPE_RECORDS = 3


def _in_unit(st: FieldStats, unit: str) -> bool:
    """Nearly all their values are written with the unit of our scale `unit` ("2 wks", "197w")."""
    return bool(st.values) and (st.units[unit] >= LABEL_SHARE * st.values or all_but_one(st.units[unit], st.values))


def _concept(f: SpecField) -> frozenset[str]:
    """The names a spec field goes by across data types: its own, its aliases, and the answer / the character's name
    (each type calls its answer and its speaker something else: `character_response`, `dialogue`)."""
    return frozenset((f.name, *f.aliases, *(f"@{r}" for r in f.roles if r in ("answer", "name"))))


def _written_alike(a: FieldStats, b: FieldStats) -> bool:
    """Two data types' fields at one path hold values of one kind: numbers whose spans overlap, or strings of one
    length class (free text, or a few words)."""
    if a.records < CROSS_TYPE_RECORDS or b.records < CROSS_TYPE_RECORDS or _stats_kind(a) != _stats_kind(b):
        return False
    if a.numeric():
        if a.num_min is None or a.num_max is None or b.num_min is None or b.num_max is None:
            return False
        return max(a.num_min, b.num_min) <= min(a.num_max, b.num_max)
    return (a.mean_words >= _FREE_TEXT_WORDS) == (b.mean_words >= _FREE_TEXT_WORDS)


def _same_place(a: str, b: str) -> bool:
    """One path is the other, or ends with it (`trn.judge_conf` and a top-level `judge_conf`)."""
    return a.count("[]") == b.count("[]") and (a == b or a.endswith("." + b) or b.endswith("." + a))


#: two objects holding this many leaf keys alike (besides the one compared) are one group of the pipeline's
GROUP_SHARED = 2


def _leaves_by_parent(tp: TypeProfile) -> dict[str, set[str]]:
    """Their object path -> the leaf keys of the scalars it holds."""
    out: dict[str, set[str]] = {}
    for p, st in tp.fields.items():
        if st.main_type not in ("object", "array"):
            out.setdefault(_parent_of(p), set()).add(_leaf(p))
    return out


def _same_group(a: str, b: str, here: dict[str, set[str]], there: dict[str, set[str]]) -> bool:
    """One key in two objects named differently that hold GROUP_SHARED other keys alike: one group of the pipeline's
    (its review block) under another name in another data type (fresh10's partner studio writes `hinnang.kindlus`
    beside `hinnang.ehtsus` and `hinnang.teine_hindaja` in four types, `metaandmed.kindlus` beside the same two in
    multi-step)."""
    if _leaf(a) != _leaf(b) or a.count(".") != b.count(".") or a.count("[]") != b.count("[]"):
        return False
    pa, pb = _parent_of(a), _parent_of(b)
    if not pa or not pb or pa == pb:
        return False
    return len((here.get(pa, set()) & there.get(pb, set())) - {_leaf(a)}) >= GROUP_SHARED


def cross_type(profile: FolderProfile, spec: dict[str, list[SpecField]], data_type: str) -> dict[str, frozenset[str]]:
    """Their scalar fields of `data_type` that other data types of the folder write at the same place with values
    of the same kind -> the names (`_concept`) a field of every one of those types goes by.

    A pipeline writes its bookkeeping (a judge's confidence, a toxicity score, the attempt, the token counts, a
    reviewer's note) the same way in every record it makes, whatever the data type; a type's own field (its
    tension, its trust) is in that type alone. A field written alike beside several types is therefore the same
    thing in each: our field of one type only (`tension_score`, `relationship_level`, `ocean.openness`) is a poor
    reading of it, while one every holder has (its quality score, the character's name, the answer) is not: a grader's
    confidence written beside types that have no quality score of that name is not their quality score either.
    A value read through a label step is compared so too, by its whole path (`marks[code=sure].slots[by=model].value`
    in every type is the pipeline's certainty as a plain `sure` key would be): fresh23's Cuttack questionnaire wrote
    its certainty three label steps down beside the quality, tension and support questions of five types."""
    tp = profile.types[data_type]
    by_leaf: dict[str, list[tuple[str, FieldStats]]] = {}
    groups = {t: _leaves_by_parent(otp) for t, otp in profile.types.items()}
    for other, otp in profile.types.items():
        if other == data_type or other not in spec:
            continue
        for p, st in otp.fields.items():
            if st.main_type not in ("object", "array"):
                by_leaf.setdefault(_leaf(p), []).append((other, st))
    names = {t: frozenset().union(*(_concept(f) for f in fields)) for t, fields in spec.items()}
    out: dict[str, frozenset[str]] = {}
    for p, st in tp.fields.items():
        if st.main_type in ("object", "array"):
            continue
        holders = {
            other
            for other, ost in by_leaf.get(_leaf(p), ())
            if (_same_place(p, ost.path) or _same_group(p, ost.path, groups[data_type], groups[other]))
            and _written_alike(st, ost)
        }
        if holders:
            out[p] = frozenset.intersection(*(names[t] for t in holders))
    return out


def _path_words(path: str, vocab: Vocabulary) -> list[str]:
    return [p for seg in path.split(".") for w in words(seg.replace("[]", "")).split() for p in vocab.split(w)]


def learn_lexicon(
    matches: list[TypeMatch],
    vocab: Vocabulary,
    fields: list[SpecField] | None = None,
    holds: Callable[[str, SpecField], bool] | None = None,
    tp: TypeProfile | None = None,
) -> dict[str, str]:
    """Their words -> the spec's words, from the matches no rival contests: a word of theirs that resembles no
    word of ours, in every sure match whose target names one word of ours its path does not (the word they use
    for "character" in `NomePersonagem` -> character_name and `CapacidadePersonagem` -> character_capacity), or
    the one word left unexplained on both sides of a match. Learned only from their own records; no language.
    With the type's spec `fields`, also the word a field nothing matched shares with one sure match (`_by_analogy`;
    `holds`: whether their field's values could be a spec field)."""

    def foreign(w: str) -> bool:
        return len(w) >= 3 and not any(_token_sim(w, x) >= 0.75 for x in vocab.df)

    anchors: list[tuple[set[str], set[str]]] = []
    for tm in matches:
        for m in tm.matches:
            if not m.target or m.how not in ("proposed", "with_parent", "alias", "exact", "config"):
                continue
            if "AMBIGUOUS" in m.evidence or "chosen by" in m.evidence or "texts name" in m.evidence:
                continue  # (a reading of the texts is evidence for the one field, not for a word)
            theirs = _path_words(m.source, vocab)
            ours = words(m.target.replace("[]", "")).split()
            their_foreign = {w for w in theirs if foreign(w)}
            unexplained = {u for u in ours if not any(_token_sim(u, w) >= 0.75 for w in theirs)}
            if their_foreign and unexplained:
                anchors.append((their_foreign, unexplained))
    lexicon: dict[str, str] = {}
    for _ in range(4):
        learned = _learn_round(anchors, lexicon)
        if not learned:
            break
        lexicon.update(learned)
    if fields:
        for tm in matches:
            for w, x in _by_analogy(tm, fields, vocab, foreign, holds, tp).items():
                lexicon.setdefault(w, x)
    return lexicon


def _by_analogy(
    tm: TypeMatch,
    fields: list[SpecField],
    vocab: Vocabulary,
    foreign: Callable[[str], bool],
    holds: Callable[[str, SpecField], bool] | None = None,
    tp: TypeProfile | None = None,
) -> dict[str, str]:
    """Their word -> ours, read off two names of one family: a field nothing matched shares a word of theirs
    with exactly one sure match (`need_help` -> support_level_needed, `given_help` unmatched), and the target of
    that match shares exactly one of its words with exactly one spec field still open (support_provided): the
    shared word of theirs is that word of ours (`help` -> support). A field a generator writes only now and then
    (the support actually given) is then found by its name, as its sibling was by its values.

    `holds(their path, spec field)`: whether their field's values could be the spec field. An open field counts
    only when a field nothing matched that shares the word could hold it: a word every number of theirs carries
    (`pct` in `credibility_pct` -> authenticity_score beside `style_pct`, a rater's confidence) names no family,
    and the one open field sharing a word with the match (the authenticity target, a label) no number fills."""
    taken = {m.target for m in tm.matches if m.target}
    open_fields = [f for f in fields if f.path not in taken and f.type not in ("object", "array")]
    open_words = [set(words(f.name).split()) for f in open_fields]
    leaf = {m.source: {w for w in _path_words(field_name(m.source, tp), vocab) if foreign(w)} for m in tm.matches}
    unmatched = [m.source for m in tm.matches if m.how == "unmatched"]
    sure = [
        m
        for m in tm.matches
        if m.target
        and m.how in ("proposed", "exact", "alias", "config")
        and "AMBIGUOUS" not in m.evidence
        and "chosen by" not in m.evidence
    ]
    out: dict[str, str] = {}
    for m in sure:
        assert m.target is not None  # (sure: every one has a target)
        for w in leaf[m.source]:
            sharing = [u for u in unmatched if w in leaf[u]]
            if sum(w in leaf[o.source] for o in sure) != 1 or not sharing:
                continue
            ours = [x for x in words(field_name(m.target).removesuffix("[]")).split() if vocab.df.get(x, 0) > 0]
            fits = [
                (x, i)
                for x in ours
                for i, ws in enumerate(open_words)
                if x in ws and (holds is None or any(holds(u, open_fields[i]) for u in sharing))
            ]
            if len(fits) == 1:
                out[w] = fits[0][0]
    return out


def _learn_round(anchors: list[tuple[set[str], set[str]]], lexicon: dict[str, str]) -> dict[str, str]:
    """One round: words in two anchors or more that always stand beside one word of ours (and no other word as
    often), then anchors left with one word on each side."""
    known = set(lexicon.values())
    live = [(f - set(lexicon), u - known - {lexicon[w] for w in f if w in lexicon}) for f, u in anchors]
    seen: dict[str, int] = {}
    beside: dict[tuple[str, str], int] = {}
    for f, u in live:
        for w in f:
            seen[w] = seen.get(w, 0) + 1
            for x in u:
                beside[(w, x)] = beside.get((w, x), 0) + 1
    out: dict[str, str] = {}
    for w, n in seen.items():
        if n < 2:
            continue
        always = [x for (v, x), k in beside.items() if v == w and k == n]
        if len(always) == 1:
            out[w] = always[0]
    if out:
        return out
    pairs: dict[str, set[str]] = {}
    for f, u in live:
        if len(f) == 1 and len(u) == 1:
            pairs.setdefault(next(iter(f)), set()).update(u)
    return {w: next(iter(u)) for w, u in pairs.items() if len(u) == 1}


def field_map(matches: list[TypeMatch]) -> dict[str, dict[str, str]]:
    """{data type: {their path: our path}} for every type that needs a line."""
    out = {}
    for tm in matches:
        lines = tm.map_lines()
        if lines:
            out[tm.data_type] = lines
    return out


def field_map_yaml(
    matches: list[TypeMatch],
    new_types: dict[str, dict[str, Any]] | None = None,
    file_types: dict[str, str] | None = None,
) -> str:
    """The `interactions:` YAML block to paste into the config: `file_types` first when files of no type need one
    (the field_map follows from it), `field_map` (empty when none is needed) and, for labelled data types the spec
    does not know, drafted `types` entries."""
    section: dict[str, Any] = {"file_types": file_types} if file_types else {}
    section["field_map"] = field_map(matches)
    if new_types:
        section["types"] = new_types
    guesses = {
        (tm.data_type, m.source)
        for tm in matches
        for m in tm.matches
        if m.how == "proposed" and SHAPE_GUESS in m.evidence
    }
    return _mark_guesses(interactions_yaml(section), guesses)


def _mark_guesses(text: str, guesses: set[tuple[str, str]]) -> str:
    """The field_map lines that are shape-only guesses get a comment saying so (a person checks them first)."""
    if not guesses:
        return text
    out, section, data_type = [], "", ""
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        if indent == 2:
            section = line.strip()
        elif indent == 4:
            data_type = str(yaml.safe_load(line.strip().removesuffix(":")))
        elif indent == 6 and section == "field_map:":
            entry = yaml.safe_load(line.strip())
            if isinstance(entry, dict) and any((data_type, str(k)) in guesses for k in entry):
                line += f"  # {SHAPE_GUESS}: check it"
        out.append(line)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def interactions_yaml(section: dict[str, Any]) -> str:
    """An `interactions:` config section as YAML a user pastes: keys quoted only where YAML needs it (a dot
    escaped inside a key, `who\\.name`, a space, a colon, an umlaut all load back as written)."""
    return yaml.dump(
        {"interactions": section},
        Dumper=_BlockDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1000,
    )


class _BlockDumper(yaml.SafeDumper):
    """A SafeDumper writing multi-line strings (templates) as | blocks."""


def _text_as_block(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_BlockDumper.add_representer(str, _text_as_block)


def as_dict(matches: list[TypeMatch]) -> list[dict[str, Any]]:
    return [
        {
            "data_type": tm.data_type,
            "known": tm.known,
            "records": tm.records,
            "matches": [m.__dict__ for m in tm.matches],
            "missing": [f.path for f in tm.missing],
            "field_map": tm.map_lines(),
        }
        for tm in matches
    ]
