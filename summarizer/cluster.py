"""Sentences from different articles that say the same thing, as clusters.

Similarity is cosine between TF-IDF rows, taken only across articles: two sentences of one
article are never a pair. Pairs at or above the threshold link sentences into candidate groups;
inside a group, average linkage keeps only sentences whose mean similarity to the rest of
their cluster reaches the threshold, so one loose pair cannot chain two facts together.
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


def cross_similarity(X: sparse.csr_matrix, articles: np.ndarray,
                     threshold: float) -> sparse.csr_matrix:
    """Cosine similarity between sentences of different articles, kept where >= threshold.

    X: (n, v) L2-normalised rows; articles: (n,) labels. Returns a sparse symmetric (n, n).
    """
    S = sparse.csr_matrix(X @ X.T)
    S.data[S.data < threshold] = 0
    coo = S.tocoo()
    across = articles[coo.row] != articles[coo.col]
    S = sparse.csr_matrix((coo.data[across], (coo.row[across], coo.col[across])), shape=S.shape)
    S.eliminate_zeros()
    return S


def cluster(S: sparse.csr_matrix, threshold: float = THRESHOLD) -> np.ndarray:
    """Cluster labels (n,) from the thresholded cross-article similarity S (n, n).

    Labels are 0..k-1, numbered by each cluster's first sentence; a sentence with no partner
    is a cluster of its own.
    """
    n = S.shape[0]
    _, groups = connected_components(S, directed=False)
    labels = np.arange(n)
    for g in np.unique(groups):
        members = np.flatnonzero(groups == g)
        if len(members) < 3:
            labels[members] = members[0]
            continue
        sub = S[members][:, members].toarray()
        distance = 1.0 - np.clip(sub, 0.0, 1.0)
        np.fill_diagonal(distance, 0.0)
        tree = linkage(squareform(distance, checks=False), method="average")
        parts = fcluster(tree, t=1.0 - threshold, criterion="distance")
        for p in np.unique(parts):
            chosen = members[parts == p]
            labels[chosen] = chosen[0]
    _, dense = np.unique(labels, return_inverse=True)
    return dense
