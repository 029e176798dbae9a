"""Sentences as sparse vectors: TF-IDF over stemmed content words, names folded together.

Outlets name one body or person differently. Every acronym used in the set is matched with the
capitalised phrases of the set whose initials spell it ("Internal Revenue Service", "IRS"), and
a capitalised name one letter away from a more frequent one is read as a misspelling of it
(Klaus, Kraus, Krause), so the wordings share a feature.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import partial

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from .words import content_stems

_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_PHRASE = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:(?:and|of|for|the|on|de|du|des|la|le)\s+)*"
                     r"[A-Z][\w'-]*)+")
_MINOR = frozenset(["and", "of", "for", "the", "on", "de", "du", "des", "la", "le"])


def acronyms(texts: list[str]) -> dict[str, str]:
    """Capitalised phrases of the texts whose initials spell an acronym of the texts.

    Returns {phrase: acronym}, e.g. {"Internal Revenue Service": "IRS"}.
    """
    known = {a for t in texts for a in _ACRONYM.findall(t)}
    found: dict[str, str] = {}
    for text in texts:
        for match in _PHRASE.finditer(text):
            words = [w for w in match.group().split() if w not in _MINOR]
            # a phrase may be longer than the name it holds: try each run of its words
            for start in range(len(words)):
                for end in range(start + 2, min(len(words), start + 6) + 1):
                    initials = "".join(w[0] for w in words[start:end]).upper()
                    if initials in known:
                        found[_span(match.group(), words[start], words[end - 1])] = initials
    return found


def _span(phrase: str, first: str, last: str) -> str:
    start = phrase.index(first)
    return phrase[start:phrase.index(last, start) + len(last)]


def fold_acronyms(texts: list[str]) -> list[str]:
    """The texts with each long name of an acronym used in them replaced by the acronym.

    The long name is matched in any case: "immigration and customs enforcement" is ICE too.
    """
    table = {phrase.lower(): acronym for phrase, acronym in acronyms(texts).items()}
    if not table:
        return texts
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(table, key=len,
                                                                          reverse=True)) + r")\b",
                         re.IGNORECASE)
    return [pattern.sub(lambda m: table[m.group().lower()], t) for t in texts]


_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")


def name_variants(texts: list[str]) -> dict[str, str]:
    """Capitalised names one edit (or swap) from another name, mapped to the most used one.

    Returns {variant: name}, e.g. {"Kraus": "Krause", "Klaus": "Krause"}. A word also written
    in lower case in the texts is not a name. Names are matched
    through their one-letter deletions, never pair by pair.
    """
    lower = {w for t in texts for w in re.findall(r"\b[a-z]{4,}\b", t)}
    counts = Counter(name for t in texts for name in _NAME.findall(t)
                     if name.lower() not in lower)  # "Parts" of a sentence is no name
    by_deletion: dict[str, list[str]] = {}
    for name in counts:
        for k in range(1, len(name) + 1):  # the first letter stays: K-names match K-names
            by_deletion.setdefault(name[:k] + name[k + 1:], []).append(name)
        by_deletion.setdefault(name, []).append(name)
    parent = {name: name for name in counts}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for names in by_deletion.values():
        for other in names[1:]:
            a, b = root(names[0]), root(other)
            if a != b:
                keep, drop = sorted((a, b), key=lambda n: (-counts[n], n))
                parent[drop] = keep
    return {name: root(name) for name in counts if root(name) != name}


def fold_names(texts: list[str]) -> list[str]:
    """The texts with acronyms' long names and misspelt names replaced by one form each."""
    texts = fold_acronyms(texts)
    table = name_variants(texts)
    if not table:
        return texts
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, table)) + r")\b")
    return [pattern.sub(lambda m: table[m.group()], t) for t in texts]


def tfidf(texts: list[str], language: str) -> sparse.csr_matrix:
    """TF-IDF rows, L2-normalised, shape (n_sentences, n_stems); all-zero rows for empty texts."""
    vectorizer = TfidfVectorizer(analyzer=partial(content_stems, language=language),
                                 sublinear_tf=True, dtype=np.float32)
    try:
        return sparse.csr_matrix(vectorizer.fit_transform(fold_names(texts)))
    except ValueError:  # no content word in any text
        return sparse.csr_matrix((len(texts), 1), dtype=np.float32)
