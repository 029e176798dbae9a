"""Properties of generated requests: only InputError escapes; every response keeps the contract.

Run more examples with `pytest --hypothesis-profile=thorough tests/test_properties.py`.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from contract import check_response, without_timing
from hypothesis import given, settings
from hypothesis import strategies as st
from stories import bridge_articles, seed_articles

from summarizer import LANGUAGES, METHODS, InputError, summarize
from summarizer.request import has_surrogate
from summarizer.text.clean import clean
from summarizer.text.split import fold, split_article, split_sentences
from summarizer.text.split import lines as lines_of

WORDS = [
    "the", "a", "of", "in", "on", "and", "to", "said", "was", "were", "has", "had",
    "bridge", "river", "Millford", "Harbor", "Grey", "Tuesday", "mayor", "council", "engineers",
    "crews", "rescued", "four", "23", "11", "$40", "million", "7.9", "percent",
    "U.S.", "Sen.", "Dr.", "Jan.", "No.", "a.m.", "IRS", "ICE", "Internal", "Revenue", "Service",
    "data", "tax", "agency", "\u00e9t\u00e9", "caf\u00e9", "\u6865",
    "\u0645\u062f\u064a\u0646\u0629",
]
PUNCTUATION = [".", ".", ".", "!", "?", "", ",", ":", '."', ".\u201d", "...", " -", "?!"]
FURNITURE = ["Related Articles", "Leave a Reply", "Please enter your comment!", "Share this",
             "https://example.com/story", "By Jane Doe", "Photo: the river", ""]

sentences = st.builds(
    lambda words, end, cap: (" ".join(words).capitalize() if cap else " ".join(words)) + end,
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=25),
    st.sampled_from(PUNCTUATION),
    st.booleans(),
)
lines = st.one_of(
    st.lists(sentences, min_size=1, max_size=4).map(" ".join),
    st.sampled_from(FURNITURE),
    st.text(max_size=80),
)
texts = st.one_of(
    st.builds(lambda ls, sep: sep.join(ls), st.lists(lines, min_size=1, max_size=12),
              st.sampled_from(["\n", "\n\n", " ", "\r\n", "\n \n"])),
    st.text(max_size=300),
)


@st.composite
def articles(draw: st.DrawFn) -> list[dict[str, Any]]:
    """1–6 articles; some with ids, titles or HTML bodies, one of them maybe repeated."""
    out: list[dict[str, Any]] = []
    for k in range(draw(st.integers(1, 6))):
        if out and draw(st.integers(0, 9)) == 0:  # the same article twice, as outlets do
            out.append({**out[-1], "id": f"copy-{k}"})
            continue
        body = draw(texts)
        article: dict[str, Any] = {"text": body}
        if draw(st.booleans()):
            article["id"] = f"a{k}"
        if draw(st.booleans()):
            article["title"] = draw(st.one_of(lines, st.just(body.split("\n")[0])))
        if draw(st.integers(0, 5)) == 0:
            article = {"html": "".join(f"<p>{line}</p>" for line in body.split("\n")),
                       **{key: v for key, v in article.items() if key != "text"}}
        out.append(article)
    return out


lengths = st.one_of(
    st.builds(lambda n: {"sentences": n}, st.integers(1, 12)),
    st.builds(lambda n: {"words": n}, st.integers(1, 300)),
    st.builds(lambda n: {"characters": n}, st.integers(1, 2000)),
)


@st.composite
def requests(draw: st.DrawFn) -> dict[str, Any]:
    req: dict[str, Any] = {"articles": draw(articles())}
    if draw(st.booleans()):
        req["length"] = draw(lengths)
    if draw(st.booleans()):
        req["method"] = draw(st.sampled_from(METHODS))
    if draw(st.integers(0, 3)) == 0:
        req["language"] = draw(st.sampled_from(LANGUAGES))
    return req


def containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20)
    | st.floats(allow_nan=False, allow_infinity=False),
    containers,
    max_leaves=8,
)
article_like = st.fixed_dictionaries({}, optional={
    "id": st.text(max_size=5) | json_values, "text": st.text(max_size=200) | json_values,
    "html": st.text(max_size=200) | json_values, "title": st.text(max_size=30) | json_values,
})
request_like = st.fixed_dictionaries({}, optional={
    "articles": st.lists(article_like | json_values, max_size=4) | json_values,
    "length": st.dictionaries(st.sampled_from(["sentences", "words", "characters", "lines"]),
                              st.integers(-3, 50) | json_values, max_size=2) | json_values,
    "method": st.sampled_from(METHODS) | json_values,
    "language": st.sampled_from(LANGUAGES) | json_values,
    "extra": json_values,
})


# sumy's own warnings on degenerate input are a known bug (see test_pipeline.py,
# test_comparison_methods_do_not_leak_sumy_warnings); here they must not hide other failures.
SUMY_WARNINGS = pytest.mark.filterwarnings("ignore::RuntimeWarning:sumy",
                                           "ignore::UserWarning:sumy")


def summarize_or_reject(req: dict[str, Any]) -> dict[str, Any] | None:
    """The response, or None when the request is rejected with an InputError."""
    try:
        return summarize(req)
    except InputError as error:
        assert error.message
        return None


@SUMY_WARNINGS
@given(requests())
def test_only_input_errors_escape_and_responses_keep_the_contract(req: dict[str, Any]) -> None:
    response = summarize_or_reject(copy.deepcopy(req))
    if response is not None:
        check_response(req, response)


@SUMY_WARNINGS
@given(st.lists(st.lists(sentences, min_size=1, max_size=8).map("\n".join),
                min_size=1, max_size=6),
       lengths, st.sampled_from(METHODS))
def test_prose_articles_always_get_a_valid_response(
        bodies: list[str], length: dict[str, int], method: str) -> None:
    req = {"articles": [{"text": body} for body in bodies], "length": length, "method": method}
    response = summarize_or_reject(req)
    if any(body.strip() for body in bodies):
        assert response is not None, "a request of non-blank articles is served"
        check_response(req, response)


# Lines of real story text (the hand-written set and the seed set), shuffled into new articles:
# paraphrases, repeats and boilerplate from several outlets, in any mix.
STORY_LINES = sorted({line.strip() for article in [*bridge_articles(), *seed_articles()]
                      for line in article["text"].splitlines() if line.strip()})


@SUMY_WARNINGS
@given(st.lists(st.lists(st.sampled_from(STORY_LINES), min_size=1, max_size=15)
                .map("\n".join), min_size=1, max_size=6),
       lengths, st.sampled_from(METHODS))
def test_articles_mixed_from_story_lines_keep_the_contract(
        bodies: list[str], length: dict[str, int], method: str) -> None:
    req = {"articles": [{"text": body} for body in bodies], "length": length, "method": method}
    check_response(req, summarize(req))


@settings(max_examples=20)
@SUMY_WARNINGS
@given(requests())
def test_summarize_is_deterministic(req: dict[str, Any]) -> None:
    first = summarize_or_reject(copy.deepcopy(req))
    second = summarize_or_reject(copy.deepcopy(req))
    assert (first is None) == (second is None)
    if first is not None and second is not None:
        assert without_timing(first) == without_timing(second)


@SUMY_WARNINGS
@given(request_like | json_values)
def test_any_json_value_is_served_or_rejected_with_input_error(value: Any) -> None:
    response = summarize_or_reject(copy.deepcopy(value))
    if response is not None:
        check_response(value, response)


@given(texts, st.text(max_size=40))
def test_splitting_and_cleaning_keep_the_text_verbatim(text: str, title: str) -> None:
    for line in lines_of(text):
        assert line == fold(line) and line
        end = 0
        for part in split_sentences(line):  # the parts cover the line, in order
            start = line.find(part, end)
            assert part and start >= 0 and not line[end:start].strip()
            end = start + len(part)
        assert not line[end:].strip()
    sentences = split_article("a", text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert [s.line for s in sentences] == sorted(s.line for s in sentences)
    folded = fold(text)
    assert all(s.text and s.text in folded for s in sentences)
    blocks = []
    for k in clean(sentences, title):
        assert sentences[k.sentence.index].text.endswith(k.sentence.text)
        blocks.append(k.block)
    assert blocks == sorted(blocks)


# --- Hostile text: scripts, invisible and control characters, odd shapes -----------------------

HOSTILE_CHARACTERS = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width, BOM
    "\u202a", "\u202b", "\u202e", "\u2066", "\u2067", "\u2069",  # bidi embeddings and isolates
    "\u00a0", "\u3000", "\u2028", "\u2029", "\x85", "\r", "\t", "\x0b", "\x0c",  # odd spaces
    "\x00", "\x01", "\x1b", "\x7f",  # controls
    "\u0301", "\u0334", "\u20dd",  # combining marks
    "\U0001f525", "\U0001f44d\U0001f3fd", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\U0001f1fa\U0001f1f8",  # emoji: plain, skin tone, ZWJ family, flag
    "\ufffd", "\U0010ffff", "\ue000",  # replacement, last code point, private use
]
RTL_WORDS = ["\u0627\u0644\u0645\u062c\u0644\u0633", "\u0627\u0644\u062c\u0633\u0631",
             "\u05d4\u05d2\u05e9\u05e8", "\u05d4\u05de\u05d5\u05e2\u05e6\u05d4", "\u0661\u0662"]
hostile_words = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(RTL_WORDS),
    st.builds(lambda word, mark: word + mark, st.sampled_from(WORDS + RTL_WORDS),
              st.sampled_from(HOSTILE_CHARACTERS)),
    st.sampled_from(HOSTILE_CHARACTERS),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=6),
)
hostile_sentences = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(hostile_words, min_size=1, max_size=15), st.sampled_from(PUNCTUATION + ["\u06d4"]))
hostile_texts = st.builds(
    lambda paragraphs, sep: sep.join(" ".join(p) for p in paragraphs),
    st.lists(st.lists(hostile_sentences, min_size=1, max_size=4), min_size=1, max_size=6),
    st.sampled_from(["\n", "\n\n", "\r\n", "\u2029", "\n\u200b\n"]))

TAGS = ["<p>", "</p>", "<div>", "<br>", "<b>", "</i>", "<script>x()</script>", "<style>p{}</style>",
        "<!-- note -->", "<![CDATA[x]]>", "<a href='javascript:alert(1)'>", "</a>", "<img src=x>",
        "<table><tr><td>", "&amp;", "&lt;", "&#x41;", "&bogus;", "&#0;", "<", ">", "<p", "\"'>",
        "<nav>Home | News</nav>", "<h1>", "</h1>", "<li>"]
html_soup = st.lists(st.one_of(st.sampled_from(TAGS), hostile_sentences), min_size=1,
                     max_size=30).map("".join)


def served(req: dict[str, Any]) -> dict[str, Any] | None:
    """The response, checked against the contract and for determinism; None if rejected."""
    first = summarize_or_reject(copy.deepcopy(req))
    second = summarize_or_reject(copy.deepcopy(req))
    assert (first is None) == (second is None)
    if first is not None and second is not None:
        check_response(req, first)
        assert without_timing(first) == without_timing(second)
    return first


@SUMY_WARNINGS
@given(st.lists(st.one_of(hostile_texts.map(lambda t: {"text": t}),
                          html_soup.map(lambda h: {"html": h})), min_size=1, max_size=5),
       lengths, st.sampled_from(METHODS), st.sampled_from(["english", "arabic", "french"]))
def test_hostile_text_keeps_the_contract(articles: list[dict[str, Any]], length: dict[str, int],
                                         method: str, language: str) -> None:
    served({"articles": articles, "length": length, "method": method, "language": language})


@settings(max_examples=10)
@SUMY_WARNINGS
@given(st.lists(st.sampled_from(WORDS + RTL_WORDS), min_size=1, max_size=30),
       st.integers(100, 8000), lengths)
def test_one_giant_sentence_without_punctuation(words: list[str], repeat: int,
                                                length: dict[str, int]) -> None:
    text = " ".join(words * (repeat // len(words) + 1))[: repeat * 8]
    response = served({"articles": [{"text": text}, {"text": "The bridge reopened."}],
                       "length": length})
    assert response is not None


@settings(max_examples=5)
@SUMY_WARNINGS
@given(st.integers(200, 2000), st.lists(hostile_sentences, min_size=1, max_size=5))
def test_thousands_of_tiny_articles(count: int, lines: list[str]) -> None:
    served({"articles": [{"text": f"{lines[k % len(lines)]} {k}"} for k in range(count)]})


CONTENT_WORDS = ["bridge", "river", "Millford", "council", "engineers", "IRS", "tax", "23",
                 "\u0645\u062f\u064a\u0646\u0629", "caf\u00e9"]
content_sentences = st.builds(
    lambda before, word, after, end: " ".join([*before, word, *after]) + end,
    st.lists(hostile_words, max_size=6), st.sampled_from(CONTENT_WORDS),
    st.lists(st.sampled_from(WORDS), max_size=6), st.sampled_from(PUNCTUATION))


@settings(max_examples=20)
@SUMY_WARNINGS
@given(st.lists(content_sentences, min_size=1, max_size=8).map(" ".join), st.integers(2, 8),
       lengths)
def test_identical_articles_support_each_other(text: str, copies: int,
                                               length: dict[str, int]) -> None:
    response = served({"articles": [{"text": text}] * copies, "length": length})
    assert response is not None
    # each brief sentence is one sentence standing in every copy: all copies are its sources;
    # copies of two sentences or more are reprints of the first, one independent report
    reprinted = [a["copy_of"] for a in response["articles"][1:]]
    assert reprinted in ([None] * (copies - 1), ["1"] * (copies - 1))
    support = copies if reprinted[0] is None else 1
    assert all(len(item["sources"]) == copies and item["support"] == support
               for item in response["brief"]), response["brief"]


@pytest.mark.parametrize("text", ["the.", "\U0001f525."])
def test_identical_articles_without_content_words_give_the_sentence_once(text: str) -> None:
    response = summarize({"articles": [{"text": text}] * 3})
    assert [(item["text"], item["support"]) for item in response["brief"]] == [(text, 3)]


@given(st.text(st.characters() | st.characters(categories=["Cs"])
               | st.sampled_from("\ud7ff\ud800\udfff\ue000\U0001f600")))
def test_has_surrogate_finds_what_a_search_finds(text: str) -> None:
    assert has_surrogate(text) == bool(re.search("[\ud800-\udfff]", text))
