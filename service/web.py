"""The web pages: the form (works without JavaScript) and its sample sets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Blueprint, current_app, render_template, request
from werkzeug.exceptions import NotFound

from summarizer import LANGUAGES, METHODS
from summarizer.cli import read_articles

from .inputs import ARTICLE_FIELDS

bp = Blueprint("web", __name__)
EMPTY_ROWS = 2


def sample_sets() -> list[dict[str, str]]:
    """The corpus folders with a manifest: name and title, for the form's sample picker."""
    folder = Path(current_app.config["CORPUS_DIR"])
    sets = []
    for manifest in sorted(folder.glob("*/manifest.json")):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        name = manifest.parent.name
        sets.append({"name": name, "title": data.get("title", name)})
    return sets


def _sample_rows(name: str) -> list[dict[str, str]]:
    if name not in {s["name"] for s in sample_sets()}:
        raise NotFound(f"No sample set called {name!r}.")
    articles = read_articles([Path(current_app.config["CORPUS_DIR"]) / name])
    return [{f: a.get(f, "") for f in ARTICLE_FIELDS} for a in articles]


def _posted_rows() -> list[dict[str, str]]:
    columns = {f: request.form.getlist(f) for f in ARTICLE_FIELDS}
    count = max((len(v) for v in columns.values()), default=0)
    return [{f: (columns[f][i] if i < len(columns[f]) else "") for f in ARTICLE_FIELDS}
            for i in range(count)]


def _form(rows: list[dict[str, str]], values: dict[str, Any], sample: str = "") -> str:
    return render_template("form.html", rows=rows, values=values, methods=METHODS,
                           languages=LANGUAGES, samples=sample_sets(), sample=sample,
                           needs_key=bool(current_app.config["API_KEYS"]))


@bp.get("/")
def form() -> str:
    """The form, filled with the sample set unless asked to start empty (?empty=1)."""
    sample = request.args.get("sample", "")
    if not sample and not request.args.get("empty"):
        default = current_app.config["SAMPLE_SET"]
        sample = default if default in {s["name"] for s in sample_sets()} else ""
    if not sample:
        return _form([dict.fromkeys(ARTICLE_FIELDS, "")] * EMPTY_ROWS, {})
    return _form(_sample_rows(sample), {}, sample)


@bp.post("/")
def edit_rows() -> str:
    """Add or remove an article row without JavaScript, keeping what was typed."""
    rows = _posted_rows()
    action = request.form.get("action", "")
    if action == "add":
        rows.append(dict.fromkeys(ARTICLE_FIELDS, ""))
    elif action.startswith("remove:") and action[7:].isascii() and action[7:].isdigit():
        index = int(action[7:])
        rows = [row for i, row in enumerate(rows) if i != index]
    return _form(rows or [dict.fromkeys(ARTICLE_FIELDS, "")], request.form)
