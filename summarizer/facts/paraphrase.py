"""Sources that state a brief sentence's fact in other words, and brief sentences that state one
fact twice, found by a sentence encoder.

Shared words link most of a fact's wordings, but not all: "Melanie Kraus will step down" and
"Melanie Krause planned to resign" share a name and little else, and a long sentence that
states two facts shares too few words with a sentence that states one of them. So, for each
brief sentence, each article of its event that is not among its sources yet offers its one
closest sentence (TF-IDF cosine from LOW up to STATED, where the words alone decide) that
names someone or somewhere the brief sentence names and gives no figures at odds with its
figures; the encoder (encoder.in_other_words) then adds that article where the two
sentences' vectors are at SAME_MEANING or closer. Two of the brief's own sentences whose
vectors are at RESTATES or closer, with specifics that agree, state one fact twice (restated):
the brief is then chosen again with their facts linked. The names and figures are the issue's
"specifics decide": on the labelled sets, an encoder alone joins sentences about the same
people that state different things, and two terms of one deal in each other's words ("$253 a
share", "2.3234 shares").

The encoder costs about 3 ms a sentence on one core, against about 0.06 ms a sentence for the
rest of the pipeline: so it reads at most ENCODE_AT_MOST of the brief's sentences for
restatements and ENCODE_AT_MOST sentences for sources, the pairs of the highest TF-IDF cosine
first, each text once (encoder.remembered), and none in requests of more than POOL_AT_MOST
sentences, whose briefs cost what their shared words cost (issue 18).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy import sparse

from .cluster import cosines
from .events import stated_days
from .facts import LOW, STATED
from .specifics import Figure, at_odds, free, named_apart, share_a_figure

# Sentences encoded per request for each use, at most, about 3 ms each here: the brief's
# sentences read for restatements (restated), and the brief's sentences that have candidates
# with the candidates (in_other_words), a sentence read for both encoded once. The sources of
# the four real sets' and their subsets' briefs encode 4 to 16 (docs/quality.md); this bounds
# the cost of a set of many outlets to about 100 ms.
ENCODE_AT_MOST = 16
# Pooled sentences beyond which no sentence is encoded: about fifteen articles, more than a
# newsroom's set of one story. Larger requests keep to shared words, so that their cost grows
# with their lexical work alone (issue 18: 1,000 sentences at least 100 times faster than
# sumy's LexRank, about 40 ms here, which the 100 ms of full bounds would exceed alone).
POOL_AT_MOST = 400
# Cosine from which two sentences chosen for the brief state one fact told twice. Lower than
# SAME_MEANING, for the two errors cost alike here: a restatement missed shows a fact twice, one
# wrongly found gives its place to the next fact; where a wrong source is a false claim. On the
# labelled sets (docs/quality.md) pairs of a brief sentence and a sentence of another article
# are more often one fact than not from 0.6 (13 right, 5 wrong from 0.6 to 0.65; 9 right, 17
# wrong from 0.55 to 0.6). On the 40 subsets the briefs repeat fewer facts at 0.6 than at 0.65
# (22 sentences against 27 at 8 sentences) and cover as many; at 0.55 they cover fewer, with
# more wrong sources.
RESTATES = 0.6


def candidates(brief: list[int], members: dict[int, list[int]], articles: np.ndarray,
               event: np.ndarray, X: sparse.csr_matrix, named: list[frozenset[str]],
               found: list[list[Figure]]) -> list[tuple[int, int]]:
    """The pairs (brief row, other row) to encode, closest first: for each brief sentence and
    each article of its event not among its sources (its own and its members' articles), the
    sentence of that article closest to it (TF-IDF cosine in [LOW, STATED)), when that one is
    not in the brief, shares a name with it, and gives figures that leave the two free to
    state one fact (specifics.free: none, or one in common).

    members: the rows already stating each brief row's fact; event: (n,) each sentence's event;
    named: each sentence's name keys; found: each sentence's figures."""
    in_brief = set(brief)
    pairs: list[tuple[float, int, int]] = []
    for row in brief:
        stated = {int(articles[m]) for m in [row, *members[row]]}
        apart = np.flatnonzero((event == event[row]) & ~np.isin(articles, list(stated)))
        others = [o for o in apart.tolist() if o not in in_brief
                  and not named[row].isdisjoint(named[o]) and free(found[row], found[o])]
        if not others:
            continue
        best: dict[int, tuple[float, int]] = {}  # by article: its closest sentence
        for other, cosine in zip(others, cosines(X, row, others).tolist(), strict=True):
            article = int(articles[other])
            if LOW <= cosine < STATED and cosine > best.get(article, (0.0, 0))[0]:
                best[article] = (cosine, other)
        pairs += [(cosine, row, other) for cosine, other in best.values()]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return [(row, other) for _, row, other in pairs]


def restated(rows: list[int], texts: list[str], event: np.ndarray, found: list[list[Figure]],
             named: list[frozenset[str]], common: frozenset[str], language: str,
             encoding: Callable[[list[str]], np.ndarray]) -> list[tuple[int, int]]:
    """The pairs (earlier, later) of the brief's sentences (`rows`, in the order chosen, the
    first ENCODE_AT_MOST of them) that state one fact in words their links miss: their vectors
    at RESTATES or closer, and their specifics agreeing. An encoder puts two events of one kind
    as close as two wordings of one (an 8.8 earthquake and its 6.5 aftershock, a quake on
    Thursday and one on Friday), so the two are of one event, they give no other figures for
    one count (specifics.at_odds: a brief sentence that gives a book's sales restates one that
    gives its author's age at death when both tell of the death), they do not name different
    days of the week (events.stated_days), two that give figures and none in common give them
    for the same years (none named, or the same: "the region's last major earthquake, in 1979,
    killed 212 people" is another quake than "At least 41 people have been killed in an
    earthquake"; "plunged 7.4 percent, its biggest fall since 2013" is "closed 7.4% lower"), and
    they are not named apart (each naming someone or somewhere the other does not; `common`:
    the story's own names, which name no one in particular).
    event: (n,) each sentence's event; found, named: each sentence's figures and name keys;
    encoding: texts to unit vectors (encoder.encode, or one that remembers them)."""
    rows = rows[:ENCODE_AT_MOST]
    vectors = encoding([texts[r] for r in rows])
    days = {r: stated_days(texts[r], language) for r in rows}
    earlier, later = np.nonzero(np.triu(vectors @ vectors.T >= RESTATES, k=1))
    pairs = [(rows[i], rows[j]) for i, j in zip(earlier.tolist(), later.tolist(), strict=True)]
    return [(a, b) for a, b in pairs
            if event[a] == event[b] and not at_odds(found[a], found[b])
            and not (days[a] and days[b] and days[a].isdisjoint(days[b]))
            and not (found[a] and found[b] and found[a][0].dated != found[b][0].dated
                     and not share_a_figure(found[a], found[b]))
            and not named_apart(named[a], named[b], common)]
