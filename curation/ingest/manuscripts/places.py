"""Where a scene happens: the place the narration puts its people in, not every place it mentions.

A scene names many places: where its people are ("Jonah lay in his bunk"), where they come from
("out of Kestrel Deep"), what the narrator explains ("the only reason anybody lived in Haldor Reach")
and what someone talks about ("Danny's two miles down the bank"). `scene_setting` scores each
candidate place by how the narration uses it, with speech blanked out:

- **presence**: a place after a preposition of place ("in the galley", "aboard the Meridian"), worth
  more after a verb of posture or arrival ("sat at the kitchen table", "went to the observation
  gallery", "came to the control deck", "parked in the yard"); "from" and "to" without such a verb are
  worth little (an origin, an errand, a letter's sender), and so is a named place that only says where a
  noun of the sentence is ("the engineers at Mercy had given him", "other men upon Mars", "a man in
  England"), unless the noun is one of time ("that night in Korad");
- **the scene's own description**: an opening sentence with the place as its subject ("The Tollhouse
  stood where the old road met the water", "The kitchen was the same as always"), and a short
  heading line before the prose ("Saturday, the kitchen table, ...", a letter's dateline "Ophelia,
  Colorado. June the 12th, 1881."), and in a diary the datelines of its entries ("August 28. Steptoe.": the place
  most of the chunk's entries were written in); later in the scene a room described as a sentence's subject ("The
  radio hut was one room, with a bench along one wall") counts as much as a bare preposition; a place that is itself the
  subject of a verb of being ("The house stood at the north end of the street") gives no weight of presence to
  the place around it (a named one stays: it is the scene's wider place);
- **the opening**: evidence in the first paragraphs counts double (a scene says where it is early);
- **repeated presence**: each further paragraph that puts people there adds a little.

Speech is not narration, nor is writing quoted in italics inside it ("the pencil had torn the paper: *They
are selling it in New York on my certificates.*"): what a note says is not where the scene's people are.

Candidates are the book's named places from the character model (never a person, an organisation
such as "the Board" or a kind of being) and common-noun places: a noun phrase whose head is a
room, building, vessel part or piece of ground ("the engine room", "his bunk", "the old pier") or a vehicle
people ride in, at half weight ("In the train to Exeter"; others are often seen in one: "the driver in the cab"), as
is open water (the sea around a deck or a shore is seen more than anybody is in it); a
piece of furniture names its room ("the kitchen table" -> "the kitchen"); a room written closed up ("bedchamber",
"sickbay", "storeroom") is one; a bed gives way to the room the scene's opening describes. The setting is the best
room or ground and the best named place ("the galley / the Meridian"), either alone when only one
has evidence, else the place the same POV character was in earlier in the chapter, else None: never a
chapter title, never a guess. Each setting carries a confidence (how clearly the best candidate won).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from .characters import ORG_WORDS, CharacterModel, Entity, a_time
from .names import SENTENCE_OPENERS, TITLES
from .text import (
    LOWER,
    MONTH_NAMES,
    NAME_WORD_OR_INITIAL,
    UPPER,
    narration_only,
    speaker_lines_as_speech,
    strip_emphasis,
    told_in_quotes,
    transcript_record,
)

#: Head nouns of places a scene can happen in (rooms, buildings, parts of a vessel, ground and water).
#: General English, not any one book's: a setting is "the kitchen" in a farmhouse novel and "the galley"
#: aboard a ship, and both are here.
_ROOMS_AND_GROUND = frozenset(
    [
        "room",
        "rooms",
        "kitchen",
        "scullery",
        "pantry",
        "parlour",
        "parlor",
        "lounge",
        "hall",
        "hallway",
        "corridor",
        "passage",
        "passageway",
        "gallery",
        "galley",
        "cabin",
        "cabins",
        "bunk",
        "berth",
        "bed",
        "bedroom",
        "bathroom",
        "deck",
        "bridge",
        "hold",
        "bay",
        "airlock",
        "cockpit",
        "lab",
        "laboratory",
        "office",
        "study",
        "library",
        "cellar",
        "basement",
        "attic",
        "loft",
        "stair",
        "stairs",
        "stairway",
        "stairwell",
        "landing",
        "porch",
        "veranda",
        "verandah",
        "terrace",
        "balcony",
        "garden",
        "gardens",
        "yard",
        "courtyard",
        "stable",
        "stables",
        "barn",
        "shed",
        "workshop",
        "garage",
        "shop",
        "store",
        "market",
        "square",
        "street",
        "streets",
        "road",
        "lane",
        "alley",
        "track",
        "path",
        "bank",
        "shore",
        "beach",
        "pier",
        "quay",
        "dock",
        "docks",
        "harbour",
        "harbor",
        "jetty",
        "wharf",
        "river",
        "lake",
        "sea",
        "ocean",
        "fen",
        "marsh",
        "moor",
        "moors",
        "field",
        "fields",
        "meadow",
        "wood",
        "woods",
        "forest",
        "jungle",
        "clearing",
        "hill",
        "hillside",
        "ridge",
        "valley",
        "cliff",
        "cliffs",
        "cave",
        "caves",
        "mountain",
        "mountains",
        "desert",
        "plain",
        "plains",
        "camp",
        "tent",
        "inn",
        "tavern",
        "pub",
        "bar",
        "church",
        "chapel",
        "cathedral",
        "temple",
        "abbey",
        "house",
        "cottage",
        "farmhouse",
        "manor",
        "castle",
        "tower",
        "palace",
        "hut",
        "cabin",
        "ship",
        "boat",
        "vessel",
        "station",
        "base",
        "colony",
        "city",
        "town",
        "village",
        "platform",
        "lock",
        "sluice",
        "canal",
        "ward",
        "infirmary",
        "hospital",
        "prison",
        "cell",
        "dungeon",
        "court",
        "courtroom",
        "school",
        "classroom",
        "hotel",
        "lobby",
        "vestibule",
        "foyer",
        "nursery",
        "chamber",
        "chambers",
        "quarters",
        "barracks",
        "hangar",
        "dormitory",
        "shaft",
        "tunnel",
        "mine",
        "pit",
        "crater",
        "ruins",
        "ruin",
        "shrine",
        "arena",
        "square",
        "plaza",
        "park",
        "lawn",
        "orchard",
        "beach",
        "dune",
        "dunes",
        "island",
        "reef",
        "grove",
        "glade",
        "heath",
        "swamp",
        "bog",
        "creek",
        "stream",
        "trench",
        "bunker",
        "compartment",
        "module",
        "habitat",
        "dome",
        "spine",
        "hull",
        "churchyard",
        "graveyard",
        "cemetery",
        "tomb",
        "vault",
        "crypt",
        "roof",
        "roofs",
        "rooftop",
        "rooftops",
        # mountain ground ("The glacier was quiet", "at the top of the gully", "beside the tarn")
        "glacier",
        "moraine",
        "gully",
        "crag",
        "tarn",
        "scree",
        "icefield",
        "snowfield",
        "airstrip",
        # rooms and outbuildings of a house, a farm or a town ("Dr Moss was in the conservatory", "went down to the
        # allotment")
        "conservatory",
        "larder",
        "cloakroom",
        "lavatory",
        "washroom",
        "greenhouse",
        "summerhouse",
        "boathouse",
        "warehouse",
        "factory",
        "bakery",
        "forge",
        "smithy",
        "vestry",
        "allotment",
        "allotments",
        "paddock",
        "farmyard",
        # a workroom, a mill and a raised way over water or marsh ("standing in the middle of the studio", "out along
        # the causeway"): labelled settings of Cold Ledger, Isaura Vell, The Magpie Job (studio); Keeping Agatha, The
        # Hennick Blow, The Lake of the Moon, The Wells of Oriel (causeway); Cutter Grade, The Name Day at Annushka
        # (mill)
        "studio",
        "mill",
        "causeway",
        # a dwelling, a shelter or a walled yard of houses ("back in the apartment", "into the compound", "inside the
        # shelter"): labelled settings of Guadalupe Street, The Nineteenth of September, The Garden in Shemiran
        # (apartment); The Pirogue at Guet Ndar, The Year of the Committee, The Rains in Arat Kilo (compound); The
        # Steppe at Bayan-Ovoo, The You of Rue Saint-Denis (shelter); Fire on Twelve, The Hill of the Samba (shack);
        # The Brewer's Winter, The Hill of the Samba (headquarters)
        "apartment",
        "compound",
        "shelter",
        "shack",
        "headquarters",
        # a works' or a school's eating room, a booth, a yard of buses, trams or stores, a walk round a convent's
        # garth ("The canteen was at the 540 level", "Aino in the kiosk", "back to the depot"): labelled settings of
        # The Ferry to Heimaey, The Four Days of EDSA, The Strike at Kiruna, The Tram to Bistrik (canteen); The Number
        # 46 Line, The Steppe at Bayan-Ovoo, The Strike at Kiruna (kiosk); The Kitchen on Rákóczi Street, The Long
        # Drive North, The Long Patrol, The Looms on Piotrkowska, The Tram to Bistrik (depot); The Bell at Saint
        # Ermelinde, The Mud at Santa Croce (cloister)
        "canteen",
        "kiosk",
        "depot",
        "cloister",
    ]
)
#: Vehicles people ride in ("In the train to Exeter", "we were alone in the carriage", "climbed into the cab"): places,
#: but ones the narration also sees others in ("the driver in the cab"), so they count at half weight and need a verb
#: of being or arrival, or the opening, to set a scene.
VEHICLES = frozenset(
    [
        "train",
        "carriage",
        "coach",
        "car",
        "cab",
        "taxi",
        "van",
        "truck",
        "lorry",
        "bus",
        "tram",
        "plane",
        "aeroplane",
        "airplane",
        "wagon",
        "cart",
        "sledge",
        "sleigh",
        "skiff",
        "barge",
        "yacht",
        "dinghy",
        "canoe",
        "raft",
    ]
)
PLACE_NOUNS = _ROOMS_AND_GROUND | VEHICLES
#: Open water: a place, but one a scene at sea or by it is seen in and around more than anybody is in it ("an animal
#: that has lain down in the sea", "a line of fire lying on the sea", "built to go down a davit into the sea" in Polar
#: Low; "riders strung out along the edges of the sea" of cattle in The Long Drive North; "looked at the sea" from a
#: doorway in The Loom at Delos), so, as a vehicle, it counts at half weight: the deck, the cabin or the shore the
#: narration also puts its people in comes first, and a scene told in the water still has nowhere else.
OPEN_WATER = frozenset(["sea", "ocean"])
#: Furniture and fittings: "the kitchen table" is the kitchen, "the galley wall" the galley.
_FITTINGS = frozenset(
    [
        "table",
        "tables",
        "door",
        "doors",
        "window",
        "windows",
        "wall",
        "walls",
        "floor",
        "ceiling",
        "counter",
        "sink",
        "stove",
        "range",
        "chair",
        "chairs",
        "bench",
        "desk",
        "console",
        "screen",
        "panel",
        "hatch",
        "gate",
        "corner",
    ]
)
#: Prepositions that put someone in a place, and those that only point at one.
_IN = frozenset(["in", "into", "inside", "aboard", "at", "onto", "within", "upon"])
_ON = frozenset(
    [
        "on",
        "across",
        "through",
        "along",
        "beside",
        "by",
        "near",
        "over",
        "under",
        "below",
        "beneath",
        "behind",
        "down",
        "up",
    ]
)
_TOWARD = frozenset(["to", "toward", "towards", "from"])
_UP_OR_DOWN = frozenset(["up", "down"])
#: Coming (or going home) up or down a place: the place is the way to where the narration is, not where anybody
#: stays (`_on_weight`); walking up or down one is still on it ("Hrolf walked away up the beach", The Women of Stein).
_ON_THE_WAY = frozenset(["came", "come", "comes", "coming", "home"])
#: Verbs of being somewhere: "sat down the hill from the house" is still there.
_AT_REST = frozenset(["sat", "sits", "sitting", "stood", "stands", "standing", "lay", "lies", "lying", "waited"])
_DET = frozenset(["the", "his", "her", "their", "my", "our", "its", "your", "this", "that", "a", "an"])
#: Verbs of posture, staying and arrival: what a person does *in* the place the scene is set.
_BEING = frozenset(
    [
        "sat",
        "sit",
        "sits",
        "sitting",
        "stood",
        "stand",
        "stands",
        "standing",
        "lay",
        "lie",
        "lies",
        "lying",
        "lain",
        "waited",
        "wait",
        "waiting",
        "knelt",
        "kneeling",
        "crouched",
        "crouching",
        "slept",
        "sleep",
        "sleeping",
        "lived",
        "live",
        "living",
        "worked",
        "working",
        "ate",
        "eating",
        "parked",
        "hung",
        "hanging",
        "leaned",
        "leaning",
        "huddled",
        "perched",
        "stayed",
        "stay",
        "remained",
        "remain",
        "was",
        "were",
        "is",
        "are",
        "been",
        "be",
        "am",
        "went",
        "go",
        "goes",
        "going",
        "came",
        "come",
        "comes",
        "coming",
        "walked",
        "walk",
        "walking",
        "ran",
        "run",
        "running",
        "stepped",
        "climbed",
        "hurried",
        "returned",
        "drove",
        "moved",
        "led",
        "crept",
        "wandered",
        "arrived",
        "arrive",
        "got",
        "get",
        "gets",
        "back",
        "down",
        "out",
        "up",
        "in",
        "inside",
        "over",
        "floated",
        "drifted",
        "swam",
        "waded",
        "slid",
        # the same told in the present ("Mrs Rudd lives over the post office", "he sleeps in the front room")
        "lives",
        "works",
        "sleeps",
        "waits",
        "stays",
        "remains",
        "kneels",
        "crouches",
        "leans",
        "hangs",
        "eats",
        "walks",
        "runs",
        "steps",
        "climbs",
        "hurries",
        "returns",
        "drives",
        "moves",
        "leads",
        "creeps",
        "wanders",
        "arrives",
        "floats",
        "drifts",
        "swims",
        "slides",
        "parks",
        # finding someone somewhere is being there too ("I found her in the scullery")
        "found",
        "find",
        "finds",
        "finding",
    ]
)
#: Nouns of time: "that night in Korad" puts the scene there, as "in Korad" would.
_TIME_NOUNS = frozenset(
    [
        "moment",
        "minute",
        "hour",
        "day",
        "night",
        "morning",
        "afternoon",
        "evening",
        "week",
        "month",
        "year",
        "season",
        "time",
        "summer",
        "winter",
        "spring",
        "autumn",
    ]
)
#: Verbs whose object is the place they reach: "reached the pier", "entered the hall".
_REACH = re.compile(r"\b(?:reached|entered|crossed|boarded|reaching|entering|crossing|boarding)\s+$", re.I)
_WORD = re.compile(rf"[{UPPER}{LOWER}][\w’'\-]*")
_SENT_SPLIT = re.compile(r"(?<=[.!?…])[”’\"]?\s+")
#: How many narration words count as the scene's opening.
OPENING_WORDS = 150


@dataclass
class Candidate:
    name: str  # as shown: "the engine room", "the Meridian", "Kestrel Deep"
    named: bool  # a proper name from the character model
    score: float = 0.0
    best: float = 0.0  # the strongest single piece of evidence
    paragraphs: set[int] = field(default_factory=set)  # paragraphs that put someone there
    why: list[str] = field(default_factory=list)


@dataclass
class SettingResult:
    setting: str | None
    confidence: float
    why: str
    scores: dict[str, float] = field(default_factory=dict)


_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Christmas|Easter|Whitsun|Michaelmas|"
    # "By the New Year", "over the New Year", "At New Year" (Cutter Grade, The Cresswell Papers, The Noodle House in
    # Tenma, The Same Tea, The Yingchun Gate)
    r"New\s+Year"
)


#: Languages and peoples English names without an "-ish" or "-ese" ending (`_a_language_or_people` reads those): "in
#: English", "the French were out there in the dark" are no place anybody is in.
_PEOPLES = frozenset(
    [
        *("french", "dutch", "welsh", "greek", "greeks", "czech", "czechs", "thai", "swiss", "german", "germans"),
        *("russian", "russians", "italian", "italians", "arabic", "arabs", "hebrew", "latin", "persian", "hindi"),
        *("urdu", "americans", "norse", "gaelic", "armenian", "armenians", "ukrainian", "hungarian", "romanian"),
        *("bengali", "swahili", "yoruba", "tamil", "malay"),
    ]
)


def _a_language_or_people(name: str) -> bool:
    """A name that is a language or a people ("English", "the French", "Yiddish", "the Portuguese"), which the
    narration puts things "in" ("said it in Yiddish", "in English") or speaks of as a crowd ("the English would come
    in"): one word, in `_PEOPLES` or ending in "-ish" or "-ese" (Spanish, Polish, Irish, Chinese, Japanese), not in
    "-fish" (the submarine Moonfish) or "parish"."""
    words = re.sub(r"^the\s+", "", name, flags=re.I).split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    w = words[0].casefold()
    return w in _PEOPLES or (
        len(w) >= 6 and w.isalpha() and w.endswith(("ish", "ese")) and not w.endswith(("fish", "parish"))
    )


def _a_being(e: Entity) -> bool:
    """A name the narration lets speak or bark ("said Gash Bekele", "Mực was barking") more often than it puts anybody
    in it, not counting "at X's" (a person's house): a person, an animal or a talking machine the model's place
    evidence caught ("at Gash Bekele's", The Year of the Committee; "in Dobbs's lamp", a drone, The Long Quiet of the
    Tessaly; "on Mực", a dog, The April of the Birds), never where a scene is. A talking vessel keeps its signs: people
    within it (Mercy, The Mercy Winter), its parts, rooms or italics, or "the" before its name most times (the Halvard,
    The Mercy Winter; the Ellen Grace). Being called by name is no sign: a radio calls a place ("Seacole Ward")."""
    ev = e.evidence
    acts = ev.get("said", 0) + ev.get("noise", 0)
    vessel = ev.get("within", 0) >= 2 or any(ev.get(k) for k in ("part", "room_of", "italic"))
    return (
        acts >= 2
        and acts > ev.get("place", 0) - ev.get("owner_place", 0)
        and not vessel
        and 2 * ev.get("the", 0) < ev.get("n", 0)
    )


def _a_peoples_word(e: Entity, peoples: set[str]) -> bool:
    """One word whose plural the book uses as a people ("in Norwegian" beside "the Norwegians were", The Reindeer Road;
    "Roman" beside "the Romans", The Wall at Vindolanda): their word or their tongue, not where anyone is. A ship or a
    landmark is "the X" most times, and its people are its crew ("the Amelia" beside "the Amelias", The Indefatigable
    Watch): it stays a place."""
    ev = e.evidence
    return len(e.name.split()) == 1 and f"{e.name.casefold()}s" in peoples and 2 * ev.get("the", 0) < ev.get("n", 0)


def _settable(model: CharacterModel) -> list:
    """The model's places a scene can be set in: not an organisation's short name ("the Board" beside
    "the Drainage Board", "the Authority"), not a name ending in an institution word of an organisation, not
    a day, a month or a feast ("on Thursdays"; `a_time`), not a language or a people ("in English", "the French":
    `_a_language_or_people`; The Night of the Fires, The Indefatigable Watch, The Tenement on Orchard Street; a
    people's word beside the people: `_a_peoples_word`)."""
    org_heads = {e.name.split()[-1].casefold() for e in model.others if e.kind == "organisation"}
    peoples = {e.name.casefold() for e in model.others if e.kind == "kind"}
    surnames = _family_names(model)
    out = []
    for e in model.places:
        words = e.name.split()
        if len(words) == 1 and (words[0].casefold() in org_heads or words[0].casefold() in ORG_WORDS):
            continue
        if _CALENDAR.fullmatch(e.name) or a_time(e.evidence):  # "on Thursdays", "since the Ides": never a place
            continue
        if _a_language_or_people(e.name) or _a_peoples_word(e, peoples):
            continue
        if _a_being(e) or _a_persons_name(e, surnames):
            continue
        out.append(e)
    return out


def _family_names(model: CharacterModel) -> set[str]:
    """The last words of the model's people's full names ("Holm" of "Ane Holm", "Bell" of "Ron Bell")."""
    return {p.name.split()[-1].casefold() for p in model.people if len(p.name.split()) >= 2}


def _a_persons_name(e: Entity, surnames: set[str]) -> bool:
    """A place of two words, the last a family name of the book's people, that nobody is "in" and that never takes
    "the": a person's full name that "at Anne Bell's" or "came with Mattias Holm" read as a place (The Night of
    Tracy beside Ron Bell; Polar Low beside Ane Holm), never where a scene is. A town is "in" its name, a ship takes
    "the", and "Port Stanley" or "Glen Iris" end in no family name of the book."""
    words = e.name.split()
    ev = e.evidence
    return (
        len(words) == 2
        and words[-1].casefold() in surnames
        and not ev.get("within", 0)
        and not ev.get("the", 0)
        and not any(ev.get(k) for k in ("part", "room_of", "italic", "named_place"))
    )


#: Heads a closed compound of a place ends in: "bedchamber" (The Well at Maud), "sickbay" (Thin Water), as "storeroom",
#: "boathouse", "workshop" do. Heads that end other words too ("yard": "lanyard"; "hold": "threshold") are left out.
_COMPOUND_HEADS = ("room", "chamber", "bay", "house", "hall", "loft", "shop", "cellar")


#: Counts before a hyphen make a measure, not a place: "a three-room flat", "the two-bay barn".
_COUNTS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "single", "double"])


def _place_noun(word: str) -> bool:
    """A place noun: one of `PLACE_NOUNS`, or one written closed up from a word of three letters or more and a
    place head (`_COMPOUND_HEADS`), or hyphenated so ("the school-house", The Bell at Saint Ermelinde; "the
    bathing-house", The Name Day at Annushka), not after a count ("a three-room flat")."""
    if word in PLACE_NOUNS:
        return True
    first, _, head = word.rpartition("-")
    if first and head in _COMPOUND_HEADS:
        return len(first) >= 3 and first.replace("-", "").isalpha() and first not in _COUNTS
    return word.isalpha() and any(word.endswith(h) and len(word) - len(h) >= 3 for h in _COMPOUND_HEADS)


#: Places whose "bed" is their floor or bottom, not a bed anyone lies in: "climbed into the wagon bed among the flour
#: sacks" (The Long Drive North), "down the bank into the creek bed" (Kessler Red), "the canal bed" (The Yingchun Gate).
_BEDDED = VEHICLES | frozenset(["creek", "river", "stream", "canal", "lake", "sea", "ocean"])


def _noun_phrase(words: list[str]) -> tuple[str, int] | None:
    """The place a lowercase noun phrase names, or None: "engine room" -> "engine room", "kitchen table" ->
    "kitchen", "little room under" -> "little room", "bank shouting" -> "bank", "darkened corner" -> None,
    "ship's doctor" -> None (a person of the place, not the place). With the number of words it used."""
    phrase: list[str] = []
    for w in words[:3]:
        lw = w.casefold()
        if (
            not w[:1].islower()
            or lw in _IN
            or lw in _ON
            or lw in _TOWARD
            or lw in _DET
            or lw in ("and", "or", "of", "with", "where", "when", "while", "that", "which", "who", "as")
        ):
            break
        phrase.append(lw.replace("’", "'"))
    for k, raw in enumerate(phrase):
        w = raw.removesuffix("'s")
        if not _place_noun(w):
            continue
        nxt = phrase[k + 1].removesuffix("'s") if k + 1 < len(phrase) else None
        if nxt == "bed" and w in _BEDDED:  # "into the wagon bed", "into the creek bed": its floor, nobody's bed
            return " ".join([*phrase[:k], w]), k + 2
        if nxt is not None and _place_noun(nxt):  # "lock-keeper's cottage", "engine room": the later word is the head
            continue
        if raw.endswith("'s") and nxt is not None and nxt not in _FITTINGS:
            return None  # "the ship's doctor"
        return " ".join([*phrase[:k], w]), k + 1
    return None


def _opening_weight(offset: int, opening_end: int, first_sentence: bool) -> float:
    return 3.0 if first_sentence else 2.0 if offset < opening_end else 1.0


class _Scorer:
    def __init__(self) -> None:
        self.cands: dict[str, Candidate] = {}

    def add(self, name: str, named: bool, weight: float, para: int, why: str) -> None:
        c = self.cands.setdefault(name.casefold(), Candidate(name, named))
        c.score += weight
        c.best = max(c.best, weight)
        if weight >= 1.0:
            c.paragraphs.add(para)
        if why not in c.why:
            c.why.append(why)

    def ranked(self, named: bool) -> list[Candidate]:
        out = [c for c in self.cands.values() if c.named == named]
        for c in out:
            c.score += 0.5 * max(0, len(c.paragraphs) - 1)  # repeated presence through the scene
            c.paragraphs = set()
        # a tie goes to the place named first: a scene says early where it is ("brings me into the office",
        # then "out in the corridor" at the end)
        return sorted(out, key=lambda c: -c.score)


#: "the end of", "the window of": a part of a place, which takes the place's preposition.
_PART_OF = re.compile(r"(?:the|his|her|their|my|our|its|a)\s+(?:[a-z][\w’'\-]*\s+){0,2}?([a-z][\w’'\-]*)\s+of\s+$")
#: Clauses about somebody in general, not this scene's people: "anybody lived in Haldor Reach".
_GENERIC_SUBJECT = frozenset(
    ["anybody", "anyone", "everyone", "everybody", "nobody", "somebody", "someone", "people", "nothing"]
)
_NEGATION = frozenset(["not", "never", "no", "n't", "nor", "without"])


_AS_IF = re.compile(r"\bas\s+(?:if|though)\b", re.I)
_OPEN_CONDITION = re.compile(r"\b(?:if|unless)\b[^,:—“”\"]*$", re.I)
#: Looking at a place is not being in it: "looked up at the mountain", "stared at the Gatekeeper".
_LOOKED_AT = re.compile(
    r"\b(?:look|looks|looked|looking|stare|stares|stared|staring|glance|glances|glanced|glancing|gaze|gazes|gazed|"
    r"gazing|peer|peers|peered|peering|squint|squints|squinted)(?:\s+(?:up|down|out|back|over|across|round|around))?"
    r"\s+at\s+$",
    re.I,
)
#: A time away from the scene's own right after the place: "in the bar in Talkeetna a week later", "in Leeds two
#: years ago", "on the Brecon Beacons in 1965": told about, not where the scene's people are.
_ANOTHER_TIME_AFTER = re.compile(
    r"^[\s,]*(?:(?:a|an|one|two|three|four|five|six|some|many|several|the\s+next|the\s+following)\s+)?"
    r"(?:days?|weeks?|months?|years?|summers?|winters?|nights?|hours?)\s+(?:later|ago|earlier|before)\b"
    # a year: "cold on the Brecon Beacons in 1965" (The Long Carry), "a fire in Attercliffe in 1981" (Contents of a
    # House), "in Leipzig in 1908" (Halloran Street), "in Sluys in 1661" (Isaura Vell)
    r"|^[\s,]*in\s+(?:the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+)?[12]\d{3}\b"
)
#: A place inside what somebody thinks, remembers or says is not where the scene's people are, as a place in quoted
#: speech is not: "She thought of the spring at the second landing" (The Cinder Tithe), "I thought I was back in the
#: basement in Hackney" (Contents of a House), "I think about a man ... who came to the room" (The Dorothea), "She
#: thinks of ... the optio's eyes when he said that it was cold for a woman alone at the bottom of the hill" and "said
#: she should think about it ... alone in a brewhouse at the bottom of the hill" (The Brewer's Winter), "He said that
#: the trust ... a mobile telephone booster on the island" (Keeping Agatha), "The rabbits said the voles should come
#: and live on the hill" (Under Old Gregory). The verb comes before the place in the same clause (`_NEW_CLAUSE`).
_THOUGHT_OR_TOLD = re.compile(
    # "thought about it all morning in the cellar", "thought about that, sitting on the hull": the thought is named
    r"\b(?:thought|think|thinks|thinking|dreamed|dreamt|dream|dreams|dreaming)\s+(?:of|about)\b(?!\s+(?:it|that|this)\b)"
    r"|\b(?:remembered|remembers|remembering|recalled|recalls|imagined|imagines|imagining|pictured|pictures)\b"
    r"|\bthought\s+(?:that\s+)?(?:I|he|she|we|they|it)\s+(?:was|were|had|would)\b"
    r"|\b(?:said|says|saying|told|tells|telling|asked|asks|asking|wrote|writes|explained|explains|warned|promised)\s+"
    r"(?:(?:me|him|her|us|them|you)\s+)?(?:that|whether|if)\b"
    r"|\b(?:said|says|saying)\s+(?:(?:the|a|an)\s+)?[\w’']+\s+(?:should|would|could|must|might|ought|was|were)\b",
    re.I,
)
#: A place inside what somebody only wishes, means or is going to do is not where anybody is yet, as one inside an open
#: condition is not: "she wished him to have eaten well and slept in his own bed and walked over the fields" (The Name
#: Day at Annushka), "Tomorrow I am going to go down the hill to her brewhouse ... and stand in her yard" (The Brewer's
#: Winter); nor the consequence of a condition contrary to fact: "if I were a sensible girl, as she says, I would
#: marry ... and go and live in the district town" (Annushka). "going to the kitchen" is going there.
_WISHED_OR_MEANT = re.compile(
    r"\b(?:going|gonna)\s+to\s+(?!(?:the|a|an|his|her|my|their|our|its|your|this|that)\b)[a-z]+\b"
    r"|\b(?:wish|wishes|wished|want|wants|wanted|hope|hopes|hoped|plan|plans|planned|means|meant|intend|intends|"
    r"intended|long|longs|longed)\s+(?:(?:me|him|her|us|them|you)\s+)?to\s+(?!(?:the|a|an|his|her|my|their|our|its|"
    r"your|this|that)\b)[a-z]+\b"
    r"|\bif\s+(?:I|he|she|we|they|you|it)\s+(?:were|had)\b.*\b(?:would|could|should|might)\b",
    re.I,
)
#: A participle after a comma describes somebody where they are, whatever the clause before meant: "when I told him what
#: I meant to do, standing in the control room in his socks" (Polar Low).
_PARTICIPLE_AFTER = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+ing\b")
#: Where a thought or a report ends: a new main clause joined with its own subject ("I thought it would go straight
#: past us, and then the man in the back ... came up on the far side of the house", Below Sea Level); ", and that ..."
#: goes on with what was said.
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|so)\s+(?:then\s+)?(?=(?:the|a|an|he|she|I|we|they|it|his|her|my|our|their)\s)"
)
#: A name used as a time, not a place: a day of a month ("the Kalends of April", "the Ides of March", "on the Kalends
#: of every month"), a feast's eve or day ("on Midsummer Eve"), after a preposition only of time ("since the
#: Saturnalia"; not "before", "after" or "by", which also place things): The Brewer's Winter, Under Old Gregory.
_A_TIME_AFTER = re.compile(
    r"^\s+(?:of\s+(?:every|each|this|that|next|last|the\s+month|" + _CALENDAR.pattern + r")\b|(?:Eve|Day|Night)\b)"
)
_A_TIME_BEFORE = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$", re.I)
_AFTER_WHEN = re.compile(r"\b(?:when|after|once|until|till|before|since)\b(?:\s+[\w’']+){0,3}?\s+had\b", re.I)


#: Prepositions of going into a place: the noun before them is the way in, not a thing the place holds.
_INTO = frozenset(["into", "onto", "to", "toward", "towards", "through"])
#: Words that rank a thing among all of a place's: "the only place in Maud", "the last place in Maud".
_RANKING = frozenset(["only", "last", "first", "next", "same", "other", "one"])
#: Articles of a noun a named place says where it is: `_DET`, and the ones that say "any of them".
_NOUN_DET = _DET | frozenset(["every", "each", "any"])


def _of_noun(words: list[str], span_words: int) -> bool:
    """The words before a place (`words`, the last its preposition) end in an article and a noun of one or two
    words, in the same clause (`span_words` words of it), none a verb, a time, a place or a fitting: the place
    says where that noun is."""
    for size in (1, 2):
        if span_words < size + 2 or len(words) < size + 2 or words[-size - 2].casefold() not in _NOUN_DET:
            continue
        noun = [w.casefold() for w in words[-size - 1 : -1]]
        if size > 1 and (
            words[-size - 2].casefold() not in _DET - {"this", "that"}  # "so that most men in Maud": a conjunction
            or words[-1].casefold() not in ("in", "at")  # "listened to the rain start on Bertha's roof"
            or noun[-1].endswith(("ed", "ly"))  # "the men waited at Calder" has a verb
            or noun[0].endswith("est")
            or noun[0] in _RANKING  # "the only place in Maud where a king kneels" (The Well at Maud): one of it
            # "standing in a sugar shack in Frelighsburg" (Fire on Twelve): a place inside the named one
            or (len(words) > size + 2 and words[-size - 3].casefold() in _IN | _ON)
        ):
            continue
        if (size > 1 or words[-3].casefold() not in _DET) and words[-1].casefold() in _INTO:
            continue  # a way in: "slid down the long bore into the Hollow Moon" (Visions of Gaea)
        if all(w[:1].islower() for w in words[-size - 1 : -1]) and not any(
            w in _BEING
            or w in _TIME_NOUNS  # "that night in Korad", "the moment on Tate Hill Pier"
            or w in _IN
            or w in _ON
            or w in _TOWARD
            or w in _DET
            # a place or a fitting in the named place is where the scene is: "the house at the Crescent"
            or {w, w.removesuffix("s")} & (PLACE_NOUNS | _FITTINGS)
            for w in noun
        ):
            return True
    return False


#: Somebody seen or heard leaving along a place: "She listens to his steps going away down the corridor" (Isaura Vell);
#: not the scene's own people walking on ("Hrolf walked away up the beach", The Women of Stein).
_GOING_AWAY = re.compile(r"^[a-z]+ing\s+away$", re.I)
#: A place "below" the words that name it is looked down on from where the scene is: "Down in the square below, a man
#: in a dark green coat" from the tall west window of her room (The Widow Kell).
_BELOW_AFTER = re.compile(r"^\s+(?:far\s+)?(?:below|beneath)\b(?!\s+(?:the|a|an|his|her|their|my|our|its)\b)", re.I)


#: A verb of speech right before "to" (an object pronoun between): the place is spoken to, nobody goes there ("the
#: Citadel was saying so to the whole city", The Night of the Fires; "she called it to the kitchen").
_SPOKEN_TO = re.compile(
    r"\b(?:say|says|said|saying|speak|speaks|spoke|speaking|talk|talks|talked|talking|call|calls|called|calling|shout|"
    r"shouts|shouted|shouting|cry|cries|cried|crying|whisper|whispers|whispered|whispering|announce|announces|"
    r"announced|announcing|explain|explains|explained|explaining|sing|sings|sang|singing|write|writes|wrote|writing|"
    r"preach|preaches|preached|preaching)(?:\s+(?:so|it|this|that|something|nothing|everything|out|back))?$",
    re.I,
)


def _on_weight(prep: str, words: list[str], verbs: set[str], moved: bool) -> tuple[float, str]:
    """The weight of a place after "on", "along", "up" ... (`_ON`): more after a verb of being or arrival; little when
    somebody only comes up or down it, a way to where the scene is ("came up the hill on foot" to the ministry, "came
    down the hill to the Piazza", The Year of the Committee; "went home up the hill", The Biscuit Affair), or goes away
    along it."""
    if prep in _UP_OR_DOWN and verbs & _ON_THE_WAY and not verbs & _AT_REST:
        return 0.5, "on the way up or down it"
    # leaving along it, as away to a place: "She listens to his steps going away down the corridor" (Isaura Vell)
    if _GOING_AWAY.search(" ".join(words[-3:-1])):
        return 0.3, "going away along it"
    return (2.0, "on, after a verb of being or arrival") if moved else (1.0, "after a preposition of place")


def _inside_an_origin(prep: str, words: list[str], span_words: int) -> bool:
    """The words before a place (`words`, the last its preposition `prep`, "in" or "at") end in "from" and a noun
    phrase of up to four words with no verb, in the same clause (`span_words` words of it): the place only says where
    that origin is ("The trunk had come from his mother's house in Debre Berhan", The Year of the Committee; "Arthur had
    come in ... from a bungalow in Anlaby", Night on Seacole; "the lawyer was Bente Krog from the union office in
    Tromsø", Polar Low), and is an origin too."""
    if prep not in ("in", "at"):
        return False
    for size in (2, 3, 4, 5):
        if span_words < size + 1 or len(words) < size + 1 or words[-size - 1].casefold() != "from":
            continue
        phrase = words[-size:-1]
        if phrase[0].casefold() not in _NOUN_DET and not phrase[0].endswith(("'s", "’s")):
            return False
        return not any(
            w.casefold() in _BEING
            or w.casefold() in _IN
            or w.casefold() in _ON
            or w.casefold() in _TOWARD
            or w.casefold().endswith(("ed", "ing"))
            or w.casefold() in ("and", "or", "but", "where", "when", "who")
            for w in phrase[1:]
        )
    return False


def _preposition_weight(before: str, opening: bool = False, noun_place: bool = False) -> tuple[float, str] | None:
    """How strongly the words before a place put someone in it (None: they do not). `opening`: the
    scene's first paragraph, where a past perfect sets up the present ("Daniel Pryce had been watching
    the water since midnight"), so only a "had" right before the place marks an earlier time there."""
    vantage = False
    while (m := _PART_OF.search(before[-60:])) and m.group(1) not in PLACE_NOUNS:
        vantage = vantage or m.group(1) in _FITTINGS
        before = before[: len(before) - len(m.group(0))]
    words = _WORD.findall(before[-70:])
    if not words:
        return None
    prep = words[-1].casefold()
    if prep == "board" and len(words) >= 2 and words[-2].casefold() == "on":
        prep = "aboard"
    window = [w.casefold() for w in words[-5:-1]]
    # a negation or a general subject in the same clause ("nobody lived in", "did not go into"); not one
    # before a comma ("I said I'm not, and went up on the roof")
    clause_words = len(_WORD.findall(re.split(r"[,;:.!?…—]", before[-70:])[-1]))
    here = window[max(0, len(window) - (clause_words - 1)) :] if clause_words > 0 else []
    if _GENERIC_SUBJECT & set(here) or any(w in _NEGATION or w.endswith("n't") for w in here):
        return None
    # a comparison in the same clause is nowhere anybody is: "as if he were a noise in the next room", "as if she
    # were in a gallery" (The Dorothea), "as if it is standing in a kitchen" (The Long Carry), "as if the tyre shop
    # below had fallen into the river" (Halloran Street)
    if _AS_IF.search(re.split(r"[,;:.!?…—]", before[-120:])[-1]):
        return None
    # a condition still open is nowhere anybody is yet: "If she went up the Stair and gave back the water" (The Cinder
    # Tithe)
    if _OPEN_CONDITION.search(re.split(r"[.!?…;]", before[-120:])[-1]):
        return None
    # the verb in the same clause: not one before a colon or a dash ("finding me in other places: in the kitchen")
    span_words = len(_WORD.findall(re.split(r"[;:.!?…—]", before[-70:])[-1]))
    verbs = set(window[-3:][max(0, 3 - (span_words - 1)) :]) if span_words > 1 else set()
    moved = bool(verbs & _BEING)
    # a named place that only says where a thing or another person is ("the engineers at Mercy had given him",
    # "the man in the shop in Anchorage", "a restaurant in Lyon", "the bar in Talkeetna"): the preposition
    # follows "the"/"a" and a noun, with no verb between; worth no more than a destination. The noun may have a
    # word before it ("a law firm in Lisbon", The Magpie Job; "a lift engineer in Lowell", Cold Ledger; "the old men
    # in Ludlow") and "every" or "each" for its article ("every taxi in Lisbon").
    of_noun = noun_place and not moved and _of_noun(words, span_words)
    # a sentence in the past perfect is before the scene ("she had spent two nights in a chair ... in the
    # hospital in Anchorage"; "Everybody had warned him, ..., the man in the shop in Anchorage"), but not a
    # "had" in a clause of time before the main one ("When he had gone she sat in the wrecked office")
    clause = " ".join(window) if opening else re.split(r"[.!?…;]", before)[-1]
    clause = _AFTER_WHEN.sub(" ", clause)
    earlier = re.search(r"\bhad\b(?!\s+to\b)|\w[’']d\b", clause, re.I) is not None
    damp = 0.4 if earlier else 1.0
    if prep in _IN:
        w, why = (3.0, "in, after a verb of being or arrival") if moved else (1.5, "after a preposition of place")
    elif prep in _ON:
        w, why = _on_weight(prep, words, verbs, moved)
    elif prep in ("from", "through") and vantage:
        w, why = 3.0, "seen from inside it"
    elif prep in _TOWARD:
        if prep == "from" or (len(words) >= 2 and words[-2].casefold() == "out"):
            w, why = 0.3, "an origin"
        elif len(words) >= 2 and words[-2].casefold() == "away":
            # leaving the scene for it: "the footsteps go away towards the Staithe" (The Cullerby Wire), "a long lean
            # ship ... was climbing away towards Imogen" (The Dorothea), "drove him away to the coast"
            w, why = 0.3, "going away to it"
        else:
            addressed = _SPOKEN_TO.search(" ".join(words[-4:-1]))
            w, why = (2.0, "arrival") if moved and not addressed else (0.5, "a destination")
    elif _REACH.search(before[-30:]):
        w, why = 2.0, "reached or entered"
    else:
        return None
    if (of_noun or (not noun_place and _place_in_place(before))) and w > 0.5:
        w, why = 0.5, "where a noun of the sentence is"
    w, why = (0.3, "an origin") if w > 0.3 and _inside_an_origin(prep, words, span_words) else (w, why)
    return w * damp, why + (" (earlier: had)" if damp < 1 else "")


#: A sentence whose subject is itself a place, placed in a bigger one: "The house stood at the north end of the street"
#: (Kessler Red), "The police house stood at the top of Kiln Lane", "The mill stood on a shelf cut into the mountain",
#: "the survey station sat on the shelf": it says where that place is, not where anybody is.
_PLACE_SUBJECT = re.compile(
    r"(?:^|[.!?…][”’\"]?\s+)(?:The|A|An|Our|My|His|Her|Their|Its)\s+(?:[\w’'\-]+\s+){0,2}?([a-z][\w’'\-]*)\s+"
    r"(?:\w+ly\s+)?(?:stood|stands|lay|lies|sat|sits|was|is|were|are|perched|rose|rises)\s+(?:[a-z]+\s+){1,3}$"
)


def _place_in_place(before: str) -> bool:
    """The words before a place make it where the sentence's subject, itself a place, stands (`_PLACE_SUBJECT`)."""
    m = _PLACE_SUBJECT.search(before[-120:])
    return m is not None and m.group(1).casefold() in PLACE_NOUNS


#: What may stand between an opening place and its verb: the named place it is part of ("The galley of the *Adaline
#: Strand*", "The sickbay on the Constance Mirren"), as `_opening_subject` and `_HAD_OPENING` both read it.
_OF_NAMED = (
    rf"(?:\s+(?:of|on|aboard)\s+(?:the\s+)?\*?{NAME_WORD_OR_INITIAL}(?:\s+[{UPPER}{LOWER}][\w’'\-]*){{0,2}}?\*?)?"
)


def _opening_subject(sentence_start: bool, after: str, opening: bool = False) -> bool:
    """A place that opens a sentence and does something ("The Tollhouse stood", "The kitchen was"), in the
    past or the present ("St Brendan's smells of floor polish": a name that is itself a possessive). In the
    scene's first sentence, also what it had or had done ("The boathouse had belonged to a rowing club", Isaura
    Vell; "The sickbay on the Constance Mirren had one porthole", Thin Water); later only what it has ("The city
    had never trusted either" is its history, The Widow Kell)."""
    if opening and sentence_start and _HAD_OPENING.match(after):
        return True
    return sentence_start and bool(
        re.match(
            # "The galley of the *Adaline Strand* was not built for a Qell", "The bridge of the Harriet Lane was"
            # "The lobby of the Whitcombe tower was four storeys high" (Cold Ledger), "The sickbay on the Constance
            # Mirren had one porthole" (Thin Water)
            rf"{_OF_NAMED}"
            r"(?:[’']s\s+[a-z]+(?:\s+[a-z]+)?|[’']s)?\s+(?:\w+ly\s+)?(?:was|were|is|are|stood|stands|lay|lies|went|"
            r"goes|came|comes|rose|rises|sat|sits|looked|looks|seemed|seems|felt|feels|smelled|smelt|smells)\b"
            # what it has, not what it had done: "had one porthole", "has a bench along one wall"
            rf"|{_OF_NAMED}"
            r"\s+(?:had|has)\s+(?:a|an|one|two|three|four|no|only)\s",
            after,
        )
    )


_HAD_OPENING = re.compile(rf"{_OF_NAMED}\s+(?:had|has)\b")


#: The first sentence of a scene opening on a named place as its subject: "The Tamsin Yard had given the
#: Josephine a cradle in the quiet dock", "Calloway turned once every ninety-four seconds".
_SUBJECT_VERB = re.compile(r"(?:[’']s)?\s+(?:\w+ly\s+)?[a-z][\w’']*")
_NOT_VERB = frozenset(["and", "or", "of", "in", "on", "at", "to", "from", "with", "by", "for", "the", "a", "an"])


def _opens_scene(first_sentence: bool, before: str, after: str) -> bool:
    """The scene's first sentence has the place as its subject, whatever the verb (the place-as-subject
    openings of The Quorum at Calloway, Halloran Street, The Mercy Winter and The Tollhouse Summer all put
    the scene there)."""
    if not first_sentence or before.strip():
        return False
    m = _SUBJECT_VERB.match(after)
    return m is not None and m.group(0).split()[-1].casefold() not in _NOT_VERB


_NAMED_CACHE: list[tuple[CharacterModel, re.Pattern | None, dict[str, str]]] = []


def _named_places(model: CharacterModel | None) -> tuple[re.Pattern | None, dict[str, str]]:
    """One pattern for every spelling of the model's settable places (built once per book) and the
    place each spelling names."""
    if model is None:
        return None, {}
    for m, rx, variants in _NAMED_CACHE:
        if m is model:
            return rx, variants
    places = _settable(model)
    variants = {v.casefold(): e.name for e in places for v in {e.name, *e.variants}}
    spellings = sorted({v for e in places for v in {e.name, *e.variants}}, key=len, reverse=True)
    rx = (
        re.compile(r"(?<![\w’'])(?:(?:the|The)\s+)?(" + "|".join(re.escape(v) for v in spellings) + r")(?!\w|[’']\w\w)")
        if spellings
        else None
    )
    _NAMED_CACHE[:] = [(model, rx, variants), *_NAMED_CACHE[:3]]
    return rx, variants


#: A capitalised word after a named place's possessive "'s": the rest of the place's own name ("Ashling's Gap").
_POSSESSIVE_PLACE = re.compile(rf"([’'])s\s+([{UPPER}][{LOWER}][\w\-]*)\b(?![’'])")


def _whole_name(para: str, m: re.Match, name: str, model: CharacterModel | None) -> tuple[str, int]:
    """The named place `m` finds as the setting shows it, and where its name ends: the model's display, or the
    whole name when the place's word is the owner's half of it ("Ashling's Gap", "Maiden's Bottom" in The Hares of
    Hollin Down, "Fanny's Creek" in The Selector's Daughter, "Lincoln's Inn" in Dracula; not "Calder's Tomas")."""
    whole = _POSSESSIVE_PLACE.match(para, m.end())
    if whole and not (model and model.index.resolve(whole.group(2))):
        return f"{m.group(1)}{whole.group(1)}s {whole.group(2)}", whole.end()
    return (model.display(name) if model else name), m.end()


#: A room's door after its name, and "on" before it ("knocked on the bunkroom door", Kessler Red): whoever knocks is
#: outside the room; "sat at the tower door" is at the tower.
_AT_ITS_DOOR = re.compile(r"\s+doors?\b")
_KNOCKED_ON = re.compile(r"\b(?:on|upon)\s+$", re.I)


def _knocked_at_its_door(para: str, m: re.Match, used: int) -> bool:
    """The room `_COMMON`'s match `m` names (its first `used` words) is the one whose door someone knocks on."""
    end = m.start(1) + len(" ".join(m.group(1).split()[:used]))
    return _AT_ITS_DOOR.match(para, end) is not None and _KNOCKED_ON.search(para[: m.start()]) is not None


def _bodily(para: str, m: re.Match, np: str) -> bool:
    """The place noun `_COMMON`'s match `m` names (`np`) is part of somebody's body: "down her spine"."""
    return np.split()[-1] in _BODY_PARTS and para[m.start() : m.start(1)].strip().casefold() in _PERSONAL


_COMMON = re.compile(
    r"(?<![\w’'])(?=(?:the|his|her|their|my|our|its|your|The|His|Her|Their|My|Our|Its)\s+"
    r"((?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*))"
)


#: A room or building named by its owner: "Dr. Seward's study", "Lucy's room" (Dracula), "the Governor's office"
#: (Little Fuzzy), "Henderson's house" (The War of the Worlds).
_OWNED = re.compile(
    rf"(?<![\w’'])((?:(?:the|The)\s+)?(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[{UPPER}][{LOWER}][\w\-]*[’']s)\s+"
    r"((?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*)"
)
#: Places English names without an article after "in", "at", "on": "in bed", "on deck", "in hospital", "at sea".
_BARE_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Oo]n)\s+(bed|deck|hospital|harbour|harbor|port|sea|school|church|camp|town|prison|jail)\b"
    r"(?!\s+(?:of|with)\b|[’'\-])"
)


#: A date in a short line: a letter's or a diary's dateline ("Ophelia, Colorado. June the 12th, 1881.").
_DATE = re.compile(r"\b(?:" + _CALENDAR.pattern + r")\b|\b[12]\d{3}\b")
#: An italic run inside a paragraph: a name (a ship, a newspaper) when short, else words quoted from a
#: document or a thought ("pressed so hard that the pencil had torn the paper: *They are selling it in New York
#: on my certificates.*"; a log line copied into the narration).
_ITALIC_RUN = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")


def _without_quoted_writing(text: str, min_words: int = 4) -> str:
    """`text` with the italic runs of `min_words` words or more blanked inside paragraphs that also hold
    narration: what a note or a log says is not where the scene's people are. A wholly italic paragraph (a
    letter read out whole, a dateline) is kept."""
    if "*" not in text:
        return text
    out = []
    for para in text.split("\n\n"):
        runs = [m for m in _ITALIC_RUN.finditer(para) if len(m.group(1).split()) >= min_words]
        if runs and sum(m.end() - m.start() for m in runs) < len(para.strip()) - 2:
            para = _ITALIC_RUN.sub(lambda m: " … " if len(m.group(1).split()) >= min_words else m.group(0), para)
        out.append(para)
    return "\n\n".join(out)


def _heading_line(para: str) -> bool:
    """A short first line before the prose: no sentence ("Saturday, the kitchen table, everybody else in the
    yard"), or a letter's or a diary's dateline, which may end with a full stop: a date with its figures
    ("Ophelia, Colorado. April the 3rd, 1881."; not "It was the twenty-seventh of June.")."""
    if len(para.split()) > 15:
        return False
    dateline = _DATE.search(para) is not None and re.search(r"\d", para) is not None
    return dateline or not re.search(r"[.!?]\s*$", para.strip())


#: A person named as a clause's subject, being in or at the place right after: "Ano is in Leninakan still, in the
#: tents" (a letter, The Clock at Leninakan), "because Big Sam is in Majors with the boy" (Resus Two), "Anna is in
#: India. A letter came" (The Lane at Nallur): where someone else is, not the scene (a pronoun says nothing of who).
_SOMEONE_IS_IN = re.compile(
    rf"(?:^|[.!?…;:—]\s+|,\s+|\b(?:and|but|because|while|since|now|that)\s+)"
    rf"((?:{NAME_WORD_OR_INITIAL}\s+){{0,2}}{NAME_WORD_OR_INITIAL})\s+(?:is|was)\s+"
    r"(?:(?:still|now|away|already|back)\s+)?(?:in|at)\s+$"
)


def _someone_elses_place(before: str, model: CharacterModel | None, pov: str | None) -> bool:
    """The words before a named place make it where a person of the book other than the scene's POV is
    (`_SOMEONE_IS_IN`): a place that says where someone else is, not where the scene is. "Other" is by person
    (the model's resolution), not by the words of the names."""
    m = _SOMEONE_IS_IN.search(before[-80:])
    if m is None or model is None:
        return False
    words = m.group(1).split()
    who = next((" ".join(words[i:]) for i in range(len(words)) if model.person(" ".join(words[i:]))), None)
    if who is None:
        return False
    if pov is None:
        return True
    # the POV under another of the names the book gives them ("Dr Okafor", "Samuel" for Samuel Okafor) is the POV,
    # but not a name the model only resolves to them (a roster's short name "Sam" pulling in "Big Sam"); the words
    # are compared only when the POV is no person of the model
    pov_person = model.person(pov)
    if pov_person is not None:
        return model.person(who) is not pov_person or not _part_of_a_name(who, [pov_person.name, *pov_person.variants])
    return not set(who.casefold().split()) <= set(pov.casefold().split())


def _part_of_a_name(who: str, names: list[str]) -> bool:
    """`who`, less a sentence word the capture swept up ("Then Samuel"), is a run of the words of one of `names`: the
    capture starts after a dotted title ("Okafor" of "Dr. Okafor") or is one name of a full one ("Samuel" of
    "Samuel Okafor"). A word none of them has ("Big" of "Big Sam") makes it another name."""
    words = who.split()
    while len(words) > 1 and words[0] in SENTENCE_OPENERS and words[0].casefold() not in TITLES:
        words = words[1:]
    words = [w.casefold() for w in words]
    n = len(words)
    for name in names:
        have = [w.rstrip(".") for w in name.casefold().split()]
        if any(have[i : i + n] == words for i in range(len(have) - n + 1)):
            return True
    return False


def _weigh_named(
    scorer: _Scorer,
    name: str,
    para: str,
    span: tuple[int, int],
    k: int,
    opening_end: int,
    heading: bool,
    first_para: bool,
    model: CharacterModel | None,
    pov: str | None,
) -> None:
    """`_weigh` for a named place, unless the words before it say someone else is there (`_someone_elses_place`):
    then it counts as little as a place where a noun of the sentence is."""
    if not heading and _someone_elses_place(para[: span[0]], model, pov):
        scorer.add(name, True, 0.5, k, "where someone else is")
    else:
        _weigh(scorer, name, True, para, span[0], span[1], k, opening_end, heading, first_para)


def scene_setting(text: str, model: CharacterModel | None, pov: str | None = None) -> SettingResult:
    """Where `text` happens (see the module docstring); `setting` None when the narration does not say. `pov`: the
    scene's POV character, whose own whereabouts are the scene's, where another person's are not."""
    # a transcript's lines are speech, not narration
    plain = speaker_lines_as_speech(strip_emphasis(_without_quoted_writing(text)))
    nested = told_in_quotes(plain)  # a letter quoted whole: its text is the narration, its 'speech' the speech
    if nested:
        plain = plain.replace("“", " ").replace("”", " ")
    paras = [narration_only(p, single=nested) for p in plain.split("\n\n")]
    scorer = _Scorer()
    named_rx, variants = _named_places(model)
    common_rx = _COMMON  # a lookahead, so "the window of the cottage" also yields "the cottage"
    seen = 0
    first_prose = 0
    for k, para in enumerate(paras):
        opening_end = max(0, OPENING_WORDS - seen)
        words_here = len(para.split())
        heading = k == 0 and _heading_line(para) and not _DIARY_DATELINE.match(para)  # a diary: `_diary_places`
        if heading:
            first_prose = 1
        spans: list[tuple[int, int]] = []
        if named_rx is not None:
            for m in named_rx.finditer(para):
                name = variants.get(m.group(1).casefold())
                if name is None:
                    continue
                shown, end = _whole_name(para, m, name, model)
                spans.append((m.start(), end))
                _weigh_named(
                    scorer, shown, para, (m.start(), end), k, opening_end, heading, k == first_prose, model, pov
                )
        for m in common_rx.finditer(para):
            if any(a <= m.start() < b for a, b in spans):
                continue
            got = _noun_phrase(m.group(1).split())
            if got is None or _knocked_at_its_door(para, m, got[1]) or _bodily(para, m, got[0]):
                continue
            np, used = got
            end = m.start(1) + len(" ".join(m.group(1).split()[:used]))
            det = para[m.start() : m.start(1)].strip().casefold()
            np = " ".join(w for w in np.split() if w != "own")
            # "her father's front room" keeps its owner; "his bunk" is "the bunk"
            shown = f"{det} {np}" if "'" in np and det != "the" else f"the {np}"
            scale = 0.5 if np.split()[-1] in VEHICLES | OPEN_WATER else 1.0
            _weigh(scorer, shown, False, para, m.start(), end, k, opening_end, heading, k == first_prose, scale=scale)
        for m in _OWNED.finditer(para):
            if any(a <= m.start() < b for a, b in spans):  # "Kowalski's back room": the named place's own room
                continue
            got = _noun_phrase(m.group(2).split())
            if got is None or got[0].split()[-1] == "spine":  # "Joke's spine"; "the Far-Shooter's temple" is a god's
                continue
            np, used = got
            end = m.start(2) + len(" ".join(m.group(2).split()[:used]))
            _weigh(scorer, f"{m.group(1)} {np}", False, para, m.start(), end, k, opening_end, heading, k == first_prose)
        for m in _BARE_PLACE.finditer(para):
            # "I was in bed for three days", "the men on deck": a state as much as a place, so at half weight,
            # below a room the narration names with its article ("in bed" in "the room")
            if not any(a <= m.start(1) < b for a, b in spans):
                _weigh(
                    scorer,
                    f"the {m.group(1)}",
                    False,
                    para,
                    m.start(1),
                    m.end(1),
                    k,
                    opening_end,
                    heading,
                    k == first_prose,
                    scale=0.5,
                )
        seen += words_here
    _diary_places(plain, scorer, variants, model)
    return _decide(scorer, _vessels(model))


_MONTHS = rf"(?:{MONTH_NAMES})"
#: A diary entry's dateline naming where it was written, at the start of its paragraph: "August 21. Walla Walla."
#: (Kessler Red's field journal), "3 May. Bistritz.--Left Munich at 8:35 P. M." and "5 May. The Castle.--" (Dracula).
_DIARY_DATELINE = re.compile(
    rf"^\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?[.,]\s+"
    rf"((?:The\s+)?{NAME_WORD_OR_INITIAL}(?:\s+{NAME_WORD_OR_INITIAL}){{0,3}})\s*(?:[.,]|--|—|–)"
)
#: What the place a diary's entries were written in most is worth: more than a room one sentence puts someone in.
DIARY_WEIGHT = 6.0


def _diary_places(plain: str, scorer: _Scorer, variants: dict[str, str], model: CharacterModel | None) -> None:
    """A diary's entries are each set where their dateline says, a place of the book's model (an entry whose
    dateline names none goes on where the one before it was); the place most of the chunk's entry words were
    written in is the scene's, the others count as little as a mention."""
    words: Counter = Counter()
    current = None
    for para in plain.split("\n\n"):
        m = _DIARY_DATELINE.match(para)
        if m:
            raw = m.group(1)
            name = variants.get(raw.casefold()) or variants.get(re.sub(r"^The\s+", "", raw).casefold())
            # a place the book knows; "4 November. Evening." names a time
            current = model.display(name) if name and model else current
        if current:
            words[current] += len(para.split())
    if not words:
        return
    ranked = words.most_common()
    scorer.add(ranked[0][0], True, DIARY_WEIGHT, 0, "the diary's dateline")
    for name, _ in ranked[1:]:
        scorer.add(name, True, 1.0, 0, "another entry's dateline")


#: Somebody's knees, lap or hands right after a place noun: a thing held, not a place ("Saber was grinding coffee in the
#: brass mill between his knees", The Night of the Fires; "the boat on her lap").
_HELD_AFTER = re.compile(
    r"^\s+(?:between|in|on|across|over|under)\s+(?:his|her|their|my|your|our)\s+(?:knees|knee|lap|hands|hand|arms|fingers)\b",
    re.I,
)
#: Place nouns that are also parts of the body: after a person's possessive ("Joke's spine", "a chill down her spine",
#: The Hunger Winter; "the gun to his temple") they are the body's, not a place ("the spine" of a station stays one).
_BODY_PARTS = frozenset(["spine", "temple"])
_PERSONAL = frozenset(["his", "her", "their", "my", "our", "your"])


#: A noun named by a clause: "at the place the shepherds called ", "in a cut they called ", "at a farm named ".
_CALLED = re.compile(
    r"(\b(?:in|into|at|on|onto|inside|aboard|upon|within|to|toward|towards)\s+)(?:the|a|an)\s+(?:[\w’'\-]+\s+){1,4}?"
    r"(?:called|named|known\s+as)\s+$",
    re.I,
)


def _weigh(
    scorer: _Scorer,
    name: str,
    named: bool,
    para: str,
    start: int,
    end: int,
    k: int,
    opening_end: int,
    heading: bool,
    first_para: bool,
    scale: float = 1.0,
) -> None:
    before, after = para[:start], para[end : end + 40]
    if _HELD_AFTER.match(after):
        return  # a thing in somebody's hands or lap, not a place: "grinding coffee in the brass mill between his knees"
    offset_words = len(before.split())
    first_sentence = first_para and not re.search(r"[.!?…]", before)
    mult = _opening_weight(offset_words, opening_end, first_sentence)
    if heading:  # "Saturday, the kitchen table, everybody else in the yard": the first place named is where
        first = not any("heading" in c.why[0] for c in scorer.cands.values() if c.why)
        scorer.add(name, named, 10.0 if first else 3.0, k, "the scene's heading line")
        return
    if named and (_A_TIME_AFTER.match(after) or _A_TIME_BEFORE.search(before[-16:])):
        return  # a feast or a day of the calendar: "the Kalends of April", "since the Saturnalia", "Midsummer Eve"
    if named and (called := _CALLED.search(before[-90:])):
        # "at the place the shepherds called the Anvil" (The Cinder Tithe), "in the miners' hall at the town they called
        # Firstfall" (The Dorothea): the name takes the preposition of the noun it names
        before = before[: len(before) - len(called.group(0))] + called.group(1)
    got = _preposition_weight(before, opening=first_para, noun_place=named)
    if got is not None:
        w, why = got
        if _LOOKED_AT.search(before[-40:]):
            w, why = min(w, 0.3), "looked at"
        if _ANOTHER_TIME_AFTER.match(after):
            w, why = min(w, 0.3), "another time"
        if _BELOW_AFTER.match(after):
            w, why = min(w, 0.3), "looked at, below"
        clause = _NEW_CLAUSE.split(re.split(r"[.!?…;]", before)[-1])[-1]
        if _THOUGHT_OR_TOLD.search(clause):
            w, why = min(w, 0.3), "thought of or told of"
        elif (meant := _WISHED_OR_MEANT.search(clause)) and not _PARTICIPLE_AFTER.search(clause[meant.end() :]):
            w, why = min(w, 0.3), "only wished or meant"
        scorer.add(name, named, w * mult * scale, k, why)
        return
    sentence_start = not before.strip() or bool(re.search(r"[.!?…][”’\"]?\s*$", before))
    if _opening_subject(sentence_start, after, opening=first_sentence) and offset_words < opening_end:
        scorer.add(name, named, 2.5, k, "the opening describes it")
    elif _opening_subject(sentence_start, after) and not named:
        scorer.add(name, named, MID_DESCRIPTION, k, "the narration describes it")
    elif named and _opens_scene(first_sentence, before, after):
        scorer.add(name, named, 2.5, k, "the scene opens with it")
    elif named:
        scorer.add(name, named, 0.25, k, "mentioned")


#: A candidate needs one piece of evidence this strong (an "in"/"at", an opening that describes it):
#: mentions alone, however many, never make a setting.
MIN_SCORE = 1.5
#: A room described as a sentence's subject after the opening ("The radio hut was one room"): a setting on its own,
#: no more than a bare preposition ("in the kitchen") gives.
MID_DESCRIPTION = 1.5


#: Parts of a vessel: a scene in one of them is aboard the vessel the scene names ("the narrow bunk" aboard the
#: Rosalind in The Widow Kell, "the deck" of the Meridian in The Meridian Run).
VESSEL_PARTS = frozenset(
    ["deck", "hold", "galley", "bunk", "berth", "cabin", "bridge", "hull", "airlock", "cockpit", "compartment"]
)


def _vessels(model: CharacterModel | None) -> set[str]:
    """The model's places that show a vessel's signs (as the model shows them): owned, as a ship owns its rail and
    its berth ("the Dorothea's berth", "the Rosalind's rail"), twice, a made thing's part ("the Harriet Lane's
    airlock"), a room of it ("in the engine room of the *Josephine*") or set in italics."""
    if model is None:
        return set()
    return {
        model.display(e.name).casefold()
        for e in _settable(model)
        if e.evidence.get("owned", 0) >= 2 or any(e.evidence.get(k) for k in ("part", "room_of", "italic"))
    }


#: What a place gets from the narration that puts nobody in it: no verb of being or arrival, no description.
_BARE_EVIDENCE = (
    "after a preposition of place",
    "mentioned",
    "an origin",
    "a destination",
    "going away",
    "where a noun",
    "looked at",
    "another time",
)


#: What people lie in inside a room or a cabin.
_BEDS = frozenset(["bed", "bunk", "berth", "cot", "hammock"])


#: A room the narration does not name: any room at all ("his room" is shown as "the room" too).
_ANY_ROOM = frozenset(["the room", "the rooms"])
#: Rooms, and buildings one is inside of: what "the room" can stand for (not the harbour or the square outside it).
_INDOORS = frozenset(
    [
        *("room", "rooms", "kitchen", "scullery", "pantry", "parlour", "parlor", "lounge", "hall", "hallway"),
        *("corridor", "passage", "gallery", "galley", "cabin", "bedroom", "bathroom", "lab", "laboratory", "office"),
        *("study", "library", "cellar", "basement", "attic", "loft", "classroom", "courtroom", "ward", "cell"),
        *("chamber", "nursery", "lobby", "foyer", "vestibule", "conservatory", "larder", "cloakroom", "studio"),
        *("house", "cottage", "farmhouse", "shop", "store", "inn", "tavern", "pub", "church", "chapel", "hut"),
    ]
)


#: Ways between floors.
_STAIRS = frozenset(["stair", "stairs", "stairway", "stairwell", "staircase"])


def _weighty_one_first(rooms: list[Candidate], fits: Callable[[Candidate], bool]) -> list[Candidate]:
    """`rooms` with the first other candidate that `fits`, that someone is in or comes to (more than a bare
    preposition) and that has at least half the top one's weight, moved to the top; unchanged when none has. How a
    general place ("the room", "the stairs") gives way to the one the scene is in."""
    beside = next(
        (
            c
            for c in rooms[1:]
            if fits(c) and c.score >= rooms[0].score / 2 and not all(w.startswith(_BARE_EVIDENCE) for w in c.why)
        ),
        None,
    )
    return rooms if beside is None else [beside, *[c for c in rooms if c is not beside]]


def _decide(scorer: _Scorer, vessels: set[str] | frozenset[str] = frozenset()) -> SettingResult:
    every_named = scorer.ranked(True)
    rooms = [c for c in scorer.ranked(False) if c.best >= MIN_SCORE]
    named = [c for c in every_named if c.best >= MIN_SCORE]
    # a named place only behind a bare preposition, below the room's score: not one anybody sits, stands or arrives in
    weak_named = not named or (
        bool(rooms) and named[0].score < rooms[0].score and all(w.startswith(_BARE_EVIDENCE) for w in named[0].why)
    )
    if rooms and weak_named and rooms[0].name.split()[-1] in VESSEL_PARTS:
        # a vessel's part with no named place that people are in: the vessel the scene names, however it names it
        # ("the Rosalind's rail", "the Meridian was quiet"); also over a named place the narration gives less than
        # the part ("sitting on the deck" beside "a farm platform in the Imogen shallows", The Dorothea)
        aboard = [c for c in every_named if c.name.casefold() in vessels]
        if aboard:
            named = aboard[:1]
            named[0].why.insert(0, f"the vessel {rooms[0].name} is part of")
    if rooms and rooms[0].name.split()[-1] in _STAIRS:
        # stairs are a way between places: a scene that goes up or down them is set where they lead, another room or
        # ground it also puts someone in, with at least half the weight ("went down the stairs" then "out in the
        # lane", The Night of the Fires); before the bed's rule below, which may choose the stair a bed is by
        # ("the night stair" by the dormitory bed, The Bell at Saint Ermelinde)
        rooms = _weighty_one_first(rooms, lambda c: c.name.split()[-1] not in _STAIRS | _BEDS)
    if rooms and rooms[0].name.split()[-1] in _BEDS:
        # a bed is in a room: the room the opening describes is where the scene is, however long someone lies in
        # the bed ("The king's bedchamber was at the top of ..." then "the foot of the bed", The Well at Maud; "The
        # sickbay on the Constance Mirren had one porthole" then "in the bunk", Thin Water)
        described = [c for c in rooms[1:] if "the opening describes it" in c.why and c.name.split()[-1] not in _BEDS]
        # with no named place beside it, any room the scene puts its people in is where the bed is ("the narrow
        # bed" in the flat, Halloran Street; "the bed" in the dormitory, The Bell at Saint Ermelinde; "the narrow
        # bunk" in the cabin, The Widow Kell): a bed alone names no setting a reader would give
        other = [c for c in rooms[1:] if c.name.split()[-1] not in _BEDS] if not named else []
        if described or other:
            room = (described or other)[0]
            rooms = [room, *[c for c in rooms if c is not room]]
    if rooms and rooms[0].name.casefold() in _ANY_ROOM:
        # "the room" stands for whichever room the scene is in: a room or a building it also names (`_INDOORS`), that
        # someone is in or comes to, with at least half the weight, is that room by its own name ("up to the kitchen
        # window" beside "in the room", The Long Patrol; "went back into the house" beside "across the room", The
        # Townland of Carrigeen); not ground outside ("looked out past the harbour", The Widow Kell)
        rooms = _weighty_one_first(
            rooms, lambda c: c.name.casefold() not in _ANY_ROOM and c.name.split()[-1].casefold() in _INDOORS
        )
    scores = {c.name: round(c.score, 2) for c in (*rooms, *named)}
    picked = [x for x in (rooms[:1] + named[:1])]
    if not picked:
        return SettingResult(None, 0.0, "the narration puts nobody in a place", scores)
    best = max(picked, key=lambda c: c.score)
    rivals = [c.score for c in (rooms[1:2] + named[1:2])]
    runner = max(rivals, default=0.0)
    # clear winner with strong evidence: near 1; two near-equal candidates of one kind: near 0.5
    strength = min(1.0, best.score / 6.0)
    margin = best.score / (best.score + runner)
    conf = round(0.4 + 0.6 * strength * margin, 3)
    setting = " / ".join(c.name for c in picked)
    why = "; ".join(f"{c.name}: {', '.join(c.why[:2])}" for c in picked)
    return SettingResult(setting, conf, why, scores)


#: A transcript's header names where it was recorded: "TRANSCRIPT OF RECORDED INTERVIEW. Ansel Central Police
#: Station, Interview Room 3." (Isaura Vell), "TRANSCRIPT. Calloway Traffic Control, approach channel 4, recorded."
#: (The Quorum at Calloway).
_RECORD_HEADER = re.compile(
    rf"^[\W_]*[{UPPER}][{UPPER} ]+[.:]\s+((?:{NAME_WORD_OR_INITIAL}\s+){{0,5}}{NAME_WORD_OR_INITIAL})\s*[,.]"
)


def transcript_place(text: str, model: CharacterModel | None = None) -> str | None:
    """Where a transcript nobody narrates (`text.transcript_record`) was recorded, as its header says: the place
    after a capitalised heading ("TRANSCRIPT. Calloway Traffic Control, ..."), else the first of the book's places
    its header sentence names ("Transcript of an outside broadcast ..., from the summit of Kitty's Steps, Radnor
    Forest, ..." in Kitty's Steps)."""
    plain = strip_emphasis(text).lstrip()
    if not transcript_record(plain):
        return None
    m = _RECORD_HEADER.match(plain)
    if m:
        return m.group(1)
    named_rx, variants = _named_places(model)
    header = plain.split("\n\n", 1)[0]
    if named_rx is None or speaker_lines_as_speech(header, min_lines=1) != header:  # a header, not a first line
        return None
    # the transcriber's note on what the record marks or leaves out names no place it was made in
    header = " ".join(x for x in _HEADER_SENTENCE.findall(header) if not _TRANSCRIBERS_NOTE.search(x))
    for hit in named_rx.finditer(header):
        name = variants.get(hit.group(1).casefold())
        at = _HEADER_PLACE_BEFORE.search(header[max(0, hit.start(1) - 60) : hit.start(1)])
        if name is None or model is None or at is None:
            continue  # only where the header says it was recorded, not a name inside another ("BBC Welsh Home Service")
        owner = at.group(1)  # "Kitty's Steps": a place named after someone keeps its owner
        return f"{owner}{hit.group(1)}" if owner else model.display(name)
    return None


#: A sentence of a transcript's header.
_HEADER_SENTENCE = re.compile(r"[^.;!?]+[.;!?]*")
#: A transcriber's note in a transcript's header on how the record marks what it leaves out: "Transcribed from tape;
#: inaudible passages marked." (Keeping Agatha), "Passages lost to interference are marked." (Kitty's Steps), "Music
#: and the recitations in Quechua are noted, not transcribed." (The Glacier Above Yungay, whose "in Quechua" is no
#: place the programme was recorded in).
_TRANSCRIBERS_NOTE = re.compile(r"\b(?:marked|noted|not\s+transcribed)\b")
#: "from the summit of Kitty's Steps", "at Fenn Lock", "in the hangar at Caernarfon": a place the header puts it in.
_HEADER_PLACE_BEFORE = re.compile(
    r"\b(?:from|at|in|on|near|above|below|over|inside|outside)\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?"
    rf"([{UPPER}][\w\-]*[’']s\s+)?$"
)


@dataclass
class SettingTracker:
    """Settings across a book's chunks: a chunk whose narration names no place continues where the
    previous chunk of the same chapter and the same POV character was (at a lower confidence); one with no POV
    (a transcript, an unnamed "I") and no place of its own continues where the chapter's previous chunk was,
    whoever's it was: nobody's view moved it elsewhere."""

    last: dict[tuple, str] = field(default_factory=lambda: defaultdict(str))
    last_in_chapter: dict[object, str] = field(default_factory=dict)

    def setting(self, text: str, model: CharacterModel | None, chapter: object, pov: str | None) -> SettingResult:
        place = transcript_place(text, model)
        got = SettingResult(place, 0.7, "the transcript's header") if place else scene_setting(text, model, pov)
        key = (chapter, pov)
        if got.setting is None and self.last.get(key):
            got = SettingResult(self.last[key], 0.5, "continues where the chapter left this POV", got.scores)
        elif got.setting is None and pov is None and self.last_in_chapter.get(chapter):
            got = SettingResult(self.last_in_chapter[chapter], 0.4, "continues where the chapter was", got.scores)
        if got.setting:
            self.last[key] = got.setting
            self.last_in_chapter[chapter] = got.setting
        return got
