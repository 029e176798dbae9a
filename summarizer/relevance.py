"""Off-topic text: blocks and sentences that the other articles of the set do not talk about.

Each sentence is compared with the centroid of the *other* articles, so an article cannot vouch
for itself. A block pasted below a story (related articles, another story on the same beat)
shares the beat's words but far fewer than the story does: a block scoring under half of its
article's best block is dropped. A sentence sharing next to nothing with the others is dropped.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

BLOCK_RATIO = 0.5  # a block under this fraction of its article's main block is off-topic
SENTENCE_FLOOR = 0.02  # cosine to the other articles under which a sentence is off-topic


def _unit(v: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(v))
    return v / norm if norm > 0 else v


def on_topic(X: sparse.csr_matrix, articles: np.ndarray, blocks: np.ndarray) -> np.ndarray:
    """Mask of the sentences on the set's topic.

    X: (n, v) L2-normalised TF-IDF rows; articles, blocks: (n,) integer labels.
    Returns a boolean array (n,). With a single article, or articles that share nothing,
    everything is on topic.
    """
    keep = np.ones(X.shape[0], dtype=bool)
    if len(np.unique(articles)) < 2:
        return keep
    total = np.asarray(X.sum(axis=0)).ravel()
    for a in np.unique(articles):
        rows = articles == a
        others = _unit(total - np.asarray(X[rows].sum(axis=0)).ravel())
        sentence_scores = X[rows] @ others
        block_ids = blocks[rows]
        block_scores = {b: float(_unit(np.asarray(X[rows][block_ids == b].sum(axis=0)).ravel())
                                 @ others) for b in np.unique(block_ids)}
        main = max(block_scores.values())
        block_ok = np.array([block_scores[b] >= BLOCK_RATIO * main for b in block_ids])
        keep[rows] = block_ok & (sentence_scores >= SENTENCE_FLOOR)
    return keep if keep.any() else np.ones_like(keep)  # nothing shared: no topic to judge by
