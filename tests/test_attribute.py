"""The brief's reading order (brief/attribute.reading_order), on plain data: where the reports
of each fact place it first, then where its own wording stands, then the order chosen."""

from __future__ import annotations

import numpy as np

from summarizer.brief.attribute import reading_order
from summarizer.text.split import Sentence

SIZES = {"wire": 10, "paper": 10, "live": 10}


def _pool(*places: tuple[str, int]) -> list[Sentence]:
    return [Sentence(article, index, f"{article} {index}.", index, True, True)
            for article, index in places]


def test_a_fact_stands_where_its_reports_first_place_it() -> None:
    """The live page's fourth line states what the wire opens with: it comes before the
    paper's second line, though it stands further down its own article."""
    pool = _pool(("live", 3), ("paper", 1), ("wire", 0))
    assert reading_order([1, 0], pool, SIZES, members={0: [2], 1: []}) == [0, 1]
    assert reading_order([1, 0], pool, SIZES) == [1, 0]  # without its reports: its own place


def test_facts_placed_alike_follow_their_own_wordings_then_the_order_chosen() -> None:
    """Two facts that articles open with: the one whose wording opens its article first (a
    crash, then its toll); of two wordings as high up, the one chosen first."""
    pool = _pool(("paper", 1), ("paper", 0), ("wire", 0), ("live", 0))
    members = {0: [2], 1: [], 3: []}
    assert reading_order([0, 1], pool, SIZES, members=members) == [1, 0]
    assert reading_order([3, 1], pool, SIZES, members=members) == [3, 1]
    assert reading_order([1, 3], pool, SIZES, members=members) == [1, 3]


def test_events_come_first() -> None:
    """A story of several events reads event by event, whatever the places in the articles."""
    pool = _pool(("wire", 0), ("paper", 5))
    assert reading_order([0, 1], pool, SIZES, np.array([1, 0])) == [1, 0]
