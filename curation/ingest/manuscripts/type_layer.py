"""The scene type from the tagger's four hand-made scores: a small linear layer fitted on labelled books.

`Tagger._type_features` scores a chunk for action, dialogue, exposition and introspection from what it counts
(force and motion verbs, quoted share, thinking words, world words ...). How those scores translate into the type
a reader names is not the same for every score: a writer who quotes every exchange makes any scene's dialogue score
high, and an exposition score of 1 means less in a book whose every chunk explains its world. So the layer reads
each score twice, as it is and as the chunk's standing in its own book (the score less the book's mean, over the
book's spread), and weighs the eight together for each type, with the chunk's pacing (`PACING`: how often a
new paragraph starts, which the four scores do not see: a scene told in exchanges and quick beats breaks its
paragraphs every few lines, a summary of a place or a life runs on), and the standing of measures of what the
narration does (`STANDING_ONLY`: how it chains its moments with "and", how often someone in it sees or hears, how
often it points at its here and now, how often it tells what used to or would happen, and how much of it falls in
each of ten classes of English words, `word_classes`). Its weights are a multinomial logistic regression
fitted on every type-labelled book (`fit_type_layer`; `benchmarks/eval_manuscripts.py --type-fit` prints them,
`--type-cv` refits them leaving each book out). A chunk with no book to compare it with (a lone passage, a book
of a few chunks) reads as standing on its book's mean.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .word_classes import MEASURES as WORD_CLASS_MEASURES

#: The order of the types in a layer's rows and of the scores in its columns.
TYPES = ("action", "dialogue", "exposition", "introspective")
#: The pacing measures the book layer reads as they are (no standing), after the four scores: "paragraphs" is
#: paragraphs per 100 words (at most 10: a chunk of one-line paragraphs). Left one book out
#: (`benchmarks/eval_manuscripts.py --type-cv --holdout`), it took the 314 labelled chunks of 31 books from 278 to
#: 283 right, gains in six books by six writers, one loss. "spans" is the narration's words naming a span of time
#: (`tagging.SPAN_WORDS`: years, months, weeks, seasons) per 100 narration words: how much time the chunk covers,
#: which a summary, a memoir's or a letter's account and a chronicle do and a scene told as it happens does not.
#: Left one book out (`--type-cv --holdout`), it took the 554 labelled chunks of 52 books from 478 to 485 right
#: (over neutral hand weights 480 to 486): nine more in seven books (The Whitcombe Verdict's courthouse history and
#: The Long Drive North two each; Night on Seacole, The Loom at Delos, The Same Tea, Bernauer Strasse, the Gaea
#: sample), one fewer in two (The Yingchun Gate's opening, which names its magistrate's years before he talks;
#: Slack Water). Ten word lists of the same total frequency drawn at random from the narration, as the same column,
#: gave 474-483 on the harness's re-implementation (base 479, this list 486-487; the seasons alone 478).
#: "recounted" is the past tense's auxiliaries (`tagging.PAST_AUXILIARIES`: was, were, had, did, been) per 100 quoted
#: words (over at least `tagging.RECOUNTED_FLOOR` words): talk that tells what was and had been, a character
#: explaining or remembering aloud, against talk in the scene's present. Left one book out (the fold loop below on
#: cached profiles, 1037 labelled chunks of 95 books, session 14) 847 -> 852 right, 11 books up, 6 down. It leans
#: away from action, to dialogue and introspection.
PACING = ("paragraphs", "spans", "recounted")
#: The measures the book layer reads only as the chunk's standing in its book, after the four scores' standings:
#: "chained" is the narration's "and" per 100 narration words (a scene told as it happens strings its moments
#: together: "turned and ran", "stood and listened"), "perceived" its verbs of perceiving per 100 (`tagging.
#: PERCEPTION_WORDS`: someone seeing and hearing in the scene's present; a summary, report or chronicle has nobody
#: doing so). How often a writer says "and" is their style, so only a chunk's difference from the rest of its book
#: says anything about its type.
#: Left one book out (`--type-cv --holdout`), the two took the 464 labelled chunks of 44 books from 401 to 406 right
#: (the layer refitted without the book each time; over the grid's neutral hand weights, 401 to 411; with the L2
#: penalty chosen without the book too, 400 to 405).
#: "spoken" is paragraphs carrying speech per 100 words: a scene told in exchanges breaks into many, one that quotes
#: a line or two few, whatever the writer's habit of quoting (the quoted share alone, in the dialogue score, is that
#: habit as much as the scene). With it and the penalty on each column's own spread (`fit_type_layer`), left one book
#: out (`--type-cv --holdout`) the 554 labelled chunks of 52 books went from 487 to 492 right (over neutral hand
#: weights 486 to 493; eight books gain, three lose one chunk); on the harness's re-implementation the column alone
#: took 489 to 492, five chunks right that were wrong in five books by different writers (Eighty Covers, Fire on
#: Twelve, Kessler Red, The House on Bode Thomas, The Same Tea), two wrong that were right (Lady Ashcombe's Season,
#: The Women of Stein).
#: "deictic" is the narration's words pointing at the here and now per 100 narration words (`tagging.DEICTIC_WORDS`:
#: now, here, this, these, today, tonight): a narrator commenting, explaining or thinking from inside a present points
#: ("This was the house. Now it was hers."), a scene told as its events happen hardly does. Left one book out (the
#: harness below, 966 labelled chunks of 89 books, the layer refitted without the book each time) 790 -> 795 right; at
#: L2 0.001 / 0.01 / 0.03 790 -> 794 / 792 -> 796 / 792 -> 793. It leans away from action, to exposition and
#: introspection.
#: "habitual" is the narration's "would" and "used to" per 100 narration words (`tagging.HABITUAL_WORDS`): narration
#: telling what used to happen or what someone imagines would, rather than the scene's events as they happen. Left one
#: book out (`--type-cv`'s fold loop on cached pipeline profiles, 1108 labelled chunks of 101 books, session 16) 903 ->
#: 908 right, 7 books up, 2 down; at L2 0.001 / 0.01 / 0.03 906 -> 910 / 901 -> 907 / 885 -> 899 (a re-implementation
#: that reproduces the base). Twelve lists of narration words drawn at random with the same total frequency, as the
#: same column, gave -6 to +2. It leans to introspection, away from action and exposition. Tried on the same folds and
#: not kept (each moves books both ways): the share of words in paragraphs carrying speech -1..+12 over the four
#: penalties, the longest speech-free stretch's share -5..+4, sentences opening on I/he/she +5 but on I/he/she/we/they
#: -2, sentences holding a thinking word +1, calendar words (months, weekdays) 0..+1, reported speech ("told him
#: that") -5, questions and "you" in the quoted speech -3..+3, "there was" -4, mean sentence length -1.
#: The narration's word classes (`word_classes.MEASURES`: quantifiers such as "every" and "never", negators, reasoning
#: words such as "because", "whether", "what", kin, sense words, words that introduce such as "who" and "called",
#: number words, "-ing" forms, similes, and paragraphs of speech next to another) are read the same way, after those
#: five. They came from reading the left-out books' misses (session 18, 240 of 1248 chunks wrong left one book out):
#: openings that set out a world in a mind's voice, labelled exposition and typed introspective, and the reverse (38
#: and 32 chunks in 35 and 26 books), climaxes told in a memoir's voice typed introspective (19 in 18 books), a few
#: lines of talk typed dialogue in a scene the writer calls a mind at work (30 in 25). Each class alone, as a column,
#: moved the leave-one-book-out figure by -5..+7, as lists of common narration words drawn at random did (-4..+7); the
#: ten together, with the penalty at 0.03 (`TYPE_LAYER_L2`), took it from 1008 to 1026 right (55 chunks right that
#: were wrong, in 41 books; 37 wrong that were right, in 33; 26 books up by 33, 14 down by 15, the Gaea sample by two),
#: where ten random lists with the same total frequency, as the same ten columns, gave 985-996 (three draws); with the
#: penalty chosen without the book too (`--type-cv`'s last figure), 1006 -> 1025.
#: Tried on the 1463 chunks of 131 books (session 20, left one book out against 1220; random columns -1..+3) and not
#: kept, each moving about as many books down as up: the words before the first speech paragraph +3, the book's first
#: or last chunk -7 / +3, a document or record layout -1 / -6, names new to the book -3..-13, the speech's own word
#: classes 0, the four rates undamped by the dialogue share +4, hinges on the dialogue share +2..+3
#: (benchmarks/results/eval_manuscripts.type-h20c.txt, with where the misses fall).
STANDING_ONLY = ("chained", "perceived", "spoken", "deictic", "habitual", *WORD_CLASS_MEASURES)
#: The most a pacing measure counts for (a chunk of a few words per paragraph is as broken up as it gets).
PACING_CAP = 10.0


@dataclass(frozen=True)
class TypeLayer:
    """Per type (rows in `TYPES` order): a weight on each absolute score, one on each score's standing in its
    book (both columns in `TYPES` order), a bias, one on each pacing measure (columns in `PACING` order;
    none: the layer reads no pacing) and one on the standing of each `STANDING_ONLY` measure (none: reads none)."""

    absolute: tuple[tuple[float, ...], ...]
    standing: tuple[tuple[float, ...], ...]
    bias: tuple[float, ...]
    pacing: tuple[tuple[float, ...], ...] = ()
    measures: tuple[tuple[float, ...], ...] = ()

    def probabilities(self, absolute: dict[str, float], standing: dict[str, float] | None) -> dict[str, float]:
        """Each type's probability for a chunk with these scores (`absolute`: the four scores and the pacing
        measures, `PACING`; `standing` None: the book's mean)."""
        a = [absolute[k] for k in TYPES]
        z = [standing[k] for k in TYPES] if standing is not None else [0.0] * len(TYPES)
        logits = [
            b + sum(w * x for w, x in zip(wa, a, strict=True)) + sum(w * x for w, x in zip(wz, z, strict=True))
            for wa, wz, b in zip(self.absolute, self.standing, self.bias, strict=True)
        ]
        if self.pacing:
            logits = _weighed(logits, self.pacing, [min(PACING_CAP, absolute[k]) for k in PACING])
        if self.measures:
            m = [standing.get(k, 0.0) for k in STANDING_ONLY] if standing is not None else [0.0] * len(STANDING_ONLY)
            logits = _weighed(logits, self.measures, m)
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        return {k: e / total for k, e in zip(TYPES, exp, strict=True)}


def _weighed(logits: list[float], weights: tuple[tuple[float, ...], ...], xs: list[float]) -> list[float]:
    """Each type's logit plus its row of `weights` applied to the measures `xs` (the pacing, the measures' standing)."""
    return [v + sum(w * x for w, x in zip(row, xs, strict=True)) for v, row in zip(logits, weights, strict=True)]


#: Refitted (2026-12-06, `--type-fit --holdout`) on the 621 type-labelled chunks of 58 books: the 52 of the fit
#: before (the penalty on each column's spread and the "spoken" measure, f7c764e) and the six read blind since (The
#: Hares of Hollin Down, Guadalupe Street, The Flying Delgados, The South Col Letters, The Cresswell Papers, The
#: Selector's Daughter: letters, a diary, journals, a chorus scene, a second-person son), each standing in its
#: book, with the pacing and the measures (l2 = TYPE_LAYER_L2). In sample 545 -> 549 of 621 right (the 52 books
#: 502 -> 503, the six 43 -> 46); left one book out the same folds as before (the refit changes no fold).
#: A chunk that breaks its paragraphs often leans to dialogue, one that runs them on to exposition and
#: introspection; one that names spans of time (years, seasons, weeks) leans to exposition and introspection,
#: away from action; one that chains more "and"s than its book leans to action, one whose narration perceives more
#: than its book's to dialogue, and one that does less of either to exposition.
#: Not refitted on the 756 type-labelled chunks of 70 books (2026-12-06, the twelve books read blind in sessions 9
#: and 10 added): this layer types 646 right, the refit 644 (left one book out 631). Tried on the same 756 chunks
#: left one book out, against 631, for the commonest miss on the six last blind sets (a scene typed dialogue that
#: its writer labels introspective or exposition because only a fifth to a quarter of its words are quoted, 26 of
#: 75 misses in 17 books of five of the six sets): the quoted share as a pacing column 633 (in sample 644), its standing
#: in the book 631, the narration's verbs of speech per 100 words ("I told him") as a standing 628; none kept.
#: Refitted (2026-12-06, session 14) on the 966 type-labelled chunks of 89 books (every labelled book at f46ae9a),
#: with the "deictic" measure: in sample 810 (the layer before, fitted on 58 books) -> 812 of 966 right (a refit
#: without the measure 813); left one book out 790 -> 795.
#: Refitted (2026-12-06, session 14) on the 1037 type-labelled chunks of 95 books (the six read blind that day
#: added: The Shop on Jalan Pancoran, The House at Puthenpura, The Taxi on Avenida de Mayo, The Wall at Vindolanda,
#: The Pirogue at Guet Ndar, The Reindeer Road), with the "recounted" pacing measure: in sample 859 (the layer
#: before) -> 865 of 1037 right (a refit without the measure 857); left one book out 847 -> 852.
#: Refitted (2026-12-07, session 16) on the 1108 type-labelled chunks of 101 books (every type-labelled book at main
#: df74753), with the "habitual" measure: in sample 918 (the layer before) -> 920 of 1108 right (a refit without the
#: measure 916); left one book out 903 -> 908.
#: Refitted (2026-12-07, session 18) on the 1248 type-labelled chunks of 113 books (every type-labelled book at main
#: 7c0293b), with the word classes (`word_classes`) and the penalty at 0.03: in sample 1025 (the layer before) -> 1046
#: of 1248 right; left one book out 1008 -> 1026 (`--type-cv`), with the penalty chosen without the book 1006 -> 1025.
#: It types two exposition scenes of the Gaea sample introspective, in sample as left out: 6 and 8 without a roster,
#: 8 with the sample's roster (the seed vault, seen and reasoned through by Ilse).
# fmt: off
TYPE_LAYER = TypeLayer(
    absolute=(
        (0.8058, -0.6884, 0.4068, -0.1948),
        (-0.3057, 1.6487, -0.3974, 0.4049),
        (-0.2089, -0.0485, 0.4207, -0.2523),
        (-0.2912, -0.9117, -0.4301, 0.0422),
    ),
    standing=(
        (0.7664, -0.449, -0.2656, 0.1442),
        (-0.1546, 1.1403, -0.1885, -0.2648),
        (-0.3314, -0.1768, 0.5927, -0.4128),
        (-0.2805, -0.5145, -0.1386, 0.5334),
    ),
    bias=(-0.2486, -0.9397, -0.078, 1.2663),
    pacing=(
        (0.118, -1.2161, -0.1702),
        (0.333, -0.1418, 0.068),
        (-0.3449, 0.6377, 0.0136),
        (-0.1061, 0.7202, 0.0887),
    ),
    measures=(
        # the five measures of `STANDING_ONLY` before the word classes, then the ten of `word_classes.MEASURES`
        (0.3004, -0.0961, 0.0926, -0.5241, 0.0188,
         -0.5149, -0.0766, -0.2943, -0.3534, 0.2341, -0.3814, 0.2755, 0.3782, 0.1769, -0.0145),
        (0.0296, 0.3788, 0.2291, -0.0389, 0.0904,
         -0.1202, 0.0465, -0.1789, 0.0528, -0.1529, 0.0936, -0.1609, 0.0046, -0.0289, 0.2695),
        (-0.2313, -0.4414, -0.1767, 0.3475, -0.2502,
         0.5249, -0.1233, 0.1641, -0.0278, -0.3387, 0.393, 0.0882, -0.3751, -0.142, -0.1833),
        (-0.0988, 0.1587, -0.145, 0.2154, 0.1409,
         0.1102, 0.1534, 0.3091, 0.3284, 0.2576, -0.1052, -0.2028, -0.0078, -0.0059, -0.0717),
    ),
)
# fmt: on


def plain_layer(sharpness: float) -> TypeLayer:
    """The hand-made scores as they are, turned into probabilities (a softmax of `sharpness` times each score):
    the type of a lone passage is its highest score. A fitted layer extrapolates badly there: a short passage's
    densities run far past any chunk of a book (a hundred words of nothing but running), and there is no book
    to read a standing in."""
    eye = tuple(tuple(sharpness if r == c else 0.0 for c in range(len(TYPES))) for r in range(len(TYPES)))
    zero = tuple((0.0,) * len(TYPES) for _ in TYPES)
    return TypeLayer(absolute=eye, standing=zero, bias=(0.0,) * len(TYPES))


#: A lone passage, or a book of a few chunks (no book to stand in): the highest hand-made score, its probability
#: as sharp as the 314 chunks read alone bear out (`fit_sharpness`, `--type-fit`).
TYPE_LAYER_ALONE = plain_layer(3.7)
#: The layer's L2 penalty per weight (on the mean log-loss; the biases are not penalised): the one under which the layer
#: types most chunks right left one book out. With the word classes (session 18, 1248 chunks of 113 books) 0.001 /
#: 0.003 / 0.01 / 0.03 / 0.1 gave 1019 / 1021 / 1021 / 1026 / 1014 (without them, at the first four, 1005 / 1008 /
#: 1006 / 997: 0.003 was shipped).
TYPE_LAYER_L2 = 0.03


def fit_type_layer(
    chunks: list[tuple[dict[str, float], dict[str, float] | None, str]], l2: float = TYPE_LAYER_L2
) -> TypeLayer:
    """The layer that best predicts the labels of `chunks` ((absolute scores with the pacing measures, standing or
    None, labelled type); a chunk without the pacing measures gives a layer that reads none):
    the multinomial logistic regression with an `l2` penalty on each column scaled to its spread over `chunks` (so
    a measure's unit does not decide how hard it is held back), solved by Newton's method (the loss is convex, so
    the answer does not depend on where the search starts or how long it runs past convergence). Left one book out
    (`--type-cv --holdout`, 554 chunks of 52 books), the scaled penalty alone took 487 to 489 right (over neutral hand
    weights 486 to 493; refitted on all books 495 to 503)."""
    import numpy as np

    if not chunks:
        raise ValueError("no labelled chunk to fit the scene-type layer on")
    paced = all(k in a for a, _, _ in chunks for k in PACING)
    measured = any(z for _, z, _ in chunks) and all(k in z for _, z, _ in chunks if z for k in STANDING_ONLY)
    rows = []
    for absolute, standing, _ in chunks:
        z = standing or {}
        pace = [min(PACING_CAP, absolute[k]) for k in PACING] if paced else []
        extra = [z.get(k, 0.0) for k in STANDING_ONLY] if measured else []
        rows.append([absolute[k] for k in TYPES] + [z.get(k, 0.0) for k in TYPES] + pace + extra + [1.0])
    raw = np.array(rows)
    # each column on its own scale (its spread over these chunks), so the penalty weighs every measure alike: on the
    # raw scale a column whose values run small (a standing, a share) needs large weights and is penalised most
    centre = raw[:, :-1].mean(0)
    spread = raw[:, :-1].std(0)
    spread[spread < 1e-9] = 1.0
    x = np.hstack([(raw[:, :-1] - centre) / spread, raw[:, -1:]])
    y = np.eye(len(TYPES))[[TYPES.index(label) for _, _, label in chunks]]
    n, d = x.shape
    k = len(TYPES)
    penalty = np.full(d, l2)
    penalty[-1] = 1e-6  # the biases: only enough to fix the level the softmax leaves free
    theta = np.zeros((d, k))

    def loss(t: np.ndarray) -> float:
        logits = x @ t
        logits -= logits.max(1, keepdims=True)
        log_p = logits - np.log(np.exp(logits).sum(1, keepdims=True))
        return float(-(y * log_p).sum() / n + 0.5 * (penalty[:, None] * t * t).sum())

    for _ in range(100):
        logits = x @ theta
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(1, keepdims=True)
        grad = (x.T @ (p - y) / n + penalty[:, None] * theta).T.reshape(-1)  # type-major: type c, feature j
        # Hessian of the mean log-loss: sum over chunks of (diag(p) - p p^T) kron (x x^T), plus the penalty; built a
        # pair of types at a time as matrix products (one einsum over all three is many times slower)
        hess = np.zeros((k, d, k, d))
        for c in range(k):
            for e in range(c, k):
                block = (x * (p[:, c] * ((c == e) - p[:, e]))[:, None]).T @ x
                hess[c, :, e, :], hess[e, :, c, :] = block, block.T
        hess = hess.reshape(k * d, k * d) / n + np.diag(np.tile(penalty, k))
        step = np.linalg.solve(hess, grad).reshape(k, d).T
        before, scale = loss(theta), 1.0
        while loss(theta - scale * step) > before and scale > 1e-4:
            scale /= 2
        theta = theta - scale * step
        if np.abs(scale * step).max() < 1e-9:
            break
    theta[:-1] /= spread[:, None]  # back to the raw scale the layer reads
    theta[-1] -= centre @ theta[:-1]
    weights = theta.T  # type-major
    return TypeLayer(
        absolute=tuple(tuple(round(float(v), 4) for v in row[:k]) for row in weights),
        standing=tuple(tuple(round(float(v), 4) for v in row[k : 2 * k]) for row in weights),
        bias=tuple(round(float(row[-1]), 4) for row in weights),
        pacing=tuple(tuple(round(float(v), 4) for v in row[2 * k : 2 * k + len(PACING)]) for row in weights)
        if paced
        else (),
        measures=tuple(tuple(round(float(v), 4) for v in row[-1 - len(STANDING_ONLY) : -1]) for row in weights)
        if measured
        else (),
    )


def fit_sharpness(chunks: list[tuple[dict[str, float], dict[str, float] | None, str]]) -> float:
    """The `plain_layer` sharpness (0.1-20, to two figures) under which the labels of `chunks` are likeliest: how
    sure the highest hand-made score is, on these chunks read alone. Each sharpness's log-loss is `plain_layer`'s
    softmax taken over all chunks at once (a hundred times faster than a chunk at a time, which `--type-cv` paid for
    every book it leaves out)."""
    import numpy as np

    if not chunks:
        raise ValueError("no labelled chunk to fit the scene-type sharpness on")
    scores = np.array([[a[k] for k in TYPES] for a, _, _ in chunks])
    labelled = np.array([TYPES.index(label) for _, _, label in chunks])

    def loss(k: float) -> float:
        logits = k * scores
        exp = np.exp(logits - logits.max(1, keepdims=True))
        right = exp[np.arange(len(labelled)), labelled] / exp.sum(1)
        return float(-np.log(np.maximum(1e-12, right)).sum())

    grid = [round(0.1 * 1.05**n, 2) for n in range(110)]  # 0.1 ... about 20
    return min(grid, key=loss)
