"""Who is who (`names`, `people`): name variants, whole-word mentions, the person index a book teaches.

Each rule has a case where it fires and one where it must not, on small paragraphs written for these
tests; the books that show each rule are named in the comments.
"""

from __future__ import annotations

from collections import Counter

from curation.ingest.manuscripts.characters import build_model
from curation.ingest.manuscripts.names import merge_variants, name_words
from curation.ingest.manuscripts.people import PersonIndex, _RunCounts

STOP = {"The", "He", "She", "It", "A", "And", "But", "Then", "Mr", "Dr"}


# ---- names -------------------------------------------------------------------------------------------
def test_name_words_drop_titles_and_possessives_but_keep_particles():
    assert name_words("Dr. Van Helsing") == ("van", "helsing")  # Dracula
    assert name_words("Mr. Holloway's") == ("holloway",)  # Little Fuzzy
    assert name_words("Gerd van Riebeek") == ("gerd", "van", "riebeek")
    assert name_words("Captain") == ()  # a title alone names nobody


def test_a_variant_inside_exactly_one_longer_name_is_that_person():
    canon = merge_variants(Counter({"Van Helsing": 200, "Abraham Van Helsing": 3, "Dr. Van Helsing": 60}))
    assert {canon[v] for v in ("Van Helsing", "Dr. Van Helsing")} == {"Abraham Van Helsing"}


def test_a_variant_two_longer_names_share_stays_on_its_own():
    # "Harker" in "Jonathan Harker" and "Mina Harker" (Dracula), "Teller" for two Tellers (Meridian)
    canon = merge_variants(Counter({"Jonathan Harker": 18, "Mina Harker": 18, "Harker": 5}))
    assert canon["Harker"] == "Harker"
    assert canon["Jonathan Harker"] == "Jonathan Harker"


def test_names_are_compared_as_whole_words():
    canon = merge_variants(Counter({"Kael Varro": 10, "Kaela": 40}))  # the sample manuscript
    assert canon["Kaela"] == "Kaela"


# ---- mentions ------------------------------------------------------------------------------------------
def test_mentions_match_the_longest_form_on_whole_words():
    idx = PersonIndex.from_names({"Kael Varro": ["Kael", "Captain Varro"], "Kaela": []})
    got = [(m.person, m.possessive) for m in idx.mentions("Kaela saw Kael Varro's ship. Captain Varro waved.")]
    assert got == [("Kaela", False), ("Kael Varro", True), ("Kael Varro", False)]
    assert idx.mentions("The Kaelan fleet waited.") == []


def test_capitalised_words_before_a_name_belong_to_it_when_nobody_else_is_named():
    # "Mr. Chief Justice Frederic Pendarvis" (Little Fuzzy), "Space Commodore Napier"
    idx = PersonIndex.from_names({"Frederic Pendarvis": ["Pendarvis"]})
    idx.lower_words = {"then", "chief", "rose"}
    (m,) = idx.mentions("Chief Justice Frederic Pendarvis rose.")
    assert m.person == "Frederic Pendarvis" and m.start == 0
    # ... but not a sentence word the book writes in lower case ("Then", "Either")
    (m,) = idx.mentions("Then Chief Justice Frederic Pendarvis rose.")
    assert m.start == len("Then ")
    # ... nor a place's name the line break ran into the person's ("Fenchurch Street\nLord Godalming": Dracula)
    (m,) = idx.mentions("Just before we reached Fenchurch Street Frederic Pendarvis said to me:")
    assert m.start == len("Just before we reached Fenchurch Street ")


def test_rename_moves_every_form_and_keeps_the_new_names_own_gender():
    idx = PersonIndex.from_names({"Brill": ["Mrs Brill"], "Odile Brill": [], "Tamsk": []})
    idx.gender = {"Brill": "she", "Tamsk": "he"}
    idx.rename("Brill", "Odile Brill")  # a name the text gives in full: her gender comes with her forms
    assert {f: p for f, p in idx.forms.items() if p == "Odile Brill"}.keys() == {("brill",), ("odile", "brill")}
    assert idx.gender == {"Odile Brill": "she", "Tamsk": "he"}
    idx.gender["Vey"] = "she"
    idx.add(("vey",), "Vey")
    idx.rename("Vey", "Tamsk")  # two people the text says are one: the kept one's gender stands
    assert idx.resolve("Vey") == "Tamsk" and idx.gender["Tamsk"] == "he" and "Vey" not in idx.gender
    idx.rename("Tamsk", "Tamsk")
    assert idx.resolve("Tamsk") == "Tamsk"


# ---- learning people from a book -------------------------------------------------------------------------
BOOK = [
    "Jack Holloway said nothing. Jack Holloway watched the ravine.",
    "Jack sat down. Jack smiled at the little thing.",
    "Then Jack said it was late.",
    "Ruth Ortheris laughed. Ruth Ortheris said so.",
    "Ruth nodded and Ruth said nothing.",
    "Pappy Jack, the Fuzzies called him. Pappy Jack said yes. Pappy Jack smiled.",
    "The Fuzzies ran. A Fuzzy squeaked. The Fuzzies slept. Three Fuzzies ate.",
]


def test_a_book_teaches_full_names_and_their_first_names():
    idx = PersonIndex.learn(BOOK * 2, STOP)
    assert idx.resolve("Jack") == "Jack Holloway" and idx.resolve("Ruth") == "Ruth Ortheris"


def test_a_word_that_never_stands_alone_before_a_first_name_is_a_form_of_address():
    # "Pappy Jack" (Little Fuzzy) is Jack Holloway, not a third person
    idx = PersonIndex.learn(BOOK * 2, STOP)
    assert idx.resolve("Pappy Jack") == "Jack Holloway"


def test_a_form_of_address_named_beside_the_full_name_it_would_belong_to_is_someone_else():
    # "Old Michael" beside "Michael Pat" (The Townland of Carrigeen: two Michaels, the cousin named by his father);
    # a paragraph written for this test, three Jameses
    book = [
        "James Rua said nothing. James Rua watched the boat. James Rua laughed.",
        "Big James sat down. Big James looked at the nets. Big James said it was late.",
        "Big James said James Rua would never pay for the nets.",
        "Then James Rua said it was his field.",
        "James Tobin came late. James Tobin said nothing.",
    ]
    idx = PersonIndex.learn(book * 2, STOP)
    assert idx.resolve("Big James") == "Big James" and idx.resolve("James Rua") == "James Rua"
    # must not: "Pappy Jack Holloway" and "Pappy Jack" in one paragraph are one name, the only Jack (Little Fuzzy)
    fuzzy = [*BOOK, "The Fuzzies were wards of Pappy Jack Holloway. Pappy Jack said so."]
    assert PersonIndex.learn(fuzzy * 2, STOP).resolve("Pappy Jack") == "Jack Holloway"


def test_a_post_in_common_words_before_a_surname_written_first_is_that_person():
    # "Team Leader Kang" for Kang Min-seok (The Third Floor at Hanbit); "Team Leader Kim" of three Kims is nobody's;
    # a paragraph written for this test, Chinese names surname first
    book = [
        "Wang Lei said nothing. Wang Lei watched the screen. Wang Lei laughed.",
        "Chen Hua smiled. Chen Hua said so. Chen Mei nodded. Chen Mei said so. Chen Mei laughed.",
        "The section chief came in, and Section Chief Wang said the build was late. Then Section Chief Wang sat down.",
        "It was late when Section Chief Chen said nothing. Then Section Chief Chen watched the build fail.",
        "Then the chief said it was late, and the section was quiet.",
    ]
    idx = PersonIndex.learn(book * 2, STOP)
    assert idx.resolve("Section Chief Wang") == "Wang Lei"
    assert idx.resolve("Section Chief Chen") not in ("Chen Hua", "Chen Mei")


def test_a_plural_of_a_name_word_is_a_people_not_a_person():
    # "Fuzzies" (Little Fuzzy), "Martians" (two corpus novels)
    idx = PersonIndex.learn(BOOK * 2, STOP)
    assert idx.resolve("Fuzzies") is None
    assert idx.resolve("Fuzzy") is None


def test_excluded_forms_are_never_people():
    idx = PersonIndex.learn(BOOK * 2, STOP, exclude={("ruth", "ortheris"), ("ruth",)})
    assert idx.resolve("Ruth") is None
    assert idx.resolve("Jack") == "Jack Holloway"


def test_gender_from_the_clause_a_person_opens_not_from_another_persons_clause():
    idx = PersonIndex.from_names({"Ruth Ortheris": ["Ruth"], "Jack Holloway": ["Jack"]})
    idx.learn_gender(
        [
            "Ruth put down her cup, and she sighed.",
            "Ruth said she was tired.",
            "Jack smiled when she came in.",
            "Jack took his hat.",
        ]
    )
    assert idx.gender["Ruth Ortheris"] == "she"
    assert idx.gender["Jack Holloway"] == "he"  # "when she came in" is someone else's clause


def test_a_name_acting_in_the_present_tense_is_a_person():
    # "Dev lifts his head ... says Dev" (Eighty Covers), "Ferris says" (The Meridian Run), "Gran says" (Tollhouse)
    texts = ["Dev looks up from the wheel. Dev says nothing.", "“Go,” says Dev. Dev nods at the door."] * 2
    assert PersonIndex.learn(texts, STOP).resolve("Dev") == "Dev"
    # a word that never acts (a place written in the same tense) is not one
    texts = ["The van goes to Billingsgate at four. Billingsgate is cold.", "Nobody likes Billingsgate much."] * 2
    assert PersonIndex.learn(texts, STOP).resolve("Billingsgate") is None


def test_a_full_name_used_twice_that_acts_is_a_person_however_rare_its_words():
    # a person of one scene or two: Lionel Ashby-Grant (Eighty Covers, the POV of one scene), Osei Hale (the
    # sample manuscript), John Paxton (Dracula), Conrad Greibenfeld (Little Fuzzy)
    book = [
        "Lionel Ashby-Grant sat with his back to the wall and looked at the room.",
        "The soup came. Lionel did not know who Gerald was. The bill went to Lionel Ashby-Grant.",
    ]
    idx = PersonIndex.learn(book, STOP)
    assert idx.resolve("Lionel Ashby-Grant") == "Lionel Ashby-Grant"
    assert idx.resolve("Lionel") == "Lionel Ashby-Grant"
    # must not: a two-word name that never acts (a street, a firm on a sign) or is used once
    assert (
        PersonIndex.learn(["They lived on Marrow Street.", "Past Marrow Street the road bent."], STOP).resolve(
            "Marrow Street"
        )
        is None
    )
    assert PersonIndex.learn(["Lionel Ashby-Grant sat down.", "The soup came."], STOP).resolve("Lionel") is None


def test_a_post_names_its_holder_only_alone():
    # "the Lockkeeper" is Maud; "Lockkeeper Amory" is Amory's title, "a Lockkeeper" and "whoever is Lockkeeper" the
    # office; "Lockkeeper Fenner" is still Maud (her own name follows the post)
    idx = PersonIndex.from_names({"Maud Fenner": ["Maud", "Lockkeeper"]})
    idx.posts = {("lockkeeper",)}
    text = (
        "The Lockkeeper waited. In the hand of Lockkeeper Amory. A Lockkeeper who opens early drowns the towpath. "
        "Let whoever is Lockkeeper next read it. Lockkeeper Fenner smiled."
    )
    got = [(m.start, m.person) for m in idx.mentions(text)]
    assert got == [(0, "Maud Fenner"), (text.index("Lockkeeper Fenner"), "Maud Fenner")]
    idx.posts = set()  # a name that is no post is its person wherever it stands
    assert len(idx.mentions(text)) == 5


def test_a_roster_alias_that_is_only_a_title_names_its_character():
    idx = PersonIndex.from_names({"The Captain": ["the Captain", "Captain"], "Ada Wren": ["Ada"]})
    text = "“As long as it takes, ma'am,” the Captain said. Ada went below."
    assert [m.person for m in idx.mentions(text)] == ["The Captain", "Ada Wren"]


def test_a_name_between_two_header_labels_ends_before_the_second_label():
    # an email's header lines joined into one paragraph: "From: Nora Rowe To: Imogen Blay Subject: ..."
    # (Contents of a House) names Nora Rowe, not "Nora Rowe Subject"
    subjects = ("lease", "keys", "rent", "roof")
    emails = [f"From: Orrin Tal To: Maud Kessel Subject: The {x} Date: Monday" for x in subjects]
    m = build_model([*emails, "Maud said no. Maud sighed. Orrin laughed. Orrin said yes. Maud Kessel frowned."])
    assert sorted(m.characters_in(emails[0])) == ["Maud Kessel", "Orrin Tal"]
    # must not: a speaker's label at a line's start keeps its whole name
    assert m.characters_in("MAUD KESSEL: We close at six.") == ["Maud Kessel"]


def test_an_initial_and_a_family_name_are_the_one_person_whose_first_name_starts_with_it():
    # "D. Pryce", "R. Cathcart" in a race report (Kitty's Steps), "Miss C. Varley" on a telegram (The Cullerby Wire),
    # "M. Renfield" (Dracula)
    idx = PersonIndex.from_names({"Tobias Fenn": ["Tobias"], "Mara Fenn": ["Mara"], "Ivo Lusk": ["Ivo"]})
    got = [m.person for m in idx.mentions("The stage went to T. Fenn, ahead of M. Fenn and I. Lusk.")]
    assert got == ["Tobias Fenn", "Mara Fenn", "Ivo Lusk"]
    # must not: an initial that starts nobody's first name, or two people's, names nobody by it
    assert [m.person for m in idx.mentions("Then came R. Fenn.")] == []
    idx = PersonIndex.from_names({"Tobias Fenn": [], "Tamsin Fenn": []})
    assert [m.person for m in idx.mentions("Then came T. Fenn.")] == []


def test_a_family_name_between_the_and_a_common_noun_is_the_familys_not_the_person():
    # "to the Kessler house", "the Lindgren section" (Kessler Red), "the Varley house" (The Cullerby Wire), "the
    # Sallow family" (The Hennick Blow): no Kessler is in the scene for it
    idx = PersonIndex.from_names({"Mara Kessler": ["Mara", "Kessler"], "Abe Lindgren": ["Abe", "Lindgren"]})
    idx.gender.update({"Mara Kessler": "she", "Abe Lindgren": "he"})
    assert idx.mentions("So at seven she walked across to the Kessler house.") == []
    assert idx.mentions("The boys were out on the Lindgren section by noon.") == []
    # must not: the family name as the person ("Kessler said", "the Kessler who stayed", "the Kesslers' door"
    # aside), a relative ("the Lindgren boy" is Abe when the book says so: `_KIN_AFTER`), the full name
    assert [m.person for m in idx.mentions("Kessler walked to the house.")] == ["Mara Kessler"]
    assert [m.person for m in idx.mentions("He went to see the Lindgren boy.")] == ["Abe Lindgren"]
    assert [m.person for m in idx.mentions("She walked to the Mara Kessler house.")] == ["Mara Kessler"]
    assert [m.person for m in idx.mentions("They had all heard of the Kessler.")] == ["Mara Kessler"]


def test_a_name_several_people_share_means_in_a_scene_the_one_it_names_by_their_own_names():
    # bare "Vogt" is the mother's book-wide, Jürgen's in a scene that calls him "Jürgen" and never names her (The
    # Window on Bernauer Strasse: "Police Constable Vogt", Ziegler's "Vogt!"); "Dr Kessler" (Ruth Kessler) in a
    # scene that never names Mara takes a bare "Kessler" from Mara (Kessler Red)
    idx = PersonIndex.from_names(
        {"Hilde Vogt": ["Hilde", "Frau Vogt"], "Jürgen Vogt": ["Jürgen"], "Renate Vogt": ["Renate"]}
    )
    idx.add(("vogt",), "Hilde Vogt")
    idx.share_names()
    assert idx.shared[("vogt",)] == {"Hilde Vogt", "Jürgen Vogt", "Renate Vogt"}
    scene = "Jürgen Vogt sat on the landing. It was not for Police Constable Vogt to decide. Jürgen pressed it."
    assert [m.person for m in idx.in_scene(scene).mentions(scene)][1] == "Jürgen Vogt"
    assert idx.resolve("Vogt") == "Hilde Vogt"  # the book's index is unchanged
    # must not: a scene that names the owner by her own name keeps her; a scene naming another only by names
    # without the shared word ("Jürgen") says nothing of it; a scene naming none of them leaves the owner
    scene = "Hilde set the table. Jürgen Vogt said nothing. Vogt, the plate on the door said."
    assert [m.person for m in idx.in_scene(scene).mentions(scene)][-1] == "Hilde Vogt"
    scene = "Jürgen sat on the landing. Vogt, the plate on the door said."
    assert [m.person for m in idx.in_scene(scene).mentions(scene)][-1] == "Hilde Vogt"
    scene = "The plate on the door said Vogt."
    assert [m.person for m in idx.in_scene(scene).mentions(scene)] == ["Hilde Vogt"]
    # the POV's bare first name in her own scene stays hers beside another of that name called by title
    ruths = PersonIndex.from_names({"Ruth Amadi": ["Ruth"], "Ruth Kessler": ["Dr Kessler"]})
    ruths.share_names()
    scene = "Ruth walked to the house. Dr Kessler opened the door. Ruth could not look away."
    assert {m.person for m in ruths.in_scene(scene).mentions(scene) if m.start == 0} == {"Ruth Amadi"}


def test_a_rosters_lower_case_alias_is_who_a_passage_describes_but_no_name():
    # POV-only rosters write the descriptions a reader knows a character by: "the novice" (Sister Agathe, The Bell at
    # Saint Ermelinde), "the brewer" (Brica, The Brewer's Winter), "the magistrate" (Orla Quay, The Widow Kell), "the
    # envoy" (Tobiah Leng, The Wells of Oriel): who is present, never a capitalised name the POV readers score
    idx = PersonIndex.from_names({"Sister Agathe": ["the novice", "Mieke"], "Brica": ["the brewer"]})
    text = "The novice was standing against the wall. Mieke did not move; the brewer’s cart was at the gate."
    assert [(text[m.start : m.end], m.person, m.possessive) for m in idx.described(text)] == [
        ("The novice", "Sister Agathe", False),
        ("Mieke", "Sister Agathe", False),
        ("the brewer’s", "Brica", True),
    ]
    assert [m.person for m in idx.mentions(text)] == ["Sister Agathe"]  # the name only
    # must not: another article, a plural, or a longer word is no description of the one character
    assert idx.described("A novice came, and the novices sang, and the brewery burned.") == []


def test_a_name_opening_on_a_capital_beyond_ascii_is_a_person():
    # "İskender" (The House on the Bosphorus), "Élisabeth" (The You of Rue Saint-Denis), "Út" (The April of the
    # Birds): a bare [A-Z] never saw them, so their scenes named nobody or someone else
    text = [
        "Ömer said no. Ömer sighed. Édith laughed. Édith said yes. Ömer Kaya frowned at Édith.",
        "Ōta said no. Ōta laughed. Ōta sat down.",
    ]
    m = build_model(text)
    assert sorted(m.characters_in(text[0])) == ["Édith", "Ömer Kaya"]
    assert m.characters_in(text[1]) == ["Ōta"]
    # must not: a lower-case word after a stop is still no name
    assert m.characters_in("éclair and ölçü were on the table.") == []


def test_a_description_is_a_handle_only_where_the_narration_uses_it_well_over_any_name():
    # the mother of The Taxi on Avenida de Mayo is "the señora" (38 times in the narration) and "Amalia" in speech; the
    # keeper of Kessler Red is "the keeper" as the courier sees her and "Mara" in her own scenes (24 to 43)
    idx = PersonIndex.from_names({"Amalia Ruiz": ["Amalia", "the señora"], "Mara Kessler": ["Mara", "the keeper"]})
    paragraphs = [
        "The señora sewed. “Amalia,” he said. “Amalia, come.” The señora did not answer.",
        "Later the señora slept. Mara walked the rows. The keeper looked up. Mara knew the wheat.",
    ]
    assert idx.handles(paragraphs) == {"Amalia Ruiz"}
    # must not: a description used as often as twice the name (four times, the name twice) is not the narration's name
    paragraphs.append("Amalia went out. The señora came back. Amalia sat down.")
    assert idx.handles(paragraphs) == frozenset()


def test_a_name_after_bin_or_binti_is_the_parents_not_the_bearers():
    # "Salim bin Hamad" is Hamad's son, "Khadija binti Salim" Salim's daughter (The Curfew in Stone Town; "Salim bin
    # Hamed" in The Balcony in Malindi): a bare "Yusuf" is the clerk Yusuf Omari, not the trader Faraji bin Yusuf
    paragraphs = [
        "Faraji bin Yusuf said the dhow was late. Yusuf Omari said nothing and wrote it down.",
        "Yusuf Omari said the ledger was wrong. Faraji bin Yusuf laughed at him.",
        "Yusuf said he would count the sacks again. Faraji said he could count them all night.",
        "Zuhura binti Faraji said her father was at the harbour. Zuhura said she would wait for him.",
        "Yusuf said the tide was in. Faraji bin Yusuf said nothing. Zuhura binti Faraji said it was late.",
    ]
    idx = build_model(paragraphs).index
    assert idx.resolve("Yusuf") == "Yusuf Omari"
    assert idx.resolve("Zuhura") == "Zuhura binti Faraji"
    # must not: the bearer keeps his own first name; a daughter's "Faraji" stays her father's
    assert idx.resolve("Faraji") == "Faraji bin Yusuf"
    assert "Faraji bin Yusuf" not in idx.shared.get(("yusuf",), frozenset())


def test_two_people_one_sentence_names_apart_are_not_a_name_and_its_form_of_address():
    # "Shiu Ram" beside "Ram Sundar" (The Cane Gang at Rarawai), "Small Kofi" beside "Kofi Trumpet" (The Highlife Band):
    # a sentence that names both, each on their own, names two people, not "Ram Sundar" under a form of address
    two = [
        "Then Piet Oran said the boat was ready. Oran Delk said nothing.",
        "But Piet Oran walked out and gave the rope to Oran Delk, who said it was frayed.",
        "Then Oran Delk said the tide had turned. Piet Oran sat down.",
        "And Oran Delk and Piet Oran said goodbye.",
    ]
    idx = PersonIndex.learn(two, STOP)
    assert idx.resolve("Piet Oran") == "Piet Oran"
    assert idx.resolve("Oran Delk") == "Oran Delk"
    # must not: a form of address the book never sets beside the full name in one sentence stays that person's
    # ("Ammo Georges" and "Georges Sfeir", The Bakery on Rue Gouraud)
    one = [
        "Then Ammu Oran said the boat was ready. Everyone waited.",
        "But Ammu Oran walked out and said it was frayed.",
        "The list gave his name as Oran Delk. Then Oran Delk said the tide had turned.",
        "And Ammu Oran said goodbye.",
    ]
    assert PersonIndex.learn(one, STOP).resolve("Ammu Oran") == "Oran Delk"


def test_a_word_said_twice_is_no_blend_of_two_peoples_names():
    # "Ram Ram", a greeting, beside Ram Sundar and Shiu Ram (The Cane Gang at Rarawai): two people, no third
    paragraphs = [
        "Then Sefu Tano said the cane was ready. Tano Wari said it was not.",
        "But Sefu Tano walked to the field and gave the knife to Tano Wari, who said it was blunt.",
        "Then Tano Wari said the lorry was late. Sefu Tano sat down.",
        "“Tano Tano,” the old woman said to them both, and Sefu Tano said goodbye to Tano Wari.",
    ]
    idx = build_model(paragraphs).index
    assert {idx.resolve("Sefu Tano"), idx.resolve("Tano Wari")} == {"Sefu Tano", "Tano Wari"}
    assert idx.resolve("Tano Tano") is None


def test_a_name_after_a_word_the_narration_takes_up_by_the_other_pronoun_is_a_parent_not_the_child():
    # "Umm Hassan" (she), mother of Hassan Osman Dahab (he), never named beside him in one sentence (The Steamer from
    # Wadi Halfa): a teknonym is a person of its own, and the bare "Hassan" stays the son's in every scene
    book = [
        "Ummi Tarek folded the cloth and she set her bowl down. Ummi Tarek lifted her basket.",
        "Tarek Badr Salih climbed the wall. Tarek ran down the lane and he laughed.",
        "Tarek counted the boats on his fingers. Tarek Badr Salih said the river was high.",
        "Ummi Tarek said nothing. Ummi Tarek looked at the river.",
    ]
    idx = PersonIndex.learn(book * 2, STOP)
    assert idx.resolve("Ummi Tarek") == "Ummi Tarek"
    assert idx.resolve("Tarek") == "Tarek Badr Salih"
    idx.share_names()
    assert ("tarek",) not in idx.shared
    # must not: a form of address taken up by the name's own pronoun is that person ("Pappy Jack", Little Fuzzy),
    # nor is a "her" given to someone else in the clause ("gave it to her and she held it") the name's pronoun
    same = [
        "Ammu Tarek folded the cloth and he set his bowl down. Ammu Tarek gave it to her and she held it.",
        *book[1:3],
        "Ammu Tarek said nothing. Ammu Tarek looked at the river.",
    ]
    assert PersonIndex.learn(same * 2, STOP).resolve("Ammu Tarek") == "Tarek Badr Salih"


def test_a_possessive_her_alone_does_not_give_the_bare_name_the_other_pronoun():
    # "Jack took her hand": the hand is someone else's; the bare "Jack" is not read as "she", so "Pappy Jack" (he)
    # stays Jack Holloway's form of address (Little Fuzzy's "Pappy Jack")
    book = [
        "Pappy Jack lit his pipe and he sat down. Pappy Jack lifted his glass.",
        "Jack Holloway climbed the wall. Jack took her hand and kissed it. Later Mara laughed.",
        "Jack stroked her hair for a long time. Jack Holloway said the river was high.",
        "Pappy Jack said nothing. Pappy Jack looked at the river. Mara Quint smiled.",
    ]
    idx = PersonIndex.learn(book * 2, STOP)
    assert idx.resolve("Pappy Jack") == "Jack Holloway" and not idx.named_for
    # must not: the bare name taken up as the subject by the other pronoun ("and she laughed", "Jill said she") still
    # makes the form of address someone else
    other = [
        book[0],
        "Jill Holloway climbed the wall. Jill ran down the lane and she laughed.",
        "Jill said she was tired. Jill Holloway said the river was high.",
        book[3].replace("Mara Quint", "Mara"),
    ]
    other = [t.replace("Pappy Jack", "Pappy Jill") for t in other]
    idx = PersonIndex.learn(other * 2, STOP)
    assert idx.resolve("Pappy Jill") == "Pappy Jill" and idx.resolve("Jill") == "Jill Holloway"


def test_a_word_opening_a_quoted_paragraph_opens_a_sentence_and_joins_no_name():
    # "“About Banri,” the Reverend read" after "“About the scholarship.”" (The Rain at Sohra); "— Anh Khải. Sit down."
    # ("anh" in lower case elsewhere, The Courtyard on Hang Bac): a word the book writes in lower case, right after the
    # quote that opens a paragraph, is a sentence's first word, as after a full stop, not a word of a name used
    # mid-sentence; the name after it is the person's own
    m = build_model(
        [
            "Tessa Quill came up the hill with the milk. Tessa said nothing to anyone. Tessa looked at the rain.",
            "“About the fence. He says he will mend it,” Orrin said.",
            "“About the money, then,” said Tessa. Orrin laughed.",
            "The vicar unfolded the letter and read it out. “About Tessa,” the vicar read. “She must go to school.”",
            "“About Tessa,” the vicar read again, and stopped. Tessa waited. Orrin waited.",
            "Tessa went to the door. Tessa wondered about the school. Orrin Bell followed her out.",
        ]
    )
    assert sorted(e.name for e in m.people) == ["Orrin Bell", "Tessa Quill"]
    # must not: a name that opens quoted paragraphs is still a name
    m = build_model(
        [
            "Tessa Quill came up the hill with the milk. Tessa said nothing to anyone. Tessa looked at the rain.",
            "“Mabel Oakes wants you,” Orrin said. Tessa nodded.",
            "“Mabel Oakes says the school is full,” said Orrin. Tessa laughed.",
            "“Mabel, wait,” said Tessa. Mabel smiled and waited.",
            "Tessa went to the door. Orrin Bell followed her out.",
        ]
    )
    assert sorted(e.name for e in m.people) == ["Mabel Oakes", "Orrin Bell", "Tessa Quill"]


def test_a_word_called_alone_at_the_start_of_speech_is_still_a_name_word():
    # "“Counsel,” said the judge" (The Whitcombe Verdict: her word for the defence lawyer, "counsel" in lower case
    # elsewhere) and "“Ya Rima,” she said" (The Bakery on Rue Gouraud: a calling particle): a word called there is
    # spoken to, not a sentence's first word; "“About the fence,” he said" opens a sentence
    texts = [
        "“Warden,” said the judge. Ostrow stood up.",
        "“Warden,” the judge said again, and Ostrow sat down.",
        "“Warden, enough,” said the judge. The warden of the gaol was Ostrow.",
        "“About the fence,” Ostrow said.",
        "“About the gate,” said the judge.",
        "“About the keys,” Ostrow said.",
        "Nobody asked about the fence. Ostrow looked at the jury.",
    ]
    proper = _RunCounts.read(texts, STOP).proper_words(texts, STOP, 3)
    assert "Warden" in proper and "Ostrow" in proper
    assert "About" not in proper


def test_a_name_said_alone_as_a_whole_utterance_is_still_a_name_word():
    # "“Rose.” She waited.": a name that is the whole of what is said, full stop and all, is called as "“Counsel,”
    # said the judge" is (The Whitcombe Verdict), not a sentence's first word, though the book writes "rose" in
    # lower case too
    texts = [
        "Mara walked down to the harbour in the rain. “Hello,” said Mara. She nodded at the boats. Mara laughed.",
        "“Rose.” She waited. She did not look up from the nets.",
        "“Rose.” Louder now. The gulls went up off the wall.",
        "“Rose.” She turned at last and wiped her hands.",
        "Rose shrugged. Rose said nothing and went on with the nets.",
        "The gulls rose off the wall as the tide rose.",
        "Rose walked home along the sea wall, and Mara followed at a distance.",
    ]
    assert "Rose" in _RunCounts.read(texts, STOP).proper_words(texts, STOP, 3)
    assert "Rose" in [e.name for e in build_model(texts).people]
    # must not: a word that opens the sentence of a paragraph's speech, its full stop further on, is its first word
    texts = [
        "Mara walked down to the harbour in the rain. “Hello,” said Mara. She nodded at the boats. Mara laughed.",
        "“About the nets.” She waited. She did not look up.",
        "“About the boat. It leaks.” Louder now. The gulls went up off the wall.",
        "“About the money.” She turned at last and wiped her hands.",
        "Nobody asked about the nets. Mara walked home along the sea wall.",
    ]
    assert "About" not in _RunCounts.read(texts, STOP).proper_words(texts, STOP, 3)
