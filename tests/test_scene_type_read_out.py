"""A letter, telegram or notice a character reads out, set in single marks inside the double ones ("'Dear Agnes,
..."), is someone else's words set out in the scene, not talk: it reads as narration for the scene type, so a
scene that is mostly such a reading is typed by what the document does (here, sets out what happened), not as
dialogue. Speech that only quotes a word inside it, and speech as such, still count as dialogue."""

from __future__ import annotations

from curation.ingest.manuscripts.tagging import Tagger
from curation.ingest.manuscripts.text import quoted_word_count, read_out_as_narration

READ_OUT = (
    "Agnes found the envelope under the clock and read it out to the kitchen.\n\n"
    "“‘Dear Agnes, the mill at Corby closed on the first of the month and the men were paid off with a week’s "
    "wages. The bank took the cottages in April. Father asked for work at the hiring fair and found none. We sold "
    "the cart and the two ewes to pay the rent until Whitsun. The school has shut for want of a teacher, and the "
    "minister goes to Canada in the autumn with half the parish behind him.\n\n"
    "“‘Uncle Rab is to sail with them, and he says there is land in Manitoba for any man who will break it, a "
    "hundred and sixty acres for ten dollars. The passage is six pounds a head, and the company pays half of it for "
    "a man with a trade. Your brother, Davie.’”\n\n"
    "She folded it and put it back under the clock."
)
#: the same words as the lines of a conversation
SAID = READ_OUT.replace("“‘", "“").replace("’”", "”")


def test_a_read_out_letter_is_not_speech():
    unquoted = read_out_as_narration(READ_OUT)
    assert len(unquoted) == len(READ_OUT)  # one character for one: offsets do not move
    assert quoted_word_count(unquoted) == 0
    assert quoted_word_count(READ_OUT) > 100


def test_speech_quoting_a_word_a_retold_exchange_and_plain_speech_stay_speech():
    quoting = "“He said ‘never’ to me twice,” Nell said. “‘Never’ is a long word, and he knows it.”"
    retold = "“‘Shut the gate,’ says I to him. ‘The ewes are out,’ says I, and he laughs.”"
    for text in (quoting, retold, SAID):
        assert read_out_as_narration(text) == text


def test_speech_opening_with_an_elision_stays_speech():
    # "'Tis", "'Ere", "'Cause" open the speech with a single mark that never closes: dialect, not a document
    for text in (
        '"\'Tis a cold road to Kirkby at this hour, and no moon," said Ned, and pulled his collar up.',
        '"\'Ere, you hold on to that rope till I say, and mind the boat," said the ferryman.',
        "“’Cause I said so, and your mother said so before me,” said Ned.",
        '"\'Twas the wind that did it, not the boy," Ned said.\n\n"\'Em up at the farm won\'t believe it."',
    ):
        assert read_out_as_narration(text) == text
        assert quoted_word_count(read_out_as_narration(text)) == quoted_word_count(text) > 5


def test_a_scene_reading_out_a_letter_is_typed_by_the_letter_not_as_dialogue():
    tagger = Tagger()
    read = tagger.profile(READ_OUT)
    assert read.dialogue_share == 0 and read.speech_turns == 0
    assert tagger.scene_type(read)[0] == "exposition"
    said = tagger.profile(SAID)
    assert said.dialogue_share > 0.6
    assert tagger.scene_type(said)[0] == "dialogue"


def test_the_tension_reads_a_read_out_letter_as_before():
    tagger = Tagger()
    assert tagger.tension_score(tagger.profile(READ_OUT)) == tagger.tension_score(
        tagger.profile(READ_OUT, read_out=False)
    )


def test_a_transcript_that_reads_out_a_wire_keeps_it_as_said_for_the_tension():
    # a log whose line reads out a telegram: the scene type reads the wire as narration, the tension (`as_said`, and
    # its transcript) reads the chunk as it was, the wire as speech
    log = (
        "The radio log was read back at the inquiry.\n\n"
        "HALE: “‘Regret to inform you the relief boat is lost with all hands off Skerry Point stop.’”\n"
        "PRICE: That was the wire we got at six. Nobody believed it at first.\n"
        "HALE: Read it to the men, then. Read it all.\n"
    )
    as_said = Tagger().profile(log).as_said
    assert as_said is not None and as_said.transcript is not None
    assert as_said.transcript == Tagger().profile(log, read_out=False).transcript
    assert as_said.transcript.dialogue_share > 0
