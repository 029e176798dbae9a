"""The OpenAPI 3.1 description, generated from the schema that validates requests."""

from __future__ import annotations

from typing import Any

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


class BriefSentence(BaseModel):
    """One sentence of the brief, verbatim in article `article` at sentence `index`."""

    text: str
    article: str
    index: int = Field(ge=0)
    sources: list[str] = Field(min_length=1)
    support: int = Field(ge=1)
    score: float
    evidence: list[Evidence]


class ArticleOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    title: str
    source: str
    url: str
    published: str
    sentences: int = Field(ge=0)
    cited: bool


class Stats(BaseModel):
    articles: int
    sentences: int
    kept_sentences: int
    clusters: int
    elapsed_ms: int


class Response(BaseModel):
    """A sourced brief."""

    brief: list[BriefSentence]
    articles: list[ArticleOut]
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


def _error(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": REF.format(model="ErrorBody")}}}}


def spec(version: str) -> dict[str, Any]:
    _, schemas = models_json_schema(
        [(RequestIn, "validation"), (Response, "serialization"), (ErrorBody, "serialization")],
        ref_template=REF)
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
                                "description": "Response format; else the Accept header."}],
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": ref},
                    "multipart/form-data": {"schema": {"type": "object", "properties": {
                        "files": {"type": "array",
                                  "items": {"type": "string", "format": "binary"}},
                        "request": {"type": "string",
                                    "description": "a whole request as JSON"}}}},
                }},
                "responses": {
                    "200": {"description": "The brief",
                            "content": {
                                "application/json": {"schema": {"$ref": REF.format(
                                    model="Response")}},
                                "text/markdown": {"schema": {"type": "string"}},
                                "text/html": {"schema": {"type": "string"}}}},
                    "400": _error("The body is not valid JSON"),
                    "401": _error("An API key is required and was missing or wrong"),
                    "413": _error("Larger than the configured limits"),
                    "415": _error("A content type the API does not read"),
                    "422": _error("The request does not meet the contract"),
                },
            }},
            "/healthz": {"get": {"summary": "Liveness",
                                 "responses": {"200": {"description": "The service is up"}}}},
        },
        "components": {
            "schemas": schemas["$defs"],
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"},
                                "apiKey": {"type": "apiKey", "in": "header",
                                           "name": "X-API-Key"}},
        },
    }
