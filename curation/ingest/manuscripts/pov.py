"""Third-person POV: whose inner life the narration reports, read from narration only.

A scene's POV character is the one whose thoughts, feelings and perceptions are narrated ("Jack
wondered", "it occurred to Ruth", "that worried Jack", "his mind"), who asks the narration's own
questions (free indirect thought), and who stays the grammatical subject across the scene. Other
people on stage are seen from outside ("O'Brien's face turned blacker", "Brannhard looked startled").
How often a name occurs does not count, and speech (quoted) is blanked before anything is read.

Pronouns: in close third person the POV character is mostly "he"/"she" while everyone else of that
gender is named. A pronoun after a name of its gender in the same sentence goes to that person, at a
lower weight than a named verb; any other pronoun goes to the scene's "unmarked" person of its
gender. Who that is gets decided after the whole scene is read, from claims. The strongest is the
focal mind, followed sentence by sentence: the person the scene opens on (or, with no opener, the
first named subject) holds the unmarked pronoun until another person of that gender is the named
subject of a thought, feeling or sensing ("Jack saw them"); the opener takes it back when named
again as a subject. A person seen from outside (watched, "something in his face changed", "and
looked dubious", "with the air of a man") is not the focal mind, and an opener watched at once by
someone named hands the opening to the watcher ("Kessler arrived ... Ana watched him"); so does an opener the
scene stops following, to the one whose named mind it follows instead (`handed_on`). Other claims:
the previous scene's POV when this one opens on a bare pronoun, named inner life, the book prior,
and against anyone a sentence shows is not the pronoun ("he wondered whether Marc knew", "Marc
grinned at him", "he thought of Tom"). Guesses and contrasts are not the named person's mind:
"whether Marc knew", "either Kellogg wanted ... or", "that would hurt Leonard", "Gus, however, was
pleased". When the unmarked pronoun carries the scene and no one named can own it ("Then he felt the
knife Pappy Jack had made"), the mind is an unnamed one and the POV is None. A sentence opening on a bare
pronoun that thinks or senses right after one whose named subject is the only person of its gender there ("Orcutt
said nothing. He was thinking that ...") hands that thought to its nearest antecedent (`SceneEvidence.handed`), a
claim on the scene's carrying pronoun.

Book prior: the characters whose inner life the book narrates by name, and whom its scenes open on,
are its POV characters (the roster-less counterpart of a roster's POV list); within a scene they are
preferred over minor characters who merely act or are mentioned. It is a bounded bonus (at most
W_BOOK_PRIOR), so a scene whose focal mind is clearly someone else's (a long run of their unmarked
pronouns) still goes to them; it decides between candidates the scene leaves close.

The weights below were set on four texts (Little Fuzzy's hand labels, the sample manuscript, a
two-men test text and the held-out-style Salt Ledger) with the ordering fixed by the ideas above:
named inner life > pronoun inner life > perception > being the subject; a coarse grid only chose
among those. Dracula (POV from headings) is checked to stay unchanged. `benchmarks/pov_cv.py` refits the
decision weights leaving one labelled book out at a time (all 21 books): 174 of 187 third-person scenes right
against 175 with the shipped weights; each weight alone at half or double its value moves at most 7 scenes.

Camera-eye: a scene the narration tells from no one's head (it moves among people and places, "Eight miles to
the north, Gav Sharrock sits at the radio desk ... At Caernarfon, the pilot ...") has no POV (`camera_eye`).

Decision: the top score wins only with a clear margin over the runner-up; otherwise the POV is None
with a low confidence, unless (without a roster, and after the neighbours' POVs have had their say) the leader owns
the scene's carrying pronoun and the runner-up is of the other gender (`pronoun_breaks_tie`): then the leader, at a
low confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .names import TITLE_GENDER, TITLES, name_words
from .people import Mention, PersonIndex
from .text import LOWER, NAME_WORD, UPPER
from .weights import Weights

#: Verbs of thinking and feeling: the narration is inside this person's head.
COGNITION = (
    r"(?:thought|thinks|felt|feels|wondered|knew|realized|realised|remembered|wanted|decided|hoped|"
    r"feared|supposed|imagined|considered|understood|recognized|recognised|guessed|pictured|doubted|"
    r"believed|liked|disliked|hated|loved|missed|trusted|wished|regretted|suspected|worried|"
    r"determined|reflected|reasoned|concluded|calculated|figured|judged|noted|mused|pondered|"
    r"dreaded|longed|ached|resented|envied|detested|despised|enjoyed|admired|preferred|"
    r"could(?:n[’']t|\s+not)?\s+(?:help|remember|believe|imagine|understand|think|decide|tell|see\s+why)|"
    r"did(?:n[’']t|\s+not)\s+(?:know|like|want|think|understand|care|believe|feel|remember|expect)|"
    r"(?:was(?:\s+not|n[’']t)?|had(?:\s+not|n[’']t)?\s+been)\s+(?:so\s+|very\s+|too\s+|quite\s+|rather\s+)?(?:aware|sure|certain|afraid|glad|sorry|tired|"
    r"beginning\s+to|thinking|"
    r"wondering|worried|relieved|pleased|annoyed|angry|ashamed|conscious|uneasy|nervous|curious|"
    r"puzzled|surprised|amused|disappointed|grateful|embarrassed|convinced|not\s+sure|unsure)|"
    r"had\s+(?:been\s+(?:thinking|wondering|dreading|afraid)|a\s+(?:feeling|hunch|notion|"
    r"suspicion|idea))|had\s+(?:already\s+)?(?:determined|decided|realized|realised|forgotten|known)|"
    r"told\s+(?:himself|herself)|caught\s+(?:himself|herself)|found\s+(?:himself|herself)|"
    r"let\s+(?:himself|herself)|reminded\s+(?:himself|herself)|started\s+feeling|began\s+to\s+feel|"
    r"hadn[’']t\s+(?:expected|thought|known|realized)|"
    # the same in the present tense, for a book told in it ("Mara wonders whether", "she doesn't know")
    r"wonders|knows|realizes|realises|remembers|wants|decides|hopes|fears|supposes|imagines|considers|"
    r"understands|recognizes|recognises|guesses|pictures|doubts|believes|likes|dislikes|hates|loves|misses|"
    r"trusts|wishes|regrets|suspects|worries|reflects|reasons|concludes|calculates|figures|judges|notes|muses|"
    r"ponders|dreads|longs|aches|resents|envies|detests|despises|enjoys|admires|prefers|"
    r"can(?:[’']t|not|\s+not)?\s+(?:help|remember|believe|imagine|understand|think|decide|tell|see\s+why)|"
    r"does(?:n[’']t|\s+not)\s+(?:know|like|want|think|understand|care|believe|feel|remember|expect)|"
    r"(?:is(?:\s+not|n[’']t)?|has(?:\s+not|n[’']t)?\s+been)\s+(?:so\s+|very\s+|too\s+|quite\s+|rather\s+)?(?:aware|sure|certain|afraid|glad|sorry|tired|"
    r"beginning\s+to|thinking|"
    r"wondering|worried|relieved|pleased|annoyed|angry|ashamed|conscious|uneasy|nervous|curious|"
    r"puzzled|surprised|amused|disappointed|grateful|embarrassed|convinced|not\s+sure|unsure)|"
    r"has\s+a\s+(?:feeling|hunch|notion|suspicion|idea)|"
    r"(?:tells|catches|finds|lets|reminds)\s+(?:himself|herself)|starts\s+feeling|begins\s+to\s+feel)"
)
#: Verbs of perceiving: weaker, anyone on stage looks and listens.
PERCEPTION = (
    r"(?:saw|sees|watched|noticed|heard|smelled|tasted|sensed|glanced|gazed|"
    r"looked\s+(?:at|up|down|around|round|about|over|out|into|back|across|toward|towards)|"
    r"could\s+(?:see|feel|hear|smell|taste)|contemplated|studied|listened|observed|caught\s+sight|"
    r"watches|notices|hears|smells|tastes|senses|glances|gazes|"
    r"looks\s+(?:at|up|down|around|round|about|over|out|into|back|across|toward|towards)|"
    r"can\s+(?:see|feel|hear|smell|taste)|contemplates|studies|listens|observes|catches\s+sight)"
)
#: Described from outside: a look, a face, a voice someone else perceives.
OUTSIDE = (
    r"(?:looked|seemed|appeared|sounded|looks|seems|appears|sounds)\s+(?!at\b|up\b|down\b|around\b|round\b|about\b|over\b|out\b|"
    r"into\b|back\b|across\b|toward\b|towards\b|for\b|to\b)\w+"
)
_POSSESSED_INNER = r"(?:mind|thoughts|heart|stomach|memory|conscience|instinct|instincts|hunch|own\s+thoughts)"
_POSSESSED_OUTER = r"(?:face|eyes|expression|voice|mouth|lips|cheeks|brow|jaw|smile|grin|frown|features)"
SPEECH = (
    r"(?:said|asked|told|replied|answered|added|continued|called|shouted|whispered|muttered|explained|"
    r"agreed|insisted|demanded|began|went\s+on|interrupted|argued|mumbled|objected|protested|snapped|"
    r"retorted|repeated|cried|exclaimed|yelled|murmured|"
    r"says|asks|tells|replies|answers|adds|continues|calls|shouts|whispers|mutters|explains|agrees|insists|"
    r"demands|begins|goes\s+on|interrupts|argues|mumbles|objects|protests|snaps|retorts|repeats|cries|"
    r"exclaims|yells|murmurs)"
)

#: Between a name and its verb: a short clause in commas, or a "who" clause ("Tiny, who has watched her do it at two
#: in the morning with her hands still shaking, believes her"), and an adverb: "Ilse already knew" (The Arkwright
#: Claim), "Agnes already knows", "She always knew" (Halloran Street).
_GAP = (
    r"(?:\s*,[^,.;]{0,60},|\s*,\s+who\s[^,.;]{0,100},)?"
    r"\s+(?:\w+ly\s+|also\s+|still\s+|even\s+|suddenly\s+|just\s+|only\s+|never\s+|now\s+|already\s+|always\s+)?"
)
#: ... in any tense: "Tobin had imagined", "she had wondered" (the pluperfect is the same mind, earlier).
_AFTER_COGNITION = re.compile(rf"{_GAP}(?:had\s+)?{COGNITION}\b", re.I)
_AFTER_PERCEPTION = re.compile(rf"{_GAP}{PERCEPTION}\b", re.I)
#: Perceiving that puts the narration in a person's senses ("then Jack saw them"), not a turn of the head.
_AFTER_SENSING = re.compile(
    rf"{_GAP}(?:saw|sees|watched|noticed|heard|smelled|sensed|observed|studied|"
    rf"could\s+(?:see|hear|smell|feel)|caught\s+sight|"
    rf"watches|notices|hears|smells|senses|observes|studies|can\s+(?:see|hear|smell|feel)|catches\s+sight)\b",
    re.I,
)
_AFTER_SPEECH = re.compile(rf"{_GAP}{SPEECH}\b", re.I)
#: A clause of its own between a subject and a coordinated verb: the verb may be that clause's ("Pryor stood up and
#: said that the deceased had been seen ... and had missed", "Brandt has been in to say that he ... and wants").
_SUBORDINATE = re.compile(
    rf"\b(?:that|which|who|whom|whose|because|when|while|if|where|until|since|though|although|{SPEECH})\b|[“”\"]",
    re.I,
)
#: A second verb of the same subject that thinks or senses: "... and watched Constance Varley", "... and wondered".
_COORDINATED_MIND = re.compile(
    rf"\band\s+(?:then\s+)?(?:\w+ly\s+)?(?:(?P<inner>{COGNITION})|saw|sees|watched|watches|noticed|notices|heard|"
    rf"hears|smelled|smells|sensed|senses|observed|observes|studied|studies|could\s+(?:see|hear|smell|feel)|"
    rf"can\s+(?:see|hear|smell|feel))\b",
    re.I,
)
_AFTER_OUTSIDE = re.compile(rf"{_GAP}{OUTSIDE}", re.I)
_AFTER_INNER = re.compile(rf"\s+(?:\w+\s+)?{_POSSESSED_INNER}\b", re.I)
_AFTER_OUTER = re.compile(rf"\s+(?:\w+\s+)?{_POSSESSED_OUTER}\b", re.I)
_AFTER_VERB = re.compile(
    r"(?:\s*,[^,.;]{0,60},)?\s+(?:\w+ly\s+)?(?:had\s+|was\s+|would\s+|could\s+)?[a-z]+(?:ed|[^s]s)\b"
)
#: The person is the one who feels: "that worried Jack", "it seemed to Ruth", "it occurred to him".
_EXPERIENCER_BEFORE = re.compile(
    r"\b(?:worried|pleased|annoyed|surprised|puzzled|heartened|amused|bothered|struck|occurred\s+to|"
    r"seemed\s+to|appeared\s+to|reminded|relieved|irritated|delighted|disturbed|frightened|scared|"
    r"embarrassed|impressed|hurt|saddened|angered|shocked|startled|comforted|troubled|dawned\s+on|"
    r"crossed\s+(?:\w+\s+)?mind\s+of|made|left|gave|filled|"
    r"worries|pleases|annoys|surprises|puzzles|amuses|bothers|strikes|occurs\s+to|seems\s+to|appears\s+to|"
    r"reminds|relieves|irritates|delights|disturbs|frightens|scares|embarrasses|impresses|hurts|saddens|"
    r"angers|shocks|startles|comforts|troubles|dawns\s+on)\s+$",
    re.I,
)
_EXPERIENCER_PRONOUN = re.compile(
    r"\b(?:worried|pleased|annoyed|surprised|puzzled|heartened|amused|bothered|struck|occurred\s+to|"
    r"seemed\s+to|appeared\s+to|reminded|relieved|irritated|delighted|disturbed|frightened|scared|"
    r"embarrassed|saddened|angered|shocked|startled|comforted|troubled|dawned\s+on|"
    r"worries|pleases|annoys|surprises|puzzles|amuses|bothers|strikes|occurs\s+to|seems\s+to|appears\s+to|"
    r"reminds|relieves|irritates|delights|disturbs|frightens|scares|embarrasses|saddens|angers|shocks|"
    r"startles|comforts|troubles|dawns\s+on)\s+(him|her)\b",
    re.I,
)
_REPORTED_BEFORE = re.compile(r"\b(?:whether|if|that|how|what|why|as\s+though|as\s+if)\s+(?:\w+\s+)?$", re.I)
#: A guess, not a narrated mind: "either Kellogg wanted ... or", "probably Emmert knew", "that would hurt Leonard".
_GUESS = re.compile(
    r"\beither\b(?=[^.;]*\bor\b)|\b(?:probably|presumably|no\s+doubt|doubtless|must\s+have|would|might|could\s+have)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:—–]")
#: "X, however, was pleased": a mind set against the one the narration is with.
_CONTRAST_GAP = re.compile(
    r"\s*,\s*(?:however|though|on\s+the\s+other\s+hand|for\s+(?:his|her)\s+part|in\s+turn)\s*,", re.I
)
#: Someone's thoughts about a person: the person thought about is not the one thinking.
_THOUGHT_ABOUT_BEFORE = re.compile(
    r"\b(?:thought|thinking|think|wondered|wondering|worried|remembered|remembering|imagined|imagining|pictured|"
    r"missed|dreamed|dreamt|thinks|wonders|worries|remembers|imagines|pictures|misses|dreams)\s+"
    r"(?:\w+\s+){0,2}?(?:of|about|if|whether)\s+(?:\w+\s+)?$|"
    r"\b(?:remembered|imagined|pictured|missed|recalled|remembers|imagines|pictures|misses|recalls)\s+$",
    re.I,
)
#: A look cast by a person: "Jack's eyes followed his", "her gaze went to the door".
_AFTER_GAZE = re.compile(
    r"\s+(?:eyes|gaze|glance)\s+(?:\w+ly\s+)?(?:followed|went|fell|moved|searched|strayed|flicked|"
    r"darted|swept|roamed|returned|travelled|traveled|lifted|dropped|rested|found|sought|met)\b",
    re.I,
)
#: Seen from outside: a face that changes, eyes that narrow, the air of a man, a simile of appearance.
_FACE_CHANGES = re.compile(
    r"\b(his|her)\s+(?:\w+\s+)?(?:face|expression|mouth|lips|jaw|cheeks|brow|features|smile|eyes|colour|color)\s+"
    r"(?:\w+ly\s+)?(?:changed|tightened|hardened|softened|darkened|brightened|fell|went|flushed|paled|twitched|creased|"
    r"crumpled|twisted|narrowed|widened|glittered|gleamed|glinted|hardened|clouded|cleared|reddened|whitened|"
    r"was|were|looked|seemed|showed|betrayed|gave\s+nothing)\b",
    re.I,
)
_APPEARANCE = re.compile(
    r"\b(?:with|had|wore)\s+the\s+(?:air|look|manner|bearing)\s+of\b|"
    r"(?<!felt\s)(?<!feel\s)(?<!feeling\s)\blike\s+a\s+(?:man|woman|boy|girl|child)\s+(?:who|\w+ing)\b|"
    r"\bthe\s+way\s+a\s+\w+(?:\s+\w+)?\s+(?:looks|does|would)\b",
    re.I,
)
#: A simile of how someone looks or acts: "as if she had said something dreadful", "like a baby", "like a boy who".
_SIMILE = re.compile(r"\b(?:as\s+if|as\s+though|like\s+an?)\b", re.I)
#: A possessive of the other gender between a subject and a simile: someone else is likened ("Bram Okafor went out
#: first, ... because the captain, for all her eleven years, still ... like a cadet", The Dorothea).
_OTHER_POSSESSIVE = {
    "he": re.compile(r"\bher\b", re.I),
    "she": re.compile(r"\bhis\b", re.I),
    "?": re.compile(r"(?!x)x"),
}
#: "... and looked dubious": the sentence's subject, seen from outside.
_COORDINATED_OUTSIDE = re.compile(rf"(?:\band|\bbut|\bthen|,)\s+{OUTSIDE}", re.I)
#: Looking at a person: the looker may be the POV, the one looked at is seen from outside.
_PERCEIVES_PERSON = re.compile(
    r"\b(?:watched|saw|noticed|studied|observed|eyed|regarded|examined|scrutinized|scrutinised|"
    r"looked\s+(?:\w+\s+)?at|stared\s+at|glanced\s+at|gazed\s+at|peered\s+at|"
    r"watches|sees|notices|studies|observes|eyes|regards|examines|scrutinizes|scrutinises|"
    r"looks\s+(?:\w+\s+)?at|stares\s+at|glances\s+at|gazes\s+at|peers\s+at)\s+",
    re.I,
)
_PRONOUN = re.compile(r"\b(he|she)\b", re.I)
#: Between a pronoun subject and a name: the sentence says who the pronoun is. "He had been Gabriel Ashcombe for
#: thirty-one years" (The Stavely Settlement), "She had been Madam Yang for eighteen years" (The Yingchun Gate), "She
#: had been Margaret Pryce" (The Tollhouse Summer), "she had been Joan Lacey" (Kitty's Steps).
_IDENTITY_COPULA = re.compile(r"\s+(?:was|is|had\s+been|has\s+been)\s+(?:once\s+|still\s+|only\s+)?")
_G = ("he", "she")
#: A title and a capitalised name: "Constable Bray", "Mrs Pike", "Dr. Moorsom" (`_SceneReader._presence`).
_TITLED_NAME = re.compile(
    r"\b("
    + "|".join(sorted((t.capitalize() for t in TITLES if len(t) > 1 and t != "the"), key=len, reverse=True))
    + rf")\.?\s+[{UPPER}][{LOWER}][\w’'\-]*"
)
_OBJECT = {
    "he": re.compile(r"\bhim\b", re.I),  # "her" only where it cannot be a possessive
    "she": re.compile(
        r"\bher\b(?=\s*[.,;:!?—]|\s+(?:to|and|in|on|at|with|from|for|as|that|up|down|away|"
        r"back|again|out|off|into|over|by)\b)",
        re.I,
    ),
}
_OPENING_OBJECT = re.compile(r"\b(him|her)\b", re.I)
_POSSESSIVE_PRONOUN = re.compile(rf"\b(his|her)\s+(?:\w+\s+)?({_POSSESSED_INNER})\b", re.I)
#: A sentence: up to its closing mark, not the full stop of a title before a name ("in the front row behind him Mrs.
#: Whitcombe pressed the tissue to her mouth", The Whitcombe Verdict; "with a bow so correct that Mrs. Pellow visibly
#: glowed", Lady Ashcombe's Season), which would make the name the subject of a sentence of its own.
_SENTENCES = re.compile(
    rf"(?:\b(?:Mrs|Mr|Ms|Dr|St|Mme|Mlle|Messrs|Capt|Lt|Sgt|Col|Gen|Rev|Prof|Hon)\.(?=\s+[{UPPER}])|[^.!?…])+"
    r"(?:[.!?…]+[”’\"]?|$)"
)
#: (A clause with its own pronoun subject is not a lead-in: in "They were swarming over the bed, Baby and all"
#: Baby is in apposition.) A phrase may carry one where/when/while/as clause before the subject: "At the bottom of the
#: section, where the field met the road, Ruth Amadi was waiting" (Kessler Red), "For a few seconds, as she came clear
#: of the Ninth Ring, Teo saw" (The Dorothea), "In the morning, when the sun was up ..., he went" (Under Old Gregory).
#: Up to seventeen words before its comma: "On the day the escort came from the Prefecture to take the Assistant
#: Commissioner to the capital, the Magistrate went down" (The Yingchun Gate, 16 words); a first clause as long before
#: ", and" its subject ("Swift Cars runs twenty-eight vehicles on a good night and nineteen on a bad one, and Ines
#: knows", Halloran Street; "St Brendan's smells of floor polish ..., and Augustin Pell has been lying", ibid.; "The
#: small one with the cap came down the other stairs and went past the dried fish, and Yetunde came after him", The
#: House on Bode Thomas).
_LEAD_IN = re.compile(
    r"^[\W_]*(?:(?!(?:they|he|she|we|i|you)\s)(?:[\w’'\-]+[^\w,]+){0,16}[\w’'\-]+,\s*(?:(?:where|when|while|as)\s(?:[\w’'\-]+[^\w,]+){0,15}[\w’'\-]+,\s*)?(?:and\s+|but\s+|so\s+|then\s+)?|(?:then|and|but|so|now|still|again|"
    r"finally|suddenly|later|there|yet|only)\s+)?$",
    re.I,
)
#: A short phrase of time (or place) before the subject with no comma after it: "On Sunday Jürgen Vogt went on duty"
#: (The Window on Bernauer Strasse), "That night Anna sat at the kitchen table" (The Salt Ledger), "On the second
#: night Tansy could not sleep" (Under Old Gregory), "On Wednesdays Winifred did the brushing" (A Week at Ottilie).
#: A preposition or a demonstrative and one to four words, none of them a conjunction, and not a conjunction's
#: noun ("By the time Quirke and I got to the Basin I had run a mile": Quirke is the subject of a subordinate clause).
_SHORT_LEAD_IN = re.compile(
    r"^[\W_]*(?:on|at|in|by|after|before|during|that|this|next|last|early|late|later)"
    r"(?:\s+(?!(?:when|while|as|if|because|since|until|though|although|who|which|that|and|but|or)\s)[\w’'\-]+){1,4}"
    r"(?<!\btime)(?<!\bmoment)(?<!\bminute)(?<!\binstant)\s+$",
    re.I,
)
#: The opening of a coordinated clause whose subject is a name: "..., and Tova went", also after a short phrase of time
#: ("The sickbay on the Constance Mirren had one porthole, and for the first three days Caspar Leontyev lay and looked
#: out of it", Thin Water; "..., and for a long second Rafe Lindqvist was sure", Saint Adela; "..., and on the Thursday
#: Kazuo opened the shop himself", The Same Tea): as `_SHORT_LEAD_IN` allows before a sentence's own subject.
_COORDINATED_SUBJECT = re.compile(
    r"[,;]\s+(?:and|but|then|so)(?:\s+(?:so|then))?\s+(?:(?:on|at|in|by|after|before|during|for)"
    r"(?:\s+(?!(?:when|while|as|if|because|since|until|though|although|who|which|that|and|but|or)\s)[\w’'\-]+){1,4}"
    r"(?<!\btime)(?<!\bmoment),?\s+)?$",
    re.I,
)
#: A name in a reporting aside set into its sentence after a lead-in: "His lordship, Dawlish told the stable yard, was
#: not to be spoken to before noon" (The Stavely Settlement), "The CPS would probably take it down to manslaughter,
#: Quirke said, and probably they'd be right" (Slack Water), "And the burned wagons, Crescens says, were empty" (The
#: Brewer's Winter), "It had taken two beavers' worth of work, Mother Gadd said afterwards, and ..." (Under Old
#: Gregory): the narration reports what they say, and the sentence's subject is not them. Not the speaker of a quote
#: the sentence goes on to give ("On the stairs going down, Sam said to me, very low, “She's not going to wait”":
#: blanked to "…").
_REPORTING_ASIDE = re.compile(rf"\s+(?:\w+ly\s+)?{SPEECH}\b[^,.;:!?…“”\"]{{0,40}},(?![^.!?]*[…“”\"])")
#: The rest of a named subject's clause, then an aside saying who reports it: "Tian Sanniang had gone home to Deren
#: Ward, the abbot's message said, on the morning after" (The Yingchun Gate): the clause is what the message says, not
#: the narration following her. Not a new clause ("..., and then he said,"), a comparison ("Pieter Claes went over the
#: orchard wall first, as they had agreed,": The Bell at Saint Ermelinde) nor an aside belonging to a clause the name's
#: own opened ("Mr Pell tunes in the early mornings because, he says, ...": Halloran Street).
_REPORTED_CLAUSE = re.compile(
    rf"(?P<clause>[^,;:.!?“”\"…]{{1,80}}),\s+(?!(?:and|but|then|so|or|yet|as)\b)(?:[\w’'\-]+\s+){{1,3}}?"
    rf"(?:{SPEECH}|wrote|writes)\s*[,;]"
)
_CLAUSE_OPENS_ANOTHER = re.compile(
    r"\b(?:because|and|but|that|so|as|when|while|if|though|although|then|since|until|before|after)\s*$", re.I
)
#: A rank "of" a place or a title before the name it is held by, as the sentence's subject: "The Earl of Ashcombe had
#: not been inside the place for three years" (Lady Ashcombe's Season), "The Bishop of Westry remembers" (The Well at
#: Maud), "The Earl of Stavely was" (The Stavely Settlement). The name alone is what the book's index knows; the rank's
#: gender, where it has one, must be the person's ("the Dowager Countess of Ashcombe" is not the Earl).
_RANK_OF = re.compile(
    r"\b(?:the\s+)?(?:dowager\s+)?(?P<rank>earl|countess|duke|duchess|marquess|marquis|marchioness|viscount|viscountess|"
    r"baron|baroness|bishop|archbishop|dean|abbot|abbess|prior|prioress|prince|princess|king|queen|lord|lady|"
    r"master|warden|provost|mayor|governor)\s+of\s+(?:the\s+)?$",
    re.I,
)
_RANK_GENDER = {  # the titles that say a gender (king, queen, lord, lady, prince, princess) and the peerage's ranks
    **TITLE_GENDER,
    **{r: "he" for r in ("earl", "duke", "marquess", "marquis", "viscount", "baron", "abbot", "prior")},
    **{r: "she" for r in ("countess", "duchess", "marchioness", "viscountess", "baroness", "abbess", "prioress")},
}
#: After a name, its verb: a lower-case word, past the rest of the name when the index knows only its first
#: word ("Margaret Ashdown had lived": a married name used once; "Tova Rusk went").
_VERB_AFTER_NAME = re.compile(rf"(?:\s+{NAME_WORD})*\s+[a-z]")
#: The same past a "who" clause in commas, as `_GAP` allows between a name and its verb: "..., and Rekha, who was on
#: the jetty arguing with the Pallathu Houseboats man about diesel, looked round" (Below Sea Level).
_VERB_AFTER_WHO = re.compile(rf"(?:\s+{NAME_WORD})*(?:\s*,\s+who\s[^,.;]{{0,100}},)?\s+[a-z]")
#: Free indirect thought: the narration exclaims, swears or asks in the character's own voice.
_FID_WORDS = re.compile(
    r"\b(?:gosh|damn|damned|hell|heavens|good\s+lord|of\s+course|probably|surely|"
    r"maybe|perhaps|no\s+doubt|anyhow|anyway|well,)\b",
    re.I,
)

#: How a sentence and its subject are read, shared with `descriptions` (which reads a description as a sentence's
#: subject as this module reads a name): the sentences, what may stand before a subject, a coordinated clause's
#: subject, and a subject's thinking or perceiving, named right after it or in a second verb.
SENTENCES, LEAD_IN, COORDINATED_SUBJECT = _SENTENCES, _LEAD_IN, _COORDINATED_SUBJECT
AFTER_COGNITION, AFTER_PERCEPTION, COORDINATED_MIND = _AFTER_COGNITION, _AFTER_PERCEPTION, _COORDINATED_MIND

# weights: named inner life counts most, then pronoun-resolved inner life, then perception
W_INNER_NAMED = 3.0
W_INNER_PRONOUN = 1.5
W_INNER_DEFAULT = 1.5
W_PERCEPTION_NAMED = 1.0
W_PERCEPTION_PRONOUN = 0.5
W_SUBJECT_NAMED = 0.4
W_SUBJECT_PRONOUN = 0.2
W_OUTSIDE = -0.75
W_FID = 0.5
W_OPENING = 5.0
W_BOOK_PRIOR = 8.0
W_OPENING_CLAIM = 2.0
W_CONTINUES = 4.0
W_FOCAL = 0.5
W_OBSERVED = 0.5
W_NOT_UNMARKED = 2.0


@dataclass
class SceneEvidence:
    """What one scene's narration says about each person (before the book prior and continuity)."""

    named: Weights = field(default_factory=Weights)  # person -> score from named and locally resolved mentions
    inner_named: Counter = field(default_factory=Counter)  # person -> count of named inner-life verbs
    unmarked: Weights = field(default_factory=Weights)  # "he"/"she" -> score of pronouns without a named antecedent
    focal: Weights = field(
        default_factory=Weights
    )  # person -> unmarked pronoun score while the narration was in their mind
    observed: Counter = field(default_factory=Counter)  # person -> times watched, their face read, their air described
    present: set = field(default_factory=set)  # persons named in narration
    subject: Counter = field(default_factory=Counter)  # person -> sentences with them as the named subject
    not_unmarked: Counter = field(
        default_factory=Counter
    )  # person -> sentences showing they are not the unmarked "he"/"she"
    opening: str | None = None  # the person named as subject of the first sentence
    opening_pronoun: str | None = None  # "he"/"she" when the scene opens on a bare pronoun
    outside: set = field(default_factory=set)  # persons seen from outside at least once
    opening_seen: bool = False  # the opener is seen from outside right away ("X met them ... and looked dubious")
    opening_observer: str | None = None  # who watches the opener right away ("X arrived. Ana watched him.")
    mind: Weights = field(default_factory=Weights)  # person -> weight of inner life and sensing named or bound to them
    mind_unmarked: Weights = field(default_factory=Weights)  # "he"/"she" -> the same for unmarked pronouns
    aside: Counter = field(default_factory=Counter)  # person -> named thoughts set in as asides (", Ruud thought,")
    # per narration paragraph: (words, the people it names, the genders of its "he"/"she" said before anyone of
    # that gender is named in it): where the narration is with whom (`away_share`)
    paragraphs: list = field(default_factory=list)
    #: (person, "he"/"she") -> times a sentence opening on that bare pronoun came next after the person, named as a
    #: subject and the last person named (`_SceneReader._antecedent`): how the narration takes them up
    antecedent: Counter = field(default_factory=Counter)
    #: person -> unmarked pronoun weight said while they were the nearest named antecedent of the bare pronoun the
    #: scene opens on, with no one's mind holding that pronoun (`_SceneReader._give`, `score_scene_detail`)
    taken_up: Weights = field(default_factory=Weights)
    #: person -> the inner life and sensing of bare pronouns opening a sentence right after one whose named subject
    #: they are, their nearest antecedent ("Orcutt said nothing. He was thinking that ..."): `_SceneReader._handed_mind`
    handed: Weights = field(default_factory=Weights)
    #: per narration paragraph: person -> the inner life and sensing it reports of them, by name or by a "he"/"she"
    #: no sentence binds, taken as the person of its gender the paragraph named first, before it or else the one
    #: before that (`_SceneReader.held`, `minds_in_turn`)
    paragraph_minds: list = field(default_factory=list)
    spoken: int = 0  # the lines of speech blanked out of the narration (`text.narration_only`'s " … ")


@dataclass
class _Sentence:
    """One sentence of narration as the extractors read it."""

    text: str
    mentions: list[Mention]  # the people it names (those allowed)
    pronouns: list[re.Match]  # its "he"/"she"
    subj_m: Mention | None  # the named subject, if a name opens it (after a short lead-in)
    subj_p: re.Match | None  # the pronoun subject, if a pronoun opens it
    before: dict[str, str]  # gender -> the last named subject of that gender before this sentence
    local: dict[str, str] = field(default_factory=dict)  # gender -> a person this sentence names (binds its pronouns)
    thing_subject: bool = False  # a ship or a machine opens it ("The *Delacroix* had been falling ..., and she")
    #: a name the book uses for no person (a ship, a place: `PersonIndex.shadows`, `things`) is its subject
    not_person_subject: bool = False
    identified: Mention | None = None  # the name the pronoun subject is said to be ("He had been Gabriel Ashcombe")


#: What may stand before a thing's name as its sentence's subject: "The *Josephine Achterberg* was", "Mrs. Pruitt [a
#: mule] stopped dead" (Cutter Grade: the title is part of the mule's sentence, `_SENTENCES`).
_THING_ARTICLE = re.compile(r"(?i)\b(?:the|mrs|mr|ms|miss|dr)\.?\s+$")
#: Who a ship's "she" refers to: no person (`_credit` and the extractors give it nothing).
_THING = "\x00thing"


class _SceneReader:
    """Reads one scene's narration sentence by sentence into a `SceneEvidence`.

    Each method below is one extractor: the sentence's subject (`_parse`), what a named person does
    (`_named_act`) and whose pronouns the name binds (`_bind_name`), what a pronoun does (`_pronoun`),
    sentences showing someone is not the unmarked pronoun (`_not_unmarked`), who is looked at
    (`_watched`) or seen from outside (`_seen_from_outside`), feelings given to a pronoun
    (`_experiencer_pronouns`), minds owned by a pronoun (`_possessed_minds`) and free indirect thought
    (`_free_indirect`). The reading state they share:
    """

    def __init__(self, people: PersonIndex, allowed: set[str] | None, gender: dict[str, str] | None = None) -> None:
        self.people = people
        self.allowed = allowed
        self.gender = people.gender if gender is None else gender
        self.ev = SceneEvidence()
        self.first_sentence = True
        self.opening_window = 0  # sentences read since the opening (an observer of the opener takes the opening)
        self.recent: dict[str, str] = {}  # gender -> last named subject of that gender anywhere in the scene so far
        self.focal: dict[str, str] = {}  # gender -> whose mind the narration is in: the opener, then a named mind
        self.named_subjects: list[str] = []  # named subjects in reading order
        self.anchored: set[str] = set()  # genders whose pronouns have had a focal person
        self.prev_subject: str | None = None  # the named subject of the previous sentence
        self.current: str | None = None  # who this paragraph's narration is with ("he"/"she" for an unmarked pronoun)
        self.paragraph = 0  # narration paragraphs read so far (1: the first)
        self.last_named: dict[str, str] = {}  # gender -> the last person of that gender named in any role
        self.identified: set[str] = set()  # whom the narration said its own unmarked pronoun is (`_identity`)
        self.co_opener: str | None = None  # the subject of the opening sentence's coordinated clause (`_parse`)
        self.opened_here = False  # this sentence made its named subject the scene's opener (first or late)
        self.last_person: tuple[str, bool] | None = None  # the last person named so far, and named as a subject
        #: gender -> the first person of that gender named as a subject after the scene opened on that bare pronoun
        self.taker: dict[str, str] = {}
        #: gender -> the previous sentence's named subject, when it is the nearest antecedent a bare "he"/"she" opening
        #: the next sentence of the paragraph can have (`_nearest_antecedent`, `_handed_mind`)
        self.nearest: dict[str, str] = {}
        self.subject_read = False  # a sentence so far had a subject, named or a pronoun (`_described_subject`)
        self.described_in: tuple[str, list[Mention]] | None = None  # the last text `_described` read, and its answer
        #: gender -> whom an unbound "he"/"she" is with: the person of that gender this paragraph named first, so far,
        #: else the one an earlier paragraph did (`SceneEvidence.paragraph_minds`)
        self.held: dict[str, str] = {}
        self.held_here: set[str] = set()  # the genders this paragraph has named someone of

    def read(self, narration: str) -> SceneEvidence:
        for para in narration.split("\n\n"):
            self.current = None
            self.nearest = {}
            if not re.search(r"\w", para):
                continue
            self.paragraph += 1
            self._presence(para)
            for sm in _SENTENCES.finditer(para):
                text = sm.group(0)
                if re.search(r"\w", text.replace("…", "")):
                    self._sentence(text)
        return self.ev

    # Two ways a roster's description stands for a name, kept as two: `_named` takes it anywhere for the people the
    # narration calls so more than by name (`PersonIndex.handled`, counted over the book), `_described_subject` takes
    # anyone's as the subject of a scene's first sentence that has one. One rule in `PersonIndex` would change results:
    # the index reads a text, not where the scene stands (no subject yet, the allowed POVs, `_subject_after`), so it
    # could take a description either everywhere (every "the keeper" a name) or for the handled only, and the openings
    # it reads are of people not handled (with rosters: the bawwab of The Night of the Fires 4 times, the bandleader
    # of The Highlife Band once).
    def _named(self, text: str) -> list[Mention]:
        """The people `text` names, and a roster's description of one the book's narration calls so more often than
        by a name (`PersonIndex.handled`: "The señora had learned ...", "the old woman said nothing"): otherwise a
        description is mostly how one character sees another ("She wondered what the magistrate would decide")."""
        names = self.people.mentions(text)
        if not self.people.handled:
            return names
        taken = {(m.start, m.end) for m in names}
        return [m for m in self._described(text) if (m.start, m.end) in taken or m.person in self.people.handled]

    def _described(self, text: str) -> list[Mention]:
        """`PersonIndex.described(text)`, read once for a sentence that both `_named` and `_described_subject` ask."""
        if self.described_in is None or self.described_in[0] != text:
            self.described_in = (text, self.people.described(text))
        return self.described_in[1]

    def _presence(self, para: str) -> None:
        """Who a paragraph's narration is with: the people it names (any the book knows, a roster's POV list
        or not), and the genders of the "he"/"she" it says before naming anyone of that gender (the scene's
        unmarked pronouns; after a name, a reader takes the pronoun for that person)."""
        mentions = [m for m in self._named(para) if not _written(para[m.start : m.end])]
        named = {m.person for m in mentions}
        first: dict[str, int] = {}
        for m in mentions:
            g = self.gender.get(m.person)
            if g:
                first.setdefault(g, m.start)
        for t in _TITLED_NAME.finditer(para):
            # someone the book names too rarely to know ("Constable Bray walked his beat ... He tried the door"):
            # a person all the same, whose he/she follows (of the title's gender, or either)
            if not any(m.start <= t.start() < m.end for m in mentions):
                named.add(t.group(0))
                for g in (TITLE_GENDER[t.group(1).casefold()],) if t.group(1).casefold() in TITLE_GENDER else _G:
                    first[g] = min(first.get(g, len(para)), t.start())
        unmarked = {
            p.group(1).lower() for p in _PRONOUN.finditer(para) if p.start() < first.get(p.group(1).lower(), len(para))
        }
        words = len(re.findall(r"\w+", para))
        self.ev.paragraphs.append((words, frozenset(named), frozenset(unmarked)))
        self.ev.paragraph_minds.append(Weights())
        self.held_here = set()

    def _sentence(self, text: str) -> None:
        self.opened_here = False
        s = self._parse(text)
        self._antecedent(s)
        _leave_focal(text, s.mentions, s.subj_m, s.subj_p, self.focal, self.named_subjects, self.gender)
        self._identity(s)
        events: list[tuple[int, Mention | re.Match]] = [(m.start, m) for m in s.mentions]
        events += [(p.start(), p) for p in s.pronouns]
        events.sort(key=lambda e: e[0])
        for _, obj in events:
            if isinstance(obj, Mention):
                g = self.gender.get(obj.person)
                if (
                    g in _G
                    and g not in self.held_here
                    and not any(p.group(1).lower() == g and p.start() < obj.start for p in s.pronouns)
                ):
                    # not one a pronoun of that gender thinks of first ("He thought about his grandson, Seitoku")
                    self.held[g], self.held_here = obj.person, self.held_here | {g}
                acts, inner, mind = self._named_act(s, obj)
                self._bind_name(s, obj, acts, inner, mind)
            else:
                self._pronoun(s, obj)
        self._not_unmarked(s)
        self._watched(s)
        self._opener_in_a_mind(s)
        for m in s.mentions:
            if self.gender.get(m.person):
                self.last_named[self.gender[m.person]] = m.person
        if s.mentions:
            self.last_person = (s.mentions[-1].person, s.mentions[-1] is s.subj_m)
        self._seen_from_outside(s)
        self._opener_likened(s)
        self._experiencer_pronouns(s)
        self._possessed_minds(s)
        self._free_indirect(s)
        self._advance(s)
        self._nearest_antecedent(s)
        self.subject_read = self.subject_read or s.subj_m is not None or s.subj_p is not None

    # ---- extractors --------------------------------------------------------------------------------
    def _parse(self, text: str) -> _Sentence:
        """The sentence's people, pronouns and subject: a name or a pronoun after at most a short lead-in."""
        mentions = [
            m
            for m in self._named(text)
            if (not self.allowed or m.person in self.allowed) and not _written(text[m.start : m.end])
        ]
        said = self._described_subject(text, mentions)
        if said is not None:
            mentions = sorted([*mentions, said], key=lambda m: m.start)
        pronouns = list(_PRONOUN.finditer(text))
        subj_m = mentions[0] if mentions and self._subject_after(text, mentions[0]) else None
        subj_p = pronouns[0] if pronouns and _LEAD_IN.match(text[: pronouns[0].start()]) else None
        if subj_m and subj_p and subj_p.start() < subj_m.start:
            subj_m = None
        if subj_p and subj_m:
            subj_p = None
        if subj_m is not None:
            rep = _REPORTED_CLAUSE.match(text, subj_m.end)
            if rep and not _CLAUSE_OPENS_ANOTHER.search(rep.group("clause")):
                subj_m = None  # "Tian Sanniang had gone home, the abbot's message said": reported, not narrated
        thing_subject = False
        things = self.people.thing_mentions(text) if subj_m is None else []
        if things and (subj_p is None or things[0][0] < subj_p.start()):
            # "The *Josephine Achterberg* was a salvage tug, which meant that she was mostly engine and arms":
            # a ship's name opening the sentence is its subject, and the "she" after it is the ship
            thing_subject = _LEAD_IN.match(_THING_ARTICLE.sub("", text[: things[0][0]])) is not None
            if thing_subject and subj_p is not None and subj_p.group(1).lower() == "she":
                subj_p = None
        if (
            self.first_sentence
            and subj_m is None
            and subj_p is None
            and mentions
            and _COORDINATED_SUBJECT.search(text[: mentions[0].start])
            and _VERB_AFTER_WHO.match(text, mentions[0].end)
        ):
            # "The station went quiet at three, and Tova went up to the gallery": the first person
            # named in the opening sentence is the subject of its second clause (past a "who" clause: "..., and
            # Rekha, who was on the jetty ..., looked round")
            subj_m = mentions[0]
        if self.first_sentence and subj_m is not None:
            # "Pastry is the last station to close, ..., and so at a quarter to midnight Priya Raman is alone": the
            # opening sentence's second subject, after "and"/"so" and a phrase of time, opens the scene beside its
            # first; named as a subject again, the narration is back with them (as with the opener, `_bind_name`)
            self.co_opener = next(
                (
                    m.person
                    for m in mentions
                    if m.start > subj_m.end
                    and m.person != subj_m.person
                    and _COORDINATED_SUBJECT.search(text[subj_m.end : m.start])
                    and _VERB_AFTER_WHO.match(text, m.end)
                ),
                None,
            )
        sentence = _Sentence(text, mentions, pronouns, subj_m, subj_p, dict(self.recent), thing_subject=thing_subject)
        if subj_m is None and subj_p is None:
            named = self.people.thing_mentions(text, shadows=True)
            sentence.not_person_subject = bool(named) and (
                _LEAD_IN.match(_THING_ARTICLE.sub("", text[: named[0][0]])) is not None
            )
        if thing_subject:
            sentence.local["she"] = _THING
        return sentence

    def _identity(self, s: _Sentence) -> None:
        """The sentence says who its pronoun subject is (`_IDENTITY_COPULA`: "He had been Gabriel Ashcombe for
        thirty-one years"): the pronoun is that person's, bound as a name in the sentence binds it, and a pronoun
        nobody named before it shows the narration is with them; the name is not someone else than the pronoun."""
        p = s.subj_p
        if p is None:
            return
        g = p.group(1).lower()
        m = next((x for x in s.mentions if x.start >= p.end()), None)
        if (
            m is None
            or m.possessive
            or _IDENTITY_COPULA.fullmatch(s.text, p.end(), m.start) is None
            or self.gender.get(m.person) not in (g, None)
        ):
            return
        s.identified = m
        if s.local.get(g) is None and self.prev_subject != m.person:
            # not the named subject carrying on ("Lisle came in. He was Harry Lisle, ..."): the narration's own "he",
            # whom it is back with when it names them as a subject again, as with its opener
            self.focal[g] = m.person
            self.identified.add(m.person)
        s.local[g] = m.person
        self.ev.subject[m.person] += 1

    def _antecedent(self, s: _Sentence) -> None:
        """A sentence opening on a bare "he"/"she" after one naming, as its subject and last, a person the book gives
        no pronoun: the pronoun's nearest antecedent is that person ("Khanom Bozorg did not need to count them. She
        counted them anyway."; "Hagop Manukyan had been the kapıcı ... / He swept the steps"), when no one of that
        gender was named before in the scene. Counted per scene, for `antecedent_genders` to weigh over the book."""
        p = s.subj_p
        if p is None or self.last_person is None or any(m.start < p.start() for m in s.mentions):
            return
        who, as_subject = self.last_person
        g = p.group(1).lower()
        if self.last_named.get(g) or self.focal.get(g):
            return  # someone of that pronoun's gender named before may be its owner, carrying on (Ruth's "she")
        if as_subject and who not in self.gender and who != _THING:
            self.ev.antecedent[(who, g)] += 1

    def _described_subject(self, text: str, mentions: list[Mention]) -> Mention | None:
        """A roster's lower-case alias as the subject of the scene's first sentence that has one ("The bawwab swept
        the steps", "The bandleader counted the money"): the user says the book calls its character so, and the scene
        opens on them. After a subject, named or a pronoun, or as anything but the subject, a description is how
        another sees them ("She wondered what the magistrate would decide"; "She read it twice ... The keeper had
        known since breakfast"), so the POV readers otherwise keep to names (`PersonIndex.described`)."""
        if not self.people.descriptions or self.subject_read:
            return None
        said = [m for m in self._described(text) if m not in mentions]
        if not said or (mentions and mentions[0].start < said[0].start):
            return None
        first = said[0]
        if self.allowed and first.person not in self.allowed:
            return None
        return first if self._subject_after(text, first) else None

    def _subject_after(self, text: str, m: Mention) -> bool:
        """The name opens its sentence after a lead-in (`_LEAD_IN`), or after a short phrase of time with no comma
        (`_SHORT_LEAD_IN`), as a name with its verb next; a capitalised word the mention took in before the
        person's own name ("Sunday" in "On Sunday Jürgen Vogt went") belongs to that phrase."""
        head = text[: m.start]
        rank = _RANK_OF.search(head)
        if rank and _RANK_GENDER.get(rank.group("rank").lower(), self.gender.get(m.person)) == self.gender.get(
            m.person
        ):
            head = head[: rank.start()]  # "The Earl of Ashcombe had": the rank opens the sentence with the name
        if _LEAD_IN.match(head):
            # not a reporting aside after the sentence's own subject ("His lordship, Dawlish told the stable yard, was
            # not to be spoken to")
            return not (re.search(r",\s*$", text[: m.start]) and _REPORTING_ASIDE.match(text, m.end))
        if m.possessive or not _VERB_AFTER_NAME.match(text, m.end):
            return False
        own = name_words(m.person)
        start = m.start
        for w in re.finditer(r"[\w’'\-]+", text[m.start : m.end]):
            if w.group(0).casefold() in own or w.group(0).casefold().rstrip(".") in TITLES:
                start = m.start + w.start()
                break
        return _SHORT_LEAD_IN.match(text[:start]) is not None

    def _named_act(self, s: _Sentence, m: Mention) -> tuple[bool, bool, bool]:
        """What the sentence says a named person does, scored: thinks or feels (inner life), perceives, is
        seen from outside, or is the subject. Returns (acts: binds pronouns, inner: their thought,
        mind: their senses)."""
        ev, sent, who = self.ev, s.text, m.person
        ev.present.add(who)
        is_subject = m is s.subj_m
        # "he wondered whether Marc knew", "either Kellogg wanted ... or", "Gus, however, was pleased":
        # someone else's guess about a mind, or a mind set against the narration's
        reported = (
            _REPORTED_BEFORE.search(sent, max(0, m.start - 12), m.start) is not None
            # a guess in the person's own clause, not one an earlier clause made ("... a line that would put it
            # alongside the bow, and by the time Wick had finished saying so, Ilse already knew")
            or any(
                g.start() < m.start and not _CLAUSE_BREAK.search(sent, g.end(), m.start) for g in _GUESS.finditer(sent)
            )
            or _CONTRAST_GAP.match(sent, m.end) is not None
        )
        # "he thought of Tom", "she wondered about Kessler": the person thought about
        thought_of = not is_subject and _THOUGHT_ABOUT_BEFORE.search(sent, max(0, m.start - 40), m.start) is not None
        acts, inner, mind = True, False, False
        if thought_of:
            ev.not_unmarked[who] += 1
            acts = False
        elif m.possessive:
            acts, inner = self._possessor_act(s, m, reported)
        elif _AFTER_COGNITION.match(sent, m.end):
            _add(ev, who, 0 if reported else W_INNER_NAMED, inner=not reported, mind=True)
            inner = not reported
        elif _AFTER_SPEECH.match(sent, m.end):
            pass
        elif _AFTER_OUTSIDE.match(sent, m.end):
            _add(ev, who, W_OUTSIDE)
            _seen(ev, self.focal, who, self.opening_window, count=False)
        elif _AFTER_PERCEPTION.match(sent, m.end):
            _add(ev, who, W_PERCEPTION_NAMED, mind=not reported)
            mind = not reported and _AFTER_SENSING.match(sent, m.end) is not None
        elif is_subject:
            _add(ev, who, W_SUBJECT_NAMED)
            inner, mind = self._coordinated_mind(s, m, reported)
        else:
            acts = _AFTER_VERB.match(sent, m.end) is not None
        if not thought_of and not reported and _EXPERIENCER_BEFORE.search(sent, max(0, m.start - 30), m.start):
            _add(ev, who, W_INNER_NAMED, inner=True, mind=True)  # "that worried Jack", "it occurred to Ruth"
        return acts, inner, mind

    def _coordinated_mind(self, s: _Sentence, m: Mention, reported: bool) -> tuple[bool, bool]:
        """The named subject's second verb, coordinated with "and", thinks or senses ("Walter Pask sat at the back
        of the long room through all of it, with his helmet on his knee, and watched Constance Varley"; "Jack put
        the cup down and wondered"), when no one else is named or said between; returns (inner, mind)."""
        co = _COORDINATED_MIND.search(s.text, m.end, m.end + 160)
        if reported or co is None or _SUBORDINATE.search(s.text, m.end, co.start()):
            return False, False
        end = co.start()
        if any(m.end <= x.start < end for x in s.mentions) or any(m.end <= p.start() < end for p in s.pronouns):
            return False, False
        if co.group("inner"):
            _add(self.ev, m.person, W_INNER_NAMED, inner=True, mind=True)
            return True, False
        _add(self.ev, m.person, W_PERCEPTION_NAMED, mind=True)
        return False, True

    def _possessor_act(self, s: _Sentence, m: Mention, reported: bool) -> tuple[bool, bool]:
        """ "Jack's mind" (inner life), "Jack's eyes followed" (a look he casts), "Kessler's face" (seen from
        outside); returns (acts, inner)."""
        ev, sent, who = self.ev, s.text, m.person
        if _AFTER_INNER.match(sent, m.end):
            _add(ev, who, 0 if reported else 2.0, inner=not reported, mind=True)
            return True, not reported
        if _AFTER_GAZE.match(sent, m.end):
            _add(ev, who, W_PERCEPTION_NAMED, mind=True)
            return True, False
        if _AFTER_OUTER.match(sent, m.end):
            _add(ev, who, W_OUTSIDE)
            _seen(ev, self.focal, who, self.opening_window)
            return False, False  # "she kept her eyes on Kessler's face": he is looked at, not acting
        return m is s.subj_m, False  # "he saw Baby on Jack's shoulder": a possessive binds only as the subject

    def _bind_name(self, s: _Sentence, m: Mention, acts: bool, inner: bool, mind: bool) -> None:
        """A person who acts binds the sentence's pronouns of their gender; as the subject they may become
        the focal mind (the scene's opener, the first named subject, a named thought or sensing)."""
        ev, who = self.ev, m.person
        g_who = self.gender.get(who)
        is_subject = m is s.subj_m
        if acts:
            s.local[g_who or "?"] = who
            self.recent[g_who or "?"] = who
            if is_subject:
                self.current = who
                ev.subject[who] += 1
                self.named_subjects.append(who)
                if (
                    g_who
                    and g_who not in self.anchored
                    and (ev.opening is None or (ev.opening_seen and who != ev.opening))
                    and ev.opening_pronoun is None
                ):
                    self.focal[g_who] = who  # no opener: the first named subject anchors its pronouns
                    self.anchored.add(g_who)
                elif g_who and ev.opening is None and ev.opening_pronoun == g_who and g_who not in self.taker:
                    # the scene opened on this bare pronoun: its first named subject of that gender is the nearest
                    # antecedent the pronoun can have here (`score_scene_detail` weighs it)
                    self.taker[g_who] = who
                elif (
                    g_who
                    and (who in (ev.opening, self.co_opener) or who in self.identified)
                    and not m.possessive
                    and who not in ev.outside
                    and self.focal.get(g_who) != who
                    and not _OBJECT[g_who].search(s.text, m.end)
                ):
                    # the opener named again as the subject: the narration is back with them
                    # ("Victor Grego identified the Company with himself" after his guesses
                    # about Kellogg), unless a "him" in the sentence shows the pronoun is another. A possessive
                    # is not them: in "Harold's father had sat at it" (The Cullerby Wire), "Hallie's grandmother
                    # had been dead for nineteen years" (The Quorum at Calloway), "Margaret's brother had kept that
                    # lock" (The Tollhouse Summer) the subject is the relative
                    self.focal[g_who] = who
        late = is_subject and self.paragraph == 2 and ev.opening is None and ev.opening_pronoun is None
        if late and not ev.subject.keys() - {who} and ev.subject[who] == 1:
            # a scene that opens on its setting, nobody named as a subject, opens on the first person the
            # second paragraph names as one ("The inquest opened on the Saturday ... / Walter Pask sat at the back")
            ev.opening = who
            self.opened_here = True
            self.focal.setdefault(g_who or "?", who)
        elif self.first_sentence and is_subject:
            ev.opening = who
            self.opened_here = True
            if g_who:
                self.focal[g_who] = who
                self.anchored.add(g_who)
        elif self.first_sentence and inner and ev.opening not in (None, who) and ev.opening_observer is None:
            # "Magistrate Quay was smaller than Tobin had imagined": the opener as another's mind sees them
            ev.opening_observer = who
            _seen(ev, self.focal, ev.opening, self.opening_window)
            if g_who:
                self.focal[g_who] = who
        elif (inner or mind) and g_who:
            self.focal[g_who] = who  # the narration is now in this person's mind and senses

    def _pronoun(self, s: _Sentence, p: re.Match) -> None:
        """A "he"/"she": to the person of its gender the sentence names, else to the unmarked pool (and
        whoever is focal), weighted by what it does: thinks, perceives, is the subject; seen from outside,
        it counts against its owner."""
        ev, sent = self.ev, s.text
        g = p.group(1).lower()
        who = s.local.get(g) or s.local.get("?")
        if p is s.subj_p and g == "she" and self.prev_subject == _THING:
            who = _THING  # "The *Josephine Achterberg* was a salvage tug ... She had been built at the Tamsin Yard"
        if who == _THING:
            return
        if p is s.subj_p:
            self.current = who if who else g
            if self.first_sentence and not who:
                ev.opening_pronoun = g
        end = p.end()
        if not who and p is s.subj_p:
            self._handed_mind(s, p, g)
        if _AFTER_COGNITION.match(sent, end):
            w = W_INNER_PRONOUN if who else W_INNER_DEFAULT
        elif _AFTER_SPEECH.match(sent, end):
            w = 0.0
        elif _AFTER_OUTSIDE.match(sent, end):  # seen from outside: not the unmarked person
            if who:
                ev.named[who] += W_OUTSIDE
            _seen(ev, self.focal, who or self.recent.get(g), self.opening_window, count=False)
            return
        elif _AFTER_PERCEPTION.match(sent, end):
            w = W_PERCEPTION_PRONOUN
        elif p is s.subj_p:
            self._give(who, g, W_SUBJECT_PRONOUN)
            return
        else:
            return
        self._give(who, g, w, mind=w > 0)

    def _give(self, who: str | None, g: str, w: float, mind: bool = False) -> None:
        """A pronoun's weight (`_credit`); an unmarked one no mind holds, while the scene's opening pronoun has a
        nearest named antecedent (`taker`), is also counted as taken up by them (`SceneEvidence.taken_up`)."""
        _credit(self.ev, who, g, w, self.focal, mind=mind)
        held = who or self.held.get(g)
        if mind and w > 0 and held and self.ev.paragraph_minds:
            self.ev.paragraph_minds[-1][held] += w
        if not who and not self.focal.get(g) and self.taker.get(g):
            self.ev.taken_up[self.taker[g]] += w

    def _nearest_antecedent(self, s: _Sentence) -> None:
        """The person a bare "he"/"she" opening the next sentence of the paragraph takes up: this sentence's named
        subject, the only person of that gender it names, with no "him"/"her" of that gender in it (which would be
        someone else, the unmarked one: "Ann smiled at her")."""
        self.nearest = {}
        m = s.subj_m
        g = self.gender.get(m.person) if m is not None else None
        if m is None or g not in _G or m.possessive or m is s.identified:
            return
        if any(x.person != m.person and self.gender.get(x.person) == g for x in s.mentions):
            return
        if _OBJECT[g].search(s.text) or m.person in self.ev.outside:
            return
        if any(p.group(1).lower() == g for p in s.pronouns):
            return  # "Frankie she was not sure of": a pronoun of that gender in it may be someone else's
        self.nearest[g] = m.person

    def _handed_mind(self, s: _Sentence, p: re.Match, g: str) -> None:
        """A sentence opening on a bare pronoun that thinks or senses, right after one whose named subject is that
        pronoun's nearest antecedent (`_nearest_antecedent`): the thought or sensing is that person's, as a reader
        takes it ("Robin had not wound it since. He had thought of winding it a hundred times", a-wednesday-in-june;
        "Imre looked at the clock on the board. He thought about it.", the-long-quiet-of-the-tessaly). Close third
        names its POV character once or twice and carries them by the pronoun while others are named more often;
        `score_scene_detail` counts it as a named thought toward owning the scene's carrying pronoun. Only a sentence
        naming no one before its pronoun, and only the inner life and sensing kept apart in `SceneEvidence.handed`."""
        who = self.nearest.get(g)
        if not who or any(m.start < p.start() for m in s.mentions):
            return
        if _AFTER_COGNITION.match(s.text, p.end()):
            self.ev.handed[who] += W_INNER_PRONOUN
        elif _AFTER_SENSING.match(s.text, p.end()):
            self.ev.handed[who] += W_PERCEPTION_PRONOUN

    def _not_unmarked(self, s: _Sentence) -> None:
        """ "He wondered whether Marc knew", "Marc grinned at him": the unmarked pronoun is not Marc."""
        for m in s.mentions:
            g = self.gender.get(m.person)
            if g is None or m.person == s.local.get(g) and m is not s.subj_m or m is s.identified:
                continue
            # ... unless the "he" is the man the previous sentence was about ("Baby was clinging to
            # her fur. He climbed up on Jack."): that pronoun is bound, not unmarked
            before = (
                s.subj_p is not None
                and s.subj_p.group(1).lower() == g
                and s.subj_p.start() < m.start
                and not any(x.person == m.person for x in s.mentions if x.start < s.subj_p.start())
                and self.prev_subject in (None, m.person)
            )
            after = (
                m is s.subj_m and s.before.get(g) in (None, m.person) and _OBJECT[g].search(s.text, m.end) is not None
            )
            if before or after:
                self.ev.not_unmarked[m.person] += 1

    def _pronoun_owner(self, s: _Sentence, g: str, exclude: str | None = None) -> str | None:
        for cand in (s.local.get(g), self.recent.get(g), self.focal.get(g)):
            if cand and cand != exclude and cand != _THING:
                return cand
        return None

    def _watched(self, s: _Sentence) -> None:
        """Who is looked at, and who looks: the person watched ("Ana watched him", "she saw Kessler flinch")
        is seen from outside; the named watcher of the scene's opener, early on, is whom the scene is with."""
        ev, sent = self.ev, s.text
        for pm in _PERCEIVES_PERSON.finditer(sent):
            watcher = None
            if s.subj_m is not None and s.subj_m.start < pm.start():
                watcher = s.subj_m.person
            elif s.subj_p is not None and s.subj_p.start() < pm.start():
                g = s.subj_p.group(1).lower()
                watcher = s.local.get(g) or self.focal.get(g)
            obj = re.match(r"(him|her)\b(?!\s+\w+(?:’s|'s)?\s+(?:face|eyes|hands))", sent[pm.end() :], re.I)
            if obj:
                seen = self._pronoun_owner(s, "he" if obj.group(1).lower() == "him" else "she", exclude=watcher)
            else:
                seen = next((m.person for m in s.mentions if m.start == pm.end()), None)
            if seen and seen != watcher:
                _seen(ev, self.focal, seen, self.opening_window)
                if (
                    seen == ev.opening
                    and watcher
                    and s.subj_m is not None
                    and watcher == s.subj_m.person
                    and self.opening_window <= 3
                    and ev.opening_observer is None
                ):
                    ev.opening_observer = watcher

    def _opener_in_a_mind(self, s: _Sentence) -> None:
        """Right after the opening, a "she"/"he" of the other gender who knows, thinks about or sees the
        opener, and whom the opening named ("Constable Pask came in ... just as Edith was taking the shutters
        down ... She had known Walter Pask for twenty years"), is the mind the opener is seen through."""
        ev, p = self.ev, s.subj_p
        if ev.opening is None or ev.opening_observer is not None or p is None or self.opening_window > 2:
            return
        g = p.group(1).lower()
        watcher = s.local.get(g) or self.last_named.get(g)
        if not watcher or watcher == _THING or watcher == ev.opening or self.gender.get(ev.opening) in (g, None):
            return
        if not (_AFTER_COGNITION.match(s.text, p.end()) or _AFTER_PERCEPTION.match(s.text, p.end())):
            return
        g_open = self.gender[ev.opening]
        later = s.text[p.end() :]
        if any(m.person == ev.opening and m.start > p.end() for m in s.mentions) or _OBJECT[g_open].search(later):
            ev.opening_observer = watcher
            _seen(ev, self.focal, ev.opening, self.opening_window)
            self.focal[g] = watcher

    def _seen_from_outside(self, s: _Sentence) -> None:
        """A face that changes ("something in his face changed") or an appearance given ("with the air of a
        man doing everyone a favour", "... and looked dubious"): that person is seen from outside."""
        for fm in _FACE_CHANGES.finditer(s.text):
            seen = self._pronoun_owner(s, "he" if fm.group(1).lower() == "his" else "she")
            if seen:
                _seen(self.ev, self.focal, seen, self.opening_window)
        if _APPEARANCE.search(s.text) or _COORDINATED_OUTSIDE.search(s.text):
            seen = (
                s.subj_m.person
                if s.subj_m is not None
                else (self._pronoun_owner(s, s.subj_p.group(1).lower()) if s.subj_p is not None else None)
            )
            if seen:
                _seen(self.ev, self.focal, seen, self.opening_window)

    def _opener_likened(self, s: _Sentence) -> None:
        """The scene's first sentence likens its named subject to something as a watcher would: "Sister Scholastique
        came to the prioress's door at a run ... and then stood in the doorway with her hands over her mouth as if she
        had said something dreadful" (The Bell at Saint Ermelinde), "Sasidharan came into the control room ... with a
        sheaf of wet paper held against his chest like a baby" (Below Sea Level), "Owen Harper drives the last mile up
        Borrowdale as if the road might be taken away from him" (The Long Carry): the opener is seen from outside, by
        the scene's POV. Only a simile after the opener's own words, with nobody else named or said between. The same
        for a late opener, the first named subject of a second paragraph after an opening that names nobody as one
        ("By four o'clock the dead man had a name ... / Dahl brought the yellow flimsy into the squad room ... holding
        it in both hands like a diploma", a-dime-on-the-dead: the lieutenant's scene)."""
        m = s.subj_m
        if not self.opened_here or m is None or m.person != self.ev.opening:
            return
        sim = _SIMILE.search(s.text, m.end)
        if sim is None:
            return
        g = self.gender.get(m.person)
        between = s.text[m.end : sim.start()]
        if any(m.end <= x.start < sim.start() for x in s.mentions):
            return
        if any(p.group(1).lower() != g for p in _PRONOUN.finditer(between)) or _OTHER_POSSESSIVE[g or "?"].search(
            between
        ):
            return
        _seen(self.ev, self.focal, m.person, self.opening_window)
        if g:
            self.anchored.discard(g)  # the next named subject of that gender anchors its pronouns, as with no opener

    def _experiencer_pronouns(self, s: _Sentence) -> None:
        """ "It occurred to him", "that worried her": the pronoun's owner feels."""
        for em in _EXPERIENCER_PRONOUN.finditer(s.text):
            g = "he" if em.group(1).lower() == "him" else "she"
            who = s.local.get(g)
            self._give(who, g, W_INNER_PRONOUN if who else W_INNER_DEFAULT, mind=True)

    def _possessed_minds(self, s: _Sentence) -> None:
        """ "His mind", "her thoughts": the pronoun's owner has an inner life here."""
        for pm in _POSSESSIVE_PRONOUN.finditer(s.text):
            g = "he" if pm.group(1).lower() == "his" else "she"
            self._give(s.local.get(g), g, 1.0, mind=True)

    def _free_indirect(self, s: _Sentence) -> None:
        """Free indirect thought (the narration asks, exclaims or swears) belongs to whoever the
        paragraph's narration is with."""
        sent, current = s.text, self.current
        stripped = sent.rstrip('”’" ')
        if current and "…" not in sent and (stripped.endswith(("?", "!")) or _FID_WORDS.search(sent)):
            self._give(
                current if current not in ("he", "she") else None,
                current if current in ("he", "she") else self.gender.get(current, "he"),
                W_FID,
                mind=True,
            )

    def _advance(self, s: _Sentence) -> None:
        """After a sentence naming anyone: the opening is over, and the named subject carries on. An
        opening that names nobody but holds a "him"/"her" ("It was Verity who found him a coat") opens
        on that pronoun's person, as a bare "he"/"she" would."""
        if self.first_sentence and self.ev.opening is None and self.ev.opening_pronoun is None:
            obj = _OPENING_OBJECT.search(s.text)
            g = ("he" if obj.group(1).lower() == "him" else "she") if obj else None
            # "The *Josephine* ... her engines", "Mrs. Pruitt [the mule] stopped dead with her ears laid flat",
            # "The Lucius Penn [a cutter the book names like a man] came down the Shear ... with her sails furled"
            # (The Wells of Oriel): the "her" of a thing opening the scene opens on no one
            if (
                g
                and not s.pronouns
                and s.local.get(g) != _THING
                and not s.not_person_subject
                and not any(self.gender.get(m.person) == g for m in s.mentions)
            ):
                self.ev.opening_pronoun = g
                self.first_sentence = False
                return
        if not (s.mentions or s.pronouns):
            return
        if not self.first_sentence:
            self.opening_window += 1
        self.first_sentence = False
        # a run of "he" subjects after a named man stays his ("Little Fuzzy squatted ... Then he
        # thrust out his arm ... He had to do it twice before Jack got it")
        if s.subj_m is not None and s.subj_m.person in s.local.values():
            self.prev_subject = s.subj_m.person
        elif s.thing_subject and s.local.get("she") == _THING:
            self.prev_subject = _THING  # until a woman is named after it, the next "She" is the ship's
        elif self.prev_subject == _THING and s.subj_p is not None and s.subj_p.group(1).lower() == "she":
            pass
        elif not (
            s.subj_p is not None
            and self.prev_subject
            and self.gender.get(self.prev_subject) == s.subj_p.group(1).lower()
        ):
            self.prev_subject = None


def _written(surface: str) -> bool:
    """A name in capitals ("ASHBY-GRANT?" on a booking sheet, "... COME AT ONCE = INGRAM" in a telegram) is
    writing the scene shows, not a person in it."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


#: A named thought set into a sentence as an aside: "he looked, Ruud thought, better than Ruud did" (Polar Low), ",
#: Tamsin thought," (The Cinder Tithe), ", Galla supposed," (The Brewer's Winter), ", Jack thought," (Little Fuzzy),
#: ", Yetunde thought," (The House on Bode Thomas): the sentence is what that person thinks or sees.
_ASIDE = re.compile(
    rf",\s+({NAME_WORD}(?:\s+{NAME_WORD})?)\s+(?:thought|felt|supposed|reflected|decided|realised|realized|"
    r"guessed|suspected|thinks|feels|supposes)\s*,"
)


def scene_evidence(
    narration: str, people: PersonIndex, allowed: set[str] | None = None, gender: dict[str, str] | None = None
) -> SceneEvidence:
    """Read a scene's narration (speech already blanked) sentence by sentence (see `_SceneReader`), and the named
    thoughts it sets in as asides (`_ASIDE`, `SceneEvidence.aside`). `gender`: the pronouns to read people by, when
    not the index's own (`antecedent_genders` adds to it)."""
    ev = _SceneReader(people, allowed, gender).read(narration)
    ev.spoken = narration.count(" … ")
    for m in _ASIDE.finditer(narration):
        who = people.resolve(m.group(1))
        if who and (allowed is None or who in allowed):
            ev.aside[who] += 1
    return ev


def _seen(ev: SceneEvidence, focal: dict, person: str | None, opening_window: int, count: bool = True) -> None:
    """A person seen from outside is not the mind the narration is in (nor, early on, its opener)."""
    if person is None:
        return
    ev.outside.add(person)
    if count:
        ev.observed[person] += 1
    for g, p in list(focal.items()):
        if p == person:
            del focal[g]
    if person == ev.opening and opening_window <= 2:
        ev.opening_seen = True


def _leave_focal(
    sent: str, mentions: list, subj_m, subj_p, focal: dict, named_subjects: list[str], gender: dict
) -> None:
    """The unmarked pronoun is shown not to be the focal person: the narration is with someone else.

    "He wondered whether Marc knew" while Marc is focal: the "he" is the last other man named as a
    subject (or nobody yet), and the pronouns from here on are his.
    """
    if subj_p is None:
        return
    g = subj_p.group(1).lower()
    who = focal.get(g)
    if who is None:
        return
    for m in mentions:
        if (
            m.person == who
            and m is not subj_m
            and m.start > subj_p.start()
            and not any(x.person == who for x in mentions if x.start < subj_p.start())
        ):
            other = next((p for p in reversed(named_subjects) if p != who and gender.get(p) == g), None)
            if other:
                focal[g] = other
            else:
                del focal[g]
            return


def _add(ev: SceneEvidence, who: str, w: float, inner: bool = False, mind: bool = False) -> None:
    ev.named[who] += w
    if inner:
        ev.inner_named[who] += 1
    if mind and w > 0:
        ev.mind[who] += w
        if ev.paragraph_minds:
            ev.paragraph_minds[-1][who] += w


def _credit(
    ev: SceneEvidence, who: str | None, g: str, w: float, focal: dict | None = None, mind: bool = False
) -> None:
    """A pronoun's weight: to its named antecedent, else to the unmarked pool and whoever is focal; `mind`:
    the weight is inner life or sensing (also kept apart, for `unanchored`)."""
    if who == _THING:
        return
    if who:
        ev.named[who] += w
        if mind:
            ev.mind[who] += w
    else:
        ev.unmarked[g] += w
        if mind:
            ev.mind_unmarked[g] += w
        owner = (focal or {}).get(g)
        if owner:
            ev.focal[owner] += w


#: A person the book gives no pronoun takes one when the narration takes them up by it at least this often ...
ANTECEDENT_VOTES = 2
#: ... and this many times as often as by the other pronoun.
ANTECEDENT_RATIO = 2


def antecedent_genders(evidence: list[SceneEvidence], gender: dict[str, str]) -> dict[str, str]:
    """ "he"/"she" for people the book's index gives no pronoun, from how the narration takes them up: the bare pronoun
    opening the sentence after one that names them last, as its subject (`SceneEvidence.antecedent`), at least
    `ANTECEDENT_VOTES` times over the book and `ANTECEDENT_RATIO` times as often as the other. The index learns a
    pronoun only inside the sentence that names someone; a close-third POV named once a scene and carried by "she"
    from the next sentence on (a grandmother called by a title, a doorman by his name and then "he") gets none, and
    its scenes' pronoun then goes to whoever of that gender is named (the-winter-of-the-tulips: "Khanom Bozorg";
    the-house-on-the-bosphorus: "Hagop Manukyan"; the-nineteenth-of-september: "el Chato")."""
    votes: dict[str, Counter] = {}
    for ev in evidence:
        for (who, g), n in ev.antecedent.items():
            if who not in gender:
                votes.setdefault(who, Counter())[g] += n
    out = {}
    for who, c in votes.items():
        g, n = max(c.items(), key=lambda kv: (kv[1], kv[0]))
        other = c["she" if g == "he" else "he"]
        if n >= ANTECEDENT_VOTES and n >= ANTECEDENT_RATIO * other:
            out[who] = g
    return out


def book_prior(evidence: list[SceneEvidence]) -> dict[str, float]:
    """How much each person looks like one of the book's POV characters, 0..1.

    Two book-wide habits of close third person: the POV characters' inner life is narrated by name,
    and scenes open on them. Minor characters do neither often, however much they act or speak.
    """
    total: Counter = Counter()
    for ev in evidence:
        total.update(ev.inner_named)
        if ev.opening:
            total[ev.opening] += 2
    top = max(total.values(), default=0)
    return {p: n / top for p, n in total.items() if top and n >= 3}


#: A person owning less than this share of the most any one owns of the scenes' carrying pronouns is no likely POV
#: character by `pronoun_prior` (a minor man who takes a scene's "he" once).
PRONOUN_PRIOR_FLOOR = 0.25


def pronoun_prior(evidence: list[SceneEvidence], gender: dict[str, str]) -> dict[str, float]:
    """The book prior when `book_prior` finds nobody: a book that keeps a close "she"/"he" and names its people mostly
    in speech tags narrates no thought by name and opens no scene on a name, yet each scene's carrying pronoun (the
    gender with the most unmarked pronouns) still goes to someone when the scene is read with no prior. Whoever owns
    the most of it over the book is its likely POV character, 0..1 like `book_prior`."""
    total = Weights()
    for ev in evidence:
        g = max(ev.unmarked, key=lambda h: (ev.unmarked[h], h), default=None)
        if g is None or not ev.unmarked[g]:
            continue
        _, _, owners = score_scene_detail(ev, gender, {}, None)
        if owners.get(g):
            total[owners[g]] += ev.unmarked[g]
    top = max(total.values(), default=0.0)
    return {p: n / top for p, n in total.items() if top and n / top >= PRONOUN_PRIOR_FLOOR}


def score_scene(
    ev: SceneEvidence, gender: dict[str, str], prior: dict[str, float], previous: str | None
) -> tuple[dict[str, float], float]:
    """Scores per person and the weight of unmarked pronouns nobody named can own (`score_scene_detail`)."""
    scores, unowned, _ = score_scene_detail(ev, gender, prior, previous)
    return scores, unowned


def score_scene_detail(
    ev: SceneEvidence,
    gender: dict[str, str],
    prior: dict[str, float],
    previous: str | None,
    allowed: set[str] | None = None,
) -> tuple[dict[str, float], float, dict[str, str]]:
    """Scores per person (named evidence, opening, book prior, the unmarked pronouns' owner), and the
    weight of unmarked pronouns nobody named can own.

    The owner of the scene's unmarked "he"/"she" is the person of that gender the scene opens on,
    continues (after an opening pronoun), whose mind the narration follows (focal) or whose inner life
    the book and the scene name, not whoever is merely named most as the subject of actions (in close
    third that is how the others appear). Someone shown more often not to be the pronoun ("he felt the
    knife Pappy Jack had made") than named as a subject cannot own it: the mind is an unnamed one.
    """
    scores = Weights(ev.named)
    claim = Weights()  # who may own the unmarked pronouns
    for p, n in ev.inner_named.items():
        claim[p] += W_INNER_NAMED * n
    for p, v in ev.focal.items():
        claim[p] += W_FOCAL * v
    for p, n in ev.not_unmarked.items():
        claim[p] -= W_NOT_UNMARKED * n
    for p, n in ev.observed.items():
        scores[p] -= W_OBSERVED * n
        claim[p] -= W_OBSERVED * n
    carried = carrying_pronoun(ev)
    for p, v in ev.handed.items():
        # a thought of the carrying pronoun's, taken up right after the name, is a claim as the named thought it reads
        # as (h14c: 17 books the signal fires in, 176 -> 178 chunks right; a "he" thinking once in a scene a "she"
        # carries is no claim on its mind)
        if carried and gender.get(p) == carried:
            claim[p] += W_INNER_NAMED * v / W_INNER_PRONOUN
    for p, n in ev.aside.items():
        # the narration stops to say whose thought it is: as plain a mark of the scene's mind as its opening
        scores[p] += W_OPENING * min(n, 1)
        claim[p] += W_OPENING_CLAIM * min(n, 1)
    _opening_and_prior(ev, prior, scores, claim, gender, listed=bool(allowed), allowed=allowed)
    continued = _continuation(ev, gender, previous, scores, claim)
    if not continued:
        # no previous POV carries the bare pronoun the scene opens on: its nearest named antecedent's run of it is a
        # claim against those the scene never names as a subject (who hold the pronoun by the book prior alone)
        for p, v in ev.taken_up.items():
            g = gender.get(p)
            rivals = [q for q in claim if q != p and claim[q] > 0 and gender.get(q) == g]
            if rivals and not any(ev.subject[q] for q in rivals):
                claim[p] += W_FOCAL * v
    if allowed:  # a roster's POV list: only they can be the POV, whoever else the scene names and binds pronouns to
        claim = Weights({p: v for p, v in claim.items() if p in allowed})
    owners, unowned = _give_unmarked(ev, gender, scores, claim)
    if ev.opening is None and ev.opening_pronoun and not continued and owners.get(ev.opening_pronoun):
        # a scene opening on a bare pronoun nobody before it owns opens on whoever owns that pronoun
        scores[owners[ev.opening_pronoun]] += W_OPENING
    return {p: v for p, v in scores.items() if v > 0 and (not allowed or p in allowed)}, unowned, owners


def listed_mind_over_borrowed(
    ev: SceneEvidence, leader: str | None, candidates: dict[str, float], listed: set[str]
) -> str | None:
    """With a roster (`listed`: its POV characters, who alone are `candidates`): another listed POV character the scene
    shows as a mind, when the leader won on borrowed evidence only.

    The leader "borrowed" when the scene never names or binds a thought or a sensing to them, no run of the narration
    follows their mind (`focal`) and it does not open on them: their score is the book prior, the previous scene's
    POV carried on, and unmarked pronouns tied to them by nothing in the scene. A listed rival with at least one named
    perception's weight of inner life or sensing (`W_PERCEPTION_NAMED`) and a focal run of their own is the scene's
    mind: the roster says both are POV characters, so how often the book names the leader elsewhere does not outweigh
    the scene ("Thorgerd liked Arnor ... Thorgerd looked at her son. She knew why he wanted a story about a killing",
    where the one other listed character, a man, is named once and given the guest's "he")."""
    if not listed or leader is None or ev.mind[leader] or ev.focal[leader] or leader == ev.opening:
        return None
    rivals = [p for p in candidates if p != leader and ev.mind[p] >= W_PERCEPTION_NAMED and ev.focal[p] > 0]
    return max(rivals, key=lambda p: (ev.mind[p] + ev.focal[p], p)) if rivals else None


#: The carrying pronoun's owner must show at least this many times the inner life and sensing of the leader
#: (`listed_carrier`).
CARRIER_MIND_RATIO = 2.0


def listed_carrier(
    ev: SceneEvidence, leader: str | None, scores: dict[str, float], owners: dict[str, str], gender: dict[str, str]
) -> str | None:
    """With a roster (`scores` holds only listed characters): the listed owner of the scene's carrying "he"/"she"
    when the scene's mind is theirs, not the leader's of the other gender, or the leader's over a runner-up of the
    other gender when `decide` left the two tied.

    The leader of one gender won on the book prior, the previous scene and being named, while the other gender's
    unmarked pronoun carries the scene and its thinking and sensing: the owner's inner life (named, or through the
    pronoun: `minds`) is at least `CARRIER_MIND_RATIO` times the leader's and `MINDLESS_RIVAL_MIND` at least. The
    roster says both are POV characters, so the one whose head the narration is in is the POV (the-third-floor-at-
    hanbit: Ji-won's "she" reading the list in a scene that names Kang once; the-long-drive-north: the cook's "she"
    at the grave, the Boss named standing at its foot; the-courtyard-on-hang-bac: Hạnh's "she" in a scene opening
    on Khải; the-long-quiet-of-the-tessaly: Hana and Imre-4 tied, her "she" carrying four times his mind)."""
    if not scores:
        return None
    g = carrying_pronoun(ev)
    owner = owners.get(g) if g else None
    if owner is None or owner not in scores or gender.get(owner) != g:
        return None
    mind = minds(ev, owners)
    ranked = sorted(scores, key=lambda p: (-scores[p], p))
    if leader is None:  # a tie: the leader is the top score, the rival the runner-up
        if len(ranked) < 2 or scores[ranked[0]] < MIN_LEADER_SCORE:
            return None
        top, second = ranked[0], ranked[1]
        if owner != top:
            second, top = top, owner
        rival = second
    elif (
        owner == leader
        or (ev.opening_pronoun and owners.get(ev.opening_pronoun) == leader)
        or (leader == ev.opening and ev.mind[leader])
    ):
        # nor from a leader the scene opens in the head of: on their bare pronoun (the-selectors-daughter: Nell's "she"
        # at the waterhole, her father's "he" carrying more of the yard), or on their name with a thought or sensing
        # of theirs named (the-mercy-winter: Dara finding Tomas in the galley, his "he" and a ship's carrying more)
        return None
    else:
        top, rival = owner, leader
    if gender.get(rival) in (None, g):
        return None
    if mind[top] >= MINDLESS_RIVAL_MIND and mind[top] >= CARRIER_MIND_RATIO * mind[rival]:
        return top
    return None


#: A rival must show at least this much inner life and sensing (two named perceptions' weight) to take a scene from a
#: leader the scene shows no mind of (`mind_over_mindless`) ...
MINDLESS_RIVAL_MIND = 2 * W_PERCEPTION_NAMED


def owned_pronoun_mind(ev: SceneEvidence, person: str, g: str | None, owners: dict[str, str]) -> float:
    """The inner life and sensing the unmarked pronoun `g` carries, when `person` owns that pronoun in the scene."""
    return ev.mind_unmarked[g] if g and owners.get(g) == person else 0.0


def mind_over_mindless(
    ev: SceneEvidence, leader: str | None, owners: dict[str, str], gender: dict[str, str]
) -> str | None:
    """Without a roster: the person the scene shows as a mind, when the leader won on what they do and what the book
    gives them elsewhere (its prior, the opening, pronouns handed to them by that prior) and the scene reports no mind
    of theirs.

    The leader shows none when no run of the narration is in their head (`focal`), no thought of theirs is set in as
    an aside, and the thought and sensing named or bound to them is `HAND_ON_MIND_SHARE` of the rival's at most. The
    rival is named as a subject, and their own thought and sensing (named or bound to them, and the unmarked pronoun of
    the other gender when it is theirs: a "she" whose senses carry a scene the "he" is not in) weighs at least
    `MINDLESS_RIVAL_MIND`. A reader goes by whose senses and thoughts the narration reports, not by who is named most:
    the mind of a scene is seldom its busiest body (the-townland-of-carrigeen: Nora reading the letter, her "she"
    looking up, Old Michael laughing and named first; the-night-of-the-fires: the bawwab Idris watching the lane, Karim,
    whom the book follows most, named doing things; the-upper-fourth-at-hadleigh: Rosalind's named thought in a scene
    Drummond walks through). Two rivals of equal mind are a tie: no one, as `decide` leaves a tie."""
    if leader is None or ev.focal[leader] or ev.aside[leader]:
        return None
    lg = gender.get(leader)
    best, best_mind, tied = None, 0.0, False
    for q in ev.present:
        if q == leader or not ev.subject[q]:
            continue
        g = gender.get(q)
        mind = ev.mind[q] + (owned_pronoun_mind(ev, q, g, owners) if g != lg else 0.0)
        # the leader's own unmarked pronoun is their mind too (halloran-street, the-south-col-letters: her "she" senses
        # while a man's "he" does too), unless it is the rival's pronoun as well and carries less than half the inner
        # life of the rival's own named thought and sensing: the prior may have handed it over (the-night-of-the-fires:
        # Idris's named thoughts against the "he" the prior gave Karim; the-yingchun-gate keeps Pei Ji, whose "he"
        # carries four times the mind of the clerk's named sensing; little-fuzzy keeps Jack, whose "he" carries half
        # the mind of Juan's one named thought in Ben's scene)
        own = owned_pronoun_mind(ev, leader, lg, owners)
        theirs = ev.mind[leader] + (own if g != lg or 2 * own >= ev.mind[q] else 0.0)
        if mind >= MINDLESS_RIVAL_MIND and theirs <= HAND_ON_MIND_SHARE * mind and mind >= best_mind:
            tied = best is not None and mind == best_mind
            best, best_mind = q, mind
    return None if tied else best


#: The other pronoun must carry at least this many times the leader's own unmarked pronouns (`other_pronoun_mind`).
OTHER_PRONOUN_CARRIES = 2.0


def other_pronoun_mind(
    ev: SceneEvidence, leader: str | None, owners: dict[str, str], gender: dict[str, str]
) -> str | None:
    """Without a roster: the pronoun ("he"/"she") whose unnamed mind the scene is in, when the leader is of the other
    gender and the scene reports next to no mind of theirs.

    The leader's score came from what they do, the book's prior and the opening; the narration's thinking and sensing
    is done by an unmarked pronoun of the other gender that nobody named owns (`owners` has no one for it), which
    carries at least `OTHER_PRONOUN_CARRIES` times the leader's own pronouns and at least `MINDLESS_RIVAL_MIND` of inner
    life and sensing, more than the scene gives the leader (named or through their own pronoun; their named mind is
    below `MINDLESS_RIVAL_MIND`, and no thought of theirs is set in as an aside). A reader of such a scene is in the
    "she"'s head, not in the head of the man she talks to (the-long-quiet-of-the-tessaly: Hana, sent for by the Chief;
    the-thorgeirsson-feud: Thorgerd's scene in which Hall acts; the-flying-delgados: Rosa's scene opening on Walter
    Fenn; the-year-of-the-committee: the daughter's café scene opening on Aldo). The scene is then an unnamed mind, for
    the book-level passes to give to a POV character it names (`unnamed_mind`), or to leave unnamed."""
    if leader is None or ev.aside[leader] or ev.mind[leader] >= MINDLESS_RIVAL_MIND:
        return None
    lg = gender.get(leader)
    if lg not in ("he", "she"):
        return None
    g = "she" if lg == "he" else "he"
    if owners.get(g) or ev.unmarked[g] < OTHER_PRONOUN_CARRIES * ev.unmarked[lg]:
        return None
    theirs = ev.mind[leader] + owned_pronoun_mind(ev, leader, lg, owners)
    carried = ev.mind_unmarked[g]
    return g if carried >= MINDLESS_RIVAL_MIND and carried > theirs else None


def shows_no_mind(ev: SceneEvidence, person: str) -> bool:
    """Whether the scene names no thought or sensing of `person` (none named or bound to them, none set in as an aside
    or handed on to their pronoun): whatever holds them as its POV (the opening, the book prior, being the first named
    subject of the carrying pronoun) is the book's guess, not the scene's word. On the 111 labelled books without a
    roster, 46 of 219 such third-person POVs were wrong against 26 of 585 whose mind the scene names (h17b)."""
    return not (ev.mind[person] or ev.inner_named[person] or ev.aside[person] or ev.handed[person])


def minds(ev: SceneEvidence, owners: dict[str, str]) -> Weights:
    """Person -> the weight of inner life and sensing the scene gives them: named or bound to them, and the
    unmarked pronouns' when they own those (`owners`, gender -> person, from `score_scene_detail`)."""
    out = Weights(ev.mind)
    for g, w in ev.mind_unmarked.items():
        if owners.get(g):
            out[owners[g]] += w
    return out


def only_watched(ev: SceneEvidence, person: str | None, gender: dict[str, str]) -> bool:
    """The scene names `person` only to look at them, and follows someone else of their gender: never its named
    subject, no thought or sensing of theirs, seen from outside at least once ("she watched Greta at the lamp"), while
    another person of that gender is the named subject at least twice. The narration does not follow them, so neither
    the book's habit of following them (the prior) nor the previous scene (continuity) makes them the scene's unmarked
    "she"/"he": in a book whose POV alternates between two people of one gender, the other one's scene looks at them
    (resus-two: a Samira scene that watches Bernie through a window; the-upper-fourth-at-hadleigh: a Kit scene that
    watches Drummond). Being seen from outside alone is no sign: a POV's own face is read now and then ("her face
    went white"), and with nobody else of her gender followed the scene's "she" is still hers (The Yingchun Gate)."""
    if not person or person not in ev.present or ev.subject[person] or ev.mind[person]:
        return False
    if person not in ev.outside and not ev.observed[person]:
        return False
    g = gender.get(person)
    return g is not None and any(n >= 2 and gender.get(q) == g for q, n in ev.subject.items() if q != person)


def _opening_and_prior(
    ev: SceneEvidence,
    prior: dict[str, float],
    scores: Weights,
    claim: Weights,
    gender: dict[str, str],
    listed: bool = False,
    allowed: set[str] | None = None,
) -> None:
    """The opener (or whoever watches them at once, or takes the scene over from them: `handed_on`) and, for those
    the scene follows, the book prior: not for an opener seen from outside at once ("X met them ... and looked
    dubious") with no named mind of their own, nor for an opener who hands the scene on, nor, without a roster
    (`listed`: the prior is then the roster's word), for one whose mind the scene borrows (`_borrowed_mind`) or one it
    names in passing while following someone else (`_outfollowed`)."""
    taker = None if ev.opening_observer else handed_on(ev, gender, allowed)
    opener = ev.opening_observer or taker or (None if ev.opening_seen else ev.opening)
    if opener:
        scores[opener] += W_OPENING
        claim[opener] += W_OPENING_CLAIM
    for p in ev.present:  # the prior helps those the scene follows more than those it mentions
        if taker and p == ev.opening:
            continue
        if ev.opening_seen and p == ev.opening and not ev.mind[p]:
            # nor one the scene opens on seen from outside ("Jockel came home ..., and he stood in the kitchen doorway
            # ... like a boy who has been sent to the shop", The Window on Bernauer Strasse: his sister's scene) and
            # whose thought or sensing it never names: the scene is someone else's look at them
            continue
        if only_watched(ev, p, gender) or (
            not listed and (_borrowed_mind(ev, p) or _outfollowed(ev, p) or _opener_carries(ev, p, gender))
        ):
            continue
        bonus = W_BOOK_PRIOR * prior.get(p, 0.0) * min(1.0, (1 + ev.subject[p]) / 3)
        scores[p] += bonus
        claim[p] += bonus


def _followed(ev: SceneEvidence, person: str, gender: dict[str, str], opener: bool = False) -> float:
    """How much the scene follows `person`: sentences with them as the named subject, and the weight of the unmarked
    "he"/"she" said while the narration was in their mind (`SceneEvidence.focal`); for the opener, every unmarked
    pronoun of their gender that no one else's mind held (the opener anchors that pronoun, `_bind_name`)."""
    if not opener:
        return ev.subject[person] + ev.focal[person]
    g = gender.get(person)
    others = sum(v for q, v in ev.focal.items() if q != person and gender.get(q) == g)
    return ev.subject[person] + max(ev.focal[person], ev.unmarked[g] - others if g else 0.0)


#: A taker with a named thought must be followed this many times as much as the opener; with only sensing, twice that.
HAND_ON_FOLLOWED = 1.5
#: ... and the opener's own named mind is "little or none": at most this share of the taker's.
HAND_ON_MIND_SHARE = 0.25


def _shows_a_mind(ev: SceneEvidence, person: str) -> bool:
    """The scene shows `person` as a mind of its own: a named thought of theirs, or sensing reported at least twice
    (two named perceptions' weight). What a taker over an opener (`handed_on`) and the head a scene is in when it
    borrows another's prior (`_borrowed_mind`) must show."""
    return bool(ev.inner_named[person]) or ev.mind[person] >= 2 * W_PERCEPTION_NAMED


def handed_on(ev: SceneEvidence, gender: dict[str, str], allowed: set[str] | None = None) -> str | None:
    """Who takes the scene over from its opener: the person named first is not the POV unless the scene keeps
    following them. A scene may open inside the previous POV character's sight and hand on a few sentences later
    ("Helen Lennox came down the long aisle ... Jessie Baird knew the look of it", a-wednesday-in-june; "Sergeant Pete
    Dahl had a theory ... Orcutt knew", a-dime-on-the-dead; Lykos named first in Kleito's scene, the-loom-at-delos).
    The taker is someone else the scene shows as a mind and follows more than the opener (`_followed`): with a named
    thought of theirs, `HAND_ON_FOLLOWED` times as much; with only sensing (at least two named perceptions' weight),
    twice that. The opener's own named mind is little or none, `HAND_ON_MIND_SHARE` of the taker's at most
    (the-mercy-winter: Dara's scene, her "she" in her own head, Tomas named in every speech tag and once
    "considered", a third of his). An opener the scene keeps following (their "he" running on: little-fuzzy, Jack
    watching the Fuzzy whose thoughts the narration guesses), or who shows as much mind, keeps the scene
    (little-fuzzy: Ben's scene naming Juan's thought; the hares of Hollin Down: Sorrel's scene naming the Elder's).
    With a roster (`allowed`), only a listed character."""
    opener = ev.opening
    if opener is None:
        return None
    mine, followed = ev.mind[opener], _followed(ev, opener, gender, opener=True)
    best, best_key = None, None
    for q in ev.present:
        if q == opener or (allowed and q not in allowed) or mine > HAND_ON_MIND_SHARE * ev.mind[q]:
            continue
        f = _followed(ev, q, gender)
        need = HAND_ON_FOLLOWED * followed if ev.inner_named[q] else 2 * HAND_ON_FOLLOWED * followed
        if f > 0 and f >= need and _shows_a_mind(ev, q):
            key = (f, ev.mind[q], q)
            if best_key is None or key > best_key:
                best, best_key = q, key
    return best


def _borrowed_mind(ev: SceneEvidence, person: str) -> bool:
    """The book prior would be borrowed: the scene opens on no one named, reports no thought or sensing of `person`
    (named or bound to them), and follows someone else's unmarked pronouns more than theirs, someone whose own thought
    it names or whose senses it reports at least twice. The narration is in that other head; the book's habit of
    following `person` elsewhere does not make the scene theirs by the things they do in it. The roster-less counterpart
    of `listed_mind_over_borrowed` (resus-two: a scene opening on Samira's bare "she", her thought named, Bernie named
    doing things, took Samira's "she" for Bernie through the prior; the-thorgeirsson-feud: a scene of Thorgerd's thought
    named, opening on a bare "he", given to nobody over the men the book follows; the-upper-fourth-at-hadleigh:
    Rosalind's fog scene, her "she" seeing and hearing, given to Drummond, the girl the book follows most). A scene with
    a named opener is left to the opener's claim (little-fuzzy: Ben's scene naming Juan's thought is still Jack's)."""
    if ev.mind[person] or ev.opening is not None or ev.opening_observer is not None:
        return False
    return any(q != person and _shows_a_mind(ev, q) and ev.focal[q] > ev.focal[person] for q in ev.present)


#: Someone else named as the subject at least this many times as often as a person (and at least this many times)
#: outfollows them: the book prior no longer gives the scene to that person (`_outfollowed`).
OUTFOLLOWED = 2


def _outfollowed(ev: SceneEvidence, person: str) -> bool:
    """The book prior would go to a person the scene names in passing while it follows someone else: not its opener,
    and another person present is its named subject `OUTFOLLOWED` times as often (at least that many times), shows a
    mind of their own (`_shows_a_mind`) and has a longer run of the narration in their head (`focal`). A reader goes
    by whose actions, thoughts and senses the scene keeps reporting, not by whom the book follows elsewhere
    (a-dime-on-the-dead: Orcutt's scene on the patrol boat, his name the subject nine times, his thought and his run of
    "he", given to Dahl, named once, through the prior; the-women-of-stein: Thorgerd's scenes, her name the subject
    again and again, given to Hrolf, the man the book follows most, named in passing). The roster-less counterpart of
    a roster's POV list; a scene whose opener it is, or that names them as often, is left to the prior."""
    if person == ev.opening:
        return False
    return any(
        q != person
        and ev.subject[q] >= OUTFOLLOWED * max(1, ev.subject[person])
        and _shows_a_mind(ev, q)
        and ev.focal[q] > ev.focal[person]
        for q in ev.present
    )


def _opener_carries(ev: SceneEvidence, person: str, gender: dict[str, str]) -> bool:
    """The book prior would go to a person of the opener's pronoun while the narration stays with the opener: the
    scene opens on someone of that gender (not seen from outside at once), whose pronoun carries the scene (the most
    unmarked pronouns: `carrying_pronoun`), every unmarked "he"/"she" of it is said
    while the narration is in the opener's mind and senses (`focal`), none in `person`'s, and the scene names no
    thought or sensing of `person`'s nor names them as its subject more often than the opener. The pronoun is the
    opener's by its nearest antecedent and by whose body it follows; that the book follows `person` elsewhere does not
    make it theirs (the-winter-of-the-tulips: the grandmother's courtyard scene, opening on "Khanom Bozorg did not need
    to count them. She counted them anyway.", given to the granddaughter named once in it; the-house-on-the-bosphorus:
    the doorman's morning round, given to the tenant the book names most). The roster-less counterpart of a roster's
    POV list, as `_borrowed_mind` and `_outfollowed` are."""
    opener = ev.opening
    g = gender.get(person)
    if opener is None or opener == person or ev.opening_seen or g is None or gender.get(opener) != g:
        return False
    if carrying_pronoun(ev) != g:
        return False  # the scene is carried by the other pronoun: the opener's is no claim on its mind
    held = sum(v for q, v in ev.focal.items() if gender.get(q) == g)
    return (
        ev.unmarked[g] > 0
        and ev.focal[opener] >= held
        and ev.focal[opener] >= 0.5 * ev.unmarked[g]
        and not ev.focal[person]
        and not ev.mind[person]
        and ev.subject[person] <= ev.subject[opener]
    )


def _continuation(
    ev: SceneEvidence, gender: dict[str, str], previous: str | None, scores: Weights, claim: Weights
) -> bool:
    """The previous POV carries a scene opening on a bare pronoun, unless the scene shows the pronoun is
    not them and the narration is hardly ever in their mind ("Then he felt the knife Pappy Jack had made");
    named again, they keep a small bonus."""
    watched = only_watched(ev, previous, gender)
    shown_other = (
        previous is not None
        and ev.not_unmarked[previous]
        and ev.focal[previous] < 0.25 * ev.unmarked[ev.opening_pronoun or "he"]
    )
    # never named, while another of that gender is the named subject again and again: the opening pronoun
    # was someone else's ("The storm had the Bank by the throat, and she was shaking it. ... Ysolde saw her.")
    shown_other = shown_other or (
        (previous not in ev.present or watched)
        and any(n >= 2 and gender.get(p) == ev.opening_pronoun for p, n in ev.subject.items() if p != previous)
    )
    if previous and ev.opening_pronoun and gender.get(previous) in (ev.opening_pronoun, None) and not shown_other:
        scores[previous] += W_CONTINUES
        claim[previous] += W_CONTINUES
        return True
    if previous and previous in ev.present and not watched:
        scores[previous] += 1.0
        claim[previous] += 1.0
    return False


def _give_unmarked(
    ev: SceneEvidence, gender: dict[str, str], scores: Weights, claim: Weights
) -> tuple[dict[str, str], float]:
    """Each gender's unmarked pronouns go to the best claimant of that gender; returns who got them and the
    weight of those nobody can own (no claimant, or each shown more often not to be the pronoun than named
    as a subject)."""
    unowned = 0.0
    owners: dict[str, str] = {}
    for g, mass in ev.unmarked.items():
        cands = [
            p for p in claim if gender.get(p) in (g, None) and claim[p] > 0 and ev.not_unmarked[p] <= ev.subject[p]
        ]
        # someone the book gives that pronoun comes before someone it gives none: "the Director" (a title the index
        # read as a person, whose "he" it never saw) does not take Ruth's "she" for one "the Director knew that"
        cands = [p for p in cands if gender.get(p) == g] or cands
        if mass > 0 and not cands:
            cands = _sole_subject(ev, gender, g)
        if mass > 0 and cands:
            best = max(cands, key=lambda p: (claim[p], scores[p], p))
            scores[best] += mass
            owners[g] = best
        elif mass > 0:
            unowned = max(unowned, mass)
    return owners, unowned


def _sole_subject(ev: SceneEvidence, gender: dict[str, str], g: str) -> list[str]:
    """Who owns the scene's unmarked "he"/"she" when nobody has a claim to it: the opener of that gender, when the
    scene names their thought or sensing ("Caspar lay and looked out ... He had two cracked ribs"), else the one
    person of that gender the scene names as a subject at least twice, twice as often as anyone else of that gender
    and at least as often as it shows them not to be the pronoun, and never seen from outside ("He was on the north
    side of the herd ... Brannock put Judge after them. He did not think about it."). An opener merely seen ("Jack
    was asleep") whom the pronoun then passes and thinks of ("He crept past Jack"), or a man the "he" watches ("Frank's
    face had been white"), leaves the mind an unnamed one."""
    if ev.opening and gender.get(ev.opening) == g and not ev.opening_seen and ev.mind[ev.opening] > 0:
        return [ev.opening]
    ranked = sorted(((n, p) for p, n in ev.subject.items() if gender.get(p) == g), reverse=True)
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
        return []
    n, top = ranked[0]
    return [top] if ev.not_unmarked[top] <= n and not ev.observed[top] else []


def away_share(ev: SceneEvidence, person: str, gender: str | None) -> float:
    """The longest stretch of the scene's narration (a share of its words) that is away from `person`: it starts at
    a paragraph with someone else (naming another person, or an unmarked pronoun of the other gender) that neither
    names them nor says an unmarked pronoun of their gender, and runs on through paragraphs that name nobody, until
    one is with them again."""
    total = sum(w for w, _, _ in ev.paragraphs)
    run = best = 0
    for words, named, unmarked in ev.paragraphs:
        if person in named or (gender is not None and gender in unmarked):
            run = 0
        elif named or unmarked - {gender} or run:
            run += words
            best = max(best, run)
    return best / total if total else 0.0


#: A POV the narration leaves for at least this share of the scene ...
CAMERA_AWAY = 0.5
#: ... and whose inner life and sensing it reports less than this often (weight per 1,000 narration words: about
#: one perception or half a named thought) is no one's mind but the camera's.
CAMERA_MIND_PER_1000 = 2.0


def camera_eye(ev: SceneEvidence, person: str, gender: str | None, mind: float) -> bool:
    """The scene is told by no one: it opens on `person` (or gives them the most evidence), then moves among other
    people for half of its length or more ("Eight miles to the north, Gav Sharrock sits at the radio desk ... At
    Caernarfon, the pilot ... On the M6, a blue estate car ..."), and reports hardly any thought or sensing of
    theirs. A POV character is with the narration throughout, and the narration is in their head now and then."""
    words = sum(w for w, _, _ in ev.paragraphs)
    if not words:
        return False
    return away_share(ev, person, gender) >= CAMERA_AWAY and 1000 * mind / words < CAMERA_MIND_PER_1000


#: An omniscient narration goes into this many people's minds by name or more ...
OMNISCIENT_MINDS = 4
#: ... each given at least this weight of inner life and sensing (a named thought, or two named perceptions) ...
OMNISCIENT_MIND = 2.0
#: ... and leaves each of them for at least this share of the scene (`away_share`).
OMNISCIENT_AWAY = 0.2
#: Why an omniscient scene has no POV (`omniscient`): no neighbour's POV is lent to it.
OMNISCIENT = "omniscient: several named minds, each left behind"


def omniscient(ev: SceneEvidence, gender: dict[str, str]) -> bool:
    """The scene is told from no one's head because it goes into many: it names the thought or sensing of
    `OMNISCIENT_MINDS` people, and the narration leaves each of them for a stretch (a POV character is with it
    throughout: a named mind of close third's is away from it for at most a tenth or so of the scene in the labelled
    books). "Everyone who was at Kikori that morning remembered it differently": Jimmy Seeto thinks of Daru, Naomi
    cannot breathe, Aua watches the flagpole, Hollis listens to the river, paragraph by paragraph (The Landing at
    Kikori, labelled no one); Little Fuzzy's Hotel Mallory scene goes through the minds of Brannhard, Coombes, the
    Chief Justice and Baby (labelled Jack Holloway or no one). Close third names at most four minds in a scene of the
    labelled books, one of them its POV's, never left (The Hunger Winter's farm scene: Joke away 6%)."""
    shown = [p for p, v in ev.mind.items() if v >= OMNISCIENT_MIND]
    if len(shown) >= OMNISCIENT_MINDS and all(away_share(ev, p, gender.get(p)) >= OMNISCIENT_AWAY for p in shown):
        return True
    return len(minds_in_turn(ev)) >= OMNISCIENT_MINDS


#: A sweep goes back to no mind for more than one visit in this many (a frame's narrator it opens and closes on, one
#: it passes twice) ...
SWEEP_VISITS = 3
#: ... and quotes at most this many lines of speech per 1,000 words of narration: it reports minds, it stages no
#: talk (The Curfew in Stone Town's night sweep none, The Landing at Kikori's flag-raising 3; Little Fuzzy's scenes
#: of talk at Holloway's camp that hop from head to head, labelled Jack Holloway, 22 to 57).
SWEEP_TALK = 10


def minds_in_turn(ev: SceneEvidence) -> list[str]:
    """The people whose minds a scene enters one after another, in that order, when it enters `OMNISCIENT_MINDS` or
    more: each named as the narration comes to them and then carried by "he"/"she" (`SceneEvidence.paragraph_minds`),
    each given `OMNISCIENT_MIND` of inner life and sensing, none of them visited more than one time in
    `SWEEP_VISITS`, reported in half the paragraphs that report a mind, nor holding half of it all, in a scene of
    little talk (`SWEEP_TALK`). The night sweep of The Curfew in Stone Town goes from an old servant awake in a
    storeroom to a merchant over his ledger, a mother listening at her door and a man on his roof, "he thinks" and
    "she hears" after each name; the flag-raising of The Landing at Kikori goes through six heads and comes back to
    the one it opened on. Close third goes back to its POV between the others' minds, and its POV holds most of them.
    `away_share` reads the leaving by the pronoun, which a sweep among people of one gender defeats (every "he" is
    with every man). Empty when the scene is no such sweep."""
    order: list[str] = []
    totals = Weights()
    for here in ev.paragraph_minds:
        if not here:
            continue
        for who, w in here.items():
            totals[who] += w
        order.append(max(here, key=lambda p: (here[p], p)))
    shown = {p for p, w in totals.items() if w >= OMNISCIENT_MIND}
    visits = [p for p in order if p in shown]
    visits = [p for k, p in enumerate(visits) if k == 0 or visits[k - 1] != p]
    if len(set(visits)) < len(shown) or not shown:
        return []
    returns = max(visits.count(p) for p in shown)
    held = max(totals[p] for p in shown)
    if SWEEP_VISITS * returns > len(visits) or 2 * held >= sum(totals[p] for p in shown):
        return []
    if 1000 * ev.spoken > SWEEP_TALK * sum(w for w, _, _ in ev.paragraphs):
        return []
    with_minds = [here for here in ev.paragraph_minds if here]
    if any(2 * sum(1 for here in with_minds if here[p] > 0) > len(with_minds) for p in shown):
        return []  # a mind in most of the paragraphs that report one is never left: the POV's
    return visits


#: The least score a leader needs to be named at all (`decide`), and so to have a tie settled (`pronoun_breaks_tie`).
MIN_LEADER_SCORE = 2.0


def carrying_pronoun(ev: SceneEvidence) -> str | None:
    """The gender ("he"/"she") whose unmarked pronoun carries the scene: the most of them, with no tie."""
    ranked = ev.unmarked.most_common(2)
    if not ranked or ranked[0][1] <= 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def decide(scores: dict[str, float], unowned: float = 0.0) -> tuple[str | None, float, dict]:
    """(POV, confidence, evidence): the leader needs a clear margin, else None at low confidence.

    When an unnamed "he"/"she" carries more of the scene than the leader (`unowned`), the mind the
    narration follows is nobody named: None.
    """
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    evidence: dict[str, object] = {"scores": {k: round(v, 1) for k, v in ranked[:4]}}
    if unowned:
        evidence["unnamed_pronoun"] = round(unowned, 1)
    if not ranked:
        return None, 0.0, evidence
    if unowned >= ranked[0][1]:
        return None, 0.3, {**evidence, "from": "unnamed mind"}
    top, s = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    margin = (s - second) / s
    conf = round(min(1.0, margin * min(1.0, s / 10.0) + 0.3 * min(1.0, s / 10.0)), 3)
    if s < MIN_LEADER_SCORE or margin < 0.12:
        return None, min(conf, 0.3), evidence
    return top, conf, evidence


def pronoun_breaks_tie(
    ev: SceneEvidence, scores: dict[str, float], owners: dict[str, str], gender: dict[str, str]
) -> str | None:
    """The leader of a scene `decide` leaves open for want of a margin, when the scene's carrying pronoun settles it:
    the gender with the most unmarked "he"/"she" is the leader's (`owners`: they own those pronouns) and the runner-up
    is known to be of the other gender. Two people of different genders both well named (a "he" opening the scene, a
    "she" whose thoughts run through it) are not a tie for a mind carried by "she" (below-sea-level: Rekha's control
    room opening on the engineer; the-hunger-winter: Joke's barn scene opening on Wim; a-wednesday-in-june: Walter's
    Dean Bridge scene opening on the miller). Two people of one gender, or no carrying pronoun, stay a tie."""
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < 2 or ranked[0][1] < MIN_LEADER_SCORE:  # as weak a leader as `decide` ever names
        return None
    (top, _), (second, _) = ranked[0], ranked[1]
    g = carrying_pronoun(ev)
    if g is None:
        return None
    other = gender.get(second)
    return top if owners.get(g) == top and other is not None and other != g else None
