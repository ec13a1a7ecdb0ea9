"""Where a scene happens (`places.scene_setting`): each rule on a small passage, with a case that fires
and one that must not."""

from __future__ import annotations

from curation.ingest.manuscripts.characters import build_model
from curation.ingest.manuscripts.places import SettingTracker, scene_setting
from curation.ingest.manuscripts.tagging import Tagger

BOOK = [
    "Mara walked to the harbour. “Hello,” said Mara. She nodded. Mara laughed.",
    "The Drainage Board wrote again. The Board wanted the house. Mara said no. She was tired.",
    "They sailed aboard the Heron. Aboard the Heron nobody slept. Mara slept aboard the Heron.",
    "Tomas lived in Calder. He said so. Tomas smiled. In Calder he was happy. They met at Calder.",
]


def model():
    return build_model(BOOK)


def where(text: str, m=None) -> str | None:
    return scene_setting(text, m).setting


def test_a_place_people_are_in_is_the_setting_a_place_only_mentioned_is_not():
    m = model()
    assert where("Mara sat in the galley and waited. Nothing happened for an hour.", m) == "the galley"
    assert where("Mara thought about the galley, and about the sea.", m) is None
    assert where("Mara slept aboard the Heron, and dreamed.", m) == "the Heron"
    assert where("Mara remembered the Heron. The Heron had been a good ship. Everyone said the Heron.", m) is None


def test_a_place_english_names_without_an_article_is_a_setting_below_a_named_room():
    """ "I was in bed for three days" (The Cullerby Wire), "on deck", "in hospital": a place with no article, at
    half the weight of a room named with one ("sitting up in bed" in "the room" stays "the room")."""
    assert where("I was in bed for three days after that, with the fever. I did not mind it.") == "the bed"
    assert where("Jonah stood on deck all night and watched the lights.") == "the deck"
    assert where("Mina was sitting up in bed. I sat in the room by the window; in the room it was cold.") == "the room"
    assert where("She went to bed early.") is None  # an errand, not where the scene is


def test_speech_never_sets_the_scene():
    assert where("“We should meet in the kitchen,” said Mara. Tomas shrugged.") is None
    assert where("“Fine,” said Mara. They sat in the kitchen.") == "the kitchen"


def test_an_origin_or_an_errand_is_weaker_than_where_people_are():
    m = model()
    assert where("A letter came from Calder. Mara stood on the pier and read it.", m) == "the pier"


def test_a_negated_or_generic_presence_does_not_count():
    assert where("Wren was not in the house.") is None
    assert where("Nobody lived in the cottage any more.") is None
    assert where("Wren was in the house.") == "the house"


def test_an_organisation_is_never_a_setting():
    m = model()
    assert "Board" not in (where("Mara went to the Board and sat at the Board for an hour.", m) or "")


def test_furniture_names_its_room_and_a_persons_title_is_not_a_place():
    assert where("Margaret sat at the kitchen table with her tea.") == "the kitchen"
    assert where("Margaret sat at the table with her tea.") is None
    assert where("She spoke to the ship's doctor for a while. He listened.") is None


def test_a_part_of_a_place_and_a_window_give_the_place():
    assert where("He stood at the far end of the corridor.") == "the corridor"
    assert where("He watched the water from the window of the cottage.") == "the cottage"
    assert where("A letter came from the cottage.") is None


def test_the_opening_description_and_a_heading_line_set_the_scene():
    assert where("The kitchen was the same as always. Dan sat down.") == "the kitchen"
    assert where("Dan sat down. Later, the kitchen was the same as always.") is None
    assert where("Saturday, the kitchen table, everybody else in the yard\n\nI am writing this.") == "the kitchen"


def test_a_flashback_counts_less_than_the_scene_itself():
    text = "Margaret sat in the kitchen. Years ago she had stood on the pier for hours."
    assert where(text) == "the kitchen"


def test_a_chapter_continues_where_the_same_pov_was_and_nowhere_else():
    tracker = SettingTracker()
    first = tracker.setting("Mara sat in the galley and ate.", None, 1, "Mara")
    assert first.setting == "the galley"
    same = tracker.setting("Mara thought about her brother for a long time.", None, 1, "Mara")
    assert same.setting == "the galley" and same.confidence < first.confidence
    assert tracker.setting("Tomas thought about his sister.", None, 1, "Tomas").setting is None
    assert tracker.setting("Mara thought about the sea.", None, 2, "Mara").setting is None


def test_confidence_is_higher_for_a_clear_winner():
    clear = scene_setting("Mara sat in the galley. She stayed in the galley. She ate in the galley.", None)
    split = scene_setting("Mara was in the galley. Later Mara was in the hold.", None)
    assert clear.confidence > split.confidence
    assert scene_setting("Mara thought.", None).confidence == 0.0


def test_the_tagger_setting_is_never_a_chapter_title_or_a_person():
    tagger = Tagger()
    tagger.learn_book(BOOK)
    assert tagger.setting("Mara thought about Tomas for an hour.", chapter="Calder").setting is None
    assert tagger.setting("Mara sat with Tomas in Calder.", chapter=1).setting == "Calder"


# ---- per-tag confidence ----------------------------------------------------------------------------
def test_every_heuristic_tag_states_a_confidence_and_the_review_says_why():
    from curation.ingest.manuscripts.labels import TAGS, apply_labels, heuristic_confidence

    conf = heuristic_confidence(
        0.9, {"scores": {"action": 1.0, "dialogue": 0.2}}, 0.9, tension=0.8, setting=0.0, characters=0.9
    )
    assert all(conf[t] is not None for t in TAGS)
    meta = {"pov": "Mara", "setting": None}
    apply_labels(meta, conf, None, None, "book:1:abc", {"setting": "the narration puts nobody in a place"})
    assert meta["review"] == ["low confidence: setting 0.00 (the narration puts nobody in a place)"]
    sure = {"pov": "Mara", "setting": "the galley"}
    apply_labels(sure, {**conf, "setting": 0.9}, None, None, "book:1:abd", {"setting": "never shown"})
    assert sure["review"] == []


def test_tension_confidence_falls_when_absolute_and_rank_disagree():
    tagger = Tagger()
    calm = "She sat. " * 5 + "The tea was warm and the afternoon was long and nothing at all happened there."
    loud = "He ran! The gun fired! Blood! He screamed and fell! Danger! Fire! Kill! " * 3
    profiles = [tagger.profile(t) for t in (calm, calm, calm, calm, loud, calm)]
    detail = tagger.book_tension_detail(profiles)
    assert max(detail, key=lambda d: d[0]) == detail[4]  # the loud one is the climax
    assert all(0.2 <= c <= 0.95 for _, c, _ in detail)
    few = tagger.book_tension_detail(profiles[:2])
    assert all(c == 0.6 and why for _, c, why in few)


def test_tension_weights_set_the_blend_of_absolute_scale_and_rank():
    """`TensionWeights` holds the divisors and the blend the harness refits (`--tension-cv`): the shipped
    ones are the defaults, all weight on the absolute scale ignores the rank, all on the rank spreads a
    calm book over 1-5."""
    from curation.ingest.manuscripts.tagging import TENSION_WEIGHTS, TensionWeights

    tagger = Tagger()
    texts = [f"She sat{'.' * k} The tea was warm and the afternoon was long and nothing happened." for k in range(6)]
    profiles = [tagger.profile(t) for t in texts]
    shipped = tagger.book_tension_detail(profiles)
    assert tagger.book_tension_detail(profiles, weights=TENSION_WEIGHTS) == shipped
    absolute = [lv for lv, _, _ in tagger.book_tension_detail(profiles, weights=TensionWeights(absolute=1, rank=0))]
    assert absolute == [max(1, min(5, round(1 + tagger.tension_score(p)))) for p in profiles]
    by_rank = [lv for lv, _, _ in tagger.book_tension_detail(profiles, weights=TensionWeights(absolute=0, rank=1))]
    assert min(by_rank) == 1 and max(by_rank) == 5


def test_a_books_last_chunk_after_its_climax_falls_one_level():
    """The falling action: a last chunk that recalls the danger past (its words score it 4) but follows the
    book's climax is its resolution, one level lower (six books by different writers end so: below-sea-level,
    eighty-covers, slack-water, the-hennick-blow, the-house-on-bode-thomas, the-same-tea); a book that ends on
    its climax keeps it, and `coda=0` turns the rule off."""
    from dataclasses import replace

    from curation.ingest.manuscripts.tagging import TENSION_WEIGHTS

    tagger = Tagger()
    calm = "She sat by the window. The tea was warm and the afternoon was long and nothing at all happened there."
    loud = "He ran! The gun fired! Blood! He screamed and fell! Danger! Fire! Kill! " * 3
    after = (
        "The water took nineteen days to go down, and in all that time she thought about the fire and the men who"
        " had died in it, while the tea went cold on the sill and the light moved slowly over the fields outside."
    )
    profiles = [tagger.profile(t) for t in (calm, calm, loud, calm, after)]
    without = tagger.book_tension_detail(profiles, weights=replace(TENSION_WEIGHTS, coda=0))
    detail = tagger.book_tension_detail(profiles)
    assert without[-1][0] == 4 and detail[-1][0] == 3
    assert "after its climax" in (detail[-1][2] or "")
    assert detail[:-1] == without[:-1]
    ends_loud = [tagger.profile(t) for t in (calm, after, calm, calm, loud)]
    assert tagger.book_tension_detail(ends_loud)[-1][0] == 5
    assert tagger.book_tension_detail(ends_loud) == tagger.book_tension_detail(
        ends_loud, weights=replace(TENSION_WEIGHTS, coda=0)
    )


def test_characters_confidence_doubts_names_without_pronouns():
    tagger = Tagger()
    tagger.learn_book(BOOK)
    assert tagger.characters_confidence(["Mara"])[0] > tagger.characters_confidence(["Mara", "Heron"])[0]
    assert "Heron" in (tagger.characters_confidence(["Mara", "Heron"])[1] or "")
    assert tagger.characters_confidence([])[1] == "no named person in the chunk"


def test_a_sentence_in_the_past_perfect_is_before_the_scene_except_in_its_opening_or_after_when():
    # saint-adela ("the man in the shop in Anchorage", "had spent two nights ... in the hospital in Anchorage"),
    # the-widow-kell and eighty-covers show it; tollhouse and cullerby open scenes in the past perfect
    m = model()
    later = "The wind dropped.\n\n"  # a later paragraph
    warned = "Everybody {} her, the harbour master, the old man in the shop in Calder."
    now = scene_setting(later + warned.format("warned"), m).scores["Calder"]
    assert scene_setting(later + warned.format("had warned"), m).scores["Calder"] < 0.5 * now
    stayed = "Mara {} two nights in a chair in Calder and was tired."
    assert (
        scene_setting(later + stayed.format("had spent"), m).scores["Calder"]
        < 0.5 * (scene_setting(later + stayed.format("spent"), m).scores["Calder"])
    )
    assert where("Mara had been waiting in the galley since midnight. Nothing came.", m) == "the galley"
    assert where(later + "When he had gone, Mara sat for a long time in the galley.", m) == "the galley"


def test_a_place_whose_name_is_a_possessive_keeps_it():
    # eighty-covers ("at Bertrand's" throughout) and the-cullerby-wire ("Varley's, which is the draper's")
    m = build_model(
        [
            "Suki had worked at Bertrand's for twenty years. Nobody left Bertrand's early.",
            "The kitchen at Bertrand's was hot. Gus walked into Bertrand's at six. Gus said nothing.",
            "Gus went to London. London was grey. In London he was happy. Gus smiled.",
        ]
    )
    assert m.display("Bertrand") == "Bertrand's"
    assert m.display("London") == "London"


def test_a_named_place_opening_the_scene_as_its_subject_sets_it_in_any_tense():
    """ "St Brendan's smells of floor polish" (a name that is itself a possessive, in the present),
    "The Tamsin Yard had given the tug a cradle" (any verb): the scene's first sentence is about where it is."""
    m = build_model(
        [
            "Wren went to St Brendan's. At St Brendan's she waited. Wren slept at St Brendan's.",
            "The ship came to the Ketterly Yard. In the Ketterly Yard they rested. Wren worked at the Ketterly Yard.",
        ]
    )
    assert where("St Brendan's smells of polish and toast, and the nurse is kind to him.", m) == "St Brendan's"
    assert where("The Ketterly Yard had given the tug a cradle, and the crew slept.", m) == "the Ketterly Yard"
    # not the subject of the first sentence: only mentioned
    assert where("Wren thought of the Ketterly Yard. It had given the tug a cradle.", m) is None
    assert where("Nobody remembered. The Ketterly Yard had given the tug a cradle.", m) is None


def test_a_day_or_a_month_is_never_a_setting():
    """ "on Thursdays" reads like "on Deck Four": the model may take the day for a place; a setting never is one."""
    m = build_model(
        [
            "On Thursdays Wren went out to the pub. She liked Thursdays. She sang in the pub on Thursdays.",
            "Thursdays were long. Pell lived for Thursdays, on Thursdays he walked to the Crown.",
        ]
    )
    assert where("Wren was in the back room on Thursdays, always.", m) == "the back room"
    assert where("On Thursdays Wren sat and sang.", m) is None


def test_a_negation_or_a_verb_counts_in_its_own_clause_only():
    """ "I said I'm not, and went up on the roof": the "not" belongs to the clause before the comma;
    "he kept finding me in other places: in the kitchen": the verb is before the colon, so "in the kitchen"
    is a list item, worth a bare "in" (below the roof someone goes up on twice)."""
    assert where("I said I'm not, and went up on the roof and stayed there till two.") == "the roof"
    assert where("He did not go up on the roof.") is None
    text = (
        "He kept finding me in other places: in the kitchen with the fridge open.\n\n"
        "After that I went up on the roof most nights. I sat on the roof and watched the bridge."
    )
    assert where(text) == "the roof"


def test_a_transcript_line_is_speech_not_narration():
    """A radio log or a recorded meeting ("NAME: words") is speech: the places its speakers talk about do not
    set the scene."""
    log = (
        "[0212:40] TRAFFIC: You are clear to undock from berth six. Half the ring is out on the gallery.\n\n"
        "[0212:52] OLD MARTA: Copy. We are sitting in the galley with the kettle on.\n\n"
        "[0212:58] TRAFFIC: Keep it formal."
    )
    assert where(log) is None
    assert where("NOTE: the tape is damaged.\n\nWren sat in the galley and listened.") == "the galley"


def test_a_letter_quoted_whole_is_narration_for_its_setting():
    """A letter or a tale printed inside quotation marks, each paragraph opening with one (Dracula's letters):
    its text is what the narrator says, so the places it puts people in set the scene; its own single-quoted
    speech is still speech."""
    para = (
        "“I sat in the churchyard all the afternoon, and the sea below was as grey as slate, and I wrote to you "
        "from the bench by the old tomb while the fishermen went about their work along the quay, and nobody "
        "came near me at all, which was what I wanted, for I had much to think about and little time for it. "
        "‘Come in soon,’ the old man said, ‘the fog is coming.’ But I stayed where I was until the light went."
    )
    letter = "\n\n".join([para] * 3)
    assert where(letter) == "the churchyard"
    # quoted lines of an exchange are speech as before
    assert where("“We sat in the churchyard,” said Mara. “All day.”\n\n“Did you?” said Tomas.") is None


def test_a_room_named_by_its_owner_is_a_setting():
    """ "I went down to Dr. Seward's study", "sat in Lucy's room" (Dracula), "to the Governor's office"
    (Little Fuzzy), "at Henderson's house" (The War of the Worlds): the owner's name stays in the setting."""
    assert where("After supper I went down to Dr. Seward's study and waited there.") == "Dr. Seward's study"
    assert where("We sat in Lucy's room all night, and nobody slept.") == "Lucy's room"
    assert where("Mara thought about Tomas's boat.") is None  # only mentioned
    assert where("Wren read Tomas's letter twice.") is None  # not a place


def test_a_transcript_is_set_where_its_header_says_it_was_recorded():
    # "TRANSCRIPT OF RECORDED INTERVIEW. Ansel Central Police Station, Interview Room 3." (Isaura Vell);
    # "TRANSCRIPT. Calloway Traffic Control, approach channel 4, recorded." (The Quorum at Calloway)
    from curation.ingest.manuscripts.places import transcript_place

    lines = "KM: Thank you for coming in. I know you work nights.\n\nTH: I don't sleep much in the day.\n\n" * 4
    record = "RECORD OF INTERVIEW. Fenn Lock Harbour Office, Room 2. Present: K. Moss (KM).\n\n" + lines
    assert transcript_place(record) == "Fenn Lock Harbour Office"
    log = "RADIO LOG. Saltmarsh Tower, channel 9, recorded.\n\n" + lines
    assert transcript_place(log) == "Saltmarsh Tower"
    # must not: a scene of narration that opens with a capitalised line, or a header with no transcript under it
    assert transcript_place("CHAPTER ONE. Fenn Lock Harbour Office, in the rain.\n\nRuth walked in and sat.") is None
    # must not: a transcript the narrator recorded ("ME:") is narrated, and its places are read as a scene's
    assert transcript_place(record.replace("TH: ", "ME: ")) is None
    # a header written as a sentence names the place it was recorded at among the book's places ("Transcript of an
    # outside broadcast on the BBC Welsh Home Service ..., from the summit of Kitty's Steps, Radnor Forest" in Kitty's
    # Steps), not a word of another name ("Welsh"); the book's own places come from its model
    from curation.ingest.manuscripts.characters import build_model

    model = build_model(
        [
            "We rode up to the Steps at noon. At the Steps the crowd was thick. On the Steps we waited.",
            "We crossed into Welsh land. In Welsh land the roads were bad, and in Welsh towns the bells rang.",
        ]
    )
    broadcast = "Transcript of a broadcast on the BBC Welsh Service, from the summit of Kitty's Steps, at noon.\n\n"
    assert transcript_place(broadcast + lines, model) == "Kitty's Steps"
    assert transcript_place(broadcast + lines) is None  # no model: no places known
    assert transcript_place("Transcript of a broadcast on the BBC Welsh Service.\n\n" + lines, model) is None


def test_a_dateline_is_a_heading_line_even_with_its_full_stop():
    """A letter or a diary entry says where it is written before its first line ("Ophelia, Colorado. June the
    12th, 1881." in Cutter Grade's letters); a short sentence that merely names a day is no heading."""
    m = build_model(
        [
            "Wren lived in Calder. She walked to Calder. In Calder she was happy. Wren came to Calder again.",
            "Wren was in Harwick once. She wrote from Harwick. Harwick was cold, in Harwick she slept.",
        ]
    )
    letter = "*Calder, Yorkshire. June the 12th, 1881.*\n\nDear Lou,\n\nThe telegram from Harwick came and I read it."
    assert where(letter, m) == "Calder"
    plain = "It was the twenty-seventh of June.\n\nWren read the telegram from Harwick in the kitchen. It was warm."
    assert where(plain, m) == "the kitchen"


def test_writing_quoted_in_italics_is_not_where_the_scene_is():
    """What a note, a log or a thought says (an italic run of four words or more inside the narration) puts
    nobody in a place; a name in italics (a ship, a newspaper) still counts."""
    m = model()
    note = "Under it he had written, in pencil: *They are selling the cottage in Calder on my word.* She read it twice."
    assert where(note, m) is None
    assert where("Mara slept aboard the *Heron*, and dreamed.", m) == "the Heron"
    assert where("*Mara slept in the galley.*", m) == "the galley"  # a whole italic paragraph is the narration


def test_a_named_place_that_only_locates_a_noun_is_no_more_than_a_destination():
    """ "the engineers at Calder had given him" (The Mercy Winter's Mercy), "a man in England" (Dracula), "other
    men upon Mars" (The War of the Worlds): the place says where a thing or another person is, not where the
    scene's people are; a noun of time ("that night in Calder") still puts the scene there, and so does a verb
    ("Tomas stood in Calder"), and a place in the place ("the mines at Harrowgate") is not demoted."""
    m = model()
    text = "The Heron hummed to herself. The voice the engineers at Calder had given her was low and slow."
    assert where(text, m) == "the Heron"  # the scene opens with the Heron; Calder only locates the engineers
    assert where("Mara sat down at last. She thought of the men in Calder, and of the sea.", m) is None
    assert where("Mara spent that night in Calder, and slept.", m) == "Calder"
    assert where("Tomas stood in Calder and watched the road.", m) == "Calder"


def test_a_vehicle_people_ride_in_is_a_setting_when_the_narration_puts_them_in_it():
    """ "In the train to Exeter" (Dracula), "he and Gerd were in the car again" (Little Fuzzy): a vehicle is a
    place; but the narration also sees others in one ("the driver in the cab"), so it needs a verb of being or
    arrival, or the opening, and a room with the same evidence wins."""
    assert where("In the train to Exeter. Jonathan sleeping, and the fields going by.") == "the train"
    rain = "The rain went on and on, and nobody spoke of it. " * 16 + "\n\n"  # past the scene's opening
    assert where(rain + "Later she climbed into the cab and started the engine.") == "the cab"
    assert where(rain + "She watched the driver in the cab, and the lights of the town.") is None
    assert where(rain + "She sat in the kitchen, and later she sat in the van.") == "the kitchen"


def test_a_role_written_the_x_that_speaks_is_a_person_and_never_a_setting():
    # "“Sit,” says the Harbourmaster" (The Dorothea), "said the Warden" thirteen times, and nobody in the Warden, only
    # "in the Warden's prison" (The Hennick Blow): a person known by their post, however often written "the X"
    book = [
        "The Harbourmaster keeps a plant on her desk. “Sit,” says the Harbourmaster. I sit.",
        "“Captain,” says the Harbourmaster, “it is late.” The Harbourmaster sees, and does not say a word.",
        "“No,” said the Harbourmaster. The Harbourmaster watched me. We went up to the Harbourmaster.",
        "I waited in the Harbourmaster's office. “Well?” said the Harbourmaster.",
        "We came into Perpetua at dawn. Nobody slept in Perpetua. The lift went up to Perpetua.",
    ]
    m = build_model(book)
    assert m.kind_of("the Harbourmaster") == "person"
    assert m.characters_in("“Go,” says the Harbourmaster.") == ["Harbourmaster"]
    assert where("The Harbourmaster keeps a plant on her desk, in the office in Perpetua. She sat down.", m) == (
        "the office / Perpetua"
    )
    # must not: a name people are in, that speaks now and then, stays a place ("the Halvard said" ... "inside the
    # Halvard" in The Mercy Winter)
    m = build_model(
        [
            "They climbed into the Kestrel. Inside the Kestrel it was warm. They slept in the Kestrel.",
            "“Hold on,” said the Kestrel. The Kestrel rolled. We sat in the Kestrel and waited.",
        ]
    )
    assert m.kind_of("the Kestrel") in ("place", "thing")


def test_two_rooms_with_equal_evidence_give_the_one_named_first():
    # a scene says early where it is: "brings me into the office" opens the Harbourmaster's scene (The Dorothea),
    # and the corridor is only where it ends; not the alphabet's choice
    text = "Nothing happened for an hour. I sat in the office. Then I stood in the corridor."
    scores = scene_setting(text, None).scores
    assert scores["the office"] == scores["the corridor"]
    assert where(text) == "the office"


def test_a_comparison_puts_nobody_in_its_place():
    # "as if he were a noise in the next room" (a probe), "as if she were in a gallery" (The Dorothea), "as if it is
    # standing in a kitchen" (The Long Carry): the clause compares, it does not say where anybody is
    assert where("Oru turned its head towards him, slowly, as if he were a noise in the next room.") is None
    assert where("She stood very still, as though she were in a chapel.") is None
    # must not: a new clause after the comparison is where someone is again
    assert where("He stared as if someone had taken them, and he sat down in the kitchen.") == "the kitchen"


def test_a_room_of_a_named_vessel_opening_a_sentence_describes_the_scene():
    # "The bridge of the Harriet Lane was small and crowded with frost" (The Meridian Run), "The galley of the
    # *Adaline Strand* was not built for a Qell" (a probe): the room, then the vessel it belongs to
    assert where("The galley of the *Adaline Strand* was not built for a Qell. Oru sat down.") == "the galley"
    assert where("The bridge of the Harriet Lane was small and crowded with frost.") == "the bridge"
    # must not: a room of something that is not a name, mentioned in passing ("The door of the ...": not a room)
    assert where("The door of the Harriet Lane was open. Nobody came.") is None


def test_a_place_only_looked_at_or_told_of_at_another_time_sets_no_scene():
    # "looked up at the mountain", "looked up at the Gatekeeper"; "who told it in the bar in Talkeetna a week later"
    # (Saint Adela): seen from where they are, or where it was told later, not where the scene's people are
    assert where("Mara sat down and looked up at the tower for a long time.") is None
    assert where("Mara sat in the kitchen. Tomas stared at the mill across the water.") == "the kitchen"
    m = model()
    got = where("Mara waited on the pier. Tomas told it in the tavern in Calder a week later.", m)
    assert got == "the pier"
    # must not: being at a place is still being there
    assert where("Mara sat at the tower door for a long time.") == "the tower"


def test_mountain_ground_is_a_place_noun():
    # "The glacier was quiet." (Saint Adela), "beside the tarn" (The Long Carry)
    assert where("The glacier was quiet. Nell looked round and said nothing.") == "the glacier"
    assert where("They sat beside the tarn and ate.") == "the tarn"


def test_a_houses_rooms_and_outbuildings_are_places_and_finding_someone_there_puts_them_there():
    # "Dr Moss was in the conservatory", "I found her in the scullery" (A Week at Ottilie); "went down to the
    # allotment" (Contents of a House)
    assert where("Ada was in the greenhouse. She said nothing for a while.") == "the greenhouse"
    assert where("On the Monday I went down to the allotment and dug.") == "the allotment"
    assert where("I found him in the larder, eating. Later it rained.") == "the larder"
    # must not: what is found in a thing that is no place says nothing of where anyone is
    assert where("I found the key in the drawer.") is None


def test_a_vessels_part_with_no_named_place_is_aboard_the_vessel_the_scene_names():
    # "the deck" of the Meridian (The Meridian Run), "the galley" of the Dorothea (The Dorothea): a ship the book
    # shows owning its parts ("the Dorothea's berth")
    m = build_model(
        [
            "Ines went aboard the Kittiwake at dawn. The Kittiwake's rail was wet. Ines said nothing.",
            "The Kittiwake's hold was full. Tomas laughed. Aboard the Kittiwake nobody slept.",
            "They walked along the Strand to the harbour. Tomas said the Strand was busy. Ines nodded.",
        ]
    )
    assert where("Tomas sat on the deck and mended a net. The Kittiwake rolled.", m) == "the deck / the Kittiwake"
    # must not: a named place with no vessel's signs, nor a room that is no part of a vessel
    assert where("Tomas sat on the deck and mended a net. He thought about the Strand.", m) == "the deck"
    assert where("Tomas sat in the kitchen and mended a net. The Kittiwake rolled.", m) == "the kitchen"


def test_a_boat_named_like_a_person_that_people_stand_on_is_a_vessel_the_scene_can_be_aboard():
    """A boat named like a person ("the Margery Tull" in The Arkwright Claim, "the Dorothy May" in Under Old Gregory):
    written with "the" nearly every time, as no person is, with people on a part of it. A scene on its deck is
    aboard it."""
    boat = [
        "The Annie Pellow lay at the quay. Tomas had owned the Annie Pellow for ten years.",
        "Ines climbed onto the hull of the Annie Pellow and sat there. The Annie Pellow creaked.",
        "Nobody else wanted the Annie Pellow. Tomas painted the Annie Pellow blue. Ines laughed.",
    ]
    m = build_model(boat)
    assert "Annie Pellow" in {e.name for e in m.places}
    assert where("Tomas sat on the deck and mended a net. The Annie Pellow rolled.", m) == "the deck / the Annie Pellow"
    # must not: a name given with "the" only a few times, however it is used ("on the morning of the Harvest Moot"
    # is a time), stays out of the places
    fair = [
        "Ines woke on the morning of the Harvest Moot. Tomas was out.",
        "The Harvest Moot came every year. Ines liked the Harvest Moot.",
    ]
    assert "Harvest Moot" not in {e.name for e in build_model(fair).places}


def test_a_place_someone_goes_away_to_is_not_where_the_scene_is():
    """ "the footsteps go away towards the Staithe" (The Cullerby Wire), "a ship ... was climbing away towards Imogen"
    (The Dorothea): leaving the scene for a place is not arriving in it."""
    m = model()
    assert where("Mara walked to Calder and sat down.", m) == "Calder"  # an arrival still counts
    assert where("Mara sat in the galley. The cart was going away towards Calder.", m) == "the galley"
    # must not: "away from" was an origin already, and a plain "towards" after a verb of motion is still an arrival
    assert where("Mara was walking towards Calder.", m) == "Calder"


def test_a_vessels_part_outweighs_a_named_place_given_only_a_bare_preposition():
    """ "The girl was sitting on the deck" aboard the Dorothea, beside "a farm platform in the Imogen shallows" where
    someone else lives (The Dorothea): a named place the narration gives no verb of being and less than the vessel's
    part is not where the scene is."""
    m = build_model(
        [
            "Ines went aboard the Kittiwake at dawn. The Kittiwake's rail was wet. Ines said nothing.",
            "The Kittiwake's hold was full. Tomas laughed. Aboard the Kittiwake nobody slept.",
            "They walked along the Strand to the harbour. Tomas said the Strand was busy. Ines nodded.",
        ]
    )
    text = "Tomas was sitting on the deck. The Kittiwake rolled. His sister kept bees in a walled garden in the Strand."
    assert where(text, m) == "the deck / the Kittiwake"
    # must not: a named place people are in (a verb of being) stays, beside the part
    assert where("Tomas was sitting on the deck. The Kittiwake rolled. Ines stood on the Strand.", m) == (
        "the deck / the Strand"
    )


def test_a_place_in_an_open_condition_is_nowhere_anybody_is():
    """ "If she went up the Stair and gave back the water" (The Cinder Tithe), "If he takes her into the Sound" (The
    Hennick Blow): a place only supposed."""
    m = model()
    assert where("Mara sat in the galley. If she went to Calder and found him, she would stay.", m) == "the galley"
    # must not: a place after the condition has closed is where the scene goes on
    assert where("If it rained, Mara walked to Calder and sat down.", m) == "Calder"


def test_a_place_named_by_a_naming_clause_takes_the_preposition_of_the_noun_it_names():
    """ "They camped ... at the place the shepherds called the Anvil" (The Cinder Tithe), "in the miners' hall at the
    town they called Firstfall" (The Dorothea)."""
    m = model()
    assert where("That night they slept at the place the drovers called Calder, under a wall.", m) == "Calder"
    # must not: a name given to a thing that is no place's noun
    assert where("That night they slept. Mara had a dog the drovers called Calder.", m) is None


def test_a_place_standing_in_a_bigger_one_gives_the_place_not_its_surroundings():
    """ "The house stood at the north end of the street" (Kessler Red), "The mill stood on a shelf cut into the
    mountain", "the survey station sat on the shelf": a sentence whose subject is a place says where that place is,
    not where the scene's people are; the scene is in the place the sentence describes."""
    m = model()
    assert where("The cottage stood at the end of the lane. Mara waited.", m) == "the cottage"
    # must not: a person standing there is there; a named place around the building is still the scene's wider place
    assert where("Mara stood at the end of the lane. She waited.", m) == "the lane"
    assert where("The cottage stood in Calder. Mara waited.", m) == "the cottage / Calder"


def test_a_room_the_narration_describes_after_the_opening_is_a_setting():
    """ "The radio hut was one room, with a bench along one wall" (Kessler Red, after "Come in and sit at the set"),
    "The bridge of the Harriet Lane was" (The Meridian Run), "The landing was dark" (The Window on Bernauer Strasse):
    a room described as a sentence's subject anywhere in the scene is where it happens, at the weight of a bare
    preposition, below the opening's own description."""
    m = model()
    talk = " ".join(["Mara talked about the weather and the price of oats for a long time."] * 12)
    assert where(f"{talk}\n\nThe workshop was one room, with a bench along one wall.", m) == "the workshop"
    # must not: a room only thought about, and a named place described (it says what the place is like, anywhere)
    assert where(f"{talk}\n\nMara thought about the workshop for a while.", m) is None
    assert where(f"{talk}\n\nCalder was quiet that year.", m) is None


def test_a_place_followed_by_a_year_is_told_of_another_time():
    """ "I was cold on the Brecon Beacons in 1965" (The Long Carry, told at a boulder on Gable), "in Attercliffe in
    1981" (Contents of a House), "in Leipzig in 1908" (Halloran Street), "in Sluys in 1661" (Isaura Vell): a dated
    time after the place puts the scene's people there only at another time."""
    m = model()
    assert where("Mara sat in the galley. Once she had lived in Calder in 1965, as a girl.", m) == "the galley"
    # must not: a year before the place, or a number that is no year, leaves the presence as it was
    assert where("In 1965 Mara lived in Calder. She was happy.", m) == "Calder"
    assert where("Mara waited in Calder in 20 minutes of rain.", m) == "Calder"


def test_a_diary_is_set_where_most_of_its_entries_were_written():
    """Each entry's dateline says where it was written: "August 21. Walla Walla." ... "August 28. Steptoe." (Kessler
    Red's field journal), "3 May. Bistritz.--Left Munich at 8:35 P. M." (Dracula). The place most of the chunk's
    entry words were written in is the scene's; an entry whose dateline names no place goes on where it was."""
    m = model()
    diary = (
        "June 3. Calder.\n\nArrived late. Tomas met me.\n\n"
        "June 5. The Heron.\n\nA short day on the water.\n\n"
        "June 9, night.\n\nStill aboard, and the crew asleep; I write by the lamp because nobody else will, and the "
        "wind has not dropped since the morning."
    )
    assert where(diary, m) == "the Heron"
    assert where("3 June. Calder.--Arrived late, and Tomas was waiting with the cart and a lantern.", m) == "Calder"
    # must not: a dateline naming a time ("June 9. Evening.") or a place the book does not know is no setting
    assert where("June 9. Evening.\n\nI write by the lamp.", m) is None
    assert where("June 9. Norland.\n\nI write by the lamp.", m) is None


def test_a_place_in_what_somebody_thinks_remembers_or_says_is_not_where_the_scene_is():
    """ "She thought of the spring at the second landing" (The Cinder Tithe), "I thought I was back in the basement in
    Hackney" (Contents of a House), "I think about a man ... who came to the room" (The Dorothea), "said she should
    think about it ... alone in a brewhouse at the bottom of the hill" (The Brewer's Winter), "He said that the trust
    ... on the island" (Keeping Agatha), "The rabbits said the voles should come and live on the hill" (Under Old
    Gregory): a thought or a report is not presence, as quoted speech is not."""
    m = model()
    assert where("Mara thought of the nights she slept in the cellar. Later she went to the galley.", m) == "the galley"
    text = "I woke because I could not breathe, and I thought I was back in the barn. I was in the cabin."
    assert where(text, m) == "the cabin"
    assert (
        where("Tomas said that the crew should sleep in the cellar. Mara went down to the galley.", m) == "the galley"
    )
    assert where("Tomas said the crew would sleep in the cellar tonight. Mara went down to the galley.", m) == (
        "the galley"
    )
    # must not: a thought named before the place ("thought about it ... in the cellar"), or a new clause with its own
    # subject after the thought
    assert where("Mara thought about it all morning in the cellar. The rain did not stop.", m) == "the cellar"
    assert where("I thought it would pass us, and then the boat stopped in the yard.", m) == "the yard"


def test_a_feast_or_a_day_of_the_calendar_is_a_time_not_a_place():
    """ "On the Kalends of every month", "the Kalends of April", "since the Saturnalia" (The Brewer's Winter), "on
    Midsummer Eve" (Under Old Gregory): the book's model may hold the feast as a place (people are "at" it), but a
    name followed by a month's "of" or by Eve / Day / Night, or after "since" / "until", is a time."""
    m = build_model(
        [
            *BOOK,
            "The fair was held at Lammas. At Lammas they danced. Tomas lived at Lammas once.",
            "In Lammas bells rang.",
        ]
    )
    assert where("Mara sat at the Lammas of every year, and waited in the galley.", m) == "the galley"
    assert where("On Lammas Eve Mara waited in the galley, and at Lammas Night she slept.", m) == "the galley"
    # must not: the same name where people are, or after "before" (a place as well as a time)
    assert where("Mara waited in Lammas all day, by the gate.", m) == "Lammas"
    assert where("Mara stood before Lammas and looked at it, then went into the galley.", m) == "the galley"


# ---- h13zv: a room written closed up, a room described with what it belongs to, a bed inside a room, a door --------
def test_a_room_written_closed_up_is_a_place():
    # "bedchamber" (The Well at Maud), "sickbay" (Thin Water), "storeroom" (The Yingchun Gate), "boathouse" (Isaura
    # Vell); a word that only ends in the letters of one ("bishop") or a head that ends other words is none
    assert where("Mara sat in the sickbay and waited. Nothing happened for an hour.") == "the sickbay"
    assert where("Mara waited in the storeroom for an hour, counting sacks.") == "the storeroom"
    assert where("Mara waited for the bishop for an hour, counting sacks.") is None
    assert where("Mara held the lanyard for an hour and waited.") is None


def test_an_opening_that_describes_a_room_of_something_names_the_scene():
    # "The lobby of the Whitcombe tower was four storeys high" (Cold Ledger), "The sickbay on the Constance Mirren had
    # one porthole" (Thin Water), "The boathouse had belonged to a rowing club" (Isaura Vell)
    text = (
        "The lobby of the Harland tower was four storeys high and smelled of nothing. "
        "Mara had been to the harbour once. She waited."
    )
    assert where(text) == "the lobby"
    assert where("The galley on the Sanderling had one porthole, and Mara looked out of it for an hour.") == (
        "the galley"
    )


def test_a_bed_gives_way_to_the_room_the_opening_describes():
    # "The king's bedchamber was at the top of ..." and then the foot of the bed (The Well at Maud); "The sickbay
    # ... had one porthole" and then the bunk (Thin Water). A bed with no room described stays the setting.
    text = (
        "The old bedroom was at the top of the stair, and it was hot. Mara sat down on the bed. "
        "She lay on the bed all night.\n\nIn the morning she was still on the bed, and Tomas sat beside the bed."
    )
    assert where(text) == "the old bedroom"
    assert where("Mara sat down on the bed. She lay on the bed all night.") == "the bed"


def test_a_bed_with_no_named_place_gives_way_to_any_room_the_scene_puts_people_in():
    # "the narrow bed" in the flat (Halloran Street), "the bed" in the dormitory (The Bell at Saint Ermelinde), "the
    # narrow bunk" in the cabin (The Widow Kell): a reader gives the room, not the furniture. Written here as a further
    # text: a night in a lodging-house room
    text = (
        "Mara came into the attic room with the candle and shut the door behind her. She sat on the bed and took off "
        "her boots. She lay on the bed and listened to the rain.\n\nAt two she was still on the bed, awake."
    )
    assert where(text) == "the attic room"
    # must not: a bed alone, with no room, is still the only place the scene gives
    assert where("Mara sat down on the bed. She lay on the bed all night.") == "the bed"


def test_knocking_at_a_rooms_door_is_being_outside_it():
    # "knocked on the bunkroom door" (Kessler Red): the knocker is outside the room; "at the yard gate" is in the yard
    assert where("The boy knocked on the bunkroom door at six, and then he walked to the harbour.") == "the harbour"
    assert where("Mara sat in the kitchen. The boy knocked on the kitchen door.") == "the kitchen"


def test_open_water_counts_at_half_weight_below_the_room_people_are_in():
    """The sea is seen around a scene more than anybody is in it ("an animal that has lain down in the sea", Polar
    Low; "along the edges of the sea" of cattle, The Long Drive North): at half weight, the room the narration puts
    its people in comes first; a swimmer's scene, with nowhere else, is still at sea."""
    ferry = (
        "The crossing took four hours. A seal had lain down in the sea beside the ferry, and further out a buoy sat on "
        "the sea like a red thumb. Ilse sat at the lounge window with her tea and counted the gulls."
    )
    assert where(ferry) == "the lounge"
    assert where("Ilse swam out past the buoy. She was in the sea for an hour, and the cold came up her legs.") == (
        "the sea"
    )


def test_a_named_place_that_says_where_a_noun_of_two_words_or_every_noun_is_puts_nobody_there():
    """ "a law firm in Lisbon", "every taxi in Lisbon" (The Magpie Job), "a lift engineer in Lowell" (Cold Ledger): the
    place says where that noun is, as "a restaurant in Lyon" does; a verb before it still puts people there."""
    m = model()
    tied = "Mara sat on the pier and opened the parcel. The string was tied the way a seed merchant in Calder ties it."
    assert where(tied, m) == "the pier"
    dark = "Mara sat on the pier and waited. She could not see one lamp lit, and every lamp in Calder was out."
    assert where(dark, m) == "the pier"
    assert where("Mara walked home. The men waited at Calder for the boat.", m) == "Calder"
    assert where("The skiff slid down the long channel into Calder.", m) == "Calder"  # the way in, not a thing there


def test_the_bed_of_a_cart_or_a_creek_is_its_floor_not_a_bed_to_lie_in():
    """ "climbed into the wagon bed among the flour sacks" (The Long Drive North), "down the bank into the creek bed"
    (Kessler Red): the cart or the creek is the place; a camp bed is still a bed that gives way to the ground."""
    assert where("Ada climbed into the cart bed among the sacks and slept. Once she heard the mule on the road.") == (
        "the cart"
    )
    assert where("Ada lay in the camp bed and slept. Once she heard the mule on the road.") == "the road"


def test_a_place_only_wished_meant_or_planned_is_not_where_anybody_is_yet():
    """ "she wished him to have ... slept in his own bed and walked over the fields" (The Name Day at Annushka), "I am
    going to go down the hill ... and stand in her yard" (The Brewer's Winter), "if I were ..., I would ... live in the
    district town" (Annushka): the scene is where people are, not where someone means them to be."""
    assert where("Oskar hoped to sleep in the hayloft that week. Then he sat down in the pantry.") == "the pantry"
    assert where("Next spring we are going to walk across the marsh, and camp on the dunes for a month.") is None
    assert where("If he had a horse, he would ride out to the quarry. He stood in the smithy, shoeing a mule.") == (
        "the smithy"
    )
    # going *to* a place is going there, and wanting nothing is no plan
    assert where("Oskar was going to the hayloft with a lamp when the bell rang.") == "the hayloft"
    assert where("Oskar sat in the hayloft and wanted nothing more.") == "the hayloft"
    # a participle after the plan describes where somebody is
    assert where("He asked what I meant to do, sitting in the hayloft with the lamp.") == "the hayloft"


def test_a_room_written_with_a_hyphen_is_a_place_noun_a_count_before_one_is_not():
    """ "in the school-house" (The Bell at Saint Ermelinde), "to the bathing-house" (The Name Day at Annushka), as a
    room written closed up ("storeroom") is; "a three-room cottage" is a cottage of three rooms."""
    assert where("Wendel waited in the wash-house until the rain stopped.") == "the wash-house"
    assert where("They lived in a three-room cottage by the weir, and Wendel sat in the cottage all day.") == (
        "the cottage"
    )


def test_a_place_named_with_its_owners_possessive_keeps_its_whole_name():
    """ "Ashling's Gap", "Maiden's Bottom" (The Hares of Hollin Down), "Fanny's Creek" (The Selector's Daughter),
    "Lincoln's Inn" (Dracula): the place is the whole name, not the owner's half ("Corra's" names nothing)."""
    book = [
        "Mara walked down to Corra's Ford. “Hello,” said Mara. She nodded. Mara laughed.",
        "They camped at Corra's Ford. In Corra's Ford nobody lived. Tomas slept at Corra's Ford.",
        "Tomas lived in Calder. He said so. Tomas smiled. In Calder he was happy. They met at Calder.",
        "Mara gave Tomas's Bible to the priest. Tomas smiled at her.",
    ]
    m = build_model(book)
    assert where("At dawn Mara stood at Corra's Ford and waited, and stayed at Corra's Ford all day.", m) == (
        "Corra's Ford"
    )
    # a person's name after the possessive is no part of the place's
    assert where("Mara sat in Calder all day. She stayed in Calder with Calder's Tomas.", m) == "Calder"


def test_a_studio_a_mill_and_a_causeway_are_places_people_are_in():
    """Nouns of places English writes with an article like any room or ground (labelled settings of three books
    for the studio, four for the causeway, two for the mill): one the narration puts somebody in is the setting."""
    assert where("Lena stood in the middle of the studio with a roll of canvas under her arm. Nobody spoke.") == (
        "the studio"
    )
    assert where("The miller's boy sat in the mill all afternoon, listening to the stones turn.") == "the mill"
    assert where("They walked out along the causeway at low tide, and waited on the causeway for the ferry.") == (
        "the causeway"
    )


def test_a_dwelling_a_shelter_and_a_walled_yard_of_houses_are_places_people_are_in():
    """An apartment, a compound, a shelter, a shack and a headquarters are labelled settings of two to six books each
    (The Rains in Arat Kilo, The Steppe at Bayan-Ovoo, Guadalupe Street, Fire on Twelve, The Brewer's Winter ...):
    one the narration puts somebody in is the setting, one only thought of is not."""
    assert where("Sara sat in the apartment with the lights off and waited for the phone.") == "the apartment"
    assert where("The goats crowded into the shelter, and Tumur sat inside the shelter until dawn.") == "the shelter"
    assert where("Dawit walked into the compound and stood by the gate.") == "the compound"
    assert where("Sara thought about the shelter, and about the winter to come.") is None


def test_a_canteen_a_kiosk_a_depot_and_a_cloister_are_places_people_are_in():
    """Each a labelled setting of two to five books (The Ferry to Heimaey and The Tram to Bistrik the canteen, The
    Number 46 Line the kiosk, The Long Patrol the depot, The Bell at Saint Ermelinde the cloister ...): one the
    narration puts somebody in is the setting, one only thought of is not."""
    assert where("Olaf sat in the canteen with his coffee going cold and watched the door.") == "the canteen"
    assert where("Rosa stood in the kiosk all morning, counting out change for the early buses.") == "the kiosk"
    assert where("The drivers waited in the depot until the snowplough came through.") == "the depot"
    assert where("Brother Luc walked slowly round the cloister, and sat in the cloister until vespers.") == (
        "the cloister"
    )
    assert where("Olaf thought about the canteen, and about the soup they served there.") is None


def test_the_room_gives_way_to_the_room_or_building_the_scene_names_someone_in():
    """ "the room" is whichever room the scene is in: the named room or building someone comes to or is in is its name
    (The Long Patrol, The Townland of Carrigeen); a place only heard or seen from the room, or ground outside, is
    not."""
    assert where(
        "Ada held the letter up to the kitchen window and read it again. Tom was not in the room. She sat in the room"
        " until dark."
    ) == ("the kitchen")
    assert where("Ada was in the room when Tom came home. He walked into the parlour and sat down.") == "the parlour"
    assert where("Ada sat in the room by the window all afternoon. She could hear a cart in the street.") == (
        "the room"
    )
    # ground outside, with people in it, is not what "the room" stands for
    assert where(
        "Ada stood at the window of her room. Down in the square below, a man in a green coat was selling eels. Two"
        " boys stood in the square and watched."
    ) == ("the room")


def test_going_away_along_a_place_is_leaving_it_not_being_there():
    """ "his boots going away down the corridor" (Isaura Vell) is somebody leaving, as "away to" a place is; the
    scene stays where the listener is."""
    assert where(
        "The inspector left without a word. Ada listened to his boots going away down the corridor. The office smelled"
        " of his pipe, and she opened the window."
    ) == ("the office")
    # down the corridor without "away" still puts him there, and so does walking away along it: he goes on there
    assert where("The inspector walked down the corridor with his pipe, counting the doors.") == "the corridor"
    assert where("Hrolf walked away up the beach and sat on the beach until dark.") == "the beach"


def test_a_place_below_is_looked_down_on_from_the_scene():
    """ "Down in the square below, a man ..." from the window of her room (The Widow Kell): the square is seen, the
    room is where she is; "in the square below the church" still puts her in the square."""
    assert where(
        "The clock struck ten. Down in the yard below, a man was splitting logs, and Ada stood at her window in the"
        " room and counted the strokes."
    ) == ("the room")
    assert where("Ada sat in the square below the church and waited.") == "the square"


def test_a_language_or_a_people_is_no_place():
    """ "said it in Yiddish", "in English" (The Tenement on Orchard Street, The Night of the Fires), "the English would
    come in" (The Indefatigable Watch): a tongue or a crowd, not where the scene is; a place with such a word in its
    name ("Kentish Town") stays one."""
    book = [
        "Vera wrote the notice in Portuguese. In Portuguese it sounded kinder. Vera laughed in Portuguese.",
        "The Welsh were out on the hill. Vera watched the Welsh. The Welsh sang.",
        "Vera lived in Kentish Town. In Kentish Town it rained. Vera walked to Kentish Town.",
    ]
    m = build_model(book)
    assert where("Vera sat in the scullery and said it again in Portuguese, slowly.", m) == "the scullery"
    assert where("Vera stood among the Welsh in the yard, and the Welsh were singing.", m) == "the yard"
    assert where("Vera was back in Kentish Town by noon, and in Kentish Town she slept.", m) == "Kentish Town"
    boat = build_model(
        ["They sailed aboard the Kingfish. Aboard the Kingfish nobody slept. Vera slept aboard the Kingfish."]
    )
    assert where("Vera slept aboard the Kingfish, and dreamed.", boat) == "the Kingfish"  # a boat, not a people


def test_a_thing_in_somebodys_hands_or_lap_is_no_place():
    """ "grinding coffee in the brass mill between his knees" (The Night of the Fires): a hand mill; the room he sits
    in is the setting. A mill somebody stands in is one."""
    assert where("In the office Saber sat grinding pepper in the little mill between his knees, and hummed.") == (
        "the office"
    )
    assert where("Saber stood in the mill between the two millstones and listened.") == "the mill"


def test_a_spine_or_a_temple_of_the_body_is_no_place():
    """ "Joke's spine" (The Hunger Winter), "a chill ran down her spine", "the pistol at his temple": the body's; the
    spine of a station and a temple people pray in stay places."""
    m = build_model(["Wanda walked home. Wanda slept. “Hello,” said Wanda."])
    assert where("The cold ran down Wanda's spine as she waited in the cellar.", m) == "the cellar"
    assert where("A chill ran down her spine and she sat on the landing, shaking.", m) == "the landing"
    assert where("He stood with the pistol at his temple in the vestry, and wept.", m) == "the vestry"
    assert where("The crew floated along the spine of the station, and waited in the spine.") == "the spine"
    assert where("They knelt in the temple at dawn.") == "the temple"


def test_stairs_give_way_to_where_they_lead():
    """A scene that goes up or down the stairs is set where it puts its people besides (The Night of the Fires: down
    the stairs and out into the lane); stairs alone, or beside a place only named, stay the setting."""
    assert where(
        "Ada went down the stairs two at a time with the basket. She stood in the wash-house and lit the copper, and"
        " the wash-house filled with steam."
    ) == ("the wash-house")
    assert where("Ada sat on the stairs in the dark and listened to the house breathing.") == "the stairs"
    assert where("Ada sat on the stairs and waited. Somebody was singing across the yard.") == "the stairs"
    # a bed's room may be its stair: the bed's rule chooses after this one
    assert where(
        "Ada lay in the bed by the night stair. She lay in the bed and listened; the bell rang on the night stair."
        " Tom walked in the orchard."
    ) == ("the night stair")


def test_a_place_spoken_to_is_not_one_anybody_goes_to():
    """ "the Citadel was saying so to the whole city" (The Night of the Fires): said to the city, the guns are not going
    there; the lane the scene stands in is the setting. "was going to the kitchen" is going there."""
    assert where(
        "The guns were saying it to the whole town, one round at a time. Ada stood in the lane with the bread and"
        " counted."
    ) == ("the lane")
    assert where("Ada was going to the kitchen with the bread when the guns began.") == "the kitchen"


def test_new_year_is_a_time_not_a_place():
    """ "By the New Year", "At New Year we eat upstairs" (The Noodle House in Tenma, The Same Tea, Cutter Grade): a
    time, as "Christmas" is; the ward the scene is in is its setting."""
    m = build_model(
        [
            "At New Year we eat upstairs. Nell came home at New Year. Since the New Year Nell has worked.",
            "Nell walked to the ward. Nell slept. “Hello,” said Nell.",
        ]
    )
    assert where("Nell sat in the ward at New Year and wrote to nobody.", m) == "the ward"


BEINGS = [
    "Ruan lived on the quay. Every evening he went up to the old ferryman, whose boat was drawn up on the shingle.",
    "The dog Biscuit barked at the gulls. Biscuit was barking at the door. Ruan lay on Biscuit for warmth.",
    "Mira slept aboard the Lark. “Course laid,” said the Lark. “Thank you,” Mira said.",
    "In the galley of the Lark the lights were low. “Coffee is ready,” said the Lark. “Sleep,” said the Lark.",
    "Mira stood on the bridge of the Lark. Aboard the Lark nobody hurried. The Lark's engines woke.",
]


def test_a_name_that_barks_or_speaks_more_than_anyone_is_in_it_is_no_setting_a_talking_vessel_is():
    """A dog lain on ("her head on Mực", The April of the Birds), a drone ("in Dobbs's lamp", The Long Quiet of the
    Tessaly), a man's house ("at Gash Bekele's", The Year of the Committee) give the model place evidence, but the
    narration lets them bark or speak more often: never where a scene is. A ship that talks and that people are
    aboard stays one."""
    m = build_model(BEINGS)
    lain_on = "Ruan lay down on Biscuit by the stove, and the rain went on. In the kitchen the kettle ticked."
    assert where(lain_on, m) == "the kitchen"
    assert where("Mira sat aboard the Lark all night and watched the dials.", m) == "the Lark"


def test_coming_up_or_down_a_place_is_the_way_to_the_scene_walking_along_it_is_on_it():
    """ "came up the hill on foot" to the ministry (The Year of the Committee), "went home up the hill" (The Biscuit
    Affair): the way to where the scene is; "walked away up the beach" is still on the beach (The Women of Stein)."""
    came = "Wen came up the hill at dusk with the goats, and then it was dark. In the kitchen she lit the lamp."
    assert where(came) == "the kitchen"
    assert where("Wen walked up the beach at dusk with the goats, and then it was dark.") == "the beach"
    assert where("Wen sat down the hill from the house all afternoon.") is not None


def test_a_place_inside_an_origin_is_an_origin():
    """ "The trunk had come from his mother's house in Debre Berhan" (The Year of the Committee): the named place says
    where the origin is, so it is worth no more than the origin; sitting in a room at the place is being there."""
    m = model()
    kept = "The chest had come from his aunt's house in Calder, long ago. He kept it in the kitchen and sat there."
    assert where(kept, m) == "the kitchen"
    assert where("He walked from the pier at Calder and sat down in the kitchen.", m) == "the kitchen"
    assert where("Mara sat in the kitchen at Calder, far from the sea.", m) == "the kitchen / Calder"


# ---- h14i: a people's word beside the people, a feast or a month said with a time's words ------------------------
def test_a_peoples_word_whose_plural_the_book_makes_a_people_is_no_place():
    """ "in Norwegian" beside "the Norwegians were" (The Reindeer Road), "Roman" beside "the Romans" (The Wall at
    Vindolanda): one word whose plural the book uses as a people is their word or their tongue, not where anyone is;
    a place beside a people with another name stays one."""
    book = [
        "The Varnians were on the hill. The Varnians sang. Ola watched the Varnians.",
        "Ola taught the children in Varnian. In Varnian it sounded colder. Ola prayed in Varnian.",
        "Ola lived in Holmvik. In Holmvik it snowed. Ola walked to Holmvik.",
    ]
    m = build_model(book)
    assert where("Ola sat in the schoolroom and read the lesson again in Varnian, slowly.", m) == "the schoolroom"
    assert where("Ola was back in Holmvik by noon, and in Holmvik she slept.", m) == "Holmvik"
    # a ship is "the X", and its people are its crew ("the Amelia" beside "the Amelias", The Indefatigable Watch)
    ship = build_model(
        [
            "They sailed aboard the Kestrel. Aboard the Kestrel nobody slept. Ola slept aboard the Kestrel.",
            "The Kestrels were ashore. The Kestrels sang. Ola watched the Kestrels.",
        ]
    )
    assert where("Ola slept aboard the Kestrel, and dreamed.", ship) == "the Kestrel"


def test_a_name_said_with_a_times_words_is_a_feast_or_a_month_not_a_place():
    """ "since the Ides", "before the Kalends", "the month of Ianuarius" (The Wall at Vindolanda; "on the Kalends of
    every month", "since the Saturnalia" in The Brewer's Winter): a name said so at least twice, and at least half as
    often as after a place's preposition, is a time even where the scene says "at" it; a river somebody stands before
    once, or is "by" ("by the Serpent Wall" in The Lake of the Moon), stays a place."""
    book = [
        *BOOK,
        "The road will be open by the Vestria. Nobody had paid since the Vestria. Come home before the Vestria.",
        "At the Vestria we eat. Tomas drank at the Vestria.",
        "Tomas stood before the Tamar. Tomas fished in the Tamar. He swam in the Tamar. They lived by the Tamar.",
        "Tomas walked by the Tamar. Tomas sat by the Tamar.",
    ]
    m = build_model(book)
    assert where("Mara sat in the galley at the Vestria and waited for the lamps.", m) == "the galley"
    assert where("Tomas stood in the Tamar up to his knees and fished all morning.", m) == "the Tamar"


def test_a_transcribers_note_in_a_header_names_no_place_it_was_recorded_in():
    # "Music and the recitations in Quechua are noted, not transcribed." (The Glacier Above Yungay), "Transcribed from
    # tape; inaudible passages marked." (Keeping Agatha), "Passages lost to interference are marked." (Kitty's Steps):
    # what the record marks or leaves out, not where it was made
    from curation.ingest.manuscripts.characters import build_model
    from curation.ingest.manuscripts.places import transcript_place

    model = build_model(
        [
            "We rode up to the Steps at noon. At the Steps the crowd was thick. On the Steps we waited.",
            "We went down to Welsh Bay. In Welsh Bay the roads were bad, and at Welsh Bay the bells rang.",
        ]
    )
    lines = "KM: Thank you for coming in. I know you work nights.\n\nTH: I don't sleep much in the day.\n\n" * 4
    noted = "Transcript of a broadcast, Sunday. The hymns sung in Welsh Bay are noted, not transcribed.\n\n"
    assert transcript_place(noted + lines, model) is None
    # the place the header says it was recorded at is still read beside such a note
    both = "Transcript of a broadcast from the summit of the Steps. Passages lost to interference are marked.\n\n"
    assert transcript_place(both + lines, model) == "the Steps"


def test_a_persons_full_name_read_as_a_place_is_no_setting():
    """ "At Anne Bell's the ham sat on the table" beside Ron Bell (The Night of Tracy), "came with Mattias Holm" beside
    Ane Holm (Polar Low): two words ending in a family name of the book's people, never "in" and never "the", are a
    person however the model read them, never where the scene is; a town ending so that people are in stays one."""
    m = build_model(
        [
            "Ron Teague came in. “Evening,” said Ron Teague. Ron laughed. Ron Teague sat down.",
            "She had a dress for the party at Ida Teague's, where there would be a ham and records.",
            "At Ida Teague's the ham sat in the middle of the table under a tea towel.",
            "He had got back with Ida Teague. Ida Teague put the jug down very carefully.",
            "Mara walked to the harbour. “Hello,” said Mara. She nodded. Mara laughed.",
            "Mara lived in Port Teague. In Port Teague it rained. They met in Port Teague.",
        ]
    )
    assert where("At Ida Teague's the ham sat on the table and Mara waited by the stove.", m) is None
    # must not: a town ending in the family name, that people are in, stays the setting
    assert where("Mara stood in Port Teague at dusk and watched the boats come in.", m) == "Port Teague"


def test_a_place_where_someone_else_is_is_not_the_scenes():
    """ "Tomas is in Calder still": a named person other than the scene's POV being in a named place says where
    someone else is (a letter's news, a son's garrison town: The Clock at Leninakan, Resus Two, The Lane at Nallur),
    not where the scene is; the POV's own whereabouts are the scene's."""
    m = build_model(
        [
            "Mara walked to the harbour. “Hello,” said Mara. She nodded. Mara laughed.",
            "“Not today,” said Tomas. Tomas shook his head. He smiled. “Tomorrow,” Tomas said.",
            "Tomas lived in Calder. In Calder he was happy. They met at Calder. Mara went to Calder.",
        ]
    )
    text = (
        "Mara sat by the stove in the kitchen with the letter. Tomas is in Calder still, with the boats, and will not"
        " come home before spring."
    )
    assert scene_setting(text, m, "Mara").setting == "the kitchen"
    assert scene_setting(text, m).setting == "the kitchen"
    # must not: in Tomas's own scene, Calder is where he is; where he had been is an earlier time, weighed as that
    assert scene_setting(text, m, "Tomas").setting == "the kitchen / Calder"
    earlier = scene_setting("Mara sat in the kitchen. Tomas had been in Calder when the ice came.", m, "Mara")
    assert earlier.scores["Calder"] > 0.5


def test_the_pov_called_by_another_of_their_names_is_in_their_own_scene():
    """The POV is the person, not the words of one name: "Dr Okafor was at Calder" in Samuel Okafor's own scene, or
    "Samuel Okafor was at Calder" when the POV is given as "Samuel", says where the scene is."""
    lines = [
        "Samuel Okafor walked to the harbour. “Hello,” said Samuel Okafor. He nodded. Samuel Okafor laughed.",
        "“Not today,” said Dr Okafor. Dr Okafor shook his head. He smiled. “Tomorrow,” Dr Okafor said.",
        "Samuel Okafor lived in Calder. In Calder he was happy. They met at Calder. Dr Okafor went to Calder.",
        "“Not today,” said Tomas. Tomas shook his head. He smiled. “Tomorrow,” Tomas said.",
        "Samuel ate. “Yes,” said Samuel. Samuel laughed.",
    ]
    m = build_model(lines)
    titled = (
        "It was late. Dr Okafor was at Calder by noon, and he walked up from the quay to the hospital with his bag."
    )
    full = titled.replace("Dr Okafor", "Samuel Okafor")
    assert scene_setting(titled, m, "Samuel Okafor").setting == "Calder"
    assert scene_setting(full, m, "Samuel").setting == "Calder"
    # must not: in Tomas's scene Calder is where someone else is
    assert scene_setting(titled, m, "Tomas").setting is None
    assert scene_setting(full, m, "Tomas").setting is None
    # must not: a POV sharing the family name is another person
    ruth = "Ruth Okafor sang. “Go,” said Ruth Okafor. Ruth Okafor smiled. “Now,” Ruth Okafor said."
    assert scene_setting(full, build_model([*lines, ruth]), "Ruth Okafor").setting is None


def test_a_name_that_only_resolves_to_the_pov_is_someone_else():
    """ "Big Sam" is never a name of Samira Haq's, though the model resolves it to her through "Sam" (Resus Two,
    with its POV roster): where Big Sam is stays someone else's place in her scene."""
    m = build_model(
        [
            "Samira Haq walked to the harbour. “Hello,” said Samira Haq. She nodded. Samira Haq laughed.",
            "“Not today,” said Sam. Sam shook her head. She smiled. “Tomorrow,” Sam said.",
            "“Not today,” said Tomas. Tomas shook his head. He smiled. “Tomorrow,” Tomas said.",
            "Tomas lived in Calder. In Calder he was happy. They met at Calder. Samira went to Calder.",
        ]
    )
    text = "Samira sat by the stove in the kitchen with the letter, because Big Sam is in Calder still, with the boats."
    assert scene_setting(text, m, "Samira Haq").setting == "the kitchen"
    # must not: her own name there is her own place
    assert scene_setting(text.replace("Big Sam", "Sam"), m, "Samira Haq").setting == "the kitchen / Calder"


def test_the_pov_is_in_their_own_scene_under_a_dotted_title_or_after_a_sentence_word():
    """The capture of "It was late. Dr. Okafor was at Calder" starts after "Dr." ("Okafor"), and "Then Samuel was at
    Calder" sweeps up the sentence's first word: both are the POV Samuel Okafor under part of a name the book gives
    him, so Calder is his scene's place (the scene is part of the book, as in the pipeline)."""
    lines = [
        "Samuel Okafor walked to the harbour. “Hello,” said Samuel Okafor. He nodded. Samuel Okafor laughed.",
        "“Not today,” said Dr. Okafor. Dr. Okafor shook his head. He smiled. “Tomorrow,” Dr. Okafor said.",
        "Samuel Okafor lived in Calder. In Calder he was happy. They met at Calder. Dr. Okafor went to Calder.",
        "“Not today,” said Tomas. Tomas shook his head. He smiled. “Tomorrow,” Tomas said.",
    ]
    titled = (
        "It was late. Dr. Okafor was at Calder by noon, and he walked up from the quay to the hospital with his bag."
    )
    opener = titled.replace("Dr. Okafor", "Then Samuel")
    for scene in (titled, opener):
        m = build_model([*lines, scene])
        assert scene_setting(scene, m, "Samuel Okafor").setting == "Calder"
        # must not: in Tomas's scene Calder is where someone else is
        assert scene_setting(scene, m, "Tomas").setting is None


def test_a_nickname_holding_the_pov_s_short_name_stays_someone_else_in_the_book():
    """ "Big Sam" inside the book whose words "big" and "Sam" are both used elsewhere ("the big boats", Samira's
    "Sam"): its word "Big" is in none of Samira Haq's names, so where Big Sam is stays someone else's place."""
    text = "Samira sat by the stove in the kitchen with the letter, because Big Sam is in Calder still, with the boats."
    lines = [
        "Samira Haq walked to the harbour. “Hello,” said Samira Haq. She nodded. Samira Haq laughed.",
        "“Not today,” said Sam. Sam shook her head. She smiled. “Tomorrow,” Sam said.",
        "“Not today,” said Tomas. Tomas shook his head. He smiled. “Tomorrow,” Tomas said.",
        "Tomas lived in Calder. In Calder he was happy. They met at Calder. Samira went to Calder.",
        "The big boats came in at dawn, and the big nets after them.",
    ]
    m = build_model([*lines, text])
    assert scene_setting(text, m, "Samira Haq").setting == "the kitchen"
    # must not: her own short name there is her own place
    own = text.replace("Big Sam", "Sam")
    assert scene_setting(own, build_model([*lines, own]), "Samira Haq").setting == "the kitchen / Calder"
