"""Second-person narration: a scene told to "you" is read as such, and its "you" named as the others in it call them.

Hand-written scenes (a ferry pilot on the Tagus, not any labelled book): a "you" strand beside a close-third and a
first-person one; "you" only in dialogue, a generic "you" and a letter to "you" stay what they were.
"""

from __future__ import annotations

import random

from curation.ingest.manuscripts.briefs import Briefs
from curation.ingest.manuscripts.pipeline import process_manuscript
from curation.ingest.manuscripts.roster import Character, Roster
from curation.ingest.manuscripts.second_person import called_name, proper_words, you_evidence
from curation.ingest.manuscripts.settings import ChunkingConfig
from curation.ingest.manuscripts.tagging import Tagger

#: Chunk bounds small enough that each hand-written scene is a chunk of its own.
SMALL = ChunkingConfig(min_words=40, max_words=400, target_min_words=60, target_max_words=200)

YOU_SCENE_NAMED = """You walk down to the quay before the gulls are up. You always do. The river is the \
colour of pewter and the \
first ferry sits low at its ropes, and you put your hand on the rail the way your father put his, and you count the \
fenders because you cannot help it.

“Morning, Teodora,” says the harbourmaster from his window. He has a cigarette behind his ear and the radio on.

“Morning, Armando,” you say. You do not stop. If you stop he will ask about the boy, and you do not want to talk \
about the boy.

“The fog’s coming in at nine,” he calls after you. “You hear me, Teodora? Nine.”

You hear him. You climb to the wheelhouse and you take off your gloves and you put your palms on the wheel, and \
for a minute you are nobody at all, only a woman on a boat on a river, and the engine turns over under your feet \
like an old dog getting up."""

THIRD_SCENE = """Armando Reis watched the ferry go out. He did not like the fog, and he did not like the way \
Teodora had walked past him, and he thought about the boy, who had not been seen at the market since Tuesday. \
Armando knew what the river did. He had pulled three people out of it in thirty years, and you don't forget the \
weight of a wet coat.

He lit the cigarette at last and turned the radio up. The forecast said nine. Armando wrote it on the board in \
chalk and underlined it twice, and then he sat down and waited for the ferry to come back."""

YOU_SCENE_UNNAMED = """You bring the ferry in at half past eight with the fog already on the water. You can taste \
it. You feel the pier before you see it, the way you feel a step in the dark, and you ease the throttle back and \
let the current do the work.

Your hands are cold. You think about the boy on the bridge last winter, his thin arms, the way he looked at the \
water. You think about your father, who never once let the current do the work, and who is dead.

You tie off. You go home. You do not look at the harbourmaster's window, and you do not call the school."""

LETTER_SCENE = """Dear Teodora,

I write to you because I cannot say it to your face. I watched you bring the ferry in this morning and I thought \
you looked like your father, and I was afraid for you. You know what I mean. I have known you since you were \
small, and I know when you are not sleeping.

I am asking you to come to the market on Saturday. I will be there. The boy will be there too, if I can find him.

Your friend,

Armando"""


def _book(tmp_path, scenes: list[str]):
    path = tmp_path / "ferry.txt"
    path.write_text("THE FERRY\n\n" + "\n\n* * *\n\n".join(scenes) + "\n", encoding="utf-8")
    return path


def test_a_scene_told_to_you_is_second_person_and_dialogue_you_generic_you_and_a_letter_are_not():
    tagger = Tagger()
    assert tagger.person(tagger.narration(YOU_SCENE_NAMED)) == "second"
    assert tagger.person(tagger.narration(YOU_SCENE_UNNAMED)) == "second"
    # "you" in speech and a generic "you" ("you don't forget the weight of a wet coat") in a close-third scene
    assert tagger.person(tagger.narration(THIRD_SCENE)) == "third"
    # a first-person letter to "you" says "I" as well: first person
    assert tagger.person(tagger.narration(LETTER_SCENE)) == "first"


def test_the_you_is_the_name_others_call_them_by_not_the_one_their_own_lines_say():
    ev = you_evidence(YOU_SCENE_NAMED)
    assert ev.called["Teodora"] == 2  # the harbourmaster's "Morning, Teodora" and "You hear me, Teodora?"
    assert ev.called["Armando"] == 0
    assert ev.said_by_you["Armando"] == 1  # "“Morning, Armando,” you say"


def test_the_books_you_names_every_second_person_scene_and_the_you_is_present(tmp_path):
    res = process_manuscript(_book(tmp_path, [YOU_SCENE_NAMED, THIRD_SCENE, YOU_SCENE_UNNAMED]), chunking=SMALL)
    povs = [res.scene_pov[i] for i in sorted(res.scene_pov)]
    assert [p.person for p in povs] == ["second", "third", "second"]
    assert povs[0].pov == "Teodora" and povs[2].pov == "Teodora"
    assert povs[2].confidence < povs[0].confidence  # lent by the book, not named in the scene itself
    assert povs[1].pov == "Armando Reis"
    rows = [r for r in res.rows if r.metadata["person"] == "second"]
    assert rows and all("Teodora" in r.metadata["characters"] for r in rows)


def test_a_you_nobody_names_stays_none_at_a_low_confidence(tmp_path):
    res = process_manuscript(_book(tmp_path, [THIRD_SCENE, YOU_SCENE_UNNAMED]))
    you = [p for p in res.scene_pov.values() if p.person == "second"]
    assert len(you) == 1 and you[0].pov is None and you[0].confidence <= 0.3


def test_with_a_roster_the_you_is_the_listed_character_the_name_belongs_to(tmp_path):
    roster = Roster(
        [
            Character("Teodora Vaz", ["Teodora", "Dora"], role="pov"),
            Character("Armando Reis", ["Armando"], role="pov"),
        ]
    )
    res = process_manuscript(_book(tmp_path, [YOU_SCENE_NAMED, THIRD_SCENE, YOU_SCENE_UNNAMED]), roster=roster)
    you = [p.pov for p in res.scene_pov.values() if p.person == "second"]
    assert you == ["Teodora Vaz", "Teodora Vaz"]


def test_a_you_the_scene_is_told_to_is_not_a_narrator_explaining_to_the_reader():
    tagger = Tagger()
    # the scene type's exposition score counts "you" in the narration as a narrator addressing a reader; in a scene
    # told in the second person it is the POV character, and counts nothing there
    assert tagger.profile(YOU_SCENE_UNNAMED, terms=False).addressed == 0
    assert tagger.profile(THIRD_SCENE, terms=False).addressed >= 1  # "you don't forget the weight of a wet coat"


def test_a_second_person_scenes_prompt_asks_for_the_second_person():
    meta = {"pov": "Teodora", "person": "second", "scene_type": "introspective", "tension": 2}
    said = {
        Briefs().prompt(
            meta, random.Random(seed), "The Ferry", people=[], setting="the quay", turn="steady", gender="she"
        )
        for seed in range(40)
    }
    # every template that says "in the first person" for an "I" says the second person for a "you"
    assert any("second person" in p or "as “you”" in p or 'as "you"' in p for p in said)
    assert not any("first person" in p for p in said)


def test_a_name_the_narration_shows_acting_is_someone_else_however_often_it_is_called(tmp_path):
    scene = (
        "You wait on the bench outside the office. You have been waiting an hour. Your coat is still wet and you "
        "keep your hands in the pockets so nobody sees them shake, and you count the tiles, and you do not look at "
        "the door.\n\n"
        "“Sit down, Rui,” says the clerk. “Rui, sit down, you’re making her nervous.”\n\n"
        "Rui sits down. Rui takes off his cap and turns it in his hands, and Rui looks at you as if you might "
        "know something he does not. You do not.\n\n"
        "“Teodora?” the clerk says at last. “They’ll see you now.”\n\n"
        "You stand up. You leave your coat on the bench, and you go in, and you do not look back at the boy."
    )
    res = process_manuscript(_book(tmp_path, [THIRD_SCENE, scene]), chunking=SMALL)
    you = [p for p in res.scene_pov.values() if p.person == "second"]
    assert len(you) == 1 and you[0].pov == "Teodora"


#: A "you" called only at the head of a line, and a child called out for by someone looking for her.
YOU_IN_THE_TENT = (
    "You are sitting on the front bench with a bag of nuts in your lap and your uncle's big hand on your knee. The "
    "tent smells of sawdust and the band is not playing yet, and up at the top of the tent the girl on the trapeze "
    "swings her legs and waves at you, and you go hot all over.\n\n"
    "The pole in the middle of the tent begins to sway. You think it is the wind. Then you feel the bench move.\n\n"
    "“Benedek,” says your uncle. He has you by the jersey. “Down. Under.”\n\n"
    "You are under the bench with your face in the sawdust. You cannot breathe properly. Then a hand tears the "
    "canvas and there is daylight, and the clown is pulling at you, and you are outside on the field.\n\n"
    "“Ilka,” says the clown. “Where's Ilka? Where's her father?”\n\n"
    "You do not know. You look back at the tent, and you look for your uncle, and you do not see him anywhere."
)


def test_the_you_may_be_called_by_a_name_the_book_sets_only_at_the_head_of_a_sentence():
    # "“Teodorito,” says your padrino" (The Glacier Above Yungay: the boy's name opens every sentence and every line
    # that says it, "Teodorito held Filomena's hand", so no sentence shows it capitalised mid-way as a name)
    proper = proper_words(YOU_IN_THE_TENT)
    assert "Benedek" not in proper
    assert you_evidence(YOU_IN_THE_TENT, proper).called["Benedek"] == 0
    ev = you_evidence(YOU_IN_THE_TENT, proper, frozenset({"benedek"}))
    assert ev.called["Benedek"] == 1, ev
    # must not: a word the book's people do not hold still needs the book to write it as a name
    assert you_evidence(YOU_IN_THE_TENT, proper, frozenset({"ilka"})).called["Benedek"] == 0


def test_a_name_a_speaker_calls_out_and_asks_after_is_sought_not_said_to_the_you():
    # "“Lorena,” says Pepino. “Where's Lorena? Where's Gaspar?”" (The Glacier Above Yungay: the clown cries out for the
    # trapeze girl, who is not there), as one quote that says a name twice talks about its owner (`narrator.
    # _said_about`: "Ferrier. Tom Ferrier, same as me." in Keeping Agatha, "Danny Voss. Everybody knows Danny." in
    # Slack Water)
    assert you_evidence(YOU_IN_THE_TENT).called["Ilka"] == 0
    # must not: a call said once, or repeated, stays a call; and the head of another speaker's line is no talk of her
    once = YOU_IN_THE_TENT.replace(
        "“Ilka,” says the clown. “Where's Ilka? Where's her father?”", "“Ilka,” says the clown."
    )
    assert you_evidence(once).called["Ilka"] == 1
    again = once.replace("“Ilka,” says the clown.", "“Ilka,” says the clown. “Ilka. Up. Up the hill.”")
    assert you_evidence(again).called["Ilka"] == 2
    other = once + "\n\n“Ilka is on the hill,” says a woman with a baby. “I saw her go up.”"
    assert you_evidence(other).called["Ilka"] == 1


_YOU_AT_THE_MIRROR = (
    "You shave slowly, because your hand is not steady, and you think of what the foreman said to Dragan.\n\n"
    "\u201cDragane,\u201d your mother says through the door, \u201cthe water is going cold.\u201d\n\n"
    "You do not answer her. You rinse the razor and you think about the letter in your coat."
)


def test_a_call_that_adds_an_ending_to_a_name_the_book_writes_is_that_name():
    # a vocative case ("Nenade" to Nenad through a bathroom door, The Tram to Bistrik) and a pet form ("Cassie" to
    # Cass, Cutter Grade; "Lucky" to Luc, The You of Rue Saint-Denis): the call form is written nowhere else
    proper = proper_words(_YOU_AT_THE_MIRROR)
    assert "Dragane" not in proper and "Dragan" in proper
    assert you_evidence(_YOU_AT_THE_MIRROR, proper).called == {"Dragan": 1}
    assert called_name("Cassie", None, frozenset({"cass"})) == "Cass"
    # must not: a call the book writes as a name itself, or one over a stem shorter than three letters, stays itself
    assert called_name("Cassie", {"Cassie", "Cass"}, frozenset()) == "Cassie"
    assert called_name("Edie", {"Ed"}, frozenset({"ed"})) == "Edie"
