"""sumy's summarizers, run on the same pooled, cleaned sentences as ours, as a ranking.

sumy (and, through its stemmer, the whole of NLTK) is imported when a sumy method is first
asked for, not with the library: the default method never needs it.
"""

from __future__ import annotations

import warnings
from importlib import import_module
from typing import Any

from ..text.words import stop_words, tokens

# method -> (sumy module, summarizer class)
SUMMARIZERS = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
}


class _Words:
    """The word tokenizer sumy's sentences ask for, without NLTK data."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return tokens(text)


def sumy_ranking(method: str, paragraphs: list[list[str]], language: str) -> list[tuple[int, int]]:
    """Sentences ranked best first by a sumy summarizer, as (paragraph, sentence) positions.

    paragraphs: one list of sentence texts per article. sumy's sentences compare by text, so
    each one is found again by identity, never by its text.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer

    module, name = SUMMARIZERS[method]
    summarizer_class = getattr(import_module(module), name)
    words = _Words()
    where: dict[int, tuple[int, int]] = {}
    doc_paragraphs = []
    for p, texts in enumerate(paragraphs):
        sentences = [SumySentence(t, words) for t in texts]
        where.update({id(s): (p, k) for k, s in enumerate(sentences)})
        doc_paragraphs.append(Paragraph(sentences))
    summarizer = summarizer_class(Stemmer(language))
    summarizer.stop_words = stop_words(language)
    ranked: list[Any] = []

    def keep_ranking(infos: list[Any]) -> list[Any]:
        ranked.extend(infos)  # sorted by rating, best first
        return infos

    with warnings.catch_warnings():  # sumy warns on degenerate input and still ranks it
        warnings.simplefilter("ignore")
        summarizer(ObjectDocumentModel(doc_paragraphs), keep_ranking)
    return [where[id(info.sentence)] for info in ranked]
