"""HTML to plain text: block elements become paragraph breaks, scripts and styles are dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
))
_SKIPPED = frozenset(["script", "style", "noscript", "template", "svg", "head"])


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Text of an HTML document or fragment, paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    paragraphs = (re.sub(r"[ \t\r\f\v\n]+", " ", p).strip()
                  for p in re.split(r"\n\s*\n", "".join(collector.parts)))
    return "\n\n".join(p for p in paragraphs if p)
