"""Who said what: the set's direct quotations, each with its speaker, merged across outlets.

A quotation is the text between a pair of quotation marks in one paragraph line, in one
sentence or running over a few (a quotation that opens in one sentence and closes in a later
one); or the text from a mark that a paragraph line leaves open to its end, as news style sets
a quotation that goes on in the next paragraph (its speaker is that of the quotation the next
line opens with, or else the one named before its mark). Its speaker is what the article
attributes it to, found by a few rules that hold across outlet styles:

- after the closing mark: `"…," Ruiz said.` `"…," said Ruiz, the chief.` `"…," Ruiz told
  Reuters.` `"…," a spokesman for the Treasury said.` `"…," the letter said.` `"…," according
  to Ruiz.`;
- before the opening mark: `Ruiz said: "…"` `Ms Ruiz told the BBC: "…"` `According to Ruiz,
  "…"` `The memo says that the agencies "…"`, or a clause about someone that a colon ends
  (`Ruiz made a last appeal: "…"`), or a live page's label (`13:05 - Ana Ruiz, fire chief:
  "…"`);
- a pronoun (`"…," she said.`) is the one person the article's previous sentence names as a
  speaker, or, where it names none, the person its main clause opens with ("Ada Moreau
  toured the school.", "Moreau toured the school." once the article gave her full name,
  "Carrow Valley Water's chief executive Graham Pell has apologised.") when
  it ends with no attribution to someone else ("…, her family said"), or the speaker before
  it when that sentence's own is a pronoun ("She said the damage was worse than feared.");
  nobody when it names none or several; so is a title (`"…," the mayor said`), when its words
  are words of that person's name as the article wrote it ("Mayor Piotr Halas");
- a quotation that fills a sentence of its own with no attribution continues the quotation of
  the sentence before it in the same paragraph (news style attributes once per paragraph and
  gives a new speaker a new paragraph), when that one has exactly one speaker.
- a quotation that an attribution interrupts within a sentence (`"…," she said, "and …"`) is
  one quotation, where its second part opens in lower case and both have one speaker.

Double marks may be straight, curly, low („…“), angle («…») or set as ``…'' (the Penn
Treebank's and older newswire archives' way).

A speaker is a name (a run of capitalised words: "Fire Chief Ana Ruiz"), a named body or role
("a spokesman for the Treasury", "the NYU Tax Law Center"), or a document ("the letter", "the
court filing"). A surname, or an honorific and a surname ("Ruiz", "Ms Ruiz"), stands for the
full name the same article gave earlier ("Fire Chief Ana Ruiz") when it gave one. A quotation
whose speaker is not found is left out: never guessed. So is a short quoted span (fewer than
SHORT words) inside the reporter's own clause: a scare quote or a title ("the so-called “big,
beautiful bill”"), or a phrase the reporter's sentence goes on after ("According to the BBC,
“large waves” have struck the islands"), not a statement; though such a phrase of
PARTIAL_WORDS or more after an attribution ("Ruiz said it was “the darkest day” for the
town") is a report of a longer quotation of hers that holds it (Quotation.partial).

One quotation carried by several outlets is one item: the same words once quote marks, case,
punctuation, white space and negations ("can't", "cannot") are folded, or one contained in the
other (an outlet quoting a part), unless the two name different people (names compared by their
first letters, as the brief compares names: Krause and Kraus are one); or, said by one named
person, the words of the shorter found in order in the longer but for a few words
(SAME_WORDING: two transcriptions, "gonna" for "going to"; a light edit; a close
translation). The item shows its longest wording; its support counts independent reports,
reprints once, as the brief's support does.

Cost: a few regular-expression searches per sentence that holds a quotation mark and per
quotation, and a dictionary look-up per word of each quotation to find its candidates for
merging: linear in the input.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from itertools import accumulate
from typing import Any, NamedTuple

import numpy as np

from ..facts.specifics import AND, NAMED, name_keys, names
from ..text.split import Sentence
from ..text.words import stop_words

DEFAULT_QUOTES = 5  # quotations listed by default: a glance, like the brief's seven sentences
MAX_QUOTES = 50  # the most a request may ask for: beyond a few dozen a list is no summary, and
# the response stays small
MAX_SPAN = 4  # sentences one quotation may run over: quoted passages in news are a few
# sentences long; an opening mark left unclosed for longer is a stray, not a passage
SHORT = 4  # a quoted span of fewer words inside the reporter's own clause is a scare quote or
# a title ("so-called “big, beautiful bill”"): a statement quoted in part runs longer
GAP_WORDS = 12  # the most words between "said" and the opening mark of a quotation it
# introduces ("said the agencies would “…”"): one reported clause; beyond it the quotation
# likely belongs to a later clause
# the most words after an attribution's verb that ends a sentence ("…, the family said in a
# statement on Thursday")
AFTER_VERB = 5
PHRASE_WORDS = 10  # the most words of a speaker ("tax law experts at the NYU Tax Law Center")
ROLE_WORDS = 3  # lower-case words of a role before a name ("immigration attorney Ana Delgado")
# A pronoun's speaker is looked for this many sentences back at most: the sentence before it,
# and the one before that when that one's own speaker is a pronoun (a speaker named, then "She
# said ...", then '"…," she said.'); further back, another person may have come between.
PRONOUN_BACK = 2
AROUND = 400  # the characters read around an attribution verb for its speaker: a speaker
# phrase of PHRASE_WORDS words and an aside of APPOSITIVE characters fit in them many times over,
# and a sentence without punctuation (a page's text run together) costs what its verbs cost
APPOSITIVE = 80  # the most characters of an aside between a speaker and the verb ("Ruiz, the
# fire chief, said"): a noun phrase, not a clause
CANDIDATES = 50  # the most quotations compared with one for containment under one key: bounds
# the cost when many quotations share their first words
# A partial quotation (a few words quoted in the reporter's clause, Quotation.partial) reports a
# longer quotation of the same person's that holds it when it has at least this many words
# ("truly sorry", "full responsibility"): a single word ("the offer was “fair”") is a label that
# one person's long statement holds by chance as often as not.
PARTIAL_WORDS = 2
# The most words of a title after "the" that stands for someone named before ("the mayor",
# "the foreign minister", _Article.bearer); a longer phrase is a body ("the Port Authority").
TITLE_WORDS = 2
_REFERRING = ("pronoun", "title")  # speakers that stand for someone named before
KEY_WORDS = 4  # a quotation is looked up by its first words: one contained in another shares
# them with it; fewer words than SHORT are matched whole only (short phrases recur by chance)
# Two outlets' transcriptions of one thing a person said differ by a word or two in ten ("gonna"
# for "going to", a word dropped or heard differently), a light edit or a close translation by
# three in twelve ("our customers who will pay the price" for "our passengers who are paying
# the price"): the words of the shorter, in order, make at least this share of it in the
# longer. Another statement of the same person shares far fewer, and so does a translation of
# it in other words. At 0.8 the quotations listed at 8 sentences held ten such pairs twice in
# the blind sets of the forty-fourth session, and two in the written sets.
SAME_WORDING = 0.75

# Words that attribute what is quoted, by language; the other languages have none (no quotes).
VERBS = {
    "english": "said says say told tells added adds wrote writes stated states explained "
               "explains noted notes asked asks replied replies warned warns argued argues "
               "insisted insists continued continues declared declares announced announces "
               "commented comments reacted recalled recalls acknowledged acknowledges conceded "
               "concedes claimed claims posted tweeted confirmed confirms responded responds "
               "remarked observed stressed stresses emphasised emphasized urged urges predicted "
               "cautioned testified admitted admits reported reports called calls described "
               "describes fumed raged sobbed wept beamed muttered blasted gushed vowed pleaded "
               "boasted slammed",
    "french": "a dit a déclaré a affirmé a ajouté a expliqué a estimé a souligné a indiqué "
              "a raconté a confié a précisé a assuré a poursuivi a insisté a rappelé a témoigné "
              "dit déclare affirme ajoute explique estime souligne indique raconte confie "
              "précise assure poursuit insiste rappelle témoigne",
    "german": "sagte sagt erklärte erklärt betonte betont fügte schrieb schreibt berichtete "
              "berichtet meinte meint warnte warnt",
    "italian": "ha detto ha dichiarato ha affermato ha aggiunto ha spiegato ha sottolineato "
               "ha scritto ha raccontato ha precisato ha commentato dice dichiara afferma "
               "aggiunge spiega sottolinea racconta precisa commenta",
    "portuguese": "disse afirmou declarou acrescentou explicou escreveu sublinhou contou relatou "
                  "comentou destacou ressaltou diz afirma conta",
    "spanish": "dijo afirmó declaró añadió explicó señaló aseguró indicó advirtió escribió "
               "relató contó precisó subrayó comentó agregó apuntó "
               "ha dicho ha afirmado ha declarado dice afirma asegura relata cuenta",
    "swedish": "sade sa säger uppgav skriver skrev berättade förklarade berättar menar",
}
# Participles that attach a quotation to the subject of the clause before them ("Ruiz
# apologised, saying: “…”").
PARTICIPLES = {"english": "saying adding stating writing noting warning declaring explaining "
                          "insisting arguing telling"}
ACCORDING = {"english": "according to", "french": "selon", "german": "laut",
             "italian": "secondo", "portuguese": "segundo", "spanish": "según",
             "swedish": "enligt"}
# Words between a speaker and the verb that say when or how, not who ("Ruiz has also said",
# "The Post further explains", "The spokeswoman has now posted").
_AUX = {"english": "has had have also later then previously earlier once would will further "
                   "again still too recently reportedly repeatedly publicly separately now "
                   "since already just",
        "french": "", "german": "auch", "italian": "anche", "portuguese": "também",
        "spanish": "también", "swedish": "också"}
PRONOUNS = {"english": {"he": "person", "she": "person", "they": "any"},
            "french": {"il": "person", "elle": "person"},
            "german": {"er": "person", "sie": "any"},
            "italian": {"lui": "person", "lei": "person"},
            "portuguese": {"ele": "person", "ela": "person"},
            "spanish": {"él": "person", "ella": "person"},
            "swedish": {"han": "person", "hon": "person"}}
# Words that tell a speaker's mood, by language: a tabloid opens its sentence with one before
# the name ("Furious Castellar hit back", "Fuming Pritchard said", "Beaming Dovan punched the
# air"), capitalised as the sentence's first word, where it reads as a first name. Before
# another capitalised word it is read as a role word, as "former" is. A list, not endings:
# "Irving" and "Sterling" are names. English only so far.
MOODS = {"english": frozenset("furious fuming seething livid angry raging outraged defiant "
                              "beaming delighted thrilled jubilant overjoyed proud relieved "
                              "tearful sobbing weeping grieving heartbroken devastated "
                              "distraught shocked stunned horrified terrified frightened "
                              "emotional anxious worried desperate bitter".split())}
# Lower-case words of a role that are also stop words ("former president Ana Ruiz").
_ROLE_STOP = frozenset(["former", "then", "acting", "first", "new", "senior", "chief"])
_DETERMINERS = frozenset(["a", "an", "the", "one", "another", "its", "their", "his", "her"])
# Where a speaker phrase stops: what follows says when, where or who else ("Ruiz in a
# statement", "a spokesman who asked not to be named").
_CUT = frozenset("who whom whose which that in on during after before when while as to "
                 "speaking told said "
                 # the same words in the other languages quoted
                 "dans lors après avant pendant qui quand lorsque bei nach vor während als ai al "
                 "alla agli "
                 # to whom it was said: "sagte Sprecherin Ana Wimmer unserer Zeitung"
                 "gegenüber unserer unserem "
                 "en durante tras antes cuando quien em após quando durante dopo prima "
                 "i under efter före när som".split())
# Where a speaker phrase starts after a clause that announces the quotation ("Here is what
# Dennis Marwood, the chair, said:", "This is how Ana Ruiz put it:"): after the word that opens
# the clause of the speech.
_ANNOUNCING = frozenset(["what", "how"])
# Words that open a phrase of where or when, by language: a speaker phrase that opens with one
# names nobody there, though a name after a word of its role may follow ("explicou à APN o
# capitão Hugo Meneses"; «…», ha detto a margine di un convegno a Roma: nobody). English and
# Swedish set the subject first.
CIRCUMSTANCE = {
    "french": frozenset("à au aux en dans lors pendant après avant devant".split()),
    "german": frozenset("bei nach vor während in im am auf an".split()),
    "italian": frozenset("a al alla ai da in nel nella nei su per con tra fra durante dopo "
                         "prima".split()),
    "portuguese": frozenset("a ao aos à às em no na nos nas durante após com por".split()),
    "spanish": frozenset("a al en durante tras desde ante con por para".split()),
}
# The pronoun a subject left unsaid stands for, in the languages that leave it so: the verb
# alone after a quotation ("«…», reiteró.", "«…», ha detto a margine di un convegno") is the
# person's the sentence before names, as "she said" is.
UNSAID = {"italian": "lui", "portuguese": "ele", "spanish": "\u00e9l"}
# Words after a name that open the body it speaks for ("Nantan Josie of the Public Citizen Union")
_BODY_AFTER = ("of", "for", "at", "from")
# Words that open a phrase of time before a sentence's subject ("For months the Bank of
# Estovia had told …", "On Tuesday the minister said"): the speaker starts at the determiner
# after them. English only so far.
_TIME_OPENERS = frozenset("for on in at after before since during over until last this".split())
# The endings of a language's participles, which open an aside that says what someone was
# doing ("the minister, visiting Velmira on Monday, said"), not who they are (_name_in).
# English only so far.
PARTICIPLE_ENDS = {"english": ("ing", "ed")}
_HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame mr. mrs. ms. dr. prof.".split())
# What a document says is attributed to it: "the letter said".
DOCUMENTS = frozenset(
    "letter letters statement statements memo memorandum filing filings document documents "
    "report ruling order complaint lawsuit suit release post agreement papers email affidavit "
    "motion notice decision judgment opinion indictment petition".split())
# Those who speak for someone, after their name in the possessive ("Reade's family said"):
# the speaker is not the person named. Groups only: one relative or lawyer is named in an
# aside as often ("Ana Dovanic, Mirela's sister, said"), where the name is the speaker.
SPEAKING_FOR = frozenset(
    "family relatives parents children friends colleagues lawyers solicitors attorneys".split())
# What a body is called after its name: "the company said" is the company the sentence before
# has speak ("Pellworth says it will appeal").
BODIES = frozenset(
    "company firm group airline carrier bank lender insurer operator utility resort maker "
    "manufacturer retailer club agency ministry department council hospital university charity "
    "union party authority regulator".split())
_PARTICLES = frozenset("de del della da di du des van von der den la le bin al ibn".split())
# Words after which a run of capitalised words names a body, not a person ("a spokesman for
# Oldenmere Water Services", "the chief of the Harbor Police")
_BEFORE_BODY = _DETERMINERS | _PARTICLES | {"of", "for", "at", "from"}

_DOUBLE = "\"\u201c\u201d\u201e\u00ab\u00bb"  # " “ ” „ « »
_SINGLE = "\u2018\u2019"  # ‘ ’: quotation marks only in a line without double marks
_ANY_MARK = re.compile(f"[{_DOUBLE}{_SINGLE}]")
# a quotation needs one of these; Swedish opens and closes one with ” (”Vi hade tur”, sade
# hon.), which opens only where a mark may open (_flanking): before a word, after a space
_OPENING = re.compile("[\"\u201c\u201d\u201e\u00ab\u2018`]")
_OPEN_ONLY = "\u201e\u00ab\u2018"  # „ « ‘
_CLOSE_ONLY = "\u00bb\u2019"  # » ’
_SPACED = "\u00ab\u00bb\u201e"  # « » „ open or close by their shape alone (French sets a
# space inside guillemets)
_PAIRS = {"\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019",
          "\u201c": "\u201d\"", '"': "\"\u201d", "\u201d": "\u201d"}
_BEFORE_OPEN = " \u00a0([{\u2014\u2013-/"  # what may stand before an opening mark
_AFTER_CLOSE = " \u00a0.,;:!?)]}\u2014\u2013-\u2026"  # what may follow a closing mark
_TOKEN = re.compile(r"(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt)\.|"
                    r"[^\s,;:.!?()\[\]\"\u201c\u201d\u201e\u00ab\u00bb\u2014\u2013]+)")
_WORDS = re.compile(r"\w+")
_WORD = re.compile(r"\w")
_LETTER = re.compile(r"[^\W\d_]")
_CLAUSE = re.compile("[,;:(\"\u201c\u201d\u201e\u00ab\u00bb\u2018]")
_CONJUNCTION = re.compile(r"^\s*(?:and|but|so|as|while)\s+", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_LEADING = re.compile(r"^[\s,;:\u2014\u2013-]+")  # what stands between a closing mark and
# its attribution
_AFTER_POSSESSIVE = re.compile(r"(?<=['\u2019]s)\s+")  # a possessive ends a name
# a run of capitalised words, with particles inside it, as the article writes a full name
_RUN = re.compile(r"(?<![\w'\u2019.-])(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*)"
                  r"(?:\s+(?:(?:de|del|da|di|du|van|von|der|den|bin|al|ibn|of)\s+)?"
                  r"[A-Z\u00c0-\u00de][\w'\u2019.-]*)+")
# A sentence that opens with a name and an aside, then goes on in lower case ("Ana Petresk, 62,
# was asleep ...", "Tom Brandt, a retired teacher, hid ..."): the name is its main clause's
# subject, the aside a noun phrase of at most APPOSITIVE characters.
_NAME_ASIDE = re.compile(r"^((?:[A-Z\u00c0-\u00de][\w'\u2019.-]*\s+){1,4}"
                         rf"[A-Z\u00c0-\u00de][\w'\u2019.-]*), [^,]{{1,{APPOSITIVE}}}, (?=[a-z])")


@dataclass(frozen=True)
class Speaker:
    """Who a quotation is attributed to, as written: a name, a named body or role, a document
    or a pronoun (kind)."""

    text: str
    kind: str  # "name", "body", "document", "pronoun" or "title" ("the mayor")

    @property
    def key(self) -> str | None:
        """A name's surname by its first letters (specifics.name_keys: Krause and Kraus are
        one); None for what is not a person's name."""
        if self.kind != "name":
            return None
        last = self.text.split()[-1].lower()
        return next(iter(name_keys(frozenset([_possessive(last)]))))


@dataclass(frozen=True)
class Quotation:
    """One quotation as found: verbatim `text` in article `article` from sentence `index`;
    partial: a few words quoted inside the reporter's own clause, attributed there ("Ruiz
    said it was “the darkest day” for the town"), which only counts as a report of a longer
    quotation of that person's that holds them (merge), never as an item of its own."""

    article: str
    index: int
    text: str
    speaker: Speaker
    partial: bool = False


@dataclass(frozen=True)
class _Grammar:
    """The attribution words of one language, compiled."""

    verb: re.Pattern[str]  # an attribution verb anywhere
    verb_first: re.Pattern[str]  # "said " at the start of a text (`"…," said Ruiz`)
    subject_verb: re.Pattern[str]  # "Ruiz said" at the start of a text (`"…," Ruiz said`)
    aux_tail: re.Pattern[str]  # "has also" ending a text, before a verb
    aux: frozenset[str]  # the words of aux_tail (_AUX)
    according: re.Pattern[str]
    participle: re.Pattern[str]  # ", saying" ending a text
    pronouns: dict[str, str]
    stop: frozenset[str]
    named: bool  # whether capitals mark names (specifics.NAMED)
    moods: frozenset[str]  # the words of a speaker's mood (MOODS)
    participles: tuple[str, ...]  # the endings of its participles (PARTICIPLE_ENDS)
    circumstance: frozenset[str]  # CIRCUMSTANCE
    unsaid: str | None  # UNSAID


@cache
def _grammar(language: str) -> _Grammar | None:
    """The language's attribution grammar, None where no attribution words are known; made
    once a language (its patterns' text takes 0.1 ms to build, where a sentence's speakers
    take a tenth of that to read)."""
    if language not in VERBS:
        return None
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+")
                     for v in sorted(_verb_phrases(language), key=len, reverse=True))
    aux = "|".join(_AUX[language].split()) or "(?!)"
    return _Grammar(
        verb=re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])"),
        verb_first=re.compile(rf"(?:(?:{aux})\s+){{0,2}}(?:{verbs})\s+"),
        subject_verb=re.compile(
            rf"(?P<phrase>[^,;:!?]{{1,120}}?)(?:,(?P<aside>[^,;:]{{1,{APPOSITIVE}}}),)?"
            rf"\s+(?:(?:{aux})\s+){{0,2}}(?:{verbs})(?![\w-])"),
        aux_tail=re.compile(rf"(?:\s+(?:{aux}))+\s*$"),
        aux=frozenset(_AUX[language].split()),
        according=re.compile(rf"(?<!\w){ACCORDING[language]}\s+", re.IGNORECASE),
        participle=re.compile(
            rf",\s*(?:{'|'.join(PARTICIPLES.get(language, '').split()) or '(?!)'})(?![\w-])"),
        pronouns=PRONOUNS[language],
        stop=stop_words(language),
        named=language in NAMED,
        moods=MOODS.get(language, frozenset()),
        participles=PARTICIPLE_ENDS.get(language, ()),
        circumstance=CIRCUMSTANCE.get(language, frozenset()),
        unsaid=UNSAID.get(language))


def _verb_phrases(language: str) -> list[str]:
    """The attribution verbs of a language, "a déclaré" and "ha detto" as one phrase."""
    words = VERBS[language].split()
    phrases: list[str] = []
    for k, word in enumerate(words):
        if word in _PERFECT and k + 1 < len(words):
            continue  # the perfect's auxiliary joins the participle after it
        phrases.append(f"{words[k - 1]} {word}" if k and words[k - 1] in _PERFECT else word)
    return phrases


_PERFECT = frozenset(["a", "ha"])  # French "a déclaré", Italian "ha detto", Spanish "ha dicho"


# The words after "in" in a title ("Special Agent in Charge Nathan Greer", "Editor in Chief Ana
# Ruiz"): that "in" is part of the title, not the cut before where or how someone spoke (_CUT:
# `"…," said Ruiz in a statement`).
_IN_TITLES = frozenset(["charge", "chief"])


def _in_titles(tokens: list[str]) -> list[str]:
    """The tokens of a speaker phrase with each title that holds "in" as one token
    (_IN_TITLES): "Special", "Agent in Charge", "Nathan", "Greer"."""
    joined: list[str] = []
    for token in tokens:
        if (len(joined) > 1 and joined[-1] == "in" and token.lower() in _IN_TITLES
                and joined[-2][:1].isupper()):
            joined[-2:] = [f"{joined[-2]} in {token}"]
        else:
            joined.append(token)
    return joined


def _possessive(word: str) -> str:
    """A word without its possessive ending ("Ruiz's", "Ruiz’", "Ruiz's": Ruiz)."""
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(ending):
            return word[:-len(ending)]
    return word


def _is_name_token(token: str, g: _Grammar) -> bool:
    """A capitalised word that is not a stop word ("The", "But", "However"), or an initial."""
    if not token[:1].isupper():
        return False
    if _INITIALS.fullmatch(token):
        return True
    return _possessive(token).lower().rstrip(".") not in g.stop


def _mood_lowered(tokens: list[str], g: _Grammar) -> list[str]:
    """The tokens of a speaker phrase with a first word of mood (MOODS) before a name in lower
    case, so that it reads as a role word: "Furious Castellar" is Castellar."""
    if len(tokens) > 1 and tokens[0].lower() in g.moods and _is_name_token(tokens[1], g):
        return [tokens[0].lower(), *tokens[1:]]
    return tokens


def _is_role_word(token: str, g: _Grammar) -> bool:
    """A lower-case word of a role before a name ("attorney", "former")."""
    return (token.islower() and token not in _DETERMINERS
            and (token not in g.stop or token in _ROLE_STOP))


def parse_speaker(phrase: str, g: _Grammar) -> Speaker | None:
    """The speaker a phrase names, or None when it names nobody in particular.

    A pronoun; a name: up to ROLE_WORDS lower-case role words, then a run of capitalised words
    ("immigration attorney Ana Delgado": Ana Delgado), which may be followed by the body it
    speaks for ("Nantan Josie of the Public Citizen Union": Nantan Josie), or a run after a
    role ("White House press secretary Ana Ruiz": Ana Ruiz), or after a one-word title and the
    body it heads (_office_holder: "Secretary of State Marco Rubio"); a document ("the
    letter"); a body or role that names something ("a spokesman for the Treasury"). Not "the
    fire chief" or "a resident": they name nobody. Not two people ("Ruiz and Hale"). Words
    after it that say when or how (_AUX: `"…," said Ruiz later`) are no part of it.
    """
    tokens = _TOKEN.findall(phrase)
    if tokens and tokens[0] in g.circumstance:
        # where or when it was said, then perhaps who, after a word of their role or a number
        # that ends an outlet's name: "explicou à APN o capitão Hugo Meneses", "ha dicho a
        # Telecanal 24 Javier Olmedo"; not "ha detto a margine di un convegno a Roma",
        # "afirmou ao fim da tarde o comandante da Grande Lisboa"
        return next((found for k in range(1, len(tokens) - 1)
                     if (tokens[k].islower() and tokens[k] not in g.stop
                         or tokens[k].isdigit())
                     and (found := parse_speaker(" ".join(tokens[k + 1:]), g)) is not None
                     and found.kind == "name" and " " in found.text), None)
    # a name, then the body it speaks for, however long that body's name and whatever it
    # joins ("Dr Tomás Echeverría of the Patagonian Institute of Glaciology in Punta Arenas",
    # "Ana Ruiz of the Growers and Orchard Owners Association"); not a title of one word
    # ("Secretary of State Ana Moreau")
    named = next((k for k, t in enumerate(tokens)
                  if not (_is_name_token(t, g) or _is_role_word(t, g))), len(tokens))
    if (len(tokens) > PHRASE_WORDS or "and" in tokens) and 2 <= named < PHRASE_WORDS \
            and tokens[named] in _BODY_AFTER:
        tokens = tokens[:named]
    if not tokens or len(tokens) > PHRASE_WORDS:
        return None
    tokens = _in_titles(tokens)
    if len(tokens) == 1 and tokens[0].lower() in g.pronouns:
        return Speaker(tokens[0], "pronoun")
    if g.named and tokens[0].lower() in _TIME_OPENERS:  # "For months the Bank of …"
        tokens = tokens[_subject_start(tokens, g):]
    tokens = tokens[next((k + 1 for k, t in enumerate(tokens[:-1]) if k and t in _ANNOUNCING),
                         0):]
    tokens = tokens[:next((k for k, t in enumerate(tokens) if k and t in _CUT), len(tokens))]
    tokens = tokens[:_told_to(tokens, g)]
    while len(tokens) > 1 and tokens[-1] in g.aux:  # when or how: `"…," said Ruiz later`
        tokens.pop()
    tokens = _mood_lowered(tokens, g)
    if g.named:  # a verb in the past tense after a full name ends the subject: "Stefan Vael
        # apologised (to passengers and said …)"
        tokens = tokens[:next((k for k in range(2, len(tokens)) if tokens[k].endswith("ed")
                               and tokens[k].islower() and _is_name_token(tokens[k - 1], g)
                               and _is_name_token(tokens[k - 2], g)), len(tokens))]
    if "and" in tokens:
        return None
    # someone's family or lawyer, speaking for them: "Reade's family said" is not Reade
    if (1 < len(tokens) <= 3 and tokens[0][:1].isupper() and tokens[0] != _possessive(tokens[0])
            and tokens[-1] in SPEAKING_FOR and all(t.islower() for t in tokens[1:])):
        return Speaker(" ".join(tokens), "body")
    # a body's or a place's, then the person: "The Civic Party's Ruth Calloway", "Britain's
    # Prime Minister Ada Moreau" (Ruth Calloway, Prime Minister Ada Moreau)
    owner = next((k for k in range(len(tokens) - 2, 0, -1)
                  if tokens[k - 1].endswith(("'s", "\u2019s"))), None) if g.named else None
    if owner is not None and all(_is_name_token(t, g) and t.lower() not in BODIES
                                 for t in tokens[owner:]):  # not "St Mary's Hospital Trust"
        tokens = tokens[owner:]
    holder = _office_holder(tokens, g)
    if holder is not None:
        return holder
    start = 0
    while start < min(ROLE_WORDS, len(tokens)) and _is_role_word(tokens[start], g):
        start += 1
    end = _run_end(tokens, start, g)
    rest = tokens[end:]
    if end > start and (not rest or rest[0] in _BODY_AFTER and g.named):
        return _name(tokens[start:end])
    # a run after a role, before the body it speaks for ("Opposition leader Dana Ruiz of the
    # Social Democrats", the role capitalised as the sentence's first word)
    head = tokens[:next((k for k, t in enumerate(tokens) if k and t in _BODY_AFTER),
                        len(tokens))]
    last = len(head)
    while last > 0 and _is_name_token(head[last - 1], g):
        last -= 1
    if 0 < last < len(head) and _is_role_word(head[last - 1], g):
        return _name(head[last:])
    if not g.named:
        return None
    # a role in a body, written out before the name as a close translation sets it: "the chief
    # of the fire service Anselm Drave", "the minister of the interior Mirko Dalvan" (not an
    # aside without its article: "Sofia Brandt, director of the rights group Open Line, said")
    tail = len(tokens)
    while tail > 0 and _is_name_token(tokens[tail - 1], g):
        tail -= 1
    if (len(tokens) - tail >= 2 and tokens[0].lower() in _DETERMINERS and "of" in tokens[:tail]
            and tokens[tail - 1].islower() and tokens[tail - 1] not in _BEFORE_BODY):
        return _name(tokens[tail:])
    text = " ".join(tokens)
    if tokens[0].lower() in _DETERMINERS and _possessive(tokens[-1].lower()) in DOCUMENTS:
        return Speaker(text, "document")
    if (tokens[0].lower() == "the" and 1 < len(tokens) <= TITLE_WORDS + 1
            and all(t.isalpha() and t.lower() not in g.stop for t in tokens[1:])
            and sum(t[:1].isupper() for t in tokens[1:]) <= 1):
        return Speaker(text, "title")  # "the mayor", "the Minister": someone named before
    if any(_is_name_token(t, g) for t in tokens[1:]) and (
            tokens[0].lower() in _DETERMINERS or tokens[0][:1].isupper()):
        return Speaker(text, "body")
    return None


def _told_to(tokens: list[str], g: _Grammar) -> int:
    """Where a speaker phrase that opens with a name ends before a phrase of where, when or to
    whom it was said, all in lower case ("Medina a los periodistas", "Rossi ai cronisti",
    "Dupont à la presse": Medina, Rossi, Dupont; CIRCUMSTANCE). A word of it before a capital
    may be part of a body's name ("Ministerio para la Transición Ecológica"), so it stays,
    where capitals mark names (German capitalises its nouns: "Weber am Montag")."""
    for k in range(1, len(tokens) - 1):
        if not _is_name_token(tokens[k - 1], g):
            break
        if tokens[k] in g.circumstance and (not g.named or all(t.islower()
                                                               for t in tokens[k + 1:])):
            return k
    return len(tokens)


def _subject_start(tokens: list[str], g: _Grammar) -> int:
    """Where the subject starts after a phrase of time (_TIME_OPENERS): at the last
    determiner that a name follows ("In a statement the Interior Ministry", "At the hearing
    his lawyer Tom Reyes"), else at the first ("On Tuesday the head of the agency"); at the
    start where there is none."""
    determiners = [k for k in range(1, len(tokens)) if tokens[k].lower() in _DETERMINERS]
    named = [k for k in determiners if any(_is_name_token(t, g) for t in tokens[k + 1:])]
    return (named or determiners or [0])[-1 if named else 0]


def _office_holder(tokens: list[str], g: _Grammar) -> Speaker | None:
    """The holder of an office written as a one-word title, "of" or "for", the body and then
    the name, all capitalised ("Secretary of State Marco Rubio", "The Minister of Culture Edvin
    Rask"): the title and the name, as "Trade Minister Irena Duvall" is kept whole. A person is
    named by two words or more, so one word before "of" is a title, not a name: the name after
    the body, of two words at least, leaves the body one at least."""
    head = 1 if tokens[0].lower() in _DETERMINERS else 0
    if (g.named and len(tokens) - head >= 5 and tokens[head + 1] in ("of", "for")
            and _is_name_token(tokens[head], g) and _is_name_token(tokens[-1], g)
            and all(_is_name_token(t, g) or t in _PARTICLES for t in tokens[head + 2:])):
        return _name(tokens[head:])
    return None


def _run_end(tokens: list[str], start: int, g: _Grammar) -> int:
    """Where the run of name tokens from `start` ends; particles inside it ("Ursula von der
    Leyen") belong to it."""
    end = start
    while end < len(tokens):
        if _is_name_token(tokens[end], g):
            end += 1
            continue
        ahead = end
        while ahead < len(tokens) and tokens[ahead] in _PARTICLES:
            ahead += 1
        if end == start or ahead == end or ahead == len(tokens) \
                or not _is_name_token(tokens[ahead], g):
            break
        end = ahead
    return end


def _name(tokens: list[str]) -> Speaker:
    return Speaker(" ".join([*tokens[:-1], _possessive(tokens[-1])]), "name")


def _forward_phrase(text: str) -> str:
    """The noun phrase at the start of text: its first PHRASE_WORDS words before clause
    punctuation or a quotation mark (a period is no word: the text ends with its sentence)."""
    clause = re.split(r"[,;:!?()\u2014\u2013\"\u201c\u201d\u201e\u00ab\u00bb]", text,
                      maxsplit=1)[0]
    return " ".join(_TOKEN.findall(clause)[:PHRASE_WORDS])


def _clause_end(head: str) -> str:
    """The clause ending `head`: after its last comma, colon, bracket or quotation mark,
    without a leading conjunction."""
    clause = _CLAUSE.split(head)[-1]
    return _CONJUNCTION.sub("", clause).strip()


def backward_speaker(head: str, g: _Grammar) -> Speaker | None:
    """The speaker ending `head` (the text before an attribution verb): the clause before
    the verb, or, when an aside between commas stands before the verb ("Ruiz, the fire
    chief, said"; "Ryan Lamb, fire chief of Cape Coral, Florida, said"), the clause before
    the aside: its commas are tried from the last back, the aside at most APPOSITIVE
    characters long; a title before an aside that says what someone was doing is the title of
    the person named before it (_doing: "Goran Lisac, the interior minister, visiting Velmira on
    Monday, said")."""
    head = head.rstrip()
    if not head.endswith(","):
        return parse_speaker(_clause_end(head), g)
    commas = [k for k in range(len(head) - 2, max(len(head) - 2 - APPOSITIVE, -1), -1)
              if head[k] == ","]
    for k in commas:
        clause = _clause_end(head[:k])
        speaker = parse_speaker(clause, g)
        if clause.split(" ", 1)[0].lower() in _WHOSE and speaker is not None:
            # an aside about someone else, named in it: the speaker stands before it
            # ("Marta Kellin, 52, whose son Pavo, 24, was captured …, told": not Pavo)
            return backward_speaker(head[:head.rfind(clause, 0, k)], g)
        if speaker is None or speaker.kind == "title" and _doing(head[k + 1:-1], g):
            continue  # "the interior minister, visiting Velmira on Monday, said": named before
        # "The Minister of Health, Dr. Ruth Mbalaso, stated"
        return _holder(speaker, head[k + 1:-1], g)
    # a role, then the person's name aside: "Brekke's mayor, Ola Fjeld, said"
    return _name_in(head[commas[0] + 1:-1], g) if commas else None


# Words that open an aside about whoever holds a role in what it follows ("the party, whose
# leader, Erik Dahlgren, called ..."), in the languages quoted.
_WHOSE = frozenset("whose dont cuyo cuya cujo cuja deren dessen vars".split())


def _name_in(aside: str, g: _Grammar) -> Speaker | None:
    """The person an aside names ("the mayor, Ola Fjeld": Ola Fjeld; "The mediator, special
    envoy Samir Haddane,"), or None. An aside that opens with a participle says what someone
    was doing, not who they are ("the interior minister, visiting Velmira on Monday, said": not
    Velmira; PARTICIPLE_ENDS)."""
    if _doing(aside, g):
        return None
    speaker = parse_speaker(_forward_phrase(aside), g)
    return speaker if speaker is not None and speaker.kind == "name" else None


def _doing(aside: str, g: _Grammar) -> bool:
    """Whether an aside opens with a participle (PARTICIPLE_ENDS): it says what someone was
    doing ("visiting Velmira on Monday"), not who they are."""
    first = aside.strip().split(" ", 1)[0]
    return (bool(g.participles) and first.islower() and first.endswith(g.participles)
            and first not in _ROLE_STOP)


def _whose(aside: str, g: _Grammar) -> Speaker | None:
    """The person an aside about whoever holds a role names after it ("whose leader, Erik
    Dahlgren": Erik Dahlgren), who is the subject of the verb after the aside; or None."""
    words = aside.split()
    if not words or words[0].lower() not in _WHOSE or "," not in aside:
        return None
    return _name_in(aside.rpartition(",")[2], g)


def speaker_after(after: str, g: _Grammar) -> Speaker | None:
    """The speaker named right after a closing mark: `, Ruiz said`, `, said Ruiz`, `, Ruiz,
    the chief, told Reuters`, `, according to Ruiz`; `after` is the text up to the next
    quotation mark or the end of the sentence."""
    rest = _LEADING.sub("", after)
    according = g.according.match(rest)
    if according:
        return parse_speaker(_forward_phrase(rest[according.end():]), g)
    first = g.verb_first.match(rest)
    if first:  # "said the mayor, Ola Fjeld"
        phrase, _, aside = rest[first.end():].partition(",")
        named = _forward_phrase(phrase)
        found = _holder(parse_speaker(named, g), aside, g)
        opening = named.split(maxsplit=1)[:1]
        if found is None and g.unsaid is not None and (
                not opening or opening[0] in g.circumstance):
            return Speaker(g.unsaid, "pronoun")  # «…», ha detto a margine di un convegno
        return found
    subject = g.subject_verb.match(rest)
    if subject is None:
        return None
    return _holder(parse_speaker(subject.group("phrase"), g), subject.group("aside") or "", g)


def _holder(speaker: Speaker | None, aside: str, g: _Grammar) -> Speaker | None:
    """The speaker a phrase names, or the person the aside after it names where the phrase
    names nobody or an office ("the mayor, Ola Fjeld"; "the Rail Safety Office, Ivo Brandt"),
    or whom an aside about a role's holder names ("the party, whose leader, Erik Dahlgren,
    called": _whose)."""
    holder = _whose(aside, g)
    if holder is not None:
        return holder
    if speaker is not None and speaker.kind not in ("body", "title"):
        return speaker
    return (_name_in(aside, g) if aside else None) or speaker


def speaker_before(before: str, short: bool, g: _Grammar) -> Speaker | None:
    """The speaker of a quotation named before its opening mark: `Ruiz said: `, `According to
    Ruiz, `, `The memo says that the agencies `; `before` is the text since the previous
    quotation mark. A short quotation (fewer than SHORT words) counts only when nothing but a
    colon or comma stands between the verb and the mark: in the reporter's own clause it is a
    scare quote."""
    according = _last(g.according, before)
    if according is not None:
        phrase, comma, gap = before[according.end():].partition(",")
        if comma and _gap_ok(gap, short):
            return parse_speaker(phrase, g)
    verb = _last(g.verb, before)
    participle = _last(g.participle, before)
    if participle is not None and (verb is None or verb.start() < participle.start()):
        if not _gap_ok(before[participle.end():], short):
            return None
        return subject(before[:participle.start()], g)
    if verb is None and participle is None and before.rstrip().endswith(":") and not short:
        # a live page's label of who speaks ("13:05 - Paola Cerruti, Protezione civile: «…»"),
        # or a clause about someone that a colon ends: "Keller made a last appeal: “…”"
        return _label(before.rstrip()[:-1], g) or subject(before.rstrip()[:-1], g)
    if verb is None or not _gap_ok(before[verb.end():], short):
        return None
    return backward_speaker(g.aux_tail.sub("", before[:verb.start()]), g)


_STAMP = re.compile(r"^.*\s[-\u2013\u2014]\s")  # up to a live page's dash after its time
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")  # a bracketed aside: "(D-CA)", "(Compromiso Ciudadano)"


def _label(clause: str, g: _Grammar) -> Speaker | None:
    """The person a live page's label before a colon names, after its time stamp: a name and,
    after a comma, their role or body ("Paola Cerruti, Protezione civile", "Helena
    Vasconcelos, presidente da Câmara Municipal de Lisboa", "Andrés Pizarro (Compromiso
    Ciudadano), muy escueto"), or lower-case words of a role before the name ("Returning
    officer Margaret Hollins"). A label without either ("Key Events", "UPDATE") names no one;
    nor does one in German, which capitalises its nouns."""
    if not g.named:
        return None
    head, comma, role = _STAMP.sub("", clause).partition(",")
    head, party = _ASIDE.subn("", head)  # a party or body in brackets is a role too
    tokens = _TOKEN.findall(head)
    names = [t for t in tokens if _is_name_token(t, g)]
    if (len(names) < 2 or len(tokens) + len(_TOKEN.findall(role)) > PHRASE_WORDS
            or any(t.isupper() and len(t) > 1 for t in names)
            or not all(_is_name_token(t, g) or _is_role_word(t, g) for t in tokens)
            or not (party or comma and role.strip() or any(_is_role_word(t, g) for t in tokens))):
        return None
    if len(tokens) > 2 and not any(_is_role_word(t, g) for t in tokens):
        # a post may open on a word of its own ("Habla Álvaro Quintanilla, portavoz del
        # SFS:"): the name's last two words, which the set's fuller form of it holds
        head = " ".join(tokens[-2:])
    speaker = parse_speaker(head, g)
    return speaker if speaker is not None and speaker.kind == "name" else None


def subject(clause: str, g: _Grammar) -> Speaker | None:
    """The speaker a clause is about when it starts with a name or a pronoun and goes on
    in lower case ("Jeju Air President Kim E-bae apologised": Kim E-bae, his title kept), the
    clause after the last comma, bracketed asides ("(D-CA)") left out."""
    clause = _ASIDE.sub("", clause)
    clause = re.split(r"[,;:\"\u201c\u201d\u201e\u00ab\u00bb]", clause)[-1]
    tokens = _TOKEN.findall(clause)
    if not tokens or len(tokens) > PHRASE_WORDS + GAP_WORDS:
        return None
    if tokens[0].lower() in g.pronouns and len(tokens) > 1 and tokens[1].islower():
        return Speaker(tokens[0], "pronoun")
    # a body's or a place's person: "Carrow Valley Water's chief executive Graham Pell" (not
    # a thing of someone's: "Melanie Krause's resignation" is hers)
    owner = next((k + 1 for k in range(len(tokens) - 1)
                  if _possessive(tokens[k]) != tokens[k] and _is_name_token(tokens[k], g)
                  and any(_is_name_token(t, g) for t in tokens[k + 1:])), 0)
    tokens = _mood_lowered(tokens[owner:], g)
    start = 0
    while start < min(ROLE_WORDS, len(tokens)) and _is_role_word(tokens[start], g):
        start += 1
    end = _run_end(tokens, start, g)
    if start == end or end - start > PHRASE_WORDS or end == len(tokens) \
            or not all(t.islower() for t in tokens[end:]) or tokens[end] in _PARTICLES:
        return None
    return _name(tokens[start:end])


_JOINING = frozenset(["and", "or", "nor", "&"])  # words that join a second subject to a first


def opening_subject(text: str, g: _Grammar,
                    known: Callable[[str], bool] | None = None) -> Speaker | None:
    """The name or pronoun a sentence's main clause opens with, when a word in lower case
    follows it: in the sentence itself ("Priya Rendell hid with eight customers ...", "She
    said ...") or after its opening phrase and comma ("At a press conference, Chief Ana Ruiz
    identified the suspect ..."). A pronoun in the next sentence is most often that person. A
    name here is one of two words or more, or one that `known` says is a person's (a surname
    whose full name the article gave before: "Rendell hid ..."): a sentence's first word is
    capitalised whatever it is ("Shop worker Priya Rendell hid ...", "Police said ..."). An
    aside after an opening name is passed over ("Ana Petresk, 62, was asleep ...":
    _NAME_ASIDE)."""
    for clause in (text, text.partition(", ")[2]):
        aside = _NAME_ASIDE.match(clause)
        if aside:
            clause = f"{aside.group(1)} {clause[aside.end():]}"
        words = clause.split()
        # not a role after a body's name that a name follows ("Carrow Valley Water's chief
        # executive Graham Pell has apologised"), though a thing of someone's is theirs
        # ("Melanie Krause's resignation came swiftly")
        verb = next((i for i in range(1, len(words))
                     if words[i].islower() and words[i - 1][:1].isupper()
                     and not (_possessive(words[i - 1]) != words[i - 1]
                              and any(w[:1].isupper() for w in words[i:i + ROLE_WORDS + 1]))),
                    None)
        if verb is None or words[verb] in _JOINING:
            continue  # "Ada Moreau and Tom Brandt inspected ...": two people, or none
        found = subject(" ".join(words[:verb + 1]), g)
        if found is not None and (found.kind == "pronoun" or len(found.text.split()) > 1
                                  or known is not None and known(found.text)):
            return found
    return None


def _attributed_at_end(text: str, g: _Grammar) -> bool:
    """Whether a sentence ends with an attribution after a comma to someone it names with a
    word that is not a stop word ("…, the family said in a statement", "…, officials said"):
    its words are theirs, whoever it opens with. A relative clause ("…, who declared a state
    of emergency") attributes nothing."""
    _, comma, tail = text.rpartition(",")
    found = g.subject_verb.match(tail) if comma else None
    return found is not None and any(word.lower() not in g.stop
                                     for word in _TOKEN.findall(found.group("phrase")))


def ends_attributed(text: str, language: str) -> bool:
    """Whether a sentence ends with an attribution after its last comma to someone it names:
    a speaker of up to PHRASE_WORDS words before the verb ("…, the mayor said", "…, the family
    said in a statement": up to AFTER_VERB words after it) or after it ("…, säger rektor Eva
    Sjödin", "…, said Mayor Ana Ruiz"). Its words are the speaker's, and its "we" and "our"
    theirs, as inside quotation marks (Swedish news writes a quotation so). Not a pronoun
    ("…, he said"), nor a clause that goes on ("…, and I will repay any sum wrongly claimed");
    none in a language whose attributions are not read."""
    g = _grammar(language)
    _, comma, tail = text.rpartition(",")
    if g is None or not comma:
        return False
    tail = tail.strip()
    found = g.subject_verb.match(tail)
    if found is not None:
        speaker, rest = _TOKEN.findall(found.group("phrase")), _TOKEN.findall(tail[found.end():])
    else:
        found = g.verb_first.match(tail)
        speaker, rest = (_TOKEN.findall(tail[found.end():]), []) if found else ([], [])
    return (len(speaker) <= PHRASE_WORDS and len(rest) <= AFTER_VERB
            and any(word.lower() not in g.stop for word in speaker)
            and speaker[0].lower() not in AND.get(language, "").split())


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of a pattern in a text."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007 (the loop keeps the last)
        pass
    return last


def _gap_ok(gap: str, short: bool) -> bool:
    """Whether the text between an attribution and an opening mark lets the attribution
    introduce the quotation: a colon or comma, or (for a quotation of SHORT words or more)
    one reported clause of at most GAP_WORDS words, without "and" or "but" (which start
    another clause, maybe another speaker's)."""
    gap = gap.strip()
    if gap in ("", ":", ","):
        return True
    body = gap.removesuffix(":").removesuffix(",")
    return (not short and not re.search(r"[,;:.!?]", body)
            and not re.search(r"\b(?:and|but)\b", body)
            and len(body.split()) <= GAP_WORDS)


def speakers_in(text: str, g: _Grammar) -> list[Speaker]:
    """Every speaker a sentence names with an attribution verb outside quotation marks ("Ruiz
    said the fire was out"; "“…,” Ruiz said"), pronouns and titles aside (_REFERRING)."""
    for start, end in reversed(spans(text)):
        text = text[:start] + "\u2026" + text[end:]  # what is quoted says nothing of who speaks
    found: list[Speaker] = []
    for verb in g.verb.finditer(text):
        head = g.aux_tail.sub("", text[max(0, verb.start() - AROUND):verb.start()])
        candidate = backward_speaker(head, g)
        if candidate is None and re.search(r"[,\"\u201d\u00bb]\s*$", head):
            candidate = parse_speaker(_forward_phrase(text[verb.end():verb.end() + AROUND]), g)
        if candidate is not None and candidate.kind not in _REFERRING:
            found.append(candidate)
    for according in g.according.finditer(text):
        candidate = parse_speaker(
            _forward_phrase(text[according.end():according.end() + AROUND]), g)
        if candidate is not None and candidate.kind not in _REFERRING:
            found.append(candidate)
    return found


def voices(text: str, language: str) -> frozenset[str]:
    """The people a sentence reports as speaking, outside quotation marks ("Minister Yelena
    Dostal said the president had pardoned them", "“…,” Dostal said"), as name keys
    (Speaker.key) that the sentence's names hold too (specifics.names: a capital inside the
    sentence, not "Police said ..."): bodies, roles and pronouns aside; none in a language
    whose attributions are not read."""
    g = _grammar(language)
    if g is None:
        return frozenset()
    keys = frozenset(key for key in (s.key for s in speakers_in(text, g)) if key is not None)
    return keys & name_keys(names(text, language)) if keys else keys


def surnamed(text: str, language: str) -> frozenset[str]:
    """The speakers a sentence reports by one word of their name alone ("“…,” Hollins said.",
    "…, ha declarado Medina a los periodistas."): a reader who meets it out of its article
    knows them only if another sentence names them in full (in_full); none in a language whose
    attributions are not read."""
    g = _grammar(language)
    if g is None:
        return frozenset()
    return frozenset(s.text for s in speakers_in(text, g)
                     if s.kind == "name" and " " not in s.text and not s.text.isupper())


def in_full(text: str, name: str, language: str) -> bool:
    """Whether a text names someone known by one word of their name (surnamed) with a word of
    their name or role before it ("Margaret Hollins", "Returning Officer Hollins", "Ignacio
    de Medina"; not "The Hollins")."""
    g = _grammar(language)
    return g is not None and any(
        _is_name_token(found.group(1), g) for found in re.finditer(
            rf"([A-Z\u00c0-\u00de][\w.'\u2019-]*)\s+(?:(?:{'|'.join(_PARTICLES)})\s+)?"
            rf"{re.escape(name)}(?![\w'\u2019-])", text))


def voiced(text: str, language: str) -> frozenset[str]:
    """The name keys of the people a sentence reports as speaking (speakers_in), of their whole
    names ("Detective Superintendent Claire Ashworth has confirmed …": Claire Ashworth): who
    gave a count, not where it was counted; none in a language whose attributions are not
    read."""
    g = _grammar(language)
    if g is None:
        return frozenset()
    return frozenset().union(*(name_keys(names(s.text, language))
                               for s in speakers_in(text, g) if s.kind == "name"))


def _flanking(text: str, at: int) -> tuple[bool, bool]:
    """(can open, can close) for the quotation mark at `at`: an opening mark stands before
    a word, after a space or the start; a closing mark after a word, before a space,
    punctuation or the end."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    can_open = not after.isspace() and (before in _BEFORE_OPEN or before in _DOUBLE)
    can_close = not before.isspace() and (after in _AFTER_CLOSE or after in _DOUBLE)
    return can_open, can_close


def _marks_of(text: str) -> str:
    """The quotation marks a line uses: double ones, else single curly ones."""
    return _DOUBLE if any(ch in text for ch in _DOUBLE) else _SINGLE


def spans(text: str) -> list[tuple[int, int]]:
    """The quoted spans of a paragraph line, as (start, end) of the text between each pair of
    marks. Straight marks pair by where they stand; curly, low and angle marks by their
    shape. Single curly marks count only in a line without double marks, and a closing one
    only before a space or punctuation (not an apostrophe: "it’s"). An opening mark met while
    one is open restarts the quotation: the first was a stray."""
    return _read_marks(text)[0]


def quoted(text: str, at: int) -> bool:
    """Whether a place in a paragraph line is inside a quotation (_read_marks): between a pair
    of its marks, or after a mark that the line leaves open."""
    found, opened = _read_marks(text)
    return any(start <= at < end for start, end in found) or opened is not None and at >= opened


def _read_marks(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """The quoted spans of a paragraph line (spans), and where the text of a quotation starts
    that it leaves open at its end, if one."""
    marks = _marks_of(text)
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _ANY_MARK.finditer(text):
        mark, at = match.group(), match.start()
        if mark not in marks:
            continue
        can_open, can_close = _flanking(text, at)
        if mark in _SPACED:
            can_open, can_close = mark != "\u00bb", mark == "\u00bb"
        can_open &= mark not in _CLOSE_ONLY
        can_close &= mark not in _OPEN_ONLY
        if opened is not None and can_close and mark in _PAIRS[text[opened]]:
            found.append((opened + 1, at))
            opened = None
        elif can_open:
            opened = at
    return found, None if opened is None else opened + 1


def within(sentences: Sequence[Sentence]) -> set[tuple[str, int]]:
    """The sentences (article, index) that open inside a quotation that an earlier sentence
    of their paragraph line opened (_read_marks), its middle or its end, of articles' sentences
    in order (all of them, as split: a line's sentences are read together): `"The evidence
    shows a system. For three years, contracts were for sale. No one is above the law," the
    prosecutor said.` Out of its paragraph such a sentence is someone's words without the
    marks that say so, and reads as the outlet's own."""
    inside: set[tuple[str, int]] = set()
    for run in _paragraphs(sentences):
        # a sentence that closes what it opens holds its marks in pairs: only after one with
        # an odd number of them (or an apostrophe among them) is a line's next sentence read
        if len(run) > 1 and any(len(_ANY_MARK.findall(_curled(s.text))) % 2 for s in run[:-1]):
            starts = list(accumulate((len(s.text) + 1 for s in run[:-1]), initial=0))
            quoted, open_at = _read_marks(_curled(" ".join(s.text for s in run)))
            inside.update((s.article, s.index)
                          for s, start in zip(run[1:], starts[1:], strict=True)
                          if open_at is not None and start >= open_at
                          or any(a <= start < b for a, b in quoted))
    return inside


def answering(sentences: Sequence[Sentence]) -> set[tuple[str, int]]:
    """The sentences (article, index) that answer a question the sentence before them in their
    paragraph line asks, of articles' sentences in order: an explainer's "Who can get it? Right
    now, only adults between 18 and 60.", a columnist's "Why does it matter? Because …". Out
    of its paragraph the answer's question is lost (a question does not stand alone)."""
    return {(s.article, s.index) for run in _paragraphs(sentences)
            for before, s in zip(run[:-1], run[1:], strict=True)
            if before.text.rstrip().endswith("?")}


def mostly_quoted(text: str) -> bool:
    """Whether most of a sentence's characters are inside quotation marks (spans)."""
    return _ANY_MARK.search(text) is not None and 2 * sum(
        end - start for start, end in spans(text)) >= len(text)


def quoted_twice(rows: list[int], texts: Sequence[str]) -> list[tuple[int, int]]:
    """The pairs (earlier, later) of the brief's sentences (`rows`, in the order chosen) that
    quote the same words, one's quotation of SHORT words or more held whole in the other's
    ("“This should never have happened,” the chief executive said." and a live page's "The
    key line: “This should never have happened, and no customer will be left out of
    pocket.”"): one statement, which the brief gives once, as merge takes them for one
    quotation."""
    quoted = {row: [f" {words} " for start, end in spans(texts[row])
                    if len((words := _folded(texts[row][start:end])).split()) >= SHORT]
              for row in rows}
    return [(a, b) for i, a in enumerate(rows) for b in rows[i + 1:]
            if any(short in long for one, other in ((quoted[a], quoted[b]), (quoted[b], quoted[a]))
                   for short in one for long in other)]


def told_as_own(texts: Sequence[str], clusters: np.ndarray, quoted: np.ndarray,
                language: str) -> np.ndarray:
    """Which sentences (n,) tell someone's words as the reporter's own: a sentence that
    neither quotes nor says who speaks (no attribution verb, no "according to"), whose fact
    (clusters: (n,) labels) the other sentences give mostly as quotations (quoted: (n,) bool,
    mostly_quoted), two of them at least: a translation's reported speech ("Half a region is
    however no mandate of a nation.", where the others quote the campaign's leader). Read out
    of its article it states an opinion as a fact; none in a language whose attributions are
    not read."""
    g = _grammar(language)
    out = np.zeros(len(texts), dtype=bool)
    if g is None or not len(texts):
        return out
    sizes = np.bincount(clusters)
    quoting = np.bincount(clusters, weights=quoted.astype(float))
    others = sizes[clusters] - 1.0  # the other sentences of each one's fact
    rows = np.flatnonzero(~quoted & (quoting[clusters] >= 2) & (2 * quoting[clusters] >= others))
    out[rows] = [_ANY_MARK.search(texts[r]) is None and g.verb.search(texts[r]) is None
                 and g.according.search(texts[r]) is None for r in rows.tolist()]
    return out


class _Article:
    """What the speaker rules need to know of one article's sentences: the full names it
    gives a surname and whether it writes a word in lower case (each looked up once, on first
    need, in the sentences that hold it), and the speakers each sentence's quotations have."""

    def __init__(self, sentences: dict[int, Sentence], g: _Grammar) -> None:
        self.sentences = sentences
        self.g = g
        self.quoted: dict[int, list[Speaker]] = {}  # speakers of each sentence's quotations
        self._full: dict[str, list[tuple[int, str]]] = {}
        self._lower: dict[str, bool] = {}

    def common_word(self, speaker: Speaker) -> bool:
        """Whether a one-word name is a common word the article also writes in lower case
        ("Officials said", "Police said" at the start of a sentence): no one's name."""
        if speaker.kind != "name" or " " in speaker.text:
            return False
        word = speaker.text.lower()
        if word not in self._lower:
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
            self._lower[word] = any(pattern.search(s.text) for s in self.sentences.values()
                                    if word in s.text)
        return self._lower[word]

    def full_names(self, surname: str) -> list[tuple[int, str]]:
        """[(sentence index, full name as written), …] for the runs of capitalised words of
        the article that end with `surname` (or start with it: some write the surname first,
        "Lee Jung-hyun" is Mr Lee) and are more than an honorific and a surname."""
        if surname not in self._full:
            self._full[surname] = [
                (index, full) for index, s in sorted(self.sentences.items())
                if surname in s.text for whole in _RUN.findall(s.text)
                # a possessive ends a name: "Prime Minister Erik Sand's Social Democrats"
                for run in _AFTER_POSSESSIVE.split(whole) if surname in run
                # "Secretary of State Marco Rubio" is a full name, and so is its tail; "the
                # National Party of Prime Minister Jon Adler" is a body, of whom its tail is
                for piece in [*_titled(run), *run.split(" of ")]
                if (full := self._full_name(piece.split(), surname))]
        return self._full[surname]

    def _full_name(self, words: list[str], surname: str) -> str:
        """A run of capitalised words as a full name for `surname`, leading stop words ("The")
        dropped, and a word of mood ("Furious Marsh"); empty when it is not one."""
        words = _mood_lowered(words, self.g)
        while words and not _is_name_token(words[0], self.g):
            words = words[1:]
        named = [w for w in words if w.lower() not in _HONORIFICS]
        if len(named) < 2:
            return ""
        words[-1] = _possessive(words[-1].rstrip("."))
        return " ".join(words) if surname in (words[-1], named[0]) else ""

    def fullest(self, speaker: Speaker, index: int) -> Speaker:
        """A surname ("Ruiz", "Ms Ruiz") as the full name the article gave for it up to
        sentence `index`, when all the full names it gave for that surname are one person's
        (each part of the longest: "Ana Ruiz", "Fire Chief Ana Ruiz"); else as written."""
        words = speaker.text.split()
        if speaker.kind != "name" or len([w for w in words
                                          if w.lower() not in _HONORIFICS]) != 1:
            return speaker
        earlier = [full for at, full in self.full_names(words[-1]) if at <= index]
        if not earlier:
            return speaker
        longest = max(earlier, key=len)
        if all(full in longest for full in earlier):
            return Speaker(longest, "name")
        return speaker

    def previous_speaker(self, index: int, want: str, back: int = PRONOUN_BACK) -> Speaker | None:
        """The one speaker sentence `index - 1` names (a person when `want` is "person"); where
        it names none with an attribution verb, the person its main clause opens with
        (opening_subject: "Priya Rendell hid with eight customers ...", or "Rendell hid ..."
        once the article gave her full name) when it attributes nothing to anyone else
        ("Rendell died peacefully, the family said": the family speaks, though it names
        nobody in particular), or, where that is a pronoun ("She said investigators had found
        no link"), the speaker of the sentence before it, `back` sentences back at most. None
        when it names none or several or is not in the pool."""
        before = self.sentences.get(index - 1)
        if before is None:
            return None
        named = self.quoted.get(index - 1, []) + speakers_in(before.text, self.g)
        if not named:
            opening = opening_subject(before.text, self.g, lambda name: " " in self.fullest(
                Speaker(name, "name"), index - 1).text)
            if opening is not None and opening.kind == "pronoun":
                return self.previous_speaker(index - 1, want, back - 1) if back > 1 else None
            named = ([] if opening is None or _attributed_at_end(before.text, self.g)
                     else [opening])
        named = [self.fullest(s, index - 1) for s in named]
        distinct = {s.key or s.text.lower(): s for s in named}
        if len(distinct) != 1:
            return None
        (only,) = distinct.values()
        return only if want == "any" or only.kind == "name" else None

    def bearer(self, index: int, title: Speaker) -> Speaker | None:
        """Who a title a quotation of sentence `index` is attributed to stands for ("…," the
        mayor said): the one person the sentence before names (previous_speaker), when the
        title's words are words of their name as the article wrote it ("Mayor Piotr Halas",
        "Foreign Minister Lena Varro" for "the foreign minister"); else, for a body called by
        what it is (BODIES, in lower case: "the company", "the Cortavian club"), the one speaker
        the sentence before names, a body or a name ("Pellworth says it will appeal. “…,” the
        company said in a statement": a name may be a company's, and a person the sentence
        before has speak speaks for the body); else, for a capitalised title ("the Minister",
        "the Foreign Ministry"), the title as a body; else nobody."""
        speaker = self.previous_speaker(index, "any")
        words = title.text.lower().split()[1:]
        if (speaker is not None and speaker.kind == "name"
                and set(words) <= set(speaker.text.lower().split())):
            return speaker
        described = title.text.split()[-1].islower() and words[-1] in BODIES
        if described and speaker is not None and speaker.kind in ("body", "name"):
            return speaker
        if any(w[:1].isupper() for w in title.text.split()[1:]):
            return Speaker(title.text, "body")
        return None

    def resolved(self, speaker: Speaker | None, index: int) -> Speaker | None:
        """The speaker of a quotation of sentence `index` as the article names them: a
        pronoun, a document or a title as whom it stands for, a surname as the full name given
        before (fullest); None where nobody is found, or for a name that is a common word."""
        if speaker is not None and speaker.kind == "pronoun":
            speaker = self.previous_speaker(index, self.g.pronouns[speaker.text.lower()])
        elif speaker is not None and speaker.kind == "document":
            speaker = self.author(index, speaker)
        elif speaker is not None and speaker.kind == "title":
            speaker = self.bearer(index, speaker)
        if speaker is None or self.common_word(speaker):
            return None
        return self.fullest(speaker, index)

    def author(self, index: int, document: Speaker) -> Speaker:
        """Who issued "the" document a quotation of sentence `index` is attributed to ("…,"
        the statement said): the one speaker of the nearest sentence before that names the
        document ("The agency said in a statement on Tuesday that …"), PRONOUN_BACK sentences
        back at most; else the document as written."""
        words = document.text.lower().split()
        if words[0] != "the":
            return document
        for back in range(1, PRONOUN_BACK + 1):
            before = self.sentences.get(index - back)
            if before is None:
                break
            if _possessive(words[-1]) in before.text.lower():
                issuer = self.previous_speaker(index - back + 1, "any", back=1)
                return (issuer if issuer is not None and issuer.kind in ("name", "body")
                        else document)
        return document


def _paragraphs(pool: Sequence[Sentence]) -> list[list[Sentence]]:
    """Runs of the pool's sentences that stand one after the other in one paragraph line."""
    runs: list[list[Sentence]] = []
    for s in pool:
        last = runs[-1][-1] if runs else None
        if last and last.article == s.article and last.line == s.line \
                and last.index + 1 == s.index:
            runs[-1].append(s)
        else:
            runs.append([s])
    return runs


def find_quotations(pool: Sequence[Sentence], language: str) -> list[Quotation]:
    """Every quotation of the pool's sentences (in article order, as pipeline.run pools them)
    whose speaker is found, in order."""
    g = _grammar(language)
    if g is None:
        return []
    articles: dict[str, _Article] = {}
    for s in pool:
        if s.article not in articles:
            articles[s.article] = _Article({}, g)
        articles[s.article].sentences[s.index] = s
    found: list[Quotation] = []
    left: _Open | None = None  # a quotation left open at the end of the paragraph line before
    for run in _paragraphs(pool):
        quoted: list[Quotation] = []
        opened = None
        if any(_OPENING.search(s.text) for s in run):  # apostrophes quote nothing
            quoted, opened = _quotations_of(run, articles[run[0].article], g)
        # a quotation left open is the next line's speaker's when that line goes on with it,
        # else the speaker's its own line named before its mark, if any
        speaker = (quoted[0].speaker if left is not None and _continues(left, run, quoted)
                   else None if left is None else left.speaker)
        if left is not None and speaker is not None:
            found.append(Quotation(left.article, left.opens, left.text, speaker))
        found += quoted
        left = opened
    if left is not None and left.speaker is not None:
        found.append(Quotation(left.article, left.opens, left.text, left.speaker))
    return found


class _Open(NamedTuple):
    """A quotation a paragraph line leaves open at its end: its article, the sentence it opens
    in, its text, the line's last sentence, and its speaker where the line names one before
    its mark."""

    article: str
    opens: int
    text: str
    last: int
    speaker: Speaker | None


def _open_at_end(run: list[Sentence], start: int, speaker: Speaker | None) -> _Open | None:
    """The quotation a paragraph line (`run`) opens and leaves open at its end, its text from
    `start` in the line, over fewer than MAX_SPAN of its sentences, as news style leaves a
    quotation that goes on in the next paragraph (which opens with a quotation mark again);
    `speaker`: who the line says speaks it, if anyone."""
    verbatim = " ".join(s.text for s in run)
    starts = list(accumulate((len(s.text) + 1 for s in run[:-1]), initial=0))
    first = bisect_right(starts, start) - 1
    quoted = verbatim[start:].strip()
    if len(run) - first > MAX_SPAN - 1 or not _LETTER.search(quoted):
        return None
    return _Open(run[first].article, run[first].index, quoted, run[-1].index, speaker)


def _continues(left: _Open, run: list[Sentence], quoted: list[Quotation]) -> bool:
    """Whether the paragraph line `run` goes on with the quotation left open before it
    (_open_at_end): it is the next line of the same article, and it opens with a quotation
    (its first found, `quoted`, with its speaker) at its first character."""
    first = run[0]
    return (first.article == left.article and first.index == left.last + 1
            and bool(quoted) and quoted[0].index == first.index
            and _OPENING.match(first.text) is not None
            and _curled(first.text)[1:].lstrip().startswith(quoted[0].text))


def _curled(text: str) -> str:
    """The text with ``…'' (as the Penn Treebank and older newswire archives set “…”) written
    as curly marks, each beside a space: the same length, so that a span of the one is the
    same span of the other."""
    return text.replace("``", " \u201c").replace("''", "\u201d ") if "``" in text else text


def _quotations_of(run: list[Sentence], article: _Article,
                   g: _Grammar) -> tuple[list[Quotation], _Open | None]:
    """The attributed quotations of one paragraph line's sentences (`run`), and the quotation
    the line leaves open at its end, if one (_open_at_end), with the speaker named before its
    mark (`Castellane stated: “…`), if one."""
    verbatim = " ".join(s.text for s in run)
    text = _curled(verbatim)
    starts = [0]  # where each sentence starts in the text
    for s in run[:-1]:
        starts.append(starts[-1] + len(s.text) + 1)
    found: list[Quotation] = []
    used = _marks_of(text)
    marks = [m.start() for m in _ANY_MARK.finditer(text) if m.group() in used]
    quoted_spans, open_at = _read_marks(text)
    cut: int | None = None  # after the last quotation found, where a comma ended it
    for start, end in quoted_spans:
        joined, cut = cut, None
        first, last = bisect_right(starts, start) - 1, bisect_right(starts, end) - 1
        if last - first >= MAX_SPAN:
            continue
        # without white space at its ends nor the comma or colon that news style sets
        # inside the closing mark (`"We will rebuild," Ruiz said`)
        quoted = verbatim[start:end].strip().rstrip(",;:").rstrip()
        if not _LETTER.search(quoted):
            continue
        short = len(quoted.split()) < SHORT
        # the text of its sentences around it, up to the next or back to the previous mark
        after_mark = bisect_right(marks, end)
        after = text[end + 1:min(starts[last] + len(run[last].text),
                                 marks[after_mark] if after_mark < len(marks) else len(text))]
        before = _before(text, starts[first], marks, start)
        # a short quotation after words of the reporter's own is a scare quote or a title, and
        # so is one the reporter's sentence goes on after ('According to the BBC, "large
        # waves" have struck the islands')
        speaker = (speaker_after(after, g) if not short or not _WORD.search(before)
                   else None) or (speaker_before(before, short, g)
                                  if not short or not _WORD.search(after) else None)
        index = run[first].index
        # a few words quoted in the reporter's clause, after an attribution: a partial
        # quotation, read as a longer one's speaker is
        partial = speaker is None and short and len(quoted.split()) >= PARTIAL_WORDS
        if partial:
            speaker = speaker_before(before, False, g)
        if speaker is None and not short and _alone(before, after) and first > 0:
            previous = article.quoted.get(index - 1, [])
            if len({s.key or s.text.lower() for s in previous}) == 1:
                speaker = previous[0]  # a quotation continued in the same paragraph
        speaker = article.resolved(speaker, index)
        if (joined and found and (speaker is None or speaker == found[-1].speaker)
                and _interrupted(text[joined:start - 1], quoted)):
            # one quotation an attribution interrupts (“…,” she said, “and …”): the
            # attribution's speaker
            first_part = found.pop()
            quoted, index, speaker = (f"{first_part.text}, {quoted}", first_part.index,
                                      first_part.speaker)
            partial = False
        if speaker is None:
            continue
        if partial:
            if speaker.key is not None:  # a person's words: another outlet may quote them whole
                found.append(Quotation(run[first].article, index, quoted, speaker, True))
            continue
        article.quoted.setdefault(run[last].index, []).append(speaker)
        found.append(Quotation(run[first].article, index, quoted, speaker))
        # a comma inside the closing mark (English) or right after it (French, Spanish,
        # German: «…», a-t-il déclaré, «…»)
        cut = (end + 1 if verbatim[start:end].rstrip().endswith(",")
               or text[end + 1:end + 3].lstrip().startswith(",") else None)
    if open_at is None:
        return found, None
    first = bisect_right(starts, open_at) - 1
    before = _before(text, starts[first], marks, open_at)
    return found, _open_at_end(run, open_at, article.resolved(speaker_before(before, False, g),
                                                               run[first].index))


def _interrupted(gap: str, quoted: str) -> bool:
    """Whether a quotation goes on the one before it, which a comma ended, across an
    attribution (`gap`, between the two's marks) that a comma closes, within a sentence: “It
    means children can get back to learning,” she said, “and it means we can rebuild.”;
    «Nous reconstruirons», a déclaré le maire, «et nous serons plus forts». The quotation then
    opens in lower case."""
    return (quoted[:1].islower() and len(gap) <= APPOSITIVE and gap.rstrip().endswith(",")
            and re.search(r"[.!?;:]", gap) is None)


def _before(text: str, sentence: int, marks: list[int], start: int) -> str:
    """The text before a quotation whose words start at `start`: back to the previous
    quotation mark (`marks`: where each stands) or to the start of its sentence (at
    `sentence`), without the quotation's own opening mark."""
    before_mark = bisect_left(marks, start - 1)
    return text[max(sentence, marks[before_mark - 1] + 1 if before_mark else 0):start - 1]


def _titled(run: str) -> list[str]:
    """The run of capitalised words itself, as a full name, when it holds no "of" or one word
    before it: a title ("Secretary of State Marco Rubio", "Mayor of London Ada Moreau"); more
    words before it name a body ("National Party of Prime Minister Jon Adler")."""
    head, of, _ = run.partition(" of ")
    return [run] if not of or len([w for w in head.split()
                                   if w.lower() not in _DETERMINERS]) <= 1 else []


def _alone(before: str, after: str) -> bool:
    """Whether a quotation stands alone in its sentences: nothing but punctuation around."""
    return not _WORD.search(before) and not _WORD.search(after)


# "can't", "cannot", "won't", "don't": the verb, then "not" (CONTRACTED: verbs whose contracted
# form drops more than the "o")
_NEGATION = re.compile(r"\b(\w+?)(?:n['\u2019]t|(?<=\bcan)not)\b")
CONTRACTED = {"ca": "can", "wo": "will", "sha": "shall"}


def _not(negation: re.Match[str]) -> str:
    verb = negation.group(1)
    return f"{CONTRACTED.get(verb, verb)} not"


def _folded(text: str) -> str:
    """A quotation's words in lower case, one space apart: quote marks, case, punctuation and
    white space folded, and the negations outlets write one way or the other ("can't",
    "cannot", "can not"; "don't", "do not") written out."""
    return " ".join(_WORDS.findall(_NEGATION.sub(_not, text.casefold())))


def _compatible(first: Speaker, second: Speaker) -> bool:
    """Whether two speakers may be one: the same surname by its first letters, or either not a
    person's name (a body, a document)."""
    return first.key is None or second.key is None or first.key == second.key


def _one_wording(first: list[str], second: list[str]) -> bool:
    """Whether two quotations' words are one wording but for a word or two: the shorter's
    words found in order in the longer make SAME_WORDING of it (SequenceMatcher's blocks)."""
    short, long = sorted((first, second), key=len)
    if len(set(short) & set(long)) + len(short) - len(set(short)) < SAME_WORDING * len(short):
        return False  # fewer words in common than that, wherever they stand
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) >= SAME_WORDING * len(short)


def merge(found: Sequence[Quotation]) -> list[list[int]]:
    """Groups of the quotations (positions in `found`) that are one quotation: the same words
    once folded, or one contained in the other, with compatible speakers, or one named
    speaker's wordings of one thing (_one_wording), or a partial quotation and a quotation of
    SHORT words or more of the same named speaker that holds its words; each group in the
    order found, the groups by their first member."""
    folded = [_folded(q.text) for q in found]
    parent = list(range(len(found)))

    def root(k: int) -> int:
        for _ in range(len(parent)):  # a path is never longer than the number of items
            if parent[k] == k:
                break
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def join(k: int, j: int) -> None:
        if _compatible(found[k].speaker, found[j].speaker):
            a, b = sorted((root(k), root(j)))
            parent[b] = a

    split: dict[int, list[str]] = {}  # the words of each distinct wording, by its first
    by_key: dict[str, list[int]] = {}  # the quotations holding each run of KEY_WORDS words
    same: dict[str, int] = {}  # the first quotation of each folded wording
    for k, words in enumerate(folded):
        if words in same:
            join(same[words], k)
            continue
        same[words] = k
        tokens = split[k] = words.split()
        for at in range(max(len(tokens) - KEY_WORDS + 1, 0)):
            holders = by_key.setdefault(" ".join(tokens[at:at + KEY_WORDS]), [])
            if len(holders) < CANDIDATES and (not holders or holders[-1] != k):
                holders.append(k)
    for words, k in same.items():
        tokens = split[k]
        if len(tokens) < max(SHORT, KEY_WORDS):
            continue
        for j in by_key.get(" ".join(tokens[:KEY_WORDS]), []):
            if j != k and len(folded[j]) > len(words) and f" {words} " in f" {folded[j]} ":
                join(k, j)
    said_by: dict[str, list[int]] = {}  # the distinct wordings of each named speaker
    for k in same.values():
        key = found[k].speaker.key
        if key is not None and len(split[k]) >= SHORT:
            said_by.setdefault(key, []).append(k)
    for wordings in said_by.values():
        for at, k in enumerate(wordings[:CANDIDATES]):
            for j in wordings[at + 1:CANDIDATES]:
                if root(k) != root(j) and _one_wording(split[k], split[j]):
                    join(k, j)
    for k, quotation in enumerate(found):  # a partial one joins its speaker's that holds it
        if quotation.partial and quotation.speaker.key is not None:
            held = next((j for j in said_by.get(quotation.speaker.key, [])[:CANDIDATES]
                         if f" {folded[k]} " in f" {folded[j]} "), None)
            if held is not None:
                join(k, held)
    groups: dict[int, list[int]] = {}
    for k in range(len(found)):
        groups.setdefault(root(k), []).append(k)
    return list(groups.values())


def _says_something(text: str) -> bool:
    """Whether a quotation says something on its own: SHORT words or more, or the start of a
    sentence of its own ("I am free.", "We will appeal," she said); not a word or two someone is
    reported to have called something (an estimate they called "conservative")."""
    return len(text.split()) >= SHORT or text[:1].isupper()


def _one_name_each(found: Sequence[Quotation],
                   copied: Callable[[Quotation], bool]) -> dict[str, str]:
    """The one form of each speaker's name that the list gives (by the form written), where
    the articles write it several ways whose words are all words of the longest, in its order
    ("Anneliese Voss", "Chief Returning Officer Anneliese Voss"; "Minister Marten", "Foreign
    Minister Ilse Marten"), or that end with one first name and surname (_personal: "Police
    Chief Renata Holt", "Chief of Police Renata Holt"): that longest. Forms that are not keep
    their own ("Tom Brandt", "Erik Brandt": two people; "Minister Marten", "Ilse Marten";
    "Deputy Chief Holt", "Police Chief Renata Holt"). A reprint's forms (copied) are its
    original's, or spun ("Chief Govt Ada Brekke"): the originals' decide, where the name is
    theirs too."""
    forms: dict[str, set[str]] = {}  # by Speaker.key
    originals: set[str] = set()  # the forms articles that are no reprint write
    for quotation in found:
        key, text = quotation.speaker.key, quotation.speaker.text
        if key is not None:
            forms.setdefault(key, set()).add(text)
            if not copied(quotation):
                originals.add(text)
    named: dict[str, str] = {}
    for written in forms.values():
        groups = [written]
        deciding = written & originals or written
        if not all(_words_within(form, _longest(deciding)) for form in deciding):
            by_person: dict[str, set[str]] = {}
            for form in written:
                by_person.setdefault(_personal(form) or form, set()).add(form)
            groups = list(by_person.values())
        for group in groups:
            if len(group) > 1:
                longest = _longest(group & originals or group)
                named.update((form, longest) for form in group)
    return named


def _longest(forms: set[str]) -> str:
    return max(sorted(forms), key=len)


def _words_within(part: str, whole: str) -> bool:
    """Whether the words of `part` are words of `whole`, in its order."""
    words = iter(whole.split())
    return all(word in words for word in part.split())


# Words of a title before a name, which a name's first word is not: "Deputy Chief Holt" and
# "Police Chief Holt" may be two people.
_TITLE_WORDS = _HONORIFICS | frozenset(
    "chief police fire deputy assistant minister president vice director officer commander "
    "captain sergeant sgt. lieutenant lt. governor gov. mayor secretary general inspector "
    "superintendent commissioner spokesman spokeswoman spokesperson chair chairman "
    "chairwoman executive manager judge justice senator sen. representative rep. detective "
    "constable professor doctor".split())


def _personal(form: str) -> str | None:
    """The first name and surname a form of a name ends with ("Renata Holt" of "Police Chief
    Renata Holt"); None where the word before the surname is a title's (_TITLE_WORDS) or
    there is none."""
    words = form.split()
    if len(words) < 2 or words[-2].lower() in _TITLE_WORDS:
        return None
    return " ".join(words[-2:])


def quotes(pool: Sequence[Sentence], order: dict[str, int], report: Sequence[int],
           language: str, limit: int = DEFAULT_QUOTES,
           told: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The response's `quotes`: the set's attributed quotations merged across outlets, the
    most widely carried first (independent reports; among as many, each speaker's first
    before anyone's second, so that the list gives who said what rather than one voice's
    every line; then articles, then first appearance), at most `limit`.

    pool: the sentences quotations are read from (the brief's pool, with the sentences of
    blocks on topic that share few of the set's words: pipeline.Pool.heard), in article
    order; order: each article's position in the request; report: the independent report of
    each article by position (an article's own position, or the one it reprints). Each item:
    `speaker` (as written in its article, the fullest form it gave, or the fullest the set
    gives of that name: _one_name_each), `text` (the quotation
    between its marks, verbatim in its article: sentences it runs over are joined by one
    space, as the article's folded text has them), `article`, `index` (the sentence it opens
    in), `sources` (the articles that carry it, its own first, then in request order) and
    `support` (independent reports among them). told: the brief's sentences; a quotation one
    of them holds whole is given there, and not listed again.
    """
    if limit <= 0:
        return []
    found = find_quotations(pool, language)
    given = [" ".join(text.split()) for text in told]

    def copied(quotation: Quotation) -> bool:  # carried by a reprint of another article
        return report[order[quotation.article]] != order[quotation.article]

    # a reprint gives its original's words or a spun or cut copy of them ("the one headline
    # characteristic that set this telephone aside"), and its speakers' names likewise
    named = _one_name_each(found, copied)
    items = []
    for group in merge(found):
        members = [found[k] for k in group]
        whole = [q for q in members if not q.partial and _says_something(q.text)]
        if not whole:  # a few words quoted in passing, a label: a report of nothing listed
            continue
        # its fullest wording, an original's where a reprint's holds no more of it (SHORT
        # words more: a reprint of the whole statement), then the fullest speaker, then the
        # first given
        longest = max((len(q.text.split()) for q in whole if not copied(q)), default=0)
        best = min(whole, key=lambda q: (copied(q) and len(q.text.split()) < longest + SHORT,
                                         -len(q.text), q.speaker.kind != "name",
                                         -len(q.speaker.text), order[q.article], q.index))
        if any(" ".join(q.text.split()) in text for q in whole for text in given):
            continue  # the brief gives it
        others = sorted({q.article for q in members} - {best.article}, key=order.__getitem__)
        sources = [best.article, *others]
        first = min((order[q.article], q.index) for q in members)
        support = len({report[order[a]] for a in sources})
        items.append((support, len(sources), first, best.speaker.key or best.speaker.text, {
            "speaker": named.get(best.speaker.text, best.speaker.text),
            "text": best.text, "article": best.article,
            "index": best.index, "sources": sources, "support": support}))
    items.sort(key=lambda item: (-item[0], -item[1], item[2]))
    heard: Counter[tuple[int, str]] = Counter()  # each speaker's quotations so far, by support
    ranked = []
    for support, carried, first, speaker, item in items:
        ranked.append((-support, heard[(support, speaker)], -carried, first, item))
        heard[(support, speaker)] += 1
    ranked.sort(key=lambda rank: rank[:4])
    return [rank[-1] for rank in ranked[:limit]]
