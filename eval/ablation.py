"""What each part of `clustered` contributes: ROUGE recall, and the real-sets check, with one
part switched off at a time.

Usage (from the repository root)::

    .venv/bin/python eval/ablation.py [--jobs 2] [--variants default no-lede-tier ...]
                                      [--realsets ../shared/checks/realsets_check.py]
    .venv/bin/python eval/ablation.py --cli VARIANT < request.json    # as `-m summarizer`

ROUGE is eval/rouge_table.py's (same data, same protocol) at 250 and 100 words. With
--realsets, each variant's briefs are also scored by that check (its `realsets:` line at each
set's own length and at 8 sentences). A variant replaces one function or parameter of the
pipeline in a process of its own; the library is not changed.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path
from statistics import mean
from typing import Any

import numpy as np
import rouge_table

import summarizer.brief.select as select
import summarizer.facts.facts as facts
import summarizer.facts.specifics as specifics
import summarizer.pipeline as pipeline
import summarizer.text.clean as clean

SIZES = (250, 100)
HERE = Path(__file__).resolve().parent


def _words_only(texts: list[str], language: str,
                n_words: list[int] | None = None) -> np.ndarray:
    n = np.array([len(t.split()) for t in texts])
    return (n >= select.MIN_WORDS) & (n <= select.MAX_WORDS)


def _select_with(position: int, value: Callable[[Any], Any]) -> Callable[[], None]:
    """A patch that calls select with its argument at `position` replaced."""
    def patch() -> None:
        choose = pipeline.select

        def changed(*args: Any, **kwargs: Any) -> Any:
            args = list(args)  # type: ignore[assignment]
            args[position] = value(args[position])  # type: ignore[index]
            return choose(*args, **kwargs)

        pipeline.select = changed  # type: ignore[assignment]

    return patch


def _set(module: Any, name: str, value: Any) -> Callable[[], None]:
    return lambda: setattr(module, name, value)


def _cluster_and_links(bar: float) -> Callable[[int, np.ndarray, Any], list[int]]:
    """facts.stated_by as the cluster's other members and the sentences linked at `bar`."""
    def stated_by(row: int, clusters: np.ndarray, links: Any) -> list[int]:
        same = np.flatnonzero(clusters == clusters[row]).tolist()
        return sorted((set(same) | set(facts.linked(links, [row], bar).tolist())) - {row})

    return stated_by


VARIANTS: dict[str, tuple[str, Callable[[], None]]] = {
    "default": ("the pipeline as it is", lambda: None),
    "no-exact": ("greedy choice only, no integer program", _set(select, "_exact",
                                                                lambda *args: None)),
    "no-stand-alone": ("word counts only, no stand-alone rule",
                       _set(select, "stands_alone", _words_only)),
    "no-lede-tier": ("no lede tier (ledes not chosen first)",
                     _select_with(4, lambda ledes: np.zeros_like(ledes))),
    "no-summary-box": ("the lede always the first sentence (no summary box above it)",
                       _set(pipeline, "ledes",
                            lambda terms, articles, titles: facts.openings(articles))),
    "no-lede-links": ("ledes of one event not linked as one fact",
                      _set(facts, "LEDE_FLOOR", float("inf"))),
    "no-figure-links": ("no links from one figure for one count",
                        _set(facts, "figure_links",
                             lambda *args: np.zeros((0, 2), dtype=np.int64))),
    "no-figure-bonus": ("no bonus for a shared figure", _set(facts, "FIGURE_BONUS", 0.0)),
    "no-count-words": ("no words naming the dead, injured... (COUNTS)",
                       _set(specifics, "_COUNT_OF", {})),
    "no-names": ("no names (pairs named apart stay linked)",
                 _set(pipeline, "names", lambda text, language: frozenset())),
    "one-event": ("every article one event", _set(
        pipeline, "events", lambda A, days, stated: np.zeros(A.shape[0], dtype=np.int64))),
    "no-reprints": ("no reprints (every article independent)",
                    _set(pipeline, "reprints", lambda S, articles, k: [None] * k)),
    "no-names-alone": ("evidence may share names and no word",
                       _set(pipeline, "by_names_alone",
                            lambda texts, named, row, others, language: [False] * len(others))),
    "no-repeated-lines": ("a line printed twice kept once, not dropped",
                          _set(clean, "_repeated_lines", lambda sentences: set())),
    "no-opening-verb": ("an opening sentence without a verb kept",
                        _set(clean, "_states_nothing", lambda words, language, text: False)),
    "no-stated": ("evidence: the cluster only, not the links at STATED nor the sentences as "
                  "close to it as its members", _set(pipeline, "stated_by",
                                                     _cluster_and_links(float("inf")))),
    "no-close-to-cluster": ("evidence: the cluster and the links at STATED, not the sentences "
                            "as close to it as its members",
                            _set(pipeline, "stated_by", _cluster_and_links(facts.STATED))),
    "no-encoder": ("no sentence encoder (BRIEF_ENCODER=off): evidence and restatements by "
                   "shared words only", lambda: os.environ.update(BRIEF_ENCODER="off")),
    "no-restated": ("a fact the brief states twice in other words kept twice (no RESELECT)",
                    _set(pipeline, "RESELECT", 0)),
    "no-corroboration": ("past the ledes, a fact's independent reports add no worth "
                         "(CORROBORATION 0)", _set(select, "CORROBORATION", 0.0)),
    "no-link-exclusion": ("a sentence linked to a chosen one may be chosen",
                          _select_with(8, lambda links: None)),
    "no-clearest": ("no clearer wording chosen for a fact",
                    _select_with(7, lambda preference: None)),
    "order-by-sentence": ("a wording's order of words judged on its sentence alone",
                          _select_with(7, lambda preference: np.c_[preference[:, :3],
                                                                   preference[:, 2]])),
}


def _score(story: dict[str, Any]) -> rouge_table.StoryScores:
    return rouge_table.score_story((story, ["clustered"], list(SIZES)))


def rouge_cells(name: str, data: str, jobs: int) -> list[str]:
    """ROUGE-1 and -2 recall at each size with the variant on (in this process)."""
    VARIANTS[name][1]()  # patched before the workers fork, so they inherit it
    with open(data, encoding="utf-8") as f:
        stories = [json.loads(line) for line in f]
    with Pool(jobs) as pool:
        scores = pool.map(_score, stories)
    return [f"{100 * mean(s['clustered'][n][t][0] for s in scores):.2f}"
            for n in SIZES for t in ("rouge1", "rouge2")]


def realsets_cells(name: str, check: str) -> list[str]:
    """The check's summary at each set's length and at 8 sentences, with the variant on."""
    with tempfile.TemporaryDirectory() as folder:
        python = Path(folder) / "python"  # what the check runs as `python -m summarizer`
        python.write_text(f"#!/bin/sh\nexec {sys.executable} {HERE / 'ablation.py'} "
                          f"--cli {name}\n", encoding="utf-8")
        python.chmod(python.stat().st_mode | stat.S_IXUSR)
        cells = []
        for extra in ([], ["--length", "8"]):
            out = subprocess.run([sys.executable, check, "--project-python", str(python),
                                  *extra], capture_output=True, text=True, check=True).stdout
            figures = dict(part.rsplit(" ", 1) if not part.startswith("support") else
                           ("support", part[len("support "):])
                           for part in out.strip().splitlines()[-1].split(": ", 1)[1]
                           .split(", "))
            cells.append(" ".join(f"{short} {figures[long]}" for long, short in SHOWN))
        return cells


# the check's figures shown in the table, and their short names
SHOWN = [("repeated", "rep"), ("conflicts", "conf"), ("facts covered", "cov"),
         ("support", "supp"), ("duplicates", "dup"), ("garbled", "garb"), ("junk", "junk")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=rouge_table.DEFAULT_DATA)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--variants", nargs="+", choices=list(VARIANTS), default=list(VARIANTS))
    parser.add_argument("--realsets", metavar="CHECK", help="path of realsets_check.py")
    parser.add_argument("--cli", choices=list(VARIANTS), help=argparse.SUPPRESS)
    parser.add_argument("--rouge-of", choices=list(VARIANTS), help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.cli:  # `python -m summarizer` with the variant on
        VARIANTS[args.cli][1]()
        from summarizer.cli import main as cli
        return cli(rest)
    if args.rouge_of:
        print(json.dumps(rouge_cells(args.rouge_of, args.data, args.jobs)))
        return 0
    head = "| variant | R-1 @250 | R-2 @250 | R-1 @100 | R-2 @100 |"
    if args.realsets:
        head += " real sets, own length | real sets, 8 sentences |"
    print(head)
    print("|---" * (head.count("|") - 1) + "|")
    for name in args.variants:
        # a process of its own for each variant: nothing patched leaks into the next
        out = subprocess.run([sys.executable, __file__, "--rouge-of", name, "--data", args.data,
                              "--jobs", str(args.jobs)], capture_output=True, text=True,
                             check=True).stdout
        cells = json.loads(out)
        if args.realsets:
            cells += realsets_cells(name, args.realsets)
        print(f"| {VARIANTS[name][0]} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
