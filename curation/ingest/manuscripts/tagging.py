"""Tags for scenes and chunks: POV, narrative person, scene type, tension, characters, terms, setting.

POV is decided from whose perceptions and thoughts the narration follows (a named character as the
subject of "felt", "wondered", "saw"; pronoun perceptions credited to the last character named; who
the scene opens on), never from which name is most frequent, and only from narration (quoted speech
is blanked first). First-person scenes take the narrator named by a document heading ("Dr. Seward's
Diary"), the chapter title, or how other characters address the narrator. When the evidence is weak
the POV is None with its confidence, never a confident guess.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .roster import Roster
from .text import narration_only, quoted_word_count, strip_emphasis, word_count

_PERCEIVE = (r"(?:thought|felt|feels|saw|sees|watched|noticed|wondered|knew|realized|realised|remembered|"
             r"heard|wanted|decided|hoped|feared|smelled|tasted|sensed|supposed|imagined|found|looked|stared|"
             r"considered|understood|recognized|recognised|guessed|could\s+(?:see|feel|hear|smell|taste|not)|"
             r"did\s+not|didn[’']t|had\s+(?:never|not|always|been|spent|pictured)|was\s+(?:aware|sure|afraid|glad|"
             r"tired|cold|not)|flexed|swallowed|frowned|winced|shivered|sighed|let\s+(?:himself|herself)|"
             r"pictured|doubted|believed|liked|hated|loved|missed|trusted|reminded|told\s+(?:himself|herself)|"
             r"caught\s+(?:himself|herself)|tried)")
_POSSESSED = r"(?:mind|thoughts|heart|stomach|chest|throat|breath|pulse|skin|hands|own|memory|face\s+was)"
_PRONOUN_PERCEIVE = re.compile(rf"\b(?:he|she)\s+(?:\w+ly\s+)?{_PERCEIVE}\b", re.I)
_FIRST = re.compile(r"\b(?:I|me|my|myself|mine)\b|\bI[’']\w+")
_THIRD = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.I)
_SENT_START = re.compile(r"(?:^|[.!?…]\s+|[“\"‘(—]\s*)([A-Z][\w’'\-]+)")
_CAP = re.compile(r"(?<![\w’'])([A-Z][a-z][\w\-]*(?:[’']s)?)")
_STOP = set("""I A An The And But Or So Then When While If As At In On Of To For From By With Into Onto Upon
He She It They We You His Her Its Their Our My Your Him Them Us Me This That These Those There Here What Who
Why How Where Which Whose Whom Yes No Not Oh Ah Well Now Still Just Only Even Once Twice Every Each All Some
Any None Nothing Something Everything Someone Anyone Everyone No-one Nobody Mr Mrs Miss Ms Dr Sir Madam Lord
Lady Captain Director Doctor Professor Mister Chapter Part Book God Monday Tuesday Wednesday Thursday Friday
Saturday Sunday January February March April May June July August September October November December
Later Before After Again Perhaps Maybe Too Very Much More Most Less Least Because Though Although Until Unless
Since Whatever However Instead Besides Meanwhile Afterward Afterwards Tonight Today Tomorrow Yesterday
Good Right Okay OK Sure Thank Thanks Please Sorry Hello Hi Goodbye Come Go Look Listen Wait Stop Let Don
Do Does Did Is Are Was Were Be Been Being Have Has Had Can Could Would Should Will Shall May Might Must
One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Other Another Both Either
Neither Such Like Out Up Down Over Under Off Away Back Never Always Often Sometimes Soon Already Yet Also""".split())

ACTION_RE = re.compile(
    r"\b(?:ran|run|running|leapt|leaped|jumped|grabbed|seized|snatched|struck|hit|punched|kicked|fired|shot|"
    r"slammed|smashed|crashed|lunged|dove|dived|ducked|rolled|threw|hurled|dragged|yanked|pulled|pushed|shoved|"
    r"sprinted|raced|dashed|fled|chased|charged|swung|spun|twisted|scrambled|climbed|fell|falling|tumbled|"
    r"exploded|burst|shattered|ripped|tore|screamed|shouted|yelled|roared|bellowed|gasped|stumbled|staggered|"
    r"slid|skidded|banked|dropped|dumped|shuddered|lurched|bucked|jolted|hammered|pounded|slashed|stabbed|"
    r"blood|bleeding|wound|killed|kill|dead|died|attack|attacked|fight|fought|fighting|battle|weapon|sword|"
    r"gun|rifle|blaster|knife|torch|engine|throttle|vane|alarm|klaxon|collapsed|burning|flames|fire|storm|"
    r"crack|cracked|snapped|broke|broken|heaved|hauled|clung|gripped|clutched|released|release|landed|crashed)\b",
    re.I)
INTRO_RE = re.compile(
    r"\b(?:thought|think|thinking|wondered|wonder|remembered|remember|memory|memories|realized|realised|"
    r"felt|feel|feeling|knew|know|believed|wished|wish|hoped|hope|feared|regret|regretted|missed|imagined|"
    r"dreamed|dreamt|perhaps|maybe|somehow|if only|should have|would have|could have|never|always|"
    r"lonely|alone|grief|guilt|afraid|ashamed|longed|sorrow|heart|mind|soul|himself|herself|myself|"
    r"years ago|used to|once|sister|mother|father|brother|childhood|promised|silence|quiet|sleep|dark)\b",
    re.I)
EXPO_RE = re.compile(
    r"\b(?:was built|were built|had been|centuries|century|generations|years ago|history|known as|called|"
    r"named|founded|colony|colonists|population|system|systems|layer|layers|species|planet|moon|moons|world|"
    r"atmosphere|climate|orbit|government|council|concord|office|records|archive|survey|samples|data|"
    r"percent|per cent|kilometers|kilometres|meters|metres|tonnes|tons|miles|hundred|thousand|million|"
    r"theory|science|scientist|study|studied|textbook|measured|analysis|structure|structures|formed|"
    r"consisted|composed|divided|region|regions|continent|ocean|network|technology|machine|machines|"
    r"economy|trade|law|laws|custom|customs|tradition|traditions|language|ancient|old|original)\b",
    re.I)
DANGER_RE = re.compile(
    r"\b(?:danger|dangerous|die|dying|death|dead|kill|killed|blood|scream|screamed|terror|terrified|fear|"
    r"afraid|panic|desperate|trapped|threat|enemy|monster|storm|fire|burning|collapse|collapsed|fall|fell|"
    r"explode|exploded|alarm|red|warning|crash|crashed|hunt|hunted|attack|attacked|wound|wounded|horror|"
    r"horrible|dread|shaking|trembling|gun|weapon)\b", re.I)
_SETTING_RE = re.compile(
    r"\b(?:in|at|on|aboard|inside|into|across|over|under|beneath|through|to|from|above|below)\s+"
    r"((?:the\s+)?(?:[A-Z][\w’'\-]+)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]+){0,3})")


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


class Tagger:
    """Tags scenes and chunks; one instance per manuscript (holds the roster's compiled patterns)."""

    def __init__(self, roster: Roster | None = None, universe: str | None = None) -> None:
        self.roster = roster
        self.universe = universe
        self.alias_to_name: dict[str, str] = roster.alias_map() if roster else {}
        self.name_pattern = _alias_pattern(list(self.alias_to_name)) if roster else None
        pov_names = {c.name for c in roster.pov_characters} if roster else set()
        self.pov_names = pov_names
        self.glossary_pattern = (_alias_pattern(roster.glossary) if roster and roster.glossary else None)
        self._book_names: Counter | None = None

    # ---- names -----------------------------------------------------------------------------------
    def learn_book(self, texts: list[str]) -> None:
        """Without a roster: collect capitalised words that behave like names across the whole book."""
        if self.roster:
            return
        mid = Counter()
        starts = Counter()
        for t in texts:
            plain = strip_emphasis(t)
            for m in _CAP.finditer(plain):
                mid[m.group(1).rstrip("s").rstrip("’'") if m.group(1).endswith(("’s", "'s")) else m.group(1)] += 1
            for m in _SENT_START.finditer(plain):
                starts[m.group(1)] += 1
        names = Counter()
        for w, n in mid.items():
            if w in _STOP or len(w) < 2 or n < 3:
                continue
            if n - starts.get(w, 0) >= max(2, 0.3 * n):  # appears mid-sentence: a proper noun
                names[w] = n
        self._book_names = names
        self.name_pattern = _alias_pattern(list(names))

    def _canonical(self, token: str) -> str:
        return self.alias_to_name.get(token, token)

    def characters_in(self, text: str, min_mentions: int = 1) -> list[str]:
        if self.name_pattern is None:
            return []
        c = Counter(self._canonical(m.group(1)) for m in self.name_pattern.finditer(strip_emphasis(text)))
        if not self.roster:  # without a roster, only names that act like people (followed by a verb)
            people = set(m.group(1) for m in re.finditer(
                r"(?<![\w’'])([A-Z][\w\-]+)\s+(?:said|asked|thought|felt|saw|was|had|looked|turned|nodded|"
                r"smiled|laughed|shook|shrugged|took|went|came|stood|sat|walked|knew|told|answered|replied|"
                r"whispered|shouted|called|cried|wanted|did|could|would)\b", text))
            people |= set(m.group(1) for m in re.finditer(r"\b(?:said|asked)\s+([A-Z][\w\-]+)", text))
            c = Counter({k: v for k, v in c.items() if k in people})
        return [n for n, k in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) if k >= min_mentions]

    def worldbuilding_terms(self, text: str, characters: list[str], limit: int = 12) -> list[str]:
        plain = strip_emphasis(text)
        found: Counter = Counter()
        if self.glossary_pattern is not None:
            found.update(m.group(1) for m in self.glossary_pattern.finditer(plain))
        if not self.roster or not self.roster.glossary:
            char_tokens = {t for c in characters for t in c.split()} | set(self.alias_to_name)
            starts = Counter(m.group(1) for m in _SENT_START.finditer(plain))
            caps = Counter(m.group(1) for m in _CAP.finditer(plain))
            for w, n in caps.items():
                w2 = re.sub(r"[’']s$", "", w)
                if w2 in _STOP or w2 in char_tokens or n - starts.get(w, 0) < 1 or n < 2:
                    continue
                found[w2] += n
        return [t for t, _ in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]

    # ---- POV ---------------------------------------------------------------------------------------
    def narration(self, text: str) -> str:
        plain = strip_emphasis(text)
        nar = narration_only(plain)
        if word_count(nar) < 0.3 * word_count(plain):  # a story told in quotes (a nested narrator)
            nar = narration_only(plain.replace("“", " ").replace("”", " "), single=True)
        return nar

    def person(self, narration: str) -> str:
        first = len(_FIRST.findall(narration))
        third = len(_THIRD.findall(narration))
        words = max(1, word_count(narration))
        return "first" if first >= 0.6 * third and first / words > 0.012 else "third"

    def pov(self, text: str, narrator: str | None = None, chapter_title: str | None = None,
            heading: str | None = None) -> PovResult:
        nar = self.narration(text)
        person = self.person(nar)
        if person == "first":
            for cand, why in ((narrator, "document heading"), (heading, "scene heading"),
                              (chapter_title, "chapter title")):
                name = self._person_name(cand) if cand else None
                if name:
                    return PovResult(name, 0.95 if why == "document heading" else 0.8, person, {"from": why})
            voc = self._vocative_name(text)
            if voc:
                return PovResult(voc[0], voc[1], person, {"from": "addressed in dialogue"})
            return PovResult(None, 0.3, person, {"from": "unnamed narrator"})
        if heading:
            name = self._person_name(heading)
            if name:
                return PovResult(name, 0.9, person, {"from": "scene heading"})
        scores = self._perception_scores(nar)
        if not scores:
            return PovResult(None, 0.0, person, {"scores": {}})
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        top, s = ranked[0]
        total = sum(v for v in scores.values() if v > 0) or 1.0
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        conf = round(min(1.0, (s / total) * min(1.0, s / 12.0) + (0.2 if s >= 2 * max(second, 1) else 0.0)), 3)
        evidence = {"scores": {k: round(v, 1) for k, v in ranked[:4]}}
        if s < 4 or conf < 0.35:
            return PovResult(None, conf, person, evidence)
        return PovResult(top, conf, person, evidence)

    def resolve_narrator(self, name: str) -> str:
        """A narrator named by a document heading, as the roster spells them when there is one."""
        return (self.roster.match_name(name) if self.roster else None) or name

    def _person_name(self, text: str) -> str | None:
        t = strip_emphasis(text).strip(" .")
        if self.roster:
            return self.roster.match_name(t)
        if re.fullmatch(r"(?:[A-Z][\w.’'\-]*\s*){1,4}", t) and not re.search(r"\b(?:Chapter|Part)\b", t):
            return t
        return None

    def _vocative_name(self, text: str) -> tuple[str, float] | None:
        if self.name_pattern is None:
            return None
        plain = strip_emphasis(text)
        voc = Counter()
        for m in re.finditer(r"[“\"](?:[^”\"]*?[,.!?]\s+)?([A-Z][\w’'\-]+)[,!?.]", plain):
            voc[m.group(1)] += 1
        for m in re.finditer(r",\s+([A-Z][\w’'\-]+)[.!?]?[”\"]", plain):
            voc[m.group(1)] += 1
        voc = Counter({self._canonical(k): v for k, v in voc.items()
                       if self.name_pattern.fullmatch(k) and (not self.pov_names or self._canonical(k) in self.pov_names)})
        if not voc:
            return None
        (name, n), = voc.most_common(1)
        return (name, 0.7) if n >= 2 else (name, 0.5)

    def _perception_scores(self, nar: str) -> dict[str, float]:
        if self.name_pattern is None:
            return {}
        scores: Counter = Counter()
        events: list[tuple[int, str, str]] = []  # (pos, kind, name)
        allowed = self.pov_names or None
        for m in self.name_pattern.finditer(nar):
            name = self._canonical(m.group(1))
            if allowed and name not in allowed:
                events.append((m.start(), "other", name))
                continue
            events.append((m.start(), "mention", name))
            scores[name] += 0.3
            after = nar[m.end(): m.end() + 60]
            if re.match(rf"(?:[’']s)?\s+(?:\w+ly\s+)?{_PERCEIVE}\b", after):
                scores[name] += 3.0
            elif re.match(rf"[’']s\s+(?:\w+\s+)?{_POSSESSED}\b", after):
                scores[name] += 2.0
            before = nar[max(0, m.start() - 12): m.start()]
            if re.search(r"\b(?:said|asked|told)\s+$", before) or re.match(r"\s+(?:said|asked)\b", after):
                scores[name] -= 0.2
        for m in _PRONOUN_PERCEIVE.finditer(nar):
            events.append((m.start(), "pronoun", ""))
        events.sort()
        last: str | None = None
        first_seen: list[str] = []
        for pos, kind, name in events:
            if kind == "mention":
                last = name
                if name not in first_seen:
                    first_seen.append(name)
            elif kind == "other":
                last = None if allowed else name
            elif last:
                scores[last] += 1.0
        if first_seen:
            scores[first_seen[0]] += 3.0  # the scene opens on its POV character
        return dict(scores)

    # ---- scene type, tension, setting ----------------------------------------------------------------
    def scene_type(self, text: str) -> tuple[str, dict]:
        words = max(1, word_count(text))
        dialogue = quoted_word_count(strip_emphasis(text)) / words
        nar = self.narration(text)
        nw = max(1, word_count(nar))
        action = len(ACTION_RE.findall(nar)) * 1000 / nw
        intro = (len(INTRO_RE.findall(nar)) + 2 * nar.count("?")) * 1000 / nw
        terms = self.worldbuilding_terms(text, [], limit=50)
        expo = (len(EXPO_RE.findall(nar)) + 2 * len(terms)) * 1000 / nw
        scores = {
            "dialogue": dialogue / 0.42,
            "action": action / 18.0,
            "introspective": intro / 25.0,
            "exposition": expo / 40.0,
        }
        kind = max(scores, key=lambda k: (scores[k], k))
        features = {"dialogue_share": round(dialogue, 3), "action_per_1k": round(action, 1),
                    "introspection_per_1k": round(intro, 1), "exposition_per_1k": round(expo, 1),
                    "scores": {k: round(v, 2) for k, v in sorted(scores.items())}}
        return kind, features

    def tension(self, text: str) -> int:
        nar = self.narration(text)
        nw = max(1, word_count(nar))
        danger = len(DANGER_RE.findall(text)) * 1000 / max(1, word_count(text))
        action = len(ACTION_RE.findall(nar)) * 1000 / nw
        excl = text.count("!") * 1000 / max(1, word_count(text))
        sentences = [s for s in re.split(r"[.!?]+\s", nar) if s.strip()]
        short = sum(1 for s in sentences if len(s.split()) <= 6) / max(1, len(sentences))
        score = danger / 6 + action / 12 + excl / 4 + short * 2
        return max(1, min(5, 1 + int(score)))

    def setting(self, text: str, chapter_title: str | None = None) -> str:
        plain = strip_emphasis(text)
        places: Counter = Counter()
        chars = set(self.alias_to_name) | set(self._book_names or ())
        for m in _SETTING_RE.finditer(plain[:6000]):
            phrase = re.sub(r"[’']s$", "", m.group(1))
            head = re.sub(r"^the\s+", "", phrase)
            if head.split()[0] in _STOP or head.split()[0] in chars:
                continue
            places[phrase] += 1
        if self.roster and self.roster.places:
            for p in self.roster.places:
                n = len(re.findall(rf"(?<!\w){re.escape(p)}(?!\w)", plain))
                if n:
                    places[p] += 2 * n
        if places:
            top = [p for p, _ in places.most_common(2)]
            return " / ".join(top)
        return chapter_title or "unspecified"
