"""The web form and the brief page in a real browser: headless Debian Chromium via Playwright.

The app runs on a free loopback port in a background thread. Playwright drives the system's
/usr/bin/chromium (`.ci/run` installs it); it never downloads a browser (`playwright install`
is not needed and not used). Without /usr/bin/chromium the tests skip, unless CI is set: then
they fail. BROWSER_SHOTS=<folder> also copies the brief-page screenshots there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from werkzeug.serving import make_server

from service import create_app

try:
    from playwright.sync_api import (
        Browser,
        ConsoleMessage,
        Page,
        Request,
        Response,
        expect,
        sync_playwright,
    )
except ImportError:  # the dev extra is not installed
    sync_playwright = None

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync",
]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
SAMPLE = "chile-earthquake-2010"  # not the form's default set, so picking it changes the form
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SCRIPT = "<script>window.__pwned = 1</script>"
BOLD = "<b>bold</b>"

# A fictional story. The first sentence of the first article carries the markup and holds the
# facts both articles repeat (footbridge, closed Tuesday, crack, main steel span), so it is
# the brief's first sentence.
LEAD = ("The Averil Harbour footbridge was closed on Tuesday " + SCRIPT + " after engineers found "
        "a " + BOLD + " crack across its main steel span, harbour officials said.")
ARTICLES = [
    {"title": "Footbridge shut", "source": "Averil Courier",
     "text": (LEAD + " "
              "The footbridge, which carries about 4,000 commuters a day between the ferry "
              "terminal and the old town, will stay shut for at least six weeks. "
              "Harbour master Ines Okafor said the crack in the main steel span was found during "
              "a routine inspection on Monday night. "
              "Ferry services to the terminal are running as normal, with extra buses laid on "
              "around the harbour. "
              "The authority said a full structural survey of the footbridge would begin on "
              "Thursday.")},
    {"title": "Crack closes bridge", "source": "Harbour Radio",
     "text": ("Port Averil's harbour authority shut the Averil Harbour footbridge on Tuesday "
              "morning, saying engineers had found a crack across the main steel span of the "
              "footbridge during checks. "
              "Harbour master Ines Okafor told reporters that the crack was spotted during a "
              "routine inspection and that nobody had been hurt. "
              "Commuters walking from the ferry terminal to the old town now face a detour of "
              "about twenty minutes while the footbridge stays shut. "
              "Local councillor Tomas Reyes called for an inquiry into how the main span had been "
              "maintained since it opened in 1998. "
              "A structural survey of the footbridge is due to start on Thursday, officials "
              "said.")},
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason}; CI must provide it (.ci/run installs Debian's chromium)")
    pytest.skip(f"{reason}: browser tests skipped (apt-get install chromium, or run .ci/run)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Debian Chromium; Playwright gives each launch a fresh temporary profile."""
    if sync_playwright is None:
        _unavailable("Playwright is not installed (pip install -e '.[dev]')")
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The app (default settings, environment ignored) served on a free loopback port."""
    server = make_server("127.0.0.1", 0, create_app({}), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


class Problems(list[str]):
    """Console errors (a CSP violation shows up as one), uncaught page errors, failed requests
    and error responses; the browser's own /favicon.ico probe may 404 (the app has none)."""

    def watch(self, page: Page) -> Page:
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.append(f"page error: {e}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)
        return page

    def _console(self, message: ConsoleMessage) -> None:
        # a failed load is reported by _response, with its URL
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.append(f"console: {message.text}")

    def _failed(self, request: Request) -> None:
        # a download (Content-Disposition: attachment) ends its navigation as ERR_ABORTED
        if request.failure != "net::ERR_ABORTED":
            self.append(f"failed: {request.method} {request.url} {request.failure}")

    def _response(self, response: Response) -> None:
        if response.status >= 400 and urlsplit(response.url).path != "/favicon.ico":
            self.append(f"HTTP {response.status}: {response.request.method} {response.url}")


def _sentences(page: Page) -> list[str]:
    """The brief's sentences as shown, without their citation marks."""
    return [li.locator("p").first.evaluate(
                "p => [...p.childNodes].filter(n => n.nodeType === 3)"
                ".map(n => n.textContent).join('').trim()")
            for li in page.locator("ol.brief > li").all()]


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_sample_set_to_brief(browser: Browser, base_url: str, tmp_path: Path,
                             viewport: str) -> None:
    manifest = json.loads((CORPUS / SAMPLE / "manifest.json").read_text(encoding="utf-8"))
    titles = [a["title"] for a in manifest["articles"]]
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    problems = Problems()
    page = problems.watch(context.new_page())
    try:
        page.goto(base_url + "/")
        page.select_option("#sample", SAMPLE)
        page.click("#use-sample")
        page.wait_for_url(re.compile(rf"[?&]sample={SAMPLE}\b"))
        rows = page.locator("#articles fieldset.article")
        assert rows.count() == len(titles)
        assert page.locator("input[name=title]").evaluate_all(
            "fields => fields.map(f => f.value)") == titles
        texts = page.locator("textarea[name=text]").evaluate_all(
            "fields => fields.map(f => f.value)")
        assert all(len(t.split()) > 50 for t in texts)
        assert page.locator("#sample").input_value() == SAMPLE

        page.click("#summarise")
        page.wait_for_url(base_url + "/summarize")
        items = page.locator("ol.brief > li")
        assert items.count() >= 3
        sentences = _sentences(page)
        assert all(s.endswith((".", "!", "?", '"', "\u201d")) for s in sentences)

        # citations: every link points at an entry of the source list, every entry is cited
        source_ids = page.locator("ol.sources > li").evaluate_all("lis => lis.map(li => li.id)")
        assert source_ids and all(source_ids)
        cited = page.locator("ol.brief a.cite").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))")
        assert cited
        assert {href.removeprefix("#") for href in cited} == set(source_ids)
        assert all(href.startswith("#") for href in cited)
        for li in items.all():
            assert li.locator("a.cite").count() >= 1

        # "n of m sources": n is the sentence's citations, m the articles sent
        for li in items.all():
            support = li.locator("p.support").inner_text().strip()
            match = re.fullmatch(r"(\d+) of (\d+) sources", support)
            assert match, support
            assert int(match[2]) == len(titles)
            assert 1 <= int(match[1]) <= len(titles)
            assert int(match[1]) == li.locator("a.cite").count()

        # coverage grid: a Source column, then one column per brief sentence, a row per article
        grid = page.locator("table#coverage")
        assert grid.locator("thead th").count() == 1 + items.count()
        assert grid.locator("tbody tr").count() == len(titles)
        for row in grid.locator("tbody tr").all():
            assert row.locator("td").count() == items.count()
        assert grid.locator("tbody td span").count() == sum(
            li.locator("a.cite").count() for li in items.all())

        # a citation link lands on its source
        first = page.locator("ol.brief a.cite").first
        target = first.get_attribute("href")
        first.click()
        assert page.evaluate("location.hash") == target
        assert page.locator(f"ol.sources > li{target}").is_visible()

        # the download buttons post back the same request and answer files
        for label, name in (("Download Markdown", "brief.md"), ("Download JSON", "brief.json")):
            button = page.get_by_role("button", name=label)
            assert button.is_visible()
            with page.expect_download() as download_info:
                button.click()
            download = download_info.value
            assert download.suggested_filename == name
            body = Path(download.path()).read_text(encoding="utf-8")
            if name == "brief.json":
                assert [item["text"] for item in json.loads(body)["brief"]] == sentences
            else:
                assert sentences[0] in body

        # phone or desktop: the page itself never scrolls sideways (the grid scrolls in its box)
        assert page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth")

        shot = tmp_path / f"brief-{viewport}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert shot.stat().st_size > 20_000
        if os.environ.get("BROWSER_SHOTS"):
            folder = Path(os.environ["BROWSER_SHOTS"])
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, folder / shot.name)
        assert problems == []
    finally:
        context.close()


def _fill_row(page: Page, index: int, article: dict[str, Any]) -> None:
    row = page.locator("#articles fieldset.article").nth(index)
    row.locator("input[name=title]").fill(article["title"])
    row.locator("input[name=source]").fill(article["source"])
    row.locator("textarea[name=text]").fill(article["text"])


def test_article_markup_is_shown_as_text(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    problems = Problems()
    page = problems.watch(context.new_page())
    try:
        page.goto(base_url + "/?empty=1")
        assert page.locator("#articles fieldset.article").count() == 2
        for i, article in enumerate(ARTICLES):
            _fill_row(page, i, article)
        page.click("#summarise")
        page.wait_for_url(base_url + "/summarize")
        assert page.locator("ol.brief > li").count() >= 3

        # the sentence with the markup is in the brief, its markup shown as the characters typed
        sentences = _sentences(page)
        marked = [s for s in sentences if SCRIPT in s]
        assert marked == [LEAD], sentences
        assert page.locator("ol.brief > li").first.locator("p").first.inner_text().startswith(
            LEAD)

        # ... and none of it became markup: the script never ran, no element came from the text
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('main script').length") == 0
        assert page.locator("b").count() == 0
        assert [s.get_attribute("src") for s in page.locator("script").all()] == [
            "/static/brief.js"]
        assert problems == []
    finally:
        context.close()


def test_add_and_remove_rows_without_javascript(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    rows = page.locator("#articles fieldset.article")
    try:
        page.goto(base_url + "/?empty=1")
        assert rows.count() == 2
        _fill_row(page, 0, ARTICLES[0])
        _fill_row(page, 1, ARTICLES[1])
        page.fill("input[name=length_value]", "3")

        with page.expect_response(lambda r: r.request.method == "POST"
                                  and r.url == base_url + "/") as posted:
            page.click("#add-article")
        assert posted.value.ok  # a round trip to the server: no script did it
        expect(rows).to_have_count(3)
        assert rows.locator("legend").all_inner_texts() == ["Article 1", "Article 2", "Article 3"]
        for i, article in enumerate(ARTICLES):
            for field in ("title", "source"):
                assert rows.nth(i).locator(f"input[name={field}]").input_value() == article[field]
            assert rows.nth(i).locator("textarea").input_value() == article["text"]
        new = rows.nth(2)
        assert [f.input_value() for f in new.locator("input:not([type=hidden]), textarea").all()
                ] == ["", "", "", ""]
        assert page.locator("input[name=length_value]").input_value() == "3"

        with page.expect_response(lambda r: r.request.method == "POST"
                                  and r.url == base_url + "/"):
            rows.nth(0).get_by_role("button", name="Remove this article").click()
        expect(rows).to_have_count(2)
        assert rows.locator("legend").all_inner_texts() == ["Article 1", "Article 2"]
        assert rows.nth(0).locator("input[name=title]").input_value() == ARTICLES[1]["title"]
        assert rows.nth(0).locator("textarea").input_value() == ARTICLES[1]["text"]
        assert rows.nth(1).locator("input[name=title]").input_value() == ""
        assert page.locator("input[name=length_value]").input_value() == "3"
    finally:
        context.close()


def test_add_and_remove_rows_with_javascript(browser: Browser, base_url: str) -> None:
    """brief.js (allowed by the CSP) adds and removes rows in place, without a request."""
    context = browser.new_context()
    problems = Problems()
    page = problems.watch(context.new_page())
    rows = page.locator("#articles fieldset.article")
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    try:
        page.goto(base_url + "/?empty=1")
        _fill_row(page, 0, ARTICLES[0])
        page.click("#add-article")
        assert rows.count() == 3
        assert rows.nth(2).locator("textarea").input_value() == ""
        assert rows.nth(0).locator("textarea").input_value() == ARTICLES[0]["text"]
        rows.nth(0).get_by_role("button", name="Remove this article").click()
        assert rows.count() == 2
        assert rows.locator("legend").all_inner_texts() == ["Article 1", "Article 2"]
        assert rows.nth(0).locator("textarea").input_value() == ""
        assert posts == []
        assert problems == []
    finally:
        context.close()


def test_form_fits_a_phone_screen(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    try:
        page.goto(base_url + "/")
        too_wide = page.evaluate(
            "() => [...document.querySelectorAll('main *')]"
            ".filter(e => e.getBoundingClientRect().right > innerWidth)"
            ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''))")
        assert too_wide == []
    finally:
        context.close()
