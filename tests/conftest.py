"""Fixtures: the seed request built from corpus/, the small hand-written story set, and the
Flask app and test client of the service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings
from stories import SEED, bridge_articles, seed_articles

from service import create_app

# Property tests: modest by default so the suite stays fast; `--hypothesis-profile=thorough`
# runs many more examples.
settings.register_profile("suite", max_examples=50, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", parent=settings.get_profile("suite"), max_examples=1000)
settings.load_profile("suite")


@pytest.fixture
def seed_request() -> dict[str, Any]:
    """The seed set (corpus/irs-ice-data-sharing) as a request with default options."""
    return {"articles": seed_articles()}


@pytest.fixture
def bridge_request() -> dict[str, Any]:
    """The small hand-written story set as a request with default options."""
    return {"articles": bridge_articles()}


@pytest.fixture
def seed_folder() -> Path:
    return SEED


@pytest.fixture
def app() -> Flask:
    """The service with its default limits, configured for tests (the environment is not read)."""
    return create_app({"TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
