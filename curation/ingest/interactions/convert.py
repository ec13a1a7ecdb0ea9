"""Turn one validated interaction sample into conversation rows that teach its behaviour.

Per data type (the mapping is also described in the dataset card and docs/interaction-formats.md):

| type | human turn | assistant turn |
|---|---|---|
| emotional_authenticity | character, context, capacity (base, factors, effective, X+2 limit), situation, support needed | the character's response |
| dramatic_irony | scenario, what the player and the character know, capacity | all three options (tone-deaf, misguided, growth) with relationship impact; or one row per option |
| tension_building | character, relationship level, context, hook type, hidden setup, payoff window | the line that plants the hook |
| memory_resonance | character, current situation, the memory (what, emotion, weeks ago), resonance type | the character's response |
| personality_traits | scenario and OCEAN profile | the character's dialogue |
| relationship_scoring | player action and character response | relationship score, trust change and rationale |
| multi_step | NPC profile, emotional state, OCEAN, context, tension/memory | the dialogue prose |

The system prompt of each type comes from `interactions.system_prompts` (default: the packaged
curation/defaults/prompts/system_prompts.yaml).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable


from ...config_base import read_yaml_mapping
from ...errors import UserError
from ...records import GPT, HUMAN, SYSTEM
from .rules import X_PLUS
from .schemas import DATA_TYPES

Turns = list[dict[str, str]]
Row = tuple[str, str, str]  # (row suffix, human, gpt); suffix "" for the single row of a sample


def load_system_prompts(path: Path) -> dict[str, str]:
    """Per-type system prompts; every data type must have one."""
    raw = read_yaml_mapping(path, "system prompts file")
    prompts = raw.get("system_prompts", raw)
    if not isinstance(prompts, dict):
        raise UserError(f"{path}: expected a mapping of data type -> system prompt")
    missing = [t for t in DATA_TYPES if not isinstance(prompts.get(t), str) or not prompts[t].strip()]
    if missing:
        raise UserError(f"{path}: no system prompt for data type(s) {', '.join(missing)}")
    return {t: " ".join(prompts[t].split()) for t in DATA_TYPES}


def _n(x: Any) -> str:
    """A number as people write it: 8.0 -> '8', 0.75 -> '0.75', -0.3 -> '-0.3'."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    return f"{x:.2f}".rstrip("0").rstrip(".") if isinstance(x, float) else str(x)


def _signed(x: Any) -> str:
    return ("+" if isinstance(x, (int, float)) and x > 0 else "") + _n(x)


def _lines(*pairs: tuple[str, Any]) -> str:
    return "\n".join(f"{k}: {v}" for k, v in pairs if v not in (None, "", [], {}))


def _label(x: Any) -> str | None:
    return x.replace("_", " ") if isinstance(x, str) and x else None


def _factors(factors: Any) -> str | None:
    if not isinstance(factors, list) or not factors:
        return None
    return ", ".join(f"{_label(f.get('factor')) or '?'} ({_signed(f.get('impact'))})"
                     for f in factors if isinstance(f, dict))


def _capacity_line(base: Any, factors: Any, eff: Any) -> str | None:
    if eff is None:
        return None
    limit = min(10.0, float(eff) + X_PLUS)
    parts = []
    if base is not None:
        parts.append(f"base {_n(base)}/10")
    f = _factors(factors)
    if f:
        parts.append(f"factors: {f}")
    parts.append(f"effective {_n(eff)}/10, so at most {_n(limit)}/10 support (X+2)")
    return "; ".join(parts)


def emotional_authenticity(d: dict[str, Any]) -> list[Row]:
    human = _lines(
        ("Character", d.get("character_name")),
        ("Context", d.get("context")),
        ("Emotional capacity", _capacity_line(d.get("base_capacity"), d.get("capacity_factors"),
                                              d.get("effective_capacity"))),
        ("Situation", d.get("situation")),
        ("Support needed", f"{_n(d.get('support_level_needed'))}/10"),
        ("Complexity", _label(d.get("complexity_type"))),
    ) + "\n\nRespond in character, within what this capacity allows."
    return [("", human, d["character_response"])]


_OPTION_NAMES = {"tone_deaf": "Tone-deaf", "misguided": "Misguided", "growth": "Growth"}


def _irony_prompt(d: dict[str, Any]) -> str:
    return _lines(
        ("Character", d.get("character_name")),
        ("Scenario", d.get("scenario")),
        ("The player knows", d.get("player_knows")),
        ("The character knows", d.get("character_knows")),
        ("Character capacity", f"{_n(d.get('character_capacity'))}/10"),
    )


def dramatic_irony_all(d: dict[str, Any]) -> list[Row]:
    options = [o for o in d["response_options"] if isinstance(o, dict)]
    answer = "\n\n".join(
        f"{_OPTION_NAMES.get(o.get('type'), _label(o.get('type')) or 'Option')} "
        f"(relationship {_signed(o.get('relationship_impact'))}): {o.get('dialogue')}" for o in options)
    human = _irony_prompt(d) + ("\n\nWrite the character's three possible lines: tone-deaf, misguided and "
                                "growth, each with its effect on the relationship.")
    return [("", human, answer)]


def dramatic_irony_per_option(d: dict[str, Any]) -> list[Row]:
    rows = []
    for i, o in enumerate(x for x in d["response_options"] if isinstance(x, dict)):
        kind = _OPTION_NAMES.get(o.get("type"), _label(o.get("type")) or "possible")
        human = _irony_prompt(d) + (f"\n\nWrite the character's {kind.lower()} line "
                                    f"(relationship impact {_signed(o.get('relationship_impact'))}).")
        rows.append((f"option{i}", human, str(o.get("dialogue"))))
    return rows


def tension_building(d: dict[str, Any]) -> list[Row]:
    w = d.get("payoff_window_weeks") or {}
    window = f"{_n(w.get('min'))}-{_n(w.get('max'))} weeks" if isinstance(w, dict) else None
    human = _lines(
        ("Character", d.get("character_name")),
        ("Relationship level", f"{_n(d.get('relationship_level'))}/5"),
        ("Context", d.get("context")),
        ("Hook", _label(d.get("hook_type"))),
        ("Hidden setup", d.get("setup")),
        ("Payoff window", window),
    ) + "\n\nWrite the character's line that plants this hook without resolving it."
    return [("", human, d["dialogue"])]


def memory_resonance(d: dict[str, Any]) -> list[Row]:
    m = d.get("memory") or {}
    memory = f"{m.get('description')} (felt {m.get('emotion')}, {_n(m.get('weeks_ago'))} weeks ago)"
    human = _lines(
        ("Character", d.get("character_name")),
        ("Now", d.get("current_situation")),
        ("Memory", memory),
        ("Resonance", _label(d.get("resonance_type"))),
    ) + "\n\nRespond in character as the memory surfaces."
    return [("", human, d["character_response"])]


def personality_traits(d: dict[str, Any]) -> list[Row]:
    o = d.get("ocean") or {}
    profile = ", ".join(f"{t} {_n(o.get(t))}" for t in
                        ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism")
                        if o.get(t) is not None)
    human = _lines(
        ("Character", d.get("character_name")),
        ("Personality (OCEAN, 0-1)", profile),
        ("Scenario", d.get("scenario")),
    ) + "\n\nWrite what the character says, letting the personality show."
    return [("", human, d["dialogue"])]


def relationship_scoring(d: dict[str, Any]) -> list[Row]:
    human = _lines(
        ("Character", d.get("character_name")),
        ("Interaction type", _label(d.get("interaction_type"))),
        ("Player action", d.get("player_action")),
        ("Character response", d.get("character_response")),
    ) + "\n\nScore this interaction's effect on the relationship."
    answer = (f"Relationship score: {_n(d['relationship_score'])}\nTrust change: {_signed(d['trust_change'])}\n"
              f"Rationale: {d['rationale']}")
    return [("", human, answer)]


def multi_step(d: dict[str, Any]) -> list[Row]:
    p = d.get("npc_profile") or {}
    st = d.get("npc_emotional_state") or {}
    o = d.get("npc_ocean_personality") or {}
    c = d.get("interaction_context") or {}
    t = d.get("tension_memory") or {}
    who = ", ".join(str(x) for x in (p.get("name"), f"{p['age']}" if p.get("age") is not None else None,
                                     p.get("occupation")) if x)
    ocean = ", ".join(f"{k} {_n(v)}" for k, v in o.items() if isinstance(v, (int, float)))
    need = c.get("support_needed")
    human = _lines(
        ("NPC", who),
        ("Background", p.get("background")),
        ("Emotional state", ", ".join(x for x in (
            _label(st.get("current_emotion")),
            _capacity_line(st.get("base_capacity"), st.get("capacity_factors"), st.get("effective_capacity")),
        ) if x)),
        ("Personality (OCEAN, 0-1)", ocean),
        ("Situation", c.get("situation")),
        ("Player asks", c.get("player_request")),
        ("Support needed", f"{_n(need)}/10" if need is not None else None),
        ("Complexity", _label(c.get("complexity_type"))),
        ("Tension hook", _label(t.get("hook_type"))),
        ("Memory", t.get("memory_reference")),
    ) + "\n\nWrite the scene: the NPC's dialogue and action in prose."
    return [("", human, d["npc_card_narrative"]["dialogue_prose"])]


BUILDERS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "emotional_authenticity": emotional_authenticity,
    "dramatic_irony": dramatic_irony_all,
    "tension_building": tension_building,
    "memory_resonance": memory_resonance,
    "personality_traits": personality_traits,
    "relationship_scoring": relationship_scoring,
    "multi_step": multi_step,
}


def conversation_rows(data_type: str, data: dict[str, Any], system_prompts: dict[str, str],
                      irony_rows: str = "all_options") -> list[tuple[str, Turns]]:
    """(row suffix, conversation) pairs for one sample."""
    build = dramatic_irony_per_option if (data_type == "dramatic_irony" and irony_rows == "per_option") \
        else BUILDERS[data_type]
    system = system_prompts[data_type]
    return [(suffix, [{"from": SYSTEM, "value": system}, {"from": HUMAN, "value": human},
                      {"from": GPT, "value": answer}]) for suffix, human, answer in build(data)]
