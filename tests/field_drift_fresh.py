"""A third drift generator, written apart from the matcher and from the two others (issue 11 held-out check).

tests/field_drift.py swaps single English words and nests under one wrapper; tests/field_drift_heldout.py
imitates programmers (camelCase/kebab abbreviations, a second English lexicon, input/output envelopes). This
one imitates generators written by *other people in other places*. Each data type gets a dialect:

- naming: field names in Spanish, German or French (word order and compounding of that language:
  `respuesta_personaje`, `FigurAntwort`, `reponse_personnage`), long descriptive English names
  (`the_characters_spoken_reply_text`), or Hungarian notation (`strCharacterResponse`, `fAuthenticityScore`,
  `arrCapacityFactors`, `m_objMemory`); written in snake, camel, Pascal, SCREAMING_SNAKE or "Title Case With
  Spaces";
- objects: nested under a translated name with translated children, flattened into their parent with a path
  separator in the key (`recuerdo__semanas`, `memoria/emocion`), or written as a JSON string (a documented
  lossless reading); a factor list as a name -> impact table (documented);
- records: flat, grouped by value kind (`{"textos": {...}, "valores": {...}}`), or wrapped one per record
  (`{"uid": "...", "registro": {...}}`); optional fields (that no rule, label or gate reads) absent from
  some records only; about one type in five has its second file written by the "next prompt version" (a
  second dialect for the same type in the same folder: the truth map holds both sets of names);
- values: every number as text (`"7.5"`), scores as "8.5/10" or "8 out of 10", weeks as "3 weeks ago",
  payoff windows as "2 to 4 weeks" (all lossless readings docs/interaction-formats.md documents; no score is
  put on another scale, which the docs say is rejected, never rescaled);
- files: `{"meta": {...}, "rows": [...]}`, JSON Lines, an object keyed by the type label, a deep API response
  (`{"status": "ok", "response": {"body": {"entries": [...]}}}`), a `<think>` block plus a fenced array,
  Python literal output, BOM + CRLF, cp1252 bytes, the multi-step pipeline's own bare arrays (no label: only
  the file name says the type); one file per folder (JSON Lines or the meta/rows envelope) ends inside its
  last record (a copy of a valid one, planted `lost`); mojibake in some valid records' text (kept after
  repair);
- planted defects (on the canonical record, before the dialect): out-of-range scores, capacities and other
  bounded values (`value_out_of_range`: level, trust, weeks, age, impact), a NaN (`not_a_number`), a score
  with words in it (`uncoercible_type`), a missing required field, a score under the quality threshold, an
  authenticity score off its declared target, rule violations of every family a type has (capacity formula,
  X+2 stated in the constraint sentence or as a support-given number, capacity and authenticity buckets,
  complexity type, irony option type/capacity/impact/knowledge gap, hook type and payoff window, resonance
  type and weight), exact duplicates (also across files).

Names never collide with another field's name or alias of the same type, nor with a key the reader treats as
a sample container. Not planted, because no `interactions.field_map` line can express them (so no record
written that way is salvageable by the issue's own definition): keys that contain a literal "." (a map path
splits on "."), and objects written as lists of {name, value} pairs. The manifest (`fresh.manifest.json`,
skipped by the reader) holds every record's expected outcome and, per type, `truth`: their path -> our path
for everything written under another path.

    python tests/field_drift_fresh.py OUT_DIR [--seed N]
"""

from __future__ import annotations

import copy
import json
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# ---- vocabularies -----------------------------------------------------------------------------------------
#: English word of our field names -> (Spanish, German, French), ASCII-folded as many code bases write them.
_WORDS = """
action accion aktion acte | after despues danach apres | age edad alter age_ans | ago atras zurueck passe |
agreeableness amabilidad vertraeglichkeit agreabilite | at fecha zeit date | authenticity autenticidad
authentizitaet authenticite | background trasfondo hintergrund historique | base base basis base | capacity
capacidad kapazitaet capacite | card ficha karte fiche | change cambio aenderung changement | character
personaje figur personnage | complexity complejidad komplexitaet complexite | conscientiousness
responsabilidad gewissenhaftigkeit conscienciosite | constraint limitacion einschraenkung contrainte | context
contexto kontext cadre | current actual aktuell actuel | demonstrates demuestra zeigt montre | description
descripcion beschreibung recit_court | dialogue dialogo dialog replique | dramatic dramatica dramatisch dramatique
| effective efectiva effektiv reelle | effectiveness eficacia wirksamkeit efficacite | emotion emocion gefuehl
ressenti | emotional emocional emotional emotionnel | expression expresion ausdruck manifestation |
extraversion extroversion extraversion extraversion_trait | factor factor faktor facteur | factors factores
faktoren facteurs | game juego spiel jeu | gap brecha luecke ecart | generated generado erzeugt genere | hint
pista hinweis indice | hook gancho haken accroche | impact impacto auswirkung incidence | interaction
interaccion interaktion echange | internal interno innerer interieur | irony ironia ironie ironie | knowledge
conocimiento wissen connaissance | knows sabe weiss sait | level nivel stufe niveau | master maestro meister
maitre | max maximo hoechst maxi | memory recuerdo erinnerung souvenir | metadata metadatos metadaten
metadonnees | min minimo mindest mini | name nombre bezeichnung nom | narrative narrativa erzaehlung recit |
needed necesario benoetigt requis | neuroticism neuroticismo neurotizismus nevrosisme | notes notas notizen
remarques | npc pnj nsc pnj | occupation ocupacion beruf metier | ocean rasgos fuenf_faktoren cinq_facteurs |
openness apertura offenheit ouverture | option opcion variante option_choisie | options opciones optionen
choix | outcomes resultados ergebnisse resultats | payoff desenlace aufloesung denouement | personality
personalidad persoenlichkeit personnalite | pipeline flujo ablauf chaine | player jugador spieler joueur |
profile perfil profil profil | prose prosa prosa texte | provided dado gegeben fourni | quality calidad
qualitaet qualite | rationale justificacion begruendung justification | recommended recomendada empfohlen
recommandee | reference referencia bezug renvoi | relationship relacion beziehung relation | request peticion
anfrage demande | resonance resonancia resonanz resonance_affective | response respuesta antwort reponse |
scenario escenario szenario mise_en_scene | score puntuacion wert note | setup preparacion aufbau mise_en_place
| situation situacion lage circonstance | state estado zustand etat | support apoyo unterstuetzung soutien |
target objetivo ziel cible | tension tension spannung suspense | thought pensamiento gedanke pensee | training
entrenamiento training entrainement | trait rasgo merkmal caractere | trust confianza vertrauen confiance |
truths verdades wahrheiten verites | type tipo typ genre | version version fassung version_num | weeks semanas
wochen semaines | weight peso gewicht poids | window ventana fenster fenetre
"""
LEXICON: dict[str, dict[str, str]] = {"es": {}, "de": {}, "fr": {}}
for _row in _WORDS.split("|"):
    _en, _es, _de, _fr = _row.split()
    LEXICON["es"][_en], LEXICON["de"][_en], LEXICON["fr"][_en] = _es, _de, _fr
#: Romance languages put the head noun first ("character response" -> "respuesta (del) personaje").
_JOINERS = {"es": ["_", "_del_", "_de_"], "fr": ["_", "_du_", "_de_"]}

#: Long descriptive English: each word as a phrase (none of the other generators' words).
PARAPHRASE = {
    "character": "characters",
    "npc": "non_player_characters",
    "player": "players",
    "response": "spoken_reply",
    "dialogue": "spoken_words",
    "prose": "written_passage",
    "score": "numeric_assessment",
    "quality": "overall_craft",
    "authenticity": "emotional_honesty",
    "situation": "circumstance_being_faced",
    "context": "surrounding_circumstances",
    "scenario": "scene_being_played",
    "capacity": "emotional_reserves",
    "base": "usual",
    "effective": "currently_available",
    "factors": "influences_on_reserves",
    "factor": "influence",
    "impact": "signed_effect",
    "support": "help",
    "needed": "being_asked_for",
    "provided": "actually_given",
    "level": "stage_reached",
    "name": "full_name",
    "memory": "remembered_episode",
    "description": "account_of_what_happened",
    "emotion": "feeling_at_the_time",
    "weeks": "number_of_weeks",
    "ago": "in_the_past",
    "resonance": "emotional_echo",
    "weight": "importance",
    "type": "category_label",
    "hook": "narrative_lure",
    "setup": "hidden_preparation",
    "payoff": "eventual_resolution",
    "window": "expected_timeframe",
    "tension": "suspense_building",
    "trust": "mutual_reliance",
    "change": "variation",
    "rationale": "reasoning_behind_the_number",
    "action": "deed",
    "knows": "is_aware_of",
    "knowledge": "awareness",
    "gap": "disparity",
    "options": "possible_reactions",
    "option": "reaction",
    "trait": "personality_facet",
    "expression": "way_it_comes_across",
    "ocean": "big_five_profile",
    "constraint": "limit_being_shown",
    "demonstrates": "how_the_reply_shows",
    "internal": "unspoken",
    "thought": "inner_voice",
    "notes": "annotations",
    "complexity": "behaviour_pattern",
    "target": "intended",
    "interaction": "exchange",
    "relationship": "bond",
    "recommended": "most_in_character",
    "current": "present",
    "profile": "identity_sheet",
    "narrative": "story",
    "state": "condition",
    "outcomes": "consequences",
    "training": "dataset",
    "metadata": "bookkeeping",
}
_KIND_NOUN = {"string": "text", "number": "value", "integer": "count", "object": "details", "array": "list"}
_HUNGARIAN = {"string": ["str", "sz"], "number": ["f", "dbl"], "integer": ["i", "n"], "array": ["arr", "lst"]}
_HUNGARIAN["object"] = ["obj", "o"]
#: What a record is wrapped in, and the value-kind groups, per dialect.
_WRAP = {"es": "registro", "de": "datensatz", "fr": "enregistrement", "desc": "generated_record_body"}
_WRAP["hun"] = "objRecord"
_GROUPS = {
    "es": ("textos", "valores", "estructuras"),
    "de": ("texte", "zahlen", "strukturen"),
    "fr": ("chaines", "nombres", "structures"),
    "desc": ("all_free_text_fields", "all_numeric_fields", "all_nested_fields"),
    "hun": ("mapStrings", "mapNumbers", "mapObjects"),
}
#: Keys the reader treats as a sample container or a type label: never used as a field name.
_READER_KEYS = {
    "samples", "data", "interactions", "examples", "records", "items", "results", "outputs", "generations",
    "entries", "rows", "dataset", "batch", "train", "validation", "test", "training_data", "data_type",
    "datatype", "type", "category", "sample_type", "sample", "master_truths_version",
}  # fmt: skip


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _case(words: list[str], case: str) -> str:
    words = [w for w in "_".join(words).split("_") if w]
    if case == "camel":
        return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if case == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in words)
    if case == "upper":
        return "_".join(w.upper() for w in words)
    if case == "title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    if case == "compound":  # German: one word
        return "".join(words)
    return "_".join(words)


@dataclass
class Dialect:
    """One other generator's naming habit: a language (or descriptive English, or Hungarian notation) and a case."""

    lang: str  # es | de | fr | desc | hun
    case: str
    joiner: str = "_"
    article: bool = False  # descriptive names start with "the_"

    @classmethod
    def draw(cls, rng: random.Random) -> Dialect:
        lang = rng.choice(["es", "de", "fr", "desc", "hun"])
        if lang in ("es", "fr"):
            return cls(lang, rng.choice(["snake", "snake", "camel", "upper", "title"]), rng.choice(_JOINERS[lang]))
        if lang == "de":
            return cls(lang, rng.choice(["compound", "pascal", "snake", "camel"]))
        if lang == "desc":
            return cls(lang, rng.choice(["snake", "snake", "camel"]), article=rng.random() < 0.6)
        return cls(lang, rng.choice(["plain", "member"]))

    def name(self, ours: str, json_type: str, rng: random.Random, attempt: int) -> str:
        words = [w for w in ours.split("_") if w]
        if self.lang in LEXICON:
            lex = LEXICON[self.lang]
            out = [lex.get(w, w) for w in words]
            if self.lang in ("es", "fr") and len(out) > 1:
                out = out[::-1]
                if self.joiner != "_" and self.case == "snake":
                    return self.joiner.join(out) + ("" if attempt == 0 else f"_{attempt + 1}")
            if attempt:
                out.append(["bis", "alt", "otro", "autre"][attempt % 4])
            return _case(out, self.case)
        if self.lang == "desc":
            phrase = [PARAPHRASE.get(w, w) for w in words]
            head = ["the"] if self.article or attempt else []
            tail = [_KIND_NOUN.get(json_type, "item")] + (["as_written"] if attempt else [])
            return _case(head + phrase + tail, self.case)
        prefix = rng.choice(_HUNGARIAN.get(json_type, ["v"])) if attempt == 0 else _HUNGARIAN.get(json_type, ["v"])[-1]
        body = _case(words + (["Alt"] if attempt > 1 else []), "pascal")
        return ("m_" if self.case == "member" else "") + prefix + body


# ---- plans ------------------------------------------------------------------------------------------------
@dataclass
class FreshPlan:
    """How one data type is written: a name per spec path, a style per object, the record layout, value habits."""

    data_type: str
    dialect: Dialect
    layout: str  # flat | by_kind | wrapped
    names: dict[str, str] = field(default_factory=dict)  # our path ("a.b", "a[].b") -> their key (one segment)
    objects: dict[str, str] = field(default_factory=dict)  # our object path -> nest | flat | json
    separator: str = "__"
    tables: list[str] = field(default_factory=list)  # our name/value-pair lists written as {name: value}
    numbers_as_text: bool = False
    score_fractions: bool = False
    weeks_as_text: bool = False
    window_as_text: bool = False
    optional_drops: list[str] = field(default_factory=list)  # optional paths absent from some records
    label_key: str = "category"
    label: str = ""
    truth: dict[str, str] = field(default_factory=dict)  # their path -> our path (filled while writing)


def _walk_fields(specs: tuple, prefix: str = "") -> list[tuple[str, Any]]:
    """(our path, FieldSpec) for every field at any depth, parents first."""
    out = []
    for f in specs:
        path = prefix + f.name
        out.append((path, f))
        if f.type == "object" and f.fields:
            out += _walk_fields(f.fields, path + ".")
        elif f.type == "array" and f.items is not None and f.items.fields:
            out += _walk_fields(f.items.fields, path + "[].")
    return out


def _load_bearing_paths(t: Any) -> set[str]:
    """Paths a rule, a label, the quality gate, the version or the answer reads (never dropped for style)."""
    r = t.roles
    out = {r.answer, *r.quality, *r.version}
    for table in (r.labels, r.capacity, r.irony, r.tension, r.memory):
        for v in table.values():
            if isinstance(v, bool):
                continue
            out.update(v if isinstance(v, (tuple, list)) else (v,))
    return {p for p in out if p}


def make_plan(data_type: str, t: Any, rng: random.Random) -> FreshPlan:
    """Draw one data type's dialect, layout, names and value habits from its spec entry."""
    dialect = Dialect.draw(rng)
    plan = FreshPlan(data_type, dialect, rng.choice(["flat", "flat", "by_kind", "wrapped"]))
    plan.separator = rng.choice(["__", "/"])
    fields = _walk_fields(t.fields)
    reserved: dict[str, str] = {}  # normalised name or alias -> our path it belongs to
    for path, f in fields:
        for n in (f.name, *f.aliases):
            reserved.setdefault(_norm(n), path)
    used_per_parent: dict[str, set[str]] = {}
    for path, f in fields:
        parent = path.rpartition(".")[0]
        used = used_per_parent.setdefault(parent, set())
        ours_leaf = f.name
        for attempt in range(8):
            cand = dialect.name(ours_leaf, f.type, rng, attempt)
            key = _norm(cand)
            owner = reserved.get(key)
            if key and key not in used and cand.lower() not in _READER_KEYS and owner in (None, path):
                break
        else:  # pragma: no cover - the vocabularies make this unreachable in practice
            cand = f"{ours_leaf}_x{rng.randrange(1000)}"
            key = _norm(cand)
        used.add(key)
        plan.names[path] = cand
        if f.type == "object" and f.fields:
            if f.parse == "window":
                plan.objects[path] = "nest"
                plan.window_as_text = rng.random() < 0.4
            else:
                plan.objects[path] = rng.choice(["nest", "nest", "flat", "json"])
        if f.type == "array" and f.parse == "name_value_pairs" and rng.random() < 0.3:
            plan.tables.append(path)
    bearing = _load_bearing_paths(t)
    plan.optional_drops = [
        p
        for p, f in fields
        if not f.required
        and "[]" not in p
        and not any(b == p or b.startswith(p + ".") or b.startswith(p + "[]") for b in bearing)
        and f.type not in ("object", "array")
        and rng.random() < 0.5
    ]
    r = rng.random()
    plan.numbers_as_text = r < 0.3
    plan.score_fractions = 0.3 <= r < 0.5
    plan.weeks_as_text = rng.random() < 0.4
    plan.label_key = rng.choice(["category", "data_type", "sample_type", "type"])
    if data_type == "memory_resonance" and plan.label_key == "type":
        plan.label_key = "category"  # memory's own `type` alias: keep the label unambiguous
    plan.label = rng.choice(
        [data_type, data_type.replace("_", " ").title(), _case(data_type.split("_"), "camel"), *t.label_synonyms]
    )
    return plan


# ---- writing one record ------------------------------------------------------------------------------------
def _exact_text(value: float, scale: float) -> str | None:
    """'8.5' when value * scale reads back exactly as value (else None: keep the number)."""
    text = f"{round(value * scale, 6):.6g}"
    return text if float(text) / scale == value else None


def _value(v: Any, f: Any, plan: FreshPlan) -> Any:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or (isinstance(v, float) and not math.isfinite(v)):
        return v
    if plan.weeks_as_text and f.parse == "unit" and v >= 0:
        return f"{v:g} weeks ago" if f.name.endswith("ago") else f"{v:g} weeks"
    if plan.score_fractions and f.range is not None and tuple(f.range) == (0.0, 1.0) and 0 <= v <= 1:
        text = _exact_text(v, 10)
        if text is not None:
            return f"{text}/10" if len(text) > 1 else f"{text} out of 10"
    if plan.numbers_as_text:
        return repr(v) if isinstance(v, float) else str(v)
    return v


class _Writer:
    """Writes canonical records in one plan's dialect; every placement also notes their path -> our path."""

    def __init__(self, plan: FreshPlan, t: Any) -> None:
        self.plan = plan
        self.t = t

    def record(self, sample: dict[str, Any], drop: set[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for segs, _ours, value in self._emit(sample, self.t.fields, "", [], "", drop):
            holder = out
            for s in segs[:-1]:
                holder = holder.setdefault(s, {})
            holder[segs[-1]] = value
        for k, v in sample.items():  # fields the spec does not know stay as they were
            if all(f.name != k for f in self.t.fields):
                out[k] = v
        if self.plan.layout == "wrapped":
            digest = sum(ord(c) * (i + 1) for i, c in enumerate(json.dumps(sample, sort_keys=True))) % 10**8
            return {"uid": f"{self.plan.data_type[:3]}-{digest:08d}", _WRAP[self.plan.dialect.lang]: out}
        return out

    def _note(self, segs: list[str], ours: str) -> None:
        full = ([_WRAP[self.plan.dialect.lang]] if self.plan.layout == "wrapped" else []) + segs
        theirs = ".".join(full)
        if theirs != ours:
            self.plan.truth[theirs] = ours

    def _top(self, segs: list[str], f: Any, top: bool) -> list[str]:
        """The by_kind layout groups top-level values by what they hold (text, number, structure)."""
        if not top or self.plan.layout != "by_kind":
            return segs
        kind = {"string": 0, "number": 1, "integer": 1}.get(f.type, 2)
        return [_GROUPS[self.plan.dialect.lang][kind], *segs]

    def _emit(
        self, obj: dict, specs: tuple, prefix: str, segs: list[str], pending: str, drop: set[str]
    ) -> list[tuple[list[str], str, Any]]:
        """(their key segments, our path, value) for every field of `obj`; `pending` prefixes the next key
        (a flattened object's name and separator)."""
        out: list[tuple[list[str], str, Any]] = []
        for f in specs:
            path = prefix + f.name
            if f.name not in obj or path in drop:
                continue
            v = obj[f.name]
            key = pending + self.plan.names[path]
            style = self.plan.objects.get(path)
            here = self._top([*segs, key], f, not segs)
            if style and isinstance(v, dict):
                out += self._object(v, f, path, here, segs, key, drop)
            elif f.type == "array" and isinstance(v, list) and f.items is not None and f.items.fields:
                out.append((here, path, self._array(v, f, path)))
                self._note(here, path)
                if path not in self.plan.tables or not isinstance(out[-1][2], dict):
                    for k in f.items.fields:
                        self._note(
                            [*here[:-1], here[-1] + "[]", self.plan.names[f"{path}[].{k.name}"]], f"{path}[].{k.name}"
                        )
            else:
                out.append((here, path, _value(v, f, self.plan)))
                self._note(here, path)
        return out

    def _object(
        self, v: dict, f: Any, path: str, here: list[str], segs: list[str], key: str, drop: set[str]
    ) -> list[tuple[list[str], str, Any]]:
        style = self.plan.objects[path]
        if f.parse == "window" and self.plan.window_as_text and {"min", "max"} <= set(v):
            lo, hi = v["min"], v["max"]
            if all(isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0 for x in (lo, hi)):
                self._note(here, path)
                return [(here, path, f"{lo:g} to {hi:g} weeks")]
        if style == "json":
            self._note(here, path)
            return [(here, path, json.dumps(v, ensure_ascii=False))]
        if style == "flat":  # the children sit beside it, their keys prefixed with its name and the separator
            return self._emit(v, f.fields, path + ".", segs, key + self.plan.separator, drop)
        self._note(here, path)
        return self._emit(v, f.fields, path + ".", here, "", drop)

    def _array(self, v: list, f: Any, path: str) -> Any:
        kids = f.items.fields
        if path in self.plan.tables and all(isinstance(x, dict) for x in v) and len(kids) >= 2:
            table = {str(x.get(kids[0].name)): _value(x.get(kids[1].name), kids[1], self.plan) for x in v}
            if len(table) == len(v):
                return table
        items = []
        for x in v:
            if not isinstance(x, dict):
                items.append(x)
                continue
            item: dict[str, Any] = {}
            for k in kids:
                if k.name in x:
                    item[self.plan.names[f"{path}[].{k.name}"]] = _value(x[k.name], k, self.plan)
            item.update({k2: x2 for k2, x2 in x.items() if all(k.name != k2 for k in kids)})
            items.append(item)
        return items


# ---- planted defects (on canonical records, before the dialect) ----------------------------------------------
@dataclass
class Planted:
    file: str
    index: int
    data_type: str
    expected: str  # keep | reject | flag | lost
    reason: str | None = None
    rule: str | None = None


def _get(obj: Any, path: str) -> Any:
    for p in path.split("."):
        if not isinstance(obj, dict) or p not in obj:
            return None
        obj = obj[p]
    return obj


def _set(obj: Any, path: str, value: Any) -> bool:
    parts = path.split(".")
    for p in parts[:-1]:
        obj = obj.get(p) if isinstance(obj, dict) else None
    if not isinstance(obj, dict) or parts[-1] not in obj:
        return False
    obj[parts[-1]] = value
    return True


def _delete(obj: Any, path: str) -> bool:
    parts = path.split(".")
    for p in parts[:-1]:
        obj = obj.get(p) if isinstance(obj, dict) else None
    if not isinstance(obj, dict) or parts[-1] not in obj:
        return False
    del obj[parts[-1]]
    return True


def _paths(v: Any) -> tuple[str, ...]:
    if not v:
        return ()
    return (v,) if isinstance(v, str) else tuple(v)


def _num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


class _Defects:
    """Defective copies of valid canonical records of one type, each with what the analysis must do with it."""

    def __init__(self, data_type: str, spec: Any, items: list[dict], rng: random.Random) -> None:
        self.t = spec.types[data_type]
        self.rules = spec.rules
        self.items = items
        self.rng = rng
        self.data_type = data_type
        self.out: list[tuple[dict, Planted]] = []
        r = self.t.roles
        self.quality = r.quality[0]
        self.cap = {k: _paths(v) for k, v in r.capacity.items() if not isinstance(v, bool)}
        self.labels = {k: _paths(v) for k, v in r.labels.items()}

    def _pick(self, ok: Any) -> dict | None:
        pool = [x for x in self.items if ok(x)]
        return copy.deepcopy(self.rng.choice(pool)) if pool else None

    def _add(self, rec: dict | None, expected: str, reason: str | None = None, rule: str | None = None) -> None:
        if rec is not None:
            self.out.append((rec, Planted("", 0, self.data_type, expected, reason, rule)))

    def _first(self, paths: tuple[str, ...], s: dict) -> str | None:
        return next((p for p in paths if _get(s, p) is not None), None)

    def _eff(self, s: dict) -> float | None:
        p = self._first(self.cap.get("effective", ()), s)
        v = _get(s, p) if p else None
        return v if _num(v) else None

    def schema(self) -> None:
        """Out-of-range values of each named scale, a NaN or a worded score, a missing required field."""
        q = self.quality
        c = self._pick(lambda x: _num(_get(x, q)))
        if c is not None and _set(c, q, self.rng.choice([1.25, 1.6, -0.15])):
            self._add(c, "reject", "score_out_of_range")
        fields = self.t.flat_fields()
        derived = set(self.cap.get("base", ())) | (
            set(self.cap.get("effective", ())) if self.cap.get("factors") else set()
        )
        caps = [
            ff.path for ff in fields if ff.field.scale == "capacity" and "[]" not in ff.path and ff.path not in derived
        ]
        c = self._pick(lambda x: any(_num(_get(x, p)) for p in caps))
        if c is not None:
            p = next(p for p in caps if _num(_get(c, p)))
            _set(c, p, self.rng.choice([10.5, 12.0, 15.0]))
            self._add(c, "reject", "capacity_out_of_range")
        others = [
            ff
            for ff in fields
            if ff.field.range_reason == "value_out_of_range" and ff.field.range is not None and "[]" not in ff.path
        ]
        c = self._pick(lambda x: any(_num(_get(x, ff.path)) for ff in others))
        if c is not None:
            ff = self.rng.choice([ff for ff in others if _num(_get(c, ff.path))])
            lo, hi = ff.field.range
            bad = hi + (3 if ff.field.type == "integer" else 2.5) if hi is not None else lo - 3
            _set(c, ff.path, int(bad) if ff.field.type == "integer" else float(bad))
            self._add(c, "reject", "value_out_of_range")
        c = self._pick(lambda x: _num(_get(x, q)))
        if c is not None:
            if self.rng.random() < 0.5:
                _set(c, q, float("nan"))
                self._add(c, "reject", "not_a_number")
            else:
                _set(c, q, f"{_get(c, q)} ({self.rng.choice(['good', 'solid', 'ok-ish'])})")
                self._add(c, "reject", "uncoercible_type")
        answer_root = self.t.roles.answer.split(".")[0].split("[]")[0]
        required = [f.name for f in self.t.fields if f.required and f.name not in (answer_root, q)]
        c = copy.deepcopy(self.rng.choice(self.items))
        if required and _delete(c, self.rng.choice(required)):
            self._add(c, "reject", "missing_required_field")

    def quality_gate(self) -> None:
        q = self.quality
        target_paths = self.labels.get("authenticity_target", ())
        own_score = "authenticity" not in q  # gated on its own quality score, not on a declared target
        c = self._pick(lambda x: _num(_get(x, q)) and (own_score or not any(_get(x, p) for p in target_paths)))
        if c is not None:
            _set(c, q, round(self.t.quality_threshold * self.rng.choice([0.4, 0.6, 0.75]), 2))
            self._add(c, "reject", "below_quality_threshold")
        score_path = self.cap.get("authenticity_score", (q,))[0]
        c = self._pick(
            lambda x: (
                self._first(target_paths, x) is not None and _num(_get(x, score_path)) and not self._over_x_plus_2(x)
            )
        )
        if c is None:
            return
        score = _get(c, score_path)
        buckets = self.rules.authenticity_buckets
        top = max(buckets, key=lambda b: buckets[b].accept[1])
        wrong = next(
            (b for b, k in buckets.items() if b != top and not (k.accept[0] - 0.05 <= score <= k.accept[1] + 0.05)),
            None,
        )
        if wrong is None:
            return
        for p in target_paths:
            _set(c, p, wrong)
        if own_score:
            self._add(c, "flag", rule="authenticity.bucket")
        else:
            self._add(c, "reject", "off_authenticity_target")

    def _over_x_plus_2(self, s: dict) -> bool:
        eff = self._eff(s)
        p = self._first(self.cap.get("support_needed", ()), s)
        need = _get(s, p) if p else None
        return eff is None or not _num(need) or need > eff + self.rules.capacity.x_plus

    def capacity(self) -> None:
        eff_paths, base, factors = self.cap.get("effective", ()), self.cap.get("base", ()), self.cap.get("factors", ())
        if base and factors:
            c = self._pick(lambda x: self._eff(x) is not None and _num(_get(x, base[0])) and _get(x, factors[0]))
            if c is not None:
                eff = self._eff(c)
                _set(c, self._first(eff_paths, c) or "", eff + 2.5 if eff <= 7.5 else eff - 2.5)
                self._add(c, "flag", rule="capacity.effective_formula")
        level = self.labels.get("capacity_level", ())
        c = self._pick(lambda x: self._eff(x) is not None and self._first(level, x) is not None)
        if c is not None:
            _set(c, self._first(level, c) or "", "high" if (self._eff(c) or 0) < 5 else "crisis")
            self._add(c, "flag", rule="capacity.bucket")
        ctype = self.labels.get("complexity_type", ())
        c = self._pick(lambda x: self._first(ctype, x) is not None)
        if c is not None:
            for p in ctype:
                _set(c, p, self.rng.choice(["martyrdom_spiral", "quiet_sabotage", "overfunctioning"]))
            self._add(c, "flag", rule="complexity.type")
        self._x_plus_2()

    def _x_plus_2(self) -> None:
        """Support given above X+2: in the constraint sentence when the type has one, else as a number."""
        x_plus = self.rules.capacity.x_plus
        constraint = self.cap.get("constraint", ())
        provided = self.cap.get("support_provided", ())
        c = self._pick(lambda x: self._eff(x) is not None and self._eff(x) <= 5.5)
        if c is None:
            return
        eff = self._eff(c) or 0.0
        given = float(min(10, math.floor(eff + x_plus) + 2))
        if constraint and _get(c, constraint[0]) is not None:
            verb = self.rng.choice(["delivers", "musters", "lends", "extends", "supplies"])
            unit = self.rng.choice(["out of 10 support", "points of support", "/10"])
            amount = f"{given:g}/10" if unit == "/10" else f"{given:g} {unit}"
            _set(
                c,
                constraint[0],
                f"Capacity {eff:g} + {x_plus:g} = {eff + x_plus:g} at most, yet she {verb} {amount} and solves it all.",
            )
            self._add(c, "flag", rule="capacity.x_plus_2")
        elif provided:
            parent = provided[0].rpartition(".")[0]
            holder = _get(c, parent) if parent else c
            if isinstance(holder, dict):
                holder[provided[0].rpartition(".")[2]] = given
                self._add(c, "flag", rule="capacity.x_plus_2")

    def irony(self) -> None:
        ir = {k: _paths(v) for k, v in self.t.roles.irony.items()}
        if not ir:
            return
        opts, otype, impact = ir["options"][0], ir["option_type"][0], ir["impact"][0]
        table = self.rules.irony_options
        c = self._pick(lambda x: isinstance(_get(x, opts), list) and _get(x, opts))
        if c is not None:
            o = self.rng.choice(_get(c, opts))
            o[otype] = self.rng.choice(["passive_aggressive", "deflecting", "oblivious_joke"])
            self._add(c, "flag", rule="irony.option_type")
        c = self._pick(lambda x: isinstance(_get(x, opts), list) and _get(x, opts))
        if c is not None:
            o = self.rng.choice([o for o in _get(c, opts) if o.get(otype) in table] or [None])
            if o is not None:
                hi = table[o[otype]].relationship_impact[1]
                o[impact] = round(hi + 0.7, 2)
                self._add(c, "flag", rule="irony.relationship_impact")
        self._option_capacity(ir, table)
        gap = ir.get("knowledge_gap", ())
        c = self._pick(lambda x: bool(gap) and _num(_get(x, gap[0])))
        if c is not None:
            _set(c, gap[0], round(self.rules.knowledge_gap_trigger - self.rng.choice([0.15, 0.25, 0.4]), 2))
            self._add(c, "flag", rule="irony.knowledge_gap")

    def _option_capacity(self, ir: dict, table: dict) -> None:
        opts, otype = ir["options"][0], ir["option_type"][0]
        cap_path = self.cap.get("effective", ("",))[0]
        for x in self.rng.sample(self.items, len(self.items)):
            present = {o.get(otype) for o in (_get(x, opts) or []) if isinstance(o, dict)}
            if not present or present >= set(table) or not present <= set(table):
                continue
            for cap in (1.0, 5.0, 8.5):
                if not any(table[t].capacity[0] <= cap <= table[t].capacity[1] for t in present):
                    c = copy.deepcopy(x)
                    if _set(c, cap_path, cap):
                        self._add(c, "flag", rule="irony.option_capacity")
                    return

    def tension(self) -> None:
        tn = {k: _paths(v) for k, v in self.t.roles.tension.items()}
        hook = tn.get("hook_type", ())
        c = self._pick(lambda x: bool(hook) and _get(x, hook[0]) is not None)
        if c is not None:
            _set(c, hook[0], self.rng.choice(["foreshadow_tease", "slow_reveal", "open_loop"]))
            self._add(c, "flag", rule="tension.hook_type")
        win = tn.get("payoff_window", ())
        weeks = self.rules.payoff_weeks
        c = self._pick(lambda x: bool(win) and isinstance(_get(x, win[0]), dict) and _get(x, hook[0]) in weeks)
        if c is not None:
            hi = weeks[_get(c, hook[0])][1]
            _set(c, win[0], {"min": hi + 3, "max": hi + 5})
            self._add(c, "flag", rule="tension.payoff_window")

    def memory(self) -> None:
        mem = {k: _paths(v) for k, v in self.t.roles.memory.items()}
        if not mem:
            return
        rtype, weight = mem["resonance_type"][0], mem["resonance_weight"][0]
        table = self.rules.resonance_weights
        c = self._pick(lambda x: _get(x, rtype) in table)
        if c is not None:
            _set(c, rtype, self.rng.choice(["bittersweet_echo", "nostalgic_pull", "guilt_callback"]))
            self._add(c, "flag", rule="memory.resonance_type")
        c = self._pick(lambda x: _get(x, rtype) in table)
        if c is not None:
            _set(c, weight, round(table[_get(c, rtype)] - self.rng.choice([0.2, 0.3, 0.45]), 2))
            self._add(c, "flag", rule="memory.resonance_weight")

    def all(self) -> list[tuple[dict, Planted]]:
        self.schema()
        self.quality_gate()
        families = set(self.t.roles.rules)
        if "capacity" in families:
            self.capacity()
        if "irony" in families:
            self.irony()
        if "tension" in families:
            self.tension()
        if "memory" in families:
            self.memory()
        return self.out


# ---- files ---------------------------------------------------------------------------------------------------
_FORMATS = ["meta_rows", "jsonl", "by_label", "deep", "think_fence", "python_literal", "bom_crlf", "cp1252"]
# also: "jsonl_cut" / "rows_cut" (the last record cut mid-way) and "bare" (a headerless type's own bare array)
_FILE_WORDS = {"es": "lote", "de": "stapel", "fr": "lot", "desc": "export", "hun": "dump"}
_SUBDIRS = ["", "", "run_a", "nightly/2025-10-14"]


def _labelled(rec: dict, plan: FreshPlan) -> dict:
    return {plan.label_key: plan.label, **rec}


def _render(fmt: str, records: list[dict], plan: FreshPlan, rng: random.Random) -> tuple[str, bytes]:
    """(extension, file bytes) of one batch file holding `records` in this format."""
    if fmt in ("jsonl", "jsonl_cut"):
        lines = [json.dumps(_labelled(r, plan), ensure_ascii=False) for r in records]
        if fmt == "jsonl_cut":
            return "jsonl", ("\n".join(lines[:-1]) + "\n" + lines[-1][: len(lines[-1]) // 2]).encode("utf-8")
        return "jsonl", ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "bare":
        return "json", json.dumps(records, ensure_ascii=False, indent=2).encode("utf-8")
    if fmt == "by_label":
        return "json", json.dumps({plan.label: records}, ensure_ascii=False, indent=2).encode("utf-8")
    if fmt == "deep":
        doc = {
            "status": "ok",
            plan.label_key: plan.label,
            "response": {"request_id": f"req-{rng.randrange(10**6):06d}", "body": {"entries": records}},
        }
        return "json", json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "think_fence":
        body = json.dumps([_labelled(r, plan) for r in records], ensure_ascii=False, indent=2)
        text = (
            "<think>\nThe user wants the batch as JSON. I will keep every field.\n</think>\n"
            f"Here is the batch:\n```json\n{body}\n```\n"
        )
        return "txt", text.encode("utf-8")
    if fmt == "python_literal":
        return "txt", repr([_labelled(r, plan) for r in records]).encode("utf-8")
    doc = {
        "meta": {"generator": f"{_FILE_WORDS[plan.dialect.lang]}-gen", "count": len(records), "model": "qwen3-14b"},
        plan.label_key: plan.label,
        "master_truths_version": rng.choice(["1.2", "v1.2"]),
        "rows": records,
    }
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    if fmt == "rows_cut":  # the envelope ends inside its last record
        last = json.dumps(records[-1], ensure_ascii=False, indent=2)
        return "json", text[: text.rindex("\n  ]") - len(last) // 2].encode("utf-8")
    if fmt == "bom_crlf":
        return "json", ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")
    if fmt == "cp1252":
        try:
            return "json", text.encode("cp1252")
        except UnicodeEncodeError:
            return "json", text.encode("utf-8")
    return "json", text.encode("utf-8")


def _has_non_finite(records: list[dict]) -> bool:
    return "NaN" in json.dumps(records)


def _mojibake(rec: dict, path: str) -> bool:
    """The answer text as a cp1252 reader of UTF-8 shows it ("donâ€™t"); the ingest repairs it."""
    v = _get(rec, path)
    if not isinstance(v, str) or v.isascii():
        return False
    try:
        bad = v.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return False
    return _set(rec, path, bad)


def write_fresh_folder(out: Path, seed: int = 1, samples: dict[str, list[dict]] | None = None) -> dict[str, Any]:
    """Write every data type's valid samples as other people's generators would, plus planted defects; the
    manifest (`fresh.manifest.json`) holds every record's expected outcome and the truth map per type."""
    from curation.domain import load_spec

    if samples is None:
        from field_drift import valid_samples  # the canonical valid records (data, not the drift)

        samples = valid_samples()
    spec = load_spec()
    rng = random.Random(seed * 104729 + 3)
    out.mkdir(parents=True, exist_ok=True)
    plans: dict[str, FreshPlan] = {}
    second: dict[str, FreshPlan] = {}  # types whose second file is written in another dialect
    files: list[tuple[Path, list[tuple[dict, Planted]], str, FreshPlan]] = []
    cut_type = rng.choice(sorted(samples))
    for data_type, items in sorted(samples.items()):
        t = spec.types[data_type]
        plan = plans[data_type] = make_plan(data_type, t, rng)
        parts = _type_rows(plan, t, spec, items, rng)
        if parts[-1][1] is not plan:
            second[data_type] = parts[-1][1]
        sub = rng.choice(_SUBDIRS)
        if t.headerless and rng.random() < 0.5:  # the pipeline's own bare arrays: only the file name says the type
            base = f"{data_type}_batch_2025101{rng.randrange(10)}_{rng.randrange(24):02d}{rng.randrange(60):02d}00"
            fmts = ["bare"] * len(parts)
        else:
            base = f"{_FILE_WORDS[plan.dialect.lang]}_{rng.randrange(1000):03d}{chr(97 + len(plans))}"
            fmts = [rng.choice(_FORMATS) for _ in parts]
        if data_type == cut_type:  # the type's last file ends in a record cut mid-way
            fmts[-1] = rng.choice(["jsonl_cut", "rows_cut"])
        for k, ((part, part_plan), fmt) in enumerate(zip(parts, fmts, strict=True)):
            if fmt == "python_literal" and _has_non_finite([r for r, _ in part]):
                fmt = "meta_rows"  # a Python repr of NaN is not a literal anyone would write
            files.append((Path(sub) / f"{base}_{k + 1}", part, fmt, part_plan))
    planted: list[Planted] = []
    written: list[dict[str, str]] = []
    for stem, part, fmt, plan in files:
        if fmt in ("jsonl_cut", "rows_cut"):  # a copy of a valid record, cut mid-way: not salvageable
            cut = copy.deepcopy(next(r for r, p in part if p.expected == "keep"))
            part = [*part, (cut, Planted("", 0, plan.data_type, "lost"))]
        ext, raw = _render(fmt, [r for r, _ in part], plan, rng)
        path = out / f"{stem}.{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        written.append({"path": str(path.relative_to(out)), "format": fmt, "data_type": plan.data_type})
        for i, (_, p) in enumerate(part):
            p.file, p.index = path.name, i
            planted.append(p)
    manifest = {
        "seed": seed,
        "generator": "field_drift_fresh",
        "plans": {
            dt: {
                **_plan_summary(p),
                "second_dialect": _plan_summary(second[dt]) if dt in second else None,
                "truth": {**p.truth, **(second[dt].truth if dt in second else {})},
            }
            for dt, p in plans.items()
        },
        "files": written,
        "records": [p.__dict__ for p in planted],
    }
    (out / "fresh.manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def _plan_summary(p: FreshPlan) -> dict[str, Any]:
    return {
        "dialect": p.dialect.__dict__,
        "layout": p.layout,
        "objects": p.objects,
        "separator": p.separator,
        "tables": p.tables,
        "values": {
            "numbers_as_text": p.numbers_as_text,
            "score_fractions": p.score_fractions,
            "weeks_as_text": p.weeks_as_text,
            "window_as_text": p.window_as_text,
        },
        "optional_drops": p.optional_drops,
        "label": [p.label_key, p.label],
        "truth": p.truth,
    }


def _type_rows(
    plan: FreshPlan, t: Any, spec: Any, items: list[dict], rng: random.Random
) -> list[tuple[list[tuple[dict, Planted]], FreshPlan]]:
    """One type's written records (valid ones, defects spread among them, exact duplicates) in one or two files,
    each with the plan it is written in: a second file may come from the next prompt version (another dialect)."""
    canon: list[tuple[dict, set[str], Planted]] = [
        (s, {p for p in plan.optional_drops if rng.random() < 0.35}, Planted("", 0, t.data_type, "keep")) for s in items
    ]
    for s, p in _Defects(t.data_type, spec, items, rng).all():  # spread through the valid records
        canon.insert(rng.randrange(len(canon) + 1), (s, set(), p))
    split = rng.randrange(len(canon) // 3, 2 * len(canon) // 3) if rng.random() < 0.6 else len(canon)
    chunks = [canon[:split], canon[split:]] if split < len(canon) else [canon]
    plans = [plan] * len(chunks)
    if len(chunks) == 2 and rng.random() < 0.35:
        plans[1] = _second_plan(plan, t, rng)
    parts = [
        [(_Writer(pl, t).record(s, drop), p) for s, drop, p in chunk] for chunk, pl in zip(chunks, plans, strict=True)
    ]
    if plans[1:] and plans[1] is not plan and any(plan.truth.get(k, v) != v for k, v in plans[1].truth.items()):
        plans[1] = plan  # the two dialects would give one name two meanings: write it in the first
        parts[1] = [(_Writer(plan, t).record(s, drop), p) for s, drop, p in chunks[1]]
    answer = t.roles.answer
    for rows, pl in zip(parts, plans, strict=True):
        keeps = [r for r, p in rows if p.expected == "keep"]
        if "[]" not in answer and keeps and rng.random() < 0.4:
            for rec in rng.sample(keeps, min(2, len(keeps))):
                _mojibake(rec, _their_path(pl, answer))
    # exact duplicates: a later copy in the same file, and one in a second file of the same dialect (sorts later)
    for rows in parts[: 1 if plans[1:] and plans[1] is plan else 2]:
        keep_at = [i for i, (_, p) in enumerate(rows) if p.expected == "keep"]
        if keep_at:
            src = rng.choice(keep_at[: max(1, len(keep_at) // 2)])
            rows.insert(rng.randrange(src + 1, len(rows) + 1), (copy.deepcopy(rows[src][0]), _dup(t.data_type)))
    if plans[1:] and plans[1] is plan:
        first_keep = [r for r, p in parts[0] if p.expected == "keep"]
        parts[1].insert(rng.randrange(len(parts[1]) + 1), (copy.deepcopy(rng.choice(first_keep)), _dup(t.data_type)))
    return list(zip(parts, plans, strict=True))


def _second_plan(plan: FreshPlan, t: Any, rng: random.Random) -> FreshPlan:
    """The next prompt version of the same generator: another language or naming habit for the same type."""
    for _ in range(10):
        other = make_plan(plan.data_type, t, rng)
        if other.dialect.lang != plan.dialect.lang:
            return other
    return plan


def _dup(data_type: str) -> Planted:
    return Planted("", 0, data_type, "reject", reason="exact_duplicate")


def _their_path(plan: FreshPlan, ours: str) -> str:
    """Where the writer put our path `ours` (from the truth it noted), as a dotted path of dict keys."""
    for theirs, o in plan.truth.items():
        if o == ours:
            return theirs
    return ours


if __name__ == "__main__":  # pragma: no cover
    import argparse

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    m = write_fresh_folder(Path(a.out), a.seed)
    print(json.dumps(m["plans"], indent=1))
