"""The HTTP service (a stub until the service issue lands): the app factory."""

from __future__ import annotations

from typing import Any

from flask import Flask


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, template_folder="../templates")
    app.config.from_mapping(test_config or {})

    @app.get("/")
    def index() -> tuple[str, int, dict[str, str]]:
        return ("<!doctype html><title>Sourced brief</title><h1>Sourced brief</h1>"
                "<p>The web form is not built yet. Use the command line: "
                "<code>summarizer --format markdown corpus/irs-ice-data-sharing</code>.</p>",
                200, {"Content-Type": "text/html; charset=utf-8"})

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
