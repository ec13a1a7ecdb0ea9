"""A fourth drift generator, written apart from the matcher and from the three others (issue 11 held-out score).

tests/field_drift.py swaps single English words; tests/field_drift_heldout.py imitates programmers' abbreviations
and input/output envelopes; tests/field_drift_fresh.py writes Spanish, German, French, descriptive English and
Hungarian notation. This one imitates a team elsewhere whose own Qwen3 pipeline writes the same seven data types
with the same meanings, in field names of *its* language and *its* idea of structure. Each data type gets, per
seed, one of three dialects:

- languages: Italian, Portuguese, Polish, Japanese romaji, Dutch, Swedish (`capacita`, `lembranca`, `odpowiedz`,
  `kioku`, `herinnering`, `karaktarens_svar`), and, for the multi-step type, the English of a pipeline that dumps
  each step's answer (`step1_primitives.profile`, `step4_dialogue.prose_card`, `judge.overall`); words in the
  seed's case style (snake_case, camelCase or PascalCase; now and then one type in another style: another
  author's prompt), and in about half of the Polish and Portuguese dialects spelt with their diacritics
  (`odpowiedź`, `pontuação_ironia`), as a prompt written in that language shows its JSON keys;
- structure: a record split the way that team thinks about it: who the character is / the request / the
  answer / the judge's verdict (`personaggio.nome`, `richiesta.supporto_necessario`, `risposta.battuta`,
  `valutazione.autenticita`), a hook object holding its type, premise and window (`gancio.finestra_settimane`),
  a Japanese NPC tree three levels deep (`npc.kanjo.jikko_yoryo`), the planner's slot parameters in a `params`
  object, a memory flattened into prefixed fields (`lembranca_descricao`), a record whose inputs, outputs and
  scores sit in `entrada` / `saida` / `avaliacao`; factor lists with their own item names (`{causa, peso}`,
  `{yoin, eikyo}`, `{why, delta_points}`) or as a name -> impact table;
- values (only readings docs/interaction-formats.md documents as lossless): scores as "82%", numbers as text,
  capacities as "3.5/10", trust as "+0.3", weeks as "3 weeks ago" or "26 weeks", payoff windows as "2-4 weeks"
  or [2, 4], labels in Title Case or kebab-case ("Tone-Deaf", "mystery-hook", "Past Trauma Trigger"); the
  support the answer actually gives as a number of its own in one dialect (min(need, X+2) in a valid record,
  derived from the record's own numbers); null for an optional text field now and then;
- extra fields a real pipeline leaves in (never a name or alias of one of our fields of that type): a generation
  id, the model name, latency, retry count, the API's `usage` token counts, the model's remark about its own
  answer, a short stage direction beside the spoken line; optional fields no rule, label or gate reads left
  out by some dialects; keys and records in shuffled order;
- files: JSON Lines (`.jsonl`, or `.json` holding lines; several records per file, the type label on every line
  or only in the file name), an export object `{"category" | "type": ..., "generator": {...}, "records": [...]}`,
  a paged API dump `{"page": 1, "per_page": ..., "category": ..., "results": [...]}`, the multi-step pipeline's
  bare arrays named by the file, a mixed JSON Lines file holding several types, each line labelled; in half the
  seeds the files sit in dated run folders; one JSON Lines file per folder ends inside its last line (a copy of
  a valid record, planted `lost`);
- planted defects (each applicable kind on about 60% of seeds), on the canonical record before the dialect
  renders it (so the expected outcome is the spec's, whatever the names): exact duplicates (a retry that
  appended the same record again), out-of-range values (a score written out of 10, a capacity of 12 or 10.5,
  trust 1.8, level 6 or 0, negative weeks, an OCEAN trait out of 100, age 240), a NaN, a score in words, a
  missing answer, low quality, an authenticity score off its stated target, and a rule violation of every rule
  family a type has (capacity formula, X+2 as a number and as a sentence, capacity bucket, complexity type,
  irony option type / capacity / impact / knowledge gap, hook type and payoff window, resonance type and
  weight, authenticity target off the score).

Not planted, because no `interactions.field_map` line can express it (so no record written that way is
salvageable): objects written as lists of {name, value} pairs, keys holding a literal ".", one text split over two
fields; nor a type named only by a kebab-case or synonym file name (the reader does not take the type from it).
The manifest (`<folder>.fresh2.manifest.json` beside the folder, never inside it) holds every record's expected
outcome and, per type, `truth`: their path -> our path for every field written under another path.

    python tests/field_drift_fresh2.py OUT_DIR [--seed N]     # write one folder (+ OUT_DIR.fresh2.manifest.json)
    python tests/field_drift_fresh2.py --check 1-40           # the truth map recovers every record (no matcher)
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

TYPES = (
    "emotional_authenticity",
    "dramatic_irony",
    "tension_building",
    "memory_resonance",
    "personality_traits",
    "relationship_scoring",
    "multi_step",
)

# --------------------------------------------------------------------------------------------------------------
# Dialects. `paths`: our leaf path -> their path (snake words; "." between objects). A list of objects is one
# entry (our list path -> their list path) plus `items` (our item key -> theirs). `forms`: how a value is
# written. `drop`: optional fields this dialect's prompt never asks for. `junk`: what the pipeline adds.
# --------------------------------------------------------------------------------------------------------------

_EA: list[dict[str, Any]] = [
    {
        "name": "it_nested",
        "lang": "Italian",
        "paths": {
            "character_name": "personaggio.nome",
            "context": "personaggio.contesto",
            "base_capacity": "capacita.base",
            "capacity_factors": "capacita.fattori",
            "effective_capacity": "capacita.effettiva",
            "situation": "richiesta.situazione",
            "support_level_needed": "richiesta.supporto_necessario",
            "character_response": "risposta.battuta",
            "internal_thought": "risposta.pensiero_interno",
            "support_provided": "risposta.supporto_fornito",
            "authenticity_score": "valutazione.autenticita",
            "demonstrates_constraint": "valutazione.vincolo_dimostrato",
            "complexity_type": "etichette.complessita",
            "authenticity_target": "etichette.obiettivo_autenticita",
            "capacity_level": "etichette.livello_capacita",
        },
        "items": {"capacity_factors": {"factor": "causa", "impact": "peso"}},
        "forms": {"authenticity_score": "pct"},
        "derive_support_provided": True,
        "junk": "it",
    },
    {
        "name": "pl_flat",
        "lang": "Polish",
        "paths": {
            "character_name": "imie_postaci",
            "context": "kontekst",
            "base_capacity": "pojemnosc_bazowa",
            "capacity_factors": "czynniki",
            "effective_capacity": "pojemnosc_efektywna",
            "situation": "sytuacja",
            "support_level_needed": "potrzebne_wsparcie",
            "character_response": "odpowiedz",
            "internal_thought": "mysl_wewnetrzna",
            "authenticity_score": "ocena_autentycznosci",
            "demonstrates_constraint": "uzasadnienie_ograniczenia",
            "complexity_type": "typ_zlozonosci",
            "authenticity_target": "cel_autentycznosci",
            "capacity_level": "poziom_pojemnosci",
        },
        "forms": {
            "capacity_factors": "table",
            "base_capacity": "of10",
            "effective_capacity": "of10",
            "support_level_needed": "of10",
        },
        "junk": "pl",
    },
    {
        "name": "ja_deep",
        "lang": "Japanese (romaji)",
        "paths": {
            "character_name": "npc.namae",
            "context": "npc.haikei",
            "base_capacity": "npc.yoryo.kihon",
            "capacity_factors": "npc.yoryo.yoin",
            "effective_capacity": "npc.yoryo.jikko",
            "situation": "irai.naiyo",
            "support_level_needed": "irai.hitsuyo_shien",
            "character_response": "kaito.serifu",
            "authenticity_score": "hyoka.shinjitsusei",
            "demonstrates_constraint": "hyoka.seiyaku_no_setsumei",
            "complexity_type": "hyoka.fukuzatsusa",
            "authenticity_target": "hyoka.mokuhyo",
            "capacity_level": "hyoka.yoryo_reberu",
        },
        "items": {"capacity_factors": {"factor": "yoin", "impact": "eikyo"}},
        "forms": {"authenticity_score": "str", "effective_capacity": "str"},
        "drop": ["internal_thought"],
        "junk": "ja",
    },
]

_DI: list[dict[str, Any]] = [
    {
        "name": "pt_flat",
        "lang": "Portuguese",
        "paths": {
            "character_name": "nome_personagem",
            "scenario": "cenario",
            "player_knows": "jogador_sabe",
            "character_knows": "personagem_sabe",
            "knowledge_gap_score": "lacuna_conhecimento",
            "character_capacity": "capacidade_personagem",
            "response_options": "opcoes",
            "dramatic_irony_score": "pontuacao_ironia",
            "tension_notes": "notas_tensao",
        },
        "items": {"response_options": {"type": "tipo", "dialogue": "fala", "relationship_impact": "impacto_relacao"}},
        "forms": {"response_options[].type": "title", "dramatic_irony_score": "pct"},
        "junk": "pt",
    },
    {
        "name": "nl_nested",
        "lang": "Dutch",
        "paths": {
            "character_name": "personage.naam",
            "character_capacity": "personage.draagkracht",
            "scenario": "scene",
            "player_knows": "kennis.speler",
            "character_knows": "kennis.personage",
            "knowledge_gap_score": "kennis.kloof",
            "response_options": "antwoorden",
            "dramatic_irony_score": "beoordeling.ironie",
            "tension_notes": "beoordeling.opmerkingen",
        },
        "items": {
            "response_options": {"type": "soort", "dialogue": "tekst", "relationship_impact": "effect_op_relatie"}
        },
        "forms": {"response_options[].type": "kebab", "character_capacity": "of10"},
        "junk": "nl",
    },
    {
        "name": "sv_flat",
        "lang": "Swedish",
        "paths": {
            "character_name": "karaktar",
            "scenario": "scen",
            "player_knows": "spelaren_vet",
            "character_knows": "karaktaren_vet",
            "knowledge_gap_score": "kunskapsglapp",
            "character_capacity": "kapacitet_nu",
            "response_options": "svarsalternativ",
            "dramatic_irony_score": "ironipoang",
            "tension_notes": "anteckningar",
        },
        "items": {"response_options": {"type": "kategori", "dialogue": "replik", "relationship_impact": "paverkan"}},
        "forms": {"knowledge_gap_score": "str", "dramatic_irony_score": "str"},
        "drop": ["tension_notes"],
        "junk": "sv",
    },
]

_TB: list[dict[str, Any]] = [
    {
        "name": "pl_flat",
        "lang": "Polish",
        "paths": {
            "character_name": "postac",
            "context": "kontekst_sceny",
            "hook_type": "typ_haczyka",
            "dialogue": "kwestia",
            "setup": "ukryta_prawda",
            "payoff_window_weeks.min": "okno_rozwiazania.od",
            "payoff_window_weeks.max": "okno_rozwiazania.do",
            "relationship_level": "poziom_relacji",
            "tension_score": "ocena_napiecia",
            "hook_effectiveness": "skutecznosc_haczyka",
            "payoff_hint": "wskazowka_rozwiazania",
        },
        "forms": {"hook_type": "kebab"},
        "junk": "pl",
    },
    {
        "name": "it_hook",
        "lang": "Italian",
        "paths": {
            "character_name": "personaggio",
            "context": "ambientazione",
            "hook_type": "gancio.tipo",
            "setup": "gancio.premessa",
            "payoff_window_weeks": "gancio.finestra_settimane",
            "hook_effectiveness": "gancio.efficacia",
            "payoff_hint": "gancio.indizio_risoluzione",
            "dialogue": "battuta",
            "relationship_level": "livello_rapporto",
            "tension_score": "punteggio_tensione",
        },
        "forms": {"payoff_window_weeks": "window_text", "tension_score": "pct", "hook_type": "title"},
        "stage_direction": "didascalia",
        "junk": "it",
    },
    {
        "name": "ja_flat",
        "lang": "Japanese (romaji)",
        "paths": {
            "character_name": "kyara_mei",
            "context": "bamen",
            "hook_type": "fukusen_shurui",
            "dialogue": "serifu",
            "setup": "fukusen_settei",
            "payoff_window_weeks": "kaishu_kikan",
            "relationship_level": "kankei_reberu",
            "tension_score": "kinchokan",
        },
        "forms": {"payoff_window_weeks": "window_list", "relationship_level": "str"},
        "drop": ["hook_effectiveness", "payoff_hint"],
        "junk": "ja",
    },
]

_MR: list[dict[str, Any]] = [
    {
        "name": "ja_nested",
        "lang": "Japanese (romaji)",
        "paths": {
            "character_name": "kyarakuta",
            "current_situation": "genzai_no_jokyo",
            "memory.description": "kioku.naiyo",
            "memory.emotion": "kioku.kanjo",
            "memory.weeks_ago": "kioku.nanshukan_mae",
            "resonance_type": "kyomei.shurui",
            "resonance_weight": "kyomei.omomi",
            "character_response": "hento",
            "resonance_score": "kyomei_sukoa",
        },
        "forms": {"memory.weeks_ago": "weeks_ago"},
        "junk": "ja",
    },
    {
        "name": "pt_flat",
        "lang": "Portuguese",
        "paths": {
            "character_name": "personagem",
            "current_situation": "situacao_atual",
            "memory.description": "lembranca_descricao",
            "memory.emotion": "lembranca_emocao",
            "memory.weeks_ago": "lembranca_semanas_atras",
            "resonance_type": "tipo_ressonancia",
            "resonance_weight": "peso_ressonancia",
            "character_response": "resposta_personagem",
            "resonance_score": "pontuacao_ressonancia",
        },
        "forms": {"resonance_type": "title", "resonance_score": "pct"},
        "junk": "pt",
    },
    {
        "name": "nl_grouped",
        "lang": "Dutch",
        "paths": {
            "character_name": "personage",
            "current_situation": "huidige_situatie",
            "memory.description": "herinnering.wat",
            "memory.emotion": "herinnering.gevoel",
            "memory.weeks_ago": "herinnering.weken_geleden",
            "resonance_type": "resonantie.soort",
            "resonance_weight": "resonantie.gewicht",
            "resonance_score": "resonantie.beoordeling",
            "character_response": "reactie",
        },
        "forms": {"memory.weeks_ago": "weeks", "resonance_weight": "str"},
        "junk": "nl",
    },
]

_PT: list[dict[str, Any]] = [
    {
        "name": "nl_big5",
        "lang": "Dutch",
        "paths": {
            "character_name": "personage",
            "scenario": "situatieschets",
            "dialogue": "uitspraak",
            "ocean.openness": "big_five.openheid",
            "ocean.conscientiousness": "big_five.zorgvuldigheid",
            "ocean.extraversion": "big_five.extraversie",
            "ocean.agreeableness": "big_five.vriendelijkheid",
            "ocean.neuroticism": "big_five.neuroticisme",
            "trait_expression": "toelichting",
            "quality_score": "kwaliteit",
        },
        "stage_direction": "regieaanwijzing",
        "junk": "nl",
    },
    {
        "name": "pl_flat",
        "lang": "Polish",
        "paths": {
            "character_name": "postac",
            "scenario": "scenariusz",
            "dialogue": "wypowiedz",
            "ocean.openness": "cecha_otwartosc",
            "ocean.conscientiousness": "cecha_sumiennosc",
            "ocean.extraversion": "cecha_ekstrawersja",
            "ocean.agreeableness": "cecha_ugodowosc",
            "ocean.neuroticism": "cecha_neurotycznosc",
            "trait_expression": "wyjasnienie_cech",
            "quality_score": "jakosc",
        },
        "forms": {"quality_score": "str"},
        "junk": "pl",
    },
    {
        "name": "it_profile",
        "lang": "Italian",
        "paths": {
            "character_name": "profilo.nome",
            "ocean.openness": "profilo.tratti.apertura",
            "ocean.conscientiousness": "profilo.tratti.coscienziosita",
            "ocean.extraversion": "profilo.tratti.estroversione",
            "ocean.agreeableness": "profilo.tratti.amicalita",
            "ocean.neuroticism": "profilo.tratti.nevroticismo",
            "scenario": "scena",
            "dialogue": "frase",
            "trait_expression": "come_emergono_i_tratti",
            "quality_score": "punteggio_qualita",
        },
        "forms": {
            "ocean.openness": "pct",
            "ocean.conscientiousness": "pct",
            "ocean.extraversion": "pct",
            "ocean.agreeableness": "pct",
            "ocean.neuroticism": "pct",
        },
        "junk": "it",
    },
]

_RS: list[dict[str, Any]] = [
    {
        "name": "sv_flat",
        "lang": "Swedish",
        "paths": {
            "character_name": "karaktar",
            "player_action": "spelarens_handling",
            "character_response": "karaktarens_svar",
            "relationship_score": "relationspoang",
            "trust_change": "fortroendeforandring",
            "rationale": "motivering",
            "quality_score": "kvalitet",
            "interaction_type": "interaktionstyp",
            "relationship_level": "relationsniva",
        },
        "forms": {"trust_change": "signed"},
        "junk": "sv",
    },
    {
        "name": "pt_envelope",
        "lang": "Portuguese",
        "paths": {
            "character_name": "entrada.personagem",
            "player_action": "entrada.acao_do_jogador",
            "interaction_type": "entrada.tipo_interacao",
            "relationship_level": "entrada.nivel_relacao",
            "character_response": "saida.resposta_personagem",
            "rationale": "saida.justificativa",
            "relationship_score": "avaliacao.pontuacao_relacao",
            "trust_change": "avaliacao.variacao_confianca",
            "quality_score": "avaliacao.qualidade",
        },
        "forms": {"relationship_score": "pct", "quality_score": "pct"},
        "junk": "pt",
    },
    {
        "name": "ja_flat",
        "lang": "Japanese (romaji)",
        "paths": {
            "character_name": "kyara",
            "player_action": "pureiya_no_kodo",
            "character_response": "kyara_no_hanno",
            "relationship_score": "kankei_sukoa",
            "trust_change": "shinrai_henka",
            "rationale": "riyu",
            "quality_score": "hinshitsu",
            "interaction_type": "kodo_shubetsu",
            "relationship_level": "kankei_dankai",
        },
        "forms": {"relationship_score": "str"},
        "junk": "ja",
    },
]

_MS: list[dict[str, Any]] = [
    {
        "name": "en_steps",
        "lang": "English (one object per pipeline step)",
        "paths": {
            "npc_profile.name": "step1_primitives.profile.name",
            "npc_profile.age": "step1_primitives.profile.age",
            "npc_profile.occupation": "step1_primitives.profile.job",
            "npc_profile.background": "step1_primitives.profile.bio",
            "npc_emotional_state.base_capacity": "step1_primitives.capacity.baseline",
            "npc_emotional_state.capacity_factors": "step1_primitives.capacity.modifiers",
            "npc_emotional_state.effective_capacity": "step1_primitives.capacity.current",
            "npc_emotional_state.current_emotion": "step1_primitives.mood",
            "npc_ocean_personality.openness": "step1_primitives.big_five.openness",
            "npc_ocean_personality.conscientiousness": "step1_primitives.big_five.conscientiousness",
            "npc_ocean_personality.extraversion": "step1_primitives.big_five.extraversion",
            "npc_ocean_personality.agreeableness": "step1_primitives.big_five.agreeableness",
            "npc_ocean_personality.neuroticism": "step1_primitives.big_five.neuroticism",
            "interaction_context.situation": "step2_context.setting",
            "interaction_context.player_request": "step2_context.ask",
            "interaction_context.support_needed": "params.support_target",
            "interaction_context.complexity_type": "params.complexity_slot",
            "interaction_context.authenticity_target": "params.authenticity_slot",
            "interaction_context.capacity_level": "params.capacity_slot",
            "tension_memory.hook_type": "step3_tension.hook_kind",
            "tension_memory.memory_reference": "step3_tension.callback",
            "npc_card_narrative.dialogue_prose": "step4_dialogue.prose_card",
            "game_outcomes.trust_change": "effects.trust",
            "game_outcomes.relationship_change": "effects.bond",
            "game_outcomes.capacity_after": "effects.capacity_left",
            "training_metadata.authenticity_score": "step4_dialogue.self_rated_authenticity",
            "training_metadata.quality_score": "judge.overall",
            "training_metadata.complexity_type": "judge.complexity_seen",
            "training_metadata.pipeline_version": "run.pipeline_rev",
            "training_metadata.master_truths_version": "run.truths_rev",
            "training_metadata.generated_at": "run.finished_at",
        },
        "items": {"npc_emotional_state.capacity_factors": {"factor": "why", "impact": "delta_points"}},
        "junk": "en",
    },
    {
        "name": "ja_tree",
        "lang": "Japanese (romaji)",
        "paths": {
            "npc_profile.name": "npc.purofiru.namae",
            "npc_profile.age": "npc.purofiru.nenrei",
            "npc_profile.occupation": "npc.purofiru.shokugyo",
            "npc_profile.background": "npc.purofiru.keireki",
            "npc_emotional_state.base_capacity": "npc.kanjo.kihon_yoryo",
            "npc_emotional_state.capacity_factors": "npc.kanjo.yoin",
            "npc_emotional_state.effective_capacity": "npc.kanjo.jikko_yoryo",
            "npc_emotional_state.current_emotion": "npc.kanjo.kimochi",
            "npc_ocean_personality.openness": "npc.seikaku.kaihosei",
            "npc_ocean_personality.conscientiousness": "npc.seikaku.kinbensei",
            "npc_ocean_personality.extraversion": "npc.seikaku.gaikosei",
            "npc_ocean_personality.agreeableness": "npc.seikaku.kyochosei",
            "npc_ocean_personality.neuroticism": "npc.seikaku.shinkeishitsu",
            "interaction_context.situation": "bamen.jokyo",
            "interaction_context.player_request": "bamen.pureiya_no_irai",
            "interaction_context.support_needed": "bamen.hitsuyo_shien",
            "interaction_context.complexity_type": "bamen.fukuzatsusa",
            "interaction_context.authenticity_target": "bamen.shinjitsusei_mokuhyo",
            "interaction_context.capacity_level": "bamen.yoryo_kubun",
            "tension_memory.hook_type": "fukusen.shurui",
            "tension_memory.memory_reference": "fukusen.kioku",
            "npc_card_narrative.dialogue_prose": "kado.honbun",
            "game_outcomes.trust_change": "kekka.shinrai",
            "game_outcomes.relationship_change": "kekka.kankei",
            "game_outcomes.capacity_after": "kekka.yoryo_go",
            "training_metadata.authenticity_score": "hyoka.shinjitsusei",
            "training_metadata.quality_score": "hyoka.hinshitsu",
            "training_metadata.complexity_type": "hyoka.fukuzatsusa",
            "training_metadata.pipeline_version": "hyoka.paipurain",
            "training_metadata.master_truths_version": "hyoka.mt_ban",
            "training_metadata.generated_at": "hyoka.seisei_nichiji",
        },
        "items": {"npc_emotional_state.capacity_factors": {"factor": "naiyo", "impact": "eikyo"}},
        "forms": {"training_metadata.quality_score": "str"},
        "junk": "ja",
    },
    {
        "name": "pt_flat",
        "lang": "Portuguese",
        "paths": {
            "npc_profile.name": "npc_nome",
            "npc_profile.age": "npc_idade",
            "npc_profile.occupation": "npc_ocupacao",
            "npc_profile.background": "npc_historia",
            "npc_emotional_state.base_capacity": "capacidade_base",
            "npc_emotional_state.capacity_factors": "fatores_capacidade",
            "npc_emotional_state.effective_capacity": "capacidade_efetiva",
            "npc_emotional_state.current_emotion": "emocao_atual",
            "npc_ocean_personality.openness": "ocean_abertura",
            "npc_ocean_personality.conscientiousness": "ocean_conscienciosidade",
            "npc_ocean_personality.extraversion": "ocean_extroversao",
            "npc_ocean_personality.agreeableness": "ocean_amabilidade",
            "npc_ocean_personality.neuroticism": "ocean_neuroticismo",
            "interaction_context.situation": "situacao",
            "interaction_context.player_request": "pedido_do_jogador",
            "interaction_context.support_needed": "apoio_necessario",
            "interaction_context.complexity_type": "tipo_complexidade",
            "interaction_context.authenticity_target": "alvo_autenticidade",
            "interaction_context.capacity_level": "faixa_capacidade",
            "tension_memory.hook_type": "gancho_tipo",
            "tension_memory.memory_reference": "gancho_memoria",
            "npc_card_narrative.dialogue_prose": "narrativa_cartao",
            "training_metadata.authenticity_score": "nota_autenticidade",
            "training_metadata.quality_score": "nota_qualidade",
        },
        "forms": {"npc_emotional_state.capacity_factors": "table", "training_metadata.quality_score": "pct"},
        "drop": [
            "game_outcomes.trust_change",
            "game_outcomes.relationship_change",
            "game_outcomes.capacity_after",
            "training_metadata.complexity_type",
            "training_metadata.pipeline_version",
            "training_metadata.master_truths_version",
            "training_metadata.generated_at",
        ],
        "junk": "pt",
    },
]

DIALECTS: dict[str, list[dict[str, Any]]] = {
    "emotional_authenticity": _EA,
    "dramatic_irony": _DI,
    "tension_building": _TB,
    "memory_resonance": _MR,
    "personality_traits": _PT,
    "relationship_scoring": _RS,
    "multi_step": _MS,
}

#: extra fields a pipeline leaves in a record, per language (snake words, styled like the rest)
_JUNK_KEYS = {
    "it": {"id": "id_generazione", "model": "modello", "ms": "durata_ms", "retries": "tentativi"},
    "pt": {"id": "id_geracao", "model": "modelo_usado", "ms": "tempo_ms", "retries": "tentativas"},
    "pl": {"id": "identyfikator", "model": "model_llm", "ms": "czas_ms", "retries": "liczba_prob"},
    "ja": {"id": "seisei_id", "model": "moderu", "ms": "shori_jikan_ms", "retries": "saishiko"},
    "nl": {"id": "generatie_id", "model": "taalmodel", "ms": "duur_ms", "retries": "pogingen"},
    "sv": {"id": "generering_id", "model": "sprakmodell", "ms": "tid_ms", "retries": "forsok"},
    "en": {"id": "run_id", "model": "llm", "ms": "wall_ms", "retries": "attempts"},
}

#: the same words with their diacritics, as a prompt written in that language spells its JSON keys (and the
#: model copies them): used for about half of the Polish and Portuguese dialects
_ACCENTS = {
    "Polish": {
        "imie": "imię",
        "pojemnosc": "pojemność",
        "odpowiedz": "odpowiedź",
        "mysl": "myśl",
        "wewnetrzna": "wewnętrzna",
        "ocena": "ocena",
        "autentycznosci": "autentyczności",
        "zlozonosci": "złożoności",
        "pojemnosci": "pojemności",
        "postac": "postać",
        "rozwiazania": "rozwiązania",
        "napiecia": "napięcia",
        "skutecznosc": "skuteczność",
        "wskazowka": "wskazówka",
        "wypowiedz": "wypowiedź",
        "otwartosc": "otwartość",
        "sumiennosc": "sumienność",
        "ugodowosc": "ugodowość",
        "neurotycznosc": "neurotyczność",
        "wyjasnienie": "wyjaśnienie",
        "jakosc": "jakość",
    },
    "Portuguese": {
        "cenario": "cenário",
        "opcoes": "opções",
        "pontuacao": "pontuação",
        "ironia": "ironia",
        "impacto": "impacto",
        "relacao": "relação",
        "tensao": "tensão",
        "lembranca": "lembrança",
        "descricao": "descrição",
        "emocao": "emoção",
        "semanas": "semanas",
        "atras": "atrás",
        "situacao": "situação",
        "ressonancia": "ressonância",
        "acao": "ação",
        "interacao": "interação",
        "saida": "saída",
        "avaliacao": "avaliação",
        "confianca": "confiança",
        "variacao": "variação",
        "historia": "história",
        "ocupacao": "ocupação",
        "emocao_atual": "emoção_atual",
        "conscienciosidade": "conscienciosidade",
        "extroversao": "extroversão",
        "faixa": "faixa",
        "nota": "nota",
        "narrativa": "narrativa",
        "cartao": "cartão",
        "memoria": "memória",
        "necessario": "necessário",
        "pedido": "pedido",
    },
}

#: what a model sometimes says about its own answer, in a field of its own (never read as data)
_COMMENT_KEYS = {
    "it": "commento_modello",
    "pt": "observacao_do_modelo",
    "pl": "uwagi_modelu",
    "ja": "moderu_no_komento",
    "nl": "toelichting_model",
    "sv": "modellens_kommentar",
    "en": "model_remarks",
}
_COMMENTS = [
    "Kept the reply in character and within the requested format.",
    "I tried to keep the voice consistent with the earlier samples.",
    "The tone is deliberately understated here.",
    "Note: the scene could also work with a softer ending.",
    "Followed the schema; no fields left empty.",
]

#: short stage directions a model adds beside the spoken line when its prompt asks for "line + direction"
_DIRECTIONS = [
    "looks away",
    "half a smile",
    "folds the tea towel twice",
    "quietly",
    "without looking up",
    "a beat too late",
    "arms crossed",
    "laughs, then stops",
]

#: how each type's label is written in a file header, a JSON Lines line or a file name
_LABELS = {
    "emotional_authenticity": ["EmotionalAuthenticity", "emotional-authenticity", "emotionalAuthenticity"],
    "dramatic_irony": ["DramaticIrony", "dramatic-irony", "dramaticIrony", "irony"],
    "tension_building": ["TensionBuilding", "tension-building", "tensionBuilding", "tension"],
    "memory_resonance": ["MemoryResonance", "memory-resonance", "memoryResonance", "memory"],
    "personality_traits": ["PersonalityTraits", "personality-traits", "personalityTraits", "personality"],
    "relationship_scoring": ["RelationshipScoring", "relationship-scoring", "relationshipScoring", "relationship"],
    "multi_step": ["MultiStep", "multi-step", "multistep"],
}

STYLES = ("snake", "camel", "pascal")


def styled(key: str, style: str, accents: dict[str, str] | None = None) -> str:
    """A snake_case key in the seed's case style (its words spelt with `accents` when given)."""
    words = [(accents or {}).get(w, w) for w in key.split("_") if w]
    if accents:
        key = "_".join(words)
    if style == "snake":
        return key
    if style == "camel":
        return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    return "".join(w[:1].upper() + w[1:] for w in words)


def styled_path(path: str, style: str, accents: dict[str, str] | None = None) -> str:
    return ".".join(styled(p, style, accents) for p in path.split("."))


class Keys(NamedTuple):
    """How one data type's keys are spelt: a case style, and optionally the language's diacritics."""

    style: str
    accents: dict[str, str] | None = None

    def k(self, key: str) -> str:
        return styled(key, self.style, self.accents)

    def p(self, path: str) -> str:
        return styled_path(path, self.style, self.accents)


# --------------------------------------------------------------------------------------------------------------
# Value forms (all documented lossless readings)
# --------------------------------------------------------------------------------------------------------------


def _num(x: float) -> str:
    return f"{x:g}"


def _form(value: Any, form: str | None) -> Any:
    if form is None or value is None:
        return value
    if form == "pct" and isinstance(value, (int, float)):
        return f"{round(value * 100, 4):g}%"
    if form == "str" and isinstance(value, (int, float)):
        return _num(value)
    if form == "of10" and isinstance(value, (int, float)):
        return f"{_num(value)}/10"
    if form == "signed" and isinstance(value, (int, float)):
        return f"{value:+g}"
    if form == "weeks_ago" and isinstance(value, (int, float)):
        return f"{_num(value)} weeks ago" if value != 1 else "1 week ago"
    if form == "weeks" and isinstance(value, (int, float)):
        return f"{_num(value)} weeks" if value != 1 else "1 week"
    if form == "window_text" and isinstance(value, dict):
        return f"{_num(value['min'])}-{_num(value['max'])} weeks"
    if form == "window_list" and isinstance(value, dict):
        return [value["min"], value["max"]]
    if form == "title" and isinstance(value, str):
        return (
            "-".join(w.capitalize() for w in value.split("_")) if "tone" in value else value.replace("_", " ").title()
        )
    if form == "kebab" and isinstance(value, str):
        return value.replace("_", "-")
    if form == "table" and isinstance(value, list):
        return {f["factor"]: f["impact"] for f in value}
    return value


# --------------------------------------------------------------------------------------------------------------
# Rendering one canonical record in a dialect
# --------------------------------------------------------------------------------------------------------------


def _leaves(rec: dict[str, Any], dialect: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """(our path, value) for every value the dialect places: a leaf, or a whole list / object it names."""
    out = []
    for k, v in rec.items():
        p = prefix + k
        if p in dialect["paths"] or not isinstance(v, dict):
            out.append((p, v))
        else:
            out.extend(_leaves(v, dialect, p + "."))
    return out


def _put(obj: dict[str, Any], path: list[str], value: Any) -> None:
    for seg in path[:-1]:
        obj = obj.setdefault(seg, {})
    obj[path[-1]] = value


def _shuffled(obj: Any, rng: random.Random) -> Any:
    if isinstance(obj, dict):
        keys = list(obj)
        rng.shuffle(keys)
        return {k: _shuffled(obj[k], rng) for k in keys}
    if isinstance(obj, list):
        return [_shuffled(x, rng) for x in obj]
    return obj


def render(rec: dict[str, Any], dialect: dict[str, Any], keys: Keys, raw: frozenset[str] = frozenset()) -> dict:
    """Their record for our canonical `rec`; `raw` paths are written as they are (a planted bad value)."""
    out: dict[str, Any] = {}
    items = dialect.get("items", {})
    for path, value in _leaves(rec, dialect):
        if path in dialect.get("drop", ()):
            continue
        their = dialect["paths"].get(path)
        if their is None:
            raise KeyError(f"dialect {dialect['name']} does not place {path}")
        form = None if path in raw else dialect.get("forms", {}).get(path)
        if isinstance(value, list) and value and isinstance(value[0], dict) and form != "table":
            ren = items.get(path, {})
            sub = dialect.get("forms", {}).get(path + "[].type")
            value = [
                {
                    keys.k(ren.get(k, k)): (_form(x, sub) if k == "type" and path + "[].type" not in raw else x)
                    for k, x in it.items()
                }
                for it in value
            ]
        else:
            value = _form(value, form)
        _put(out, keys.p(their).split("."), value)
    return out


def truth_map(dialect: dict[str, Any], keys: Keys, present: set[str]) -> dict[str, str]:
    """Their path -> our path for every field this dialect writes under another path."""
    truth = {}
    for ours, theirs in dialect["paths"].items():
        if ours not in present or ours in dialect.get("drop", ()):
            continue
        t = keys.p(theirs)
        if t != ours:
            truth[t] = ours
        for k, tk in dialect.get("items", {}).get(ours, {}).items():
            if dialect.get("forms", {}).get(ours) == "table":
                continue
            if keys.k(tk) != k or t != ours:
                truth[f"{t}[].{keys.k(tk)}"] = f"{ours}[].{k}"
    return truth


def _canonical_paths(rec: dict[str, Any], prefix: str = "") -> set[str]:
    out = set()
    for k, v in rec.items():
        p = prefix + k
        out.add(p)
        if isinstance(v, dict):
            out |= _canonical_paths(v, p + ".")
    return out


# --------------------------------------------------------------------------------------------------------------
# Planted defects: (name, applies(rec) -> bool, plant(rec, rng) -> (raw paths), expectation)
# --------------------------------------------------------------------------------------------------------------


def _bucket(x: float) -> str:
    return "crisis" if x <= 1.5 else "low" if x <= 4.0 else "medium" if x <= 6.5 else "high"


def _ea_xplus2_number(r: dict, rng: random.Random) -> set[str]:
    x = r["effective_capacity"]
    r["support_provided"] = round(min(10.0, x + 2 + rng.choice([1.0, 1.5, 2.5])), 1)
    return set()


#: how a model states, in the constraint sentence, that the answer gives more than X+2 allows
_GIVES = [
    "Capacity {x} + 2 = {lim} at most, but {who} gives {g} anyway and it costs a lot.",
    "The ceiling is {lim} (capacity {x} + 2); {who} still offers {g}/10, more than there is to give.",
    "Limit {lim} by X+2 at capacity {x}, yet {who} provides {g} out of 10 support without a pause.",
    "X+2 caps {who} at {lim}; in the scene {who} delivers {g} support points regardless.",
]


def _ea_xplus2_text(r: dict, rng: random.Random) -> set[str]:
    x = r["effective_capacity"]
    lim = x + 2
    g = min(10.0, lim + rng.choice([1.5, 2.0, 3.0]))
    who = str(r.get("character_name", "the character")).split()[0]
    r["demonstrates_constraint"] = rng.choice(_GIVES).format(x=_num(x), lim=_num(lim), g=_num(round(g, 1)), who=who)
    r.pop("support_provided", None)
    return set()


def _formula(r: dict, rng: random.Random, base: str = "") -> set[str]:
    obj = r[base] if base else r
    f = obj["capacity_factors"][0]
    f["impact"] = round(f["impact"] + rng.choice([-2.0, 1.5, 2.5]), 1)
    if abs(f["impact"]) > 10:
        f["impact"] = round(f["impact"] - 5, 1)
    return set()


def _wrong_bucket(x: float) -> str:
    return {"crisis": "high", "low": "high", "medium": "crisis", "high": "crisis"}[_bucket(x)]


def _set(path: str, value: Any, raw: bool = True) -> Callable[[dict, random.Random], set[str]]:
    """Plant `value` (or value(record)) at a dotted path (list positions as numbers). `raw`: written as it is,
    not in the dialect's value form (a model that ignored the format, e.g. a score out of 10)."""

    def plant(r: dict, rng: random.Random) -> set[str]:
        *parents, last = path.split(".")
        obj: Any = r
        for p in parents:
            obj = obj[int(p)] if p.isdigit() else obj[p]
        v = value(r) if callable(value) else value
        obj[int(last) if last.isdigit() else last] = v
        return {re.sub(r"\.\d+(\.|$)", r"[]\1", path)} if raw else set()

    return plant


def _drop(path: str) -> Callable[[dict, random.Random], set[str]]:
    def plant(r: dict, rng: random.Random) -> set[str]:
        r.pop(path)
        return set()

    return plant


def _any(r: dict) -> bool:
    return True


def _ms_cap(r: dict) -> float:
    return r["npc_emotional_state"]["effective_capacity"]


EA, DI, TB, MR, PT, RS, MS = TYPES
REJECT, FLAG = "reject", "flag"

#: (id, type, applies to the canonical record, plant, (reject, reason) | (flag, rule id)); a dialect-specific
#: defect names the dialect option it needs last
DEFECTS: list[tuple[Any, ...]] = [
    ("ea_x_plus_2_number", EA, lambda r: r["effective_capacity"] <= 6.5, _ea_xplus2_number,
     (REJECT, "rule_capacity_x_plus_2"), "derive_support_provided"),
    ("ea_x_plus_2_sentence", EA, lambda r: r["effective_capacity"] <= 6.0, _ea_xplus2_text,
     (REJECT, "rule_capacity_x_plus_2")),
    ("ea_formula", EA, _any, _formula, (REJECT, "rule_capacity_effective_formula")),
    ("ea_capacity_bucket", EA, _any, _set("capacity_level", lambda r: _wrong_bucket(r["effective_capacity"])),
     (FLAG, "capacity.bucket")),
    ("ea_complexity", EA, _any, _set("complexity_type", "quiet_resentment"), (FLAG, "complexity.type")),
    ("ea_score_out_of_10", EA, _any, _set("authenticity_score", lambda r: round(r["authenticity_score"] * 10, 1)),
     (REJECT, "score_out_of_range")),
    ("ea_need_12", EA, _any, _set("support_level_needed", 12.0), (REJECT, "capacity_out_of_range")),
    ("ea_score_in_words", EA, _any, _set("authenticity_score", "high"), (REJECT, "uncoercible_type")),
    ("ea_low_no_target", EA, lambda r: "authenticity_target" not in r, _set("authenticity_score", 0.55, raw=False),
     (REJECT, "below_quality_threshold")),
    ("ea_off_target", EA, lambda r: r.get("authenticity_target") == "authentic",
     _set("authenticity_score", 0.45, raw=False), (REJECT, "off_authenticity_target")),
    ("ea_missing_answer", EA, _any, _drop("character_response"), (REJECT, "missing_required_field")),
    ("di_impact", DI, lambda r: r["response_options"][0]["type"] == "growth",
     _set("response_options.0.relationship_impact", 1.4, raw=False), (FLAG, "irony.relationship_impact")),
    ("di_gap", DI, _any, _set("knowledge_gap_score", 0.35, raw=False), (FLAG, "irony.knowledge_gap")),
    ("di_option_type", DI, _any, _set("response_options.0.type", "sarcastic", raw=False), (FLAG, "irony.option_type")),
    ("di_option_capacity", DI, lambda r: {o["type"] for o in r["response_options"]} == {"tone_deaf"},
     _set("character_capacity", 8.5, raw=False), (FLAG, "irony.option_capacity")),
    ("di_score_over_1", DI, _any, _set("dramatic_irony_score", 1.35), (REJECT, "score_out_of_range")),
    ("di_capacity_over_10", DI, _any, _set("character_capacity", 10.5), (REJECT, "capacity_out_of_range")),
    ("di_low", DI, _any, _set("dramatic_irony_score", 0.38, raw=False), (REJECT, "below_quality_threshold")),
    ("tb_hook_type", TB, _any, _set("hook_type", "cliffhanger", raw=False), (FLAG, "tension.hook_type")),
    ("tb_window", TB, lambda r: r["hook_type"] != "stakes_escalation",
     _set("payoff_window_weeks", {"min": 9, "max": 12}, raw=False), (FLAG, "tension.payoff_window")),
    ("tb_level_6", TB, _any, _set("relationship_level", 6), (REJECT, "value_out_of_range")),
    ("tb_low", TB, _any, _set("tension_score", 0.44, raw=False), (REJECT, "below_quality_threshold")),
    ("tb_score_out_of_10", TB, _any, _set("tension_score", lambda r: round(r["tension_score"] * 10, 1)),
     (REJECT, "score_out_of_range")),
    ("mr_type", MR, _any, _set("resonance_type", "nostalgia", raw=False), (FLAG, "memory.resonance_type")),
    ("mr_weight", MR, _any, _set("resonance_weight", 0.55, raw=False), (FLAG, "memory.resonance_weight")),
    ("mr_negative_weeks", MR, _any, _set("memory.weeks_ago", -3), (REJECT, "value_out_of_range")),
    ("mr_low", MR, _any, _set("resonance_score", 0.52, raw=False), (REJECT, "below_quality_threshold")),
    ("pt_trait_out_of_100", PT, _any, _set("ocean.openness", lambda r: round(r["ocean"]["openness"] * 100)),
     (REJECT, "score_out_of_range")),
    ("pt_low", PT, _any, _set("quality_score", 0.41, raw=False), (REJECT, "below_quality_threshold")),
    ("pt_nan", PT, _any, _set("quality_score", float("nan")), (REJECT, "not_a_number")),
    ("pt_missing_dialogue", PT, _any, _drop("dialogue"), (REJECT, "missing_required_field")),
    ("rs_trust", RS, _any, _set("trust_change", 1.8), (REJECT, "value_out_of_range")),
    ("rs_score", RS, _any, _set("relationship_score", lambda r: round(r["relationship_score"] * 10, 1)),
     (REJECT, "score_out_of_range")),
    ("rs_level_0", RS, _any, _set("relationship_level", 0), (REJECT, "value_out_of_range")),
    ("rs_low", RS, _any, _set("quality_score", 0.47, raw=False), (REJECT, "below_quality_threshold")),
    ("ms_formula", MS, _any, lambda r, rng: _formula(r, rng, "npc_emotional_state"),
     (REJECT, "rule_capacity_effective_formula")),
    ("ms_bucket", MS, _any, _set("interaction_context.capacity_level", lambda r: _wrong_bucket(_ms_cap(r)), raw=False),
     (FLAG, "capacity.bucket")),
    ("ms_hook", MS, _any, _set("tension_memory.hook_type", "red_herring", raw=False), (FLAG, "tension.hook_type")),
    ("ms_complexity", MS, _any, _set("interaction_context.complexity_type", "rumination", raw=False),
     (FLAG, "complexity.type")),
    ("ms_low", MS, _any, _set("training_metadata.quality_score", 0.42, raw=False), (REJECT, "below_quality_threshold")),
    ("ms_age", MS, _any, _set("npc_profile.age", 240), (REJECT, "value_out_of_range")),
    ("ms_target", MS, lambda r: r["interaction_context"].get("authenticity_target") in ("failed", "struggling"),
     _set("interaction_context.authenticity_target", "authentic", raw=False), (FLAG, "authenticity.bucket")),
]  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------------------------

_GENERATOR_INFO = {
    "it": {"nome": "pipeline-dialoghi", "versione": "3.1"},
    "pt": {"nome": "gerador-npc", "versao": "0.9.4"},
    "pl": {"nazwa": "generator-postaci", "wersja": "2.0"},
    "ja": {"namae": "serifu-gen", "baajon": "1.4"},
    "nl": {"naam": "npc-dialoog", "versie": "5"},
    "sv": {"namn": "npc-generator", "version": "1.2.0"},
    "en": {"name": "mstep-runner", "rev": "7"},
}


def _junk(lang: str, keys: Keys, rng: random.Random) -> dict[str, Any]:
    k = _JUNK_KEYS[lang]
    out: dict[str, Any] = {keys.k(k["id"]): f"{rng.getrandbits(48):012x}"}
    if rng.random() < 0.8:
        out[keys.k(k["model"])] = rng.choice(["qwen3:14b", "qwen3:8b", "qwen3:30b-a3b"])
    if rng.random() < 0.6:
        out[keys.k(k["ms"])] = rng.randint(1800, 24000)
    if rng.random() < 0.3:
        out[keys.k(k["retries"])] = rng.randint(0, 2)
    if rng.random() < 0.2:
        out[keys.k(_COMMENT_KEYS[lang])] = rng.choice(_COMMENTS)
    if rng.random() < 0.3:  # the API's own token accounting, copied through as it came
        out["usage"] = {"prompt_tokens": rng.randint(300, 1400), "completion_tokens": rng.randint(80, 700)}
    return out


def _dumps(obj: Any, rng: random.Random) -> str:
    return json.dumps(obj, ensure_ascii=rng.random() < 0.3, indent=rng.choice([None, 1, 2]))


def _write_records_file(path: Path, layout: str, recs: list[dict], rng: random.Random, plan: dict[str, Any]) -> None:
    """One file; `recs` in order (index i is recs[i])."""
    label = {plan["label_key"]: plan["label"]}
    if layout in ("jsonl", "jsonl_labelled"):
        lines = [json.dumps({**label, **r} if layout == "jsonl_labelled" else r, ensure_ascii=False) for r in recs]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif layout == "export":
        doc = {
            **label,
            "generator": plan["generator"],
            "created": f"2025-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
            "count": len(recs),
            "records": recs,
        }
        path.write_text(_dumps(doc, rng), encoding="utf-8")
    elif layout == "paged":
        doc = {"page": rng.randint(1, 4), "per_page": 50, **label, "next": None, "results": recs}
        path.write_text(_dumps(doc, rng), encoding="utf-8")
    elif layout == "bare":
        path.write_text(_dumps(recs, rng), encoding="utf-8")
    else:
        raise ValueError(layout)


def _layouts(dtype: str) -> list[str]:
    if dtype == "multi_step":
        return ["bare", "jsonl", "export"]
    return ["jsonl", "jsonl_labelled", "export", "paged"]


def _file_name(dtype: str, layout: str, n: int, rng: random.Random) -> str:
    day = f"202511{rng.randint(1, 28):02d}"
    ext = (".jsonl" if rng.random() < 0.75 else ".json") if layout.startswith("jsonl") else ".json"
    if dtype == "multi_step":
        stem = rng.choice(["multistep_run", "multi_step_interactions", "MultiStep_batch"])
        return f"{stem}_{day}_{n:02d}{ext}"
    if layout == "jsonl":  # the label only in the file name: the type's full name, snake or camel case
        # (the reader takes neither a synonym nor a kebab-case name from a file name as the type)
        name = rng.choice([dtype, styled(dtype, "camel"), styled(dtype, "pascal")])
        return f"{name}_{day}_part{n:02d}{ext}"
    return f"{rng.choice(['out', 'gen', 'lote', 'batch'])}_{day}_{n:02d}{ext}"


# --------------------------------------------------------------------------------------------------------------
# The folder
# --------------------------------------------------------------------------------------------------------------


def _load_samples() -> dict[str, list[dict[str, Any]]]:
    from field_drift import valid_samples  # the same valid samples every family starts from

    return valid_samples()


def _derive(rec: dict[str, Any], dtype: str, dialect: dict[str, Any]) -> dict[str, Any]:
    """The fields a dialect asks its model for beyond the samples', computed from the record's own numbers."""
    rec = copy.deepcopy(rec)
    if dtype == "emotional_authenticity" and dialect.get("derive_support_provided"):
        x, need = rec["effective_capacity"], rec["support_level_needed"]
        rec["support_provided"] = round(min(need, x + 2.0), 1)
    return rec


def _with_direction(out: dict, dialect: dict, keys: Keys, rng: random.Random) -> None:
    """A short stage direction beside the spoken line (a real prompt's "line + direction" output)."""
    key = dialect.get("stage_direction")
    if key and rng.random() < 0.7:
        out[keys.k(key)] = f"({rng.choice(_DIRECTIONS)})"


def _type_entries(
    dtype: str, dialect: dict[str, Any], keys: Keys, base: list[dict[str, Any]], rng: random.Random
) -> list[tuple[dict, dict]]:
    """(their record, manifest row) for every valid sample, and for the defects planted on copies of some."""
    lang = dialect["junk"]
    entries: list[tuple[dict, dict]] = []
    for i, r in enumerate(base):
        # a model answers null for an optional field now and then
        nulled = [p for p in NULLABLE.get(dtype, ()) if p in dialect["paths"] and rng.random() < 0.12]
        r = copy.deepcopy(r)
        for p in nulled:
            *parents, last = p.split(".")
            obj = r
            for q in parents:
                obj = obj[q]
            obj.pop(last, None)
        out = render(r, dialect, keys)
        for p in nulled:
            _put(out, keys.p(dialect["paths"][p]).split("."), None)
        _with_direction(out, dialect, keys, rng)
        out.update(_junk(lang, keys, rng))
        row = {"data_type": dtype, "expected": "keep", "sample": i, **({"nulled": nulled} if nulled else {})}
        entries.append((_shuffled(out, rng), row))
    for did, t, applies, plant, (kind, what), *needs in DEFECTS:
        if t != dtype or rng.random() > DEFECT_SHARE or any(not dialect.get(n) for n in needs):
            continue
        cands = [i for i, r in enumerate(base) if applies(r)]
        if not cands:
            continue
        i = rng.choice(cands)
        r = copy.deepcopy(base[i])
        raw = plant(r, rng)
        out = render(r, dialect, keys, frozenset(raw))
        out.update(_junk(lang, keys, rng))
        row = {"data_type": dtype, "expected": kind, "defect": did, "sample": i}
        row["reason" if kind == REJECT else "rule"] = what
        entries.append((_shuffled(out, rng), row))
    rng.shuffle(entries)
    return entries


#: optional text fields (no rule, label, gate or template line needs them) a model may answer null
NULLABLE = {
    "emotional_authenticity": ["internal_thought"],
    "dramatic_irony": ["tension_notes"],
    "tension_building": ["payoff_hint"],
    "multi_step": ["npc_profile.background", "tension_memory.memory_reference"],
}

#: the share of the applicable defect kinds planted per type and seed (each on a copy of one sample)
DEFECT_SHARE = 0.6


def _keys_for(dialect: dict[str, Any], seed_style: str, rng: random.Random) -> Keys:
    """The seed's case style for most types (one team), another for some (another author's prompt)."""
    style = seed_style if rng.random() < 0.7 else rng.choice(STYLES)
    accents = _ACCENTS.get(dialect["lang"]) if rng.random() < 0.5 else None
    return Keys(style, accents)


def write_fresh2_folder(folder: Path, seed: int, samples: dict[str, list[dict]] | None = None) -> dict[str, Any]:
    """Write one drifted folder for `seed`; returns the manifest (also written beside the folder)."""
    rng = random.Random(f"fresh2:{seed}")
    samples = samples or _load_samples()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    seed_style = rng.choice(STYLES)
    plans: dict[str, Any] = {}
    mixed: list[tuple[str, dict, dict]] = []  # (type, their record, manifest row) for the mixed JSON Lines file
    files: list[dict[str, Any]] = []  # {name, layout, type, entries}
    for dtype in TYPES:
        dialect = rng.choice(DIALECTS[dtype])
        keys = _keys_for(dialect, seed_style, rng)
        base = [_derive(r, dtype, dialect) for r in samples[dtype]]
        entries = _type_entries(dtype, dialect, keys, base, rng)
        if dtype != "multi_step":  # two records of the type go to the mixed file
            mixed += [(dtype, *entries.pop()) for _ in range(2)]
        n_files = 3 if len(entries) > 18 else 2
        mine: list[dict[str, Any]] = []
        for n in range(n_files):
            layout = rng.choice(_layouts(dtype))
            name = _file_name(dtype, layout, n + 1, rng)
            while any(name == f["name"] for f in files + mine):
                name = name.replace(".json", "x.json")
            mine.append({"name": name, "layout": layout, "type": dtype, "entries": entries[n::n_files]})
        # exact duplicates: a retry re-appended a valid record at the end of its own file
        for _ in range(2):
            f = rng.choice(mine)
            src = rng.choice([e for e in f["entries"] if e[1]["expected"] == "keep"])
            f["entries"].append((copy.deepcopy(src[0]), {**src[1], "expected": "reject", "reason": "exact_duplicate"}))
        files += mine
        plans[dtype] = {
            "dialect": dialect["name"],
            "language": dialect["lang"],
            "style": keys.style,
            "diacritics": bool(keys.accents),
            "label": rng.choice(_LABELS[dtype]),
            "label_key": rng.choice(["category", "type"]) if dtype != "memory_resonance" else "category",
            "generator": _GENERATOR_INFO[dialect["junk"]],
            "truth": truth_map(dialect, keys, set().union(*(_canonical_paths(r) for r in base))),
        }
    records = _write_files(folder, files, plans, rng)
    records += _write_mixed(folder, mixed, plans, rng)
    manifest = {"family": "fresh2", "seed": seed, "style": seed_style, "plans": plans, "records": records}
    (folder.parent / f"{folder.name}.fresh2.manifest.json").write_text(
        json.dumps(manifest, indent=1, default=str), encoding="utf-8"
    )
    return manifest


def _write_files(
    folder: Path, files: list[dict[str, Any]], plans: dict[str, Any], rng: random.Random
) -> list[dict[str, Any]]:
    """Write every file; one JSON Lines file ends inside a copy of one of its valid lines (planted lost)."""
    records: list[dict[str, Any]] = []
    jsonl = [f for f in files if f["layout"].startswith("jsonl")]
    cut = rng.choice(jsonl) if jsonl else None
    runs = [""] if rng.random() < 0.5 else [f"run_2025-11-{d:02d}" for d in sorted(rng.sample(range(1, 29), 2))]
    for f in files:
        plan = plans[f["type"]]
        path = folder / rng.choice(runs) / f["name"]  # the pipeline's dated run folders, or none
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_records_file(path, f["layout"], [e[0] for e in f["entries"]], rng, plan)
        records += [{"file": f["name"], "index": i, **e[1]} for i, e in enumerate(f["entries"])]
        if f is cut:
            src = rng.choice([e for e in f["entries"] if e[1]["expected"] == "keep"])[0]
            if f["layout"] == "jsonl_labelled":
                src = {plan["label_key"]: plan["label"], **src}
            line = json.dumps(src, ensure_ascii=False)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(line[: len(line) * rng.randint(35, 75) // 100])
            records.append(
                {
                    "file": f["name"],
                    "index": len(f["entries"]),
                    "data_type": f["type"],
                    "expected": "lost",
                    "defect": "cut_line",
                }
            )
    return records


def _write_mixed(
    folder: Path, mixed: list[tuple[str, dict, dict]], plans: dict[str, Any], rng: random.Random
) -> list[dict[str, Any]]:
    """The pipeline's "everything from tonight" dump: several types in one JSON Lines file, each line labelled."""
    rng.shuffle(mixed)
    name = f"{rng.choice(['tutti', 'todos', 'alles', 'wszystko'])}_{rng.randint(10, 99)}.jsonl"
    lines = [json.dumps({"category": plans[t]["label"], **rec}, ensure_ascii=False) for t, rec, _ in mixed]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [{"file": name, "index": i, **row} for i, (_, _, row) in enumerate(mixed)]


# --------------------------------------------------------------------------------------------------------------
# Self-check: the generator's own truth map, no matcher involved
# --------------------------------------------------------------------------------------------------------------


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, bool) or not isinstance(want, (int, float)):
        if isinstance(want, str) and isinstance(got, str):
            return want == got or want.replace("_", " ").lower() == got.replace("_", " ").lower()
        return want == got
    return isinstance(got, (int, float)) and abs(want - got) < 1e-9


def _differences(want: Any, got: Any, drop: set[str], path: str = "") -> list[str]:
    """Paths where the ingested record `got` does not hold the canonical value `want`."""
    if path in drop or (isinstance(want, dict) and want and all(f"{path}.{k}" in drop for k in want)):
        return []
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return [path or "."]
        return [d for k, v in want.items() for d in _differences(v, got.get(k), drop, f"{path}.{k}" if path else k)]
    if isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            return [path]
        if all(isinstance(x, dict) and "factor" in x for x in want + got):  # a factor table has no order
            want, got = sorted(want, key=lambda x: x["factor"]), sorted(got, key=lambda x: str(x["factor"]))
        return [d for w, g in zip(want, got, strict=True) for d in _differences(w, g, drop, path)]
    return [] if _same(want, got) else [path]


def check(seeds: list[int]) -> int:
    """Score every seed with the truth map (ingest, validation, gate, exact duplicates); print misses."""
    import contextlib
    import importlib.util
    import io
    import tempfile

    repo = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("eval_field_drift", repo / "benchmarks" / "eval_field_drift.py")
    assert spec is not None and spec.loader is not None
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    from curation.analytics import batch_analysis as analysis
    from curation.domain import load_spec

    rules = set(load_spec().raw["rule_ids"])
    samples = _load_samples()
    tot = {"valid": 0, "kept": 0, "defects": 0, "flagged": 0}
    misses = []
    for seed in seeds:
        with tempfile.TemporaryDirectory(prefix="fresh2_") as tmp:
            root = Path(tmp)
            m = write_fresh2_folder(root / "batches", seed, samples=samples)
            truth = {t: p["truth"] for t, p in m["plans"].items()}
            with contextlib.redirect_stderr(io.StringIO()):
                a = analysis.analyze(ev._config(root, {"field_map": truth}))
            outcomes = ev._outcomes(a)
            file_rejects = [r for r in a.ctx.rejects.rows if not r.get("id")]
            by_key = {(Path(r.source.file).name, r.source.index): r for r in a.recovered}
        # every kept valid record holds, under our names, the values of the sample it was written from
        for p in m["records"]:
            r = by_key.get((p["file"], p["index"]))
            if p["expected"] == "keep" and r is not None:
                dialect = next(
                    d for d in DIALECTS[p["data_type"]] if d["name"] == m["plans"][p["data_type"]]["dialect"]
                )
                want = _derive(samples[p["data_type"]][p["sample"]], p["data_type"], dialect)
                drop = set(dialect.get("drop", ())) | set(p.get("nulled", ()))
                for path in _differences(want, r.data, drop):
                    misses.append({"seed": seed, **p, "got": ["value differs", path]})
        for p in m["records"]:
            state, detail = outcomes.get((p["file"], p["index"]), ("lost", None))
            if p["expected"] == "keep":
                tot["valid"] += 1
                ok = state == "kept" and not set(detail) & rules
                tot["kept"] += ok
            else:
                tot["defects"] += 1
                ev._kind(p)
                if p["expected"] == "reject":
                    ok = state == "rejected" and detail == p["reason"]
                elif p["expected"] == "lost":
                    ok = state != "kept"
                else:
                    ok = (state == "kept" and p["rule"] in detail) or (
                        state == "rejected" and detail == "rule_" + p["rule"].replace(".", "_")
                    )
                tot["flagged"] += ok
            if not ok:
                misses.append({"seed": seed, **p, "got": [state, detail]})
        for row in file_rejects:
            if "truncated" not in str(row.get("reason")):
                misses.append({"seed": seed, "file_reject": row})
    print(
        f"fresh2 seeds {seeds[0]}-{seeds[-1]} (truth map): valid {tot['valid']}, kept {tot['kept']}; "
        f"defects {tot['defects']}, flagged {tot['flagged']}"
    )
    from collections import Counter

    summary = Counter(
        (
            x.get("data_type"),
            x.get("defect", x.get("expected")),
            str(x.get("got", x.get("file_reject", {}).get("reason"))),
        )
        for x in misses
    )
    for k, n in summary.most_common():
        print(f"  {n:5d} x {k}")
    for x in misses[:10]:
        print("  MISS", json.dumps(x, default=str)[:400])
    return 0 if not misses else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="folder to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", default=None, help="LO-HI: score these seeds with the generator's own truth map")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    if args.check:
        lo, _, hi = args.check.partition("-")
        return check(list(range(int(lo), int(hi or lo) + 1)))
    if not args.out:
        ap.error("give OUT_DIR or --check LO-HI")
    m = write_fresh2_folder(Path(args.out), args.seed)
    print(f"wrote {len(m['records'])} records in {args.out} (manifest: {args.out}.fresh2.manifest.json)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
