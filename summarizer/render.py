"""The response as Markdown, an HTML fragment or plain text; JSON is the response itself."""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

FORMATS = ("json", "markdown", "html", "text")
_WEB_URL = re.compile(r"https?://", re.IGNORECASE)


def _names(response: dict[str, Any]) -> dict[str, str]:
    """Each article's display name: its source or title, else its id."""
    return {a["id"]: a.get("source") or a.get("title") or a["id"] for a in response["articles"]}


def _notes(response: dict[str, Any], quotes: bool = False) -> dict[str, int]:
    """Source note numbers, in the order the articles were given, for cited articles only
    (and, with `quotes`, those that carry a listed quotation)."""
    quoting = {s for q in response.get("quotes", []) for s in q["sources"]} if quotes else set()
    cited = [a["id"] for a in response["articles"] if a["cited"] or a["id"] in quoting]
    return {aid: k + 1 for k, aid in enumerate(cited)}


def support_note(item: dict[str, Any], articles: list[dict[str, Any]]) -> str:
    """How many independent reports state a brief sentence's fact, of how many in the set
    gave sentences: "3 of 5 sources", and "+ 2 reprints" when reprints of a report are among
    its sources."""
    independent = sum(1 for a in articles if not a.get("copy_of") and a.get("kept", 1))
    reprints = len(item["sources"]) - item["support"]
    extra = f" + {reprints} reprint{'s' if reprints > 1 else ''}" if reprints > 0 else ""
    return f"{item['support']} of {independent} sources{extra}"


def differ_note(item: dict[str, Any], names: dict[str, str]) -> str:
    """Where the sources of a brief sentence's fact give other figures, and who gives them:
    "Sources differ: 164 (Reuters); 180 (Xinhua)"; "" when they do not."""
    who: dict[str, list[str]] = {}
    for other in item.get("disagreements", []):
        if other["figures"]:
            named = who.setdefault(", ".join(other["figures"]), [])
            if names[other["article"]] not in named:
                named.append(names[other["article"]])
    if not who:
        return ""
    return "Sources differ: " + "; ".join(f"{figures} ({', '.join(by)})"
                                          for figures, by in who.items())


def _md(text: str) -> str:
    """Article text made inert in Markdown: no HTML, links, emphasis or footnotes of its own."""
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", escape(text, quote=False))


def to_markdown(response: dict[str, Any]) -> str:
    """Markdown with numbered sentences and footnote-style source notes; article text escaped."""
    names, notes = _names(response), _notes(response, quotes=True)
    lines = ["# Brief", ""]
    for warning in response.get("warnings", []):
        lines.append(f"> **Check:** {_md(warning['message'])}")
    if response.get("warnings"):
        lines.append("")
    events = {event["id"]: event for event in response.get("events", [])}
    shown = None
    for k, item in enumerate(response["brief"], 1):
        if events and item["event"] != shown:  # a timeline: each event under its heading
            shown = item["event"]
            lines += [""] * (lines[-1] != "") + [f"## {event_title(events[shown])}", ""]
        marks = "".join(f"[^{notes[s]}]" for s in item["sources"])
        note = support_note(item, response["articles"])
        lines.append(f"{k}. {_md(item['text'])} {marks} *({note})*")
        differ = differ_note(item, names)
        if differ:
            lines.append(f"   *{_md(differ)}*")
    if response.get("quotes"):
        lines += ["", "## Who said what"]
        for quote in response["quotes"]:
            marks = "".join(f"[^{notes[s]}]" for s in quote["sources"])
            note = support_note(quote, response["articles"])
            lines += ["", f"> \u201c{_md(quote['text'])}\u201d \u2014 {_md(quote['speaker'])} "
                          f"{marks} *({note})*"]
    lines += ["", "## Sources", ""]
    for a in response["articles"]:
        if a["id"] in notes:
            name = names[a["id"]]
            title = f" — {_md(a['title'])}" if a.get("title") and a["title"] != name else ""
            url = a.get("url") or ""
            link = f" <{url}>" if _WEB_URL.match(url) and not re.search(r"[\s<>]", url) else ""
            lines.append(f"[^{notes[a['id']]}]: {_md(name)}{title}{link}")
    return "\n".join(lines) + "\n"


def event_title(event: dict[str, Any]) -> str:
    """An event's heading: "Event 2: 2025-04-08", or "Event 2: date not given"."""
    return f"Event {event['id'].lstrip('e')}: {event.get('date') or 'date not given'}"


def to_html(response: dict[str, Any]) -> str:
    """An embeddable fragment; every piece of article text is escaped."""
    names, notes = _names(response), _notes(response)
    items = []
    for item in response["brief"]:
        marks = "".join(f'<sup><a href="#source-{notes[s]}">{notes[s]}</a></sup>'
                        for s in item["sources"])
        differ = differ_note(item, names)
        note = f'<br><small class="brief-differ">{escape(differ)}</small>' if differ else ""
        items.append(f'<li>{escape(item["text"])} {marks} '
                     f'<small>({support_note(item, response["articles"])})</small>{note}</li>')
    sources = []
    for a in response["articles"]:
        if a["id"] in notes:
            name = escape(names[a["id"]])
            url = a.get("url") or ""
            label = (f'<a href="{escape(url)}" rel="noopener">{name}</a>'
                     if _WEB_URL.match(url) else name)
            sources.append(f'<li id="source-{notes[a["id"]]}">{label}</li>')
    return ('<section class="brief">\n<ol class="brief-sentences">\n' + "\n".join(items)
            + '\n</ol>\n<ol class="brief-sources">\n' + "\n".join(sources)
            + "\n</ol>\n</section>\n")


def to_text(response: dict[str, Any]) -> str:
    """The brief's sentences, one a line, each with its sources' names; then who said what."""
    names = _names(response)
    lines = []
    for item in response["brief"]:
        lines.append(f"{item['text']} [{', '.join(names[s] for s in item['sources'])}]\n")
        differ = differ_note(item, names)
        if differ:
            lines.append(f"  ({differ})\n")
    text = "".join(lines)
    if response.get("quotes"):
        text += "\nWho said what\n" + "".join(
            f"\u201c{q['text']}\u201d \u2014 {q['speaker']} "
            f"[{', '.join(names[s] for s in q['sources'])}]\n" for q in response["quotes"])
    return text


def render(response: dict[str, Any], fmt: str) -> str:
    """The response in one of FORMATS."""
    if fmt == "markdown":
        return to_markdown(response)
    if fmt == "html":
        return to_html(response)
    if fmt == "text":
        return to_text(response)
    return json.dumps(response, ensure_ascii=False) + "\n"
