"""Clustering: what different articles say alike lands together, and nothing else does."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage

from summarizer.facts import cluster as cluster_module
from summarizer.facts.cluster import THRESHOLD, cluster, cosines, cross_similarity, join_wordless
from summarizer.facts.scipy_fast import average_clusters
from summarizer.facts.vectorise import tfidf

# (article, sentence): one story told by three outlets, with facts worded differently.
STORY = [
    (0, "The Harbor Bridge in Millford collapsed into the Grey River on Tuesday, "
        "killing four people."),
    (0, "The Harbor Bridge in Millford opened in 1968 and carried 40,000 cars a day."),
    (0, "Mayor Tom Hale said repairs had been postponed because of a $40 million budget "
        "shortfall."),
    (1, "Four people died when the Harbor Bridge in Millford fell into the Grey River on "
        "Tuesday."),
    (1, "The Harbor Bridge carried some 40,000 vehicles daily after it opened in 1968."),
    (1, "Mayor Tom Hale blamed a $40 million budget shortfall for the delayed repairs."),
    (1, "In March the MTA stopped running buses over the Harbor Bridge because of safety "
        "concerns."),
    (2, "The Millford Transit Authority closed the Harbor Bridge to buses in March over safety "
        "concerns."),
    (2, "Millford police said the Harbor Bridge collapse was the city's worst disaster in "
        "decades."),
    (2, "A new ferry service will link the two banks of the Grey River from next week."),
]
SAME = [(0, 3), (1, 4), (2, 5), (6, 7)]  # pairs of rows that state one fact
ALONE = [8, 9]  # rows that no other article states


def story_clusters() -> np.ndarray:
    X = tfidf([text for _, text in STORY], "english")
    articles = np.array([article for article, _ in STORY])
    return cluster(cross_similarity(X, articles, THRESHOLD))


def test_tfidf_rows_are_unit_length() -> None:
    X = tfidf([text for _, text in STORY] + ["", "the of and"], "english")
    assert X.shape[0] == len(STORY) + 2
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    assert np.allclose(norms[: len(STORY)], 1.0, atol=1e-5)
    assert np.allclose(norms[len(STORY):], 0.0)


@pytest.mark.parametrize(("a", "b"), SAME)
def test_paraphrases_from_different_articles_share_a_cluster(a: int, b: int) -> None:
    labels = story_clusters()
    assert labels[a] == labels[b]


def test_different_facts_stay_apart() -> None:
    labels = story_clusters()
    facts = [labels[a] for a, _ in SAME] + [labels[row] for row in ALONE]
    assert len(set(facts)) == len(facts)


def test_a_long_name_and_its_acronym_are_one_feature() -> None:
    X = tfidf(["The Millford Transit Authority closed the bridge.",
               "The MTA closed the bridge.", "The bakery opened a shop."], "english")
    similarity = (X @ X.T).toarray()
    assert similarity[0, 1] > 0.99


def test_cross_similarity_never_pairs_sentences_of_one_article() -> None:
    texts = [
        "Fire Chief Ana Ruiz said crews saved 11 survivors from the Grey River.",
        "Fire Chief Ana Ruiz said crews had saved 11 survivors from the Grey River.",
        "Crews saved 11 survivors from the Grey River, Fire Chief Ana Ruiz said.",
        "The bakery won a prize.",
    ]
    articles = np.array([0, 0, 1, 1])
    S = cross_similarity(tfidf(texts, "english"), articles, 0.0).toarray()
    assert S[0, 1] == S[1, 0] == 0 and S[2, 3] == S[3, 2] == 0
    assert np.all(np.diag(S) == 0)
    assert S[0, 2] > 0.5 and S[1, 2] > 0.5


def test_cross_similarity_is_symmetric_and_thresholded() -> None:
    X = tfidf([text for _, text in STORY], "english")
    articles = np.array([article for article, _ in STORY])
    S = cross_similarity(X, articles, THRESHOLD)
    dense = S.toarray()
    assert S.shape == (len(STORY), len(STORY))
    assert np.allclose(dense, dense.T)
    assert np.all((dense == 0) | (dense >= THRESHOLD))
    same_article = articles[:, None] == articles[None, :]
    assert np.all(dense[same_article] == 0)
    full = (X @ X.T).toarray()
    across = ~same_article & (full >= THRESHOLD)
    assert np.allclose(dense[across], full[across])


def test_terms_of_very_many_sentences_find_no_pairs_but_count_in_the_cosine(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Lowered so that the story's common terms (Harbor, Bridge, Millford: in 3 to 7 of its 10
    # sentences) are over the bound and hold most of the product's work.
    monkeypatch.setattr(cluster_module, "PAIRS", 2 * len(STORY))
    X = tfidf([text for _, text in STORY], "english")
    articles = np.array([article for article, _ in STORY])
    S = cross_similarity(X, articles, 0.0).toarray()
    full = (X @ X.T).toarray()
    frequency = np.bincount(X.indices, minlength=X.shape[1])
    finding = X[:, np.flatnonzero(frequency <= 2)]
    paired = ((finding @ finding.T).toarray() > 0) & (articles[:, None] != articles[None, :])
    assert 0 < paired.sum() < ((full > 0) & (articles[:, None] != articles[None, :])).sum()
    assert np.all((S > 0) == paired)
    assert np.allclose(S[paired], full[paired], atol=1e-6)


@pytest.mark.parametrize("seed", range(5))
def test_cosines_of_one_row_with_others_are_their_dot_products(seed: int) -> None:
    rng = np.random.default_rng(seed)
    X = sparse.random(30, 40, density=0.15, format="csr", dtype=np.float32, random_state=rng)
    row = int(rng.integers(30))
    others = [int(k) for k in rng.choice(30, size=int(rng.integers(0, 10)), replace=False)]
    dense = X.toarray()
    found = cosines(X, row, others)
    assert found.shape == (len(others),)
    assert np.allclose(found, dense[others] @ dense[row], atol=1e-6)


@pytest.mark.parametrize("seed", range(20))
def test_average_clusters_are_what_scipys_linkage_and_fcluster_give(seed: int) -> None:
    # scipy_fast calls scipy's private routines: a scipy release that changes them fails here
    rng = np.random.default_rng(seed)
    size = int(rng.integers(2, 60))
    distances = rng.random(size * (size - 1) // 2)
    distances[rng.random(len(distances)) < 0.6] = 1.0  # no pair, as in most of a group
    cut = float(rng.choice([1.0 - THRESHOLD, 0.5, 0.95]))
    expected = fcluster(linkage(distances, method="average"), cut, criterion="distance")
    assert np.array_equal(average_clusters(distances, size, cut), expected)


def test_cluster_labels_are_numbered_by_first_sentence() -> None:
    labels = story_clusters()
    k = int(labels.max()) + 1
    assert sorted(set(labels.tolist())) == list(range(k))
    _, first = np.unique(labels, return_index=True)
    assert list(first) == sorted(first)


def test_unpaired_sentences_are_clusters_of_their_own() -> None:
    labels = cluster(sparse.csr_matrix((4, 4)))
    assert labels.tolist() == [0, 1, 2, 3]


def similarity(n: int, pairs: dict[tuple[int, int], float]) -> sparse.csr_matrix:
    rows, cols, values = [], [], []
    for (i, j), value in pairs.items():
        rows += [i, j]
        cols += [j, i]
        values += [value, value]
    return sparse.csr_matrix((values, (rows, cols)), shape=(n, n))


def test_one_loose_pair_does_not_join_two_facts() -> None:
    tight = 0.9
    S = similarity(6, {(0, 1): tight, (0, 2): tight, (1, 2): tight,
                       (3, 4): tight, (3, 5): tight, (4, 5): tight, (2, 3): THRESHOLD + 0.02})
    labels = cluster(S, THRESHOLD)
    assert labels.tolist() == [0, 0, 0, 1, 1, 1]


def test_a_chain_of_loose_pairs_does_not_join_its_ends() -> None:
    loose = THRESHOLD + 0.1  # each link passes, the ends' average with their missing pair not
    S = similarity(3, {(0, 1): loose, (1, 2): loose})
    labels = cluster(S, THRESHOLD)
    assert labels[0] != labels[2]


def test_a_tight_group_is_one_cluster() -> None:
    S = similarity(4, {(i, j): 0.8 for i in range(4) for j in range(i + 1, 4)})
    assert cluster(S, THRESHOLD).tolist() == [0, 0, 0, 0]


def test_sentences_without_content_words_join_by_wording_only() -> None:
    texts = ["The end.", "Rivers flood towns.", "The  end.", "It was.", "the end."]
    X = sparse.csr_matrix(([1.0], ([1], [0])), shape=(5, 1))  # only the second holds a word
    labels = join_wordless(np.arange(5), texts, X)
    # the same words (spacing aside) are one cluster; other words or another case are not;
    # clusters are numbered by their first sentence
    assert labels.tolist() == [0, 1, 0, 2, 3]


def _partition(labels: np.ndarray, names: list[str]) -> set[frozenset[str]]:
    return {frozenset(n for n, label in zip(names, labels, strict=True) if label == k)
            for k in set(labels.tolist())}


def test_ties_are_settled_in_the_order_given_not_the_order_of_the_rows() -> None:
    """A chain of four sentences at one equal link: what average linkage makes of it depends
    on the pair it meets first (w-x, then y-z; or x-y, then w, and z alone). Given each
    sentence's place in an order of its own (the facts layer gives their texts' order), the
    rows may come in any order."""
    names = ["w", "x", "y", "z"]
    chain = {("w", "x"), ("x", "y"), ("y", "z")}
    found, by_rows = set(), set()
    for rows in (["w", "x", "y", "z"], ["z", "y", "x", "w"], ["x", "y", "w", "z"]):
        pairs = [(rows.index(a), rows.index(b)) for a, b in chain]
        i, j = np.array(pairs).T
        S = sparse.csr_matrix((np.full(6, 0.5), (np.r_[i, j], np.r_[j, i])), shape=(4, 4))
        ties = np.array([names.index(name) for name in rows])
        found.add(frozenset(_partition(cluster(S, 0.2, ties), rows)))
        by_rows.add(frozenset(_partition(cluster(S, 0.2), rows)))
    assert found == {frozenset({frozenset("wx"), frozenset("yz")})}
    assert len(by_rows) > 1  # the rows' own order settles them otherwise
