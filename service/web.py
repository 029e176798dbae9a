"""The web pages: the form (works without JavaScript), its sample sets, the form again with
an error and what was typed, and the brief page."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flask import Blueprint, current_app, render_template, request
from werkzeug.exceptions import HTTPException, NotFound

from summarizer import LANGUAGES, METHODS
from summarizer.brief.render import (
    article_names,
    cited_text,
    differ_note,
    event_title,
    language_tag,
    story_title,
    support_note,
)
from summarizer.cli import read_articles

from .inputs import ARTICLE_FIELDS

bp = Blueprint("web", __name__)
EMPTY_ROWS = 2
# The methods in plain words, for the form's picker (the value sent stays the method's name).
METHOD_NOTES = {
    "clustered": "Grouped facts (recommended): each fact once, with every outlet that states it",
    "lexrank": "LexRank: the sentences most like the rest of the articles",
    "textrank": "TextRank: sentences that share the most words with the others",
    "lsa": "Topics (LSA): one sentence for each main topic of the articles",
    "luhn": "Key words (Luhn): sentences dense in the articles' most frequent words",
    "kl": "Word balance (KL-Sum): a brief whose words are spread like the articles'",
    "sumbasic": "Frequent words (SumBasic): frequent words, each used up once chosen",
    "reduction": "Overlap (Reduction): sentences that overlap most with the others",
}
# How the form names the request's fields in its error messages.
FIELD_WORDS = {"text": "text", "html": "page", "url": "link", "published": "date",
               "title": "title", "source": "outlet", "id": "id"}
OPTION_WORDS = {"length_value": "Length", "length": "Length", "method": "Method",
                "language": "Language", "format": "Format", "request": "Request",
                "articles": "Articles", "files": "Uploaded files"}
_ARTICLE_FIELD = re.compile(r"articles\[(\d+)\](?:\.(\w+))?")
_FILE_FIELD = re.compile(r"files\[(\d+)\]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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


def _date_value(published: str) -> str:
    """The date field's value: the YYYY-MM-DD a date input holds ("" when there is none)."""
    return published[:10] if _DATE.match(published or "") else ""


def _form(rows: list[dict[str, str]], values: Any, sample: str = "",
          error: dict[str, Any] | None = None) -> str:
    """The form page. rows: the article rows to show; values: the options (length, method,
    language) as last chosen; sample: the sample set shown; error: what to fix and where."""
    for row in rows:
        row["published"] = _date_value(row.get("published", ""))
    return render_template("form.html", rows=rows, values=values,
                           methods=[(m, METHOD_NOTES.get(m, m)) for m in METHODS],
                           languages=LANGUAGES, samples=sample_sets(), sample=sample,
                           default_sample=current_app.config["SAMPLE_SET"], error=error,
                           needs_key=bool(current_app.config["API_KEYS"]),
                           key_kept=bool(request.cookies.get("brief_key")))


@bp.get("/")
def form() -> str:
    """The form: empty rows, or a sample set (?sample=NAME) one click away."""
    sample = request.args.get("sample", "")
    if not sample:
        return _form([dict.fromkeys(ARTICLE_FIELDS, "") for _ in range(EMPTY_ROWS)], {})
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


def _screen_place(index: int, rows: list[dict[str, str]]) -> tuple[int | None, str]:
    """Where the request's articles[index] is on screen: (its row number from 1, "Article 3"),
    counting the blank rows the request skipped; an article past the rows came from an
    uploaded file: (None, "Uploaded article 2")."""
    filled = [k for k, row in enumerate(rows) if any(v.strip() for v in row.values())]
    if index < len(filled):
        return filled[index] + 1, f"Article {filled[index] + 1}"
    return None, f"Uploaded article {index - len(filled) + 1}"


def _plain_message(field: str | None, message: str, rows: list[dict[str, str]],
                   ) -> tuple[int | None, str]:
    """The error in the form's words: the row as the user numbers it and the field by its
    label ("Article 2 has no text: …"), not "articles[1].text: …"; and that row's number."""
    rest = message.split(": ", 1)[1] if field and message.startswith(field + ":") else message
    match = _ARTICLE_FIELD.fullmatch(field or "")
    if match:
        row, who = _screen_place(int(match[1]), rows)
        part = FIELD_WORDS.get(match[2] or "", "")
        if part == "text" and rest.startswith(("is empty", "needs 'text'")):
            return row, f"{who} has no text: paste the article's text, or clear the row."
        if part == "link" and "does not fetch links" in rest:
            return row, (f"{who} has a link but no text: this service does not read pages "
                         "from their links; paste the article's text.")
        return row, f"{who}{', ' + part if part else ''}: {rest}"
    files = _FILE_FIELD.match(field or "")
    if files:
        return None, f"Uploaded file {int(files[1]) + 1}: {rest}"
    name = OPTION_WORDS.get((field or "").split(".")[0], "")
    return None, f"{name}: {rest}" if name else message


KEY_MESSAGE = ("This service asks for an access key. Type the key you were given into the "
               "“Access key” box at the end of the form, then press Summarise again.")


def form_after_error(status: int, message: str, field: str | None) -> str | None:
    """The form again, as it was posted, with the error at its top and by its row: nothing
    typed is lost. None when the post cannot be read back (a body over the size limit)."""
    try:
        rows = _posted_rows()
        values = request.form
        files = [f for f in request.files.getlist("files") if f.filename]
    except HTTPException:
        return None
    row, text = (None, KEY_MESSAGE) if status == 401 else _plain_message(field, message, rows)
    if files:
        text += " Choose your files again: a browser does not keep them after a post."
    error = {"status": status, "message": text, "row": row}
    return _form(rows or [dict.fromkeys(ARTICLE_FIELDS, "")], values, error=error)


def brief_page(result: dict[str, Any], made: float,
               brief_request: dict[str, Any] | None = None) -> str:
    """The brief page of a result. made: when the brief was made (Unix time); brief_request:
    the request, for the download buttons to post again when there is no permalink."""
    names = article_names(result["articles"])
    title = story_title(result)
    lang, direction = language_tag(result.get("language", "english"))
    when = datetime.fromtimestamp(made, UTC)
    return render_template(
        "brief.html", result=result, names=names, title=title, lang=lang or "en",
        dir=direction, made=when, copy_text=cited_text(result, title),
        support_note=support_note, differ_note=differ_note, event_title=event_title,
        request_json=(json.dumps(brief_request, ensure_ascii=False)
                      if brief_request is not None and not result.get("permalink") else ""))
