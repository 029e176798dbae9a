"""Words of a sentence: tokens, sumy's stop words, NLTK's Snowball stems."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files

from .nltk_parts import SnowballStemmer

# Plain, not possessive, repeats: "[a-z0-9]++(?:['.][a-z0-9]++)*+" gives the same tokens a
# little faster on recent CPython, but early 3.11 releases (Debian 12's 3.11.2 among them) let
# its group give back a repeat it needs, and read "U.S." as "u.s." where later ones read "u.s".
_WORD = re.compile(r"[^\W_]+(?:['\u2019.][^\W_]+)*")
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:['.][a-z0-9]+)*")  # _WORD on lower-case ASCII text


def tokens(text: str) -> list[str]:
    """Word tokens in lower case; inner apostrophes and periods kept (U.S., don't).

    Hyphenated compounds are their parts: "data-sharing" shares a word with "sharing data".
    """
    lower = text.lower()
    return (_ASCII_WORD if lower.isascii() else _WORD).findall(lower)


@lru_cache(maxsize=16)
def stop_words(language: str) -> frozenset[str]:
    """sumy's stop words for the language (read as sumy.utils.get_stop_words reads them, without
    importing sumy.utils, which imports requests and pycountry)."""
    try:
        data = files("sumy").joinpath("data", "stopwords", f"{language.lower()}.txt").read_bytes()
    except OSError:
        raise LookupError(f"Stop-words are not available for language {language}.") from None
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


@lru_cache(maxsize=16)
def stemmer(language: str) -> Callable[[str], str]:
    """A memoised Snowball stemmer for the language."""
    return lru_cache(maxsize=200_000)(SnowballStemmer(language).stem)


def content_stems(text: str, language: str) -> list[str]:
    """Stems of the content words of a text, in order: stop words and bare punctuation dropped."""
    stop, stem = stop_words(language), stemmer(language)
    return [stem(t.replace(".", "")) for t in tokens(text) if t not in stop]
