"""Article links on the service: fetched when BRIEF_FETCH_URLS is on, else refused clearly."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from summarizer import InputError
from summarizer.text.fetch import Fetch, Fetcher, Limits, Page


def refuse_link(url: str, field: str) -> Page:
    """The `fetch` of a service that does not fetch links: a 422 naming the article."""
    raise InputError(f"{field}: this service does not fetch links (BRIEF_FETCH_URLS is off); "
                     "send the article's text or html", field, code="url_not_fetched")


def link_fetcher(config: Mapping[str, Any]) -> Fetch:
    """The `fetch` for one request: a Fetcher within the configured limits (all the request's
    pages within FETCH_TOTAL_SECONDS, and within the body limit in bytes, as if they had been
    sent), or refuse_link when fetching is off. Loopback addresses only when a test's config
    allows them (FETCH_ALLOW_LOOPBACK is not read from the environment)."""
    if not config["FETCH_URLS"]:
        return refuse_link
    allow = frozenset({"loopback"}) if config["FETCH_ALLOW_LOOPBACK"] else frozenset()
    return Fetcher(Limits(max_bytes=config["FETCH_MAX_BYTES"], seconds=config["FETCH_SECONDS"],
                          max_redirects=config["FETCH_MAX_REDIRECTS"],
                          total_bytes=config["MAX_CONTENT_LENGTH"],
                          total_seconds=config["FETCH_TOTAL_SECONDS"], allow=allow))
