"""How well clustering finds sentences that say the same thing, on sentence pairs labelled by hand.

    .venv/bin/python eval/cluster_pairs.py [--thresholds 0.15 0.2 0.25 0.3 0.4]

Two kinds of labels:

- ``eval/paraphrase/*.json``: article sets written for the project, with every group of
  sentences that say the same thing listed under "facts". Every pair of sentences from different
  articles is labelled: same fact when a group holds both, different otherwise.
- ``eval/pairs.jsonl``: pairs from the seed set (``corpus/irs-ice-data-sharing``), labelled by
  hand: every cross-article pair with TF-IDF cosine >= 0.15 (as the pipeline computed it when
  labelled), plus the ledes, which all report the agreement. Pairs under 0.15 other than the
  ledes are not labelled, so recall there is measured on a biased sample.

For each threshold the whole pipeline's pool and the lexical clustering alone are run and a
labelled pair counts as found when both sentences land in one cluster. The column "facts" is
the fact layer as the brief uses it (facts.facts, from summarize): a pair is found when both
sentences are in one fact, or linked at facts.STATED. The column "same_fact" is the public pair
decision, summarizer.same_fact, given each set's labelled pairs in one call. Prints precision,
recall and F1 per set.

With --realsets DIR (``../shared/data/realsets-dev``, for evaluation only), same_fact is also
scored on each labelled real set there: every pair of prose sentences of two articles, neither
junk nor garbled, is one fact when their main facts (the first fact of each label) are one.
Two sentences that share a secondary fact count as different: the figures are a floor.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import summarizer.pipeline as pipeline  # noqa: E402
from summarizer import same_fact, summarize  # noqa: E402
from summarizer.cli import read_articles  # noqa: E402
from summarizer.facts.cluster import cluster, cross_similarity  # noqa: E402
from summarizer.facts.facts import STATED  # noqa: E402
from summarizer.pipeline import build_pool  # noqa: E402
from summarizer.request import parse_request  # noqa: E402

Labels = dict[frozenset[str], bool]


def written_sets() -> list[tuple[str, dict, Labels]]:
    out = []
    for path in sorted((ROOT / "eval" / "paraphrase").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        group = {s: k for k, fact in enumerate(data["facts"]) for s in fact}
        request = {"articles": data["articles"]}
        pool = build_pool(parse_request(request))
        labels: Labels = {}
        for a, b in itertools.combinations(pool.sentences, 2):
            if a.article != b.article:
                same = a.text in group and group[a.text] == group.get(b.text)
                labels[frozenset((a.text, b.text))] = same
        out.append((path.stem, request, labels))
    return out


def seed_set() -> tuple[str, dict, Labels]:
    request = {"articles": read_articles([ROOT / "corpus" / "irs-ice-data-sharing"])}
    labels: Labels = {}
    for line in (ROOT / "eval" / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        labels[frozenset((pair["a"], pair["b"]))] = pair["same"]
    return "irs-ice-data-sharing", request, labels


def score(request: dict, labels: Labels, threshold: float) -> tuple[float, float, float]:
    pool = build_pool(parse_request(request))
    clusters = cluster(cross_similarity(pool.X, pool.articles, threshold), threshold)
    label_of = {s.text: c for s, c in zip(pool.sentences, clusters, strict=True)}
    found = {pair: label_of.get(min(pair), -1) == label_of.get(max(pair), -2)
             for pair in labels}
    return _measures(labels, found)


def score_facts(request: dict, labels: Labels) -> tuple[float, float, float]:
    """The fact layer's pairs, as summarize() makes them (its facts() call, captured)."""
    made = {}
    facts = pipeline.facts

    def capture(*args, **kwargs):  # type: ignore[no-untyped-def]
        made["facts"] = facts(*args, **kwargs)
        return made["facts"]

    pipeline.facts = capture
    try:
        summarize(request)
    finally:
        pipeline.facts = facts
    clusters, links = made["facts"]
    pool = build_pool(parse_request(request))
    row_of = {s.text: row for row, s in enumerate(pool.sentences)}
    found = {}
    for pair in labels:
        a, b = (row_of.get(text) for text in sorted(pair))
        found[pair] = a is not None and b is not None and (
            clusters[a] == clusters[b] or links[a, b] >= STATED - 1e-6)
    return _measures(labels, found)


def score_same_fact(labels: Labels) -> tuple[float, float, float]:
    """summarizer.same_fact on the labelled pairs, in one call."""
    # a frozenset of one text is a pair of that text twice
    pairs = [sorted(pair) if len(pair) == 2 else [*pair, *pair] for pair in labels]
    decided = same_fact([a for a, _ in pairs], [b for _, b in pairs])
    return _measures(labels, dict(zip(labels, decided, strict=True)))


def real_sets(folder: Path) -> list[tuple[str, Labels]]:
    """The labelled real sets in `folder`: their cross-article pairs of prose sentences, one
    fact when their main facts are one."""
    out = []
    for path in sorted(folder.glob("*.sentences.json")):
        labelled = json.loads(path.read_text(encoding="utf-8"))
        prose = [(article, s["text"], s["facts"][0]) for article, sentences in labelled.items()
                 for s in sentences if s["facts"] and not s["junk"] and not s.get("garbled")]
        labels: Labels = {}
        for (a, text_a, fact_a), (b, text_b, fact_b) in itertools.combinations(prose, 2):
            if a != b:
                labels[frozenset((text_a, text_b))] = fact_a == fact_b
        out.append((path.name.removesuffix(".sentences.json"), labels))
    return out


def _measures(labels: Labels, found: dict[frozenset[str], bool]) -> tuple[float, float, float]:
    tp = sum(found[p] and labels[p] for p in labels)
    precision = tp / max(sum(found.values()), 1)
    recall = tp / max(sum(labels.values()), 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--thresholds", type=float, nargs="+",
                        default=[0.1, 0.15, 0.2, 0.25, 0.3, 0.4])
    parser.add_argument("--realsets", type=Path, help="labelled real sets: same_fact on them")
    args = parser.parse_args()
    sets = [*written_sets(), seed_set()]
    print("| set | pairs (same) | " + " | ".join(f"t={t}" for t in args.thresholds)
          + " | facts | same_fact |")
    print("|---|---|" + "---|" * (len(args.thresholds) + 2))
    for name, request, labels in sets:
        cells = [score(request, labels, t) for t in args.thresholds]
        cells += [score_facts(request, labels), score_same_fact(labels)]
        print(f"| {name} | {len(labels)} ({sum(labels.values())}) | "
              + " | ".join(f"P {p:.2f} R {r:.2f} F {f:.2f}" for p, r, f in cells) + " |")
    if args.realsets:
        print("\n| real set | pairs (same) | same_fact |\n|---|---|---|")
        for name, labels in real_sets(args.realsets):
            p, r, f = score_same_fact(labels)
            print(f"| {name} | {len(labels)} ({sum(labels.values())}) | P {p:.2f} R {r:.2f} "
                  f"F {f:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
