"""Time of each stage of the clustered pipeline, on bench/speed.py's inputs or the seed set.

    .venv/bin/python bench/stages.py [--sizes 1000 10000] [--runs 5] [--seed-set]

The stages are called one after the other as summarizer.pipeline.run calls them (keep the two
in step); each figure is the median over --runs runs after a warm-up, in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.speed import build_articles, request_of, set_request, yardstick_line, yardstick_ms  # noqa: E402,E501
from summarizer.brief.attribute import attribute, reading_order  # noqa: E402
from summarizer.brief.select import concept_weights, concepts, select  # noqa: E402
from summarizer.facts.cluster import cross_similarity  # noqa: E402
from summarizer.facts.events import article_similarity, day, event_rank, events, reprints  # noqa: E402
from summarizer.facts.facts import (  # noqa: E402
    LEDE_ARTICLES,
    LOW,
    facts,
    figure_support,
    roots,
    shared_wording,
)
from summarizer.facts.specifics import common_names, figures, name_keys, names  # noqa: E402
from summarizer.facts.vectorise import counts, terms, weigh  # noqa: E402
from summarizer.pipeline import _stated_by  # noqa: E402
from summarizer.request import parse_request  # noqa: E402
from summarizer.text.clean import clean  # noqa: E402
from summarizer.text.relevance import on_topic  # noqa: E402
from summarizer.text.split import split_article  # noqa: E402

STAGES = ["parse", "split", "clean", "terms", "tf-idf", "relevance", "specifics", "events",
          "similarity", "reprints", "facts", "concepts", "select", "attribute"]


def one_run(request: dict[str, Any], spent: dict[str, list[float]]) -> int:
    """The pipeline once, stage by stage, adding each stage's ms to `spent`; the sentences."""
    clock = [time.perf_counter()]

    def done(stage: str) -> None:
        now = time.perf_counter()
        spent.setdefault(stage, []).append((now - clock[0]) * 1000)
        clock[0] = now

    req = parse_request(request)
    done("parse")
    order = {a.id: i for i, a in enumerate(req.articles)}
    split = {a.id: split_article(a.id, a.text, req.language) for a in req.articles}
    done("split")
    kept = [(order[a.id], k) for a in req.articles for k in clean(split[a.id], a.title)]
    done("clean")
    articles = np.array([a for a, _ in kept], dtype=int)
    blocks = np.array([k.block for _, k in kept], dtype=int)
    term_lists = terms([k.sentence.text for _, k in kept], req.language,
                       [k.words for _, k in kept])
    done("terms")
    counted = counts(term_lists)
    X_all = weigh(counted)
    done("tf-idf")
    relevant = on_topic(X_all, articles, blocks)
    pool = [k.sentence for (_, k), ok in zip(kept, relevant, strict=True) if ok]
    articles = articles[relevant]
    pooled_terms = [t for t, ok in zip(term_lists, relevant, strict=True) if ok]
    done("relevance")
    X = weigh(counted[relevant])
    done("tf-idf")
    texts = [s.text for s in pool]
    k = len(req.articles)
    found = [figures(t, req.language) for t in texts]
    named = [name_keys(names(t, req.language)) for t in texts]
    done("specifics")
    similarity = article_similarity(X, articles, k)
    days = [day(a.published) for a in req.articles]
    event_of = events(similarity, days)
    done("events")
    S = cross_similarity(X, articles, LOW)
    done("similarity")
    copy_of = reprints(S, articles, k)
    report = roots(copy_of)[articles]
    done("reprints")
    ledes = np.r_[True, articles[1:] != articles[:-1]]
    clusters, links = facts(X, articles, event_of[articles], similarity >= LEDE_ARTICLES, ledes,
                            found, named, common_names(named, articles.tolist()), texts, S)
    done("facts")
    C = concepts(pooled_terms)
    weights = concept_weights(C, articles)
    done("concepts")
    preference = np.c_[figure_support(clusters, found, report),
                       (shared_wording(X, articles) + shared_wording(C, articles)) / 2]
    picks = select(texts, C, weights, clusters, ledes, req.budget, req.language, preference,
                   links)
    done("select")
    sizes = {a.id: len(split[a.id]) for a in req.articles}
    score = {p.row: p.score for p in picks}
    rank = event_rank(event_of, days)
    for row in reading_order(list(score), pool, sizes, order, rank[event_of[articles]]):
        attribute(row, score[row], pool, X, order, report, found,
                  _stated_by(row, clusters, links, set(score)))
    done("attribute")
    return sum(sizes.values())


def timed(name: str, request: dict[str, Any], runs: int,
          run: Callable[[dict[str, Any], dict[str, list[float]]], int] = one_run) -> str:
    run(request, {})  # warm-up
    spent: dict[str, list[float]] = {}
    sentences = 0
    for _ in range(runs):
        for stage in STAGES:
            spent.setdefault(stage, []).append(0.0)
        per_run: dict[str, list[float]] = {}
        sentences = run(request, per_run)
        for stage, values in per_run.items():
            spent[stage][-1] += sum(values)
    total = statistics.median([sum(spent[s][k] for s in STAGES) for k in range(runs)])
    cells = [f"{statistics.median(spent[s]):,.1f}" for s in STAGES]
    return f"| {name} ({sentences:,}) | " + " | ".join(cells) + f" | {total:,.1f} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed-set", action="store_true", help="also the seed set")
    args = parser.parse_args(argv)
    before = yardstick_ms()
    print("| input (sentences) | " + " | ".join(STAGES) + " | total |")
    print("|---" + "|---:" * (len(STAGES) + 1) + "|")
    if args.seed_set:
        print(timed("seed set", set_request(), args.runs), flush=True)
    for size in args.sizes:
        print(timed(f"{size:,}", request_of(build_articles(size)), args.runs), flush=True)
    print("\n" + yardstick_line(before, yardstick_ms()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
