"""The web form and the brief page in a real browser: headless Debian Chromium via Playwright.

The app runs on a free loopback port in a background thread. Playwright drives the system's
/usr/bin/chromium (`.ci/run` installs it); it never downloads a browser (`playwright install`
is not needed and not used). Without /usr/bin/chromium the tests skip, unless CI is set: then
they fail. Screenshots (form, error, brief, permalink; 1280 and 390 px wide) go to a temporary
folder, or to BROWSER_SHOTS=<folder> to look at them.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def serving(config: dict[str, Any]) -> Iterator[str]:
    """The app with `config` (environment ignored) served on a free loopback port."""
    server = make_server("127.0.0.1", 0, create_app(config), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The app with default settings (no store, no keys)."""
    with serving({}) as url:
        yield url


@pytest.fixture(scope="module")
def stored_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app keeping briefs (permalinks) in a SQLite file of its own."""
    with serving({"STORE": str(tmp_path_factory.mktemp("store") / "briefs.db")}) as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: BROWSER_SHOTS when set (to look at them), else a temporary folder."""
    folder = Path(os.environ.get("BROWSER_SHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot(page: Page, folder: Path, name: str) -> None:
    """A full-page PNG of what the browser shows, checked to be a real picture."""
    shot = folder / f"{name}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


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
def test_sample_set_to_brief(browser: Browser, base_url: str, shots: Path,
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

        screenshot(page, shots, f"brief-{SAMPLE}-{VIEWPORTS[viewport]['width']}")
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
        page.goto(base_url + "/")
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
        page.goto(base_url + "/")
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
                ] == ["", "", "", "", ""]
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
        page.goto(base_url + "/")
        _fill_row(page, 0, ARTICLES[0])
        page.click("#add-article")
        assert rows.count() == 3
        assert rows.nth(2).locator("textarea").input_value() == ""
        assert rows.nth(0).locator("textarea").input_value() == ARTICLES[0]["text"]
        rows.nth(0).get_by_role("button", name="Remove this article").click()
        assert rows.count() == 2
        assert rows.locator("legend").all_inner_texts() == ["Article 1", "Article 2"]
        assert rows.evaluate_all("rows => rows.map(r => r.id)") == ["article-1", "article-2"]
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


# --- Issue 16: the editor's walk ---------------------------------------------------------------

DEFAULT_SAMPLE = "irs-ice-data-sharing"  # the sample the form offers first


def _values(page: Page, selector: str) -> list[str]:
    return page.locator(selector).evaluate_all("fields => fields.map(f => f.value)")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_empty_form_to_sample_to_brief(browser: Browser, base_url: str, shots: Path,
                                       viewport: str) -> None:
    """The form opens empty; one click loads the sample story; Summarise is in view wherever
    the editor is on the form; the brief has its story title, dates and time made."""
    width = VIEWPORTS[viewport]["width"]
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    problems = Problems()
    page = problems.watch(context.new_page())
    try:
        page.goto(base_url + "/")
        assert _values(page, "textarea[name=text]") == ["", ""]
        assert page.get_by_role("button", name="Try the sample story").is_visible()
        screenshot(page, shots, f"form-empty-{width}")

        page.get_by_role("button", name="Try the sample story").click()
        page.wait_for_url(re.compile(rf"[?&]sample={DEFAULT_SAMPLE}\b"))
        assert len(_values(page, "textarea[name=text]")) == 5
        # halfway down the long form, a Summarise button is still on screen (sticky)
        page.locator("#article-3 textarea").scroll_into_view_if_needed()
        assert page.locator("#summarise").is_visible()
        box = page.locator("#summarise").bounding_box()
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= VIEWPORTS[viewport]["height"]
        screenshot(page, shots, f"form-sample-{width}")

        page.locator("#summarise").click()
        page.wait_for_url(base_url + "/summarize")
        title = page.locator("h1#story-title").inner_text()
        assert len(title.split()) >= 4 and title != "Brief"
        assert re.fullmatch(r"Made \d{1,2} \w+ \d{4}, \d\d:\d\d UTC from 5 articles",
                            page.locator("p.made").inner_text().strip())
        sources = page.locator("ol.sources > li").all_inner_texts()
        assert sources and all(re.fullmatch(r"\[\d\]\s+\S.* — \S.*", s) for s in sources)
        assert page.locator("#permalink").count() == 0  # no store: no link
        assert page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        screenshot(page, shots, f"brief-{width}")
        assert problems == []
    finally:
        context.close()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_an_error_comes_back_with_the_input_kept(browser: Browser, base_url: str, shots: Path,
                                                 viewport: str) -> None:
    width = VIEWPORTS[viewport]["width"]
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    rows = page.locator("#articles fieldset.article")
    try:
        page.goto(base_url + "/")
        _fill_row(page, 0, ARTICLES[0])
        rows.nth(0).locator("input[name=published]").fill("2025-03-04")
        rows.nth(1).locator("input[name=title]").fill("A headline and nothing else")
        page.select_option("select[name=method]", "lexrank")
        page.fill("input[name=length_value]", "4")
        with page.expect_response(lambda r: r.url == base_url + "/summarize") as answer:
            page.locator("#summarise-top").click()
        assert answer.value.status == 422
        assert page.locator("#form-error").inner_text().count("Article 2 has no text") == 1
        assert "articles[" not in page.locator("main").inner_text()
        assert rows.count() == 2
        assert rows.nth(0).locator("textarea").input_value() == ARTICLES[0]["text"]
        assert rows.nth(0).locator("input[name=title]").input_value() == ARTICLES[0]["title"]
        assert rows.nth(0).locator("input[name=published]").input_value() == "2025-03-04"
        assert rows.nth(1).locator("input[name=title]").input_value() == (
            "A headline and nothing else")
        assert page.locator("select[name=method]").input_value() == "lexrank"
        assert page.locator("input[name=length_value]").input_value() == "4"
        assert "has-error" in (page.locator("#article-2").get_attribute("class") or "")
        screenshot(page, shots, f"form-error-{width}")

        page.locator("#form-error a").click()  # the message leads to its row
        assert page.evaluate("location.hash") == "#article-2"
        rows.nth(1).locator("textarea").fill(ARTICLES[1]["text"])
        page.locator("#summarise").click()
        page.wait_for_url(base_url + "/summarize")
        assert page.locator("ol.brief > li").count() >= 2
    finally:
        context.close()


def test_copy_with_sources(browser: Browser, base_url: str) -> None:
    """The button puts the brief and its numbered sources on the clipboard; the same text is
    the "Download as text" file, which is what a browser without JavaScript gets."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    problems = Problems()
    page = problems.watch(context.new_page())
    try:
        page.goto(base_url + "/")
        for i, article in enumerate(ARTICLES):
            _fill_row(page, i, article)
            page.locator(f"#article-{i + 1} input[name=published]").fill(f"2025-03-0{4 + i}")
        page.locator("#summarise").click()
        page.wait_for_url(base_url + "/summarize")
        page.get_by_role("button", name="Copy with sources").click()
        expect(page.locator("#copy-status")).to_have_text("Copied the brief with its sources.")
        copied = page.evaluate("navigator.clipboard.readText()")
        title = page.locator("h1#story-title").inner_text()
        lines = copied.splitlines()
        assert lines[0] == title and lines[1] == ""
        sentences = _sentences(page)
        numbered = [line for line in lines if re.match(r"\d+\. ", line)]
        assert [re.sub(r"^\d+\. | \[\d+\](?: \[\d+\])*$", "", n) for n in numbered] == sentences
        assert all(re.search(r"\[\d+\]$", n) for n in numbered)
        assert lines[lines.index("Sources") + 1:] == [
            "[1] Averil Courier — Footbridge shut, 2025-03-04",
            "[2] Harbour Radio — Crack closes bridge, 2025-03-05"]
        assert page.locator("ol.sources > li").all_inner_texts() == [
            "[1] Averil Courier — Footbridge shut, 2025-03-04",
            "[2] Harbour Radio — Crack closes bridge, 2025-03-05"]
        assert SCRIPT in copied  # plain text: the characters as written

        with page.expect_download() as download_info:
            page.locator("#download-text").click()
        download = download_info.value
        assert download.suggested_filename == "brief.txt"
        assert Path(download.path()).read_text(encoding="utf-8") == copied
        assert problems == []
    finally:
        context.close()

    plain = browser.new_context(java_script_enabled=False)
    page = plain.new_page()
    try:
        page.goto(base_url + "/")
        for i, article in enumerate(ARTICLES):
            _fill_row(page, i, article)
            page.locator(f"#article-{i + 1} input[name=published]").fill(f"2025-03-0{4 + i}")
        page.locator("#summarise").click()
        page.wait_for_url(base_url + "/summarize")
        assert not page.locator("#copy-brief").is_visible()  # no script: no button …
        with page.expect_download() as download_info:  # … and the text as a download
            page.locator("#download-text").click()
        assert Path(download_info.value.path()).read_text(encoding="utf-8") == copied
    finally:
        plain.close()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_permalink_shows_the_same_brief(browser: Browser, stored_url: str, shots: Path,
                                        viewport: str) -> None:
    width = VIEWPORTS[viewport]["width"]
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    problems = Problems()
    page = problems.watch(context.new_page())
    try:
        page.goto(stored_url + "/")
        for i, article in enumerate(ARTICLES):
            _fill_row(page, i, article)
        page.locator("#summarise").click()
        page.wait_for_url(stored_url + "/summarize")
        sentences, title = _sentences(page), page.locator("h1#story-title").inner_text()
        made = page.locator("p.made time").get_attribute("datetime")
        link = page.locator("#permalink").get_attribute("href") or ""
        assert re.fullmatch(re.escape(stored_url) + r"/briefs/[\w-]{22}", link)

        page.locator("#permalink").click()
        page.wait_for_url(link)
        page.reload()
        assert _sentences(page) == sentences
        assert page.locator("h1#story-title").inner_text() == title
        assert page.locator("p.made time").get_attribute("datetime") == made
        with page.expect_download() as download_info:
            page.locator("#download-markdown").click()
        assert sentences[1] in Path(download_info.value.path()).read_text(encoding="utf-8")
        assert page.evaluate(  # a long word in the title wraps; the page never scrolls sideways
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        screenshot(page, shots, f"permalink-{width}")
        page.emulate_media(media="print")  # printed: the story and its sources, no controls
        assert not page.locator("#share").is_visible()
        assert not page.locator("body > header").is_visible()
        assert page.locator("ol.sources").is_visible()
        screenshot(page, shots, f"permalink-print-{width}")
        page.emulate_media(media="screen")

        fresh = problems.watch(browser.new_context().new_page())  # a colleague's browser
        fresh.goto(link)
        assert _sentences(fresh) == sentences
        fresh.context.close()
        assert problems == []
    finally:
        context.close()


def test_fragment_citations_read_as_separate_marks(browser: Browser, base_url: str) -> None:
    """The fragment embedded as the README shows: a sentence with several sources reads
    "… [1] [2]", never "12"."""
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(base_url + "/")
        text = page.evaluate("""async (articles) => {
            const r = await fetch("/summarize?format=html", {method: "POST",
                headers: {"Content-Type": "application/json"}, body: JSON.stringify({articles})});
            const box = document.querySelector("main");
            box.innerHTML = await r.text();
            return box.querySelector("ol.brief-sentences").innerText;
        }""", ARTICLES)
        first = text.splitlines()[0]
        assert re.search(r"\. \[1\] \[2\] \(2 of 2 sources\)$", first), first
        assert page.locator("h2.brief-sources-heading").inner_text() == "Sources"
        assert page.locator("ol.brief-sources > li").all_inner_texts() == [
            "Averil Courier — Footbridge shut", "Harbour Radio — Crack closes bridge"]
        assert page.evaluate("typeof window.__pwned") == "undefined"
    finally:
        context.close()


def test_arabic_brief_reads_right_to_left(browser: Browser, base_url: str, shots: Path) -> None:
    arabic = [
        {"title": "إغلاق جسر المدينة بعد اكتشاف شرخ", "source": "صحيفة المدينة",
         "text": ("أغلقت البلدية جسر المدينة يوم الثلاثاء بعد اكتشاف شرخ في الدعامة الرئيسية. "
                  "يعبر نحو أربعة آلاف سيارة جسر المدينة كل يوم.")},
        {"title": "شرخ يغلق جسر المدينة", "source": "إذاعة المدينة",
         "text": ("قالت البلدية إنها أغلقت جسر المدينة يوم الثلاثاء بعد اكتشاف شرخ في الدعامة "
                  "الرئيسية. تعبر أربعة آلاف سيارة جسر المدينة كل يوم بحسب البلدية.")},
    ]
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    try:
        page.goto(base_url + "/")
        for i, article in enumerate(arabic):
            _fill_row(page, i, article)
        page.select_option("select[name=language]", "arabic")
        page.locator("#summarise").click()
        page.wait_for_url(base_url + "/summarize")
        for selector in ("h1#story-title", "#brief p.text", "ol.sources"):
            element = page.locator(selector).first
            assert element.get_attribute("lang") == "ar" or element.evaluate(
                "e => e.closest('[lang]').lang") == "ar"
            assert element.evaluate("e => getComputedStyle(e).direction") == "rtl"
        # the sentence starts at the right edge, its citations end it on the left
        text = page.locator("#brief p.text").first
        box, cite = text.bounding_box(), text.locator("a.cite").last.bounding_box()
        assert box and cite and cite["x"] < box["x"] + box["width"] / 2
        # an English note in the Arabic story reads in its own order: "2 of 2 sources"
        note = page.locator("#brief p.support").first
        assert note.evaluate("e => getComputedStyle(e).direction") == "ltr"
        assert re.fullmatch(r"\d of \d sources", note.inner_text())
        assert page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        screenshot(page, shots, "brief-arabic-390")
    finally:
        context.close()
