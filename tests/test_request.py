"""Request validation: every bad request is an InputError that says where the problem is."""

from __future__ import annotations

from typing import Any

import pytest
from contract import check_response

from summarizer import LANGUAGES, METHODS, InputError, summarize

GOOD = "The Harbor Bridge in Millford collapsed into the Grey River on Tuesday morning."
OTHER = "Fire Chief Ana Ruiz said rescue crews pulled 11 survivors from the Grey River."


def request(**fields: Any) -> dict[str, Any]:
    """A valid two-article request with the given top-level fields replaced or added."""
    return {"articles": [{"id": "a", "text": GOOD}, {"id": "b", "text": OTHER}], **fields}


def input_error(req: Any) -> InputError:
    with pytest.raises(InputError) as caught:
        summarize(req)
    error = caught.value
    assert error.message, "an InputError says what is wrong"
    assert error.as_dict() == {"code": error.code, "message": error.message, "field": error.field}
    return error


def test_valid_request_is_served() -> None:
    req = request()
    check_response(req, summarize(req))


@pytest.mark.parametrize("articles", [[], None, "one article", {"text": GOOD}])
def test_articles_must_be_a_non_empty_list(articles: Any) -> None:
    assert input_error({"articles": articles}).field == "articles"


def test_articles_are_required() -> None:
    assert input_error({"length": {"sentences": 3}}).field == "articles"


def test_an_article_must_be_an_object() -> None:
    assert input_error({"articles": [{"text": GOOD}, "just text"]}).field == "articles[1]"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_is_rejected(text: str) -> None:
    error = input_error({"articles": [{"text": GOOD}, {"text": text}]})
    assert error.field is not None and error.field.startswith("articles[1]")


def test_empty_text_points_at_the_text_field() -> None:
    assert input_error({"articles": [{"text": GOOD}, {"text": " "}]}).field == "articles[1].text"


def test_missing_text_is_rejected() -> None:
    error = input_error({"articles": [{"text": GOOD}, {"title": "No body", "source": "X"}]})
    assert error.field is not None and error.field.startswith("articles[1]")
    assert "text" in error.message and "html" in error.message


def test_missing_text_points_at_the_text_field() -> None:
    assert input_error({"articles": [{"text": GOOD}, {"title": "x"}]}).field == "articles[1].text"


def test_text_must_be_a_string() -> None:
    assert input_error({"articles": [{"text": GOOD}, {"text": 42}]}).field == "articles[1].text"


def test_html_is_extracted_to_text() -> None:
    html = (f"<html><head><title>Page</title><style>p {{ color: red }}</style></head><body>"
            f"<nav>Home</nav><p>{GOOD}</p><script>track('visit');</script>"
            f"<p>{OTHER.replace('Ana Ruiz', '<b>Ana Ruiz</b>')}</p></body></html>")
    # luhn fills the budget, so every sentence of the page that is kept is shown
    req = {"articles": [{"id": "page", "html": html}], "length": {"sentences": 5},
           "method": "luhn"}
    response = summarize(req)
    check_response(req, response)
    assert [item["text"] for item in response["brief"]] == [GOOD, OTHER]


def test_html_without_text_is_rejected() -> None:
    req = {"articles": [{"text": GOOD}, {"html": "<div><script>var x = 1;</script></div>"}]}
    assert input_error(req).field == "articles[1].html"


def test_duplicate_ids_are_rejected() -> None:
    req = {"articles": [{"id": "x", "text": GOOD}, {"id": "y", "text": OTHER},
                        {"id": "x", "text": OTHER}]}
    error = input_error(req)
    assert error.field == "articles[2].id"
    assert "x" in error.message


def test_a_given_id_may_not_clash_with_an_assigned_one() -> None:
    req = {"articles": [{"text": GOOD}, {"id": "1", "text": OTHER}]}
    assert input_error(req).field == "articles[1].id"


def test_missing_ids_are_numbered_in_input_order() -> None:
    req = {"articles": [{"text": GOOD}, {"id": "wire", "text": OTHER}, {"text": OTHER}]}
    response = summarize(req)
    assert [a["id"] for a in response["articles"]] == ["1", "wire", "3"]
    check_response(req, response)


@pytest.mark.parametrize("article_id", ["", 7, ["a"]])
def test_ids_must_be_non_empty_strings(article_id: Any) -> None:
    req = {"articles": [{"id": article_id, "text": GOOD}]}
    assert input_error(req).field == "articles[0].id"


def test_unknown_method_names_the_methods() -> None:
    error = input_error(request(method="bart"))
    assert error.field == "method"
    assert all(method in error.message for method in METHODS)


def test_unsupported_language_names_the_languages() -> None:
    error = input_error(request(language="klingon"))
    assert error.field == "language"
    assert all(language in error.message for language in LANGUAGES)


@pytest.mark.parametrize(
    ("length", "field"),
    [
        ({"sentences": 0}, "length.sentences"),
        ({"words": -5}, "length.words"),
        ({"characters": 0}, "length.characters"),
        ({"sentences": 2, "words": 40}, "length"),
        ({}, "length"),
        ({"paragraphs": 2}, "length.paragraphs"),
        ("short", "length"),
        (7, "length"),
        ({"words": "100"}, "length.words"),
        ({"words": 12.5}, "length.words"),
        ({"sentences": True}, "length.sentences"),
    ],
)
def test_bad_length_is_rejected(length: Any, field: str) -> None:
    assert input_error(request(length=length)).field == field


@pytest.mark.parametrize("length", [7, "7", [7]])
def test_a_length_that_is_no_object_is_told_its_shape(length: Any) -> None:
    """A bare number is the likeliest slip: the message shows the object to send instead, and
    names no class of the code."""
    message = input_error(request(length=length)).message
    assert '{"sentences": 7}' in message and "LengthIn" not in message


@pytest.mark.parametrize(("articles", "field"), [("one article", "articles"),
                                                 ([{"text": GOOD}, 42], "articles[1]")])
def test_articles_of_the_wrong_shape_are_told_their_shape(articles: Any, field: str) -> None:
    error = input_error({"articles": articles})
    assert error.field == field and '{"text": "..."}' in error.message
    assert "ArticleIn" not in error.message


def test_two_units_message_names_the_units() -> None:
    message = input_error(request(length={"sentences": 2, "characters": 300})).message
    assert all(unit in message for unit in ("sentences", "words", "characters"))


def test_unknown_top_level_field_is_rejected() -> None:
    error = input_error(request(lenght={"sentences": 3}))
    assert error.field == "lenght"


@pytest.mark.parametrize("req", [None, [], ["x"], "articles", 3, True])
def test_request_must_be_an_object(req: Any) -> None:
    assert input_error(req).field is None


@pytest.mark.parametrize("method", METHODS)
def test_every_listed_method_is_accepted(method: str) -> None:
    assert summarize(request(method=method))["method"] == method


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_listed_language_is_accepted(language: str) -> None:
    assert summarize(request(language=language))["language"] == language


def test_input_error_is_a_value_error() -> None:
    assert issubclass(InputError, ValueError)
