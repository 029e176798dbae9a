"""The response as Markdown, an HTML fragment or plain text; JSON is the response itself."""

from __future__ import annotations

import json
import re
from collections import Counter
from html import escape
from typing import Any
from urllib.parse import urlsplit

from ..facts.specifics import in_digits

FORMATS = ("json", "markdown", "html", "text")
_WEB_URL = re.compile(r"https?://", re.IGNORECASE)
# BCP 47 tags of the request's languages, for the pages' and the fragment's `lang`
LANGUAGE_TAGS = {"arabic": "ar", "english": "en", "french": "fr", "german": "de",
                 "italian": "it", "portuguese": "pt", "spanish": "es", "swedish": "sv"}
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}  # scripts written right to left
TITLE_WORDS = 12  # a story title cut from the top fact keeps this many words: a headline's length
_TITLE_WORD = re.compile(r"\w{4,}")  # words that carry a headline: short ones are mostly glue


def site_of(url: str) -> str:
    """The site of a web link, as a reader names it: its host without "www." ("" if none)."""
    if not _WEB_URL.match(url or ""):
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed link: no site to name
        return ""
    return host.removeprefix("www.")


def article_name(article: dict[str, Any], position: int) -> str:
    """How a reader names an article: its outlet, else the site of its link, else its title,
    else "Article 3" by its place in the request (1-based `position`), never a bare id."""
    return (article.get("source") or site_of(article.get("url") or "")
            or article.get("title") or f"Article {position}")


def article_names(articles: list[dict[str, Any]]) -> dict[str, str]:
    """Each article's display name (article_name), by id; articles in request order."""
    return {a["id"]: article_name(a, k) for k, a in enumerate(articles, 1)}


def language_tag(language: str) -> tuple[str, str]:
    """The HTML `lang` and `dir` of text in one of the request's languages ("arabic" gives
    ("ar", "rtl")); a language without a known tag gives ("", "auto")."""
    tag = LANGUAGE_TAGS.get(language, "")
    return tag, "rtl" if tag in RIGHT_TO_LEFT else ("ltr" if tag else "auto")


def story_title(response: dict[str, Any]) -> str:
    """The story's title: the headline most widely shared among the articles' titles (the
    title whose words most other titles use too, first given on a tie), else the one title
    given, else the brief's first sentence cut to TITLE_WORDS words; "" with neither."""
    titles = [a["title"].strip() for a in response["articles"] if (a.get("title") or "").strip()]
    words = [set(_TITLE_WORD.findall(t.casefold())) for t in titles]
    used = Counter(w for bag in words for w in bag)  # in how many titles each word stands
    shared = [sum(used[w] - 1 for w in bag) for bag in words]
    if titles and (len(titles) == 1 or max(shared) > 0):
        return titles[shared.index(max(shared))]
    if not response["brief"]:
        return ""
    text = response["brief"][0]["text"].split()
    return " ".join(text[:TITLE_WORDS]) + (" …" if len(text) > TITLE_WORDS else "")


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


def differ_note(item: dict[str, Any], names: dict[str, str], language: str = "english") -> str:
    """Where the sources of a brief sentence's fact give other figures, and who gives them,
    each figure once with every outlet that gives it ("nine", "NINE" and "9" are one, in the
    response's language: specifics.in_digits), as first written, in the order met: "Sources
    differ: 164 (Reuters); 180 (Xinhua, AP)"; "" when they do not."""
    who: dict[str, tuple[str, list[str]]] = {}  # by value: the figure as first written, outlets
    for other in item.get("disagreements", []):
        for figure in other["figures"]:
            _, named = who.setdefault(in_digits(figure, language), (figure, []))
            if names[other["article"]] not in named:
                named.append(names[other["article"]])
    if not who:
        return ""
    return "Sources differ: " + "; ".join(f"{figure} ({', '.join(by)})"
                                          for figure, by in who.values())


def _md(text: str) -> str:
    """Article text made inert in Markdown: no HTML, links, emphasis or footnotes of its own."""
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", escape(text, quote=False))


def to_markdown(response: dict[str, Any]) -> str:
    """Markdown with numbered sentences and footnote-style source notes; article text escaped."""
    names, notes = article_names(response["articles"]), _notes(response, quotes=True)
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
        differ = differ_note(item, names, response.get("language", "english"))
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


def citations(item: dict[str, Any], notes: dict[str, int]) -> list[int]:
    """The note numbers of a brief sentence's sources, in order: [2, 4]."""
    return sorted(notes[s] for s in item["sources"])


def source_line(article: dict[str, Any], name: str) -> str:
    """A source note's words after its outlet: " — title, 2025-04-08" (each part only when
    given, the title only when it is not the name already)."""
    title = article.get("title") or ""
    line = f" — {title}" if title and title != name else ""
    published = (article.get("published") or "")[:10]
    return f"{line}, {published}" if published else line


def to_html(response: dict[str, Any]) -> str:
    """An embeddable fragment: the sentences with their citations as separate marks ("[2] [4]"),
    then a Sources heading and a note per cited article (outlet, title, date), in the
    response's language (`lang`, `dir`); every piece of article text is escaped."""
    names, notes = article_names(response["articles"]), _notes(response)
    items = []
    for item in response["brief"]:
        marks = " ".join(f'<a class="brief-cite" href="#source-{n}">[{n}]</a>'
                         for n in citations(item, notes))
        differ = differ_note(item, names, response.get("language", "english"))
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
            sources.append(f'<li id="source-{notes[a["id"]]}">{label}'
                           f'{escape(source_line(a, names[a["id"]]))}</li>')
    lang, direction = language_tag(response.get("language", ""))
    where = f' lang="{lang}" dir="{direction}"' if lang else ""
    return (f'<section class="brief"{where}>\n<ol class="brief-sentences">\n'
            + "\n".join(items)
            + '\n</ol>\n<h2 class="brief-sources-heading">Sources</h2>\n'
            + '<ol class="brief-sources">\n' + "\n".join(sources)
            + "\n</ol>\n</section>\n")


def cited_text(response: dict[str, Any], title: str = "") -> str:
    """The brief as plain text to paste into a message or a story: the title when given
    (`title`: the page's heading, so the pasted text says what story it is), the numbered
    sentences with their citations ("[2] [4]"), then the numbered sources with outlet, title,
    date and link. Article text is kept as written: plain text has no markup to escape."""
    names, notes = article_names(response["articles"]), _notes(response)
    lines = [title, ""] if title else []
    for k, item in enumerate(response["brief"], 1):
        marks = " ".join(f"[{n}]" for n in citations(item, notes))
        lines.append(f"{k}. {item['text']} {marks}".rstrip())
    lines += ["", "Sources"]
    for a in response["articles"]:
        if a["id"] in notes:
            url = a.get("url") or ""
            link = f" {url}" if _WEB_URL.match(url) else ""
            name = names[a["id"]]
            lines.append(f"[{notes[a['id']]}] {name}{source_line(a, name)}{link}")
    return "\n".join(lines) + "\n"


def to_text(response: dict[str, Any]) -> str:
    """The brief's sentences, one a line, each with its sources' names; then who said what."""
    names = article_names(response["articles"])
    lines = []
    for item in response["brief"]:
        lines.append(f"{item['text']} [{', '.join(names[s] for s in item['sources'])}]\n")
        differ = differ_note(item, names, response.get("language", "english"))
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
