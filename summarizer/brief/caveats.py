"""What an editor should check before using a brief: the response's `warnings` and `events`.

Each warning is {"code", "message", "articles"}: a code a tool can act on, a sentence a reader
understands, and the ids of the articles it is about. They are worked out from plain data that
the pipeline already has: which articles gave sentences, which reprint which, the events.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..request import Budget
from .render import article_names


def _names(articles: list[dict[str, Any]], ids: list[str]) -> str:
    """The articles `ids` as a reader names them (render.article_names), in one line."""
    names = article_names(articles)
    return ", ".join(names[i] for i in ids)


def other_story(articles: list[dict[str, Any]], left: list[str]) -> dict[str, Any]:
    """The warning for the articles `left` out of the brief as reports of another story."""
    return {"code": "other_story", "articles": left, "message": (
        f"{len(left)} of the {len(articles)} articles report another story than the rest "
        f"({_names(articles, left)}): the brief is of the story most of them report, without "
        "them.")}


def warnings(articles: list[dict[str, Any]], kept: dict[str, int], brief: list[dict[str, Any]],
             budget: Budget) -> list[dict[str, Any]]:
    """The warnings of one response.

    articles: the response's articles (id, source, title, copy_of); kept: the sentences of
    each article that reached the pool.
    """
    out: list[dict[str, Any]] = []
    silent = [a["id"] for a in articles if not kept.get(a["id"])]
    if silent:
        out.append({"code": "no_sentence", "articles": silent, "message": (
            f"{_names(articles, silent)}: no sentence of prose (only a headline, captions or "
            "page furniture); not counted among the sources.")})
    used = [a for a in articles if kept.get(a["id"])]
    reports = {a.get("copy_of") or a["id"] for a in used}  # a reprint names its original
    if len(used) == 1:
        out.append({"code": "single_article", "articles": [used[0]["id"]], "message": (
            "Only one article gave sentences: nothing in the brief is corroborated by another "
            "source.")})
    elif len(used) > 1 and len(reports) == 1:
        out.append({"code": "all_reprints", "articles": [a["id"] for a in used], "message": (
            f"All {len(used)} articles are copies of one report: they count as one source.")})
    if budget.unit == "sentences" and len(brief) < budget.limit:
        out.append({"code": "short_brief", "articles": [], "message": (
            f"The brief has {len(brief)} of the {budget.limit} sentences asked for: the other "
            "sentences of these articles restate its facts, or are not prose that stands "
            "alone.")})
    return out


def event_list(event_of: list[int], rank: list[int], days: list[date | None],
               ids: list[str]) -> list[dict[str, Any]]:
    """The events in reading order: {"id": "e1", "date": earliest known "YYYY-MM-DD" or None,
    "articles": ids}. event_of: each article's event label; rank: each label's place."""
    out: list[dict[str, Any]] = [{"id": f"e{place + 1}", "date": None, "articles": []}
                                 for place in range(len(rank))]
    for article, label in enumerate(event_of):
        event = out[rank[label]]
        event["articles"].append(ids[article])
        when = days[article]
        if when is not None and (event["date"] is None or when.isoformat() < event["date"]):
            event["date"] = when.isoformat()
    return out
