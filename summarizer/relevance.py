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


def _sums(X: sparse.csr_matrix, labels: np.ndarray) -> sparse.csr_matrix:
    """Row sums of X per label 0..k-1: shape (k, v)."""
    k = int(labels.max()) + 1
    indicator = sparse.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))),
                                  shape=(k, len(labels)))
    return sparse.csr_matrix(indicator @ X)


def _rowdot(A: sparse.csr_matrix, B: sparse.csr_matrix) -> np.ndarray:
    return np.asarray(A.multiply(B).sum(axis=1)).ravel()


def on_topic(X: sparse.csr_matrix, articles: np.ndarray, blocks: np.ndarray) -> np.ndarray:
    """Mask of the sentences on the set's topic.

    X: (n, v) L2-normalised TF-IDF rows; articles, blocks: (n,) integer labels.
    Returns a boolean array (n,). With a single article, or articles that share nothing,
    everything is on topic.
    """
    n = X.shape[0]
    _, article = np.unique(articles, return_inverse=True)
    if n == 0 or article.max() < 1:
        return np.ones(n, dtype=bool)
    # Cosines with "the others" (the total minus the article's own sum), without forming it:
    # u . (t - a) / |t - a|, with |t - a|^2 = t.t - 2 t.a + a.a.
    total = np.asarray(X.sum(axis=0)).ravel()
    own = _sums(X, article)  # (articles, v)
    own_total = own @ total
    others_norm = np.sqrt(np.maximum(total @ total - 2 * own_total + _rowdot(own, own), 0))
    others_norm[others_norm == 0] = np.inf

    def cosine(U: sparse.csr_matrix, of_article: np.ndarray) -> np.ndarray:
        norms = np.sqrt(_rowdot(U, U))
        norms[norms == 0] = np.inf
        return (U @ total - _rowdot(U, own[of_article])) / (norms * others_norm[of_article])

    sentence_scores = cosine(X, article)
    _, block = np.unique(np.stack([article, blocks]), axis=1, return_inverse=True)
    block = block.ravel()
    block_article = np.zeros(block.max() + 1, dtype=int)
    block_article[block] = article
    block_scores = cosine(_sums(X, block), block_article)
    best = np.zeros(article.max() + 1)
    np.maximum.at(best, block_article, block_scores)
    block_ok = block_scores[block] >= BLOCK_RATIO * best[article]
    keep = block_ok & (sentence_scores >= SENTENCE_FLOOR)
    return keep if keep.any() else np.ones(n, dtype=bool)  # nothing shared: nothing to judge by
