"""Choose the brief: the sentences that cover the most of the story's concepts within the budget.

A concept is a pair of neighbouring content-word stems ("tax inform", "act commission"),
weighted by the number of articles that use it: what several outlets say is what the story
is. A brief is worth the total weight of the concepts it covers, each counted once, so a
sentence that repeats what is already chosen gains nothing (Gillick & Favre 2009). At most one
sentence is chosen per cluster (fact), and none linked to a chosen one (facts.fact_similarity),
though average linkage left it in a cluster of its own, nor one linked at STATED to a lede of a
chosen fact (it restates that event) unless it gives a count of people the chosen ones do not
(another outlet's lede gave the crowd); the sentence chosen for a cluster is its
representative, then replaced by a clearer wording of its fact where one is clearly better
(clearest).

Under a budget in words or characters the brief is chosen exactly: the integer program of
Gillick & Favre, solved by HiGHS (scipy.optimize.milp) over the EXACT_CANDIDATES sentences of
best gain per cost, finds the set that covers the most weight within the budget. It is kept
only if the solver proves it optimal within EXACT_NODES and EXACT_SECONDS and it covers at
least as much as the greedy choice, which is made anyway: sentences added one at a time by gain
per unit of the budget (Lin & Bilmes 2010). Under a budget in sentences every sentence costs
one and exact coverage would buy the longest ones, so the greedy choice stands there, by gain
per square root of the sentence's words.

When no sentence adds a concept any more, the room left goes to the sentences that still fit,
those of facts not stated yet first, and of those the facts more independent reports state,
then the most valuable: the brief is as long as asked whenever the articles have the sentences.

A brief sentence must stand on its own: not a fragment or a run-on (word counts), not a
sentence that opens with a word pointing back to one before it ("It", "They", "This") or that
points back inside ("to do so", "…, they said."), not a quotation (or a part of one, as a
sentence that an earlier one's quotation runs on into) unless it says who said it ("“…,” the
mayor said."), not a part of a sentence with a bracket left open or closed, question or list
item. Readers meet it out of its context, and summaries by people are made of such sentences.
Nor does a sentence that shouts stand alone (shouting): words set in capitals for their
loudness ("a whopping €50 MILLION fine", "SEVEN HOURS of chaos") give a tabloid's voice, not
the story's facts, which the brief tells in the words of the outlets that state them plainly.
Sentences failing these are chosen only when no sentence of the set passes them.

Ledes come first: a news article's first sentence is written to state its story, so the brief
is chosen in two tiers, the ledes first (a brief of sentences opens with the lede of the fact
most ledes state, of them the one that gives figures other reports give too, then one that
tells what the event did to people; then the best cover among the ledes), then every
sentence for the room left. This needs no weight; on the development set it raises ROUGE-2
recall at 250 words by about three points over plain coverage. In the second tier a fact
that more independent reports state is worth more per concept it covers (CORROBORATION).
A story told over several events opens with its start, the lede of its first event's earliest
article, as a timeline does: the best cover among the ledes is often a later event's, which
retells the story so far (on the development set this adds about 1.2 / 1.9 points of ROUGE-1 /
ROUGE-2 recall at 100 words, and costs about 0.4 at 250).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse.csgraph import connected_components

from ..facts.events import LEDE_HOURS
from ..facts.facts import STATED, linked
from ..facts.specifics import NAMED, PART_BEFORE, SPEAKS_OF, numbers_in_words
from ..facts.vectorise import by_rows, numbered
from ..request import Budget
from ..text.clean import KICKER
from ..text.words import stop_words
from .quotes import VERBS, ends_attributed, in_full, quoted, surnamed, voices

MIN_WORDS, MAX_WORDS = 6, 60  # a brief sentence is neither a fragment nor a run-on
# The exact choice: among how many sentences, and the solver's limits before the greedy one
# stands. HiGHS proves 50 sentences optimal in a few milliseconds; the node limit keeps the
# answer the same on a slow machine, the time limit keeps a hard case from holding the brief.
EXACT_CANDIDATES, EXACT_NODES, EXACT_SECONDS = 50, 1000, 0.25
# How much more of its wording another article must share for a wording of one fact to replace
# the one chosen (clearest): a tenth of its terms, one or two words of a news sentence of ten to
# twenty content words, as when a spun or machine-translated copy puts words of its own in
# place of the usual ones; a smaller difference is noise, and the chosen sentence was chosen for
# what it covers. (ROUGE is the same within noise at 0.1, 0.15 and 0.25.)
CLEARER = 0.1
# A clearer wording must still say what the pick says of its fact: it keeps at least this share
# of the pick's words that another article of the fact uses too. A spun or translated pick
# holds few such words (it puts its own in their place), a pick that tells the fact in full
# holds many: "sentenced ... to nine years in prison for fraud" is not traded for "was found
# guilty of fraud" (a court set written in five outlets' styles, tests/factsets.py). At 0.6
# that trade is still made; at 0.9 the 40 subsets of the real sets choose a garbled wording
# more (docs/quality.md); from 0.6 to 0.75 their figures are those of no such bar.
KEEPS = 0.75
# A wording linked under STATED to another pick is still a clearer one where its two shares
# pass the pick's by this much, three times CLEARER (clearest): then the pick is the garbled or
# translated wording of its fact, chosen because its words, its own, link it to nothing else.
# On the 150 sets of docs/quality.md: at 0.1 a shooting's daily that names the suspect gives
# way to "the suspect acted alone" and a vote's "The bill passed by 312 votes to 287" to its
# foreign desk's; at 0.2 and 0.25 a snowstorm's count of 650 vehicles (the police's 800 among
# its disagreements) to a live page's reopening of the road; at 0.4 a cup final's brief still
# opens with the broadsheet's "Calderbrook United's 5-4 shootout win …, after a 1-1 draw" (its
# pairs of words shared 0.1, the wire's lede's 0.48).
FAR_CLEARER = 0.3
# Past the ledes, a fact that k independent reports state is worth k ** CORROBORATION times as
# much per concept it covers: 1.23 times for two reports, 1.39 for three, 1.62 for five. What
# several outlets report is what the story is, and a concept's weight already counts the
# articles that use its words; the power makes each further report count less than the one
# before. On the four real sets and their 40 subsets (docs/quality.md), 0.2 to 0.4 cover more
# key facts at 5 and 8 sentences than no such weight, and 0.3 more at every length from 4 to
# 10 with fewer repeats; from 0.5 the facts it brings in are more often ones whose other
# wordings the sources miss (the four sets' support recall at 8 sentences falls to 0.78).
CORROBORATION = 0.3
# The brief opens with a lede that gives a figure at least this many independent reports give
# (_opening) over one that gives none: a figure its own report alone gives shows no agreement.
CORROBORATED = 2
# The hours after the first report in which reports tell the event as it broke (_opening): a
# wire's first take and its first update; a paper's story of the same evening, a feature's scene,
# a blog's take or a next-day angle comes later (in the blind sets, analysis, share-price and
# scene ledes came 10 to 30 hours after the wire, a blog's 3.9 and a feature's 5.5 hours after).
FIRST_HOURS = 3


def _number(language: str) -> str:
    """A pattern of a number in digits or in the language's words (specifics.numbers_in_words)."""
    return "(?:\\d[\\d.,]*|" + "|".join(numbers_in_words(language)) + ")"


# Opening words that point back to an earlier sentence, by language (none known: no such rule):
# a pronoun, a possessive ("Our offer was on the table", a release in its issuer's voice), a
# demonstrative, a conjunction that goes on from the sentence before; and in English an
# auxiliary, which opens a statement only after its subject ("Has been blamed on contaminated
# meat in several cases.", a fact box's line; a question ends with "?").
POINTING_BACK = {
    "english": frozenset("it its he his him she her they their them this these those that "
                         "we our i my you now and but yet or has have had is was were are will "
                         "would".split()),
    # the other languages' pronouns, but not the demonstratives that open a sentence with its
    # time ("Este martes, el Gobierno aprobó …", "Cette semaine", "Diese Woche"), nor Swedish
    # "den", "det" and "de", which are as often articles; and the conjunctions that go on from
    # the sentence before ("And …", "Et pour cause : …", "Aber …")
    "french": frozenset("il elle ils elles cela ceci celui celle ceux son sa ses leur leurs "
                        "nous notre nos je vous et mais ou".split()),
    "german": frozenset("er sie es dies sein seine ihr ihre wir unser unsere ich und aber "
                        "doch oder darin dabei dazu darüber davon daraus dagegen".split()),
    "italian": frozenset("lui lei loro esso essa quello quella suo sua suoi sue noi nostro "
                         "nostra nostri nostre io e ma però".split()),
    "portuguese": frozenset("ele ela eles elas isso isto seu sua seus suas nós nosso nossa "
                            "nossos nossas eu e mas".split()),
    "spanish": frozenset("él ella ellos ellas esto eso su sus nosotros nuestro nuestra "
                         "nuestros nuestras yo y pero o".split()),
    "swedish": frozenset("han hon hans hennes deras vi vår vårt våra jag och men eller".split()),
}
# A sentence that opens with a preposition and a pronoun that stands for a person or a group
# named before ("Für sie kam jede Hilfe zu spät.", "Selon lui, …", "For them, the closure …"),
# or with the rest of a group counted before, in the words that make a figure a part of it
# (specifics.PART_BEFORE: "The other three died at the scene", "Los otros tres perdieron la
# vida"; French puts them after the number: "Les trois autres …"), by language: (prepositions,
# pronouns). English "her" is as often a possessive that points ahead ("For her part, the mayor
# …"), and is left out.
_REST_OPENING = {language: rf"(?i:{'the ' if language == 'english' else ''}(?:{words}))"
                 + " {n}" for language, words in PART_BEFORE.items()} | {"french": "Les {n} autres"}
# Or with what follows from the sentence before ("Therefore …", "Por isso mesmo, apresentámos …",
# "Deshalb fordert die Gewerkschaft …", "Därmed har fyra personer omkommit."), what came after it
# ("Después, una delegación entregó …", "Danach wurde …") or where it happened ("Där låg, i åtta
# dagar, en förseglad väska …"), by language. Not what names its point of reference ("Después
# de la reunión", "In seguito all'incidente"), nor a name ("Ali Hassan, 34 anos, …": a word
# with a capital after it), nor English "There", which opens "There were …". English "Later,"
# and "Afterwards," are read inside (POINTING_BACK_INSIDE). English "Then …", as "Puis",
# "Dann"; "So is …", "So did …": as the one before. And what adds to it ("Moreover", "En
# outre", "Außerdem", "Inoltre", "Además", "Além disso", "Dessutom"), a time until one told
# before ("D'ici là, …"), Portuguese "Já" before an article, which sets its subject against
# the one before ("Já a presidente do sindicato falou …"; not "Já foram …", "already"), a time
# told before ("By then, 61 departures had been cancelled", "Since then, …"), and
# "this time", against a time told before ("Diesmal gab es rund ein Dutzend Verletzte"), and an
# argument's "now" that answers the sentence before ("Ora, ninguém assiste a um fogo de
# artifício de forma uniforme.", "Or, …", "Ahora bien, …", "Ebbene, …").
_GOES_ON = {
    "english": "Therefore|Thus|Hence|For that reason|For this reason|Then|So (?:is|are|was|were"
               "|do|does|did|has|have|had)|Moreover|Furthermore|In addition|Also|This time"
               "|By then|By that time|Until then|Since then",
    "french": "C'est pourquoi|C\u2019est pourquoi|Pour cette raison|Voil\u00e0 pourquoi"
              "|Ensuite|Puis|Par la suite|Plus tard,|L\u00e0,|L\u00e0-bas|En outre|De plus"
              "|Par ailleurs|D'ici l\u00e0|D\u2019ici l\u00e0|Cette fois|Or,|Depuis,"
              "|Entre-temps|Jusque-l\u00e0",
    "german": "Deshalb|Deswegen|Daher|Darum|Somit|Danach|Anschlie\u00dfend|Daraufhin|Dann"
              "|Sp\u00e4ter|Dort|Au\u00dferdem|Zudem|Dar\u00fcber hinaus|Ferner|Diesmal"
              "|Dieses Mal|Bis dahin|Seitdem|Seither",
    "italian": "Perci\u00f2|Pertanto|Per questo|Per questa ragione|Per questo motivo|Poi|Dopo,"
               "|In seguito,|Successivamente|Pi\u00f9 tardi|L\u00ec|L\u00e0|Inoltre"
               "|Per di pi\u00f9|Questa volta|Stavolta|Ebbene,|Da allora|Fino ad allora"
               "|Nel frattempo",
    "spanish": "Por eso|Por ello|Por esto|Por esa raz\u00f3n|Por este motivo|Por lo tanto"
               "|Despu\u00e9s,|Luego,|M\u00e1s tarde|Posteriormente|All\u00ed|All\u00e1|Ah\u00ed"
               "|Adem\u00e1s|Asimismo|Esta vez|Ahora bien,|Para entonces|Desde entonces"
               "|Hasta entonces",
    "portuguese": "Por isso|Por isto|Por esse motivo|Por essa raz\u00e3o|Por conseguinte|Depois,"
                  "|Mais tarde|Em seguida|Posteriormente|L\u00e1|Ali|A\u00ed|Al\u00e9m disso"
                  "|Ademais|J\u00e1 (?:o|a|os|as)|Desta vez|Ora,|Desde ent\u00e3o"
                  "|At\u00e9 ent\u00e3o|Nessa altura",
    "swedish": "D\u00e4rf\u00f6r|D\u00e4rmed|D\u00e4rigenom|S\u00e5ledes|D\u00e4refter|Efter\u00e5t"
               "|Sedan dess|Senare|D\u00e4r|Dit|Dessutom|D\u00e4rtill|D\u00e4rut\u00f6ver"
               "|Den h\u00e4r g\u00e5ngen|Denna g\u00e5ng|Till dess|Dittills"}
# Or with the two named before ("Both were taken to hospital", "Ambos foram levados para o
# hospital", "Beide Verletzten …", "Les deux hommes …", "The two, familiar with the situation,
# confirmed …"), by language; not English "Both … and …", which names them ("The two companies"
# too), nor French "Les deux tiers", a share.
_BOTH = {"english": r"Both\b(?!(?: [^\s,]+){1,4} and\b)|The (?:two|three|four)(?=,| (?:were|are|was"
                   r"|is|have|had|will|would|said|say|told|spoke|confirmed)\b)",
         "french": r"(?:Tous|Toutes|Les) deux\b(?! tiers)",
         "german": r"Beide[nmrs]?\b", "italian": r"(?:Entrambi|Entrambe|Ambedue)\b",
         "spanish": r"(?:Ambos|Ambas)\b", "portuguese": r"(?:Ambos|Ambas)\b",
         "swedish": r"(?:B\u00e5da|B\u00e4gge)\b"}
OPENING_BACK = {language: re.compile(
    rf"(?:{prepositions}) (?:{pronouns})\b"
    rf"|(?:{_REST_OPENING[language].format(n=_number(language))})\b"
    rf"|(?:{_GOES_ON[language]})(?![\w'\u2019-]| [A-Z\u00c0-\u00de])|{_BOTH[language]}")
    for language, prepositions, pronouns in (
        ("english", "For|To|With|From|Like|Without|Against|About", "him|them"),
        ("french", "Pour|Avec|Chez|Selon|Contre|Sans|D'apr\u00e8s|D\u2019apr\u00e8s",
         "lui|elle|eux|elles"),
        ("german", "F\u00fcr|Mit|Bei|Von|Zu|Nach|Gegen|Ohne|\u00dcber|Laut",
         "ihn|ihm|sie|ihr|ihnen"),
        ("italian", "Per|Con|Secondo|Contro|Senza|Verso", "lui|lei|loro"),
        ("portuguese", "Para|Com|Segundo|Contra|Sem|Por|Sobre", "ele|ela|eles|elas"),
        ("spanish", "Para|Con|Seg\u00fan|Contra|Sin|Por|Hacia", "\u00e9l|ella|ellos|ellas"),
        ("swedish", "F\u00f6r|Med|Till|Enligt|Mot|Utan|Hos|Om", "honom|henne|dem"))}
# Inside a quotation that opens a sentence, the speaker's own words for themselves and the ones
# they speak to (SPEAKERS), and for the situation they speak in, point to no sentence before it
# ("We have boats on Front Street," the mayor said; "It was over in seconds"; "This is the worst
# flood I have seen"; "Those responsible will pay"; French "il", German "es" also stand for no
# one: "Il faut reconstruire"); its other pronouns do ("That probably spared this coast a
# Category 4 impact," a forecaster said, of what the sentence before told). By language. A
# sentence that ends by naming who said it (quotes.ends_attributed: "Våra tankar går till
# eleverna, säger rektor Eva Sjödin", as Swedish writes a quotation) is the speaker's words
# too, but as often told in the reporter's words ("This was the smallest harvest in 32 years,
# the grain board said", of the harvest told before): only its words for persons point nowhere.
SPEAKERS = {"english": "we our i my you", "french": "nous notre nos je vous",
            "german": "wir unser unsere ich", "italian": "noi nostro nostra nostri nostre io",
            "portuguese": "nós nosso nossa nossos nossas eu",
            "spanish": "nosotros nuestro nuestra nuestros nuestras yo",
            "swedish": "vi vår vårt våra jag"}
SPEAKERS_OWN = {language: frozenset(f"{SPEAKERS[language]} {situation}".split())
                for language, situation in (("english", "now it its this these those"),
                                            ("french", "il cela ceci"), ("german", "es dies"),
                                            ("italian", ""), ("portuguese", "isso isto"),
                                            ("spanish", "esto eso"), ("swedish", ""))}
# A demonstrative that opens a sentence with its time points back to no sentence before it
# ("This year's wheat harvest was the smallest in 32 years", "This morning the board
# published …"), as the other languages' are left out of POINTING_BACK. By language.
OWN_TIME = {"english": re.compile(
    r"(?:This|These|That) (?:year|years|month|week|weekend|morning|afternoon|evening|summer"
    r"|winter|spring|autumn|season|decade|century|quarter|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)\b")}
# More words inside a sentence that point back, by language, as (hints, alternatives of
# POINTING_BACK_INSIDE's pattern): a speaker known only by the pronoun after a verb of saying,
# where the languages write it so without quotation marks ("Man inser inte hur beroende man är,
# säger hon.", "Das sei nicht hinnehmbar, sagte er."), searched for in a sentence that holds
# the verb after a comma; a passive that leaves its subject out, where the languages leave
# it out ("Sono state accompagnate nella palestra comunale.", "Fueron trasladados al
# hospital."; not "Sono stati evacuati 30 nuclei familiari", "È morto un uomo", "Fue detenido
# el conductor": an article or a figure after the verb is its subject, not one after a
# preposition: "de la zona"); and an object pronoun that opens the sentence before its verb,
# standing for what the sentence before told ("Lo comunica l'Ingv", "L'ha confermato il
# sindaco", "Así lo ha confirmado el Ayuntamiento", "Lo confirmó el portavoz", "L'a confirmé la
# préfecture"; not the article of "Lo sciopero", "Lo zio", "Lo que ocurrió", "L'avion a …":
# Italian writes the article "lo" only before s and a consonant, z, gn, ps, pn, x and y).
_PRONOUNS_AFTER = {"german": "er|sie", "swedish": "hon|han|de"}
# A count in the passive's first clause is its subject ("Fueron trasladados 12 heridos", "Foram
# evacuadas cerca de 200 pessoas"), but for a year or a date after "in" ("Foi inaugurada em
# 2022 e custou cerca de 385 mil euros": the bridge, named before); the clause ends at "and".
_COUNTED_SUBJECT = (r"|(?:(?! {joiner} )[^,;])*?(?<![\w.,])(?<!\b{at} )(?i:{n})(?![\w.,])")
_MORE_BACK = {language: (tuple(f", {verb} " for verb in VERBS[language].split()),
                         rf"|, (?:{'|'.join(VERBS[language].split())}) (?:{pronouns})\b")
              for language, pronouns in _PRONOUNS_AFTER.items()} | {
    "italian": (("Sono ", "Erano ", "\u00c8 ", "Era ", "Lo ", "Li ", "La ", "Le ", "L'",
                 "L\u2019"),
                r"|^(?:Sono|Erano|\u00c8|Era)(?: stat[aeio])? [a-z]+[aiu]t[aeio]\b"
                r"(?!.*(?:\b(?:il|lo|la|i|gli|le|un|una|uno)\b|\bl['\u2019]|\d))"
                r"|^Lo (?![sS][^aeiou\u00e0\u00e8\u00e9\u00ec\u00f2\u00f9]|[zZxXyY]|[gG]n|[pP][sn])"
                r"|^Li [a-z]|^(?:L['\u2019]|(?:La|Le|Lo) )(?:ha|hanno|aveva|avevano)\b"),
    "spanish": (("Fue", "Han sido ", "Ha sido ", "Lo ", "La ", "Los ", "Las ", "As\u00ed lo"),
                r"|^(?:Fueron|Fue|Han sido|Ha sido) [a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+"
                r"(?:ad|id)[oa]s?\b(?!.*(?<!\bde )(?<!\ben )(?<!\ba )(?<!\bcon )(?<!\bpor )"
                r"(?<!\bpara )\b(?:el|la|los|las|un|una|unos|unas)\b"
                + _COUNTED_SUBJECT.format(joiner="y", at="en", n=_number("spanish")) + ")"
                r"|^(?:Lo|La|Los|Las) (?:ha|han|hab\u00eda|hab\u00edan)\b|^As\u00ed lo\b"
                r"|^Lo [a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+\u00f3\b"),
    "portuguese": (("Foi ", "Foram "),
                   r"|^(?:Foram|Foi) [a-z\u00e0-\u00fa\u00e7]+(?:ad|id)[oa]s?\b(?!.*(?<!\bde )"
                   r"(?<!\bem )(?<!\ba )(?<!\bcom )(?<!\bpor )(?<!\bpara )"
                   r"\b(?:o|os|as|um|uma|uns|umas)\b"
                   + _COUNTED_SUBJECT.format(joiner="e", at="em", n=_number("portuguese")) + ")"),
    "french": (("L'", "L\u2019"), r"|^L['\u2019](?:a|ont|avait|avaient)\b"),
}
# Swedish, as German ("Das teilte die Polizei mit"), opens with "det" for what the sentence before
# told and then gives who said it: "Det bekräftar medlaren Karin Holmqvist", "Det uppger
# polisen" (not "Det brinner i ett hus": the verb of saying is the sign).
_SAID_OF_IT = {"swedish": "|^Det (?:" + "|".join([*VERBS["swedish"].split(), "bekräftar",
                                                  "bekräftade", "meddelar", "meddelade",
                                                  "uppger"]) + r")\b"}
# A figure given as someone's word for a count the sentence before named, the sentence (one
# clause) ending on it, its unit or its currency: "La Consejería habla de un 23,4 %.", "Il
# Comune parla di almeno 15 milioni di euro.", "Die Feuerwehr spricht von fast vier Metern.",
# "Der Automobilclub kommt auf mehr als 700.", "Kustbevakningen talade tidigt om drygt 230.",
# "El sindicato eleva la cifra a catorce.", quoted or not ("A FND fala em "mais de 50 mil".";
# not "… habla de 1.100 hectáreas dentro del perímetro", which says what it measures), by
# language: the verbs of speaking of, of coming to or raising a count (specifics.SPEAKS_OF),
# and the words of a unit, a currency or a scale (and the "of" between them: "milioni di
# euro").
# the marks that may quote the figure: " “ „ « ” before it, " ” “ » after it
_QUOTE_OPENS, _QUOTE_CLOSES = "\"\u201c\u201e\u00ab\u201d", "\"\u201d\u201c\u00bb"
_UNIT_WORDS = ("per cento|por ciento|pour cent|prozent|procent|por cento|mila|mille|mil|"
               "milioni|millones|millions|millionen|miljoner|milhões|miliardi|milliards|"
               "milliarden|miljarder|di|de|d'|d\u2019|euro|euros|dollari|dólares|dollars|kronor|"
               "reais|metri|metros|mètres|metern|meter|tonnes|tonnellate|toneladas|tonnen|"
               "ton|kilos|chili|quilos|kilo|kg|litres|litri|litros|liter")
_FIGURE_OF_IT = {language: rf"|^[^,;:]{{1,80}}\b(?:{verbs}) [{_QUOTE_OPENS}]?\s?"
                           rf"(?:[\w'\u2019]+ ){{0,3}}{_number(language)}"
                           rf"(?: ?%| (?i:{_UNIT_WORDS}))*\s?[{_QUOTE_CLOSES}]?\.$"
                 for language, verbs in SPEAKS_OF.items()}
# A figure given before, named by a demonstrative ("Esa cifra procede de la denuncia de …",
# "Ce bilan reste provisoire.", "Diese Zahl nannte die Polizei.", "Den siffran bekräftar
# polisen."), as English "that figure" (POINTING_BACK_INSIDE); not one that says what it counts
# ("esa cifra de muertos"). By language: the pattern's alternatives and their hints.
_THAT_FIGURE = {
    "french": (("chiffre", "nombre", "bilan", "total", "estimation", "compte"),
               r"|\b(?:[Cc]e|[Cc]et|[Cc]ette|[Cc]es) (?:chiffres?|nombres?|bilans?|totale?s?"
               r"|estimations?|d[\u00e9e]comptes?)\b(?! d[e'\u2019])"),
    "german": (("Zahl", "Ziffer", "Bilanz", "Sch\u00e4tzung", "Angabe"),
               r"|\b[Dd]iese[rsnm]? (?:Zahl(?:en)?|Ziffern?|Bilanz|Sch\u00e4tzung(?:en)?"
               r"|Angaben?)\b"),
    "italian": (("cifr", "numer", " dat", "bilanc", "stim", "conteg", "total"),
                r"|\b(?:[Qq]uest[oaie]|[Qq]uell[oaie]|[Qq]uei|[Qq]uel) (?:cifr[ae]|numer[oi]"
                r"|dat[oi]|bilanci?o?|stim[ae]|conteggi?o?|total[ei])\b(?! d[ie]\b)"),
    "spanish": (("cifra", "mero", "dato", "balance", "estimaci", "recuento", "total"),
                r"|\b(?:[Ee]s[ae]s?|[Ee]sos|[Ee]st[ae]s?|[Ee]stos|[Aa]quell[ao]s?) (?:cifras?"
                r"|n[\u00fau]meros?|datos?|balances?|estimaci(?:\u00f3n|ones)|recuentos?"
                r"|total(?:es)?)\b(?! de\b)"),
    "portuguese": (("mero", "valor", "dado", "balan", "estimativa", "contagem", "tota"),
                   r"|\b(?:[Ee]ss[ae]s?|[Ee]st[ae]s?|[Aa]quel[ae]s?) (?:n[\u00fau]meros?"
                   r"|valor(?:es)?|dados?|balan[\u00e7c]os?|estimativas?|contage[mn]s?|total"
                   r"|totais)\b(?! de\b)"),
    "swedish": (("siffr", "antalet", "uppgiften"),
                r"|\b(?:[Dd]en (?:h\u00e4r |d\u00e4r )?siffran|[Dd]enna siffra|[Dd]e (?:h\u00e4r"
                r" |d\u00e4r )?siffrorna|[Dd]essa siffror|[Dd]et (?:h\u00e4r |d\u00e4r )?antalet"
                r"|[Dd]en (?:h\u00e4r |d\u00e4r )?uppgiften)\b"),
}
# A thing named before by Italian's "that" before its noun ("teneva ancora in mano quel
# cellulare.", "a pochi centimetri da quel soffitto", "in quel momento"), which points back as
# "quel" seldom points forward; not a noun that a clause or a complement after it defines
# ("quei lavoratori che …", "quel giorno di marzo"), nor the pronoun ("quello del primo turno",
# "quella di ieri"). With the hints that find it.
_THAT_THING = {"italian": (("quel ", "Quel ", "quei ", "Quei ", "quegli ", "Quegli "),
                           r"|\b[Qq]ue(?:l|i|gli) (?!(?:che|di|del|della|dei|degli|delle)\b)"
                           r"[a-z\u00e0-\u00f9]+\b(?! (?:che|di|del|della|dei|degli|delle)\b)")}
# A sentence that tells that someone made a statement and ends without what it said ("Le
# bailleur Montclairac Habitat publie un communiqué.", a live page's post; English: "… has
# issued a statement."; when or where in a few words at most: "… in serata."), by language: the
# verbs of issuing and the nouns of a statement.
_STATEMENT_MADE = {language: rf"|\b(?:{verbs}) (?:\w+ ){{0,3}}(?:{nouns})"
                             r"(?: [\w'\u2019-]+){0,4}\.$"
                   for language, verbs, nouns in (
    ("french", "publie|publient|diffuse|diffusent|a publié|ont publié|a diffusé|ont diffusé",
     "communiqué|déclaration"),
    ("german", "veröffentlicht|veröffentlichte|veröffentlichten|verbreitet|verbreitete|gab|gibt"
               "|gaben",
     "Erklärung|Mitteilung|Pressemitteilung|Stellungnahme"),
    ("italian", "diffonde|ha diffuso|hanno diffuso|emette|ha emesso|pubblica|ha pubblicato",
     "nota|comunicato|dichiarazione"),
    ("portuguese", "divulga|divulgou|emite|emitiu|publica|publicou", "nota|comunicado"),
    ("spanish", "difunde|ha difundido|emite|ha emitido|publica|ha publicado",
     "comunicado|nota"),
    ("swedish", "går ut med|gick ut med|har gått ut med|skickar ut|skickade ut",
     "pressmeddelande|uttalande"))}
# "It is …" of someone or something named before, as the Romance languages open a sentence
# with it: "Si tratta, secondo quanto apprende RTV Nord, di Renato Cossali, 64 anni.", "Se
# trata de un vecino de 68 años.", "Trata-se de um homem de 63 anos.", and the verb "to be"
# with no subject before a noun ("Sería un trabajador de una empresa contratista, según el
# sindicato.", "È un uomo di 41 anni", "Seria um funcionário da empresa"). (French "Il s'agit
# de …" opens with a pronoun, POINTING_BACK.) With the hints that find them.
_IT_IS = {"italian": (("Si tratt", "\u00c8 ", "Era ", "Sarebbe ", "Fu "),
                      r"|^Si tratt(?:a|ava|erebbe)\b|^(?:\u00c8|Era|Sarebbe|Fu) (?:un|una|uno|il|la"
                      r"|lo)\b"),
          "spanish": (("Se trata", "Es ", "Era ", "Ser\u00eda ", "Fue "),
                      r"|^Se trata(?:ba|r[\u00edi]a)?\b|^(?:Es|Era|Ser\u00eda|Fue) (?:un|una|el"
                      r"|la)\b"),
          "portuguese": (("Trata", "\u00c9 ", "Era ", "Seria ", "Foi "),
                         r"|^Trata(?:va)?-se\b|^(?:\u00c9|Era|Seria|Foi) (?:um|uma|o|a)\b")}
# Swedish puts the subject after the verb when a sentence opens with its time or place: "På
# tisdagsmorgonen satt han i förarhytten …", "När polisen kom fram var hon redan död". A person
# known by "han" or "hon" alone within its first words, before anyone it names (Swedish
# capitalises names and little else), is someone named before.
_SUBJECT_AFTER_VERB = {"swedish": r"|^\S+(?: (?![A-Z\u00c5\u00c4\u00d6])\S+){0,6} (?:han|hon)\b"}
# A time named before, pointed at where the sentence opens ("That night the river rose
# again.", "Ce jour-là, …", "In quel momento …", "Naquele dia …", "In jenem Jahr …", "Den
# natten …"); not "this year", today's, nor further on, where it is as often a time the
# sentence names ("… on Feb. 2 …, later that month"). By language: the pattern's
# alternatives and their hints.
_THAT_TIME = {language: (hints, rf"|^(?:\S+ ){{0,2}}(?:{times})\b") for language, hints, times in (
    ("english", ("That ",),
     r"[Tt]hat (?:same )?(?:year|day|night|morning|afternoon|evening|week|weekend|month)"),
    ("french", ("-l\u00e0",), r"(?:[Cc]e|[Cc]et|[Cc]ette) [^\W\d_]+-l\u00e0"),
    ("german", ("jene", "selben"),
     r"(?:[Ii]n |[Aa]n |[Zz]u )?(?:jene[mnrs]?|(?:[Aa]m|[Ii]m) selben) (?:Jahr|Tag|Abend|Morgen"
     r"|Nacht|Zeit|Woche|Monat|Wochenende)"),
    ("italian", ("uell", "uel "),
     r"(?:[Ii]n )?(?:[Qq]uell['\u2019](?:anno|epoca)|[Qq]uel (?:giorno|mese|momento|pomeriggio"
     r"|mattino|fine settimana)|[Qq]uella (?:notte|mattina|sera|settimana|giornata))"),
    ("spanish", ("ese ", "Ese ", "esa ", "Esa ", "quel"),
     r"(?:[Ee]se|[Aa]quel) (?:mismo )?(?:a\u00f1o|d\u00eda|mes|momento|fin de semana)"
     r"|(?:[Ee]sa|[Aa]quella) (?:misma )?(?:noche|ma\u00f1ana|tarde|semana|jornada)"),
    ("portuguese", ("esse", "essa", "Esse", "Essa", "quel"),
     r"(?:[Nn]?[Ee]ss[ea]|[Nn]?[Aa]quel[ea]) (?:mesm[ao] )?(?:ano|dia|m\u00eas|momento|noite"
     r"|manh\u00e3|tarde|semana|altura)"),
    ("swedish", ("et \u00e5ret", "en dagen", "en natten", "en kv\u00e4llen", "en morgonen",
                 "en veckan", "en g\u00e5ngen", "amma "),
     r"[Dd]et \u00e5ret|[Dd]en (?:dagen|natten|kv\u00e4llen|morgonen|veckan|g\u00e5ngen)"
     r"|[Ss]amma (?:dag|\u00e5r|natt|kv\u00e4ll|vecka)(?! som)"))}
# Italian and Portuguese put the article before a possessive (POINTING_BACK reads the first word
# alone): "La nostra inviata conferma …", "A nossa equipa no Largo do Mercado: …", "Il suo
# avvocato …", "Os seus filhos …". By language: the pattern's alternative and its hints.
_ITS_OPENING = {
    "italian": (("nostr", "suo", "sua", "sue", "loro"),
                r"|^(?:[Ii]l|[Ll]a|[Ii]|[Ll]e|[Gg]li|[Ll]o) (?:nostr[aoie]|su[oaie]|suoi|loro)\b"),
    "portuguese": (("noss", "seu", "sua"),
                   r"|^(?:[Oo]s?|[Aa]s?) (?:noss[ao]s?|seus?|suas?)\b"),
}
# A count that opens a sentence as its subject, with no noun after it: of a group named before
# ("Twelve were taken to Westmoor Royal Infirmary.", "Onze concernent des élèves de l'école
# …", "Drei wurden schwer verletzt."), or more of it, named so before the count ("Another six
# were treated for smoke inhalation", "Weitere drei wurden …", "Otros tres siguen …"), or the
# rest of it ("The rest were taken to a school", "El resto fue trasladado …"); not a year
# ("2019 was the hottest year"), as an approximation too ("Más de treinta resultaron heridos",
# "More than 300 were evacuated"); or with how badly they are hurt and no noun ("Uno grave, con
# quemaduras en el 40 % del cuerpo.", "Two critical, three serious."). Counted with a noun,
# more or the rest of a group reads alone
# ("Another 30,000 copies are on their way", "The remaining passengers were transferred to two
# lifeboats"). By language: the verbs that may follow it (auxiliaries, and the commonest verbs
# of such a sentence), the words for more before a count, for its approximation or bound, for
# the rest, and for how badly hurt; matched where the sentence starts, before
# POINTING_BACK_INSIDE's search.
_BARE_COUNT = {language: re.compile(
    rf"(?:(?:{more}) )?(?:(?i:{about}) )?(?!(?:1[89]|20)\d\d\b)(?i:{_number(language)})"
    rf" (?:{'|'.join(verbs.split())})\b|(?i:{_number(language)}|{one}) (?i:{severe})(?=[,.;])"
    rf"|(?:{rest}) (?:{'|'.join(verbs.split())})\b")
    for language, verbs, more, about, rest, severe, one in (
        ("english", "were was are is have had remain remained died will would could",
         "Another", "more than|nearly|almost|about|around|over|at least", "The rest|The others",
         "critical|serious", "one"),
        ("french", "sont ont \u00e9taient avaient restent concernent seraient auraient est a"
                   " fut", "Encore", "plus de|pr\u00e8s de|environ|au moins",
         "Les autres|Le reste", "graves?|gri\u00e8vement", "une?"),
        ("german", "sind waren haben hatten wurden werden seien liegen lagen konnten ist war"
                   " wurde starben", "Weitere", "mehr als|rund|etwa|fast|knapp|mindestens",
         "Die anderen|Die \u00fcbrigen|Der Rest", "schwer|lebensgef\u00e4hrlich", "eine?r?"),
        ("italian", "sono erano hanno avevano restano risultano sarebbero avrebbero \u00e8 era"
                    " fu", "Altri|Altre", "oltre|pi\u00f9 di|circa|quasi|almeno",
         "Gli altri|Le altre|Il resto", "gravi|grave|gravissim[oaie]|lievi|lieve", "un[oa]?"),
        ("spanish", "son eran han hab\u00edan est\u00e1n estaban siguen permanecen fueron"
                    " ser\u00edan habr\u00edan es fue est\u00e1 resultaron murieron fallecieron",
         "Otros|Otras", "m\u00e1s de|cerca de|casi|unos|unas|alrededor de|al menos",
         "Los dem\u00e1s|Las dem\u00e1s|Los otros|Las otras|El resto",
         "(?:muy )?graves?|cr\u00edticos?|leves?", "un[oa]"),
        ("portuguese", "s\u00e3o eram foram t\u00eam est\u00e3o estavam continuam ficaram"
                       " seriam \u00e9 foi est\u00e1 morreram", "Outros|Outras|Mais",
         "mais de|cerca de|quase|pelo menos",
         "Os outros|As outras|Os restantes|As restantes|Os demais|O resto",
         "graves?|cr\u00edticos?|ligeiros?|leves?", "uma?"),
        ("swedish", "\u00e4r var har hade blev fick ligger l\u00e5g v\u00e5rdas avled dog",
         "Ytterligare", "\u00f6ver|drygt|n\u00e4stan|cirka|minst|omkring",
         "De \u00f6vriga|\u00d6vriga|De andra|Resten", "allvarligt|sv\u00e5rt|lindrigt",
         "en|ett"))}
# A verb of saying that opens the sentence with no subject, where the languages leave it out
# ("Sostiene que en el turno había 23 trabajadores …", "Calcula que …", "Aggiunge che …",
# "Garante que …"), or a verb of speaking of (SPEAKS_OF: "Fala em "mais de três mil
# cirurgias" …", "Habla de …"): who says it was named before. Not a verb that takes no one as
# its subject ("Parece que …", "Sembra che …", "Basta que …"), nor a conjunction ("Siempre que
# …", "Prima che …", "Ainda que …"). By language; matched where the sentence starts, as
# _BARE_COUNT.
_SAYS_THAT = {language: re.compile(
    rf"(?!(?:{impersonal}) ){verb} {that}\b|(?:"
    + "|".join(verb[0].upper() + verb[1:] for verb in SPEAKS_OF[language].split("|")) + r")\b")
    for language, that, verb, impersonal in (
        ("spanish", "que", r"[A-Z\u00c1\u00c9\u00cd\u00d3\u00da][a-z\u00e1\u00e9"
         r"\u00ed\u00f3\u00fa\u00f1]+(?:a|e|\u00f3|an|en|aron|ieron)",
         "Parece|Resulta|Basta|Falta|Conviene|Importa|Cabe|Sucede|Ocurre|Siempre|Ahora"
         "|Aunque|Mientras|Hasta|Desde|Antes"),
        ("italian", "che", r"[A-Z][a-z\u00e0\u00e8\u00e9\u00ec\u00f2\u00f9]+"
         r"(?:a|e|\u00f2|ano|ono|arono|irono)",
         "Sembra|Pare|Basta|Occorre|Bisogna|Capita|Accade|Resta"
         "|Prima|Sempre|Ora|Adesso|Nonostante|Tanto|Mentre|Anche|Fino"),
        ("portuguese", "que", r"[A-Z\u00c1\u00c9\u00cd\u00d3\u00da][a-z\u00e1\u00e9"
         r"\u00ed\u00f3\u00fa\u00e7\u00e3\u00f5\u00e2\u00ea]+(?:a|e|z|ou|eu|iu|am|em"
         r"|aram|eram)",
         "Parece|Basta|Falta|Convém|Importa|Acontece|Sucede|Sempre|Ainda|Desde|Agora"
         "|Antes|Assim|Logo"))}
# A source named before, as the same one ("selon la même source", "de acordo com a mesma fonte",
# "according to the same source", "el mismo diario", "dieselbe Quelle", "samma källa"). By
# language: the pattern's alternative and its hints.
_SAME_SOURCE = {
    "english": (("same source", "same newspaper", "same paper", "same outlet"),
                r"|\b[Tt]he same (?:sources?|newspaper|paper|outlet)\b"),
    "french": (("m\u00eame source", "m\u00eames source", "m\u00eame journal"),
               r"|\b(?:[Ll]a|[Ll]es) m\u00eames? sources?\b|\b[Ll]e m\u00eame journal\b"),
    "german": (("elbe Quelle", "elben Quelle", "elbe Zeitung", "elben Zeitung", "elbe Blatt",
                "elben Blatt"),
               r"|\b(?:dies|der|die|den|dem|das)selben? (?:Quellen?|Zeitung|Blatt(?:es)?)\b"),
    "italian": (("stessa fonte", "stesse fonti", "stesso giornale", "stesso quotidiano"),
                r"|\b(?:[Ll]a stessa fonte|[Ll]e stesse fonti|[Ll]o stesso (?:giornale"
                r"|quotidiano))\b"),
    "spanish": (("misma fuente", "mismas fuentes", "mismo diario", "mismo peri\u00f3dico"),
                r"|\b(?:[Ll]a misma fuente|[Ll]as mismas fuentes|[Ee]l mismo (?:diario"
                r"|peri\u00f3dico))\b"),
    "portuguese": (("mesma fonte", "mesmas fontes", "mesmo jornal"),
                   r"|\b(?:[Aa] mesma fonte|[Aa]s mesmas fontes|[Oo] mesmo jornal)\b"),
    "swedish": (("samma k\u00e4lla", "samma k\u00e4llor", "samma tidning"),
                r"|\b[Ss]amma (?:k\u00e4lla|k\u00e4llor|tidning)\b"),
}
# The right figure for one given before, as a correction note gives it after the wrong one ("O
# valor correto é 385 mil euros.", "Richtig ist 10 Uhr.", "Le bon chiffre est 57."), or as a
# party that disputes it does ("Le vrai chiffre, c'est 740", "Den verkliga siffran är 468",
# "La vera cifra è 490"; English "the correct figure", "the true figure", inside), unless a
# group's name follows ("La cifra real de expuestos ronda los 40.000"). By language: the
# pattern's alternatives and their hints.
_THE_CORRECT = {
    "french": (("bon chiffre", "bon montant", "bon bilan", " exact est", " exacte est", "vrai ",
                " r\u00e9el"),
               r"|\b[Ll]e bon (?:chiffre|montant|bilan)\b|\b(?:exact|exacte) est\b"
               r"|\b[Ll]e (?:vrai (?:chiffre|nombre|bilan|montant)"
               r"|(?:chiffre|nombre|bilan|montant) r\u00e9el)\b(?! d(?:e|es|u)\b| d['\u2019])"),
    "german": (("Richtig ", "ichtige Zahl", "orrekte Zahl", "ats\u00e4chliche Zahl", "ahre Zahl"),
               r"|^Richtig (?:ist|sind|war|waren)\b"
               r"|\b(?:richtige|korrekte|tats\u00e4chliche|wahre) Zahl\b(?! der\b)"),
    "italian": (("corrett", "vera cifra", "vero ", " reale"),
                r"|\b(?:[Ii]l (?:dato|valore|numero|importo|bilancio)"
                r" (?:corretto|reale)|[Ll]a cifra (?:corretta|reale)|[Ll]a vera cifra"
                r"|[Ii]l vero (?:dato|valore|numero|importo|bilancio))\b"
                r"(?! d(?:i|ei|egli|elle)\b)"),
    "spanish": (("correct", " real", "verdader", "de verdad"),
                r"|\b(?:[Ee]l (?:dato|valor|n\u00famero|importe|balance) (?:correcto|real)"
                r"|[Ll]a cifra (?:correcta|real|de verdad)|[Ll]a verdadera cifra"
                r"|[Ee]l verdadero (?:dato|valor|n\u00famero|importe|balance))\b"
                r"(?! del?\b)"),
    "portuguese": (("corret", " real", "verdadeir"),
                   r"|\b(?:[Oo] (?:valor|n\u00famero|montante|dado|balan\u00e7o) (?:correto|real)"
                   r"|[Aa] (?:cifra|verba) (?:correta|real)"
                   r"|[Oo] verdadeiro (?:valor|n\u00famero|montante|balan\u00e7o)"
                   r"|[Aa] verdadeira cifra)\b(?! d[eoa]s?\b)"),
    "swedish": (("R\u00e4tt ", "Korrekt ", "r\u00e4tt siffra", "korrekt siffra", "iffran",
                 "antalet"),
                r"|^(?:R\u00e4tt|Korrekt) (?:\u00e4r|var|siffra)\b"
                r"|\b(?:r\u00e4tt|korrekt|riktig) siffra\b"
                r"|\b(?:[Dd]en (?:verkliga|r\u00e4tta|korrekta|riktiga|sanna) siffran"
                r"|[Dd]et (?:verkliga|r\u00e4tta|korrekta|riktiga|sanna) antalet)\b"
                r"(?= (?:\u00e4r|var|ligger|l\u00e5g|blir|uppg\u00e5r|uppgick)\b|[,.:;\u201d\"])"),
}
# The latter of two named before ("the latter said …", "Ce dernier a indiqué …", "Quest'ultimo
# …", "Este último …", "Letzterer …"; not "El último tren …"), and Swedish "then" before its
# verb ("Då tog det nio dagar, säger …"; not "Då polisen kom fram …", a clause of its own). By
# language: the pattern's alternatives and their hints.
_THE_LATTER = {
    "english": ((" latter", "Latter"), r"|\b(?:[Tt]he latter)\b"),
    "french": (("derni\u00e8r", "dernier"),
               r"|\b(?:[Cc]e dernier|[Cc]ette derni\u00e8re|[Cc]es derni(?:ers|\u00e8res))\b"),
    "german": (("etztere",), r"|\b[Ll]etztere[rsnm]?\b"),
    "italian": (("ultim",), r"|\b[Qq]uest['\u2019]ultim[oaie]\b"),
    "spanish": (("ltim",), r"|\b(?:[Ee]ste|[Ee]sta|[Ee]stos|[Ee]stas) \u00faltim[oa]s?\b"),
    "portuguese": (("ltim",), r"|\b(?:[Ee]ste|[Ee]sta|[Ee]stes|[Ee]stas) \u00faltim[oa]s?\b"),
    "swedish": (("D\u00e5 ",),
                r"|^D\u00e5 (?:var|hade|tog|kom|blev|fick|gick|stod|l\u00e5g|fanns|\u00e4r|har|kan"
                r"|ska|skulle|m\u00e5ste|kunde|brann|dog|b\u00f6rjade)\b"),
}
# Someone known by their age alone, after a definite article: "L'81enne disperso …",
# "il sessantenne", "L'octogénaire a été retrouvé …", "el sexagenario", "a octogenária",
# "78-åringen", "den 78-årige" (not "un 81enne", "un octogénaire", "en 78-åring", who are new).
# By language: the pattern's alternatives and their hints.
_BY_AGE_ALONE = {
    "french": (("g\u00e9naire",),
               r"|\b(?:[Ll]e |[Ll]a |[Ll]['\u2019]|[Dd]u |[Aa]u )(?:quadra|quinqua|sexa|septua"
               r"|octo|nona)g\u00e9naire\b"),
    "italian": (("enne",),
                r"|\b(?:[Ll]['\u2019]|[Ii]l |[Ll]a |[Dd]el |[Dd]ella |[Dd]ell['\u2019]|[Aa]l "
                r"|[Aa]lla |[Aa]ll['\u2019])(?:\d+|\w*(?:dici|vent|trent|quarant|cinquant"
                r"|sessant|settant|ottant|novant)\w{0,5})enne\b"),
    "spanish": (("genari",),
                r"|\b(?:[Ee]l |[Ll]a |[Dd]el |[Aa]l )(?:cuadra|quincua|sexa|septua|octo|nona)"
                r"genari[oa]\b"),
    "portuguese": (("gen\u00e1ri",),
                   r"|\b(?:[Oo] |[Aa] |[Dd]o |[Dd]a |[Aa]o |\u00c0 |\u00e0 )(?:quadra|quinqua"
                   r"|sexa|septua|setua|octo|nona)gen\u00e1ri[oa]\b"),
    "swedish": (("\u00e5ring", "\u00e5rig"),
                r"|\b\d+-\u00e5ring(?:en|arna)\b|\b[Dd]en \d+-\u00e5rig[ae]\b"),
}
# A claim told before, denied ("Das Klinikum sagt, dafür gebe es bislang keine Hinweise.",
# "Police said there was no evidence of that.", "Rien ne permet de l'affirmer", "no hay
# indicios de ello", "nada aponta nesse sentido", "inget tyder på det"): out of its article
# the reader cannot tell what. By language: the pattern's alternatives and their hints.
_NO_SIGN_OF_IT = {
    "english": ((" no evidence", " no sign", " no indication"),
                r"|\bno (?:evidence|signs?|indications?)(?: so far| yet)? (?:of|for)"
                r" (?:that|this|it)\b"),
    "german": (("daf\u00fcr", "Daf\u00fcr", "darauf", "Darauf", "davon", "Davon"),
               r"|\b[Dd](?:af\u00fcr|arauf|avon)\b[^.;]{0,40}\bkeine (?:Hinweise|Anhaltspunkte"
               r"|Belege|Erkenntnisse|Indizien|Beweise)\b|\bkeine (?:Hinweise|Anhaltspunkte"
               r"|Belege|Erkenntnisse|Indizien|Beweise) (?:daf\u00fcr|darauf|davon)\b"),
    "french": (("en ce sens", "dans ce sens", "l'affirmer", "l\u2019affirmer"),
               r"|\b(?:[Aa]ucun|[Rr]ien)[^.;]{0,50}\b(?:en|dans) ce sens\b"
               r"|\b[Rr]ien ne permet de l['\u2019]affirmer\b"),
    "italian": (("in tal senso", "in questo senso"),
                r"|\b(?:[Nn]essun|[Nn]on)[^.;]{0,50}\bin (?:tal|questo) senso\b"),
    "spanish": (("de ello", "en ese sentido", "en este sentido"),
                r"|\b(?:indicios?|pruebas?|constancia|evidencias?) de ello\b"
                r"|\b(?:[Nn]ing\u00fan|[Nn]inguna|[Nn]ada|[Nn]o)[^.;]{0,50}\ben (?:ese|este)"
                r" sentido\b"),
    "portuguese": (("disso", "nesse sentido", "neste sentido"),
                   r"|\b(?:ind\u00edcios?|provas?|evid\u00eancias?) disso\b"
                   r"|\b(?:[Nn]enhum|[Nn]enhuma|[Nn]ada|[Nn]\u00e3o)[^.;]{0,50}\bnes[st]e"
                   r" sentido\b"),
    "swedish": (("p\u00e5 det", "f\u00f6r det", "p\u00e5 detta", "f\u00f6r detta"),
                r"|\b(?:tecken p\u00e5|tyder p\u00e5|bel\u00e4gg f\u00f6r) (?:det|detta)\b"
                r"(?! \w)"),
}
# Words inside a sentence that point back to one before it, by language: a verb phrase stood in for
# ("Any effort to do so would violate federal law"), a speaker known only by a pronoun and an
# attribution verb (quotes.VERBS: "…, they said.", "…, it said.", "…," she fumed.) or one of
# opinion ("…, he estimates that more than 90,000 were hit"), a figure given before ("revised that
# figure to five of the seven"; "believes the figure is higher", "gave a higher count of
# attackers", in a sentence that gives none; "insisted the true number was more than 70,000", of
# what it does not say), a noun left out after a superlative or an ordinal that opens the sentence
# ("The largest, near Mount Orvell, has burned …"), a time told from one before ("Six minutes
# later, the jewels were gone.", "Moments earlier, …", "Shortly afterwards, …": an opening phrase
# of up to six words that ends so), a subject known only by a pronoun after an opening phrase of
# time, place or manner ("In 2019 it was fined …", "In return, it is alleged, …", "On Monday, he
# told reporters …"), a place named before ("In 1987, 23 miners were killed in a blast there."), an
# event named before and the time of day it began ("The eruption began at 4:20 a.m. …", "The
# collapse happened at about 6:20 a.m. …": a detail of the event the ledes state), a figure given
# before ("The landlords' lobby says it's fewer than 900,000.", "Bosses insist it was 11.", "By
# midday the figure had risen to 3,200, the commander said.", "… has now told us the figure is
# 80"; not "organisers claim 10,000, though police say it was closer to 2,000"; "The Aldenian
# Geological Survey puts it at 6.2.", "The union estimated them at 40,000.", "The railroad put the
# figure at less than 1,000 gallons."; not "put the death toll at 41"; "said the 3,000 estimate
# was a conservative starting point", of what it does not say; not "the 2025 figure"; "savings
# of that size", "At this rate, …"; "the first figure included eight pupils …", "The initial
# count …"), people or things named before ("to bring these passengers home"; not "these
# days"), a source named before ("…, the person said.", "…," the source said.: a wire's "a
# person familiar with the matter" is named so once, then "the person"; "according to him",
# "According to his words, …"; "…, the two banks said.", but not in a sentence that names two
# or more: "Kingsport United have signed … from CD Montalvo …, the two clubs said"), someone
# known by their age alone ("…, the 61-year-old said.", "The 61-year-old was arrested …", "The
# ban means the 26-year-old cannot play …"; not "The 61-year-old pilot …") or by their place
# beside a body or a person named before ("Gareth Obi, its national officer, said …", "Anna de
# Vries, her sister, said …"), a group named before ("Eleven of these fell …", "Two of them …",
# "Among them is …"; not "One of those killed …", "Nine of those aboard …", "Among those freed
# by …"), or words to come (a live page's "Gary
# Pettifer, the union's branch chair, has been in touch.", "… has spoken to reporters outside
# his offices.", "… has given an update on the borehole.", "… is speaking now.", "… has released
# a timeline.": that someone speaks, and nothing of what, which the next sentence gives), or
# what is concerned by what was told before ("Concerned are the games against …", a close
# translation's "Betroffen sind …"; "Affected are …"): out of its article the reader cannot tell
# what, who or when. Each is searched for only in a sentence
# that holds one of its words (the first of the pair).
POINTING_BACK_INSIDE = {
    "english": ((" so", " he ", " she ", " they ", " it ", "that ", "this ", "those ",
                 "these ", "The ", "ater,", "lier,", "fterward", " figure", "he number",
                 "er number", "er count", "er estimate", "er toll", "er total", "mong ",
                 ", its ", ", their ", ", his ", ", her ", "st count", "al count",
                 " there.", " of them", " true ", " real ", " actual ", " correct ", " right ",
                 "spoken", "speaking", "addressing", "in touch", "an update", "a statement",
                 "a timeline", " this.", " that.", " the person", " the people", " the source",
                 " the official", " the insider", " the spokes", " the two ", " the three ",
                 " it'", " it\u2019", " them at ", " estimate", " forecast", " projection",
                 " tally", "-year-old ", "ccording to ", "Concerned ", "Affected ",
                 *_NO_SIGN_OF_IT["english"][0], *_THAT_TIME["english"][0],
                 *_THE_LATTER["english"][0], *_SAME_SOURCE["english"][0]),
                re.compile(r"\b(?:do|does|did|doing|done) so\b"
                           r"(?!-| (?:much|many|far|well|little)\b)|[,\u201d\u2019\"'] "
                           r"(?:he|she|they|it) (?:" + "|".join(VERBS["english"].split())
                           + r"|estimates|estimated|believes|believed|thinks|reckons|fears"
                           r"|expects)\b"
                           r"|^The (?:[\w-]+ ){0,2}(?:began|started|happened|occurred|struck|hit"
                           r"|erupted|took place|broke out) (?:on \w+ )?at (?:about |around "
                           r"|approximately |roughly |just after |shortly after |shortly before )?"
                           r"\d{1,2}[:.]\d{2}"
                           r"|^The (?:largest|biggest|smallest|strongest|worst|best|highest|lowest"
                           r"|latest|earliest|deadliest|oldest|longest|greatest|first|second"
                           r"|third|last|former|latter),"
                           r"|\b(?:puts?|putting|placed?|places|placing|estimated?|estimates"
                           r"|estimating|measured?|measures|measuring|rated?|rates|rating)"
                           r" (?:it|them|the (?:figure|number|total|count)(?! of\b)) at\b"
                           r"|\b(?:that|this) (?:figure|number|estimate|toll|total|count|amount"
                           r"|sum)\b(?! of\b)"
                           r"|\b(?:of|[Aa]t) (?:that|this|such) (?:size|scale|magnitude|level|pace"
                           r"|rate)\b"
                           r"|\b[Tt]hese (?!days\b)[a-z]+s\b"
                           r"|\b(?:these|those) (?:figures|numbers|estimates"
                           r"|tolls|totals|counts|amounts|sums)\b"
                           r"|^(?:[\w'\u2019-]+ ){0,5}(?:[Ll]ater|[Ee]arlier|[Aa]fterwards?),"
                           r"|^(?:In|On|At|By|During|Since|Until|After|Before|Last|This|Then"
                           r"|Yesterday|Today|Meanwhile|However|Also)\b"
                           r"(?:[ ,](?!(?:" + "|".join(VERBS["english"].split()) + r")\b)"
                           r"[\w'\u2019-]+){0,3},? (?:it|he|she|they) "
                           r"|^(?!.*\d).*\b[Tt]he (?:figure|number)s?\b(?! of\b)"
                           r"|\b[Tt]he (?:true|real|actual|correct|right|first|earlier|initial"
                           r"|original|previous) (?:figure|number|count|total)\b(?! of\b)"
                           r"|^(?:[A-Z][\w'\u2019.-]* ){1,3}(?:[a-z]+ )?[A-Z][\w'\u2019-]*, (?:its"
                           r"|their|his|her) [^,]{1,60}, (?:" + "|".join(VERBS["english"].split())
                           + r")\b"
                           r"|\b[Tt]he (?:figure|number) (?:(?:had |has |have )?(?:risen|rose"
                           r"|climbed|grown|grew|fallen|fell|dropped|increased|decreased|reached"
                           r"|stood|stands)|(?:now )?(?:is|was))\b"
                           r"|\b[Tt]he (?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?:\s?(?:%|percent|per cent"
                           r"|million|billion))? (?:figure|number|estimate|forecast|projection"
                           r"|total|tally)\b(?! of\b)"
                           r"|\s(?:there|this|that)\.$"
                           r"|\b[Aa]ccording to (?:him|her|them|his|their)\b"
                           r"|[,\u201d\"'] the (?:person|people|sources?|officials?|insiders?"
                           r"|spokes(?:man|woman|person))(?: [a-z]+){0,2} (?:said|says|added)\b"
                           r"|^(?!\S+(?:.*?\s[A-Z\u00c0-\u00de]){2}).*[,\u201d\"']"
                           r" the (?:two|three)(?: [a-z]+){0,2} (?:said|says|added)\b"
                           r"|^[^\d]*\bit(?:['\u2019]s| is| was) (?:(?:fewer|more|less|higher|lower"
                           r"|closer to|nearer|only|just|about|around|nearly|almost|at least"
                           r"|at most|under|over|below|above)\s+(?:than\s+)?)?[\d$\u20ac\u00a3]"
                           r"|^(?:[\w'\u2019-]+ of|Among) (?:them|these|those(?! (?:who|aboard|on"
                           r"|in|at|from|still|missing|present|inside|left|hurt|[a-z]+ed)\b))\b"
                           r"|^(?!.*\d).*\b(?:higher|lower|larger|smaller|bigger|greater)"
                           r" (?:figure|number|count|estimate|toll|total)s?\b"
                           r"|\b(?:(?:has|have) (?:just )?(?:spoken(?! of\b)|been speaking"
                           r"|been in touch|given an update|(?:issued|released|made|published)"
                           r" (?:a|its|the following) (?:statement|timeline))"
                           r"|(?:is|are) (?:now )?(?:speaking(?! of\b)|addressing))\b"
                           r"(?:(?!\b(?:that|say|saying)\b)[^\"\u201c\u201d:;,])*\.$"
                           r"|[,\u201d\"'] the \d+-year-old (?:"
                           + "|".join(VERBS["english"].split())
                           + r")\b|(?:^|\s)[Tt]he \d+-year-old (?:was|is|had|has|will|would"
                           r"|cannot|can|could|must|may|might|should|did|does|"
                           + "|".join(VERBS["english"].split()) + r")\b"
                           r"|^(?:Concerned|Affected) (?:are|is|were|was)\b"
                           + _NO_SIGN_OF_IT["english"][1] + _THAT_TIME["english"][1]
                           + _THE_LATTER["english"][1] + _SAME_SOURCE["english"][1])),
    # a demonstrative that stands for what the sentence before told, as a verb's subject ("Das
    # geht aus dem vorläufigen Endergebnis hervor", "Das teilte die Polizei mit"; not the
    # article of "Das neue Rathaus …"), and someone known by their age alone ("…, sagte der
    # 51-Jährige.", "Die 34-Jährige war …", "dass der vermisste 81-Jährige …"; not "ein
    # 51-Jähriger", who is new)
    "german": (("Das ", "Dies", "hrige", " von ihnen", " von diesen", "Darunter", "Unter ihnen",
                "Unter diesen", "Betroffen ",
                " von", " auf ", "rklärung", "itteilung", "tellungnahme",
                *_MORE_BACK["german"][0],
                *_THAT_FIGURE["german"][0], *_NO_SIGN_OF_IT["german"][0],
                *_THAT_TIME["german"][0], *_THE_LATTER["german"][0],
                *_SAME_SOURCE["german"][0], *_THE_CORRECT["german"][0]),
               re.compile(r"^(?:Das|Dies|Dieses) (?:ist|war|sei|w\u00e4re|hat|hatte|habe|geht"
                          r"|ging|gilt|galt|hei\u00dft|hie\u00df|bedeutet|bedeutete|betrifft"
                          r"|betraf|ergab|ergibt|zeigt|zeigte|kommt|kam|wird|wurde|soll|sollte"
                          r"|kann|k\u00f6nnte|muss|musste|d\u00fcrfte|liegt|lag|f\u00fchrte"
                          r"|sorgte|teilte|teilten|meldete|best\u00e4tigte|"
                          + "|".join(VERBS["german"].split()) + r")\b"
                          r"|\b(?:[Dd]er|[Dd]ie|den|dem)"
                          r"(?: [a-z\u00e4\u00f6\u00fc\u00df]+e[nm]?){0,2} \d+-[Jj]\u00e4hrigen?\b"
                          r"|^(?:\w+ von (?:ihnen|diesen)|Darunter|Unter (?:ihnen|diesen))\b"
                          r"|^Betroffen (?:sind|ist|waren|war)\b" + _MORE_BACK["german"][1]
                          + _FIGURE_OF_IT["german"] + _STATEMENT_MADE["german"]
                          + _THAT_FIGURE["german"][1] + _NO_SIGN_OF_IT["german"][1]
                          + _THAT_TIME["german"][1] + _THE_LATTER["german"][1]
                          + _SAME_SOURCE["german"][1] + _THE_CORRECT["german"][1])),
    # a group named before ("Två av dem fördes till sjukhus", "Deux d'entre eux …", "Parmi
    # eux …", "Dos de ellos …", "Tre di loro …", "Dois deles …")
    **{language: ((*hints, *_MORE_BACK.get(language, ((), ""))[0], *_THAT_FIGURE[language][0],
                   *_NO_SIGN_OF_IT[language][0], *_IT_IS.get(language, ((), ""))[0],
                   *_THAT_TIME[language][0], *_ITS_OPENING.get(language, ((), ""))[0],
                   *_THE_LATTER[language][0], *_SAME_SOURCE[language][0],
                   *_BY_AGE_ALONE[language][0], *_THE_CORRECT[language][0],
                   *_THAT_THING.get(language, ((), ""))[0]),
                  re.compile(rf"^(?:\w+ {of}|{among})\b" + _MORE_BACK.get(language, ((), ""))[1]
                             + _SAID_OF_IT.get(language, "")
                             + _SUBJECT_AFTER_VERB.get(language, "")
                             + _FIGURE_OF_IT[language] + _STATEMENT_MADE[language]
                             + _IT_IS.get(language, ((), ""))[1] + _THAT_FIGURE[language][1]
                             + _NO_SIGN_OF_IT[language][1] + _THAT_TIME[language][1]
                             + _ITS_OPENING.get(language, ((), ""))[1]
                             + _THE_LATTER[language][1] + _SAME_SOURCE[language][1]
                             + _BY_AGE_ALONE[language][1] + _THE_CORRECT[language][1]
                             + _THAT_THING.get(language, ((), ""))[1]))
       for language, hints, of, among in (
           ("swedish", (" av dem", " av dessa", "Bland dem", "Bland dessa", "Det ", " han ",
                        " hon ", " om ", " ut med ", "talade", "pratade", "landa"),
            "av (?:dem|dessa)", "Bland (?:dem|dessa)"),
           ("french", (" d'entre", " d\u2019entre", "Parmi ", "parl", "voque", "avan", "ommuniqué",
                       "éclaration"),
            "d['\u2019]entre (?:eux|elles)", "Parmi (?:eux|elles|ceux-ci|celles-ci)"),
           ("spanish", (" de ellos", " de ellas", "Entre ellos", "Entre ellas", "abla", "elev",
                        "omunicado", " nota"),
            "de (?:ellos|ellas)", "Entre (?:ellos|ellas)"),
           ("italian", (" di loro", " di questi", " di queste", "Tra loro", "Tra questi",
                        "arla", " nota", "omunicato", "ichiarazione"),
            "di (?:loro|questi|queste)", "Tra (?:loro|questi|queste)"),
           ("portuguese", (" deles", " delas", "Entre eles", "Entre elas", "fala", "ponta",
                           " nota", "omunicado"),
            "(?:deles|delas)", "Entre (?:eles|elas)"))},
}
# Words that address the reader, by language: outside a quotation, a sentence that holds one
# gives the outlet's advice or voice ("If you haven't read her, start with …"), not a fact
# of the story (the labelled sets mark all but one such sentence junk); and so does one that
# opens with a verb that only tells the reader what to do ("Avoid touching handrails …",
# "Please …", "Make sure …"; not "Do not drink the tap water, the council said", its advice).
TO_THE_READER = {
    "english": re.compile(r"\byou(?:r|rs|rself|['\u2019](?:re|ve|ll|d))?\b"
                          r"|^(?:Avoid|Please|Make sure|Remember to)\b",
                          re.IGNORECASE),
    "french": re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE),
    "spanish": re.compile(r"\b(?:usted|ustedes|tú)\b", re.IGNORECASE),
}
# A sentence that tells the reader what to do in the imperative, as a live page or a release
# gives advice ("Run the cold tap until it clears.", "Gå inomhus, stäng fönster, dörrar och
# ventilation.", "Fermez les fenêtres.", "Bleiben Sie in Ihren Wohnungen."), unless it ends by
# naming who advises it (quotes.ends_attributed: "Do not drink the tap water, the council
# said" reports a body's advice), by language: the verbs of advice that open it in English
# and Swedish (not the noun or adverb of "Close to 200 people", "Stay of execution", "Never
# before"), any verb in the second person plural with what it acts on in French (not "Chez"
# nor a name such as Martinez), and the formal "you" inside a German sentence (capitalised
# there, as "they" and "she" are not).
_ADVICE = {
    "english": re.compile(r"^(?:Run|Boil|Keep|Stay (?:indoors|inside|away|at home|clear|off)"
                          r"|Close (?:windows|doors|all|your|the (?:windows|doors))"
                          r"|Shut (?:windows|doors|all|your|the)|Do not|Don['\u2019]t"
                          r"|Never (?!before\b|had\b|has\b|have\b|was\b|were\b|did\b))(?![\w-])"),
    "swedish": re.compile(r"^(?:Gå|Stäng|Håll (?:dig|er|dörrar|fönster)|Stanna|Undvik|Koka"
                          r"|Ring (?:\d|SOS|112|1177)|Lyssna på)\b"),
    "french": re.compile(r"^(?:Ne |N['\u2019])?(?!Chez\b)[A-Z\u00c9\u00c8][a-z\u00e0-\u00ff]+ez"
                         r" (?:les|la|le|l['\u2019]|vos|votre|à|chez|en|au|aux|pas|plus|tout"
                         r"|toute|tous|immédiatement)\b"),
    "german": re.compile(r"(?<=\w )(?:Sie|Ihnen|Ihre[rsnm]?|Ihr)\b"),
}
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb`]")
# A quotation, a list item, a question or an exclamation: an opening quote, bullet or dash; a
# final "?" or "!". (Text set as the Penn Treebank and older newswire archives set it writes
# ``…'' for “…”.)
_OPENERS = "\"'`\u201c\u201d\u2018\u201e\u00ab*\u2022\u00b7\u2013\u2014-"  # Swedish opens with ”
_CLOSERS = "\"'\u201d\u2019\u00bb)"
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# The finite verbs among the stop words of a language that capitalises its nouns: the
# auxiliaries and the modals (stands_alone).
_FINITE_STOP = {"german": frozenset(
    "ist sind war waren bin bist seid hat haben hatte hatten hast habt wird werden wurde wurden "
    "wirst werdet kann können konnte konnten muss müssen musste mussten soll sollen sollte "
    "sollten will wollen wollte wollten darf dürfen durfte durften mag sei seien wäre wären "
    "hätte hätten würde würden".split())}
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[^\W\d_A-Z\u00c0-\u00de][\w'\u2019-]*")  # as written
# A run of words in capitals, each of two letters or more (the parts of a hyphenated word
# apart: "£300,000-A-WEEK"); and what follows such a run that opens a sentence as a date line
# ("PORT CARRIN, Westerholm (CNS) -") or a live page's label ("UPDATE:") does: a comma, colon,
# bracket or dash.
_CAPITALS = re.compile(r"[A-Z\u00c0-\u00de](?<![\w'\u2019][A-Z\u00c0-\u00de])[A-Z\u00c0-\u00de]+"
                       r"(?:[ -][A-Z\u00c0-\u00de]{2,})*(?![\w'\u2019])")
_LABEL = re.compile(r"\s*[,:(\u2013\u2014-]")
# A shouted run holds a word of this many letters or more: "SIX Karsovians" may be loud, but
# "WHO" and "UN" are bodies whose names are common words in lower case.
SHOUTED_LETTERS = 4
# Words in capitals of SHOUTED_LETTERS or more that a sentence shouts with, whether or not its
# set writes them plainly (a tabloid's own words are often no other outlet's: "TERRIFIED",
# "ROARING"), and the letters of the longest of them: abbreviations are mostly shorter ("FBI",
# "NHS", "USA TODAY"), and one sentence seldom names two long ones ("UNESCO", "NASDAQ").
SHOUTED_WORDS = 2
LOUD_LETTERS = 5
_NUMBERED = re.compile(r"-\d")  # an abbreviation's number: "COVID-19", "MH-17"
# A quotation that closes inside the sentence and is followed by who said it: “…,” she said.
# The comma sits inside the closing mark in English, after it in French and German:
# “…,” she said; « … », a-t-elle dit; „…“, sagte sie.
_ATTRIBUTED = re.compile(r"""^(?:``|["'\u201c\u201d\u2018\u00ab\u201e])"""
                         r"""[^"\u201c\u201d\u00ab\u00bb\u201e]{20,}?"""
                         r"""(?:[,!](?:''|["'\u201d\u2019\u00bb])|\s?["'\u201d\u2019\u00bb\u201c]\s?,)"""
                         r""" +[^\W\d_]""")

# A quotation followed by its verb alone, as languages that leave the subject unsaid write it
# ("«Ninguna familia va a quedar sola», reiteró.", "«…», ha aggiunto.", "«…», afirmou, perante
# algumas centenas de apoiantes."), or by its verb and a pronoun ("« … », a-t-il déclaré jeudi
# matin", "„…“, sagte er kurz nach 21 Uhr", "«…», disse ele", "”…”, säger hon"; English's
# "…," he said is POINTING_BACK_INSIDE's): who said it is in a sentence before.
_VERB_ALONE = re.compile(
    r"""(?:["\u201c\u201d\u00bb]\s*,|,\s*["\u201c\u201d\u2019])"""  # the quotation closed
    r"(?:(?: (?:ha|han|hanno|hat|a|ont|tem))? [^\W\d_]+\.$"  # its verb and the end
    r"| [a-z\u00e0-\u00ff]+,"  # its verb and a comma
    r"| [^\W\d_]+(?:-t)?-(?:il|elle|ils|elles)\b"  # a French verb and its pronoun
    r"| [^\W\d_]+ (?:er|sie|ele|ela|eles|elas|\u00e9l|ella|ellos|ellas|han|hon)\b"
    # or its verb and to whom or where it was said, in lower case: no subject between
    # ("…», ha ripetuto ai cronisti.", "…», reiteró ante los medios.", "…», a-t-elle ajouté
    # devant la presse."; not "…», ha detto il sindaco ai cronisti.")
    r"|(?: (?:ha|han|hanno|hat|a|ont|tem))? [a-z\u00e0-\u00ff]+ (?:ai|agli|alle|al|alla|ante"
    r"|a|en|\u00e0|aux|au|devant|aos|\u00e0s|ao|para|per|till|f\u00f6r|vor|gegen\u00fcber)"
    r"(?: [a-z\u00e0-\u00ff'\u2019]+){1,4}\.$)")


# A close translation's word order, by language: English put in another language's order
# reads as a foreign desk's, a wording of last resort for the fact it states (clearest). Two
# orders almost no native sentence has. The speaker told after the words as "so" and a name
# (German's ", so der Minister": "…, so the chief.", "…, so Thalen.": a name, or up to four
# words after an article or a possessive, a title and a name ("…, so the environment minister
# Rhian Calder."), none a stop word or a verb in the past: not "…, so the crowd cheered.", "…,
# so commuters drove."); or inside the sentence, after the verb it interrupts ("Nine of the
# injured are, so the police, in serious condition.", "Volquist said, so the statement of the
# federation, that he …"; not "The plant closed, so the town, which …, lost"). A participle
# put last after its object
# (German's verb at the end: "The president has the journalist Nadia Korvel pardoned.",
# "Yesterday evening has on the stadium a group of spectators the referee attacked.", "… has
# on Tuesday his office given up."): the sentence's last word a past participle, or one and
# its particle (but one of attribution: "…, the police said."), whose auxiliary stands three
# or more words before it with nothing between but its objects (no comma, quotation mark,
# conjunction, word that opens a clause of its own, verb in the past or other auxiliary:
# "There is a similar gap over where the fireball ended."), followed by an article, a
# preposition or a name (not a possessive: "had their bank details stolen", the English
# causative), outside quotation marks; not "unless otherwise stated" (the participle after a
# conjunction). On the 230 sets of five outlets of docs/quality.md, 329 sentences read so,
# all but four a foreign desk's (those four English with a participle last: "… still had
# about 18 percent of its propellant left."). The patterns and the words that may not stand
# between, by language; English only so far.
TRANSLATED_ORDER = {"english": (
    re.compile(r",\s+so\s+(?:(?:the|his|her|their)\s+([^\W\d][\w'\u2019-]*"
               r"(?:\s+[^\W\d][\w'\u2019-]*){0,3})|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)"
               r"\.$"
               r"|\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should"
               r"|shall|said|says|explained|declared|informed|wrote|writes),\s+so\s+"
               r"(?:(?:the|his|her|their)\s+[^\W\d][\w'\u2019-]*(?:\s+[^\W\d][\w'\u2019-]*){0,3}"
               r"|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?),\s"),
    re.compile(r"(?:^|[\s(])(has|have|had|is|are|was|were|will|shall)\s+"
               r"(the|a|an|on|in|at|this|that|these|those|about|by|[A-Z][\w'\u2019-]*)"
               r"((?:\s+[^\s,;:\"\u201c\u201d]+){2,}?)"
               r"\s+(?!said\b|told\b|added\b)([a-z]+ed|[a-z]+en|done|made|paid|sold|held|set|put|"
               r"cut|hit|shut|brought|caught|bought|found|lost|left|kept|sent|spent|built|taken|"
               r"given|seen|known|shown|told|said)(?:\s+(?:up|down|off|out|back|over|away))?\.$"),
    frozenset("be been being to get got have has had is are was were will shall would can "
              "could may might must should otherwise unless if when as once went came ran fell "
              "rose grew drove took gave won lost stood sat began broke fled left made said "
              "told held kept met paid sold sent spent and but or then where when which who "
              "whom whose what how why while".split()))}


# A lede in its writer's own voice, by language: a party announcing what it did, as a press
# release does ("Halvex Chemicals confirms that an explosion occurred …", "The Office of the
# Public Integrity Commissioner today announced the arrest of …", "… can confirm that the
# walker … was located alive"), or speaking as "we" and "our" ("At 09:40 this morning our
# emergency line received a report …", a foreign desk's "… must be taken from the shelves in
# our country", a tabloid's "the hottest temperature ever recorded in our country"), or as "I"
# and "my", a blog's or a column's ("mon anémomètre a enregistré …", "Enquanto escrevo, …",
# "Jag har bott i byn …"; not Swedish "mitt i", "in the middle of"). A report
# tells the event to anyone and names its source after it ("…, police said"). A verb of
# announcing after "today" (news writes "said on Tuesday"), or before "that" in the present (a
# live page's "Police confirm seven people have died" reports), or the first person, outside
# quotation marks. On the 214 sets of docs/quality.md, 48 ledes read so: 34 a press
# release's or an authority's announcement, 14 in the first person (press releases, tabloids,
# foreign and local desks), none a report's lede in the third person. The other languages read
# the first person alone (a press release's "kolliderade vårt regionaltåg 8714",
# "beteiligen sich heute an unserem Warnstreik"): their verbs of announcing in the present
# ("annonce", "bekräftar") open reports' ledes as often as releases'. Portuguese "nos" is
# "in the" as well, and is left out. Where the languages leave the subject out, the first
# person's pronoun after the verb and its own auxiliaries are read too ("Hoy mismo hemos
# presentado un recurso …", "Ho letto 12 metri quadrati …", "Temos registo de …", "me
# parece").
OWN_VOICE = {"english": re.compile(
    r"\b(?:today\s+(?:has\s+)?(?:announced|confirmed|issued|published|launched|released"
    r"|unveiled|reported|introduced|named|appointed|completed|signed|opened"
    r"|confirms|announces|issues|publishes|launches|releases|unveils|reports|introduces|names"
    r"|appoints|completes|signs|opens)"
    r"|(?:confirms|announces)\s+that|can\s+confirm"
    r"|is\s+pleased\s+to\s+(?:announce|confirm)|regrets\s+to\s+(?:announce|confirm)"
    r"|wishes\s+to\s+inform|[Ww]e|[Oo]urs?|us|I|[Mm]y|me)\b"),
    **{language: re.compile(rf"\b(?:{words})\b") for language, words in (
        ("french", "[Nn]ous|[Nn]otre|[Nn]os|[Jj]e|[Jj]'|[Mm]on|[Mm]es|[Mm]oi"),
        ("german", "[Ww]ir|[Uu]ns(?:er(?:e[mnrs]?)?)?|[Ii]ch|[Mm]ein(?:e[mnrs]?)?|mir|mich"),
        ("italian", "[Nn]oi|[Nn]ostr[aeio]|[Ii]o|[Mm]i[oa]?|[Mm]iei|[Mm]ie|[Hh]o|[Aa]bbiamo"),
        ("portuguese", "[Nn]ós|[Nn]oss[ao]s?|[Ee]u|[Mm]eus?|[Mm]inhas?|[Mm]e|[Tt]enho|[Tt]emos"
                       "|[Ee]stamos|[Ee]staremos|[Ss]omos"),
        ("spanish", "[Nn]osotr[ao]s|[Nn]uestr[ao]s?|[Nn]os|[Yy]o|[Mm]is?|[Mm]e|[Hh]e|[Hh]emos"
                    "|[Tt]enemos|[Ee]stamos|[Ss]omos"),
        ("swedish", "[Vv]i|[Oo]ss|[Vv]år[at]?|[Jj]ag|[Mm]ig|[Mm]ina"))}}


# The first person, by language (OWN_VOICE's pronouns): outside quotation marks, in a sentence
# that does not end by naming who speaks (ends_attributed), the writer's ("Der Netzbetreiber
# hat uns auf Anfrage mitgeteilt …", "Our engineers found a crack …", "selon nos
# informations"), and the outlet naming itself so ("según ha podido saber este periódico",
# "this newspaper has learned"): out of its article the reader cannot tell who "we" are.
# (English "I" before a verb: "Annex I nations", "World War I" are names.)
_THIS_OUTLET = {"english": r"[Tt]his (?:newspaper|website|programme|program|station)",
                "french": r"(?:[Cc]e journal|[Cc]e quotidien|[Nn]otre r\u00e9daction)",
                "german": r"(?:[Dd]iese[rm]? Zeitung|[Uu]nsere[rm]? Redaktion)",
                "italian": r"(?:[Qq]uesto (?:giornale|quotidiano)|[Qq]uesta testata)",
                "portuguese": r"(?:[Ee]ste jornal|[Ee]sta reda\u00e7\u00e3o)",
                "spanish": r"(?:[Ee]ste (?:peri\u00f3dico|diario)|[Ee]sta redacci\u00f3n)",
                "swedish": r"(?:[Dd]enna tidning|[Rr]edaktionen)"}
FIRST_PERSON = {"english": re.compile(
    r"\b(?:(?:[Ww]e|[Oo]urs?|us|[Mm]y|me)\b|I(?=['\u2019](?:m|ve|d|ll)\b| (?:am|was|have|had"
    r"|think|thought|said|say|do|did|will|would|can|could|saw|heard|know|knew|feel|felt|went|got"
    r"|want|wanted)\b)|" + _THIS_OUTLET["english"] + r"\b)"),
                **{language: re.compile(rf"{pattern.pattern}|\b{_THIS_OUTLET[language]}\b")
                   for language, pattern in OWN_VOICE.items() if language != "english"}}


# Words between straight single quotes, as British papers quote ("Mr Ashby said: 'We have
# rebuilt our systems.'"), which quoted reads only where its line's marks show them (an
# apostrophe is the same character).
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s:(]))'[^']+'(?=[\s.,;:!?)]|$)")


def in_first_person(text: str, language: str) -> bool:
    """Whether a sentence speaks in its writer's first person (FIRST_PERSON), outside
    quotation marks, and does not end by naming who speaks."""
    pattern = FIRST_PERSON.get(language)
    if pattern is None:
        return False
    singles = ([m.span() for m in _SINGLE_QUOTED.finditer(text)] if "'" in text else [])
    return (any(not quoted(text, found.start())
                and not any(start < found.start() < end for start, end in singles)
                for found in pattern.finditer(text))
            and not ends_attributed(text, language))


# A label before a colon near the start of a sentence (within KICKER characters): a live page's
# or a tabloid's line ("Premiers chiffres du ministère : 24,1 % de grévistes …", "Ponto de
# situação da ANEPC: área ardida provisória de 4.200 hectares.", "AFFLUENZA DEFINITIVA: ha
# votato il 44,9% …"), whose fact a report tells in a sentence of its own where one does, and
# which leaves out whose figures they are or when they were given. No clause before the colon
# ("Vellmark Railways has offered 6% over two years: 3.5% this year …", "le maire a tranché :
# l'école sera fermée", "Police said: …"): words before it that hold an auxiliary or a verb of
# saying (_CLAUSE_VERBS) are none.
_LABEL_COLON = re.compile(rf"([^:]{{2,{KICKER}}}?)\s?:\s")
_CLAUSE_VERBS = {language: frozenset(words.split()) for language, words in (
    ("english", "is are was were be been has have had will would can could may might must do "
                "does did said says told tells added announced confirmed"),
    ("french", "est sont était étaient a ont avait avaient sera seront été fait font va vont "
               "dit déclaré annoncé indiqué"),
    ("german", "ist sind war waren hat haben hatte hatten wird werden wurde wurden sagt sagte "
               "erklärt erklärte"),
    ("italian", "è sono era erano ha hanno aveva avevano sarà saranno stato stata detto "
                "dichiarato annunciato"),
    ("portuguese", "é são era eram foi foram tem têm tinha tinham está estão será disse "
                   "afirmou declarou anunciou"),
    ("spanish", "es son era eran fue fueron ha han había habían está están será dijo "
                "afirmó declaró anunció"),
    ("swedish", "är var har hade blir blev kommer ska kan säger sa sade meddelar uppger"))}


def hook(text: str, words: int) -> bool:
    """Whether a text of so many words is a hook, no statement: a fragment of fewer than
    MIN_WORDS words ("Großalarm in Dunmore."), an exclamation or a question ("¡Pánico en
    Almedilla del Campo!", "Dunmore under a cloud?")."""
    return words < MIN_WORDS or text.rstrip(_CLOSERS).endswith(("?", "!"))


def labelled(text: str, language: str) -> bool:
    """Whether a sentence opens with a label before a colon (_LABEL_COLON), no clause
    (_CLAUSE_VERBS)."""
    found = _LABEL_COLON.match(text)
    return found is not None and _CLAUSE_VERBS.get(language, frozenset()).isdisjoint(
        found.group(1).lower().split())


# A telegraphic line, which leaves out the auxiliary before its participle as a headline does, a
# live page's or a tabloid's post ("Crollato il campanile di San Liborio.", "Chiusa la seconda
# fascia di garanzia.", "Confirmados dos fallecidos.", "34 personas atendidas, seis en
# hospitales."), does not stand alone: out of its page a reader cannot tell where or when, and
# a report tells its fact in a sentence of its own where one does ("A Roccafria è crollato il
# campanile della chiesa di San Liborio, …"). It opens with a past participle (its regular
# endings and the commonest irregular ones: "chiusa", "muertos"), or with a count, its noun and
# a past participle, and holds no auxiliary nor verb of saying (_CLAUSE_VERBS). Not a noun of
# the same ending before "of" or "that" ("Giornata di disagi a Verdano per lo sciopero …", "Dato
# che …"), nor a participle's clause before the sentence's subject ("Contactado pela ALN, o
# Aeroclube confirmou …", "Fondée en 1891, Banque Ardouin compte …"). By language: the
# participle's pattern and the words that open a subject. So is a line that names what befell
# before its participle, as a live page's headline does ("Bus des lignes 2 et 5 déviés.", "Rio
# Fosco esondato a Borgo San Rocco.", "Apanha de bivalves proibida na Ponta do Corvo.",
# "Handballspiel der HSG Velmsheim gegen TV Eichelsbach abgesagt."): of at most LINE_WORDS
# words and no comma, its words but the participle are names, figures, stop words and
# prepositions (_LINE_WORDS), and nouns after a stop word before the participle ("des lignes",
# "de bivalves"); a clause would hold a verb besides ("Il ponte crollato a marzo preoccupa …",
# "La RD 428 reste coupée …", a verb after a road's number). German puts the
# participle last and writes its verbs in lower case: a participle of "ge" ("abgesagt",
# "gesperrt"), not one of an inseparable prefix, which reads as the present too ("Die
# Staatsanwaltschaft ermittelt."). English, whose past tense is its participle ("Police
# arrested two men in Leeds."), and Swedish ("Bussen stannade vid Ramsö.") are left out.
_PARTICIPLE = {"french": (r"(?:é|ée|és|ées)", r"le|la|les|l['\u2019]"),
               "italian": (r"(?:at|ut|it|s|tt|st)[oaie]", r"il|lo|la|i|gli|le|l['\u2019]"),
               "portuguese": (r"(?:ad|id|ert|ort|ost|eit)[oa]s?", r"o|a|os|as"),
               "spanish": (r"(?:ad|id|ert|uert|uest|ech|ich)[oa]s?", r"el|la|los|las")}
_TELEGRAPHIC = {language: re.compile(
    rf"(?:(?i:{_number(language)}) [^\W\d_]+ )?[^\W\d_]+{ending}\b(?! (?:di|de|che|que)\b)"
    rf"(?![^,.:;]{{0,60}}, (?:(?:{subject})\b|[A-Z\u00c0-\u00de]))")
    for language, (ending, subject) in _PARTICIPLE.items()}
_LETTERS = re.compile(r"[^\W\d_]+")
LINE_WORDS = 12  # a live page's headline line is short: "Bus des lignes 2 et 5 déviés."
_LAST_PARTICIPLE = {language: re.compile(rf"[^\W\d_A-Z\u00c0-\u00de]+{ending}")
                    for language, (ending, _) in _PARTICIPLE.items()} | {
    "german": re.compile(r"[a-z\u00e4\u00f6\u00fc\u00df]*ge[a-z\u00e4\u00f6\u00fc\u00df]{2,}"
                         r"(?:t|en)")}
# the prepositions of a place or a match that the stop words leave out, and the rarer
# auxiliaries (a past historic's "Le pont fut fermé.") that _CLAUSE_VERBS leaves out
_LINE_WORDS = {"german": frozenset("gegen zwischen wegen seit ohne um neben".split()),
               "french": frozenset(["contre"]),
               "portuguese": frozenset("sobre contra desde".split()),
               "spanish": frozenset(["contra"])}
_MORE_AUXILIARIES = {"french": frozenset("fut furent soit soient".split()),
                     "italian": frozenset("fu furono sia siano".split()),
                     "portuguese": frozenset("seja sejam".split()),
                     "spanish": frozenset("sea sean".split())}


def telegraphic(text: str, language: str) -> bool:
    """Whether a sentence is a telegraphic line (_TELEGRAPHIC, or a line that names what befell
    before its participle: _named_line), no clause (_CLAUSE_VERBS)."""
    pattern = _TELEGRAPHIC.get(language)
    if pattern is None and language != "german":
        return False
    words = _LETTERS.findall(text.lower())
    return (_CLAUSE_VERBS[language].isdisjoint(words)
            and (pattern is not None and pattern.match(text) is not None
                 or _named_line(text, language)))


def _named_line(text: str, language: str) -> bool:
    """Whether a sentence names what befell, then gives its participle, as a live page's headline
    does (see _TELEGRAPHIC)."""
    words = text.rstrip(_CLOSERS).removesuffix(".").split()
    if not 3 <= len(words) <= LINE_WORDS or any(c in text for c in ",;:?!"):
        return False
    participle = _LAST_PARTICIPLE[language]
    at = ((len(words) - 1 if participle.fullmatch(words[-1]) else 0) if language == "german"
          else next((k for k, w in enumerate(words) if participle.fullmatch(w)), 0))
    stop = stop_words(language) - _MORE_AUXILIARIES.get(language, frozenset())
    allowed = stop | _LINE_WORDS.get(language, frozenset())

    def plain(k: int) -> bool:
        word = words[k]
        return (not word[:1].islower() or word.lower() in allowed
                or k < at and words[k - 1].lower() in stop)

    return at > 0 and not words[0][:1].islower() and all(
        plain(k) for k in range(1, len(words)) if k != at)


def in_own_voice(text: str, language: str) -> bool:
    """Whether a sentence tells what it tells in its writer's own voice (OWN_VOICE)."""
    pattern = OWN_VOICE.get(language)
    return any(not quoted(text, found.start())
               for found in (pattern.finditer(text) if pattern is not None else ()))


# A close translation's calques of a Romance language's phrases, by language: an amount "of"
# its currency ("63 million of dollars", Spanish "63 millones de dólares") and an age "of" its
# years set off beside a name ("Douglas Rennick, of 58 years, founder of …", "de 58 años"),
# which English writes "$63 million" and "58"; and a Slavic language's reporting verb and
# source ("The health authority informs about 47 cases", "according to the data of the
# ministry", "…, informs the Royal Academy on Monday."; Czech "informuje o", "podle údajů",
# Swedish "…, meddelar Akademien"), which English writes "reports", "according to", "the
# Academy said"; and a Germanic language's object after the source it came from ("has
# obtained from the Medicines Agency the approval for its vaccine"; Dutch "heeft van … de
# goedkeuring gekregen"), which English writes "obtained approval from". English, and Swedish
# (below).
CALQUES = {"english": re.compile(
    r"\d\s+(?:million|billion|thousand)s?\s+of\s+(?:dollars|euros|pounds|francs|pesos|reais"
    r"|crowns|kronor|kroner|yen|yuan|rupees)\b|,\s+of\s+\d{1,3}\s+years\b"
    r"|\binform(?:s|ed)? about\b|\b[Aa]ccording to the (?:data|information) of\b"
    r"|,\s+informs\s+(?:the\s+)?[A-Z]"
    r"|\b(?:obtained|received|got|gained|won|requested|demanded|bought|took) from (?:the )?"
    r"(?:[A-Z][\w'\u2019-]*\s+){1,6}(?:the|a|an)\s"),
    # Swedish: "enligt uppgifterna av bolaget" ("according to the data of"), and a speaker
    # before the verb after a quotation ("”…”, Niemi säger."), where Swedish says "säger Niemi"
    "swedish": re.compile(r"\b[Ee]nligt (?:uppgifterna|uppgifter|data|datan) av\b"
                          r"|[\"\u201d],\s+(?:[A-Z\u00c5\u00c4\u00d6][\w-]+|han|hon)"
                          r"\s+(?:s\u00e4ger|sa|sade|ber\u00e4ttar)\.")}


def translated(text: str, language: str) -> bool:
    """Whether a sentence reads in a close translation's word order (TRANSLATED_ORDER) or with
    its calques (CALQUES)."""
    calque = CALQUES.get(language)
    if calque is not None and calque.search(text):
        return True
    if language not in TRANSLATED_ORDER or not text.endswith("."):
        return False
    told_as_so, verb_last, between = TRANSLATED_ORDER[language]
    told = told_as_so.search(text)
    if told is not None and not any(
            word in between or word.endswith("ed") or word in stop_words(language)
            for word in (told.group(1) or "").lower().split()):
        return True  # "…, so the union leader.", not "…, so the crowd cheered."
    found = verb_last.search(text)
    if found is None or _QUOTE_MARKS.search(text, 0, found.start()):
        return False  # none, or inside someone's words
    return between.isdisjoint(word.lower() for word in found.group(3).split())


@dataclass(frozen=True)
class Pick:
    """A chosen sentence (row of the pool) and its share of the brief's value, in [0, 1]."""

    row: int
    score: float


def concepts(term_lists: list[list[str]]) -> sparse.csr_matrix:
    """Which sentence holds which concept: binary, shape (n_sentences, n_concepts).

    term_lists: each sentence's content-word stems in order (vectorise.terms). A sentence of
    one content word has that word as its concept.
    """
    vocabulary, stems, sentence = numbered(term_lists)
    lengths = np.bincount(sentence, minlength=len(term_lists))
    v = len(vocabulary)
    # A bigram is a stem and the next one in its sentence, numbered a * v + b; a lone stem a
    # is numbered v * v + a.
    pair = np.flatnonzero(sentence[:-1] == sentence[1:])
    alone = np.flatnonzero(lengths[sentence] == 1)
    keys = np.r_[stems[pair] * v + stems[pair + 1], v * v + stems[alone]]
    rows = np.r_[sentence[pair], sentence[alone]]
    names, columns = np.unique(keys, return_inverse=True)
    # a concept twice in a sentence is held once
    cells, _ = _distinct(rows, columns.ravel(), len(names))
    n, m = len(term_lists), len(names)
    row_of, column_of = np.divmod(cells, max(m, 1))
    return by_rows(row_of, column_of, np.ones(len(cells), dtype=np.float32), (n, m))


def _distinct(rows: np.ndarray, columns: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct cells (row, column) of a matrix of m columns, numbered row * m + column,
    in order, and the column of each."""
    cells = np.sort(rows.astype(np.int64) * max(m, 1) + columns)
    new = np.ones(len(cells), dtype=bool)
    new[1:] = cells[1:] != cells[:-1]
    cells = cells[new]  # np.unique's answer; it takes 20 times as long here (numpy 2.4)
    return cells, cells % max(m, 1)


def concept_weights(C: sparse.csr_matrix, articles: np.ndarray) -> np.ndarray:
    """Number of articles using each concept (m,); with one article, its number of sentences.

    Concepts used only once (by one article, or in one sentence of a lone article) are dropped,
    unless nothing else is left.
    """
    n_articles = int(articles.max()) + 1 if len(articles) else 0
    m = C.shape[1]
    if n_articles < 2:  # C is binary: a concept's sentences are its entries
        weights = np.bincount(C.indices, minlength=m).astype(float)
    else:
        rows = np.repeat(articles, np.diff(C.indptr))  # the article of each entry
        _, used = _distinct(rows, C.indices, m)  # (article, concept) pairs
        weights = np.bincount(used, minlength=m).astype(float)
    shared = np.where(weights >= 2, weights, 0.0)
    return shared if shared.any() else weights


def _balanced(text: str) -> bool:
    """Whether a text's quotation marks pair up: straight and curly double ones (“…”, „…“) an
    even number, French ones and ``…'' as many open as closed."""
    return ((text.count("\u201c") + text.count("\u201d") + text.count("\u201e")) % 2 == 0
            and text.count('"') % 2 == 0 and text.count("\u00ab") == text.count("\u00bb")
            and text.count("``") == text.count("''"))


# A wire's sentence that opens with a body's name and ends on ", it said" tells what that body
# said: "The State Workers' Pension Fund (SWPF) … lost 7.8 billion euros …, it said on Thursday."
# (a name of two capitalised words or more, its first no function word: not "In March, …").
_ITS_OWN_WORDS = re.compile(r", it [a-z]+")
_NAMED_SUBJECT = re.compile(r"(?:The )?([A-Z][\w'\u2019&.-]*) (?:(?:of|for|and|&) )?[A-Z(]")


# German reports what someone said in the subjunctive (Konjunktiv I: "sei", "seien", "habe",
# "könne"), and a wire goes on so for sentences after the one that names the speaker ("Die Risse
# seien bis zu 0,4 Millimeter breit.", "Gegen 23 Personen seien Strafverfahren eingeleitet
# worden."): without a verb of saying or a source of its own ("laut", "zufolge", "nach
# Polizeiangaben", "hieß es", "hat … mitgeteilt", quotes.VERBS) and without the clause that
# names its speaker ("Die Polizei geht davon aus, dass … sei"), whose words it tells the reader
# cannot tell. The forms that are no indicative too.
_REPORTED = {"german": re.compile(
    r"\b(?:sei|seien|habe|werde|k\u00f6nne|m\u00fcsse|solle|wolle|d\u00fcrfe|gebe|liege|gelte"
    r"|stehe|komme|gehe|bleibe|handle|handele|fehle|befinde|drohe|reiche|brauche|wisse)\b")}
_SOURCED = {"german": re.compile(
    r"\b(?:laut|zufolge|nach \w*(?:angaben|auskunft|informationen|darstellung|einsch\u00e4tzung)"
    r"|hie\u00df es|dass|ob|so|teilte|teilten|teilt|mitteilte|mitgeteilt|gesagt|erkl\u00e4rt"
    r"|berichtet|best\u00e4tigt|best\u00e4tigte|meldete|sagten"
    r"|erkl\u00e4rten|k\u00fcndigte|r\u00e4umte|gab|gaben|" + "|".join(VERBS["german"].split())
    + r")\b", re.IGNORECASE)}


def points_back_inside(text: str, language: str) -> bool:
    """Whether a text points back to one before it by words inside it (POINTING_BACK_INSIDE:
    "The first, …", "…, the person said."), not by a pronoun that opens it, nor by the "it"
    of a body its sentence opens with (_NAMED_SUBJECT)."""
    bare, says = _BARE_COUNT.get(language), _SAYS_THAT.get(language)
    if bare is not None and bare.match(text) or says is not None and says.match(text):
        return True  # "Twelve were taken to …", "Sostiene que …"
    reported = _REPORTED.get(language)
    if (reported is not None and reported.search(text)
            and not _SOURCED[language].search(text)):
        return True  # "Die Risse seien bis zu 0,4 Millimeter breit."
    hints, inside = POINTING_BACK_INSIDE.get(language, ((), None))
    if inside is None or not any(hint in text for hint in hints):
        return False
    found = inside.search(text)
    subject = _NAMED_SUBJECT.match(text) if language == "english" else None
    if subject is not None and subject.group(1).lower() not in stop_words(language):
        while found is not None and _ITS_OWN_WORDS.match(found.group()):
            found = inside.search(text, found.end())
    return found is not None


def stands_alone(texts: list[str], language: str,
                 n_words: list[int] | None = None) -> np.ndarray:
    """Which texts read as a statement on their own (n,) bool: of a brief sentence's length,
    not opening with a word that points back nor pointing back inside (POINTING_BACK_INSIDE),
    not a quotation (or part of one running on into the next sentence) but one followed by who
    said it, not a part of a sentence cut inside brackets (an abbreviation read as its end: "a
    strong Cat. 4 storm)"), not a question, exclamation (a live commentator's "GOAL!") or list
    item, nor a paragraph the page cut short at a comma or a semicolon (clean keeps it, for
    its fact), not addressed to the reader (TO_THE_READER), nor a telegraphic line.

    n_words: each text's number of words (white-space separated), when already counted.
    """
    back = POINTING_BACK.get(language, frozenset())
    quoted_back = back - SPEAKERS_OWN.get(language, frozenset())
    attributed_back = back - frozenset(SPEAKERS.get(language, "").split())
    stop = stop_words(language)

    def says_something(text: str) -> bool:
        """Whether a lower-case word of the text is not a stop word: in a language that
        capitalises names and little else, a sentence of names, figures and stop words alone
        says who, where and when, not what ("HMS Cornwall at Zeebrugge in 2006.", a caption
        run into a paragraph); German capitalises its nouns too, and such a sentence there
        is a line with no verb unless one of its stop words is one ("Drei
        Rettungshubschrauber im Einsatz – so die Feuerwehr.", a live page's; not "Die
        Feuerwehr ist im Einsatz.")."""
        if language not in NAMED and language not in _FINITE_STOP:
            return True
        lower = [m.group().lower() for m in _LOWER_WORD.finditer(text)]
        if language in NAMED:
            return any(word not in stop for word in lower)
        return (any(word not in stop and word not in numbers for word in lower)
                or not _FINITE_STOP[language].isdisjoint(lower))

    numbers = frozenset(numbers_in_words(language) if language in _FINITE_STOP else ())
    reader, advice = TO_THE_READER.get(language), _ADVICE.get(language)

    def to_the_reader(text: str) -> bool:
        return ((reader is not None and reader.search(text) is not None
                 or advice is not None and advice.search(text) is not None
                 and not ends_attributed(text, language))
                and _QUOTE_MARKS.search(text) is None)

    own_time, opening_back = OWN_TIME.get(language), OPENING_BACK.get(language)

    def points_back(text: str) -> bool:
        unquoted = text.lstrip(_OPENERS + " \u00a0")
        first = _FIRST_WORD.match(unquoted)
        word = first.group().lower() if first is not None else ""
        # a quotation's own words, or a speaker's who the sentence ends by naming
        words_back = (quoted_back if unquoted != text
                      else attributed_back if word in back and ends_attributed(text, language)
                      else back)
        return (word in words_back
                and (own_time is None or own_time.match(unquoted) is None)
                or opening_back is not None and opening_back.match(text) is not None
                or points_back_inside(text, language))

    def alone(text: str, words: int) -> bool:
        return (MIN_WORDS <= words <= MAX_WORDS
                and (text[:1] not in _OPENERS or _ATTRIBUTED.match(text) is not None
                     and _VERB_ALONE.search(text) is None)
                and not text.rstrip(_CLOSERS).endswith(("?", "!", ",", ";"))
                and _balanced(text)
                and text.count("(") == text.count(")")
                and not points_back(text) and says_something(text)
                and not to_the_reader(text) and not in_first_person(text, language)
                and not telegraphic(text, language))

    counted = [len(t.split()) for t in texts] if n_words is None else n_words
    return np.array([alone(t, k) for t, k in zip(texts, counted, strict=True)], dtype=bool)


_ADDRESS = "./@"  # what joins the parts of a web or e-mail address


class _Written:
    """Whether a set of texts writes a word plainly: in lower case, or capitalised only as a
    text's first word (called with the word in lower case). Each word is looked up once, in
    the texts joined, when first asked."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.joined = ""
        self.known: dict[str, bool] = {}
        self.known_names: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        if word not in self.known:
            self.known[word] = (self._alone(word, lambda c: not _in_word(c))
                                or self._alone(word.capitalize(), lambda c: c == "\n"))
        return self.known[word]

    def named(self, word: str) -> bool:
        """Whether two texts or more write `word` (in capitals, as written) as a word of its
        own: a name the set uses ("FECOP", "CETRAC"), where a tabloid's shout is its own."""
        if word not in self.known_names:
            places = self._places(word, lambda c: not _in_word(c))
            first = next(places, -1)
            self.known_names[word] = first > 0 and any(
                self.joined.find("\n", first, at) >= 0 for at in places)
        return self.known_names[word]

    def _alone(self, form: str, starts: Callable[[str], bool]) -> bool:
        """Whether `form` is written somewhere as a word of its own (_places)."""
        return next(self._places(form, starts), -1) > 0

    def _places(self, form: str, starts: Callable[[str], bool]) -> Iterator[int]:
        """Where the texts, joined (each between breaks) when first read, write `form` as a
        word of its own, after a character that `starts` allows, and not as a part of a web or
        e-mail address (an acronym's site, "swpf.eu/annualreport", writes it in lower case, but
        no word)."""
        if not self.joined:
            self.joined = "\n" + "\n".join(self.texts) + "\n"
        joined = self.joined
        at = joined.find(form)
        while at > 0:
            end = at + len(form)
            if (starts(joined[at - 1]) and joined[at - 1] not in _ADDRESS
                    and not _in_word(joined[end])
                    and not (joined[end] in _ADDRESS and joined[end + 1].isalnum())):
                yield at
            at = joined.find(form, at + 1)


def _in_word(character: str) -> bool:
    return character.isalnum() or character in "_'\u2019-"


def _shouts(text: str, written: _Written) -> bool:
    """Whether a text holds a run of words in capitals (_CAPITALS) with a word of
    SHOUTED_LETTERS or more, each of whose words its set writes plainly (written), or
    SHOUTED_WORDS such words or more outside quotation marks, one of LOUD_LETTERS or more,
    whatever the set writes ("A TERRIFIED village was swamped by a ROARING wall of water …",
    "una notte di TERRORE PURO"), but for the names another of its texts writes in capitals
    too (a wire's "… convocado por FECOP …, que la patronal CETRAC rebaja al 22 %": two outlets
    seldom shout one word), a date line or label that opens it and an abbreviation with its
    number ("COVID-19")."""
    runs = [m for m in _CAPITALS.finditer(text)
            if not (m.start() == 0 and _LABEL.match(text, m.end()))
            and not _NUMBERED.match(text, m.end())]
    words = [m.group().replace("-", " ").split() for m in runs]
    if any(max(map(len, run)) >= SHOUTED_LETTERS and all(written(w.lower()) for w in run)
           for run in words):
        return True
    loud = [len(w) for m, run in zip(runs, words, strict=True) if not quoted(text, m.start())
            for w in run if len(w) >= SHOUTED_LETTERS and not written.named(w)]
    return len(loud) >= SHOUTED_WORDS and max(loud) >= LOUD_LETTERS


def shouting(texts: list[str]) -> np.ndarray:
    """Which texts shout (n,) bool: hold a run of words in capitals whose every word the texts
    also write in lower case, or capitalised only as the first word of a text ("a whopping
    €300 MILLION", "the worst fire in a GENERATION", "NEARLY 200 passengers"), a word of
    SHOUTED_LETTERS or more among them, but for a date line or label that opens a text. An
    acronym is written in capitals throughout ("NASB", "NATO"), and so is a name in capitals
    beside one ("USA TODAY", "PORT CARRIN"): neither shouts."""
    written = _Written(texts)
    return np.array([_shouts(t, written) for t in texts], dtype=bool)


class _Standing:
    """Which sentences stand alone (stands_alone), each worked out when first read: a brief
    reads a few dozen of a request's sentences, and stands_alone takes about 5 µs a sentence
    (5 ms of a brief of 1,000, bench/speed.py). Read as stands_alone's array is: by a row, or
    by an array of rows."""

    def __init__(self, texts: list[str], language: str, counted: list[int],
                 leaning: np.ndarray | None = None) -> None:
        self.texts, self.language, self.counted = texts, language, counted
        self.known = np.full(len(texts), -1, dtype=np.int8)  # -1: not read yet
        if leaning is not None:
            self.known[leaning] = 0  # someone's words, a bare figure (select's `leaning`)
        self.written = _Written(texts)

    def __getitem__(self, rows: np.ndarray | int) -> np.ndarray:
        unknown = np.unique(np.asarray(rows)[self.known[rows] < 0])
        if len(unknown):
            alone = stands_alone([self.texts[r] for r in unknown.tolist()], self.language,
                                 [self.counted[r] for r in unknown.tolist()])
            self.known[unknown] = alone & ~np.array(
                [a and _shouts(self.texts[r], self.written)
                 for r, a in zip(unknown.tolist(), alone.tolist(), strict=True)], dtype=bool)
        return self.known[rows] == 1

    def any(self, chunk: int = 64) -> bool:
        """Whether a sentence stands alone, read a chunk of rows at a time until one does."""
        return any(self[np.arange(start, min(start + chunk, len(self.texts)))].any()
                   for start in range(0, len(self.texts), chunk))


class _Everyone(_Standing):
    """Every sentence taken for one that stands alone: when none does."""

    def __getitem__(self, rows: np.ndarray | int) -> np.ndarray:
        return np.ones_like(self.known[rows], dtype=bool)


def select(texts: list[str], C: sparse.csr_matrix, weights: np.ndarray, clusters: np.ndarray,
           ledes: np.ndarray, budget: Budget, language: str,
           preference: np.ndarray | None = None,
           links: sparse.csr_matrix | None = None,
           support: np.ndarray | None = None, opening: int | None = None,
           event: np.ndarray | None = None,
           named: Sequence[frozenset[str]] | None = None,
           leaning: np.ndarray | None = None,
           headlined: np.ndarray | None = None,
           copied: np.ndarray | None = None,
           tolls: Sequence[frozenset[str]] | None = None,
           posted: np.ndarray | None = None,
           outcome: np.ndarray | None = None,
           outvoted: Callable[[int], bool] | None = None) -> list[Pick]:
    """The brief: concept coverage under the budget, one sentence per cluster, ledes first.

    texts: (n,) candidate sentences; C: (n, m) binary concepts; weights: (m,);
    clusters: (n,) labels 0..k-1; ledes: (n,) bool, first sentence of its article. Sentences
    that do not stand alone (stands_alone) are chosen only when no sentence does.
    preference: (n, p) what makes a wording of a fact clearer (see clearest); when given,
    each chosen sentence is then replaced by its cluster's clearest wording.
    links: (n, n) symmetric, the pairs of sentences that may state one fact (facts.facts): a
    sentence linked to a chosen one is not chosen either, as if it shared its cluster.
    support: (n,) the independent reports that state each sentence's fact
    (facts.cluster_support): when given, they weigh each sentence's gain past the ledes
    (CORROBORATION) and order the filling of the room left.
    opening: a lede the brief opens with when it stands alone and fits (the start of a story
    told over several events, events.story_start), chosen before the ledes' tier; without
    one, a brief of sentences opens with the lede of the fact most ledes state (_opening).
    event: (n,) each sentence's event (events.events): when given, in a brief of sentences
    the ledes' tier holds no other lede of the opening's event, but those that give a toll
    the opening does not give (preference's last column).
    named: (n,) each sentence's name keys (specifics.name_keys): when given, a sentence that
    reports the words of someone the brief's sentences do not name (quotes.voices) tells that
    person's account, which no lede of a chosen fact restates (_clustered_with).
    leaning: (n,) bool, the sentences that lean on others though they read as standing
    alone (stands_alone): those that open inside a quotation an earlier sentence of their
    paragraph opened (quotes.within), tell someone's words as the reporter's own
    (quotes.told_as_own), or end on a figure that says nothing of what it counts
    (specifics.ends_bare): they do not stand alone.
    headlined: (n,) bool, the sentences that use a word most of the articles' titles use: a
    lede that does is replaced only by one that does too (clearest).
    copied: (n,) bool, the sentences that a reprint copies from the article it copies
    (events.copied_from), in words of its own or as written: their wordings are of last resort
    (clearest), the original's or another report's are the clearer (a spun copy's "flats let
    for greater than 3,800 crowns a month" of the blog's "more than 3,800 crowns"); so are a
    press release's first sentences that state its reaction to the event (facts.reactions:
    "Civil Liberties Lisvania (CLL) welcomes today's judgment …, which has declared section 14
    … unconstitutional"), which state the event as what they react to, and a lede that tells
    its event before the day it happened (events.previews: an airport's notice of a strike
    the day before). A lede among them opens the brief only where no other lede fits.
    tolls: (n,) the values of each sentence's counts of people (specifics.TOLLS): when given,
    a sentence with a count the chosen ones do not give is no restatement of a lede of their
    fact (_clustered_with).
    posted: (n,) the hour each sentence's article was published at (events.published_hours,
    nan where unknown): when
    given, the lede of a report published LEDE_HOURS or more after the chosen sentences'
    reports, of a fact two such reports lead with, tells what came next (_next_ledes), and
    competes in the ledes' tier, no restatement of them unless it shares their cluster.
    outcome: (n,) how much of what the event did to people each sentence tells
    (specifics.tells_outcome: a count of the dead, the injured or the rescued, then of the
    evacuated): of the ledes of one fact, one that tells more opens the brief before those
    that tell less (_opening).
    outvoted: whether a row gives a figure that more reports, none of them earlier, give
    otherwise (facts.outvoted): such a lede gives no figures as agreed (_opening).
    Returns the picks in the order chosen: the opening, the ledes' tier, the others', then
    the filling.
    """
    counted = [len(t.split()) for t in texts]
    n_words = np.array(counted)
    costs = np.array([budget.cost(t, k) for t, k in zip(texts, counted, strict=True)],
                     dtype=float)
    allowed = _Standing(texts, language, counted, leaning)
    if not allowed.any():
        allowed = _Everyone(texts, language, counted)
    # With a sentence budget every sentence costs one: gain per word, softened, keeps a long
    # sentence from winning on length alone. For the same reason the exact choice, which
    # weighs coverage only, is for budgets in words and characters.
    divisor = costs if budget.unit != "sentences" else np.sqrt(n_words)
    value = np.asarray(C @ weights).ravel()
    top = float(value.max(initial=0)) or 1.0
    room = budget.limit + (1.0 if budget.unit == "characters" else 0.0)  # n - 1 joining spaces
    if links is None:
        links = sparse.csr_matrix((len(texts), len(texts)))
    task = _Task(C, value, costs, divisor, clusters, links, ledes, named,
                 cache(lambda row: voices(texts[row], language)),
                 _lede_facts(clusters, links, ledes), tolls, posted)
    chosen: list[int] = []
    if opening is not None and ledes[opening] and allowed[opening] and costs[opening] <= room:
        chosen.append(opening)
    standing_ledes = np.zeros(len(texts), dtype=bool)  # the ledes' tier, read at once
    standing_ledes[ledes] = allowed[np.flatnonzero(ledes)]
    if not chosen and budget.unit == "sentences":
        # the brief opens with the event: the lede of the fact most ledes state (of them, one
        # that gives a figure other reports give), though another lede covers more words (a
        # long one that tells it without its toll, in words it shares with the background).
        # With a budget in words the exact choice weighs the ledes' cover against their
        # length, where a lede chosen first for its worth per word is a short one that leaves
        # the event's details to restatements (the subsets at 150 words: repeated 23 -> 30,
        # support recall 0.81 -> 0.78).
        chosen += _opening(task, standing_ledes, room, preference,
                           [row for row in np.flatnonzero(ledes).tolist()
                            if hook(texts[row], counted[row])
                            or in_own_voice(texts[row], language)
                            or translated(texts[row], language)
                            or copied is not None and copied[row]], outcome, outvoted)
    if event is not None and budget.unit == "sentences":
        # The opening tells its event. Another lede of that event that is not one fact with it
        # opens on an angle of its own (families at a shelter, a reaction: its article states
        # the event further down, facts.lede_links); past the opening it is one sentence among
        # the others, weighed by the reports that state it. The other events' ledes still
        # come first. On the four real sets, their 40 subsets and the eighteen written sets,
        # at 5 and 8 sentences: 7 more key facts, 8 fewer restated and 5 fewer garbled
        # wordings, support recall 0.93 -> 0.89 on the four at 5 (docs/quality.md). Briefs in
        # words keep the tier: a WikiNews saga sent without dates is one event whose ledes are
        # each a day's news (ROUGE-2 at 250 words 20.25 -> 19.83 otherwise). A lede that gives
        # a toll the opening leaves out tells the event's news, not an angle on it: it stays
        # in the tier (an earthquake's brief opened with its magnitudes, which two ledes gave,
        # and then left out the dead, which other ledes gave as 23 and 41).
        angled = np.isin(event, event[chosen])
        if preference is not None and not preference[chosen, 5].any():
            angled &= preference[:, 5] == 0
        angled &= ~_next_ledes(task, chosen)  # nor is one that tells what came next
        standing_ledes &= ~angled
    for of_ledes, tier in ((True, standing_ledes), (False, np.ones(len(texts), dtype=bool))):
        uncovered = _uncover(C, weights, chosen)
        free = tier & ~_clustered_with(task, chosen)
        left = room - costs[chosen].sum()
        step = task if of_ledes or support is None else replace(
            task, divisor=divisor / np.maximum(support, 1) ** CORROBORATION)
        rows = _greedy(step, free, uncovered, left, standing=allowed)
        if of_ledes and not rows and not chosen:
            # no lede shares a concept with another article's words (each outlet words the
            # event its own way): the brief still opens with the event
            rows = _opening(task, free, left, preference, outcome=outcome)
        if budget.unit != "sentences":
            exact = _exact(task, free, uncovered, left, allowed)
            if exact is not None:
                completed = exact + _greedy(step, free & ~_clustered_with(task, exact),
                                            _uncover(C, uncovered, exact),
                                            left - costs[exact].sum(), standing=allowed)
                if _covered(C, uncovered, completed) >= _covered(C, uncovered, rows):
                    rows = completed
        chosen += rows
    # When no sentence adds a concept any more, the room left goes to the sentences that still
    # fit, one per cluster: first those linked to no chosen one (another fact), then, so that
    # the brief is as long as asked whenever the articles have the sentences, those linked to a
    # chosen one but left out of its cluster; each time the facts more independent reports
    # state first (support), then the most valuable.
    if support is not None:
        task = replace(task, value=support * (value.max(initial=0) + 1.0) + value)
    loose = replace(task, links=sparse.csr_matrix(task.links.shape),
                    lede_fact=np.where(ledes, clusters, -1))  # _lede_facts without links
    for filling in (task, loose):
        free = ~_clustered_with(filling, chosen)
        chosen += _greedy(filling, free, np.zeros_like(weights), room - costs[chosen].sum(),
                          gain_only=False, standing=allowed)
    picks = [Pick(row, float(value[row]) / top) for row in chosen]
    if preference is None:
        return picks
    label = cache(lambda row: labelled(texts[row], language))
    last_resort = cache(lambda row: bool(copied is not None and copied[row]) or label(row)
                        or translated(texts[row], language)
                        or bool(ledes[row]) and in_own_voice(texts[row], language))
    picks = clearest(picks, clusters, allowed, preference, costs, room - costs[chosen].sum(),
                     value, ledes, links, headlined, last_resort, label)
    return named_in_full(picks, texts, clusters, allowed, costs,
                         room - costs[[p.row for p in picks]].sum(), value, language,
                         last_resort, preference)


def named_in_full(picks: list[Pick], texts: list[str], clusters: np.ndarray,
                  allowed: np.ndarray | _Standing, costs: np.ndarray, left: float,
                  value: np.ndarray, language: str,
                  last_resort: Callable[[int], bool] | None = None,
                  preference: np.ndarray | None = None) -> list[Pick]:
    """Each pick that reports someone by one word of their name alone (quotes.surnamed:
    "“…,” Hollins said."), whom no pick names in full (quotes.in_full), replaced by the most
    valuable wording of its fact (its cluster) that names them in full, stands alone (allowed),
    fits in the room `left`, is no wording of last resort (last_resort: clearest's) and whose
    words are not clearly less shared than the pick's (preference: clearest's, the mean of its
    two shares no more than CLEARER under the pick's: a close translation's "“People were
    pressed to the railings, … nobody was commanding,” said its chairman Dev Sandhu."): the
    returning officer's "Margaret Hollins said: “…”", where the brief says nowhere who Hollins
    is. A reader meets a brief sentence out of its article, which named them before."""
    rows = [p.row for p in picks]
    out = list(picks)
    shared = (np.zeros(len(texts)) if preference is None
              else (preference[:, 1] + preference[:, 2]) / 2)
    for at, pick in enumerate(picks):
        unknown = [name for name in surnamed(texts[pick.row], language)
                   if not any(in_full(texts[row], name, language) for row in rows)]
        if not unknown:
            continue
        members = [row for row in np.flatnonzero(clusters == clusters[pick.row]).tolist()
                   if row != pick.row and allowed[row] and costs[row] <= costs[pick.row] + left
                   and (last_resort is None or not last_resort(row))
                   and shared[row] >= shared[pick.row] - CLEARER
                   and all(in_full(texts[row], name, language) for name in unknown)]
        if members:
            best = max(members, key=lambda row: value[row])
            left -= costs[best] - costs[pick.row]
            rows[at] = best
            out[at] = Pick(best, pick.score)
    return out


def _opening(task: _Task, free: np.ndarray, left: float,
             preference: np.ndarray | None = None,
             last_resort: list[int] | None = None,
             outcome: np.ndarray | None = None,
             outvoted: Callable[[int], bool] | None = None) -> list[int]:
    """The free lede that fits of the fact most ledes state (_lede_facts), then that gives a figure
    CORROBORATED independent reports give or more (preference: (n, 6), clearest's, its first column)
    and none that more reports, none of them earlier, give otherwise (outvoted: facts.outvoted; a
    wire's "about 280 schools" where four later reports say 300), then that tells most of what the
    event did to people (outcome: (n,), specifics.tells_outcome: a count of the dead, the injured or
    the rescued, then of the evacuated, over a trade paper's next-day "The fire … is likely to put
    fire detection … back at the top of the agenda"; a later report's "Five people died and two were
    rescued alive after a landslide buried eleven houses" tells what the first report's "…, leaving
    seven people missing" does not know yet), then from a report published within FIRST_HOURS of the
    first (task.posted: those tell the event as it broke, where later reports lead on an angle or on
    what came after, "Questions are mounting over the final hours of the …", a parent company's
    share price, and cover more of the story's words for it), then of most value per divisor, then
    the first; none when none fits. Which of two ledes with such figures gives the one more reports
    give says little: a live page opens with its latest count, which every report gives, not with
    the event. A lede that gives figures as agreed and tells as much of the outcome, from an article
    whose order of words is clearly more shared (clearest's fourth column, past it by more than
    CLEARER), opens instead where it states the same fact, covers as much (value) and its wording is
    clearly more shared too (clearest's two shares, their mean past it by more than CLEARER; or as
    shared, from an article whose order is far more shared, by FAR_CLEARER), or where its wording is
    far more shared (FAR_CLEARER) and it states the same fact or is linked to it under STATED
    (links), however much it covers: the pick's words are then its own (a feature's "The haulier,
    who drives a refrigerated lorry to … twice a week, …" covers more of the story's words in fifty
    words than the wire's lede does in thirty). Of several, the most shared. A spun article keeps
    the order of its words and swaps them for synonyms; a close translation breaks the order
    throughout: a close translation's lede, its order broken and its words its own ("On Monday
    evening an armoured money transporter of the firm … has been attacked by an armed band"), covers
    as much in fewer words as the wire's lede it translates, and when it shares its fact with
    another outlet's lede, the wire's lede, which states a second fact too ("Nurses … have voted to
    strike over pay, …, setting the stage for the first national walkout since 1989"), may be
    clustered with that one and state a fact of its own (as clearest reaches a garbled pick's clear
    wording over a weak link). A lede in its writer's own voice or in a close translation's order or
    calques (last_resort: rows; in_own_voice: a press release's "… today confirmed that …", a
    foreign desk's "… in our country"; translated: "The federal judge … condemned this Tuesday to
    Douglas Rennick, of 58 years, …") opens only where no other lede fits, and counts among no
    fact's ledes: a report tells the event to anyone ("A fireball brighter than the full moon
    streaked across …") in the reader's own words, a party what it did, an outlet what its country
    heard. Nor does a tabloid's hook (select passes them among the last_resort rows: hook),
    which states no fact: "¡Pánico en Almedilla del Campo!", clustered with a feature's scene
    on the town's name alone, made the scene's fact the one most ledes state."""
    reported = np.ones(len(task.ledes), dtype=bool)
    reported[last_resort or []] = False
    fits = np.flatnonzero(free & (task.costs <= left) & reported)
    if len(fits) == 0:
        fits = np.flatnonzero(free & (task.costs <= left))
    if len(fits) == 0:
        return []
    fact = task.lede_fact[fits]
    stating = np.bincount(task.lede_fact[task.ledes & reported],
                          minlength=int(task.lede_fact.max(initial=-1)) + 1)[fact]
    worth = task.value[fits] / np.maximum(task.divisor[fits], 1.0)
    if preference is None:
        return [int(fits[np.lexsort((-fits, worth, stating))[-1]])]
    # a figure its own report alone gives is no agreement, nor one that more reports, none
    # of them earlier, give otherwise (read for the ledes of the fact most ledes state)
    agreed = preference[fits, 0] >= CORROBORATED
    if outvoted is not None:
        for at in np.flatnonzero(agreed & (stating == stating.max())).tolist():
            agreed[at] = not outvoted(int(fits[at]))
    told = outcome[fits] if outcome is not None else np.zeros(len(fits), dtype=np.int64)
    posted = task.posted[fits] if task.posted is not None else np.full(len(fits), np.nan)
    early = posted <= np.nanmin(posted, initial=np.inf) + FIRST_HOURS  # nan: False
    best = int(np.lexsort((-fits, worth, early, told, agreed, stating))[-1])
    shared = (preference[fits, 1] + preference[fits, 2]) / 2
    linked_to = task.links[fits[best]].toarray().ravel()[fits] > 0
    ordered = preference[fits, 3]
    # far more shared: the pick's words are its own, and a rival need not cover as much
    far = shared > shared[best] + FAR_CLEARER
    clearer = np.flatnonzero(
        (agreed >= agreed[best]) & (told >= told[best])
        & ((task.value[fits] >= task.value[fits[best]]) | far)
        & (ordered > ordered[best] + CLEARER)
        & ((fact == fact[best]) & (agreed == agreed[best])
           & ((shared > shared[best] + CLEARER)
              | (ordered > ordered[best] + FAR_CLEARER) & (shared >= shared[best]))
           | linked_to & far))
    if len(clearer):
        best = int(clearer[np.lexsort((-fits[clearer], worth[clearer], shared[clearer]))[-1]])
    return [int(fits[best])]


def _lede_facts(clusters: np.ndarray, links: sparse.csr_matrix, ledes: np.ndarray) -> np.ndarray:
    """The fact each lede states (n,), -1 for the other sentences: the ledes of its cluster and
    those linked to one of them at STATED (lede_links link the ledes of one event), and so on.
    Average linkage may leave the wire's lede, which gives the event's figures, out of the
    cluster of the others' ledes, which tell it in general words."""
    fact = np.full(len(clusters), -1)
    rows = np.flatnonzero(ledes)
    if len(rows):
        # each lede joined to its cluster's first lede, and to the ledes linked to it
        _, first, labels = np.unique(clusters[rows], return_index=True, return_inverse=True)
        same = sparse.csr_matrix((np.ones(len(rows)), (np.arange(len(rows)), first[labels])),
                                 shape=(len(rows), len(rows)))
        near = links[rows][:, rows] >= links.dtype.type(STATED)
        fact[rows] = connected_components(near + same, directed=False)[1]
    return fact


def _next_ledes(task: _Task, rows: list[int]) -> np.ndarray:
    """Which sentences (n,) tell what came next after `rows`: ledes of reports published
    LEDE_HOURS or more after every one of `rows`' reports, of a fact that two such reports or
    more lead with (the miners brought out alive, after the flood that trapped them), though
    they name the count they share with `rows`; a feature's scene, which one report alone
    opens with ("Marta Sedlar has not left the sports hall since Tuesday morning."), is none.
    None where the task knows no times, or not those of all `rows`."""
    if task.posted is None or not rows or np.isnan(task.posted[rows]).any():
        return np.zeros(len(task.ledes), dtype=bool)
    later = task.ledes & (task.posted > task.posted[rows].max() + LEDE_HOURS)
    leading = np.bincount(task.clusters[later], minlength=int(task.clusters.max(initial=-1)) + 1)
    return later & (leading[task.clusters] >= 2)


def _clustered_with(task: _Task, rows: list[int]) -> np.ndarray:
    """Which sentences (n,) share a cluster with one of `rows`, or are linked to one, or are
    ledes of the facts their clusters' ledes state (_lede_facts) or linked at STATED to one of
    those: the ledes of one event state its event, and a sentence that states what one of them
    states restates it (the body's "the Boeing 737-800 ... skidded off the runway and burst
    into flames" under the brief's lede of the crash). But for a sentence that reports the
    words of someone `rows` do not name (when the task knows the names): that is the
    speaker's account, which one outlet's lede may tell as the event (the other side's paper
    opens with its minister's "humanitarian gesture", which the brief's lede of the prisoner
    exchange does not state); nor for one that gives a count of people `rows` do not give
    (when the task knows the tolls, specifics.TOLLS), as a lede that gives a toll the opening
    leaves out stays in the ledes' tier; nor for a lede that tells what came next after `rows`
    (_next_ledes) outside their clusters. For the clusters, np.isin(clusters, clusters[rows])
    for labels 0..k-1, without its sorting (it takes four times as long)."""
    taken = np.zeros(int(task.clusters.max(initial=-1)) + 1, dtype=bool)
    taken[task.clusters[rows]] = True
    out = taken[task.clusters]
    ledes = np.flatnonzero(np.isin(task.lede_fact, task.lede_fact[out & task.ledes])).tolist()
    out[ledes] = True
    out[linked(task.links, rows)] = True
    stated = linked(task.links, ledes, STATED)
    if task.tolls is not None:
        # a sentence that gives a count of people `rows` do not tells more than they do of the
        # event, though it states what another of its ledes states (the other outlet's lede
        # gave the crowd as 38,000 by the police and 120,000 by the organisers)
        told = frozenset().union(*(task.tolls[row] for row in rows))
        stated = stated[[task.tolls[row] <= told for row in stated.tolist()]]
    # what came next restates `rows` only in their clusters (_next_ledes)
    out[_next_ledes(task, rows) & ~taken[task.clusters]] = False
    if task.named is not None:
        # the speakers a sentence names are among its names: only a sentence that names
        # someone `rows` do not is read for them
        told = frozenset().union(*(task.named[row] for row in rows))
        named, speaking = task.named, task.voices
        stated = np.array([row for row in np.unique(stated[~out[stated]]).tolist()
                           if named[row] <= told or speaking(row) <= told], dtype=np.int64)
    out[stated] = True
    return out


@dataclass(frozen=True)
class _Task:
    """What every step of the choice reads: concepts (n, m), each sentence's value (its
    concepts' total weight), cost against the budget and divisor of its gain, cluster, and
    the sentences it is linked to (n, n); each sentence's name keys and its tolls' values,
    when known, and the people it reports as speaking (quotes.voices, read when asked)."""

    C: sparse.csr_matrix
    value: np.ndarray
    costs: np.ndarray
    divisor: np.ndarray
    clusters: np.ndarray
    links: sparse.csr_matrix
    ledes: np.ndarray
    named: Sequence[frozenset[str]] | None
    voices: Callable[[int], frozenset[str]]
    lede_fact: np.ndarray  # (n,) the fact each lede states (_lede_facts), -1 for the others
    tolls: Sequence[frozenset[str]] | None = None  # each sentence's tolls' values, if known
    posted: np.ndarray | None = None  # (n,) hours its article was published at, nan unknown


def _uncover(C: sparse.csr_matrix, uncovered: np.ndarray, rows: list[int]) -> np.ndarray:
    """The weights still uncovered once `rows` are chosen."""
    left = uncovered.copy()
    left[_concepts_of(C, rows)] = 0.0
    return left


def _concepts_of(C: sparse.csr_matrix, rows: list[int]) -> np.ndarray:
    """The columns of C held by `rows`, row after row (C[rows].indices, without forming it)."""
    if not rows:
        return np.zeros(0, dtype=C.indices.dtype)
    return np.concatenate([C.indices[C.indptr[r]:C.indptr[r + 1]] for r in rows])


def _covered(C: sparse.csr_matrix, uncovered: np.ndarray, rows: list[int]) -> float:
    """The weight `rows` cover of what is uncovered, each concept counted once."""
    return float(uncovered[np.unique(_concepts_of(C, rows))].sum())


def _greedy(task: _Task, free: np.ndarray, uncovered: np.ndarray, left: float,
            gain_only: bool = True, standing: _Standing | None = None) -> list[int]:
    """Add the free sentence of best gain per divisor that fits, one per cluster, until none
    fits or (gain_only) none adds a concept; ties go to the sentence of more value. standing:
    which sentences stand alone, when only those are free (read for the best ones only)."""
    free, uncovered = free.copy(), uncovered.copy()
    rows: list[int] = []
    while True:
        gain = np.asarray(task.C @ uncovered).ravel()
        fits = free & (task.costs <= left) & ((gain > 0) if gain_only else True)
        ratio = np.where(fits, (gain + 1e-9 * task.value) / np.maximum(task.divisor, 1.0),
                         -np.inf)
        best = int(np.argmax(ratio))
        while fits[best] and standing is not None and not standing[best]:
            free[best] = fits[best] = False
            ratio[best] = -np.inf
            best = int(np.argmax(ratio))
        if not fits[best]:
            return rows
        rows.append(best)
        left -= task.costs[best]
        uncovered[_concepts_of(task.C, [best])] = 0.0
        free &= ~_clustered_with(task, [best])


def _exact(task: _Task, free: np.ndarray, uncovered: np.ndarray, left: float,
           standing: _Standing) -> list[int] | None:
    """The free sentences that stand alone (`standing`) and together cover the most uncovered
    weight within `left`, at most one per cluster, by integer programming (Gillick & Favre
    2009) over the EXACT_CANDIDATES of best gain per cost; among covers of equal weight, the
    one of most value. None when the solver does not prove its answer optimal within
    EXACT_NODES and EXACT_SECONDS.
    """
    gain = np.asarray(task.C @ uncovered).ravel()
    eligible = np.flatnonzero(free & (task.costs <= left) & (gain > 0))
    ratio = gain[eligible] / np.maximum(task.costs[eligible], 1.0)
    ranked = eligible[np.argsort(-ratio, kind="stable")]
    kept: list[int] = []  # the best that stand alone, read a batch of candidates at a time
    for start in range(0, len(ranked), EXACT_CANDIDATES):
        batch = ranked[start:start + EXACT_CANDIDATES]
        kept += batch[standing[batch]].tolist()
        if len(kept) >= EXACT_CANDIDATES:
            break
    if not kept:
        return []
    rows = np.sort(np.array(kept[:EXACT_CANDIDATES]))
    sub = task.C[rows]
    live = np.unique(sub.indices)
    live = live[uncovered[live] > 0]
    sub = sub[:, live]
    k, m = sub.shape
    # Variables: x (k) chooses a sentence, y (m) covers a concept; y <= what the chosen hold.
    # Weights are whole numbers, so a tie-break summing to less than one never outweighs one.
    tie = task.value[rows] / (task.value[rows].sum() + 1.0)
    objective = -np.r_[tie, uncovered[live]]
    cover = sparse.hstack([-sub.T, sparse.identity(m)])
    length = sparse.csr_matrix(np.r_[task.costs[rows], np.zeros(m)])
    _, group = np.unique(task.clusters[rows], return_inverse=True)
    per_cluster = sparse.hstack([sparse.csr_matrix(
        (np.ones(k), (group, np.arange(k))), shape=(group.max() + 1, k)),
        sparse.csr_matrix((group.max() + 1, m))])
    constraints = [LinearConstraint(cover, -np.inf, 0), LinearConstraint(length, 0, left),
                   LinearConstraint(per_cluster, 0, 1)]
    first, second = sparse.triu(task.links[rows][:, rows], k=1).nonzero()
    if len(first):  # two linked sentences are not both chosen
        pair = np.arange(len(first))
        constraints.append(LinearConstraint(sparse.csr_matrix(
            (np.ones(2 * len(pair)), (np.r_[pair, pair], np.r_[first, second])),
            shape=(len(pair), k + m)), 0, 1))
    result = milp(
        objective, integrality=np.r_[np.ones(k), np.zeros(m)], bounds=Bounds(0, 1),
        constraints=constraints,
        options={"node_limit": EXACT_NODES, "time_limit": EXACT_SECONDS, "mip_rel_gap": 0})
    if result.status != 0:
        return None
    return [int(r) for r in rows[result.x[:k] > 0.5]]


def clearest(picks: list[Pick], clusters: np.ndarray, allowed: np.ndarray | _Standing,
             preference: np.ndarray, costs: np.ndarray, left: float,
             value: np.ndarray | None = None, ledes: np.ndarray | None = None,
             links: sparse.csr_matrix | None = None,
             headlined: np.ndarray | None = None,
             last_resort: Callable[[int], bool] | None = None,
             label: Callable[[int], bool] | None = None) -> list[Pick]:
    """Each pick's sentence replaced by a clearer wording of its cluster (its fact), where one
    is clearly better.

    allowed: which sentences stand alone, read by an array of rows and by a row (stands_alone's
    array, or a _Standing); preference: (n, 6) what makes
    a wording clearer: a count of sources that give its figures (more is better), then the
    shares, in [0, 1], of its words and of its pairs of words that other articles use, and the
    share of its whole article's pairs of words (facts.shared_wording), the number of its
    words that another article of its fact uses (facts.words_in_common), and the number of
    tolls it gives (figures of the dead, the injured...: specifics.TOLLS); costs: (n,) against
    the budget; left: the budget left once the picks are paid, which a longer wording may
    spend; value: (n,) what each sentence covers (its concepts' weight), if known.
    The pick was chosen for what it covers, so it is replaced only by a member that gives
    figures more sources give, or whose wording is clearly more shared (a wording of its own is
    garbled): the mean of its two shares past the pick's by more than CLEARER, or its words'
    share past it by more than CLEARER, from an article whose order of words is no less shared
    than the pick's article's; and that keeps KEEPS of the pick's words in common with the
    fact's other articles (a shorter wording that leaves out what they agree on is no clearer
    statement of the fact), and as many of its tolls (a ferry's capsizing is no clearer
    without its 12 dead). Synonym spinning swaps words in fixed phrases; machine
    translation keeps the words and breaks their order, throughout the article it translates,
    which its pairs show (one sentence holds too few pairs to show it alone). The figures: where
    the pick gives one, the figure most sources give for its count wins (a disagreement), in a
    wording that gives as many tolls (a coach's 41 tourists, which three reports give, are
    another count than the 14 dead, which two give: no clearer statement of its crash); where
    it gives none, a member with a figure is another statement of the fact, taken only if it
    covers as much ("it moves at 9 mph" for "the storm heads inland and should weaken") or
    gives a toll the pick leaves out (a ferry's capsizing is told with its dead), and, for a
    lede, only a figure CORROBORATED reports give (a tabloid's "rose to an incredible 7.90
    METRES", which its own report alone gives, for a wire's lede of the peak); and a wording
    whose figures as many sources give, that covers as much and gives a toll the pick leaves
    out, states the fact with what it did (a news agency's "… 7,1 sacudió …, dejando cuatro
    muertos" for a radio's lede that gives the magnitude alone). A pick
    that stands alone is only replaced by a sentence that does, and a lede (ledes: (n,) bool)
    by one that states its event: another lede, or a sentence linked at STATED (links: (n, n),
    facts()) to a lede other than it that covers KEEPS of what the lede covers. A lede is
    written to state its event, and a body sentence of its cluster may state a detail of it
    only (the tanker's age and flag, clustered with a trade paper's lede of its grounding; a
    live page's "The fund says the €7.8bn figure is the correct investment result" for a
    broadsheet's lede of the fund's loss). A lede that uses a word most titles use (headlined:
    (n,) bool, "bridge", "collapse") is replaced only by one that does too: a live page's first
    entry, "Police say seven people have died and 38 are injured", gives the figures most
    reports give and not the event. Nor is a wording linked to another pick (links) a clearer
    one, unless the pick is too: it restates that pick's fact (a wildfire's "4,500 people had
    been evacuated" under the lede's "forced about 4,500 people from their homes"); but for a
    link under STATED, a wording whose two shares pass the pick's by FAR_CLEARER and that
    covers as much (value) is: a garbled wording is linked to fewer sentences than the fact's
    clear ones, its words being its own, and was chosen for it ("One recalls that the soldiers
    took in February 1897 some 3000 objects." where the wire's "Soldiers of a punitive
    expedition took an estimated 3,000 objects from the palace in February 1897" shares a few
    words with the lede of their return). A pick in a wording of last resort (last_resort:
    whether a row's wording is one: select passes a close translation's order, translated,
    a label line, labelled, "Ponto de situação da ANEPC: área ardida provisória de 4.200
    hectares.", and a lede in its writer's own voice, in_own_voice, a press release's "…
    today announced full results from …"; in the body, an outlet's "a former official who
    spoke to us" is clustered with other statements than its own) is replaced by any wording
    of its fact that is none, whose figures as many sources give, that covers nearly as much
    (KEEPS of what it covers: the pick's cover counts the words a translation sets around the
    fact, "Further …", "so the environment minister …"), keeps KEEPS of its words in common
    and gives as many tolls, and whose words are not clearly less shared (by CLEARER),
    however shared their pairs: a translation keeps the words and breaks their order, which
    one sentence's pairs show too seldom; a feature's opening scene, a lede of its fact, tells
    it in words of its own, or covers less. So even where that wording is linked under STATED
    to another pick. A label line's words (label: whether a row's wording is one) are its
    fact's alone, the most shared, and need not be as shared: "Coste estimado: 395 millones de
    euros." gives way to "El coste estimado del plan asciende a 395 millones de euros, que se
    registrarán en las cuentas del primer trimestre." Nor is a wording of last resort a
    clearer one for a pick that is none (a press release's lede for the wire's), nor, for a
    pick of last resort, where one that is none is better too (a spun copy's "the chief of the
    opposition … stated" for a live page's line, where the broadsheet's wording it copies is
    clearer than the line). Each pick keeps its score.
    """
    out: list[Pick] = []
    of_last_resort = last_resort or (lambda row: False)
    lede_rows = [] if ledes is None else np.flatnonzero(ledes).tolist()
    # the sentences linked to each pick's at a bar, when asked
    linked_to: dict[tuple[int, float], set[int]] = {}

    def restating(rows: list[int], bar: float = 0.0) -> set[int]:
        for r in rows:
            if (r, bar) not in linked_to:
                linked_to[r, bar] = (set(linked(links, [r], bar).tolist()) if links is not None
                                     else set())
        return set().union(*(linked_to[r, bar] for r in rows))

    for at, pick in enumerate(picks):
        row = pick.row
        members = np.flatnonzero(clusters == clusters[row])
        fits = members[(costs[members] - costs[row] <= left) & (allowed[members] >= allowed[row])]
        if not of_last_resort(row):
            fits = fits[[not of_last_resort(r) for r in fits.tolist()]]
        # nor a wording that restates another pick's fact
        rest = [p.row for p in out] + [p.row for p in picks[at + 1:]]
        others = restating(rest)
        if row not in others:
            # but where a weak link is all there is, a wording far clearer that covers as much
            stated = restating(rest, STATED)
            own = (preference[row, 1] + preference[row, 2]) / 2 + FAR_CLEARER
            fits = fits[[r not in others or r not in stated and value is not None
                         and value[r] >= value[row]
                         and ((preference[r, 1] + preference[r, 2]) / 2 >= own
                              or of_last_resort(row) and not of_last_resort(r))
                         for r in fits.tolist()]]
        if ledes is not None and ledes[row]:
            # a lede's replacement states its event: another lede, or a sentence linked at
            # STATED to a lede other than it
            event = ledes.copy()
            if links is not None:
                event[linked(links, [r for r in lede_rows if r != row], STATED)] = True
            fits = fits[event[fits]]
            if value is not None:  # a body sentence that covers KEEPS of what the lede covers
                fits = fits[ledes[fits] | (value[fits] >= KEEPS * value[row])]
            if headlined is not None:  # and names it as the titles do, if the lede does
                fits = fits[headlined[fits] >= headlined[row]]
        support, words, pairs = preference[fits, 0], preference[fits, 1], preference[fits, 2]
        shared = (words + pairs) / 2
        tolls = preference[fits, 5] >= preference[row, 5]  # as many tolls as the pick gives
        clearer = ((shared > (preference[row, 1] + preference[row, 2]) / 2 + CLEARER) | (
            (words > preference[row, 1] + CLEARER) & (preference[fits, 3] >= preference[row, 3]))
        ) & (preference[fits, 4] >= KEEPS * preference[row, 4]) & tolls
        covers = value[fits] >= value[row] if value is not None else True
        # (for a lede, a figure its own report alone gives is no agreement: the opening gives
        # figures as agreed or none, _opening)
        agreeing = support >= CORROBORATED if ledes is not None and ledes[row] else True
        figured = (support > preference[row, 0]) & agreeing & tolls & (
            covers | (preference[row, 0] > 0) | (preference[fits, 5] > preference[row, 5]))
        # a wording as agreed that covers as much and gives a toll the pick leaves out
        told = (support >= preference[row, 0]) & covers & (preference[fits, 5] > preference[row, 5])
        better = figured | told | ((support == preference[row, 0]) & clearer)
        if of_last_resort(row):
            most = value[fits] >= KEEPS * value[row] if value is not None else True
            # (a label line's words are its fact's alone, the most shared: a wording need not
            # share as many to be clearer)
            shared_as_much = (words >= preference[row, 1] - CLEARER
                              if label is None or not label(row) else True)
            better |= ((support >= preference[row, 0]) & tolls & most & shared_as_much
                       & (preference[fits, 4] >= KEEPS * preference[row, 4])
                       & np.array([not of_last_resort(r) for r in fits.tolist()], dtype=bool))
        if better.any():
            # a wording of last resort only where no better one is none
            plain = better & np.array([not of_last_resort(r) for r in fits.tolist()], dtype=bool)
            better = plain if plain.any() else better
            candidates = fits[better]
            best = int(candidates[np.lexsort((shared[better], support[better]))[-1]])
            left -= costs[best] - costs[row]
            row = best
        out.append(Pick(row, pick.score))
    return out
