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
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform

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


def cross_similarity(X: sparse.csr_matrix, articles: np.ndarray,
                     threshold: float) -> sparse.csr_matrix:
    """Cosine similarity between sentences of different articles, kept where >= threshold.

    X: (n, v) L2-normalised rows; articles: (n,) labels. Returns a sparse symmetric (n, n)
    holding, for each sentence, at most its NEIGHBOURS closest partners.
    """
    n = X.shape[0]
    XT = sparse.csc_matrix(X.T)
    rows, cols, values = [], [], []
    for start in range(0, n, BLOCK_ROWS):
        block = sparse.coo_matrix(X[start:start + BLOCK_ROWS] @ XT)
        r, c, v = block.row + start, block.col, block.data
        keep = (v >= threshold) & (articles[r] != articles[c])
        r, c, v = r[keep], c[keep], v[keep]
        order = np.lexsort((-v, r))
        r, c, v = r[order], c[order], v[order]
        rank = np.arange(len(r)) - np.searchsorted(r, r)
        keep = rank < NEIGHBOURS
        rows.append(r[keep])
        cols.append(c[keep])
        values.append(v[keep])
    S = sparse.csr_matrix((np.concatenate(values) if values else np.zeros(0),
                           (np.concatenate(rows) if rows else np.zeros(0, int),
                            np.concatenate(cols) if cols else np.zeros(0, int))), shape=(n, n))
    return sparse.csr_matrix(S.maximum(S.T))


def _groups(S: sparse.csr_matrix, threshold: float) -> list[np.ndarray]:
    """Linked groups of sentences, each at most LINKAGE_MAX large or copies of one sentence."""
    out: list[np.ndarray] = []
    pending = [(np.arange(S.shape[0]), S, threshold)]
    while pending:  # each round either finishes a group or raises its bar: bounded
        members, sub, bar = pending.pop()
        _, labels = connected_components(sub, directed=False)
        order = np.argsort(labels, kind="stable")
        for part in np.split(order, np.flatnonzero(np.diff(labels[order])) + 1):
            if len(part) <= LINKAGE_MAX or bar >= SAME:
                out.append(members[part])
                continue
            raised = min(bar + STEP, SAME)
            tighter = sparse.csr_matrix(sub[part][:, part])
            tighter.data[tighter.data < raised] = 0
            tighter.eliminate_zeros()
            pending.append((members[part], tighter, raised))
    return out


def cluster(S: sparse.csr_matrix, threshold: float = THRESHOLD) -> np.ndarray:
    """Cluster labels (n,) from the thresholded cross-article similarity S (n, n).

    Labels are 0..k-1, numbered by each cluster's first sentence; a sentence with no partner
    is a cluster of its own.
    """
    n = S.shape[0]
    labels = np.arange(n)
    groups = [np.sort(g) for g in _groups(S, threshold)]
    group_of = np.empty(n, dtype=int)
    local = np.empty(n, dtype=int)
    for k, members in enumerate(groups):
        group_of[members] = k
        local[members] = np.arange(len(members))
    # The pairs of each group, read once from S rather than sliced out group by group.
    pairs = sparse.coo_matrix(S)
    inside = group_of[pairs.row] == group_of[pairs.col]  # a raised bar may have cut a pair
    pairs = sparse.coo_matrix((pairs.data[inside], (pairs.row[inside], pairs.col[inside])),
                              shape=S.shape)
    by_group = np.argsort(group_of[pairs.row], kind="stable")
    bounds = np.searchsorted(group_of[pairs.row][by_group], np.arange(len(groups) + 1))
    for k, members in enumerate(groups):
        if len(members) < 3 or len(members) > LINKAGE_MAX:  # a pair, or copies of one sentence
            labels[members] = members[0]
            continue
        at = by_group[bounds[k]:bounds[k + 1]]
        sub = np.zeros((len(members), len(members)))
        sub[local[pairs.row[at]], local[pairs.col[at]]] = pairs.data[at]
        distance = 1.0 - np.clip(sub, 0.0, 1.0)
        np.fill_diagonal(distance, 0.0)
        tree = linkage(squareform(distance, checks=False), method="average")
        parts = fcluster(tree, t=1.0 - threshold, criterion="distance")
        firsts = np.full(parts.max() + 1, n)
        np.minimum.at(firsts, parts, members)
        labels[members] = firsts[parts]
    _, dense = np.unique(labels, return_inverse=True)
    return dense
