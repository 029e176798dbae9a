"""The OpenAPI 3.1 description, generated from the schema that validates requests."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import models_json_schema

from summarizer.request import Language, Method, RequestIn

REF = "#/components/schemas/{model}"


class Evidence(BaseModel):
    """Another sentence of the same cluster, verbatim in its article."""

    article: str
    index: int = Field(ge=0)
    text: str
    similarity: float


class Disagreement(BaseModel):
    """A sentence of the same fact, in another article, that gives other figures for a count
    the brief sentence gives (a toll of 180 where the brief says 156), or a sentence of another
    report of its event that gives another figure for a count of people it gives ("17 dead
    pilgrims" where the brief says 14; a crowd's estimates however far apart: the unions'
    210,000 where the brief gives the police's 38,000) or for a thing it counts by the noun
    after its figure ("38,500 households" where the brief says "About 42,000 households")
    or, both naming who gives their figures, for one it measures in a unit ("a slick
    stretching 14 km, the Coastwatch group says" where an agency gives 9 km), or a sentence
    beside it in its own article that gives another party's figure for such a
    count or for one in a unit it gives, both naming who gives their figures ("The county
    council speaks of 280 homes cut off" after "About 320 homes are without power, the network
    operator says")."""

    article: str
    index: int = Field(ge=0)
    text: str
    figures: list[str] = Field(description="the other figures, as written in `text`")


class BriefSentence(BaseModel):
    """One sentence of the brief (one fact), verbatim in article `article` at sentence
    `index`. `sources`: every article that states the fact, this one first; `support`: the
    independent reports among them (copies of one story count once)."""

    text: str
    article: str
    index: int = Field(ge=0)
    sources: list[str] = Field(min_length=1)
    support: int = Field(ge=1)
    score: float
    evidence: list[Evidence]
    disagreements: list[Disagreement] | None = Field(
        default=None, description="present when sources give other figures for the fact")
    event: str | None = Field(default=None, description="the id of its event in `events`; "
                              "present when the articles report several events")


class Quote(BaseModel):
    """A direct quotation and who said it, merged across the articles that carry it (the
    same words, or a part of them, once quote marks, case and punctuation are folded).
    `text` is the quotation without its quotation marks (nor the comma news style sets inside
    the closing one), verbatim in article `article`, where
    it opens in sentence `index` (a quotation that runs over several sentences holds them
    joined by one space, as the article's text has them). `speaker`: the person, body or
    document the article attributes it to, as written there (a surname as the full name the
    article gave earlier), or the fullest form of that name the set writes where its other
    forms are all parts of it ("Anneliese Voss" as "Chief Returning Officer Anneliese Voss",
    one name for one person throughout the list); a quotation whose speaker is not found is
    not listed. `sources`:
    the articles that carry it, this one first; `support`: the independent reports among
    them (copies of one story count once)."""

    speaker: str = Field(min_length=1)
    text: str = Field(min_length=1)
    article: str
    index: int = Field(ge=0)
    sources: list[str] = Field(min_length=1)
    support: int = Field(ge=1)


class ArticleOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    title: str = Field(description="its title as given, else the headline its text opens with "
                       "(a first line that does not end like a sentence), else empty")
    source: str
    url: str
    published: str
    sentences: int = Field(ge=0)
    kept: int = Field(ge=0, description="its sentences that are prose of the story (not page "
                      "furniture, not off topic): 0 when it gave none")
    cited: bool
    copy_of: str | None = Field(description="the id of the article this one reprints (the "
                                "first of its copies in the request), null when independent")


class Stats(BaseModel):
    articles: int
    sentences: int
    kept_sentences: int
    clusters: int
    events: int = Field(description="events the articles report: one breaking story is one")
    elapsed_ms: int


class BriefWarning(BaseModel):
    """Something an editor should check before using the brief."""

    code: Literal["other_story", "no_sentence", "single_article", "all_reprints",
                  "short_brief"] = Field(
        description="other_story: articles of another story than the one most of them "
        "report, left out of the brief; no_sentence: articles that gave no sentence of prose "
        "(not counted among the sources); single_article: one article only, nothing "
        "corroborated; all_reprints: every article a copy of one report; short_brief: fewer "
        "sentences than asked for")
    message: str = Field(description="what to check, in a sentence for a reader")
    articles: list[str] = Field(description="the ids of the articles it is about")


class Event(BaseModel):
    """One event of a story followed over several (the brief is its timeline)."""

    id: str = Field(description='"e1", "e2", … in reading order')
    date: str | None = Field(description="the earliest `published` date of its articles "
                             "(YYYY-MM-DD), null when none is given")
    articles: list[str]


class Response(BaseModel):
    """A sourced brief."""

    brief: list[BriefSentence]
    quotes: list[Quote] = Field(description="who said what: the most widely carried "
                                "quotations first (by support, then sources, then first "
                                "appearance), at most the request's `quotes`")
    articles: list[ArticleOut]
    events: list[Event] | None = Field(
        default=None, description="present when the articles report several events: the brief "
        "is then in event order, each sentence with its `event`")
    warnings: list[BriefWarning]
    permalink: str | None = Field(
        default=None, description="present when the service keeps briefs (BRIEF_STORE): the "
        "brief's stable link (GET it for its page, or its JSON with Accept: "
        "application/json), kept for BRIEF_STORE_DAYS; also sent as a `Link` header, "
        "rel=\"bookmark\"")
    method: Method
    language: Language
    stats: Stats


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None


class ErrorBody(BaseModel):
    """What went wrong, where (`field`), and how to fix it (`message`)."""

    error: ErrorDetail


REQUEST_ID = {"X-Request-Id": {
    "description": "The request's id: the caller's X-Request-Id when sane, else a new one; "
                   "the service's log line for the request carries it.",
    "schema": {"type": "string"}}}


def _error(description: str) -> dict[str, Any]:
    """An error: the contract's JSON body, or an HTML page for the web form (format=page)."""
    return {"description": description, "headers": REQUEST_ID,
            "content": {"application/json": {"schema": {"$ref": REF.format(model="ErrorBody")}},
                        "text/html": {"schema": {"type": "string"}}}}


def _tighten(schemas: dict[str, Any], fetches_links: bool) -> None:
    """What the request models check beyond their fields' types, as far as JSON Schema can say
    it: an article needs `text` or `html`, which is not blank (or, on a service that fetches
    links, a `url`); a length gives exactly one unit. (Unique ids and text that is more than
    invisible characters it cannot say.)"""
    article = schemas["ArticleIn"]
    for name in ("text", "html"):
        article["properties"][name]["anyOf"] = [{"type": "string", "pattern": r"\S"},
                                                {"type": "null"}]
    bodies = ("text", "html", "url") if fetches_links else ("text", "html")
    article["anyOf"] = [{"required": [name],
                         "properties": {name: {"type": "string", "pattern": r"\S"}}}
                        for name in bodies]  # `text` wins when both are given
    if fetches_links:
        article["properties"]["url"]["description"] = (
            "the article's link; with neither `text` nor `html` its page is fetched (http or "
            "https, public addresses only, within the service's size, time and redirect limits)")
    length = schemas["LengthIn"]
    length["oneOf"] = [{"required": [unit], "properties": {unit: {"type": "integer"}}}
                       for unit in length["properties"]]  # the others absent or null


def spec(version: str, fetches_links: bool = False) -> dict[str, Any]:
    """The OpenAPI document; `fetches_links`: whether this service fetches url-only articles
    (BRIEF_FETCH_URLS), which the article schema then admits."""
    _, schemas = models_json_schema(
        [(RequestIn, "validation"), (Response, "serialization"), (ErrorBody, "serialization")],
        ref_template=REF)
    _tighten(schemas["$defs"], fetches_links)
    ref = {"$ref": REF.format(model="RequestIn")}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Sourced brief", "version": version,
                 "description": "One short brief of verbatim sentences from several news "
                                "articles about one story, each with the articles that "
                                "support it."},
        "paths": {
            "/summarize": {"post": {
                "summary": "Summarise a set of articles into one sourced brief",
                "parameters": [{"name": "format", "in": "query", "required": False,
                                "schema": {"enum": ["json", "markdown", "html", "page"]},
                                "description": "Response format, given once; else the Accept "
                                               "header."}],
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": ref},
                    "multipart/form-data": {"schema": {"type": "object", "properties": {
                        "files": {"type": "array",
                                  "items": {"type": "string", "format": "binary"},
                                  "description": "article files: .txt, .md, .html/.htm, or "
                                                 ".json (an article, a list of them or a "
                                                 "whole request); UTF-8 or a detected legacy "
                                                 "encoding; any other type is refused"},
                        "request": {"type": "string",
                                    "description": "a whole request as JSON"}}}},
                }},
                "responses": {
                    "200": {"description": "The brief", "headers": REQUEST_ID,
                            "content": {
                                "application/json": {"schema": {"$ref": REF.format(
                                    model="Response")}},
                                "text/markdown": {"schema": {"type": "string"}},
                                "text/html": {"schema": {"type": "string"}}}},
                    "400": _error("The body is not valid JSON"),
                    "401": _error("An API key is required and was missing or wrong"),
                    "413": _error("Larger than the configured limits (body, articles, "
                                  "characters, sentences; code too_large), or more work than "
                                  "one request may take (code too_slow)"),
                    "415": _error("A content type the API does not read"),
                    "422": _error("The request does not meet the contract, or an article's "
                                  "link was not fetched (codes url_not_fetched, url_refused, "
                                  "fetch_failed)"),
                    "429": _error("Over the configured rate limit for this key or client; "
                                  "see Retry-After"),
                },
            }},
            "/briefs/{brief_id}": {"get": {
                "summary": "A stored brief by its permalink (when the service keeps briefs)",
                "parameters": [
                    {"name": "brief_id", "in": "path", "required": True,
                     "schema": {"type": "string"},
                     "description": "the id in the `permalink` of a response"},
                    {"name": "format", "in": "query", "required": False,
                     "schema": {"enum": ["json", "markdown", "html", "page"]},
                     "description": "Response format, given once; else the Accept header "
                                    "(a browser: the page)."}],
                "responses": {
                    "200": {"description": "The brief as it was made", "headers": REQUEST_ID,
                            "content": {
                                "application/json": {"schema": {"$ref": REF.format(
                                    model="Response")}},
                                "text/markdown": {"schema": {"type": "string"}},
                                "text/html": {"schema": {"type": "string"}}}},
                    "404": _error("No brief at this link: the service keeps none, it has "
                                  "expired (after BRIEF_STORE_DAYS), or the link is wrong"),
                }}},
            "/healthz": {"get": {"summary": "Liveness", "responses": {"200": {
                "description": "The service is up", "headers": REQUEST_ID,
                "content": {"application/json": {"schema": {
                    "type": "object", "required": ["status"],
                    "properties": {"status": {"const": "ok"}},
                    "additionalProperties": False}}}}}}},
        },
        "components": {
            "schemas": schemas["$defs"],
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"},
                                "apiKey": {"type": "apiKey", "in": "header",
                                           "name": "X-API-Key"}},
        },
    }
