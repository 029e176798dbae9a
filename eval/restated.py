"""The brief's sentences found to restate each other, against the labelled sets' facts.

Usage (from the repository root)::

    .venv/bin/python eval/restated.py [--length 8] [--show]
                                      [--sets ../shared/data/realsets-dev eval/written]
                                      [--check ../shared/checks/realsets_check.py]

While a brief is chosen, `paraphrase.restated` links two of its sentences that its encoder puts
close and whose specifics agree: one fact told twice, which the brief is chosen again to state
once, with the other's wordings among its sources. A pair is right when the labels give the two
sentences a fact in common, wrong when they give them none (a wrong pair makes one fact's
outlets the sources of another). Each pair is read as `summarize` makes it, by wrapping the
function the pipeline calls, in process; --show prints each pair.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from disagreements import arguments, labelled_sets

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer import pipeline  # noqa: E402


def facts_of(labelled: Any, text: str) -> set[str]:
    """The facts the labels give a sentence of any of the set's articles."""
    return {fact for article in labelled.articles.values() for entry in article.locate(text)
            if not entry["junk"] for fact in entry["facts"]}


def pairs_of(request: dict[str, Any]) -> set[tuple[str, str]]:
    """The texts of the pairs `restated` returns while the request's brief is chosen."""
    found: set[tuple[str, str]] = set()
    restated = pipeline.restated

    def recording(rows: list[int], texts: list[str], *args: Any) -> list[tuple[int, int]]:
        pairs = restated(rows, texts, *args)
        found.update((texts[a], texts[b]) for a, b in pairs)
        return pairs

    pipeline.restated = recording
    try:
        pipeline.summarize(request)
    finally:
        pipeline.restated = restated
    return found


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    right = wrong = 0
    for labelled, request in labelled_sets(args):
        for first, second in sorted(pairs_of(request)):
            one = bool(facts_of(labelled, first) & facts_of(labelled, second))
            right += one
            wrong += not one
            if args.show:
                print(f"  {labelled.slug} {'right' if one else 'wrong'}: {first[:80]} | "
                      f"{second[:80]}")
    print(f"{args.length} sentences: pairs restated right {right}, wrong {wrong}")


if __name__ == "__main__":
    main()
