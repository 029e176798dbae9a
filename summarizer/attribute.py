"""Reading order and attribution: each brief sentence with its cluster's sources and evidence."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse

from .cluster import cosines
from .split import Sentence


def reading_order(rows: list[int], pool: list[Sentence], sizes: dict[str, int],
                  order: dict[str, int]) -> list[int]:
    """The rows sorted by where they stand in their articles (relative position), then article."""
    def place(row: int) -> tuple[float, int, int]:
        s = pool[row]
        return (s.index / max(sizes[s.article], 1), order[s.article], s.index)

    return sorted(rows, key=place)


def attribute(row: int, score: float, pool: list[Sentence], clusters: np.ndarray,
              X: sparse.csr_matrix, order: dict[str, int]) -> dict[str, Any]:
    """The contract's brief item for the sentence at `row` of the pool.

    Sources are the articles of its cluster, its own first then in request order; evidence is
    every other sentence of the cluster with its cosine similarity to this one (1 for the same
    words, even without a content word to compare).
    """
    s = pool[row]
    members = [int(m) for m in np.flatnonzero(clusters == clusters[row]) if m != row]
    similarity = cosines(X, row, members)
    words = s.text.split()
    similarity = np.where([pool[m].text.split() == words for m in members], 1.0, similarity)
    others = sorted({pool[m].article for m in members} - {s.article}, key=order.__getitem__)
    return {
        "text": s.text,
        "article": s.article,
        "index": s.index,
        "sources": [s.article, *others],
        "support": 1 + len(others),
        "score": round(score, 4),
        "evidence": [
            {"article": pool[m].article, "index": pool[m].index, "text": pool[m].text,
             "similarity": round(float(sim), 4)}
            for m, sim in sorted(zip(members, similarity, strict=True),
                                 key=lambda pair: (order[pool[pair[0]].article],
                                                   pool[pair[0]].index))
        ],
    }
