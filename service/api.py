"""The JSON API: POST /summarize, GET /briefs/<id> (permalinks), GET /openapi.json, GET
/healthz."""

from __future__ import annotations

import hmac
import json
import time
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, url_for
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import NotFound, Unauthorized

from summarizer import summarize
from summarizer.brief.render import to_html, to_markdown
from summarizer.text.fetch import fetch_articles

from .budget import time_limit
from .inputs import asked_format, check_limits, contract_request, output_format
from .links import link_fetcher
from .openapi import spec
from .store import Store, Stored
from .web import brief_page

bp = Blueprint("api", __name__)

MEDIA = {"json": "application/json", "markdown": "text/markdown; charset=utf-8",
         "html": "text/html; charset=utf-8", "page": "text/html; charset=utf-8"}
DOWNLOAD_NAMES = {"json": "brief.json", "markdown": "brief.md", "html": "brief.html"}


KEY_COOKIE = "brief_key"  # where the browser keeps the key typed into the form


def presented_key() -> str:
    """The key of the request: a header (API clients), else the form's key field, else the
    cookie the brief page set when the key was typed (its download buttons)."""
    auth = request.headers.get("Authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return (request.headers.get("X-API-Key") or request.form.get("api_key", "")
            or request.cookies.get(KEY_COOKIE, ""))


def check_api_key() -> None:
    """With API keys configured, the request must carry one (compared in constant time)."""
    keys: list[str] = current_app.config["API_KEYS"]
    if not keys:
        return
    presented = presented_key().encode()
    if not any([hmac.compare_digest(presented, key.encode()) for key in keys]):
        raise Unauthorized(www_authenticate=WWWAuthenticate("bearer"))


def _keep_key(response: Response) -> None:
    """The key typed into the form, kept by the browser (never written into a page): an
    HttpOnly cookie, for this site only (SameSite=Strict), for the browser session, so the
    page's download buttons work with keys on."""
    typed = request.form.get("api_key", "")
    if typed and current_app.config["API_KEYS"]:
        response.set_cookie(KEY_COOKIE, typed, httponly=True, samesite="Strict",
                            secure=request.is_secure, path="/")


def render(result: dict[str, Any], fmt: str, made: float,
           brief_request: dict[str, Any] | None = None) -> Response:
    """The result in the asked format: the same dict behind JSON, Markdown, fragment and page.
    made: when the brief was made (Unix time), shown on the page; brief_request: the request,
    which the page posts again for its downloads when the brief has no permalink."""
    if fmt == "json":
        body = json.dumps(result, ensure_ascii=False)
    elif fmt == "markdown":
        body = to_markdown(result)
    elif fmt == "html":
        body = to_html(result)
    else:
        body = brief_page(result, made, brief_request)
    response = Response(body, content_type=MEDIA[fmt])
    if request.values.get("download") and fmt in DOWNLOAD_NAMES:
        response.headers["Content-Disposition"] = f"attachment; filename={DOWNLOAD_NAMES[fmt]}"
    if result.get("permalink"):
        response.headers["Link"] = f'<{result["permalink"]}>; rel="bookmark"'
    return response


def _store() -> Store | None:
    """The permalink store, when BRIEF_STORE is set."""
    store: Store | None = current_app.extensions.get("brief_store")
    return store


def _stored(result: dict[str, Any]) -> float:
    """Keep the result behind a new permalink when the store is on (adding `permalink` to it);
    the time it was made."""
    store = _store()
    if store is None:
        return time.time()
    brief_id = store.new_id()
    result["permalink"] = url_for("api.permalink", brief_id=brief_id, _external=True)
    return store.save(brief_id, result).created


@bp.post("/summarize")
def summarize_articles() -> Response:
    check_api_key()
    fmt = output_format(request)
    config = current_app.config
    with time_limit(config["MAX_SECONDS"]):  # 413 "too_slow" past it
        brief_request = contract_request(request)
        check_limits(brief_request, config["MAX_ARTICLES"], config["MAX_ARTICLE_CHARS"])
        # link-only articles: their pages (within FETCH_TOTAL_SECONDS), or 422 when off
        brief_request = fetch_articles(brief_request, link_fetcher(config))
        result = summarize(brief_request, max_sentences=config["MAX_SENTENCES"])
    made = _stored(result)
    response = render(result, fmt, made, brief_request)
    if fmt == "page":
        _keep_key(response)
    return response


def _permalink_format() -> str:
    """A permalink's format: the `format` parameter, else the Accept header, else the page."""
    asked = asked_format(request.args)
    if asked:
        return asked
    best = request.accept_mimetypes.best_match(
        ["text/html", "application/json", "text/markdown"], default="text/html")
    return {"application/json": "json", "text/markdown": "markdown"}.get(best or "", "page")


@bp.get("/briefs/<brief_id>")
def permalink(brief_id: str) -> Response:
    """A stored brief: its page, or its JSON (Accept: application/json), Markdown, fragment.
    Open to anyone with the link (its id is unguessable), key or not: that is sharing."""
    store = _store()
    if store is None:
        raise NotFound("This service keeps no briefs, so it has no permalinks.")
    stored: Stored | None = store.load(brief_id) if len(brief_id) <= 64 else None
    if stored is None:
        days = f"{store.days:g}"
        raise NotFound(f"There is no brief at this link. Briefs are kept for {days} days: it "
                       "may have expired, or the link may be incomplete.")
    response = render(stored.response, _permalink_format(), stored.created)
    response.headers["Cache-Control"] = "private, max-age=300"
    response.headers["Vary"] = "Accept"
    return response


@bp.get("/openapi.json")
def openapi() -> Response:
    try:
        release = version("sourced-brief")
    except PackageNotFoundError:
        release = "0"
    return jsonify(spec(release, fetches_links=current_app.config["FETCH_URLS"]))


@bp.get("/healthz")
def healthz() -> Response:
    return jsonify(status="ok")
