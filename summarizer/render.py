"""The response as Markdown, an HTML fragment or plain text; JSON is the response itself."""

from __future__ import annotations

import json
from html import escape
from typing import Any

FORMATS = ("json", "markdown", "html", "text")


def _names(response: dict[str, Any]) -> dict[str, str]:
    """Each article's display name: its source or title, else its id."""
    return {a["id"]: a.get("source") or a.get("title") or a["id"] for a in response["articles"]}


def _notes(response: dict[str, Any]) -> dict[str, int]:
    """Source note numbers, in the order the articles were given, for cited articles only."""
    cited = [a["id"] for a in response["articles"] if a["cited"]]
    return {aid: k + 1 for k, aid in enumerate(cited)}


def to_markdown(response: dict[str, Any]) -> str:
    names, notes = _names(response), _notes(response)
    total = len(response["articles"])
    lines = ["# Brief", ""]
    for k, item in enumerate(response["brief"], 1):
        marks = "".join(f"[^{notes[s]}]" for s in item["sources"])
        text = item["text"].replace("[", "\\[").replace("]", "\\]")
        lines.append(f"{k}. {text} {marks} *({item['support']} of {total} sources)*")
    lines += ["", "## Sources", ""]
    for a in response["articles"]:
        if a["id"] in notes:
            title = f" — {a['title']}" if a.get("title") and a["title"] != names[a["id"]] else ""
            url = f" <{a['url']}>" if a.get("url") else ""
            lines.append(f"[^{notes[a['id']]}]: {names[a['id']]}{title}{url}")
    return "\n".join(lines) + "\n"


def to_html(response: dict[str, Any]) -> str:
    """An embeddable fragment; every piece of article text is escaped."""
    names, notes = _names(response), _notes(response)
    total = len(response["articles"])
    items = []
    for item in response["brief"]:
        marks = "".join(f'<sup><a href="#source-{notes[s]}">{notes[s]}</a></sup>'
                        for s in item["sources"])
        items.append(f'<li>{escape(item["text"])} {marks} '
                     f'<small>({item["support"]} of {total} sources)</small></li>')
    sources = []
    for a in response["articles"]:
        if a["id"] in notes:
            name = escape(names[a["id"]])
            url = a.get("url") or ""
            label = (f'<a href="{escape(url)}" rel="noopener">{name}</a>'
                     if url.startswith(("http://", "https://")) else name)
            sources.append(f'<li id="source-{notes[a["id"]]}">{label}</li>')
    return ('<section class="brief">\n<ol class="brief-sentences">\n' + "\n".join(items)
            + '\n</ol>\n<ol class="brief-sources">\n' + "\n".join(sources)
            + "\n</ol>\n</section>\n")


def to_text(response: dict[str, Any]) -> str:
    names = _names(response)
    return "".join(f"{item['text']} [{', '.join(names[s] for s in item['sources'])}]\n"
                   for item in response["brief"])


def render(response: dict[str, Any], fmt: str) -> str:
    """The response in one of FORMATS."""
    if fmt == "markdown":
        return to_markdown(response)
    if fmt == "html":
        return to_html(response)
    if fmt == "text":
        return to_text(response)
    return json.dumps(response, ensure_ascii=False) + "\n"
