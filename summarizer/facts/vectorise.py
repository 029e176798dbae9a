"""Sentences as sparse vectors: TF-IDF over stemmed content words, names folded together.

Outlets name one body or person differently. Every acronym used in the set is matched with the
capitalised phrases of the set whose initials spell it ("Internal Revenue Service", "IRS"), and
a capitalised name one letter away from a more frequent one is read as a misspelling of it
(Klaus, Kraus, Krause), so the wordings share a feature.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np
from scipy import sparse

from ..text.words import stemmer, stop_words, tokens, unelided

# "[A-Z](?<!\w.)" is "\b[A-Z]", written so that the search can skip to the capitals.
_PHRASE = re.compile(r"[A-Z](?<!\w.)[\w'-]*(?:\s+(?:(?:and|of|for|the|on|de|du|des|la|le)\s+)*"
                     r"[A-Z][\w'-]*)+")
_MINOR = frozenset(["and", "of", "for", "the", "on", "de", "du", "des", "la", "le"])


def acronyms(texts: list[str]) -> dict[str, str]:
    """Capitalised phrases of the texts whose initials spell an acronym of the texts.

    Returns {phrase: acronym}, e.g. {"Internal Revenue Service": "IRS"}.
    """
    return _phrases_of(_phrases(texts), _Shapes(_capitalised(texts)).acronyms)


def _phrases(texts: Sequence[str]) -> list[str]:
    """Each capitalised phrase of the texts, in order: a NUL (no white space, no word
    character) between texts keeps a phrase from running on into the next text or starting
    mid-word, so those of several texts are those of each in turn."""
    return _PHRASE.findall("\0".join(texts))


def _phrases_of(phrases: list[str], known: set[str]) -> dict[str, str]:
    """{phrase: acronym} for the capitalised phrases of some texts (_phrases) whose initials
    spell one of the `known` acronyms."""
    found: dict[str, str] = {}
    if not known:
        return found
    spelt = re.compile("|".join(map(re.escape, known)))  # the acronyms, in a run of initials
    # Read as if phrase after phrase: a name stands where it is first found, with the acronym
    # it is last given. Each distinct phrase is worked out once.
    first_seen = list(dict.fromkeys(phrases))
    names = {phrase: _names_in(phrase, known, spelt) for phrase in first_seen}
    for phrase in first_seen:
        for name in names[phrase]:
            found.setdefault(name, "")
    for phrase in reversed(list(dict.fromkeys(reversed(phrases)))):  # by last sighting
        found.update(names[phrase])
    return found


def _names_in(phrase: str, known: set[str], spelt: re.Pattern[str]) -> dict[str, str]:
    """{name: acronym} for the runs of the phrase's words whose initials spell a known
    acronym, in the order found."""
    found: dict[str, str] = {}
    words = [w for w in phrase.split() if w not in _MINOR]
    letters = "".join(w[0] for w in words).upper()
    if not spelt.search(letters):
        return found  # no run of its words can spell one
    # a phrase may be longer than the name it holds: try each run of its words
    for start in range(len(words)):
        for end in range(start + 2, min(len(words), start + 6) + 1):
            if letters[start:end] in known:
                found[_span(phrase, words[start], words[end - 1])] = letters[start:end]
    return found


def _span(phrase: str, first: str, last: str) -> str:
    start = phrase.index(first)
    return phrase[start:phrase.index(last, start) + len(last)]


# Whole words (runs of \\w) of two shapes: an acronym or a capitalised name. The shapes are
# disjoint. "[A-Z](?<!\w.)" is "\b[A-Z]", written so that the search can skip to the capitals.
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)(?:[A-Z]{1,5}|[a-z]{3,})\b")
_JOINER = re.compile("['\u2019.]")  # what joins the parts of a token (words.tokens)


def _capitalised(texts: Sequence[str]) -> list[str]:
    """The acronyms and capitalised names (_CAPITALISED) of the texts in order, with repeats:
    a space joins no two words, so those of several texts are those of each in turn."""
    return _CAPITALISED.findall(" ".join(texts))


class _Shapes:
    """The acronyms (`\\b[A-Z]{2,6}\\b`) and capitalised names in order of use, with repeats
    (`\\b[A-Z][a-z]{3,}\\b`), of some texts, from their capitalised words (_capitalised)."""

    def __init__(self, capitalised: list[str]) -> None:
        self.acronyms = {word for word in capitalised if word[1].isupper()}
        self.names = [word for word in capitalised if word[1].islower()]


def name_variants(texts: list[str]) -> dict[str, str]:
    """Capitalised names one edit (or swap) from another name, mapped to the most used one.

    Returns {variant: name}, e.g. {"Kraus": "Krause", "Klaus": "Krause"}. A word also written
    in lower case in the texts is not a name. Names are matched
    through their one-letter deletions, never pair by pair.
    """
    word_lists = list(map(tokens, texts))
    return _variants_of(_Shapes(_capitalised(texts)).names, texts, word_lists,
                        set().union(*word_lists))


def _variants_of(names: list[str], texts: Sequence[str], word_lists: Sequence[Sequence[str]],
                 vocabulary: set[str]) -> dict[str, str]:
    """name_variants of the texts, given their capitalised names (_Shapes.names), each text's
    tokens (`word_lists`) and the set of all those tokens (`vocabulary`)."""
    used = Counter(names)
    # Only names that share a key (_keys) with another name can be linked: the others are
    # never checked for a lower-case use, the costly part. Dropping names only unlinks.
    linkable = _linked(list(used))
    lower = _in_lower_case({name.lower() for name in linkable}, texts, word_lists, vocabulary)
    seen = {name: used[name] for name in linkable
            if name.lower() not in lower}  # "Parts" of a sentence is no name
    parent = {name: name for name in seen}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    # each name ends under the most used name linked to it, whatever the order of the links
    for names_of_key in _by_shared_key(list(seen)).values():
        for other in names_of_key[1:]:
            a, b = root(names_of_key[0]), root(other)
            if a != b:
                keep, drop = sorted((a, b), key=lambda n: (-seen[n], n))
                parent[drop] = keep
    return {name: root(name) for name in seen if root(name) != name}


def _linked(names: Sequence[str]) -> list[str]:
    """The names, in order, that share a key (_keys) with another of them."""
    keys = list(map(_keys, names))
    shared = _shared(keys)
    return [name for name, own in zip(names, keys, strict=True) if not shared.isdisjoint(own)]


def _shared(keys: list[frozenset[str]]) -> set[str]:
    """The keys held by two of the names or more, given each name's keys (_keys)."""
    return {key for key, count in Counter(chain.from_iterable(keys)).items() if count > 1}


def _by_shared_key(names: Sequence[str]) -> dict[str, list[str]]:
    """{key: the names holding it, in order} for the keys (_keys) that two names share; each
    name under itself and its deletions."""
    keys = list(map(_keys, names))
    shared = _shared(keys)
    by_key: dict[str, list[str]] = {}
    for name, own in zip(names, keys, strict=True):
        for key in shared.intersection(own):
            by_key.setdefault(key, []).append(name)
    return by_key


@lru_cache(maxsize=10_000)
def _keys(name: str) -> frozenset[str]:
    """The name and the names one deletion from it, the first letter kept (K-names match
    K-names)."""
    return frozenset([name[:k] + name[k + 1:] for k in range(1, len(name) + 1)])


def _in_lower_case(wanted: set[str], texts: Sequence[str],
                   word_lists: Sequence[Sequence[str]], vocabulary: set[str]) -> set[str]:
    """The words of `wanted` (lower-case words, [a-z]{4,}) that the texts write as whole
    words (`\\b[a-z]{4,}\\b`), each looked for only in the texts whose tokens hold it.

    word_lists: each text's tokens (words.tokens); vocabulary: all of them. A word written
    so is also a token of its text, or a part of one ("krause's"): tokens are the runs of
    letters and digits of the lower-cased text, joined by apostrophes and periods, and
    lower-casing turns no character outside \\w into one inside it (true of every code point).
    This costs a set look-up per token, where scanning the texts for lower-case words costs
    a regex step per character.
    """
    found: set[str] = set()
    if not wanted:
        return found
    # the joined tokens that hold a wanted word as a part, with those words
    parts = {token: held for token in vocabulary if not token.isalnum()
             and (held := wanted.intersection(_JOINER.split(token)))}
    holding = wanted.union(parts)
    for text, words in zip(texts, word_lists, strict=True):
        for token in holding.intersection(words):
            for word in parts.get(token, (token,)):
                # word is [a-z]+: nothing in it to escape
                if word not in found and word in text and re.search(rf"(?<!\w){word}(?!\w)",
                                                                      text):
                    found.add(word)
    return found


def terms(texts: list[str], language: str,
          words: Sequence[Sequence[str] | None] | None = None) -> list[list[str]]:
    """Each text's content-word stems in order, with the set's long names read as their
    acronyms (in any case: "immigration and customs enforcement" is ICE too) and misspelt
    names as their most used spelling.

    words: each text's word tokens (words.tokens) where already known, else None.
    """
    return read_terms(texts, language, words)[0]


@dataclass(frozen=True)
class Folding:
    """How terms() reads the names of a set of texts: the word tokens of its long names with
    the acronym each is read as, and its misspelt names with the spelling each is read as."""

    phrases: dict[tuple[str, ...], str]
    variants: dict[str, str]


Found = tuple[list[str], list[str]]  # of some texts: _capitalised() and _phrases()


@dataclass(frozen=True)
class Read:
    """What terms() made of a set of texts: how it read their names, each text's terms, and
    the capitalised words and phrases of each group of its texts (an article's), by group."""

    folding: Folding
    terms: dict[str, list[str]]
    found: dict[tuple[str, ...], Found]


def read_terms(texts: list[str], language: str,
               words: Sequence[Sequence[str] | None] | None = None,
               earlier: Read | None = None,
               groups: Sequence[int] | None = None) -> tuple[list[list[str]], Read]:
    """terms() of the texts, and what it made of them; earlier: what it made of a set that
    holds these texts, whose terms are these texts' own when the names of both sets are read
    alike (a text's terms follow from its words and the folding alone), as those of a
    request's main story are, left out the few articles of another story; groups: how many
    texts each article holds, in order (an article's texts next to each other), if the texts
    are articles': their capitalised words and phrases are found article by article, so that
    those of an article of `earlier` are not looked for again."""
    ends = np.cumsum(groups if groups is not None else [len(texts)]).tolist()
    parts = [tuple(texts[start:end]) for start, end in zip([0, *ends[:-1]], ends, strict=True)]
    seen = earlier.found if earlier is not None else {}
    found = {part: seen[part] if part in seen else (_capitalised(part), _phrases(part))
             for part in parts}
    shapes = _Shapes(list(chain.from_iterable(found[part][0] for part in parts)))
    phrases = list(chain.from_iterable(found[part][1] for part in parts))
    known = [tokens(text) if these is None else these
             for text, these in zip(texts, words or [None] * len(texts), strict=True)]
    vocabulary = set().union(*known)
    folding = Folding(
        {tuple(tokens(p)): a.lower() for p, a in _phrases_of(phrases, shapes.acronyms).items()},
        {v.lower(): n.lower()
         for v, n in _variants_of(shapes.names, texts, known, vocabulary).items()})
    if earlier is not None and earlier.folding == folding \
            and earlier.terms.keys() >= set(texts):
        term_lists = [earlier.terms[text] for text in texts]
    else:
        term_lists = _folded_terms(known, vocabulary, folding, language)
    return term_lists, Read(folding, dict(zip(texts, term_lists, strict=True)), found)


def _folded_terms(known: list[Sequence[str]], vocabulary: set[str], folding: Folding,
                  language: str) -> list[list[str]]:
    """Each text's terms from its word tokens (known), all of them (vocabulary) and how the
    set's names are read (folding)."""
    phrases, variants = folding.phrases, folding.variants
    sizes: dict[str, list[int]] = {}  # the lengths of the phrases each word starts, longest first
    for phrase in sorted(phrases, key=len, reverse=True):
        if len(phrase) > 1 and len(phrase) not in sizes.get(phrase[0], ()):
            sizes.setdefault(phrase[0], []).append(len(phrase))
    firsts = set(sizes)
    word_lists = [_fold(these, phrases, sizes) if not firsts.isdisjoint(these) else these
                  for these in known]
    term_of = _term_table(vocabulary.union(phrases.values()), language)  # folding adds these
    stop, stem = stop_words(language), stemmer(language)
    own = {v: "" if v in stop else stem(n.replace(".", "")) for v, n in variants.items()}
    return [list(filter(None, map(term_of.__getitem__, words)))  # "" (a stop word) dropped
            if own.keys().isdisjoint(words)
            else [t for w in words if (t := own[w] if w in own else term_of[w])]
            for words in word_lists]


TERMS = 100_000  # words whose terms are kept per language (_term_table)
_TERM_TABLES: dict[str, dict[str, str]] = {}


def _term_table(words: set[str], language: str) -> dict[str, str]:
    """{word: term} for at least the given words: "" for a stop word, else the stem of the word
    without its periods, each read without an elided word before it (words.unelided: "l'usine"
    is "usine"). Each word's term is worked out once and kept for the language, up to TERMS
    words (then a new table is started; a table is never emptied while in use)."""
    table = _TERM_TABLES.get(language)
    if table is None or len(table) >= TERMS:
        table = _TERM_TABLES[language] = {}
    stop, stem = stop_words(language), stemmer(language)
    for word in words.difference(table):
        bare = unelided(word, language)
        table[word] = "" if bare in stop else stem(bare.replace(".", ""))
    return table


def _fold(words: Sequence[str], phrases: dict[tuple[str, ...], str],
          sizes: dict[str, list[int]]) -> list[str]:
    """The words with each listed phrase replaced by its acronym, longest phrase first; an
    acronym given right after its phrase is the phrase's, not a second mention.

    sizes: the lengths (over one) of the listed phrases that each word starts, longest first.
    """
    out: list[str] = []
    done = 0  # words before this one are in out
    for start in [k for k, word in enumerate(words) if word in sizes]:
        if start < done:  # inside a phrase already folded
            continue
        for size in sizes[words[start]]:
            acronym = phrases.get(tuple(words[start:start + size])) if \
                size <= len(words) - start else None
            if acronym:
                out.extend(words[done:start])
                out.append(acronym)
                done = start + size
                if done < len(words) and words[done] == acronym:  # "... Enforcement (ICE)"
                    done += 1
                break
    out.extend(words[done:])
    return out


def numbered(term_lists: list[list[str]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The terms in order of first occurrence, and for every term of the texts in turn (n_terms,)
    its number in that order and its text's row."""
    stream = list(chain.from_iterable(term_lists))
    seen = list(dict.fromkeys(stream))
    first = dict(zip(seen, range(len(seen)), strict=True))
    ids = np.fromiter(map(first.__getitem__, stream), dtype=np.int64, count=len(stream))
    lengths = np.fromiter(map(len, term_lists), dtype=np.int64, count=len(term_lists))
    return seen, ids, np.repeat(np.arange(len(term_lists), dtype=np.int64), lengths)


def counts(term_lists: list[list[str]]) -> sparse.csr_matrix:
    """Term counts, shape (n_texts, n_terms), float32, exactly as scikit-learn's CountVectorizer
    gives them: terms numbered in sorted order, each row's entries in the order in which their
    terms first occur in the texts (the order that sums over a row are taken in)."""
    n = len(term_lists)
    seen, cols, rows = numbered(term_lists)
    if not seen:  # no term in any text
        return sparse.csr_matrix((n, 1), dtype=np.float32)
    v = len(seen)
    # distinct (row, term) pairs with their counts, by row, then by first occurrence
    pairs, count = np.unique(rows * v + cols, return_counts=True)
    pair_rows, pair_terms = np.divmod(pairs, v)
    sorted_id = np.empty(v, dtype=np.int32)
    sorted_id[sorted(range(v), key=seen.__getitem__)] = np.arange(v, dtype=np.int32)
    return by_rows(pair_rows, sorted_id[pair_terms], count.astype(np.float32), (n, v))


def by_rows(rows: np.ndarray, columns: np.ndarray, values: np.ndarray,
            shape: tuple[int, int]) -> sparse.csr_matrix:
    """The CSR matrix of the entries (rows[k], columns[k]) = values[k], given by row (rows
    sorted), each row's entries in the order given; without scipy's sorting and checks of
    entries given as (row, column) pairs."""
    indptr = np.zeros(shape[0] + 1, dtype=np.int32)
    np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
    return sparse.csr_matrix((values, columns.astype(np.int32, copy=False), indptr), shape=shape)


def weigh(C: sparse.csr_matrix) -> sparse.csr_matrix:
    """TF-IDF rows from counts (n, v): sublinear tf, smoothed idf, L2-normalised, float32.

    The arithmetic of scikit-learn's TfidfTransformer(sublinear_tf=True), operation for
    operation (float32 throughout; each row's squares summed in order in double precision, as
    its normalize does), without its checks, which cost more than the sums at this size.
    """
    n, v = C.shape
    df = np.bincount(C.indices, minlength=v).astype(np.float32)
    df += 1.0
    idf = np.full_like(df, n + 1, dtype=np.float32)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    data = np.log(C.data.astype(np.float32))
    data += 1.0
    data *= idf[C.indices]
    lengths = np.diff(C.indptr)
    row = np.repeat(np.arange(n), lengths)
    # each row's squares summed in order, from 0.0, as csr_matvec sums them for normalize
    norms = np.sqrt(np.bincount(row, weights=(data * data).astype(np.float64), minlength=n))
    norms[norms == 0.0] = 1.0  # an empty row stays empty
    data = (data / np.repeat(norms, lengths)).astype(np.float32)
    return sparse.csr_matrix((data, C.indices.copy(), C.indptr.copy()), shape=(n, v))


def tfidf(texts: list[str], language: str) -> sparse.csr_matrix:
    """TF-IDF rows, L2-normalised, shape (n_texts, n_terms); all-zero rows for empty texts."""
    return weigh(counts(terms(texts, language)))


def incidence(sets: list[set[str]] | list[frozenset[str]]) -> sparse.csr_matrix:
    """Which set holds which item: bool (n_sets, n_items), the items numbered in order of
    first sight."""
    vocabulary, item, row = numbered([sorted(these) for these in sets])
    return sparse.csr_matrix((np.ones(len(item), dtype=bool), (row, item)),
                             shape=(len(sets), max(len(vocabulary), 1)))


def meet(M: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """For each pair (rows[k], cols[k]), whether M's two rows hold an item in common; M: bool
    (incidence).

    Only the pairs whose two rows both hold items are multiplied: most sentences give no
    figure, and the rows taken (M[rows]) grow with the pairs, which grow with the input.
    Their product holds an entry where both rows hold the item (a product of bools keeps
    no False), in a row that has one."""
    meet = np.zeros(len(rows), dtype=bool)
    held = np.diff(M.indptr) > 0
    both = np.flatnonzero(held[rows] & held[cols])
    if len(both):
        meet[both] = np.diff(M[rows[both]].multiply(M[cols[both]]).indptr) > 0
    return meet
