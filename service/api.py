"""The JSON API: POST /summarize, GET /openapi.json, GET /healthz."""

from __future__ import annotations

import hmac
import json
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, render_template, request
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Unauthorized

from summarizer import summarize
from summarizer.fetch import fetch_articles
from summarizer.render import differ_note, event_title, support_note, to_html, to_markdown

from .budget import time_limit
from .inputs import check_limits, contract_request, output_format
from .links import link_fetcher
from .openapi import spec

bp = Blueprint("api", __name__)

MEDIA = {"json": "application/json", "markdown": "text/markdown; charset=utf-8",
         "html": "text/html; charset=utf-8", "page": "text/html; charset=utf-8"}
DOWNLOAD_NAMES = {"json": "brief.json", "markdown": "brief.md", "html": "brief.html"}


def presented_key() -> str:
    auth = request.headers.get("Authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("X-API-Key") or request.form.get("api_key", "")


def check_api_key() -> None:
    """With API keys configured, the request must carry one (compared in constant time)."""
    keys: list[str] = current_app.config["API_KEYS"]
    if not keys:
        return
    presented = presented_key().encode()
    if not any([hmac.compare_digest(presented, key.encode()) for key in keys]):
        raise Unauthorized(www_authenticate=WWWAuthenticate("bearer"))


def render(result: dict[str, Any], brief_request: dict[str, Any], fmt: str) -> Response:
    """The result in the asked format: the same dict behind JSON, Markdown, fragment and page."""
    if fmt == "json":
        body = json.dumps(result, ensure_ascii=False)
    elif fmt == "markdown":
        body = to_markdown(result)
    elif fmt == "html":
        body = to_html(result)
    else:
        body = render_template("brief.html", result=result, support_note=support_note,
                               differ_note=differ_note, event_title=event_title,
                               request_json=json.dumps(brief_request, ensure_ascii=False),
                               api_key=request.form.get("api_key", ""))
    response = Response(body, content_type=MEDIA[fmt])
    if request.values.get("download") and fmt in DOWNLOAD_NAMES:
        response.headers["Content-Disposition"] = f"attachment; filename={DOWNLOAD_NAMES[fmt]}"
    return response


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
        return render(result, brief_request, fmt)


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
