"""The HTTP service: JSON API, web form and brief page (Flask application factory)."""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, Response
from flask_cors import CORS

from . import api, errors, web
from .config import DEFAULTS, ROOT, from_environment


def _security_headers(response: Response, frame_ancestors: str) -> Response:
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; "
        f"frame-ancestors {frame_ancestors}")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The app, configured from defaults, then the environment (or `test_config` in tests)."""
    app = Flask(__name__, template_folder=str(ROOT / "templates"))
    app.config.from_mapping(DEFAULTS)
    app.config.update(from_environment(os.environ) if test_config is None else test_config)
    if app.config["CORS_ORIGINS"]:
        CORS(app, resources={r"/summarize": {"origins": app.config["CORS_ORIGINS"]}},
             allow_headers=["Content-Type", "Authorization", "X-API-Key"])
    errors.register(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(web.bp)
    app.after_request(lambda response: _security_headers(response,
                                                         app.config["FRAME_ANCESTORS"]))
    return app
