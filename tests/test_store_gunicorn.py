"""Permalinks under a real gunicorn with two workers sharing one SQLite file: concurrent posts
lose no brief and get no 5xx, and every permalink reads back the brief it was given for."""

from __future__ import annotations

import json
import sqlite3
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from test_gunicorn import gunicorn, post_json

POSTS = 40  # enough posts to have both workers write at once, many times
CLIENTS = 10  # concurrent connections: more than the workers, so writes overlap


def story(k: int) -> dict[str, Any]:
    """A small request of its own: its brief's first sentence names `k`."""
    return {"articles": [
        {"source": "Courier", "text": f"Bridge {k} in Millford reopened on Monday after repairs. "
                                      f"Repairs to bridge {k} cost four million dollars."},
        {"source": "Wire", "text": f"Repairs to bridge {k} cost four million dollars, the "
                                   f"council said. Bridge {k} reopened to traffic on Monday."}]}


def read_json(url: str) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read())


def test_two_workers_share_one_store(tmp_path: Path) -> None:
    database = tmp_path / "briefs.db"
    with gunicorn(tmp_path / "gunicorn.log", workers=2, STORE=str(database)) as server:
        with ThreadPoolExecutor(CLIENTS) as pool:
            answers = list(pool.map(
                lambda k: post_json(f"{server.url}/summarize", story(k)), range(POSTS)))
        assert [status for status, _, _ in answers] == [200] * POSTS, server.log_text()[-3000:]
        results = [json.loads(body) for _, _, body in answers]
        links = [r["permalink"] for r in results]
        assert len(set(links)) == POSTS
        with ThreadPoolExecutor(CLIENTS) as pool:
            stored = list(pool.map(read_json, links))
        for k, ((status, again), result) in enumerate(zip(stored, results, strict=True)):
            assert status == 200
            assert again == result
            assert f"{k}" in again["brief"][0]["text"]
        booted = server.log_text().count("Booting worker")
    assert booted >= 2
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM briefs").fetchone() == (POSTS,)
