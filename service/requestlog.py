"""One log line per request: id, method, path, status, sizes and time; never a body or a key.

The service logs its requests itself (gunicorn's own access log is off in gunicorn.conf.py), so
the line is the same under gunicorn, the test client and any other WSGI server. Article text is
never logged: not the body, not the query string, not a header.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid

from flask import Flask, Response, g, request

LOGGER = "service.requests"
HEADER = "X-Request-Id"
_SANE_ID = re.compile(r"[A-Za-z0-9._:@+=-]{1,128}")


def request_id() -> str:
    """The caller's X-Request-Id when it is a sane token, else a new random one."""
    given = request.headers.get(HEADER, "")
    return given if _SANE_ID.fullmatch(given) else uuid.uuid4().hex


def _printable(path: str) -> str:
    """The path on one line of plain ASCII, at most 200 characters (no log injection); a
    permalink's id, which opens its brief to whoever has it, is not written."""
    if path.startswith("/briefs/"):
        path = "/briefs/…"
    return json.dumps(path[:200])[1:-1]


def register(app: Flask) -> None:
    logger = logging.getLogger(LOGGER)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    service = logging.getLogger("service")  # also Flask's app.logger and service.errors
    if not service.handlers and not logging.getLogger().handlers:
        # logging not configured (gunicorn, a plain WSGI server): lines to stderr
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        service.addHandler(handler)

    @app.before_request
    def start() -> None:
        g.request_id = request_id()
        g.started = time.perf_counter()

    @app.after_request
    def log(response: Response) -> Response:
        rid = g.get("request_id") or request_id()
        response.headers[HEADER] = rid
        started = g.get("started")
        elapsed = (time.perf_counter() - started) * 1000 if started is not None else 0.0
        sent = response.content_length
        logger.info("request id=%s method=%s path=%s status=%d in=%d out=%s ms=%.1f", rid,
                    _printable(request.method), _printable(request.path), response.status_code,
                    request.content_length or 0, "-" if sent is None else sent, elapsed)
        return response
