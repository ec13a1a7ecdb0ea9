"""Dialect probes: field dialects no eval family writes yet, one dialect per folder, for `unwritten schema`.

Each family in benchmarks/eval_field_drift.py first scored far below 100% when it was new, because each writer
brought a habit nobody had met. These probes write such habits on purpose, one per folder, so that what the
matcher gets wrong shows up before a blind writer finds it. The words below are this probe's own (a test's made-up
generator); the matcher must recover them by value shape, structure and role, never by learning these words.

Probes (seed N writes probe N, in the order of PROBES; seeds past the end start again with other draws, and in
every second round each record's keys are shuffled, so that their order says nothing):

- `german`, `polish`, `spanish`: every key translated word by word (Polish with its diacritics), camelCase,
  snake_case or PascalCase; objects keep their place;
- `hungarian`: a type prefix on an English synonym (`strNpcReply`, `fRealismRating`, `arrStressors`, `objBigFive`);
- `screaming`: SCREAMING_SNAKE synonyms, objects too (`NPC_REPLY`, `BIG_FIVE.OPENNESS`);
- `dotted`: a flat record whose keys hold literal dots (`npc.name`, `scores.authenticity`): no object at all;
- `attributes`: every number of the record's top level in one list of `{"key": "...", "value": ...}` pairs;
- `groups`: the record split into `header` (who, labels), `body` (what is given and the answer) and `meta` (numbers);
- `wrapped`: the whole record under one key, every text value inside `{"text": ...}`;
- `deep_answer`: the answer two objects down (`output.npc.line`), the rest flat synonyms;
- `units`: numbers written as text the ingest reads losslessly ("7/10", "82%", "3 weeks ago", "39 years old");
- `ocean_array`: the OCEAN profile as a bare array of five numbers in O-C-E-A-N order (`"big5": [0.7, 0.4, ...]`),
  one trait out of range planted;
- `keyed_options`: the irony options as an object keyed by option type (`"choices": {"growth": {"says": ...,
  "effect": 0.5}, ...}`, each record's options the full three-type set), one unknown option type planted;
- `turns`: the exchange as a list addressed by position (`turns[0].text` the player, `turns[1].text` the NPC),
  multi-step and relationship records; one record whose NPC turn is missing planted;
- `array_lines`: JSON Lines whose lines are arrays of records (one call's records a line), under English synonyms.

The last four are forms only a position step (`[N]`) or an object's values step (`{}`) of the field_map expresses.

From seed 31 on (`ENGLISH_PROBES`, two rounds again): English teams of other prompt authors, whose fields stand
beside fields of their own of the same shape (decoys the map must leave alone: the user's truth is the final answer,
the grader's quality):

- `abbreviated`: abbreviated keys (`npc_resp`, `eff_cap`, `auth_sc`), snake or camel, beside a draft of the
  answer (`npc_resp_draft`), a confidence and a toxicity named like the scores (`conf_sc`, `tox_sc`), a retry count;
- `grouped`: meta / payload / grading, another author's synonyms in camel- or PascalCase; the answer `finalNpcLine`
  beside `draftNpcLine`, the grader's `grading.quality` (every type's quality) beside its confidence, toxicity and
  rationale; small integers (`attempt`, `beat` 1-5) beside the levels; relationship scoring's reasoning beside a
  scene description;
- `small`: 3-6 records a type, most types in two files, the others in one; a confidence and a turn number;
- `two_versions`: both prompt versions of every type in one folder, v1 `abbreviated`, v2 `grouped`, a file each.

From seed 39 on (`FORM_PROBES`, two rounds again): the forms read by position or key (`ocean_array`, `turns`,
`keyed_options`) where they meet what blocked them in a real folder: fields of the same shape that a matcher reading
names and values may take first, or the same type's other prompt version writing the field by name:

- `forms_decoys`: another author's synonyms, every form its type has (OCEAN as an array, the exchange as turns, the
  options keyed by type), beside a grader's confidence and toxicity (0-1, like the traits), its notes (free text,
  like the player's words) and a retry count;
- `forms_two_versions`: the type's v1 with the forms under abbreviated keys, its v2 writing every field by name
  (another author's synonyms, PascalCase), a file each.

From seed 43 on (`SHEET_PROBES`, two rounds again; seeds 39-42 are the form probes'): score sheets.

- `coded_pairs`: every object of ours holding three numbers or more (OCEAN, game outcomes) as a list of
  `{code, value}` pairs whose codes are three-letter abbreviations of our names (first letter, then consonants:
  `CNS`, `NRT`, `TRS`), in another order in every record.

From seed 45 on (`REVIEW_PROBES`, two rounds again): a reviewing pipeline's bookkeeping.

- `reviewed`: another author's snake_case synonyms; the answer beside the line the reviewer turned down
  (`line_rejected`); the type's score in a `review` group (`audit` in multi-step) beside another judge's mark named
  as the score with words added (`overall_second_judge`), the judge's certainty, a toxicity and the attempt.

Each record keeps its valid values; a few planted defects per type (a score out of range, a low score, a rule
violation, an exact duplicate) are planted on our names before the dialect renders them. The manifest has the
eval's shape: per type `truth` (their path -> our path, every field written under another path) and per record its
expected outcome.

    python tests/field_drift_probe.py OUT_DIR --seed N      # write probe N's folder (+ its manifest inside)
"""

from __future__ import annotations

import copy
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
for _p in (REPO, REPO / "tests"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from field_drift import QUALITY, _rule_defect  # noqa: E402

# ---- the probes' own words (made up for the test; never read by the matcher) ----------------------------------
GERMAN = {
    "action": "handlung", "after": "danach", "age": "alter", "ago": "her", "agreeableness": "vertraeglichkeit",
    "at": "am", "authenticity": "echtheit", "background": "werdegang", "base": "grund", "capacity": "belastbarkeit",
    "card": "karte", "change": "aenderung", "character": "figur", "complexity": "vielschichtigkeit",
    "conscientiousness": "gewissenhaftigkeit", "constraint": "grenze", "context": "umfeld", "current": "aktuell",
    "demonstrates": "zeigt", "description": "beschreibung", "dialogue": "rede", "dramatic": "dramatisch",
    "effective": "wirksam", "effectiveness": "wirkung", "emotion": "gefuehl", "emotional": "seelisch",
    "expression": "ausdruck", "extraversion": "geselligkeit", "factor": "ursache", "factors": "ursachen",
    "game": "spiel", "gap": "luecke", "generated": "erzeugt", "hint": "andeutung", "hook": "koeder",
    "impact": "wirkung", "interaction": "begegnung", "internal": "innerer", "irony": "ironie", "knowledge": "wissen",
    "knows": "weiss", "level": "stufe", "master": "meister", "max": "hoechstens", "memory": "erinnerung",
    "metadata": "metadaten", "min": "mindestens", "name": "name", "narrative": "erzaehlung", "needed": "benoetigt",
    "neuroticism": "labilitaet", "notes": "anmerkungen", "npc": "nsc", "occupation": "beruf", "ocean": "ocean",
    "openness": "offenheit", "option": "wahl", "options": "auswahl", "outcomes": "ergebnisse", "payoff": "aufloesung",
    "personality": "persoenlichkeit", "pipeline": "ablauf", "player": "spieler", "profile": "steckbrief",
    "prose": "prosa", "provided": "geleistet", "quality": "guete", "rationale": "begruendung",
    "recommended": "empfohlen", "reference": "bezug", "relationship": "beziehung", "request": "bitte",
    "resonance": "nachhall", "response": "antwort", "scenario": "szene", "score": "wert", "setup": "vorbereitung",
    "situation": "lage", "state": "zustand", "support": "beistand", "target": "ziel", "tension": "spannung",
    "thought": "gedanke", "training": "training", "trait": "zug", "trust": "vertrauen", "truths": "wahrheiten",
    "type": "art", "version": "fassung", "weeks": "wochen", "weight": "gewicht", "window": "zeitraum",
}  # fmt: skip
POLISH = {
    "action": "działanie", "after": "po", "age": "wiek", "ago": "temu", "agreeableness": "ugodowość",
    "at": "o", "authenticity": "autentyczność", "background": "życiorys", "base": "bazowa", "capacity": "wydolność",
    "card": "karta", "change": "zmiana", "character": "postać", "complexity": "złożoność",
    "conscientiousness": "sumienność", "constraint": "ograniczenie", "context": "tło", "current": "obecna",
    "demonstrates": "pokazuje", "description": "opis", "dialogue": "kwestia", "dramatic": "dramatyczna",
    "effective": "faktyczna", "effectiveness": "skuteczność", "emotion": "uczucie", "emotional": "uczuciowy",
    "expression": "przejaw", "extraversion": "ekstrawersja", "factor": "przyczyna", "factors": "przyczyny",
    "game": "gra", "gap": "luka", "generated": "utworzono", "hint": "wskazówka", "hook": "haczyk",
    "impact": "wpływ", "interaction": "spotkanie", "internal": "wewnętrzna", "irony": "ironia", "knowledge": "wiedza",
    "knows": "wie", "level": "poziom", "master": "główne", "max": "najwyżej", "memory": "wspomnienie",
    "metadata": "metadane", "min": "najmniej", "name": "imię", "narrative": "opowieść", "needed": "potrzebne",
    "neuroticism": "neurotyczność", "notes": "uwagi", "npc": "bn", "occupation": "zawód", "ocean": "ocean",
    "openness": "otwartość", "option": "wariant", "options": "warianty", "outcomes": "skutki", "payoff": "rozwiązanie",
    "personality": "osobowość", "pipeline": "potok", "player": "gracz", "profile": "profil", "prose": "proza",
    "provided": "udzielone", "quality": "jakość", "rationale": "uzasadnienie", "recommended": "zalecany",
    "reference": "odniesienie", "relationship": "relacja", "request": "prośba", "resonance": "oddźwięk",
    "response": "odpowiedź", "scenario": "scena", "score": "ocena", "setup": "przygotowanie", "situation": "położenie",
    "state": "stan", "support": "wsparcie", "target": "cel", "tension": "napięcie", "thought": "myśl",
    "training": "trening", "trait": "cecha", "trust": "zaufanie", "truths": "prawdy", "type": "rodzaj",
    "version": "wersja", "weeks": "tygodnie", "weight": "waga", "window": "okno",
}  # fmt: skip
SPANISH = {
    "action": "accion", "after": "despues", "age": "edad", "ago": "hace", "agreeableness": "amabilidad",
    "at": "en", "authenticity": "veracidad", "background": "trayectoria", "base": "inicial", "capacity": "aguante",
    "card": "ficha", "change": "cambio", "character": "personaje", "complexity": "complejidad",
    "conscientiousness": "responsabilidad", "constraint": "limite", "context": "entorno", "current": "actual",
    "demonstrates": "muestra", "description": "relato", "dialogue": "parlamento", "dramatic": "dramatica",
    "effective": "real", "effectiveness": "eficacia", "emotion": "sentimiento", "emotional": "animico",
    "expression": "manifestacion", "extraversion": "sociabilidad", "factor": "causa", "factors": "causas",
    "game": "juego", "gap": "brecha", "generated": "creado", "hint": "pista", "hook": "gancho",
    "impact": "efecto", "interaction": "encuentro", "internal": "interior", "irony": "ironia", "knowledge": "saber",
    "knows": "sabe", "level": "grado", "master": "maestras", "max": "maximo", "memory": "recuerdo",
    "metadata": "metadatos", "min": "minimo", "name": "nombre", "narrative": "narracion", "needed": "requerido",
    "neuroticism": "inestabilidad", "notes": "apuntes", "npc": "pnj", "occupation": "oficio", "ocean": "ocean",
    "openness": "apertura", "option": "opcion", "options": "opciones", "outcomes": "resultados", "payoff": "desenlace",
    "personality": "caracter", "pipeline": "cadena", "player": "jugador", "profile": "perfil", "prose": "prosa",
    "provided": "prestado", "quality": "calidad", "rationale": "motivo", "recommended": "sugerida",
    "reference": "referencia", "relationship": "vinculo", "request": "peticion", "resonance": "eco",
    "response": "respuesta", "scenario": "escena", "score": "nota", "setup": "preparacion", "situation": "coyuntura",
    "state": "estado", "support": "apoyo", "target": "objetivo", "tension": "intriga", "thought": "pensamiento",
    "training": "entrenamiento", "trait": "rasgo", "trust": "confianza", "truths": "verdades", "type": "clase",
    "version": "edicion", "weeks": "semanas", "weight": "peso", "window": "plazo",
}  # fmt: skip
#: English synonyms (the Hungarian and SCREAMING probes; one word each, never one of our names)
ENGLISH = {
    "action": "move", "after": "post", "age": "years", "ago": "back", "agreeableness": "warmth",
    "at": "on", "authenticity": "realism", "background": "history", "base": "baseline", "capacity": "reserve",
    "card": "sheet", "change": "shift", "character": "npc", "complexity": "nuance",
    "conscientiousness": "diligence", "constraint": "limit", "context": "backdrop", "current": "present",
    "demonstrates": "shows", "description": "gist", "dialogue": "speech", "dramatic": "stage",
    "effective": "net", "effectiveness": "potency", "emotion": "mood", "emotional": "inner",
    "expression": "showing", "extraversion": "sociability", "factor": "cause", "factors": "stressors",
    "game": "play", "gap": "mismatch", "generated": "made", "hint": "clue", "hook": "lure",
    "impact": "effect", "interaction": "encounter", "internal": "private", "irony": "irony", "knowledge": "insight",
    "knows": "believes", "level": "tier", "master": "core", "max": "upper", "memory": "flashback",
    "metadata": "bookkeeping", "min": "lower", "name": "called", "narrative": "story", "needed": "asked",
    "neuroticism": "volatility", "notes": "remarks", "npc": "npc", "occupation": "job", "ocean": "bigfive",
    "openness": "curiosity", "option": "choice", "options": "choices", "outcomes": "effects", "payoff": "reveal",
    "personality": "temperament", "pipeline": "flow", "player": "user", "profile": "sheet", "prose": "passage",
    "provided": "given", "quality": "overall", "rationale": "justification", "recommended": "preferred",
    "reference": "callback", "relationship": "bond", "request": "ask", "resonance": "echo",
    "response": "reply", "scenario": "premise", "score": "rating", "setup": "groundwork", "situation": "moment",
    "state": "condition", "support": "help", "target": "goal", "tension": "suspense", "thought": "musing",
    "training": "train", "trait": "facet", "trust": "faith", "truths": "canon", "type": "kind",
    "version": "release", "weeks": "weeks", "weight": "strength", "window": "span",
}  # fmt: skip
LANGUAGES = {"german": GERMAN, "polish": POLISH, "spanish": SPANISH}
#: Hungarian-notation prefixes by JSON type of the value
_HUNGARIAN = {"string": "str", "number": "f", "integer": "n", "boolean": "b", "array": "arr", "object": "obj"}


def _case(ws: list[str], style: str) -> str:
    ws = [w for w in ws if w]
    if style == "snake":
        return "_".join(ws)
    if style == "screaming":
        return "_".join(w.upper() for w in ws)
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in ws)
    return ws[0] + "".join(w[:1].upper() + w[1:] for w in ws[1:])  # camel


def _translated(name: str, words: dict[str, str], style: str) -> str:
    return _case([words.get(w, w) for w in name.split("_")], style)


# ---- rendering ---------------------------------------------------------------------------------------------
@dataclass
class Dialect:
    """How one data type is written: our path (dotted, `[]` for list items) -> their keys (a list: one key per
    object level, a key may hold a dot); list items renamed inside their list; values rewritten; numbers gathered
    into a pair list; everything under one wrapper key."""

    keys: dict[str, list[str]] = field(default_factory=dict)
    forms: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    pairs: dict[str, str] = field(default_factory=dict)  # our top-level path -> label in the pair list
    pair_list: str = "attributes"
    wrapper: str | None = None
    text_box: str | None = None  # every text value written as {text_box: value}
    #: a record's form changed after the keys (their record, changed in place): containers read by position or key
    reshape: Callable[[dict[str, Any]], None] | None = None
    #: their path -> our path for what `reshape` moved (only the paths the records hold)
    reshaped: dict[str, str] = field(default_factory=dict)
    #: our canonical record made to suit the form before rendering (a full three-type option set)
    prepare: Callable[[dict[str, Any], list[dict[str, Any]]], dict[str, Any]] | None = None
    #: a planted defect of the form's own: (our record changed in place -> its expected outcome)
    plant: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None
    lines: bool = False  # written as JSON Lines whose lines are arrays of records
    #: fields of the generator's own that are none of ours, of the same shape as one of ours (a draft beside the
    #: final answer, a confidence beside the quality): (our record, the type's samples) -> [(their keys, value)]
    extras: Callable[[dict[str, Any], list[dict[str, Any]]], list[tuple[list[str], Any]]] | None = None
    #: the type written by several prompt versions in one folder: each version a file (records dealt in turn)
    versions: list[Dialect] = field(default_factory=list)
    #: only this many valid records of the type are written (a small folder)
    size: int | None = None


def _escape(key: str) -> str:
    return key.replace(".", "\\.")


def _written(keys: list[str]) -> str:
    return ".".join(_escape(k) for k in keys)


def _get(obj: Any, parts: list[str]) -> Any:
    for p in parts:
        if not isinstance(obj, dict) or p not in obj:
            return None
        obj = obj[p]
    return obj


def _put(obj: dict[str, Any], parts: list[str], value: Any) -> None:
    for p in parts[:-1]:
        obj = obj.setdefault(p, {})
    if isinstance(value, dict) and isinstance(obj.get(parts[-1]), dict):
        obj[parts[-1]].update(value)
    else:
        obj[parts[-1]] = value


def _rewrite_values(src: dict[str, Any], forms: dict[str, Callable[[Any], Any]]) -> None:
    """Values rewritten in place, on our names (`x[].k` in every item of list `x`)."""
    for path, form in forms.items():
        head, _, tail = path.partition("[].")
        if tail:
            for it in _get(src, head.split(".")) or []:
                if isinstance(it, dict) and tail in it:
                    it[tail] = form(it[tail])
            continue
        parts = path.split(".")
        holder = _get(src, parts[:-1]) if len(parts) > 1 else src
        if isinstance(holder, dict) and holder.get(parts[-1]) is not None:
            holder[parts[-1]] = form(holder[parts[-1]])


def _rename_items(src: dict[str, Any], keys: dict[str, list[str]]) -> None:
    """The keys inside every item of a list renamed in place (the list moves with its parent later)."""
    for path, their in keys.items():
        head, _, tail = path.partition("[].")
        if tail:
            for it in _get(src, head.split(".")) or []:
                if isinstance(it, dict) and tail in it:
                    it[their[-1]] = it.pop(tail)


def render(rec: dict[str, Any], d: Dialect, pool: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Their record for our canonical `rec` (a deep copy is changed); `pool`: the type's samples (for extras)."""
    extras = d.extras(rec, pool or []) if d.extras is not None else []
    src = copy.deepcopy(rec)
    _rewrite_values(src, d.forms)
    _rename_items(src, d.keys)
    out: dict[str, Any] = {}
    pairs = [{"key": label, "value": src.pop(path)} for path, label in d.pairs.items() if path in src]
    for path in sorted((p for p in d.keys if "[]" not in p), key=lambda p: -p.count(".")):
        parts = path.split(".")
        holder = _get(src, parts[:-1]) if len(parts) > 1 else src
        if isinstance(holder, dict) and parts[-1] in holder:
            v = holder.pop(parts[-1])
            if not (isinstance(v, dict) and not v):  # (an object its fields moved out of is left behind)
                _put(out, d.keys[path], v)
    for k, v in src.items():  # what no key moved stays where it was
        if not (isinstance(v, dict) and not v):
            _put(out, [k], v)
    if pairs:
        out[d.pair_list] = pairs
    for keys, value in extras:
        _put(out, keys, value)
    if d.reshape is not None:
        d.reshape(out)
    if d.text_box:
        out = _boxed(out, d.text_box)
    return {d.wrapper: out} if d.wrapper else out


def _boxed(obj: Any, box: str) -> Any:
    if isinstance(obj, dict):
        return {k: _boxed(v, box) for k, v in obj.items()}
    if isinstance(obj, str) and " " in obj.strip():
        return {box: obj}
    return obj


def truth(d: Dialect, fields: list[Any], present: set[str], boxed: set[str]) -> dict[str, str]:
    """Their path -> our path for every field written under another path (lists' items under their list's new
    path; a boxed text under `.text`)."""
    out: dict[str, str] = {}

    def their(path: str) -> list[str]:
        if path in d.keys and "[]" not in path:
            return d.keys[path]
        parent, _, leaf = path.rpartition(".")
        return [*their(parent), leaf] if parent else [leaf]

    for f in fields:
        p = f.path
        if p.split("[]")[0].split(".")[0] not in present:
            continue
        if "[]" in p:
            head, _, tail = p.partition("[].")
            if "." in tail:
                continue
            keys = [*their(head), ""]
            t = _written(keys[:-1]) + "[]." + _escape(d.keys.get(p, [tail])[-1])
        elif p in d.pairs:
            t = f"{d.pair_list}[key={d.pairs[p]}].value"
        else:
            t = _written(their(p))
            if p in boxed:
                t += "." + d.text_box  # type: ignore[operator]
        if d.wrapper:
            t = _escape(d.wrapper) + "." + t
        if t != p:
            out[t] = p
    if d.reshaped:  # (what the reshape moved replaces the lines of the fields it took)
        taken = set(d.reshaped.values())
        # (an object or list of ours whose every field the reshape took is no longer written under its own key)
        emptied = {f.path for f in fields if (kids := [g.path for g in fields if g.parent in (f.path, f.path + "[]")])
                   and set(kids) <= taken}  # fmt: skip
        out = {
            k: v for k, v in out.items() if v not in taken | emptied and not any(v.startswith(x + ".") for x in taken)
        }
        out.update(d.reshaped)
    return out


# ---- the probes --------------------------------------------------------------------------------------------
def _leaf_names(fields: list[Any], name: Callable[[Any], str]) -> dict[str, list[str]]:
    """Every field renamed in place (its objects renamed too)."""
    out: dict[str, list[str]] = {}
    for f in fields:
        if "[]" in f.path:
            out[f.path] = [name(f)]
            continue
        parent = f.parent
        out[f.path] = [*(out[parent] if parent else []), name(f)]
    return out


def _language(words: dict[str, str]) -> Callable[[str, list[Any], random.Random], Dialect]:
    def make(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
        style = rng.choice(["camel", "snake", "pascal"])
        return Dialect(keys=_leaf_names(fields, lambda f: _translated(f.name, words, style)))

    return make


def _hungarian(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    def name(f: Any) -> str:
        return _HUNGARIAN.get(f.type, "x") + _translated(f.name, ENGLISH, "pascal")

    return Dialect(keys=_leaf_names(fields, name))


def _screaming(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    return Dialect(keys=_leaf_names(fields, lambda f: _translated(f.name, ENGLISH, "screaming")))


def _group(f: Any) -> str:
    """Where a record's field goes when a dialect sorts its fields: who, input, output, scores."""
    roles = set(f.roles)
    if "name" in roles or "label" in roles:
        return "header"
    if {"answer", "spoken"} & roles:
        return "output"
    if f.type in ("number", "integer"):
        return "meta"
    return "input"


def _dotted(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """Flat keys holding literal dots: `input.moment`, `npc.reserve.net` (no objects at all)."""
    keys: dict[str, list[str]] = {}
    for f in fields:
        if "[]" in f.path:
            keys[f.path] = [_translated(f.name, ENGLISH, "snake")]
        elif f.type != "object":
            prefix = [_translated(p, ENGLISH, "snake") for p in f.path.split(".")[:-1]] or [_group(f)]
            keys[f.path] = [".".join([*prefix, _translated(f.name, ENGLISH, "snake")])]
    return Dialect(keys=keys)


def _attributes(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """Top-level numbers in one `[{key, value}]` list, labelled in words ("net reserve"); the rest as written."""
    pairs = {
        f.path: " ".join(ENGLISH.get(w, w) for w in f.name.split("_"))
        for f in fields
        if "." not in f.path and "[]" not in f.path and f.type in ("number", "integer")
    }
    if len(pairs) < 2:
        pairs = {}  # (one number is no list of pairs: a list of one object is read as the object)
    return Dialect(pairs=pairs, pair_list=rng.choice(["attributes", "metrics", "props"]))


def _groups(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """Top-level fields sorted into header / body / meta objects, half of them under English synonyms."""
    keys: dict[str, list[str]] = {}
    place = {"header": "header", "input": "body", "output": "body", "meta": "meta"}
    for f in fields:
        if "[]" in f.path:
            continue
        if "." in f.path:
            keys[f.path] = [*keys[f.parent], f.name]
            continue
        name = _translated(f.name, ENGLISH, "snake") if rng.random() < 0.5 else f.name
        keys[f.path] = [place[_group(f)], name]
    return Dialect(keys=keys)


def _wrapped(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """The record under one key, every text of several words inside {"text": ...}."""
    d = Dialect(keys=_leaf_names(fields, lambda f: _translated(f.name, ENGLISH, "snake")))
    d.wrapper = rng.choice(["record", "data", "item"])
    d.text_box = "text"
    return d


def _deep_answer(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """The answer two objects down (`output.npc.line`), the other top-level fields flat synonyms."""
    keys = _leaf_names(fields, lambda f: _translated(f.name, ENGLISH, "snake"))
    for f in fields:
        if "answer" in f.roles and "[]" not in f.path:
            keys[f.path] = ["output", "npc", "line"]
            for g in fields:  # its children follow it
                if g.path.startswith(f.path + ".") and "[]" not in g.path:
                    keys[g.path] = ["output", "npc", "line", *g.path[len(f.path) + 1 :].split(".")]
    return Dialect(keys=keys)


def _units(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """Numbers as text the ingest reads losslessly, on English synonyms: "7/10", "82%", "3 weeks ago", "39 years"."""
    d = Dialect(keys=_leaf_names(fields, lambda f: _translated(f.name, ENGLISH, "snake")))
    for f in fields:
        lo, hi = f.range or (None, None)
        if f.type not in ("number", "integer") or f.range is None:
            continue
        if (lo, hi) == (0.0, 10.0):
            d.forms[f.path] = lambda v: f"{v:g}/10"
        elif (lo, hi) == (0.0, 1.0):
            d.forms[f.path] = lambda v: f"{round(v * 100):g}%" if abs(v * 100 - round(v * 100)) < 1e-9 else v
        elif (lo, hi) == (1, 5):
            d.forms[f.path] = lambda v: f"{v:g}/5"
        elif f.unit == "weeks":
            d.forms[f.path] = lambda v, ago="ago" in f.name: f"{v:g} weeks ago" if ago else f"{v:g} weeks"
        elif f.unit == "age":
            d.forms[f.path] = lambda v: f"{v:g} years old"
    return d


TRAITS = ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism")  # the acronym's order


def _ocean_array(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """The OCEAN object as a bare array of five numbers in O-C-E-A-N order, under `big5`."""
    ours = next((f.path for f in fields if f.type == "object" and {g.name for g in fields if g.parent == f.path} ==
                 set(TRAITS)), None)  # fmt: skip
    if ours is None or "." in ours:
        return Dialect()
    name = rng.choice(["big5", "bigfive", "ocean_vector"])

    def reshape(rec: dict[str, Any]) -> None:
        obj = rec.pop(ours, None)
        if isinstance(obj, dict):
            rec[name] = [obj.get(t) for t in TRAITS]

    def plant(rec: dict[str, Any]) -> dict[str, Any]:
        rec[ours]["extraversion"] = 1.4
        return {"expected": "reject", "reason": "score_out_of_range"}

    return Dialect(reshape=reshape, reshaped={f"{name}[{i}]": f"{ours}.{t}" for i, t in enumerate(TRAITS)}, plant=plant)


def _keyed_options(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """The irony options as an object keyed by option type; each record's options the full three-type set."""
    if data_type != "dramatic_irony":
        return Dialect()
    name, says, effect = rng.choice([("choices", "says", "effect"), ("lines", "utterance", "bond_shift")])

    def prepare(rec: dict[str, Any], others: list[dict[str, Any]]) -> dict[str, Any]:
        first: dict[str, dict] = {}
        for r in [rec, *others]:
            for o in r.get("response_options") or []:
                first.setdefault(o["type"], copy.deepcopy(o))
        order = ["tone_deaf", "misguided", "growth"]
        rec["response_options"] = [first[t] for t in order if t in first]
        return rec

    def reshape(rec: dict[str, Any]) -> None:
        opts = rec.pop("response_options", None)
        if isinstance(opts, list):
            rec[name] = {o.pop("type"): {says: o.pop("dialogue"), effect: o.pop("relationship_impact"), **o}
                         for o in opts}  # fmt: skip

    def plant(rec: dict[str, Any]) -> dict[str, Any]:
        rec["response_options"][0]["type"] = "sarcastic"
        return {"expected": "flag", "rule": "irony.option_type"}

    return Dialect(
        reshape=reshape,
        reshaped={
            f"{name}{{}}": "response_options[].type",
            f"{name}{{}}.{says}": "response_options[].dialogue",
            f"{name}{{}}.{effect}": "response_options[].relationship_impact",
        },
        prepare=prepare,
        plant=plant,
    )


#: per type: the player's words and the character's answer, written as a two-turn exchange
_TURNS = {
    "multi_step": ("interaction_context.player_request", "npc_card_narrative.dialogue_prose"),
    "relationship_scoring": ("player_action", "character_response"),
}


def _turns(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """The exchange as a list by position: `turns[0].text` the player, `turns[1].text` the character."""
    if data_type not in _TURNS:
        return Dialect()
    name, text = rng.choice([("turns", "text"), ("exchange", "content")])
    player, npc = _TURNS[data_type]

    def pop(rec: dict[str, Any], path: str) -> Any:
        parts = path.split(".")
        holder = _get(rec, parts[:-1]) if len(parts) > 1 else rec
        v = holder.pop(parts[-1], None) if isinstance(holder, dict) else None
        if len(parts) > 1 and holder == {}:
            rec.pop(parts[0], None)
        return v

    def reshape(rec: dict[str, Any]) -> None:
        said = [pop(rec, player), pop(rec, npc)]
        rec[name] = [{text: v} for v in said if v is not None]

    def plant(rec: dict[str, Any]) -> dict[str, Any]:
        parts = npc.split(".")
        holder = _get(rec, parts[:-1]) if len(parts) > 1 else rec
        holder.pop(parts[-1])
        if len(parts) > 1 and not holder:
            rec.pop(parts[0])
        return {"expected": "reject", "reason": "missing_required_field"}

    return Dialect(reshape=reshape, reshaped={f"{name}[0].{text}": player, f"{name}[1].{text}": npc}, plant=plant)


def _array_lines(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """JSON Lines whose lines are arrays of records, every field under an English synonym."""
    d = Dialect(keys=_leaf_names(fields, lambda f: _translated(f.name, ENGLISH, "snake")))
    d.lines = True
    return d


# ---- English teams of other prompt authors (seeds past the first two rounds of PROBES) -----------------------
#: an English team that abbreviates (`npc_resp`, `eff_cap`, `auth_sc`)
ABBREVIATED = {
    "action": "act", "after": "after", "age": "age", "ago": "ago", "agreeableness": "agree", "at": "at",
    "authenticity": "auth", "background": "bg", "base": "base", "capacity": "cap", "card": "card", "change": "chg",
    "character": "npc", "complexity": "cplx", "conscientiousness": "consc", "constraint": "constr", "context": "ctx",
    "current": "cur", "demonstrates": "shows", "description": "desc", "dialogue": "dlg", "dramatic": "dram",
    "effective": "eff", "effectiveness": "eff", "emotion": "emo", "emotional": "emo", "expression": "expr",
    "extraversion": "extra", "factor": "fac", "factors": "facs", "game": "game", "gap": "gap", "generated": "gen",
    "hint": "hint", "hook": "hook", "impact": "imp", "interaction": "ixn", "internal": "inner", "irony": "irony",
    "knowledge": "know", "knows": "knows", "level": "lvl", "master": "mt", "max": "max", "memory": "mem",
    "metadata": "meta", "min": "min", "name": "name", "narrative": "narr", "needed": "req", "neuroticism": "neuro",
    "notes": "notes", "npc": "npc", "occupation": "occ", "ocean": "ocean", "openness": "open", "option": "opt",
    "options": "opts", "outcomes": "out", "payoff": "payoff", "personality": "pers", "pipeline": "pipe",
    "player": "pc", "profile": "prof", "prose": "prose", "provided": "given", "quality": "qual",
    "rationale": "why", "recommended": "rec", "reference": "ref", "relationship": "rel", "request": "ask",
    "resonance": "reso", "response": "resp", "scenario": "scen", "score": "sc", "setup": "setup",
    "situation": "sit", "state": "state", "support": "sup", "target": "tgt", "tension": "tens", "thought": "thought",
    "training": "train", "trait": "trait", "trust": "trust", "truths": "", "type": "type", "version": "ver",
    "weeks": "wks", "weight": "wt", "window": "win",
}  # fmt: skip
#: an English team of another prompt author: its own synonyms (never one of our names)
ENGLISH_B = {
    "action": "turn", "after": "after", "age": "age", "ago": "back", "agreeableness": "agreeableness", "at": "at",
    "authenticity": "believability", "background": "backstory", "base": "starting", "capacity": "bandwidth",
    "card": "card", "change": "delta", "character": "npc", "complexity": "complexity",
    "conscientiousness": "conscientiousness", "constraint": "limit", "context": "framing", "current": "present",
    "demonstrates": "explains", "description": "summary", "dialogue": "line", "dramatic": "irony",
    "effective": "adjusted", "effectiveness": "strength", "emotion": "feeling", "emotional": "mood",
    "expression": "display", "extraversion": "extraversion", "factor": "pressure", "factors": "pressures",
    "game": "game", "gap": "gap", "generated": "created", "hint": "hint", "hook": "hook", "impact": "hit",
    "interaction": "exchange", "internal": "inner", "irony": "", "knowledge": "info", "knows": "aware",
    "level": "band", "master": "mt", "max": "latest", "memory": "recollection", "metadata": "info",
    "min": "earliest", "name": "name", "narrative": "text", "needed": "required", "neuroticism": "neuroticism",
    "notes": "notes", "npc": "npc", "occupation": "job", "ocean": "big5", "openness": "openness",
    "option": "choice", "options": "choices", "outcomes": "effects", "payoff": "payoff", "personality": "persona",
    "pipeline": "pipeline", "player": "player", "profile": "bio", "prose": "prose", "provided": "offered",
    "quality": "quality", "rationale": "reasoning", "recommended": "best", "reference": "callback",
    "relationship": "rapport", "request": "ask", "resonance": "resonance", "response": "line",
    "scenario": "premise", "score": "rating", "setup": "plant", "situation": "setting", "state": "state",
    "support": "care", "target": "goal", "tension": "suspense", "thought": "monologue", "training": "train",
    "trait": "trait", "trust": "trust", "truths": "", "type": "kind", "version": "version", "weeks": "wks",
    "weight": "weight", "window": "window",
}  # fmt: skip


def _spoken(fields: list[Any]) -> Any:
    """The type's spoken words outside a list (the field a draft stands beside), if any."""
    return next((f for f in fields if "spoken" in f.roles and "[]" not in f.path), None)


def _scenes(pool: list[dict[str, Any]], fields: list[Any]) -> list[str]:
    """Long texts of the type's context fields in its samples: what a scene description decoy reads like."""
    paths = [f.path for f in fields if f.type == "string" and "context" in f.roles and "spoken" not in f.roles
             and "[]" not in f.path]  # fmt: skip
    out = []
    for rec in pool:
        for p in paths:
            v = _get(rec, p.split("."))
            if isinstance(v, str) and len(v.split()) >= 6:
                out.append(v)
    return out


def _record_rng(rec: dict[str, Any]) -> random.Random:
    """Drawn from the record's own content: an exact duplicate gets the same decoys as its original."""
    return random.Random(json.dumps(rec, sort_keys=True, ensure_ascii=False))


#: a grader's notes on the record: long text of none of ours
_CRITIQUE = [
    "Stays in character throughout and the register fits the moment well.",
    "The line is a little long for the beat but nothing in it contradicts the setup.",
    "Good restraint; it does not overpromise what the character could give here.",
    "Slightly generic phrasing in the middle, otherwise believable and specific.",
    "The emotional read is right, though the ending could be tighter.",
    "No safety concerns; tone is warm without being saccharine.",
    "Reads as a real person under pressure rather than a helpful assistant.",
]


def _decoys(fields: list[Any], keys: dict[str, list[str]], names: dict[str, str], at: dict[str, list[str]]):
    """Fields of the generator's own beside ours, each of the shape of one of ours: `draft` (another sample's
    spoken words, beside the final ones), `scene` (another sample's context text), `confidence` (0-1, often under
    a quality threshold), `toxicity` (0-1, near 0), small integers (`attempt` 1-3, `turn` 1-9, `beat` 1-5).
    `critique` (a grader's notes, long text), `second_judge` (another judge's 0-1 mark). `names`: decoy -> their
    key; `at`: decoy -> the keys of the object it goes in (default: the top level)."""
    spoken = _spoken(fields)

    def extras(rec: dict[str, Any], pool: list[dict[str, Any]]) -> list[tuple[list[str], Any]]:
        r = _record_rng(rec)
        out: list[tuple[list[str], Any]] = []
        for decoy, key in names.items():
            where = at.get(decoy, [])
            if decoy == "draft":
                if spoken is None:
                    continue
                mine = _get(rec, spoken.path.split("."))
                others = [v for x in pool if isinstance(v := _get(x, spoken.path.split(".")), str) and v != mine]
                if not others:
                    continue
                where = at.get(decoy, keys[spoken.path][:-1])
                value: Any = r.choice(others)
            elif decoy == "scene":
                texts = [t for t in _scenes(pool, fields) if t not in json.dumps(rec, ensure_ascii=False)]
                if not texts:
                    continue
                value = r.choice(texts)
            elif decoy == "critique":
                value = " ".join(r.sample(_CRITIQUE, 2))
            elif decoy == "confidence":
                value = round(r.uniform(0.3, 0.99), 2)
            elif decoy == "second_judge":  # another judge's mark on the same 0-1 scale as the score
                value = round(r.uniform(0.45, 0.98), 2)
            elif decoy == "toxicity":
                value = round(r.uniform(0.0, 0.12), 2)
            elif decoy == "attempt":
                value = r.randint(1, 3)
            elif decoy == "turn":
                value = r.randint(1, 9)
            elif decoy == "beat":
                value = r.randint(1, 5)
            else:
                raise ValueError(decoy)
            out.append(([*where, key], value))
        return out

    return extras


def _abbreviated_keys(fields: list[Any], style: str) -> dict[str, list[str]]:
    return _leaf_names(fields, lambda f: _translated(f.name, ABBREVIATED, style))


def _abbreviated(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """Abbreviated English keys (`npc_resp`, `eff_cap`, `auth_sc`), snake or camel; beside them a draft of the
    answer, a confidence and a toxicity score named like the scores (`conf_sc`, `tox_sc`), a retry count."""
    style = rng.choice(["snake", "camel"])
    keys = _abbreviated_keys(fields, style)
    spoken = _spoken(fields)
    names = {
        "confidence": _case(["conf", "sc"], style),
        "toxicity": _case(["tox", "sc"], style),
        "attempt": _case(["try", "n"], style),
    }
    if spoken is not None:
        names["draft"] = _case([*keys[spoken.path][-1:], "draft"], style)
    return Dialect(keys=keys, extras=_decoys(fields, keys, names, {}))


def _place(f: Any, quality: str) -> str:
    """Where a grouped record puts a field: `meta` (who, labels, versions), `payload` (what is given and the
    answer), `grading` (the grader's quality)."""
    roles = set(f.roles)
    if f.path == quality:
        return "grading"
    if {"name", "label", "version"} & roles or f.name.endswith("_version") or f.name == "generated_at":
        return "meta"
    return "payload"


def _grouped_keys(data_type: str, fields: list[Any], style: str) -> dict[str, list[str]]:
    """Every leaf under meta / payload / grading (an object's leaves keep their object's synonym under payload);
    the grader's quality is `grading.quality` for every type."""
    from field_drift import QUALITY

    keys: dict[str, list[str]] = {}

    def word(name: str) -> str:
        return _translated(name, ENGLISH_B, style) or name

    for f in fields:
        if "[]" in f.path:
            keys[f.path] = [word(f.name)]
            continue
        if f.type == "object":
            continue
        group = _place(f, QUALITY[data_type])
        if f.path == QUALITY[data_type]:
            keys[f.path] = ["grading", "quality"]
        elif "." in f.path and group == "payload":
            keys[f.path] = ["payload", *(word(x) for x in f.path.split("."))]
        else:
            keys[f.path] = [group, word(f.name)]
    return keys


def _grouped(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """The record in meta / payload / grading, camelCase or PascalCase synonyms of another author; the answer is
    `final…` beside a `draft…` of the same shape; the grader's quality beside its confidence, toxicity and
    rationale (a scene description beside relationship scoring's reasoning); small integers beside the levels."""
    style = rng.choice(["camel", "pascal"])
    keys = _grouped_keys(data_type, fields, style)
    spoken = _spoken(fields)
    names = {
        "critique": "rationale",
        "confidence": "confidence",
        "toxicity": "toxicity",
        "attempt": "attempt",
        "beat": "beat",
    }
    if data_type == "relationship_scoring":  # (the one type with no scene of ours: its reasoning is the answer)
        names["scene"] = _case(["scene", "description"], style)
        names["critique"] = "feedback"
    at = {"scene": ["payload"], "critique": ["grading"], "confidence": ["grading"], "toxicity": ["grading"],
          "attempt": ["meta"], "beat": ["payload"]}  # fmt: skip
    if spoken is not None:
        own = keys[spoken.path]
        keys[spoken.path] = [*own[:-1], _case(["final", own[-1]], style)]
        names["draft"] = _case(["draft", own[-1]], style)
    return Dialect(keys=keys, extras=_decoys(fields, keys, names, at))


def _small(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """A small folder: 3-6 records a type, in two files, one type in one file only; another author's snake_case
    synonyms, a confidence and a turn number beside them."""
    keys = _leaf_names(fields, lambda f: _translated(f.name, ENGLISH_B, "snake") or f.name)
    names = {"confidence": "confidence", "turn": "turn"}
    one = Dialect(keys=keys, extras=_decoys(fields, keys, names, {}))
    d = Dialect(keys=keys, extras=one.extras, size=rng.randint(3, 6))
    if rng.random() < 0.75:
        d.versions = [one, one]
    return d


def _two_versions(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """Both prompt versions of a type in one folder: v1 abbreviated and flat, v2 grouped (meta / payload /
    grading), each in its own file."""
    return Dialect(versions=[_abbreviated(data_type, fields, rng), _grouped(data_type, fields, rng)])


# ---- forms beside decoys or another prompt version (seeds 39 on) ------------------------------------------------
def _their_object(keys: dict[str, list[str]], fields: list[Any], ours: str) -> list[str]:
    """Their keys of our object (the keys above its first child's)."""
    child = next(f.path for f in fields if f.parent == ours)
    return keys.get(child, child.split("."))[:-1]


def _pop_at(rec: dict[str, Any], keys: list[str]) -> Any:
    """The value at their keys, taken out of the record (an object left empty goes too)."""
    holder = _get(rec, keys[:-1]) if len(keys) > 1 else rec
    v = holder.pop(keys[-1], None) if isinstance(holder, dict) else None
    if len(keys) > 1 and holder == {}:
        _pop_at(rec, keys[:-1])
    return v


def _with_forms(data_type: str, fields: list[Any], keys: dict[str, list[str]], rng: random.Random) -> Dialect:
    """A dialect of `keys` whose records also hold every form their type has: the OCEAN object as a list of five
    numbers, the exchange as a list of turns, the options as an object keyed by type (each under a name of the
    probe's own, where the object stood)."""
    d = Dialect(keys=keys)
    steps: list[Callable[[dict[str, Any]], None]] = []
    ocean = next((f.path for f in fields if f.type == "object" and {g.name for g in fields if g.parent == f.path} ==
                  set(TRAITS)), None)  # fmt: skip
    if ocean is not None:
        at = _their_object(keys, fields, ocean)
        vector = [*at[:-1], rng.choice(["trait_scores", "persona_axes", "five_factors"])]

        def to_list(rec: dict[str, Any]) -> None:
            obj = _pop_at(rec, at)
            if isinstance(obj, dict):
                _put(rec, vector, [obj.get(keys.get(f"{ocean}.{t}", [t])[-1]) for t in TRAITS])

        steps.append(to_list)
        where = _written(vector)
        d.reshaped.update({f"{where}[{i}]": f"{ocean}.{t}" for i, t in enumerate(TRAITS)})

        def bad_trait(rec: dict[str, Any]) -> dict[str, Any]:
            _set(rec, f"{ocean}.neuroticism", -0.3)
            return {"expected": "reject", "reason": "score_out_of_range"}

        d.plant = bad_trait
    if data_type in _TURNS:
        player, npc = _TURNS[data_type]
        turns, text = rng.choice([("dialogue_turns", "utterance"), ("script", "said")])

        def to_turns(rec: dict[str, Any]) -> None:
            said = [_pop_at(rec, keys.get(player, player.split("."))), _pop_at(rec, keys.get(npc, npc.split(".")))]
            rec[turns] = [{text: v} for v in said if v is not None]

        steps.append(to_turns)
        d.reshaped.update({f"{turns}[0].{text}": player, f"{turns}[1].{text}": npc})
    if data_type == "dramatic_irony":
        lst = "response_options"
        held = keys.get(lst, [lst])
        kind, line, hit = (keys.get(f"{lst}[].{x}", [x])[-1] for x in ("type", "dialogue", "relationship_impact"))
        keyed = [*held[:-1], rng.choice(["replies_by_kind", "answer_set"])]
        d.prepare = _keyed_options(data_type, fields, rng).prepare

        def to_keyed(rec: dict[str, Any]) -> None:
            opts = _pop_at(rec, held)
            if isinstance(opts, list):
                _put(rec, keyed, {o.pop(kind): o for o in opts})

        steps.append(to_keyed)
        where = _written(keyed)
        d.reshaped.update({f"{where}{{}}": f"{lst}[].type", f"{where}{{}}.{line}": f"{lst}[].dialogue",
                           f"{where}{{}}.{hit}": f"{lst}[].relationship_impact"})  # fmt: skip

    def reshape(rec: dict[str, Any]) -> None:
        for step in steps:
            step(rec)

    d.reshape = reshape if steps else None
    return d


def _forms_decoys(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """Every form of the type under another author's synonyms, beside a grader's confidence and toxicity (0-1),
    its notes (free text) and a retry count, all at the top level (types with no form: the synonyms alone; their
    decoys are the English teams' probes')."""
    style = rng.choice(["snake", "camel"])
    keys = _leaf_names(fields, lambda f: _translated(f.name, ENGLISH_B, style) or f.name)
    d = _with_forms(data_type, fields, keys, rng)
    if d.reshape is None:
        return d
    names = {
        "confidence": _case(rng.choice([["grader", "confidence"], ["certainty"]]), style),
        "toxicity": _case(rng.choice([["toxicity"], ["harm", "score"]]), style),
        "critique": _case(rng.choice([["reviewer", "notes"], ["grader", "comment"]]), style),
        "attempt": _case(["try", "count"], style),
    }
    d.extras = _decoys(fields, keys, names, {})
    return d


def _forms_two_versions(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """The type's v1 with its forms under abbreviated snake_case keys, its v2 writing every field by name under
    another author's PascalCase synonyms, a file each (the outer dialect prepares and plants for both)."""
    v1 = _with_forms(data_type, fields, _abbreviated_keys(fields, "snake"), rng)
    v2 = Dialect(keys=_leaf_names(fields, lambda f: _translated(f.name, ENGLISH_B, "pascal") or f.name))
    return Dialect(versions=[v1, v2], prepare=v1.prepare, plant=v1.plant)


#: forms beside decoys or another prompt version, seeds 39 on (two rounds: keys in order, then shuffled)
FORM_PROBES: dict[str, Callable[[str, list[Any], random.Random], Dialect]] = {
    "forms_decoys": _forms_decoys,
    "forms_two_versions": _forms_two_versions,
}


def _code(name: str) -> str:
    """A field's three-letter code as a score sheet writes it: its first letter, then the consonants after it
    (`openness` -> OPN, `conscientiousness` -> CNS, `trust_change` -> TRS)."""
    letters = name.replace("_", "")
    return (letters[0] + "".join(c for c in letters[1:] if c not in "aeiou"))[:3].upper()


def _coded_pairs(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """Every object of ours holding three numbers or more written as a list of `{code, value}` pairs whose codes
    are three-letter abbreviations (`{"dim": "CNS", "score": 0.4}`), in a different order in every record; the rest
    under our own names."""
    objs = [
        f.path
        for f in fields
        if f.type == "object"
        and "." not in f.path
        and len(kids := [g for g in fields if g.parent == f.path]) >= 3
        and all(g.type in ("number", "integer") for g in kids)
    ]
    if not objs:
        return Dialect()
    label, value = rng.choice([("dim", "score"), ("code", "val"), ("axis", "reading")])
    lists = {o: rng.choice(["sheet", "scales", "dims"]) + "_" + o.split("_")[-1] for o in objs}
    kids = {o: [g.name for g in fields if g.parent == o] for o in objs}

    def reshape(rec: dict[str, Any]) -> None:
        for o in objs:
            obj = rec.pop(o, None)
            if isinstance(obj, dict):
                pairs = [{label: _code(k), value: v} for k, v in obj.items()]
                random.Random(json.dumps(pairs)).shuffle(pairs)
                rec[lists[o]] = pairs

    reshaped = {f"{lists[o]}[{label}={_code(k)}].{value}": f"{o}.{k}" for o in objs for k in kids[o]}
    return Dialect(reshape=reshape, reshaped=reshaped)


def _reviewed(data_type: str, fields: list[Any], rng: random.Random) -> Dialect:
    """A reviewing pipeline: another author's snake_case synonyms; the answer beside the line the reviewer turned
    down (`<answer>_rejected`); the type's score in a review group beside a second judge's mark named as the score
    with words added (`<score>_second_judge`), the judge's certainty, a toxicity and the attempt; the group is
    `review` in every type but multi-step, which calls it `audit`."""
    from field_drift import QUALITY

    keys = _leaf_names(fields, lambda f: _translated(f.name, ENGLISH_B, "snake") or f.name)
    group = "audit" if data_type == "multi_step" else "review"
    score = rng.choice(["overall", "verdict"]) if QUALITY[data_type].endswith("quality_score") else None
    mark = score or keys[QUALITY[data_type]][-1]
    keys[QUALITY[data_type]] = [group, mark]
    names = {
        "second_judge": f"{mark}_second_judge",
        "confidence": "certainty",
        "toxicity": "toxicity",
        "attempt": "attempt",
    }
    at = {k: [group] for k in names}
    spoken = _spoken(fields)
    if spoken is not None:
        names["draft"] = f"{keys[spoken.path][-1]}_rejected"
    return Dialect(keys=keys, extras=_decoys(fields, keys, names, at))


#: a reviewing pipeline's bookkeeping (seeds past the score sheets' two rounds, two rounds again)
REVIEW_PROBES: dict[str, Callable[[str, list[Any], random.Random], Dialect]] = {
    "reviewed": _reviewed,
}


#: probes of score sheets (seeds past the English teams' two rounds, two rounds again)
SHEET_PROBES: dict[str, Callable[[str, list[Any], random.Random], Dialect]] = {
    "coded_pairs": _coded_pairs,
}


#: the English teams' probes, seeds 31 on (two rounds: keys in order, then shuffled)
ENGLISH_PROBES: dict[str, Callable[[str, list[Any], random.Random], Dialect]] = {
    "abbreviated": _abbreviated,
    "grouped": _grouped,
    "small": _small,
    "two_versions": _two_versions,
}


PROBES: dict[str, Callable[[str, list[Any], random.Random], Dialect]] = {
    "german": _language(GERMAN),
    "polish": _language(POLISH),
    "spanish": _language(SPANISH),
    "hungarian": _hungarian,
    "screaming": _screaming,
    "dotted": _dotted,
    "attributes": _attributes,
    "groups": _groups,
    "wrapped": _wrapped,
    "deep_answer": _deep_answer,
    "units": _units,
    "ocean_array": _ocean_array,
    "keyed_options": _keyed_options,
    "turns": _turns,
    "array_lines": _array_lines,
}


#: the first seed of the English teams' probes (seeds before it: PROBES in two rounds, as they always were)
ENGLISH_FROM = 2 * len(PROBES) + 1
#: the first seed of the form probes (after two rounds of the English teams')
FORMS_FROM = ENGLISH_FROM + 2 * len(ENGLISH_PROBES)


#: seeds left to the form probes after the English teams' (two dialects, two rounds)
FORM_SEEDS = 4
#: the first seed of the score-sheet probes (after the English teams' and the form probes' seeds)
SHEETS_FROM = ENGLISH_FROM + 2 * len(ENGLISH_PROBES) + FORM_SEEDS
#: the first seed of the reviewing pipeline's probe (after the score sheets' two rounds: seed 45)
REVIEWS_FROM = SHEETS_FROM + 2 * len(SHEET_PROBES)


def probe_of(seed: int) -> str:
    if seed >= REVIEWS_FROM:
        names = list(REVIEW_PROBES)
        return names[(seed - REVIEWS_FROM) % len(names)]
    if seed >= SHEETS_FROM:
        names = list(SHEET_PROBES)
        return names[(seed - SHEETS_FROM) % len(names)]
    if seed >= FORMS_FROM:
        names = list(FORM_PROBES)
        return names[(seed - FORMS_FROM) % len(names)]
    if seed >= ENGLISH_FROM:
        names = list(ENGLISH_PROBES)
        return names[(seed - ENGLISH_FROM) % len(names)]
    names = list(PROBES)
    return names[(seed - 1) % len(names)]


def shuffled_keys(seed: int) -> bool:
    """Seeds of the second round (and every other round after it) write each record's keys in a random order, as a
    pipeline that builds its records from a dict of its own does: the order of the keys then says nothing."""
    if seed >= REVIEWS_FROM:
        return ((seed - REVIEWS_FROM) // len(REVIEW_PROBES)) % 2 == 1
    if seed >= SHEETS_FROM:
        return ((seed - SHEETS_FROM) // len(SHEET_PROBES)) % 2 == 1
    if seed >= FORMS_FROM:
        return ((seed - FORMS_FROM) // len(FORM_PROBES)) % 2 == 1
    if seed >= ENGLISH_FROM:
        return ((seed - ENGLISH_FROM) // len(ENGLISH_PROBES)) % 2 == 1
    return ((seed - 1) // len(PROBES)) % 2 == 1


def _shuffled(obj: Any, rng: random.Random) -> Any:
    if isinstance(obj, dict):
        keys = list(obj)
        rng.shuffle(keys)
        return {k: _shuffled(obj[k], rng) for k in keys}
    if isinstance(obj, list):
        return [_shuffled(x, rng) for x in obj]
    return obj


# ---- the folder ----------------------------------------------------------------------------------------------
def _present(rec: dict[str, Any]) -> set[str]:
    return set(rec)


def _texts(rec: Any, prefix: str = "") -> set[str]:
    """Our paths holding text of several words (what the `wrapped` probe boxes)."""
    out: set[str] = set()
    if isinstance(rec, dict):
        for k, v in rec.items():
            p = f"{prefix}.{k}" if prefix else k
            if isinstance(v, str) and " " in v.strip():
                out.add(p)
            elif isinstance(v, dict):
                out |= _texts(v, p)
    return out


def write_probe_folder(folder: Path, seed: int, samples: dict[str, list[dict]] | None = None) -> dict[str, Any]:
    """Write probe `probe_of(seed)`'s folder: every data type's valid samples in that dialect plus planted
    defects; return the manifest (the eval's shape)."""
    from field_drift import valid_samples

    from curation.ingest.interactions.spec_fields import spec_fields

    samples = samples if samples is not None else valid_samples()
    spec = spec_fields()
    name = probe_of(seed)
    make = (
        PROBES.get(name)
        or ENGLISH_PROBES.get(name)
        or FORM_PROBES.get(name)
        or SHEET_PROBES.get(name)
        or REVIEW_PROBES[name]
    )
    rng = random.Random(f"{name}:{seed}")
    folder.mkdir(parents=True, exist_ok=True)
    plans: dict[str, Any] = {}
    records: list[dict[str, Any]] = []
    ours: dict[str, list[dict[str, Any]]] = {}
    for t_index, (data_type, items) in enumerate(sorted(samples.items())):
        d = make(data_type, spec[data_type], rng)
        if d.prepare is not None:
            prepare = d.prepare
            items = [prepare(copy.deepcopy(s), items) for s in items]
        pool = items
        if d.size is not None:
            items = items[: d.size]
        rows: list[tuple[dict, dict]] = [(s, {"expected": "keep"}) for s in items]
        bad = copy.deepcopy(items[0])
        _set(bad, QUALITY[data_type], 1.35)
        rows.append((bad, {"expected": "reject", "reason": "score_out_of_range"}))
        ruled = copy.deepcopy(items[-1])
        rule = _rule_defect(data_type, ruled)
        if rule is not None:
            rows.append((ruled, {"expected": "flag", "rule": rule}))
        if d.plant is not None:
            own = copy.deepcopy(items[2 % len(items)])
            rows.append((own, d.plant(own)))
        rows.append((copy.deepcopy(items[1 % len(items)]), {"expected": "reject", "reason": "exact_duplicate"}))
        present = set().union(*(_present(s) for s, _ in rows))
        boxed = set().union(*(_texts(s) for s, _ in rows)) if d.text_box else set()
        versions = d.versions or [d]
        # rows dealt to the versions' files in turn; the duplicate goes with its original (row 1)
        dealt = [i % len(versions) for i in range(len(rows) - 1)] + [1 % len(items) % len(versions)]
        the_truth: dict[str, str] = {}
        for v_index, v in enumerate(versions):
            mine = [r for r, at in zip(rows, dealt, strict=True) if at == v_index]
            if not mine:
                continue
            the_truth.update(truth(v, spec[data_type], present, boxed))
            fname = f"probe_{name}_{t_index:02d}" + (f"_v{v_index + 1}" if len(versions) > 1 else "") + ".json"
            fname += "l" if v.lines else ""
            ours[fname] = [copy.deepcopy(x) for x, _ in mine]
            drifted = [render(x, v, pool) for x, _ in mine]
            if shuffled_keys(seed):
                drifted = [_shuffled(x, rng) for x in drifted]
                if v.reshape is not None and mine[-1] is rows[-1]:  # a duplicate is written as its original was
                    original = next(i for i, r in enumerate(mine) if r is rows[1 % len(items)])  # (an object keyed
                    drifted[-1] = copy.deepcopy(drifted[original])  # by label becomes a list: its key order is kept)
            if v.lines:  # one array of (up to) three records a line, each record labelled (index: over lines)
                text = "".join(
                    json.dumps([{"kind": data_type, **x} for x in drifted[i : i + 3]], ensure_ascii=False) + "\n"
                    for i in range(0, len(drifted), 3)
                )
                (folder / fname).write_text(text, encoding="utf-8")
            else:
                (folder / fname).write_text(
                    json.dumps({"data_type": data_type, "records": drifted}, ensure_ascii=False, indent=1),
                    encoding="utf-8",
                )
            for i, (_, p) in enumerate(mine):
                records.append({"file": fname, "index": i, "data_type": data_type, "reason": None, "rule": None, **p})
        plans[data_type] = {"probe": name, "truth": the_truth}
    # (`ours`: each file's records as planted on our names, before the dialect wrote them)
    return {"seed": seed, "probe": name, "plans": plans, "records": records, "ours": ours}


def _set(sample: dict, path: str, value: Any) -> None:
    obj = sample
    parts = path.split(".")
    for p in parts[:-1]:
        obj = obj[p]
    obj[parts[-1]] = value


if __name__ == "__main__":  # pragma: no cover
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    m = write_probe_folder(Path(a.out), a.seed)
    print(json.dumps(m["plans"], indent=1, ensure_ascii=False))
