"""Word tokens: what counts as a word, the same on every Python that the project supports."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.text.words import content_stems, tokens


def test_inner_apostrophes_and_periods_stay_in_a_word_and_outer_ones_do_not() -> None:
    assert tokens("U.S. officials don't say 'when'.") == ["u.s", "officials", "don't", "say",
                                                         "when"]
    assert tokens("The rate rose 3.5 points to 4.25, a.m. figures showed...") == [
        "the", "rate", "rose", "3.5", "points", "to", "4.25", "a.m", "figures", "showed"]


def test_runs_of_marks_hyphens_and_underscores_part_words() -> None:
    assert tokens("Wait...what? A data-sharing deal_memo.") == [
        "wait", "what", "a", "data", "sharing", "deal", "memo"]
    assert tokens("'.5' and 7.'") == ["5", "and", "7"]


def test_letters_of_any_script_and_curly_apostrophes_make_words() -> None:
    assert tokens("Krause\u2019s caf\u00e9 \u2014 \u00c9cole-Nationale, U.S.\u2019") == [
        "krause\u2019s", "caf\u00e9", "\u00e9cole", "nationale", "u.s"]


_ASCII_TEXT = st.text(alphabet="abcXYZ019 .'-,", max_size=40)


@given(_ASCII_TEXT)
def test_the_ascii_path_reads_ascii_text_as_the_unicode_path_does(text: str) -> None:
    # a non-ASCII word at the end sends the text down the Unicode path
    assert tokens(text + " \u00e9") == [*tokens(text), "\u00e9"]


@given(st.text(alphabet="abc\u00e9XYZ019 .'-,\u2019", max_size=40))
def test_a_token_is_letters_and_digits_joined_by_single_marks(text: str) -> None:
    for token in tokens(text):
        parts = token.replace("\u2019", "'").replace(".", "'").split("'")
        assert all(part.isalnum() for part in parts), token


def test_content_stems_drop_stop_words_and_stem_the_rest() -> None:
    assert content_stems("The officials were sharing the U.S. data.", "english") == [
        "offici", "share", "us", "data"]


@pytest.mark.parametrize(("first", "second", "language"), [
    ("Le maire de Lyon a démissionné lundi.",
     "Le prix de l'essence a augmenté de cinq centimes.", "french"),
    ("El alcalde de Madrid dimitió y no dio explicaciones.",
     "El precio de la gasolina subió y que no se sabe por qué.", "spanish"),
])
def test_sentences_that_share_only_function_words_are_no_one_fact(first: str, second: str,
                                                                   language: str) -> None:
    """sumy's French and Spanish lists lack "de", "a", "y", "que", "no": two sentences on other
    things that shared only those were one fact."""
    from summarizer import same_fact

    assert same_fact([first], [second], language) == [False]


def test_a_figure_s_hedge_is_no_content_word() -> None:
    """"approximately" writes a figure as "about" does, which sumy's English list holds: a
    foreign desk's analysts' forecast and a release's one-off charge, both "approximately"
    so many million euros, are no one fact."""
    from summarizer import same_fact

    assert content_stems("They counted with approximately 118 million euros, or roughly "
                         "that.", "english") == ["count", "118", "million", "euro"]
    assert same_fact(["They counted with approximately 118 million euros."],
                     ["The Group expects a one-off charge of approximately €45 million in the "
                      "fourth quarter and annual savings of approximately €80 million."],
                     "english") == [False]


def test_an_elided_word_is_no_part_of_the_next() -> None:
    """French and Italian join an elided article or pronoun to the next word ("l'usine"): the
    word is "usine" all the same; a word with an apostrophe of its own is one word, and English
    contractions are as they are."""
    from summarizer.facts.vectorise import terms

    assert terms(["L'incendie de l'usine d\u2019Albi", "Un incendie dans une usine à Albi"],
                 "french") == [["incend", "usin", "albi"], ["incend", "usin", "albi"]]
    assert terms(["L'incendio dell'azienda", "Un incendio nell'azienda"], "italian") == [
        ["incend", "azi"], ["incend", "azi"]]
    assert content_stems("Aujourd'hui l'usine", "french") == ["aujourd'hui", "usin"]
    assert content_stems("The officials praised d'Artagnan", "english")[-1] == "d'artagnan"
    assert content_stems("Les officiels ont salué d'Artagnan", "french")[-1] == "artagnan"
