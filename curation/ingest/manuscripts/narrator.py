"""Who the "I" of a first-person scene is, from what the text itself says about the narrator.

A first-person narrator is named only where the text names them:

- addressed by someone else: a vocative in speech the narrator does not speak ("“John Carter,” she
  said", "That's good, Tomas."). Speech tagged "I said" / "said I" is the narrator's own, so the
  people it addresses are not the narrator; a person who speaks under a third-person tag ("said
  Sola") or whom the narration keeps naming in the third person is someone else, and so is the leading name
  where the narration names them as often as anyone calls them ("Grann wakes me" beside "Wi, Grann."), and one a
  line is said to beside "to my father" or "looked at my father" ("She looked at my father. “Sarhang, he is a good
  boy.”"); a name the narrator answers to ("Good Lord. Tick." / "“It's a telegram,” I said.") counts again, one
  someone else answers to ("Do we know an Ingram, Connie?" / "“No,” said Miss Varley.") counts against, and a
  relation the narration calls "my aunt, Miss Clemency Ashby" is someone else however often she is addressed; a
  name the narration says the line just called the "I" ("“Samuel,” says Aunt Pat. She's the only person alive who
  calls me that.") counts as a self-introduction;
- a byline heading a printed piece ("... By Lionel Ashby-Grant."), or a record's maker named in its header or
  closing ("Entered by Signals (call sign MAGPIE).", "Respectfully submitted ..., by your servant Gao Shilian,
  Registrar of Yongning County.": `record_maker`);
- a self-introduction in the narration or in the narrator's own speech ("my name is John Carter",
  "I, Tomas Varga,", "call me Ishmael"), or the inverted opening of a sworn statement ("Marrable, Ede,
  under-notary ..., being sworn ..., says:");
- a signature after a valediction at the end of a chapter ("Yours very sincerely, / Edgar Rice
  Burroughs."), or a scene's last line that is its writer's name ("Your brother, / Kester"; "Kester
  Marrable, second mate, ..., in haste, the night of the new moon"): a signed letter or ruling is its
  signer's, and names no other scene's "I" (`pipeline._same_narrator`, `pipeline._book_narrator`).

Only a real person may be named (`real(person)`: a roster character, or a learned person whose
pronoun gender the book shows); a chapter title, a place or a group noun never is. With no such
evidence the narrator is unknown and the caller says so (None with a low confidence).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .characters import OTHERS_CALL, deposition
from .documents import document_opening
from .names import SENTENCE_OPENERS, TITLE_GENDER, TITLES
from .people import Mention, PersonIndex
from .pov import SPEECH
from .text import (
    LOWER,
    MONTH_NAMES,
    NAME_WORD,
    NAME_WORD_OR_INITIAL,
    UPPER,
    VOCATIVE_CLOSE,
    VOCATIVE_OPEN,
    blank_spans,
    quoted_spans,
    speaker_label_spans,
    strip_emphasis,
)

#: Speech the narrator speaks: "I said", "I answered quietly", "said I", and in the present tense "I say", "I ask"
#: (Eighty Covers, The Long Carry's first-person chapter, Halloran Street, The Dorothea).
_I_TAG = re.compile(rf"\bI\s+(?:\w+ly\s+)?(?:{SPEECH}|say|ask|tell|reply|answer)\b|\b{SPEECH}\s+I\b")
#: Speech someone else speaks: "she said", "he asked", or a person's name next to a speech verb.
_OTHER_PRONOUN_TAG = re.compile(rf"\b(?:he|she|they)\s+(?:\w+ly\s+)?{SPEECH}\b|\b{SPEECH}\s+(?:he|she)\b", re.I)
#: Speech someone described by a noun phrase speaks, right after or before a quote: "“Krysiu, put the water on
#: again,” my mother-in-law said" (The Looms on Piotrkowska), "“Lusi,” my mother said" (The Mau at Vaimoso), "said his
#: mother", "said the old woman": a relation or a stranger of the "I"'s, not the "I".
_NOUN_TAG = re.compile(
    rf"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*\s+(?:\w+ly\s+)?{SPEECH}\b"
    rf"|\b{SPEECH}\s+(?:my|his|her|their|our|the)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*(?=\s*[,.;:!?—–])"
)
_SPEECH_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?{SPEECH}\b", re.I)
_SPEECH_BEFORE = re.compile(rf"\b{SPEECH},?\s+(?:the\s+)?$", re.I)
#: A subject right before that verb: the verb is its sentence's, and the name after it is what was said, not who said
#: it ("Podge said Bunty of the Marsh" in The Upper Fourth at Hadleigh's diary, "Hartigan said Bertha had more sense"
#: in Kitty's Steps, "I said Skye was in the helicopter" in The Long Carry).
_PRONOUN_SUBJECT = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou)\s+$")
#: A family name between "the" and a common noun names a thing or a group called after the family ("the Ashby blue",
#: a brooch, in A Week at Ottilie; "the Kellogg camp", "the Holloway trial" in Little Fuzzy; "the Westenra tomb" in
#: Dracula), not the person as someone else than the "I" (a post is no family name: "the Warden said").
_THE_BEFORE = re.compile(r"(?:^|\s)[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
#: After a name in the narration, what makes it someone acting or described (`NarratorEvidence.acting`): a verb or a
#: clause in lower case ("Grann wakes me", "Ato Gebeyehu, who used to lift him"), not a label's full stop.
_ACTING_AFTER = re.compile(r",?\s+[a-z]")
#: The narrator's relation named in the narration, who is someone else than the "I": "my aunt, Miss Clemency Ashby",
#: "my Aunt Clemency" (A Week at Ottilie), "my father, Marshal Pryor" (Cutter Grade), "my friend John" (Dracula).
_RELATIONS = (
    r"(?:aunt|uncle|mother|father|brother|sister|husband|wife|cousin|grandmother|grandfather|gran|grandma|grandad|"
    r"son|daughter|niece|nephew|mum|mom|mummy|mommy|mama|papa|dad|daddy|fiancée?|friend|employer|master|mistress|landlady|landlord)"
)
_MY_RELATION = re.compile(rf"\b[Mm]y\s+(?:\w+\s+)?{_RELATIONS},?\s+$", re.I)
_MY = re.compile(r"\b[Mm]y\s+$")
_RELATION = re.compile(rf"{_RELATIONS}\b", re.I)
#: A kinship word alone, said as a name ("“Tell him, Sister.”", "“Mother, sit down.”"): it tells how the speaker is
#: related to whoever they speak to, not which of the family that is.
_KIN_ALONE = re.compile(rf"{_RELATIONS}", re.I)
_KIN_WORDS = tuple(w for w in re.findall(r"[a-z]+", _RELATIONS) if len(w) >= 3)
#: What a child calls a parent, said alone, in the forms `_RELATIONS` lacks: "Ma" (The Panyard on Nelson Street, The
#: Steps in Hanover Street), "Mam" (The Welfare Hall at Abercrug, Under Old Gregory), "Pa" (The Burying of Delphine
#: Ashby, The Steps in Hanover Street), the Iberian "Mãe" / "Mamá" (The Stair on Rua dos Remédios, The Taxi on Avenida
#: de Mayo): the "I" calling their mother so names her, never the "I" (`_kin_alone`).
_PARENT_CALLS = frozenset({"ma", "mam", "pa", "mãe", "mamá"})
_VOWELS = "aeiouyąęáéíóúàèìòùâêîôûäëïöü"


def _kin_alone(word: str) -> bool:
    """A kinship word alone (`_KIN_ALONE`), or one in another case that changes only its last vowel: "Mamo", the
    vocative of "mama" (Polish, Ukrainian: "Something has happened, Mamo," to the son's mother in The Looms on
    Piotrkowska), as "Krysiu" is of "Krysia" (`ending_variant`)."""
    if _KIN_ALONE.fullmatch(word) or word.casefold() in _PARENT_CALLS:
        return True
    w = word.casefold()
    return any(len(k) == len(w) and k[:-1] == w[:-1] and k[-1] in _VOWELS and w[-1] in _VOWELS for k in _KIN_WORDS)


def ending_variant(said: str, known: str) -> bool:
    """Whether the name `said` is the name `known` in another case: the same stem of three letters or more, each
    ending at most two letters after it, the said one ending in a vowel or nothing (a vocative: "Krysiu" and "Pani
    Krysiu" to Krysia, "Zbyszku" to Zbyszek in The Looms on Piotrkowska; "Alekos" beside "Aleko" in The House on the
    Bosphorus; "Lusi" beside "Lusia" in The Mau at Vaimoso). A different name sharing a stem ends in a consonant
    cluster ("Thorgerd" beside "Thorgeir", The Thorgeirsson Feud): not a case of it."""
    a, b = said.casefold(), known.casefold()
    if a == b or min(len(a), len(b)) < 4:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    tail = a[k:]
    return k >= 3 and len(tail) <= 2 and len(b) - k <= 2 and (not tail or tail[-1] in _VOWELS or tail == "s")


#: Narration beside a line that says it was said to, or looking at, a relation of the narrator's or of the speaker's:
#: "“Sarhang, he is a good boy.”" after "She looked at my father." (The Garden in Shemiran), "said to my father,
#: “Tumur-guai, I'm sorry for your mother.”" (The Steppe at Bayan Ovoo), "“Kurata-san,” she said to my uncle." (The
#: Same Tea): its calls are to that relation, someone other than the "I".
#: A kinship word the narration uses as a name is the narrator's relation too: "He turns his head, slowly, towards
#: Daddy. “Babatunde. Did you think I did not know?”" (The House on Bode Thomas; one text, kept as a reading
#: convention: a narrator's "Daddy" is the person "my father" names, the same word without the "my"). Not a kinship
#: word before a name, a title there: "to Mama Kui" (The Number 46 Line), "asked Sister Agatha" (Dracula).
_TO_RELATION = re.compile(
    rf"\b(?i:to|at|towards|asked|asks|told|tells)\s+"
    rf"(?:(?i:my|his|her)\s+(?i:{_RELATIONS})\b|(?=[{UPPER}])(?i:{_RELATIONS})\b(?!\s+[{UPPER}]))"
)
#: Before a vocative inside speech: the opening of the quote, a comma, a dash, "O"/"oh".
_VOC_BEFORE = re.compile(r"(?:^[“\"«„]\s*|[,;—–]\s*|\b(?:O|Oh|oh|Ah|ah),?\s+|[.!?]\s+)$")
#: A word of endearment a call may carry after the name ("“Carys love,” June was saying", "“It was the same, Gareth
#: bach.”", The Welfare Hall at Abercrug; "“Morag hen, ...”", the probe the-close-in-govan): still a call by that name.
_ENDEARMENT = r"(?:\s+(?:love|dear|darling|bach|hen|pet))?"
_VOC_AFTER = re.compile(_ENDEARMENT + r"\s*(?:[,!?;—–]|\.(?!\w)|[”\"»])")
_SELF_INTRO = re.compile(
    r"(?:\b(?:[Mm]y\s+name\s+(?:is|was)|[Mm]y\s+name[’']s|[Tt]he\s+name[’']s|(?i:you\s+may)\s+(?:\w+\s+){0,3}"
    rf"call(?:s|ed)?\s+me|{OTHERS_CALL}\s+me|(?:has|have|had)\s+(?:always\s+)?called\s+me|[Cc]all\s+me|"
    # "I was" before a name, the past of "I am": "I was Rakoto too, of course" (the clerk whom every man at the counter
    # is Rakoto to, The Rice Terraces at Moramanga), "I was Mikey then, to everyone" (The Townland of Carrigeen)
    rf"I\s+am\s+called|I\s+was\s+called|I\s+(?:was|had\s+been|have\s+been)\s+named|I\s+am|I\s+was|I\s+(?:have|had)\s+been|I[’']ve\s+been|(?<![{UPPER}{LOWER}]\s)I,|"
    r"(?:[Hh]e|[Ss]he)\s+(?:still\s+|always\s+|only\s+)?calls\s+me|"
    # what one person or nobody calls the "I" (a habit in the present, or never): "Mathe calls me Brayo", "Nobody calls
    # me Brian" (The Number 46 Line), "nobody has ever called me Ramon" (The Four Days of EDSA), "Nobody here calls me
    # Frankie" (The Upper Fourth at Hadleigh), "Tamsin calls me Latch" (Cold Ledger); not "She called me Pat, once"
    # (a confused mother's slip, Contents of a House)
    rf"(?:[Nn]obody|[Nn]o\s+one|[Nn]o-one)(?:\s+[\w’']+){{0,3}}?\s+call(?:s|ed)\s+me|[{UPPER}][{LOWER}]+\s+calls\s+me)|"
    r"\b(?:[Jj]ust|[Oo]nly|[Ii]t[’']s|[Ii]t\s+is|[Tt]hat[’']s)\s+me[.:—–])\s+[“\"‘]?$"
)
#: The narration giving the narrator's name in apposition to "my name", in the same sentence: "a government envelope
#: with my name on it in English, ANNAMMA THOMAS" (Below Sea Level), "he came and asked me my name, and I said
#: Sparrow" (Kitty's Steps), "she said my name the way she said it, the whole of it, Thomas Edward" (Keeping Agatha).
_MY_NAME_APPOSED = re.compile(r"\b[Mm]y\s+name\b[^.!?;:“”\"]{0,50}(?:,|\bI\s+said)\s*$")
#: The same apposition with the full name after it, for a name no person of the book's covers (`_named_self`): "I wrote
#: the date, and then my name, Lucio Benavides Carranza, in the best hand I had" (The Glacier Above Yungay, the only
#: time the teacher's name is written), as "calling my name, my real name, Mary Alice, Mary Alice" (Out at Celestine)
#: and "my name on it in English, ANNAMMA THOMAS" (Below Sea Level) name the "I" their books know. Two to four
#: capitalised words: a full name, which a stray capital after a comma ("my name, Mother said") is not.
_MY_NAME_FULL = re.compile(
    rf"\b[Mm]y\s+name\b[^.!?;:“”\"]{{0,50}}?,\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})(?=\s*[,.;:!?—–]|\s*$)"
)
#: A self-introduction that says it is one, followed by the name: "my name is Jennet", "everybody on Marguerite calls
#: me Moth", "the name's Tam". Unlike a bare "I am" or "I," it names the narrator even when the book's people do not
#: include the name (a name used a few times, only by the narrator and by those who address them). "I had been named
#: Hamed for his father" (The Balcony in Malindi; no second text in the books or the corpus) is kept as a reading
#: convention: the passive of naming says what "I am called" says.
_NAMED_SELF = re.compile(
    r"(?:\b[Mm]y\s+name\s+(?:is|was)|\b[Mm]y\s+name[’']s|\b[Tt]he\s+name[’']s|"
    rf"{OTHERS_CALL}\s+me|\b[Cc]all\s+me|\bI\s+am\s+called|\bI[’']m\s+called|\bI\s+(?:was|had\s+been)\s+named|\b(?:[Hh]e|[Ss]he)\s+calls\s+me)\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
)
#: A valediction, with a clause about the writer after it: "Your loving sister, who will be glad all her life that
#: she went," (The Cresswell Papers), "Your mother, who kisses your eyes," (The Clock at Leninakan).
_VALEDICTION = re.compile(
    r"(?:^|\n|\s)(?:yours(?:\s+\w+){0,3}|(?:very\s+)?(?:sincerely|faithfully|truly|"
    r"respectfully|affectionately|cordially)(?:\s+yours)?|with\s+(?:love|regards|best\s+wishes)|"
    rf"your\s+(?:loving|affectionate|devoted|obedient)\s+\w+|your\s+(?:own\s+)?{_RELATIONS})"
    r"(?:,\s+who\s[^.!?;:]{1,120}?)?,?\s*$",
    re.I,
)
#: A place and a date after a letter's signature: "Siranush Petrosyan / Yerevan, 20 December 1988" (The Clock at
#: Leninakan), as "Wragby Vicarage. Monday, 3rd October 1887." heads the letters of The Cresswell Papers. The place is
#: one word: a line's breaks may be gone, and the words before it are the signature.
_MONTH = rf"(?:{MONTH_NAMES})"
_DATELINE = re.compile(
    rf"\s+(?:[{UPPER}][\w’'\-]*[,.]\s+)?(?:[{UPPER}][a-z]+,?\s+)?(?:the\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+\d{{4}}\.?[\W_]*$"
)
_SIGNATURE_NAME = re.compile(rf"^\s*((?:{NAME_WORD_OR_INITIAL}\.?\s+){{0,3}}{NAME_WORD})\.?\s*$")
#: A postscript after the signature ("“P.S.--I need not tell you this is a secret.", "“P. S.--Mother sends her
#: love.", "“P. P. S.--We are to be married" in Dracula's letters; "*P.S. Mr. Brandt has just been in" in Cutter
#: Grade's last letter): the signature is the line before it.
_POSTSCRIPT = re.compile(r"^[\W_]*P\.\s*(?:P\.\s*)?S\.")


#: A letter's opening formula, which names its writer before or after its addressee: "Sulpicia Galla to her Prisca,
#: greeting." (The Brewer's Winter), "By Osric, Margrave of Vey, Warden of the Tollan Gate ..., to all his reeves,
#: bailiffs and sworn men, greeting." (The Cinder Tithe), "To the Council of the Steptoe Settlement ..., from the
#: Director and Board of the Whitman Seed Library, greetings." (Kessler Red).
_GREETING_FORMULA = re.compile(
    rf"^[\W_]*(?:(?:[Ff]rom|[Bb]y)\s+)?(?P<sender>[{UPPER}][^,.;:!?]{{0,60}}?)(?:,[^.;:!?]{{0,200}}?)?\s+to\s+[^.;:!?]{{1,200}}?,?\s+"
    r"greetings?\b[\W_]*$"
    r"|^[\W_]*[Tt]o\s+[^.;:!?]{1,200}?,\s+from\s+(?P<after>[^,.;:!?]{1,100})(?:,[^.;:!?]{0,200}?)?,?\s+greetings?\b[\W_]*$"
)
#: A letter's closing that is its valediction and its signature in one phrase, the writer as "your" someone: "Your
#: Galla." (The Brewer's Winter), "Your loving Mam." (the letter from home in Kitty's Steps). Not a formal valediction
#: before a name ("Yours sincerely, / Carol Lindley" closing one e-mail of a thread, Contents of a House): `signature`
#: reads those for a whole chapter, and a thread of letters keeps each scene's own evidence
#: (`pipeline._signed_chapters`).
_SIGN_OFF = re.compile(r"^[\W_]*Your(?:\s+[a-z]+){0,2}\s+$")


@dataclass
class NarratorEvidence:
    """What one first-person scene says about who its narrator is."""

    addressed: Counter = field(default_factory=Counter)  # person -> vocatives in speech not the narrator's
    introduced: Counter = field(default_factory=Counter)  # person -> "my name is X" by the narrator
    third_person: Counter = field(default_factory=Counter)  # person -> named in the narration
    #: person -> named in the narration before a verb or a clause about them ("Grann wakes me", "Ato Gebeyehu, who
    #: used to lift him"), not a label ("Recorder: I. Varga. Entry two hundred")
    acting: Counter = field(default_factory=Counter)
    speakers: set = field(default_factory=set)  # persons whose speech is tagged in the third person ("said Sola")
    answered_by_other: Counter = field(default_factory=Counter)  # person -> vocatives someone else answered
    #: person -> vocatives in the narrator's own speech ("“Pritchard,” I said"): someone the "I" talks to
    called_by_narrator: Counter = field(default_factory=Counter)
    related: Counter = field(default_factory=Counter)  # person -> named as the narrator's relation ("my aunt, X")
    signed: Counter = field(default_factory=Counter)  # person -> signs the scene's last line ("Your brother, / Kester")
    posts: Counter = field(default_factory=Counter)  # a rank or post alone addressed to the narrator ("Evening, Major")
    #: names the index gives nobody, addressed to the narrator: a given name ("“Ros,” says Tom Gedge") or a gendered
    #: title and a family name ("“Mr Ashby,” he said"): the other half of a name the book also calls the "I" by
    called: Counter = field(default_factory=Counter)
    #: the names lines said to the narrator call them by (`_said_to_me`), known or not: "“And you are Lotte,” she said
    #: to me"
    to_me: Counter = field(default_factory=Counter)
    #: person -> "he" or "she", as the book's index knows them: two forms of one name of different genders are two
    #: people ("Mario" and "Maria"), not one narrator called two ways (`_forms_pooled`)
    genders: dict = field(default_factory=dict)

    def best(self) -> tuple[str | None, float, str]:
        """(narrator, confidence, how): the person the scene names as its narrator, if any."""
        score: Counter = Counter()
        for p, n in self.addressed.items():
            score[p] += n
        for p, n in self.introduced.items():
            score[p] += 3 * n
        for p in list(score):
            # someone the narration keeps naming as "them" is not the "I" (a stray self-reference is
            # allowed: "Dejah Thoris ... and John Carter, gentleman of Virginia, passed"); nor is a speaker
            # the narration tags in the third person
            score[p] -= max(0, self.third_person[p] - 1) + self.answered_by_other[p] + self.called_by_narrator[p]
            if p in self.speakers or self.related[p]:
                score[p] = 0
        if self.signed:
            # a signed letter or ruling is its signer's, whoever else it addresses or names: "Ede, it is not wool"
            # in a letter signed "Kester" (The Hennick Blow), "Ilse Varga, Adjudicator." (The Quorum at Calloway)
            return self.signed.most_common(1)[0][0], 0.85, "signature"
        ranked = _forms_pooled([(p, s) for p, s in score.most_common() if s > 0], self.genders)
        if not ranked:
            post = [(p, n) for p, n in self.posts.most_common() if n >= 2]
            if post and (len(self.posts) == 1 or post[0][1] >= 2 * self.posts.most_common(2)[1][1]):
                # named by nobody, called by a rank or post alone at least twice ("flash the torch, Major", "Evening,
                # Major" to the old man the whole valley calls the Major, The Long Carry; "Yes, Chef" in Eighty
                # Covers, "Sorry, Doc" in Saint Adela): that is the name the book knows the narrator by
                return post[0][0], 0.5, "addressed by a post"
            return None, 0.3, "unnamed narrator"
        (top, s, forms), second = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
        if s - second < 1.0 and second:
            return None, 0.3, "narrator naming ambiguous"
        acting, addressed, introduced = (
            sum(c[f] for f in forms) for c in (self.acting, self.addressed, self.introduced)
        )
        if acting and acting >= addressed + 3 * introduced:
            # named in the narration as acting at least as often as anyone calls them so: someone the "I" watches
            # and answers ("Grann wakes me" beside two "Wi, Grann.", The Yard at Jacmel; "“Gebeyehu,” said my
            # father" and Gebeyehu named in the narration, The Rains in Arat Kilo), not the "I"; nobody, never the
            # next name
            return None, 0.3, "named in the narration as someone else"
        if introduced:
            return top, 0.85, "self-introduction"
        return top, (0.7 if s >= 2 else 0.5), "addressed in dialogue"


def _unaccented(word: str) -> str:
    """`word` without its accents, case folded: "Páll" is "pall"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def same_name_forms(a: str, b: str) -> bool:
    """Whether two one-word names are one name in two forms, accents aside (`ending_variant`): "Palli" and "Páll" to the
    boy of The Ferry to Heimaey, "Lusi" and "Lusia" to the daughter of The Mau at Vaimoso."""
    if len(a.split()) != 1 or len(b.split()) != 1:
        return False
    x, y = _unaccented(a), _unaccented(b)
    return x != y and (ending_variant(x, y) or ending_variant(y, x))


def _other_gender(a: str, b: str, genders: dict[str, str]) -> bool:
    """Whether `genders` knows `a` and `b` and gives them different genders."""
    return bool(genders.get(a) and genders.get(b) and genders[a] != genders[b])


def _forms_pooled(ranked: list[tuple[str, float]], genders: dict[str, str]) -> list[tuple[str, float, list[str]]]:
    """Candidates ranked by score, each name pooled with the other forms of it (`same_name_forms`): calls of "Páll"
    and "Palli" in one scene are two calls of one boy, not a tie between two narrators. Forms `genders` gives
    different genders are two people, never pooled ("Mario" and his sister "Maria"). Each entry: the form scored
    higher (a tie: the longer form), the pooled score and every form pooled in it."""
    out: list[tuple[str, float, list[str]]] = []
    for p, s in ranked:
        k = next(
            (
                i
                for i, (q, _, forms) in enumerate(out)
                if same_name_forms(p, q) and not any(_other_gender(p, f, genders) for f in forms)
            ),
            None,
        )
        if k is None:
            out.append((p, s, [p]))
            continue
        q, t, forms = out[k]
        out[k] = (q if (t, len(q)) >= (s, len(p)) else p, t + s, [*forms, p])
    return sorted(out, key=lambda x: -x[1])


def narrator_evidence(
    text: str,
    people: PersonIndex,
    real: Callable[[str], bool],
    addressed: PersonIndex | None = None,
    strangers: bool = False,
) -> NarratorEvidence:
    """Read a first-person scene paragraph by paragraph (see the module docstring). `addressed`: names the
    book only addresses someone by (`characters.addressed_only`), read beside the people's names. `strangers`:
    a name the narration introduces as the narrator's ("everybody calls me Moth") counts even when it is no
    person the book knows (without a roster: with one, only its POV characters may narrate)."""
    ev = NarratorEvidence(genders=people.gender)
    family = {f[-1] for f in people.forms if len(f) >= 2}  # the last words of full names
    last_turn: str | None = None  # who spoke the previous paragraph of an exchange: "I" or "other"
    called: list[str] = []  # who the previous paragraph's speech addressed
    unknown: list[str] = []  # the names the index gives nobody that the previous paragraph's speech called
    calls: list[tuple[int, str]] = []  # the previous paragraph's names said in speech not the narrator's
    paras = strip_emphasis(text).split("\n\n")
    # the signature stands before any postscript or a place-and-date line
    last = len(signed_part(paras, lambda p: _closing_signer_of(p, people, real, addressed) is not None)) - 1
    letter = strangers and document_opening(text) == "a letter"  # a name its closing signs may be one nobody else uses
    for k, para in enumerate(paras):
        spans = quoted_spans(para)
        mentions = _mentions(para, people, real, addressed)
        outside = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
        if k == last and not spans:
            signer = _signer(para, outside, people, real)
            if signer is not None:
                ev.introduced[signer] += 1  # "Ilse Varga, Adjudicator." closing a ruling she wrote; "Your own / K."
                ev.signed[signer] += 1
                continue
        writer = _letter_writer(para, outside, k, len(paras)) if not spans else None
        if writer is None and letter and not spans and not outside and k >= len(paras) - _SIGN_OFF_PARAGRAPHS:
            writer = _unknown_sign_off(para, people)
        if writer is not None:
            ev.introduced[writer] += 1  # "Sulpicia Galla to her Prisca, greeting." opening the letter, "Your Galla."
            ev.signed[writer] += 1
            continue
        dep = deposition(para) if not spans or spans[0][0] > 0 else None
        maker = people.resolve(dep[0]) if dep else None
        if dep and maker and real(maker):
            # "Marrable, Ede, ..., being sworn ..., says:": the statement's maker names themself
            ev.introduced[maker] += 1
            mentions = [m for m in mentions if m.start >= dep[1]]
            outside = [m for m in outside if m.start >= dep[1]]
        tags = _speech_tags(para, spans, outside, ev, family)
        for m in _described_in_narration(para, spans, mentions, people):
            ev.third_person[m.person] += 1
            ev.acting[m.person] += int(_ACTING_AFTER.match(para, m.end) is not None)
        _named_self(para, spans, mentions, people, real, strangers, ev)
        _reported_calls(para, spans, outside, family, ev)
        turn, last_turn = _turn(spans, tags, last_turn, _beat(para, spans))
        # the names the narrator's own lines here call: an answer that says the name back ("“Pritchard,” I said." after
        # "“Not English. Pritchard.”") is the "I" calling that person, not answering to their own name
        mine = {
            m.person
            for m in mentions
            for span in spans
            if span[0] <= m.start < span[1]
            and _narrator_speaks(span, tags, turn)
            and _vocative_shape(para, span, m.start, m.end)
        }
        _answer([p for p in called if p not in mine], tags, spans, ev)
        _unknown_answered(unknown, tags, spans, ev)
        before_unknown = Counter(ev.called)
        for span in spans:
            _post_vocatives(para, span, tags, turn, ev)
            _unknown_vocatives(para, span, tags, turn, mentions, people, ev)
        unknown = [c for c in ev.called if ev.called[c] > before_unknown[c]]
        before = sum(ev.addressed.values())
        called = []
        about = _said_about(para, spans, mentions)
        to_relation = _said_to_relation(para, spans)
        for m in mentions:
            if m not in outside:
                span = next((a, b) for a, b in spans if a <= m.start < b)
                if (span[0], m.person) in about:
                    continue
                _quoted_naming(para, span, m, tags, turn, ev, to_other=span in to_relation)
                if sum(ev.addressed.values()) > before:
                    called.append(m.person)
                    before = sum(ev.addressed.values())
        _name_owned(para, spans, mentions, about, tags, turn, people, strangers, ev)
        calls = _called_me_that(para, spans, mentions, tags, turn, calls, ev)
    return ev


#: The narration saying a line has just called the "I" by a name of theirs: "“Samuel,” says Aunt Pat. She's the only
#: person alive who calls me that." (Contents of a House), "“Mary Alice,” she says. She is the only one who calls me
#: that." (Out at Celestine), "“Jun-Jun! Jun-Jun Dimaculangan!” / Only one person outside my family calls me that"
#: (The Four Days of EDSA), "“Keeper,” she says. ... / She has never called me that." (The Keeper of Halden Station).
#: Whether anyone else does ("nobody calls me that") does not matter: "that" is a name of the "I"'s.
_CALLS_ME_THAT = re.compile(r"\bcall(?:s|ed|ing)?\s+me\s+(?:that|by\s+that(?:\s+name)?)\b")


#: Speech the narration reports without quote marks, someone else's, running up to a call: "Then he said, good night,
#: José, and went down" (The Stair on Rua dos Remédios), "she said, everything, Sparrow, they know" (The Tollhouse
#: Summer), "He said write it all down, Frankie, and then" (The Upper Fourth at Hadleigh): a verb of speech after "he",
#: "she" or a name, then up to four words and a comma (not a clause about someone: "She said his daughter is in her
#: class, Michelle, and").
_REPORTED_BEFORE = re.compile(
    rf"(?:\b[Hh]e|\b[Ss]he|\b[Tt]hey|(?<![\w’']){NAME_WORD})\s+(?:said|says|called|whispered|told\s+me),?\s+"
    r"(?:[\w’']+\s+){0,3}[\w’']+,\s*$"
)
_REPORTED_AFTER = re.compile(r"\s*(?:,|\.(?!\w)|!|\?)")


def _reported_calls(
    para: str, spans: list[tuple[int, int]], outside: list[Mention], family: set[str], ev: NarratorEvidence
) -> None:
    """A name the narration reports someone else calling out, with no quote marks (`_REPORTED_BEFORE`): a call, as it
    would be in quotes, not the narration naming a third person (`_speech_tags` counted it so: taken back here)."""
    plain = blank_spans(para, spans)
    for m in outside:
        if m.possessive or _named_after_family(para, m, family) or _kin_alone(para[m.start : m.end]):
            continue
        head = plain[max(0, m.start - 80) : m.start]
        if _REPORTED_BEFORE.search(head) is None or _REPORTED_AFTER.match(plain, m.end) is None:
            continue
        if ev.third_person[m.person] > 0:
            ev.third_person[m.person] -= 1
            ev.acting[m.person] -= int(_ACTING_AFTER.match(para, m.end) is not None and ev.acting[m.person] > 0)
        ev.addressed[m.person] += 1


def _other_given_name(name: str, person: str) -> bool:
    """Whether a full name the "I" gives itself ("Nobody ever call me Winston Charles") differs in its first word
    from the full name of the person the index resolves it to ("Ivy Charles", his mother): kin share a family name,
    not a given one, so the name is someone the index does not know yet."""
    said, known = name.split(), person.split()
    return len(said) >= 2 and len(known) >= 2 and said[0].casefold() != known[0].casefold() and said[-1] == known[-1]


def _called_me_that(
    para: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    tags: list[tuple[int, str | None]],
    turn: str | None,
    before: list[tuple[int, str]],
    ev: NarratorEvidence,
) -> list[tuple[int, str]]:
    """A name the narration says was just used for the "I" (`_CALLS_ME_THAT`): the last name said in speech not the
    narrator's before it, in this paragraph or, when the narration opens the paragraph, at the end of the previous one
    (`before`); a self-introduction's weight. Only a person the book knows: a name said nowhere else may be an old
    name the narrator has put away ("“Mieke.” / Nobody had called me that for a year" to the novice Sister Agathe, The
    Bell at Saint Ermelinde; "Good night, Alberto" to the Sexton, The Magpie Job), left to `NarratorEvidence.called`.
    Returns this paragraph's names said (position, person) for the next paragraph."""
    calls: list[tuple[int, str]] = []
    for span in spans:
        if _narrator_speaks(span, tags, turn):
            continue
        calls += [
            (m.start, m.person)
            for m in mentions
            if span[0] <= m.start < span[1]
            and not m.possessive
            and _vocative_shape(para, span, m.start, m.end)
            and _at_edge(para, span, m.start, m.end)
            and not _kin_alone(para[m.start : m.end])
        ]
    calls.sort()
    for said in _CALLS_ME_THAT.finditer(para):
        if any(a <= said.start() < b for a, b in spans):
            continue  # "Don't call me that," said by someone else of their own name
        here = [c for c in calls if c[0] < said.start()]
        if here:
            ev.introduced[here[-1][1]] += 1
        elif before and not any(a < said.start() for a, _ in spans):
            ev.introduced[before[-1][1]] += 1
    return calls


def _at_edge(para: str, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether a name opens or closes its quote, only punctuation between: "“Samuel,” says Aunt Pat", "“Good night,
    Alberto.”", "“Jun-Jun! Jun-Jun Dimaculangan!”", not a word said mid-line ("“Window. The tube goes out ...”")."""
    return not re.search(r"\w", para[span[0] : start]) or not re.search(r"\w", para[end : span[1]])


def _vocative_shape(para: str, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether para[start:end], inside the quote `span`, stands where a name said to someone does: at the quote's
    opening or after a comma, a dash, "oh" or a sentence's end, and before a comma, "!", "?", a full stop or the
    quote's close."""
    return _VOC_BEFORE.search(para[span[0] : start]) is not None and _VOC_AFTER.match(para, end) is not None


def called_in_speech(text: str, people: PersonIndex) -> set[str]:
    """The people a passage's speech calls by a name the index knows ("“Brica?” Senna calls from a doorway. “Brica,
    what is it?”"): someone spoken to is there to hear it, even where the narration never names them."""
    plain = strip_emphasis(text)
    out: set[str] = set()
    for para in plain.split("\n\n"):
        spans = quoted_spans(para)
        for m in people.mentions(para) if spans else []:
            span = next(((a, b) for a, b in spans if a <= m.start < b), None)
            if span is not None and not m.possessive and _vocative_shape(para, span, m.start, m.end):
                out.add(m.person)
    return out


def _said_about(para: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> set[tuple[int, str]]:
    """(quote start, person) for a person one quote names more than once, not as the same call repeated: the speaker
    says whom they mean, and talks about them, not to them ("Last one was a good man. Ferrier. Tom Ferrier, same as
    me." in Keeping Agatha; "and a party boat. Danny Voss. Everybody knows Danny." in Slack Water). A call repeated in
    one form ("Ros. Ros, look at me.") is still said to someone, and so is a name the quote goes on to say "you" to
    ("Tom. Thomas Edward, you come in now."). A family name said alone before the full name counts as a second naming
    though the book's people hold it only as part of the full one (`_said_over_in_full`)."""
    out: set[tuple[int, str]] = set()
    for a, b in spans:
        by_person: dict[str, list[Mention]] = {}
        for m in mentions:
            if a <= m.start < b:
                by_person.setdefault(m.person, []).append(m)
        for person, ms in by_person.items():
            if len(ms) < 2 and not _said_over_in_full(para, (a, b), ms[0]):
                continue
            forms = {para[m.start : m.end] for m in ms}
            if len(ms) >= 2 and len(forms) == 1 and all(_vocative_shape(para, (a, b), m.start, m.end) for m in ms):
                continue
            rest = re.split(r"[.!?]", para[ms[-1].end : b], maxsplit=1)[0]
            if re.search(r"\b(?i:you|your)\b", rest):
                continue
            out.add((a, person))
    return out


def _said_over_in_full(para: str, span: tuple[int, int], m: Mention) -> bool:
    """Whether a full name in a quote (`span`) comes right after its own last word said alone as a sentence, and ends
    the quote or comes before a statement ("Ristori. Anna Ristori. I am the keeper of manuscripts", the-mud-at-santa-
    croce; "said, “Hamaguchi. Kenji Hamaguchi.”", the-luggers-at-broome): the name said twice, as `_said_about` reads
    two mentions of one person, though the book's people hold the family name only as part of the full one. The name
    shouted over ("Rudd! Ansel Rudd!") or said over before an order ("Rudd. Ansel Rudd. Get down.") is a call
    repeated, and so is one before a statement that says "you" to him ("Rudd. Ansel Rudd. I've been looking for you
    all morning."): `_said_about`'s own "you" check stops at the name's full stop."""
    words = para[m.start : m.end].split()
    if len(words) < 2:
        return False
    alone = re.compile(rf"(?:^[“\"«„‘]\s*|[.!?]\s+){re.escape(words[-1])}\.\s+$")
    if alone.search(para[span[0] : m.start]) is None:
        return False
    after = _STATEMENT_AFTER.match(para, m.end, span[1])
    if after is None:
        return False
    statement = re.split(r"[.!?]", para[after.end() : span[1]], maxsplit=1)[0]
    return re.search(r"\b(?i:you|your)\b", statement) is None


#: What may follow a name said over in full for it to be said about someone (`_said_over_in_full`): the quote's end,
#: or a sentence opening on its subject, not on a verb that orders ("I am the keeper", not "Get down").
_STATEMENT_AFTER = re.compile(
    r"\.\s*(?:[”\"»’]?\s*$|(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|My|We|Our|He|She|It|They|His|Her|Their|This|That|The)\b)"
)


#: The narration saying that someone has just used the narrator's name: "she is the first person who has said my name"
#: (Keeping Agatha, after "“Mrs Fane,” says the Vicar"), "the only person in the Cordwell who calls me by my name" (The
#: Hennick Blow, after "“Ede,” he said at last").
_MY_NAME_SAID = re.compile(
    r"\b(?:said|says|say|saying|spoke|speaks|used|uses|using|(?:call(?:s|ed|ing)?|address(?:es|ed)?)\s+me\s+by)\s+"
    r"my\s+(?:own\s+|first\s+|real\s+)?name\b"
)
#: A denial before it in the same clause: "a man who had never once called me by my name" (Eighty Covers).
_DENIED = re.compile(r"\b(?:never|not|nobody|no\s+one|no-one)\b|n[’']t\b", re.I)
#: A capitalised name of one to three words (a title may lead: "Mrs Fane").
_NAME_RUN = re.compile(rf"(?<![\w’']){NAME_WORD_OR_INITIAL}(?:\s+{NAME_WORD_OR_INITIAL}){{0,2}}(?![\w’'])")


def _name_owned(
    para: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    about: set[tuple[int, str]],
    tags: list[tuple[int, str | None]],
    turn: str | None,
    people: PersonIndex,
    strangers: bool,
    ev: NarratorEvidence,
) -> None:
    """A name said to the narrator that the narration of the same paragraph calls the narrator's own ("“Mrs Fane,”
    says the Vicar, and I realise that she is the first person who has said my name"): it names the "I" as a
    self-introduction does, even a name used only this once (with `strangers`; with a roster, only its people). Only
    when the paragraph's speech not the narrator's calls exactly one name."""
    if not spans or _MY_NAME_SAID.search(para) is None:
        return
    blanked = blank_spans(para, spans)
    said = _MY_NAME_SAID.search(blanked)
    if said is None:
        return
    clause = re.split(r"[.;!?]", blanked[: said.start()])[-1]
    if _DENIED.search(clause):
        return
    names: set[str] = set()
    for span in spans:
        if _narrator_speaks(span, tags, turn):
            continue
        inside = [m for m in mentions if span[0] <= m.start < span[1]]
        names |= {
            m.person
            for m in inside
            if (span[0], m.person) not in about and _vocative_shape(para, span, m.start, m.end) and not m.possessive
        }
        if not strangers:
            continue
        for run in _NAME_RUN.finditer(para, span[0], span[1]):
            if any(m.start < run.end() and run.start() < m.end for m in inside):
                continue
            words = run.group(0).split()
            plain = [w for w in words if w.casefold().rstrip(".") not in TITLES]
            if (
                plain
                and all(w.casefold() not in people.lower_words for w in plain)
                and people.resolve(run.group(0)) is None
                and _vocative_shape(para, span, run.start(), run.end())
            ):
                names.add(run.group(0))
    if len(names) == 1:
        ev.introduced[names.pop()] += 1


def _named_self(
    para: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    people: PersonIndex,
    real: Callable[[str], bool],
    strangers: bool,
    ev: NarratorEvidence,
) -> None:
    """A self-introduction in the narration whose name no real person's mention covers (`_NAMED_SELF`): the
    person the book knows by it, or (with `strangers`) the name itself."""
    for nm in _NAMED_SELF.finditer(para):
        at = nm.start("name")
        if any(a <= nm.start() < b for a, b in spans) or any(m.start <= at < m.end for m in mentions):
            continue
        name = nm.group("name")
        person = people.resolve(name)
        if person is not None and _other_given_name(name, person):
            person = None  # "call me Winston Charles" is not Ivy Charles, his mother: a family name is shared
        if person is not None and real(person):
            ev.introduced[person] += 1
        elif person is None and strangers:
            ev.introduced[name] += 1
    if not strangers:
        return
    for nm in _MY_NAME_FULL.finditer(para):
        at, name = nm.start("name"), nm.group("name")
        if any(a <= nm.start() < b for a, b in spans) or any(m.start < nm.end("name") and at < m.end for m in mentions):
            continue  # said in a line, or a name of the book's people (`_speech_tags` read it as a mention)
        if people.resolve(name) is None and _unknown_name(name, people):
            ev.introduced[name] += 1


def _unknown_name(name: str, people: PersonIndex) -> bool:
    """Whether `name` is shaped as a name no one of the book's people holds: no word the book writes in lower case, no
    title, sentence opener or kinship word (`_kin_alone`) among its words."""
    return all(
        w not in SENTENCE_OPENERS
        and w.casefold() not in people.lower_words
        and w.casefold().rstrip(".") not in TITLES
        and not _kin_alone(w)
        for w in name.split()
    )


def _signer(para: str, outside: list[Mention], people: PersonIndex, real: Callable[[str], bool]) -> str | None:
    """Who a scene's closing paragraph with no speech in it signs as (`_signed`, `_closing_signer`), if anyone."""
    return outside[0].person if _signed(para, outside) else _closing_signer(para, outside, people, real)


def _closing_signer_of(
    para: str, people: PersonIndex, real: Callable[[str], bool], addressed: PersonIndex | None
) -> str | None:
    """`_signer` of a paragraph read on its own: nobody when it quotes anyone."""
    if quoted_spans(para):
        return None
    return _signer(para, _mentions(para, people, real, addressed), people, real)


def _signed(para: str, outside: list[Mention], max_words: int = 8, max_line: int = 20) -> bool:
    """A scene's last paragraph that is its writer's signature: a short line opening with a name, the rest at
    most a title or a role ("Ilse Varga, Adjudicator.", "MINA HARKER.", "Kester"), or a longer line of a name and
    the writer's particulars after commas that is no sentence (no full stop, question or exclamation at its end:
    "Kester Marrable, second mate, *Constance Reay*, in haste, the night of the new moon")."""
    n = len(para.split())
    if not outside or n > max_line:
        return False
    if n > max_words and (
        re.search(r"[.!?…:;]\W*$", para.strip()) or not re.match(r",\s", para[outside[0].end :]) or "\n" in para.strip()
    ):
        return False
    first = outside[0]
    # the particulars after a role in lower case name no second signer: "T. Ferrier, caretaker, Agatha" (the house he
    # keeps, in Keeping Agatha), as "Kester Marrable, second mate, *Constance Reay*" names his ship
    role = re.search(r",\s+[a-z]", para[first.end :])
    end = first.end + role.start() if role else len(para)
    return not para[: first.start].strip(" \t\n—–-") and all(m.person == first.person for m in outside if m.start < end)


#: Initials closing a paragraph: "K.", "E. M.", "N." (a letter signed with its writer's initials).
_INITIALS_AT_END = re.compile(rf"(?<![\w’'])(?:[{UPPER}]\.\s*){{1,3}}$")


# Two labelled books show it (h13av ablation, _closing_signer off): the-cresswell-papers (-2 chunks) and
# guadalupe-street (-1), with and without a roster.
def _closing_signer(
    para: str, outside: list[Mention], people: PersonIndex, real: Callable[[str], bool], max_words: int = 6
) -> str | None:
    """The writer a letter's closing paragraph names at its end (postscripts are left off before): a name or the
    writer's initials alone ("Kit", "E. M.", "N."), or after a few words that are no sentence: a valediction ending in
    a comma before a bare name ("Your loving sister, Eleanor"), or words with no comma before a name or initials
    ("Your loving Kit", "Your own K.", "Tu Lupita"). A name after a comma that a full stop closes is said to
    someone ("Goodnight, Papá."), and the name at the top of a letter is its addressee ("My dearest Nell,"): only
    the closing is read here."""
    text = para.strip()
    ini = _INITIALS_AT_END.search(text)
    if ini:
        start, end, who = ini.start(), ini.end(), _by_initials(re.findall(rf"[{UPPER}]", ini.group(0)), people, real)
    else:
        ms = [m for m in outside if not m.possessive and not re.search(r"\w", para[m.end :])]
        if ms:
            start = ms[-1].start - (len(para) - len(para.lstrip()))
            end, who = start + (ms[-1].end - ms[-1].start), ms[-1].person
        else:
            # a name the index reads as one run with the word before it ("Tu Lupita"): its last words alone
            run = re.search(rf"(?:{NAME_WORD_OR_INITIAL}\s+){{0,2}}{NAME_WORD_OR_INITIAL}(?=\W*$)", text)
            words = run.group(0).split() if run else []
            got = next(((i, r) for i in range(1, len(words)) if (r := people.resolve(" ".join(words[i:])))), None)
            if run is None or got is None or not real(got[1]):
                return None
            start = run.start() + len(" ".join(words[: got[0]])) + 1
            end, who = run.end(), got[1]
    before = text[:start].strip(" \t*_")
    if not before:
        return who
    lead = len(para) - len(para.lstrip())
    if any(m.start - lead < start for m in outside):
        return None  # "Ansel Rudd, Mary Holt": two people side by side, no signature of the second
    if len(before.split()) > max_words or re.search(r"[.!?:;…”\"]", before):
        return None
    # one comma at most, closing the valediction; a bare name said and ended by a full stop is said to someone
    closing = before.removesuffix(",")
    return None if "," in closing or (not ini and re.search(r"[.!?]", text[end:])) else who


def _by_initials(letters: list[str], people: PersonIndex, real: Callable[[str], bool]) -> str | None:
    """The one real person a name of the book, word for word, has these initials for ("C. M.": Catherine Mayhew;
    "K.": Kit)."""
    want = [x.casefold() for x in letters]
    found = {
        p
        for f, p in people.forms.items()
        if len(f) == len(want) and all(w[:1] == x for w, x in zip(f, want, strict=True)) and real(p)
    }
    return found.pop() if len(found) == 1 else None


def _letter_writer(para: str, outside: list[Mention], k: int, n: int, last: int = 3) -> str | None:
    """The writer a letter's own formula names: its opening paragraph "SENDER to ADDRESSEE, greeting" (the person
    named in the sender's part, `_GREETING_FORMULA`), or, among its `last` paragraphs (a postscript may follow), a
    closing of one line that is the valediction and the name together ("Your Galla.", `_SIGN_OFF`)."""
    if not outside:
        return None
    if k == 0:
        m = _GREETING_FORMULA.match(para)
        if m:
            a, b = m.span("sender") if m.group("sender") else m.span("after")
            return next((x.person for x in outside if a <= x.start < b), None)
    closing = k >= n - last and len(outside) == 1 and not re.search(r"\w", para[outside[0].end :])
    return outside[0].person if closing and _SIGN_OFF.match(para[: outside[0].start]) else None


#: How many of a letter's last paragraphs may hold its closing (a postscript or two may follow it).
_SIGN_OFF_PARAGRAPHS = 3
#: A letter's closing of one line that is the valediction and a name together, the name one capitalised word: "Your
#: Ninuka" (The Courtyard on Leselidze Street), "Your Galla." (The Brewer's Winter).
_SIGN_OFF_NAME = re.compile(rf"^[\W_]*Your(?:\s+[a-z]+){{0,2}}\s+(?P<name>[{UPPER}][{LOWER}][\w’'\-]*)[.!]?[\W_]*$")


def _unknown_sign_off(para: str, people: PersonIndex) -> str | None:
    """The writer a letter's closing names ("Your Ninuka", `_SIGN_OFF_NAME`) when the name is no one's the book's
    people know: a pet name only the letters use is still the writer's, as `_letter_writer` reads a known one (its
    texts: The Brewer's Winter, Kitty's Steps). Only in a scene that opens as a letter (`documents.document_opening`),
    never a kinship word ("Your loving Mam." signs the writer's relation to the reader) nor a title. Of the 123
    labelled books it names the writer of the-courtyard-on-leselidze-street's three letters only (h18f)."""
    m = _SIGN_OFF_NAME.match(para.strip())
    if m is None or "\n" in para.strip():
        return None
    name = m.group("name")
    return name if people.resolve(name) is None and _unknown_name(name, people) else None


def _answer(called: list[str], tags: list[tuple[int, str | None]], spans: list, ev: NarratorEvidence) -> None:
    """Who answers a line that called someone by name: the narrator ("Good Lord. Tick." / "“It's a
    telegram,” I said.") confirms the name is theirs; someone else tagged in the third person ("Do we know
    an Ingram, Connie?" / "“No,” said Miss Varley.") shows it is not."""
    told = [who for pos, who in tags if not any(a <= pos < b for a, b in spans)]
    if not called or not spans or not told:
        return
    for p in called:
        if told[0] == "I":
            ev.addressed[p] += 1
        else:
            ev.answered_by_other[p] += 1


def _unknown_answered(names: list[str], tags: list[tuple[int, str | None]], spans: list, ev: NarratorEvidence) -> None:
    """A name the index gives nobody (`NarratorEvidence.called`) that someone else answers, tagged in the third person
    ("“Ready,” says Hobb." / "“Ready,” says Fitch."), was said to them or was no call at all: the call is taken back,
    as `_answer` counts a known name someone else answers against it."""
    told = [who for pos, who in tags if not any(a <= pos < b for a, b in spans)]
    if not names or not spans or not told or told[0] == "I":
        return
    for c in names:
        ev.called[c] -= 1
        if ev.called[c] <= 0:
            del ev.called[c]


def _mentions(
    para: str, people: PersonIndex, real: Callable[[str], bool], addressed: PersonIndex | None
) -> list[Mention]:
    """The real people a paragraph names, and the names the book only addresses someone by."""
    mentions = [m for m in people.mentions(para) if real(m.person)]
    if addressed is not None and addressed.forms:
        taken = [(m.start, m.end) for m in mentions]
        mentions += [m for m in addressed.mentions(para) if not any(a < m.end and m.start < b for a, b in taken)]
        mentions.sort(key=lambda m: m.start)
    if people.descriptions:
        taken = [(m.start, m.end) for m in mentions]
        mentions += [
            m
            for m in _described_calls(para, people.descriptions)
            if real(m.person) and not any(a < m.end and m.start < b for a, b in taken)
        ]
        mentions.sort(key=lambda m: m.start)
    taken = [(m.start, m.end) for m in mentions]
    variants = [m for m in _variant_calls(para, people, real) if not any(a < m.end and m.start < b for a, b in taken)]
    return sorted([*mentions, *variants], key=lambda m: m.start) if variants else mentions


#: A name said to someone, with a word before it that may be a title ("„Pani Krysiu,” she said"): see `_variant_calls`.
_TITLED_VOCATIVE = re.compile(
    rf"(?:{VOCATIVE_OPEN})((?:[{UPPER}][{LOWER}]+\.?\s+)?[{UPPER}][{LOWER}][\w’'\-]*){VOCATIVE_CLOSE}"
)


def _variant_calls(para: str, people: PersonIndex, real: Callable[[str], bool]) -> list[Mention]:
    """A name said to someone that no person's name matches but one real person's one-word name in another case
    (`ending_variant`): the call "Krysiu" is to Krysia, "Pani Krysiu" too. A word of any known name, a kinship word
    and a word the book writes in lower case are no such call; nor is a variant of two people's names."""
    out: list[Mention] = []
    heads = {f[0] for f in people.forms if len(f) >= 2} | TITLES  # "Pani" of "Pani Halina": a title before a name
    for a, b in quoted_spans(para):
        for m in _TITLED_VOCATIVE.finditer(para, a, b):
            words = m.group(1).replace(".", "").split()
            word = words[-1]
            w = word.casefold()
            if (
                (len(words) == 2 and words[0].casefold() not in heads)
                or word in SENTENCE_OPENERS
                or w in people.lower_words
                or w in TITLES
                or _kin_alone(word)
                or any(w in f for f in people.forms)
            ):
                continue
            whose = {p for f, p in people.forms.items() if len(f) == 1 and ending_variant(word, f[0])}
            if len(whose) == 1 and real(p := whose.pop()):
                out.append(Mention(m.start(1), m.end(1), p, False))
        out += _clipped_calls(para, (a, b), people, real)
    return out


#: A one-word call inside a line after a comma or a dash, capitalised there as only a name is: "“I'm only saying,
#: Car.”" (`_clipped_calls`).
_MID_LINE_CALL = re.compile(rf"[,—–]\s*([{UPPER}][{LOWER}]+){VOCATIVE_CLOSE}")


def _clipped_calls(para: str, span: tuple[int, int], people: PersonIndex, real: Callable[[str], bool]) -> list[Mention]:
    """A call that is the first letters of one real person's one-word given name, two letters or more short of it
    ("Car" to Carys and "Gar" to Gareth in The Welfare Hall at Abercrug; "Sal" for Salvatore Amato, "Tam" for Tamsin
    Orr, "Wilf" for Wilfred Garside elsewhere): a clipped name is the person's. Only mid-line after a comma or a dash,
    where a capital marks a name even when the book also writes the word in lower case ("the car park")."""
    out: list[Mention] = []
    for m in _MID_LINE_CALL.finditer(para, span[0], span[1]):
        word = m.group(1)
        w = word.casefold()
        if (
            len(w) < 3
            or word in SENTENCE_OPENERS
            or w in TITLES
            or _kin_alone(word)
            or any(w in f for f in people.forms)
        ):
            continue
        whose = {p for f, p in people.forms.items() if len(f) == 1 and f[0].startswith(w) and len(f[0]) - len(w) >= 2}
        if len(whose) == 1 and real(p := whose.pop()):
            out.append(Mention(m.start(1), m.end(1), p, False))
    return out


def _described_in_narration(
    para: str, spans: list[tuple[int, int]], mentions: list[Mention], people: PersonIndex
) -> list[Mention]:
    """A roster's lower-case alias in the narration of a first-person scene, where no name stands ("The señora
    stands", "the old woman said nothing"): the "I" sees that person, so they are someone else, as a name the
    narration uses is (`NarratorEvidence.third_person`). Speech is left out: it may describe the "I"."""
    if not people.descriptions:
        return []
    taken = [(m.start, m.end) for m in [*mentions, *people.mentions(para)]]
    return [
        m
        for m in people.described(para)
        if not any(a < m.end and m.start < b for a, b in taken) and not any(a <= m.start < b for a, b in spans)
    ]


def _described_calls(para: str, descriptions: dict[str, str]) -> list[Mention]:
    """A roster's lower-case alias said to someone, as a name is ("“Morning, old girl,” he says to the wall", "“Old
    girl,” she says to me" for the ship that narrates The Long Quiet of the Tessaly, never named in its own scenes):
    the user says the book calls that character so, and a call is a name's use. Only a call: in the narration or
    talked about, a description is mostly how one character sees another ("“A shamus,” he said")."""
    out: list[Mention] = []
    spans = quoted_spans(para)
    for alias, person in descriptions.items():
        words = alias.split()
        if words[0].casefold() == "the":
            continue  # "the keeper" is talked about, not called
        # its first letter either case: a call may open the quote ("Old girl, ...")
        head = "(?i:" + re.escape(words[0][:1]) + ")" + re.escape(words[0][1:])
        rx = re.compile(r"(?<![\w’'])" + r"\s+".join([head, *map(re.escape, words[1:])]) + r"(?![\w’'\-])")
        for m in rx.finditer(para):
            span = next(((a, b) for a, b in spans if a <= m.start() < b), None)
            if span is not None and _vocative_shape(para, span, m.start(), m.end()):
                out.append(Mention(m.start(), m.end(), person, False))
    return out


def _speech_tags(
    para: str, spans: list[tuple[int, int]], outside: list[Mention], ev: NarratorEvidence, family: set[str]
) -> list[tuple[int, str | None]]:
    """The paragraph's speech tags in reading order, (position, speaker: "I", a person, or None for
    "he"/"she"); the people its narration names are counted as third persons, speakers or self-introduced."""
    tags: list[tuple[int, str | None]] = []
    introduced_at: dict[str, int] = {}  # person -> where the self-introduction naming them ended
    for t in _I_TAG.finditer(para):
        if not any(a <= t.start() < b for a, b in spans):
            tags.append((t.start(), "I"))
    for t in _OTHER_PRONOUN_TAG.finditer(para):
        if not any(a <= t.start() < b for a, b in spans):
            tags.append((t.start(), None))
    for t in _NOUN_TAG.finditer(para):
        # only a tag against its quote: "my mother said" elsewhere in the narration may be a report, not a tag
        if not any(a <= t.start() < b for a, b in spans) and any(
            0 <= t.start() - b <= 3 or 0 <= a - t.end() <= 4 for a, b in spans
        ):
            tags.append((t.start(), None))
    labels = speaker_label_spans(para)
    for m in outside:
        if any(a <= m.start < b for a, b in labels):
            continue  # a chat's or transcript's speaker label: who speaks the line, not a third person named
        if _SPEECH_AFTER.match(para, m.end) or _inverted_tag(para, m, outside):
            tags.append((m.start, m.person))
            ev.speakers.add(m.person)
        before = para[max(0, m.start - 30) : m.start]
        if _MY_RELATION.search(before) or (_MY.search(before) and _RELATION.match(para, m.start)):
            ev.related[m.person] += 1  # "my aunt, Miss Clemency Ashby", "my Aunt Clemency", "my father, Marshal Pryor"
        if m.person in introduced_at and re.fullmatch(r",\s*", para[introduced_at[m.person] : m.start]):
            introduced_at[m.person] = m.end  # the introduction goes on: "I, Ilse Varga, Adjudicator to the Quorum"
        elif (
            _SELF_INTRO.search(para[max(0, m.start - 60) : m.start])
            or _MY_NAME_APPOSED.search(para[max(0, m.start - 80) : m.start])
        ) and not m.possessive:
            ev.introduced[m.person] += 1
            introduced_at[m.person] = m.end
        elif not _named_after_family(para, m, family):
            ev.third_person[m.person] += 1
            ev.acting[m.person] += int(_ACTING_AFTER.match(para, m.end) is not None)
    tags.sort()
    return tags


def _inverted_tag(para: str, m: Mention, outside: list[Mention]) -> bool:
    """Whether the mention `m` follows its speech verb as the speaker ("“No,” said Sola"): not when a pronoun or a
    person named in the narration stands before the verb as its subject ("Podge said Bunty of the Marsh")."""
    verb = _SPEECH_BEFORE.search(para, max(0, m.start - 30), m.start)
    if verb is None:
        return False
    head = para[: verb.start()]
    named = any(o.end == len(head.rstrip()) and o is not m for o in outside)
    return not (named or _PRONOUN_SUBJECT.search(head))


def _named_after_family(para: str, m: Mention, family: set[str]) -> bool:
    """ "the Ashby blue": the mention is a family name between "the" and a lower-case word (see `_THE_BEFORE`)."""
    words = para[m.start : m.end].split()
    if words and words[0] in ("The", "the"):  # a run that opens a sentence takes its "The" into the mention
        words, before = words[1:], "the "
    else:
        before = para[max(0, m.start - 5) : m.start]
    return (
        len(words) == 1
        and words[0].casefold() in family
        and _THE_BEFORE.search(before) is not None
        and _NOUN_AFTER.match(para, m.end) is not None
    )


#: A line that runs on into the narrator's own tag: it closes on a comma, a question, an exclamation or a dash, and
#: "I said" follows at once ("“Pritchard,” I said."), not a line and then a new sentence ("“Lenny, listen.” I said
#: nothing."); a space may stand before the close where a spaced dash closed the line ("— What do you want, Senhor
#: Matos? — I said.", The Stair on Rua dos Remédios; "— Good morning, — he said." in `dashes`).
_RUNS_INTO_I_TAG = re.compile(
    rf"[,?!—–]\s?[”\"»]\s*(?:I\s+(?:\w+ly\s+)?(?:{SPEECH}|say|ask|reply|answer)\b|{SPEECH}\s+I\b)"
)


#: Someone telling the person they speak to who that person is, at the opening of a line or a sentence in it: "“You’re
#: the Sexton,” he said." (The Magpie Job), "“You're the Kurata girl. For Nishida-sensei.”" (The Same Tea).
_YOU_ARE = re.compile(r"(?:^[“\"«„‘]\s*|[.!?]\s+)(?:[Yy]ou[’']re|[Yy]ou\s+are)\s+(?:the\s+)?$")


#: A speech tag right after a quote that says the line was said to the narrator: "“Evening, Odile,” he said to me" (Out
#: at Celestine), "“Sparrow,” she said to me, “put the kettle on.”" (The Tollhouse Summer), "“And you are Lotte,” she
#: said to me" (The Hunger Winter): the name the line calls is the "I"'s, as surely as a self-introduction.
_SAID_TO_ME = re.compile(
    rf"[”\"»’]?\s*(?:(?:he|she|they|{NAME_WORD_OR_INITIAL}(?:\s+{NAME_WORD_OR_INITIAL})?)\s+)?(?:\w+ly\s+)?"
    r"(?:said|says|asked|asks|called|calls|whispered|whispers|told|tells|added|adds|went\s+on)\s+"
    rf"(?:(?:he|she|they|{NAME_WORD_OR_INITIAL}(?:\s+{NAME_WORD_OR_INITIAL})?)\s+)?to\s+me\b"
)


#: "“And you are Lotte,” she said to me": told who they are, mid-sentence too, in a line said to the "I".
_YOU_ARE_TO_ME = re.compile(r"\b[Yy]ou(?:[’']re|\s+are)\s+$")
#: What opens and what closes a vocative name in a line (`_NAME_VOCATIVE`, `_CALLED_TO_ME`): a quote, a comma or a
#: sentence's end before it; a comma, a sentence's end or a closing quote after it.
#: A name a line said to the narrator calls them by: as a vocative (`_NAME_VOCATIVE`) or after "you are".
_CALLED_TO_ME = re.compile(
    rf"(?:{VOCATIVE_OPEN}|\b[Yy]ou(?:[’']re|\s+are)\s+)([{UPPER}][{LOWER}][\w’'\-]*){VOCATIVE_CLOSE}"
)
#: How many calls a name said to the narrator (`_said_to_me`) counts as: a self-introduction's weight (`best`).
TO_ME_CALLS = 3


def _said_to_me(para: str, span: tuple[int, int], start: int) -> bool:
    """Whether the quote `span` is tagged as said to the narrator (`_SAID_TO_ME`) and the name at `start` is its
    last call before the tag (the first of several lines' calls may be to someone else)."""
    if _SAID_TO_ME.match(para, span[1] - 1) is None and _SAID_TO_ME.match(para, span[1]) is None:
        return False
    rest = para[start : span[1]]
    return _NAME_VOCATIVE.search(rest, 1) is None


def _said_to_relation(para: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The quotes the narration right before or after them says were said to (or looking at) a relation of the
    narrator's or of the speaker's (`_TO_RELATION`): up to the quote before and from the quote after."""
    out = set()
    for k, (a, b) in enumerate(spans):
        before = para[spans[k - 1][1] if k else 0 : a]
        after = para[b : spans[k + 1][0] if k + 1 < len(spans) else len(para)]
        if _TO_RELATION.search(before) or _TO_RELATION.search(after):
            out.add((a, b))
    return out


def _tagged_by_i(para: str, span: tuple[int, int]) -> bool:
    """Whether the quote `span` is tagged as the narrator's by the "I" tag right after it (`_RUNS_INTO_I_TAG`)."""
    return any(_RUNS_INTO_I_TAG.match(para, max(0, span[1] - k)) is not None for k in (2, 3))


def _quoted_naming(
    para: str,
    span: tuple[int, int],
    m: Mention,
    tags: list[tuple[int, str | None]],
    turn: str | None,
    ev: NarratorEvidence,
    to_other: bool = False,
) -> None:
    """A name inside a quote: a self-introduction when the narrator speaks it ("my name is X"), a vocative
    addressed to the narrator when someone else does (not in a line said to a relation, `to_other`:
    `_said_to_relation`), and someone the narrator talks to when the narrator's own tag follows the line
    ("“Pritchard,” I said.")."""
    speaker = _speaker(span, tags)
    if speaker is False and turn == "I":
        speaker = "I"  # an untagged line answering someone else's: the narrator's own
    before = para[span[0] : m.start]
    if _SELF_INTRO.search(before[-30:]):
        if speaker == "I" and not m.possessive:
            ev.introduced[m.person] += 1
        return
    if speaker == m.person:
        return
    if (
        speaker != "I"
        and (_YOU_ARE_TO_ME.search(before) or _VOC_BEFORE.search(before))
        and _VOC_AFTER.match(para, m.end)
        and _said_to_me(para, span, m.start)
    ):
        ev.introduced[m.person] += 1  # "“Evening, Odile,” he said to me": named to the "I" as surely as by themself
        ev.to_me[m.person] += 1
        return
    if speaker != "I" and _YOU_ARE.search(before):
        # "“You’re the Sexton,” he said.": someone telling the "I" who they are; not whose they are ("You’re Tom’s
        # boy", the-luggers-at-broome; "You're Jorge's boy", The Hill of the Samba; "You're Claudette's girl", The
        # Second Line on Frenchmen Street): that names the "I"'s father or mother, someone else
        if not m.possessive:
            ev.addressed[m.person] += 1
        return
    if _VOC_BEFORE.search(before) and _VOC_AFTER.match(para, m.end):
        if speaker != "I" and _kin_alone(para[m.start : m.end]):
            return  # "Sister" to the aunt in a book whose roster gives it to her niece; "Mother" to the grandmother
        if speaker != "I" and not to_other:
            ev.addressed[m.person] += 1
        elif _tagged_by_i(para, span):
            ev.called_by_narrator[m.person] += 1  # "“Pritchard,” I said.": the "I" talks to them, someone else


#: Ranks and posts a person may be called by alone ("Major", "Captain", "Doctor", "Inspector"), not a form of address
#: anyone is given ("Sir", "Miss", "Mister"), a kinship word ("Mother", "Brother") nor an abbreviation.
_POSTS = frozenset(
    t
    for t in TITLES
    if len(t) > 3 and t not in TITLE_GENDER and t not in {"father", "mother", "sister", "brother", "auntie", "granny"}
)
_POST_VOCATIVE = re.compile(
    rf"(?:[“\"«„‘]\s*|[,;—–]\s*|[.!?]\s+)([{UPPER}][{LOWER}]+)(?=\s*(?:[,!?;—–]|\.(?!\w)|[”\"»’]))"
)


def _post_vocatives(para: str, span: tuple[int, int], tags: list, turn: str | None, ev: NarratorEvidence) -> None:
    """A rank or post alone, addressed in speech the narrator does not speak ("“Evening, Major,” says the big
    man"): counted in `NarratorEvidence.posts`, the name of a narrator nobody calls anything else."""
    if _narrator_speaks(span, tags, turn):
        return
    for m in _POST_VOCATIVE.finditer(para, span[0], span[1]):
        if m.group(1).casefold() in _POSTS:
            ev.posts[m.group(1)] += 1


#: A name said to someone inside a quote: one capitalised word, or a gendered title and one ("Mr Ashby", "Mrs Fane");
#: not a contraction's first part ("“Don’t follow you,” said Filby": the ’ is an apostrophe, not a closing quote).
_NAME_VOCATIVE = re.compile(
    rf"(?:{VOCATIVE_OPEN})((?:(?:"
    + "|".join(t.capitalize() for t in TITLE_GENDER)
    + rf")\.?\s+)?[{UPPER}][{LOWER}][\w’'\-]*){VOCATIVE_CLOSE}"
)


def _unknown_vocatives(
    para: str,
    span: tuple[int, int],
    tags: list,
    turn: str | None,
    mentions: list[Mention],
    people: PersonIndex,
    ev: NarratorEvidence,
) -> None:
    """A name the person index gives nobody (a given name said in one scene only: "“Ros,” says Tom Gedge. “Ros. I've
    got you.”", Keeping Agatha; a title of the other gender than the family name's person: "“Mr Ashby,” he said" to
    the nephew of Miss Ashby, A Week at Ottilie), addressed in speech the narrator does not speak: counted in
    `NarratorEvidence.called`. A word that opens sentences in any book (`SENTENCE_OPENERS`: "“Hey. Hey, we're closed.”",
    "“Oh, ...”") or one the book also writes in lower case ("“Well, ...”") is no name, nor is a word of
    a name the index knows ("“Tom,”" where two Toms share it), nor a title and a family name a person the book knows
    may hold. One quote counts a name once: a cry said over and over ("“Aloo! Aloo!”", "Woe! Woe! Woe!" in The War of
    the Worlds) is one call, however many times it rings."""
    if _narrator_speaks(span, tags, turn):
        return
    seen: set[str] = set()  # once per quote: a cry said over and over ("“Aloo! Aloo!”") is one call
    for m in _NAME_VOCATIVE.finditer(para, span[0], span[1]):
        name = m.group(1)
        words = name.replace(".", "").split()
        if any(x.start < m.end(1) and m.start(1) < x.end for x in mentions):
            continue
        if len(words) == 1 and (
            words[0] in SENTENCE_OPENERS  # a greeting or an interjection: "“Hey. Hey, we're closed.”", "“Well, ...”"
            or words[0].casefold() in people.lower_words
            or words[0].casefold() in TITLES
            or any(words[0].casefold() in f for f in people.forms)  # "Tom" for two Toms: a name of others
        ):
            continue
        if len(words) == 2:
            # "Mr Ashby" beside Miss Clemency Ashby only: the title rules out everyone of the name the book knows; not
            # "Mrs Voss" beside Kerry Voss (Slack Water), whom the title fits
            said = TITLE_GENDER.get(words[0].casefold())
            family = {p for f, p in people.forms.items() if f and f[-1] == words[1].casefold()}
            if any(people.gender.get(p) in (said, None) for p in family):
                continue
        if " ".join(words) not in seen:
            seen.add(" ".join(words))
            ev.called[" ".join(words)] += 1
    for m in _CALLED_TO_ME.finditer(para, span[0], span[1]):
        # a name the index gives nobody, said to the narrator (`_said_to_me`): counted as a self-introduction would be
        name = m.group(1)
        if (
            any(x.start < m.end(1) and m.start(1) < x.end for x in mentions)
            or name in SENTENCE_OPENERS
            or name.casefold() in people.lower_words
            or name.casefold() in TITLES
            or any(name.casefold() in f for f in people.forms)
            or not _said_to_me(para, span, m.start(1))
        ):
            continue
        ev.called[name] += TO_ME_CALLS - (1 if name in seen else 0)
        ev.to_me[name] += 1


#: Narration beside an untagged line whose subject is "he" or "she" doing something: an action beat ("“I'm quite all
#: right, Harold.” She turned away and put her knitting down", The Cullerby Wire; "“I know it's locked.” He looked at
#: me over the top of the glasses. “It's been locked since 1962, Nora.”", Contents of a House), which says who speaks
#: the line.
_BEAT = re.compile(r"(?<![\w’'])(?:He|She)\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b")


def _beat(para: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the paragraph's narration beside its lines is an action beat of a third person (`_BEAT`)."""
    return bool(spans) and _BEAT.search(blank_spans(para, spans)) is not None


def _turn(
    spans: list[tuple[int, int]], tags: list[tuple[int, str | None]], last: str | None, beat: bool = False
) -> tuple[str | None, str | None]:
    """(who speaks this paragraph, the turn to remember): "I" or "other" from its first speech tag; an
    untagged speech paragraph right after a speech paragraph is the other party's turn (an exchange
    alternates: "“Where is the key, Sola?”" answering Sola's tagged line is the narrator's, in A Princess of
    Mars as in The Salt Ledger); a paragraph without speech ends the exchange."""
    if not spans:
        return None, None
    told = [who for pos, who in tags if not any(a <= pos < b for a, b in spans)]
    if told:
        turn = "I" if told[0] == "I" else "other"
        return turn, turn
    if beat:
        return "other", "other"  # "“I'm quite all right, Harold.” She turned away": hers, whoever spoke last
    if last is None:
        return None, None
    turn = "other" if last == "I" else "I"
    return turn, turn


def _speaker(span: tuple[int, int], tags: list[tuple[int, str | None]]) -> str | None | bool:
    """The speaker of a quote: the first tag right after it, else the last one before it; False if none."""
    a, b = span
    after = [t for t in tags if b <= t[0] <= b + 40]
    if after:
        return after[0][1]
    before = [t for t in tags if t[0] < a]
    return before[-1][1] if before else False


def _narrator_speaks(span: tuple[int, int], tags: list[tuple[int, str | None]], turn: str | None) -> bool:
    """Whether the narrator speaks this quote: tagged "I", or untagged where the dialogue's turn is the narrator's."""
    speaker = _speaker(span, tags)
    return speaker == "I" or (speaker is False and turn == "I")


#: A byline closing a piece's header line: "BERTRAND'S, 1 MARROW STREET. Dinner for one, £74.50. By Lionel
#: Ashby-Grant.", or after its title with a comma; the writer's particulars may follow the name, a few words after a
#: comma ("By Martin Crossley, Sports Reporter" over The Back Four's match report, "..., by <name>, Year 8" over a
#: schoolgirl's essay in The Night of Tracy).
_BYLINE = re.compile(
    rf"(?:^|[.:;,—–]\s+|\n)[Bb]y\s+((?:{NAME_WORD_OR_INITIAL}\.?\s+){{0,3}}{NAME_WORD})"
    r"(?:,\s+(?:[\w’'.-]+\s+){0,2}[\w’'.-]+)?\.?\s*$"
)


def byline(first_paragraph: str, max_words: int = 40) -> str | None:
    """The author a piece names in its header ("... By Lionel Ashby-Grant."): a signature at the top, as a
    printed review, column or report in a novel carries one. Only a short first paragraph qualifies."""
    text = strip_emphasis(first_paragraph).strip()
    if not text or len(text.split()) > max_words:
        return None
    m = _BYLINE.search(text)
    return m.group(1) if m else None


#: A record's maker named after the verb of making it, as its header or its closing says: "Entered by Signals (call
#: sign MAGPIE)." heading a ship's log (Thin Water), "Respectfully submitted on the fifth day of the ninth month ..., by
#: your servant Gao Shilian, Registrar of Yongning County." closing an inquest report (The Yingchun Gate). The verbs are
#: those of filing a record, not of any act ("I was taken by Hollis" is no maker), and the clause opens its sentence.
_MAKER = re.compile(
    r"(?:^|[.:;—–]\s+|\n)(?:\w+ly\s+)?"
    r"(?:[Ee]ntered|[Ss]ubmitted|[Ww]ritten|[Rr]ecorded|[Cc]ompiled|[Pp]repared|[Ff]iled|[Ss]igned|[Rr]eported|[Ll]ogged)\b"
    r"[^.;:!?“”\"]{0,120}?\bby\s+(?:(?:your|his|her)\s+(?:\w+\s+){0,2}?servant\s+|the\s+undersigned,?\s+)?"
    rf"(?P<name>(?:{NAME_WORD_OR_INITIAL}\.?\s+){{0,3}}{NAME_WORD})(?=\s*(?:[.(,;]|$))"
)
#: The narrator's own voice: a header stands before it ("STATION LOG, Bede Station. Station day 32. Entered by Signals
#: (MAGPIE), from the co-pilot's seat of the Dorcas, ... with my hands not quite steady").
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|(?i:me|my|mine|we|us|our))\b")


def record_maker(paragraphs: list[str], max_words: int = 40) -> str | None:
    """The maker a first-person record names in its header or its closing (`_MAKER`): in the first paragraph before the
    narrator's own voice begins, or in a short last paragraph (before any postscript) that ends with the maker's
    particulars ("..., by your servant Gao Shilian, Registrar of Yongning County."). A byline (`byline`) says the same
    with "By" alone."""
    kept = [strip_emphasis(p).strip() for p in without_postscripts(paragraphs)]
    kept = [p for p in kept if p]
    if not kept:
        return None
    m = _MAKER.search(kept[0])
    if m and not _FIRST_PERSON_WORD.search(kept[0], 0, m.start("name")):
        return m.group("name")
    last = kept[-1]
    if len(kept) > 1 and len(last.split()) <= max_words:
        for m in _MAKER.finditer(last):
            if re.fullmatch(r"[^.!?]*[.!?]?[)\]”’\"]*", last[m.end("name") :].strip()):
                return m.group("name")
    return None


def signature(last_paragraphs: list[str]) -> str | None:
    """The signer of a text ending in a valediction and a name ("Yours very sincerely, Edgar Rice Burroughs."),
    with or without a postscript after it."""
    last_paragraphs = without_postscripts(last_paragraphs)
    if not last_paragraphs:
        return None
    text = strip_emphasis("\n".join(last_paragraphs[-2:])).strip()
    dated = _DATELINE.search(text)
    if dated and re.search(r"\w", text[: dated.start()].split("\n")[-1]):
        text = text[: dated.start()]  # "Siranush Petrosyan Yerevan, 20 December 1988": the place and date after it
    lines = [x.strip() for x in re.split(r"\n|(?<=,)\s+", text) if x.strip()]
    if len(lines) < 2:
        return None
    name = _SIGNATURE_NAME.match(lines[-1])
    # a valediction with a clause after it is more than one of these lines: "Your mother, who kisses your eyes,"
    clause = [x for x in re.split(r"[.!?;:\n]", text[: text.rfind(lines[-1])]) if x.strip()]
    said = _VALEDICTION.search(" " + lines[-2]) or (clause and _VALEDICTION.search(" " + clause[-1].strip()))
    if not name or not said or len(name.group(1).split()) > 4:
        return None
    return name.group(1).rstrip(".")


#: A paragraph of its own after a letter's signature giving where and when it was written: "Nurses' Home, St George's
#: Hospital, Bombay 1. The fifth of October, 1958." (The House at Puthenpura's letters home), as "Yerevan, 20 December
#: 1988" follows the signature on a line of its own in The Clock at Leninakan (`_DATELINE`): a month and a year, in a
#: short line that says nothing in the first person and quotes nobody.
_DATE_WITH_YEAR = re.compile(rf"\b{_MONTH}\b[^.!?;:]{{0,12}}?\b\d{{4}}\b")
_DATELINE_WORDS = 25


def _dateline_paragraph(paragraph: str) -> bool:
    """Whether `paragraph` is a place-and-date line closing a letter (`_DATE_WITH_YEAR`): one line, not the closing
    itself with the date after the name ("Your mother, who kisses your eyes, / Marta Halloran / Galway, 20 December
    1988", read by `signature`)."""
    text = strip_emphasis(paragraph).strip()
    return (
        "\n" not in text
        and not _VALEDICTION.search(" " + text.split(",")[0] + ",")
        and len(text.split()) <= _DATELINE_WORDS
        and _DATE_WITH_YEAR.search(text) is not None
        and not _FIRST_PERSON_WORD.search(text)
        and not quoted_spans(text)
    )


def without_postscripts(paragraphs: list[str]) -> list[str]:
    """The paragraphs up to the signature: trailing postscripts ("P.S.", "P. P. S.") left off."""
    end = len(paragraphs)
    while end and _POSTSCRIPT.match(strip_emphasis(paragraphs[end - 1])):
        end -= 1
    return paragraphs[:end]


def signed_part(paragraphs: list[str], signs: Callable[[str], bool]) -> list[str]:
    """A first-person scene's paragraphs up to its writer's signature: postscripts left off (`without_postscripts`), and
    a place-and-date line of its own (`_dateline_paragraph`) when the paragraph before it signs (`signs`): a closing
    that carries its own date ("Mara Quint, Leith, 9 May 1931.", or after "Your loving sister,") is the signature. Read
    for the scene's own "I" only (`narrator_evidence`): a chapter's closing signature read so would name the writer of
    a third-person scene the chapter opens with (The House at Puthenpura's chapter of the jetty and the letter home)."""
    kept = without_postscripts(paragraphs)
    if len(kept) > 1 and _dateline_paragraph(kept[-1]) and signs(kept[-2]):
        kept = kept[:-1]
    return kept


#: What a first-person narrator says they are: "I'm a taxi driver, mister.", "I am an engine driver", "I was only a
#: cook on her": an indefinite role phrase of one to three lower-case words, ending at punctuation or a preposition.
_SELF_ROLE = re.compile(
    r"\bI(?:[’']m|\s+am|\s+was)\s+(?:only\s+|just\s+)?an?\s+((?:[a-z]+\s+){0,2}[a-z]+)"
    r"(?=\s*[,.;:!?—–”\"]|\s+(?:and|but|with|for|in|at|on|of|to|from|by|here|there)\b)"
)


def self_roles(texts: list[str]) -> set[str]:
    """What an "I" of `texts` says they are ("I'm a taxi driver": {"taxi driver"}): any "I", in the narration or in a
    quote, so a line another speaker says in the first person counts too."""
    return {" ".join(m.group(1).split()) for t in texts for m in _SELF_ROLE.finditer(t)}


def role_pattern(roles: set[str]) -> re.Pattern:
    """Where someone else's narration calls a person by the role whose head word is one of `roles`' ("The driver",
    "the taxi driver", "said the driver" for "taxi driver"; not "the driver's seat", which is the seat)."""
    heads = sorted({r.split()[-1] for r in roles})
    return re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?:{'|'.join(map(re.escape, heads))})\b(?![’']s\b)")
