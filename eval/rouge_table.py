"""ROUGE table of the summarizer's methods on the MultiLing 2011 English set.

Usage (from the repository root, as `make eval` does)::

    .venv/bin/python eval/rouge_table.py [--data PATH] [--words N ...] [--methods M ...]
                                         [--jobs J] [--per-story]

For every story and system the candidate is built by calling ``summarize`` on all of the story's
documents (id, title, text) with ``{"words": N}`` and that method; ``lead`` is the first N words of
the first document. Scoring follows ``../shared/data/multiling2011_en/README.md``: rouge-score's
``RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)``; candidate and each reference
cut to their first N whitespace words; the candidate scored against each reference separately,
averaged over references, then over stories. Figures are recall / F in %.

Sentence boundaries matter only to ROUGE-Lsum, which reads one sentence per line and takes, for
each reference sentence, the union of its LCS with every candidate sentence:

- a brief is its sentence texts joined with "\\n" (ROUGE-1/2 are the same as for the texts joined
  by spaces: the tokenizer ignores whitespace);
- ``lead`` and the references are split into lines at newlines and after ., ! or ? followed by
  whitespace and an upper-case letter, digit or opening quote (a rough splitter: a few
  abbreviations such as "U.S. " or "Maj. " end a line too). The MultiLing references have no
  newlines; scored as one line each, Lead gets ROUGE-Lsum 24.55 / 26.15, while split into
  sentences it gets 34.96 / 37.10, which is the README's 34.95 / 37.08 (so its figures were
  made with sentence-split references and candidates).

Cutting to N words keeps the line breaks: the first N whitespace words, in their lines.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
import time
from multiprocessing import Pool
from pathlib import Path
from statistics import mean
from typing import Any

from rouge_score.rouge_scorer import RougeScorer

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "multiling2011_en" / "clusters.jsonl"
METHODS = ["clustered", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction", "lead"]
ROUGE_TYPES = ["rouge1", "rouge2", "rougeLsum"]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9])")

# one story: system -> N -> rouge type -> (recall, F), averaged over the references
StoryScores = dict[str, dict[int, dict[str, tuple[float, float]]]]


def cut(lines: list[str], n: int) -> str:
    """The first ``n`` whitespace words of ``lines``, one line per input line."""
    out: list[str] = []
    for line in lines:
        words = line.split()[:n]
        if words:
            out.append(" ".join(words))
            n -= len(words)
        if n <= 0:
            break
    return "\n".join(out)


def sentences(text: str) -> list[str]:
    """Rough sentence split, for the texts that come without one sentence per line."""
    return [s for line in text.splitlines() for s in SENTENCE_END.split(line.strip())]


def candidate_lines(story: dict[str, Any], method: str, n: int) -> list[str]:
    if method == "lead":
        return sentences(story["documents"][0]["text"])
    from summarizer import summarize

    request = {
        "articles": [
            {"id": d["id"], "title": d["title"], "text": d["text"]} for d in story["documents"]
        ],
        "length": {"words": n},
        "method": method,
        "language": "english",
    }
    try:
        response = summarize(request)
    except Exception as exc:
        raise RuntimeError(f"summarize failed on story {story['id']}, method {method}") from exc
    return [item["text"] for item in response["brief"]]


def score_story(task: tuple[dict[str, Any], list[str], list[int]]) -> StoryScores:
    story, methods, sizes = task
    scorer = RougeScorer(ROUGE_TYPES, use_stemmer=True)
    refs = [sentences(r) for r in story["references"]]
    result: StoryScores = {}
    for method in methods:
        result[method] = {}
        for n in sizes:
            candidate = cut(candidate_lines(story, method, n), n)
            scores = [scorer.score(cut(ref, n), candidate) for ref in refs]
            result[method][n] = {
                t: (mean(s[t].recall for s in scores), mean(s[t].fmeasure for s in scores))
                for t in ROUGE_TYPES
            }
    return result


def table(per_story: list[StoryScores], methods: list[str], n: int) -> str:
    rows = [
        f"ROUGE at {n} words (recall / F, %), mean over {len(per_story)} stories",
        "",
        "| system | ROUGE-1 R / F | ROUGE-2 R / F | ROUGE-Lsum R / F |",
        "|---|---|---|---|",
    ]
    for method in methods:
        cells = []
        for t in ROUGE_TYPES:
            r = 100 * mean(s[method][n][t][0] for s in per_story)
            f = 100 * mean(s[method][n][t][1] for s in per_story)
            cells.append(f"{r:.2f} / {f:.2f}")
        rows.append(f"| {method} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def story_table(per_story: list[StoryScores], ids: list[str], methods: list[str], n: int) -> str:
    rows = [
        f"ROUGE-2 recall per story at {n} words (%)",
        "",
        "| story | " + " | ".join(methods) + " |",
        "|---|" + "---|" * len(methods),
    ]
    for story_id, scores in zip(ids, per_story, strict=True):
        cells = [f"{100 * scores[m][n]['rouge2'][0]:.2f}" for m in methods]
        rows.append(f"| {story_id} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="clusters.jsonl")
    parser.add_argument(
        "--words", type=int, action="append", metavar="N", help="word budget (repeatable; 250)"
    )
    parser.add_argument("--methods", nargs="+", choices=METHODS, default=METHODS, metavar="M")
    parser.add_argument("--jobs", type=int, default=1, help="stories scored in parallel")
    parser.add_argument("--per-story", action="store_true", help="ROUGE-2 recall per story")
    args = parser.parse_args(argv)

    if not args.data.is_file():
        print(f"error: data file not found: {args.data} (give it with --data)", file=sys.stderr)
        return 2
    sizes: list[int] = args.words or [250]
    if min(sizes) < 1 or args.jobs < 1:
        parser.error("--words and --jobs must be positive")
    methods = sorted(set(args.methods), key=METHODS.index)
    with args.data.open(encoding="utf-8") as f:
        stories = [json.loads(line) for line in f if line.strip()]

    sys.path.insert(0, str(REPO))  # the script runs from eval/; `summarizer` is at the repo root
    if methods != ["lead"]:
        try:
            from summarizer import summarize  # noqa: F401
        except ImportError as exc:
            print(f"error: cannot import summarize from summarizer: {exc}", file=sys.stderr)
            return 2
    start = time.perf_counter()
    tasks = [(story, methods, sizes) for story in stories]
    if args.jobs == 1:
        per_story = [score_story(task) for task in tasks]
    else:
        with Pool(min(args.jobs, len(tasks))) as pool:
            per_story = pool.map(score_story, tasks, chunksize=1)
    elapsed = time.perf_counter() - start

    for n in sizes:
        print(table(per_story, methods, n), end="\n\n")
        if args.per_story:
            print(story_table(per_story, [s["id"] for s in stories], methods, n), end="\n\n")
    command = shlex.join(["python", *sys.argv] if argv is None else ["rouge_table.py", *argv])
    print(f"`{command}` in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
