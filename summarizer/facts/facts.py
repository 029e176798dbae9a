"""Facts: sentences of different articles of one event that state the same thing.

Two sentences state one fact when their wording is close and their specifics agree. The
wording is the TF-IDF cosine of cluster.cross_similarity, taken from LOW; what this module adds
to it (fact_similarity):

- Facts are facts of one event (events.events): sentences of different events are not linked,
  so a 6.9 aftershock is not the 8.8 quake, whatever their words.
- A figure both sentences give counts for FIGURE_BONUS more: a shared count is a stronger sign
  of one fact than a shared word. Two sentences that give one figure for one count ("killing 179
  people", "179 people died"), or figures within DISAGREE of one count of the dead, injured,
  missing or displaced ("156 people lost their lives", "the death toll rose to 180": one
  quantity the sources disagree on), or a count of people in parts and its total ("175
  passengers and six crew", "181 people aboard"), are linked at FIGURE_LINK whatever their
  other words (figure_links).
- An article's first sentence states its event: the ledes of one event's articles are one
  fact, linked at LEDE_LINK (lede_links), but for a lede that takes a side angle of its own.
- Two sentences that each name someone or somewhere particular, with no name in common, are
  about different people or places, and are not linked.

Then cluster.cluster cuts the links at its threshold by average linkage, as for any pair; a
sentence linked to another at STATED states its fact too, whether or not average linkage keeps
it in that sentence's cluster, and so does one whose mean link to a cluster's members reaches
the threshold, though it was placed in another (stated_by). same_fact answers the same
question for pairs a caller gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
from scipy import sparse

from ..request import LANGUAGES, InputError
from . import encoder
from .cluster import (
    NEIGHBOURS,
    THRESHOLD,
    by_first_sentence,
    cluster,
    cross_similarity,
    join_wordless,
    symmetric,
)
from .events import names_day, opens_with_day
from .specifics import (
    CROWD,
    PEOPLE,
    ROUGH,
    TO_METRIC,
    TOLLS,
    YEAR_HOURS,
    Figure,
    admits,
    claimed,
    converts,
    ends_bare,
    ends_in_words,
    figures,
    folded_name_keys,
    free,
    gives_toll,
    named_apart,
    named_true,
    one_count,
    rounds_to,
    same_time,
    same_way,
    set_against,
    share_a_figure,
    sourced,
    words_of,
)
from .vectorise import by_rows, incidence, meet, tfidf

LOW = 0.1  # cosine from which a pair may be one fact once its specifics are counted
FIGURE_BONUS = 0.1  # what a shared figure adds: a pair at LOW with one is at THRESHOLD
LEDE_LINK = 0.5  # the link between two ledes of one event: a clear paraphrase
# Figures of one count within this factor of each other are one quantity the sources disagree
# on (a toll that rose, an estimate); further apart, they count different things (the dead of
# two countries).
DISAGREE = 2.0
# A party's figure for a count that it names as the true one, or gives bare, is within this
# factor of the figure it answers: a union's claim may pass a company's twice over (740 jobs at
# risk against 310 posts cut, "nearer 9,000" bags against 4,000), and further apart it answers
# another count (a union's fourteen workers on site against two dead).
DISPUTED = 4.0
# A figure from which two outlets that give it exactly state one count, whatever words they set
# around it: under it, equal figures often count different things in one story (ages, minutes,
# "12 arrests" and "12 shops"); a count in the thousands given to the unit twice is one count.
LARGE = 1000
# A whole figure from which it is taken for the figure with decimals that it rounds to, where
# figures are compared for a disagreement (_agree): rounding to units then moves it by a
# twentieth at most ("48 percent", "48.2%"); a smaller one may be another reading ("up 6 percent
# at midday", "rose 5.5% in early trading").
WHOLE_FROM = 10
# Two sentences that give one figure for one count (figure_links) are linked as strongly as a
# pair at the bar that shares a figure, whatever their other words.
FIGURE_LINK = THRESHOLD + FIGURE_BONUS
# A sentence linked this strongly to a brief sentence states its fact and is among its evidence,
# even when average linkage left it out of that sentence's cluster: as strong as a pair at the
# bar with a figure in common, or a lede of the same event.
STATED = THRESHOLD + FIGURE_BONUS
# A comma before one or two digits is a decimal comma: thousands come in threes (as
# specifics._number_pattern reads English numbers)
_DECIMAL_COMMA = re.compile(r",\d{1,2}(?!\d)")
LEDE_FLOOR = 0.1  # a lede under this cosine to the sum of its event's other ledes is apart
# Ledes are linked with little look at their wording, so their articles must be clearly one
# report of one event: a whole-article cosine a quarter above the bar of one fact
# (cluster.THRESHOLD). At the bar itself, ledes of a WikiNews saga's different events were
# joined and ROUGE-2 fell by two points on the development set; at 0.3 the seed set's five
# ledes, one event in five wordings, stayed apart (docs/quality.md).
LEDE_ARTICLES = 0.25


# A page may open with a summary's points or a teaser before its lede: the lede is the first
# sentence unless that shares no word with the article's title while one of the next few does
# share half of the title's words (a headline and its lede state one event). LEDE_WINDOW: a
# summary box holds three or four points.
LEDE_WINDOW = 4


def openings(articles: np.ndarray) -> np.ndarray:
    """Which sentences (n,) open their article, the pool being in article order."""
    return np.r_[True, articles[1:] != articles[:-1]] if len(articles) else np.zeros(0, bool)


def ledes(terms: list[list[str]], articles: np.ndarray, titles: list[list[str]]) -> np.ndarray:
    """Which sentences (n,) are their article's lede: its first, or the first of its next
    LEDE_WINDOW - 1 to share half the title's words when the first shares none.

    terms: each sentence's content-word stems, in article order; articles: (n,) article
    positions; titles: each article's title's stems ([] without a title).
    """
    out = openings(articles)
    for first in np.flatnonzero(out).tolist():
        title = set(titles[articles[first]])
        if not title or not title.isdisjoint(terms[first]):
            continue
        later = range(first + 1, min(first + LEDE_WINDOW, len(articles)))
        lede = next((row for row in later if articles[row] == articles[first]
                     and 2 * len(title.intersection(terms[row])) >= len(title)), first)
        out[first], out[lede] = False, True
    return out


def headlined(terms: list[list[str]], titles: list[list[str]],
              figured: frozenset[str] = frozenset()) -> np.ndarray:
    """Which sentences (n,) use a word that half or more of the articles' titles use (terms:
    each sentence's; titles: each article's title's, [] for none): the words that name the
    story ("bridge", "collapse" in "Seven dead after footbridge collapses at Carrowmere
    festival", "Carrowmere mourns as bridge collapse toll rises to nine", ...), not its figures
    (figured: the words that give a figure or say what it counts, specifics.figure_words:
    "trois morts et douze blessés" in most titles of a building's collapse, which a sentence
    of its toll alone uses too). None where fewer than two articles have a title."""
    given = [frozenset(title) for title in titles if title]
    if len(given) < 2:
        return np.zeros(len(terms), dtype=bool)
    usual = {word for word in frozenset().union(*given) - figured if not word[0].isdigit()
             and 2 * sum(word in title for title in given) >= len(given)}
    return np.array([not usual.isdisjoint(words) for words in terms], dtype=bool)


# A soft lede (a scene, a verdict on the news: "Calder is burning, and the state was warned")
# leaves its event to the next sentence, the nut graf. That one is the lede when it is at the bar
# of one fact with another article's lede and at least NUT times as close to one as the first
# sentence is, while the first gives no figure and shares some wording with them (from LOW: a
# first sentence that shares none takes an angle of its own, or tells another event, as a
# WikiNews story's "Survivors of the London bombings have urged ..." does). With the rule the
# real sets' and their subsets' briefs repeat fewer facts and cite fewer wrong sources, and
# ROUGE is the same within 0.3 (docs/quality.md); from 1.2 to 1.5 they are all the same, and
# at 1.15 ROUGE-2 at 100 words falls by 0.14: the middle of that plateau. The headline states
# the event too: a first sentence that shares more of its article's title than the next one
# keeps it (a safety agency's "Consumers should stop using the recalled heaters" under "Brenner
# Home Recalls Space Heaters", before "Brenner Home has received 212 reports"), unless it is
# the title itself (a blog's verdict, its headline and its first line alike). And a first
# sentence at the bar of one fact with more other ledes than the next one is the lede: it tells
# the event as they tell it, where the next tells what one of them tells (a Swedish wire's "En
# skolbyggnad i Umeå totalförstördes i en brand …", whose compounds share few stems with the
# other ledes, before the arrest, which one paper's lede tells in the same words).
NUT = 1.3


def soft_ledes(ledes: np.ndarray, S: sparse.csr_matrix, articles: np.ndarray,
               figures: list[list[Figure]], terms: list[list[str]],
               titles: list[list[str]], after: np.ndarray | None = None) -> np.ndarray:
    """The ledes (rows) that leave their event to the next sentence of their article (NUT).

    ledes: (n,) bool; S: (n, n) cross-article cosines (cross_similarity(X, articles, LOW));
    articles: (n,) article positions, in article order; figures: each sentence's; terms: each
    sentence's content-word stems; titles: each article's title's stems ([] without one);
    after: (n,) the row of the sentence each sentence leaves its event to, by default the next
    (the one after a bridge that tells nothing: "… on Tuesday morning. A few hours later, the
    company explained why. Valdren reported a net loss of …")."""
    after = np.arange(1, len(articles) + 1) if after is None else after

    def headline(row: int) -> tuple[int, bool]:
        """How many of its title's terms a sentence holds, and whether it holds just those."""
        title, own = set(titles[articles[row]]), set(terms[row])
        return len(title & own), bool(title) and title == own

    def keeps(row: int) -> bool:
        (first, itself), (second, _) = headline(row), headline(int(after[row]))
        return first > second and not itself

    rows = np.flatnonzero(ledes)
    rows = rows[after[rows] < len(articles)]
    rows = rows[articles[after[rows]] == articles[rows]]
    rows = rows[np.array([not figures[r] and not keeps(r) for r in rows.tolist()], dtype=bool)]
    first, second = _closest_ledes(ledes, S, rows, after[rows])
    soft = (first >= LOW) & (second >= THRESHOLD) & (second >= NUT * first)
    return rows[soft & (ledes_told(ledes, S, rows) <= ledes_told(ledes, S, after[rows]))]


# A first sentence that opens with the years it looks back over opens a feature ("For three
# years Tomas Reinholt governed on the thinnest of margins: 121 seats …", "For two decades the
# mill was the town's largest employer", "For most of its 38 years, Unit 2 has been …", "For
# most of the past decade the gulf was …"): a news lede opens with what happened. By language.
LOOKS_BACK = {"english": re.compile(
    r"^For (?:(?:more than|nearly|almost|over|about|most of|much of|the (?:past|last)) )?"
    r"(?:(?:its|their|his|her|the) )?(?:(?:a|an|\w+(?:-\w+)?|\d+) )?"
    r"(?:years|decades?|generations?|a century|centuries)\b")}


def feature_openings(ledes: np.ndarray, S: sparse.csr_matrix, articles: np.ndarray,
                     texts: list[str], language: str) -> np.ndarray:
    """The ledes (rows) that open a feature, not the news: they name no day (events.names_day)
    where the next sentence of their article opens with the day of the event (the news peg:
    events.opens_with_day), and that one is as close to another article's lede as they are
    ("For two years Noemi Castellar has been the face of middle-distance running …", then "On
    Tuesday that image was shattered, when an independent tribunal banned her …"), or they
    open with the years they look back over (LOOKS_BACK: "For three years Tomas Reinholt
    governed …", then "On Tuesday afternoon that arithmetic finally caught up with him",
    which shares few words with any lede). Such an opening states no fact of the event, and
    its peg points back to it ("that image", "decided otherwise"): the article has no lede. A
    news lede that leaves its day to the next sentence is closer to the other ledes than that
    sentence is. S, articles as for soft_ledes."""
    rows = _followed(ledes, articles)
    back = LOOKS_BACK.get(language)
    looking = np.array([back is not None and back.match(texts[r]) is not None
                        for r in rows.tolist()], dtype=bool)
    pegged = rows[np.array([opens_with_day(texts[r + 1], language)
                            and not names_day(texts[r], language) for r in rows.tolist()],
                           dtype=bool)]
    first, second = _closest_ledes(ledes, S, pegged)
    return np.union1d(rows[looking], pegged[second >= first])


# A first sentence whose subject, a body or a person named in two capitalised words or more (not
# "Anglers welcomed the ban …"), with its acronym or not ("Civil Liberties Lisvania (CLL) welcomes
# …"), with who they are or not ("Claire Vasseur, Minister for Ecological Transition, welcomes the
# adoption …"), welcomes, responds to, reacts to or gives an update on something, or calls for
# something, states its reaction, not the event: a press release's "Lenham Valley Health Board
# today welcomed the publication of the Independent Review … and accepted all 68 of its
# recommendations", "Corvane Launch Systems today provided an update on the anomaly …", a charity's
# "The Animal Liberty Trust is calling for an independent investigation into today's escape of a
# tiger …", or is saddened or offers its condolences ("The National Football Association is
# deeply saddened to learn that two people have died …"). By language.
REACTS = {"english": re.compile(
    r"^(?:The\s+)?[A-Z][\w'\u2019&.-]*(?:\s+(?:[A-Z][\w'\u2019&.-]*|of|for|the|and)){1,9}"
    r"(?:\s+\([A-Z][\w&.-]{1,9}\))?(?:,\s+[^,]{1,80},)?\s+(?:today\s+|on\s+[A-Z]\w+\s+)?"
    r"(?:has\s+|have\s+)?(?:welcomed|welcomes|responded to|responds to|reacted to|reacts to"
    r"|provided an update|provides an update|commented on|comments on"
    r"|(?:is\s+|are\s+)?calling for|calls for|called for"
    r"|(?:is|are|was|were)\s+(?:deeply\s+|profoundly\s+|greatly\s+)?(?:saddened|shocked"
    r"|devastated|heartbroken)|(?:expresses|expressed|extends|extended|offers|offered|sends"
    r"|sent)\s+(?:its|their)\s+(?:\w+\s+)?(?:condolences|sympathy|sympathies))\b")}


def reactions(ledes: np.ndarray, texts: list[str], language: str) -> np.ndarray:
    """The ledes (rows) that state their subject's reaction to the event, not the event
    (REACTS): their article has no lede, as a feature has none."""
    pattern = REACTS.get(language)
    rows = np.flatnonzero(ledes)
    return rows[[pattern is not None and pattern.match(texts[r]) is not None
                 for r in rows.tolist()]]


def _followed(ledes: np.ndarray, articles: np.ndarray) -> np.ndarray:
    """The ledes (rows) that another sentence of their article follows (articles: (n,), in
    article order)."""
    rows = np.flatnonzero(ledes)
    follows = rows + 1 < len(articles)
    follows[follows] = articles[rows[follows] + 1] == articles[rows[follows]]
    return rows[follows]


def _closest_ledes(ledes: np.ndarray, S: sparse.csr_matrix, rows: np.ndarray,
                   nexts: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """For each of `rows` and for the sentence after each (or for `nexts`, one for each), its
    greatest cosine to another article's lede (S: cross-article cosines; ledes: (n,) bool)."""
    if len(rows) == 0:
        return np.zeros(0), np.zeros(0)
    on_ledes = np.where(ledes[S.indices], S.data, 0.0)

    def closest(at: np.ndarray) -> np.ndarray:
        return np.array([on_ledes[S.indptr[r]:S.indptr[r + 1]].max(initial=0.0)
                         for r in at.tolist()], dtype=float)

    return closest(rows), closest(rows + 1 if nexts is None else nexts)


def ledes_told(ledes: np.ndarray, S: sparse.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """For each of `rows`, how many other articles' ledes it is at THRESHOLD from: how many
    of them tell what it tells (S: cross-article cosines, one lede an article)."""
    told = ledes[S.indices] & (S.data >= THRESHOLD)
    return np.array([np.count_nonzero(told[S.indptr[r]:S.indptr[r + 1]]) for r in rows.tolist()],
                    dtype=int)


def lede_links(X: sparse.csr_matrix, S: sparse.csr_matrix, ledes: np.ndarray,
               articles: np.ndarray, event: np.ndarray, close: np.ndarray,
               report: np.ndarray | None = None) -> np.ndarray:
    """Pairs (p, 2) of lede rows to be linked as one fact: ledes of two articles of one event
    that are themselves close (close: (k, k) bool over articles), each on the event's angle,
    neither stated by another sentence of the other's article.

    X: (n, v) L2-normalised TF-IDF rows; S: (n, n) their cross-article cosines; ledes: (n,)
    bool; articles: (n,) positions 0..k-1; event: (n,) the event of each sentence's article.
    A lede is on its event's angle when its cosine to the sum of the event's other ledes
    reaches LEDE_FLOOR, each independent report's lede counted once (report: (k,) the report
    each article is, roots(copy_of); by default each its own): a wire story reprinted twice
    would otherwise weigh three times in the sum, and turn the other outlets' ledes away from
    it. A reprint's lede is on the angle where its original's is. An article that states
    another article's lede in a sentence other than its own lede (a cosine at THRESHOLD)
    opens with something else.
    """
    rows = np.flatnonzero(ledes)
    k = close.shape[0]
    # (lede, article) as lede * k + article, sorted: the articles in which each lede is stated
    # by a sentence that is not their lede
    lede_of = np.repeat(np.arange(S.shape[0]), np.diff(S.indptr))
    by = (lede_of * k + articles[S.indices])[ledes[lede_of] & (S.data >= THRESHOLD)
                                             & ~ledes[S.indices]]
    stated = np.sort(by)
    pairs = [np.zeros((0, 2), dtype=np.int64)]
    of = np.arange(k) if report is None else report
    for e in np.unique(event[rows]).tolist():
        members = rows[event[rows] == e]
        if len(members) < 2:
            continue
        reports = members[of[articles[members]] == articles[members]]
        L = X[reports]
        total = np.asarray(L.sum(axis=0)).ravel()
        own = L.toarray()
        others = total[None, :] - own
        norms = np.linalg.norm(others, axis=1)
        cosine = (own * others).sum(axis=1) / np.where(norms == 0, 1.0, norms)
        angled = np.zeros(k, dtype=bool)  # the reports whose ledes are on the event's angle
        angled[articles[reports[cosine >= LEDE_FLOOR]]] = True
        on = members[angled[of[articles[members]]]]
        pairs.append(_close_pairs(on, articles, close, stated))
    return np.concatenate(pairs).astype(np.int64)


def _close_pairs(on: np.ndarray, articles: np.ndarray, close: np.ndarray,
                 stated: np.ndarray) -> np.ndarray:
    """The pairs (p, 2) of the ledes `on` (rows, in order), a before b, whose
    articles are close (close: (k, k) bool), neither stated in the other's article (stated:
    lede * k + article, sorted; lede_links). By a, then b: as two loops over `on` give them,
    for every pair of ledes at once (the ledes of one event can be thousands on an input far
    larger than a request)."""
    k = close.shape[0]
    first, second = np.nonzero(np.triu(close[np.ix_(articles[on], articles[on])], 1))
    a, b = on[first], on[second]
    apart = ~_in_sorted(a * k + articles[b], stated) & ~_in_sorted(b * k + articles[a], stated)
    return np.c_[a[apart], b[apart]]


def _in_sorted(keys: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Whether each of the keys is among the sorted ones: np.isin by a binary search, where
    numpy 2.4's np.isin hashes (three times as long on 30,000 sentences' ledes)."""
    at = np.minimum(np.searchsorted(sorted_keys, keys), max(len(sorted_keys) - 1, 0))
    return sorted_keys[at] == keys if len(sorted_keys) else np.zeros(len(keys), dtype=bool)


def figure_links(figures: list[list[Figure]], articles: np.ndarray,
                 event: np.ndarray) -> np.ndarray:
    """Pairs (p, 2) of sentences of different articles of one event that give a figure for one
    count (contexts sharing a word): the same figure ("killing 179 people", "179 people died"),
    or, for a toll (TOLLS: the dead, the injured...), figures within DISAGREE of each other
    ("156 people lost their lives", "the death toll rose to 180"): one quantity the sources
    disagree on; or one measure in two systems of units (converts); or one figure of LARGE or
    more in one unit, whatever its words (_one_large_figure); or a count of people in parts
    and its total (_parts_and_total). Figures that moved two ways (one a rise, the other a
    fall: same_way) never link. A context word that more than two sentences per article of the
    event give figures beside ("said"), or more than 2 * NEIGHBOURS (the partners
    cross_similarity keeps of a sentence), links nothing: this also bounds the pairs linearly
    in the input. A toll given that often (each province's, the last disaster's) still links
    the figures that agree (_agreeing).
    """
    # as lists: a numpy array read one element at a time in a Python loop costs several
    # times what a list does
    per_event = np.bincount(event[openings(articles)]).tolist()
    article_of, event_of = articles.tolist(), event.tolist()
    beside: dict[tuple[int, str], list[tuple[int, Figure]]] = {}
    for row, found in enumerate(figures):
        for f in found:
            for word in f.context:
                beside.setdefault((event_of[row], word), []).append((row, f))
    pairs: set[tuple[int, int]] = set()
    for (e, word), given in beside.items():
        most = 2 * min(per_event[e], NEIGHBOURS)
        counted = word in TOLLS
        if len(given) > most and counted:
            # a count of people given all over the event (the toll, each district's, the last
            # outbreak's): too common to link figures near each other, it still links those
            # that agree
            pairs.update(_agreeing(given, article_of, most))
        if not 1 < len(given) <= most:  # no pair, or too common
            continue
        pairs.update((a, b) for i, (a, f) in enumerate(given) for b, g in given[i + 1:]
                     if article_of[a] != article_of[b] and same_way(f, g) and (
                         f.value == g.value
                         or counted and _close(f.value, g.value) and same_time(f, g)))
        # a rounding and a figure it rounds ("almost £5bn" and "4.8 billion pounds", "1.2
        # billion pounds" and "£1,203,400,000")
        rounding = [(a, f, float(f.value)) for a, f in given if f.rounded]
        if rounding:
            values = [(b, g, float(g.value)) for b, g in given]
            pairs.update((min(a, b), max(a, b)) for a, f, x in rounding for b, g, y in values
                         if x != y and abs(x - y) <= ROUGH * x  # near enough to round to it
                         and article_of[a] != article_of[b] and same_way(f, g)
                         and rounds_to(f, g))
        # a figure with decimals and a whole one in digits it rounds to (_whole_of)
        pointed = [(a, f) for a, f in given if _pointed(f)]
        if pointed:
            pairs.update((min(a, b), max(a, b)) for a, f in pointed for b, g in given
                         if article_of[a] != article_of[b] and same_way(f, g)
                         and _whole_of(g, f))
        # one measure in two systems of units ("150 mph" and "241 km/h": converts)
        converted = [(a, f) for a, f in given if f.unit in TO_METRIC]
        if converted:
            pairs.update((min(a, b), max(a, b)) for a, f in converted for b, g in given
                         if article_of[a] != article_of[b] and same_way(f, g)
                         and converts(f, g))
    pairs.update(_one_large_figure(figures, article_of, event_of))
    pairs.update(_parts_and_total(figures, article_of, event_of))
    return np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)


def _parts_and_total(figures: list[list[Figure]], article_of: list[int],
                     event_of: list[int]) -> set[tuple[int, int]]:
    """Pairs of sentences of different articles of one event where one gives a count of people
    in parts and the other its total (_totals, _summed): "carrying 175 passengers and six crew
    members" and "carrying 181 passengers and crew". A total given more often than
    2 * NEIGHBOURS times in an event links nothing, as in figure_links."""
    given: dict[tuple[int, str, str], list[int]] = {}
    for row, found in enumerate(figures):
        for f in found:
            for mark in PEOPLE & f.context:
                given.setdefault((event_of[row], mark, f.value), []).append(row)
    pairs: set[tuple[int, int]] = set()
    for row, found in enumerate(figures):
        for mark, (total, marks) in _totals(found).items():
            rows = given.get((event_of[row], mark, total), [])
            if len(rows) <= 2 * NEIGHBOURS:
                pairs.update((min(row, other), max(row, other)) for other in rows
                             if article_of[other] != article_of[row]
                             and _summed({mark: (total, marks)}, figures[other]))
    return pairs


def _totals(figures: list[Figure]) -> dict[str, tuple[str, frozenset[str]]]:
    """The counts of people (PEOPLE) a sentence of `figures` gives in parts, with their total
    and the marks all its parts bear: several figures of one count, none given as a rise or a
    fall (a toll that "rose from 23 to 41" gives one count twice, not two parts): "175
    passengers and six crew members" (#aboard: 181)."""
    parts: dict[str, list[Figure]] = {}
    for f in figures:
        for mark in PEOPLE & f.context:
            parts.setdefault(mark, []).append(f)
    return {mark: (f"{sum(float(f.value) for f in given):g}",
                   frozenset.intersection(*(PEOPLE & f.context for f in given)))
            for mark, given in parts.items() if len(given) > 1 and not any(f.trend for f in given)}


def _summed(totals: dict[str, tuple[str, frozenset[str]]], other: list[Figure]) -> set[str]:
    """The counts that one sentence gives in parts (`totals`: _totals of its figures) and the
    sentence of figures `other` in total, a total that bears no mark its parts do not all
    bear: "seven passengers were injured" is no total of "killed five passengers and two
    crew"."""
    return {mark for mark, (total, marks) in totals.items()
            if any(mark in f.context and f.value == total and PEOPLE & f.context <= marks
                   for f in other)}


def _agreeing(given: list[tuple[int, Figure]], article_of: list[int],
              most: int) -> set[tuple[int, int]]:
    """Pairs of sentences of different articles whose figures (`given`: row and figure) give
    one value (_agree: the same, a rounding of it or a bound that admits it) for one time and
    moved the same way, for each figure that has at most `most` others within ROUGH of it (a
    rounding or a bound admits no figure further off): a binary search each, so that the
    pairs grow with the figures, not their square."""
    ordered = sorted(given, key=lambda item: float(item[1].value))
    values = [float(f.value) for _, f in ordered]
    pairs: set[tuple[int, int]] = set()
    for (a, f), x in zip(ordered, values, strict=True):
        low, high = bisect_left(values, x - ROUGH * x), bisect_right(values, x + ROUGH * x)
        if high - low <= most + 1:
            pairs.update((min(a, b), max(a, b)) for b, g in ordered[low:high]
                         if article_of[a] != article_of[b] and same_way(f, g)
                         and same_time(f, g) and _agree(f, g))
    return pairs


def _one_large_figure(figures: list[list[Figure]], article_of: list[int],
                      event_of: list[int]) -> set[tuple[int, int]]:
    """Pairs of sentences of different articles of one event that give one figure of LARGE or
    more in one unit, whatever the words around it ("ranged from 45,000, according to police,
    to 120,000, according to unions" and "Organisers gave a much higher figure of 120,000").
    A figure given more often than 2 * NEIGHBOURS times in an event links nothing, as in
    figure_links."""
    given: dict[tuple[int, str, str], list[int]] = {}
    for row, found in enumerate(figures):
        for f in found:
            if float(f.value) >= LARGE:
                given.setdefault((event_of[row], f.value, f.unit), []).append(row)
    return {(a, b) for rows in given.values() if 1 < len(rows) <= 2 * NEIGHBOURS
            for i, a in enumerate(rows) for b in rows[i + 1:] if article_of[a] != article_of[b]}


def _agree(first: Figure, second: Figure) -> bool:
    """Whether two figures give one value: the same, or one a rounding or a bound that admits
    the other (specifics.admits), or the whole one in digits, of WHOLE_FROM or more, that the
    other, with decimals, rounds to (_whole_of: "48 percent" of the vote is no other figure
    than "48.2%")."""
    return (first.value == second.value or admits(first, second) or admits(second, first)
            or any(float(whole.value) >= WHOLE_FROM and _whole_of(whole, pointed)
                   or _to_fewer_decimals(whole, pointed)
                   for whole, pointed in ((first, second), (second, first))))


def _to_fewer_decimals(rounded: Figure, precise: Figure) -> bool:
    """Whether `rounded`, a figure with decimals, is `precise` to fewer of them, rounded half
    up as outlets round ("44,1 %" and "44,09 %" of the vote, "47.4%" and "47.38%" turnout): a
    paper's rounding of an official result, no other reading."""
    places = _decimals(rounded.value)
    return 0 < places < _decimals(precise.value) and Decimal(precise.value).quantize(
        Decimal(1).scaleb(-places), ROUND_HALF_UP) == Decimal(rounded.value)


def _decimals(value: str) -> int:
    """How many decimals a figure's value is given to ("44.09": 2; "12", "2.5e+06": none)."""
    point = value.find(".")
    return 0 if point < 0 or "e" in value else len(value) - point - 1


def _whole_of(whole: Figure, pointed: Figure) -> bool:
    """Whether `whole`, a figure in digits without decimals, is `pointed`, one with decimals,
    to fewer digits ("27 percent" and "27.1 per cent"; a number in words is a count: "two
    people" rounds no "2.1%")."""
    return (_pointed(pointed) and not _pointed(whole) and whole.text[0].isdigit()
            and rounds_to(whole, pointed))


def _pointed(figure: Figure) -> bool:
    """Whether a figure is written with decimals ("27.1 per cent", "2.5 million", or with a
    decimal comma: "14,6 percent")."""
    return "." in figure.text or _DECIMAL_COMMA.search(figure.text) is not None


def _one_toll(first: Figure, firsts: list[Figure], second: Figure,
              seconds: list[Figure]) -> bool:
    """Whether two figures (of the sentences of figures `firsts` and `seconds`) give a count
    of people both name (TOLLS: the dead, the injured...), with the same word after them or
    none (not "20 million copies" beside "died aged 84"), each its sentence's only figure for
    it: a second figure for it counts part of the toll ("Five people, including two children,
    were killed")."""
    both = TOLLS & first.context & second.context
    return bool(both) and first.noun == second.noun and all(
        sum(not both.isdisjoint(f.context) for f in figures) == 1 for figures in (firsts, seconds))


def _near(first: Figure, second: Figure) -> bool:
    """Whether two figures may give one count outside a fact (rivals): their values within
    DISAGREE of each other (_close), or both estimates of a crowd (CROWD), rounded, which the
    police and the organisers of a march give several times apart (38,000 against 210,000); a
    figure written exactly beside marchers is no estimate of them ("62 and not a day more")."""
    return (_close(first.value, second.value)
            or CROWD in first.context and CROWD in second.context
            and first.rounded and second.rounded)


def _apart_by(first: str, second: str) -> float:
    """The factor between two figures' values (infinite where one is nought or less)."""
    a, b = float(first), float(second)
    return max(a, b) / min(a, b) if min(a, b) > 0 else float("inf")


def _close(first: str, second: str) -> bool:
    """Whether two figures' values are within DISAGREE of each other."""
    return _apart_by(first, second) <= DISAGREE


def fact_similarity(S: sparse.csr_matrix, event: np.ndarray, figures: list[list[Figure]],
                    ledes: np.ndarray, counts: np.ndarray | None = None,
                    named: list[frozenset[str]] | None = None,
                    common: frozenset[str] = frozenset()) -> sparse.csr_matrix:
    """The links between sentences that may state one fact (n, n), symmetric.

    S: cross-article cosines kept from LOW (cross_similarity(X, articles, LOW)); event: (n,)
    the event of each sentence's article; figures: each sentence's (specifics.figures);
    ledes: pairs (p, 2) from lede_links, linked at LEDE_LINK; counts: pairs (p, 2) from
    figure_links, linked at FIGURE_LINK; either when their wording is not closer. named: each
    sentence's name keys (specifics.name_keys), common: the story's own names
    (specifics.common_names): two sentences named apart (each naming someone or somewhere
    particular, with no name in common; specifics.named_apart) are about different people or
    places, and are not linked but as ledes.
    """
    n = S.shape[0]
    C = S.tocoo()
    rows, cols, values = C.row, C.col, C.data.astype(np.float64)
    keep = event[rows] == event[cols]  # facts are facts of one event
    values[meet(incidence([{f.value for f in found} for found in figures]), rows, cols)] \
        += FIGURE_BONUS  # a figure in common
    keep &= values >= THRESHOLD
    rows, cols, values = rows[keep], cols[keep], np.minimum(values[keep], 1.0)
    added = np.zeros((0, 2), dtype=np.int64) if counts is None else counts
    if named is not None:
        # apart: each names someone particular (a name not common), and no name is in both
        N = incidence(named)
        particular = np.array([bool(keys - common) for keys in named], dtype=bool)

        def apart(a: np.ndarray, b: np.ndarray) -> np.ndarray:
            out = particular[a] & particular[b]
            out[out] = ~meet(N, a[out], b[out])  # only where both name someone
            return out

        near = ~apart(rows, cols)
        rows, cols, values = rows[near], cols[near], values[near]
        added = added[~apart(added[:, 0], added[:, 1])]
    # S's entries kept, in order and distinct, mirrored as they are; the pairs added (figures,
    # then ledes, whatever their names) sorted with their mirrors, the larger value where a
    # cell is given twice (symmetric's sort of every entry took a third of this function on a
    # large input)
    kept = by_rows(rows, cols, values.astype(np.float32), (n, n))
    pairs = np.r_[added, ledes].astype(np.int64)
    links = np.r_[np.full(len(added), FIGURE_LINK), np.full(len(ledes), LEDE_LINK)]
    return kept.maximum(kept.T).maximum(
        symmetric(pairs[:, 0], pairs[:, 1], links.astype(np.float32), n))


def stated_by(row: int, clusters: np.ndarray, links: sparse.csr_matrix) -> list[int]:
    """The other sentences that state the fact of the sentence at `row`, in order: its
    cluster's members; those linked to it at STATED; and those whose mean link to the members
    (`row` among them) reaches THRESHOLD, the bar average linkage holds a member to. The
    clustering gives each sentence one fact, the one it is closest to, where a sentence may
    state two ("Kraus, who led the agency since February, resigned over the agreement signed
    Monday"): it states this one too when it is as close to this cluster as its members are.

    clusters: (n,) facts (facts()); links: (n, n) the links they were cut from.
    """
    same = np.flatnonzero(clusters == clusters[row]).tolist()
    # the members' rows summed as their entries, not as links[same] (scipy's indexing of rows
    # took a twentieth of the seed set's brief: bench/paired.py)
    rows = [slice(links.indptr[m], links.indptr[m + 1]) for m in same]
    total = np.bincount(np.concatenate([links.indices[r] for r in rows]),
                        np.concatenate([links.data[r] for r in rows]), links.shape[0])
    found = set(same) | set(linked(links, [row], STATED).tolist())
    found.update(np.flatnonzero(total / len(same) >= THRESHOLD).tolist())
    return sorted(found - {row})


def linked(links: sparse.csr_matrix, rows: list[int], bar: float = 0.0) -> np.ndarray:
    """The sentences linked to `rows` at `bar` or more, row after row: the columns of their
    rows of `links` (n, n; fact_similarity's, or a facts() result's). The bar is read in the
    links' own precision (float32: STATED is the float32 nearest 0.3, as a link at it is)."""
    least = links.data.dtype.type(bar)
    held = []
    for row in rows:
        start, end = links.indptr[row], links.indptr[row + 1]
        held.append(links.indices[start:end][links.data[start:end] >= least])
    return np.concatenate(held) if held else np.zeros(0, dtype=links.indices.dtype)


def link_facts(links: sparse.csr_matrix, clusters: np.ndarray, pairs: list[tuple[int, int]],
               value: float) -> sparse.csr_matrix:
    """`links` (n, n, symmetric) with the facts of each pair of rows (their clusters, (n,))
    linked at `value` at least: every sentence of the one to every sentence of the other, both
    ways."""
    if not pairs:
        return links
    cells = np.concatenate([np.array(np.meshgrid(np.flatnonzero(clusters == clusters[a]),
                                                 np.flatnonzero(clusters == clusters[b])))
                            .reshape(2, -1) for a, b in pairs], axis=1)
    rows, columns = np.r_[cells[0], cells[1]], np.r_[cells[1], cells[0]]
    added = sparse.csr_matrix((np.full(len(rows), value, dtype=links.dtype), (rows, columns)),
                              shape=links.shape)
    return links.maximum(added).tocsr()


def same_fact(first: list[str], second: list[str], language: str = "english") -> list[bool]:
    """Whether first[i] and second[i], sentences of two articles about one event, state the
    same fact, for each i, as fact_similarity links two sentences: their cosine (TF-IDF over all
    the sentences given, as over a request's, each counted once however many pairs it is in)
    with a figure both give, or one figure for one count, or two figures of one count of the
    dead, injured... (one fact the sources disagree on); not when each names someone or
    somewhere the other does not name at all (names folded as TF-IDF folds them:
    folded_name_keys), and not when they share names and no other word (by_names_alone: the
    same person saying something else). Sentences of the same words are one fact even without
    a content word. Where the words leave a pair open and its specifics do not set it apart
    (not named apart, no figures at odds), the sentence encoder decides, at the cosine at which
    it adds a brief sentence's sources (paraphrase.py; English, when it is built:
    encoder.available()): about 3 ms for each sentence of such a pair, each read once.

    Raises InputError when the lists differ in length, hold something other than strings, or
    the language is not one of LANGUAGES.
    """
    if language not in LANGUAGES:
        raise InputError(f"language: {language!r} is not one of {', '.join(LANGUAGES)}",
                         "language")
    if len(first) != len(second):
        raise InputError(f"first and second: {len(first)} and {len(second)} sentences; "
                         "give them pair by pair, as two lists of one length", "second")
    if not all(isinstance(t, str) for t in [*first, *second]):
        raise InputError("first and second: every sentence must be a string", "first")
    n = len(first)
    if n == 0:
        return []
    # each sentence read once, however many pairs it is in: the document frequencies and the
    # spellings of names count sentences, not pairs
    texts = list(dict.fromkeys([*first, *second]))
    row_of = {text: row for row, text in enumerate(texts)}
    rows = [row_of[text] for text in [*first, *second]]  # first's, then second's
    X = tfidf(texts, language)[rows]
    cosine = np.asarray(X[:n].multiply(X[n:]).sum(axis=1)).ravel()
    # each text's specifics, read once: its figures, names and other words
    found = [claimed(text, language) for text in texts]
    # each pair on its own: a name of one that the other does not name sets them apart. With
    # no story around the pairs, none of their names is the story's own (common_names, which
    # the brief's clustering exempts): the names are folded as TF-IDF folds them instead, so
    # that "Internal Revenue Service" and "IRS", or Klaus and Krause, are one name
    named = folded_name_keys(texts, language)
    words = [words_of(text, language) for text in texts]
    two, one_event = np.array([0, 1]), np.zeros(2, dtype=np.int64)
    same = []
    for i, (a, b) in enumerate(zip(first, second, strict=True)):
        j, k = rows[i], rows[n + i]
        pair = [found[j], found[k]]
        value = cosine[i] + (FIGURE_BONUS if cosine[i] >= LOW and share_a_figure(*pair) else 0.0)
        counted = len(figure_links(pair, two, one_event)) > 0
        worded = value >= THRESHOLD and (named[j].isdisjoint(named[k])
                                         or not _apart(words[j], words[k]))
        same.append(a.split() == b.split() or (worded or counted)
                    and not named_apart(named[j], named[k]))
    # where the words leave it open, the sentence encoder decides: a pair not named apart
    # that gives no figures at odds, whatever words it shares. A brief's sources encode only
    # the closest sentence of each article (from LOW) that names someone the brief sentence
    # names (paraphrase.candidates), within a budget of encodings; here the caller has chosen
    # the pairs, and each is read. Against asking only pairs from LOW with a name in common:
    # on the four real sets' labelled pairs F 0.513 -> 0.524 (P 0.556 -> 0.557), on the
    # written sets' 0.498 -> 0.503 (P 0.600 -> 0.598) (docs/quality.md).
    unsure = [(j, k) for j, k, s in zip(rows[:n], rows[n:], same, strict=True)
              if not s and not named_apart(named[j], named[k]) and free(found[j], found[k])]
    if unsure and encoder.reads(language):
        stated = set(encoder.in_other_words(unsure, texts))
        same = [s or (j, k) in stated for j, k, s in zip(rows[:n], rows[n:], same, strict=True)]
    return same


def facts(X: sparse.csr_matrix, articles: np.ndarray, event: np.ndarray, close: np.ndarray,
          ledes: np.ndarray, figures: list[list[Figure]], named: list[frozenset[str]],
          common: frozenset[str], texts: list[str], S: sparse.csr_matrix | None = None,
          report: np.ndarray | None = None, copies: np.ndarray | None = None
          ) -> tuple[np.ndarray, sparse.csr_matrix]:
    """The fact of each sentence (n,) labels 0..k-1, numbered by first sentence, and the links
    (n, n) it was cut from (fact_similarity): a sentence linked to another at STATED states its
    fact, whether or not average linkage keeps it in that sentence's cluster.

    X: (n, v) TF-IDF rows; articles: (n,) article positions 0..k-1; event: (n,) each
    sentence's event; close: (k, k) bool, the pairs of articles close enough for their ledes
    to be one fact; ledes: (n,) bool; figures: each sentence's; named: each sentence's name
    keys, common: the story's own (fact_similarity); texts: the sentences.
    S: cross_similarity(X, articles, LOW), when already computed; report: (k,) the report each
    article is (roots of events.reprints), by default each its own (lede_links); copies: (n,)
    labels of the sentences that are copies of one another in reprints (events.copies), by
    default none: one of them, the first by text, stands for all in the clustering, where each
    would weigh in every average it takes part in as a report of its own, and the others take
    its fact.
    """
    if S is None:
        S = cross_similarity(X, articles, LOW)
    links = fact_similarity(S, event, figures,
                            lede_links(X, S, ledes, articles, event, close, report),
                            figure_links(figures, articles, event), named, common)
    # ties between equal links (two ledes at LEDE_LINK, two figures at FIGURE_LINK) settled in
    # the order of the sentences' texts, not of the request: a set's facts are the same
    # whatever the order its articles come in
    by_text = np.empty(len(texts), dtype=np.int64)
    by_text[sorted(range(len(texts)), key=texts.__getitem__)] = np.arange(len(texts))
    n = len(texts)
    groups = np.arange(n) if copies is None else copies
    # each group of copies stands in the clustering as its member first by text
    first = np.full(int(groups.max(initial=-1)) + 1, n)
    np.minimum.at(first, groups, by_text)
    kept = np.flatnonzero(by_text == first[groups])
    stand = np.empty(len(first), dtype=np.int64)
    stand[groups[kept]] = cluster(links if len(kept) == n else links[kept][:, kept], THRESHOLD,
                                  by_text[kept])
    return join_wordless(by_first_sentence(stand[groups]), texts, X), links


def by_names_alone(texts: list[str], named: list[frozenset[str]], row: int, others: list[int],
                   language: str) -> list[bool]:
    """For each of `others`, whether it shares names with the sentence at `row` and no word,
    both holding words (specifics.words_of): it is about the same people or places, which says
    nothing of whether it states the same thing ("Gov. DeSantis said the storm will make
    history" and a quotation of his).

    texts: the sentences; named: each sentence's name keys (specifics.name_keys).
    """
    words = words_of(texts[row], language)
    return [not named[row].isdisjoint(named[o]) and _apart(words, words_of(texts[o], language))
            for o in others]


def _apart(words: frozenset[str], others: frozenset[str]) -> bool:
    """Whether two sentences' words (words_of) hold none in common, when both hold some: a
    sentence of names alone ("Mayor Ruiz, of Millford.") says nothing more to compare."""
    return bool(words) and bool(others) and words.isdisjoint(others)


def roots(copy_of: list[int | None]) -> np.ndarray:
    """The independent report of each article (k,): itself, or the article it copies."""
    return np.array([a if c is None else c for a, c in enumerate(copy_of)], dtype=np.int64)


def cluster_support(clusters: np.ndarray, report: np.ndarray) -> np.ndarray:
    """For each sentence (n,), the number of independent reports among its fact's sentences.

    clusters: (n,) facts, labels 0..k-1; report: (n,) the independent report of each
    sentence's article."""
    k = int(clusters.max(initial=-1)) + 1
    width = int(report.max(initial=-1)) + 1
    pairs = np.unique(clusters.astype(np.int64) * max(width, 1) + report)
    return np.bincount(pairs // max(width, 1), minlength=k)[clusters]


def joined(clusters: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
    """The facts (n,) with the facts of each pair of rows made one, under the first's label:
    a fact found stated twice (figures_twice, paraphrase.restated) is one fact, whose figures
    the reports of both give (figure_support)."""
    out = clusters.copy()
    for a, b in pairs:
        out[out == out[b]] = out[a]
    return out


def figure_support(clusters: np.ndarray, figures: list[list[Figure]],
                   report: np.ndarray) -> np.ndarray:
    """For each sentence (n,), the most independent reports of its fact that give one of its
    figures (0 for a sentence without figures). A person's age is not counted: it says who
    someone is, not what happened (a foreign desk's "The engineer Tomas Brandt (41) is free",
    which leaves out the nurse freed with him, gave an age three reports give, as a lede that
    gives the event's figures does).

    clusters: (n,) facts; report: (n,) the independent report of each sentence's article.
    """
    cluster_of, report_of = clusters.tolist(), report.tolist()  # lists: read one at a time
    told = [[f.value for f in found if not f.age] for found in figures]
    reports: dict[tuple[int, str], set[int]] = {}
    for row, values in enumerate(told):
        for value in values:
            reports.setdefault((cluster_of[row], value), set()).add(report_of[row])
    return np.array([max((len(reports[(cluster_of[row], value)]) for value in values),
                         default=0) for row, values in enumerate(told)], dtype=np.int64)


def outvoted(row: int, event: np.ndarray, report: np.ndarray, found: list[list[Figure]],
             hours: np.ndarray) -> bool:
    """Whether the sentence at `row` gives a figure that more independent reports of its event,
    none published before its own, give otherwise for one count (specifics.one_count, within
    DISAGREE of it, as rivals reads them: not a fraud's $63 million and its fines) than give
    it, or a value its rounding or bound admits (specifics.admits: "8,214" for "about 8,200"):
    a wire's "about 280 schools" at two in the afternoon, where four later reports say 300. A
    report that gives both votes for neither.
    An earlier report outvotes no figure: a count grows over a day, and the last word on it is
    a later report's (a quake's 41 dead, not the 23 of its first reports). Ages are no figures
    of the event (figure_support).

    event, report: (n,) each sentence's event and the independent report of its article;
    found: each sentence's figures; hours: (n,) when each sentence's article was published
    (events.published_hours; nan unknown, which counts as no earlier)."""
    own = [f for f in found[row] if not f.age]
    if not own:
        return False
    near = np.flatnonzero((event == event[row]) & (report != report[row]))
    earlier = (hours[near] < hours[row]).tolist()  # nan on either side: not earlier
    giving: dict[str, set[int]] = {f.value: {int(report[row])} for f in own}
    against: dict[tuple[str, str], set[int]] = {}
    for other, before in zip(near.tolist(), earlier, strict=True):
        for g in (g for g in found[other] if not g.age):
            for f in own:
                if not f.context.isdisjoint(g.context) and (g.value == f.value
                                                             or admits(f, g)):
                    giving[f.value].add(int(report[other]))  # "8,214" for "about 8,200"
                elif not before and g.value != f.value and _near(f, g) and one_count(f, g):
                    against.setdefault((f.value, g.value), set()).add(int(report[other]))
    # a report that gives both values votes for neither: it gives two sources' counts (the
    # civil protection's 8,214 evacuated and a mayor's "more than 10,000")
    return any(len(reports - giving[value]) > len(giving[value] - reports)
               for (value, _), reports in against.items())


def shared_wording(F: sparse.csr_matrix, articles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each sentence (n,), how much of its wording other articles share, and how much of
    its whole article's wording they share.

    F: (n, m), sparse, which sentence holds which word or pair of words (its entries, whatever
    their values). The first share is that of the sentence's features that another article
    also uses (1 for a sentence without any), times the second, the same share over its whole
    article: low for a wording of its own, and for an article written in words of its own
    throughout. Synonym spinning puts odd words in fixed phrases ("Inner Income Service") and
    machine translation the usual words in an odd order ("the dam of Korvel"), and each does so
    to a whole article, where one sentence's few pairs of words say little."""
    n = F.shape[0]
    row = np.repeat(np.arange(n), np.diff(F.indptr))
    article = articles[row]  # of each entry
    shared = (_articles_using(F.indices, article) > 1).astype(float)
    used = np.bincount(row, minlength=n).astype(float)
    own = np.where(used > 0, np.bincount(row, weights=shared, minlength=n) / np.maximum(used, 1),
                   1.0)
    k = int(articles.max(initial=-1)) + 1
    whole = np.bincount(article, weights=shared, minlength=k) / np.maximum(
        np.bincount(article, minlength=k), 1)
    return own * whole[articles], whole[articles]


def words_in_common(F: sparse.csr_matrix, articles: np.ndarray,
                    clusters: np.ndarray) -> np.ndarray:
    """For each sentence (n,), how many of its words (F's entries) another article of its fact
    uses as well: how much it says of what the fact's sources agree on.

    F: (n, m), sparse, which sentence holds which word; articles: (n,) article positions;
    clusters: (n,) facts, labels from 0."""
    n, m = F.shape
    row = np.repeat(np.arange(n), np.diff(F.indptr))
    word = clusters[row].astype(np.int64) * m + F.indices  # a word within one fact
    return np.bincount(row, weights=_articles_using(word, articles[row]) > 1, minlength=n)


def _articles_using(keys: np.ndarray, article: np.ndarray) -> np.ndarray:
    """For each entry (a key, >= 0, and the article it is in), how many articles hold an
    entry of its key. Each (key, article) pair is counted once, as one integer key sorted
    (numpy 2's np.unique hashes them instead: 0.51 s against 0.04 s for X at 100,000
    sentences, once measured): the runs of one key are then its articles."""
    width = int(article.max(initial=0)) + 1
    pair = np.sort(keys.astype(np.int64) * width + article)
    used = pair[np.diff(pair, prepend=-1) != 0] // width  # each key once per article, sorted
    first = np.flatnonzero(np.diff(used, prepend=-1) != 0)
    return np.diff(np.r_[first, len(used)])[np.searchsorted(used[first], keys)]


def superseded(clusters: np.ndarray, articles: np.ndarray, posted: np.ndarray,
               found: list[list[Figure]]) -> np.ndarray:
    """Which sentences (n,) a live page has since updated: a post of a page whose posts run
    newest first (posted: (n,) whether each sentence's article is such a page) that gives
    another figure for a count a post above it, in its fact, gives ("New projection: Civic
    Renewal 37" below "our projection now stands at Civic Renewal 38"). The page itself says
    the figure is past; its newer post states the fact.

    clusters, articles: (n,) each sentence's fact and article, the pool in article order;
    found: each sentence's figures."""
    out = np.zeros(len(clusters), dtype=bool)
    newer: dict[tuple[int, int], list[int]] = {}  # the posts above, by article and fact
    for row in np.flatnonzero(posted).tolist():
        if not found[row]:
            continue
        above = newer.setdefault((int(articles[row]), int(clusters[row])), [])
        out[row] = bool(above) and bool(disagreements(found[row], [found[r] for r in above]))
        above.append(row)
    return out


def disagreements(own: list[Figure], others: list[list[Figure]],
                  against: list[frozenset[int]] | None = None,
                  counts: frozenset[str] | None = None,
                  things: bool = False, measured: bool = False) -> list[tuple[int, list[str]]]:
    """Which of the `others` (each a sentence's figures) give another figure for a count that
    the sentence of figures `own` gives (specifics.one_count), within DISAGREE of it or, for a
    count of people both name and each gives one figure for (_one_toll), any: (their
    position, those figures as written). A toll may grow past twice its first count within a
    day ("at least 12" in the morning, 27 by the next), and a sentence that states the fact
    with the earlier count still gives it.

    against: for each of the others, the figures it sets against another of its own
    (contested): one of them that `own` gives too leaves the other a disagreement ("police
    said seven, but the hospital put the number at nine"). counts, things: for sentences
    outside the fact (rivals), where counts are given, only figures within DISAGREE of each
    other are compared, that both name one of these counts by (a mark of COUNTS in both
    contexts) or, with `things`, that count one thing (_one_thing), or, with `measured`, that
    measure one thing in one unit (_one_measure: a sum, a share, a speed), as for the sentences
    that each name who gives its figure, beside a brief sentence in its article (beside) or
    outside its fact (rivals). A sentence that lists the parts of the other's total gives no
    other figure for it (_listed)."""
    out: list[tuple[int, list[str]]] = []
    own_totals, own_lesser = _totals(own), _lesser(own, frozenset())
    for at, theirs in enumerate(others):
        if _listed(own, theirs) or _listed(theirs, own):
            continue  # a total and its parts: "1,146 tortoises, lizards and birds", "640 …"
        pitted = against[at] if against else frozenset()
        # a figure both give (or one rounds the other's) is no disagreement, and the other
        # figures of either sentence count other things ("about 54 percent" of the vote and
        # "54.2% of the vote against 45.8%"), unless the other sets them against it; nor is
        # one more than DISAGREE off ($253 a share and a $55.35 billion market value), unless
        # each gives one figure for a toll both name (_one_toll); nor are the parts of a
        # count the other gives in total ("175 passengers and six crew", "181 passengers and
        # crew")
        summed = _summed(own_totals, theirs) | _summed(_totals(theirs), own)
        agreed = _agreed(own, [f for k, f in enumerate(theirs) if k not in pitted])
        their_lesser = _lesser(theirs, pitted)
        mine = [g for k, g in enumerate(own) if summed.isdisjoint(g.context)
                and not _settled(g, agreed) and k not in own_lesser
                and not any(_agree(g, f) for k, f in enumerate(theirs) if k not in pitted)]
        differ = [f.text for k, f in enumerate(theirs) if not any(_agree(g, f) for g in own)
                  and summed.isdisjoint(f.context) and not _settled(f, agreed)
                  and k not in their_lesser
                  and any(_differs(g, own, f, theirs, counts, things, measured)
                          for g in mine)]
        if differ:
            out.append((at, list(dict.fromkeys(differ))))
    return out


def _lesser(figures: list[Figure], pitted: frozenset[int]) -> set[int]:
    """The positions of a sentence's figures for a count of people (PEOPLE) after a greater
    figure it gives for that count, not set against it (`pitted`: contested): the people of a
    severity, or those taken to hospital, among all it counts ("41 people were assessed or
    treated and 14 taken to hospital", "Há agora 41 casos, 26 doentes internados"), no other
    figure for the whole count another sentence gives. (A lesser figure before a greater one
    is as often another count: "quattro giovani morti, la più giovane di appena 19 anni". A
    part it names as one, "tres de ellos graves", is compared with parts: _differs.)"""
    return {k for k, f in enumerate(figures) if k not in pitted and not f.part
            and PEOPLE & f.context
            and any(j not in pitted and PEOPLE & f.context & g.context
                    and float(g.value) > float(f.value) for j, g in enumerate(figures[:k]))}


def _listed(parts: list[Figure], whole: list[Figure]) -> bool:
    """Whether a sentence of figures `parts` lists the parts of a total the sentence of figures
    `whole` gives: two or more counts of things (no unit, share, rise or fall, year or age)
    that add up to a figure of `whole` that names one of the things they count ("640
    tortoises, 310 lizards … and 196 birds" of "1,146 tortoises, lizards and birds"). A sum
    met to the unit is seldom met by chance."""
    counts = [f for f in parts if f.noun and not (f.unit or f.loose or f.trend or f.dated
                                                   or f.age)]
    if len(counts) < 2:
        return False
    total = sum(float(f.value) for f in counts)
    return any(float(f.value) == total and any(g.noun in f.context for g in counts)
               for f in whole)


def _agreed(own: list[Figure], theirs: list[Figure]) -> set[str]:
    """The counts of people (PEOPLE) that two sentences of figures `own` and `theirs` give one
    figure for: their other figures for it count parts of it or an earlier count ("police have
    confirmed five deaths, three Korvelians and two Lusarians" beside "killed five people;
    rescuers had earlier put the toll at four"), no other figure for it. A part of the count
    that both give is none ("21 personer har vårdats …, varav fyra allvarligt skadade", "23
    personer skadats, varav fyra allvarligt")."""
    return {mark for g in own for f in theirs if _agree(g, f) and not (g.part and f.part)
            for mark in PEOPLE & g.context & f.context}


def _settled(figure: Figure, agreed: set[str]) -> bool:
    """Whether a figure counts only people of counts two sentences agree on (_agreed)."""
    marks = PEOPLE & figure.context
    return bool(marks) and marks <= agreed


def _differs(first: Figure, firsts: list[Figure], second: Figure, seconds: list[Figure],
             counts: frozenset[str] | None, things: bool = False,
             measured: bool = False) -> bool:
    """Whether two figures that do not agree (of the sentences of figures `firsts` and
    `seconds`) give one count differently (disagreements); a part of a group is no other
    figure for the group's count ("Eleven of the 14 miners", "Five of the dead"), though two
    parts may be ("Three of the dead were children"); nor is where a change started ("rose to
    4.1 billion from 3.3 billion") for the count now; nor is a count over another span of time
    (specifics.SPANS: "in the 48 hours before" against "over the past seven days"), nor one
    over years for the event's ("eleven lives in the past ten years" against six), nor a rate
    or an average for a total (specifics.RATES: "three persons die per year by lightning"
    against a festival's "a second person has died"); nor, outside one fact (counts), an
    age, which is a person's ("A terceira vítima …, de 66 anos" beside the first victim's
    81), nor, anywhere, the ages of two people named apart ("Simon Abbot-Clarke, 47," and
    "Graham Fennimore, 61,"; specifics._PERSON_BEFORE), nor an age that either sentence gives
    after no name (whose, it does not say: "die Leiche eines 41 Jahre alten Mannes" and "eines
    29 Jahre alten Mannes", two bodies); nor is a
    figure whose sentence gives another for the count of people the first names
    (_named_elsewhere: "11 skiers caught, five rescued alive" beside "the number rescued alive
    to six")."""
    if (first.part != second.part or first.earlier != second.earlier
            or (first.age or second.age) and not (first.person and second.person)
            or first.person and second.person
            and set(first.person.split()).isdisjoint(second.person.split())
            or first.span != second.span and (first.span and second.span
                                              or max(first.span, second.span) >= YEAR_HOURS)
            or first.rate != second.rate
            or _named_elsewhere(first, second, seconds) or _named_elsewhere(second, first, firsts)):
        return False
    if counts is not None:  # (an age counts no one: "the third victim, 66," is no toll)
        return (not first.age and not second.age and one_count(first, second)
                and _near(first, second)
                and (not counts.isdisjoint(first.context & second.context)
                     or things and _one_thing(first, second)
                     or measured and _one_measure(first, second)))
    return one_count(first, second) and (_close(first.value, second.value)
                                         or _one_toll(first, firsts, second, seconds))


def _one_thing(first: Figure, second: Figure) -> bool:
    """Whether two figures without a unit count one thing that is no people (PEOPLE): the
    noun after the first, after the second too or, where none follows it, among its words
    ("About 42,000 households", "38,500 households are affected", "the number of households
    covered by the notice at 38,500"). Figures of sentences outside one fact that only share
    words counted other things as often as one (a share's close and an offer's price, a
    river's level and its record: docs/quality.md); a noun says what is counted."""
    return (_a_thing(first) and not second.unit and not second.whole
            and PEOPLE.isdisjoint(second.context)
            and (second.noun == first.noun or not second.noun and first.noun in second.context))


def _one_measure(first: Figure, second: Figure) -> bool:
    """Whether two figures in one unit (a sum, a share, a speed) measure one thing: a word
    around the first is around the second too ("put sustained winds at 185 km/h", "one-minute
    sustained winds at 215 km/h"; "Las pérdidas se calculan en 38 millones de euros", "eleva
    las pérdidas a 42 millones"). Figures in one unit with no word in common measure other
    things as often (a share's close and an offer's price, a ministry's aid and a union's
    demand)."""
    return (bool(first.unit) and first.unit == second.unit
            and not first.context.isdisjoint(second.context))


def _a_thing(figure: Figure) -> bool:
    """Whether a figure (measured) counts a thing a noun after it names, without a unit, and
    no people (PEOPLE), nor the size of a group (specifics.GROUP_OF: "47 of its 132 stores"
    beside "85 stores" left open)."""
    return (bool(figure.noun) and not figure.unit and not figure.whole
            and PEOPLE.isdisjoint(figure.context))


def _named_elsewhere(first: Figure, second: Figure, seconds: list[Figure]) -> bool:
    """Whether `second` names none of the counts of people (PEOPLE) that `first` names, and
    another of its sentence's figures (`seconds`) does: that one is the sentence's figure for
    them, and `second` counts something else."""
    marks = PEOPLE & first.context
    return bool(marks) and marks.isdisjoint(second.context) and any(
        not marks.isdisjoint(other.context) for other in seconds if other is not second)


def contested(text: str, found: list[Figure], language: str) -> frozenset[int]:
    """The figures (their places in `found`, the figures of the sentence `text`) that the
    sentence sets against another of its figures for one count within DISAGREE of it
    (specifics.set_against): a disagreement it reports itself ("measured the earthquake at
    6.8, but the Global Seismic Monitoring Centre put it at 7.1"). A figure for that count
    between the two is the one set against the second ("Prices rose 5.1% …, and the bank now
    thinks inflation will average 4.6% next year, not the 3.9% it said": 4.6 against 3.9, and
    5.1 is a count of its own)."""
    def pair(i: int, j: int) -> bool:
        return one_count(found[i], found[j]) and _close(found[i].value, found[j].value)

    return frozenset(k for i, first in enumerate(found) for j in range(i + 1, len(found))
                     if pair(i, j) and not any(pair(m, j) for m in range(i + 1, j))
                     and set_against(text, first, found[j], language) for k in (i, j))


def counts_twice(rows: list[int], texts: list[str], event: np.ndarray,
                 found: list[list[Figure]], placed: Callable[[int], frozenset[str]],
                 common: frozenset[str], language: str) -> list[tuple[int, int]]:
    """The pairs (earlier, later) of the brief's sentences (`rows`, in the order chosen) that
    give one count differently, which the brief states once, the other figure among its
    disagreements: a count of people within DISAGREE of each other (disagreements, with what
    either sets against its own figures: contested), one quantity the sources disagree on
    ("41 deaths" by an agency's count, "the number of dead to 40" by the ministry's); or a count
    of one thing named by one noun, within DISAGREE of each other (counted_things: "About 800
    vehicles were caught", "in total 650 vehicles enclosed"), by two reports or by one (a wire
    that gives the rescue service's count and then the council's). They are of one event and
    not named apart (each naming someone or somewhere the other does not, `common`: the story's
    own names, which name no one in particular): "seven dead in Lindrau", "five in Pellham".
    event: (n,) each sentence's event; found: each sentence's figures; placed: a sentence's
    name keys but those of who speaks or gives its figures, by row (pipeline._placed)."""
    given = {row: figures(texts[row], language, measured=True) if found[row] else []
             for row in rows}
    against = {row: contested(texts[row], given[row], language) for row in rows}
    counting = counted_things(found, given.values(), texts, language)
    # the sentences that count a thing each counts, in any report ("25 000 hushåll", then
    # "Tallbacka kommun anger att 22 000 hushåll")
    near = {row: {int(other) for f in given[row] if _a_thing(f)
                  for other in counting.get((f.noun, f.dated), [])} for row in rows}

    def shown_against(first: int, second: int) -> bool:
        return (bool(disagreements(given[first], [given[second]], [against[second]], TOLLS))
                or second in near[first]
                and bool(disagreements(given[first], [given[second]], [against[second]],
                                       TOLLS, things=True)))

    return [(a, b) for i, a in enumerate(rows) for b in rows[i + 1:]
            if event[a] == event[b] and given[a] and given[b]
            and not named_apart(placed(a), placed(b), common)
            and (shown_against(a, b) or shown_against(b, a))]


# Figures two sentences give together from which they make one statement, round or not: one
# round figure two sentences share may be chance ("1,100 jobs", "1,100 homes"), two seldom are.
TOGETHER = 2


def figures_twice(rows: list[int], found: list[list[Figure]], event: np.ndarray,
                  named: list[frozenset[str]], common: frozenset[str]) -> list[tuple[int, int]]:
    """The pairs (earlier, later) of the brief's sentences (`rows`, in the order chosen) that
    give one telling figure (_telling) in one unit for the same years, or TOGETHER figures of
    any kind (a developer's "will cost 4.2 billion pounds and create 1,100 construction jobs",
    its release's "an investment of £4.2 billion … an estimated 1,100 jobs"), or one toll each
    gives alone (_lone_tolls), or one count of people that one gives in parts and the other in
    total (_totals): one statement, though in words that share little else ("annual inflation
    fell more than expected to 3.4%", "consumer prices rose 3.4% from a year earlier";
    "carrying 181 passengers and crew", "carrying 175 passengers and six crew members"), which
    the brief states once. A wire states its lede's
    figure again in its second sentence, where a brief has no room for it twice. They are of
    one event and, but for figures given together, not named apart (each naming someone or
    somewhere the other does not, `common`: the story's own names: "England's east coast",
    "the Port of Wexmouth"). event: (n,) each sentence's event; found, named: each
    sentence's figures and name keys."""
    given = {row: {(f.value, f.unit, f.dated) for f in found[row] if not f.age} for row in rows}
    told = {row: {(f.value, f.unit, f.dated) for f in found[row] if _telling(f)}
            | _lone_tolls(found[row]) for row in rows}
    totals = {row: _totals(found[row]) for row in rows}
    return [(a, b) for i, a in enumerate(rows) for b in rows[i + 1:]
            if event[a] == event[b] and (len(given[a] & given[b]) >= TOGETHER
                                         or not named_apart(named[a], named[b], common)
                                         and (not told[a].isdisjoint(told[b])
                                              or bool(_summed(totals[a], found[b])
                                                      or _summed(totals[b], found[a]))))]


def _lone_tolls(figures: list[Figure]) -> set[tuple[str, str, frozenset[int]]]:
    """The tolls a sentence gives alone, each the only figure of its count there (TOLLS) and
    given as it is (not "about 2,000", as _telling), as (value, count, years): a toll two
    sentences give so is one statement ("killing at least 11 people", "By midday the toll had
    risen to 11"), where one that gives it with what it holds ("179 people, 85 women, 84 men
    and 10 others") tells another fact of it."""
    marks = [f.context & TOLLS for f in figures]
    return {(f.value, mark, f.dated) for f, these in zip(figures, marks, strict=True)
            if not f.rounded for mark in these if sum(mark in other for other in marks) == 1}


def _telling(figure: Figure) -> bool:
    """Whether a figure is one that two sentences give by chance too seldom to count: given
    with decimals ("3.4%") or in three digits or more, and given as it is, not as a rounding
    ("about 2,000", "about 230"), nor a person's age; and no count of people (PEOPLE): a toll is
    given again with what it holds ("179 people, 85 women, 84 men and 10 others"), another fact
    of it (counts_twice reads counts given twice)."""
    value = float(figure.value)
    return (not figure.rounded and not figure.age and PEOPLE.isdisjoint(figure.context)
            and (not value.is_integer() or value >= 100))


def rivals(row: int, own: list[Figure], tolled: np.ndarray,
           counting: dict[tuple[str, frozenset[int]], np.ndarray],
           event: np.ndarray, report: np.ndarray, found: list[list[Figure]],
           placed: Callable[[int], frozenset[str]], common: frozenset[str],
           left: set[int], texts: list[str], language: str) -> list[int]:
    """The sentences of other reports of the event of the sentence at `row` that may give
    another figure for a count it gives (own: its figures, measured), outside its fact: in one
    event, a count of people of one time is one quantity, which an outlet may give in words of
    its own ("nine dead persons" for "Seven people have died"), and so is a count of one thing
    named by one noun ("38,500 households" for "About 42,000 households"), and so are a
    measure in one unit and a count of those aboard that two parties give, each named as
    giving it (specifics.sourced: "Satellite pictures show a slick stretching 14 km, the
    Coastwatch group says" for the agency's 9 km, a coastguard's 167 aboard for an
    operator's 153; an unattributed one is as often another time's, place's or group's:
    "About 100 passengers were taken ashore by lifeboat"). So: those that give a count of
    people where it gives a toll (tolled: (n,) bool, whether each gives one), those whose
    figures name a thing it counts (counting: by noun, the sentences whose figures hold it in
    their context: counted_things) and, where it names who gives its figures, those that do
    too and give a figure in one of its units with a word around it in common (_one_measure)
    or a count of those aboard where it gives one (texts: the sentences, in the `language`);
    but those named apart from it
    (specifics.named_apart: placed, a sentence's name keys but those of who speaks or gives
    its figures, by row; common: the story's own names: "five died in Pellham" against "seven
    died in Lindrau"; not "Sanidad contabilizaba 28 personas atendidas" against the 112's 19
    injured), those `left` out (its fact's own sentences, the brief's), and those none of
    whose figures is another value within DISAGREE of one of its own (disagreements(counts=...,
    things=True) shows no other).

    event, report: (n,) each sentence's event and the independent report of its article (a
    copy of one report gives no other figure than its original); found: each sentence's
    figures."""
    wanted = tolled.copy() if gives_toll(own) else np.zeros(len(tolled), dtype=bool)
    for key in {(f.noun, f.dated) for f in own if _a_thing(f)}:
        wanted[counting.get(key, [])] = True
    reports = (event == event[row]) & (report != report[row])
    measures = [g for g in own if g.unit]
    aboard = {mark for g in own for mark in g.context & (PEOPLE - TOLLS)}  # those aboard
    if (measures or aboard) and sourced(texts[row], language):
        for other in np.flatnonzero(reports & ~wanted).tolist():
            wanted[other] = ((any(_one_measure(g, f) for f in found[other] for g in measures)
                              or any(not aboard.isdisjoint(f.context) for f in found[other]))
                             and sourced(texts[other], language))
    near = np.flatnonzero(wanted & reports)
    values = {g.value for g in own}
    return [other for other in near.tolist() if other not in left
            and any(f.value not in values and _near(f, g) for f in found[other] for g in own)
            and not named_apart(placed(row), placed(other), common)]


BESIDE = 2  # sentences either side of a brief sentence that may answer its figures: a paragraph


_CLOSING = " \"'\u201d\u2019\u00bb)"  # the marks a question may end on after its "?"


def disputing(texts: list[str], articles: np.ndarray, indices: np.ndarray,
               found: list[list[Figure]], language: str) -> dict[int, tuple[int, list[Figure]]]:
    """The sentences that name a true figure for a count (specifics.named_true: a party's
    "the true figure was 530") or end on a party's bare figure (specifics.ends_bare: "Der
    Automobilclub Mitte kommt auf mehr als 700.", "The union puts the figure at 740."), by
    row: the sentence they answer, the nearest before them in their article, within BESIDE,
    that gives figures (found: "La direction parle de 612 postes. C'est faux. Le vrai chiffre,
    c'est 740."), and their figures. Rows of an article are in its order (indices: each
    sentence's place in its article); a sentence that gives the figure it answers, before its
    own, sets the two against each other itself (contested) and answers none before it. A
    question between them is what the figure answers ("La nevada … dejó hasta 45 centímetros
    …", then "¿Cuántos vehículos quedaron atrapados? A primera hora, Tráfico habló de cerca de
    1.500.")."""
    answered: dict[int, tuple[int, list[Figure]]] = {}
    for row, text in enumerate(texts):
        # (a bare figure in words counts no one the sentence names: found, read without the
        # figures in words of a sentence that names no count, leaves it out)
        given = (found[row] or figures(text, language) if ends_in_words(text, language)
                 else found[row])
        true = named_true(text, language) or (
            figures(text, language, measured=True)[-1:]
            if given and ends_bare(text, given, language) else [])
        if true and any(f.at < true[0].at for f in found[row]):
            continue  # it answers a figure it gives itself: "Elle parle de 2 900 tonnes, puis
            # de 3 100… Le vrai chiffre, c'est près de 5 000 !"
        for r in range(row - 1, max(row - BESIDE, 0) - 1, -1) if true else ():
            if articles[r] != articles[row] or indices[row] - indices[r] > BESIDE:
                break
            if texts[r].rstrip(_CLOSING).endswith("?"):
                break
            if found[r]:
                answered[row] = (r, true)
                break
    return answered


def disputes(own: list[Figure], answered: dict[int, tuple[int, list[Figure]]],
             found: list[list[Figure]], rows: Iterable[int]) -> list[tuple[int, list[str]]]:
    """Of the sentences that name a true figure (`rows`, of answered: disputing), those whose
    answered sentence gives a figure that a brief sentence gives too (own: its figures), and
    their true figures that it does not give, as written: another party's figure for its count
    ("Den verkliga siffran är 468" after "bestrider bolagets uppgift om 410 berörda", beside
    "Enligt Norrvåg berörs upp till 410 anställda"). One value given by both says which count
    the true figure is for, where the words around the two need not share one; a count (no
    unit) is within DISPUTED of that value: a union's fourteen workers on site, which answer
    the builder's eleven (in words, unread), are no figure for the two dead of a sentence
    before them. (A sum answered bare leaves out its scale: "Era egna revisorer säger 61."
    after "84 miljoner kronor".)"""
    shown = []
    for row in rows:
        before, true = answered[row]
        given = [g for g in own if any(_agree(g, f) for f in found[before])]
        other = [t.text for t in true if not any(_agree(g, t) for g in own)
                 and any(g.unit or t.unit or _apart_by(g.value, t.value) <= DISPUTED
                         for g in given)]
        if other:
            shown.append((row, other))
    return shown


def beside(row: int, rows: Iterable[int], texts: list[str], found: list[list[Figure]],
           placed: Callable[[int], frozenset[str]], common: frozenset[str], language: str,
           left: set[int]) -> list[int]:
    """The sentences of the article of the sentence at `row` (rows: those within BESIDE of it)
    that may give another party's figure for a count it gives: it and they name who gives
    their figures (specifics.sourced), as an article that reports both sides does ("Environ
    320 foyers sont privés d'électricité, indique le gestionnaire du réseau." and "La
    préfecture, elle, parle de 280 foyers coupés."); but those named apart from it (placed,
    common: as for rivals; "Police said five people died in Pellham." and "In Lindrau,
    officials said seven had died."), those `left` out (the brief's own sentences) and those
    without figures (found: each sentence's). Which of them give another figure for one of
    its counts is disagreements' to tell."""
    if not found[row] or not sourced(texts[row], language):
        return []
    return [other for other in rows if other != row and other not in left and found[other]
            and sourced(texts[other], language)
            and not named_apart(placed(row), placed(other), common)]


def counted_things(found: list[list[Figure]], owns: Iterable[list[Figure]], texts: list[str],
                   language: str) -> dict[tuple[str, frozenset[int]], np.ndarray]:
    """For the noun of each thing that the figures of `owns` (the brief's sentences', measured)
    count (_a_thing), with the years they are given for (Figure.dated), the sentences (rows)
    one of whose figures may count it too: one without a unit or a count of people (PEOPLE)
    that holds it in its context, for that time (same_time: "about 800 vehicles" caught
    tonight and "about 300 vehicles" stuck in January 2024 are two counts), and not the rest of
    a group whose size an own figure is given a part of (_the_rest: "47 of its 132 stores" and
    "its 85 stores left"), those whose figure lies within DISAGREE of the own one. found: each
    sentence's figures. A noun that has a figure of that time further from the own one counts
    several things (each party's seats, the stores a chain closes and those it keeps), which
    its word cannot tell apart: it has none. Such a figure is first read again with its noun
    (texts: the sentences, in the `language`): a group's size ("11 of the region's 212
    schools") or another noun's count beside it ("1,600 pupils and 14 schools") counts none of
    it."""
    counted = {(f.noun, f.dated): f for own in owns for f in own if _a_thing(f)}
    groups = {(f.noun, f.dated): float(f.value) for own in owns for f in own if f.whole}
    given: dict[tuple[str, frozenset[int]], list[tuple[int, str]]] = {key: [] for key in counted}
    for row, these in enumerate(found):
        for f in these:
            if not f.unit and PEOPLE.isdisjoint(f.context):
                for key, g in counted.items():
                    if (g.noun in f.context and same_time(f, g)
                            and not _the_rest(float(g.value), float(f.value), groups.get(key))):
                        given[key].append((row, f.value))
    out = {}
    for key, held in given.items():
        g = counted[key]
        near = [_close(g.value, value) for _, value in held]
        far = sorted({row for (row, _), close in zip(held, near, strict=True) if not close})
        if any(_one_thing(g, f) and same_time(f, g) and not _close(g.value, f.value)
               for row in far for f in figures(texts[row], language, measured=True)):
            continue  # it counts several things
        rows = sorted({row for (row, _), close in zip(held, near, strict=True) if close})
        if rows:
            out[key] = np.array(rows, dtype=int)
    return out


def _the_rest(part: float, other: float, group: float | None) -> bool:
    """Whether `other` is the rest of a group of size `group` (None: none given) that `part`
    is counted of: the two add up to it, within ROUGH."""
    return group is not None and abs(part + other - group) <= ROUGH * group
