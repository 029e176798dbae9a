"""One error body for the whole API, a friendly page for the web; never a stack trace."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from flask import Flask, Response, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError, RequestEntityTooLarge

from summarizer import InputError

from . import web

STATUS_OF_CODE = {"too_large": 413, "invalid_json": 400}
HINTS = {
    400: "The request could not be read.",
    401: "A valid API key is needed: send it as 'Authorization: Bearer KEY' or 'X-API-Key'.",
    404: "There is nothing at this address. The API is POST /summarize; the form is at /.",
    405: "This address does not take that method.",
    413: "The request is too large for this service's limits.",
    415: "Send the request as application/json, multipart/form-data or a form post.",
    429: "Too many requests from this key or client; wait a little (see Retry-After) and retry.",
    500: "Something went wrong on our side; the request was not processed.",
}


def error_body(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "field": field}}


def _asked_format() -> str | None:
    """The `format` parameter, without reading a body that is itself the error (too large)."""
    try:
        return request.values.get("format")
    except HTTPException:
        return request.args.get("format")


def _wants_page() -> bool:
    """Whether the error is for a person's browser (the web pages) rather than the API."""
    if request.path.startswith(("/summarize", "/openapi.json", "/healthz")):
        return _asked_format() == "page"
    accept = request.accept_mimetypes
    return accept.quality("text/html") > accept.quality("application/json")


def _page(status: int, message: str, field: str | None) -> str:
    """The error for a browser: the form's post comes back as the form, with what was typed
    and the error by its row (web.form_after_error); anything else, a short page."""
    if request.method == "POST" and request.path == "/summarize" and request.mimetype in (
            "multipart/form-data", "application/x-www-form-urlencoded"):
        form = web.form_after_error(status, message, field)
        if form is not None:
            return form
    return render_template("error.html", status=status, message=message)


def respond(status: int, code: str, message: str, field: str | None = None) -> Response:
    if _wants_page():
        return Response(_page(status, message, field), status,
                        content_type="text/html; charset=utf-8")
    response = jsonify(error_body(code, message, field))
    response.status_code = status
    return response


def register(app: Flask) -> None:
    @app.errorhandler(InputError)
    def input_error(exc: InputError) -> Response:
        return respond(STATUS_OF_CODE.get(exc.code, 422), exc.code, exc.message, exc.field)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        name = getattr(exc, "error_code", None) or (exc.name or "error").lower().replace(" ", "_")
        custom = exc.description and exc.description != type(exc).description
        if isinstance(exc, RequestEntityTooLarge) and not custom:
            limit = current_app.config["MAX_CONTENT_LENGTH"]
            message = (f"The request body is larger than {limit} bytes; "
                       "send fewer or shorter articles.")
        elif status == 429:  # the description is the limit hit, e.g. "60 per 1 minute"
            message = f"{HINTS[429]} The limit is {exc.description}."
        else:
            message = str(exc.description if custom else HINTS.get(status, exc.description))
        response = respond(status, name, message)
        for header, value in exc.get_headers():  # Allow on 405, WWW-Authenticate on 401
            if header.lower() in ("allow", "www-authenticate", "retry-after"):
                response.headers[header] = value
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> Response:
        # where it failed, but not the exception's message: it may quote the article's text
        where = "".join(traceback.format_tb(exc.__traceback__))
        logging.getLogger(__name__).error("unhandled %s on %s %s\n%s", type(exc).__name__,
                                          request.method, request.path, where.rstrip())
        return http_error(InternalServerError())
