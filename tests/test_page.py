"""The editor's pages through Flask's test client (issue 16): the form that starts clean and
comes back with what was typed, the brief page (story title, sources with outlet, title and
date, when it was made, language and direction, the text to copy), names that fall back
sensibly, the HTML fragment's citations, API keys never written into a page, and permalinks
(store on and off, expiry, configuration)."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from flask.testing import FlaskClient
from pagesets import ARABIC, FRENCH, GERMAN, SETS, UNNAMED
from stories import bridge_articles
from test_service import BROWSER, SMALL, Page

from service import create_app
from service.store import Store, database_url
from summarizer import summarize
from summarizer.brief.render import article_name, cited_text, story_title, to_html

KEY = "k-9f3c1e7a5b"  # an API key that must never appear in a page


def make_client(**config: Any) -> FlaskClient:
    return create_app({"TESTING": True, **config}).test_client()


def form_data(articles: list[dict[str, Any]], **options: Any) -> dict[str, Any]:
    """Articles as the form posts them: parallel lists of the row fields, as a page."""
    fields = {name: [a.get(name, "") for a in articles]
              for name in ("title", "source", "url", "published", "text")}
    return {"format": "page", **fields, **options}


def page_of(client: FlaskClient, articles: list[dict[str, Any]], **options: Any) -> str:
    response = client.post("/summarize", data=form_data(articles, **options))
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


def attribute(html: str, element_id: str, name: str) -> str:
    """An attribute of the element with this id (the pages' markup is the service's own)."""
    match = re.search(rf'<[^>]*\bid="{element_id}"[^>]*>', html)
    assert match, element_id
    value = re.search(rf'\b{name}="([^"]*)"', match[0])
    return value[1] if value else ""


# --- The form ------------------------------------------------------------------------------------

def test_form_opens_empty_with_the_sample_one_click_away(client: FlaskClient) -> None:
    page = Page(client.get("/").get_data(as_text=True))
    assert len(page.values("text")) == 2 and not any(page.values("text"))
    assert not any(page.values("title"))
    # one click: the sample picker's submit, with the default sample already selected
    assert page.selected("sample") == ["irs-ice-data-sharing"]
    assert "Try the sample story" in page.text
    # a date per row, two Summarise buttons (top and bottom)
    dates = [f for f in page.fields if f.get("name") == "published"]
    assert len(dates) == 2 and all(f.get("type") == "date" for f in dates)
    assert page.text.count("Summarise") >= 3  # the heading and both buttons


def test_methods_are_explained_in_plain_words(client: FlaskClient) -> None:
    page = Page(client.get("/").get_data(as_text=True))
    options = [f for f in page.fields if f["tag"] == "option" and f["select"] == "method"]
    assert [o["value"] for o in options][0] == "clustered"
    for option in options:
        assert len(option["text"].split()) >= 5, option  # a description, not a bare name
    assert "recommended" in options[0]["text"]


def test_sample_dates_fill_the_date_fields(client: FlaskClient) -> None:
    page = Page(client.get("/", query_string={"sample": "irs-ice-data-sharing"}).get_data(
        as_text=True))
    dates = page.values("published")
    assert dates and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates if d)


def test_an_error_keeps_everything_typed_and_names_the_row(client: FlaskClient) -> None:
    """Row 2 is left blank (the request skips it), row 3 has a title and no text: the request's
    articles[1] is row 3 on screen."""
    data = {"format": "page", "title": ["First", "", "Third, no text"],
            "source": ["Daily <b>Courier</b>", "", "Wire"], "url": ["", "", ""],
            "published": ["2025-03-04", "", ""], "text": ["Some text. More text.", "", ""],
            "length_value": "3", "length_unit": "words", "method": "lexrank",
            "language": "german"}
    response = client.post("/summarize", data=data)
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    page = Page(body)
    assert "Article 3 has no text" in page.text
    assert "articles[" not in page.text
    assert 'id="article-3"' in body and 'class="article has-error" id="article-3"' in body
    for name in ("title", "source", "url", "published", "text"):
        assert page.values(name) == data[name], name
    assert "<b>Courier" not in body  # kept as typed, and escaped
    assert page.values("length_value") == ["3"]
    assert page.selected("length_unit") == ["words"]
    assert page.selected("method") == ["lexrank"]
    assert page.selected("language") == ["german"]


def test_an_error_in_the_options_names_the_option(client: FlaskClient) -> None:
    response = client.post("/summarize", data=form_data(SMALL["articles"],
                                                        length_value="seven"))
    assert response.status_code == 422
    page = Page(response.get_data(as_text=True))
    assert "Length: 'seven' is not a whole number" in page.text
    assert page.values("text") == [a["text"] for a in SMALL["articles"]]


def test_a_missing_key_is_asked_for_without_jargon() -> None:
    client = make_client(API_KEYS=[KEY])
    response = client.post("/summarize", data=form_data(SMALL["articles"]))
    assert response.status_code == 401
    page = Page(response.get_data(as_text=True))
    assert "access key" in page.text
    assert "Bearer" not in page.text and "X-API-Key" not in page.text
    assert page.values("text") == [a["text"] for a in SMALL["articles"]]


def test_a_body_over_the_limit_is_a_short_page() -> None:
    client = make_client(MAX_CONTENT_LENGTH=1000)
    response = client.post("/summarize", data=form_data(
        [{"text": "Words and words. " * 200}]), headers={"Accept": BROWSER})
    assert response.status_code == 413
    assert "larger than 1000 bytes" in Page(response.get_data(as_text=True)).text


# --- The brief page ------------------------------------------------------------------------------

def test_brief_page_has_its_story_sources_and_time(client: FlaskClient) -> None:
    articles = [{**a, "published": f"2025-04-0{k}"} for k, a in enumerate(bridge_articles(), 1)]
    before = time.time()
    body = page_of(client, articles)
    result = summarize({"articles": articles})
    page = Page(body)
    title = story_title(result)
    assert title in {a.get("title") for a in articles}
    assert re.search(rf"<h1[^>]*>{re.escape(title)}</h1>", body)
    made = attribute(body, "story-title", "lang")  # the heading carries the language
    assert made == "en"
    stamp = re.search(r'<time datetime="([0-9TZ:-]+)">', body)
    assert stamp and abs(time.mktime(time.strptime(stamp[1], "%Y-%m-%dT%H:%M:%SZ"))
                         - time.timezone - before) < 120
    for a in articles:
        assert a["source"] in page.text and a.get("title", "") in page.text
        assert a["published"] in page.text
    # citations in order within each sentence
    for marks in re.findall(r'<p class="text">.*?</p>', body):
        numbers = [int(n) for n in re.findall(r'class="cite" href="#source-(\d+)"', marks)]
        assert numbers == sorted(numbers)


def test_copy_text_is_the_brief_with_numbered_sources(client: FlaskClient) -> None:
    body = page_of(client, UNNAMED)
    href = attribute(body, "download-text", "href")
    assert href.startswith("data:text/plain;charset=utf-8,")
    text = unquote(href.split(",", 1)[1])
    result = summarize({"articles": UNNAMED})
    assert text == cited_text(result, story_title(result))
    assert text.startswith("Averil footbridge shut by crack\n\n1. ")
    assert "\nSources\n[1] harbour-news.example, 2025-03-04 https://www.harbour-news.example/"\
        in text
    assert "[3] Article 3" in text
    assert attribute(body, "copy-brief", "hidden") == ""  # shown by the script only
    assert 'id="copy-brief" hidden' in body


@pytest.mark.parametrize(("language", "lang", "direction"),
                         [("french", "fr", "ltr"), ("german", "de", "ltr"),
                          ("arabic", "ar", "rtl")])
def test_brief_page_carries_the_language(client: FlaskClient, language: str, lang: str,
                                         direction: str) -> None:
    articles = SETS[language]
    body = page_of(client, articles, language=language)
    for element in ("story-title", "brief"):
        assert attribute(body, element, "lang") == lang
        assert attribute(body, element, "dir") == direction
    assert f'<ol class="sources" lang="{lang}" dir="{direction}">' in body
    result = summarize({"articles": articles, "language": language})
    assert Page(body).text.count(result["brief"][0]["text"]) >= 1
    assert result["brief"][0]["support"] == 2  # both outlets state the lead fact …
    assert "all_reprints" not in [w["code"] for w in result["warnings"]]  # two reports
    assert story_title(result) in {a["title"] for a in articles}
    fragment = to_html(result)
    assert fragment.startswith(f'<section class="brief" lang="{lang}" dir="{direction}">')


def test_names_fall_back_outlet_site_title_place() -> None:
    assert article_name({"source": "Reuters", "url": "https://www.x.example/a"}, 1) == "Reuters"
    assert article_name({"url": "https://www.x.example/a", "title": "T"}, 1) == "x.example"
    assert article_name({"url": "ftp://x.example/a", "title": "T"}, 1) == "T"
    assert article_name({"url": "https://[::1/", "title": ""}, 2) == "Article 2"
    assert article_name({"id": "ap-7"}, 3) == "Article 3"


def test_names_fall_back_on_the_page_and_in_warnings(client: FlaskClient) -> None:
    articles = [*UNNAMED, {"text": "Menu. Home. Sport."}]
    body = page_of(client, articles)
    page = Page(body)
    assert "harbour-news.example" in page.text and "Article 3" in page.text
    result = summarize({"articles": articles})
    (silent,) = [w for w in result["warnings"] if w["code"] == "no_sentence"]
    assert silent["message"].startswith("Article 4:")
    assert '<span class="outlet">Article 3</span>' in body  # never a bare id for a name


def test_story_title_without_shared_titles_is_the_top_fact() -> None:
    result = {"articles": [{"title": "Alpha"}, {"title": "Omega"}],
              "brief": [{"text": " ".join(f"w{k}" for k in range(20))}]}
    assert story_title(result) == " ".join(f"w{k}" for k in range(12)) + " …"
    shared = {"articles": [{"title": "Bridge closed by crack"}, {"title": "Crack closes bridge"},
                           {"title": "Weather today"}], "brief": []}
    assert story_title(shared) in ("Bridge closed by crack", "Crack closes bridge")


# --- The fragment --------------------------------------------------------------------------------

def test_fragment_citations_sources_and_escaping() -> None:
    articles = [{"id": "a", "source": "Outlet <b>A</b>", "title": "Title <i>a</i>",
                 "published": "2025-03-04",
                 "text": "The council said <script>alert(1)</script> the bridge will reopen on "
                         "Monday. Repairs cost four million dollars, the council said."},
                *[{**a, "id": f"x{k}"} for k, a in enumerate(bridge_articles())]]
    fragment = to_html(summarize({"articles": articles}))
    assert "<script>" not in fragment and "<b>" not in fragment and "<i>" not in fragment
    assert "&lt;script&gt;" in fragment or "alert(1)" not in fragment
    assert "<sup>" not in fragment
    assert re.search(r'>\[2\]</a> <a class="brief-cite" href="#source-3">\[3\]</a>', fragment)
    assert '<h2 class="brief-sources-heading">Sources</h2>' in fragment
    assert "Outlet &lt;b&gt;A&lt;/b&gt; — Title &lt;i&gt;a&lt;/i&gt;, 2025-03-04" in fragment


# --- API keys ------------------------------------------------------------------------------------

def test_no_page_ever_contains_the_key(tmp_path: Path) -> None:
    client = make_client(API_KEYS=[KEY], STORE=str(tmp_path / "briefs.db"))
    pages = [client.get("/"), client.get("/", query_string={"sample": "irs-ice-data-sharing"})]
    keyed = form_data(bridge_articles(), api_key=KEY)
    brief = client.post("/summarize", data=keyed)
    assert brief.status_code == 200
    cookie = brief.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    pages += [brief, client.get("/")]  # the form again, now with the key kept
    pages.append(client.post("/summarize", data={**keyed, "text": ["", "", ""]}))  # an error
    pages.append(client.post("/summarize", data={**keyed, "api_key": "wrong"}))  # a 401
    pages.append(client.post("/", data={**keyed, "action": "add"}))  # a row added
    link = brief.headers["Link"].split(">")[0].removeprefix("<")
    pages += [client.get(link), client.get(link, headers={"Accept": "application/json"}),
              client.get(link, query_string={"format": "markdown"})]
    statuses = [p.status_code for p in pages]
    assert statuses == [200, 200, 200, 200, 422, 401, 200, 200, 200, 200]
    for response in pages:
        assert KEY not in response.get_data(as_text=True)
    # the page's downloads still work: the browser's cookie carries the key
    plain = make_client(API_KEYS=[KEY])
    page = plain.post("/summarize", data=keyed)
    (request_json,) = Page(page.get_data(as_text=True)).values("request")
    download = plain.post("/summarize", data={"request": request_json, "format": "markdown",
                                              "download": "1"})
    assert download.status_code == 200 and download.mimetype == "text/markdown"
    assert KEY not in page.get_data(as_text=True)
    stranger = make_client(API_KEYS=[KEY])
    assert stranger.post("/summarize", data={"request": request_json}).status_code == 401


# --- Permalinks ----------------------------------------------------------------------------------

def test_store_off_keeps_nothing_and_offers_no_link(client: FlaskClient) -> None:
    response = client.post("/summarize", json=SMALL)
    assert "permalink" not in response.get_json()
    assert "Link" not in response.headers
    body = page_of(client, SMALL["articles"])
    assert 'id="permalink"' not in body and "/briefs/" not in body
    missing = client.get("/briefs/anything", headers={"Accept": BROWSER})
    assert missing.status_code == 404
    assert "keeps no briefs" in Page(missing.get_data(as_text=True)).text


def test_store_on_gives_a_permalink_to_the_same_brief(tmp_path: Path) -> None:
    client = make_client(STORE=str(tmp_path / "briefs.db"))
    response = client.post("/summarize", json=SMALL)
    result = response.get_json()
    link = result["permalink"]
    assert re.fullmatch(r"http://localhost/briefs/[A-Za-z0-9_-]{22}", link)
    assert response.headers["Link"] == f'<{link}>; rel="bookmark"'
    again = client.get(link, headers={"Accept": "application/json"})
    assert again.status_code == 200 and again.get_json() == result
    page = client.get(link, headers={"Accept": BROWSER})
    assert page.mimetype == "text/html"
    body = page.get_data(as_text=True)
    for item in result["brief"]:
        assert item["text"] in Page(body).text
    assert f'href="{link}" id="permalink"' in body
    assert 'name="request"' not in body  # downloads are the permalink's, not a re-post
    markdown = client.get(link, query_string={"format": "markdown", "download": "1"})
    assert markdown.mimetype == "text/markdown" and "attachment" in markdown.headers[
        "Content-Disposition"]
    for query in ("format=pdf", "format=", "format=json&format=markdown"):  # not the page
        assert client.get(f"{link}?{query}").status_code == 422
    # the form's post gets its own link, shown on its page
    form_page = page_of(client, SMALL["articles"])
    assert 'id="permalink"' in form_page and link not in form_page
    # and only the response is kept, not the whole articles
    with sqlite3.connect(tmp_path / "briefs.db") as db:
        (mode,) = db.execute("PRAGMA journal_mode").fetchone()
        bodies = [json.loads(b) for (b,) in db.execute("SELECT body FROM briefs")]
    assert mode == "wal" and len(bodies) == 2
    assert all("text" not in a for b in bodies for a in b["articles"])


def test_a_permalink_id_is_not_logged(tmp_path: Path,
                                      caplog: pytest.LogCaptureFixture) -> None:
    client = make_client(STORE=str(tmp_path / "briefs.db"))
    link = client.post("/summarize", json=SMALL).get_json()["permalink"]
    with caplog.at_level("INFO", logger="service.requests"):
        assert client.get(link).status_code == 200
    brief_id = link.rsplit("/", 1)[1]
    assert "path=/briefs/" in caplog.text and brief_id not in caplog.text


def test_stored_briefs_expire(tmp_path: Path) -> None:
    url = database_url(str(tmp_path / "briefs.db"))
    store = Store(url, days=2)
    now = time.time()
    store.save("old", {"brief": []}, now=now - 3 * 86_400)
    store.save("recent", {"brief": []}, now=now - 86_400)
    assert store.load("old", now=now) is None
    assert store.load("recent", now=now) is not None
    assert store.load("recent", now=now + 86_401) is None
    store.save("new", {"brief": []}, now=now)  # a save deletes the expired rows
    with sqlite3.connect(tmp_path / "briefs.db") as db:
        assert sorted(i for (i,) in db.execute("SELECT id FROM briefs")) == ["new", "recent"]

    client = make_client(STORE=url, STORE_DAYS=2)
    response = client.get("/briefs/old", headers={"Accept": BROWSER})
    assert response.status_code == 404
    text = Page(response.get_data(as_text=True)).text
    assert "kept for 2 days" in text and "expired" in text
    assert client.get("/briefs/old", headers={"Accept": "application/json"}).get_json()[
        "error"]["code"] == "not_found"
    assert client.get("/briefs/" + "x" * 500).status_code == 404


def test_store_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    for name in [n for n in __import__("os").environ if n.startswith("BRIEF_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("BRIEF_STORE", str(tmp_path / "env.db"))
    monkeypatch.setenv("BRIEF_STORE_DAYS", "7")
    app = create_app()
    assert app.config["STORE"] == f"sqlite:///{tmp_path / 'env.db'}"
    assert app.config["STORE_DAYS"] == 7
    assert "permalink" in app.test_client().post("/summarize", json=SMALL).get_json()
    for name, value in (("STORE_DAYS", "0"), ("STORE_DAYS", "nan"), ("STORE", "nope://x y")):
        monkeypatch.setenv(f"BRIEF_{name}", value)
        with pytest.raises(SystemExit, match=f"BRIEF_{name}"):
            create_app()
        monkeypatch.setenv("BRIEF_STORE_DAYS", "7")
        monkeypatch.setenv("BRIEF_STORE", str(tmp_path / "env.db"))
    monkeypatch.setenv("BRIEF_STORE", "")
    assert create_app().config["STORE"] is None
    # a PostgreSQL URL is taken as given; a database that cannot be reached stops the start
    postgres = "postgresql+psycopg://brief:secret@127.0.0.1:1/briefs"
    assert database_url(postgres) == postgres
    monkeypatch.setenv("BRIEF_STORE", postgres)
    with pytest.raises(SystemExit, match="cannot open the store") as stopped:
        create_app()
    assert "secret" not in str(stopped.value)


def test_permalink_in_openapi(client: FlaskClient) -> None:
    spec = client.get("/openapi.json").get_json()
    assert "permalink" in spec["components"]["schemas"]["Response"]["properties"]
    assert "/briefs/{brief_id}" in spec["paths"]
    assert FRENCH and GERMAN and ARABIC  # the sets the language tests use
