"""The book-level character model and the narrator naming it feeds, on small paragraphs.

Each heuristic has a case where it fires and one where it must not. The texts are written for these
tests; the rules they exercise are each shown by at least two books in tests/data/eval (see the
comments) and measured by benchmarks/eval_manuscripts.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from curation.cli import main
from curation.ingest.manuscripts.characters import Evidence, build_model, classify, common_place, self_namings
from curation.ingest.manuscripts.names import title_case
from curation.ingest.manuscripts.people import PersonIndex
from curation.ingest.manuscripts.quotes import standard_quotes
from curation.ingest.manuscripts.readers import read_manuscript
from curation.ingest.manuscripts.roster import Character, Roster
from curation.ingest.manuscripts.structure import parse_structure
from curation.ingest.manuscripts.tagging import Tagger

REPO = Path(__file__).resolve().parents[1]


def model(*paragraphs: str, roster: Roster | None = None):
    return build_model(list(paragraphs), roster)


def kind(m, name: str) -> str | None:
    return m.kind_of(name)


def _ramp_tagger() -> Tagger:
    """A tagger that knows four people of one small book (Ada Price, Tom Hale, Marjorie Lisle, Rudd Mallory): the
    cast the presence tests below read their scenes against."""
    m = model(
        "Ada Price came down the ramp. “Evening,” said Ada. Tom Hale laughed and Ada sat down.",
        "Marjorie Lisle wrote letters. Marjorie thought about the sea. “Ada,” said Tom. Tom walked home.",
        "Rudd Mallory smiled. Rudd wondered. “Rudd,” said Ada. Ada nodded.",
    )
    t = Tagger()
    t.model, t.people = m, m.index
    return t


# ---- people vs places, things, organisations and kinds --------------------------------------------
def test_a_name_written_after_place_prepositions_is_a_place_and_a_speaker_is_a_person():
    # "in Haldor Reach" / "on Kestrel Deep" (The Meridian Run), "on Barsoom" (A Princess of Mars)
    m = model(
        "The ships came into Haldor Reach at dawn. Nobody lived in Haldor Reach by choice.",
        "The convoy waited in Haldor Reach for a week. Sethren said nothing.",
        "“Wait,” said Sethren. Sethren watched the screens. Sethren nodded slowly.",
    )
    assert kind(m, "Haldor Reach") == "place"
    assert "Haldor Reach" not in m.characters_in("She flew into Haldor Reach. Sethren said it was cold.")
    assert kind(m, "Sethren") == "person"
    assert m.characters_in("Sethren said it was cold.") == ["Sethren"]


def test_a_landmark_written_the_x_is_never_a_person_but_a_described_person_who_speaks_is():
    # "the Lantern", "the Spindle" (The Meridian Run), "the Throat", "the Spire" (the sample)
    m = model(
        "The Lantern burned at the edge of everything. Pilots steered by the Lantern.",
        "The Lantern stood where it had always stood. She looked at the Lantern and then away.",
        "He flew toward the Lantern. The Lantern rang twice.",
    )
    assert kind(m, "Lantern") in ("place", "thing")
    assert m.characters_in("The Lantern stood there. The Lantern watched nobody.") == []
    # "the Time Traveller" talks and thinks: a person known by a description
    m = model(
        "“It is simple,” said the Time Traveller. The Time Traveller smiled.",
        "The Time Traveller thought for a moment. “No,” the Time Traveller said.",
        "“Listen,” said the Time Traveller. The Time Traveller laughed.",
        "The Time Traveller nodded.",
    )
    assert kind(m, "Time Traveller") == "person"


def test_a_the_x_a_sentence_says_is_a_named_person_is_that_person_not_a_landmark():
    # "The Guv was Frank Hartigan. He had ridden ..." (Kitty's Steps), "The Warden is Ansel Bree. He is a small,
    # soft-spoken man" (The Hennick Blow): the title or nickname stands for the person, never for a place
    book = [
        "The Guv was Frank Hartigan. He had ridden himself before the war.",
        "We waited for the Guv in the yard. The Guv knocked on the van door at four.",
        "“Nowhere,” said the Guv. The Guv smiled at the riders.",
        "“Frank,” he said. “Evening.” The Guv looked at him and said nothing. I went round to the Guv at nine.",
    ]
    m = model(*book)
    assert kind(m, "Guv") == "person"
    assert m.characters_in("The Guv looked at me.") == ["Frank Hartigan"]
    assert m.setting_in("We waited for the Guv in the yard, and then went to the Guv.") is None
    # a place named the same way stays a place: nothing calls it "he" or "she" and its name is no person's
    m = model(
        "The Harbour was Port Royal. Ships came into the Harbour every day.",
        "We sailed into the Harbour at dawn. At the Harbour the sea was grey. The Harbour said nothing.",
    )
    assert kind(m, "Harbour") != "person" and kind(m, "Port Royal") != "person"


def test_a_kind_of_being_is_not_a_person_but_a_family_name_in_the_plural_is_not_a_kind():
    # "an Ossuan" / "the Ossuans" (The Meridian Run), "a Martian" / "the Martians" (two corpus novels)
    m = model(
        "An Ossuan stood in the corridor. The Ossuans did not like light.",
        "She had met one Ossuan once. The Ossuan turned its head. The Ossuans slept.",
    )
    assert kind(m, "Ossuan") == "kind"
    assert m.characters_in("The Ossuan turned its head.") == []
    ev = Evidence(n=8, vocative=6)  # "Teller," the captain said -- while "the Tellers" is the family
    assert classify(ev, ("teller",), {"teller", "tellers"}) == "person"


def test_an_institution_ends_in_an_institution_word_unless_a_title_names_a_person():
    # "the Drainage Board" (held-out text), "the Tithe Authority" (The Meridian Run), "Calder Salt Company"
    m = model(
        "The Drainage Board wrote again. She did not answer the Drainage Board.",
        "The Drainage Board decided nothing. The letter from the Drainage Board lay there.",
    )
    assert kind(m, "Drainage Board") == "organisation"
    assert classify(Evidence(n=3, titled=2, person=1), ("harriet", "lane"), set()) == "person"


def test_a_firm_named_after_its_partners_is_an_organisation_not_a_person():
    # "Messrs. Carter, Paterson & Co." (Dracula), "Messrs Aske and Brough, Solicitors" (The Cullerby Wire)
    m = model(
        "The boxes went by rail to Messrs. Carter, Paterson & Co., who were to deliver them by cart.",
        "I wrote to Carter Paterson that night, and had their reply in the morning.",
        "A letter addressed to Messrs Aske and Brough, Solicitors, lay in the last pigeonhole.",
    )
    assert kind(m, "Paterson") == "organisation" and kind(m, "Aske") == "organisation"
    assert not any("Paterson" in p.name for p in m.people)
    # a man called by a title and speaking is a person, even if his surname is a firm's too
    m = model(
        "Messrs. Carter, Paterson & Co. sent a cart.",
        "“Good morning,” said Mr. Paterson. Mr. Paterson nodded. Paterson smiled at the clerk.",
    )
    assert kind(m, "Paterson") == "person"
    # a town named once after a firm stays a town ("Messrs. Billington & Son, Whitby" among "at Whitby", "in Whitby":
    # Dracula)
    m = model(
        "A letter came from Messrs. Harrow & Son, Harwick, about the boxes.",
        "We stayed in Harwick a week. Everyone in Harwick knew us. At Harwick the sea was grey.",
        "I went back to Harwick in the spring, and from Harwick to the coast.",
    )
    assert kind(m, "Harwick") == "place"


def test_a_titled_family_name_before_a_common_word_names_a_firm_not_the_person():
    # "Maxted Wheels", "Rowley Cycles" beside "Mr Maxted" (Kitty's Steps); "the Holloway Collection" beside
    # "Mr. Holloway" (Little Fuzzy): the family name comes first, so the longer name is no full name of theirs
    book = [
        "Cyril Maxted came to the yard at nine. Mr Maxted said he wanted a word.",
        "The sprint went to Hollis (Maxted Wheels) and Cathcart (Maxted Wheels).",
        "Team: Maxted Wheels. Mr Maxted smiled. Mr Maxted laughed at the wheels on the rack.",
        "“Evening, Cyril,” said Joan. Cyril Maxted nodded.",
    ]
    m = model(*book)
    assert kind(m, "Maxted Wheels") in ("organisation", "thing")
    assert m.characters_in("Mr Maxted looked at the Maxted Wheels riders.") == ["Cyril Maxted"]
    # a full name the book writes as a person's (it speaks) stays a person even when its last word is a word
    m = model(*book[:1], "“No,” said Maxted Wheels. Maxted Wheels frowned.", "Maxted Wheels said the wheels were fine.")
    assert kind(m, "Maxted Wheels") == "person"


def test_the_last_word_of_an_organisations_name_written_the_x_is_that_organisation():
    # "the Board" beside "the Drainage Board" (Tollhouse), "the Company" beside "the Chartered Zarathustra
    # Company" (Little Fuzzy): not a place, so never a setting
    book = [
        "The Drainage Board wrote again. She did not answer the Drainage Board.",
        "The letter from the Drainage Board lay there.",
        "The Board owned the bank. The Board could wait.",
        "She had been to the Board before. Nobody at the Board listened.",
    ]
    m = model(*book)
    assert kind(m, "Board") == "organisation"
    assert m.setting_in("She went down to the Board in town and sat in the Board's waiting room.") is None
    # a last word the book also uses for a person ("Board," she said to Mr Board) keeps its own kind
    m = model(*book[:2], "“Board,” she said. Board nodded. Board said nothing.", "Mr Board laughed.")
    assert kind(m, "Board") == "person"


def test_gender_from_titles_and_subject_pronouns_not_from_object_her():
    # Salt Ledger ("Mr Kessler"), Meridian ("Ferris watched her close the panel. He was ...")
    m = model(
        "Ferris watched her close the panel. He was a neat, grey man.",
        "Ferris sat down. He folded his hands. Ferris said nothing and he waited.",
        "Mr Kessler arrived late. Kessler said that she had called. Kessler nodded.",
        "“Ferris,” she said. “Kessler,” she said.",
    )
    assert m.person("Ferris").gender == "he"
    assert m.person("Kessler").gender == "he"


def test_a_his_in_the_sentence_a_woman_opens_does_not_make_her_a_man():
    # "Hester took the pot over and filled his cup" (The Long Drive North): the other man's "his", not hers
    book = [
        "Marta Vilk took the kettle over and filled his cup.",
        "Marta Vilk stopped. She looked at the sky.",
        "“Marta,” said the harbourmaster. “Marta Vilk, you are late.”",
        "Marta Vilk said nothing.",
    ]
    assert model(*book).index.gender.get("Marta Vilk") != "he"
    # must not: a man's own "his" and "he" keep him a man
    m = model(
        "Tomas Brek had mended his nets by noon, and his boat, and his sail.",
        "Tomas Brek stopped. He looked at the sky.",
        "Tomas Brek pulled his collar up.",
        "“Tomas,” said the harbourmaster. “Tomas Brek, you are late.”",
        "Tomas Brek said nothing. He had been late all week, and he knew it.",
    )
    assert m.index.gender.get("Tomas Brek") == "he"


def test_a_title_ending_a_sentence_gives_no_gender_to_the_name_after_it():
    # "I have nothing of yours, my lord. The Reeve has something" (The Cinder Tithe: three "he" votes for Tamsin
    # Orle, the Reeve), "He's dead, sir. Mrs Rudd says ..." (The Cullerby Wire: "he" votes for Edith Rudd)
    book = [
        "Ada Rudd opened the office at eight. She sorted the wires. Ada Rudd said nothing and she waited.",
        "Rudd looked up. She knew the step.",
        "“It's gone, sir. Ada Rudd says so.”",
        "“Nothing, my lord. Ada Rudd has it.”",
        "“Yes, sir. Ada Rudd will see you.”",
        "“Not tonight, my lord. Ada Rudd is out.”",
    ]
    assert model(*book).person("Ada Rudd").gender == "she"
    # must not: an abbreviation's full stop stays a title's ("Mr. Kessler arrived")
    m = model("Mr. Kessler arrived late. Kessler said that she had called. Kessler nodded.", "“Kessler,” she said.")
    assert m.person("Kessler").gender == "he"


@pytest.mark.parametrize(
    "man, alias, woman",
    [("Kit Fenn", "Mr Fenn", "Miss Fenn"), ("Jon Marsh", "Mr. Marsh", "Mrs. Marsh")],
    ids=["nephew-and-aunt", "husband-and-wife"],
)
def test_a_roster_alias_with_a_title_gives_its_gender_over_a_family_name_the_book_shares(man, alias, woman):
    # the roster's "Lionel Ashby: [Lionel, Mr Lionel, Mr Ashby]" beside his aunt, "Miss Ashby", whom the book names
    # far more often (A Week at Ottilie); "Mr. Harker" and "Mrs. Harker" (Dracula): the roster's own title says
    # he is a man, and the woman's mentions stay hers
    first = man.split()[0]
    book = [
        f"“Good morning, {woman},” said Polly. {woman} nodded. {woman} said nothing and she sat down.",
        f"{woman} laughed. {woman} said it was late. “Yes, {woman},” said Polly.",
        f"“Sit down, {alias},” said Polly. “Thank you, {first},” said {woman}. {first} sat down.",
    ]
    m = model(*book, roster=Roster([Character(man, [first, alias], "pov")]))
    assert m.index.gender.get(man) == "he"
    # Polly, who speaks, is a person of the book's own, and the woman spoken to is not the man; nor a wife of her own:
    # the book names the family name alone ("Marsh"), nobody in full, so no husband and wife are split
    # (`_miss_and_mrs`); exactly Polly
    assert m.characters_in(f"“Yes, {woman},” said Polly.") == ["Polly"]
    assert m.characters_in(f"“Sit down, {alias},” said Polly.") == [man, "Polly"]
    # must not: a roster without a title leaves the gender to the book, where the family name is mostly a woman's
    m = model(*book, roster=Roster([Character(man, [first, alias.split()[-1]], "pov")]))
    assert m.index.gender.get(man) != "he"


@pytest.mark.parametrize(
    "first, titled, full, pos",
    [
        ("Martha", "Mrs Hobb", "Martha Hobb", "her"),
        ("Edwin", "Dr Quill", "Edwin Quill", "his"),
        ("Kat", "Captain Orr", "Katrin Orr", "her"),
    ],
    ids=["housekeeper", "doctor", "short-first-name"],
)
def test_a_full_name_written_once_joins_a_first_name_and_a_titled_family_name(first, titled, full, pos):
    # "Winifred Pike" once beside "Winifred" and "Mrs Pike", "Clemency Ashby" beside "Clemency" and "Miss Ashby"
    # (A Week at Ottilie); "Ines Albescu" beside "Ines" and "Ms Albescu" (Halloran Street); "Teodora Anand" beside
    # "Teo" and "Captain Anand" (The Dorothea)
    book = [
        f"“You are late,” said {titled}. {titled} took {pos} keys from {pos} pocket. {titled} said nothing more.",
        f"{first} went down to the kitchen. {first} thought about the clock. {first} put {pos} lamp on {pos} table.",
        f"“Well, {first},” said Tom.",
        f"At six {full} locked the door, as always. Tom laughed. {titled} nodded.",
    ]
    m = model(*book)
    assert m.characters_in(f"{titled} and {first} sat down.") == [full]
    # must not: two full names with that family name (a cousin) leave the titled name to nobody's first name
    m = model(*book, f"Then {first}'s cousin Ada {titled.split()[-1]} came in. Ada laughed. Ada sat down.")
    assert len(m.characters_in(f"{titled} and {first} sat down.")) == 2
    # must not: a first name of the other gender is someone else ("Jane Smith" is not "Mr Smith", her father)
    other = "his" if pos == "her" else "her"
    m = model(*[b.replace(f"{first} put {pos} lamp on {pos}", f"{first} put {other} lamp on {other}") for b in book])
    assert len(m.characters_in(f"{titled} and {first} sat down.")) == 2


def test_another_persons_first_name_before_a_shared_surname_is_not_a_mention():
    # "Frank Reyes" (Salt Ledger) and "Aron Haldane" (Meridian) are not Ana Reyes / Tova Haldane
    idx = PersonIndex.from_names({"Ana Reyes": ["Ana", "Reyes", "Inspector Reyes"]})
    idx.lower_words = {"the", "had", "been", "her", "father", "said"}
    assert [m.person for m in idx.mentions("It had been her father, Frank Reyes, who drove it.")] == []
    assert [m.person for m in idx.mentions("Aron Reyes had been the master before her.")] == []
    assert [m.person for m in idx.mentions("Inspector Reyes said so. Reyes left.")] == ["Ana Reyes", "Ana Reyes"]


def test_a_title_of_the_other_gender_is_not_a_mention_of_the_person():
    # "Mrs Ashdown" beside Dan Ashdown (Tollhouse), "Mrs. Gerd van Riebeek" beside Gerd (Little Fuzzy)
    idx = PersonIndex.from_names({"Dan Ashdown": ["Dan", "Ashdown"]})
    idx.gender["Dan Ashdown"] = "he"
    assert [m.person for m in idx.mentions("“Mrs Ashdown,” he said.")] == []
    assert [m.person for m in idx.mentions("“Mr Ashdown,” he said. Ashdown sat.")] == ["Dan Ashdown"] * 2
    del idx.gender["Dan Ashdown"]  # gender unknown: the title cannot contradict it
    assert [m.person for m in idx.mentions("“Mrs Ashdown,” he said.")] == ["Dan Ashdown"]


def test_a_title_before_a_family_name_several_people_share_says_nothing_about_their_gender():
    # "Mrs Rourke" beside Jamie and Siobhan Rourke (Salt Ledger), "Mrs Ashdown" beside Dan and Wren
    # Ashdown (Tollhouse): the title is someone's, not the surname's usual owner's
    family = [
        "Jamie Rourke ran errands. Jamie Rourke was nineteen.",
        "Siobhan Rourke said nothing.",
        "Siobhan Rourke nodded. Siobhan sighed.",
        "Jamie laughed at the gate. Jamie ran.",
    ]
    m = model(*family, *["A Mrs Rourke had called. Mrs Rourke waited an hour. Mrs Rourke left."] * 2)
    assert m.person("Jamie").gender is None
    m = model(family[0], family[3], *["A Mr Rourke had called. Mr Rourke waited an hour. Mr Rourke left."] * 2)
    assert m.person("Jamie").gender == "he"  # one owner of the surname: the title counts


def test_a_possessive_in_a_persons_own_clause_counts_half_towards_their_gender():
    # "Dan Ashdown saw his mother" (Tollhouse), "Daniel took his coat" (Tollhouse), "Ferris folded his
    # hands" (Meridian), "Ruth put her cup down" (Little Fuzzy)
    known = ["Dan Ashdown said nothing.", "The car stopped and Dan Ashdown smiled.", "“Dan,” said the girl."]
    m = model(*known, "Dan Ashdown saw his mother at the window.", "Dan took his coat from the hook.")
    assert m.person("Dan").gender == "he"
    # half a vote: a subject pronoun in the person's clause outweighs a possessive (which may be another's)
    m = model(*known, "Dan Ashdown saw his mother at the window.", "Dan thought she was there.")
    assert m.person("Dan").gender == "she"


def test_a_clause_holding_both_genders_pronouns_gives_the_named_person_no_gender():
    # Thin Water: "Oona smiled, the first time he had seen her smile since the night of the hunters." made Oona "he"
    # (her only clause with a pronoun in it); a second text written for the test: a landlady seen by a lodger
    known = ["Marta said nothing.", "The door opened and Marta came in.", "“Marta,” said the boy."]
    m = model(*known, "Marta laughed, the only time he ever heard her laugh in that house.")
    assert m.person("Marta").gender is None
    # a clause of one person keeps its vote
    m = model(*known, "Marta laughed, and she went on laughing until the kettle boiled.")
    assert m.person("Marta").gender == "she"


def test_a_full_name_used_once_becomes_the_canonical_name_and_a_shared_surname_stays_unowned():
    m = model(
        *["Jonah said nothing. Jonah watched the screen. “Jonah,” she said."] * 3,
        *["Johanna said it was fine. Johanna nodded. “Johanna,” he said."] * 3,
        "Jonah Teller knew the ship. Johanna Teller knew it better.",
        "“Teller,” said the captain. “Teller,” said the captain again.",
    )
    assert m.person("Jonah").name == "Jonah Teller"
    assert m.person("Johanna").name == "Johanna Teller"
    assert m.index.resolve("Teller") is None or m.index.forms.get(("teller",)) is None


_MAIDEN = [
    "Nell Pryor said she would walk to the harbour. Nell Pryor watched the boats come in.",
    "“Miss Pryor,” said the clerk, “your letter.” Nell thanked him and she read it by the window.",
    "Tom Vance said he had the ring. Tom Vance laughed at his own nerves.",
    "Nell Pryor wondered whether she would ever see the town again.",
]
_MARRIED = [
    "We were married on the Tuesday, in the little church, and my husband wept.",
    "Nell Vance said she liked the new house. Nell Vance looked out at the rain.",
    "“Mrs. Vance,” said the doctor. Nell nodded; she had not yet learned to answer to it.",
    "Your loving friend, Nell Vance. Nell Vance sealed the letter and she posted it.",
]


def test_a_maiden_name_the_text_leaves_at_a_marriage_is_the_married_womans_name():
    """Dracula's Mina Murray signs her letters Mina Harker after her wedding: one person, under the later name."""
    m = model(*_MAIDEN, *_MARRIED)
    assert m.person("Nell Pryor").name == m.person("Nell Vance").name == "Nell Vance"
    assert m.person("Tom Vance").name == "Tom Vance"
    assert m.person("Nell Vance").gender == "she"


def test_two_women_with_one_first_name_side_by_side_stay_two_people():
    """No order (both names throughout the book) and no marriage: two women who share a first name."""
    m = model(*_MAIDEN[2:], *[p.replace("Vance", "Ashe") for p in _MARRIED[1:]], *_MAIDEN, *_MARRIED[1:])
    assert m.person("Nell Pryor").name != m.person("Nell Ashe").name
    unmarried = model(*_MAIDEN, *_MARRIED[1:])  # no marriage word anywhere: nothing links the two names
    assert unmarried.person("Nell Pryor").name != unmarried.person("Nell Vance").name


def test_a_maiden_name_linked_only_by_miss_and_mrs_is_the_married_womans_name_too():
    """The second text for the married-name rule (Dracula's Mina Murray is the first; no other labelled or corpus
    book has one): a chronicle that never gives her a pronoun, only "Miss Webb" before the wedding and "Mrs.
    Moreland" after, her husband's surname also his."""
    m = model(
        "Clara Webb kept the shop on Fore Street. Clara Webb said the rent was too high.",
        "“Miss Webb,” said the agent, “the lease.” Clara Webb signed it.",
        "Henry Moreland came in for tobacco. Henry Moreland said the weather would turn.",
        "Clara Webb laughed at him.",
        "The wedding was in June, at the chapel, and Henry Moreland wore his father's coat.",
        "Clara Moreland kept the shop on Fore Street still. Clara Moreland said the rent was higher.",
        "“Mrs. Moreland,” said the agent. Clara Moreland signed again.",
    )
    assert m.person("Clara Webb").name == m.person("Clara Moreland").name == "Clara Moreland"
    assert m.person("Henry Moreland").name == "Henry Moreland"
    # must not: without the wedding nothing links two women who share a first name
    m = model(
        "Clara Webb kept the shop on Fore Street. Clara Webb said the rent was too high.",
        "“Miss Webb,” said the agent, “the lease.” Clara Webb signed it.",
        "Henry Moreland came in for tobacco. Henry Moreland said the weather would turn.",
        "Clara Moreland kept the inn by the quay. Clara Moreland said the rent was higher.",
        "“Mrs. Moreland,” said the agent. Clara Moreland signed again.",
    )
    assert m.person("Clara Webb").name != m.person("Clara Moreland").name


def test_a_former_name_a_pronoun_links_at_a_marriage_is_the_titled_womans_name():
    # Kitty's Steps: "Mrs Hartigan came with us. She drove the van. I know that sounds strange now, but ... she had
    # been Joan Lacey before she married the Guv" (the sentence names nobody before the link: its subject pronoun is
    # the paragraph's last woman named); the maiden-name link by apposition is Tollhouse's ("Margaret Ashdown, who
    # had been Margaret Pryce")
    book = [
        "Mrs Hartigan came with us, and she drove the van. I know it sounds strange, but she had been Joan Lacey "
        "before she married the Guv.",
        "Mrs Hartigan said Bertha had more sense than most. Mrs Hartigan laughed at the riders.",
        "“Evening, Joan,” said Mr Maxted. Joan Lacey said nothing. Joan Lacey smiled. “Goodnight, Joan.”",
        "Mr Maxted nodded to Mrs Hartigan. Mrs Hartigan said nothing. Joan Lacey said she had held the record.",
    ]
    m = model(*book)
    assert m.person("Mrs Hartigan").name == m.person("Joan Lacey").name == "Joan Lacey"
    # must not: without the marriage the former-name link by a pronoun joins nothing the book already knows apart
    m = model(book[0].replace(" before she married the Guv", ""), *book[1:])
    assert m.person("Mrs Hartigan").name != m.person("Joan Lacey").name


def test_a_surname_that_is_a_place_word_in_a_second_book():
    """The second text for "Orla Quay" (The Widow Kell): a man called Hill beside a place called Castle Hill, as
    Isaura Vell has "Sydney Church" beside its churches; the place keeps its preposition evidence."""
    m = model(
        "Dennis Hill parked the van at the top of Castle Hill. Dennis Hill said the brakes were going.",
        "Amy said nothing. Amy watched the road. “Amy,” said Dennis.",
        "They walked down Castle Hill in the rain. The pub on Castle Hill was shut.",
        "Amy Church was nine and knew every house on Castle Hill. Amy Church said so.",
    )
    assert m.kind_of("Dennis Hill") == "person" and m.kind_of("Amy Church") == "person"
    assert m.kind_of("Castle Hill") == "place"
    assert m.characters_in("Dennis Hill drove up Castle Hill.") == ["Dennis Hill"]


def test_a_diary_heading_in_capitals_is_its_writers_surname_not_a_person():
    """ "DR. SEWARD’S DIARY--continued" (Dracula): the possessive in capitals ends the name, the dash is no
    hyphen, and the heading's capitals are the narration's "Kemp", not a person of their own."""
    heading = "DR. KEMP’S DIARY--continued."
    m = model(
        *["Arthur Kemp said the ward was quiet. Arthur Kemp watched the door."] * 2,
        *[heading, "Dr. Kemp said nothing. Kemp wrote the date and he looked at the patient."] * 4,
    )
    names = {p.name for p in m.people}
    assert names == {"Arthur Kemp"}, names
    assert m.index.resolve("Kemp") == "Arthur Kemp"


def test_a_name_that_takes_a_plural_verb_is_a_kind_of_being_not_a_place():
    """ "The Hollis are moving" (The Mercy Winter), "The Orrin were singing" (The Widow Kell), "The Szgany are
    quartered" (Dracula): a people or a species, even when mostly written "the X" and once walked "on"."""
    m = model(
        "Nobody in Mercy knew much about the Vell. The Vell were walking south across the ice.",
        "Mara watched the Vell from the window. The Vell are moving again, she wrote.",
        "The Vell have no names for each other. She walked on the Vell trail until dark.",
        "“Vell?” said Mara. “Where?”",
        "Mara said the Vell would come back. Mara was sure of it.",
    )
    assert m.kind_of("Vell") == "kind"
    assert "Vell" not in {p.name for p in m.people} and "Vell" not in {e.name for e in m.places}
    # a person two people name together, or wishes were there, takes "were" too: still a person
    people = model(*["Tomas and Ines were late. Tomas said nothing. “Ines,” said Tomas."] * 3, "If Tomas were here.")
    assert people.kind_of("Tomas") == "person"


def test_a_letter_and_the_narrators_contractions_are_never_glossary_terms():
    """ "Gerald hums in B flat" and "I've got eighty covers" (Eighty Covers): no "B" place, no "I've" kind."""
    m = model(
        *["Gerald hums in B flat when he is happy. The fridge was in B flat again."] * 3,
        *["“I've got eighty covers,” I say. I've told nobody. I've been in London all week."] * 3,
    )
    terms = {e.name for e in m.others}
    assert not terms & {"B", "I've"}, terms
    assert "London" in terms


def test_a_person_whose_surname_is_a_place_word_is_a_person():
    """ "Orla Quay", "Magistrate Quay" (The Widow Kell): a name ending in a place word ("Fenn Quay") is a place
    unless it acts as a person or opens with a person's first name; "in Quay Street" keeps its street."""
    m = model(
        *["Orla said the tide was wrong. Orla watched the harbour. “Orla,” said the clerk."] * 2,
        "Orla Quay was fifty-three years old and walked with a stick.",
        "Magistrate Quay said nothing for a while. Magistrate Quay was smaller than Tobin had imagined.",
        *["Tobin walked down to Fenn Quay in the rain. The boats at Fenn Quay were late."] * 2,
    )
    assert m.kind_of("Orla Quay") == "person" and m.kind_of("Magistrate Quay") != "place"
    assert m.person("Orla").name == "Orla Quay"
    assert m.kind_of("Fenn Quay") == "place"


def test_a_name_a_transcript_writes_in_capitals_keeps_the_narrations_spelling():
    """ "TOMAS EKWUEME: Ines. Abel. Please." (The Mercy Winter), "JONATHAN HARKER’S JOURNAL" (Dracula)."""
    m = model(
        "Tomas Ekwueme lay in his bunk and listened. Tomas said, “Weather.”",
        *["TOMAS EKWUEME: Ines. Please. Put the map up.", "TOMAS EKWUEME: All right. Here is what we do."] * 3,
        *["Tomas said it again. Tomas nodded. “Tomas,” said Ines."] * 3,
    )
    assert m.person("Tomas").name == "Tomas Ekwueme"


def test_a_full_name_keeps_the_books_spelling_of_a_hyphenated_or_inner_capital_surname():
    m = model(
        *["Suki said nothing. Suki watched the door. “Suki,” he said."] * 3,
        *["Ewan said it was fine. Ewan nodded. “Ewan,” she said."] * 3,
        "The front of house is run by Suki Adeyemi-Holt. Ewan McAllister runs the bar.",
    )
    assert m.person("Suki").name == "Suki Adeyemi-Holt"
    assert m.person("Ewan").name == "Ewan McAllister"
    assert [title_case(w) for w in ("ADEYEMI-HOLT", "o’brien", "MCDONALD")] == ["Adeyemi-Holt", "O’Brien", "Mcdonald"]


# ---- narrators ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,want",
    [
        ("Nobody reads this. Just me. Wren Ashdown, thirteen, of Flat 4.", [("Wren Ashdown", "apposition")]),
        ("The name's Moss, for whoever finds this.", [("Moss", "self-introduction")]),
        ("They call me Lenny, because Jonah does.", [("Lenny", "nickname")]),
        ("Gran has called me Sparrow since I was born.", [("Sparrow", "nickname")]),
        ("My name is John Carter, gentleman of Virginia.", [("John Carter", "self-introduction")]),
        # a group's habit, any tense of "call" (Slack Water, Kitty's Steps); not one person's single act, nor a denial
        ("By the Friday the whole yard was calling me Gull.", [("Gull", "nickname")]),
        ("From the first day the riders called me Wren.", [("Wren", "nickname")]),
        ("She held my hand and called me Dora.", []),
        ("The riders never once called me Wren.", []),
        # a count is no name: "Eleven, twelve, she does not know" (The Brewer's Winter)
        ("She gets them into the baths. Eleven, twelve, she does not know, women and children.", []),
        ("Nobody reads this. Just me. Twelve, thirteen, who counts.", []),
        # an age is a whole number, not the first digits of a measure heading an entry
        ("Hollow Hut, 2,450 m, 4 June. Slept badly; the stove again.", []),
        ("Saddle Tarn, 3.5 km past the ford. We stopped there.", []),
        ("Hollow Hut, 2,450 m. Just me. Orla Benn, nineteen, and the stove.", [("Orla Benn", "apposition")]),
    ],
)
def test_self_naming_in_several_syntaxes(text, want):
    assert self_namings(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "I looked at the card the inspector had given me, Reyes, the one whose father drove.",
        "Tom told me. Brodie was waiting.",
        "“My name is Ana,” she said.",  # someone else's self-introduction, in speech
    ],
)
def test_no_self_naming_where_the_narrator_names_someone_else(text):
    assert self_namings(text) == []


def test_a_lower_case_word_opening_a_description_is_no_narrators_name():
    # "Steady, fifty, the best cook on the river" describes the man before it; the book writes "steady" in lower case
    paras = [
        "Ivo Brand runs the galley. Steady, fifty, the best cook on the river, with a daughter in Linz.",
        "The boat held steady in the current. Ivo Brand said nothing and stirred the pot.",
        "I watched him. Ivo Brand looked up and laughed.",
    ]
    m = build_model(paras)
    assert m.person("Steady") is None
    assert m.person("Ivo Brand") is not None


def test_a_given_and_family_name_after_a_rank_named_once_is_a_person():
    # "Major Ansel Tolliver got out of the Ford" (The Flying Delgados), "Captain Farrukh Jamil blew on the tea" (The
    # South Col Letters): once, in full, after a post, with a verb no list of acts holds
    paras = [
        "The launch came in at noon. Captain Idris Penhale stepped onto the quay in a wet coat.",
        "Mara watched the launch. Mara said nothing. Mara waved to Tomas. Tomas waved back.",
        "“You're late,” Mara said. Tomas laughed at the launch, and Mara smiled.",
    ]
    m = build_model(paras)
    assert m.person("Idris Penhale") is not None
    # a title before a place's name does not make the place a person
    assert m.person("Saint Oda") is None


def test_the_hour_before_a_name_is_no_count_of_it():
    # "At ten past one Pemba Nuru called" (The South Col Letters), "At half past four Wes came out" (The Whitcombe
    # Verdict): the number tells the time; "two Ilse Brandts" would be a count
    paras = [
        "The ferry was late. At twenty past two Ilse Brandt rang from the quay, and Mara took the call.",
        "Mara waited. Ilse Brandt came up the steps at last and shook the rain off her hat.",
        "“You're late,” Mara said. Ilse Brandt laughed and sat down, and Mara smiled at her.",
    ]
    m = build_model(paras)
    assert m.person("Ilse Brandt") is not None


def test_a_nickname_joins_the_person_the_same_passage_names_and_names_the_narrator_later():
    book = [
        "Lene Moss was on the Harriet Lane. Lene Moss had painted the hull.",
        "Recording. The name's Moss, for whoever finds this. They call me Lenny, because Jonah does.",
        "Jonah came in. “Lenny,” he said. I did not answer him. Jonah said he was sorry.",
    ]
    m = model(*book)
    assert m.index.resolve("Lenny") == "Lene Moss"
    tagger = Tagger()
    tagger.learn_book(book)
    later = "“Lenny,” Jonah said. I looked at him. “Lenny, listen.” I said nothing. I was tired. I slept."
    assert tagger.pov(later).pov == "Lene Moss"
    # nothing names this narrator: POV unknown with a low confidence, never a guess
    res = tagger.pov("I walked to the window. I was tired and I did not want to think about it. I slept.")
    assert res.pov is None and res.confidence <= 0.3 and res.evidence["from"] == "unnamed narrator"


# ---- characters present --------------------------------------------------------------------------------
_KITCHEN = [
    "Ruth Abara said the fish was late. Ruth Abara watched the clock.",
    "“Ruth,” said the porter. Ruth nodded and she went back to the pass.",
    "“Take Oduya. Take the van,” I say. “You and Oduya go to the market for bass.” Nobody moves.",
    "“Oduya! Ice. All of it. Every bag in the freezer.” Ruth laughed at me.",
    "“It's him, Tam,” says Ruth. I look at the door and Tam is not there. Tam is never there.",
    "“Hollin,” the engine said. The Hollin were moving south across the ice. The Hollin are back.",
    "“Amen.” I did not answer. “Cheers, then.” We drank.",
]


def test_a_chunk_lists_its_pov_character_and_the_people_its_speech_addresses():
    """A first-person narrator is in their own scene though the text never names them ("I" in The Cullerby
    Wire, Eighty Covers); someone spoken to by name is there to hear it ("“Kwame! Ice.”", "“It's him, Gus.”":
    Eighty Covers; "“Do we know an Ingram, Connie?”": The Cullerby Wire). Never a species or a thing spoken to,
    a one-word cry, or a name in a list."""
    tagger = Tagger()
    tagger.learn_book(_KITCHEN)
    chunk = "“Oduya! Ice, now.” I turn round. “It's him, Tam.” Ruth does not look up."
    present = tagger.characters_present(chunk, "Gus")
    assert present[0] == "Gus" and {"Ruth Abara", "Oduya", "Tam"} <= set(present), present
    assert tagger.characters_present("“Hollin,” the engine said. “Amen.” Ruth slept.", None) == ["Ruth Abara"]
    assert "Oduya" not in tagger.characters_present("“Dillinger, Oduya, Crippen: the mice,” Ruth said.", None)
    # the POV is listed once, under the name the book's people go by
    assert tagger.characters_present("Ruth wept.", "Ruth") == ["Ruth Abara"]


# ---- settings ----------------------------------------------------------------------------------------
def test_common_place_needs_a_room_named_twice_and_never_the_dark():
    assert common_place("They ate in the galley. Later she went back into the galley.") == "the galley"
    assert common_place("He sat in the dark. In the dark nothing moved.") is None
    assert common_place("She went into the galley once.") is None


def test_setting_is_never_a_chapter_title_or_a_person():
    tagger = Tagger()
    tagger.learn_book(["“Hello,” said Wren. Wren nodded.", "Wren laughed. Wren said goodbye."] * 2)
    assert tagger.setting("Wren sat and thought about nothing at all.", chapter="A Prisoner").setting is None
    assert tagger.setting("“No,” said Wren.", chapter="Wren").setting is None


# ---- roster ------------------------------------------------------------------------------------------
def test_a_pov_only_roster_keeps_the_other_people_the_book_shows():
    book = ["“Go,” said Hollis. Hollis nodded. Dan said nothing.", "Dan watched Hollis. Hollis said sorry."] * 2
    roster = Roster([Character("Dan Ashdown", ["Dan"], "pov")])
    m = model(*book, roster=roster)
    assert m.characters_in("Dan watched Hollis. Hollis said sorry.") == ["Dan Ashdown", "Hollis"] or set(
        m.characters_in("Dan watched Hollis. Hollis said sorry.")
    ) == {"Dan Ashdown", "Hollis"}


def test_roster_suggest_writes_a_draft_the_build_reads_and_never_overwrites(tmp_path, capsys):
    book = REPO / "tests" / "data" / "eval" / "the-meridian-run.md"
    out = tmp_path / "roster.yaml"
    assert main(["roster", "suggest", str(book), "--out", str(out)]) == 0
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    names = {c["name"] for c in draft["characters"]}
    assert {"Jonah Teller", "Johanna Teller", "Tova Haldane"} <= names
    assert {c["name"] for c in draft["characters"] if c.get("role") == "pov"} >= {"Jonah Teller", "Tova Haldane"}
    terms = {g["term"]: g["kind"] for g in draft["glossary"]}
    assert "Kestrel Deep" in terms and not names & {"Kestrel Deep", "Meridian", "the Meridian", "Lantern"}
    from curation.ingest.manuscripts.roster import load_roster

    assert load_roster(out).pov_characters  # the build reads it back
    before = out.read_text(encoding="utf-8")
    assert main(["roster", "suggest", str(book), "--out", str(out)]) != 0  # exists: refused
    assert out.read_text(encoding="utf-8") == before
    copy = tmp_path / "book.md"
    copy.write_text(book.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["roster", "suggest", str(copy), "--out", str(copy), "--force"]) != 0  # an input: refused
    assert "input" in capsys.readouterr().err


def test_roster_suggest_marks_a_narrator_named_by_a_surname_heading_as_the_full_names_pov():
    """Dracula's "Dr. Seward's Diary" names its narrator "Seward"; the model's person is "John Seward"
    (and the fuller "Abraham Van Helsing" belongs to "Van Helsing"); a surname two people share is neither's."""
    from collections import Counter

    from curation.ingest.manuscripts.roster_draft import _pov_rows

    def row(name, mentions, *aliases):
        return {"name": name, "aliases": Counter(dict.fromkeys(aliases, 1)), "mentions": mentions}

    people = {
        r["name"]: r
        for r in (
            row("John Seward", 76, "John", "Dr. John Seward"),
            row("Jack Seward", 16, "Jack"),
            row("Van Helsing", 320, "Dr. Van Helsing"),
            row("Mina Harker", 221, "Mina"),
            row("Jonathan Harker", 194, "Jonathan"),
        )
    }
    got = _pov_rows(Counter({"Seward": 79, "Abraham Van Helsing": 9, "Mrs. Harker": 2, "Mina Harker": 35}), people)
    assert got == Counter({"John Seward": 79, "Van Helsing": 9, "Mina Harker": 35, "Mrs. Harker": 2})
    assert "Seward" in people["John Seward"]["aliases"]


def test_roster_suggest_on_dracula_lists_seward_among_the_pov_characters(shared_dir):
    from curation.ingest.manuscripts.roster_draft import suggest

    book = shared_dir / "corpus" / "dracula.md"
    if not book.exists():
        pytest.skip("no dracula.md in ../shared/corpus")
    draft = suggest([book])
    povs = {c["name"] for c in draft["characters"] if c.get("role") == "pov"}
    assert {"John Seward", "Jonathan Harker", "Mina Harker", "Lucy Westenra", "Van Helsing"} <= povs
    # one Mina (her letters are signed Mina Harker after the wedding), and no diary heading among the people
    names = {c["name"] for c in draft["characters"]}
    mina = next(c for c in draft["characters"] if c["name"] == "Mina Harker")
    assert "Mina Murray" not in names and "Mina Murray" in mina["aliases"]
    assert not any("DIARY" in n.upper() for n in names), names
    assert {"term": "the Szgany", "kind": "kind"}.items() <= next(
        g for g in draft["glossary"] if g["term"] == "the Szgany"
    ).items()
    # one Seward ("Jack" is how the others address the diary's writer), one Arthur ("Lord Godalming (that was
    # Arthur of Miss Lucy)"), no personification ("Dame Nature", "King Laugh") and no epitaph ("George Canon")
    seward = next(c for c in draft["characters"] if c["name"] == "John Seward")
    arthur = next(c for c in draft["characters"] if c["name"] == "Arthur Holmwood")
    assert "Jack Seward" in seward["aliases"] and "Lord Godalming" in arthur["aliases"]
    assert not names & {"Jack Seward", "Godalming", "Nature", "Laugh", "George Canon", "John Paxton"}, names
    terms = {g["term"] for g in draft["glossary"]}
    assert not terms & {"Tell", "Time", "Things"}, terms
    assert all("evidence" in g for g in draft["glossary"])


# ---- the evaluation's own scorer -------------------------------------------------------------------
def test_eval_scorer_rejects_a_surname_two_pov_characters_share(benchmark_script):
    ev = benchmark_script("eval_manuscripts")
    povs = ("Jonah Teller", "Johanna Teller")
    assert ev.same_person("Jonah Teller", "Jonah", {}, povs)
    assert not ev.same_person("Jonah Teller", "Teller", {}, povs)
    assert ev.same_person("Wren Ashdown", "Sparrow", {"Wren Ashdown": ["Sparrow"]}, ())
    # a nickname with the surname names the person; a relative sharing only the surname does not
    assert ev.same_person("Wren Ashdown", "Sparrow Ashdown", {"Wren Ashdown": ["Sparrow"]}, ())
    assert not ev.same_person("Wren Ashdown", "Osric Ashdown", {"Wren Ashdown": ["Sparrow"]}, ())
    assert ev.same_person(None, None, {}) and not ev.same_person(None, "Jonah", {})


def test_eval_scorer_takes_a_full_name_another_label_contains(benchmark_script):
    """A son named like his father ("Edric Harrow" / "Edric Harrow the elder"): the son's full name is his."""
    ev = benchmark_script("eval_manuscripts")
    povs = ("Edric Harrow", "Edric Harrow the elder")
    assert ev.same_person("Edric Harrow", "Edric Harrow", {}, povs)
    assert not ev.same_person("Edric Harrow", "Harrow", {}, povs)
    assert not ev.same_person("Edric Harrow the elder", "Edric Harrow", {}, povs)
    # a surname the labels list as one person's alias names them, though a relative shares it
    aliases = {"Abel Mercer": ["Mercer", "DS Mercer"]}
    assert ev.same_person("Abel Mercer", "Mercer", aliases, ("Abel Mercer", "Rosa Mercer"))
    assert not ev.same_person("Rosa Mercer", "Mercer", aliases, ("Abel Mercer", "Rosa Mercer"))


def test_eval_type_cv_refits_the_layers_on_the_chunks_it_is_given(benchmark_script):
    ev = benchmark_script("eval_manuscripts")
    t = Tagger()
    texts = {
        "dialogue": "“Come in,” she said. “Sit.” “Thanks,” he said. “Tea?” “Please.” " * 6,
        "action": "He ran. He jumped the wall and fell and rolled and grabbed the rail and hauled. " * 6,
        "introspective": "She thought of her mother and wondered, and remembered, and felt the old grief. " * 6,
    }
    items = [("book", t.profile(x), label) for label, x in texts.items()]
    layers = ev.fit_type_layers(items)
    assert ev._right(items, layers=layers) == 3  # three chunks, each plainly its kind, fitted on themselves
    assert layers[1].standing == layers[0].standing == ((0.0,) * 4,) * 4  # three chunks: no book to stand in
    assert all(t.scene_type(p, ev.SCENE_TYPE_WEIGHTS) == t.scene_type(p) for _, p, _ in items)


def test_a_one_word_name_nearly_always_written_the_x_is_a_thing_even_when_it_talks():
    # a crawler that speaks ("the Halvard said", The Mercy Winter); a ship hailed by name ("the Rosalind",
    # The Widow Kell); a serac band ("the Gatekeeper", Saint Adela)
    m = model(
        "“Ice ahead,” the Corvane said. Dara climbed down from the Corvane.",
        "The Corvane turned north. “Holding,” said the Corvane. The Corvane waited.",
        "They slept in the Corvane that night. The Corvane thought the ice was thin.",
        "“Slow,” the Corvane said. “Left,” said the Corvane. The Corvane listened.",
    )
    assert kind(m, "Corvane") in ("place", "thing")
    assert "Corvane" not in m.characters_in("“Ice,” said the Corvane. Dara nodded.")
    # must not: a person who is only sometimes "the" (the Corvane of the family) stays a person
    m = model(
        "“Ice ahead,” Corvane said. Dara climbed down beside Corvane.",
        "Corvane turned north. “Holding,” said Corvane. The Corvane of old would have laughed.",
        "Corvane thought the ice was thin. Corvane slept.",
    )
    assert kind(m, "Corvane") == "person"


def test_a_name_things_are_in_is_a_place_even_when_it_talks():
    # a settlement's voice ("Mercy said", "nobody in Mercy", The Mercy Winter); a town ("everyone in
    # Cullerby", The Cullerby Wire)
    m = model(
        "“Good morning,” Tessaly said. Everything in Tessaly was warm.",
        "Nobody in Tessaly slept. “The front is coming,” Tessaly said.",
        "In Tessaly there were always people. Dara asked Tessaly for the map. Tessaly said no.",
    )
    assert kind(m, "Tessaly") == "place"
    assert "Tessaly" not in m.characters_in("“Wait,” Tessaly said. Dara waited.")
    # must not: "in Tessaly's shop" is in the shop; a person named after "in" once is still a person
    m = model(
        "“Good morning,” Tessaly said. Everything in Tessaly's shop was warm.",
        "Nobody in Tessaly's family slept. “The front is coming,” Tessaly said.",
        "She saw something in Tessaly that night. Tessaly nodded. Tessaly said no.",
    )
    assert kind(m, "Tessaly") == "person"


# ---- made things: ships, vehicles, instruments ------------------------------------------------------
def test_a_name_set_in_italics_on_its_own_is_a_ship_not_a_person():
    # ships printed in italics: "the *Josephine Achterberg*" (The Quorum at Calloway), "the _Czarina Catherine_",
    # "the _Demeter_" (Dracula); a person's name in italics now and then is emphasis
    m = model(
        "The *Marigold Vance* was an ore barge, which meant that she was mostly hold and engines.",
        "Ruth Vance had named the *Marigold Vance* for her aunt. “Marigold,” said Ruth. Ruth laughed.",
        "The *Marigold Vance* rolled. Ruth watched the *Marigold Vance*’s lights go out one by one.",
        "Nobody aboard the *Marigold Vance* slept. Ruth thought about the barge all night.",
    )
    assert kind(m, "Marigold Vance") in ("place", "thing")
    assert m.characters_in("The *Marigold Vance* rolled over and Ruth Vance held on.") == ["Ruth Vance"]
    # the barge's name holds the surname: no mention of Ruth Vance in it
    assert m.characters_in("The Marigold Vance rolled over.") == []
    # must not: a person whose name is italicised once, for emphasis, among plain uses
    m = model(
        "“It was *Tomas*,” said Ruth. Tomas looked up. Tomas said nothing.",
        "Tomas thought about the barge. “Tomas,” said Ruth. Tomas nodded.",
    )
    assert kind(m, "Tomas") == "person"


def test_a_name_given_to_an_it_and_its_parts_make_an_instrument_not_a_person():
    # a piano "which he calls Agnes" (Halloran Street), a radio "I called it Gordon" (Saint Adela); a part of a
    # made thing: "Dolores's engine" (Saint Adela), "the Harriet Lane's airlock" (The Meridian Run)
    m = model(
        "He has one harpsichord left, which he calls Minna, and which is older than the house.",
        "Minna is a little flat this week. He sits at Minna with his hand on Minna’s lid and listens.",
        "Minna gave one more note. He calls it Minna because his wife did. Minna knows.",
        "“Minna says so,” said Oskar. Oskar laughed. Oskar thought about Minna all the time.",
    )
    assert kind(m, "Minna") == "thing"
    assert m.characters_in("Oskar sat at Minna and played.") == ["Oskar"]
    assert "Minna" not in [e.name for e in m.places]  # an instrument, not a room, however often sat at
    # must not: a woman called Minna who speaks and thinks, and is "her" and "she"
    m = model(
        "His sister, whom he calls Minna, is older than the house.",
        "“Minna says so,” said Oskar. Minna said nothing. Minna thought about the house.",
        "Minna looked at him. Minna laughed. Minna wondered whether he knew.",
    )
    assert kind(m, "Minna") == "person"


def test_an_animal_or_a_vehicle_named_with_a_title_is_not_a_person():
    # "the mule is named Mrs. Pruitt", "his horse is called Gideon" (Cutter Grade); "a boat called the Dorothy"
    # (Eighty Covers), "The delivery van is called Big ..." (The Cullerby Wire): a name given to an animal or a
    # made thing, title and all, is that thing's, however often the title is written with it
    m = model(
        "In the yard stood a grey donkey, and it turns out the donkey is named Mrs. Hobb.",
        "Mrs. Hobb stopped at the gate. Mrs. Hobb would not move. Tom pulled at Mrs. Hobb and swore.",
        "Mrs. Hobb laid her ears back. Mrs. Hobb kicked. Tom laughed. His wagon is called Bessie.",
        "Bessie creaked. Tom thought about Bessie all the way home. Bessie was old.",
    )
    assert kind(m, "Hobb") == "thing"
    assert kind(m, "Bessie") == "thing"
    assert m.characters_in("Mrs. Hobb stopped at the gate and Tom swore.") == ["Tom"]
    # must not: a person named with a person's noun ("a man named Brandt"), title and all, stays a person
    m = model(
        "In the yard stood a grey-haired woman, and it turns out the woman is named Mrs. Hobb.",
        "Mrs. Hobb stopped at the gate. Mrs. Hobb would not move. Tom pulled at Mrs. Hobb's sleeve and swore.",
        "Mrs. Hobb laid her hand on his. Mrs. Hobb laughed. Tom laughed.",
    )
    assert kind(m, "Hobb") == "person"


def test_a_talking_animal_or_machine_the_text_says_is_one_is_no_person_however_much_it_speaks():
    # "Horace is a grey parrot" ... "said Horace" (A Week at Ottilie); "The system was called Hollis" ... "said
    # Hollis", "“Hollis, is there atmosphere aboard?”" (The Dorothea); "The Halvard is a very good machine" and
    # "the Halvard said" (The Mercy Winter): a parrot or a ship's computer talks and is talked to like a person
    cat = model(
        "There were three of us in the flat, if you count Pipkin. Pipkin is an old ginger cat.",
        "“Breakfast,” said Pipkin, who had learned the word from my mother. “Breakfast,” said Pipkin again.",
        "“Not yet, Pipkin,” said Agnes Moore. Agnes laughed and wondered where the tin opener was.",
        "Pipkin said nothing. “Pipkin, get down,” said Agnes. Pipkin jumped onto the sill.",
        "I hid the letter in Pipkin's basket, where nobody ever looked.",
    )
    assert kind(cat, "Pipkin") == "thing"
    assert "Pipkin" not in [e.name for e in cat.places]  # in the basket, not in the cat (no scene's setting)
    assert cat.characters_in("Pipkin said breakfast and Agnes laughed.") == ["Agnes Moore"]
    assert ("pipkin",) not in cat.addressed.forms  # talked to is no name of a person only addressed
    station = model(
        "The station's computer system was called Tobiah, and it had the manners of a tax form.",
        "“Tobiah, how much air is left?” asked Ruth Vane. “Nineteen hours,” said Tobiah.",
        "Ruth thought about the nineteen hours. “Tobiah, seal the lock.” “Sealed,” said Tobiah.",
        "Tobiah reported that the lock was sealed. Ruth believed it. The log was in Tobiah's memory.",
    )
    assert kind(station, "Tobiah") == "thing"
    assert "Tobiah" not in [e.name for e in station.places]
    t = Tagger()
    t.model, t.people = station, station.index
    assert t.characters_present("“Tobiah, seal the lock,” said Ruth.", None) == ["Ruth Vane"]
    # must not: a talking animal the narration gives a mind of its own (thinks, wonders) is a character
    m = model(
        "Pipkin is an old ginger cat. Pipkin wondered where the tin opener was.",
        "“Breakfast,” said Pipkin. Pipkin thought about the fish. Pipkin knew Agnes would give in.",
        "“Not yet, Pipkin,” said Agnes Moore. Agnes laughed.",
    )
    assert kind(m, "Pipkin") == "person"
    # must not: a person described with a person's noun ("Maud is an old woman") stays a person
    m = model(
        "Maud is an old woman with a cat. “Breakfast,” said Maud. “Not yet, Maud,” said Agnes Moore.",
        "Maud said nothing. Maud sat by the sill. Agnes laughed.",
    )
    assert kind(m, "Maud") == "person"
    # must not: a man with a family name's title said to be a machine is a figure of speech
    m = model(
        "Jenkins is a machine, and the whole office says so. “Files,” said Mr Jenkins.",
        "“Yes, Mr Jenkins,” said Agnes Moore. Mr Jenkins said nothing. Agnes laughed.",
    )
    assert kind(m, "Jenkins") == "person"


def test_a_name_that_barks_or_is_rung_more_than_it_speaks_or_thinks_is_no_person():
    # a dog that opens a book ("Tiger began to bark", Below Sea Level) and a bell with a woman's name ("to ring
    # Gabrielle", The Bell at Saint Ermelinde) watch, "speak" and are named in reply, but never say anything
    dog = model(
        "Bruno knew before anyone. Bruno watched the road from the step, and then Bruno began to bark.",
        "Nell Carver came out with the bucket. “Quiet,” said Nell. Bruno was barking at the gate.",
        "Nell thought about the van on the road. Bruno began to whine, and Nell laughed at him.",
        "Later Bruno slept under the bench, and Nell sat by the fire with Bruno's head on her knee.",
    )
    assert kind(dog, "Bruno") == "thing"
    assert dog.characters_in("Bruno barked and Nell laughed.") == ["Nell Carver"]
    bell = model(
        "In the tower hung a great bell, and her name was Clothilde. Clothilde rang the hours over the valley.",
        "“When Clothilde rings, nobody can hear a word,” said Sister Ines. Sister Ines thought about the rope.",
        "At six Ines was to ring Clothilde. She pulled, and Clothilde spoke, and Ines laughed aloud.",
        "“A fine bell,” said the officer. “Clothilde,” said Sister Ines.",
    )
    assert kind(bell, "Clothilde") == "thing"
    t = Tagger()
    t.model, t.people = bell, bell.index
    # a scene's POV read as the bell (a wrong guess) never puts the bell among the people present
    assert t.characters_present("Ines pulled the rope and Clothilde spoke.", "Clothilde") == ["Ines"]
    # a first-person scene's "I" is there, telling it, even when the model reads its name as an animal's
    assert t.characters_present("I rang over the valley and Ines pulled the rope.", "Clothilde", first=True) == [
        "Clothilde",
        "Ines",
    ]
    # must not: an animal that speaks ("said Captain") is a character however much it barks
    talking = model(
        "Rufus began to bark. “Get off my meadow,” said Rufus. “Go home,” said Rufus to the hare.",
        "Rufus was barking again. Rufus asked the hare where the vole had gone. “Nowhere,” said Tansy Reed.",
        "Rufus thought about the farmer. Tansy laughed.",
    )
    assert kind(talking, "Rufus") == "person"
    # must not: a person rung on the telephone ("I'll ring Tom back") is no bell
    phone = model(
        "Tom Hale rang at six. “I'll ring Tom back,” said Ada Price. Ada rang Tom up at seven.",
        "“Ada,” said Tom. Tom thought about the house. Ada laughed.",
    )
    assert kind(phone, "Tom") == "person"


def test_a_language_spoken_in_is_no_place():
    # "said in French", "shouting in German" (The Bell at Saint Ermelinde), "shouts it in British" (The Brewer's
    # Winter): "in" before a language after a verb of speech is no preposition of place
    m = model(
        "“Wait,” said Ilse Brandt in Danish. Ilse laughed. “Stay,” I said in Danish, and then in Danish again.",
        "A man was shouting in Danish in the yard. The Danish farmers came at noon.",
        "We walked into Kolding at dusk. Ilse slept in Kolding that night, and we ate in Kolding.",
    )
    assert kind(m, "Danish") != "place"
    assert kind(m, "Kolding") == "place"
    # must not: a place named after "it is said in" ("It is said in Oda that ...", The Hennick Blow) stays a place
    m = model(
        "It is said in Varn that the river once ran the other way. It is said in Varn that nobody drowns.",
        "Ilse Brandt lived in Varn. Ilse laughed.",
    )
    assert kind(m, "Varn") == "place"


def test_a_language_heard_or_listed_with_another_is_no_place():
    # "and then something in Polish" (The Flying Delgados), "a voice in Urdu said them again", "In English, in Urdu,
    # in Hindi" (The House at Lyallpur): a thing said in a name, or a name listed after "in" with a language, a tongue
    m = model(
        "Mara Veld came up the ladder. A voice in Kessic shouted, and then a voice in Tarn said it again.",
        "Mara heard something short in Kessic. The sign on the gate said it in Tarn, in Kessic and in Oru.",
        "Mara slept in Hollow Cross that night. In Hollow Cross nobody asked her name.",
    )
    assert kind(m, "Kessic") != "place"
    assert kind(m, "Tarn") != "place"
    assert kind(m, "Oru") != "place"
    assert kind(m, "Hollow Cross") == "place"
    # must not: places listed after "in", none of them a language, stay places; nor a voice someone heard somewhere
    m = model(
        "Mara Veld had lived in Tarn, in Kessic and in Oru. Mara stayed in Kessic a year, then in Oru.",
        "She remembered the voice Mara heard in Tarn. Mara laughed. Mara worked in Tarn.",
    )
    assert kind(m, "Kessic") == "place"
    assert kind(m, "Tarn") == "place"


def test_a_company_named_for_a_person_is_not_a_mention_of_them():
    # "the Kessler Line" beside Aurel Kessler (The Salt Ledger); "Castle Dracula" beside the Count (Dracula)
    m = model(
        "Piet Harrow said nothing. Piet Harrow watched the quay.",
        "The Harrow Line had bought the quay. Everyone worked for the Harrow Line in the end.",
        "Harrow thought about the ledger. Harrow said it was late.",
    )
    assert m.characters_in("The Harrow Line had sold the quay.") == []
    assert m.characters_in("Harrow said the Harrow Line was finished.") == ["Piet Harrow"]


# ---- one person under two names; names that are no one --------------------------------------------------
def test_a_name_set_right_after_another_as_what_it_was_makes_two_people_one():
    # "Lord Godalming (that was Arthur of Miss Lucy)" (Dracula), "who had been Margaret Pryce" (The Tollhouse Summer)
    book = [
        "“Come,” said Arthur Rowe. Arthur laughed. Arthur thought of the house.",
        "“No,” said Lord Hembury. Lord Hembury nodded. Lord Hembury looked at the sea.",
        "I wrote to Lord Hembury (that was Arthur of the old days) and he came at once.",
        "Arthur wondered. Lord Hembury said nothing.",
    ]
    m = model(*book)
    assert m.characters_in("Lord Hembury said nothing.") == m.characters_in("Arthur said nothing.") == ["Arthur Rowe"]
    # must not: "that was" after a name that is not set right against it ("Lord Hembury said that was Arthur's")
    m = model(*book[:2], "Lord Hembury said it, and that was Arthur’s view too.", book[3])
    assert m.characters_in("Lord Hembury said nothing.") != m.characters_in("Arthur said nothing.")


def test_a_first_name_cut_short_with_the_same_surname_is_the_same_person():
    # "Ben Rainsford" / "Bennett Rainsford", "Gus Brannhard" / "Gustavus Adolphus Brannhard" (Little Fuzzy);
    # "Hal" addressed to Hallie Achterberg (The Quorum at Calloway)
    m = model(
        "“Look,” said Gus Orlov. Gus Orlov sat down. Gus nodded.",
        "Gustav Orlov, the summons said. Gus laughed at it. “Hal, come here,” said Gus.",
        "Gustav Orlov said nothing at the hearing. Gustav Orlov nodded to the judge.",
        "Halina Brandt looked up. Halina Brandt said nothing. “Yes, Hal?” Halina said. “Go on, Hal.”",
    )
    assert m.characters_in("Gustav Orlov came in.") == ["Gus Orlov"]
    assert m.characters_in("“Hal, wait.” Halina waited.") == ["Halina Brandt"]
    assert m.addressed_in("“Now, Hal, look at this,” said Gus.") == []
    # must not: no shared surname ("Kael Varro" and "Kaela" in the sample manuscript are two people)
    m = model(
        "“Look,” said Kael Varro. Kael Varro sat down. Kael nodded.",
        "Kaela laughed. “Kael,” said Kaela. Kaela looked at him. Kaela said nothing.",
    )
    assert set(m.characters_in("Kael looked at Kaela.")) == {"Kael Varro", "Kaela"}


def test_a_common_word_given_a_title_that_never_acts_is_a_personification_not_a_person():
    # "Dame Nature", "King Laugh" (Dracula), "Mother Necessity" (The Time Machine), "the Chief Prosecutor"
    # (Little Fuzzy); a family name that is also a word stays a person when it takes "Mr" ("Mr Brown")
    m = model(
        "King Thunder came to the valley every spring. The thunder rolled; the frost came.",
        "When King Thunder comes, we dance. Nobody hears the frost. Thunder is a good king.",
        "“Sit,” said Tom Reed. Tom Reed nodded. Tom laughed.",
        "Mr Frost came by at six. He had a brown coat. Mr Frost was late again. We waited for Mr Frost.",
    )
    assert kind(m, "Thunder") == "thing" and "Thunder" not in m.characters_in("King Thunder came.")
    assert m.characters_in("Mr Frost came in.") == ["Frost"]


def test_a_contraction_or_a_word_capitalised_only_at_a_sentence_start_is_no_glossary_term():
    # "We’re" (Little Fuzzy), "You’ll" (The War of the Worlds); "Tell me", "Time" (Dracula), "Write to me" (The
    # Salt Ledger): ordinary words, capitalised where a sentence starts
    m = model(
        "“We’re late,” said Ruth. We’re always late. Tell me why. Tell them nothing. Ruth laughed.",
        "“Tell him,” said Ruth. You’ll see. We’re here. You’ll know. Time will tell; time always tells.",
        "They sailed to Kestrel Deep. Everyone in Kestrel Deep was asleep. Ruth slept at Kestrel Deep too.",
    )
    terms = {e.name for e in m.others}
    assert not terms & {"We’re", "You’ll", "Tell", "Time"}, terms
    assert "Kestrel Deep" in terms


def test_miss_and_mrs_with_one_family_name_are_two_women():
    # "Miss Lucy" / "Miss Westenra" and her mother "Mrs. Westenra" (Dracula); "Miss Elphinstone" and her
    # sister-in-law "Mrs. Elphinstone" (The War of the Worlds)
    book = [
        "“Come in,” said Nora Vane. Nora laughed. Miss Nora thought of the sea. Nora Vane sat down.",
        "Miss Vane was at the window. Mrs. Vane was asleep upstairs. Nora looked at the door.",
        "Mrs. Vane woke at noon and asked for Miss Nora. Mrs. Vane said the house was cold.",
    ]
    m = model(*book)
    assert m.characters_in("Mrs. Vane came down.") == ["Mrs. Vane"]
    assert m.characters_in("Miss Vane came down.") == ["Nora Vane"]
    assert m.person("Mrs. Vane") is not None and m.person("Mrs. Vane").gender == "she"
    # must not: a woman only ever "Mrs. Vane" (no Miss of that name) is the one person the name belongs to
    m = model(book[0].replace("Miss Nora", "she"), "Mrs. Vane was at the window. Nora Vane looked up.", book[2])
    assert "Mrs. Vane" not in m.characters_in("Mrs. Vane came down.")


def test_a_name_spoken_to_that_the_book_writes_only_inside_a_longer_name_is_that_names_short_form():
    # "“Swift, go ahead,”" answering the phone for "Swift Cars" (Halloran Street): nobody present; "“Pappy, ...”"
    # for "Pappy Jack", Jack Holloway (Little Fuzzy): that person, not a second one
    m = model(
        "Harlow Cabs runs nine cars on a good night. Ines knows every driver.",
        "The phone rang. She picked it up and said, “Harlow, go ahead,” and it was Moth.",
        "At two the phone rang again. “Harlow, go ahead,” said Ines. Ines listened.",
    )
    assert m.addressed_in("She picked it up and said, “Harlow, go ahead, who is this?”") == []
    # must not: a name spoken to and used nowhere else is someone there to hear it ("“Go on, Marisol.”": Eighty Covers)
    m = model(
        "“Go on, Marisol, plate it,” said Dev. Dev watched the pass.",
        "“Faster, Marisol, faster,” said Dev. Dev wiped the board.",
    )
    assert m.addressed_in("“Go on, Marisol, plate it,” said Dev.") == ["Marisol"]


def test_a_pub_or_ship_named_like_a_titled_person_is_the_x_and_a_place():
    # "The Lord Raglan is three streets from Halloran Street", "at the Lord Raglan" (Halloran Street, a pub)
    m = model(
        "The Lord Nelson is two streets from the quay. Ruth goes to the Lord Nelson on Fridays.",
        "At ten she was back at the Lord Nelson. The Lord Nelson was full. Ruth said nothing.",
        "Ruth walked home from the Lord Nelson in the rain.",
    )
    assert kind(m, "Lord Nelson") == "place" and m.characters_in("Ruth sat in the Lord Nelson.") == ["Ruth"]
    assert m.display(next(e.name for e in m.places if "Nelson" in e.name)) == "the Lord Nelson"
    # must not: a lord who speaks stays a person
    m = model("“Sit,” said Lord Nelson. Lord Nelson nodded. Ruth looked at Lord Nelson.", "Lord Nelson laughed.")
    assert kind(m, "Nelson") == "person"


def test_a_ship_people_are_in_a_part_of_is_where_they_are():
    # "In the engine room of the *Josephine Achterberg*", "on the scorched spine of the *Josephine Achterberg*"
    # (The Quorum at Calloway); "the Demeter"'s hold (Dracula): a vessel's rooms put the scene aboard it
    m = model(
        "The *Marigold* rolled. Ruth watched the *Marigold*’s lights. The *Marigold* held.",
        "In the engine room of the *Marigold* the reactor sang. Ruth thought about the *Marigold*.",
    )
    assert "Marigold" in [e.name for e in m.places]
    assert m.setting_in("In the engine room of the *Marigold* Ruth waited.") is not None
    # must not: a person, however often someone is in the arms of them, is never a place
    m = model(
        "“Stay,” said Ruth. Ruth laughed. In the arms of Ruth he slept.",
        "Ruth thought about it. In the arms of Ruth the child was quiet.",
    )
    assert kind(m, "Ruth") == "person" and m.places == []


# ---- works of art, call signs and posts: names that are no one present ---------------------------------
def test_a_painting_named_for_its_sitter_is_a_thing_not_a_person():
    # "take Isaura off the easel", "Isaura lies in the crate", "Isaura is back on her wall" (Isaura Vell, a portrait
    # that names the book); the same handling of a statue below, which no labelled book has yet: a work of art is
    # where it stands and what is done to it, even with a face, a "she" and a title of its own
    m = model(
        "Margarethe has stood in the north hall since 1820. Margarethe's face is chipped at the chin.",
        "At six Jonas lifted Margarethe onto her plinth and said nothing. Jonas watched the door.",
        "“We crated Margarethe in the winter,” said Jonas. Margarethe went into the packing case with straw.",
        "By morning Margarethe was back on her plinth and Jonas slept.",
    )
    assert kind(m, "Margarethe") == "thing"
    assert m.characters_in("Jonas looked at Margarethe in the north hall.") == ["Jonas"]
    # what is done to a work in the passive, and a work's own parts ("Belinda's varnish")
    m = model(
        "Belinda was painted in 1788. Belinda was restored in 1950, badly. Belinda's varnish has yellowed.",
        "Ruth said nothing. Ruth looked at Belinda for a long time. “Ruth,” said Ben. Ben laughed.",
    )
    assert kind(m, "Belinda") == "thing" and m.characters_in("Ruth looked at Belinda.") == ["Ruth"]
    # must not: a person whose portrait is painted and who sits on a wall speaks and thinks: a person
    m = model(
        "The portrait of Ada Kerr hung in the hall. Ada Kerr said she hated it.",
        "Ada sat on the wall and watched the road. Ada thought about Jonas. “No,” said Ada.",
        "Ada laughed. Ada's hands were cold.",
    )
    assert kind(m, "Ada") == "person" and m.characters_in("Ada laughed.") == ["Ada Kerr"]


def test_a_work_of_art_named_by_a_title_is_no_one_present():
    # a portrait known by its sitter's title ("the Countess" in The Magpie Job, read like "Margarethe" above): the
    # narration lets it look and smile, but it is lifted off tables, taken out of crates and hangs on its wall
    paras = [
        "The Admiral watched the window. Piet lifted the Admiral off the trestle and said nothing.",
        "“A painting of the Admiral, that is all we want,” said Mara. Piet laughed.",
        "They took the Admiral out of the tea chest at dawn. The Admiral smiled at the ceiling. Mara looked at him.",
        "By noon the Admiral hung on his wall again, and Piet slept.",
    ]
    tagger = Tagger()
    tagger.learn_book(paras)
    assert "Admiral" not in tagger.characters_present(paras[2], "Piet")
    # must not: a titled man people take by the arm and out of a room is there
    paras = [
        "The Admiral watched the window. Piet took the Admiral by the arm and said nothing.",
        "“Come with me,” said the Admiral. Piet laughed. The Admiral frowned.",
        "They took the Admiral out of the ballroom at dawn. The Admiral smiled at Mara. Mara looked at him.",
    ]
    tagger = Tagger()
    tagger.learn_book(paras)
    assert "Admiral" in tagger.characters_present(paras[2], "Piet")


def test_a_name_only_spoken_to_over_the_radio_is_a_call_sign():
    # "“Central, all units, white commercial van ...”" (Isaura Vell), "“Base, Base, this is Nell, over.”" (Saint
    # Adela), "“Swift, go ahead.”" (Halloran Street): a station or a switchboard, not someone present
    m = model(
        "The radio crackled. “Harbour Control, this is Tessa, over.” Tessa waited.",
        "“Tessa, Harbour Control. Go ahead.” Tessa said the tide was turning. Tessa looked at the sea.",
        "“Control, do you read? Over.” Nothing came back.",
        "Tessa said, “Control, this is Tessa. Over.” Tessa watched the light.",
    )
    assert m.addressed_in("“Control, do you read? Over.” Nothing came back.") == []
    assert kind(m, "Control") == "call sign"
    # must not: a person called on the radio who acts in the narration is a person ("“Nell, this is Rafe. Over.”"
    # and "Nell said" in Saint Adela), and someone spoken to in plain speech is there to hear it
    assert m.kind_of("Tessa") == "person"
    plain = model(
        "“Come here, Rook,” said Tessa. Tessa watched the sea.", "“Not now, Rook,” said Tessa. Tessa laughed."
    )
    assert plain.addressed_in("“Come here, Rook,” said Tessa.") == ["Rook"]


def test_a_post_given_to_one_person_is_that_person_and_to_several_is_no_one():
    # "Provost Amberley", "Ilse Varga, Adjudicator to the Quorum", "the Adjudicator advised them" (The Quorum at
    # Calloway); "Magistrate Quay said" / "the magistrate" (The Widow Kell); "Tal Hajus, Jeddak of Thark" beside
    # "Tars Tarkas, Jeddak of Thark" (A Princess of Mars): a post, not a person called so
    m = model(
        "Marek Ostrova had been the Colony's Warden for ten years. Marek Ostrova said little.",
        "The Warden sat apart. “Warden,” said Pike, “the ships.” The Warden nodded.",
        "Pike thought about it. Pike said the ships were late. Ostrova frowned.",
        "Signed, Marek Ostrova, Warden of the Colony.",
    )
    assert m.index.resolve("Warden") == "Marek Ostrova"
    assert "Warden" not in {p.name for p in m.people}
    assert m.characters_in("The Warden nodded to Pike.") == ["Marek Ostrova", "Pike"]
    shared = model(
        "Tal Hajus, Jeddak of Thark, said nothing. Tal Hajus watched.",
        "Than Kosis, Jeddak of Zodanga, said nothing. Than Kosis watched.",
        "The Jeddak rose. “Jeddak,” said Sola. Sola laughed. Sola thought about it.",
    )
    assert shared.index.resolve("Jeddak") is None and shared.kind_of("Jeddak") == "title"
    assert shared.characters_in("The Jeddak rose and Sola watched.") == ["Sola"]
    # must not: a post nobody is named holding is left to its evidence ("the Psychologist said" in The Time Machine)
    alone = model(
        *["“Nonsense,” said the Psychologist. The Psychologist laughed. The Psychologist thought about it."] * 2
    )
    assert alone.kind_of("Psychologist") == "person"


def test_a_family_name_before_a_relative_of_the_other_gender_is_not_that_person():
    # "the Albescu brother" beside "Ms Albescu" (Halloran Street): the title rule's "Mrs Ashdown is not Dan
    # Ashdown" (The Tollhouse Summer, Little Fuzzy) for a relative noun after the name
    m = model(
        *["“Ms Albescu,” said Royle, “sign here.” She signed. Ms Albescu watched him go; she was tired."] * 2,
        "Downstairs the Albescu brother coughed all night.",
    )
    assert m.characters_in("Downstairs the Albescu brother coughed.") == []
    assert m.characters_in("Ms Albescu slept.") != []


def test_roster_suggest_keeps_works_of_art_call_signs_and_posts_out_of_the_characters(tmp_path):
    """The draft roster makes the model's decisions: a statue, a radio call sign and a post are glossary terms or
    an alias, never a character row of their own."""
    scene = (
        "Jonas lifted Margarethe onto her plinth and said nothing. Jonas watched the door. Margarethe's face was "
        "chipped.\n\nBy morning Margarethe was back on her plinth. “Control, this is Jonas, over.” Jonas waited.\n\n"
        "“Jonas, Control. Go ahead.” Jonas said the hall was quiet. Marek Ostrova had been the Colony's Warden for "
        "ten years.\n\n“Warden,” said Jonas. The Warden nodded. Marek Ostrova said nothing. Ostrova frowned.\n\n"
        "They crated Margarethe in the winter. “Control, do you read? Over.” Jonas laughed."
    )
    book = tmp_path / "statue.md"
    book.write_text("# The Statue\n\n## One\n\n" + "\n\n* * *\n\n".join([scene] * 3) + "\n", encoding="utf-8")
    out = tmp_path / "roster.yaml"
    assert main(["roster", "suggest", str(book), "--out", str(out)]) == 0
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    rows = {c["name"]: c for c in draft["characters"]}
    assert not set(rows) & {"Margarethe", "Control", "Warden"}, rows
    assert "Warden" in rows["Marek Ostrova"].get("aliases", [])
    terms = {g["term"]: g for g in draft["glossary"]}
    assert terms["Margarethe"]["kind"] == "thing" and terms["Margarethe"]["evidence"]["shown"] >= 2
    assert terms["Control"]["kind"] == "call sign" and terms["Control"]["evidence"]["radio"] >= 2


def test_a_titled_animal_said_to_be_someones_cat_is_no_person():
    # The Hennick Blow: "Mister Fowle is the Cordwell's cat", then "said Mister Fowle" again and again; the same
    # evidence as "Horace is a grey parrot" (A Week at Ottilie), said with "the <owner>'s" and a title before it
    cat = model(
        "Mister Tobin is the mill's cat. He is a big black tom and he is of the speaking kind.",
        "“Rain,” said Mister Tobin from the sill. “Rain by noon,” said Mister Tobin again.",
        "“Hush, Mister Tobin,” said Agnes Moore. Agnes laughed and wondered about the rain.",
        "Mister Tobin said nothing. Agnes went out.",
    )
    assert kind(cat, "Tobin") == "thing"
    assert cat.characters_in("Mister Tobin said rain and Agnes laughed.") == ["Agnes Moore"]
    # must not: a person whose post is the house's ("Ned Tobin is the mill's carter") stays a person
    m = model(
        "Mister Tobin is the mill's carter. He is a big man.",
        "“Rain,” said Mister Tobin from the cart. “Rain by noon,” said Mister Tobin again.",
        "“Hush, Mister Tobin,” said Agnes Moore. Agnes laughed.",
    )
    assert kind(m, "Tobin") == "person"


def test_a_name_after_an_article_and_an_adjective_with_no_verb_is_a_kind_not_a_person():
    # The Long Carry: "His car is a green Volvo.", "look for a green Volvo at Seathwaite" (a make of car, never
    # acting); Little Fuzzy: "a dead Fuzzy", "a baby Little Fuzzy" (a species)
    m = model(
        "Tom Abel walks every day. His car is a green Rover. He keeps it at the farm.",
        "“Look for a green Rover at the farm,” she says. Tom Abel says nothing.",
        "They find the Rover by the barn. Ruth Vane thinks about the Rover and about Tom.",
        "The Rover is cold. Ruth wonders where he is.",
    )
    assert kind(m, "Rover") != "person"
    assert "Rover" not in m.characters_in("The Rover is cold and Tom Abel is gone.")
    # must not: a person after a time phrase ("after a moment Orla said") is no kind
    m = model(
        "After a moment Orla said nothing. For a while Orla thought about the farm.",
        "“Orla,” said Tom Abel. Orla laughed. Orla went out. After a minute Orla came back.",
    )
    assert kind(m, "Orla") == "person"


def test_a_god_called_on_in_wishes_and_oaths_is_no_person():
    # The Hennick Blow: "Mother Ide is the hearth ... and she keeps what Hennick would take", "Ide keep her", "Ide
    # forgive me"; the same wishes call on God in Dracula and The War of the Worlds ("God help us", "God rest her")
    m = model(
        "Mother Brede is the hearth and the lamp, and she keeps the boats. Brede kept my father.",
        "“Clever girl,” he said. “Brede keep her.”",
        "I was wrong, Brede forgive me, I was wrong about him. Tom Abel laughed and wondered why.",
        "The lamps were lit before the shrines of Brede. Tom said nothing.",
    )
    assert kind(m, "Brede") == "thing"
    assert "Brede" not in m.characters_in("Brede keep us all, said Tom Abel.")
    # must not: a person asked to help or to forgive ("Let Brede help us", "to make Brede forgive me") stays one
    m = model(
        "Brede Vane is the keeper of the lamp. Brede said nothing and thought about the boats.",
        "“Let Brede help us,” said Tom Abel. “Brede, help us,” he said.",
        "I tried to make Brede forgive me. Brede laughed.",
    )
    assert kind(m, "Brede") == "person"


def test_master_and_mistress_are_forms_of_address_not_part_of_the_name():
    # "Master Rudd", "Mistress Hallam" (The Hennick Blow), "Station Master Tova Haldane" (The Meridian Run),
    # "Master Severin Crane" (The Quorum at Calloway): the person is Rudd, not a "Master Rudd" nobody else is
    m = model(
        "Pellam Rudd said nothing for a long time. Pellam Rudd watched the door.",
        "“It is late, Master Rudd,” said Odile Hallam. Master Rudd nodded.",
        "“Thank you, Mistress Hallam,” said Rudd. Odile Hallam smiled.",
    )
    assert m.characters_in("Master Rudd looked up.") == ["Pellam Rudd"]
    assert m.characters_in("“Good night, Mistress Hallam.”") == ["Odile Hallam"]


def test_a_rarely_named_person_is_a_person_by_a_relative_who_or_an_act():
    # "Saul Treadgold, who had been standing at the bar" (A Week at Ottilie), "Oskar Lindgren, who sold boots"
    # (Cutter Grade), "Marcus Ireland, who has drunk nothing" (The Long Carry), "said Ansel Bree" (The Hennick Blow):
    # named once or twice, too rarely for the run counts, yet plainly people
    m = model(
        "The twelfth juror was Oskar Lindgren, who sold boots. Nobody looked at him.",
        "“Sit down,” said Ansel Bree. The room was cold.",
        "At noon Tomas came in from the yard. The mule was lame, Tomas said, and he went out again.",
        "The man from Zodanga, who had come with the caravan, slept. We rode on to Zodanga.",
    )
    assert m.characters_in("Oskar Lindgren did not look up.") == ["Oskar Lindgren"]
    assert m.characters_in("Ansel Bree heard us out.") == ["Ansel Bree"]
    assert m.characters_in("Tomas shrugged.") == ["Tomas"]
    assert m.characters_in("They rode to Zodanga.") == []  # "who" after "from Zodanga" is the man's


def test_a_single_name_with_only_a_who_an_ampersand_or_a_place_is_no_rarely_named_person():
    # a dog called by a person's name ("his collie, Mabel, who sits": The Long Carry), a firm's partner ("Mitchell,
    # Sons, & Candy, the house agents, could tell me": Dracula; "Klopstock & Billreuth", "Grosset & Dunlap")
    m = model(
        "He stood with his collie, Mabel, who sat on his boots. Mabel barked at the gate.",
        "Perhaps Mitchell, Sons, & Candy, the house agents, could tell me. I wrote to Candy at once.",
        "The address of Mitchell, Sons, & Candy was in the directory.",
    )
    assert m.characters_in("Mabel barked. Candy had the keys.") == []


def test_a_post_before_a_known_name_is_that_person():
    # "Provost Amberley" beside "Amberley" (The Quorum at Calloway): no second person called "Provost Amberley"
    m = model(
        "Amberley said nothing. Amberley watched the gallery. “No,” said Amberley.",
        "“Order,” said Provost Amberley, and the room was quiet.",
    )
    assert m.characters_in("Provost Amberley looked up. Amberley sighed.") == ["Amberley"]


def test_a_rank_used_alone_names_its_one_holder_or_itself():
    # "the Major" (The Long Carry: a man known only so), "the Sergeant" for "Sergeant Albert Quennell" (A Week at
    # Ottilie), "the Professor" for "Professor Van Helsing" and "the Count" (Dracula): the person index strips
    # titles, so a rank alone was nobody
    m = model(
        "The Major is walking. Nobody argues with the Major. “Evening,” says the Major.",
        "Sergeant Albert Quennell came in from the rain. Albert Quennell said nothing. Quennell nodded.",
        "The Sergeant wrote it down. Later the Sergeant went out to the Captain Foley for a pint.",
        "The Captain Foley was full. We drank at the Captain Foley until ten.",
    )
    tagger = Tagger()
    tagger.model, tagger.people = m, m.index
    assert tagger.characters_present("The Major sat down. The Sergeant watched him.", None) == [
        "Major",
        "Albert Quennell",
    ]
    # must not: a pub named for a captain, a rank two people hold, a rank only talked about ("“The Major wants you”")
    assert tagger.characters_present("We went to the Captain Foley.", None) == []
    assert m.ranks_in("Ada came in. “The Major wants you,” she said.") == []
    assert m.ranks_in("The Major came in. “The Major wants tea.”") == ["Major"]
    m = model(
        "Inspector Hale and Inspector Dunne came in. The Inspector sat. The Inspector spoke.",
        "“Late,” said Hale. “Early,” said Dunne. Then Hale laughed, and Dunne frowned, and Hale went out.",
        "Dunne watched the door. Dunne sighed.",
    )
    assert {m.index.resolve("Hale"), m.index.resolve("Dunne")} == {"Hale", "Dunne"}
    assert m.ranks_in("The Inspector sat down.") == []


def test_a_family_name_before_a_common_noun_names_what_is_theirs_not_them():
    # "the Zharov wood" (The Name Day at Annushka), "the Rowley team", "the Rowley shop" (Kitty's Steps): the wood, the
    # team or the shop is in the scene, the man is not
    paras = [
        "Captain Brannagh came up the lane at noon. “Good day,” said Captain Brannagh. Brannagh looked at the hay.",
        "Ilse watched him. Brannagh laughed. Ilse said nothing and went in.",
    ]
    tagger = Tagger()
    tagger.learn_book(paras)
    assert tagger.characters_present(
        "The Brannagh orchard was quiet. Ilse walked into the Brannagh orchard.", "Ilse"
    ) == ["Ilse"]
    # must not: the people a family name and a noun of people name, or the man himself there, are present
    assert "Brannagh" in tagger.characters_present("Ilse met the Brannagh brothers on the bridge.", "Ilse")
    assert "Brannagh" in tagger.characters_present("Brannagh sat in the Brannagh orchard. Ilse ate.", "Ilse")


def test_a_rank_whose_own_likeness_hangs_or_is_printed_is_no_one_present():
    # "the President's portrait in a gilt frame", "the President's photograph was on the front of it" (The Yard at
    # Jacmel): the narration lets the title look down from the wall, but what is there is its picture
    paras = [
        "Ada hung the President's portrait in the hall. The President looked down at the table.",
        "The paper had the President's photograph on the front. Ada folded it. The President smiled at nobody.",
        "Ada swept the floor. Ada sang.",
    ]
    tagger = Tagger()
    tagger.learn_book(paras)
    assert tagger.characters_present("The President watched her. Ada ate her bread.", "Ada") == ["Ada"]
    # must not: a title whose holder acts in the scene, however often his desk or his hat is named, is someone there
    paras = [
        "The President's desk was bare. The President looked at Ada. “Sit,” said the President.",
        "The President's hat lay on the chair. Ada sat. The President smiled at her.",
        "Ada swept the floor. Ada sang.",
    ]
    tagger = Tagger()
    tagger.learn_book(paras)
    assert "President" in tagger.characters_present("The President watched her. Ada ate her bread.", "Ada")


def test_a_name_a_thing_says_is_not_its_speaker():
    # "— It says Persia" (a sign, The Courtyard on Hang Bac), "It said Marit" (The Reindeer Road): the name is what is
    # written there, no one speaking
    m = model("Ada looked at the sign. “It says Persia,” said Ada. It says Persia.", "Ada laughed. Ada ate.")
    assert m.forms[("persia",)].said == 0 and m.forms[("persia",)].person == 0
    # must not: a speaker after the verb is still one
    m = model("“Go home,” says Persia. Ada laughed.", "“No,” says Persia.")
    assert m.forms[("persia",)].said == 2


def test_a_rank_the_narration_only_puts_in_the_past_or_uses_as_a_topic_is_no_one_present():
    # a rank alone is read as a name is (`absent_from`): "The Colonel had been in at half past three" (The Cullerby
    # Wire), "the Colonel's money" (The Long Drive North), "the Chancellor's voice" remembered (The Well at Maud)
    m = model(
        "The Commodore is walking. Nobody argues with the Commodore. “Evening,” says the Commodore.",
        "The Commodore looked at the sea. The Commodore said nothing. Ada watched him.",
    )
    assert m.ranks_in("The Commodore had gone up to the fort at noon, and Ada ate alone.") == []
    assert m.ranks_in("Ada thought about the Commodore and ate alone.") == []
    assert m.ranks_in("Ada counted the Commodore's silver and ate alone.") == []
    # must not: a rank that acts there, or in a passage told in the past perfect (a flashback), is there
    assert m.ranks_in("The Commodore sat down. Ada ate alone.") == ["Commodore"]
    assert m.ranks_in("The Commodore had gone up. The Commodore sat down. Ada ate alone.") == ["Commodore"]


def test_a_kinship_word_the_narration_uses_as_a_name_is_a_person_unless_the_chunk_lists_them():
    # "Gran said", "Gran looked at them", "Dad wants Gran to sell the house" (The Tollhouse Summer), as "Papa" in
    # Cutter Grade: the teller's relative, present where named
    m = model(
        "Dad wants Gran to sell the house. Gran looked at the flowers. In the end Gran said nothing.",
        "Dan Ashdown drove up at noon. Dan Ashdown said he was late. Dan Ashdown took his coat off. He sat down.",
        "Dad said we would leave in the morning. Wren Ashdown watched him. Wren said nothing. She was cross.",
        "Later Dad looked at the river. Wren sighed. She went in.",
    )
    tagger = Tagger()
    tagger.model, tagger.people = m, m.index
    assert tagger.characters_present("Gran said no. Dad looked away.", "Wren Ashdown") == [
        "Wren Ashdown",
        "Gran",
        "Dad",
    ]
    # must not: the teller's father listed under his name too ("Dad" beside Dan Ashdown in Wren's scene), nor a god
    # called "the Mother", nor "my Gran" (a word, not a name)
    assert "Dad" not in tagger.characters_present("Dan Ashdown came in. “Dad!” Wren said.", "Wren Ashdown")
    assert m.ranks_in("He prayed to the Mother. My Gran was ill.") == []


def test_a_named_thing_people_carry_put_down_or_lose_is_no_place():
    # "carried the Cinder Cup", "There was water in the Cinder Cup" (The Cinder Tithe); "They put the Bell down",
    # "strapped into the Bell", "I nearly lost the Bell" (The Long Carry): an object, whatever is in it
    m = model(
        "Oskar carried the Lark Horn up the hill. Oskar said nothing. There was rain in the Lark Horn.",
        "At the top they put the Lark Horn down. Oskar nodded. Milla laughed. A beetle sat in the Lark Horn.",
        "“I nearly lost the Lark Horn,” said Oskar. Milla frowned.",
        "They walked on to the Wethering. In the Wethering the wind dropped. Milla slept in the Wethering.",
    )
    assert kind(m, "Lark Horn") == "thing"
    assert "Lark Horn" not in {e.name for e in m.places}
    assert "Lark Horn" not in m.characters_in("Oskar carried the Lark Horn.")
    # must not: a ship taken out now and then that people are aboard far more often is still a place
    m = model(
        "Vell took the Osprey out at dawn. Vell said nothing. They slept aboard the Osprey.",
        "Aboard the Osprey it was cold.",
        "Aboard the Osprey nobody spoke. Vell took the Osprey home. Tarn sat in the Osprey and watched. Tarn sighed.",
        "They stood on the Osprey. Vell laughed.",
    )
    assert "Osprey" in {e.name for e in m.places}


def test_a_mountain_or_a_gully_people_climb_up_or_stand_above_is_a_place():
    # "walked up the Moreau", "above the Gatekeeper" (Saint Adela); "the top of the Slack", "the head of Aaron Slack"
    # (The Long Carry); "the lap of the Ashfold", "the peaks of the Ashfold" (The Cinder Tithe)
    m = model(
        "Ines walked up the Harrowfall at dawn. Ines said nothing. Kit watched her go up the Harrowfall.",
        "By noon they were above the Harrowfall. Kit laughed. The summit of the Harrowfall was white.",
        "They came down the Harrowfall at dusk and slept at the foot of Orrin Scar. Ines sighed.",
        "The head of Orrin Scar was lost in cloud. Kit nodded.",
    )
    assert kind(m, "Harrowfall") == "place"
    assert kind(m, "Orrin Scar") == "place"
    # must not: a person's own head or lap is a possessive, and a person looked up at is still a person
    m = model(
        "Ines looked up at Kit. Kit said nothing. The top of Kit's head was wet. Ines sat in Kit's lap.",
        "Kit laughed. Kit frowned. “Go on,” said Kit.",
    )
    assert kind(m, "Kit") == "person"


def test_a_post_or_a_rank_before_a_family_name_is_the_one_person_of_that_family_name():
    # "Factor Ambry" beside "Lisette Ambry", the Factor (The Arkwright Claim); "PC Birkett" beside "a police officer
    # called Lorna Birkett" (The Long Carry): one person, under the full name
    m = model(
        "The Bailiff came down the steps. The Bailiff said nothing. “Bailiff,” said Orrin. The Bailiff nodded.",
        "Bailiff Tesk looked at the ledger. Bailiff Tesk frowned. The Bailiff sighed.",
        "Anwen Tesk had kept the ledger for ten years. Anwen Tesk said so. She was tired.",
        "Orrin laughed. Orrin said the Bailiff was right. Bailiff Tesk smiled.",
    )
    assert m.index.resolve("Bailiff Tesk") == m.index.resolve("Anwen Tesk") == "Anwen Tesk"
    m = model(
        "Beside the door sits a constable called Merryn Oakes, who is young. Dai Rhys says nothing. Dai Rhys waits.",
        "PC Oakes looks at the phone. PC Oakes says it will ring. Dai Rhys looks away. PC Oakes gets up.",
        "When PC Oakes comes back her face is wet. Dai Rhys says nothing.",
    )
    assert m.index.resolve("PC Oakes") == m.index.resolve("Merryn Oakes") == "Merryn Oakes"
    # must not: two full names with the family name keep the post's name to neither
    m = model(
        "The Bailiff came down the steps. The Bailiff said nothing. “Bailiff,” said Orrin. The Bailiff nodded.",
        "Bailiff Tesk looked at the ledger. Bailiff Tesk frowned. The Bailiff sighed.",
        "Anwen Tesk had kept the ledger for ten years. Anwen Tesk said so. Corin Tesk said nothing.",
        "Orrin laughed. Corin Tesk laughed. Anwen Tesk smiled. Bailiff Tesk smiled.",
    )
    assert m.index.resolve("Bailiff Tesk") != m.index.resolve("Anwen Tesk")


def test_a_post_given_after_its_holders_name_with_its_domain_is_theirs_however_often_it_acts_alone():
    # "By Osric, Margrave of Vey, Warden of the Tollan Gate" and "said the Margrave" (The Cinder Tithe)
    m = model(
        "Hadrel Sorn sat at the end of the table. Hadrel Sorn said nothing.",
        "The Thane said they would ride at dawn. The Thane looked at the map. The Thane frowned.",
        "“Go,” said the Thane. The Thane laughed. The Thane waited. Hadrel Sorn smiled.",
        "The writ was read out: *By Hadrel, Thane of Colm, to all his reeves, greeting.*",
    )
    assert m.index.resolve("Thane") == "Hadrel Sorn"


def test_a_short_name_that_starts_one_persons_first_name_is_that_person():
    # "Clem" beside Clemency Ashby, "“Win, sit down”" to Winifred Pike (A Week at Ottilie); "Art" beside Arthur
    # Holmwood (Dracula); "“Ben, the van”" to Benedikt Roos (Isaura Vell)
    m = model(
        "Rosalind Fenwick came in from the garden. Rosalind Fenwick said nothing. She sat down.",
        "“Tea?” said Rosalind Fenwick. Aunt Ros looked at the clock. Aunt Ros frowned. Aunt Ros sighed. She was cross.",
        "Bartholomew Hale laughed. Bartholomew Hale said it would rain. He went out.",
        "“Go on, Barth, tell her,” said Rosalind Fenwick. “Barth, please.” Bartholomew Hale shrugged.",
    )
    assert m.index.resolve("Ros") == "Rosalind Fenwick"
    tagger = Tagger()
    tagger.model, tagger.people = m, m.index
    present = tagger.characters_present("“Sit down, Barth, and eat,” said Aunt Ros. Bartholomew Hale sat.", None)
    assert sorted(present) == ["Bartholomew Hale", "Rosalind Fenwick"]
    # must not: a short name that starts two people's first names, or a person of the other gender, stays apart
    m = model(
        "Rosalind Fenwick came in. Rosalind Fenwick said nothing. She sat down. Rosamund Hale laughed. She left.",
        "Rosamund Hale said it would rain. Ros looked at the clock. Ros frowned. Ros sighed. He was cross.",
    )
    assert m.index.resolve("Ros") == "Ros"


def test_a_contraction_that_opens_speech_is_never_a_person():
    # "You're told wrong, Captain." (Kessler Red); "We’re" (Little Fuzzy), "You’ll" (The War of the Worlds): a pronoun
    # and a verb, mid-paragraph after an opening quote, sometimes followed by a verb a person does ("told")
    book = [
        'Ada climbed the bank. "You\'re told wrong," said Tom Reed. "You\'re always late."',
        'Tom Reed sat down. "You\'re told to wait," said Ada. "You\'re sitting on my coat."',
        '"We\'ll see," said Ada. "You\'re watching me." Tom Reed laughed. "We\'ll be late." Ada nodded.',
    ]
    m = model(*book)
    assert m.kind_of("You're") is None and m.kind_of("We'll") is None
    for text in book:
        assert not {"You're", "We'll"} & set(m.characters_in(text)), m.characters_in(text)
    assert "Tom Reed" in m.characters_in(book[0])


def test_a_place_named_for_a_titled_person_is_still_a_place():
    # the settlement Steptoe, "Colonel Steptoe" once in 33 uses, hailed on the radio and "everybody in Steptoe"
    # (Kessler Red); the pub "the Captain Foley", titled once in 10 (A Week at Ottilie)
    m = model(
        "Everybody in Harrowgate knew the bell. Harrowgate was named for Colonel Harrowgate, long dead.",
        "“Harrowgate, this is Dunmore, over,” said the radio. Tom Reed answered it. Harrowgate was quiet.",
        "Nobody in Harrowgate slept. Harrowgate had a mill and a hall. Tom Reed walked back to Harrowgate.",
        "Harrowgate's going to talk about it for years. Everyone in Harrowgate did. Harrowgate waited.",
        "Tom Reed left Harrowgate at dawn. The road from Harrowgate was empty. Harrowgate burned that night.",
    )
    assert kind(m, "Harrowgate") == "place"
    assert "Harrowgate" not in m.characters_in("Tom Reed looked back at Harrowgate. Harrowgate was burning.")
    # must not: a person the book titles in most uses stays a person, whatever is "in" them
    m = model(
        "Major Harrowgate came in. Tom Reed saw the anger in Harrowgate. Major Harrowgate sat down.",
        "“Sit,” said Major Harrowgate. There was no mercy in Harrowgate. Major Harrowgate laughed.",
        "Something in Harrowgate broke. Major Harrowgate wept. Tom Reed watched Major Harrowgate.",
    )
    assert kind(m, "Harrowgate") == "person"


def test_a_name_the_text_gives_to_a_place_is_a_place_however_it_acts():
    # "a bar called Zur Glocke" ... "went back to Zur Glocke and bought a beer" (The Window on Bernauer Strasse); "a
    # hotel called the Grand", "the mountain they call Old Sully" (Cutter Grade); "the town they called Firstfall"
    # (The Quorum at Calloway); "The mountain was called the Sill" (The Wells of Oriel)
    book = [
        "I parked outside a bar called Hollin Cross, which had a telephone at the back. Tom Reed was late.",
        "At one I went back to Hollin Cross and bought a beer. Tom Reed said nothing. Tom Reed waited.",
    ]
    m = model(*book)
    assert kind(m, "Hollin Cross") == "place"
    assert "Hollin Cross" not in m.characters_in(book[1])
    # must not: a man called so is a person; a gale "they called" after a comma is the subject's name, not the noun's
    m = model(
        "I met a man called Hollin Cross, who had a telephone. Hollin Cross said nothing. Tom Reed waited.",
        "At one Hollin Cross went back and bought a beer. Hollin Cross said nothing. Tom Reed waited.",
    )
    assert kind(m, "Hollin Cross") == "person"
    m = model(
        "The gale that drove the boats into the harbour, they called Old Maud. Old Maud had them all.",
        "Old Maud came back every winter. Tom Reed said nothing. Tom Reed waited.",
    )
    assert kind(m, "Old Maud") != "place"


# ---- two people sharing a name ------------------------------------------------------------------------------
def _two_ruths(old_woman: str) -> list[str]:
    """A book with Ruth Amadi, Mara Kessler and, once in full, an old woman of Mara's family called Ruth."""
    common = [
        "Ruth Amadi rode in at noon. Ruth looked at the wheat and said nothing.",
        "Mara Kessler met her at the gate. Mara said the seed was not for sale.",
        "Ruth Amadi smiled. Ruth said she had only come to look.",
        "Mara said, “Then look.” Mara walked her down the rows.",
        "That night Ruth wrote it all down. Ruth slept badly. Mara did not sleep at all in the old house.",
    ]
    return [*common, old_woman, "Dr Kessler opened the door herself, leaning on her stick.", *common]


def test_a_full_name_joining_two_peoples_names_is_a_third_person_and_takes_the_name_she_is_called():
    # "Old Ruth Kessler had come in late ... She ... had been called Dr Kessler there" beside Ruth Amadi and Mara
    # Kessler (Kessler Red); "was called Post by the whole road" (Contents of a House) is the same link
    m = model(
        *_two_ruths(
            "Old Ruth Kessler had come in late and sat down by the door, with her stick across her knees. "
            "She had been a plant breeder for thirty years and had been called Dr Kessler there."
        )
    )
    idx = m.index
    assert idx.resolve("Ruth Kessler") == "Ruth Kessler"
    assert [x.person for x in idx.mentions("Old Ruth Kessler had come in late.")] == ["Ruth Kessler"]
    assert [x.person for x in idx.mentions("Dr Kessler opened the door.")] == ["Ruth Kessler"]
    # the others keep their own names (a bare "Kessler" stays with the family name's owner)
    assert idx.resolve("Ruth Amadi") == "Ruth Amadi" and idx.resolve("Mara") == "Mara Kessler"
    assert idx.resolve("Kessler") == "Mara Kessler"


def test_a_full_name_the_text_makes_a_married_name_is_no_third_person():
    # "Margaret Ashdown had lived in it for fifty-one years ... She had been Margaret Pryce once" (The Tollhouse
    # Summer): the given name's owner has a former name, so the joined name is hers
    m = model(
        *_two_ruths(
            "Old Ruth Kessler had come in late and sat down by the door. She had been Ruth Amadi once, long ago."
        )
    )
    assert m.index.resolve("Ruth Kessler") != "Ruth Kessler"


def test_a_person_only_talked_about_in_a_scene_is_not_present():
    # the labels' convention (every labelled book): the people present are there, named or spoken to; on the
    # labelled books nine in ten names found only inside others' speech are someone absent ("Did Marjorie ring?")
    m = model(
        "Ada Price came up the lane. “Where is Marjorie?” said Ada. Tom Hale laughed and Ada sat down.",
        "Marjorie Lisle wrote letters. Marjorie thought about the sea. “Ada,” said Tom. Tom walked home.",
        "Ada came in with Priya Shah. “Yes,” said Priya. Biscuit Jones sat. “No,” said Biscuit. “Tom,” said Rudd.",
        "Rudd Mallory smiled. Priya nodded. Biscuit laughed. Rudd wondered.",
    )
    t = Tagger()
    t.model, t.people = m, m.index
    scene = "Tom sat by the fire. “Marjorie rang again,” Tom said. “She wants the car.”"
    assert t.characters_present(scene, None) == ["Tom Hale"]
    # spoken to, at a sentence start inside a speech, or two at once: there to hear it
    assert "Ada Price" in t.characters_present("Tom came in. “Here it is. Ada, hold the door.”", None)
    both = t.characters_present("Tom came in. “Right. Priya and Biscuit, search the boat.”", None)
    assert {"Priya Shah", "Biscuit Jones"} <= set(both)
    # "here" points at someone present
    assert "Rudd Mallory" in t.characters_present("Tom sat down. “Nobody but Rudd here can sleep.”", None)
    # the narration shows them: present, whatever the speech says
    assert "Marjorie Lisle" in t.characters_present("Marjorie sat down. “Marjorie is tired,” said Tom.", None)
    # the POV is there even when only others' speech names them
    assert "Marjorie Lisle" in t.characters_present("“Marjorie knows,” Tom said.", "Marjorie Lisle")


def test_a_person_a_radio_or_a_paper_reports_is_heard_of_not_present():
    # "The radio said the President had been seen off at Halim" (The Shop on Jalan Pancoran), "the television said the
    # President would address the nation" (The Four Days of EDSA): the scene hears of them; a name after a stop or a
    # comma is the narration's again, and someone who turns the radio on is there
    m = model(
        "Ada Price came up the lane. “Evening,” said Ada. Tom Hale laughed and Ada sat down.",
        "Marjorie Lisle wrote letters. Marjorie thought about the sea. “Ada,” said Tom. Tom walked home.",
    )
    t = Tagger()
    t.model, t.people = m, m.index
    assert "Ada Price" in t.characters_present("Tom sat by the stove. Ada Price was waiting at the gate.", None)
    heard = t.characters_present("Tom sat by the stove. The radio said Ada Price was waiting at the gate.", None)
    assert heard == ["Tom Hale"]
    assert "Ada Price" not in t.characters_present("Tom woke. The television says that Ada will speak at six.", None)
    back = t.characters_present("The radio said it would rain. Ada came in and sat down by Tom.", None)
    assert "Ada Price" in back
    assert "Ada Price" in t.characters_present("Ada turned the radio on, and the news said nothing new.", None)


def test_a_name_set_in_speech_beside_a_noun_of_a_person_is_spoken_of_not_to():
    # "“A security man, Mr. Saddler.”" (Plain Error), "“Her friend. Tilly.”" (Resus Two): the punctuation round the
    # name reads like an address, but the noun before it says who they are; written here as a ferry office
    m = model(
        "Ada Price came up the lane. “Evening,” said Ada. Tom Hale laughed and Ada sat down.",
        "Marjorie Lisle wrote letters. Marjorie thought about the sea. “Ada,” said Tom. Tom walked home.",
        "Rudd Mallory smiled. Rudd wondered. “Rudd,” said Ada. Ada nodded.",
    )
    t = Tagger()
    t.model, t.people = m, m.index
    told = t.characters_present("Tom leaned on the counter. “Who sold you the ticket?” “A clerk, Rudd.”", None)
    assert "Rudd Mallory" not in told
    assert "Ada Price" not in t.characters_present("“Who else knows?” Tom asked. “My neighbour. Ada.”", None)
    # must not: a name called after a thing asked for, or after a kind word ("“My dear, Rudd”"), is spoken to
    assert "Ada Price" in t.characters_present("Tom held out his hand. “The rope, Ada.”", None)
    assert "Rudd Mallory" in t.characters_present("Tom smiled. “My dear, Rudd, sit down.”", None)
    # nor after a thing whose noun ends like an agent's ("door", "supper", "letter", "coffee"), a word that is no
    # noun of a person ("god", "page", "there"), nor before a comma ("“My friend, Ada, sit down.”" calls her)
    for asked in ("The door", "Your supper", "The letter", "Your coffee", "My god", "The next page", "The one there"):
        assert "Ada Price" in t.characters_present(f"Tom held out his hand. “{asked}, Ada.”", None), asked
    assert "Ada Price" in t.characters_present("Tom smiled. “My friend, Ada, sit down.”", None)


def test_a_name_said_alone_and_taken_up_as_he_or_she_is_spoken_of_not_to():
    # "“Who else knows?” “Teo. He heard it too.”" (Fire on Twelve), "“Mohanan. He says the panchayat ...”" (Below Sea
    # Level): the answer to "who?"; written here as a boatyard
    m = model(
        "Ada Price came up the lane. “Evening,” said Ada. Tom Hale laughed and Ada sat down.",
        "Marjorie Lisle wrote letters. Marjorie thought about the sea. “Ada,” said Tom. Tom walked home.",
        "Rudd Mallory smiled. Rudd wondered. “Rudd,” said Ada. Ada nodded.",
    )
    t = Tagger()
    t.model, t.people = m, m.index
    assert "Rudd Mallory" not in t.characters_present(
        "“Who mended the pump?” Tom asked. “Rudd. He came at noon.”", None
    )
    # must not: a name that closes a sentence is called ("“Thanks, Ada. She'll be glad.”"), and a person pointed out
    # ("“This is my cousin. Rudd. He sails.”") is there
    assert "Ada Price" in t.characters_present("Tom nodded. “Thanks, Ada. She'll be glad of it.”", None)
    assert "Rudd Mallory" in t.characters_present("Tom turned. “This is my cousin. Rudd. He sails.”", None)
    # nor a name called with nobody asking who: "“Ada. He's awake now.”" calls her to someone else's bedside
    assert "Ada Price" in t.characters_present("Tom came to the door. “Ada. He's awake now.”", None)
    assert "Ada Price" in t.characters_present("Tom came in. “Ada. She's asking for you.”", None)
    assert "Rudd Mallory" not in t.characters_present(
        '"Who mended the pump?" Tom asked. "Rudd. He came at noon."', None
    )


def test_mr_and_mrs_of_one_family_name_are_a_husband_and_a_wife():
    # "Mr. Thorne" and "Mrs. Thorne" beside "Howard Thorne" (A Dime on the Dead), "Mr. Whitcombe" and "Mrs. Whitcombe"
    # beside "Gary Whitcombe" (The Whitcombe Verdict): the wife is not the man whose full name the book gives; written
    # here as a village shop
    m = model(
        "Edwin Quill kept the shop on the corner. Edwin Quill said the bread was late. Mr. Quill counted the coins.",
        "Mrs. Quill came down the stairs. “Edwin,” said Mrs. Quill, “the van is here.” Mrs. Quill opened the door.",
        "Mr. Quill said nothing. Mrs. Quill laughed. Ada Price bought a loaf and went out.",
    )
    assert m.index.resolve("Mr. Quill") == "Edwin Quill"
    assert m.index.resolve("Mrs. Quill") not in (None, "Edwin Quill")


def test_a_person_the_narration_only_remembers_owns_or_likens_is_not_present():
    # the same convention in the narration: "He thought about Amir" (The Quorum at Calloway), "Sasidharan had told me"
    # (Below Sea Level), "Mrs Pike had moved Horace's cage" (A Week at Ottilie), "Miss Ashby's bronchitis" (A Week at
    # Ottilie), "older than Marguerite" (The Dorothea): a topic, an owner, the scene's past. Written here as a
    # fourth text: a lighthouse keeper's evening
    m = model(
        "Ada Price came up the lane. “Evening,” said Ada. Tom Hale laughed and Ada sat down.",
        "Marjorie Lisle wrote letters. Marjorie thought about the sea. “Ada,” said Tom. Tom walked home.",
        "Rudd Mallory smiled. Rudd wondered. “Rudd,” said Ada. Ada nodded.",
    )
    t = Tagger()
    t.model, t.people = m, m.index
    scene = (
        "Tom climbed the tower at dusk and lit the lamp. He thought about Marjorie, and about the winter. "
        "Rudd had left the oil cans by the door that morning. Tom kicked Ada's old boots aside and wound the clock."
    )
    assert t.characters_present(scene, None) == ["Tom Hale"]
    # must not: someone the narration shows there stays, whatever else it says of them: their voice, what they
    # are doing still ("had been sitting"), someone in front of whom things happen, a person who also acts
    assert "Ada Price" in t.characters_present("Tom lit the lamp. Ada's voice came up the stair.", None)
    assert "Rudd Mallory" in t.characters_present("Rudd had been sitting by the lamp all this time. Tom lit it.", None)
    assert "Ada Price" in t.characters_present("Tom stood in front of Ada and lit the lamp.", None)
    assert "Rudd Mallory" in t.characters_present("Rudd had left the cans. Rudd laughed at Tom.", None)
    # nor someone the paragraph brings back to the scene's now ("PC Tom Adebayo had found him. ... and was now
    # standing by the tape", Slack Water)
    now = "Rudd had found the boat. He had rung it in at six, and was now standing on the quay. Tom lit the lamp."
    assert "Rudd Mallory" in t.characters_present(now, None)


#: A house named like a family (written for the test before the rule, as a second text beside The Same Tea's insurer)
_WYNDHAM = (
    (
        "Rosalind Pryor drove up to Wyndham on the first Tuesday in March, in the rain, with everything she "
        "owned in the back of Betsy. Betsy had been her mother's car and was older than Rosalind was, and she"
        " stalled twice on the hill below the village."
    ),
    (
        "Wyndham stood at the top of the lane behind a wall of rhododendrons. Nobody had lived at Wyndham for"
        " eleven years. The windows on the ground floor were boarded and the slates over the east wing had "
        "slipped, and a young ash tree was growing out of the gutter above the porch."
    ),
    "Martin Lowe was waiting for her in the porch with a torch and a ring of keys.",
    '"You found it, then," he said. "Most people don\'t, the first time."',
    '"I used to come here as a girl," Rosalind said. "My aunt lived here."',
    (
        '"I know," said Martin. "Becker and Lowe handled her affairs. My father did, I mean. I\'ve got the '
        'file in the car."'
    ),
    (
        "He opened the door. Wyndham smelled of damp plaster and mice. Rosalind stood in the hall and looked "
        "up the stairs and did not say anything for a while."
    ),
    (
        "She slept that night in the kitchen, which was the only room with a working fire. In the morning a "
        "cat was sitting on the draining board, a big grey tom with a torn ear, looking at her."
    ),
    '"Who are you?" she said.',
    (
        "The cat jumped down and walked to the back door and waited. When she opened it he went out without "
        "looking back."
    ),
    (
        "Martin came at ten with the file. He had brought a woman with him, a surveyor from Becker and Lowe "
        'called Joanna Platt, who went round Wyndham with a clipboard and a damp meter and said "hm" at every'
        " wall."
    ),
    '"The roof first," Joanna said at the end. "Before anything. Or Wyndham will come down around you."',
    '"How much?" Rosalind asked.',
    "Joanna told her. Rosalind sat down on the stairs.",
    (
        "Betsy would not start on Friday. Rosalind walked down to the village instead and rang Martin from "
        "the phone box outside the post office."
    ),
    (
        '"Becker and Lowe will lend you the money," Martin said. "Against the house. I\'ve talked to old '
        'Becker. He remembers your aunt."'
    ),
    '"Everybody remembers my aunt," Rosalind said.',
    (
        "She walked back up the hill in the wind. At the top of the lane she stopped and looked at Wyndham, "
        "the boarded windows and the broken gutter and the smoke going up from the kitchen chimney, and for "
        "the first time she thought she might stay."
    ),
    (
        "The grey cat was sitting on the wall by the gate. He watched her come up the lane and then he jumped"
        " down and walked in front of her all the way to the door."
    ),
)


def test_a_name_people_are_in_twice_and_that_acts_less_is_a_place():
    # "Nobody in Marigold trusted the company" twice beside "Marigold looked back at her" once (a mining town named for
    # its founder, a test text written before the rule); "Lessing" in The Cinder Tithe is "in Lessing" twice and spoken
    # to once. Written here as a further text: a station named like a woman
    m = model(
        "Nobody in Adelaide slept much; the lights never went down. Adelaide was older than the war.",
        "Mira Tan walked the ring with Joss Hale. “Adelaide's changed,” said Joss. Mira laughed.",
        "Adelaide watched the freighters come in as she always had. Life in Adelaide ran on the freighters.",
        "“Adelaide won't last,” said Mira. “Adelaide's outlasted worse,” said Joss. “Adelaide's stubborn.”",
        "Joss nodded and Mira wondered about the cargo. Adelaide's rings turned slowly above them.",
    )
    assert kind(m, "Adelaide") == "place"
    assert m.person("Adelaide") is None and m.person("Mira") is not None
    # must not: a person someone is "in" once ("saw something in Mira") and who speaks and thinks stays a person
    p = model(
        "Mira Tan walked the ring. “Late again,” said Mira. Joss saw something in Mira he had not seen before.",
        "Mira wondered about the cargo. Mira laughed. There was a hardness in Mira now.",
    )
    assert p.person("Mira") is not None


def test_a_smell_a_place_gives_off_is_no_one_perceiving():
    # "the whole fourth floor of Naniwa Mutual smelled of floor polish" (an insurer, The Same Tea): "smelled of" is what
    # a thing gives off, not a person smelling; in the house's book "Wyndham smelled of damp plaster and mice" was the
    # only thing that made the house a person
    m = model(*_WYNDHAM)
    assert m.person("Wyndham") is None
    assert m.person("Rosalind") is not None and m.person("Martin") is not None
    # must not: a person who smells of something is still named as a person by the rest of the book
    assert model("Tom Hale smelled of whisky. “Evening,” said Tom. Tom laughed.", "Tom wondered.").person("Tom")


def test_a_person_the_narration_only_introduces_is_not_present():
    # "There is a maid called Dulcie Hart, who is sixteen" (A Week at Ottilie), "with a woman called Inma who I have
    # met twice" (Contents of a House), "a boy called Stanley Beck, who was nineteen" (Kitty's Steps), "the man called
    # Hollis" (The Tollhouse Summer): telling the reader who someone is, not showing them there. Written here as a
    # further text: a ferry crossing
    t = _ramp_tagger()
    scene = (
        "Tom took the ferry across at dusk. The boat belonged to a woman called Marjorie Lisle, who lived in the town "
        "and never crossed, and it was worked by a man named Rudd, who slept on it. Tom paid and watched the water."
    )
    assert t.characters_present(scene, None) == ["Tom Hale"]
    # must not: someone introduced who then acts in the chunk is named again, and stays; "called him X" (a nickname
    # said of someone who may be there) is not an introduction
    acts = "A man called Rudd took the rope. Rudd laughed at Tom."
    assert "Rudd Mallory" in t.characters_present(acts, None)
    assert "Ada Price" in t.characters_present("Tom sat by the rail and called Ada over to see the lights.", None)


def test_a_person_in_a_past_perfect_clause_is_not_present():
    # "Sandvik and Dahl had gone out on the Frida at half past four" (Polar Low), "He had sent Tomás on down the
    # Denver road" (Cutter Grade), "She had lied to Ronke on Sunday and to the Venerable" (The House on Bode Thomas):
    # the clause tells what was done before the scene, whoever in it did it. Written here as a further text: a
    # lock-keeper's night
    m = model(
        "Ada Price came down the towpath. “Evening,” said Ada. Tom Hale laughed and Ada sat down.",
        "Marjorie Lisle wrote letters. Marjorie thought about the sea. “Ada,” said Tom. Tom walked home.",
        "Rudd Mallory smiled. Rudd wondered. “Rudd,” said Ada. Ada nodded.",
    )
    t = Tagger()
    t.model, t.people = m, m.index
    scene = (
        "Tom opened the lower gates at midnight. He had sent Rudd home at ten with the lantern, and Marjorie and her "
        "sister had gone up to the village before dark. Tom sat on the balance beam and waited for the barge."
    )
    assert t.characters_present(scene, None) == ["Tom Hale"]
    # must not: a past perfect in a clause of its own ("when Rudd had gone", "who had been waiting") says nothing of
    # the main one, nor does one a comma sets apart from the name; someone the past perfect names who then acts stays
    assert "Rudd Mallory" in t.characters_present("Rudd, who had been waiting, took the rope from Tom.", None)
    assert "Ada Price" in t.characters_present("Tom had opened the gates, and Ada stood on the beam.", None)
    assert "Rudd Mallory" in t.characters_present("Tom had sent Rudd home. Rudd came back at two and laughed.", None)
    # nor someone whose own verb is "had been", whatever follows ("Prof had been checked and scolded and fed and had
    # fallen asleep on the bed", The House on Bode Thomas)
    still = "Tom lit the stove. Rudd had been fed and washed and had fallen asleep by the stove."
    assert "Rudd Mallory" in t.characters_present(still, None)
    # nor a scene told in the past perfect, a flashback, whose people are there in its own time
    flashback = (
        "That winter Tom had kept the lock alone. He had opened the gates at dawn and had closed them at dusk. "
        "Rudd had brought the coal on Fridays. They had sat by the stove and had said very little. Tom had liked "
        "that. The canal had frozen in January and had stayed frozen until March."
    )
    assert "Rudd Mallory" in t.characters_present(flashback, None)


def test_a_name_with_an_animals_tail_beak_or_halter_that_never_speaks_or_thinks_is_no_person():
    # "Mister Fowle walked ahead of us with his tail" (a cat, The Hennick Blow), "Horace cracked a seed in his beak"
    # (a parrot, A Week at Ottilie), "Duchess's halter" (Eighty Covers): parts and tack no person has. A titled cat
    # is still a cat (written as a second witness before the rule: no labelled book needed the title case)
    cat = model(
        "Mr Pickles sat on the windowsill and washed his paws. Nora Quill laughed at him.",
        "“Down,” said Nora. Mr Pickles yawned and jumped onto the bed. Nora thought about the letter.",
        "In the night Mr Pickles caught a mouse and left it on the mat. Nora screamed.",
        "Mr Pickles purred. Nora scratched his ears and went back to sleep.",
    )
    assert kind(cat, "Pickles") == "thing"
    assert cat.characters_in("Mr Pickles purred and Nora laughed.") == ["Nora Quill"]
    horse = model(
        "Jonah Pike led Bess out of the yard. Bess's halter was frayed. “Steady,” said Jonah.",
        "Bess shied at the ford and tossed her mane. Jonah thought about the road home.",
        "At the inn Jonah tied Bess to the rail. “Good girl,” said Jonah. Bess stamped.",
    )
    assert kind(horse, "Bess") != "person"
    # must not: a fable's hare that thinks keeps its tail and stays a character; a man who "barks" orders
    # and has a title is a man
    hare = model(
        "Sorrel Hare sat in his form with his tail tucked in. Sorrel wondered where the dog had gone.",
        "“Go home,” said Sorrel. Sorrel thought about the meadow, and Sorrel flicked his tail.",
        "Sorrel knew the river. Sorrel ran with his ears back and his paws flying.",
    )
    assert kind(hare, "Sorrel") == "person"
    sergeant = model(
        "Mr Hobbs barked an order. Mr Hobbs barked at the boys again. “Fall in,” said Mr Hobbs.",
        "Ada Price laughed at Mr Hobbs. Mr Hobbs thought about his dinner.",
    )
    assert kind(sergeant, "Hobbs") == "person"


def test_a_name_whose_own_clauses_say_its_is_no_person():
    # "La Crosse has a school with all its windows in ... in its place" (Kessler Red, a town), "Corvane itself hung
    # to port, ... a bruise on its southern face" (The Arkwright Claim, a planet): the narration's pronoun for it
    drone = model(
        "Tobit rolled into the kitchen on its rubber wheels. Clara Voss laughed at Tobit.",
        "Clara Voss thought about her brother. “Tea,” said Clara. “Tobit, the kettle.”",
        "Tobit beeped twice and rolled back to its charger. Clara sighed.",
        "Later Tobit turned its lamp to the window. Clara slept. Tobit watched the door.",
    )
    assert kind(drone, "Tobit") == "thing"
    assert drone.characters_in("Tobit watched, and Clara laughed.") == ["Clara Voss"]
    # must not: a person who lifts things by their handles now and then, whose own clauses say "she" more
    cook = model(
        "Ada wiped her hands and took the pan by its handle. Ada pushed her hair back. Tom Hale laughed.",
        "Ada turned her knife over and looked at its edge. Ada smiled at Tom. “Bye,” said Tom.",
        "Ada laughed at Tom. Ada nodded. Tom waved.",
    )
    assert (cook.forms[("ada",)].its, cook.forms[("ada",)].gendered) == (2, 3)
    assert kind(cook, "Ada") == "person"
    # must not: a talking machine is left to the other evidence (a ship's mind that speaks, as the labels keep Wick
    # in The Arkwright Claim)
    wick = model(
        "Wick rolled into the bay on its tracks. “Morning,” said Wick. Ilse Marrow laughed.",
        "Wick turned its lamp to the hull. “Matched,” said Wick. Ilse thought about the claim.",
    )
    assert kind(wick, "Wick") == "person"


def test_a_name_after_a_preposition_is_not_the_subject_of_the_verb_after_it():
    # "Everybody in Cullerby knew" (The Cullerby Wire), "nobody in Steptoe knew" (Kessler Red), "everyone in Mercy
    # knew" (The Mercy Winter), "every fisherman at Neendakara knows" (Below Sea Level): whoever knew, it was not
    # the place; a firm whose name ends in no institution word is no person for it either (a trap text)
    m = model(
        "Halvorsen Marine had bought the yard in May. Everyone at Halvorsen Marine knew it.",
        "“Halvorsen wants the boats out,” said Kit Dane. Lars Eide shrugged. Lars thought about the money.",
        "Halvorsen sent three men and a lorry. Halvorsen paid in cash. Kit laughed.",
    )
    assert kind(m, "Halvorsen Marine") != "person"
    assert m.characters_in("Kit Dane rang Halvorsen Marine.") == ["Kit Dane"]
    # must not: the speaker after "said to" or a time phrase ("At dawn Tom said") is still a person
    t = model(
        "At dawn Tom Hale said nothing. Tom Hale looked at the river. In the end Tom said yes.",
        "Ada Price laughed at Tom. Ada thought about the boat.",
    )
    assert kind(t, "Tom Hale") == "person"


def test_a_name_with_a_lower_case_honorific_hyphened_to_it_is_that_person():
    # "Annamma-chechi", "Shibu-chetta", "Kunjumol-aunty" (Below Sea Level); "Tanaka-san", "Mori-sensei" on a family
    # name (Japanese usage; a trap text written before the rule)
    m = model(
        "“You came,” said Yui Tanaka. Yui laughed. Haruto Sato bowed. “Tanaka-san,” said Haruto.",
        "Yui thought about the shop. Haruto wondered about the train. “Sato-kun,” said Yui.",
        "Father Mori smiled. “Tea,” said Mori. Haruto watched Mori-sensei pour it. Mori-sensei laughed.",
    )
    assert m.index.resolve("Tanaka-san") == "Yui Tanaka"
    assert m.index.resolve("Sato-kun") == "Haruto Sato"
    assert m.index.resolve("Mori-sensei") == m.index.resolve("Mori")
    assert m.characters_in("Mori-sensei poured the tea.") == [m.index.resolve("Mori")]
    # must not: a place whose hyphened parts are capitalised, or whose head names no one
    p = model(
        "Tom Hale went to Weston-super-Mare. “Late,” said Tom. Tom thought about the pier at Weston-super-Mare.",
    )
    assert p.index.resolve("Weston-super-Mare") is None


def test_an_honorific_hyphened_to_a_hyphenated_given_name_is_that_person():
    # "Hye-jin-unnie", "Tae-ho-sunbae" (The Third Floor at Hanbit): the name before the suffix holds a hyphen of its
    # own; a Vietnamese-style paragraph written for this test, the suffix on the whole given name
    m = model(
        "Tran Minh-chau said nothing. Tran Minh-chau looked at the sea. Minh-chau laughed.",
        "Le Van-an smiled at the boat. Le Van-an said so. Van-an thought about the nets.",
        "“Minh-chau-chi,” said Van-an. Van-an watched Minh-chau-chi mend the net. “Van-an-em,” said Minh-chau.",
    )
    assert m.index.resolve("Minh-chau-chi") == "Tran Minh-chau"
    assert m.index.resolve("Van-an-em") == "Le Van-an"


def test_a_hill_named_like_a_person_is_climbed_and_has_a_north_face():
    # the possessive twin of "the top of the Slack", "the slopes of the Ashfold" (The Long Carry, The Cinder Tithe):
    # "Old Harry's north face", "Nobody climbed Old Harry" (trap texts written before the rule)
    m = model(
        "Old Harry stood over the valley. Nobody climbed Old Harry in winter.",
        "“Old Harry doesn't care,” said Beth Kerr. Beth looked up at Old Harry. Sam Kerr nodded.",
        "At the top of Old Harry the wind was worse. Old Harry's north face was ice. Sam thought about turning back.",
        "They came down off Old Harry at dusk. “Never again,” said Sam.",
    )
    assert kind(m, "Old Harry") == "place"
    fell = model(
        "Grey Meg's summit was in cloud. Tom Hale had scaled Grey Meg twice. “Not today,” said Tom.",
        "Grey Meg's lower slopes were bracken. Ada Price thought about the path. “Go on,” said Ada.",
        "They walked round Grey Meg instead. Tom wondered if Grey Meg would clear by noon.",
    )
    assert kind(fell, "Grey Meg") == "place"
    # must not: a person's face, shoulder or crest ("Tom's face", "the Duke's crest")
    p = model(
        "Tom Hale's face was grey. Tom's shoulder hurt. “Sit,” said Ada Price. Tom sat. Tom thought about it.",
        "The Duke's crest hung over the door. “Tea,” said Tom.",
    )
    assert kind(p, "Tom Hale") == "person"


def test_a_car_named_like_a_woman_has_a_cars_parts():
    # "Florence's hubcaps", "Florence's roof rack", "Florence's engine" (The House on Bode Thomas); written here as a
    # second text: a van called Marjorie with a windscreen, tyres, a radiator and hubcaps
    van = model(
        "Dad bought Marjorie in 1983. Marjorie has no air conditioning, and Marjorie's windscreen is cracked.",
        "Marjorie dies on the coast road. Marjorie's tyres are bald and Marjorie's radiator boils at Tebay.",
        "“Get in,” said Dad. Ruth Holt climbed into Marjorie and thought about the sea. Ruth laughed.",
        "Marjorie comes home on a Saturday. Ruth thought about Marjorie's hubcaps.",
    )
    assert kind(van, "Marjorie") in ("thing", "place")
    assert van.characters_in("Marjorie comes home and Ruth laughs.") == ["Ruth Holt"]
    # must not: a person's hat and shoe are no parts ("Lucy's bonnet", "Teo's boot")
    lucy = model(
        "Lucy Vane tied Lucy's bonnet under her chin. “Come,” said Lucy. Lucy thought about the road.",
        "Lucy laughed at the rain and Lucy's boot stuck in the mud.",
    )
    assert kind(lucy, "Lucy") == "person"


def test_a_firm_named_after_a_titled_family_is_no_full_name():
    # "Chief Adisa" beside "Adisa Homes" (The House on Bode Thomas), "Chief Okoro" beside "Okoro Crest" here: the
    # word after a name the book titles nearly always is no given name when the longer name never acts
    m = model(
        "Chief Okoro came to the house at noon. “Good afternoon,” said Chief Okoro. Chief Okoro smiled.",
        "He says a company has made an offer. Okoro Crest. They are building flats on the street.",
        "Okoro Crest bought the rest of the row. Chief Okoro thought about the price. Ada Bello laughed.",
        "“Okoro Crest,” said Ada. Ada thought about the house. Okoro Crest have made an offer.",
    )
    assert kind(m, "Okoro Crest") == "organisation"
    assert m.characters_in("Okoro Crest put up a hoarding. Chief Okoro laughed.") == ["Okoro"]
    # must not: a given name the book titles now and then keeps its full name ("Sister Ines" ... "Ines Marr")
    nun = model(
        "Sister Ines came in. “Sit,” said Ines Marr. Ines Marr thought about the bell. Ines laughed.",
        "Ines Marr rang the bell at six. “Again,” said Ines.",
    )
    assert kind(nun, "Ines Marr") == "person"


def test_a_name_only_ever_in_capitals_mid_sentence_is_an_acronym():
    # "NEPA takes light at nine o'clock" (The House on Bode Thomas), "the BBC" (three older books): a name in
    # capitals in every use and never titled is no person, however it acts
    m = model(
        "At nine the lights go. GRIDCO takes light every night, and GRIDCO knew we would wait.",
        "“GRIDCO again,” said Ada Bello. Ada thought about the freezer. When GRIDCO brings light the fan starts.",
    )
    assert kind(m, "GRIDCO") != "person"
    # must not: a transcript's speaker label in capitals is a person named in mixed case elsewhere
    t = model(
        "RUUD: Where were you?",
        "HOLM: On the hub.",
        "RUUD: Alone?",
        "Aleksander Ruud thought about the answer. “Thank you,” said Ruud. Ruud wondered what Holm knew.",
        "Later Ruud walked to the harbour, and Ruud laughed at the gulls. “Enough,” said Ruud.",
    )
    assert kind(t, "Ruud") == "person"


def test_a_given_name_seen_once_before_a_known_family_name_is_that_persons_full_name():
    # "Aleksander Ruud had asked for a room" opens his first scene in Polar Low, then "Ruud" throughout; older books
    # show the same once-given full names ("Dieter Lenz" in The Window on Bernauer Strasse, "Jory Callan" in The Wells
    # of Oriel, "Yves Janiver" in Little Fuzzy)
    m = model(
        "Anselm Roe had asked for a room without a window. Roe set the recorder on the table.",
        "“You don't have to be here,” said Roe. Roe thought about the file. Roe wondered what she knew.",
        "Later Roe walked to the harbour. “Enough,” said Roe, and Roe laughed.",
    )
    assert m.characters_in("Anselm Roe had asked for a room.") == ["Roe"]


def test_a_name_given_with_is_called_is_no_word_spoken_and_no_persons_other_name():
    # "The shop is called Tokubei. It has been called Tokubei since ..." and "why the kettle is called Tokubei" after
    # "Hiroshi brought Sae" (The Same Tea); "The walk-in fridge is called Gerald. It has been called Gerald since ..."
    # (Eighty Covers). Written here as a third text: a bakery named after its founder, and a boiler
    bakery = model(
        "The bakery is called Aldous. It has been called Aldous since my grandfather's time.",
        "Mara Lisle came to Aldous at six. The ovens at Aldous were already hot. “Morning,” said Mara.",
        "Tom Beck brought the flour at seven. He asked why the bakery is called Aldous. Mara laughed.",
        "Aldous was closed on Mondays. Mara thought about the rent. Tom said nothing.",
    )
    assert kind(bakery, "Aldous") != "person"
    assert bakery.characters_in("Tom brought the flour to Aldous. Mara laughed.") == ["Mara Lisle"]
    boiler = model(
        "The boiler in the cellar is called Percy. Nobody knows who named it.",
        "“Percy's sulking,” said Ann Roe. Ann thought about the cold. Ann went down to Percy with a spanner.",
        "Joe Hale laughed. “Kick it,” said Joe. The boiler is called Percy and it has never been kicked.",
    )
    assert kind(boiler, "Percy") != "person"
    # must not: a person named so is still a person ("a man called Hollis", "who was called Post by the whole road")
    man = model(
        "A man called Hollis came up the lane. “Evening,” said Hollis. Hollis thought about the rain.",
        "Mr Ashworth, who had been our postman for thirty years and was called Post, nodded. “Post,” said Hollis.",
    )
    assert kind(man, "Hollis") == "person"
    assert man.index.resolve("Post") == man.index.resolve("Mr Ashworth")


def test_a_name_only_ever_called_over_the_radio_is_a_call_sign_not_a_character():
    # Polar Low: "“Tjeld, Kilo One-Seven.”", "“Hub Marine, Hub Marine, Kilo One-Seven.”", "“Kilo One-Seven, copy
    # all”": a team's call sign, never narrated, called in radio headers ("station, caller") more than radio words
    # show. The header shape is in The Long Carry ("“Base, Harper.”") and Kessler Red ("“Steptoe, Whitman.”"); written
    # here as a police net
    m = model(
        "“Control, Tango Four.” Dana Reyes held the handset. “Tango Four, Control. Go on.”",
        "“Tango Four, Control, what is your location?” Dana thought about the bridge. “Control, Tango Four. Bridge.”",
        "“Tango Four, hold there.” Dana waited. Sam Okafor laughed. “Control, Tango Four, holding.”",
        "“Tango Four, move up.” Dana said nothing. “Tango Four, you are clear.” Sam Okafor thought about lunch.",
    )
    assert kind(m, "Tango Four") == "call sign"
    assert "Tango Four" not in m.addressed_in("“Tango Four, move up,” said the radio. Dana nodded.")
    # must not: a person introduced with a title ("“Osric Penhallow, Captain.”", The Arkwright Claim) or greeted at
    # night ("“Night, Sparrow.”", Kitty's Steps) is not called over a radio
    p = model(
        "“Osric Penhallow, Captain.” He held out a hand. “Osric,” said Ilse. Osric Penhallow thought about the ice.",
        "“Osric Penhallow, Captain,” he said again. “Osric, sit,” said Ilse. Osric laughed.",
    )
    assert kind(p, "Osric Penhallow") == "person"


def test_a_person_said_to_be_the_ships_boy_is_no_ship():
    # "Dacey is the ship’s boy, thirteen" (The Wells of Oriel) read as "Dacey is the ship": the possessive's
    # apostrophe was taken for a closing quote. Written here with a ship's cook; a ship said so stays a thing
    m = model(
        "“Where?” Ned asked. Ned is the ship’s cook, fat and cheerful. Ned laughed at the gulls.",
        "“Soup,” said Ned. Ned stirred the pot. Tom Reyes nodded at Ned.",
        "The Kestrel is a ship’s tender. The Kestrel lay at the quay. Tom Reyes rowed out to the Kestrel.",
    )
    assert kind(m, "Ned") == "person"


# h13zu: a title the narration thinks through is held by a person. First witness: The Well at Maud ("the Margravine",
# 47 of 53 uses after "the", one "to the Margravine" read as a place). Second, written before the rule: a prioress
# known only by her office, in another setting.
_PRIORESS = [
    "The Prioress woke before the bell. She lay for a while in the dark and thought about the letter from the bishop,"
    " and about what she would say to the sisters at chapter.",
    "The Prioress felt the cold of the flags through her shoes. She wondered whether the well would freeze again.",
    "Sister Agathe was waiting at the door of the chapter house. “Mother,” she said. “The Prioress is wanted.”",
    "The Prioress saw at once that the letter had been opened. She remembered the seal, and she knew it was not the"
    " bishop's.",
    "A novice ran to the Prioress with the lamp. The Prioress thought of her own first winter in the house.",
    "The Prioress decided to say nothing. She had learned long ago that silence frightened them more.",
    "“You will wait,” said the Prioress. Sister Agathe waited, and the Prioress watched her hands.",
    "The Prioress heard the cart in the yard and knew the bishop's man had come. The cart stopped at the Prioress,"
    " and the man climbed down.",
]


def test_a_title_the_narration_thinks_through_is_a_person_though_once_a_destination():
    got = model(*_PRIORESS).kind_of("Prioress")
    assert got == "person", got


# h13zu: one person's present-tense habit of calling the "I" by a name is a name said to the narrator, even when the
# word is also a common noun the book writes in lower case. Witnesses: Cold Ledger ("Tamsin calls me Latch"; "A latch
# is not a lock") and Below Sea Level ("He calls me Ammachi"); a text of our own below. A past-tense slip ("She called
# me Pat, once, in February", Contents of a House) is not taken.
_WICK = [
    "Nobody on the quay uses the name on my papers. Oskar calls me Wick when he wants the lamps done, because I trim"
    " the wick of every lamp on the pier before dark.",
    "“Evening, Wick,” Oskar says from the bollard. I lift a hand and go on down the boards with the can.",
    "The lamp at the end has a cracked glass. I turn the wick down and light it and watch the flame settle.",
    "“Wick, you're late,” says the harbourmaster's boy, and runs off before I can answer him.",
]
_SLIP = [
    "My mother did not know me by the end. She called me Pat, once, in February, and I let her.",
    "“Pat,” said the nurse to my aunt at the door, and my aunt came in with the flowers.",
    "Pat sat with us until the tea came. Pat said the garden wanted doing.",
]


def test_a_name_one_person_habitually_calls_the_narrator_is_said_to_the_narrator():
    assert model(*_WICK).addressed.resolve("Wick") == "Wick"
    assert model(*_SLIP).addressed.resolve("Pat") is None


# ---- h13zv: made minds, a place named for a titled person, a house named for a family -------------
def test_a_program_or_an_intelligence_named_like_a_person_is_no_person():
    # "Jonah is a program" (Cold Ledger), "The intelligence is called Edith" (Thin Water), beside "The system was
    # called Hollis" (The Dorothea): a made mind that talks is still no person. The texts are written for this test.
    for told in (
        "Rufus is a program, stitched together from old code.",
        "The intelligence is called Rufus, after a dog.",
    ):
        m = model(
            told,
            "“Morning,” said Rufus. Nell nodded and sat down at the desk.",
            "“The door is open,” said Rufus. “Good,” said Nell. Nell watched the screen.",
        )
        assert kind(m, "Rufus") == "thing"
        assert kind(m, "Nell") == "person"
    # a man said to be a programmer is a person
    m = model(
        "Rufus is a programmer, a friend from the old days.",
        "“Morning,” said Rufus. Nell nodded and sat down at the desk.",
        "“The door is open,” said Rufus. “Good,” said Nell. Nell watched the screen.",
    )
    assert kind(m, "Rufus") == "person"


def test_a_place_named_for_a_titled_person_is_a_place_where_the_bare_name_is_lived_in():
    # the fortress Maud is "Queen Maud" in 5 of 27 uses (The Well at Maud); the settlement Steptoe is "Colonel
    # Steptoe" in 1 of 33 (Kessler Red). Written for this test: a keep named for a king, titled in 2 of 9 uses.
    m = model(
        "King Harl built the keep four hundred years ago. Nobody in Harl remembered King Harl.",
        "Brannoc came back to Harl in the spring. There was no bread in Harl and no wood in Harl.",
        "Brannoc walked from Harl to the river. “Harl will not fall,” said Brannoc.",
        "All over Harl the bells rang. Harl kept a hard table.",
    )
    assert kind(m, "Harl") == "place"
    # a titled man in most of his uses stays a person, however often something is in him
    m = model(
        "King Harl came down the stair. King Harl said nothing. There was anger in Harl.",
        "King Harl sat at the table. There was fear in Harl, and pride in Harl.",
        "“Sit,” said King Harl. King Harl watched the door.",
    )
    assert kind(m, "Harl") == "person"


def test_a_house_named_for_a_titled_family_is_no_person():
    # "House Danforth" beside "Lord Danforth" (The Well at Maud): a common word before a titled family name is a
    # dynasty, the mirror of "Maxted Wheels" beside "Mr Maxted" (Kitty's Steps) and "Adisa Homes" beside "Chief
    # Adisa" (The House on Bode Thomas). Written for this test: "Clan Mabry" beside "Lord Mabry".
    m = model(
        "Lord Mabry rode in at noon. Lord Mabry said the clan would stand.",
        "The lands of Clan Mabry ran to the sea. Lord Mabry looked at the map.",
        "“Sit,” said Lord Mabry. Ewan sat. The banners of Clan Mabry hung in the hall.",
        "Nobody in the clan spoke. Lord Mabry frowned.",
    )
    assert kind(m, "Clan Mabry") == "organisation"
    assert "Clan Mabry" not in m.characters_in("Lord Mabry spoke for Clan Mabry. Lord Mabry sat down.")


def test_a_name_given_with_the_noun_as_object_says_what_it_is():
    # "Everybody called the tower Ada", "Everyone at Harbour Street called the system Margot" (Cold Ledger), "I called
    # the van Marjorie" (Isaura Vell). Written for this test: a tower and a computer named like women.
    m = model(
        "Everybody called the tower Bettina. You said you lived in Bettina, or that you worked near Bettina.",
        "The lifts in Bettina were out again. Nell walked up. “Morning,” said Nell.",
        "Nell called the computer Hester. Hester woke. “Ready,” said Hester. Hester answered every question.",
    )
    assert kind(m, "Bettina") == "place"
    assert kind(m, "Hester") == "thing"
    assert kind(m, "Nell") == "person"
    # a house called by its keeper's possessive is hers, not a new name of her ("calls the house Hattie's", Cutter
    # Grade)
    m = model(
        "Everybody calls the house Mabel's. We lodge at Mabel's.",
        "Mabel looked at her. “Sit,” said Mabel. Mabel smiled.",
    )
    assert kind(m, "Mabel") == "person"
    # a person called by a name is still a person ("called the boy Tom")
    m = model("They called the boy Tomas. “Here,” said Tomas. Tomas nodded.", "Tomas walked home. Tomas smiled.")
    assert kind(m, "Tomas") == "person"


# ---- h13ad: a name given to a common noun, a name only talked about ----------------------------------
def test_a_name_given_to_any_common_noun_but_a_persons_is_no_person():
    # "an actuarial model called Agnes", "the model is called Agnes" (Cold Ledger); "the long gyuto she calls
    # Bertrand" (Fire on Twelve): the noun is in no list of things, and the name talks or is handled like a person's.
    # The texts are written for this test.
    for told in (
        "The forecasting model is called Wilhelmina, and it runs the whole port.",
        "On the shelf sits the old knife she calls Wilhelmina, honed every week.",
    ):
        m = model(
            told,
            "“The tide turns at six,” said Wilhelmina. Orla nodded and wrote it down.",
            "“Good,” said Orla. Wilhelmina said nothing more. Orla watched the quay.",
        )
        assert kind(m, "Wilhelmina") == "thing"
        assert kind(m, "Orla") == "person"
    # a person noun, a name given "whom", or a person before the noun phrase: the name is a person's
    for told in (
        "The new harbourmaster is called Wilhelmina, and she runs the whole port.",
        "There was an old coat whom the foreman called Wilhelmina, for her coat.",
        "A tall clerk with a very sharp pencil called Wilhelmina came in.",
    ):
        m = model(
            told,
            "“The tide turns at six,” said Wilhelmina. Orla nodded and wrote it down.",
            "“Good,” said Orla. Wilhelmina said nothing more. Orla watched the quay.",
        )
        assert kind(m, "Wilhelmina") == "person", told


def test_two_given_names_before_one_family_name_are_two_people():
    # "Lucie Gagnon" and her father "Raymond Gagnon" (Fire on Twelve); "Josiah Sallow" and his daughter "Agatha
    # Sallow" (Keeping Agatha): a second given name before a family name the book knows only in a full name is
    # another member of the family, not a form of address for the first. The texts are written for this test.
    m = model(
        "Wenna Marchetti came in from the yard. Wenna said the pump had frozen again.",
        "“Then thaw it,” Wenna said. Wenna looked at the kettle. Wenna Marchetti sighed.",
        "Her father, Osgood Marchetti, who had built the farm, said nothing at all.",
    )
    assert m.index.resolve("Osgood Marchetti") != m.index.resolve("Wenna Marchetti")
    assert m.index.resolve("Wenna") == m.index.resolve("Wenna Marchetti")
    # a post before the family name of the one person the book names so is that person ("Provost Amberley")
    m = model(
        "Amberley came in from the yard. Amberley said the pump had frozen again.",
        "“Then thaw it,” Amberley said. The Provost looked at the kettle. The Provost sighed.",
        "Provost Amberley, who had built the farm, said nothing at all.",
    )
    assert m.index.resolve("Provost Amberley") == m.index.resolve("Amberley")


def test_a_speaker_whose_voice_was_made_is_no_person():
    # "she has a voice that was chosen by a committee in Stavanger" (the station AI Haldis, Polar Low); "it was a voice
    # designed so that you could not tell" (the police case system Marguerite, Cold Ledger): a machine that talks. The
    # paragraph is about the machine, named first; the one who hears it there stays a person. The texts are written
    # for this test.
    made = (
        "Tobit keeps the lighthouse log. Dace listened and wondered, as always, at a voice programmed "
        "to sound so patient."
    )
    rest = (
        "“Wind backing west,” said Tobit. Dace nodded and wrote it down.",
        "“Thank you,” said Dace. Tobit said nothing more. Dace watched the lamp.",
    )
    m = model(made, *rest)
    assert kind(m, "Tobit") == "thing"
    assert kind(m, "Dace") == "person"
    # a voice that is only heard, never made: both are people
    m = model("Tobit keeps the lighthouse log. Dace listened and wondered at a voice so patient.", *rest)
    assert kind(m, "Tobit") == "person"


def test_a_ward_named_after_someone_is_a_place_unless_it_acts():
    # "Seacole Ward" in a book about "the ward" (Night on Seacole: a hospital ward, named on a tannoy call), "Anren
    # Ward" beside "the ward gate" (The Yingchun Gate: a city ward); "Curtis Ward", "Terrell Ward" (Plain Error) are
    # men. The first word alone is the ward too where people are on it or go to it ("on Seacole", "back to Seacole").
    # The texts are written for this test.
    ward = (
        "The night porter pushed the trolley along the ward and out through the double doors.",
        "“Fire alarm test, Brunel Ward, third floor. Fire alarm test, Brunel Ward, third floor.”",
        "Hepzie carried the bloods up to Brunel. The bay was dark, and on Brunel the lights were low.",
        "“She's back on Brunel,” Hepzie said. Tamar nodded and went back to Brunel with the notes.",
        "Hepzie sighed. “Kettle,” said Hepzie, and Hepzie wondered whether anyone had bought milk.",
    )
    m = model(*ward)
    assert kind(m, "Brunel Ward") == "place"
    assert kind(m, "Brunel") == "place"
    assert kind(m, "Hepzie") == "person"
    # a man called Ward acts, and a book that never writes "ward" in lower case has no ward to name
    m = model(
        *ward,
        "Alfie Ward came up the stairs, and he said nothing to anyone. Alfie Ward wondered where the lift was.",
    )
    assert kind(m, "Alfie Ward") != "place"
    m = model("“Fire alarm test, Brunel Ward, third floor.”", "Brunel Ward, third floor, was on the bus home.")
    assert kind(m, "Brunel Ward") != "place"


def test_a_post_in_lower_case_that_acts_names_the_one_person_the_book_titles_with_it():
    # "the judge looked at him over her glasses" beside one "Judge Coyle" (The Whitcombe Verdict), "the captain" beside
    # "Captain Anand" (The Dorothea): the one holder is there when the post acts in the scene's own clause, not "when
    # the judge came" or "the judge had said"; not where the book names two holders or speaks of "an inspector".
    # The texts are written for this test.
    book = (
        "The inspector looked at the ledger. Tamsin waited by the stove.",
        "The inspector said nothing for a while, and Tamsin said nothing either.",
        "A card on the desk read Inspector Mallory, Weights and Measures.",
    )
    m = model(*book)
    assert m.ranks_in("The inspector frowned at the scales.") == ["Inspector Mallory"]
    assert m.ranks_in("Tamsin remembered the day when the inspector came.") == []
    assert m.ranks_in("The inspector had said it twice, last spring.") == []
    assert m.ranks_in("“The inspector wants you,” said Tamsin.") == []
    m = model(*book, "Inspector Harrow was the other one.")
    assert m.ranks_in("The inspector frowned at the scales.") == []
    m = model(*book, "There was an inspector at the mill too.")
    assert m.ranks_in("The inspector frowned at the scales.") == []


def test_someone_dead_before_the_story_is_never_present():
    # "Gary Whitcombe was dead" (The Whitcombe Verdict), "Curtis Ward died behind Ruby Mae's" (Plain Error), "Lem's
    # funeral" (The Long Drive North): said twice, first in the book's first quarter, so only ever talked about; one
    # who dies late in the book (said so first near its end) was there before. The texts are written for this test.
    opening = [
        "Amos Gray was dead, and the mill was quiet. Mina said nothing. Mina looked at the wheel.",
        "“After Amos Gray's funeral,” said Mina, “nobody came.” Tobias nodded. Tobias said he would stay.",
        "Years ago Amos Gray said the wheel would outlast him, and Amos Gray smiled when he said it.",
    ]
    middle = [
        "Mina walked to the weir. Tobias followed her, and Tobias said the water was high.",
        "Mina said the rain would stop. Tobias laughed. Hollis came down the lane and Hollis said hello.",
    ] * 3
    scene = "Amos Gray owed the bank four hundred pounds. Mina read the letter twice, and Tobias watched her."
    tagger = Tagger()
    tagger.learn_book([*opening, *middle, scene])
    assert "Amos Gray" not in tagger.characters_present(scene, "Mina")
    assert "Tobias" in tagger.characters_present(scene, "Mina")
    # dead only at the end of the book: the same scene earlier shows him there
    tagger = Tagger()
    late = "Amos Gray was dead by morning. After Amos Gray's funeral the mill was quiet."
    tagger.learn_book([*middle, "Amos Gray came into the mill. Amos Gray said the wheel was slow.", scene, late])
    assert "Amos Gray" in tagger.characters_present(scene, "Mina")


def test_a_the_title_that_speaks_with_he_or_she_is_a_person_not_a_thing():
    # "said the Dowager" (Lady Ashcombe's Season), "the Editor said" (The Time Machine), "said the Bailiff" (The Ellen
    # Grace), "the Registrar" (The Yingchun Gate): a title written "the X" in nearly all its uses, that says things and
    # has "she" or "he" in its own clauses far more often than anyone is at it, is someone's, as "the Margravine
    # thought" was. A vessel that talks is a thing by what the book says it is. The texts are written for this test.
    m = model(
        "“Sit down,” said the Almoner. The Almoner looked up from her ledger.",
        "“Again,” said the Almoner. The Almoner put down her pen.",
        "Wenna waited at the Almoner for an hour. “Well?” said the Almoner.",
        "Wenna said nothing. Wenna looked at the floor.",
    )
    assert kind(m, "Almoner") == "person"
    m = model(
        "The Skerry is a very good machine. “Course set,” said the Skerry. The Skerry turned her bow south.",
        "“Holding,” said the Skerry. The Skerry trimmed her sails. Inside the Skerry it was warm.",
        "Wenna said nothing. Wenna looked at the sea.",
    )
    assert kind(m, "Skerry") != "person"


def test_a_person_named_only_as_a_source_or_a_message_end_is_not_present():
    # "The letter from Hollis was still on the windowsill" (The Tollhouse Summer), "a message from Mama Ronke" (The
    # House on Bode Thomas), "heard about it afterwards, from Tuck" (The Quorum at Calloway), "the phone call to
    # Lister" (Night on Seacole): what came from them is in the scene, they are not. Written here as a further text: a
    # lighthouse
    t = _ramp_tagger()
    scene = (
        "Tom climbed to the lamp room with the oil. The parcel from Marjorie sat unopened on the chart table, and he "
        "had the news of the wreck secondhand, from Rudd. He trimmed the wick and wrote to Ada about the weather."
    )
    assert t.characters_present(scene, None) == ["Tom Hale"]
    # must not: someone who hands a thing over in the scene, or whom the scene sets something apart from, is there
    assert "Rudd Mallory" in t.characters_present("Tom took the lamp from Rudd and climbed.", None)
    assert "Ada Price" in t.characters_present("Tom sat across the table from Ada and ate.", None)
    assert "Ada Price" in t.characters_present("Tom took over from Ada at midnight.", None)


def test_a_club_or_company_whose_name_modifies_nouns_is_an_organisation_not_a_person():
    # "the Calder Vale supporters", "a Hanbit hoodie" (The Back Four, The Third Floor at Hanbit): a name that stands
    # before the book's nouns and is worked or played at, far more often than it acts, is a club or a firm; here a
    # brass band and a brewery of my own, beside a woman who acts and whose name once modifies a noun too
    book = [
        "Ellen Thwaite had played cornet for Holmfirth Silver for nine years. The Holmfirth Silver bandroom was cold.",
        "She walked past the Holmfirth Silver banners and the lorry with Ostler signs on it. The signs were new.",
        "Holmfirth Silver had won nothing since 1998. Everyone at Ostler knew it, and the Ostler drays went by.",
        "Holmfirth Silver agreed to play at the gala. The bandroom had a leak and the drays were late.",
        "Ellen said nothing. She tuned the cornet. Ellen looked at the banners again and Ellen laughed.",
        "Ellen wondered if the Ellen cornet was hers. At Holmfirth Silver they put the kettle on.",
        "“Ellen,” said Marjorie, “are you coming?” Ellen nodded. Nobody at Ostler answered the phone.",
    ]
    m = model(*book)
    assert kind(m, "Holmfirth Silver") == "organisation"
    assert kind(m, "Ostler") in ("organisation", "place")
    assert kind(m, "Ellen Thwaite") == "person"
    assert m.characters_in("Ellen sat with the Holmfirth Silver cornets and an Ostler banner.") == ["Ellen Thwaite"]


def test_a_name_given_to_a_noun_ending_in_us_or_after_a_hyphenated_word_names_a_thing():
    # "a minibus called Doris", "a six-foot foam bobbin known to regulars as Bobby" (The Back Four): "-us" is no
    # plural, a hyphenated size is an adjective, and "known to the children as" gives a name as "known as" does; my
    # own bus and hen, beside a woman named the same way, who stays a person
    book = [
        "The choir had an old omnibus called Gertie, and a six-foot papier-mache hen known to the children as Mabel.",
        "Gertie sighed on the hill. Mabel watched from the back seat, and Gertie's door rattled.",
        "Nan Purslow drove. A woman known to the choir as Nan, she said very little. Nan laughed at the hill.",
        "“Nan,” said Wilf, “mind the gears.” Nan nodded.",
    ]
    m = model(*book)
    assert kind(m, "Gertie") == "thing"
    assert kind(m, "Mabel") == "thing"
    assert kind(m, "Nan Purslow") == "person"
    assert m.characters_in("Nan parked Gertie and lifted Mabel down.") == ["Nan Purslow"]


def test_a_name_two_people_wear_with_a_common_word_before_it_names_two_people_not_a_kind():
    # "Big Sam" and "a Little Sam" (Resus Two), "Big Sutty" and "Little Sutty" (The Back Four): my own two Neds on a
    # boat, the younger introduced with an article as a nickname is; a bare "Ned" goes to the Ned the scene names
    book = [
        "For ten years Ned Carrow had skippered the Sorrel, and everyone called him Ned. He is Tall Ned now.",
        "Since March there has been a Short Ned as well, and Short Ned is the cook, a short man with short arms.",
        "Tall Ned said nothing about it. Tall Ned looked at the nets and Tall Ned laughed at the gulls.",
        "“Find me Short Ned,” said Maud. The pan that Short Ned had left on the stove was smoking.",
        "Tall Ned was at the wheel when Maud came up. Tall Ned told her the glass was falling.",
        "The tall mast creaked above the short boom.",
        "“Ned,” said Maud again, and Ned looked up. Ned said the glass was falling. Ned laughed.",
    ]
    m = model(*book)
    assert kind(m, "Short Ned") == "person"
    assert kind(m, "Tall Ned") == "person"
    assert m.index.in_scene("Short Ned lit the stove. Ned burned his thumb.").mentions("Ned burned")[0].person == (
        "Short Ned"
    )
    assert m.index.in_scene("Tall Ned took the wheel. Ned swore.").mentions("Ned swore")[0].person == "Tall Ned"
    assert not m.index.in_scene("Maud slept. Ned swore.").mentions("Ned swore")  # no Ned in play: no one


def test_a_name_an_animals_noun_stands_beside_is_no_person():
    # "Emma the goat had got out again", "Pitt the cat came after him" (The Indefatigable Watch), "the dog Major's head"
    # (The Flying Delgados), "the cat, Mrs. Siddons" (The Scottish Play): the reader is told which names are animals.
    # A titled name the book also gives a man ("Mr. Pitt" the minister) is still the cat where the noun says so.
    farm = model(
        "Ruth Aske crossed the yard at six. Bramble the ewe was waiting at the gate, and Ruth let her through.",
        "“Go on, then,” said Ruth. Bramble the ewe went off down the lane towards the river.",
        "In the evening Ruth counted the flock. The old ewe, Bramble, came last, as she always did.",
        "Ruth thought about the market. The pig Mr. Sedley rooted under the hedge.",
        "Ruth watched the pig Mr. Sedley eat the windfalls, and laughed.",
        "“Mr. Sedley sold the top field,” said Ruth's brother. Ruth said nothing.",
    )
    assert kind(farm, "Bramble") == "thing"
    assert kind(farm, "Sedley") == "thing"
    assert "Bramble" not in farm.characters_in("Bramble came to the gate, and Ruth Aske fed her.")
    # must not: the sheep of an island named like a woman ("On Margery the sheep lay down", The Hennick Blow), nor a
    # man shown a horse ("while Jack was showing Mick the young horse", The Townland of Carrigeen)
    island = model(
        "Tom Birkett rowed out to Hest in the morning. On Hest the sheep lay down in the lee of the wall.",
        "Tom thought about the weather. “We'll go to Hest,” said Tom. On Hest the sheep were wet through.",
    )
    assert kind(island, "Tom") == "person"
    yard = model(
        "Jack Dunne was showing Mick the young horse in the yard. “Steady,” said Mick.",
        "Mick thought the horse was sound. Jack gave Mick the old horse's bridle. Mick laughed.",
        "Later Jack sold Mick the horse. Mick walked home.",
    )
    assert kind(yard, "Mick") == "person"


def test_a_name_on_its_perch_that_hardly_speaks_is_a_bird():
    # "Getúlio walked up and down his perch", "Getúlio watched from his perch" (a parrot, The Hill of the Samba), as
    # Horace watches "from his perch" (A Week at Ottilie): a bird's stand, which no person has in the narration
    birds = model(
        "Captain Jack shifted on his perch and whistled. Ada Fenn fed him a grape.",
        "“Pretty,” said Captain Jack. Captain Jack walked up and down his perch. Ada thought about her mother.",
        "Ada went to bed. Captain Jack watched from his perch, and Ada laughed.",
    )
    assert kind(birds, "Jack") != "person"


def test_a_person_on_a_perch_of_his_own_keeps_his_kind():
    # "from his perch on the wall": a person's seat, with a place of its own after it, is no animal's part
    wall = model(
        "Dara Finch climbed the wall by the gate. Dara watched the lane from his perch on the wall.",
        "Dara waited. Dara shifted on his perch atop the stones and looked at the road. Ivo Lusk came up the lane.",
        "Dara jumped down from his perch by the gate. Ivo laughed.",
    )
    assert kind(wall, "Dara") == "person"


def test_a_person_named_with_a_trade_in_animals_is_no_animal():
    # "Corran the pony dealer", "Corran, the pony dealer": the animal's noun is the first of a trade's, a person's
    # epithet, however often the narration gives it; "Bramble the ewe went off" stays the ewe
    fair = model(
        "Corran Teague walked the fair at dawn. Corran the pony dealer stood by the pens, counting his money.",
        "Corran nodded to the farmers. Corran, the pony dealer, bought three mares before noon.",
        "Nell Varley watched Corran the pony breeder from the cart. Nell thought about her father.",
    )
    assert kind(fair, "Corran") == "person"


def test_a_bare_name_beside_its_parents_kin_names_is_a_person_of_its_own():
    # "Abu Karim" and "Umm Karim" (father and mother of Karim) beside "Abu Samir", "Umm Samir" (The Night of the
    # Fires): "Abu" and "Umm" name no one alone and stand before several names, so "Karim" is no family name the two
    # share but the son himself, present in his own scenes
    lane = model(
        "Tariq went down the stairs at seven. Tariq thought about the examination.",
        "“Eat,” said Abba Tariq. Then Amma Tariq put the bread on the table. Tariq laughed.",
        "At noon Abba Nadim came to the door, and Amma Nadim called from the window. Tariq waved.",
        "Tariq said nothing. Tariq walked to the office and Tariq sat at his desk.",
        "“Late again,” said Abba Tariq, and Amma Tariq nodded. Then Abba Nadim nodded too.",
        "Nadim ran down the lane. Nadim laughed. “Come in,” said Amma Nadim, and Amma Tariq smiled.",
    )
    assert lane.index.resolve("Tariq") == "Tariq"
    assert "Tariq" in lane.characters_in("Tariq walked to the office. Abba Tariq watched him go.")
    # must not: two relatives with given names share their family name ("Walter Lennox", "Helen Lennox")
    family = model(
        "Walter Lennox read the paper. Helen Lennox poured the tea. Walter laughed.",
        "“Lennox,” said the judge. Helen thought about her brother. Walter Lennox said nothing.",
        "Helen Lennox went out. Walter thought about the case. Helen laughed.",
    )
    assert family.index.resolve("Lennox") != "Lennox"


def test_a_gaol_or_an_infirmary_named_like_a_person_is_a_place():
    # "the way another man might have said Wakefield Gaol" (The Scottish Play), "Chelmsford Gaol" (The Ellen Grace),
    # "the County Jail" (Plain Error), "the Cumberland Infirmary" (The Long Carry): where people are held or nursed
    town = model(
        "Nell Hardy looked at the letter. “Harrogate,” she said, the way another woman might have said Ripon Gaol.",
        "Nell thought about her father. He had been six weeks in the Ripon Infirmary. Nell laughed at last.",
    )
    assert "Ripon Gaol" not in town.characters_in("She might have said Ripon Gaol. Nell Hardy sat down.")
    assert kind(town, "Ripon Gaol") == "place"


def test_a_person_only_supposed_or_reported_as_saying_is_not_present():
    # "Sparks would have the glass on the road from the mast" (Kessler Red), "The Harbourmaster would have read the log
    # by now" (The Dorothea), "My man Dobbs will be at the Captain Foley" (A Week at Ottilie); "Nurse Gedney died on
    # Tuesday night" (The Cresswell Papers), "his son Lucan is dead" (The Well at Maud); "Hélène says it is the most
    # expensive shopping" (Fire on Twelve), "Mother says you went to Umeda" (The Noodle House in Tenma): what someone
    # would or will do, or holds, is in the scene, they are not. Written here as a further text: a bakery at dawn
    t = _ramp_tagger()
    scene = (
        "Tom knocks back the dough and sets the loaves to prove. Ada would have the shutters up by now at the "
        "other shop. Rudd says the flour is dearer this year, and the oven takes an hour to come up."
    )
    assert t.characters_present(scene, None) == ["Tom Hale"]
    later = "Tom wipes the counter. Rudd will be round for the bread at six, and Ada'll have the first loaf."
    assert t.characters_present(later, None) == ["Tom Hale"]
    wont = "Tom wipes the counter. Rudd won’t be back before noon, and Ada wouldn't have heard."
    assert t.characters_present(wont, None) == ["Tom Hale"]
    gone = "Tom lights the oven alone. Rudd died in March, and Ada is dead these ten years."
    assert t.characters_present(gone, None) == ["Tom Hale"]
    # must not: someone who says a thing beside their own words, or who also acts in the scene, is there
    tagged = "“Two dozen,” Ada says, and puts the tray down. Tom nods."
    assert "Ada Price" in t.characters_present(tagged, None)
    asks = "Ada says, “Two dozen.” Tom nods."
    assert "Ada Price" in t.characters_present(asks, None)
    acts = "Rudd would not look at the bread. Rudd sat down by the oven and Tom laughed."
    assert "Rudd Mallory" in t.characters_present(acts, None)
    dies = "The oven door fell. Rudd died there on the flags, and Tom knelt."
    assert "Rudd Mallory" in t.characters_present(dies, None)
    # must not: "dead" as "very", the habitual "would" of a narrative past, a present scene's own "says", a death
    # in a named person's arms, a refusal made there: all people in the scene
    for present in (
        "Rudd was dead tired after the night shift, and Tom handed him the tray.",
        "Rudd is dead set against the new oven. Tom shrugs.",
        "Every morning that winter Tom would light the oven, and Rudd would sweep the floor.",
        "Rudd says nothing; he stares at the tray while Tom counts.",
        "Rudd says goodbye to Tom and leaves.",
        "The beam came down. Rudd died in Tom's arms.",
        "Rudd will not hear of it, he tells Tom.",
    ):
        assert "Rudd Mallory" in t.characters_present(present, None), present
    assert "Tom Hale" in t.characters_present("Every morning Tom would light the oven, and Rudd would sweep.", None)
    # and still absent: "would" with any verb outside a habit, dead some years, a report "as someone says" or set in
    # with commas, and after an apostrophe (not a closing quote)
    assert t.characters_present("Tom said that Rudd would see the cart home.", None) == ["Tom Hale"]
    assert t.characters_present("Tom kneads. Rudd had been dead nine years.", None) == ["Tom Hale"]
    assert t.characters_present("Tom counts the loaves, Rudd says, twice over.", None) == ["Tom Hale"]
    assert t.characters_present("Tom counts the loaves, as Rudd says, twice.", None) == ["Tom Hale"]
    assert t.characters_present("Tom waits at the Harpers’ door. Rudd says it is late.", None) == ["Tom Hale"]


def test_a_first_person_narrator_the_model_reads_as_an_animal_is_a_person_of_the_book():
    # a cat that tells half the book: it purrs and has a tail, so the model reads "Marmalade" as an animal; once the
    # first-person scenes are its, it is present in the third-person scenes that name it as well
    cat = model(
        "Marmalade began to purr. Marmalade's tail went up, and Marmalade began to mew at the door.",
        "Owen Price came in with the milk. “Down,” said Owen. Marmalade was purring on the sill.",
        "Owen thought about the ferry. Later Marmalade slept under the stove, and Owen laughed at her.",
    )
    assert kind(cat, "Marmalade") not in (None, "person")
    t = Tagger()
    t.model, t.people = cat, cat.index
    third = "Owen put the saucer down, and Marmalade ate, and Owen went out to the boat."
    assert "Marmalade" not in t.characters_present(third, "Owen")
    t.admit_narrators(["Marmalade"])
    assert "Marmalade" in t.characters_present(third, "Owen")
    # must not: a narrator the index already knows keeps their own entry
    t.admit_narrators(["Owen"])
    assert t.people.resolve("Owen") == "Owen Price"


def test_a_name_quoted_on_its_own_mid_sentence_is_a_work_not_a_person():
    # a song named like a woman of the bandleader's family: played, sung and named in quotes, as a book prints a
    # title; the crowd sings the chorus back in the narration, and speech quotes it, which reads like a call
    m = model(
        "The band played “Rosie Keane” twice, and the whole hall sang “Rosie Keane” back at us, Rosie Keane, "
        "Rosie Keane.",
        "“Rosie Keane,” said Tom Keane. “Every night, Rosie Keane.” Keane laughed at the drummer, and he paid us.",
        "At the wedding we finished with “Rosie Keane” again, and Tom Keane thought about the money. He was tired.",
        "Nobody knew the words of “Rosie Keane” except the drummer, and Keane said so.",
    )
    assert kind(m, "Rosie Keane") == "thing"
    assert m.characters_in("Then they played Rosie Keane, and Tom Keane sang.") == ["Tom Keane"]
    # must not: a nickname given in quotes, and a name said after a verb of speech, stay a person
    m = model(
        "The boys called him “Sparrow” from the first day. Sparrow laughed. “Come on, Sparrow,” said Tom Keane.",
        "Sparrow thought about the river. Sparrow said nothing. Tom laughed.",
        "Tom said “Sparrow” and stopped, and Sparrow turned round.",
    )
    assert kind(m, "Sparrow") == "person"


def test_a_word_set_only_before_several_peoples_names_is_a_form_of_address():
    # a Sicilian village's "Don" (as in The Nineteenth of September): a word that opens sentences in English ("Don't"),
    # here never alone and never in lower case, before two men's names; "Don Calò" is Calò, not another Calò's first
    # name, whether the sentence opens on it or not
    m = model(
        "Calò carried the nets up from the boat. Calò said nothing to the boy.",
        "Turi laughed at him from the café. Turi said the sea was too high for the boats.",
        "Don Calò sat down by the door and lit his pipe, and the boy watched him.",
        "In the morning Don Turi brought the coffee, and Don Calò drank it without a word.",
        "Ana Reyes came down the hill with the post. Reyes said the ferry was late again.",
        "Nobody had seen Don Pepè since the feast, and Don Calò said so.",
        "Kemi laughed at the boats. Kemi said the ferry was late. Baba Kemi came for her, and Baba Sola after him.",
    )
    assert m.characters_in("Don Calò sat down on the wall.") == ["Calò"]
    assert m.characters_in("In the evening Don Turi mended a net.") == ["Turi"]
    # must not: a first name set before one family name is another person of that family ("Frank Reyes" is no Ana),
    # and "Baba Kemi", Kemi's father, is not Kemi (a kin word before two names only)
    assert m.characters_in("Frank Reyes sat down on the wall.") == []
    assert "Kemi" not in m.characters_in("Baba Kemi sat down on the wall.")


def test_front_or_hind_legs_and_being_owned_make_a_name_an_animal():
    # a goat on a Welsh hill farm, named like a woman, who watches and comes when called but never speaks: her
    # front legs up on the wall mid-sentence, and owned by a man (as the dogs of The Number 46 Line and The Second
    # Line on Frenchmen Street: "Sonko got up and stretched his front legs", "Nobody owns Sonko")
    m = model(
        "Nobody in the valley owns Bethan, though Huw feeds her. Huw said so to anyone who asked.",
        "In the morning Huw came up the lane and Bethan, who had put her front feet on the wall, watched him.",
        "Bethan looked at the gate. Bethan came when Huw whistled. Huw laughed at her and went in.",
    )
    assert kind(m, "Bethan") != "person"
    assert kind(m, "Huw") == "person"
    # must not: a woman who walks her dog and owns a shop stays a person; "her own" is no owning
    m = model(
        "Morfudd walked the dog up the lane, and the dog stretched its front legs at the gate. Morfudd said nothing.",
        "Her own Morfudd, her mother called her. Morfudd thought about the shop and said she was tired.",
        "Morfudd owns the shop on the square. Morfudd laughed.",
    )
    assert kind(m, "Morfudd") == "person"


def test_a_name_painted_in_capitals_on_something_twice_is_no_person():
    # a fishing boat in a Cornish harbour, named for a woman, her name painted on her bow and her stern: "she" in
    # the narration, titled, never thinking or speaking (as the matatu MADAM SHIRO in The Number 46 Line)
    m = model(
        "The boat had MISS MORWENNA painted on the bow in red letters, and Jory untied her and jumped down.",
        "Jory took Miss Morwenna out past the breakwater. Miss Morwenna was slow, and Jory sang to her.",
        "On the stern, in the same red letters, MISS MORWENNA again, and the port of Looe under it.",
        "Miss Morwenna came back in at dusk with her deck full. Jory said he was tired.",
    )
    assert kind(m, "Morwenna") != "person"
    assert m.characters_in("Jory took Miss Morwenna out past the breakwater.") == ["Jory"]
    # must not: a woman whose name the boys paint once on a banner stays a person
    m = model(
        "The boys had painted WELCOME HOME TAMSIN in big letters on a sheet. Tamsin laughed when she saw it.",
        "Tamsin said she was tired. Tamsin thought about the train and went up to bed.",
    )
    assert kind(m, "Tamsin") == "person"


def test_a_named_animal_is_no_character_and_a_man_nicknamed_for_one_who_speaks_is():
    # "Kalyani begins to low", "Kalyani calved in November" (a cow, The House at Puthenpura); "Muzet went first with
    # her sledge. He was an old draught bull", "Muzet's broken antler", "Jovnna, the big bull" (The Reindeer Road): what
    # only an animal does, its parts, a species' noun beside the name or said of it in the next sentence, and what
    # people do to it (milking, saddling), against a speaking man the farm calls "the Ox"
    farm = model(
        # scene one: the yard at dawn
        "Walter Penhale came down to the yard before light. Dennis was waiting at the gate, and Walter let him out.",
        "Dennis ran twice round the rick and came back. He was an old sheepdog, grey at the muzzle.",
        "Dennis watched the lane and lay down by the pump.",
        "The man they called the Ox was already in the stable. “She's lame again,” said the Ox.",
        "Walter saddled Margaret anyway. Margaret stood grazing by the trough while he tightened the girth.",
        "Margaret turned her head and looked at him. Walter saddled Margaret as his father had.",
        "“Leave her,” said the Ox. Walter thought about the market and said nothing.",
        # scene two: the lane at noon
        "At noon Walter yoked Alfred to the cart, and Dennis the sheepdog trotted behind.",
        "Alfred, the old bullock, went slowly up the lane. Alfred watched the crows. Walter walked at his head.",
        "Margaret whickered at the ford. “Go on, girl,” Walter said, and the Ox laughed from the wall.",
        "The Ox watched them go. “She'll not see another winter,” the Ox said to nobody.",
    )
    for animal in ("Dennis", "Margaret", "Alfred"):
        assert kind(farm, animal) != "person", animal
        assert farm.index.resolve(animal) is None, animal
    assert farm.characters_in("Dennis barked and Margaret grazed while Walter Penhale watched.") == ["Walter Penhale"]
    assert kind(farm, "Ox") == "person"
    assert kind(farm, "Walter") == "person"
    # must not: the same verbs of a person ("Tom grazed his knee", "was low", "herded Tom into the car") and a man
    # likened to a bull once are no animal
    lane = model(
        "Tom Rudd grazed his knee on the wall and swore. Tom was low all that week.",
        "Nan Rudd herded Tom into the car. “Sit,” said Nan. Tom, the young bull, sat.",
        "Tom thought about the match. “It hurts,” said Tom.",
    )
    assert kind(lane, "Tom") == "person"


@pytest.mark.parametrize(
    ("book", "animals"),
    [
        # the labels' header: the cow "Kalyani" beside the boat "Eliyamma"
        ("the-house-at-puthenpura", ["Kalyani"]),
        # the labels' header: the bell-bull Jovnna, the doe Gabba, the draught bulls Muzet and Njoammil
        ("the-reindeer-road", ["Muzet", "Jovnna", "Gabba", "Njoammil"]),
    ],
)
def test_the_named_animals_of_two_labelled_books_are_no_people(book: str, animals: list[str]):
    labels = yaml.safe_load((REPO / "tests" / "data" / "eval" / f"{book}.labels.yaml").read_text(encoding="utf-8"))
    doc = parse_structure(read_manuscript(REPO / labels["source"]))
    standard_quotes(doc.paragraphs)
    book_model = build_model([p.text for p in doc.paragraphs])
    for name in animals:
        assert name in labels["not_characters"]
        assert book_model.kind_of(name) != "person", name


def test_a_letters_addressee_signer_and_errands_are_not_present():
    # a letter set in the narration: its salutation ("My dearest Nell,", The Cresswell Papers; "Dearest Ammachi, I
    # have your letter", The House at Puthenpura) and its errands ("Give Mamma my love", "Tell Mr. Pruett he has the
    # best typewriter", "Ask Mash Hassan to forgive me", The Garden in Shemiran) name people elsewhere. My own
    # lighthouse letter
    t = _ramp_tagger()
    letter = (
        "The Light, Tuesday.\n\nMy dearest Marjorie,\n\nTom is asleep in the chair and the lamp is lit. Give Ada my "
        "love, and tell Rudd the oil came."
    )
    assert t.characters_present(letter, None) == ["Tom Hale"]
    # and the reader it calls along the way, in a paragraph that says "you" ("Nell, you cannot imagine the country",
    # "So she is real, Kit.", The Cresswell Papers)
    letter = "Tom is asleep in the chair.\n\nRudd, you would laugh at me. The lamp is lit, Ada, and you know the rest."
    assert t.characters_present(letter, None) == ["Tom Hale"]
    # must not: a name called in the narration's own scene, nor one told something there, nor one a letter tells of
    assert "Rudd Mallory" in t.characters_present("Ada, her face red, stood up. She told Rudd the oil came.", None)
    assert "Ada Price" in t.characters_present("Ada, her face red, stood up.", None)
    assert "Ada Price" in t.characters_present("Ada, her face red, stood up. You could see it.", None)
    assert "Ada Price" in t.characters_present("He looked at his sister, Ada, and you could see it.", None)
    assert "Ada Price" in t.characters_present("Ada, come here, Tom said. You are late.", None)
    assert "Ada Price" in t.characters_present("TOM HALE: Ada, you take the lamp.", None)


def test_a_name_that_answers_a_who_question_is_spoken_of():
    # "“Who's in Bed Four?” “Mrs Tattersall. UTI.”" (Resus Two), "“Who?” “My pastry chef. Priya Raman.”" (Fire on
    # Twelve), "“Who told them?” “Freddy Brereton, who saw it from the Row”" (Lady Ashcombe's Season): the one asked
    # about. My own texts
    t = _ramp_tagger()
    scene = "Tom came in. “Who left the door open?” he said.\n\n“Rudd, who never shuts anything,” said Ada."
    assert sorted(t.characters_present(scene, None)) == ["Ada Price", "Tom Hale"]
    scene = "Tom came in. “Who has the key?” he said.\n\n“The keeper. Rudd.”"
    assert t.characters_present(scene, None) == ["Tom Hale"]
    # must not: the answer to who is there, or who is speaking, nor a name called after another question
    assert "Rudd Mallory" in t.characters_present("Tom came in. “Who's that?” he said.\n\n“Rudd.”", None)
    assert "Rudd Mallory" in t.characters_present("Tom came in. “Where is it?” he said.\n\n“Rudd. Come here.”", None)


def test_a_face_or_hands_the_teller_thinks_of_are_not_someone_present():
    # "He thought of Roarke's pleasant face" (Cold Ledger), "I thought about Eleni Teyze's hands on the ribbon" (The
    # House on the Bosphorus), "I think about Niillas's hand" (The Reindeer Road): remembered, not shown. My own texts
    t = _ramp_tagger()
    scene = "Tom trimmed the wick. He thought of the storm, and of Rudd's hands on the rope, and he was afraid."
    assert t.characters_present(scene, None) == ["Tom Hale"]
    # must not: a face or a voice shown in the scene, nor one after a thought that has moved on
    assert "Rudd Mallory" in t.characters_present("Tom trimmed the wick. He heard Rudd's voice on the stair.", None)
    scene = "Tom trimmed the wick. He thought of the storm, and Rudd's hands shook on the rope."
    assert "Rudd Mallory" in t.characters_present(scene, None)


def test_a_title_of_the_other_gender_used_twice_before_a_family_name_is_a_person_of_its_own():
    # "Madame Vidal", whose scenes open on it, beside Henri Vidal (The Rice Terraces at Moramanga); "Mrs Ashdown"
    # beside Dan Ashdown (The Tollhouse Summer)
    book = [
        "Henri Vidal came in from the verandah. He said nothing. Henri Vidal sat down and he lit a cigarette.",
        "Monsieur Vidal was late. Henri Vidal took his hat and he went out.",
        "Madame Vidal spent the morning in the garden. She cut the roses.",
        "Madame Vidal did not answer. She went inside.",
    ]
    m = model(*book)
    assert m.characters_in("Madame Vidal cut the roses.") == ["Madame Vidal"]
    assert m.index.gender.get("Madame Vidal") == "she"
    assert m.characters_in("Monsieur Vidal cut the roses.") == ["Henri Vidal"]
    # must not: written once, the titled name stays no one's
    m = model(*book[:3])
    assert m.characters_in("Madame Vidal cut the roses.") == []


def test_his_name_was_gives_the_named_person_a_gender_over_a_possessive():
    # "His name was Rabe" beside "Rabe filled her glass and bent to her ear" (The Rice Terraces at Moramanga);
    # "His name was Boysie" (The Panyard on Nelson Street)
    book = [
        "The boy came round the table. His name was Rabe. Madeleine watched him.",
        "Rabe filled her glass and bent to her ear.",
        "Rabe stood in the doorway. Madeleine waited.",
        "“Rabe,” said Madeleine. Madeleine went out. She did not look back.",
    ]
    assert model(*book).index.gender.get("Rabe") == "he"
    # must not: without the naming sentence the possessives alone decide as before
    assert model(*book[1:]).index.gender.get("Rabe") != "he"


def test_honorifics_before_a_name_with_no_family_name_leave_the_bare_name_a_person():
    # "Ko Zaw" and "Maung Zaw" beside "Ko Aung Ko" (The Road to the Sule Pagoda); "Abu Karim" and "Umm Karim"
    # beside "Abu Samir" (The Night of the Fires, `_after_kin_words`)
    book = [
        "Zaw came out of the hostel with his sandals in his hand. Zaw was tired.",
        "“Ko Zaw, you have the flag?” said Ko Aung Ko. Ko Aung Ko laughed.",
        "Zaw walked near the front. He held the flag. Zaw did not look back.",
        "“Eat,” his mother told Maung Zaw. Zaw ate.",
        "Ko Aung Ko went first. Ko Aung Ko knew the road. “Ko Zaw,” he said. Ko Zaw nodded.",
        "Zaw thought about the soldiers. Zaw was afraid. The teacher gave Maung Zaw a book, and Maung Zaw read it.",
    ]
    m = model(*book)
    assert m.characters_in("Zaw sat down.") == ["Zaw"]
    # must not: two given names before one family name, neither set before any other name, are relatives
    # ("Jürgen Vogt", "Renate Vogt")
    rel = [b.replace("Ko Zaw", "Jurgen Zaw").replace("Maung Zaw", "Renate Zaw") for b in book]
    assert model(*rel).characters_in("Zaw sat down.") != ["Zaw"]


def test_a_given_name_written_once_before_a_family_name_alone_is_the_persons_full_name():
    # "Corporal Clive Alleyne" for Alleyne, "Deonarine" for Ramdeen, "Cyril Noel" for Noel (The Panyard on Nelson
    # Street)
    book = [
        "Alleyne stood at the corner and watched. He had his baton. Alleyne did not move.",
        "Alleyne walked back to the station. He was tired. Alleyne sat down.",
        "“Alleyne,” said the sergeant. Alleyne nodded.",
        "He stood up in the witness box. Corporal Clive Alleyne, he said his name was.",
        "“Clive,” his mother called from the door.",
    ]
    m = model(*book)
    assert m.characters_in("Alleyne sat down.") == ["Clive Alleyne"]
    # must not: two given names before the family name are two relatives, and the name stays as it was
    m = model(*book, "His sister, Ruth Alleyne, came in. Ruth Alleyne sat down. Ruth Alleyne laughed.")
    assert "Clive Alleyne" not in m.characters_in("Alleyne sat down.")


def test_a_name_written_family_name_first_is_no_given_name_before_a_nickname():
    # "Nagy Pista" (the foreman Nagy István by his diminutive, once) beside the POV called "Pista" throughout (The
    # Kitchen on Rakoczi Street; names family name first, as The Cave Below Itoman's "Higa Yoshiko"): the first word
    # begins another full name the book knows, so it is a family name, and the bare "Pista" stays the POV's
    book = [
        "Pista stood at the corner and watched. He had his cap. Pista did not move.",
        "Pista walked back to the depot. He was tired. Pista sat down.",
        "“Pista,” said the clerk. Pista nodded.",
        "The clerk gave the key to Pista, and then the clerk looked at Pista again, and Pista said nothing.",
        "Dobos Lenard came out of the office. Dobos Lenard said the car was late. “Late,” said Dobos Lenard.",
        "Dobos Anna came in with the tea. Dobos Anna said it was cold. “Cold,” said Dobos Anna.",
        "“Dobos,” said the clerk, and nobody answered.",
        "He was the other Pista, Dobos Pista, and he said nothing of it.",
    ]
    assert model(*book).characters_in("Pista sat down.") == ["Pista"]
    # must not: a first word that begins no other full name is still a given name ("Cyril Noel", above)
    book[-1] = "He was the other Pista, Oskar Pista, and he said nothing of it. “Oskar,” said the clerk."
    assert model(*book).characters_in("Pista sat down.") == ["Oskar Pista"]
    # nor a word the book sets after a name as well as before, a form of address ("Khanom Ashrafi", "Pouran Khanom",
    # The Winter of the Tulips)
    book[-1] = "He was the other Pista, Dobos Pista, and he said nothing of it. “Lina Dobos,” said the clerk."
    assert model(*book).characters_in("Pista sat down.") == ["Dobos Pista"]


def _ferry_tagger() -> Tagger:
    m = model(
        "Ada Price came up the lane. “Evening,” said Ada. Tom Hale laughed and Ada sat down.",
        "Marjorie Lisle wrote letters. Marjorie thought about the sea. “Ada,” said Tom. Tom walked home.",
        "Rudd Mallory smiled. Rudd wondered. “Rudd,” said Ada. Ada nodded.",
    )
    t = Tagger()
    t.model, t.people = m, m.index
    return t


def test_a_name_heard_on_the_air_or_seen_in_print_is_not_present():
    # "Muñoz on the radio", "El Gráfico with Kempes on the cover" (The Taxi on Avenida de Mayo), "On the radio Okello
    # still shouted" (The Balcony in Malindi), "a newspaper with Sheikh Pierre's face on the front" (The Bakery on Rue
    # Gouraud); written here as a ferry office
    t = _ferry_tagger()
    for text in (
        "Tom sat by the stove. Out of every window came the same voice, Rudd on the radio, all evening.",
        "Tom sat by the stove. On the wireless in the kitchen, Rudd said the ferry would not run.",
        "Tom sat by the stove. On the radio now it was Rudd, every hour, in his tired voice.",
        "Tom sat by the stove reading a newspaper with Rudd's face on the front.",
        "Tom sat by the stove with the Gazette. Rudd was on the cover again.",
    ):
        assert "Rudd Mallory" not in t.characters_present(text, None), text
    # must not: a set turned on in the scene, or someone speaking there after it, is someone there
    assert "Ada Price" in t.characters_present("Tom turned on the radio and Ada said nothing at all.", None)
    assert "Ada Price" in t.characters_present("Tom switched on the radio. Ada said it was too loud.", None)
    assert "Ada Price" in t.characters_present("Ada's face was on the pillow, and Tom sat by her.", None)
    # nor who comes on a radio, which may be a two-way set ("Shireen came on the radio and said the front was early",
    # The South Col Letters); the wireless is a broadcast ("Nagy Imre came on the wireless", The Corvin Passage)
    assert "Ada Price" in t.characters_present("Tom waited. At two Ada came on the radio and said it was early.", None)
    assert "Rudd Mallory" not in t.characters_present("Tom waited. At two Rudd came on the wireless and said so.", None)


def test_a_name_that_said_something_on_the_air_is_not_present():
    # "General Velasco said so on the radio" (The Glacier above Yungay), "Nagy Imre said so on the wireless" then "Nagy
    # Imre said that the fifteenth of March..." (The Kitchen on Rákóczi Street), "Patel had said on the radio, the week
    # before", "the Governor spoke, on the same radio" (The Cane Gang at Rarawai); written here as a ferry office
    t = _ferry_tagger()
    for text in (
        "Tom sat by the stove. The ferry would not run. Rudd said so on the radio at six.",
        "Tom sat by the stove. Rudd had said on the radio, the day before, that it would run.",
        "Tom sat by the stove. Then Rudd spoke, on the same radio, in his tired voice.",
        "Tom sat by the stove. Rudd says it on the wireless every night. Rudd said that the boats were safe.",
    ):
        assert "Rudd Mallory" not in t.characters_present(text, None), text
    # must not: the plain "said on the radio" after quoted words, or what someone said on it, is a two-way set and
    # someone the scene talks with ("“Easy,” Rune said on the radio", Polar Low; "what Sarkisyan said on the radio",
    # The Clock at Leninakan); reported words of one never on the air are someone there
    assert "Ada Price" in t.characters_present("“Easy now,” Ada said on the radio. Tom eased the rope.", None)
    assert "Ada Price" in t.characters_present("Tom did not hear what Ada said on the radio after that.", None)
    assert "Ada Price" in t.characters_present("Tom sat by the stove. Ada said that the boats were safe.", None)


def test_a_name_the_narration_says_is_not_there_is_not_present():
    # "Seitoku was not there because he had been called up" (The Cave below Itoman), "Kofi Trumpet was not there"
    # (The Highlife Band), "Solomon Tesfaye was not there" (The Year of the Committee), "Hermann not aboard" (The
    # Ferry to Heimaey's log); written here as a ferry office
    t = _ferry_tagger()
    for text in (
        "Tom sat by the stove. Rudd was not there, because he had gone to the mainland.",
        "Tom sat by the stove and counted the tickets. Rudd wasn't home.",
        "Crew: Tom Hale, master. Rudd not aboard; he stays ashore.",
    ):
        assert "Rudd Mallory" not in t.characters_present(text, None), text
    # must not: one not there yet comes, and one the scene shows later is there
    assert "Ada Price" in t.characters_present("Tom sat by the stove. Ada was not there yet.", None)
    assert "Ada Price" in t.characters_present("Ada was not there at six. At seven Ada came in.", None)


def test_a_letters_writer_is_not_present():
    # "Hitolo wrote again", "Hitolo did not write letters for nothing" (The Landing at Kikori), "the letter that had
    # come ... Daniyar said he was well" (The Bread Queue on Furmanov Street), "The letter was one page. It said that
    # Profa hoped" (The Tram to Bistrik); written here as a ferry office
    t = _ferry_tagger()
    for text in (
        "Tom sat by the stove. Rudd wrote again. The letter came on the Tuesday boat, in pencil. Rudd said to wait.",
        "Tom laughed. Rudd did not write letters for nothing. Rudd was in the harbour office in the town.",
        "Tom had the letter in his pocket that had come on the boat. Rudd said he was well. He asked for socks.",
        "Tom read it twice. The letter was one page. It said that Rudd hoped this found him well.",
    ):
        assert "Rudd Mallory" not in t.characters_present(text, None), text
    # must not: writing done there, one who writes and speaks there, or one spoken to, is someone there
    assert "Ada Price" in t.characters_present("Tom sat by the stove. Ada wrote the figures in the ledger.", None)
    assert "Ada Price" in t.characters_present("Tom sat by the stove. Ada wrote back that the boats were safe.", None)
    assert "Ada Price" in t.characters_present("Tom read Ada's letter to her. Ada looked at the sea.", None)
    assert "Ada Price" in t.characters_present("Ada wrote back at once. “There,” Ada said, and sealed it.", None)
    assert "Ada Price" in t.characters_present("Ada wrote to the office. “Ada, give it here,” said Tom.", None)


def test_one_whose_life_a_later_narrator_tells_to_its_end_is_not_present():
    # "Ojii lived until 1951", "Seitoku came home in the autumn of 1949" beside "He is fifty-five now" (The Cave below
    # Itoman), "Tevita married Adi Litia in 1963" beside "He is dead now" (The Cane Gang at Rarawai); as a ferry office
    t = _ferry_tagger()
    for text in (
        "I am writing this by the harbour. Rudd lived until 1951. Tom is seventy now and still rows.",
        "I am writing this by the harbour. Rudd came home in the autumn of 1949, thin. Tom is old now.",
        "I am writing this by the harbour. Rudd married a girl from the mainland in 1963. Tom is dead now.",
    ):
        assert "Rudd Mallory" not in t.characters_present(text, None), text
    # must not: a scene told in its own time, with no narrator speaking from later, shows the one who comes home
    assert "Ada Price" in t.characters_present("Ada came home in the spring of 1919. Ada walked up the lane.", None)
    assert "Ada Price" in t.characters_present(
        "Tom is old now. Ada came back in 1946. “Tom,” Ada said, “open the door.”", None
    )


def test_a_name_only_in_a_rumour_is_not_present():
    # "Somebody said that Granger was there" (The Panyard on Nelson Street), "someone says Insein, the prison" (The
    # Road to the Sule Pagoda), "nobody knew where Nagy Imre was" (The Corvin Passage)
    t = _ferry_tagger()
    assert "Rudd Mallory" not in t.characters_present(
        "Tom waited on the quay. Somebody said that Rudd was on the boat, that Rudd had the papers.", None
    )
    assert "Rudd Mallory" not in t.characters_present("Tom waited on the quay. Nobody knew where Rudd was.", None)
    # must not: the one people say it to, or a name after the sentence ends, is there
    assert "Ada Price" in t.characters_present("Somebody said it was late. Ada went down to the quay.", None)


def test_a_topic_named_by_a_noun_and_then_by_name_or_by_two_names_is_not_present():
    # "about the deputies, Raseta and Ravoahangy, who had been condemned" (The Rice Terraces at Moramanga), "about her
    # husband, Yorgo Efendi" (The House on the Bosphorus), "about Big Sutty and Little Sutty"
    t = _ferry_tagger()
    told = t.characters_present(
        "Tom talked about the office, and about the clerks, Rudd and Marjorie, all night.", None
    )
    assert "Rudd Mallory" not in told and "Marjorie Lisle" not in told
    told = t.characters_present("Tom talked about Rudd and Marjorie all night.", None)
    assert "Rudd Mallory" not in told and "Marjorie Lisle" not in told
    # must not: the same names once the topic's sentence has ended are there
    told = t.characters_present("Tom talked about the office. Rudd and Ada sat down.", None)
    assert "Rudd Mallory" in told and "Ada Price" in told


def test_two_names_said_as_a_sentence_and_taken_up_as_they_are_spoken_of():
    # "“Raseta and Ravoahangy. They are in the French parliament”" (The Rice Terraces at Moramanga), "“Ali and Mahmoud.
    # They will have gone to the checkpoint”" (The Bakery on Rue Gouraud)
    t = _ferry_tagger()
    told = t.characters_present("Tom looked up. “Rudd and Marjorie. They are in the town.”", None)
    assert "Rudd Mallory" not in told and "Marjorie Lisle" not in told
    # must not: two people called at once are "you"
    told = t.characters_present("Tom looked up. “Rudd and Ada, come in. You are late.”", None)
    assert "Rudd Mallory" in told and "Ada Price" in told


def test_a_name_in_a_question_and_answer_transcript_is_read_as_speech():
    # "Q. Did Raseta give the order for the rising?" (The Rice Terraces at Moramanga); "Q. Mr. Saddler, are you
    # familiar" (Plain Error): spoken of, unless spoken to
    t = _ferry_tagger()
    told = t.characters_present(
        "Q. Did Rudd sell the tickets?\n\nA. I never saw Rudd.\n\nQ. Ada, sit down.", "Tom Hale"
    )
    assert "Rudd Mallory" not in told
    assert "Ada Price" in told


def test_a_street_word_before_a_name_makes_it_the_streets():
    # "on the rue Gouraud" (The Bakery on Rue Gouraud), "in the rue Saint-Paul" (Fire on Twelve), "Everyone on Rua dos
    # Remédios knows that pause" (The Stair on Rua dos Remédios): no person, whatever verb follows
    m = model(
        "Dona Amélia stood at the window. Everyone on Rua dos Remédios knows that pause.",
        "Tom walked down the Rua dos Remédios. The Rua dos Remédios filled with women.",
        "Ada lived at the top of the Rua dos Remédios. Remédios was loud at night.",
        "Tom said nothing. Ada said nothing. Dona Amélia said nothing.",
    )
    assert m.kind_of("Remédios") != "person"
    assert m.index.resolve("Remédios") is None


def test_a_calling_particle_is_no_part_of_the_name_shown():
    # "“Ya Rima, come here”", "“Ya Nimr,” she said" (The Bakery on Rue Gouraud); "“Ô Cida! Café!”" (The Hill of the
    # Samba): the one called is "Rima"
    m = model(
        "“Ya Rima, come here,” said Tom. Rima came down the stairs. Rima laughed.",
        "“Ya Rima, sit,” said Ada. Rima sat. Rima thought about the sea.",
        "Tom Hale smiled. “Ya Rima, the lamp.” Rima lit it.",
    )
    assert m.index.resolve("Rima") == "Rima"
    assert all(not p.name.startswith("Ya ") for p in m.people)


def test_a_name_put_in_the_plural_once_among_many_uses_is_still_a_persons():
    # "Two Gogis in one room" beside 58 "Gogi" (The Courtyard on Leselidze Street), "the two Juans" beside 25 "Juan"
    # (The Glacier above Yungay), "there were Piets in Haarlem" beside 30 "Piet" (The Hunger Winter), "There are three
    # Tesfayes" beside 33 (The Year of the Committee): a name several people share, not a kind of being
    from collections import Counter

    from curation.ingest.manuscripts.characters import _plurals

    said = "“Not yet,” said Davit. She kept the bread for Davit, the jar for Davit and the coat for Davit."
    m = model(*([said] * 4), "There were two Davits in the bathhouse that night, and nobody mixed them up.")
    assert kind(m, "Davit") == "person"
    assert _plurals(Counter({"Davit": 12, "Davits": 1})) == {"Davits"}
    # must not: a plural written about as often as the word is a kind's ("the Martians" 62 times beside "Martian" 109)
    assert _plurals(Counter({"Ossuan": 5, "Ossuans": 3})) == {"Ossuan", "Ossuans"}
    m = model(
        "An Ossuan stood in the corridor. The Ossuans did not like light.",
        "She had met one Ossuan once. The Ossuan turned its head. The Ossuans slept.",
    )
    assert kind(m, "Ossuan") == "kind"


# ---- session 18, the six books written blind: animals, a station, namesakes ----------------------------------
def test_an_animals_sound_later_in_its_clause_and_a_contracted_is_make_it_an_animal():
    # "Joey ran up and down the net barking at it", "Joey come out from under the house ... He's a black dog" (The
    # Stage Head at Little Harbour Deep); "Bankhar goes with him, barking", "Bankhar was outside, barking" (The Steppe
    # at Bayan-Ovoo): a dog that knows things now and then. Written here as a further text: a dog on a Cornish quay
    m = model(
        "Tansy came up from under the nets and walked along the quay with us. She's a grey dog with a torn ear.",
        "Tansy ran the length of the slipway barking at the gulls, and Jory laughed at her.",
        "Tansy knew the tide better than any of us. Jory said so. Jory said nothing else that day.",
    )
    assert kind(m, "Tansy") != "person"
    assert m.index.resolve("Tansy") is None
    assert kind(m, "Jory") == "person"
    # must not: a sergeant barking orders, a man who hears dogs barking, or walks on with them barking behind him
    m = model(
        "Sergeant Pengelly walked along the line barking orders at the men. Pengelly said they were late.",
        "Pengelly stood at the gate and heard the dogs barking in the yard. Pengelly wondered why.",
        "Pengelly went on up the lane, the dogs barking behind him. Pengelly said nothing.",
    )
    assert kind(m, "Pengelly") == "person"


def test_an_animal_saddled_and_first_named_as_its_noun_is_no_person():
    # "with Rosalía saddled and a blanket folded on her back", "She heard Rosalía before she saw her. The mule had a
    # way of blowing through her lips" (a mule, The Glacier above Yungay); "I had Juniper saddled" (a horse, Kessler
    # Red); "standing with one hand on Captain's neck. The horse had his head low" (The Selector's Daughter). Written
    # here as a further text: a pony on a Welsh hill farm
    m = model(
        "You could hear Bethan from the road before you saw her. The pony had a way of stamping at the gate.",
        "In the morning Dai came down to the yard with Bethan saddled and a sack of feed across her back.",
        "Bethan looked at the gate. Dai said they would be late for the market. “Come on,” said Dai.",
    )
    assert (m.forms[("bethan",)].tended, m.forms[("bethan",)].beast) == (1, 1)  # one of each is not enough alone
    assert kind(m, "Bethan") != "person"
    assert kind(m, "Dai") == "person"
    # must not: a man who saddles a horse, is saddled with debts, or is named before a horse the book already knows
    m = model(
        "Huw saddled the mare and rode out. Huw was saddled with his father's debts. Huw said nothing.",
        "The mare was old and slow. Huw sat down on the wall. The mare looked at him.",
        "Huw thought about the market. “Come on,” said Huw.",
    )
    assert kind(m, "Huw") == "person"
    assert m.forms[("huw",)].beast == 0


def test_a_name_headed_by_a_common_noun_is_what_the_noun_is_and_holds_no_one():
    # "Radio Santa Rosa" beside "a radio between them" (The Glacier above Yungay, where "Rosa" is the landlady);
    # "Cinema Rex" beside "the cinema" (The Winter of the Tulips), "Hospital Juárez" (The Nineteenth of September):
    # the head word first, as Spanish and station names put it. Written here as a further text: a kitchen in Cádiz
    m = model(
        "Clara Moss kept a radio on the shelf above the sink. The radio was always on.",
        "In the mornings the radio played Radio Santa Clara, and Clara sang with it. “Coffee,” said Clara.",
        "At noon Radio Santa Clara gave the news from Madrid. Clara laughed at the weather.",
    )
    assert kind(m, "Radio Santa Clara") != "person"
    assert m.characters_in("At noon Radio Santa Clara gave the news.") == []
    assert m.index.resolve("Clara") == "Clara Moss"
    # must not: a full name never acting whose first word is a noun of the book and, alone, a person's name; nor a
    # form of address before several names ("Mama Kendi" beside "Mama Kui", The Number 46 Line)
    m = model(
        "Ada packed the kit. The kit was heavy. There was a letter from Kit Laverty on the table.",
        "“Ready,” said Kit. Kit thought about the climb. Ada kept the map of Kit Laverty in her coat.",
        "At the market the mama with the bread shouted at the other mama. The bread of Mama Kendi was the best.",
        "Ada bought fish from Mama Kui and bread from Mama Kendi. Ada said nothing. Mama Kui was from Kisumu.",
    )
    assert m.index.resolve("Kit Laverty") == m.index.resolve("Kit") is not None
    assert kind(m, "Mama Kendi") != "thing"


def test_the_one_something_is_named_for_is_not_present():
    # "Mother named him for Smallwood" (a dog named for the premier, The Stage Head at Little Harbour Deep), "They
    # named it for Kitty Morgan" (the steps, Kitty's Steps), "He had named her for José Nápoles" (a dog named for the
    # boxer, The Nineteenth of September): the namesake is talked of, not there
    t = _ramp_tagger()
    scene = "Tom took the boat out at dawn. His father named her for Ada Price, and Tom watched the water."
    assert t.characters_present(scene, None) == ["Tom Hale"]
    # must not: the one who named it, there; nor one sent for, who comes ("she called for Verity", The Widow Kell)
    there = "Tom took the boat out with Ada Price, who named it for her mother. Ada laughed."
    assert "Ada Price" in t.characters_present(there, None)
    assert "Ada Price" in t.characters_present("Tom called for Ada Price, and told her to watch the quay.", None)


def test_two_people_who_share_a_name_make_no_kind_of_being():
    # "“Two Gogis in one room,” the old man said", "We were the two Ninos of Leselidze Street" (The Courtyard on
    # Leselidze Street), "the two Juans" (The Glacier above Yungay): a plural after a count of a name never written
    # after an article counts people who share it, not a kind ("the Fuzzies", "two Koreans" beside "a Korean").
    # Written here as a further text: two Nells on a Tyneside street
    m = model(
        "We were the two Nells of Bewick Street, and people mixed us up all our lives.",
        "Nell went up to the shop. Nell was behind the counter by nine. Nell came out with the milk.",
        "Nell ran for the tram. Nell had the key. Nell looked up at the window. Nell sat on the step.",
        "Nell scrubbed the step. Nell was on the step till dark. Nell watched the trams.",
    )
    assert kind(m, "Nell") == "person"
    assert m.index.resolve("Nell") == "Nell"
    # must not: a people counted and written with an article stays a kind
    m = model(
        "Two Koreans came down from the col. A Korean climber waved. The Korean team camped below us.",
        "A Korean stood at the tent door. Two Koreans were asleep. Ada said nothing.",
    )
    assert kind(m, "Korean") != "person"


def test_a_nickname_written_with_its_article_that_speaks_is_a_person():
    # "the Flaca came home", "said the Flaca" (The Funicular at Cerro Alegre): written "the X" in most uses, as "the
    # Profe" of the same book, "the Güero" of The Nineteenth of September and "el Chaski" of The Mine at Siglo Veinte
    # are, and acting in verbs the short list of acting verbs lacks (came, knelt, read); its speech says it is someone.
    # Written here as a further text: a nickname in a Lisbon tenement
    m = model(
        "The Ruiva came home at nine. “Bread,” said the Ruiva. The Ruiva knelt by the stove.",
        "In the morning the Ruiva read the letters aloud. “Nothing,” said the Ruiva, and folded them.",
        "“Ruiva,” said Tomás. “Later,” said the Ruiva. The Ruiva went up the stairs. Tomás said she was tired.",
    )
    assert m.index.resolve("Ruiva") is not None
    assert "Ruiva" in " ".join(m.characters_in("The Ruiva came home at nine."))
    # must not: an idol written "the X" that owns and watches but is never given speech ("The Tío owned everything
    # inside the mountain", the clay devil of The Mine at Siglo Veinte)
    m = model(
        "The miners left coca at the end of the gallery for the Santo. The Santo heard everything.",
        "Tomás put coca in the Santo's mouth. The Santo listened to the drills. “For the Santo,” said Tomás.",
        "The Santo understood the seams. Tomás said nothing to the Santo. The Santo owned the dark.",
        "Tomás went down past the Santo every morning. “Luck,” said Tomás to the Santo.",
    )
    assert m.index.resolve("Santo") is None
    # must not: a boat written "the X" that talks over the radio and that people are aboard
    m = model(
        "Tomás went aboard the Marlin at dawn. “Marlin here,” said the Marlin on the radio.",
        "Nobody slept aboard the Marlin that week. The Marlin's engine was old. “Over,” said the Marlin.",
        "The Marlin came in at dusk. Tomás said nothing. Tomás went home.",
    )
    assert m.index.resolve("Marlin") is None


def test_a_person_named_in_a_house_of_their_own_is_still_a_person():
    # "At Bi Mariam's." (The Curfew in Stone Town), "at Reza's.", "to Auntie Pat's," in older books: a possessive with
    # no noun after is the owner's house or shop, no sign the owner is a place; a woman who speaks ("says ...") and acts
    # only in verbs the index's short list lacks is then a person of the book
    paras = [
        "Wanjiru Kamau holds out her hand and he takes it and sits beside her on the step.",
        "\u201cLoud,\u201d says Wanjiru Kamau, and goes back to watching the smoke.",
        "The letter comes on the Friday, and Wanjiru Kamau makes Otieno read it to her three times.",
        "\u201cYour brother,\u201d says Wanjiru Kamau, \u201chas never in his life asked for a pen.\u201d",
        "Wanjiru Kamau has been very still. Now she reaches down and moves the bowl away.",
        "\u201cWhere is the cousin hidden?\u201d Otieno asked. \u201cAt Wanjiru Kamau's.\u201d",
        "Otieno said nothing. Otieno walked home along the creek.",
    ]
    assert build_model(paras).index.resolve("Wanjiru Kamau") == "Wanjiru Kamau"
    # must not: a name people are in ("In the Wanjiru Kamau.", an inn named like a woman) still counts against it
    inn = [p.replace("At Wanjiru Kamau's.", "In the Wanjiru Kamau.") for p in paras]
    assert build_model(inn).index.resolve("Wanjiru Kamau") is None
    # ... and so does a thing it owns ("on Dan's flank": a bull, The Townland of Carrigeen; "in Walt's letter", The
    # Long Patrol, whose Walt is the Commander by another name)
    owned = [p.replace("At Wanjiru Kamau's.", "On Wanjiru Kamau's flank.") for p in paras]
    assert build_model(owned).index.resolve("Wanjiru Kamau") is None


def test_a_tongue_set_off_by_commas_after_speech_is_no_place():
    # "he said, in Motu," (The Landing at Kikori), "said, in Nubian, something" (The Steamer from Wadi Halfa), "said,
    # gently, in Kaqchikel" (The Quake at Comalapa), "to speak in Kaqchikel": a tongue, however it is set off
    m = model(
        "“Come,” Ilse Brandt said, in Vashti, and went out. Her brother said, softly, in Vashti, “Not yet.”",
        "The old man began to speak in Vashti. Ilse laughed. Talking, in Vashti, she forgot the cold.",
        "We walked into Kolding at dusk. Ilse slept in Kolding that night, and we ate in Kolding.",
    )
    assert kind(m, "Vashti") != "place"
    assert kind(m, "Kolding") == "place"
    # must not: a town the narration puts people in keeps its place, though a speaker once said something there
    m = model(
        "“Come,” Ilse Brandt said, in Kolding, and went out. Ilse slept in Kolding that night.",
        "We walked into Kolding at dusk, and we ate in Kolding. In Kolding nobody asked her name.",
    )
    assert kind(m, "Kolding") == "place"
    # must not: "talks" as a noun ("the peace talks in Kolding") is a meeting held in a place, not a tongue
    m = model(
        "Ilse Brandt flew to Kolding for the peace talks in Kolding. The talks in Kolding went on for weeks.",
        "Ilse lived in Kolding. Her brother said, “Ilse.” Ilse walked through Kolding at night.",
        "They held talks in Kolding again. The ministers met for talks in Kolding.",
    )
    assert kind(m, "Kolding") == "place"


def test_a_month_of_the_books_calendar_dated_or_paired_with_one_is_a_time():
    # "the fourteenth of Hidar" (The Year of the Committee), "the first of Bashans", "from Amshir to Bashans", "in
    # Amshir and in Baramhat" (The Steamer from Wadi Halfa), "the months of Aadi and Aavani", "Aadi is an unlucky month"
    # (The Lane at Nallur): a month, not where anyone is
    from curation.ingest.manuscripts.characters import a_time

    m = build_model(
        [
            "Ilse Brandt came home on the fourteenth of Oristan. The rains came in Oristan.",
            "It was the last day of Oristan. We counted the weeks from Velmar to Oristan.",
            "Ilse wept in Velmar and in Oristan. They sold the ox in Velmar.",
            "Ilse said Velmar was cold. Ilse laughed. We walked into Kolding at dusk and slept in Kolding.",
        ]
    )
    evidence = {e.name: e.evidence for e in m.places + m.others + m.people}
    assert a_time(evidence["Oristan"])
    assert a_time(evidence["Velmar"])
    assert not a_time(evidence["Kolding"])
    # must not: two towns paired ("from Kolding to Varn") are no months, nor a town a day of the month is spent in
    m = build_model(
        [
            "Ilse Brandt rode from Kolding to Varn. Ilse slept in Varn and in Kolding. In Varn the inn was full.",
            "On the fourteenth of June Ilse came to Varn. Ilse laughed. We walked into Kolding at dusk.",
        ]
    )
    evidence = {e.name: e.evidence for e in m.places + m.others + m.people}
    assert not a_time(evidence["Varn"])
    assert not a_time(evidence["Kolding"])


def test_one_the_passage_shows_in_a_picture_is_the_picture_wherever_it_is_named_again():
    # "a photograph of the Duke of Edinburgh ... The Duke is looking at his watch" (The Curfew in Stone Town), "a
    # portrait of Mr Fennimore ... looking down at it" (Contents of a House); written here as a ferry office
    t = _ferry_tagger()
    for text in (
        "Tom sat by the stove with a photograph of Rudd in his hand. Rudd was smiling at the camera.",
        "Tom sat under a portrait of Mr Mallory in a gilt frame. Mr Mallory looked down at the table.",
        "Tom read the paper. On the front there was a picture of Rudd at the quay. Rudd stood by a crate.",
    ):
        assert "Rudd Mallory" not in t.characters_present(text, None), text
    # must not: one pictured who then speaks there, or is spoken to, is someone there
    text = "Tom showed them a photograph of Rudd. “That was me at twenty,” said Rudd, and laughed."
    assert "Rudd Mallory" in t.characters_present(text, None)
    text = "Ada held up a photograph of Rudd. “Rudd, is this you?” Tom asked."
    assert "Rudd Mallory" in t.characters_present(text, None)
    assert "Ada Price" in t.characters_present("Ada came in with a photograph of the harbour. Ada sat down.", None)
    # must not: one a picture is taken with, or papers are left with, is someone there, not in the picture
    for text in (
        "Tom took photos with Rudd on the quay. Rudd carried the crates to the van and drove off.",
        "Tom left the papers with Rudd at the office. Rudd read them by the window.",
        "Tom posed for a picture with Rudd by the boat. Rudd grinned and pushed off.",
    ):
        assert "Rudd Mallory" in t.characters_present(text, None), text


def test_a_rank_the_passage_shows_in_a_picture_is_the_picture_wherever_it_is_named_again():
    # "a photograph of the Duke of Edinburgh shaking hands ... The Duke is looking at his watch" (The Curfew in Stone
    # Town), as a name is read (Contents of a House)
    paras = [
        "The Governor came up the steps. “Sit,” said the Governor. The Governor looked at Ada.",
        "Ada swept the floor. The Governor laughed at her. Ada sang.",
    ]
    tagger = Tagger()
    tagger.learn_book(paras)
    text = "Ada opened the paper at a photograph of the Governor on the quay. The Governor is looking at his watch."
    assert "Governor" not in tagger.characters_present(text, "Ada")
    # must not: a rank pictured who is also there and speaks is someone there
    text = "Ada held up a photograph of the Governor. “A poor likeness,” said the Governor, and laughed."
    assert "Governor" in tagger.characters_present(text, "Ada")


def test_an_animal_the_text_names_that_knows_once_and_never_speaks_is_not_a_person():
    # "He asked why we call the dog Kenny" ... "Kenny knows the road now" (The Ice Road at Tuktoyaktuk); "I do not
    # know why the goat is called Senhora" ... "Senhora does not care" (The Morna at Mindelo): one knowing or caring
    # is the narration telling an animal's ways, not a mind of its own; it is called to, never speaks
    m = model(
        "There were seven dogs on the line. The lead dog is called Rusty.",
        "“Hike, Rusty!” Ivo shouted. “Gee, Rusty, gee!” Rusty leaned into the harness and the sled moved.",
        "Rusty knows the way to the lake. Ivo Marr let the line go slack and watched the trees.",
        "At the lake Ivo said nothing for a long time. Rusty lay down in the snow. Ivo wondered about the ice.",
    )
    assert kind(m, "Rusty") == "thing"
    assert m.characters_in("Rusty lay down and Ivo Marr watched the ice.") == ["Ivo Marr"]
    # must not: a named animal the narration gives thoughts (twice, or with speech of its own) keeps its mind
    m = model(
        "There were seven dogs on the line. The lead dog is called Rusty.",
        "“Hike, Rusty!” Ivo shouted. Rusty leaned into the harness and the sled moved.",
        "Rusty knows the way to the lake. Rusty wondered whether the ice would hold.",
        "At the lake Ivo Marr said nothing for a long time. Rusty lay down in the snow. Ivo wondered about the ice.",
    )
    assert kind(m, "Rusty") == "person"


def test_a_man_the_narration_once_calls_an_animal_who_thinks_and_acts_like_a_man_is_a_person():
    # "Henrik is a stubborn old mule" is a metaphor when Henrik also knows, shrugs and walks home: beside the one
    # thought he does what a person does, where the cow of "Lupe is the cow" (The Quake at Comalapa) has only the one
    # thought ("Lupe had decided the world was not going to end")
    m = model(
        "Mara walked down to the harbour in the rain. “Hello,” said Mara. She nodded at the boats. Mara laughed.",
        "Henrik is a stubborn old mule, and everybody on the quay knows it.",
        "Henrik knew the tide better than any of them. Mara watched Henrik haul the nets up onto the stones.",
        "“Leave it,” Mara told him. Henrik shrugged and went on hauling. Henrik took his cap off and wiped his face.",
        "Henrik walked home along the sea wall with his hands in his pockets, and Mara followed Henrik at a distance.",
    )
    assert kind(m, "Henrik") == "person"
    assert m.characters_in("Henrik shrugged and Mara laughed.") == ["Henrik", "Mara"]
    # must not: an animal the text says is one, thinking once and doing nothing else a person does, stays a thing
    m = model(
        "Mara walked down to the harbour in the rain. “Hello,” said Mara. She nodded at the boats. Mara laughed.",
        "Dulce is the cow. The family keeps her in the yard behind the house.",
        "Mara said that Dulce had decided the rain would never stop. Mara watched Dulce pull at her rope.",
        "“Leave her,” said Mara. Dulce pulled at her rope and blew through her nose.",
        "Mara walked home along the sea wall, and Dulce bellowed after her from the yard.",
    )
    assert kind(m, "Dulce") == "thing"
    assert m.characters_in("Dulce pulled at her rope and Mara laughed.") == ["Mara"]


def test_words_after_articles_are_read_at_word_boundaries_only_for_the_candidates():
    """`_after_articles` answers for `_posts`' candidate words only, each cut at a word boundary after an article
    ("the magistrate's" gives "magistrate"), so a long unspaced token after an article (an em-dash chain) costs no
    more than its candidates' length, not a prefix per boundary."""
    from curation.ingest.manuscripts.characters import _after_articles

    texts = [
        "She asked the magistrate's clerk.",
        "Then a sergeant-major came, and the Warden left.",
        "the " + "word—" * 8000,
    ]
    words = {"magistrate", "sergeant", "sergeant-major", "word", "warden", "clerk", "magis"}
    assert _after_articles(texts, words) == {"magistrate", "sergeant", "sergeant-major", "word"}
    # must not: a word not after an article, a capitalised one, or a cut inside a word
    assert not _after_articles(texts, {"clerk", "warden", "magis", "major"})


def test_an_animal_the_text_says_is_one_that_thinks_and_looks_or_has_a_head_is_not_a_person():
    # looking, watching and a head are an animal's as much as a person's: beside its one thought they do not make the
    # cow of "Dulce is the cow" a person, as a shrug or a nod does for the man called "a stubborn old mule"
    m = model(
        "Mara walked down to the harbour in the rain. “Hello,” said Mara. She nodded at the boats. Mara laughed.",
        "Dulce is the cow. The family keeps her in the yard behind the house.",
        "Mara said that Dulce had decided the rain would never stop. Dulce looked at the gate for a long time.",
        "“Leave her,” said Mara. Dulce watched the boats. Dulce's head went down to the wet grass.",
        "Mara walked home along the sea wall, and Dulce bellowed after her from the yard.",
    )
    assert kind(m, "Dulce") == "thing"
    assert m.characters_in("Dulce pulled at her rope and Mara laughed.") == ["Mara"]
    # must not: a man so called who thinks once and nods once, beside looking, is a person
    m = model(
        "Mara walked down to the harbour in the rain. “Hello,” said Mara. She nodded at the boats. Mara laughed.",
        "Anders is an old goat, and everybody on the quay knows it.",
        "Anders knew the tide better than any of them. Anders looked at the gate for a long time.",
        "“Leave it,” Mara told him. Anders nodded and went on hauling the nets up onto the stones.",
        "Mara walked home along the sea wall, and Anders followed her at a distance.",
    )
    assert kind(m, "Anders") == "person"
    assert m.characters_in("Anders nodded and Mara laughed.") == ["Anders", "Mara"]
    # must not: an animal the text says is one, with a tail, stays one however it shrugs beside its thought
    m = model(
        "Mara walked down to the harbour in the rain. “Hello,” said Mara. She nodded at the boats. Mara laughed.",
        "Pip is a terrier. The family keeps him in the yard behind the house.",
        "Pip knew the rain would never stop. Pip shrugged and lay down by the gate.",
        "“Leave him,” said Mara. Pip's tail thumped against the wet stones.",
        "Mara walked home along the sea wall, and Pip came after her.",
    )
    assert kind(m, "Pip") == "thing"
