"""Sentences from different articles that say the same thing, as clusters.

Similarity is cosine between TF-IDF rows, taken only across articles: two sentences of one
article are never a pair. Pairs at or above the threshold link sentences into candidate groups;
inside a group, average linkage keeps only sentences whose mean similarity to the rest of
their cluster reaches the threshold, so one loose pair cannot chain two facts together.

Memory grows with the pairs kept, not with n squared: similarities are computed a block of
rows at a time and each sentence keeps only its closest partners; a sentence carried word for
word by several outlets is multiplied once for all its copies. On inputs far larger than a
request to the service, the terms found in very many sentences find no pairs (PAIRS), so that
the work grows with n, not with n squared. A group too large for exact
average linkage (near-copies of one wire story, say) is split first by raising the bar inside
it until its parts are small enough.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from .scipy_fast import average_clusters
from .vectorise import by_rows

# Cosine at which two sentences of different articles say the same thing. Chosen on hand-labelled
# pairs (eval/cluster_pairs.py): at 0.2 precision is 0.75-0.86 on the sets written for the
# project and 0.64 on the seed set; lower finds more pairs but starts joining different facts of
# one event, higher finds few paraphrases at all (docs/quality.md).
THRESHOLD = 0.2
NEIGHBOURS = 25  # partners kept per sentence: more than the articles that could repeat a fact
BLOCK_ROWS = 2048  # rows of the similarity computed at once, at most
# entries one block's product may hold, at most (rows times n): about 200 MB as a dense block,
# so a block costs the same memory at 100,000 sentences as at 8,192
BLOCK_CELLS = BLOCK_ROWS * 8192
# Postings that candidate pairs are drawn from: a term found in more than PAIRS // n of n
# sentences finds no pairs (its weight still counts in the cosine of the pairs that other terms
# find). It is 5,000 squared, so that no term of a request within the service's limit
# (MAX_SENTENCES, 5,000) is ever left out and such requests are paired exactly; on a larger
# input the work of finding pairs, the sum of the finding terms' frequencies squared, stays
# below PAIRS times the mean terms of a sentence instead of growing with n squared (on
# bench/speed.py's resampled corpus: 31 million at 100,000 sentences instead of 1,330 million).
# Their weight is added to each pair found one term at a time, several times dearer than in the
# product: they are left out only where they hold most of the product's work (not at 30,000
# sentences here, where 25 terms over the bound hold 44 % of it and leaving them out took
# 2.5 s instead of 1.5 s).
PAIRS = 5000 * 5000
LINKAGE_MAX = 300  # largest group given to exact average linkage
STEP = 0.1  # how much the bar rises inside a group too large for it
SAME = 0.99  # a group still linked at this bar is one sentence in many copies
BINS = 64  # bins of each kind's values (_top_bins): a few dozen entries each on large inputs
MARGIN = 1e-6  # far more than float32 rounding adds to a sum of cosine terms (< 1e-7 each)


def _copies(X: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Rows of X that are copies of one another (the same entries in the same order): the kind
    of each row (n,), kinds numbered 0..k-1 in order of first sight, and the first row of each
    kind (k,)."""
    indices, data = X.indices.tobytes(), X.data.tobytes()
    wide, deep = X.indices.itemsize, X.data.itemsize
    bounds = X.indptr.tolist()
    seen: dict[tuple[bytes, bytes], int] = {}
    kinds = [seen.setdefault((indices[a * wide:b * wide], data[a * deep:b * deep]), len(seen))
             for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    kind = np.array(kinds, dtype=np.int64)
    return kind, np.unique(kind, return_index=True)[1]


def cross_similarity(X: sparse.csr_matrix, articles: np.ndarray,
                     threshold: float) -> sparse.csr_matrix:
    """Cosine similarity between sentences of different articles, kept where >= threshold.

    X: (n, v) L2-normalised rows; articles: (n,) labels. Returns a sparse symmetric (n, n)
    holding, for each sentence, at most its NEIGHBOURS closest partners (among equally close
    ones, those of the kind met first in the product, each kind's copies last row first:
    _spread).

    Copies of one row (a wire sentence that several outlets carry) have the same products,
    so the products are taken between kinds of rows, each multiplied once for all its copies
    and with each other kind once for all of that kind's copies; a row's partners are then
    its kind's, each kind spread into its copies only as far as the row reads. Each block of
    rows keeps its partners before the next block is multiplied, so memory holds one block's
    product and the partners kept, never every pair above the threshold (which grows with n
    squared on a large set about one story).
    """
    n = X.shape[0]
    if n == 0:
        return sparse.csr_matrix((0, 0))
    kind, first = _copies(X)
    _, article = np.unique(articles, return_inverse=True)
    article = article.ravel()
    frequency = np.bincount(X.indices, minlength=X.shape[1]).astype(np.int64)
    common = frequency > PAIRS // n
    work = frequency ** 2  # each term's share of the product's work
    if work[common].sum() <= work[~common].sum():  # adding them back would cost more
        common[:] = False
    finding = X[:, np.flatnonzero(~common)] if common.any() else X
    rest = X[:, np.flatnonzero(common)]
    kinds = finding[first]  # (m, f) one row of each kind
    rest_kinds = rest[first]
    KT = kinds.T.tocsr()  # converted once, not by the product for every block
    copies = copies_of(kind, len(first))
    # Of each kind, the partners its rows may read before their NEIGHBOURS of other
    # articles: those and the most sentences of one of their articles (_nearest)
    sizes = np.bincount(article)[article[copies.rows]]
    need = NEIGHBOURS + np.maximum.reduceat(sizes, copies.starts[:-1])
    step = block_rows(len(first))
    found = []
    for start in range(0, len(first), step):  # bounded: len(first) / step blocks
        end = min(start + step, len(first))
        rows = copies.rows[copies.starts[start]:copies.starts[end]]
        block = kinds[start:end] @ KT
        if rest.nnz:
            block = _plus_products(block, rest_kinds[start:end], rest_kinds, threshold)
        k, c, v = _spread(block, copies, need[start:end], threshold)
        found.append(_nearest(k, c, v, block.shape[0], rows, kind[rows] - start, article))
    rows, cols, values = (np.concatenate(part) for part in zip(*found, strict=True))
    if len(rows) == 0:
        return sparse.csr_matrix((n, n), dtype=values.dtype)
    # symmetric(rows, cols, values, n) of pairs known to be distinct (each row's partners
    # are): scipy's conversion, by a count per row, and maximum, where symmetric() sorts every
    # entry (three times as long on 100,000 sentences)
    S = sparse.csr_matrix((values, (rows, cols)), shape=(n, n))
    return S.maximum(S.T)


@dataclass(frozen=True)
class Copies:
    """The rows of each kind of row (_copies): `rows` (n,) the rows kind by kind, each kind's
    in order; `starts` (m + 1,) where each kind's begin in `rows`."""

    rows: np.ndarray
    starts: np.ndarray


def copies_of(kind: np.ndarray, m: int) -> Copies:
    """The Copies of the m kinds of rows, `kind` (n,) each row's (_copies)."""
    rows = np.argsort(kind, kind="stable")
    return Copies(rows, np.searchsorted(kind[rows], np.arange(m + 1)))


def _plus_products(block: sparse.csr_matrix, left: sparse.csr_matrix,
                   right: sparse.csr_matrix, threshold: float) -> sparse.csr_matrix:
    """block (b, m) with each of its entries (i, j) plus left[i] . right[j], the entries of
    left @ right.T that block holds (left (b, f), right (m, f): the terms that found no pairs),
    where the sum may reach the threshold; the product's other entries are never computed.

    An entry under the threshold by more than |left[i]| |right[j]|, the most the product can
    add (Cauchy-Schwarz), stays under it: it is left as it is (most entries of a large input's
    block, which share one word of middling frequency and no more).
    """
    dense = left.toarray()  # (b, f): f common terms, few
    row = np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))
    reach = np.sqrt((dense * dense).sum(axis=1))[row] * _norms(right)[block.indices]
    # MARGIN: float32 sums may round up past what the exact sum would reach
    near = np.flatnonzero(block.data + reach >= threshold - MARGIN)
    cols = block.indices[near]
    starts, sizes = right.indptr[cols], np.diff(right.indptr)[cols]
    entry = np.repeat(np.arange(len(cols)), sizes)  # of each term multiplied, its entry
    at = np.arange(len(entry)) + np.repeat(starts - np.cumsum(sizes) + sizes, sizes)
    products = dense[row[near][entry], right.indices[at]] * right.data[at]
    summed = block.data.copy()
    summed[near] = (block.data[near] + np.bincount(entry, weights=products, minlength=len(cols))
                    ).astype(block.dtype)
    return sparse.csr_matrix((summed, block.indices, block.indptr), shape=block.shape)


def _norms(M: sparse.csr_matrix) -> np.ndarray:
    """The L2 norm of each row of M (m,)."""
    row = np.repeat(np.arange(M.shape[0]), np.diff(M.indptr))
    return np.sqrt(np.bincount(row, weights=M.data.astype(np.float64) ** 2, minlength=M.shape[0]))


def block_rows(n: int) -> int:
    """Rows of the similarity computed at once among n: BLOCK_ROWS, fewer when n is so large
    that a block's product (rows, n) could hold more than BLOCK_CELLS entries."""
    return max(1, min(BLOCK_ROWS, BLOCK_CELLS // max(n, 1)))


def _spread(block: sparse.csr_matrix, copies: Copies, need: np.ndarray, threshold: float
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The partners of each kind of a block (kind k, row c, value v), by kind, each kind's in
    the order in which they are taken: closest first; equally close ones kind by kind as they
    come in the product, each kind's rows last first; each kind's at least as far as its
    `need` (b,), or all of them, from the threshold up.

    block: (b, m) the products of the block's kinds with every kind;
    copies: the rows of each kind.
    """
    at = np.flatnonzero(block.data >= threshold)  # the few entries worth a look
    k = np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))[at]
    col, v = block.indices[at], block.data[at]
    count = np.diff(copies.starts)[col]  # rows of each entry's kind
    top = _top_bins(k, v, count, need, threshold)  # still in the product's order
    k, col, v, count = k[top], col[top], v[top], count[top]
    if len(k) == 0:
        return k, col, v
    order = _closest_first(k, v)
    k, col, v, count = k[order], col[order], v[order], count[order]
    # ties: the entries of one kind of one value, each such run taken whole or not at all
    new = np.r_[True, (k[1:] != k[:-1]) | (v[1:] != v[:-1])]
    tie = np.cumsum(new) - 1
    before = np.cumsum(count) - count  # rows of the entries before it
    starts = np.searchsorted(k, np.arange(block.shape[0] + 1))
    before -= np.repeat(before[np.minimum(starts[:-1], len(k) - 1)], np.diff(starts))  # of its kind
    keep = (before < need[k])[np.flatnonzero(new)][tie]
    k, col, v, count = k[keep], col[keep], v[keep], count[keep]
    # each entry's kind spread into its rows, the last row first
    which = np.repeat(np.arange(len(col)), count)
    within = np.arange(len(which)) - np.repeat(np.cumsum(count) - count, count)
    rows = copies.rows[copies.starts[col + 1][which] - 1 - within]
    return k[which], rows, v[which]


def _top_bins(k: np.ndarray, v: np.ndarray, count: np.ndarray, need: np.ndarray,
              threshold: float) -> np.ndarray:
    """Which entries (kind k, value v >= threshold, rows `count`) may be read (_spread): each
    kind's values binned in BINS equal bins from the threshold to 1, the entries of its top
    bins down to the one where they hold `need` rows, all of them if they never do. Equal
    values share a bin: ties are kept whole. The entries of a large input's kinds are
    hundreds, of which a few dozen are read; only these are sorted."""
    b = len(need)
    span = max(1.0 - threshold, 1e-6)  # cosines reach 1 (a hair over, rounded)
    where = np.clip(((v - threshold) / span * BINS).astype(np.int64), 0, BINS - 1)
    held = np.bincount(k * BINS + where, weights=count, minlength=b * BINS).reshape(b, BINS)
    down = np.cumsum(held[:, ::-1], axis=1)  # rows from the top bin down to each bin
    enough = down >= need[:, None]
    # the lowest bin kept: where the rows first reach `need`, else the lowest of all
    lowest = np.where(enough.any(axis=1), BINS - 1 - enough.argmax(axis=1), 0)
    return np.flatnonzero(where >= lowest[k])


def _nearest(k: np.ndarray, c: np.ndarray, v: np.ndarray, b: int, rows: np.ndarray,
             kind: np.ndarray, article: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The partners kept of the rows of one block of kinds: (rows, cols, values) of each row's
    first NEIGHBOURS partners of other articles.

    k, c, v: the partners of each of the block's b kinds (_spread), by kind, each kind's in
    order; rows: the rows of those kinds, in order of kind; kind: each of those rows' kind,
    0..b-1 within the block; article: (n,) article positions 0..k-1.
    """
    if len(k) == 0:
        return rows[:0], c, v
    # Each row takes its kind's partners, less those of its own article, the first NEIGHBOURS:
    # it reads no further than NEIGHBOURS plus its kind's partners from its own article.
    starts = np.searchsorted(k, np.arange(b + 1))
    width = int(article.max()) + 1
    pairs, count = np.unique(k * width + article[c], return_counts=True)  # (kind, article)
    own = kind * width + article[rows]
    found = np.minimum(np.searchsorted(pairs, own), len(pairs) - 1)
    skip = np.where(pairs[found] == own, count[found], 0)
    reach = np.minimum(starts[kind + 1] - starts[kind], NEIGHBOURS + skip)
    which = np.repeat(np.arange(len(rows)), reach)  # of each entry read, its place in rows
    offsets = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(reach, out=offsets[1:])
    at = starts[kind][which] + np.arange(len(which)) - offsets[which]
    row, c, v = rows[which], c[at], v[at]
    keep = article[c] != article[row]
    taken = np.cumsum(keep)
    rank = taken - np.r_[0, taken][offsets[which]] - 1  # among the row's partners kept so far
    keep &= rank < NEIGHBOURS
    return row[keep], c[keep], v[keep]


def _closest_first(k: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The order of entries (kind k, value v > 0, float32) by kind, then largest value first,
    ties as they come: np.lexsort((-v, k)) as one stable sort of one integer key, three times
    faster on a block of 30,000 sentences (460,000 entries). A positive float32's bits, read as
    an integer, rise with its value, and take 31 bits at most: below the kind's."""
    if v.dtype != np.float32:  # X is float32 (vectorise.weigh); any other: the two keys
        return np.lexsort((-v, k))
    key = (k.astype(np.int64) << 32) - v.view(np.int32)
    return np.argsort(key, kind="stable")


def symmetric(rows: np.ndarray, cols: np.ndarray, values: np.ndarray,
               n: int) -> sparse.csr_matrix:
    """The (n, n) matrix holding each pair (row, col) given, of a positive value, and its
    mirror (col, row), the largest value where a cell is given more than once, either way:
    S.maximum(S.T) of S = csr_matrix((values, (rows, cols))) for distinct pairs, sorted alike,
    without the conversions it makes."""
    key = np.r_[rows, cols].astype(np.int64) * n + np.r_[cols, rows]
    value = np.r_[values, values]
    if len(key) == 0:
        return sparse.csr_matrix((n, n), dtype=value.dtype)
    # by cell, and the largest value of each: one sort of one key, where sorting by the value
    # too (np.lexsort) to take each cell's last took twice as long
    order = np.argsort(key, kind="stable")
    key = key[order]
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    row_of, col_of = np.divmod(key[first], n)
    return by_rows(row_of, col_of, np.maximum.reduceat(value[order], first), (n, n))


def cosines(X: sparse.csr_matrix, row: int, others: list[int]) -> np.ndarray:
    """Cosine of X's row with each of the `others` (X's rows L2-normalised)."""
    return X[others] @ X[row].toarray().ravel()


def _groups(S: sparse.csr_matrix, threshold: float) -> np.ndarray:
    """Linked group of each sentence (n,) labels 0..k-1: each group at most LINKAGE_MAX large
    or copies of one sentence."""
    group = np.empty(S.shape[0], dtype=np.int64)
    found = 0
    pending = [(np.arange(S.shape[0]), S, threshold)]
    while pending:  # each round either finishes a group or raises its bar: bounded
        members, sub, bar = pending.pop()
        # S is symmetric: its strong components are its components, found without the
        # transpose that the undirected search makes
        k, labels = connected_components(sub, directed=True, connection="strong")
        done = (np.bincount(labels, minlength=k) <= LINKAGE_MAX) | (bar >= SAME)
        number = np.cumsum(done) - 1 + found
        final = done[labels]
        group[members[final]] = number[labels[final]]
        found += int(done.sum())
        raised = min(bar + STEP, SAME)
        for label in np.flatnonzero(~done):
            part = np.flatnonzero(labels == label)
            tighter = sparse.csr_matrix(sub[part][:, part])
            tighter.data[tighter.data < raised] = 0
            tighter.eliminate_zeros()
            pending.append((members[part], tighter, raised))
    return group


def _condensed(S: sparse.csr_matrix, group: np.ndarray, local: np.ndarray, sizes: np.ndarray,
               linked: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The condensed distance matrix of every linked group (1 - similarity, 1 where S holds no
    pair; the upper triangle row by row, as scipy's squareform gives it), one after another in
    one array, and where each group's starts (linked groups only; (groups + 1,))."""
    offsets = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(np.where(linked, sizes * (sizes - 1) // 2, 0), out=offsets[1:])
    # S's entries as coo_matrix(S) holds them, without converting it
    row = np.repeat(np.arange(S.shape[0], dtype=np.int64), np.diff(S.indptr))
    col = S.indices.astype(np.int64)
    g = group[row]
    # a raised bar may have cut a pair; of the two cells of a pair, the one above the diagonal
    inside = linked[g] & (g == group[col]) & (local[row] < local[col])
    g, i, j = g[inside], local[row[inside]], local[col[inside]]
    distances = np.ones(offsets[-1])
    distances[offsets[g] + sizes[g] * i - i * (i + 1) // 2 + (j - i - 1)] = \
        1.0 - np.clip(S.data[inside].astype(np.float64), 0.0, 1.0)
    return distances, offsets


def cluster(S: sparse.csr_matrix, threshold: float = THRESHOLD,
            ties: np.ndarray | None = None) -> np.ndarray:
    """Cluster labels (n,) from the thresholded cross-article similarity S (n, n), symmetric.

    Labels are 0..k-1, numbered by each cluster's first sentence; a sentence with no partner
    is a cluster of its own. ties: each sentence's place (n,) in the order in which average
    linkage settles ties between equal links (it joins the first pair it meets), by default
    their own order.
    """
    n = S.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    group = _groups(S, threshold)
    sizes = np.bincount(group)
    # each group's members in turn, in the order of ties
    order = np.argsort(group, kind="stable") if ties is None else np.lexsort((ties, group))
    starts = np.zeros(len(sizes), dtype=np.int64)
    np.cumsum(sizes[:-1], out=starts[1:])
    local = np.empty(n, dtype=np.int64)  # place of each sentence among its group's members
    local[order] = np.arange(n) - starts[group[order]]
    labels = order[starts][group]  # a group's first sentence; for a pair, or copies of one
    linked = (sizes >= 3) & (sizes <= LINKAGE_MAX)
    if not linked.any():
        return by_first_sentence(labels)
    distances, offsets = _condensed(S, group, local, sizes, linked)
    # average linkage in each linked group, cut at 1 - threshold
    part = np.zeros(n, dtype=np.int32)  # in `order`: flat cluster 1.. within the group
    for k in np.flatnonzero(linked).tolist():
        size, at = int(sizes[k]), int(starts[k])
        part[at:at + size] = average_clusters(distances[offsets[k]:offsets[k + 1]], size,
                                              1.0 - threshold)
    in_linked = linked[group[order]]
    members = order[in_linked]
    key = group[members] * (int(sizes.max()) + 1) + part[in_linked]
    _, first, flat = np.unique(key, return_index=True, return_inverse=True)
    labels[members] = members[first][flat]  # each flat cluster's first sentence in `order`
    return by_first_sentence(labels)


def by_first_sentence(labels: np.ndarray) -> np.ndarray:
    """Labels (n,), any integers, as 0..k-1 numbered by each cluster's first sentence."""
    _, first, flat = np.unique(labels, return_index=True, return_inverse=True)
    return np.unique(first[flat], return_inverse=True)[1]


def join_wordless(labels: np.ndarray, texts: list[str], X: sparse.csr_matrix) -> np.ndarray:
    """Labels (n,) with the sentences that hold no content word (empty rows of X), which no
    similarity can link, joined by wording: "The end." in three articles is one sentence said
    three times. Numbered as cluster() numbers them."""
    wordless = np.flatnonzero(np.diff(X.indptr) == 0)
    if len(wordless) < 2:
        return labels
    joined = labels.copy()
    first: dict[str, int] = {}
    for row in wordless.tolist():
        joined[row] = joined[first.setdefault(" ".join(texts[row].split()), row)]
    return np.unique(joined, return_inverse=True)[1]
