"""Configuration: safe defaults, then environment variables prefixed BRIEF_."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from limits import parse_many

from .store import database_url

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "BRIEF_"


def _words(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _count(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError("must be at least 1")
    return number


def _seconds(value: str) -> float:
    number = float(value)
    if not 0 < number < 3600:  # also refuses nan and inf
        raise ValueError("must be a number of seconds above 0 and below 3600")
    return number


def _whole(value: str) -> int:
    number = int(value)
    if number < 0:
        raise ValueError("must be 0 or more")
    return number


def _flag(value: str) -> bool:
    """On or off: 1/true/yes/on, or 0/false/no/off/"" (any case)."""
    word = value.strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("", "0", "false", "no", "off"):
        return False
    raise ValueError("must be on or off (1/true/yes/on, 0/false/no/off)")


def _store(value: str) -> str | None:
    """Where briefs are stored: "" for nowhere, a SQLite file path or a SQLAlchemy URL."""
    return database_url(value.strip()) if value.strip() else None


def _days(value: str) -> float:
    number = float(value)
    if not 0 < number <= 36500:  # also refuses nan and inf
        raise ValueError("must be a number of days above 0 (at most 36500)")
    return number


def _rate(value: str) -> str | None:
    """A Flask-Limiter rate such as "60/minute" or "10 per second; 500/hour"; "" or off: none."""
    if value.strip().lower() in ("", "off", "none"):
        return None
    parse_many(value)  # Flask-Limiter's own parser: a bad rate stops the start clearly
    return value


DEFAULTS: dict[str, Any] = {
    "MAX_CONTENT_LENGTH": 5_000_000,  # bytes of one request body
    "MAX_ARTICLES": 50,
    "MAX_ARTICLE_CHARS": 200_000,
    "MAX_SENTENCES": 5_000,  # sentences of all articles of one request, after splitting
    "MAX_SECONDS": 15.0,  # wall time of one request's work; under gunicorn's 30 s timeout
    "RATE_LIMIT": None,  # e.g. "60/minute": per API key, else per client address; none: off
    "RATE_LIMIT_STORAGE": "memory://",  # per worker; e.g. redis://host:6379 to share
    "API_KEYS": [],  # none: /summarize is open
    "CORS_ORIGINS": [],  # none: no cross-origin browser calls
    "FRAME_ANCESTORS": "'self'",  # who may embed the pages and fragments in a frame
    "CORPUS_DIR": str(ROOT / "corpus"),
    "SAMPLE_SET": "irs-ice-data-sharing",
    # Article links (summarizer/text/fetch.py). Off: a client could otherwise make the service
    # fetch any page it names. Fetching happens within MAX_SECONDS, and all the links of one
    # request within FETCH_TOTAL_SECONDS and MAX_CONTENT_LENGTH bytes.
    "FETCH_URLS": False,
    "FETCH_MAX_BYTES": 2_000_000,  # one page; a news page's HTML is rarely past 1 MB
    "FETCH_SECONDS": 5.0,  # one page, all of it: a page not there in 5 s is down or hostile
    "FETCH_TOTAL_SECONDS": 10.0,  # all links of one request: keep it under MAX_SECONDS, whose
    # wall time includes the fetching (with the defaults, 5 s or more are left for the work)
    "FETCH_MAX_REDIRECTS": 5,  # news links take one or two (http to https, a short link)
    # Tests only, through create_app(test_config), never from the environment: fetch from
    # loopback addresses too, so tests can serve pages from 127.0.0.1.
    "FETCH_ALLOW_LOOPBACK": False,
    # Permalinks (service/store.py): none, nothing is stored and pages offer no link (article
    # text is kept only in the request's memory); set, a SQLAlchemy URL (a file path: SQLite).
    "STORE": None,
    "STORE_DAYS": 30.0,  # long enough to share a brief around a story; short enough to forget
}

# environment variable (without the prefix) -> (config key, parser, what it is)
ENVIRONMENT: dict[str, tuple[str, Callable[[str], Any], str]] = {
    "MAX_BODY_BYTES": ("MAX_CONTENT_LENGTH", _count, "largest request body, in bytes"),
    "MAX_ARTICLES": ("MAX_ARTICLES", _count, "most articles in one request"),
    "MAX_ARTICLE_CHARS": ("MAX_ARTICLE_CHARS", _count, "most characters in one article"),
    "MAX_SENTENCES": ("MAX_SENTENCES", _count, "most sentences in one request, all articles"),
    "MAX_SECONDS": ("MAX_SECONDS", _seconds, "seconds of work one request may take"),
    "RATE_LIMIT": ("RATE_LIMIT", _rate, 'requests per key or client, e.g. "60/minute"'),
    "RATE_LIMIT_STORAGE": ("RATE_LIMIT_STORAGE", str,
                           "where rate-limit counts live: memory:// (per worker), redis://…"),
    "API_KEYS": ("API_KEYS", _words, "comma-separated keys; when set, /summarize needs one"),
    "CORS_ORIGINS": ("CORS_ORIGINS", _words, "comma-separated origins allowed to call the API"),
    "FRAME_ANCESTORS": ("FRAME_ANCESTORS", str, "CSP frame-ancestors: who may embed pages"),
    "CORPUS_DIR": ("CORPUS_DIR", str, "folder of sample article sets"),
    "SAMPLE_SET": ("SAMPLE_SET", str, "the sample set the form offers first"),
    "FETCH_URLS": ("FETCH_URLS", _flag, "on: fetch articles given by their url alone"),
    "FETCH_MAX_BYTES": ("FETCH_MAX_BYTES", _count, "largest page fetched, in bytes"),
    "FETCH_SECONDS": ("FETCH_SECONDS", _seconds, "seconds one page may take to fetch"),
    "FETCH_TOTAL_SECONDS": ("FETCH_TOTAL_SECONDS", _seconds,
                            "seconds all the links of one request may take together"),
    "FETCH_MAX_REDIRECTS": ("FETCH_MAX_REDIRECTS", _whole, "most redirects one link may take"),
    "STORE": ("STORE", _store, "where briefs are kept for permalinks: a SQLite file path or a "
                               "SQLAlchemy URL; empty: nowhere"),
    "STORE_DAYS": ("STORE_DAYS", _days, "days a stored brief is kept"),
}


def from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings given in the environment, parsed; a bad value stops the start clearly."""
    settings: dict[str, Any] = {}
    for name, (key, parse, what) in ENVIRONMENT.items():
        if PREFIX + name in environ:
            try:
                settings[key] = parse(environ[PREFIX + name])
            except ValueError as exc:
                raise SystemExit(
                    f"{PREFIX}{name}={environ[PREFIX + name]!r}: {exc} ({what})") from None
    return settings
