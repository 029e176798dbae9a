"""The reader: news pages to their article and metadata, text in legacy encodings, and one way
of reading files for the command line and the service (same formats, briefs and errors)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from contract import check_response
from flask.testing import FlaskClient
from newspages import COOKIE_TEXT, PAGES, Page

from summarizer import InputError, summarize
from summarizer.text.read import decode, html_article, is_html, read_file


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


def _plain_page(title_tag: str, footer: str) -> str:
    """A page that declares no site name (no og:site_name, no JSON-LD): its <title>, its
    headline and paragraphs, and a footer."""
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "The Harlow Bridge was closed on Tuesday after a grain barge struck one of its piers "
        "overnight, the state transport department said.",
        "Inspectors found a crack about two metres long in the pier's concrete base.",
        "About 38,000 vehicles cross the bridge each day, and drivers were told to use the "
        "Merrit Street crossing downstream."))
    return (f"<!DOCTYPE html><html><head><title>{title_tag}</title></head><body><article>"
            f"<h1>Bridge closed after barge strike</h1>{paragraphs}</article>"
            f"<footer>{footer}</footer></body></html>")


@pytest.mark.parametrize(("title_tag", "footer", "site"), [
    ("Bridge closed after barge strike | The Riverside Courier",
     "&copy; 2026 The Riverside Courier. All rights reserved.", "The Riverside Courier"),
    ("Bridge closed after barge strike &#8211; Tessel Valley Radio",
     "Tessel Valley Radio, 98.4 FM", "Tessel Valley Radio"),
    # a part the page prints nowhere else is the headline's own, not a site's name
    ("Bridge closed after barge strike - live updates", "Contact us", ""),
    ("Bridge closed after barge strike", "The Riverside Courier", ""),
])
def test_a_page_without_a_declared_site_is_named_by_its_title_tag(
        title_tag: str, footer: str, site: str) -> None:
    article = html_article(_plain_page(title_tag, footer))
    assert article["title"] == "Bridge closed after barge strike"
    assert article["source"] == site


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


# --- 2. Encodings ------------------------------------------------------------------------------

LEGACY_TEXTS = {
    "french": "Le café de la gare a rouvert jeudi après l'incendie, a déclaré le maire "
              "à la presse locale.",
    "german": "Die Feuerwehr löschte den Brand im Café am Zürcher Bahnhof; größere Schäden "
              "gab es nicht.",
    "spanish": "La niña rescatada en Logroño pasó la noche en el hospital, según el señor "
               "Muñoz, alcalde del año pasado.",
    "short": "Café fire in Zürich",
    "quotes": "“We are closing the café,” the owner said — for a week, perhaps two.",
}


@pytest.mark.parametrize(("language", "encoding"), [
    (language, encoding) for language in LEGACY_TEXTS for encoding in ("latin-1", "cp1252")
    if language != "quotes" or encoding == "cp1252"])  # Latin-1 has no curly quotes or dashes
def test_western_legacy_text_is_read_as_written(language: str, encoding: str) -> None:
    text = LEGACY_TEXTS[language]
    assert decode(text.encode(encoding), "story.txt") == text


@pytest.mark.parametrize(("text", "encoding"), [
    ("Пожар в кафе в Цюрихе потушили пожарные, сообщила полиция города.", "cp1251"),
    ("Η φωτιά στο καφέ της Ζυρίχης έσβησε από τους πυροσβέστες.", "cp1253"),
    ("Pożar w kawiarni w Zurychu ugasili strażacy, poinformowała policja.", "cp1250"),
], ids=["russian-cp1251", "greek-cp1253", "polish-cp1250"])
def test_other_legacy_text_is_read_as_written(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "story.txt") == text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_text_is_read_with_or_without_its_mark(encoding: str) -> None:
    text = LEGACY_TEXTS["spanish"] + " 東京 ✓"
    assert decode(text.encode(encoding), "story.txt") == text


def test_a_declared_charset_comes_before_detection() -> None:
    text = "Ça coûte 5 € — a déclaré le maire."
    assert decode(text.encode("cp1252"), "page", declared="iso-8859-1") == text
    assert decode(text.encode("utf-8"), "page", declared="no-such-charset") == text


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x00\x01\xfe\xff" * 64,
                                  b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)),
                                  b"Plain words\x00 with a NUL"],
                         ids=["all-bytes", "binary", "png", "nul"])
def test_bytes_that_are_not_text_are_refused_by_name(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "photo.txt")
    assert caught.value.message.startswith("photo.txt: not text")
    assert caught.value.code == "bad_encoding"


# --- 3. One reader: the command line and the service give the same briefs and errors ------------

def python_m_summarizer(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NLTK_DATA": str(cwd / "no-nltk-data"), "HOME": str(cwd)}
    return subprocess.run([sys.executable, "-m", "summarizer", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=300, check=False)


def body(page: Page) -> str:
    """The article as plain text: its paragraphs separated by blank lines."""
    return "\n\n".join(page.paragraphs)


def article_files(kind: str) -> dict[str, bytes]:
    """The five outlets' articles as files of one type, by name."""
    if kind == "html":
        return {f"{p.slug}.html": p.html.encode() for p in PAGES}
    if kind == "txt":
        return {f"{p.slug}.txt": body(p).encode() for p in PAGES}
    if kind == "md":
        return {f"{p.slug}.md": f"# {p.headline}\n\n{body(p)}\n".encode() for p in PAGES}
    if kind == "json":  # an article object, and a list of them
        objects = [{"id": p.slug, "title": p.headline, "source": p.site,
                    "text": body(p)} for p in PAGES]
        return {"first.json": json.dumps(objects[0]).encode(),
                "rest.json": json.dumps(objects[1:]).encode()}
    mixed = {**article_files("txt"), **article_files("md"), **article_files("html")}
    return {name: mixed[name] for name in ("wire.txt", "broadsheet.md", "broadcaster.html",
                                           "blog.html", "aggregator.txt")}


def upload(files: dict[str, bytes], **fields: str) -> dict[str, Any]:
    return {"data": {**fields, "files": [(io.BytesIO(data), name)
                                         for name, data in files.items()]},
            "content_type": "multipart/form-data"}


def comparable(response: dict[str, Any]) -> dict[str, Any]:
    return {"brief": [(item["text"], item["sources"]) for item in response["brief"]],
            "articles": [(a["id"], a["title"], a["source"], a["url"])
                         for a in response["articles"]]}


@pytest.mark.parametrize("kind", ["txt", "md", "html", "json", "mixed"])
def test_the_cli_and_the_service_give_one_brief_for_the_same_files(
        client: FlaskClient, tmp_path: Path, kind: str) -> None:
    files = article_files(kind)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    cli = python_m_summarizer(["--words", "90", *files], tmp_path)
    assert cli.returncode == 0, cli.stderr
    http = client.post("/summarize", **upload(files, length_unit="words", length_value="90"))
    assert http.status_code == 200, http.get_data(as_text=True)[:300]
    from_cli, from_http = json.loads(cli.stdout), http.get_json()
    assert comparable(from_cli) == comparable(from_http)
    assert from_cli["brief"]
    if kind in ("html", "mixed"):  # the pages name their outlets
        sources = {a["id"]: a["source"] for a in from_cli["articles"]}
        assert all(sources[p.slug] == p.site for p in PAGES if f"{p.slug}.html" in files)


def test_a_folder_of_pages_reads_as_its_files_do(tmp_path: Path) -> None:
    """A folder without a manifest: its article files in name order, other files passed over;
    with a manifest, the manifest's fields win over the pages'."""
    for name, data in article_files("html").items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    plain = python_m_summarizer(["--sentences", "4", "."], tmp_path)
    assert plain.returncode == 0, plain.stderr
    ids = [a["id"] for a in json.loads(plain.stdout)["articles"]]
    assert ids == sorted(p.slug for p in PAGES)
    listed = [{"file": f"{p.slug}.html", "source": f"Desk {k}"} for k, p in enumerate(PAGES)]
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": listed}), encoding="utf-8")
    with_manifest = python_m_summarizer(["--sentences", "4", "."], tmp_path)
    assert with_manifest.returncode == 0, with_manifest.stderr
    articles = json.loads(with_manifest.stdout)["articles"]
    assert [a["id"] for a in articles] == [p.slug for p in PAGES]
    assert [a["source"] for a in articles] == [f"Desk {k}" for k in range(len(PAGES))]
    assert [a["title"] for a in articles] == [p.headline for p in PAGES]


@pytest.mark.parametrize(("name", "data", "code"), [
    ("report.docx", b"PK\x03\x04\x14\x00\x06\x00", "unsupported_type"),
    ("story.txt", bytes(range(256)) * 4, "bad_encoding"),
], ids=["unknown-type", "bad-encoding"])
def test_the_cli_and_the_service_give_one_error(client: FlaskClient, tmp_path: Path, name: str,
                                                data: bytes, code: str) -> None:
    good = {"wire.txt": body(PAGES[0]).encode()}
    (tmp_path / "wire.txt").write_bytes(good["wire.txt"])
    (tmp_path / name).write_bytes(data)
    cli = python_m_summarizer(["wire.txt", name], tmp_path)
    assert cli.returncode == 2 and cli.stdout == ""
    (line,) = cli.stderr.splitlines()
    http = client.post("/summarize", **upload({**good, name: data}))
    error = http.get_json()["error"]
    assert http.status_code == 422
    assert (error["code"], error["field"]) == (code, "files[1]")
    assert line == f"summarizer: error: {error['message'].removeprefix('files[1]: ')}"
    assert line.startswith(f"summarizer: error: {name}: ")
    with pytest.raises(InputError) as caught:
        read_file(name, data)
    assert caught.value.code == code


def test_a_latin_1_file_reads_as_written_by_both(client: FlaskClient, tmp_path: Path) -> None:
    story = ("Le café de la gare de Zürich a fermé lundi après un incendie dans la cuisine.\n\n"
             "Les pompiers sont arrivés en dix minutes et personne n'a été blessé, a déclaré "
             "la police.")
    (tmp_path / "cafe.txt").write_bytes(story.encode("latin-1"))
    cli = python_m_summarizer(["cafe.txt"], tmp_path)
    assert cli.returncode == 0, cli.stderr
    http = client.post("/summarize", **upload({"cafe.txt": story.encode("latin-1")}))
    assert http.status_code == 200
    for response in (json.loads(cli.stdout), http.get_json()):
        check_response({"articles": [{"id": "cafe", "text": story}]}, response)
        assert "Zürich" in response["brief"][0]["text"]
