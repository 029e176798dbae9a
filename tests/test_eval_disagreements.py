"""eval/disagreements.py: a brief's disagreements scored against the labels' conflicts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

from disagreements import score  # noqa: E402


class _Article:
    def __init__(self, facts_by_text: dict[str, list[str]]) -> None:
        self.facts_by_text = facts_by_text

    def locate(self, text: str) -> list[dict[str, Any]]:
        return [{"junk": False, "facts": self.facts_by_text[text]}] \
            if text in self.facts_by_text else []


class _Labelled:
    """What score() reads of realsets_check's LabelledSet: a toll of 41 (f1) against one of
    38 (f2), which outlets b and c give; outlet d gives another figure of the same fact."""

    slug = "toll"
    conflict = {"f1": {"f2"}, "f2": {"f1"}}
    stated_in = {"f1": {"a", "d"}, "f2": {"b", "c"}}
    articles = {"b": _Article({"The ministry counts 38 dead.": ["f2"]}),
                "d": _Article({"At least 40 people died.": ["f1"]})}

    def read(self, item: dict[str, Any]) -> dict[str, Any]:
        return {"main": "f1" if "41" in item["text"] else None}


def test_right_same_fact_and_missed_disagreements_are_counted() -> None:
    brief = [{"article": "a", "text": "The outbreak has killed 41 people.", "disagreements": [
        {"article": "b", "text": "The ministry counts 38 dead.", "figures": ["38"]},
        {"article": "d", "text": "At least 40 people died.", "figures": ["40"]}]},
        {"article": "a", "text": "Schools are closed.", "disagreements": []}]
    assert score(_Labelled(), brief, show=False) == dict(
        wanted=1, hit=1, articles=2, articles_hit=1, shown=2, right=1, same=1)
    assert score(_Labelled(), [dict(brief[0], disagreements=[])], show=False) == dict(
        wanted=1, hit=0, articles=2, articles_hit=0, shown=0, right=0, same=0)
