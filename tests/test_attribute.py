"""The brief's reading order (brief/attribute.reading_order), on plain data: where the reports
of each fact place it first, then where its own wording stands, then the order chosen."""

from __future__ import annotations

import numpy as np

from summarizer.brief.attribute import reading_order

# a pool of three articles of ten sentences each, in article order: wire's rows 0 to 9,
# paper's 10 to 19, live's 20 to 29
ARTICLES = np.repeat(np.arange(3), 10)
WIRE, PAPER, LIVE = 0, 10, 20


def test_a_fact_stands_where_its_reports_first_place_it() -> None:
    """The live page's fourth line states what the wire opens with: it comes before the
    paper's second line, though it stands further down its own article."""
    assert reading_order([PAPER + 1, LIVE + 3], ARTICLES,
                         members={LIVE + 3: [WIRE], PAPER + 1: []}) == [LIVE + 3, PAPER + 1]
    # without its reports: its own place
    assert reading_order([PAPER + 1, LIVE + 3], ARTICLES) == [PAPER + 1, LIVE + 3]


def test_facts_placed_alike_follow_their_own_wordings_then_the_order_chosen() -> None:
    """Two facts that articles open with: the one whose wording opens its article first (a
    crash, then its toll); of two wordings as high up, the one chosen first."""
    members = {PAPER + 1: [WIRE], PAPER: [], LIVE: []}
    assert reading_order([PAPER + 1, PAPER], ARTICLES, members=members) == [PAPER, PAPER + 1]
    assert reading_order([LIVE, PAPER], ARTICLES, members=members) == [LIVE, PAPER]
    assert reading_order([PAPER, LIVE], ARTICLES, members=members) == [PAPER, LIVE]


def test_a_place_is_among_the_sentences_the_pool_kept() -> None:
    """A press release's lede, below a heading and a date line that cleaning left out, is the
    first of its sentences in the pool: it comes before a long paper's second sentence, which
    stands higher in its own article by its share of it."""
    articles = np.repeat(np.arange(2), [4, 40])  # the release's 4 sentences, the paper's 40
    assert reading_order([5, 0], articles) == [0, 5]


def test_events_come_first() -> None:
    """A story of several events reads event by event, whatever the places in the articles."""
    rank = np.zeros(30, dtype=int)
    rank[WIRE] = 1
    assert reading_order([WIRE, PAPER + 5], ARTICLES, rank) == [PAPER + 5, WIRE]


def test_a_live_pages_posts_place_no_fact() -> None:
    """A live page's first post is its latest: a fact the live page opens with and the wire
    states in its fourth line comes after the fact the wire and the paper open with, though
    the live page's own wording of it was chosen; a fact only live pages give comes last."""
    posted = ARTICLES == 2
    members = {LIVE: [WIRE + 3], PAPER + 1: [WIRE]}
    assert reading_order([LIVE, PAPER + 1], ARTICLES, members=members,
                         posted=posted) == [PAPER + 1, LIVE]
    assert reading_order([LIVE + 1, PAPER + 6], ARTICLES, posted=posted) == [PAPER + 6, LIVE + 1]
    # not a live page: the fact stands where it first stands
    assert reading_order([LIVE, PAPER + 1], ARTICLES, members=members) == [LIVE, PAPER + 1]


def test_a_scene_before_an_articles_lede_stands_after_the_lede() -> None:
    """A paper opens with a scene and gives the event in its second sentence (its lede): the
    scene, chosen too, comes after that lede, not first in the brief; a sentence further down
    keeps its place."""
    ledes = np.zeros(30, dtype=bool)
    ledes[[WIRE, PAPER + 1]] = True
    assert reading_order([PAPER + 1, PAPER], ARTICLES, ledes=ledes) == [PAPER + 1, PAPER]
    assert reading_order([PAPER, PAPER + 1], ARTICLES, ledes=ledes) == [PAPER + 1, PAPER]
    assert reading_order([PAPER, WIRE + 2], ARTICLES, ledes=ledes) == [PAPER, WIRE + 2]
    # as high up as the paper's lede, after any other sentence placed there
    assert reading_order([PAPER, WIRE + 1], ARTICLES, ledes=ledes) == [WIRE + 1, PAPER]
    # without ledes: the scene opens
    assert reading_order([PAPER + 1, PAPER], ARTICLES) == [PAPER, PAPER + 1]
