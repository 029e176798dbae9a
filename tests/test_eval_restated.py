"""eval/restated.py: the pairs `restated` returns, scored against the labels' facts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

from restated import facts_of, pairs_of  # noqa: E402

from summarizer import pipeline  # noqa: E402


class _Article:
    def __init__(self, facts_by_text: dict[str, list[str]], junk: bool = False) -> None:
        self.facts_by_text, self.junk = facts_by_text, junk

    def locate(self, text: str) -> list[dict[str, Any]]:
        return [{"junk": self.junk, "facts": self.facts_by_text[text]}] \
            if text in self.facts_by_text else []


class _Labelled:
    articles = {"a": _Article({"The bridge fell.": ["f1"]}),
                "b": _Article({"The bridge fell.": ["f1", "f2"], "Watch live.": ["f3"]}),
                "c": _Article({"Watch live.": ["f3"]}, junk=True)}


def test_a_sentence_s_facts_are_those_any_article_gives_it_but_as_junk() -> None:
    assert facts_of(_Labelled(), "The bridge fell.") == {"f1", "f2"}
    assert facts_of(_Labelled(), "Watch live.") == {"f3"}
    assert facts_of(_Labelled(), "Nothing.") == set()


def test_the_pairs_are_read_as_the_pipeline_makes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever `restated` returns while a brief is chosen is read as texts, and the
    pipeline's own function is back afterwards."""
    def first_two(rows: list[int], texts: list[str], *args: Any) -> list[tuple[int, int]]:
        return [(rows[0], rows[1])] if len(rows) > 1 else []

    monkeypatch.setattr(pipeline, "restated", first_two)
    request = {"articles": [
        {"id": "a", "text": "A footbridge collapsed in Tarrow on Sunday.\n\nNine people died."},
        {"id": "b", "text": "Nine people died when a bridge fell in Tarrow.\n\nDivers searched "
                            "the river."}],
        "length": {"sentences": 3}}
    pairs = pairs_of(request)
    assert pairs and all(isinstance(a, str) and isinstance(b, str) for a, b in pairs)
    assert pipeline.restated is first_two
