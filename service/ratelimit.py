"""Optional rate limiting of POST /summarize, per API key or else per client address.

Off unless BRIEF_RATE_LIMIT is set. Counts live in BRIEF_RATE_LIMIT_STORAGE: the default,
memory://, is per gunicorn worker (each worker counts on its own, so N workers let through up to
N times the rate); give a shared store such as redis://host:6379 for one limit across workers
and machines (install the `redis` package; see the `limits` library's storage URIs).
"""

from __future__ import annotations

import hashlib

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from . import api


def client_key() -> str:
    """Whom a request counts against: its API key (hashed: keys are never stored), else its
    address."""
    presented = api.presented_key()
    if presented:
        return "key:" + hashlib.sha256(presented.encode()).hexdigest()[:32]
    return "addr:" + get_remote_address()


def register(app: Flask) -> None:
    rate = app.config["RATE_LIMIT"]
    if not rate:
        return
    limiter = Limiter(client_key, app=app, storage_uri=app.config["RATE_LIMIT_STORAGE"],
                      headers_enabled=True, key_prefix="brief")
    # the limit wraps this app's view (Flask-Limiter checks decorated limits inside the view)
    endpoint = f"{api.bp.name}.{api.summarize_articles.__name__}"
    app.view_functions[endpoint] = limiter.limit(rate)(api.summarize_articles)
