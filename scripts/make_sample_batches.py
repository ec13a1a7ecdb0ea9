#!/usr/bin/env python3
"""Write the embedded sample interaction batches and their MANIFEST.json.

Usage:
    python scripts/make_sample_batches.py [--out DIR] [--check]

Writes, under ``samples/interactions/`` (or ``--out``):

    training_output_v1.2/             typed batches, one per data type, plus the messy ones
    training_output_v1.2_systematic/  multi-step, PARTIAL multi-step and systematic batches
    MANIFEST.json                     every file, every record, every planted defect and the
                                      expected handling (repairs, rule flags, rejects, duplicates)

Stdlib only and deterministic: all text is literal data below, the only randomness (the bytes
of the unsalvageable file) comes from ``random.Random(SEED)``, and no wall-clock time is used.
Before anything is written the script checks its own data: every record meant to be clean
passes the Master Truths v1.2 rules of docs/interaction-formats.md, every planted defect is
caught by exactly the rule or reason the manifest names, every messy file fails a plain
``json.loads`` and round-trips back to its records with the repairs the manifest lists, and no
two records share text except the planted duplicates. ``--check`` runs only those checks.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import json
import random
import re
import sys
from pathlib import Path

SEED = 20251014
VERSION = "v1.2"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "samples" / "interactions"
TYPED_DIR = "training_output_v1.2"
SYST_DIR = "training_output_v1.2_systematic"


def factors(*pairs):
    return [{"factor": name, "impact": impact} for name, impact in pairs]


def window(lo, hi):
    return {"min": lo, "max": hi}


def opt(kind, dialogue, impact):
    return {"type": kind, "dialogue": dialogue, "relationship_impact": impact}


def mem(description, emotion, weeks_ago):
    return {"description": description, "emotion": emotion, "weeks_ago": weeks_ago}


def ocean(o, c, e, a, n):
    return {"openness": o, "conscientiousness": c, "extraversion": e,
            "agreeableness": a, "neuroticism": n}


# ---------------------------------------------------------------------------------------------
# emotional_authenticity
# ---------------------------------------------------------------------------------------------

EA_BATCH1 = [
    {
        "character_name": "Mara Okafor",
        "context": "Third night shift in a row, ending with a paediatric code that did not end well; "
                   "her mother's biopsy results are due on Friday.",
        "base_capacity": 7.0,
        "capacity_factors": factors(("shift_trauma", -3.5), ("waiting_on_biopsy", -2.0),
                                    ("sleep_deprivation", -1.0)),
        "effective_capacity": 0.5,
        "situation": "The player turns up at her door at 8 a.m. wanting to talk through a breakup.",
        "support_level_needed": 7.0,
        "character_response": "I— okay. Come in. But I have to be honest before you sit down: I lost a "
                              "kid tonight. I can still hear the monitor. I can make you tea and I can "
                              "sit on this sofa with you, but if I try to give you advice right now it'll "
                              "come out wrong. Can you stay, and can we not fix anything yet?",
        "internal_thought": "Don't cry in front of them. They came here to be looked after, not to look "
                            "after you.",
        "authenticity_score": 0.93,
        "demonstrates_constraint": "Capacity 0.5 + 2 = 2.5 max support; the breakup talk needs about "
                                   "7.0. She offers presence (tea, a seat) and names what she cannot "
                                   "give instead of pretending.",
        "complexity_type": "baseline",
        "capacity_level": "crisis",
    },
    {
        "character_name": "Theo Lindqvist",
        "context": "The bakery's deck oven died before the Saturday rush; he is behind on rent and "
                   "promised his sister he'd help her move tomorrow.",
        "base_capacity": 6.0,
        "capacity_factors": factors(("equipment_failure", -1.5), ("financial_pressure", -1.0)),
        "effective_capacity": 3.5,
        "situation": "The player asks him to cater a small memorial reception on two days' notice.",
        "support_level_needed": 5.0,
        "character_response": "Yeah— yes, of course. For your gran? Of course. I'll do the cardamom "
                              "buns, she liked those, didn't she? I'll... sort the oven out. Don't worry "
                              "about any of it.",
        "internal_thought": "Where am I baking forty buns without an oven. Say yes now, panic at four "
                            "a.m.",
        "authenticity_score": 0.76,
        "demonstrates_constraint": "Capacity 3.5 + 2 = 5.5; the 5.0 need sits just inside, so he can "
                                   "deliver, but people-pleasing hides the real cost and the strain "
                                   "leaks through the hesitations.",
        "complexity_type": "people_pleasing",
        "authenticity_target": "authentic",
        "capacity_level": "low",
    },
    {
        "character_name": "Priya Raman",
        "context": "Signed her divorce papers yesterday; won the shortlist for a library commission the "
                   "same week.",
        "base_capacity": 7.5,
        "capacity_factors": factors(("divorce_finalized", -2.0), ("new_project_adrenaline", 0.5)),
        "effective_capacity": 6.0,
        "situation": "The player asks her to help plan a surprise engagement party for two mutual "
                     "friends.",
        "support_level_needed": 6.5,
        "character_response": "Oh, I'd love that. Honestly, it'll be good for me, something happy to "
                              "organise. I'll take the venue and the seating plan. Seating plans are just "
                              "floor plans with feelings.",
        "internal_thought": "An engagement party. Fine. I'm fine. It's logistics, and I am very good "
                            "at logistics.",
        "authenticity_score": 0.72,
        "demonstrates_constraint": "Capacity 6.0 + 2 = 8.0 covers the 6.5 ask on paper, but she "
                                   "overestimates how the subject will land; the brightness is a tell "
                                   "the writing keeps visible.",
        "complexity_type": "misjudgment_over",
        "authenticity_target": "authentic",
        "capacity_level": "medium",
    },
    {
        "character_name": "Dmitri Volkov",
        "context": "Retired, rested, the allotment in full bloom; his daughter finally called last week "
                   "after two years of silence.",
        "base_capacity": 7.0,
        "capacity_factors": factors(("reconciliation_with_daughter", 1.5), ("good_sleep", 0.5)),
        "effective_capacity": 9.0,
        "situation": "The player confesses they have been lying to their parents about dropping out of "
                     "university.",
        "support_level_needed": 6.0,
        "character_response": "Sit. No, sit, the bench is dry. You know what I did at your age? I told "
                              "my father I was at the merchant navy academy for a whole year. I was "
                              "painting hulls in Odessa. Lies are heavy mostly because you carry them "
                              "alone. So. Tell me the real version, from the beginning, and then we decide "
                              "together how you tell them.",
        "internal_thought": "Careful, old man. One story of yours, then theirs. Theirs is the one "
                            "that matters.",
        "authenticity_score": 0.91,
        "demonstrates_constraint": "Capacity 9.0 comfortably exceeds the 6.0 need; he has room to "
                                   "listen fully and to offer a story of his own without centring "
                                   "himself.",
        "complexity_type": "baseline",
        "authenticity_target": "excellent",
        "capacity_level": "high",
    },
    {
        "character_name": "June Alvarez",
        "context": "Her thesis chapter came back marked 'lacks a clear contribution'; she and her "
                   "flatmate have not spoken in four days.",
        "base_capacity": 5.0,
        "capacity_factors": factors(("thesis_rejection", -1.5), ("flatmate_conflict", -1.0)),
        "effective_capacity": 2.5,
        "situation": "The player wants to vent at length about a group project partner who never "
                     "answers messages.",
        "support_level_needed": 6.5,
        "character_response": "Can you not? Not today. Everyone wants me to be the one who has it "
                              "together, and I just got told two years of work 'lacks a clear "
                              "contribution,' so no, I can't coach you through your group chat right "
                              "now. [beat] ...That came out vicious. I'm sorry. Text me tomorrow and I'll "
                              "be a person again.",
        "internal_thought": "Great. Now I'm the partner who never answers.",
        "authenticity_score": 0.88,
        "demonstrates_constraint": "Capacity 2.5 + 2 = 4.5 max; the vent needs 6.5. Overwhelmed, she "
                                   "lashes out first and repairs second: the limitation shows through "
                                   "defensiveness rather than polite deferral.",
        "complexity_type": "defensive_lashing",
        "capacity_level": "low",
    },
    {
        "character_name": "Hana Sato",
        "context": "A contract translation is due Monday, but the weekend is otherwise quiet.",
        "base_capacity": 6.0,
        "capacity_factors": factors(("deadline_pressure", -1.0), ("quiet_weekend", 0.5)),
        "effective_capacity": 5.5,
        "situation": "The player asks whether she thinks they should quit their office job to open a "
                     "pottery studio.",
        "support_level_needed": 5.0,
        "character_response": "Pottery is very beautiful work. My aunt had a kiln in Mashiko. She said "
                              "the first three winters were the hardest; the clay does not care about "
                              "rent. Maybe... it would be interesting to ask the studio on Fenwick Street "
                              "how they began? Only if you wanted to.",
        "internal_thought": "I think it is a risk they have not priced. Saying it plainly would feel "
                            "like closing a door in their face.",
        "authenticity_score": 0.78,
        "demonstrates_constraint": "Capacity 5.5 + 2 = 7.5 covers the 5.0 need; she has the capacity "
                                   "to engage and does, but cultural norms route her real concern "
                                   "through story and suggestion.",
        "complexity_type": "cultural_indirect",
        "authenticity_target": "authentic",
        "capacity_level": "medium",
    },
    {
        "character_name": "Kwame Mensah",
        "context": "Coming off a double shift on the ambulance; his brother Kofi was admitted to "
                   "intensive care this afternoon.",
        "base_capacity": 6.5,
        "capacity_factors": factors(("double_shift", -2.5), ("brother_hospitalized", -3.0)),
        "effective_capacity": 1.0,
        "situation": "At a street barbecue, the player's four-year-old starts choking on a grape.",
        "support_level_needed": 9.0,
        "character_response": "Give him to me— turn him, here. Okay, buddy. Okay. [five firm blows "
                              "between the shoulder blades] There. There it is. Breathe. Good boy. "
                              "...Somebody else needs to hold him now. I need to sit down. I need to sit "
                              "down right now.",
        "internal_thought": "Hands, not head. Hands know this. Don't think about Kofi's monitor until "
                            "the kid is crying.",
        "authenticity_score": 0.9,
        "demonstrates_constraint": "Capacity 1.0 + 2 = 3.0, far below the 9.0 an emergency demands. "
                                   "Training carries him through the physical act; the cost lands "
                                   "immediately after, and he hands off the comfort he cannot give.",
        "complexity_type": "emergency_override",
        "capacity_level": "crisis",
    },
    {
        "character_name": "Ines Ferreira",
        "context": "The week of the fourth anniversary of her husband's death; her granddaughter is "
                   "staying over.",
        "base_capacity": 8.0,
        "capacity_factors": factors(("anniversary_of_bereavement", -1.0), ("grandchild_visit", 0.5)),
        "effective_capacity": 7.5,
        "situation": "The player asks her to teach them bookbinding, the craft she used to share "
                     "with her husband.",
        "support_level_needed": 7.0,
        "character_response": "He would have liked you, I think. You hold things carefully. [She slides "
                              "the bone folder across the table, then keeps her hand on it a moment too "
                              "long.] Tuesdays. Not Thursdays; Thursdays were ours. Bring your own thread. "
                              "I won't give you his.",
        "internal_thought": "I want this. I also want to tell them to go away and never touch his awl.",
        "authenticity_score": 0.79,
        "demonstrates_constraint": "Capacity 7.5 + 2 = 9.5 easily covers the 7.0 need, so she says "
                                   "yes, but the yes is braided with grief and a small, possessive "
                                   "boundary.",
        "complexity_type": "mixed_emotions",
        "authenticity_target": "authentic",
        "capacity_level": "high",
    },
    {
        "character_name": "Sasha Petrenko",
        "context": "Burned her forearm on the flat-top at lunch service and then argued with the head "
                   "chef about it.",
        "base_capacity": 5.5,
        "capacity_factors": factors(("kitchen_injury", -1.5), ("argument_with_chef", -0.5)),
        "effective_capacity": 3.5,
        "situation": "After close, the player asks her what to do about a boyfriend who keeps "
                     "'forgetting' their plans.",
        "support_level_needed": 4.0,
        "character_response": "I'm the wrong person for this, honestly. I burn everything, including "
                              "relationships. But... okay. What did he actually say? Word for word. "
                              "[Twenty minutes later she is still at the pass, wiping the same clean "
                              "counter, listening.]",
        "internal_thought": "I'm useless at this. Why are they still talking to me. Why does it seem to "
                            "be helping?",
        "authenticity_score": 0.74,
        "demonstrates_constraint": "Capacity 3.5 + 2 = 5.5 covers the 4.0 need; she underestimates "
                                   "herself, opens with a refusal, then shows more capacity than she "
                                   "claims.",
        "complexity_type": "misjudgment_under",
        "authenticity_target": "authentic",
        "capacity_level": "low",
    },
    {
        "character_name": "Oskar Brandt",
        "context": "His arthritis is flaring, but the consultant rang this morning: the scan was clear.",
        "base_capacity": 6.0,
        "capacity_factors": factors(("arthritis_flare", -1.0), ("good_news_from_doctor", 0.5)),
        "effective_capacity": 5.5,
        "situation": "The player's grandmother's mantel clock stopped the day she died; they ask if it "
                     "can be mended.",
        "support_level_needed": 3.5,
        "character_response": "Let me see. Ah, a Junghans, nineteen-fifties. The mainspring is tired, "
                              "that's all; nothing broken in its heart. Leave it with me a week. And when "
                              "you collect it, I'll show you how to wind it. It's better if the person "
                              "who misses her is the one who keeps it going.",
        "internal_thought": "Clocks stop when people stop. Not magic, just nobody winding them.",
        "authenticity_score": 0.86,
        "demonstrates_constraint": "Capacity 5.5 sits well above the 3.5 need; he meets it fully, and "
                                   "his craft gives him a practical way to hold someone else's grief.",
        "complexity_type": "baseline",
        "authenticity_target": "excellent",
        "capacity_level": "medium",
    },
]

# Batch 2 carries the rule violations (see PLANTED below). Indexes 0 and 6 are clean.
EA_BATCH2 = [
    {
        "character_name": "Farida Haddad",
        "context": "A client's deportation hearing is at two; her daughter's school play is tonight.",
        "base_capacity": 7.0,
        "capacity_factors": factors(("client_hearing_today", -1.5), ("daughter_school_play", 0.5)),
        "effective_capacity": 6.0,
        "situation": "The player hands her a letter from the housing authority they cannot make sense "
                     "of.",
        "support_level_needed": 5.0,
        "character_response": "Give it here. Okay, this is scarier-looking than it is. They want proof of "
                              "income by the twentieth, that's all; nobody is evicting you. I have a "
                              "hearing at two, so let me mark what matters in yellow, and you call me "
                              "tonight if the numbers don't add up.",
        "internal_thought": "Ten minutes. I can give ten good minutes and still make the curtain.",
        "authenticity_score": 0.77,
        "demonstrates_constraint": "Capacity 6.0 + 2 = 8.0; the 5.0 need fits, and she delivers fully "
                                   "while being honest about her time.",
        "complexity_type": "baseline",
        "authenticity_target": "authentic",
        "capacity_level": "medium",
    },
    {   # effective_capacity should be 7.0 - 2.0 - 1.5 = 3.5
        "character_name": "Callum Reyes",
        "context": "A parent has filed a complaint about his marking; he has slept about four hours "
                   "a night all week.",
        "base_capacity": 7.0,
        "capacity_factors": factors(("parent_complaint", -2.0), ("insomnia", -1.5)),
        "effective_capacity": 5.5,
        "situation": "A student (the player) stays behind after chemistry to say they are failing "
                     "because of things at home.",
        "support_level_needed": 4.0,
        "character_response": "Pull up a stool. Failing is a chemistry grade, not a verdict on you. Tell "
                              "me what's going on at home, only what you want to, and we'll work out what "
                              "the next three weeks look like. I've got until the caretaker throws us out.",
        "internal_thought": "Forty lab reports and a meeting with the Hendersons' solicitor at eight. "
                            "Fine. Fine.",
        "authenticity_score": 0.74,
        "demonstrates_constraint": "Capacity 5.5 + 2 = 7.5; the 4.0 need is well within reach.",
        "complexity_type": "misjudgment_over",
        "authenticity_target": "authentic",
    },
    {   # need 9.0 > 2.0 + 2 but the response gives confident, unlimited support, target excellent
        "character_name": "Rosalind Achterberg",
        "context": "Opening night is in two days, the lighting desk has crashed twice, and her lead "
                   "actor quit this afternoon.",
        "base_capacity": 5.0,
        "capacity_factors": factors(("show_opening_chaos", -1.5), ("lead_actor_quit", -1.5)),
        "effective_capacity": 2.0,
        "situation": "The player's father died this morning; they phone Roz in the middle of tech "
                     "rehearsal.",
        "support_level_needed": 9.0,
        "character_response": "Oh, sweetheart, of course. I'm cancelling nothing and I'm all yours "
                              "tonight. We'll go through every minute of it, the funeral, your brother, "
                              "all of it, for as long as you need. Nothing else matters at all.",
        "internal_thought": "Nothing else matters. The show can run itself.",
        "authenticity_score": 0.92,
        "demonstrates_constraint": "She sets aside her own pressures to be completely present.",
        "complexity_type": "baseline",
        "authenticity_target": "excellent",
        "capacity_level": "low",
    },
    {   # effective_capacity written as the string "0.7" (6.0 - 3.0 - 2.3 = 0.7): coerce, keep
        "character_name": "Leila Moradi",
        "context": "Assisted three euthanasias today at the clinic and has eaten nothing since a "
                   "biscuit at seven.",
        "base_capacity": 6.0,
        "capacity_factors": factors(("euthanasia_cases", -3.0), ("skipped_meals", -2.3)),
        "effective_capacity": "0.7",
        "situation": "The player's old dog is being put to sleep tonight and they ask her to stay late "
                     "and be in the room.",
        "support_level_needed": 8.0,
        "character_response": "I can't be in the room tonight. I did three today and I— I can't. Dr. "
                              "Aziz is gentle, I promise you she's gentle. I'll wrap his blanket myself "
                              "before I go. I'm sorry. I'm so sorry I'm not better at this today.",
        "internal_thought": "They deserve someone whole. I'm not whole right now, and I hate that it "
                            "matters.",
        "authenticity_score": 0.9,
        "demonstrates_constraint": "Capacity 0.7 + 2 = 2.7 against a need of 8.0; she declines the room "
                                   "but offers the one small act she can still manage.",
        "complexity_type": "mixed_emotions",
        "capacity_level": "crisis",
    },
    {   # authenticity_score 1.4 is outside [0, 1]
        "character_name": "Bram Dekker",
        "context": "Won the custody hearing on Tuesday; working a run of overtime to pay the "
                   "solicitor.",
        "base_capacity": 6.5,
        "capacity_factors": factors(("custody_hearing_won", 1.0), ("overtime", -0.5)),
        "effective_capacity": 7.0,
        "situation": "The player, a regular on his night route, is crying quietly on the back seat at "
                     "the last stop.",
        "support_level_needed": 5.5,
        "character_response": "End of the line, but there's no rush. I've got a flask and ten minutes "
                              "before I take her back to the depot. Want to sit up front? It's warmer. "
                              "You don't have to say anything.",
        "internal_thought": "Somebody did this for me once, on the 44, the night she left.",
        "authenticity_score": 1.4,
        "demonstrates_constraint": "Capacity 7.0 + 2 = 9.0 covers the 5.5 need; he offers warmth and "
                                   "room without prying.",
        "complexity_type": "baseline",
        "capacity_level": "high",
    },
    {   # support_level_needed given as "high": not a number, cannot be coerced
        "character_name": "Nadia Kowalczyk",
        "context": "The strike ballot closes tomorrow; her father was laid off from the same depot "
                   "last week.",
        "base_capacity": 7.0,
        "capacity_factors": factors(("strike_vote_tomorrow", -2.0), ("father_laid_off", -1.5)),
        "effective_capacity": 3.5,
        "situation": "The player wants help appealing their own dismissal before the deadline.",
        "support_level_needed": "high",
        "character_response": "Tonight? ...Sure. Sure, come by the hall, I'm there till midnight anyway "
                              "counting ballots. Bring the paperwork and we'll go through it between "
                              "tallies.",
        "internal_thought": "Dad's severance letter is still in my bag. I haven't even opened it.",
        "authenticity_score": 0.81,
        "demonstrates_constraint": "Capacity 3.5 + 2 = 5.5 max; she agrees to help while visibly "
                                   "stretched thin.",
        "complexity_type": "people_pleasing",
        "capacity_level": "low",
    },
    {
        "character_name": "Elliot Nakamura-Byrne",
        "context": "Just booked his first paid gig; fighting off a cold.",
        "base_capacity": 7.0,
        "capacity_factors": factors(("first_gig_booked", 1.0), ("head_cold", -0.5)),
        "effective_capacity": 7.5,
        "situation": "The player's younger brother has run away and is hiding at the café; the player "
                     "asks Elliot to keep him there until they arrive.",
        "support_level_needed": 6.0,
        "character_response": "He's here. Corner table, hoodie up, three hot chocolates deep. I'm not "
                              "going to spook him. I'll keep the music low and the refills coming. I'm "
                              "not good at the talking stuff, but I'm good at making people stay longer "
                              "than they planned. Come in the side door.",
        "internal_thought": "I was that kid once. Nobody had a side door for me.",
        "authenticity_score": 0.84,
        "demonstrates_constraint": "Capacity 7.5 + 2 = 9.5 covers the 6.0 need; he plays down his "
                                   "ability and then does exactly what is needed.",
        "complexity_type": "misjudgment_under",
        "authenticity_target": "excellent",
        "capacity_level": "high",
    },
]

EA_NEAR_DUP_RESPONSE = (
    "Pottery is very beautiful work. My aunt had a kiln in Shigaraki. She said the first two winters "
    "were the hardest; the clay does not care about bills. Maybe... it would be interesting to ask the "
    "studio on Fenwick Street how they began? Only if you wanted to."
)

EA_BATCH3_NEW = [
    {
        "character_name": "Yusuf Demir",
        "context": "Six weeks after shoulder surgery; his son moved to Leeds in the spring.",
        "base_capacity": 5.0,
        "capacity_factors": factors(("surgery_recovery", -1.0), ("son_moved_away", -1.0)),
        "effective_capacity": 3.0,
        "situation": "The player asks him to help them practise for their driving test on Sunday, his "
                     "only day off.",
        "support_level_needed": 4.5,
        "character_response": "Sunday. The one day the radio isn't shouting at me. [He sighs, then "
                              "reaches for his keys anyway.] Fine. Seven a.m., the empty car park behind "
                              "the Lidl, and if you touch my mirrors you walk home.",
        "internal_thought": "My boy used to ask me this. Nobody asks me this now.",
        "authenticity_score": 0.73,
        "demonstrates_constraint": "Capacity 3.0 + 2 = 5.0 covers the 4.5 ask; he helps, and the "
                                   "grumbling carries both the resentment and the loneliness.",
        "complexity_type": "mixed_emotions",
        "authenticity_target": "authentic",
        "capacity_level": "low",
    },
    {
        "character_name": "Wren Castellanos",
        "context": "Finals week, running on energy drinks; a friend checked in on her earlier.",
        "base_capacity": 4.5,
        "capacity_factors": factors(("finals_week", -1.0), ("caffeine_crash", -0.5),
                                    ("friend_checked_in", 1.0)),
        "effective_capacity": 4.0,
        "situation": "The player rings at 2 a.m. from the hard shoulder after a minor crash, shaking "
                     "too hard to think.",
        "support_level_needed": 6.5,
        "character_response": "Okay. Okay, I'm up, I'm putting my shoes on. Are you hurt? Stay in the car "
                              "with the hazards on. I'm coming. I might be rubbish at the talking part, "
                              "I'm running on nothing, but I can drive and I can sit with you till the "
                              "tow truck comes.",
        "internal_thought": "Exam at nine. Doesn't matter. Keys, phone, jacket.",
        "authenticity_score": 0.87,
        "demonstrates_constraint": "Capacity 4.0 + 2 = 6.0 is short of the 6.5 the call needs; she "
                                   "overrides her exhaustion for the practical emergency and says up "
                                   "front that the emotional part will be thinner.",
        "complexity_type": "emergency_override",
        "capacity_level": "low",
    },
    {
        "character_name": "Marguerite Fontaine",
        "context": "Back from a silent retreat weekend, nursing a mild cold.",
        "base_capacity": 8.5,
        "capacity_factors": factors(("retreat_weekend", 0.5), ("mild_cold", -0.5)),
        "effective_capacity": 8.5,
        "situation": "The player asks whether it is wrong that they felt relief when their abusive "
                     "uncle died.",
        "support_level_needed": 7.5,
        "character_response": "No. Relief isn't a verdict on your heart; it's your body noticing the "
                              "danger has left the room. You can feel relief and grief and anger all "
                              "before lunch. I've watched people do it for twenty years. Which one is "
                              "loudest right now?",
        "internal_thought": "Don't rush to absolve. Let them say the ugly part out loud first.",
        "authenticity_score": 0.94,
        "demonstrates_constraint": "Capacity 8.5 leaves ample room for the 7.5 need; she meets it "
                                   "fully and hands the conversation back to the player.",
        "complexity_type": "baseline",
        "authenticity_target": "excellent",
        "capacity_level": "high",
    },
]


def ea_batch3():
    near = copy.deepcopy(EA_BATCH1[5])
    near["character_response"] = EA_NEAR_DUP_RESPONSE
    return [EA_BATCH3_NEW[0], copy.deepcopy(EA_BATCH1[3]), near, EA_BATCH3_NEW[1],
            copy.deepcopy(EA_BATCH1[7]), EA_BATCH3_NEW[2]]


# ---------------------------------------------------------------------------------------------
# dramatic_irony (option types are kept inside the band of character_capacity)
# ---------------------------------------------------------------------------------------------

DI_BATCH1 = [
    {
        "character_name": "Theo Lindqvist",
        "scenario": "Theo is cheerfully planning a surprise thirtieth for his sister Lotte in the "
                    "bakery after hours.",
        "player_knows": "Lotte told the player she is emigrating to Montreal next month and hasn't "
                        "told Theo.",
        "character_knows": "Theo thinks Lotte has been distant because of work stress and that a big "
                           "party will cheer her up.",
        "knowledge_gap_score": 0.85,
        "character_capacity": 3.0,
        "response_options": [
            opt("tone_deaf", "I've already printed the banner: 'Thirty and Staying Put!' Get it? "
                             "Because she never goes anywhere.", -1.2),
            opt("tone_deaf", "Tell her if she tries to wriggle out of this one I'll chain her to the "
                             "proving rack.", -0.8),
        ],
        "dramatic_irony_score": 0.82,
        "tension_notes": "Every joke about Lotte staying put lands as a small wound for the player.",
    },
    {
        "character_name": "Priya Raman",
        "scenario": "Priya offers the player a job at her practice, saying she'll finally have "
                    "someone she trusts on the Halvorsen library bid.",
        "player_knows": "The player saw Priya's ex-husband leaving Halvorsen's offices; he recommended "
                        "her practice, and she would withdraw if she knew.",
        "character_knows": "Priya believes she won the shortlist on merit alone.",
        "knowledge_gap_score": 0.78,
        "character_capacity": 5.0,
        "response_options": [
            opt("misguided", "It's the first thing this year that's been mine. Nobody handed it to "
                             "me.", -0.3),
            opt("misguided", "If you're worried about conflicts, don't be. I checked the board list "
                             "myself. Nobody I know.", -0.4),
        ],
        "dramatic_irony_score": 0.77,
        "tension_notes": "Her pride is earned everywhere except exactly here.",
    },
    {
        "character_name": "Dmitri Volkov",
        "scenario": "Dmitri is drafting a long letter to his daughter and reads lines aloud to the "
                    "player for approval.",
        "player_knows": "His daughter told the player she is pregnant and afraid to tell him because "
                        "of how he reacted to her marriage.",
        "character_knows": "Dmitri thinks the silence was only about old arguments over her husband.",
        "knowledge_gap_score": 0.8,
        "character_capacity": 8.0,
        "response_options": [
            opt("growth", "Maybe I stop writing about the past. I ask what is happening in her life "
                          "now, and then I just listen. Old captains talk too much.", 0.6),
            opt("growth", "If she has news, good or hard, I want her to know the door is open. I will "
                          "write that plainly, no poetry.", 0.7),
        ],
        "dramatic_irony_score": 0.74,
        "tension_notes": "The player watches him edge towards the right letter without knowing why "
                         "it matters.",
    },
    {
        "character_name": "June Alvarez",
        "scenario": "June vents to the player about her flatmate Callie 'sulking' and skipping their "
                    "shared dinner nights.",
        "player_knows": "Callie told the player she's skipping dinners because she can't afford food "
                        "since losing her job.",
        "character_knows": "June assumes Callie is punishing her for a row about the washing-up.",
        "knowledge_gap_score": 0.88,
        "character_capacity": 2.0,
        "response_options": [
            opt("tone_deaf", "She can sulk on her own dime, then. I'm not cooking for two if she won't "
                             "even show up.", -1.0),
            opt("tone_deaf", "Honestly, she's being so dramatic. It's pasta, not a marriage proposal.",
                -0.7),
            opt("tone_deaf", "Maybe I'll start charging her rent on the fridge shelf she isn't using.",
                -1.4),
        ],
        "dramatic_irony_score": 0.86,
        "tension_notes": "Each complaint is about exactly the thing Callie can't afford.",
    },
    {
        "character_name": "Hana Sato",
        "scenario": "Hana is translating a letter for her elderly neighbour Mr. Ito from his "
                    "estranged son in Osaka.",
        "player_knows": "The player ran the whole letter through a translation app earlier: the son "
                        "is asking for money, not reconciliation.",
        "character_knows": "Hana has only read the warm opening paragraph so far.",
        "knowledge_gap_score": 0.7,
        "character_capacity": 6.0,
        "response_options": [
            opt("misguided", "Your son writes beautifully. I'll go slowly. It's the kind of letter you "
                             "read twice.", -0.25),
            opt("misguided", "Perhaps we read the rest tomorrow, with tea, when you're rested? It's such "
                             "a kind beginning.", -0.22),
        ],
        "dramatic_irony_score": 0.68,
        "tension_notes": "Her gentleness builds the old man's hope one sentence at a time.",
    },
    {
        "character_name": "Kwame Mensah",
        "scenario": "Kwame is training the player as a volunteer first responder and praises his "
                    "partner Dani as 'the steadiest hands in the county'.",
        "player_knows": "The player saw Dani pocket morphine ampoules from the ambulance drug box last "
                        "shift.",
        "character_knows": "Kwame has noticed Dani is tired but trusts her completely.",
        "knowledge_gap_score": 0.82,
        "character_capacity": 7.5,
        "response_options": [
            opt("growth", "You've gone quiet every time I mention Dani. If something's off, I'd rather "
                          "hear it from you than from an incident report.", 1.2),
            opt("growth", "Steady hands can still be carrying something heavy. Maybe I check in on her "
                          "tonight.", 0.5),
        ],
        "dramatic_irony_score": 0.79,
        "tension_notes": "His faith in Dani is exactly what makes him safe to tell.",
    },
    {
        "character_name": "Ines Ferreira",
        "scenario": "Ines is restoring a water-damaged family Bible for a customer who never came "
                    "back to collect it, and guesses aloud why.",
        "player_knows": "The customer died in March; his daughter is too ashamed of the unpaid bill to "
                        "come in.",
        "character_knows": "Ines believes the man simply lost interest, as people do.",
        "knowledge_gap_score": 0.75,
        "character_capacity": 4.5,
        "response_options": [
            opt("misguided", "People think old books can wait forever. I'll put it in the window; maybe "
                             "he'll walk past and feel guilty.", -0.45),
            opt("misguided", "I'll send one more letter, firmer this time. Nobody likes a bill "
                             "collector, but leather isn't free.", -0.35),
        ],
        "dramatic_irony_score": 0.72,
        "tension_notes": "The window display would be the daughter's worst day on the high street.",
    },
    {
        "character_name": "Elliot Nakamura-Byrne",
        "scenario": "Elliot rehearses a song he wrote for his girlfriend Maren's birthday and asks "
                    "the player to be honest.",
        "player_knows": "Maren told the player she plans to end things after the birthday weekend.",
        "character_knows": "Elliot thinks things between them have never been better.",
        "knowledge_gap_score": 0.9,
        "character_capacity": 9.0,
        "response_options": [
            opt("growth", "You're making the face people make at funerals. Is it the bridge? Or is it... "
                          "not about the song?", 0.4),
            opt("growth", "Actually, maybe I play this one for me first. I've been writing a lot of "
                          "songs about holding on lately.", 0.35),
        ],
        "dramatic_irony_score": 0.88,
        "tension_notes": "The better the song gets, the harder it is for the player to listen.",
    },
]

DI_BATCH2 = [
    {
        "character_name": "Sasha Petrenko",
        "scenario": "Sasha brags that the sous-chef job is 'basically hers' after tomorrow's tasting.",
        "player_knows": "Chef Moreau has already promised the job to his nephew; the tasting is for "
                        "show.",
        "character_knows": "Sasha believes the tasting is a real contest she is favoured to win.",
        "knowledge_gap_score": 0.83,
        "character_capacity": 2.5,
        "response_options": [
            opt("tone_deaf", "I've already told my mum. She's framing the menu.", -0.9),
            opt("tone_deaf", "Anyone who isn't nervous isn't taking it seriously. So, you know, "
                             "everyone but me.", -0.6),
        ],
        "dramatic_irony_score": 0.8,
        "tension_notes": "Her confidence is the one thing the kitchen can't take from her, and it is "
                         "about to.",
    },
    {
        "character_name": "Callum Reyes",
        "scenario": "In the staff room Callum holds up a student's essay as proof of original "
                    "thinking.",
        "player_knows": "The player recognised the essay from a paid essay-writing site.",
        "character_knows": "Callum believes the student has finally found her voice after a hard "
                           "year.",
        "knowledge_gap_score": 0.76,
        "character_capacity": 5.5,
        "response_options": [
            opt("misguided", "This is what happens when you stop giving up on kids.", -0.3),
            opt("misguided", "I'm nominating her for the Hargreave prize. She needs one good thing "
                             "this year.", -0.48),
        ],
        "dramatic_irony_score": 0.71,
        "tension_notes": "The nomination would turn a private shortcut into a public disaster.",
    },
    {
        "character_name": "Farida Haddad",
        "scenario": "Farida tells the player she is finally taking her first holiday in six years, to "
                    "see her brother in Amman.",
        "player_knows": "Her client Yaw's hearing was moved to the week she'll be away; the notice is "
                        "in the unopened post on her desk.",
        "character_knows": "Farida believes the hearing is listed for November.",
        "knowledge_gap_score": 0.74,
        "character_capacity": 7.0,
        "response_options": [
            opt("growth", "Something about your face says I should check my post before I buy "
                          "sunscreen.", 0.45),
            opt("growth", "Before I go, will you walk through my desk with me? I trust you to see what "
                          "I'm too tired to.", 0.55),
        ],
        "dramatic_irony_score": 0.7,
        "tension_notes": "The one holiday she has earned is booked on top of the one week she can't "
                         "miss.",
    },
    {
        "character_name": "Leila Moradi",
        "scenario": "Leila jokes about the 'drama queen' who rings the clinic every day about a "
                    "perfectly healthy cat.",
        "player_knows": "The caller is a widower whose wife adopted the cat; the calls are the only "
                        "conversations he has all day.",
        "character_knows": "Leila thinks he is a hypochondriac by proxy.",
        "knowledge_gap_score": 0.72,
        "character_capacity": 3.5,
        "response_options": [
            opt("tone_deaf", "I'm going to start charging him by the minute. Whiskers is fine, "
                             "Gerald.", -0.8),
            opt("tone_deaf", "Put him through to voicemail. I can't do the cat diary again.", -1.1),
        ],
        "dramatic_irony_score": 0.69,
        "tension_notes": "The voicemail would be the only voice he hears that day.",
    },
]

DI_BATCH3 = [
    {
        "character_name": "Rosalind Achterberg",
        "scenario": "Roz casts a shy newcomer as the lead in the spring show, telling the player it "
                    "will 'bring her out of her shell'.",
        "player_knows": "The newcomer joined the theatre to get out of the house, where her father "
                        "mocks her acting.",
        "character_knows": "Roz sees only stage fright, to be cured by exposure.",
        "knowledge_gap_score": 0.69,
        "character_capacity": 6.0,
        "response_options": [
            opt("misguided", "We'll invite her family to opening night, front row. Nothing builds "
                             "confidence like an audience who loves you.", -0.45),
            opt("misguided", "I'll push her hard in rehearsal. Shells crack under a little pressure.",
                -0.3),
        ],
        "dramatic_irony_score": 0.66,
        "tension_notes": "The front-row seats are the worst gift Roz could give her.",
    },
    {
        "character_name": "Yusuf Demir",
        "scenario": "Yusuf proudly shows the player a photo of his son's new flat in Leeds: the boy "
                    "'finally has his life in order'.",
        "player_knows": "His son confided that he lost his job and is sleeping on the bare floor of "
                        "that flat because he can't afford furniture.",
        "character_knows": "Yusuf believes his son's silences mean he is busy at a successful new job.",
        "knowledge_gap_score": 0.81,
        "character_capacity": 8.5,
        "response_options": [
            opt("growth", "The walls look very empty in this photo. Maybe I call him this weekend, "
                          "just to ask how he really is. No lecture.", 0.6),
            opt("growth", "I'll send him my good armchair. A man should have somewhere to sit, even "
                          "when things are going well.", 0.4),
        ],
        "dramatic_irony_score": 0.77,
        "tension_notes": "He is proud of exactly the picture his son is hiding behind.",
    },
    {
        "character_name": "Oskar Brandt",
        "scenario": "Oskar is repairing a pocket watch he believes belonged to the player's "
                    "grandfather, and keeps asking for stories about him.",
        "player_knows": "The player bought the watch at a flea market; the family story was a white "
                        "lie to get Oskar to take the job.",
        "character_knows": "Oskar thinks he is restoring an heirloom and has been doing the work for "
                           "free.",
        "knowledge_gap_score": 0.67,
        "character_capacity": 5.0,
        "response_options": [
            opt("misguided", "Your grandfather wound it too tight, you can tell. An impatient man. Am I "
                             "right?", -0.25),
            opt("misguided", "I won't charge you. Heirlooms are the only work I still do for love.",
                -0.4),
        ],
        "dramatic_irony_score": 0.63,
        "tension_notes": "Every invented anecdote makes the lie harder to take back.",
    },
    {
        "character_name": "Marguerite Fontaine",
        "scenario": "Marguerite asks the player to help plan a bedside reconciliation between a dying "
                    "patient, Henrik, and his brother.",
        "player_knows": "The brother told the player he is only coming to ask about the will.",
        "character_knows": "Marguerite believes the visit is a hard-won act of forgiveness.",
        "knowledge_gap_score": 0.79,
        "character_capacity": 9.5,
        "response_options": [
            opt("growth", "I'll meet the brother in the corridor first. Forgiveness can survive a "
                          "question or two; Henrik shouldn't be ambushed in his last week.", 0.7),
            opt("growth", "You've heard something. You don't have to break a confidence. Just tell me "
                          "whether to be gentle or careful.", 0.5),
        ],
        "dramatic_irony_score": 0.75,
        "tension_notes": "She has staged a reconciliation for a man who is coming to collect.",
    },
]

# ---------------------------------------------------------------------------------------------
# tension_building
# ---------------------------------------------------------------------------------------------

TB_BATCH1 = [
    {
        "character_name": "Mara Okafor",
        "context": "Walking the player to the bus stop after a long shift.",
        "hook_type": "mystery_hook",
        "dialogue": "If anyone from St. Bride's rings asking about me, you've never heard of me. "
                    "...I'm joking. Mostly.",
        "setup": "Mara never says where she trained; a hospital name slips out and she immediately "
                 "takes it back.",
        "payoff_window_weeks": window(2, 3),
        "relationship_level": 2,
        "tension_score": 0.78,
        "hook_effectiveness": 0.74,
        "payoff_hint": "She left St. Bride's after reporting a senior doctor, and the inquiry is being "
                       "reopened.",
    },
    {
        "character_name": "Dmitri Volkov",
        "context": "Dmitri, who swore off the sea twenty years ago, is seen buying charts at the "
                   "harbour chandlery.",
        "hook_type": "contradiction",
        "dialogue": "These? For a friend. He is the kind of friend who doesn't exist yet, so don't ask "
                    "his name.",
        "setup": "Directly contradicts his established refusal to go anywhere near boats.",
        "payoff_window_weeks": window(5, 8),
        "relationship_level": 4,
        "tension_score": 0.81,
        "hook_effectiveness": 0.79,
        "payoff_hint": "He means to sail his late wife's ashes to the island where they met, and wants "
                       "the player to crew.",
    },
    {
        "character_name": "June Alvarez",
        "context": "June arrives at study group with bandaged knuckles and a cheerful excuse ready.",
        "hook_type": "partial_reveal",
        "dialogue": "Kitchen drawer. Vicious thing. Anyway, who actually did the reading?",
        "setup": "The effect is shown (the injury, the rehearsed cheer); the cause is withheld.",
        "payoff_window_weeks": window(2, 4),
        "relationship_level": 3,
        "tension_score": 0.72,
        "hook_effectiveness": 0.7,
        "payoff_hint": "She punched the lab wall after finding her old advisor had published her data "
                       "under his own name.",
    },
    {
        "character_name": "Farida Haddad",
        "context": "Farida rings the player from the courthouse steps.",
        "hook_type": "stakes_escalation",
        "dialogue": "The judge moved the ruling to Friday. If Yaw's sister isn't here with the birth "
                    "certificate by then, he's on a plane on Monday. I need someone who can drive to "
                    "Dover tonight.",
        "setup": "A time-boxed crisis with a concrete deadline and a direct ask.",
        "payoff_window_weeks": window(0, 1),
        "relationship_level": 5,
        "tension_score": 0.89,
        "hook_effectiveness": 0.87,
        "payoff_hint": "Whether the player makes the drive decides whether Yaw stays.",
    },
    {
        "character_name": "Hana Sato",
        "context": "During a translation job Hana takes a phone call and answers in a dialect the "
                   "player has never heard her use.",
        "hook_type": "mystery_hook",
        "dialogue": "My grandmother's village. Nobody speaks it now, only me and one man in Nagoya. He "
                    "has started calling again.",
        "setup": "An unexplained man, and an unexplained 'again'.",
        "payoff_window_weeks": window(3, 4),
        "relationship_level": 1,
        "tension_score": 0.7,
        "hook_effectiveness": 0.66,
        "payoff_hint": "He was her grandmother's first fiancé and wants Hana to carry a letter to her "
                       "grave.",
    },
    {
        "character_name": "Oskar Brandt",
        "context": "Oskar, who is meticulous about time, has let every clock in his shop stop at "
                   "4:17.",
        "hook_type": "contradiction",
        "dialogue": "They'll run again when I'm ready to hear them. Please don't wind anything.",
        "setup": "A clockmaker stopping time breaks his defining habit.",
        "payoff_window_weeks": window(6, 8),
        "relationship_level": 3,
        "tension_score": 0.76,
        "hook_effectiveness": 0.73,
        "payoff_hint": "4:17 was the time of the call from the hospital the day his son died; this year "
                       "he has decided to visit the grave.",
    },
    {   # valid but weak: tension_score below the 0.6 threshold
        "character_name": "Theo Lindqvist",
        "context": "Theo mentions in passing that he is tired.",
        "hook_type": "partial_reveal",
        "dialogue": "Long week. You know how it is. Anyway, croissant?",
        "setup": "Mild tiredness mentioned; nothing withheld that the player would wonder about.",
        "payoff_window_weeks": window(2, 3),
        "relationship_level": 2,
        "tension_score": 0.48,
        "hook_effectiveness": 0.42,
        "payoff_hint": "He is tired because the oven broke.",
    },
    {
        "character_name": "Kwame Mensah",
        "context": "Kwame's brother is being transferred to a hospital three hours away.",
        "hook_type": "stakes_escalation",
        "dialogue": "They're moving Kofi at six tomorrow. If I'm not on that ward before the consultant's "
                    "round, they'll decide about the surgery with nobody from the family in the room.",
        "setup": "Hard deadline, a medical decision, family absent.",
        "payoff_window_weeks": window(0, 2),
        "relationship_level": 4,
        "tension_score": 0.84,
        "hook_effectiveness": 0.82,
        "payoff_hint": "The player can cover his shift so he can go, or not.",
    },
]

TB_BATCH2 = [
    {
        "character_name": "Rosalind Achterberg",
        "context": "Roz padlocks the prop cupboard for the first time in fifteen years of running the "
                   "theatre.",
        "hook_type": "mystery_hook",
        "dialogue": "New rule. Nobody goes in there but me. Don't look at me like that; some of what's "
                    "in that cupboard isn't props.",
        "setup": "Sudden rule change with withheld contents.",
        "payoff_window_weeks": window(2, 4),
        "relationship_level": 3,
        "tension_score": 0.74,
        "hook_effectiveness": 0.71,
        "payoff_hint": "It holds her late partner's costumes, which she has been putting on alone after "
                       "rehearsals.",
    },
    {
        "character_name": "Yusuf Demir",
        "context": "Yusuf's dispatch voice, usually a bark, goes gentle when one particular driver "
                   "checks in.",
        "hook_type": "partial_reveal",
        "dialogue": "Car nineteen, take the hospital run and then go home. Yes, home. I'll cover your "
                    "last hour. Don't argue with me on an open channel.",
        "setup": "The effect (tenderness, covered hours) is shown without the cause.",
        "payoff_window_weeks": window(2, 3),
        "relationship_level": 2,
        "tension_score": 0.69,
        "hook_effectiveness": 0.67,
        "payoff_hint": "Car nineteen is driven by his ex-wife, who is having chemotherapy and hasn't told "
                       "the firm.",
    },
    {
        "character_name": "Marguerite Fontaine",
        "context": "The chaplain who always says 'I don't pray for outcomes' is overheard praying for "
                   "one.",
        "hook_type": "contradiction",
        "dialogue": "You weren't meant to hear that. I've spent twenty years telling families not to "
                    "bargain. Give me a minute to be a hypocrite in peace.",
        "setup": "Directly contradicts the practice she preaches.",
        "payoff_window_weeks": window(5, 7),
        "relationship_level": 4,
        "tension_score": 0.83,
        "hook_effectiveness": 0.8,
        "payoff_hint": "The patient is the nurse who sat with Marguerite's mother; she is praying she "
                       "lives to meet her granddaughter.",
    },
    {
        "character_name": "Leila Moradi",
        "context": "A storm has closed the coast road and the clinic's generator is failing.",
        "hook_type": "stakes_escalation",
        "dialogue": "Four animals on oxygen and ninety minutes of diesel. Someone has to reach the "
                    "garage on Harbour Road before they shut the pumps, and it has to be you, because "
                    "yours is the only car here that isn't underwater.",
        "setup": "A concrete clock and concrete lives.",
        "payoff_window_weeks": window(0, 1),
        "relationship_level": 3,
        "tension_score": 0.9,
        "hook_effectiveness": 0.88,
        "payoff_hint": "Whether the player makes the run decides which animals survive the night.",
    },
    {
        "character_name": "Elliot Nakamura-Byrne",
        "context": "Every night at closing Elliot plays the same four unfinished bars on the café "
                   "piano.",
        "hook_type": "mystery_hook",
        "dialogue": "It's not mine. I'm just keeping it warm for someone. That's a weird thing to say, "
                    "sorry.",
        "setup": "An unattributed melody and a cryptic 'someone'.",
        "payoff_window_weeks": window(2, 3),
        "relationship_level": 1,
        "tension_score": 0.66,
        "hook_effectiveness": 0.63,
        "payoff_hint": "His mother wrote it before she left; he hopes she'll hear it on the café's "
                       "livestream.",
    },
    {
        "character_name": "Nadia Kowalczyk",
        "context": "Nadia comes back from the strike negotiations with a signed agreement and no joy "
                   "at all.",
        "hook_type": "partial_reveal",
        "dialogue": "We won. Put the kettle on. Don't ask me what it cost. Not tonight.",
        "setup": "Victory shown, its price hidden.",
        "payoff_window_weeks": window(3, 4),
        "relationship_level": 4,
        "tension_score": 0.8,
        "hook_effectiveness": 0.77,
        "payoff_hint": "Management made her father's reinstatement conditional on her stepping down as "
                       "organiser, and she signed.",
    },
]

TB_THINK = (
    "<think>\n"
    "Okay, the user wants six tension-building samples as JSON. The hook types should rotate: "
    "mystery_hook, partial_reveal, contradiction, stakes_escalation. Payoff windows: mystery and "
    "partial reveal are 2-4 weeks, contradiction is 5-8, stakes escalation is immediate to 2. For the "
    "chaplain one, a contradiction, so something like {min: 5, max: 7}. Relationship levels should vary "
    "from 1 to 5. The dialogue must not explain the hook; the payoff_hint carries the answer. Only JSON "
    "is wanted, so I'll put it in a json block.\n"
    "</think>\n\n"
)

# ---------------------------------------------------------------------------------------------
# memory_resonance
# ---------------------------------------------------------------------------------------------

RESONANCE_WEIGHTS = {
    "same_emotion_different_context": 0.8,
    "opposite_emotion_growth": 0.9,
    "past_trauma_trigger": 0.95,
    "joy_sadness_contrast": 0.85,
    "emotional_growth_callback": 0.7,
}

MR_BATCH1 = [
    {
        "character_name": "Mara Okafor",
        "current_situation": "The player's little brother is kept in overnight for observation after "
                             "a fall, and Mara is the nurse on shift.",
        "memory": mem("The paediatric code three weeks ago, when she held a mother's hand in the "
                      "corridor afterwards", "helplessness", 3),
        "resonance_type": "same_emotion_different_context",
        "resonance_weight": 0.8,
        "character_response": "He's okay. I know your stomach doesn't believe that yet. Three weeks ago I "
                              "stood where you're standing, different corridor, worse news, and all I "
                              "wanted was someone to tell me the next small thing. So: next small thing. "
                              "Obs every hour. I'll be the one doing them.",
        "resonance_score": 0.86,
    },
    {
        "character_name": "Dmitri Volkov",
        "current_situation": "The player invites Dmitri out on a friend's sailing dinghy for an "
                             "afternoon on the estuary.",
        "memory": mem("Refusing to board any boat after his wife drowned, even the ferry to her memorial "
                      "on the island", "terror", 1040),
        "resonance_type": "opposite_emotion_growth",
        "resonance_weight": 0.9,
        "character_response": "Twenty years ago I drove the long road round the bay rather than stand on "
                              "a deck, even for her. Today the water looks like water. ...Give me the "
                              "tiller a minute. Only a minute.",
        "resonance_score": 0.9,
    },
    {
        "character_name": "June Alvarez",
        "current_situation": "A professor praises June's draft in front of the seminar and asks to "
                             "'borrow' her dataset for a grant application.",
        "memory": mem("Her former advisor publishing her fieldwork under his own name", "betrayal", 26),
        "resonance_type": "past_trauma_trigger",
        "resonance_weight": 0.95,
        "character_response": "No. Sorry. No. You can cite it when it's published, with my name on it. "
                              "I'm not trying to be difficult. I've already done the version of this "
                              "where I was easy to work with.",
        "resonance_score": 0.92,
    },
    {
        "character_name": "Ines Ferreira",
        "current_situation": "The player's wedding; Ines bound the guest book as her gift.",
        "memory": mem("Her own wedding night, dancing with her husband in the bookshop after closing",
                      "joy", 2080),
        "resonance_type": "joy_sadness_contrast",
        "resonance_weight": 0.85,
        "character_response": "We had no hall. We pushed the shelves back and danced in the poetry "
                              "section, and he trod on my foot every third beat. Go on, go and dance. I'm "
                              "crying because it was wonderful. That's allowed.",
        "resonance_score": 0.88,
    },
    {
        "character_name": "Theo Lindqvist",
        "current_situation": "The player asks Theo to run a bread class for children at the library.",
        "memory": mem("Being laughed at in his first bakery job for crying when his sourdough starter "
                      "died", "shame", 520),
        "resonance_type": "emotional_growth_callback",
        "resonance_weight": 0.7,
        "character_response": "Kids, eh. Fine. But lesson one is that bread fails. My first starter died "
                              "and I cried in the walk-in and a man called Gus laughed at me for a week. "
                              "I'll teach them the crying's allowed. Then I'll teach them to feed it "
                              "better.",
        "resonance_score": 0.78,
    },
    {   # weight should be 0.95 for past_trauma_trigger
        "character_name": "Hana Sato",
        "current_situation": "At a business dinner a client calls her accent 'charming' and imitates "
                             "it.",
        "memory": mem("Being made to read aloud at primary school in Leeds while classmates copied her "
                      "vowels", "humiliation", 1300),
        "resonance_type": "past_trauma_trigger",
        "resonance_weight": 0.8,
        "character_response": "[She smiles and sets down her chopsticks.] Thank you. I learned English in "
                              "a classroom where it was also found charming. I think the contract will "
                              "be clearer if we both read it in my accent, slowly.",
        "resonance_score": 0.84,
    },
    {
        "character_name": "Kwame Mensah",
        "current_situation": "Kwame watches the player's teenage son pass his driving test.",
        "memory": mem("Teaching his brother Kofi to drive in their uncle's taxi in Kumasi", "pride", 780),
        "resonance_type": "same_emotion_different_context",
        "resonance_weight": 0.8,
        "character_response": "Did you see his face when he parked? I've seen that face once before: "
                              "Kofi, sixteen, in Uncle Kwesi's taxi, stalling nine times and then not "
                              "stalling. I'm ringing him. He'll be unbearable about it.",
        "resonance_score": 0.81,
    },
    {
        "character_name": "Oskar Brandt",
        "current_situation": "The player brings in a broken music box that plays the lullaby Oskar "
                             "used to wind for his son.",
        "memory": mem("Smashing the same model of music box against the workshop wall after his son's "
                      "funeral", "rage", 936),
        "resonance_type": "opposite_emotion_growth",
        "resonance_weight": 0.9,
        "character_response": "I destroyed one of these, you know. Threw it. Springs everywhere; I found "
                              "a gear in my shoe a year later. ...Leave it with me. I think I'd like to "
                              "make one play again. Not for him. For me, and for whoever this belongs "
                              "to.",
        "resonance_score": 0.87,
    },
]

# Written with typographic quotes, apostrophes, dashes and accents: the file is then mojibaked.
MR_BATCH2 = [
    {
        "character_name": "Farida Haddad",
        "current_situation": "Farida’s client Yaw is granted leave to remain; the office celebrates "
                             "with knafeh from the bakery downstairs.",
        "memory": mem("The morning her own residency came through, when she ate a whole tray of her "
                      "mother’s knafeh standing at the counter", "relief", 884),
        "resonance_type": "joy_sadness_contrast",
        "resonance_weight": 0.85,
        "character_response": "My mother said, “Eat, it’s not a crime to be happy,” and I said, “Mama, "
                              "it’s the one thing they haven’t charged me with.” Today I’m eating with "
                              "my hands again—don’t tell the partners.",
        "resonance_score": 0.83,
    },
    {
        "character_name": "Rosalind Achterberg",
        "current_situation": "A reviewer calls the spring show “a vanity project kept alive by "
                             "sentiment.”",
        "memory": mem("The review that ended her acting career at twenty-six: “Miss Achterberg mistakes "
                      "volume for feeling.”", "shame", 1248),
        "resonance_type": "past_trauma_trigger",
        "resonance_weight": 0.95,
        "character_response": "Twenty-four years and I can still recite it—“mistakes volume for "
                              "feeling.” Funny how the cruel ones stay word-perfect. Put the paper in "
                              "the recycling, please. No—read me the paragraph about the lighting first. "
                              "Frédéric will want to hear that part.",
        "resonance_score": 0.89,
    },
    {
        "character_name": "Yusuf Demir",
        "current_situation": "The player fails their driving test on a technicality and sits in "
                             "Yusuf’s car, stunned.",
        "memory": mem("His own citizenship test, failed because he misheard “borough” as “burrow”",
                      "humiliation", 1560),
        "resonance_type": "same_emotion_different_context",
        "resonance_weight": 0.8,
        "character_response": "I failed mine on one word. “Borough.” I wrote about rabbits—three "
                              "sentences about rabbits. The examiner was kind; that was worse. Next "
                              "month you pass. Today we get kebabs and you’re allowed to be furious.",
        "resonance_score": 0.85,
    },
    {
        "character_name": "Marguerite Fontaine",
        "current_situation": "A young chaplaincy intern asks Marguerite how she stops herself crying "
                             "with families.",
        "memory": mem("Her first week in hospice, hiding in a linen cupboard after a death until her "
                      "supervisor found her", "overwhelm", 1040),
        "resonance_type": "emotional_growth_callback",
        "resonance_weight": 0.7,
        "character_response": "I don’t stop. I just learned where to do it. My first week, Sister Agnès "
                              "found me in the linen cupboard—she handed me a pillowcase, said “They’re "
                              "softer than tissues,” and left. Find your cupboard. Then come back out.",
        "resonance_score": 0.76,
    },
    {
        "character_name": "Elliot Nakamura-Byrne",
        "current_situation": "Elliot’s band plays its first paid gig and the room sings the chorus "
                             "back.",
        "memory": mem("His mother teaching him chords on a second-hand guitar the summer before she "
                      "left", "tenderness", 624),
        "resonance_type": "joy_sadness_contrast",
        "resonance_weight": 0.85,
        "character_response": "They sang it back—did you hear? The whole room. She taught me that G, "
                              "this one, on a guitar with a cracked neck. I kept wondering if she’d hear "
                              "it somewhere. Sorry. I’m happy. I’m so happy it’s ridiculous.",
        "resonance_score": 0.8,
    },
    {
        "character_name": "Priya Raman",
        "current_situation": "Priya walks through the finished Halvorsen library, the building she "
                             "designed during her divorce.",
        "memory": mem("Sketching its reading room on napkins at 3 a.m. in a hotel café, the night she "
                      "moved out", "despair", 78),
        "resonance_type": "opposite_emotion_growth",
        "resonance_weight": 0.9,
        "character_response": "I drew this ceiling on a napkin the night I left—café, 3 a.m., a waiter "
                              "who kept topping up my coffee without asking. I thought I was drawing a "
                              "room to hide in. Look at it. It’s full of light. I don’t think I knew I "
                              "was drawing a way out.",
        "resonance_score": 0.91,
    },
]

# ---------------------------------------------------------------------------------------------
# personality_traits
# ---------------------------------------------------------------------------------------------

PT_BATCH1 = [
    {
        "character_name": "Rosalind Achterberg",
        "scenario": "First read-through of the spring show; an actor arrives twenty minutes late.",
        "dialogue": "Darling, come in, you've missed the part where I cry about the budget, it was "
                    "magnificent. Sit by Tomás. He's been dying to hear your Nora.",
        "ocean": ocean(0.86, 0.41, 0.93, 0.72, 0.58),
        "trait_expression": "Very high extraversion and openness turn lateness into theatre rather than "
                            "conflict; lowish conscientiousness shows in the shrugged-off schedule.",
        "quality_score": 0.84,
    },
    {
        "character_name": "Callum Reyes",
        "scenario": "A colleague suggests skipping the safety briefing for a 'quick' demonstration.",
        "dialogue": "Goggles on. All of you. I know it's bicarb and vinegar. I also know Ryan, and Ryan "
                    "once set fire to a paper towel with a magnifying glass in February.",
        "ocean": ocean(0.55, 0.91, 0.48, 0.63, 0.37),
        "trait_expression": "High conscientiousness delivered with dry humour; procedure justified by "
                            "specific past evidence.",
        "quality_score": 0.79,
    },
    {
        "character_name": "Elliot Nakamura-Byrne",
        "scenario": "A customer asks Elliot what his song is about.",
        "dialogue": "Oh. Um. It's about, like, a kitchen? At night? Sorry, that's not an answer. It's "
                    "about waiting for someone in a kitchen. I'll stop talking now.",
        "ocean": ocean(0.88, 0.35, 0.22, 0.81, 0.71),
        "trait_expression": "Introversion and neuroticism in the self-interrupting apology; openness in "
                            "the image-first answer.",
        "quality_score": 0.76,
    },
    {
        "character_name": "Nadia Kowalczyk",
        "scenario": "At a branch meeting a member accuses the committee of going soft.",
        "dialogue": "Say it again, louder, so the back row hears you, because you're half right and I "
                    "want everyone to know which half. Then I'll tell you what 'soft' bought us last "
                    "March.",
        "ocean": ocean(0.62, 0.8, 0.84, 0.38, 0.33),
        "trait_expression": "Low agreeableness channelled productively: she welcomes the confrontation; "
                            "high conscientiousness shows in the evidence she brings.",
        "quality_score": 0.82,
    },
    {
        "character_name": "Ines Ferreira",
        "scenario": "A young customer asks whether she ever gets lonely in the shop.",
        "dialogue": "Lonely? I have eleven hundred books and one cat who hates all of them. ...Some "
                    "evenings. Not as often as you'd think, and more often than I'd say.",
        "ocean": ocean(0.7, 0.77, 0.31, 0.58, 0.49),
        "trait_expression": "Introversion and guarded candour: deflection through humour, then a precise "
                            "and honest qualification.",
        "quality_score": 0.8,
    },
    {
        "character_name": "Sasha Petrenko",
        "scenario": "The head chef changes the menu an hour before service.",
        "dialogue": "Fine. Great. Love that for us. Give me the halibut and get out of my section. No, "
                    "leave the shallots, I'll need them.",
        "ocean": ocean(0.45, 0.72, 0.66, 0.29, 0.68),
        "trait_expression": "Low agreeableness and high neuroticism under pressure, but "
                            "conscientiousness wins: she adapts at once.",
        "quality_score": 0.74,
    },
    {
        "character_name": "Hana Sato",
        "scenario": "Her manager asks for 'honest feedback' on a presentation full of errors.",
        "dialogue": "The structure is very clear. Perhaps slide seven could be checked once more; the "
                    "figures there may have travelled a little from the original report.",
        "ocean": ocean(0.67, 0.88, 0.27, 0.86, 0.44),
        "trait_expression": "High agreeableness and conscientiousness expressed through indirect, "
                            "face-saving phrasing.",
        "quality_score": 0.81,
    },
    {
        "character_name": "Bram Dekker",
        "scenario": "A teenager boards the night bus without a fare and stares at the floor.",
        "dialogue": "Machine's broken tonight. Has been since about... now. Sit near the front, it's "
                    "warmer.",
        "ocean": ocean(0.52, 0.6, 0.44, 0.9, 0.26),
        "trait_expression": "Very high agreeableness and low neuroticism: quiet, unshowy kindness that "
                            "sidesteps the rules without fuss.",
        "quality_score": 0.83,
    },
]

# Clean originals; the file gets apostrophes stripped (records 0, 2, 3, 5), zero-width spaces
# (records 1, 4), a BOM and CRLF line endings.
PT_BATCH2 = [
    {
        "character_name": "Yusuf Demir",
        "scenario": "A young driver offers to take the 5 a.m. airport run after a double shift.",
        "dialogue": "I'll take the airport run myself. No, I'll do it. Five a.m. start, and your eyes "
                    "look like two boiled eggs.",
        "ocean": ocean(0.4, 0.83, 0.57, 0.61, 0.45),
        "trait_expression": "Gruff conscientiousness as care: he takes the hard job and disguises "
                            "concern as insult.",
        "quality_score": 0.77,
    },
    {
        "character_name": "Marguerite Fontaine",
        "scenario": "A new volunteer worries she said nothing useful at a bedside.",
        "dialogue": "Silence isn't a failure of the visit. Sometimes it is the visit.",
        "ocean": ocean(0.82, 0.69, 0.46, 0.91, 0.21),
        "trait_expression": "High agreeableness and openness with low neuroticism: a calm reframing that "
                            "validates without flattery.",
        "quality_score": 0.85,
    },
    {
        "character_name": "Kwame Mensah",
        "scenario": "The player thanks Kwame after he stabilises their father at the roadside.",
        "dialogue": "Don't thank me yet. Thank me when he is home and arguing about the football again. "
                    "And don't cry on my uniform, I only have two.",
        "ocean": ocean(0.58, 0.85, 0.7, 0.79, 0.32),
        "trait_expression": "Warm extraversion and steadiness; he deflects gratitude with humour to keep "
                            "the family calm.",
        "quality_score": 0.8,
    },
    {
        "character_name": "Leila Moradi",
        "scenario": "An owner begs Leila for a guarantee during their dog's emergency surgery.",
        "dialogue": "I can't promise anything tonight. I can promise he is not alone in there, and I can "
                    "sit with you while we wait. That part I can't get wrong.",
        "ocean": ocean(0.61, 0.74, 0.39, 0.87, 0.63),
        "trait_expression": "High agreeableness with anxious honesty: she refuses false comfort and "
                            "offers presence instead.",
        "quality_score": 0.78,
    },
    {
        "character_name": "Priya Raman",
        "scenario": "On a site visit Priya sees that the new staircase blocks the only west light.",
        "dialogue": "Move the stair. I know the client signed off. I also know where the light falls at "
                    "four in November, and right now it lands on a fire door.",
        "ocean": ocean(0.9, 0.87, 0.6, 0.42, 0.47),
        "trait_expression": "High openness and conscientiousness; lower agreeableness lets her overturn "
                            "a signed-off decision for the sake of the work.",
        "quality_score": 0.83,
    },
    {
        "character_name": "Oskar Brandt",
        "scenario": "A customer apologises for bringing in a clock she is sure is beyond saving.",
        "dialogue": "It's not broken, it's resting. People are the same. A week in a warm room and it's "
                    "ticking again.",
        "ocean": ocean(0.64, 0.93, 0.29, 0.76, 0.3),
        "trait_expression": "Meticulous conscientiousness and patience, gently widened into "
                            "consolation.",
        "quality_score": 0.79,
    },
]

ZWSP = "\u200b"
# (record index, field, original substring, substring with a zero-width space)
PT_ZWSP = [
    (1, "dialogue", "Sometimes it is", "Sometimes" + ZWSP + " it is"),
    (1, "dialogue", "failure", "fail" + ZWSP + "ure"),
    (4, "dialogue", "signed off", "sig" + ZWSP + "ned off"),
    (4, "character_name", "Priya Raman", "Priya Raman" + ZWSP),
]
PT_BROKEN_CONTRACTIONS = [0, 2, 3, 5]

# ---------------------------------------------------------------------------------------------
# relationship_scoring
# ---------------------------------------------------------------------------------------------

RS_BATCH1 = [
    {
        "character_name": "Mara Okafor",
        "player_action": "Brings Mara a hot meal at the end of her night shift without being asked.",
        "character_response": "Is that soup? Real soup? I'm going to eat this in the car and not share it, "
                              "and I want you to know I love you in a completely platonic, soup-based "
                              "way.",
        "relationship_score": 0.82,
        "trust_change": 0.3,
        "rationale": "Unprompted, practical care matched to her exhaustion, with nothing asked in "
                     "return.",
        "quality_score": 0.81,
        "interaction_type": "act_of_service",
        "relationship_level": 3,
    },
    {
        "character_name": "Theo Lindqvist",
        "player_action": "Posts a one-star review of the bakery after a late order.",
        "character_response": "I saw it. 'Soggy and apologetic, like the owner.' That's... a good line, "
                              "actually. You could have just told me.",
        "relationship_score": 0.28,
        "trust_change": -0.45,
        "rationale": "Public criticism instead of private honesty; he is hurt more by the route than "
                     "by the content.",
        "quality_score": 0.77,
        "interaction_type": "public_criticism",
        "relationship_level": 2,
    },
    {
        "character_name": "Dmitri Volkov",
        "player_action": "Remembers the name of Dmitri's late wife and asks him for a story about her.",
        "character_response": "Alla. You remembered. She hated boats too, you know; that's the joke "
                              "nobody tells. She married a sailor and got seasick in the bath.",
        "relationship_score": 0.88,
        "trust_change": 0.4,
        "rationale": "Honours a grief he is rarely invited to talk about.",
        "quality_score": 0.86,
        "interaction_type": "emotional_support",
        "relationship_level": 4,
    },
    {
        "character_name": "June Alvarez",
        "player_action": "Screenshots June's private rant about her supervisor into the department "
                         "group chat.",
        "character_response": "Take it down. Now. Do you understand that I have to sit in that man's lab "
                              "on Monday?",
        "relationship_score": 0.12,
        "trust_change": -0.8,
        "rationale": "A breach of confidence with real professional consequences; trust collapses.",
        "quality_score": 0.83,
        "interaction_type": "betrayal",
        "relationship_level": 3,
    },
    {
        "character_name": "Hana Sato",
        "player_action": "Learns a few phrases of Japanese to greet Hana's visiting mother.",
        "character_response": "She said your accent is 'brave'. From her, that's a compliment. It's the "
                              "highest one she has ever given me.",
        "relationship_score": 0.79,
        "trust_change": 0.25,
        "rationale": "Effortful respect for her family: a small act with large cultural weight.",
        "quality_score": 0.78,
        "interaction_type": "cultural_gesture",
        "relationship_level": 3,
    },
    {
        "character_name": "Kwame Mensah",
        "player_action": "Cancels, for the third time, on helping Kwame move his brother's furniture.",
        "character_response": "It's fine. I'll ask Kofi's neighbour. He has a van and, apparently, a "
                              "calendar.",
        "relationship_score": 0.35,
        "trust_change": -0.3,
        "rationale": "Repeated unreliability; the sarcasm signals withdrawal rather than anger.",
        "quality_score": 0.74,
        "interaction_type": "broken_promise",
        "relationship_level": 3,
    },
    {
        "character_name": "Ines Ferreira",
        "player_action": "Returns a borrowed first edition with a coffee ring on the cover and confesses "
                         "straight away.",
        "character_response": "Hm. Well. Books are meant to be lived with, and this one has now been lived "
                              "with rather a lot. Thank you for telling me before I found it. That's the "
                              "part that matters.",
        "relationship_score": 0.63,
        "trust_change": 0.1,
        "rationale": "Damage softened by prompt honesty; trust rises slightly even as the book "
                     "suffers.",
        "quality_score": 0.8,
        "interaction_type": "honest_confession",
        "relationship_level": 2,
    },
    {
        "character_name": "Elliot Nakamura-Byrne",
        "player_action": "Turns up to Elliot's first open mic and films the whole set for his mother.",
        "character_response": "You filmed it? All of it? Even the bit where I forgot the second verse and "
                              "just hummed? ...Send it to me. I'll decide if she gets it.",
        "relationship_score": 0.76,
        "trust_change": 0.35,
        "rationale": "Visible support at a vulnerable moment, and respect for his choice about his "
                     "mother.",
        "quality_score": 0.79,
        "interaction_type": "showing_up",
        "relationship_level": 2,
    },
]

RS_BATCH2 = [
    {
        "character_name": "Farida Haddad",
        "player_action": "Offers to interpret for Farida's client at an interview, unpaid, on a "
                         "Saturday.",
        "character_response": "You'd give up a Saturday for a man you've never met? ...Okay. I'm buying "
                              "you lunch, and you're going to let me, and we're not going to argue "
                              "about it.",
        "relationship_score": 0.81,
        "trust_change": 0.35,
        "rationale": "Generous, skilled help for a cause she is devoted to.",
        "quality_score": 0.8,
        "interaction_type": "act_of_service",
        "relationship_level": 3,
    },
    {
        "character_name": "Rosalind Achterberg",
        "player_action": "Quits the spring show two days before opening night, by text.",
        "character_response": "A text. Fifteen years I've run this place and I've been left by actors in "
                              "every way there is, but a text is new.",
        "relationship_score": 0.18,
        "trust_change": -0.6,
        "rationale": "Abandonment at the worst possible moment, delivered without respect.",
        "quality_score": 0.82,
        "interaction_type": "abandonment",
        "relationship_level": 3,
    },
    {
        "character_name": "Yusuf Demir",
        "player_action": "Fixes the dispatch software so the drivers' runs stop double-booking.",
        "character_response": "Three years I shout at this computer. You touch it for ten minutes. ...I "
                              "will not say thank you on the radio. I am saying it here.",
        "relationship_score": 0.74,
        "trust_change": 0.3,
        "rationale": "Practical competence that eases his daily load; pride keeps the thanks private.",
        "quality_score": 0.76,
        "interaction_type": "act_of_service",
        "relationship_level": 2,
    },
    {
        "character_name": "Marguerite Fontaine",
        "player_action": "Admits they lied about visiting their dying aunt every week.",
        "character_response": "Thank you for telling me. The guilt is a sign you loved her; it isn't a "
                              "sentence. Let's go and see her together tomorrow, while she still knows "
                              "your voice.",
        "relationship_score": 0.7,
        "trust_change": 0.2,
        "rationale": "An honest admission of a shameful lie, met with grace; trust grows because of the "
                     "confession.",
        "quality_score": 0.84,
        "interaction_type": "honest_confession",
        "relationship_level": 3,
    },
    {
        "character_name": "Leila Moradi",
        "player_action": "Stays with Leila through the night after the storm, mopping out kennels.",
        "character_response": "You didn't have to— you did, though. You stayed. I don't know how to say "
                              "thank you for something like that without crying into the mop bucket.",
        "relationship_score": 0.87,
        "trust_change": 0.5,
        "rationale": "Costly, unglamorous loyalty at her lowest point.",
        "quality_score": 0.85,
        "interaction_type": "showing_up",
        "relationship_level": 4,
    },
    {
        "character_name": "Nadia Kowalczyk",
        "player_action": "Tells Nadia's father about the deal she signed before she could tell him "
                         "herself.",
        "character_response": "That was mine to tell. Whatever you meant by it, that was mine.",
        "relationship_score": 0.22,
        "trust_change": -0.55,
        "rationale": "Took a painful disclosure out of her hands.",
        "quality_score": 0.78,
        "interaction_type": "betrayal",
        "relationship_level": 4,
    },
]
RS_TRUNCATE_AFTER = "You didn't have to— you did, though. You st"   # cut inside record 4

# ---------------------------------------------------------------------------------------------
# multi-step interactions (pipeline v2.2)
# ---------------------------------------------------------------------------------------------


def interaction(profile, state, personality, context, tension, prose, outcomes, meta):
    name, age, occupation, background = profile
    base, facs, effective, emotion = state
    situation, request, need, ctype, target, level = context
    hook, memory_ref = tension
    trust, rel, after = outcomes
    auth, quality, generated_at = meta
    return {
        "npc_profile": {"name": name, "age": age, "occupation": occupation, "background": background},
        "npc_emotional_state": {"base_capacity": base, "capacity_factors": facs,
                                "effective_capacity": effective, "current_emotion": emotion},
        "npc_ocean_personality": personality,
        "interaction_context": {"situation": situation, "player_request": request,
                                "support_needed": need, "complexity_type": ctype,
                                "authenticity_target": target, "capacity_level": level},
        "tension_memory": {"hook_type": hook, "memory_reference": memory_ref},
        "npc_card_narrative": {"dialogue_prose": prose},
        "game_outcomes": {"trust_change": trust, "relationship_change": rel, "capacity_after": after},
        "training_metadata": {"authenticity_score": auth, "quality_score": quality,
                              "complexity_type": ctype, "pipeline_version": "v2.2",
                              "master_truths_version": VERSION, "generated_at": generated_at},
    }


MULTI_STEP = [
    interaction(
        ("Agnieszka Nowak", 39, "night-shift call centre supervisor",
         "Came to Manchester from Łódź at nineteen; raising her son alone; the team's unofficial fixer."),
        (5.5, factors(("eviction_notice", -2.5), ("son_suspended_from_school", -1.5), ("migraine", -0.5)),
         1.0, "frayed panic"),
        ocean(0.44, 0.62, 0.51, 0.55, 0.83),
        ("The player, her newest hire, asks to leave early because their partner has just proposed.",
         "Can I swap my shift so I can go home and celebrate?", 6.2, "baseline", "failed", "crisis"),
        ("mystery_hook", "The eviction notice folded into quarters in her lanyard pouch, which she keeps "
                         "touching."),
        "Aga doesn't look up from the queue board. 'Congratulations,' she says, flat as the hold music. "
        "'Swap with who? Everyone's off, the billing line is backed up, and I've got forty-one callers "
        "waiting.' Her thumb keeps worrying something folded inside her lanyard pouch. 'No. Sit down. "
        "You'll have a whole marriage to celebrate in.' Only when you turn back to your headset does she "
        "add, too quietly to count, 'Sorry. That was meant for someone else.'",
        (-0.35, -0.4, 0.5),
        (0.31, 0.82, "2025-10-14T11:44:08"),
    ),
    interaction(
        ("Rafael Quintero", 28, "wedding photographer",
         "Self-taught; shoots every wedding as if it were his sister's; says yes before he checks his "
         "diary."),
        (6.0, factors(("camera_stolen", -1.5), ("back_to_back_weddings", -1.5)), 3.0, "brittle cheer"),
        ocean(0.79, 0.46, 0.82, 0.88, 0.64),
        ("The player asks Rafael to photograph their grandmother's ninetieth birthday this weekend, for "
         "free.",
         "Could you shoot Nana's party on Saturday? We can't really pay.", 5.4, "people_pleasing",
         "struggling", "low"),
        ("partial_reveal", "A police report number biro'd on the back of his hand: the stolen camera he "
                           "hasn't mentioned."),
        "'Saturday! Yes. Of course, yes. Ninety, that's huge, she deserves proper portraits.' Rafael's "
        "smile arrives half a second late. He's holding his phone like a camera, framing you out of habit, "
        "and you notice the strap mark on his neck with nothing hanging from it. 'I'll borrow a body from "
        "Tomás. Or use the old Canon. It's fine. It'll be fine.' He laughs. 'Tell Nana to wear something "
        "loud. I'll make it work.'",
        (0.1, 0.15, 2.0),
        (0.47, 0.79, "2025-10-14T11:46:15"),
    ),
    interaction(
        ("Olamide Adeyemi", 46, "secondary school head teacher",
         "Twenty years in the same school, first as a maths teacher; known for never raising her "
         "voice."),
        (7.0, factors(("inspection_week", -1.5), ("daughter_university_offer", 0.5)), 6.0,
         "distracted pride"),
        ocean(0.71, 0.9, 0.63, 0.6, 0.4),
        ("The player, a parent, asks Olamide to step in after their son was dropped from the football "
         "team for 'attitude'.",
         "Please talk to the coach. There's more going on at home than he knows.", 6.8, "misjudgment",
         "authentic", "medium"),
        ("contradiction", "She once told the player she never overrules her staff, yet she reaches for "
                          "the phone."),
        "Olamide listens with her pen capped, which you later learn is a compliment. 'I don't overrule my "
        "staff,' she says, and then picks up the phone anyway. 'Mr Barrett? Five minutes of your time. No, "
        "not the kit budget.' While it rings she misjudges, a little: 'Divorce is hard on boys, I'm sure "
        "that's all it is.' You let it stand, because she's already on her feet, coat half on, walking you "
        "to the door as if she'll carry this herself.",
        (0.3, 0.25, 5.5),
        (0.68, 0.8, "2025-10-14T11:48:02"),
    ),
    interaction(
        ("Wilhelmina Hartmann", 61, "retired boxing coach, runs a community gym",
         "Fought as an amateur when women weren't allowed to; turned a derelict chapel into a gym."),
        (8.0, factors(("new_grandson", 1.0), ("knee_pain", -0.5)), 8.5, "gruff contentment"),
        ocean(0.5, 0.78, 0.74, 0.45, 0.28),
        ("The player admits they've been skipping training because they're ashamed of losing their last "
         "bout.",
         "I don't think I should come back. I embarrassed the gym.", 7.0, "defensive_lashing",
         "excellent", "high"),
        ("stakes_escalation", "The regional qualifiers are in nine days and entries close on Friday."),
        "'Embarrassed the gym?' Billie's voice cracks across the mats like a rope snapping, and two kids "
        "at the heavy bag freeze. 'You think this place is a trophy shelf? Get that idea out of my "
        "building.' Then she breathes, sits on the ring apron beside you, and drops her voice to almost "
        "nothing. 'I lost eleven times before I won once. Entries close Friday. You don't have to win. "
        "You have to come on Tuesday and let me wrap your hands.'",
        (0.45, 0.5, 8.0),
        (0.88, 0.87, "2025-10-14T11:50:41"),
    ),
    interaction(
        ("Tobias Engel", 35, "air traffic controller on mandatory leave",
         "The calm voice on the approach frequency for eleven years; the family's first success story."),
        (6.0, factors(("near_miss_incident", -3.5), ("investigation_pending", -1.0), ("insomnia", -0.5)),
         1.0, "numb"),
        ocean(0.56, 0.88, 0.34, 0.52, 0.72),
        ("The player, his younger sister, rings to say she has been accepted to flight school.",
         "Aren't you proud of me? Say something.", 6.5, "emotional_shutdown", "failed", "crisis"),
        ("partial_reveal", "The radar replay he watches on mute every night: two dots that almost became "
                           "one."),
        "There's a pause on the line long enough that you check the call hasn't dropped. 'That's good,' "
        "Tobias says. Then, 'That's good,' again, as if the first one didn't take. Behind him you can hear "
        "a recording playing, a calm voice reading out altitudes. 'I have to go. I'm... yeah. "
        "Congratulations.' He hangs up before you can tell him the part about wanting to fly because of "
        "him.",
        (-0.25, -0.3, 0.5),
        (0.26, 0.84, "2025-10-14T11:52:37"),
    ),
    interaction(
        ("Precious Dlamini", 33, "hospital social worker",
         "Grew up translating benefits letters for her grandmother; chairs the residents' association "
         "because nobody else would."),
        (6.5, factors(("caseload_doubled", -2.0), ("mother_moving_in", -1.0)), 3.5,
         "overextended resolve"),
        ocean(0.66, 0.7, 0.69, 0.92, 0.58),
        ("The player asks Precious to help with their disability benefit form on the night she is already "
         "chairing the residents' meeting.",
         "Could you look at my PIP form tonight? It's due Monday.", 5.8, "over_commitment", "struggling",
         "low"),
        ("stakes_escalation", "The Monday deadline on the form, and her own Monday: her mother's removal "
                              "van arrives at eight."),
        "'Tonight, yes. After the residents' meeting. Or during. I can read while Mrs Kaur talks about the "
        "bins.' Precious is already writing your name on the back of her hand, under four other names. "
        "'Descriptor seven is where they catch people out, so we'll be careful there.' She means it, and "
        "she's good at this; you also see her eyes close for one second too long at the red light outside. "
        "'I'll text you at eleven. Maybe twelve. Monday, yes? Monday.'",
        (0.2, 0.2, 2.5),
        (0.53, 0.78, "2025-10-14T11:54:50"),
    ),
    interaction(
        ("Ciarán Mac Giolla", 42, "ferry mechanic",
         "Fished out of Killybegs until the quotas went; talks to engines more easily than to people."),
        (6.0, factors(("engine_overhaul_deadline", -0.5), ("sister_visiting", 0.5), ("bad_back", -0.5)),
         5.5, "wary"),
        ocean(0.38, 0.73, 0.41, 0.57, 0.52),
        ("The player asks Ciarán whether he has spoken to his son since the row at the christening.",
         "Will you ring him? He asked me to ask you.", 5.0, "avoidance", "authentic", "medium"),
        ("mystery_hook", "The christening present still in his van: a carved boat, unwrapped, with the "
                         "name left blank."),
        "Ciarán keeps his head inside the engine housing, which is how he has most conversations he "
        "doesn't want. 'Pass us the three-eighths.' You do. 'He asked you to ask me. Not asked me "
        "himself.' A long scrape of metal. 'That's fair, I suppose. I'd not have picked up.' He surfaces, "
        "wiping his hands on a rag that only makes them dirtier. 'Sunday. I'll ring him Sunday. Don't tell "
        "him yet, in case I'm a coward on Saturday.'",
        (0.25, 0.3, 5.0),
        (0.72, 0.83, "2025-10-14T11:57:04"),
    ),
    interaction(
        ("Seo-yeon Park", 52, "principal cellist, city orchestra",
         "Left music for six years in her twenties; came back and never explained why."),
        (7.5, factors(("successful_premiere", 1.0), ("mild_tendonitis", -0.5)), 8.0, "expansive"),
        ocean(0.92, 0.81, 0.55, 0.7, 0.36),
        ("The player, her student, confesses they want to leave the conservatory and give up the cello.",
         "Tell me honestly: am I wasting everyone's time?", 6.5, "projection", "excellent", "high"),
        ("contradiction", "She tells every student 'quitters don't play Elgar', yet she walked away "
                          "from music for six years."),
        "Seo-yeon lays her bow across her knees. 'When I was your age I hated this instrument so much I "
        "sold it to pay for a motorbike,' she says. 'Six years. I thought I was escaping my mother. I was "
        "escaping myself.' She catches herself and laughs. 'But you are not me. So tell me what you love "
        "when the cello isn't in the room, and we'll find out whether you're running towards something or "
        "away from this.'",
        (0.5, 0.45, 7.5),
        (0.9, 0.89, "2025-10-14T11:59:31"),
    ),
]

MULTI_STEP_PARTIAL = [
    interaction(
        ("Grigor Sarkissian", 67, "retired chess teacher",
         "Taught half the town's children the Sicilian Defence; married to Anahit for forty-one years."),
        (5.0, factors(("wife_dementia_diagnosis", -3.0), ("fall_at_home", -1.0)), 1.0,
         "bewildered grief"),
        ocean(0.74, 0.8, 0.3, 0.66, 0.69),
        ("The player, a former pupil, visits to ask for a reference for a teaching job.",
         "Would you write me a recommendation? The deadline's Thursday.", 5.5, "baseline", "failed",
         "crisis"),
        ("partial_reveal", "The chessboard on the kitchen table, frozen mid-game, waiting on a move his "
                           "wife will never make."),
        "Grigor looks at you the way he used to look at a position he couldn't solve. 'A letter. Yes. "
        "Thursday.' He writes THURSDAY in the margin of a newspaper and then stares at it. Behind him the "
        "board on the kitchen table is frozen mid-game, black to move. 'Anahit always plays black,' he "
        "says, though you didn't ask. 'I don't think I can write anything good this week. I don't think I "
        "can write.'",
        (-0.1, -0.15, 1.0),
        (0.36, 0.81, "2025-10-14T12:03:12"),
    ),
    interaction(
        ("Delphine Achebe", 30, "food truck owner",
         "Left a law degree to sell Lagos-Mexican tacos out of a converted ice cream van."),
        (5.5, factors(("failed_hygiene_inspection", -1.5), ("slow_season", -0.5)), 3.5,
         "strained warmth"),
        ocean(0.77, 0.52, 0.87, 0.84, 0.55),
        ("The player asks Delphine to cater their office party at cost in the week of her "
         "re-inspection.",
         "Could you do sixty tacos on Friday? The budget's tight.", 6.0, "people_pleasing", "struggling",
         "low"),
        ("stakes_escalation", "The re-inspection notice taped inside the serving hatch: Thursday, 9 a.m."),
        "'Sixty? Friday? Easy. Easy-ish.' Delphine laughs, and it goes on a beat too long. She's wiping a "
        "hatch that's already clean, right over the inspection notice, and you watch her fold a corner of "
        "it under so you can't read the date. 'At cost is fine. Friends' price. You're a friend.' She "
        "slides you a horchata you didn't order. 'I'll do the pickled onions tonight. I wasn't sleeping "
        "anyway.'",
        (0.05, 0.1, 2.5),
        (0.44, 0.77, "2025-10-14T12:07:40"),
    ),
    interaction(
        ("Henrik Solberg", 49, "carpenter and mountain rescue volunteer",
         "Has led forty-three call-outs on the fells; gave evidence at the inquest last spring."),
        (6.5, factors(("successful_rescue", 0.5), ("divorce_mediation", -1.5)), 5.5, "steady fatigue"),
        ocean(0.48, 0.84, 0.42, 0.73, 0.34),
        ("The player asks Henrik to take them up the ridge where their brother went missing last winter.",
         "I need to see where he was last seen. Will you take me?", 6.0, "misjudgment", "authentic",
         "medium"),
        ("contradiction", "He told the inquest the ridge was 'unremarkable', yet a photo of it is pinned "
                          "above his workbench."),
        "Henrik sands the same edge of the table for a long time. 'It's a walk, mostly. Three hours. The "
        "last part is scree.' He underestimates what it will cost you, you think; he talks as if it's a "
        "route, not a grave. Then he looks up at the photograph pinned over the workbench, the ridge under "
        "snow. 'We go Saturday if the wind drops. I'll carry the flask. You carry whatever you need to say "
        "to him.'",
        (0.35, 0.3, 5.0),
        (0.74, 0.84, "2025-10-14T12:12:55"),
    ),
]

SYSTEMATIC = [
    interaction(
        ("Ayesha Siddiqui", 36, "paediatric dentist and club marathoner",
         "Runs four marathons a year; her training partner quit three weeks before Berlin last year."),
        (7.0, factors(("taper_fatigue", -0.5), ("training_partner_left", -1.5)), 5.0, "overconfident"),
        ocean(0.6, 0.86, 0.71, 0.65, 0.42),
        ("The player, training for their first marathon, asks Ayesha to pace their twenty-mile long run "
         "and talk them through their fear of quitting.",
         "Run with me on Sunday? And maybe help me not bail at mile fifteen?", 7.4, "misjudgment_over",
         "struggling", "medium"),
        ("stakes_escalation", "Race day is nineteen days away, the same gap at which her partner quit "
                              "last year."),
        "'Twenty miles? Easy. I'll pace you and coach you and bring the gels.' Ayesha says it with a "
        "dentist's cheerful certainty, the voice she uses for 'just a little scratch'. By mile twelve she's "
        "quieter. By fourteen she's talking about her old running partner instead of your fear: how Nadia "
        "quit three weeks before Berlin, how she never quite forgave her. At fifteen you're the one asking "
        "if she's all right. 'Fine,' she says. 'Keep going. Don't you dare stop.'",
        (0.05, 0.1, 3.5),
        (0.52, 0.8, "2025-10-14T12:24:18"),
    ),
    interaction(
        ("Joaquín Serrano", 57, "hotel night porter",
         "Thirty years on the night desk of the same Seville hotel; knows every guest by their cough."),
        (4.5, factors(("wife_in_intensive_care", -2.5), ("double_shift", -1.0)), 1.0,
         "hollow adrenaline"),
        ocean(0.45, 0.79, 0.5, 0.83, 0.61),
        ("A guest (the player) has a panic attack in the lobby at 3 a.m. and can't catch their breath.",
         "Please don't leave. I can't... I think I'm dying.", 2.5, "emergency_override", "authentic",
         "crisis"),
        ("partial_reveal", "His phone lies face up on the desk, waiting for the intensive care unit to "
                           "call back."),
        "Joaquín comes round the desk faster than a man his age should. 'You are not dying. You are in the "
        "Hotel Alcázar, it is three in the morning, and I am here.' He kneels on the marble, which you can "
        "see hurts him. 'Breathe with the clock. In on the tick, out on the tock.' His phone buzzes on the "
        "desk behind him and he doesn't turn. Only when your breathing slows does he stand, grey-faced. "
        "'Forgive me one minute. My wife.'",
        (0.4, 0.35, 0.5),
        (0.71, 0.86, "2025-10-14T12:31:47"),
    ),
    interaction(
        ("Mei-Lin Zhou", 44, "restaurant owner",
         "Took over her father's Cantonese restaurant at twenty-six and renewed the lease last month."),
        (8.0, factors(("lease_renewed", 0.5), ("sleepless_week", -0.5)), 8.0, "quiet satisfaction"),
        ocean(0.57, 0.9, 0.47, 0.8, 0.5),
        ("The player, her new waiter, breaks two plates in one service and asks, close to tears, whether "
         "they are about to be sacked.",
         "Am I going to get fired?", 6.5, "cultural_indirect", "excellent", "high"),
        ("mystery_hook", "The cracked blue plate on her office shelf, which she has never explained to "
                         "anyone."),
        "Mei-Lin doesn't answer the question you asked. She takes a cracked blue plate down from the "
        "office shelf and sets it in front of you. 'My first week, my father's restaurant, I broke eleven,' "
        "she says. 'He kept this one. Every year he asked, how many this year? Always fewer.' She puts it "
        "back carefully. 'Tomorrow, carry three, not four. And eat before service. Hungry hands are clumsy "
        "hands.' It's the closest thing to 'you're staying' you'll get, and it's enough.",
        (0.45, 0.4, 8.0),
        (0.86, 0.88, "2025-10-14T12:38:02"),
    ),
    interaction(
        ("Anton Krüger", 38, "software engineer, recently made redundant",
         "Built the payments system his old firm still runs on; his partner is five months pregnant."),
        (6.0, factors(("made_redundant", -2.0), ("partner_pregnant", 0.5), ("credit_card_debt", -1.5)),
         3.0, "resentful tenderness"),
        ocean(0.63, 0.68, 0.36, 0.47, 0.75),
        ("The player, his best friend, announces a promotion to team lead and wants Anton's help to "
         "celebrate and advice on leading a team.",
         "Drinks tonight? And you have to tell me how not to be a terrible manager.", 7.5,
         "mixed_emotions", "failed", "low"),
        ("contradiction", "Anton always said he'd be first to buy the round when either of them got "
                          "promoted."),
        "'That's... wow. Team lead.' Anton's smile is real for almost a full second. 'You'll be great. "
        "You're the kind of person they don't make redundant.' He hears it land and can't take it back. "
        "'I mean it. I do. I'm happy for you.' He is; you can see that he is, and that it's sitting right "
        "next to something sour he has no room to hide tonight. 'Can we do drinks another week? I can't "
        "do advice. I can't do anything this week.'",
        (-0.2, -0.25, 2.5),
        (0.29, 0.83, "2025-10-14T12:45:29"),
    ),
]

# ---------------------------------------------------------------------------------------------
# rules (docs/interaction-formats.md) used for the self-check
# ---------------------------------------------------------------------------------------------

THRESHOLDS = {
    "emotional_authenticity": ("authenticity_score", 0.7),
    "dramatic_irony": ("dramatic_irony_score", 0.5),
    "tension_building": ("tension_score", 0.6),
    "memory_resonance": ("resonance_score", 0.7),
    "personality_traits": ("quality_score", 0.6),
    "relationship_scoring": ("quality_score", 0.6),
}
MULTI_STEP_QUALITY = ("training_metadata.quality_score", 0.7)   # configurable; every sample is >= 0.77
CAPACITY_BUCKETS = {"crisis": (0.0, 1.5), "low": (2.0, 4.0), "medium": (4.5, 6.5), "high": (7.0, 10.0)}
AUTH_BUCKETS = {"failed": (0.2, 0.4), "struggling": (0.4, 0.6), "authentic": (0.6, 0.8),
                "excellent": (0.8, 1.0)}
IMPACT_RANGES = {"tone_deaf": (-1.5, -0.5), "misguided": (-0.5, -0.2), "growth": (0.3, 0.8)}
PAYOFF_WINDOWS = {"mystery_hook": (2, 4), "partial_reveal": (2, 4), "contradiction": (5, 8),
                  "stakes_escalation": (0, 2)}
COMPLEXITY_TYPES = {
    "baseline", "people_pleasing", "misjudgment_over", "misjudgment_under", "defensive_lashing",
    "emergency_override", "cultural_indirect", "mixed_emotions",                       # systematic v1.2
    "misjudgment", "emotional_shutdown", "over_commitment", "avoidance", "projection",  # multi-step v2.2
}
REQUIRED = {
    "emotional_authenticity": ["context", "base_capacity", "capacity_factors", "effective_capacity",
                               "situation", "support_level_needed", "character_response",
                               "authenticity_score"],
    "dramatic_irony": ["scenario", "player_knows", "character_knows", "knowledge_gap_score",
                       "character_capacity", "response_options", "dramatic_irony_score"],
    "tension_building": ["character_name", "context", "hook_type", "dialogue", "setup",
                         "payoff_window_weeks", "relationship_level", "tension_score"],
    "memory_resonance": ["character_name", "current_situation", "memory", "resonance_type",
                         "resonance_weight", "character_response", "resonance_score"],
    "personality_traits": ["scenario", "dialogue", "ocean", "trait_expression", "quality_score"],
    "relationship_scoring": ["player_action", "character_response", "relationship_score",
                             "trust_change", "rationale", "quality_score"],
}
SCORE_FIELDS = {
    "emotional_authenticity": ["authenticity_score"],
    "dramatic_irony": ["knowledge_gap_score", "dramatic_irony_score"],
    "tension_building": ["tension_score", "hook_effectiveness"],
    "memory_resonance": ["resonance_weight", "resonance_score"],
    "personality_traits": ["quality_score"],
    "relationship_scoring": ["relationship_score", "quality_score"],
}
CAPACITY_FIELDS = {
    "emotional_authenticity": ["base_capacity", "effective_capacity", "support_level_needed"],
    "dramatic_irony": ["character_capacity"],
}
TEXT_FIELD = {
    "emotional_authenticity": "character_response",
    "dramatic_irony": "scenario",
    "tension_building": "dialogue",
    "memory_resonance": "character_response",
    "personality_traits": "dialogue",
    "relationship_scoring": "character_response",
    "multi_step": "npc_card_narrative.dialogue_prose",
}
NUMERIC_STRING = re.compile(r"^\s*-?\d+(\.\d+)?\s*$")


def get_path(record, dotted):
    value = record
    for part in dotted.split("."):
        value = value[part]
    return value


def _num(value):
    """(number, problem): coerce lossless numeric strings, refuse anything else."""
    if isinstance(value, bool):
        return None, "uncoercible_type"
    if isinstance(value, (int, float)):
        return float(value), None
    if isinstance(value, str) and NUMERIC_STRING.match(value):
        return float(value), "coerced"
    return None, "uncoercible_type"


def in_bucket(value, lo, hi, eps=1e-9):
    return lo - eps <= value <= hi + eps


def check_record(data_type, rec):
    """Return (reject_reasons, flagged_rule_ids, repairs) for one record, per the formats doc."""
    rejects, flags, repairs = [], [], []
    if data_type == "multi_step":
        return check_multi_step(rec)
    for field in REQUIRED[data_type]:
        if field not in rec:
            rejects.append("missing_required_field")
    nums = {}
    numeric_fields = SCORE_FIELDS[data_type] + CAPACITY_FIELDS.get(data_type, [])
    for field in numeric_fields:
        if field not in rec:
            continue
        value, problem = _num(rec[field])
        if problem == "uncoercible_type":
            rejects.append("uncoercible_type")
            continue
        if problem == "coerced":
            repairs.append("coerce_numeric_string")
        nums[field] = value
        lo, hi = (0.0, 10.0) if field in CAPACITY_FIELDS.get(data_type, []) else (0.0, 1.0)
        if not in_bucket(value, lo, hi):
            rejects.append("score_out_of_range")
    if rejects:
        return sorted(set(rejects)), flags, repairs

    if data_type == "emotional_authenticity":
        impacts = sum(f["impact"] for f in rec["capacity_factors"])
        expected = max(0.0, min(10.0, nums["base_capacity"] + impacts))
        eff = nums["effective_capacity"]
        if abs(expected - eff) > 0.05:
            flags.append("capacity.effective_formula")
        need = nums["support_level_needed"]
        if need > eff + 2 + 1e-9:
            if rec.get("authenticity_target") == "excellent" or not rec.get("demonstrates_constraint") \
                    or "+ 2" not in rec.get("demonstrates_constraint", ""):
                flags.append("capacity.x_plus_2")
        if "capacity_level" in rec and not in_bucket(eff, *CAPACITY_BUCKETS[rec["capacity_level"]]):
            flags.append("capacity.bucket")
        if "authenticity_target" in rec and not in_bucket(
                nums["authenticity_score"], *AUTH_BUCKETS[rec["authenticity_target"]]):
            flags.append("authenticity.bucket")
        if "complexity_type" in rec and rec["complexity_type"] not in COMPLEXITY_TYPES:
            flags.append("complexity.type")
    elif data_type == "dramatic_irony":
        cap = nums["character_capacity"]
        if nums["knowledge_gap_score"] < 0.6:
            flags.append("irony.knowledge_gap")
        for option in rec["response_options"]:
            kind = option["type"]
            allowed = {"tone_deaf": cap < 4, "misguided": 4 <= cap <= 6, "growth": cap >= 7}[kind]
            if not allowed:
                flags.append("irony.option_capacity")
            if not in_bucket(option["relationship_impact"], *IMPACT_RANGES[kind]):
                flags.append("irony.relationship_impact")
    elif data_type == "tension_building":
        lo, hi = PAYOFF_WINDOWS[rec["hook_type"]]
        w = rec["payoff_window_weeks"]
        if not (lo <= w["min"] <= w["max"] <= hi):
            flags.append("tension.payoff_window")
        if rec["relationship_level"] not in (1, 2, 3, 4, 5):
            rejects.append("score_out_of_range")
    elif data_type == "memory_resonance":
        if abs(nums["resonance_weight"] - RESONANCE_WEIGHTS[rec["resonance_type"]]) > 1e-9:
            flags.append("memory.resonance_weight")
    elif data_type == "personality_traits":
        if not all(0.0 <= v <= 1.0 for v in rec["ocean"].values()) or len(rec["ocean"]) != 5:
            rejects.append("score_out_of_range")
    elif data_type == "relationship_scoring":
        if not -1.0 <= rec["trust_change"] <= 1.0:
            rejects.append("score_out_of_range")
        if "relationship_level" in rec and rec["relationship_level"] not in (1, 2, 3, 4, 5):
            rejects.append("score_out_of_range")

    field, threshold = THRESHOLDS[data_type]
    if not rejects and nums.get(field, rec.get(field)) < threshold:
        rejects.append("below_quality_threshold")
    return sorted(set(rejects)), sorted(set(flags)), repairs


def check_multi_step(rec):
    rejects, flags = [], []
    state, ctx, meta = rec["npc_emotional_state"], rec["interaction_context"], rec["training_metadata"]
    expected = max(0.0, min(10.0, state["base_capacity"] + sum(f["impact"] for f in
                                                               state["capacity_factors"])))
    eff = state["effective_capacity"]
    if abs(expected - eff) > 0.05:
        flags.append("capacity.effective_formula")
    if ctx["support_needed"] > eff + 2 + 1e-9 and ctx["authenticity_target"] == "excellent":
        flags.append("capacity.x_plus_2")
    if not in_bucket(eff, *CAPACITY_BUCKETS[ctx["capacity_level"]]):
        flags.append("capacity.bucket")
    if not in_bucket(meta["authenticity_score"], *AUTH_BUCKETS[ctx["authenticity_target"]]):
        flags.append("authenticity.bucket")
    if ctx["complexity_type"] not in COMPLEXITY_TYPES or meta["complexity_type"] != ctx["complexity_type"]:
        flags.append("complexity.type")
    if rec["tension_memory"]["hook_type"] not in PAYOFF_WINDOWS:
        flags.append("tension.hook_type")
    if not all(0.0 <= v <= 1.0 for v in rec["npc_ocean_personality"].values()):
        rejects.append("score_out_of_range")
    if not 0.0 <= rec["game_outcomes"]["capacity_after"] <= 10.0:
        rejects.append("score_out_of_range")
    if meta["master_truths_version"] != VERSION:
        rejects.append("version_mismatch")
    if meta["quality_score"] < MULTI_STEP_QUALITY[1]:
        rejects.append("below_quality_threshold")
    return sorted(set(rejects)), sorted(set(flags)), []


# ---------------------------------------------------------------------------------------------
# file writers
# ---------------------------------------------------------------------------------------------

def dumps(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def typed_doc(data_type, batch_number, timestamp, samples, sample_count=None):
    return {
        "master_truths_version": VERSION,
        "data_type": data_type,
        "batch_number": batch_number,
        "timestamp": timestamp,
        "sample_count": len(samples) if sample_count is None else sample_count,
        "samples": samples,
    }


def sloppy_cp1252_decode(raw: bytes) -> str:
    """Decode as Windows-1252; the five undefined bytes pass through as the same code point."""
    out = []
    for byte in raw:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def sloppy_cp1252_encode(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            out.append(ord(ch))
    return bytes(out)


def mojibake(text: str) -> str:
    return sloppy_cp1252_decode(text.encode("utf-8"))


CONTRACTION_FIXES = [
    (re.compile(r"\b([Ii]) ll\b"), r"\1'll"),
    (re.compile(r"\b([Dd]on) t\b"), r"\1't"),
    (re.compile(r"\b([Cc]an) t\b"), r"\1't"),
    (re.compile(r"\b([Ii]t) s\b"), r"\1's"),
]
ALLOWED_CONTRACTIONS = re.compile(r"\b(?:[Ii]'ll|[Dd]on't|[Cc]an't|[Ii]t's)\b")


def restore_contractions(text):
    for pattern, repl in CONTRACTION_FIXES:
        text = pattern.sub(repl, text)
    return text


TRAILING_COMMA = re.compile(r",(\s*[\]}])")


def split_documents(text):
    decoder = json.JSONDecoder()
    docs, pos = [], 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return docs
        obj, pos = decoder.raw_decode(text, pos)
        docs.append(obj)


def salvage_samples(text):
    """Complete sample objects from a truncated typed batch."""
    decoder = json.JSONDecoder()
    pos = text.index("[", text.index('"samples"')) + 1
    samples = []
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return samples
        samples.append(obj)


def similar(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False)


def ref(path, index, document=0):
    return {"file": path, "document": document, "index": index}


def build(out_dir: Path | None):
    """Build every file's bytes, the manifest, and run the self-checks. Writes when out_dir is set."""
    files = {}        # relative path -> bytes
    entries = []      # manifest file entries
    defects = []      # manifest defects
    all_records = []  # (path, document, index, data_type, record as repaired)

    def add_defect(path, index, kind, description, handling, document=0, field=None):
        did = f"D{len(defects) + 1:02d}"
        defects.append({"id": did, "file": path, "document": document if index is not None else None,
                        "record_index": index, "field": field, "kind": kind,
                        "description": description, "expected_handling": handling})
        return did

    def record_entries(path, data_type, docs, outcomes):
        rows = []
        for d, samples in enumerate(docs):
            for i, rec in enumerate(samples):
                dt = data_type if data_type != "multi_step" else "multi_step"
                text = get_path(rec, TEXT_FIELD[dt])
                name = rec.get("character_name") or rec.get("npc_profile", {}).get("name")
                if dt == "multi_step":
                    qfield, _ = MULTI_STEP_QUALITY
                    quality = rec["training_metadata"]["quality_score"]
                else:
                    qfield = THRESHOLDS[dt][0]
                    quality = rec.get(qfield)
                row = {"document": d, "index": i, "character_name": name,
                       "quality_field": qfield, "quality": quality,
                       "text_field": TEXT_FIELD[dt], "text_start": text[:60]}
                row.update(outcomes.get((d, i), {"expected": "accept"}))
                rows.append(row)
                all_records.append((path, d, i, dt, rec, row))
        return rows

    # -- clean typed batches (+ planted rule/quality defects inside some of them) ----------------
    typed = [
        ("emotional_authenticity", 1, "20251014_143022", EA_BATCH1),
        ("dramatic_irony", 1, "20251014_143524", DI_BATCH1),
        ("tension_building", 1, "20251014_144112", TB_BATCH1),
        ("memory_resonance", 1, "20251014_144558", MR_BATCH1),
        ("personality_traits", 1, "20251014_142033", PT_BATCH1),
        ("relationship_scoring", 1, "20251014_142544", RS_BATCH1),
    ]
    paths = {}
    for data_type, number, ts, samples in typed:
        path = f"{TYPED_DIR}/{data_type}_batch{number:04d}_{ts}.json"
        paths[(data_type, number)] = path
        files[path] = dumps(typed_doc(data_type, number, ts, samples)).encode("utf-8")

    ea1, di1, tb1, mr1 = (paths[("emotional_authenticity", 1)], paths[("dramatic_irony", 1)],
                          paths[("tension_building", 1)], paths[("memory_resonance", 1)])
    outcomes = {p: {} for p in paths.values()}

    d = add_defect(di1, 5, "rule_violation",
                   "growth option relationship_impact +1.2 is outside +0.3..+0.8",
                   {"outcome": "flag", "rule": "irony.relationship_impact"},
                   field="response_options[0].relationship_impact")
    outcomes[di1][(0, 5)] = {"expected": "flag", "rules": ["irony.relationship_impact"], "defects": [d]}
    d = add_defect(mr1, 5, "rule_violation",
                   "past_trauma_trigger with resonance_weight 0.8 (must be 0.95)",
                   {"outcome": "flag", "rule": "memory.resonance_weight"}, field="resonance_weight")
    outcomes[mr1][(0, 5)] = {"expected": "flag", "rules": ["memory.resonance_weight"], "defects": [d]}
    d = add_defect(tb1, 6, "below_quality_threshold",
                   "rule-valid but weak hook: tension_score 0.48 < 0.6",
                   {"outcome": "reject", "reason": "below_quality_threshold", "threshold": 0.6},
                   field="tension_score")
    outcomes[tb1][(0, 6)] = {"expected": "reject", "reason": "below_quality_threshold", "defects": [d]}

    for data_type, number, ts, samples in typed:
        path = paths[(data_type, number)]
        entries.append({"path": path, "shape": "typed_batch", "data_type": data_type, "documents": 1,
                        "batch_numbers": [number], "declared_sample_count": len(samples),
                        "record_count": len(samples), "parse": "clean", "file_defects": [],
                        "records": record_entries(path, data_type, [samples], outcomes[path])})

    # -- EA batch 2: rule violations and numeric strings -----------------------------------------
    ea2 = f"{TYPED_DIR}/emotional_authenticity_batch0002_20251014_145031.json"
    files[ea2] = dumps(typed_doc("emotional_authenticity", 2, "20251014_145031", EA_BATCH2)).encode()
    o = {}
    d = add_defect(ea2, 1, "rule_violation",
                   "effective_capacity 5.5 but base 7.0 + (-2.0 - 1.5) = 3.5",
                   {"outcome": "flag", "rule": "capacity.effective_formula", "expected_value": 3.5},
                   field="effective_capacity")
    o[(0, 1)] = {"expected": "flag", "rules": ["capacity.effective_formula"], "defects": [d]}
    d = add_defect(ea2, 2, "rule_violation",
                   "support_level_needed 9.0 > effective 2.0 + 2, yet a confident full-support "
                   "response with authenticity_target 'excellent' (0.92) and no limitation shown",
                   {"outcome": "flag", "rule": "capacity.x_plus_2"}, field="support_level_needed")
    o[(0, 2)] = {"expected": "flag", "rules": ["capacity.x_plus_2"], "defects": [d]}
    d = add_defect(ea2, 3, "numeric_string",
                   'effective_capacity is the string "0.7" (6.0 - 3.0 - 2.3 = 0.7 once coerced)',
                   {"outcome": "repair", "repair": "coerce_numeric_string", "from": "0.7", "to": 0.7},
                   field="effective_capacity")
    o[(0, 3)] = {"expected": "accept_repaired", "repairs": ["coerce_numeric_string"], "defects": [d]}
    d = add_defect(ea2, 4, "score_out_of_range", "authenticity_score 1.4 is outside [0, 1]",
                   {"outcome": "reject", "reason": "score_out_of_range"}, field="authenticity_score")
    o[(0, 4)] = {"expected": "reject", "reason": "score_out_of_range", "defects": [d]}
    d = add_defect(ea2, 5, "uncoercible_type", 'support_level_needed is the string "high"',
                   {"outcome": "reject", "reason": "uncoercible_type"}, field="support_level_needed")
    o[(0, 5)] = {"expected": "reject", "reason": "uncoercible_type", "defects": [d]}
    entries.append({"path": ea2, "shape": "typed_batch", "data_type": "emotional_authenticity",
                    "documents": 1, "batch_numbers": [2], "declared_sample_count": len(EA_BATCH2),
                    "record_count": len(EA_BATCH2), "parse": "clean", "file_defects": [],
                    "records": record_entries(ea2, "emotional_authenticity", [EA_BATCH2], o)})

    # -- EA batch 3: exact and near duplicates of batch 1 ----------------------------------------
    ea3 = f"{TYPED_DIR}/emotional_authenticity_batch0003_20251014_150547.json"
    ea3_samples = ea_batch3()
    files[ea3] = dumps(typed_doc("emotional_authenticity", 3, "20251014_150547", ea3_samples)).encode()
    o = {}
    for i, src in ((1, 3), (4, 7)):
        d = add_defect(ea3, i, "exact_duplicate",
                       f"verbatim copy of {ea1} sample {src}",
                       {"outcome": "reject", "reason": "exact_duplicate", "duplicate_of": ref(ea1, src),
                        "keep": "first occurrence (batch0001)"})
        o[(0, i)] = {"expected": "reject", "reason": "exact_duplicate", "duplicate_of": ref(ea1, src),
                     "defects": [d]}
    similarity = round(similar(EA_BATCH1[5]["character_response"],
                                               EA_NEAR_DUP_RESPONSE).ratio(), 3)
    d = add_defect(ea3, 2, "near_duplicate",
                   f"copy of {ea1} sample 5 with a few words changed in character_response "
                   "(Mashiko->Shigaraki, three->two, rent->bills); every other field identical",
                   {"outcome": "reject", "reason": "near_duplicate", "duplicate_of": ref(ea1, 5),
                    "keep": "first occurrence (batch0001)",
                    "character_response_similarity": similarity}, field="character_response")
    o[(0, 2)] = {"expected": "reject", "reason": "near_duplicate", "duplicate_of": ref(ea1, 5),
                 "defects": [d]}
    entries.append({"path": ea3, "shape": "typed_batch", "data_type": "emotional_authenticity",
                    "documents": 1, "batch_numbers": [3], "declared_sample_count": len(ea3_samples),
                    "record_count": len(ea3_samples), "parse": "clean", "file_defects": [],
                    "records": record_entries(ea3, "emotional_authenticity", [ea3_samples], o)})

    # -- EA batch 4: unsalvageable binary junk ---------------------------------------------------
    ea4 = f"{TYPED_DIR}/emotional_authenticity_batch0004_20251014_152019.json"
    rng = random.Random(SEED)
    junk = b"\x1f\x8b\x08\x00" + bytes(rng.randrange(256) for _ in range(1020))
    files[ea4] = junk
    d = add_defect(ea4, None, "unsalvageable",
                   "1024 bytes of binary junk (gzip-like magic, then random bytes) named like a batch "
                   "file; not UTF-8, no JSON inside",
                   {"outcome": "reject", "reason": "unparseable_file", "records_recovered": 0})
    entries.append({"path": ea4, "shape": "unknown", "data_type": None, "documents": 0,
                    "batch_numbers": [], "declared_sample_count": None, "record_count": 0,
                    "parse": "unsalvageable", "file_defects": [d], "records": []})

    # -- DI batch 2: two typed batches concatenated ----------------------------------------------
    di2 = f"{TYPED_DIR}/dramatic_irony_batch0002_20251014_154402.json"
    text = (dumps(typed_doc("dramatic_irony", 2, "20251014_154402", DI_BATCH2))
            + dumps(typed_doc("dramatic_irony", 3, "20251014_154951", DI_BATCH3)))
    files[di2] = text.encode("utf-8")
    d = add_defect(di2, None, "concatenated_documents",
                   "two complete typed-batch JSON documents (batch 2 then batch 3) back to back; "
                   "json.loads fails with 'Extra data'",
                   {"outcome": "repair", "repair": "split_concatenated_json", "documents": 2,
                    "records_recovered": len(DI_BATCH2) + len(DI_BATCH3)})
    entries.append({"path": di2, "shape": "typed_batch", "data_type": "dramatic_irony", "documents": 2,
                    "batch_numbers": [2, 3], "declared_sample_count": len(DI_BATCH2) + len(DI_BATCH3),
                    "record_count": len(DI_BATCH2) + len(DI_BATCH3), "parse": "repairable",
                    "file_defects": [d],
                    "records": record_entries(di2, "dramatic_irony", [DI_BATCH2, DI_BATCH3], {})})

    # -- TB batch 2: <think> block, ```json fence, trailing comma --------------------------------
    tb2 = f"{TYPED_DIR}/tension_building_batch0002_20251014_151230.json"
    body = dumps(typed_doc("tension_building", 2, "20251014_151230", TB_BATCH2)).rstrip("\n")
    marker = "\n    }\n  ]\n}"
    assert body.endswith(marker)
    body = body[: -len(marker)] + "\n    },\n  ]\n}"
    text = TB_THINK + "```json\n" + body + "\n```\n"
    files[tb2] = text.encode("utf-8")
    fd = [
        add_defect(tb2, None, "think_block",
                   "a <think>...</think> reasoning block precedes the JSON; it contains braces "
                   "('{min: 5, max: 7}') that are not JSON",
                   {"outcome": "repair", "repair": "strip_think_block"}),
        add_defect(tb2, None, "code_fence", "the JSON is wrapped in a ```json ... ``` markdown fence",
                   {"outcome": "repair", "repair": "strip_code_fence"}),
        add_defect(tb2, None, "trailing_comma", "trailing comma after the last element of samples",
                   {"outcome": "repair", "repair": "remove_trailing_comma",
                    "records_recovered": len(TB_BATCH2)}),
    ]
    entries.append({"path": tb2, "shape": "typed_batch", "data_type": "tension_building", "documents": 1,
                    "batch_numbers": [2], "declared_sample_count": len(TB_BATCH2),
                    "record_count": len(TB_BATCH2), "parse": "repairable", "file_defects": fd,
                    "records": record_entries(tb2, "tension_building", [TB_BATCH2], {})})

    # -- MR batch 2: mojibake ---------------------------------------------------------------------
    mr2 = f"{TYPED_DIR}/memory_resonance_batch0002_20251014_153317.json"
    clean_text = dumps(typed_doc("memory_resonance", 2, "20251014_153317", MR_BATCH2))
    files[mr2] = mojibake(clean_text).encode("utf-8")
    d = add_defect(mr2, None, "mojibake",
                   "UTF-8 text decoded as Windows-1252 and re-encoded as UTF-8 (’ -> â€™, “ -> â€œ, "
                   "” -> â€ + U+009D, — -> â€”, é -> Ã©, è -> Ã¨). The undefined cp1252 byte 0x9D was "
                   "passed through as U+009D, so a strict .encode('cp1252') fails: reverse it with a "
                   "'sloppy' cp1252 (undefined bytes map to the same code point, as ftfy does). The "
                   "file still parses as JSON before the repair.",
                   {"outcome": "repair", "repair": "fix_mojibake", "records_recovered": len(MR_BATCH2)})
    o = {(0, i): {"expected": "accept_repaired", "repairs": ["fix_mojibake"], "defects": [d]}
         for i in range(len(MR_BATCH2))}
    entries.append({"path": mr2, "shape": "typed_batch", "data_type": "memory_resonance", "documents": 1,
                    "batch_numbers": [2], "declared_sample_count": len(MR_BATCH2),
                    "record_count": len(MR_BATCH2), "parse": "repairable", "file_defects": [d],
                    "records": record_entries(mr2, "memory_resonance", [MR_BATCH2], o)})

    # -- PT batch 2: BOM, CRLF, zero-width spaces, broken contractions ---------------------------
    pt2 = f"{TYPED_DIR}/personality_traits_batch0002_20251014_155810.json"
    damaged = copy.deepcopy(PT_BATCH2)
    for i in PT_BROKEN_CONTRACTIONS:
        damaged[i]["dialogue"] = damaged[i]["dialogue"].replace("'", " ")
    for i, field, before, after in PT_ZWSP:
        assert before in damaged[i][field]
        damaged[i][field] = damaged[i][field].replace(before, after, 1)
    text = dumps(typed_doc("personality_traits", 2, "20251014_155810", damaged)).replace("\n", "\r\n")
    files[pt2] = b"\xef\xbb\xbf" + text.encode("utf-8")
    fd = [
        add_defect(pt2, None, "bom", "UTF-8 byte order mark at file start",
                   {"outcome": "repair", "repair": "strip_bom"}),
        add_defect(pt2, None, "crlf", "CRLF line endings throughout",
                   {"outcome": "repair", "repair": "normalize_newlines"}),
    ]
    o = {}
    for i in PT_BROKEN_CONTRACTIONS:
        found = sorted(set(m.group(0).lower() for m in ALLOWED_CONTRACTIONS.finditer(
            PT_BATCH2[i]["dialogue"])))
        d = add_defect(pt2, i, "broken_contractions",
                       "apostrophes stripped from contractions in dialogue: "
                       + ", ".join(c.replace("'", " ") for c in found),
                       {"outcome": "repair", "repair": "restore_contractions",
                        "expected_text": PT_BATCH2[i]["dialogue"]}, field="dialogue")
        o[(0, i)] = {"expected": "accept_repaired", "repairs": ["restore_contractions"], "defects": [d]}
    for i in sorted({z[0] for z in PT_ZWSP}):
        fields = sorted({z[1] for z in PT_ZWSP if z[0] == i})
        d = add_defect(pt2, i, "zero_width_space",
                       f"U+200B inside {', '.join(fields)}",
                       {"outcome": "repair", "repair": "remove_zero_width",
                        "expected_values": {f: PT_BATCH2[i][f] for f in fields}},
                       field=",".join(fields))
        o[(0, i)] = {"expected": "accept_repaired", "repairs": ["remove_zero_width"], "defects": [d]}
    entries.append({"path": pt2, "shape": "typed_batch", "data_type": "personality_traits", "documents": 1,
                    "batch_numbers": [2], "declared_sample_count": len(PT_BATCH2),
                    "record_count": len(PT_BATCH2), "parse": "repairable", "file_defects": fd,
                    "records": record_entries(pt2, "personality_traits", [PT_BATCH2], o)})

    # -- RS batch 2: truncated mid-way through the 5th sample ------------------------------------
    rs2 = f"{TYPED_DIR}/relationship_scoring_batch0002_20251014_160325.json"
    full = dumps(typed_doc("relationship_scoring", 2, "20251014_160325", RS_BATCH2))
    cut = full.index(RS_TRUNCATE_AFTER) + len(RS_TRUNCATE_AFTER)
    files[rs2] = full[:cut].encode("utf-8")
    d = add_defect(rs2, None, "truncated",
                   "file ends inside sample 4's character_response; header declares sample_count 6",
                   {"outcome": "repair", "repair": "salvage_truncated", "records_recovered": 4,
                    "records_lost": 2, "declared_sample_count": 6})
    d2 = add_defect(rs2, 4, "truncated_record",
                    "partial 5th sample (cut mid-string); sample 5 is absent altogether",
                    {"outcome": "reject", "reason": "truncated_record"})
    rows = record_entries(rs2, "relationship_scoring", [RS_BATCH2[:4]], {})
    rows.append({"document": 0, "index": 4, "character_name": RS_BATCH2[4]["character_name"],
                 "expected": "reject", "reason": "truncated_record", "defects": [d2],
                 "partial": True})
    entries.append({"path": rs2, "shape": "typed_batch", "data_type": "relationship_scoring",
                    "documents": 1, "batch_numbers": [2], "declared_sample_count": 6,
                    "record_count": 4, "parse": "repairable", "file_defects": [d], "records": rows})

    # -- multi-step, PARTIAL, systematic ---------------------------------------------------------
    ms = f"{SYST_DIR}/multi_step_batch_20251014_120000.json"
    files[ms] = dumps(MULTI_STEP).encode("utf-8")
    entries.append({"path": ms, "shape": "multi_step_batch", "data_type": "multi_step", "documents": 1,
                    "batch_numbers": [], "declared_sample_count": None,
                    "record_count": len(MULTI_STEP), "parse": "clean", "file_defects": [],
                    "records": record_entries(ms, "multi_step", [MULTI_STEP], {})})
    msp = f"{SYST_DIR}/multi_step_batch_PARTIAL_20251014_121500.json"
    files[msp] = dumps(MULTI_STEP_PARTIAL).encode("utf-8")
    entries.append({"path": msp, "shape": "partial_multi_step_batch", "data_type": "multi_step",
                    "documents": 1, "batch_numbers": [], "declared_sample_count": None,
                    "record_count": len(MULTI_STEP_PARTIAL), "parse": "clean", "file_defects": [],
                    "note": "written on interrupt; valid JSON, every interaction complete",
                    "records": record_entries(msp, "multi_step", [MULTI_STEP_PARTIAL], {})})
    sy = f"{SYST_DIR}/systematic_multi_step_batch0001_20251014_130000.json"
    targets = [s["interaction_context"]["authenticity_target"] for s in SYSTEMATIC]
    auth_scores = [s["training_metadata"]["authenticity_score"] for s in SYSTEMATIC]
    quality_analysis = {
        "systematic_validation": {"meets_spectrum_requirements": True, "missing_combinations": []},
        "authenticity_distribution": {t: targets.count(t) for t in AUTH_BUCKETS},
        "complexity_distribution": {s["interaction_context"]["complexity_type"]: 1 for s in SYSTEMATIC},
        "capacity_distribution": {lvl: [s["interaction_context"]["capacity_level"]
                                        for s in SYSTEMATIC].count(lvl) for lvl in CAPACITY_BUCKETS},
        "authenticity_range": [min(auth_scores), max(auth_scores)],
        "average_quality_score": round(sum(s["training_metadata"]["quality_score"]
                                           for s in SYSTEMATIC) / len(SYSTEMATIC), 3),
    }
    files[sy] = dumps({"batch_number": 1, "master_truths_version": VERSION, "samples": SYSTEMATIC,
                       "quality_analysis": quality_analysis}).encode("utf-8")
    entries.append({"path": sy, "shape": "systematic_batch", "data_type": "multi_step", "documents": 1,
                    "batch_numbers": [1], "declared_sample_count": None,
                    "record_count": len(SYSTEMATIC), "parse": "clean", "file_defects": [],
                    "records": record_entries(sy, "multi_step", [SYSTEMATIC], {})})

    self_check(files, entries, all_records)
    manifest = make_manifest(entries, defects)
    files["MANIFEST.json"] = dumps(manifest).encode("utf-8")

    if out_dir is not None:
        for rel, data in sorted(files.items()):
            target = out_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    return files, manifest


def make_manifest(entries, defects):
    outcomes = {}
    by_type = {}
    for entry in entries:
        for row in entry["records"]:
            if row.get("partial"):
                key = "reject"
            else:
                key = row["expected"]
                by_type[entry["data_type"]] = by_type.get(entry["data_type"], 0) + 1
            outcomes[key] = outcomes.get(key, 0) + 1
    recoverable = sum(e["record_count"] for e in entries)
    kept = outcomes.get("accept", 0) + outcomes.get("accept_repaired", 0) + outcomes.get("flag", 0)
    return {
        "manifest_version": 1,
        "generated_by": "scripts/make_sample_batches.py",
        "seed": SEED,
        "master_truths_version": VERSION,
        "root": "samples/interactions",
        "conventions": {
            "paths": "relative to samples/interactions",
            "document": "0-based index of the JSON document inside the file (only the concatenated "
                        "file has more than one)",
            "index / record_index": "0-based position in that document's samples array (the array "
                                    "itself for multi-step batches); null for file-level defects",
            "expected": {
                "accept": "parses (after any file-level repair) and passes every rule",
                "accept_repaired": "kept after the record-level repairs listed in 'repairs'",
                "flag": "kept but marked with the rule ids in 'rules' (strict builds may drop them)",
                "reject": "dropped with the reason in 'reason'",
            },
            "repairs": ["strip_think_block", "strip_code_fence", "remove_trailing_comma",
                        "split_concatenated_json", "salvage_truncated", "fix_mojibake", "strip_bom",
                        "normalize_newlines", "remove_zero_width", "restore_contractions",
                        "coerce_numeric_string"],
            "reject_reasons": ["below_quality_threshold", "score_out_of_range", "uncoercible_type",
                               "exact_duplicate", "near_duplicate", "truncated_record",
                               "unparseable_file"],
            "duplicates": "the first occurrence in path order (batch0001) is kept; later copies are "
                          "rejected and point at it with duplicate_of {file, document, index}",
            "rules": "rule ids from docs/interaction-formats.md; dramatic_irony samples keep every "
                     "response option inside the band of character_capacity (tone_deaf < 4, misguided "
                     "4-6, growth >= 7), so they pass the strict reading of irony.option_capacity",
            "authenticity_spectrum": "typed emotional_authenticity samples use authenticity_score as "
                                     "their quality score (threshold 0.7), so their authenticity_target "
                                     "is authentic/excellent or absent (readme style, limitation shown "
                                     "in demonstrates_constraint); the failed/struggling end of the "
                                     "spectrum lives in the multi-step and systematic files, whose "
                                     "quality is training_metadata.quality_score",
            "text_start": "first 60 characters of the record's main text field (text_field) in its "
                          "clean form, i.e. after every listed repair",
        },
        "quality_thresholds": {**{k: {"field": f, "min": t} for k, (f, t) in THRESHOLDS.items()},
                               "multi_step": {"field": MULTI_STEP_QUALITY[0],
                                              "min": MULTI_STEP_QUALITY[1],
                                              "note": "not fixed by the spec; every sample is >= 0.77"}},
        "totals": {
            "files": len(entries),
            "files_unsalvageable": sum(1 for e in entries if e["parse"] == "unsalvageable"),
            "files_needing_file_level_repair": sum(1 for e in entries if e["parse"] == "repairable"),
            "records_recoverable": recoverable,
            "records_declared_but_lost": 2,
            "records_kept": kept,
            "expected_outcomes": dict(sorted(outcomes.items())),
            "recoverable_by_data_type": dict(sorted(by_type.items())),
            "defects": len(defects),
        },
        "files": sorted(entries, key=lambda e: e["path"]),
        "defects": defects,
    }


# ---------------------------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------------------------

def self_check(files, entries, all_records):
    problems = []

    def expect(cond, message):
        if not cond:
            problems.append(message)

    # rules: each record must produce exactly the expected reject / flags / repairs
    for path, doc, idx, dt, rec, row in all_records:
        where = f"{path}#{doc}/{idx}"
        rejects, flags, repairs = check_record(dt, rec)
        exp = row["expected"]
        reason = row.get("reason")
        if reason in ("exact_duplicate", "near_duplicate"):
            expect(not rejects and not flags, f"{where}: duplicate should otherwise be clean")
            continue
        if exp == "reject":
            expect(rejects == [reason], f"{where}: expected reject {reason}, got {rejects} {flags}")
        elif exp == "flag":
            expect(not rejects and flags == row["rules"], f"{where}: expected {row['rules']}, got "
                                                          f"{rejects} {flags}")
        else:
            expect(not rejects and not flags, f"{where}: expected clean, got {rejects} {flags}")
            if "coerce_numeric_string" in row.get("repairs", []):
                expect(repairs == ["coerce_numeric_string"], f"{where}: expected coercion")
            else:
                expect(not repairs, f"{where}: unexpected repairs {repairs}")
        if dt == "multi_step":
            words = len(get_path(rec, TEXT_FIELD[dt]).split())
            expect(60 <= words <= 120, f"{where}: dialogue_prose has {words} words")

    # distinct text everywhere, except the planted duplicates
    planted = {(r[0], r[1], r[2]) for r in all_records if r[5].get("duplicate_of")}
    texts = []
    for path, doc, idx, dt, rec, row in all_records:
        if (path, doc, idx) in planted:
            continue
        texts.append((f"{path}#{doc}/{idx}", get_path(rec, TEXT_FIELD[dt])))
        for field in ("context", "situation", "scenario", "current_situation", "player_action"):
            if field in rec and field != TEXT_FIELD[dt]:
                texts.append((f"{path}#{doc}/{idx}:{field}", rec[field]))
    seen = {}
    for where, text in texts:
        expect(text not in seen, f"{where}: text repeats {seen.get(text)}")
        seen[text] = where
    mains = [(w, t) for w, t in texts if ":" not in w.split("#")[1]]
    for i, (w1, t1) in enumerate(mains):
        for w2, t2 in mains[i + 1:]:
            if similar(t1, t2).quick_ratio() > 0.75:
                ratio = similar(t1, t2).ratio()
                expect(ratio < 0.75, f"{w1} ~ {w2}: similarity {ratio:.2f}")
    for path, doc, idx, dt, rec, row in all_records:
        if row.get("duplicate_of"):
            src = row["duplicate_of"]
            original = next(r[4] for r in all_records
                            if (r[0], r[1], r[2]) == (src["file"], src["document"], src["index"]))
            if row["reason"] == "exact_duplicate":
                expect(rec == original, f"{path}#{idx}: exact duplicate differs")
            else:
                ratio = similar(rec["character_response"],
                                                original["character_response"]).ratio()
                expect(rec != original and ratio > 0.9, f"{path}#{idx}: near duplicate ratio {ratio}")

    # files: clean ones parse; messy ones fail plainly and round-trip with the listed repairs
    by_path = {e["path"]: e for e in entries}
    for path, data in files.items():
        entry = by_path[path]
        if entry["parse"] == "clean":
            obj = json.loads(data.decode("utf-8"))
            expect(b"\r" not in data and not data.startswith(b"\xef\xbb\xbf"), f"{path}: not clean")
            version = obj["master_truths_version"] if isinstance(obj, dict) else None
            expect(version in (None, VERSION), f"{path}: version {version}")
        elif entry["parse"] == "unsalvageable":
            try:
                data.decode("utf-8")
                problems.append(f"{path}: junk decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        else:
            try:
                json.loads(data.decode("utf-8"))
                plain_ok = True
            except json.JSONDecodeError:
                plain_ok = False
            if "mojibake" not in path and "memory_resonance_batch0002" not in path:
                expect(not plain_ok, f"{path}: messy file parses without repair")
    ea_text = files[by_path_key(by_path, "tension_building_batch0002")].decode("utf-8")
    stripped = re.sub(r"<think>.*?</think>", "", ea_text, flags=re.S).strip()
    stripped = re.sub(r"^```json\s*|\s*```$", "", stripped)
    try:
        json.loads(stripped)
        problems.append("tension_building_batch0002: parses without removing the trailing comma")
    except json.JSONDecodeError:
        pass
    doc = json.loads(TRAILING_COMMA.sub(r"\1", stripped))
    expect(doc["samples"] == TB_BATCH2, "tension_building_batch0002: round trip differs")

    docs = split_documents(files[by_path_key(by_path, "dramatic_irony_batch0002")].decode("utf-8"))
    expect([d["samples"] for d in docs] == [DI_BATCH2, DI_BATCH3], "dramatic_irony_batch0002: split")

    mr_bytes = files[by_path_key(by_path, "memory_resonance_batch0002")]
    mr_text = mr_bytes.decode("utf-8")
    expect("â€™" in mr_text and "â€œ" in mr_text and "â€”" in mr_text and "Ã©" in mr_text,
           "memory_resonance_batch0002: mojibake markers missing")
    fixed = json.loads(sloppy_cp1252_encode(mr_text).decode("utf-8"))
    expect(fixed["samples"] == MR_BATCH2, "memory_resonance_batch0002: repair differs")
    for i, rec in enumerate(json.loads(mr_text)["samples"]):
        expect(rec != MR_BATCH2[i], f"memory_resonance_batch0002 #{i}: not damaged")

    pt_bytes = files[by_path_key(by_path, "personality_traits_batch0002")]
    expect(pt_bytes.startswith(b"\xef\xbb\xbf") and b"\r\n" in pt_bytes, "personality_traits: bom/crlf")
    pt_text = pt_bytes.decode("utf-8")
    try:
        json.loads(pt_text)
        problems.append("personality_traits_batch0002: parses with BOM")
    except json.JSONDecodeError:
        pass
    repaired = json.loads(pt_text.lstrip("\ufeff").replace("\r\n", "\n").replace(ZWSP, ""))
    for i, rec in enumerate(repaired["samples"]):
        if i in PT_BROKEN_CONTRACTIONS:
            original = PT_BATCH2[i]["dialogue"]
            expect(len(ALLOWED_CONTRACTIONS.findall(original)) == original.count("'"),
                   f"personality_traits #{i}: apostrophe outside the four contractions")
            expect(rec["dialogue"] != original, f"personality_traits #{i}: not broken")
            rec = dict(rec, dialogue=restore_contractions(rec["dialogue"]))
        expect(rec == PT_BATCH2[i], f"personality_traits_batch0002 #{i}: repair differs")
    for i in PT_BROKEN_CONTRACTIONS:
        expect(restore_contractions(PT_BATCH2[i]["dialogue"].replace("'", " ")) == PT_BATCH2[i]["dialogue"],
               f"personality_traits #{i}: contraction repair not exact")

    rs_text = files[by_path_key(by_path, "relationship_scoring_batch0002")].decode("utf-8")
    try:
        json.loads(rs_text)
        problems.append("relationship_scoring_batch0002: not truncated")
    except json.JSONDecodeError:
        pass
    expect(salvage_samples(rs_text) == RS_BATCH2[:4], "relationship_scoring_batch0002: salvage")
    expect('"sample_count": 6' in rs_text, "relationship_scoring_batch0002: declared count")

    if problems:
        raise SystemExit("self-check failed:\n  " + "\n  ".join(problems))


def by_path_key(by_path, fragment):
    return next(p for p in by_path if fragment in p)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--check", action="store_true", help="run the self-checks, write nothing")
    args = parser.parse_args(argv)
    files, manifest = build(None if args.check else args.out)
    totals = manifest["totals"]
    where = "checked" if args.check else f"wrote {len(files)} files to {args.out}"
    print(f"{where}: {totals['records_recoverable']} recoverable records, "
          f"{totals['defects']} planted defects, outcomes {totals['expected_outcomes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
