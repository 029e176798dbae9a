"""The HTTP service: JSON API, web form and brief page (Flask application factory)."""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, Response, current_app, request
from flask_cors import CORS
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import RequestEntityTooLarge

from . import api, errors, ratelimit, requestlog, web
from .budget import TooSlow, time_limit
from .config import DEFAULTS, ROOT, from_environment
from .inputs import InMemoryRequest
from .store import Store, database_url


def _security_headers(response: Response, frame_ancestors: str) -> Response:
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; "
        f"frame-ancestors {frame_ancestors}")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


DRAIN_BYTES = 64 * 1024 * 1024  # an over-limit body up to this size is read and dropped …
DRAIN_SECONDS = 2.0  # … for at most this long, so the client can read its 413


def _refuse_large_bodies() -> None:
    """413 from the Content-Length header alone, before the body is parsed or kept.

    A client that is still sending when the server answers and closes gets a connection reset
    instead of the 413, so a body of at most DRAIN_BYTES is first read and thrown away, within
    DRAIN_SECONDS (a "lingering close"); beyond that the connection is closed unread."""
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    size = request.content_length
    if size is None or size <= limit:
        return
    if size <= DRAIN_BYTES:
        stream = request.environ["wsgi.input"]
        try:
            with time_limit(DRAIN_SECONDS):
                while size > 0:
                    chunk = stream.read(min(size, 1 << 16))
                    if not chunk:
                        break
                    size -= len(chunk)
        except (TooSlow, OSError):
            pass  # a slow or vanished client: answer anyway
    raise RequestEntityTooLarge()


def _open_store(where: str, days: float) -> Store:
    """The permalink store (BRIEF_STORE), its table made if missing; a store that cannot be
    opened (no such folder, no driver, refused) stops the start clearly, as a bad setting does."""
    try:
        url = database_url(where)
        return Store(url, days)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        # the URL without its password, and the error's first line (its SQL and URL follow)
        shown = where if "://" not in where else make_url(where).render_as_string(
            hide_password=True)
        raise SystemExit(f"BRIEF_STORE={shown!r}: cannot open the store: "
                         f"{type(exc).__name__}: {str(exc).splitlines()[0]}") from None


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The app, configured from defaults, then the environment (or `test_config` in tests)."""
    app = Flask(__name__, template_folder=str(ROOT / "templates"))
    app.config.from_mapping(DEFAULTS)
    app.config.update(from_environment(os.environ) if test_config is None else test_config)
    # a form is read in memory up to the body limit (not Flask's 500 kB per field), and may
    # hold every article's fields
    app.config["MAX_FORM_MEMORY_SIZE"] = app.config["MAX_CONTENT_LENGTH"]
    app.config["MAX_FORM_PARTS"] = max(1000, 10 * app.config["MAX_ARTICLES"] + 100)
    app.request_class = InMemoryRequest
    requestlog.register(app)  # first: its request id and clock start before any check
    app.before_request(_refuse_large_bodies)
    if app.config["CORS_ORIGINS"]:
        CORS(app, resources={r"/summarize": {"origins": app.config["CORS_ORIGINS"]}},
             allow_headers=["Content-Type", "Authorization", "X-API-Key"])
    if app.config["STORE"]:
        app.extensions["brief_store"] = _open_store(app.config["STORE"], app.config["STORE_DAYS"])
    errors.register(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(web.bp)
    ratelimit.register(app)
    app.after_request(lambda response: _security_headers(response,
                                                         app.config["FRAME_ANCESTORS"]))
    return app
