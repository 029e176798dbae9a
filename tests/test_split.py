"""Sentence splitting: abbreviations, numbers and quotes do not end sentences; sentences do."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import (
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktParameters,
    PunktSentenceTokenizer,
)

from summarizer.text.split import (
    ABBREVIATIONS,
    NUMBERED,
    fold,
    language_vars,
    lines,
    split_article,
    split_sentences,
)
from summarizer.text.words import stop_words

# Each case is the sentences of one paragraph line; joined with a space they make the line.
CASES = {
    "senator": ["Sen. Maria Lopez of Arizona voted against the bill.",
                "She said it went too far."],
    "governor": ["Gov. Tom Baker signed the order on Friday.", "It takes effect next week."],
    "country mid-sentence": ["The agency works across the U.S. and Canada.",
                             "It has 400 staff."],
    "month": ["The vote was set for Jan. 14 in the capital.", "Lawmakers expect a close result."],
    "number": ["The bill, known as No. 42, passed easily.", "Critics were not pleased."],
    "no at the end": ["The board said no.", "Investors left the meeting."],
    "art at the end": ["She studied art.", "Critics praised her early work."],
    "time": ["The meeting began at 9 a.m. on Tuesday and ran late.", "Nobody left early."],
    "doctor": ["Dr. Alan Reyes treated the injured at the scene.", "He praised the rescuers."],
    "initial": ["President John F. Kennedy visited the city in 1962.",
                "Crowds lined the streets."],
    "titles": ["Lt. Gen. Mark Hale led the inquiry for Mr. and Mrs. Smith.",
               "It found no fault."],
    "ranks": ["A court martial found Army Spc. Dale Orton and Pfc. Lena Ruiz guilty.",
              "Brig. Gen. Ada Voss and Amb. Noor Hadi were told.", "Both men appealed."],
    "percent": ["Unemployment rose to 7.9 percent in March.",
                "Economists had expected 7.5 percent."],
    "money": ["The repairs will cost $1.5 billion over ten years.", "The state will pay half."],
    "quote said": ['"We are done," he said.', "The crowd cheered loudly."],
    "quote question": ['He asked, "Is it safe?"', "Nobody answered him."],
    "curly quote": ["\u201cWe will rebuild the bridge,\u201d the mayor said.",
                    "Work starts in May."],
    "quoted sentence": ["The chief said: \u201cEveryone is out of the water.\u201d",
                        "Divers stayed until dark."],
    "country at end": ["Most immigrants pay taxes in the U.S.",
                       "The agency says the data is protected."],
    "time at end": ["The office opened at 8 a.m.", "The queue was already long."],
    "time zone": ["The outage ran from 9:12 a.m. to 12:58 p.m. ET, according to the company.",
                  "Engineers rolled the change back."],
    "time zone at end": ["Service came back at 5 p.m. ET.", "The company apologized."],
    # a sentence that ends with a time, before one that opens with a word Punkt does not know
    "time before a capital": ["The crash happened at 7:46 a.m.", "Bus No. 17 had 23 students."],
    "time before a noun": ["Polls close at 8 p.m.", "Results are expected by midnight."],
    "time and its day": ["The fire broke out at 2 a.m. Sunday, officials said.",
                         "It burned for hours."],
    "time and its zone": ["He landed at 10 a.m. Eastern time on Tuesday.", "Nobody met him."],
    # a foreign desk's day of the month as an ordinal with a period, before its month
    "ordinal day": ["The council has decided that cars from 1. June 2027 may no longer drive in.",
                    "The vote was close."],
    "ordinal days": ["The cap applies from 1. December until 31. March, so the minister.",
                     "Households save 400 crowns."],
    "figure before a month": ["The index closed at 4,512.", "June futures rose."],
    "score before a month": ["The vote went 5-1.", "June 2027 is the start date."],
    "state": ["Rep. Ana Cole (D-Calif.) objected.", "She was outvoted."],
    "exclamation": ["Is it over?", "Yes!", "It is over."],
    "lower-case abbreviation before a name": ["The final was Lopez vs. Smith in the capital.",
                                              "Lopez won it."],
    "name before a break": ["The men met in Leeds.", "Police said so.", "Why?",
                            "Nobody knew."],
    "quote after a break": ["They called it \"a disaster.\"", "\"We knew,\" she said."],
    "plain breaks": ["Officials said.", "The vote was delayed.", "Reporters left.",
                     "Nobody stayed."],
}


@pytest.mark.parametrize("sentences", CASES.values(), ids=CASES.keys())
def test_split_sentences(sentences: list[str]) -> None:
    assert split_sentences(" ".join(sentences)) == sentences


@pytest.mark.parametrize("sentence", ['"Is it safe?" he asked.',
                                      "\u201cGet out now!\u201d the officer shouted."])
def test_quoted_question_or_exclamation_with_attribution_is_one_sentence(sentence: str) -> None:
    assert split_sentences(f"{sentence} The bridge fell.") == [sentence, "The bridge fell."]


@pytest.mark.parametrize("sentences", [
    ["Der Zug entgleiste am 3. Juni 2026 nahe Valdemora.", "Zw\u00f6lf Menschen starben."],
    ["Am 14. M\u00e4rz wurde gew\u00e4hlt.", "Die Beteiligung lag bei 68 Prozent."],
    ["Die Zahl der Toten stieg auf 12.", "Die Polizei ermittelt."],
])
def test_a_german_date_goes_on_after_its_ordinal_day(sentences: list[str]) -> None:
    """German writes a date's day as an ordinal ("am 3. Juni"): the month goes on with the
    sentence; a number that ends a sentence still ends it."""
    assert split_sentences(" ".join(sentences), "german") == sentences


@pytest.mark.parametrize(("sentences", "language"), [
    (["La Sra. L\u00f3pez confirm\u00f3 la noticia el martes.", "Se ir\u00e1 en junio."],
     "spanish"),
    (["El tren llevaba 230 pasajeros, seg\u00fan el n\u00fam. 2 del ministerio.",
      "Nadie muri\u00f3."], "spanish"),
    (["Der Schaden betr\u00e4gt ca. 5 Mio. Euro, sagte Dr. M\u00fcller.",
      "Die Polizei ermittelt."], "german"),
    (["Die Firma meldete z.B. Verluste in Berlin.", "Der Kurs fiel."], "german"),
    (["Der Gewinn lag bei 3 Mrd.", "Die Aktie fiel."], "german"),
    (["Il sig. Rossi si \u00e8 dimesso marted\u00ec.", "Sar\u00e0 sostituito."], "italian"),
    (["Mme Martin est partie mardi.", "Mme Dupont reste."], "french"),
    (["F\u00f6retaget har bl.a. kontor i Stockholm.", "Aktien f\u00f6ll."], "swedish"),
])
def test_each_languages_abbreviations_end_no_sentence(sentences: list[str],
                                                       language: str) -> None:
    """Titles, the scales of money and "for example" are abbreviated in each language as
    "Dr." and "Jan." are in English; a capitalised function word after one still starts a
    sentence."""
    assert split_sentences(" ".join(sentences), language) == sentences


@pytest.mark.parametrize(("sentences", "language"), [
    (["Le ministre s'est rendu sur place.", "« C'est un jour triste », a-t-il déclaré."],
     "french"),
    (["Il a dit : « C'est fini. »", "Puis il est parti."], "french"),
    (["Er kam am Mittwoch.", "\u00bbEs ist ein trauriger Tag\u00ab, sagte er."], "german"),
])
def test_an_opening_guillemet_starts_the_next_sentence(sentences: list[str],
                                                       language: str) -> None:
    """French sets a space inside guillemets: "« " after a full stop opens the next sentence's
    quotation, where " »" closes the sentence before (German writes them the other way)."""
    assert split_sentences(" ".join(sentences), language) == sentences


def test_abbreviation_before_capitalised_function_word_ends_the_sentence() -> None:
    text = "Millions of people pay taxes in the U.S. The agency says it will share their data."
    assert split_sentences(text) == [
        "Millions of people pay taxes in the U.S.",
        "The agency says it will share their data.",
    ]


def test_sentences_are_verbatim_and_cover_the_line() -> None:
    line = ('Sen. Lopez said the $1.5 billion plan, approved Jan. 4, "is dead."  '
            "The U.S. Senate  will vote again at 10 a.m. on Monday!")
    parts = split_sentences(line)
    assert " ".join(parts) == fold(line)


def test_hard_wrapped_lines_are_joined() -> None:
    text = ("The bridge in Millford collapsed into the river on a cold\n"
            "morning, and rescue crews worked\n"
            "through the night.\n"
            "Engineers had warned of corrosion in 2019.\n"
            "\n"
            "Mayor Tom Hale promised\n"
            "an inquiry.\n")
    assert lines(text) == [
        "The bridge in Millford collapsed into the river on a cold morning, and rescue crews "
        "worked through the night.",
        "Engineers had warned of corrosion in 2019.",
        "Mayor Tom Hale promised an inquiry.",
    ]


def test_lines_that_end_like_sentences_stay_apart() -> None:
    text = "The bridge fell on Tuesday.\nrescue crews arrived within minutes.\nHeadline here\n"
    assert lines(text) == [
        "The bridge fell on Tuesday.", "rescue crews arrived within minutes.", "Headline here",
    ]


def test_split_article_numbers_sentences_and_lines() -> None:
    text = ("Headline of the story\n\n"
            "The bridge fell on Tuesday. Four people died.\n\n"
            "Rescue crews pulled 11 survivors from the water.\n")
    sentences = split_article("herald", text)
    assert [s.text for s in sentences] == [
        "Headline of the story", "The bridge fell on Tuesday.", "Four people died.",
        "Rescue crews pulled 11 survivors from the water.",
    ]
    assert [s.index for s in sentences] == [0, 1, 2, 3]
    assert [s.line for s in sentences] == [0, 1, 1, 2]
    assert [(s.first, s.last) for s in sentences] == [
        (True, True), (True, False), (False, True), (True, True)]
    assert {s.article for s in sentences} == {"herald"}


def test_split_article_of_blank_text_is_empty() -> None:
    assert split_article("a", "  \n\n \t\n") == []


def test_splitting_needs_no_nltk_data(tmp_path: Path) -> None:
    """With NLTK_DATA pointing at an empty folder, splitting still works (nothing is fetched)."""
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    program = (
        "import json, sys\n"
        "from summarizer.text.split import split_sentences\n"
        "print(json.dumps(split_sentences(sys.stdin.read())))\n"
    )
    sentences = CASES["country at end"] + CASES["senator"] + CASES["percent"]
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", program], input=" ".join(sentences), env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == sentences
    assert list(empty.iterdir()) == []


def _plain_punkt() -> PunktSentenceTokenizer:
    """NLTK's Punkt with the library's abbreviations (those of a number's name before one),
    function words and closing quotation marks, and nothing else."""
    params = PunktParameters()
    params.abbrev_types.update(ABBREVIATIONS)
    params.collocations.update((word, "##number##") for word in NUMBERED)
    for word in stop_words("english"):
        params.add_ortho_context(word, _ORTHO_BEG_UC | _ORTHO_MID_LC)
    return PunktSentenceTokenizer(params, lang_vars=language_vars("english"))


PLAIN_PUNKT = _plain_punkt()
PIECES = ["said", "The", "Valpara\u00edso", "U.S.", "Mr", "a.m.", "No.", "2005", "e.g.", "I", "J",
          "ab", "\u0130", "\u00df", "\u00b2", "_", ".", "..", "...", "?", "!", "?!", ",", ";", ":",
          "-", "--", '"', "'", "(", ")", "[", "]", "{", "}", "\u201c", "\u201d", "\u2018",
          "\u2019", "\u00ab", "\u00bb", " ", " ", " ", "  ", "\n", "\t", "\u00a0"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_split_sentences_is_punkt_with_lower_case_pieces_rejoined(text: str) -> None:
    """What Punkt itself cuts, white space folded, each piece also cut after a time of day
    before a capital (CASES' "time before a capital": none of PIECES makes a day, a month or a
    time zone after it), a piece starting in lower case joined to the sentence before it (the
    library decides the common cases without Punkt's own code); a text where no sentence mark
    (and closing quotes) is followed by white space and more is one sentence."""
    if not re.search(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+\S", text):
        assert split_sentences(text) == ([fold(text)] if fold(text) else [])
        return
    expected: list[str] = []
    for piece in (part for whole in map(fold, PLAIN_PUNKT.tokenize(text))
                  for part in re.split(r"(?<=\b[ap]\.m\.) (?=[A-Z])", whole)):
        if expected and piece[:1].islower():
            expected[-1] += " " + piece
        elif piece:
            expected.append(piece)
    assert split_sentences(text) == expected


def test_long_runs_of_wrapped_lines_take_linear_time() -> None:
    """Lines joined as a wrap are not copied once per line (2 MB of them took seconds)."""
    text = "and then the line went on\n" * 80_000
    assert lines(text) == [" ".join(["and then the line went on"] * 80_000)]
    assert split_sentences("why? and " * 20_000) == [fold("why? and " * 20_000)]


def test_no_white_space_but_the_space_is_printable() -> None:
    """What fold's quick path rests on, for every code point."""
    assert [c for c in map(chr, range(0x110000))
            if c.isspace() and c.isprintable()] == [" "]


@pytest.mark.parametrize("text", ["", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\xa0b",
                                  "a\u3000b", "a\nb", "a\x1fb", "\u201ca b.\u201d"])
def test_fold_is_runs_of_white_space_as_one_space(text: str) -> None:
    assert fold(text) == " ".join(text.split())


WIRE = ("MILLFORD (Reuters) - The death toll from the collapse of the Harbor Bridge rose to "
        "14 on Wednesday, with more than 60 injured, the county said. Divers searched the "
        "Grey River for a second day, and the governor ordered every bridge of the same "
        "design in the state closed for inspection.")


@pytest.mark.parametrize("width", [60, 69, 72, 79])
def test_hard_wrapped_text_is_split_as_if_unwrapped(width: int) -> None:
    wrapped = "Bridge toll rises to 14\n\n" + textwrap.fill(WIRE, width)
    assert [s.text for s in split_article("a", wrapped)] == (
        ["Bridge toll rises to 14"] + [s.text for s in split_article("a", WIRE)])


def test_a_wrapped_line_may_start_with_a_number_or_a_capital() -> None:
    text = ("MILLFORD (Reuters) - The death toll from the collapse of the bridge\n"
            "rose to\n"
            "14 with more than 60 injured, the county said. Divers searched the\n"
            "Grey River for a second day.\n")
    assert [s.text for s in split_article("a", text)] == [
        "MILLFORD (Reuters) - The death toll from the collapse of the bridge rose to 14 with "
        "more than 60 injured, the county said.",
        "Divers searched the Grey River for a second day."]


def test_a_line_ending_in_a_comma_runs_on() -> None:
    text = ("The bridge, which carried 20,000 cars a day,\n"
            "Collapsed on Tuesday.\nRescuers arrived within minutes.\n")
    assert [s.text for s in split_article("a", text)][0] == (
        "The bridge, which carried 20,000 cars a day, Collapsed on Tuesday.")


def test_paragraphs_one_a_line_are_not_taken_for_wrapped_text() -> None:
    text = "Bridge collapse\nThe Harbor Bridge fell on Tuesday.\nFour people died in it.\n"
    assert [s.text for s in split_article("a", text)] == [
        "Bridge collapse", "The Harbor Bridge fell on Tuesday.", "Four people died in it."]
