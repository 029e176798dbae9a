"""What each part of `clustered` contributes: ROUGE recall with one part switched off at a time.

Usage (from the repository root)::

    .venv/bin/python eval/ablation.py [--jobs 2] [--variants default no-lede-rule ...]

Scoring is eval/rouge_table.py's (same data, same protocol) at 250 and 100 words. A variant
replaces one function of the pipeline in this process only; the library is not changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from multiprocessing import Pool
from statistics import mean
from typing import Any

import numpy as np
import rouge_table

import summarizer.pipeline as pipeline
import summarizer.select as select

SIZES = (250, 100)


def _words_only(texts: list[str], language: str) -> np.ndarray:
    n = np.array([len(t.split()) for t in texts])
    return (n >= select.MIN_WORDS) & (n <= select.MAX_WORDS)


def _no_ledes() -> None:
    choose = pipeline.select

    def without(texts, C, weights, clusters, ledes, budget, language):  # type: ignore[no-untyped-def]
        return choose(texts, C, weights, clusters, np.zeros_like(ledes), budget, language)

    pipeline.select = without


def _threshold(t: float) -> Callable[[], None]:
    def patch() -> None:
        group = pipeline.cluster
        pipeline.THRESHOLD = t
        pipeline.cluster = lambda S: group(S, t)

    return patch


VARIANTS: dict[str, tuple[str, Callable[[], None]]] = {
    "default": ("the pipeline as it is", lambda: None),
    "no-exact": ("greedy choice only, no integer program",
                 lambda: setattr(select, "_exact", lambda *args: None)),
    "no-stand-alone": ("word counts only, no stand-alone rule",
                       lambda: setattr(select, "stands_alone", _words_only)),
    "no-lede-rule": ("no lede rule", _no_ledes),
    "no-clusters": ("no clusters (every sentence its own)",
                    lambda: setattr(pipeline, "cluster", lambda S: np.arange(S.shape[0]))),
    "clusters-0.3": ("clusters at cosine 0.3", _threshold(0.3)),
    "clusters-0.15": ("clusters at cosine 0.15", _threshold(0.15)),
}


def _score(story: dict[str, Any]) -> rouge_table.StoryScores:
    return rouge_table.score_story((story, ["clustered"], list(SIZES)))


def row(name: str, stories: list[dict[str, Any]], jobs: int) -> str:
    saved = (pipeline.select, pipeline.cluster, pipeline.THRESHOLD, select.stands_alone,
             select._exact)
    VARIANTS[name][1]()  # patched before the workers fork, so they inherit it
    try:
        with Pool(jobs) as pool:
            scores = pool.map(_score, stories)
    finally:
        (pipeline.select, pipeline.cluster, pipeline.THRESHOLD, select.stands_alone,
         select._exact) = saved
    cells = [f"{100 * mean(s['clustered'][n][t][0] for s in scores):.2f}"
             for n in SIZES for t in ("rouge1", "rouge2")]
    return f"| {VARIANTS[name][0]} | " + " | ".join(cells) + " |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=rouge_table.DEFAULT_DATA)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--variants", nargs="+", choices=list(VARIANTS), default=list(VARIANTS))
    args = parser.parse_args()
    with open(args.data, encoding="utf-8") as f:
        stories = [json.loads(line) for line in f]
    print("| variant | R-1 @250 | R-2 @250 | R-1 @100 | R-2 @100 |")
    print("|---|---|---|---|---|")
    for name in args.variants:
        print(row(name, stories, args.jobs), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
