"""Where sources differ and a story's timeline, as an editor sees them in a real browser
(headless Debian Chromium; the fixtures and their rules are test_browser's)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from factsets import SAGA, TOLL_OTHERS, TOLLS, request
from test_browser import (  # noqa: F401 (base_url, browser, shots: fixtures)
    VIEWPORTS,
    Problems,
    base_url,
    browser,
    screenshot,
    shots,
)

from summarizer import summarize


def _open_brief(browser: Any, base_url: str, brief_request: dict[str, Any],  # noqa: F811
                viewport: str) -> Any:
    """The brief page of a request, as the form posts it (the whole request in one field)."""
    problems = Problems()
    page = problems.watch(browser.new_page(viewport=VIEWPORTS[viewport]))
    page.goto(base_url + "/")
    page.evaluate("""(body) => {
        const form = document.createElement("form");
        form.method = "post"; form.action = "/summarize?format=page";
        const field = document.createElement("input");
        field.type = "hidden"; field.name = "request"; field.value = body;
        form.appendChild(field); document.body.appendChild(form); form.submit();
    }""", json.dumps(brief_request))
    page.wait_for_url("**/summarize?format=page")
    assert problems == []
    return page


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_conflicting_tolls_show_one_sentence_and_the_note(
        browser: Any, base_url: str, shots: Path, viewport: str) -> None:  # noqa: F811
    page = _open_brief(browser, base_url, request(TOLLS, 7), viewport)
    notes = page.locator("ol.brief p.differ")
    assert notes.count() == 1
    note = notes.inner_text()
    for figure in TOLL_OTHERS.values():
        assert figure in note
    toll_sentences = [t for t in page.locator("ol.brief > li > p:first-child").all_inner_texts()
                      if any(f in t for f in ("156", *TOLL_OTHERS.values()))]
    assert len(toll_sentences) == 1
    top = page.locator("#differ li")
    assert top.count() == 1 and note in top.inner_text()
    assert notes.is_visible() and top.is_visible()
    screenshot(page, shots, f"tolls-{viewport}")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_a_saga_reads_as_a_timeline_under_its_dates(
        browser: Any, base_url: str, shots: Path, viewport: str) -> None:  # noqa: F811
    response = summarize(request(SAGA, 7))
    page = _open_brief(browser, base_url, request(SAGA, 7), viewport)
    headings = page.locator("h2.event").all_inner_texts()
    dates = [e["date"] for e in response["events"]
             if any(i["event"] == e["id"] for i in response["brief"])]
    assert [h.split(": ", 1)[1] for h in headings] == dates
    assert page.locator("ol.brief > li").count() == len(response["brief"])
    screenshot(page, shots, f"saga-{viewport}")
