"""Large inputs: thousands of pooled sentences still give a correct brief within its budget.

(Speed is measured by bench/speed.py, not asserted here.)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from contract import brief_texts, check_response, cost

from summarizer import summarize
from summarizer.cli import read_articles

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
COPIES = 5  # every corpus article five times over: about 3,500 sentences


def _edition(article: dict[str, Any], k: int) -> dict[str, Any]:
    """The article as edition k: another id, its numbers changed, so copies are near, not equal."""
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + k), article["text"]) if k else \
        article["text"]
    return {**article, "id": f"{article['id']}-{k}", "text": text}


@pytest.fixture(scope="module")
def large_request() -> dict[str, Any]:
    articles = [article for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir())
                for article in read_articles([folder])]
    return {"articles": [_edition(a, k) for k in range(COPIES) for a in articles]}


@pytest.mark.parametrize("length", [{"sentences": 7}, {"words": 120}, {"characters": 700}])
def test_thousands_of_sentences_give_a_brief_within_budget(
        large_request: dict[str, Any], length: dict[str, int]) -> None:
    request = {**large_request, "length": length}
    response = summarize(request)
    assert response["stats"]["sentences"] >= 3000
    check_response(request, response)
    spent, limit = cost(brief_texts(response), length)
    assert 0 < spent <= limit
    assert any(item["support"] >= COPIES for item in response["brief"])
