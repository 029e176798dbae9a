"""The library's one exception: a request it cannot serve (its own module, so that the reader
and the request's schema can both raise it without importing each other)."""

from __future__ import annotations

from typing import Any


class InputError(ValueError):
    """A request the library cannot serve; says what is wrong, where, and how to fix it."""

    def __init__(self, message: str, field: str | None = None, code: str = "invalid_request"):
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "field": self.field}
