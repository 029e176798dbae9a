"""Reading order and attribution: each brief sentence with its fact's sources, support,
evidence and the figures other sources give for it."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse

from ..facts.cluster import cosines
from ..facts.facts import contested, disagreements
from ..facts.specifics import PEOPLE, TOLLS, Figure, figures
from ..text.split import Sentence


def reading_order(rows: list[int], articles: np.ndarray, event_rank: np.ndarray | None = None,
                  members: dict[int, list[int]] | None = None,
                  posted: np.ndarray | None = None, ledes: np.ndarray | None = None) -> list[int]:
    """The rows (in the order chosen) sorted by event (event_rank (n,): the place of each
    sentence's event), then by where their facts stand first in the articles (the least
    relative position of the sentence and of the other sentences that state its fact,
    members: by row), then by where the sentence itself stands in its article, then in the
    order chosen (ledes first).

    articles: (n,) the article of each sentence of the pool, whose sentences are in article
    order: a sentence's position is among its article's sentences in the pool, so that the
    lines cleaning leaves out (a byline, a time stamp, a press release's heading) do not move
    an article's lede down from the top.

    A fact's place is where its reports put it, not where its clearest wording stands: a live
    page's summary may give the story's lede in its third line. Of two facts that articles
    open with, the brief follows the article of their wordings (a crash, then its toll). A
    live page's posts (posted: (n,) bool, the sentences of live pages) stand latest first, so
    their places say when they were posted, not what the story's order is: they stand last.
    An article's sentences before its lede (ledes: (n,) bool; a scene the lede follows, "The
    call reached the charity's crisis room a little after 9pm: …") stand where the lede
    stands, just after it: the lede tells the event first.
    """
    count = np.bincount(articles)
    first = np.cumsum(count) - count  # the row each article's sentences start at
    lede = first.copy()  # the row of each article's lede (its first where it has none)
    if ledes is not None:
        led = np.flatnonzero(ledes)
        lede[articles[led]] = led

    def at(row: int) -> float:
        if posted is not None and posted[row]:
            return 1.0
        article = articles[row]
        return float(max(row, lede[article]) - first[article]) / count[article]

    def place(row: int) -> tuple[int, float, float, bool]:
        event = 0 if event_rank is None else int(event_rank[row])
        return (event, min(map(at, [row, *(members or {}).get(row, [])])), at(row),
                row < lede[articles[row]])

    return sorted(rows, key=place)  # a stable sort: ties stay in the order chosen


def attribute(row: int, score: float, pool: list[Sentence], X: sparse.csr_matrix,
              order: dict[str, int], report: np.ndarray, found: list[list[Figure]],
              own: list[Figure], language: str, members: list[int],
              rivals: list[int] | None = None,
              beside: list[int] | None = None,
              disputes: list[tuple[int, list[str]]] | None = None) -> dict[str, Any]:
    """The contract's brief item for the sentence at `row` of the pool.

    members: the other sentences that state its fact (rows of the pool). Sources are the
    articles of the fact, its own first then in request order;
    support counts the independent reports among them (report: (n,) the independent report of
    each sentence's article: reprints of one story count once); evidence is every other
    sentence of the fact with its cosine similarity to this one (1 for the same words, even
    without a content word to compare); disagreements are the evidence that gives other
    figures for a count this sentence gives (found: each sentence's figures, read again with
    their units where there are any: specifics.figures, measured, in the `language`; own:
    this sentence's, so read), and the `rivals` (facts.rivals: sentences of its event outside
    its fact that may give a count it gives) and the sentences `beside` it in its article
    (facts.beside: another party's figures) that give another figure for a toll it gives, for
    a thing it counts or for one it measures in a unit (or, among rivals, for a count of those
    aboard); and the `disputes` (facts.disputes: sentences that name a true figure for one it
    gives, with those figures as written); a sentence that calls its
    figures wrong gives none in `found` (specifics.claimed). An article that gives the same
    other figures in several sentences shows them in its first; disagreements are in request
    order, then in article order.
    """
    s = pool[row]
    similarity = cosines(X, row, members)
    words = s.text.split()
    similarity = np.where([pool[m].text.split() == words for m in members], 1.0, similarity)
    others = sorted({pool[m].article for m in members} - {s.article}, key=order.__getitem__)
    item: dict[str, Any] = {
        "text": s.text,
        "article": s.article,
        "index": s.index,
        "sources": [s.article, *others],
        "support": len(set(report[[row, *members]].tolist())),
        "score": round(score, 4),
        "evidence": [
            {"article": pool[m].article, "index": pool[m].index, "text": pool[m].text,
             "similarity": round(float(sim), 4)}
            for m, sim in sorted(zip(members, similarity, strict=True),
                                 key=lambda pair: (order[pool[pair[0]].article],
                                                   pool[pair[0]].index))
        ],
    }
    differ: list[tuple[int, list[str]]] = []
    if found[row]:
        groups = (([m for m in members if pool[m].article != s.article], None, False),
                  (rivals or [], PEOPLE, True), (beside or [], TOLLS, True))
        for group, counts, measured in groups:
            giving = [m for m in group if found[m]]
            theirs = [figures(pool[m].text, language, measured=True) for m in giving]
            against = [contested(pool[m].text, these, language)
                       for m, these in zip(giving, theirs, strict=True)]
            differ += [(giving[at], shown) for at, shown in
                       disagreements(own, theirs, against, counts, things=counts is not None,
                                     measured=measured)]
        differ += disputes or []
    if differ:
        # an article that gives the same other figures in several sentences (a live page's
        # key points and its posts) shows them once, in the first
        given: dict[tuple[str, tuple[str, ...]], tuple[int, list[str]]] = {}
        for m, shown in differ:
            given.setdefault((pool[m].article, tuple(f.casefold() for f in shown)), (m, shown))
        item["disagreements"] = [
            {"article": pool[m].article, "index": pool[m].index, "text": pool[m].text,
             "figures": shown} for m, shown in sorted(
                given.values(), key=lambda d: (order[pool[d[0]].article], pool[d[0]].index))]
    return item
