"""Off-topic text: blocks and sentences that the other articles of the set do not talk about.

Each sentence is compared with the centroid of the *other* articles, so an article cannot vouch
for itself. A block pasted below a story (related articles, another story on the same beat)
shares the beat's words but far fewer than the story does: a block scoring under half of its
article's best block is dropped, but for an article's first block that tells what the other
articles' ledes tell (a lede a list of key figures cuts off from the body). A sentence sharing
next to nothing with the others is dropped.

The sums and dot products are taken over the nonzero entries of the TF-IDF matrix as flat
arrays (numpy), not as sparse matrix products: a request's matrices are small, and scipy's
checks of each sparse product cost more than the product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..facts.cluster import THRESHOLD

BLOCK_RATIO = 0.5  # a block under this fraction of its article's main block is off-topic
SENTENCE_FLOOR = 0.02  # cosine to the other articles under which a sentence is off-topic
# An article's first block that holds a sentence as close to the ledes of this many other
# articles as two sentences that state one fact (cluster.THRESHOLD) opens the story, however
# little else of its words the others use: a press release's or a blog's lede cut off from its
# body by a list of key figures ("Key figures: • Investment result: –€7.8 billion …"). Two, so
# that one lede that shares a date or a name with it does not vouch for it alone.
LEDES_TOLD = 2


@dataclass(frozen=True)
class _GroupSums:
    """The row sums of a matrix per group, as flat entries: entry e is column `columns[e]` of
    the sum of group `groups[e]`, holding `values[e]`; `of_entry` (nnz,) is the entry each
    nonzero of the matrix went into. Entries are sorted by (group, column)."""

    groups: np.ndarray
    columns: np.ndarray
    values: np.ndarray
    of_entry: np.ndarray


def _group_sums(labels: np.ndarray, columns: np.ndarray, data: np.ndarray,
                v: int) -> _GroupSums:
    """Sums of the nonzeros (label, column, value), each (nnz,), per label and column; v is
    the number of columns."""
    keys, of_entry = np.unique(labels * v + columns, return_inverse=True)
    values = np.bincount(of_entry.ravel(), weights=data, minlength=len(keys))
    groups, cols = np.divmod(keys, v)
    return _GroupSums(groups, cols, values, of_entry.ravel())


def _per_group(sums: _GroupSums, values: np.ndarray, k: int) -> np.ndarray:
    """The totals (k,) of `values` (one per entry of `sums`) per group."""
    return np.bincount(sums.groups, weights=values, minlength=k)


@dataclass(frozen=True)
class Topic:
    """Which sentences (n,) are on the set's topic: `kept`, those in a block on topic that
    share enough of the other articles' words; `in_block`, those in a block on topic, however
    few of the set's words they use (a quotation's words are its speaker's)."""

    kept: np.ndarray
    in_block: np.ndarray


def on_topic(X: sparse.csr_matrix, articles: np.ndarray, blocks: np.ndarray) -> Topic:
    """The sentences on the set's topic.

    X: (n, v) L2-normalised TF-IDF rows; articles, blocks: (n,) integer labels. With a single
    article, or articles that share nothing, everything is on topic.
    """
    n, v = X.shape
    _, article = np.unique(articles, return_inverse=True)
    article = article.ravel()
    everything = Topic(np.ones(n, dtype=bool), np.ones(n, dtype=bool))
    if n == 0 or article.max() < 1:
        return everything
    k = int(article.max()) + 1
    row = np.repeat(np.arange(n, dtype=np.int64), np.diff(X.indptr))
    col = X.indices.astype(np.int64)
    x = X.data.astype(np.float64)
    # Cosines with "the others" (the total minus the article's own sum), without forming it:
    # u . (t - a) / |t - a|, with |t - a|^2 = t.t - 2 t.a + a.a.
    total = np.bincount(col, weights=x, minlength=v)
    own = _group_sums(article[row], col, x, v)  # each article's sum
    own_total = _per_group(own, own.values * total[own.columns], k)
    others_norm = np.sqrt(np.maximum(
        total @ total - 2 * own_total + _per_group(own, own.values ** 2, k), 0))
    others_norm[others_norm == 0] = np.inf

    # each sentence: u . t - u . a over its nonzeros, |u| likewise
    sentence_scores = _cosine(
        np.bincount(row, weights=x * (total[col] - own.values[own.of_entry]), minlength=n),
        np.bincount(row, weights=x * x, minlength=n), others_norm[article])

    _, block = np.unique(article * (int(blocks.max()) + 1) + blocks, return_inverse=True)
    block = block.ravel()
    block_article = np.zeros(block.max() + 1, dtype=np.int64)
    block_article[block] = article
    b = _group_sums(block[row], col, x, v)  # each block's sum
    # the article's sum at each entry of a block's sum: the entries are sorted alike
    at = np.searchsorted(own.groups * v + own.columns, block_article[b.groups] * v + b.columns)
    nb = len(block_article)
    block_scores = _cosine(_per_group(b, b.values * (total[b.columns] - own.values[at]), nb),
                           _per_group(b, b.values ** 2, nb), others_norm[block_article])
    best = np.zeros(k)
    np.maximum.at(best, block_article, block_scores)
    block_ok = block_scores[block] >= BLOCK_RATIO * best[article]
    block_ok |= _opens_as_ledes_do(X, article, blocks, block_ok)
    keep = block_ok & (sentence_scores >= SENTENCE_FLOOR)
    # nothing shared: nothing to judge by
    return Topic(keep, block_ok) if keep.any() else everything


def _opens_as_ledes_do(X: sparse.csr_matrix, article: np.ndarray, blocks: np.ndarray,
                       block_ok: np.ndarray) -> np.ndarray:
    """Which sentences (n,) are in an article's first block, off topic by its score, that
    holds a sentence at cluster.THRESHOLD or more from the ledes of LEDES_TOLD other articles
    (each article's first sentence on topic): a sparse product, of the few sentences of such
    blocks by the articles' ledes."""
    n = len(article)
    out = np.zeros(n, dtype=bool)
    first = np.r_[True, article[1:] != article[:-1]]  # rows are in article order
    opening = blocks == blocks[np.maximum.accumulate(np.where(first, np.arange(n), 0))]
    candidates = np.flatnonzero(opening & ~block_ok)
    if len(candidates) == 0:
        return out
    _, lede = np.unique(article[block_ok], return_index=True)
    ledes = np.flatnonzero(block_ok)[lede]
    near = (X[candidates] @ X[ledes].T).toarray() >= THRESHOLD
    near &= article[candidates][:, None] != article[ledes][None, :]
    told = candidates[near.sum(axis=1) >= LEDES_TOLD]
    out[np.isin(article, article[told]) & opening] = True
    return out


def _cosine(dots: np.ndarray, squares: np.ndarray, others_norm: np.ndarray) -> np.ndarray:
    """Cosines from dot products with the others, squared norms and the others' norms."""
    norms = np.sqrt(squares)
    norms[norms == 0] = np.inf
    return dots / (norms * others_norm)
