"""Tags for scenes and chunks: POV, narrative person, scene type, tension, characters, terms, setting.

Third-person POV is read by `pov` (whose inner life the narration reports, from narration only, with
the book's likely POV characters learned first); who is who comes from `people.PersonIndex`.
First-person scenes take the narrator named by a document heading ("Dr. Seward's Diary"), a heading
or chapter title that is wholly a person's name, or what the scene says about its "I" (`narrator`:
addressed by others, a self-introduction, a byline); never a chapter title that merely reads like a name.
Second-person scenes ("You take the 55 bus.") take the "you" the book's such scenes call by name
(`second_person`, `pipeline._second_person_you`).
When the evidence is weak the POV is None with its confidence, never a confident guess. With a roster, only
its POV characters are candidates.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .characters import KIN_GENDER, CharacterModel, absent_from, build_model
from .descriptions import learn_descriptions
from .names import SENTENCE_OPENERS, name_words, title_case
from .narrator import byline, narrator_evidence, record_maker
from .people import PersonIndex
from .places import SettingResult, SettingTracker
from .pov import (
    OMNISCIENT,
    SceneEvidence,
    antecedent_genders,
    book_prior,
    camera_eye,
    decide,
    listed_carrier,
    listed_mind_over_borrowed,
    mind_over_mindless,
    minds,
    omniscient,
    other_pronoun_mind,
    pronoun_breaks_tie,
    pronoun_prior,
    scene_evidence,
    score_scene_detail,
)
from .roster import Roster
from .second_person import told_in_second_person, you_count
from .structure import heading_name, title_after_number
from .text import (
    LOWER,
    UPPER,
    entry_record,
    form_record,
    log_record,
    narration_only,
    press_report,
    quoted_spans,
    read_out_as_narration,
    speaker_lines_as_speech,
    speaker_lines_unlabelled,
    strip_emphasis,
    told_in_quotes,
    transcript_lines_as_speech,
    transcript_record,
    without_quoted_documents,
    word_count,
)
from .type_layer import TYPE_LAYER, TYPE_LAYER_ALONE, TypeLayer
from .word_classes import class_counts, exchange_turns

_FIRST = re.compile(r"\b(?:I|me|my|myself|mine)\b|\bI[’']\w+")
_WE = re.compile(r"\b(?:we|us|our|ourselves)\b", re.I)
#: A scene whose narration says "we" this often and never "I" is told by a group (`_chorus`, `Tagger.pov`).
PLURAL_NARRATOR_MIN_WE = 10
#: Why such a scene has no POV: the passes that lend a book's "I" to unnamed scenes leave it alone.
PLURAL_NARRATOR = "first-person plural narrator, no one 'I'"


def _chorus(narration: str) -> bool:
    """A scene told by a group: its narration says "we" `PLURAL_NARRATOR_MIN_WE` times or more and never "I". Told
    densely (The Flying Delgados' "We had seen the Governor angry before", The Stair on Rua dos Remédios' "We had
    always called him o Bufo": "we" in 3-4% of the words) or sparsely, among the "he" and "she" of the members it
    watches (the courtyard telling the night of 9 April in The Courtyard on Leselidze Street: 18 "we" in 1,216 words
    beside 67 "he"/"she"); no third-person scene of the labelled books says "we" ten times without an "I"."""
    return not _FIRST.search(narration) and len(_WE.findall(narration)) >= PLURAL_NARRATOR_MIN_WE


#: Why a second-person scene has no POV yet: its "you" is named from the book's second-person scenes together.
SECOND_PERSON = "second-person narration"
#: The confidence of a first-person POV the text itself names (a self-introduction 0.85, a byline 0.85, a document
#: heading 0.95), above one read from a call (0.7) or carried from another scene (0.6): `Tagger.admit_narrators`
NAMED_NARRATOR = 0.85
_THIRD = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.I)
#: The commonest verbs of the narration's tense: a scene told in the present says "is", "has", "says"; in the past
#: "was", "had", "said" (`present_share`).
_PRESENT_AUX = re.compile(r"\b(?:am|is|are|has|does|says|isn[’']t|aren[’']t|hasn[’']t|doesn[’']t)\b", re.I)
_PAST_AUX = re.compile(r"\b(?:was|were|had|did|said|wasn[’']t|weren[’']t|hadn[’']t|didn[’']t)\b", re.I)


def present_share(narration: str) -> float | None:
    """The share of the narration's commonest verbs in the present tense (None: fewer than ten to tell)."""
    now, then = len(_PRESENT_AUX.findall(narration)), len(_PAST_AUX.findall(narration))
    return now / (now + then) if now + then >= 10 else None


#: A run of capitalised words: one name however many words it has ("Halloran Street", "St Brendan's").
_CAP_RUN = re.compile(rf"(?<![\w’'])[{UPPER}][{LOWER}][\w\-]*(?: [{UPPER}][{LOWER}][\w\-]*)*(?:[’']s)?(?![\w’'])")
_AT_SENTENCE_START = re.compile(r"(?:[.!?…:][”’\"]?\s+|[“\"‘(—]\s*|\n)\Z")
_STOP = SENTENCE_OPENERS | {
    "Afterward",
    "Afterwards",
    "Being",
    "Besides",
    "Captain",
    "Director",
    "Doctor",
    "Instead",
    "Lady",
    "Least",
    "Lord",
    "Madam",
    "Mister",
    "No-one",
    "Professor",
    "Twice",
    "Whatever",
}  # more openers and titles the tagger never takes for a name on their own


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


#: Physical action and motion (counted in narration only).
ACTION_WORDS = _words("""ran running leapt leaped jumped jumping grabbed seized snatched struck hit punched
kicked fired shot shooting slammed smashed crashed lunged dove dived ducked rolled threw hurled flung dragged yanked
pulled pushed shoved sprinted raced dashed fled chased charged swung spun twisted scrambled climbed fell falling
tumbled exploded burst shattered ripped tore screamed shouted yelled roared bellowed gasped stumbled staggered slid
skidded banked dropped lurched bucked jolted hammered pounded slashed stabbed bleeding killed kill attack attacked
attacking fight fought fighting battle sword gun rifle pistol knife throttle collapsed burning flames
snapped broke heaved hauled clung gripped clutched landed rushed sprang hurried galloped leaped grappled wrestled
dodged aimed blasted struggled struggling wrenched smashing crashing plunged hurtling hurled jerked shuddered
shuddering climbing veered plummeted tilted rattled rocked slewed swerved skimmed dove diving raced racing sped
bounced slammed hurtled shook shaking dragging grabbing throwing running leaping sprinting bang banged banging
knocked knocking cracked thudded""")
#: Past forms whose present is not the past less "-ed" ("ran" -> "runs"): what `present_forms` needs to read them.
_IRREGULAR = {
    "ran": "run",
    "leapt": "leap",
    "fled": "flee",
    "swung": "swing",
    "spun": "spin",
    "flung": "fling",
    "tore": "tear",
    "slid": "slide",
    "clung": "cling",
    "sprang": "spring",
    "broke": "break",
    "fought": "fight",
    "shook": "shake",
    "threw": "throw",
    "struck": "strike",
    "fell": "fall",
    "dove": "dive",
    "sped": "speed",
    "hit": "hit",
    "shot": "shoot",
    "burst": "burst",
}


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "i", "o", "u"):
        return base[:-1] + "ies"
    return base + "s"


def present_forms(words: frozenset[str]) -> frozenset[str]:
    """The present-tense "-s" forms of a list of past and "-ing" verb forms ("grabbed" -> "grabs", "ran" -> "runs",
    "hurried" -> "hurries", "collapsed" -> "collapses"): a story told in the present ("she shoves", "he drops")
    moves and strikes as much as one told in the past. Each form yields every base it may have ("jumped" -> "jump",
    "jumpe"); a base that is no word gives a form no text holds."""
    out: set[str] = set()
    for w in words:
        bases: set[str] = set()
        if w in _IRREGULAR:
            bases.add(_IRREGULAR[w])
        if w.endswith("ied"):
            bases.add(w[:-3] + "y")
        elif w.endswith("ed"):
            bases |= {w[:-2], w[:-1]}
            if len(w) > 4 and w[-3] == w[-4]:  # "grabbed" -> "grab"
                bases.add(w[:-3])
        elif w.endswith("ing"):
            bases |= {w[:-3], w[:-3] + "e"}
            if len(w) > 5 and w[-4] == w[-5]:  # "running" -> "run"
                bases.add(w[:-4])
        out |= {_third_person(b) for b in bases if len(b) > 2}
    return frozenset(out - words)


#: The action words as a present-tense narration writes them ("shoves", "drops", "runs"; see `present_forms`).
#: The bare present ("they run") is left out: it is also the infinitive of any tense ("to run", "didn't run"), and
#: counting it cost 12 of 159 scene types.
ACTION_PRESENT = present_forms(ACTION_WORDS)
#: Thinking, feeling and remembering: interior life.
INTRO_WORDS = _words("""thought think thinking thinks wondered wonder wondering remembered remember remembering
memory memories realized realised realize felt feel feeling feelings knew know believed believe wished wish hoped
hope feared fear regret regretted missed imagined imagine dreamed dreamt longed longing grief guilt ashamed shame
sorrow lonely loneliness doubt doubted understood understand suppose supposed mind heart soul myself himself herself
pity despair hopeless anxious anxiety dread loved love hated afraid glad sad sorry tears wept weeping prayed pray""")
#: Explaining the world: history, places, systems, measures.
EXPO_WORDS = _words("""built centuries century generations history known called named founded colony colonists
population system systems layer layers species planet moon moons world atmosphere climate orbit government council
office records archive survey samples data percent kilometers kilometres meters metres miles tonnes tons hundred
thousand million billion theory science scientist scientists study studied measured analysis structure structures
formed consisted composed divided region regions continent ocean network technology machine machines economy trade
law laws legal custom customs tradition traditions language ancient originally company corporation charter
territory province country countries city town towns village villages road roads railway station district mountains
river valley north south east west northern southern eastern western population industry mining mines mine
evolution biology animals animal creatures native natives race races civilization culture harbour harbor
lighthouse cliff cliffs church abbey houses streets buildings bridge hills forest plain plains landscape walls
tower towers castle ruins coast shore sea-wall piers quay architecture inhabitants peasants""")
#: Verbs of speech: a conversation told in the narration ("he asked", "I told him") as well as quoted.
SPEECH_WORDS = _words("""said says say saying asked asks ask asking told tell tells telling replied reply answered
answer whispered shouted called explained agreed argued admitted added insisted murmured muttered
replies answers whispers shouts calls explains agrees argues admits adds insists murmurs mutters""")
DANGER_WORDS = _words("""danger dangerous die dying death dead kill killed blood scream screamed terror terrified
fear afraid panic desperate trapped threat enemy monster storm fire burning collapse collapsed fall fell explode
exploded alarm warning crash crashed hunt hunted attack attacked wound wounded horror horrible dread shaking
trembling gun weapon murder murderer""")
#: Verbs of perceiving (counted in narration only): a scene told as it happens has someone seeing, hearing, looking
#: and listening in its present; a summary, a report or a chronicle tells what happened without a perceiver
#: (exposition chunks of the type-labelled books run 7.9 per 1,000 narration words, the three other types 10-16).
#: Words naming a span of time longer than a day: a chunk that covers years, seasons or weeks summarises (a memoir's
#: "I had been mechanic to the team for eleven weeks", a letter's "that winter", a history's "for two centuries"), a
#: scene's narration stays inside its hour. Read as a pacing measure (`type_layer.PACING`).
SPAN_WORDS = _words("""year years month months week weeks fortnight season seasons winter summer spring autumn decade
decades century centuries""")
PERCEPTION_WORDS = _words("""saw see sees seeing seen heard hear hears hearing watched watch watches watching looked
look looks looking listened listen listens listening smelled smelt smell smells noticed notice glanced stared felt""")
#: Words pointing at the speaker's here and now (proximal deixis: "now", "here", "this", "these", "today",
#: "tonight"), counted in the narration: narration that says them stands inside a scene's present and a perceiver's
#: place ("It was a wall now", "this was the house"), where a report or a chronicle says "then", "there", "that".
#: Read as the chunk's standing in its book (`type_layer.STANDING_ONLY`: how deictic a writer's narration runs is
#: their style).
DEICTIC_WORDS = _words("""now here this these today tonight""")
#: What narration says when it is not telling the scene's events as they happen: "would" and "used to" (what
#: someone used to do, "every morning he would walk to the quay"; what they imagine or fear will come, "she would
#: tell him tonight"), counted in the narration. A chunk that says them more than its book leans away from action
#: and dialogue, to introspection and exposition. Read as the chunk's standing in its book (`type_layer.STANDING_ONLY`:
#: how often a writer says "would" is their style).
HABITUAL_WORDS = _words("""would""")
#: The past tense's auxiliaries ("was", "were", "had", "did", "been"), counted in the quoted speech: people who
#: recount ("He was gone by then", "We had no choice") explain or remember, where people talking inside the scene's
#: present ask, order and answer ("Get down!", "Where is it?"). Read as a pacing measure (`type_layer.PACING`).
PAST_AUXILIARIES = _words("""was were had did been""")
#: The fewest quoted words the share of past auxiliaries is taken over: a chunk with a line or two of speech would
#: otherwise read a single "was" as a fifth of its talk.
RECOUNTED_FLOOR = 20
#: Prepositions and adverbs of path: where English puts a motion's direction ("ran *into* the yard", "swung
#: *across*", "drove *past* it", "slammed *against*"), whatever the verb and its tense. Places ("in", "at",
#: "under", "behind") are left out: they describe where things are, in any kind of scene.
PATH_WORDS = _words("""into onto toward towards across through past along away ahead forward forwards backward
backwards sideways off over against""")
_TOKEN = re.compile(r"[a-z]+(?:[’'][a-z]+)?")
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
#: A capitalised word inside a sentence: part of a name ("the Hollow Moon", "Ring Four"), not a common noun.
_MID_SENTENCE_CAP = re.compile(rf"(?<=[\w,;’'*_)] )([{UPPER}][{LOWER}]+)\b")
_SPLIT_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def _named_world_words(narration: str) -> int:
    """World words that are part of a name ("the Hollow Moon", "Cliff Street"): already counted as
    invented terms, so exposition must not count them again as explaining the world."""
    return sum(m.group(1).lower() in EXPO_WORDS for m in _MID_SENTENCE_CAP.finditer(narration))


def _used_to(tokens: list[str]) -> int:
    """How often the tokens say "used to" (the habitual past, `HABITUAL_WORDS`)."""
    return sum(a == "used" and b == "to" for a, b in zip(tokens, tokens[1:], strict=False))


_OWNERS = frozenset(["the", "my", "his", "her", "our", "their", "its", "your"])


def _paths(tokens: list[str]) -> int:
    """Prepositions of path among the narration's tokens; "the past", "her past" is time, not a way past."""
    return sum(t in PATH_WORDS and not (t == "past" and k and tokens[k - 1] in _OWNERS) for k, t in enumerate(tokens))


@dataclass
class TextProfile:
    """What the scene-type and tension tags read from a chunk, computed once per chunk."""

    words: int
    narration_words: int
    dialogue_share: float
    speech_turns: int  # paragraphs carrying speech
    reported: int  # verbs of speech in the narration ("Ferris says", "I told him"): talk, quoted or not
    action: int
    path: int  # prepositions of path in the narration ("into", "across", "toward"): motion in any tense
    intro: int
    expo: int
    danger: int
    numbers: int
    questions: int  # in narration: free indirect or first-person wondering
    exclamations: int
    sentences: int
    short_sentences: int  # narration sentences of six words or fewer
    long_sentences: int  # narration sentences of thirty words or more
    first_person: int
    terms: int
    term_list: tuple[str, ...] = ()  # the invented terms, most frequent first (when asked for)
    addressed: int = 0  # "you"/"your" in the narration: the narrator explaining to a reader ("what nobody tells you"),
    # none in a scene told in the second person
    paragraphs: int = 0  # paragraphs holding words: how often the scene breaks its lines (pacing)
    ands: int = 0  # "and" in the narration: events and perceptions chained one after another ("turned and ran")
    perceptions: int = 0  # verbs of perceiving in the narration (`PERCEPTION_WORDS`): someone in the scene's present
    spans: int = 0  # words naming a span of time in the narration (`SPAN_WORDS`): a summary covers seasons and years
    deictic: int = 0  # words pointing at the here and now in the narration (`DEICTIC_WORDS`): a scene's present
    habitual: int = 0  # "would" and "used to" in the narration (`HABITUAL_WORDS`): what used to or would happen
    spoken_words: int = 0  # words of quoted speech (what `dialogue_share` counts)
    spoken_past: int = 0  # the past tense's auxiliaries in the quoted speech (`PAST_AUXILIARIES`): talk that recounts
    #: the narration's words in each of `word_classes.NARRATION_CLASSES`, its "-ing" forms and its similes
    #: (`word_classes.class_counts`)
    word_classes: dict[str, int] = field(default_factory=dict)
    exchange_turns: int = 0  # paragraphs of speech next to another (`word_classes.exchange_turns`): lines exchanged
    #: a transcript's lines read as plain text: what its tension reads (the lines are what happens; see `profile`)
    transcript: TextProfile | None = None
    #: the chunk with the documents it reads out left as speech (see `profile`): what its tension reads
    as_said: TextProfile | None = None

    def per_1k(self, n: float) -> float:
        return n * 1000 / max(1, self.narration_words)


@dataclass(frozen=True)
class SceneTypeWeights:
    """The scene-type scores' divisors and weights (see `Tagger.scene_type`); a benchmark refits them."""

    dialogue_share: float = 0.6  # quoted share that alone makes a scene dialogue
    speech_verbs: float = 60.0  # verbs of speech per 1,000 narration words past 10, per point
    action: float = 9.0  # action words per 1,000 narration words per point
    short: float = 2.0  # weight of the share of short sentences past 0.3
    path_floor: float = 14.0  # prepositions of path per 1,000 narration words that any scene has
    path: float = 20.0  # prepositions of path per 1,000 past the floor, per point of action
    introspection: float = 14.0  # thinking and feeling words (and questions) per 1,000 per point
    questions: float = 2.0  # a question the narration asks counts as this many thinking words
    exposition: float = 22.0  # world words, numbers, terms, reader address per 1,000 per point
    long: float = 1.5  # weight of the share of long sentences past 0.15
    terms: float = 0.5  # an invented term counts as this many world words (at most 20 terms)
    addressed: float = 0.45  # "you" in the narration counts as this many world words
    book_floor: float = 0.2  # added to a book's spread of a score, so a flat book's small differences stay small


SCENE_TYPE_WEIGHTS = SceneTypeWeights()


@dataclass(frozen=True)
class TensionWeights:
    """The tension score's divisors and the book blend (see `Tagger.tension_score`, `book_tension_detail`);
    `benchmarks/eval_manuscripts.py --tension-cv` refits them leaving each book out."""

    danger: float = 8.0  # danger words per 1,000 words per point
    action: float = 12.0  # action words per 1,000 narration words per point
    exclamations: float = 8.0  # exclamation marks per 1,000 words per point
    short: float = 3.0  # points for a scene made wholly of short sentences
    absolute: float = 0.7  # share of the absolute scale in a book's blend
    rank: float = 0.3  # share of the chunk's rank in its book (1 - absolute)
    coda: int = 1  # levels the book's last chunk falls when it is not its climax (the falling action)


TENSION_WEIGHTS = TensionWeights()


@dataclass
class PovResult:
    pov: str | None
    confidence: float
    person: str
    evidence: dict = field(default_factory=dict)


def _alias_pattern(names: list[str]) -> re.Pattern | None:
    names = sorted({n for n in names if n}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w’'])(" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])")


def _told_of(narration: str, title: str, times: int = 2) -> bool:
    """Whether a first-person scene's narration (speech blanked) names the person or thing a heading names, `times`
    or more: the heading's name part (`structure.heading_name`: "Chapter Four: Gabrielle" -> "Gabrielle") as the
    narration writes a name."""
    name = heading_name(strip_emphasis(title)) or ""
    words = name.split()
    if not words or len(words) > 4:
        return False
    shown = " ".join(title_case(w) if w.isupper() else w for w in words)
    return len(re.findall(rf"(?<![\w’']){re.escape(shown)}(?![\w’'\-])", narration)) >= times


def _tense_split(firsts: list[float | None], thirds: list[float | None], gap: float = 0.3) -> tuple[float, bool] | None:
    """(cut, the "I" tells in the present) when every plainly first-person scene's present share (`firsts`) lies
    on one side of every plainly third-person scene's (`thirds`), at least two of each, `gap` apart: Prof's present
    against the past of her grandmother's and aunt's scenes (The House on Bode Thomas), the journals' past against
    the present of the third-person scenes (Isaura Vell, Halloran Street, The Long Carry). None otherwise."""
    a, b = [x for x in firsts if x is not None], [x for x in thirds if x is not None]
    if len(a) < 2 or len(b) < 2:
        return None
    if min(a) - max(b) >= gap:
        return (min(a) + max(b)) / 2, True
    if min(b) - max(a) >= gap:
        return (max(a) + min(b)) / 2, False
    return None


#: The evidence key of a tied scene's leader who owns its carrying pronoun (`pov.pronoun_breaks_tie`).
PRONOUN_LEADER = "carrying pronoun's owner"
#: Where `Tagger._listed_owner_of_unnamed_pronoun` got a third-person scene's POV.
_SPOKEN_POV = "the one listed POV character of its gender the scene names, owner of its unnamed pronoun"


class Tagger:
    """Tags scenes and chunks; one instance per manuscript (holds its person index and patterns)."""

    def __init__(self, roster: Roster | None = None, universe: str | None = None) -> None:
        self.roster = roster
        self.universe = universe
        self.people = (
            PersonIndex.from_names({c.name: c.aliases for c in roster.characters}) if roster else PersonIndex()
        )
        if roster:
            for c in roster.characters:
                g = (c.pronouns or "").lower().split("/")[0].strip()
                if g in ("he", "she"):
                    self.people.gender[c.name] = g
        self.pov_names = {c.name for c in roster.pov_characters} if roster else set()
        self.pov_prior: dict[str, float] = {}
        #: pronouns the POV reading adds for people the index gives none (`pov.antecedent_genders`)
        self.pronoun_gender: dict[str, str] = {}
        self.first_person_book = False  # most scenes say "I": a sparser "I" still marks the book's voice
        #: (cut, present): the book's plainly first-person scenes are all told in the present (or all in the past)
        #: and its plainly third-person ones all in the other tense; the cut between them (`learn_voice`)
        self.first_tense: tuple[float, bool] | None = None
        self.glossary_pattern = _alias_pattern(roster.glossary) if roster and roster.glossary else None
        self.model: CharacterModel | None = None
        #: descriptions read as people without a roster (`learn_descriptions`): the POV readers' only
        self.learned_descriptions: dict[str, str] = {}
        self._settings = SettingTracker()

    # ---- names -----------------------------------------------------------------------------------
    def learn_book(self, texts: list[str]) -> None:
        """Build the book's character model once (people, places, genders; `characters.build_model`)."""
        self.model = build_model(texts, self.roster)
        self.people = self.model.index
        if self.people.descriptions:
            self.people.handled = self.people.handles(texts)

    def learn_descriptions(self, scene_texts: list[str]) -> dict[str, str]:
        """Without a roster: the descriptions the book's narration uses for a character as it would a name ("the
        colonel", "the old woman": `descriptions.learn_descriptions`), each a person of its own under its words, with
        the pronoun the narration takes it up by, read as a roster's lower-case aliases are (`PersonIndex.descriptions`,
        `handled`). Not a post the book gives one named holder ("the judge" beside "Judge Coyle":
        `CharacterModel.lower_posts`): that is the holder, whom the index knows by name. Returns them with their
        pronouns."""
        if self.roster is not None or self.model is None:
            return {}
        learned = self.learned_descriptions = {
            description: g
            for description, g in learn_descriptions(scene_texts, self.people).items()
            if description.split()[-1] not in self.model.lower_posts
        }
        for description, g in learned.items():
            self.people.descriptions.setdefault(description, description)
            self.people.gender.setdefault(description, g)
        if learned:
            self.people.handled = self.people.handles(scene_texts)
        return learned

    def characters_in(self, text: str, min_mentions: int = 1) -> list[str]:
        """The people `text` names (a roster's lower-case aliases too), most named first; not a description learned
        without a roster (`learned_descriptions`), which may be someone the chunk also names ("the captain" beside
        "Captain Rudd" elsewhere): it is listed as the chunk's POV only (`characters_present`)."""
        plain = strip_emphasis(text)
        c = Counter(
            m.person for m in self.people.in_scene(plain).described(plain) if m.person not in self.learned_descriptions
        )
        return [n for n, k in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) if k >= min_mentions]

    def characters_present(self, text: str, pov: str | None, first: bool = False) -> list[str]:
        """The people of a chunk: those it shows there or speaks to by name (not those it only talks about or remembers:
        `absent_from`; nor the dead: `CharacterModel.dead`), those its speech addresses by a name the book knows for no
        one else (`CharacterModel.addressed_in`), those it calls by a rank alone (`CharacterModel.ranks_in`: "the
        Major", "the Chancellor"), and its POV character, who is in every scene they tell even when the text never names
        them (a first-person narrator: "I" in The Cullerby Wire, Eighty Covers, The Tollhouse Summer), first when the
        text does not name them. A scene told in the first person (`first`) is its named "I"'s however the book's model
        reads the name elsewhere: a dog that narrates (Biscuit in The Biscuit Affair, read as a thing) is there, telling
        it."""
        names = self.characters_in(text)
        if self.model is not None:
            # talked about, not there: named only inside others' speech and never spoken to ("“Did Marjorie ring?”"),
            # or in the narration only as a topic, an owner or in the scene's past ("He thought about Amir")
            plain = strip_emphasis(text)
            absent = absent_from(plain, self.people.in_scene(plain)) | self.model.dead
            names = [n for n in names if n not in absent]
            names += [n for n in self.model.addressed_in(text) if self.people.resolve(n) not in names]
            names += [
                n for n in self.model.ranks_in(text) if n not in names and not self._kin_listed(n, names, pov, text)
            ]
        if pov and pov not in names and (first or self.model is None or self.model.kind_of(pov) in (None, "person")):
            # never a third-person POV the book's model says is no person (a bell or a dog a scene opens on): no one
            # present; a first-person scene's "I" is present by definition
            person = self.people.resolve(pov) or pov
            if person not in names:
                names.insert(0, person)
        return names

    def admit_narrators(self, narrators: list[str]) -> None:
        """A name the book's first-person scenes give their "I" (named with at least `NAMED_NARRATOR`) is one of its
        people wherever it is named, however the model read it: a mind that tells scenes is a character, in others'
        scenes too (Biscuit, the dog who introduces himself and narrates half of The Biscuit Affair, is present in
        Terry's scenes). A name the index already gives someone stays theirs."""
        for name in narrators:
            form = tuple(w.casefold() for w in name_words(name))
            # only a name the model read as something else (an animal, a thing, a kind): one it left out as too rarely
            # a person's is left to the scenes that name it (Latch, in the scenes of the detective who hunts her in
            # Cold Ledger, is talked about there, not present)
            if (
                form
                and self.people.resolve(name) is None
                and self.model is not None
                and self.model.kind_of(name) not in (None, "person")
            ):
                self.people.add(form, name)

    def _kin_listed(self, name: str, names: list[str], pov: str | None, text: str) -> bool:
        """A kinship name ("Dad", "Gran") whose person the chunk lists already: someone of its gender who shares
        the teller's family name ("Dad" in Wren Ashdown's scenes beside Dan Ashdown, in The Tollhouse Summer), or the
        teller, when only others' speech calls them so ("“Dad!”" in Dan Ashdown's own scenes); the narration's
        "Gran said" is never the teller."""
        gender = KIN_GENDER.get(name.casefold())
        if gender is None or not pov:
            return False
        teller = self.people.resolve(pov) or pov
        family = name_words(teller)[-1:]
        # a name the narration calls by, not one it reports as said to someone ("saying sorry, sorry, Dad, I'm sorry")
        narrated = re.search(rf"(?<![\w’'])(?<!, ){re.escape(name)}(?![\w’'])", narration_only(strip_emphasis(text)))
        if not narrated and self.people.gender.get(teller) == gender:
            return True
        return any(
            p != teller and self.people.gender.get(p) == gender and family and name_words(p)[-1:] == family
            for p in names
        )

    def worldbuilding_terms(self, text: str, characters: list[str], limit: int = 12) -> list[str]:
        plain = strip_emphasis(text)
        found: Counter = Counter()
        if self.glossary_pattern is not None:
            found.update(m.group(1) for m in self.glossary_pattern.finditer(plain))
        if not self.roster or not self.roster.glossary:
            char_tokens = {w for form in self.people.forms for w in form}
            total: Counter = Counter()
            mid: Counter = Counter()
            for m in _CAP_RUN.finditer(plain):
                words = re.sub(r"[’']s$", "", m.group(0)).split()
                opens = (
                    m.start() == 0 or _AT_SENTENCE_START.search(plain[max(0, m.start() - 4) : m.start()]) is not None
                )
                while words and words[0] in _STOP:  # "The Hollow Moon" -> "Hollow Moon", "Lord Raglan" -> "Raglan"
                    words, opens = words[1:], False
                if not words or any(w.casefold() in char_tokens for w in words):
                    continue
                term = " ".join(words)
                total[term] += 1
                mid[term] += not opens
            for term, n in total.items():
                if mid[term] >= 1 and n >= 2:
                    found[term] += n
        return [t for t, _ in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]

    # ---- POV ---------------------------------------------------------------------------------------
    def narration(self, text: str) -> str:
        return self._narration(text)[0]

    def _narration(self, text: str) -> tuple[str, bool]:
        """The narration (speech blanked) and whether the text is a story told inside quotes."""
        plain = strip_emphasis(text)
        if told_in_quotes(plain):  # long quoted spans, not an exchange of lines: a nested narrator
            return narration_only(plain.replace("“", " ").replace("”", " "), single=True), True
        return narration_only(plain), False

    def person(self, narration: str) -> str:
        """first | second | third, from how often the narration (speech blanked) says "I"/"we" about itself (or
        "you", far more often than "I": `second_person`).

        Third-person narration hardly ever does (a stray unquoted thought: at most about 1% of its
        words in the corpus novels); a first-person narrator does 2-6% of the time, even a witness
        narrator who mostly watches someone else ("he" outnumbering "I", as in The Time Machine's frame).
        """
        if self._first_on_its_own(narration):
            return "first"
        if self._told_to_you(narration):
            return "second"
        density = self._first_density(narration)
        if self.first_tense is not None and density >= 0.005:
            # in a book whose "I" tells its scenes in one tense and whose third person tells them in the other, a
            # scene in the "I"'s tense that says "I" is the "I"'s, however much it watches others
            share = present_share(narration)
            cut, present = self.first_tense
            if share is not None and (share > cut if present else share < cut):
                return "first"
        # in a book told in the first person (`learn_voice`), a scene where the "I" mostly watches others still
        # says "I" more often than any stray thought does in third-person narration (at most about 1%)
        return "first" if self.first_person_book and density > 0.012 else "third"

    @staticmethod
    def _told_to_you(narration: str) -> bool:
        """Whether the narration is told in the second person ("You take the 55 bus."), not the first (`person`)."""
        first = len(_FIRST.findall(narration)) + len(_WE.findall(narration))
        return told_in_second_person(word_count(narration), you_count(narration), first)

    @staticmethod
    def _first_density(narration: str) -> float:
        first = len(_FIRST.findall(narration)) + len(_WE.findall(narration))
        return first / max(1, word_count(narration))

    @staticmethod
    def _first_on_its_own(narration: str) -> bool:
        """First person whatever the book's voice: "I"/"we" in more than 2% of the words, or in more than 1.2%
        and at least 0.6 times as often as "he"/"she"; or a group telling it, "we" `PLURAL_NARRATOR_MIN_WE` times
        and never "I", however often it says "he" and "she" of its members (`_chorus`)."""
        first = len(_FIRST.findall(narration)) + len(_WE.findall(narration))
        third = len(_THIRD.findall(narration))
        density = first / max(1, word_count(narration))
        return density > 0.02 or (first >= 0.6 * third and density > 0.012) or _chorus(narration)

    def _by_tense(self, narration: str) -> bool:
        """First person only by the tense the book's "I" keeps (see `person`), not by its own "I"s nor the book's
        voice."""
        return not self._first_on_its_own(narration) and not (
            self.first_person_book and self._first_density(narration) > 0.012
        )

    def learn_voice(self, scene_texts: list[str], share: float = 0.5, min_words: int = 100) -> None:
        """Whether the book is told in the first person: at least `share` of its scenes (of `min_words` words of
        narration or more) read as first person on their own; and whether its "I" and its third person keep to two
        tenses (`first_tense`, `_tense_split`)."""
        told = [self.narration(without_quoted_documents(transcript_lines_as_speech(t))) for t in scene_texts]
        told = [n for n in told if word_count(n) >= min_words]
        on_its_own = [self._first_on_its_own(n) for n in told]  # read once per scene, for both uses
        self.first_person_book = bool(told) and sum(on_its_own) >= share * len(told)
        self.first_tense = _tense_split(
            [present_share(n) for n, first in zip(told, on_its_own, strict=True) if first],
            [present_share(n) for n in told if self._first_density(n) < 0.003],
        )

    def resolve_narrator(self, name: str) -> str:
        """A narrator named by a document heading, as the roster spells them when there is one."""
        return (self.roster.match_name(name) if self.roster else None) or name

    def _first_person_pov(
        self,
        text: str,
        own: str,
        person: str,
        narrator: str | None,
        chapter_title: str | None,
        heading: str | None,
        not_narrators: frozenset[str] = frozenset(),
    ) -> PovResult:
        """POV of a first-person scene: who the "I" is, from a document heading, a titled chapter, a byline, or
        what the scene calls its narrator; a chorus ("we", never "I") has none. `not_narrators`: people the book
        shows are someone else, whom no call in the scene may name as its "I" (`pipeline._told_in_third_person`)."""
        if narrator:
            return PovResult(self.resolve_narrator(narrator), 0.95, person, {"from": "document heading"})
        # a chapter's number before its title is not the name ("Four: Odile")
        titles = [
            (title_after_number(c), why)
            for c, why in ((heading, "scene heading"), (chapter_title, "chapter title"))
            if c
        ]
        # a title the narration itself names in the third person is what the chapter is about, not who tells it
        # ("Chapter Four: Gabrielle" over "Gabrielle spoke again", "Chapter Five: Marie-Thérèse" over "The new
        # bell is called Marie-Thérèse": bells, in The Bell at Saint Ermelinde); the "I" is never "she" to itself
        titles = [(c, why) for c, why in titles if not _told_of(own, c)]
        for cand, why in titles:
            name = self._person_name(cand)
            if name:
                return PovResult(name, 0.8, person, {"from": why})
        for cand, why in titles:
            name = self._addressed_title(cand)
            if name:
                return PovResult(name, 0.7, person, {"from": f"{why}, a name the book addresses someone by"})
        paragraphs = text.split("\n\n")
        signed = byline(paragraphs[0]) or record_maker(paragraphs)
        author = self._narrator_name(signed) if signed else None
        if author:
            return PovResult(author, 0.85, person, {"from": "byline", "byline": signed})
        if _chorus(own):
            # "We had seen the Governor angry before": a chorus never says "I", so no call in its speech names
            # its teller (one of "us" is spoken to, not the narrator); no one POV, and no other scene's "I"
            return PovResult(None, 0.5, person, {"from": PLURAL_NARRATOR})
        # a full name addressed or introduced is a person even when the "I" hides its pronouns; a
        # roster's POV list says who may narrate ("Connie" addressed in Tick's scene is not a candidate)
        ev = narrator_evidence(
            text,
            self.people,
            (lambda p: p in self.pov_names and p not in not_narrators)
            if self.pov_names
            else (
                lambda p: (
                    p not in not_narrators
                    and (self.real_person(p) or len(name_words(p)) >= 2 or self._addressed_name(p))
                )
            ),
            None if self.pov_names else (self.model.addressed if self.model else None),
            strangers=not self.pov_names,
        )
        name, conf, why = ev.best()
        if name and why == "addressed by a post" and self.roster:
            # "Major" as the roster spells its character ("Major", or a name with "the Major" among its aliases)
            name = self.roster.match_name(name) or self.roster.match_name(f"the {name}")
            if name is None or (self.pov_names and name not in self.pov_names):
                name, conf, why = None, 0.3, "unnamed narrator"
        return PovResult(
            name,
            conf,
            person,
            {
                "from": why,
                "named_in_narration": dict(ev.third_person),
                "addressed": dict(ev.addressed),
                "introduced": dict(ev.introduced),
                "related": dict(ev.related),
                "posts": dict(ev.posts),
                "called": dict(ev.called),
                "to_me": dict(ev.to_me),
                "called_by_narrator": dict(ev.called_by_narrator),
                **({"voice": "the book's first-person tense"} if self._by_tense(own) else {}),
            },
        )

    def pov(
        self,
        text: str,
        narrator: str | None = None,
        chapter_title: str | None = None,
        heading: str | None = None,
        prior: str | None = None,
        evidence: SceneEvidence | None = None,
        not_narrators: frozenset[str] = frozenset(),
    ) -> PovResult:
        """POV of one scene; `prior` is the previous scene's POV, `evidence` a cached `pov_evidence`;
        `not_narrators` (first person only): see `_first_person_pov`."""
        # the scene's narration, not a letter it quotes nor a transcript's lines
        own = self.narration(without_quoted_documents(transcript_lines_as_speech(text)))
        person = self.person(own)
        if person == "first":
            return self._first_person_pov(text, own, person, narrator, chapter_title, heading, not_narrators)
        if person == "second":
            # who the "you" is comes from the book's second-person scenes together (`pipeline._second_person_you`)
            return PovResult(None, 0.3, person, {"from": SECOND_PERSON})
        if heading:
            name = self._person_name(heading)
            if name:
                return PovResult(name, 0.9, person, {"from": "scene heading"})
        plain = strip_emphasis(text)
        record = next(
            (
                kind
                for kind, is_one in (
                    ("transcript", transcript_record),
                    ("log", log_record),
                    ("press report", press_report),
                    ("record of entries", entry_record),
                    ("form", form_record),
                )
                if is_one(plain)
            ),
            None,
        )
        if record:
            # a radio log, an interview record or a control room's log of timed entries nobody in it narrates: no
            # one's mind, whoever its header names ("Present: Detective Sergeant I. Okonjo"; The Quorum at
            # Calloway's traffic log; Slack Water's incident log); a printed report under a press by-line, whoever it
            # reports on (The Back Four's match report, Kitty's Steps' race report); a meeting's minutes, item by
            # numbered item, whoever they say spoke (The Bread Queue on Furmanov Street); a filled-in form, whoever
            # it lists (The Steamer from Wadi Halfa's household schedule)
            return PovResult(None, 0.6, person, {"from": record})
        ev = evidence or scene_evidence(own, self.people.in_scene(text), gender=self.pov_gender)
        scores, unowned, owners = score_scene_detail(ev, self.pov_gender, self.pov_prior, prior, self.pov_names or None)
        spoken = self._listed_owner_of_unnamed_pronoun(text, ev, scores, unowned, owners)
        if spoken:
            g, who = spoken
            scores = {**scores, who: scores.get(who, 0.0) + ev.unmarked[g]}
            owners = {**owners, g: who}
            unowned = max((m for h, m in ev.unmarked.items() if h not in owners), default=0.0)
            res = self._third_person_pov(ev, scores, unowned, owners, person)
            return PovResult(res.pov, min(res.confidence, 0.5), person, {**res.evidence, "from": _SPOKEN_POV})
        return self._third_person_pov(ev, scores, unowned, owners, person)

    def _listed_owner_of_unnamed_pronoun(
        self, text: str, ev: SceneEvidence, scores: dict[str, float], unowned: float, owners: dict[str, str]
    ) -> tuple[str, str] | None:
        """With a roster: (gender, listed POV character) for a scene carried by an unmarked "he"/"she" nobody in its
        narration can own (an unnamed mind by `decide`), when the scene names one listed character of that gender:
        only listed characters narrate. Named only in its speech, the others call the POV by name and the narration
        never does ("Lammas! Come home!" to the old jack of The Hares of Hollin Down; the judge's "Mr. Dressler" to
        the juror of The Whitcombe Verdict's jury-room scene). Named in the narration only where it shows them as not
        the pronoun, a thing said of them or a look at them, their own "he" is still theirs (the schoolmaster of The
        House at Lyallpur, whom the men in the yard name in reported speech; the juror of The Whitcombe Verdict's
        deliberation, seen from outside as it opens; the boy of Guadalupe Street's first scene): `score_scene_detail`
        gives the pronoun no one shown more often not to be it than named as its subject, which a roster overrules;
        not one the narration names only to look at, never as a subject (the pronoun is the one looking)."""
        # two labelled books show it (h13av ablation, roster): the-hares-of-hollin-down and the-whitcombe-verdict; the
        # listed person named in the narration too (h13bc, roster): the-house-at-lyallpur, the-whitcombe-verdict and
        # guadalupe-street, one scene each
        if not self.pov_names or not unowned or unowned < max(scores.values(), default=0.0):
            return None
        free = [(m, g) for g, m in ev.unmarked.items() if g not in owners and m >= unowned]
        if not free:
            return None
        g = free[0][1]
        named = {m.person for m in self.people.mentions(text)}
        listed = [p for p in self.pov_names if p in named and self.pov_gender.get(p) == g]
        if len(listed) != 1:
            return None
        who = listed[0]
        if ev.observed[who] and not ev.subject[who]:
            return None  # named in the narration only to be looked at ("She watched Tilly go"): the pronoun watches
        return g, who

    def _third_person_pov(
        self, ev: SceneEvidence, scores: dict[str, float], unowned: float, owners: dict[str, str], person: str
    ) -> PovResult:
        """The decision on a third-person scene's scores: a listed POV character the scene shows as its mind over a
        leader with borrowed evidence only (`listed_mind_over_borrowed`), the listed owner of the carrying pronoun whose
        mind the scene is in over a leader of the other gender (`listed_carrier`), and no one for a camera-eye scene."""
        name, conf, why = decide(scores, unowned)
        if omniscient(ev, self.pov_gender):
            return PovResult(None, 0.3, person, {**why, "from": OMNISCIENT, "leading": name})
        if not self.pov_names and name is None and "from" not in why and scores and unowned < max(scores.values()):
            # kept aside, not decided here: a neighbour's POV (`pipeline._settle_undecided`) comes first; with a roster
            # a tie of two listed characters is left open (h13br, roster: the-hill-of-the-samba and
            # the-selectors-daughter each had one None turned into the other listed character, and no scene gained),
            # unless the owner of its carrying pronoun shows twice the other's mind (`listed_carrier`, below)
            tie = pronoun_breaks_tie(ev, scores, owners, self.pov_gender)
            if tie and not camera_eye(ev, tie, self.pov_gender.get(tie), minds(ev, owners)[tie]):
                why = {**why, PRONOUN_LEADER: tie}
        rival = listed_mind_over_borrowed(ev, name, scores, self.pov_names)
        carrier = (
            listed_carrier(ev, name, scores, owners, self.pov_gender)
            if self.pov_names and not rival and "from" not in why
            else None
        )
        if carrier:
            return PovResult(
                carrier, 0.5, person, {**why, "from": "listed owner of the carrying pronoun's mind", "was": name}
            )
        if rival:
            return PovResult(rival, 0.5, person, {**why, "from": "listed POV character shown as the mind", "was": name})
        shown = None if self.pov_names else mind_over_mindless(ev, name, owners, self.pov_gender)
        if shown:
            return PovResult(shown, 0.5, person, {**why, "from": "the mind the scene shows", "was": name})
        carried = None if self.pov_names else other_pronoun_mind(ev, name, owners, self.pov_gender)
        if carried:
            # an unnamed mind (`pipeline._unnamed_mind`) the book-level passes may still give to a POV character
            return PovResult(
                None,
                0.3,
                person,
                {
                    **why,
                    "from": "unnamed mind",
                    "unnamed_pronoun": round(ev.unmarked[carried], 1),
                    "leading": name,
                    "other_pronoun": carried,
                },
            )
        if name and camera_eye(ev, name, self.pov_gender.get(name), minds(ev, owners)[name]):
            return PovResult(None, 0.3, person, {**why, "from": "camera-eye", "leading": name})
        return PovResult(name, conf, person, why)

    def pov_evidence(self, text: str) -> SceneEvidence | None:
        """The third-person POV evidence of a scene (None for a first-person scene)."""
        nar = self.narration(without_quoted_documents(transcript_lines_as_speech(text)))
        if self.person(nar) == "first":
            return None
        return scene_evidence(nar, self.people.in_scene(text), gender=self.pov_gender)

    @property
    def pov_gender(self) -> dict[str, str]:
        """The pronoun of each person as the POV reading takes it: the index's, and for people it gives none, the one
        the narration takes them up by (`learn_pronouns`)."""
        return {**self.pronoun_gender, **self.people.gender} if self.pronoun_gender else self.people.gender

    def learn_pronouns(self, evidence: list[SceneEvidence]) -> bool:
        """Pronouns for people the index gives none, from the narration's nearest antecedents over the book
        (`pov.antecedent_genders`); True when any was learned (the evidence is then to be read again with them)."""
        learned = antecedent_genders(evidence, self.people.gender)
        self.pronoun_gender.update(learned)
        return bool(learned)

    def learn_pov_prior(self, evidence: list[SceneEvidence]) -> None:
        """Whose inner life the book narrates by name: its likely POV characters. A roster's POV list says who
        they are: each listed character has at least the prior of the least of those the book shows, and when the
        book shows none of them (a close "she" and "he" that seldom name a thought or open a scene on a name: The
        Flying Delgados, The South Col Letters) the list is the only word on it, and each has the full prior."""
        learned = book_prior(evidence)
        if not learned and not self.pov_names:
            learned = pronoun_prior(evidence, self.pov_gender)
        if self.pov_names:
            shown = [v for p, v in learned.items() if p in self.pov_names]
            # nobody shown: the full prior (h13ar: the-flying-delgados 27.3 -> 81.8%, the-south-col-letters 63.6 ->
            # 100% with a roster; keeping-agatha and the-brewers-winter lost a chunk or two, stated there)
            floor = min(shown, default=1.0)
            learned = {p: max(learned.get(p, 0.0), floor) for p in self.pov_names}
        self.pov_prior = learned

    def real_person(self, person: str) -> bool:
        """A person who may be named as a POV or narrator: a roster character, or a learned name the
        book refers to with "he"/"she" (not a place, a group or a thing the capitals made look like one)."""
        if self.roster:
            return True
        return person in self.people.gender

    def _addressed_name(self, person: str) -> bool:
        """A name others address at least twice ("Sorry, Doc"; "Go on, Marisol"): a narrator candidate even
        with no he/she, since a book hardly ever calls its "I" he or she. The same floor as the names the
        book *only* addresses someone by (`characters.addressed_only`: The Tollhouse Summer's "Sparrow"),
        for a name that also acts in the third person (Saint Adela's "Doc said"). Places and things that
        are talked to were set apart by the model."""
        e = self.model.person(person) if self.model else None
        return e is not None and e.evidence.get("vocative", 0) >= 2

    def _addressed_title(self, title: str) -> str | None:
        """A first-person chapter titled with one word the book uses to address someone ("## Chef" where
        the kitchen says "Yes, Chef"; "## Marisol" and "Go on, Marisol"): the name of its narrator, when
        the book's people do not know it (`_person_name` did not). Without a roster only."""
        if self.roster or self.model is None:
            return None
        t = strip_emphasis(title).strip(" .:;,!?")
        if not re.fullmatch(rf"[{UPPER}][{LOWER}][\w’'\-]*", t) or t in _STOP:
            return None
        ev = self.model.forms.get(name_words(t))
        return t if ev is not None and ev.vocative >= 1 and ev.place == 0 else None

    def titled_narrator(self, title: str) -> str | None:
        """The narrator a recurring chapter title names (`pipeline._recurring_titles`): the roster's POV character
        it is a name of, when there is a roster; else the person the book knows by it, or the title itself when it
        is shaped like a name (one to three capitalised words, none the book writes in lower case, no article, no
        digits) and the book uses it for no place or thing."""
        t = strip_emphasis(title).strip(" .:;,!?")
        if self.roster:
            got = self._person_name(t)
            return got if got in self.pov_names or not self.pov_names else None
        words = t.split()
        if not 1 <= len(words) <= 3 or re.search(r"\d", t) or re.match(r"(?i)(?:the|a|an)\b", t):
            return None
        if any(not w[:1].isupper() or w in _STOP for w in words):
            return None
        person = self.people.forms.get(name_words(t))
        if person is not None:
            return person
        if any(w.casefold() in self.people.lower_words for w in words):
            return None  # "WINTER", "After": a word, not a name
        if self.model is not None and self.model.kind_of(t) not in (None, "person"):
            return None
        return " ".join(title_case(w) if w.isupper() else w for w in words)

    def labelled_narrator(self, title: str) -> str | None:
        """The narrator a chapter title names in a book that heads its chapters by their tellers' names
        (`pipeline._name_headed_chapters`): as `titled_narrator`, and also a name the book's model files as a kind
        of being when the book shows it speaking or thinking at least twice and as often as it takes "are" (a child
        who calls himself by his name, "Virgil knocks two times", "“Virgil promised her,” Virgil said", read as a
        kind from "Virgil's people"): under a teller's heading the name is a teller, as a species never is."""
        got = self.titled_narrator(title)
        if got or self.roster or self.model is None:
            return got
        t = strip_emphasis(title).strip(" .:;,!?")
        if not re.fullmatch(rf"[{UPPER}][{LOWER}][\w’'\-]*(?: [{UPPER}][{LOWER}][\w’'\-]*){{0,2}}", t) or t in _STOP:
            return None
        if self.model.kind_of(t) != "kind":
            return None
        f = name_words(t)
        e = next((e for e in self.model.others if name_words(e.name) == f), None)
        if e is None:
            return None
        ev = e.evidence
        acts = ev.get("said", 0) + ev.get("mind", 0)
        return t if acts >= 2 and acts >= ev.get("plural", 0) and ev.get("gendered", 0) >= 2 else None

    def _narrator_name(self, name: str) -> str | None:
        """A name the text signs (a byline) as a narrator: a roster POV character when there is a roster,
        else a person the book knows (as `narrator_evidence` takes them: with a pronoun, or addressed at least twice, as
        a log keeper the crew call "Signals" is) or a full name."""
        if self.pov_names:
            got = self.roster.match_name(name) if self.roster else None
            return got if got in self.pov_names else None
        person = self.people.resolve(name)
        if person and (self.real_person(person) or self._addressed_name(person)):
            return person
        return name if len(name_words(name)) >= 2 else None

    def _person_name(self, text: str) -> str | None:
        """The person a heading or chapter title *is* ("Tomas", "KAEL", "Dr. Seward"), else None.

        The whole text must be one real person's name: a title that mentions someone ("With Dejah
        Thoris"), a phrase ("We Plan Escape") or a thing with an article ("The Heat-ray") is not.
        """
        t = strip_emphasis(text).strip(" .:;,!?")
        if not t or re.match(r"(?i)(?:the|a|an)\b", t) or re.search(r"\b(?:Chapter|Part)\b", t, re.I):
            return None
        words = name_words(t)
        if not words or len(words) > 4:
            return None
        if self.roster:
            for c in self.roster.characters:
                if any(name_words(a) == words for a in (c.name, *c.aliases)):
                    return c.name
            return None
        person = self.people.forms.get(words)
        return person if person and self.real_person(person) else None

    # ---- scene type, tension, setting ----------------------------------------------------------------
    def profile(self, text: str, terms: bool = True, read_out: bool = True) -> TextProfile:
        """The chunk's features; `terms=False` skips the invented terms (only scene type reads them). A letter or
        telegram the scene reads out is narration here (`text.read_out_as_narration`: the scene type weighs what
        it does), but the tension reads the chunk as it was, the document as speech (`as_said`), as it always
        has: a will read at a deathbed is no calmer for being a will. Such a chunk is profiled twice, once each way
        (its transcript, if any, each way too): a cost paid only where something is read out."""
        read = read_out_as_narration(text) if read_out else text
        if read != text:
            as_said = self.profile(text, terms=False, read_out=False)
            return replace(self.profile(read, terms, read_out=False), as_said=as_said)
        told = speaker_lines_as_speech(text)
        # a radio log or a recorded meeting: its lines are speech for the scene type, but they are also all that
        # happens, so the tension reads them as it reads narration (The Quorum at Calloway's attack on the
        # station, The Mercy Winter's council link)
        # (read out as this profile is: `as_said`'s transcript keeps the document's quotes too)
        transcript = (
            self.profile(speaker_lines_unlabelled(text), terms=False, read_out=read_out) if told != text else None
        )
        text = told
        plain = strip_emphasis(text)
        nar, nested = self._narration(text)
        tokens = _TOKEN.findall(nar.lower())
        # inside a story told in quotes, only its own (single-quoted) speech is dialogue
        said, single = (plain.replace("“", " ").replace("”", " "), True) if nested else (plain, False)
        said_tokens = [t for a, b in quoted_spans(said, single) for t in _TOKEN.findall(said[a:b].lower())]
        spoken = sum(word_count(said[a:b]) for a, b in quoted_spans(said, single))
        all_tokens = _TOKEN.findall(plain.lower())
        sentences = [x for x in _SPLIT_SENTENCES.split(nar) if re.search(r"\w", x)]
        lengths = [len(x.split()) for x in sentences]
        paras = plain.split("\n\n")
        speaking = [any(q in p for q in '“"') for p in paras if p.strip()]
        words = max(1, word_count(plain))
        term_list = self.worldbuilding_terms(text, [], limit=50) if terms else []
        return TextProfile(
            words=words,
            narration_words=max(1, len(tokens)),
            dialogue_share=round(spoken / words, 3),
            speech_turns=sum(speaking),
            reported=sum(t in SPEECH_WORDS for t in tokens),
            action=sum(t in ACTION_WORDS or t in ACTION_PRESENT for t in tokens),
            path=_paths(tokens),
            intro=sum(t in INTRO_WORDS for t in tokens),
            expo=sum(t in EXPO_WORDS for t in tokens) - _named_world_words(nar),
            danger=sum(t in DANGER_WORDS for t in all_tokens),
            numbers=len(_NUMBER.findall(nar)),
            questions=sum(x.rstrip('”’" ').endswith("?") for x in sentences),
            exclamations=plain.count("!"),
            sentences=len(sentences),
            short_sentences=sum(n <= 6 for n in lengths),
            long_sentences=sum(n >= 30 for n in lengths),
            first_person=sum(t in ("i", "me", "my", "myself") for t in tokens),
            # a scene told in the second person says "you" of its POV character, not to a reader (`second_person`)
            addressed=0 if self._told_to_you(nar) else sum(t in ("you", "your") for t in tokens),
            paragraphs=sum(1 for x in paras if x.strip()),
            ands=tokens.count("and"),
            perceptions=sum(t in PERCEPTION_WORDS for t in tokens),
            spans=sum(t in SPAN_WORDS for t in tokens),
            deictic=sum(t in DEICTIC_WORDS for t in tokens),
            habitual=sum(t in HABITUAL_WORDS for t in tokens) + _used_to(tokens),
            spoken_words=spoken,
            spoken_past=sum(t in PAST_AUXILIARIES for t in said_tokens),
            word_classes=class_counts(tokens, nar),
            exchange_turns=exchange_turns(speaking),
            terms=len(term_list),
            term_list=tuple(term_list),
            transcript=transcript,
        )

    def scene_type(
        self,
        text: str | TextProfile,
        weights: SceneTypeWeights | None = None,
        book: dict[str, tuple[float, float]] | None = None,
        layer: TypeLayer | None = None,
    ) -> tuple[str, dict]:
        """action | dialogue | introspective | exposition, with the features that decided it.

        Four hand-made scores, one per type (`_type_features`, kept under "absolute_scores"):
        dialogue: the share of quoted words, how many paragraphs carry speech and the verbs of speech in
        the narration (a conversation told partly in reported speech: "Ferris says", "I told him";
        dialogue scenes of four books run 14-55 per 1,000 narration words, other scenes under 20). The other three
        read the narration only and are damped by the dialogue share (a scene mostly spoken is not
        interior or expository however its narration leans): action counts physical and motion verbs,
        short sentences and the prepositions of path past what any scene has ("out into the yard", "across",
        "past", "toward": motion in any tense and with any verb, "she drives", "I took us out of the bottom of
        Ropewalk"; action scenes run 27 per 1,000 narration words on average, others 11, higher in all 13
        type-labelled books); introspective counts thinking and feeling words and questions the
        narration asks itself; exposition counts explanatory and world words (not those inside a name
        such as "the Hollow Moon", which the invented terms already count), numbers, invented terms,
        long sentences and a narrator addressing the reader ("here is what nobody tells you").
        A transcript's "NAME: words" lines are speech (`text.speaker_lines_as_speech`).
        The type is then read from the four scores by a fitted layer (`type_layer`): with `book` (each score's mean
        and spread over the chunk's book: `book_scene_types`) `TYPE_LAYER`, which also weighs each score's standing
        in its book (kept under "standing") and the chunk's pacing (paragraphs per 100 words and the narration's words
        naming a span of time per 100 narration words, `SPAN_WORDS`, under "pacing"), and
        the standing of measures of what the chunk does (under "measures": its narration's "and" and verbs of
        perceiving per 100 narration words, its paragraphs carrying speech per 100 words, its narration's words
        pointing at the here and now and its "would" and "used to" per 100 narration words), and of the narration's
        word classes (`word_classes`: quantifiers, negators, reasoning words, kin, sense words, words that introduce,
        number words, "-ing" forms and similes per 100 narration words, paragraphs of speech next to another per 100
        words; all of them `type_layer.STANDING_ONLY`), else `TYPE_LAYER_ALONE`. "scores" holds
        each type's probability.
        The two measures, on the 464 labelled chunks of 44 books left one book out: 401 -> 406 right (gains in eight
        books, losses of one chunk in five); with the layer fitted on all of them, 403 -> 416: 16 chunks right that
        were wrong, among them four documents that set out what happened (a letter, a solicitor's letter, a
        magistrate's report, a restaurant review in The Bell at Saint Ermelinde, The Stavely Settlement, The Yingchun
        Gate, Eighty Covers), and 3 wrong that were right. Tried beside them on the same folds (a re-implementation
        that gives the same base, 401) and not kept: the same two read as they are (409, but a book whose writer
        rarely says "and" then reads as exposition throughout), spelled-out numbers as numbers (402), "you" in the
        narration (400), words of time (year, morning, winter: 403), of the body (hands, eyes: 402), capitalised
        words inside a sentence (402), modal and negation words (401), each alone as a layer column.
        Tried and not kept (no better left out): present-tense forms of the thinking verbs (those of the action
        verbs are counted, `ACTION_PRESENT`), every spatial particle (up, down, under: only those of path help), the
        density of "the", of personal pronouns, paragraph length inside a hand score (the layer reads it now, as
        pacing), exclamations, habitual words (always, usually,
        every), the past perfect as introspection, world words after a path ("across the river") not counting as
        exposition, the narration's "is"/"are"/"has" as world words (0.3 each: 251 of 278 left one book out, as
        without; 0.8: 248), danger words (the tension's) in the action score (one point per 15 per 1,000 words: 250),
        a book's own average of each score as its baseline, the standing added to each score
        with one hand-set weight (the layer before this one: 213 of 239 right, 209 left one book out).
        Also tried on the 420 labelled chunks of 40 books (the five written blind on 2026-12-05 among them), each as
        a layer column (absolute, standing in its book, or both), left one book out against 365, all within +-3
        (noise; the harness's own base, `--type-cv --holdout`, is 366): a chunk opening as a document (dateline,
        salutation, capitals header) or closing as one (signature, "End of entry"), alone or times the
        introspection score (such chunks are labelled exposition in nine books, but also introspective, dialogue
        and action, so the column flips right chunks too); paragraph-initial speech, quote marks per 1,000 words,
        the speech-free paragraphs' share and their action, thinking and world-word rates, present against past
        verb forms, sentences opening on "I", "you" with "I", sequence and time-span words, he/she and we rates,
        the narration's paragraph length; L2 0.001-0.1.
        And on the same 420 chunks (left one book out against 365, L2 0.003-0.03): the share of a chunk's words in
        windows of 80, 150 or 250 words whose highest hand score is each type (the writers weigh "half its lines
        are talk"), as shares, standings or exposition less introspection: 360-367; past "-ed" forms, sentences
        opening on a time adverbial, dates and clock times, plural time spans ("twenty days"), "I" before a
        thinking verb, they/we, "I"/"me"/"my": 360-367; a document opening (`documents.document_opening`: a
        dateline, a salutation, a numbered log header) alone, times the narration share or the introspection
        score: 362-365; the looser detector times dates, "-ed", "I think" or they/we: 362-369 among some 40
        variants (noise). A scene opening as a document goes to the review file instead (`pipeline`).
        And on the 621 chunks of 58 books (left one book out 539 on a re-implementation whose base is one under
        `--type-cv --holdout`'s 540; each a column read as it is, as pacing, or as its standing, with the scaled
        penalty), none kept, all within -12..+2 and each moving books both ways: the past perfect ("had gone", "'d
        been") 532-536, habitual "would" and "used to" 535-538, the two together 527-534 (a memory told in the
        past perfect is as often labelled introspective as a letter's or an opening's back-story exposition), "I"/
        "we" before a reflecting verb 534, "that winter", "every morning", "for years" 538-539, sentences whose subject
        does a physical act, a speech act, or the difference 532-539, nominalisations (-tion, -ness, -ity) 537-540,
        mean word length 537-540, explanatory connectives (because, which, therefore) 533-536, quoted words per
        speaking paragraph 536-537, the book's first chunk 541 (sixteen books move), its first two 535, the chunk's
        place in its book 534, the action and dialogue scores' product or minimum (fights with talk) 536-538, L2
        0.01 539, 0.03 536.
        Measured and left for a decision: the book's first chunk as a layer column (32 of the 40 books open on a chunk
        labelled exposition): left one book out 366 -> 369 with the shipped penalty (+4 at L2 0.003 to +9 at 0.02 in a
        re-implementation), 364 -> 368 over neutral hand weights, the five books written blind on 2026-12-05 43 -> 45
        of 58, in-sample 368 -> 376; not shipped because with it the layer types one chunk of the Gaea sample
        differently at every penalty (9 of 9 -> 8 of 9 in `test_manuscripts`; refitted on the 40 books without it,
        9 of 9) and the refit flattens the review line (lead at 0.5 0.549 -> 0.520 on the tuning texts).
        """
        w = weights or SCENE_TYPE_WEIGHTS
        p = text if isinstance(text, TextProfile) else self.profile(text)
        features = self._type_features(p, w)
        absolute = features.pop("scores")
        standing = None
        if book is not None:
            measured = {**absolute, **features["measures"]}
            standing = {k: (v - book[k][0]) / (book[k][1] + w.book_floor) for k, v in measured.items() if k in book}
        chosen = layer or (TYPE_LAYER if standing is not None else TYPE_LAYER_ALONE)
        probabilities = chosen.probabilities({**absolute, **features["pacing"]}, standing)
        kind = max(probabilities, key=lambda k: (probabilities[k], k))
        features["scores"] = {k: round(v, 3) for k, v in sorted(probabilities.items())}
        features["absolute_scores"] = {k: round(v, 2) for k, v in sorted(absolute.items())}
        if standing is not None:
            features["standing"] = {k: round(v, 2) for k, v in sorted(standing.items())}
        return kind, features

    def book_scene_types(
        self,
        profiles: list[TextProfile],
        weights: SceneTypeWeights | None = None,
        min_chunks: int = 5,
        layers: tuple[TypeLayer, TypeLayer] | None = None,
    ) -> list[tuple[str, dict]]:
        """The scene type of every chunk of one book, each score judged also by its standing in the book's own
        distribution of it, `(score - book mean) / (book spread + book_floor)`. How much dialogue, motion or
        thought a scene of its kind holds depends on the writer (one quotes every exchange, another reports it;
        one narrates a chase in place names, another in verbs), so a scene that stands out from the rest of its
        book in a type leans to that type; `TYPE_LAYER` weighs the standings with the absolute scores. Left one
        book out (`benchmarks/eval_manuscripts.py --type-cv --holdout`), the layer refitted without the book
        types 218 of the 239 labelled chunks of 25 books right (217 with its L2 penalty chosen without the book
        too), where the standing added to the scores with one hand-set weight got 209; on 314 chunks of 31 books,
        278 (279), and 282 (280) once the layer also read the pacing (`type_layer.PACING`). A book of fewer than
        `min_chunks` chunks has no distribution to speak of: its chunks are typed as lone passages
        (`TYPE_LAYER_ALONE`). `layers` (book layer, lone layer) replaces the
        shipped ones (the benchmark refits them)."""
        w = weights or SCENE_TYPE_WEIGHTS
        in_book, alone = layers or (TYPE_LAYER, TYPE_LAYER_ALONE)
        if len(profiles) < min_chunks:
            return [self.scene_type(p, w, layer=alone) for p in profiles]
        features = [self._type_features(p, w) for p in profiles]
        raw = [{**f["scores"], **f["measures"]} for f in features]
        book = {}
        for k in raw[0]:
            values = [s[k] for s in raw]
            mean = sum(values) / len(values)
            book[k] = (mean, (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5)
        return [self.scene_type(p, w, book, layer=in_book) for p in profiles]

    def _type_features(self, p: TextProfile, w: SceneTypeWeights) -> dict:
        """The features `scene_type` reads and the four absolute scores (under "scores", unrounded)."""
        narrative = 1.0 - min(1.0, p.dialogue_share)
        short = p.short_sentences / max(1, p.sentences)
        long_ = p.long_sentences / max(1, p.sentences)
        turns = p.speech_turns * 1000 / p.words
        speech_verbs = round(p.per_1k(p.reported), 1)
        action = round(p.per_1k(p.action), 1)
        path = round(p.per_1k(p.path), 1)
        introspection = round(p.per_1k(p.intro + w.questions * p.questions), 1)
        exposition = round(p.per_1k(p.expo + p.numbers + w.terms * min(p.terms, 20) + w.addressed * p.addressed), 1)
        features: dict[str, object] = {
            "dialogue_share": p.dialogue_share,
            "speech_turns_per_1k": round(turns, 1),
            "speech_verbs_per_1k": speech_verbs,
            "action_per_1k": action,
            "path_per_1k": path,
            "introspection_per_1k": introspection,
            "exposition_per_1k": exposition,
            "short_sentence_share": round(short, 3),
            "long_sentence_share": round(long_, 3),
            # what the layer reads beside the four scores (`type_layer.PACING`)
            "pacing": {
                "paragraphs": round(p.paragraphs * 100 / p.words, 3),
                "spans": round(p.spans * 100 / p.narration_words, 3),
                "recounted": round(p.spoken_past * 100 / max(RECOUNTED_FLOOR, p.spoken_words), 3),
            },
            # what the layer reads as the chunk's standing in its book only (`type_layer.STANDING_ONLY`)
            "measures": {
                "chained": round(p.ands * 100 / p.narration_words, 3),
                "perceived": round(p.perceptions * 100 / p.narration_words, 3),
                "spoken": round(p.speech_turns * 100 / p.words, 3),
                "deictic": round(p.deictic * 100 / p.narration_words, 3),
                "habitual": round(p.habitual * 100 / p.narration_words, 3),
                **{k: round(n * 100 / p.narration_words, 3) for k, n in p.word_classes.items()},
                "exchange": round(p.exchange_turns * 100 / p.words, 3),
            },
        }
        scores = {
            "dialogue": p.dialogue_share / w.dialogue_share
            + min(turns, 30) / 150
            + max(0.0, speech_verbs - 10) / w.speech_verbs,
            "action": narrative
            * (action / w.action + max(0.0, short - 0.3) * w.short + max(0.0, path - w.path_floor) / w.path),
            "introspective": narrative * (introspection / w.introspection),
            "exposition": narrative * (exposition / w.exposition + max(0.0, long_ - 0.15) * w.long),
        }
        features["scores"] = scores
        return features

    def tension_score(self, text: str | TextProfile, weights: TensionWeights | None = None) -> float:
        """Danger words, force and motion verbs (past or present: `ACTION_PRESENT`), exclamations and short
        sentences, per 1,000 words (of a transcript: of its lines, read as narration). Counting the present
        forms took leave-one-book-out from 146 to 148 of 159 chunks within one level (neutral start: 148 to 150;
        `--tension-cv --holdout`) and left the scene types as they were (144 and 143 to 144 of 159)."""
        w = weights or TENSION_WEIGHTS
        p = text if isinstance(text, TextProfile) else self.profile(text, terms=False)
        p = p.as_said or p
        p = p.transcript or p
        danger = p.danger * 1000 / p.words
        excl = p.exclamations * 1000 / p.words
        short = p.short_sentences / max(1, p.sentences)
        return danger / w.danger + p.per_1k(p.action) / w.action + excl / w.exclamations + short * w.short

    def tension(self, text: str | TextProfile) -> int:
        """1-5 on the absolute scale alone (one passage, no book to compare it with)."""
        return max(1, min(5, 1 + int(self.tension_score(text))))

    def book_tensions(self, profiles: list[TextProfile], min_chunks: int = 5) -> list[int]:
        """1-5 per chunk (see `book_tension_detail`)."""
        return [level for level, _, _ in self.book_tension_detail(profiles, min_chunks)]

    def book_tension_detail(
        self, profiles: list[TextProfile], min_chunks: int = 5, weights: TensionWeights | None = None
    ) -> list[tuple[int, float, str | None]]:
        """(level 1-5, confidence, why unsure) per chunk: 70% from the absolute scale and 30% from the
        chunk's rank in its book, so a book's climax scores higher even when the book is quiet overall and
        a loud book keeps a range. The weights (`TENSION_WEIGHTS`) were refitted on the 362 tension-labelled
        chunks of 35 books at once (`--tension-cv --holdout`, 2026-12-05: 333 within one level with the
        weights fitted on 17 texts, 338 refitted; leave-one-book-out 337): the four books written blind that
        day put their climaxes at 5 and their codas at 1, and the 80/20 blend kept both near the middle.
        The book's last chunk then falls `coda` levels when it is not the climax (`_falling_action`): 338 -> 344
        in-sample and left one book out (`coda` refitted with the rest in each fold), six books gain, none loses.
        Tried and not kept: the book's distribution as its
        median, its z-scores or its range in place of the rank (143-147 left out), paragraph length as pacing
        (noise: 145-150). A book of fewer than
        `min_chunks` chunks has no distribution to speak of: absolute only. The confidence falls when the
        two parts disagree and when the blend sits between two levels."""
        w = weights or TENSION_WEIGHTS
        scores = [self.tension_score(p, w) for p in profiles]
        absolute = [max(1.0, min(5.0, 1 + s)) for s in scores]
        if len(scores) < min_chunks:
            return [(max(1, min(5, int(a))), 0.6, "too few chunks in the book to compare with") for a in absolute]
        order = sorted(range(len(scores)), key=lambda i: scores[i])
        rank = [0.0] * len(scores)
        for r, i in enumerate(order):
            rank[i] = r / (len(scores) - 1)
        out: list[tuple[int, float, str | None]] = []
        for a, q in zip(absolute, rank, strict=False):
            by_rank = 1 + 4 * q
            blend = w.absolute * a + w.rank * by_rank
            level = max(1, min(5, round(blend)))
            apart = abs(a - by_rank)
            between = 2 * abs(blend - round(blend))  # 1: exactly between two levels
            conf = max(0.2, min(0.95, 0.95 - 0.15 * apart - 0.3 * between))
            why = None
            if apart >= 2:
                why = f"absolute scale {a:.1f} vs rank in the book {by_rank:.1f}"
            elif between > 0.8:
                why = f"between levels {int(blend)} and {int(blend) + 1}"
            out.append((level, round(conf, 3), why))
        return self._falling_action(out, w.coda)

    @staticmethod
    def _falling_action(levels: list[tuple[int, float, str | None]], coda: int) -> list[tuple[int, float, str | None]]:
        """The book's last chunk `coda` levels lower when it is not the climax (below the highest level any
        chunk before it reached): a story ends on its resolution, whose words still recall the danger just past
        ("the water took nineteen days to go down") but whose tension has fallen. A book that ends on its climax
        (Dracula's last fight) keeps its level."""
        if not coda or len(levels) < 2:
            return levels
        level, conf, why = levels[-1]
        if level >= max(lv for lv, _, _ in levels[:-1]):
            return levels
        return [*levels[:-1], (max(1, level - coda), conf, why or "the book's last chunk, after its climax")]

    def characters_confidence(self, characters: list[str]) -> tuple[float, str | None]:
        """How sure the characters list is: names the book never refers to with he/she may be places or
        things the capitals made look like people."""
        if not characters:
            return 0.6, "no named person in the chunk"
        unsure = [c for c in characters if not self.real_person(c)]
        conf = round(0.9 - 0.5 * len(unsure) / len(characters), 3)
        return conf, ("no he/she evidence for " + ", ".join(unsure[:3])) if unsure else None

    def setting(self, text: str, chapter: object = None, pov: str | None = None) -> SettingResult:
        """Where a chunk happens (`places.scene_setting`: the place the narration puts people in, from
        the character model's places and rooms; never a chapter title or a person), else where the same
        POV character was earlier in the chapter, else None with confidence 0."""
        model = self.model if self.model is not None else build_model([text], self.roster)
        return self._settings.setting(text, model, chapter, pov)
