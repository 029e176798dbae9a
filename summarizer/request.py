"""The request side of the contract: one schema validates it, for the CLI and the HTTP API alike."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from .brief.quotes import DEFAULT_QUOTES, MAX_QUOTES
from .errors import InputError
from .text.read import article_body

METHODS = ("clustered", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction")
# Languages covered both by sumy's stop-word lists and by NLTK's Snowball stemmer.
LANGUAGES = ("arabic", "english", "french", "german", "italian", "portuguese", "spanish", "swedish")
UNITS = ("sentences", "words", "characters")
DEFAULT_LENGTH = {"sentences": 7}

Method = Literal["clustered", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction"]
Language = Literal["arabic", "english", "french", "german", "italian", "portuguese", "spanish",
                   "swedish"]
Positive = Annotated[int, Field(ge=1, strict=True)]
_INVISIBLE = ("Cc", "Cf")  # control and format characters: zero-width spaces, joiners, BOM, …


def has_surrogate(text: str) -> bool:
    """Whether the text holds a surrogate code point (U+D800 to U+DFFF). These are the only code
    points that UTF-8 cannot encode, so the encoder finds them, several times faster than a
    regular expression searches for them."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def visible(text: str) -> bool:
    """Whether the text shows anything: a character that is not white space, control or format."""
    return any(not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE for ch in text)


class ArticleIn(BaseModel):
    """One article: `text` (plain text, paragraphs separated by blank lines) or `html`; where
    links are fetched (the command line; a service with BRIEF_FETCH_URLS set), a `url` alone,
    whose page becomes the article's `html` or `text`."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str | None = Field(default=None, min_length=1, max_length=200)
    title: str = ""
    source: str = ""
    url: str = ""
    published: str = ""
    text: str | None = Field(default=None, description=(
        "plain text, paragraphs separated by blank lines; a text that is plainly an HTML "
        "document is read as `html` is"))
    html: str | None = Field(default=None, description=(
        "a web page or HTML fragment: its article text is extracted (trafilatura), without "
        "navigation, banners, captions, comments or related links, and its title, site name, "
        "date and canonical URL fill `title`, `source`, `published` and `url` when empty"))

    @field_validator("id", "title", "source", "url", "published", "text", "html")
    @classmethod
    def _valid_unicode(cls, value: str | None) -> str | None:
        if value is not None and has_surrogate(value):
            raise ValueError("contains a lone surrogate, which is not valid Unicode text; "
                             "send the text as UTF-8")
        return value

    @model_validator(mode="after")
    def _has_text(self) -> ArticleIn:
        body = self.text if self.text is not None else self.html
        if body is None:
            raise ValueError("needs 'text' (plain text) or 'html'; a 'url' alone is fetched "
                             "only by the command line, or by a service with "
                             "BRIEF_FETCH_URLS set")
        if not visible(body):
            raise ValueError("is empty: give the article's text")
        return self


_ONE_LENGTH = 'exactly one of "sentences", "words" or "characters", e.g. {"sentences": 7}'


class LengthIn(BaseModel):
    """Exactly one of sentences, words or characters."""

    model_config = ConfigDict(extra="forbid")

    sentences: Positive | None = None
    words: Positive | None = None
    characters: Positive | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> LengthIn:
        given = [unit for unit in UNITS if getattr(self, unit) is not None]
        if len(given) != 1:
            raise ValueError(f"give {_ONE_LENGTH}")
        return self


class RequestIn(BaseModel):
    """A summarisation request (the JSON contract)."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1)
    length: LengthIn = Field(default_factory=lambda: LengthIn(**DEFAULT_LENGTH))
    method: Method = "clustered"
    language: Language = "english"
    quotes: int = Field(default=DEFAULT_QUOTES, ge=0, le=MAX_QUOTES, strict=True,
                        description="the most quotations to list in `quotes`, the most widely "
                                    "carried first; 0 lists none")


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    source: str
    url: str
    published: str
    text: str


@dataclass(frozen=True)
class Budget:
    unit: str  # one of UNITS
    limit: int

    def cost(self, text: str, words: int | None = None) -> int:
        """What one sentence costs against this budget; words: its number of words
        (white-space separated), when already counted."""
        if self.unit == "sentences":
            return 1
        if self.unit == "words":
            return len(text.split()) if words is None else words
        return len(text) + 1  # sentences are joined by one space


@dataclass(frozen=True)
class Request:
    articles: tuple[Article, ...]
    budget: Budget
    method: str
    language: str
    quotes: int = DEFAULT_QUOTES  # the most quotations to list


def _field(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _message(err: dict[str, Any]) -> str:
    kind, loc = err["type"], err["loc"]
    if kind == "literal_error" and loc and loc[-1] == "method":
        return f"unknown method; use one of: {', '.join(METHODS)}"
    if kind == "literal_error" and loc and loc[-1] == "language":
        return f"unsupported language; use one of: {', '.join(LANGUAGES)}"
    if loc == ("quotes",):
        return (f"give a whole number of quotations to list, from 0 to {MAX_QUOTES} (0 lists "
                f"none; the default is {DEFAULT_QUOTES})")
    if kind == "model_type" and loc == ("length",):
        return f"give an object with {_ONE_LENGTH}"
    if kind == "model_type":
        return 'give an article as an object with its "text" (or "html"), e.g. {"text": "..."}'
    if kind == "list_type" and loc == ("articles",):
        return 'give a list of articles, e.g. [{"text": "..."}, {"text": "..."}]'
    if kind == "extra_forbidden":
        return "unknown field; remove it (see the request contract)"
    if kind == "missing":
        return "is required"
    if kind == "too_short" and loc == ("articles",):
        return "give at least one article"
    msg = str(err["msg"])
    return msg.removeprefix("Value error, ")


def parse_request(data: Any) -> Request:
    """Validate a request dict and return it as plain frozen data; raise InputError if invalid."""
    if not isinstance(data, dict):
        raise InputError("the request must be a JSON object with an 'articles' list")
    try:
        req = RequestIn.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        if len(loc) == 2 and loc[0] == "articles" and first["type"] == "value_error":
            loc += ("text",)  # the article's own check: its text is missing or empty
        field = _field(loc)
        raise InputError(f"{field or 'request'}: {_message(dict(first))}", field or None) from None
    articles = []
    seen: set[str] = set()
    for i, art in enumerate(req.articles):
        article_id = art.id if art.id is not None else str(i + 1)
        if article_id in seen:
            raise InputError(f"articles[{i}].id: duplicate id {article_id!r}; ids must be unique",
                             f"articles[{i}].id")
        seen.add(article_id)
        text, page = article_body(art.text, art.html, art.url)
        if page is None:
            articles.append(Article(article_id, art.title, art.source, art.url, art.published,
                                    text))
            continue
        field = f"articles[{i}].{'text' if art.text is not None else 'html'}"
        if not visible(text):
            raise InputError(f"{field}: no article text found in the HTML page", field)
        # the page's metadata fills what the caller left empty
        articles.append(Article(article_id, art.title or page["title"],
                                art.source or page["source"], art.url or page["url"],
                                art.published or page["published"], text))
    unit = next(u for u in UNITS if getattr(req.length, u) is not None)
    return Request(tuple(articles), Budget(unit, getattr(req.length, unit)), req.method,
                   req.language, req.quotes)
