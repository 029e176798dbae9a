"""The HTTP service through Flask's test client.

The JSON API and its content negotiation; bad requests (always a 4xx with the contract's error
body naming the field, never a 5xx); uploads and the form's post; the web pages and the escaping
of article text; /healthz and /openapi.json; security headers, CORS, API keys, and configuration
from BRIEF_* environment variables.

An autouse fixture watches every response of every test here: no 5xx, the security headers, and
JSON errors in the contract's shape.
"""

from __future__ import annotations

import copy
import importlib.util
import io
import json
import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from contract import check_response
from flask import Flask, request_finished
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from service import create_app
from service.openapi import ErrorBody, Response
from summarizer import summarize
from summarizer.cli import read_articles
from summarizer.request import RequestIn

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "irs-ice-data-sharing"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
JSON = "application/json"
ERROR_KEYS = {"code", "message", "field"}
NEWSROOM = "https://newsroom.example"
TOOL = "https://tool.example"

# A small valid request, for tests about everything but the brief itself (fast to summarise).
SMALL = {"articles": [
    {"id": "a", "text": "The Grey River bridge reopened on Monday after repairs. "
                        "The repairs cost four million dollars, the council said."},
    {"id": "b", "text": "Repairs to the Grey River bridge cost four million dollars. "
                        "The bridge reopened to traffic on Monday morning."},
]}
# Text that must never become live HTML in a page, a fragment or Markdown.
HOSTILE: dict[str, Any] = {"articles": [{
    "id": "x", "title": "Title <i>one</i>", "source": "Outlet <b>bold</b>",
    "text": "The council said <script>alert(1)</script> the bridge will reopen on Monday. "
            "Officials said the <b>repairs</b> cost four million dollars."}],
    "length": {"sentences": 10}}


def small(**changes: Any) -> dict[str, Any]:
    """SMALL with top-level fields changed or added."""
    return {**copy.deepcopy(SMALL), **changes}


def article(**changes: Any) -> dict[str, Any]:
    """SMALL with its first article changed."""
    request = copy.deepcopy(SMALL)
    request["articles"][0].update(changes)
    return request


def make_client(**config: Any) -> FlaskClient:
    return create_app({"TESTING": True, **config}).test_client()


def seed_articles() -> list[dict[str, Any]]:
    return read_articles([ROOT / "corpus" / SAMPLE])


@pytest.fixture
def seed() -> dict[str, Any]:
    """The seed set as a request with default options (read as the CLI reads a folder)."""
    return {"articles": seed_articles()}


@pytest.fixture(scope="module")
def seed_brief() -> list[str]:
    """The seed set's brief sentences, straight from the library."""
    return [item["text"] for item in summarize({"articles": seed_articles()})["brief"]]


def error_of(response: TestResponse, status: int) -> dict[str, Any]:
    """The JSON error of a response that must have `status`; checks the contract's shape."""
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.mimetype == JSON
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS, body
    ErrorBody.model_validate(body)
    assert body["error"]["code"] and body["error"]["message"]
    return body["error"]


@pytest.fixture(autouse=True)
def every_response(request: pytest.FixtureRequest) -> Iterator[None]:
    """Checks on every response of the test: no 5xx, the security headers, JSON errors in the
    contract's shape. Skipped for tests that are expected to fail (known bugs)."""
    seen: list[Any] = []

    def record(sender: Flask, response: Any, **extra: Any) -> None:
        seen.append(response)

    request_finished.connect(record)
    try:
        yield
    finally:
        request_finished.disconnect(record)
    if request.node.get_closest_marker("xfail"):
        return
    for response in seen:
        assert response.status_code < 500, response.get_data(as_text=True)[:300]
        assert response.headers.get("X-Content-Type-Options") == "nosniff"
        assert "frame-ancestors " in response.headers.get("Content-Security-Policy", "")
        if response.status_code >= 400 and response.is_json:
            body = response.get_json()
            assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS, body


class Page(HTMLParser):
    """What a browser would see of a page: its text, forms and form fields (values unescaped)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict[str, str]] = []
        self.fields: list[dict[str, str]] = []
        self.tags: list[str] = []
        self.links: list[dict[str, str]] = []
        self.chunks: list[str] = []
        self._open: dict[str, str] | None = None  # the textarea or option being read
        self._select = ""
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        attributes = {name: value or "" for name, value in attrs}
        if tag == "a":
            self.links.append(attributes)
        if tag == "form":
            self.forms.append(attributes)
            return
        if tag == "select":
            self._select = attributes.get("name", "")
        if tag in ("input", "textarea", "button", "select", "option"):
            field = {"tag": tag, "form": str(len(self.forms) - 1), **attributes}
            if tag == "option":
                field["select"] = self._select
            if tag in ("textarea", "option"):
                field.setdefault("value", "")
                field["text"] = ""
                self._open = field
            self.fields.append(field)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("textarea", "option"):
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open["text"] += data
            if self._open["tag"] == "textarea":
                self._open["value"] += data
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.chunks))

    def values(self, name: str) -> list[str]:
        """The values of the text inputs and text areas called `name`, in page order."""
        return [f["value"] for f in self.fields
                if f.get("name") == name and f["tag"] in ("input", "textarea")]

    def selected(self, name: str) -> list[str]:
        return [f.get("value") or f["text"] for f in self.fields
                if f["tag"] == "option" and f["select"] == name and "selected" in f]

    def in_form(self, form: int) -> list[dict[str, str]]:
        return [f for f in self.fields if f["form"] == str(form)]


def shown(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# --- 1. The JSON API on the seed set, and content negotiation -------------------------------

def test_seed_set_gives_a_contract_valid_brief(client: FlaskClient, seed: dict[str, Any]) -> None:
    response = client.post("/summarize", json=seed)
    assert response.status_code == 200
    assert response.mimetype == JSON
    body = response.get_json()
    check_response(seed, body)
    Response.model_validate(body)
    assert body["brief"]


NEGOTIATION = [
    pytest.param(None, None, JSON, "json", id="default-json"),
    pytest.param("*/*", None, JSON, "json", id="any"),
    pytest.param("application/json", None, JSON, "json", id="accept-json"),
    pytest.param("text/markdown", None, "text/markdown", "markdown", id="accept-markdown"),
    pytest.param("text/html", None, "text/html", "fragment", id="accept-html"),
    pytest.param("text/html", "markdown", "text/markdown", "markdown", id="format-over-accept"),
    pytest.param("text/markdown", "json", JSON, "json", id="format-json-over-accept"),
    pytest.param(JSON, "html", "text/html", "fragment", id="format-html"),
    pytest.param(None, "page", "text/html", "page", id="format-page"),
]


@pytest.mark.parametrize(("accept", "fmt", "mimetype", "kind"), NEGOTIATION)
def test_content_negotiation(client: FlaskClient, seed: dict[str, Any], seed_brief: list[str],
                             accept: str | None, fmt: str | None, mimetype: str,
                             kind: str) -> None:
    headers = {"Accept": accept} if accept else {}
    query = {"format": fmt} if fmt else {}
    response = client.post("/summarize", json=seed, headers=headers, query_string=query)
    assert response.status_code == 200
    assert response.mimetype == mimetype
    body = response.get_data(as_text=True)
    if kind == "json":
        check_response(seed, response.get_json())
    elif kind == "markdown":
        numbered = re.findall(r"^(\d+)\. (.*)$", body, flags=re.MULTILINE)
        assert [int(n) for n, _ in numbered] == list(range(1, len(seed_brief) + 1))
        for (_, line), sentence in zip(numbered, seed_brief, strict=True):
            assert sentence in line.replace("\\[", "[").replace("\\]", "]")
    else:
        page = Page(body)
        whole = "html" in page.tags and body.lower().startswith("<!doctype html")
        assert whole if kind == "page" else ("html" not in page.tags and "<!doctype" not in body)
        for sentence in seed_brief:
            assert shown(sentence) in page.text


# --- 2. Malformed requests: a 4xx naming the field, never a 5xx ------------------------------

def raw(text: str | bytes, content_type: str = JSON) -> dict[str, Any]:
    return {"data": text, "content_type": content_type}


def form(**fields: Any) -> dict[str, Any]:
    """A urlencoded form post with one good article unless `text` is given."""
    return {"data": {"text": SMALL["articles"][0]["text"], **fields}}


BAD_REQUESTS = [
    # (request, config, status, field)
    pytest.param(raw('{"articles": ['), {}, 400, "body", id="not-json"),
    pytest.param(raw("articles=1"), {}, 400, "body", id="urlencoded-sent-as-json"),
    pytest.param({"json": "articles"}, {}, 422, "body", id="json-string-body"),
    pytest.param({"json": {"articles": "text"}}, {}, 422, "articles", id="articles-not-a-list"),
    pytest.param({"json": {"articles": ["text"]}}, {}, 422, "articles[0]",
                 id="article-not-an-object"),
    pytest.param({"json": article(text=5)}, {}, 422, "articles[0].text", id="text-a-number"),
    pytest.param({"json": article(id=5)}, {}, 422, "articles[0].id", id="id-a-number"),
    pytest.param({"json": article(html=["x"])}, {}, 422, "articles[0].html", id="html-a-list"),
    pytest.param({"json": small(length="7")}, {}, 422, "length", id="length-a-string"),
    pytest.param({"json": small(length={"sentences": "7"})}, {}, 422, "length.sentences",
                 id="length-value-a-string"),
    pytest.param({"json": small(length={"words": 2.5})}, {}, 422, "length.words",
                 id="length-value-a-float"),
    pytest.param({"json": small(length={"sentences": True})}, {}, 422, "length.sentences",
                 id="length-value-a-bool"),
    pytest.param({"json": small(method=["clustered"])}, {}, 422, "method", id="method-a-list"),
    pytest.param({"json": {}}, {}, 422, "articles", id="no-articles"),
    pytest.param({"json": {"articles": []}}, {}, 422, "articles", id="empty-articles"),
    pytest.param({"json": article(text="")}, {}, 422, "articles[0].text", id="empty-text"),
    pytest.param({"json": article(text=" \n\n\t ")}, {}, 422, "articles[0].text",
                 id="blank-text"),
    pytest.param({"json": {"articles": [SMALL["articles"][0], {"title": "no text"}]}}, {}, 422,
                 "articles[1].text", id="missing-text"),
    pytest.param({"json": {"articles": [{"html": "<p> </p><script>x()</script>"}]}}, {}, 422,
                 "articles[0].html", id="html-without-text"),
    pytest.param(raw('{"articles": [{"text": "A lone \\ud800 surrogate."}]}'), {}, 422,
                 "articles[0].text", id="lone-surrogate"),
    pytest.param({"json": {"articles": [{"id": "a", "text": "One."}, {"id": "a", "text": "Two."}]}},
                 {}, 422, "articles[1].id", id="duplicate-ids"),
    pytest.param({"json": {"articles": [{"text": "One."}, {"id": "1", "text": "Two."}]}},
                 {}, 422, "articles[1].id", id="id-equal-to-an-assigned-one"),
    pytest.param({"json": small(method="bestest")}, {}, 422, "method", id="unknown-method"),
    pytest.param({"json": small(language="klingon")}, {}, 422, "language",
                 id="unsupported-language"),
    pytest.param({"json": small(length={"sentences": 0})}, {}, 422, "length.sentences",
                 id="length-zero"),
    pytest.param({"json": small(length={"words": -3})}, {}, 422, "length.words",
                 id="length-negative"),
    pytest.param({"json": small(length={"sentences": 3, "words": 50})}, {}, 422, "length",
                 id="length-two-units"),
    pytest.param({"json": small(length={"lines": 3})}, {}, 422, "length.lines",
                 id="length-unknown-unit"),
    pytest.param({"json": small(length={})}, {}, 422, "length", id="length-no-unit"),
    pytest.param({"json": small(sentences=3)}, {}, 422, "sentences",
                 id="unknown-top-level-field"),
    pytest.param({"json": small(), "query_string": {"format": "xml"}}, {}, 422, "format",
                 id="unknown-format"),
    pytest.param({**form(), "query_string": {"format": "pdf"}}, {}, 422, "format",
                 id="unknown-format-in-form"),
    pytest.param({"json": small(), "query_string": "format=&format=json"}, {}, 422, "format",
                 id="empty-format"),
    pytest.param({"json": small(), "query_string": "format=json&format=markdown"}, {}, 422,
                 "format", id="two-formats"),
    pytest.param({**form(format="page"), "query_string": {"format": "json"}}, {}, 422, "format",
                 id="query-format-at-odds-with-form-format"),
    pytest.param(raw(json.dumps(SMALL), "text/plain"), {}, 415, None, id="text-plain"),
    pytest.param(raw(json.dumps(SMALL), "application/xml"), {}, 415, None, id="xml"),
    pytest.param({"data": json.dumps(SMALL)}, {}, 415, None, id="no-content-type"),
    # the configured limits
    pytest.param({"json": {"articles": [{"text": f"Article {k}."} for k in range(3)]}},
                 {"MAX_ARTICLES": 2}, 413, "articles", id="too-many-articles"),
    pytest.param({"json": {"articles": [{"text": "Short."}, {"text": "Long. " * 20}]}},
                 {"MAX_ARTICLE_CHARS": 100}, 413, "articles[1].text", id="article-too-long"),
    pytest.param({"json": {"articles": [{"html": "<p>Long.</p>" * 20}]}},
                 {"MAX_ARTICLE_CHARS": 100}, 413, "articles[0].html", id="html-too-long"),
    pytest.param({"json": {"articles": [{"text": "Words and words. " * 200}]}},
                 {"MAX_CONTENT_LENGTH": 1000}, 413, None, id="body-too-large"),
    pytest.param(form(text="Words and words. " * 200), {"MAX_CONTENT_LENGTH": 1000}, 413, None,
                 id="form-body-too-large"),
    pytest.param({"json": {"articles": [{"text": "One is here. Two is there. Three. Four."}]}},
                 {"MAX_SENTENCES": 3}, 413, "articles", id="too-many-sentences"),
    # the form's own fields
    pytest.param(form(length_value="seven"), {}, 422, "length_value", id="form-length-not-number"),
    pytest.param(form(length_value="0", length_unit="words"), {}, 422, "length.words",
                 id="form-length-zero"),
    pytest.param(form(length_value="3", length_unit="lines"), {}, 422, "length.lines",
                 id="form-length-unknown-unit"),
    pytest.param(form(method="bestest"), {}, 422, "method", id="form-unknown-method"),
    pytest.param(form(text=["", "  "], title=["", ""]), {}, 422, "articles", id="form-no-text"),
    pytest.param(form(text=["", "One sentence."], title=["A title only", ""]), {}, 422,
                 "articles[0].text", id="form-row-without-text"),
    pytest.param({"data": {"request": "[1, 2]"}}, {}, 422, "request", id="form-request-list"),
    pytest.param({"data": {"request": "{"}}, {}, 400, "request", id="form-request-not-json"),
]


@pytest.mark.parametrize(("call", "config", "status", "field"), BAD_REQUESTS)
def test_bad_request_gets_a_4xx_naming_the_field(call: dict[str, Any], config: dict[str, Any],
                                                 status: int, field: str | None) -> None:
    response = make_client(**config).post("/summarize", **copy.deepcopy(call))
    assert error_of(response, status)["field"] == field


def test_json_array_body_names_the_body(client: FlaskClient) -> None:
    response = client.post("/summarize", json=[SMALL])
    assert error_of(response, 422)["field"] == "body"


# Bodies that once made the service answer 500.
PATHOLOGICAL = [
    pytest.param(raw("[" * 5000 + "]" * 5000), "body", id="deeply-nested-json"),
    pytest.param(raw('{"articles": [{"text": "One."}], "length": {"sentences": 1'
                     + "0" * 5000 + "}}"), "body", id="integer-of-5000-digits"),
    pytest.param({"data": {"request": "[" * 5000}}, "request", id="deeply-nested-form-request"),
    pytest.param({"data": {"files": [(io.BytesIO(b"[" * 5000), "deep.json")]},
                  "content_type": "multipart/form-data"}, "files[0]", id="deeply-nested-upload"),
    pytest.param(form(length_value="²"), "length_value", id="form-length-superscript-digit"),
    pytest.param(form(length_value="9" * 5000), "length_value", id="form-length-5000-digits"),
    pytest.param(raw(b'{"articles": [{"text": "Caf\xe9 owners said the bridge reopened."}]}'),
                 "body", id="json-body-not-utf8"),
]


@pytest.mark.parametrize(("call", "field"), PATHOLOGICAL)
def test_pathological_body_gets_a_4xx(client: FlaskClient, call: dict[str, Any],
                                      field: str) -> None:
    response = client.post("/summarize", **copy.deepcopy(call))
    assert 400 <= response.status_code < 500, response.get_data(as_text=True)[:300]
    assert error_of(response, response.status_code)["field"] == field


def test_wrong_method_is_405_with_allow(client: FlaskClient) -> None:
    for response in (client.get("/summarize"), client.put("/summarize", json=SMALL),
                     client.delete("/summarize")):
        error_of(response, 405)
        assert "POST" in response.headers["Allow"]


def test_unknown_path_for_an_api_client_is_a_json_404(client: FlaskClient) -> None:
    response = client.get("/summarise", headers={"Accept": JSON})
    assert error_of(response, 404)["field"] is None
    response = client.post("/v1/summarize", json=SMALL, headers={"Accept": JSON})
    error_of(response, 404)


def test_unknown_path_for_a_browser_is_a_friendly_page(client: FlaskClient) -> None:
    response = client.get("/no/such/page", headers={"Accept": BROWSER})
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    body = response.get_data(as_text=True)
    page = Page(body)
    assert "html" in page.tags
    assert "Traceback" not in body and "werkzeug" not in body.lower()
    assert any(link.get("href") == "/" for link in page.links)  # a way back to the form


def test_error_for_the_brief_page_is_a_page(client: FlaskClient) -> None:
    """The form posts with format=page: its errors come back as the form, naming the row."""
    response = client.post("/summarize", data={"format": "page", "text": ["", "Two."],
                                               "title": ["Only a title", ""]})
    assert response.status_code == 422
    assert response.mimetype == "text/html"
    page = Page(response.get_data(as_text=True))
    assert "Article 1 has no text" in page.text
    assert page.values("title") == ["Only a title", ""]


# --- 3. Uploads and the form's post ------------------------------------------------------------

def upload(*files: tuple[bytes, str], **fields: Any) -> dict[str, Any]:
    return {"data": {**fields, "files": [(io.BytesIO(data), name) for data, name in files]},
            "content_type": "multipart/form-data"}


def test_upload_text_files(client: FlaskClient, seed: dict[str, Any]) -> None:
    files = [(a["text"].encode(), f"{a['id']}.txt") for a in seed["articles"]]
    response = client.post("/summarize", **upload(*files))
    assert response.status_code == 200
    same = {"articles": [{"id": a["id"], "text": a["text"]} for a in seed["articles"]]}
    check_response(same, response.get_json())


def test_upload_html_files(client: FlaskClient, seed: dict[str, Any]) -> None:
    def page(text: str) -> str:
        paragraphs = "".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;')}</p>"
                             for p in text.split("\n\n"))
        return f"<!doctype html><html><head><title>T</title></head><body>{paragraphs}</body></html>"

    same = {"articles": [{"id": a["id"], "html": page(a["text"])} for a in seed["articles"]]}
    files = [(a["html"].encode(), f"{a['id']}.html") for a in same["articles"]]
    response = client.post("/summarize", **upload(*files))
    assert response.status_code == 200
    check_response(same, response.get_json())


@pytest.mark.parametrize("shape", ["article", "list", "request"])
def test_upload_json_file(client: FlaskClient, seed: dict[str, Any], shape: str) -> None:
    articles = seed["articles"]
    if shape == "article":
        files = [(json.dumps(a).encode(), f"{a['id']}.json") for a in articles]
    elif shape == "list":
        files = [(json.dumps(articles).encode(), "set.json")]
    else:
        files = [(json.dumps({"articles": articles}).encode(), "request.json")]
    response = client.post("/summarize", **upload(*files))
    assert response.status_code == 200
    check_response(seed, response.get_json())


def test_uploads_and_options_together(client: FlaskClient, seed: dict[str, Any]) -> None:
    files = [(a["text"].encode(), f"{a['id']}.md") for a in seed["articles"]]
    response = client.post("/summarize", **upload(*files, length_unit="words", length_value="80",
                                                  method="lexrank", format="markdown"))
    assert response.status_code == 200
    assert response.mimetype == "text/markdown"
    assert re.search(r"^1\. ", response.get_data(as_text=True), flags=re.MULTILINE)


@pytest.mark.parametrize(("files", "status", "field"), [
    pytest.param([(bytes(range(256)) * 4, "bytes.txt")], 422, "files[0]", id="not-text"),
    pytest.param([(b"Good text.", "a.txt"), (b"\x00\x01\xfe\xff" * 64, "b.txt")], 422,
                 "files[1]", id="second-file-not-text"),
    pytest.param([(b"%PDF-1.4", "story.pdf")], 422, "files[0]", id="unsupported-extension"),
    pytest.param([(b"{not json", "a.json")], 400, "files[0]", id="json-file-not-json"),
    pytest.param([(b"42", "a.json")], 422, "files[0]", id="json-file-a-number"),
    pytest.param([(b'{"articles": "x"}', "a.json")], 422, "files[0]",
                 id="json-file-articles-not-a-list"),
    pytest.param([(b'[{"title": "no text"}]', "a.json")], 422, "articles[0].text",
                 id="json-file-article-without-text"),
    pytest.param([(b"", "empty.txt")], 422, "articles[0].text", id="empty-file"),
])
def test_bad_upload(client: FlaskClient, files: list[tuple[bytes, str]], status: int,
                    field: str) -> None:
    response = client.post("/summarize", **upload(*files))
    assert error_of(response, status)["field"] == field


def seed_form(seed: dict[str, Any]) -> dict[str, Any]:
    """The seed set as the form posts it: parallel lists of fields, and the length/method."""
    fields: dict[str, Any] = {name: [a.get(name, "") for a in seed["articles"]]
                              for name in ("title", "source", "url", "text")}
    return {**fields, "length_unit": "words", "length_value": "60", "method": "lexrank"}


def test_form_post(client: FlaskClient, seed: dict[str, Any]) -> None:
    data = seed_form(seed)
    for name in ("title", "source", "url", "text"):  # a row left empty is skipped
        data[name].append("")
    response = client.post("/summarize", data=data)
    assert response.status_code == 200
    body = response.get_json()
    same = {"articles": [{"title": a["title"], "text": a["text"]} for a in seed["articles"]],
            "length": {"words": 60}, "method": "lexrank"}
    check_response(same, body)
    assert [(a["title"], a["source"]) for a in body["articles"]] == [
        (a["title"], a["source"]) for a in seed["articles"]]


def test_form_post_as_page(client: FlaskClient, seed: dict[str, Any]) -> None:
    data = seed_form(seed)
    brief = client.post("/summarize", data=data).get_json()["brief"]
    response = client.post("/summarize", data={**data, "format": "page"})
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = Page(response.get_data(as_text=True))
    assert "html" in page.tags
    assert brief
    for item in brief:
        assert shown(item["text"]) in page.text
    # the page offers the same request again for download, as a hidden field
    (request_json,) = page.values("request")
    assert [a["text"] for a in json.loads(request_json)["articles"]] == [
        a["text"].strip() for a in seed["articles"]]


def test_form_download(client: FlaskClient) -> None:
    response = client.post("/summarize", data={"request": json.dumps(SMALL),
                                               "format": "markdown", "download": "1"})
    assert response.status_code == 200
    assert response.mimetype == "text/markdown"
    assert "attachment" in response.headers["Content-Disposition"]


# --- 4. The web pages ----------------------------------------------------------------------------

def test_form_page(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = Page(response.get_data(as_text=True))
    for name in ("title", "source", "url", "text"):
        assert page.values(name), name
    assert any(f["tag"] == "input" and f.get("type") == "file" and f.get("name") == "files"
               for f in page.fields)
    # the sample picker: a GET form with the sample sets and a submit control
    (k,) = [k for k, f in enumerate(page.forms) if f.get("method", "get").lower() == "get"]
    fields = page.in_form(k)
    assert SAMPLE in [f.get("value") for f in fields if f["tag"] == "option"]
    assert any(f["tag"] == "button" and f.get("type", "submit") == "submit" for f in fields)
    # the brief form posts to the API, as a page
    posts = [f for f in page.forms if f.get("method", "").lower() == "post"]
    assert any(f.get("action") == "/summarize" for f in posts)


def test_form_with_the_sample_set(client: FlaskClient, seed: dict[str, Any]) -> None:
    response = client.get("/", query_string={"sample": SAMPLE})
    assert response.status_code == 200
    page = Page(response.get_data(as_text=True))
    assert len(seed["articles"]) == 5
    assert page.values("text") == [a["text"] for a in seed["articles"]]
    assert page.values("title") == [a["title"] for a in seed["articles"]]
    assert page.values("source") == [a["source"] for a in seed["articles"]]
    assert page.selected("sample") == [SAMPLE]


def test_empty_form(client: FlaskClient) -> None:
    page = Page(client.get("/", query_string={"empty": "1"}).get_data(as_text=True))
    assert page.values("text") and not any(page.values("text"))


def test_unknown_sample_set_is_a_404_page(client: FlaskClient) -> None:
    for name in ("nope", "../corpus", f"{SAMPLE}/../{SAMPLE}"):
        response = client.get("/", query_string={"sample": name}, headers={"Accept": BROWSER})
        assert response.status_code == 404
        assert response.mimetype == "text/html"
        assert "Traceback" not in response.get_data(as_text=True)


TYPED: dict[str, Any] = {
    "title": ["First </textarea><script>alert(1)</script>", "Second"],
    "source": ["Daily Courier", 'Wire "quoted"'],
    "url": ["https://courier.example/a", ""],
    "published": ["", ""],
    "text": ["Typed text with <b>tags</b> & ampersands.\n\nSecond paragraph.", "Other text."],
    "length_value": "3", "length_unit": "words", "method": "lexrank", "language": "german",
}


def test_add_a_row_keeps_what_was_typed(client: FlaskClient) -> None:
    response = client.post("/", data={**TYPED, "action": "add"})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "<script>alert(1)" not in body and "<b>tags" not in body
    page = Page(body)
    for name in ("title", "source", "url", "text"):
        assert page.values(name) == [*TYPED[name], ""], name
    assert page.values("length_value") == ["3"]
    assert page.selected("length_unit") == ["words"]
    assert page.selected("method") == ["lexrank"]
    assert page.selected("language") == ["german"]


def test_remove_a_row_keeps_the_others(client: FlaskClient) -> None:
    response = client.post("/", data={**TYPED, "action": "remove:0"})
    assert response.status_code == 200
    page = Page(response.get_data(as_text=True))
    for name in ("title", "source", "url", "text"):
        assert page.values(name) == TYPED[name][1:], name
    page = Page(client.post("/", data={**TYPED, "action": "remove:1"}).get_data(as_text=True))
    assert page.values("title") == TYPED["title"][:1]


def test_article_text_is_escaped_in_the_page_and_fragment(client: FlaskClient) -> None:
    for fmt in ("page", "html"):
        response = client.post("/summarize", json=HOSTILE, query_string={"format": fmt})
        assert response.status_code == 200
        body = response.get_data(as_text=True)
        page = Page(body)
        # no tag of the article's text became markup; the text is shown as text
        assert "<script>alert" not in body and "<b>" not in body and "<i>" not in body
        assert page.tags.count("script") == (1 if fmt == "page" else 0)  # the page's own JS
        assert "b" not in page.tags and "i" not in page.tags
        assert "<script>alert(1)</script>" in page.text
        assert "the <b>repairs</b> cost" in page.text
        if fmt == "page":
            assert "Outlet <b>bold</b>" in page.text and "Title <i>one</i>" in page.text


def test_article_text_is_not_live_html_in_markdown(client: FlaskClient) -> None:
    request = copy.deepcopy(HOSTILE)
    request["articles"][0]["url"] = "javascript:alert(2)"
    response = client.post("/summarize", json=request, headers={"Accept": "text/markdown"})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "alert(1)" in body  # the sentence is there, as text
    assert not re.search(r"<\s*(script|b|i)\b", body, flags=re.IGNORECASE)
    assert "javascript:" not in body


# --- 5. /healthz and /openapi.json ---------------------------------------------------------------

def test_healthz(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_openapi_describes_the_request_schema(client: FlaskClient) -> None:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    assert spec["openapi"] == "3.1.0"
    assert "post" in spec["paths"]["/summarize"]
    published = spec["components"]["schemas"]["RequestIn"]
    ours = json.loads(json.dumps(RequestIn.model_json_schema()).replace(
        "#/$defs/", "#/components/schemas/"))
    assert published["properties"] == ours["properties"]
    assert published.get("required") == ours.get("required")
    body = spec["paths"]["/summarize"]["post"]["requestBody"]["content"][JSON]["schema"]
    assert body == {"$ref": "#/components/schemas/RequestIn"}


def test_a_real_response_meets_the_published_schema(client: FlaskClient) -> None:
    spec = client.get("/openapi.json").get_json()
    post = spec["paths"]["/summarize"]["post"]
    ref = post["responses"]["200"]["content"][JSON]["schema"]["$ref"]
    name = ref.rsplit("/", 1)[1]
    result = client.post("/summarize", json=SMALL).get_json()
    error = client.post("/summarize", json={"articles": []}).get_json()
    error_ref = post["responses"]["422"]["content"][JSON]["schema"]["$ref"]
    schemas = spec["components"]["schemas"]
    # every field is documented; the optional ones (events) are present only when they apply
    assert set(result) <= set(schemas[name]["properties"])
    assert set(schemas[name]["required"]) <= set(result)
    if importlib.util.find_spec("jsonschema"):  # pragma: no cover - not installed everywhere
        import jsonschema

        for instance, schema_ref in ((result, ref), (error, error_ref)):
            schema = {"$ref": schema_ref, "components": spec["components"]}
            jsonschema.Draft202012Validator(schema).validate(instance)
    else:
        assert name == "Response" and error_ref.endswith("/ErrorBody")
        Response.model_validate(result)
        ErrorBody.model_validate(error)


# --- 6. Security headers, CORS, API keys, configuration -----------------------------------------

HEADER_CALLS = [
    pytest.param("get", "/", {}, id="form"),
    pytest.param("get", "/healthz", {}, id="healthz"),
    pytest.param("get", "/openapi.json", {}, id="openapi"),
    pytest.param("get", "/static/brief.css", {}, id="static"),
    pytest.param("post", "/summarize", {"json": SMALL}, id="json"),
    pytest.param("post", "/summarize", {"json": SMALL, "headers": {"Accept": "text/html"}},
                 id="fragment"),
    pytest.param("post", "/summarize", {"json": SMALL, "query_string": {"format": "page"}},
                 id="page"),
    pytest.param("post", "/summarize", {"json": {"articles": []}}, id="json-error"),
    pytest.param("post", "/summarize", {"data": "x", "content_type": "text/plain"}, id="415"),
    pytest.param("get", "/summarize", {}, id="405"),
    pytest.param("get", "/nope", {"headers": {"Accept": BROWSER}}, id="404-page"),
    pytest.param("get", "/nope", {"headers": {"Accept": JSON}}, id="404-json"),
]


@pytest.mark.parametrize(("method", "path", "kwargs"), HEADER_CALLS)
def test_security_headers_on_every_response(method: str, path: str,
                                            kwargs: dict[str, Any]) -> None:
    client = make_client(FRAME_ANCESTORS=NEWSROOM)
    with getattr(client, method)(path, **kwargs) as response:  # closes a streamed static file
        assert response.status_code < 500
        csp = [part.strip() for part in response.headers["Content-Security-Policy"].split(";")]
        assert f"frame-ancestors {NEWSROOM}" in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_frame_ancestors_default_is_self(client: FlaskClient) -> None:
    csp = client.get("/").headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in [part.strip() for part in csp.split(";")]


def test_cors_allows_listed_origins_only() -> None:
    client = make_client(CORS_ORIGINS=[TOOL])
    preflight = {"Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "Content-Type"}
    response = client.options("/summarize", headers={"Origin": TOOL, **preflight})
    assert response.status_code < 300
    assert response.headers.get("Access-Control-Allow-Origin") == TOOL
    assert "POST" in response.headers.get("Access-Control-Allow-Methods", "")
    response = client.post("/summarize", json=SMALL, headers={"Origin": TOOL})
    assert response.status_code == 200
    assert response.headers.get("Access-Control-Allow-Origin") == TOOL

    other = "https://elsewhere.example"
    response = client.options("/summarize", headers={"Origin": other, **preflight})
    assert "Access-Control-Allow-Origin" not in response.headers
    response = client.post("/summarize", json=SMALL, headers={"Origin": other})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_no_cors_by_default(client: FlaskClient) -> None:
    response = client.post("/summarize", json=SMALL, headers={"Origin": TOOL})
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers


def test_api_keys() -> None:
    client = make_client(API_KEYS=["k1"])
    for headers in ({}, {"Authorization": "Bearer k2"}, {"X-API-Key": "k"},
                    {"Authorization": "Basic azE6"}, {"X-API-Key": "k1 "}):
        response = client.post("/summarize", json=SMALL, headers=headers)
        assert error_of(response, 401)["field"] is None, headers
        assert "WWW-Authenticate" in response.headers
    for headers in ({"Authorization": "Bearer k1"}, {"X-API-Key": "k1"}):
        response = client.post("/summarize", json=SMALL, headers=headers)
        assert response.status_code == 200, headers
        check_response(SMALL, response.get_json())
    response = client.post("/summarize", data={**form()["data"], "api_key": "k1"})
    assert response.status_code == 200
    # the form asks for the key; liveness stays open
    assert "api_key" in [f.get("name") for f in Page(client.get("/").get_data(
        as_text=True)).fields]
    assert client.get("/healthz").status_code == 200


def test_no_api_keys_means_open(client: FlaskClient) -> None:
    response = client.post("/summarize", json=SMALL)
    assert response.status_code == 200
    assert "api_key" not in [f.get("name") for f in Page(client.get("/").get_data(
        as_text=True)).fields]


@pytest.fixture
def environ(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The environment without any BRIEF_ variable of the machine running the tests."""
    for name in [n for n in os.environ if n.startswith("BRIEF_")]:
        monkeypatch.delenv(name)
    return monkeypatch


def test_config_from_environment(environ: pytest.MonkeyPatch) -> None:
    for name, value in {"MAX_ARTICLES": "2", "MAX_ARTICLE_CHARS": "500",
                        "MAX_BODY_BYTES": "4000", "MAX_SENTENCES": "4",
                        "API_KEYS": "k1, k2", "CORS_ORIGINS": TOOL,
                        "FRAME_ANCESTORS": NEWSROOM}.items():
        environ.setenv(f"BRIEF_{name}", value)
    client = create_app().test_client()
    key = {"X-API-Key": "k2"}
    assert client.post("/summarize", json=SMALL).status_code == 401
    response = client.post("/summarize", json=SMALL, headers={**key, "Origin": TOOL})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == TOOL
    assert f"frame-ancestors {NEWSROOM}" in response.headers["Content-Security-Policy"]
    assert client.post("/summarize", json=SMALL,
                       headers={"Authorization": "Bearer k1"}).status_code == 200

    three = {"articles": [{"text": f"Article {k}."} for k in range(3)]}
    long = {"articles": [{"text": "Long. " * 100}]}
    huge = {"articles": [{"text": "Short."}], "padding": " " * 4000}
    many = {"articles": [{"text": "One is here. Two is there. Three. Four. Five."}]}
    assert error_of(client.post("/summarize", json=three, headers=key), 413)["field"] == "articles"
    assert error_of(client.post("/summarize", json=long, headers=key),
                    413)["field"] == "articles[0].text"
    assert error_of(client.post("/summarize", json=huge, headers=key), 413)["field"] is None
    assert error_of(client.post("/summarize", json=many, headers=key), 413)["field"] == "articles"


def test_defaults_without_environment(environ: pytest.MonkeyPatch) -> None:
    client = create_app().test_client()
    response = client.post("/summarize", json=SMALL)
    assert response.status_code == 200
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize(("name", "value"), [
    ("MAX_ARTICLES", "zero"), ("MAX_ARTICLES", "0"), ("MAX_BODY_BYTES", "-5"),
    ("MAX_SENTENCES", "1.5"), ("MAX_ARTICLE_CHARS", ""),
])
def test_bad_environment_value_stops_the_start(environ: pytest.MonkeyPatch, name: str,
                                               value: str) -> None:
    environ.setenv(f"BRIEF_{name}", value)
    with pytest.raises(SystemExit) as stopped:
        create_app()
    assert f"BRIEF_{name}" in str(stopped.value)


def test_test_config_does_not_read_the_environment(environ: pytest.MonkeyPatch) -> None:
    environ.setenv("BRIEF_MAX_ARTICLES", "zero")
    assert make_client().get("/healthz").status_code == 200
