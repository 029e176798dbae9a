"""Lines and sentences: NLTK Punkt with the project's abbreviations, no NLTK data needed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .nltk_parts import (
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktLanguageVars,
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
    pvt pfc spc brig cdr ens amb msgr rt
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    p approx est ca cf vs etc al
    inc corp co ltd llc bros assn univ intl natl
    u.s u.s.a u.k u.n e.u d.c a.m p.m e.g i.e ph.d b.a m.a
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash wis wyo
    """.split()
) | frozenset("abcdefghijklmnopqrstuvwxyz")

# Abbreviations of a number's name ("No. 10", "Vol. 2", "art. 5"): abbreviations only before a
# number (Punkt collocations with one), for each is a word as well, whose period ends a
# sentence before another word ("The board said no. Investors left.").
NUMBERED = "no nos vol vols fig figs pp ch art sec para".split()
# Each language's own abbreviations, as ABBREVIATIONS: titles ("Sra.", "sig."), the scales of
# money ("2,5 Mrd. Euro"), "for example" and the like ("z.B.", "bl.a."), numbers ("núm."), the
# months a wire's dateline abbreviates ("13 ene.", "13 déc.") where English's do not spell them.
LANGUAGE_ABBREVIATIONS = {
    "french": "mme mmes mlle mlles mm ste av bd env janv févr avr juil déc",
    "german": "mio mrd tsd bzw z.b u.a d.h z.t u.u usw vgl ggf evtl inkl bspw sog ca nr str "
              "dipl ing abs",
    "italian": "sig sigg sig.ra dott dott.ssa ing avv on geom pag gen mag giu lug ago set ott "
               "dic",
    "portuguese": "sra srs sras dra av pág fev abr mai ago set",
    "spanish": "sra sras srta dña núm pág ee.uu ud uds gral admón ene abr ago dic",
    "swedish": "bl.a t.ex dvs s.k kl osv m.fl mfl resp",
}
# The closing quotation marks of each language, which go with the sentence they follow when
# a full stop comes before them ("« C'est fini. » Puis ..."); Punkt's list holds the opening
# marks too, and moved a French "« " (a space after it) onto the sentence before. German opens
# with „ and », and closes with “ and «.
CLOSING_MARKS = {"german": "\u2018\u201c\u00ab"}
_CLOSING = "\u2019\u201d\u00bb"  # the other languages'
# The months of the languages that write a date's day as an ordinal with a period ("am 3. Juni
# 2026"): after such a day the month goes on with the sentence (a Punkt collocation of a number
# and the month). The other languages read write "3 juin", "3 de junio", "3 juni".
ORDINAL_MONTHS = {
    "german": "januar jänner februar märz april mai juni juli august september oktober "
              "november dezember jan feb mär apr jun jul aug sep sept okt nov dez".split(),
}
_MARKS = frozenset(".!?\u2026")  # sentence punctuation
_CLOSERS = "\"'\u201d\u2019)]"  # what may follow it at the end of a sentence
# Where Punkt could end a sentence: sentence punctuation, closing quotes, then space and more.
_BOUNDARY = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+\S")
DECISIONS = 100_000  # Punkt's decisions kept per language (_Spans)


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
    # Every white space character but " " is a control or separator character, which is not
    # printable: a printable text without two spaces in a row or one at an end is folded.
    if "  " not in text and text[:1] != " " and text[-1:] != " " and text.isprintable():
        return text
    return " ".join(text.split())


WRAP_WIDTH = 100  # hard-wrapped text is set at 60 to 80 characters a line (e-mail at 72, wire
# copy at 69); a text with a longer line holds its paragraphs one a line
FILLED = 0.75  # a wrapped line is broken where the next word would not fit: it is within a
# word of the width, and a word is rarely a quarter of it


def _wrap_width(rows: list[str]) -> int:
    """The width a text is hard-wrapped at, or 0 when it is not: its longest line is at most
    WRAP_WIDTH characters, and most of its lines followed by another are filled to it and end
    inside a sentence (a text of short paragraphs, one a line, ends most lines with one)."""
    widest = max(map(len, rows), default=0)
    if widest > WRAP_WIDTH:
        return 0
    followed = [row for row, after in zip(rows, rows[1:], strict=False) if row and after]
    filled = sum(len(row) >= FILLED * widest for row in followed)
    inside = sum(not ends_like_a_sentence(row) for row in followed)
    return widest if 2 * filled >= len(followed) and 2 * inside > len(followed) else 0


def lines(text: str) -> list[str]:
    """Paragraph lines of a text: one per line, hard-wrapped lines joined back together.

    A line break inside a sentence is a wrap, not a new paragraph: the line does not end like
    a sentence, and either the next line starts in lower case, or the line ends with a comma,
    or the text is hard-wrapped and the line is filled to its width or continues a paragraph
    (then whatever starts the next line: "rose to\n164 dead").
    """
    rows = [fold(raw) for raw in text.splitlines()]
    width = _wrap_width(rows)
    out: list[list[str]] = []  # each paragraph line as its pieces, joined at the end
    wrapped = filled = False
    for line in rows:
        if not line:
            wrapped = False
            continue
        inside = wrapped and bool(out) and (line[0].islower() or filled)
        if inside:
            out[-1].append(line)
        else:
            out.append([line])
        # the joined line ends as its last piece does: a piece is folded and not empty, and
        # closing quotes alone after the joining space end no sentence either way
        wrapped = not ends_like_a_sentence(line) and not line.endswith(":")
        # in hard-wrapped text a line inside a paragraph is a wrap however long it is; a short
        # line that starts one is a heading or a label standing alone
        filled = line.endswith(",") or (width > 0 and (inside or len(line) >= FILLED * width))
    return [" ".join(pieces) for pieces in out]


class _Closing(PunktLanguageVars):
    """Punkt's language variables with a language's own closing quotation marks, which
    Punkt's realignment puts with the sentence before a break (_Spans reads them too)."""

    def __init__(self, closing: str) -> None:
        super().__init__()
        self.re_boundary_realignment = re.compile(
            rf"[\"')\]}}{closing}]+?(?:\s+|(?=--)|$)", re.MULTILINE)


def language_vars(language: str) -> PunktLanguageVars:
    """Punkt's language variables for the language: its closing quotation marks
    (CLOSING_MARKS)."""
    return _Closing(CLOSING_MARKS.get(language, _CLOSING))


@lru_cache(maxsize=16)
def _tokenizer(language: str) -> PunktSentenceTokenizer:
    """Punkt for the language: its trained `punkt_tab` model when installed, else defaults."""
    try:
        tokenizer: PunktSentenceTokenizer = PunktTokenizer(language)
    except (LookupError, OSError, ValueError):
        tokenizer = PunktSentenceTokenizer(PunktParameters())
    tokenizer._lang_vars = language_vars(language)
    params = tokenizer._params
    params.abbrev_types.update(ABBREVIATIONS, LANGUAGE_ABBREVIATIONS.get(language, "").split())
    params.collocations.update(("##number##", month) for month in ORDINAL_MONTHS.get(language, ()))
    params.collocations.update((word, "##number##") for word in NUMBERED)
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
    follows, which is a punctuation mark that Punkt reads as a token of its own, or white space
    and a token ("said. The", "gone.\u201d", "Why? Because"). When the word is all letters, the
    word and its period are Punkt's first token (a question or exclamation mark is a token of
    its own), and more tokens follow. A question or exclamation mark is then a break. A period
    is one unless the word is a known abbreviation (first pass) or starts a known collocation
    (second pass); being of two letters or more, the word is no initial, and no number or
    ellipsis either. Any other context goes to Punkt itself. The tests check the result
    against plain Punkt.
    """
    params = tokenizer._params
    decide = tokenizer.text_contains_sentbreak
    starts_collocation = {first for first, _ in params.collocations}
    after = rf"(?:{tokenizer._lang_vars._re_non_word_chars}|\s+\S)"
    plain = re.compile(rf"(?:([^\W\d_]{{2,}})\.|[^\W\d_]+[?!]){after}")

    def text_contains_sentbreak(context: str) -> bool:
        found = plain.match(context)
        if found:
            word = found[1]
            if word is None:
                return True  # "?" or "!"
            word = word.lower()
            if word not in params.abbrev_types and word not in starts_collocation:
                return True
        return decide(context)

    tokenizer.text_contains_sentbreak = text_contains_sentbreak


class _Spans:
    """Punkt's sentence spans of a text (PunktSentenceTokenizer.span_tokenize, boundaries
    realigned) for a text whose only white space is " ": its steps, with its own patterns
    compiled by `re` and its own decision for each candidate boundary, without its generators
    and the time-limited `regex` matching that NLTK wraps every pattern in. On such text the
    two engines agree: `regex`'s \\s is Unicode's White_Space, a subset of `re`'s, and both
    hold " ".

    Punkt's decision on a context (the word before a possible break, its mark and the token
    after it: "said. The") depends on nothing else, so each is made once and kept in
    `decided`, up to DECISIONS of them (then forgotten all at once), as the stemmer keeps stems.
    """

    def __init__(self, tokenizer: PunktSentenceTokenizer) -> None:
        lang = tokenizer._lang_vars
        self.candidates = re.compile(lang.period_context_re().pattern, re.UNICODE | re.VERBOSE)
        self.realign = re.compile(lang.re_boundary_realignment.pattern, re.MULTILINE)
        self.decide = tokenizer.text_contains_sentbreak
        self.decided: dict[str, bool] = {}

    def __call__(self, text: str) -> list[tuple[int, int]]:
        # _match_potential_end_contexts: each candidate with the word before it; a candidate
        # whose word runs into the next candidate's word is dropped
        found: list[tuple[re.Match[str], str]] = []
        previous: re.Match[str] | None = None
        word_start = word_stop = 0
        for match in self.candidates.finditer(text):
            space = text.rfind(" ", word_stop, match.start())
            start = space + 1 if space > word_stop else word_start  # Punkt: no space at 0
            if previous is not None and word_stop <= start:
                found.append((previous, text[word_start:word_stop] + previous.group()
                              + previous.group("after_tok")))
            previous, word_start, word_stop = match, start, match.start()
        if previous is not None:
            found.append((previous, text[word_start:word_stop] + previous.group()
                          + previous.group("after_tok")))
        # _slices_from_text
        slices: list[tuple[int, int]] = []
        last_break = 0
        decided = self.decided
        for match, context in found:
            decision = decided.get(context)
            if decision is None:
                if len(decided) >= DECISIONS:
                    decided.clear()
                decision = decided[context] = self.decide(context)
            if decision:
                slices.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        slices.append((last_break, len(text.rstrip())))
        # _realign_boundaries: closing punctuation after a break goes with the sentence before
        spans: list[tuple[int, int]] = []
        realign = 0
        for k, (start, stop) in enumerate(slices):
            start += realign
            if k + 1 == len(slices):
                if start < stop:
                    spans.append((start, stop))
                continue
            after, end = slices[k + 1]
            closing = self.realign.match(text[after:end])
            if closing:
                spans.append((start, after + len(closing.group(0).rstrip())))
                realign = closing.end()
            else:
                realign = 0
                if start < stop:
                    spans.append((start, stop))
        return spans


@lru_cache(maxsize=16)
def _spans(language: str) -> _Spans:
    return _Spans(_tokenizer(language))


_OTHER_SPACE = re.compile(r"[^\S ]")  # white space other than " "


def split_sentences(text: str, language: str = "english") -> list[str]:
    """Sentences of one paragraph line, verbatim.

    A piece that starts in lower case continues the sentence before it: Punkt cuts after a
    quoted question ("Is it safe?" he asked.), but a sentence does not start that way.
    """
    if not _BOUNDARY.search(text):  # no sentence punctuation before more text: one sentence
        return [fold(text)] if text.strip() else []
    if _OTHER_SPACE.search(text):
        return _rejoined(list(map(fold, _tokenizer(language).tokenize(text))), language)
    pieces = [text[start:stop] for start, stop in _spans(language)(text)]
    if "  " in text or text[:1] == " " or text[-1:] == " ":  # else they are folded
        pieces = list(map(fold, pieces))
    return _rejoined(pieces, language)


def _folded_sentences(line: str, language: str) -> list[str]:
    """split_sentences of a folded line that is not empty (as lines() gives them)."""
    if not _BOUNDARY.search(line):
        return [line]
    return _rejoined([line[start:stop] for start, stop in _spans(language)(line)], language)


# A time zone after a time of day ("from 9:12 a.m. to 12:58 p.m. ET, according to ..."):
# Punkt ends a sentence at "p.m." before a capital, but the zone goes with the time.
_AFTER_THE_HOUR = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_ZONE = re.compile(r"(?:[ECMP][SD]?T|AK[SD]?T|HST|GMT|UTC|BST|IST|JST|CES?T|EES?T|WES?T|AES?T)"
                   r"\b")


# A day written as an ordinal with a period before its month ("private cars from 1. June 2027
# may no longer drive in", "from 1. December until 31. March"): a foreign desk's close
# translation keeps its language's date, where Punkt ends a sentence at the day. A piece that
# opens with an English month's name and a figure, a comma or a word in lower case goes on
# with one that ends with a day of the month, a word of its own (not a larger figure nor a
# score: "The index closed at 4,512. June futures rose.", "The vote went 5-1. June 2027 …").
_DAY_BEFORE = re.compile(r"(?:^|\s)(?:[1-9]|[12]\d|3[01])\.$")
_MONTH_AFTER = re.compile(r"(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)(?:\s+\d|,|\s+[a-z])")


# A sentence that ends with a time of day ("The crash happened at 7:46 a.m. Bus No. 17 had 23
# students on board."): Punkt reads "a.m." as an abbreviation and ends no sentence at it before
# a capitalised word it does not know to open sentences ("Officials", "Bus"). The next word
# goes on with the time when it is a day, a month or a time zone ("at 9 a.m. Monday", "at 8
# p.m. Eastern"), else it opens the next sentence. English only.
_AT_THE_HOUR = re.compile(
    r"(?<=\b[ap]\.m\.) (?=[A-Z])(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun"
    r"|Jul|Aug|Sep|Oct|Nov|Dec|Eastern|Central|Pacific|Mountain|Atlantic|Alaska|Hawaii"
    r"|Greenwich|Universal|Coordinated)|" + _ZONE.pattern + ")")


def _rejoined(pieces: list[str], language: str = "english") -> list[str]:
    """The pieces with each that starts in lower case joined to the one before it, each that
    starts with a time zone to one that ends with the time (_ZONE), and each that starts with a
    month to one that ends with its day (_MONTH_AFTER); in English, each cut after a time of
    day that ends a sentence (_AT_THE_HOUR)."""
    if language == "english":
        pieces = [part for piece in pieces
                  for part in (_AT_THE_HOUR.split(piece) if ".m. " in piece else [piece])]
    out: list[list[str]] = []  # each sentence as its pieces, joined at the end
    for piece in pieces:
        if out and (piece[:1].islower() or _ZONE.match(piece)
                    and _AFTER_THE_HOUR.search(out[-1][-1])
                    or _MONTH_AFTER.match(piece) and _DAY_BEFORE.search(out[-1][-1])):
            out[-1].append(piece)
        elif piece:
            out.append([piece])
    return [" ".join(sentence) for sentence in out]


def split_article(article_id: str, text: str, language: str = "english") -> list[Sentence]:
    """All sentences of an article in order, each with its line and place in the line."""
    out: list[Sentence] = []
    for number, line in enumerate(lines(text)):
        parts = _folded_sentences(line, language)
        for k, part in enumerate(parts):
            out.append(Sentence(article_id, len(out), part, number, k == 0, k == len(parts) - 1))
    return out
