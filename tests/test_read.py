"""The reader: news pages to their article and metadata."""

from __future__ import annotations

import json
import re

import pytest
from contract import check_response
from flask.testing import FlaskClient
from newspages import COOKIE_TEXT, PAGES, Page

from summarizer import InputError, summarize
from summarizer.read import html_article, is_html


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- 1. News pages: the article's paragraphs and metadata, none of the furniture ---------------

@pytest.mark.parametrize("page", PAGES, ids=[p.slug for p in PAGES])
def test_a_news_page_gives_its_article_and_metadata(page: Page) -> None:
    article = html_article(page.html)
    text = article["text"]
    paragraphs = text.split("\n\n")
    for paragraph in page.paragraphs:
        assert paragraph in paragraphs, paragraph  # each one whole, a paragraph of its own
    for furniture in page.furniture:
        assert furniture not in text, furniture
    assert "©" not in text and "cookie" not in text.lower()
    assert article["title"] == page.headline
    assert article["source"] == page.site
    assert article["published"] == page.published[:10]
    assert article["url"] == page.url
    assert article["author"] == page.author


@pytest.mark.parametrize("page", PAGES, ids=[p.slug for p in PAGES])
def test_a_page_fills_only_the_fields_the_caller_left_empty(page: Page) -> None:
    given = {"id": "mine", "html": page.html, "source": "Our desk", "published": "2025-03-20"}
    response = summarize({"articles": [given], "length": {"sentences": 3}})
    (article,) = response["articles"]
    assert (article["source"], article["published"]) == ("Our desk", "2025-03-20")  # given
    assert article["title"] == page.headline  # the page's, where the caller gave none
    assert article["url"] == page.url
    check_response({"articles": [given], "length": {"sentences": 3}}, response)
    shown = " ".join(item["text"] for item in response["brief"])
    assert all(furniture not in shown for furniture in page.furniture)


def test_a_page_in_the_text_field_is_read_as_html() -> None:
    request = {"articles": [{"id": p.slug, "text": "\ufeff\n  " + p.html} for p in PAGES]}
    response = summarize(request)
    check_response(request, response)
    paragraphs = fold(" ".join(p for page in PAGES for p in page.paragraphs))
    for item in response["brief"]:
        assert "<" not in item["text"] and item["text"] in paragraphs
    assert [a["source"] for a in response["articles"]] == [p.site for p in PAGES]


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body><p>The line reopened.</p></body></html>",
    "  <html lang='en'><p>The line reopened.</p></html>\n",
    "<p>The line reopened on Friday.</p>\n<p>Trains ran on time.</p>",
    "<div class='story'>The line reopened on Friday.</div>",
    "<!-- saved page --><article><p>The line reopened.</p></article>",
])
def test_html_documents_and_fragments_are_html(text: str) -> None:
    assert is_html(text)


@pytest.mark.parametrize("text", [
    "The council's web team said a stray <p> tag broke the page on Friday.",
    "<p> is the paragraph tag; the editor wraps each paragraph in it.",
    "Prices rose 3% <b>and</b> fell again in the afternoon.",
    "Use <br> for a line break, the style guide says, and <p> for a new paragraph",
    "",
])
def test_prose_that_mentions_tags_is_text(text: str) -> None:
    assert not is_html(text)


def test_a_pasted_page_in_the_form_gives_the_article_text(client: FlaskClient) -> None:
    form = {"text": [PAGES[0].html, PAGES[1].html], "title": ["", ""], "source": ["", ""],
            "url": ["", ""], "length_unit": "sentences", "length_value": "4"}
    response = client.post("/summarize", data=form, headers={"Accept": "application/json"})
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    body = response.get_json()
    paragraphs = fold(" ".join(PAGES[0].paragraphs + PAGES[1].paragraphs))
    assert body["brief"]
    for item in body["brief"]:
        assert "<" not in item["text"] and item["text"] in paragraphs
    assert COOKIE_TEXT not in json.dumps(body)


@pytest.mark.parametrize("field", ["html", "text"])
def test_a_page_without_article_text_is_a_clear_error(field: str) -> None:
    page = ("<!doctype html><html><head><title>Gallery</title></head><body>"
            "<script>track()</script><img src='/a.jpg' alt=''><video src='/b.mp4'></video>"
            "</body></html>")
    with pytest.raises(InputError) as caught:
        summarize({"articles": [{"text": "The line reopened on Friday."}, {field: page}]})
    assert caught.value.field == f"articles[1].{field}"
    assert caught.value.message == f"articles[1].{field}: no article text found in the HTML page"
