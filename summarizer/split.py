"""Lines and sentences: NLTK Punkt with the project's abbreviations, no NLTK data needed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .nltk_parts import (
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktTokenizer,
)
from .words import stop_words

# Abbreviations that end with a period but do not end a sentence (lower case, no final period).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft messrs rev fr hon
    sen sens rep reps gov lt col gen maj capt cpl sgt adm cmdr supt insp pres dept atty
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols fig figs p pp ch art sec para approx est ca cf vs etc al
    inc corp co ltd llc bros assn univ intl natl
    u.s u.s.a u.k u.n e.u d.c a.m p.m e.g i.e ph.d b.a m.a
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash wis wyo
    """.split()
) | frozenset("abcdefghijklmnopqrstuvwxyz")

_MARKS = frozenset(".!?\u2026")  # sentence punctuation
_CLOSERS = "\"'\u201d\u2019)]"  # what may follow it at the end of a sentence
# Where Punkt could end a sentence: sentence punctuation, closing quotes, then space and more.
_BOUNDARY = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+\S")
# The commonest places Punkt looks at: a word of letters, then a period or a question or
# exclamation mark, then white space or punctuation, and more ("said. The", "that.\" He",
# "Why? Because"). Punkt's decision there rests on two look-ups (see _decide_plain_breaks).
_PLAIN_BREAK = re.compile(r"(?:([A-Za-z]{2,})\.|[A-Za-z]+[?!])[\s)\";}\]*:@'({\[!?]\s*\S")


@dataclass(frozen=True)
class Sentence:
    """One sentence as it stands in its article, identified by (article, index)."""

    article: str  # the article's id
    index: int  # 0-based position among the article's sentences after splitting
    text: str  # verbatim, runs of white space folded to one space
    line: int  # 0-based paragraph line of the article it stands in
    first: bool  # first sentence of its line
    last: bool  # last sentence of its line


def ends_like_a_sentence(text: str) -> bool:
    """Whether text ends with sentence punctuation, possibly followed by closing quotes."""
    # r"[.!?\u2026][\"'\u201d\u2019)\]]*$" searched, where "$" is the end or a final newline
    return (text.rstrip(_CLOSERS)[-1:] in _MARKS
            or (text[-1:] == "\n" and text[:-1].rstrip(_CLOSERS)[-1:] in _MARKS))


def fold(text: str) -> str:
    """Runs of white space as one space, none at the ends (str.split's white space is re's \\s)."""
    return " ".join(text.split())


def lines(text: str) -> list[str]:
    """Paragraph lines of a text: one per line, hard-wrapped lines joined back together.

    A line break inside a sentence (the line does not end like a sentence and the next one
    starts in lower case) is a wrap, not a new paragraph.
    """
    out: list[str] = []
    wrapped = False
    for raw in text.splitlines():
        line = fold(raw)
        if not line:
            wrapped = False
            continue
        if wrapped and out and line[0].islower():
            out[-1] += " " + line
        else:
            out.append(line)
        wrapped = not ends_like_a_sentence(out[-1]) and not out[-1].endswith(":")
    return out


@lru_cache(maxsize=16)
def _tokenizer(language: str) -> PunktSentenceTokenizer:
    """Punkt for the language: its trained `punkt_tab` model when installed, else defaults."""
    try:
        tokenizer: PunktSentenceTokenizer = PunktTokenizer(language)
    except (LookupError, OSError, ValueError):
        tokenizer = PunktSentenceTokenizer(PunktParameters())
    params = tokenizer._params
    params.abbrev_types.update(ABBREVIATIONS)
    # Function words are written in lower case inside a sentence, so a capitalised one after
    # an abbreviation starts a new sentence ("in the U.S. The agency ...").
    for word in stop_words(language):
        if word not in params.ortho_context:
            params.add_ortho_context(word, _ORTHO_BEG_UC | _ORTHO_MID_LC)
    _decide_plain_breaks(tokenizer)
    return tokenizer


def _decide_plain_breaks(tokenizer: PunktSentenceTokenizer) -> None:
    """Punkt with its decision for a plain context ("said. The") made without building tokens.

    Punkt tests each possible boundary on its context: the word before it, the mark, and what
    follows. When the word is all letters and the mark is followed by white space or
    punctuation, the word and its mark are Punkt's first token, and more tokens follow. A
    question or exclamation mark is then a break. A period is one unless the word is a known
    abbreviation (first pass) or starts a known collocation (second pass); being of two letters
    or more, the word is no initial, and no number or ellipsis either. Any other context goes
    to Punkt itself. The tests check the result against plain Punkt.
    """
    params = tokenizer._params
    decide = tokenizer.text_contains_sentbreak
    starts_collocation = {first for first, _ in params.collocations}

    def text_contains_sentbreak(context: str) -> bool:
        plain = _PLAIN_BREAK.match(context)
        if plain:
            word = plain[1]
            if word is None:
                return True  # "?" or "!"
            word = word.lower()
            if word not in params.abbrev_types and word not in starts_collocation:
                return True
        return decide(context)

    tokenizer.text_contains_sentbreak = text_contains_sentbreak


def split_sentences(text: str, language: str = "english") -> list[str]:
    """Sentences of one paragraph line, verbatim.

    A piece that starts in lower case continues the sentence before it: Punkt cuts after a
    quoted question ("Is it safe?" he asked.), but a sentence does not start that way.
    """
    if not _BOUNDARY.search(text):  # no sentence punctuation before more text: one sentence
        return [fold(text)] if text.strip() else []
    out: list[str] = []
    for piece in _tokenizer(language).tokenize(text):
        piece = fold(piece)
        if out and piece[:1].islower():
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


def split_article(article_id: str, text: str, language: str = "english") -> list[Sentence]:
    """All sentences of an article in order, each with its line and place in the line."""
    out: list[Sentence] = []
    for number, line in enumerate(lines(text)):
        parts = split_sentences(line, language)
        for k, part in enumerate(parts):
            out.append(Sentence(article_id, len(out), part, number, k == 0, k == len(parts) - 1))
    return out
