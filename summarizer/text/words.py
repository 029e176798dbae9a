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


# The commonest function words that sumy's lists leave out, by language: its French list has no
# "de", "a", "un" or "une", its Spanish one no "de", "y", "que" or "no", so that two sentences
# that shared only those ("Le maire de Lyon a démissionné", "Le prix de l'essence a augmenté")
# were one fact. Its English, Italian and Swedish lists hold theirs.
MORE_STOP_WORDS = {
    # the hedges of a figure that sumy's list leaves out, though it holds "about", "around",
    # "nearly" and "almost": a way of writing a figure, not a word of what it counts
    "english": "approximately roughly circa approx",
    "french": "un une de à aux a ai as avons avez ont es sommes êtes être on me te se lui y ne "
              "cet cette leurs nos vos dont quoi entre vers chez plus",
    "spanish": "de del a al y e o u ni que qué se le les me te os mi mis tu tus son está están "
               "han había no sí más ya hasta hacia",
    "portuguese": "uns umas ou não é são ser estar está há à às seu sua",
    "german": "war waren wurde hat haben so",
}
# The days of the week, Monday first, as the languages read write them.
WEEKDAYS = {
    "english": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "french": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "german": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "italian": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "portuguese": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado "
                  "domingo",
    "spanish": "lunes martes miércoles jueves viernes sábado domingo",
    "swedish": "måndag tisdag onsdag torsdag fredag lördag söndag",
}
# Words that French and Italian write joined to the next by an apostrophe, in place of their
# last vowel ("l'usine", "d'Albi", "qu'il", "dell'azienda"): a word is read without them, so
# that "l'incendie" is the word "incendie" ("aujourd'hui" is one word: "aujourd" is no such one).
ELIDED = {
    "french": frozenset("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu".split()),
    "italian": frozenset("l d c un dell all dall nell sull coll quest quell nessun sant".split()),
}


@lru_cache(maxsize=16)
def stop_words(language: str) -> frozenset[str]:
    """sumy's stop words for the language (read as sumy.utils.get_stop_words reads them, without
    importing sumy.utils, which imports requests and pycountry), with the commonest function
    words that its list leaves out (MORE_STOP_WORDS)."""
    try:
        data = files("sumy").joinpath("data", "stopwords", f"{language.lower()}.txt").read_bytes()
    except OSError:
        raise LookupError(f"Stop-words are not available for language {language}.") from None
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w).union(
        MORE_STOP_WORDS.get(language.lower(), "").split())


def unelided(word: str, language: str) -> str:
    """A word token without the elided word its language joins to it by an apostrophe
    (ELIDED: "l'usine" is "usine" in French); else the token as it is."""
    elided = ELIDED.get(language)
    if elided is None or not ("'" in word or "\u2019" in word):
        return word
    head, _, rest = word.replace("\u2019", "'").partition("'")
    return rest if head in elided and rest else word


@lru_cache(maxsize=16)
def stemmer(language: str) -> Callable[[str], str]:
    """A memoised Snowball stemmer for the language."""
    return lru_cache(maxsize=200_000)(SnowballStemmer(language).stem)


def content_stems(text: str, language: str) -> list[str]:
    """Stems of the content words of a text, in order: stop words and bare punctuation dropped."""
    stop, stem = stop_words(language), stemmer(language)
    words = [unelided(t, language) for t in tokens(text)]
    return [stem(t.replace(".", "")) for t in words if t not in stop]
