"""The contract's request from an HTTP request: a JSON body, uploaded files or the web form."""

from __future__ import annotations

import io
from typing import IO, Any

from flask import Request
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.exceptions import UnsupportedMediaType

from summarizer import InputError
from summarizer.text.read import json_value, merged, read_file

ARTICLE_FIELDS = ("title", "source", "url", "published", "text")
FORMATS = ("json", "markdown", "html", "page")
MEDIA_TYPES = {"application/json": "json", "text/markdown": "markdown", "text/html": "html"}


class InMemoryRequest(Request):
    """A request whose uploads stay in memory (the body is capped at MAX_CONTENT_LENGTH):
    werkzeug would spool an upload over 500 kB to a temporary file, and article text is never
    to be written to disk."""

    def _get_file_stream(self, total_content_length: int | None, content_type: str | None,
                         filename: str | None = None,
                         content_length: int | None = None) -> IO[bytes]:
        return io.BytesIO()


def asked_format(values: MultiDict[str, str]) -> str | None:
    """The `format` parameter of a query or form, or None when there is none. Each value it is
    given must be one of FORMATS, and all of them the same: one empty, unknown or at odds with
    another would be a format silently not given."""
    asked = values.getlist("format")
    unknown = [value for value in asked if value not in FORMATS]
    if unknown:
        raise InputError(f"format: unknown format {unknown[0]!r}; use one of: "
                         f"{', '.join(FORMATS)}", "format")
    if len(set(asked)) > 1:
        raise InputError(f"format: given as {' and '.join(map(repr, dict.fromkeys(asked)))}; "
                         "give one format", "format")
    return asked[0] if asked else None


def output_format(http: Request) -> str:
    """The response format: the `format` parameter, else the Accept header, else JSON."""
    asked = asked_format(http.values)
    if asked:
        return asked
    best = http.accept_mimetypes.best_match(list(MEDIA_TYPES), default="application/json")
    return MEDIA_TYPES[best or "application/json"]


def _file_request(upload: FileStorage, k: int) -> dict[str, Any]:
    """The k-th uploaded file as a partial request, read as the command line reads a file."""
    return read_file(upload.filename or f"file {k + 1}", upload.read(), f"files[{k}]")


def _form_articles(form: MultiDict[str, str]) -> list[dict[str, Any]]:
    """The form's article rows (parallel fields); rows left wholly empty are skipped. A row
    with a URL and no text is a link to fetch (when the service fetches links)."""
    columns = {f: form.getlist(f) for f in ARTICLE_FIELDS}
    rows = max((len(values) for values in columns.values()), default=0)
    articles = []
    for i in range(rows):
        row = {f: (columns[f][i] if i < len(columns[f]) else "").strip() for f in ARTICLE_FIELDS}
        if any(row.values()):
            articles.append({f: v for f, v in row.items()
                             if v or (f == "text" and not row["url"])})
    return articles


def _form_length(form: MultiDict[str, str]) -> dict[str, Any] | None:
    unit, value = form.get("length_unit"), form.get("length_value", "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit() and len(value) <= 9):
        raise InputError(f"length_value: {value[:20]!r} is not a whole number (at most 9 digits)",
                         "length_value")
    return {unit or "sentences": int(value)}


def from_form(form: MultiDict[str, str], files: list[FileStorage]) -> dict[str, Any]:
    """A request from form fields and uploads (multipart or urlencoded)."""
    if form.get("request"):
        whole = json_value(form["request"], "request")
        if not isinstance(whole, dict):
            raise InputError("request: must be a JSON object with an 'articles' list", "request")
        return whole
    uploads = (_file_request(upload, k) for k, upload in enumerate(f for f in files if f.filename))
    request = merged([{"articles": _form_articles(form)}, *uploads])
    length = _form_length(form)
    if length:
        request["length"] = length
    for option in ("method", "language"):
        if form.get(option):
            request[option] = form[option]
    return request


def contract_request(http: Request) -> dict[str, Any]:
    """The contract's request dict from the HTTP request; InputError or 415 if unreadable."""
    mimetype = http.mimetype
    if mimetype == "application/json":
        try:
            text = http.get_data().decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("body: not UTF-8; send the JSON encoded as UTF-8", "body",
                             code="invalid_json") from None
        request = json_value(text, "body")
        if not isinstance(request, dict):
            raise InputError("body: the request must be a JSON object with an 'articles' list",
                             "body")
        return request
    if mimetype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return from_form(http.form, http.files.getlist("files"))
    raise UnsupportedMediaType(f"Content-Type {mimetype or 'missing'}: send the request as "
                               "application/json, multipart/form-data or a form post")


def check_limits(request: dict[str, Any], max_articles: int, max_chars: int) -> None:
    """The configured size limits, checked before any work (InputError code 'too_large')."""
    articles = request.get("articles")
    if not isinstance(articles, list):
        return  # the schema will say what is wrong
    if len(articles) > max_articles:
        raise InputError(f"articles: {len(articles)} articles, more than the {max_articles} "
                         "allowed in one request", "articles", code="too_large")
    for i, article in enumerate(articles):
        if not isinstance(article, dict):
            continue
        for field in ("text", "html"):
            body = article.get(field)
            if isinstance(body, str) and len(body) > max_chars:
                raise InputError(f"articles[{i}].{field}: {len(body)} characters, more than the "
                                 f"{max_chars} allowed for one article",
                                 f"articles[{i}].{field}", code="too_large")
