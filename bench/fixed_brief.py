"""The service with its pipeline run once: every request after the first gets the first brief.

    gunicorn -c gunicorn.conf.py bench.fixed_brief:app    (what `bench/load.py --fixed-brief` runs)

Everything else a request goes through is as in wsgi.py (gunicorn, Flask, the request's checks,
the time budget, rendering, the request log), so a load run against it times the HTTP stack
alone: the ceiling that no speed-up of the pipeline can pass. Only for benchmarks: the brief
it returns is not the brief of the request it answers.
"""

from __future__ import annotations

from typing import Any

import service.api
from service import create_app
from summarizer import summarize

_first: list[dict[str, Any]] = []


def _first_brief(request: dict[str, Any], max_sentences: int | None = None) -> dict[str, Any]:
    if not _first:
        _first.append(summarize(request, max_sentences))
    return _first[0]


service.api.summarize = _first_brief
app = create_app()
