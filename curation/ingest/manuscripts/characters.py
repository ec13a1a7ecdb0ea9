"""The book's cast and world, built once per book before any chunk is tagged.

`build_model(paragraphs, roster)` reads the whole book and returns a `CharacterModel`:

- **people**, each with the name variants the book uses for them merged (full name, first name,
  surname with a title, a nickname or a maiden name the text links to them: "Gran has called me
  Sparrow", "Tova Rusk, her own name", "who had been Margaret Pryce"), a mention count and the pronoun
  gender the narration gives them;
- **places, ships and things** ("Kestrel Deep", "the Lantern", "the Meridian"), **organisations**
  ("the Drainage Board") and **kinds of being** ("an Ossuan", "Martians"), kept apart from people by how
  the book uses each name, never by a list of names.

How a capitalised name is judged (`Evidence`): a person is the subject of speech, thought or perception
("Sethren said", "said Tova", "Jack wondered"), is addressed in speech ("“Envoy,” said Tova" /
"“Sparrow, fetch the lamp”"), carries a title ("Mr Hollis"), or has a face, voice or mind ("Jonah's
face"). A place is written after a preposition of place ("in Haldor Reach", "aboard the Meridian",
"at Fenn Lock"); a landmark or a thing is "the X" in most of its uses ("the Lantern", "the Tollhouse"), and a
thing, not a place, when people carry it, put it down or lose it ("carried the Cinder Cup", "put the Bell down");
an organisation ends in an institution word ("Tithe Authority", "Drainage Board"); a kind of being
takes "a"/"another" or has a plural ("an Ossuan", "the Ossuans"). A ship, a vehicle or an instrument
is set in italics on its own ("the *Demeter*"), named as an "it" ("he calls it Agnes") or owns a made
thing's parts ("Agnes's lid", "Dolores's engine"); an animal or a machine the text says it is ("Horace is a grey
parrot", "The system was called Hollis", "Mister Fowle is the Cordwell's cat") is no person however much it talks,
unless the narration gives it a mind ("Horace wondered"); a common word given a title that never acts is a
personification ("Dame Nature"); a name called on in wishes and oaths ("Ide keep her", "Ide forgive me", as "God
help us") is a god; a name after an article and an adjective with no verb after it ("a green Volvo.") is a kind's.
A work of art is where it stands and what is done to it ("take Isaura
off the easel", "Isaura lies in the crate", "back on her wall"), however much face and "she" it has; a name
spoken to only over a radio or a telephone and never acting is a call sign ("“Central, all units”"); a word
the book gives to its people as a post ("Provost Amberley", "Ilse Varga, Adjudicator") is a title, and
alone names the one person holding it, or nobody when several do. A name with both kinds of evidence goes
where most of it points, and "the X" with strong person evidence ("the Time Traveller said") stays a
person. A person's name inside a thing's name is no mention of them ("the *Josephine Achterberg*", a tug
named for a grandmother), and a ship's "she" after its name is the ship's (`PersonIndex.shadows`, `PersonIndex.things`).

One person under two names is merged when the text links them: a nickname or a former name ("they call
me Sparrow", "who had been Margaret Pryce", "Lord Godalming (that was Arthur of Miss Lucy)"), a maiden and
a married name, a first name cut short with the same surname ("Gus Brannhard", "Gustavus Adolphus
Brannhard"), a full name written once that joins a first name and a titled family name ("Winifred Pike":
"Winifred", "Mrs Pike"; "Teodora Anand": "Teo", "Captain Anand"), or a name only used in address that starts
exactly one person's first name ("Hal", Hallie).
With a roster, its characters are the people and its glossary places are places; the book
still supplies counts, genders and its other places, except where the roster's own titles give a gender
("Mr Ashby": his aunt's "Miss Ashby" stays hers).

Every chunk's characters, POV candidates and setting come from this model (see `Tagger`), and
`unwritten roster suggest` writes it out as a draft roster (`roster_draft.suggest`; `to_roster` for one
book), each glossary term with the evidence counts that kept it out of the people.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .names import CONTRACTION, SENTENCE_OPENERS, TITLE_GENDER, TITLES, alias_words, name_words, title_case
from .people import (
    _ABBREV,
    _VOCATIVE_PARTICLES,
    INSTITUTION_WORDS,
    ORG_WORDS,
    PLACE_WORDS,
    Mention,
    PersonIndex,
    _bare,
    _form,
    _runs,
)
from .pov import COGNITION, PERCEPTION, SPEECH
from .roster import Roster
from .text import (
    LOWER,
    NAME_WORD,
    NAME_WORD_OR_INITIAL,
    UPPER,
    narration_only,
    question_answer_spans,
    quoted_spans,
    strip_emphasis,
)
from .weights import Weights

#: Before a place: "in Calder", "aboard the Meridian", "at Fenn Lock", "across the Longmere".
_PLACE_PREP = re.compile(
    r"\b(?:in|into|inside|outside|aboard|onboard|on\s+board|at|on|near|across|through|onto|"
    r"within|beyond|along)\s+(?:the\s+)?$",
    re.I,
)
#: Before a mountain, a glacier, a range or a gully: "walked up the Moreau", "rolled on down the Moreau", "above the
#: Gatekeeper" (Saint Adela); "the top of the Slack", "the head of Aaron Slack" (The Long Carry); "the lap of the
#: Ashfold", "the peaks of the Ashfold" (The Cinder Tithe). A person has a top, a head or a lap only in a possessive
#: ("Tom's head"), which is not read here.
_GROUND_BEFORE = re.compile(
    r"\b(?:(?:walk|walked|walking|walks|climb|climbed|climbing|climbs|went|go|goes|going|came|come|comes|coming|"
    r"ran|run|running|runs|rolled|rolling|rolls|drove|led|crawled|hurried|slid|fell|looked|looking|looks|way)"
    r"(?:\s+(?:on|back|off|straight|slowly))?\s+(?:up|down)|above|below|beneath|"
    r"(?:top|foot|summit|slopes?|flanks?|peaks?|crest|flat|lap|shoulders?|back|head|floor|rim|whole)\s+of|"
    # climbed without "up": "Nobody climbed Old Harry in winter", "they had scaled the Moreau"
    r"climb|climbs|climbed|climbing|scale|scaled|scaling|summited)"
    r"\s+(?:the\s+)?$",
    re.I,
)
#: Before a place or a person ("to London", "a letter from Jonah"): half the weight of `_PLACE_PREP`.
#: Containment: "everything in Mercy", "inside Kestrel" (a person is never the thing something is in).
_WITHIN_PREP = re.compile(r"\b(?:in|inside|within|throughout)\s+$", re.I)
_GOAL_PREP = re.compile(r"\b(?:from|to|toward|towards|out\s+of)\s+(?:the\s+)?$", re.I)
#: "at" / "to" / "toward" after a verb of looking, speaking or turning point at a person, not a place.
_PERSON_PREP = re.compile(
    r"\b(?:look|looked|looking|stared|staring|glanced|gazed|smiled|grinned|laughed|nodded|"
    r"frowned|shouted|waved|pointed|turned|said|says|spoke|talked|went|came|wrote|gave|"
    r"handed|belonged|listened|whispered|called|mean|meant|happened|explained|replied|"
    r"belong|next|back|up|down|over|"
    # the present tense ("She looks at Isaura": Isaura Vell; "Dev looks at me": Eighty Covers)
    r"looks|stares|glances|gazes|smiles|grins|laughs|nods|frowns|shouts|waves|points|turns|speaks|talks|"
    r"writes|listens|whispers|calls|explains|replies)\s+"
    r"(?:at|to|toward|towards|from|up\s+to)\s+(?:the\s+)?$",
    re.I,
)
_THE = re.compile(r"\bthe\s+$", re.I)
#: A street word that stands before its name, outside the name's own run (in lower case, or with an article that is no
#: name particle between): "on the rue Gouraud" (The Bakery on Rue Gouraud), "in the rue Saint-Paul" (Fire on Twelve),
#: "Everyone on Rua dos Remédios knows that pause" (The Stair on Rua dos Remédios): the name after it is the street's,
#: a place, whatever verb follows, even when a person is named so (the general Gouraud). "Avenida de Mayo", "Jalan
#: Pancoran" are one run, a name of their own.
_STREET_BEFORE = re.compile(
    r"\b(?:[Rr]ua|[Rr]ue|[Cc]alle|[Aa]venida|[Jj]alan|[Pp]raça|[Ll]argo)\s+"
    r"(?:(?:d[aeo]s?|du|del|de\s+la|della)\s+)?$"
)
#: In or on a part of something: "In the engine room of the *Josephine Achterberg*", "sitting on the scorched spine
#: of the *Josephine Achterberg*" (a ship's; a person's "in the arms of" is never read as a place: see `_located`).
_ROOM_OF = re.compile(
    r"\b(?:in|into|inside|aboard|on|onto|across|through|along|at)\s+the\s+(?:[\w\-]+\s+){0,2}?of\s+(?:the\s+)?$", re.I
)
_KIND = re.compile(
    r"\b(?:a|an|another|every|each|any|no|one|two|three|four|five|several|many|some|few|other)\s+$", re.I
)
#: A number that tells the hour, not a count of the name after it: "At ten past one Pemba Nuru called" (The South Col
#: Letters), "At half past four Wes came out" (The Whitcombe Verdict).
_CLOCK_BEFORE = re.compile(r"\b(?:past|after|till|until)\s+(?:one|two|three|four|five)\s+$", re.I)
#: A time before a name: "since the Ides", "before the Kalends" (The Wall at Vindolanda), "until the Tabaski", "since
#: Ramadan" (The Pirogue at Guet Ndar), "since the Saturnalia" (The Brewer's Winter); "in the month of Ianuarius", "at
#: the end of Ianuarius", "the eve of X": a feast, a month or a day of the book's calendar, when nobody is. Not "by",
#: which places as often as it times ("by the Ides" beside "by the Serpent Wall", "by the Tlacopan road" in The Lake
#: of the Moon); a place takes "before" now and then, so only a name taking these at least twice is a time.
#: A day of a month the book's calendar names: "the fourteenth of Hidar", "the twelfth of Hidar" (The Year of the
#: Committee), "the first of Bashans", "the fifteenth of Tuba" (The Steamer from Wadi Halfa); "the months of Aadi and
#: Aavani" (The Lane at Nallur).
_TIME_BEFORE = re.compile(
    r"\b(?:since|until|till|before)\s+(?:the\s+)?$|\b(?:days?|weeks?|months?|end|eve|feast)\s+of\s+(?:the\s+)?$"
    r"|\bthe\s+(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|\d{1,2}(?:st|nd|rd|th))\s+of\s+$",
    re.I,
)
#: The same after a name: a day of a month ("the Kalends of April", "on the Kalends of every month", The Brewer's
#: Winter); a name the narration says is a month ("Aadi is an unlucky month", The Lane at Nallur).
_TIME_AFTER = re.compile(
    r"^\s+of\s+(?:every|each|this|that|next|last|the\s+month|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
    r"|^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?month\b"
)
#: The same with one lower-case word between ("a green Volvo", "a dead Fuzzy", "a baby Little Fuzzy"), counted only
#: where no verb follows the name (`_NO_VERB_AFTER`): "after a moment Orla said" is a person after a time phrase.
_KIND_ADJ = re.compile(r"\b(?:a|an|another)\s+[a-z][\w\-]*\s+$", re.I)
_NO_VERB_AFTER = re.compile(
    r"^(?:\s*(?:[,.;:!?—–)”\"’]|$)|\s+(?:at|in|on|by|from|with|of|near|outside|behind|beside|and|or|for)\b)"
)
#: A wish or an oath that calls on a god: the name, a verb in the bare form and who it is for ("God help us", "God
#: forgive me", "God rest her" in Dracula and The War of the Worlds; "Ide keep her", "Ide forgive me" in The Hennick
#: Blow), not a person asked to do it ("Let Tom help us", "to make Tom forgive me", "Tom help us?").
_INVOKED_AFTER = re.compile(
    r"^\s+(?:forgive|keep|help|bless|save|preserve|protect|defend|damn|rest|spare|guard|grant)\s+"
    r"(?:me|us|him|her|them|you|thee)\b(?!\s*\?)"
)
_NOT_INVOKED_BEFORE = re.compile(
    r"\b(?:let|lets|to|will|would|can|could|should|shall|must|may|might|did|does|do|and|or|not|make|makes|made|"
    r"watch|watched|saw|see|seen|help|helps|helped|have|had|has)\s+$",
    re.I,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            (re.escape(t) for t in TITLES if t not in ("the", "m", "d", "space", "lit", "etc", "ph")),
            key=len,
            reverse=True,
        )
    )
    + r")\.?\s+$",
    re.I,
)
#: The same in the present tense, as books told in it write them ("says Larder", "Dev lifts his head" in
#: Eighty Covers; "Ferris says" in The Meridian Run, "Gran says" in The Tollhouse Summer).
_PRESENT_ACTS = (
    r"(?:says|asks|tells|replies|answers|whispers|shouts|mutters|nods|smiles|laughs|shrugs|grins|frowns|sighs|"
    r"winces|thinks|wonders|looks\s+(?:at|up|down|round|around)|watches|stares)"
)
#: Not a smell or a taste a thing gives off ("Naniwa Mutual smelled of floor polish", an insurer's office in The Same
#: Tea; "Wyndham smelled of damp plaster", a house, in a test text): that is no one perceiving anything.
_ACTS_AFTER = re.compile(
    r"(?!\s+(?:\w+ly\s+|still\s+|always\s+)?(?:smelled|smelt|smells|tasted|tastes)\s+of\b)"
    rf"(?:\s*,[^,.;“”\"]{{0,40}},)?\s+(?:\w+ly\s+|also\s+|still\s+|just\s+|only\s+|never\s+|"
    rf"had\s+|would\s+|could\s+|did\s+not\s+|didn[’']t\s+|was\s+)?"
    rf"(?:{SPEECH}|{COGNITION}|{PERCEPTION}|nodded|smiled|laughed|shrugged|grinned|frowned|"
    rf"sighed|winced|blinked|swore|hesitated|laughed|cried|wept|answered|agreed|asked|{_PRESENT_ACTS})\b",
    re.I,
)
#: A gesture only a person makes, after a name in the narration ("Henrik shrugged", "Anders nodded"): of the acts
#: `_ACTS_AFTER` reads, looking, watching, hearing and thinking are an animal's in a novel too, these are not.
_GESTURE_AFTER = re.compile(
    r"(?:\s*,[^,.;“”\"]{0,40},)?\s+(?:\w+ly\s+|also\s+|still\s+|just\s+|only\s+|never\s+|had\s+|would\s+|could\s+)?"
    r"(?:nodded|nods|smiled|smiles|laughed|laughs|shrugged|shrugs|grinned|grins|frowned|frowns|winced|winces|"
    r"swore|wept)\b",
    re.I,
)
#: A verb of thought or feeling after a name: the inner life a talking animal or a machine is not given.
_MIND_AFTER = re.compile(
    rf"(?:\s*,[^,.;“”\"]{{0,40}},)?\s+(?:\w+ly\s+|also\s+|still\s+|just\s+|only\s+|never\s+|had\s+)?{COGNITION}\b", re.I
)
#: An animal's or an instrument's own sound, with its name as the subject, in the narration: "Tiger began to bark",
#: "Tiger was barking" (a dog, Below Sea Level), "Captain began to bark" (a sheepdog, Under Old Gregory), "Gabrielle
#: rang the hours", "When Gabrielle rings" (a bell, The Bell at Saint Ermelinde). A person's "rang" is a telephone
#: call ("Tom rang at six"), so a bell's "rang" counts only before the hours, an office or "out".
_NOISE_AFTER = re.compile(
    r"^(?:\s+(?:began|begins|started|starts|was|is|had|would|kept|went\s+on)(?:\s+to)?)?\s+(?:still\s+|again\s+)?"
    r"(?:bark|barks|barked|barking|whine|whines|whined|whining|growl|growls|growled|growling|yelp|yelps|yelped|"
    r"yelping|howl|howls|howled|howling|neigh|neighs|neighed|neighing|whinny|whinnies|whinnied|whinnying|bray|brays|"
    r"brayed|braying|purr|purrs|purred|purring|mew|mews|mewed|mewing|miaowed|meowed|tolled|tolls|tolling|chimed|"
    r"chimes|chiming|pealed|peals|pealing|clanged|clangs|clanging|"
    r"(?:rang|rings|ringing)(?=\s*[,.;]|\s+(?:out|the\s+(?:hours?|Angelus|office|quarters?)|for\s+(?:Mass|Vespers|"
    r"Matins|Compline|None|Lauds|Prime|Terce|Sext|the\s+dead))\b))\b"
)
#: An animal's own sound later in the clause its name opens, a participle after what it does: "Joey ran up and down the
#: net barking at it" (a dog, The Stage Head at Little Harbour Deep), "Bankhar goes with him, barking", "Bankhar was
#: outside, barking" (a dog, The Steppe at Bayan-Ovoo), as `_NOISE_AFTER` reads "Tiger was barking" right after the
#: name. Only sounds no person makes (a sergeant "barking orders" has an object after it), with only lower-case words
#: between, none of which opens another clause ("and he", "while", "who") or hears the sound ("heard", "listening");
#: an animal's noun among them is the sound's maker (`_sound_later`: "Tom walked on, the dogs barking behind him").
_SOUND_LATER = re.compile(
    r"^(?:,?\s+(?!(?:and\s+(?:he|she|it|they|I|we|you)|but|or|while|when|as|who|which|that|where|whose|whom|heard|"
    r"hear|hears|hearing|listened|listening|listen)\b)[a-z][\w’'\-]*){1,8}?,?\s+"
    r"(?:barking|yelping|neighing|whinnying|braying|mewing|miaowing|meowing)\b"
    r"(?!\s+(?:orders?|commands?|instructions?|questions?|out|a|an|the|his|her|their|at\s+(?:the|his|her|them)\s+men)\b)"
)
#: What only an animal does, with its name as the subject in the narration (as `_NOISE_AFTER` reads its sounds):
#: "Kalyani begins to low", "Kalyani calved in November" (a cow, The House at Puthenpura), "Bramble bleated". General
#: English, no book's: grazing with no object after it ("Tom grazed his knee" is a person's), bleating, mooing,
#: lowing ("low" itself only after "to": "Tom was low" is a mood), calving, foaling, whelping, lambing, chewing the
#: cud. Sounds people make too ("bellowed", "snorted", "roared", "crowed") are left out.
_BEAST_ACT_AFTER = re.compile(
    r"^(?:\s+(?:began|begins|started|starts|was|is|had|has|would|kept|went\s+on|stood)(?:\s+to)?)?\s+"
    r"(?:still\s+|again\s+|quietly\s+|placidly\s+)?"
    r"(?:(?:graze|grazes|grazed|grazing)\b(?!\s+(?:his|her|my|your|their|our|its|him|me|them|us|the|a|an)\b)|"
    r"bleat|bleats|bleated|bleating|moo|moos|mooed|mooing|lows|lowed|lowing|(?<=to\s)low|calve|calved|"
    r"calving|foaled|foaling|whelped|whelping|lambed|lambing|nickered|nickering|whickered|whickering|"
    r"(?:chew|chews|chewed|chewing)\s+(?:the|her|his|its)\s+cud)\b"
)
#: The object of what people do to a working or a farm animal: milking, saddling, bridling, harnessing, yoking,
#: tethering, hobbling, muzzling, herding it ("milked Kalyani", "harnessed Muzet", "saddled Dorcas"). Counted with an
#: animal's parts and noises, wanted twice: one "herded Tom into the car" is no evidence of what Tom is.
_TENDED_BEFORE = re.compile(
    r"\b(?:(?:un)?(?:saddle|saddled|saddling|saddles|bridle|bridled|bridling|harness|harnessed|harnessing|yoke|"
    r"yoked|yoking)|milk|milked|milking|milks|tether|tethered|tethering|tethers|hobble|hobbled|muzzle|muzzled|"
    r"muzzling|herd|herded|herding)\s+(?:the\s+)?$",
    re.I,
)
#: The same done to it, with the name before the participle as what is done to: "with Rosalía saddled and a blanket
#: folded on her back" (a mule, The Glacier above Yungay), "I had Juniper saddled" (a horse, Kessler Red); or "X was
#: saddled". Not "saddled with" (debts, a job: a person's), nor the name as the one who does it ("Tom saddled the
#: mare": only after "with", "had", "got", "kept" before the name, or "was" after it).
_TENDED_PARTICIPLE = (
    r"(?:saddled|unsaddled|bridled|harnessed|unharnessed|yoked|milked|tethered)\b(?!\s+(?:with|to\s+(?:the|a)\s+"
    r"(?:job|task|desk|post))\b)"
)
_TENDED_AFTER = re.compile(rf"^\s+(?:(?:was|were|is|had\s+been|stood)\s+)?{_TENDED_PARTICIPLE}")
_TENDED_HOLDER_BEFORE = re.compile(r"\b(?:with|had|has|have|having|got|get|gets|kept|keep|keeps)\s+$")
_TENDED_BARE_AFTER = re.compile(rf"^\s+{_TENDED_PARTICIPLE}")
#: A name written in capitals beside the letters it is painted in ("down both sides in yellow letters as tall as a boy
#: it says MADAM SHIRO", "MADAM SHIRO down its purple flank in letters", a matatu in The Number 46 Line; "the name
#: painted on the bow in white letters: MISS LOUISE", a boat in The Second Line on Frenchmen Street; "letters a foot
#: high, DORIS", a minibus in The Back Four): what the name is painted on, a vehicle or a sign. A name badge or a
#: gravestone "says" a person's name ("a badge that said NJOROGE") and is not read.
_PAINTED = re.compile(r"\b(?:letters|lettered|painted|stencil+ed)\b")
#: The object of "own" ("Nobody owns Sonko", a dog, and "Mr Gitau, who owns Madam Shiro", a matatu, in The Number 46
#: Line; "he owned the Lucy May", "who own Long Serpent", "owned Chez Albert", boats and a restaurant in older books):
#: property, an animal or a made thing, counted with an animal's noises and parts. "own" as an adjective ("her own
#: Tom") is not read: only "own" after its subject.
_OWNED_BEFORE = re.compile(r"\b(?:(?:owns|owned|owning)|(?:who|they|we|I|you|to|n[’']t|not)\s+own)\s+(?:the\s+)?$")
#: An instrument's name after a verb of sounding it ("to ring Gabrielle", "was to ring Gabrielle", "tolled Big Tom"):
#: a telephone call to a person ("I'll ring Tom back") takes "back", "up" or "again" after the name and is left out.
_NOISE_BEFORE = re.compile(r"\b(?:ring|rang|rung|ringing|toll|tolled|tolling|sound|sounded)\s+(?:the\s+)?$")
_NOT_NOISE_AFTER = re.compile(r"^\s+(?:back|up|again|about|tomorrow|tonight|later|first)\b")
#: An animal's own parts and tack, which no person has: "Duchess's halter" (Eighty Covers), "Mrs. Pruitt's bridle"
#: (a mule, Cutter Grade); "Horace cracked a seed in his beak" (a parrot, A Week at Ottilie), "Mister Fowle walked
#: ahead of us with his tail" (a cat, The Hennick Blow), "Tiger came running ... with his tail" (a dog, Below Sea
#: Level); "Getúlio walked up and down his perch" (a parrot, The Hill of the Samba, as Horace watches "from his
#: perch" in A Week at Ottilie). Parts a person has too, or may own ("ears", "nose", "coat", "collar", "whiskers",
#: "saddle", "lead"), are left out. A person may sit "from his perch on the wall": after a pronoun, "perch" counts
#: only with no place of its own after it (`_BARE_PERCH`); after the name itself ("Getúlio's perch") always. A
#: four-footed animal's front, hind or back legs, feet or paws: "Sonko got up and stretched his front legs" (a dog, The
#: Number 46 Line), "Kermit, who has put his front feet on the sill" (a dog, The Second Line on Frenchmen Street); a
#: person has legs and feet, never front ones. These two are mid-sentence: `_LIMBS_AFTER` reads a name anywhere.
_BEAST_PARTS = (
    r"(?:tail|tails|paw|paws|muzzle|snout|mane|hooves|hoof|beak|feathers|withers|fetlocks?|halter|bridle|kennel|"
    r"hutch|cage|leash|claws|udder|antlers?|(?:front|hind|back)\s+(?:legs?|feet|foot|paws?))"
)
_BEAST_AFTER = re.compile(rf"^[’']s\s+(?:[a-z]\w*\s+)?(?:{_BEAST_PARTS}|perch)\b")
_BARE_PERCH = r"perch\b(?!\s+(?:on|upon|atop|above|in|at|by|near|over|under|beside|behind|against)\b)"
#: A four-footed animal's limbs in the clause after a name that does not open its sentence (`_BEAST_CLAUSE` reads the
#: one that does): only lower-case words between, so no other name is the clause's subject.
_LIMBS_AFTER = re.compile(
    r"^(?:,\s+who)?(?:\s+[a-z]+){1,5}?\s+(?:his|her|its)\s+(?:[a-z]+\s+)?(?:front|hind|back)\s+(?:legs?|feet|foot|paws?)\b"
)
#: The same with the pronoun in a sentence that names only it: "Horace ... in his beak", "with her mane".
_OPENING_NAME = re.compile(rf"^\W*(?:[Tt]he\s+)?({NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})\b(?![’'])")
#: The end of the clause a name opens: a subordinate or a new clause is about someone else ("when she came").
_OWN_CLAUSE = re.compile(
    r"\b(?:when|while|as|if|because|though|although|until|unless|whom|who|which|that|before|after|since|where|"
    r"whether|and\s+(?:he|she|it|they|I|we|you))\b|[;:—“”\"]"
)
_ITS = re.compile(r"\b(?:its|itself)\b")
_GENDERED = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.I)
_BEAST_CLAUSE = re.compile(
    rf"^\W*(?:[Tt]he\s+)?({NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})\b[^.!?;:“”\"]*?\b(?:his|her|its)\s+(?:[a-z]+\s+)?(?:{_BEAST_PARTS}\b|{_BARE_PERCH})"
)
#: Speech a person gives in the narration ("said Tova", "Sethren asked"): what a talking animal does and a barking
#: dog or a rung bell never does.
_SAID_AFTER = re.compile(
    r"^(?:\s*,[^,.;“”\"]{0,40},)?\s+(?:\w+ly\s+)?(?:said|asked|replied|answered|told|whispered|shouted|muttered|"
    r"says|asks|replies|answers|tells|whispers|shouts|mutters)\b"
)
#: A language after a verb of speech or writing and "in" ("said in French", "said the hay in French", "shouting in
#: German" in The Bell at Saint Ermelinde; "shouts it in British" in The Brewer's Winter; "said something else in
#: Welsh", "said in Tamil", "written in Malayalam" in three other books): a tongue, not where anyone is. A name said
#: of a place in the passive ("It is said in Oda that", The Hennick Blow) stays a place. The tongue may stand set off
#: by commas, an adverb with it: "he said, in Motu," (The Landing at Kikori), "said, in Nubian, something" (The Steamer
#: from Wadi Halfa), "said, gently, in Kaqchikel" (The Quake at Comalapa), "shouted, in Armenian" (The Clock at
#: Leninakan).
_TONGUE_BEFORE = re.compile(
    r"(?<!is )(?<!was )(?<!been )\b(?:said|says|saying|spoke|speaks|speaking|spoken|shouted|shouting|shouts|screamed|"
    r"screaming|screams|swore|swearing|swears|scolded|scolding|whispered|whispering|muttered|muttering|answered|"
    r"replied|asked|wrote|writes|written|writing|sang|sings|singing|prayed|praying|talked|talking|cursed|cursing|"
    r"repeated|speak)(?:(?:\s+[\w’']+){0,2}?|(?:,\s+\w+ly)?,)\s+in\s+$"
    # a thing said, not a verb, with at most a word of its own between: "and then something in Polish" (The Flying
    # Delgados), "and then something in Norwegian" (The South Col Letters), "like a word in French" (The Long Carry),
    # "a voice in Urdu said them again" (The House at Lyallpur); not "the voice Bernie heard in Majors Six"
    r"|\b(?:something|anything|nothing|word|words|voice|voices)(?-i:\s+[a-z]+)?\s+in\s+$",
    re.I,
)
#: Titles only a family name takes ("Mr Brown", "Dr. Vincent"), unlike "King Laugh", "Dame Nature", "Chief Prosecutor".
_SOCIAL_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Monsieur|Madame|Mme|Mlle|Señor|Señora)\.?\s+$")
#: A relative clause only a person takes: "Saul Treadgold, who had been standing" (A Week at Ottilie), "Oskar Lindgren,
#: who sold boots" (Cutter Grade), "Marcus Ireland, who has drunk nothing" (The Long Carry), "Pellam Rudd, who is my
#: master" (The Hennick Blow). Not after a preposition or "the" ("the man from Zodanga, who", "across Europe, who"):
#: the clause is about someone else there.
_WHO_AFTER = re.compile(r"^,?\s+whom?\b")
_NOT_WHO_BEFORE = re.compile(r"\b(?:of|from|in|into|at|to|on|onto|with|by|for|near|across|through|the)\s+$", re.I)
_OBJECT_OF = re.compile(
    r"\b(?:in|at|on|of|from|to|into|inside|outside|near|across|through|beyond|within|throughout|aboard|toward|"
    r"towards|around|behind|beneath|under|over)\s+(?:the\s+)?$",
    re.I,
)
_SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH}|says|asks|replies|answers)\s+(?:the\s+)?$", re.I)
#: A thing's words, not a speaker: "— It says Persia" (The Courtyard on Hang Bac), "It says Vance" (A Dime on the
#: Dead), "It said Marit" (The Reindeer Road), "it said Brisco" (The Long Quiet of the Tessaly): the name after it is
#: what is written or worked out there.
_IT_SAYS_BEFORE = re.compile(r"\b(?:it|this)\s+(?:says|said|reads|read)\s+$", re.I)
#: "called" as a name is given, not as a word is shouted: "The shop is called Tokubei", "the kettle is called Tokubei"
#: (The Same Tea), "his horse is called Gideon" (Cutter Grade), "the one under the bridge is called Ibeji" (The House
#: on Bode Thomas), "the planet that had been called Zarathustra" (Little Fuzzy): a passive "called" speaks no word.
_NAMED_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|[’']s)\s+(?:\w+ly\s+|still\s+|always\s+|also\s+)?(?:called|named)\s+(?:the\s+)?$",
    re.I,
)
#: A firm named after its partners: "Messrs. Carter, Paterson & Co." (Dracula), "Messrs Aske and Brough,
#: Solicitors" (The Cullerby Wire), "Billington & Son": "Messrs." is no person's title.
#: Names joined by an ampersand are a firm's ("Mitchell, Sons, & Candy", "Klopstock & Billreuth", "Marquand &
#: Lidderdale" in Dracula; "Grosset & Dunlap" on Little Fuzzy's title page): people are joined by "and".
_FIRM_BEFORE = re.compile(rf"\bMessrs\.?\s+(?:{NAME_WORD},?\s+(?:(?:and|&)\s+)?)*$|[{UPPER}{LOWER}],?\s+&\s+$")
_FIRM_AFTER = re.compile(rf"^(?:,?\s+{NAME_WORD})*,?\s+(?:&|and)\s+(?:Co\b|Company\b|Sons?\b)|^,?\s+&\s+[{UPPER}]")
#: A mountain's or a hill's own ground after a possessive: "Old Harry's north face" (a trap text), "the Moreau's
#: summit", "the Ashfold's slopes"; a face, a side or a shoulder only with a compass point ("Tom's face" is his).
_GROUND_AFTER = re.compile(
    r"^[’']s\s+(?:(?:(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+)(?:face|side|shoulder|wall|"
    r"flank|ridge|slopes?|spur|buttress)|(?:upper\s+|lower\s+)?(?:summit|slopes|ridge|peak|flanks|foothills|"
    r"snowfield|scree|glacier|couloir)\b)"
)
_BODY_AFTER = re.compile(
    r"^[’']s\s+(?:\w+\s+)?(?:face|eyes|voice|mind|hands?|mouth|lips|shoulders?|arms?|head|heart|"
    r"smile|expression|thoughts|hair|brow|jaw|fingers|legs?|feet|knees?|cheeks?|wife|husband|"
    r"son|daughter|mother|father|brother|sister|friend)\b",
    re.I,
)
#: A part of a made thing after a possessive: a vessel's, a vehicle's or an instrument's, never a person's
#: ("the Harriet Lane's airlock", "Dolores's engine", "the Halvard's engine", "Agnes's lid"). Parts a person
#: owns too ("Tom's roof", "Lucy's bonnet", "Flint's crew", "his hold on her") are left out.
_PART_AFTER = re.compile(
    r"^[’']s\s+(?:[a-z]\w*\s+)?(?:hull|decks?|keel|masts?|sails|rigging|rudder|engines?|engine\s+room|reactor|"
    r"airlock|cockpit|fuselage|propellers?|lid|hatch|boom|transponder|funnels?|boiler|soundboard|moorings|"
    # a car's or a van's ("Florence's hubcaps", "Florence's roof rack" in The House on Bode Thomas; Bertha, the van
    # of Kitty's Steps, has "her radiator"); not "bonnet", "roof" or "boot" (a person's hat, house and shoe: "Lucy's
    # bonnet", "Tom's roof", "Teo's boot")
    r"hubcaps?|roof\s+rack|windscreen|windshield|headlights?|headlamps?|tyres?|bumpers?|dashboard|gearbox|radiator|"
    # a painting's or a statue's ("Isaura's varnish", "Margarethe's plinth"); not "frame" or "paint" (a person's too)
    r"canvas|varnish|brushwork|brushstrokes|craquelure|gilding|plinth|pedestal|paintwork)\b"
)
#: Where a painting, a statue or a crated object stands, never a person: "take Isaura off the easel", "Isaura lies
#: in the crate", "is back on her wall" (Isaura Vell); "lifted Margarethe onto her plinth" (tests). A person sits on
#: a wall or stands in a door frame, so a wall or a frame counts only as the object's own ("her wall", "its frame").
_DISPLAY = (
    r"(?:the|a|an|its|her|his|their)\s+(?:[a-z][\w\-]*\s+)?(?:easel|crate|plinth|pedestal|stretcher|vitrine|"
    r"display\s+case|packing\s+case)|(?:its|her|his|their)\s+(?:own\s+|old\s+|new\s+)?(?:wall|frame)"
)
_SHOWN_AFTER = re.compile(
    rf"^(?:\s+[a-z][\w’'\-]*){{0,5}}?\s+(?:back\s+)?(?:off|on|onto|in|into|under|from|out\s+of)\s+(?:{_DISPLAY})"
    r"(?=\s*(?:[,.;:!?—–)]|$)|\s+(?:and|with|in|on|at|for|face|where|until|while|as|when|beside|under)\b)"
    r"|^\s+(?:still\s+|now\s+|once\s+)?(?:hangs|hung|had\s+hung|has\s+hung|was\s+hung|is\s+hung)\s+"
    r"(?:in|above|beside|between|opposite|over\s+the)\b"
    # what is done to a work, in the passive: "Margarethe was crated in 1941", "X had been restored twice"
    r"|^\s+(?:was|is|had\s+been|has\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?(?:painted|restored|varnished|"
    r"revarnished|crated|uncrated|reframed|unframed|catalogued|cataloged|auctioned|x-rayed|authenticated|"
    r"insured|stolen)\b"
)
#: Handled as a work of art before the name: "they hung Isaura in the east gallery", "crated Margarethe", "the
#: portrait of Isaura Vell". A person's portrait is theirs too, so this never outweighs their speech or thought.
_SHOWN_BEFORE = re.compile(
    r"\b(?:hang|hangs|hung|rehang|rehung|crate|crated|uncrate|uncrated|varnish|varnished|revarnished|"
    r"auction|auctioned|catalogue|catalogued|cataloged|(?:portrait|painting|canvas|statue|bust|sculpture)\s+of)"
    r"\s+$",
    re.I,
)
#: Radio or telephone protocol in an utterance: "“Central, all units, white commercial van ...”" (Isaura Vell),
#: "“Base, Base, this is Nell, over.”" (Saint Adela), "“Swift, go ahead.”" (Halloran Street). A name spoken to in
#: such an utterance is a call sign, a station or a switchboard, unless it also acts somewhere in the book.
_RADIO_WORDS = frozenset({"over", "out", "copy", "roger", "affirmative", "negative", "mayday", "wilco"})
_RADIO = re.compile(
    rf"\b(?:this\s+is\s+[{UPPER}]|[Aa]ll\s+(?:units|stations|cars|call\s*signs)|[Gg]o\s+ahead|[Dd]o\s+you\s+(?:read|copy)|"
    r"[Cc]opy\s+that|[Rr]oger\b|[Ss]ay\s+again|[Ss]tanding\s+by|[Oo]ver\s+and\s+out)"
    r"|(?:^|[,.!?]\s+)(?:[Oo]ver|[Oo]ut)\s*[.!]?\s*[”\"’]?\s*$|(?:^[“\"‘]?|[.!?]\s+)(?:Over|Out|Copy)[.!]"
)
#: A name of one to three capitalised words: the piece the name patterns below share (radio calls, a name given
#: to an "it", the "I" naming itself).
_NAME_RUN = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}"
#: A radio call's header: the station called, then the caller, and nothing else before the message ("“Tjeld, Skarv
#: Hub. ...”", "“Hub Marine, Hub Marine, Kilo One-Seven.”" in Polar Low; "“Base, Harper.”" in The Long Carry;
#: "“Steptoe, Whitman.”" in Kessler Red). Two names of the book's own in a row; a reply ("“Yes, Chef.”") opens on a
#: sentence word, a self-introduction a title ("“Osric Penhallow, Captain.”"), and each name must be called elsewhere
#: too (`_call_headers`).
_CALL_HEADER = re.compile(
    rf"^[“\"‘]?\s*({_NAME_RUN}),\s+(?:\1,\s+)?(?:this\s+is\s+)?({_NAME_RUN})(?:,\s+(?:this\s+is\s+)?{_NAME_RUN})?\s*[.,!]"
)
#: A name given to an "it": "he calls it Agnes", "On my first season I called it Gordon" (a radio), "one piano,
#: which he calls Agnes", "it was named Perpetua"; "It has been called Gerald since ..." (a fridge, Eighty Covers),
#: "It has been called Tokubei since ..." (a shop, The Same Tea). A person is "him" or "her", a group "them".
_NAMED_IT = re.compile(
    rf"\b(?:call|calls|called|calling|name|names|named|naming|christened|dubbed)\s+it\s+[“\"‘]?({_NAME_RUN})"
    rf"|\bwhich\s+(?:\w+\s+){{0,2}}(?:calls?|called|named|christened|dubbed)\s+[“\"‘]?({_NAME_RUN})"
    rf"|\b(?:[Ii]t|which)\s+(?:is|was|has\s+been|had\s+been)\s+(?:called|named|known\s+as)\s+[“\"‘]?({_NAME_RUN})"
)
#: Nouns of what a book names that is neither a person nor a place: an animal, a vehicle or a vessel, an
#: instrument, a work ("the mule is named Mrs. Pruitt", "his horse is called Gideon" in Cutter Grade; "a boat
#: called the Dorothy", "The delivery van is called Big ...", "a lifeboat called the Lady ..." in three other
#: books; "a piano, which he calls Agnes"). Person nouns ("a man named Brandt", "a Fuzzy named Goldilocks") and
#: places ("The estate is called Carfax") are not in it.
#: Nouns of an animal a book names: the first line of `_THING_NOUNS`, and what `_ANIMAL_BESIDE` reads.
_ANIMAL_NOUNS = (
    r"mule|horse|mare|stallion|gelding|pony|donkey|ox|cow|goat|dog|hound|bitch|cat|parrot|bird|elephant|camel|"
    r"sheep|ewe|lamb|calf|heifer|pig|hen|goose|gander|duck|monkey|kitten|puppy|terrier|spaniel|collie|lurcher|"
    r"tomcat|canary|ferret|rabbit|"
    # the herd and draught animals and the rest of the farmyard, the kennel and the mews, as general English names
    # them ("the cow Kalyani", The House at Puthenpura; "Jovnna, the big bull", "He was an old draught bull", The
    # Reindeer Road; "the mare Dorcas", Cutter Grade)
    r"bull|bullock|steer|buffalo|yak|reindeer|deer|doe|stag|fawn|colt|filly|foal|sow|boar|hog|ram|billy-goat|"
    r"nanny-goat|cob|steed|pup|husky|sheepdog|mastiff|greyhound|retriever|mongrel|cockerel|rooster|hawk|falcon|"
    r"raven|budgie|tortoise|hamster|llama|alpaca"
)
_THING_NOUNS = (
    rf"{_ANIMAL_NOUNS}|"
    r"boat|ship|lifeboat|tug|yacht|barge|launch|schooner|van|car|truck|lorry|wagon|engine|locomotive|crawler|"
    r"piano|radio|organ|computer|machine|system|robot|painting|portrait|statue|canvas|picture|"
    # a made mind, named like a person and talking like one: "Jonah is a program" (Cold Ledger), "The intelligence
    # is called Edith" (Thin Water), beside "The system was called Hollis" (The Dorothea)
    r"program|programme|intelligence"
)
#: A name given to such a noun: "the mule is named Mrs. Pruitt", "his horse is called Gideon", "a boat called the
#: Dorothy", "a tall dun mule which they call X", "the ship's computer was called X".
_NAMED_AS_THING = re.compile(
    rf"\b(?i:the|a|an|his|her|my|our|their|its|one)\s+((?:[a-z][a-z\-]*(?:[’']s)?\s+){{0,2}}?)([a-z][a-z\-]*)\b,?\s+"
    rf"(?:(which|that|whom)\s+(?:\w+\s+){{0,2}}(?:calls?|called|named|christened|dubbed)|"
    rf"(?:she|he|they|we|I|you)\s+(?:calls?|called)|"
    rf"(?:(?:is|was|had\s+been)\s+)?(?:called|named|christened|dubbed|known\s+(?:to\s+(?:\w+\s+){{1,2}})?as))\s+(?:the\s+)?[“\"‘]?(?:(?:Mrs|Mr|Miss|Ms|Dr)\.?\s+)?({_NAME_RUN})"
)
#: Words read where a noun of a person would stand that are no person before a noun phrase ("everything the internet
#: will tell me about an actuarial model": "one", "other" ...), though a name given to them is a person's ("the one
#: called Tansy").
# fmt: off
_NOT_A_PERSON_BEFORE = frozenset({
    "one", "someone", "somebody", "other", "another", "there", "here", "then", "had", "afterwards", "being"
})
# fmt: on
#: Nouns of people, which a name given to them names a person ("a man named Brandt", "a caretaker called Pryke", "the
#: daughter was called Midge"), and words that are no noun of what is named (`_NOT_A_PERSON_BEFORE`: "the man down
#: there is called Whistler"): any other noun a name is given to names no person (`_named_noun`).
# fmt: off
_PERSON_NOUNS = _NOT_A_PERSON_BEFORE | frozenset({
    "man", "woman", "boy", "girl", "child", "kid", "baby", "infant", "son", "daughter", "brother", "sister",
    "mother", "father", "wife", "husband", "aunt", "uncle", "cousin", "niece", "nephew", "grandmother",
    "grandfather", "grandson", "granddaughter", "friend", "lad", "lass", "fellow", "chap", "gentleman", "lady",
    "maid", "servant", "cook", "driver", "owner", "merchant", "caretaker", "officer", "prince", "princess", "king",
    "queen", "page", "captain", "family", "fisherman", "farmer", "doctor", "nurse", "priest", "nun", "monk",
    "soldier", "sailor", "clerk", "student", "teacher", "girlfriend", "boyfriend", "partner", "colleague",
    "neighbour", "neighbor", "stranger", "person", "guy", "widow", "widower", "orphan",
    "youth", "knight", "lord", "squire", "lieutenant", "sergeant", "detective", "inspector", "constable", "agent",
    "mate", "pilot", "engineer", "passenger", "guest", "visitor", "client", "customer", "patient", "tenant",
    "landlord", "landlady", "lawyer", "solicitor", "clergyman", "vicar", "bishop", "cardinal", "saint", "god",
    "goddess", "spirit", "ghost", "figure", "creature"
})
# fmt: on
#: A name given with the noun as the verb's object: "Everybody called the tower Ada" (Cold Ledger), "Everyone at
#: Harbour Street called the system Margot" (Cold Ledger), "I called the van Marjorie" (Isaura Vell). The noun says
#: what the name is (`_THING_NOUNS`, `_PLACE_NAMED_NOUNS`).
_CALLED_THE_NOUN = re.compile(
    rf"\b(?:call|calls|called|calling|name|names|named|christened|dubbed)\s+(?:the|a|an|his|her|my|our|their|this|that)"
    rf"\s+(?:[a-z]+\s+)?([a-z]+)\s+[“\"‘]?({_NAME_RUN})"
)
#: Nouns of a place a book names in the same way: its place words ("the estate is called Carfax" in Dracula; "the
#: mountain they call Old Sully" in Cutter Grade; "a bar called Zur Glocke" in The Window on Bernauer Strasse), and
#: ground and settlements ("the town they called Firstfall" in The Quorum at Calloway; "a headland called Kettleness"
#: in Dracula; "the causeway they call the Hard" in Keeping Agatha). Not the place words that are also common nouns
#: of other things ("way", "row", "drive", "arms", "works", "records").
_PLACE_NAMED_NOUNS = "|".join(
    sorted(
        (PLACE_WORDS - {"way", "row", "drive", "arms", "works", "records", "place"})
        | {"town", "village", "city", "settlement", "hamlet", "planet", "headland", "causeway", "pool", "county"}
    )
)
#: A name given to such a noun: "a bar called Zur Glocke", "the estate is called Carfax", "the causeway they call the
#: Hard": a place, however often someone goes back to it and does something there ("went back to Zur Glocke and
#: bought a beer"). "They called" after a comma names the sentence's subject, not the noun ("The gale that drove the
#: sea into the harbour, they called the Widow Kell").
_NAMED_AS_PLACE = re.compile(
    rf"\b(?i:the|a|an|his|her|my|our|their|its|one)\s+(?:[a-z]+\s+){{0,2}}?(?:{_PLACE_NAMED_NOUNS})\b"
    rf"(?:,?\s+(?:which|that)\s+(?:\w+\s+){{0,2}}(?:calls?|called|named)|\s+(?:they|we|people|everyone)\s+(?:calls?|called)|"
    rf",?\s+(?:(?:is|was|had\s+been)\s+)?(?:called|named|known\s+as))\s+(?:the\s+)?[“\"‘]?({_NAME_RUN})"
)
_THING_NOUN = re.compile(rf"(?:{_THING_NOUNS})")
#: A name with an animal's noun beside it, as a reader is told which of the book's names are its animals: "Emma the
#: goat had got out again", "Pitt the cat came after him" (The Indefatigable Watch), "the dog Major's head on his
#: knee" (The Flying Delgados), "the cat, Mrs. Siddons, coming out" (The Scottish Play). Not after a preposition ("On
#: Margery the sheep lay down": the sheep on an island, The Hennick Blow; "the rider on the bay horse, Sandy"), nor
#: a verb's first object ("showing Mick the young horse", The Townland of Carrigeen). Counted with an animal's parts
#: (`Evidence.beast`, wanted twice): one "gave Tom the dog" that slips through is no evidence of what Tom is. The
#: animal noun that is the first of a trade's ("Mick the horse dealer", "Tom, the pig farmer") is a person's epithet:
#: `_TRADE_AFTER` refuses it, but for the adverbs so ended ("Emma the goat never came back").
_TRADE_AFTER = (
    r"(?!\s+(?!(?:never|ever|after|over|under|later|together|rather|further|either|neither|other|whether|however)\b)"
    r"[a-z][\w\-]*(?:er|or|man|men|woman|boy|girl|ist)\b)"
)
_ANIMAL_BESIDE = re.compile(
    rf"(?<![\w’'])({_NAME_RUN}),?\s+the\s+(?:[a-z][\w\-]*(?:[’']s)?\s+){{0,2}}?(?:[a-z]+-)?(?:{_ANIMAL_NOUNS})\b(?![’'\-]){_TRADE_AFTER}"
    rf"|\b[Tt]he\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:[a-z]+-)?(?:{_ANIMAL_NOUNS}),?\s+((?:(?:Mrs|Mr|Miss|Ms)\.?\s+)?{_NAME_RUN})\b(?![’'])"
)
_ANIMAL_NOT_AFTER = re.compile(
    r"\b(?:on|in|at|to|from|into|onto|of|by|near|past|across|over|under|toward|towards|through|for|with|"
    r"(?:show|give|gave|hand|bring|brought|lend|lent|sell|sold|buy|bought|offer|pass|throw|threw|send|sent|fetch|"
    r"get|got|leave|left|promise|find|found)\w*)\s+$",
    re.I,
)
#: A voice someone made: "a voice that was chosen by a committee" (Polar Low), "a voice designed so that you could not
#: tell" (Cold Ledger), as a synthesised or programmed one is. A person's voice is theirs, never chosen for them.
_MADE_VOICE = re.compile(
    r"\bvoice,?\s+(?:that|which)?\s*(?:was\s+|had\s+been\s+|is\s+)?(?:chosen|designed|programmed|synthesi[sz]ed|"
    r"engineered)\b",
    re.I,
)
#: The endings of nouns of someone who does or keeps something ("harbourmaster", "blacksmith", "shepherd", "baker",
#: "servant", "tailor"): a person's, like `_PERSON_NOUNS`; a made thing so ended ("computer") is in `_THING_NOUNS`.
_AGENT_NOUN = re.compile(r"(?:man|woman|ist|ess|ian|er|or|ant|ent|master|smith|wright|herd|keeper|maker|ee)$")
#: Words between a determiner and a noun that are no adjective of it: a preposition or an adverb ends the phrase.
# fmt: off
_NOT_BEFORE_NOUN = frozenset({
    "in", "on", "at", "of", "to", "from", "with", "by", "for", "down", "up", "out", "over", "under", "there",
    "here", "who", "which", "that"
})
# fmt: on
_PLACE_NAMED_NOUN = re.compile(rf"(?:{_PLACE_NAMED_NOUNS})")
#: A name said to be such a noun, as a reader is told what a talking animal or a machine is: "Horace is a grey parrot"
#: (A Week at Ottilie), "The Halvard is a very good machine" (The Mercy Winter), "Gideon, his old horse,". The noun
#: ends its phrase ("a cat burglar" is a person). A ship's AI named the other way round, "The system was called
#: Hollis" (The Dorothea), is `_NAMED_AS_THING`'s. The noun may be someone's ("Mister Fowle is the Cordwell's cat", The
#: Hennick Blow; "Hollis is the ship's computer"). A possessive is no end of the phrase ("Dacey is the ship’s boy", The
#: Wells of Oriel: a boy, not a ship).
_IS_THING = re.compile(
    rf"(?<![\w’'])(?:The\s+|the\s+)?({_NAME_RUN})"
    rf"(?:\s+(?:is|was|had\s+been|has\s+been)\s+(?:a|an|the|his|her|my|our|their)|,\s+(?:a|an|the|his|her|my|our|their))"
    rf"\s+(?:[\w\-]+[’']s\s+)?(?:[a-z][\w\-]*\s+){{0,2}}?(?:{_THING_NOUNS})(?=\s*(?:[,.;:!?—–)”\"]|’(?![st]\b))|\s+(?:and|who|which|that|with|named|called)\b)"
)
#: A sentence that says what the one the sentence before opened with is: "Muzet went first with her sledge. He was
#: an old draught bull, grey-brown and patient" (The Reindeer Road), "Joey come out from under the house and fell in
#: with us. He's a black dog with a white chest" (The Stage Head at Little Harbour Deep: "’s" is "is", as "He is a big
#: dog" in The Steppe at Bayan-Ovoo), as `_IS_THING` reads "Horace is a grey parrot" with the name itself. The noun
#: ends its phrase ("He was a pig farmer" is a man).
_PRONOUN_IS_ANIMAL = re.compile(
    rf"^\W*(?:He|She|It)(?:\s+(?:is|was)|[’']s)\s+(?:a|an)\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?:[a-z]+-)?(?:{_ANIMAL_NOUNS})"
    r"(?=\s*[,.;:!?—–]|\s+(?:and|who|with|that)\b)"
)
#: An animal's noun the book has not used before, opening the sentence right after one that names one name and no
#: animal: "She heard Rosalía before she saw her. The mule had a way of blowing through her lips" (a mule, The Glacier
#: above Yungay), "standing with one hand on Captain's neck. The horse had his head low" (a horse, The Selector's
#: Daughter): a definite noun the reader has not met takes up the one just named (`_first_described`). Once the
#: animal is known the same two sentences are a bridge to it ("Mercer sat back in the low chair. The cat, offended by
#: the movement, went away", Cold Ledger; "Tumur pulls at the reins. The horse lifts his head", The Steppe at
#: Bayan-Ovoo), which this does not read: over the 119 labelled texts it counts Rosalía and, once, Hollin Down, a place
#: the title line before "The young doe" names (one count decides nothing: `_animal` wants two); Captain, a title word,
#: is no name form. A name after the noun is the animal's own ("The dog Major lay", `_ANIMAL_BESIDE`).
_FIRST_ANIMAL = re.compile(rf"^\W*The\s+(?:[a-z][\w\-]*\s+){{0,2}}?({_ANIMAL_NOUNS})\b(?![’'\-])(?!,?\s+[{UPPER}])")
_ANIMAL_WORD = re.compile(rf"\b({_ANIMAL_NOUNS})(?:s|es)?\b", re.I)
#: A name set in italics on its own, as ships, newspapers and books are printed ("the *Demeter*", "the
#: _Czarina Catherine_", "*Josephine Achterberg*'s belly"), not a whole phrase in italics for emphasis.
_ITALIC_NAME = re.compile(
    rf"(?<![\w*])([*_])(?:[Tt]he\s+)?({NAME_WORD_OR_INITIAL}(?:\s+(?:{NAME_WORD_OR_INITIAL}|of|de|van|von|la|le)){{0,3}})\1(?![\w*])"
)
#: A name quoted on its own in the middle of a sentence, as songs, poems and films are printed: "I sang “Yaa
#: Amponsah” last", "the opening bars of “Yaa Amponsah”" (a song, The Highlife Band), "a five-piece band playing
#: "Laura" as if" (A Dime on the Dead), "played "Sweet Caroline" twice" (The Back Four). A call has its punctuation
#: inside the quote ("“Kettle,” she said") or opens it; one after a verb of speech ("he said “Tom” and stopped") is
#: left out, and so is a nickname given ("they called him “Sparrow”", "known as “Doc”").
_QUOTED_TITLE = re.compile(
    r"(?<=[a-z]\s)(?<!said\s)(?<!says\s)(?<!cried\s)(?<!shouted\s)(?<!whispered\s)(?<!yelled\s)"
    r"(?<!\bhim\s)(?<!\bher\s)(?<!\bme\s)(?<!\bus\s)(?<!\bas\s)(?<!named\s)(?<!called\s)"
    rf"[“\"‘]((?:{NAME_WORD_OR_INITIAL})(?:\s+(?:{NAME_WORD_OR_INITIAL}|of|the|in|de|la)){{0,4}})[”\"’](?![\w’'])"
)
#: A verb of carrying or handling right before a name ("Tamsin carried the Cinder Cup", "They put the Bell down",
#: "has taken the Bell apart", "I nearly lost the Bell"): what people carry, put down and lose is an object, never a
#: place. Verbs that take a person as often ("got", "brought", "held") are left out.
_HANDLED_BEFORE = re.compile(
    r"\b(?:carry|carries|carried|carrying|put|puts|putting|took|take|takes|taken|taking|lift|lifts|lifted|lifting|"
    r"drop|drops|dropped|dropping|lose|loses|lost|losing|fill|fills|filled|filling|drank\s+from|drink\s+from|"
    r"picked\s+up|pick\s+up|set\s+down|polished|unwrapped|wrapped)\s+the\s+$",
    re.I,
)
_VOC_BEFORE = re.compile(r"(?:^|[“\"‘]\s*|[,;—–]\s+|\b(?:O|Oh|oh|Ah|ah|Dear|dear),?\s+)$")
_VOC_AFTER = re.compile(r"^\s*(?:[,!?;—–]|\.(?!\w)|[”\"’])")
#: A plural verb after a name, its subject: a people or a species ("the Hollis were", "The Szgany are
#: quartered"); a person, a place or a ship takes "is"/"was". Not after "and" or a list (two people "were"),
#: an auxiliary or a question word ("did Tom have"), nor a subjunctive ("if Mina were", "as though he were").
_PLURAL_AFTER = re.compile(r"^\s+(?:are|were|have|do|aren[’']t|weren[’']t|haven[’']t|don[’']t)\b")
_NOT_PLURAL_BEFORE = re.compile(
    r"(?:\band|&|,|\bor|\bnor|\bdid|\bdo|\bdoes|\bwill|\bwould|\bcould|\bshould|\bcan|\bmay|\bmight|"
    r"\bmust|\bto|\bwhere|\bwhat|\bwho|\bhow|\bwhy|\bwhen|\bif|\bthough|\bwish|\brather|\bas|\bunless)"
    r"\s+(?:the\s+)?$",
    re.I,
)
#: A letter's dateline or address, not a name spoken to: "“Buda-Pesth, 24 August.", "“17, Chatham Street,".
#: A name in a list of names ("Dr. Crippen, Dillinger, Ned Kelly", "Syndrome, Complex, Id and Superego"): named, not
#: spoken to.
_LIST_BEFORE = re.compile(rf"({NAME_WORD_OR_INITIAL}),\s+$")
_LIST_AFTER = re.compile(rf"^,\s+[{UPPER}]")
_DATELINE_BEFORE = re.compile(r"\d,?\s*[“\"‘]?\s*$")
_DATELINE_AFTER = re.compile(r"^[,.]?\s*\d")
_HE = re.compile(r"\b(?:he|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|herself)\b", re.I)
#: A possessive in a person's own clause ("Dan Ashdown saw his mother", "Daniel took his coat", "Ruth put
#: her cup down"): half a subject pronoun, since it may be someone else's ("Ana took his hand").
_HIS = re.compile(r"\bhis\b", re.I)
_HER_POSSESSIVE = re.compile(
    r"\bher\b(?!\s*[.,;:!?—”\"]|\s+(?:to|and|in|on|at|with|from|for|as|that|up|down|away|"
    r"back|again|out|off|into|over|by|a|an|the|this|that|if|when|so|then)\b)",
    re.I,
)
_SENT = re.compile(r"[^.!?…]+(?:[.!?…]+[”’\"]?|$)")
#: Any pronoun of one gender: a subject pronoun beside one of the other gender means two people in a clause.
_ANY_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_ANY_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
#: A name the text gives someone: "called me Sparrow", "call me Ishmael", "known as Peg", "Peg to her brother".
_NICKNAME = re.compile(
    r"\b(?:calls?|called|calling|named|nicknamed|christened|dubbed)\s+(me|him|her|you)\s+"
    rf"(?:[“\"‘]?)({NAME_WORD})|\bknown\s+as\s+(?:[“\"‘]?)({NAME_WORD})"
)
#: A former or other name the text links to a person: "who had been Margaret Pryce", "born Tova Rusk", "née Pryce".
_FORMER = re.compile(
    r"(?:\b(?:had\s+been|was\s+born|born|née|nee|formerly|maiden\s+name\s+(?:was|of))|\(\s*that\s+was)\s+"
    rf"((?:{NAME_WORD}\s+){{0,2}}{NAME_WORD})(?![\w’'])"
)
#: A name the text says a person is called by: "was called Post by the whole road", "had been called Dr Kessler
#: there" (a title and a name, or one or two name words).
_CALLED = re.compile(
    r"\b(?:had\s+been|has\s+been|was|is)\s+called\s+((?:(?:Mr|Mrs|Ms|Miss|Dr|Doctor|Professor|Prof)\.?\s+)?"
    rf"{NAME_WORD}(?:\s+{NAME_WORD})?)(?![\w’'])"
)
#: A noun phrase right before "is called" is what the name is given to ("why the kettle is called Tokubei" after
#: "Hiroshi brought Sae", The Same Tea; "The walk-in fridge is called Gerald", Eighty Covers; "the one under the
#: bridge is called Ibeji", The House on Bode Thomas), never the person named before it.
_NOUN_SUBJECT = re.compile(r"\b(?i:the|a|an|this|his|her|my|our|their|its)\s+(?:[a-z][\w’'\-]*\s+){1,4}$")
#: The same link set right after the name it renames ("Lord Godalming (that was Arthur of Miss Lucy)", "Margaret
#: Ashdown, who had been Margaret Pryce", "Tova Vell, born Tova Rusk"): strong enough to make two people one.
_RIGHT_AFTER = re.compile(r"^[\s,(]*(?:who\s+)?$")
#: Words never a name on their own: the shared sentence openers, and kinship words (a name only as address).
_STOP = SENTENCE_OPENERS | {
    "Dad",
    "Dear",
    "Father",
    "Gran",
    "Grandad",
    "Grandma",
    "Mother",
    "Mum",
}  # kinship words: a name on their own only as address


#: The most a place named for a titled person carries the title: the settlement "Steptoe" is "Colonel Steptoe" in 1 of
#: its 33 uses (Kessler Red), the pub "the Captain Foley" is titled in 1 of 10 (A Week at Ottilie); a titled person's
#: name takes the title in far more ("Mrs. Pruitt" 16 of 17 in Cutter Grade, "Mister Fowle" 22 of 22 in The Hennick
#: Blow). The fortress Maud is "Queen Maud" (the queen it is named for, a person of her own) in 5 of its 27 uses (The
#: Well at Maud): the place's bare name is in far more uses than the titled person's.
_NAMED_FOR_TITLED = 0.25


@dataclass
class Evidence:
    """How a name form is used across the book (counts of occurrences)."""

    n: int = 0
    mid: int = 0  # not at a sentence start
    person: int = 0  # subject of speech/thought/perception, "said X", a body or kin, a title
    vocative: int = 0  # addressed inside speech
    place: int = 0  # after a preposition of place
    within: int = 0  # right after "in", "inside", "within", "throughout" ("nobody in Mercy"): no person is
    goal: int = 0  # after "to", "from", "toward": a place or a person
    the: int = 0  # after "the"
    kind: int = 0  # after "a", "another", a number
    titled: int = 0
    firm: int = 0  # "Messrs. Carter, Paterson & Co.", "Messrs Aske and Brough": a firm's name
    owned: int = 0  # written with a possessive "'s" ("at Bertrand's", "Varley's, which is the draper's")
    plural: int = 0  # the subject of a plural verb ("the Hollis are moving", "The Szgany are quartered")
    italic: int = 0  # set in italics on its own ("the *Demeter*", "*Josephine Achterberg*"): a ship's or a work's name
    caps: int = 0  # written in capitals (a heading, a transcript's speaker label): no typeface to read
    part: int = 0  # owns a part of a made thing ("Agnes's lid", "the Harriet Lane's airlock", "Dolores's engine")
    named_it: int = 0  # the name given to an "it" ("he calls it Agnes", "a piano, which he calls Agnes")
    named_as: int = 0  # the name given to an animal or a made thing ("the mule is named Mrs. Pruitt")
    named_place: int = 0  # the name given to a place ("a bar called Zur Glocke", "the estate is called Carfax")
    social: int = 0  # after "Mr", "Mrs", "Miss", "Dr" ...: a family name, even one that is also a word ("Mr Brown")
    room_of: int = 0  # after "in the engine room of", "on the spine of": a part of it someone is in or on
    shown: int = 0  # where a work of art stands or is handled ("off the easel", "in the crate", "hung X")
    radio: int = 0  # spoken to in a radio or telephone call ("“Central, all units, ...”"): a call sign
    spoken: int = 0  # inside speech (a name never narrated is only ever said)
    mind: int = 0  # the subject of a verb of thought or feeling in the narration ("Tom wondered", "Ruth knew")
    gesture: int = 0  # in the narration, makes a gesture only a person makes ("Henrik shrugged", "Anders nodded")
    is_a: int = 0  # said to be an animal or a machine ("Horace is a grey parrot", "The Halvard is a very good machine")
    invoked: int = 0  # called on in a wish or an oath ("Ide keep her", "Ide forgive me"; "God help us"): a god
    owner_place: int = 0  # of `place`: in something it owns ("in the Warden's prison"), not in it
    home: int = 0  # of `place`: at a possessive with no noun after, the house or shop it owns ("At Reza's.")
    who: int = 0  # in the narration, the antecedent of "who" ("Saul Treadgold, who had been standing"): a person
    handled: int = 0  # the object of a verb of handling ("carried the Cinder Cup", "put the Bell down"): an object
    noise: int = 0  # makes an animal's or an instrument's sound ("Tiger began to bark", "to ring Gabrielle")
    beast_act: int = 0  # in the narration, does what only an animal does ("Kalyani calved", "began to low", "grazed")
    tended: int = 0  # in the narration, milked, saddled, harnessed, tethered, herded ... ("milked Kalyani")
    said: int = 0  # in the narration, the speaker of "said", "asked" ... ("said Tova", "Sethren asked")
    tongue: int = 0  # a language spoken or written in ("said in French", "shouts it in British"): no place
    beast: int = 0  # has an animal's body or tack ("Duchess's halter", "Horace ... in his beak", "with his tail")
    painted: int = 0  # written in capitals in the narration beside "letters" or "painted": a name on a vehicle, a sign
    possessed: int = 0  # in the narration, what someone owns ("Nobody owns Sonko", "who owns Madam Shiro"): property
    its: int = 0  # "its"/"itself" in the clause it opens ("Tobit rolled back to its charger"): a thing's pronoun
    gendered: int = 0  # "he", "she", "his", "her" ... in the clause it opens
    made_voice: int = 0  # named in the narration of a paragraph that says a voice was designed or chosen: a machine's
    attributive: int = 0  # right before a noun of the book, as its modifier ("a Hanbit hoodie", "Daon lanyards")
    time: int = 0  # with a time's words ("since the Ides", "the month of Ianuarius"): a feast, a month, a day

    def add(self, other: Evidence) -> None:
        for k, v in vars(other).items():
            setattr(self, k, getattr(self, k) + v)

    def as_dict(self) -> dict:
        return {k: v for k, v in vars(self).items() if v}


@dataclass
class Entity:
    name: str
    kind: str  # person | place | organisation | kind | thing
    count: int = 0
    variants: Counter = field(default_factory=Counter)  # surface form -> mentions
    gender: str | None = None  # he | she
    evidence: dict = field(default_factory=dict)
    linked: list[str] = field(default_factory=list)  # nicknames / former names the text links to this person


def made_thing(ev: Evidence) -> bool:
    """A ship, a vehicle, an instrument or a work, not a person, by evidence no person's name gathers: set in
    italics on its own in most of the uses that have a typeface (books print ships' names so: "the
    *Demeter*", "*Josephine Achterberg*"; a person's name is italic only now and then, for emphasis), or
    named as an "it" or as an animal or a made thing, and owning a made thing's parts, at least as often as it
    speaks, thinks or is spoken to ("he calls it Agnes", "Agnes's lid"; "I called it Gordon"; "the mule is named
    Mrs. Pruitt", "his horse is called Gideon"). A name the text says is an animal or a machine ("Horace is a grey
    parrot", "The system was called Hollis") is one however much it talks, unless the narration gives it a mind
    ("Horace wondered", `_own_mind`): talking animals and machines speak, answer and are spoken to like people. A name
    that barks, whines or is rung, or has an animal's parts or tack ("Duchess's halter", "with his tail"), at least
    twice and more often than it says or thinks anything is an animal or a bell (`_animal`). One whose own clauses call
    it "its" more than "he" or "she", at least twice, is a thing."""
    if ev.italic >= 2 and ev.italic >= 0.5 * max(1, ev.n - ev.caps):
        return True
    said_to_be = ev.named_as or (ev.is_a and not ev.social and not _acts_beside_a_thought(ev))
    if (said_to_be or (ev.made_voice and ev.said)) and not _own_mind(ev):
        # the text says what it is ("The system was called Hollis", "Horace is a grey parrot"): a parrot or a ship's
        # computer that talks is still no person, unless the narration gives it thoughts of its own; "Mr Jenkins is a
        # machine" is said of a man, and so is "Henrik is a stubborn old mule" of one who thinks and also shrugs or
        # walks home as a person does (`_acts_beside_a_thought`): only a name given to the noun is never a metaphor
        return True
    if ev.its >= 2 and ev.its > ev.gendered and not (ev.mind or ev.said):
        # the narration's own pronoun for it is "its" ("La Crosse has a school with all its windows in", "Corvane
        # itself hung to port"): a place or a thing however often it is spoken to; a person's clause says "he" or
        # "she". A machine that talks is left to the other evidence (a ship's mind in The Arkwright Claim)
        return True
    if ev.painted and ev.painted + ev.part + ev.possessed >= 2 and not (ev.mind or ev.said):
        # its name is painted on it, and it is painted so again, owned or has a made thing's parts ("it says MADAM
        # SHIRO" in yellow letters, "who owns Madam Shiro"): a vehicle or a sign however titled and spoken of as "her"
        return True
    if _animal(ev):
        # barks, whines or is rung, or has a tail, a beak or a halter, more often than it speaks or thinks ("Tiger
        # began to bark", "to ring Gabrielle", "Duchess's halter"): an animal or a bell, however often it watches,
        # "speaks" or is named in reply, and however titled ("Mister Fowle ... with his tail", a cat); a sheepdog
        # that talks ("said Captain") stays a character. "Mr Hobbs barked an order" is a man: titled, no tail
        return True
    made = ev.part + ev.shown + 2 * (ev.named_it + ev.named_as)
    # a title the book gives with the animal's or the thing's name ("the mule is named Mrs. Pruitt") is part of it
    titled = 0 if ev.named_as else ev.titled
    return made >= 2 and made >= ev.person + ev.vocative + 2 * titled


def _own_mind(ev: Evidence) -> bool:
    """The narration gives it thoughts of its own: it thinks twice, or thinks and speaks. An animal the book names
    ("the goat is called Senhora", The Morna at Mindelo; "why we call the dog Kenny", The Ice Road at Tuktoyaktuk)
    is said once to know or care ("Senhora does not care", "Kenny knows the road") and never says anything: the
    narration's way of telling an animal's ways, not a talking animal's mind."""
    return ev.mind >= 2 or bool(ev.mind and ev.said)


def _acts_beside_a_thought(ev: Evidence) -> bool:
    """It thinks, and the narration also has it make a gesture only a person makes ("Henrik knew the tide ... Henrik
    shrugged"): said to be an animal ("Henrik is a stubborn old mule"), it is a man so called. The animals the text says
    are one ("Lupe is the cow", The Quake at Comalapa) are given the one thought and no person's gesture; looking,
    watching and a head or eyes are any animal's ("Dulce looked at the gate"), and nothing with an animal's parts,
    sounds or doings (`_animal`'s uses but ownership) is a man however it shrugs."""
    animal = ev.noise + ev.beast + ev.beast_act + ev.tended
    return bool(ev.mind and ev.gesture) and not animal


def _animal(ev: Evidence) -> bool:
    """An animal named like a person ("Kalyani", a cow; "Muzet", a draught bull): at least two uses that only an animal
    gets, and more of them than it speaks or thinks. An animal's uses: its sounds and what only an animal does ("Tiger
    began to bark", "Kalyani calved"), its parts and tack ("Duchess's halter", "Muzet's broken antler"), a species'
    noun beside it or said of it ("the cow Kalyani", "Jovnna, the big bull", "He was an old draught bull"), what
    people do to it (owning, milking, saddling, herding it). It may look, listen and be spoken to as any animal in a
    novel does; a person nicknamed for an animal ("the Ox said") speaks, and a title with no animal part ("Mr Hobbs
    barked an order") keeps the man."""
    animal = ev.noise + ev.beast + ev.possessed + ev.beast_act + ev.tended
    return animal >= 2 and animal > ev.said + ev.mind and bool(ev.beast or not ev.social)


def handled_object(ev: Evidence) -> bool:
    """Carried, put down, taken apart or lost at least twice ("Tamsin carried the Cinder Cup", "They put the Bell
    down", "I nearly lost the Bell"): an object people handle, not a place, even when something is in it ("water in
    the Cinder Cup", "strapped into the Bell"). A vessel people are aboard or in far more often than it is taken
    anywhere stays a place."""
    return ev.handled >= 2 and ev.place < 2 * ev.handled


def _god_or_tongue(ev: Evidence, strong: float) -> str | None:
    """A god called on in wishes and oaths ("Ide keep her", "Ide forgive me"), however titled: a thing; a name spoken or
    written in more often than anyone is in it ("said in French", "shouting in German"): a language, a people's word
    ("French farmers"), a kind and never a scene's place."""
    if ev.invoked >= 2 and ev.invoked >= ev.person and not ev.vocative:
        return "thing"
    if _is_tongue(ev):
        return "kind"
    if ev.tongue and not (ev.place or ev.goal or strong):
        return "kind"  # spoken or written in once and nobody ever in it or going to it: "in Urdu, in Hindi"
    return None


def _strength(ev: Evidence) -> float:
    """How plainly a name is a person's (`classify`): said, called by, titled (a title counts twice)."""
    return ev.person + ev.vocative + 2 * ev.titled


def _is_tongue(ev: Evidence) -> bool:
    """Spoken or written in more often than anyone is in it, and hardly a person's: a language."""
    return ev.tongue >= 2 and ev.tongue >= ev.place and _strength(ev) < 2


#: A list of one-word names after "in": "in English and Gurmukhi", "In English, in Urdu, in Hindi" (The House at
#: Lyallpur), "told her in English and then in Yoruba" (The House on Bode Thomas).
_IN_LIST = re.compile(
    rf"\b[Ii]n\s+{NAME_WORD}(?:(?:\s*,\s*in\s+|,?\s+(?:and|or)\s+(?:then\s+)?(?:in\s+)?){NAME_WORD})+"
)
_LIST_NAME = re.compile(rf"(\b[Ii]n\s+)?({NAME_WORD})")


def _coordinated_tongues(texts: list[str], forms: dict[tuple, Evidence]) -> None:
    """A name listed with a language after "in" is a language too ("in English and Gurmukhi", "In English, in Urdu, in
    Hindi"): places are listed with places, tongues with tongues. Each such use counts as spoken in, and no longer as
    a place people are in."""
    lists = []
    for text in texts:
        for m in _IN_LIST.finditer(narration_only(text)):
            found = list(_LIST_NAME.finditer(m.group(0)))
            if any(re.search(r"[’']s?$", n.group(2)) for n in found):
                continue  # "in British and in Hludio's Latin": an owner, not a third tongue
            names = [(bool(n.group(1)), _form([n.group(2)])) for n in found]
            if all(f in forms for _, f in names):
                lists.append(names)
    done: set[tuple[int, tuple]] = set()
    changed = True
    while changed:
        changed = False
        for k, names in enumerate(lists):
            if not any(_is_tongue(forms[f]) for _, f in names):
                continue
            for after_in, f in names:
                if (k, f) in done or _is_tongue(forms[f]):
                    continue
                done.add((k, f))
                ev = forms[f]
                ev.tongue += 1
                if after_in and ev.place:
                    ev.place -= 1
                    ev.within -= ev.within > 0
                changed = True


#: Two names joined as a span or a pair of times: "from Amshir to Bashans", "in Amshir and in Baramhat" (The Steamer
#: from Wadi Halfa), "the months of Aadi and Aavani" (The Lane at Nallur).
_TIME_PAIR = re.compile(
    rf"\b(?:[Ii]n|[Ff]rom|[Bb]etween|of)\s+({NAME_WORD})\s+(?:and|or|to|till|until)\s+(?:in\s+)?({NAME_WORD})\b"
)


def a_time(ev: Evidence | dict) -> bool:
    """A name said with a time's words ("since the Ides", "before the Kalends", "the month of Ianuarius":
    `Evidence.time`, `_TIME_BEFORE`, `_TIME_AFTER`) at least twice and at least half as often as with a place's ("on
    the Kalends of every month" is both): a feast or a month of the book's own calendar, not where anyone is (The Wall
    at Vindolanda, The Brewer's Winter). Read on a form's evidence here and on an entity's (`Entity.evidence`) in
    `places`."""
    counts = ev if isinstance(ev, dict) else ev.as_dict()
    time = counts.get("time", 0)
    return time >= 2 and 2 * time >= counts.get("place", 0) - counts.get("owner_place", 0)


def _coordinated_times(texts: list[str], forms: dict[tuple, Evidence]) -> None:
    """A one-word name paired with a time of the book's calendar (`_TIME_PAIR`) is a time too: places pair with places,
    months with months. Each such use counts once as a time's; a name that is itself a time is left as it is."""
    pairs = []
    for text in texts:
        for m in _TIME_PAIR.finditer(narration_only(text)):
            a, b = _form([m.group(1)]), _form([m.group(2)])
            if a in forms and b in forms and a != b:
                pairs.append((a, b))
    times = {f for pair in pairs for f in pair if a_time(forms[f])}
    for a, b in pairs:
        for f, other in ((a, b), (b, a)):
            if other in times and f not in times:
                forms[f].time += 1


#: Last words of a place's name that are common family names too ("Seacole Ward", "Anren Ward"; "Curtis Ward" is a
#: man): a place only where the book also writes the word in lower case and the name never acts (`classify`).
_SURNAME_PLACE_WORDS = frozenset({"ward"})


def _acts_as_person(ev: Evidence) -> bool:
    """Anything said of a name that only a person does or has: acting, thinking, speaking, a title, "who", "he"/"she"
    in its own clause. Being spoken to is not among them (a tannoy's "Adult cardiac arrest, Seacole Ward, ...")."""
    return bool(ev.person or ev.mind or ev.said or ev.titled or ev.social or ev.who or ev.gendered)


def _institution(ev: Evidence, form: tuple[str, ...], lower: frozenset[str] | set[str]) -> str | None:
    """A name that ends in an organisation's or a place's word ("Calder Salt Company", "Saltmarsh Road"), untitled;
    or in a place word that is a family name too, where the book writes the word in lower case and nothing a person
    does is ever said of the name: "Seacole Ward" in a book about "the ward" (Night on Seacole), "Anren Ward" beside
    "the ward gate" (The Yingchun Gate) are wards; "Curtis Ward was dead", "Terrell Ward is the last man standing"
    (Plain Error, a book with no ward) are men."""
    if len(form) < 2:
        return None
    if form[-1] in INSTITUTION_WORDS and not ev.titled:
        return "organisation" if form[-1] in ORG_WORDS else "place"
    if form[-1] in _SURNAME_PLACE_WORDS and form[-1] in lower and not _acts_as_person(ev):
        return "place"
    return None


def _title_held(ev: Evidence) -> bool:
    """A "the X" the narration thinks and feels through, or lets say things ("said the Dowager", "the Editor said",
    "said the Bailiff"), with "he" or "she" in its own clauses, far more often than anyone is in or aboard it, is a
    title a person holds ("the Margravine saw", "the Margravine thought" beside one "came ... to the Margravine"), not a
    building or a vessel. A ship or a machine that talks is told apart before this (`made_thing`: "The Halvard is a
    very good machine")."""
    inside = ev.place - ev.owner_place + ev.within + ev.part
    if ev.gendered < 2:
        return False
    return (ev.mind >= 2 and ev.mind > 2 * inside) or (ev.said >= 2 and ev.said + ev.person > 2 * inside)


def _lived_in(ev: Evidence) -> bool:
    """People are inside it: "nobody in Mercy", "everything in Cullerby". No one lives inside a person, even one who
    talks; nor inside the titled person a place is named for, whose title comes up in a few of the name's uses at
    most. Twice is enough when that is more often than it acts, is spoken to or is titled: a town that "looked back
    at her" once and has "nobody in Marigold" twice (a test text); on the 44 labelled books every name with two such
    uses is a place (66 names) but "Fuzzy", a kind that is titled and spoken to."""
    if ev.within >= max(3, 0.05 * ev.n) and ev.titled <= _NAMED_FOR_TITLED * ev.n:
        return True
    return ev.within >= 2 and ev.within > ev.person + ev.vocative + ev.titled + ev.mind


def classify(
    ev: Evidence, form: tuple[str, ...], plurals: set[str], lower: frozenset[str] | set[str] = frozenset()
) -> str:
    """person | place | organisation | kind | thing | unknown, from how a name is used (see module doc);
    `lower`: the words the book also writes in lower case (common words, not names)."""
    strong = _strength(ev)
    place = ev.place + 0.5 * ev.goal
    word = _god_or_tongue(ev, strong)
    if word:
        return word
    if ev.firm and ev.person + ev.vocative + ev.titled < max(2, 2 * ev.firm) and place < max(2, ev.firm):
        # a firm's partners' names, not a person acting in the story; a town named once after a firm stays a
        # town ("Messrs. Billington & Son, Whitby" among "at Whitby", "in Whitby" in Dracula)
        return "organisation"
    institution = _institution(ev, form, lower)
    if institution:
        return institution
    if made_thing(
        ev
    ):  # an object named as an "it" is a thing, however often someone sits at it, unless people are in it
        return "place" if place >= max(2, 0.15 * ev.n) and (not ev.named_it or ev.within >= 2) else "thing"
    if ((len(form) == 1 and form[0] in plurals) or ev.kind >= max(1, 0.1 * ev.n)) and strong < max(2, 0.3 * ev.n):
        return "place" if place >= max(2, 0.15 * ev.n) else "kind"
    if ev.plural >= 2 and ev.plural > place and strong < max(2, 0.3 * ev.n) and not set(form) & set(lower):
        return "kind"  # takes "are"/"were": a people or a species, however often written "the X"
    the_share = ev.the / max(1, ev.n)
    if the_share >= 0.5 and strong < max(3, 0.15 * ev.n) and not _title_held(ev):
        return "place" if place >= 1 and not handled_object(ev) else "thing"
    if _lived_in(ev):
        return "place"
    if (
        len(form) == 1
        and ev.the >= max(4, 0.8 * ev.n)
        and form[0] not in lower
        and form[0] not in TITLES
        and ev.place - ev.owner_place + ev.within + ev.part >= 1
        and not _title_held(ev)
    ):
        # a one-word proper name nearly always written "the X" that people are in or aboard, or that has a made
        # thing's parts ("the Halvard said" ... "inside the Halvard", "the Halvard's engine"), names a vehicle or
        # a building, even when it talks; a common word after "the" ("the Doctor") or a description ("the Time
        # Traveller") is a role a person can hold, and a name no one is ever in (only in what it owns: "in the
        # Warden's prison", The Hennick Blow) is left to the evidence around it
        return "place" if place >= max(2, 0.15 * ev.n) else "thing"
    if place >= max(2, 0.3 * ev.n) and place > strong:
        return "place"
    if ev.named_place and not (ev.mind or ev.named_as or ev.is_a) and strong <= ev.named_place + place:
        # the text says it is a place ("a bar called Zur Glocke") and nothing says more for a person: what would
        # otherwise be a person, a call sign or unknown; a landmark or a thing by the rules above stays so
        return "place"
    if _call_sign(ev) and not set(form) & (set(lower) | _RADIO_WORDS):  # "“Copy. Go, Tamsin.”": a word of the call
        return "call sign"  # only ever spoken to over a radio or a telephone ("“Central, all units”"), never acting
    if strong >= 1:
        return "organisation" if _collective(ev) else "person"
    if place >= max(2, 0.2 * ev.n):
        return "place"
    return "unknown"


@dataclass
class CharacterModel:
    """People and the rest of the book's proper names (see the module docstring)."""

    people: list[Entity] = field(default_factory=list)
    others: list[Entity] = field(default_factory=list)  # places, organisations, kinds, things
    index: PersonIndex = field(default_factory=PersonIndex)
    forms: dict[tuple[str, ...], Evidence] = field(default_factory=dict)
    from_roster: bool = False
    #: names the book only addresses someone by ("“Sparrow, fetch the lamp”"), outside the person index:
    #: evidence for a first-person narrator, never a character of their own (see `addressed_only`)
    addressed: PersonIndex = field(default_factory=PersonIndex)
    apostrophe: str = "'"  # the one the book writes ("’" or "'")
    #: ranks and posts the book calls a person by alone ("the Major", "the Chancellor", "the Sergeant"): the rank
    #: (casefolded) -> the one person the book names with it, or the rank itself when it names nobody
    ranks: dict[str, str] = field(default_factory=dict)
    #: posts the narration writes in lower case and lets act ("the judge looked at him", "the captain said"): the post
    #: -> the one person the book ever names with it ("Judge Coyle", "Captain Zharov"; see `_lower_posts`)
    lower_posts: dict[str, str] = field(default_factory=dict)
    #: people who died before the story began (`_dead_before_the_story`): talked about, never present
    dead: set[str] = field(default_factory=set)

    # ---- queries ----------------------------------------------------------------------------------
    @property
    def places(self) -> list[Entity]:
        """Places, and landmarks or vessels the book puts people in or at ("aboard the Meridian")."""
        return [e for e in self.others if e.name[:1].isupper() and _located(e)]

    def person(self, name: str) -> Entity | None:
        canon = self.index.resolve(name)
        return next((p for p in self.people if p.name == canon), None) if canon else None

    def kind_of(self, name: str) -> str | None:
        """person | place | organisation | kind | thing for a name the book uses, else None."""
        if self.index.resolve(name) and name_words(name) in self.index.forms:
            return "person"
        f = _form(name.split())
        f = f[1:] if f and f[0] == "the" else f
        for e in self.others:
            if f in {_form(v.split()) for v in e.variants} or f == _form(e.name.split()):
                return e.kind
        return "person" if self.index.resolve(name) else None

    def characters_in(self, text: str, min_mentions: int = 1) -> list[str]:
        """People named in a passage, most mentioned first (places and things never)."""
        c = Counter(m.person for m in self.index.mentions(strip_emphasis(text)))
        return [n for n, k in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) if k >= min_mentions]

    def ranks_in(self, text: str) -> list[str]:
        """People a passage names by their rank or post alone ("the Major is walking", "said the Chancellor";
        see `_ranks`) outside speech or as the one spoken to, in order of first mention."""
        out: list[str] = []
        if not self.ranks and not self.lower_posts:
            return out
        plain = strip_emphasis(text)
        spans = quoted_spans(plain)
        flashback = _told_before(plain)
        # a rank only talked about ("“The Director wants you”", "“Dad says no”") is no one present, nor one the
        # narration only uses as a topic, an owner or in the scene's past ("The Colonel had been in at half past
        # three", "the Colonel's money"), as `absent_from` reads a name
        uses = [
            (m, Mention(m.start(1), m.end(1), m.group(1), False))
            for rx in (_RANK_USE, _KIN_USE, _POST_USE)
            for m in rx.finditer(plain)
            if rx is not _POST_USE or _acts_here(plain, m.start(), m.end())
        ]
        found = [
            (m.start(), m.group(1))
            for m, use in uses
            if not _spoken_of(plain, spans, use.start, use.end) and not _narrated_away(plain, spans, use, flashback)
        ]
        # a rank the passage shows in a picture is the picture wherever it is named again, as `absent_from` reads a name
        pictured = {
            use.person for _, use in uses if not any(a <= use.start < b for a, b in spans) and _pictured(plain, use)
        }
        pictured -= {
            use.person for m, use in uses if _present_there(plain, spans, Mention(m.start(), use.end, "", False))
        }
        for _, word in sorted(found):
            if word in pictured:
                continue
            person = self.ranks.get(word.casefold()) if word[:1].isupper() else self.lower_posts.get(word)
            if person and person not in out:
                out.append(person)
        return out

    def addressed_in(self, text: str) -> list[str]:
        """Names spoken to in a passage's speech that the person index does not hold: someone addressed is
        there to hear it ("“Kwame! Ice.”", "“It's him, Gus.”" in Eighty Covers; "“Connie,” she said" in The
        Cullerby Wire). Only a name the book always capitalises, uses mid-sentence somewhere, and never writes
        after a preposition, "the" or an article; never a place, a kind or a thing ("“Hollis,” the Halvard
        said": a species; "“Mercy, put the map up”": the station), nor a word the book writes in lower case
        ("“Yes, Chef”": the head chef's role, "“Right,”")."""
        plain = strip_emphasis(text)
        spans = quoted_spans(plain)
        out: list[str] = []
        for run in _runs(plain):
            if len(run) > 1 and run[0][0].casefold() in _VOCATIVE_PARTICLES:
                run = run[1:]  # "“Ya Allah!”": whoever is called is "Allah"
            start, end = run[0][1], run[-1][2]
            quote = next(((a, b) for a, b in spans if a <= start < b), None)
            # spoken to inside a longer utterance ("“Kwame! Ice. All of it.”"), not a one-word cry ("“Amen.”")
            if quote is None or len(re.findall(r"\w+", plain[quote[0] : start] + plain[end : quote[1]])) < 2:
                continue
            before, after = plain[max(0, start - 40) : start], plain[end : end + 80]
            if (
                not (_VOC_BEFORE.search(before) and _VOC_AFTER.match(after))
                or _DATELINE_BEFORE.search(before)
                or _DATELINE_AFTER.match(after)
                or _in_name_list(before, after)
            ):
                continue
            name = _bare(plain[start:end])
            f = _form(name.split())
            ev = self.forms.get(f)
            if ev is None or ev.n < 2 or len(f) > 2 or f in self.index.forms or name.split()[0] in _STOP or name in out:
                continue
            if ev.place + ev.goal + ev.the + ev.kind + ev.within or not ev.mid or set(f) & self.index.lower_words:
                continue
            if _call_sign(ev):
                continue
            owner = self._longer_name_of(f, ev)
            if owner is None:
                owner = _one_starting_with(f, self.index)  # "“Win, sit down.”" to Winifred Pike
            if owner == "":
                continue
            if owner is not None:
                if owner not in out:
                    out.append(owner)
            elif self.kind_of(name) in (None, "person"):
                out.append(name)
        return out

    def _longer_name_of(self, f: tuple[str, ...], ev: Evidence) -> str | None:
        """A name spoken to that the book otherwise writes only as the start of a longer name is that name's
        short form: the person it belongs to ("Pappy" for "Pappy Jack", Jack Holloway, in Little Fuzzy), or, when
        it is only ever spoken and the longer name is no one's, nobody present ("“Swift, go ahead,”" answering
        the phone for "Swift Cars" in Halloran Street): "" for nobody, None when there is no longer name."""
        if len(f) != 1:
            return None
        longer = [g for g in self.forms if len(g) >= 2 and g[0] == f[0]]
        owners = {self.index.forms[g] for g in longer if g in self.index.forms}
        if len(owners) == 1:
            return owners.pop()
        return "" if longer and not owners and ev.n == ev.vocative else None

    def places_in(self, text: str) -> Counter:
        """Places of the model named in a passage, weighted: after a preposition of place counts double."""
        plain = strip_emphasis(text)
        out: Counter = Counter()
        for e in self.places:
            for v in {e.name, *e.variants}:
                for m in re.finditer(rf"(?<![\w’'])(?:the\s+)?{re.escape(v)}(?![\w’'])", plain):
                    before = plain[max(0, m.start() - 20) : m.start()]
                    out[e.name] += 2 if _PLACE_PREP.search(before) else 1
        return out

    def setting_in(self, text: str, limit: int = 2) -> str | None:
        """Where a passage happens: the places its narration names most (places only talked about in
        speech count when the narration names none), with "the" where the book writes it."""
        counts = self.places_in(narration_only(strip_emphasis(text))) or self.places_in(text)
        if not counts:
            return None
        top = [n for n, _ in counts.most_common(limit)]
        return " / ".join(self.display(n) for n in top)

    def display(self, name: str) -> str:
        """A place or thing as the book writes it: "the Meridian" when it mostly has "the"; "Bertrand's"
        when the name is itself a possessive (a shop, a restaurant, a church: "at Bertrand's", "Varley's,
        which is the draper's"), i.e. most of its uses carry the "'s"."""
        e = next((x for x in self.others if x.name == name), None)
        if e is None:
            return name
        if e.count >= 2 and e.evidence.get("owned", 0) >= 0.6 * e.count and not name.endswith("s"):
            return name + self.apostrophe + "s"
        if e.evidence.get("the", 0) >= 0.5 * max(1, e.count) and not name.startswith("The "):
            return "the " + name
        return name

    # ---- output -------------------------------------------------------------------------------------
    def to_roster(self, pov_names: list[str] | None = None, min_count: int = 2) -> dict:
        """A draft roster (see samples/manuscripts/roster.yaml) for the user to correct."""
        povs = set(pov_names or [])
        chars = []
        for p in self.people:
            if p.count < min_count:
                continue
            row: dict = {"name": p.name}
            aliases = [v for v, _ in p.variants.most_common() if v != p.name]
            if aliases:
                row["aliases"] = aliases
            if p.name in povs:
                row["role"] = "pov"
            if p.gender:
                row["pronouns"] = p.gender
            row["mentions"] = p.count
            chars.append(row)
        glossary = []
        for e in self.others:
            if e.count < min_count:
                continue
            kind = "place" if _located(e) else e.kind
            evidence = {k: v for k, v in e.evidence.items() if k not in ("n", "mid", "caps", "owned")}
            glossary.append({"term": self.display(e.name), "kind": kind, "mentions": e.count, "evidence": evidence})
        return {"characters": chars, "glossary": glossary}


def _collective(ev: Evidence) -> bool:
    """A club, a company or a game the story talks about, not a person: its name modifies nouns ("the Calder Vale
    supporters", "a Hanbit hoodie", "Daon lanyards") at least twice, and that and being worked or played at ("at
    Hanbit", "for Calder Vale") come at least twice as often as it acts, speaks or thinks; never titled, and not
    "he" or "she" in two of its own clauses (a family name before "house" or "boys" is a titled person's or acts
    far more often: "the Kessler house" beside "Mr Kessler said")."""
    if ev.attributive < 2 or ev.titled or ev.social or ev.gendered >= 2:
        return False
    return ev.attributive + ev.place + 0.5 * ev.goal >= 2 * (_strength(ev) + ev.mind)


def _call_sign(ev: Evidence) -> bool:
    """Spoken to only over a radio or a telephone and never acting, thinking or titled: a call sign, a station or
    a switchboard ("“Central, all units”" in Isaura Vell, "“Base, this is Dolores”" in Saint Adela), not someone
    present where it is heard. A name never used outside speech that is called over the radio at least twice
    and in half its calls ("“Kilo One-Seven, copy all”" besides its call headers, Polar Low) is one too."""
    radio = ev.radio >= max(1, ev.vocative) or (ev.radio >= 2 and 2 * ev.radio >= ev.vocative and ev.spoken == ev.n)
    return radio and not (ev.person or ev.titled)


def _located(e: Entity) -> bool:
    """A place, or a thing the book puts people in or at: a vessel or a landmark once ("aboard the Meridian");
    an object the book names as an "it" ("he calls it Agnes") only when people are inside it twice ("in
    Bessie" for a car): "sits at Agnes", "his hand on Agnes's lid" are at a piano, not in a room. So is an animal
    or a machine named as one ("Horace is a grey parrot": "in Horace's cage" is in the cage) unless it shows a
    vessel's signs (set in italics, with a vessel's parts or rooms: "the Halvard's engine")."""
    if e.kind == "place":
        return True
    if e.kind != "thing":
        return False
    ev = e.evidence
    if handled_object(Evidence(**ev)):
        return False  # "put the Bell down": an object, whatever is strapped into it
    vessel = ev.get("italic") or ev.get("part") or ev.get("room_of")
    if ev.get("named_it") or ev.get("shown") or ((ev.get("named_as") or ev.get("is_a")) and not vessel):
        # a piano, a painting, a parrot: "at Agnes", "looks at Isaura", "in Horace's cage"
        return ev.get("place", 0) >= 1 and ev.get("within", 0) >= 2
    # a ship or a vehicle (typeset or with parts) people are in a part of: "In the engine room of the *Josephine*";
    # or a name the story keeps using (five times or more), nearly always after "the", as no person's name is, with
    # people in or on a part of it: a boat named like a person ("went out onto the hull of the Margery Tull", The
    # Arkwright Claim; "sat up in the bows of the Dorothy May", Under Old Gregory). A name used less often is as
    # likely a time ("on the morning of the Quarter Fair", "in the second year of the Landing")
    if ev.get("room_of", 0) >= 1 and ev.get("n", 0) >= 5 and ev.get("the", 0) >= 0.75 * ev.get("n", 0):
        return True
    return e.evidence.get("place", 0) >= 1 or (made_thing(Evidence(**e.evidence)) and e.evidence.get("room_of", 0) >= 1)


#: Where a name spoken to stands in an utterance: `_VOC_BEFORE`, or opening a sentence inside it ("“Here it is.
#: Alex, hold on to the eaves.”", Below Sea Level; "“Yes. Tom, the lamp.”"), the second of two ("Priya and Biscuit,").
_ADDRESS_BEFORE = re.compile(
    rf"(?:^|[“\"‘]\s*|[,;—–]\s+|[.!?…]\s+|\b(?:O|Oh|oh|Ah|ah|Dear|dear),?\s+)(?:{NAME_WORD}\s+(?:and|or)\s+)?$"
)
#: After a name spoken to: `_VOC_AFTER`, or a second name joined to it ("“Priya and Biscuit, I want the book.”",
#: Slack Water); after a name spoken of: "here" points at someone present ("“Like Master Rudd here.”", The Hennick
#: Blow; "“Mr Pike here will show you”").
_ADDRESS_AFTER = re.compile(rf"^(?:\s+(?:and|or)\s+{NAME_WORD}(?:\s+{NAME_WORD})?)?\s*(?:[,!?;—–]|\.(?!\w)|[”\"’])")
_HERE_AFTER = re.compile(r"^\s+here\b(?!\s+(?:in|at|on|to|from|with|of)\b)")
#: A name set in speech after a noun of a person that opens the sentence, as its apposition ("“A security man, Mr.
#: Saddler. He came down.”", Plain Error; "“Her friend. Tilly. She came in with us.”", Resus Two; "“Cidinha. Your boy.
#: Sebastião.”", The Hill of the Samba; "“The young one. Magpie. Is he all right?”", Isaura Vell; "Your loving sister,
#: Delia", a letter read out in The Townland of Carrigeen): who someone is, said of them, not a name called to them,
#: however the punctuation round it reads like an address (`_ADDRESS_BEFORE`). Only a noun of a person
#: (`_APPOSED_NOUNS`, the nouns of a living person, not the words of `_NOT_A_PERSON_BEFORE` nor a suffix test: "“The
#: door, Ada.”", "“Your supper, Ada.”", "“My god, Ada.”" and "“The lamp, Tom.”" ask for something or call someone);
#: not "“My dear, Tom”"; nor a noun inside a clause ("“Ten minutes, the doctor says, Signals.”", Thin Water, where
#: Signals is spoken to); nor a name a comma follows ("“My friend, Ada, sit down.”" calls her).
_APPOSED_BEFORE = re.compile(
    r"(?:[“\"‘]\s*|[.!?…]\s+)(?:[Tt]he|[Aa]n?|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)"
    r"(?:\s+[a-z][\w’'\-]*){0,2}\s+([a-z][\w’'\-]*)[,.]\s+$"
)
_APPOSED_NOUNS = (
    _PERSON_NOUNS - _NOT_A_PERSON_BEFORE - {"god", "goddess", "spirit", "ghost", "figure", "creature", "page"}
)


def spoken_of_only(text: str, index: PersonIndex) -> set[str]:
    """People a passage names only inside its speech, never as the one spoken to nor as someone "here" ("“Did
    Marjorie ring?”", "“Your aunt was fond of Mr Sturgis”"): talked about, not there. A person present is named
    in the narration that shows them (what they do, "said Tom"), or spoken to; on the labelled books about nine
    in ten of the names this drops are someone absent (see `Tagger.characters_present`)."""
    spans = quoted_spans(text)
    seen: dict[str, bool] = {}
    for m in index.mentions(text):
        seen[m.person] = seen.get(m.person, False) or not _spoken_of(text, spans, m.start, m.end)
    return {p for p, there in seen.items() if not there}


#: A name the narration only uses as a topic or a likeness ("He thought about Amir", "the first letter of Kester
#: Marrable", "older than Marguerite", "like Gran"), not as where someone is ("in front of Tom", "took hold of Tom").
#: "the voice of X" stays a topic: heard from elsewhere or remembered in 2 of its 3 uses on the labelled books ("the
#: deep slow voice of Broad-Back asking for her" from the caves, Thin Water; "says the voice of King Oswy", Maud).
_TOPIC_BEFORE = re.compile(
    r"(?:\babout|(?<!front )(?<!ahead )(?<!hold )(?<!sight )(?<!side )(?<!top )\bof|\blike|\bunlike|\bthan|"
    rf"\bremember(?:s|ed|ing)?)\s+(?:the\s+|old\s+|poor\s+|dear\s+|late\s+)?(?:[{UPPER}][\w’']*\.?\s+)?"
    rf"(?:{NAME_WORD}\s+(?:and|or)\s+(?:[{UPPER}][\w’']*\.?\s+)?)?$"
)
#: The same topic named by a noun and then by name, or by two names: "the clerk told them about Tananarive, and about
#: the deputies, Raseta and Ravoahangy, who had been condemned too" (The Rice Terraces at Moramanga), "she told me about
#: her husband, Yorgo Efendi, who had taught her to measure" (The House on the Bosphorus), "I have not told you about
#: the water, Mamma" (The Cresswell Papers: the letter's reader); the second of two names after "about" ("about Big
#: Sutty and Little Sutty") as the first (`_TOPIC_BEFORE`).
_TOPIC_APPOSED_BEFORE = re.compile(
    rf"\babout\s+(?:the|his|her|their|my|our|your)\s+(?:[a-z][\w’'\-]*\s+)?[a-z][\w’'\-]*,\s+"
    rf"(?:{NAME_WORD}\s+(?:and|or)\s+)?$"
)
#: A name the narration gives someone as it introduces them ("a maid called Dulcie Hart, who is sixteen", "a woman
#: called Inma who I have met twice", "a boy called Stanley Beck, who was nineteen", "the man called Hollis",
#: "somebody called Dom Anselme de Wasmes"): a chunk that names someone only so tells the reader who they are, it does
#: not show them there (on the labelled books, 12 such names over 9 books are absent, 1 present: "the one called
#: Oo-na"). Someone introduced who then acts is named again ("A man called Brandt came in. Brandt sat down").
#: "called him Thomachan", "calls me Latch" (a nickname, said of someone who may well be there) are not read, nor
#: someone called to come ("called Ada over", "called Tom in from the yard": `_SUMMONED_AFTER`).
_INTRODUCED_BEFORE = re.compile(rf"\b(?:called|named)\s+[“\"‘]?(?:[{UPPER}][\w’']*\.?\s+)?$")
_SUMMONED_AFTER = re.compile(r"^\s+(?:over|in|back|across|up|down|out|away|to|into|inside|from)\b")
#: The one something or someone was named after: "Mother named him for Smallwood" (a dog named for the premier, The
#: Stage Head at Little Harbour Deep), "They named it for Kitty Morgan" (the steps, Kitty's Steps), "He had named her
#: for José Nápoles" (a dog named for the boxer, The Nineteenth of September), "a street named after him": the
#: namesake is talked of, not there (all three labelled absent where named so). "Called" only before "after" ("called
#: after her grandmother"): "she called for Verity" sends for someone who comes (The Widow Kell).
_NAMESAKE_BEFORE = re.compile(
    r"\b(?:(?:named|christened|renamed)\s+(?:(?:him|her|it|them|me|us|the\s+[a-z]+)\s+)?(?:for|after)|"
    rf"called\s+(?:(?:him|her|it|them|me|us|the\s+[a-z]+)\s+)?after)\s+(?:[{UPPER}][\w’']*\.?\s+)?$"
)
#: A name the narration gives only as where something came from or as the far end of a message ("the letter from
#: Hollis was still on the windowsill", The Tollhouse Summer; "a message from Mama Ronke", The House on Bode Thomas;
#: "a book of matches from Chez Albert", A Dime on the Dead; "a dress borrowed from Hattie Coyle", Cutter Grade; "a
#: rider came down the valley road from Vey with a new writ", The Cinder Tithe; "the phone call to Lister", Night on
#: Seacole):
#: the thing or the word is in the scene, its sender is not. On the labelled books a chunk lists 7 people over 7 books
#: only so (and 4 Dracula people named only as a letter's sender), all labelled absent. Not a hand-over in the scene,
#: which `_HANDED_BEFORE` keeps: "took the dog from Peake", "takes over from Precious", "across the table from Dulcie",
#: "lifts her face from Donna Doyle's shoulder".
_SOURCE_BEFORE = re.compile(
    r"(?:\bfrom|\b(?:write|writes|wrote|written|writing)\s+to|"
    r"\b(?:letters?|messages?|notes?|calls?|postcards?|telegrams?|texts?|emails?|cables?|wires?)\s+to)"
    rf"\s+(?:(?:the|old|poor|dear|late)\s+)?(?:[{UPPER}][\w’']*\.?\s+)?$"
)
#: "from" after a verb of taking, holding apart or succeeding, in the same clause ("She took the dog from Peake", "takes
#: the microphone from Gbenga Jokes", "takes over from Precious", "across the table from Dulcie", "away from Tom"): the
#: other person is there, handing over or beside. Nor what is heard or learned from someone, who may be telling it
#: there ("I found out at breakfast, the way one found out everything, from the Chief", The Long Patrol).
_HANDED_BEFORE = re.compile(
    r"\b(?:take|takes|took|taken|taking|snatch\w*|grab\w*|pull\w*|lift\w*|over|away|across|apart|aside|back)\b"
    r"[^.!?;:,\n]*$"
    r"|\b(?:hear|heard|hears|hearing|learn\w*|know|knew|known|find|found|finds|had\s+it|got\s+it)\b[^.!?;:\n]*$",
    re.I,
)
#: A name a letter set in the narration is written to: the salutation that opens a paragraph ("My dearest Nell,",
#: "Dearest Ammachi, I have your letter", a paragraph "Nell," alone: The Cresswell Papers, The House at Puthenpura):
#: whoever reads the letter is elsewhere. Speech is not read here: a letter read out is quoted ("“Dear Miss Mayhew, I
#: have no gift for speeches”"). Not the signature that closes it: its writer is often the scene's POV, whom a letter
#: may name nowhere else.
_SALUTATION_BEFORE = re.compile(
    rf"(?:^|\n)[ \t]*(?:(?:[Mm]y\s+)?(?:[Dd]ear(?:est)?|[Dd]arling|[Bb]eloved)\s+)(?:[{UPPER}][\w’']*\.?\s+)?$"
)
_SALUTATION_AFTER = re.compile(r"^\s*[,:!—–]")
_BARE_SALUTATION_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_LINE_END_AFTER = re.compile(r"^[,:!.]?[ \t]*(?:\n|$)")
#: A name the narration calls to, in a paragraph that speaks to "you": a letter's or a telling's reader, addressed
#: along the way ("Nell, you cannot imagine the country", "only that sentence, Kit, and he does not know", "So she is
#: real, Kit." in The Cresswell Papers; "a great many bedpans, Ammachi, you would not believe how many", The House at
#: Puthenpura): elsewhere, reading. Set off as spoken to: between commas or a comma and a stop, or opening a sentence
#: before a comma and a word that starts an address (`_CALLED_OPENING_AFTER`: "Nell, I", "Kit, you"; not "Tom, his
#: face red, stood up"), nor in a list of names nor as an apposition ("his brother, Tom, was"); never in a sentence
#: with a verb of speech nor on a transcript's line (unquoted speech: "Tom, come here, she said").
_CALLED_BEFORE = re.compile(r"(?:[,;—–]\s+|\b(?:[Nn]ow|[Ss]o|[Oo]h|[Yy]es|[Nn]o),?\s+)$")
#: A noun phrase before the comma: the name is its apposition ("his brother, Tom, was"), not called.
_APPOSED_TO_BEFORE = re.compile(
    r"\b(?i:the|a|an|his|her|my|our|their|its)\s+(?:(?!(?:is|was|are|were|has|had|be)\b)[\w’'\-]+\s+){0,2}"
    r"(?!(?:is|was|are|were|has|had|be)\b)[\w’'\-]+,\s+$"
)
_CALLED_AFTER = re.compile(r"^\s*(?:[,;!?—–]|\.(?!\w))")
_SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?…][”’\"]?\s+|[(]\s*)$")
_CALLED_OPENING_AFTER = re.compile(
    r"^,\s+(?:I|you|we|it|there|this|if|do|don[’']t|please|my|your|forgive|remember|believe|listen|look|oh|yes|no)\b"
)
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
#: A line of a transcript: unquoted speech after its speaker ("[0218:58] JOSEPHINE ACHTERBERG: Thank you, Calloway.
#: Tuck, take her. Teo, I need everything.", The Quorum at Calloway; "RUUD: Who was the walking watch?", Polar Low).
_TRANSCRIPT_LINE = re.compile(rf"^\s*(?:\[[^\]\n]*\]\s*)?[{UPPER}][{UPPER}\s.’'\-]*:")
_SPEECH_WORD = re.compile(rf"\b{SPEECH}\b")


#: A name the narration makes the one a message is for, in the imperative that opens a sentence or a clause: "Give
#: Mamma my love", "Tell Mr. Pruett he has the best typewriter", "Kiss Mamma." (The Cresswell Papers), "Ask Mash
#: Hassan to forgive me", "Tell Ali, if you see him" (The Garden in Shemiran), "Tell Baby I said he is a fool" (The
#: House at Puthenpura), "Tell Tomas I said" (The Mercy Winter): a letter's or a note's errands, for someone
#: elsewhere. In speech the same words are already spoken of (`_spoken_of`); "I tell Tom", "She told Tom" are told
#: there.
_MESSAGE_BEFORE = re.compile(
    r"(?:^|[.!?…]\s+|\n\s*|[;:]\s+|,\s+and\s+)(?:(?:[Aa]nd|[Pp]lease|[Dd]o|[Aa]lso)\s+)?"
    rf"(?:[Tt]ell|[Gg]ive|[Kk]iss|[Aa]sk|[Rr]emind|[Hh]ug|[Tt]hank|[Ww]arn)\s+(?:[{UPPER}][\w’']*\.?\s+)?$"
)
#: A name the narration makes only the subject of "would" or "will" ("Sparks would have the glass on the road from the
#: mast", "The Harbourmaster would have read the log by now", "Eudoros would be among them"; "My man Dobbs will be at
#: the Captain Foley", "Tanaka-sensei will say it's harder"): what someone would or will do, elsewhere or not yet,
#: supposed or wished, not what they do there. On the labelled books 13 names a chunk lists only so over 12 books are
#: absent, 1 present (Oji-san, who "would know if I touched it", at the back of the shop). A person there also acts
#: ("Tom would not look at her. Tom sat"): every mention must be so (`absent_from`). Not in a sentence that marks a
#: habit ("Every morning Tom would light the oven, and Rudd would sweep": the narrative past of people there, `_HABIT`);
#: negated only before "have/be" ("Rudd will not hear of it", "would not look at her": a refusal made there).
_SUPPOSED_AFTER = re.compile(
    r"^(?:(?:\s+(?:would|will)|[’'](?:ll|d))\s+(?!not\b)\w"
    r"|(?:\s+(?:would|will)\s+not|\s+(?:wouldn|won)[’']t)\s+(?:have|be)\b)"
)
_HABIT = re.compile(
    r"\b(?:every|each|always|often|usually|sometimes|whenever|used\s+to|in\s+those\s+days|mornings|evenings|nights)\b",
    re.I,
)
#: A name the narration says is dead or died, not there and then ("Nurse Gedney died on Tuesday night", "poor Edmund
#: Ashcombe is dead", "his son Lucan is dead, drowned"): on the labelled books 4 names a chunk lists only so over 4
#: books are absent; the 1 present dies in the scene ("Thorkel Ketilsson died there on the stones"), which "there",
#: "here", "in her arms", "in Tom's arms" and the like keep. "Dead" only before a stop or a time ("is dead, drowned",
#: "dead these ten years", "dead nine years"): "dead tired", "dead set", "dead still" are someone there.
_DIED_AFTER = re.compile(
    r"^\s+(?:(?:is|was|had\s+been|has\s+been)\s+dead(?=\s*[,.;:!?…—]|\s+(?:these|for|since|now)\b|\s+\S+\s+(?:years?|months?|weeks?|days?)\b)"
    r"|(?:had\s+|has\s+)?died\b(?!\s+(?:there|here|then|at\s+once|instantly|in\s+\S+\s+arms)\b))"
)
#: A name the narration says is not there: "Seitoku was not there because he had been called up" (The Cave below
#: Itoman), "Kofi Trumpet was not there" (The Highlife Band), "Solomon Tesfaye was not there" (The Year of the
#: Committee), "Moussa was not home" (The Pirogue at Guet Ndar), "Hermann not aboard" (a log, The Ferry to Heimaey).
#: Not "not there yet" nor "not there long": one who comes, or came; whoever the scene shows later is named again.
_NOT_THERE_AFTER = re.compile(
    r"^(?:\s+(?:was|is|were|are|had\s+been|has\s+been)(?:\s+not|n[’']t)|\s+not)\s+"
    r"(?:there|here|home|at\s+home|aboard|on\s+board)\b(?!\s+(?:yet|long|already|either)\b)"
)
#: What a radio, a television or a paper says, up to the name with no stop or comma between: "The radio said the
#: President had been seen off at Halim", "Somebody's radio said Habibie had been sworn in" (The Shop on Jalan
#: Pancoran), "the television said the President would address the nation" (The Four Days of EDSA, whose labels list
#: nobody only on television), "the radio announced early this morning that Josef Stalin" (The Reindeer Road): someone
#: the scene hears of, not someone in it.
_MEDIUM_SAYS = re.compile(
    r"\b(?:radio|radios|wireless|television|TV|telly|news|newspaper|newspapers|paper|papers|bulletin|headlines?)\s+"
    r"(?:had\s+|has\s+)?(?:said|says|say|announced|announces|reported|reports)\b[^.!?;:,“”\"\n]*$"
)
#: A name the narration hears on the air or sees in print: "Muñoz on the radio", "El Gráfico with Kempes on the cover"
#: (The Taxi on Avenida de Mayo), "Nagy Imre came on the wireless" (The Corvin Passage), "a newspaper with Sheikh
#: Pierre's face on the front" (The Bakery on Rue Gouraud); "on the wireless in Weisz néni's kitchen, Nagy Imre said",
#: "On the wireless now it was Kádár János" (The Corvin Passage), "On the radio Okello still shouted every evening" (The
#: Balcony in Malindi). A broadcast's voice or a paper's face, not someone in the scene. Not "into" or "over" the radio:
#: a set in the scene, and someone there at it; nor a set turned on ("He turned on the radio and Tom said"). Who "came
#: on the radio" may be at the other end of a two-way set ("At about two Shireen came on the radio and said the front
#: was early", The South Col Letters, where she is labelled present): only the wireless or the television is read so.
_AIRED = r"(?:radio|wireless|television|TV|telly)"
_ON_AIR_AFTER = re.compile(
    rf"^(?:[’']s\s+(?:voice|face|photograph|picture)\b)?(?:\s+(?:was|is|still|again|now|back)){{0,2}}"
    rf"\s+on\s+the\s+(?:{_AIRED}|cover|front(?:\s+page)?)\b"
    r"|^\s+(?:came|comes)\s+on\s+the\s+(?:wireless|television|TV|telly)\b"
)
_ON_AIR_BEFORE = re.compile(
    r"(?<!turned )(?<!turns )(?<!turn )(?<!switched )(?<!switches )(?<!switch )(?<!flicked )(?<!put )(?<!left )"
    rf"\b[Oo]n\s+the\s+{_AIRED}\b(?:(?!\band\b)[^.!?;:“”\"\n])*$"
)
_ON_AIR_SPEAKS = re.compile(
    r"^\s+(?:(?:still|again|now|also|then)\s+)?(?:said|says|shouted|shouts|spoke|speaks|announced|announces|declared|"
    r"declares|told|tells|promised|promises|called|calls)\b"
)
_ON_AIR_IT_WAS = re.compile(r"\b(?:it|this)\s+(?:was|is)\s+$")
#: A name the narration has say what it said on the air: "General Velasco said so on the radio" (The Glacier above
#: Yungay), "Nagy Imre said so on the wireless" (The Kitchen on Rákóczi Street), "Somare says it on the radio every
#: night" (The Landing at Kikori), "Patel had said on the radio, the week before, that it was" and "the Governor spoke,
#: on the same radio" (The Cane Gang at Rarawai): what a broadcast said ("so", "it"), earlier ("had said") or set off
#: by a comma. Not the plain "Rune said on the radio" after his quoted words (Polar Low) nor "what Sarkisyan said on
#: the radio" (The Clock at Leninakan): a two-way set, and someone the scene talks with, labelled present.
_SPEECH_VERB = r"(?:said|says|spoke|speaks|announced|announces|declared|declares|promised|promises)"
_SAID_ON_AIR_AFTER = re.compile(
    rf"^\s+(?:(?:had|has)\s+(?:said|spoken|announced|declared|promised)\s+|{_SPEECH_VERB}\s+(?:so|it)\s+|{_SPEECH_VERB},\s+)"
    rf"on\s+the\s+(?:same\s+)?{_AIRED}\b"
)
#: What someone the passage puts on the air says there in reported speech, with no quotation: "Nagy Imre said that
#: the fifteenth of March will be a holiday again", "The Governor said the Government was watching", "Patel said the
#: Company had been made to sit at a table" beside their broadcast (`_SAID_ON_AIR_AFTER`, `_on_air`): the broadcast
#: again, not the person in the scene.
_REPORTS_AFTER = re.compile(rf"^\s+(?:had\s+)?{_SPEECH_VERB}\s+(?:that|the|it|so|this|there|we|they|he|she|all)\b")
#: A name in print or in a picture: "a newspaper with Sheikh Pierre's face", "a photograph of the Duke of Edinburgh"
#: (The Curfew in Stone Town), "a portrait of Mr Fennimore" (Contents of a House): "the" or a title may stand between.
#: Only "of" and "showing" say who the picture is of (`_pictured`): "photos with Rudd" are taken beside him.
_PRINTED_BEFORE = re.compile(
    r"\b(?:newspapers?|papers?|photographs?|photos?|pictures?|posters?|portraits?|magazines?|covers?|front\s+pages?)"
    rf"\s+(?P<link>with|of|showing)\s+(?:the\s+)?(?:[{UPPER}][\w’']*\.?\s+)?$"
)
#: How far before a name `_PRINTED_BEFORE` looks.
_PRINTED_REACH = 60


def _on_air(text: str, m: Mention) -> bool:
    """The mention is someone heard on the air or seen in print (`_ON_AIR_AFTER`, `_SAID_ON_AIR_AFTER`,
    `_ON_AIR_BEFORE`, `_PRINTED_BEFORE`)."""
    before, after = text[max(0, m.start - 120) : m.start], text[m.end : m.end + 80]
    if m.possessive:
        after = text[m.end - 2 : m.end + 80]
    if _ON_AIR_AFTER.match(after) or _PRINTED_BEFORE.search(before[-_PRINTED_REACH:]):
        return True
    if _SAID_ON_AIR_AFTER.match(after) and not _TAGS_BEFORE.search(before):
        return True
    return _ON_AIR_BEFORE.search(before) is not None and (
        _ON_AIR_SPEAKS.match(after) is not None or _ON_AIR_IT_WAS.search(before) is not None
    )


#: What no one in particular says or knows of someone, up to the name with no stop between: "Somebody said that Granger
#: was there, up front", "Somebody else said Granger was not coming" (The Panyard on Nelson Street), "someone says the
#: Thai border and someone says Insein, the prison" (The Road to the Sule Pagoda), "nobody knew where Nagy Imre was"
#: (The Corvin Passage): a rumour of someone elsewhere, not someone in the scene.
_HEARSAY_BEFORE = re.compile(
    r"\b(?:[Ss]omebody|[Ss]omeone|[Nn]obody|[Nn]o\s+one|[Ee]verybody|[Ee]veryone)(?:\s+else)?\s+"
    r"(?:said|says|knew|knows|heard|hears|thought|thinks|believed|believes|swore|swears)\b[^.!?;:“”\"\n]*$"
)
#: A name the narration makes the subject of a present "says" that reports, not tags, speech ("Hélène says it is the
#: most expensive shopping", "Mother says you went to Umeda", "Padre Nacho says this is a thing people do", "as your Mr.
#: Dacre says"): what someone holds or told the teller, in a letter, a diary or a present-tense telling. On the
#: labelled books 10 names a chunk lists only so over 8 books are absent; the 2 present say it beside their own
#: words ("“Trout, thirty seconds,” Marc-André says"), which `_TAGS_BEFORE` keeps. Only "says" before a reported
#: clause (that, it, this, a pronoun, the), "as X says" or set in (", Dr. Fenwick says, which", "it cost, Hélène says,
#: about": Cutter Grade, Fire on Twelve): "Rudd says nothing", "says goodbye" are someone there.
#: A closing ’ follows a stop; after a letter it is an apostrophe ("the Harpers’ Rudd says it").
_REPORTED_AFTER = re.compile(r"^\s+says\s+(?:that|it|this|you|we|he|she|they|I|the)\b")
_AS_SAYS = re.compile(r"^\s+says\s*[,.;:!?)]")
_AS_BEFORE = re.compile(r"(?:\bas\s+(?:\S+\s+){0,3}|,\s*(?:\S+\s+){0,2})$")
_TAGS_BEFORE = re.compile(r"(?:[”\"]|[,.!?…—-]’)\s*$")
#: A name the narration puts in an earlier time than the scene's, the subject of a past perfect ("Mrs Pike had moved
#: Horace's cage", "Sasidharan had told me", "Priya had flown out on Tuesday"); not "had been" ("had been sitting in
#: the front row all this time": still doing it; "Prof had been checked and scolded and fed and had fallen asleep on
#: the bed": still there), nor "had a ..." (what someone has); nor in a paragraph that comes back to "now" ("PC Tom
#: Adebayo had found him. ... and was now standing by the tape", Slack Water).
_EARLIER_AFTER = re.compile(
    r"^(?:[’']d|\s+had)\s+(?!(?:a|an|the|no|his|her|their|its|my|to|been)\b)"
    r"(?:(?:not|never|already|just|once|always|long\s+since|\w+ly)\s+)?[a-z]+"
)
#: A past perfect as a clause's verb ("Dai had gone home to the farm", "He had sent Tomás on down the Denver road",
#: "She had lied to Ronke on Sunday and to the Venerable"): what was done before the scene, whoever in the clause did it
#: or had it done to them. Not "had been" (still so), nor "had" of having ("had a dog", "had lunch with Tom").
_PAST_PERFECT = re.compile(
    r"\b(?:had|[’']d)\s+(?!(?:a|an|the|no|his|her|their|its|my|our|your|to|been|not\s+been|never\s+been|this|that|"
    r"these|those|some|any|one|two|three|nothing|something|enough|time|lunch|dinner|breakfast|supper|tea)\b)"
    r"(?:(?:not|never|already|just|once|always|long\s+since|\w+ly)\s+)?[a-z]+"
)
#: A clause of its own before a past perfect: a relative, a time, a reason or a comparison ("who had been standing",
#: "when I had finished", "than he had thought"), whose tense says nothing of the main clause's.
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:who|whom|which|that|when|after|until|till|before|since|because|as|if|though|although|where|whether|what|"
    r"how|once|than)\b(?:\s+[\w’']+){0,3}\s*$",
    re.I,
)
#: The name's own verb is "had been" ("Prof had been checked and scolded and fed and had fallen asleep on the bed", The
#: House on Bode Thomas): still so, whatever past perfect follows in the clause (as `_EARLIER_AFTER` leaves it).
_STILL_SO_AFTER = re.compile(
    rf"^{NAME_WORD_OR_INITIAL}(?:\s+{NAME_WORD_OR_INITIAL}){{0,2}}(?:[’']d|\s+had)\s+(?:not\s+|never\s+)?been\b"
)
_NAMING_BEFORE = re.compile(r"\b(?:call|calls|called|calling|name|named)\s+(?:him|her|me|us|them|you)\s+$", re.I)
_CLAUSE_END = re.compile(r"[.!?;…](?:[”’\"]?\s|$)|\n")
#: What a person present shows of themself after a possessive: "Doc's voice", "Aune's voice", "Yetunde's [cry]" is
#: not; a possession or a relation ("Miss Ashby's bronchitis", "Dot's best lettering", "Frau Kranich's kitchen
#: chair") says nothing of where its owner is.
_SHOWN_OF_SELF = re.compile(
    r"^[’']s\s+(?:\w+\s+)?(?:voice|face|eyes|hands?|mouth|lips|shoulders?|arms?|head|hair|brow|jaw|fingers|legs?|"
    r"feet|knees?|cheeks?|neck|back|breath|expression|smile|gaze|glance|footsteps|steps|laugh|cough)\b",
    re.I,
)


#: What the teller thinks of or remembers of someone, their face, voice or hands ("He thought of Roarke's pleasant
#: face", Cold Ledger; "I thought about Eleni Teyze's hands on the ribbon", The House on the Bosphorus; "I think about
#: Niillas's hand", The Reindeer Road; "She thought of ... Diallo's hands behind his back", The Pirogue at Guet
#: Ndar): the person is in the mind, not the scene, though `_SHOWN_OF_SELF` reads their face or voice as shown.
_THOUGHT_OF_BEFORE = re.compile(
    r"\b(?:thought|think|thinks|thinking|remembered|remember|remembers|remembering|dreamed|dreamt|dream|dreams)"
    rf"\s+(?:of|about)\s+(?:[^.!?;:\n]*?,\s+(?:and\s+)?(?:of|about)\s+)?(?:[{UPPER}][\w’']*\.?\s+)?$",
    re.I,
)


def absent_from(text: str, index: PersonIndex) -> set[str]:
    """People a passage names without showing them there: only inside its speech and never spoken to (`spoken_of_only`),
    or in the narration only as a topic or a likeness ("He thought about Amir", "older than Marguerite":
    `_TOPIC_BEFORE`), as one it introduces ("a maid called Dulcie Hart": `_INTRODUCED_BEFORE`), as an owner ("Miss
    Ashby's bronchitis", not "Doc's voice": `_SHOWN_OF_SELF`), as a letter's reader or errand ("Dearest Nell,", "Give
    Mamma my love": `_salutation`, `_MESSAGE_BEFORE`, `_called_to`) or in the scene's past ("Sasidharan had told me":
    `_EARLIER_AFTER`; "Dai had gone home to the farm": `_in_a_past_perfect_clause`; neither when the passage is told in
    the past perfect, a flashback: `_told_before`). On the labelled books, of the names a chunk lists that the narration
    uses only so, about nine in ten are labelled absent (see `Tagger.characters_present`). A transcript's question and
    answer lines are read as speech (`text.question_answer_spans`)."""
    spans = sorted(quoted_spans(text) + question_answer_spans(text))
    flashback = _told_before(text)
    mentions = list(index.mentions(text))
    # whoever the passage puts on the air: their reported words elsewhere in it are the broadcast (`_REPORTS_AFTER`)
    aired = {m.person for m in mentions if not any(a <= m.start < b for a, b in spans) and _on_air(text, m)}
    seen: dict[str, bool] = {}
    for m in mentions:
        there = (
            not _spoken_of(text, spans, m.start, m.end)
            and not _narrated_away(text, spans, m, flashback)
            and not _named_for(text, m, index)
            and not (m.person in aired and _rebroadcast(text, spans, m))
        )
        seen[m.person] = seen.get(m.person, False) or there
    # a letter's writer, and one whose life a later narrator tells to its end, is elsewhere or in another time, unless
    # they speak there or are spoken to (`_letter_writer`, `_FATE_AFTER`)
    narration = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
    later = _TOLD_FROM_NOW.search(narration_only(text)) is not None
    away = {m.person for m in narration if _letter_writer(text, m)}
    away |= {m.person for m in narration if later and _FATE_AFTER.match(text[m.end : m.end + 120])}
    # one the passage shows in a picture is the picture wherever the narration goes on to name them, unless they speak
    # or are spoken to there ("a photograph of the Duke of Edinburgh ... The Duke is looking at his watch", The Curfew
    # in Stone Town; "a portrait of Mr Fennimore ... looking down at it", Contents of a House; "a portrait of Lenin",
    # The Bread Queue on Furmanov Street; "the photograph of Uncle Anvar", The Quake at Tashkent)
    away |= {m.person for m in narration if _pictured(text, m)}
    away -= {m.person for m in mentions if _present_there(text, spans, m)}
    return {p for p, there in seen.items() if not there} | (away & set(seen))


#: A name the narration makes a letter's writer: "Tom wrote again", "Tom did not write letters for nothing" (The
#: Landing at Kikori), "Tom wrote every month in his careful Georgian" (The Courtyard on Leselidze Street), "Tom wrote
#: from Bath to say" (The Cresswell Papers); or the letter's words reported after it: "the letter that had come on
#: the twenty-ninth ... Tom said he was well" (The Bread Queue on Furmanov Street), "The letter was one page. It said
#: that Tom hoped this found him in health" (The Tram to Bistrik).
#: Not writing done there ("Tom wrote the figures in the ledger"), nor a letter sent from there ("Mamma wrote back
#: that", "wrote to", "wrote home": in The Cresswell Papers Mamma, who wrote back, is labelled present), nor "Tom's
#: letter" or "a letter from Tom" (in Cutter Grade a letter tells of Eli reading "Papa's letter" with Papa there).
_WROTE_AFTER = re.compile(
    r"^\s+(?:(?:had|has|did\s+not|didn[’']t|never|always|still|only|would)\s+)?(?:wrote|writes|write|written)\s+"
    rf"(?:again|from|once|twice|every|each|letters?|a\s+letter|in\s+[{UPPER}])\b"
)
_LETTER_WORD = re.compile(r"\b(?:letters?|postcards?|telegrams?)\b", re.I)
_LETTER_SAYS_BEFORE = re.compile(r"(?:\b[Ii]t|\bletter|\bnote|\bcard)\s+(?:said|says)\s+that\s+$")
_LETTER_REPORT_AFTER = re.compile(r"^\s+(?:said|says|wrote|writes|asked|asks)\s+(?:that|he|she|they|it|to)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
#: Speech tagged with the name ("“...,” Tom said", "said Tom", "Tom said, “..."): the person speaks there.
_TAGGED_AFTER = re.compile(
    r"^\s+(?:said|says|asked|asks|answered|replied|called|shouted|whispered)\b[^.!?\n]{0,30}[,:]\s*[“\"]"
)
_TAGGED_BEFORE = re.compile(r"[”\"]\s*(?:said|says|asked|asks|answered|replied|called|shouted|whispered)\s+$")


def _letter_writer(text: str, m: Mention) -> bool:
    """The narration makes the mention a letter's writer, or reports the letter's words as theirs (`_WROTE_AFTER`,
    `_LETTER_SAYS_BEFORE`, `_LETTER_REPORT_AFTER`)."""
    before, after = text[max(0, m.start - 60) : m.start], text[m.end : m.end + 80]
    if m.possessive:
        return False
    if _WROTE_AFTER.match(after):
        return True
    reported = _LETTER_SAYS_BEFORE.search(before) or (
        _SENTENCE_START.search(before) and _LETTER_REPORT_AFTER.match(after)
    )
    return (
        reported is not None and _LETTER_WORD.search(narration_only(text[max(0, m.start - 400) : m.start])) is not None
    )


#: A life told to its end from a later time, in a sentence with a year: "Tom lived until 1951", "Tom came home in the
#: autumn of 1949", "Tom came back to the village once, in the spring of 1946" (The Cave below Itoman), "Tom married
#: Ann in 1963" (The Cane Gang at Rarawai): what became of someone, told by a narrator who says what "is" "now" ("He
#: is fifty-five now", "He is dead now"); not someone on the page.
_FATE_AFTER = re.compile(
    r"^\s+(?:lived|married|became|died|retired|emigrated|moved|(?:came|went)\s+(?:home|back))\b"
    r"[^.!?\n]*?\b(?:1[89]\d\d|20\d\d)\b"
)
_TOLD_FROM_NOW = re.compile(r"\b(?:is|are|am)\b[^.!?\n“”\"]{0,60}\bnow\b")


def _pictured(text: str, m: Mention) -> bool:
    """The mention is someone a picture or print is of or shows (`_PRINTED_BEFORE`), not on the air: "photos with
    Rudd" and "left the papers with Rudd" put him beside the picture or the papers, there in the scene."""
    found = None if m.possessive else _PRINTED_BEFORE.search(text[max(0, m.start - _PRINTED_REACH) : m.start])
    return found is not None and found["link"] != "with"


def _present_there(text: str, spans: list[tuple[int, int]], m: Mention) -> bool:
    """The mention speaks, tagged by the name (`_TAGGED_AFTER`, `_TAGGED_BEFORE`, `_TAGS_BEFORE`), or is spoken to."""
    if any(a <= m.start < b for a, b in spans):
        return not _spoken_of(text, spans, m.start, m.end)
    before, after = text[max(0, m.start - 40) : m.start], text[m.end : m.end + 60]
    return bool(_TAGS_BEFORE.search(before) or _TAGGED_BEFORE.search(before) or _TAGGED_AFTER.match(after))


def _rebroadcast(text: str, spans: list[tuple[int, int]], m: Mention) -> bool:
    """The narration reports, unquoted, what someone the passage puts on the air said (`_REPORTS_AFTER`)."""
    if any(a <= m.start < b for a, b in spans) or m.possessive:
        return False
    before, after = text[max(0, m.start - 40) : m.start], text[m.end : m.end + 40]
    return _REPORTS_AFTER.match(after) is not None and not _TAGS_BEFORE.search(before)


#: "the Zharov wood", "the Rowley team": a family name before a common noun names what is theirs or named for them.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"^\s+([a-z][a-z\-]*)\b(?![’'])")
#: Words that follow a name as its verb or as a link to the rest of the sentence, never as a noun it modifies
#: ("the Reg came", "the Sexton had", "the Agent and her face").
# fmt: off
_NOT_A_MODIFIED_NOUN = frozenset({
    "and", "or", "nor", "but", "with", "of", "in", "on", "at", "to", "for", "from", "by", "who", "whom", "which",
    "that", "as", "than", "so", "is", "was", "were", "are", "has", "had", "have", "says", "said", "would", "could",
    "will", "can", "did", "does", "do", "might", "must", "should", "may", "shall", "came", "went", "sat", "stood",
    "took", "gave", "knew", "saw", "got", "made", "kept", "ran", "let", "put", "himself", "herself", "too", "again",
    "now", "then", "here", "there", "still", "just", "never", "always", "only", "also", "before", "after", "when",
    "while", "if", "where", "up", "down", "out", "off", "over", "back", "away", "into", "onto", "about",
})
# fmt: on
_PEOPLE_PLURALS = frozenset({"men", "women", "children", "people", "folk", "folks", "twins", "lot", "household"})


def _named_for(text: str, m: Mention, index: PersonIndex) -> bool:
    """The name is a modifier in the narration: "the X" before a common noun that is no person's ("the Zharov wood"
    in The Name Day at Annushka, "the Rowley team", "the Rowley shop" in Kitty's Steps, "the Pallathu house" in Below
    Sea Level): the wood, the team or the house is in the scene, not the person. A noun of people ("the Pryce
    brothers", "the Halvorsen woman", "the Olaniyan family") names them or their kin, and a post the book writes "the
    X" ("the Reeve", "the Warden") is the person, whatever follows."""
    span = text[m.start : m.end]
    if m.possessive or not (_THE_BEFORE.search(text[max(0, m.start - 5) : m.start]) or re.match(r"[Tt]he\s", span)):
        return False  # the mention may hold its "The" ("The Brannagh orchard was quiet")
    if _form(_bare(re.sub(r"^[Tt]he\s+", "", span)).split()) in index.posts:
        return False
    after = _NOUN_AFTER.match(text[m.end : m.end + 30])
    if after is None:
        return False
    noun = after.group(1)
    if noun in _NOT_A_MODIFIED_NOUN or noun.endswith("ed") or noun.endswith("ly") or noun in _PEOPLE_PLURALS:
        return False
    return noun not in _PERSON_NOUNS and noun.removesuffix("s") not in _PERSON_NOUNS


def _told_before(text: str, share: float = 0.6) -> bool:
    """A passage most of whose narrated sentences hold a past perfect (`_PAST_PERFECT`): a scene told as a flashback,
    whose people are there in its own time. No labelled chunk comes near (the most, 0.52, is The Name Day at
    Annushka 7/13, a median chunk has 0.14), so this only keeps `_EARLIER_AFTER` and `_in_a_past_perfect_clause` off
    such a scene (the held-out risk h13zt left open: everyone there only in that tense dropped)."""
    sentences = [x for x in re.split(r"[.!?…]+\s", narration_only(text)) if len(x.split()) > 3]
    return len(sentences) >= 5 and sum(1 for x in sentences if _PAST_PERFECT.search(x)) >= share * len(sentences)


def _habitual(text: str, start: int) -> bool:
    """The sentence holding `start` marks a habit (`_HABIT`): its "would" is what people there did, again and again."""
    a = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, start) for c in ".!?\n") if i >= 0]
    return _HABIT.search(text[a : min(ends) if ends else len(text)]) is not None


def _narrated_away(text: str, spans: list[tuple[int, int]], m: Mention, flashback: bool = False) -> bool:
    """A mention in the narration that shows no one there: a topic, an owner of a thing or a relation, one a radio or a
    paper reports (`_MEDIUM_SAYS`) or airs or prints (`_on_air`), one a rumour names (`_HEARSAY_BEFORE`), a letter's
    reader or errand, one it says is not there (`_NOT_THERE_AFTER`), the subject of "would" or "will", of "died" or of
    a "says" that reports speech, or the subject of
    a past perfect or in its clause, outside a flashback (see `absent_from`)."""
    if any(a <= m.start < b for a, b in spans):
        return False
    before, after = text[max(0, m.start - 40) : m.start], text[m.end : m.end + 80]
    if _on_air(text, m):
        return True
    if m.possessive or re.match(r"[’']s\b", after):
        owned = text[max(m.start, m.end - 2) : m.end + 40] if m.possessive else after
        thought = _THOUGHT_OF_BEFORE.search(text[max(0, m.start - 80) : m.start]) is not None
        return _SHOWN_OF_SELF.match(owned) is None or thought
    if _TOPIC_BEFORE.search(before) or _TOPIC_APPOSED_BEFORE.search(before):
        return True
    if (_INTRODUCED_BEFORE.search(before) and not _SUMMONED_AFTER.match(after)) or _NAMESAKE_BEFORE.search(before):
        return True
    if _MEDIUM_SAYS.search(text[max(0, m.start - 120) : m.start]) or _HEARSAY_BEFORE.search(
        text[max(0, m.start - 120) : m.start]
    ):
        return True
    if _SOURCE_BEFORE.search(before) and not _HANDED_BEFORE.search(before):
        return True
    if _salutation(text, m) or _MESSAGE_BEFORE.search(before) or _called_to(text, m):
        return True
    if (_SUPPOSED_AFTER.match(after) and not _habitual(text, m.start)) or _DIED_AFTER.match(after):
        return True
    if _NOT_THERE_AFTER.match(after):
        return True
    reported = _REPORTED_AFTER.match(after) or (_AS_SAYS.match(after) and _AS_BEFORE.search(before))
    if reported and not _TAGS_BEFORE.search(before):
        return True
    if flashback or (_EARLIER_AFTER.match(after) is None and not _in_a_past_perfect_clause(text, m.start)):
        return False
    rest = text[m.end :].split("\n", 1)[0]  # the rest of the paragraph
    return re.search(r"\bnow\b", narration_only(rest)) is None


def _called_to(text: str, m: Mention) -> bool:
    """The narration calls the name (`_CALLED_BEFORE`, `_CALLED_AFTER`, `_CALLED_OPENING_AFTER`) in a paragraph that
    says "you", in a sentence with no verb of speech."""
    before, after = text[max(0, m.start - 30) : m.start], text[m.end : m.end + 30]
    opening = _SENTENCE_OPENS.search(before) is not None
    if not (
        (opening and _CALLED_OPENING_AFTER.match(after))
        or (
            not opening
            and _CALLED_BEFORE.search(before)
            and _CALLED_AFTER.match(after)
            and not _APPOSED_TO_BEFORE.search(before)
            and not _in_name_list(before, after)
        )
    ):
        return False
    a = text.rfind("\n", 0, m.start) + 1
    b = text.find("\n", m.end)
    if _TRANSCRIPT_LINE.match(text[a : m.start]):
        return False
    paragraph = narration_only(text[a : b if b >= 0 else len(text)])
    s = max(text.rfind(c, 0, m.start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end) for c in ".!?\n") if i >= 0]
    sentence = text[s : min(ends) if ends else len(text)]
    return _YOU.search(paragraph) is not None and _SPEECH_WORD.search(sentence) is None


def _salutation(text: str, m: Mention) -> bool:
    """The mention is a letter's salutation (`_SALUTATION_BEFORE`): "Dearest Nell," opening a paragraph, or a
    paragraph that is only "Nell,"."""
    before, after = text[max(0, m.start - 60) : m.start], text[m.end : m.end + 40]
    if _SALUTATION_BEFORE.search(before) and _SALUTATION_AFTER.match(after):
        return True
    return (
        _BARE_SALUTATION_BEFORE.search(before) is not None
        and after[:1] == ","
        and _LINE_END_AFTER.match(after) is not None
    )


def _in_a_past_perfect_clause(text: str, start: int) -> bool:
    """The name at `start` is in a main clause whose verb is a past perfect (`_PAST_PERFECT`), with no comma, colon or
    dash between the two: "Sandvik and Dahl had gone out on the Frida at half past four", "She had heard Yermolai's
    stockinged feet on the back stairs". On the labelled books, 20 names a chunk lists only so over 12 books are absent,
    2 present ("The Chancellor had turned away to speak to Lord Danforth", Maud). Not a nickname ("had called him
    Nishida-kun") nor a name whose own verb is "had been" (`_STILL_SO_AFTER`)."""
    if _NAMING_BEFORE.search(text[max(0, start - 20) : start]) or _STILL_SO_AFTER.match(text[start : start + 60]):
        return False
    a = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    end = _CLAUSE_END.search(text, start)
    sentence = text[a : end.start() if end else len(text)]
    at = start - a
    for h in _PAST_PERFECT.finditer(sentence):
        if _SUBORDINATE_BEFORE.search(sentence[: h.start()]):
            continue
        lo, hi = sorted((h.start(), at))
        if not re.search(r"[,:—–(]", sentence[lo:hi]):
            return True
    return False


#: A name said as a sentence of its own and then taken up in the third person by the same speaker ("“Who else
#: knows?” “Teo. He heard it too.”", Fire on Twelve; "“Member came round at noon. Mohanan. He says the panchayat...”",
#: Below Sea Level; "“Who's in Bed Four?” “Mrs Tattersall. UTI.”" is not read): the answer to "who?", spoken of.
#: Only after a question (`_ASKED_BEFORE`: the turn before the name's ends in "?"): "“Ada. He's awake now.”" calls
#: Ada to someone else's bedside (so "Mohanan" above, no answer to a question, is read as called).
#: "“He's all right, Cidinha. His mouth's bad.”" calls Cidinha (the name ends a sentence of other words); a person
#: pointed out ("“This one is the brother of my wife. Gwenaël Kerdoncuff. He has a head of a bull.”", The
#: Indefatigable Watch; "“That's Hugh,” Priya said. “Hugh Barrow. He was on my flight.”", Saint Adela) is there.
_TAKEN_UP_AFTER = re.compile(r"^\.\s+(?:He|She|They|His|Her|Their)\b")
_OWN_SENTENCE_BEFORE = re.compile(r"(?:[“\"‘]\s*|[.!?…][”\"’]?\s+)$")
_POINTED_OUT = re.compile(r"\b(?:[Tt]his|[Tt]hat|[Hh]ere)(?:[’']s|\s+is|\s+was|\s+one\s+is)\b")
_ASKED_BEFORE = re.compile(r"\?[”\"’][^“\"‘?]{0,60}[“\"‘]\s*$")


#: A name that answers a question about someone ("“Who's in Bed Four?” “Mrs Tattersall. UTI.”", Resus Two; "“Who?”
#: “My pastry chef. Priya Raman.”", Fire on Twelve; "“Who told them?” “Freddy Brereton, who saw it from the Row”",
#: Lady Ashcombe's Season): said as a sentence of its own, or set after a comma before "who", "he" or a form of
#: address ("“Rowley, sir.”"), in the turn that follows a "who" question. The one asked about, not one spoken to.
#: Not the answer to a question about someone there or about the speaker ("“Who's that?”", "“Who is it?”", "“Who are
#: you?”": the answer may well be there, or be the speaker's own name).
_WHO_ASKED_BEFORE = re.compile(
    r"\b[Ww]ho(?:m|se)?\b(?![’']s\s+(?:that|this|there|it)\b|\s+(?:is|was)\s+(?:that|this|there|it)\b|\s+are\s+you\b)"
    r"[^“\"‘?.!]*\?[”\"’][^“\"‘?]{0,60}[“\"‘][^”\"“‘?!]{0,40}$"
)
_ANSWER_AFTER = re.compile(
    r"^(?:\s*[.!]|,\s+(?:who|he|she|sir|ma[’']am|miss|madam|I\s+think|of\s+course)\b|[,.]?[”\"’])"
)


def _answered(before: str, after: str, far_before: str) -> bool:
    """A name said as the answer to a "who" question (`_WHO_ASKED_BEFORE`), alone or with what follows it
    (`_ANSWER_AFTER`), opening its sentence."""
    return (
        _OWN_SENTENCE_BEFORE.search(before) is not None
        and _ANSWER_AFTER.match(after) is not None
        and _WHO_ASKED_BEFORE.search(far_before) is not None
    )


#: Two names said as a sentence of their own and taken up as "they" by the same speaker: "“Raseta and Ravoahangy. They
#: are in the French parliament”" (The Rice Terraces at Moramanga), "“Ali and Mahmoud. They will have gone to the
#: checkpoint”" (The Bakery on Rue Gouraud): the two spoken of. Two people called at once are "you", not "they".
_PAIR_OPENS_BEFORE = re.compile(rf"(?:[“\"‘]\s*|[.!?…]\s+)(?:{NAME_WORD}(?:\s+{NAME_WORD})?\s+and\s+)?$")
_PAIR_THEY_AFTER = re.compile(rf"^(?:\s+and\s+{NAME_WORD}(?:\s+{NAME_WORD})?)?\.\s+(?:They|Their|Both)\b")


def _pair_taken_up(before: str, after: str) -> bool:
    """One of two names joined by "and", said as their own sentence and taken up as "they" (`_PAIR_THEY_AFTER`)."""
    opens = _PAIR_OPENS_BEFORE.search(before)
    they = _PAIR_THEY_AFTER.match(after)
    return opens is not None and they is not None and ("and" in opens.group(0) or after.lstrip().startswith("and"))


def _taken_up(before: str, after: str, far_before: str) -> bool:
    """A name said alone in answer to a question (`_ASKED_BEFORE`) and then taken up as "he" or "she"
    (`_TAKEN_UP_AFTER`), not pointed out (`_POINTED_OUT`)."""
    return (
        _TAKEN_UP_AFTER.match(after) is not None
        and _OWN_SENTENCE_BEFORE.search(before) is not None
        and _ASKED_BEFORE.search(far_before) is not None
        and _POINTED_OUT.search(far_before) is None
    )


def _apposed(before: str, after: str) -> bool:
    """The words before a name in speech are a noun of a person opening the sentence (`_APPOSED_BEFORE`), and no
    comma follows the name."""
    m = _APPOSED_BEFORE.search(before)
    return m is not None and m.group(1) in _APPOSED_NOUNS and not after.startswith(",")


def _spoken_of(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """text[start:end] is a name inside speech (`spans`: the quotations) that is not spoken to nor "here"."""
    if not any(a <= start < b for a, b in spans):
        return False
    before, after = text[max(0, start - 40) : start], text[end : end + 80]
    addressed = (
        _ADDRESS_BEFORE.search(before) is not None
        and _ADDRESS_AFTER.match(after) is not None
        and not _apposed(before, after)
        and not _taken_up(before, after, text[max(0, start - 100) : start])
        and not _pair_taken_up(before, after)
        and not _answered(before, after, text[max(0, start - 160) : start])
    )
    return not addressed and _HERE_AFTER.match(after) is None


def _in_name_list(before: str, after: str) -> bool:
    """A name in a list: another name after it ("Dillinger, Ned Kelly"), or one before it and the list going on
    ("Mexican, Grecian, Phœnician, every country"); not "“Yes, Gus.”" nor "“Do we know an Ingram, Connie?”"."""
    m = _LIST_BEFORE.search(before)
    going_on = re.match(r",|\s+(?:and|or)\b", after) is not None
    return bool(_LIST_AFTER.match(after) or (m and m.group(1) not in _STOP and going_on))


#: A capitalised word's plural says it names a kind only when the book writes the plural at least this share as often
#: as the word itself (`_plurals`).
KIND_PLURAL_SHARE = 0.2


def _plurals(words: Counter) -> set[str]:
    """Capitalised words that are plurals of other capitalised words: kinds of being ("Ossuans", "Fuzzies"), and
    the words they are plurals of, when the plural is no rarity beside them ("Martians" 62 times beside "Martian"
    109). A name the book puts in the plural once or twice among dozens of uses is one several people share ("Two Gogis
    in one room" beside 58 "Gogi", The Courtyard on Leselidze Street; "the Juans" beside 25 "Juan", The Glacier
    above Yungay; "Piets" 3 beside 30, The Hunger Winter; "Tesfayes" 2 beside 33, The Year of the Committee), or a
    family: the plural itself is kept, the name is left to its uses."""
    out = set()
    for w in words:
        if w.endswith("ies") and w[:-3] + "y" in words:
            one = w[:-3] + "y"
        elif w.endswith("s") and len(w) > 3 and w[:-1] in words:
            one = w[:-1]
        else:
            continue
        out.add(w)
        if words[w] >= KIND_PLURAL_SHARE * words[one]:
            out.add(one)
    return out


#: A count before a capitalised plural: "“Two Gogis in one room,” the old man said", "the two Ninos of Leselidze Street"
#: (The Courtyard on Leselidze Street), "the two Juans" (The Glacier above Yungay), "The two Fermíns" (The Funicular at
#: Cerro Alegre), "Two Ruths" (Kessler Red), "both Sams" (Resus Two).
_COUNTED = re.compile(rf"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth)\s+({NAME_WORD})")


def _namesakes(texts: list[str], words: Counter, plurals: set[str], forms: dict[tuple, Evidence]) -> set[str]:
    """The plurals of `plurals` that count people who share a name, and their singulars: a plural the book writes only
    after a count ("Two Gogis in one room", "the two Ninos", "the two Juans") of a name it never writes after "the" and
    hardly ever after an article ("a Korean", "the Sherpa": a people's name takes them; a given name only now and then,
    for the other one of the name: "another Juan"; see `classify`'s kinds). Two people called Gogi
    are no kind of being called Gogis (`_plurals`): on the six books written blind in session 18, three set a given
    name so ("the two Ninos", "the two Juans", "The two Fermíns"), and the two Ninos and Gogis were read as kinds, never
    listed where present."""
    counted: Counter = Counter()
    for text in texts:
        counted.update(m.group(1) for m in _COUNTED.finditer(text))
    out: set[str] = set()
    for w in plurals:
        singular = w[:-3] + "y" if w.endswith("ies") and w[:-3] + "y" in words else w[:-1]
        if singular == w or singular not in plurals or not counted[w] or counted[w] < words[w]:
            continue
        ev = forms.get(_form([singular]))
        if ev is not None and not ev.the and ev.kind < max(1, 0.1 * ev.n):
            out |= {w, singular}
    return out


def gather(texts: list[str]) -> tuple[dict[tuple[str, ...], Evidence], dict[tuple[str, ...], Counter], Counter]:
    """Evidence per name form, how each form is spelled, and every capitalised word seen."""
    forms: dict[tuple[str, ...], Evidence] = {}
    spelled: dict[tuple[str, ...], Counter] = {}
    words: Counter = Counter()
    for text in texts:
        spans = quoted_spans(text)
        for run in _runs(text):
            raw = [w for w, _, _ in run]
            while raw and (
                _bare(raw[0]).rstrip(".") in _STOP or _form(raw[:1])[0] in TITLES or CONTRACTION.match(raw[0])
            ):
                raw, run = raw[1:], run[1:]
            if not raw or (len(raw) == 1 and len(_bare(raw[0]).rstrip(".")) < 2):
                continue  # a letter is no name ("B flat", "Plan B", "the A road")
            start, end = run[0][1], run[-1][2]
            form = _form(raw)
            if len(form) > 4:
                continue
            ev = forms.setdefault(form, Evidence())
            title = _the_title(text, start)
            # "the Lord Raglan" (a pub), "the Queen Mary" (a ship): the title is part of the thing's name
            shown = run[1][1] if len(run) > 1 and form[0] in _VOCATIVE_PARTICLES else title[1] if title else start
            spelled.setdefault(form, Counter())[_bare(text[shown:end])] += 1
            ev.owned += re.search(r"[’']s$", text[start:end]) is not None
            for w in raw:
                words[_bare(w).rstrip(".")] += 1
            quote = next(((a, b) for a, b in spans if a <= start < b), None)
            _read_use(ev, text, start, end, quote)
    return forms, spelled, words


#: "the" and a title before a name: "at the Lord Raglan" (a pub named like a peer), "aboard the Queen Mary".
_THE_TITLE = re.compile(rf"\b[Tt]he\s+([{UPPER}][\w’']*)\.?\s+$")


def _the_title(text: str, start: int) -> tuple[int, int] | None:
    """(where "the" starts, where the title starts) when "the" and a title stand right before text[start:]
    ("The Lord Raglan is three streets from ...")."""
    lo = max(0, start - 40)
    m = _THE_TITLE.search(text[lo:start])
    if m and m.group(1).casefold() in TITLES:
        return lo + m.start(), lo + m.start(1)
    return None


def _read_use(ev: Evidence, text: str, start: int, end: int, quote: tuple[int, int] | None) -> None:
    """One use of a name (text[start:end]; `quote`: the quotation it is inside) added to its evidence. After "the"
    and a title ("at the Lord Raglan"), what stands before "the" is read as standing before the name: a pub, a ship or a
    house named like a person is "the X" and where people are."""
    ev.n += 1
    inside = quote is not None
    ev.spoken += inside
    title = _the_title(text, start)
    before = text[max(0, start - 40) : title[1] if title else start]
    sentence_start = re.search(r"(?:[.!?…:;]\s*[“\"‘(]?\s*|^\s*[“\"‘(]?\s*)$", before) is not None
    after = text[end : end + 80]
    firm = _FIRM_BEFORE.search(before) is not None or _FIRM_AFTER.match(after) is not None
    titled = (
        not firm and _TITLE_BEFORE.search(before) is not None and not re.search(r"\bthe\s+\w+\.?\s+$", before, re.I)
    )
    ev.firm += firm
    ev.mid += not sentence_start or titled
    ev.titled += titled
    ev.social += titled and _SOCIAL_BEFORE.search(before) is not None
    # the object of a preposition is not the subject of the verb after it: "Everyone at Halvorsen Marine knew",
    # "the whole of Cullerby watched" (a trap text written for this; the same shape as "nobody in Mercy")
    street = _STREET_BEFORE.search(before) is not None
    if street:
        ev.place += 1
    acts = _ACTS_AFTER.match(after) is not None and not _OBJECT_OF.search(before) and not street
    spoke = (
        _SPEECH_BEFORE.search(before) is not None
        and not _NAMED_BEFORE.search(before)
        and not _IT_SAYS_BEFORE.search(before)
    )
    if not inside and (acts or spoke):
        ev.person += 1
        ev.mind += _MIND_AFTER.match(after) is not None
        ev.gesture += _GESTURE_AFTER.match(after) is not None
        ev.said += _SAID_AFTER.match(after) is not None or spoke
    if not inside:
        ev.noise += _NOISE_AFTER.match(after) is not None or (
            _NOISE_BEFORE.search(before) is not None and _NOT_NOISE_AFTER.match(after) is None
        )
        ev.possessed += _OWNED_BEFORE.search(before) is not None
        ev.tended += _TENDED_BEFORE.search(before) is not None or _tended_after(before, after)
        ev.noise += _sound_later(after)
        # "Tom's calves ached" is no calving: the run may end in the possessive
        ev.beast_act += _BEAST_ACT_AFTER.match(after) is not None and not re.search(r"[’']s$", text[start:end])
    if not inside and _WHO_AFTER.match(after) and not _NOT_WHO_BEFORE.search(before):
        ev.who += 1
    _read_owned(ev, text, end, after)
    ev.caps += len(text[start:end]) > 1 and text[start:end].isupper()
    if not inside and len(text[start:end]) > 1 and text[start:end].isupper():
        near = re.split(r"[.!?…]\s", text[max(0, start - 60) : start])[-1] + re.split(r"[.!?…](?:\s|$)", after)[0]
        ev.painted += _PAINTED.search(near) is not None
    if quote is not None and _VOC_BEFORE.search(before) and _VOC_AFTER.match(after):
        ev.vocative += 1
        ev.radio += _RADIO.search(text[quote[0] : quote[1]]) is not None
    ev.shown += _SHOWN_AFTER.match(after) is not None or _SHOWN_BEFORE.search(before) is not None
    tongue = _TONGUE_BEFORE.search(text[max(0, start - 60) : start]) is not None and not re.match(r"[’']s\b", after)
    ev.tongue += tongue
    if not _PERSON_PREP.search(before) and not tongue:
        if _PLACE_PREP.search(before):
            ev.place += 1
            # "in the Warden's prison" (The Hennick Blow), "in Varley's shop" (The Cullerby Wire): in what it owns
            ev.owner_place += (
                re.search(r"[’']s?$", text[start:end]) is not None and re.match(r"\s+[a-z]", after) is not None
            )
            # "at Reza's.", "to Auntie Pat's," with no noun after: in the house or the shop it owns
            ev.home += re.search(r"[’']s?$", text[start:end]) is not None and re.match(r"\s*\w", after) is None
            # "in Varley's shop" is in the shop, not in Varley
            ev.within += _WITHIN_PREP.search(before) is not None and not re.search(r"[’']s?$", text[start:end])
        elif _GOAL_PREP.search(before):
            ev.goal += 1
        elif _GROUND_BEFORE.search(before) and not re.search(r"[’']s?$", text[start:end]):
            ev.place += 1
    ev.room_of += _ROOM_OF.search(before) is not None
    ev.time += _TIME_BEFORE.search(before) is not None or _TIME_AFTER.match(after) is not None
    ev.handled += _HANDLED_BEFORE.search(before) is not None
    if _PLURAL_AFTER.match(after) and not _NOT_PLURAL_BEFORE.search(before):
        ev.plural += 1
    if _THE.search(before):
        ev.the += 1
    elif _KIND.search(before) and not titled and not _CLOCK_BEFORE.search(before):
        ev.kind += 1
    elif _KIND_ADJ.search(before) and not titled and not inside and _NO_VERB_AFTER.match(after):
        ev.kind += 1  # "look for a green Volvo at Seathwaite", "His car is a green Volvo.", "a dead Fuzzy"
    ev.invoked += _INVOKED_AFTER.match(after) is not None and not _NOT_INVOKED_BEFORE.search(before)


def _sound_later(after: str) -> bool:
    """An animal's own sound as a participle later in the name's clause (`_SOUND_LATER`), not right after the name
    (`_NOISE_AFTER` reads that), and no animal's noun between to be the one making it."""
    m = _SOUND_LATER.match(after)
    return (
        m is not None
        and _NOISE_AFTER.match(after) is None
        and re.search(rf"\b(?:{_ANIMAL_NOUNS})(?:s|es)?\b", m.group(0)) is None
    )


def _tended_after(before: str, after: str) -> bool:
    """Saddled, harnessed, milked ... as a participle after the name, the name what is done to: "with Rosalía saddled",
    "I had Juniper saddled", "Juniper was saddled" (`_TENDED_AFTER`)."""
    if _TENDED_BARE_AFTER.match(after):
        return _TENDED_HOLDER_BEFORE.search(before) is not None
    return _TENDED_AFTER.match(after) is not None


def _read_owned(ev: Evidence, text: str, end: int, after: str) -> None:
    """What a possessive after a name owns: a mountain's slopes or north face (ground), a face or a mind (a
    person's), a made thing's parts, an animal's."""
    owned = text[end - 2 : end + 40]  # the run may hold the "'s"
    if _GROUND_AFTER.match(owned) or _GROUND_AFTER.match(after):
        ev.place += 1
    elif _BODY_AFTER.match(owned) or _BODY_AFTER.match(after):
        ev.person += 1
    elif _PART_AFTER.match(owned) or _PART_AFTER.match(after):
        ev.part += 1
    elif _BEAST_AFTER.match(owned) or _BEAST_AFTER.match(after):
        ev.beast += 1


_GENDERED_TITLE = re.compile(r"\b((?i:" + "|".join(TITLE_GENDER) + rf"))\.?\s+({NAME_WORD}(?:\s+{NAME_WORD})?)")


def _gender(index: PersonIndex, texts: list[str]) -> dict[str, str]:
    """he/she per person, from the pronouns of their own clauses and the titles before their names (a
    gender needs twice the votes of the other)."""
    return _gender_verdicts(_gender_votes(index, texts))


def _gender_votes(index: PersonIndex, texts: list[str]) -> dict[str, Weights]:
    votes: dict[str, Weights] = {}
    _pronoun_votes(index, texts, votes)
    _title_votes(index, texts, votes)
    _naming_votes(index, texts, votes)
    return votes


#: A sentence that gives a person's name with their pronoun: "His name was Rabe", "Her name is Agnes".
_NAMING = re.compile(rf"\b(His|Her|his|her)\s+name\s+(?:was|is)\s+({NAME_WORD}(?:\s+{NAME_WORD})?)")


def _naming_votes(index: PersonIndex, texts: list[str], votes: dict[str, Weights]) -> None:
    """A naming sentence ("His name was Rabe") is three votes, as a title is: the pronoun is the named person's by
    the sentence's own grammar, where a possessive in the clause a name opens may be anyone's ("Rabe filled her
    glass", the houseboy of The Rice Terraces at Moramanga; "His name was Boysie", The Panyard on Nelson Street). A
    title after "name is" ("Her name was Mrs Yates") is `_title_votes`'s. The narration's only: a tale told aloud
    inside the book (the Time Traveller's "Her name was Weena") is a speaker's, whose "I" the narrator readers
    judge by the people the book itself gives a pronoun."""
    for text in texts:
        for m in _NAMING.finditer(narration_only(text)):
            if m.group(2).split()[0].casefold().rstrip(".") in TITLES:
                continue
            words = name_words(m.group(2))
            person = index.forms.get(words) or index.forms.get(words[:1])
            if person:
                votes.setdefault(person, Weights())["he" if m.group(1).casefold() == "his" else "she"] += 3


def _gender_verdicts(votes: dict[str, Weights]) -> dict[str, str]:
    out = {}
    for person, c in votes.items():
        if c["he"] >= 2 * c["she"] and c["he"] >= 1:
            out[person] = "he"
        elif c["she"] >= 2 * c["he"] and c["she"] >= 1:
            out[person] = "she"
    return out


def _pronoun_votes(index: PersonIndex, texts: list[str], votes: dict[str, Weights]) -> None:
    """Subject pronouns (and, at half weight, possessives) in the clause a person opens, and a pronoun
    opening the next sentence when the sentence before named only that person ("Ferris watched. He was")."""
    for text in texts:
        prev: str | None = None
        for sent in _SENT.findall(narration_only(text)):
            ms = index.mentions(sent)
            people = {m.person for m in ms}
            lead = re.match(r"\s*[“\"‘(]?\s*(He|She)\b", sent)
            if lead and prev and not people:
                votes.setdefault(prev, Weights())["he" if lead.group(1) == "He" else "she"] += 0.5
            if len(people) == 1 and ms[0].start <= 3:
                rest = re.split(
                    r"\b(?:when|while|as|if|because|though|although|until|unless|whom|who|which|"
                    r"that|before|after|since|where|whether|and\s+(?:he|she))\b|[;:—]",
                    sent[ms[0].end :],
                    maxsplit=1,
                )[0]
                c = votes.setdefault(ms[0].person, Weights())
                he, she = len(_HE.findall(rest)), len(_SHE.findall(rest))
                # a second person in the clause, of the other gender, says nothing: "Oona smiled, the first time he
                # had seen her smile" (Thin Water): which of the two pronouns is the named person's is not said
                if not ((he and _ANY_SHE.search(rest)) or (she and _ANY_HE.search(rest))):
                    c["he"] += he + 0.5 * len(_HIS.findall(rest))
                    c["she"] += she + 0.5 * len(_HER_POSSESSIVE.findall(rest))
            prev = ms[0].person if len(people) == 1 else None


def _title_votes(index: PersonIndex, texts: list[str], votes: dict[str, Weights]) -> None:
    """A gendered title before a person's name ("Mr Kessler", "Mrs. Harker") is three votes; before a
    family name several people share it says nothing about the one the index gives the name to ("Mrs
    Rourke" beside Jamie and Siobhan Rourke in The Salt Ledger, "Mrs Ashdown" beside Dan and Wren Ashdown in
    The Tollhouse Summer)."""
    owners: dict[str, set] = {}
    for f, p in index.forms.items():
        if len(f) > 1:
            owners.setdefault(f[-1], set()).add(p)
    for text in texts:
        for m in _GENDERED_TITLE.finditer(text):
            if text[m.end(1) : m.end(1) + 1] == "." and m.group(1).casefold() not in _ABBREV:
                continue  # a sentence's end, not a title's full stop: "my lord. The Reeve has", "sir. Mrs Rudd says"
            words = name_words(m.group(2))
            person = index.forms.get(words) or index.forms.get(words[:1])
            if person and len(words) == 1 and len(owners.get(words[0], ())) > 1:
                continue
            if person:
                votes.setdefault(person, Weights())[TITLE_GENDER[m.group(1).casefold()]] += 3


#: Others' habit of calling the "I" something, before "me": many people or a group as the subject ("they call me",
#: "everybody on Marguerite calls me", "the riders called me" in Kitty's Steps, "the whole station was calling me" in
#: Slack Water), up to three words between, none a negation ("they never called me"), or a group named by one noun
#: in the present tense ("The crew calls me Lent" in The Magpie Job, "My colleagues call me Pru" in Plain Error); one
#: person's single act ("she held my hand and called me Devon", a confusion in Contents of a House) is not a name the
#: narrator goes by.
OTHERS_CALL = (
    r"(?:\b(?:(?i:they|people|everyone|everybody)|[Tt]he\s+whole\s+\w+|(?:[Aa]ll\s+)?[Tt]he\s+[a-z]+s)\s+"
    r"(?:(?!(?:never|not|no)\b)[\w’']+\s+){0,3}?call(?:s|ed|ing)?"
    r"|\b(?:[Tt]he|[Mm]y|[Oo]ur)\s+[a-z]+\s+calls|\b(?:[Mm]y|[Oo]ur)\s+[a-z]+s\s+call)"
)
_NUMBER_WORDS = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)"
)
#: How a first-person narrator names themself: "my name is X", "the name's X", "they call me X",
#: "Just me. X, thirteen." (an apposition after "just me", "it's me"), "X, thirteen, of ..." opening a sentence.
_SELF_NAMING = [
    (
        re.compile(
            rf"\b(?:[Mm]y\s+name\s+(?:is|was)|[Mm]y\s+name[’']s|[Tt]he\s+name[’']s|[Nn]ame[’']s|"
            rf"I\s+am\s+called|I[’']m\s+called|I\s+was\s+called|I\s+am\s+named)\s+({_NAME_RUN})"
        ),
        "self-introduction",
    ),
    (
        re.compile(
            rf"(?:\b(?i:nobody\s+else|you\s+(?:may|can|might))\s+(?:\w+\s+)?call(?:s|ed)?|{OTHERS_CALL})\s+me\s+"
            rf"[“\"‘]?({_NAME_RUN})|(?:^|[.!?]\s+)[Cc]all\s+me\s+({_NAME_RUN})"
        ),
        "nickname",
    ),
    (re.compile(rf"\b(?:has|have|had)\s+(?:always\s+)?called\s+me\s+[“\"‘]?({_NAME_RUN})"), "nickname"),
    (
        re.compile(
            rf"\b(?:[Jj]ust|[Oo]nly|[Ii]t[’']s|[Ii]t\s+is)\s+me[.:—–]\s+(?!(?i:{_NUMBER_WORDS})\b)({_NAME_RUN})(?=,\s|\.(?:\s|$))"
        ),
        "apposition",
    ),
    # a count is no name (here and above): "Eleven, twelve, she does not know" (The Brewer's Winter) counts heads;
    # an age is a whole number, never the first digits of a measure ("Camp II, 6,700 m", "Base Camp, 5,000 m"
    # heading a journal's entries, The South Col Letters; "Ridge Hut, 2.5 km")
    (
        re.compile(
            rf"(?:^|[.!?]\s+)(?!(?i:{_NUMBER_WORDS})\b)({_NAME_RUN}),\s+(?:aged\s+)?{_NUMBER_WORDS}\b(?=[,.])(?![,.]\d)"
        ),
        "apposition",
    ),
]


#: The opening of a sworn or formal statement, which names its maker with their particulars before the verb of
#: declaring: the inverted "Marrable, Ede, under-notary of the Cordwell at Saint Oda, being sworn upon the Book ...,
#: says:" of a deposition (The Hennick Blow), as "I, Ilse Varga, Adjudicator to the Quorum of Calloway, set down
#: here the findings" opens a ruling (The Quorum at Calloway; `narrator._SELF_INTRO`). Family name first, then
#: the given name(s), then a comma.
_DEPOSITION = re.compile(
    rf"^\s*({NAME_WORD}),\s+({NAME_WORD}(?:\s+{NAME_WORD})?),\s+[^.!?“”\"]{{0,200}}?"
    r"\b(?:being\s+(?:first\s+|duly\s+)?sworn|(?:says|saith|states|deposes|declares)\s*(?::|,|\band\b))"
)


def deposition(paragraph: str) -> tuple[str, int] | None:
    """(the maker's name in reading order, where it ends) when a paragraph opens a sworn statement in the
    inverted form ("Marrable, Ede, ..., being sworn ..., says:" -> "Ede Marrable"; see `_DEPOSITION`)."""
    m = _DEPOSITION.match(paragraph)
    if not m or m.group(1) in _STOP or m.group(2).split()[0] in _STOP:
        return None
    return f"{m.group(2)} {m.group(1)}", m.end(2)


def self_namings(text: str) -> list[tuple[str, str]]:
    """(name, how) for each way a first-person narration names its narrator (see `_SELF_NAMING`, `deposition`)."""
    out = []
    nar = narration_only(strip_emphasis(text))
    dep = deposition(nar)
    if dep:
        out.append((dep[0], "self-introduction"))
    for rx, how in _SELF_NAMING:
        for m in rx.finditer(nar):
            name = next(g for g in m.groups() if g)
            if name.split()[0] in _STOP:
                continue
            if (name, how) not in out:
                out.append((name, how))
    return out


def _shown(form: tuple[str, ...], spelled: dict[tuple, Counter]) -> str:
    """A name form as the book spells it most often ("Adeyemi-Holt", "McAllister"); a form the book never
    wrote as one run gets each part of each word capitalised ("adeyemi-holt" -> "Adeyemi-Holt")."""
    if spelled.get(form):  # capitals (a transcript's "TOMAS EKWUEME:", a heading) only when nothing else
        return max(spelled[form].items(), key=lambda kv: (not kv[0].isupper(), kv[1]))[0]
    return " ".join(title_case(w) for w in form)


def _narrator_links(
    texts: list[str], index: PersonIndex, forms: dict, spelled: dict[tuple, Counter], window: int = 40
) -> None:
    """Names a first-person narrator gives themself become people; a nickname ("they call me Lenny",
    "Gran has called me Sparrow") joins the person named by a self-introduction or apposition within
    `window` paragraphs ("The name's Moss", "Just me. Wren Ashdown, thirteen")."""
    found = [(k, name, how) for k, t in enumerate(texts) for name, how in self_namings(t)]
    full_of: dict[str, str] = {}
    for k, name, how in found:
        if how == "nickname":
            continue
        words = name_words(name)
        if how == "apposition" and len(words) == 1 and words[0] in index.lower_words:
            # a word the book writes in lower case opening a description is no name: "Quiet, forty, the best
            # rope-fixer I have ever seen" of the sirdar (The South Col Letters), "Girl, seventeen, blue jacket"
            # read off a list (The Long Carry)
            continue
        # the book's longest form holding this name ("Moss" -> "Lene Moss")
        holders = [f for f in forms if len(f) > len(words) and all(w in f for w in words) and len(f) <= 3]
        full = max(holders, key=lambda f: forms[f].n) if len(words) == 1 and holders else words
        person = index.forms.get(full) or index.forms.get(words) or _shown(full, spelled)
        for f in {full, words}:
            index.add(f, person)
        if len(full) >= 2 and full[:1] in forms and full[:1] not in index.forms:
            # the given name of a narrator who names themself in full is how others call them ("Ede," he said,
            # after "Marrable, Ede, ... says:"), unless the book already gives that name to someone
            index.add(full[:1], person)
        full_of[name] = person
        for j, other, how2 in found:
            if how2 == "nickname" and abs(j - k) <= window and name_words(other) not in index.forms:
                index.add(name_words(other), person)


def _titled(name: str) -> bool:
    """A title and a name ("Dr Kessler", "Mrs. Pike")."""
    words = name.split()
    return len(words) >= 2 and _form(words[:1])[0] in TITLES and bool(name_words(name))


def _blended_full_names(
    index: PersonIndex,
    forms: dict[tuple, Evidence],
    kinds: dict[tuple, str],
    spelled: dict[tuple, Counter],
    texts: list[str],
) -> None:
    """A full name the book writes (once is enough) that joins one person's given name to another person's family
    name is a third person, who shares a name with each: "Old Ruth Kessler had come in late" beside Ruth Amadi and
    Mara Kessler (Kessler Red: the old woman is "Dr Kessler", "Gran" and "old Ruth" everywhere else). Without it
    the run is read as both of the others. Lower-case words before it ("Old", opening a sentence) are not part of
    the name. A woman's married name is the other case of the same shape ("Margaret Ashdown had lived in it for
    fifty-one of them" beside Margaret Pryce and Dan Ashdown, and "She had been Margaret Pryce once": The Tollhouse
    Summer): when the given name's owner has a former name in the text, or a marriage is spoken of beside the
    joined name, it is hers, not a third person's."""
    firsts: dict[str, set[str]] = {}
    lasts: dict[str, set[str]] = {}
    for p in index.persons:
        words = name_words(p)
        if len(words) >= 2:
            firsts.setdefault(words[0], set()).add(p)
            lasts.setdefault(words[-1], set()).add(p)
    lower = index.lower_words
    added = False
    # people the text gives a former name ("had been Margaret Pryce", "born Tova Rusk"): a woman's maiden name
    former = {index.forms.get(name_words(m.group(1))) for t in texts for m in _FORMER.finditer(t)} - {None}
    for f in list(forms):
        g = f
        while len(g) > 2 and g[0] in lower:
            g = g[1:]
        if (
            len(g) != 2
            or g[0] == g[1]
            or g in index.forms
            or kinds.get(f) not in ("person", "unknown")
            or set(g) & lower
        ):
            continue  # a word said twice ("Ram Ram", a greeting) joins no two people's names
        given, family = firsts.get(g[0], set()), lasts.get(g[1], set())
        if not given or not family or given & family:
            continue
        shown = _shown(f, spelled).split()
        name = " ".join(shown[len(shown) - 2 :])
        told = [t for t in texts if name in t]
        if given & former or any(_MARRIAGE.search(t) for t in told):
            continue  # "She had been Margaret Pryce once" (The Tollhouse Summer): Margaret Ashdown is her married name
        index.add(g, name)
        added = True
    if added:
        index.learn_gender(texts)  # the new person's pronouns, for the links that follow ("She ... had been called")


def _links(texts: list[str], index: PersonIndex) -> list[tuple[str, str, bool]]:
    """(other name, person, the two are surely one) for the links the text states: nicknames and former names
    (see `_NICKNAME`, `_FORMER`). Surely one: the link is set right after the person's name (`_RIGHT_AFTER`), or
    the sentence says a marriage made the change ("she had been Joan Lacey before she married the Guv")."""
    out = []
    for text in texts:
        last: dict[str, str] = {}  # he/she -> the last person of that gender the paragraph named before
        named: set[str] = set()  # everyone the paragraph named before
        for sent in _SENT.findall(text):
            for m in _FORMER.finditer(sent):
                name = m.group(1)
                # the person the sentence is about: the one named before the link, else its subject pronoun (the
                # last person of its gender the paragraph named: "Mrs Hartigan came with us. She drove the van.
                # ... she had been Joan Lacey before she married the Guv")
                ms = [x for x in index.mentions(sent[: m.start()]) if x.person]
                pronoun = re.search(r"\b(he|she)\s+$", sent[: m.start()], re.I)
                person = ms[-1].person if ms else (last.get(pronoun.group(1).lower()) if pronoun else None)
                if person and index.resolve(name) != person and not re.search(r"[’']s?$", name):
                    apposition = ms and _RIGHT_AFTER.match(sent[ms[-1].end : m.start()]) is not None
                    out.append((name, person, bool(apposition or _MARRIAGE.search(sent))))
            for m in _CALLED.finditer(sent):
                if _NOUN_SUBJECT.search(sent[: m.start()]):
                    continue  # "the kettle is called Tokubei": the noun's name, not the person's before it
                # "Mr Ashworth ..., who had been our postman for thirty years and was called Post" (Contents of a
                # House), "She [Old Ruth Kessler] ... had been called Dr Kessler there" (Kessler Red): the person
                # named before it in the sentence, else its pronoun's, when the paragraph named one of that gender
                ms = [x for x in index.mentions(sent[: m.start()]) if x.person]
                pronoun = re.match(r"\W*(he|she)\b", sent, re.I)
                g = pronoun.group(1).lower() if pronoun else None
                # (a person the book has no pronoun for yet counts as either: "Old Ruth Kessler had come in late")
                cands = {p for p in named if index.gender.get(p) in (g, None)} if g else set()
                person = ms[-1].person if ms else (cands.pop() if len(cands) == 1 else None)
                if person and index.resolve(m.group(1)) != person:
                    out.append((m.group(1), person, False))
            for x in index.mentions(sent):
                named.add(x.person)
                if index.gender.get(x.person) in ("he", "she"):
                    last[index.gender[x.person]] = x.person
            for m in _NICKNAME.finditer(sent):
                obj, nick = m.group(1), m.group(2) or m.group(3)
                if obj and obj.lower() == "me":
                    out.append((nick, "<narrator>", False))
    return out


def _short_first_names(index: PersonIndex, forms: dict[tuple, Evidence]) -> None:
    """A first name cut short, with the same surname, is the same person: "Ben Rainsford" and "Bennett
    Rainsford", "Gus Brannhard" and "Gustavus Adolphus Brannhard" (Little Fuzzy). The short form must be three
    letters or more and the start of the long one ("Kael Varro" and "Kaela" are two people: no shared surname)."""
    fulls = sorted({p for p in index.persons if len(name_words(p)) >= 2})
    merged: set[str] = set()
    for a in fulls:
        for b in fulls:
            wa, wb = name_words(a), name_words(b)
            if (
                a != b
                and not {a, b} & merged
                and wa[-1] == wb[-1]
                and len(wa[0]) >= 3
                and len(wb[0]) > len(wa[0])
                and wb[0].startswith(wa[0])
            ):
                merged.add(_merge_people(index, a, b, forms))


#: A courtesy title before a family name (or a first name: "Miss Lucy"): Miss, Mrs or Mr.
_COURTESY_TITLE = re.compile(rf"\b(Miss|Mrs|Mr)(\.?)\s+({NAME_WORD})(?:\s+({NAME_WORD}))?")


def _miss_and_mrs(texts: list[str], index: PersonIndex) -> None:
    """ "Miss Westenra" and "Mrs. Westenra" are two women, a daughter and her mother (Dracula); "Miss Elphinstone"
    and "Mrs. Elphinstone" two sisters-in-law (The War of the Worlds). When a family name takes both titles, the
    woman the book calls "Miss" by her first name too ("Miss Lucy") keeps the family name with "Miss", and each
    title with no such owner names a woman of her own ("Mrs. Westenra"), not the person the bare name belongs to.
    A family name that takes "Mr" and "Mrs" and belongs to a man named in full (two words or more) is a husband's and
    a wife's: "Mrs" names her."""
    titled: dict[str, Counter] = {}
    spelled: dict[tuple[str, str], str] = {}
    # family name -> the people called by a title and their first name ("Miss Lucy", "Mr Lionel"): how often "Miss"
    firsts: dict[str, Counter] = {}
    for text in texts:
        for m in _COURTESY_TITLE.finditer(text):
            title, dot, word, nxt = m.groups()
            if not name_words(word):
                continue  # "Mr Mister", a title after a title
            owner = index.forms.get(name_words(word))
            if owner and len(name_words(owner)) >= 2 and name_words(word)[0] == name_words(owner)[0]:
                family = name_words(owner)[-1]  # "Miss Lucy" (Westenra), "Miss Lucy Westenra"
                firsts.setdefault(family, Counter())[owner] += title == "Miss"
                continue
            if nxt is not None and name_words(f"{word} {nxt}") in index.forms:
                continue
            family = name_words(word)[0]
            titled.setdefault(family, Counter())[title] += 1
            spelled.setdefault((family, title), f"{title}{dot} {word}")
    for family, c in titled.items():
        owner = index.forms.get((family,))
        # named with two words or more ("Howard Thorne", not a "Marsh" the book names alone). Not also "not read as
        # a woman": the gender read so far counts "Mrs. Thorne ... she" as the owner's (Howard Thorne is "she"
        # here), so "Ada Quill ... Mrs. Quill" still splits
        husband = owner is not None and len(name_words(owner)) >= 2 and name_words(owner)[-1] == family
        if (
            husband
            and c["Mr"]
            and c["Mrs"]
            and c["Mr"] + c["Mrs"] >= 3
            and not c["Miss"]
            and ("mrs", family) not in index.forms
        ):
            # "Mr. Thorne" and "Mrs. Thorne" beside "Howard Thorne" (A Dime on the Dead), "Mr. Whitcombe" and "Mrs.
            # Whitcombe" beside "Gary Whitcombe" (The Whitcombe Verdict): a husband and a wife; the man keeps the family
            # name, the wife is a woman of her own, not the man the bare name belongs to. Not when the family name is
            # already a woman's by marriage ("Joan Lacey", Mrs Hartigan in Kitty's Steps: the name's owner is not
            # called by it in full)
            index.add(("mrs", family), spelled[(family, "Mrs")])
            index.gender.setdefault(spelled[(family, "Mrs")], "she")
            continue
        if not (c["Miss"] and c["Mrs"] and c["Miss"] + c["Mrs"] >= 3):
            continue
        miss = next((p for p, n in (firsts.get(family) or Counter()).most_common() if n), None)
        for title in ("Miss", "Mrs"):
            person = miss if title == "Miss" and miss else spelled[(family, title)]
            index.add((title.casefold(), family), person)
            index.gender.setdefault(person, "she")


_ARTICLE_THEN = re.compile(r"\b(?:the|a|an)\s+(?=(\S+))")
_BOUNDARY = re.compile(r"\b")


def _after_articles(texts: list[str], words: set[str]) -> set[str]:
    """Those of `words` the book writes after an article, ending at a word boundary ("the magistrate's" gives
    "magistrate"): common nouns ("the magistrate", "a sergeant"). One pass over the book for all of `_posts`'
    candidates, where a search per candidate word cost seconds on a novel; each token is read only as far as the
    longest candidate, so a long unspaced token (an em-dash chain, a script without spaces) stays cheap."""
    longest = max(map(len, words), default=0)
    found: set[str] = set()
    for t in texts:
        for m in _ARTICLE_THEN.finditer(t):
            start, end = m.span(1)
            reach = min(end - start, longest)
            window = t[start : start + reach + 1]  # with the character after, for the boundary at the end
            found.update(window[: b.start()] for b in _BOUNDARY.finditer(window) if 0 < b.start() <= reach)
    return found & words


_CAP = re.compile(rf"(?<![\w’']){NAME_WORD}")
_NAME_AFTER = re.compile(rf"^\s+({_NAME_RUN})")
_POST_HEAD = re.compile(r"^(?:\s+(?:of|to|for|at|in)\b|\s*(?:[,.;:!?—–)”\"’]|$))")
#: "Ilse Varga, Adjudicator" / "Tal Hajus, Jeddak of Thark" (apposition), "Ilse Varga had been the Quorum's
#: Adjudicator" (predicate): the post right after a person's name.
_HOLDER_BEFORE = re.compile(
    rf"({_NAME_RUN})(?:,\s+(?:the\s+)?|\s+(?:had\s+been|has\s+been|was|is|became|becomes|remained)\s+(?:the\s+)?"
    rf"(?:{NAME_WORD_OR_INITIAL}[’']s\s+)?)$"
)


def _posts(
    texts: list[str], index: PersonIndex, forms: dict[tuple, Evidence], kinds: dict[tuple, str], lower: set[str]
) -> None:
    """A capitalised word the book writes "the X" and gives to its people as a post is a title, not a person of
    its own: before a name ("Provost Amberley", "Sergeant Okonjo"), after one in apposition ("Ilse Varga,
    Adjudicator to the Quorum"; "Tal Hajus, Jeddak of Thark" in A Princess of Mars) or as what someone had been
    ("Ilse Varga had been the Quorum's Adjudicator"). Alone ("the Adjudicator advised them", "“Adjudicator,”
    said Amberley") it is the one person the book gives it to; a post given to several names nobody (The Quorum
    at Calloway, A Princess of Mars). A post nobody is named holding ("the Psychologist", "the Medical Man" in
    The Time Machine) is left to its own evidence. Only a word used like a person somewhere (it acts or is
    spoken to: "“Adjudicator,” said Amberley"), never in lower case, never plural, never a ship's or a place's
    name ("Leslie Coombes, Company attorney", "the *Josephine*"), and in apposition only as the head of the
    phrase ("Adjudicator to the Quorum", not "Company attorney")."""
    in_fulls = {w for f in index.forms if len(f) >= 2 for w in f}
    after_articles = _after_articles(texts, {f[0] for f in forms if len(f) == 1 and f[0] in lower})
    posts = {
        f[0]
        for f, ev in forms.items()
        if len(f) == 1
        and (ev.the >= 1 or (f[0] in lower and f[0] in after_articles))
        and ev.person + ev.vocative >= 1
        and not ev.plural
        and f[0] not in TITLES | in_fulls
        and kinds.get(f) in ("person", "unknown", "thing")
        and not made_thing(ev)
    }
    if not posts:
        return
    holders: dict[str, set[str]] = {}
    links: Counter = Counter()
    appositions: Counter = Counter()  # "Osric, Margrave of Vey": the post and its domain after the holder's name
    for text in texts:
        for m in _CAP.finditer(text):
            w = m.group(0).casefold()
            if w not in posts:
                continue
            after = text[m.end() : m.end() + 60]
            # before a name only mid-sentence ("said Provost Amberley"): a capitalised word opening a sentence may be
            # its first word, not a title
            mid = not re.search(r"(?:^|[.!?…:;]\s*|[“\"‘(]\s*)$", text[max(0, m.start() - 4) : m.start()])
            named = _NAME_AFTER.match(after) if mid else None
            held = _HOLDER_BEFORE.search(text[max(0, m.start() - 80) : m.start()]) if _POST_HEAD.match(after) else None
            held_name = held.group(1) if held else None
            for name in (named.group(1) if named else None, held_name):
                person = index.resolve(name) if name else None
                if person and w not in name_words(person):
                    holders.setdefault(w, set()).add(person)
                    links[w] += 1
                    appositions[w] += name is held_name and re.match(r"\s+(?:of|to)\s", after) is not None
    for w, people in holders.items():
        f = (w,)
        acts = forms[f].person  # spoken to is what a post is too ("“Yes, Magistrate.”")
        if acts >= 4 and acts > 4 * links[w] and not appositions[w]:
            # a name that mostly acts on its own, once before another name ("told Moth Fitz was coming"); a post with
            # its domain after its holder's name ("By Osric, Margrave of Vey", The Cinder Tithe) is theirs however
            # often the book uses it alone ("the Margrave said")
            continue
        own = index.forms.get(f)
        if own is not None and name_words(own) == f:  # the post had been read as a person called so: gone
            index.forget(own)
        else:
            index.forms.pop(f, None)
        if len(people) == 1:
            index.add(f, next(iter(people)))
        kinds[f] = "title"


def _post_word(word: str, forms: dict[tuple, Evidence]) -> bool:
    """A word the book writes "the X" in most of its uses alone ("the Factor", "the Provost"): a post, never a first
    name."""
    ev = forms.get((word,))
    return ev is not None and ev.the >= max(2, 0.5 * ev.n)


def _posts_before_family_names(index: PersonIndex, forms: dict[tuple, Evidence]) -> None:
    """A post and a family name ("Factor Ambry", whose post the book writes "the Factor" alone) name the one person
    whose full name ends with that family name ("Lisette Ambry"), as a title and a family name do ("PC Birkett" is
    Lorna Birkett, The Long Carry; "Factor Ambry" is Lisette Ambry, The Arkwright Claim): the post is a word the book
    writes "the X" in most of its uses alone, never a first name. Not when two full names share the family name, nor
    when the book gives the two different genders."""
    family_of: dict[str, set[str]] = {}
    for f, p in index.forms.items():
        words = name_words(p)
        if len(words) >= 2 and f == words:
            family_of.setdefault(words[-1], set()).add(p)

    for person in sorted(index.persons):
        words = name_words(person)
        if len(words) != 2 or not _post_word(words[0], forms):
            continue
        others = family_of.get(words[1], set()) - {person}
        if len(others) != 1:
            continue
        (full,) = others
        if _post_word(name_words(full)[0], forms):
            continue
        genders = {index.gender.get(person), index.gender.get(full)} - {None}
        if len(genders) <= 1:
            index.rename(person, full)


#: "The Guv was Frank Hartigan. He had ridden ..." (Kitty's Steps), "The Warden is Ansel Bree. He is a small,
#: soft-spoken man" (The Hennick Blow): the one person a word the book writes "the X" stands for.
_IDENTITY = re.compile(
    rf"(?:^|[.!?…]\s+)The\s+({NAME_WORD})\s+(?:is|was)\s+({NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\.\s+(He|She)?"
)


def _identities(texts: list[str], index: PersonIndex, forms: dict[tuple, Evidence], kinds: dict[tuple, str]) -> None:
    """A word the book writes "the X" that a sentence says is a person ("The Guv was Frank Hartigan.", "The Warden is
    Ansel Bree.") names that person wherever it stands alone: a title or a nickname used in place of the name
    ("said the Guv", "the Warden's chamber"), not a landmark, however often it takes "the". Only a word mostly
    written "the X", never in lower case and acting or spoken to somewhere, and only a name the book already
    knows as a person's or that the next sentence calls "he" or "she" (a place is no "he": "The capital was Port
    Royal."); the same word said to be two people names nobody."""
    found: dict[tuple, set[tuple[str, str | None]]] = {}
    for text in texts:
        for m in _IDENTITY.finditer(text):
            f = _form([m.group(1)])
            ev = forms.get(f)
            if ev is None or ev.the < 0.5 * ev.n or ev.person + ev.vocative < 1 or ev.plural or made_thing(ev):
                continue
            if f[0] in index.lower_words or f[0] in TITLES:
                continue
            full = m.group(2)
            known = index.resolve(full) or m.group(3)  # a person's name, or "he"/"she" right after it
            if not known or kinds.get(_form(full.split())) not in (None, "person", "unknown"):
                continue
            found.setdefault(f, set()).add((full, m.group(3)))
    for f, names in found.items():
        alone = index.forms.get(f)  # "the Guv" taken as a person of that one word (a rank used alone) yields
        if len(names) != 1 or (alone is not None and name_words(alone) != f):
            continue
        ((full, pronoun),) = names
        if alone is not None:
            index.forget(alone)
        words = _form(full.split())
        person = index.forms.get(words)
        first = index.forms.get(words[:1])
        if person is None and first is not None and name_words(first) == words[:1]:
            # "Frank" (his wife calls him so) is Frank Hartigan: the full name becomes his
            person = title_case(full) if full.isupper() else full
            index.rename(first, person)
        if person is None:
            person = full
            last = words[-1:]
            free = last not in index.forms and last[0] not in index.lower_words
            if free and kinds.get(last) in (None, "person", "unknown"):
                index.add(last, person)
        index.add(words, person)
        index.add(f, person)
        kinds[f] = "title"
        if pronoun and person not in index.gender:
            index.gender[person] = pronoun.casefold()


def _merge_people(index: PersonIndex, a: str, b: str, forms: dict[tuple, Evidence]) -> str:
    """Two people the text says are one ("Lord Godalming (that was Arthur of Miss Lucy)"): every name form of
    either goes to the one the book names more often (then the fuller name). Returns the name dropped."""
    uses: Counter = Counter()
    for f, p in index.forms.items():
        uses[p] += forms[f].n if f in forms else 0
    keep, drop = sorted((a, b), key=lambda p: (-uses[p], -len(name_words(p)), p))
    index.rename(drop, keep)
    return drop


def _name_in_full(index: PersonIndex, short: str, full: str) -> None:
    """A person the index knows by one word ("Hartigan", from "Mrs Hartigan") takes the full name the text links
    to them ("Joan Lacey", her name before she married) as their name."""
    if short and len(name_words(short)) == 1 and len(name_words(full)) >= 2:
        index.rename(short, full)


def _adopt_full_names(
    index: PersonIndex, forms: dict[tuple, Evidence], kinds: dict[tuple, str], spelled: dict[tuple, Counter]
) -> None:
    """A two-word name the book uses rarely ("Jonah Teller", once) whose first word is a known person
    is that person's full name: it becomes their canonical name, and its surname a variant when no other
    person's full name ends with it (two Tellers keep "Teller" to neither)."""
    fulls: dict[str, tuple] = {}
    surnames: Counter = Counter()
    for f in forms:
        if (
            len(f) != 2
            or f in index.forms
            or kinds.get(f) not in ("person", "unknown")
            or len(f[1]) < 2
            or f[1] in index.lower_words
            or f[1] in TITLES
        ):
            continue
        owner = index.forms.get(f[:1])
        if owner is None or len(name_words(owner)) != 1 or index.forms.get(f[1:], owner) != owner:
            continue
        if _family_name_first(forms, f):
            continue
        if kinds.get(f[1:]) not in (None, "person", "unknown"):
            continue
        if owner not in fulls or forms[f].n > forms[fulls[owner]].n:
            fulls[owner] = f
    for f in fulls.values():
        surnames[f[1]] += 1
    rename = {}
    for owner, f in fulls.items():
        full = _shown(f, spelled)
        rename[owner] = full
        index.add(f, owner)
        if surnames[f[1]] == 1 and f[1:] not in index.forms:
            index.add(f[1:], owner)
    for owner, full in rename.items():
        index.rename(owner, full)


def _adopt_given_names(
    index: PersonIndex,
    forms: dict[tuple, Evidence],
    kinds: dict[tuple, str],
    spelled: dict[tuple, Counter],
    texts: list[str],
    roster: Roster | None,
) -> None:
    """A two-word name whose family name is a person known by it alone ("Alleyne") and whose first word names
    no one else is that person's full name, when it is the only one the book gives them: "Corporal Clive Alleyne"
    in the witness box, "Deonarine" for Ramdeen, "Cyril Noel" for Noel (The Panyard on Nelson Street). The tag then
    names them as fully as the book does, as `_adopt_full_names` does from the first name's side. The first word is
    one the book also writes alone as a name: one it never does is no given name ("Dearest Hatty", a letter's
    salutation, Lady Ashcombe's Season; "Wednesdays Winifred", A Week at Ottilie); a name the book writes only in
    capitals is a sign's; two given names before one family name are relatives, and so is one beside a relative's
    full name the index knows: the bare name, shared, would go to that relative in the scenes naming her ("Mercer"
    beside his aunt "Rosa Mercer" on a memorial, Cold Ledger). Nor when the first word begins another full name the
    index knows and ends none: a family name written first, as Hungarian and Japanese names are ("Nagy Pista", the
    foreman Nagy István by his diminutive, beside the POV everyone calls "Pista", The Kitchen on Rakoczi Street; "Higa
    Yoshiko", The Cave Below Itoman). With a roster its names are the full ones."""
    if roster is not None:
        return
    found: dict[str, list[tuple]] = {}
    for f in forms:
        if (
            len(f) != 2
            or f in index.forms
            or kinds.get(f) not in ("person", "unknown")
            or len(f[0]) < 2
            or f[0] in TITLES
            or f[0] in index.lower_words
            or f[0] in index.address
            or f[:1] in index.forms
            or kinds.get(f[:1]) not in ("person", "unknown")
        ):
            continue
        owner = index.forms.get(f[1:])
        if owner is None or name_words(owner) != f[1:]:
            continue
        found.setdefault(owner, []).append(f)
    kin = {w for p in index.persons if len(name_words(p)) >= 2 for w in name_words(p)}
    # a word that begins a known full name and ends none of the book's names: a family name written first
    # ("Nagy István"), not a form of address that goes either side of a name ("Khanom Ashrafi", "Pouran Khanom")
    families = {name_words(p)[0] for p in index.persons if len(name_words(p)) >= 2} - {
        f[-1] for f in forms if len(f) >= 2
    }
    for owner, fs in found.items():
        if len(fs) != 1 or fs[0][1] in kin or fs[0][0] in families:
            continue
        f = fs[0]
        shown = _shown(f, spelled)
        if shown.isupper() or len(shown.split()) != 2 or not any(shown in t for t in texts):
            continue  # written in capitals only, or with a word between ("Salim bin Hamed" is Hamed's son)
        index.add(f, owner)
        index.add(f[:1], owner)
        index.rename(owner, shown)


def _given_names_before_family_names(
    texts: list[str], index: PersonIndex, forms: dict[tuple, Evidence], kinds: dict[tuple, str], lower: set[str]
) -> None:
    """A two-word name the book gives once or twice, opening a paragraph ("Aleksander Ruud had asked for a room",
    his first scene in Polar Low; "Dieter Lenz", "Chet Brody" in The Window on Bernauer Strasse, "Jory Callan" in
    The Wells of Oriel), whose last word is a person known by that one word alone ("Ruud" 57 times), is that
    person's full name, so a scene that opens on it opens on them: the first word is a given name the book never
    uses alone. Not when the first word is a word the book writes in lower case, a title, a stop word or a word
    found elsewhere on its own, nor when the family name is shared."""
    for f in list(forms):
        if len(f) != 2 or f in index.forms or kinds.get(f) not in ("person", "unknown") or forms[f].n > 2:
            continue
        owner = index.forms.get(f[1:])
        if owner is None or len(name_words(owner)) != 1 or f[1:] in index.shared:
            continue
        first = f[0]
        if len(first) < 3 or first in lower or first in TITLES or title_case(first) in _STOP:
            continue
        if any(first in g for g in index.forms) or f[:1] in forms and forms[f[:1]].n > 0:
            continue
        if sum(len(re.findall(rf"\b{re.escape(title_case(first))}\b", t)) for t in texts) > forms[f].n:
            continue  # a word found elsewhere on its own is no given name kept for the full name
        spelled = f"{title_case(first)} {title_case(f[1])}"
        if not any(t.lstrip().startswith(spelled) for t in texts):
            continue  # only a name that opens a paragraph, as a scene's opener does; elsewhere the run is left alone
        index.add(f, owner)


def _family_name_first(forms: dict[tuple, Evidence], f: tuple[str, ...]) -> bool:
    """A two-word name whose first word the book gives "Mr", "Miss" or "Dr" and never lets act on its own is a
    thing called after a family ("the group is called Olaniyan Dynasty" beside "Mr Olaniyan", "Miss Olaniyan" in
    The House on Bode Thomas; "Maxted Wheels" beside "Mr Maxted" in Kitty's Steps, `_named_after_a_family`), not
    that family member's full name: a full name puts the family name last. Unless the longer name is itself
    titled ("Dr Teller Jonah" is a name given surname first)."""
    first, ev = forms.get(f[:1]), forms.get(f)
    if first is None or ev is None or not first.social or ev.titled:
        return False
    return first.person + first.vocative + first.mind == 0


def _first_and_family_names(
    index: PersonIndex,
    forms: dict[tuple, Evidence],
    kinds: dict[tuple, str],
    spelled: dict[tuple, Counter],
    texts: list[str],
) -> None:
    """A full name the book writes (once is enough) joins a person known by a first name alone and one known by
    a family name alone, mostly with a title: "Winifred Pike" is "Winifred" and "Mrs Pike", "Clemency Ashby" is
    "Clemency" and "Miss Ashby" (A Week at Ottilie); "Ines Albescu" is "Ines" and "Ms Albescu" (Halloran
    Street); the first name may be a short form the book uses alone ("Teo" for "Teodora Anand", with "Captain
    Anand", in The Dorothea: `_short_form_of`). Only when no other full name of the book starts with that first
    name or ends with that family name
    (two Albescus, a brother and a sister, keep "Albescu" to whoever the book's other evidence gives it), and the
    book gives both the same gender ("Jane Smith" is not "Mr Smith", her father, nor a Smith of no known gender)."""
    starts: Counter = Counter()
    ends: Counter = Counter()
    for f in forms:
        if len(f) == 2 and kinds.get(f) in ("person", "unknown"):
            starts[f[0]] += 1
            ends[f[1]] += 1
    gender: dict[str, str] | None = None  # pronouns and titles, read once a full name qualifies
    for f in list(forms):
        if len(f) != 2 or f in index.forms or kinds.get(f) not in ("person", "unknown"):
            continue
        first, family = index.forms.get(f[:1]) or _short_form_of(f[0], index, starts), index.forms.get(f[1:])
        if (
            first is None
            or family is None
            or first == family
            or len(name_words(first)) != 1
            or not f[0].startswith(name_words(first)[0])
            or name_words(family) != f[1:]
            or starts[f[0]] > 1
            or ends[f[1]] > 1
            or f[1] in index.lower_words
        ):
            continue
        if gender is None:
            gender = {**index.gender, **_gender(index, texts)}
        g = gender.get(first)
        if g is None or gender.get(family) != g:  # "Jane Smith" is not "Mr Smith", nor a Smith of no known gender
            continue
        full = _shown(f, spelled)
        index.rename(first, full)
        index.rename(family, full)
        index.add(f, full)
        index.gender[full] = gender[full] = g


def _short_form_of(word: str, index: PersonIndex, starts: Counter) -> str | None:
    """The one person known by a one-word name that starts `word`, a full name's first word the book never uses
    alone ("Teo" for "Teodora Anand" in The Dorothea, as "Hal" for Hallie and "Gus" for Gustavus): three letters
    or more, and no other full name's first word starts with it."""
    owners = {
        p
        for f, p in index.forms.items()
        if len(f) == 1 and len(f[0]) >= 3 and word.startswith(f[0]) and name_words(p) == f
    }
    if len(owners) != 1:
        return None
    short = name_words(next(iter(owners)))[0]
    return owners.pop() if sum(n for w, n in starts.items() if w.startswith(short)) == 1 else None


#: Words that say a marriage happened ("we were married", "my husband", "the wedding").
_MARRIAGE = re.compile(r"\b(?:married|marry|marriage|wedding|wedded|husband|bride|honeymoon)\b", re.I)


def _married_names(texts: list[str], index: PersonIndex, window: int = 30) -> None:
    """A woman's maiden and married names are one person: "Mina Murray" and "Mina Harker" (Dracula),
    "Catherine Earnshaw" and "Catherine Linton" (Wuthering Heights; no labelled or corpus book besides Dracula
    has one, so the second text is a test's, "Clara Webb" / "Clara Moreland"). Two full names with the same first
    name and different surnames are merged, under the later one, when the text links them:

    - the later surname is another man's ("Jonathan Harker", "Edgar Linton"): the husband she took it from;
    - the narration gives one of them "she" (or "Miss"/"Mrs." before them) and neither "he";
    - most uses of the earlier name come before the first use of the later one (a name she had, then left),
      and a marriage word ("married", "husband", "wedding") is within `window` paragraphs of that first use.

    Two sisters-in-law with one first name fail the order test (both names run side by side)."""
    by_first: dict[str, set[str]] = {}
    for f, p in index.forms.items():
        words = name_words(p)
        if len(f) >= 2 and len(words) >= 2 and f == words:
            by_first.setdefault(words[0], set()).add(p)
    groups = [sorted(ps) for ps in by_first.values() if len(ps) >= 2]
    if not groups:
        return
    uses: dict[str, list[int]] = {}  # person -> paragraphs where a form with their surname names them
    for k, text in enumerate(texts):
        for m in index.mentions(text):
            words = name_words(text[m.start : m.end])
            if len(words) >= 2 and words[-1] == name_words(m.person)[-1]:
                uses.setdefault(m.person, []).append(k)
    surname_of = Counter(name_words(p)[-1] for p in index.persons if len(name_words(p)) >= 2)
    rename: dict[str, str] = {}
    for group in groups:
        for earlier in group:
            for later in group:
                if earlier == later or earlier in rename or later in rename:
                    continue
                if _is_married_name(texts, index, earlier, later, uses, surname_of, window):
                    rename[earlier] = later
    for old, new in rename.items():
        index.rename(old, new)


def _is_married_name(
    texts: list[str],
    index: PersonIndex,
    earlier: str,
    later: str,
    uses: dict[str, list[int]],
    surname_of: Counter,
    window: int,
) -> bool:
    before, after = uses.get(earlier, []), uses.get(later, [])
    if len(before) < 2 or len(after) < 2 or surname_of[name_words(later)[-1]] < 2:
        return False  # the later surname must also be another person's: her husband's
    genders = {index.gender.get(earlier), index.gender.get(later)} - {None}
    if genders != {"she"} and not (not genders and _titled_woman(texts, earlier, later)):
        return False
    first = min(after)
    if min(before) >= first or sum(k < first for k in before) < 0.75 * len(before):
        return False
    return any(_MARRIAGE.search(t) for t in texts[max(0, first - window) : first + window + 1])


def _titled_woman(texts: list[str], earlier: str, later: str) -> bool:
    """ "Miss Murray" or "Mrs. Harker" somewhere in the book: a woman's names."""
    miss = re.compile(rf"\bMiss\.?\s+(?:\w+\s+)?{re.escape(earlier.split()[-1])}\b")
    mrs = re.compile(rf"\bMrs\.?\s+(?:\w+\s+)?{re.escape(later.split()[-1])}\b")
    return any(miss.search(t) or mrs.search(t) for t in texts)


def _overlay_roster(learned: PersonIndex, roster: Roster) -> PersonIndex:
    """The roster's people under the roster's names and aliases, plus the people the book shows that the
    roster leaves out (a POV-only roster still lets a chunk list everyone present). A learned person who
    shares a name form with a roster character is that character, unless the form is only the family name two
    full names share and the book calls the learned one by a given name the roster's never has: "Owen Harper"
    ("Owen") is not "Nadia Harper" (aliases "Nadia", "Harper") in The Long Carry, nor "Clemency Ashby" ("Aunt
    Clemency") "Lionel Ashby" (aliases "Lionel", "Mr Lionel", "Mr Ashby") in A Week at Ottilie."""
    index = PersonIndex.from_names({c.name: c.aliases for c in roster.characters})
    openers: dict[str, set[str]] = {}  # roster character -> the first words of their names and aliases
    for f, r in index.forms.items():
        openers.setdefault(r, set()).add(f[0])
    owner: dict[str, str] = {}
    for f, p in learned.forms.items():
        if f in index.forms:
            full = name_words(p)
            r = index.forms[f]
            if (
                len(full) >= 2
                and f == full[-1:]
                and full not in index.forms
                and learned.forms.get(full[:1]) == p
                and full[0] not in openers[r]
            ):
                continue  # only the shared family name, and the book calls them by a given name of their own
            owner.setdefault(p, r)
    for f, p in learned.forms.items():
        if f not in index.forms:
            index.add(f, owner.get(p, p))
    given: dict[str, set[str]] = {}
    for p, g in learned.gender.items():
        given.setdefault(owner.get(p, p), set()).add(g)
    for p, gs in given.items():
        if len(gs) == 1:
            index.gender.setdefault(p, gs.pop())
        # the book's people the roster makes one disagree ("Bernie" she, "Bernadette Costigan" he, from "Bernadette
        # Costigan had learned ... not to argue with a man about his hat", Night on Seacole): no gender from them,
        # the votes on the roster's character (`_gender`) or its titles decide
    return index


def _variant(span: str, lower: set[str]) -> str:
    """A mention as a name variant, without the sentence words the capitalised run swept up ("Let Pappy
    Jack" -> "Pappy Jack", "I'm Leonard Kellogg" -> "Leonard Kellogg"); titles stay ("Mr. Holloway")."""
    words = span.split()
    while len(words) > 1:
        w = words[0].casefold().rstrip(".")
        if w in TITLES or not (w in lower or words[0] in _STOP or re.match(r"i[’']", w)):
            break
        words = words[1:]
    return " ".join(words)


def _short_organisations(forms: dict[tuple, Evidence], kinds: dict[tuple, str]) -> None:
    """ "the Board" in a book that names "the Drainage Board", "the Company" beside "the Chartered Zarathustra
    Company" (Tollhouse, Little Fuzzy): the last word of an organisation's name, written "the X" in most of
    its uses and hardly ever as a person ("the Board said"), is that organisation, not a place or a thing."""
    last = {f[-1] for f, k in kinds.items() if k == "organisation" and len(f) > 1}
    for f, k in kinds.items():
        ev = forms[f]
        if (
            len(f) == 1
            and f[0] in last
            and k in ("place", "thing", "kind", "unknown")
            and ev.the >= 0.5 * ev.n
            and ev.person + ev.vocative + ev.titled < max(2, 0.15 * ev.n)
        ):
            kinds[f] = "organisation"


#: A word used as a whole noun phrase's noun: after a determiner, before a stop, a preposition or a verb ("a radio
#: between them", "the cinema was full", "to the hospital."), not an adjective before one ("the old man").
_HEAD_NOUN = re.compile(
    r"\b(?i:the|a|an|his|her|their|its|our|my|your|this|that)\s+([a-z][a-z\-]+)"
    r"(?=\s*[.,;:!?]|\s+(?:of|in|on|at|to|from|with|between|for|by|under|over|into|was|is|had|has|and|or)\b)"
)


def _headed_by_a_noun(texts: list[str], forms: dict[tuple, Evidence], kinds: dict[tuple, str], nouns: set[str]) -> None:
    """A name of two or more words that opens on a word the book uses as a common noun, never as a verb
    (`_common_nouns`) and as a whole phrase's noun (`_HEAD_NOUN`): "Radio Santa Rosa" beside "a radio between them"
    (The Glacier above Yungay); used twice or more, never doing or having what only a person does or has, names the
    thing the noun is. The head word comes first, as Spanish, Portuguese and station names put it ("Cinema Rex" beside
    "the cinema", The Winter of the Tulips; "Hospital Juárez" beside "the hospital", The Nineteenth of September);
    `_institution` reads it last ("Calder Salt Company"). Its other words are then no person's ("Santa Rosa" is no
    "Rosa" of the book's). Not a noun of a person, a post or a title before a name ("Assessor Penhallow", "Saint
    George"), nor a word set before several of the book's names, a form of address ("Mama Kendi" beside "Mama Kui"),
    nor a word that is itself someone's name ("Kit Laverty" beside "Kit said"). Over the 119 labelled texts it
    changes the people only of The Glacier above Yungay; the other names it reaches ("Camp Aguinaldo", "Room Seven")
    were no one's either way."""
    heads = {m.group(1) for t in texts for m in _HEAD_NOUN.finditer(t)} & nouns
    leads = Counter(f[0] for f in forms if len(f) >= 2)
    for f, k in kinds.items():
        ev = forms[f]
        if (
            len(f) >= 2
            and k == "unknown"
            and f[0] in heads
            and ev.n >= 2
            and not _acts_as_person(ev)
            and f[0] not in _PERSON_NOUNS
            and f[0] not in TITLES
            and not _AGENT_NOUN.search(f[0])
            and title_case(f[0]) not in _STOP
            and kinds.get(f[:1]) != "person"
            and leads[f[0]] == 1
        ):
            kinds[f] = "place" if f[0] in PLACE_WORDS else "organisation" if f[0] in ORG_WORDS else "thing"


def _named_after_a_family(forms: dict[tuple, Evidence], kinds: dict[tuple, str], lower: set[str]) -> None:
    """A family name the book gives a title ("Mr Maxted", "Mr. Holloway") followed by a word it also writes in
    lower case ("Maxted Wheels", "Rowley Cycles" in Kitty's Steps; "the Holloway Collection", "the Mallin Theory"
    in Little Fuzzy) names a firm, a collection or a theory called after that person, not the person: a full name
    puts the family name last. Only when the longer name itself never acts, speaks, is spoken to or takes a
    title, so it cannot take the person's mentions over ("Mr Maxted" is Cyril Maxted, not Maxted Wheels)."""
    for f, k in kinds.items():
        if len(f) != 2 or k not in ("person", "unknown"):
            continue
        family, ev = forms.get(f[:1]), forms[f]
        if family is None:
            continue
        if f[1] in lower and family.social >= 1 and not (ev.person or ev.vocative or ev.titled or ev.mind):
            kinds[f] = "thing" if ev.the >= 0.5 * ev.n else "organisation"  # "the Holloway Collection"; a firm
        elif _titled_family(family) and f[1:] not in forms and _never_acts(ev):
            kinds[f] = "organisation"
    for f, k in kinds.items():
        # the same the other way round: a common word before a titled family name ("House Danforth" beside "Lord
        # Danforth" in The Well at Maud) is a dynasty or a house named for the family, not a person's first name
        if len(f) != 2 or k not in ("person", "unknown") or f[0] not in lower or f[0] in TITLES:
            continue
        family, ev = forms.get(f[1:]), forms[f]
        if family is None or kinds.get(f[:1]) == "person":
            continue
        if _titled_family(family) and _never_acts(ev):
            kinds[f] = "organisation"


def _modified_names(forms: dict[tuple, Evidence], kinds: dict[tuple, str], lower: set[str]) -> None:
    """One name worn by two people, told apart by a common word the book puts before it each time ("Big Sam" and
    "Little Sam", "Big Sutty" and "Little Sutty", "Old Michael" and "Young Michael"): when one such pair is a person,
    the other, used twice or more, is a second person, not a kind ("Since Monday there has been a Little Sam": the
    article introduces the nickname, as "a dead Fuzzy" would a kind). A place ("Little Tobin" beside "Old Hennick")
    keeps its own reading: only a kind or an unknown is read again."""
    # resus-two ("a Little Sam" read as a kind beside the person Big Sam) and the-back-four (Big and Little Sutty,
    # two sisters, both persons already: the pair the rule reads)
    people: dict[str, set[str]] = {}
    for f, k in kinds.items():
        if len(f) == 2 and k == "person" and f[0] in lower and f[0] not in TITLES:
            people.setdefault(f[1], set()).add(f[0])
    for f, k in kinds.items():
        if (
            len(f) == 2
            and k in ("kind", "unknown")
            and f[0] in lower
            and f[0] not in TITLES
            and forms[f].n >= 2
            and people.get(f[1], set()) - {f[0]}
            and not forms[f].plural
        ):
            kinds[f] = "person"


def _titled_family(family: Evidence) -> bool:
    """A name the book gives a title in most of its uses ("Chief Adisa" 8 times in 11, "Mr Maxted"): a family name,
    or a name a person is known by only with their rank."""
    return family.titled >= 2 and family.titled >= 0.5 * family.n


def _never_acts(ev: Evidence) -> bool:
    """Used at least twice and never the subject of a person's verb, of thought or of speech, never titled, and spoken
    to at most once in its uses (a quote that is the name alone: "“Chief Adisa,” he says. “Adisa Homes.”"). With
    `_titled_family`: "Adisa Homes" beside "Chief Adisa" (The House on Bode Thomas: "Adisa Homes is a company",
    "Adisa Homes have made an offer"), "Maxted Wheels" beside "Mr Maxted" (Kitty's Steps): a firm named after the
    family, whose second word is never a name of its own, not that person's full name."""
    return ev.n >= 2 and not (ev.person or ev.titled or ev.mind or ev.said) and 2 * ev.vocative < ev.n


def _personifications(forms: dict[tuple, Evidence], kinds: dict[tuple, str], lower: set[str]) -> None:
    """A common word given a title ("Dame Nature", "King Laugh" in Dracula; "Mother Necessity" in The Time
    Machine; "the Chief Prosecutor" in Little Fuzzy) that never speaks, thinks or is spoken to, never takes
    "Mr", "Mrs" or "Dr" (a family name that is also a word: "Mr Brown") and is no word of a person's full
    name ("Rose" of "Rose Tyler"): a personification or a role, not a person."""
    in_names = {w for f, k in kinds.items() if len(f) > 1 and k == "person" for w in f}
    for f, k in kinds.items():
        ev = forms[f]
        if (
            k == "person"
            and len(f) == 1
            and f[0] in lower
            and f[0] not in in_names
            and ev.titled
            and not (ev.person or ev.vocative or ev.social)
        ):
            kinds[f] = "thing"


def _acronyms(forms: dict[tuple, Evidence], kinds: dict[tuple, str]) -> None:
    """A one-word name written in capitals in every one of its uses, some of them mid-sentence, and never with a
    title is an acronym ("NEPA takes light at nine o'clock" in The House on Bode Thomas; "the BBC", NPAS, IAS in
    the older books), not a person however it acts: a person's name in capitals is a transcript's speaker label,
    which opens its line ("RUUD:"), or comes with a rank ("PC ADEBAYO", "DCI MARSH" in Slack Water), and the book
    writes it in mixed case elsewhere."""
    for f, k in kinds.items():
        ev = forms[f]
        if k == "person" and len(f) == 1 and ev.n >= 2 and ev.caps == ev.n and ev.mid and not ev.titled:
            kinds[f] = "organisation"


def _people_named_like_places(forms: dict[tuple, Evidence], kinds: dict[tuple, str]) -> None:
    """ "Orla Quay", "Magistrate Quay" (a person whose surname is a place word): a name that ends in a place
    word is a place ("Fenn Lock", "Saltmarsh Road") unless it acts as a person ("Magistrate Quay was smaller
    than Tobin had imagined ... she had a stick") or opens with a person's name, and is never written after a
    preposition of place ("in Quay Street" keeps its street). Surnames that are place words are common ("Sydney
    Church" in Isaura Vell, where the title "Dr." already settles it); the second text is a test's ("Dennis
    Hill" beside "Castle Hill")."""
    for f, k in kinds.items():
        if k != "place" or len(f) < 2 or f[-1] not in INSTITUTION_WORDS or f[-1] in ORG_WORDS:
            continue
        ev = forms[f]
        if ev.place or ev.within or ev.goal or ev.the:
            continue
        first = forms.get(f[:1])
        person_first = kinds.get(f[:1]) == "person" and first is not None and first.person + first.vocative >= 2
        if (
            ev.n >= 2 and ev.person + ev.titled >= 1
        ) or person_first:  # an address in a letter is no vocative ("“17, Chatham Street,")
            kinds[f] = "person"


def _short_places(forms: dict[tuple, Evidence], kinds: dict[tuple, str]) -> None:
    """The first word of a place's name, used alone ("Seacole" beside "Seacole Ward": "on Seacole", "walked towards
    Seacole"), is that place when people are in it or go to it more often than anything a person does is said of it
    and it never takes a title ("Mr Lister" on a ward called Lister stays a man)."""
    firsts = {f[0] for f, k in kinds.items() if k == "place" and len(f) == 2}
    for f, k in kinds.items():
        if len(f) != 1 or k not in ("person", "unknown") or f[0] not in firsts:
            continue
        ev = forms[f]
        if ev.titled or ev.social or ev.mind or ev.said or ev.kind + ev.plural + ev.tongue >= ev.place:
            continue  # "English" beside "English Channel" is a tongue or a people's word ("in English", "an English")
        if ev.place + 0.5 * ev.goal >= 2 * max(1, ev.person + ev.vocative + ev.who):
            kinds[f] = "place"


def build_model(paragraphs: list[str], roster: Roster | None = None) -> CharacterModel:
    """The book's people and places, from its narrative paragraphs (and the roster when there is one)."""
    texts = [strip_emphasis(t) for t in paragraphs]
    forms, spelled, words = gather(texts)
    _attributive_uses(texts, forms)
    _typeset_and_named(paragraphs, texts, forms)
    _opened_clauses(texts, forms)
    _first_described(texts, forms)
    _limbs_mid_sentence(texts, forms)
    _call_headers(texts, forms)
    _coordinated_tongues(texts, forms)
    _coordinated_times(texts, forms)
    plurals = _plurals(words)
    plurals -= _namesakes(texts, words, plurals, forms)
    lower = _lower_case_words(texts)
    kinds = {f: classify(ev, f, {w.casefold() for w in plurals}, lower) for f, ev in forms.items()}
    _short_organisations(forms, kinds)
    _headed_by_a_noun(texts, forms, kinds, _common_nouns(texts))
    _named_after_a_family(forms, kinds, lower)
    _modified_names(forms, kinds, lower)
    _people_named_like_places(forms, kinds)
    _short_places(forms, kinds)
    _personifications(forms, kinds, lower)
    _acronyms(forms, kinds)
    if roster is not None:
        for term in roster.glossary:  # the user says what a glossary term is: never a person
            f = _form(term.split())
            if f in kinds and roster.kinds.get(term, "term") != "person":
                kinds[f] = roster.kinds.get(term) or "thing"
    index = _people_index(texts, forms, spelled, kinds, lower, roster)
    model = CharacterModel(forms=forms, from_roster=roster is not None, index=index)
    model.apostrophe = "’" if sum(t.count("’") for t in texts) > sum(t.count("'") for t in texts) else "'"
    model.addressed = addressed_only(forms, spelled, index, lower)
    _short_addressed_names(model.addressed, index)
    _narrator_nicknames(texts, model.addressed, index)
    model.ranks = _ranks(texts, index)
    model.lower_posts = _lower_posts(texts, index, model.ranks)
    if roster is None:
        _ranks_as_people(model.ranks, index, texts)
    model.people = _person_entities(texts, forms, index, lower)
    model.dead = _dead_before_the_story(texts, index)
    model.others = _other_entities(forms, spelled, kinds, set(index.forms), roster, lower)
    return model


#: A lower-case word after a determiner (used as a noun: "the hoodie", "his lanyards") or after a subject pronoun (used
#: as a verb: "she turned", "they wait").
_AS_NOUN = re.compile(
    r"\b(?i:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\s+([a-z][a-z\-]+)\b(?![’'])"
)
_AS_VERB = re.compile(r"\b(?i:he|she|they|we|I|it|you|who)\s+([a-z][a-z\-]+)\b(?![’'])")
_WORD_AFTER = re.compile(rf"({NAME_WORD_OR_INITIAL})\s+([a-z][a-z\-]+)\b(?![’'])")


def _common_nouns(texts: list[str]) -> set[str]:
    """Words the book uses as a noun (after a determiner: "the radio", "a hoodie") and never as a verb (after a
    subject pronoun: "she rose", "they radio")."""
    nouns: set[str] = set()
    verbs: set[str] = set()
    for t in texts:
        nouns.update(m.group(1) for m in _AS_NOUN.finditer(t))
        verbs.update(m.group(1) for m in _AS_VERB.finditer(t))
    return nouns - verbs


def _attributive_uses(texts: list[str], forms: dict[tuple, Evidence]) -> None:
    """Count each name's uses right before a word the book uses as a noun and never as a verb ("a Hanbit hoodie",
    "Daon lanyards", "the Calder Vale supporters"): a company, a club, a game or a brand modifies a noun as an
    adjective does; a person's name is followed by a verb ("Hanbit turned") or owns with "'s"."""
    nouns = _common_nouns(texts)
    for t in texts:
        for run in _runs(t):
            raw = [w for w, _, _ in run]
            while raw and (
                _bare(raw[0]).rstrip(".") in _STOP or _form(raw[:1])[0] in TITLES or CONTRACTION.match(raw[0])
            ):
                raw = raw[1:]
            if not raw or re.search(r"[’']s?$", raw[-1]):
                continue
            m = _WORD_AFTER.match(t, run[-1][1])
            if m and m.group(2) in nouns and m.end(1) == run[-1][2]:
                ev = forms.get(_form(raw))
                if ev is not None:
                    ev.attributive += 1


def _opened_clauses(texts: list[str], forms: dict[tuple, Evidence]) -> None:
    """What the pronouns of a narration sentence a name opens say of it: an animal's parts ("Horace cracked a seed
    in his beak", "Mister Fowle walked ahead of us with his tail": `_BEAST_CLAUSE`, `Evidence.beast`), and "its"
    against "he"/"she" in its own clause (`Evidence.its`, `Evidence.gendered`); and an animal's noun the next sentence
    gives it ("Muzet went first. He was an old draught bull": `_PRONOUN_IS_ANIMAL`, `Evidence.beast`)."""
    for text in texts:
        previous: Evidence | None = None
        for sent in _SENT.findall(narration_only(text)):
            if previous is not None and _PRONOUN_IS_ANIMAL.match(sent):
                previous.beast += 1  # "Muzet went first with her sledge. He was an old draught bull"
            opened = _OPENING_NAME.match(sent)
            words = opened.group(1).split() if opened else []
            while words and (_bare(words[0]).rstrip(".") in _STOP or _form(words[:1])[0] in TITLES):
                words = words[1:]  # "Then Tiger came running ...", "Mister Fowle walked ahead of us ..."
            ev = previous = forms.get(_form(words)) if words else None
            if ev is None or not opened:
                continue
            ev.beast += _BEAST_CLAUSE.match(sent) is not None
            rest = _OWN_CLAUSE.split(sent[opened.end() :], maxsplit=1)[0]
            if not re.match(rf"\s*(?:and|,|&)\s+[{UPPER}]", rest):  # "Tom and the cart ...": two subjects
                ev.its += len(_ITS.findall(rest))
                ev.gendered += len(_GENDERED.findall(rest))


def _first_described(texts: list[str], forms: dict[tuple, Evidence]) -> None:
    """An animal's noun the book uses for the first time, opening a narration sentence (`_FIRST_ANIMAL`), after a
    sentence that names exactly one of the book's names and no animal: that name is the animal (`Evidence.beast`)."""
    met: set[str] = set()
    for text in texts:
        told = narration_only(text)
        sentences = [(m.start(), m.group(0)) for m in _SENT.finditer(told)]
        for (_, previous), (start, sent) in zip(sentences, sentences[1:], strict=False):
            opened = _FIRST_ANIMAL.match(sent)
            if opened is None or opened.group(1).casefold() in met:
                continue
            if {w.casefold() for w in _ANIMAL_WORD.findall(text[:start])} & {opened.group(1).casefold()}:
                continue  # met earlier in this paragraph
            if _ANIMAL_WORD.search(previous):
                continue
            named = set()
            for run in _runs(previous):
                words = [w for w, _, _ in run]
                while words and (_bare(words[0]).rstrip(".") in _STOP or _form(words[:1])[0] in TITLES):
                    words = words[1:]
                if words and _form(words) in forms:
                    named.add(_form(words))
            if len(named) == 1:
                forms[named.pop()].beast += 1
        met.update(w.casefold() for w in _ANIMAL_WORD.findall(text))


def _limbs_mid_sentence(texts: list[str], forms: dict[tuple, Evidence]) -> None:
    """A name inside a narration sentence whose own clause gives it a four-footed animal's limbs (`_LIMBS_AFTER`:
    "and Sonko got up and stretched his front legs"), counted as `_BEAST_CLAUSE` counts the sentence's opening name."""
    for text in texts:
        for sent in _SENT.findall(narration_only(text)):
            opened = _OPENING_NAME.match(sent)
            for run in _runs(sent):
                start, end = run[0][1], run[-1][2]
                if (opened and start < opened.end()) or not _LIMBS_AFTER.match(sent[end : end + 80]):
                    continue
                words = [w for w, _, _ in run]
                while len(words) > 1 and (_bare(words[0]).rstrip(".") in _STOP or _form(words[:1])[0] in TITLES):
                    words = words[1:]
                ev = forms.get(_form(words))
                if ev is not None:
                    ev.beast += 1


def _quoted_titles(texts: list[str], forms: dict[tuple, Evidence]) -> None:
    """A name quoted on its own mid-sentence (`_QUOTED_TITLE`) is a work's name, printed in quotes as others print it
    in italics, and counts as italics do."""
    for text in texts:
        for m in _QUOTED_TITLE.finditer(text):
            f = _form(m.group(1).split())
            if f in forms:
                forms[f].italic += 1


def _typeset_and_named(paragraphs: list[str], texts: list[str], forms: dict[tuple, Evidence]) -> None:
    """Evidence only the author's typography or a naming sentence shows: a name set in italics on its own
    (`_ITALIC_NAME`, read on the paragraphs with their emphasis marks) and a name given to an "it"
    (`_NAMED_IT`)."""
    for raw in paragraphs:
        if "*" not in raw and "_" not in raw:
            continue
        for m in _ITALIC_NAME.finditer(raw):
            f = _form(m.group(2).split())
            if f in forms:
                forms[f].italic += 1
    _quoted_titles(texts, forms)
    for text in texts:
        for m in _NAMED_IT.finditer(text):
            f = _form(next(g for g in m.groups() if g).split())
            if f in forms:
                forms[f].named_it += 1
        for m in _NAMED_AS_THING.finditer(text):
            f = _form(m.group(4).split())
            if f in forms and _named_noun(text[max(0, m.start() - 40) : m.start()], m.group(1), m.group(2), m.group(3)):
                forms[f].named_as += 1
        for m in _NAMED_AS_PLACE.finditer(text):
            f = _form(m.group(1).split())
            if f in forms:
                forms[f].named_place += 1
        _called_the_noun(text, forms)
        _made_voice(text, forms)
        _animals_beside(text, forms)
        for m in _IS_THING.finditer(text):
            f = _form(m.group(1).split())
            while len(f) > 1 and f[0] in TITLES:  # "The Halvard", "Mister Fowle is the Cordwell's cat"
                f = f[1:]
            if f in forms:
                forms[f].is_a += 1


def _animals_beside(text: str, forms: dict[tuple, Evidence]) -> None:
    """A name an animal's noun stands beside in the narration (`_ANIMAL_BESIDE`) counts as an animal's part would."""
    plain = narration_only(text)
    for m in _ANIMAL_BESIDE.finditer(plain):
        words = (m.group(1) or m.group(2)).split()
        while words and _bare(words[0]).rstrip(".") in _STOP:  # "On Margery the sheep": the sentence's first word
            if _ANIMAL_NOT_AFTER.search(words[0] + " "):
                words = []
            words = words[1:]
        if not words or _ANIMAL_NOT_AFTER.search(plain[max(0, m.start() - 12) : m.start()]):
            continue
        while len(words) > 1 and _form(words[:1])[0] in TITLES:  # "the cat, Mrs. Siddons"
            words = words[1:]
        f = _form(words)
        if f in forms:
            forms[f].beast += 1


#: A plural noun: an "s" ending but for the singular endings "-us", "-ss", "-is" ("a minibus called Doris", The Back
#: Four; "a walrus", "a compass", "a trellis").
_PLURAL_NOUN = re.compile(r"(?<!u|s|i)s$")


def _named_noun(prior: str, before: str, noun: str, relative: str | None) -> bool:
    """The noun a name is given to names an animal or a made thing: one of `_THING_NOUNS`, or any other singular common
    noun but a person's (`_PERSON_NOUNS`) or a place's (`_NAMED_AS_PLACE` reads those): "an actuarial model called
    Agnes", "the model is called Agnes" (Cold Ledger), "the long gyuto she calls Bertrand" (Fire on Twelve), beside the
    listed "The walk-in fridge is called Gerald" (Eighty Covers), "a foam bobbin known to regulars as Bobby" (The Back
    Four). "whom" names a person ("a mackintosh whom the Guv called Harold"); a plural is the subject of the calling
    ("the voles called the Weed-Rake"), and a person noun among the words before ("a cook in the kitchen named Pearl",
    "a tall girl with a very good weave called Chiamaka", The House on Bode Thomas) leaves the name to them: `before`
    holds the words between the determiner and the noun, `prior` the text before the determiner."""
    if _THING_NOUN.fullmatch(noun):
        return True
    words = before.split()
    prior_words = re.findall(r"[a-z]+", re.split(r"[.!?;]", prior)[-1].casefold())[-4:]
    return (
        relative != "whom"
        and len(noun) > 2
        and not _PLURAL_NOUN.search(noun)
        and noun not in _PERSON_NOUNS
        and not _AGENT_NOUN.search(noun)
        and not _PLACE_NAMED_NOUN.fullmatch(noun)
        and not any(w in _PERSON_NOUNS or w in _NOT_BEFORE_NOUN for w in words)
        and not any(w in _PERSON_NOUNS for w in prior_words if w not in _NOT_A_PERSON_BEFORE)
    )


def _made_voice(text: str, forms: dict[tuple, Evidence]) -> None:
    """A paragraph that says a voice was made ("she has a voice that was chosen by a committee in Stavanger", of the
    station's AI in Polar Low; "it was a voice designed so that you could not tell", of the police case system in Cold
    Ledger, `_MADE_VOICE`) is about the one whose voice it is, the first name its narration gives ("Haldis runs all
    of it ...", "Marguerite said it in the same voice she used for everything, ... and Mercer thought ..."): that
    name is marked (`Evidence.made_voice`), and if it speaks and never thinks it is a machine that talks
    (`made_thing`). The person who hears the voice comes after it."""
    if not _MADE_VOICE.search(text):
        return
    plain = narration_only(text)
    for run in _runs(plain):
        f = _form(_bare(plain[run[0][1] : run[-1][2]]).split())
        if f in forms:
            forms[f].made_voice += 1
            return


def _called_the_noun(text: str, forms: dict[tuple, Evidence]) -> None:
    """A name given with its noun as the verb's object (`_CALLED_THE_NOUN`): a thing's or a place's name. A
    possessive names the owner's house, not a new name of the owner: "Everybody calls the house Hattie's" (Cutter
    Grade), where Hattie is the woman who keeps it."""
    for m in _CALLED_THE_NOUN.finditer(text):
        if re.search(r"[’']s$", m.group(2)):
            continue
        f = _form(m.group(2).split())
        if f in forms and _THING_NOUN.fullmatch(m.group(1)):
            forms[f].named_as += 1
        elif f in forms and _PLACE_NAMED_NOUN.fullmatch(m.group(1)):
            forms[f].named_place += 1


def _call_headers(texts: list[str], forms: dict[tuple, Evidence]) -> None:
    """A quotation that opens as a radio call ("“Tjeld, Kilo One-Seven.”": `_CALL_HEADER`) between two names the book
    calls by at least twice each, neither a title nor a sentence word ("“Night, Sparrow.”"), is a call over the
    radio for both (`Evidence.radio`) when no radio word said so already."""
    for text in texts:
        for a, b in quoted_spans(text):
            said = text[a:b]
            m = _CALL_HEADER.match(said)
            if m is None or _RADIO.search(said):
                continue
            names = [m.group(1), m.group(2)]
            fs = [_form(n.split()) for n in names]
            if any(
                f not in forms or forms[f].vocative < 2 or set(f) & TITLES or _bare(n.split()[0]) in _STOP
                for n, f in zip(names, fs, strict=True)
            ):
                continue
            for f in set(fs):
                forms[f].radio += 1


def _lower_case_words(texts: list[str]) -> set[str]:
    """Words the book writes in lower case (a common word, not a name), except a name echoed right after
    itself ("Tick, tick, tick, like the sounder": a nickname repeated as the sound it comes from) when the
    book also uses the name on its own, twice or more ("Good Lord. Tick."); a cry that is only ever echoed
    ("Ulla, ulla, ulla") stays a word."""
    lower: set[str] = set()
    echoed: set[str] = set()
    for t in texts:
        for m in re.finditer(r"(?<![\w’'])[a-z][\w’'\-]*", t):
            w = m.group(0)
            before = t[max(0, m.start() - len(w) - 2) : m.start()]
            (echoed if before.casefold() == w + ", " else lower).add(w.casefold())
    for w in echoed - lower:
        alone = sum(
            len(re.findall(rf"(?<![\w’']){re.escape(w.capitalize())}(?![\w’'])(?!,\s+{re.escape(w)}\b)", t))
            for t in texts
        )
        if alone < 2:
            lower.add(w)
    return lower


def _people_index(
    texts: list[str],
    forms: dict[tuple, Evidence],
    spelled: dict[tuple, Counter],
    kinds: dict[tuple, str],
    lower: set[str],
    roster: Roster | None,
) -> PersonIndex:
    """Who is who: the name forms the book uses as people, their linked names (nicknames, former names,
    a narrator's self-naming, a full name used once), the roster's people over them, and their genders."""
    # a name form is a person unless the book's use of it says otherwise; a name with no evidence
    # either way is a person only as part of a person's full name ("Riebeek" in "Gerd van Riebeek")
    singles = {f[0] for f, k in kinds.items() if k == "person" and len(f) == 1}
    fulls = {f for f, k in kinds.items() if len(f) > 1 and (k == "person" or (k == "unknown" and set(f) & singles))}
    in_fulls = {w for f in fulls for w in f}
    exclude = {
        f
        for f, k in kinds.items()
        if k not in ("person", "unknown")
        or (k == "unknown" and f not in fulls and not (len(f) == 1 and f[0] in in_fulls))
    }
    index = PersonIndex.learn(texts, _STOP, exclude=exclude)
    index.lower_words = lower
    _narrator_links(texts, index, forms, spelled)
    _blended_full_names(index, forms, kinds, spelled, texts)
    for other, person, apposition in _links(texts, index):
        if person != "<narrator>" and name_words(other) and name_words(other) not in index.forms:
            index.add(name_words(other), person)
            if apposition:
                _name_in_full(index, person, other)
        elif person != "<narrator>" and _titled(other) and index.forms.get(name_words(other)) != person:
            # "called Dr Kessler" of a woman whose family name the index gives to another Kessler: the title
            # and the name together are hers ("Mrs Kessler" stays with the family name's owner)
            index.add(_form(other.split()), person)
        elif apposition and index.resolve(other) not in (None, person):
            dropped = _merge_people(index, index.resolve(other) or "", person, forms)
            _name_in_full(index, index.forms.get(name_words(other)) or "", dropped)
    _adopt_full_names(index, forms, kinds, spelled)
    _adopt_given_names(index, forms, kinds, spelled, texts, roster)
    _first_and_family_names(index, forms, kinds, spelled, texts)
    _married_names(texts, index)
    _evident_people(index, forms, spelled, kinds, lower, _titled_subjects(texts))
    _short_first_names(index, forms)
    _miss_and_mrs(texts, index)
    _posts(texts, index, forms, kinds, lower)
    _posts_before_family_names(index, forms)
    _identities(texts, index, forms, kinds)
    _short_names(index)
    _honorific_suffixes(index, forms, spelled)
    _given_names_before_family_names(texts, index, forms, kinds, lower)
    if roster is not None and roster.characters:
        index = _overlay_roster(index, roster)
    index.lower_words = lower
    index.address = _address_words(texts, index)
    index.posts = _one_word_posts(index, forms, kinds, roster)
    _shadows_and_things(index, forms, kinds, lower)
    index.settle_shared()
    index.share_names()
    if roster is not None:
        # a one-word alias the roster gives one character is that character's in every scene, even where the scene
        # names someone else by a fuller form holding the word ("Mercer" for the detective Abel Mercer beside his
        # dead aunt's "ROSA MERCER" on a hoarding, Cold Ledger): the user said whom the word means
        for c in roster.characters:
            for a in c.aliases:
                index.shared.pop(alias_words(a), None)
    votes = _gender_votes(index, texts)
    for person, tally in votes.items():
        g = index.gender.get(person)
        other = "she" if g == "he" else "he"
        if g in ("he", "she") and tally[g] <= 0.5 and tally[other] >= max(0.5, tally[g]):
            # the first reading (`PersonIndex.learn_gender`: any "his" in the sentence a name opens, whoever's it is)
            # guessed a gender the clause-by-clause votes give one possessive at most, and the other gender as much:
            # "Hester took the pot over and filled his cup" made the cook a man (The Long Drive North); unknown, then,
            # unless the votes say more
            del index.gender[person]
    index.gender.update(_gender_verdicts(votes))
    if roster is not None:
        for c in roster.characters:
            g = (c.pronouns or "").lower().split("/")[0].strip() or _titled_gender([c.name, *c.aliases])
            if g in ("he", "she"):
                index.gender[c.name] = g
    _titled_namesakes(index, texts, roster)
    return index


#: A name's next word when the name acts: a lower-case word after it ("Madame Vidal spent", "Mrs Ashdown had").
_ACTS_NEXT = re.compile(rf"\s+[{LOWER}]")


def _titled_namesakes(index: PersonIndex, texts: list[str], roster: Roster | None, min_uses: int = 2) -> None:
    """A gendered title before a one-word family name whose owner is of the other gender names someone else of
    that name, the owner's wife or husband, mother or son (`PersonIndex.mentions` gives the mention to no one):
    used `min_uses` times in the narration and once at least acting there ("Madame Vidal spent the half hour"), the
    titled name is that person, of the title's gender. "Madame Vidal", whose scenes open on it, is not Henri Vidal
    (The Rice Terraces at Moramanga); "Mrs Ashdown" is not Dan Ashdown (The Tollhouse Summer). A letter's "Dear Mr
    Hartigan" (Kitty's Steps) shows no one acting. With a roster the woman a man's family name is spoken to stays
    no one: the roster names the people."""
    if roster is not None:
        return
    uses: Counter = Counter()
    acting: Counter = Counter()
    for text in texts:
        told = narration_only(text)
        for m in _GENDERED_TITLE.finditer(told):
            words = name_words(m.group(2))
            if len(words) != 1 or told[m.end(1) : m.end(1) + 1] == "." and m.group(1).casefold() not in _ABBREV:
                continue
            said = TITLE_GENDER[m.group(1).casefold()]
            owner = index.forms.get(words)
            if owner and index.gender.get(owner, said) != said:
                uses[(m.group(1).casefold(), words[0])] += 1
                acting[(m.group(1).casefold(), words[0])] += bool(_ACTS_NEXT.match(told, m.end()))
    for (title, word), n in uses.items():
        form = (title, word)
        if n >= min_uses and acting[form] and form not in index.forms:
            shown = f"{title_case(title)} {title_case(word)}"
            index.add(form, shown)
            index.gender[shown] = TITLE_GENDER[title]


def _one_word_posts(
    index: PersonIndex, forms: dict[tuple, Evidence], kinds: dict[tuple, str], roster: Roster | None
) -> set[tuple[str, ...]]:
    """The one-word forms that name a person by the post they hold: those `_posts` and `_identities` found ("the
    Warden", "the Guv"), any other the book writes "the X" in most of its uses ("the Reeve", linked to the one
    who "had been Reeve for six years"), and a roster's aliases written with "the" ("the Reeve")."""
    posts: set[tuple[str, ...]] = {
        f
        for f in index.forms
        if len(f) == 1
        and (kinds.get(f) == "title" or (f in forms and forms[f].n >= 2 and forms[f].the >= 0.5 * forms[f].n))
    }
    for c in roster.characters if roster is not None else ():
        for a in c.aliases:
            f = alias_words(a)
            if len(f) == 1 and re.match(r"(?i)the\s", a.strip()) and f in index.forms:
                posts.add(f)
    return posts


#: Evidence that a name is something other than a person: where people are, a kind, a made thing, a god, a firm.
_NOT_PERSON_EVIDENCE = (
    "place",
    "within",
    "the",
    "kind",
    "plural",
    "part",
    "shown",
    "italic",
    "named_it",
    "named_as",
    "named_place",
    "is_a",
    "invoked",
    "radio",
    "firm",
    "room_of",
)


def _nickname_evidence(f: tuple[str, ...], ev: Evidence, kinds: dict[tuple, str]) -> set[str]:
    """What of `_NOT_PERSON_EVIDENCE` a one-word nickname written with its article in most of its uses does not count
    against it: "the" and the places it owns ("in the Flaca's room"), when `classify` reads it as a person and the
    narration lets it speak and act as one twice or more: "said the Flaca", "the Flaca came home", "knelt", "read" (The
    Funicular at Cerro Alegre), "the Güero" who speaks once and acts four times more (The Nineteenth of September);
    both were read as people and never listed where present, their verbs missing from `PersonIndex.learn`'s short
    list. A landmark or an idol written "the X" is never given speech ("The Tío owned everything inside the mountain":
    the clay devil of The Mine at Siglo Veinte), and a ship that talks is no person to `classify`."""
    if len(f) != 1 or kinds.get(f) != "person" or not ev.said or ev.person < 2 or ev.the < 0.5 * ev.n:
        return set()
    return {"the", "place"} if ev.place <= ev.owner_place else {"the"}


def _evident_people(
    index: PersonIndex,
    forms: dict[tuple, Evidence],
    spelled: dict[tuple, Counter],
    kinds: dict[tuple, str],
    lower: set[str],
    titled_subjects: frozenset[tuple[str, ...]] | set[tuple[str, ...]] = frozenset(),
) -> None:
    """People the run counts of `PersonIndex.learn` miss because the book names them too rarely or acting in
    words its short verb list lacks: a name the book's own evidence calls a person (it speaks, perceives,
    thinks, has a face, or a relative clause with "who" follows it: "Saul Treadgold, who had been standing", "said
    Ansel Bree", "Oskar Lindgren, who sold boots", "said Dunmore") and that nothing marks as anything else (no place
    preposition, "the", article, plural, italics, part of a made thing ...). A full name of two or three words needs
    one such use; a single word two uses mid-sentence and one acting ("who" alone follows a
    dog's name too: "Mabel, who sits"), and no known full name holding it (that word is the full name's to give).
    Read after the other ways the index joins names ("Clemency" and "Miss Ashby" by "Clemency Ashby"), which a
    full name added here would pre-empt. No word of it may be one the book writes in lower case, a title or a stop
    word."""
    held = {w for f in index.forms for w in f if len(f) >= 2}
    known = dict(index.forms)
    found: list[tuple[str, ...]] = []
    for f, ev in forms.items():
        if f in index.forms or kinds.get(f) not in ("person", "unknown") or not 1 <= len(f) <= 3:
            continue
        titled_full = f in titled_subjects and not any(g[-1:] == f[-1:] for g in known)  # no known family name
        blocking = set(_NOT_PERSON_EVIDENCE) - _nickname_evidence(f, ev, kinds)
        if ev.said and ev.place <= ev.home:
            blocking.discard("place")  # only ever at its own house ("At Bi Mariam's."), and speaks: a person
        if ev.person + ev.who + titled_full < 1 or any(getattr(ev, k) for k in blocking):
            continue
        if any(w in lower or w in TITLES or len(w) < 2 or title_case(w) in _STOP or w in INSTITUTION_WORDS for w in f):
            continue
        if 2 * ev.caps >= ev.n or not ev.mid:
            continue  # a heading's or a transcript label's capitals, or a word only ever opening a sentence
        if len(f) == 1 and (ev.n < 2 or not ev.person or ev.mid < 2 or f[0] in held):
            continue
        found.append(f)
    for f in found:
        # a word that is nobody's name before a name the index knows is a form of address ("Provost Amberley" beside
        # "Amberley" in The Quorum at Calloway, as "Master Rudd" beside "Pellam Rudd"): the one person of that name
        owners = {p for g, p in known.items() if g[-1:] == f[-1:]}
        if (
            len(f) == 2
            and f[:1] not in known
            and f[:1] not in found
            and len(owners) == 1
            and not _another_given_name(f, next(iter(owners)), forms)
        ):
            owner = owners.pop()
            index.add(f, owner)
            family = forms.get(f[1:])
            if (
                name_words(owner) == f[1:]
                and family is not None
                and family.titled >= max(1, 0.5 * family.n)
                and not _post_word(f[0], forms)
            ):
                # a family name the book mostly gives with a title ("PC Birkett") and a first name before it, not a
                # post: "a police officer called Lorna Birkett" is PC Birkett in full (a name the book uses bare,
                # "Amberley said", keeps it: "Provost Amberley" is a form of address)
                index.rename(owner, _shown(f, spelled))
        else:
            index.add(f, _shown(f, spelled))


#: A given and a family name after a rank or a title, the subject of a verb: "Major Ansel Tolliver got out of the Ford"
#: (The Flying Delgados), "Captain Farrukh Jamil blew on the tea", "Dr Anneke Vos was Dutch" (The South Col Letters);
#: not a list's "Mrs Grace Prothero, ninety-one." (a handover sheet, Night on Seacole).
_TITLED_SUBJECT = re.compile(
    rf"\b([{UPPER}][{LOWER}]+)\.?\s+([{UPPER}][{LOWER}][\w\-]+\s+[{UPPER}][{LOWER}][\w\-]+)\s+(?!(?:in|of|and|or|to)\b)[{LOWER}]"
)


def _titled_subjects(texts: list[str]) -> set[tuple[str, ...]]:
    """Name forms the narration writes once in full after a rank or a title, acting with whatever verb: the book names
    the one man or woman it gives the post so, and never again in full. Only where no known person has the family
    name (`_evident_people`): "Detective Sergeant Abel Mercer" is the "Mercer" of the rest of Cold Ledger."""
    out: set[tuple[str, ...]] = set()
    for text in texts:
        for m in _TITLED_SUBJECT.finditer(narration_only(text)):
            if m.group(1).casefold() in TITLES:
                out.add(_form(m.group(2).split()))
    return out


def _another_given_name(f: tuple[str, ...], owner: str, forms: dict[tuple, Evidence]) -> bool:
    """A first word before the family name of a person the book names in full with a given name of their own
    ("Raymond Gagnon" beside "Lucie Gagnon" in Fire on Twelve, "Josiah Sallow" beside "Agatha Sallow" in Keeping
    Agatha) is another given name: another member of the family, not a form of address. A post the book writes "the
    X" ("Provost Amberley") or a person known by the family name alone ("Amberley") leaves it a form of address."""
    words = name_words(owner)
    return len(words) >= 2 and words[-1:] == f[-1:] and words[0] not in TITLES | {f[0]} and not _post_word(f[0], forms)


#: Ranks and posts a person may be called by alone ("the Major", "the Chancellor", "the Sergeant", "the Professor"),
#: not a form of address anyone is given ("Sir", "Miss", "Mister", "Master"), a title of one gender, a kinship word
#: nor an abbreviation.
_RANKS = frozenset(
    t
    for t in TITLES
    if len(t) > 3
    and t not in TITLE_GENDER
    and t not in {"father", "mother", "sister", "brother", "auntie", "granny", "master", "mistress", "madame"}
)
#: "the Major" on its own, not the start of a longer name ("the Captain Foley", a pub; "the Chief Justice").
_RANK_USE = re.compile(rf"\b[Tt]he\s+([{UPPER}][{LOWER}]+)\b(?![’']s\s+[{UPPER}])(?!\s+[{UPPER}])(?!-)")


#: The gender of each kinship word `_KIN_USE` reads as a name.
KIN_GENDER = {
    "dad": "he",
    "father": "he",
    "grandad": "he",
    "gran": "she",
    "grandma": "she",
    "mother": "she",
    "mum": "she",
}
#: A kinship word used as a name: "Gran said", "Dad wants Gran to sell the house" (The Tollhouse Summer), not "my
#: Gran", "the Mother" (a god, The Hennick Blow) nor the start of a name ("Mother Ide").
_KIN_USE = re.compile(
    r"(?<![\w’'])(?<!the )(?<!The )(?<!my )(?<!My )(?<!his )(?<!her )(?<!our )(?<!your )"
    rf"(Dad|Father|Gran|Grandad|Grandma|Mother|Mum)(?![\w’'\-])(?!\s+[{UPPER}])"
)


#: A work named by a title, before "the X": "a painting of the Countess", "his picture of the Countess" (The Magpie
#: Job), as "the portrait of Isaura Vell" before a bare name (`_SHOWN_BEFORE`).
_WORK_OF_THE = re.compile(r"\b(?:portrait|painting|picture|canvas|statue|bust|sculpture)\s+of\s+the\s+$", re.I)
#: Handled and moved off or out of something, as an object is: "I take the Countess off the table", "We'd taken the
#: Countess out of the marble sink crate" (The Magpie Job), "lifted Margarethe onto her plinth" (tests). A verb of
#: handling alone ("took the Major and the girl", a helicopter; "took the Chancellor by the arm") says nothing here.
_MOVED_OFF = re.compile(r"^\s+(?:off|out\s+of|onto|down\s+from)\s+(?:the|a|an|her|his|its|my|our|their)\s")
#: A likeness the title owns: "the President's portrait in a gilt frame", "the President's photograph was on the front
#: of it" (The Yard at Jacmel), "the Lady's photo on the fridge" (The Biscuit Affair, the dead wife): its picture is
#: there, its holder is not.
_LIKENESS_AFTER = re.compile(r"^[’']s\s+(?:[a-z]+\s+)?(?:portrait|photograph|photo|picture|likeness|statue|bust)s?\b")


def _work_of_art(text: str, start: int, end: int) -> bool:
    """The title at text[start:end] ("the Countess") is used as a work of art is: where it hangs or stands, what is
    done to it (`_SHOWN_AFTER`, the evidence that makes a bare name a work: "Isaura lies in the crate" in Isaura
    Vell), a painting of it or its own likeness (`_LIKENESS_AFTER`), or handled and moved off or out of something."""
    before, after = text[max(0, start - 60) : start], text[end : end + 120]
    if _SHOWN_AFTER.match(after) or _WORK_OF_THE.search(before) or _LIKENESS_AFTER.match(after):
        return True
    return _HANDLED_BEFORE.search(before) is not None and _MOVED_OFF.match(after) is not None


def _ranks(texts: list[str], index: PersonIndex) -> dict[str, str]:
    """A rank or post the book writes "the X" and that speaks or perceives there at least twice ("“Evening,” says
    the Major", "The Major is walking" in The Long Carry; "the Chancellor was saying" in a court tale; "the
    Sergeant", "the Professor", "the Count") names a person, whom `PersonIndex.learn` never sees, since it strips
    titles from names: the one person the book names with that rank ("Sergeant Albert Quennell", "Count Dracula"),
    or, when it names nobody with it, the rank itself ("Major"). A rank several people hold is nobody's. So does a
    kinship word the narration uses as a name, acting twice ("Gran said", "Gran looked at them" in The Tollhouse
    Summer, as "Papa" in Cutter Grade, a word no kinship list holds): the person the teller calls so."""
    acts: Counter = Counter()
    kin: Counter = Counter()
    works: Counter = Counter()
    for text in texts:
        spans = quoted_spans(text)
        for m in _RANK_USE.finditer(text):
            rank = m.group(1).casefold()
            if rank in _RANKS and _work_of_art(text, m.start(1), m.end(1)):
                works[rank] += 1  # in speech too: "“A painting of the Countess. We delivered it.”"
            if rank not in _RANKS or any(a <= m.start() < b for a, b in spans):
                continue
            acts[rank] += 1
        for m in _KIN_USE.finditer(text):
            before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 80]
            if not any(a <= m.start() < b for a, b in spans) and (
                _ACTS_AFTER.match(after) or _SPEECH_BEFORE.search(before)
            ):
                kin[m.group(1)] += 1
    out: dict[str, str] = {w.casefold(): w for w, n in kin.items() if n >= 2}
    for rank, n in acts.items():
        if n < 2 or works[rank] >= 2:
            # a title a work of art is named by ("the Countess", a portrait: "I take the Countess off the table",
            # "The Countess hung on her wall") is no one in the scene, however much the narration lets it look
            continue
        holder = re.compile(rf"\b{rank.capitalize()}\.?\s+({NAME_WORD}(?:\s+{NAME_WORD})?)")
        holders = {p for t in texts for m in holder.finditer(t) if (p := index.resolve(m.group(1)))}
        if len(holders) == 1:
            out[rank] = holders.pop()
        elif not holders:
            out[rank] = rank.capitalize()
    return out


#: A post in lower case after "the", as the narration calls the one who holds it ("the judge let it go").
_POST_USE = re.compile(r"\b[Tt]he\s+([a-z]+)\b(?![’'\-])")


#: A post in lower case is someone there when the clause it opens is the scene's own: not after a conjunction that
#: puts it in another time or a reason ("when the captain came", "as the captain said", "before the captain told
#: him"), nor before a past perfect or a modal ("The captain had brought her round", "the captain would wake").
_NOT_HERE_BEFORE = re.compile(r"\b(?:when|as|before|after|until|till|since|because|if|unless|once|whenever)\s+$", re.I)
_OWN_VERB_AFTER = re.compile(r"^\s+(?!(?:had|would|will|could|might|should|must|may|has)\b)[a-z]")


def _acts_here(text: str, start: int, end: int) -> bool:
    """The lower-case post at text[start:end] opens a clause of the scene's present (`_NOT_HERE_BEFORE`,
    `_OWN_VERB_AFTER`): "the judge looked at him", not "when the judge came" or "the judge had said"."""
    return not _NOT_HERE_BEFORE.search(text[max(0, start - 12) : start]) and bool(
        _OWN_VERB_AFTER.match(text[end : end + 12])
    )


def _lower_posts(texts: list[str], index: PersonIndex, ranks: dict[str, str]) -> dict[str, str]:
    """A post the narration writes "the judge", "the captain" and lets speak, perceive or think at least twice ("the
    judge looked at him over her glasses", "the judge told him": The Whitcombe Verdict, where the judge is "Judge
    Coyle" once, in a note; "the captain said" beside "Captain Zharov" in The Name Day at Annushka) names the one
    person the book ever writes with that title, resolved to the person index where it holds them, else as written.
    Not where the book writes the post capitalised alone (`_ranks` reads that), in the plural or after "a" or
    "another" (several hold it: "the other captains", "a doctor"), nor where two people are named with it."""
    acts: Counter = Counter()
    for text in texts:
        spans = quoted_spans(text)
        for m in _POST_USE.finditer(text):
            word = m.group(1)
            if word in _RANKS and not any(a <= m.start() < b for a, b in spans) and _ACTS_AFTER.match(text[m.end() :]):
                acts[word] += 1
    out: dict[str, str] = {}
    whole = "\n".join(texts)
    for word, n in acts.items():
        if n < 2 or word in ranks or re.search(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ther)\s+{word}\b|\b{word}s\b", whole):
            continue
        named = {
            m.group(0)
            for m in re.finditer(rf"\b{word.capitalize()}[ \t]+({NAME_WORD}(?:[ \t]+{NAME_WORD})?)", whole)
            if m.group(1).split()[0] not in SENTENCE_OPENERS
        }
        holders = {index.resolve(re.sub(rf"^{word.capitalize()}\s+", "", h)) or h for h in named}
        if len(holders) == 1:
            out[word] = holders.pop()
    return out


#: What is said of someone dead, after their name ("Gary Whitcombe was dead", "Curtis Ward died", "Lem's funeral",
#: "Curtis Ward's body") or before it ("the late Mr Pruitt", "killed Curtis Ward", "the murder of Gary Whitcombe").
_DEAD_AFTER = re.compile(
    r"^(?:[’']s)?\s+(?:was|is|had\s+been|has\s+been|lay|lies)\s+(?:already\s+|long\s+|now\s+)?dead\b"
    r"|^\s+(?:had\s+)?died\b|^(?:[’']s)?\s+(?:\w+\s+)?(?:body|corpse|funeral|grave|murder|killing|death)\b"
)
_DEAD_BEFORE = re.compile(
    r"\b(?:the\s+late|killed|murdered|buried|(?:death|murder|killing|body|funeral|grave)\s+of)\s+$", re.I
)


def _dead_before_the_story(texts: list[str], index: PersonIndex) -> set[str]:
    """People the book says are dead at least twice, the first time in its first quarter: "Gary Whitcombe was dead"
    (The Whitcombe Verdict, whose trial is for his killing), "Curtis Ward died behind Ruby Mae's" (Plain Error), "Lem's
    funeral" (The Long Drive North). Whoever died before the story began is only ever talked about or remembered; one
    who dies in it is said so first later on (Big Mama in Out at Celestine, Thorkel in The Women of Stein). On the 56
    labelled books no person this finds is labelled present in any scene."""
    said: dict[str, list[int]] = {}
    offset = 0
    for text in texts:
        for m in index.mentions(text):
            if _DEAD_AFTER.match(text[m.end : m.end + 40]) or _DEAD_BEFORE.search(text[max(0, m.start - 30) : m.start]):
                said.setdefault(m.person, []).append(offset + m.start)
        offset += len(text) + 1
    return {p for p, at in said.items() if len(at) >= 2 and min(at) <= 0.25 * offset}


def _ranks_as_people(ranks: dict[str, str], index: PersonIndex, texts: list[str]) -> None:
    """A rank the book names nobody with, that acts on its own ("the Captain said", "The Captain woke": `_ranks`),
    is a person of the index too, so that whose mind a scene follows can be them (a POV character the book never
    names); as a post it names someone else before a name ("Captain Rudd")."""
    new = [r for r, p in ranks.items() if r in _RANKS and p == r.capitalize() and (r,) not in index.forms]
    if not new:
        return
    for r in new:
        index.add((r,), ranks[r])
        index.posts.add((r,))
    genders = _gender(index, texts)
    for r in new:
        if ranks[r] in genders:
            index.gender.setdefault(ranks[r], genders[ranks[r]])


def _titled_gender(names: list[str]) -> str:
    """he/she when a roster character's names carry gendered titles of one gender only ("Mr Lionel", "Mr Ashby");
    the user's titles outweigh the book's, which a family name shares ("Miss Ashby", his aunt, in A Week at
    Ottilie; "Mrs. Harker" beside "Mr. Harker" in Dracula), else ""."""
    said = {TITLE_GENDER[w] for n in names if (w := _form(n.split()[:1])[0] if n.split() else "") in TITLE_GENDER}
    return said.pop() if len(said) == 1 else ""


def _shadows_and_things(
    index: PersonIndex, forms: dict[tuple, Evidence], kinds: dict[tuple, str], lower: set[str]
) -> None:
    """What the person index must not read as a person: names of two or more words used twice or more for
    a place, an organisation or a thing (a kind of being may be a person's name: "Baby Fuzzy"), holding no
    person's full name ("the Kessler Line", "the *Josephine Achterberg*", "Castle
    Dracula"; not "the Honourable Arthur Holmwood"), and the names of things that take "she" as ships do:
    typeset or handled as made things (`made_thing`), or proper names always written "the X" ("the Halvard")."""
    people = set(index.forms)
    fulls = {f for f in people if len(f) >= 2}

    def holds_person(f: tuple) -> bool:
        return any(f[i:j] in fulls for i in range(len(f)) for j in range(i + 2, len(f) + 1))

    index.shadows = {
        f
        for f, k in kinds.items()
        if len(f) >= 2 and k in ("place", "organisation", "thing") and forms[f].n >= 2 and not holds_person(f)
    } - people
    index.things = {
        f
        for f, k in kinds.items()
        if made_thing(forms[f]) or (k == "thing" and forms[f].n >= 2 and not set(f) & lower and not holds_person(f))
    } - people


def _person_entities(
    texts: list[str], forms: dict[tuple, Evidence], index: PersonIndex, lower: set[str]
) -> list[Entity]:
    """People with their mention counts, the variants the book uses and the evidence of their forms."""
    people: dict[str, Entity] = {}
    for text in texts:
        for m in index.mentions(text):
            e = people.setdefault(m.person, Entity(m.person, "person"))
            e.count += 1
            e.variants[_variant(_bare(text[m.start : m.end]), lower)] += 1
    for name, e in people.items():
        e.gender = index.gender.get(name)
        ev = Evidence()
        for f, p in index.forms.items():
            if p == name and f in forms:
                ev.add(forms[f])
        e.evidence = ev.as_dict()
    return sorted(people.values(), key=lambda e: (-e.count, e.name))


def _other_entities(
    forms: dict[tuple, Evidence],
    spelled: dict[tuple, Counter],
    kinds: dict[tuple, str],
    person_forms: set[tuple],
    roster: Roster | None,
    lower: set[str],
) -> list[Entity]:
    """Everything else, by kind (a form that is part of a person's name is not listed again; nor a word the
    book writes in lower case that is capitalised mostly where a sentence starts)."""
    others: dict[tuple, Entity] = {}
    for f, k in kinds.items():
        ev = forms[f]
        if len(f) == 1 and f[0] in lower and ev.mid <= 0.5 * ev.n and not ev.place:
            continue  # a word capitalised where a sentence starts ("Tell me", "Time", "Write to me"): no term
        if k == "unknown" and forms[f].place >= 2 and f not in person_forms:
            k = "place"  # no person evidence and written after "in", "on", "at" ("on Barsoom")
        if k in ("person", "unknown") or f in person_forms:
            continue
        e = others.setdefault(f, Entity(spelled[f].most_common(1)[0][0], k))
        e.count += ev.n
        e.variants.update(spelled[f])
        e.evidence = ev.as_dict()
    if roster is not None:
        for p in roster.places:
            f = _form(p.split())
            others.setdefault(f, Entity(p, "place", count=forms.get(f, Evidence()).n, variants=Counter({p: 1})))
    return sorted(others.values(), key=lambda e: (-e.count, e.name))


def addressed_only(
    forms: dict[tuple, Evidence], spelled: dict[tuple, Counter], index: PersonIndex, lower: set[str]
) -> PersonIndex:
    """Names used mostly to address someone in speech that the person index does not hold: a pet name or
    nickname the narrator of a first-person chapter is called by and never calls themself ("Sparrow" in
    The Tollhouse Summer once its "called me Sparrow" is gone; "Pancho" and "Piet" in Little Fuzzy,
    "George" in The War of the Worlds are the same habit in third-person books).

    At least two vocatives, a third of the name's uses, twice away from a sentence start (not "“Hey, you"),
    never after a preposition, "the" or an article, never written in lower case anywhere in the book ("ulla,
    ulla" is a cry, "thou art" a verb), and no word of a known person's name ("Teller," to one of two Tellers).
    """
    known = {w for f in index.forms for w in f}
    out = PersonIndex()
    for f, ev in forms.items():
        if f in index.forms or set(f) & known or len(f) > 2 or set(f) & lower:
            continue
        after_word = ev.place + ev.goal + ev.the + ev.kind
        if _call_sign(ev) or made_thing(ev):  # a call sign; a ship's computer or a parrot talked to ("“Hollis,”")
            continue
        if ev.vocative >= 2 and ev.vocative >= 0.3 * ev.n and ev.mid >= 2 and after_word == 0:
            out.add(f, spelled[f].most_common(1)[0][0])
    return out


#: The name a group habitually calls the "I" (`OTHERS_CALL`): the name the narrator goes by.
_GOES_BY = re.compile(rf"{OTHERS_CALL}\s+me\s+[“\"‘]?({NAME_WORD})(?![\w’'])(?!\s+[{UPPER}])")


#: One person's habit of calling the "I" by a name, in the present tense: "Tamsin calls me Latch when she shouts up the
#: stairwell" (Cold Ledger), "He calls me Ammachi, as everyone does" (Below Sea Level). Not the past: "She called me
#: Pat, once, in February" (Contents of a House) is a mother's slip, not the name the narrator goes by.
_ONE_CALLS_ME = re.compile(
    rf"(?:(?<![\w’'])[{UPPER}][{LOWER}]+|\b[Hh]e|\b[Ss]he)\s+(?:still\s+|always\s+|only\s+)?calls\s+me\s+[“\"‘]?"
    rf"({NAME_WORD})(?![\w’'])(?!\s+[{UPPER}])"
)


def _narrator_nicknames(texts: list[str], addressed: PersonIndex, index: PersonIndex) -> None:
    """A one-word nickname the narration says a group calls the "I" ("the whole station was calling me Biscuit",
    Slack Water; "the riders called me Sparrow", Kitty's Steps), or one person habitually does (`_ONE_CALLS_ME`), that
    no person of the book holds is a name said to
    the narrator wherever it is said, even when it is also a common word the book writes in lower case ("a note of
    which biscuit the suspect had preferred"), which `addressed_only` would not take."""
    for text in texts:
        plain = narration_only(text)
        for m in [*_GOES_BY.finditer(plain), *_ONE_CALLS_ME.finditer(plain)]:
            words = name_words(m.group(1))
            if len(words) == 1 and words not in index.forms and m.group(1) not in _STOP:
                addressed.add(words, m.group(1))


def _one_starting_with(f: tuple[str, ...], index: PersonIndex, but: str | None = None) -> str | None:
    """The one person (other than `but`) whose first name starts with the one word of `f`, three letters or more, and
    is longer: "Clem" for Clemency Ashby, "Win" for Winifred Pike (A Week at Ottilie), "Ben" for Benedikt Roos
    (Isaura Vell), "Art" for Arthur Holmwood (Dracula); None when nobody's does or several people's do."""
    if len(f) != 1 or len(f[0]) < 3:
        return None
    firsts = {p: words[0] for p in index.persons if p != but and (words := name_words(p))}  # a post alone has none
    owners = {p for p, first in firsts.items() if len(first) > len(f[0]) and first.startswith(f[0])}
    return owners.pop() if len(owners) == 1 else None


def _short_names(index: PersonIndex) -> None:
    """A person the book knows by one short word that starts exactly one other person's first name ("Clem" beside
    Clemency Ashby, A Week at Ottilie; "Art" beside Arthur Holmwood, Dracula) is that person, unless the book gives the
    two different genders."""
    for short in sorted(index.persons):
        words = name_words(short)
        owner = _one_starting_with(words, index, but=short) if len(words) == 1 else None
        if owner is None:
            continue
        if len({index.gender.get(short), index.gender.get(owner)} - {None}) <= 1:
            index.rename(short, owner)


def _address_words(texts: list[str], index: PersonIndex) -> set[str]:
    """Capitalised words the book only ever sets right before another name, before three or more different names of
    which one at least is a person's own: "Don Chucho", "Don Rafa", "Don Jesús", "Don Efraín" (The Nineteenth of
    September), "Don Beto", "Don Ernesto", "Don Lencho" (Guadalupe Street), "Dona Constança", "Dona Leonor", "Dona
    Rosário" (The Magpie Job): a form of address in the book's own language, as "Mr" is, so "Don Chucho" is Chucho. A
    first name goes before one family name ("Frank Reyes") or stands alone; a name of its own (a person's one-word
    form, a family name) is no address; "Big", "Old", "Then" are written in lower case too. A parent's name after a
    child's ("Baba Tunde", the grandfather, beside "Baba Ibeji" in The House on Bode Thomas) is no address of the child:
    two such names are not enough."""
    held = {w for f in index.forms for w in (f if len(f) == 1 else f[1:])}
    after: dict[str, set[str]] = {}
    alone: set[str] = set()
    for text in texts:
        for run in _runs(text):
            words = _form(w for w, _, _ in run)
            alone.add(words[-1])
            for a, b in zip(words, words[1:], strict=False):
                after.setdefault(a, set()).add(b)
    return {
        a
        for a, names in after.items()
        if len(names) >= 3
        and len(a) > 1
        and a not in alone
        and a not in held
        and a not in index.lower_words
        and a not in TITLES
        and a not in _ABBREV  # "St. George" is a saint, not George Canon (Dracula)
        and any((b,) in index.forms for b in names)
    }


def _honorific_suffixes(index: PersonIndex, forms: dict[tuple, Evidence], spelled: dict[tuple, Counter]) -> None:
    """A person's name with a lower-case word hyphened to it is that person with an honorific or a kinship word:
    "Annamma-chechi", "Shibu-chetta", "Kunjumol-aunty" (Below Sea Level, Malayalam), "Tanaka-san", "Mori-sensei",
    "Sato-kun" (Japanese; a trap text written before the rule). The book never capitalises the suffix ("Weston-super-
    Mare" is no one), and the name before it names a person; a form read as a person of its own joins them. The name
    may hold a hyphen of its own: "Hye-jin-unnie", "Tae-ho-sunbae" (The Third Floor at Hanbit, Korean given names)
    are Hye-jin's and Tae-ho's, the longest head that names someone."""
    for f in forms:
        if len(f) != 1 or "-" not in f[0]:
            continue
        ways = spelled.get(f) or Counter()
        person = None
        for k in sorted((i for i, c in enumerate(f[0]) if c == "-"), reverse=True):
            person = index.forms.get((f[0][:k],))
            if person is not None and f[0][k + 1 :] and all(w[k + 1 :].islower() for w in ways):
                break
            person = None
        if person is None:
            continue
        own = index.forms.get(f)
        if own is None:
            index.add(f, person)
        elif own != person and [g for g, p in index.forms.items() if p == own] == [f]:
            index.rename(own, person)


def _short_addressed_names(addressed: PersonIndex, index: PersonIndex) -> None:
    """A name only ever used to address someone that is the start of exactly one person's first name ("Hal." /
    "Hallie Achterberg" in The Quorum at Calloway; "Gus" for Gustavus Brannhard in Little Fuzzy, "Ben" for
    Bennett Rainsford) is that person's short name, not another person (three letters or more)."""
    for f in list(addressed.forms):
        owner = _one_starting_with(f, index)
        if owner is not None:
            index.add(f, owner)
            del addressed.forms[f]


#: Nouns after "in the" / "at the" that are not places ("in the dark", "at the moment", "in the end").
_NOT_PLACES = frozenset(
    [
        "dark",
        "darkness",
        "air",
        "end",
        "way",
        "moment",
        "morning",
        "night",
        "evening",
        "afternoon",
        "light",
        "middle",
        "first",
        "same",
        "past",
        "future",
        "least",
        "case",
        "sun",
        "rain",
        "wind",
        "distance",
        "face",
        "eyes",
        "eye",
        "hand",
        "hands",
        "head",
        "mind",
        "time",
        "meantime",
        "back",
        "front",
        "centre",
        "center",
        "silence",
        "quiet",
        "noise",
        "sound",
        "voice",
        "dust",
        "cold",
        "heat",
        "sky",
        "open",
        "course",
        "world",
        "meanwhile",
        "direction",
        "act",
        "mood",
        "hope",
        "dream",
        "dreams",
        "memory",
        "name",
        "name's",
        "look",
        "sense",
        "habit",
        "manner",
        "order",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "day",
        "days",
        "week",
        "weeks",
        "year",
        "years",
        "while",
        "rest",
        "bottom",
        "top",
        "side",
        "edge",
        "one",
        "other",
        "others",
        "thing",
        "things",
        "matter",
        "word",
        "words",
        "way",
    ]
)
_COMMON_PLACE = re.compile(
    r"\b(?:in|into|inside|aboard|onto|across|through|at|on|from|out\s+of|down|up)\s+the\s+"
    r"((?:[a-z][a-z\-]+\s+)?[a-z][a-z\-’']+)\b"
)


def common_place(text: str) -> str | None:
    """The room or ground a passage keeps returning to ("in the galley" twice): "the galley"."""
    counts: Counter = Counter()
    for m in _COMMON_PLACE.finditer(narration_only(strip_emphasis(text))):
        phrase = m.group(1)
        head = phrase.split()[-1]
        if head in _NOT_PLACES or head.endswith(("ly", "ing")) or len(head) < 3:
            continue
        counts[head] += 1
    if not counts:
        return None
    head, n = counts.most_common(1)[0]
    return f"the {head}" if n >= 2 else None
