"""Specifics of a sentence: its figures and its names.

A figure is a number the sentence states, with the words around it that say what it counts
("killing 156 people": 156, {kill, people, #dead}); a small number in words is one where it
counts the dead, the injured... ("two people were killed": SPELLED). Two sentences that give
the same figure for a count (179 dead, 179 killed) very likely state one fact even when their
other words differ; two that give different figures for one count (156 people, 180 people)
state one quantity that the sources disagree on, or (in different events) two different facts.
Years are dates, not counts: they are left to the events. Outlets name the commonest counts of
news, the dead, the injured, the missing (or trapped), the displaced, the rescued and the people
aboard, in many words ("lost their lives", "death toll", "survived", "crew"): each such word also
marks its figure with its count's name (COUNTS), so that they meet, unless it is given in a unit
(a distance, a span of time, a sum: no count of people); so do the commonest counts of business
news, shares, profit and revenue (MEASURES). A figure also keeps the unit it is given in (a
currency's sign or code, "mph", "%"), whether it is given as a rounding ("nearly $60 billion", or
"78,000" for 78,430; a share in words, "nearly a quarter" for 23 %: SHARES) or a bound
("more than 18,000 acres"), whether it rose or fell (TRENDS), whether it counts a part of a
group ("Five of the dead": PART_OF) or the size of the group ("of its 132 stores": GROUP_OF)
or where a change started ("from 3.3 billion": CHANGED_FROM), and the years its sentence
names: figures in two units, a rounding and the figure it rounds, a bound and a figure it
admits, a rise and a fall, or figures of two times are no disagreement (one_count); and one
measure in two systems of units ("150 mph", "241 km/h") is one figure (converts).

A name is a capitalised word inside a sentence ("in Oskarby", "Minister Odile Varga"), in the
languages that capitalise names and not other nouns (NAMED). Two sentences that each name
someone or somewhere particular, and no one in common, are about different people or places.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from ..text.words import WEEKDAYS, stemmer, stop_words
from .vectorise import acronyms, name_variants

# The words after a number that scale it, by language, and the factor each stands for: the
# powers of ten, and the dozen ("two dozen pupils": 24; "deux douzaines", "zwei Dutzend"), and
# the hundreds where the languages write them apart ("three hundred people", "trois cents").
DOZEN = 12
_SCALES = {
    "english": {"dozen": DOZEN, "hundred": 10**2, "thousand": 10**3, "k": 10**3,
                "million": 10**6, "m": 10**6, "mln": 10**6, "mn": 10**6, "billion": 10**9,
                "bn": 10**9, "bln": 10**9, "trillion": 10**12},
    "french": {"douzaine": DOZEN, "douzaines": DOZEN, "cent": 10**2, "cents": 10**2,
               "mille": 10**3, "million": 10**6,
               "millions": 10**6, "milliard": 10**9, "milliards": 10**9},
    "german": {"dutzend": DOZEN, "tausend": 10**3, "million": 10**6, "millionen": 10**6,
               "mio.": 10**6, "milliarde": 10**9, "milliarden": 10**9, "mrd.": 10**9},
    "italian": {"dozzina": DOZEN, "dozzine": DOZEN, "mila": 10**3, "milione": 10**6,
                "milioni": 10**6, "miliardo": 10**9, "miliardi": 10**9},
    "portuguese": {"dúzia": DOZEN, "dúzias": DOZEN, "mil": 10**3,
                   "milhão": 10**6, "milhões": 10**6, "mil milhões": 10**9,
                   "bilhão": 10**9, "bilhões": 10**9},
    "spanish": {"docena": DOZEN, "docenas": DOZEN, "mil": 10**3, "millón": 10**6,
                "millones": 10**6, "mil millones": 10**9},
    "swedish": {"dussin": DOZEN, "tusen": 10**3, "miljon": 10**6, "miljoner": 10**6,
                "miljard": 10**9, "miljarder": 10**9},
}
# The languages that write a number's thousands apart with a point or a space and its decimals
# after a comma ("1.500", "1 500", "37,5"); English, and Arabic text here, write "1,500" and
# "37.5", and a comma before one or two digits is a decimal comma there too: a foreign desk's
# close translation keeps its own language's ("closed for 6,5 hours", "lost 14,6 percent"),
# where thousands come in threes. So, the other way, a point before three digits is a
# foreign desk's thousands ("38.000 persons", "1.240 treated") where no unit or scale follows:
# English writes no count of people or things with three decimals, only measures ("2.125
# percent", "1.085 dollars"), and no measure to a thousandth that ends in a nought ("54.000
# tonnes", "7.180 megawatts" are thousands).
DECIMAL_COMMA = frozenset(["french", "german", "italian", "portuguese", "spanish", "swedish"])


def _number_pattern(language: str) -> re.Pattern[str]:
    """A number as `language` writes it: digits with thousands separators and a decimal part,
    and a scale word after it. Its first digit comes first and the look-behind (no word
    character, period, comma, colon, slash or hyphen before that digit) after it, and only the
    scale word ignores case: then the search skips to the digits, three times faster than from
    a look-behind at every character."""
    thousands, decimal = ((".\u00a0\u202f ", ",") if language in DECIMAL_COMMA
                          else (",", r"\.|,(?=\d{1,2}(?!\d))"))
    scales = sorted(_SCALES.get(language, _SCALES["english"]), key=len, reverse=True)
    return re.compile(rf"(\d(?<![\w.,:/-]\d)(?:\d{{0,2}}(?:[{re.escape(thousands)}]\d{{3}})+|\d*))"
                      rf"(?:(?:{decimal})(\d+))?"
                      rf"(?:\s*((?i:{'|'.join(map(re.escape, scales))}))(?!\w))?"
                      r"(?![\w:/-]|[.,]\d)")


_NUMBER = {language: _number_pattern(language) for language in [*_SCALES, "arabic"]}
_SEPARATORS = str.maketrans("", "", ",.\u00a0\u202f ")  # what a number's digits are set apart by
_WORD = re.compile(r"[^\W\d_]+")
# Numbers written in words: style guides spell out the small ones, so a small toll is "two
# people were killed", "three injuries", and a sentence opens with a number in words whatever
# it is ("Fourteen people have died"). From two to twenty and the tens here, by language ("one"
# is as often a pronoun: "one of them", "no one"; "|" joins two spellings of one number), and
# the numbers a ten and a unit make (UNIT_WORDS: "twenty-three"), with a scale word after them ("two
# million"). Small numbers are everywhere in a story ("according to two people
# familiar with", "two weeks", "three years"), and two of them meet by chance: one in words is
# a figure only where it counts one of COUNTS. After a word that points back to things already
# named ("the two companies", "both") it counts nothing new, and inside a sentence a
# capitalised one is a name ("the Six Nations"): neither is a figure. Each language's third
# list: those words.
SPELLED = {
    "english": ("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                "fifteen sixteen seventeen eighteen nineteen twenty",
                "thirty forty fifty sixty seventy eighty ninety",
                "the these those both all its their his her our"),
    "french": ("deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
               "seize dix-sept dix-huit dix-neuf vingt",
               "trente quarante cinquante soixante soixante-dix quatre-vingts quatre-vingt-dix",
               "les ces leurs ses nos tous toutes"),
    "german": ("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
               "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
               "dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
               "die diese beiden alle seine ihre unsere"),
    "italian": ("due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
                "quattordici quindici sedici diciassette diciotto diciannove venti",
                "trenta quaranta cinquanta sessanta settanta ottanta novanta",
                "i gli le questi queste tutti tutte suoi sue loro"),
    "portuguese": ("dois|duas três quatro cinco seis sete oito nove dez onze doze treze "
                   "catorze|quatorze quinze dezesseis|dezasseis dezessete|dezassete dezoito "
                   "dezenove|dezanove vinte",
                   "trinta quarenta cinquenta sessenta setenta oitenta noventa",
                   "os as estes estas esses essas seus suas ambos ambas todos todas"),
    "spanish": ("dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
                "dieciséis diecisiete dieciocho diecinueve veinte",
                "treinta cuarenta cincuenta sesenta setenta ochenta noventa",
                "los las estos estas esos esas sus ambos ambas todos todas"),
    "swedish": ("två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton "
                "sjutton arton nitton tjugo",
                "trettio fyrtio femtio sextio sjuttio åttio nittio",
                "de dessa båda alla hans hennes deras sina"),
}


# The units one to nine in words, by language, and how a ten and a unit join into one number
# from 21 to 99 ("twenty-three", "vingt-trois", "vingt et un", "dreiundzwanzig", "ventitré",
# "ventotto", "treinta y cinco", "trinta e cinco", "tjugotre"): style guides write a number that
# opens a sentence in words, whatever it is ("Soixante-quatorze élèves sont tombés malades").
# Spanish writes 21 to 29 as one word, French 71 to 79 and 91 to 99 as 60 and 80 with 11 to 19
# (_FRENCH_TEENS), and Italian drops a ten's last vowel before "uno" and "otto".
UNIT_WORDS = {"english": "one two three four five six seven eight nine",
              "french": "un deux trois quatre cinq six sept huit neuf",
              "german": "ein zwei drei vier fünf sechs sieben acht neun",
              "italian": "uno due tre|tré quattro cinque sei sette otto nove",
              "portuguese": "um|uma dois|duas três quatro cinco seis sete oito nove",
              "spanish": "uno|un|una dos tres cuatro cinco seis siete ocho nueve",
              "swedish": "en|ett två tre fyra fem sex sju åtta nio"}
_JOINED = {"english": "{ten}-{unit}", "french": "{ten}-{unit}", "german": "{unit}und{ten}",
           "italian": "{ten}{unit}", "portuguese": "{ten} e {unit}", "spanish": "{ten} y {unit}",
           "swedish": "{ten}{unit}"}
_SPANISH_TWENTIES = ("veintiuno|veintiún|veintiuna veintidós|veintidos veintitrés|veintitres "
                     "veinticuatro veinticinco veintiséis|veintiseis veintisiete veintiocho "
                     "veintinueve")
_FRENCH_TEENS = "onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf"


def _tens_and_units(tens: list[tuple[int, str]], language: str) -> dict[str, str]:
    """The numbers from 21 to 99 in words of a language, each with its value, from its tens
    (value, word) and UNIT_WORDS."""
    units = [(u, unit) for u, spellings in enumerate(UNIT_WORDS[language].split(), 1)
             for unit in spellings.split("|")]
    values = {}
    for value, ten in tens:
        if language == "spanish" and value == 20 or language == "french" and value >= 70:
            continue  # _SPANISH_TWENTIES; 60 and 80 with _FRENCH_TEENS and units, below
        for u, unit in units:
            word = _JOINED[language].format(ten=ten, unit=unit)
            if language == "italian" and unit[0] in "uo":
                word = ten[:-1] + unit  # "ventuno", "trentotto"
            elif language == "french" and u == 1 and value < 80:
                word = f"{ten} et un"
            values[word] = str(value + u)
    if language == "spanish":
        values.update({word: str(20 + u) for u, spellings in
                       enumerate(_SPANISH_TWENTIES.split(), 1) for word in spellings.split("|")})
    if language == "french":
        for ten, value in (("soixante", 60), ("quatre-vingt", 80)):
            values.update({(f"{ten} et onze" if (value, k) == (60, 11) else f"{ten}-{teen}"):
                           str(value + k) for k, teen in enumerate(_FRENCH_TEENS.split(), 11)})
        values.update({f"quatre-vingt-{unit}": str(80 + u) for u, unit in units})
    return values


def _spelled_values(numbers: str, tens: str, language: str) -> dict[str, str]:
    """Each number word of a language (SPELLED) with its value, and the numbers a ten and a
    unit make (_tens_and_units: "twenty-three": 23)."""
    values = {word: str(k) for k, spellings in enumerate(numbers.split(), 2)
              for word in spellings.split("|")}
    values.update({word: str(10 * k) for k, spellings in enumerate(tens.split(), 3)
                   for word in spellings.split("|")})
    twenty = numbers.split()[-1].split("|")[0]
    return values | _tens_and_units(
        [(20, twenty)] + [(10 * k, word) for k, word in enumerate(tens.split(), 3)], language)


# "A fifth person has died": in English, an ordinal after "a" and before a person or a death
# gives their count so far (the toll is five, as "five people have died" gives it). Only
# before a word for a person or a death: "a second earthquake killed 12" counts no one. Read
# with the numbers in words (_SPELLED_NUMBER), in the words news style writes them in (AP
# and Reuters: "second" to "ninth"; a wire may write "a 10th victim", which is left out).
_ORDINAL_VALUE = {"english": {word: str(k) for k, word in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 2)}}
_A_BEFORE = re.compile(r"(?<![\w-])an?\s$")
_PERSON_AFTER = re.compile(r"\s(?:person|victim|man|woman|child|boy|girl|patient|worker|death|"
                           r"body)\b")


def _counts_so_far(lower: str, start: int, end: int) -> bool:
    """Whether the ordinal at lower[start:end] stands after "a" and before a person or a
    death (_ORDINAL_VALUE)."""
    return bool(_A_BEFORE.search(lower, max(0, start - 4), start)
                and _PERSON_AFTER.match(lower, end))


# The hundreds in one word, by language, from one hundred to nine hundred ("doscientas
# personas", "trecento sfollati", "dreihundert Menschen"; "|" joins two spellings of one), where
# the languages write them so: "Some three hundred people" is 300, not three (_SCALES). Not
# Italian "cento" alone ("-" holds its place), nor Spanish "ciento" or Portuguese "cento":
# "per cento", "por ciento", "por cento" are a percentage.
HUNDREDS = {
    "german": "hundert|einhundert zweihundert dreihundert vierhundert fünfhundert sechshundert "
              "siebenhundert achthundert neunhundert",
    "italian": "- duecento trecento quattrocento cinquecento seicento settecento ottocento "
               "novecento",
    "portuguese": "cem duzentos|duzentas trezentos|trezentas quatrocentos|quatrocentas "
                  "quinhentos|quinhentas seiscentos|seiscentas setecentos|setecentas "
                  "oitocentos|oitocentas novecentos|novecentas",
    "spanish": "cien doscientos|doscientas trescientos|trescientas "
               "cuatrocientos|cuatrocientas quinientos|quinientas seiscientos|seiscientas "
               "setecientos|setecientas ochocientos|ochocientas novecientos|novecientas",
    "swedish": "hundra|etthundra tvåhundra trehundra fyrahundra femhundra sexhundra sjuhundra "
               "åttahundra niohundra",
}
_SPELLED_VALUE = {language: _spelled_values(numbers, tens, language) | {
    word: str(100 * k) for k, spellings in enumerate(HUNDREDS.get(language, "").split(), 1)
    for word in spellings.split("|") if word != "-"}
    for language, (numbers, tens, _) in SPELLED.items()}
_POINTING = {language: frozenset(words.split())
             for language, (_, _, words) in SPELLED.items()}


def numbers_in_words(language: str) -> list[str]:
    """The numbers in words that a language's figures are read in (SPELLED), longest first."""
    return sorted(_SPELLED_VALUE.get(language, {}), key=len, reverse=True)
# A number in words before a scale word of this factor or more ("ocho mil hectáreas", "two
# million households") is a figure whatever it counts, as its digits are: no span of time nor
# things named before ("two weeks", "the three companies") is counted in thousands. Not "a
# thousand", which is as often a manner of speaking ("a thousand reasons").
WORDS_SCALED = 1000
# The indefinite article, by language: before a scale word it is the number one ("more than a
# dozen people", "a million households", "une douzaine de blessés", "ein Dutzend Verletzte").
ONE = {"english": "a an", "french": "un une", "german": "ein eine einem einer",
       "italian": "un una uno", "portuguese": "um uma", "spanish": "un una", "swedish": "en ett"}
_SPELLED_NUMBER = {language: re.compile(
    "(" + "|".join(sorted(values, key=len, reverse=True))
    + "".join(f"|{word}" for word in _ORDINAL_VALUE.get(language, {})) + ")"
    + rf"(?:\s+({'|'.join(sorted(_SCALES[language], key=len, reverse=True))}))?(?![\w-])")
    for language, values in _SPELLED_VALUE.items()}
# the scale words of ONE, and the article before one: searched for only in a text that holds one
_WORD_SCALES = {language: tuple(scale for scale in scales if len(scale) > 2)
                for language, scales in _SCALES.items()}
_ONE_SCALED = {language: re.compile(
    rf"(?<![\w-])(?:{'|'.join(ONE[language].split())})\s+"
    rf"({'|'.join(sorted(_WORD_SCALES[language], key=len, reverse=True))})(?![\w-])")
    for language in ONE}
# The article before a word for one dead, injured or missing person counts one, where the
# languages write such a count so ("Deux morts et un disparu", "un morto e otto feriti", "um
# morto e seis feridos", "un muerto y tres heridos"): the masculine, which a count is written
# in ("una ferita enorme" is a wound).
_ONE_COUNTED = {language: re.compile(
    rf"(?<![\w-])({'|'.join(ONE[language].split())})\s+(?:{words.replace(' ', '|')})(?![\w-])")
    for language, words in (("french", "mort blessé disparu"),
                            ("italian", "morto ferito disperso"),
                            ("portuguese", "morto ferido desaparecido"),
                            ("spanish", "muerto herido desaparecido fallecido"))}


def in_digits(figure: str, language: str) -> str:
    """A figure as a disagreement gives it, as written ("Twelve", "SEVEN", "12", "1,200",
    "Cent trente-sept", "Un"), in the digits of its value where it is one whole number, in
    words of the language or in digits with a thousands separator, or its article for one
    ("12", "7", "12", "1200", "137", "1"); else folded as it is ("3,4" is a decimal comma: it
    stays)."""
    folded = figure.casefold()
    if folded in ONE.get(language, "").split():  # "Un morto": one dead (_ONE_COUNTED)
        return "1"
    numbers = _numbers(figure, figure.lower(), language)
    if len(numbers) == 1 and numbers[0].text == figure and numbers[0].fraction is None \
            and numbers[0].scale is None:
        return numbers[0].whole.translate(_SEPARATORS)
    return folded


# The hundreds (and a thousand) before the tens and units of a longer number in words, where the
# languages write it in several words (German, Italian and Swedish write it in one): "two
# hundred and", "deux cent", "Cent", "Mil ciento", "doscientos", "duzentos e"; read within
# HUNDREDS_WITHIN characters before them.
HUNDREDS_WITHIN = 40
_HUNDREDS_BEFORE = {language: re.compile(
    rf"(?<![\w-])(?:({thousand})\s+)?(?:({small})\s+)?({hundreds})\s+(?:(?:{joiner})\s+)?$")
    for language, thousand, small, hundreds, joiner in (
        ("english", "thousand", "a|one|" + "|".join(UNIT_WORDS["english"].split()[1:]),
         "hundred", "and"),
        ("french", "mille", "|".join(UNIT_WORDS["french"].split()[1:]), "cents|cent", "et"),
        ("spanish", "mil", "", "|".join(["ciento", "cien", *HUNDREDS["spanish"].replace(
            "|", " ").split()[1:]]), "y"),
        ("portuguese", "mil", "", "|".join(["cento", "cem", *HUNDREDS["portuguese"].replace(
            "|", " ").split()[1:]]), "e"))}


# The numbers from 101 to 999 in one word, where German, Italian and Swedish write them so
# ("centotrentasette", "zweihundertfünfzig", "tvåhundrafemtio"): a hundreds word (HUNDREDS, and
# Italian "cento", which is no percentage with more of a number after it) and the tens and units
# after it. Italian drops the hundred's last vowel before one that opens the rest ("centottanta",
# "trecentotto"); German writes one as "eins" at a number's end ("hunderteins"). Searched for only
# in a text that holds the language's hundred (the first word).
_ONE_WORD_HUNDRED = {"german": "hundert", "italian": "cento", "swedish": "hundra"}
_ONE_WORD_VALUE = {language: {
    word: str(100 * k) for k, spellings in enumerate(HUNDREDS[language].replace(
        "-", hundred).split(), 1) for word in spellings.split("|")}
    for language, hundred in _ONE_WORD_HUNDRED.items()}
_ONE_WORD_REST = {language: {
    word: value for word, value in [*_SPELLED_VALUE[language].items(), *(
        (unit, str(u)) for u, spellings in enumerate(UNIT_WORDS[language].split(), 1)
        for unit in spellings.split("|")), ("eins", "1")] if int(value) < 100}
    for language in _ONE_WORD_HUNDRED}
_ONE_WORD_NUMBER = {language: re.compile(
    r"(?<![\w-])(" + "|".join(word[:-1] + "o?" if language == "italian" else word
                               for word in sorted(hundreds, key=len, reverse=True))
    + ")(" + "|".join(sorted(_ONE_WORD_REST[language], key=len, reverse=True)) + r")(?![\w-])")
    for language, hundreds in _ONE_WORD_VALUE.items()}


def _one_word_numbers(text: str, lower: str, language: str) -> list[_Number]:
    """The numbers from 101 to 999 in one word of a text (_ONE_WORD_NUMBER), with their value."""
    pattern = _ONE_WORD_NUMBER.get(language)
    if pattern is None or _ONE_WORD_HUNDRED[language] not in lower:
        return []
    hundreds = _ONE_WORD_VALUE[language]
    return [_Number(m.start(), m.end(), text[m.start():m.end()], str(
        int(hundreds.get(m.group(1)) or hundreds[m.group(1) + "o"])
        + int(_ONE_WORD_REST[language][m.group(2)])), None, None)
        for m in pattern.finditer(lower)]


def _hundreds(head: re.Match[str], language: str) -> int:
    """The value of the hundreds (and thousand) a _HUNDREDS_BEFORE match gives."""
    thousand, small, hundreds = head.groups()
    words = _SPELLED_VALUE[language]
    times = 1 if not small or small in ("a", "one") else int(words[small])
    return (int(words[hundreds]) if hundreds in words else 100) * times + (
        1000 if thousand else 0)


class _Number(NamedTuple):
    """A number found in a text: where it is, as written, its digits (and the scale word)."""

    start: int
    end: int
    text: str
    whole: str
    fraction: str | None
    scale: str | None


def _numbers(text: str, lower: str, language: str, in_words: bool = True) -> list[_Number]:
    """The numbers of a text (`lower`: the text in lower case), in digits or (in_words) in
    words (SPELLED, ONE before a scale word: "a dozen", or before one dead, injured or missing
    person: _ONE_COUNTED), and ordinals that count people so far (_ORDINAL_VALUE), in order."""
    found = [_Number(m.start(), m.end(), m.group(), *m.groups())
             for m in _NUMBER.get(language, _NUMBER["english"]).finditer(text)]
    spelled = _SPELLED_NUMBER.get(language)
    if spelled is None or not in_words:
        return found
    words = 0
    ordinals = _ORDINAL_VALUE.get(language, {})
    hundreds = _HUNDREDS_BEFORE.get(language)
    for m in spelled.finditer(lower):
        start = m.start()
        if start and (lower[start - 1].isalnum() or lower[start - 1] in "_-"):
            continue  # inside a word: "often", "forty-two"
        if (text[start].isupper() and not text[start:m.end(1)].isupper()
                and any(c.isalpha() for c in text[:start])):
            continue  # a name (a word in capitals throughout is loud: "A SIXTH person")
        if m.group(1) in ordinals:
            if not _counts_so_far(lower, start, m.end(1)):
                continue
            value = ordinals[m.group(1)]
        else:
            before = _WORD.findall(lower, max(0, start - 12), start)
            if before and before[-1] in _POINTING[language]:
                continue
            value = _SPELLED_VALUE[language][m.group(1)]
            head = (hundreds.search(lower, max(0, start - HUNDREDS_WITHIN), start)
                    if hundreds is not None and int(value) < 100 and m.group(2) is None
                    else None)
            if head is not None:
                # the tens and units of a longer number: "Cent trente-sept personnes" is 137,
                # "Mil ciento treinta y dos muertos" 1,132, "two hundred and fifty" 250
                value = str(_hundreds(head, language) + int(value))
                found = [other for other in found if not head.start() <= other.start < start]
                start = head.start()
        found.append(_Number(start, m.end(), text[start:m.end()], value, None, m.group(2)))
        words += 1
    for number in _one_word_numbers(text, lower, language):  # "centotrentasette"
        found.append(number)
        words += 1
    if any(scale in lower for scale in _WORD_SCALES[language]):  # "a dozen", "a million"
        for m in _ONE_SCALED[language].finditer(lower):
            found.append(_Number(m.start(), m.end(), text[m.start():m.end()], "1", None,
                                 m.group(1)))
            words += 1
    counted = _ONE_COUNTED.get(language)
    for m in counted.finditer(lower) if counted is not None else ():  # "un mort"
        found.append(_Number(m.start(), m.end(1), text[m.start():m.end(1)], "1", None, None))
        words += 1
    about = _ABOUT_NUMBER.get(language)
    for m in about.finditer(lower) if about is not None else ():  # "une soixantaine"
        found.append(_Number(m.start(), m.end(), text[m.start():m.end()],
                             ABOUT[language][m.group(1)], None, None))
        words += 1
    digits = _ABOUT_DIGITS.get(language)
    for m in digits.finditer(lower) if digits is not None and "-tal" in lower else ():
        found.append(_Number(m.start(1), m.end(), text[m.start(1):m.end()], m.group(1), None,
                             None))
        words += 1
    return sorted(found) if words else found


# Numbers given about, in one word after the article, as the languages write a rough count
# ("une soixantaine d'élèves", "una sessantina di alunni", "una decena de heridos", "uma
# dezena de feridos"): read as that number, which is round, so a rounding (_round). Only after
# the article: "mis en quarantaine" is no count.
ABOUT = {language: {word: str(value) for value, words in values for word in words.split()}
         for language, values in (
             ("french", ((10, "dizaine"), (15, "quinzaine"), (20, "vingtaine"),
                         (30, "trentaine"), (40, "quarantaine"), (50, "cinquantaine"),
                         (60, "soixantaine"), (100, "centaine"), (1000, "millier"))),
             ("italian", ((10, "decina"), (15, "quindicina"), (20, "ventina"), (30, "trentina"),
                          (40, "quarantina"), (50, "cinquantina"), (60, "sessantina"),
                          (70, "settantina"), (80, "ottantina"), (90, "novantina"),
                          (100, "centinaio"), (1000, "migliaio"))),
             ("spanish", ((10, "decena"), (20, "veintena"), (30, "treintena"),
                          (100, "centenar"), (1000, "millar"))),
             ("portuguese", ((10, "dezena"), (20, "vintena"), (100, "centena"),
                             (1000, "milhar"))),
             ("swedish", ((10, "tiotal"), (20, "tjugotal"), (30, "trettiotal"), (40, "fyrtiotal"),
                          (50, "femtiotal"), (60, "sextiotal"), (70, "sjuttiotal"),
                          (80, "\u00e5ttiotal"), (90, "nittiotal"), (100, "hundratal"),
                          (1000, "tusental"))))}
_ABOUT_NUMBER = {language: re.compile(
    rf"(?<![\w-])(?:{'|'.join(ONE[language].split())})\s+({'|'.join(words)})(?![\w-])")
    for language, words in ABOUT.items()}
# Swedish writes such a count in digits too ("ett 40-tal träd", "ett 60-tal personer"; not the
# decade "1990-talet"): the figure is "40-tal", a rounding.
_ABOUT_DIGITS = {"swedish": re.compile(r"(?<![\w-])ett\s+(\d+)-tal(?![\w-])")}


# Words on each side of a figure that say what it counts: within its stretch of the sentence
# (up to the numbers beside it), a unit's word aside (units are compared as units: one_count).
CONTEXT = 3
# Nor the words that say who gives it ("Moreau won 54.2 percent of the vote, according to the
# electoral commission", "…, the electoral commission said."), by language: two figures that
# one source gives ("turnout was 68 percent") count nothing in common for that. A preposition
# that is also an ordinal ("secondo", "segundo") counts only at the start of a clause.
# Searched for in a sentence that holds one of its hints, and not where the figure is inside.
_SOURCE_PHRASE = r"[^,.;:()\u201c\u201d\"\u00ab\u00bb]*"
_SOURCES = {language: (hints, re.compile(
    rf"(?:{prepositions}){_SOURCE_PHRASE}|,\s[^,;]{{0,60}}?\b(?:{verbs})\b[^,;]*$"))
    for language, hints, prepositions, verbs in (
        ("english", ("accord", "said", "says", "added", "reported"), r"\baccording to\b",
         "said|says|added|reported"),
        ("french", ("selon", "apr\u00e8s", "a ", "ont "),
         r"\b(?:selon|d'apr\u00e8s|d\u2019apr\u00e8s)\b",
         r"(?:a|ont) (?:indiqu\u00e9|pr\u00e9cis\u00e9|d\u00e9clar\u00e9|affirm\u00e9"
         r"|annonc\u00e9|expliqu\u00e9)"),
        ("italian", ("secondo", "stando", "ha ", "hanno "),
         r"(?:^|[,;(]\s?)secondo\b|\bstando a\b",
         r"(?:ha|hanno) (?:detto|dichiarato|spiegato|riferito|precisato|comunicato)"),
        ("spanish", ("seg\u00fan", "dij", "afirm", "declar", "inform", "se\u00f1al"),
         r"\bseg\u00fan\b",
         r"(?:ha |han )?(?:dicho|dijo|afirm\u00f3|declar\u00f3|explic\u00f3|inform\u00f3"
         r"|informado|se\u00f1al\u00f3)"),
        ("portuguese", ("segundo", "acordo", "conforme", "disse", "afirm", "inform", "adiant"),
         r"(?:^|[,;(]\s?)segundo\b|\bde acordo com\b|\bconforme\b",
         "disse|afirmou|declarou|explicou|informou|adiantou|indicou"),
        ("german", ("laut", "angaben", "zufolge", "sagte", "teilte", "erkl\u00e4rte", "hie\u00df"),
         r"\blaut\b|\bnach angaben\b",
         r"sagte|teilte|erkl\u00e4rte|berichtete|hie\u00df es"),
        ("swedish", ("enligt", "s\u00e4ger", " sa ", " sa,", " sa.", " sade", "uppger",
                     "meddelar", "skriver"), r"\benligt\b",
         "s\u00e4ger|sa|sade|uppger|meddelar|skriver"))}
# A count's name often opens the clause that gives its figure, further back than CONTEXT ("The
# death toll from the Vestfjell landslide has risen to 14"): a figure with no count's name
# (COUNTS) among its CONTEXT words takes the nearest one among this many words before it, when
# no other number stands between them (in "killed 3 people, destroyed 120 homes" the name is
# the 3's).
COUNT_BEFORE = 8
# Or it names it after the figure, past an aside or a verb-final clause ("Two people, including a
# child, were killed", "Zwei Menschen kamen ums Leben"): the nearest among this many words
# after it, before the next number.
COUNT_AFTER = 5
YEARS = range(1800, 2200)  # a bare four-digit number in this range is a year
_DECADE = re.compile(r"(?<![\w-])(1[89]\d0|2[01]\d0)['\u2019]?s\b")  # "the 1990s": ten years
# A time told before, which a sentence names by a word alone ("Damals lag der versicherte Schaden
# bei rund 48 Millionen Euro.", of a flood in 1999 the sentence before names; "At the time, the
# damage was put at $48 million"): its figures are of another time than the undated ones, as a
# year's are (Figure.dated: THEN stands for it). By language; not the words that are as often
# a conjunction ("then", "alors", "allora", "entonces", "então", "då").
THEN = 0
_ANOTHER_TIME = {language: (tuple(words.split("|")), re.compile(
    rf"\b(?:{words})\b(?! (?:{of}) )", re.IGNORECASE))
                 for language, words, of in (
                     ("english", "at the time|back then|in those days", "of|when"),
                     ("french", "à l'époque|à l\u2019époque|a l'époque|en ce temps-là",
                      "des|de|du|où"),
                     ("german", "damals|seinerzeit|zu jener zeit", "des|der|als"),
                     ("italian", "all'epoca|all\u2019epoca|a quel tempo", "dei|del|della|in"),
                     ("portuguese", "naquela altura|naquela época|na altura", "do|da|de|em"),
                     ("spanish", "por aquel entonces|en aquel entonces|en aquel momento"
                                 "|en aquella época|en su momento", "de|del|en"),
                     ("swedish", "på den tiden|den gången|vid den tiden", "för|när|då"))}
# A span of years ("the 2021-22 season", "in 2021/2022"), which a figure beside it is given for:
# the years from the first to the last, of a decade at most (not a range of figures).
_YEAR_SPAN = re.compile(r"(?<![\w-])(1[89]\d\d|2[01]\d\d)[-\u2013/](\d\d(?:\d\d)?)(?![\w-])")
YEARS_SPANNED = 10


def _years(span: re.Match[str]) -> range:
    """The years of a span of years (_YEAR_SPAN), none where its end is no year after its
    start within YEARS_SPANNED."""
    first, end = int(span.group(1)), span.group(2)
    last = int(end) if len(end) == 4 else first - first % 100 + int(end)
    return range(first, last + 1) if first < last <= first + YEARS_SPANNED else range(0)


# The commonest counts of news and the words that name them, by language (none known: no mark).
# A Romance language's participle agrees with what it counts: each form is listed ("soccorso",
# "soccorsa", "soccorsi", "soccorse"; "hanno soccorso 30 persone" and "sono state soccorse").
# The sick (#ill) are named by the words of falling ill, of poisoning and infection, and cases;
# not by the nouns that name a hospital's patients too ("malati", "doentes", "enfermos",
# "malades", "Kranke", "sjuka": "85 doentes transferidos" were moved, not taken ill).
# Those treated are counted with the injured in every language ("treated", "soignés",
# "behandelt", "medicati", "atendidos", "assistidos", "vårdats"), as an ambulance service or a
# hospital counts them, and so are those in hospital ("hospitalised", "hospitalisés",
# "ricoverati", "ingresados", "internados").
COUNTS = {
    "english": {
        "#dead": "kill killed killing kills dead die died dies dying death deaths toll lives "
                 "life bodies fatalities fatality perished",
        "#injured": "injured injuring injury injuries wounded wounding hurt treated hospitalised "
                    "hospitalized",
        "#missing": "missing unaccounted trapped",
        "#displaced": "evacuated evacuate evacuating evacuation displaced homeless",
        "#rescued": "rescued survived survivor survivors",
        "#ill": "ill sick sickened infected infections cases poisoned poisoning",
        "#aboard": "passengers passenger crew aboard onboard",
        "#crowd": "crowd crowds marchers marched attendance participants participated",
    },
    "french": {
        "#dead": "mort morts morte mortes tué tués tuée tuées décès décédé décédés bilan "
                 "péri périt vie",
        "#injured": "blessé blessés blessée blessées blessure blessures soignés soignées "
                    "hospitalisé hospitalisés hospitalisée hospitalisées hospitalisations",
        "#missing": "disparu disparus disparue disparues",
        "#displaced": "évacué évacués évacuée évacuées évacuation déplacés sinistrés",
        "#rescued": "secouru secourus secourue secourues sauvés sauvées rescapé rescapés survivant "
                    "survivants",
        "#ill": "intoxiqué intoxiqués intoxiquée intoxiquées intoxication infecté infectés "
                "infectées contaminés contaminées cas",
        "#aboard": "passagers passager équipage bord voyageaient",
    },
    "german": {
        "#dead": "tote toten getötet getötete starben gestorben todesopfer tod leben",
        "#injured": "verletzte verletzten verletzt verwundete verwundet behandelt",
        "#missing": "vermisst vermisste vermissten",
        "#displaced": "evakuiert evakuierte evakuierten evakuierung obdachlos obdachlose",
        "#rescued": "gerettet gerettete geretteten überlebende überlebenden überlebten",
        "#ill": "erkrankt erkrankte erkrankten infiziert infizierte infizierten vergiftet "
                "vergiftung fälle fällen",
        "#aboard": "passagiere passagieren insassen besatzung besatzungsmitglieder bord",
    },
    "italian": {
        "#dead": "morti morto morta morte uccisi uccise deceduti vittime",
        "#injured": "feriti ferito ferita ferite medicati medicate ricoverati ricoverate",
        "#missing": "dispersi disperso dispersa",
        "#displaced": "sfollati evacuati evacuate evacuato evacuata evacuazione",
        "#rescued": "salvati salvate salvato salvata soccorsi soccorse soccorso soccorsa "
                    "sopravvissuti sopravvissute superstiti",
        "#ill": "intossicati intossicate intossicato intossicata intossicazione contagiati "
                "contagiate infettati infettate casi",
        "#aboard": "passeggeri passeggero equipaggio bordo viaggiavano",
    },
    "portuguese": {
        "#dead": "mortos morto morta mortas mortes morte morreram morreu vida",
        "#injured": "feridos ferido ferida feridas assistidos assistidas atendidos atendidas "
                    "hospitalizados hospitalizadas internados internadas",
        "#missing": "desaparecidos desaparecido desaparecida desaparecidas",
        "#displaced": "desalojados deslocados evacuados evacuadas desabrigados",
        "#rescued": "resgatados resgatadas resgatado resgatada socorridos socorridas salvos "
                    "sobreviventes sobreviveram",
        "#ill": "intoxicados intoxicadas intoxicado intoxicada intoxicação infetados infetadas "
                "infectados infectadas contagiados casos",
        "#aboard": "passageiros passageiro tripulantes tripulação bordo viajavam",
    },
    "spanish": {
        "#dead": "muerto muertos muerta muertas fallecido fallecidos fallecida fallecidas "
                 "murieron murió fallecieron falleció muerte muertes mortales vida",
        "#injured": "herido heridos herida heridas lesionados atendidos atendidas "
                    "hospitalizados hospitalizadas ingresados ingresadas",
        "#missing": "desaparecido desaparecidos desaparecida desaparecidas",
        "#displaced": "evacuados evacuadas evacuación desalojados desalojadas desplazados "
                       "damnificados",
        "#rescued": "rescatados rescatadas rescatado rescatada socorridos socorridas salvados "
                    "salvadas supervivientes sobrevivientes sobrevivieron",
        "#ill": "intoxicados intoxicadas intoxicado intoxicada intoxicación contagiados "
                "contagiadas infectados infectadas casos",
        "#aboard": "pasajeros pasajero tripulantes tripulación bordo viajaban",
    },
    "swedish": {
        "#dead": "döda död dödades omkom omkomna omkommit dog dött avled avlidit dödsoffer "
                 "livet",
        "#injured": "skadade skadades skadad skadats vårdats vårdas vårdades vård",
        "#missing": "saknade saknas försvunna",
        "#displaced": "evakuerade evakuerades evakuerats evakuerad evakueras evakuering",
        "#rescued": "räddade räddades räddats överlevande överlevde",
        "#ill": "insjuknade insjuknat smittade smittats förgiftade matförgiftning fall",
        "#aboard": "passagerare besättning besättningen ombord färdades",
    },
}
# The commonest counts of business news, which outlets name in several words too ("shares rose
# 6.5%", "the stock jumped 6.5%"; "net profit", "earnings"; "revenue", "sales"): a figure of
# theirs meets the same figure under another of their words, and figures of two of them are
# no disagreement (one_count). Unlike the counts of people, a number in words is no figure of
# theirs (SPELLED), and two figures of one of them link only when they are equal
# (facts.figure_links): two companies' shares each rise.
MEASURES = {
    "english": {"#shares": "shares stock stocks", "#profit": "profit profits earnings",
                "#revenue": "revenue revenues sales turnover"},
    "french": {"#shares": "actions", "#profit": "bénéfice bénéfices",
               "#revenue": "ventes recettes"},
    "german": {"#shares": "aktie aktien papiere", "#profit": "gewinn gewinne nettogewinn",
               "#revenue": "umsatz umsätze erlöse"},
    "italian": {"#shares": "azioni", "#profit": "utile utili profitti",
                "#revenue": "ricavi fatturato vendite"},
    "portuguese": {"#shares": "ações", "#profit": "lucro lucros",
                   "#revenue": "receita receitas vendas faturamento"},
    "spanish": {"#shares": "acciones", "#profit": "beneficio beneficios ganancias",
                "#revenue": "ingresos ventas facturación"},
    "swedish": {"#shares": "aktie aktien aktier aktierna", "#profit": "vinst vinsten",
                "#revenue": "omsättning omsättningen intäkter"},
}
_COUNT_OF = {language: {word: mark for mark, words in [*COUNTS[language].items(),
                                                         *MEASURES.get(language, {}).items()]
                        for word in words.split()}
             for language in COUNTS}
# Phrases that name a count of people in several words, by language, each with the words one
# of which a text must hold to be searched for it, and the count it names: a figure that names
# no count of people of its own (COUNTS), with no other figure between it and such a phrase,
# counts what the phrase names, as one beside "evacuated" or "injured" does.
# - People forced from their homes are displaced, however the sentence words it ("forced about
#   4,500 people from their homes", "6,000 people are now out of their homes", "had to leave
#   their homes", "puts the number who have left their homes at 18,500"), and people forced out
#   of the places they live in ("forcing about 8,200 people to leave towns on its slopes",
#   "10,000 people had left the town"); not a toll ("fled their homes as three people died"),
#   nor a figure that another figure stands between ("destroyed 37 homes and forced about 6,000
#   people to leave their homes").
# - People taken to hospital are injured ("23 children were taken to hospital suffering from
#   nausea", "THIRTY-ONE children have been rushed to hospital", "admitted to Wexcombe General
#   Hospital"); not those moved between hospitals ("12 patients were transferred to another
#   hospital"), nor a hospital's staff or beds.
# - So are people who needed medical help or came through an emergency room ("Nearly 40
#   gasping residents needed medical help", "27 people came through its emergency room"), as
#   a hospital or a county counts those it treated.
# - People who fell ill are the sick (#ill) where a language says so in several words ("sont
#   tombés malades", "si sono sentiti male", "se sintieron mal", "passaram mal", "blev sjuka"),
#   its words for the sick alone naming a hospital's patients too (COUNTS).
COUNT_PHRASES = {"english": (
    (re.compile(r"\b(?:from|out of|leave|leaving|left|flee|fleeing|fled) "
                r"(?:(?:their|his|her) (?:homes?|houses?)"
                r"|(?:the )?(?:towns?|villages?|city|area)\b)\b"),
     (" home", " house", " town", " village", " city", " area"), "#displaced"),
    (re.compile(r"\b(?:taken|rushed|admitted|airlifted|flown|ferried|brought) (?:in)?to "
                r"(?:(?:a|the) )?(?:[\w'\u2019-]+ ){0,3}hospitals?\b"),
     ("hospital",), "#injured"),
    (re.compile(r"\b(?:needed|needing|required|requiring|received|receiving|sought) medical "
                r"(?:help|attention|treatment|care)\b|\b(?:came|come|went|go) (?:through|to) "
                r"(?:its |the |their |an? )?(?:emergency (?:room|department)s?|a&e)\b"),
     ("medical", "emergency", "a&e"), "#injured"),
)} | {language: ((re.compile(phrase), hints, "#ill"),) for language, phrase, hints in (
    ("french", r"\b(?:tomb\w*|été|sont|étaient) malades?\b", ("malade",)),
    ("italian", r"\bsentit[ieao] male\b|\bmalori\b", (" male", "malori")),
    ("spanish", r"\b(?:sintieron|sienten|sentido|encontraron) mal\b", (" mal",)),
    ("portuguese", r"\b(?:sentiram(?:-se)?|passaram|sentem(?:-se)?) mal\b", (" mal",)),
    ("swedish", r"\b(?:blev|blivit|är|var) sjuka\b", ("sjuka",)))}
# People "fighting for their lives" are alive, in a critical condition: in a sentence that says
# so, by language, the words for life that mark the dead elsewhere ("lost their lives", "claimed
# 12 lives": COUNTS) mark the injured ("Sixteen people were rushed to hospital, with three said to
# be fighting for their lives" gives no toll of three dead). English only so far.
FIGHTING_FOR_LIFE = {"english": (re.compile(r"\bfight(?:ing|s)? for (?:their|his|her) "
                                            r"li(?:fe|ves)\b"), "life lives")}
_FIGHTING_MARKS = {language: {word: "#injured" for word in words.split()}
                   for language, (_, words) in FIGHTING_FOR_LIFE.items()}
# Words of COUNTS that in a phrase name a thing, by language, with the phrases: in a sentence
# that holds one, the word marks no count. A road's toll is no death toll ("14 vehicles
# identified from camera footage and toll records"); nor is a life raft a death ("pulled three
# men from a life raft"), though "lives" still is; nor is Italian's emergency department or
# mountain rescue service anyone rescued ("uscito dal pronto soccorso con dieci punti di
# sutura", "il Soccorso alpino"), though "soccorsi" still are.
THING_PHRASES = {
    "english": (("toll ", re.compile(r"\btoll (?:data|records?|roads?|booths?|plazas?|gates?|"
                                     r"charges?|fees?|bridges?|motorways?|lanes?|cameras?)\b")),
                ("life", re.compile(r"\blife[- ](?:rafts?|jackets?|vests?|belts?|boats?|buoys?|"
                                    r"lines?|sentences?|support|insurance|expectancy|savings)\b"))),
    "italian": (("soccorso", re.compile(r"\bpronto soccorso\b|\bsoccorso (?:alpino|stradale|"
                                        r"sanitario|speleologico)\b")),),
}
# Nor is life that someone came out with: "Quatro pessoas foram retiradas com vida", "rescatados
# con vida", "retrouvé en vie", "sind noch am Leben": in a sentence that says so, by
# language, the word for life that marks the dead elsewhere ("perderam a vida", COUNTS) marks
# the rescued. (English "alive" is no word of COUNTS.)
ALIVE = {language: (re.compile(rf"\b{phrase}\b"), word) for language, phrase, word in (
    ("french", "en vie", "vie"), ("german", "am leben", "leben"),
    ("portuguese", "com vida", "vida"), ("spanish", "con vida", "vida"))}
# Words that say which way a figure moved, by language: up, then down. A figure that rose and
# one that fell are no one count ("Exxon stock fell 3.3%", "Shares in Pioneer rose about 3%"),
# however near their values. Words of losing one's life are left out: a toll that "rose to 14"
# and "14 lost their lives" are one count.
TRENDS = {
    "english": ("rose rise rises rising risen jumped jumps climbed climbs gained gains increased "
                "increases higher soared surged advanced rallied",
                "fell fall falls falling fallen dropped drops declined declines decreased "
                "decreases lower slumped plunged tumbled slid sank shed"),
    "french": ("hausse augmenté augmente progressé progresse grimpé grimpe bondi bondit",
               "baisse baissé diminué diminue reculé recule chuté chute"),
    "german": ("gestiegen stieg steigt zugelegt",
               "gefallen fiel fällt gesunken sank sinkt"),
    "italian": ("salito salita saliti aumentato aumentata aumentati guadagnato rialzo",
                "sceso scesa scesi calato calata calati ribasso"),
    "portuguese": ("subiu sobe subiram aumentou aumentaram avançou",
                   "caiu cai caíram recuou diminuiu baixou"),
    "spanish": ("subió sube subieron aumentó aumentaron avanzó",
                "cayó cae cayeron bajó bajaron retrocedió"),
    "swedish": ("steg stiger ökade ökar", "föll faller sjönk sjunker minskade minskar"),
}
_TREND_OF = {language: {word: sign for sign, words in zip((1, -1), trends, strict=True)
                        for word in words.split()}
             for language, trends in TRENDS.items()}
# Words that make a figure beside them (within CONTEXT words, or COUNT_AFTER after it, where a
# verb comes last: "Der Konzern hat 600 Stellen im Werk angeboten") a count of what was given
# back, offered or made, by language: customers reconnected, posts offered elsewhere or
# created, vacancies opened (a count: an amount offered, "$253 per share", is the offer's).
# Such a count is no other figure for one of what was lost under the same noun ("980 clientes
# já religados" beside "1.150 clientes ficaram sem energia", "620 postes ouverts au
# reclassement" beside "1 180 postes supprimés"; one_count).
GAINED = {
    "english": "reconnected restored offered offering offers redeployment redeployed rehired "
               "created creating vacancies",
    "french": "rétablis rétablie rétablies rebranchés reconnectés réalimentés proposés "
              "proposées offerts offertes reclassement reclassés créés créées création "
              "créations",
    "german": "angeboten anbietet bietet wiederhergestellt wiederversorgt geschaffen schafft",
    "italian": "riallacciati riallacciate ripristinati ripristinate offerti offerte offre "
               "proposti ricollocati ricollocazione creati create",
    "portuguese": "religados religadas restabelecidos restabelecidas repostos oferecidos "
                  "oferecidas oferece vagas recolocados recolocação criados criadas",
    "spanish": "restablecidos restablecidas reconectados repuestos ofrecidos ofrecidas ofrece "
               "recolocados recolocación creará creados creadas vacantes",
    "swedish": "återkopplade återställda erbjuds erbjuder erbjudits skapas skapade",
}
_GAINED = {language: frozenset(words.split()) for language, words in GAINED.items()}
# The marks of the counts of people (COUNTS), whose figures are given in words too (SPELLED),
# and among them the tolls, whose figures may differ as a toll rises (facts.figure_links): the
# people aboard a ship or a plane are counted once, as a total or in parts (passengers and crew)
PEOPLE = frozenset(mark for marks in COUNTS.values() for mark in marks)
TOLLS = PEOPLE - {"#aboard"}
OUTCOMES = frozenset({"#dead", "#injured", "#rescued"})  # of the tolls, what befell people
DISPLACED = frozenset({"#displaced"})
CROWD = "#crowd"
# The months as the languages read write them, in order, and English's abbreviations: a day of
# the month beside its month's name ("Dec. 29", "29 December", "12 de agosto", "11. März", "1er
# mai") is a date, not a count (events.stated_date reads it as one). English "May" capitalised
# only ("officials said 12 may have died").
MONTHS = {
    "english": "january february march april may june july august september october november "
               "december",
    "english abbreviated": "jan feb mar apr may jun jul aug sep oct nov dec",
    "french": "janvier février mars avril mai juin juillet août septembre octobre novembre "
              "décembre",
    "german": "januar februar märz april mai juni juli august september oktober november "
              "dezember",
    "italian": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
               "novembre dicembre",
    "portuguese": "janeiro fevereiro março abril maio junho julho agosto setembro outubro "
                  "novembro dezembro",
    "spanish": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
               "diciembre",
    "swedish": "januari februari mars april maj juni juli augusti september oktober november "
               "december",
}
# A day of the month after its weekday's name is a date where no word follows it, or a word
# that joins it to another date or names a part of the day ("dans la nuit de jeudi 3 à vendredi
# 4 décembre", "vendredi 4 au matin", "Friday 4 in the morning"), not a noun ("On Tuesday 40
# people were hurt", "Mardi, 12 personnes …"): searched for before the number, by language.
_WEEKDAY_BEFORE = re.compile(r"\b(?:" + "|".join(" ".join(WEEKDAYS.values()).split())
                             + r"),?\s+(?:den\s+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\.?\s+([^\W\d_]+)")
DATE_AFTER = {
    "english": frozenset("and to in at morning afternoon evening night".split()),
    "french": frozenset("à au et matin après-midi soir nuit".split()),
    "german": frozenset("und bis morgen vormittag nachmittag abend nacht".split()),
    "italian": frozenset("a al e mattina pomeriggio sera notte".split()),
    "portuguese": frozenset("a à ao e manhã tarde noite".split()),
    "spanish": frozenset("a al y mañana tarde noche".split()),
    "swedish": frozenset("till och morgon morgonen eftermiddag kväll kvällen natt natten".split()),
}
MONTH_NUMBER = {name: number for names in MONTHS.values()
                for number, name in enumerate(names.split(), 1)} | {"sept": 9, "jänner": 1,
                                                                   "setiembre": 9}
_MONTH = ("(?:(?-i:May)|" + "|".join(sorted(set(MONTH_NUMBER) - {"may"}, key=len, reverse=True))
          + r")\.?")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\.?\s*(?:st|nd|rd|th|er|\u00ba|\u00b0)?\s*(?:(?:of|de|di|del)\s+)?"
                          rf"{_MONTH}(?!\w)", re.IGNORECASE)
# So is the first day of a span of days before its month ("dans la nuit du 2 au 3 décembre",
# "from 2 to 4 March", "2-3 December"): searched for after it.
_DAY_SPAN_AFTER = re.compile(rf"^\s*(?:[-\u2013]|(?:au|à|a|al|to|and|et|e|y|bis|till|och)\s)\s*"
                             rf"\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:(?:of|de|di|del)\s+)?"
                             rf"{_MONTH}(?!\w)", re.IGNORECASE)
# An hour before "a.m.", "pm", "o'clock", German "Uhr", or "h" and its minutes ("before 7 p.m.",
# "um 17 Uhr", "à 8 h 40") is a time of day, not a count; and so is the first of a span of hours
# ("von 9 bis 18 Uhr", "8–20 Uhr").
_HOUR_AFTER = re.compile(r"^\s*(?:(?:(?:[-\u2013]|bis)\s*\d{1,2}\s*)?uhr\b|[ap]\.\s?m\b|[ap]m\b"
                         r"|o['\u2019]clock\b|h\s?[0-5]\d\b)", re.IGNORECASE)
# So is an hour with "h" alone after a word that gives the time of day ("à 16 h", "a las 16 h",
# "às 16 h", "gegen 16 h"); "une grève de 24 h" is a span of hours.
_AT_HOUR = re.compile(r"\b(?:\u00e0|vers|d\u00e8s|avant|apr\u00e8s|las|\u00e0s|pelas|alle|dalle"
                      r"|le|um|gegen|ab|kl\.?|klockan|at|by|from|until)\s$", re.IGNORECASE)
_H_AFTER = re.compile(r"\s?h\b(?!\s?\d)")
# So is an hour up to 12 after "before", "after", "until" or "past" with no noun after it ("She
# rang me just before ten to say …", "until 11 on Friday", "after nine, police said"; not "after
# ten days", "the past 12 months"): searched for before the number, then after it.
_HOUR_BEFORE = re.compile(r"\b(?:before|after|until|till|past)\s$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"[,.;:!?)]|\s+(?:to|on|in|at|and|that|this|last|when|or)\b")
# A number right before "more than", "fewer than" … gives a difference between two counts ("five
# deaths, two more than the company has confirmed"), not a count: searched for after it.
_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|fewer|less|higher|lower)\s+than\b", re.IGNORECASE)
# A number that gives what a place or a vehicle can hold ("a capacity of 220", "built to hold
# 1,200", "una struttura che ne potrebbe ospitare 220", "pensato per 220 persone", "capacidad
# para 900 personas", "pouvant accueillir 400 personnes", "Platz für 80 Passagiere", "plats för
# 60 personer"): its size, not a count of the event's people, though the same noun follows it;
# a prison's 310 inmates are no other figure for its 220 places. Searched for before the
# number, which may be given as a rounding or a bound.
_CAPACITY_BEFORE = {language: re.compile(
    rf"\b(?:{words})(?: (?:{bounds}))?\s$", re.IGNORECASE)
    for language, words, bounds in (
        ("english", "capacity (?:of|for)|(?:designed|built|licensed|able) (?:for|to (?:hold|house"
                    "|take|carry|seat|accommodate))|(?:can|could) (?:hold|house|seat"
                    "|accommodate)|room for|space for|places for",
         "up to|about|around|some|as many as|nearly|just over|more than"),
        ("italian", "capienza(?: regolamentare| massima)?(?: di| \u00e8 di|:)?|(?:pensat|progettat"
                    "|costruit)[oaie] per|(?:pu\u00f2|potrebbe|possono|potrebbero) (?:ospitar|"
                    "accoglier)(?:e|ne)|posti per",
         "circa|fino a|oltre"),
        ("spanish", "capacidad (?:para|de)|aforo (?:de|para)|(?:pensad|dise\u00f1ad|construid)"
                    "[oa]s? para|(?:puede|podr\u00eda|pueden) (?:albergar|acoger|alojar)"
                    "|plazas para",
         "unas|unos|hasta|m\u00e1s de"),
        ("portuguese", "capacidade (?:para|de)|lota\u00e7\u00e3o (?:de|para)|(?:pensad"
                       "|projetad|constru\u00edd)[oa]s? para|(?:pode|poderia|podem) "
                       "(?:albergar|acolher|receber)|lugares para",
         "cerca de|at\u00e9|mais de"),
        ("french", "capacit\u00e9 (?:de|d'accueil de|d\u2019accueil de)|(?:pr\u00e9vu|con\u00e7u"
                   "|construit)e?s? pour|pouvant accueillir|(?:peut|pourrait) accueillir"
                   "|places pour|jauge de",
         "environ|jusqu'\u00e0|jusqu\u2019\u00e0|plus de"),
        ("german", "Kapazit\u00e4t (?:von|f\u00fcr)|ausgelegt (?:f\u00fcr|auf)|Platz f\u00fcr"
                   "|Pl\u00e4tze f\u00fcr",
         "rund|etwa|bis zu|mehr als"),
        ("swedish", "kapacitet (?:f\u00f6r|p\u00e5)|plats f\u00f6r|platser f\u00f6r|byggd"
                    " f\u00f6r|byggt f\u00f6r|avsedd f\u00f6r|(?:kan|skulle kunna) (?:ta emot"
                    "|rymma)",
         "cirka|omkring|upp till|drygt"))}
# A number inside a name, between two capitalised words ("the iPhone 15 Pro", "a Boeing 737 Max",
# "the Pixel 9 Pro"): a model, no count ("$100 more than the Vista 4 Pro" gives no other figure
# for the Vista 5 Pro's price). Not a measure's name ("a Category 4 Hurricane"), and English
# only: German capitalises every noun ("am Montag 5 Menschen").
_MODEL_BEFORE = re.compile(r"(?<![\w'\u2019-])(?!(?:Category|Level|Stage|Phase|Grade|Tier|Class|"
                          r"Force|Magnitude|Type|Number|No)\s)[^\W\d_]*[A-Z][\w-]*\s$")
_MODEL_AFTER = re.compile(r"\s[A-Z][a-z][\w-]*\b(?<!\bThe)(?<!\bA)")
# A number that names a thing rather than counts it: a flight's, a road's, a gate's or a room's,
# a law's section or a treaty's article after its label ("Flight 447", "north of route 9",
# "Gate 12", "Bus No. 17", "section 14 of the Act", "Article 22"; Swedish "väg 27", German
# "Gleis 3"),
# searched for before it; and a house's number in a street address ("at 410 Calder Street",
# "au 12 rue de la Paix", "Hauptstraße 12", "Granitvägen 14", "in via Garibaldi 12", "en la
# calle Mayor, 12"; not "40 Main Street shops"), searched for after it (before it where the
# language writes it after the street's name). An address two reports give is no figure they
# agree on.
_NUMBERED_BEFORE = {
    "english": re.compile(r"(?<![\w-])(?:(?i:flight|route|highway|hwy\.|interstate|gate|room|"
                          r"platform|terminal|pier|berth|runway|exit|ward|suite|apartment|apt\.|"
                          r"flat|bus|train|line|precinct|section|article|clause|paragraph|"
                          r"chapter|schedule|game|round|stage|lap|hole|heat|leg|episode)|No\.|"
                          r"Number)\s$"),
    "german": re.compile(r"(?:\w{2,}(?:stra\u00dfe|strasse|weg|platz|allee|gasse|damm)"
                         r"|\b(?:linie|gleis|flug|bahnsteig))\s$", re.IGNORECASE),
    "swedish": re.compile(r"(?:\w{2,}(?:v\u00e4gen|gatan|gr\u00e4nd|gr\u00e4nden|torget|all\u00e9n"
                          r"|backen|stigen|leden)|\b(?:riks|l\u00e4ns)?v\u00e4g|\b(?:linje|sp\u00e5r"
                          r"|flyg))\s$", re.IGNORECASE),
    # a street's kind, an article, then its name: "in via Giuseppe Garibaldi 12", "na Rua
    # Augusta, 100", "en la calle Mayor, 12"
    **{language: re.compile(rf"\b(?i:{streets})\s(?:(?:de|del|da|do|dos|das|di|della|dei)\s)?"
                            rf"(?:[A-Z][\w'\u2019-]*,?\s){{1,3}}$")
       for language, streets in (
           ("italian", "via|viale|piazza|piazzale|corso|vicolo|largo"),
           ("portuguese", r"rua|avenida|av\.|pra\u00e7a|travessa|largo|estrada"),
           ("spanish", r"calle|c/|avenida|avda\.|plaza|paseo|camino|carretera"))},
}
_STREET_AFTER = {
    "english": re.compile(r"\s(?:[A-Z][\w'-]*\.?\s){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|"
                          r"Boulevard|Blvd\.|Lane|Drive|Way|Place|Court|Terrace|Parkway|Square|"
                          r"Crescent|Close)(?!\w)(?! (?!(?:in|on|at|and|or|near|where|which|to|"
                          r"from|of|with|for|when|after|before|by|is|was|were|has|had)\b)[a-z])"),
    "french": re.compile(r"\s(?:bis\s|ter\s)?(?:rue|avenue|av\.|boulevard|bd|place|quai|"
                         r"all\u00e9e|impasse|chemin|cours|route)\s", re.IGNORECASE),
}
# A road's, a line's or a flight's code in capitals before its number ("auf der A 79", "la RN 7",
# "sulla SS 16", "no IC 19", "på E 4", "(A 79)", "flight LH 400"): a name, no count. Not as the
# sentence's first word, which is an article or a conjunction as often ("A 79-year-old man", "E
# 3 feriti"), nor a company's legal form or a union of states ("will die Bahn AG 2.000 Stellen
# streichen", "the EU 27"), nor a word of a title in capitals ("MÁS DE 30 HERIDOS").
_CODE_BEFORE = re.compile(r"(?:(?<=[^\sA-Z\u00c0-\u00de]\s)|(?<=[^\sA-Z\u00c0-\u00de]\s\())"
                          r"(?!(?:AG|SA|SE|AB|NV|BV|KG|OY|AS|EU|UN|UK|US)\s)[A-Z]{1,2}\s$")
# An emergency service called by its number, as Italian, Spanish, Portuguese and French news
# name it ("il 118 comunica …", "Balance provisional del 112 Aragón", "o 112"): one of these
# numbers after a singular article (with its preposition) names the service, no count ("i 118
# feriti", "los 112 heridos" are counts).
SERVICE_NUMBERS = frozenset({"112", "113", "115", "118", "061", "080"})
_SERVICE_BEFORE = {language: re.compile(rf"(?<![\w'\u2019-])(?i:{articles})\s$")
                   for language, articles in (
                       ("italian", "il|del|al|dal|nel|sul|col"), ("spanish", "el|del|al"),
                       ("portuguese", "o|do|ao|no|pelo"), ("french", "le|du|au"))}
# An hour after the plural article that the Romance languages give the hours of the day ("alle
# sette di sera", "Alle 19 è morto …", "dalle 6", "a las siete", "às quatro da manhã"): a time,
# not a count, where a stop word or a sign follows it; not "alle due vittime", "alle 12 famiglie",
# whose noun follows. Searched for before the number (up to 24), by language.
_ARTICLE_HOUR = {language: re.compile(rf"\b(?:{articles})\s$", re.IGNORECASE)
                 for language, articles in (
                     ("italian", "alle|dalle|verso le|fino alle|entro le"),
                     ("spanish", "a las|desde las|hasta las|hacia las|sobre las"),
                     ("portuguese", "às|pelas|até às|desde as"))}
# The minutes of a time written with an "h" between hour and minutes ("à 8 h 40", "17 h 15"),
# searched for before them.
_MINUTES_BEFORE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])\s?h\s?$")
# The size of someone's family ("a grandmother of seven", "father-of-two", "mum of three"):
# no count of the story, though a toll's words stand around it ("Dorothy, a grandmother of
# seven, died"). Searched for before the number.
_FAMILY_BEFORE = re.compile(r"\b(?:grand)?(?:mother|father|mum|mom|dad|parent)[ -]of[ -]$",
                            re.IGNORECASE)
# The size of a place ("Riuverd, a town of about 8,000 people", "a city of 1.2 million"): no
# count of the story, though the people it counts are those a toll or an evacuation counts
# some of. Searched for before the number, which may be given as a rounding or a bound.
_PLACE_BEFORE = re.compile(r"\b(?:town|city|village|hamlet|island|country|nation|province|"
                           r"district|region|community|suburb|municipality) of (?:(?:about|"
                           r"around|some|roughly|nearly|almost|more than|over|under|fewer "
                           r"than|less than|just over|just under) )?$", re.IGNORECASE)
# A person's age set off by commas after their name ("Volunteer Rory Dunmore, 29, died", "Smith,
# 45, and Jones, 52, were hurt"), or in brackets as tabloids and foreign desks give it ("The
# engineer Tomas Brandt (41) is free"): a figure in years, which counts no people though a
# toll's words stand around it (another report may give the same age, or another). Searched for
# in the text before a number under AGE_BELOW; the mark after the number must close the one
# before it, a comma a comma and a bracket a bracket (AGE_CLOSED, by the mark before).
_NAME_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019.-]*(,\s|\s\()$")
AGE_CLOSED = {",": ",", "(": ")"}
# The name an age is given after, in any language ("Simon Abbot-Clarke, 47,", "Jean-Yves
# Quéméner, 74 ans", "Manuel Ortez, de 66 anos"): two ages after two names that share no word
# are two people's (but "Rui Mendonça, de 58 anos" and a tabloid's "Rui Mendes, de 60 anos").
_PERSON_BEFORE = re.compile(r"((?:[A-Z\u00c0-\u00de][\w'\u2019.-]*\s){0,2}[A-Z\u00c0-\u00de]"
                            r"[\w'\u2019.-]*)(?:,\s|\s\()(?:(?:de|di)\s)?$")
# So is a number set off by commas after a person named by what they are ("The lorry driver,
# 51, was arrested", "the winch operator, 44, died"), and, in English, one after "aged", "at
# the age of", "died at" or a person "of" it ("a woman aged 67", "A woman of 67, travelling
# in the front carriage", "has died at the age of 87", "died at 87 on Sunday"): an
# age, not a toll of the death its sentence tells; so is one after "who was" ("The man, who was
# 64, died …"; Swedish "Mannen, som var 64 år, dog …", German "der 64 Jahre alt war"). A count
# after a comma is followed by what it counts, not by a comma ("killed 3 men, 2 women").
_WORD_BEFORE = re.compile(r"[^\W\d_]+(,\s)$")
_AGED_BEFORE = {"english": re.compile(
    r"\b(?:aged|(?:man|woman|boy|girl) of|at (?:the )?age(?: of)?"
    r"|(?:died|dies|passed away) at|who (?:was|is|turned))\s$", re.IGNORECASE),
    # the other languages give the years after it, and before it a comma after the person, the
    # words for "aged" or "at the age of", or the first age of two ("Javier Ortuño, de 43 años,
    # murió", "Giuseppe e Anna, 84 e 81 anni, sono morti", "âgé de 61 ans", "murió a los 87
    # años", or after a word for a person, as English "a boy of 12": "un garçon de 12 ans", "un
    # niño de 12 años"; not "una pena de 3 años", "condamné à 3 ans": the prison term of a
    # court's brief)
    # (perhaps "only" between: "a pequena Beatriz, de apenas seis anos")
    **{language: re.compile(rf"(?:,\s(?:{of}\s)?(?:(?:{only})\s)?|\b(?:{at})\s|\d\s(?:{et})\s)$",
                            re.IGNORECASE)
       for language, of, at, et, only in (
           ("spanish", "de", "a los|con|edad de|que ten\u00eda|(?:ni\u00f1[oa]|chic[oa]|hombre|"
            "mujer|joven|beb\u00e9|anciana?|menor|paciente|v\u00edctima|conductora?|"
            "se\u00f1ora?|vecin[oa]|trabajadora?) de", "y|e", "apenas|solo|s\u00f3lo"),
           ("portuguese", "de", "aos|com|idade de|que tinha|(?:menin[oa]|rapaz|rapariga|homem|"
            "mulher|jovem|crian\u00e7a|idos[oa]|beb\u00e9|beb\u00ea|doente|paciente|utente|"
            "v\u00edtima|condutora?|senhora?|trabalhadora?) de", "e",
            "apenas|s\u00f3"),
           ("italian", "di", "all'et\u00e0 di|che aveva|(?:bambin[oa]|bimb[oa]|ragazz[oa]|uomo|"
            "donna|giovane|anzian[oa]|paziente|vittima|conducente|signora?|"
            "lavorat(?:ore|rice)) di", "e", "appena|soli|solo"),
           ("french", "\u00e2g\u00e9e?s? de", "\u00e2g\u00e9e?s? de|qui avait|(?:gar\u00e7on|"
            "fille|fillette|homme|femme|enfant|adolescente?|b\u00e9b\u00e9|jeune|patiente?|"
            "victime|conduct(?:eur|rice)|passag(?:er|\u00e8re)|ouvri(?:er|\u00e8re)) de", "et",
            "seulement|tout juste"),
           ("german", "im alter von", "im alter von|der|die", "und", "erst|nur"),
           ("swedish", "vid", "vid|som var|som \u00e4r", "och", "bara|endast"))}}
# The years after an age in those languages ("43 años", "84 e 81 anni", "87 Jahren"): without
# them the number counts something else ("Fuentes del operativo, 3.800 hectáreas").
_YEARS_AFTER = {language: re.compile(rf"(?:\s(?:{et})\s\d{{1,3}})?\s(?:{years})\b",
                                     re.IGNORECASE)
                for language, et, years in (
                    ("spanish", "y|e", "a\u00f1os"), ("portuguese", "e", "anos"),
                    ("italian", "e", "anni"), ("french", "et", "ans"),
                    ("german", "und", "jahren?"), ("swedish", "och", "\u00e5r"))}
# Or the words after it that make it an age whatever comes before ("a man 41 years old", "die
# Leiche eines 41 Jahre alten Mannes", "en man, 64 år gammal", "de 87 años de edad").
_OLD_AFTER = {language: re.compile(rf"\s(?:{words})\b", re.IGNORECASE)
              for language, words in (
                  ("english", "years? old"), ("german", "jahre alt(?:e[nmrs]?)?"),
                  ("swedish", "\u00e5r gammal|\u00e5r gamla"), ("spanish", "a\u00f1os de edad"),
                  ("portuguese", "anos de idade"), ("italian", "anni di et\u00e0"),
                  ("french", "ans r\u00e9volus"))}
AGED_WITHIN = 16  # characters before a number read for those words: "at the age of "
AGE_BELOW = 130
# So is an hour and its minutes written with a point, before a time zone, "local time" or
# "o'clock" ("at about 23.00 local time (02.14 GMT)", "at 17.25 o'clock"), or with a leading
# zero.
_CLOCK = re.compile(r"(?:0\d|[01]?\d|2[0-3])\.[0-5]\d$")
_ZONE_AFTER = re.compile(r"^\s*(?:[ap]\.?\s?m\b|local\b|hrs\b|hours\b|h\b|o['\u2019]clock\b"
                         r"|GMT|UTC|BST|CES?T"
                         r"|[ECMP][SD]T)", re.IGNORECASE)
# The unit a figure is given in: a currency's sign before it, or a unit of measure right after
# it, by language (the signs in any). Two figures in different units measure different things,
# or one thing in two units ("150 mph (241 km/h)"), and a figure in a unit measures something
# other than a figure in none (a count, a rank: "Category 4"): they are no disagreement. A sum
# of money is one whether or not its sign is written again ("$75 billion", "more than 80
# billion").
SIGNS = "$\u00a3\u20ac\u00a5\u20b9"
_SIGN_BEFORE = re.compile(rf"([{SIGNS}])\s?$")
UNITS = {
    "english": {"%": "% percent per|cent", "bp": "bp bps basis|points basis|point",
                "km/h": "km/h kph kmh", "mph": "mph",
                "km": "km kilometres kilometers", "mi": "miles mi", "m": "metres meters",
                "ft": "feet foot ft", "in": "inches", "cm": "cm", "mm": "mm",
                "kg": "kg kilograms kilos", "lb": "lb lbs", "t": "tonnes tons", "deg": "degrees",
                "\u00b0c": "\u00b0c celsius degrees|celsius degrees|c",
                "\u00b0f": "\u00b0f fahrenheit degrees|fahrenheit degrees|f",
                "kn": "knots", "acre": "acres", "ha": "hectares", "gal": "gallons",
                "m3": "m3 m\u00b3 cubic|metres cubic|meters cubic|metre cubic|meter",
                "km2": "km2 km\u00b2 sq|km square|kilometres square|kilometers",
                "mi2": "square|miles sq|miles", "nmi": "nautical|miles",
                "kw": "kw kilowatts kilowatt", "mw": "mw megawatts megawatt",
                "gw": "gw gigawatts gigawatt", "kwh": "kwh", "mwh": "mwh", "gwh": "gwh",
                "twh": "twh terawatt|hours",
                "l": "litres liters", "bbl": "barrels bbl",
                "s": "seconds", "min": "minutes mins", "h": "hours hrs", "d": "days",
                "wk": "weeks", "mo": "months", "yr": "years", "$": "dollars dollar usd",
                "\u20ac": "euro euros eur", "\u00a3": "gbp", "\u00a5": "yen jpy",
                "\u20b9": "rupees inr", "lei": "lei",
                "yuan": "yuan", "rub": "rubles roubles", "fr": "francs", "peso": "pesos",
                "kr": "crowns kronor kroner krona krone", "rand": "rand", "baht": "baht",
                "rm": "ringgit", "dinar": "dinars", "lira": "lira lire", "naira": "naira",
                "zl": "zloty zlotys", "huf": "forint forints", "sh": "shillings",
                "x": "times"},
    # the other languages' percentages, degrees ("46,4 grados", "19 °C": a station's reading,
    # no count of things named "grados", which rivals would compare with every other
    # temperature of a heatwave, an alert's threshold, another day's, the night's, and no toll
    # beside a live page's "Météo : … 19 °C à Brivel"), their currencies after a
    # number's scale ("38 millones de euros", "38 Millionen Euro") and their units of time
    # shorter than a year (a year's words count ages too): "48 Stunden" and "30 Stunden" of two
    # strikes are two spans, not one thing counted twice; "meno del 3%" of those aboard is no
    # count of them
    "french": {"%": "% pour|cent", "deg": "degrés degré \u00b0c \u00b0",
               "\u20ac": "euros euro d'euros d\u2019euros", "$": "dollars de|dollars",
               "min": "minutes minute", "h": "heures heure",
               "d": "jours jour", "wk": "semaines semaine", "mo": "mois"},
    "german": {"%": "% prozent", "deg": "grad \u00b0c \u00b0", "\u20ac": "euro",
               "$": "dollar us-dollar", "min": "minuten minute", "h": "stunden stunde",
               "d": "tagen tage tag", "wk": "wochen woche", "mo": "monaten monate monat"},
    "italian": {"%": "% per|cento", "deg": "gradi grado \u00b0c \u00b0",
                "\u20ac": "euro di|euro", "$": "dollari di|dollari", "min": "minuti minuto",
                "h": "ore ora", "d": "giorni giorno", "wk": "settimane settimana",
                "mo": "mesi mese"},
    "portuguese": {"%": "% por|cento", "deg": "graus grau \u00b0c \u00b0",
                   "\u20ac": "euros euro de|euros", "$": "d\u00f3lares de|d\u00f3lares",
                   "min": "minutos minuto", "h": "horas hora", "d": "dias dia",
                   "wk": "semanas semana", "mo": "meses m\u00eas"},
    "spanish": {"%": "% por|ciento", "deg": "grados grado \u00b0c \u00b0",
                "\u20ac": "euros euro de|euros", "$": "d\u00f3lares de|d\u00f3lares",
                "min": "minutos minuto", "h": "horas hora", "d": "d\u00edas d\u00eda",
                "wk": "semanas semana", "mo": "meses mes"},
    "swedish": {"%": "% procent", "deg": "grader grad \u00b0c \u00b0", "kr": "kronor kr",
                "\u20ac": "euro", "$": "dollar", "min": "minuter minut", "h": "timmar timme",
                "d": "dygn dagar dag", "wk": "veckor vecka", "mo": "m\u00e5nader m\u00e5nad"},
}  # each unit by the ways it is written ("|" joins the words of one written with a space;
# a currency's code is its sign, after the figure or before it: "EUR 48,500", "48,500 EUR";
# "times" a multiple or a number of occasions, "raised the price 3 times", no amount)
# Millions or billions of pounds, but not of something ("4.2 billion pounds", "64 million pounds
# ($84 million)"; not "2 million pounds of ground beef"), are sterling: a weight in pounds is
# written so only of what it weighs (UNITS keeps "pounds" for neither, as "300 pounds" is
# either).
_POUNDS_AFTER = re.compile(r"\s(?:pounds?|sterling)\b(?!\s+of\b)", re.IGNORECASE)
# The units of money. A sum is given to a thousandth only as a rate of exchange or a price of a
# unit ("1.085 dollars", "$3.599 a gallon"), below TO_A_THOUSANDTH: a foreign desk's "150.000
# Dollar" is 150,000.
MONEY = frozenset(SIGNS) | {"lei", "yuan", "rub", "fr", "peso", "kr", "rand", "baht", "rm",
                            "dinar", "lira", "naira", "zl", "huf", "sh"}
TO_A_THOUSANDTH = 10
# A capitalised word right before a number, inside a sentence, makes it a name or a rank
# ("Flight 447", "a Category 4 storm"), which is given in that word as in a unit: a number in
# digits, in a language that capitalises names and few other words (NAMED), or one that counts
# no people (a candidate's "Hofbauer 34,1 Prozent"): German capitalises every noun ("am
# Samstagvormittag 17 Beschäftigte verletzt", "in Tirol 3 Tote").
_LABEL_BEFORE = re.compile(r"(?<=[\w,;] )([A-Z\u00c0-\u00de][^\W\d_]+) $")
_UNIT_OF = {language: {spelling.replace("|", " "): unit for unit, spellings in units.items()
                       for spelling in spellings.split()} for language, units in UNITS.items()}
_UNIT_AFTER = {language: re.compile(r"\s?(" + "|".join(
    re.escape(spelling) for spelling in sorted(spellings, key=len, reverse=True))
    + r")(?![\w/])", re.IGNORECASE) for language, spellings in _UNIT_OF.items()}
# Shares in words, by language: a fraction of something ("a third of the workforce", "lost
# almost a quarter of their value") or of a change ("cut by half"), and a proportion ("nearly one
# in twelve jobs"), read as a percentage and as a rounding of one (a writer puts 23 % as "nearly
# a quarter"): it agrees with a percentage within ROUGH of it. A fraction counts only before
# "of" or after "by", and never before "of a"/"of an" nor as "the first/second/last half", so
# that "a third time", "the second half of the year", "a year and a half" and "by a quarter of a
# percentage point" are none.
_FRACTION_VALUE = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0,
                   "tenth": 10.0, "thirds": 100 / 3, "quarters": 25.0, "fifths": 20.0,
                   "tenths": 10.0}
# the English numbers in words (SPELLED), and "a" and "one", which SPELLED leaves out
_COUNT_WORD = {word: int(value) for word, value in _SPELLED_VALUE["english"].items()} | {
    "a": 1, "one": 1}
# " in twelve": what a proportion ("one in twelve") holds, searched for from its literal " in "
_PROPORTION = re.compile(r" in (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                         r"|twenty)\b")
_QUALIFIER = (r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more\s+than|"
              r"less\s+than|fewer\s+than|at\s+least)\s+)*")
SHARES = {"english": re.compile(
    r"\b(?:(?P<by>by\s+" + _QUALIFIER + r"))?"
    r"(?P<share>(?P<count>a|one|two|three|four)[\s-](?P<part>half|thirds?|quarters?|fifths?|tenths?)"
    r"|(?<!first )(?<!second )(?<!last )(?<!the )(?P<half>half)"
    r"|(?P<some>one|two|three|four|five|six|seven|eight|nine)\s+in\s+"
    r"(?P<every>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty))\b"
    r"(?!\s+of\s+an?\b)(?P<of>\s+of\b)?")}


def _shares(lower: str, language: str) -> list[tuple[int, int, float]]:
    """The shares in words of a lower-case text (SHARES): (start, end, percentage)."""
    pattern = SHARES.get(language)
    # most sentences hold none: looking for their words first is many times faster
    if pattern is None or not ("half" in lower or "third" in lower or "quarter" in lower
                               or "fifth" in lower or "tenth" in lower
                               or _PROPORTION.search(lower)):
        return []
    found = []
    for m in pattern.finditer(lower):
        if m.group("some"):
            value = 100 * _COUNT_WORD[m.group("some")] / _COUNT_WORD[m.group("every")]
        elif m.group("by") is None and m.group("of") is None:
            continue  # "a third time", "the second half"
        elif m.group("half"):
            value = 50.0
        else:
            value = _COUNT_WORD[m.group("count")] * _FRACTION_VALUE[m.group("part")]
            if value > 100 or m.group("count") in ("a", "one") and m.group("part").endswith("s"):
                continue
        found.append((m.start("share"), m.end("share"), value))
    return found


# Words that give a figure as a rounding ("nearly $60 billion", "about 180"), by language; such a
# figure agrees with the figures it rounds (ROUGH).
ROUNDING_WORDS = {
    "english": "about around approximately roughly nearly almost some estimated close|to",
    "french": "environ près|de quelque presque approximativement autour|de à|peu|près",
    "german": "etwa rund ungefähr fast knapp circa zirka annähernd",
    "italian": "circa quasi approssimativamente intorno|a intorno|ai attorno|a attorno|ai",
    "portuguese": "cerca|de aproximadamente quase perto|de por|volta|de à|volta|de",
    "spanish": "unos unas aproximadamente alrededor|de cerca|de casi en|torno|a",
    "swedish": "cirka ca omkring nästan ungefär drygt runt kring",
}  # "|" joins the words of one written with a space
_ROUNDED = {language: re.compile(r"\b(?:" + "|".join(
    re.escape(word.replace("|", " ")) for word in words.split()) + rf")\s*[{SIGNS}]?\s?$",
    re.IGNORECASE) for language, words in ROUNDING_WORDS.items()}
# A rounded figure agrees with another figure that rounds to it (at its significant digits) and
# is within a tenth of it: news rounds to a figure's leading digit or two ("nearly $60 billion"
# for $59.5 billion); "about 200" for a toll of 156 is another estimate, not a rounding.
ROUGH = 0.1
# From a thousand, a figure of one or two significant digits ("78,000", "2 million") is read as
# a rounding though no word says so: outlets round large counts as a matter of course.
ROUND_FROM = 1000
# Words that give a figure as a bound, by language: a floor ("more than 18,000 acres", "at
# least 40 homes") or a ceiling ("fewer than 200 people", "up to 50 mph"). Such a figure agrees
# with a figure on its side of it within ROUGH of it ("more than 18,000" and 18,400), as a
# rounding does with the figures it rounds; one further off is another estimate ("more than
# 100 dead" and a toll of 179).
BOUND_WORDS = {
    "english": ("more|than over at|least upwards|of in|excess|of exceeding above",
                "less|than fewer|than under up|to at|most below"),
    "french": ("plus|de au|moins au-delà|de supérieur|à supérieure|à supérieurs|à",
               "moins|de jusqu'à inférieur|à inférieure|à inférieurs|à"),
    "german": ("mehr|als mindestens über", "weniger|als bis|zu höchstens unter"),
    "italian": ("più|di almeno oltre oltre|il oltre|i superiore|a superiore|al",
                "meno|di fino|a inferiore|a inferiore|al"),
    "portuguese": ("mais|de pelo|menos acima|de acima|dos acima|das superior|a superior|ao "
                   "superiores|a",
                   "menos|de até abaixo|de abaixo|dos abaixo|das inferior|a inferior|ao "
                   "inferiores|a"),
    "spanish": ("más|de al|menos por|encima|de por|encima|del superior|a superior|al "
                "superiores|a",
                "menos|de hasta por|debajo|de por|debajo|del inferior|a inferior|al "
                "inferiores|a"),
    "swedish": ("mer|än minst över", "mindre|än upp|till högst under"),
}
# Words after a figure that make it a part of a group ("11 of the 14 miners", "Five of the dead
# were children", "Neuf de ces cas"), by language: such a figure is no other figure for the
# group's count. Not "of its" nor "of their": "13 of its employees were unaccounted for" gives
# the count itself.
PART_OF = {
    "english": "of the|of them|of those|of these|of whom",
    "french": "des|d'entre|parmi|de ces",
    "german": "der|dieser|von den|davon|von ihnen",
    "italian": "dei|delle|degli|di loro|tra i|tra le|di questi|di queste",
    "portuguese": "dos|das|deles|delas|destes|destas|desses|dessas",
    "spanish": "de los|de las|de ellos|de ellas|de estos|de estas|de esos|de esas",
    "swedish": "av de|av dem|av dessa",
}
# Or "of" and the group's size ("Rescuers reached 11 of 16 miners", "212 of 540 branches"), by
# language. English only so far.
PART_OF_SIZE = {"english": "of"}
_PART_AFTER = {language: re.compile(r"\s(?:" + "|".join(map(re.escape, words.split("|")))
                                    + r")\b" + (rf"|\s{PART_OF_SIZE[language]}\s+(?=\d)"
                                                 if language in PART_OF_SIZE else ""),
                                    re.IGNORECASE)
               for language, words in PART_OF.items()}
# Or the rest of the group named after it ("Her hospital has received 70 wounded, the others
# were brought to four hospitals"): the first figure before such words (OTHERS_AFTER) is a
# part. English only so far.
OTHERS_AFTER = {"english": re.compile(r"[,;:]\s+(?:and\s+|while\s+)?(?:the others|the rest"
                                      r"|the remainder)\s+(?:were|was|are|went|have|had)\b")}
# Or the words before it: the rest of a group given before ("at least three of the five
# deaths; in the other two, doctors are still establishing the cause", "De övriga tre skadades
# lindrigt", "die anderen drei", "los otros tres"), by language; after the article but in
# English ("otras 27 resultaron heridas", "altri tre feriti" are 27 and three more: MORE_BEFORE
# below), and French puts the word after the number ("les trois autres").
PART_BEFORE = {"english": "other|remaining", "german": "die (?:anderen|übrigen|restlichen)",
               "italian": "(?:gli altri|le altre|i restanti|le restanti)",
               "portuguese": "(?:os|as) (?:outr[oa]s|restantes|demais)",
               "spanish": "(?:los otros|las otras|(?:los|las) (?:restantes|demás))",
               "swedish": "de (?:övriga|andra|resterande)"}
_PART_BEFORE = {language: re.compile(rf"\b(?:{words})\s$", re.IGNORECASE)
                for language, words in PART_BEFORE.items()}
# Or the words that give it as more than a count told before ("Four others were hurt",
# "Another five were taken to hospital", "Otros cuatro trabajadores fueron atendidos", "drei
# weitere Menschen"), before it and after it, by language: besides someone a sentence before
# named, a part of the count, no other figure for the whole, where neither a figure nor a
# count's name (COUNTS) comes before it in its sentence; after one, it is the rest besides that
# one's people, another count ("Un enfant a été tué et dix-sept autres personnes ont été
# blessées": the injured).
MORE_BEFORE = {"english": "another|further|additional|extra", "german": "weitere|weiteren",
               "italian": "altri|altre|ulteriori", "portuguese": "outros|outras|mais",
               "spanish": "otros|otras", "swedish": "ytterligare"}
MORE_AFTER = {"english": "more|others?|further|additional", "french": "autres|de plus",
              "german": "weitere|weiteren|andere|anderen", "italian": "in più",
              "portuguese": "a mais", "spanish": "más", "swedish": "andra"}
_MORE_BEFORE = {language: re.compile(rf"(?<![\w-])(?:{words})\s$", re.IGNORECASE)
                for language, words in MORE_BEFORE.items()}  # French puts them after it
_MORE_AFTER = {language: re.compile(rf"\s(?:{words})\b(?!\s+(?:than|que|als|di|de|än)\b)",
                                    re.IGNORECASE)
               for language, words in MORE_AFTER.items()}
MORE_WITHIN = 16  # characters before a number searched for those words: "ytterligare "


def _as_more(text: str, start: int, end: int, language: str) -> bool:
    """Whether the number at text[start:end] is given as more than a count told before
    (MORE_BEFORE, MORE_AFTER)."""
    before, after = _MORE_BEFORE.get(language), _MORE_AFTER.get(language)
    return bool(before and before.search(text, max(0, start - MORE_WITHIN), start)
                or after and after.match(text, end))


# Or the words after it and its noun that make it what is left of a whole ("with 27 matches
# still to play", "85 stores still left in the chain", "three minutes remaining"): the rest of
# the season, the chain or the game, another count than those played or closed. Only where
# the clause ends there or goes on with a preposition ("5,000 homes left without power" counts
# those the event touched), and "left" only after "still": "more than 10,000 people left" and
# "10,000 have left" count those who went. English only so far.
REST_AFTER = {"english": re.compile(
    r"(?:\s(?!(?:have|has|had|are|is|were|was|been|who|which|that)\b)[^\W\d][\w'\u2019-]*)"
    r"{1,2}\s+(?:still\s+left|(?:still\s+)?(?:remaining|to go|to play"
    r"|outstanding))(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|of|until|before|this|next)\b)")}
# Or the group it is among, named before it: "Among the dead are three passengers and the
# driver", "Among those hurt were 12 children", "killing six people, including two children",
# or a share of it set off before it: "More than half of the dead, 21 according to the agency,
# were in Sarvik", or the sentence opening on it: "Of the wounded, 21 were taken to the General
# Hospital", or the list of its members: "The dead were a 17-year-old boy, two women and a man"
# (searched for in the AMONG_WINDOW characters before it). By language: the words
# right before it ("including", "darunter", "dont", "di cui", "de los cuales", "varav"), and
# "among" with the group and the verb that gives its members ("Unter den Verletzten befinden
# sich zwei Einsatzkräfte", "Parmi les blessés figurent deux pompiers", "Entre los heridos hay
# dos niños") or a comma ("Parmi les blessés, deux pompiers"). A figure right after the first
# words that names a count of its own, or no people, is none ("1,240 cases, including 38
# deaths": _among).
AMONG = {
    "english": ("including", "among (?:the|them|those|whom)", "are|were|is|was"),
    "french": ("dont|parmi eux|parmi elles", "parmi (?:les|ces|eux|elles)",
               "figurent|figuraient|se trouvent|se trouvaient|on compte|il y a|sont|étaient"),
    "german": ("darunter|davon", "unter (?:den|ihnen)|bei den",
               "sind|waren|ist|war|befinden sich|befanden sich|handelt es sich um"
               "|handelte es sich um"),
    "italian": ("di cui|tra cui|fra cui|tra questi|tra loro", "(?:tra|fra) (?:i|le|gli|loro)",
                "ci sono|c['\u2019]erano|figurano|sono|erano"),
    "portuguese": ("dos quais|das quais|entre eles|entre elas", "entre (?:os|as|eles|elas)",
                   "estão|estavam|há|havia|figuram"),
    "spanish": ("de los cuales|de las cuales|entre ellos|entre ellas",
                "entre (?:los|las|ellos|ellas)", "hay|había|figuran|se encuentran|están|estaban"),
    "swedish": ("varav|däribland|bland dem", "bland (?:de|dem)", "finns|fanns|är|var"),
}
_AMONG_ENGLISH = (r"|(?:\b(?:half|most|many|some|third|thirds|quarter|majority) |^)of (?:the|them|"
                  r"those)\b[^,.;:]{0,30},\s(?:about |around |some |nearly |almost |roughly "
                  r"|at least |more than )?$"
                  r"|\b(?:the (?:dead|injured|wounded|victims|missing)|who (?:died|were killed"
                  r"|were injured|were hurt))\s(?:were|are|include|included)\s[^.;:]*$")
# The group a sentence opens on, before a comma, in the other languages ("De los heridos, 26
# fueron atendidos en el lugar", "Dos feridos, 23 tiveram alta", "Dei feriti, 9 sono …", "Des
# blessés, trois sont …").
_OPENS_ON = {"french": "des", "italian": "dei|degli|delle", "portuguese": "dos|das",
             "spanish": "de los|de las"}
_AMONG = {language: re.compile(
    rf"\b(?P<right>{right_before})\s(?:[^\W\d_]+\s)?$|\b{among}\b[^,.;:]{{0,40}}?"
    rf"(?:\s(?:{verb})(?:\s[^\W\d_]+)?\s|,\s)$" + (_AMONG_ENGLISH if language == "english" else "")
    + (rf"|^(?:{_OPENS_ON[language]})\s[^\W\d][^,.;:\d]{{0,30}},\s(?:[^\W\d_]+\s){{0,2}}$"
       if language in _OPENS_ON else ""),
    re.IGNORECASE) for language, (right_before, among, verb) in AMONG.items()}
AMONG_WINDOW = 60
# A number in words that lists a part of the count of people a figure before it gives, after a
# comma or a colon: "Seven people are being treated in hospital, six children and one adult.",
# "Ten of the cases are linked to the school: nine pupils and one member of staff." (Not after
# the words right before a part, AMONG: "darunter vier Feuerwehrleute" would then be set
# against another report's "drei Mitarbeiter" among the injured, a part of another group.) Its
# noun names no count (children, pupils), and in words it would be no figure (SPELLED); as a
# lesser figure after that count's (facts._lesser) it gives no other figure for a count, but
# another report that gives that part alone ("Six children are being treated in hospital")
# agrees with it. Searched for within LISTED_WITHIN characters before it; the list's item ends
# its clause or goes on to the next (_LISTED_AFTER: not "Five people died, two weeks after the
# inspection").
_LISTING = re.compile(r"[,:;]\s+(?:(?:and|et|und|e|y|och)\s+)?$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:[.;,)]|$"
                           r"|\s(?:and|et|und|e|y|och)\s)")
LISTED_WITHIN = 16


# A part of a count set off between commas after it ("Five people, including two children,
# were killed", "Trois personnes, dont deux collégiens, ont été grièvement blessées", "Twelve
# people, three of them children, were injured"): the words after the aside name the whole's
# count, which the languages name there. Not where the aside runs on to the sentence's end
# ("Twelve were taken to hospital, two of them with serious injuries": the injuries are the
# two's). By language: the words AMONG gives right before a part, and the noun of the whole
# before the first comma (a few words at most).
_ASIDE_BEFORE = {language: re.compile(
    rf"^\s?[^,.;:\d]{{0,40}},\s(?:(?P<right>{right_before})\s)?$", re.IGNORECASE)
    for language, (right_before, _, _) in AMONG.items()}
_ASIDE_END = re.compile(r"[^,.;:!?()]*,")


def _past_aside(text: str, number: _Number, next_number: _Number, language: str) -> int:
    """Where the aside ends in a text (_ASIDE_BEFORE) whose part is the number after `number`,
    after "including" and its like, or before "of them" (PART_OF); 0 where there is none."""
    aside, part = _ASIDE_BEFORE.get(language), _PART_AFTER.get(language)
    found = (aside.match(text[number.end:next_number.start])
             if aside is not None and text.find(",", number.end, next_number.start) >= 0
             else None)
    if found is None or not (found.group("right")
                             or part is not None and part.match(text, next_number.end)):
        return 0
    end = _ASIDE_END.match(text, next_number.end)
    return end.end() if end is not None else 0


def _among(among: re.Pattern[str], text: str, number: _Number, noun: str,
           marks: dict[str, str], people: bool) -> bool:
    """Whether a number of a text stands after the group it is among (AMONG); after the words
    right before it ("including", "dont") only where it or the figure before it counts people
    (`people`) and its noun names no count of its own: "1,240 cases, including 38 deaths"
    gives the toll, and "1,912 reports, including 51 sexual assaults" a count that another
    outlet's "38 sexual assaults" may give otherwise."""
    found = among.search(text, max(0, number.start - AMONG_WINDOW), number.start)
    return found is not None and not (found.group("right") and (noun in marks or not people))


# Or how badly they were hurt (or it was damaged), within three words after it ("three
# seriously", "Two people were critically injured", "20 Personen wurden leicht verletzt", "seis
# de ellas de gravedad", "40 homes were severely damaged"): the injured of one kind, a part of
# all the injured ("23 injured, three seriously"), by language; not a figure in a unit, which
# counts no one ("un kitesurfeur de 31 ans a été grièvement blessé": his age).
SEVERITY = {
    "english": "seriously|critically|severely|gravely|slightly|lightly|minor injur\\w*"
               "|serious injur\\w*|critical condition|serious condition",
    "french": "grièvement|gravement|légèrement|blessée?s? graves?|blessée?s? légère?s?",
    "german": "(?:schwer|leicht|lebensgefährlich|schwerst)(?:\\s+|-)?verletzt\\w*"
              "|Schwerverletzte|Leichtverletzte",
    "italian": "gravemente|lievemente|leggermente|feriti (?:gravi|lievi)|in gravi condizioni",
    "portuguese": "gravemente|ligeiramente|feridos (?:graves|ligeiros|leves)|em estado grave",
    "spanish": "gravemente|levemente|heridos? (?:graves|leves)|heridas? (?:graves|leves)"
               "|de gravedad",
    "swedish": "allvarligt|lindrigt|(?:svårt|lätt)\\s+skadad\\w*|skadad\\w*\\s+(?:svårt|lätt)",
}
_SEVERITY_AFTER = {language: re.compile(rf"(?:\s+[^\W\d][\w'\u2019-]*){{0,3}}\s+(?:{words})\b",
                                        re.IGNORECASE)
                   for language, words in SEVERITY.items()}
# The word before a figure that gives it as where a change started ("profit rose to 4.1 billion
# from 3.3 billion", "up from 12"), by language: in a sentence that says what rose or fell
# (TRENDS), or right after "up" or "down", such a figure is the count of an earlier time, no
# other figure for it now. English only: in the other languages the words are prepositions of
# many other uses ("nach", "da", "desde").
CHANGED_FROM = {"english": "from"}
# Words between a figure and the next one that make the next the size of the group the first
# counts some of ("47 of its 132 stores", "11 of the 14 miners", "11 of 14 miners", with an
# owner between: "11 of the region's 212 schools"), by language: a group's size is
# its count of the whole, which other figures of the same noun in a story seldom are (the stores
# left open, those abroad): "96 delle 164 corse", "12 de los 40 empleados", "12 von 40"; the
# first in words too ("Four of the boat's six crew").
GROUP_OF = {"english": "of the|of its|of their|of his|of her|of our|of",
            "french": "des|de ses|de leurs|sur", "german": "der|von|von den",
            "italian": "dei|delle|degli|dei suoi|delle sue|su",
            "portuguese": "dos|das|de seus|de suas", "spanish": "de los|de las|de sus",
            "swedish": "av"}
_CHANGED_FROM = {language: re.compile(rf"(\b(?:up|down)\s+)?\b{word}\s*[{SIGNS}]?\s?$",
                                      re.IGNORECASE)
                 for language, word in CHANGED_FROM.items()}
# The span of time a sentence counts its figures over ("212 millimetres of rain in the 48
# hours before the slide", "340 millimetres over the past seven days", "a 24-hour total", "212
# corse soppresse nelle 48 ore di sciopero", "en las últimas 24 horas"), by language: the words
# that open a span before its number (with the article that may follow them), those that may
# stand before or after the number ("past", "ultime", "dernières"), and each unit of time with
# its hours. Two figures of one thing counted over two spans count two things (a two-day total
# and a week's) and are no disagreement. A span is read only after such a word or as an
# adjective ("48-hour"): "for three days", "per tre giorni", "seit drei Tagen" say how long
# something lasted, "three days after", "dans trois jours" when. Years and decades are spans
# after such a word alone ("has claimed eleven lives in the past ten years", a road's record):
# as an adjective they give an age or a term ("a 17-year-old", "a 30-year mortgage").
YEAR_HOURS = 8760
SPANS = {"english": ("in|over|during|within|across", "the",
                     "past|last|previous|preceding|first|next|following",
                     {"hours?": 1, "days?": 24, "weeks?": 168, "months?": 720,
                      "years?": YEAR_HOURS, "decades?": 10 * YEAR_HOURS}),
         "french": ("en|sur|pendant|durant|au cours de|au cours des|en l['\u2019]espace de|"
                    "dans les", "les|des",
                    "derni[eè]res|derniers|premi[eè]res|premiers|prochaines|prochains",
                    {"heures?": 1, "jours?|journ[ée]es?": 24, "semaines?": 168, "mois": 720,
                     "ans|ann[ée]es?": YEAR_HOURS, "d[ée]cennies?": 10 * YEAR_HOURS}),
         "german": ("in|innerhalb|innerhalb von|binnen|während", "den|der",
                    "letzten|vergangenen|ersten|nächsten|kommenden|zurückliegenden",
                    {"stunden?": 1, "tage?n?|tag": 24, "wochen?": 168, "monate?n?": 720,
                     "jahren?": YEAR_HOURS, "jahrzehnten?": 10 * YEAR_HOURS}),
         "italian": ("in|nel|nella|nelle|negli|nei|durante|entro|nell['\u2019]arco di|"
                     "nel giro di|nell['\u2019]arco delle|nell['\u2019]arco dei", "le|i|gli",
                     "ultime|ultimi|prime|primi|prossime|prossimi|scorse|scorsi",
                     {"ore|ora": 1, "giorni|giorno|giornate|giornata": 24,
                      "settimane|settimana": 168, "mesi|mese": 720, "anni|anno": YEAR_HOURS,
                      "decenni|decennio": 10 * YEAR_HOURS}),
         "portuguese": ("em|nas|nos|durante|ao longo de|ao longo das|ao longo dos|"
                        "no espa[cç]o de|dentro de", "as|os",
                        "[úu]ltimas|[úu]ltimos|primeiras|primeiros|pr[óo]ximas|pr[óo]ximos",
                        {"horas?": 1, "dias?": 24, "semanas?": 168, "meses|m[êe]s": 720,
                         "anos?": YEAR_HOURS, "d[ée]cadas?": 10 * YEAR_HOURS}),
         "spanish": ("en|durante|a lo largo de|en el plazo de|dentro de", "las|los",
                     "[úu]ltimas|[úu]ltimos|primeras|primeros|pr[óo]ximas|pr[óo]ximos",
                     {"horas?": 1, "d[íi]as?": 24, "semanas?": 168, "meses|mes": 720,
                      "años?": YEAR_HOURS, "d[ée]cadas?": 10 * YEAR_HOURS}),
         "swedish": ("på|under|inom", "de|det",
                     "senaste|första|närmaste|kommande|gångna",
                     {"timmar(?:na)?|timme|timmen": 1, "dygn(?:et|en)?|dagar(?:na)?|dag": 24,
                      "veckor(?:na)?|vecka": 168, "månader(?:na)?|månad": 720,
                      "år(?:en)?": YEAR_HOURS, "decennier(?:na)?|decennium": 10 * YEAR_HOURS})}
_SPAN = {language: re.compile(
    rf"(?<![\w-])(?:(?:{opening})\s+(?:(?:{article})\s+)?(?:(?:{which})\s+)?"
    rf"(\d+|[^\W\d_]+)\s(?:(?:{which})\s)?|(\d+|[^\W\d_]+)-)"
    rf"(?:{'|'.join(f'({unit})' for unit in hours)})(?![\w-])")
    for language, (opening, article, which, hours) in SPANS.items()}
_SPAN_HOURS = {language: tuple(hours.values()) for language, (*_, hours) in SPANS.items()}
# Words that count a figure over the day it is given on, by language, where no number of hours
# or days is written: a strike's "108 crossings cancelled today" counts one day of the "212 in
# the 48 hours", no other figure for them.
TODAY = {"english": r"today|in a single day",
         "french": r"aujourd['\u2019]hui|dans la journée|sur la journée|en une seule journée",
         "german": r"heute|am heutigen tag|an einem einzigen tag",
         "italian": r"oggi|odierna|nella giornata|in un solo giorno|in una sola giornata",
         "portuguese": r"hoje|num só dia|num único dia|ao longo do dia",
         "spanish": r"hoy|en un solo día|en la jornada|en una sola jornada",
         "swedish": r"idag|i dag|under dagen|på en enda dag"}
_TODAY = {language: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")
          for language, words in TODAY.items()}


def span(lower: str, language: str) -> int:
    """The hours of the span of time a text in lower case counts its figures over (SPANS), its
    first; else a day where it counts them over the day (TODAY); 0 when it names none."""
    pattern = _SPAN.get(language)
    for found in pattern.finditer(lower) if pattern else ():
        number = found.group(1) or found.group(2)
        count = (int(number) if number.isdigit() else 1 if number in ONE[language].split()
                 or number == "one" else int(_SPELLED_VALUE[language].get(number, 0)))
        # the unit is the last group matched, in SPANS' order after the two numbers
        hours = _SPAN_HOURS[language][(found.lastindex or 3) - 3]
        if count and not (found.group(2) and hours >= YEAR_HOURS):
            return count * hours
    today = _TODAY.get(language)
    return 24 if today is not None and today.search(lower) else 0


# A rate or an average ("three people die per year by lightning", "142 florins a month", "96
# florins to the monthly payment", "in average"), or a count over a year, a month or a week
# ("14 blasts across the country last year, which killed nine people"), counts what happens in
# such a span, not the event's count: such a figure is no other figure for a count given as a
# total (a festival's two dead, a first year's cost), but may be for another rate ("a year's
# treatment at 36,000 marks") or count of the span. By language: the words about a figure that
# make it a rate, between it and the figures beside it and within RATE_NEAR characters (a span
# that says when, "a year ago", "a day later", how long, "a year-long", or within which, "the
# second in a year", makes none), those of a span (the group "period"), and the words of a
# sentence that make each of its figures an average. English only so far.
RATES = {"english": (re.compile(
    r"(?<!\bin )(?<!within )(?<!\bfor )(?<!than )(?<!over )(?<!once )"
    r"\b(?:per|a|an|each|every)\s+(?:year|month|week|day|annum)(?:['\u2019]s)?(?![-\u2013\w])"
    r"(?!\s+(?:ago|earlier|later|before|after|on|or|and a|from|since)\b)"
    r"|(?P<period>\b(?:last|this|past|previous)\s+(?:year|month|week)\b(?![-\u2013]))"
    r"|\b(?:annually|yearly|monthly|weekly)\b"), re.compile(
    r"\b(?:on|in)\s+(?:an\s+|the\s+)?average\b"))}
RATE_NEAR = 40  # "three persons per year", "a year's treatment at": a few words


def _rate(lower: str, number: _Number, reach: tuple[int, int], rates: re.Pattern[str]) -> int:
    """How a number of a text in lower case is given, by the words between `reach` and it
    (RATES): 1 as a rate, 2 as a count over a span, 0 as neither."""
    found = rates.search(lower, reach[0], number.start) or rates.search(lower, number.end,
                                                                         reach[1])
    return 0 if found is None else 2 if found.group("period") else 1


_GROUP_BEFORE = {language: re.compile(
    r"(?:\d|(?<![\w-])(?:" + "|".join(_SPELLED_VALUE[language]) + r"))\s(?:" + words
    + r")(?:\s[^\W\d]+['\u2019]s)?\s$", re.IGNORECASE) for language, words in GROUP_OF.items()}
# Words after a figure and its noun that make it the count of the whole ("cut 4,800 jobs across
# the group", "6,200 stores worldwide", "1.4 million homes in all"), by language: the other
# figures of its noun in a story are then its parts as often as other counts of it (3,100 of
# the jobs at one plant), as with a group's size (GROUP_OF). English only so far.
WHOLE_AFTER = {"english": re.compile(
    r"\s+(?:[^\W\d]+\s+){0,3}?(?:across (?:the|its|their) (?:group|company|business|country|"
    r"world|nation|network|region|industry|sector|organi[sz]ation)|worldwide|nationwide|"
    r"globally|group-wide|in all|in total)\b", re.IGNORECASE)}
_BOUNDED = {language: tuple(re.compile(r"\b(?:" + "|".join(
    re.escape(word.replace("|", " ")) for word in words.split()) + rf")\s*[{SIGNS}]?\s?$",
    re.IGNORECASE) for words in sides) for language, sides in BOUND_WORDS.items()}


@dataclass(frozen=True)
class Figure:
    """A number as written (`text`), as a value (its digits, scale applied, in canonical
    form) and the stems of the content words around it; the unit it is given in ("" when none
    is written: _SIGN_BEFORE, UNITS), and whether it is given as a rounding (ROUNDING_WORDS, or
    round as written: ROUND_FROM) or as a bound (BOUND_WORDS)."""

    text: str
    value: str
    context: frozenset[str]
    unit: str = ""
    rounded: bool = False
    bound: int = 0  # 1: given as a floor ("more than 18,000"), -1: as a ceiling (BOUND_WORDS)
    dated: frozenset[int] = frozenset()  # the years its sentence names
    noun: str = ""  # the stem of the content word right after it ("228 people": peopl)
    trend: int = 0  # 1: given as a rise, -1: as a fall (TRENDS), 0: neither or both
    gained: bool = False  # a count of what was given back or offered (GAINED)
    # a share in words ("nearly a quarter": 25 %, SHARES) or a count in dozens ("two dozen":
    # 24): a rounding whatever its digits
    loose: bool = False
    part: bool = False  # it counts some of a group the sentence names ("11 of the 14 miners")
    earlier: bool = False  # where a change started ("rose to 4.1 billion from 3.3 billion")
    whole: bool = False  # the size of a group another figure counts some of (GROUP_OF)
    span: int = 0  # the hours of the span of time its sentence counts over (SPANS), 0: none
    rate: int = 0  # 1: given as a rate or an average, 2: as a count over a span (RATES)
    age: bool = False  # a person's age after their name ("Tomas Brandt, 41,": _NAME_BEFORE)
    person: str = field(default="", compare=False)  # an age's name before it (_PERSON_BEFORE)
    at: int = field(default=0, compare=False)  # where it starts in its sentence


def _factor(scale: str | None, language: str) -> int:
    """What a number's scale word (_SCALES) multiplies it by: 1 without one."""
    return _SCALES.get(language, _SCALES["english"]).get((scale or "").lower(), 1)


def _value(whole: str, fraction: str | None, factor: int) -> str:
    """A number's value as digits, its scale's factor (_factor) applied."""
    digits = whole.translate(_SEPARATORS)
    number = float(f"{digits}.{fraction or 0}") * factor
    return f"{number:g}" if number < 1e15 else digits


def counted_in(terms: Iterable[str], language: str) -> bool:
    """Whether a text whose terms (its content words' stems) are `terms` names one of COUNTS
    or a scale of WORDS_SCALED or more: only such a text gives a figure in words (SPELLED)."""
    return not (_count_stems(language) | _scale_stems(language)).isdisjoint(terms)


@cache
def _count_stems(language: str) -> frozenset[str]:
    stem = stemmer(language)
    return frozenset(stem(word) for words in COUNTS.get(language, {}).values()
                     for word in words.split())


@cache
def _scale_stems(language: str) -> frozenset[str]:
    stem = stemmer(language)
    return frozenset(stem(word) for word, factor in _SCALES.get(language, {}).items()
                     if factor >= WORDS_SCALED and len(word) > 2)


@cache
def figure_words(language: str) -> frozenset[str]:
    """The stems of the words that give a figure or say what it counts: the numbers in words
    (SPELLED) and the names of COUNTS ("three", "dead", "injured")."""
    stem = stemmer(language)
    return _count_stems(language) | {stem(word) for word in _SPELLED_VALUE.get(language, {})}


def _date_after(text: str, end: int, language: str) -> bool:
    """Whether no word follows a number that ends at `end`, or one of DATE_AFTER does."""
    word = _WORD_AFTER.match(text, end)
    return word is None or word.group(1).lower() in DATE_AFTER.get(language, frozenset())


def _stop_after(text: str, end: int, stop: frozenset[str]) -> bool:
    """Whether a stop word, a sign or the end follows the word that ends at `end`."""
    after = _WORD_AFTER.match(text, end)
    return after is None or after.group(1).lower() in stop


def figures(text: str, language: str, measured: bool = False,
            in_words: bool = True) -> list[Figure]:
    """The figures of a text, in order; years, days of a month, hours of the day ("7 p.m.")
    and numbers inside words ("737-800", "3:05", "COVID-19") are not counts and are skipped,
    and so are numbers in words but those that count the dead, the injured... (SPELLED).

    measured: whether to read each figure's bound and the noun after it too, which only
    disagreements compare (values, contexts, units and roundings make the facts); in_words:
    whether to look for numbers in words, which a text that names no count (counted_in) holds
    none of (the search takes a third of this function's time)."""
    found: list[Figure] = []
    lower = text.lower()
    numbers = _numbers(text, lower, language, in_words)
    shares = _shares(lower, language)
    if not numbers and not shares:
        return found
    stop, stem = stop_words(language), stemmer(language)
    aged_before, years_after = _AGED_BEFORE.get(language), _YEARS_AFTER.get(language)
    old_after = _OLD_AFTER.get(language)
    marks = _COUNT_OF.get(language, {})
    article_hour = _ARTICLE_HOUR.get(language)
    fighting, _ = FIGHTING_FOR_LIFE.get(language, (None, ""))
    if fighting is not None and "fight" in lower and fighting.search(lower):
        marks = {**marks, **_FIGHTING_MARKS[language]}
    for hint, phrase in THING_PHRASES.get(language, ()):
        if hint in lower and phrase.search(lower):
            marks = {word: mark for word, mark in marks.items() if word != hint.strip()}
    alive = ALIVE.get(language)
    if alive is not None and alive[1] in lower and alive[0].search(lower):
        marks = {**marks, alive[1]: "#rescued"}
    phrased = [(*m.span(), mark) for phrase, hints, mark in COUNT_PHRASES.get(language, ())
               if any(hint in lower for hint in hints) for m in phrase.finditer(lower)]
    unit_after, units, rounding = (_UNIT_AFTER.get(language), _UNIT_OF.get(language, {}),
                                   _ROUNDED.get(language))
    floor, ceiling = _BOUNDED.get(language, (None, None))
    trends, gains = _TREND_OF.get(language, {}), _GAINED.get(language, frozenset())
    and_ = _AND.get(language)
    changed_from = _CHANGED_FROM.get(language) if measured else None
    hours = span(lower, language) if measured else 0
    rates, average = RATES.get(language, (None, None))
    labelled, street = _NUMBERED_BEFORE.get(language), _STREET_AFTER.get(language)
    service, capacity = _SERVICE_BEFORE.get(language), _CAPACITY_BEFORE.get(language)
    averaged = measured and average is not None and average.search(lower) is not None
    true_hints, true_figure = _TRUE_FIGURE.get(language, ((), None))
    named_true_at = ([found.end() for found in true_figure.finditer(lower)]
                     if true_figure is not None and any(hint in lower for hint in true_hints)
                     else [])
    hints, source = _SOURCES.get(language, ((), None))
    sources = ([found.span() for found in source.finditer(lower)]
               if source is not None and any(hint in lower for hint in hints) else [])
    # the text's content words with where each ends, to take those around each number
    words = [(w.end(), w.group()) for w in _WORD.finditer(lower) if w.group() not in stop]
    ends = [end for end, _ in words]
    starts = [number.start for number in numbers]
    parts = [(number.whole, number.fraction, number.scale) for number in numbers]
    dated = frozenset(int(whole) for whole, fraction, scale in parts
                      if len(whole) == 4 and not fraction and not scale and int(whole) in YEARS)
    if "0s" in text or "0's" in text or "0\u2019s" in text:  # a decade: "the 1990s"
        dated = dated.union(*(range(int(decade.group(1)), int(decade.group(1)) + 10)
                              for decade in _DECADE.finditer(text)))
    if "-" in text or "\u2013" in text or "/" in text:  # a span of years: "in 2021-22"
        dated = dated.union(*(_years(span) for span in _YEAR_SPAN.finditer(text)))
    phrases, then = _ANOTHER_TIME.get(language, ((), None))
    if (not dated and then is not None and any(phrase in lower for phrase in phrases)
            and then.search(lower)):  # "Damals lag der Schaden …"
        dated = frozenset([THEN])
    # whether the sentence says what rose or fell: a figure after "from" is then where it started
    changing = changed_from is not None and any(w in trends for _, w in words)
    named_before = True  # whether the figure before this one names its count before it
    claimed = 0  # the words before this index name the counts of figures before this one
    placed: list[int] = []  # where each figure found starts
    for i, (number, (whole, fraction, scale)) in enumerate(zip(numbers, parts, strict=True)):
        previous_named, named_before = named_before, True  # a date or a time names no count
        plain = not fraction and not scale and whole.isdigit()
        if fraction and not scale and _CLOCK.match(number.text) and (
                len(whole) == 2 and whole[0] == "0"
                or _ZONE_AFTER.match(text[number.end:number.end + 8])):
            continue  # a time of day: "02.14", "23.00 local time"
        if plain and (int(whole) in YEARS or int(whole) <= 31 and (
                _MONTH_BEFORE.search(text[max(0, number.start - 12):number.start])
                or _MONTH_AFTER.match(text[number.end:number.end + 16])
                or _DAY_SPAN_AFTER.match(text[number.end:number.end + 28])
                or _HOUR_AFTER.match(text[number.end:number.end + 14])
                or _H_AFTER.match(text, number.end)
                and _AT_HOUR.search(text, max(0, number.start - 8), number.start)
                or int(whole) <= 12 and _CLOCK_AFTER.match(text, number.end)
                and _HOUR_BEFORE.search(text, max(0, number.start - 8), number.start))
                or int(whole) <= 59 and _MINUTES_BEFORE.search(text, max(0, number.start - 6),
                                                               number.start)
                or _FAMILY_BEFORE.search(text, max(0, number.start - 16), number.start)
                or int(whole) <= 24 and article_hour is not None
                and article_hour.search(text, max(0, number.start - 12), number.start)
                and _stop_after(text, number.end, stop)
                or _WEEKDAY_BEFORE.search(text, max(0, number.start - 20), number.start)
                and _date_after(text, number.end, language)):
            continue
        if _DIFFERENCE_AFTER.match(text, number.end):
            continue  # a difference: "two more than the company has confirmed"
        if capacity is not None and capacity.search(text, max(0, number.start - 48),
                                                    number.start):
            continue  # what a place can hold: "a prison built for 220"
        if (plain and language == "english" and _MODEL_AFTER.match(text, number.end)
                and _MODEL_BEFORE.search(text, max(0, number.start - 24), number.start)):
            continue  # a model's name: "the Vista 5 Pro"
        # the label within 40 characters before the number: a street's kind and a name of up
        # to three words ("en la calle Virgen del Carmen, 12")
        if plain and (labelled is not None and labelled.search(text, max(0, number.start - 40),
                                                               number.start)
                      or street is not None and street.match(text, number.end)):
            continue  # a flight's, a road's, a room's or a house's number
        if plain and _CODE_BEFORE.search(text, max(0, number.start - 4), number.start):
            continue  # a road's code: "auf der A 79"
        if (plain and whole in SERVICE_NUMBERS and service is not None
                and service.search(text, max(0, number.start - 6), number.start)):
            continue  # an emergency service's number: "il 118"
        if (text.find(" of ", max(0, number.start - 32), number.start) >= 0
                and _PLACE_BEFORE.search(text, max(0, number.start - 32), number.start)):
            continue  # a place's size
        at = bisect_right(ends, number.start)  # the first word after the number's start
        after = bisect_right(ends, number.end)  # a scale word ("billion") is the number's
        # the words between this number and the numbers beside it: a word past another
        # number says what that one counts ("54.2% of the vote against 45.8% for Haldane")
        first = bisect_right(ends, numbers[i - 1].end) if i else 0
        last = bisect_right(ends, numbers[i + 1].start) if i + 1 < len(numbers) else len(words)
        ahead, behind = words[max(first, at - CONTEXT):at], words[after:min(last, after + CONTEXT)]
        near = [w for end, w in ahead + behind if w not in units and not any(
            start < end <= stop and not start <= number.start < stop for start, stop in sources)]
        # a count's name between two figures is the first one's where that one names none
        # before it and the name is among its CONTEXT words after it ("seven people were
        # killed and 40 injured"), else the second one's ("killing seven people and injuring
        # more than 40"; "a magnitude 6.4 earthquake struck … early on Tuesday, killing at
        # least 38")
        theirs = 0 if previous_named else first + CONTEXT
        named_at = [(end, marks[w]) for k, (end, w) in enumerate(ahead, max(first, at - CONTEXT))
                    if w in marks and k >= theirs]
        told = [marks[w] for _, w in behind if w in marks]
        if told and and_ is not None:  # a name in a clause of its own before it is not its
            # own where its own words name its count ("A man has died and five have been
            # injured"), though another figure follows ("Un enfant a été tué et dix-sept autres
            # personnes ont été blessées, dont quatre grièvement": injured)
            named_at = [(end, mark) for end, mark in named_at
                        if not and_.search(lower, end, number.start)]
        named = [mark for _, mark in named_at]
        named_before = bool(named)
        if told and not (named_before and i + 1 < len(numbers)):
            # these words name this figure's count, not the next one's
            named, claimed = named + told, after + CONTEXT
        # the nearest count's name before it, then after it; one the figure before named
        # comes after one after it ("four of the nine mothers who died …, and 88 babies were
        # left with brain injuries": the 88 are injured, not dead), and only where it is the
        # word before the figure or the figure names nothing right after it ("infected 1,200
        # people … and killed 38", "… had been killed, but the hospital put the number at
        # nine"; not "Two people died of hypothermia and 300 schools closed")
        # the word right after it, when a space alone sets them apart: its noun
        noun = words[after][1] if after < len(words) and text[
            number.end:words[after][0] - len(words[after][1])] == " " else ""
        earlier = [(k, marks[w]) for k, (end, w) in enumerate(
            words[max(0, at - COUNT_BEFORE):at], max(0, at - COUNT_BEFORE))
            if w in marks and bisect_right(starts, end) == bisect_right(starts, number.start - 1)]
        later = words[after:min(last, after + COUNT_AFTER)]
        aside = _past_aside(text, number, numbers[i + 1], language) if i + 1 < len(numbers) else 0
        if aside and (i + 2 == len(numbers) or aside <= numbers[i + 2].start):
            # past a part in an aside: "Five people, including two children, were killed"
            past = bisect_right(ends, aside)
            later += words[past:min(bisect_right(ends, numbers[i + 2].start)
                                    if i + 2 < len(numbers) else len(words),
                                    past + COUNT_AFTER)]
        counted = named or [mark for k, mark in earlier if k >= claimed][-1:] or [
            marks[w] for _, w in later if w in marks][:1]
        if phrased and PEOPLE.isdisjoint(counted):  # "forced 4,500 people from their homes"
            low, high = (numbers[i - 1].end if i else 0,
                         numbers[i + 1].start if i + 1 < len(numbers) else len(text))
            counted = [*counted, *dict.fromkeys(
                mark for start, end, mark in phrased
                if low <= start and end <= number.start or number.end <= start and end <= high)]
        counted = counted or [mark for k, mark in earlier if k == at - 1 or not noun][-1:]
        before = text[max(0, number.start - 24):number.start]  # the longest rounding word
        unit = _unit(text, number, before, unit_after, units, number.text[0].isdigit() and (
            language in NAMED or PEOPLE.isdisjoint(counted)))
        if (fraction and len(fraction) == 3 and not scale and whole != "0"
                and language not in DECIMAL_COMMA
                and (not unit or unit in MONEY
                     and int(whole.translate(_SEPARATORS)) >= TO_A_THOUSANDTH
                     or unit not in MONEY and fraction.endswith("0"))):
            whole, fraction = whole + fraction, None  # a foreign desk's "38.000 persons"
        may_be_age = not unit and plain and int(whole) < AGE_BELOW
        named_age = (_NAME_BEFORE.search(text, max(0, number.start - 40), number.start)
                     or _WORD_BEFORE.search(text, max(0, number.start - 40), number.start)
                     if may_be_age else None)
        aged = (named_age is not None and text[number.end:number.end + 1] == AGE_CLOSED[
            named_age.group(1).strip()]
            or may_be_age and aged_before is not None
            and aged_before.search(text, max(0, number.start - AGED_WITHIN),
                                   number.start) is not None
            and (years_after is None or years_after.match(text, number.end) is not None)
            or may_be_age and old_after is not None
            and old_after.match(text, number.end) is not None)
        years = (years_after.match(text, number.end)
                 if may_be_age and not aged and years_after is not None else None)
        if years is not None:  # an age or a span in years all the same, which counts no one
            # and is one quantity with another only where they share a word besides the years:
            # "une femme belge de 67 ans" and "un employé de 54 ans" are two of the dead, "un
            # bodyboardeur de 31 ans" and "de 32 ans" one man
            unit = "yr"
            near = [word for word in near if word != years.group().split()[-1].lower()]
        person = ""
        if aged:
            unit = "yr"
            name = _PERSON_BEFORE.search(text, max(0, number.start - 40), number.start)
            person = name.group(1) if name is not None else ""
        if unit or fraction and not scale:  # a measure, a label ("290 kilometers", "Flight
            # 447"), an age or a number with decimals ("6.8", not "2.5 million") counts no
            # people
            counted = [mark for mark in counted if mark not in PEOPLE]
        if CROWD in counted and len(set(counted)) > 1:  # "60 marchers were hurt": the hurt
            counted = [mark for mark in counted if mark != CROWD]
        listed = (not number.text[0].isdigit() and PEOPLE.isdisjoint(counted) and bool(found)
                  and not PEOPLE.isdisjoint(found[-1].context)
                  and _LISTING.search(text, max(0, number.start - LISTED_WITHIN), number.start)
                  is not None and _LISTED_AFTER.match(text, number.end) is not None)
        if listed:  # "Seven people are in hospital, six children and one adult."
            counted = [mark for mark in found[-1].context if mark in PEOPLE]
        if (not number.text[0].isdigit() and PEOPLE.isdisjoint(counted)
                and not (scale and whole != "1" and _factor(scale, language) >= WORDS_SCALED)
                and not _given_bare(text, number.start, number.end, language)
                and not (not unit and any(end <= number.start <= end + TRUE_WITHIN
                                          for end in named_true_at))):
            continue  # a small number in words counts the dead, the injured... or is left out
            # (not one of thousands: "unas ocho mil hectáreas" is 8,000 as "8.000" is; nor a
            # party's bare figure, nor the true figure: "Den riktiga siffran är åtta.")
        context = frozenset([stem(w) for w in near] + counted)
        factor = _factor(scale, language)
        value = _value(whole, fraction, factor)
        moves = {trends[w] for w in near if w in trends}
        dozens = factor == DOZEN
        about = (number.text.rsplit(None, 1)[-1].lower() in ABOUT.get(language, {})
                 or language in _ABOUT_DIGITS and number.text.endswith("-tal"))
        figure = Figure(number.text, value, context, unit, dated=dated, at=number.start, age=aged,
                        person=person,
                        rounded=bool(rounding and rounding.search(before)) or _round(value)
                        or dozens or about, loose=dozens,
                        trend=moves.pop() if len(moves) == 1 else 0,
                        gained=not unit and not (gains.isdisjoint(near)
                                                 and gains.isdisjoint(w for _, w in later)))
        if measured:
            part, rest = _PART_AFTER.get(language), _PART_BEFORE.get(language)
            among, severity = _AMONG.get(language), _SEVERITY_AFTER.get(language)
            others, rest_after = OTHERS_AFTER.get(language), REST_AFTER.get(language)
            group, whole_after = _GROUP_BEFORE.get(language), WHOLE_AFTER.get(language)
            began = changed_from.search(before) if changed_from else None
            # the words about it, up to the figures beside it
            after_it = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
            reach = (max(numbers[i - 1].end if i else 0, number.start - RATE_NEAR),
                     min(after_it, number.end + RATE_NEAR))
            figure = replace(figure, bound=1 if floor and floor.search(before)
                             else -1 if ceiling and ceiling.search(before) else 0,
                             noun=stem(noun) if noun else "",
                             part=bool(part and part.match(text, number.end)
                                       or rest and rest.search(before)
                                       or others and others.search(text, number.end, after_it)
                                       or rest_after and rest_after.match(text, number.end)
                                       or not found
                                       and _as_more(text, number.start, number.end, language)
                                       and not any(w in marks for _, w in words[:at])
                                       or among and _among(
                                           among, text, number, noun, marks,
                                           not PEOPLE.isdisjoint(counted) or bool(found)
                                           and not PEOPLE.isdisjoint(found[-1].context))
                                       or severity and not figure.unit
                                       and severity.match(text, number.end, after_it)
                                       or not PEOPLE.isdisjoint(counted)
                                       and _summed(lower, number, language)),
                             earlier=bool(began and (changing or began.group(1))),
                             whole=bool(group and group.search(before)
                                        or whole_after and whole_after.match(text, number.end,
                                                                             after_it)),
                             span=hours,
                             rate=1 if averaged else _rate(lower, number, reach, rates)
                             if rates else 0)
        found.append(figure)
        placed.append(number.start)
    between = _BETWEEN.get(language)
    if between is not None and len(found) > 1:
        found = _ranged(found, lower, between, _AND[language])
    for start, end, share in shares:  # a share in words: a percentage as a rounding
        at, after = bisect_right(ends, start), bisect_right(ends, end)
        near = [w for _, w in words[max(0, at - CONTEXT):at] + words[after:after + CONTEXT]]
        moves = {trends[w] for w in near if w in trends}
        found.append(Figure(text[start:end], f"{share:.3g}",
                            frozenset([stem(w) for w in near] + [marks[w] for w in near
                                                                   if w in marks]),
                            "%", rounded=True, dated=dated, loose=True, at=start,
                            trend=moves.pop() if len(moves) == 1 else 0))
        placed.append(start)
    return [figure for _, figure in sorted(zip(placed, found, strict=True),
                                           key=lambda pair: pair[0])] if shares else found


# A range's first figure is given in its last one's unit, which follows the last only
# ("between 47 and 89 years old", "entre 47 e 89 anos", "zwischen 5 und 9 Kilometer"): an age or
# a measure, no count of the people the sentence names ("Os doentes têm entre 47 e 89 anos").
_BETWEEN = {language: re.compile(rf"\b(?:{words})\s+$") for language, words in (
    ("english", "between"), ("french", "entre"), ("german", "zwischen"), ("italian", "tra|fra"),
    ("portuguese", "entre"), ("spanish", "entre"), ("swedish", "mellan"))}


def _ranged(found: list[Figure], lower: str, between: re.Pattern[str],
            and_: re.Pattern[str]) -> list[Figure]:
    """The figures `found` in a text (`lower`: in lower case), each first figure of a range
    given in its last's unit."""
    out = list(found)
    for k, (first, last) in enumerate(pairwise(found)):
        if (not first.unit and last.unit
                and between.search(lower, max(0, first.at - 12), first.at) is not None
                and and_.fullmatch(lower[first.at + len(first.text):last.at].strip())):
            out[k] = replace(first, unit=last.unit, age=last.age,
                             context=first.context - PEOPLE)
    return out


def _unit(text: str, number: _Number, before: str, unit_after: re.Pattern[str] | None,
          units: dict[str, str], labelled: bool = True) -> str:
    """The unit of the `number` found in `text` (before: the characters before it): a sign
    before it, a unit after it (unit_after, `units`: each way of writing one, with its unit), or
    (where it may be `labelled`) the capitalised word it is a name or a rank in, the unit that
    word writes where it writes one ("EUR 48,500"); "" when none."""
    sign = _SIGN_BEFORE.search(before)
    if sign:
        return sign.group(1)
    if number.scale and _POUNDS_AFTER.match(text, number.end):
        return "\u00a3"
    after = unit_after.match(text, number.end) if unit_after else None
    if after:
        return units[after.group(1).lower()]
    label = _LABEL_BEFORE.search(text, max(0, number.start - 24), number.start) if labelled \
        else None
    return units.get(label.group(1).lower(), label.group(1).lower()) if label else ""


def rounds_to(rounded: Figure, other: Figure) -> bool:
    """Whether `other`'s value rounds to the rounded figure's at its significant digits, within
    ROUGH of it ("nearly $60 billion" and "$59.5 billion"; "27 percent" and "27.1 per cent"), or
    is within ROUGH of a share in words or a count in dozens whatever its digits ("nearly a
    quarter" and 23 %, "nearly two dozen" and 23)."""
    a, b = float(rounded.value), float(other.value)
    return abs(a - b) <= ROUGH * a and (rounded.loose or _at_digits(b, a))


# One measure in two systems of units: a U.S. outlet's "106 degrees Fahrenheit" or "150 mph"
# is another's "41.2 degrees Celsius" or "241 km/h", and many give both. Each unit, with the
# metric units it converts to (a temperature in plain "degrees" is in the outlet's own scale,
# Celsius outside the U.S.) and the factor and offset to them (factor * value + offset).
TO_METRIC = {
    "\u00b0f": (("\u00b0c", "deg"), 1 / 1.8, -32 / 1.8),
    "mph": (("km/h",), 1.609344, 0.0),
    "mi": (("km",), 1.609344, 0.0),
    "ft": (("m",), 0.3048, 0.0),
    "in": (("cm",), 2.54, 0.0),
    "lb": (("kg",), 0.45359237, 0.0),
    "acre": (("ha",), 0.40468564, 0.0),
    "mi2": (("km2",), 2.589988110336, 0.0),
    "nmi": (("km",), 1.852, 0.0),
    "gal": (("l",), 3.785411784, 0.0),
}


def _at_digits(value: float, written: float) -> bool:
    """Whether `value` rounds to `written` at the significant digits `written` is given in."""
    return float(f"{value:.{_digits(written)}g}") == written


def _digits(value: float) -> int:
    """The significant digits of a value as written ("240": 2, "241": 3, "41.2": 3)."""
    return len(f"{value:g}".split("e")[0].replace(".", "").replace("-", "").rstrip("0")) or 1


def converts(first: Figure, second: Figure) -> bool:
    """Whether two figures give one measure in two systems of units (TO_METRIC): the one,
    converted, is within ROUGH of the other and rounds to it at its significant digits, as an
    outlet that converts a figure writes it ("150 mph (241 km/h)"; "106 degrees Fahrenheit",
    41.1 Celsius, for "41.2 degrees", 106.2 Fahrenheit; not 200 km/h, for all that 241 rounds
    to it at one digit)."""
    a, b = (first, second) if first.unit in TO_METRIC else (second, first)
    metric, factor, offset = TO_METRIC.get(a.unit, ((), 1.0, 0.0))
    if b.unit not in metric:
        return False
    x, y = float(a.value), float(b.value)
    converted, back = factor * x + offset, (y - offset) / factor
    return abs(converted - y) <= ROUGH * abs(y) and (_at_digits(converted, y)
                                                     or _at_digits(back, x))


def _round(value: str) -> bool:
    """Whether a figure's value is round as written, a rounding without a word that says so:
    thousands or more in at most two significant digits ("a study of 78,000 adults" for 78,430;
    not "180 dead" beside 178, two reports of a toll)."""
    number = float(value)
    return (number >= ROUND_FROM and number.is_integer()
            and len(f"{number:.0f}".rstrip("0")) <= 2)


def admits(figure: Figure, other: Figure) -> bool:
    """Whether `figure`, as written, admits `other`'s value: as a bound, one on its side of it
    within ROUGH of it (BOUND_WORDS; "more than 80 billion" does not admit 75 billion, however
    round it is), or within a dozen of a count in dozens, which is given to the dozen ("more
    than a dozen people" admits 14); as a rounding, one that rounds to it (rounds_to)."""
    if figure.bound:
        a, b = float(figure.value), float(other.value)
        step = DOZEN if figure.loose and not figure.unit else ROUGH * a
        return 0 <= figure.bound * (b - a) <= step
    return figure.rounded and rounds_to(figure, other)


def same_time(a: Figure, b: Figure) -> bool:
    """Whether two figures are given for one time: their sentences name no year, or a year in
    common (a decade names its ten). A figure of a sentence that names a year the other does
    not is of another time ("since 1997, when a crash in Guam killed 228")."""
    return a.dated == b.dated or not a.dated.isdisjoint(b.dated)


def same_way(a: Figure, b: Figure) -> bool:
    """Whether two figures may be one count by how they moved: not one a rise and the other a
    fall (TRENDS)."""
    return a.trend * b.trend >= 0


# The words for the passengers of a ship, a train or an aircraft, for its crew and for being
# aboard, by language: a count of passengers without a word for the crew beside it leaves out
# the crew that a count of the people aboard holds ("180 passengers", "186 people on board"; not
# "168 passengers and crew", nor "100,000 people" a strike affects). Stemmed, as a figure's
# noun and context are.
_ABOARD_WORDS = {"english": ("passengers passenger", "crew", "aboard onboard board"),
                 "french": ("passagers passager", "équipage", "bord"),
                 "german": ("passagiere passagieren fahrgäste", "besatzung", "bord"),
                 "italian": ("passeggeri passeggero", "equipaggio", "bordo"),
                 "portuguese": ("passageiros passageiro", "tripulantes tripulação", "bordo"),
                 "spanish": ("pasajeros pasajero", "tripulantes tripulación", "bordo"),
                 "swedish": ("passagerare", "besättning", "ombord")}
PASSENGERS, CREW, ON_BOARD = (frozenset(stemmer(language)(word)
                                        for language, words in _ABOARD_WORDS.items()
                                        for word in words[k].split()) for k in range(3))


def _crew_apart(passengers: Figure, aboard: Figure) -> bool:
    """Whether one figure counts the passengers alone (no word for the crew beside it) and
    another, larger, the people on board: a part and its whole ("180 passengers", "186 people
    on board")."""
    return (passengers.noun in PASSENGERS and passengers.context.isdisjoint(CREW)
            and aboard.noun not in PASSENGERS and not aboard.context.isdisjoint(ON_BOARD)
            and float(passengers.value) < float(aboard.value))


def one_count(a: Figure, b: Figure) -> bool:
    """Whether two figures of different values give one count differently: their contexts
    share a word but no two counts' names (COUNTS: the dead and the homeless), they are in one
    unit (SIGNS) and of one time (same_time), count one thing (the word after them, where
    neither has a unit and no count's name joins them), not one a rise and the other a fall
    (same_way), not one of what was lost and the other of what was given back or offered
    (GAINED), neither is a rounding or a bound that admits the other (admits), and not the
    passengers and, more, everyone aboard (_crew_apart)."""
    one_unit = a.unit == b.unit or not (a.unit and b.unit) and (a.unit or b.unit) in SIGNS
    counts = [{word for word in f.context if word.startswith("#")} for f in (a, b)]
    # counts of two things ("228 people", "24 error messages"), where no unit nor count's name
    # says what they measure
    one_noun = (a.noun == b.noun or not (a.noun and b.noun) or bool(a.unit or b.unit)
                or not counts[0].isdisjoint(counts[1]))
    return (not a.context.isdisjoint(b.context) and one_unit and same_time(a, b) and one_noun
            and same_way(a, b) and a.gained == b.gained
            and not (all(counts) and counts[0].isdisjoint(counts[1]))
            and not admits(a, b) and not admits(b, a)
            and not _crew_apart(a, b) and not _crew_apart(b, a))


# Words that call a figure wrong, by language: a sentence that holds one ("An earlier report
# that three people had died was incorrect") gives its figures as errors, not as a count of its
# own, and is no disagreement.
REFUTING = {
    "english": ("incorrect", "inaccurate", "erroneous", "mistaken", "misreported",
                "was wrong", "were wrong", "in error"),
    "french": ("erroné", "inexact", "incorrect"),
    "german": ("falsch", "fehlerhaft", "unzutreffend"),
    "italian": ("errat", "inesatt"),
    "portuguese": ("errad", "incorret", "inexat"),
    "spanish": ("erróne", "incorrect", "inexact", "equivocad"),
    "swedish": ("felaktig", "inkorrekt"),
}


# The word that joins two clauses, by language: a count's name before it is no figure's after it
# that a name of its own follows ("A man has died and five have been injured").
AND = {"english": "and", "french": "et", "german": "und", "italian": "e ed", "portuguese": "e",
       "spanish": "y e", "swedish": "och"}
_AND = {language: re.compile(r"\b(?:" + "|".join(words.split()) + r")\b")
        for language, words in AND.items()}
# A count of people summed with another in one phrase ("killing two site operatives and a
# member of the public", "three adults and two children"), by language (AND, ONE): each is a
# part of a whole the phrase gives no figure for, and no other figure for a count of all ("three
# people died"). Only where one to three content words stand between, none of which names a
# count, and a content word that names none follows the other count: "Two people died and 300
# schools closed", "seven people were killed and 40 injured" and "12 people and 3 were hurt"
# give two counts. SUM_REACH: the characters before a count read for the one it is summed with.
_PHRASE_WORD = r"[^\W\d_][\w'\u2019-]*"
_SUMMED = {language: (re.compile(
    rf"((?:\s+{_PHRASE_WORD}){{1,3}}?)\s+(?:{'|'.join(words.split())})\s+"
    rf"(?:\d[\d,.]*|{'|'.join([*ONE[language].split(), *_SPELLED_VALUE[language]])})"
    rf"\s+({_PHRASE_WORD})"), re.compile(
    rf"(?<![\w-])(?:\d[\d,.]*|{'|'.join([*ONE[language].split(), *_SPELLED_VALUE[language]])})"
    rf"((?:\s+{_PHRASE_WORD}){{1,3}}?)\s+(?:{'|'.join(words.split())})\s+$"))
    for language, words in AND.items() if language in ONE}
SUM_REACH = 80
_FIRST_WORD = re.compile(rf"\s+({_PHRASE_WORD})")


@cache
def _naming(language: str) -> frozenset[str]:
    """The words no phrase of a count summed with another holds (_SUMMED): the language's stop
    words and the words that name a count (COUNTS)."""
    return frozenset(stop_words(language)).union(_COUNT_OF.get(language, {}))


def _summed(lower: str, number: _Number, language: str) -> bool:
    """Whether a number of a text in lower case counts people summed with another count in one
    phrase (_SUMMED)."""
    after, before = _SUMMED.get(language, (None, None))
    if after is None or before is None:
        return False
    found = after.match(lower, number.end)
    if found is not None:
        words = [*found.group(1).split(), found.group(2)]
    else:
        found, first = (before.search(lower, max(0, number.start - SUM_REACH), number.start),
                        _FIRST_WORD.match(lower, number.end))
        if found is None or first is None:
            return False
        words = [*found.group(1).split(), first.group(1)]
    return _naming(language).isdisjoint(words)


# Words that set one figure against another, by language: a sentence that gives two figures for
# one count with one of these words between them, or opening on one, reports a disagreement
# ("Police said seven people had been killed, but the hospital put the number at nine"; "14 men
# are trapped, not 13"; "While prosecutors put the number at eleven, police sources said 13"),
# where two figures joined by other words count two things ("54.1 percent to Haldane's 45.9",
# "3.5% this year and 2.5% next year").
CONTRASTS = {
    "english": "but however whereas while although though not yet instead rather",
    "french": "mais cependant toutefois tandis alors pourtant non pas",
    "german": "aber jedoch doch während nicht sondern hingegen",
    "italian": "ma però tuttavia mentre invece non",
    "portuguese": "mas porém contudo enquanto não",
    "spanish": "pero embargo mientras no sino",
    "swedish": "men dock medan inte utan",
}
_CONTRAST = {language: re.compile(r"\b(?:" + "|".join(words.split()) + r")\b", re.IGNORECASE)
             for language, words in CONTRASTS.items()}


def set_against(text: str, first: Figure, second: Figure, language: str) -> bool:
    """Whether a sentence sets two of its figures (`first` before `second`) against each other:
    a word of CONTRASTS between them, or the word the sentence opens with."""
    contrast = _CONTRAST.get(language)
    if contrast is None:
        return False
    opening = contrast.match(text.lstrip("\"'\u201c\u2018 "))
    return bool(opening or contrast.search(text, first.at + len(first.text), second.at))


# Words that name a figure as the true one for a count another party gave ("the true figure
# was 530", "Le vrai chiffre, c'est 740", "La vera cifra è 490", "Den verkliga siffran är
# 468", "O número real é superior a 50 milhões", "Die richtige Zahl ist 50"), by language: the
# first figure after them, within TRUE_WITHIN characters, is a party's answer to a figure told
# just before it in its article (facts.disputing). By language: the words one of which a text
# must hold (searched for first: the pattern is read in few sentences), and the pattern.
TRUE_FIGURE = {
    "english": (("true ", "real ", "actual ", "correct ", "right "),
                r"\b(?:true|real|actual|correct|right) (?:figure|number|total|count|toll)\b"),
    "french": (("vrai ", "bon ", "r\u00e9el", "exact"),
               r"\b(?:vrai|bon) (?:chiffre|nombre|bilan|montant)\b"
               r"|\b(?:chiffre|nombre|bilan|montant) (?:r\u00e9el|exact)\b"),
    "german": (("ichtige Zahl", "orrekte Zahl", "\u00e4chliche Zahl", "ahre Zahl"),
               r"\b(?:richtige|korrekte|tats\u00e4chliche|wahre) Zahl\b"),
    "italian": (("vera ", "vero ", "reale", "corrett"),
                r"\b(?:vera|reale) cifra\b|\bcifra (?:vera|reale|corretta)\b"
                r"|\bvero (?:numero|dato|bilancio)\b"
                r"|\b(?:numero|dato|bilancio) (?:reale|corretto)\b"),
    "portuguese": ((" real", "verdadeir", "corret"),
                   r"\b(?:n\u00famero|valor|montante|balan\u00e7o) (?:real|correto|verdadeiro)\b"
                   r"|\bverdadeiro (?:n\u00famero|valor)\b|\bcifra (?:real|correta)\b"),
    "spanish": ((" real", "verdader", "correct", "de verdad"),
                r"\bcifra (?:real|correcta|de verdad)\b|\bverdadera cifra\b"
                r"|\b(?:n\u00famero|dato|balance) (?:real|correcto)\b|\bverdadero n\u00famero\b"),
    "swedish": (("verkliga ", "r\u00e4tt", "korrekt", "riktig", "sanna "),
                r"\b(?:verkliga|r\u00e4tta|korrekta|riktiga|sanna) (?:siffran|antalet)\b"
                r"|\b(?:r\u00e4tt|korrekt|riktig) siffra\b"),
}
# Characters from those words to the figure: "the true figure is nearer 2.9", "Le vrai
# chiffre est plus proche de deux cents"
TRUE_WITHIN = 40
_TRUE_FIGURE = {language: (hints, re.compile(pattern, re.IGNORECASE))
                for language, (hints, pattern) in TRUE_FIGURE.items()}


def named_true(text: str, language: str) -> list[Figure]:
    """The figures a sentence names as the true ones for a count (TRUE_FIGURE), measured:
    "the true figure was 530"."""
    hints, pattern = _TRUE_FIGURE.get(language, ((), None))
    named = ([m.end() for m in pattern.finditer(text)]
             if pattern is not None and any(hint in text for hint in hints) else [])
    if not named:
        return []
    found = figures(text, language, measured=True)
    true: list[Figure] = []
    for end in named:
        true += [f for f in found if end <= f.at <= end + TRUE_WITHIN][:1]
    return true


def refutes(text: str, language: str) -> bool:
    """Whether a sentence calls a figure wrong (REFUTING)."""
    lower = text.lower()
    return any(word in lower for word in REFUTING.get(language, ()))


def claimed(text: str, language: str, in_words: bool = True) -> list[Figure]:
    """The figures a sentence gives as its own (figures): none where it calls them wrong
    (refutes), so that a correction neither links to the figure it corrects nor counts for
    it. (Read in that order, a sentence is searched for such words only when it gives
    figures, as three in four sentences do not.)"""
    found = figures(text, language, in_words=in_words)
    return [] if found and refutes(text, language) else found


def ends_in_words(text: str, language: str) -> bool:
    """Whether a sentence ends on a number in words (SPELLED): "The airport puts it at nine.",
    whose figure a search for figures in words alone reads (claimed's in_words)."""
    words = text.rstrip(" .!?\"'\u201d\u2019\u00bb)").rsplit(None, 1)
    return bool(words) and words[-1].lower() in _SPELLED_VALUE.get(language, {})


def ends_bare(text: str, found: list[Figure], language: str) -> bool:
    """Whether a sentence ends on its one figure (found: its figures) that someone gives with
    nothing of what it counts: right after a verb of saying (SAID_BARE), with no unit, no
    count's name (COUNTS) near it and no word after it ("Mayor Teodor Lusk says the city was
    told 1,100.", "The ministry says 7,940.", "The Labour Ministry put the figure at 640,000.",
    "Der Automobilclub kommt auf mehr als 700."). It leans on a sentence before it that names
    the count; "Police put the crowd at 40,000." and "The government wants to raise the
    retirement age to 65." do not, nor does one that gives the count's figure before it and
    sets the two against each other ("… rund 70.000 Beschäftigte beteiligt – die Gewerkschaft
    spricht von 118.000.")."""
    if len(found) != 1:
        return False
    only = found[0]
    return (not only.unit and not any(word.startswith("#") for word in only.context)
            and _given_bare(text, only.at, only.at + len(only.text), language))


def _given_bare(text: str, start: int, end: int, language: str) -> bool:
    """Whether the number at text[start:end] ends its sentence right after a verb of saying
    (SAID_BARE): a party's figure, in words too ("Facket säger elva.", "El sindicato eleva la
    cifra a catorce.")."""
    said = SAID_BARE.get(language)
    return (said is not None and not text[end:].strip(_TRAILING)
            and said.search(text, max(0, start - SAID_BEFORE), start) is not None)


# Verbs by which a party speaks of a figure, comes to it or raises a count to it, in the present
# and the past, by language ("parle de", "kommt auf", "eleva", "talade"): up to three words
# may stand between them and the figure ("la cifra a", "tidigt om drygt").
SPEAKS_OF = {"french": "parle de|parlent de|parlait de|parlaient de|a parlé de|ont parlé de"
                       "|évoque|évoquent|évoquait|a évoqué|avance|avancent|avançait",
             "german": "spricht von|sprechen von|sprach von|sprachen von|kommt auf|kommen auf"
                       "|kam auf|kamen auf",
             "italian": "parla di|parlano di|parlava di|parlavano di|ha parlato di"
                        "|hanno parlato di",
             "portuguese": "fala em|fala de|falam em|falam de|falava em|falou em|falou de"
                           "|falaram em|aponta para|apontam para|apontou para",
             "spanish": "habla de|hablan de|hablaba de|habló de|hablaron de|eleva|elevan"
                        "|elevó|elevaron",
             "swedish": "talar om|pratar om|talade|pratade|landar på|landade på|säger|sa"
                        "|sade|uppger|uppgav"}
# A verb of saying right before a figure, or one that puts "the figure" or "the number" at it,
# by language (ends_bare): in English "says", "told", "puts the figure at", with a word of
# rounding between; in the others a verb of SPEAKS_OF, up to three words before the figure
# ("Der Automobilclub kommt auf mehr als 700.", "Kustbevakningen talade tidigt om drygt 230.").
SAID_BARE = {"english": re.compile(r"\b(?:(?:says?|said|told|tells)"
                                   r"|puts? (?:the (?:figure|number|total|count)|it) (?:at|as))"
                                   r"\s+(?:(?:about|around|some|nearly|almost|more than|over"
                                   r"|only|just)\s+)?$")} | {
    language: re.compile(rf"\b(?:{verbs})\s+(?:[^\W\d]+\s+){{0,3}}$", re.IGNORECASE)
    for language, verbs in SPEAKS_OF.items()}
SAID_BEFORE = 40  # characters searched before the figure: "puts the number at about "
_TRAILING = " .!?\"')\u201d\u2019"  # the marks a sentence may end on after its last word

# Words that say who gives a sentence's figures, by language: a preposition ("according to",
# "selon", "laut", "per", "para"), the party after it, or a verb by which a party states,
# estimates or counts ("said", "puts", "parle de", "spricht von", "contabilizó", "uppger"), or
# its estimate ("estimation", "Schätzung", "recuento"), the party before it (and German
# "zufolge"). Two sentences of one article that each name who gives a figure, one count
# differently, report two parties' figures (facts.beside): "Environ 320 foyers sont privés
# d'électricité, indique le gestionnaire du réseau." and "La préfecture, elle, parle de 280
# foyers coupés." (Wider than _SOURCES, which marks where such a phrase stands, to keep it
# out of a figure's context; a verb alone tells that someone gives the figure.) By language:
# the prepositions that are also an ordinal or mean "for" ("segundo", "per"), which count at a
# clause's start only, the other prepositions, and the verbs.
GIVERS = {
    "english": ("", "according to",
                "said|says|say|told|tells|reported|reports|estimates|put|puts|counted|counts"
                "|claimed|claims|cited|cites|speaks? of|spoke of"),
    "french": ("", "selon|d'apr\u00e8s|d\u2019apr\u00e8s",
               "indique|indiquent|indiqu\u00e9|affirme|affirment|affirm\u00e9|d\u00e9clare"
               "|d\u00e9clar\u00e9|annonce|annonc\u00e9|pr\u00e9cise|pr\u00e9cis\u00e9|parle|parlent"
               "|parlait|\u00e9voque|\u00e9voquent|\u00e9voqu\u00e9|fait \u00e9tat|font \u00e9tat"
               "|chiffre|chiffrent|chiffrait|chiffr\u00e9|estime|estiment|estim\u00e9|recense"
               "|recens\u00e9|d\u00e9nombre|d\u00e9nombr\u00e9|assure|assurent|estimation"
               "|d\u00e9compte"),
    "german": ("", "laut|angaben",
               "zufolge|sagte|sagt|sagen|sagten|spricht|sprechen|sprach|teilte|teilt"
               "|erkl\u00e4rte|erkl\u00e4rt|berichtete|berichtet|meldete|meldet|sch\u00e4tzt"
               "|sch\u00e4tzen|sch\u00e4tzte|beziffert|bezifferte|beziffern|nennt|nannte"
               "|hie\u00df es|hei\u00dft es|sch\u00e4tzung"),
    "italian": ("per", "secondo|stando a",
                "detto|dichiarato|riferito|riferisce|riferiscono|parla|parlano|parlava|stima"
                "|stimano|stimato|conta|contano|dichiara|afferma|affermano|comunicato|comunica"
                "|fa sapere|fanno sapere|sostiene|sostengono|calcola|calcolano"),
    "portuguese": ("segundo|para", "de acordo com|conforme",
                   "disse|diz|dizem|afirma|afirmou|fala|falam|falava|aponta|apontou|estima"
                   "|estimou|estimam|contabiliza|contabilizou|indica|indicou|informou|informa"
                   "|adiantou|adianta|garante|refere|referiu|avan\u00e7a|avan\u00e7ou|eleva"
                   "|elevou|estimativa"),
    "spanish": ("para", "seg\u00fan",
                "dijo|dice|dicen|afirma|afirm\u00f3|afirman|asegura|asegur\u00f3|aseguran|habla"
                "|hablan|hablaba|cifra|cifr\u00f3|cifraba|cifran|estima|estim\u00f3|estiman"
                "|contabiliz\u00f3|contabiliza|contabilizaba|inform\u00f3|informa|informan"
                "|se\u00f1al\u00f3|se\u00f1ala|sostiene|calcula|calcul\u00f3|calculan|eleva|elevan"
                "|elev\u00f3|estimaci\u00f3n|c\u00e1lculo|recuento"),
    "swedish": ("", "enligt",
                "s\u00e4ger|sa|sade|uppger|uppgav|uppgett|meddelar|meddelade|skriver|skrev"
                "|talar om|anger|angav|bed\u00f6mer|bed\u00f6mde|r\u00e4knar|uppskattar"
                "|uppskattade|rapporterar|rapporterade|uppskattning"),
}
_GIVERS = {language: (re.compile((rf"(?:^|[,;(]\s?)(?:{opening})\b|" if opening else "")
                                 + rf"\b(?:{before})\b", re.IGNORECASE),
                      re.compile(rf"\b(?:{after})\b", re.IGNORECASE))
           for language, (opening, before, after) in GIVERS.items()}
_CLAUSE = ",;:"  # the marks that end the clause of who gives a figure
# The party after a preposition or a verb that opens its clause: a few words in lower case
# (its article, "the county's"), then its name, capitalised words and the short words between
# them ("Consejería de Sanidad", "Polizei Rheinfeld"), up to the next word in lower case: in
# "Laut Polizei Rheinfeld wurden in Kornheim …" the place of the count is no party's.
_PARTY_AFTER = re.compile(r"(?:\s+[^\W\d_A-Z\u00c0-\u00de][\w'\u2019-]*){0,3}"
                          r"(?:\s+[A-Z\u00c0-\u00de][\w'\u2019.-]*"
                          r"(?:\s+(?:[a-z]{1,3}\s+)?[A-Z\u00c0-\u00de][\w'\u2019.-]*)*)?")


def sourced(text: str, language: str) -> bool:
    """Whether a sentence names who gives its figures (GIVERS)."""
    givers = _GIVERS.get(language)
    return givers is not None and any(words.search(text) is not None for words in givers)


def givers(text: str, language: str) -> frozenset[str]:
    """The names (names) of those a sentence names as giving its figures (GIVERS): the party
    after a preposition ("according to Gridway, …": _PARTY_AFTER) or after a verb that opens
    its clause ("…, indique Enedis"), or the clause before a verb ("St. Brendan's Regional
    Medical Center says 27 people …"): who gave a count, not where it was counted."""
    if language not in _GIVERS:
        return frozenset()
    before, after = _GIVERS[language]

    def party(at: int) -> tuple[int, int]:
        found = _PARTY_AFTER.match(text, at)
        return (at, found.end() if found is not None else at)

    spans = [party(m.end()) for m in before.finditer(text)]
    for m in after.finditer(text):
        start = max(text.rfind(mark, 0, m.start()) for mark in _CLAUSE) + 1
        # the party after a verb that opens its clause: "…, indique Enedis", "…, said Gridway"
        spans.append((start, m.start()) if text[start:m.start()].strip() else party(m.end()))
    return frozenset().union(*(names(text[:end], language) - names(text[:start], language)
                               for start, end in spans))


def gives_toll(found: list[Figure], counts: frozenset[str] = TOLLS) -> bool:
    """Whether any of a sentence's figures counts people (TOLLS, or the `counts` given)."""
    return any(not counts.isdisjoint(f.context) for f in found)


def tells_outcome(found: list[Figure]) -> int:
    """How much of what an event did to people a sentence's figures tell: 2 for a count of the
    dead, the injured or the rescued (OUTCOMES), which a first report's "…, leaving seven
    people missing" does not know yet and a later "Five people died and two were rescued
    alive …" tells; 1 for one of the people it drove from their homes or a ship ("More than
    350 people were evacuated into lifeboats …"), where no one was hurt yet or the count is
    not known; else 0."""
    return 2 if gives_toll(found, OUTCOMES) else int(gives_toll(found, DISPLACED))


def share_a_figure(first: list[Figure], second: list[Figure]) -> bool:
    """Whether two sentences' figures give a value in common. (A rounding and the figure it
    rounds meet where they count one thing: facts.figure_links. Read here as well, they made
    `same_fact` join more of the Exxon set's pairs that its labels keep apart, F 0.54 → 0.52,
    and no brief better.)"""
    return not {f.value for f in first}.isdisjoint(f.value for f in second)


def at_odds(first: list[Figure], second: list[Figure]) -> bool:
    """Whether two sentences give other figures for one count (one_count) and none in common:
    an aftershock's magnitude against the quake's, not a book's sales against its author's
    age."""
    return not share_a_figure(first, second) and any(one_count(f, g) for f in first
                                                     for g in second)


def free(first: list[Figure], second: list[Figure]) -> bool:
    """Whether two sentences' figures leave them free to state one fact: one of them gives
    none, or they give a value in common."""
    return not first or not second or share_a_figure(first, second)


# Languages whose writers capitalise names and few other words (German capitalises every noun;
# Arabic has no capitals).
NAMED = frozenset(["english", "french", "italian", "portuguese", "spanish", "swedish"])
# a capital after a word and a space, up to an apostrophe ("Krause's": Krause); the capital
# first, then the look-behind, so that the search skips to the capitals (twice as fast)
_NAME = re.compile(r"[A-Z\u00c0-\u00de](?<=[\w,;)] [A-Z\u00c0-\u00de])[\w-]*")
# A text that writes two words in capitals throughout past its first ("another is still MISSING
# after a blast turned the plant into a raging INFERNO", "USA TODAY") shouts, or names a
# publication so: its words in capitals of this many letters or more are no names. Acronyms
# seldom come two to a sentence, and those of three letters stay names ("the FBI and the CIA").
SHOUTED = 4
# Days and months, the scales of a temperature, titles, the marks of a time of day ("9:03 AM
# local time (00:03 GMT)") and the first person ("and I am truly sorry"): a title says what
# someone is, not who ("Transport Minister Odile Varga" and "Interior Minister Pavel Drost", or
# "Chief Executive Lena Sorvik" and "Chief Executive Paul Mercer", name no one in common), and
# "I" is whoever speaks.
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december celsius fahrenheit "
    "minister president secretary governor mayor senator representative judge chief director "
    "commissioner chairman chairwoman spokesman spokeswoman spokesperson general colonel captain "
    "sergeant lieutenant major officer prime deputy acting vice king queen prince princess pope "
    "bishop sheriff attorney ambassador professor dr mr mrs ms sir gov sen rep gen col capt sgt "
    "lt maj am pm gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt bst cet cest eet eest msk "
    "ist kst jst aest aedt i executive chancellor inspector superintendent councillor councilor "
    "commander justice".split())


def names(text: str, language: str) -> frozenset[str]:
    """The names of a text, as lower-case words without possessives: capitalised words that
    follow another word inside a sentence (not its first word, not after a quotation mark or
    a colon), days, months, titles and "I" aside, and the words in capitals throughout of a
    text that shouts (SHOUTED)."""
    if language not in NAMED:
        return frozenset()
    found = _NAME.findall(text)
    if sum(map(str.isupper, found)) - found.count("I") >= 2:  # "I" is whoever speaks
        found = [word for word in found if not word.isupper() or len(word) < SHOUTED]
    return frozenset(word.lower() for word in found).difference(_NOT_NAMES)


NAME_KEY = 4  # names are compared by their first letters: Kraus and Krause, Ukraine and Ukrainian


def common_names(named: list[frozenset[str]], groups: list[int]) -> frozenset[str]:
    """The story's own names, as keys (name_keys): those that half of the groups (articles) or
    more use (its country, its main actors). A sentence that names only these names no one in
    particular.

    named: each text's name keys; groups: each text's group.
    """
    users: dict[str, set[int]] = {}
    for keys, group in zip(named, groups, strict=True):
        for key in keys:
            users.setdefault(key, set()).add(group)
    total = len(set(groups))
    return frozenset(key for key, used in users.items() if 2 * len(used) >= total)


def name_keys(named: frozenset[str]) -> frozenset[str]:
    """Names as keys: their first NAME_KEY letters."""
    return frozenset(name[:NAME_KEY] for name in named)


_TOKEN = re.compile(r"(?<![\w'\u2019-])[^\W\d_][\w'\u2019-]*")  # a word, as written


def folded_name_keys(texts: list[str], language: str) -> list[frozenset[str]]:
    """Each text's name keys (name_keys of names), the set's long names read as their acronyms
    ("Internal Revenue Service" as IRS) and misspelt names as their most used spelling (Klaus
    as Krause), as vectorise.terms reads them."""
    phrases = acronyms(texts)
    variants = {v.lower(): n.lower() for v, n in name_variants(texts).items()}
    pattern = re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))) \
        if phrases else None
    out = []
    for text in texts:
        named = set(names(text, language))
        if pattern is not None:
            for m in pattern.finditer(text):
                named -= set(m.group().lower().split())
                named.add(phrases[m.group()].lower())
        out.append(name_keys(frozenset(variants.get(n, n) for n in named)))
    return out


def words_of(text: str, language: str) -> frozenset[str]:
    """The words of a text that are not names, stop words or figures, as keys (their first
    NAME_KEY letters, as names: "resigned" and "resignation"): what the text says happened,
    where its names say who and where. Its words in lower case, and its first word unless the
    next is capitalised too (then the first is likely part of a name: "Air France said")."""
    stop = stop_words(language)
    found = _TOKEN.findall(text)
    first = 1 if len(found) > 1 and found[1][0].islower() else 0
    return frozenset(w[:NAME_KEY].lower() for k, w in enumerate(found)
                     if (k < first or w[0].islower()) and w.lower() not in stop)


def named_apart(first: frozenset[str], second: frozenset[str],
                common: frozenset[str] = frozenset()) -> bool:
    """Whether two texts, given their name keys (name_keys), each name someone or somewhere
    particular (a name not among the `common` ones) and have no name in common."""
    return bool(first - common) and bool(second - common) and first.isdisjoint(second)
