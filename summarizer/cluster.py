"""Sentences from different articles that say the same thing, as clusters.

Similarity is cosine between TF-IDF rows, taken only across articles: two sentences of one
article are never a pair. Pairs at or above the threshold link sentences into candidate groups;
inside a group, average linkage keeps only sentences whose mean similarity to the rest of
their cluster reaches the threshold, so one loose pair cannot chain two facts together.

Memory grows with the pairs kept, not with n squared: similarities are computed a block of
rows at a time and each sentence keeps only its closest partners. A group too large for exact
average linkage (near-copies of one wire story, say) is split first by raising the bar inside
it until its parts are small enough.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.cluster import _hierarchy  # the compiled routines of scipy.cluster.hierarchy
from scipy.sparse.csgraph import connected_components

# Cosine at which two sentences of different articles say the same thing. Chosen on hand-labelled
# pairs (eval/cluster_pairs.py): at 0.2 precision is 0.75-0.86 on the sets written for the
# project and 0.64 on the seed set; lower finds more pairs but starts joining different facts of
# one event, higher finds few paraphrases at all (docs/quality.md).
THRESHOLD = 0.2
NEIGHBOURS = 25  # partners kept per sentence: more than the articles that could repeat a fact
BLOCK_ROWS = 2048  # rows of the similarity computed at once
LINKAGE_MAX = 300  # largest group given to exact average linkage
STEP = 0.1  # how much the bar rises inside a group too large for it
SAME = 0.99  # a group still linked at this bar is one sentence in many copies
_AVERAGE = 2  # scipy.cluster.hierarchy's code for method="average"


def cross_similarity(X: sparse.csr_matrix, articles: np.ndarray,
                     threshold: float) -> sparse.csr_matrix:
    """Cosine similarity between sentences of different articles, kept where >= threshold.

    X: (n, v) L2-normalised rows; articles: (n,) labels. Returns a sparse symmetric (n, n)
    holding, for each sentence, at most its NEIGHBOURS closest partners.
    """
    n = X.shape[0]
    XT = sparse.csr_matrix(X.T)  # what the product would convert X.T to for every block
    rows, cols, values = [], [], []
    for start in range(0, n, BLOCK_ROWS):
        block = X[start:start + BLOCK_ROWS] @ XT
        at = np.flatnonzero(block.data >= threshold)  # the few entries worth a look
        r = np.searchsorted(block.indptr, at, side="right") - 1 + start
        c, v = block.indices[at], block.data[at]
        keep = articles[r] != articles[c]
        r, c, v = r[keep], c[keep], v[keep]
        if len(r) and np.bincount(r - start).max() > NEIGHBOURS:
            order = np.lexsort((-v, r))  # by row, closest partners first, ties as they come
            r, c, v = r[order], c[order], v[order]
            keep = np.arange(len(r)) - np.searchsorted(r, r) < NEIGHBOURS
            r, c, v = r[keep], c[keep], v[keep]
        rows.append(r)
        cols.append(c)
        values.append(v)
    S = sparse.csr_matrix((np.concatenate(values) if values else np.zeros(0),
                           (np.concatenate(rows) if rows else np.zeros(0, int),
                            np.concatenate(cols) if cols else np.zeros(0, int))), shape=(n, n))
    return sparse.csr_matrix(S.maximum(S.T))


def _groups(S: sparse.csr_matrix, threshold: float) -> np.ndarray:
    """Linked group of each sentence (n,) labels 0..k-1: each group at most LINKAGE_MAX large
    or copies of one sentence."""
    group = np.empty(S.shape[0], dtype=np.int64)
    found = 0
    pending = [(np.arange(S.shape[0]), S, threshold)]
    while pending:  # each round either finishes a group or raises its bar: bounded
        members, sub, bar = pending.pop()
        k, labels = connected_components(sub, directed=False)
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
    pairs = sparse.coo_matrix(S)
    row, col = pairs.row.astype(np.int64), pairs.col.astype(np.int64)
    g = group[row]
    inside = linked[g] & (g == group[col]) & (row < col)  # a raised bar may have cut a pair
    g, i, j = g[inside], local[row[inside]], local[col[inside]]
    distances = np.ones(offsets[-1])
    distances[offsets[g] + sizes[g] * i - i * (i + 1) // 2 + (j - i - 1)] = \
        1.0 - np.clip(pairs.data[inside].astype(np.float64), 0.0, 1.0)
    return distances, offsets


def cluster(S: sparse.csr_matrix, threshold: float = THRESHOLD) -> np.ndarray:
    """Cluster labels (n,) from the thresholded cross-article similarity S (n, n).

    Labels are 0..k-1, numbered by each cluster's first sentence; a sentence with no partner
    is a cluster of its own.
    """
    n = S.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    group = _groups(S, threshold)
    sizes = np.bincount(group)
    order = np.argsort(group, kind="stable")  # each group's members in turn, in order
    starts = np.zeros(len(sizes), dtype=np.int64)
    np.cumsum(sizes[:-1], out=starts[1:])
    local = np.empty(n, dtype=np.int64)  # place of each sentence among its group's members
    local[order] = np.arange(n) - starts[group[order]]
    labels = order[starts][group]  # a group's first sentence; for a pair, or copies of one
    linked = (sizes >= 3) & (sizes <= LINKAGE_MAX)
    if not linked.any():
        return np.unique(labels, return_inverse=True)[1]
    distances, offsets = _condensed(S, group, local, sizes, linked)
    # Average linkage cut at 1 - threshold in each linked group: what scipy's linkage(method=
    # "average") and fcluster(criterion="distance") compute, by the compiled routines they
    # call, without their checks of each argument (most of the time, for groups this small).
    part = np.zeros(n, dtype=np.int32)  # in `order`: flat cluster 1.. within the group
    for k in np.flatnonzero(linked).tolist():
        size, at = int(sizes[k]), int(starts[k])
        tree = _hierarchy.nn_chain(distances[offsets[k]:offsets[k + 1]], size, _AVERAGE)
        _hierarchy.cluster_dist(tree, part[at:at + size], 1.0 - threshold, size)
    in_linked = linked[group[order]]
    members = order[in_linked]
    key = group[members] * (int(sizes.max()) + 1) + part[in_linked]
    _, first, flat = np.unique(key, return_index=True, return_inverse=True)
    labels[members] = members[first][flat]  # each flat cluster's first sentence
    return np.unique(labels, return_inverse=True)[1]
