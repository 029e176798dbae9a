"""Stories, events and reprints: which articles of a request report the same story, the same
event, which are copies.

Articles that share next to nothing, neither words nor the people and places they name, report
different stories (a set pasted together by mistake): the brief is of the story most of them
report (stories).

An event is what one breaking story's articles share: a good part of their words. Each article
is the sum of its sentences' TF-IDF rows (normalised); articles are joined by average linkage at
EVENT, so an article joins an event when it is, on average, that close to the event's articles.
Two articles whose `published` dates are further apart than EVENT_DAYS are never one event: a
breaking story is retold within a day or two, later articles report what came next. Without
dates, the days of the week the articles' ledes name tell them apart (stated_days): a story
followed over weeks whose articles share most of their words is one event only where nothing
says when.

A reprint is an article several of whose sentences are copies of another article's: a wire
story carried by several outlets, whole, cut short or re-edited (then it still follows the
original sentence by sentence). Its sentences still say what they say, but it is not an
independent report.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse.csgraph import connected_components

from ..text.words import WEEKDAYS
from .cluster import by_first_sentence
from .specifics import MONTH_NUMBER
from .vectorise import incidence, meet

EVENT_DAYS = 2  # articles published further apart than this report different events
# Hours from which two reports of one event tell different turns of it: a report written a day
# after another tells what came next (the miners brought out alive after the flood that trapped
# them, a strike's second day after its first, the hiker found after the search for her), and
# its lede states that, not the fact the first's lede states (published_within).
LEDE_HOURS = 24
TIMES_BLOCK = 1024  # rows of published_within's gaps computed at once: 8 MB per 1,000 articles
# An undated article's lede says when its event happened ("struck on Monday"): two ledes whose
# days of the week are DAYS_APART or more apart (Monday and Wednesday) report two events, but
# where other reports close to both join them (events: a scene may open on another day). The
# reports of one event name its day, or the next in a report written across midnight or a time
# zone ("late Sunday", "early Monday"): one day apart is one event. Unlike publication, which
# may lag the event by a day or two (EVENT_DAYS), the day an event happened on is the same in
# every report of it.
DAYS_APART = 2
# The words after which a day of the week (words.WEEKDAYS) is when something ends or will
# happen, not the day of the event ("closed until Thursday", "by Friday", "next Monday").
NOT_THE_DAY = {
    "english": frozenset("until till by next from before".split()),
    "french": frozenset("avant depuis dès jusqu à prochain".split()),  # "jusqu'à vendredi"
    "german": frozenset("bis vor seit ab nächsten kommenden".split()),
    "italian": frozenset("fino entro prima da prossimo".split()),
    "portuguese": frozenset("até antes desde próxima próximo".split()),
    "spanish": frozenset("hasta antes desde próximo".split()),
    "swedish": frozenset("till före sedan från nästa".split()),
}
# Words of saying after which a day is when a report was given, not when its event happened
# ("the health office said on Wednesday", "police said Tuesday"): a report may come days after
# what it tells, as publication may (a wire lede that ends "said on Wednesday" kept apart a
# press release whose lede tells of "the notice issued on Monday"). English only.
REPORTED = {
    "english": (frozenset("said says stated added".split()), "on"),
}
LOOK_BACK = 12  # characters before a day's name read for such words: "stated on ", "until "
# English and German capitalise the days' names; the other languages here write them in lower
# case, but at the start of a sentence
_WEEKDAY = {language: re.compile(r"\b(?:" + "|".join(days.split()) + r")\b",
                                 0 if days[0].isupper() else re.IGNORECASE)
            for language, days in WEEKDAYS.items()}
_WORD = re.compile(r"\w+")
# Whole-article cosine from which articles are one event: under the bar of one fact
# (cluster.THRESHOLD, 0.2), as a spun or machine-translated copy of a story keeps fewer of the
# usual words (0.17 to 0.23 against the other reports of one event in tests/factsets.py).
EVENT = 0.15
# A sentence is a copy of another when its TF-IDF cosine reaches COPY: nearly all its content
# words are the other's, as in a wire sentence an outlet has edited by a word or two. An article
# is a reprint of another when at least REPRINT_MIN of its sentences, and REPRINT_SHARE of them,
# are copies of that article's: outlets carry a wire story cut short or re-edited, so the share
# is low, while two independent reports seldom share even two sentences word for word.
COPY, REPRINT_SHARE, REPRINT_MIN = 0.7, 0.25, 2
# A reprint's copy editor cuts its lede short or splits it in two ("Two lions escaped … after an
# overnight storm brought a tree down on a perimeter fence." of the wire's "…, forcing the zoo
# to close and police to tell residents to stay indoors"): the part's cosine with the whole
# falls under COPY, while nearly all of its words are the whole's. A reprint's lede copies its
# original's lede when the words they share hold at least CONTAINED of one's TF-IDF weight (the
# squares of its row, which sum to 1) at a cosine of PART or more.
CONTAINED, PART = 0.8, 0.5
# A wire story cut short or re-edited keeps some sentences word for word and the others with a
# clause cut or a few words changed: under COPY, but still in the original's order. An article
# with REPRINT_MIN copies of another's sentences is also its reprint when its sentences follow
# that article's (a chain of pairs in order in both articles, each at a cosine of FOLLOW or
# more: most of their weighted words in common) for REPRINT_SHARE of its sentences.
# Independent reports of one event tell it in much the same order and may share a quotation,
# but seldom two sentences word for word.
FOLLOW = 0.6
# Average cosine under which two groups of articles report two stories (words and names
# together). In the sets written for the tests (five stories, one a saga of three events), the
# articles of two stories average at most 0.06, those of one story 0.29 or more. The bar sits
# just above the first: a mix left whole costs the brief less than an article cut off its story.
STORY = 0.08
# Articles published the same day are more likely to report one event: their cosine counts
# this much more, so that a pair at the bar of one story (STORY) is at the bar of one event. A
# provider's status page words an outage in its own jargon (0.14 and 0.04 against a wire's and
# a paper's reports of it that day: 0.09 on average, a second event); and a timeline of two
# events on one date tells the reader little. Articles further apart in words stay apart.
SAME_DAY = EVENT - STORY
# Articles from which their cosines (of words and of names) are taken in two parts (_products):
# five times the articles of a request at the service's limit (5,000 sentences, in articles of 25),
# where the sparse product takes milliseconds (at 1,073 articles, 30,000 sentences, the split
# saves a third); and the share of the articles that a term is found in from which it is a
# dense column (5 %: on the bench inputs, the split that took least time among 2 to 50 %; the
# dense columns are at most 20 times the mean terms of an article, so their memory grows with
# the input).
DENSE_ARTICLES, DENSE_SHARE = 1000, 0.05
# Rows of a (k, k) array of articles worked out at once (article_similarity, stories, events): the
# array is made once and filled block by block, each block's own arrays (256 rows of k) small
# enough to be made again from memory already taken.
ROWS_AT_ONCE = 256


def article_similarity(X: sparse.csr_matrix, articles: np.ndarray, k: int) -> np.ndarray:
    """The cosines between whole articles (k, k), dense: each article the sum of its sentences'
    rows of X (n, v), L2-normalised; articles: (n,) the sentences' articles in 0..k-1. An
    article without a sentence is at 0 from every other."""
    M = sparse.csr_matrix((np.ones(len(articles)), (articles, np.arange(len(articles)))),
                          shape=(k, X.shape[0]))
    A = sparse.csr_matrix(M @ X)
    norms = np.sqrt(np.asarray(A.multiply(A).sum(axis=1)).ravel())
    return _products(sparse.csr_matrix(sparse.diags(1.0 / np.where(norms == 0, 1.0, norms)) @ A))


def _products(A: sparse.csr_matrix) -> np.ndarray:
    """A @ A.T (k, k), dense, for the rows of A (k, v), one per article (L2-normalised: their
    cosines).

    From DENSE_ARTICLES articles on, the columns that more than DENSE_SHARE of them hold are
    multiplied as dense columns: nearly every pair of articles shares them, and a sparse
    product spends most of its time on them (on bench/speed.py's 100,000 sentences, 3,559
    articles: 1.5 s for the sparse product of their terms, 0.4 to 0.6 s split so; 0.4 to 1 s
    for that of their names, 0.2 s split so). The sums are the same but for the order of
    their terms and the single precision of the dense part (differences under 1e-6).
    """
    k = A.shape[0]
    if k < DENSE_ARTICLES:
        return np.asarray((A @ A.T).todense())
    # the columns that many articles hold as dense columns (BLAS), the others sparse, added a
    # block of rows at a time: a (k, k) array made once (each one new costs as much again in
    # the pages it takes from the system as in the sums that fill it)
    common = np.bincount(A.indices, minlength=A.shape[1]) > DENSE_SHARE * k
    # in single precision, as BLAS multiplies it twice as fast: cosines to 1e-7, where the bars
    # they are read against are tenths apart
    dense = A[:, np.flatnonzero(common)].toarray().astype(np.float32)
    rare = A[:, np.flatnonzero(~common)]
    rare_T = rare.T.tocsr()
    similarity = dense @ dense.T
    for start in range(0, k, ROWS_AT_ONCE):  # bounded: k / ROWS_AT_ONCE blocks
        end = min(start + ROWS_AT_ONCE, k)
        similarity[start:end] += (rare[start:end] @ rare_T).toarray()
    return similarity


def article_names(named: list[frozenset[str]], articles: np.ndarray, k: int) -> list[set[str]]:
    """The name keys each article's sentences hold (k,); named: each sentence's
    (specifics.name_keys), articles: (n,) each sentence's article."""
    held: list[set[str]] = [set() for _ in range(k)]
    for found, article in zip(named, articles.tolist(), strict=True):
        held[article] |= found
    return held


def name_similarity(held: list[set[str]]) -> np.ndarray:
    """The cosines between the articles' names (k, k), dense: each article the set of name keys
    it holds (article_names), each name weighted by log(k / df) over the articles, so that a
    name all of them hold weighs nothing and one of a single article is no tie.

    The product is taken as article_similarity's (_products): sparse under DENSE_ARTICLES
    articles, as an article holds few of the request's names, and a dense product goes to
    BLAS, whose threads wait for a core on a busy machine (12 ms of a 1,000-sentence brief of
    37 articles on two loaded cores, once measured)."""
    k = len(held)
    df: dict[str, int] = {}
    for names in held:
        for key in names:
            df[key] = df.get(key, 0) + 1
    shared = sorted(key for key, count in df.items() if count > 1)
    column = {key: j for j, key in enumerate(shared)}
    cells = [(a, column[key]) for a, names in enumerate(held) for key in names & column.keys()]
    rows = np.array([a for a, _ in cells], dtype=np.int64)
    cols = np.array([j for _, j in cells], dtype=np.int64)
    weights = np.log(k / np.array([df[key] for key in shared]))[cols] if cells else np.zeros(0)
    N = sparse.csr_matrix((weights, (rows, cols)), shape=(k, len(shared)))
    norms = np.sqrt(np.asarray(N.multiply(N).sum(axis=1)).ravel())
    return _products(sparse.csr_matrix(sparse.diags(1.0 / np.where(norms == 0, 1.0, norms)) @ N))


def stories(similarity: np.ndarray, names: np.ndarray | None, present: np.ndarray) -> np.ndarray:
    """Story of each article (k,) labels numbered by first article: average linkage of the mean
    of its word cosines (article_similarity) and name cosines (name_similarity; None where the
    language's names are not read: the words alone, as for an article that names no one the
    others name) cut at 1 - STORY. What sets two stories
    apart is what they are about and whom and where they name: words alone join two stories of
    one kind (two earthquakes), names alone split one story told of different people.
    present: (k,) bool, the articles that gave sentences; the others go with the first story.
    """
    k = similarity.shape[0]
    labels = np.zeros(k, dtype=np.int64)
    rows = np.flatnonzero(present)
    if len(rows) < 3:  # two articles that differ are two views, not a story and a stray
        return labels
    # the distances between the articles, in the condensed form linkage reads, filled a block
    # of rows at a time: on a large input (thousands of articles) each (k, k) array made
    # costs as much as the linkage
    condensed = np.empty(len(rows) * (len(rows) - 1) // 2)
    named = np.asarray(names.any(axis=1))[rows] if names is not None else None

    def present_of(pairs: np.ndarray, part: np.ndarray) -> np.ndarray:
        """The rows `part` of a (k, k) array, at the present articles' columns: `take`, in
        half the time of indexing on thousands of articles."""
        block = pairs.take(part, axis=0)
        return block if len(rows) == k else block.take(rows, axis=1)

    for start in range(0, len(rows), ROWS_AT_ONCE):  # bounded: k / ROWS_AT_ONCE blocks
        part = rows[start:start + ROWS_AT_ONCE]
        block = present_of(similarity, part)
        if names is not None and named is not None:  # the mean where both name anyone
            block += present_of(names, part)  # names are 0 but between two that do
            np.multiply(block, 0.5, out=block,
                        where=np.outer(named[start:start + ROWS_AT_ONCE], named))
        np.subtract(1.0, block, out=block)
        _upper(np.clip(block, 0.0, 1.0, out=block), start, condensed)
    labels[rows] = _cut(condensed, STORY)
    return labels


def day(published: str) -> date | None:
    """The calendar date of a `published` string, as written: ISO 8601 ("2026-03-03T10:00Z"),
    an RSS feed's or a mail header's RFC 2822 ("Tue, 03 Mar 2026 10:00:00 GMT"), or the date
    written out in English ("March 3, 2026", "3 March 2026", "Mar. 3, 2026"); else None (a
    form of numbers alone, "03/04/2026", reads one way in America and another in Europe)."""
    when = moment(published)
    return None if when is None else when.date()


def moment(published: str) -> datetime | None:
    """The time of a `published` string (read as day() reads it), to the minute where it gives
    one, else the start of its day; a time without a zone is taken for UTC."""
    text = published.strip()
    when = (_iso(text) or _rfc2822(text) or _written(text)) if text else None
    return None if when is None else when if when.tzinfo else when.replace(tzinfo=UTC)


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return _iso_date(text)


def _iso_date(text: str) -> datetime | None:
    """The ISO date a text opens with ("2026-03-03 10:00 UTC"), at the start of its day."""
    try:
        return datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
    except ValueError:
        return None


def _rfc2822(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _written(text: str) -> datetime | None:
    for form in _WRITTEN_DATES:
        try:
            return datetime.strptime(text.replace(".", "").replace("Sept ", "Sep "), form)
        except ValueError:
            continue
    return None


# English dates written out, in the forms newsrooms use
_WRITTEN_DATES = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")


# Words for the day of an event told from the day of writing, by language: with the days of the
# week (WEEKDAYS), what a news peg opens with ("On Tuesday that image was shattered", "Yesterday
# the jury decided otherwise"). English only so far.
RELATIVE_DAYS = {"english": "yesterday|today|tonight|last night|this morning|this afternoon|"
                            "this evening|overnight"}
_PEG = {language: re.compile(r"^(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:"
                             + "|".join(WEEKDAYS[language].split()) + rf")\b|^(?:{relative})\b",
                             re.IGNORECASE)
        for language, relative in RELATIVE_DAYS.items()}
_DAY_NAMED = {language: re.compile(r"\b(?:" + "|".join(WEEKDAYS[language].split())
                                   + rf"|{relative})\b", re.IGNORECASE)
              for language, relative in RELATIVE_DAYS.items()}


def opens_with_day(text: str, language: str) -> bool:
    """Whether a text opens with the day of its event ("On Tuesday …", "Late on Monday …",
    "Yesterday …"); False in a language without RELATIVE_DAYS."""
    pattern = _PEG.get(language)
    return pattern is not None and pattern.match(text) is not None


def names_day(text: str, language: str) -> bool:
    """Whether a text names a day of the week or a day told from the day of writing
    ("yesterday", "last night"); False in a language without RELATIVE_DAYS."""
    pattern = _DAY_NAMED.get(language)
    return pattern is not None and pattern.search(text) is not None


def stated_days(text: str, language: str) -> frozenset[int]:
    """The days of the week a text names as when something happened (0 for Monday .. 6 for
    Sunday): not those after a word of NOT_THE_DAY, nor those a report was given on (REPORTED);
    none in a language without WEEKDAYS."""
    pattern = _WEEKDAY.get(language)
    if pattern is None:
        return frozenset()
    names, limits = WEEKDAYS[language].split(), NOT_THE_DAY[language]
    saying, on = REPORTED.get(language, (frozenset(), ""))
    said = set()
    for found in pattern.finditer(text):
        before = [w.lower() for w in _WORD.findall(text[max(0, found.start() - LOOK_BACK):
                                                        found.start()])][-2:]
        if before and (before[-1] in limits or before[-1] in saying
                       or before[-1] == on and before[0] in saying):
            continue
        said.add(names.index(found.group() if found.group() in names else found.group().lower()))
    return frozenset(said)


def events(similarity: np.ndarray, days: list[date | None],
           stated: list[frozenset[int]] | None = None) -> np.ndarray:
    """Event of each article (k,) labels 0..e-1 numbered by first article, from the cosines
    between the articles (k, k; article_similarity), their dates (None when unknown) and the
    days of the week their ledes name (stated_days; none by default).

    Average linkage of cosine distance cut at 1 - EVENT, pairs dated the same day SAME_DAY
    closer; pairs dated more than EVENT_DAYS apart are kept apart (their distance is set so
    far past the cut that no merge can join them). A pair of which one is undated whose ledes
    each name days of the week, every day of one DAYS_APART or more from every day of the
    other, shares nothing (distance 1): alone, the two are two events; among articles of one
    event, the undated one's closeness to the others may outweigh it, as a lede's day is
    weaker evidence than a date (a broadsheet's scene of Saturday's match, "When the final
    whistle went on Saturday evening", opens its report of Tuesday's sacking of the manager,
    which a foreign desk's undated lede and the wire's name).
    """
    k = similarity.shape[0]
    if k < 2:
        return np.zeros(k, dtype=np.int64)
    # A distance so far past the cut that a cluster holding both articles averages past it
    # too: one such pair among at most k * k / 4 pairs of two clusters still averages over 1.
    apart = 4.0 * k * k
    undated = np.array([d is None for d in days], dtype=bool)
    dated = np.flatnonzero(~undated)  # pairs of dates only
    ordinal = np.zeros(k, dtype=np.int64)
    ordinal[dated] = [d.toordinal() for d in days if d is not None]
    # each article's days of the week (k, 7), and the days near them: under DAYS_APART away
    named = np.zeros((k, 7), dtype=np.int64)
    for article, those in enumerate(stated or []):
        named[article, list(those)] = 1
    near = np.zeros_like(named)
    for shift in range(1 - DAYS_APART, DAYS_APART):
        near |= np.roll(named, shift, axis=1)
    saying = named.sum(axis=1) > 0  # the articles whose ledes name a day
    condensed = np.empty(k * (k - 1) // 2)
    for start in range(0, k, ROWS_AT_ONCE):  # bounded: k / ROWS_AT_ONCE blocks
        block = np.subtract(1.0, similarity[start:start + ROWS_AT_ONCE])
        np.clip(block, 0.0, 1.0, out=block)
        own = dated[(dated >= start) & (dated < start + len(block))]
        gaps = np.abs(ordinal[own][:, None] - ordinal[dated][None, :])
        first, second = np.nonzero(gaps == 0)
        block[own[first] - start, dated[second]] -= SAME_DAY
        np.clip(block, 0.0, None, out=block)
        first, second = np.nonzero(gaps > EVENT_DAYS)
        block[own[first] - start, dated[second]] = apart
        if saying.any():
            rows = slice(start, start + len(block))
            block[saying[rows, None] & saying[None, :] & (undated[rows, None] | undated[None, :])
                  & (named[rows] @ near.T == 0)] = 1.0
        _upper(block, start, condensed)
    return _cut(condensed, EVENT)


def _upper(block: np.ndarray, start: int, condensed: np.ndarray) -> None:
    """Rows start.. of a (k, k) array of distances, as `block` (b, k) holds them, written into
    `condensed`, its upper triangle row by row (as scipy's squareform gives it), where they go:
    the (k, k) array itself is never made."""
    k = block.shape[1]
    for i, row in enumerate(range(start, start + block.shape[0])):  # the block's rows
        at = row * k - row * (row + 1) // 2
        condensed[at:at + k - row - 1] = block[i, row + 1:]


def _cut(condensed: np.ndarray, bar: float) -> np.ndarray:
    """Labels (k,) numbered by first member: average linkage of the distances (the upper
    triangle of a (k, k) array row by row, squareform's condensed form) cut where the average
    cosine falls below `bar`."""
    tree = linkage(condensed, method="average")
    return by_first_sentence(fcluster(tree, 1.0 - bar, criterion="distance"))


def reprints(S: sparse.csr_matrix, articles: np.ndarray, k: int,
             values: list[set[str]] | None = None,
             published: list[datetime | None] | None = None,
             quoted: np.ndarray | None = None) -> list[int | None]:
    """For each article (k,), the article it is a copy of (the first of its group of copies:
    the earliest published, when `published` gives the articles' times (moment), then the
    first in request order), else None. A page is a copy of one published before it (when
    both times are known): its own sentences, REPRINT_SHARE of them, are copied, where a long
    report published later that carries a few of a short wire story's sentences makes the
    wire's share, and is no reprint.

    S: (n, n) cross-article cosines of the sentences (cluster.cross_similarity), articles: (n,);
    values: each sentence's figures' values, when known (a copy keeps its figures: _copies);
    quoted: (n,) bool, the sentences that are mostly a quotation, when known: two outlets that
    heard one person quote the same words, which alone says nothing of one copying the other:
    a copy then has at least REPRINT_MIN copied sentences that are not mostly a quotation.
    """
    sizes = np.bincount(articles, minlength=k)
    copy = _copies(S, values)
    counted = _copies_between(S, copy, articles, k)
    if counted.nnz == 0:
        return [None] * k
    copier = np.repeat(np.arange(k), np.diff(counted.indptr))
    copied, copies = counted.indices, counted.data
    of_quotes = np.zeros_like(copy) if quoted is None else copy & (
        quoted[np.repeat(np.arange(len(quoted)), np.diff(S.indptr))] | quoted[S.indices])
    plain = (_copies_between(S, copy & ~of_quotes, articles, k) if of_quotes.any()
             else counted)
    linked = (copies >= REPRINT_MIN) & (copies >= REPRINT_SHARE * sizes[copier])
    times = published or [None] * k
    linked &= ~_earlier(times, copier, copied)
    if plain is not counted:
        linked[linked] = _at(plain, copier[linked], copied[linked]) >= REPRINT_MIN
    # an article with copies enough of the article it copies most (the first of those it copies
    # as much), but too few for the share, may follow it
    copying = np.flatnonzero(np.diff(counted.indptr))  # the articles with a copy somewhere
    starts = counted.indptr[copying]
    most = np.maximum.reduceat(copies, starts)
    at_most = copies == np.repeat(most, np.diff(counted.indptr)[copying])
    original = np.minimum.reduceat(np.where(at_most, copied, k), starts)
    maybe = ((most >= REPRINT_MIN) & (most < REPRINT_SHARE * sizes[copying])
             & ~_earlier(times, copying, original))
    if plain is not counted:
        maybe[maybe] = _at(plain, copying[maybe], original[maybe]) >= REPRINT_MIN
    following = _following(S, articles, sizes, np.c_[copying[maybe], original[maybe]])
    graph = sparse.csr_matrix((np.ones(int(linked.sum()) + len(following), dtype=bool),
                               (np.r_[copier[linked], following[:, 0]],
                                np.r_[copied[linked], following[:, 1]])), shape=(k, k))
    _, group = connected_components(graph, directed=False)
    # a date alone (a time at midnight) is no earlier than the times given on its day
    order = sorted(range(k), key=lambda a: (times[a] is None, _latest(times[a]), a))
    first: dict[int, int] = {}  # each group's first article
    for a in order:
        first.setdefault(int(group[a]), a)
    return [None if first[g] == a else first[g] for a, g in enumerate(group.tolist())]


_NO_TIME = datetime.min.replace(tzinfo=UTC)  # stands in for an unknown time in sorting


def _earlier(times: list[datetime | None], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Whether each article of `first` was published before the article of `second` beside
    it (both times known): a page cannot reprint one published after it. A time at midnight
    is a date without its time (moment), which is earlier only on an earlier day."""
    return np.array([_before(times[a], times[b])
                     for a, b in zip(first.tolist(), second.tolist(), strict=True)], dtype=bool)


def _before(first: datetime | None, second: datetime | None) -> bool:
    """Whether a `published` time is before another, both known (a date alone by its day)."""
    if first is None or second is None:
        return False
    if _dated_only(first) or _dated_only(second):
        return first.date() < second.date()
    return first < second


def published_hours(times: list[datetime | None]) -> np.ndarray:
    """The hour each article was published at (k,), counted from the epoch, nan where unknown
    (a date alone at its midnight, as moment reads it)."""
    return np.array([np.nan if when is None else when.timestamp() / 3600 for when in times])


def published_within(times: list[datetime | None], hours: float = LEDE_HOURS) -> np.ndarray:
    """Which pairs of articles (k, k) were published within `hours` of each other, or may
    have been: an undated article is near every other, and one dated to its day only
    (_dated_only) is taken at the hour of that day nearest the other's."""
    near = np.ones((len(times), len(times)), dtype=bool)
    dated = np.array([k for k, when in enumerate(times) if when is not None], dtype=np.int64)
    if len(dated) < 2:
        return near
    start = published_hours(times)[dated]
    end = start + np.array([24.0 if _dated_only(times[k]) else 0.0 for k in dated.tolist()])
    for first in range(0, len(dated), TIMES_BLOCK):  # a block of rows at a time
        rows = slice(first, first + TIMES_BLOCK)
        gap = np.maximum(start[None, :] - end[rows, None], start[rows, None] - end[None, :])
        near[np.ix_(dated[rows], dated)] = gap <= hours
    return near


def _dated_only(when: datetime) -> bool:
    """Whether a `published` time is a date without its time (moment reads it as midnight)."""
    return when.hour == when.minute == when.second == 0


def _latest(when: datetime | None) -> datetime:
    """The latest a `published` time may stand for: the end of its day for a date alone."""
    if when is None:
        return _NO_TIME
    return when.replace(hour=23, minute=59, second=59) if _dated_only(when) else when


def _at(M: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """M's entries at (a[i], b[i]), as an array."""
    return np.asarray(M[a, b]).ravel() if len(a) else np.zeros(0)


def _copies(S: sparse.csr_matrix, values: list[set[str]] | None = None) -> np.ndarray:
    """Which of S's entries (positions in S.data) pair a sentence with a copy of it: a cosine
    of COPY or more, and, when `values` are given, no figures at odds (a copy keeps its figures,
    where a wire's sentence filled in again for another day's story gives others, "said 9
    people were killed" and "said 2 people were killed").

    S: (n, n) cross-article cosines of the sentences; values: each sentence's figures' values.
    """
    copy = S.data >= COPY
    if values is not None:
        at = np.flatnonzero(copy)
        rows, cols = np.repeat(np.arange(S.shape[0]), np.diff(S.indptr))[at], S.indices[at]
        V = incidence(values)
        given = np.diff(V.indptr) > 0
        copy[at[given[rows] & given[cols] & ~meet(V, rows, cols)]] = False
    return copy


def _copies_between(S: sparse.csr_matrix, copy: np.ndarray, articles: np.ndarray,
                    k: int) -> sparse.csr_matrix:
    """For each pair of articles (a, b), the number of a's sentences with a copy in b, of S's
    entries marked `copy` (_copies): (k, k) sparse, a row per article."""
    n = S.shape[0]
    # held[s, b]: 1 where sentence s has a copy in article b: S's rows, each entry's column
    # replaced by its article, duplicates summed (in arrays of its own: summing rewrites them),
    # then 1
    held = sparse.csr_matrix((copy.astype(float), articles[S.indices], S.indptr.copy()),
                             shape=(n, k))
    held.sum_duplicates()
    held.eliminate_zeros()
    held.data[:] = 1.0
    in_article = sparse.csr_matrix((np.ones(n), (articles, np.arange(n))), shape=(k, n))
    return sparse.csr_matrix(in_article @ held)


def _following(S: sparse.csr_matrix, articles: np.ndarray, sizes: np.ndarray,
               candidates: np.ndarray) -> np.ndarray:
    """The pairs of articles (p, 2) among `candidates` (c, 2; one pair at most per first
    article) where the first follows the second (FOLLOW): the longest chain of pairs of their
    sentences at FOLLOW, in order in both articles, holds REPRINT_SHARE of the first's
    sentences.

    S: (n, n) cross-article cosines of the sentences, articles: (n,) in order (an article's
    sentences one after another, in order), sizes: (k,) each article's sentences.
    """
    followed = np.full(len(sizes), -1)
    followed[candidates[:, 0]] = candidates[:, 1]
    C = S.tocoo()
    keep = (C.data >= FOLLOW) & (followed[articles[C.row]] == articles[C.col])
    if not keep.any():
        return np.zeros((0, 2), dtype=np.int64)
    follower = articles[C.row[keep]]
    first = np.r_[0, np.cumsum(sizes)]  # each article's first row
    at = C.row[keep] - first[follower]
    to = C.col[keep] - first[followed[follower]]
    # each follower's pairs in order: its sentence, then the other's latest first, so that an
    # increasing run of the other's takes one pair per sentence of each
    order = np.lexsort((-to, at, follower))
    follower, at, to = follower[order], at[order], to[order]
    starts = np.flatnonzero(np.r_[True, follower[1:] != follower[:-1]])
    need = REPRINT_SHARE * sizes[follower[starts]]
    # a chain holds one pair per sentence of the follower: a run is only searched where it has
    # sentences enough
    sentences = np.add.reduceat(np.r_[True, at[1:] != at[:-1]], starts)
    runs = np.split(to, starts[1:])
    found = [a for a, run, least, enough in zip(follower[starts].tolist(), runs, need.tolist(),
                                                  (sentences >= need).tolist(), strict=True)
             if enough and _chain(run.tolist()) >= least]
    return np.c_[found, followed[found]].astype(np.int64).reshape(-1, 2)


def _chain(positions: list[int]) -> int:
    """The length of the longest strictly increasing subsequence of `positions` (patience
    sorting: n log n)."""
    tails: list[int] = []  # tails[m]: the least last position of a chain of m + 1
    for position in positions:
        m = bisect_left(tails, position)
        if m == len(tails):
            tails.append(position)
        else:
            tails[m] = position
    return len(tails)


def copies(S: sparse.csr_matrix, articles: np.ndarray, report: np.ndarray,
           event: np.ndarray, X: sparse.csr_matrix | None = None,
           lede: np.ndarray | None = None) -> np.ndarray:
    """Which sentences are copies of one another (n,) labels: a sentence and the sentences of
    its reprints that copy it (a cosine at COPY or more, in the same event) share a label; every
    other sentence has one of its own. A wire service repeats its background paragraphs in its
    stories of other events: those copies say the same, but what they are read beside is
    another event's.

    S: (n, n) cross-article cosines of the sentences (cluster.cross_similarity); articles:
    (n,); report: (k,) the article each article is a copy of, or itself (facts.roots); event:
    (n,) each sentence's event.
    """
    n = S.shape[0]
    # S's entries that are copies, kept in S's own layout (its arrays copied: dropping the
    # others rewrites them)
    row = np.repeat(np.arange(n), np.diff(S.indptr))  # the row of each entry
    col = S.indices
    reprinted = (report[articles[row]] == report[articles[col]]) & (event[row] == event[col])
    copy = (S.data >= COPY) & reprinted
    if X is not None and lede is not None:
        part = np.flatnonzero(reprinted & (S.data >= PART) & ~copy & lede[row] & lede[col])
        held = X[row[part]].multiply(X[row[part]]).multiply(X[col[part]] != 0).sum(axis=1)
        copy[part[np.asarray(held).ravel() >= CONTAINED]] = True
    graph = sparse.csr_matrix((copy, col.copy(), S.indptr.copy()), shape=(n, n))
    graph.eliminate_zeros()
    return connected_components(graph, directed=False)[1]


def copied_from(copies: np.ndarray, articles: np.ndarray, report: np.ndarray) -> np.ndarray:
    """For each sentence (n,), the row of the sentence it copies in the article its article is
    a reprint of (the first of its copies there: copies, events.copies' labels), else -1.

    articles: (n,) each sentence's article; report: (n,) the independent report each
    sentence's article is (roots)."""
    first = np.full(int(copies.max(initial=-1)) + 1, -1)
    original = np.flatnonzero(report == articles)[::-1]  # the first of each label wins
    first[copies[original]] = original
    return np.where(report != articles, first[copies], -1)


# Words that credit an outlet with a report, after or before its name ("…, KTNC 8 News
# reports.", "according to a report by the Harlow Gazette", "berichtet der Kurier"), by
# language: a news outlet reports, publishes, reveals; a party to the story (a company, the
# police, a ministry, whose statement may be an article of the request too) says, informs,
# states, which every report repeats ("meldet die Polizei", "informó el ministerio").
CREDITS = {
    "english": ("reports|reported|has reported|had reported|first reported|was reporting",
                "reported by|a report by|a report from|reports by|according to a report by"
                "|according to a report from|according to a report in"),
    "french": ("rapporte|a rapporté|révèle|a révélé",
               "rapporté par|selon les informations de|rapporte|révèle"),
    "german": ("berichtet|berichtete", "berichtet|berichtete|laut einem Bericht von"
               "|nach Informationen von"),
    "italian": ("riporta|ha riportato", "riportato da|secondo quanto riportato da|riporta"),
    "portuguese": ("noticia|noticiou", "noticiado por|segundo noticiou|noticiou"),
    "spanish": ("publica|publicó|adelanta|adelantó",
                "publicado por|según publica|según publicó|publica|publicó|adelanta|adelantó"),
    "swedish": ("rapporterar|rapporterade", "rapporterar|rapporterade|enligt uppgifter till"),
}
_CREDIT_CUE = {language: re.compile(rf"\b(?:{after}|{before})\b")
               for language, (after, before) in CREDITS.items()}
_THE = "the |der |die |das |le |la |l'|il |el |o |a |den |det "  # before an outlet's name


def credited(texts: list[str], articles: np.ndarray, sources: list[str],
             language: str) -> np.ndarray:
    """For each sentence (n,), the article whose outlet it credits with what it tells
    (CREDITS: "Around 1,500 people … were ordered out of their homes, KTNC 8 News reports."),
    else -1. An aggregator's sentence that credits another article of the request is that
    article's report, not one of its own: the figure it gives is one report's, not two.

    articles: (n,) each sentence's article; sources: each article's outlet ("" unknown)."""
    out = np.full(len(texts), -1)
    outlets: dict[str, list[tuple[int, str]]] = {}  # by the first word of the outlet's name
    for article, source in enumerate(sources):
        name = source.strip()
        first = _WORD.match(name)
        if len(name) >= 3 and first is not None:
            outlets.setdefault(first.group(), []).append((article, name))
    if not outlets:
        return out
    cues = _CREDIT_CUE.get(language, _CREDIT_CUE["english"])
    after, before = CREDITS.get(language, CREDITS["english"])
    credit: dict[str, re.Pattern[str]] = {}  # each outlet's words of credit, made when needed
    for row, text in enumerate(texts):
        if cues.search(text) is None:
            continue
        for word in outlets.keys() & set(_WORD.findall(text)):
            for article, name in outlets[word]:
                if name not in credit:
                    outlet = re.escape(name)
                    credit[name] = re.compile(rf"(?<!\w){outlet},? (?:{after})\b|\b(?:{before})"
                                              rf",? (?:{_THE})?{outlet}(?!\w)")
                if article != articles[row] and credit[name].search(text) is not None:
                    out[row] = article
    return out


# A date in words: a day before its month (specifics.MONTHS: "11. März 2026", "11 de marzo de
# 2026", "1er mai") or after it ("March 11, 2026", "Mar. 11"), the year where given
_MONTH_NAME = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
_DATE = re.compile(rf"\b(?:(\d{{1,2}})(?:\.|er|º|st|nd|rd|th)?\s+(?:(?:de|di|of)\s+)?"
                   rf"({_MONTH_NAME})\b\.?(?:,?\s+(?:de\s+)?(\d{{4}})\b)?"
                   rf"|({_MONTH_NAME})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?)",
                   re.IGNORECASE)


def stated_date(text: str, published: date) -> date | None:
    """The first date a text gives in words ("für Mittwoch, den 11. März 2026", "on March
    11"), in the year it gives, else in its article's year (published); None for none. English
    "may" is a month only as "May" ("12 may have died" gives none)."""
    for m in _DATE.finditer(text):
        day_text, month, year = ((m.group(1), m.group(2), m.group(3)) if m.group(1)
                                 else (m.group(5), m.group(4), m.group(6)))
        if month.lower() == "may" and month != "May":
            continue
        try:
            return date(int(year) if year else published.year, MONTH_NUMBER[month.lower()],
                        int(day_text))
        except ValueError:  # "31 February"
            continue
    return None


def previews(lede: np.ndarray, texts: list[str], articles: np.ndarray, event: np.ndarray,
             days: list[date | None]) -> np.ndarray:
    """The ledes (n,) bool that tell of their event before it happened: a lede that dates it
    (stated_date) after its own article's day, where another lede of the event comes from an
    article of that day or later, which reports it as it happened (an airport's press release
    of the day before, "The union has called an all-day strike at Rheinfeld airport for
    Wednesday, 11 March 2026", beside the wire's "An all-day strike paralysed Rheinfeld airport
    on Wednesday"). A plant to close in 2027, announced today, is no preview: no report of it
    comes from 2027.

    lede: (n,) bool; articles, event: (n,) each sentence's article and event; days: each
    article's day of publication, when known."""
    out = np.zeros(len(texts), dtype=bool)
    rows = np.flatnonzero(lede).tolist()
    latest: dict[int, date] = {}  # each event's latest day among its ledes' articles
    for row in rows:
        day_of = days[articles[row]] or date.min
        latest[event[row]] = max(latest.get(event[row], date.min), day_of)
    for row in rows:
        published = days[articles[row]]
        when = stated_date(texts[row], published) if published is not None else None
        out[row] = when is not None and published is not None and published < when <= latest[
            event[row]]
    return out


def event_rank(event: np.ndarray, days: list[date | None]) -> np.ndarray:
    """The place of each event (e,) in reading order: by its earliest known date, events of
    unknown date after those of known date, ties by their first article."""
    e = int(event.max()) + 1 if len(event) else 0
    first: list[tuple[date, int]] = [(date.max, k) for k in range(e)]
    for article, label in enumerate(event.tolist()):
        when = days[article] or date.max
        first[label] = min(first[label], (when, first[label][1]))
    rank = np.empty(e, dtype=np.int64)
    rank[sorted(range(e), key=first.__getitem__)] = np.arange(e)
    return rank


def story_start(event: np.ndarray, days: list[date | None], rank: np.ndarray) -> int | None:
    """The article a story told over several events starts with: of its first event in
    reading order (rank, event_rank's), the earliest by date, then by its place in the
    request; None for a story of one event.

    event: (k,) each article's event; days: each article's date, when known."""
    if len(rank) < 2:
        return None
    return min((days[a] or date.max, a) for a, label in enumerate(event.tolist())
               if rank[label] == 0)[1]
