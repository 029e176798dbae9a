"""Stored briefs behind permalinks (BRIEF_STORE): one table, through SQLAlchemy Core.

A brief is stored under an unguessable id (secrets.token_urlsafe: 128 random bits, so a link
can be shared without anyone being able to list or guess the others) with the time it was made
and the time it expires (BRIEF_STORE_DAYS later). Expired rows are never shown and are deleted
whenever a brief is saved: no scheduler is needed.

What is stored is the response only (its sentences are article text, with the articles'
titles, outlets, links and dates), never the request's whole article texts.

The store is a SQLite file by default. Several gunicorn workers share it safely: the file is in
WAL mode (readers never wait for the writer) and every connection waits up to BUSY_SECONDS for
another worker's write to finish instead of failing with "database is locked". Any other
SQLAlchemy URL (PostgreSQL for a service on several machines) works the same way.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Float,
    Index,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    insert,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.schema import CreateIndex, CreateTable

BUSY_SECONDS = 10.0  # how long a SQLite write waits for another worker's; a save takes ~1 ms
ID_BYTES = 16  # 128 random bits: 22 URL-safe characters
DAY_SECONDS = 86_400

metadata = MetaData()
briefs = Table(
    "briefs", metadata,
    Column("id", String(64), primary_key=True),
    Column("created", Float, nullable=False),  # Unix time, seconds
    Column("expires", Float, nullable=False),
    Column("body", Text, nullable=False),  # the response, as JSON
)
by_expiry = Index("briefs_expires", briefs.c.expires)


def database_url(value: str) -> str:
    """BRIEF_STORE as a SQLAlchemy URL: a URL as given ("postgresql+psycopg://…", "sqlite:///…"),
    else a file path, made absolute, of a SQLite database. ValueError when a URL is malformed."""
    if "://" not in value:
        return "sqlite:///" + os.path.abspath(os.path.expanduser(value))
    try:
        make_url(value).get_dialect()  # a database SQLAlchemy knows (its driver is loaded later)
    except ArgumentError as exc:  # NoSuchModuleError too
        raise ValueError(f"not a database URL SQLAlchemy knows ({exc})") from None
    return value


def _sqlite_settings(connection: Any, _record: Any) -> None:
    """Every new SQLite connection: wait for other writers, then WAL mode (set once per file,
    kept by it; asking again is a no-op) and the sync level WAL makes safe."""
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


@dataclass(frozen=True)
class Stored:
    """A stored brief: the response, when it was made and when it expires (Unix times)."""

    response: dict[str, Any]
    created: float
    expires: float


class Store:
    """The briefs table of one database.

    url: a SQLAlchemy URL (see database_url); days: how long a brief is kept. The engine is
    made in each process on first use: gunicorn preloads the app and then forks its workers,
    and a connection pool must not be shared across a fork.
    """

    def __init__(self, url: str, days: float) -> None:
        self.url = url
        self.days = days
        self._engine: Engine | None = None
        self._pid = 0
        with self.engine().begin() as connection:  # both IF NOT EXISTS: workers may race here
            connection.execute(CreateTable(briefs, if_not_exists=True))
            connection.execute(CreateIndex(by_expiry, if_not_exists=True))

    def engine(self) -> Engine:
        """This process's engine, made on first use."""
        if self._engine is None or self._pid != os.getpid():
            sqlite = make_url(self.url).get_backend_name() == "sqlite"
            engine = create_engine(self.url, connect_args={"timeout": BUSY_SECONDS}
                                   if sqlite else {})
            if sqlite:
                event.listen(engine, "connect", _sqlite_settings)
            self._engine, self._pid = engine, os.getpid()
        return self._engine

    @staticmethod
    def new_id() -> str:
        """An unguessable id for a brief's link."""
        return secrets.token_urlsafe(ID_BYTES)

    def save(self, brief_id: str, response: dict[str, Any], now: float | None = None) -> Stored:
        """Store a response under `brief_id` (from new_id), and delete the expired ones.
        `now`: the time it is made (Unix seconds), given by tests of expiry."""
        now = time.time() if now is None else now
        stored = Stored(response, now, now + self.days * DAY_SECONDS)
        with self.engine().begin() as connection:
            connection.execute(delete(briefs).where(briefs.c.expires <= now))
            connection.execute(insert(briefs).values(
                id=brief_id, created=stored.created, expires=stored.expires,
                body=json.dumps(response, ensure_ascii=False)))
        return stored

    def load(self, brief_id: str, now: float | None = None) -> Stored | None:
        """The brief stored under `brief_id` if it has not expired by `now`, else None."""
        now = time.time() if now is None else now
        with self.engine().connect() as connection:
            row = connection.execute(select(briefs).where(
                briefs.c.id == brief_id, briefs.c.expires > now)).first()
        if row is None:
            return None
        return Stored(json.loads(row.body), row.created, row.expires)
