"""Sourced briefs: one short summary of several news articles, each sentence with its sources."""

from .facts.facts import same_fact
from .pipeline import summarize
from .request import LANGUAGES, METHODS, InputError

__all__ = ["LANGUAGES", "METHODS", "InputError", "same_fact", "summarize"]
