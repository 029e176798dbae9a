"""Time of each stage of the clustered pipeline, on bench/speed.py's inputs or the seed set.

    .venv/bin/python bench/stages.py [--sizes 1000 10000] [--runs 5] [--seed-set]

It runs `summarize` itself, with each function that summarizer.pipeline calls wrapped in a
timer (STAGES says which function counts to which stage), so the figures follow the pipeline as
it is, other stories, quotes and all; a function's time excludes the wrapped functions it calls.
"other" is what is left of the whole: the pipeline's own glue. Each figure is the median over
--runs runs after a warm-up, in milliseconds. The inputs are run by turns (one run of each in
turn), so that all of them live through the same phases of the machine and their rows compare.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.speed import build_articles, request_of, set_request, yardstick_line, yardstick_ms  # noqa: E402,E501
from summarizer import pipeline  # noqa: E402

# stage: the names in summarizer.pipeline whose calls count to it, in the order run() calls them
STAGES = {
    "parse": ["parse_request"],
    "split": ["split_article"],
    "clean": ["clean", "headline", "first_post", "list_items", "released"],
    "terms": ["terms", "read_terms"],
    "tf-idf": ["counts", "weigh"],
    "relevance": ["on_topic"],
    "events": ["article_similarity", "events", "moment", "published_hours", "published_within",
               "stated_days", "event_rank", "story_start", "previews"],
    "specifics": ["names", "name_keys", "claimed", "counted_in", "gives_toll", "tells_outcome",
                  "common_names", "figure_words"],
    "stories": ["article_names", "name_similarity", "stories"],
    "similarity": ["cross_similarity"],
    "reprints": ["mostly_quoted", "reprints", "roots", "copies", "copied_from",
                 "credited"],
    "facts": ["facts", "ledes", "ledes_told", "feature_openings", "reactions", "soft_ledes",
              "headlined", "link_facts", "cluster_support", "outvoted"],
    "concepts": ["concepts", "concept_weights"],
    "select": ["select", "ends_bare", "superseded", "figure_support", "joined", "shared_wording",
               "words_in_common", "stands_alone", "points_back_inside", "in_own_voice"],
    "paraphrase": ["restated", "counts_twice", "figures_twice", "quoted_twice", "voiced",
                   "candidates"],
    "attribute": ["attribute", "figures", "rivals", "beside", "disputing", "disputes", "givers",
                  "counted_things", "reading_order", "_stated_by", "_but_same_people"],
    "quotes": ["quotes", "within", "answering", "told_as_own"],
}
COLUMNS = [*STAGES, "other"]


def timing(spent: dict[str, float]) -> Callable[[str, Callable[..., Any]], Callable[..., Any]]:
    """A wrapper maker: each call of a wrapped function adds its own seconds (less those of the
    wrapped functions it calls) to spent[stage]."""
    inside: list[float] = []  # for each wrapped call under way, the seconds of its wrapped callees

    def wrap(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            inside.append(0.0)
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                took = time.perf_counter() - started
                callees = inside.pop()
                spent[stage] = spent.get(stage, 0.0) + took - callees
                if inside:
                    inside[-1] += took
        return timed_call

    return wrap


def one_run(request: dict[str, Any], spent: dict[str, float]) -> int:
    """summarize() once with pipeline's functions timed into `spent` (ms); the sentences."""
    seconds: dict[str, float] = {}
    wrap = timing(seconds)
    originals = {name: getattr(pipeline, name) for names in STAGES.values() for name in names}
    for stage, names in STAGES.items():
        for name in names:
            setattr(pipeline, name, wrap(stage, originals[name]))
    try:
        started = time.perf_counter()
        response = pipeline.summarize(request)
        whole = time.perf_counter() - started
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    for stage in STAGES:
        spent[stage] = seconds.get(stage, 0.0) * 1000
    spent["other"] = (whole - sum(seconds.values())) * 1000
    return int(response["stats"]["sentences"])


def timed(inputs: dict[str, dict[str, Any]], runs: int) -> list[str]:
    """The table's rows, one per input (name: request): the median ms of each stage and of the
    whole over `runs` runs, the inputs run by turns after a warm-up of each."""
    spent: dict[str, dict[str, list[float]]] = {name: {column: [] for column in COLUMNS}
                                                for name in inputs}
    totals: dict[str, list[float]] = {name: [] for name in inputs}
    sentences = {name: one_run(request, {}) for name, request in inputs.items()}  # warm-up
    for _ in range(runs):
        for name, request in inputs.items():
            per_run: dict[str, float] = {}
            one_run(request, per_run)
            for column in COLUMNS:
                spent[name][column].append(per_run[column])
            totals[name].append(sum(per_run.values()))
    return [f"| {name} ({sentences[name]:,}) | "
            + " | ".join(f"{statistics.median(spent[name][column]):,.1f}" for column in COLUMNS)
            + f" | {statistics.median(totals[name]):,.1f} |" for name in inputs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed-set", action="store_true", help="also the seed set")
    args = parser.parse_args(argv)
    before = yardstick_ms()
    print("| input (sentences) | " + " | ".join(COLUMNS) + " | total |")
    print("|---" + "|---:" * (len(COLUMNS) + 1) + "|")
    inputs = {"seed set": set_request()} if args.seed_set else {}
    inputs.update({f"{size:,}": request_of(build_articles(size)) for size in args.sizes})
    for line in timed(inputs, args.runs):
        print(line)
    print("\n" + yardstick_line(before, yardstick_ms()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
