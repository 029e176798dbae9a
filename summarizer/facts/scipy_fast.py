"""scipy's average linkage without the argument checks of its public functions: the project's
one use of a dependency's private internals (scipy.cluster._hierarchy), kept here alone.

Why: cluster.cluster() runs average linkage on every linked group of a request, about a hundred
groups per 1,000 sentences, most of them a few sentences large. For groups that small the public
linkage() and fcluster() spend most of their time checking their arguments through scipy's
array-API layer: 149 µs for a group of seven, against 9 µs for the routines below alone.
Timed end to end with bench/paired.py on 2026-12-03, calling the routines directly saves a
median 11 % of summarize()'s time at 3,000 sentences (10 rounds), 9 % at 1,000 (18 rounds) and
5 % on the seed set (18 rounds); docs/benchmarks.md has the rounds. The sparse routines that
cluster.py called the same way (scipy.sparse._sparsetools) saved 0 % at 1,000 and 3,000 and
6 % on the seed set, and were dropped for the public calls.

What it wraps: nn_chain is what linkage(y, method="average") runs once its checks pass, and
cluster_dist what fcluster(Z, t, criterion="distance") runs. tests/test_cluster.py checks
average_clusters against that public pair, so a scipy release that changes either fails a test
rather than a brief; pyproject.toml caps scipy at the releases tested. To leave the internals,
make average_clusters return the public pair's result.
"""

from __future__ import annotations

import numpy as np
from scipy.cluster import _hierarchy

_AVERAGE = 2  # the code of method="average" in scipy.cluster.hierarchy (_LINKAGE_METHODS)


def average_clusters(distances: np.ndarray, size: int, cut: float) -> np.ndarray:
    """Flat clusters of `size` points from their condensed distances (float64, as squareform
    gives them), merged by average linkage while at most `cut` apart: (size,) int32 labels
    1.., as fcluster(linkage(distances, method="average"), cut, criterion="distance")."""
    tree = _hierarchy.nn_chain(distances, size, _AVERAGE)
    labels = np.zeros(size, dtype=np.int32)
    _hierarchy.cluster_dist(tree, labels, cut, size)
    return labels
